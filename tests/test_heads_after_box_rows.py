"""A head under a box's rows, or over a table's, opens a story of its own: a box of rows sets no
subheads. Three shapes of it: a box of labelled fields ("地点：…") closed by its last field, a box
that opened on numbered rows and closes on a note, and a table whose rows name a place in Latin
letters, a cell wider than a Chinese cell may be. Pages written for the rules (not copied from any
gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.blocks import row_shape
from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)

HEADER = "临川晚报　2027年5月8日　星期六　第6版　生活\n\n"
STORY = (
    "城南湿地公园新开三条步道\n本报记者　邱　岚\n\n"
    + wrap("城南湿地公园新修的三条木栈道本周六起开放，全长六公里，沿途设有观鸟台和休息亭。")
    + wrap("公园管理处提醒，步道临水路段没有护栏，带孩子的市民要多加看护。")
)
LETTER = wrap("第一次带女儿去湿地看白鹭，她一路数了二十多只，回家还画了一幅画。") + wrap("下次我们打算带上望远镜，早一点出门。")


def titles(page: str) -> list[str | None]:
    return [a.title for a in clean_text(page).articles]


def test_a_head_under_a_boxs_labelled_fields_opens_the_next_story():
    box = "\n出行信息\n\n入口：湿地公园南门\n开放：每天6时至19时\n交通：公交12路、28路\n\n"
    diary = "读者来信：湿地里的白鹭\n\n" + LETTER
    articles = clean_text(HEADER + STORY + box + diary).articles
    assert [a.title for a in articles] == ["城南湿地公园新开三条步道", "出行信息", "读者来信：湿地里的白鹭"]
    assert articles[1].headings == [] and articles[1].paragraphs[-1] == "交通：公交12路、28路"


def test_a_box_that_opened_on_numbered_rows_sets_no_subhead_under_its_note():
    riddles = "\n本周谜语\n\n1. 两个月亮（打一字）\n2. 一加一（打一字）\n3. 人在山边（打一字）\n\n" + wrap("答案请在下周三前寄到本版，猜中者可获赠台历一本。")
    answers = "\n上周答案\n\n1. 明　　2. 王　　3. 仙\n"
    articles = clean_text(HEADER + STORY + riddles + answers).articles
    assert [a.title for a in articles] == ["城南湿地公园新开三条步道", "本周谜语", "上周答案"]
    assert articles[1].headings == [] and articles[2].paragraphs == ["1. 明　　2. 王　　3. 仙"]


def test_a_latin_name_wider_than_a_chinese_cell_still_makes_a_row():
    assert row_shape("李嘉明　　University of British Columbia　　化学") == (3, False)
    assert row_shape("他说　　This is what we were told by the staff　　好") is None  # a clause, no name


def test_a_head_over_a_table_naming_places_in_latin_opens_the_next_story():
    table = "\n海外升学名单\n\n李嘉明　　University of Toronto　　化学\n陈思琪　　University of British Columbia　　法律\n黄子轩　　McGill University　　医学\n"
    articles = clean_text(HEADER + STORY + table).articles
    assert [a.title for a in articles] == ["城南湿地公园新开三条步道", "海外升学名单"]
    assert len(articles[1].paragraphs) == 3 and articles[0].headings == []
