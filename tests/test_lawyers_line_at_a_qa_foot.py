"""A lawyer's Q&A column signed at its foot: the lawyer's line in brackets under the last answer is
the column's byline, also where the column opens its turns indented and the line stands flush
straight under the last answer, no blank line over it. Text written for the rule (no gold page's)."""

from paperarchive.pipeline import clean_text

INDENTED = """\
南湖晚报　2042年6月3日　星期二

老小区加装电梯过半
　　本报记者　韩　澍
　　今年以来，南湖区已有六十多个老小区装上了电梯，
居民上下楼方便了许多。
　　区住建局表示，下半年还将再开工四十部。

邻里法律角
装修押金能不能退？
　　问：我租的房子退租时，房东说墙面有污渍，
押金一分不退，合理吗？
　　答：正常使用留下的痕迹不算损坏，房东不能
以此扣押金；有争议的，可以先找社区
调解。
（南湖区信达律师事务所　古明远律师）

南湖晚报社　　地址：南湖区建设路9号

南湖晚报社　　地址：南湖区建设路9号
"""


def test_the_lawyers_line_flush_under_an_indented_answer_is_the_byline():
    article = next(a for a in clean_text(INDENTED).articles if a.title == "装修押金能不能退？")
    assert article.byline == "（南湖区信达律师事务所　古明远律师）"
    assert not any("律师事务所" in p for p in article.paragraphs)


FULL_LINE = INDENTED.replace(
    "以此扣押金；有争议的，可以先找社区\n调解。\n",
    "以此扣押金；有争议的，先找社区调解。\n",
)


def test_the_lawyers_line_under_a_full_last_line_of_the_answer_stands_apart():
    # the answer's last line as wide as the column: the bracketed line under it no wrapped line of it
    article = next(a for a in clean_text(FULL_LINE).articles if a.title == "装修押金能不能退？")
    assert article.paragraphs[-1] == "答：正常使用留下的痕迹不算损坏，房东不能以此扣押金；有争议的，先找社区调解。"
    assert article.byline == "（南湖区信达律师事务所　古明远律师）"


LATIN_INDENTED = """\
Warta Teluk · Halaman 4 · Selasa, 9 Juni 2043

Konsultasi Hukum
Tanah warisan belum dibagi
   T: Ayah kami meninggal dan tanahnya belum
dibagi. Bolehkah kakak menjualnya sendiri?
   J: Tidak boleh. Tanah warisan milik semua
ahli waris, jadi penjualan harus disetujui
semua ahli waris di depan notaris.
Pengacara: Ani Rumbewas, S.H.

Warta Teluk · redaksi@teluk.example.id
"""


def test_a_lawyers_name_with_a_degree_flush_under_the_answer_is_the_byline():
    # an indent-only page: no blank line sets the lawyer's line apart from the answer's last line
    article = next(a for a in clean_text(LATIN_INDENTED).articles if a.title == "Tanah warisan belum dibagi")
    assert article.byline == "Pengacara: Ani Rumbewas, S.H."
    assert article.paragraphs[-1].endswith("di depan notaris.")
