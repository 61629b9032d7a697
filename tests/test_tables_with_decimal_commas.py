"""A results table whose shares are written with a decimal comma ("46,1"), as most of Europe,
Latin America and Timor write them, read by an engine as cells in columns: its rows are a
table's, and the page is read. Before, a share with a comma in it was taken for a name beside
the votes, and a table of votes and shares with no name cell in reach crashed the reading
(AttributeError: 'NoneType' object has no attribute 'right'). Cells written for the test."""

from paperarchive.formats.reading import Box, Line, Region, tables_apart

ROWS = [("1.842", "46,1"), ("1.207", "30,2"), ("611", "15,3"), ("336", "8,4")]


def _cells(votes_left: int, share_left: int) -> list[Region]:
    """One region a column, as an engine groups a table's columns; each cell a line of its own."""
    votes = tuple(Line(v, Box(votes_left, 300 + 36 * k, votes_left + 60, 326 + 36 * k)) for k, (v, _) in enumerate(ROWS))
    shares = tuple(Line(s, Box(share_left, 300 + 36 * k, share_left + 50, 326 + 36 * k)) for k, (_, s) in enumerate(ROWS))
    return [Region(votes, Box(votes_left, 300, votes_left + 60, 434)), Region(shares, Box(share_left, 300, share_left + 50, 434))]


def test_votes_and_shares_with_decimal_commas_are_a_tables_rows():
    rows = tables_apart(_cells(1400, 1640))
    assert [(r.role, r.lines[0].text) for r in rows] == [("table", f"{v}\u3000{s}") for v, s in ROWS]
