"""The credit a Chinese paper sets under a table or a forecast box: where its figures come from,
saying when in brackets ("数据来源：县供销合作社（3月2日）"), or which office issued it, with no date
("青川县气象台发布"). Either closes its box: it is neither the kicker nor the section of the box or
the story under it. The source line under the rows is the table's last paragraph, the office's
line a credit (tests/gold/README.md). Pages written for the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import farm_page_lead, hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)


def page_with(source: str, issuer: str) -> str:
    return (
        farm_page_lead()
        + "\n农资行情\n县城主要农资门市价\n\n"
        + "品名　　　　规格　　　价格（元/袋）\n复合肥　　　50公斤　　165\n尿素　　　　40公斤　　118\n水稻种子　　1公斤　　　62\n\n"
        + f"{source}\n\n未来三天农业气象\n\n"
        + "5日　多云　最低气温6℃\n6日　小雨　最低气温5℃\n7日　阴转晴　最低气温7℃\n\n"
        + f"{issuer}\n\n农业快讯\n县里新建三座育秧工厂\n\n"
        + wrap("本报讯　今年我县新建三座智能育秧工厂，可供应早稻秧苗两万亩，比去年多出一倍。")
    )


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("数据来源：青川县供销合作社（3月2日）", "青川县气象台发布"),
        ("資料來源：青川縣農會（截至3月2日）", "青川縣氣象站發布"),
        ("（数据来源：县农资公司）", "青川县水文站　发布"),
    ],
)
def test_a_box_credit_is_no_label_of_the_next_box(source, issuer):
    page = clean_text(page_with(source, issuer))
    articles = page.articles
    assert [a.title for a in articles] == ["全县春耕生产全面铺开", "县城主要农资门市价", "未来三天农业气象", "县里新建三座育秧工厂"]
    assert articles[2].kicker is None and articles[2].section is None
    assert articles[3].section in (None, "农业快讯") and articles[3].kicker in (None, "农业快讯")
    assert articles[1].paragraphs[-1] == source and issuer in page.furniture
    assert not any(issuer in p for a in articles for p in a.paragraphs)


@pytest.mark.parametrize("head", ["新版城市规划发布", "全市首批低空航线发布"])
def test_a_head_ending_on_published_is_no_credit(head):
    """A head that says something was published names no office that issued a box."""
    articles = clean_text(page_with("数据来源：县农资公司", "青川县气象台发布").replace("未来三天农业气象", head)).articles
    assert head in [a.title for a in articles]
