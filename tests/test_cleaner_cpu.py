"""The cleaner's cheaper ways to the same answers, issue 15's twenty-sixth stop: each gives what
the plain way it stands for gives.

- `blocks.runs_of` asks every `least`-th line first: the same runs as asking every line;
- `normalize` looks for a vertical form with a character class, not a loop over the characters;
- `contents._ends_on_page` asks for the page's word before searching the line, `misplaced`'s
  `_CUT_OFF` reads the last two characters only, `captions._has_words` counts words no further
  than it needs: the same answers as the whole search, the whole line, the whole list.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from paperarchive.blocks import list_rows, runs_of
from paperarchive.normalize import _VERTICAL_FORM
from paperarchive.rules.captions import _WORD, _has_words
from paperarchive.rules.contents import _PAGE_REFERENCE, _ends_on_page
from paperarchive.rules.misplaced import _CUT_OFF

MANY = settings(max_examples=500, deadline=None)
EVERY_CODE_POINT = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
LINES = st.lists(
    st.one_of(
        st.sampled_from(["Page", "PAGE", "Pages", "Seite", "page", " ", "\n", "\t", "1", "?", ".", "，", "、", ",", "a", "Z", "重", "阳", "“"]),
        st.characters(),
    ),
    max_size=20,
).map("".join)


def every_line_asked(lines: list[str], least: int) -> set[int]:
    """The rows `runs_of` finds, found by asking every line: each line of a run of `least` or more."""
    rows: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, "b"]):
        if line == "a":
            run.append(k)
            continue
        if len(run) >= least:
            rows.update(run)
        run = []
    return rows


@MANY
@given(st.lists(st.sampled_from(["a", "b"]), max_size=40), st.integers(min_value=1, max_value=5))
def test_runs_of_finds_the_runs_that_asking_every_line_finds(lines, least):
    asked: list[str] = []

    def is_row(line: str) -> bool:
        asked.append(line)
        return line == "a"

    assert runs_of(lines, is_row, least) == every_line_asked(lines, least)
    assert len(asked) <= len(lines) + len(lines) // least + 1  # a line is asked twice at most, where a run stops


def test_a_list_of_three_rows_is_found_wherever_it_starts():
    rows = ["ARIES – Good news.", "TAURUS – Save money.", "GEMINI – Call a friend."]
    for before in range(5):
        lines = ["Text goes on here."] * before + rows + ["Text goes on."]
        assert list_rows(lines) == {before, before + 1, before + 2}


def test_a_vertical_form_is_found_where_the_loop_over_characters_found_one():
    for start in range(0, len(EVERY_CODE_POINT), 64):
        piece = EVERY_CODE_POINT[start : start + 64]
        assert (_VERTICAL_FORM.search(piece) is not None) == any("\ufe10" <= ch <= "\ufe48" for ch in piece)


@MANY
@given(LINES)
def test_the_cheaper_line_tests_answer_as_the_whole_searches(line):
    assert _ends_on_page(line) == bool(_PAGE_REFERENCE.search(line.strip()))
    assert bool(_CUT_OFF.search(line[-2:])) == bool(_CUT_OFF.search(line))
    for least in range(1, 7):
        assert _has_words(line, least) == (len(_WORD.findall(line)) >= least)


def test_a_page_reference_is_found_in_its_word_as_printed():
    assert _ends_on_page("murder. Page 2") and _ends_on_page("Seite 3") and _ends_on_page("PAGES 12")
    assert not _ends_on_page("see page 4") and not _ends_on_page("SEITE 3")
