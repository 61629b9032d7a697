"""A deck (a subtitle, a second deck) set over two columns of a CJK page, in a type a little
larger than the body's and letter-spaced, that a column gutter passes through: Tesseract holds
it as one line, and the gutter cut (formats/reading.py `_cut_line`) must not cut it in two
(`deck_runs_across_a_gutter`). Cut, its second half was read down the next column and stood as
a head between a paragraph's halves (the drawn sets' Tesseract pages: holdout74, 78, 82, 85).
Lines written anew for the rule, one word per glyph as Tesseract's chi_sim/chi_tra boxes them."""

import pytest

from paperarchive.formats.reading import Box, Line, Word, _cut_line

EM = 25.0  # the body's glyphs, in pixels
GUTTERS = [(420.0, 470.0), (820.0, 870.0)]  # columns of 350 pixels from x=70


def _line(text: str, left: int, size: int, pitch: int, skip: int = 0) -> Line:
    """One word per glyph, `pitch` pixels apart; `skip` more pixels after the glyph at the gutter."""
    words, x = [], left
    for ch in text:
        words.append(Word(ch, Box(x, 0, x + size, size)))
        x += pitch
        if skip and x - pitch < 420 <= x:
            x += skip
    return Line(text, Box(left, 0, words[-1].box.right, size), None, tuple(words))


@pytest.mark.parametrize(
    "deck, caption, body",
    [
        # 简体: the gutter between 下 and 纪 (424 | 430)
        ("主跨四百二十米创下纪录明年五一前通车", ("晨雾中的江心洲大桥主塔", "工人们在桥面铺设沥青"), ("江心洲大桥主桥今天上午顺利合", "多吨，工人们连续作业十六个小")),
        # 繁體
        ("保留八十年木造屋架週末起開放民眾參觀", ("整修前的北港老戲院外觀", "工人依照老照片修復座椅"), ("北港老戲院整修工程日前完工，", "。戲院週末起開放民眾免費參觀")),
    ],
)
def test_a_letter_spaced_deck_over_two_columns_is_one_line_and_the_columns_rows_are_cut(deck, caption, body):
    # glyphs of 30 pixels (1.2 times the body's) 36 apart: a blank of 6 pixels where the gutter
    # passes, and the deck stops at 712, short of the next column's measure (to 820): one line
    line = _line(deck, 70, 30, 36)
    assert [piece.text for piece in _cut_line(line, GUTTERS, EM)] == [deck]
    # two captions in that type, 34 pixels a glyph, read as one line across the gutter (no wider
    # blank there than between their glyphs): the part beyond it runs to 778, the next column's
    # measure, so the gutter parts two columns' lines
    left, right = caption
    line = _line(left + right, 70, 28, 34)
    assert [piece.text for piece in _cut_line(line, GUTTERS, EM)] == [left, right]
    # and a row of the body's two columns, 50 pixels apart at the gutter, as before
    left, right = body
    line = _line(left + right, 70, 25, 25, skip=50)
    assert [piece.text for piece in _cut_line(line, GUTTERS, EM)] == [left, right]
