"""A long Chinese article numbers its parts "一、…", "二、…": each such head, under the article's
text, is a heading of the article, never the next story's headline. A page written for the rule
(not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


def test_numbered_parts_are_headings_of_the_article():
    page = (
        "让老街区留住烟火气\n\n"
        + wrap("城市更新进入新阶段，老街区改造既要改善居住条件，也要留住街巷的生活气息和历史记忆，这是摆在各地面前的一道新课题。")
        + wrap("留住烟火气，关键是留住人，让原住民愿意留下来，让老街区的生活继续下去。")
        + "\n一、老街区改造的新变化\n"
        + wrap("近年来，不少城市从大拆大建转向微改造，保留原有的街巷格局，只对房屋和管线进行修缮更新。")
        + wrap("一些城市还请居民参与设计，改什么、怎么改，都先听听街坊们的意见。")
        + "\n二、改造中要避免的问题\n"
        + wrap("也有一些地方把老街改成了千篇一律的商业街，原住民搬走了，老字号不见了，街区失去了原来的味道。")
        + "\n老街小店重新开张\n"
        + wrap("本报讯　东街三家老字号小店昨天重新开张，店面按照老照片修复，吸引了不少市民前来光顾。")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["让老街区留住烟火气", "老街小店重新开张"]
    assert articles[0].headings == ["一、老街区改造的新变化", "二、改造中要避免的问题"]


def test_a_labelled_standfirst_is_the_deck_and_the_first_part_a_heading():
    summary = "城市更新进入新阶段，老街区改造既要改善居住条件，也要留住街巷的生活气息和历史记忆。"
    page = (
        "让老街区留住烟火气\n\n"
        "■周明远\n\n"
        + wrap("【内容提要】" + summary, indent="")
        + "\n一、老街区改造的新变化\n"
        + wrap("近年来，不少城市从大拆大建转向微改造，保留原有的街巷格局，只对房屋和管线进行修缮更新。")
        + wrap("一些城市还请居民参与设计，改什么、怎么改，都先听听街坊们的意见。")
        + "\n二、改造中要避免的问题\n"
        + wrap("也有一些地方把老街改成了千篇一律的商业街，原住民搬走了，老字号不见了，街区失去了原来的味道。")
    )
    (article,) = clean_text(page).articles
    assert (article.title, article.subtitle, article.byline) == ("让老街区留住烟火气", summary, "周明远")
    assert article.headings == ["一、老街区改造的新变化", "二、改造中要避免的问题"]
    assert len(article.paragraphs) == 3
