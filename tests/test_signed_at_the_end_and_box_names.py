"""Pieces signed at their END, and a box's name over its rows. Pages written for the rules (not
copied from any gold page):

- a reader's essay signed in brackets with where she lives, a blank line under its last
  sentence ("（沙田讀者　何嘉欣）"), and a commentary signed by the paper's commentator
  ("（本报评论员　韦　川）"): the piece's byline, not the next column's section;
- a Latin story signed at its end after a dash ("– Tupaq Yupanki"): its byline, the dash markup;
- a product box: its label, the product's name in Latin letters, its "参数：值" rows: the name is
  the box's title, the label its section or kicker, the rows its paragraphs.
"""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20, indent="")


def test_a_reader_signing_in_brackets_after_a_blank_line():
    page = (
        "港島日報　2026年11月5日　星期四　第9版　閱讀\n\n"
        "那年的圖書館\n\n"
        + wrap("中學時，學校圖書館只有一個小房間，管理員是一位退休的老師，他總把新到的書先拿給我們看。")
        + "\n"
        + wrap("畢業那天，他送了我一本舊詩集，扉頁上寫著：書是走不完的路。")
        + "\n"
        + wrap("如今我也當了老師，常常想起那個小房間和那位老先生。")
        + "\n（沙田讀者　何嘉欣）\n\n"
        "書訊\n"
        "社區圖書館週日延長開放\n\n"
        + wrap("【本報訊】社區圖書館自下月起，週日開放時間延長至晚上九時。")
    )
    essay, brief = clean_text(page).articles
    assert essay.title == "那年的圖書館" and essay.byline == "沙田讀者　何嘉欣"
    assert essay.paragraphs[-1] == "如今我也當了老師，常常想起那個小房間和那位老先生。"
    assert brief.title == "社區圖書館週日延長開放"
    assert "沙田" not in (brief.section or "") + (brief.kicker or "")


def test_a_commentator_signing_in_brackets():
    page = (
        "澄江日报　2026年7月8日　星期三　第4版　评论\n\n"
        "公交站台的遮阳棚该修了\n\n"
        + wrap("入夏以来，不少市民反映，城东几个公交站台的遮阳棚破损多时，等车的人只能站在太阳底下。")
        + "\n"
        + wrap("有关部门回应说，遮阳棚归属不清，维修经费一直没有着落，问题就这样拖了下来。")
        + "\n"
        + wrap("小小的遮阳棚，连着的是民生冷暖，修好它并不难。")
        + "\n（本报评论员　韦　川）\n"
    )
    piece = clean_text(page).articles[0]
    assert piece.byline.replace("　", "") == "本报评论员韦川"
    assert piece.paragraphs[-1] == "小小的遮阳棚，连着的是民生冷暖，修好它并不难。"


QUECHUA = """WAYNA WILLAKUY
Semanario | 3 qhapaq raymi killa 2026 | P'anqa 4

Musuq yachay wasi Calcapi

Calca llaqtapi musuq yachay wasita kichanku
qhapaq raymi killapi. Warmakunaqa kusisqam
kachkanku.

Yachachiqkunaqa ninku: «Kunanqa aswan allinta
yachakusunchik».

– Tupaq Yupanki

Raymi Pisaqpi

Pisaq llaqtapi hatun raymi kanqa domingo
p'unchawpi, ayllukunamanta takiqkuna hamunqaku.
"""


def test_a_latin_story_signed_at_its_end_after_a_dash():
    story, brief = clean_text(QUECHUA).articles
    assert story.title == "Musuq yachay wasi Calcapi"
    assert story.byline == "Tupaq Yupanki"
    assert all("Tupaq" not in p for p in story.paragraphs)
    assert brief.title == "Raymi Pisaqpi" and not brief.byline


def test_a_box_name_in_latin_letters_over_its_rows():
    page = (
        "澄江日报　2026年12月8日　星期二　第6版　科技\n\n"
        "平板电脑销量翻番\n"
        "本报记者　安　澜\n\n"
        + wrap("临近年底，市区各大卖场平板电脑销量比上月翻了一番，学生家长是购买主力。")
        + "\n"
        + wrap("一家卖场的店长说，千元左右的机型卖得最好，不少家长买给孩子上网课用。")
        + "\n新品速递\n"
        "星河 Pad 9 Lite\n"
        "屏幕：11英寸LCD，90Hz刷新率\n"
        "电池：8000mAh，支持33W快充\n"
        "参考价：1499元起\n"
    )
    story, box = clean_text(page).articles
    assert box.title == "星河 Pad 9 Lite"
    assert "新品速递" in (box.section, box.kicker)
    assert box.paragraphs == ["屏幕：11英寸LCD，90Hz刷新率", "电池：8000mAh，支持33W快充", "参考价：1499元起"]
    assert story.title == "平板电脑销量翻番"


CAPIZ = """ANG BALITA
Semanal sang Capiz • Nobyembre 6, 2026 • Pahina 2

BANWA
Bag-ong tulay sa Panay, bukas na
Makaluwas sa traffic ang mga motorista
Ni Liza Marie Bautista
lizabautista@balita.example.ph

ROXAS CITY – Ginbuksan na sa publiko ang bag-ong
tulay sa banwa sang Panay sang Lunes, siling
sang opisina sang inhenyero sang probinsya.

Ang tulay nga may kalabaon nga 180 metros
nagakantidad sang P210 milyon, kag natapos
ini sang duha ka tuig.
"""


def test_the_reporters_address_under_her_byline_is_no_part_of_it():
    story = clean_text(CAPIZ).articles[0]
    assert story.title == "Bag-ong tulay sa Panay, bukas na"
    assert story.byline == "Ni Liza Marie Bautista"
    assert all("@" not in p for p in story.paragraphs)
