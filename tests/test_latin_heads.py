"""Heads of Latin-script library pages from their geometry (formats/heads.py and the story
breaks of formats/reading.py), on regions written for each rule: a made-up page of a
French daily, an Austrian one and an English inner page, with the boxes such pages have."""

from paperarchive.formats.reading import Box, Line, Region, to_blocks
from paperarchive.pipeline import clean_blocks


def line(text: str, left: float, top: float, right: float, height: float = 40) -> Line:
    return Line(text, Box(left, top, right, top + height))


def region(*lines: Line) -> Region:
    boxes = [printed.box for printed in lines]
    return Region(tuple(lines), Box(min(b.left for b in boxes), min(b.top for b in boxes), max(b.right for b in boxes), max(b.bottom for b in boxes)))


def column(left: float, top: float, texts: list[str], right: float | None = None) -> Region:
    right = right or left + 1000
    return region(*(line(text, left, top + 45 * k, right) for k, text in enumerate(texts)))


BODY = [
    "Les députés se sont réunis hier au palais pour entendre la lecture",
    "du rapport que le ministre avoit promis de leur présenter avant la",
    "fin de la session, et la séance a duré jusqu'au soir sans interruption.",
    "On assure que la discussion reprendra demain matin à dix heures.",
]


def cleaned(regions):
    return clean_blocks(to_blocks(regions))


def test_the_papers_name_and_date_over_the_columns_are_furniture_not_the_first_title():
    page = cleaned([
        region(line("MERCREDI 6 JUILLET 1814.", 400, 60, 900)),
        region(line("LE COURRIER DU SOIR", 560, 200, 1640, 110)),
        region(line("POLITIQUE ET LITTÉRAIRE.", 700, 350, 1500, 75)),
        column(100, 600, ["NOUVELLES.", *BODY]),
        column(1150, 600, BODY + BODY),
    ])
    assert "LE COURRIER DU SOIR" in page.furniture and "POLITIQUE ET LITTÉRAIRE." in page.furniture
    assert "MERCREDI 6 JUILLET 1814." in page.furniture
    assert all(a.title not in ("LE COURRIER DU SOIR", "MERCREDI 6 JUILLET 1814.") for a in page.articles)


def test_an_issue_number_and_date_under_the_name_are_furniture():
    page = cleaned([
        region(line("Tiroler Bote.", 300, 60, 900, 50)),
        region(line("No 96.", 300, 200, 560, 90)),
        region(line("14. März 1861.", 1000, 200, 1400, 90)),
        column(100, 400, ["Die Versammlung hat gestern ihre Sitzungen geschlossen, und",
                          "die Abgeordneten sind heute früh in ihre Heimat abgereist, nachdem",
                          "der Präsident die Sitzung mit einer kurzen Rede beendet hatte."], right=1400),
    ])
    assert {"No 96.", "14. März 1861."} <= set(page.furniture)
    assert all(a.title not in ("No 96.", "14. März 1861.") for a in page.articles)


def test_a_banner_headline_under_an_inner_pages_running_head_stays_a_headline():
    """The date line makes a band an issue head; a headline over its deck, set from the
    column's edge, is still the story's (a modern inner page)."""
    page = cleaned([
        region(line("The Millbrook Echo", 90, 70, 620, 33)),
        region(line("Friday, March 6, 2026   Page 7", 1190, 75, 1710, 29)),
        region(line("Flood Barrier Finished Ahead of Spring Rains", 93, 240, 1560, 57)),
        region(line("Engineers say the new wall will hold a once-a-century tide", 92, 385, 1045, 31)),
        column(91, 500, ["The barrier along the river was finished on Thursday, two",
                         "months early, and the town council thanked the crews who",
                         "worked through the winter to close the last gap in the wall."], right=600),
    ])
    assert any(a.title and a.title.startswith("Flood Barrier Finished") for a in page.articles)


