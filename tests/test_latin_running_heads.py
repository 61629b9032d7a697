"""Running heads and feet of Latin-script papers in their own languages (the day in Portuguese,
Finnish, Polish…, the page after its own word), on short pages written for the convention, not
copied from any gold page."""

from paperarchive.classify import is_furniture
from paperarchive.pageinfo import info_from_furniture
from paperarchive.pipeline import clean_text


def _story_under(head: str) -> str:
    return (
        f"{head}\n"
        "\n"
        "Ponte nova liga as duas margens do rio\n"
        "\n"
        "Por Ana Lima\n"
        "\n"
        "   A ponte sobre o rio Tapajós foi aberta ao trânsito na manhã de\n"
        "ontem, depois de três anos de obras. O prefeito disse que a travessia\n"
        "vai encurtar em uma hora a viagem até a capital.\n"
    )


def test_a_running_head_dated_in_the_papers_language_is_furniture_not_the_first_headline():
    page = _story_under("GAZETA DO LITORAL | Quarta-feira, 2 de dezembro de 2026 | Página 3")
    cleaned = clean_text(page)
    assert cleaned.furniture[0] == "GAZETA DO LITORAL | Quarta-feira, 2 de dezembro de 2026 | Página 3"
    assert [a.title for a in cleaned.articles] == ["Ponte nova liga as duas margens do rio"]


def test_the_pages_date_is_read_from_a_running_head_in_its_language():
    heads = {
        "GAZETA DO LITORAL | Quarta-feira, 2 de dezembro de 2026 | Página 3": "2026-12-02",
        "ETELÄN SANOMAT  Keskiviikko 2. joulukuuta 2026": "2026-12-02",
        "MEZŐSÉGI HÍRLAP          2026. december 2., szerda": "2026-12-02",
        "BALITANG HILAGA | Miyerkules, Disyembre 2, 2026 | Pahina 7": "2026-12-02",
        "3 - LA VOZ DEL VALLE - Miércoles 02/12/2026": "2026-12-02",
    }
    for head, date in heads.items():
        page = f"{head}\n\nPonte nova liga as duas margens do rio\n\n   A ponte sobre o rio foi aberta ao trânsito ontem.\n"
        assert clean_text(page).info.date == date, head


def test_the_page_number_after_its_word_is_read_beside_the_day_not_from_a_jump_line():
    story = "Ponte nova liga as duas margens do rio\n\n   A ponte sobre o rio foi aberta ao trânsito ontem, depois de três anos.\n"
    assert clean_text("GAZETA DO LITORAL | Quarta-feira, 2 de dezembro de 2026 | Página 3\n\n" + story).info.page == "3"
    assert clean_text("BALITANG HILAGA | Miyerkules, Disyembre 2, 2026 | Pahina 7\n\n" + story).info.page == "7"
    assert info_from_furniture(["Læs videre på side 9"]).page is None  # a jump line: another page's number


def test_the_day_is_read_in_each_languages_order_and_words():
    assert is_furniture("ETELÄN SANOMAT  Keskiviikko 2. joulukuuta 2026")  # Finnish, two fields
    assert is_furniture("12 POWIAT Kurier Nadrzeczny środa, 2 grudnia 2026")  # led by the page's number
    assert is_furniture("MEZŐSÉGI HÍRLAP          2026. december 2., szerda")  # Hungarian: the year first
    assert is_furniture("BALITANG HILAGA | Miyerkules, Disyembre 2, 2026 | Pahina 7")
    assert is_furniture("3 - LA VOZ DEL VALLE - Miércoles 02/12/2026")


def test_more_languages_months_weekdays_and_page_words_make_a_running_head():
    heads = {
        "26 noyabr 2026-cı il, cümə axşamı · № 47 (1893) · səhifə 2": ("2026-11-26", "2"),  # Azerbaijani: an ordinal year
        "Nr. 47 · Freideg, 27. November 2026 · Säit 7 · Regioun": ("2026-11-27", "7"),  # Luxembourgish
        "Hósdagur 3. desember 2026 · Síða 5": ("2026-12-03", "5"),  # Faroese
        "E enjte, 3 dhjetor 2026 • Faqe 4": ("2026-12-03", "4"),  # Albanian
        "Il-Ħamis, 3 ta' Diċembru 2026 | Paġna 6": ("2026-12-03", None),  # Maltese: its page word not known
    }
    for head, (date, page) in heads.items():
        cleaned = clean_text(f"{head}\n\nPonte nova liga as duas margens do rio\n\n   A ponte sobre o rio foi aberta ao trânsito ontem.\n")
        assert cleaned.furniture[0] == head, head
        assert (cleaned.info.date, cleaned.info.page) == (date, page), head


