"""Library ALTO (Chronicling America's) of an 1880s daily whose nameplate is boxed in one
full-width TextBlock with the folio line under it (a line in capitals closing on the issue's
number, no page count), over a column boxed as one TextBlock. Pages written here (no gold
page's text)."""

from conftest import clean_alto_blocks


def _line(left: int, right: int, top: int, height: int, text: str) -> str:
    words = text.split()
    pitch = (right - left) / (sum(map(len, words)) + len(words) - 1)
    x, strings = float(left), []
    for word in words:
        strings.append(f'<String CONTENT="{word}" HPOS="{int(x)}" VPOS="{top}" WIDTH="{int(pitch * len(word))}" HEIGHT="{height}"/>')
        x += pitch * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


def _block(left: int, top: int, width: int, height: int, inner: str) -> str:
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}">{inner}</TextBlock>'


def _plate(nameplate: str, folio: str) -> str:
    """The page's top: the nameplate in tall type, the folio line across the page under it."""
    return _block(0, 0, 2000, 230, _line(420, 1370, 70, 75, nameplate) + _line(90, 1950, 200, 24, folio))


_HEAD = "MILLERS MEET AT TOPEKA"
_COLUMN = (
    _HEAD,
    "The millers of the",
    "state met here on",
    "Tuesday and sat until",
    "late at night over the",
    "crops of the season.",
    "A committee of five",
    "will report in a month",
    "on the freight rates",
    "charged by the roads.",
)


def _column() -> str:
    """A narrow column under the folio line, its headline centred over the text."""
    inner = "".join(_line(1425, 1680, 250 + 16 * k, 12, text) if k else _line(1440, 1665, 250, 12, text) for k, text in enumerate(_COLUMN))
    return _block(1420, 240, 270, 200, inner)


def test_a_nameplate_boxed_with_its_folio_line_is_furniture(tmp_path):
    """`THE DAYTON GAZETTE` in tall type over `NINTH YEAR. DAYTON. MONDAY MORNING MAY 2 1892.
    NUMBER 77` in one block: both furniture, and the column's story keeps its own headline
    (before: "THE DAYTON GAZETTE NINTH YEAR." its title, the headline lost in its deck)."""
    folio = "NINTH YEAR. DAYTON. MONDAY MORNING MAY 2 1892. NUMBER 77"
    page = clean_alto_blocks(tmp_path, _plate("THE DAYTON GAZETTE", folio), _column())
    assert "THE DAYTON GAZETTE" in page.furniture and folio in page.furniture
    assert [a.title for a in page.articles] == [_HEAD]


def test_the_folio_with_commas_and_the_number_abbreviated_too(tmp_path):
    """`TWELFTH YEAR. SALINA, FRIDAY EVENING, OCTOBER 14, 1887. NO. 302` under the nameplate."""
    folio = "TWELFTH YEAR. SALINA, FRIDAY EVENING, OCTOBER 14, 1887. NO. 302"
    page = clean_alto_blocks(tmp_path, _plate("THE SALINA HERALD", folio), _column())
    assert folio in page.furniture
    assert [a.title for a in page.articles] == [_HEAD]
