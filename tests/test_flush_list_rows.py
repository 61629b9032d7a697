"""Flush row lists, each row one paragraph and no head: a book's data rows under a review's byline
("書名：…" / "作者：…" / "出版：…" / "定價：…"), a new-books list of slash rows ("《書名》／作者／
出版社"), a horoscope's rows ("LEO – …"). The head under such a list opens the next piece. Pages
written for the rules (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20, indent="")

REVIEW = (
    "南灣日報　第12版　閱讀\n\n"
    "一條河的記憶\n"
    "文／林予安（作家）\n\n"
    "書名：《河口的燈》\n"
    "作者：馬聿修\n"
    "出版：北岸出版社\n"
    "定價：新臺幣420元\n\n"
    + wrap("馬聿修在河口的小鎮長大，這本散文集寫的是河邊的渡船、漁市和老戲院。")
    + "\n"
    + wrap("書裡沒有大事件，只有日子：清晨的渡船、午後的漁市、夜裡老戲院散場的人潮。作者寫得很慢，一篇寫一個人，一個人寫一輩子。")
    + "\n"
    + wrap("讀完這本書，再走過河口的長堤，會覺得每一盞燈後面都有一個故事，正是這些故事，讓一條河有了自己的記憶。")
    + "\n新書推薦\n\n"
    "《山城的雨季》／葉知秋／青禾文化\n"
    "《外婆的菜園》／孫若溪／竹林出版\n"
    "《學做一隻風箏》／魏小川／海風書房\n\n"
    "書店裡的午後\n\n"
    + wrap("每個週末，我都會帶孩子去街角的書店，一坐就是一個下午。店裡的老闆認得我們，總會留一張靠窗的桌子。")
    + "\n"
    + wrap("孩子看繪本，我看小說，誰也不打擾誰。回家的路上，她會把讀到的故事講給我聽。")
)


def test_book_data_rows_open_the_review_and_a_slash_list_is_its_own_piece():
    review, books, essay = clean_text(REVIEW).articles
    assert review.title == "一條河的記憶"
    assert review.paragraphs[:4] == ["書名：《河口的燈》", "作者：馬聿修", "出版：北岸出版社", "定價：新臺幣420元"]
    assert "林予安" in review.byline and "馬聿修" not in review.byline
    assert books.title == "新書推薦"
    assert books.paragraphs == ["《山城的雨季》／葉知秋／青禾文化", "《外婆的菜園》／孫若溪／竹林出版", "《學做一隻風箏》／魏小川／海風書房"]
    assert essay.title == "書店裡的午後" and not essay.section and not essay.kicker


HOROSCOPE = """ANG BALITA
Semanal sang Capiz • Nobyembre 6, 2026 • Pahina 5

Bag-ong merkado sa Roxas, bukas na

Ginbuksan na sang siyudad ang bag-ong merkado
publiko sa Roxas City sang Lunes. May 240 ka
puesto ang merkado para sa mga manugbaligya.

KAPALARAN

ARIES – Maayo nga semana para sa pamilya.
TAURUS – Maghinay sa paggasto.
GEMINI – May bisita halin sa malayo.
CANCER – Magpahuway kon kapoy.

BALITA SA PALIBOT
Pista sang Capiz, ginpreparar na

Nagpreparar na ang mga barangay para sa pista
sang Capiz sa Disyembre. May parada kag mga
sayaw sa plaza.
"""


def test_horoscope_rows_are_paragraphs_and_the_brief_under_them_a_story():
    story, horoscope, brief = clean_text(HOROSCOPE).articles
    assert horoscope.title == "KAPALARAN"
    assert horoscope.paragraphs == [
        "ARIES – Maayo nga semana para sa pamilya.",
        "TAURUS – Maghinay sa paggasto.",
        "GEMINI – May bisita halin sa malayo.",
        "CANCER – Magpahuway kon kapoy.",
    ]
    assert not horoscope.headings
    assert brief.title == "Pista sang Capiz, ginpreparar na"
    assert "BALITA SA PALIBOT" in (brief.section, brief.kicker)
