"""A regional daily's stories open on the place and the paper's own name in capitals ("TASIKMALAYA
SELATAN, SUARA PRIANGAN — "), and the column breaks that line inside the name, though in letters
counted it would have fitted: capitals are wider than the lower case the measure holds. A page
written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """Suara Priangan

Kamis, 10 Desember 2026
Daerah 6

Pasar Rakyat Dibuka Lagi Setelah Direnovasi

TASIKMALAYA SELATAN, SUARA
PRIANGAN — Pasar rakyat Cibeureum kembali
dibuka pada Senin setelah direnovasi
selama delapan bulan. Sebanyak 240
pedagang menempati kios baru yang lebih
luas dan terang.

Kepala Dinas Perdagangan, Rina Kusumawati,
mengatakan renovasi menelan biaya Rp 9
miliar dari anggaran daerah dan provinsi.

Jalan Desa Diperlebar untuk Truk Panen

CIAMIS, SUARA PRIANGAN — Jalan desa
sepanjang tiga kilometer di Panumbangan
diperlebar agar truk hasil panen bisa lewat
tanpa harus menunggu giliran.

6 | Daerah | Suara Priangan
"""


def test_a_place_lead_broken_inside_the_papers_name_stays_the_stories_first_paragraph():
    market = clean_text(PAGE).articles[0]
    assert market.title == "Pasar Rakyat Dibuka Lagi Setelah Direnovasi"
    assert market.paragraphs[0].startswith("TASIKMALAYA SELATAN, SUARA PRIANGAN — Pasar rakyat")


def test_the_place_lead_on_one_line_opens_its_story():
    road = clean_text(PAGE).articles[-1]
    assert road.title == "Jalan Desa Diperlebar untuk Truk Panen"
    assert road.paragraphs[0].startswith("CIAMIS, SUARA PRIANGAN — Jalan desa")
