"""A contributed piece (a 理论 or 法治 page's) is signed under its head by the college, court or
institute its writer works at and the writer's name: "澄州师范学院马克思主义学院　鲍清远". The
line is the byline, not the title with the head pushed up to its kicker, nor the opening words
of the text when an engine read it into the text's region without its space. Pages written for
the rule, not copied from any gold page."""

from functools import partial

from conftest import hard_wrapped
from test_engine_geometry import paddle

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks, clean_text

wrap = partial(hard_wrapped, width=20)

FIRST = (
    "数字乡村建设不是简单地把设备搬进村里，而是要让村民真正用得上、用得好。一些地方建了平台却少有人用，"
    "原因往往在于脱离了群众的实际需要。"
)
FIRST_ON = "建设数字乡村，要从村民最常办的事情做起，把线上办事和线下帮办结合起来，让老人也能跟上。"
SECOND = "近年来，一些网络平台以“先享后付”为名诱导年轻人超前消费，由此引发的纠纷明显增多。消费者应当量力而行，理性消费。"


def _page(first_writer: str, second_writer: str) -> str:
    return (
        "澄州日报　2027年3月9日　星期二　第11版　理论\n\n"
        "让数字乡村建设接地气\n"
        f"{first_writer}\n\n"
        + wrap(FIRST)
        + wrap(FIRST_ON)
        + "\n“先享后付”背后的法律风险\n"
        + f"{second_writer}\n\n"
        + wrap(SECOND)
    )


def test_a_contributors_college_and_name_under_the_head_are_the_byline():
    articles = clean_text(_page("澄州师范学院马克思主义学院　鲍清远", "澄州市南湖区人民检察院　祁　岚")).articles
    assert [a.title for a in articles] == ["让数字乡村建设接地气", "“先享后付”背后的法律风险"]
    assert [a.kicker for a in articles] == [None, None]
    assert articles[0].byline is not None and "鲍清远" in articles[0].byline
    assert articles[1].byline is not None and "岚" in articles[1].byline


def test_a_head_that_names_a_college_stays_a_head():
    page = "澄州日报　2027年3月9日　星期二　第3版　教育\n\n开学第一课\n澄州大学新生军训今日开营\n本报记者　祁　岚\n\n" + wrap(SECOND)
    article = clean_text(page).articles[0]
    assert "澄州大学新生军训今日开营" in (article.kicker, article.title) and article.byline is not None and "祁" in article.byline


def test_a_contributors_line_an_engine_read_into_the_text_is_the_byline():
    """RapidOCR stacks the contributor's line (its space dropped) and the text under it into one
    region, under the head in headline type."""
    text = ["数字乡村建设不是简单地把设备搬", "进村里，而是要让村民真正用得上", "、用得好。一些地方建了平台却少", "有人用，原因往往在于脱离了群众", "的实际需要。"]
    rows = [("澄州日报", 90, 20, 400, 80), ("让数字乡村建设接地气", 90, 110, 800, 170)]
    stack = ["澄州师范学院马克思主义学院鲍清远", *text]
    rows += [(line, 90 + (30 if k == 1 else 0), 195 + 45 * k, 570, 225 + 45 * k) for k, line in enumerate(stack)]
    article = clean_blocks(read_blocks("page.json", paddle(rows))).articles[0]
    assert article.title == "让数字乡村建设接地气", (article.kicker, article.title)
    assert article.byline is not None and "鲍清远" in article.byline
    assert article.paragraphs[0].startswith("数字乡村建设"), article.paragraphs
