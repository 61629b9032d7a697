"""German and French local pages: their bylines, Kürzel and running heads, on short pages
written for each convention (not copied from any gold page)."""

import pytest

from paperarchive.classify import EUROPEAN_BYLINE
from paperarchive.pipeline import clean_text


def test_a_german_von_byline_names_the_writer_without_the_opener():
    page = (
        "Freibad öffnet zwei Wochen früher\n\n"
        "VON MARTIN HOLZAPFEL\n\n"
        "  LINDENAU. Das Freibad am Mühlweg öffnet in diesem Jahr schon am\n"
        "1. Mai. Der Förderverein hat die Reinigung der Becken übernommen.\n"
    )
    article = clean_text(page).articles[0]
    assert (article.title, article.byline) == ("Freibad öffnet zwei Wochen früher", "MARTIN HOLZAPFEL")


def test_a_french_par_byline_names_the_writer_without_the_opener():
    page = (
        "La fromagerie du col rouvre ses portes\n\n"
        "Par Amandine Rochat\n\n"
        "Fermée depuis l’automne, la fromagerie du col accueille de nouveau les\n"
        "visiteurs depuis samedi. Le nouveau gérant y vend aussi du miel local.\n"
    )
    article = clean_text(page).articles[0]
    assert (article.title, article.byline) == ("La fromagerie du col rouvre ses portes", "Amandine Rochat")


def test_a_sentence_opening_on_par_or_von_is_no_byline():
    assert EUROPEAN_BYLINE.match("Par Élodie Vasseur-Martin")
    assert EUROPEAN_BYLINE.match("Von Jörg Wendel")
    assert not EUROPEAN_BYLINE.match("Par ailleurs, le maire a confirmé")
    assert not EUROPEAN_BYLINE.match("Von Montag an gilt der neue Fahrplan")



@pytest.mark.parametrize(
    "kicker, title, lead, byline, name",
    [
        (
            "TRANSPORT",
            "Linia de autobuz spre Valea Rece, prelungită din ianuarie",
            "Cursele vor opri și în cartierul nou de lângă gară, la cererea locuitorilor.",
            "de Mihai Dumitrescu",
            "Mihai Dumitrescu",
        ),
        (
            "SAĦĦA",
            "Ċentru tas-saħħa ġdid fil-Belt se jiftaħ f'Marzu",
            "Il-kliniki se jkunu miftuħa sa tard filgħaxija, anke s-Sibt.",
            "minn Ġużi Vella",
            "Ġużi Vella",
        ),
    ],
)
def test_a_romanian_or_maltese_byline_closes_its_head_stack(kicker, title, lead, byline, name):
    page = (
        f"{kicker}\n{title}\n{lead}\n{byline}\n\n"
        "Primul paragraf al articolului descrie pe larg ce s-a hotărât ieri\n"
        "în ședința consiliului local, și cine a votat pentru proiect.\n\n"
        "Al doilea paragraf spune când încep lucrările și cât vor costa.\n"
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title, article.subtitle, article.byline) == (kicker, title, lead, name)
    assert not EUROPEAN_BYLINE.match("de la Primărie până la gară")  # a line of text, not a name


@pytest.mark.parametrize(
    "title, name",
    [
        ("Biblioteka atvers duris sausį", "Ona PETRAITYTĖ"),  # Lithuanian
        ("La médiathèque rouvre en janvier", "Anne-Marie LEFÈVRE"),  # French
    ],
)
def test_a_name_with_its_surname_in_capitals_under_a_headline_is_its_byline(title, name):
    page = (
        "Turgus persikelia į naują aikštę\n\n"
        "Nuo kitos savaitės ūkininkų turgus vyks naujoje\n"
        "aikštėje prie autobusų stoties. Prekeiviai sako,\n"
        "kad vietos čia daugiau, o pirkėjams patogiau.\n\n"
        f"{title}\n{name}\n\n"
        "Pirmoji pastraipa pasakoja, kas nutiko ir kada, o\n"
        "antroji sakinio dalis paaiškina, kodėl tai svarbu\n"
        "skaitytojams ir ką jie gali padaryti patys.\n\n"
        "Antroji pastraipa priduria dar keletą smulkmenų\n"
        "apie darbo laiką ir renginius vaikams.\n"
    )
    article = clean_text(page).articles[-1]
    assert (article.title, article.byline) == (title, name)


