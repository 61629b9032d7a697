"""The text of every holdout166 page, written once: make_holdout166_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-157 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head;
`~` marks where a Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156/157 used them);
`Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's labelled item set solid, and the
notice's foot, the issuer and the date each set flush right (the issuer the notice's byline, the date its last
paragraph); `"runin": sep` runs a brief's head into its paragraph (holdout151's `briefs()`).
Every page is a council and assembly page: a report of a town, county or district council's sitting (kicker, title,
byline, a caption with its credit inside a sentence, a councillor's quotation cut by the running head), a vote table
under its label (a total row whose sums agree), the next sitting's agenda as a numbered list under its head, a
public-hearing or consultation notice between two rule lines, and two or three council briefs with run-in heads.
Votes, sums and weekdays are computed and asserted. All papers, councils, people, sums and events are invented;
real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import Lines, aligned, flush_right, indonesian, solid, syllables, weekday, zhou

FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def french(day):
    return f"{FR[day.weekday()].capitalize()} {day.day} {FR_MONTHS[day.month - 1]} {day.year}"


def tally(present, motions):
    """A motion table's votes: each motion's for + against + abstaining = members present; the total row the sums."""
    for _, f, a, s in motions:
        assert f + a + s == present, (f, a, s, present)
    n = len(motions)
    total = [sum(m[i] for m in motions) for i in (1, 2, 3)]
    assert sum(total) == n * present
    return total


def roll(members, votes):
    """A roll call: each member's vote; the total row counts them (for + against + abstaining = present)."""
    counts = [sum(1 for _, v in members if v == w) for w in votes]
    assert sum(counts) == len(members)
    return counts


def report(lines, title, bylines, captions, credits, body, kicker=None, subtitle=None):
    """The sitting's report: kicker or deck, title, byline (as printed, then the name), caption and credit."""
    art = {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
           "body": body}
    if kicker:
        art["kicker"] = kicker
    if subtitle:
        art["subtitle"] = subtitle
    return art


