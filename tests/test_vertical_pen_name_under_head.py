"""A feature under its title column, signed by a pen name in brackets in a narrower column
beside it, as old tabloids set it: the pen name is the byline, not the title's deck (read
from the smaller type under the largest head, `reading._decks`). The text is written for this test."""

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

TEXT = ["前晚十時許，縣城東街一家", "茶館突然失火，茶客紛紛奔", "出。幸而救火隊趕到得早，", "火勢不久即告撲滅，無人受", "傷，只燒去桌椅數張而已。"]


def column(text: str, x: float, top: float, width: float, pitch: float) -> list:
    """A RapidOCR line: a column `width` pixels wide, its glyphs `pitch` apart down it."""
    return [[[x, top], [x + width, top], [x + width, top + pitch * len(text)], [x, top + pitch * len(text)]], [text, 0.9]]


def test_a_pen_name_in_brackets_beside_a_vertical_title_is_the_byline_not_its_deck():
    lines = [column("記縣城茶館失火事", 820, 60, 60, 58), column("（秋帆）", 770, 300, 38, 36)]
    lines += [column(text, 720 - 40 * k, 60, 30, 32) for k, text in enumerate(TEXT)]
    [article] = clean_blocks(read_blocks("page.json", str(lines).replace("'", '"'))).articles
    assert (article.title, article.subtitle, article.byline) == ("記縣城茶館失火事", None, "秋帆")
    assert article.paragraphs == ["".join(TEXT)]
