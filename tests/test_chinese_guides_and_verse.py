"""Chinese feature pages, hard-wrapped at the column: a poem set one line to a paragraph under
its title. Pages written for the classes (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=18)

MASTHEAD = "临川晚报　2026年4月18日　星期六　B6　周末·生活\n\n"
# A story of a dozen lines at the page's column, as every page has one.
STORY = wrap(
    "本报讯　城南老菜市改造后昨天重新开张，一百二十个摊位全部入场，早上七点就挤满了买菜的街坊。"
    "改造期间，菜市场加装了排风和地面排水，摊位之间的通道也拓宽了一倍，雨天再也不会满地泥水。"
) + wrap(
    "据介绍，菜市场还新设了农户自产自销区，附近村里的菜农每天清晨可以免费进场摆摊，"
    "街坊们买到的蔬菜更新鲜，价格也比超市便宜一些。"
)


POEM = "职工书屋\n春耕\n\u3000\u3000布谷鸟叫醒了山坡，\n\u3000\u3000犁铧翻开一冬的沉默。\n\u3000\u3000父亲把种子撒下去，\n\u3000\u3000也把一年的盼头撒下去。\n农机站　罗春燕\n\n"


def test_a_poem_set_one_line_to_a_paragraph_keeps_its_lines_as_paragraphs():
    poem = clean_text(MASTHEAD + "城南老菜市重新开张\n" + STORY + "\n" + POEM).articles[-1]
    assert poem.title == "春耕" and poem.subtitle is None and poem.headings == []
    assert poem.paragraphs == ["布谷鸟叫醒了山坡，", "犁铧翻开一冬的沉默。", "父亲把种子撒下去，", "也把一年的盼头撒下去。"]
    assert poem.byline == "农机站　罗春燕"
