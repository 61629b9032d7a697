"""A note on who wrote a signed commentary ("（作者系…）", "（作者為…）", "（作者单位：…）") is set
either far right under the text, as a signature is, and belongs to the byline, or at the paragraph
indent, as the text's paragraphs are, and is the piece's last paragraph: `Block.set_right` (measured
once, by `blocks.sets_right`) tells the two apart where `Block.indent` alone cannot. Pages written for
the rule, not copied from any gold page."""

from conftest import hard_wrapped

from paperarchive.blocks import split_blocks
from paperarchive.pipeline import clean_text

TEXT = (
    "城市更新不能只盯着立面翻新。保住街角的小店和老住户，街区才会有人气，改造的投入才算没有白花。",
    "一些地方把老街改成了千篇一律的商业街，游客来了一趟就不再回头。留住烟火气，要从听取居民意见做起。",
)
NOTE = "（作者系澄州大学城市规划系副教授）"


def _page(note_line: str, blank_over_note: bool) -> str:
    text = "\n".join(hard_wrapped(p, 20) for p in TEXT)
    return (
        "澄州日报　2027年3月9日　星期二　第4版　评论\n\n"
        "来论\n老街改造，留住烟火气\n□　祁　岚\n\n" + text + ("\n" if blank_over_note else "") + note_line + "\n\n"
        "快评\n公交站台该有个座椅\n\n" + hard_wrapped("在公交站台加几把座椅，花钱不多，却能让候车的老人少站一会儿。", 20)
    )


def test_a_note_at_the_paragraph_indent_is_the_last_paragraph():
    for blank in (True, False):
        article = clean_text(_page("\u3000\u3000" + NOTE, blank)).articles[0]
        assert article.byline is not None and "祁" in article.byline and "作者" not in article.byline, (blank, article.byline)
        assert article.paragraphs[-1] == NOTE, (blank, article.paragraphs)


def test_a_note_set_right_joins_the_byline():
    for blank in (True, False):
        article = clean_text(_page("\u3000" * 8 + NOTE, blank)).articles[0]
        assert article.byline is not None and article.byline.endswith(NOTE), (blank, article.byline)
        assert NOTE not in article.paragraphs


def test_the_block_records_a_line_set_right():
    blocks = split_blocks("老街改造，留住烟火气\n\n\u3000\u3000保住小店，街区才有人气。\n" + "\u3000" * 8 + NOTE)
    assert [(b.indent, b.set_right) for b in blocks[1:]] == [(True, False), (True, True)]
