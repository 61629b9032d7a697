"""A framed box on a CJK page, read by Tesseract (ALTO): its head, in type a size over the
text's, stands over a field line whose box one glyph stretched to twice the line's height, as
tall as the head's own. The field line is set in the box's text type, not the head's, and is no
second line of the head: the head titles the box and the field lines are its text. A page
written anew for the class (holdout53's tea page was the measuring page)."""

from paperarchive.api import clean_file

_LEAD = (
    "本报讯 入秋以来，城西菜市场的猪肉价格连续三周回落，",
    "不少市民趁机多买一些，准备做几道家常菜招待亲友。",
    "市场管理处介绍，近期生猪供应充足，价格有望继续平稳，",
    "管理处还将在周末组织便民摊位，方便附近居民采购。",
    "一位摊主说，这几天来买五花肉的人明显多了起来。",
)
_FIELDS = ("时间：约45分钟", "用料：五花肉500克", "提示：出锅前撒葱花")


def _string(text: str, left: int, top: int, height: int, width: int = 24) -> str:
    return f'<String CONTENT="{text}" HPOS="{left}" VPOS="{top}" WIDTH="{width * len(text)}" HEIGHT="{height}" WC="0.9"/>'


def _line(words: list[tuple[str, int]], top: int, size: int, line_height: int, left: int = 100) -> str:
    """A line of words, each (text, its box's height) on a baseline; the line's box spans them all."""
    strings, x, line_top = [], left, top
    for text, height in words:
        word_top = top + size - height  # a stretched glyph runs up from the baseline
        line_top = min(line_top, word_top)
        strings.append(_string(text, x, word_top, height, size))
        x += size * len(text) + 6
    return (
        f'<TextLine HPOS="{left}" VPOS="{line_top}" WIDTH="{x - left}" HEIGHT="{max(line_height, top + size - line_top)}">'
        f'{"<SP/>".join(strings)}</TextLine>'
    )


def _block(top: int, *lines: str) -> str:
    return f'<TextBlock HPOS="100" VPOS="{top}" WIDTH="1000" HEIGHT="60">{"".join(lines)}</TextBlock>'


def test_a_cjk_box_head_over_a_field_line_boxed_tall_by_one_glyph_stands_alone(tmp_path):
    lead = [_line([(text[:6], 24), (text[6:], 24)], 200 + 34 * k, 24, 26) for k, text in enumerate(_LEAD)]
    fields = [_line([(text[:3], 22), (text[3:], 22)], 520 + 34 * k, 22, 26) for k, text in enumerate(_FIELDS)]
    blocks = (
        _block(100, _line([("城西猪肉价格", 56), ("连降三周", 56)], 100, 56, 60)),
        _block(200, *lead),
        _block(410, _line([("家常红烧肉", 34), ("这样做", 34)], 410, 34, 38)),
        # the field line: one glyph of 火候 boxed 47 high among glyphs of 22
        _block(462, _line([("火", 22), ("候", 47), ("：", 15), ("180?C~200C", 22)], 462, 22, 26)),
        _block(520, *fields),
    )
    page = tmp_path / "recipe.tess_chi_sim.xml"
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="1400" HEIGHT="900"><PrintSpace>'
        + "".join(blocks) + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    articles = clean_file(page).page.articles
    titles = [story.title for story in articles]
    assert "家常红烧肉这样做" in titles, titles
    box = articles[titles.index("家常红烧肉这样做")]
    assert box.paragraphs and box.paragraphs[0].startswith("火候"), box.paragraphs
