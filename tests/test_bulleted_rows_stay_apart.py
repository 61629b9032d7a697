"""A recipe's or a fact box's rows, each opening on a bullet and ending unpunctuated on its line,
are paragraphs of their own: no column-break join runs one into the next, nor the last into the
numbered step after them. A row that is no sentence keeps its bullet; an item that is a sentence
reads as a paragraph without it. A page written for the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "KUCHNIA\n"
    "Zupa z dyni na zimowe wieczory\n\n"
    "Do zupy potrzebujemy:\n"
    "• pół kilo dyni\n"
    "• 2 ziemniaki i 1 marchew\n"
    "• litr bulionu warzywnego\n"
    "• łyżka masła\n\n"
    "1. Dynię i ziemniaki pokroić w kostkę i\n"
    "podsmażyć na maśle.\n\n"
    "2. Zalać bulionem i gotować pół godziny, a\n"
    "potem zmiksować.\n"
)


def test_each_bulleted_row_is_its_own_paragraph_and_the_steps_follow():
    paragraphs = clean_text(PAGE).articles[0].paragraphs
    rows = ["pół kilo dyni", "2 ziemniaki i 1 marchew", "litr bulionu warzywnego", "łyżka masła"]
    assert paragraphs[1:5] == ["• " + row for row in rows]
    assert paragraphs[5].startswith("1. Dynię")


def test_an_item_that_is_a_sentence_loses_its_bullet():
    page = "FAKTY\nSzkoła w Dolinie\n\n• Szkołę zbudowano w 1961 roku.\n• Dziś uczy się w niej 40 dzieci.\n"
    assert clean_text(page).articles[0].paragraphs == ["Szkołę zbudowano w 1961 roku.", "Dziś uczy się w niej 40 dzieci."]
