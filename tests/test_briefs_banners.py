"""A briefs column's name in capitals over its items, in the languages of Latin-script papers:
the items' section, each item a story under its own short headline (set in Title Case, as
Indonesian papers set theirs, so it does not read as a sentence-case item's head under a
German or French banner). Pages written for the convention, not copied from any gold page."""

import textwrap

from conftest import segmented_rows

from paperarchive.models import Kind
from paperarchive.pipeline import clean_text

_BRIEFS = (
    "Tiga Desa di Lereng Merapi Dilanda Banjir\n"
    "\n"
    "   Tiga desa di lereng Gunung Merapi terendam\n"
    "banjir setelah hujan deras mengguyur sejak\n"
    "Minggu malam. Sedikitnya dua ratus keluarga\n"
    "mengungsi ke balai desa dan sekolah dasar.\n"
    "   Kepala desa mengatakan, bantuan beras dan\n"
    "makanan siap saji sudah dibagikan kepada\n"
    "warga yang mengungsi sejak Senin pagi.\n"
    "\n"
    "KABAR SINGKAT\n"
    "\n"
    "Pasar Murah Digelar di Alun-Alun\n"
    "   Pemerintah kabupaten menggelar pasar murah\n"
    "di alun-alun kota pada Sabtu pagi. Warga bisa\n"
    "membeli beras dan minyak goreng lebih murah.\n"
    "\n"
    "Jalan Desa Selesai Diaspal\n"
    "   Jalan sepanjang empat kilometer yang\n"
    "menghubungkan dua desa di kecamatan itu\n"
    "selesai diaspal pekan lalu.\n"
)


def test_a_briefs_banner_is_the_section_of_its_first_item_and_not_its_headline():
    articles = clean_text(_BRIEFS).articles
    first = next(a for a in articles if a.title == "Pasar Murah Digelar di Alun-Alun")
    assert (first.section, first.subtitle) == ("KABAR SINGKAT", None)
    assert "Jalan Desa Selesai Diaspal" in [a.title for a in articles]


def test_a_headline_in_capitals_over_a_deck_and_one_story_is_no_briefs_column():
    one_story = _BRIEFS.split("\nJalan Desa")[0] + "\n"  # a capitals head, a Title Case deck, one text
    assert "KABAR SINGKAT" in [a.title for a in clean_text(one_story).articles]


def test_briefs_with_their_heads_run_into_the_text_are_stories_under_the_banner():
    # the full stop after a run-in head only sets it off from the text: the title is the head without it
    page = (
        "   A tanács a jövő héten dönt a költségvetés\n"
        "módosításáról, addig a munkák szünetelnek.\n"
        "\n"
        "HÍREK RÖVIDEN\n"
        "   Lomtalanítás. Jövő szombaton lomtalanítás\n"
        "lesz a belvárosban, a lomot reggel hétig kell\n"
        "kitenni a ház elé.\n"
        "   Könyvtári nap. A városi könyvtár vasárnap\n"
        "egész nap nyitva tart, a beiratkozás ingyenes.\n"
        "   Vízszünet. Kedden reggeltől délig nem lesz\n"
        "víz a Dózsa György utcában.\n"
    )
    articles = [a for a in clean_text(page).articles if a.title]
    assert [a.title for a in articles] == ["Lomtalanítás", "Könyvtári nap", "Vízszünet"]
    assert articles[1].paragraphs == ["A városi könyvtár vasárnap egész nap nyitva tart, a beiratkozás ingyenes."]


def test_a_briefs_label_over_heads_run_in_on_their_stop_is_every_briefs_section():
    # the stop is left out of the first head's title, and the label over it still names the column
    # (`Block.run_in`): not the first brief's kicker
    page = (
        "KISVÁROSI ÚJSÁG\n\nÚj iskola épül\n"
        "   A város új iskolát épít a régi gyár helyén, a munka ősszel kezdődik.\n"
        "   A polgármester szerint az iskola két év múlva nyílik meg.\n\n"
        "HÍREK\n"
        "   Faültetés. A lakók szombaton fákat ültetnek a parkban.\n"
        "   Koncert. Vasárnap este a kórus énekel a templomban.\n"
        "   Piacnap. Kedden a piac a sportpályán lesz.\n"
    )
    briefs = [a for a in clean_text(page).articles if a.title != "Új iskola épül"]
    assert [(a.section, a.title) for a in briefs] == [("HÍREK", "Faültetés"), ("HÍREK", "Koncert"), ("HÍREK", "Piacnap")]


