"""`analysis.fold` skips OpenCC for text with no character t2s can change (`_t2s_changes.T2S_CHANGES`).

The table is written by bench/t2s_table.py from OpenCC's dictionaries; these tests hold it to the
installed OpenCC, so that a new OpenCC whose t2s changes a character the table lacks fails here
(rebuild the table then) rather than leaving some traditional text unfolded.
"""

from __future__ import annotations

import opencc

from paperarchive._t2s_changes import T2S_CHANGES
from paperarchive.analysis import _fold_terms, fold

CJK_RANGES = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x323AF))


def test_every_character_t2s_changes_alone_is_in_the_table():
    t2s = opencc.OpenCC("t2s")
    missing = [c for low, high in CJK_RANGES for c in map(chr, range(low, high + 1)) if t2s.convert(c) != c and c not in T2S_CHANGES]
    assert missing == []


def test_characters_changed_only_inside_a_phrase_are_in_the_table():
    """瞭, 藉, 甦, 沈, 彷 stay as they are alone and change in TSPhrases' phrases."""
    t2s = opencc.OpenCC("t2s")
    for phrase, simplified in (("瞭解", "了解"), ("藉口", "借口"), ("甦醒", "苏醒"), ("沈默", "沉默"), ("彷彿", "仿佛")):
        assert t2s.convert(phrase[0]) == phrase[0] and t2s.convert(phrase) == simplified
        assert phrase[0] in T2S_CHANGES and fold(phrase) == _fold_terms(phrase) == simplified


def test_folding_is_what_opencc_makes_of_the_text():
    t2s = opencc.OpenCC("t2s")
    for text in ("重陽節 ２０２５年", "他們乾杯 覆蓋全市", "重阳节敬老", "社区食堂开进老旧小区", "頭髮 Harbor 港"):
        assert fold(text) == t2s.convert(text.translate({0xFF12: "2", 0xFF10: "0", 0xFF15: "5", 0x3000: " "}).lower())
    assert T2S_CHANGES.isdisjoint("重阳节敬老社区食堂开进老旧小区")  # simplified: OpenCC is not loaded for it
