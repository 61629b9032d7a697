"""Pages whose first line is the desk line, a section and its editor's post and name parted by a
middle dot, a bullet or a bar ("Energia · Szerkesztő: Kovács Réka"), written here anew in
Hungarian, Finnish and Swahili: with the folio at the foot, or with none the running-head rules
know, the desk line is furniture by its place and form, not the first story's title."""

from paperarchive.pipeline import clean_text

HUNGARIAN = """Közlekedés · Szerkesztő: Balogh Eszter Anna

Új buszjárat indul a kórházhoz
Írta: Fehér Gábor

KECSKEMÉT – Hétfőtől óránként indul busz
a pályaudvarról a megyei kórházhoz. A
jegy ára nem változik.

A társaság vezetője szerint a járatot
főleg az idősek kérték.

BÁCSKAI NAPLÓ · 2032. április 12., hétfő
"""

FINNISH = """Kulttuuri | Toimittaja: Sanna Heikkinen
SAVON VIIKKO · 14. huhtikuuta 2032 · 9. sivu

Kirjaston lukusali remontoidaan
Teksti: Juha Korhonen

KUOPIO – Pääkirjaston lukusali suljetaan
kesäkuussa kolmeksi kuukaudeksi. Lainaus
jatkuu alakerrassa.

Kirjastonjohtaja kertoi, että uudet tuolit
tulevat jo elokuussa.
"""

SWAHILI = """Afya • Mhariri: Neema Mwakyusa

Zahanati mpya yafunguliwa Mbeya
Na: Baraka Mwakalinga

MBEYA – Zahanati mpya ya kijiji imefunguliwa
wiki hii. Wagonjwa hawatasafiri tena kilomita
ishirini kwenda hospitali.

Daktari mkuu alisema dawa zimeshafika
na wauguzi wanne wameajiriwa.

KIONGOZI WA NYANDA ZA JUU · Ijumaa 16.04.2032
"""


def test_a_hungarian_desk_line_over_the_first_story_with_the_folio_at_the_foot_is_furniture():
    page = clean_text(HUNGARIAN)
    assert [a.title for a in page.articles] == ["Új buszjárat indul a kórházhoz"]
    assert "Közlekedés · Szerkesztő: Balogh Eszter Anna" in page.furniture


def test_a_finnish_desk_line_over_a_folio_the_running_head_rules_do_not_know_is_furniture():
    page = clean_text(FINNISH)
    assert "Kulttuuri | Toimittaja: Sanna Heikkinen" in page.furniture
    assert all("Toimittaja" not in (a.title or "") + (a.subtitle or "") for a in page.articles)
    assert page.articles[-1].paragraphs[-1] == "Kirjastonjohtaja kertoi, että uudet tuolit tulevat jo elokuussa."


def test_a_swahili_desk_line_parted_by_a_bullet_opening_the_page_is_furniture():
    page = clean_text(SWAHILI)
    assert [a.title for a in page.articles] == ["Zahanati mpya yafunguliwa Mbeya"]
    assert page.articles[0].byline == "Na: Baraka Mwakalinga"
    assert "Afya • Mhariri: Neema Mwakyusa" in page.furniture
