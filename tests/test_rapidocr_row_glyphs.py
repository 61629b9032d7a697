"""A line set across a vertical page, which RapidOCR boxes glyph by glyph (formats/paddle.py,
`_row_pieces_joined`): the glyphs of a masthead's date in a row over the columns are one line, read
right to left, and furniture, not four columns of one glyph run into the story under them. Glyphs of
a row of columns that the engine boxed alone, with their columns going on above and below, stay in
their columns. A page written for the rule, as RapidOCR lists its boxes."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

GLYPH, PITCH, GUTTER = 30, 34, 14
STORY = "本館新報議價于上海各店零賣每張取錢八文各遠處發賣每張取錢十文本館躉賣每張取錢六文凡有貴客欲購閱者請至本館面議可也"


def _box(text, left, top, right, bottom):
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.99]]


def _columns(text: str, right: int, top: int, per_column: int = 14) -> list:
    out = []
    for k in range(0, len(text), per_column):
        piece = text[k : k + per_column]
        x = right - (k // per_column) * (GLYPH + GUTTER)
        out.append(_box(piece, x - GLYPH, top, x, top + PITCH * len(piece)))
    return out


def _page(items: list) -> str:
    return json.dumps(items, ensure_ascii=False)


def _clean(text: str):
    path = "page.rapidocr.json"
    return clean_blocks(read_blocks(path, text))


def test_a_row_of_glyphs_over_the_columns_is_one_line_read_right_to_left():
    date = [_box(ch, 700 - 46 * k - GLYPH, 100, 700 - 46 * k, 100 + GLYPH) for k, ch in enumerate("壬申四月")]
    page = _clean(_page(date + _columns(STORY, 700, 200)))
    assert "壬申四月" in page.furniture
    assert all(not p.startswith(("壬", "月")) for a in page.articles for p in a.paragraphs)


def test_glyphs_boxed_alone_inside_their_columns_stay_in_them():
    items = []
    for k in range(4):
        x = 700 - k * (GLYPH + GUTTER)
        items += [
            _box("本館新報議價于", x - GLYPH, 100, x, 100 + 7 * PITCH),
            _box("上", x - GLYPH, 100 + 7 * PITCH + 2, x, 100 + 8 * PITCH),
            _box("海各店零賣每張", x - GLYPH, 100 + 8 * PITCH + 2, x, 100 + 15 * PITCH),
        ]
    page = _clean(_page(items))
    text = "".join(p for a in page.articles for p in a.paragraphs)
    assert "上上上上" not in text and text.count("上海各店") == 4
