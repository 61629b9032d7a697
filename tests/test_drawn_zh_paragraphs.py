"""Drawn Chinese pages read by Tesseract and RapidOCR: paragraphs the engine read but the cleaner ran
together. Engine-shaped pages written for the classes (ALTO and TSV as Tesseract writes them,
a String or word a glyph or two; RapidOCR's JSON, a box a line)."""

import json

from conftest import clean_alto_blocks

from paperarchive.api import clean_file
from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

_EM = 27  # a glyph's width and a line's pitch step, in pixels
_LEFT = 100

# A story's column, 14 glyphs wide: the first paragraph's last line is full, its full stop hung
# out past the column's edge, and Tesseract lost the stop but kept its ink in the line's box
# ("…走走停停看熱鬧" for "…走走停停看熱鬧。"); the second opens on the usual two-character indent.
_BODY = (
    (2, "一年一度的年貨大街昨天上午", 0),
    (0, "開張，雖然氣溫只有十三度，街上", 0),
    (0, "仍從早到晚擠滿人潮。不少民眾一", 0),
    (0, "手拎著袋子，一手拿著試吃的糖果", 0),
    (0, "，一家一家慢慢逛，走走停停看熱", 0),
    (0, "鬧走走停停看熱鬧一家一家慢慢逛", 1),
    (2, "在老街賣南北貨四十多年的老店", 0),
    (0, "第三代老闆說，今年烏魚子和干貝", 0),
    (0, "賣得最好。", 0),
)
# A paragraph whose line lost its first two glyphs ("目，") reads as set in under a line ending at
# the column's edge: no paragraph opens there.
_LOST_START = (
    (2, "一是看清楼盘是否取得预售许可证", 0),
    (0, "。未取得预售许可证的项目，开发", 0),
    (0, "商不得收取任何预订款性质的费用", 0),
    (0, "，也不得以诚意金的名义收取钱款", 0),
    (2, "开发商不得收取任何预订款性质的", 0),
    (0, "费用。", 0),
)


def _alto_line(top: int, indent: int, text: str, lost: int) -> str:
    left = _LEFT + indent * _EM
    strings = "".join(f'<String CONTENT="{ch}" HPOS="{left + _EM * k}" VPOS="{top}" WIDTH="{_EM - 2}" HEIGHT="28" WC="0.9"/>' for k, ch in enumerate(text))
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{_EM * (len(text) + lost)}" HEIGHT="28">{strings}</TextLine>'


def _head() -> str:
    return (
        '<TextBlock HPOS="100" VPOS="100" WIDTH="600" HEIGHT="64"><TextLine HPOS="100" VPOS="100" WIDTH="600" HEIGHT="64">'
        + "".join(f'<String CONTENT="{ch}" HPOS="{100 + 66 * k}" VPOS="100" WIDTH="62" HEIGHT="64" WC="0.9"/>' for k, ch in enumerate("人潮擠爆大稻埕"))
        + "</TextLine></TextBlock>"
    )


def test_alto_a_chinese_indent_under_a_full_line_opens_a_paragraph_though_its_full_stop_was_lost(tmp_path):
    # before: one paragraph "…一家一家慢慢逛在老街賣南北貨…"; the story's second block, whose set-in
    # line lost its first glyphs under a line ending at the edge, stays one paragraph
    lost = "".join(_alto_line(700 + 40 * k, indent, text, n) for k, (indent, text, n) in enumerate(_LOST_START))
    second = f'<TextBlock HPOS="100" VPOS="700" WIDTH="460" HEIGHT="{40 * len(_LOST_START)}">{lost}</TextBlock>'
    page = clean_alto_blocks(tmp_path, _head(), _alto_block(_BODY), second)
    paragraphs = [p for story in page.articles for p in story.paragraphs]
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("一家一家慢慢逛")
    assert paragraphs[1].startswith("在老街賣南北貨")
    assert paragraphs[2].startswith("一是看清楼盘") and paragraphs[2].endswith("性质的费用。")


def _alto_block(body) -> str:
    lines = "".join(_alto_line(200 + 40 * k, indent, text, lost) for k, (indent, text, lost) in enumerate(body))
    return f'<TextBlock HPOS="100" VPOS="200" WIDTH="460" HEIGHT="{40 * len(body)}">{lines}</TextBlock>'


