"""Official acts as gazettes print them: the act's name, its "betreffend …" deck, its date line
"Vom <date>.", then a sovereign's preamble or numbered items. Blocks as a layout reader gives
them (each head line a short block of its own), on a page written for the case."""

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks


def _blocks(*rows):
    out, line = [], 1
    for text, kind, gap in rows:
        out.append(Block(tuple(text.split(" / ")), line, gap=gap, kind=kind))
        line += len(out[-1].lines) + gap
    return tuple(out)


def test_an_acts_date_line_and_numbered_items_take_no_headline_from_the_act_above_them():
    page = clean_blocks(
        _blocks(
            ("Geſetz, betreffend die Waſſerverſorgung / der Landgemeinden.", Kind.SHORT, 2),
            ("Vom 12. Mai 1898.", Kind.SHORT, 1),
            ("Wir Luitpold, von Gottes Gnaden königlicher / Prinz von Bayern, Regent,", Kind.SHORT, 1),
            ("verordnen im Namen Seiner Majeſtät des Königs, was folgt: / Die Gemeinden haben für die Verſorgung ihrer Einwohner / mit gutem Trinkwaſſer Sorge zu tragen.", Kind.BODY, 0),
            ("München, den 12. Mai 1898.", Kind.BODY, 0),
            ("Der Staatsminiſter des Innern.", Kind.SHORT, 0),
            ("Bekanntmachung.", Kind.SHORT, 2),
            ("1) Die Anmeldung der Brunnen erfolgt bei dem / Bezirksamte binnen vier Wochen.", Kind.SHORT, 1),
            ("2) Wer die Anmeldung unterläßt, wird mit Geldſtrafe / bis zu dreißig Mark beſtraft.", Kind.BODY, 0),
        )
    )
    act, notice = page.articles
    assert (act.title, act.subtitle) == ("Geſetz, betreffend die Waſſerverſorgung der Landgemeinden.", "Vom 12. Mai 1898.")
    assert act.paragraphs[0].startswith("Wir Luitpold, von Gottes Gnaden")
    assert notice.title == "Bekanntmachung."
    assert notice.paragraphs[0] == "1) Die Anmeldung der Brunnen erfolgt bei dem Bezirksamte binnen vier Wochen."


def test_a_short_line_under_a_headline_that_is_no_date_line_is_still_its_kicker_and_title():
    page = clean_blocks(
        _blocks(
            ("Aus der Hauptſtadt.", Kind.SHORT, 2),
            ("Vom neuen Rathaus.", Kind.SHORT, 1),
            ("Der Bau des neuen Rathauſes ſchreitet raſch voran; die Mauern / ſtehen bereits bis zum zweiten Stock.", Kind.BODY, 1),
        )
    )
    (story,) = page.articles
    assert (story.kicker, story.title) == ("Aus der Hauptſtadt.", "Vom neuen Rathaus.")


def test_a_countrys_name_over_items_opened_by_their_places_is_their_section_and_the_items_have_no_headline():
    page = clean_blocks(
        _blocks(
            ("Bremen. Der Senat hat die neue Hafenordnung / bekannt gemacht.", Kind.BODY, 0),
            ("Ausland.", Kind.SHORT, 2),
            ("Madrid. Die Cortes ſind auf den 1. März einberufen / worden; man erwartet lebhafte Verhandlungen.", Kind.BODY, 1),
            ("Liſſabon. Ein Schiff aus Braſilien bringt die / Nachricht von der Ankunft des Geſandten.", Kind.BODY, 1),
        )
    )
    home, madrid, lisbon = page.articles
    assert (madrid.title, madrid.section) == (None, "Ausland.")
    assert madrid.paragraphs[0].startswith("Madrid. Die Cortes")
    assert lisbon.title is None and lisbon.paragraphs[0].startswith("Liſſabon.")


