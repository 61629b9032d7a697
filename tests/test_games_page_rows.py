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



PUZZLES = (
    "THE FENLAND ECHO – Saturday 19 June 2027 – page 22\n"
    "Puzzles\n\n"
    "Bridge corner\n\n"
    + wrapped("South opens one heart and North raises to four. West leads the king of spades against the contract.")
    + "\n"
    + wrapped("Plan the play before you look at the answer on page 23.")
    + "\nWordfinder\n\n"
    + wrapped("All the answers this week are the names of rivers that flow into the Wash.")
    + "\nAcross\n\n"
    "1. It runs past Ely (5)\n"
    "4. A river of Lincolnshire (7)\n\n"
    "Down\n\n"
    "2. It gives Huntingdon its bridge (4)\n"
    "3. Its mouth is at Sutton Bridge (4)\n"
)


def test_a_crosswords_head_over_its_introduction_titles_the_crossword():
    articles = clean_text(PUZZLES).articles
    assert [a.title for a in articles] == ["Bridge corner", "Wordfinder"]
    bridge, crossword = articles
    assert not bridge.headings and bridge.paragraphs[-1] == "Plan the play before you look at the answer on page 23."
    assert crossword.headings == ["Across", "Down"]
    assert crossword.paragraphs[0] == "All the answers this week are the names of rivers that flow into the Wash."