def test_an_interview_under_its_head_stack_stays_one_story_from_its_first_question():
    # A Czech interview: no speaker marks, each question a line of its own, an answer opening on
    # a number word and a full stop, a caption credited to "archív" in lower case.
    page = "\n".join(
        [
            "JIŽNÍ LISTY   úterý 8. prosince 2026   REGION   4",
            "",
            "Hasiči mají po letech nové auto",
            "Sbor dobrovolných hasičů ve Lhotě dostal cisternu od kraje. Velitel Jan Dvořák říká, co se změní.",
            "KAREL NOVOTNÝ",
            "",
            "Kolik výjezdů jste letos měli?",
            "",
            "Třicet. Většinou šlo o popadané stromy po",
            "bouřce v srpnu a o dvě dopravní nehody na",
            "silnici do města.",
            "",
            "Stará cisterna jezdí u sboru od roku 1988.",
            "Foto: archív",
            "",
            "Co nové auto umí?",
            "",
            "Veze čtyři tisíce litrů vody a má navijáky,",
            "takže vytáhneme i auto z příkopu.",
        ]
    )
    (article,) = clean_text(page).articles
    assert (article.title, article.byline) == ("Hasiči mají po letech nové auto", "KAREL NOVOTNÝ")
    assert article.paragraphs[0] == "Kolik výjezdů jste letos měli?"
    assert article.paragraphs[1].startswith("Třicet. Většinou")
    assert [(c.text, c.credit) for c in article.captions] == [("Stará cisterna jezdí u sboru od roku 1988.", "Foto: archív")]


def test_a_kuerzel_set_right_under_a_short_story_is_its_byline():
    page = (
        "Neuer Radweg nach Hausen\n\n"
        "  Der Radweg zwischen Lindenau und\n"
        "Hausen ist fertig. Er führt auf drei\n"
        "Kilometern an der Bahnlinie entlang.\n\n\n"
        "Wochenmarkt zieht um\n\n"
        "  Der Wochenmarkt findet wegen der\n"
        "Bauarbeiten am Rathaus bis Ende Mai\n"
        "auf dem Parkplatz an der Stadthalle\n"
        "statt. Die Zeiten bleiben gleich.\n"
        "                             (mbr)\n"
    )
    radweg, markt = clean_text(page).articles
    assert (radweg.title, radweg.byline) == ("Neuer Radweg nach Hausen", None)
    assert (markt.title, markt.byline) == ("Wochenmarkt zieht um", "(mbr)")
    assert markt.paragraphs[-1].endswith("Die Zeiten bleiben gleich.")


STACKED_GERMAN = (
    "KREISBLATT · Dienstag, 3. Februar 2026 · Seite 14 · Aus der Region\n\n"
    "Kreistag\n"
    "Klinik in Lindenau bekommt\n"
    "einen neuen Anbau\n"
    "Baubeginn im Herbst – Kosten von 14 Millionen Euro\n\n"
    "VON PETRA LOHMEIER\n\n"
    "  LINDENAU. Das Kreiskrankenhaus in\n"
    "Lindenau bekommt einen Anbau für die\n"
    "Notaufnahme. Der Kreistag hat den\n"
    "Plänen am Montag zugestimmt.\n"
    "  Die Arbeiten sollen im Herbst\n"
    "beginnen und zwei Jahre dauern.\n\n"
    "Kreisredaktion Lindenau · Telefon 06421 1234-0 · lindenau@example.de\n"
)


def test_a_dachzeile_headline_and_unterzeile_over_a_von_byline_are_kicker_title_and_subtitle():
    page = clean_text(STACKED_GERMAN)
    (article,) = page.articles
    assert (article.kicker, article.title, article.subtitle, article.byline) == (
        "Kreistag",
        "Klinik in Lindenau bekommt einen neuen Anbau",
        "Baubeginn im Herbst – Kosten von 14 Millionen Euro",
        "PETRA LOHMEIER",
    )
    assert page.furniture == (
        "KREISBLATT · Dienstag, 3. Februar 2026 · Seite 14 · Aus der Region",
        "Kreisredaktion Lindenau · Telefon 06421 1234-0 · lindenau@example.de",
    )


