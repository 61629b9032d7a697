"""The cleaner's cheaper ways to the same answers, issue 15's fifty-ninth perf stop:

- `classify.is_furniture` is remembered again (a function set between its cache and it had taken
  the cache: every line and block asked the whole cascade anew);
- `anchored.AnyAtStart` searches a line only for the words of the alternatives that can begin on
  its first character: the answers of the patterns asked in turn, on lines and on a paragraph's
  lines joined as `classify_block` joins them;
- `Block.with_` builds the block `_replace` built.
"""

from __future__ import annotations

import itertools
import re

from test_anchored import _agree
from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import classify
from paperarchive.models import Block, Kind


def test_is_furniture_is_remembered():
    assert classify.is_furniture.__wrapped__.__name__ == "is_furniture"
    classify.is_furniture.cache_clear()
    for _ in range(2):
        assert classify.is_furniture("示例日报  2025年10月29日 星期三  第2版")
    assert classify.is_furniture.cache_info().hits == 1


def test_a_word_of_an_alternative_that_cannot_begin_the_line_asks_no_more():
    patterns = [re.compile(r"^Ab.{0,9}word1|^x.{0,9}word2|^x.{0,9}\d$|^Ab\d$")]
    texts = ["Ab word2", "Ab word1", "x word1", "x word2", "x 1", "Ab1", "Ab word1 9", "x word1 7", "", "word1", "word2"]
    assert _agree(patterns, texts) == []


def test_paragraph_texts_answer_the_same():
    patterns = [classify.EDITOR_CREDIT, classify.PAGE_POINTER, classify.PAGE_INDEX_ROW, classify.STANDING_LINE, classify.HOUSE_AD, classify.TABLE_SOURCE]
    lines = _every_line()
    joined = [" ".join(lines[k : k + n]) for n in (2, 3, 6) for k in range(0, len(lines) - n, n)]
    assert sum(len(text) > 90 for text in joined) > 5_000
    assert _agree(patterns, joined) == []


def test_block_with_builds_what_replace_built():
    block = Block(("a", "b"), 3, 1, True, Kind.BODY, 2, "#", True)
    changes = dict(lines=("x",), start=9, gap=4, indent=False, kind=Kind.SHORT, level=1, mark="□", set_right=False)
    for n in range(len(changes) + 1):
        for names in itertools.combinations(changes, n):
            picked = {name: changes[name] for name in names}
            made, replaced = block.with_(**picked), block._replace(**picked)
            assert made == replaced and repr(made) == repr(replaced) and type(made) is Block
    try:
        block.with_(kind=Kind.SHORT, colour="red")
    except TypeError:
        pass
    else:
        raise AssertionError("a name that is no field")
