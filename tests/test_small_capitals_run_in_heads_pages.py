"""A 19th-century weekly's miscellany column read by RapidOCR, its items opening on run-in heads
set in capitals and small capitals, which the engine reads in a jumble of cases: "ThE OLD
MiLL.-The wheel…" is the item "The Old Mill." (`rules.wrapping.small_capitals_head_in_mixed_case`);
a head cut from its text at the wide space a head in capitals leaves, "SHIPS OF THE" /
"NoRtH.-The", is one line and the item's head (`formats.paddle._opens_an_item`,
`classify._dashed_item_head`); a head whose dash the engine lost, its text glued on
("AGOOD HARvEsT.Farmers…"), is the item's head too (`classify._SMALL_CAPITALS_HEAD_GLUED_ON`).
Engine-shaped input written anew for these tests."""

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


def _column(tmp_path, items, top=4):
    """Items down one column 316 wide: each a first line (or a row of pieces), then full lines,
    then a short last line; an ornamental rule's space between items."""
    boxes = []
    for first, lines, last in items:
        if isinstance(first, list):
            for text, left, right in first:
                boxes.append(_box(text, left, top, right, top + 20))
        else:
            boxes.append(_box(first, 20, top, 316, top + 20))
        top += 22
        for line in lines:
            boxes.append(_box(line, 3, top, 316, top + 20))
            top += 22
        boxes.append(_box(last, 3, top, 8 * len(last), top + 20))
        top += 44
    return _page(tmp_path, boxes)


_MILL = ("ThE OLD MiLL.-The wheel that turned for", ["sixty years beside the brook at Gran-", "by has stopped at last, the miller", "having sold his water right to the"], "new woollen factory below.")
_SHIPS = (
    [("SHIPS OF THE", 25, 198), ("NoRtH.-The", 209, 315)],
    ["whalers of New Bedford brought home", "more oil this spring than in any year", "since the port was first settled by"],
    "the Quakers of the island.",
)
_HARVEST = ("AGOOD HARvEsT.Farmers in the valley", ["report the heaviest crop of rye that", "the oldest of them can remember, and", "the mills are already working by"], "lamplight to keep pace.")


def _titles(doc):
    return [article.get("title") for article in doc["articles"]]


def test_small_capitals_head_read_in_jumbled_cases_is_the_items_title_in_head_case(tmp_path):
    doc = _column(tmp_path, [("The last words of a story that", ["began in the column before and ends", "here, with its heroine at home again"], "among her people."), _MILL])
    assert "The Old Mill." in _titles(doc)
    mill = doc["articles"][_titles(doc).index("The Old Mill.")]
    assert mill["paragraphs"][0].startswith("The wheel that turned for sixty years")


def test_head_cut_from_its_text_at_a_wide_space_is_one_head(tmp_path):
    doc = _column(tmp_path, [("The last words of a story that", ["began in the column before and ends", "here, with its heroine at home again"], "among her people."), _SHIPS])
    assert "Ships of the North." in _titles(doc)
    ships = doc["articles"][_titles(doc).index("Ships of the North.")]
    assert ships["paragraphs"][0].startswith("The whalers of New Bedford")
    assert not any("SHIPS" in (title or "") for title in _titles(doc)) and not doc["furniture"]


def test_head_glued_to_its_text_its_dash_lost_is_the_items_head(tmp_path):
    doc = _column(tmp_path, [_MILL, _HARVEST])
    assert "Agood Harvest." in _titles(doc)
    harvest = doc["articles"][_titles(doc).index("Agood Harvest.")]
    assert harvest["paragraphs"][0].startswith("Farmers in the valley report")


def test_head_in_capitals_only_keeps_its_case_and_a_place_stays_a_dateline(tmp_path):
    doc = _column(tmp_path, [("BOSTON.-The harbor froze over on", ["Tuesday night for the first time in", "twenty winters, and the ferries lay"], "idle until noon."), _MILL])
    assert "BOSTON." not in _titles(doc) and "Boston." not in _titles(doc)
    assert "The Old Mill." in _titles(doc)