def centred(text: str, top: float, width: float) -> Line:
    return line(text, 100 + (1000 - width) / 2, top, 1100 - (1000 - width) / 2)


def test_a_heading_set_centred_in_body_type_opens_a_story_and_the_date_line_over_it_is_its_kicker():
    column_lines = [
        line("et les troupes sont rentrées hier au soir dans leurs quartiers d'hiver", 100, 0, 1100),
        line("sans que l'ennemi ait tenté de les inquiéter dans leur retraite.", 100, 45, 800),
        centred("Lyon, 3 mars.", 90, 360),
        centred("Ordonnance du préfet sur les grains.", 135, 700),
        line("Habitans du Rhône,", 260, 180, 640),
        line("Le préfet du département, voulant assurer la subsistance des", 150, 225, 1100),
        line("communes pendant l'hiver, ordonne ce qui suit aux marchands de", 100, 270, 1100),
        line("grains de la ville et des faubourgs, sous peine d'amende.", 100, 315, 900),
    ]
    page = cleaned([region(*column_lines)])
    ordonnance = next(a for a in page.articles if a.title == "Ordonnance du préfet sur les grains.")
    assert ordonnance.kicker == "Lyon, 3 mars."
    assert ordonnance.paragraphs[-1].endswith("sous peine d'amende.")
    assert page.articles[0].paragraphs[-1].endswith("dans leur retraite.")


def test_a_signature_set_centred_opens_no_story():
    """"Pour copie conforme :" over the signer's name: no line of text under them."""
    column_lines = [
        line("Le présent arrêté sera imprimé, publié et affiché dans toutes les", 100, 0, 1100),
        line("communes du département.", 100, 45, 600),
        centred("Pour copie conforme :", 90, 400),
        line("PIERRE DURAND, secrétaire-général.", 450, 135, 1000),
        centred("Le préfet, MARTIN.", 180, 380),
    ]
    page = cleaned([region(*column_lines)])
    assert [a.title for a in page.articles] == [None]


def test_a_few_lines_set_centred_over_the_text_below_as_regions_of_their_own_are_its_heads():
    text = column(100, 400, [
        "Die Gemeinde hat im vergangenen Jahre die neue Schule gebaut, und",
        "die Kinder des Dorfes werden seit Ostern darin unterrichtet, wie der",
        "Pfarrer in seinem Berichte an das Consistorium schreibt.",
    ])
    page = cleaned([
        column(100, 0, ["und damit schloss der Bericht des Amtmanns über die Ernte", "dieses Jahres, die reicher ausfiel als man gehofft hatte."]),
        region(line("3.", 585, 200, 615, 25)),
        region(line("Nachricht von der", 380, 240, 820, 50), line("neuen Dorfschule.", 330, 300, 870, 50)),
        region(line("(Aus einem Briefe.)", 420, 360, 780, 35)),
        text,
    ])
    assert [(a.kicker, a.title) for a in page.articles][-1] == ("3.", "Nachricht von der neuen Dorfschule.")


def test_a_short_line_at_a_columns_left_edge_is_no_centred_head():
    """A paragraph's last line, set from the left edge, is text, not a head over the next."""
    page = cleaned([
        region(line("Die Sitzung wurde um sechs Uhr", 100, 200, 600, 40)),
        column(100, 260, [
            "Am folgenden Tage trat die Versammlung wieder zusammen, und der",
            "Präsident eröffnete die Berathung über den Haushalt des Landes.",
        ]),
    ])
    assert all(a.title is None for a in page.articles)


