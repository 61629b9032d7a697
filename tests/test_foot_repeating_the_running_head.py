"""A page's foot line that repeats its running head's page and section line and names a staff
or contact field (classify.`_foot_repeating_the_running_head`) is furniture, however the engine
read the dots and gaps between its fields. Pages written for the rule, as Tesseract's plain text
gives a drawn page (the middle dots read as hyphens, the wide spaces as stops)."""

from paperarchive.pipeline import clean_text

LATIN = """Suara Hulu

Arba, 14 April 2027
Opini - 6

Jalan ka pasar harus dibaiki

Jalan ka pasar lawas sudah rusak banar.
Mun hujan, banyu manggali di tangah jalan
wan motor kada kawa lewat.

Warga baharap pamarintah lakas bagawi.
Bubuhan padagang jua sudah manulis surat.

Suara Hulu - Opini - 6 - Redaktur: Siti Rahmah
"""

CJK = """溪南日報
2027年4月14日　星期三
B5　文教新聞

社區圖書館延長開放時間

本報訊　社區圖書館自下月起延長開放時間，
每天晚上開放到九點，方便上班族借書。

館方表示，將增設自助借還書機兩台。

溪南日報B5文教新聞。責任編輯:林美華.讀者專線。05-2231-456
"""


def test_a_latin_foot_line_read_with_hyphens_is_furniture():
    """Before: "Suara Hulu - Opini - 6 - Redaktur: Siti Rahmah" the story's last paragraph."""
    page = clean_text(LATIN)
    assert not any("Redaktur" in p for a in page.articles for p in a.paragraphs)
    assert any("Redaktur" in f for f in page.furniture)


def test_a_cjk_foot_line_read_with_stops_for_its_gaps_is_furniture():
    page = clean_text(CJK)
    assert not any("責任編輯" in p for a in page.articles for p in a.paragraphs)


def test_a_last_sentence_naming_the_page_is_no_foot():
    page = clean_text(LATIN.replace("Suara Hulu - Opini - 6 - Redaktur: Siti Rahmah", "Baca jua Opini 6 isuk: surat pambaca nang hanyar."))
    assert any("surat pambaca" in p for a in page.articles for p in a.paragraphs)