def test_a_surtitre_over_a_sentence_case_headline_is_its_kicker():
    page = (
        "TRAVAUX\n"
        "Le pont de la Sorne fermé\n"
        "jusqu’à la fin du mois\n\n"
        "Par Bastien Royer\n\n"
        "Le pont qui relie les deux rives de\n"
        "la Sorne est fermé à la circulation\n"
        "depuis lundi. Les piétons peuvent\n"
        "encore l’emprunter.\n"
    )
    (article,) = clean_text(page).articles
    assert (article.kicker, article.title, article.byline) == (
        "TRAVAUX", "Le pont de la Sorne fermé jusqu’à la fin du mois", "Bastien Royer"
    )



@pytest.mark.parametrize(
    "kicker, title, standfirst, byline",
    [
        (
            "SKOLE",
            "Nytt bibliotek åpner i Sandvik",
            "Biblioteket får tre ganger så mye plass. Det åpner\nførste mandag i februar.",
            "INGRID HAUGEN",
        ),
        (
            "CULTURE",
            "Le cinéma du village rouvre ses portes",
            "La commune a racheté la salle, fermée depuis deux\nans, pour un dollar symbolique.",
            "Par Julien Tremblay",
        ),
    ],
)
def test_a_standfirst_between_the_headline_and_the_byline_is_the_subtitle(kicker, title, standfirst, byline):
    page = (
        f"{kicker}\n{title}\n\n{standfirst}\n\n{byline}\n\n"
        "Den gamle lesesalen var for liten, og kommunen\n"
        "kjøpte derfor nabohuset i fjor. Nå er begge\n"
        "husene pusset opp, og det er plass til både\n"
        "lekehjørne, kafé og et eget rom for leksehjelp.\n\n"
        "- Vi gleder oss, sier biblioteksjefen.\n"
    )
    (article,) = clean_text(page).articles
    assert (article.kicker, article.title, article.subtitle, article.byline) == (
        kicker, title, standfirst.replace("\n", " "), byline.removeprefix("Par ")
    )
    assert article.paragraphs[0].startswith("Den gamle lesesalen")


def test_a_police_reports_items_have_their_headlines_over_their_place_leads_under_its_banner():
    page = (
        "  Die Feuerwehr rückte am Abend noch\n"
        "einmal aus, der Brand war aber schon\n"
        "gelöscht.\n\n\n"
        "POLIZEIBERICHT\n\n"
        "Auto gerät in den Graben\n"
        "HAUSEN (pol). Eine 34-jährige Frau ist\n"
        "am Mittwochabend mit ihrem Auto von\n"
        "der Straße abgekommen. Sie blieb\n"
        "unverletzt.\n\n"
        "Fahrrad gestohlen\n"
        "LINDENAU (pol). Vor dem Bahnhof ist\n"
        "am Dienstag ein Fahrrad gestohlen\n"
        "worden. Die Polizei sucht Zeugen.\n"
    )
    *_, graben, fahrrad = clean_text(page).articles
    assert (graben.section, graben.title) == ("POLIZEIBERICHT", "Auto gerät in den Graben")
    assert graben.paragraphs[0].startswith("HAUSEN (pol). Eine 34-jährige Frau")
    assert fahrrad.title == "Fahrrad gestohlen"
    assert fahrrad.paragraphs[0].startswith("LINDENAU (pol). Vor dem Bahnhof")


def test_briefs_under_a_banner_have_their_headline_lines_flush_over_their_text():
    page = (
        "Le conseil municipal se réunira de\n"
        "nouveau le 2 avril.\n"
        "> Voir aussi en page 7\n\n"
        "EN BREF\n\n"
        "Fermeture de la piscine\n"
        "La piscine intercommunale sera fermée\n"
        "du 23 au 29 mars pour la vidange des\n"
        "bassins.\n\n"
        "Concert à l’église\n"
        "La chorale des Trois Vallées donne un\n"
        "concert le samedi 21 mars à 18 h.\n"
    )
    page = clean_text(page)
    conseil, piscine, concert = page.articles
    assert conseil.paragraphs == ["Le conseil municipal se réunira de nouveau le 2 avril."]
    assert (piscine.section, piscine.title) == ("EN BREF", "Fermeture de la piscine")
    assert piscine.paragraphs[0] == "La piscine intercommunale sera fermée du 23 au 29 mars pour la vidange des bassins."
    assert concert.title == "Concert à l’église"
    assert page.furniture == ("> Voir aussi en page 7",)


