"""A box's list of facts, each line opened by its label ("Wann: …", "地点：…"), is a fact a
paragraph, however the line above it ended (reading._listed_facts): the engine gives the box
one region and the lines, short or to the measure, ran on into one paragraph. Pages written
for the rule (RapidOCR lines), not copied from any gold page."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

PITCH = 40  # the line pitch; a glyph is 27 high


def _rapidocr(lines: list[tuple[str, int, int, int]]) -> str:
    """RapidOCR's JSON: each line (text, left, top, glyph width) row by row across the page;
    a line of glyphs wider than the body's is in headline type, as high as they are wide."""
    boxes = sorted(((t, a, b, a + width * len(t), b + max(27, width)) for t, a, b, width in lines), key=lambda line: (line[2], line[1]))
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in boxes], ensure_ascii=False)


def _page(story: list[str], head: str, box_head: str, facts: list[str], width: int) -> list[tuple[str, int, int, int]]:
    lines = [(head, 70, 150, 50)]
    lines += [(text, 70, 230 + PITCH * k, width) for k, text in enumerate(story)]
    lines.append((box_head, 1000, 270, 40))  # the box's head stands under the story's
    lines += [(text, 1000, 350 + PITCH * k, width) for k, text in enumerate(facts)]
    return lines


def _story(articles, title):
    return next(a for a in articles if a.title == title)  # (StopIteration: the head was lost)


def test_a_boxs_labelled_facts_are_a_block_each():
    story = [
        "Der Heimatverein lädt am Wochen-",
        "ende wieder zum Flohmarkt in den",
        "Stadtpark ein. Rund sechzig Stände",
        "sind angemeldet, darunter viele",
        "Familien aus den Ortsteilen.",
        "Der Erlös der Kaffeetafel geht an",
        "den Kindergarten am Mühlbach.",
    ]
    facts = ["Wann: Samstag, 14. März, 10 bis 16 Uhr", "Wo: Stadtpark, Eingang Lindenallee", "Eintritt: frei", "Standgebühr: fünf Euro"]
    lines = [("Kleinrieder Anzeiger", 70, 50, 30)] + _page(story, "Flohmarkt im Stadtpark", "Auf einen Blick", facts, 16)
    texts = [block.text for block in read_blocks("page.json", _rapidocr(lines))]
    assert all(fact in texts for fact in facts)  # a block each, as the lines of a plain-text page


def test_a_chinese_boxs_labelled_facts_are_a_paragraph_each():
    story = [
        "本报讯　区图书馆本周末举办旧书",
        "交换活动，市民可带来家中闲置的",
        "图书，按本数换取其他读者捐出的",
        "书籍。活动所得的余书将捐给山区",
        "小学的图书室。",
    ]
    facts = ["日程：本周六上午九时至下午四时", "场所：区图书馆一楼大厅", "门票：免费", "须知：每人最多换十本"]
    lines = [("江城晚报", 70, 50, 40)] + _page(story, "旧书换新主", "活动速览", facts, 27)
    articles = clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles
    assert _story(articles, "活动速览").paragraphs == facts
