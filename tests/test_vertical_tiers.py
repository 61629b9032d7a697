"""A page set vertically in two tiers (a piece over another, a blank between them), which
Tesseract's vertical model read column by column, each of its lines running down the whole page
through the blank: the tiers are cut apart at the blank, as a horizontal page's columns are cut
at their gutter (reading._tiers_apart). A page written for the rule, not copied from any gold page."""

from itertools import zip_longest

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

GLYPH, STEP, COLUMN, CELLS = 30, 34, 46, 12  # a glyph's size, its pitch down a column, a column's pitch; cells a column

UPPER = (
    "每到冬天，外婆總會在院子裡曬一排蘿蔔乾。她把蘿蔔切成長條，一條條攤在竹篩上，早上搬出去，"
    "傍晚收回來，整整要曬上半個月。那時我嫌它又鹹又硬，如今外婆不在了，我才懂得那一口鹹香裡藏著多少日子的耐心。"
)
LOWER = (
    "鎮上的老郵局下個月就要搬到新大樓了。郵差老陳在這裡送了三十年的信，從騎腳踏車到騎機車，"
    "走遍了鎮上每一條巷子。他說現在寫信的人少了，包裹卻越來越多，每天下午都要跑兩趟，忙到天黑才收工。"
)


def _columns(text: str) -> list[str]:
    """The text down columns of `CELLS` cells, its first column opening two cells down."""
    text = "　　" + text
    return [text[k : k + CELLS] for k in range(0, len(text), CELLS)]


def _glyphs(text: str, x: int, top: int) -> list[tuple[str, int, int, int, int]]:
    return [(g, x, top + STEP * k, x + GLYPH, top + STEP * k + GLYPH) for k, g in enumerate(text) if g != "　"]


def _hocr(lines: list[list[tuple[str, int, int, int, int]]]) -> str:
    out = ["<html><body><div class='ocr_page' title='bbox 0 0 1700 1200'>"]
    for words in lines:
        left, top = min(w[1] for w in words), min(w[2] for w in words)
        right, bottom = max(w[3] for w in words), max(w[4] for w in words)
        out.append(f"<p class='ocr_par' title='bbox {left} {top} {right} {bottom}'><span class='ocr_line' title='bbox {left} {top} {right} {bottom}'>")
        out += [f"<span class='ocrx_word' title='bbox {a} {b} {c} {d}'>{g}</span>" for g, a, b, c, d in words]
        out.append("</span></p>")
    return "".join(out + ["</div></body></html>"])


def test_a_vertical_line_read_down_through_the_blank_between_two_tiers_is_cut_into_each_tiers_column():
    lower_top = 100 + STEP * CELLS + 90  # three cells of blank under the upper tier
    lines = [
        _glyphs(up, 1500 - COLUMN * k, 100) + _glyphs(down, 1500 - COLUMN * k, lower_top)
        for k, (up, down) in enumerate(zip_longest(_columns(UPPER), _columns(LOWER), fillvalue=""))
    ]
    paragraphs = [p for article in clean_blocks(read_blocks("page.hocr", _hocr(lines))).articles for p in article.paragraphs]
    assert UPPER in paragraphs
    assert LOWER in paragraphs
