"""An eatery's info line (address, hours, price) closing a review, set solid: wrapped at the
measure right after the dash of its opening hours it is one paragraph, the range whole, not two
table rows; a table's label printed straight under it is the table's title, not the info line's
tail. Text written for the conventions."""

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
