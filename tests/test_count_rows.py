"""A count's row in a dispatch, a label and its figures parted by a semicolon ("Taken ill:
Children, 1,208; adults, 3,745."), is a paragraph of the dispatch, not a head in Title Case
that ends on a full stop: after a semicolon a head capitalises its words, a row goes on in lower
case (an ALTO column written here)."""

from conftest import clean_alto_blocks

from paperarchive.classify import is_short

_DISPATCH = (
    ("BERNE, March 3.—The health office reports", ("that the fever has passed its height in the", "northern cantons. The cases were:")),
    ("Taken ill: Children, 1,208; adults,", ("3,745.",)),
    ("Recovered: Children, 1,100; adults, 3,512.", ()),
    ("The schools of the valley will open again", ("on Monday next.",)),
)


def _line(left: int, top: int, text: str) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="30" WC="0.9"/>')
        x += 18 * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="30">{"<SP/>".join(strings)}</TextLine>'


def _column() -> str:
    lines, top = [], 100
    for first, rest in _DISPATCH:
        lines.append(_line(130, top, first))
        for text in rest:
            top += 40
            lines.append(_line(100, top, text))
        top += 40
    return f'<TextBlock HPOS="100" VPOS="100" WIDTH="830" HEIGHT="{top - 100}">{"".join(lines)}</TextBlock>'


def test_a_count_row_going_on_in_lower_case_after_a_semicolon_is_no_head():
    assert not is_short("Taken ill: Children, 1,208; adults, 3,745.")
    assert is_short("Strike Ends; Men Return to the Mills.")  # a head capitalises after its semicolon


def test_the_count_rows_stay_paragraphs_of_the_dispatch(tmp_path):
    page = clean_alto_blocks(tmp_path, _column())
    assert len(page.articles) == 1, page.articles
    article = page.articles[0]
    assert "Taken ill: Children, 1,208; adults, 3,745." in article.paragraphs, article
    assert not article.headings and article.title is None, article
