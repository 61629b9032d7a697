"""A vertical story of the 1930s under a stack of heads: a kicker column, the title in the
largest type, two deck columns, then its text punctuated with the 頓號 alone (、 for comma and
stop alike, as papers of the time set it). The deck is told under the title as on a page
punctuated ，。 (`reading._decks`), not taken for the title with the two heads over it for
labels. The text is written for this test."""

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

TEXT = [
    "昨日午後三時許、本埠東門外",
    "大街一米店突告失火、火勢甚",
    "猛、延燒鄰近店屋五間、救火",
    "會聞警趕到、灌救兩小時始熄",
    "、幸無人受傷、損失約計三萬",
    "元、起火原因、尚在調查中云",
]


def column(text: str, x: float, top: float, width: float, pitch: float) -> list:
    """A RapidOCR line: a column `width` pixels wide, its glyphs `pitch` apart down it."""
    return [[[x, top], [x + width, top], [x + width, top + pitch * len(text)], [x, top + pitch * len(text)]], [text, 0.9]]


def test_a_deck_under_a_vertical_title_is_its_subtitle_over_text_punctuated_with_the_dun_hao():
    heads = [("東門外米店失慎", 40, 40, 60), ("大火延燒五家", 64, 62, 40), ("救火會灌救兩小時", 44, 42, 100), ("損失約計三萬元", 44, 42, 100)]
    lines, x = [], 900
    for text, width, pitch, top in heads:
        x -= width + 8
        lines.append(column(text, x, top, width, pitch))
    for text in TEXT:
        x -= 40
        lines.append(column(text, x, 60, 30, 32))
    page = clean_blocks(read_blocks("page.json", str(lines).replace("'", '"')))
    [article] = page.articles
    assert (article.kicker, article.title, article.subtitle) == ("東門外米店失慎", "大火延燒五家", "救火會灌救兩小時損失約計三萬元")
    assert article.paragraphs == ["".join(TEXT)]
