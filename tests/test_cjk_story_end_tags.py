"""The tags a Chinese paper sets under a story's last paragraph: the desk's note of the reports it
drew on ("（综合新华社、央视新闻）") is the story's source, and a web edition's editor tag
("（责任编辑：X）", "（编辑　X）") is the page's furniture; neither is the kicker of the story
under it, nor a paragraph. Pages written for the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)


def page_with(tag: str) -> str:
    return (
        "海陵商报　2027年10月5日　星期二　第9版　国际\n\n"
        "北欧多国迎来今秋首场降雪\n\n"
        + wrap("本月初，挪威、瑞典和芬兰北部迎来今年秋天的第一场降雪，部分山区积雪超过二十厘米，多条公路临时封闭。")
        + wrap("气象部门预计，未来一周当地气温将继续走低，提醒驾车出行的民众及时更换冬季轮胎。")
        + f"{tag}\n"
        + "\n南美洲最大淡水湖水位回升\n本报综合外电\n\n"
        + wrap("据当地媒体报道，受连续降雨影响，南美洲最大的淡水湖水位比上月回升了四十厘米，沿岸渔民陆续恢复出湖捕鱼。")
    )


@pytest.mark.parametrize("tag", ["（综合新华社、央视新闻）", "（綜合中央社、路透社報導）"])
def test_the_reports_a_story_drew_on_are_its_source(tag):
    articles = clean_text(page_with(tag)).articles
    assert [a.title for a in articles] == ["北欧多国迎来今秋首场降雪", "南美洲最大淡水湖水位回升"]
    assert articles[0].source is not None and articles[0].source in tag
    assert len(articles[0].paragraphs) == 2 and articles[1].kicker is None


@pytest.mark.parametrize("tag", ["（责任编辑：邝　岚）", "（编辑　邝岚）", "（責任編輯：鄺嵐）"])
def test_an_editor_tag_under_a_story_is_furniture(tag):
    page = clean_text(page_with(tag))
    articles = page.articles
    assert [a.title for a in articles] == ["北欧多国迎来今秋首场降雪", "南美洲最大淡水湖水位回升"]
    assert len(articles[0].paragraphs) == 2 and articles[1].kicker is None
    assert not any("编辑" in p or "編輯" in p for a in articles for p in a.paragraphs)
