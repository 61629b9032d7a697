"""A vertical page's masthead and the small pieces set beside it, read by RapidOCR.

An early Chinese paper prints its title across the top in glyphs several times the text's, and
beside it, in small vertical boxes, the reign and date on one side and the issue number on the
other; a sheet mark may stand over them. The engine boxes each piece apart, misreads a glyph of
some (the text rules then no longer know them), and reads the sheet mark glyph by glyph. Such a
piece (`reading._masthead_ears`) starts beside the tall title and ends before the columns under
the band begin: it is the page's head, not the first column of the story under it
(`paddle._below_the_masthead`). The text below is written for these tests.
"""

import json

from paperarchive.api import clean_file

GLYPH = 30
COLUMNS = [
    "本館新刊告白逐日印行價廉而事備",
    "凡遠近各埠欲閱者請至館中掛號",
    "每月取錢二百文按日送到不誤",
    "如有貨物行情欲刊入者另議價目",
    "字數多者照加送費由本館自理",
    "諸君子惠而好我幸甚幸甚",
]


def _line(text: str, left: int, top: int, across: bool = False, size: int = GLYPH) -> list:
    right, bottom = (left + size * len(text), top + size) if across else (left + size, top + size * len(text))
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.9]]


def _page(tmp_path, title: bool = True):
    """Six columns from y 215 down, right to left; over them the title 華報 across in glyphs 180
    high (y 20-200), the misread reign box 大渭光緒 (y 80-200) over the first column, the sheet
    mark 第二頁 read glyph by glyph over it (y 40-70)."""
    items = [_line(text, 1000 - 45 * k, 215) for k, text in enumerate(COLUMNS)]
    items += [_line("大渭光緒", 1000, 80), _line("第", 1000, 40), _line("二", 955, 40), _line("頁", 910, 40)]
    if title:
        items.append(_line("華報", 420, 20, across=True, size=180))
    path = tmp_path / "front.rapidocr.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return clean_file(path).page


def _body(page) -> list[str]:
    return [p for a in page.articles for p in a.paragraphs] + [a.title or "" for a in page.articles]


def test_the_reign_box_beside_the_title_is_not_the_first_column(tmp_path):
    page = _page(tmp_path)
    assert page.articles[0].paragraphs[0].startswith(COLUMNS[0])
    assert not any("渭光" in text for text in _body(page))


def test_the_sheet_mark_read_glyph_by_glyph_is_not_in_the_story(tmp_path):
    page = _page(tmp_path)
    assert all(not text.startswith(("二", "頁", "第")) for text in _body(page))
    assert "".join(page.articles[0].paragraphs).startswith(COLUMNS[0])
