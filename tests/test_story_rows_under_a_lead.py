"""A row of stories under a lead, across the page's blank under it, is read after the lead,
whatever column gutters run down through both rows (reading._rows_apart): a lead whose head
does not reach over its last column, a box beside it, and under them two briefs in the same
column grid. A page written for the rule (RapidOCR lines), not copied from any gold page."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

GLYPH, PITCH, MEASURE = 27, 40, 14  # a glyph's width and the line height; the line pitch; glyphs a line

LEAD = (
    "本报讯　经过十个月的施工，城西老街改造工程日前全部完工，沿街四十六家商户从本周起陆续回迁。"
    "改造后的老街保留了青砖灰瓦的旧貌，路面换成了透水石板，地下新铺了雨污分流管道和通信管线。"
    "街道办事处负责人介绍，施工期间商户被临时安置在附近的农贸市场，街道为他们减免了三个月的摊位费。"
    "回迁时，商户可以按原位置优先选铺，租金两年内不上涨。在老街经营茶叶店二十多年的周师傅说，新铺面比原来宽敞，"
    "门前还留出了摆放桌椅的地方，游客可以坐下来喝茶歇脚。老街还新设了两处公共厕所和一个游客服务点，"
    "周末将有志愿者值守，为游客提供问路和寄存服务。"
)
CANTEEN = "本报讯　城北三个老小区的社区食堂本周开张，六十岁以上的居民凭卡就餐可享受八折优惠，每天供应早餐和午餐两顿，菜品每周更换。"
RIVERSIDE = "本报讯　河滨步道的夜间照明工程已经完工，全长四公里的步道从本周起每晚亮灯至十一点，沿途还新装了十二个求助电话。"
PARKING = "老街周边新增三个停车场，共有车位四百个，前两小时免费，节假日建议乘坐公交前往。"


def _lines(text: str) -> list[str]:
    return [text[k : k + MEASURE] for k in range(0, len(text), MEASURE)]


def _column(lines: list[str], left: int, top: int) -> list[tuple[str, int, int, int, int]]:
    return [(t, left, top + PITCH * k, left + GLYPH * len(t), top + PITCH * k + GLYPH) for k, t in enumerate(lines)]


def _rapidocr(lines: list[tuple[str, int, int, int, int]]) -> str:
    """RapidOCR's JSON: the lines row by row across the page."""
    lines = sorted(lines, key=lambda line: (line[2], line[1]))
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in lines], ensure_ascii=False)


def test_a_row_of_briefs_under_the_lead_in_its_column_grid_is_read_after_the_whole_lead():
    lead = _lines(LEAD)
    third = len(lead) // 3 + 1
    lines = [("青川晚报", 70, 50, 330, 120), ("2026年3月5日星期四", 1380, 50, 1690, 80), ("第7版社会", 1500, 90, 1690, 120)]
    lines.append(("老街改造完成商户陆续回迁", 70, 180, 790, 240))  # over the lead's first two columns only
    for k, left in enumerate((70, 485, 900)):
        lines += _column(lead[k * third : (k + 1) * third], left, 260)
    lines += [("便民提示", 1320, 180, 1430, 210), ("老街停车指南", 1320, 225, 1560, 265)] + _column(_lines(PARKING), 1320, 280)
    top = max(line[4] for line in lines) + 80  # three lines of blank under the lead
    canteen, riverside = _lines(CANTEEN), _lines(RIVERSIDE)
    # the briefs, each headed in bold body type over its first column
    lines += _column(["社区食堂开进老小区", *canteen[:3]], 70, top) + _column(canteen[3:], 485, top + PITCH)
    lines += _column(["河滨步道夜间亮灯", *riverside[:3]], 900, top) + _column(riverside[3:], 1320, top + PITCH)
    lines.append(("责任编辑：何川", 600, top + 300, 800, top + 327))
    articles = clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles
    lead_story = next(a for a in articles if a.title == "老街改造完成商户陆续回迁")
    canteen_story = next(a for a in articles if a.title == "社区食堂开进老小区")
    assert "".join(lead_story.paragraphs) == LEAD.replace("　", " ")
    assert "".join(canteen_story.paragraphs) == CANTEEN.replace("　", " ")
