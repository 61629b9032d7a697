"""A kicker of one word of three capitals ("BRO": the district) flush over a Title Case head,
its deck and byline, is the story's kicker, not the head's first word. A page written for the
class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "Y GLORIAN\n"
    "Papur Bro Dyffryn Aeron • Mawrth 2027 • Tudalen 3 • 90c\n\n"
    "BRO\n"
    "Canolfan Newydd i Bentref Llanarth\n"
    "Agor neuadd y pentref ar ôl dwy flynedd o waith\n"
    "Gan Elin Rhys\n\n"
    "Agorwyd neuadd newydd y pentref ddydd Sadwrn,\n"
    "a daeth dros gant o bobl i weld yr adeilad. Mae\n"
    "lle i gaffi bach a swyddfa i'r cyngor cymuned.\n\n"
    "Costiodd y gwaith hanner miliwn o bunnoedd, a\n"
    "chasglodd y pentrefwyr eu hunain ran fawr o'r\n"
    "arian mewn ffeiriau a chyngherddau.\n\n"
    "Y Glorian, Heol y Bont 2, Aberaeron • golygydd@glorian.example.cymru\n"
)


def test_the_three_capitals_over_the_head_are_its_kicker():
    article = clean_text(PAGE).articles[0]
    assert (article.kicker, article.title) == ("BRO", "Canolfan Newydd i Bentref Llanarth")
    assert article.subtitle == "Agor neuadd y pentref ar ôl dwy flynedd o waith"
