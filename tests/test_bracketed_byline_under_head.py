"""A reporter's credit in brackets ("（本报记者　X）", "（记者　X　通讯员　Y）") set close between a
Chinese headline and the text under it is the story's byline: not its title, with the headline
pushed up to be its kicker. Pages written for the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)


@pytest.mark.parametrize("credit", ["（本报记者　柯　岚）", "（记者　柯岚　通讯员　伍小舟）", "(本报记者 柯岚)"])
def test_a_bracketed_credit_under_a_head_is_its_byline(credit):
    articles = clean_text(
        "沙洲日报　2026年12月14日　星期一　第3版　经济\n\n"
        f"港口集装箱吞吐量创新高\n{credit}\n"
        + wrap("今年前十一个月，沙洲港完成集装箱吞吐量一百二十万标箱，同比增长一成六，提前一个月完成全年目标。")
        + wrap("港务集团负责人说，新开通的三条外贸航线贡献了近三成的增量，冷链集装箱增长最快。")
        + wrap("明年，港口将建成两个自动化泊位，年吞吐能力再增加四十万标箱。")
        + "\n县域电商销售额突破百亿\n本报记者　梅　岩\n"
        + wrap("全县今年电商销售额突破一百亿元，柑橘、茶叶和竹制品是网上卖得最好的三类产品。")
        + wrap("县里在每个乡镇建了电商服务站，帮助农户拍照、上架和发货。")
    ).articles
    story = articles[0]
    assert (story.kicker, story.title) == (None, "港口集装箱吞吐量创新高")
    assert story.byline is not None and "柯" in story.byline
    assert len(story.paragraphs) == 3 and articles[1].title == "县域电商销售额突破百亿"
