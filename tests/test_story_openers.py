"""A story's opening words (a place in capitals, a place and date, a dateline) say that the short
lines right over them are its head, in any Latin-script language: on short pages written for the
rule (not copied from any gold page)."""

import textwrap

from paperarchive.classify import opens_story
from paperarchive.pipeline import clean_text


def column(text: str) -> str:
    """A paragraph set in a column 52 characters wide, as a newspaper's text prints it."""
    return textwrap.fill(text, 52) + "\n"


def titles(page: str) -> list[str | None]:
    return [a.title for a in clean_text(page).articles]


def test_a_headline_and_its_deck_set_apart_over_a_place_lead_open_a_story():
    page = (
        "Most přes Váh bude hotový v létě\n\n"
        + column("ŽILINA - Stavba nového mostu přes Váh pokračuje podle plánu a první auta by po něm mohla "
                 "jezdit už v červenci. Stavbyvedoucí potvrdil, že práce nezdržela ani dlouhá zima, a firma "
                 "nyní betonuje poslední pilíř na levém břehu řeky.")
        + "\n"
        "Nemocnice v Martině otevře nové oddělení\n"
        "Kraj přispěl na přístroje třiceti miliony\n\n"
        + column("MARTIN - Fakultní nemocnice otevře na jaře nové oddělení dětské chirurgie. Kraj na jeho "
                 "vybavení přispěl třiceti miliony korun a zbytek zaplatí ministerstvo zdravotnictví, které "
                 "slíbilo i peníze na dva nové lékaře.")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Most přes Váh bude hotový v létě", "Nemocnice v Martině otevře nové oddělení"]
    assert articles[1].subtitle == "Kraj přispěl na přístroje třiceti miliony"
    assert articles[1].paragraphs[0].startswith("MARTIN - Fakultní nemocnice")


def test_a_headline_flush_under_the_last_story_over_a_place_in_capitals_with_diacritics_opens_a_story():
    page = (
        "Sbírka pro hasiče vynesla rekord\n\n"
        + column("ŘÍČANY - Dobrovolní hasiči vybrali na plese přes osmdesát tisíc korun. Peníze použijí na "
                 "novou cisternu, kterou chtějí koupit ještě letos, aby mohli vyjíždět i k požárům v lesích "
                 "za městem.")
        +
        "Knihovna prodlouží otevírací dobu\n\n"
        + column("ČESKÝ BROD - Městská knihovna bude od ledna otevřená i v sobotu dopoledne. Rozhodla o tom "
                 "rada města na svém posledním jednání, když knihovnice předložily podpisy více než tří set "
                 "čtenářů.")
    )
    assert titles(page) == ["Sbírka pro hasiče vynesla rekord", "Knihovna prodlouží otevírací dobu"]


def test_a_head_ending_in_a_full_stop_over_a_place_and_date_opens_a_story():
    page = (
        "Der Landtag vertagt ſich.\n\n"
        + column("Dresden, 3. Dez. (Eig. Drahtmeldung.) Der Landtag hat heute nach kurzer Sitzung beſchloſſen, "
                 "ſeine Beratungen bis zum Januar zu vertagen. Die Regierung wird bis dahin den Haushalt "
                 "vorlegen, über den die Parteien ſeit Wochen ſtreiten.")
        + "\n"
        "Neue Poſtkraftlinie.\n\n"
        + column("Leipzig, 3. Dez. Die Reichspoſt eröffnet am Montag eine Kraftpoſtlinie von Leipzig nach "
                 "Grimma, die täglich dreimal in jeder Richtung fährt und auch Pakete bis zu zwanzig Kilo "
                 "mitnimmt.")
    )
    assert titles(page) == ["Der Landtag vertagt ſich.", "Neue Poſtkraftlinie."]


def test_a_signature_over_a_dated_item_is_no_headline_of_it():
    page = (
        "Bekanntmachung.\n\n"
        + column("Die Ausfuhr von Getreide wird vom 1. März an wieder geſtattet. Die Zollämter ſind angewieſen, "
                 "Anträge ohne Verzug zu bearbeiten und jede Sendung nach den neuen Sätzen zu verzollen.")
        + "\n"
        "Der Finanz⸗Miniſter. Meyer.\n\n"
        + column("Brüſſel, 4. März. Es beſtätigt ſich, daß die Regierung die Kammern zum 15. d. M. einberufen "
                 "hat, um über den Vertrag zu beraten, den die Geſandten in der vorigen Woche unterzeichnet haben.")
    )
    assert "Der Finanz⸗Miniſter. Meyer." not in titles(page)


def test_story_openers_in_several_languages_and_lines_that_are_none():
    assert opens_story("BAD TÖLZ – Die Gemeinde hat") and opens_story("WASHINGTON (AP) — More than")
    assert opens_story("Paris, 1er avril. Le roi est arrivé hier soir au château de")
    assert not opens_story("Die Gemeinde hat beschloſſen") and not opens_story("Paris, 1er avril 1814.")
