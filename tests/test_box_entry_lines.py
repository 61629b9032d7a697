"""A box's entries one a line (formats/reading.py, `_ragged_entries`): CJK lines flush left, each
stopping short at its own place, each in two parts (a service and its number, a day and its
event), are one paragraph each, rows that no rule takes for a head; running text, a poem and a
small ad stay as they were. Regions written for the rule."""

from paperarchive.formats.reading import Box, Line, Region, paragraphs, to_blocks
from paperarchive.models import Kind


def at(text: str, left: int, right: int, top: int) -> Line:
    return Line(text, Box(left, top, right, top + 30))


def test_a_box_of_services_and_their_numbers_is_one_entry_a_line():
    """Before: the lines ending on a number (no CJK end) ran into one paragraph."""
    box = Region((at("水电报修　96111", 0, 230, 0), at("火警　119", 0, 120, 40), at("燃气抢修　96588", 0, 230, 80),
                  at("医疗急救　120", 0, 175, 120), at("（拨打时请讲清详细地址和联系电话）", 0, 340, 160)))
    assert [lines for lines, _ in paragraphs(box)][:4] == [("水电报修　96111",), ("火警　119",), ("燃气抢修　96588",), ("医疗急救　120",)]


def test_entries_are_rows_no_head_rule_takes():
    days = [("6月1日　端午龙舟赛", 280), ("6月3日　夜市开幕", 240), ("6月8日　江滨音乐会", 280), ("6月9日　闭幕", 170)]
    box = Region(tuple(at(text, 0, right, 40 * k) for k, (text, right) in enumerate(days)) + (at("（活动时间以主办方公告为准，雨天顺延一周）", 0, 360, 160),))
    blocks = to_blocks([box])
    assert [(block.lines, block.kind) for block in blocks][:2] == [(("6月1日　端午龙舟赛",), Kind.ROW), (("6月3日　夜市开幕",), Kind.ROW)]


def test_running_text_a_poem_and_a_small_ad_are_no_entries():
    text = Region((at("　　码头改造工程昨天正式开工，", 0, 360, 0), at("预计明年五月完工。", 0, 220, 40), at("　　工程完工后，渡轮将恢复", 0, 330, 80),
                   at("每日四班，夜班船也将增开。", 0, 310, 120)))
    assert len(paragraphs(text)) == 2
    poem = Region((at("春风吹过小河，", 0, 170, 0), at("柳枝轻轻摇，", 0, 145, 40), at("燕子飞回来", 0, 120, 80), at("落在屋檐上。", 0, 145, 120)))
    assert len(paragraphs(poem)) == 1
    ad = Region((at("某公司招聘司机5名，", 0, 230, 0), at("持B2驾照，月薪7000元起。", 0, 300, 40), at("电话：139****2716", 0, 200, 80)))
    assert all(block.kind is not Kind.ROW for block in to_blocks([ad]))