def test_a_departments_rubric_over_items_with_no_headline_is_the_section_of_each_item():
    page = clean_blocks(
        _blocks(
            ("Der Landtag iſt auf den 4. Oktober einberufen worden.", Kind.BODY, 0),
            ("Vermiſchtes.", Kind.SHORT, 2),
            ("Hamburg, 3. September 1912.", Kind.SHORT, 2),
            ("Der neue Dampfer der Hafengeſellſchaft hat geſtern / ſeine erſte Fahrt nach Helgoland angetreten.", Kind.BODY, 1),
            ("Die Sammlung für die Abgebrannten in Loburg hat / bisher 4200 Mark ergeben.", Kind.BODY, 1),
            ("Im Stadtpark wird am Sonntag ein Konzert der / Feuerwehrkapelle gegeben, der Eintritt iſt frei.", Kind.BODY, 1),
            ("Bei ungünſtigem Wetter findet es in der Turnhalle ſtatt.", Kind.BODY, 0),
        )
    )
    _, steamer, collection, concert = page.articles
    assert [a.title for a in (steamer, collection, concert)] == [None, None, None]
    assert {a.section for a in (steamer, collection, concert)} == {"Vermiſchtes."}
    assert steamer.paragraphs == ["Hamburg, 3. September 1912.", "Der neue Dampfer der Hafengeſellſchaft hat geſtern ſeine erſte Fahrt nach Helgoland angetreten."]
    assert collection.paragraphs == ["Die Sammlung für die Abgebrannten in Loburg hat bisher 4200 Mark ergeben."]
    assert len(concert.paragraphs) == 2


def test_a_countrys_name_over_an_item_not_opened_by_its_place_stays_its_headline():
    page = clean_blocks(
        _blocks(
            ("Bayern.", Kind.SHORT, 2),
            ("Der Landtag hat geſtern das Geſetz über die / Waſſerverſorgung angenommen.", Kind.BODY, 1),
            ("Die Regierung legt ihm im Herbſt den Haushalt vor.", Kind.BODY, 1),
        )
    )
    assert [(a.title, a.section) for a in page.articles] == [("Bayern.", None)]


def test_a_headline_of_words_over_an_item_opened_by_its_place_stays_its_headline():
    page = clean_blocks(
        _blocks(
            ("Brand in der Mühle.", Kind.SHORT, 2),
            ("Lindau. In der Nacht zum Sonntag brannte die alte / Mühle am Hafen bis auf die Grundmauern nieder.", Kind.BODY, 1),
        )
    )
    (story,) = page.articles
    assert (story.title, story.section) == ("Brand in der Mühle.", None)


def test_a_signature_under_a_notice_before_a_wide_space_signs_that_notice_not_the_next():
    page = clean_blocks(
        _blocks(
            ("Konkursverfahren.", Kind.SHORT, 2),
            ("Über das Vermögen des Kaufmanns Otto Berg in Lindau / wird heute das Konkursverfahren eröffnet.", Kind.BODY, 1),
            ("Lindau, den 3. Mai 1887.", Kind.BODY, 0),
            ("Der Gerichtsſchreiber des Amtsgerichts.", Kind.SHORT, 0),
            ("Aufgebot.", Kind.SHORT, 2),
            ("Der Landwirt Karl Weber hat das Aufgebot des verlorenen / Sparkaſſenbuchs Nr. 4711 beantragt.", Kind.BODY, 1),
        )
    )
    bankruptcy, summons = page.articles
    assert bankruptcy.byline == "Der Gerichtsſchreiber des Amtsgerichts."
    assert (summons.title, summons.section, summons.kicker) == ("Aufgebot.", None, None)


def test_a_kicker_set_close_over_its_headline_is_still_its_kicker():
    page = clean_blocks(
        _blocks(
            ("Der Hafen war voll von Schiffen aus aller Welt.", Kind.BODY, 1),
            ("Aus der Provinz.", Kind.SHORT, 2),
            ("Großes Feuer in Tilſit.", Kind.SHORT, 1),
            ("In der Nacht zum Montag brannten in der Deutſchen Straße / drei Häuſer nieder.", Kind.BODY, 1),
        )
    )
    story = page.articles[-1]
    assert (story.kicker, story.title) == ("Aus der Provinz.", "Großes Feuer in Tilſit.")


def test_a_heads_line_that_stops_on_a_comma_goes_on_in_the_title_under_it():
    page = clean_blocks(
        _blocks(
            ("Geburten, Eheſchließungen,", Kind.SHORT, 2),
            ("Sterbefälle und Wanderungen in München im März 1912.", Kind.SHORT, 1),
            ("Nach den Mitteilungen des Statiſtiſchen Amts wurden im März / 1204 Kinder lebend geboren.", Kind.BODY, 1),
        )
    )
    (report,) = page.articles
    assert (report.kicker, report.title) == (None, "Geburten, Eheſchließungen, Sterbefälle und Wanderungen in München im März 1912.")