def test_a_story_that_opens_on_a_short_sentence_keeps_it():
    page = (
        "KÖZLEKEDÉS\n"
        "   Megszólalt. A polgármester szerint a híd\n"
        "jövőre elkészül, a forgalom addig a kompon\n"
        "marad, amely óránként indul.\n"
    )
    assert all(a.title != "Megszólalt." for a in clean_text(page).articles)


def test_briefs_whose_heads_are_in_capitals_with_no_stop_are_stories_under_the_banner():
    page = _BRIEFS.replace("Pasar Murah Digelar di Alun-Alun", "PASAR MURAH DI ALUN-ALUN").replace("Jalan Desa Selesai Diaspal", "JALAN DESA DIASPAL")
    articles = clean_text(page).articles
    first = next(a for a in articles if a.title == "PASAR MURAH DI ALUN-ALUN")
    assert first.section == "KABAR SINGKAT"
    assert "JALAN DESA DIASPAL" in [a.title for a in articles]


def test_heads_in_capitals_ending_on_a_stop_under_a_capitals_head_are_an_old_papers_stories():
    page = _BRIEFS.replace("Pasar Murah Digelar di Alun-Alun", "PASAR MURAH.").replace("Jalan Desa Selesai Diaspal", "JALAN DESA.")
    assert "KABAR SINGKAT" not in [a.section for a in clean_text(page).articles]


def test_run_in_briefs_go_on_past_a_running_foot_printed_inside_one_of_them():
    page = (
        "   A tanács a jövő héten dönt a költségvetés\n"
        "módosításáról, addig a munkák szünetelnek.\n"
        "\n"
        "HÍREK RÖVIDEN\n"
        "\n"
        "Lomtalanítás. Jövő szombaton lomtalanítás lesz\n"
        "a belvárosban, a lomot reggel hétig kell kitenni.\n"
        "\n"
        "Könyvtári nap. A városi könyvtár vasárnap egész\n"
        "nap nyitva tart, a beiratkozás ingyenes, és a\n"
        "\n"
        "DUNAPARTI HÍRLAP | 2026. december 2., szerda\n"
        "\n"
        "gyerekeknek mesedélelőttöt is tartanak.\n"
        "\n"
        "Vízszünet. Kedden reggeltől délig nem lesz víz\n"
        "a Dózsa György utcában, a szolgáltató szerint.\n"
        "\n"
        "Lezárás. A Fő utcát csütörtökön lezárják, mert\n"
        "a csatornát cserélik a posta előtti szakaszon.\n"
    )
    articles = [a for a in clean_text(page).articles if a.title]
    assert [a.title for a in articles] == ["Lomtalanítás", "Könyvtári nap", "Vízszünet", "Lezárás"]


def test_briefs_with_sentence_case_heads_on_a_page_of_blank_line_paragraphs_are_each_a_story():
    # a blank line sets each paragraph apart, and each brief's head: under the banner every head
    # opens the next brief (in the story above, one such head is a subhead)
    page = (
        "Ný brú yfir Jökulsá opnuð\n\n"
        "Gudrun Jónsdóttir\n\n"
        "Ný brú yfir Jökulsá var opnuð á föstudag að viðstöddu fjölmenni. Brúin\n"
        "styttir leiðina milli bæjanna um tólf kílómetra.\n\n"
        "Vegagerðin segir að framkvæmdir hafi gengið vel þrátt fyrir erfitt veður.\n\n"
        "STUTTAR FRÉTTIR\n\n"
        "Bókasafnið lengir opnunartímann\n\n"
        "Bókasafn bæjarins verður opið til klukkan átta á fimmtudögum í vetur.\n"
        "Þá verður einnig sögustund fyrir börn á laugardögum.\n\n"
        "Kórinn heldur tónleika\n\n"
        "Karlakórinn heldur vortónleika í kirkjunni á sunnudag klukkan fimm.\n"
        "Aðgangur er ókeypis.\n"
    )
    briefs = [a for a in clean_text(page).articles if a.section == "STUTTAR FRÉTTIR"]
    assert [a.title for a in briefs] == ["Bókasafnið lengir opnunartímann", "Kórinn heldur tónleika"]


