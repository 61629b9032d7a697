"""Drawn pages read by real OCR engines, third round: a box's schedule rows, a label, its middle
dot and a value on every line ("Wiki 6·Polio, Penta"), read as a head over nothing when the
layout set them apart as a short block (RapidOCR), or run together into one paragraph when the
engine read the dot as a dash between spaces (Tesseract's eng model: "Wiki 6 - Polio")
(`classify._latin_labelled_lines_apart`, `_schedule_lines_taken_for_a_head`). Engine-shaped input
written anew for these tests."""

import json

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _clean(path):
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _box(text, left, top, right, bottom):
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.95]]


def _rapidocr_page(tmp_path):
    """A safety story over two columns at the page's foot and, beside it, a club's box: its head
    over the three outings, one a line ("Marts 14·Hollow Hill (Brae)"), and a sign-up column
    beside them."""
    boxes = [
        _box("Valley Courier", 70, 40, 600, 100),
        _box("Weather", 80, 950, 250, 985),
        _box("Our club's next walks", 895, 952, 1500, 990),
        _box("Walk only with a friend", 70, 1009, 640, 1042),
    ]
    for k, text in enumerate(["Marts 14·Hollow Hill (Brae)", "Aprel 2 ·Stone Ridge (Fell)", "Aprel 23·Old Cairn (Moor)"]):
        boxes.append(_box(text, 896, 1003 + 38 * k, 1270, 1031 + 38 * k))
    boxes += [_box("Sign up at:", 1309, 1005, 1480, 1031), _box("club@valley.example", 1309, 1043, 1590, 1070)]
    for k, text in enumerate(["Before a winter walk, tell", "somebody at home where you", "will go and when you will be", "back. Take a charged phone."]):
        boxes.append(_box(text, 70, 1059 + 38 * k, 450, 1089 + 38 * k))
    for k, text in enumerate(["and in trouble call the", "rescue line at once."]):
        boxes.append(_box(text, 481, 1059 + 38 * k, 840, 1089 + 38 * k))
    boxes.append(_box("Valley Courier · Outdoors · 14", 716, 1278, 1044, 1304))
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
    return _clean(path)


def test_schedule_rows_read_as_a_head_are_rows(tmp_path):
    page = _rapidocr_page(tmp_path)
    paragraphs = [p for a in page["articles"] for p in a["paragraphs"]]
    titles = [a.get("title") for a in page["articles"]]
    for row in ("Marts 14·Hollow Hill (Brae)", "Aprel 2 ·Stone Ridge (Fell)", "Aprel 23·Old Cairn (Moor)"):
        assert row in paragraphs, (paragraphs, titles)
    assert not any(t and "Marts 14" in t for t in titles), titles


BODY, EM = 30, 15


def _hocr_line(text, left, top, ident):
    spans, x = [], left
    for word in text.split():
        spans.append(f"<span class='ocrx_word' title='bbox {x} {top} {x + EM * len(word)} {top + BODY - 6}'>{word}</span>")
        x += EM * len(word) + 10
    return f"<span class='ocr_line' id='{ident}' title='bbox {left} {top} {x - 10} {top + BODY - 6}'>{' '.join(spans)}</span>"


def _par(lines, left, top, ident):
    body = "".join(_hocr_line(text, left, top + 36 * k, f"{ident}_{k}") for k, text in enumerate(lines))
    bottom = top + 36 * len(lines)
    return f"<div class='ocr_carea' title='bbox {left} {top} {left + 560} {bottom}'><p class='ocr_par' title='bbox {left} {top} {left + 560} {bottom}'>{body}</p></div>"


def test_schedule_dots_read_as_dashes_open_a_row_each(tmp_path):
    """A clinic story in the left column and, in the right, a box of shots by age whose middle
    dots the engine read as hyphens between spaces, Tesseract's paragraph holding all its rows."""
    story = ["The clinic on Mill Road gives the", "children their shots every Tuesday,", "the nurse said, and parents need", "no card to come with them."]
    rows = ["At birth - BCG, Polio", "Week 6 - Polio, Penta, PCV,", "Rota", "Week 10 - Polio, Penta, PCV", "Month 9 - Measles, Rubella"]
    html = (
        "<html><body><div class='ocr_page' title='bbox 0 0 1400 900'>"
        + _par(["Valley Courier"], 40, 30, "mast")
        + _par(["Children get their shots"], 40, 120, "head")
        + _par(story, 40, 190, "story")
        + _par(["Shots by age"], 760, 190, "label")
        + _par(rows, 760, 250, "rows")
        + "</div></body></html>"
    )
    path = tmp_path / "page.tess_eng.hocr"
    path.write_text(html, encoding="utf-8")
    paragraphs = [p for a in _clean(path)["articles"] for p in a["paragraphs"]]
    assert "Week 6 - Polio, Penta, PCV, Rota" in paragraphs, paragraphs
    assert "Month 9 - Measles, Rubella" in paragraphs, paragraphs
    assert "At birth - BCG, Polio" in paragraphs, paragraphs