def test_a_papers_name_in_title_case_over_its_dated_head_is_furniture_when_its_foot_names_it():
    page = (
        "Ëlwenter Noriichten\n"
        "Nr. 12 · Mëttwoch, 2. Dezember 2026 · Säit 5\n"
        "\n"
        "Nei Bréck iwwer d’Sauer\n"
        "\n"
        "Déi nei Bréck tëscht den zwee Dierfer ass zanter\n"
        "gëschter fir den Trafic op. D’Aarbechten hunn\n"
        "zwee Joer gedauert a kaschten 4 Milliounen Euro.\n"
        "\n"
        "De Buergermeeschter huet de Bau e Méindeg mat\n"
        "de Schoulkanner offiziell ageweit. D’Fanfare\n"
        "huet gespillt, an duerno gouf et e Patt am Sall.\n"
        "\n"
        "Eng Busslinn fiert elo all hallef Stonn iwwer\n"
        "déi nei Bréck an d’Stad.\n"
        "\n"
        "5 · Ëlwenter Noriichten · 02.12.2026\n"
    )
    cleaned = clean_text(page)
    assert cleaned.furniture[0] == "Ëlwenter Noriichten"
    assert [a.title for a in cleaned.articles] == ["Nei Bréck iwwer d’Sauer"]
    assert cleaned.articles[0].paragraphs[0].startswith("Déi nei Bréck")


def test_a_dated_line_with_running_text_or_a_letters_place_is_no_running_head():
    assert not is_furniture("Aalborg, 1. december 2026")  # a reader's letter signs with its place and date
    assert not is_furniture("Kokous pidetään 2. joulukuuta 2026  kello 18")  # a sentence about the day
    assert not is_furniture("Sidang dibuka Rabu, 2 Desember 2026 | pukul 09.00")


def test_a_section_and_the_page_set_apart_are_furniture_in_any_capitals():
    assert is_furniture("ÉSZAKI KRÓNIKA        7")
    assert is_furniture("SPORT | 14")
    assert is_furniture("14 | THE LAKESHORE TIMES | SPORT")
    assert not is_furniture("FIVE HURT IN CRASH ON ROUTE 14")


_PAGE_TOP = (
    "LA VOZ DEL VALLE\n"
    "Mendoza, lunes 7 de diciembre de 2026 - Página 12\n"
    "\n"
    "PROVINCIA\n"
    "\n"
    "2.000 familias siguen sin agua en el oeste\n"
    "\n"
    "Por Julián Moyano\n"
    "\n"
    "   Más de dos mil familias de los barrios del oeste de la\n"
    "ciudad siguen sin agua corriente desde el viernes, cuando\n"
    "se rompió el acueducto principal. La empresa prometió\n"
    "terminar la reparación antes del miércoles.\n"
    "   Mientras tanto, camiones cisterna recorren los barrios\n"
    "y reparten agua potable por la mañana y por la tarde.\n"
)


def test_the_papers_name_over_its_dated_head_and_the_section_label_under_it_are_the_head():
    cleaned = clean_text(_PAGE_TOP)
    assert list(cleaned.furniture[:3]) == ["LA VOZ DEL VALLE", "Mendoza, lunes 7 de diciembre de 2026 - Página 12", "PROVINCIA"]
    [article] = cleaned.articles
    assert (article.section, article.title) == (None, "2.000 familias siguen sin agua en el oeste")  # a head may open on a figure
    assert article.byline.endswith("Julián Moyano")


