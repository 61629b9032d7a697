"""A Chinese page's foot line giving its desk's hotline, then its other contacts (the address, an
e-mail), then the proofreader's or the editor's credit, is page furniture, whether the number is
written whole or, as Hong Kong and Macau papers print it, in two halves a space apart; it is not the
last story's paragraph. Pages written for the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)


def page_with(foot: str) -> str:
    return (
        "東灣日報　2026年11月18日　星期三　A7　港聞\n\n"
        "屯門河畔單車徑月底重開\n記者　彭嘉穎\n\n"
        + wrap("本報訊　屯門河畔一段單車徑完成路面翻新工程，將於本月底重新開放，沿途新增三個休憩處及飲水機。")
        + "\n"
        + wrap("負責工程的部門表示，翻新後路面更平整，夜間照明亦有改善，市民踏單車或散步都更安全。")
        + "\n港聞短訊\n長洲渡輪加開夜航\n\n"
        + wrap("本報訊　渡輪公司宣布，由下月起逢星期五及星期六加開兩班夜航，方便市民及旅客往返長洲。")
        + f"\n{foot}\n"
    )


@pytest.mark.parametrize(
    "foot",
    [
        "讀者熱線：2893 6120　　地址：東灣道18號3樓　　校對：鄧家明",
        "读者热线：0571-8866 1234　　地址：滨江路18号　　校对：钱　明",
        "港聞熱線：2893 6120　　責任編輯：鄧家明",
    ],
)
def test_the_desks_contacts_and_credit_are_furniture(foot):
    page = clean_text(page_with(foot))
    assert [a.title for a in page.articles] == ["屯門河畔單車徑月底重開", "長洲渡輪加開夜航"]
    assert len(page.articles[1].paragraphs) == 1
    assert not any("熱線" in p or "热线" in p for a in page.articles for p in a.paragraphs)
    assert any(piece.startswith(foot[:4]) for piece in page.furniture)


def test_contacts_with_no_credit_stay_with_their_item():
    """An item's own number and address, with no staff credit after them, are its text."""
    foot = "報名熱線：2893 6120　　地址：東灣道18號3樓"
    page = clean_text(page_with(foot))
    assert page.articles[-1].paragraphs[-1] == foot


def test_a_branch_offices_telephone_line_at_the_page_foot_is_furniture():
    page = (
        "北海日报　2042年3月4日　星期二\n"
        "第5版　地方\n\n"
        "渡轮码头新增候船亭\n"
        + hard_wrapped("北海渡轮码头新增四座有顶候船亭，方便乘客避雨，下周起开放使用。", 20)
        + "\n"
        "北区办事处　　电话：04-261 3380\n"
    )
    cleaned = clean_text(page)
    assert all("办事处" not in paragraph for article in cleaned.articles for paragraph in article.paragraphs)
    assert "北区办事处　　电话：04-261 3380" in cleaned.furniture


def test_the_papers_name_over_a_short_service_hotline_is_furniture():
    page = clean_text(
        "湄江晚报\n2026年5月6日　星期三　　第5版　城事\n\n"
        "老城区新增两处公厕\n本报记者　季　远\n\n"
        + wrap("本报讯　老城区本月新建的两处公厕已投入使用，都配有无障碍厕位和母婴室。")
        + "\n\n湄江晚报社　　读者热线：96555\n"
    )
    (story,) = page.articles
    assert story.paragraphs[-1].endswith("母婴室。")
    assert any("读者热线：96555" in line for line in page.furniture)
