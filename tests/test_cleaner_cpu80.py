"""The cleaner's cheaper ways to the same answers, issue 15's eightieth perf stop:

- `classify.is_furniture` searches `IMPRINT` only through a line holding one of the marks every
  imprint's match holds (`_IMPRINT_MARK`: a colon, 热/熱, 本, 印 or 部).
- `blocks.item_number` is cached: asked of a page's lines about three times each, a pure function
  of the line.
"""

from __future__ import annotations

from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import blocks, classify
from paperarchive.anchored import needs_one_of


def test_a_line_without_an_imprints_mark_holds_no_imprint():
    assert needs_one_of(classify.IMPRINT, classify._IMPRINT_MARK.pattern.strip("[]"))
    lines = _every_line()
    assert len(lines) > 10_000
    texts = [*lines, "新闻热线　0739-5238110", "社址：滨江路88号", "本報館址　望平街", "准印证号（江）0217", "内部资料　免费交流", "某某分局政治处编印　　内部发行"]
    assert [bool(classify._IMPRINT_MARK.search(text) and classify.IMPRINT.search(text)) for text in texts] == [classify.IMPRINT.search(text) is not None for text in texts]
    # (and most lines hold none of the marks: the search is left out)
    assert sum(classify._IMPRINT_MARK.search(text) is None for text in lines) > len(lines) // 3


def test_an_items_number_is_the_same_asked_again():
    assert [blocks.item_number(line) for line in ("三、农机", "（12）报名", "⑶　风筝线缠住树枝时", "②　领取", "三、农机", "2026年起，")] == [3, 12, 3, 2, 3, None]
    assert blocks.item_number.__wrapped__("（十二）报名") == blocks.item_number("（十二）报名") == 12
