"""Lines of a page's furniture in forms not met before. A metro paper's page line names its lettered
page with 第 ("第A3版", "第Ｂ２版") and may credit the editor on duty ("值班编委：X", "值班主任：X")
beside the desk's editors: not an untitled story's first paragraph. A pointer to a related story on
another page ("（相关新闻见B6版）", "（详见第三版）") is no kicker of the head under it. A call to scan for a video
("扫码看视频") and the page's credit for all its pictures ("本版图片均由受访者提供"): not the label of
the next story's head. Pages written for the rules (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)


@pytest.mark.parametrize(
    "page_line",
    [
        "第B5版　民生",
        "第Ｂ５版　民生　　责任编辑：祝　涛",
        "第B5版　民生　　值班编委：欧阳平　　责任编辑：祝涛",
        "B5　民生　　值班主任：欧阳平　　编辑：祝涛",
    ],
)
def test_a_lettered_page_line_is_furniture(page_line):
    cleaned = clean_text(
        "海陵都市报\n2026年12月12日　星期六\n"
        + f"{page_line}\n\n"
        + "菜市场装上了电子秤\n本报记者　蒲　阳\n"
        + wrap("城西农贸市场日前完成改造，一百二十个摊位全部换上了联网电子秤，市民买菜可以扫码查看价格和重量。")
        + wrap("市场管理处说，电子秤每天自动校准，数据实时上传，短斤少两的投诉比去年少了九成。")
        + wrap("改造后的市场还新建了停车场和公共卫生间，营业时间延长到晚上八点。")
    )
    (story,) = cleaned.articles
    assert story.title == "菜市场装上了电子秤" and len(story.paragraphs) == 3
    assert not any("民生" in p for p in story.paragraphs)


def test_a_call_to_scan_and_the_pages_picture_credit_are_furniture():
    cleaned = clean_text(
        "海陵都市报　2026年12月12日　星期六　第12版　人物\n\n"
        "修钟表的老师傅\n本报记者　蒲　阳\n"
        + wrap("东门巷口的钟表铺开了四十年，七十二岁的冯师傅每天早上八点准时开门，修过的钟表数也数不清。")
        + wrap("他说，现在修表的年轻人少了，他想把手艺教给愿意学的人，不收学费。")
        + "　　扫码看视频\n\n"
        + "老师傅小传\n"
        + wrap("冯德顺，1954年生，海陵人，十六岁进国营钟表厂当学徒，退休后在巷口开了这间小铺。")
        + "\n本版图片均由受访者提供\n\n"
        + "巷口的老邮筒\n"
        + wrap("东门巷口的绿色邮筒立了三十多年，如今每天仍有邮递员准时来开箱取信。")
        + wrap("街坊们说，这只邮筒见证了巷子里几代人的来往书信。")
    )
    assert "扫码看视频" in cleaned.furniture and "本版图片均由受访者提供" in cleaned.furniture
    assert [(a.kicker, a.section, a.title) for a in cleaned.articles[1:]] == [
        (None, None, "老师傅小传"),
        (None, None, "巷口的老邮筒"),
    ]


@pytest.mark.parametrize("pointer", ["（相关新闻见B6版）", "（相關報導見A5）", "（详见第三版）"])
def test_a_pointer_to_a_related_story_elsewhere_is_furniture(pointer):
    cleaned = clean_text(
        "海陵都市报　2026年12月12日　星期六　第B5版　民生\n\n"
        "菜市场装上了电子秤\n本报记者　蒲　阳\n"
        + wrap("城西农贸市场日前完成改造，一百二十个摊位全部换上了联网电子秤，市民买菜可以扫码查看价格和重量。")
        + wrap("市场管理处说，电子秤每天自动校准，数据实时上传，短斤少两的投诉比去年少了九成。")
        + f"{pointer}\n\n"
        + "名词解释\n智慧农贸\n"
        + wrap("智慧农贸市场是指运用物联网等技术改造的农贸市场，交易、检测和管理数据都能实时查询。")
        + wrap("全市已有十二家农贸市场完成这类改造。")
    )
    story, box = cleaned.articles
    assert pointer in cleaned.furniture and len(story.paragraphs) == 2
    assert (box.kicker, box.title) == ("名词解释", "智慧农贸")
