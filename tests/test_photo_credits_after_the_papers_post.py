"""A photo's credit naming the photographer after the paper's post, in brackets, as Singapore and
Malaysian papers print it ("（本报摄影　林晓岚）"), set under a caption dropped into a sentence: the
caption's credit, and the sentence runs on past both (classify.PHOTO_CREDIT). A page written for
the class (not from any gold page)."""

from paperarchive.classify import PHOTO_CREDIT
from paperarchive.pipeline import clean_text

_PAGE = (
    "南岛晨讯\n2027年6月9日　星期三　　第6版　法庭\n\n"
    "法庭新闻\n男子借出户头被判监\n本报记者　林晓岚\n\n"
    "　　一名男子为赚取300元，把银行户头借给陌生人，昨天被判坐牢八周。\n\n"
    "　　男子昨早到庭时，\n\n"
    "被告在律师陪同下到庭。\n"
    "（本报摄影　何志明）\n\n"
    "一直低头不语。\n\n"
    "南岛晨讯　　新闻热线：6555 0123\n"
)


def test_the_papers_photographer_credits_the_caption():
    story = clean_text(_PAGE).articles[0]
    assert [(c.text, c.credit) for c in story.captions] == [("被告在律师陪同下到庭。", "（本报摄影　何志明）")]
    assert "男子昨早到庭时，一直低头不语。" in story.paragraphs


def test_a_sentence_naming_the_post_is_no_credit():
    assert PHOTO_CREDIT.match("（本报摄影展今日开幕）") is None
