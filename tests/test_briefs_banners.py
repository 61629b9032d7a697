"""A briefs column's name in capitals over its items, in the languages of Latin-script papers:
the items' section, each item a story under its own short headline (set in Title Case, as
Indonesian papers set theirs, so it does not read as a sentence-case item's head under a
German or French banner). Pages written for the convention, not copied from any gold page."""

from paperarchive.pipeline import clean_text

_BRIEFS = (
    "Tiga Desa di Lereng Merapi Dilanda Banjir\n"
    "\n"
    "   Tiga desa di lereng Gunung Merapi terendam\n"
    "banjir setelah hujan deras mengguyur sejak\n"
    "Minggu malam. Sedikitnya dua ratus keluarga\n"
    "mengungsi ke balai desa dan sekolah dasar.\n"
    "   Kepala desa mengatakan, bantuan beras dan\n"
    "makanan siap saji sudah dibagikan kepada\n"
    "warga yang mengungsi sejak Senin pagi.\n"
    "\n"
    "KABAR SINGKAT\n"
    "\n"
    "Pasar Murah Digelar di Alun-Alun\n"
    "   Pemerintah kabupaten menggelar pasar murah\n"
    "di alun-alun kota pada Sabtu pagi. Warga bisa\n"
    "membeli beras dan minyak goreng lebih murah.\n"
    "\n"
    "Jalan Desa Selesai Diaspal\n"
    "   Jalan sepanjang empat kilometer yang\n"
    "menghubungkan dua desa di kecamatan itu\n"
    "selesai diaspal pekan lalu.\n"
)


def test_a_briefs_banner_is_the_section_of_its_first_item_and_not_its_headline():
    articles = clean_text(_BRIEFS).articles
    first = next(a for a in articles if a.title == "Pasar Murah Digelar di Alun-Alun")
    assert (first.section, first.subtitle) == ("KABAR SINGKAT", None)
    assert "Jalan Desa Selesai Diaspal" in [a.title for a in articles]


def test_a_headline_in_capitals_over_a_deck_and_one_story_is_no_briefs_column():
    one_story = _BRIEFS.split("\nJalan Desa")[0] + "\n"  # a capitals head, a Title Case deck, one text
    assert "KABAR SINGKAT" in [a.title for a in clean_text(one_story).articles]

