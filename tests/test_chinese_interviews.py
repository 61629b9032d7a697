"""A Chinese interview page prints the reporter's questions as "记者：…？" paragraphs between the
answers: text of one story, never bylines that each open a new one. Page written for the rule
(not copied from any gold page)."""

from paperarchive.classify import classify_block
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text

INTERVIEW = """\
对话社区图书馆馆长林秋月
“书架离家近了，孩子就来了”

本报记者　方　远

　　去年以来，城南街道把图书馆开进了十个小区。
记者日前专访了馆长林秋月。

　　记者：为什么要把图书馆开进小区？

　　林秋月：以前孩子们去市图书馆，要坐四十分钟
公交车，很多家长没有时间陪。书架放在楼下，孩子
放学就能来。

　　记者：运营的费用从哪里来？

　　林秋月：街道出场地，区图书馆配书，志愿者轮
流值班，一年下来花费并不多。

　　记者：下一步有什么打算？

　　林秋月：明年想再开五个点，还要办周末读书会。
"""


def test_the_reporters_questions_are_paragraphs_of_the_interview():
    articles = clean_text(INTERVIEW).articles
    assert len(articles) == 1
    paragraphs = articles[0].paragraphs
    assert "记者：为什么要把图书馆开进小区？" in paragraphs
    assert "记者：下一步有什么打算？" in paragraphs
    assert paragraphs[-1] == "林秋月：明年想再开五个点，还要办周末读书会。"


def test_a_reporter_named_after_a_colon_is_still_a_byline():
    kinds = [classify_block(Block((text,), 1)).kind for text in ("记者：方远", "本报记者：方　远", "记者：运营的费用从哪里来？")]
    assert kinds == [Kind.BYLINE, Kind.BYLINE, Kind.BODY]


def test_an_answer_an_engine_read_with_ascii_commas_ending_on_tu_is_no_photo_credit():
    # Tesseract reads "，" as "," and "：" as ":"; a 答 ending on 圖 ("睇圖", read a drawing) is
    # the interview's text, and the 問 over it no caption.
    page = (
        "紮鐵老師傅：行業要靠年輕人接棒\n"
        "\n"
        "問:你當年點樣入行?\n"
        "答:我十六歲跟阿叔落地盤,最初冇人教你睇圖\n"
        "\n"
        "問:而家學徒同以前有乜唔同?\n"
        "答:而家啲後生讀書多,識用電腦,學得好快。\n"
    )
    article = clean_text(page).articles[0]
    assert article.captions == []
    assert "答:我十六歲跟阿叔落地盤,最初冇人教你睇圖" in article.paragraphs + article.headings


def test_a_headline_ending_on_tu_is_no_photo_credit():
    page = (
        "老師傅教後生睇圖\n"
        "記者　麥穎詩\n"
        "　　在地盤紮了四十年鐵，葉錦泉今年六十二歲，仍然每星期有三晚到工會上課，\n"
        "教年輕學徒睇圖、計料。他說，行業缺人，最怕手藝斷層。\n"
    )
    article = clean_text(page).articles[0]
    assert (article.title, article.captions) == ("老師傅教後生睇圖", [])


# A title set as two phrases over its deck naming the kind of piece and whom it is about, no ——.
TITLE_OVER_GENRE_DECK = """\
一条渡船　摆了三十年
对话船工梁水根
本报记者　庞　舟
　　梁水根在河口摆渡三十年，每天来回十二趟，
风雨无阻。
　　记者：桥修好以后还摆渡吗？
　　梁水根：不摆了，可我还想每天来河边看一看。
"""


def test_a_genre_line_under_a_two_phrase_title_is_its_deck():
    article = clean_text(TITLE_OVER_GENRE_DECK).articles[0]
    assert (article.kicker, article.title, article.subtitle) == (None, "一条渡船　摆了三十年", "对话船工梁水根")
