"""An old weekly's front page read by RapidOCR, whose "BY" is set solid on the writer's name in
capitals ("BYMARTHA LANE."): the line is the piece's byline, not its title
(`classify.BY_GLUED_TO_A_NAME`), and where the engine boxed the paper's credit, the title and
that byline as one region, the three come apart (`classify._paper_credits_apart`). Engine-shaped
input written anew for these tests."""

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


def _verse(tmp_path):
    """A verse column: the credit, the poem's title and its writer's line each set apart, then
    two stanzas of short lines."""
    boxes = [
        _box("For the Herald.", 95, 20, 205, 36),
        _box("The Mill upon the River.", 40, 42, 265, 62),
        _box("BYMARTHA LANE.", 90, 82, 215, 96),
    ]
    stanzas = [
        ["The wheel goes round beside the weir,", "The miller sings his song,", "And all the village far and near",
         "Brings corn the whole day long,", "And hears the water strong."],
        ["When winter locks the river fast,", "The wheel stands still and cold;", "The miller waits till frost is past",
         "And tells the tales of old", "Of harvests red and gold."],
    ]
    top = 120
    for stanza in stanzas:
        for k, text in enumerate(stanza):
            left = 30 if k % 2 == 0 else 45
            boxes.append(_box(text, left, top, left + 8 * len(text), top + 16))
            top += 18
        top += 12
    return _page(tmp_path, boxes)


def _essay(tmp_path):
    """An essay: the credit, its title and its writer's line boxed as one region, centred over
    the text."""
    boxes = [
        _box("For the Weekly Courier.'", 80, 8, 240, 27),
        _box("On Keeping Bees.", 105, 27, 215, 44),
        _box("BYJOSIAH WEBB.", 85, 60, 222, 76),
        _box("Every farmer who has an orchard ought", 14, 92, 312, 117),
    ]
    text = [
        "to keep a few hives of bees beside it,", "for they will carry the blossom from", "tree to tree and the fruit will be the",
        "better for it, while the honey pays", "for the hives in a single summer.",
    ]
    for k, line in enumerate(text):
        boxes.append(_box(line, 2, 117 + 22 * k, 312, 139 + 22 * k))
    boxes.append(_box("A swarm should be taken in May, when", 14, 236, 312, 258))
    for k, line in enumerate(["the weather is settled and warm, and", "set in a shaded place out of the wind."]):
        boxes.append(_box(line, 2, 258 + 22 * k, 312, 280 + 22 * k))
    return _page(tmp_path, boxes)


def test_glued_writer_line_is_the_poems_byline_not_its_title(tmp_path):
    doc = _verse(tmp_path)
    titles = [article.get("title") or "" for article in doc["articles"]]
    assert "The Mill upon the River." in titles
    poem = doc["articles"][titles.index("The Mill upon the River.")]
    assert poem["byline"] == "MARTHA LANE."
    assert not any("MARTHA" in title for title in titles)


def test_credit_title_and_glued_byline_in_one_region_come_apart(tmp_path):
    doc = _essay(tmp_path)
    titles = [article.get("title") or "" for article in doc["articles"]]
    assert titles[0] == "On Keeping Bees."
    essay = doc["articles"][0]
    assert essay["byline"] == "JOSIAH WEBB."
    assert essay["source"].startswith("For the Weekly Courier.")
    assert essay["paragraphs"][0].startswith("Every farmer who has an orchard")

