"""A short vertical story of an old paper: its title column, a deck column in smaller type
beside it, then its text in columns the engine read without a stop (the print's small 、 lost).
The columns tell the text as its punctuation would (`reading._decks`): the deck is the title's,
not the title with the head over it taken for the column's rubric. The text is written for this test."""

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

TEXT = ["東街茶館老闆控告夥計", "侵吞店款一案經法院審", "理多次昨日宣判夥計應", "賠還店款並處罰金五十"]


def column(text: str, x: float, top: float, width: float, pitch: float) -> list:
    """A RapidOCR line: a column `width` pixels wide, its glyphs `pitch` apart down it."""
    return [[[x, top], [x + width, top], [x + width, top + pitch * len(text)], [x, top + pitch * len(text)]], [text, 0.9]]


def test_a_deck_column_beside_a_short_title_over_unpunctuated_columns_is_its_subtitle():
    lines = [column("茶館案", 820, 60, 64, 62), column("昨已判決", 768, 120, 44, 42)]
    lines += [column(text, 720 - 40 * k, 60, 30, 32) for k, text in enumerate(TEXT)]
    [article] = clean_blocks(read_blocks("page.json", str(lines).replace("'", '"'))).articles
    assert (article.section, article.title, article.subtitle) == (None, "茶館案", "昨已判決")
    assert article.paragraphs == ["".join(TEXT)]
