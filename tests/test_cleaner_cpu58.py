"""The cleaner's cheaper ways to the same answers, issue 15's fifty-eighth perf stop: each shortcut
decides only what the test it stands before would have decided the same way.

- `anchored.needs_one_of` says a pattern cannot match without one of some characters only where
  every match passes through an item that matches nothing else;
- `blocks.is_list_row` asks a line without a bar, slash, middle dot, dash or ASCII colon only the
  kinds of row that need none of them, `blocks.is_result_row` the three kinds that need a figure
  only of a line with one, and no kind of a line without an ASCII space or one of its marks: the
  answers of the whole patterns;
- `blocks.list_rows` asks each kind of row only of the lines that are some row;
- `classify._inline_credit` is `INLINE_CREDIT.search`, remembered; `_notice_numbers_run_in`
  searches only a line that ends on ")", as an advertisement number does.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import blocks, classify
from paperarchive.anchored import needs_one_of
from paperarchive.decode import decode

ROOT = Path(__file__).resolve().parent.parent

MANY = settings(max_examples=500, deadline=None)
ROW_KINDS = (*blocks._LIST_ROWS, blocks._FIELDED_ROW)


@cache
def _gold_and_corpus_lines() -> tuple[str, ...]:
    return tuple(_every_line())  # (read once for the tests here)


def _whole_list_row(line: str) -> bool:
    return blocks._ANY_LIST_ROW.match(line) is not None


def _whole_result_row(line: str) -> bool:
    return bool(
        blocks.RESULT_LINE.match(line) or blocks._DATED_ROW.match(line) or blocks._GLOSS_ROW.match(line)
        or blocks._CAPITALS_LABEL_ROW.match(line) or blocks.SHOWING_ROW.match(line)
    )  # fmt: skip


def test_needs_one_of_reads_only_what_every_match_holds():
    needs = [
        (r"^a(?: - b){1,2}$", "-", True),
        (r"^a(?: - b)?$", "-", False),  # an optional part
        (r"^a(?: - b){0,2}$", "-", False),
        (r"^a(?:-|/)b$", "-/", True),
        (r"^a(?:-|\+)b$", "-/", False),  # a branch without one
        (r"^[^-]+$", "-", False),  # a negated class
        (r"^[-/]x$", "-/", True),
        (r"^[-x]y$", "-", False),  # a class that matches something else too
        (r"^(?=.*-)\w+$", "-", True),  # a lookahead's text is in the line
        (r"^(?!.*-)\w+$", "-", False),
        (r"^\w+\d$", "", False),
        (r"^[0-9０-９]{2}$", "", False),  # without digit=True
        (r"^\w(?:\.|:)$", ".", False),
    ]
    assert [(pattern, marks) for pattern, marks, need in needs if needs_one_of(re.compile(pattern), marks) != need] == []
    digits = [(r"^\w+ \d{1,2}$", True), (r"^[0-9０-９]$", True), (r"^[\d.]+$", False), (r"^\w+(?: \d)?$", False), (r"^\D$", False)]
    assert [pattern for pattern, need in digits if needs_one_of(re.compile(pattern), "", digit=True) != need] == []
    assert not needs_one_of(re.compile("-", re.IGNORECASE), "-")  # (flags: not read)


def test_the_kinds_sorted_out_need_their_marks_and_most_kinds_do():
    """What `_unmarked_list_row` leaves out is what a line without a mark cannot match: checked on
    generated lines of the rows' own characters, the marks left out."""
    marked = [kind for kind in ROW_KINDS if needs_one_of(kind, blocks._LIST_ROW_MARKS)]
    assert len(marked) >= 10
    assert len(blocks._unmarked_list_row().pattern) < len(blocks._ANY_LIST_ROW.pattern)


WITHOUT_MARKS = st.lists(
    st.one_of(
        st.sampled_from(["Ann Lowe", "Tom Reid", " ", "  ", ",", ".", "12", "1", "7.30", "(", ")", "《夜路》", "許三", "書房", "－", "：", "«", "»", "%", "°", "LEO", "ARIES"]),
        st.characters(blacklist_characters=blocks._LIST_ROW_MARKS),
    ),
    max_size=16,
).map("".join)


@MANY
@given(WITHOUT_MARKS)
def test_a_line_without_a_mark_matches_no_marked_kind(line):
    assert not any(kind.match(line) for kind in ROW_KINDS if needs_one_of(kind, blocks._LIST_ROW_MARKS))
    assert blocks.is_list_row(line) == _whole_list_row(line)


WITHOUT_FIGURES = st.lists(
    st.one_of(
        st.sampled_from(["Ann Lowe", "Rovers", " - ", " – ", ", ", ":", " (Glen)", "Fri", "Feb", "LEO", "pm", "«North Wind»"]),
        st.characters(blacklist_categories=("Nd",)),
    ),
    max_size=16,
).map("".join)


@MANY
@given(WITHOUT_FIGURES)
def test_a_line_without_a_figure_is_no_figured_result(line):
    assert not (blocks.RESULT_LINE.match(line) or blocks._DATED_ROW.match(line) or blocks.SHOWING_ROW.match(line))
    assert blocks.is_result_row(line) == _whole_result_row(line)


def test_the_figured_kinds_need_a_figure():
    assert all(needs_one_of(kind, "", digit=True) for kind in (blocks.RESULT_LINE, blocks._DATED_ROW, blocks.SHOWING_ROW))


