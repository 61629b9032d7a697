"""A library's ALTO column (one TextBlock a column, as Chronicling America's vendors made them)
where a story's big head is printed but the engine gave it no line: its deck, a line or two in
type about twice the body's, is the first thing of the story, set after a blank under the story
above. Pages written here (no gold page's text)."""

from html import escape

from conftest import clean_alto_blocks


def _line(top: int, text: str, left: int = 100, height: int = 30, pitch: int = 18) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{escape(word)}" HPOS="{x}" VPOS="{top}" WIDTH="{pitch * len(word)}" HEIGHT="{height}"/>')
        x += pitch * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left - pitch}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


_FIRST = (
    "HARBOR BRIDGE OPENED.",
    "PORTLAND, March 4.—The new bridge over the",
    "harbor was opened to traffic this morning,",
    "when the mayor and the council crossed it",
    "in carriages before a crowd of thousands.",
    "The work took three years and cost the city",
    "nearly two hundred thousand dollars, paid",
    "from the sale of bonds voted last spring.",
)
_DECK = ("Legislature Expected to Take Up", "Water Rates and", '"Meters."')
_SECOND = (
    "A bill fixing the rates that the water company",
    "may charge householders will be among the",
    "first measures before the legislature when it",
    "meets next week, members said yesterday.",
    "The company has asked for a rise twice in",
    "the last year, and both times was refused.",
)


def _column(deck_height: int) -> str:
    lines, top = [_line(100, _FIRST[0], height=60)], 180
    for text in _FIRST[1:]:
        lines.append(_line(top, text))
        top += 40
    top += 160  # the blank where the head was printed, no line for it in the file
    for text in _DECK:  # (centred on the column)
        lines.append(_line(top, text, left=100 + (800 - 25 * len(text)) // 2, height=deck_height, pitch=25))
        top += deck_height + 15
    top += 20
    for k, text in enumerate(_SECOND):  # (each paragraph's first line indented)
        lines.append(_line(top, text, left=130 if k in (0, 4) else 100))
        top += 40
    return f'<TextBlock HPOS="100" VPOS="100" WIDTH="1000" HEIGHT="{top}">{"".join(lines)}</TextBlock>'


def test_a_deck_in_type_twice_the_body_opens_its_story(tmp_path):
    """The deck heads a story of its own (read as its title: the head over it is lost), not a
    paragraph of the bridge story above it. Its last line a quoted word ending on a full stop,
    the block read as a sentence before; its type, twice the body's, says it is a head."""
    page = clean_alto_blocks(tmp_path, _column(60))
    bridge = next(a for a in page.articles if a.title == "HARBOR BRIDGE OPENED.")
    assert not any(p.startswith("Legislature Is Likely") for p in bridge.paragraphs)
    water = next(a for a in page.articles if a.paragraphs and a.paragraphs[0].startswith("A bill fixing the rates"))
    assert water.title == 'Legislature Expected to Take Up Water Rates and "Meters."'

