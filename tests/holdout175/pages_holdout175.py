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
    Lines,
    aligned,
    english,
    flush_right,
    ordered,
    solid,
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


def notice(page, rule, title, items, issuer, day_line):
    """A boxed traffic notice between two rule lines (holdout170's): its head the title, each labelled item one
    paragraph set solid, the issuing office (the byline; none accepted) and the date (a paragraph) flush right."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def qa(label, title, body, signature, names, glued=False):
    """A Q&A column: the label its kicker (section accepted), the question's head its title, the answering
    official's foot signature its byline as printed (the name alone accepted), never a paragraph."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def briefs(label, items, runin):
    """Three briefs (holdout161's): the label, printed once, is the first item's section (none accepted) and
    accepted on the others; the kicker is accepted on every item; each brief's bold run-in head is its title."""
    return [{"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
             "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
            for i, (title, text) in enumerate(items)]


def zh_page(name, encoding, not_in, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule):
    return {"name": name, "encoding": encoding, "not_in": not_in, "newline": newline, "script": "zh", "width": width,
            "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [], "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the three briefs' ` – `
    run-in joins are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [" – "] * 3}


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
    "沣浦晚报 2043-03-20 第7版 城市交通 (a city evening paper's transport page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A report on a new bus route to three northern estates (kicker `新线开通`, title with a full-width "
    "gap, byline line, a caption and its credit inside a sentence, a driver's “” words cut by the running head before "
    f"`放心。”`; {' + '.join(map(str, LEGS1))} = {sum(LEGS1):.1f} 公里, asserted); then, **with no blank line under the "
    "report's last line**, the timetable `新线运营时刻` (a header row `线路　起点　终点　首班　末班`, three rows, the note "
    "`注：…`); a night closure notice between two rule lines (labelled items set solid, the office and date flush "
    "right); then, **with no blank line under the box's foot rule**, the Q&A `出行问答` signed at its foot by an "
    "official; three briefs under `出行提示` run in on their heads.",
    DAY1, "7", ["沣浦晚报", f"2043年3月20日　{weekday(DAY1)}　　第7版　城市交通　　编辑：聂　筠"],
    ["沣浦晚报社　　新闻热线：0571-8830476"],
    ["沣浦晚报", "2043年3月20日", weekday(DAY1), "第7版", "城市交通", "编辑：聂　筠", "沣浦晚报·城市交通",
     "沣浦晚报社", "新闻热线：0571-8830476"], "沣浦晚报·城市交通", ZH_RULE21)
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
    notice(ROUTE1_PAGE, ZH_RULE21, "夜间封闭施工通告",
           ["路段：滨湖大道（望江路口至梅林路口）北侧两条车道", f"时间：{FROM1.month}月{FROM1.day}日（{zhou(FROM1)}）至"
            f"{TO1.month}月{TO1.day}日（{zhou(TO1)}），每日22时至次日5时", "绕行：北行车辆请经望江路、梅林路绕行，公交"
            "站点临时南移50米。"], "沣浦市公安局交通警察支队", f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    qa("出行问答", "公交卡丢了，余额还能找回吗？", [
        "问：我上周在地铁站丢了一张记名公交卡，卡里还有一百多元。补办一张新卡，旧卡里的钱能转过来吗？",
        "答：记名卡挂失后，余额可以转到新卡上。请带上身份证到任意一个公交服务网点办理挂失，七个工作日后再来领新卡。"
        "不记名的卡无法挂失，建议平时把卡绑定到手机上。",
    ], "沣浦公交集团客服中心　主任　柏晓岚", ["柏晓岚"], glued=True),
    *briefs("出行提示", [
        ("学生乘车半价", "本市中小学生凭学生卡乘坐公交车享受半价，寒暑假照常优惠。"),
        ("失物招领", "公交集团失物招领处设在火车东站公交枢纽二楼，每天8时至18时开放，乘客可凭有效证件认领。"),
        ("渡轮冬季班次", "沣江渡口冬季班次从每小时两班减为一班，末班船提前到18时30分。"),
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
    notice(BRIDGE2_PAGE, ZH_RULE21, "集市日交通管制通告",
           ["路段：枫林镇老街（邮电所至供销社）", f"时间：{FROM2.month}月{FROM2.day}日至{TO2.month}月{TO2.day}日逢集日，"
            "每日6时至12时", "绕行：过境车辆请经枫林镇新街绕行，老街只许行人通过。"],
           "荻川县公安局交通管理大队", f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    qa("车主信箱", "大桥修好了，货车能走吗？", [
        "问：我开一辆十吨的货车给工业园送货，桥修好以后，货车可以上桥吗？",
        "答：大桥限载二十吨，十吨货车可以通行，但每天7时至9时、17时至19时禁止货车上桥，请避开早晚高峰。",
    ], "荻川县交通运输局　路政股股长　韦振东", ["韦振东"]),
    *briefs("出行服务", [
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
    notice(ROAD3_PAGE, ZH_RULE20, "道路封閉公告",
           ["路段：縣道122線竹東至上坪段", f"時間：{FROM3.month}月{FROM3.day}日至{TO3.month}月{TO3.day}日，每日22時至翌日5時",
            "改道：車輛請改行中豐路及鄉道竹26線。"], "瀾埔警分局交通組", f"中華民國132年{SIGN3.month}月{SIGN3.day}日"),
    qa("用路人問答", "夜間施工，機車可以通過嗎？", [
        "問：我在工業區上大夜班，每天清晨4點騎機車回家，會經過施工路段，可以通過嗎？",
        "答：施工路段夜間全面封閉，機車也不能通行。請改走中豐路，施工路口會有義交引導，清晨5點以後即可恢復通行。",
    ], "縣府工務處養護科　科長　羅振宇", ["羅振宇"], glued=True),
    *briefs("交通短訊", [
        ("公車票價", "縣內公車自九月起全票二十元，學生與長者半票。"),
        ("遺失物招領", "竹東轉運站遺失物招領處設在一樓服務台，每日上午8時至晚間8時受理。"),
        ("渡輪冬季班次", "離島渡輪冬季每日三班，遇東北季風停航，請先查詢。"),
    ], "　"),
]

PAGES = [ROUTE1_PAGE, BRIDGE2_PAGE, ROAD3_PAGE]
