"""A language's word for "by" is another's for "in" or "from": Italian "di" signs a byline,
Indonesian "di" says where ("di Pasar Cibeureum Baru"), Romansh "da" signs, Italian "da" says
from where. A line that opens on such a word and names a place in capitals may be a paragraph's
next line. A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """Warta Priangan

Kamis, 10 Desember 2026     Halaman 4

Pedagang Kaki Lima Ditata Ulang

Ratusan pedagang kaki lima yang
biasa berjualan setiap pagi hari
di Pasar Cibeureum Baru Kecamatan
Indihiang akan dipindahkan ke
lahan parkir sebelah timur mulai
pekan depan. Pemerintah kota
menyiapkan 180 lapak baru yang
dilengkapi atap dan saluran air.

Kepala Dinas Koperasi, Hendra
Gunawan, mengatakan penataan ini
dilakukan agar arus kendaraan
tidak lagi tersendat setiap pagi.

Warta Priangan  |  Kota  |  4
"""


def test_a_line_opening_on_a_place_word_goes_on_with_its_sentence():
    story = clean_text(PAGE).articles[0]
    assert story.title == "Pedagang Kaki Lima Ditata Ulang"
    assert story.byline is None
    assert story.paragraphs[0].startswith("Ratusan pedagang kaki lima yang biasa berjualan setiap pagi hari di Pasar Cibeureum Baru Kecamatan Indihiang akan dipindahkan")