def test_a_head_the_files_order_puts_after_its_text_goes_back_over_it():
    """A PAGE ReadingOrder (or an engine) may list a head after the story it stands on."""
    story = column(100, 300, [
        "Die Ziehung der Lose hat heute begonnen; die ersten Gewinne fielen",
        "auf die Serien 12, 480 und 1377, wie das Amt soeben bekannt macht.",
    ])
    after = column(100, 420, [
        "Aus Graz schreibt man, dass die Bahn bis zum Herbst fertig werden",
        "soll, wenn das Wetter es erlaubt und die Arbeiter bleiben.",
    ])
    head = region(line("Depesche.", 480, 245, 720, 45))
    page = cleaned([column(100, 0, ["Der Landtag hat gestern die Sitzung geschlossen und die Abgeordneten", "sind nach Hause gereist, wie man uns meldet."]), story, after, head])
    assert not any("Depesche." in p for a in page.articles for p in a.paragraphs)
    lottery = next(a for a in page.articles if a.paragraphs and a.paragraphs[0].startswith("Die Ziehung"))
    assert "Depesche." in (lottery.title, lottery.kicker)


def test_a_dated_item_starts_its_own_story_though_the_text_above_breaks_off():
    """"Wien, 29. Juni." opens a news item: the item above, cut where the page's text of it
    ends ("…begegnen,"), is not joined to it."""
    page = cleaned([
        column(100, 0, ["Aus Wien, 26. Juni, schreibt man, dass die beiden Mächte sich", "künftig nicht mehr in entgegengesetzten Lagern begegnen,"]),
        column(100, 120, ["Wien, 29. Juni. Die Beunruhigung über die letzten Pläne hat", "neue Nahrung erhalten, wie die Zeitungen berichten."]),
    ])
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert paragraphs[0].endswith("begegnen,") and paragraphs[1].startswith("Wien, 29. Juni.")
    assert len(page.articles) == 2


def test_a_headline_in_capitals_that_stops_mid_phrase_goes_on_in_the_next_capitals_line():
    """Set apart as they are, "DISCOURS" / "DE M. LE COMTE DE BLACAS," is one headline; a
    capitals deck under a headline that ends its phrase stays its subtitle."""
    text = column(100, 300, BODY)
    page = cleaned([
        column(100, -200, BODY[:2]),
        region(line("DISCOURS", 450, 40, 750, 90)),
        region(line("DE M. LE COMTE DE BLACAS,", 250, 160, 950, 70)),
        text,
    ])
    assert page.articles[-1].title == "DISCOURS DE M. LE COMTE DE BLACAS,"
    page = cleaned([
        column(100, -200, BODY[:2]),
        region(line("LA PAIX SIGNÉE.", 400, 40, 800, 90)),
        region(line("LES ALLIÉS QUITTENT PARIS.", 250, 160, 950, 70)),
        text,
    ])
    assert (page.articles[-1].title, page.articles[-1].subtitle) == ("LA PAIX SIGNÉE.", "LES ALLIÉS QUITTENT PARIS.")


MARKET = [
    "Am Samstag wurde der neue Markt auf dem Rathausplatz eröffnet, und",
    "die Bauern der umliegenden Dörfer brachten Obst und Gemüse in",
    "solcher Menge, dass die Stände bis zum Abend nicht leer wurden.",
]
BRIDGE = [
    "Die Brücke über den Inn wird seit Montag ausgebessert; der Verkehr",
    "geht bis auf Weiteres über die Fähre unterhalb der Mühle, wie das",
    "Bauamt mitteilt, und die Arbeiten sollen im Herbst fertig sein.",
]


def test_a_rubric_in_headline_type_over_small_heads_is_a_section_and_each_small_head_a_story():
    page = cleaned([
        region(line("Aus Stadt und Land", 250, 0, 850, 80)),
        region(line("Der neue Markt", 400, 100, 700)),
        column(100, 150, MARKET),
        region(line("Die Innbrücke gesperrt", 350, 300, 750)),
        column(100, 350, BRIDGE),
    ])
    assert [(a.section, a.title) for a in page.articles] == [("Aus Stadt und Land", "Der neue Markt"), (None, "Die Innbrücke gesperrt")]
    assert page.articles[1].paragraphs[0].startswith("Die Brücke über den Inn")


