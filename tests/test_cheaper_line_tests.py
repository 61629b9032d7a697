"""The cleaner's cheaper ways to the same answers (issue 15: CPU per MB of ingest): each shortcut
gives what the test it stands before gives, on every code point and on generated lines.

- a width compared with a bound only when the length allows it (`display_width` is at least the
  length: a wide character is two columns, every other one);
- `pdftotext._advance` counts the narrow glyphs as bytes, not as a list of matches;
- `spacing._substitute` reads a line for `_SPACE_BY_FULLWIDTH` only when it holds a space and a
  full-width mark, and `chars.unpad_names` only when it holds a space;
- `wrapping._rejoin_words` asks a set whether a line ends where a word may be cut;
- `classify._section_and_page_words` splits only a short line with a figure in it.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from paperarchive.chars import _PADDED_NAME, display_width, unpad_names
from paperarchive.classify import _DAY_LINE, _LATIN_HEAD_FIELDS, _PAGE_IN_ITS_LANGUAGE, _section_and_page_words
from paperarchive.formats.pdftotext import _LATIN_MARK_SPACE, _advance
from paperarchive.rules.spacing import _FULLWIDTH_MARKS, _SPACE_BY_FULLWIDTH, _SPACES
from paperarchive.rules.wrapping import _CUT_WORD_ENDS

EVERY_CODE_POINT = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
LINES = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4E20),
        st.sampled_from([*_FULLWIDTH_MARKS, *_SPACES, "　", "·", "|", "–", "Ａ", "１", "٣", "ſ", "İ"]),
        st.characters(),
    ),
    max_size=80,
)
MANY = settings(max_examples=400, deadline=None)


def test_a_text_is_as_wide_as_its_length_at_least_and_twice_it_at_most():
    for start in range(0, len(EVERY_CODE_POINT), 64):
        piece = EVERY_CODE_POINT[start : start + 64]
        assert len(piece) <= display_width(piece) <= 2 * len(piece)
    for ch in EVERY_CODE_POINT[::7]:
        assert display_width(ch) in (1, 2)


def test_advance_counts_the_narrow_glyphs_as_the_pattern_found_them():
    def by_pattern(text):
        return len(text) - len(re.findall(r"[0-9A-Za-z]", text)) / 2 - len(_LATIN_MARK_SPACE.findall(text))

    for start in range(0, len(EVERY_CODE_POINT), 500):
        piece = EVERY_CODE_POINT[start : start + 500]
        assert _advance(piece) == by_pattern(piece)
    assert _advance("良好, 明年 ABC 12") == by_pattern("良好, 明年 ABC 12") == 9.5


@MANY
@given(LINES)
def test_advance_is_the_patterns_count_on_any_line(line):
    assert _advance(line) == len(line) - len(re.findall(r"[0-9A-Za-z]", line)) / 2 - len(_LATIN_MARK_SPACE.findall(line))


@MANY
@given(LINES)
def test_a_space_beside_a_full_width_mark_needs_a_space_and_a_mark(line):
    if not any(space in line for space in _SPACES) or not any(mark in line for mark in _FULLWIDTH_MARKS):
        assert _SPACE_BY_FULLWIDTH.search(line) is None
    # the tuple the rule checks is the pattern's class, both ways
    assert _SPACE_BY_FULLWIDTH.sub("", "为基， 靶向") == "为基，靶向"
    for mark in _FULLWIDTH_MARKS:
        assert _SPACE_BY_FULLWIDTH.search(f"a{mark} b") is not None


def test_the_full_width_marks_are_all_the_pattern_takes():
    # every code point but the spaces, one space between each two: the spaces taken are those beside a mark
    spaced = " ".join(ch for ch in EVERY_CODE_POINT if ch not in _SPACES)
    taken = {m.start() for m in _SPACE_BY_FULLWIDTH.finditer(spaced)}
    beside_a_mark = {k for k in range(1, len(spaced), 2) if spaced[k - 1] in _FULLWIDTH_MARKS or spaced[k + 1] in _FULLWIDTH_MARKS}
    assert taken == beside_a_mark


@MANY
@given(LINES)
def test_a_padded_name_needs_a_space(line):
    assert unpad_names(line) == re.sub(_PADDED_NAME, r"\1\2", line)


@MANY
@given(st.one_of(LINES, st.sampled_from(["SAYFA 3 | BÖLGE", "Trang 5 - Kinh tế - Xã hội", "Seite 15|Lokales", "Pagina 9", "Side 12"])))
def test_section_and_page_words_as_before_the_shortcut(line):
    fields = [f for f in _LATIN_HEAD_FIELDS.split(line.strip()) if f]
    before = len(line) <= _DAY_LINE and _PAGE_IN_ITS_LANGUAGE.fullmatch(fields[0] if fields else "") is not None
    assert _section_and_page_words(line) == before


def test_the_ends_a_word_may_be_cut_at_are_the_latin_letters_and_hyphens():
    # what `_rejoin_words` asked of each line's last character before it looked in a set
    asked = {ch for ch in EVERY_CODE_POINT if "a" <= ch.lower() <= "z" or ch in ("-", "⸗", "=")}
    assert asked == _CUT_WORD_ENDS
    assert "" not in _CUT_WORD_ENDS  # an empty line is not read
