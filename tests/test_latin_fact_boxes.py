"""A Latin fact box, one "Label: value" a line (formats/reading.py, `_fact_entries`;
blocks.py, `LATIN_FIELD_ROW` in `rows_in_a_pair`): each fact is a paragraph, a value wrapped
after a comma goes on from its label's line, and the head over the box titles a story of its
own. Pages written for the rule, as RapidOCR lists their lines (it drops the space after a
colon now and then: "Capital:Moravel")."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

QUAY = [
    "The harbour board agreed on Monday to",
    "rebuild the north quay before spring,",
    "after divers found the old timber piles",
    "rotten below the waterline in autumn.",
    "Work starts in January and will close",
    "the quay to lorries for three months.",
]
FACTS = ["Capital:Moravel", "People: about 4 million", "Languages: Tarlian, French,", "Gaelic", "Currency:Tarl (TRL)", "Neighbours: seven countries"]


def _page() -> str:
    lines = [("Harbour Board Votes to Rebuild Quay", 90, 100, 1000, 150)]
    lines += [(text, 90, 180 + 40 * k, 530, 208 + 40 * k) for k, text in enumerate(QUAY)]
    lines += [("Tarlia in brief", 600, 176, 850, 214)]
    lines += [(text, 600, 232 + 36 * k, 600 + 11 * len(text), 258 + 36 * k) for k, text in enumerate(FACTS)]
    lines.sort(key=lambda line: (line[2], line[1]))
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in lines], ensure_ascii=False)


def test_each_fact_of_a_box_is_a_paragraph_under_the_boxs_head():
    """Before: "Capital:Moravel People: about 4 million Languages: …" one paragraph."""
    articles = clean_blocks(read_blocks("page.json", _page())).articles
    box = next(a for a in articles if a.title == "Tarlia in brief")
    assert box.paragraphs == ["Capital:Moravel", "People: about 4 million", "Languages: Tarlian, French, Gaelic", "Currency:Tarl (TRL)", "Neighbours: seven countries"]
