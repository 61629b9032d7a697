"""The text of every holdout161 page, written once: make_holdout161_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a timetable's or a notice's row as a line of
its own (one gold paragraph, no blank line between two rows); `("end", line)` prints a notice's issuer (the byline,
no paragraph, holdout120's); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head;
`~` marks where a Latin word may be split at a line end (`syl()`, holdout151's and 156's rules).
Every page is a transport and travel page: a feature (kicker, title, byline, dateline, a caption with its credit
inside a sentence, a traveller's quotation cut by the running head), a timetable of a bus or ferry line under its
head (rows of a departure time, a stop or port and an arrival time; a header row on some pages; a footnote row under
the rows), a road-works or service notice signed by its issuing office, and a briefs column of two or three briefs
each with a run-in head. Arrival times are computed from each trip's journey length (asserted later than the
departure). All papers, operators, offices, people and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
VOWELS = "aeiouáéíóúäëöüãẽĩõũ"
syl = partial(syllables, vowels=VOWELS)


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def clock(minute):
    minute %= 24 * 60
    return f"{minute // 60:02d}:{minute % 60:02d}"


def trips(items, lengths, sep, star, pad=0):
    """Timetable rows from (departure minute, stop, starred): the arrival is the departure plus the stop's journey
    length. Departures rise; every arrival is later than its departure. Latin rows are padded to columns (`pad`)."""
    rows = []
    for (dep, stop, starred), nxt in zip(items, items[1:] + [None]):
        arr = dep + lengths[stop]
        assert arr > dep and (nxt is None or nxt[0] > dep)
        mark = star if starred else ""
        if pad:
            rows.append(f"{clock(dep) + mark:<7}{stop:<{pad}}{clock(arr)}")
        else:
            rows.append(f"{clock(dep)}{mark}{sep}{stop}{sep}{clock(arr)}")
    return rows


def table(title, rows, header=None, footnote=None, glued=False):
    """A timetable: its head the title, one paragraph per printed row (header and footnote rows included)."""
    body = ([("row", header)] if header else []) + [("row", r) for r in rows] + ([("row", footnote)] if footnote else [])
    art = {"lines": [title], "title": title, "tight": True, "body": body}
    if glued:
        art["glued"] = True
    return art


def notice(title, body, issuer, dated=None):
    """A boxed road-works or service notice: its head the title, its issuer's line at the foot the byline."""
    return {"lines": [title], "title": title, "byline": [issuer, None], "tight": True,
            "body": body + [("end", issuer)] + ([("row", dated)] if dated else [])}


