"""A county or district paper's front page, its articles run together: an index strip of the
pages inside, set on one line under its label and a colon, its cells parted by middle dots
("Na kati: Bilanga 3 · Kelasi 4 · Masano 7"), is furniture, not a paragraph; a byline led by a
compound label joined by its hyphen ("Mokomi-sango: Grace Mbuyi") flush over the lead's first
paragraph at its indent is the byline; a briefs column's label of a word or two over one-line
heads (set apart over the column, or glued under the story above with its first head flush
under it, or over briefs whose heads run into their text on a colon) names the column, and each
brief is an article of its own under its head. Pages written for the classes (Lingala, Swahili
and Asturian words, invented papers and people), cleaned through the public API."""

from paperarchive.api import clean_file


def _page(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode("utf-8"))
    return clean_file(page).page


# Indent-only (four spaces), the strip at the top, the label set apart over one-line heads.
LINGALA_PAGE = """\
ZOMBO ELONGI · Mokolo 14.03.2042 · Page 1
Front page · Editor: Paul Ngandu
Na kati: Bilanga 3 · Kelasi 4 · Masano 7

Mai ya peto
Bato ya Zombo bazwi mai
Mokomi-sango: Grace Mbuyi
    ZOMBO – Bato ya mboka Zombo bazwi mai ya peto na mabulu
zomi na mibale, oyo basali na sanza mibale.
    Mokonzi ya mboka alobi ete mai ekoya mokolo na mokolo.

Sango mikuse
Zando ya sika
    Zando ya sika efungwami na Kimpese na mokolo ya poso.

Nzela ya Kasi
    Nzela ya Kasi ebongisami na bato ya mboka na poso mobimba.

Lisano ya ndembo
    Bilenge ya Zombo balongi lisano na Matadi na mokolo ya lomingo.

Zombo Elongi · sango@zombo.example.cd
"""


def test_an_index_strip_of_cells_parted_by_middle_dots_under_its_label_is_furniture(tmp_path):
    page = _page(tmp_path, LINGALA_PAGE)
    assert "Na kati: Bilanga 3 · Kelasi 4 · Masano 7" in page.furniture
    assert not any("Bilanga 3" in p for a in page.articles for p in a.paragraphs)


def test_a_byline_led_by_a_hyphened_label_flush_over_the_indented_lead_is_the_byline(tmp_path):
    lead = _page(tmp_path, LINGALA_PAGE).articles[0]
    assert lead.byline == "Mokomi-sango: Grace Mbuyi"
    assert lead.paragraphs[0].startswith("ZOMBO – Bato ya mboka Zombo")


def test_a_label_set_apart_over_one_line_heads_at_the_indent_names_the_column_of_briefs(tmp_path):
    briefs = _page(tmp_path, LINGALA_PAGE).articles[1:]
    assert [b.title for b in briefs] == ["Zando ya sika", "Nzela ya Kasi", "Lisano ya ndembo"]
    assert briefs[0].section == "Sango mikuse" or briefs[0].kicker == "Sango mikuse"
    assert [len(b.paragraphs) for b in briefs] == [1, 1, 1]


# Blank lines between articles, the second story glued under the jump line, the briefs column's
# label glued under that story's last sentence with its first head flush under it (a head that
# reads as one, ending on a place's name; where label and head both read as text, repair joins them
# into the story's paragraph before the column can be seen: not covered here).
SWAHILI_PAGE = """\
SAUTI YA PWANI · Jumanne 09.10.2042 · Page 1
Front page · Mhariri: Asha Mwinyi

Shule ya Mtepeni
yapata maabara mpya
Mwandishi: Juma Salim

MTEPENI – Shule ya sekondari ya Mtepeni
imepata maabara mpya ya sayansi, iliyo-
jengwa na wazazi kwa miezi minne.

Walimu wamesema wanafunzi wataanza
kutumia maabara hiyo
Continued on Page 4
Soko la samaki
lafunguliwa Kilwa
KILWA – Soko jipya la samaki limefunguli-
wa Kilwa Jumatatu, na wavuvi wengi
wamefika mapema.
Habari fupi
Maji ya Kitonga
Maji ya bomba yamefika kijiji cha Ki-
tonga wiki hii.

Barabara ya pwani
Barabara ya pwani itafungwa siku mbili
kwa matengenezo.

Tamasha la ngoma
Tamasha la ngoma litafanyika uwanjani
Jumamosi jioni.

Sauti ya Pwani · habari@pwani.example.tz
"""


def test_a_label_glued_under_a_story_with_its_first_head_flush_under_it_opens_the_briefs(tmp_path):
    articles = _page(tmp_path, SWAHILI_PAGE).articles
    assert articles[1].title == "Soko la samaki lafunguliwa Kilwa"
    assert articles[1].paragraphs[-1].endswith("wamefika mapema.")
    briefs = articles[2:]
    assert [b.title for b in briefs] == ["Maji ya Kitonga", "Barabara ya pwani", "Tamasha la ngoma"]
    assert briefs[0].section == "Habari fupi" or briefs[0].kicker == "Habari fupi"


# Indent-only (three spaces), briefs whose heads run into their text on a colon.
ASTURIAN_PAGE = """\
LA VOZ DEL NALÓN · Miércoles 21.05.2042 · Páxina 1
Portada · Editora: Marta Suárez

La escuela de Sotrondio
estrena tejau nuevu
Escritora: Lucía Fernández
   SOTRONDIO – La escuela de Sotrondio estrena
tejau nuevu dempués de cuatro meses d'obres.
   Los neños vuelven a les aules el llunes.

Noticies curties
   Mercáu: El mercáu de los xueves vuelve a la
plaza dende la selmana que vien.
   Teatru: El grupu de teatru presenta obra
nueva el sábadu pela tarde.
   Biblioteca: La biblioteca abre tamién los
domingos pela mañana.

La Voz del Nalón · redaccion@nalon.example.es
"""


def test_briefs_run_in_on_a_colon_under_a_label_over_the_indent_are_articles_of_their_own(tmp_path):
    briefs = _page(tmp_path, ASTURIAN_PAGE).articles[1:]
    assert [b.title for b in briefs] == ["Mercáu", "Teatru", "Biblioteca"]
    assert briefs[0].paragraphs == ["El mercáu de los xueves vuelve a la plaza dende la selmana que vien."]
