"""One article cropped from a page, as a library's ground truth stores it: its head, one line in
text type with no figure, centred over the text, whose first line is indented. The head titles
the article; it is no running head. Page written for the class (a Leipzig daily of the 1890s)."""

from paperarchive.api import clean_file

_LEFT, _RIGHT, _HEIGHT = 100, 1300, 48


def _region(rid: str, lines: list[tuple[str, int, int, int]]) -> str:
    rows = "".join(
        f'<TextLine id="{rid}l{n}"><Coords points="{x0},{y} {x1},{y} {x1},{y + _HEIGHT} {x0},{y + _HEIGHT}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
        for n, (text, x0, y, x1) in enumerate(lines)
    )
    left, top = min(row[1] for row in lines), min(row[2] for row in lines)
    right, bottom = max(row[3] for row in lines), max(row[2] for row in lines) + _HEIGHT
    return f'<TextRegion id="{rid}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{rows}</TextRegion>'


def _crop(tmp_path, first_indent: int):
    head = [("Die Reichstagswahl in Sachſen.", _LEFT + 330, 40, _RIGHT - 330)]
    text = [
        "Die Ergebniſſe der Stichwahlen liegen nun aus allen",
        "Wahlkreiſen des Königreichs vor, und man kann ſagen,",
        "daß die Ordnungsparteien ihren Beſitzſtand im ganzen",
        "behauptet haben.",
    ]
    more = [
        "In Leipzig⸗Stadt ſiegte der nationalliberale Bewerber mit",
        "einer Mehrheit von faſt dreitauſend Stimmen; in Chemnitz",
        "blieb der Sitz den Socialdemokraten.",
    ]
    rows = [(line, _LEFT + (first_indent if k == 0 else 0), 100 + 56 * k, _RIGHT if k < len(text) - 1 else _RIGHT - 700) for k, line in enumerate(text)]
    rest = [(line, _LEFT + (60 if k == 0 else 0), 340 + 56 * k, _RIGHT if k < len(more) - 1 else _RIGHT - 500) for k, line in enumerate(more)]
    path = tmp_path / "ausschnitt.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="1400" imageHeight="600">'
        + _region("head", head) + _region("text", rows) + _region("more", rest)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_a_crops_centred_head_over_an_indented_opening_titles_the_article(tmp_path):
    page = _crop(tmp_path, first_indent=60)
    assert "Die Reichstagswahl in Sachſen." not in page.furniture
    assert [article.title for article in page.articles] == ["Die Reichstagswahl in Sachſen."]


def test_over_text_carried_on_from_the_page_before_the_line_stays_a_running_head(tmp_path):
    page = _crop(tmp_path, first_indent=0)
    assert "Die Reichstagswahl in Sachſen." in page.furniture
