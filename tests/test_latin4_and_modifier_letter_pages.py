"""Pages of small papers in the Latin languages of the north and east, written here in the shapes
of holdout142's damage (not its pages): a page saved in the North European ISO page (Latin-4,
ISO-8859-4), whose letters Latin-2 and the Nordic Latin-6 read as other alphabets' ("ā", "ē",
"ķ", "ļ", "ņ" of Latvian, "ė", "į", "ų" of Lithuanian); a writer's label opening on a capital beyond
Latin-1 ("Žurnāliste: …"); a one-word masthead holding a modifier prime (the soft sign of
transliterated Russian, "SEVERʹ") whose foot, the name and an address, closes the page."""

from pathlib import Path

import pytest

from paperarchive import api

LATVIAN_CLUB = """LAUKU VĒSTIS | Wednesday 10.09.2031 | Page 5
Youth | Editor: Inese Ozola

Skolēnu koris brauc uz Rīgu
Žurnāliste: Ilze Kalniņa

CĒSIS - Ģimnāzijas koris šogad ņems dalību
dziesmu svētkos. Četrdesmit skolēni
mācās jau kopš ziemas.

Diriģente Māra Ķēniņa saka, ka ļaudis
koncertā gaidīs jaunas dziesmas.

Koncerts notiks sestdien pilsētas parkā,
un ieeja būs bez maksas.

Lauku Vēstis | Youth
"""


def _clean(tmp_path: Path, name: str, data: bytes) -> api.ReadPage:
    page = tmp_path / name
    page.write_bytes(data)
    return api.clean_file(page)


def test_a_latvian_page_in_latin4_reads_its_own_letters(tmp_path):
    read = _clean(tmp_path, "lauku.txt", LATVIAN_CLUB.encode("iso8859-4"))
    assert read.decoded.encoding == "iso8859-4"
    article = read.page.articles[0]
    assert article.title == "Skolēnu koris brauc uz Rīgu"
    assert article.paragraphs[1] == "Diriģente Māra Ķēniņa saka, ka ļaudis koncertā gaidīs jaunas dziesmas."


LITHUANIAN_CAMP = """KAIMO ŽINIOS | Saturday 12.07.2031 | Page 3
Youth | Editor: Jonas Kazlauskas

Vaikų stovykla prie ežero
Autorė: Eglė Jankauskaitė

UTENA - Šiais metais į stovyklą atvyko šešiasdešimt vaikų iš
aplinkinių ūkių. Jie mokėsi plaukti, dainavo dainas
ir sėdėjo prie laužo.

Vadovė Rūta Žilinskienė džiaugiasi, kad vaikai buvo
linksmi ir sveiki.

Kaimo žinios | Youth
"""


def test_a_lithuanian_page_in_latin4_is_not_read_as_latin2(tmp_path):
    read = _clean(tmp_path, "kaimo.txt", LITHUANIAN_CAMP.encode("iso8859-4"))
    assert read.decoded.encoding == "iso8859-4"
    article = read.page.articles[0]
    assert article.title == "Vaikų stovykla prie ežero"
    assert article.paragraphs[0].startswith("UTENA - Šiais metais į stovyklą atvyko šešiasdešimt vaikų")


# Indent-only paragraphs, the head wrapped over two lines flush over the writer's line.
INDENTED_CHOIR = """LAUKU VĒSTIS · Wednesday 10.09.2031 · Page 5
Youth · Editor: Inese Ozola

Skolēnu koris brauc
uz dziesmu svētkiem Rīgā
{writer}
  CĒSIS – Ģimnāzijas koris šogad ņems dalību
dziesmu svētkos, un četrdesmit skolēni
mācās jau kopš ziemas.
  Diriģente Māra Ķēniņa saka, ka ļaudis
koncertā gaidīs jaunas dziesmas.
  Koncerts notiks sestdien pilsētas parkā,
un ieeja būs bez maksas.

Lauku Vēstis · Youth
"""


@pytest.mark.parametrize("writer", ["Žurnāliste: Ilze Kalniņa", "Čálli: Máret Sara", "Ɓinndi: Aamadu Bah"])
def test_a_writers_label_opening_on_a_capital_beyond_latin1_is_the_byline_not_the_deck(tmp_path, writer):
    read = _clean(tmp_path, "lauku8.txt", INDENTED_CHOIR.format(writer=writer).encode())
    article = read.page.articles[0]
    assert article.title == "Skolēnu koris brauc uz dziesmu svētkiem Rīgā"
    assert article.byline in (writer, writer.split(": ")[1])
    assert article.subtitle is None


SEVER_PAGE = """SEVERʹ · Sreda 17.09.2031 · Stranica 4
Molodëžʹ · Redaktor: Olʹga Ivanova

Škol'niki posadili sad u reki
Avtor: Pëtr Smirnov

ARHANGELʹSK – V subbotu tridcatʹ škol'nikov
posadili sto jablonʹ u reki. Rabota šla
ves' denʹ.

Učitelʹnica Anna Belova skazala: “Sad
budet našim podarkom gorodu.”
Dežurstva
Denʹ           Klass
pn 22.9.          7A
vt 23.9.          8B
sr 24.9.          9V
Otvetstvennyj: Ivan Popov

Severʹ · redakcija@sever.example.ru
"""


def test_a_one_word_masthead_with_a_modifier_prime_names_its_foot(tmp_path):
    read = _clean(tmp_path, "sever.txt", SEVER_PAGE.encode())
    page = read.page
    assert "Severʹ · redakcija@sever.example.ru" in page.furniture
    assert all("redakcija@sever.example.ru" not in p for a in page.articles for p in a.paragraphs)
