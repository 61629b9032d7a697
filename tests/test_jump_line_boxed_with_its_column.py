"""A jump line RapidOCR boxed into the region of the column it ends (formats/reading.py,
`_jump_lines_apart`): set right under the column's last line, it is page furniture, not a line
of the story's text. A page written for the rule, its boxes as RapidOCR gave those of holdout76's
sports page (a column of 24 px glyphs, 40 px apart, the jump line set right under it)."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

HEAD = [("业余联赛观众超过六万人次", 800, 300, 1130, 350)]
COLUMN = [
    ("本届联赛从五月开赛，", 861, 377, 1107, 405),
    ("共有十六支业余球队参加，", 804, 413, 1111, 449),
    ("比赛一百二十场，观众累计", 808, 458, 1130, 488),
    ("超过六万人次。市足协表示，", 806, 497, 1136, 530),
    ("明年将增设女子组，并把", 806, 540, 1103, 570),
]
JUMP = ("（下转第8版）", 1006, 577, 1128, 607)
NEXT = [
    ("旧厂房改成的球馆每周接待", 1230, 377, 1555, 405),
    ("市民近三千人次。", 1176, 413, 1380, 449),
]


def _rapidocr(lines) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in sorted(lines, key=lambda line: (line[2], line[1]))], ensure_ascii=False)


def test_a_jump_line_boxed_under_its_columns_last_line_is_furniture():
    """Before: "…明年将增设女子组，并把（下转第8版）", the jump line the sentence's next words."""
    page = clean_blocks(read_blocks("page.json", _rapidocr(HEAD + COLUMN + [JUMP] + NEXT)))
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert not any("下转" in p for p in paragraphs)
    assert "（下转第8版）" in page.furniture
