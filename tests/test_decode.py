"""decode: the encodings archives hold, and what is not a page."""

import codecs

import pytest
from conftest import BIG5_PAGE, ENGLISH_PAGE, GBK_PAGE, SEED, UTF16_PAGE

from paperarchive.decode import _as_big5_means, decode
from paperarchive.errors import NotTextError


def test_sample_pages_decode_with_their_encodings():
    assert decode(GBK_PAGE.read_bytes()).encoding == "gb18030"
    assert decode(BIG5_PAGE.read_bytes()).encoding == "cp950"
    assert decode(UTF16_PAGE.read_bytes()).encoding == "utf-16"
    assert decode(ENGLISH_PAGE.read_bytes()).encoding == "utf-8"
    assert decode(SEED.read_bytes()).text == SEED.read_text(encoding="utf-8")


def test_gbk_page_decodes_as_gb18030_keeping_names_outside_gb2312():
    text = "朱镕基同志视察重阳节敬老活动，记者报道。" * 3
    decoded = decode(text.encode("gb18030"))
    assert decoded.encoding == "gb18030" and decoded.text == text and decoded.replaced == 0


def test_short_gbk_text_is_not_mistaken_for_a_single_byte_code_page():
    text = "重阳" * 20
    assert decode(text.encode("gbk")).text == text


def test_big5_page_decodes_traditional_text():
    decoded = decode(BIG5_PAGE.read_bytes())
    assert decoded.text == BIG5_PAGE.read_bytes().decode("cp950")
    assert "重陽" in decoded.text


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_with_either_byte_order_mark(bom):
    text = "本报讯 重阳节前夕，社区举办敬老活动。"
    data = bom + text.encode("utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be")
    assert decode(data).text == text


def test_utf16_without_bom_is_recognised_by_its_nul_bytes():
    text = "The harbor fleet returned. " * 4
    assert decode(text.encode("utf-16-le")).text == text


def test_utf8_bom_is_dropped():
    assert decode(codecs.BOM_UTF8 + "重阳".encode()).text == "重阳"


def test_torn_utf8_keeps_the_good_text_and_counts_the_damage():
    good = "社区治理的新办法。" * 20
    data = good.encode() + b"\xe9\x87" + good.encode()  # a character cut in half
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 1
    assert decoded.text.count("社区治理") == 40


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"some text\x00\x00\x01\x02\x00binary\x00\xff\x00", "NUL"),
    ],
)
def test_binary_files_are_refused_with_the_reason(data, what):
    with pytest.raises(NotTextError, match=what):
        decode(data)


def test_latin1_english_page_is_not_taken_for_gb18030():
    text = "The café on Water street served a résumé of naïve verse to the fleet's crews.\n" * 5
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text


def test_utf16_without_bom_on_a_chinese_page_where_only_newlines_carry_nuls():
    text = "# 临江市公交线网优化\n\n本报讯 临江市今起调整公交线路，市民出行更便捷。\n" * 3
    assert decode(text.encode("utf-16-le")).text == text
    assert decode(text.encode("utf-16-be")).text == text


def test_big5_fullwidth_slash_reads_as_big5_means_not_cp950s_division_slash():
    # A Taipei paper's two-story page, as a Big5 editor saved it: 0xA241 is the full-width solidus
    # of the reporters' brackets, which cp950's table reads as U+2215 (NFKC does not fold it).
    page = (
        "社區長照據點再添三處\n【記者林雅婷／台中報導】台中市政府社會局昨日宣布，北屯、南屯與大里三區的社區長照據點本月起陸續開張。\n\n"
        "夜市攤商改用環保餐具\n【記者陳冠宇／台中報導】逢甲夜市自治會昨日與市府環保局簽署合作備忘錄，攤商年底前全面改用環保餐具。\n"
    )
    data = page.encode("big5").replace("／".encode("big5"), b"\xa2\x41")
    assert "\u2215" in data.decode("cp950")  # what cp950 alone would give
    decoded = decode(data)
    assert decoded.encoding == "cp950" and decoded.text == page


def test_cp950_text_changes_the_two_solidi_to_what_big5_means_and_no_other_character():
    # Every code point, through the cp950 fix-up: only U+2215 and U+FE68 change, each to its
    # full-width form; text read with any other codec is left as it is.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    expected = "".join({"\u2215": "\uff0f", "\ufe68": "\uff3c"}.get(ch, ch) for ch in every)
    assert _as_big5_means(every, "cp950") == expected
    assert _as_big5_means(every, "gb18030") == every


def test_a_page_padded_with_nuls_to_a_blocks_end_is_read_not_refused():
    page = "重阳节前夕，社区举办敬老活动。\n".encode("gb18030")
    assert decode(page + bytes(512)).text == decode(page).text
    utf16 = "Harbor news\n".encode("utf-16-le")  # its NULs are its own: never taken for padding
    assert decode(utf16).text == "Harbor news\n"
    with pytest.raises(NotTextError):
        decode(b"\x00\x01\x02text\x00\x00\x00")  # NULs inside too: binary, as before


# A French village page and a Walloon one, set in Latin-9 (ISO 8859-15) with a euro price.
FRENCH_LATIN9 = (
    "Le marché de Noël ouvrira samedi sur la place de l'église. Entrée : 2 € pour les adultes,\n"
    "gratuite pour les enfants. Les bénévoles du comité des fêtes tiendront la buvette.\n"
)
WALLOON_LATIN9 = (
    "Li martchî d' Noyé rvént so l' plaece. On î trovrè des gåfes et do froumaedje do payis.\n"
    "Les djonnes djåzèt walon tot l' long do djoû. Intrêye : 3 € po les grandès djins.\n"
)


@pytest.mark.parametrize("page", [FRENCH_LATIN9, WALLOON_LATIN9])
def test_a_latin9_page_reads_its_euro_and_letters_without_doubt(page):
    decoded = decode(page.encode("iso8859-15"))
    assert decoded.text == page  # not "2 ¤" (cp1252), not Slovak "djĺzčt" (Latin-2)
    assert decoded.doubt == ""


# A Tagalog parish bulletin saved on an old Macintosh: Mac Roman's dash, bullet, quotes and ñ.
TAGALOG_MAC_ROMAN = (
    "BATANGAS – Nagtipon ang mga kabataan sa simbahan noong Linggo.\n"
    "“Masaya kami,” sabi ni G. Peña. Mga dala:\n"
    "• dalawang kilo ng bigas\n"
    "• tatlong bote ng tubig\n"
)


def test_a_mac_roman_page_reads_its_punctuation_not_slovak_or_croatian_capitals():
    decoded = decode(TAGALOG_MAC_ROMAN.encode("mac-roman"))
    assert decoded.text == TAGALOG_MAC_ROMAN  # not "BATANGAS Đ", "ŇMasaya", "Ľ dalawang" (Latin-2)
    assert decoded.encoding == "mac-roman"


# An English-alphabet page saved from a DOS editor (a Swahili weather brief): its one byte
# beyond ASCII is the degree sign, a letter in every Windows and ISO code page.
SWAHILI_DOS = (
    "DAR ES SALAAM - Joto litafikia 34°C leo mchana, na mvua\n"
    "inatarajiwa kunyesha jioni katika mikoa ya pwani.\n"
)


def test_a_dos_pages_degree_sign_after_a_figure_is_no_letter_of_a_windows_code_page():
    decoded = decode(SWAHILI_DOS.encode("cp437"))
    assert "34°C" in decoded.text  # not "34øC" (cp1252), "34řC" (Latin-2)
