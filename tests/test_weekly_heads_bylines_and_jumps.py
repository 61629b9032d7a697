"""Weekly pages in languages with no word lists, in the layouts the nineteenth stop's new set
showed lost: a byline led by a capitalised "by" of the page's language under a deck in running
words ("Vu Jang Schmit", Luxembourgish), the story's paragraphs marked by their indent only, the
page's section in one word flush under the edition line, a standing column's rubric in capitals
over its shorter title, a reader signing flush under the last indented paragraph (a Luxembourgish
page); an edition line of fields parted by dashes (a Papiamento page); a jump line in an unknown
language, the next story's head quoting its subject, an interview's questions and answers opened
by a dash, a box's label in capitals after a story under a byline, over entries each opened by a
day and a figure (an Aragonese page); the lead's first line flush under the byline (a Waray
page). Pages written for the classes, not copied from any gold page."""

from paperarchive.pipeline import clean_text

LUXEMBOURGISH = """LËTZEBUERGER DUERFBLAD
Samschdeg, 12. Dezember 2026  ·  Säit 5
GEMENGEN

SCHOUL
D'Gemeng Wëntger kritt eng nei Grondschoul
Fir d'Kanner aus véier Dierfer gëtt eng gemeinsam Schoul gebaut
Vu Jang Schmit
  No zwee Joer Diskussioun huet de Gemengerot
en Donneschdeg d'Pläng fir déi nei Grondschoul
ugeholl. D'Schoul soll am Hierscht 2029 opgoen.
  Den Architekt huet de Projet am Sall vum
Kulturzentrum virgestallt, an déi meescht Elteren
waren domat zefridden.

D'WUERT VUN DER WOCH
Bréifdréier
  Esou huet een de Postbuet fréier genannt, deen
all Moien mam Vëlo duerch d'Duerf gefuer ass.

Chrëschtdag bei der Boma
  Wéi ech kleng war, hu mir Chrëschtdag ëmmer bei
der Boma am Éislek gefeiert. Et gouf keen Tëlee,
awer vill Kichelcher an e grousse Bam.
  Meng Schwëster an ech hunn all Joer e Gedicht
opgesot, ier et Kaddoe goung.
Marie Weber, Ettelbréck

Wat ass lass?
Sonndeg, 13. Dezember, 15 Auer: Chrëschtmaart um Kierchplaz

LËTZEBUERGER DUERFBLAD  ·  GEMENGEN  ·  SÄIT 5
"""

PAPIAMENTO = """DI BARIO
Korant semanal di Kòrsou – Djabièrnè 11 di desèmber 2026 – Página 3 – Nafl. 2,50

SKOL
Un biblioteka nobo pa mucha den Bandabou
E biblioteka tin mas ku dos mil buki na papiamentu
Pa Shirley Martina

Djaweps atardi a habri e promé biblioteka públiko
pa mucha den Bandabou, den e edifisio bieu di
e polis. Mas ku shen mucha a bin ku nan mayornan
i nan maestronan pa mira e buki nobo.

E biblioteka ta habri tur dia for di un or di
atardi te ku seis or, ménos djadumingu. Mucha
no ta paga nada pa fia un buki.

Un grupo di hóben di e bario a kologá e
stantenan i a pinta e muraya den e luna pasá.
"""

ARAGONESE = """O DIARIO D'A CANAL
Chueves, 10 d'aviento de 2026  |  Pachina 3

FERIA
O mercau de os dimingos torna t'a plaza de Canfranc
Os puestos de productors d'a bal pasan de diez a vinticinco
CHUAN LÓPEZ · CANFRANC

Dimpués de tres anyadas en a nau viella d'a estación,
o mercau de productors torna t'a plaza, y lo fa con
mas puestos que nunca, segunt as cuentas de l'asociación
de

Sigue en a pachina 6

«A chota ye cosa de chóvens tamién»
Marta Pérez, ganadera d'o concurso de Chaca, canta dende os nueu anyos
PAULA GIMÉNEZ · CHACA

Marta Pérez tien dizenueu anyos y o sabado ganó o concurso de chota de Chaca.

—¿Cuán encomenzés a cantar?

—Con o mío lolo. Cantaba mientres seguaba a yerba
y yo iba dezaga repitindo.

—¿Bi ha mas mozos cantando que antes?

—Muitos mas. A chota no ye cosa de viellos,
ye cosa de qui la quiera cantar.

ACHENDA

Biernes 11, 19.00: Concierto d'a Banda de Mosica, Casa de Cultura de Chaca
Sabado 12, 11.00: Chornada de limpieza d'o río, salida dende a puent de Canfranc
Domingo 13, 17.30: Teatro en aragonés, «A mora d'o molino», Centro Social de Biescas

O Diario d'a Canal  |  Comarca  |  Pachina 3
"""

