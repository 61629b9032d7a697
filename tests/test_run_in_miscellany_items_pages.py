"""An old weekly's miscellany column: items whose heads are run into their text after a dash
("Cheap Lamps.—A correspondent…") beside items with no head, parted by short rules the engine
reads as a blank line or a first line set in. A headless item under a headed one that ended its
sentence is the column's next item (`segment.headless_item_under_a_run_in_item`), and RapidOCR's
hyphen for the dash after the head's stop still parts the head (`classify._ITEM_HEAD_DASHED_ON`).
Engine-shaped input written anew for these tests."""

import json

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _clean(path):
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


TYPED = """Cheap Lamps.—A correspondent of the
Farmer writes that a lamp of tin, filled
with lard and fitted with a wick of cotton,
gives as good a light as any candle and
costs not half so much in a winter.

A pedlar from Hartford who sold clocks
through the hill towns last autumn has
been taken up at Northampton for selling
the same clock twice over to one widow.

Mr. Greeley says the farmers of the West
raise more corn than they can carry to
market, and burn it in their stoves.
"""


def test_headless_items_under_a_headed_item_are_items_of_their_own(tmp_path):
    path = tmp_path / "page.tess_eng.txt"
    path.write_text(TYPED, encoding="utf-8")
    doc = _clean(path)
    assert [article.get("title") for article in doc["articles"]] == ["Cheap Lamps.", None, None]
    assert [len(article["paragraphs"]) for article in doc["articles"]] == [1, 1, 1]
    assert doc["articles"][1]["paragraphs"][0].startswith("A pedlar from Hartford")


def _box(text, left, top, right, bottom):
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.95]]


def test_rapidocr_hyphen_after_the_heads_stop_parts_the_head(tmp_path):
    lines = [
        (18, "CnEAP LAMPs.-Our correspondent at the"), (2, "Farm writes that a lamp of tin, filled"),
        (2, "with lard and fitted with a wick of cotton,"), (2, "gives as good a light as any candle and"),
        (2, "costs not half so much in a winter."),
        (20, "A pedlar from Hartford who sold clocks"), (2, "through the hill towns last autumn has"),
        (2, "been taken up at Northampton for selling"), (2, "the same clock twice over to one widow."),
    ]
    boxes, top = [], 10
    for k, (left, text) in enumerate(lines):
        top += 30 if k == 5 else 22
        boxes.append(_box(text, left, top, 314, top + 17))
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
    doc = _clean(path)
    titles = [article.get("title") for article in doc["articles"]]
    assert titles[0] == "CnEAP LAMPs."
    assert doc["articles"][0]["paragraphs"][0].startswith("Our correspondent at the Farm")
    assert titles == ["CnEAP LAMPs.", None]
