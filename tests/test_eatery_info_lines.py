"""An eatery's info line (address, hours, price) closing a review, set solid: wrapped at the
measure right after the dash of its opening hours it is one paragraph, the range whole, not two
table rows; a table's label printed straight under it is the table's title, not the info line's
tail. Text written for the conventions."""

from conftest import hard_wrapped

from paperarchive.classify import classify
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text

_REVIEW = (
    "小巷里的豆花店\n"
    "\n"
    "　　河西老街有一家豆花店，开了三十多年，一碗\n"
    "豆花8元，两个人再加一碟油条，一共20元。\n"
    "地址：河西老街石桥巷5号　营业时间：6:30—\n"
    "13:00　两人约20元\n"
)


def test_info_line_wrapped_after_the_dash_of_its_hours_is_one_paragraph():
    paragraphs = [p for a in clean_text(_REVIEW).articles for p in a.paragraphs]
    assert "地址：河西老街石桥巷5号　营业时间：6:30—13:00　两人约20元" in paragraphs


def test_table_label_glued_under_the_info_line_is_the_tables_title():
    # the page's lines as grouped (the table's lines rows): the info line, wrapped once, and the label one block
    info = Block(("地址：河西老街石桥巷01-05号　营业时间：", "6:30—13:00　两人约20元", "本周豆品价"), 30, gap=1)
    rows = tuple(Block((row,), 33 + k, kind=Kind.ROW) for k, row in enumerate(("品名　价格　哪里买", "黄豆　每斤6元　河西市场", "豆腐　每块2元　各菜场", "豆芽　每斤3元　河西市场")))
    text = Block(("老板说，豆花要用石磨磨的豆浆点，才够嫩", "滑，一天只卖两百碗。"), 27, gap=1, indent=True)
    blocks = classify((text, info, *rows), hard_wrapped=True)
    label = next(b for b in blocks if b.text == "本周豆品价")
    assert label.kind is not Kind.BODY
    assert not any(b.text.endswith("两人约20元本周豆品价") or b.lines[-1] == "本周豆品价" and len(b.lines) > 1 for b in blocks)


def test_info_line_wrapped_inside_its_hours_label_is_one_paragraph():
    # the info line fills the column and breaks inside "营业时间", its colon on the line under
    paragraphs = (
        "河西老街有一家豆花店，开了三十多年，每天清早五点半开门，门口总有人排队。",
        "一碗豆花8元，两个人再加一碟油条，一共20元。豆花用石磨磨的豆浆点成，入口又嫩又滑。",
        "老板娘说，店里一天只卖两百碗，卖完就收摊，来晚了只能等明天。",
    )
    page = (
        "锦城晚报　2026年12月10日　星期四　第12版　饮食\n\n小巷里的豆花店\n本报记者　柏　川\n\n"
        + "\n".join(hard_wrapped(p, 20) for p in paragraphs)
        + "地址：河西区老街石桥巷南口东侧5号　营业时\n间：6:30—13:00　两人约20元\n"
    )
    assert clean_text(page).articles[0].paragraphs[-1] == "地址：河西区老街石桥巷南口东侧5号　营业时间：6:30—13:00　两人约20元"


def test_table_label_read_as_a_row_under_the_joined_info_line_is_the_tables_title():
    info = (Block(("地址：河西老街石桥巷5号　营业时间：6:30—",), 30, gap=1, kind=Kind.ROW), Block(("13:00　两人约20元",), 31, kind=Kind.ROW))
    rows = tuple(Block((row,), 32 + k, kind=Kind.ROW) for k, row in enumerate(("本周豆品价", "品名　价格　哪里买", "黄豆　每斤6元　河西市场", "豆腐　每块2元　各菜场")))
    text = Block(("老板说，豆花要用石磨磨的豆浆点，才够嫩", "滑，一天只卖两百碗。"), 27, gap=1, indent=True)
    blocks = classify((text, *info, *rows), hard_wrapped=True)
    assert next(b for b in blocks if b.text == "本周豆品价").kind is Kind.SHORT
