"""A Chinese page's editor credit set a wide space beside the page's section or a hotline, and a
list's note on its order in brackets under its last row. A page written for the classes (not
copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

PAGE = (
    "江州晚报　2026年12月2日　星期三　第9版\n"
    "文化·旅游　　责任编辑：柯　蓝\n\n"
    "古镇戏台重新开锣\n"
    "本报记者　宁　远\n"
    + wrap("修缮一新的清水镇古戏台昨晚重新开锣，越剧团带来的三出折子戏吸引了上千名观众。")
    + wrap("戏台始建于清代，去年因屋架腐朽停用，今年镇里筹资一百二十万元完成修缮。")
    + "\n光荣榜\n"
    "本年度优秀文化志愿者\n"
    "王小梅　　清水镇文化站　　312小时\n"
    "刘建国　　东门社区　　286小时\n"
    "陈　静　　江州市图书馆　　240小时\n"
    "（按姓氏笔画为序）\n\n"
    "冬游江州推出十条线路\n"
    + wrap("市文旅局近日推出十条冬季旅游线路，涵盖温泉、古镇和非遗体验。")
    + "\n读者热线：0576-88012345　　本版校对：方　舟\n"
)


def test_an_editor_credit_beside_the_section_or_a_hotline_is_furniture():
    page = clean_text(PAGE)
    assert "文化·旅游" in page.furniture and "读者热线：0576-88012345" in page.furniture
    assert all("责任编辑" not in p and "校对" not in p for a in page.articles for p in a.paragraphs)


def test_a_lists_note_on_its_order_is_its_last_paragraph_not_the_next_storys_kicker():
    articles = clean_text(PAGE).articles
    roll = next(a for a in articles if a.title == "本年度优秀文化志愿者")
    assert roll.paragraphs[-1] == "（按姓氏笔画为序）"
    assert roll.byline is None
    assert articles[-1].title == "冬游江州推出十条线路" and articles[-1].kicker is None


WARNING = (
    "江州晚报　2026年12月2日　星期三　第10版\n\n"
    "本周菜价小幅回落\n"
    + wrap("受近期天气转好影响，本周我市蔬菜批发价格小幅回落，大白菜、土豆等品种降幅较大。")
    + "信息来源：江州市物价监测中心\n\n"
    "消费提醒\n"
    "网购年货谨防“低价陷阱”\n"
    "本报记者　韩　露\n"
    + wrap("年关将近，不少市民开始在网上采购年货。市消保委提醒，过低的价格往往暗藏猫腻，购物前要查看店铺资质。")
)


def test_a_source_line_under_a_story_is_not_the_next_heads_kicker():
    article = clean_text(WARNING).articles[-1]
    assert article.title == "网购年货谨防“低价陷阱”"
    assert (article.kicker, article.section) == ("消费提醒", None)  # a label flush over its head (`test_column_rubrics`)