def test_every_kind_of_result_row_needs_a_space_or_a_mark():
    kinds = (blocks.RESULT_LINE, blocks._DATED_ROW, blocks.SHOWING_ROW, blocks._GLOSS_ROW, blocks._CAPITALS_LABEL_ROW)
    assert all(needs_one_of(kind, blocks._RESULT_ROW_MARKS) for kind in kinds)


WITHOUT_RESULT_MARKS = st.lists(
    st.one_of(
        st.sampled_from(["AnnLowe", "Rovers", "12", "3", "\u3000", "\t", "年", "月", "日", "LEO", "pm", "«North»", "–", ";"]),
        st.characters(blacklist_characters=blocks._RESULT_ROW_MARKS),
    ),
    max_size=16,
).map("".join)


@MANY
@given(WITHOUT_RESULT_MARKS)
def test_a_line_without_a_space_or_a_mark_is_no_result_row(line):
    assert blocks._RESULT_ROW_MARK.search(line) is not None or not _whole_result_row(line)


def test_rows_answer_the_same_on_every_line():
    lines = list(_gold_and_corpus_lines())
    assert len(lines) > 10_000
    # (each line as printed, and a row's length of it with its marks or figures taken out: lines that
    # reach the shortcuts)
    short = [line for line in lines if len(line) <= 160]
    lines += [re.sub(r"[／/｜·•–—:\-]", " ", line) for line in short if blocks._LIST_ROW_MARK.search(line)]
    lines += [re.sub(r"\d", "x", line) for line in short if blocks._FIGURE.search(line)]
    assert [line for line in lines if blocks.is_list_row(line) != _whole_list_row(line)] == []
    assert [line for line in lines if blocks.is_result_row(line) != _whole_result_row(line)] == []
    assert sum(map(blocks.is_list_row, lines)) > 100 and sum(map(blocks.is_result_row, lines)) > 100


def test_the_remembered_credit_is_the_search():
    lines = [line for line in _gold_and_corpus_lines() if len(line) > 8]
    lines += ["图为救援现场。　本报记者　周　敏　摄", "Brněnská ulice patří k nejvytíženějším v Jihlavě. Foto: Jan Novák"]

    def seen(match: re.Match | None):
        return None if match is None else (match.span(), match.groupdict())

    assert [line for line in lines if seen(classify._inline_credit(line)) != seen(classify.INLINE_CREDIT.search(line))] == []
    assert sum(classify._inline_credit(line) is not None for line in lines) > 10


def _old_list_rows(lines: list[str]) -> set[int]:
    rows: set[int] = set()
    kinds = (*((p, blocks._MIN_LIST_ROWS) for p in blocks._LIST_ROWS), (blocks._FIELDED_ROW, blocks._MIN_FIELDED_ROWS), (blocks._RANKED_ROW, blocks._MIN_FIELDED_ROWS))
    for pattern, least in kinds:
        rows |= blocks.runs_of(lines, pattern.match, least)
    cells = blocks.runs_of(lines, blocks._SPACED_CELLS_ROW.match, blocks._MIN_LIST_ROWS)
    cells -= blocks.names_over_spaced_rows(lines, cells)  # (a rota's name over its rows is none of them)
    heads = {k - 1 for k in cells if k and k - 1 not in cells and blocks._COLUMN_HEADS.match(lines[k - 1])}
    totals = {k + 1 for k in cells if k + 1 < len(lines) and k + 1 not in cells and blocks._FACT_ROW.match(lines[k + 1])}
    return rows | cells | heads | totals


def test_list_rows_find_the_same_rows_on_every_page():
    """`list_rows` asks each kind only of the lines that are some row (the rest blanked): a blank is
    no row of any kind, and the rows found on every gold page and S page are the old ones."""
    assert not any(kind.match("") for kind in (*ROW_KINDS, blocks._ANY_LIST_ROW))
    pages = {ROOT / page for index in (ROOT / "tests").rglob("INDEX.json") for page in json.loads(index.read_text(encoding="utf-8")).values()}
    pages |= set((ROOT / "bench" / "corpus" / "S").rglob("*.txt"))
    found = 0
    for page in sorted(pages):
        try:
            text = decode(page.read_bytes()).text
        except Exception:  # (a page the archive refuses)
            continue
        lines = [line.strip().strip("\u3000") for line in text.split("\n")]
        rows = blocks.list_rows(lines)
        assert rows == _old_list_rows(lines), page
        found += bool(rows)
    assert found > 20


AD_NUMBER_LINES = st.lists(st.sampled_from(["Best.", " ", "  ", "(17653)", "( 17653 )", "(1918)", "._..", "\n", ")", "x", "—"]), max_size=8).map("".join)


@MANY
@given(AD_NUMBER_LINES)
def test_an_advertisement_number_ends_on_its_bracket(line):
    """`_notice_numbers_run_in` asks only a line ending (past white space) on ")"."""
    if classify._AD_NUMBER_ALONE.match(line.strip()) or classify._AD_NUMBER_RUN_IN.search(line.rstrip()):
        assert line.rstrip().endswith(")")


def test_advertisement_numbers_on_every_line():
    for line in _gold_and_corpus_lines():
        if classify._AD_NUMBER_ALONE.match(line.strip()) or classify._AD_NUMBER_RUN_IN.search(line.rstrip()):
            assert line.rstrip().endswith(")"), line