def test_village_items_run_in_on_their_place_in_capitals_are_each_a_story():
    # an item's first line reads as a Title Case headline filling the column (names, the place
    # in capitals); the place and its full stop say it is the item's text
    import textwrap

    items = [
        "LLANFAIR. Llongyfarchiadau i Gwen a Dafydd Morgan, Bryn Awel, Heol Isaf, a ddathlodd eu "
        "priodas ddiemwnt yr wythnos diwethaf gyda pharti yn y neuadd.",
        "TREFOR. Bydd y cyngerdd Nadolig yn y capel nos Sul am chwech o’r gloch, gyda’r côr plant a band "
        "pres y pentref, a bydd yr elw at gronfa’r to.",
        "GLAN-Y-DON. Diolch i bawb a ddaeth i’r bore coffi ddydd Sadwrn. Codwyd dros bedwar cant o "
        "bunnoedd at yr ysgol feithrin leol.",
    ]
    story = ("Mae’r cyngor sir wedi cytuno i atgyweirio’r bont dros yr afon cyn y gaeaf, wedi i "
             "drigolion y cwm gwyno am ei chyflwr ers misoedd lawer.")
    page = "Y bont i’w hatgyweirio\n\n" + "\n".join(textwrap.wrap(story, 58)) + "\n\nNEWYDDION Y PENTREFI\n\n"
    page += "\n\n".join("\n".join(textwrap.wrap(item, 58)) for item in items) + "\n"
    titles = [a.title for a in clean_text(page).articles]
    assert titles[-3:] == ["LLANFAIR", "TREFOR", "GLAN-Y-DON"]


def test_an_item_cut_by_the_running_foot_keeps_the_column_a_briefs_column():
    page = (
        "HET DORPSBLAD   Vrijdag 27 november 2026   Pagina 3\n"
        "\n"
        "Nieuwe brug over de Vaart geopend\n"
        "\n"
        "De nieuwe fietsbrug over de Vaart is dinsdag\n"
        "geopend door de burgemeester. De brug kostte\n"
        "ruim twee miljoen euro en verbindt de wijken.\n"
        "\n"
        "KORT NIEUWS\n"
        "\n"
        "Kerstmarkt bij de kerk\n"
        "\n"
        "De parochie houdt op zaterdag 5 december een\n"
        "kerstmarkt in de zaal naast de kerk. Er zijn\n"
        "\n"
        "3   HET DORPSBLAD   27 november 2026\n"
        "\n"
        "oliebollen en zelfgemaakte jam te koop.\n"
        "\n"
        "Weg naar de haven hersteld\n"
        "\n"
        "De werkzaamheden aan de Havenweg zijn klaar.\n"
        "Automobilisten moeten voorzichtig blijven rijden.\n"
        "\n"
        "Schaakclub zoekt leden\n"
        "\n"
        "De schaakclub komt elke woensdagavond samen in\n"
        "de bibliotheek. Beginners zijn van harte welkom.\n"
    )
    articles = clean_text(page).articles
    assert [(a.section, a.title) for a in articles[1:]] == [
        ("KORT NIEUWS", "Kerstmarkt bij de kerk"),
        ("KORT NIEUWS", "Weg naar de haven hersteld"),
        ("KORT NIEUWS", "Schaakclub zoekt leden"),
    ]
    assert articles[1].paragraphs[-1].endswith("zelfgemaakte jam te koop.")


