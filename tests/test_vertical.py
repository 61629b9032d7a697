"""Vertical CJK pages (columns right to left, each top to bottom) read by real engines.

The pages are drawn by tests/factory/make_vertical.py (the layout, so the gold, is known) and
read by RapidOCR and Tesseract's vertical models; the real ones are 晶報 crops (tests/real3).
The outputs are committed: no engine runs here.
"""

from pathlib import Path

from paperarchive.api import clean_file
from paperarchive.formats import alto, paddle, reading
from paperarchive.render import clean_json

ROOT = Path(__file__).resolve().parent
PAGES = ROOT / "factory" / "vertical" / "pages"


def cleaned(path: Path) -> dict:
    read = clean_file(path)
    return clean_json(read.path, read.decoded.encoding, read.page)


def test_rapidocr_vertical_page_reads_its_stories_right_to_left_with_the_masthead_as_furniture():
    page = cleaned(PAGES / "v_sim_qingshan.rapidocr_ppocrv4.json")
    # RapidOCR drops 缮 from the first headline; the rest is as printed
    assert [a["title"] for a in page["articles"]] == ["古城墙修工程启动", "春季植树超过十万株", "图书馆新增自助借还机"]
    assert [a["byline"] for a in page["articles"]] == ["本报记者宋文涛", "本报通讯员何丽", None]
    assert page["articles"][2]["section"] == "简讯"
    # paragraphs part where a column opens one cell down; ’ and ° (RapidOCR's vertical comma and
    # full stop) are read back as ， and 。
    assert page["articles"][0]["paragraphs"][0].startswith("青山古城墙东段修工程昨日启动，工程将加固墙体")
    assert page["articles"][0]["paragraphs"][0].endswith("施工期间东门一带步道暂停开放。")
    assert page["articles"][0]["paragraphs"][1].startswith("文物部门表示")
    assert len(page["articles"][1]["paragraphs"]) == 2
    # the column RapidOCR boxed in two pieces is one paragraph, in order
    assert page["articles"][2]["paragraphs"] == ["市图书馆本周在一楼大厅新增四台自助借还机，读者凭身份证即可办理借还手续，节假日也可使用"]
    assert page["furniture"] == ["二〇二六年四月十八日", "星期六", "第三版", "青山日报", "责任编辑：孟晓光"]
    assert (page["date"], page["page"]) == ("2026-04-18", "3")


def test_rapidocr_columns_of_a_real_vertical_page_make_one_region_per_story():
    """晶報, 1939-04-26, page 4: three items side by side; RapidOCR gave 14 paragraphs for 3 when
    each of its column boxes was grouped as a horizontal line."""
    page = cleaned(ROOT / "real3" / "jingbao_1939-04-26_p4_shipping.rapidocr_ppocrv4.json")
    assert len(page["articles"]) == 3
    assert sum(len(a["paragraphs"]) for a in page["articles"]) == 3


def test_tesseract_vertical_page_reads_tiers_and_columns_in_order():
    regions = alto.alto_regions((PAGES / "v_sim_qingshan.tess_chi_sim_vert.xml").read_text(encoding="utf-8"))[0]
    text = "".join(line.text for region in regions if region.role is None for line in region.lines)
    heads = ["古城", "春季植树超过十万株", "园林部门将安排专人养护", "图书馆新增自助借还机", "市图书馆本周"]
    positions = [text.find(head) for head in heads]
    assert -1 not in positions and positions == sorted(positions), positions


def column(text: str, x: float, top: float = 100) -> list:
    """A RapidOCR line: a column of glyphs 30 pixels square, x from its left edge."""
    bottom = top + 30 * len(text)
    return [[[x, top], [x + 30, top], [x + 30, bottom], [x, bottom]], [text, 0.9]]


def test_a_vertical_page_of_rapidocr_lines_comes_out_turned_with_its_head_band_first():
    lines = [
        column("第二段落在左邊繼續寫下去", 600),
        [[[80, 20], [500, 20], [500, 50], [80, 50]], ["中華民國一一五年十月五日", 0.9]],
        column("第一段落從右邊開始寫起", 700),
        column("第一段落的第二行文字", 650),
    ]
    regions = paddle.paddle_regions([lines])[0]
    assert [(r.role, [line.text for line in r.lines]) for r in regions] == [
        ("header", ["中華民國一一五年十月五日"]),
        (None, ["第一段落從右邊開始寫起", "第一段落的第二行文字", "第二段落在左邊繼續寫下去"]),
    ]
    assert not reading.is_vertical(regions)  # turned: to_blocks reads it as it is


def test_horizontal_headlines_over_two_blocks_of_columns_open_their_stories():
    """A page of two stories side by side, each a block of vertical columns under its own
    horizontal headline (and the right one's deck, lower than the left block's first column):
    each headline opens its block, never the page's head band, and the deck is not read into
    the columns."""
    def across(text, left, top, right, bottom):
        return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.9]]

    lines = [
        across("山城日報", 40, 10, 300, 60),
        across("舊橋拆除重建工程開工", 700, 110, 1300, 170),
        across("預計明年六月通車", 760, 200, 1240, 230),
        across("夜市攤位重新抽籤", 60, 110, 560, 160),
        *(column(text, x, top=250) for text, x in (("工程處表示舊橋建於六十年前", 1260), ("橋墩老化已不堪使用將拆除", 1200), ("新橋採用鋼構設計預計", 1140))),
        *(column(text, x, top=190) for text, x in (("市場管理處昨天宣布夜市", 520), ("攤位將於下月重新抽籤分配", 460))),
    ]
    regions = paddle.paddle_regions([lines])[0]
    texts = [(r.role, [line.text for line in r.lines]) for r in regions]
    assert texts[0] == ("header", ["山城日報"])
    heads = [text for role, lines_ in texts[1:] for text in lines_ if "開工" in text or "通車" in text or "抽籤" in text and "夜市攤位" in text]
    assert heads == ["舊橋拆除重建工程開工", "預計明年六月通車", "夜市攤位重新抽籤"]
    right = next(k for k, (_, t) in enumerate(texts) if "舊橋拆除重建工程開工" in t)
    left = next(k for k, (_, t) in enumerate(texts) if "夜市攤位重新抽籤" in t)
    first_column = next(k for k, (_, t) in enumerate(texts) if "工程處表示舊橋建於六十年前" in t)
    assert right < first_column < left