def test_a_headline_over_a_deck_of_two_lines_with_a_subhead_further_down_stays_one_story():
    page = cleaned([
        region(line("Der neue Markt", 250, 0, 850, 80)),
        region(line("Die Bauern der Dörfer bringen Obst und", 200, 100, 900), line("Gemüse auf den Rathausplatz", 300, 145, 800)),
        column(100, 200, MARKET),
        region(line("Die Innbrücke gesperrt", 350, 350, 750)),
        column(100, 400, BRIDGE),
    ])
    assert len(page.articles) == 1 and page.articles[0].headings == ["Die Innbrücke gesperrt"]


def test_a_name_in_capitals_over_a_centred_dateline_and_head_is_the_section_not_the_title():
    page = cleaned([
        region(line("ESPAGNE.", 500, 0, 700)),
        region(
            line("Madrid, 4 mai.", 450, 60, 750),
            line("Décret du Roi sur les postes.", 350, 105, 850),
            line("Le Roi a ordonné que les courriers partiront deux fois la semaine pour", 100, 150, 1100),
            line("toutes les villes du royaume, à commencer du premier juin prochain.", 100, 195, 1000),
        ),
    ])
    assert [(a.section, a.kicker, a.title) for a in page.articles] == [("ESPAGNE.", "Madrid, 4 mai.", "Décret du Roi sur les postes.")]


def test_a_name_in_capitals_over_its_text_stays_the_title():
    page = cleaned([
        region(line("ESPAGNE.", 500, 0, 700)),
        column(100, 60, ["Madrid, 4 mai. Le Roi a ordonné que les courriers partiront deux fois", "la semaine pour toutes les villes du royaume."]),
    ])
    assert [(a.section, a.title) for a in page.articles] == [(None, "ESPAGNE.")]


def test_a_centred_head_in_text_type_inside_a_story_under_a_display_headline_is_its_heading():
    column_lines = [
        line("die Kinder des Dorfes werden seit Ostern darin unterrichtet, wie der", 100, 200, 1100),
        line("Pfarrer in seinem Berichte an das Consistorium schreibt.", 100, 245, 900),
        line("Die neue Orgel.", 450, 300, 750),
        line("Auch die Kirche hat in diesem Jahre eine neue Orgel erhalten, die", 150, 345, 1100),
        line("der Orgelbauer aus der Stadt in sechs Wochen aufgestellt hat, und", 100, 390, 1100),
        line("am Sonntag wurde sie zum ersten Male gespielt.", 100, 435, 800),
    ]
    page = cleaned([
        region(line("AUS DEM DORFE", 250, 0, 850, 100)),
        column(100, 120, ["Die Gemeinde hat im vergangenen Jahre die neue Schule gebaut, und"]),
        region(*column_lines),
    ])
    assert [(a.title, a.headings) for a in page.articles] == [("AUS DEM DORFE", ["Die neue Orgel."])]


def test_a_centred_head_in_text_type_opens_a_story_where_no_story_has_a_display_headline():
    column_lines = [
        line("die Kinder des Dorfes werden seit Ostern darin unterrichtet, wie der", 100, 200, 1100),
        line("Pfarrer in seinem Berichte an das Consistorium schreibt.", 100, 245, 900),
        line("Die neue Orgel.", 450, 300, 750),
        line("Auch die Kirche hat in diesem Jahre eine neue Orgel erhalten, die", 150, 345, 1100),
        line("der Orgelbauer aus der Stadt in sechs Wochen aufgestellt hat, und", 100, 390, 1100),
        line("am Sonntag wurde sie zum ersten Male gespielt.", 100, 435, 800),
    ]
    page = cleaned([region(*column_lines)])
    assert [a.title for a in page.articles] == [None, "Die neue Orgel."]


