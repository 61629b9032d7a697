"""A writer's name over an e-mail address, set right under a headline, is the story's byline, in
the languages of Latin-script papers: not a second headline over its text. Pages written for the
convention, not copied from any gold page."""

import textwrap

from paperarchive.pipeline import clean_text


def _para(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 54)) + "\n\n"


TEXT = ("Uimahallin remontti alkaa tammikuussa. Altaat, pukuhuoneet ja ilmanvaihto uusitaan, ja "
        "hallin katto korjataan samalla kertaa.")
MORE = ("Koululaisten uintitunnit siirretään naapurikunnan halliin, jonne oppilaat kuljetetaan bussilla "
        "kahdesti viikossa. Kuljetukset maksaa kaupunki, ja niihin varataan kevään talousarviossa "
        "noin neljäkymmentätuhatta euroa.")


def test_a_name_over_an_e_mail_address_under_the_headline_is_the_byline():
    page = "Uimahalli suljetaan vuodeksi\n\nSatu Korhonen\nsatu.korhonen@lehti.example\n\n" + _para(TEXT) + _para(MORE)
    [article] = clean_text(page).articles
    assert article.byline == "Satu Korhonen"
    assert article.paragraphs == [TEXT, MORE]
