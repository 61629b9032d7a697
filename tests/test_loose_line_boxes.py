"""A leader a library's ground truth stores as loose OCR blocks: a paragraph whose quotation ends
the German way after "!" or "?" (… giebt!“) ended its sentence, so the indented line in the next
block opens the next paragraph and is not run into it. A page written for the case."""

from paperarchive.api import clean_file

_LEFT, _RIGHT = 100, 2200


def _region(rid: str, rows) -> str:
    lines = "".join(
        f'<TextLine><Coords points="{x0},{y} {_RIGHT},{y} {_RIGHT},{y + h} {x0},{y + h}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>'
        for text, x0, y, h in rows
    )
    top, bottom = min(y for _, _, y, _ in rows), max(y + h for _, _, y, h in rows)
    return f'<TextRegion id="{rid}"><Coords points="{_LEFT},{top} {_RIGHT},{top} {_RIGHT},{bottom} {_LEFT},{bottom}"/>{lines}</TextRegion>'


def _page(tmp_path, rows, cuts) -> list:
    """The rows in regions cut before each line numbered in `cuts`, as OCR blocks are drawn."""
    bounds = [0, *cuts, len(rows)]
    regions = "".join(_region(f"r{k}", rows[a:b]) for k, (a, b) in enumerate(zip(bounds, bounds[1:])))
    path = tmp_path / "leitartikel.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="2300" imageHeight="1500">'
        + regions
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return list(clean_file(path).page.articles)


_TEXT = [
    "Die Verhandlungen über den Handelsvertrag mit der Schweiz ſind",
    "nun, wie man aus Bern meldet, ſo weit gediehen, daß die Unter⸗",
    "zeichnung noch vor Ende des Monats erwartet werden darf; die",
    "Regierung hat den Abgeordneten die Vorlage bereits zugeſandt,",
    "und man hört, daß ſie die Zuſtimmung der Mehrheit findet.",
    "Nur die Vertreter der Landwirthſchaft haben dagegen Bedenken",
    "geäußert und im Ausſchuß ſchon mehrmals gefragt: „Wer",
    "ſoll die Laſten tragen, wenn die Zölle fallen?“",
    "Darauf hat der Miniſter im Ausſchuß eine lange Rede gehalten,",
    "in der er die Vortheile des Vertrages für die Ausfuhr unſerer",
    "Induſtrie darlegte und die Bedenken der Landwirthe zu zerſtreuen",
    "ſuchte; ob es ihm gelungen iſt, wird die Abſtimmung zeigen.",
]


def _rows(tall: int | None = None):
    """The leader's lines, 60 high, each paragraph's first indented; line `tall` boxed 150 high."""
    rows, top = [], 100
    for n, text in enumerate(_TEXT):
        height = 150 if n == tall else 60
        rows.append((text, _LEFT + 80 if n in (0, 8) else _LEFT, top + 60 - height, height))
        top += 70
    return rows


def test_a_quotation_closed_after_its_question_mark_ends_the_paragraph(tmp_path):
    articles = _page(tmp_path, _rows(), [3, 8])
    assert [p[:20] for a in articles for p in a.paragraphs] == ["Die Verhandlungen üb", "Darauf hat der Miniſ"]