def test_briefs_whose_heads_a_dash_sets_off_from_the_text_are_stories_under_the_banner():
    # A Portuguese column with the head set off by a dash, and an 1860s one with "HEAD. --".
    portuguese = (
        "Ponte nova liga os dois bairros\n\n"
        "A ponte sobre o rio foi inaugurada no sábado, depois de\n"
        "dois anos de obras, e já recebe carros e pedestres.\n\n"
        "BREVES\n\n"
        "Feira do livro na praça central - A feira começa na\n"
        "sexta-feira e reúne trinta livreiros da região, com\n"
        "entrada gratuita.\n\n"
        "Campanha de vacinação - O posto de saúde do bairro alto\n"
        "vacina contra a gripe até o fim do mês, das oito às\n"
        "dezessete horas.\n"
    )
    old = (
        "LOCAL NEWS.\n\n"
        "   THE NEW BRIDGE. -- The new iron bridge over\n"
        "Mill creek was opened to travel on Tuesday, and\n"
        "teams are crossing it freely. The county paid\n"
        "for the iron.\n\n"
        "   A FINE CROP. -- Mr. Amos Ward brought to our\n"
        "office on Saturday some potatoes of\n"
        "extraordinary size from his farm near the creek.\n\n"
        "   FARMERS' CLUB. -- The farmers of the district\n"
        "will meet at the school house on Friday evening\n"
        "to form a club for the coming season.\n"
    )
    assert [a.title for a in clean_text(portuguese).articles][1:] == ["Feira do livro na praça central", "Campanha de vacinação"]
    articles = clean_text(old).articles
    assert [a.title for a in articles] == ["THE NEW BRIDGE.", "A FINE CROP.", "FARMERS' CLUB."]
    assert articles[1].paragraphs == ["Mr. Amos Ward brought to our office on Saturday some potatoes of extraordinary size from his farm near the creek."]


def test_a_dateline_set_off_by_a_dash_is_no_briefs_head():
    page = (
        "LATEST NEWS.\n\n"
        "   COLUMBUS, July 8. -- Dispatches received here this morning\n"
        "confirm the report.\n\n"
        "   CINCINNATI, July 8. -- The river is rising fast and the\n"
        "wharf is under water.\n"
    )
    assert all(not (a.title or "").startswith(("COLUMBUS", "CINCINNATI")) for a in clean_text(page).articles)


_STORY_ABOVE = (
    ("Nová lávka cez Váh bude hotová na jar", Kind.HEADLINE, 1),
    ("Stavbári dokončili piliere novej lávky pre peších a cyklistov. Lávka bude dlhá takmer dvesto metrov.", Kind.BODY, 1),
)


def test_a_banner_flush_over_its_first_briefs_head_with_the_text_set_apart_is_their_section():
    articles = segmented_rows(
        *_STORY_ABOVE,
        ("V KRÁTKOSTI", Kind.SHORT, 1),
        ("Hasiči cvičili v tuneli", Kind.SHORT, 0),
        ("Profesionálni aj dobrovoľní hasiči si v utorok vyskúšali zásah pri požiari autobusu v tuneli.", Kind.BODY, 1),
        ("Študenti zbierajú pre útulok", Kind.SHORT, 0),
        ("Študenti gymnázia organizujú zbierku krmiva a diek pre mestský útulok.", Kind.BODY, 1),
    )
    briefs = [(a.section, a.kicker, a.title) for a in articles[1:]]
    assert briefs == [
        ("V KRÁTKOSTI", None, "Hasiči cvičili v tuneli"),
        ("V KRÁTKOSTI", None, "Študenti zbierajú pre útulok"),
    ]


def test_a_banner_flush_over_run_in_briefs_is_their_section_not_the_first_ones_kicker():
    articles = segmented_rows(
        *_STORY_ABOVE,
        ("W SKRÓCIE", Kind.SHORT, 1),
        ("Koncert kolęd.", Kind.HEADLINE, 0),
        ("W niedzielę o godzinie 17 w kościele parafialnym wystąpi chór szkoły muzycznej.", Kind.BODY, 0),
        ("Zbiórka krwi.", Kind.HEADLINE, 0),
        ("W czwartek w remizie strażackiej można oddać krew, punkt będzie czynny od 9 do 14.", Kind.BODY, 0),
    )
    assert (articles[1].section, articles[1].kicker, articles[1].title) == ("W SKRÓCIE", None, "Koncert kolęd.")


