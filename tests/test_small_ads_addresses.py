"""A German paper's column of small ads ("Kleine Anzeigen"), each ad ending on its street
address: an ad the layout set large is no headline, and an address line the zoner cut off its ad
ends that ad, not titles the ads under it. Blocks written for the class."""

from paperarchive.models import Block, Kind
from paperarchive.segment import ends_on_an_address, segment


def _ads(*pieces: tuple[str, Kind]) -> list:
    # each ad set apart by a wide space, as `reading.small_ads_apart` measures it (gap 2)
    blocks = tuple(Block((text,), 3 * n, gap=2, kind=kind) for n, (text, kind) in enumerate(pieces))
    return segment(blocks).articles


def test_an_ad_set_large_is_an_untitled_ad_like_the_others():
    articles = _ads(
        ("Ein guter Handwagen iſt billig zu verkaufen Lindenweg 12, part.", Kind.BODY),
        ("Ein faſt neuer Kleiderſchrank iſt für 20 Mk. zu verkaufen Mühlſtr. 8, 1 Tr.", Kind.HEADLINE),
        ("Zwei junge Ziegen ſind preiswerth abzugeben Gartenſtraße 3.", Kind.BODY),
    )
    assert [a.title for a in articles] == [None, None, None]
    assert articles[1].paragraphs == ["Ein faſt neuer Kleiderſchrank iſt für 20 Mk. zu verkaufen Mühlſtr. 8, 1 Tr."]


def test_an_address_line_alone_ends_the_ad_above_it():
    articles = _ads(
        ("Ein Kinderbett, faſt neu, billig zu verk.", Kind.BODY),
        ("Neumarkt, Bergſtr. 4, im Laden.", Kind.SHORT),
        ("Ein Paar fette Gänſe zu verkaufen Kirchgaſſe 7.", Kind.BODY),
    )
    assert [a.title for a in articles] == [None, None]
    assert articles[0].paragraphs == ["Ein Kinderbett, faſt neu, billig zu verk. Neumarkt, Bergſtr. 4, im Laden."]


def test_a_head_that_names_a_street_is_still_a_head():
    assert not ends_on_an_address("Der Brand in der Hauptſtraße.")
    assert not ends_on_an_address("Die Neue Straße 4 wird für den Verkehr freigegeben.")
    articles = _ads(
        ("Großfeuer in der Lindenſtraße.", Kind.HEADLINE),
        ("Geſtern Abend brach in dem Hauſe Lindenſtraße 5 ein Feuer aus, das die Wehr bald löſchte.", Kind.BODY),
    )
    assert articles[0].title == "Großfeuer in der Lindenſtraße."
