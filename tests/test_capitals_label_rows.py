"""A horoscope's or a guide's rows, each led by a label in capitals and a spaced dash ("KREEFT –
Een goede week voor geld."), set one under the other, are a paragraph each under their box's head:
not one paragraph, nor each label a head. A page written for the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "DE STREEKBODE\n"
    "Weekblad voor de Kempen • 12 maart 2027 • pagina 9 • € 1,50\n\n"
    "Nieuwe bibliotheek opent in het oude gemeentehuis\n"
    "Door Inge Peeters\n\n"
    "De bibliotheek verhuist na twintig jaar naar het\n"
    "oude gemeentehuis aan de markt. De verbouwing\n"
    "kostte bijna twee miljoen euro en duurde een jaar.\n\n"
    "Op zaterdag is er een opendeurdag met koffie en\n"
    "een voorleesuur voor de kinderen van de buurt.\n\n"
    "HOROSCOOP\n\n"
    "RAM – Een drukke week op het werk.\n"
    "STIER – Neem tijd voor je familie.\n"
    "TWEELINGEN – Goed nieuws van ver weg.\n"
    "KREEFT – Een goede week voor geld.\n"
    "LEEUW – Rust wat uit na het weekend.\n\n"
    "De Streekbode, Markt 1, Geel • redactie@streekbode.example.be\n"
)


def test_each_labelled_row_is_a_paragraph_under_the_box_head():
    box = next(a for a in clean_text(PAGE).articles if a.title == "HOROSCOOP")
    assert box.paragraphs == [
        "RAM – Een drukke week op het werk.",
        "STIER – Neem tijd voor je familie.",
        "TWEELINGEN – Goed nieuws van ver weg.",
        "KREEFT – Een goede week voor geld.",
        "LEEUW – Rust wat uit na het weekend.",
    ]
