"""Utilities pages in Chinese: a power company's outage schedule closed by an unlabelled note,
a line to call, the company's name and its date; a water-cut notice titled by what it stops and
"通告", with heads over its rows; a utility's Q&A column whose engineer's line carries its own
label "解答：" over an answer with no "答：". Pages written for the rules (not copied from any
gold page)."""

from paperarchive.pipeline import clean_text

SCHEDULE = """岚川晚报　　2031年6月10日　星期二
第4版　民生服务

配网改造本周启动

本报记者　詹　禾

　　记者从岚川电力公司获悉，为提高城西片区供电
可靠性，公司将在本周对三条10千伏线路进行改造，
更换老化电缆，部分小区将短时停电。

　　电力公司提醒，停电期间请关闭家用电器，如遇
大风天气，作业将顺延，具体以短信通知为准。

岚川电力公司停电安排

日期　时间　停电区域　线路
6月12日　8:00—15:00　梧桐小区　10kV梧桐线
6月13日　9:00—16:00　西关街南段　10kV西关线
6月15日　8:30—14:30　河湾新村　10kV河湾线
如遇大风，作业顺延。
供电咨询：0736-5528814

岚川电力公司

2031年6月9日

岚川晚报社出版　　新闻热线：0736-5520000
"""

NOTICE = """南洲晨报　　2031年4月2日　星期三
第8版　社区

换装供水管　9个花园停水一天

　　（巴生1日讯）南洲水务公司将在本周六更换
巴生一段老化的供水管，9个花园将停水约24小时。

　　水务公司发言人说，这段水管已经用了三十多年，
今年已经爆管两次，这次将换上新的钢管。

停水通告

　　为进行供水管更换工程，以下地区将于4月5日
上午8时至4月6日上午8时停止供水：

受影响花园

班达马兰花园　丽阳花园　新港花园
福安花园　金星花园　绿野花园

水车供水点

丽阳花园民众会堂
新港巴刹停车场

　　恢复供水后，水质可能较为浑浊，请用户先放水
片刻再使用。

南洲水务有限公司

2031年3月30日

南洲晨报社　　新闻热线：03-3371 0000
"""

COLUMN = """鷺江日報　　2031年8月5日　星期二
港聞　A7

燃氣信箱
燃氣錶讀數點解咁高？

　　問：我屋企七月份嘅燃氣單用量比六月多咗
一倍，但我哋成個月都冇點煮飯。係咪個錶有問
題？要點處理？（荃灣　梁小姐）

解答：客戶關係部經理　譚家豪

　　如果抄錶職員未能入屋，燃氣單會按過往用量
計出估計讀數，下次實際抄錶後會自動調整。

　　梁小姐可以自己影低燃氣錶讀數，透過熱線提
交，我哋會按實際讀數重新計算。

鷺江日報社　　讀者熱線：2600 0000
"""


def test_a_schedules_unlabelled_note_and_line_to_call_are_its_last_rows() -> None:
    *_, schedule = clean_text(SCHEDULE).articles
    assert schedule.title == "岚川电力公司停电安排"
    assert schedule.paragraphs[-3:] == ["如遇大风，作业顺延。", "供电咨询：0736-5528814", "2031年6月9日"]
    assert schedule.byline == "岚川电力公司"


def test_a_notice_titled_by_what_it_stops_keeps_its_heads_and_rows() -> None:
    story, notice = clean_text(NOTICE).articles
    assert story.headings == []
    assert notice.title == "停水通告"
    assert notice.headings == ["受影响花园", "水车供水点"]
    assert notice.paragraphs[3:5] == ["丽阳花园民众会堂", "新港巴刹停车场"]
    assert notice.byline == "南洲水务有限公司"
    assert notice.paragraphs[-1] == "2031年3月30日"


def test_an_engineers_labelled_line_over_an_unlabelled_answer_is_the_byline() -> None:
    (column,) = clean_text(COLUMN).articles
    assert column.byline == "解答：客戶關係部經理　譚家豪"
    assert column.headings == []
    assert column.paragraphs[0].startswith("問：")
    assert len(column.paragraphs) == 3