def table(label, rows, glued=False):
    """A vote table or roll call under its label: the label is the title, one paragraph per printed row (the header
    and total rows included)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def agenda(head, intro, items):
    """The next sitting's agenda: its head the title, the sentence under it a paragraph, each numbered item one
    paragraph with its number, printed as a row."""
    return {"lines": [head], "title": head, "tight": True, "body": [intro] + [("row", i) for i in items]}


def notice(page, rule, title, items, issuer, day_line):
    """A public-hearing notice between two rule lines (holdout157's): its head the title, each labelled item one
    paragraph set solid, the issuer (the byline; none accepted) and the date (a paragraph) flush right at its
    foot."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def briefs(label, items, runin, glued=False):
    """A briefs column (holdout151's): the label, printed once, is the first brief's section (none accepted) and
    accepted on the others; the kicker is accepted on every brief; each run-in head is its brief's title."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK county paper: the county people's congress standing committee votes the embankment repair budget; the vote
#    table glued under the report; the agenda; the hearing notice; run-in briefs glued under the notice's foot.
DAY1 = date(2042, 3, 19)
NEXT1 = date(2042, 4, 23)
HEAR1 = date(2042, 4, 2)
SIGN1 = date(2042, 3, 30)
assert DAY1 < SIGN1 < HEAR1
assert DAY1.weekday() == 2 and NEXT1.weekday() == 2 and HEAR1.weekday() == 2 and DAY1 < HEAR1 < NEXT1
MEMBERS1, PRESENT1 = 27, 23
MOTIONS1 = [("沄河堤防加固工程预算调整方案", 21, 1, 1), ("县城老旧供水管网改造计划", 22, 0, 1),
            ("关于任命县水利局局长的决定", 20, 2, 1)]
TOTAL1 = tally(PRESENT1, MOTIONS1)
KM1, OLD1, NEW1 = 14, 6200, 8350
assert NEW1 - OLD1 == 2150
ROWS1 = ["议题　赞成　反对　弃权"] + [f"{m}　{f}　{a}　{s}" for m, f, a, s in MOTIONS1] + [
    f"合计　{TOTAL1[0]}　{TOTAL1[1]}　{TOTAL1[2]}"]
ZH_RULE21 = "─" * 21
EMBANK_PAGE = {
    "name": "zh_gbk_crlf_county_congress_page_embankment_budget_vote_report_kicker_byline_caption_credit_running_head_midquote_glued_motion_vote_table_header_total_row_numbered_agenda_hearing_notice_box_glued_runin_briefs",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "沄阳晚报 2042-03-19 第4版 人大视窗 (a county paper's congress page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A report of the county people's congress standing committee's sitting (kicker `常委会第十九次会议`, "
    f"title, byline line, a caption and its credit inside a sentence, a member's “” quotation cut by the running head "
    f"before `放心。”`; {NEW1} − {OLD1} = {NEW1 - OLD1} 万元, computed); then, **with no blank line under the report's "
    f"last line**, the vote table `表决结果` (a header row, three motions, each {PRESENT1} present = for + against + "
    "abstaining, and a total row of the sums, asserted); the agenda `下次会议议程` (a sentence, then `一、`…`四、` items); "
    "a hearing notice between two rule lines (labelled items set solid, the issuer and date flush right); then, **with "
    "no blank line under the notice's foot rule**, the label `人大简讯` over three briefs with run-in heads.",
    "date": "2042-03-19", "page": "4",
    "head": ["沄阳晚报", f"2042年3月19日　{weekday(DAY1)}　　第4版　人大视窗　　编辑：覃　渚"],
    "foot": ["沄阳晚报社　　新闻热线：0745-4216630"],
    "furniture": ["沄阳晚报", "2042年3月19日", weekday(DAY1), "第4版", "人大视窗", "编辑：覃　渚", "沄阳晚报·人大视窗",
                  "沄阳晚报社", "新闻热线：0745-4216630"],
    "run": ["沄阳晚报·人大视窗"], "labels": [], "markup": [ZH_RULE21] * 2,
}
EMBANK_PAGE["articles"] = [
    report(["常委会第十九次会议", "沄河堤防加固预算获通过", "本报记者　向　澜"], "沄河堤防加固预算获通过",
           ["本报记者　向　澜", "向　澜", "向澜"], ["委员们在会上审议预算调整方案。"], ["（本报记者　向　澜　摄）"],
           ["昨天，县人大常委会举行第十九次会议，表决通过了沄河堤防加固工程预算调整方案。",
            f"按照调整后的方案，全长{KM1}公里的堤防加固工程预算由{OLD1}万元调增到{NEW1}万元，增加{NEW1 - OLD1}万元，"
            "主要用于加高三处低洼堤段。",
            "会上，委员们逐段审议了工程清单，{cap}并要求汛期前完成最险的两处堤段。",
            "常委会委员、城关镇人大主席团主席滕秀华说：“堤边住着两千多户人家，钱花在哪一段、哪天完工，都要向群众讲清楚，"
            "大家才能{run}放心。”"], kicker="常委会第十九次会议"),
    table("表决结果", ROWS1, glued=True),
    agenda("下次会议议程", f"县人大常委会第二十次会议定于{NEXT1.month}月{NEXT1.day}日（{zhou(NEXT1)}）上午举行，拟议以下事项：",
           ["一、听取县政府关于防汛准备工作情况的报告；", "二、审议县城老旧供水管网改造进展情况；",
            "三、审议关于农村学校校舍安全的调研报告；", "四、人事任免事项。"]),
    notice(EMBANK_PAGE, ZH_RULE21, "听证会公告",
           ["事项：沄河堤防加固工程征地补偿标准", f"时间：{HEAR1.year}年{HEAR1.month}月{HEAR1.day}日（{zhou(HEAR1)}）上午9:00",
            "地点：县人大常委会二楼会议室", f"报名：沿河住户可于{SIGN1.month}月{SIGN1.day}日前到所在村（社区）报名，"
            "每村推选代表两名参加。"], "沄阳县人大常委会办公室", "2042年3月18日"),
    *briefs("人大简讯", [
        ("代表视察敬老院", "本月15日，县人大代表一行十二人到五个乡镇的敬老院视察，查看消防设施和伙食情况。"),
        ("选民接待日", "每月第一个星期五为代表联络站选民接待日，群众可到各乡镇联络站反映意见。"),
        ("执法检查启动", "县人大常委会对《水法》贯彻实施情况开展执法检查，为期一个月。"),
    ], "\u3000", glued=True),
]


# 2. GB18030 town people's congress: elderly canteens; a roll call with a total row; the agenda; a consultation
#    notice; run-in briefs. Indent-only, not glued.
RARE = "\u3ed1"  # 㻑, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 5, 14)
NEXT2 = date(2042, 6, 26)
ASK2 = date(2042, 5, 30)
assert DAY2.weekday() == 2 and NEXT2.weekday() == 3 and ASK2.weekday() == 4 and DAY2 < ASK2 < NEXT2
VOTERS2 = [("主席团成员　邬立群", "赞成"), ("主席团成员　桑美娟", "赞成"), ("代表　雷长根", "赞成"),
           ("代表　付小燕", "反对"), ("代表　葛宝林", "赞成"), ("代表　向春梅", "弃权"), ("代表　柴国平", "赞成")]
C2 = roll(VOTERS2, ["赞成", "反对", "弃权"])
assert C2 == [5, 1, 1]
CANTEENS2, MEALS2, PRICE2 = 9, 640, 5
ROWS2 = [f"{n}　{v}" for n, v in VOTERS2] + [f"合计　赞成{C2[0]}　反对{C2[1]}　弃权{C2[2]}"]
CANTEEN_PAGE = {
    "name": "zh_gb18030_lf_town_congress_page_elderly_canteens_report_deck_rare_char_byline_caption_credit_running_head_midquote_indent_only_roll_call_total_row_numbered_agenda_consultation_notice_box_runin_briefs",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"澴溪日报 2042-05-14 第6版 民主法治 (a county daily's page; `{RARE}` U+3ED1, CJK Extension A, in the reporter's "
    f"name `甘　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A report of a town people's "
    "congress presidium sitting on elderly canteens (title, **deck** the subtitle, byline line, a caption and its credit "
    "inside a sentence, a deputy's “” quotation cut by the running head before `吃饭。”`); then, after a blank line, the "
    f"roll call `表决情况` (each member's name and vote, one row each, no header row, and a total row: {C2[0]} + {C2[1]} + "
    f"{C2[2]} = {len(VOTERS2)} present, asserted); the agenda `下次会议议程` (`1. …` items); a consultation notice between "
    "two rule lines; the label `镇人大动态` over two briefs with run-in heads.",
    "date": "2042-05-14", "page": "6",
    "head": ["澴溪日报", f"2042年5月14日　{weekday(DAY2)}　　第6版　民主法治"],
    "foot": ["澴溪日报社　　地址：澴溪县府前路6号　　邮编：432811"],
    "furniture": ["澴溪日报", "2042年5月14日", weekday(DAY2), "第6版", "民主法治", "澴溪日报·民主法治", "澴溪日报社",
                  "地址：澴溪县府前路6号", "邮编：432811"],
    "run": ["澴溪日报·民主法治"], "labels": [], "markup": [ZH_RULE21] * 2,
}
CANTEEN_PAGE["articles"] = [
    report(["长者食堂明年覆盖全镇", "镇人大主席团会议表决通过实施方案", f"本报记者　甘　{RARE}"], "长者食堂明年覆盖全镇",
           [f"本报记者　甘　{RARE}", f"甘　{RARE}", f"甘{RARE}"], ["代表们在石桥村长者食堂试吃午餐。"],
           [f"（本报记者　甘　{RARE}　摄）"],
           [f"前天，澴溪县柳漕镇人大主席团召开会议，表决通过了长者食堂建设实施方案。按方案，全镇将建成{CANTEENS2}个"
            f"长者食堂，每天供应约{MEALS2}份午餐，七十岁以上老人每餐只付{PRICE2}元。",
            "会前，代表们分组走访了三个试点村，{cap}听取老人对菜品和价格的意见。",
            "镇人大代表雷长根说：“试点村的老人说，最怕的不是贵，是路远。食堂要建在村口，下雨天也能走过来{run}吃饭。”"],
           subtitle="镇人大主席团会议表决通过实施方案"),
    table("表决情况", ROWS2),
    agenda("下次会议议程", f"柳漕镇第十八届人大第三次会议定于{NEXT2.month}月{NEXT2.day}日（{zhou(NEXT2)}）召开，拟议以下事项：",
           ["1. 听取镇政府工作情况的报告；", "2. 审查上半年财政预算执行情况；", "3. 审议长者食堂运营补助办法。"]),
    notice(CANTEEN_PAGE, ZH_RULE21, "征求意见公告",
           ["内容：《柳漕镇长者食堂运营补助办法（征求意见稿）》",
            f"时间：即日起至{ASK2.month}月{ASK2.day}日", "地点：镇政府一楼便民服务大厅",
            "方式：可到现场填写意见表，也可将意见投入各村委会门口的意见箱。"],
           "柳漕镇人大主席团", "2042年5月12日"),
    *briefs("镇人大动态", [
        ("代表进村听民意", "本月以来，镇人大代表分四组走访十一个村，收集意见建议三十七条。"),
        ("联络站挂牌", "镇人大代表联络站在集镇老供销社旧址挂牌，每周二上午有代表值班。"),
    ], "\u3000"),
]


# 3. Big5 Taiwan township representatives' council: community patrol subsidies; a roll call glued under the report;
#    the agenda; a hearing notice; run-in briefs glued under the notice's foot.
DAY3 = date(2042, 10, 8)
NEXT3 = date(2042, 11, 12)
HEAR3 = date(2042, 10, 25)
assert DAY3.year - 1911 == 131 and DAY3.weekday() == 2 and NEXT3.weekday() == 2 and HEAR3.weekday() == 5
VOTERS3 = [("主席　范振宏", "贊成"), ("代表　彭秀鳳", "贊成"), ("代表　古明輝", "反對"), ("代表　詹淑惠", "贊成"),
           ("代表　劉建成", "贊成"), ("代表　溫美玲", "棄權"), ("代表　黃國榮", "贊成"), ("代表　徐阿增", "反對"),
           ("代表　曾玉蘭", "贊成")]
C3 = roll(VOTERS3, ["贊成", "反對", "棄權"])
assert C3 == [6, 2, 1]
TEAMS3, PER3 = 14, 30000
assert TEAMS3 * PER3 == 420000
ZH_RULE20 = "─" * 20
PATROL_PAGE = {
    "name": "zht_big5_cr_taiwan_township_council_page_community_patrol_subsidy_report_kicker_byline_caption_credit_running_head_midquote_glued_roll_call_header_total_row_numbered_agenda_hearing_notice_box_glued_runin_briefs",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "峨嵐日報 2042-10-08 (`中華民國131年10月8日`) B3 地方議政 (a county paper's page, Miaoli county, Taiwan), Big5, "
    "CR; blank-line paragraphs, wrapped at 20. A report of an (invented) township representatives' council sitting "
    f"on community patrol subsidies (kicker `定期會`, title with a full-width gap, byline line `記者邱詩涵／獅潭報導`, a "
    "caption and its credit inside a sentence, a representative's 「」 quotation cut by the running head before "
    f"`才安心。」`; {TEAMS3} × {PER3} = {TEAMS3 * PER3}, computed); then, **with no blank line under the report's last "
    f"line**, the roll call `表決結果` (a header row `代表　表決`, nine rows, a total row {C3[0]} + {C3[1]} + {C3[2]} = "
    f"{len(VOTERS3)}, asserted); the agenda `下次會議議程` (`一、`…`三、`); a hearing notice between two rule lines; "
    "then, **with no blank line under the notice's foot rule**, the label `代表會短波` over two briefs with run-in heads.",
    "date": "2042-10-08", "page": "B3",
    "head": [f"峨嵐日報　中華民國131年10月8日　{weekday(DAY3)}", "B3　地方議政　　編輯：鍾佩蓉"],
    "foot": ["峨嵐日報社　讀者服務專線：(037)721-538"],
    "furniture": ["峨嵐日報", "中華民國131年10月8日", weekday(DAY3), "B3", "地方議政", "編輯：鍾佩蓉", "峨嵐日報．地方議政",
                  "峨嵐日報社", "讀者服務專線：(037)721-538"],
    "run": ["峨嵐日報．地方議政"], "labels": [], "markup": [ZH_RULE20] * 2,
}
PATROL_PAGE["articles"] = [
    report(["定期會", "社區巡守隊補助　代表會通過", "記者邱詩涵／獅潭報導"], "社區巡守隊補助　代表會通過",
           ["記者邱詩涵／獅潭報導", "邱詩涵"], ["代表們在會中聽取巡守隊隊長說明。"], ["（記者邱詩涵攝）"],
           [f"桐林鄉民代表會昨天舉行第十二次定期會，表決通過社區巡守隊補助案，明年起全鄉{TEAMS3}支巡守隊每隊每年補助"
            f"{PER3}元，合計{TEAMS3 * PER3}元。",
            "會中，代表們先請巡守隊隊長到場說明，{cap}再逐條審查補助辦法。",
            "代表彭秀鳳說，「巡守隊員都是自己掏錢買手電筒、雨衣，晚上騎機車繞村子，補助要發到隊員手上，大家"
            "{run}才安心。」"], kicker="定期會"),
    table("表決結果", ["代表　表決"] + [f"{n}　{v}" for n, v in VOTERS3] + [f"合計　贊成{C3[0]}　反對{C3[1]}　棄權{C3[2]}"],
          glued=True),
    agenda("下次會議議程", f"第十三次定期會訂於{NEXT3.month}月{NEXT3.day}日（週三）上午開議，議程如下：",
           ["一、鄉公所業務報告；", "二、審查明年度總預算案；", "三、代表提案討論。"]),
    notice(PATROL_PAGE, ZH_RULE20, "公聽會公告",
           ["主題：桐林鄉巡守隊補助辦法草案", f"時間：{HEAR3.month}月{HEAR3.day}日（週六）下午2時",
            "地點：桐林鄉活動中心二樓", "參加方式：鄉民可直接到場發言，或於會前以書面向代表會提出意見。"],
           "桐林鄉民代表會", "中華民國131年10月7日"),
    *briefs("代表會短波", [
        ("代表服務處", "代表會在活動中心一樓設代表服務處，每週三下午有代表輪值。"),
        ("議事錄上網", "自本次定期會起，會議紀錄在代表會網站公開，鄉民可以下載。"),
    ], "\u3000", glued=True),
]


# 4. Big5-HKSCS Hong Kong district council in Cantonese: slopes shored up after landslips; a motion table; the agenda; a
#    consultation notice; run-in briefs. Indent-only, not glued.
DAY4 = date(2042, 7, 17)
NEXT4 = date(2042, 9, 11)
ASK4 = date(2042, 8, 15)
assert DAY4.weekday() == 3 and NEXT4.weekday() == 3 and ASK4.weekday() == 4 and DAY4 < ASK4 < NEXT4
PRESENT4 = 17
MOTIONS4 = [("斜坡加固動議", 15, 0, 2), ("加建有蓋行人路動議", 12, 3, 2)]
TOTAL4 = tally(PRESENT4, MOTIONS4)
SLOPES4, RISK4 = 23, 8
REST4 = SLOPES4 - RISK4
assert REST4 == 15
SLOPE_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_district_council_page_slope_repairs_cantonese_report_kicker_byline_caption_credit_running_head_midquote_indent_only_motion_vote_table_header_total_row_numbered_agenda_consultation_notice_box_runin_briefs",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000",
    "blank": False,
    "note": "翠坪週報 2042-07-17 第5頁 區政 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 冧 啲 冇`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese report of an (invented) district "
    "council sitting on slopes after landslips (kicker `區議會大會`, title with a full-width gap, byline line `記者　譚芷晴`, "
    "a caption and its credit inside a sentence, a councillor's 「」 quotation cut by the running head before `加固。」`; "
    f"{SLOPES4} − {RISK4} = {REST4} slopes, computed); then, after a blank line, the table `表決結果` (a header row, two "
    f"motions of {PRESENT4} present, a total row of the sums, asserted); the agenda `下次會議議程` (`一、`…`四、`); a "
    "consultation notice between two rule lines; the label `區會快訊` over three briefs with run-in heads.",
    "date": "2042-07-17", "page": "5",
    "head": [f"翠坪週報　2042年7月17日　{weekday(DAY4)}", "第5頁　區政"],
    "foot": ["翠坪週報社　查詢：3618 2274"],
    "furniture": ["翠坪週報", "2042年7月17日", weekday(DAY4), "第5頁", "區政", "翠坪週報．區政", "翠坪週報社",
                  "查詢：3618 2274"],
    "run": ["翠坪週報．區政"], "labels": [], "markup": [ZH_RULE20] * 2,
}
SLOPE_PAGE["articles"] = [
    report(["區議會大會", "斜坡又冧泥　議員促加固", "記者　譚芷晴"], "斜坡又冧泥　議員促加固",
           ["記者　譚芷晴", "譚芷晴"], ["議員同街坊喺山邊睇冧泥位。"], ["（讀者提供）"],
           [f"翠坪區議會前日開大會，通過動議，要求部門兩年內加固區內{RISK4}幅高危斜坡，其餘{REST4}幅斜坡每年檢查兩次，"
            f"全區合共{SLOPES4}幅。",
            "開會前，幾位議員同街坊行咗一轉山邊，{cap}見到上個月冧落嚟嘅泥石仲未清走。",
            "提出動議嘅議員何志聰話：「住喺山邊嘅街坊一落大雨就驚，瞓覺都唔安樂，部門要快啲{run}加固。」"],
           kicker="區議會大會"),
    table("表決結果", ["動議　贊成　反對　棄權"] + [f"{m}　{f}　{a}　{s}" for m, f, a, s in MOTIONS4]
          + [f"合計　{TOTAL4[0]}　{TOTAL4[1]}　{TOTAL4[2]}"]),
    agenda("下次會議議程", f"下次大會定於{NEXT4.month}月{NEXT4.day}日（禮拜四）下晝兩點半舉行，議程如下：",
           ["一、通過上次會議記錄；", "二、部門匯報斜坡加固進度；", "三、討論有蓋行人路走線；", "四、其他事項。"]),
    notice(SLOPE_PAGE, ZH_RULE20, "諮詢通告",
           ["事項：翠坪有蓋行人路走線", f"諮詢期：即日起至{ASK4.month}月{ASK4.day}日",
            "地點：翠坪社區會堂地下展覽廳", "參與方法：市民可到展覽廳填寫意見表，或寄信到區議會秘書處。"],
           "翠坪區議會秘書處", "2042年7月15日"),
    *briefs("區會快訊", [
        ("辦事處搬遷", "何志聰議員辦事處下個月搬去翠坪邨商場二樓，電話冇變。"),
        ("防騙講座", "區議會同社區中心下個禮拜六喺社區會堂搞防騙講座，長者可以免費參加。"),
        ("中秋晚會", "區議會中秋晚會改喺球場舉行，當晚有燈籠同粵曲表演。"),
    ], "\u3000"),
]


# 5. UTF-8 Malaysian Chinese daily: a district council votes on a flood-drain upgrade; a motion table glued under the
#    report; the agenda; a public-hearing notice; run-in briefs glued under the notice's foot.
DAY5 = date(2042, 8, 27)
NEXT5 = date(2042, 9, 24)
HEAR5 = date(2042, 9, 13)
assert DAY5.weekday() == 2 and NEXT5.weekday() == 2 and HEAR5.weekday() == 5 and DAY5 < HEAR5 < NEXT5
PRESENT5 = 19
MOTIONS5 = [("排水沟提升工程拨款", 17, 1, 1), ("社区礼堂维修拨款", 14, 3, 2), ("乐龄中心增建凉亭", 19, 0, 0)]
TOTAL5 = tally(PRESENT5, MOTIONS5)
RM5, DRAINS5 = 1860000, 6
assert RM5 % DRAINS5 == 0 and RM5 // DRAINS5 == 310000
DRAIN_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_district_council_page_flood_drain_upgrade_report_kicker_byline_caption_credit_running_head_midquote_glued_motion_vote_table_header_total_row_numbered_agenda_hearing_notice_box_glued_runin_briefs",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "柔澜晨报 2042-08-27 第9版 地方议会 (a Malaysian Chinese daily; Batu Pahat, Johor, as the setting of an invented "
    "district council `双溪巴株县议会`), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A report of the "
    f"council's monthly sitting on a drain upgrade (kicker `月常会`, title, byline line, a caption and its credit inside "
    f"a sentence, a councillor's “” quotation cut by the running head before `淹水。”`; RM{RM5} = {DRAINS5} × RM"
    f"{RM5 // DRAINS5}, computed); then, **with no blank line under the report's last line**, the table `表决结果` (a "
    f"header row, three motions of {PRESENT5} present, a total row of the sums, asserted); the agenda `下次常会议程` "
    "(`1. …`); a public-hearing notice between two rule lines; then, **with no blank line under the notice's foot "
    "rule**, the label `议会简讯` over two briefs with run-in heads.",
    "date": "2042-08-27", "page": "9",
    "head": ["柔澜晨报", f"2042年8月27日　{weekday(DAY5)}　　第9版　地方议会"],
    "foot": ["柔澜晨报社　　读者热线：07-4316258"],
    "furniture": ["柔澜晨报", "2042年8月27日", weekday(DAY5), "第9版", "地方议会", "柔澜晨报·地方议会", "柔澜晨报社",
                  "读者热线：07-4316258"],
    "run": ["柔澜晨报·地方议会"], "labels": [], "markup": [ZH_RULE21] * 2,
}
DRAIN_PAGE["articles"] = [
    report(["月常会", "县议会批准提升排水沟", "本报记者　符佩珊"], "县议会批准提升排水沟",
           ["本报记者　符佩珊", "符佩珊"], ["县议员视察新村旁的排水沟。"], ["（县议会提供）"],
           [f"（峇株巴辖讯）双溪巴株县议会昨日召开月常会，通过拨款{RM5:,}令吉，提升新村一带{DRAINS5}段排水沟，"
            f"每段约{RM5 // DRAINS5:,}令吉。",
            "议员们在会前到新村实地查看，{cap}发现多段沟渠被泥沙堵塞。",
            "县议员颜启源说：“每逢雨季，新村的店屋和民宅都淹到膝盖，沟渠加深加宽后，希望今年年尾不再"
            "{run}淹水。”"], kicker="月常会"),
    table("表决结果", ["提案　赞成　反对　弃权"] + [f"{m}　{f}　{a}　{s}" for m, f, a, s in MOTIONS5]
          + [f"合计　{TOTAL5[0]}　{TOTAL5[1]}　{TOTAL5[2]}"], glued=True),
    agenda("下次常会议程", f"县议会下一次月常会订于{NEXT5.month}月{NEXT5.day}日（{zhou(NEXT5)}）上午10时举行，议程如下：",
           ["1. 确认上次会议记录；", "2. 排水沟工程招标进度报告；", "3. 讨论明年财政预算草案。"]),
    notice(DRAIN_PAGE, ZH_RULE21, "公众听证会通告",
           ["主题：新村排水沟提升工程施工安排", f"日期：{HEAR5.year}年{HEAR5.month}月{HEAR5.day}日（{zhou(HEAR5)}）",
            "时间：上午9时30分", "地点：新村华团礼堂", "参与方式：受影响的住户和店主可出席发表意见，毋须报名。"],
           "双溪巴株县议会秘书处", "2042年8月25日"),
    *briefs("议会简讯", [
        ("路灯维修", "县议会本月维修了一百二十盏坏路灯，民众可拨打议会热线投报。"),
        ("清沟日", "县议会下周六联同新村居民举办清沟日，欢迎居民自备工具参加。"),
    ], "\u3000", glued=True),
]


# 6. UTF-16 LE district people's congress standing committee: after-school care in primary schools; a motion table
#    (no header row) glued under the report; the agenda; a consultation notice; run-in briefs glued under the
#    notice's foot. Indent-only.
DAY6 = date(2042, 11, 26)
NEXT6 = date(2042, 12, 23)
ASK6 = date(2042, 12, 10)
assert DAY6.weekday() == 2 and NEXT6.weekday() == 1 and ASK6.weekday() == 2 and DAY6 < ASK6 < NEXT6
PRESENT6 = 25
MOTIONS6 = [("关于小学课后服务工作的决议", 24, 0, 1), ("区本级财政预算调整方案", 22, 1, 2),
            ("接受周立言辞去代表职务的决定", 25, 0, 0)]
TOTAL6 = tally(PRESENT6, MOTIONS6)
SCHOOLS6, PUPILS6, SHARE6 = 31, 18600, 0.86
assert round(PUPILS6 / SHARE6) == 21628
AFTER_PAGE = {
    "name": "zh_utf16le_bom_crlf_district_congress_page_after_school_care_report_kicker_byline_caption_credit_running_head_midquote_indent_only_glued_motion_vote_table_no_header_total_row_numbered_agenda_consultation_notice_box_glued_runin_briefs",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000",
    "blank": False,
    "note": "汀埠日报 2042-11-26 第7版 人大之声 (a city daily's page), UTF-16 LE with BOM, CRLF; **indent-only paragraphs**, "
    "wrapped at 22. A report of a district people's congress standing committee's sitting on after-school care "
    "(kicker `区人大常委会`, title, byline line, a caption and its credit inside a sentence, a member's “” quotation cut "
    f"by the running head before `接孩子。”`; {PUPILS6} pupils, {SCHOOLS6} schools); then, **with no blank line under the "
    f"report's last line**, the table `表决结果` (**no header row**, three motions of {PRESENT6} present, a total row of "
    "the sums, asserted); the agenda `下次会议议程` (`一、`…); a consultation notice between two rule lines; then, "
    "**with no blank line under the notice's foot rule**, the label `人大动态` over three briefs with run-in heads.",
    "date": "2042-11-26", "page": "7",
    "head": ["汀埠日报", f"2042年11月26日　{weekday(DAY6)}　　第7版　人大之声　　编辑：敖　蕾"],
    "foot": ["汀埠日报社　　新闻热线：0597-8321146"],
    "furniture": ["汀埠日报", "2042年11月26日", weekday(DAY6), "第7版", "人大之声", "编辑：敖　蕾", "汀埠日报·人大之声",
                  "汀埠日报社", "新闻热线：0597-8321146"],
    "run": ["汀埠日报·人大之声"], "labels": [], "markup": ["─" * 22] * 2,
}
AFTER_PAGE["articles"] = [
    report(["区人大常委会", "课后服务延至傍晚六点", "本报记者　戚　砚"], "课后服务延至傍晚六点",
           ["本报记者　戚　砚", "戚　砚", "戚砚"], ["委员们在实验小学旁听课后托管。"], ["（本报记者　戚　砚　摄）"],
           [f"昨天，汀埠市梅岭区人大常委会举行会议，表决通过关于小学课后服务工作的决议。下学期起，全区{SCHOOLS6}所小学的"
            f"课后服务延长到傍晚6点，目前已有{PUPILS6}名学生报名，约占全区小学生的八成六。",
            "会前，委员们分组到五所学校旁听课后托管，{cap}并与家长、老师座谈。",
            "常委会委员詹丽萍说：“不少家长是双职工，下午四点半放学太早，延长到六点，爸爸妈妈下班正好来"
            "{run}接孩子。”"], kicker="区人大常委会"),
    table("表决结果", [f"{m}　{f}　{a}　{s}" for m, f, a, s in MOTIONS6] + [f"合计　{TOTAL6[0]}　{TOTAL6[1]}　{TOTAL6[2]}"],
          glued=True),
    agenda("下次会议议程", f"区人大常委会下次会议定于{NEXT6.month}月{NEXT6.day}日（{zhou(NEXT6)}）召开，建议议程如下：",
           ["一、听取区政府关于课后服务经费保障的报告；", "二、审议区级明年预算草案；", "三、人事任免事项。"]),
    notice(AFTER_PAGE, "─" * 22, "征求意见公告",
           ["内容：《梅岭区小学课后服务收费和补助办法（草案）》", f"截止：{ASK6.year}年{ASK6.month}月{ASK6.day}日",
            "方式：家长可通过学校转交书面意见，也可到区人大常委会信访室当面反映。"],
           "梅岭区人大常委会办公室", "2042年11月25日"),
    *briefs("人大动态", [
        ("代表旁听庭审", "本月20日，十名区人大代表到区法院旁听一起劳动争议案件的庭审。"),
        ("议案办理", "区十七届人大二次会议交办的八件议案，已有六件办结。"),
        ("联络站开放日", "各街道代表联络站本周六上午开放，居民可与代表面对面交流。"),
    ], "\u3000", glued=True),
]


# 7. Manggarai (Ruteng, Flores, Indonesia), UTF-8 with BOM: an (invented) district council agrees school roof repairs;
#    a roll call (header row) glued under the report; the agenda; a hearing notice; run-in briefs on `: ` glued under
#    the notice's foot. Blank-line paragraphs, hyphenated.
DAY7 = date(2042, 2, 18)
NEXT7 = date(2042, 3, 18)
HEAR7 = date(2042, 3, 7)
assert DAY7.weekday() == 1 and NEXT7.weekday() == 1 and HEAR7.weekday() == 4 and DAY7 < HEAR7 < NEXT7
VOTERS7 = [("Kons Jebarus", "Setuju"), ("Maria Nggelam", "Setuju"), ("Fransiskus Hambur", "Tolak"),
           ("Yosefina Dangur", "Setuju"), ("Aloisius Jehanu", "Setuju"), ("Petrus Sambut", "Abstain"),
           ("Regina Janggur", "Setuju")]
C7 = roll(VOTERS7, ["Setuju", "Tolak", "Abstain"])
assert C7 == [5, 1, 1]
SCHOOLS7, EACH7 = 5, 90
TOTAL7 = SCHOOLS7 * EACH7
assert TOTAL7 == 450
RULE7 = "=" * 44
ROOF_PAGE = {
    "name": "mqy_utf8_bom_crlf_manggarai_district_council_page_school_roofs_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_roll_call_header_total_row_numbered_agenda_hearing_notice_box_glued_runin_briefs_colon",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 44, "indent": "",
    "blank": True,
    "note": "Tana Mbeka 2042-02-18 Halaman 5 (an invented weekly of Ruteng, Flores, Indonesia; Manggarai text, Indonesian "
    "furniture), UTF-8 with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 44 with hyphenation. A report of "
    "an invented district council's sitting on school roofs (kicker `Lonto leok`, title over two lines, byline line "
    f"`Tulisan: Yohanes Jehaman`, the dateline `RUTENG –`, a caption and its credit inside a sentence, a councillor's "
    f"“” quotation cut by the running head before `di'a.”`; {SCHOOLS7} × {EACH7} = {TOTAL7} juta, computed); then, **with "
    f"no blank line under the report's last line**, the roll call `Bantang dewan` (a header row, seven members, a total "
    f"row {C7[0]} + {C7[1]} + {C7[2]} = {len(VOTERS7)}, asserted; columns aligned by spaces); the agenda `Rapat ca kole` "
    "(`1.`…`3.`); a hearing notice between two `=` rules; then, **with no blank line under the foot rule**, the label "
    "`Reweng dewan` over two briefs whose run-in heads end in `: ` (the colon is markup).",
    "date": "2042-02-18", "page": "5",
    "head": [f"TANA MBEKA · {indonesian(DAY7)} · Halaman 5", "Dewan dan Desa · Redaktur: Stefanus Ngalu"],
    "foot": ["Tana Mbeka · redaksi@ruteng.example.id"],
    "furniture": ["TANA MBEKA", indonesian(DAY7), "Halaman 5", "Dewan dan Desa", "Redaktur: Stefanus Ngalu",
                  "Tana Mbeka · Dewan dan Desa", "Tana Mbeka", "redaksi@ruteng.example.id"],
    "run": ["Tana Mbeka · Dewan dan Desa"], "labels": [], "markup": [" · "] * 5 + [RULE7] * 2 + [":"] * 2,
}
ROOF_PAGE["articles"] = [
    report(["Lonto leok", "Dewan Golo Welu bantang", "pande ulang atap sekolah", "Tulisan: Yohanes Jehaman"],
           "Dewan Golo Welu bantang pande ulang atap sekolah", ["Tulisan: Yohanes Jehaman", "Yohanes Jehaman"],
           ["Ata tua beo agu anggota dewan."], ["Foto: Agustinus Naur"],
           [syl(f"RUTENG – Dewan Kecamatan Golo Welu lonto leok one rapat Senin, agu bantang anggaran {TOTAL7} juta "
                f"rupiah kudut pande ulang atap {SCHOOLS7} sekolah dasar, {EACH7} juta ca sekolah."),
            syl("Sanggen anggota dewan lonto leok one mbaru gendang, {cap}agu tegi reweng de ata tua beo."),
            syl("Anggota dewan Maria Nggelam tombo: “Anak sekolah neka te nggoreng le usang; atap sekolah ho'o "
                "harus pande ulang kudut anak sekolah sanggen {run}di'a.”"),
            syl("Camat Golo Welu, Benediktus Mahur, tombo pembangunan atap sekolah cengata one Mei, agu anak "
                "sekolah lonto di'a one kelas kole.")], kicker="Lonto leok"),
    table("Bantang dewan", aligned([("Anggota", "Bantang")] + VOTERS7)
          + [f"Sanggen: Setuju {C7[0]}, Tolak {C7[1]}, Abstain {C7[2]}"], glued=True),
    agenda("Rapat ca kole", syl(f"Rapat dewan ca kole one {indonesian(NEXT7)}, jam 09.00, reweng:"),
           ["1. Laporan camat latang atap sekolah;", "2. Anggaran wae minum beo;", "3. Reweng bana."]),
    notice(ROOF_PAGE, RULE7, "Pengumuman Lonto Leok",
           ["Reweng: anggaran sekolah ntaung 2043", f"Leso: {indonesian(HEAR7)}, jam 09.00",
            "One: Mbaru Gendang Golo Welu", "Ngo: sanggen ata beo ngo lonto leok, toe perlu daftar."],
           "Sekretariat Dewan Golo Welu", "Ruteng, 16 Februari 2042"),
    *briefs("Reweng dewan", [
        ("Wae minum", syl("Dewan tegi camat kudut pande ulang pipa wae minum one telu beo toe di'a.")),
        ("Mbaru gendang", syl("Anggota dewan lako one beo Wae Mantang agu tegi perbaikan mbaru gendang ho'o.")),
    ], ": ", glued=True),
]


# 8. Uab Meto (Kefamenanu, West Timor, Indonesia), UTF-16 BE: an (invented) district council funds a new lopo meeting
#    house; a motion table (header row); the agenda; a consultation notice; run-in briefs on `: `. Indent-only
#    (three spaces), not glued.
DAY8 = date(2042, 6, 12)
NEXT8 = date(2042, 7, 10)
ASK8 = date(2042, 6, 27)
assert DAY8.weekday() == 3 and NEXT8.weekday() == 3 and ASK8.weekday() == 4 and DAY8 < ASK8 < NEXT8
PRESENT8 = 11
MOTIONS8 = [("Lopo fe'u", 9, 1, 1), ("Oe Naiola", 8, 2, 1), ("Sekolah Bikomi", 11, 0, 0)]
TOTAL8 = tally(PRESENT8, MOTIONS8)
LOPO8, VILLAGES8 = 240, 4
assert LOPO8 % VILLAGES8 == 0 and LOPO8 // VILLAGES8 == 60
RULE8 = "=" * 42
LOPO_PAGE = {
    "name": "aoz_utf16be_bom_lf_uab_meto_council_page_lopo_houses_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_motion_table_header_total_numbered_agenda_consultation_box_runin_briefs_colon",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 42, "indent": "   ",
    "blank": False,
    "note": "Nekaf Mese 2042-06-12 Halaman 3 (an invented weekly of Kefamenanu, West Timor, Indonesia; Uab Meto (Dawan) "
    "text, Indonesian furniture), UTF-16 BE with BOM (`“ ” – ·`), LF; **indent-only paragraphs (three spaces)**, wrapped "
    "at 42 with hyphenation. A report of an invented district council's sitting on new lopo meeting houses (kicker "
    "`Dewan`, title over two lines, byline line `Tulisan: Marselina Taek`, the dateline `KEFAMENANU –`, a caption and "
    f"its credit inside a sentence, a councillor's “” quotation cut by the running head before `mese.”`; {LOPO8} juta = "
    f"{VILLAGES8} × {LOPO8 // VILLAGES8}, computed); then, after a blank line, the table `Tonas dewan` (a header row, "
    f"three motions of {PRESENT8} present, a total row of the sums, asserted; columns aligned by spaces); the agenda "
    "`Tonas neu fai fe'u` (`1.`…`3.`); a consultation notice between two `=` rules; the label `Lais dewan` over three "
    "briefs whose run-in heads end in `: `.",
    "date": "2042-06-12", "page": "3",
    "head": [f"NEKAF MESE · {indonesian(DAY8)} · Halaman 3", "Dewan dan Kampung · Redaktur: Yakobus Oematan"],
    "foot": ["Nekaf Mese · redaksi@kefa.example.id"],
    "furniture": ["NEKAF MESE", indonesian(DAY8), "Halaman 3", "Dewan dan Kampung", "Redaktur: Yakobus Oematan",
                  "Nekaf Mese · Dewan dan Kampung", "Nekaf Mese", "redaksi@kefa.example.id"],
    "run": ["Nekaf Mese · Dewan dan Kampung"], "labels": [], "markup": [" · "] * 5 + [RULE8] * 2 + [":"] * 3,
}
LOPO_PAGE["articles"] = [
    report(["Dewan", "Dewan Bikomi Nilulat nataam", "loit neu lopo fe'u", "Tulisan: Marselina Taek"],
           "Dewan Bikomi Nilulat nataam loit neu lopo fe'u", ["Tulisan: Marselina Taek", "Marselina Taek"],
           ["Atoin amnasi ma dewan nok lopo mnasi."], ["Foto: Fransiska Kolo"],
           [syl(f"KEFAMENANU – Dewan Kecamatan Bikomi Nilulat natuin rapat Selasa, ma nataam loit {LOPO8} juta rupiah "
                f"neu lopo fe'u nbi kuan {VILLAGES8}, {LOPO8 // VILLAGES8} juta neu kuan mesemese."),
            syl("Anggota dewan naskeken lopo mnasi, {cap}ma nahinen tonas atoin amnasi kuan."),
            syl("Anggota dewan Agustina Bria nak: “Lopo es ume neu atoni sin natuin tonas; kalu lopo nabala, "
                "hit nekaf mese, ansaof {run}mese.”"),
            syl("Ketua dewan Kornelis Sanam nak lopo fe'u sin naskeken nbi fai Oktober, ma kuan sin natuin "
                "pekerjaan. Pemerintah kabupaten namolok masyarakat kuan sin, ma pembangunan lopo nabala nbi "
                "kecamatan Bikomi Nilulat.")], kicker="Dewan"),
    table("Tonas dewan", aligned([("Tonas", "Setuju", "Tolak", "Abstain")]
                                 + [(m, str(f), str(a), str(b)) for m, f, a, b in MOTIONS8]
                                 + [("Jumlah", str(TOTAL8[0]), str(TOTAL8[1]), str(TOTAL8[2]))])),
    agenda("Tonas neu fai fe'u", syl(f"Rapat dewan fai fe'u nbi {indonesian(NEXT8)}, jam 10.00, tonas:"),
           ["1. Laporan camat neu lopo fe'u;", "2. Oe Naiola ma sekolah kuan;", "3. Tonas bian."]),
    notice(LOPO_PAGE, RULE8, "Pengumuman Tonas Kuan",
           ["Tonas: lopo fe'u nbi kuan ha", f"Fai: kalu {indonesian(ASK8)}",
            "Nbi: Kantor Dewan Bikomi Nilulat", "Ma sekau? Atoni kuan sin neik tonas nbi kotak dewan."],
           "Sekretariat Dewan Bikomi Nilulat", "Kefamenanu, 10 Juni 2042"),
    *briefs("Lais dewan", [
        ("Oe Naiola", syl("Dewan natoni pipa oe nbi kuan Naiola naskeken kalu fai nua.")),
        ("Lopo mnasi", syl("Anggota dewan naskeken lopo mnasi nbi kuan Bikomi ma natoni perbaikan.")),
        ("Sekolah", syl("Dewan nataam kursi ma meja neu sekolah dasar nbi kuan teun.")),
    ], ": "),
]


# 9. Kerinci (Sungai Penuh, Jambi, Indonesia), UTF-8: an (invented) district council votes irrigation repairs; a roll
#    call (no header row) glued under the report; the agenda; a hearing notice; run-in briefs on `: ` glued under the
#    notice's foot. Blank-line paragraphs, CR line ends.
DAY9 = date(2042, 9, 3)
NEXT9 = date(2042, 10, 1)
HEAR9 = date(2042, 9, 20)
assert DAY9.weekday() == 2 and NEXT9.weekday() == 2 and HEAR9.weekday() == 5 and DAY9 < HEAR9 < NEXT9
VOTERS9 = [("Depati Hamdan Ilyas", "Setuju"), ("Nurhayati Arsyad", "Setuju"), ("Rusli Mansur", "Setuju"),
           ("Zainab Rahim", "Tolak"), ("Amiruddin Saleh", "Setuju"), ("Yusnidar Kasim", "Setuju"),
           ("Hendri Marzuki", "Abstain"), ("Syafrida Idris", "Setuju"), ("Baharuddin Latif", "Tolak")]
C9 = roll(VOTERS9, ["Setuju", "Tolak", "Abstain"])
assert C9 == [6, 2, 1]
CANAL9, HA9 = 7, 1350
RULE9 = "=" * 41
CANAL_PAGE = {
    "name": "kvr_utf8_nobom_cr_kerinci_district_council_page_irrigation_channels_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_roll_call_no_header_total_row_numbered_agenda_hearing_notice_box_glued_runin_briefs_colon",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 41, "indent": "", "blank": True,
    "note": "Suagho Alam Kincai 2042-09-03 Halaman 6 (an invented weekly of Sungai Penuh, Jambi, Indonesia; Kerinci text, "
    "Indonesian furniture), UTF-8 without BOM (`“ ” – ·`), CR; blank-line paragraphs, wrapped at 41 with hyphenation. "
    "A report of an invented district council's sitting on irrigation channels (kicker `Sidang dewan`, title over two "
    "lines, byline line `Tulisan: Rahmi Jufri`, the dateline `SUNGAI PENUH –`, a caption and its credit inside a "
    f"sentence, a councillor's “” quotation cut by the running head before `sawoh.”`; {CANAL9} channels, {HA9} hectares); "
    f"then, **with no blank line under the report's last line**, the roll call `Suagho dewan` (**no header row**, nine "
    f"members, a total row {C9[0]} + {C9[1]} + {C9[2]} = {len(VOTERS9)}, asserted); the agenda `Sidang ughang nanti` "
    "(`1.`…`3.`); a hearing notice between two `=` rules; then, **with no blank line under the foot rule**, the label "
    "`Kabagh dewan` over two briefs whose run-in heads end in `: `.",
    "date": "2042-09-03", "page": "6",
    "head": [f"SUAGHO ALAM KINCAI · {indonesian(DAY9)} · Halaman 6", "Parlemen Daerah · Redaktur: Hafiz Jamil"],
    "foot": ["Suagho Alam Kincai · redaksi@sungaipenuh.example.id"],
    "furniture": ["SUAGHO ALAM KINCAI", indonesian(DAY9), "Halaman 6", "Parlemen Daerah", "Redaktur: Hafiz Jamil",
                  "Suagho Alam Kincai · Parlemen Daerah", "Suagho Alam Kincai", "redaksi@sungaipenuh.example.id"],
    "run": ["Suagho Alam Kincai · Parlemen Daerah"], "labels": [], "markup": [" · "] * 5 + [RULE9] * 2 + [":"] * 2,
}
CANAL_PAGE["articles"] = [
    report(["Sidang dewan", "Dewan Siulak Mukai setuju", "baiki ayie sawoh dusun", "Tulisan: Rahmi Jufri"],
           "Dewan Siulak Mukai setuju baiki ayie sawoh dusun", ["Tulisan: Rahmi Jufri", "Rahmi Jufri"],
           ["Banda ayie nan rusak di Siulak Gedang."], ["Foto: Irwan Sahril"],
           [syl(f"SUNGAI PENUH – Dewan Kecamatan Siulak Mukai bersidang haghi Selasa, ngan setuju mbaiki {CANAL9} banda "
                f"ayie, supayo {HA9} hektar sawoh ughang dusun dapek ayie lagai."),
            syl("Sebelum sidang, anggota dewan nengok banda ayie nan rusak, {cap}ngan dengagh cagito petani dusun."),
            syl("Anggota dewan Nurhayati Arsyad ngato: “Kalu banda ayie dak dibaiki sebelum musim tanam, petani "
                "dak dapek nanam padi di {run}sawoh.”"),
            syl("Camat Siulak Mukai ngato pekerjaan banda ayie mulai bulan Oktober, sesudah panen; pemerintah "
                "kabupaten ngan masyarakat dusun samo-samo mbiayai pembangunan banda ayie itu.")],
           kicker="Sidang dewan"),
    table("Suagho dewan", aligned(VOTERS9) + [f"Jumlah: Setuju {C9[0]}, Tolak {C9[1]}, Abstain {C9[2]}"],
          glued=True),
    agenda("Sidang ughang nanti", syl(f"Sidang dewan nan kudian pado {indonesian(NEXT9)}, pukul 09.00, ngan acagho:"),
           ["1. Laporan camat tentang banda ayie;", "2. Anggaran dusun tahun 2043;", "3. Lain-lain."]),
    notice(CANAL_PAGE, RULE9, "Pengumuman Dengagh Pendapat",
           ["Acagho: pembagian ayie banda untuk sawoh", f"Haghi: {indonesian(HEAR9)}, pukul 14.00",
            "Tempek: Balai Dusun Siulak Gedang", "Caro: petani dusun buleh datang ngan ngato pendapatnyo."],
           "Sekretariat Dewan Siulak Mukai", "Sungai Penuh, 1 September 2042"),
    *briefs("Kabagh dewan", [
        ("Balai dusun", syl("Dewan minta pemerintah kecamatan mbaiki balai dusun nan rusak sesudah hujan lebat, "
                            "supayo masyarakat dapek bakumpul lagai.")),
        ("Posyandu", syl("Anggota dewan nengok posyandu di tigo dusun ngan minta pemerintah kabupaten "
                         "nambah bidan ngan peralatan kesehatan.")),
    ], ": ", glued=True),
]


# 10. Kalina (Awala-Yalimapo, French Guiana), Windows-1252: an (invented) village council bans beach lights in the
#     leatherback nesting season; a motion table (header row); the agenda; a consultation notice; run-in briefs on
#     `: `. Indent-only (four spaces), not glued.
DAY10 = date(2042, 4, 24)
NEXT10 = date(2042, 5, 22)
ASK10 = date(2042, 5, 10)
assert DAY10.weekday() == 3 and NEXT10.weekday() == 3 and ASK10.weekday() == 5 and DAY10 < ASK10 < NEXT10
PRESENT10 = 13
MOTIONS10 = [("Kawana weju", 12, 0, 1), ("Kanawa auto", 10, 2, 1), ("Wewe nono", 13, 0, 0)]
TOTAL10 = tally(PRESENT10, MOTIONS10)
KM10, LAMPS10 = 4, 36
RULE10 = "=" * 42
TURTLE_PAGE = {
    "name": "car_cp1252_crlf_kalina_village_council_page_turtle_beach_lights_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_motion_table_header_total_numbered_agenda_consultation_box_runin_briefs",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 42, "indent": "    ", "blank": False,
    "note": "Tuna Ipoko 2042-04-24 Page 8 (an invented weekly of Awala-Yalimapo, French Guiana; Kalina text, French "
    "furniture), **Windows-1252** (`é ë ñ “ ” – ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 42 with "
    "hyphenation. A report of an invented village council's sitting on beach lights in the leatherback nesting season "
    "(kicker `Conseil`, title over two lines, byline line `Tëpoko: Mireille Tiouka`, the dateline `AWALA –`, a caption "
    f"and its credit inside a sentence, a councillor's “” quotation cut by the running head before `kawana.”`; {LAMPS10} "
    f"lamps on {KM10} km); then, after a blank line, the table `Kamisa konsey` (a header row, three motions of {PRESENT10} "
    "present, a total row of the sums, asserted; columns aligned by spaces); the agenda `Konsey nuno wine` (`1.`…`3.`); a "
    "consultation notice between two `=` rules; the label `Konsey wa` over two briefs whose run-in heads end in `: `.",
    "date": "2042-04-24", "page": "8",
    "head": [f"TUNA IPOKO · {french(DAY10)} · Page 8", "Vie communale · Rédaction : Gérard Appolinaire"],
    "foot": ["Tuna Ipoko · redaction@awala.example.fr"],
    "furniture": ["TUNA IPOKO", french(DAY10), "Page 8", "Vie communale", "Rédaction : Gérard Appolinaire",
                  "Tuna Ipoko · Vie communale", "Tuna Ipoko", "redaction@awala.example.fr"],
    "run": ["Tuna Ipoko · Vie communale"], "labels": [], "markup": [" · "] * 5 + [RULE10] * 2 + [":"] * 2,
}
TURTLE_PAGE["articles"] = [
    report(["Conseil", "Konsey ero kawana wa:", "lampu dapo weju poko", "Tëpoko: Mireille Tiouka"],
           "Konsey ero kawana wa: lampu dapo weju poko", ["Tëpoko: Mireille Tiouka", "Mireille Tiouka"],
           ["Tamusi kaliña Yalimapo nono poko."], ["Photo : Joseph Sabayo"],
           [syl(f"AWALA – Konsey auto Yalimapo amonaka mardi, ero kawana nuno poko: {LAMPS10} lampu {KM10} kilometre "
                "weju poko dapo kopo, kawana emamuru nono poko sapiko."),
            syl("Konsey kaliña nono poko kawana epoko, {cap}tamusi kaliña ewapoto sano."),
            syl("Konsey wa Odile Pierre: “Kawana moro nono poko iwopotoma, lampu dapo kopo; tamusi kaliña "
                "amonaka kopo moro {run}kawana.”"),
            syl("Maire Yalimapo, Félix Karwaiku, Konsey wa tuna poko papoko, kawana weju amonaka; paranakiri "
                "kuriyara Yalimapo emamuru, tamusimbo kaliña amonakamaro.")],
           kicker="Conseil"),
    table("Kamisa konsey", aligned([("Kamisa", "Pour", "Contre", "Abstention")]
                            + [(m, str(f), str(a), str(b)) for m, f, a, b in MOTIONS10]
                            + [("Total", str(TOTAL10[0]), str(TOTAL10[1]), str(TOTAL10[2]))])),
    agenda("Konsey nuno wine", syl(f"Konsey auto nuno wine: {french(NEXT10)}, 18 h 00, ero kamisa:"),
           ["1. Kawana weju poko, lampu;", "2. Kanawa auto tuna poko;", "3. Amonaka wewe nono."]),
    notice(TURTLE_PAGE, RULE10, "Avis de consultation",
           ["Objet : éclairage de la plage pendant la ponte", f"Jusqu'au : {french(ASK10)}",
            "Lieu : mairie annexe de Yalimapo", "Comment : registre en mairie ou lettre au conseil."],
           "Secrétariat du conseil de Yalimapo", "Awala, le 22 avril 2042"),
    *briefs("Konsey wa", [
        ("Tuna", syl("Konsey amonaka tuna epoko auto Yalimapo, kaliña tuna sapiko.")),
        ("Kanawa", syl("Kanawa poko tuna, konsey emamuru kanawa papoko kopo.")),
    ], ": "),
]


PAGES = [EMBANK_PAGE, CANTEEN_PAGE, PATROL_PAGE, SLOPE_PAGE, DRAIN_PAGE, AFTER_PAGE, ROOF_PAGE, LOPO_PAGE, CANAL_PAGE,
         TURTLE_PAGE]
