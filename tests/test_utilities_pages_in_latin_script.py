"""Latin-script utilities and travel pages: an answerer's name and post set apart on two lines
between a reader's question and the answer, a notice's place-and-date row under its issuer, the
` | ` joins of a page's heads and feet over a table aligned by spaces, and a briefs column's label
glued under a story's last line. Pages written for the cases (not copied from any gold page)."""

from paperarchive.api import clean_file
from paperarchive.pipeline import clean_text

QA_PAGE = (
    "AVISEN | Tirsdag 3. marts 2026 | Side 8\n"
    "Rejser | Redaktør: Lone Holm\n"
    "\n"
    "Spørg om rejsen\n"
    "Mit tog blev aflyst. Får jeg pengene\n"
    "tilbage?\n"
    "\n"
    "Spørgsmål: Mit tog til Aarhus blev\n"
    "aflyst i går, og jeg tog bussen i\n"
    "stedet. Kan jeg få billetten refunderet?\n"
    "(Birthe K., Vejle)\n"
    "\n"
    "Jens Mortensen\n"
    "Kundechef, Banedanmark Syd\n"
    "\n"
    "Svar: Ja. Et aflyst tog giver ret til\n"
    "fuld refusion af billetten, og du kan\n"
    "søge om den på stationen.\n"
    "\n"
    "Gem kvitteringen fra bussen, så kan du\n"
    "også få den betalt.\n"
    "\n"
    "Avisen | rejser@avisen.example.dk\n"
)


def test_an_answerers_name_and_post_between_question_and_answer_are_the_byline():
    answer = clean_text(QA_PAGE).articles[-1]
    assert answer.byline == "Jens Mortensen Kundechef, Banedanmark Syd"
    assert answer.paragraphs[0].startswith("Spørgsmål: ")
    assert answer.paragraphs[1].startswith("Svar: Ja.")
    assert len(answer.paragraphs) == 3


NOTICE_PAGE = (
    "LANDSBLADET · 9 Mei 2026 · Ukurasa 3\n"
    "Usafiri · Mhariri: Amina Said\n"
    "\n"
    "Treni mpya ya Moshi kuanza Juni\n"
    "Na Hassan Mwinyi\n"
    "\n"
    "MOSHI – Treni mpya ya abiria kati ya\n"
    "Moshi na Arusha itaanza kazi mwezi\n"
    "Juni, shirika la reli limesema.\n"
    "\n"
    "Mkuu wa kituo, Juma Ally, alisema:\n"
    "“Tunataka abiria wafike kazini\n"
    "\n"
    "Landsbladet · Usafiri\n"
    "\n"
    "mapema.”\n"
    "Ratiba ya treni\n"
    "\n"
    "Kutoka   Kwenda   Saa\n"
    "Moshi    Arusha   6:00\n"
    "Arusha   Moshi    17:00\n"
    "Moshi    Tanga    20:00\n"
    "\n"
    "Tiketi hazirudishwi baada ya safari.\n"
    "\n"
    "Kaskazini Express Ltd\n"
    "\n"
    "Moshi, 7/5/2026\n"
    "\n"
    "Landsbladet · usafiri@landsbladet.example.tz\n"
)


def test_a_place_and_date_row_under_a_notices_issuer_is_its_last_paragraph():
    notice = clean_text(NOTICE_PAGE).articles[-1]
    assert notice.byline == "Kaskazini Express Ltd"
    assert notice.paragraphs[-1] == "Moshi, 7/5/2026"
    assert all(caption.credit != "Moshi, 7/5/2026" for caption in notice.captions)


BAR_PAGE = (
    "GAZETA E LUGINËS | E enjte, 5 mars 2026 | Faqe 2\n"
    "Uji dhe energjia | Redaktore: Arta Kola\n"
    "\n"
    "Matësit e ujit lexohen për herë\n"
    "të fundit me dorë\n"
    "Nga Besnik Hoxha\n"
    "\n"
    "KORÇË - Ndërmarrja e ujit do të lexojë\n"
    "në prill për herë të fundit matësit në\n"
    "shtëpi. Matësit e rinj dërgojnë vetë\n"
    "leximin nga viti i ardhshëm.\n"
    "\n"
    "Punonjësit vijnë midis orës 8 dhe 17.\n"
    "Kush nuk është në shtëpi, e shkruan\n"
    "leximin në një kartë.\n"
    "\n"
    "Gazeta e Luginës | Uji dhe energjia\n"
    "\n"
    "Leximi në prill\n"
    "\n"
    "Fshati          Ditët\n"
    "Drenovë         1 deri 3 prill\n"
    "Boboshticë      6 deri 8 prill\n"
    "Voskopojë       9 deri 10 prill\n"
    "Mborje-Drenovë  13 deri 14 prill\n"
    "Lini matësin të lirë.\n"
    "\n"
    "Gazeta e Luginës | uji@lugina.example.al\n"
)


def test_bars_joining_a_pages_heads_and_feet_are_no_column_rule(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(BAR_PAGE, encoding="utf-8")
    articles = clean_file(page).page.articles
    assert [a.title for a in articles] == ["Matësit e ujit lexohen për herë të fundit me dorë", "Leximi në prill"]
    assert articles[1].paragraphs[:2] == ["Fshati          Ditët", "Drenovë         1 deri 3 prill"]


BRIEFS_PAGE = (
    "KURIER POLNOCNY · 2 April 2026 · Strona 4\n"
    "Prąd i woda · Redaktor: Anna Nowak\n"
    "\n"
    "Nowa stacja zasila osiedla\n"
    "Pisze: Marek Zieliński\n"
    "\n"
    "GDYNIA – Nowa stacja transformatorowa\n"
    "zasila od wtorku trzy osiedla na\n"
    "północy miasta. Przerwy w dostawie\n"
    "prądu mają się skończyć.\n"
    "\n"
    "Ewa Mazur z osiedla Obłuże mówi, że\n"
    "czekała na to dwa lata. „Teraz lodówka\n"
    "wreszcie działa przez cały\n"
    "\n"
    "Kurier Polnocny · Prąd i woda\n"
    "\n"
    "boży dzień.”\n"
    "Wieści Miejskie\n"
    "Woda nie popłynie w Oksywiu\n"
    "\n"
    "Wodociągi wyłączą wodę w Oksywiu w\n"
    "sobotę od rana do wieczora.\n"
    "\n"
    "Nowe liczniki dla domów\n"
    "\n"
    "Energetyka wymieni w maju liczniki w\n"
    "dwóch tysiącach domów.\n"
    "\n"
    "Gaz w butlach drożeje\n"
    "\n"
    "Butla gazu kosztuje od poniedziałku\n"
    "o pięć złotych więcej.\n"
    "\n"
    "Kurier Polnocny · redakcja@kurier.example.pl\n"
)


def test_a_briefs_label_glued_under_a_story_is_the_columns_section_over_each_item():
    articles = clean_text(BRIEFS_PAGE).articles
    assert [a.title for a in articles[1:]] == ["Woda nie popłynie w Oksywiu", "Nowe liczniki dla domów", "Gaz w butlach drożeje"]
    assert articles[1].section == "Wieści Miejskie"
    assert articles[0].paragraphs[-1] == "Ewa Mazur z osiedla Obłuże mówi, że czekała na to dwa lata. „Teraz lodówka wreszcie działa przez cały boży dzień.”"