def test_day_headings_inside_a_police_log_are_its_headings_not_new_stories():
    page = (
        "POLICE LOG\n\n"
        "The items below come from the police\n"
        "department's daily reports.\n\n"
        "WEDNESDAY, MARCH 4\n\n"
        "9:40 a.m. — A resident of Elm Street\n"
        "reported a bicycle stolen from a porch.\n\n"
        "THURSDAY, MARCH 5\n\n"
        "7:15 p.m. — Officers checked on a car\n"
        "parked for two days on Mill Road.\n"
    )
    (log,) = clean_text(page).articles
    assert (log.title, log.headings) == ("POLICE LOG", ["WEDNESDAY, MARCH 4", "THURSDAY, MARCH 5"])
    assert len(log.paragraphs) == 3


def test_a_campus_papers_masthead_with_issue_count_and_licence_is_furniture():
    page = (
        "南湖师范大学报\n"
        "NANHU NORMAL UNIVERSITY\n\n"
        "第305期（总第1120期）　2026年3月4日　星期三\n"
        "中共南湖师范大学委员会主办　内部资料　免费交流\n"
        "准印证号：（湘）0351\n\n\n"
        "　　图书馆新馆本周开放\n\n"
        "　　3月2日，我校图书馆新馆正式开放，新馆共有阅览座位2600个，\n"
        "藏书120万册，每天开放至晚上十点。\n"
    )
    page = clean_text(page)
    assert page.furniture == (
        "南湖师范大学报",
        "NANHU NORMAL UNIVERSITY",
        "第305期（总第1120期）　2026年3月4日　星期三",
        "中共南湖师范大学委员会主办　内部资料　免费交流",
        "准印证号：（湘）0351",
    )
    assert [a.title for a in page.articles] == ["图书馆新馆本周开放"]


def test_a_works_papers_foot_naming_who_compiles_it_and_that_it_is_not_for_sale_is_furniture():
    page = clean_text(
        "新厂通讯　第二版\n\n"
        "三号高炉大修提前完工\n"
        "　　本报讯　三号高炉大修工程昨天全部完工，比计划提前了六天。\n"
        "检修队的同志们连续奋战二十多天，保证了质量和安全。\n\n"
        "新华钢铁厂工会编印　　内部发行\n"
    )
    assert page.furniture[-1] == "新华钢铁厂工会编印　　内部发行"
    assert page.articles[0].paragraphs[-1].endswith("保证了质量和安全。")



def test_a_caption_with_a_german_foto_credit_read_inside_a_sentence_is_lifted():
    page = (
        "Brücke wird saniert\n\n"
        "  Die Brücke über die Lauter wird ab\n"
        "Montag saniert. Autofahrer müssen\n"
        "für die ganze Zeit der Arbeiten\n"
        "eine Umleitung über Hausen\n\n"
        "Die alte Brücke stammt aus dem Jahr 1962. Foto: Anke Merz\n\n"
        "nehmen. Die Arbeiten dauern nach\n"
        "Angaben der Stadt bis zum Sommer.\n"
        "  Fußgänger können die Brücke auch\n"
        "während der Arbeiten benutzen.\n"
    )
    (article,) = clean_text(page).articles
    assert article.paragraphs[0].endswith(
        "Autofahrer müssen für die ganze Zeit der Arbeiten "
        "eine Umleitung über Hausen nehmen. Die Arbeiten dauern nach Angaben der Stadt bis zum Sommer."
    )
    assert [(c.text, c.credit) for c in article.captions] == [("Die alte Brücke stammt aus dem Jahr 1962.", "Foto: Anke Merz")]


def test_bylines_open_on_the_word_for_by_in_dutch_nordic_indonesian_and_filipino_papers():
    for line in ("Door Sanne de Vries", "Av Erik Lundqvist", "Oleh DEWI LESTARI", "Ni MARIA SANTOS"):
        assert EUROPEAN_BYLINE.match(line), line
    assert not EUROPEAN_BYLINE.match("Oleh karena itu, warga diminta waspada")  # "therefore": a sentence
    assert not EUROPEAN_BYLINE.match("Av och till regnar det")


