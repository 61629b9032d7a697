"""A Chinese head of two lines that are each two clauses a comma sets apart is a kicker over its
title, and a box's one-line head over a quotation its speaker signs is a box of its own. The pages
are written for these tests (no gold page's text)."""

from paperarchive.pipeline import clean_text

SEASON_PAGE = """江岸晚报　2027年8月8日　星期日
第7版　健康

立秋已过，早晚渐有凉意
秋燥来袭，润肺先喝白粥
本报记者　方若溪

　　立秋后空气渐干，不少市民感到口干咽
燥。市人民医院营养科主任杜明远说，这时
不必急着进补，一碗白粥、几片梨就能润肺。

　　他提醒，秋天昼夜温差大，老人和孩子
早晚出门要添一件外衣。

专家一句话

　　“秋天少吃辛辣，多喝温水，比什么补品
都强。”

——市人民医院营养科主任　杜明远

健康快讯
社区义诊本周六举行

　　本报讯　市人民医院本周六上午在江岸社
区举行义诊，专家现场量血压、测血糖。
"""


def test_two_lines_each_of_two_clauses_are_kicker_and_title_not_one_title():
    story = clean_text(SEASON_PAGE).articles[0]
    assert (story.kicker, story.title) == ("立秋已过，早晚渐有凉意", "秋燥来袭，润肺先喝白粥")
    assert story.byline == "本报记者\u3000方若溪"


def test_a_head_over_a_signed_quotation_is_a_box_of_its_own_not_a_subhead_of_the_story_above():
    story, box, brief = clean_text(SEASON_PAGE).articles
    assert story.headings == [] and story.byline == "本报记者\u3000方若溪"
    assert box.title == "专家一句话"
    assert box.paragraphs == ["“秋天少吃辛辣，多喝温水，比什么补品都强。”"]
    assert "杜明远" in box.byline
    assert brief.title == "社区义诊本周六举行"


def test_a_subhead_over_plain_text_stays_a_subhead():
    page = SEASON_PAGE.replace("　　“秋天少吃辛辣，多喝温水，比什么补品\n都强。”", "　　秋天少吃辛辣，多喝温水，比什么补品\n都强。")
    assert "专家一句话" not in [a.title for a in clean_text(page).articles]
