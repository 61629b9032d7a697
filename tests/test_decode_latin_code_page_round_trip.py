"""Latin-script pages saved in a legacy code page read back as they were written.

A bounded round trip: each page below, written for the class, is encoded in every code page
`decode` tries that holds its text exactly, and must decode to the same text. The failures it
catches: a language whose letters no alphabet listed (Māori's macrons read in cp1252 as the
French "Tûtû", Papiamentu's "è" and "ò" in cp1250 as the Czech "č" and "ň", Malagasy's "ñ" as
the Sorbian "ń", Turkmen's "ň" and "ý" in cp1254 as "ò" and "ı", old Greenlandic's kra in
cp1252 as "¢"), a DOS pound opening a sum read as "œ12", and the middle dots of a masthead, on
a page with no accented word, read as the letters "á", "ú" or the spacing accent "˙".
"""

import pytest

from paperarchive.api import clean_file
from paperarchive.decode import decode

# Māori (Aotearoa): macrons, which the Baltic pages hold.
MAORI = """TE REO O TE RAKI — Rāapa 14 Hōngongoi 2027 — Whārangi 4

Ka whakatuwheratia te whare pukapuka hou

Ē rua rau ngā tāngata i tae mai ki te whakatuwheratanga o te whare
pukapuka hou i Kaitāia i te Rātapu. I kōrero te kaumātua mō ngā
tūpuna, ā, i waiata ngā tamariki o te kura.
"""

# Papiamento of Aruba: grave and acute accents and "ñ", all in cp1252.
PAPIAMENTO = """DIARIO DI ARUBA — djaweps, 9 di sèptèmber 2027
GOBIÈRNU


Scol nobo pa muchanan di Savaneta

E gobièrnu a habri un scol nobo riba dia di djaluna. Mas di dos
shen mucha lo siña aki, i e maestronan ta contentu cu e aulanan
grandi. Minister Croes a bisa: “Nos ta invertí den nos futuro.”
E ñetonan di e famianan tambe a bin mira e edificio nobo, i e
pòrta prinsipal tabata yen di flor. Riba e mesun dia e preis di
petròleo a baha ku shete sèn, i e kòmpra na merkado a bira mas barata.
"""

# Malagasy as written in the south-east: "ñ" beside the French-like "è" and "à".
MALAGASY = """NY FEON'NY ATSIMO – Alahady 3 Oktobra 2027

Nitombo ny vokatry ny vary tany Farafangana

Nilaza ny tompon'andraikitra fa nitombo ny vokatra tamin'ity taona
ity. Ny tantsaha nahazo voa vaovao, ka niakatra ny vidin'ny vary
tamin'ny tsenañe. Tsy nisy rano ampy tamin'ny volana lasa, hoy
izy, fa nahavita nitondra rano tamin'ny lakandrano vaovao izahay,
ka tsara ny taona, hoy Ramanantsoa Jaosè, mpamboly ao Vohipeno.
Ny fampiasàna ny zezika dia nanampy koa.
"""

# Turkmen: "ň", "ý", "ş", "ž", "ä" — cp1250 holds them all.
TURKMEN = """WATAN HABARLARY – 2027-nji ýylyň 12-nji noýabry

Täze mekdep açyldy

Aşgabat şäheriniň günorta etrabynda täze mekdep açyldy. Mekdepde
ýedi ýüz okuwçy okar. Mugallymlar we ene-atalar dabara gatnaşdylar,
žurnalistler bolsa okuwçylaryň aýdymlaryny ýazga aldylar.
"""

# Greenlandic before the 1973 spelling reform: its kra and the circumflexed long vowels (Latin-4).
GREENLANDIC = """KALÂTDLIT - Sisamanga 5 Novemberime 1970

Piniartut ukiume ĸáĸortume aulisarnermik suliaĸarput, tâssa
ilíniarnermut ũmatâ ajungitsoĸ. Nunaĸarfingne inuit amerdlanerit
ĸavdlunât umiarssuait takulerpait.
"""

# An English country page from a DOS editor: its only accent is the pound opening a sum.
ENGLISH_POUNDS = """THE VALLEY CHRONICLE - Friday, 6 March 1931

Cattle Sale at Millbrook

Prime bullocks made to £21 5s. and cows to £14 at the Millbrook
yards on Tuesday. Store lambs were firm at £1 2s. a head.
"""

# Tok Pisin: no accent at all, middle dots between the masthead's fields.
TOK_PISIN = """WANTOK NIUS · Fraide, 8 Oktoba 2027 · Pes 3
Niusroom · Edita: Joseph Kila · kila@wantok.example.pg

Ol meri i opim nupela maket long Goroka

Ol meri bilong Goroka i opim nupela maket long Mande. Planti
manmeri i kam long baim kaikai na bilum. Ol i tok maket bai
helpim ol famili long kisim moni.

Wantok Nius · Pes 3 · Niusroom
"""

PAGES = {
    "maori": MAORI,
    "papiamento": PAPIAMENTO,
    "malagasy": MALAGASY,
    "turkmen": TURKMEN,
    "greenlandic": GREENLANDIC,
    "english_pounds": ENGLISH_POUNDS,
    "tok_pisin": TOK_PISIN,
}
# The code pages decode reads, the common ones first (see decode._latin).
CODE_PAGES = (
    "cp1252", "iso8859-2", "cp1250", "cp1254", "iso8859-15", "cp1257", "iso8859-13",
    "iso8859-16", "iso8859-3", "iso8859-10", "iso8859-4", "mac-roman", "cp850",
)


def _encodings(text):
    for codec in CODE_PAGES:
        try:
            yield codec, text.encode(codec)
        except UnicodeEncodeError:
            continue


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_page_reads_back_from_every_code_page_that_holds_it(name):
    text = PAGES[name]
    misread = {codec: decode(data).text for codec, data in _encodings(text) if decode(data).text != text}
    assert not misread, {codec: [line for line in got.splitlines() if line not in text.splitlines()][:2] for codec, got in misread.items()}


def test_each_page_is_held_by_some_code_page():
    assert all(list(_encodings(text)) for text in PAGES.values())


def _clean(tmp_path, name, text, codec):
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    return clean_file(path)


def test_a_mac_roman_page_with_dotted_masthead_keeps_its_dots_and_its_title(tmp_path):
    read = _clean(tmp_path, "wantok.txt", TOK_PISIN, "mac-roman")
    assert "WANTOK NIUS · Fraide" in read.decoded.text
    (story,) = read.page.articles
    assert story.title == "Ol meri i opim nupela maket long Goroka"
    assert not any("WANTOK NIUS" in p or "kila@wantok" in p for p in story.paragraphs)


def test_a_dos_page_keeps_its_pounds(tmp_path):
    read = _clean(tmp_path, "chronicle.txt", ENGLISH_POUNDS, "cp850")
    (story,) = read.page.articles
    assert any("made to £21 5s. and cows to £14" in p for p in story.paragraphs)


def test_a_baltic_page_in_maori_keeps_its_macrons(tmp_path):
    read = _clean(tmp_path, "raki.txt", MAORI, "cp1257")
    (story,) = read.page.articles
    assert any(p.startswith("Ē rua rau ngā tāngata") for p in story.paragraphs)
