"""A games page's answer box on a hard-wrapped plain-text page: each line a row (a puzzle's name
and its answers, a chess solution with its marks `!` and `?`, a label alone over the rows it
names), never joined into one paragraph. A page written for the class (not copied from a gold page)."""

import textwrap

from paperarchive.pipeline import clean_text


def wrapped(text: str, width: int = 40) -> str:
    return "\n".join(textwrap.wrap(text, width)) + "\n"


GAMES = (
    "THE FENLAND ECHO – Saturday 12 June 2027 – page 22\n"
    "Puzzles\n\n"
    "Chess problem No. 40\n\n"
    + wrapped("White to play and mate in two moves. The position came from a club game in Ely last winter.")
    + "\nLast week's answers\n\n"
    "Chess No. 39: 1. Qh5+! Kxh5 2. Rh3 mate\n"
    "Word ladder No. 39:\n"
    "Across: 2. cart, 6. mole\n"
    "Down: 1. acorn, 3. rake\n\n"
    + wrapped("Ninety readers sent the right answers; a book token goes to Ruth Hale of March.")
)


def test_an_answer_boxs_rows_stay_one_a_paragraph():
    answers = clean_text(GAMES).articles[-1]
    assert answers.title == "Last week's answers"
    assert answers.paragraphs[:4] == ["Chess No. 39: 1. Qh5+! Kxh5 2. Rh3 mate", "Word ladder No. 39:", "Across: 2. cart, 6. mole", "Down: 1. acorn, 3. rake"]

