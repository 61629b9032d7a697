"""A Chinese byline set over two lines, the reporters on the first and the correspondents (or
interns) on the second, each line's names a space apart ("本报记者　韦　岚　邱晓东" / "通讯员　蒙　立"):
the story's byline, not two rows of a table that stand as two paragraphs of its text. Pages
written for the rule, not copied from any gold page."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.blocks import table_rows
from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=21)

FIRST = "今年入秋以来，县里组织农技人员深入二十六个行政村，指导农户抢收晚稻、抢种油菜，全县已完成秋播面积十二万亩。"
FIRST_ON = "县农业农村局介绍，今年推广的油菜新品种耐寒、抗倒伏，预计每亩可增产三十公斤左右。"
SECOND = "记者从县交通运输局获悉，连接青溪镇和白沙乡的公路改造工程已经完工，两地车程由一个半小时缩短到四十分钟。"


def _page(first_line: str, second_line: str) -> str:
    return (
        "青溪报　2027年11月2日　星期二　第2版　要闻\n\n"
        "全县秋播面积已过半\n"
        f"{first_line}\n{second_line}\n\n"
        + wrap(FIRST)
        + wrap(FIRST_ON)
        + "\n青白公路改造完工通车\n本报记者　邱晓东\n\n"
        + wrap(SECOND)
    )


@pytest.mark.parametrize(
    ("first_line", "second_line"),
    [
        ("本报记者　韦　岚　邱晓东", "通讯员　蒙　立"),
        ("记者　韦晓岚　邱晓东", "实习生　蒙立　覃小雨"),
        ("本報記者　韋　嵐", "通訊員　蒙　立　覃小雨"),
    ],
)
def test_a_byline_over_two_lines_is_the_storys_byline(first_line, second_line):
    first, second = clean_text(_page(first_line, second_line)).articles
    assert first.title == "全县秋播面积已过半", first.title
    names = "".join((first.byline or "").split())  # (padded names closed up)
    assert "".join(first_line.split())[-2:] in names and "".join(second_line.split())[-2:] in names, first.byline
    assert [p[:6] for p in first.paragraphs] == ["今年入秋以来", "县农业农村局"], first.paragraphs
    assert second.title == "青白公路改造完工通车"


def test_rows_that_open_on_a_writers_post_but_hold_figures_stay_rows():
    """A newsroom's tally by post ("记者　　一等奖　3件"): figures in it, a table's rows."""
    assert table_rows(["记者　　一等奖　3件", "通讯员　二等奖　7件"]) == {0, 1}
