"""A scan's specks read as a mark alone before a line's first word, in an engine's plain text
(misreadings.drop_leading_specks): the line reads as what it is, a page line, a jump line or text."""

from paperarchive.misreadings import drop_leading_specks
from paperarchive.pipeline import clean_text


def test_speck_before_a_word_goes():
    assert drop_leading_specks("~ Pamarintah kota sudah\n| 五月\n|  鸣枪，一万二千名跑者参赛。")[0] == "Pamarintah kota sudah\n五月\n鸣枪，一万二千名跑者参赛。"


def test_a_hyphen_glued_to_a_capitalised_word_goes():
    assert drop_leading_specks("-Basambung ka halaman 5\n-Sudah dua bulan")[0] == "Basambung ka halaman 5\nSudah dua bulan"


def test_bullets_dashes_tables_and_figures_stay():
    text = "- a list's row\n- Another row\n| a | b |\n| 表 | 格 |\n~ 5 km\n-3 degrees\n· Item\n‘ Avantul - Sporting 4-2’\n_ They.\n; Handbalistele"
    assert drop_leading_specks(text) == (text, ())


def test_a_jump_line_behind_a_speck_is_the_page_furniture_and_the_speck_is_explained():
    page = "\n".join([
        "Pasar terapung kada cuma wadah bajual-bali. Inya",
        "adalah sajarah wan budaya urang Banjar nang kada",
        "ada di wadah lain. Ulun maulah usul: pamarintah kawa",
        "mambari bantuan jukung hanyar gasan padagang anum,",
        "wan maatur jadwal wisata supaya",
        "-Basambung ka halaman 5",
    ])
    cleaned = clean_text(page)
    assert not any("Basambung" in p for a in cleaned.articles for p in a.paragraphs)
    assert [(fix.rule, fix.line, fix.before, fix.after) for fix in cleaned.fixes if fix.removed == "-"] == [
        ("drop_leading_specks", 6, "-Basambung ka halaman 5", "Basambung ka halaman 5")
    ]
    assert "-" in cleaned.removed
