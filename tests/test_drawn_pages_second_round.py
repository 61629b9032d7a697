"""Drawn pages read by real OCR engines, second round: a column's top line, the sentence carried
over from the foot of the column before ending on it, read onto the head set across that column
(`formats.paddle._next_column_top`). Engine-shaped input written anew for these tests."""

import json

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _box(text, left, top, right, bottom):
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.95]]


def _page(tmp_path, boxes):
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _story(tmp_path):
    """A second story over three columns under a head set across the first two: its second
    column's sentence runs on to the third column's top line, "harbour.", set under the head's
    far end (a tilted scan's) and boxed nearly as high as it."""
    boxes = [
        _box("Harbour Weekly", 80, 40, 560, 100),
        _box("The new ferry will sail to the islands in August", 70, 142, 960, 186),
    ]
    col1 = ["HARBOUR — The new ferry begins", "its service to the islands in", "August. It is larger than the", "old boat and carries sixty", "people on every crossing."]
    col2 = ["Tickets may be bought on the", "internet, the shipping office", "said, and they may also be", "bought at the office by the"]
    col3 = ["harbour.", "The villages hope the ferry", "will bring more food and more", "tools to the islands when it", "starts its first crossing."]
    for k, text in enumerate(col1):
        boxes.append(_box(text, 72, 190 + 38 * k, 440, 222 + 38 * k))
    for k, text in enumerate(col2):
        boxes.append(_box(text, 490, 190 + 38 * k, 860, 222 + 38 * k))
    for k, text in enumerate(col3):
        left = 905 if k == 0 else 935
        boxes.append(_box(text, left, 189 + 38 * k, 1005 if k == 0 else 1290, 224 + 38 * k))
    boxes.append(_box("Harbour Weekly · News · 3", 500, 460, 1000, 492))
    return _page(tmp_path, boxes)


def test_column_top_line_is_no_line_of_the_head(tmp_path):
    doc = _story(tmp_path)
    titles = [article.get("title") or "" for article in doc["articles"]]
    assert "The new ferry will sail to the islands in August" in titles
    assert not any("harbour." in title for title in titles)


def test_carried_sentence_ends_in_its_paragraph(tmp_path):
    doc = _story(tmp_path)
    paragraphs = [p for article in doc["articles"] for p in article.get("paragraphs", [])]
    assert any(p.endswith("bought at the office by the harbour.") for p in paragraphs)
