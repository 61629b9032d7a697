"""The national and international news pages of a daily, as OCR'd text. Written in the
thirty-seventh stop's second round before its written sets (holdout91 and holdout92, asked for in
these plans) were seen, each page written here: a head and its deck flush over a wire lead that
opens on its dateline, with no blank line on the page; a caption wrapped over its agency's credit
inside a quotation; briefs signed by their agency, each its own paragraph."""

from paperarchive.pipeline import clean_text

WORLD = """THE DALE GAZETTE  Wednesday, 3 May 2028  Page 12  World
Ceasefire holds on second day
Talks to resume in Geneva on Friday
GENEVA, May 2 (Reuters) - A ceasefire
between the two sides held for a second
day on Tuesday, and mediators said talks
would resume on Friday.
"Both delegations have agreed to come
back to the table," a spokesman for the
A mediator arrives at the talks on
Tuesday. REUTERS/Anna Keller
mediators said.
How we got here
March 2: fighting breaks out in the north
March 20: first talks collapse
April 28: ceasefire agreed in Geneva
World briefs
TOKYO - Japan's central bank left rates
unchanged on Tuesday, as expected. (AP)
LIMA - Peru's congress approved a new
budget after a week of debate. (AFP)
"""


def test_a_head_and_deck_flush_over_a_wire_dateline_lead_are_its_title_and_subtitle():
    story = clean_text(WORLD).articles[0]
    assert (story.title, story.subtitle) == ("Ceasefire holds on second day", "Talks to resume in Geneva on Friday")
    assert story.paragraphs[0].startswith("GENEVA, May 2 (Reuters) - A ceasefire between the two sides")


def test_a_caption_whose_last_line_holds_a_word_before_the_agencys_credit_is_lifted_whole():
    story = clean_text(WORLD).articles[0]
    assert story.paragraphs[1] == '"Both delegations have agreed to come back to the table," a spokesman for the mediators said.'
    assert [(c.text, c.credit) for c in story.captions] == [("A mediator arrives at the talks on Tuesday.", "REUTERS/Anna Keller")]


def test_briefs_signed_by_their_agency_are_a_paragraph_each():
    briefs = clean_text(WORLD).articles[-1]
    assert briefs.title == "World briefs"
    assert [p.split(" - ")[0] for p in briefs.paragraphs] == ["TOKYO", "LIMA"]


ZH_WORLD = """青禾日报　2028年5月3日　星期三　第8版　国际
停火协议进入第二天
新华社日内瓦5月2日电（记者　万　川）
冲突双方停火协议2日进入第二天，调
停方表示，和谈将于本周五在日内瓦恢复。
　　调停方发言人说：“双方代表团都已
同意重返谈判桌。”
大事记
3月2日　北部爆发冲突
3月20日　首轮谈判破裂
4月28日　双方在日内瓦达成停火
国际简讯
■日本央行2日宣布维持利率不变。
（据新华社）
■秘鲁国会经过一周辩论通过新预算。
（据新华社）
"""


def test_chinese_briefs_on_their_bullets_closed_by_their_source_are_a_paragraph_each():
    briefs = clean_text(ZH_WORLD).articles[-1]
    assert briefs.title == "国际简讯"
    assert len(briefs.paragraphs) == 2 and briefs.paragraphs[1].startswith("■秘鲁国会")
