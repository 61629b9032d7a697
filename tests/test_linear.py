"""Cleaning takes time in proportion to the page: counted operations, and one ratio of two
page sizes measured in the same test (never an absolute time)."""

import functools
import random
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from paperarchive import chars, segment
from paperarchive.chars import join_all, join_pieces
from paperarchive.models import Block, Fix, Kind
from paperarchive.pipeline import clean_text
from paperarchive.rules import Context, columns, wrapping
from paperarchive.rules.columns import join_column_break


def _reference_join_column_break(blocks, context):
    """join_column_break's loop as it was before it was made linear (quadratic), to compare
    outputs; which blocks may join is the rule's own `_joinable`, so the two stay in step."""
    out = list(blocks)
    fixes = []
    i, joined = 0, False
    while i < len(out):
        left = out[i]
        j = i + 1
        while j < len(out) and out[j].kind in columns._INTERLOPERS and not columns._JUMP_LINE.search(out[j].text):
            j += 1
        # (a clause cut where a picture was set in goes on past it: `_clause_cut_at_a_picture`)
        cut = j > i + 1 and j < len(out) and columns._clause_cut_at_a_picture(columns._Growing(i, left, [], left.text), out[j])
        if j < len(out) and (cut or columns._joinable(left, left.text, out[j])):
            right = out[j]
            kind = left.kind
            if cut or kind is Kind.SHORT and (columns._no_head(left, left.text, right) or not joined and columns._opens_lower_case_sentences(left, right)):
                kind = Kind.BODY  # a sentence's first half, not a heading
            pictured = j > i + 1 and all(out[k].kind in (Kind.CAPTION, Kind.CREDIT) for k in range(i + 1, j))
            if pictured and columns._first_line_of_a_sentence(left) and columns._continuation(right):
                kind = Kind.BODY  # a paragraph's first line alone over a photo, going on under it
            joined = True
            text, removed = columns._join_text(left.text, right.text, context)
            seam = f"{left.text[-8:]}⏎⏎{right.text[:8]}"
            after = text[len(left.text) - 8 : len(left.text) + 8]
            fixes.append(Fix("join_column_break", right.start, seam, after, removed))
            out[i] = left.with_(lines=(text,), kind=kind)
            del out[j]
            continue
        i, joined = i + 1, False
    return tuple(out), fixes


_PIECES = ["重阳节", "敬老", "，", "。", "剪纸", "12.", "3万元", "news-", "paper", "Har", "bor", "the ship", "said.",
           "well-", "known", " ", "  ", "\u3000", "下转第3版", "Continued on Page 2", "a", "—", "”", "x" * 300, " " * 300]
_KINDS = [Kind.BODY, Kind.BODY, Kind.BODY, Kind.SHORT, Kind.CAPTION, Kind.CREDIT, Kind.FURNITURE, Kind.HEADLINE]
_line = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join)
_block = st.tuples(st.lists(_line, min_size=1, max_size=3), st.sampled_from(_KINDS))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_block, max_size=40))
@example([(["，，"], Kind.SHORT), (["重阳节"], Kind.BODY)])  # a clause fragment's kind changes as it joins
@example([(["，"], Kind.SHORT), (["重阳节"], Kind.CAPTION), (["重阳节"], Kind.BODY)])  # a first line cut at a comma by a picture
@example([(["重阳节"], Kind.SHORT), (["重阳节"], Kind.CAPTION), (["，"], Kind.BODY), (["重阳节"], Kind.BODY)])  # the picture stays between after a join
@example([(["Continued on Page 2"], Kind.SHORT), (["重阳节"], Kind.CAPTION), (["，"], Kind.BODY)])  # a line of four words over a photo opens the text under it
def test_join_column_break_gives_what_the_quadratic_version_gave(specs):
    blocks = tuple(Block(tuple(lines), start=n + 1, kind=kind) for n, (lines, kind) in enumerate(specs))
    context = Context()
    assert join_column_break(blocks, context) == _reference_join_column_break(blocks, context)