def test_tsv_a_chinese_indent_under_a_full_line_opens_a_paragraph_though_its_full_stop_was_lost(tmp_path):
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    rows.append("1\t1\t0\t0\t0\t0\t0\t0\t2000\t3000\t-1\t")
    rows.append("2\t1\t1\t0\t0\t0\t100\t100\t600\t64\t-1\t")
    rows.append("3\t1\t1\t1\t0\t0\t100\t100\t600\t64\t-1\t")
    rows.append("4\t1\t1\t1\t1\t0\t100\t100\t600\t64\t-1\t")
    rows += [f"5\t1\t1\t1\t1\t{k + 1}\t{100 + 66 * k}\t100\t62\t64\t90\t{ch}" for k, ch in enumerate("人潮擠爆大稻埕")]
    rows.append("2\t1\t2\t0\t0\t0\t100\t200\t460\t320\t-1\t")
    rows.append("3\t1\t2\t1\t0\t0\t100\t200\t460\t320\t-1\t")
    for n, (indent, text, lost) in enumerate(_BODY):
        left, top = _LEFT + indent * _EM, 200 + 40 * n
        rows.append(f"4\t1\t2\t1\t{n + 1}\t0\t{left}\t{top}\t{_EM * (len(text) + lost)}\t28\t-1\t")
        rows += [f"5\t1\t2\t1\t{n + 1}\t{k + 1}\t{left + _EM * k}\t{top}\t{_EM - 2}\t28\t90\t{ch}" for k, ch in enumerate(text)]
    page = tmp_path / "page.tsv"
    page.write_text("\n".join(rows) + "\n", encoding="utf-8")
    paragraphs = [p for story in clean_file(page).page.articles for p in story.paragraphs]
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("在老街賣南北貨")


def _rapidocr(lines: list[tuple[str, int, int, int]]) -> str:
    """Each (text, left, right, top) boxed 28 high, as RapidOCR lists its lines."""
    return json.dumps([[[[a, y], [b, y], [b, y + 28], [a, y + 28]], [text, 0.99]] for text, a, b, y in lines], ensure_ascii=False)


_STORY = [
    ("晨练不宜太早　保暖是关键", 70, 900, 120),
    ("入冬以来，市人民医院心内科门诊", 124, 560, 300), ("量明显增加，近一周日均接诊量比上", 70, 560, 341),
    ("月增长三成。医生提醒，天气转冷后", 70, 560, 382), ("心脑血管疾病进入高发期，老年人", 70, 560, 423),
    ("要注意保暖，避免清晨外出锻炼。", 70, 540, 464),
]


def _box(rows: list[str], first: int = 1329) -> list[tuple[str, int, int, int]]:
    """A box in the page's right column, its rows one a line as RapidOCR read them (the space
    between a row's key and its words mostly dropped), then the box's note."""
    lines = [("名医坐诊", 1338, 1453, 200), ("本周专家门诊安排", 1333, 1600, 250)]
    lines += [(text, first, first + 28 * len(text) + 8, 300 + 41 * k) for k, text in enumerate(rows)]
    top = 300 + 41 * len(rows)
    lines += [("地点：市人民医院门诊楼二楼，", 1328, 1647, top), ("可通过医院公众号预约挂号。", 1331, 1627, top + 41)]
    return lines


def test_rapidocr_a_chinese_boxs_rows_keyed_by_weekday_are_a_paragraph_each():
    # before: "周一上午唐建新心内科周二下午 符梅内分泌科…周五上午秦朗骨科" one paragraph
    rows = ["周一上午唐建新心内科", "周二下午 符梅内分泌科", "周三上午\u3000龚立言神经内科", "周四全天\u3000岳小禾儿科", "周五上午秦朗骨科"]
    page = clean_blocks(read_blocks("page.json", _rapidocr(_STORY + _box(rows))))
    paragraphs = [p for story in page.articles for p in story.paragraphs]
    assert "周二下午 符梅内分泌科" in paragraphs
    assert "周五上午秦朗骨科" in paragraphs
    assert not any("心内科周二" in p for p in paragraphs)


def test_rapidocr_a_chinese_boxs_rows_keyed_by_year_are_a_paragraph_each():
    # before: "1921年招商轮船局设分局1958年建成钢筋混凝土码头…" one paragraph
    rows = ["1921年招商轮船局设岫阳分局", "1958年建成钢筋混凝土码头", "1987年开通首条集装箱航线", "2019年，老码头改建为滨江公园"]
    page = clean_blocks(read_blocks("page.json", _rapidocr(_STORY + _box(rows, first=1339))))
    paragraphs = [p for story in page.articles for p in story.paragraphs]
    assert "1958年建成钢筋混凝土码头" in paragraphs
    assert "1987年开通首条集装箱航线" in paragraphs
