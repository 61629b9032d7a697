"""Older written gold pages' shapes lifted again by general rules (fixold60): a Chinese head of
two flush lines straight over its byline is the kicker over the title, not one title; a notice's
date set mid-page at the paragraph indent under its last paragraph is the notice's last
paragraph, not the page's date; a Latin head glued under a story's last sentence
over text set apart opens a piece of its own. Pages written for the rules (not copied from any
gold page)."""

from paperarchive.pipeline import clean_text

TWO_LINE_HEAD = (
    "澄江晚报\u30002028年4月9日\u3000星期日\n"
    "第5版\u3000民生·社区\u3000\u3000\u3000责任编辑：邝\u3000岚\n\n"
    "老街修鞋铺开了四十年\n"
    "一双旧皮鞋又能穿三年\n"
    "本报记者\u3000卓\u3000然\n\n"
    "\u3000\u3000早上八点，南门老街的修鞋铺准时开门。七十岁的\n"
    "侯师傅戴上老花镜，把一双磨破了后跟的皮鞋夹上铁\n"
    "砧，钉钉子、上胶、打磨，不到半小时就修好了。\n\n"
    "\u3000\u3000“这双鞋是老主顾的，穿了十年舍不得扔。”侯师傅\n"
    "说，修一次鞋只收二十元，街坊们都愿意来。\n\n"
    "社区开设老年书法班\n\n"
    "\u3000\u3000本报讯\u3000南门社区本周起开设老年书法班，每周二、\n"
    "周四上午授课，报名免费。\n"
)

NOTICE_DATES = (
    "岚州日报\u3000第9版\u3000公告·综合\n"
    "2028年3月2日\u3000星期四\n\n"
    "岚州市供水公司停水通知\n"
    "\u3000\u3000因管网改造施工，3月5日8时至18时，城东片区将暂\n"
    "停供水，请用户提前储水。\n"
    "\u3000\u3000咨询电话：0739-5521100\n"
    "\u3000\u30002028年3月1日\n\n"
    "岚州市防汛抗旱指挥部关于开展汛前检查的通告\n"
    "\u3000\u3000为做好今年防汛准备工作，全市将于3月10日前完成\n"
    "水库、堤防和排涝设施的汛前检查。\n"
    "\u3000\u3000特此通告。\n"
)

GLUED_HEAD = (
    "DE STEINBACH POST   Dunnadach, 9. Moaz 2028   Sied 6\n\n"
    "Margret Klassen\n"
    "1941–2028\n\n"
    "Margret Klassen wea dän 2. Juni 1941 en Rosenort jebuare, aus de\n"
    "dredde Dochta von Peeta en Anna Klassen. See haft dreessich Joa en\n"
    "de Rosenorta School jeleat en em Kjoakjeschoa jesunge.\n\n"
    "Em Joa 1963 haft see Jakob Penner jefrieet. Dee hauden fief Kjinja,\n"
    "fieftien Grootkjinja en dree Uagrootkjinja, en see wiare aule fa\n"
    "ar en fa ar Goade ut Rosenort.\n\n"
    "See es dän 4. Moaz 2028 stelle tus en Rosenort jestorwe.\n"
    "Trurenfia\n\n"
    "De Trurenfia es Sinnowent, dän 11. Moaz, Klock 2 nomeddach en de\n"
    "Rosenorta Kjoakj. No de Fia jeft daut Meddach em Kjoakjesaul.\n"
)


def test_two_flush_head_lines_over_the_byline_are_the_kicker_and_the_title():
    story, brief = clean_text(TWO_LINE_HEAD).articles
    assert story.kicker == "老街修鞋铺开了四十年"
    assert story.title == "一双旧皮鞋又能穿三年"
    assert brief.title == "社区开设老年书法班"


def test_a_notice_date_mid_page_is_the_notice_last_paragraph():
    page = clean_text(NOTICE_DATES)
    water, flood = page.articles[:2]
    assert water.paragraphs[-1] == "2028年3月1日"
    assert flood.title == "岚州市防汛抗旱指挥部关于开展汛前检查的通告"
    assert "2028年3月1日" not in page.furniture
    assert not water.headings


def test_a_head_glued_under_a_story_over_text_set_apart_opens_its_own_piece():
    obituary, service = clean_text(GLUED_HEAD).articles
    assert obituary.title == "Margret Klassen"
    assert not obituary.headings
    assert service.title == "Trurenfia"
    assert service.paragraphs[0].startswith("De Trurenfia es Sinnowent")
