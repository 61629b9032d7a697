"""The cleaner's cheaper ways to the same answers, issue 15's sixty-fifth perf stop: each shortcut
does once, or later, what was done more often or earlier, and answers as before.

- `anchored.AnyAtStart` builds one entry (the words to look for, the alternatives to ask) for all
  the first characters that allow the same alternatives, not one for each character;
- `blocks.is_list_row` answers a line once: `page_column` and `list_rows` both ask it of each line;
- `blocks._measured_column` asks `_tolerance` of the band once, not twice for each line;
- `classify._answerers_between_chinese_turns` asks its three answerer patterns only of a line set
  between a question and an answer, not of every block of the page.
"""

from __future__ import annotations

import json
import re

from paperarchive import blocks, classify
from paperarchive.anchored import AnyAtStart
from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _clean(path) -> dict:
    read = clean_file(path)
    return clean_json(read.path, read.decoded.encoding, read.page, False)


def test_first_characters_allowing_the_same_alternatives_share_one_entry():
    patterns = (re.compile(r"^(?:本報|本报)(?:館址|馆址)\S+"), re.compile(r"^PAGE \d+$"), re.compile(r"^第\d+版$"))
    anchored = AnyAtStart(*patterns)
    lines = ["河口镇新建了两座水闸", "村里的稻田都灌上了水", "本报馆址迁往江滨路", "PAGE 12", "第12版", "Page twelve", "雨后"]
    assert [anchored.match(line) for line in lines] == [any(p.match(line) for p in patterns) for line in lines]
    # (two Han characters that open none of the alternatives: one entry, not two)
    assert anchored._by_line_start["河"] is anchored._by_line_start["村"] is anchored._by_line_start["雨"]
    assert anchored._by_line_start["本"] is not anchored._by_line_start["河"]


def test_a_line_is_asked_whether_it_is_a_list_row_once():
    line = "《江上行》／陆远舟／临川书局"
    blocks.is_list_row.cache_clear()
    assert blocks.is_list_row(line) and blocks.is_list_row(line)
    assert blocks.is_list_row.cache_info().hits == 1
    assert not blocks.is_list_row("渔船傍晚陆续回港，码头上一片忙碌。")


def test_the_column_band_is_measured_with_one_tolerance(monkeypatch):
    asked = []
    tolerance = blocks._tolerance
    monkeypatch.setattr(blocks, "_tolerance", lambda column: asked.append(column) or tolerance(column))
    lines = ["渔船傍晚陆续回港，码头上的鱼贩早早等在岸边，" if k % 3 else "今年开渔以来，近海的黄鱼和带鱼都比往年多了不" for k in range(12)]
    widths = [blocks.display_width(line) for line in lines]
    column = blocks._measured_column(lines, widths, lines)
    assert column == 44
    assert len(asked) <= 2  # (before: once for each line of the band, twice)


def test_the_answerers_patterns_are_asked_only_between_a_question_and_an_answer(tmp_path, monkeypatch):
    asked = []

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, text):
            asked.append(text)
            return self.pattern.match(text)

    for name in ("_ANSWERED_BY", "_FIRM_THEN_TITLED_NAME"):
        monkeypatch.setattr(classify, name, Counted(getattr(classify, name)))
    page = tmp_path / "qa.txt"
    page.write_text(
        "家长信箱\n\n"
        "问：女儿升初中后总是熬夜刷手机，说了也不听，我该怎么办？（苦恼的爸爸）\n\n"
        "家庭教育指导师　程　岚　答\n\n"
        "答：先别急着没收手机。和孩子一起定下睡前一小时不碰手机的约定，家长自己也要做到。\n\n"
        "周末不妨带孩子去河边骑车，让她在手机之外找到别的乐趣。\n",
        encoding="utf-8",
    )
    article = _clean(page)["articles"][0]
    assert article["byline"] == "家庭教育指导师　程岚　答"  # (the padded name closed up, as a byline is)
    assert not any("没收" in p or "骑车" in p for p in asked)  # (before: every block's text was asked)
    assert json.dumps(article, ensure_ascii=False).count("程岚") == 1