def test_a_label_flush_over_a_headline_with_its_story_set_apart_stays_its_kicker():
    # "CIUDAD" over a full headline (no stop) and a story, a short head and its story under it
    articles = segmented_rows(
        *_STORY_ABOVE,
        ("CIUDAD", Kind.SHORT, 2),
        ("Aprueban la ordenanza de los cuidadores de autos", Kind.HEADLINE, 0),
        ("El Concejo Municipal aprobó el jueves, por unanimidad, la ordenanza que crea un registro.", Kind.BODY, 1),
        ("Miel santafesina rumbo a Alemania", Kind.SHORT, 1),
        ("Una delegación de productores de miel viajará la semana próxima a Alemania.", Kind.BODY, 1),
    )
    assert (articles[1].kicker, articles[1].title) == ("CIUDAD", "Aprueban la ordenanza de los cuidadores de autos")


def test_two_capitals_lines_flush_together_over_a_story_are_one_headline_not_a_banner():
    # an old paper's head in two lines, "CHILD FALLS AND" reading like a banner's name
    articles = segmented_rows(
        *_STORY_ABOVE,
        ("CHILD FALLS AND", Kind.SHORT, 2),
        ("LOSES HER EYESIGHT", Kind.SHORT, 0),
        ("MT STERLING, Ky., Oct. 30.—Little Ollie Caywood, daughter of Mr. and Mrs. Caywood, fell.", Kind.BODY, 1),
        ("WAREHOUSE SOLD", Kind.SHORT, 2),
        ("LEXINGTON, Ky., Oct. 30.—The biggest business transaction in many months was completed.", Kind.BODY, 1),
    )
    assert [a.title for a in articles[1:]] == ["CHILD FALLS AND LOSES HER EYESIGHT", "WAREHOUSE SOLD"]
    assert articles[1].section is None


def test_a_briefs_label_glued_under_a_notices_issuer_heads_run_in_briefs():
    # (the label printed flush under the notice's foot, and its first brief flush under it)
    page = (
        "Lancha\n"
        "Lancha Tamuri korapa naobuae\n"
        "Por: Ana Luz Mora\n\n"
        "TAMURI – Lancha Tamuri korapa sanaweta\n"
        "ninoku, ewari tamesa bokuna yarawa.\n\n"
        "Sanewa kuripa tamesa ninoku korapa, bo-\n"
        "kuna ewari tamuri sanaweta kopari.\n\n"
        "Yarawa tamesa bokuna sanewa kuripa.\n\n"
        "Aviso del muelle\n"
        "Muelle Tamuri sanaweta korapa, lancha\n"
        "tamesa yaruwaneta bokuna.\n\n"
        "Desde: 02.05.2042\n"
        "Hasta: 16.05.2042\n\n"
        "Sanewa kuripa bokuna tamesa.\n\n"
        "Junta del Muelle de Tamuri\n"
        "Noticias cortas\n"
        "Boka Nueva – Lancha Boka Nueva korapa\n"
        "tamesa, yaruwaneta sanaweta.\n\n"
        "Sanewa kopari – Sanewa kopari bokuna\n"
        "ninoku tamuri, domingo kuripa.\n"
    )
    briefs = clean_text(page).articles[2:]
    assert [(a.title, a.paragraphs) for a in briefs] == [
        ("Boka Nueva", ["Lancha Boka Nueva korapa tamesa, yaruwaneta sanaweta."]),
        ("Sanewa kopari", ["Sanewa kopari bokuna ninoku tamuri, domingo kuripa."]),
    ]
    assert "Noticias cortas" in (briefs[0].section, briefs[0].kicker)


def test_the_line_over_a_briefs_label_under_a_notices_last_sentence_signs_the_notice():
    # (the issuing office set apart under the notice, the briefs' label flush under it)
    page = (
        "Ferry to the islands\n"
        "By Ruth Anning\n\n"
        "EASTBY – The morning ferry to the outer\n"
        "islands leaves the quay at six from Monday.\n\n"
        "Fares stay as they were, the board says.\n\n"
        "Quay notice\n"
        "The east quay will close for repairs to\n"
        "its steps, and boats will use the west quay.\n\n"
        "Pilots must report at the harbour office.\n\n"
        "Harbour Board of Eastby\n"
        "Harbour news\n"
        "Breakwater lights – The new lights on the\n"
        "breakwater are lit from dusk to dawn.\n\n"
        "Late bus – The last bus to the quay now\n"
        "leaves the square at eleven at night.\n"
    )
    articles = clean_text(page).articles
    notice = next(a for a in articles if a.title == "Quay notice")
    assert notice.byline == "Harbour Board of Eastby"
    assert articles[-2].title == "Breakwater lights"
    assert "Harbour Board of Eastby" not in (articles[-2].section, articles[-2].kicker)


