"""A gazette files its news by part, then by realm, then by state or town, each name centred on
a line of its own: "Nichtamtlicher Theil." / "Kaiſerthum Oeſterreich." / "Wien." / "Se. Majeſtät
…". The part and the realm are the section of the report under them, not its kicker. A page of
a Viennese gazette of the 1860s written for the class, in PAGE XML as a library's ground truth
draws it."""

from test_country_heads import _region

from paperarchive.api import clean_file


def _page(tmp_path):
    left, right = 60, 1000
    regions = [
        # the official part's last notice ends over the part's name
        _region("t0", left, 80, right, [
            ("Die Prüfungen beginnen am 1. Oktober in den gewöhnlichen", left, right),
            ("Amtsſtunden.", left, left + 260),
        ]),
        _region("h1", 380, 200, 700, [("Nichtamtlicher Theil.", 380, 700)]),
        _region("h2", 360, 260, 720, [("Kaiſerthum Oeſterreich.", 360, 720)]),
        _region("h3", 490, 320, 570, [("Wien.", 490, 570)]),
        _region("t1", left, 380, right, [
            ("Se. Majeſtät der Kaiſer hat heute Vormittag die Deputation", left + 40, right),
            ("des niederöſterreichiſchen Landtages empfangen und deren", left, right),
            ("Adreſſe huldvoll entgegengenommen.", left, right - 400),
        ]),
        _region("h4", 480, 540, 580, [("Prag.", 480, 580)]),
        _region("t2", left, 600, right, [
            ("Der Statthalter iſt geſtern von ſeiner Rundreiſe durch die", left + 40, right),
            ("nördlichen Kreiſe des Landes hierher zurückgekehrt.", left, right - 200),
        ]),
    ]
    path = tmp_path / "zeitung.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1100" imageHeight="1400">'
        + "".join(regions)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_a_realm_under_the_gazettes_part_is_the_section_with_it(tmp_path):
    vienna = next(a for a in _page(tmp_path).articles if a.title == "Wien.")
    assert vienna.kicker is None
    assert vienna.section == "Nichtamtlicher Theil. Kaiſerthum Oeſterreich."
