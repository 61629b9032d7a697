"""Tesseract's geometry on drawn CJK pages (formats/reading.py): the blank of a paragraph's
indent read as sentence marks (`_without_indent_specks`), and a head alone under a blank across
the page, under columns that ended at different depths (`_lone_head`). Pages written for the rules,
in hOCR with word boxes as Tesseract writes them."""

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

EM = 26  # a glyph's height and advance, in pixels


def words(text: str, left: int, top: int, speck: str = "", em: int = EM) -> str:
    """One ocr_line of CJK glyphs, a word each, from `left`; `speck`: marks the engine read out
    of the indent's blank, boxed tall from the column's edge (`left`) with the text two ems in."""
    out, x = [], left
    if speck:
        out.append(f"<span class='ocrx_word' title='bbox {left} {top - 20} {left + 30} {top + em + 20}'>{speck}</span>")
        x = left + 2 * em
    for glyph in text:
        out.append(f"<span class='ocrx_word' title='bbox {x} {top} {x + em} {top + em}'>{glyph}</span>")
        x += em
    box = f"{left} {top} {x} {top + em}"  # the line's box as Tesseract gives it: the glyphs' height
    return f"<span class='ocr_line' title='bbox {box}'>{''.join(out)}</span>"


def par(lines: list[str], boxes: tuple[int, int, int, int]) -> str:
    return f"<p class='ocr_par' title='bbox {' '.join(map(str, boxes))}'>{''.join(lines)}</p>"


def page(*pars: str) -> str:
    return "<html><body><div class='ocr_page' title='bbox 0 0 1400 1600'>" + "".join(pars) + "</div></body></html>"


def paragraphs(text: str) -> list[str]:
    return [p for article in clean_blocks(read_blocks("p.hocr", text)).articles for p in article.paragraphs]


def test_a_paragraphs_indent_read_as_full_stops_opens_the_paragraph():
    """The second paragraph's indent came out as a word "。。" at the column's edge: the line
    started flush, and the two paragraphs were read as one, "…都已开放。。今年起…"."""
    lines = [
        words("河滨公园的步道已经全部修好", 100, 100),
        words("周末的游客比去年多了一倍", 100, 140),
        words("新建的三处厕所都已开放。", 100, 180),
        words("今年起公园还将增设夜", 100, 220, "。。"),
        words("间照明和两处儿童乐园", 100, 260),
    ]
    text = page(par(lines, (100, 80, 440, 286)))
    texts = paragraphs(text)
    assert any(t.endswith("新建的三处厕所都已开放。") for t in texts), texts
    assert any(t.startswith("今年起公园还将增设夜") for t in texts), texts
    assert not any("。。" in t for t in texts)


def test_a_comma_read_out_of_the_gutter_before_a_line_is_dropped_and_opens_nothing():
    """A mark read in the gutter before a line that goes on with its sentence (flush with the
    column, the line above full and ending in no mark) goes, and the paragraph stays one."""
    lines = [
        words("河滨公园的步道已经全部修好", 100, 100),
        words("周末的游客比去年多了一倍新", 100, 140),
        words("建的三处厕所都已开放", 100 - 2 * EM, 180, "，"),
    ]
    texts = paragraphs(page(par(lines, (100 - 2 * EM, 80, 440, 226))))
    assert len([t for t in texts if "河滨公园" in t]) == 1 and any("倍新建的三处厕所" in t for t in texts), texts


def test_a_mark_boxed_outside_its_lines_box_is_no_indent():
    """The engine boxed the line from its first glyph and the comma left of it: the comma is
    none of the line's indent, and the line is left as read."""
    line = words("今年起公园还将增设夜", 100 - 2 * EM, 220, "，").replace(f"bbox {100 - 2 * EM} 220", "bbox 100 220", 1)
    blocks = read_blocks("p.hocr", page(par([line], (100, 220, 360, 246))))
    assert blocks[0].lines[0].startswith("，"), blocks


TOP_1 = ["城西新建的菜市场本周开业了", "摊位一百二十个全部租出。"]
TOP_2 = ["市场设了停车场和快递柜，", "周边三个小区的居民都来了。"]
BOX = ["便民提示", "营业时间六点至二十点", "停车前两小时免费", "快递柜在市场东门", "公交五路在门口停靠"]
BAND_1 = ["老街改造明年春天动工，", "沿街的四十间老屋将修缮。"]
BAND_2 = ["改造期间老街照常通行，", "施工安排在夜间进行。"]


def column(texts: list[str], left: int, top: int) -> str:
    lines = [words(t, left, top + 40 * k) for k, t in enumerate(texts)]
    right = left + EM * max(len(t) for t in texts)
    return par(lines, (left, top, right, top + 40 * (len(texts) - 1) + EM))


def test_a_head_alone_under_a_blank_across_the_page_starts_a_row_though_a_box_ran_deeper():
    """Under the nameplate, the top row's two columns end at 166, the box beside them runs on to
    286: no two columns end together over the blank, and the page was read column by column,
    down through the row of the next story. The head alone under the blank, in type a quarter
    larger than the text's (too small for a headline row), starts a row."""
    head = par([words("老街改造方案公布", 100, 400, em=33)], (100, 400, 364, 433))
    text = page(
        par([words("城西日报", 100, 20, em=50)], (100, 20, 300, 70)),
        column(TOP_1, 100, 100), column(TOP_2, 480, 100), column(BOX, 900, 100),
        head,
        column(BAND_1, 100, 480), column(BAND_2, 480, 480),
    )
    texts = [b.text for b in read_blocks("p.hocr", text)]
    order = [next(i for i, t in enumerate(texts) if key in t) for key in ("城西新建", "市场设了", "便民提示", "老街改造方案", "老街改造明年", "改造期间")]
    assert order == sorted(order), texts


def test_a_paragraphs_indent_read_as_a_latin_point_opens_the_paragraph():
    """The engine read the indent's blank as a Latin point, "." at the column's edge: the two
    paragraphs were read as one, "…都已开放。.今年起…". A point at the column's edge, or on a line
    alone (a head), is no indent's: taken off, the line looked indented, the head moved."""
    lines = [
        words("河滨公园的步道已经全部修好", 100, 100),
        words("新建的三处厕所都已开放。", 100, 140),
        words("今年起公园还将增设夜", 100 + EM, 180, "."),  # (the point set in, before the glyph)
        words("间照明和两处儿童乐园", 100, 220),
    ]
    texts = paragraphs(page(par(lines, (100, 80, 440, 246))))
    assert any(t.startswith("今年起公园还将增设夜") for t in texts), texts
    head = page(par([words("河滨公园步道修好", 100, 40, ".")], (100, 20, 360, 86)))
    assert read_blocks("p.hocr", head)[0].lines[0].startswith("."), "a line alone (a head) keeps its point"
    edge = [words("河滨公园的步道已经全部修好", 100, 100), words("新建的三处厕所都已开放", 100, 140, ".")]
    assert read_blocks("p.hocr", page(par(edge, (100, 80, 440, 166))))[0].lines[1].startswith("."), "a point at the edge stays"
