"""A Chinese box's list of labelled rows set flush under its title, neither indented nor under a
colon ("云岭街道：莫小禾、邝文彬", one row a line, three or more), is the box's paragraphs,
one a row: not the head stack of the story under it. Two such lines may still be a head's kicker
and title. Pages written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)

STORY = (
    "老茶厂变身文创园\n本报记者　邬　晴\n\n"
    + wrap("建于上世纪六十年代的云岭茶厂，经过两年改造，本月起以文创园的面貌向市民开放，园区保留了三座老厂房和一台蒸汽烘干机。")
    + wrap("园区负责人介绍，目前已有二十多家设计工作室和书店入驻，周末还有手工集市。")
    + wrap("不少老茶厂职工带着家人回来参观，在老厂房前合影留念。")
    + wrap("区文旅局表示，明年将在园区旁新建一座茶文化博物馆，展出茶厂留下的老设备和老照片。")
)
NEXT = (
    "\n山区小学用上直播课堂\n本报记者　邬　晴\n\n"
    + wrap("从本学期起，全县十二所山区小学接入城区学校的直播课堂，山里的孩子也能和城里孩子同上一堂英语课、音乐课。")
    + wrap("县教育局说，直播设备由企业捐赠，每所学校配有一名技术员。")
)


def test_flush_rows_under_a_box_title_are_its_paragraphs():
    box = "\n年度“最美志愿者”名单\n云岭街道：莫小禾、邝文彬\n茶山街道：骆思远、甘晓棠\n溪口镇：韦宁\n"
    articles = clean_text("云岭日报　2027年4月16日　星期五　第3版　城乡\n\n" + STORY + box + NEXT).articles
    assert [a.title for a in articles] == ["老茶厂变身文创园", "年度“最美志愿者”名单", "山区小学用上直播课堂"]
    listing, after = articles[1], articles[2]
    assert [p[:4] for p in listing.paragraphs] == ["云岭街道", "茶山街道", "溪口镇："]
    assert (after.section, after.kicker) == (None, None) and after.byline is not None


def test_two_labelled_heads_stay_a_kicker_and_a_title():
    heads = "\n专家：春季是过敏高发期\n医生：出门戴好口罩\n本报记者　邬　晴\n\n"
    page = "云岭日报　2027年4月16日　星期五　第3版　城乡\n\n" + STORY + heads + wrap("入春以来，市人民医院过敏门诊的就诊人数比上月多了近一半，以花粉过敏为主。")
    article = clean_text(page).articles[-1]
    assert article.title is not None and "医生" in article.title
