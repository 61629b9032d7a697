"""Bylines and photo credits in the words of more languages (Malagasy, Yoruba, Hausa, Somali,
isiZulu): pages written for these rules after holdout71's first run; each test fails without them."""

import pytest

from paperarchive.classify import BYLINE, PHOTO_CREDIT
from paperarchive.pipeline import clean_text


# (the last as RapidOCR reads it, with no Yoruba model: the dots below lost)
@pytest.mark.parametrize("line", ["Nataon'i Lalaina Rasoanaivo", "Lati ọwọ Adebayo Ọladele", "Lati owo Adebayo Oladele"])
def test_by_in_malagasy_and_yoruba_opens_a_byline(line):
    assert BYLINE.match(line)


@pytest.mark.parametrize("line", ["Sary: Lalaina Rasoanaivo", "Hoto: Salisu Ɗanladi", "Àwòrán: Bisi Ọla", "Sawir: Cali Xasan"])
def test_photo_in_more_languages_credits_a_picture(line):
    assert PHOTO_CREDIT.match(line)


STORY = (
    "NY FEO ATSINANANA          Alarobia, 8 Septambra 2027          Pejy 12\n\n"
    "Mpampianatra iray no nahazo\n"
    "ny loka lehibe\n\n"
    "Nataon'i Lalaina Rasoanaivo\n\n"
    "Mpampianatra iray avy any Fenoarivo Atsinanana no\n"
    "nahazo ny loka lehibe tamin'ny Loto natao ny\n"
    "alahady teo, hoy ny tompon'andraikitry ny loterie.\n"
    "Efa roapolo taona izy no nilalao isa enina mitovy\n"
    "isan-kerinandro, ary tsy nanova izany mihitsy.\n"
    "Tsy mbola nanambara ny anarany ilay mpandresy,\n"
    "saingy nilaza izy fa hanorina sekoly amin'ny vola.\n"
)


def test_a_malagasy_storys_writer_is_its_byline():
    story = clean_text(STORY).articles[0]
    assert story.byline in ("Nataon'i Lalaina Rasoanaivo", "Lalaina Rasoanaivo")
    assert story.title == "Mpampianatra iray no nahazo ny loka lehibe"
