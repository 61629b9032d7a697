"""Chinese pages read by Tesseract (hOCR): a box of figured rows, a name and its price or
quantity a line, every row running out to the box's right edge, ran into one paragraph
(`formats.reading.figured_rows_reaching_the_edge`, `first_figured_row_read_apart`). Pages
written anew for these tests, in the engine's shape: one word a glyph run, a line a row."""

import json

from paperarchive.api import clean_file
from paperarchive.render import clean_json

BODY, EM = 30, 28


def _clean(path):
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _line(text, left, top, ident, em=EM):
    spans, x = [], left
    for word in text.split():
        spans.append(f"<span class='ocrx_word' title='bbox {x} {top} {x + em * len(word)} {top + BODY - 6}'>{word}</span>")
        x += em * len(word) + em // 2
    return f"<span class='ocr_line' id='{ident}' title='bbox {left} {top} {x - em // 2} {top + BODY - 6}'>{' '.join(spans)}</span>"


def _par(lines, left, top, ident, width=560, em=EM):
    body = "".join(_line(text, left, top + 40 * k, f"{ident}_{k}", em) for k, text in enumerate(lines))
    bottom = top + 40 * len(lines)
    box = f"{left} {top} {left + width} {bottom}"
    return f"<div class='ocr_carea' title='bbox {box}'><p class='ocr_par' title='bbox {box}'>{body}</p></div>"


STORY = [
    "入冬以来，城西家电卖场的电暖器",
    "销量比上月增加了三成多。店长说，",
    "今年的新款大多带有定时和防倾倒",
    "功能，老人用起来更放心。",
]


def _page(tmp_path, rows, note):
    html = (
        "<html><body><div class='ocr_page' title='bbox 0 0 1500 900'>"
        + _par(["青湾晚报"], 40, 30, "mast", em=40)
        + _par(["电暖器卖得俏"], 40, 120, "head", em=40)
        + _par(STORY, 40, 200, "story")
        + _par(["本周取暖器价格"], 900, 200, "label", width=420, em=32)
        + _par([*rows, note], 900, 260, "rows", width=420)
        + "</div></body></html>"
    )
    path = tmp_path / "page.tess_chi_sim.hocr"
    path.write_text(html, encoding="utf-8")
    page = _clean(path)
    return [p for a in page["articles"] for p in a["paragraphs"]], [a.get("title") for a in page["articles"]]


def test_price_rows_reaching_the_edge_are_a_paragraph_each(tmp_path):
    rows = ["暖风机 油汀款399元起", "小太阳 台式款129元起", "电热毯 双人款159元起", "踢脚线 取暖器699元起"]
    paragraphs, titles = _page(tmp_path, rows, "（以上为门店零售价）")
    for row in rows:
        assert row.replace(" ", "") in [p.replace(" ", "").replace("\u3000", "") for p in paragraphs], (paragraphs, titles)


def _alto_line(text, left, top, em=EM, height=BODY):
    strings, x = [], left
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{em * len(word)}" HEIGHT="{height}" WC="0.9"/>')
        x += em * len(word) + em // 2
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - em // 2 - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


def _alto_block(lines, left, top, width=560, em=EM, height=BODY):
    body = "".join(_alto_line(text, left, top + 42 * k, em, height) for k, text in enumerate(lines))
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{42 * len(lines)}">{body}</TextBlock>'


def test_a_first_row_boxed_apart_is_a_row_not_the_heads_second_line(tmp_path):
    """Tesseract's ALTO boxes the price box's head and its first row each as a block of their
    own, the other rows and the note as a third."""
    rows = ["雪地靴 男款268元起", "羽绒服 长款899元起", "加绒裤 女款139元起", "棉手套 儿童款39元起"]
    page = tmp_path / "page.tess_chi_sim.xml"
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="1500" HEIGHT="900"><PrintSpace>'
        + _alto_block(["青湾晚报"], 40, 30, em=44, height=44)
        + _alto_block(["冬装上新　商场客流回暖"], 40, 120, em=40, height=40)
        + _alto_block(STORY, 40, 200)
        + _alto_block(["本周冬装价格"], 900, 200, width=420, em=34, height=34)
        + _alto_block(rows[:1], 900, 250, width=420)
        + _alto_block([*rows[1:], "（以上为商场标价）"], 900, 292, width=420)
        + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    cleaned = _clean(page)
    paragraphs = [p.replace(" ", "").replace("\u3000", "") for a in cleaned["articles"] for p in a["paragraphs"]]
    titles = [a.get("title") for a in cleaned["articles"]]
    for row in rows:
        assert row.replace(" ", "") in paragraphs, (paragraphs, titles)
    # (the box's head stays apart from its first row, whatever it is taken for)
    assert not any("本周冬装价格" in text and "雪地靴" in text for text in json.dumps(cleaned, ensure_ascii=False).split('"')), cleaned


def test_a_date_column_read_apart_from_its_events_is_not_cut_a_date_a_paragraph(tmp_path):
    """A calendar box the engine read down its columns: the date keys alone, one under another
    ("3月6日" / "3月9日" / "3月20日春分"), boxed apart from the events set beside them. A key
    alone is no row (`_cjk_keyed_rows` leaves such a column too), so the dates are not made a
    paragraph each, cut from the events they key."""
    dates = ["3月6日", "3月9日", "3月20日春分"]
    events = ["木星合月，黄昏西南天空", "水星东大距，日落后可见", "昼夜平分，太阳直射赤道"]
    html = (
        "<html><body><div class='ocr_page' title='bbox 0 0 1500 900'>"
        + _par(["青湾晚报"], 40, 30, "mast", em=40)
        + _par(["春夜看星正当时"], 40, 120, "head", em=40)
        + _par(STORY, 40, 200, "story")
        + _par(["三月天象日历"], 900, 200, "label", width=420, em=32)
        + _par(dates, 900, 260, "dates", width=150)
        + _par(events, 1080, 260, "events", width=380, em=22)
        + _par(["（以上为北京时间）"], 900, 400, "note", width=420)
        + "</div></body></html>"
    )
    path = tmp_path / "page.tess_chi_sim.hocr"
    path.write_text(html, encoding="utf-8")
    page = _clean(path)
    paragraphs = [p.replace(" ", "").replace("\u3000", "") for a in page["articles"] for p in a["paragraphs"]]
    for date in dates:
        assert date not in paragraphs, paragraphs