def test_a_capitals_headline_under_the_running_head_over_its_text_stays_the_headline():
    page = _PAGE_TOP.replace("PROVINCIA\n\n2.000 familias siguen sin agua en el oeste\n\nPor Julián Moyano\n\n", "INUNDACIONES\n\n")
    assert [a.title for a in clean_text(page).articles] == ["INUNDACIONES"]


def test_an_agency_name_between_slashes_under_the_text_is_the_source():
    page = (
        "Flere unge vælger en læreplads\n"
        "\n"
        "Andelen af unge, der går direkte fra\n"
        "folkeskolen til en erhvervsuddannelse,\n"
        "er steget for tredje år i træk, viser\n"
        "nye tal fra Børne- og Undervisnings-\n"
        "ministeriet. Især uddannelserne inden\n"
        "for byggeri og mekanik er populære.\n"
        "\n"
        "/ritzau/\n"
    )
    [article] = clean_text(page).articles
    assert (article.source, article.paragraphs[-1].endswith("populære.")) == ("ritzau", True)


def test_text_set_flush_under_a_running_foot_printed_in_a_paragraph_is_that_paragraphs():
    page = (
        "Tulay sa Daraga, bubuksan sa Enero\n"
        "\n"
        "  Bubuksan na sa Enero ang bagong tulay\n"
        "sa ilog ng Daraga, ayon sa tanggapan ng\n"
        "inhinyero ng lalawigan. Natapos ito sa\n"
        "loob ng labing-apat na buwan.\n"
        "5 BALITA Pahayagang Bikol Martes, Disyembre 1, 2026\n"
        "Inaasahang mapapaikli nito nang isang\n"
        "oras ang biyahe papunta sa lungsod.\n"
        "  Sinabi ng alkalde na libre ang pagtawid\n"
        "sa unang linggo ng pagbubukas nito.\n"
    )
    cleaned = clean_text(page)
    assert cleaned.furniture == ("5 BALITA Pahayagang Bikol Martes, Disyembre 1, 2026",)
    [article] = cleaned.articles
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].endswith("buwan. Inaasahang mapapaikli nito nang isang oras ang biyahe papunta sa lungsod.")


def test_the_day_alone_under_the_papers_name_is_the_running_head_in_more_languages():
    heads = {
        "PÄRNU TEATAJA\nReede, 27. november 2026": "2026-11-27",  # Estonian
        "Y CYMRO BACH\nDydd Gwener, 27 Tachwedd 2026": "2026-11-27",  # Welsh: the weekday in two words
        "AUSTURFRÉTTIR\nföstudagur 27. nóvember 2026": "2026-11-27",  # Icelandic
        "PODRAVSKI GLAS\npetak, 27. studenoga 2026.": "2026-11-27",  # Croatian, the month's genitive
        "EGE POSTASI\n27 KASIM 2026 CUMA": "2026-11-27",  # Turkish in capitals: KASIM is Kasım
        "BÁO ĐỒNG BẰNG\nThứ Sáu, ngày 27 tháng 11 năm 2026": "2026-11-27",  # Vietnamese, the month in figures
    }
    for head, date in heads.items():
        cleaned = clean_text(_story_under(head))
        assert list(cleaned.furniture) == head.split("\n"), head
        assert [a.title for a in cleaned.articles] == ["Ponte nova liga as duas margens do rio"], head
        assert cleaned.info.date == date, head


def test_the_section_and_page_under_the_day_and_a_second_line_of_the_name_are_the_head_too():
    cleaned = clean_text(_story_under("KARADENİZ SESİ\n25 Kasım 2026 Çarşamba\nSAYFA 3 | BÖLGE"))
    assert list(cleaned.furniture) == ["KARADENİZ SESİ", "25 Kasım 2026 Çarşamba", "SAYFA 3 | BÖLGE"]
    cleaned = clean_text(_story_under("THE RIVERINA ADVOCATE\nAND DISTRICT RECORDER.\nNARRANDERA, FRIDAY, JULY 7, 1916."))
    assert list(cleaned.furniture) == ["THE RIVERINA ADVOCATE", "AND DISTRICT RECORDER.", "NARRANDERA, FRIDAY, JULY 7, 1916."]


