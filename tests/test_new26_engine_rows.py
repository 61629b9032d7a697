"""Boxes of rows on pages read by an engine: a race's results, a programme's hours, a price list
in a currency with its sign. Written for the class (holdout59), not copied from any gold page."""

import json

from conftest import hocr_page

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks, clean_text


def boxed(label: str, lines: list[tuple[str, int, int]], title: str = "") -> list:
    """A box's label, its title in a block of its own where it has one, then its lines (text,
    left, right) one under another, as one region."""
    heads = [((label, 100, 60, 300, 110),)] + ([((title, 100, 110, 360, 140),)] if title else [])
    page = hocr_page(
        *heads,
        tuple((text, left, 150 + 45 * k, right, 180 + 45 * k) for k, (text, left, right) in enumerate(lines)),
    )
    return clean_blocks(read_blocks("page.hocr", page)).articles


def test_a_race_results_box_is_one_runner_a_paragraph_and_its_bracketed_note_signs_nothing():
    """Rows of one width, each a rank, a runner and a finish time; one runner's country wraps her
    time onto a line of its own; a note on the times in brackets, set in, under them. Before: the
    rows one paragraph (or the note the box's byline)."""
    box = boxed(
        "成绩公布",
        [
            ("1　林晓芸　1:12:40", 100, 330),
            ("2　阿米娜·哈桑（肯尼亚）", 100, 340),
            ("1:13:05", 100, 190),
            ("3　周佳怡　1:15:22", 100, 330),
            ("（以上均为净成绩）", 140, 330),
        ],
        title="女子半程前三名",
    )[-1]
    assert box.title == "女子半程前三名"
    assert [p.replace(" ", "").replace("\u3000", "") for p in box.paragraphs] == [
        "1林晓芸1:12:40",
        "2阿米娜·哈桑（肯尼亚）1:13:05",
        "3周佳怡1:15:22",
        "（以上均为净成绩）",
    ]
    assert box.byline is None


def test_a_programme_of_hours_and_dashes_is_one_event_a_paragraph_and_its_note_stands_apart():
    """A Latin box, one event a line opened by its hour and a dash, one event wrapped onto the
    next line, a closing sentence under them. Before: the programme one paragraph."""
    box = boxed(
        "Programme",
        [
            ("10 h – Opening of the fair", 100, 420),
            ("12 h – Dance of the Morris", 100, 425),
            ("men on the green", 100, 330),
            ("15 h – Raffle and prizes", 100, 400),
            ("18 h – Bonfire", 100, 290),
            ("Entry is free for all.", 100, 390),
        ],
    )
    paragraphs = [p for article in box for p in article.paragraphs]
    assert paragraphs[-5:] == [
        "10 h – Opening of the fair",
        "12 h – Dance of the Morris men on the green",
        "15 h – Raffle and prizes",
        "18 h – Bonfire",
        "Entry is free for all.",
    ]


def test_a_price_list_in_a_currency_with_its_sign_is_one_row_a_paragraph():
    """Rows of one width, each a good and its price after the currency's letters and sign (a
    thousands comma in one, "from" after another), a note under them. Before: one paragraph."""
    rows = ["花生糖　每盒NT$180", "烏梅　每斤NT$220起", "鮑魚罐頭　每罐NT$1,350", "臘肉　每斤NT$480"]
    box = boxed("年節價目", [(text, 100, 400 + (k % 2) * 6) for k, text in enumerate([*rows, "（價格以現場為準）"])])[-1]
    assert [p.replace(" ", "").replace("\u3000", "") for p in box.paragraphs][-5:] == [r.replace("\u3000", "") for r in rows] + ["（價格以現場為準）"]


def rapidocr(lines: list[tuple[str, int, int, int, int]]) -> str:
    """RapidOCR's result: each line its box's four corners, its text and a confidence."""
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.97]] for text, a, b, c, d in lines], ensure_ascii=False)


def test_a_writers_line_whose_wide_space_the_engine_lost_is_the_byline_though_read_with_the_deck():
    """The deck, ending on no mark, the writer's and photographer's line under it and the text, one
    box a line, the wide space between the byline's two parts lost. Before: deck and byline one
    paragraph, no byline."""
    text = ["老街燈會今晚登場，主辦單位預估三", "天將有十萬人次湧入，周邊道路實施", "交通管制，民眾最好搭乘大眾運輸前", "往，以免找不到停車位。"]
    lines = [("百年老街點燈　花燈照亮夜空", 80, 100, 620, 150), ("攤商生意比去年好", 80, 170, 360, 200), ("撰文/林美君攝影/陳志明", 80, 210, 400, 236)]
    lines += [(line, 80 + (28 if k == 0 else 0), 250 + 36 * k, 80 + 28 * len(line) + (28 if k == 0 else 0), 276 + 36 * k) for k, line in enumerate(text)]
    story = clean_blocks(read_blocks("page.json", rapidocr(lines))).articles[0]
    assert story.byline == "撰文/林美君攝影/陳志明"
    assert "".join(story.paragraphs).endswith("".join(text))


LEAD = (
    "Miesto biblioteka šeštadienį kviečia vaikus į knygų mugę, kurioje bus galima iškeisti "
    "perskaitytas knygas į naujas.",
    "Renginys prasidės dešimtą valandą ryto ir truks iki pietų.",
)


def test_a_name_with_its_surname_in_capitals_under_a_storys_end_signs_it_though_set_far_apart():
    """A story signed at its foot with the surname in capitals, two blank lines over it as an engine
    set the flush-right line apart, then the next box's head. Before: that box's kicker."""
    for name in ("Aldona PETRAITIENĖ", "Aldona PETRAITIENE"):
        page = "Knygų mainai bibliotekoje\n\n" + "\n\n".join(LEAD) + f"\n\n\n{name}\n\n\nDirbtuvės vaikams\n\nSekmadienį vyks piešimo dirbtuvės vaikams nuo šešerių metų.\n"
        first, second = clean_text(page).articles
        assert first.byline == name and first.paragraphs == list(LEAD)
        assert second.title == "Dirbtuvės vaikams" and second.kicker is None
