"""A column of small ads as a library's transcriber draws it in PAGE XML, a region to an ad: each
ad is an untitled item of its own, however it closes. Some end on the address set right under
their text, with no stop or on a comma ("Ett bord och två stolar" / "billigt till salu" /
"        Storgatan 31, 2 tr,"); some end their sentence on the address in the text and the next
ad opens at a paragraph's indent ("…Kvarngatan 4, nedre botten." / "   Färska ägg dagligen…");
a rubric set centred ("Katter.") titles the one ad under it, which ends on its seller set right.
A Swedish page written for the case, in the style of a provincial paper of the 1890s."""

from paperarchive.api import clean_file

_BODY = 40  # a text line's height, in pixels
_LEFT, _RIGHT = 100, 1100  # the column's edges
_INDENT = _LEFT + _BODY  # a paragraph's indent: one line's height

# Each ad: its lines as (text, left, right).
_ADS = [
    [
        ("En god cykel", 380, 820),
        ("är till salu för 40 kronor hos", _LEFT, _RIGHT),
        ("Lindqvist,", _LEFT, 420),
        ("Kyrkogatan 7.", 700, 1060),
    ],
    [("Ett bord och två stolar", 300, 900), ("billigt till salu", _LEFT, 600), ("Storgatan 31, 2 tr,", 640, 1080)],
    [("Gödsel bortgives gratis vid sågverket.", _LEFT, _RIGHT)],
    [("En barnvagn i gott skick säljes", _INDENT, 1040), ("Parkvägen 1, n. b.", 600, 1060)],
    [("En nästan ny kappa säljes billigt", _INDENT, _RIGHT), ("Kvarngatan 4, nedre botten.", _LEFT, 800)],
    [("Färska ägg dagligen till salu", _INDENT, _RIGHT), ("hos Andersson, Backen 12.", _LEFT, 760)],
    [("Ett par unga grisar säljes på", _INDENT, _RIGHT), ("Norrgården, Åby.", _LEFT, 520)],
    [("Katter.", 520, 680)],
    [
        ("En grå hankatt, två år gammal, god", _INDENT, _RIGHT),
        ("råttfångare, säljes för 3 kronor. Likaså en", _LEFT, _RIGHT),
        ("kattunge. Hänvändelse till", _LEFT, 620),
        ("A. Berg, Solvik.", 620, 1060),
    ],
    [
        ("En hyllning, två rum och kök,", _INDENT, _RIGHT),
        ("uthyres den 1 oktober", _LEFT, 640),
        ("Västergatan 9.", 700, 1060),
    ],
]


def _region(rid: str, top: int, lines: list[tuple[str, int, int]]) -> tuple[str, int]:
    """A TextRegion holding its lines (each: text, left, right), one under the other; and its
    bottom. A region of one short line set centred is a rubric, in type twice the text's."""
    high = 2 * _BODY if len(lines) == 1 and lines[0][1] > _LEFT + 300 else _BODY
    rows = "".join(
        f'<TextLine><Coords points="{x0},{top + n * (high + 4)} {x1},{top + n * (high + 4)} {x1},{top + n * (high + 4) + high} {x0},{top + n * (high + 4) + high}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
        for n, (text, x0, x1) in enumerate(lines)
    )
    bottom = top + len(lines) * (high + 4)
    return (
        f'<TextRegion id="{rid}"><Coords points="{_LEFT},{top} {_RIGHT},{top} {_RIGHT},{bottom} {_LEFT},{bottom}"/>{rows}</TextRegion>',
        bottom,
    )


def _page(tmp_path, ads=_ADS):
    """The column of `ads` (each its lines, as `_ADS`'s), a region to an ad, read by the cleaner."""
    regions, top = [], 100
    for n, ad in enumerate(ads):
        region, top = _region(f"r{n}", top, ad)
        regions.append(region)
        top += 12
    order = "".join(f'<RegionRefIndexed index="{n}" regionRef="r{n}"/>' for n in range(len(ads)))
    path = tmp_path / "ads.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1200" imageHeight="2400">'
        f'<ReadingOrder><OrderedGroup id="ro">{order}</OrderedGroup></ReadingOrder>'
        + "".join(regions)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def _article_of(page, opening: str):
    return next(a for a in page.articles if any(p.startswith(opening) for p in a.paragraphs))


def test_an_ad_at_a_paragraphs_indent_under_a_sentences_end_is_the_next_ad(tmp_path):
    page = _page(tmp_path)
    assert _article_of(page, "En nästan ny kappa").paragraphs == [
        "En nästan ny kappa säljes billigt Kvarngatan 4, nedre botten."
    ]
    assert _article_of(page, "Färska ägg").paragraphs == ["Färska ägg dagligen till salu hos Andersson, Backen 12."]


def test_an_ad_closed_by_its_address_set_right_ends_there_on_a_comma(tmp_path):
    page = _page(tmp_path)
    assert _article_of(page, "Ett bord").paragraphs == ["Ett bord och två stolar billigt till salu Storgatan 31, 2 tr,"]
    assert _article_of(page, "Gödsel").paragraphs == ["Gödsel bortgives gratis vid sågverket."]


def test_a_rubric_titles_its_one_ad_signed_set_right_and_not_the_next(tmp_path):
    page = _page(tmp_path)
    cat = _article_of(page, "En grå hankatt")
    assert cat.title == "Katter."
    assert cat.paragraphs == [
        "En grå hankatt, två år gammal, god råttfångare, säljes för 3 kronor. Likaså en kattunge. Hänvändelse till A. Berg, Solvik."
    ]
    flat = _article_of(page, "En hyllning")
    assert flat.title is None
    assert flat.paragraphs == ["En hyllning, två rum och kök, uthyres den 1 oktober Västergatan 9."]
