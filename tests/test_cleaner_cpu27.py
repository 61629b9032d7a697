"""The cleaner's cheaper ways to the same answers, issue 15's twenty-seventh stop: each shortcut
decides only what the test it stands before would have decided the same way.

- `is_furniture` searches for a paper's name (`PAPER_NAME`) only on a line holding 报, 報 or an
  ASCII letter: no other line holds one;
- `wrap_limit` searches for a line-end hyphen (`_LETTER_HYPHEN_END`) only on a line that ends on
  "-" (or "-" and a newline, where `$` also matches);
- `_contact_foot` turns a line of one field away before its fields are matched, `is_short` a
  sentence's end before the letters are counted: the answers of the whole tests.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from paperarchive.blocks import _LETTER_HYPHEN_END
from paperarchive.classify import (
    _FOOT_ITEMS,
    _FURNITURE_TOKENS,
    _TOKENS_BUT_PAPER_NAME,
    PAPER_NAME,
    _contact_foot,
    is_furniture,
    is_short,
)

MANY = settings(max_examples=500, deadline=None)
EVERY_CODE_POINT = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
# What a Chinese line holds, the characters case-folding takes to an ASCII letter, and any other.
NO_BAO = st.lists(
    st.one_of(
        st.sampled_from(["日", "晚", "时", "青年", "侨", "县", "大学", "新闻", "İ", "ı", "ſ", "\u212a", " ", "\u3000", "2026", "年", "，", "Ｔ", "ＩＭＥＳ"]),
        st.characters(blacklist_characters="报報ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    ),
    max_size=24,
).map("".join)


def test_only_four_characters_fold_to_an_ascii_letter():
    """The English names' letters are matched case-folded: outside ASCII only İ, ı, ſ and the
    Kelvin sign match an ASCII letter, and every name holds a letter none of them stands for."""
    folded = {ch for ch in EVERY_CODE_POINT if not ch.isascii() and re.fullmatch("[a-z]", ch, re.IGNORECASE)}
    assert folded == {"İ", "ı", "ſ", "\u212a"}
    names = re.search(r"\(\?:(GAZETTE\|[A-Z|]+)\)", PAPER_NAME.pattern).group(1).split("|")
    assert len(names) > 30 and all(set(name) - set("IKS") for name in names)


@MANY
@given(NO_BAO)
def test_no_paper_name_without_bao_or_an_ascii_letter(line):
    assert PAPER_NAME.search(line) is None


def test_the_tokens_but_the_paper_name_keep_their_order():
    assert _TOKENS_BUT_PAPER_NAME == tuple(p for p in _FURNITURE_TOKENS if p is not PAPER_NAME)


def test_lines_with_and_without_a_paper_name():
    """The shortcut leaves what a running head is: a Chinese paper's name, an English one, none."""
    assert is_furniture("江城晚报  2026年10月22日 星期四  第8版")
    assert is_furniture("THE DAILY SENTINEL")
    assert not is_furniture("秋青州工商联")


@MANY
@given(st.lists(st.sampled_from(["a", "重", "-", "\n", " ", "¦", "|", "1", "-\n"]), max_size=8).map("".join))
def test_a_line_end_hyphen_needs_a_line_ending_on_one(line):
    if _LETTER_HYPHEN_END.search(line):
        assert line.endswith(("-", "-\n"))


@MANY
@given(st.lists(st.sampled_from(["Desk: 6 Mill Lane", " · ", "desk@eastby.example", "Tel.: (04) 512-33-70", "urednik: Ana", " - ", "重阳", "。", ".", ":"]), max_size=5).map("".join))
def test_a_foot_of_one_field_is_none(line):
    """A line `_FOOT_ITEMS` leaves whole is no contact foot, whatever it holds."""
    if len(_FOOT_ITEMS.split(line.strip())) < 2:
        assert not _contact_foot(line)


def test_sentences_are_no_headlines():
    assert not is_short("更是一堂生动的党性教育实践课。")
    assert not is_short("The ship was sighted off the coast!")
    assert is_short("THRONGS AT CANTON.")
