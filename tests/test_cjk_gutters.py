"""Tesseract reads CJK lines across column gutters (tests/factory/pages, real engine output of
pages drawn with known layout): the geometry cuts them back into their columns."""

from pathlib import Path

import pytest

from paperarchive.formats.alto import alto_regions
from paperarchive.formats.hocr import hocr_regions
from paperarchive.formats.reading import Box, Line, Word, _cjk_gutters, _cut_line
from paperarchive.formats.tsv import tsv_regions

PAGES = Path(__file__).parent / "factory" / "pages"
QINGHE = "zh_sim_3col_qinghe.tess_chi_sim"
READERS = {".hocr": hocr_regions, ".tsv": tsv_regions, ".xml": alto_regions}


def regions(name: str):
    path = PAGES / name
    return READERS[path.suffix](path.read_text(encoding="utf-8"))[0]


def line_texts(name: str) -> list[str]:
    return [line.text for region in regions(name) for line in region.lines]


@pytest.mark.parametrize("suffix", [".hocr", ".tsv", ".xml"])
def test_a_row_read_across_three_columns_is_cut_into_the_columns_lines(suffix):
    texts = line_texts(QINGHE + suffix)
    # Tesseract's line: "3月10日上午，位于滨河路北段的。”份证即可办理借阅证，每人每次最多可。路过都有点…"
    first = next(t for t in texts if t.startswith("3月10日上午"))
    assert "份证" not in first and "路过" not in first
    assert any(t.endswith("份证即可办理借阅证，每人每次最多可") for t in texts)


def test_the_column_is_read_down_before_the_next_column():
    for region in regions(QINGHE + ".hocr"):
        texts = [line.text for line in region.lines]
        if any(t.startswith("3月10日上午") for t in texts):
            k = next(k for k, t in enumerate(texts) if t.startswith("3月10日上午"))
            # the next line of the first column, not the first line of the second
            assert texts[k + 1].startswith("原第")
            assert all(line.box.right < 650 for line in region.lines)
            return
    raise AssertionError("no region opens with the story's first line")


def test_the_gutters_are_found_on_the_words_of_the_page():
    lines = [line for region in regions(QINGHE + ".hocr") for line in region.lines]
    gutters, em = _cjk_gutters(lines)
    assert 25 < em < 32  # body type of 30 pixels
    # drawn: columns of 510 pixels from x=90, gutters of 44 (600-644, 1154-1198); every stripe
    # found is one of them (found again on the lines already cut, the junk inside them is gone)
    assert gutters and all(590 < a < b < 660 or 1145 < a < b < 1210 for a, b in gutters)


def test_a_masthead_row_and_a_headline_over_the_columns_are_not_cut():
    texts = line_texts(QINGHE + ".hocr")
    assert any("清河晚报" in t and "2026年3月12日" in t for t in texts)
    assert "春季义务植树活动局动" in texts  # the engine's reading of 春季义务植树活动启动, whole


def test_garbage_read_twice_inside_a_headlines_box_is_dropped():
    texts = line_texts(QINGHE + ".hocr")
    assert not any(t.startswith("并 >于元") or t == "户去" for t in texts)


def test_a_line_in_one_column_is_left_whole():
    glyph = lambda text, left: Word(text, Box(left, 0, left + 28, 28))  # noqa: E731
    words = tuple(glyph(ch, 100 + 30 * k) for k, ch in enumerate("市民持身份证即可办理借阅证"))
    line = Line("市民持身份证即可办理借阅证", Box(100, 0, 490, 28), None, words)
    assert _cut_line(line, [(600.0, 644.0)], 28.0) == [line]


