"""A Windows (cp1252) page whose only characters beyond ASCII are punctuation and a currency
code's sign ("GH¢20", "E£ 450"), read as the DOS cp850 it is not: its "·" became "À", its "–"
"û", its “quotes” "ô…ö" and its "GH¢" "GHó", so the masthead and the foot were not furniture
and the section line became the title. The sign between a currency code's capitals and a sum is
punctuation, and cp1252 fits. A real cp850 page stays cp850. Pages written for the class."""

from paperarchive.api import clean_file

# Hausa as printed in northern Ghana (the hooked letters left out, as a cp1252 page must).
HAUSA_CP1252 = """JARIDAR AREWA · Alhamis 09.05.2041 · Shafi 3
Kasuwa · Edita: Iddrisu Mahama

Farashin shinkafa
ya tashi a Tamale
Daga: Abukari Sulemana

TAMALE – Yan kasuwa sun ce buhun shinkafa
ya kai GH¢640 a wannan mako, daga GH¢560
a watan jiya.

Sarkin kasuwa Alhaji Mumuni ya ce: “Mun roki
gwamnati ta duba lamarin nan da sauri.”

Jaridar Arewa · arewa@tamale.example.gh
"""

# Somali traders' news from Cairo, prices in Egyptian pounds.
SOMALI_CP1252 = """WARGEYSKA GEESKA · Sabti 12.10.2041 · Bogga 5
Ganacsi · Tifaftire: Cabdi Warsame

Qiimaha shaaha
oo kor u kacay
Qore: Faadumo Jaamac

QAHIRA – Ganacsatada Soomaaliyeed ee suuqa
Cataba waxay sheegeen in kiilada shaaha ay
hadda tahay E£ 450, halka bishii hore ay ahayd
E£ 380.

Ganacsade Xasan Cali ayaa yiri: “Dadku way
iibsanayaan, laakiin faa'iidadu way yaraatay.”

Wargeyska Geeska · geeska@qahira.example.eg
"""

# A Catalan page saved by an old DOS editor: its "ç", "à", "l·l" and "£" are cp850's.
CATALAN_CP850 = """EL PREGONER · Dijous 14.03.2041 · Pàgina 2
Comarca · Director: Jordi Puigvert

La fira del bestiar
torna a la plaça
Per: Núria Casals

VIC - La fira del bestiar va omplir dissabte la
plaça Major amb més de dues-centes vaques, i
els pagesos anglesos hi van pagar UK£90 per cap.

L'alcalde va dir: «És la millor fira dels
darrers anys, i la col·laboració ha estat bona.»

El Pregoner · pregoner@vic.example.cat
"""


def _clean(tmp_path, name, text, codec):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(codec))
    return clean_file(path)


def test_a_cp1252_page_with_cedi_signs_reads_as_cp1252_and_keeps_its_title(tmp_path):
    read = _clean(tmp_path, "arewa.txt", HAUSA_CP1252, "cp1252")
    assert read.decoded.encoding == "cp1252" and not read.decoded.doubt
    (story,) = read.page.articles
    assert story.title == "Farashin shinkafa ya tashi a Tamale"
    assert any("ya kai GH¢640 a wannan mako, daga GH¢560" in p for p in story.paragraphs)
    assert any(p.startswith("Sarkin kasuwa Alhaji Mumuni ya ce: “Mun roki") for p in story.paragraphs)
    assert not any("JARIDAR AREWA" in p or "arewa@tamale" in p for p in story.paragraphs)


def test_a_cp1252_page_with_egyptian_pound_signs_reads_as_cp1252_and_keeps_its_title(tmp_path):
    read = _clean(tmp_path, "geeska.txt", SOMALI_CP1252, "cp1252")
    assert read.decoded.encoding == "cp1252"  # (doubted: the Central European cp1250 reads "EŁ 450" as well)
    (story,) = read.page.articles
    assert story.title == "Qiimaha shaaha oo kor u kacay"
    assert any("hadda tahay E£ 450" in p for p in story.paragraphs)
    assert not any("WARGEYSKA GEESKA" in p or "geeska@qahira" in p for p in story.paragraphs)


def test_a_dos_cp850_page_with_a_pound_after_a_code_stays_cp850(tmp_path):
    read = _clean(tmp_path, "pregoner.txt", CATALAN_CP850, "cp850")
    assert read.decoded.encoding == "cp850"
    (story,) = read.page.articles
    assert story.title == "La fira del bestiar torna a la plaça"
    assert any("UK£90 per cap" in p for p in story.paragraphs)