def test_a_new_books_label_glued_under_an_interview_heads_its_notices_run_in_on_a_colon():
    # (the label set solid under the interview's last turn and over its first notice; a book's
    # title of five words is a head run in before its colon too)
    turns = (
        "Question: Why did you write the book in the dialect of the valley and not in the language of the town?",
        "Answer: The dialect lives only where it is spoken and written, and the old people of the valley still speak it every day.",
    )
    notices = (
        ("Salt Roads", "Stories of the carters who crossed the hills with salt, told by their grandchildren. Hill Press, 12 €."),
        ("The Boats of the Lake", "A book for children on the old fishing boats and the men who built them. Hill Press, 9 €."),
    )
    page = (
        "Anna Berg: I write as we speak\nBy Lena Holt\n\n"
        + "\n\n".join(textwrap.fill(t, 40) for t in turns)
        + "\nNew books\n"
        + "\n\n".join(textwrap.fill(f"{head}: {text}", 40) for head, text in notices)
        + "\n"
    )
    column = clean_text(page).articles[1:]
    assert [(a.title, a.paragraphs) for a in column] == [(head, [text]) for head, text in notices]
    assert "New books" in (column[0].section, column[0].kicker)


def test_a_briefs_label_glued_under_a_boxs_foot_rule_heads_briefs_run_in_on_a_colon():
    page = (
        "EASTBY GAZETTE · Tuesday, 6 May 2042 · Page 4\n\n"
        "Harbour board backs new ferry quay\n"
        "By Ruth Anning\n\n"
        "EASTBY – The harbour board voted on Monday\n"
        "to build a new ferry quay at the east end\n"
        "of the harbour before next summer.\n\n"
        "==========================================\n"
        "Public hearing\n"
        "Subject: the fees for the new ferry quay\n"
        "Place: the harbour office at Eastby\n"
        "                  Eastby Harbour Board\n"
        "                  Eastby, 2 May 2042\n"
        "==========================================\n"
        "Harbour news\n"
        "Night lights: The board will put new lamps\n"
        "along the west quay before the winter.\n\n"
        "Slipway repairs: The old slipway will close\n"
        "for two weeks from Monday for repairs.\n"
    )
    briefs = {a.title: a.paragraphs for a in clean_text(page).articles}
    assert briefs["Night lights"] == ["The board will put new lamps along the west quay before the winter."]
    assert briefs["Slipway repairs"] == ["The old slipway will close for two weeks from Monday for repairs."]


def test_a_four_word_label_glued_under_a_boxs_foot_rule_heads_briefs_each_on_one_word():
    """Briefs each run in on a head of one word, none twice, are briefs, not an interview's turns
    (whose speakers come back); the label over them under the box's rule may run to four words."""
    page = (
        "WESTBY GAZETTE · Tuesday, 6 May 2042 · Page 4\n\n"
        "Clinic opens on the north road\n"
        "By Ruth Anning\n\n"
        "WESTBY – A new clinic opened on Monday on\n"
        "the north road, and sixty people came to\n"
        "it on its first day for a check-up.\n\n"
        "==========================================\n"
        "Free eye checks\n"
        "Who: everyone over sixty years of age\n"
        "Where: the Westby clinic on the north road\n"
        "Bring: a health card and your glasses\n"
        "                  Westby Health Office\n"
        "                  Westby, 2 May 2042\n"
        "==========================================\n"
        "News of good health\n"
        "Nets: The clinic gives bed nets to\n"
        "mothers with small children.\n\n"
        "Teeth: A dentist visits the school\n"
        "at Northby on Thursday.\n\n"
        "Wells: Do not wash clothes in the well\n"
        "that people drink from.\n"
    )
    briefs = [(a.title, a.paragraphs) for a in clean_text(page).articles][2:]
    assert briefs == [
        ("Nets", ["The clinic gives bed nets to mothers with small children."]),
        ("Teeth", ["A dentist visits the school at Northby on Thursday."]),
        ("Wells", ["Do not wash clothes in the well that people drink from."]),
    ]