def test_bylines_open_on_the_word_for_by_in_welsh_swahili_and_croatian_papers():
    for line in ("Gan SIÔN PRYS", "Na Juma Ali", "Na MWANDISHI WETU, Arusha", "Piše: Ivana Šarić"):
        assert EUROPEAN_BYLINE.match(line), line
    assert not EUROPEAN_BYLINE.match("Gan fod y cyngor wedi cytuno")  # "since the council…": a sentence
    assert not EUROPEAN_BYLINE.match("Na baada ya hapo, Serikali ilitangaza")
    lines = ["Mvua kubwa yaharibu daraja Korogwe", "", "Na Juma Ali, Korogwe", "",
             "MVUA kubwa iliyonyesha usiku wa kuamkia jana imeharibu daraja la mto",
             "Pangani, na wasafiri wamelazimika kutumia njia ndefu ya Muheza."]
    [article] = clean_text("\n".join(lines) + "\n").articles
    assert (article.title, article.byline) == ("Mvua kubwa yaharibu daraja Korogwe", "Na Juma Ali, Korogwe")


def test_a_writers_tie_to_the_paper_under_the_byline_stays_in_the_byline():
    page = (
        "Cierran el puente viejo por reparaciones\n\n"
        "Por Marta Quiroga\n"
        "Especial para La Voz\n\n"
        "   El puente viejo sobre el arroyo quedará cerrado desde el lunes\n"
        "durante dos semanas, informó la comuna. El tránsito pesado se desviará\n"
        "por la ruta provincial.\n"
    )
    [article] = clean_text(page).articles
    assert article.title == "Cierran el puente viejo por reparaciones"
    assert "Marta Quiroga" in article.byline


def test_a_nordic_text_and_photo_line_is_the_byline():
    page = (
        "Ny skatepark åpner i sentrum\n\n"
        "TEKST: Ingrid Haugen  FOTO: Per Dahl\n\n"
        "Ungdommene i byen har ventet i fire år. På lørdag åpner endelig den nye\n"
        "skateparken bak idrettshallen, og ordføreren klipper snoren.\n"
    )
    [article] = clean_text(page).articles
    assert (article.title, article.byline) == ("Ny skatepark åpner i sentrum", "TEKST: Ingrid Haugen  FOTO: Per Dahl")


def test_a_line_end_hyphen_between_two_english_looking_syllables_goes_on_a_page_not_in_english():
    # "par-/tier" and "pen-/gene" are each two English words by chance; the page is Danish.
    page = (
        "Havnebadet lukker for vinteren\n\n"
        "Kommunen vil bruge midlerne fra badet på nye bænke, men flere par-\n"
        "tier i byrådet mener, at man skal finde pen-\n"
        "gene et andet sted, og at badet bør holde åbent til oktober.\n"
    )
    (paragraph,) = clean_text(page).articles[0].paragraphs
    assert "flere partier i byrådet" in paragraph
    assert "finde pengene et andet sted" in paragraph


def test_the_hyphen_of_an_english_compound_stays_at_a_line_end():
    page = (
        "Harbor board meets\n\n"
        "The board heard from a well-\n"
        "known pilot who said the new channel would be ready by the end of the month.\n"
    )
    (paragraph,) = clean_text(page).articles[0].paragraphs
    assert "a well-known pilot" in paragraph


def test_a_line_ending_on_an_accented_word_is_never_glued_to_the_next_one():
    # The split-word test saw only the ASCII letters after the accent: "für" ended on "r", and
    # "würden" elsewhere on the page made "rden" a word; Vietnamese "vừa"/"tổ" read as "a"/"t".
    german = (
        "Neue Brücke über die Lauter\n\n"
        "Die Anwohner würden sich freuen, sagte der Bürgermeister. Der Rat hat die Mittel für\n"
        "den Bau am Montag bewilligt, die Arbeiten beginnen im Frühjahr.\n"
    )
    vietnamese = (
        "Khởi công cầu Bến Đá\n\n"
        "Hội Liên hiệp Phụ nữ huyện Yên Lạc vừa\n"
        "tổ chức hội thi nấu ăn ngon với sự tham gia của 18 đội.\n"
    )
    assert "die Mittel für den Bau" in clean_text(german).articles[0].paragraphs[-1]
    assert "Yên Lạc vừa tổ chức" in clean_text(vietnamese).articles[0].paragraphs[-1]


