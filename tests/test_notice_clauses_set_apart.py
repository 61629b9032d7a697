"""An official notice as a gazette prints it and a transcriber draws it in PAGE XML: one
sentence whose clauses are each set as a paragraph of its own, the clause before stopping short
of the column's edge on a semicolon or a conjunction and the next opening on the paragraph
indent ("…consul at Lisbon; and" / "  Mr. Royce …"). A page written for the case."""

from paperarchive.api import clean_file

_BODY = 40  # a text line's height, in pixels
_LEFT, _RIGHT = 100, 1300


def _region(rid: str, top: int, lines: list[tuple[str, int, int]], kind: str = "paragraph") -> tuple[str, int]:
    """A TextRegion whose box holds its lines (each: text, left, right), one under the other."""
    rows = "".join(
        f'<TextLine><Coords points="{x0},{top + n * (_BODY + 4)} {x1},{top + n * (_BODY + 4)} {x1},{top + n * (_BODY + 4) + _BODY} {x0},{top + n * (_BODY + 4) + _BODY}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
        for n, (text, x0, x1) in enumerate(lines)
    )
    left, right = min(x0 for _, x0, _ in lines), max(x1 for _, _, x1 in lines)
    bottom = top + len(lines) * (_BODY + 4)
    return f'<TextRegion id="{rid}" type="{kind}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{rows}</TextRegion>', bottom + 30


def _full(text: str) -> tuple[str, int, int]:
    return (text, _LEFT, _RIGHT)


def _opening(text: str) -> tuple[str, int, int]:
    return (text, _LEFT + 80, _RIGHT)


def _short(text: str) -> tuple[str, int, int]:
    return (text, _LEFT, _RIGHT - 400)


def _page(tmp_path, clauses: list[list[tuple[str, int, int]]], title: str):
    regions = []
    head, top = _region("h", 200, [(title, 500, 900)], "heading")
    regions.append(head)
    for n, clause in enumerate(clauses):
        region, top = _region(f"r{n}", top, clause)
        regions.append(region)
    path = tmp_path / "notice.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1400" imageHeight="2000">'
        + "".join(regions)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_a_notices_clause_stopping_short_on_a_semicolon_and_over_an_indent_is_its_own_paragraph(tmp_path):
    notice = [
        [
            _opening("His Majesty the King has been pleased to appoint"),
            _full("the merchant Walter Pryce to be consul at Lisbon in the"),
            _full("room of Mr. Henry Dale, who has retired from the service"),
            _short("at his own request; and"),
            _opening("the agent Arthur Royce to be vice-consul at Oporto, in"),
            _full("the room of Mr. Samuel Vane, who has been removed to"),
            _short("another post."),
        ]
    ]
    page = _page(tmp_path, notice, "Official Notices.")
    story = page.articles[0]
    assert story.title == "Official Notices."
    assert story.paragraphs == [
        "His Majesty the King has been pleased to appoint the merchant Walter Pryce to be consul at Lisbon in the room of Mr. Henry Dale, who has retired from the service at his own request; and",
        "the agent Arthur Royce to be vice-consul at Oporto, in the room of Mr. Samuel Vane, who has been removed to another post.",
    ]


def test_a_german_notices_clause_ending_on_und_over_an_indent_is_its_own_paragraph(tmp_path):
    notice = [
        [
            _opening("Seine Majestät der König haben Allergnädigst geruht:"),
            _full("dem Kreisrichter Otto Berndt zu Halle den Charakter als"),
            _full("Kreisgerichtsrath zu verleihen, den bisherigen Assessor"),
            _short("Paul Krüger zum Richter zu ernennen, und"),
            _opening("den Rentmeister Karl Simon zu Naumburg in gleicher"),
            _full("Eigenschaft an die Kreiskasse zu Weißenfels zu ver-"),
            _short("setzen."),
        ]
    ]
    page = _page(tmp_path, notice, "Amtliches.")
    assert page.articles[0].paragraphs == [
        "Seine Majestät der König haben Allergnädigst geruht: dem Kreisrichter Otto Berndt zu Halle den Charakter als Kreisgerichtsrath zu verleihen, den bisherigen Assessor Paul Krüger zum Richter zu ernennen, und",
        "den Rentmeister Karl Simon zu Naumburg in gleicher Eigenschaft an die Kreiskasse zu Weißenfels zu versetzen.",
    ]