def briefs(label, items, runin, glued=False):
    """A briefs column: the label, printed once, is the first item's section (none accepted) and accepted on the
    others; the kicker is accepted on every item; each brief's run-in head is its title."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


# 1. GB18030 city evening paper: early ferries to a river island; the timetable glued under the feature; a road-works
#    notice; the briefs glued under the notice's date row.
RARE1 = "\u4d82"  # 䶂, CJK Extension A: in GB18030, not in GBK
DAY1 = date(2042, 4, 18)
FERRY1 = {"江心洲码头": 25}
T1 = [(6 * 60 + 30, "江心洲码头", False), (7 * 60 + 10, "江心洲码头", False), (8 * 60, "江心洲码头", True),
      (9 * 60 + 30, "江心洲码头", False), (12 * 60, "江心洲码头", False), (17 * 60 + 30, "江心洲码头", False)]
ROWS1 = trips(T1, FERRY1, "\u3000", "＊")
assert len(ROWS1) == 6 and ROWS1[0] == "06:30　江心洲码头　06:55"
WORKS1 = (date(2042, 4, 20), date(2042, 5, 31))
assert DAY1 < WORKS1[0] < WORKS1[1]
FERRY_PAGE = {
    "name": "zh_gb18030_crlf_city_evening_transport_page_island_early_ferries_feature_kicker_rare_char_byline_dateline_caption_credit_runhead_midquote_glued_ferry_timetable_header_star_footnote_road_works_notice_issuer_date_glued_runin_briefs",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": f"澶江晚报 2042-04-18 第9版 出行周刊 (a city evening paper's transport page; `{RARE1}` U+4D82, CJK Extension A, "
    f"in the reporter's name `邵　{RARE1}`; in GB18030, not in GBK), CRLF; blank-line paragraphs, wrapped at 21. A "
    "feature on two new early ferries to a river island (kicker `新航线`, title, byline line, `本报讯` opening "
    "paragraph 1, a caption and its credit inside a sentence, a vegetable grower's “” quotation cut by the running "
    "head before `过江。”`); then, **with no blank line under the feature's last line**, the timetable "
    "`江心洲航线时刻表` (its head the title; a header row, six rows `HH:MM　port　HH:MM`, one starred `08:00＊`, the "
    "footnote row `＊逢周日停航`, each one paragraph); a road-works notice signed by its office (the byline) over a "
    "date row; then, **with no blank line under the date row**, the label `交通简讯` over three briefs with run-in "
    "heads.",
    "date": "2042-04-18", "page": "9",
    "head": ["澶江晚报", f"2042年4月18日　{weekday(DAY1)}　　第9版　出行周刊　　编辑：季　晗"],
    "foot": ["澶江晚报社　　热线：0719-3306182"],
    "furniture": ["澶江晚报", "2042年4月18日", weekday(DAY1), "第9版", "出行周刊", "编辑：季　晗", "澶江晚报·出行周刊",
                  "澶江晚报社", "热线：0719-3306182"],
    "run": ["澶江晚报·出行周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新航线", "江心洲轮渡加开两班早船", f"本报记者　邵　{RARE1}"],
         "kicker": "新航线", "title": "江心洲轮渡加开两班早船", "byline": [f"本报记者　邵　{RARE1}", f"邵　{RARE1}", f"邵{RARE1}"],
         "captions": ["早船上的乘客大多是去岛上干活的菜农。"], "credits": [f"（本报记者　邵　{RARE1}　摄）"],
         "body": [f"本报讯　江心洲航线从今天起每天加开{ROWS1[0][:5]}和{ROWS1[1][:5]}两班早船，单程航行"
                  f"{FERRY1['江心洲码头']}分钟，全天从北码头开出{len(ROWS1)}班。",
                  "天刚蒙蒙亮，北码头的候船棚里{cap}已经坐满了挑着菜筐的人。",
                  "家住北岸的菜农李桂珍说：“以前头班船要等到八点，菜送到岛上的市场都晚了。现在六点半就能"
                  "{run}过江。”",
                  "轮渡站负责人说，早船先试行三个月，客多了还会再加。"]},
        table("江心洲航线时刻表", ROWS1, header="开船　到达码头　到港", footnote="＊逢周日停航", glued=True),
        notice("滨江路半幅封闭施工公告", [
            "因雨水管道改造，滨江路北码头至长堤街路段实行半幅封闭施工，车辆单向通行。",
            ("row", f"施工时间：{WORKS1[0].year}年{WORKS1[0].month}月{WORKS1[0].day}日至{WORKS1[1].month}月"
                    f"{WORKS1[1].day}日"),
            ("row", "绕行线路：长堤街—新华路—码头路"),
            "请过往车辆减速慢行，服从现场指挥。"], "澶江市市政工程管理处", "2042年4月16日"),
        *briefs("交通简讯", [
            ("公交12路临时改道", f"受滨江路施工影响，公交12路从{WORKS1[0].month}月{WORKS1[0].day}日起改经新华路"
                               "行驶，暂停北码头站。"),
            ("长途站增开清溪班车", "澶江长途汽车站本周末起增开往清溪镇的班车，每天往返4班。"),
            ("码头停车场前半小时免费", "北码头停车场从5月1日起停车前半小时不收费，超过按每小时3元计。"),
        ], "\u3000", glued=True),
    ],
}

# 2. GBK county daily: a rural bus line reaches the last mountain village; its timetable; a bridge notice; the
#    briefs. Indent-only, not glued.
DAY2 = date(2042, 6, 10)
BUS2 = {"石坳村": 85, "龙潭乡": 50}
T2 = [(6 * 60, "石坳村", False), (8 * 60 + 30, "石坳村", False), (11 * 60, "龙潭乡", True), (14 * 60, "石坳村", False),
      (16 * 60 + 30, "龙潭乡", False)]
ROWS2 = trips(T2, BUS2, "\u3000", "＊")
assert BUS2["石坳村"] == 60 + 25  # 1小时25分钟
FARE2, HALF2 = 12, 6
assert FARE2 == 2 * HALF2
BRIDGE2 = (date(2042, 6, 15), date(2042, 7, 14))
assert DAY2 < BRIDGE2[0] and (BRIDGE2[1] - BRIDGE2[0]).days + 1 == 30
BUS_PAGE = {
    "name": "zh_gbk_lf_county_transport_page_rural_bus_reaches_mountain_village_feature_kicker_byline_dateline_caption_credit_runhead_midquote_indent_only_bus_timetable_header_star_footnote_bridge_notice_issuer_date_runin_briefs",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "浛川日报 2042-06-10 第6版 百姓生活 (a county daily's page), GBK, LF; **indent-only paragraphs**, wrapped at "
    "21. A feature on a county bus line reaching the last mountain village (kicker `村村通`, title with a full-width "
    "gap, byline line, `本报讯` opening paragraph 1, a caption and its credit inside a sentence, a villager's “” "
    "quotation cut by the running head before `多了。”`; fare 12元 = 2 × 6元, computed); then, after a blank line, "
    "the timetable `城乡公交5路班次表` (header row, five rows to two termini with their own journey lengths, one "
    "starred, the footnote `＊逢周日停开`); a bridge notice signed by its office over a date row; the label "
    "`乘车提示` over two briefs with run-in heads.",
    "date": "2042-06-10", "page": "6",
    "head": ["浛川日报", f"2042年6月10日　{weekday(DAY2)}　　第6版　百姓生活"],
    "foot": ["浛川日报社　　地址：浛川县河西路9号　　邮编：445620"],
    "furniture": ["浛川日报", "2042年6月10日", weekday(DAY2), "第6版", "百姓生活", "浛川日报·百姓生活", "浛川日报社",
                  "地址：浛川县河西路9号", "邮编：445620"],
    "run": ["浛川日报·百姓生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["村村通", "山里第一班公交车　清晨六点出发", "本报记者　芦　茵"],
         "kicker": "村村通", "title": "山里第一班公交车　清晨六点出发", "byline": ["本报记者　芦　茵", "芦　茵", "芦茵"],
         "captions": ["村民在石坳村新站牌下等车。"], "credits": ["（本报记者　芦　茵　摄）"],
         "body": [f"本报讯　浛川县城乡公交5路从本月起延伸到最远的石坳村，单程1小时25分钟，头班车{ROWS2[0][:5]}从"
                  f"县汽车站发车。全程票价{FARE2}元，学生和七十岁以上老人{HALF2}元。",
                  "石坳村离县城四十多公里，{cap}过去村里人进城要先走三里山路到镇上搭车。",
                  "村民覃桂兰说：“以前进一趟县城要一整天，现在车子开到家门口，买药、看病都方便{run}多了。”"]},
        table("城乡公交5路班次表", ROWS2, header="发车　终点站　到站", footnote="＊逢周日停开"),
        notice("关于岩溪大桥限行维修的通告", [
            "岩溪大桥将进行桥面维修，维修期间禁止货车通行，客车和小型车辆减速通过。",
            ("row", f"维修时间：{BRIDGE2[0].month}月{BRIDGE2[0].day}日至{BRIDGE2[1].month}月{BRIDGE2[1].day}日"),
            ("row", "货车绕行：岩溪镇—双河桥—县道"),
            "给大家带来不便，敬请谅解。"], "浛川县公路管理段", "2042年6月8日"),
        *briefs("乘车提示", [
            ("5路车可刷老年卡", "城乡公交5路全线可刷老年卡和学生卡，上车刷卡即可享受半价。"),
            ("汽车站售票窗口延时", "县汽车站售票窗口从本周起延长到晚上8点。"),
        ], "\u3000"),
    ],
}

# 3. Big5 Taiwan county paper: a rice-field shuttle bus at harvest; the timetable glued under the feature; a
#    resurfacing notice; the briefs glued under the notice's foot.
DAY3 = date(2042, 10, 4)
assert DAY3.year - 1911 == 131 and DAY3 < date(2042, 10, 13)  # the resurfacing starts 10月13日
BUS3 = {"大坡池": 15, "萬安社區": 25, "錦園": 20}
T3 = [(8 * 60 + 10, "大坡池", False), (9 * 60 + 40, "萬安社區", False), (11 * 60, "錦園", True),
      (13 * 60 + 30, "大坡池", False), (15 * 60, "萬安社區", False)]
ROWS3 = trips(T3, BUS3, "\u3000", "＊")
DAYPASS3, SINGLE3 = 50, 20
assert DAYPASS3 < 3 * SINGLE3
SHUTTLE_PAGE = {
    "name": "zht_big5_crlf_taiwan_travel_page_rice_field_shuttle_bus_feature_kicker_byline_place_caption_credit_runhead_midquote_glued_shuttle_timetable_header_star_footnote_resurfacing_notice_issuer_glued_runin_briefs",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "縱谷日報 2042-10-04 (`中華民國131年10月4日`) B2 休閒 (a county paper's travel page, Taitung county, Taiwan), "
    "Big5, CRLF; blank-line paragraphs, wrapped at 20. A feature on a shuttle bus through the rice fields at harvest "
    "(kicker `秋收季`, title with a full-width gap, byline line `記者蕭予晴／池上報導` (the place is the dateline), "
    "a caption and its credit inside a sentence, a visitor's 「」 quotation cut by the running head before "
    "`一趟。」`; a day pass 50元 under three single fares, computed); then, **with no blank line**, the timetable "
    "`環鄉巴士時刻表` (header row, five rows, one starred, the footnote `＊逢週一停駛`); a resurfacing notice "
    "signed by its office (no date row); then, **with no blank line under the issuer's line**, the label `交通快報` "
    "over two briefs with run-in heads.",
    "date": "2042-10-04", "page": "B2",
    "head": ["縱谷日報", f"中華民國131年10月4日　{weekday(DAY3)}　　B2　休閒"],
    "foot": ["縱谷日報社　　服務電話：(089)862-417"],
    "furniture": ["縱谷日報", "中華民國131年10月4日", weekday(DAY3), "B2", "休閒", "縱谷日報／休閒", "縱谷日報社",
                  "服務電話：(089)862-417"],
    "run": ["縱谷日報／休閒"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["秋收季", "環鄉巴士　載遊客看稻浪", "記者蕭予晴／池上報導"],
         "kicker": "秋收季", "title": "環鄉巴士　載遊客看稻浪", "byline": ["記者蕭予晴／池上報導", "蕭予晴"],
         "captions": ["環鄉巴士駛過金黃的稻田。"], "credits": ["（記者蕭予晴攝）"],
         "body": [f"池上稻米進入秋收，鄉內的環鄉巴士即日起每天從池上車站開出{len(ROWS3)}班，繞行大坡池、萬安社區和"
                  f"錦園。單程票{SINGLE3}元，一日票{DAYPASS3}元，可以不限次數上下車。",
                  "不少遊客帶著單車上車，{cap}在萬安社區下車後騎車穿過稻田。",
                  "從台北來的遊客林郁芹說：「開車來找不到地方停，坐巴士反而輕鬆，明年還要再來{run}一趟。」"]},
        table("環鄉巴士時刻表", ROWS3, header="發車　下車站　抵達", footnote="＊逢週一停駛", glued=True),
        notice("車站前道路刨鋪工程公告", [
            "池上車站前中山路將進行路面刨鋪，施工期間車站前臨時停車區暫停使用。",
            ("row", "施工期間：10月13日至10月24日　每日9時至16時"),
            ("row", "施工路段：中山路（車站前至中正路口）"),
            "環鄉巴士改在車站北側停靠，請旅客留意。"], "縱谷工程養護處池上工務段"),
        *briefs("交通快報", [
            ("鐵馬出租延長營業", "車站周邊單車出租店秋收期間延長營業到晚上7時。"),
            ("假日接駁免費搭", "秋收音樂會當天加開接駁車，憑票根免費搭乘。"),
        ], "\u3000", glued=True),
    ],
}

# 4. Big5-HKSCS Hong Kong district weekly (Cantonese): more kaito sailings for hikers; the sailings; a pier
#    repair notice; the briefs. Indent-only, not glued.
DAY4 = date(2042, 11, 7)
KAITO4 = {"塔門": 55, "赤徑": 35, "高流灣": 45}
T4 = [(8 * 60 + 30, "塔門", False), (10 * 60, "赤徑", False), (11 * 60 + 30, "塔門", True), (13 * 60, "高流灣", False),
      (15 * 60 + 30, "塔門", False)]
ROWS4 = trips(T4, KAITO4, "\u3000", "＊")
ADULT4, CHILD4 = 28, 14
assert ADULT4 == 2 * CHILD4
PIER4 = (date(2042, 11, 17), date(2042, 12, 12))
assert DAY4 < PIER4[0] < PIER4[1]
assert PIER4[0].weekday() == 0 and PIER4[1].weekday() == 4  # a Monday to a Friday
KAITO_PAGE = {
    "name": "zht_big5hkscs_lf_hong_kong_transport_page_hikers_kaito_extra_sailings_cantonese_feature_kicker_byline_dateline_caption_credit_runhead_midquote_indent_only_ferry_timetable_header_star_footnote_pier_notice_issuer_runin_briefs",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "島畔週報 2042-11-07 第8頁 區內生活 (a district weekly's page, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 嚟 哋`; in "
    "neither cp950 nor Big5), LF; Cantonese; **indent-only paragraphs**, wrapped at 20. A feature on extra kaito "
    "sailings for hikers (kicker `行山客注意`, title with a full-width gap, byline line `記者　溫穎彤`, `（本報訊）` "
    "opening paragraph 1, a caption and its credit inside a sentence, a hiker's 「」 quotation cut by the running head "
    "before `船。」`; fares $28 = 2 × $14, computed); then, after a blank line, the sailings `西貢街渡班次` (header "
    "row, five rows to three piers, each with its own sailing time, one starred, the footnote "
    "`＊只限週六、日及公眾假期`); a pier repair notice signed by its office (a Monday to a Friday, asserted); the "
    "label `交通點滴` over three briefs with run-in heads.",
    "date": "2042-11-07", "page": "8",
    "head": ["島畔週報", f"2042年11月7日　{weekday(DAY4)}　　第8頁　區內生活"],
    "foot": ["島畔週報社　　查詢：2791 4038　　電郵：news@daopan.example.hk"],
    "furniture": ["島畔週報", "2042年11月7日", weekday(DAY4), "第8頁", "區內生活", "島畔週報．區內生活", "島畔週報社",
                  "查詢：2791 4038", "電郵：news@daopan.example.hk"],
    "run": ["島畔週報．區內生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["行山客注意", "塔門街渡加班　唔使再企", "記者　溫穎彤"],
         "kicker": "行山客注意", "title": "塔門街渡加班　唔使再企", "byline": ["記者　溫穎彤", "溫穎彤"],
         "captions": ["行山客喺西貢碼頭排隊落船。"], "credits": ["（記者溫穎彤攝）"],
         "body": [f"（本報訊）秋涼行山嘅人多咗，往塔門嘅街渡由本星期起加開班次，每日共開{len(ROWS4)}班，成人單程"
                  f"${ADULT4}，小童${CHILD4}。",
                  "以前週末朝早嘅船成日爆滿，{cap}唔少人要企成程，或者等下一班。",
                  "行山客陳家俊話：「我哋成班朋友嚟行麥理浩徑，以前排一個鐘都未必上到船，而家終於唔使再等下一班"
                  "{run}船。」"]},
        table("西貢街渡班次", ROWS4, header="開船　目的地　到達", footnote="＊只限週六、日及公眾假期"),
        notice("西貢公眾碼頭維修通告", [
            "西貢公眾碼頭一號梯台需要維修，期間街渡改喺二號梯台上落。",
            ("row", f"維修日期：{PIER4[0].month}月{PIER4[0].day}日至{PIER4[1].month}月{PIER4[1].day}日"),
            ("row", "受影響設施：一號梯台及上蓋"),
            "市民如有查詢，可致電碼頭辦事處。"], "西貢海濱設施管理組"),
        *briefs("交通點滴", [
            ("小巴加開尾班車", "西貢往北潭涌嘅小巴週末加開一班尾班車，晚上8時半開出。"),
            ("碼頭新增候船座位", "西貢碼頭新增咗三十個候船座位，仲有遮擋太陽嘅帳篷。"),
            ("單車泊位暫停開放", "碼頭旁邊嘅單車泊位因為維修，下個月暫停開放。"),
        ], "\u3000"),
    ],
}

# 5. UTF-8 Malaysian daily (simplified, Ipoh): an express bus to Kampar; the timetable (no header row) glued under
#    the feature; a road upgrade notice; the briefs glued under the notice's foot.
DAY5 = date(2042, 8, 20)
BUS5 = {"金宝": 50, "打巴": 75}
T5 = [(6 * 60 + 45, "金宝", False), (8 * 60 + 15, "金宝", False), (10 * 60, "打巴", True), (12 * 60 + 30, "金宝", False),
      (17 * 60, "打巴", False)]
ROWS5 = trips(T5, BUS5, "\u3000", "＊")
FARE5, STUDENT5 = 4, 2
assert FARE5 == 2 * STUDENT5
ROAD5 = (date(2042, 8, 25), date(2042, 10, 31))
assert DAY5 < ROAD5[0] < ROAD5[1]
assert ROAD5[0].weekday() == 0  # a Monday
EXPRESS_PAGE = {
    "name": "zh_utf8_nobom_cr_malaysia_ipoh_transport_page_express_bus_to_kampar_feature_kicker_byline_dateline_caption_credit_runhead_midquote_glued_bus_timetable_no_header_star_footnote_road_upgrade_notice_issuer_glued_runin_briefs",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "光湾日报 2042-08-20 第12版 地方 (a Malaysian Chinese daily, Ipoh, Perak; simplified), UTF-8 without BOM, "
    "CR; blank-line paragraphs, wrapped at 21. A feature on an express bus from Ipoh to Kampar (kicker `新快线`, title, "
    "byline line `记者　黄佩琳`, the dateline `（怡保讯）` opening paragraph 1, a caption and its credit inside a "
    "sentence, a student's “” quotation cut by the running head before `回家。”`; fare RM4 = 2 × RM2, computed); "
    "then, **with no blank line**, the timetable `怡保—金宝快线班次` (**no header row**, five rows, one starred, the "
    "footnote `＊周日停开`); a road upgrade notice signed by its office; then, **with no blank line under the "
    "issuer's line**, the label `交通短讯` over two briefs with run-in heads.",
    "date": "2042-08-20", "page": "12",
    "head": ["光湾日报", f"2042年8月20日　{weekday(DAY5)}　　第12版　地方"],
    "foot": ["怡保办事处　　电话：05-2417 6630"],
    "furniture": ["光湾日报", "2042年8月20日", weekday(DAY5), "第12版", "地方", "光湾日报·地方", "怡保办事处",
                  "电话：05-2417 6630"],
    "run": ["光湾日报·地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新快线", "怡保至金宝快线巴士通车", "记者　黄佩琳"],
         "kicker": "新快线", "title": "怡保至金宝快线巴士通车", "byline": ["记者　黄佩琳", "黄佩琳"],
         "captions": ["快线巴士停靠在怡保巴士总站。"], "credits": ["（记者黄佩琳摄）"],
         "body": [f"（怡保讯）近打快线巴士公司的怡保至金宝快线昨日通车，全程{BUS5['金宝']}分钟，部分班次开往打巴。"
                  f"单程车资{FARE5}令吉，学生{STUDENT5}令吉。",
                  "首日有不少大学生搭车，{cap}车上设有行李架和充电座。",
                  "在金宝念书的学生刘芷晴说：“以前周末要转两趟车，现在一趟直达，星期五下课就能赶"
                  "{run}回家。”"]},
        table("怡保—金宝快线班次", ROWS5, footnote="＊周日停开", glued=True),
        notice("近打路提升工程通告", [
            "近打路（巴士总站至皇家山路口）进行路面提升工程，施工路段封闭一条车道。",
            ("row", f"施工期间：{ROAD5[0].month}月{ROAD5[0].day}日至{ROAD5[1].month}月{ROAD5[1].day}日"),
            ("row", "施工时间：每晚10时至翌日清晨6时"),
            "驾车人士请留意路牌指示，提早出门。"], "近打路提升工程办事处"),
        *briefs("交通短讯", [
            ("巴士总站增设候车亭", "怡保巴士总站新增四座有顶候车亭，方便搭客避雨。"),
            ("学生月票开放申请", "近打快线巴士公司即日起接受学生月票申请，每月60令吉。"),
        ], "\u3000", glued=True),
    ],
}

# 6. UTF-16 BE city daily: a night bus line opens (deck); the timetable glued under the feature (crossing
#    midnight); a road closure notice; the briefs glued under the notice's date row. Indent-only.
DAY6 = date(2042, 2, 27)
NIGHT6 = {"大学城": 40, "工业园": 35}
T6 = [(22 * 60 + 30, "大学城", False), (23 * 60 + 15, "大学城", False), (24 * 60, "工业园", True),
      (24 * 60 + 45, "大学城", False), (25 * 60 + 30, "工业园", True)]
ROWS6 = trips(T6, NIGHT6, "\u3000", "＊")
assert ROWS6[1] == "23:15　大学城　23:55" and ROWS6[2] == "00:00＊　工业园　00:35"
OPEN6 = date(2042, 3, 3)  # 下周一
assert OPEN6.weekday() == 0 and 0 < (OPEN6 - DAY6).days <= 7 and OPEN6.isocalendar()[1] == DAY6.isocalendar()[1] + 1
CLOSE6 = (OPEN6, date(2042, 3, 30))
assert (CLOSE6[1] - CLOSE6[0]).days == 27
NIGHT_PAGE = {
    "name": "zh_utf16be_bom_lf_city_transport_page_night_bus_opens_feature_kicker_deck_byline_dateline_caption_credit_runhead_midquote_indent_only_glued_night_timetable_past_midnight_star_footnote_closure_notice_issuer_date_glued_runin_briefs",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "滹阳日报 2042-02-27 第7版 城市生活 (a city daily's page), UTF-16 BE with BOM, LF; **indent-only "
    "paragraphs**, wrapped at 22. A feature on a night bus line (kicker `夜归不愁`, title, **deck** "
    "`末班车延到凌晨一点半` (the subtitle), byline line, `本报讯` opening paragraph 1, a caption and its credit inside "
    "a sentence, a nurse's “” quotation cut by the running head before `地铁。”`); then, **with no blank line**, the "
    "timetable `N3路夜班车时刻表` (header row, five rows crossing midnight (`23:15`→`23:55`, `00:00＊`→`00:35`), two "
    "starred, the footnote `＊周日停开`); a road closure notice signed by its office over a date row; then, **with "
    "no blank line under the date row**, the label `夜行快讯` over three briefs with run-in heads.",
    "date": "2042-02-27", "page": "7",
    "head": ["滹阳日报", f"2042年2月27日　{weekday(DAY6)}　　第7版　城市生活　　责任编辑：鄢　禾"],
    "foot": ["滹阳日报社　　新闻热线：0312-5580916"],
    "furniture": ["滹阳日报", "2042年2月27日", weekday(DAY6), "第7版", "城市生活", "责任编辑：鄢　禾", "滹阳日报·城市生活",
                  "滹阳日报社", "新闻热线：0312-5580916"],
    "run": ["滹阳日报·城市生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["夜归不愁", "N3路夜班车下周开通", "末班车延到凌晨一点半", "本报记者　鄂　筠"],
         "kicker": "夜归不愁", "title": "N3路夜班车下周开通", "subtitle": "末班车延到凌晨一点半",
         "byline": ["本报记者　鄂　筠", "鄂　筠", "鄂筠"],
         "captions": ["N3路夜班车在火车站试跑。"], "credits": ["（本报记者　鄂　筠　摄）"],
         "body": [f"本报讯　N3路夜班车下周一起开通，从火车站开往大学城和工业园，首班{ROWS6[0][:5]}，末班车凌晨1点半"
                  f"发车，到大学城{NIGHT6['大学城']}分钟。",
                  "试跑那晚，{cap}车上坐着刚下夜班的护士和赶末班火车回来的学生。",
                  "市第二医院的护士许晓雯说：“我们下夜班快十二点了，打车贵，走路又怕黑，有了夜班车就能先坐到"
                  "{run}地铁。”"]},
        table("N3路夜班车时刻表", ROWS6, header="发车　终点站　到站", footnote="＊周日停开", glued=True),
        notice("火车站东广场道路封闭施工通告", [
            "因地下通道施工，火车站东广场前道路全封闭，N3路夜班车临时改在西广场发车。",
            ("row", f"封闭时间：{CLOSE6[0].month}月{CLOSE6[0].day}日至{CLOSE6[1].month}月{CLOSE6[1].day}日"),
            ("row", "绕行：站前路—建设街—西广场"),
            "请市民提前规划出行路线。"], "滹阳市城市道路管理所", "2042年2月25日"),
        *briefs("夜行快讯", [
            ("共享单车夜间停放点增加", "火车站西广场新划出两百个共享单车停放点。"),
            ("出租车夜间候客区启用", "西广场出租车夜间候客区下周启用，晚上10点后开放。"),
            ("地铁末班车时间不变", "地铁1号线末班车仍为晚上11点，与N3路夜班车在火车站换乘。"),
        ], "\u3000", glued=True),
    ],
}

# 7. Warao (Tucupita, Delta Amacuro, Venezuela), Mac Roman: a river launch to the coast; the timetable glued under
#    the feature; a quay notice; the briefs glued under the notice's foot.
DAY7 = date(2042, 3, 14)
LAUNCH7 = {"Curiapo": 270, "Pedernales": 300, "Nabasanuka": 180}
T7 = [(6 * 60, "Curiapo", False), (7 * 60 + 30, "Pedernales", True), (10 * 60, "Nabasanuka", False),
      (13 * 60, "Curiapo", False)]
ROWS7 = trips(T7, LAUNCH7, " ", "*", pad=13)
assert LAUNCH7["Curiapo"] == 4 * 60 + 30  # "4 hora, 30 minuto"
QUAY7 = (date(2042, 3, 17), date(2042, 4, 4))
assert DAY7 < QUAY7[0] < QUAY7[1]
assert QUAY7[0].weekday() == 0 and QUAY7[1].weekday() == 4
LAUNCH_PAGE = {
    "name": "wba_macroman_cr_warao_transport_page_river_launch_to_the_coast_feature_kicker_byline_dateline_caption_credit_runhead_midquote_glued_launch_timetable_header_star_footnote_quay_notice_issuer_glued_runin_briefs",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Naba Jokoto 2042-03-14 Página 5 (an invented weekly of Tucupita, Delta Amacuro, Venezuela; Warao text, "
    "Spanish furniture), Mac Roman (`á “ ” – ·`), CR; blank-line paragraphs, wrapped at 36 with "
    "hyphenation. A feature on a river launch to the coast (kicker `Lancha`, title over two lines, byline line "
    "`Dibunaka: Yelitza Moraleda`, the dateline `TUCUPITA –`, a caption and its credit inside a sentence, a "
    "traveller's “” quotation cut by the running head); then, **with no blank line**, the timetable `Lancha "
    "Tucupita–Curiapo` (header row `Sale Puerto Llega`, four rows padded to columns (one space in the gold), one "
    "starred, the footnote `* Domingo ekida`); a quay notice `Aviso` signed by its office; then, **with no blank "
    "line under the issuer's line**, the label `Dibu sanuka` over two briefs with run-in heads (` – `).",
    "date": "2042-03-14", "page": "5",
    "head": [f"NABA JOKOTO · {spanish(DAY7)} · Página 5", "Transporte · Editor: Nelson Rattia"],
    "foot": ["Naba Jokoto · jokoto@tucupita.example.ve"],
    "furniture": ["NABA JOKOTO", spanish(DAY7), "Página 5", "Transporte", "Editor: Nelson Rattia",
                  "Naba Jokoto · Transporte", "Naba Jokoto", "jokoto@tucupita.example.ve"],
    "run": ["Naba Jokoto · Transporte"], "labels": [], "markup": [" · "] * 5 + [" – "] * 2,
    "articles": [
        {"lines": ["Lancha", "Wajibaka ajoko Curiapo", "naobuae jakutai", "Dibunaka: Yelitza Moraleda"],
         "kicker": "Lancha", "title": "Wajibaka ajoko Curiapo naobuae jakutai",
         "byline": ["Dibunaka: Yelitza Moraleda", "Yelitza Moraleda"],
         "captions": ["Warao tatuma lancha eku Tucupita."], "credits": ["Foto: Arnaldo Zapata"],
         "body": [syl(f"TUCUPITA – Lancha Tucupita–Curiapo {ROWS7[0][:5]} naobuae, 4 hora, 30 minuto jakutai. "
                      "Warao tatuma wajibaka ekuyaja, arotuma obonobuae naba ajokoya."),
                  syl("Tucupita muelle ajiaka, {cap}nebutu tatuma wajibaka eku naobuae."),
                  syl("Josefina Cardona dibunae: “Ine dauna ajoko Curiapo jakutai, lancha yakera naobuae "
                      "ekida {run}yaota.”"),
                  syl("Lancha ajoko Pedernales domingo ekida.")]},
        table("Lancha Tucupita–Curiapo", ROWS7, header=f"{'Sale':<7}{'Puerto':<13}Llega", footnote="* Domingo ekida",
              glued=True),
        notice("Aviso", [
            syl("Muelle Tucupita jobaka yaota, lancha eku naobuae muelle sanuka ajoko."),
            ("row", f"Desde: {QUAY7[0]:%d.%m.%Y}"),
            ("row", f"Hasta: {QUAY7[1]:%d.%m.%Y}"),
            syl("Warao tatuma dibunaka yakera.")], "Junta del Muelle de Tucupita"),
        *briefs("Dibu sanuka", [
            ("Curiapo gasolina", syl("Curiapo gasolina obonobuae, lancha yakera naobuae jakutai.")),
            ("Wajibaka arotuma", syl("Wajibaka arotuma kojo jakutai Nabasanuka, domingo ekida.")),
        ], " – ", glued=True),
    ],
}

# 8. Pemon (Santa Elena de Uairén, Bolívar, Venezuela), Latin-1: a bus to Kavanayén; its timetable; a road works
#    notice; the briefs. Indent-only (two spaces), not glued.
DAY8 = date(2042, 5, 22)
BUS8 = {"Kavanayén": 210, "San Ignacio": 95, "Kamoirán": 120}
T8 = [(5 * 60 + 30, "Kavanayén", False), (8 * 60, "San Ignacio", False), (11 * 60, "Kamoirán", True),
      (14 * 60, "San Ignacio", False)]
ROWS8 = trips(T8, BUS8, " ", "*", pad=13)
FARE8, KIDS8 = 40, 20
assert FARE8 == 2 * KIDS8
ROAD8 = (date(2042, 6, 1), date(2042, 6, 30))
assert DAY8 < ROAD8[0] < ROAD8[1]
assert ROAD8[0].weekday() == 6  # a Sunday
SABANA_PAGE = {
    "name": "aoc_latin1_crlf_pemon_transport_page_gran_sabana_bus_feature_kicker_byline_hyphen_dateline_caption_credit_running_head_guillemet_midquote_indent_only_two_spaces_bus_timetable_header_star_footnote_road_notice_issuer_runin_briefs",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "  ",
    "blank": False,
    "note": "Wei Yekare 2042-05-22 Página 4 (an invented weekly of Santa Elena de Uairén, Bolívar, Venezuela; Pemon "
    "text, Spanish furniture), ISO 8859-1 (`á é í ó ú ü « » ·`; no curly quotes or dashes), CRLF; **indent-only "
    "paragraphs (two spaces)**, wrapped at 40 with hyphenation. A feature on a bus across the Gran Sabana (kicker "
    "`Autobús`, title, byline line `Kaimanto: Aurelia Pérez`, the dateline `SANTA ELENA -` with an ASCII hyphen, a "
    "caption and its credit inside a sentence, a teacher's «» quotation cut by the running head; fare 40 = 2 × 20, "
    "computed); then, after a blank line, the timetable `Autobús Santa Elena` (header row, four rows, one starred, "
    "the footnote `* Sábado ichipü`); a road notice signed by its office; the label `Yekare pe` over two briefs with "
    "run-in heads (`. `).",
    "date": "2042-05-22", "page": "4",
    "head": [f"WEI YEKARE · {spanish(DAY8)} · Página 4", "Transporte · Editora: Carmen Lanz"],
    "foot": ["Wei Yekare · weiyekare@uairen.example.ve"],
    "furniture": ["WEI YEKARE", spanish(DAY8), "Página 4", "Transporte", "Editora: Carmen Lanz",
                  "Wei Yekare · Transporte", "Wei Yekare", "weiyekare@uairen.example.ve"],
    "run": ["Wei Yekare · Transporte"], "labels": [], "markup": [" · "] * 5 + [". "] * 2,
    "articles": [
        {"lines": ["Autobús", "Kavanayén pona autobús warantei", "Kaimanto: Aurelia Pérez"],
         "kicker": "Autobús", "title": "Kavanayén pona autobús warantei",
         "byline": ["Kaimanto: Aurelia Pérez", "Aurelia Pérez"],
         "captions": ["Autobús Kamoirán tepuy pata."], "credits": ["Foto: Wilmer Gómez"],
         "body": [syl(f"SANTA ELENA - Autobús Santa Elena pona Kavanayén pona {ROWS8[0][:5]} eseruma, "
                      f"{FARE8} bolívares pemonkonton, {KIDS8} bolívares muremure pe."),
                  syl("Pemonkonton tamure autobús pona ereutei, {cap}tepuy kowamai yekare eseruma."),
                  syl("Teresita Lambos taurepanton: «Uyentamasak pe autobús pona Kavanayén pona, uyekare "
                      "yewanpe {run}wakü.»")]},
        table("Autobús Santa Elena", ROWS8, header=f"{'Sale':<7}{'Parada':<13}Llega", footnote="* Sábado ichipü"),
        notice("Aviso vial", [
            syl("Kavanayén pona eseruma taukaimepue, autobús warantei ichipü tamure."),
            ("row", f"Desde: {ROAD8[0]:%d.%m.%Y}"),
            ("row", f"Hasta: {ROAD8[1]:%d.%m.%Y}"),
            syl("Pemonkonton eseruma yekare tewanpe.")], "Oficina Vial de la Gran Sabana"),
        *briefs("Yekare pe", [
            ("San Ignacio", syl("Autobús San Ignacio pona tamure eseruma kaiwarantei.")),
            ("Kamoirán", syl("Kamoirán pemonkonton autobús paradaya wakü yekare.")),
        ], ". "),
    ],
}

# 9. Nasa Yuwe (Toribío, Cauca, Colombia), UTF-8 with BOM: a chiva bus to market; the timetable glued under the
#    feature; a landslide clearance notice; the briefs glued under the notice's date row.
DAY9 = date(2042, 7, 11)
CHIVA9 = {"Santander": 150, "Caloto": 110, "Tacueyó": 40}
T9 = [(4 * 60 + 30, "Santander", False), (6 * 60, "Caloto", False), (7 * 60 + 30, "Tacueyó", True),
      (12 * 60, "Santander", False)]
ROWS9 = trips(T9, CHIVA9, " ", "*", pad=12)
assert CHIVA9["Santander"] == 2 * 60 + 30
SLIDE9 = (date(2042, 7, 13), date(2042, 7, 20))
assert DAY9 < SLIDE9[0] < SLIDE9[1]
assert SLIDE9[0].weekday() == 6 and SLIDE9[1].weekday() == 6
CHIVA_PAGE = {
    "name": "pbb_utf8_bom_lf_nasa_yuwe_transport_page_chiva_bus_to_market_feature_kicker_byline_dateline_caption_credit_runhead_midquote_glued_chiva_timetable_no_header_star_footnote_landslide_notice_issuer_date_glued_runin_briefs",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 42, "indent": "",
    "blank": True,
    "note": "Kiwe Ũus 2042-07-11 Página 6 (an invented weekly of Toribío, Cauca, Colombia; Nasa Yuwe text, Spanish "
    "furniture), UTF-8 with BOM (`ũ Ũ ã á é í ó Í “ ” – ·`), LF; blank-line paragraphs, wrapped at 42 with hyphenation. A "
    "feature on a chiva bus to the Santander market (kicker `Chiva`, title, byline line `Fxi'zenxi: Rubiela "
    "Yatacué`, the dateline `TORIBÍO –`, a caption and its credit inside a sentence, a grower's “” quotation cut by "
    "the running head); then, **with no blank line**, the timetable `Chiva Toribío` (**no header row**, four rows, "
    "one starred, the footnote `* Domingo ma'w`); a landslide clearance notice signed by its office over a date "
    "row; then, **with no blank line under the date row**, the label `Txãa yuwe` over three briefs with run-in heads "
    "(` – `).",
    "date": "2042-07-11", "page": "6",
    "head": [f"KIWE ŨUS · {spanish(DAY9)} · Página 6", "Transporte · Editor: Fabio Pito"],
    "foot": ["Kiwe Ũus · kiweuus@toribio.example.co"],
    "furniture": ["KIWE ŨUS", spanish(DAY9), "Página 6", "Transporte", "Editor: Fabio Pito",
                  "Kiwe Ũus · Transporte", "Kiwe Ũus", "kiweuus@toribio.example.co"],
    "run": ["Kiwe Ũus · Transporte"], "labels": [], "markup": [" · "] * 5 + [" – "] * 3,
    "articles": [
        {"lines": ["Chiva", "Chiva Santander yat pa'ja", "Fxi'zenxi: Rubiela Yatacué"],
         "kicker": "Chiva", "title": "Chiva Santander yat pa'ja",
         "byline": ["Fxi'zenxi: Rubiela Yatacué", "Rubiela Yatacué"],
         "captions": ["Nasa kwe'sx chiva ũus pa'ja."], "credits": ["Foto: Jairo Ipia"],
         "body": [syl(f"TORIBÍO – Chiva Toribío Santander {ROWS9[0][:5]} pa'ja, dos horas treinta minutos "
                      "nasa kwe'sx mercado kiwe ewmee naasnasa."),
                  syl("Café, plátano, frijol chivanxi, {cap}nasa kwe'sx Santander mercado pa'ja."),
                  syl("Marleny Guetio ũusa: “Chiva ewmee, kwe'sx café Santander mercado pa'ja, "
                      "kiwe {run}ewmee.”"),
                  syl("Sábado camioneta Toribío Tacueyó pa'ja, chiva Toribío Caloto pa'ja, nasa kwe'sx "
                      "camioneta Toribío ewmee naasnasa.")]},
        table("Chiva Toribío", ROWS9, footnote="* Domingo ma'w", glued=True),
        notice("Aviso", [
            syl("Toribío Tacueyó wala kiwe derrumbe, chiva Tacueyó ma'w pa'ja, camioneta Toribío "
                "Tacueyó ma'w pa'ja."),
            ("row", f"Desde: {SLIDE9[0]:%d.%m.%Y}"),
            ("row", f"Hasta: {SLIDE9[1]:%d.%m.%Y}"),
            syl("Nasa kwe'sx kiwe ewmee naasnasa.")], "Junta Vial del Resguardo", "Toribío, 10.07.2042"),
        *briefs("Txãa yuwe", [
            ("Caloto", syl("Chiva Caloto ewmee pa'ja, mercado sábado naasnasa.")),
            ("Tacueyó", syl("Chiva Tacueyó derrumbe ma'w, camioneta pa'ja.")),
            ("Santander", syl("Santander mercado kwe'sx café chivanxi ewmee.")),
        ], " – ", glued=True),
    ],
}

# 10. Sikuani (Cumaribo, Vichada, Colombia), UTF-16 LE: a river boat to Puerto Carreño; its timetable; a port
#     notice; the briefs. Indent-only (three spaces), not glued.
DAY10 = date(2042, 9, 25)
BOAT10 = {"Puerto Carreño": 480, "Santa Rita": 240, "Güerima": 150}
T10 = [(5 * 60, "Puerto Carreño", False), (6 * 60 + 30, "Santa Rita", True), (9 * 60, "Güerima", False)]
ROWS10 = trips(T10, BOAT10, " ", "*", pad=16)
assert BOAT10["Puerto Carreño"] == 8 * 60
PORT10 = (date(2042, 10, 1), date(2042, 10, 15))
assert DAY10 < PORT10[0] < PORT10[1]
assert PORT10[0].weekday() == 2 and PORT10[1].weekday() == 2
BOAT_PAGE = {
    "name": "guh_utf16le_bom_crlf_sikuani_transport_page_boat_to_puerto_carreno_feature_kicker_byline_dateline_caption_credit_runhead_midquote_indent_only_three_spaces_boat_timetable_header_star_footnote_port_notice_issuer_runin_briefs",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 40,
    "indent": "   ", "blank": False,
    "note": "Nexato Pihi 2042-09-25 Página 3 (an invented weekly of Cumaribo, Vichada, Colombia; Sikuani text, "
    "Spanish furniture), UTF-16 LE with BOM (`ü ñ é á Ó “ ” – ·`), CRLF; **indent-only paragraphs (three spaces)**, "
    "wrapped at 40 with hyphenation. A feature on a river boat to Puerto Carreño (kicker `Voladora`, title, byline "
    "line `Nakuetsinü: Dayana Gaitán`, the dateline `CUMARIBO –`, a caption and its credit inside a sentence, a "
    "trader's “” quotation cut by the running head); then, after a blank line, the timetable `Voladora Cumaribo` "
    "(header row, three rows, one starred, the footnote `* Domingo apo`); a port notice signed by its office; the "
    "label `Pejume` over two briefs with run-in heads (` – `).",
    "date": "2042-09-25", "page": "3",
    "head": [f"NEXATO PIHI · {spanish(DAY10)} · Página 3", "Transporte · Editora: Luz Mery Chipiaje"],
    "foot": ["Nexato Pihi · nexato@cumaribo.example.co"],
    "furniture": ["NEXATO PIHI", spanish(DAY10), "Página 3", "Transporte", "Editora: Luz Mery Chipiaje",
                  "Nexato Pihi · Transporte", "Nexato Pihi", "nexato@cumaribo.example.co"],
    "run": ["Nexato Pihi · Transporte"], "labels": [], "markup": [" · "] * 5 + [" – "] * 2,
    "articles": [
        {"lines": ["Voladora", "Voladora Puerto Carreño tane", "Nakuetsinü: Dayana Gaitán"],
         "kicker": "Voladora", "title": "Voladora Puerto Carreño tane",
         "byline": ["Nakuetsinü: Dayana Gaitán", "Dayana Gaitán"],
         "captions": ["Voladora Cumaribo puerto baxuta."], "credits": ["Foto: Ómar Yepes"],
         "body": [syl(f"CUMARIBO – Voladora Cumaribo Puerto Carreño tane {ROWS10[0][:5]} naebaxuta, ocho horas "
                      "liwaisi. Sikuani pejumetsi pexanakuetsinü baxutanuba."),
                  syl("Cumaribo puerto tsane, {cap}pejumetsi naebaxuta pexanakuetsinü liwaisi."),
                  syl("Eliécer Gaitán pejume: “Voladora Puerto Carreño tane, pexanakuetsinü baxutanuba "
                      "{run}liwaisi.”"),
                  syl("Santa Rita voladora domingo apo naebaxuta.")]},
        table("Voladora Cumaribo", ROWS10, header=f"{'Sale':<7}{'Puerto':<16}Llega", footnote="* Domingo apo"),
        notice("Aviso portuario", [
            syl("Cumaribo puerto pexanakuetsinü baxutanuba, voladora tsane naebaxuta."),
            ("row", f"Desde: {PORT10[0]:%d.%m.%Y}"),
            ("row", f"Hasta: {PORT10[1]:%d.%m.%Y}"),
            syl("Sikuani pejumetsi liwaisi.")], "Oficina del Puerto Fluvial de Cumaribo"),
        *briefs("Pejume", [
            ("Güerima", syl("Voladora Güerima tane liwaisi naebaxuta pejumetsi.")),
            ("Santa Rita", syl("Santa Rita puerto tsane pexanakuetsinü baxutanuba.")),
        ], " – "),
    ],
}

PAGES = [FERRY_PAGE, BUS_PAGE, SHUTTLE_PAGE, KAITO_PAGE, EXPRESS_PAGE, NIGHT_PAGE, LAUNCH_PAGE, SABANA_PAGE, CHIVA_PAGE,
         BOAT_PAGE]