def test_an_albanian_nga_byline_closes_its_head_stack():
    page = (
        "SHËNDETËSI\nQendra e re shëndetësore hapet në mars\n"
        "Klinika do të jetë e hapur deri vonë në mbrëmje, edhe të shtunën.\nNga Besa Krasniqi\n\n"
        "Qendra e re shëndetësore e lagjes do të hapet në muajin mars, tha dje\n"
        "kryetari i bashkisë pas mbledhjes së këshillit.\n"
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title, article.subtitle, article.byline) == (
        "SHËNDETËSI",
        "Qendra e re shëndetësore hapet në mars",
        "Klinika do të jetë e hapur deri vonë në mbrëmje, edhe të shtunën.",
        "Besa Krasniqi",  # (the word for "by" is not the name)
    )


def test_a_basque_text_label_is_the_byline_and_a_basque_photo_label_the_captions_credit():
    page = (
        "HERRIKO HITZA  |  2026ko abenduaren 3a, osteguna  |  7 KIROLAK\n\n"
        "Herri lasterketak bostehun korrikalari bildu ditu\n\n"
        "Testua eta argazkiak: Miren Etxeberria\n\n"
        "Igandeko herri lasterketan bostehun korrikalarik\n"
        "hartu zuten parte, eta antolatzaileek datorren\n"
        "urterako ibilbide berria aurkeztu zuten atzo.\n\n"
        "Korrikalariak irteera puntuan, plazan.\n\n"
        "Argazkia: Jon Agirre\n\n"
        "Lasterketa goizeko hamarretan hasi zen, eta giro\n"
        "ona izan zen herriko kale guztietan. Irabazlea\n"
        "Ander Mendizabal izan zen, ordubete baino gutxiago.\n"
    )
    cleaned = clean_text(page)
    article = cleaned.articles[0]
    assert cleaned.furniture[0] == "HERRIKO HITZA  |  2026ko abenduaren 3a, osteguna  |  7 KIROLAK"
    assert (article.title, article.byline) == ("Herri lasterketak bostehun korrikalari bildu ditu", "Testua eta argazkiak: Miren Etxeberria")
    assert [(c.text, c.credit) for c in article.captions] == [("Korrikalariak irteera puntuan, plazan.", "Argazkia: Jon Agirre")]


def test_a_bare_name_under_a_sentence_case_headline_is_its_byline():
    page = (
        "Herriko liburutegia berritu egingo dute\n"
        "Miren Agirre\n\n"
        "Udalak liburutegia berritzeko proiektua onartu\n"
        "zuen atzo goizeko osoko bilkuran, alderdi guztien\n"
        "babesarekin. Lanak martxoan hasiko dira eta uda\n"
        "arte iraungo dute, arduradunek esan dutenez.\n\n"
        "Proiektuak bi milioi euroko aurrekontua du, eta\n"
        "horren erdia Foru Aldundiak ordainduko du. Bitar-\n"
        "tean, liburuak kultur etxean egongo dira eskura.\n\n"
        "Pilotalekua konponduko dute\n"
        "Jon Etxeberria\n\n"
        "Frontoiko teilatua konpontzeko lanak datorren\n"
        "urtean egingo ditu udalak, iazko ekaitzak kalte\n"
        "handiak eragin ondoren. Aurrekontua ez dago itxita.\n"
    )
    articles = clean_text(page).articles
    assert [(a.title, a.byline) for a in articles] == [
        ("Herriko liburutegia berritu egingo dute", "Miren Agirre"),
        ("Pilotalekua konponduko dute", "Jon Etxeberria"),
    ]


