"""A Chinese notice printed on a news page is signed under its text by the office that issues it,
named by its kind ("…教育局", "…图书馆", "…派出所", "…卫健委", "…居委会", "…编辑部", "…组委会",
"…文明办", two offices side by side), often with the date under the name: the signer is the
notice's byline, not the kicker of the story under it. Pages written for the rule (not copied
from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=21)


def page_signed(issuer: str, dated: bool) -> str:
    return (
        "槐州都市报　2027年5月20日　星期四　第7版\n社区·服务　　编辑：蒲　然\n\n"
        "槐园夜市重新开张\n本报记者　龚小川\n\n"
        + wrap("停业半年的槐园夜市上周五重新开张，一百二十个摊位全部换上了统一的遮阳棚和垃圾桶，开张当晚人气旺盛。")
        + wrap("市场管理方说，夜市每晚十点半收市，收市后半小时内清扫完毕。")
        + "\n端午文化周期间临时交通管制的通告\n"
        + wrap("五月二十二日至二十四日，槐州市区将举办端午民俗文化周系列活动，届时部分路段实行临时交通管制，请市民提前规划出行路线，给您带来不便，敬请谅解。")
        + issuer
        + "\n"
        + ("2027年5月19日\n" if dated else "")
        + "\n龙舟训练基地迎来新队员\n本报记者　龚小川\n\n"
        + wrap("槐江上的龙舟训练基地本周迎来三十多名新队员，他们大多是附近村里的年轻人。")
        + wrap("基地教练说，新队员要先练两个月的划桨基本功，才能上船参加合练。")
    )


@pytest.mark.parametrize(
    "issuer",
    ["槐州市文化广电旅游局", "槐州市图书馆", "槐江路派出所", "槐州市卫健委", "东门社区居委会", "槐州都市报编辑部",
     "槐州端午文化周组委会", "槐州市文明办", "槐州市民政局　槐州市财政局"],
)
@pytest.mark.parametrize("dated", [True, False])
def test_an_office_signing_a_notice_is_its_byline(issuer, dated):
    articles = clean_text(page_signed(issuer, dated)).articles
    assert [a.title for a in articles] == ["槐园夜市重新开张", "端午文化周期间临时交通管制的通告", "龙舟训练基地迎来新队员"]
    notice, after = articles[1], articles[2]
    assert notice.byline == issuer and len(notice.paragraphs) == 1
    assert after.kicker is None and after.section is None and after.byline == "本报记者　龚小川"


def test_a_question_ending_on_ban_is_no_office():
    page = page_signed("", False).replace("敬请谅解。\n", "敬请谅解。\n\n孩子沉迷手机怎么办\n", 1)
    articles = clean_text(page).articles
    assert "孩子沉迷手机怎么办" not in [a.byline for a in articles]
