"""Chinese jump lines in the forms mainland, Hong Kong and Taiwan papers print besides
"（下转第3版）": the page in Chinese numerals ("（下转第四版）", "（上接第一版）"), without 第
("（转4版）", "（转二版）"), a lettered page after 转 alone ("（转A4版）", "（轉B2）"), 紧转/紧接, an
arrow instead of brackets ("▶下转A6版"), the section after the page ("（转A4版·要闻）"), the next page
("（接上页）"). Each is furniture, records the page, and ends the story cut above it, so the box's
label under it is not read as the first words of the next headline. Pages written for the rule
(not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

LEAD = (
    "城北污水处理厂扩建完工",
    "记者　韩　栋",
    "城北污水处理厂扩建工程日前通过验收，日处理能力由八万吨提高到十五万吨，出水水质达到一级A标准。",
    "扩建后的厂区新增了两座生物反应池和一套深度处理设施，运行全部由中控室远程操控。",
    "据介绍，扩建工程投运后，城北片区二十多万居民的生活污水将全部得到处理，此前部分污水",
)


def page_with(jump: str) -> str:
    head, byline, *paragraphs = LEAD
    return (
        "江城日报　2026年12月11日　星期五　第A2版　城建\n\n"
        + f"{head}\n{byline}\n"
        + "".join(wrap(p) for p in paragraphs)
        + f"{jump}\n\n"
        + "链接\n城区污水管网\n"
        + wrap("城区现有污水管网四百六十公里，今年新铺设和改造管网三十八公里，雨污分流改造完成二十个小区。")
        + wrap("明年还将改造老城区管网十五公里。")
    )


@pytest.mark.parametrize(
    "jump, page",
    [
        ("（下转第四版）", "4"),
        ("（转二版）", "2"),
        ("（转4版）", "4"),
        ("（转A4版）", "A4"),
        ("（轉B2）", "B2"),
        ("（紧转A6版）", "A6"),
        ("▶下转A6版", "A6"),
        ("（转A4版·要闻）", "A4"),
    ],
)
def test_a_jump_line_sends_the_story_on_and_ends_it(jump, page):
    cleaned = clean_text(page_with(jump))
    story, box = cleaned.articles
    assert jump in cleaned.furniture
    assert story.continues == page
    assert story.paragraphs[-1].endswith("此前部分污水")
    assert (box.kicker, box.title) == ("链接", "城区污水管网")


@pytest.mark.parametrize("jump, page", [("（上接第一版）", "1"), ("（紧接A1版）", "A1"), ("（接上页）", None)])
def test_a_jump_line_under_a_head_brings_the_story_back(jump, page):
    cleaned = clean_text(
        "江城日报　2026年12月11日　星期五　第A4版　城建\n\n"
        "城北污水处理厂扩建完工\n"
        f"{jump}\n"
        + wrap("出水直接排入护城河，夏季常有异味。如今护城河水质明显好转，沿岸居民又能在河边散步了。")
        + wrap("市排水公司表示，下一步将对城南污水处理厂进行提标改造，明年底前完工。")
        + wrap("改造期间，城南片区的污水将通过临时管线调往城北处理，居民生活不受影响。")
    )
    (story,) = cleaned.articles
    assert jump in cleaned.furniture and story.title == "城北污水处理厂扩建完工"
    assert story.continued_from == page
