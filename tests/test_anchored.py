"""`anchored.AnyAtStart` answers as its patterns asked in turn do: on patterns built to catch its
analysis out, and on every line of every gold page and of bench/corpus/S for `is_furniture`'s."""

from __future__ import annotations

import json
import re
from pathlib import Path

from paperarchive import classify
from paperarchive.anchored import AnyAtStart
from paperarchive.decode import decode

ROOT = Path(__file__).resolve().parent.parent


def _agree(patterns: list[re.Pattern], texts: list[str]) -> list[str]:
    fast = AnyAtStart(*patterns)
    return [text for text in texts if fast.match(text) != any(p.match(text) for p in patterns)]


def test_the_alternatives_analysed_answer_as_the_patterns():
    patterns = [
        re.compile(r"^Kelvin|^sun\b|^[a-c]x|^(?:本版|本報)?(?:编辑|編輯)[：:]", re.IGNORECASE),  # K, ſ fold in
        re.compile(r"^(?=.{0,20}(?:not|nicht))\S+ (?:not|nicht) \w+|^[^。]{0,5}仅供参考$"),  # a lookahead, a negated class
        re.compile(r"^\s*(?:a?|b)c|^x*$|^(?i:Tel)\.?\s\d+"),  # optional starts, one matching nothing
        re.compile(r"^(\d)-\1$|^第"),  # a back reference: asked whole
        re.compile(r"^[|(]x\|y|^\[\]|]"),  # bars and brackets in classes and escaped
        re.compile(r"^a(?#(|b)c|^d|(?x: e | f )"),  # a comment's bracket and bar, a verbose group's spaces
    ]
    texts = [
        "Kelvin", "\u212aelvin", "ſun", "sun", "SUNDAY", "Bx", "bx", "dx", "本版编辑：王伟", "編輯:李", "编辑部",
        "it is not so", "es ist nicht gut", "nothing", "（数据仅供参考", "数据仅供参考", "这组数据仅供参考",
        "c", " c", "ac", "bc", "", "xxx", "xy", "TEL. 555", "tel 1", "Telephone",
        "1-1", "1-2", "第3版", "|x|y", "(x|y", "[]", "]", "x", "ac", "d", "e", "f", " e", "ef",
    ]  # fmt: skip
    assert _agree(patterns, texts) == []


def test_words_of_a_pattern_ignoring_case_are_looked_for_in_lower_case():
    """A case-ignoring alternative's words are looked for in the line in lower case ("Author" in
    "AUTHOR'S NOTE"), never through an "i" or an "s" ("ı" and "ſ" match them, lowering to neither);
    a word of one mark (the colon) tells as well as a longer one."""
    patterns = [
        re.compile(r"^(?=.{0,30}(?:[Aa]ut(?:or|hor)|[Ww]riter))[^.!?]{5,60}\bnot necessarily", re.IGNORECASE),
        re.compile(r"^(?:Fortsetzung|Continued|Kılavuz) (?:auf|on) Seite \d+", re.IGNORECASE),
        re.compile(r"^[^\W\d_]+:\s\w+ \d{1,3}$"),
    ]
    texts = [
        "The writer's views are not necessarily ours", "AUTHOR'S VIEWS: NOT NECESSARILY OURS", "WRİTER views not necessarily so",
        "Fortſetzung auf Seite 3", "FORTSETZUNG AUF SEITE 4", "continued on seite 5", "KILAVUZ auf Seite 6", "Kılavuz on Seite 7",
        "Sport: page 4", "Sport：page 4", "体育: 第 4", "a writer, not necessarily", "not necessarily",
    ]  # fmt: skip
    assert _agree(patterns, texts) == []
    fast = AnyAtStart(*patterns)
    assert fast.match("Fortſetzung auf Seite 3") and fast.match("Kılavuz on Seite 7") and fast.match("Sport: page 4")


def _gold_and_corpus_lines() -> list[str]:
    pages = {ROOT / page for index in (ROOT / "tests").rglob("INDEX.json") for page in json.loads(index.read_text(encoding="utf-8")).values()}
    pages |= set((ROOT / "bench" / "corpus" / "S").rglob("*.txt"))
    lines = set()
    for page in pages:
        try:
            text = decode(page.read_bytes()).text
        except Exception:  # (a page the archive refuses: its bytes give no lines here either)
            continue
        for line in text.splitlines():
            for piece in (line, re.sub(r"<[^>]*>|&\w+;", " ", line)):  # (a layout format's text between its tags)
                piece = piece.strip()
                lines.add(classify._PAGE_WIDE_SPACE.sub("  ", piece) if "  " in piece or "\u3000" in piece else piece)
    return sorted(lines)


def test_furniture_lines_answer_the_same():
    patterns = [classify.EDITOR_CREDIT, classify.PAGE_POINTER, classify.PAGE_INDEX_ROW, classify.STANDING_LINE, classify.HOUSE_AD, classify.TABLE_SOURCE]
    lines = _gold_and_corpus_lines()
    assert len(lines) > 10_000
    assert _agree(patterns, lines) == []
    # (and some of them are furniture: the conditions let through the lines that match)
    assert sum(classify._STANDING_FURNITURE.match(line) for line in lines) > 100


def test_running_heads_of_figures_need_a_figure():
    """`is_furniture` asks its page's and year's running heads only of a line with a figure: none of
    them is true of a line without one."""
    heads = (
        classify.SECTION_AND_PAGE.match, classify._fielded_running_head, classify._section_and_page,
        classify._dated_running_head, classify._name_date_page, classify._page_in_its_language_alone,
    )  # fmt: skip
    unfigured = [line for line in _gold_and_corpus_lines() if classify._FIGURE.search(line) is None]
    assert len(unfigured) > 10_000
    assert [line for line in unfigured if any(head(line) for head in heads)] == []