@pytest.mark.parametrize(
    "byline, name, credit",
    [
        ("Gant Erwan Le Gall", "Erwan Le Gall", "Luc'hskeudenn: Maiwenn Riou"),  # Breton
        ("Troch Hylke de Boer", "Hylke de Boer", "Foto: Gerrit Visser"),  # West Frisian
        ("Nā Mere Tāwhai", "Mere Tāwhai", "Whakaahua: Tame Pōtae"),  # Māori
        ("Pa: Shurendy Rosaria", "Shurendy Rosaria", "Potrèt: Gino Winklaar"),  # Papiamentu
    ],
)
def test_more_languages_words_for_by_and_for_photo_mark_the_byline_and_the_credit(byline, name, credit):
    page = (
        "New bridge over the harbour opens to traffic\n\n"
        f"{byline}\n\n"
        "The new bridge over the harbour opened to traffic on Saturday\n"
        "morning after two years of work on both banks of the river.\n\n"
        "Hundreds of people walked across it in the morning sun, and\n"
        "the town band played on the quay while the council and the\n"
        "engineers who built it stood by the railings before the\n\n"
        "The mayor cut the ribbon at ten o'clock.\n"
        f"{credit}\n\n"
        "first cars were let through in the afternoon, one lane at a\n"
        "time, with the police directing the traffic at both ends.\n\n"
        "The old ferry will keep running on Sundays until the spring.\n"
    )
    article = clean_text(page).articles[0]
    assert article.byline == name
    assert [(c.text, c.credit) for c in article.captions] == [("The mayor cut the ribbon at ten o'clock.", credit)]


def test_a_head_led_by_its_rubric_after_a_finished_story_opens_the_next_with_its_results_as_rows():
    page = (
        "THE HARBOUR WEEKLY · Friday, 4 December 2026 · Page 7\n\n"
        "Harbour road to close for repairs\n\n"
        "The harbour road will close for three weeks from\n"
        "Monday while the council replaces the sea wall\n"
        "beside the slipway and resurfaces the car park.\n\n"
        "Buses will run along Chapel Street instead, and the\n"
        "ferry will keep its timetable, the council said.\n\n"
        "Wrestling: four titles for the Harbour club\n\n"
        "The Harbour club's wrestlers came home from the\n"
        "county championship at Kingsbridge on Sunday with\n"
        "four titles between them. The winners were:\n\n"
        "Under 14s, 45 kg: Tom Reid\n"
        "Under 14s, 55 kg: Ann Lowe\n"
        "Seniors, 73 kg: Callum Hart\n\n"
        "All three will wrestle at the national finals in\n"
        "Leeds in the spring, the club's coach said.\n\n"
        "Football: Rovers stay top of the league\n\n"
        "Rovers beat Glen FC 2-1 at the Marsh on Saturday\n"
        "and stay top of the league with two games left.\n\n"
        "1. Harbour Rovers 8 20\n"
        "2. Glen FC 8 17\n"
        "3. Bay United 8 15\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == [
        "Harbour road to close for repairs",
        "Wrestling: four titles for the Harbour club",
        "Football: Rovers stay top of the league",
    ]
    assert articles[1].paragraphs[1:4] == ["Under 14s, 45 kg: Tom Reid", "Under 14s, 55 kg: Ann Lowe", "Seniors, 73 kg: Callum Hart"]
    assert articles[2].paragraphs[1:] == ["1. Harbour Rovers 8 20", "2. Glen FC 8 17", "3. Bay United 8 15"]


@pytest.mark.parametrize(
    "stack",
    [
        # the head over a deck of two lines and the writer's name, one block
        "SAVIVALDYBĖ\nMokykla gaus naują stogą ir saulės elektrinę\nTaryba antradienį skyrė 180 tūkst. eurų\nmokyklos stogui. Darbai prasidės kovą.\nRūta Petraitienė\n",
        # the head over its deck, the writer's line a block of its own
        "COUNCIL\nVillage hall gets a new roof and solar panels\nCouncillors voted £180,000 on Tuesday for\nthe hall on Mill Lane. Work starts in March.\nBy Sarah Whitcombe\n",
    ],
)
def test_a_head_set_flush_over_its_deck_under_a_kicker_is_the_title_not_the_decks_first_line(stack):
    kicker, head, deck1, deck2, writer = stack.splitlines()
    page = (
        "THE MILL VALLEY NEWS · Thursday, 3 December 2026 · Page 5\n\n"
        f"{stack}\n"
        "The hall committee had asked the council for\n"
        "the money for two years. In wet weather the\n"
        "buckets stand in the main room, and the old\n"
        "boiler runs at full power all winter long.\n\n"
        "Sixty-four panels will go on the south side\n"
        "of the roof, which should make the hall all\n"
        "but self-sufficient in electricity by summer.\n\n"
        "The hall stays open while the work is done.\n"
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title, article.subtitle) == (kicker, head, f"{deck1} {deck2}")
    assert article.byline is not None and writer.endswith(article.byline)
    assert article.paragraphs[0].startswith("The hall committee")