_BOXED_FIELDS_PAGE = (
    "WESTBY GAZETTE · Thursday, 5 June 2042 · Page 3\n\n"
    "Harbour\n"
    "Town council says:\n"
    "quay lamps go dim\n"
    "By Ruth Anning\n"
    "   WESTBY – The town council voted on Monday\n"
    "to dim the lamps along the quay from June.\n"
    "   The harbour master said the ships will\n"
    "still see the lights at the harbour mouth.\n\n"
    "==========================================\n"
    "Public Hearing Notice\n"
    "Subject: dimming the quay lamps in summer\n"
    "Place: the council chamber at Westby\n"
    "Time: Friday, 20 June 2042, at ten\n"
    "   Anyone may speak at the hearing or send\n"
    "a letter to the council before it.\n"
    "                  Westby Town Council\n"
    "                  Westby, 2 June 2042\n"
    "==========================================\n"
)


def test_a_ruled_boxs_labelled_fields_are_the_notices_paragraphs():
    # (flush lines opening on a label and its colon, between the box's rules, whatever the case
    # of their value: the notice's fields, not its title and deck)
    notice = next((a for a in clean_text(_BOXED_FIELDS_PAGE).articles if a.title == "Public Hearing Notice"), None)
    assert notice is not None and notice.paragraphs[:3] == ["Subject: dimming the quay lamps in summer", "Place: the council chamber at Westby", "Time: Friday, 20 June 2042, at ten"]


def test_a_head_line_ending_on_a_colon_goes_on_in_the_fragment_under_it():
    story = clean_text(_BOXED_FIELDS_PAGE).articles[0]
    assert (story.kicker, story.title, story.subtitle) == ("Harbour", "Town council says: quay lamps go dim", None)



def test_a_boxed_field_wrapped_onto_a_date_line_is_one_field():
    # (the field's line was full, so its tail on the next line — here a date, which alone reads
    # as a date line — goes on with it; a short field over a new sentence stays apart)
    page = _BOXED_FIELDS_PAGE.replace(
        "Time: Friday, 20 June 2042, at ten\n",
        "Time: Friday, 20 June 2042 – Monday, 23\nJune 2042.\n",
    )
    notice = next(a for a in clean_text(page).articles if a.title == "Public Hearing Notice")
    assert "Time: Friday, 20 June 2042 – Monday, 23 June 2042." in notice.paragraphs
    assert "Place: the council chamber at Westby" in notice.paragraphs


def test_the_issuer_set_in_under_a_full_last_field_is_no_tail_of_it():
    page = _BOXED_FIELDS_PAGE.replace(
        "   Anyone may speak at the hearing or send\na letter to the council before it.\n",
        "Where: the Harbour Room, Westby Town Hall\n",
    )
    notice = next(a for a in clean_text(page).articles if a.title == "Public Hearing Notice")
    assert "Where: the Harbour Room, Westby Town Hall" in notice.paragraphs  # the issuer not run on


_DASHED_BRIEFS = (
    "Ferry to run on Sundays\n\n"
    "The island ferry will run on Sundays from\n"
    "next month, the harbour office said.\n\n"
    "Short notes\n"
    "Bus fares – The fare from Hilltown to Eastby\n"
    "is now two dollars; children ride free.\n\n"
    "Lost property – The depot keeps what is left\n"
    "on the buses for a month, 08.00–17.00.\n\n"
    "Night buses – The last bus leaves the square\n"
    "at eleven on Fridays and Saturdays.\n"
)


def test_briefs_run_in_on_a_dash_flush_under_their_name_are_stories():
    """A briefs column's name a blank line under the story above, its first brief flush under it, each
    head in sentence case run in on a spaced dash (`classify._dashed_brief_flush_under`): each brief
    a story under its head (before: the three one article of paragraphs under the name)."""
    titles = [a.title for a in clean_text(_DASHED_BRIEFS).articles]
    assert titles[-3:] == ["Bus fares", "Lost property", "Night buses"]


