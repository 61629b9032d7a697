"""The text of every holdout175 page, written once: make_holdout175_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-170 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here the Q&A's foot signature,
its byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules); `"runin"` runs a brief's bold head into its
first line (holdout161's); `Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's
labelled item set solid, and the notice's foot, the issuer and the date each set flush right.
Every page is a transport and roads page: a report on a new bus route, a bridge reopening or road works (kicker,
title, byline, a driver's or commuter's words cut by the running head, a caption with its credit inside a
sentence), a timetable or route-change table under its label (a header row on some pages, a note line under the
rows), a boxed traffic notice between two rule lines (road, section, dates and hours, the detour; the issuing office
and date flush right at its foot), a motorist's or commuter's Q&A answered by an official and signed at its foot,
and three travel briefs run in on bold heads. Weekdays and sums are computed and asserted. All papers, companies,
routes, offices, people, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    aligned,
    boxed_notice,
    english,
    ordered,
    runin_briefs,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúäëöüʉ"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker):
    """The report: kicker, title, byline (as printed, then the name), caption and credit."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def table(label, rows, note, glued=False):
    """A timetable or route-change table under its label: the label is the title, one paragraph per printed row
    (the header row and the note line under the rows included)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows] + [("row", note)]}
    if glued:
        art["glued"] = True
    return art


def qa(label, title, body, signature, names, glued=False):
    """A Q&A column: the label its kicker (section accepted), the question's head its title, the answering
    official's foot signature its byline as printed (the name alone accepted), never a paragraph."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def zh_page(name, encoding, not_in, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule):
    return {"name": name, "encoding": encoding, "not_in": not_in, "newline": newline, "script": "zh", "width": width,
            "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [], "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False, runin=" – "):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the three briefs' ` – `
    run-in joins are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [runin] * 3}


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper: a new bus route to three northern estates; the timetable glued under the report's last
#    line (header row, note); a night closure notice; the Q&A glued under the box's foot rule; three briefs.
DAY1 = date(2043, 3, 20)
SIGN1, FROM1, TO1 = date(2043, 3, 18), date(2043, 3, 23), date(2043, 4, 30)
ordered(SIGN1, DAY1, FROM1, TO1)
LEGS1 = [4.6, 3.9, 5.3]
assert round(sum(LEGS1), 1) == 13.8
ROUTE1_PAGE = zh_page(
    "zh_gbk_crlf_city_transport_page_new_bus_route_northern_estates_report_kicker_byline_caption_credit_running_head_driver_midquote_glued_timetable_header_note_night_closure_box_glued_signed_qa_runin_briefs",
    "gbk", [], "\r\n", 21, True,
    "溱浦晚报 2043-03-20 第7版 城市交通 (a city evening paper's transport page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A report on a new bus route to three northern estates (kicker `新线开通`, title with a full-width "
    "gap, byline line, a caption and its credit inside a sentence, a driver's “” words cut by the running head before "
    f"`放心。”`; {' + '.join(map(str, LEGS1))} = {sum(LEGS1):.1f} 公里, asserted); then, **with no blank line under the "
    "report's last line**, the timetable `新线运营时刻` (a header row `线路　起点　终点　首班　末班`, three rows, the note "
    "`注：…`); a night closure notice between two rule lines (labelled items set solid, the office and date flush "
    "right); then, **with no blank line under the box's foot rule**, the Q&A `出行问答` signed at its foot by an "
    "official; three briefs under `出行提示` run in on their heads.",
    DAY1, "7", ["溱浦晚报", f"2043年3月20日　{weekday(DAY1)}　　第7版　城市交通　　编辑：聂　筠"],
    ["溱浦晚报社　　新闻热线：0571-8830476"],
    ["溱浦晚报", "2043年3月20日", weekday(DAY1), "第7版", "城市交通", "编辑：聂　筠", "溱浦晚报·城市交通",
     "溱浦晚报社", "新闻热线：0571-8830476"], "溱浦晚报·城市交通", ZH_RULE21)
