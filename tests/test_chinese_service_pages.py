"""Chinese service and community pages, hard-wrapped at the column: tables and lists set among
the stories, a lead story under a kicker, columns of marked items, a question for a headline,
Latin names carried over a line end, the paper's running head inside a sentence. Pages written
for the classes (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=18)

MASTHEAD = "青峰晚报　2026年3月12日　星期四　第6版　生活·服务\n\n"
# A story of a dozen lines at the page's column, as every page has one.
STORY = wrap(
    "本报讯　老城区十二条背街小巷的改造工程昨日全部完工，新铺的石板路和路灯让居民出行更加方便。"
    "改造期间，施工单位采取分段封闭、错时作业的办法，尽量减少对居民生活的影响，街坊们纷纷点赞。"
) + wrap(
    "据介绍，这次改造还同步更换了地下的供水和排水管道，解决了部分楼栋多年来水压不足、雨天积水的问题，"
    "下一步还将在小巷里增设休息座椅和晾晒架。"
)


def test_a_tables_rows_on_a_hard_wrapped_page_are_paragraphs_one_a_row():
    page = (
        MASTHEAD
        + "本周菜价\n\n"
        + "品种　　　本周　　上周\n"
        + "青菜　　　2.40　　2.60\n"
        + "土豆　　　3.10　　3.00\n"
        + "（数据来源：市物价监测中心）\n\n"
        + "出行提示\n\n"
        + "3月14日（周六）　东门大街封闭施工\n"
        + "3月15日（周日）　环城公交改线运行\n\n"
        + "春季义诊周末举行\n\n"
        + STORY
    )
    clean = clean_text(page)
    prices, notice, story = clean.articles
    assert prices.title == "本周菜价"
    assert prices.paragraphs == ["品种　　　本周　　上周", "青菜　　　2.40　　2.60", "土豆　　　3.10　　3.00"]
    assert notice.title == "出行提示" and len(notice.paragraphs) == 2
    assert story.title == "春季义诊周末举行" and story.kicker is None
    assert "（数据来源：市物价监测中心）" in clean.furniture


def test_the_pages_lead_is_a_kicker_over_its_title_unless_every_head_is_set_over_a_deck():
    page = MASTHEAD + "老城背街小巷改造完工\n石板路亮起来　街坊笑开颜\n\n" + STORY
    lead = clean_text(page).articles[0]
    assert (lead.kicker, lead.title) == ("老城背街小巷改造完工", "石板路亮起来　街坊笑开颜")

    decked = page + "\n菜市场今起恢复营业\n摊位增加两成　早市延长一小时\n\n" + STORY
    first, second = clean_text(decked).articles
    assert (first.title, first.subtitle) == ("老城背街小巷改造完工", "石板路亮起来　街坊笑开颜")
    assert (second.title, second.subtitle) == ("菜市场今起恢复营业", "摊位增加两成　早市延长一小时")


def test_a_latin_word_carried_to_the_next_line_does_not_end_the_paragraph():
    """"San" fitted on the line, "Bernardino" would not have (a 20-character column): the short
    line is the paragraph's, not a subhead."""
    page = (
        MASTHEAD
        + "乡贤回乡捐建图书室\n\n"
        + hard_wrapped("本报讯　老城区十二条背街小巷的改造工程昨日全部完工，新铺的石板路和路灯让居民出行更加方便。改造期间，施工单位采取分段封闭、错时作业的办法，尽量减少对居民生活的影响，街坊们纷纷点赞。", width=20)
        + "　　捐资发起人、美国加州（San\n"
        + "Bernardino）同乡会会长李国华今年七十岁，\n"
        + "他说家乡的孩子应当有书可读。\n"
    )
    article = clean_text(page).articles[0]
    assert article.paragraphs[-1] == "捐资发起人、美国加州（San Bernardino）同乡会会长李国华今年七十岁，他说家乡的孩子应当有书可读。"
    assert article.headings == []


def test_each_marked_item_of_a_column_is_an_article_of_its_own():
    page = (
        MASTHEAD
        + "老城背街小巷改造完工\n\n"
        + STORY
        + "\n社区传真\n\n"
        + "◆东湖社区开办老年书法班\n"
        + wrap("东湖社区日前开办老年书法班，三十多位老人报名参加，每周上课两次。")
        + "◆西岭社区增设快递驿站\n"
        + wrap("西岭社区新设的快递驿站本周投入使用，居民下楼就能取件。")
    )
    articles = clean_text(page).articles[1:]
    assert [a.title for a in articles] == ["东湖社区开办老年书法班", "西岭社区增设快递驿站"]
    assert [len(a.paragraphs) for a in articles] == [1, 1]


def test_the_papers_running_head_inside_a_sentence_is_furniture():
    page = (
        "青峰侨报\n2026年3月12日　星期四　第6版　海外乡情\n\n"
        + "侨胞捐建乡村医务室\n\n"
        + "　　旅居海外的乡亲近日捐资二十万元，为\n"
        + "青峰侨报　2026.3.12　海外乡情\n"
        + "村里建起了一间医务室。\n"
        + STORY
    )
    clean = clean_text(page)
    assert clean.articles[0].paragraphs[0] == "旅居海外的乡亲近日捐资二十万元，为村里建起了一间医务室。"
    assert "青峰侨报　2026.3.12　海外乡情" in clean.furniture


def test_a_question_set_between_its_kicker_and_the_byline_is_the_title():
    page = (
        MASTHEAD
        + "网购退货屡遭拒绝\n"
        + "七天无理由退货，为何这么难？\n"
        + "本报记者　周　明\n\n"
        + STORY
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title) == ("网购退货屡遭拒绝", "七天无理由退货，为何这么难？")
    assert len(article.paragraphs) == 2
