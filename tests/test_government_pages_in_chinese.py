"""A box with heads inside glued under a story on a Chinese politics page: a short label (a kind,
"任命" / "免去"; a day with its weekday, "3月5日（星期三）") over rows of a short first cell, a
full-width space and the item, closed by a bracketed note row. The box's head is its title, the
labels its headings, each row a paragraph, and no label is a byline. Pages written for the class
(a county congress's agenda, a district's appointments list), not copied from any gold page."""

from paperarchive.pipeline import clean_text

AGENDA = (
    "桐溪日报　　2029年3月4日　星期日\n"
    "第3版　时政　　责任编辑：郝　敏\n\n"
    "县人大会议后天召开\n"
    "本报记者　乔　岚\n\n"
    "　　桐溪县第九届人民代表大会第二次会议将于3\n"
    "月6日至8日在县会堂召开。县人大常委会办公室\n"
    "介绍，各代表团已完成分组，会务准备就绪。\n\n"
    "　　会议将审议县政府工作报告和财政预算报告，\n"
    "选举补选的县人大常委会委员。\n"
    "会议日程\n\n"
    "3月6日（星期二）\n\n"
    "上午　开幕会，听取县政府工作报告\n"
    "下午　各代表团审议县政府工作报告\n\n"
    "3月7日（星期三）\n\n"
    "上午　听取财政预算报告\n"
    "下午　补选县人大常委会委员\n\n"
    "3月8日（星期四）\n\n"
    "上午　闭幕会\n"
    "（具体安排以会务组通知为准）\n\n"
    "桐溪日报社出版　　新闻热线：0571-3300125\n"
)

APPOINTMENTS = (
    "岚山日报　2029年9月14日　星期五\n"
    "第5版　人大之窗　　责任编辑：钟　韵\n\n"
    "区人大常委会举行第八次会议\n"
    "　　本报讯（记者　汪　岩）岚山区人大常委会第\n"
    "八次会议昨天上午举行，会议听取了区政府关于\n"
    "农贸市场改造情况的报告，决定任免一批国家机关\n"
    "工作人员。\n\n"
    "　　会议要求有关部门在年底前完成全部改造，\n"
    "并向区人大常委会书面\n\n"
    "岚山日报·人大之窗\n\n"
    "报告。\n"
    "岚山区人大常委会任免名单\n\n"
    "任命\n\n"
    "邹海平　区财政局局长\n"
    "任佳颖　区民政局局长\n\n"
    "免去\n\n"
    "马文涛　区财政局局长职务\n"
    "（2029年9月13日常委会第八次会议通过）\n\n"
    "岚山日报社出版　　新闻热线：0577-8812600\n"
)


def test_an_agenda_box_glued_under_a_story_keeps_its_day_heads_as_headings():
    story, box = clean_text(AGENDA).articles
    assert story.title == "县人大会议后天召开"
    assert story.paragraphs[-1].endswith("选举补选的县人大常委会委员。")
    assert box.title == "会议日程"
    assert box.headings == ["3月6日（星期二）", "3月7日（星期三）", "3月8日（星期四）"]
    assert box.paragraphs == [
        "上午　开幕会，听取县政府工作报告",
        "下午　各代表团审议县政府工作报告",
        "上午　听取财政预算报告",
        "下午　补选县人大常委会委员",
        "上午　闭幕会",
        "（具体安排以会务组通知为准）",
    ]
    assert (box.kicker, box.byline) == (None, None)


def test_an_appointments_list_reads_its_kinds_as_headings_not_as_a_byline():
    story, box = clean_text(APPOINTMENTS).articles
    assert story.title == "区人大常委会举行第八次会议"
    assert box.title == "岚山区人大常委会任免名单"
    assert box.headings == ["任命", "免去"]
    assert box.byline is None
    assert box.paragraphs == [
        "邹海平　区财政局局长",
        "任佳颖　区民政局局长",
        "马文涛　区财政局局长职务",
        "（2029年9月13日常委会第八次会议通过）",
    ]
    assert story.paragraphs[-1].endswith("并向区人大常委会书面报告。")
    # one label over its rows is no box of heads: left alone
    assert all(not a.headings for a in clean_text(APPOINTMENTS.replace("\n免去\n\n", "\n")).articles)

