"""PDF pages and pdftotext's text, on the newspaper pages drawn by tests/pdf/make_pdfs.py.

Each drawn page (simplified Chinese in four columns, Hong Kong traditional in three,
English in four) has a gold written from the layout drawn; the PDF, pdftotext's
-bbox-layout XHTML and its -layout text of the same page are scored against it with the
project's scorer at --fuzzy 0.9. Then the PDFs that cannot be read: each gives one line.
"""

import contextlib
import io
import json
import re
from pathlib import Path

import pytest
import score_clean
from score_golds import GOLD_DIRS, pages
from typer.testing import CliRunner

from paperarchive.api import clean_pages
from paperarchive.cli import app
from paperarchive.errors import PaperarchiveError
from paperarchive.formats import pdf as pdf_format
from paperarchive.formats import read_blocks, split_pages
from paperarchive.formats.pdf import PdfError
from paperarchive.render import clean_json

HERE = Path(__file__).parent / "pdf"
DRAWN = ["zh_shili_4col", "zht_gangwan_3col", "en_harbor_4col"]
_NUMBERS = re.compile(r"paragraph F1 (?P<f1>[\d.]+) .*\| titles (?P<titles>\d+)/(?P<of>\d+)")
runner = CliRunner()


def score(gold: Path, path: Path, tmp_path: Path) -> tuple[str, float, float]:
    """The scorer's line, paragraph F1 and share of titles found, for the first page of a file."""
    read = clean_pages(path)[0]
    cleaned = tmp_path / "cleaned.json"
    cleaned.write_text(json.dumps(clean_json(read.path, read.decoded.encoding, read.page), ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score_clean.main([str(gold), str(cleaned), "--fuzzy", "0.9"])
    line = out.getvalue().strip()
    found = _NUMBERS.search(line)
    return line, float(found["f1"]), int(found["titles"]) / int(found["of"])


@pytest.fixture(autouse=True)
def _restore_fuzzy():
    yield
    score_clean.FUZZY = 1.0  # the scorer keeps --fuzzy in a module global: leave it as test_golds expects


@pytest.mark.parametrize("name", DRAWN)
def test_drawn_pdf_page_cleans_as_its_gold_says(name, tmp_path):
    line, f1, titles = score(HERE / f"{name}.gold.json", HERE / f"{name}.pdf", tmp_path)
    assert f1 >= 0.9 and titles >= 0.8, line


@pytest.mark.parametrize("name", DRAWN)
def test_its_pdftotext_bbox_layout_reads_as_well(name, tmp_path):
    line, f1, titles = score(HERE / f"{name}.gold.json", HERE / f"{name}.bbox.html", tmp_path)
    assert f1 >= 0.9 and titles >= 0.8, line


# A known regression since the geometry and segmentation work merged (0.94 on the PDF branch
# alone, 0.80 now): strict, so it fails loudly the day it is fixed.
_MERGED_REGRESSION = pytest.mark.xfail(
    strict=True, reason="below the bar since the merge of the geometry/segmentation rules: see README, PDF pages"
)


@pytest.mark.parametrize("name", DRAWN)
def test_its_pdftotext_layout_text_is_split_into_columns(name, tmp_path):
    line, f1, _ = score(HERE / f"{name}.gold.json", HERE / f"{name}.layout.txt", tmp_path)
    assert f1 >= 0.8, line


@pytest.mark.parametrize("name", DRAWN)
def test_a_phrase_across_a_column_break_is_found_in_its_article(name):
    gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
    assert gold["column_breaks"], "the drawing cuts sentences at column feet"
    read = clean_pages(HERE / f"{name}.pdf")[0]
    squeeze = lambda text: re.sub(r"\s", "", text)  # noqa: E731
    for cut in gold["column_breaks"]:
        article = next(a for a in read.page.articles if a.title and squeeze(a.title) == squeeze(cut["title"]))
        assert any(squeeze(cut["phrase"]) in squeeze(p) for p in article.paragraphs), cut


def test_every_pdf_page_is_a_page_with_its_label():
    data = (HERE / "labels.pdf").read_bytes()
    document_pages = split_pages("issue.pdf", data)
    assert [p.label for p in document_pages] == ["A1", "A2", "B1", "B2"]
    assert {p.encoding for p in document_pages} == {"pdf"}
    blocks = read_blocks("issue.pdf", document_pages[1].text)
    assert [b.lines for b in blocks] == [("标题2",), ("第二页：城市书房延时开放至晚上十点。",)]


def test_a_page_without_text_is_reported_never_indexed_empty():
    blank = split_pages("issue.pdf", (HERE / "labels.pdf").read_bytes())[3]
    with pytest.raises(PdfError, match=r"^page 4 \(B2\): no text layer: OCR it first \(for example with ocrmypdf\)$"):
        read_blocks("issue.pdf", blank.text)


def test_the_stored_page_text_reads_back_without_the_pdf():
    """What the catalog keeps is enough to lay the page out again (reindex): same blocks from any path."""
    text = split_pages("x.pdf", (HERE / "zh_shili_4col.pdf").read_bytes())[0].text
    page = json.loads(text)
    assert page["format"] == pdf_format.FORMAT and page["fonts"]
    left, top, right, bottom, size, font, words = page["lines"][0]
    assert size > 0 and words[0][0]
    assert read_blocks("gone/elsewhere.pdf", text) == read_blocks("x.pdf", text)


def test_a_pdf_named_txt_is_still_read_as_a_pdf():
    assert split_pages("page.txt", (HERE / "labels.pdf").read_bytes())[0].label == "A1"
    assert split_pages("page.txt", "重阳".encode()) is None


@pytest.mark.parametrize(
    "name, reason",
    [
        ("scanned", "no text layer: OCR it first (for example with ocrmypdf)"),
        ("encrypted", "encrypted PDF: it needs a password to be read"),
        ("malformed", "malformed PDF: not in PDF format or corrupted (is the file complete?)"),
        ("no_tounicode", "the text layer is garbled: its fonts map glyphs to no characters (no ToUnicode)"),
    ],
)
def test_an_unreadable_pdf_gives_one_line_with_its_reason(name, reason):
    result = runner.invoke(app, ["clean", str(HERE / f"{name}.pdf")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and f"{name}.pdf: {reason}" in result.stderr, result.stderr
    assert "Traceback" not in result.output


def test_clean_prints_every_page_of_a_pdf_and_names_the_one_without_text():
    result = runner.invoke(app, ["clean", str(HERE / "labels.pdf"), "--json"])
    assert result.exit_code == 2  # one page could not be read
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["page_label"] for p in printed] == ["A1", "A2", "B1"]
    assert [p["articles"][0]["title"] for p in printed] == ["标题1", "标题2", "标题3"]
    assert "labels.pdf: page 4 (B2): no text layer" in result.stderr


def test_page_and_size_limits_refuse_before_reading(monkeypatch):
    data = (HERE / "labels.pdf").read_bytes()
    monkeypatch.setattr(pdf_format, "MAX_PAGES", 3)
    with pytest.raises(PdfError, match="4 pages is above the limit of 3 pages for one PDF"):
        split_pages("issue.pdf", data)
    monkeypatch.setattr(pdf_format, "MAX_CHARS", 5)
    monkeypatch.setattr(pdf_format, "MAX_PAGES", 10)
    with pytest.raises(PdfError, match="above the limit of 5 for one page"):
        split_pages("issue.pdf", data)


def test_a_rotated_page_is_read_upright():
    page = split_pages("r.pdf", (HERE / "rotated.pdf").read_bytes())[0]
    lines = [line for block in read_blocks("r.pdf", page.text) for line in block.lines]
    assert lines[0] == "ROTATED PAGE HEADLINE"
    assert "The page is stored turned by a quarter and read upright." in lines


def test_vertical_cjk_is_read_down_the_columns_from_the_right():
    page = split_pages("v.pdf", (HERE / "vertical.pdf").read_bytes())[0]
    assert json.loads(page.text)["vertical"] is True
    lines = [line for block in read_blocks("v.pdf", page.text) for line in block.lines]
    assert lines == ["竖排标题", "第一列文字自上而下书写", "第二列接着往下读"]


def test_layout_shape_is_not_seen_in_ordinary_pages():
    """No gold, holdout or sample page (tables and weather boxes included) looks like -layout text."""
    from paperarchive.decode import decode
    from paperarchive.formats.pdftotext import layout_regions

    for gold_dir in GOLD_DIRS:
        if gold_dir.parent.name == "factory":
            # Tesseract's own .txt (tests/factory) sets the columns it read across apart by runs
            # of spaces, the -layout shape itself (heldout/zh_tra_3col_haian): not an ordinary page.
            continue
        for _, _, page in pages(gold_dir):
            if page.suffix == ".pdf":  # holdout12: Tesseract's searchable PDFs, read by their geometry
                continue
            if "side_by_side" in page.name:  # holdout9: Tesseract --psm 6 text, two columns side by side
                continue
            if ".tess_" in page.name and page.suffix == ".txt":  # Tesseract's own text, as in tests/factory
                continue
            if "pdftotext_layout" in page.name:  # holdout11: a page kept as `pdftotext -layout` printed it
                assert layout_regions(decode(page.read_bytes()).text) is not None, page
                continue
            assert layout_regions(decode(page.read_bytes()).text) is None, page


def test_a_bbox_layout_file_of_several_pages_is_a_page_per_pdf_page():
    data = (HERE / "labels.bbox.html").read_bytes()
    document_pages = split_pages("issue.html", data)
    assert len(document_pages) == 4
    assert [b.lines for b in read_blocks("issue.html", document_pages[2].text)][0] == ("标题3",)
    with pytest.raises(PaperarchiveError, match="the pdftotext page holds no text"):
        read_blocks("issue.html", document_pages[3].text)
    assert split_pages("one.html", (HERE / "en_harbor_4col.bbox.html").read_bytes()) is None  # one page: read as it is


def test_line_size_is_the_printed_size_not_the_fonts_nominal_one(tmp_path):
    """Tesseract and ocrmypdf set fonts at one size and scale them with the matrix."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "scaled.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.setFont("Helvetica", 10)
    drawing.drawString(50, 700, "plain ten point text")
    drawing.scale(2, 2)
    drawing.drawString(25, 300, "scaled twice")
    drawing.showPage()
    drawing.save()
    page = json.loads(split_pages(path, path.read_bytes())[0].text)
    assert {line[6][0][0]: line[4] for line in page["lines"]} == {"plain": 10.0, "scaled": 20.0}


@pytest.mark.parametrize("name", [pytest.param("zh_shili_4col", marks=_MERGED_REGRESSION), "en_harbor_4col"])
def test_a_real_ocr_engines_invisible_text_layer_reads_too(name, tmp_path):
    """Tesseract's text-only PDF of the drawn page (GlyphLessFont, a word per placement, a space
    between every CJK word): its misreadings stay, the paragraphs hold together."""
    line, f1, _ = score(HERE / f"{name}.gold.json", HERE / f"{name}.tesseract.pdf", tmp_path)
    assert f1 >= 0.9, line


def test_a_text_file_named_pdf_is_read_as_text(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("重阳节前夕，社区举办敬老活动。\n", encoding="utf-8")
    assert split_pages(path, path.read_bytes()) is None
    assert read_blocks(path, path.read_text(encoding="utf-8")) is None


def test_spaced_cjk_columns_side_by_side_keep_their_paragraphs():
    """Tesseract's --psm 6 text: two columns on one line apart by a run of spaces, a space
    between every two CJK glyphs. A column's lines are measured as they are joined, so its
    full lines are not taken for short ones (each its own region, as they were)."""
    from paperarchive.formats.pdftotext import layout_regions

    left = ["本 报 讯 老 城 区 今 年 新 修 了 三 座 桥 ，", "桥 面 拓 宽 到 八 米 ， 两 侧 设 有 人 行", "道 和 自 行 车 道 ， 市 民 出 行 更 加 方", "便 。 据 介 绍 ， 三 座 桥 总 投 资 两 千", "万 元 ， 由 市 城 建 集 团 负 责 施 工 建", "设 ， 工 期 为 半 年 。"]
    right = ["本 报 讯 城 东 图 书 馆 昨 天 重 新 开 放", "， 新 增 自 习 座 位 二 百 个 ， 开 放 时", "间 延 长 到 晚 上 十 点 。 馆 长 介 绍 ，", "今 年 还 将 购 进 新 书 一 万 册 ， 并 开", "设 周 末 亲 子 阅 读 课 ， 欢 迎 读 者 报", "名 参 加 。"]
    page = "\n".join(f"{a:<40}{b}" for a, b in zip(left, right))
    regions = layout_regions(page)
    assert [len(r.lines) for r in regions] == [6, 6]
    assert regions[0].lines[0].text.startswith("本报讯老城区") and regions[1].lines[0].text.startswith("本报讯城东")


def _ocr_layer_pdf(path: Path, lines: list[tuple[str, float, float, float]]) -> None:
    """A page with an invisible text layer as an OCR engine writes it: each line (text, nominal
    size, top, width) in render mode 3 at a size guessed per line, stretched to the width found."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    drawing = canvas.Canvas(str(path), pagesize=(400, 300))
    for text, size, top, width in lines:
        layer = drawing.beginText(20, 300 - top)
        layer.setTextRenderMode(3)
        layer.setFont("STSong-Light", size)
        layer.setHorizScale(100 * width / pdfmetrics.stringWidth(text, "STSong-Light", size))
        layer.textOut(text)
        drawing.drawText(layer)
    drawing.showPage()
    drawing.save()


def test_an_ocr_layers_guessed_sizes_do_not_split_a_column_or_make_headlines(tmp_path):
    """Tesseract sets each line of its invisible layer at a size guessed from the line's height
    (8, 14, 9 points in one column of 9-point type); the width its glyphs fill is the size."""
    path = tmp_path / "ocr_layer.pdf"
    body = ["市图书馆昨天重新开放，新增自习座位二百", "个，开放时间延长到晚上十点。馆长介绍，", "今年还将购进新书一万册，欢迎读者借阅。"]
    _ocr_layer_pdf(path, [("城东图书馆重新开放", 20, 30, 9 * 18), *((text, size, 60 + 12 * k, 19 * 9) for k, (text, size) in enumerate(zip(body, [8, 14, 9])))])
    regions = pdf_format.page_regions(split_pages(path, path.read_bytes())[0].text)
    by_role = {region.role: [line.text for line in region.lines] for region in regions}
    assert by_role == {"heading": ["城东图书馆重新开放"], None: body}


def test_two_boxes_side_by_side_in_an_ocr_layer_stay_apart_where_the_engines_sizes_differ(tmp_path):
    """Two classified notices boxed side by side, 14 points apart: Tesseract's layer sets each
    of its lines at its own guessed size (7.5 and 7 here), so the size changes where one box's
    line ends and the other's begins; the two are never one line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "notices.pdf"
    drawing = canvas.Canvas(str(path), pagesize=(400, 300))
    left = ["本店遗失营业执照副本一份，", "统一社会信用代码作废。", "特此声明。"]
    right = ["城西物流园招聘叉车司机五名，", "持证上岗，月薪六千元以上。", "电话八八六六。"]
    for k, (a, b) in enumerate(zip(left, right)):
        for text, x, size in ((a, 20, 7.5), (b, 125, 7)):
            layer = drawing.beginText(x, 250 - 12 * k)
            layer.setTextRenderMode(3)
            layer.setFont("STSong-Light", size)
            layer.setHorizScale(100 * 6.5 * len(text) / pdfmetrics.stringWidth(text, "STSong-Light", size))
            layer.textOut(text)
            drawing.drawText(layer)
    drawing.showPage()
    drawing.save()
    regions = pdf_format.page_regions(split_pages(path, path.read_bytes())[0].text)
    lines = [line.text for region in regions for line in region.lines]
    assert all(text in lines for text in left + right), lines


def test_a_masthead_over_the_first_headline_in_the_same_size_is_not_the_headlines_first_line(tmp_path):
    """An OCR layer sets the masthead and the first headline under it at nearly one size, a
    rule's width apart: a headline's own lines stand closer than that."""
    path = tmp_path / "masthead.pdf"
    body = ["市图书馆昨天重新开放，新增自习座位二百", "个，开放时间延长到晚上十点。馆长介绍，", "今年还将购进新书一万册，欢迎读者借阅。"]
    _ocr_layer_pdf(path, [("城东晚报", 17, 30, 4 * 17), ("城东图书馆重新开放", 16, 62, 9 * 16), *((text, 8, 90 + 12 * k, 19 * 8) for k, text in enumerate(body))])
    regions = pdf_format.page_regions(split_pages(path, path.read_bytes())[0].text)
    heads = [line.text for region in regions if region.role == "heading" for line in region.lines]
    assert heads == ["城东晚报", "城东图书馆重新开放"], heads


def _layout_page() -> str:
    """A `pdftotext -layout` page written for these tests: a running head spaced over both
    columns, a letter-spaced headline, two columns side by side whose paragraphs open
    with a four-space indent (the right column's indent is not a third column)."""
    left = ["    市图书馆本周起延长开放时间，周一至周日", "每天开放到晚上九点，节假日照常开放。", "    馆方介绍，今年新增自习座位三百个，并开", "通了线上预约系统。", "    读者可提前一天预约座位，预约后保留半", "小时。", "    据统计，今年以来全馆接待读者四十万人", "次，比去年同期增长两成。", "    其中青少年读者占四成以上，周末尤多，", "馆方为此增设了亲子阅读区。", "    馆方表示，下一步将增设夜间阅览室，并", "延长自助借还机的服务时间。"]
    right = ["    老城区三座新桥昨天正式通车，桥面拓宽", "到八米，两侧设有人行道和自行车道。", "    据介绍，三座桥总投资两千万元，由市城", "建集团负责施工。", "    市城建集团有关负责人说，明年还将改造", "城北两座旧桥。", "    工程计划在汛期前完工，届时城北居民进", "城的时间将缩短一半。", "    通车当天，不少市民骑车从新桥经过，称", "赞新桥宽敞平整。", "    交警部门提醒，新桥限速每小时四十公里", "，请驾驶人注意。"]
    rows = ["清河晚报          2025年3月4日          星期二          城市          第 5 版", "", ""]
    rows += ["                 图  书  馆  延  长  开  放", ""]
    rows += [f"{a:<30}{b}" for a, b in zip(left, right)]
    return "\n".join(rows) + "\n"


def test_layout_text_keeps_a_running_head_and_a_letter_spaced_headline_whole():
    from paperarchive.formats.pdftotext import layout_regions

    texts = [" ".join(line.text for line in region.lines) for region in layout_regions(_layout_page())]
    assert texts[0].split() == ["清河晚报", "2025年3月4日", "星期二", "城市", "第", "5", "版"]
    assert texts[1].replace(" ", "") == "图书馆延长开放"


def test_layout_text_reads_a_column_with_indented_paragraphs_as_one_column():
    from paperarchive.formats.pdftotext import layout_regions

    texts = ["".join(line.text for line in region.lines) for region in layout_regions(_layout_page())]
    assert any(text.startswith("老城区三座新桥") and text.endswith("请驾驶人注意。") for text in texts), texts


def test_a_story_in_type_a_little_larger_than_the_ads_around_it_is_text_not_one_headline():
    """A page set mostly in small type (classified ads at 8 points) with one story at 9: the
    story's lines are larger than the page's usual type, but they run through full stops, so
    they stay lines of text under their headline, not one headline joined from all of them."""
    from paperarchive.formats.reading import Box, Line

    def line(text, left, top, size):
        return Line(text, Box(left, top, left + len(text) * size, top + size), size), "F"

    ads = [line(text, 20 + 200 * (k % 2), 40 + 11 * (k // 2), 8) for k, text in enumerate(
        ["旺铺转让，临街门面四十平方米", "电话：137 0000 1234", "家政服务，保洁钟点工", "热线：0591-8123 4567",
         "两室一厅出租，家电齐全", "月租两千元，可短租", "寻物启事，黑色皮包一只", "拾到者请拨 139 0000 8888"] * 3)]
    story = ["近期，多名市民反映在网上应聘兼职后被", "要求先交押金，交钱后对方便失去联系。", "警方提醒，正规单位招聘不会向求职者", "收取任何费用。遇到先交钱的要求，请", "及时报警。"]
    lines = [*ads, line("警惕兼职招聘陷阱", 420, 40, 16), *(line(text, 420, 62 + 11 * k, 9) for k, text in enumerate(story))]
    regions = pdf_format.group_regions(lines)
    heads = [line.text for region in regions if region.role == "heading" for line in region.lines]
    assert heads == ["警惕兼职招聘陷阱"], heads
    assert [line.text for region in regions if region.box.left == 420 and region.role is None for line in region.lines] == story


def test_lines_of_a_page_scanned_aslant_stay_in_order_though_their_boxes_overlap():
    """On a page scanned a degree or two askew, each line's box spans the rise of its baseline
    across the column, and reaches over the next line's top: the column is still one region
    whose lines read in order, not two regions of every other line."""
    from paperarchive.formats.reading import Box, Line

    text = ["新建的污水处理线采用了膜生物反应器工", "艺，出水水质达到地表水准四类标准，处", "理后的中水一部分用于工业园冷却用水，", "一部分补充到河道，生态流量有了保障。"]
    lines = [(Line(t, Box(25 + k, 72 + 12.5 * k, 190 + k, 91 + 12.5 * k), 7.6), "F") for k, t in enumerate(text)]
    regions = pdf_format.group_regions([*lines, (Line("三期工程投入运行", Box(25, 50, 110, 62), 11.0), "F")])
    assert [[line.text for line in region.lines] for region in regions if region.role is None] == [text]


def test_an_ocr_layer_that_guesses_a_few_body_lines_in_headline_type_is_measured_by_widths(tmp_path):
    """Most body lines guessed steadily at 10 points, but three of eight at 14 and 15 (a page
    scanned aslant makes some line boxes tall): they are text, as their widths say, not heads."""
    path = tmp_path / "ocr_layer_swing.pdf"
    body = ["市图书馆昨天重新开放，新增自习座位二百", "个，开放时间延长到晚上十点。馆长介绍，", "今年还将购进新书一万册，欢迎读者借阅。", "馆方表示，下一步将增设夜间阅览室，并",
            "延长自助借还机的服务时间，方便上班族。", "据统计，今年以来全馆接待读者四十万人", "次，比去年同期增长两成，青少年占四成", "以上，周末尤多，馆方为此增设亲子区。"]
    sizes = [10, 15, 10, 14, 10, 9, 15, 10]
    _ocr_layer_pdf(path, [("城东图书馆重新开放", 20, 30, 9 * 18), *((text, size, 60 + 12 * k, 19 * 8) for k, (text, size) in enumerate(zip(body, sizes)))])
    regions = pdf_format.page_regions(split_pages(path, path.read_bytes())[0].text)
    assert [line.text for region in regions if region.role == "heading" for line in region.lines] == ["城东图书馆重新开放"]
    assert [line.text for region in regions if region.role is None for line in region.lines] == body
