"""A Chinese writer's line that names each one's part, the part's word before the name or after it
("文｜X", "文·图／X", "撰文：X　摄影：Y", "口述：X　整理：Y", "X／文　Y／图", "本报记者　X　文／图"), is
the story's byline under its head: not its title, and not a photo's credit though it ends on 图. A
book's data line ("作者：X　出版社：…") is none. Pages written for the rule (not copied from any gold
page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

STORY = (
    "老茶馆里的评书声",
    "西门老街的茶馆每天下午都有一场评书，说书人已经在这里说了十一年，从《三国》说到《水浒》。",
    "茶馆老板说，听众大多是附近的老街坊，也有年轻人专门坐公交车过来，一壶茶能坐一下午。",
    "今年秋天，区文化馆把这里列为非遗传习点，每周还请说书人给中小学生上一堂课。",
)
NEXT = (
    "河堤步道全线贯通",
    "本报记者　窦　明",
    "沿河十二公里的步道本月全线贯通，沿途设有六处休息驿站和两处公共卫生间，夜间有照明。",
    "步道每隔五百米设置一块里程牌，市民可以扫码查看运动距离和附近的公交站点。",
)


def page_with(writer_line: str) -> str:
    title, *paragraphs = STORY
    head, byline, *more = NEXT
    return (
        "锦城晚报　2026年12月10日　星期四　第12版　人文\n\n"
        + f"{title}\n{writer_line}\n"
        + "".join(wrap(p) for p in paragraphs)
        + f"\n{head}\n{byline}\n"
        + "".join(wrap(p) for p in more)
    )


@pytest.mark.parametrize(
    "writer_line",
    [
        "文｜柏　川",
        "文·图／柏　川",
        "◎文／本报记者　柏川　图／受访者提供",
        "撰文：柏川　摄影：甘小禾",
        "口述：周老伯　整理：本报记者　柏川",
        "柏川／文　甘小禾／图",
        "本报记者　柏川　文／图",
        "掌勺：柏　川",
        "主厨：柏川",
        "示范：柏川",
        "示範：柏川",
        "煮：柏川",
        "主厨　柏　川",
        "主厨　柏　\u3427",  # a rare character outside the basic block in the spaced name
    ],
)
def test_a_line_naming_the_writers_parts_is_the_byline(writer_line):
    articles = clean_text(page_with(writer_line)).articles
    story = articles[0]
    assert story.title == "老茶馆里的评书声" and story.kicker is None and story.subtitle is None
    assert story.byline is not None and "柏" in story.byline and not story.captions
    assert len(story.paragraphs) == 3
    assert [a.title for a in articles[1:]] == ["河堤步道全线贯通"]


def test_a_books_data_line_is_no_byline():
    page = (
        "锦城晚报　2026年12月10日　星期四　第13版　读书\n\n"
        "新书架\n"
        "《河流的记忆》\n"
        "作者：甘小禾　出版社：锦江文艺出版社　定价：52元\n"
        + wrap("这是一部写给城市河流的散文集，作者沿着锦江走了三年，记下两岸的桥、码头和人家。")
        + wrap("书中配有作者手绘的四十余幅插图，文字平实，读来亲切。")
    )
    articles = clean_text(page).articles
    assert not any(a.byline and "出版社" in a.byline for a in articles)


def test_a_recipes_label_over_its_dish_and_cook_is_the_kicker():
    # the label as wide as the dish's name: no title broken for width, the cook's line under them
    page = "锦城晚报　2026年12月10日　星期四　第12版　饮食\n\n外婆的灶台\n红烧鲫鱼块\n示範：柏川\n\n" + "".join(wrap(p) for p in STORY[1:])
    story = clean_text(page).articles[0]
    assert (story.kicker or story.section) == "外婆的灶台" and story.title == "红烧鲫鱼块" and story.byline == "示範：柏川"