def test_a_run_of_column_breaks_costs_characters_in_proportion_to_its_length(monkeypatch):
    seen = []
    real = columns._join_text

    def counting(left, right, context):
        seen.append(len(left))
        return real(left, right, context)

    monkeypatch.setattr(columns, "_join_text", counting)
    for pieces in (1_000, 10_000):
        seen.clear()
        blocks = tuple(Block(("设置插花、烘焙、剪纸",), start=n + 1, gap=1, kind=Kind.BODY) for n in range(pieces))
        (joined,), _ = join_column_break(blocks, Context())
        assert joined.text == "设置插花、烘焙、剪纸" * pieces and len(seen) == pieces - 1
        assert sum(seen) <= 600 * pieces  # each join sees a window of the end, not the whole paragraph


def test_interlopers_are_looked_at_once_each(monkeypatch):
    searched = []
    real = columns._JUMP_LINE

    class Counting:
        def search(self, text):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(columns, "_JUMP_LINE", Counting())
    furniture = [Block((f"第{n}版",), start=n + 2, kind=Kind.FURNITURE) for n in range(5_000)]
    blocks = (Block(("本报讯 活动结束。",), 1, kind=Kind.BODY), *furniture, Block(("新的一天。",), 9_999, kind=Kind.BODY))
    out, fixes = join_column_break(tuple(blocks), Context())
    assert out == blocks and not fixes
    assert len(searched) <= len(blocks)


def _page(lines: int, blank: bool) -> str:
    rng = random.Random(lines)
    words = "the harbor fleet returned with news of the storm and a record catch".split()
    out = []
    for _ in range(lines):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) + rng.choice(",,,,."))
        if blank and rng.random() < 0.4:
            out.append("")
    return "\n".join(out) + "\n"


def _cpu(text: str) -> float:
    start = time.process_time()
    clean_text(text)
    return time.process_time() - start


def test_a_page_ten_times_longer_takes_less_than_thirty_times_as_long():
    for blank in (False, True):
        small, large = _page(2_000, blank), _page(20_000, blank)
        _cpu(small)  # warm: the lexicon's frequency list loads once
        ratio = _cpu(large) / max(_cpu(small), 1e-3)
        assert ratio < 30, f"10x the lines took {ratio:.0f}x the time (blank lines: {blank})"



_TEXTS = st.lists(
    st.sampled_from(["重阳", "，", "、", "12.", "3", "3万元", "the", " ship", "sailed ", " ", "\u3000", "x.", "A", "news-", "-", ""]),
    max_size=6,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=12))
def test_join_all_is_join_pieces_folded(pieces):
    assert join_all(pieces) == functools.reduce(join_pieces, pieces)


@pytest.mark.parametrize("line", ["重阳节前夕社区，", "the harbor fleet returned,"])
def test_a_page_of_one_long_paragraph_is_joined_without_copying_it_per_line(monkeypatch, line):
    copied = []
    real = chars.join_pieces

    def counting(left, right):
        copied.append(len(left))
        return real(left, right)

    for module in (columns, wrapping, segment):
        monkeypatch.setattr(module, "join_pieces", counting, raising=False)
    page = "HARBOR NEWS\n\n" + "\n".join([line] * 10_000) + "\n"
    (article,) = clean_text(page).articles
    assert sum(map(len, article.paragraphs)) >= 9_000 * len(line)
    assert sum(copied) <= 10 * len(page)  # joining the whole paragraph at every line: 10,000 times that


def test_join_all_takes_ten_times_as_long_for_ten_times_the_lines():
    def cpu(lines: int) -> float:
        start = time.process_time()
        join_all(["重阳节前夕，"] * lines)  # short lines: each join looks back past several of them
        return time.process_time() - start

    cpu(5_000)
    assert cpu(50_000) / max(cpu(5_000), 1e-3) < 30
