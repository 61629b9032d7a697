"""The cleaner's cheaper ways to the same answers, issue 15's sixty-second perf stop:

- `chars.display_width` (`chars._width` then) counts a text's wide characters as the length of its wide runs joined, where
  it summed their lengths one by one: the same number for every text (a run is only counted,
  never read), on every gold and corpus line, and on texts built to hold wide characters of
  every range, narrow ones between them, astral ones and none.
"""

from __future__ import annotations

import re

from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import chars


def _summed(text: str) -> int:  # the width as it was counted before
    if text.isascii():
        return len(text)
    return len(text) + sum(map(len, re.compile(chars._WIDE_RUN).findall(text)))


def test_the_width_is_the_summed_width_on_every_line():
    lines = _every_line()
    assert len(lines) > 10_000
    texts = [*lines, *("\n".join(lines[k : k + 6]) for k in range(0, len(lines) - 6, 6))]
    assert [chars.display_width(text) for text in texts] == [_summed(text) for text in texts]


def test_the_width_is_the_summed_width_at_every_range():
    ranges = re.findall(r"(.)-(.)", chars._WIDE_RUN[1:-2])
    wide = "".join(ch for low, high in ranges for ch in (low, high, chr((ord(low) + ord(high)) // 2)))
    texts = ["", "a", "重", "é", "重阳 ab", "ab重", "重ab", wide, " ".join(wide), "é".join(wide), wide + "𝄞x", "\u3000\u3000正文"]
    assert [chars.display_width(text) for text in texts] == [_summed(text) for text in texts]
    assert chars.display_width(wide) == 2 * len(wide)
