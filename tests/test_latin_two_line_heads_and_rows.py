"""Latin-script pages whose head wraps over two lines above its writer, and a list whose row
names the paper. Written for the fixlat123 round (holdout123's Garifuna and Jingpho pages,
holdout107's West Jutlandic and holdout108's Dagbani heads, seen once each), each page here new:
a head naming a place, its second line going on in lower case, over a writer's bare name; a head whose first line
ends on a colon over a writer's line led by a "by" the cleaner has no word for; a head wrapped
onto a short line that opens on a name; a row of an episode list, flush between rows, one of
whose cells is the paper's name."""

from paperarchive.api import clean_file


def _page(tmp_path, text, name="page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean_file(path).page


# (Papiamentu-like wording; the name and places invented)
BARE_NAME = """KORANTE DI PUNDA · Djárason 3 mart 2027 · Pagina 4
Kultura · Redaktor: Ines Maduro

Biblioteka nobo di Punda habri
na Otrobanda
Marisol Rosalia

PUNDA - E biblioteka nobo di buurt
ta habri su porta djaweps mainta.
E tin mas ku dos mil buki pa mucha
i hende grandi.

Shon Elvira Pietersz a bisa ku e
kas bieu a haña un bida nobo.
"""


def test_a_head_wrapped_in_lower_case_over_a_bare_name_keeps_the_name_out_of_the_title(tmp_path):
    story = _page(tmp_path, BARE_NAME).articles[0]
    assert story.title == "Biblioteka nobo di Punda habri na Otrobanda"
    assert story.byline == "Marisol Rosalia"
    assert story.paragraphs[0].startswith("PUNDA - E biblioteka nobo")


# (Frisian-like wording; the writer's line led by two words the cleaner has no list for)
COLON_HEAD = """DE WÂLDPOST | Tiisdei 9 maart 2027 | Side 3
Doarp en Mar | Redaksje: Sjoerd Hoekstra

De feart is ticht om it iis:
bus ryd no de wâl
Skreaun o Wike Dijkstra

HOLWERT - De feart leit al fiif dagen
ticht om it iis. De boat kin net
fuort, en de bern geane mei de bus.

De bus rydt moarns om sân oere.
"""


def test_a_head_ending_on_a_colon_over_a_writer_led_by_an_unknown_by_is_one_title(tmp_path):
    story = _page(tmp_path, COLON_HEAD).articles[0]
    assert story.title == "De feart is ticht om it iis: bus ryd no de wâl"
    assert story.byline in ("Skreaun o Wike Dijkstra", "Wike Dijkstra")
    assert story.paragraphs[0].startswith("HOLWERT - De feart leit")


# (Ewe-like wording: a head wrapped onto a short line opening on a place's name)
WRAPPED_ONTO_A_NAME = """AGBALẼ NYUIE · Kuɖa, 10 March 2027 · Axa 5
Dɔwɔwɔ · Editor: Kofi Amegah

Mɔ yeye la ʋu le egbe
Kpando kple Hohoe dome
Ŋlɔla: Akosua Dzifa

KPANDO – Dziɖuɖua ʋu mɔ yeye la le
egbe. Ameawo kpɔ dzidzɔ ŋutɔ, eye
wogblɔ be mɔa nyo.

Akpedada na dɔwɔlawo katã.
"""


def test_a_head_wrapped_onto_a_short_line_opening_on_a_name_is_one_title(tmp_path):
    story = _page(tmp_path, WRAPPED_ONTO_A_NAME).articles[0]
    assert (story.title, story.subtitle) == ("Mɔ yeye la ʋu le egbe Kpando kple Hohoe dome", None)


# (Tok Pisin-like wording; the paper's name also a row's cell of the list)
ROW_NAMES_THE_PAPER = """SEPIK NIUS – 14.3.2027 – Pes 7
TV na Redio – Edita: Rose Kaupa

Nupela program long tok ples
bai kamap long TV
Joseph Waim

  WEWAK – Nupela program long tok
ples bai kamap long TV long Mas 21.
Em bai soim ol stori bilong ol ples.
  Ol i wokim long ples tasol.
Lista bilong ol program
1   Ples Tambu              21.3.
2   Sepik Nius              28.3.
3   Wara Bikpela             4.4.
Taim: 19.00, SNT TV

Sepik Nius – nius@sepik.example.pg
"""


def test_a_row_flush_between_rows_stays_a_row_though_a_cell_names_the_paper(tmp_path):
    page = _page(tmp_path, ROW_NAMES_THE_PAPER)
    rows = [" ".join(p.split()) for p in page.articles[-1].paragraphs]
    assert rows[-4:] == ["1 Ples Tambu 21.3.", "2 Sepik Nius 28.3.", "3 Wara Bikpela 4.4.", "Taim: 19.00, SNT TV"]
    assert not any("28.3." in line for line in page.furniture)
