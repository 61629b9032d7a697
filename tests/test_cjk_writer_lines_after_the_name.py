"""A Chinese writer's line that says after the name that the writer also took the photos
("本报记者　X　文并摄", "融媒体记者　X　文／图"), or only "文" ("X　文"), and a contributing
writer's line ("特约撰稿　X"), is the byline under the head: not a photo's credit (before, the head
was lost with it), nor the title with the head pushed up to its kicker. Pages written for the rule
(not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


def page_with(writer_line: str) -> str:
    return (
        "岚山日报　2027年8月14日　星期六　第5版　乡土\n\n"
        f"竹编老艺人的新徒弟\n{writer_line}\n\n"
        + wrap("在岚山镇的竹编作坊里，七十三岁的卜师傅正手把手地教两个年轻人破竹、起底、收口。")
        + wrap("两个徒弟都是去年从城里回乡的大学生，他们把竹编做成灯罩和茶具，在网上一个月能卖出三百多件。")
        + wrap("卜师傅说，手艺有人接，他心里就踏实了。")
        + "\n镇上新开一家农家书屋\n本报记者　柏　溪\n\n"
        + wrap("岚山镇第一家农家书屋本周开放，三千多册图书全部由县图书馆配送。")
        + wrap("书屋每天开放到晚上八点，村民可以凭身份证免费借阅。")
    )


@pytest.mark.parametrize(
    "writer_line",
    ["本报记者　龙小舟　文并摄", "融媒体记者　龙小舟　文／图", "本報記者　龍小舟　文並攝", "龙小舟　文", "特约撰稿　龙小舟", "本报特约撰稿人：龙小舟"],
)
def test_the_writers_line_under_the_head_is_the_byline(writer_line):
    articles = clean_text(page_with(writer_line)).articles
    story = articles[0]
    assert (story.kicker, story.title) == (None, "竹编老艺人的新徒弟")
    assert story.byline == writer_line and not story.captions
    assert len(story.paragraphs) == 3
    assert [a.title for a in articles[1:]] == ["镇上新开一家农家书屋"]


def test_a_head_about_a_contributing_writer_is_still_a_head():
    page = page_with("本报记者　柏　溪").replace("竹编老艺人的新徒弟", "特约撰稿人的一天", 1)
    story = clean_text(page).articles[0]
    assert story.title == "特约撰稿人的一天" and story.byline is not None and "柏" in story.byline