def test_a_row_of_two_columns_is_cut_but_a_headline_over_them_is_not():
    def row(text: str, left: float, size: float, gap_after: int) -> list[Word]:
        out, x = [], left
        for k, ch in enumerate(text):
            out.append(Word(ch, Box(x, 0, x + size - 2, size)))
            x += size + (44 if k == gap_after else 0)
        return out

    body = row("市民持身份证即可借阅", 100, 30, 4)  # 市民持身份 | gutter | 证即可借阅
    line = Line("市民持身份证即可借阅", Box(100, 0, 444, 30), None, tuple(body))
    assert [piece.text for piece in _cut_line(line, [(248.0, 292.0)], 28.0)] == ["市民持身份", "证即可借阅"]
    head = row("滨河路旧厂房", 100, 64, 1)  # headline type, its glyphs far apart
    line = Line("滨河路旧厂房", Box(100, 0, 528, 64), None, tuple(head))
    assert _cut_line(line, [(230.0, 270.0)], 28.0) == [line]


def cleaned(name: str):
    from paperarchive.formats import read_blocks
    from paperarchive.pipeline import clean_blocks

    path = PAGES / name
    return clean_blocks(read_blocks(path, path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("suffix", [".hocr", ".tsv", ".xml"])
def test_a_two_line_headline_the_engine_split_is_one_title_and_its_kicker_stays_with_it(suffix):
    articles = cleaned("zh_sim_4col_donghai.tess_chi_sim" + suffix).articles
    titles = [a.title for a in articles]
    # printed: 全省首条跨海货运铁路通道主体工程完工 预计年底具备 / 通车条件 (Tesseract: 跨 → 路)
    assert titles[0] == "全省首条路海货运铁路通道主体工程完工预计年底具备通车条件"
    second = articles[1]
    assert second.title.startswith("老旧小区改造今年再开工一百二十") and second.kicker == "惠及居民四万八干户"
    assert "个" not in titles  # the glyph boxed apart from the headline is no story of its own


def test_the_second_story_of_a_page_is_read_column_by_column_under_its_headline():
    text = "\n".join(p for a in cleaned(QINGHE + ".hocr").articles for p in a.paragraphs)
    # 让书香留在街巷, in one column over a three-column comment: its second and third columns
    # follow its first, not the page's footer
    assert "再注" in text and text.index("入新的功能") > text.index("再注")
    assert all("责任编辑" not in p for a in cleaned(QINGHE + ".hocr").articles for p in a.paragraphs)


def test_a_box_far_off_the_page_finds_no_gutter_and_costs_nothing():
    words = [Word(ch, Box(30 * k, 0, 30 * k + 28, 28)) for k, ch in enumerate("市民持身份证即可办理借阅证" * 5)]
    words.append(Word("证", Box(10**12, 0, 10**12 + 28, 28)))
    assert _cjk_gutters([Line("x", Box(0, 0, 10**12 + 28, 28), None, tuple(words))]) == ([], 0.0)


def test_a_short_last_line_beside_a_source_set_right_is_cut_where_the_rows_above_were():
    """Two columns read as one line per row; on the last row the left column's paragraph ends
    short and the right column holds only its source, set right: a gap far wider than the gutter
    on both sides, as on a masthead, but the rows just above were cut there."""
    from paperarchive.formats.reading import Region, cut_at_cjk_gutters

    def row(left_text: str, right_text: str, top: int, right_from: int = 560) -> Line:
        words = [Word(ch, Box(100 + 30 * k, top, 128 + 30 * k, top + 28)) for k, ch in enumerate(left_text)]
        words += [Word(ch, Box(right_from + 30 * k, top, right_from + 28 + 30 * k, top + 28)) for k, ch in enumerate(right_text)]
        return Line(left_text + right_text, Box(100, top, words[-1].box.right, top + 28), None, tuple(words))

    rows = [row("河道清淤工程本周开工全长", "沿岸居民可在社区领取通行", 0), row("三公里，预计六月完成，届", "证，施工期间每天早上七点", 40),
            row("时沿河步道将重新开放。市", "至晚上七点禁止大车通行。", 80), row("水务局表示，工程完工后汛期", "区里将增设三处垃圾收集点", 120),
            row("排涝更顺。", "来源：市水务局", 160, right_from=800)]
    cut = cut_at_cjk_gutters([Region(tuple(rows), Box(100, 0, 1010, 188))])
    texts = [line.text for region in cut for line in region.lines]
    assert "排涝更顺。" in texts and "来源：市水务局" in texts
    masthead = row("清河晚报", "2026年3月12日", 0, right_from=800)
    assert cut_at_cjk_gutters([Region((masthead, *(replace_top(r, 60) for r in rows[:4])), Box(100, 0, 1010, 248))])[0].lines[0].text == masthead.text


def replace_top(line: Line, shift: int) -> Line:
    move = lambda b: Box(b.left, b.top + shift, b.right, b.bottom + shift)  # noqa: E731
    return Line(line.text, move(line.box), line.size, tuple(Word(w.text, move(w.box)) for w in line.words))


def test_a_head_over_the_right_half_waits_for_the_story_beside_it_set_a_little_lower():
    """Two stories side by side over a foot across the page: the right one's head spans its two
    columns and stands a little higher than the left one's head. The left story is read first,
    then the right head and its columns (it used to read the right head first, and the left
    story's head came under it as its deck)."""
    from paperarchive.formats.reading import reading_order

    right_head, left_head, left_text = Box(500, 100, 960, 140), Box(0, 145, 440, 185), Box(0, 195, 440, 400)
    right_columns, foot = [Box(500, 150, 720, 400), Box(740, 150, 960, 400)], Box(0, 420, 960, 440)
    assert reading_order([right_head, left_head, left_text, *right_columns, foot]) == [1, 2, 0, 3, 4, 5]


def test_a_masthead_with_a_date_line_beside_it_is_still_read_over_the_columns():
    """A date line under the masthead, beside its end, is no head of a story beside it: the
    masthead is still read before the columns under it."""
    from paperarchive.formats.reading import reading_order

    masthead, date, columns = Box(300, 0, 700, 80), Box(0, 90, 200, 110), [Box(0, 130, 480, 400), Box(520, 130, 1000, 400)]
    assert reading_order([masthead, date, *columns, Box(0, 420, 1000, 440)]) == [1, 0, 2, 3, 4]


def test_a_table_column_at_the_edge_of_the_head_centred_over_it_is_no_story_beside_it():
    """The table's first column stands right at the head's left edge, no gutter between: it is
    under the head. A column a gutter away, starting as low, is the story beside it."""
    from paperarchive.formats.reading import _beside

    head = Box(230, 220, 650, 260)
    assert not _beside(head, [Box(93, 300, 226, 700), Box(240, 300, 650, 700)])
    assert _beside(head, [Box(0, 300, 200, 700), Box(240, 300, 650, 700)])


DONGHAI = "zh_sim_4col_donghai.tess_chi_sim"


def test_a_stop_boxed_into_the_gutter_with_the_glyph_before_it_stands_across_nothing():
    # a column's line ending "…老旧小。" whose last word (glyph and stop) Tesseract boxed out into
    # the gutter, read as one line with the next column's row
    glyph = lambda text, left, width=28: Word(text, Box(left, 0, left + width, 28))  # noqa: E731
    left = [glyph(ch, 100 + 30 * k) for k, ch in enumerate("新开工改造老旧")]
    right = [glyph(ch, 390 + 30 * k) for k, ch in enumerate("造更加注重先问需")]
    words = (*left, glyph("小。", 310, 56), *right)
    line = Line("".join(w.text for w in words), Box(100, 0, 800, 28), None, words)
    assert [piece.text for piece in _cut_line(line, [(330.0, 380.0)], 28.0)] == ["新开工改造老旧小。", "造更加注重先问需"]
    # a glyph of text over the gutter's middle still keeps the line whole
    whole = (*left, glyph("小区", 310, 56), *right)
    assert len(_cut_line(Line("x", Box(100, 0, 800, 28), None, whole), [(330.0, 380.0)], 28.0)) == 1


@pytest.mark.parametrize("suffix", [".hocr", ".tsv", ".xml"])
def test_a_line_ending_on_a_stop_in_the_gutter_is_cut_there(suffix):
    texts = line_texts(DONGHAI + suffix)
    # Tesseract's line: "全市计划新开工改造老日小。 造更加注重“先问需、后施" (the second column's row)
    assert any(t.startswith("全市计划") and t.endswith("小。") for t in texts)
    assert any(t.startswith("造更加注重") for t in texts)
