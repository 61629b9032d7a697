"""A library's transcriber draws a line's polygon round the ascenders and descenders of the lines
beside it, so that now and then a line of the body is boxed twice as tall as its type. Such a
line, run into from the full line above it, is body type: it neither opens a story nor stands as
a head; the head in larger type over the text still is one. Page written for the class (a
Breslau weekly's leader, in the style of the 1890s)."""

from paperarchive.api import clean_file

_LEFT, _RIGHT, _HEIGHT = 120, 1320, 48


def _region(rid: str, lines: list[tuple[str, int, int, int, int]]) -> str:
    rows = "".join(
        f'<TextLine id="{rid}l{n}"><Coords points="{x0},{y} {x1},{y} {x1},{y + h} {x0},{y + h}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
        for n, (text, x0, y, x1, h) in enumerate(lines)
    )
    left, top = min(row[1] for row in lines), min(row[2] for row in lines)
    right, bottom = max(row[3] for row in lines), max(row[2] + row[4] for row in lines)
    return f'<TextRegion id="{rid}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{rows}</TextRegion>'


_FIRST = [
    "Seit Wochen beſchäftigt die Frage der ſtädtiſchen Waſſer-",
    "leitung die Gemüther unſerer Mitbürger in einem Maße, wie",
    "es ſeit dem Bau der Oderbrücke nicht mehr geſchehen iſt, und",
    "die Verſammlung am Dienſtag hat gezeigt, daß die Meinungen",
    "noch weit auseinandergehen. Der Magiſtrat hält an ſeinem",
    "Plane feſt, das Waſſer aus den Brunnen bei Ohlau zu holen,",
]
_SECOND = [
    "während die Gegner auf die Koſten hinweiſen, die nach ihrer",
    "Rechnung das Doppelte der Voranſchläge betragen würden. Wir",
    "halten dieſe Rechnung für übertrieben; aber es wäre gut, wenn",
    "der Magiſtrat ſie durch eine genaue Aufſtellung widerlegte.",
]
_TALL = {2, 4, 7}  # lines (counted over both regions) boxed round their neighbours' strokes


def _page(tmp_path) -> object:
    rows, top = [], 300
    for k, text in enumerate(_FIRST + _SECOND):
        # a tall polygon reaches up into the line above and down into the line below
        rows.append((text, _LEFT, top - 30 if k in _TALL else top, _RIGHT, 2 * _HEIGHT + 20 if k in _TALL else _HEIGHT))
        top += 58
    above = [  # the end of the story above
        ("ſchloß der Vorſitzende die Sitzung um elf Uhr Abends mit", _LEFT, 20, _RIGHT, _HEIGHT),
        ("dem Danke an die Verſammelten.", _LEFT, 78, _RIGHT - 600, _HEIGHT),
    ]
    head = [("Die Waſſerleitungsfrage", _LEFT + 160, 180, _RIGHT - 160, 80)]
    regions = "".join(_region(rid, rows) for rid, rows in [("above", above), ("head", head), ("r1", rows[: len(_FIRST)]), ("r2", rows[len(_FIRST) :])])
    path = tmp_path / "leitartikel.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">'
        f'<Page imageWidth="1440" imageHeight="1100">{regions}</Page></PcGts>',
        encoding="utf-8",
    )
    return clean_file(path).page


def test_tall_boxed_lines_of_running_text_open_no_story(tmp_path):
    articles = _page(tmp_path).articles
    assert len(articles) == 2
    assert articles[1].title == "Die Waſſerleitungsfrage"
    assert len(articles[1].paragraphs) == 1  # one paragraph, as printed (no line is indented)
    assert "Mitbürger in einem Maße, wie es ſeit dem Bau der Oderbrücke" in articles[1].paragraphs[0]
    assert "Koſten hinweiſen, die nach ihrer Rechnung das Doppelte" in articles[1].paragraphs[0]
