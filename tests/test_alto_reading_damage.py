"""Damage the Library of Congress's own Tesseract ALTO (ndnp-open-ocr, 2025) does to a page's
blocks, mended in the ALTO reader: ALTO pages written for each class (no gold page's text)."""

from conftest import clean_alto_blocks

_BODY = (
    "The harvest in the upper valley was the best",
    "the farmers have known in many years, and the",
    "mills along the river ran day and night to",
    "grind the wheat before the first hard frost.",
)


def _line(left: int, top: int, text: str, wc: float = 0.9, height: int = 30) -> tuple[str, tuple[int, int, int, int]]:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="{height}" WC="{wc}"/>')
        x += 18 * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>', (left, top, x, top + height)


def _block(*lines: tuple[str, tuple[int, int, int, int]]) -> str:
    left, top = min(box[0] for _, box in lines), min(box[1] for _, box in lines)
    right, bottom = max(box[2] for _, box in lines), max(box[3] for _, box in lines)
    inner = "".join(xml for xml, _ in lines)
    return f'<ComposedBlock><TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{bottom - top}">{inner}</TextBlock></ComposedBlock>'




def _body(top: int) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [_line(100, top + 40 * k, text) for k, text in enumerate(_BODY)]


def test_a_head_read_twice_is_read_once_in_the_reading_the_engine_trusts_more(tmp_path):
    page = clean_alto_blocks(
        tmp_path,
        _block(*_body(100)),
        _block(_line(280, 330, "HARVEST RECORD", wc=0.95, height=60)),
        _block(_line(100, 420, "Mills Rnn Day and Nlght", wc=0.5, height=36)),
        _block(_line(280, 330, "HARVEST RECORD", wc=0.96, height=60)),
        _block(_line(100, 420, "Mills Run Day and Night", wc=0.9, height=36)),
        _block(*_body(480)),
    )
    story = page.articles[-1]
    assert (story.title, story.subtitle, story.kicker) == ("HARVEST RECORD", "Mills Run Day and Night", None)
    assert "".join([*page.furniture, *(p for a in page.articles for p in a.paragraphs)]).count("RECORD") == 0


def _marked(left: int, top: int, text: str) -> tuple[str, tuple[int, int, int, int]]:
    """A line with the column rule read into its start: a speck, then a bar twice as tall."""
    xml, box = _line(left, top, text)
    marks = (
        f'<String CONTENT=";" HPOS="{left - 60}" VPOS="{top + 10}" WIDTH="10" HEIGHT="16" WC="0.7"/><SP/>'
        f'<String CONTENT="|" HPOS="{left - 30}" VPOS="{top - 15}" WIDTH="8" HEIGHT="64" WC="0.96"/><SP/>'
    )
    at = xml.index("<String")
    return xml[:at].replace(f'HPOS="{left}"', f'HPOS="{left - 60}"', 1) + marks + xml[at:], (left - 60, top, box[2], box[3])


def test_a_column_rule_read_into_line_starts_leaves_the_paragraph_whole(tmp_path):
    lines = [_line(130, 100, _BODY[0])] + [_marked(100, 100 + 40 * k, text) for k, text in enumerate(_BODY[1:3], 1)]
    page = clean_alto_blocks(tmp_path, _block(*lines, _line(100, 220, _BODY[3])))
    (story,) = page.articles
    assert story.paragraphs == [" ".join(_BODY)]


_NEXT = (
    "A fire broke out in the old mill on Front street",
    "early on Sunday morning and burned for hours",
    "before the men of the town could put it out.",
)


def test_a_head_listed_first_in_the_block_of_the_text_above_it_heads_the_text_below(tmp_path):
    head = _line(300, 270, "Fire at the Mill.")
    page = clean_alto_blocks(
        tmp_path,
        _block(head, *_body(100)),
        _block(*[_line(100, 320 + 40 * k, text) for k, text in enumerate(_NEXT)]),
    )
    # read where it stands, under the text above (as a heading or a title is classify's to say), not over it
    first = page.articles[0]
    assert first.title is None and first.paragraphs[0] == " ".join(_BODY)
    assert "Fire at the Mill." in [text for story in page.articles for text in [story.title, *story.headings]]


def test_a_split_word_paired_with_the_next_blocks_capitalised_word_is_left_to_dehyphenate(tmp_path):
    split = _line(100, 100, "the finance prob")
    xml = split[0].replace('CONTENT="prob"', 'CONTENT="prob" SUBS_TYPE="HypPart1" SUBS_CONTENT="probThe"')
    first = (xml.replace("</TextLine>", '<HYP CONTENT="-"/></TextLine>'), split[1])
    later = _line(100, 140, "The harvest was good.")
    later = (later[0].replace('CONTENT="The"', 'CONTENT="The" SUBS_TYPE="HypPart2" SUBS_CONTENT="probThe"'), later[1])
    page = clean_alto_blocks(tmp_path, _block(first), _block(later))
    text = " ".join(p for story in page.articles for p in [story.title or "", *story.paragraphs])
    assert "probThe" not in text and "The harvest was good." in text