def test_a_briefs_label_set_solid_over_its_first_dashed_brief_heads_the_column():
    # (under a signed column: the label flush on its first brief, the briefs after it a blank line apart)
    page = (
        "HARBOUR NEWS · Friday, 9 April 2027 · Page 6\n\n"
        "Check the oil\n"
        "Look at the engine oil every week. If it\n"
        "is black and thick, change it at once.\n\n"
        "Tom Basil, Basil Auto Repair, Eastby\n\n"
        "Car news\n"
        "New car wash – The car wash by the\n"
        "market opens at six in the morning.\n\n"
        "Quay parking – No cars may park in\n"
        "front of the quay at night.\n\n"
        "Island rally – The motorbike rally\n"
        "round the island is on 17 June.\n\n"
        "Harbour News · news@harbour.example.org\n"
    )
    titles = [a.title for a in clean_text(page).articles]
    assert titles[-3:] == ["New car wash", "Quay parking", "Island rally"]


def test_a_briefs_label_set_off_by_a_blank_line_heads_briefs_run_in_on_a_colon_under_it():
    # (a blank line over the label, the first brief flush under it; its heads of one word or two, none twice)
    page = (
        "Harbour\n"
        "Old sea charts go on show in Eastby\n"
        "By Anna Reef\n\n"
        "EASTBY – The town library opened a show\n"
        "of forty old sea charts on Monday, each\n"
        "one given by the families of the bay.\n\n"
        "The charts stay on the walls until the\n"
        "end of May, the librarian said.\n\n"
        "Ruth Amos, librarian\n\n"
        "Library news\n"
        "Stories: Every Saturday the children\n"
        "hear a story in the reading room.\n\n"
        "Lost cards: Tell the front desk when a\n"
        "library card is lost.\n\n"
        "Helpers: The library needs helpers on\n"
        "Sundays to shelve the books.\n"
    )
    briefs = clean_text(page).articles[1:]
    assert [a.title for a in briefs] == ["Stories", "Lost cards", "Helpers"]
    assert "Library news" in (briefs[0].section, briefs[0].kicker)


def test_a_dashed_brief_at_the_indent_thick_with_names_is_no_title_case_head():
    """On a page that opens its paragraphs on an indent, a brief whose names make its one sentence
    read as an old head in Title Case ending on its stop is still a brief: a head is not set at the
    paragraph indent (`classify._dashed_brief_at_the_indent`; before, it broke the briefs' run, and
    the briefs under their label lost their heads)."""
    page = (
        "EASTBY WEEKLY · Thursday, 16 February 2045 · Page 8\n\n"
        "Driving school\n"
        "   Brake early on a wet road, and slow down\n"
        "before each bend, not in it.\n"
        "   Keep the lamps clean so other drivers see\n"
        "you after dark.\n\n"
        "Car news\n"
        "   Car wash opens - A car wash on Harbour\n"
        "Road opens at seven and is cheap.\n\n"
        "   Parking at Kamali Beach - Cars may park\n"
        "at Kamali Beach after Dark.\n\n"
        "   Island rally - The island car rally is in\n"
        "March, starting at the old fort.\n\n"
        "Eastby Weekly · news@eastby.example.org\n"
    )
    titles = [a.title for a in clean_text(page).articles]
    assert titles[-3:] == ["Car wash opens", "Parking at Kamali Beach", "Island rally"]


def test_readers_tips_each_signed_under_its_text_are_briefs_under_the_label():
    # each tip's head run in on a dash, the reader's name and town on the line under its text
    page = (
        "Bread rolls for a cold morning\n"
        "\n"
        "The rolls were baked at dawn and sold out\n"
        "before the market opened its gates.\n"
        "\n"
        "Kitchen tips\n"
        "Dry onions – Keep onions in a paper bag in\n"
        "a cool cupboard; they last three weeks.\n"
        "— Ann Hale, Eastby\n"
        "\n"
        "Rinsed rice – Rinse the rice twice before\n"
        "it goes in the pot, so it cooks evenly.\n"
        "— Tom Reed, Westby\n"
    )
    articles = clean_text(page).articles
    first = next(a for a in articles if a.title == "Dry onions")
    assert first.paragraphs == ["Keep onions in a paper bag in a cool cupboard; they last three weeks."]
    assert first.byline == "Ann Hale, Eastby"
    assert "Kitchen tips" not in [a.title for a in articles]
