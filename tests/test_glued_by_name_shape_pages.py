"""An old weekly's page read by RapidOCR: a "BY" set solid on a writer's name in capitals
("BYEDWARD IRVING.") is a byline, known by the name's shape after it
(`classify.BY_GLUED_TO_A_NAME`); a heading in capitals that opens on a word beginning "BY"
("BYRON AT MISSOLONGHI.", "BYZANTIUM AND ROME.") has no name's shape and stays the heading.
Engine-shaped input written anew for these tests."""

import json

import pytest

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _box(text, left, top, right, bottom):
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.95]]


def _page(tmp_path, head):
    """A heading in capitals over one paragraph of a travel letter."""
    boxes = [_box(head, 60, 10, 60 + 9 * len(head), 30)]
    text = [
        "The poet came to the marshes in the", "winter of his last year, and found the",
        "town full of soldiers who had not been", "paid for many months, and a fever in",
        "every house along the lagoon shore.",
    ]
    for k, line in enumerate(text):
        boxes.append(_box(line, 2, 50 + 22 * k, 312, 72 + 22 * k))
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


@pytest.mark.parametrize("head", ["BYRON AT MISSOLONGHI.", "BYRON'S LAST WINTER.", "BYRON IN GREECE"])
def test_heading_opening_on_a_by_word_stays_the_heading(tmp_path, head):
    doc = _page(tmp_path, head)
    assert [article.get("title") for article in doc["articles"]] == [head]
    assert not any(article.get("byline") for article in doc["articles"])

