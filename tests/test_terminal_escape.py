"""for_terminal: what a file name or a page holds never reaches the terminal as a command."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from paperarchive.inputs import for_terminal


def test_a_file_name_cannot_retitle_the_terminal_or_ring_its_bell():
    name = "scans/\x1b]0;you have been owned\x07p1.txt"
    shown = for_terminal(name)
    assert shown == "scans/\\x1b]0;you have been owned\\x07p1.txt"
    assert "\x1b" not in shown and "\x07" not in shown


def test_c1_controls_and_del_are_escaped_too():
    assert for_terminal("a\x9b2Jb\x9d0;t\x9cc\x7f") == "a\\x9b2Jb\\x9d0;t\\x9cc\\x7f"


def test_a_carriage_return_cannot_overwrite_what_was_printed():
    assert for_terminal("innocent.txt\rrm -rf ~") == "innocent.txt\\x0drm -rf ~"


def test_page_text_keeps_its_tabs_and_line_breaks_only():
    text = "重阳节\t敬老\n活动\r\n\x1b[2J第二行\x00"
    assert for_terminal(text, page_text=True) == "重阳节\t敬老\n活动\\x0d\n\\x1b[2J第二行\\x00"
    assert for_terminal(text) == "重阳节\\x09敬老\\x0a活动\\x0d\\x0a\\x1b[2J第二行\\x00"


def test_printed_characters_are_untouched():
    text = "重陽節 café naïve\u00a0No.\u3000５ — “quoted” ½ \\x41"
    assert for_terminal(text) == text and for_terminal(text, page_text=True) == text


@given(st.text())
def test_no_control_character_survives(text):
    for shown, kept in ((for_terminal(text), ""), (for_terminal(text, page_text=True), "\t\n")):
        assert not [ch for ch in shown if unicodedata.category(ch) == "Cc" and ch not in kept]
