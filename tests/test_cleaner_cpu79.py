"""The cleaner's cheaper ways to the same answers, issue 15's seventy-ninth perf stop:

- `blocks._ends_on_a_telephone_number` searches `_AD_PHONE_END` only through a text ending on a
  figure or a bracket (before a closing line break or not): its match ends on one of them, so no
  other text matches (asked of every gold and corpus line, and of their lines joined as a block's).
- `classify._inline_credit` searches `INLINE_CREDIT` only through a line holding one of the marks
  every credit's match holds (`_INLINE_CREDIT_MARK`).
"""

from __future__ import annotations

from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import blocks, classify


def _searched(text: str) -> bool:  # the test as it was, the search always made
    end = blocks._AD_PHONE_END.search(text)
    return end is not None and sum(c.isdigit() for c in end.group()) >= 7


def test_a_text_not_ending_on_a_figure_or_bracket_ends_on_no_telephone_number():
    lines = _every_line()
    assert len(lines) > 10_000
    texts = [*lines, *("\n".join(lines[k : k + 3]) for k in range(0, len(lines) - 3, 3)), *(line + "\n" for line in lines[::7])]
    texts += ["", "\n", "0739-5238110", "0739-5238110\n", "(03)8331-045", "Telp. 0812-4417-2093.", "電話 ０７３９５２３８１１０", "١٢٣٤٥٦٧٨", "12345678 "]
    assert [blocks._ends_on_a_telephone_number(text) for text in texts] == [_searched(text) for text in texts]
    # (and most texts end otherwise: the search is left out)
    assert sum(not (text[-1:].isdecimal() or text[-1:] in "()") for text in lines) > len(lines) // 2


def test_a_line_without_a_credits_mark_holds_no_inline_credit():
    """`classify._inline_credit` searches `INLINE_CREDIT` only through a line holding
    `_INLINE_CREDIT_MARK`: every alternative's match holds one (its stop or quote and a space, a
    space and a bracket, or the Chinese credit's 摄, 图, 供 or 社)."""
    lines = _every_line()
    texts = [*lines, *(" ".join(lines[k : k + 2]) for k in range(0, len(lines) - 2, 2))]
    texts += ["…体验滑雪。（图/新华社）", "…演示水球实验。　新华社发", "…书影。　出版社供图", "…on Saturday. (Photo by Jenna Cole)", "…dell’ateneo (Foto Rinaldi)"]
    assert [classify._inline_credit(text) is None for text in texts] == [classify.INLINE_CREDIT.search(text) is None for text in texts]
    assert sum(classify._inline_credit(text) is not None for text in texts) > 20
    assert sum(classify._INLINE_CREDIT_MARK.search(line) is None for line in lines) > len(lines) // 3
