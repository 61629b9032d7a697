"""A library's ALTO (ABBYY, one TextBlock a head and what stands under it) whose short head is
set a step larger than the lines under it, though not in headline type: the head is its own,
not the first line of a paragraph (`reading._head_in_larger_type`). ALTO pages written for the
class: a Danish head nearly as wide as its column, centred over its text, and a German department head over an item
head in a smaller type, both in one TextBlock."""

from paperarchive.api import clean_file

_STYLES = (
    '<Styles><TextStyle ID="T8" FONTSIZE="8"/><TextStyle ID="H10" FONTSIZE="10"/>'
    '<TextStyle ID="S7" FONTSIZE="7"/></Styles>'
)


def _line(text: str, left: int, top: int, style: str = "T8", height: int = 30, pitch: int = 17) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{pitch * len(word)}" HEIGHT="{height}" STYLEREFS="{style}" WC="0.9"/>')
        x += pitch * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - pitch - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


def _block(top: int, bottom: int, *lines: str) -> str:
    return f'<TextBlock HPOS="100" VPOS="{top}" WIDTH="920" HEIGHT="{bottom - top}">{"".join(lines)}</TextBlock>'


def _page(tmp_path, *blocks: str):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">{_STYLES}<Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace>'
        + "".join(blocks)
        + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    return clean_file(page).page.articles


_BEFORE = (
    "Havnen i Aarhus blev i Gaar besøgt af tre store",
    "Dampskibe fra Hamborg, som lossede Kul og Korn",
    "til Byens Købmænd, og Toldvæsenet havde travlt",
    "hele Dagen med at efterse de mange Ladninger.",
)
_UNDER = (
    "I London er det nye Ministerium traadt sammen,",
    "og man venter, at det snart vil fremlægge sit",
    "Program for Parlamentet, hvor Oppositionen er",
    "stærk og vil kræve Svar paa mange Spørgsmaal.",
)


def test_a_head_a_step_larger_centred_over_its_text_heads_it(tmp_path):
    text = [_line(line, 100, 520 + 42 * k) for k, line in enumerate(_UNDER)]
    articles = _page(
        tmp_path,
        _block(100, 268, *(_line(line, 100, 100 + 42 * k) for k, line in enumerate(_BEFORE))),
        _block(460, 676, _line("De sidste Telegrammer fra Udlandet.", 130, 460, "H10", 38, 21), *text),
    )
    assert [story.title for story in articles][-1] == "De sidste Telegrammer fra Udlandet."
    assert articles[-1].paragraphs[0].startswith("I London er det nye Ministerium")
    assert not any("Telegrammer fra Udlandet" in paragraph for story in articles for paragraph in story.paragraphs)


_ITEM = (
    "In der Nacht zum Sonntag brach in der Scheune",
    "des Gutsbesitzers Lehmann ein Feuer aus, das",
    "sich rasch auf die Stallungen ausbreitete, so",
    "daß das ganze Vieh verloren gegeben werden mußte.",
)


def test_a_department_head_over_an_item_head_in_smaller_type_is_no_paragraph(tmp_path):
    articles = _page(
        tmp_path,
        _block(100, 268, *(_line(line, 100, 100 + 42 * k) for k, line in enumerate(_BEFORE))),
        _block(460, 586, _line("Vermischtes.", 420, 460, "H10", 36), _line("a", 560, 505, "T8"), _line("Feuer im Dorfe.", 400, 560, "S7", 26)),
        _block(610, 778, *(_line(line, 100, 610 + 42 * k) for k, line in enumerate(_ITEM))),
    )
    assert articles[-1].title == "Feuer im Dorfe."
    assert articles[-1].paragraphs[0].startswith("In der Nacht zum Sonntag")
    assert not any("Vermischtes" in paragraph for story in articles for paragraph in story.paragraphs)
