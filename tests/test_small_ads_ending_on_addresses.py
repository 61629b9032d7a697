"""A column of small ads as a library's transcriber draws it in PAGE XML, a region to an ad (or
two): each ad opens on its subject in a line of its own and ends on where to call, the street
and the house number set in towards the right under the text, with no stop after the sentence
("Een kinderwagen" / "goedkoop te koop" / "        Lindelaan 1b, 2 hoog"). A Dutch page written
for the case, in the style of a provincial paper of the 1880s."""

from paperarchive.api import clean_file

_BODY = 40  # a text line's height, in pixels
_LEFT, _RIGHT = 100, 1100  # the column's edges


def _region(rid: str, top: int, lines: list[tuple[str, int, int]]) -> tuple[str, int]:
    """A TextRegion holding its lines (each: text, left, right), one under the other; and its bottom."""
    rows = "".join(
        f'<TextLine><Coords points="{x0},{top + n * (_BODY + 4)} {x1},{top + n * (_BODY + 4)} {x1},{top + n * (_BODY + 4) + _BODY} {x0},{top + n * (_BODY + 4) + _BODY}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
        for n, (text, x0, x1) in enumerate(lines)
    )
    bottom = top + len(lines) * (_BODY + 4)
    return (
        f'<TextRegion id="{rid}"><Coords points="{_LEFT},{top} {_RIGHT},{top} {_RIGHT},{bottom} {_LEFT},{bottom}"/>{rows}</TextRegion>',
        bottom,
    )


# Each ad: its lines as (text, left, right); the last, its address, set in from the left.
_ADS = [
    [
        ("Een flinke bakkerij", 300, 900),
        ("is wegens sterfgeval terstond te koop.", _LEFT, _RIGHT),
        ("Te bevragen Nieuwstraat 13, bij", _LEFT, 1060),
        ("J. Vos.", 800, 1000),
    ],
    [("Een kinderwagen", 350, 850), ("goedkoop te koop", _LEFT, 600), ("Lindelaan 1b, 2 hoog", 560, 1000)],
    [
        ("Twee nieuwe reiskoffers,", 200, 1000),
        ("een grote en een kleine, wegens gebrek", _LEFT, _RIGHT),
        ("aan ruimte goedk. te k. Kerkpad 5, 1 hoog", 400, _RIGHT),
    ],
    [
        ("Ledikant en kast, groot en mooi,", 160, _RIGHT),
        ("zeer goedkoop te koop", _LEFT, 620),
        ("Gr. Walstraat 31, achter, 2 hoog,", 420, 1080),
    ],
    [("Goede paardenmest te koop Houtplein 5.", _LEFT, _RIGHT)],
    [("IJzeren ledikant goedkoop te koop", 160, 1040), ("Karelstraat 1, benedenhuis", 560, 1060)],
    [
        ("Lege wijnvaten, 20 tot 60 liter, te", 160, _RIGHT),
        ("koop. Te bevragen aan het bureau van", _LEFT, _RIGHT),
        ("dit blad.", _LEFT, 300),
    ],
    [("Een jonge tekkel en een schoothond", 160, _RIGHT), ("te koop", _LEFT, 300), ("Molenweg 3", 800, 1060)],
    [("Een paar vette varkens te koop", 160, _RIGHT), ("Ruigenhoek, Burgwal 51.", 600, 1060)],
    [
        ("Een goed onderhouden sofa", 200, 1000),
        ("voor 15 gulden te koop", _LEFT, 640),
        ("Oosterstraat 6, 2 hoog", 560, 1040),
    ],
    [
        ("Een mooie benedenwoning van drie kamers,", 160, _RIGHT),
        ("keuken en tuin, voor 300 gulden per jaar", _LEFT, _RIGHT),
        ("terstond te huur Koningsweg 22.", _LEFT, 900),
    ],
    [
        ("Een ruime bovenwoning met zolder en", 160, _RIGHT),
        ("kelder, voor 250 gulden, te huur", _LEFT, 900),
        ("Spoorlaan 1.", 700, 1040),
    ],
]


def _page(tmp_path):
    regions, top = [], 100
    for n, ad in enumerate(_ADS):
        region, top = _region(f"r{n}", top, ad)
        regions.append(region)
        top += 30
    order = "".join(f'<RegionRefIndexed index="{n}" regionRef="r{n}"/>' for n in range(len(_ADS)))
    path = tmp_path / "advertenties.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1200" imageHeight="2000">'
        f'<ReadingOrder><OrderedGroup id="ro">{order}</OrderedGroup></ReadingOrder>'
        + "".join(regions)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def _paragraphs(page) -> list[str]:
    return [p for a in page.articles for p in a.paragraphs]


def test_an_ad_ending_on_its_address_set_in_is_not_run_into_the_next_ad(tmp_path):
    paragraphs = _paragraphs(_page(tmp_path))
    assert (
        "Twee nieuwe reiskoffers, een grote en een kleine, wegens gebrek aan ruimte goedk. te k. Kerkpad 5, 1 hoog"
        in paragraphs
    )
    assert "Ledikant en kast, groot en mooi, zeer goedkoop te koop Gr. Walstraat 31, achter, 2 hoog," in paragraphs


def test_addresses_ending_the_ads_are_no_jump_lines_of_the_page(tmp_path):
    page = _page(tmp_path)
    assert page.furniture == ()
    paragraphs = _paragraphs(page)
    assert "Goede paardenmest te koop Houtplein 5." in paragraphs
    assert "Een jonge tekkel en een schoothond te koop Molenweg 3" in paragraphs
    assert "Een paar vette varkens te koop Ruigenhoek, Burgwal 51." in paragraphs
