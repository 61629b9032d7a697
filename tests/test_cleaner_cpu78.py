"""The cleaner's cheaper ways to the same answers, issue 15's seventy-eighth perf stop:

- `chars.display_width` and `chars.ends_sentence` are their caches, called directly (a line is
  asked five to seven times across the stages; a wrapper before the cache cost a fifth to a third
  of the answers), `ends_sentence` keyed on the whole text, not on the tail a block's text was
  remembered by: the answers those tails gave, on every gold and corpus line and on their lines
  joined as blocks;
- `blocks.row_shape` is remembered (asked of each line about five times).
"""

from __future__ import annotations

from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import blocks, chars


def _tail_ends_sentence(text: str) -> bool:  # a long text's answer as it was remembered: by its last characters
    text = text.rstrip()
    return chars.ends_sentence(text[-max(len(text) - len(text.rstrip(chars.CLOSERS)) + chars._SENTENCE_END_LOOKS_BACK, 24) :])


def test_a_long_text_ends_a_sentence_as_its_tail_does():
    lines = _every_line()
    assert len(lines) > 10_000
    texts = [*("\n".join(lines[k : k + n]) for n in (4, 9) for k in range(0, len(lines) - n, n)), "他说：“好。”  \n", "微基金累计筹集资金12.", "x" * 300 + " (p. 4)"]
    long = [text for text in texts if len(text) > 200]
    assert len(long) > 1_000
    assert [chars.ends_sentence(text) for text in long] == [_tail_ends_sentence(text) for text in long]


def test_widths_and_sentence_ends_are_their_caches():
    for asked, text in ((chars.display_width, "重阳 ab"), (chars.ends_sentence, "送去了温暖与"), (blocks.row_shape, "日期　　天气　　气温")):
        asked.cache_clear()
        assert asked(text) == asked(text)
        assert asked.cache_info().hits == 1


def test_a_width_counts_wide_characters_twice():
    assert [chars.display_width(text) for text in ("重阳 ab", "harbor", "", "ＡＢ　c", "x" * 300 + "党")] == [7, 6, 0, 7, 302]
