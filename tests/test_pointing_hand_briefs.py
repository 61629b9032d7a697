"""A brief opened by the pointing hand (☞) that 19th-century papers set before it, read by the
engine as three letters ("fjr The…", "tar A man…"), is a paragraph of its own: the lower-case
letters are no sentence running on from the brief above (an ALTO column of briefs written here)."""

from conftest import clean_alto_blocks

_BRIEFS = (
    # (first line's text, indented, rest of the brief)
    ("The new mill at the falls began to grind", ("wheat on Monday, and the farmers of the", "valley brought in forty loads by noon.")),
    ("fjr The county board has voted to build a", ("stone bridge over the creek at the old", "ford before the spring rains begin.")),
    ("tar A woman named Ellen Marsh has been", ("fined five dollars for driving her cart", "across the green on market day.")),
)


def _line(left: int, top: int, text: str) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="30" WC="0.9"/>')
        x += 18 * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="30">{"<SP/>".join(strings)}</TextLine>'


def _column() -> str:
    lines, top = [], 100
    for first, rest in _BRIEFS:
        lines.append(_line(130, top, first))
        for text in rest:
            top += 40
            lines.append(_line(100, top, text))
        top += 40
    return f'<TextBlock HPOS="100" VPOS="100" WIDTH="900" HEIGHT="{top - 100}">{"".join(lines)}</TextBlock>'


def test_a_brief_opened_by_a_hand_read_as_letters_is_a_paragraph_of_its_own(tmp_path):
    page = clean_alto_blocks(tmp_path, _column())
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert len(paragraphs) == 3, paragraphs
    assert paragraphs[1].startswith("fjr The county board") and paragraphs[1].endswith("spring rains begin.")
    assert paragraphs[2].startswith("tar A woman")


def test_a_sentence_cut_by_the_layout_still_runs_on_in_lower_case(tmp_path):
    # the same column with no stop where the first brief ends: its sentence goes on
    column = _column().replace("noon.", "noon and")
    page = clean_alto_blocks(tmp_path, column)
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert any("by noon and fjr The county board" in p for p in paragraphs), paragraphs


def test_a_name_with_its_particle_signing_the_notice_is_no_brief(tmp_path):
    # "von Marwitz." indented under the notice's last sentence: two words, a signature, no brief
    lines = [_line(100, 100 + 40 * k, text) for k, text in enumerate(_BRIEFS[0][1])]
    lines.append(_line(130, 180, "von Marwitz."))
    block = f'<TextBlock HPOS="100" VPOS="100" WIDTH="900" HEIGHT="150">{"".join(lines)}</TextBlock>'
    page = clean_alto_blocks(tmp_path, block)
    assert not any(p.startswith("von Marwitz") for a in page.articles for p in a.paragraphs), page.articles
