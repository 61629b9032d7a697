"""A region of a few ragged lines (a brief in a briefs column) shows no paragraph opening of its own;
on a page whose text opens its paragraphs by indent (`formats.reading._page_opens_by_indent`, its
regions told together), a sentence's end short of the edge, where the next word would not have
fitted, is a wrap there as in the page's columns (`_wrapped_short`), unless what follows ends no
sentence (a subhead at a column's foot, a letter's signature). A page written for the rule, in the
shape RapidOCR gave holdout85's Kven briefs column."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

COLUMN = [
    ("Pyssyjoen koulussa alkaa", 94, 416), ("ensi syksynä kainun kielen", 70, 411), ("opetus. Kunta on päättäny,", 68, 410),
    ("ette kaikki oppilhaat saavat", 70, 400), ("kaksi tuntia kieltä vikossa.", 69, 390),
    ("Koulussa oli kainun kielen", 93, 428), ("opetusta viimeksi monta", 70, 381), ("vuosikymmentä sitte.", 69, 330),
    ("Nyt vanhemmat ovat itte", 95, 400), ("pyytänheet, ette kieli", 68, 342), ("otethaan takaisin.", 70, 298),
    ("Opettaja Anneli Rasmussen", 97, 446), ("kertoo, ette koulu kuttuu", 70, 403), ("myös isovanhempia.", 69, 330),
    ("Kunta on saanu valtiolta", 96, 410), ("rahhaa uusiin kirjoihin.", 70, 394),
]
BRIEFS = [
    ("Lyhyesti", 1320, 1441, 173), ("Hiihtokisat. Vesisaaren", 1336, 1652, 221), ("hiihtokisat pietään", 1311, 1548, 261),
    ("lauantaina. Lähtö on kello 11", 1309, 1680, 299), ("urheilukentältä.", 1310, 1513, 336),
    ("Kirjasto. Kaupungin", 1335, 1607, 395), ("kirjasto on kiinni", 1311, 1528, 434), ("maanantaina, ko sinne", 1309, 1599, 471),
    ("asenetaan uusia hyllyjä.", 1308, 1611, 506), ("Kuoro. Kainulaisten kuoro", 1337, 1685, 571), ("hakkee uusia laulajia.", 1308, 1586, 609),
    ("Harjoitukset ovat", 1311, 1535, 647), ("tiistai-iltasin", 1310, 1471, 685), ("seurakuntatalossa.", 1310, 1549, 723),
]


def _rapidocr(lines: list[tuple[str, int, int, int]]) -> str:
    """Each (text, left, right, top) boxed 28 high, as RapidOCR lists its lines."""
    return json.dumps([[[[a, y], [b, y], [b, y + 28], [a, y + 28]], [text, 0.99]] for text, a, b, y in lines], ensure_ascii=False)


def _paragraphs(briefs: list[tuple[str, int, int, int]]) -> list[str]:
    lines = [("Kainun kieli palaa Pyssyjoen kouluun", 67, 1124, 200)]
    lines += [(text, a, b, 372 + 38 * k) for k, (text, a, b) in enumerate(COLUMN)] + briefs
    return [p for article in clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles for p in article.paragraphs]


def test_a_briefs_sentence_ending_short_of_the_edge_wraps_on_an_indenting_page():
    """Before: "Kuoro. Kainulaisten kuoro hakkee uusia laulajia." and "Harjoitukset ovat tiistai-iltasin
    seurakuntatalossa." two paragraphs ("Harjoitukset" would not have fitted after "laulajia.")."""
    assert "Kuoro. Kainulaisten kuoro hakkee uusia laulajia. Harjoitukset ovat tiistai-iltasin seurakuntatalossa." in _paragraphs(BRIEFS)


def test_a_signature_under_the_last_sentence_stays_apart():
    """What follows the short sentence ends none: a signature ("Aila Niskala, Vesisaari") stays its own line."""
    briefs = [*BRIEFS[:11], ("Aila Niskala, Vesisaari", 1311, 1600, 647)]
    paragraphs = _paragraphs(briefs)
    assert not any("laulajia. Aila" in p for p in paragraphs)
