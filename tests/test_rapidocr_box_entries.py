"""RapidOCR's lines of a box of entries (formats/paddle.py, `_entries_joined_at_spaces`): a date and
its event, a word and its gloss, printed on one line a wide space apart and boxed by the engine as
two pieces, are one line again; two columns of text side by side stay apart. Pages written for the
rule, as RapidOCR lists their lines."""

import json

from paperarchive.formats.paddle import paddle_regions


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


def texts_of(lines) -> list[list[str]]:
    return [[line.text for line in region.lines] for region in paddle_regions(json.loads(paddle(lines)))[0]]


BODY = "码头改造工程昨天正式开工后"  # a body line: 13 glyphs, 27 wide each


def column(left: int, top: int, rows: int) -> list[tuple[str, int, int, int, int]]:
    return [(BODY, left, top + 41 * k, left + 351, top + 41 * k + 28) for k in range(rows)]


def test_a_timetable_boxed_as_dates_and_events_is_read_one_entry_a_line():
    """A ferry timetable in a box beside two columns: the first entry boxed whole, the others cut at
    their wide space, the date apart from the sailing. Before: every date, then every sailing."""
    lines = column(70, 300, 12) + column(470, 300, 12)
    box = [("3月2日渡轮恢复每日四班", 900, 300, 1197, 327)]
    for k, (day, event) in enumerate([("3月5日", "增开夜班"), ("3月9日", "码头封闭检修"), ("3月12日", "恢复通航")]):
        top = 341 + 41 * k
        right = 985 if len(day) == 4 else 1000
        box.append((day, 900, top, right, top + 27))
        box.append((event, 1020, top, 1020 + 27 * len(event), top + 27))
    box.append(("全月开船时间以码头公告为准，", 900, 464, 1278, 492))
    texts = [line for region in texts_of(lines + box) for line in region]
    assert "3月5日\u3000增开夜班" in texts and "3月12日\u3000恢复通航" in texts
    assert "增开夜班" not in texts


def test_word_and_gloss_lines_whose_spaces_fall_anywhere_are_one_line_each():
    """A box of dialect words, each followed by its gloss: the words are of unlike lengths, so the
    spaces fall anywhere down the box, as no gutter does."""
    lines = column(70, 300, 12) + column(470, 300, 12)
    rows = [("落雨（loh-hoo）", "下雨"), ("食朝（tsiah-tsa）", "吃早饭"), ("日头（jit-thau）", "太阳")]
    box = []
    for k, (word, gloss) in enumerate(rows):
        top = 300 + 41 * k
        right = 900 + [190, 232, 175][k]
        box += [(word, 900, top, right, top + 30), (gloss, right + 30, top, right + 30 + 28 * len(gloss), top + 30)]
    texts = [line for region in texts_of(lines + box) for line in region]
    assert ["落雨（loh-hoo）\u3000下雨", "食朝（tsiah-tsa）\u3000吃早饭", "日头（jit-thau）\u3000太阳"] == [t for t in texts if "（" in t]


def test_two_columns_of_text_a_gutter_apart_stay_two_columns():
    """Two columns' lines stand a space apart on every row too, but their gutter runs straight down
    (the left column's lines end together, the right one's start together) and no line of their type
    reaches across it."""
    lines = column(70, 300, 12) + column(451, 300, 12)
    regions = texts_of(lines)
    assert all("\u3000" not in line for region in regions for line in region)
    assert sum(len(region) for region in regions) == 24
