"""The cleaner's cheaper ways to the same answers, issue 15's eightieth perf stop:

- `classify.is_furniture` searches `IMPRINT` only through a line holding one of the marks every
  imprint's match holds (`_IMPRINT_MARK`: a colon, 热/熱, 本, 印 or 部).
- `classify._credited_lines_apart` asks whether a line is a credited caption's
  (`credited_caption_line`) before whether it opens a sentence or is set into one: the same
  line found, where most lines had their letters counted first.
- `blocks.item_number` is cached: asked of a page's lines about three times each, a pure function
  of the line.
"""

from __future__ import annotations

from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import blocks, classify
from paperarchive.anchored import needs_one_of
from paperarchive.models import Block, Kind


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


def test_a_credited_line_found_first_is_the_line_found_as_before():
    lines = _every_line()
    c = classify
    for size in (2, 3, 5):
        for k in range(0, len(lines) - size, size):
            block = tuple(lines[k : k + size])
            before = next((j for j, line in enumerate(block) if (c._opens_a_sentence(block, j) or c._set_into_a_sentence(block, j)) and c.credited_caption_line(line)), None)
            after = next((j for j, line in enumerate(block) if c.credited_caption_line(line) and (c._opens_a_sentence(block, j) or c._set_into_a_sentence(block, j))), None)
            assert before == after, block
    block = ("开始前，不少学生", "航天员在空间站内演示水球实验。　新华社发", "都举起了手。")
    assert c._credited_lines_apart((Block(block, 1, gap=1, kind=Kind.BODY),))[1].lines == block[1:2]