def _alto(*lines: list[str]) -> str:
    """An ALTO page of one block, a line per list of words."""
    body = "".join(
        f'<TextLine HPOS="0" VPOS="{60 * k}" WIDTH="900" HEIGHT="50">'
        + "<SP/>".join(f'<String CONTENT="{word}" HPOS="{90 * n}" VPOS="{60 * k}" WIDTH="80" HEIGHT="50"/>' for n, word in enumerate(words))
        + "</TextLine>"
        for k, words in enumerate(lines)
    )
    return f'<alto><Layout><Page><PrintSpace><TextBlock HPOS="0" VPOS="0" WIDTH="900" HEIGHT="900">{body}</TextBlock></PrintSpace></Page></Layout></alto>'


def test_dust_read_as_words_in_a_capitals_head_is_dropped_and_running_text_keeps_its_letters():
    from paperarchive.formats.alto import alto_regions

    page = _alto(
        ["FERRY", "SINKS", "AT", "j"],
        ["MOORINGS", "1"],
        [">", "CREW", "OF", "9", "SAVED", "."],
        ["The", "ferry", "went", "down", "at", "a", "pier", "in", "i", "minute."],
    )
    texts = [printed.text for printed in alto_regions(page)[0][0].lines]
    assert texts == ["FERRY SINKS AT", "MOORINGS", "CREW OF 9 SAVED", "The ferry went down at a pier in i minute."]


def test_a_centred_head_in_text_type_inside_a_column_opens_a_story_where_most_stories_open_under_such_heads():
    """A department's name printed large over the column does not make the page one of display
    headlines: its stories open under centred heads in text type, the column's first head as
    those inside it."""
    def news(top: float, head: str, texts: list[str]) -> list[Line]:
        return [line(head, 450, top, 700), *(line(text, 100 if k else 150, top + 45 * (k + 1), 1100) for k, text in enumerate(texts))]

    town = ["Der Stadtrat hat in seiner gestrigen Sitzung die neue Brücke", "über den Fluß bewilligt, deren Bau im Frühjahr beginnen soll,", "wenn das Wasser gefallen ist."]
    harbour = ["Im Hafen sind in dieser Woche zwölf Schiffe eingelaufen, die", "Getreide und Holz aus den Ostseehäfen gebracht haben; zwei", "davon liegen noch auf der Reede."]
    market = ["Auf dem Wochenmarkt waren die Preise für Butter und Eier", "gegen die Vorwoche unverändert, Kartoffeln etwas billiger, das", "Obst teurer als im Vorjahre."]
    page = cleaned([
        region(line("Nichtamtliches.", 350, 0, 850, 80)),
        region(*news(120, "Bremen.", town), *news(330, "Stettin.", harbour), *news(540, "Danzig.", market)),
    ])
    assert [a.title for a in page.articles] == ["Bremen.", "Stettin.", "Danzig."]
    assert page.articles[2].paragraphs[0].startswith("Auf dem Wochenmarkt")


def test_the_day_and_the_page_with_its_section_set_apart_among_the_heads_are_furniture():
    # an engine's regions of a Portuguese page: the day over the nameplate, the folio line under it
    page = cleaned([
        region(line("Quarta-feira, 2 de dezembro de 2026", 100, 60, 900, 30)),
        region(line("GAZETA DO VALE", 300, 160, 1700, 110)),
        region(line("Página 7 | Cidades", 100, 330, 600, 30)),
        region(line("Ponte nova fica pronta em março", 100, 450, 1900, 70)),
        column(100, 600, [
            "A nova ponte sobre o Rio Claro deve ser entregue em março, segundo a",
            "prefeitura. Faltam apenas o asfalto e a sinalização das duas pistas,",
            "que ligam o centro da cidade ao bairro do Jardim das Flores.",
        ], right=1900),
    ])
    assert {"Quarta-feira, 2 de dezembro de 2026", "Página 7 | Cidades"} <= set(page.furniture)
    assert [a.title for a in page.articles] == ["Ponte nova fica pronta em março"]
    assert page.articles[0].section is None
