"""Heads over rows in Chinese boxes glued under a story: a mobile library's stops, each stop's
name a head over its date-and-hours rows (one stop with a single row); a sports club's thanks
notice named by its kind alone, glued under the story's last line, signed and dated, with a
donors' list glued under its date over its unit line, two donors a row; a clinic fund's yearly
accounts whose unit line stands under the table's title over the heads 收入 / 支出; a recruitment
box whose head stands over numbered duties under its labelled row.
Pages written for the rules (not copied from any gold page)."""

from paperarchive.api import clean_file

LIBRARY = """桐江日报　　2034年9月6日　星期三
第5版　文化生活　　责任编辑：柯　苒

流动图书车开进乡村　借书不用跑县城
本报记者　邵　芃

　　县图书馆的两辆流动图书车本月起开进各乡镇，
每车装书三千多册，村民凭身份证就能办卡借书。

　　馆长蒲晓岚说，去年全县新办借书证的村民不到
五百人，“路远是最大的难处，书车开到家门口，大
家借书就方便了。”
九月流动图书车停靠点
石桥镇文化站
9月12日（周二）　9:00—15:00
9月19日（周二）　9:00—15:00
龙口村村委会
9月14日（周四）　8:30—14:30
白沙中学门口
9月16日（周六）　10:00—16:00
9月23日（周六）　10:00—16:00
注：借期30天，可在任一停靠点还书。

桐江日报社　　读者热线：0577-6612034
"""

THANKS = """渠州日报　　2034年3月9日　星期四
第8版　体育公益　　责任编辑：冉　荻

少儿足球训练营开营　器材全靠社会捐赠
本报记者　向　蕙

　　市青少年足球协会的公益训练营昨天在城南体育
场开营，来自山区学校的六十名孩子将在这里训练
两个月，食宿和器材全部免费。

　　协会负责人史国栋说，训练营的球鞋、球衣和足
球都是社会各界捐赠的，“孩子们第一次穿上新球
鞋，一个个高兴得不得了。”
鸣谢

　　少儿公益训练营筹备以来，得到社会各界爱心企
业和个人的大力支持。渠州市青少年足球协会谨向
各位捐赠者致以诚挚谢意！捐赠芳名刊登如下。

渠州市青少年足球协会

2034年3月8日
公益训练营捐赠芳名

单位：元
渠州钢铁公司　80000　城南商会　50000
明远体育用品店　26000　市第二中学　18500
唐德明　10000　无名氏　6000
合计　190500

渠州日报社出版　　新闻热线：0818-2236510
"""

ACCOUNTS = """溪口日报　　2034年2月15日　星期三
第6版　民生　　责任编辑：苏　蘅

乡村诊所基金公布账目　去年结余四百多万元
本报记者　汤　蕾

　　溪口乡村诊所互助基金日前公布上年度账目。去
年基金共收入一千零二十多万元，大部分用于添置
诊疗设备和补贴乡村医生。

　　基金秘书长卢建华说，今年将再为十个村卫生室
配齐设备，“每一笔支出都有凭证，欢迎查阅。”

乡村诊所互助基金年度账目
单位：元
收入
社会捐赠　8,512,300
政府补助　1,600,000
收入合计　10,112,300
支出
设备购置　3,840,200
医生补贴　1,950,600
支出合计　5,790,800
本年结余　4,321,500

溪口日报社　　读者热线：0571-6658230
"""

RECRUIT = """岭南晚报　　2034年5月10日　星期三
第7版　社区周刊　　责任编辑：戚　沅

社区食堂缺帮手　招募长者助餐志愿者
本报记者　温　茵

　　东湖街道的长者食堂开办半年，每天为三百多名
老人供应午餐，其中八十多人行动不便，需要送餐
上门。

　　食堂负责人邝志远说，目前送餐全靠两名工作人
员，“中午一个钟头要送几十户，实在跑不过来，
很需要热心人

岭南晚报·社区周刊

帮忙。”
长者食堂志愿者招募

招募人数：20名，身体健康

服务内容

1.协助分餐、打饭；
2.为行动不便的老人送餐上门；
3.餐后清洁餐桌和餐具。

服务时间：每周一至周五11:00—13:00
报名方式：到东湖街道社区服务中心登记

岭南晚报社出版　　新闻热线：0762-3318806
"""


def _articles(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return clean_file(str(path)).page.articles


def test_stop_heads_over_date_rows_are_headings_of_the_schedule(tmp_path) -> None:
    story, schedule = _articles(tmp_path, LIBRARY)
    assert story.headings == []
    assert schedule.title == "九月流动图书车停靠点"
    assert schedule.headings == ["石桥镇文化站", "龙口村村委会", "白沙中学门口"]
    assert "9月14日（周四）　8:30—14:30" in schedule.paragraphs  # the stop's one row, a row of its own


def test_thanks_notice_glued_under_a_story_is_signed_dated_and_the_list_its_own(tmp_path) -> None:
    story, notice, donors = _articles(tmp_path, THANKS)
    assert story.paragraphs[-1].endswith("高兴得不得了。”")
    assert notice.title == "鸣谢"
    assert notice.byline == "渠州市青少年足球协会"
    assert notice.paragraphs[-1] == "2034年3月8日"
    assert donors.title == "公益训练营捐赠芳名"
    assert donors.kicker is None
    assert donors.paragraphs[:2] == ["单位：元", "渠州钢铁公司　80000　城南商会　50000"]


def test_unit_line_under_a_tables_title_over_income_and_spending_heads_is_a_row(tmp_path) -> None:
    *_, table = _articles(tmp_path, ACCOUNTS)
    assert table.title == "乡村诊所互助基金年度账目"
    assert table.subtitle is None
    assert table.headings == ["收入", "支出"]
    assert table.paragraphs[:2] == ["单位：元", "社会捐赠　8,512,300"]


def test_head_over_numbered_duties_in_a_recruitment_box_is_its_heading(tmp_path) -> None:
    story, box = _articles(tmp_path, RECRUIT)
    assert box.title == "长者食堂志愿者招募"
    assert box.headings == ["服务内容"]
    assert box.paragraphs[:2] == ["招募人数：20名，身体健康", "1.协助分餐、打饭；"]
    assert box.paragraphs[-1] == "报名方式：到东湖街道社区服务中心登记"
