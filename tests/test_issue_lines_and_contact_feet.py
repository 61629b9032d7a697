"""A weekly's or monthly's issue line under its masthead (the issue's number, volume or price
beside the date, or the month alone) and the contact line at its foot, on short pages written
for each convention (not copied from any gold page)."""

from paperarchive.classify import is_furniture
from paperarchive.pipeline import clean_text

STORY = (
    "Neuadd newydd i’r pentref\n\n"
    "Gan DAFYDD OWEN\n\n"
    "Bydd neuadd newydd yn agor yn y pentref y mis nesaf, wedi tair blynedd o\n"
    "godi arian gan y pwyllgor lleol a grant gan y cyngor sir.\n\n"
    "Mae’r pwyllgor yn diolch i bawb a gyfrannodd at y gwaith, ac yn gwahodd\n"
    "pawb i’r agoriad swyddogol ar nos Wener.\n\n"
)


def test_a_monthlys_masthead_over_its_issue_line_with_month_and_price_is_furniture():
    page = "LLAIS Y FRO\nRhif 218 · Mawrth 2026 · 90c\n\n" + STORY + "Golygydd: Gwen Parri · llais@fro.example\n"
    result = clean_text(page)
    assert list(result.furniture) == ["LLAIS Y FRO", "Rhif 218 · Mawrth 2026 · 90c", "Golygydd: Gwen Parri · llais@fro.example"]
    [article] = result.articles
    assert (article.title, article.byline, len(article.paragraphs)) == ("Neuadd newydd i’r pentref", "Gan DAFYDD OWEN", 2)


def test_a_weeklys_issue_and_volume_numbers_beside_the_day_and_its_address_foot_are_furniture():
    assert is_furniture("Miðvikudagur 4. mars 2026 · 9. tbl. 31. árg.")
    assert is_furniture("Vikublaðið · Aðalgötu 12, Hólmavík · sími 451 3300 · vikubladid.example")
    assert is_furniture("Uredništvo: Ulica kralja Tomislava 5 · tel. 031 200 300 · urednistvo@list.example")


def test_a_writers_name_beside_an_address_and_a_sentence_with_a_month_are_no_furniture():
    assert not is_furniture("Gwen Parri · gwen.parri@fro.example")
    assert not is_furniture("Ers Mawrth 2026 · mae’r côr wedi ennill · tair gwobr")
    assert not is_furniture("Write to us at letters@paper.example · we read every letter")


def test_an_old_weeklys_volume_and_number_around_its_place_and_date_is_furniture():
    page = (
        "THE MILL CREEK BANNER.\nVOL. XXI. MILL CREEK, OHIO, FRIDAY, MARCH 3, 1899. NO. 9.\n\n"
        "THE NEW BRIDGE.\n\n"
        "The county commissioners have let the contract\nfor the new iron bridge over Mill creek to a\n"
        "firm from Dayton, and work will begin as soon\nas the water goes down.\n"
    )
    result = clean_text(page)
    assert "VOL. XXI. MILL CREEK, OHIO, FRIDAY, MARCH 3, 1899. NO. 9." in result.furniture
    assert all("VOL. XXI" not in p for a in result.articles for p in a.paragraphs)
    assert not is_furniture("Engine Co. No. 5 was called out on Friday, March 3, 1899, to a fire.")
