"""Lists set in running text: each entry opened on an indented line, in lower case under the
clause that ends the entry above, or on its letter (Reichsanzeiger rulings, council minutes)."""

from test_engine_geometry import BODY, blocks_of, hocr

from paperarchive.pipeline import clean_blocks


def lines(rows: list[tuple[str, bool, bool]], left: int = 90, top: int = 100, width: int = 480) -> tuple:
    """A region's lines: (text, indented, stops short) each, one under the other."""
    out = []
    for k, (text, indented, short) in enumerate(rows):
        start = left + (35 if indented else 0)
        out.append((text, start, top + 40 * k, left + (width // 2 if short else width), top + 40 * k + BODY))
    return tuple(out)


MINUTES = [
    ("The council met on Monday and resolved, after a long", True, False),
    ("debate on the state of the harbour road, as follows:", False, True),
    ("that the lower road be closed to all carts and", True, False),
    ("lorries until the bridge is repaired;", False, True),
    ("that the ferry run every hour while it is shut;", True, False),
    ("and that the clerk write to the county about the", True, False),
    ("cost of the repairs before the next meeting.", False, True),
]


def paragraphs(page: str) -> list[str]:
    return [p for article in clean_blocks(blocks_of(page)).articles for p in article.paragraphs]


def test_each_entry_of_a_list_indented_under_a_clause_is_a_paragraph():
    assert paragraphs(hocr(lines(MINUTES))) == [
        "The council met on Monday and resolved, after a long debate on the state of the harbour road, as follows:",
        "that the lower road be closed to all carts and lorries until the bridge is repaired;",
        "that the ferry run every hour while it is shut;",
        "and that the clerk write to the county about the cost of the repairs before the next meeting.",
    ]


def test_a_lettered_entry_opens_a_paragraph_even_after_a_comma():
    page = hocr(
        lines(
            [
                ("The miners' unions have asked the board to declare", True, False),
                ("binding for the whole district,", False, True),
                ("a) the wage agreement of the sixth of June, which", True, False),
                ("fixed the hours of the shifts,", False, True),
                ("b) the allowance for the night shifts.", True, True),
            ]
        )
    )
    assert paragraphs(page) == [
        "The miners' unions have asked the board to declare binding for the whole district,",
        "a) the wage agreement of the sixth of June, which fixed the hours of the shifts,",
        "b) the allowance for the night shifts.",
    ]


def test_a_sentence_cut_at_a_column_break_still_runs_on_into_the_next_column():
    first = lines([("The council met on Monday and resolved, after a long", True, False), ("debate, that the lower road be closed to", False, False)])
    second = lines([("all carts until the bridge is repaired.", False, True)], left=645)
    assert paragraphs(hocr(first, second)) == [
        "The council met on Monday and resolved, after a long debate, that the lower road be closed to all carts until the bridge is repaired."
    ]