def test_a_capitals_headline_over_a_sentence_about_the_day_is_no_running_head():
    page = "KOKOUS SIIRTYY\nKokous pidetään 2. joulukuuta 2026 kello 18 valtuustosalissa.\n\n   Kaupunki tiedotti asiasta.\n"
    cleaned = clean_text(page)
    assert cleaned.furniture == ()
    assert cleaned.articles[0].title == "KOKOUS SIIRTYY"


def test_a_running_head_in_a_language_whose_month_and_page_word_are_unknown_is_furniture():
    # Maltese and Romansh: the paper's name in capitals, a date whose month no pattern knows,
    # the page after its own word; set apart by bullets or dashes.
    for head in (
        "IL-LEĦEN TAL-GĦAWDEX • Il-Ħamis, 3 ta' Diċembru 2026 • Paġna 5",
        "LA QUOTIDIANA - Mesemna, 2 december 2026 - Pagina 7",
        "Paġna 5 – Il-Ħamis, 3 ta' Diċembru 2026 – IL-LEĦEN TAL-GĦAWDEX",
    ):
        cleaned = clean_text(_story_under(head))
        assert cleaned.furniture[0] == head
        assert [a.title for a in cleaned.articles] == ["Ponte nova liga as duas margens do rio"]


def test_a_running_foot_of_the_papers_name_and_an_unknown_month_is_furniture_inside_a_sentence():
    page = (
        "Triq ġdida għall-villaġġ\n"
        "\n"
        "   Il-kunsill lokali fetaħ it-triq il-ġdida lejn il-port, u issa\n"
        "\n"
        "Gazzetta Għawdxija - 3 ta' Diċembru 2026\n"
        "\n"
        "il-karozzi jistgħu jgħaddu bla xkiel matul is-sena kollha.\n"
    )
    cleaned = clean_text(page)
    assert "Gazzetta Għawdxija - 3 ta' Diċembru 2026" in cleaned.furniture
    paragraphs = [p for a in cleaned.articles for p in a.paragraphs]
    assert "Il-kunsill lokali fetaħ it-triq il-ġdida lejn il-port, u issa il-karozzi jistgħu jgħaddu bla xkiel matul is-sena kollha." in paragraphs


def test_frisian_breton_papiamentu_and_maori_days_make_a_running_head():
    heads = {
        "Freed 4 desimber 2026 · nr. 48 · side 9": ("2026-12-04", "9"),  # West Frisian
        "Nr. 88 - Disadorn 5 a viz Kerzu 2026 - Pajenn 6": ("2026-12-05", "6"),  # Breton: "a viz", "of the month"
        "Djaweps, 3 di sèptèmber 2026 | Página 2": ("2026-09-03", "2"),  # Papiamentu
        "Rāpare, 3 Hepetema 2026 | Whārangi 8": ("2026-09-03", "8"),  # Māori
    }
    for head, (date, page) in heads.items():
        cleaned = clean_text(f"{head}\n\nPonte nova liga as duas margens do rio\n\n   A ponte sobre o rio foi aberta ao trânsito ontem.\n")
        assert cleaned.furniture[0] == head, head
        assert (cleaned.info.date, cleaned.info.page) == (date, page), head
    assert info_from_furniture(["Au 27 du 2026, le conseil a voté."]).date is None  # "du" is November only after "a viz"


def test_a_foot_naming_the_paper_with_its_page_and_month_is_lifted_out_of_the_sentence_it_cut():
    page = (
        "TE KARERE O TŪRANGA\n"
        "Rāpare, 3 Hepetema 2026 | Whārangi 6\n\n"
        "Ka whakatūwheratia te whare hou\n\n"
        "More than two hundred people came to the marae on\n"
        "Saturday to open the new wharekai, which took the\n"
        "iwi three years and many working bees to build, and\n"
        "6 Te Karere o Tūranga Hepetema 2026\n"
        "the kaumātua thanked every family who gave their time.\n\n"
        "The wharekai will be used for tangihanga and hui.\n"
    )
    cleaned = clean_text(page)
    assert "6 Te Karere o Tūranga Hepetema 2026" in cleaned.furniture
    assert cleaned.articles[0].paragraphs[0].endswith("build, and the kaumātua thanked every family who gave their time.")