ROUTE1_PAGE["articles"] = [
    report(["新线开通", "867路今起通车　城北三小区不再绕行", "本报记者　阮　漪"], "867路今起通车　城北三小区不再绕行",
           ["本报记者　阮　漪", "阮　漪", "阮漪"], ["首班车驶出芦荡新村首末站。"], ["（本报记者　阮　漪　摄）"],
           [f"今天清晨6时，公交867路从芦荡新村首末站发出首班车。新线经过芦荡新村、栖霞苑和桂岸小区，三段路程分别为"
            f"{LEGS1[0]}公里、{LEGS1[1]}公里和{LEGS1[2]}公里，全程{sum(LEGS1):.1f}公里，终点设在火车东站。",
            "过去，三个小区的居民要步行一公里多才能坐上公交车。{cap}首班车上，二十多位乘客大多是赶早班的上班族。",
            "驾驶员邬长林开了十九年公交，他说：“这条路上坡多、弯道多，我们提前跑了两个星期，每个站点都记在心里，"
            "乘客可以{run}放心。”"], "新线开通"),
    table("新线运营时刻", ["线路　起点　终点　首班　末班", "867路　芦荡新村　火车东站　6:00　21:30",
                     "867区间　栖霞苑　火车东站　6:30　19:00", "852路（调整）　桂岸小区　市民中心　6:10　20:40"],
          "注：节假日867区间停开，867路发车间隔为15分钟。", glued=True),
    boxed_notice(ROUTE1_PAGE, ZH_RULE21, "夜间封闭施工通告",
           ["路段：滨湖大道（望江路口至梅林路口）北侧两条车道", f"时间：{FROM1.month}月{FROM1.day}日（{zhou(FROM1)}）至"
            f"{TO1.month}月{TO1.day}日（{zhou(TO1)}），每日22时至次日5时", "绕行：北行车辆请经望江路、梅林路绕行，公交"
            "站点临时南移50米。"], "溱浦市公安局交通警察支队", f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    qa("出行问答", "公交卡丢了，余额还能找回吗？", [
        "问：我上周在地铁站丢了一张记名公交卡，卡里还有一百多元。补办一张新卡，旧卡里的钱能转过来吗？",
        "答：记名卡挂失后，余额可以转到新卡上。请带上身份证到任意一个公交服务网点办理挂失，七个工作日后再来领新卡。"
        "不记名的卡无法挂失，建议平时把卡绑定到手机上。",
    ], "溱浦公交集团客服中心　主任　柏晓岚", ["柏晓岚"], glued=True),
    *runin_briefs("出行提示", [
        ("学生乘车半价", "本市中小学生凭学生卡乘坐公交车享受半价，寒暑假照常优惠。"),
        ("失物招领", "公交集团失物招领处设在火车东站公交枢纽二楼，每天8时至18时开放，乘客可凭有效证件认领。"),
        ("渡轮冬季班次", "溱江渡口冬季班次从每小时两班减为一班，末班船提前到18时30分。"),
    ], "　"),
]


# 2. GB18030 county daily: a river bridge reopened after repair; the route-change table without a header; a
#    market-day diversion notice; the Q&A; three briefs. Indent-only, nothing glued.
RARE = "\u3d72"  # 㵲, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2043, 11, 6)
SIGN2, FROM2, TO2 = date(2043, 11, 3), date(2043, 11, 10), date(2043, 11, 28)
ordered(SIGN2, DAY2, FROM2, TO2)
DECK2, RAIL2, LIGHT2 = 386, 74, 40
assert DECK2 + RAIL2 + LIGHT2 == 500
BRIDGE2_PAGE = zh_page(
    "zh_gb18030_lf_county_roads_page_river_bridge_reopens_report_kicker_rare_char_bridge_name_byline_caption_credit_running_head_commuter_midquote_indent_only_route_change_table_no_header_note_market_diversion_box_signed_qa_runin_briefs",
    "gb18030", ["gbk"], "\n", 21, False,
    f"荻川日报 2043-11-06 第3版 交通与道路 (a county daily's roads page; `{RARE}` U+3D72, CJK Extension A, in the "
    f"bridge's name `{RARE}溪大桥`; in GB18030, not in GBK), LF; **indent-only paragraphs**, wrapped at 21. A report "
    "on a river bridge reopened after eight months' repair (kicker `大桥复通`, title, byline line, a caption and its "
    "credit inside a sentence, a commuter's “” words cut by the running head before `回来了。”`; "
    f"{DECK2} + {RAIL2} + {LIGHT2} = 500 万元, asserted); then, after a blank line, the route-change table `公交线路恢复` "
    "(**no header row**, three rows, the note `注：…`); a market-day diversion notice between two rule lines; the "
    "Q&A `车主信箱` signed at its foot; three briefs under `出行服务` run in on their heads.",
    DAY2, "3", ["荻川日报", f"2043年11月6日　{weekday(DAY2)}　　第3版　交通与道路"],
    ["荻川日报社　　地址：荻川县城关镇文庙街9号　　邮编：336412"],
    ["荻川日报", "2043年11月6日", weekday(DAY2), "第3版", "交通与道路", "荻川日报·交通与道路", "荻川日报社",
     "地址：荻川县城关镇文庙街9号", "邮编：336412"], "荻川日报·交通与道路", ZH_RULE21)
BRIDGE2_PAGE["articles"] = [
    report(["大桥复通", f"{RARE}溪大桥修好了　八个月后重新通车", "本报记者　蓝　棠"],
           f"{RARE}溪大桥修好了　八个月后重新通车", ["本报记者　蓝　棠", "蓝　棠", "蓝棠"],
           ["复通后的大桥上，车辆往来。"], ["（本报记者　蓝　棠　摄）"],
           [f"昨天上午9时，封闭维修了八个月的{RARE}溪大桥恢复通车。这次维修更换了桥面、护栏和路灯，分别花费"
            f"{DECK2}万元、{RAIL2}万元和{LIGHT2}万元，总投资500万元，由县交通运输局组织施工。",
            "通车仪式很简单，{cap}县交通运输局的工作人员在桥头发放新的公交线路图。",
            "家住河对岸的菜农甘玉珍每天挑菜进城，她说：“封桥这半年多，我要多绕十几里路去渡口坐船。今天一早"
            "骑上三轮车，十分钟就到了菜场，老路终于{run}回来了。”"], "大桥复通"),
    table("公交线路恢复", ["3路　城关汽车站　石塘村　恢复原线路，经大桥", "7路　城关汽车站　枫林镇　恢复原线路，经大桥",
                     "12路　县医院　河东工业园　取消临时绕行"], "注：以上线路自11月7日起恢复，票价不变。"),
    boxed_notice(BRIDGE2_PAGE, ZH_RULE21, "集市日交通管制通告",
           ["路段：枫林镇老街（邮电所至供销社）", f"时间：{FROM2.month}月{FROM2.day}日至{TO2.month}月{TO2.day}日逢集日，"
            "每日6时至12时", "绕行：过境车辆请经枫林镇新街绕行，老街只许行人通过。"],
           "荻川县公安局交通管理大队", f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    qa("车主信箱", "大桥修好了，货车能走吗？", [
        "问：我开一辆十吨的货车给工业园送货，桥修好以后，货车可以上桥吗？",
        "答：大桥限载二十吨，十吨货车可以通行，但每天7时至9时、17时至19时禁止货车上桥，请避开早晚高峰。",
    ], "荻川县交通运输局　路政股股长　韦曙东", ["韦曙东"]),
    *runin_briefs("出行服务", [
        ("老人免费乘车", "年满七十周岁的老人凭身份证可免费乘坐县内公交。"),
        ("失物招领", "城关汽车站失物招领处设在售票厅东侧，电话0797-6241185。"),
        ("冬季渡船", "大桥通车后，石塘渡口渡船冬季改为每天上午、下午各开一班。"),
    ], "　"),
]


# 3. Big5 Taiwan county paper: a county road resurfaced by night; the detour table glued under the report (header
#    row); the closure notice; the Q&A glued under the box's foot rule; three briefs. Blank-line paragraphs.
DAY3 = date(2043, 8, 14)
assert DAY3.year - 1911 == 132
SIGN3, FROM3, TO3 = date(2043, 8, 11), date(2043, 8, 18), date(2043, 9, 12)
ordered(SIGN3, DAY3, FROM3, TO3)
KM3, COST3 = 6.2, 4800
ROAD3_PAGE = zh_page(
    "zht_big5_cr_taiwan_roads_page_county_road_night_resurfacing_report_kicker_byline_caption_credit_running_head_driver_midquote_glued_detour_table_header_note_closure_box_glued_signed_qa_runin_briefs",
    "big5", [], "\r", 20, True,
    "瀾埔日報 2043-08-14 (`中華民國132年8月14日`) 第A6版 交通資訊 (a county paper's page, Hsinchu county, Taiwan), "
    "Big5, **CR**; blank-line paragraphs, wrapped at 20. A report on a county road's night resurfacing (kicker "
    "`道路施工`, title with a full-width gap, byline line `記者蔡芷菱／竹東報導`, a caption and its credit inside a "
    "sentence, a bus driver's 「」 words cut by the running head before `一點。」`); then, **with no blank line under "
    "the report's last line**, the detour table `客運改道一覽` (a header row, three rows, the note `註：…`); the "
    "closure notice between two rule lines; then, **with no blank line under the box's foot rule**, the Q&A "
    "`用路人問答` signed at its foot; three briefs under `交通短訊` run in on their heads.",
    DAY3, "A6", [f"瀾埔日報　中華民國132年8月14日　{weekday(DAY3)}", "A6　交通資訊　　編輯：溫佩甄"],
    ["瀾埔日報社　讀者服務專線：(03)596-3174"],
    ["瀾埔日報", "中華民國132年8月14日", weekday(DAY3), "A6", "交通資訊", "編輯：溫佩甄", "瀾埔日報．交通資訊",
     "瀾埔日報社", "讀者服務專線：(03)596-3174"], "瀾埔日報．交通資訊", ZH_RULE20)
ROAD3_PAGE["articles"] = [
    report(["道路施工", "縣道夜間刨鋪　客運暫時改道", "記者蔡芷菱／竹東報導"], "縣道夜間刨鋪　客運暫時改道",
           ["記者蔡芷菱／竹東報導", "蔡芷菱"], ["工人連夜鋪設新的柏油路面。"], ["（記者蔡芷菱攝）"],
           [f"縣府工務處將從下週起，分段刨鋪竹東往五峰方向一段{KM3}公里的縣道，工程經費{COST3}萬元，全部在夜間施工，"
            "預計九月中旬完工。施工期間，兩條客運路線將暫時改道。",
            "工務處昨晚先在試驗路段鋪了一百公尺，{cap}路面平整後立即恢復通行。",
            "開了十二年客運的司機彭國棟說，「這條路坑洞多，下雨天最怕。改道要多開十分鐘，但路修好了，大家坐車也安穩"
            "{run}一點。」"], "道路施工"),
    table("客運改道一覽", ["路線　起點　終點　首班　末班", "K21　竹東站　清泉　5:50　19:20", "K22　竹東站　五峰　6:10　18:40",
                     "K30　竹東站　上坪　7:00　17:30"], "註：施工期間夜間班次改經中豐路，不停靠軟橋站。", glued=True),
    boxed_notice(ROAD3_PAGE, ZH_RULE20, "道路封閉公告",
           ["路段：縣道122線竹東至上坪段", f"時間：{FROM3.month}月{FROM3.day}日至{TO3.month}月{TO3.day}日，每日22時至翌日5時",
            "改道：車輛請改行中豐路及鄉道竹26線。"], "瀾埔警分局交通組", f"中華民國132年{SIGN3.month}月{SIGN3.day}日"),
    qa("用路人問答", "夜間施工，機車可以通過嗎？", [
        "問：我在工業區上大夜班，每天清晨4點騎機車回家，會經過施工路段，可以通過嗎？",
        "答：施工路段夜間全面封閉，機車也不能通行。請改走中豐路，施工路口會有義交引導，清晨5點以後即可恢復通行。",
    ], "縣府工務處養護科　科長　羅頌宇", ["羅頌宇"], glued=True),
    *runin_briefs("交通短訊", [
        ("公車票價", "縣內公車自九月起全票二十元，學生與長者半票。"),
        ("遺失物招領", "竹東轉運站遺失物招領處設在一樓服務台，每日上午8時至晚間8時受理。"),
        ("渡輪冬季班次", "離島渡輪冬季每日三班，遇東北季風停航，請先查詢。"),
    ], "　"),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese: a new green minibus route up to a hillside estate; the
#    timetable (header row); a footbridge works notice; the Q&A; three briefs. Indent-only, nothing glued.
DAY4 = date(2043, 1, 23)
SIGN4, FROM4, TO4 = date(2043, 1, 20), date(2043, 2, 2), date(2043, 3, 15)
ordered(SIGN4, DAY4, FROM4, TO4)
ADULT4, SENIOR4 = 9.6, 2
assert round(ADULT4 - SENIOR4, 1) == 7.6
MINIBUS4_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_transport_page_green_minibus_hillside_estate_cantonese_report_kicker_byline_caption_credit_running_head_driver_midquote_indent_only_timetable_header_note_footbridge_box_signed_qa_runin_briefs",
    "big5hkscs", ["cp950", "big5"], "\r\n", 20, False,
    "澄峰週報 2043-01-23 第6頁 交通出行 (an invented Hong Kong district weekly; the district 澄峰 and its estate "
    "`翠嶂邨` invented), **Big5-HKSCS** (Cantonese `嘅`, `咗`, `啲`, `嚟`: not in Big5 or cp950), CRLF; **indent-only "
    "paragraphs**, wrapped at 20. A report in Cantonese on a new green minibus route up to a hillside estate (kicker "
    "`新線開通`, title, byline line, a caption and its credit inside a sentence, a driver's 「」 words cut by the running "
    f"head before `好多。」`; {ADULT4} − {SENIOR4} = {ADULT4 - SENIOR4:.1f} 元, asserted); then, after a blank line, "
    "the timetable `小巴班次` (a header row, three rows, the note `註：…`); a footbridge works notice between two rule "
    "lines; the Q&A `街坊問交通` signed at its foot; three briefs under `出行貼士` run in on their heads.",
    DAY4, "6", [f"澄峰週報　2043年1月23日　{weekday(DAY4)}", "第6頁　交通出行"],
    ["澄峰週報社　編輯部：澄峰道八號二樓　電郵：news@chingfung.example.hk"],
    ["澄峰週報", "2043年1月23日", weekday(DAY4), "第6頁", "交通出行", "澄峰週報．交通出行", "澄峰週報社", "編輯部：澄峰道八號二樓",
     "電郵：news@chingfung.example.hk"], "澄峰週報．交通出行", ZH_RULE20)
MINIBUS4_PAGE["articles"] = [
    report(["新線開通", "翠嶂邨有小巴落山喇　街坊唔使再行斜路", "記者　麥詠渝"], "翠嶂邨有小巴落山喇　街坊唔使再行斜路",
           ["記者　麥詠渝", "麥詠渝"], ["第一班小巴喺翠嶂邨總站開出。"], ["（記者麥詠渝攝）"],
           [f"專線小巴88A號線上星期一正式開咗，由翠嶂邨直落澄峰港鐵站，全程十二分鐘。成人車費{ADULT4}元，長者用優惠"
            f"只需{SENIOR4}元，平咗{ADULT4 - SENIOR4:.1f}元。",
            "頭班車早上六點開出，{cap}車上坐滿晒返工同返學嘅街坊。",
            "司機陳志強揸咗小巴二十年，佢話：「以前啲老人家要行十五分鐘斜路先搭到巴士，而家喺樓下就上到車，"
            "方便{run}好多。」"], "新線開通"),
    table("小巴班次", ["路線　起點　終點　頭班　尾班", "88A　翠嶂邨　澄峰站　6:00　23:30", "88B　翠嶂邨　澄峰街市　7:00　20:00",
                   "88S　翠嶂邨　澄峰醫院　8:30　17:30"], "註：88S線星期日及公眾假期唔開。"),
    boxed_notice(MINIBUS4_PAGE, ZH_RULE20, "行人天橋維修通告",
           ["地點：澄峰道近澄峰站行人天橋", f"日期：{FROM4.month}月{FROM4.day}日至{TO4.month}月{TO4.day}日，每日上午9時至"
            "下午5時", "改道：行人請使用臨時過路處，輪椅使用者可經地下隧道。"], "澄峰區道路工程組",
           f"2043年{SIGN4.month}月{SIGN4.day}日"),
    qa("街坊問交通", "小巴可唔可以用八達通轉乘優惠？", [
        "問：我每朝搭88A落山，再轉巴士出市區，有冇轉乘優惠？",
        "答：有嘅。喺九十分鐘內用同一張八達通轉搭指定巴士線，第二程可減一元。詳情可以睇下車站嘅告示。",
    ], "澄峰區交通事務主任　梁嘉儀", ["梁嘉儀"]),
    *runin_briefs("出行貼士", [
        ("長者車費", "六十歲或以上人士用長者八達通，搭小巴每程兩元。"),
        ("失物認領", "88A線失物會送去翠嶂邨總站辦事處，請帶身份證明文件認領。"),
        ("冬季渡輪", "澄峰碼頭街渡冬季逢星期六、日先開，每日四班。"),
    ], "　"),
]


# 5. Malaysian (Melaka) Chinese daily, UTF-8 without BOM, LF: a river bridge reopened after widening; the bus
#    route-change table glued under the report (no header); a lane closure notice; the Q&A glued under the box's
#    foot rule; three briefs. Blank-line paragraphs.
DAY5 = date(2043, 6, 18)
SIGN5, FROM5, TO5 = date(2043, 6, 15), date(2043, 6, 22), date(2043, 7, 5)
ordered(SIGN5, DAY5, FROM5, TO5)
COST5 = [1260, 340, 180]
assert sum(COST5) == 1780
MELAKA5_PAGE = zh_page(
    "zh_utf8_nobom_lf_malaysia_melaka_roads_page_river_bridge_widened_reopens_report_kicker_byline_caption_credit_running_head_commuter_midquote_glued_route_change_no_header_note_lane_closure_box_glued_signed_qa_runin_briefs",
    "utf-8", [], "\n", 21, True,
    "甲江日报 2043-06-18 第9版 交通 (an invented Melaka Chinese daily), UTF-8 without BOM, LF; blank-line paragraphs, "
    "wrapped at 21. A report on a river bridge reopened after widening (kicker `桥梁重开`, title, byline line, a caption "
    "and its credit inside a sentence, a commuter's “” words cut by the running head before `省下来了。”`; "
    f"{' + '.join(map(str, COST5))} = {sum(COST5)} 万令吉, asserted); then, **with no blank line under the report's "
    "last line**, the route-change table `巴士路线调整` (**no header row**, three rows, the note `注：…`); a lane closure "
    "notice between two rule lines; then, **with no blank line under the box's foot rule**, the Q&A `读者问路` signed "
    "at its foot; three briefs under `出行小贴士` run in on their heads.",
    DAY5, "9", ["甲江日报", f"2043年6月18日　{weekday(DAY5)}　　第9版　交通"],
    ["甲江日报社　电邮：berita@jiajiang.example.my"],
    ["甲江日报", "2043年6月18日", weekday(DAY5), "第9版", "交通", "甲江日报｜交通", "甲江日报社", "电邮：berita@jiajiang.example.my"],
    "甲江日报｜交通", ZH_RULE21)
MELAKA5_PAGE["articles"] = [
    report(["桥梁重开", "双溪桥拓宽完工　早上塞车少一半", "本报记者　卓慧珊"], "双溪桥拓宽完工　早上塞车少一半",
           ["本报记者　卓慧珊", "卓慧珊"], ["拓宽后的双溪桥，车辆分四道行驶。"], ["（图：本报　符家铭）"],
           [f"马六甲河上游的双溪桥经过十个月拓宽，昨天起重新开放，由两条车道增加到四条。工程费用包括桥面"
            f"{COST5[0]}万令吉、引道{COST5[1]}万令吉和排水{COST5[2]}万令吉，共{sum(COST5)}万令吉。",
            "昨天上午，{cap}不少摩托车骑士停在桥头拍照。",
            "每天开车到市区上班的会计师梁淑仪说：“以前过桥要排二十分钟，今天五分钟就过了。每天来回，半个钟头就这样"
            "{run}省下来了。”"], "桥梁重开"),
    table("巴士路线调整", ["17号　巴士总站　双溪新村　恢复经双溪桥", "17A号　巴士总站　武吉园　新增班次，每30分钟一班",
                     "22号　中央市场　双溪工业区　取消绕道"], "注：以上调整自6月20日起实施。", glued=True),
    boxed_notice(MELAKA5_PAGE, ZH_RULE21, "封路通告",
           ["路段：双溪路（双溪桥至新村路口）外侧车道", f"日期：{FROM5.day}/{FROM5.month}至{TO5.day}/{TO5.month}，每日晚上10时至"
            "清晨6时", "改道：往市区车辆请改用新村路。"], "马六甲市政厅工程组", f"{SIGN5.year}年{SIGN5.month}月{SIGN5.day}日"),
    qa("读者问路", "大桥开了，为什么晚上还封路？", [
        "问：双溪桥已经开放，为什么晚上外侧车道还要封起来？",
        "答：桥面已完工，但桥头的排水沟和路灯还要收尾。晚上车少，封一条车道施工，两个星期后全面开放。",
    ], "马六甲市政厅工程组　工程师　沈国华", ["沈国华"], glued=True),
    *runin_briefs("出行小贴士", [
        ("巴士票价", "市区巴士车资一律一令吉，乐龄人士及学生免费。"),
        ("失物认领", "巴士总站失物认领柜台设在二楼，周一至周六开放。"),
        ("渡轮季风班次", "前往离岛的渡轮在季风期间每天只开两班，出发前请先查询。"),
    ], "　"),
]


# 6. UTF-16 LE city paper: a main road rebuilt in sections; the detour table glued under the report (header row);
#    a closure notice; the Q&A glued under the box's foot rule; three briefs. Indent-only and glued.
DAY6 = date(2043, 9, 9)
SIGN6, FROM6, TO6 = date(2043, 9, 7), date(2043, 9, 15), date(2043, 12, 20)
ordered(SIGN6, DAY6, FROM6, TO6)
SECTIONS6 = [1.2, 0.9, 1.5]
assert round(sum(SECTIONS6), 1) == 3.6
WORKS6_PAGE = zh_page(
    "zh_utf16le_bom_crlf_city_roads_page_main_road_rebuilt_in_sections_report_kicker_byline_caption_credit_running_head_driver_midquote_indent_only_glued_detour_table_header_note_closure_box_glued_signed_qa_runin_briefs",
    "utf-16-le", [], "\r\n", 21, False,
    "漪江日报 2043-09-09 第8版 出行 (a city daily's transport page), UTF-16 LE with BOM, CRLF; **indent-only "
    "paragraphs**, wrapped at 21. A report on a main road rebuilt in three sections (kicker `道路改造`, title, byline "
    "line, a caption and its credit inside a sentence, a taxi driver's “” words cut by the running head before "
    f"`好走。”`; {' + '.join(map(str, SECTIONS6))} = {sum(SECTIONS6):.1f} 公里, asserted); then, **with no blank line "
    "under the report's last line**, the detour table `公交绕行` (a header row, three rows, the note `注：…`); the "
    "closure notice between two rule lines; then, **with no blank line under the box's foot rule**, the Q&A "
    "`市民问交通` signed at its foot; three briefs under `便民信息` run in on their heads.",
    DAY6, "8", ["漪江日报", f"2043年9月9日　{weekday(DAY6)}　　第8版　出行　　责任编辑：鲍　苇"],
    ["漪江日报社　　热线：0591-2276604"],
    ["漪江日报", "2043年9月9日", weekday(DAY6), "第8版", "出行", "责任编辑：鲍　苇", "漪江日报·出行", "漪江日报社",
     "热线：0591-2276604"], "漪江日报·出行", ZH_RULE21)
WORKS6_PAGE["bom"] = True
WORKS6_PAGE["articles"] = [
    report(["道路改造", "樟林路分三段改造　下周一起半幅施工", "本报记者　费　沅"], "樟林路分三段改造　下周一起半幅施工",
           ["本报记者　费　沅", "费　沅", "费沅"], ["施工队在樟林路北段测量路面。"], ["（本报记者　费　沅　摄）"],
           [f"樟林路改造工程将于9月15日开工，全长{sum(SECTIONS6):.1f}公里，分北段{SECTIONS6[0]}公里、中段{SECTIONS6[1]}"
            f"公里和南段{SECTIONS6[2]}公里三段施工，每段半幅封闭、半幅通行，年底前完工。",
            "昨天，{cap}市政工程处在沿线张贴了绕行示意图。",
            "开了八年出租车的司机熊德胜说：“樟林路坑坑洼洼，下雨天积水一大片。修三个月，绕点路也值，修好了"
            "大家都{run}好走。”"], "道路改造"),
    table("公交绕行", ["线路　原走向　绕行走向　首班　末班", "41路　樟林路　梧桐路　6:00　22:00", "63路　樟林路　西河路　6:20　21:30",
                   "夜2路　樟林路　梧桐路　22:30　次日1:30"], "注：樟林路北口、中口两个站点暂停使用。", glued=True),
    boxed_notice(WORKS6_PAGE, ZH_RULE21, "半幅封闭施工通告",
           ["路段：樟林路（梧桐路口至西河路口）东半幅", f"时间：{FROM6.month}月{FROM6.day}日至{TO6.month}月{TO6.day}日，"
            "全天", "绕行：南北向车辆请经梧桐路、西河路绕行，大型货车禁止驶入。"],
           "漪江市公安局交通警察支队", f"{SIGN6.year}年{SIGN6.month}月{SIGN6.day}日"),
    qa("市民问交通", "施工期间，沿街店铺怎么进货？", [
        "问：我在樟林路开一家五金店，半幅封闭以后，送货的车还能停到门口吗？",
        "答：施工期间每天6时至8时，送货车辆可以凭通行证在西半幅临时停靠卸货。通行证请到所在街道办领取。",
    ], "漪江市市政工程处　副处长　詹立群", ["詹立群"], glued=True),
    *runin_briefs("便民信息", [
        ("公交换乘优惠", "一小时内刷同一张卡换乘公交，第二程减免一元。"),
        ("失物招领", "公交集团失物招领中心设在西河路公交枢纽，每天8时至20时开放。"),
        ("轮渡冬季时刻", "漪江轮渡自11月起执行冬季时刻，首班船推迟到6时30分。"),
    ], "　"),
]


def latin_articles(page, rep, tab, box, ask, short, glued, runin=" – ", hyph=None):
    """A Latin page's seven articles: the report, the table (glued under the report's last line if `glued`), the
    notice, the Q&A (glued under the box's foot rule if `glued`) and three briefs run in on ` – ` (on a Latin-1
    page, which has no en dash, on ` - `); `hyph` the page's own `syl()` (its language's vowels)."""
    hyph = hyph or syl
    return [report(*rep), table(*tab, glued=glued), boxed_notice(page, *box), qa(*ask, glued=glued),
            *runin_briefs(short[0], [(t, hyph(x)) for t, x in short[1]], runin)]


# 7. Tsou (Alishan, Chiayi, Taiwan), UTF-8 with BOM, CRLF: a mountain bus route extended to a village; the timetable
#    glued under the report (header row); a landslide repair closure; the Q&A glued under the box's foot rule; three
#    briefs. Blank-line paragraphs, hyphenated.
DAY7 = date(2043, 4, 22)
SIGN7, FROM7, TO7 = date(2043, 4, 20), date(2043, 4, 27), date(2043, 5, 8)
ordered(SIGN7, DAY7, FROM7, TO7)
KM7 = [18, 7]
assert sum(KM7) == 25
RULE7 = "=" * 33
TSOU_PAGE = latin_page(
    "tsu_utf8_bom_crlf_tsou_transport_page_mountain_bus_extended_to_village_report_kicker_byline_dateline_caption_credit_running_head_driver_midquote_glued_timetable_header_note_landslide_closure_box_glued_signed_qa_runin_briefs",
    "utf-8", "\r\n", 33, "", True,
    "Yupasu Hosa 2043-04-22 Page 3 (an invented weekly of Alishan, Chiayi, Taiwan; Tsou text, English furniture), "
    "UTF-8 with BOM (`ʉ “ ” – ·`), CRLF; blank-line paragraphs, wrapped at 33 with hyphenation. A report on a mountain "
    "bus route extended to a village (kicker `Basu`, title over two lines, byline line `Yainca: Avai Peongsi`, the "
    "dateline `ALISHAN –`, a caption and its credit inside a sentence, a driver's “” words cut by the running head "
    f"before `aveoveoyu.”`; {KM7[0]} + {KM7[1]} = {sum(KM7)} km, asserted); then, **with no blank line under the "
    "report's last line**, the timetable `Basu ta hosa` (a header row, columns aligned by spaces, the note `* …`); a "
    "landslide closure notice between two `=` rules; then, **with no blank line under the box's foot rule**, the Q&A "
    "`Mitmopsu ho basu` signed at its foot; three briefs under `Taini peesi` run in on ` – `.",
    DAY7, "3", [f"YUPASU HOSA · {english(DAY7)} · Page 3", "Roads · Editor: Pasuya Yakumangana"],
    ["Yupasu Hosa · hosa@yupasu.example.tw"],
    ["YUPASU HOSA", english(DAY7), "Page 3", "Roads", "Editor: Pasuya Yakumangana", "Yupasu Hosa · Roads",
     "Yupasu Hosa", "hosa@yupasu.example.tw"], "Yupasu Hosa · Roads", RULE7, 5, bom=True)
TSOU_PAGE["articles"] = latin_articles(
    TSOU_PAGE,
    (["Basu", "Basu mohcu ta hosa Lalauya,", "mameoi aveoveoyu", "Yainca: Avai Peongsi"],
     "Basu mohcu ta hosa Lalauya, mameoi aveoveoyu", ["Yainca: Avai Peongsi", "Avai Peongsi"],
     ["Basu no hosa Lalauya ta emoo."], ["Photo: Voyu Tiakiana"],
     [syl(f"ALISHAN – Basu Lalauya, {KM7[0]} km ne Chiayi, ho {KM7[1]} km ta hosa, mohcu ta {sum(KM7)} km. Mameoi "
          "ho fue'u mioci ta basu, a'o o'te tmaseoanana eemoo ta ceonu."),
      syl("Basu mohcu ta tposi, {cap}mameoi ho oko yuso mioci ne hosa."),
      syl("Basu peyonguana Mo'o Tapangu yainca: “Ceonu no hosa mayasvinana, a'o mayahe mioci ta basu ho mameoi, "
          "{run}aveoveoyu.”")], "Basu"),
    ("Basu ta hosa", aligned([("Basu", "Hosa", "Emoo", "Maitan"), ("A21", "Lalauya", "Chiayi", "06.10"),
                              ("A21S", "Lalauya", "Fenqihu", "09.30"), ("A25", "Dabang", "Chiayi", "13.40")]),
     "* Basu A21S nte mioci ta Sunday."),
    (RULE7, "Ceonu mo ahtu",
     ["Ceonu: Lalauya–Dabang, km 12 ho km 14", f"Ahtu: {english(FROM7)} ho {english(TO7)}, 09.00–16.00",
      "Mimiyo: Basu ho oto mioci ta ceonu Tefuye."], "Alishan Roads Office", f"Alishan, {SIGN7.day} April {SIGN7.year}"),
    ("Mitmopsu ho basu", "Oko ho basu, mane'e o'te fou?",
     [syl("Mitmopsu: Oko ho yuso mioci ta basu ta yupasu; ma'ezo yuso fou?"),
      syl("Yainca: Oko ne yupasu o'te fou; mameoi ho fue'u ne 65 hia pepe, o'te fou ta basu Lalauya.")],
     "Yangui Tosku, Alishan Roads Office", ["Yangui Tosku"]),
    ("Taini peesi", [("Fou ta basu", "Basu Lalauya–Chiayi, fou 120 dollar; oko ho mameoi 60 dollar."),
                     ("Ahtu no teova", "Teova ta basu, mimiyo ta Fenqihu yupasunana, ahtu 08.00–17.00."),
                     ("Ahtu no fune", "Fune ta Sun Moon Lake, ta peesi ahtu, mioci o'te sunday.")]),
    True)

# 8. Waiwai (Upper Essequibo and Rupununi, Guyana), Latin-1, CR: a creek bridge rebuilt on the Lethem road; the
#    route-change table under its label (header row, columns aligned by spaces); a bridge closure notice; the Q&A;
#    three briefs run in on ` - ` (Latin-1 has no en dash). Indent-only, not glued, hyphenated.
VOWELS8 = "aeiouï"
syl8 = partial(syllables, vowels=VOWELS8)
DAY8 = date(2043, 2, 12)
SIGN8, FROM8, TO8 = date(2043, 2, 9), date(2043, 2, 16), date(2043, 3, 6)
ordered(SIGN8, DAY8, FROM8, TO8)
COST8 = [38, 12]
assert sum(COST8) == 50
RULE8 = "-" * 36
WAIWAI_PAGE = latin_page(
    "waw_latin1_cr_waiwai_roads_page_creek_bridge_rebuilt_on_lethem_road_report_kicker_byline_dateline_caption_credit_running_head_driver_midquote_indent_only_route_change_table_header_note_bridge_closure_box_signed_qa_runin_briefs",
    "latin-1", "\r", 36, "   ", False,
    "Kaarita Wayamu 2043-02-12 Page 5 (an invented weekly of Lethem, Rupununi, Guyana; Waiwai text, English "
    "furniture), Latin-1 (`ï · « »`), CR line ends; **indent-only** paragraphs (three spaces, no blank line between "
    "them), wrapped at 36 with hyphenation. A report on a creek bridge rebuilt on the Lethem road (kicker `Yewru`, "
    "title over two lines, byline line `Kaarita: Mawasha Yakuta`, the dateline `LETHEM -`, a caption and its credit "
    "inside a sentence, a driver's «» words cut by the running head before `tawake.»`; G$ "
    f"{COST8[0]} + {COST8[1]} = {sum(COST8)} million, asserted); the route-change table `Minibus yewru` (a header row, "
    "columns aligned by spaces, the note `* …`); a bridge closure notice between two `-` rules (labelled items set "
    "solid, the office and date flush right); the Q&A `Ïwetapu ro minibus` signed at its foot; three briefs under "
    "`Mîkro kaarita` run in on ` - `.",
    DAY8, "5", [f"KAARITA WAYAMU · {english(DAY8)} · Page 5", "Roads and Rivers · Editor: Ewka Poriwo"],
    ["Kaarita Wayamu · Lethem, Rupununi · kaarita@wayamu.example.gy"],
    ["KAARITA WAYAMU", english(DAY8), "Page 5", "Roads and Rivers", "Editor: Ewka Poriwo", "Kaarita Wayamu · Roads",
     "Kaarita Wayamu", "Lethem, Rupununi", "kaarita@wayamu.example.gy"], "Kaarita Wayamu · Roads", RULE8, 5,
    runin=" - ")
WAIWAI_PAGE["articles"] = latin_articles(
    WAIWAI_PAGE,
    (["Yewru", "Yewru Moku Wïwï eraymatopo,", "minibus ïtoponaka", "Kaarita: Mawasha Yakuta"],
     "Yewru Moku Wïwï eraymatopo, minibus ïtoponaka", ["Kaarita: Mawasha Yakuta", "Mawasha Yakuta"],
     ["Yewru Moku Wïwï, ïwotamekïrï poko."], ["Foto: Kasawa Ruwepa"],
     [syl8(f"LETHEM - Yewru Moku Wïwï eraymatoponaka, G$ {COST8[0]} million kanawa poko, G$ {COST8[1]} million "
           f"tïmeenu poko: G$ {sum(COST8)} million. Minibus ïtoponaka Annai kataw, oroto mararï."),
      syl8("Tooto komo ïtoponaka yewru ratï, {cap}ïwotamekïrï kaywerye mararï."),
      syl8("Minibus tïkaretopo Yaymo Warapa ka: «Yewru wïripïrï tïweneseme, kïwewtopo komo kuranape, mïkrï "
           "{run}tawake.»")], "Yewru"),
    ("Minibus yewru", aligned([("Minibus", "Yewru", "Yatonoye", "Ewtopo"), ("R3", "Lethem", "Annai", "06.30"),
                               ("R3A", "Lethem", "Moku Wïwï", "09.00"), ("R7", "Annai", "Lethem", "14.15")]),
     "* Minibus R3A Sunday ïtopo pïra."),
    (RULE8, "Yewru katopo ïmenu",
     ["Yewru: Moku Wïwï, Lethem-Annai", f"Kamo: {english(FROM8)} - {english(TO8)}, 08.00-16.00",
      "Ïtoponaka: Minibus komo Sawariwau kataw."], "Rupununi Roads Unit", f"Lethem, {SIGN8.day} February {SIGN8.year}"),
    ("Ïwetapu ro minibus", "Minibus tïkaretopo, ïtaw ïtopo?",
     [syl8("Ïwetapu: Ïrpe Annai ewtopo, minibus R3 tïkaretopo ïtaw ïtoponaka, kïwewtopo komo enetopo?"),
      syl8("Kaarita: Minibus R3 tïkaretopo Lethem 06.30, Annai 09.30 ïtoponaka; tooto komo kaywerye yewru "
           "ratï ïtoponaka pïra.")],
     "Tawana Kirisi, Rupununi Roads Unit", ["Tawana Kirisi"]),
    ("Mîkro kaarita", [("Minibus kanawa", "Lethem-Annai kanawa G$ 2500; mïkrï komo G$ 1200 ïtoponaka."),
                       ("Yaw ïmenu", "Ïrpe tooto komo yaw ïpïnaka, Lethem ewtopo ïtaw, 08.00-15.00."),
                       ("Kanawa Essequibo", "Kanawa Essequibo poko tïkaretopo, Kurupukari kataw ïtoponaka, "
                                            "Saturday pïra.")]),
    False, runin=" - ", hyph=syl8)


# 9. Tigak (Kavieng, New Ireland, Papua New Guinea), UTF-16 BE with BOM, LF: a PMV route along the Boluminski
#    Highway extended to a village; the route-change table glued under the report (no header); a culvert works
#    closure; the Q&A glued under the box's foot rule; three briefs. Blank-line paragraphs, glued, hyphenated.
DAY9 = date(2043, 7, 10)
SIGN9, FROM9, TO9 = date(2043, 7, 7), date(2043, 7, 14), date(2043, 7, 25)
ordered(SIGN9, DAY9, FROM9, TO9)
FARE9 = [4.50, 2.00]
assert f"{sum(FARE9):.2f}" == "6.50"
RULE9 = "*" * 34
TIGAK_PAGE = latin_page(
    "tgc_utf16be_bom_lf_tigak_roads_page_pmv_route_extended_along_boluminski_highway_report_kicker_byline_dateline_caption_credit_running_head_commuter_midquote_glued_route_change_no_header_note_culvert_closure_box_glued_signed_qa_runin_briefs",
    "utf-16-be", "\n", 34, "", True,
    "Nius Tigak 2043-07-10 Page 4 (an invented weekly of Kavieng, New Ireland, Papua New Guinea; Tigak text, "
    "English furniture), UTF-16 BE with BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 34 with hyphenation. "
    "A report on a PMV route extended along the Boluminski Highway (kicker `PMV`, title over two lines, byline line "
    "`Ga tiki: Lavatu Mesak`, the dateline `KAVIENG –`, a caption and its credit inside a sentence, a commuter's “” "
    f"words cut by the running head before `mamaluana.”`; K {FARE9[0]:.2f} + K {FARE9[1]:.2f} = K {sum(FARE9):.2f}, "
    "asserted); then, **with no blank line under the report's last line**, the route-change table `Sal PMV ina "
    "kilala` (no header row, three rows ending in prose, the note `* …`); a culvert closure notice between two `*` "
    "rules; then, **with no blank line under the box's foot rule**, the Q&A `Ga kunua ta PMV` signed at its foot; "
    "three briefs under `Nius kikiri` run in on ` – `.",
    DAY9, "4", [f"NIUS TIGAK · {english(DAY9)} · Page 4", "Transport · Editor: Salome Tarangau"],
    ["Nius Tigak · Kavieng, New Ireland · nius@tigak.example.pg"],
    ["NIUS TIGAK", english(DAY9), "Page 4", "Transport", "Editor: Salome Tarangau", "Nius Tigak · Transport",
     "Nius Tigak", "Kavieng, New Ireland", "nius@tigak.example.pg"], "Nius Tigak · Transport", RULE9, 5, bom=True)
TIGAK_PAGE["articles"] = latin_articles(
    TIGAK_PAGE,
    (["PMV", "PMV ina lakilala tangalapaka,", "ga vuvulu Lemakot", "Ga tiki: Lavatu Mesak"],
     "PMV ina lakilala tangalapaka, ga vuvulu Lemakot", ["Ga tiki: Lavatu Mesak", "Lavatu Mesak"],
     ["PMV ina Lemakot, ga tu ta makete."], ["Foto: Kalis Parapa"],
     [syl(f"KAVIENG – PMV ina Boluminski Highway ga vuvulu Lemakot. Ga pe’i K {FARE9[0]:.2f} Kavieng uri "
          f"Konos, ma K {FARE9[1]:.2f} Konos uri Lemakot: K {sum(FARE9):.2f} lavatiu."),
      syl("Ga kakalik ma ga mamalapaka ga vuvulu ta makete, {cap}ga kekele Kavieng ta malamalana."),
      syl("Mari Talikot, ga mamataka ta makete, ga tiki: “Naka ga lokorakorai ta kalakalapa, mase PMV ga vuvulu "
          "{run}mamaluana.”")], "PMV"),
    ("Sal PMV ina kilala", ["K1 Kavieng–Lemakot, ga vuvulu",
                            "K2 Kavieng–Konos, ga tu ina sal",
                            "K5 Lemakot–Kavieng, ina Sande"],
     "* Ta PMV K1 ga la marangai Sande."),
    (RULE9, "Kalvat ina Boluminski Highway",
     ["Kalvat: Boluminski Highway, Lemakot ma Konos", f"Taim: {english(FROM9)} – {english(TO9)}, 07.00–17.00",
      "Sal: PMV ga vuvulu ta sal ina kakalapa, Lemakot."], "New Ireland Roads Works Unit",
     f"Kavieng, {SIGN9.day} July {SIGN9.year}"),
    ("Ga kunua ta PMV", "Ga tiki ta PMV, ga lovovona ta pe’i?",
     [syl("Ga kunua: Naka ga vuvulu ta PMV ina makete, ga tamatamanaka pe’i ta kakalik?"),
      syl("Ga tiki: Ga kakalik ma ga mamalapaka ga lovovona ta pe’i K 1.00; ga kakalik ina sikul ga la pe’i "
          "marangai ina PMV K1.")],
     "Tomas Malakai, New Ireland Roads Works Unit", ["Tomas Malakai"]),
    ("Nius kikiri", [("Pe’i ina PMV", "PMV Kavieng–Lemakot, pe’i K 6.50; ga kakalik K 3.00 ina kalakalapa."),
                     ("Tamatamana lovovona", "Ga lovovona ga tamatamanaka ina PMV ga vuvulu ta Kavieng Pos, "
                                             "08.00–16.00."),
                     ("Bot ina Lavongai", "Bot Kavieng uri Lavongai ga kekele ina Mande ma Fraide, "
                                          "ga kalakalapa ina malamalana.")]),
    True)


# 10. Tiruray (Upi, Maguindanao, Mindanao, Philippines), cp1252, LF: the Upi–Cotabato road widened; the jeepney
#     timetable under its label (header row, columns aligned by spaces, the note `* …`); a road-widening closure;
#     the Q&A; three briefs. Blank-line paragraphs, not glued, hyphenated.
VOWELS10 = "aeiouéë"
syl10 = partial(syllables, vowels=VOWELS10)
DAY10 = date(2043, 10, 15)
SIGN10, FROM10, TO10 = date(2043, 10, 12), date(2043, 10, 19), date(2043, 11, 14)
ordered(SIGN10, DAY10, FROM10, TO10)
KM10 = [6.4, 3.1]
assert f"{sum(KM10):.1f}" == "9.5"
RULE10 = "_" * 35
TIRURAY_PAGE = latin_page(
    "tiy_cp1252_lf_tiruray_roads_page_upi_road_widened_jeepney_timetable_report_kicker_byline_dateline_caption_credit_running_head_commuter_midquote_timetable_header_note_widening_closure_box_signed_qa_runin_briefs",
    "cp1252", "\n", 35, "", True,
    "Lagéy Tiduray 2043-10-15 Page 2 (an invented weekly of Upi, Maguindanao, Philippines; Tiruray text, English "
    "furniture), cp1252 (`é “ ” – ·`), LF; blank-line paragraphs, wrapped at 35 with hyphenation. A report on the "
    "Upi road widened (kicker `Dalan`, title over two lines, byline line `Sinurat: Fénéy Bagunu`, the dateline "
    "`UPI –`, a caption and its credit inside a sentence, a commuter's “” words cut by the running head before "
    f"`fiyo.”`; {KM10[0]} + {KM10[1]} = {sum(KM10):.1f} km, asserted); the jeepney timetable `Oras dyip` (a header "
    "row, columns aligned by spaces, the note `* …`); a road-widening closure notice between two `_` rules; the Q&A "
    "`Ménama dalan` signed at its foot; three briefs under `Kléfét lagéy` run in on ` – `.",
    DAY10, "2", [f"LAGÉY TIDURAY · {english(DAY10)} · Page 2", "Roads · Editor: Kalim Usup"],
    ["Lagéy Tiduray · Upi, Maguindanao · lagey@tiduray.example.ph"],
    ["LAGÉY TIDURAY", english(DAY10), "Page 2", "Roads", "Editor: Kalim Usup", "Lagéy Tiduray · Roads",
     "Lagéy Tiduray", "Upi, Maguindanao", "lagey@tiduray.example.ph"], "Lagéy Tiduray · Roads", RULE10, 5)
TIRURAY_PAGE["articles"] = latin_articles(
    TIRURAY_PAGE,
    (["Dalan", "Dalan Nuro–Timanan mélawaq,", "dyip fénaguyuray", "Sinurat: Fénéy Bagunu"],
     "Dalan Nuro–Timanan mélawaq, dyip fénaguyuray", ["Sinurat: Fénéy Bagunu", "Fénéy Bagunu"],
     ["Dalan Nuro–Timanan, inégélawaq."], ["Litrato: Dumaw Sagéy"],
     [syl10(f"UPI – Dalan Nuro–Timanan inégélawaq: {KM10[0]} km Nuro, {KM10[1]} km Timanan, sébaén "
            f"{sum(KM10):.1f} km. Dyip fénaguyuray ménagayaw, ménadatéw ségiyanan."),
      syl10("Tété tidéléy mégéungéd ségiyanan, {cap}mégéuyaw ménagayaw dalan Timanan."),
      syl10("Alék Mudéng, ménagayaw Timanan, tarab: “Dalan inégélawaq, ségiyanan fénaguyuray, dyip "
            "{run}fiyo.”")], "Dalan"),
    ("Oras dyip", aligned([("Dyip", "Gunaw", "Bégén", "Oras"), ("U1", "Nuro", "Timanan", "05.30"),
                           ("U2", "Nuro", "Cotabato", "07.00"), ("U4", "Timanan", "Nuro", "13.30")]),
     "* Dyip U2 énda Domingo."),
    (RULE10, "Inégélawaq dalan",
     ["Dalan: Nuro–Timanan, km 4 ma km 7", f"Oras: {english(FROM10)} – {english(TO10)}, 07.00–17.00",
      "Ségiyanan: dyip ménagayaw dalan Kiga."], "Upi Municipal Engineering Unit",
     f"Upi, {SIGN10.day} October {SIGN10.year}"),
    ("Ménama dalan", "Dyip ménaguyuray, fiyo?",
     [syl10("Ménama: Tété ménagayaw dalan Nuro–Timanan, ségiyanan dyip fénaguyuray énda?"),
      syl10("Tarab: Dyip fénaguyuray ségiyanan 06.00 ma 17.00; ménadatéw inégélawaq, dalan fiyo.")],
     "Rosa Mantawil, Upi Municipal Engineering Unit", ["Rosa Mantawil"]),
    ("Kléfét lagéy", [("Balayad dyip", "Dyip Nuro–Cotabato, balayad P 85; tété ménagayaw P 70."),
                      ("Ménawaq barang", "Barang ménawaq dyip, fénaguyuray Nuro munisipyo, 08.00–16.00."),
                      ("Balangay Cotabato", "Balangay ménagayaw Cotabato, ségiyanan Lunes ma Biyernes.")]),
    False, hyph=syl10)


PAGES = [ROUTE1_PAGE, BRIDGE2_PAGE, ROAD3_PAGE, MINIBUS4_PAGE, MELAKA5_PAGE, WORKS6_PAGE, TSOU_PAGE, WAIWAI_PAGE, TIGAK_PAGE, TIRURAY_PAGE]