WARAY = """AN TINGOG HAN SIDLANGAN
Sabado, Disyembre 12, 2026 • Pahina 7 • ₱12

Tacloban Warriors an kampeon han liga
Ni Lorna Daza

Ginpildi han Tacloban Warriors an Ormoc City
Eagles, 3–1, ha kataposan nga dula han liga han
futbol ha Leyte han Domingo ha Tacloban.

Nakaiskor hin duha nga gol hi Paolo Uy, usa nga
batan-on nga magdudula, ngan nagpasalamat hiya ha
iya mga kag-anak katapos han dula.

Mag-aandam hin selebrasyon an syudad para han
mga magdudula ha sunod nga Sabado ha plasa.

An Tingog han Sidlangan • Palaro • Pahina 7
"""


def test_a_capitalised_word_for_by_under_a_deck_in_running_words_names_the_writer():
    school = clean_text(LUXEMBOURGISH).articles[0]
    assert (school.kicker, school.title, school.byline) == ("SCHOUL", "D'Gemeng Wëntger kritt eng nei Grondschoul", "Vu Jang Schmit")
    assert school.subtitle == "Fir d'Kanner aus véier Dierfer gëtt eng gemeinsam Schoul gebaut"
    assert school.paragraphs[0].startswith("No zwee Joer Diskussioun")


def test_a_reader_signing_flush_under_an_indented_last_paragraph_signs_the_piece():
    story = clean_text(LUXEMBOURGISH).articles[2]
    assert (story.title, story.byline) == ("Chrëschtdag bei der Boma", "Marie Weber, Ettelbréck")
    assert clean_text(LUXEMBOURGISH).articles[3].kicker is None


def test_a_standing_rubric_in_capitals_over_a_shorter_title_is_its_kicker():
    word = clean_text(LUXEMBOURGISH).articles[1]
    assert (word.kicker, word.title, word.subtitle) == ("D'WUERT VUN DER WOCH", "Bréifdréier", None)


def test_the_pages_section_in_one_word_under_the_edition_line_is_furniture():
    page = clean_text(LUXEMBOURGISH)
    assert "GEMENGEN" in page.furniture
    assert page.articles[0].kicker == "SCHOUL"


def test_an_edition_line_of_fields_parted_by_dashes_is_furniture():
    page = clean_text(PAPIAMENTO)
    assert any(line.startswith("Korant semanal di Kòrsou") for line in page.furniture)
    library = page.articles[0]
    assert (library.kicker, library.title, library.byline) == ("SKOL", "Un biblioteka nobo pa mucha den Bandabou", "Pa Shirley Martina")
    assert library.paragraphs[0].startswith("Djaweps atardi")


def test_a_jump_line_in_an_unknown_language_ends_its_story_and_the_next_head_quotes_its_subject():
    market, interview = clean_text(ARAGONESE).articles[:2]
    assert market.paragraphs[-1].endswith("segunt as cuentas de l'asociación de")
    assert interview.title == "«A chota ye cosa de chóvens tamién»"
    assert interview.subtitle == "Marta Pérez, ganadera d'o concurso de Chaca, canta dende os nueu anyos"
    assert interview.byline == "PAULA GIMÉNEZ · CHACA"


def test_an_interviews_answer_opened_by_a_dash_reads_on_into_its_wrapped_line():
    interview = clean_text(ARAGONESE).articles[1]
    assert "—Con o mío lolo. Cantaba mientres seguaba a yerba y yo iba dezaga repitindo." in interview.paragraphs
    assert interview.paragraphs[-1] == "—Muitos mas. A chota no ye cosa de viellos, ye cosa de qui la quiera cantar."


def test_a_label_in_capitals_after_a_story_under_a_byline_heads_a_box_of_entries():
    agenda = clean_text(ARAGONESE).articles[2]
    assert (agenda.title, agenda.subtitle) == ("ACHENDA", None)
    assert agenda.paragraphs[0].startswith("Biernes 11, 19.00: Concierto")
    assert len(agenda.paragraphs) == 3


def test_the_leads_first_line_flush_under_the_byline_is_text_not_a_subhead():
    story = clean_text(WARAY).articles[0]
    assert (story.title, story.byline) == ("Tacloban Warriors an kampeon han liga", "Ni Lorna Daza")
    assert story.paragraphs[0].startswith("Ginpildi han Tacloban Warriors an Ormoc City Eagles, 3–1,")
    assert not story.headings
