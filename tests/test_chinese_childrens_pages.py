"""A children's page (少儿版) hard-wrapped at its column, prose indented: a rhyme set flush under
its title and byline, a box's label set flush on the question it answers, the page's call for
entries signed by its editors. Pages written for the classes (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

MASTHEAD = "临川晚报　2026年3月4日　星期三\n第6版　童心园　　　　责任编辑：方小禾\n\n"
STORY = (
    "春天来到植物园\n\n"
    + wrap("上周六，我和同学们跟着老师来到城西植物园，看见桃花开得正红，柳树也冒出了嫩绿的小芽，湖边的鸭子在水里游来游去。")
    + "\n"
    + wrap("讲解员阿姨告诉我们，植物园里有一千多种植物，有的从很远的地方搬来，要细心照顾才能在这里安家。")
    + "\n"
)
RHYME = "春风吹\n文／唐小溪\n\n春风吹，柳条摇，\n燕子回来筑新巢。\n春风吹，花儿笑，\n小朋友们起得早。\n\n"
QUIZ = (
    "科学小问答\n蚂蚁为什么排队走路？\n\n"
    + wrap("问：下雨前，蚂蚁为什么总是排成一条长队搬家？")
    + "\n"
    + wrap("答：走在前面的蚂蚁会在路上留下一种气味，后面的蚂蚁闻着这种气味跟上，队伍就排得整整齐齐。")
    + "\n"
)


def test_a_rhyme_set_flush_under_its_title_keeps_each_line_a_paragraph():
    rhyme = clean_text(MASTHEAD + STORY + RHYME + QUIZ).articles[1]
    assert rhyme.title == "春风吹" and rhyme.byline == "文／唐小溪"
    assert rhyme.paragraphs == ["春风吹，柳条摇，", "燕子回来筑新巢。", "春风吹，花儿笑，", "小朋友们起得早。"]


def test_a_boxs_label_set_flush_on_its_question_is_no_stanza_under_a_rhyme():
    quiz = clean_text(MASTHEAD + STORY + RHYME + QUIZ).articles[-1]
    assert quiz.title == "蚂蚁为什么排队走路？" and "科学小问答" in (quiz.section, quiz.kicker)
    assert quiz.paragraphs[0] == "问：下雨前，蚂蚁为什么总是排成一条长队搬家？"

CALL = (
    "小画家征集令\n\n"
    + wrap("你喜欢画画吗？本版面向全市幼儿园大班和小学一二年级的小朋友征集春天主题的图画作品，入选作品将在本版刊登。")
    + "\n本版编辑\n\n本版投稿邮箱：tongxin@lcwb.example.cn\n"
)


def test_the_pages_call_for_entries_heads_a_story_signed_by_its_desk():
    clean = clean_text(MASTHEAD + STORY + RHYME + QUIZ + CALL)
    quiz, call = clean.articles[-2:]
    assert quiz.headings == [] and quiz.paragraphs[-1].startswith("答：")
    assert call.title == "小画家征集令" and call.byline == "本版编辑"
    assert call.paragraphs == ["你喜欢画画吗？本版面向全市幼儿园大班和小学一二年级的小朋友征集春天主题的图画作品，入选作品将在本版刊登。"]
    assert "本版投稿邮箱：tongxin@lcwb.example.cn" in clean.furniture


def test_a_pupils_name_class_and_school_under_a_story_title_are_its_byline():
    page = MASTHEAD + "小鸭子过河\n孟小河　二年级（1）班　临川市西湖小学\n\n" + wrap("早上，鸭妈妈带着三只小鸭子来到河边，小鸭子一只跟着一只跳进水里，游到了对岸。") + "\n"
    story = clean_text(page).articles[0]
    assert story.title == "小鸭子过河" and story.byline == "孟小河　二年级（1）班　临川市西湖小学"


def test_a_pen_pals_column_of_name_and_age_heads_is_one_article_under_its_label():
    column = "交朋友\n\n田甜（9岁）\n\n" + wrap("我喜欢跳绳和唱歌，想找一个爱唱歌的好朋友。") + "\n" + "马小跃（10岁）\n\n" + wrap("我家养了两只小兔子，欢迎爱小动物的朋友给我写信。") + "\n"
    article = clean_text(MASTHEAD + STORY + column).articles[-1]
    assert article.title == "交朋友" and article.headings == ["田甜（9岁）", "马小跃（10岁）"]


def test_a_poems_title_glued_under_a_storys_last_sentence_heads_the_poem():
    poem = "月亮船\n弯弯的月亮，\n像一只小船，\n载着星星，\n慢慢回家。\n"
    articles = clean_text(MASTHEAD + STORY.rstrip("\n") + "\n" + poem).articles
    assert articles[-1].title == "月亮船" and articles[0].paragraphs[-1].endswith("才能在这里安家。")


def test_a_poem_of_two_stanzas_signed_flush_right_keeps_its_stanzas_and_its_poet():
    poem = "星星\n星星眨眼睛，\n挂在天上，\n不说话。\n\n月亮出来了，\n星星躲起来，\n我也睡着了。\n" + "　" * 12 + "三年级（5）班　白小溪\n"
    quiz = "想一想\n1．5加6等于几？\n2．一天有几个小时？\n答案：1.11　2.24\n"
    articles = clean_text(MASTHEAD + STORY + "\n" + poem + quiz).articles
    assert articles[1].title == "星星" and articles[1].byline == "三年级（5）班　白小溪"
    assert articles[1].paragraphs == ["星星眨眼睛，\n挂在天上，\n不说话。", "月亮出来了，\n星星躲起来，\n我也睡着了。"]
    assert articles[2].title == "想一想" and not articles[2].kicker


def test_a_young_artists_drawing_dropped_into_a_sentence_is_a_caption_over_its_credit():
    story = "小鸭子过河\n孟小河　二年级（1）班　临川市西湖小学\n\n　　早上，鸭妈妈带着三只小鸭子来到河边，\n\n图：《过河》　田甜（8岁）\n（家长提供）\n\n小鸭子一只跟着一只跳进水里。\n"
    article = clean_text(MASTHEAD + story).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("图：《过河》　田甜（8岁）", "（家长提供）")]
    assert article.paragraphs == ["早上，鸭妈妈带着三只小鸭子来到河边，小鸭子一只跟着一只跳进水里。"]


def test_a_secondary_pupils_name_class_and_school_under_an_essay_title_are_its_byline():
    for signed in ("严小川　初三（2）班　临川市第五中学", "林书宁　高一理班　临川县华文独立中学", "邱心怡　國一仁班　臨川縣東山國中"):
        page = MASTHEAD + "雨后的操场\n" + signed + "\n\n" + wrap("下午的雨停了，操场上积了好几个小水洼，同学们绕着水洼跑完了八百米。") + "\n"
        story = clean_text(page).articles[0]
        assert story.title == "雨后的操场" and story.byline == signed


def test_a_column_of_club_notices_under_its_label_is_one_article_with_their_heads():
    column = (
        "社团风采\n\n围棋社\n\n" + wrap("每周二下午在图书馆三楼活动，欢迎新同学来下棋。")
        + "\n管乐团\n\n" + wrap("本月二十日在礼堂排练，请带好乐器和谱架。")
        + "\n秋季越野赛\n\n" + wrap("比赛定于十月十日上午举行，报名请找班主任。") + "\n"
    )
    article = clean_text(MASTHEAD + STORY + "\n" + column).articles[-1]
    assert article.title == "社团风采" and article.headings == ["围棋社", "管乐团", "秋季越野赛"]
    assert len(article.paragraphs) == 3
