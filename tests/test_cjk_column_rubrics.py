"""A Chinese column's rubric set on a line of its own over a story's head ("■乡村观察", "●今日关注",
"【楼市聚焦】", or the bare word) names the column: the story keeps its head as its title and its
byline line as its byline, though the head is a pair of phrases that fills the column (before, the
head ran on into the byline as the story's first paragraph), and a rubric after a box mark is no
writer's name (before, an article of its own, a byline and nothing else). Pages written for the
rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)

LONG_HEAD = "老街区装上“智慧水表”　漏水十分钟就报警"
SHORT_HEAD = "老街区装上智慧水表"


def page_with(rubric: str, head: str, byline: str = "本报记者　阮明溪") -> str:
    return (
        "溪城晚报　2027年3月9日　星期二　第4版\n城事·民生　　责任编辑：俞　菲\n\n"
        f"{rubric}\n{head}\n{byline}\n\n"
        + wrap("溪城老城区的三千多户居民家中，最近换上了能自动报警的智慧水表，水管一旦漏水，物业手机上十分钟内就会收到提醒。")
        + wrap("自来水公司的技术员说，新水表每五分钟回传一次读数，夜里用水量异常升高，系统就会判断可能漏水。")
        + wrap("今年，这种水表还将在城南和城北的老小区推广，预计再覆盖八千户。")
        + "\n河滨公园新添百米樱花道\n\n"
        + wrap("本报讯（记者　阮明溪）河滨公园新栽的一百多株樱花本周进入盛花期，不少市民专程前来赏花拍照。")
        + wrap("公园管理处提醒，赏花时请勿攀折花枝。")
    )


def assert_the_story_keeps_its_head(articles, rubric: str, head: str) -> None:
    story = articles[0]
    assert story.title == head
    assert story.byline == "本报记者　阮明溪"
    assert rubric.strip("■●◆【】") in (story.section, story.kicker)
    assert len(story.paragraphs) == 3 and story.paragraphs[0].startswith("溪城老城区")
    assert [a.title for a in articles[1:]] == ["河滨公园新添百米樱花道"]


@pytest.mark.parametrize("rubric", ["【城事聚焦】", "城事聚焦", "供水改造"])
def test_a_head_filling_the_column_under_its_rubric_stays_the_head(rubric):
    assert_the_story_keeps_its_head(clean_text(page_with(rubric, LONG_HEAD)).articles, rubric, LONG_HEAD)


@pytest.mark.parametrize("rubric", ["■乡村观察", "●今日关注", "◆民生视点"])
@pytest.mark.parametrize("head", [LONG_HEAD, SHORT_HEAD])
def test_a_rubric_after_a_box_mark_names_the_column(rubric, head):
    assert_the_story_keeps_its_head(clean_text(page_with(rubric, head)).articles, rubric, head)


@pytest.mark.parametrize("byline", ["□欧阳晓晴", "■林志明"])
def test_a_writers_name_after_a_box_mark_is_still_the_byline(byline):
    page = (
        "溪城晚报　2027年3月9日　星期二　第8版　副刊\n\n"
        f"春天的渡口\n{byline}\n\n"
        + wrap("小时候，外婆家门前有一个渡口，每到春天，两岸的油菜花开得金黄，摆渡的老人总是哼着小调。")
        + wrap("如今渡口早已建成了大桥，可我还常常梦见那条小船。")
    )
    story = clean_text(page).articles[0]
    assert story.title == "春天的渡口" and story.byline == byline[1:]
