"""Chinese feature pages, hard-wrapped at the column: a guide's entries (each a name, one
labelled line, a paragraph) beside the small ads they resemble, a poem set one line to a
paragraph under its title, a list signed by the bodies that issued it. Pages written for the
classes (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=18)

MASTHEAD = "临川晚报　2026年4月18日　星期六　B6　周末·生活\n\n"
# A story of a dozen lines at the page's column, as every page has one.
STORY = wrap(
    "本报讯　城南老菜市改造后昨天重新开张，一百二十个摊位全部入场，早上七点就挤满了买菜的街坊。"
    "改造期间，菜市场加装了排风和地面排水，摊位之间的通道也拓宽了一倍，雨天再也不会满地泥水。"
) + wrap(
    "据介绍，菜市场还新设了农户自产自销区，附近村里的菜农每天清晨可以免费进场摆摊，"
    "街坊们买到的蔬菜更新鲜，价格也比超市便宜一些。"
)


def entry(name: str, facts: str, text: str) -> str:
    return f"■{name}\n\n\u3000\u3000{facts}\n\n" + wrap(text) + "\n"


GUIDE = (
    "周末去哪儿\n\n"
    + entry("青石巷茶馆", "地址：青石巷22号　　人均：35元", "百年老宅改的茶馆，午后有评弹演出，一壶本地绿茶能坐一下午。")
    + entry("河埠头面馆", "地址：沿河东路9号　　人均：18元", "只卖三种浇头，雪菜肉丝面最受欢迎，上午十点前常常排队。")
    + entry("陶家馄饨", "地址：县前街41号　　人均：12元", "皮薄馅大，汤里放一把虾皮和紫菜，老顾客都要加一勺辣油。")
)


def test_a_guides_entries_are_stories_under_its_name_not_small_ads():
    clean = clean_text(MASTHEAD + GUIDE + "城南老菜市重新开张\n\n" + STORY)
    *entries, story = clean.articles
    assert [a.title for a in entries] == ["青石巷茶馆", "河埠头面馆", "陶家馄饨"]
    assert all(a.section == "周末去哪儿" for a in entries)
    assert entries[0].paragraphs == ["地址：青石巷22号　　人均：35元", "百年老宅改的茶馆，午后有评弹演出，一壶本地绿茶能坐一下午。"]
    assert story.title == "城南老菜市重新开张" and story.section is None
    assert not any("地址" in line for line in clean.furniture)


def test_small_ads_with_an_address_are_still_paid_notices():
    ads = "诚聘\n\n临川物流诚聘货车司机3名\n月薪6500元起，包住宿\n地址：城北物流园8号\n电话：0794-8812 3456\n\n"
    clean = clean_text(MASTHEAD + ads + "城南老菜市重新开张\n\n" + STORY)
    assert [a.title for a in clean.articles] == ["城南老菜市重新开张"]
    assert "地址：城北物流园8号" in clean.furniture


def test_a_map_named_over_a_box_is_its_name_not_a_photo_credit():
    box = "城区骑行路线图\n\n" + wrap("地铁3号线全长二十六公里，共设车站十九座，其中换乘站五座，预计明年底开通运营。")
    clean = clean_text(MASTHEAD + box + "\n城南老菜市重新开张\n\n" + STORY)
    assert clean.articles[0].title == "城区骑行路线图"
    assert not any(c.credit == "城区骑行路线图" for a in clean.articles for c in a.captions)


POEM = "职工书屋\n春耕\n\u3000\u3000布谷鸟叫醒了山坡，\n\u3000\u3000犁铧翻开一冬的沉默。\n\u3000\u3000父亲把种子撒下去，\n\u3000\u3000也把一年的盼头撒下去。\n农机站　罗春燕\n\n"


def test_a_poem_set_one_line_to_a_paragraph_keeps_its_lines_as_paragraphs():
    poem = clean_text(MASTHEAD + "城南老菜市重新开张\n" + STORY + "\n" + POEM).articles[-1]
    assert poem.title == "春耕" and poem.subtitle is None and poem.headings == []
    assert poem.paragraphs == ["布谷鸟叫醒了山坡，", "犁铧翻开一冬的沉默。", "父亲把种子撒下去，", "也把一年的盼头撒下去。"]
    assert poem.byline == "农机站　罗春燕"


def test_a_list_signed_by_the_bodies_that_issued_it_has_them_for_its_byline():
    honours = "三月份安全生产先进个人\n\u3000\u3000机修车间：刘长贵　秦小梅\n\u3000\u3000运输队：彭建华\n\u3000\u3000仓库：孙玉兰　郑　强\n厂工会　厂安全科\n\n"
    clean = clean_text(MASTHEAD + honours + "城南老菜市重新开张\n" + STORY)
    listing, story = clean.articles
    assert listing.title == "三月份安全生产先进个人" and listing.byline == "厂工会　厂安全科"
    assert story.title == "城南老菜市重新开张" and story.kicker is None


def test_a_results_lists_rows_of_labelled_fields_are_paragraphs_one_a_row():
    rows = [
        "第一项　男子一百米决赛　冠军：张明　成绩：11秒82",
        "第二项　女子跳远决赛　冠军：李晓雨　成绩：5米06",
        "第三项　男子铅球决赛　冠军：欧阳磊　成绩：12米40",
    ]
    clean = clean_text(MASTHEAD + "运动会成绩\n\n" + "\n".join(wrap(row) for row in rows) + "\n城南老菜市重新开张\n\n" + STORY)
    listing, story = clean.articles
    assert listing.title == "运动会成绩" and listing.paragraphs == rows
    assert story.title == "城南老菜市重新开张"


def test_text_set_flush_after_a_break_goes_on_the_paragraph_above_though_a_sentence_ended():
    broken = (
        wrap("老菜市的摊主大多在这里做了二十多年生意，改造期间他们被安置在临时大棚里，照样每天开门迎客。")
        + "\nB6　周末·生活　2026年4月18日\n\n"
        + "王阿姨说，新摊位亮堂多了，回头客\n也比以前多。\n\n"
    )
    page = MASTHEAD + "春季兰花展周末开幕\n\n" + STORY + "\n城南老菜市重新开张\n\n" + STORY + "\n"
    story = clean_text(page + broken).articles[-1]
    assert story.paragraphs[-1] == (
        "老菜市的摊主大多在这里做了二十多年生意，改造期间他们被安置在临时大棚里，照样每天开门迎客。"
        "王阿姨说，新摊位亮堂多了，回头客也比以前多。"
    )
    lead = clean_text(page + "本报讯　城东花鸟市场本周末举办春季兰花展，\n展出各地兰花三百余盆。\n").articles
    assert lead[0].paragraphs[-1].startswith("据介绍") and "本报讯　城东花鸟市场本周末举办春季兰花展，展出各地兰花三百余盆。" in lead[-1].paragraphs


def test_a_standfirst_set_across_the_columns_between_headline_and_byline_is_the_deck():
    feature = (
        "对话守林人张德顺\n“这片林子，我看了三十年”\n"
        + "三十年前，张德顺接过父亲的巡山工具。如今，他守护的林区从没发生过一起山火。近日，记者随他走了一趟巡山路。\n"
        + "本报记者　冯　岚\n\n"
        + STORY
    )
    story = clean_text(MASTHEAD + feature).articles[0]
    assert story.title == "“这片林子，我看了三十年”" and story.subtitle.startswith("三十年前，张德顺接过父亲的巡山工具。")
    assert story.paragraphs[0].startswith("本报讯　城南老菜市")
