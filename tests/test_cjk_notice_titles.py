"""A notice printed under a Chinese story, titled by what it is about and its kind ("关于开展…的通知",
"…报名须知", "…调整公告"), is a notice of its own signed by its issuer, not a subhead of the story
above with its text run on as the story's last paragraphs. Pages written for the rule (not copied
from any gold page)."""

from functools import partial

import pytest
from conftest import farm_page_lead, hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)


def page_with(head: str, text: str, issuer: str) -> str:
    return (
        farm_page_lead()
        + f"\n{head}\n\n"
        + wrap(text)
        + "一、申报时间：3月10日至4月30日；\n二、申报地点：各乡镇农业综合服务中心。\n特此通知。\n\n"
        + f"{issuer}\n2027年3月3日\n\n"
        + "农业快讯\n县里新建三座育秧工厂\n\n"
        + wrap("本报讯　今年我县新建三座智能育秧工厂，可供应早稻秧苗两万亩，比去年多出一倍。")
    )


@pytest.mark.parametrize(
    ("head", "text", "issuer"),
    [
        ("关于开展春季农机购置补贴申报的通知", "各乡镇农业综合服务中心：为做好今年农机购置补贴工作，现将有关事项通知如下：", "青川县农业农村局"),
        ("2027年春季农机购置补贴申报须知", "为做好今年农机购置补贴工作，现将申报有关事项告知如下：", "青川县农业农村局"),
        ("關於春季農機補貼申報的公告", "為做好今年農機購置補貼工作，現將申報有關事項公告如下：", "青川縣農業局"),
    ],
)
def test_a_titled_notice_is_a_piece_of_its_own(head, text, issuer):
    articles = clean_text(page_with(head, text, issuer)).articles
    assert [a.title for a in articles] == ["全县春耕生产全面铺开", head, "县里新建三座育秧工厂"]
    assert len(articles[0].paragraphs) == 4 and not articles[0].headings
    assert articles[1].byline == issuer
    assert articles[1].paragraphs[0].startswith(text)


def test_a_subhead_that_ends_on_a_notice_word_stays_a_subhead():
    """"收到录取通知" names no notice's kind after what it is about: the story goes on under it."""
    articles = clean_text(page_with("收到录取通知", "詹国平的女儿今年考上了农业大学，她说毕业后想回到家乡。", "青川县农业农村局")).articles
    assert articles[0].title == "全县春耕生产全面铺开" and "收到录取通知" in articles[0].headings