def test_a_gazettes_non_official_part_over_items_with_no_headline_is_their_section():
    page = clean_blocks(
        _blocks(
            ("Nichtamtliches.", Kind.SHORT, 2),
            ("Der Königlich Schwediſche Geſandte hat Berlin verlaſſen; / die Geſchäfte führt der Legationsrat.", Kind.BODY, 1),
            ("Das Heft 12 des Zentralblatts für das Deutſche Reich / iſt erſchienen.", Kind.BODY, 1),
        )
    )
    assert [(a.title, a.section) for a in page.articles] == [(None, "Nichtamtliches."), (None, "Nichtamtliches.")]


def test_short_lines_under_a_documents_place_and_date_sign_it_and_the_text_under_them_is_the_next_document():
    page = clean_blocks(
        _blocks(
            ("An die Gemeindevorſteher.", Kind.SHORT, 2),
            ("Die Ablieferung des Getreides iſt bis zum 1. Dezember / zu beenden.", Kind.BODY, 1),
            ("Dresden, den 14. November 1918.", Kind.BODY, 0),
            ("Der Miniſter des Innern.", Kind.SHORT, 0),
            ("Uhlig.", Kind.SHORT, 0),
            ("Die Kreishauptmannſchaften haben die Durchführung / zu überwachen.", Kind.BODY, 1),
            ("Dresden, den 15. November 1918.", Kind.BODY, 0),
        )
    )
    appeal, order = page.articles
    assert (appeal.title, appeal.byline) == ("An die Gemeindevorſteher.", "Der Miniſter des Innern. Uhlig.")
    assert appeal.paragraphs[-1] == "Dresden, den 14. November 1918."
    assert order.title is None and order.paragraphs[0].startswith("Die Kreishauptmannſchaften")


def test_a_departments_rubric_over_an_items_head_is_its_section_also_read_into_one_line_with_it():
    page = clean_blocks(
        _blocks(
            ("Der Landtag iſt auf den 4. Oktober einberufen worden.", Kind.BODY, 0),
            ("Handel und Gewerbe. Zur Lage der Spinnereien.", Kind.SHORT, 2),
            ("Die ſächſiſchen Spinnereien melden für den September / volle Beſchäftigung.", Kind.BODY, 1),
            ("Vermiſchtes.", Kind.SHORT, 2),
            ("Brand in der Mühle.", Kind.SHORT, 0),
            ("In der Nacht zum Sonntag brannte die alte Mühle / am Hafen bis auf die Grundmauern nieder.", Kind.BODY, 1),
        )
    )
    _, spinning, fire = page.articles
    assert (spinning.section, spinning.kicker, spinning.title) == ("Handel und Gewerbe.", None, "Zur Lage der Spinnereien.")
    assert (fire.section, fire.kicker, fire.title) == ("Vermiſchtes.", None, "Brand in der Mühle.")


def test_a_german_continuation_note_is_furniture_and_the_text_under_it_a_story_of_its_own():
    page = clean_blocks(
        _blocks(
            ("Handelsteil.", Kind.SHORT, 2),
            ("Die Lage am Getreidemarkt.", Kind.SHORT, 1),
            ("Die Zufuhren aus dem Oſten blieben in der letzten Woche / unter dem Durchſchnitt des Vorjahrs, die Preiſe in v. H.", Kind.BODY, 1),
            ("Die Mühlen kauften nur das Nötigſte. „Eine Beſſerung / iſt erſt nach der Ernte zu erwarten.“", Kind.BODY, 0),
            ("Fortſetzung des Handelsteils auf der nächſten Seite.", Kind.UNKNOWN, 2),
            ("Leipzig, 3. September. Die Meſſe ſchloß mit / guten Abſchlüſſen im Textilgewerbe.", Kind.BODY, 2),
        )
    )
    assert "Fortſetzung des Handelsteils auf der nächſten Seite." in page.furniture
    market, fair = page.articles
    assert market.paragraphs[-1].endswith("nach der Ernte zu erwarten.“")
    assert fair.title is None and fair.paragraphs == ["Leipzig, 3. September. Die Meſſe ſchloß mit guten Abſchlüſſen im Textilgewerbe."]
