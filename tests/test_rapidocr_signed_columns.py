"""A signed column as RapidOCR lists its lines: a pull quote set in large type across its two
columns, between its text above and below (formats/reading.py `_quotes_the_text_under`), a head
over a pull quote (segment.py `next_content_at`), and a note on the writer in small type at its
foot (`_note_in_small_type`). Pages written for the rules."""

import json

from paperarchive.api import clean_file
from paperarchive.formats.paddle import paddle_regions
from paperarchive.models import Block, Kind
from paperarchive.segment import segment


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps(
        [[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False
    )


QUOTE = "A town is known by the benches it keeps."
ABOVE = (
    [
        "Our council took away the benches on",
        "Mill Street last spring, saying that",
        "they were old and cost too much to",
        "mend. Nobody asked the people who",
    ],
    [
        "sat on them: the old men after their",
        "walk, the mothers with prams, the boys",
        "waiting for the late bus home from",
        "the football ground on Saturdays.",
    ],
)
BELOW = (
    [
        "A town is known by the benches it",
        "keeps. A bench costs less than one",
        "metre of new road, and it is used",
        "every day of the year by somebody.",
    ],
    [
        "I ask the council to put them back",
        "before the summer, and to ask us",
        "next time before they take away",
        "what belongs to the whole street.",
    ],
)


def column_lines(columns, top):
    return [
        (text, left, top + 40 * k, left + 430, top + 40 * k + 28)
        for left, column in zip((90, 560), columns)
        for k, text in enumerate(column)
    ]


def page():
    lines = [("Keep the benches on Mill Street", 90, 100, 900, 160), ("By Ruth Calloway", 90, 180, 360, 208)]
    lines += column_lines(ABOVE, 230)
    lines += [(QUOTE, 110, 410, 960, 460)]  # in large type across both columns, between two rules
    lines += column_lines(BELOW, 490)
    return paddle(lines)


def test_a_pull_quote_across_two_columns_repeating_the_sentence_under_it_is_no_head_nor_paragraph(tmp_path):
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(page(), encoding="utf-8")
    regions = paddle_regions(json.loads(page()))[0]
    assert any(region.lines[0].text == QUOTE and len(region.lines) == 1 for region in regions)
    (article,) = clean_file(path).page.articles
    assert article.title == "Keep the benches on Mill Street"
    assert article.pull_quotes == [QUOTE]
    assert sum(paragraph.count("known by the benches") for paragraph in article.paragraphs) == 1


def test_a_head_over_a_pull_quote_heads_the_text_under_it():
    blocks = (
        Block(("Lunch on the bench",), 1, kind=Kind.SHORT),
        Block((QUOTE,), 3, gap=1, kind=Kind.PULL_QUOTE),
        Block((" ".join(BELOW[0]),), 5, gap=1, kind=Kind.BODY),
    )
    (article,) = segment(blocks).articles
    assert article.title == "Lunch on the bench"
    assert article.pull_quotes == [QUOTE] and article.paragraphs == [" ".join(BELOW[0])]


def test_a_writers_note_in_small_type_at_a_columns_foot_is_its_last_paragraph_not_the_byline(tmp_path):
    text = [
        "午饭时间，不少人在工位上一边吃",
        "饭一边回消息，一个小时很快就过",
        "去了。",
        "　　其实半小时的休息，能让下午",
        "更有精神，也更少出错。",
    ]
    lines = [("把午饭还给自己", 90, 100, 500, 150), ("文／林小雨", 90, 170, 250, 200)]
    lines += [(line, 90, 220 + 40 * k, 90 + 27 * len(line), 250 + 40 * k) for k, line in enumerate(text)]
    lines += [("（作者为某公司人事主管）", 90, 420, 90 + 20 * 12, 444)]  # 20-pixel glyphs under 27-pixel ones
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(paddle(lines), encoding="utf-8")
    (article,) = clean_file(path).page.articles
    assert article.byline == "文／林小雨"
    assert article.paragraphs[-1] == "（作者为某公司人事主管）"
