"""RapidOCR pages (formats/paddle.py, formats/reading.py): a deck set across the columns under its
head stays one line (`paddle._deck_under_head`); a band a label opens starts a row of its own under
a blank narrower than the one between stories (`reading._rows_apart`); a brief's head set in its
text's type, wrapped onto a short second line, over its dateline is the brief's title
(`reading.heads_over_leads_apart`). Pages written for the rules (RapidOCR lines), not copied from
any gold page."""

import json

from paperarchive.formats import read_blocks
from paperarchive.formats.reading import Box, reading_order
from paperarchive.pipeline import clean_blocks

GLYPH, HEIGHT, PITCH, MEASURE = 27, 28, 40, 14  # the body's glyph width and line height; the line pitch; glyphs a line

LEAD = (
    "本报讯　城北污水处理厂二期工程昨天投入运行，全市日处理污水能力由三十万吨提高到四十五万吨，北岸六个街道的生活污水全部纳管。"
    "工程历时三年，新建了四组生物反应池和一条长十二公里的截污干管，出水口还装上了水质在线监测设备。"
    "市排水公司负责人介绍，二期工程采用膜生物反应器工艺，出水的各项指标均优于国家一级标准。"
    "家住柳岸小区的居民老邵说，过去一到夏天，小区旁的河沟就泛着臭味，现在河水清了，傍晚出来散步的人也多了。"
)


def _lines(text: str, measure: int = MEASURE) -> list[str]:
    return [text[k : k + measure] for k in range(0, len(text), measure)]


def _column(lines: list[str], left: int, top: int, indent: int = 0) -> list[tuple[str, int, int, int, int]]:
    out = []
    for k, text in enumerate(lines):
        start = left + (2 * GLYPH if k == 0 and indent else 0)
        out.append((text, start, top + PITCH * k, start + GLYPH * len(text), top + PITCH * k + HEIGHT))
    return out


def _rapidocr(lines: list[tuple[str, int, int, int, int]]) -> str:
    """RapidOCR's JSON: the lines row by row across the page."""
    lines = sorted(lines, key=lambda line: (line[2], line[1]))
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in lines], ensure_ascii=False)


def _masthead() -> list[tuple[str, int, int, int, int]]:
    return [("北岸日报", 70, 50, 330, 120), ("2026年9月8日星期二", 1380, 50, 1690, 80), ("第3版城建", 1500, 90, 1690, 120)]


def test_a_deck_set_across_the_columns_under_its_head_is_one_subtitle():
    """The bold deck under a head over three columns, its glyphs 30 wide against the text's 27,
    read by the engine as one line across the gutter, the byline under it heading the first
    column. Before: cut at the gutter, "新建四组生物反应池　日处理能" the subtitle and
    "力提高到四十五万吨" read as a head over the second column."""
    deck = "新建四组生物反应池　日处理能力提高到四十五万吨"
    lead = _lines(LEAD)
    third = len(lead) // 3 + 1
    lines = _masthead() + [("城北污水处理厂二期投运", 70, 180, 862, 240), (deck, 70, 252, 70 + 30 * (len(deck) - 1) + 15, 284)]
    lines += [("本报记者　石晓楠", 70, 298, 70 + GLYPH * 8, 298 + HEIGHT)] + _column(lead[:third], 70, 338)
    lines += _column(lead[third : 2 * third], 485, 298) + _column(lead[2 * third :], 900, 298)
    articles = clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles
    lead_story = next(a for a in articles if a.title == "城北污水处理厂二期投运")
    assert lead_story.subtitle.replace(" ", "") == deck.replace("　", "")


def test_a_label_opened_band_under_a_narrow_blank_is_read_after_the_row_above():
    """A lead's head over three columns, the third column shorter (a photo under it); 38 pixels
    (1.3 lines of 30) under the first column's end a label opens a band of stories over the three
    columns. Before: the blank, under one and a half lines, started no row: the page was cut into
    columns first, and the band's first column was read between the lead's first and second."""
    boxes = [
        Box(0, 0, 900, 50),  # the lead's head
        Box(0, 60, 280, 600), Box(310, 60, 590, 590), Box(620, 60, 900, 300),  # its three columns
        Box(0, 638, 110, 668),  # the band's label (its region opens a story)
        Box(0, 680, 280, 900), Box(310, 680, 590, 900), Box(620, 680, 900, 900),  # the band's columns
    ]
    assert reading_order(boxes, leading=30.0, opening=frozenset({4})) == [0, 1, 2, 3, 4, 5, 6, 7]


def test_a_brief_head_wrapped_in_its_texts_type_over_its_dateline_is_its_title():
    """A column of briefs beside a lead: each head set in the text's type, wrapped onto a short
    second line ("…停车场下月" / "启用"), over its text opening 【本报讯】. Before: the head ran into its
    text, and the brief into the story above it."""
    lead = _lines(LEAD)
    half = len(lead) // 2 + 1
    lines = _masthead() + [("城北污水处理厂二期投运", 70, 180, 790, 240)]
    lines += _column(lead[:half], 70, 260) + _column(lead[half:], 485, 260)
    briefs = [
        ("北岸新建三座公共停车场下月", "启用", "【本报讯】记者从市城管局获悉，北岸三座公共停车场已完工验收，共有车位六百个，下月起向市民开放。"),
        ("柳岸街道老旧电梯更新工程过", "半完成", "【本报讯】柳岸街道今年计划更新的四十台老旧电梯已有二十三台完成更换，其余将在年底前完工。"),
    ]
    top = 180
    for first, rest, text in briefs:
        lines += [(first, 1320, top, 1320 + GLYPH * len(first), top + HEIGHT), (rest, 1320, top + PITCH, 1320 + GLYPH * len(rest), top + PITCH + HEIGHT)]
        body = [text[:11], *_lines(text[11:], 13)]  # (the indented first line holds two glyphs fewer)
        lines += _column(body, 1320, top + 2 * PITCH + 10, indent=1)
        top += (len(body) + 3) * PITCH + 20
    articles = clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles
    titles = [a.title for a in articles]
    assert "北岸新建三座公共停车场下月启用" in titles and "柳岸街道老旧电梯更新工程过半完成" in titles
    brief = next(a for a in articles if a.title == "北岸新建三座公共停车场下月启用")
    assert "".join(brief.paragraphs).startswith("【本报讯】记者从市城管局获悉")
