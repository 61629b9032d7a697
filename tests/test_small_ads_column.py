"""A column of small ads as a library's transcriber draws it in PAGE XML: each ad opens on its
first words in display type, which its sentence carries on in lower case ("Ein gut erhaltener
Schreibtiſch" / "iſt billig zu verkaufen"), and ends on its address or signer set right. Each ad is
an untitled item, its display words and address in its one paragraph. Pages written for the case."""

from paperarchive.api import clean_file

_LEFT, _RIGHT = 100, 1300  # the column


def _region(rid: str, lines: list[tuple[str, int, int, int, int]]) -> str:
    """A TextRegion around its lines (each: text, left, top, right, height)."""
    rows = "".join(
        f'<TextLine><Coords points="{x0},{y} {x1},{y} {x1},{y + h} {x0},{y + h}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>'
        for text, x0, y, x1, h in lines
    )
    left, top = min(x0 for _, x0, _, _, _ in lines), min(y for _, _, y, _, _ in lines)
    right, bottom = max(x1 for _, _, _, x1, _ in lines), max(y + h for _, _, y, _, h in lines)
    return f'<TextRegion id="{rid}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{rows}</TextRegion>'


def _ad(rid: str, top: int, display: str, text: list[str], signer: str, apart: bool) -> tuple[list[str], int]:
    """An ad: its display words centred in type twice the text's (a region of their own where
    `apart`), its text's lines, its signer set right."""
    head = (display, _LEFT + 250, top, _RIGHT - 250, 90)
    rows = [(line, _LEFT, top + 100 + 50 * n, _RIGHT, 45) for n, line in enumerate(text)]
    last = top + 100 + 50 * len(text)
    rows.append((signer, _LEFT + 600, last, _RIGHT - 40, 45))
    regions = [_region(f"{rid}a", [head]), _region(f"{rid}b", rows)] if apart else [_region(rid, [head, *rows])]
    return regions, last + 80


_ADS = [
    ("Ein gut erhaltener Schreibtiſch", ["iſt wegen Umzugs billig zu verkaufen.", "Zu erfragen in der Expedition"], "Markt 4, bei Frau Lehmann."),
    ("Zwei junge Ziegen", ["ſind preiswerth abzugeben bei"], "W. Kämmerer, Lindenhof."),
    ("Eine freundliche Stube", ["mit Kammer iſt an einen ruhigen Herrn", "zum 1. November zu vermiethen"], "Schulgaſſe 9, part."),
    ("Ein Pianino", ["von gutem Ton wird zu kaufen geſucht."], "Off. unter R. 12 an die Exp."),
]


def _page(tmp_path, ads):
    regions, top = [], 100
    for n, (display, text, signer) in enumerate(ads):
        made, top = _ad(f"ad{n}", top, display, text, signer, apart=n % 2 == 0)
        regions += made
    path = tmp_path / "anzeigen.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="1400" imageHeight="2000">'
        + "".join(regions)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_each_small_ad_is_an_untitled_item_of_one_paragraph(tmp_path):
    page = _page(tmp_path, _ADS)
    assert len(page.articles) == len(_ADS)
    for article, (display, _, signer) in zip(page.articles, _ADS):
        assert article.title is None and article.kicker is None and article.section is None
        assert len(article.paragraphs) == 1
        assert article.paragraphs[0].startswith(display + " ")
        assert article.paragraphs[0].endswith(signer)


def test_a_letter_signed_right_and_the_editors_answer_stay_one_piece(tmp_path):
    """One signature set right is a letter's, not a column of ads: the answer under it goes on
    the same untitled piece."""
    rows = [
        ("Geehrter Herr Redacteur! Erlauben Sie mir, Ihnen über den", _LEFT + 60, 100, _RIGHT, 45),
        ("Zuſtand der Chauſſee nach Schkeuditz zu klagen, die ſeit dem", _LEFT, 150, _RIGHT, 45),
        ("Herbſt kein Wagen ohne Gefahr befahren kann.", _LEFT, 200, _RIGHT - 400, 45),
        ("Ein Abonnent.", _LEFT + 700, 250, _RIGHT - 40, 45),
    ]
    answer = [
        ("Wir haben die Klage an die Behörde weitergegeben und", _LEFT + 60, 340, _RIGHT, 45),
        ("hoffen auf baldige Abhülfe.", _LEFT, 390, _RIGHT - 500, 45),
    ]
    path = tmp_path / "brief.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="1400" imageHeight="600">'
        + _region("letter", rows)
        + _region("answer", answer)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    articles = clean_file(path).page.articles
    assert len(articles) == 1
    assert articles[0].paragraphs[-1].startswith("Wir haben die Klage")
