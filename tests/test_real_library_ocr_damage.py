"""Real library and engine OCR (Chronicling America ALTO, Tesseract hOCR and text of 1890s
newspapers): damage met on those pages, mended in general, tried on pages written here (no gold
page's text)."""

from conftest import clean_alto_blocks

from paperarchive.api import clean_file

_STORY = (
    "The schooner Mary Ellen came into the harbor",
    "late on Tuesday with her foremast gone and",
    "her crew worn out by three days at the pumps.",
    "",
    "Captain Dodge reports that the gale struck them",
    "off the shoals, and that for a night and a day",
    "they could do nothing but run before it, until",
)


def _alto_line(left: int, top: int, text: str) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="30"/>')
        x += 18 * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="30">{"<SP/>".join(strings)}</TextLine>'


def _alto_block(top: int, *lines: str, left: int = 100) -> str:
    inner = "".join(_alto_line(left, top + 40 * k, text) for k, text in enumerate(lines))
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="900" HEIGHT="{40 * len(lines)}">{inner}</TextBlock>'




def _text(page) -> str:
    return " ".join(p for a in page.articles for p in a.paragraphs)


def test_a_bracketed_jump_line_with_its_stop_inside_leaves_the_broken_off_sentence(tmp_path):
    """`(Continued on third page.)` under a story cut off inside a sentence: the full stop
    inside the brackets kept it from being a jump line, and it ended the paragraph's text."""
    first, second = _STORY[:3], _STORY[4:]
    page = clean_alto_blocks(
        tmp_path,
        _alto_block(100, "SCHOONER LIMPS INTO PORT."),
        _alto_block(160, *first),
        _alto_block(300, *second),
        _alto_block(440, "(Continued on third page.)", left=220),
    )
    assert "Continued" not in _text(page)
    assert page.articles[-1].paragraphs[-1].endswith("run before it, until")


def test_a_jump_line_whose_on_the_engine_read_as_cn_is_still_a_jump_line(tmp_path):
    """Tesseract reads the o of `on` as c: `(Continued cn second page.)` is a jump line all the same."""
    page = clean_alto_blocks(
        tmp_path,
        _alto_block(100, "SCHOONER LIMPS INTO PORT."),
        _alto_block(160, *_STORY[:3]),
        _alto_block(300, *_STORY[4:]),
        _alto_block(440, "(Continued cn second page.)", left=220),
    )
    assert "Continued" not in _text(page)


def test_plain_text_jump_line_in_brackets_is_not_the_story_s_text(tmp_path):
    page_file = tmp_path / "page.txt"
    page_file.write_text(
        "SCHOONER LIMPS INTO PORT.\n\n" + "\n".join(_STORY) + "\n\n(Continued on Fourth Page.)\n", encoding="utf-8"
    )
    page = clean_file(page_file).page
    assert "Continued" not in _text(page)


def _alto_paragraph(top: int, *lines: str) -> str:
    """A block whose first line is indented, as a paragraph opens."""
    inner = "".join(_alto_line(130 if k == 0 else 100, top + 40 * k, text) for k, text in enumerate(lines))
    return f'<TextBlock HPOS="100" VPOS="{top}" WIDTH="900" HEIGHT="{40 * len(lines)}">{inner}</TextBlock>'


def test_a_paragraph_ending_on_a_town_and_its_state_abbreviated_is_not_joined_to_the_next(tmp_path):
    """`…shipped from the yards at Norfolk, Va.` then an indented paragraph: `Va.` is no `Mr.`,
    it ends the sentence, and the layout opened a new paragraph after it."""
    page = clean_alto_blocks(
        tmp_path,
        _alto_block(100, "NEW DRY DOCK OPENED."),
        _alto_paragraph(160, "The timber for the new dock was cut in the", "hills above the river and shipped from the", "yards at Norfolk, Va."),
        _alto_paragraph(300, "March 3, 1897, the first vessel was floated", "into the dock before a crowd of some two", "thousand people from the town and county."),
    )
    paragraphs = page.articles[-1].paragraphs
    assert paragraphs[-2].endswith("at Norfolk, Va.")
    assert paragraphs[-1].startswith("March 3, 1897")


def test_a_sentence_cut_after_a_title_of_address_still_runs_on(tmp_path):
    """`Mr.` at a block's end does not end the sentence: the next block is its rest."""
    page = clean_alto_blocks(
        tmp_path,
        _alto_block(100, "NEW DRY DOCK OPENED."),
        _alto_paragraph(160, "The timber for the new dock was cut in the", "hills above the river and was bought by Mr."),
        _alto_block(300, "Dodge of the Harbor Lumber Company for the", "sum of four thousand dollars in all."),
    )
    assert any("bought by Mr. Dodge" in p for p in page.articles[-1].paragraphs)


def test_a_speck_after_a_full_line_s_last_sentence_does_not_run_two_paragraphs_together(tmp_path):
    """`…in the lower fields. -` (a speck read as a hyphen after the full stop) over an indented
    line: the paragraph ends there, as it does where the line stops short."""
    lines = (
        (100, "The wheat was cut early this year in all the"),
        (100, "upper farms and the barley went in soon after"),
        (100, "it, though the rain held back the oats in the"),
        (100, "lower fields by a week or more at least. -"),
        (130, "The mills along the river ran day and night"),
        (100, "to grind the grain before the first frost came"),
        (100, "down from the hills at the end of the month."),
    )
    inner = "".join(_alto_line(left, 160 + 40 * k, text) for k, (left, text) in enumerate(lines))
    page = clean_alto_blocks(
        tmp_path,
        _alto_block(100, "THE HARVEST."),
        f'<TextBlock HPOS="100" VPOS="160" WIDTH="900" HEIGHT="{40 * len(lines)}">{inner}</TextBlock>',
    )
    paragraphs = page.articles[-1].paragraphs
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("at least.") and paragraphs[1].startswith("The mills")


def test_a_title_of_address_after_a_comma_is_no_state_and_runs_on_into_the_name(tmp_path):
    """`…was introduced to the governor, Mr.` over an indented block: the name is its rest."""
    page = clean_alto_blocks(
        tmp_path,
        _alto_block(100, "NEW DRY DOCK OPENED."),
        _alto_paragraph(160, "The timber for the new dock was cut in the", "hills above the river, and the man who", "found it was introduced to the governor, Mr."),
        _alto_paragraph(300, "Dodge, who thanked him before a crowd of", "some two thousand people from the town."),
    )
    assert any("governor, Mr. Dodge" in p for p in page.articles[-1].paragraphs)
