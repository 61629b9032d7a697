"""The text of every holdout170 page, written once: make_holdout170_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-166 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here a column's foot signature,
its byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156/157/166 used them);
`Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's labelled item set solid, and the
notice's foot, the issuer and the date each set flush right (the issuer the notice's byline, the date its last
paragraph).
Every page is a police and courts page: a court report (kicker, title, byline, a judge's or lawyer's quotation cut
by the running head, a caption with its credit inside a sentence), a police log under its label (entries opening on
a time or a place, one short paragraph each, the log one article), a court list as a table (case number, matter,
courtroom, time; a header row on some pages), a boxed appeal for witnesses between two rule lines (what, where,
when, whom to call, the issuing station and date at its foot), and a safety-advice column under a label, signed at
its foot by an officer with rank. Weekdays and sums are computed and asserted. All papers, courts' cases, police
stations, people, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    WEEKDAYS_ZH,
    Lines,
    aligned,
    english,
    flush_right,
    ordered,
    solid,
    swahili,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker):
    """The court report: kicker, title, byline (as printed, then the name), caption and credit."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def log(label, entries, glued=False):
    """A police log under its label (holdout72's and 82's decision, holdout2's): one article, the label its title,
    each entry one paragraph with its opening time or place kept at its start."""
    art = {"lines": [label], "title": label, "tight": True, "body": list(entries)}
    if glued:
        art["glued"] = True
    return art


def table(label, rows):
    """A court list under its label: the label is the title, one paragraph per printed row (the header row
    included)."""
    return {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}


def notice(page, rule, title, items, issuer, day_line):
    """A boxed appeal between two rule lines (holdout157's, as 166's): its head the title, each labelled item one
    paragraph set solid, the issuing station (the byline; none accepted) and the date (a paragraph) flush right at
    its foot."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def column(label, title, body, signature, names, glued=False):
    """A safety-advice column: the label its section (none accepted; kicker accepted), the head its title, the foot
    signature its byline as printed (the name alone accepted), never a paragraph (holdout152's, from 94's)."""
    art = {"lines": [label, title], "section": [label, None], "kicker": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


# 1. GBK county paper: a fake-customer-service refund fraud tried; the police log glued under the report's last
#    line; a court list with a header row; an appeal for witnesses; the safety column glued under the box's foot.
DAY1 = date(2043, 3, 18)
SIGN1, SEEN1 = date(2043, 3, 17), date(2043, 3, 14)
ordered(SEEN1, SIGN1, DAY1)
LOSSES1 = [6800, 4200, 3500]
assert sum(LOSSES1) == 14500
ZH_RULE21 = "─" * 21
REFUND_PAGE = {
    "name": "zh_gbk_crlf_county_courts_police_page_fake_refund_fraud_report_kicker_byline_caption_credit_running_head_judge_midquote_glued_timed_police_log_court_list_header_witness_appeal_box_glued_signed_safety_column",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "湄岗晚报 2043-03-18 第5版 政法视窗 (a county paper's police and courts page), GBK, CRLF; blank-line "
    "paragraphs, wrapped at 21. A court report on a fake customer-service refund fraud (kicker `庭审直击`, title with a "
    "full-width gap, byline line, a caption and its credit inside a sentence, the judge's “” words cut by the running "
    f"head before `核实。”`; {' + '.join(map(str, LOSSES1))} = {sum(LOSSES1)} 元, asserted); then, **with no blank line "
    "under the report's last line**, the police log `警情快报` (three entries opening on a time, one paragraph each); "
    "the court list `本周开庭排期` (a header row `案号　案由　法庭　时间`, four rows); an appeal for witnesses between two "
    "rule lines (labelled items set solid, the station and date flush right); then, **with no blank line under the "
    "box's foot rule**, the column `平安课堂` signed at its foot by an officer with rank.",
    "date": "2043-03-18", "page": "5",
    "head": ["湄岗晚报", f"2043年3月18日　{weekday(DAY1)}　　第5版　政法视窗　　编辑：龚　沚"],
    "foot": ["湄岗晚报社　　新闻热线：0738-5521907"],
    "furniture": ["湄岗晚报", "2043年3月18日", weekday(DAY1), "第5版", "政法视窗", "编辑：龚　沚", "湄岗晚报·政法视窗",
                  "湄岗晚报社", "新闻热线：0738-5521907"],
    "run": ["湄岗晚报·政法视窗"], "labels": [], "markup": [ZH_RULE21] * 2,
}
REFUND_PAGE["articles"] = [
    report(["庭审直击", "冒充客服骗“退款”　男子获刑一年", "本报记者　岑　朔"], "冒充客服骗“退款”　男子获刑一年",
           ["本报记者　岑　朔", "岑　朔", "岑朔"], ["公诉人在庭上出示转账记录。"], ["（本报记者　岑　朔　摄）"],
           [f"昨天，湄岗县人民法院公开审理一起冒充网店客服诈骗案。被告人陆某以“退款理赔”为由，先后骗取三名市民"
            f"{LOSSES1[0]}元、{LOSSES1[1]}元和{LOSSES1[2]}元，共计{sum(LOSSES1)}元。陆某当庭认罪，被判处有期徒刑一年，"
            "并处罚金五千元，赃款已全部退还。",
            "庭审中，公诉人逐笔出示了聊天记录和转账凭证，{cap}被告人对指控的事实没有异议。",
            "主审法官龙雪梅宣判后对旁听的市民说：“自称客服、让您下载软件、打开屏幕共享的，一律是诈骗。钱该不该退，"
            "请到购物平台上{run}核实。”"], "庭审直击"),
    log("警情快报", [
        "凌晨2时，湄东派出所接到报警，滨江小区一辆电动自行车的电瓶被盗。民警调取监控，当天上午在废品站找回电瓶。",
        "上午9时许，一名老人在县医院门口走失。巡逻民警根据家属提供的照片，半小时后在公交站把老人送回家。",
        "下午4时，两辆小轿车在解放路口轻微剐蹭，双方争执不下。交警到场后划分责任，双方协商处理。",
    ], glued=True),
    table("本周开庭排期", ["案号　案由　法庭　时间", "刑初121号　危险驾驶　第二法庭　3月19日9:00",
                     "刑初124号　盗窃　第三法庭　3月19日14:30", "民初356号　买卖合同纠纷　第一法庭　3月20日9:00",
                     "民初361号　邻里纠纷　巡回法庭　3月20日15:00"]),
    notice(REFUND_PAGE, ZH_RULE21, "寻找目击证人",
           [f"事由：{SEEN1.month}月{SEEN1.day}日（{zhou(SEEN1)}）晚上7时许，一名骑自行车的中学生在文昌路与学府路口被"
            "一辆白色小货车碰倒，货车驶离现场。", "地点：文昌路与学府路交叉口东侧", "联系：请目击者拨打0738-5526110，"
            "联系民警石警官。"], "湄岗县公安局湄东派出所", f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    column("平安课堂", "陌生链接别乱点", [
        "近期，冒充客服、快递员的诈骗电话又多了起来。骗子往往先说出您的订单号，再以“退款”“理赔”为由，发来一个链接。",
        "请记住三个“不”：不点陌生链接，不下载陌生软件，不开屏幕共享。拿不准的时候，先挂电话，再打给所在辖区的派出所问一问。",
    ], "湄岗县公安局反诈中心　一级警长　郁　岚", ["郁　岚", "郁岚"], glued=True),
]


# 2. GB18030 town paper: a flower pot fallen on a car, settled at a people's tribunal; the police log under places;
#    a court list without a header; an appeal for witnesses; the safety column. Indent-only, not glued.
RARE = "\u4039"  # 䀹, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2043, 5, 15)
SEEN2, SIGN2 = date(2043, 5, 9), date(2043, 5, 13)
ordered(SEEN2, SIGN2, DAY2)
REPAIR2, HIRE2, AGREED2 = 3860, 640, 4500
assert REPAIR2 + HIRE2 == AGREED2
POT_PAGE = {
    "name": "zh_gb18030_lf_town_courts_police_page_fallen_flowerpot_tribunal_report_kicker_rare_char_byline_caption_credit_running_head_judge_midquote_indent_only_place_police_log_court_list_no_header_witness_appeal_box_signed_safety_column",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"茭川日报 2043-05-15 第6版 法苑警讯 (a county daily's page; `{RARE}` U+4039, CJK Extension A, in the reporter's "
    f"name `汤　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A court report of a people's "
    "tribunal hearing on a flower pot fallen from a balcony onto a car (kicker `巡回审判`, title, byline line, a caption "
    "and its credit inside a sentence, the judge's “” words cut by the running head before `负责。”`; "
    f"{REPAIR2} + {HIRE2} = {AGREED2} 元, asserted); then, after a blank line, the police log `派出所日志` (three entries "
    "opening on a place); the court list `开庭公告` (**no header row**); an appeal for witnesses between two rule lines; "
    "the column `警官提醒` signed at its foot.",
    "date": "2043-05-15", "page": "6",
    "head": ["茭川日报", f"2043年5月15日　{weekday(DAY2)}　　第6版　法苑警讯"],
    "foot": ["茭川日报社　　地址：茭川县河西路18号　　邮编：435906"],
    "furniture": ["茭川日报", "2043年5月15日", weekday(DAY2), "第6版", "法苑警讯", "茭川日报·法苑警讯", "茭川日报社",
                  "地址：茭川县河西路18号", "邮编：435906"],
    "run": ["茭川日报·法苑警讯"], "labels": [], "markup": [ZH_RULE21] * 2,
}
POT_PAGE["articles"] = [
    report(["巡回审判", "阳台花盆砸坏车　法官调解当场赔", f"本报记者　汤　{RARE}"], "阳台花盆砸坏车　法官调解当场赔",
           [f"本报记者　汤　{RARE}", f"汤　{RARE}", f"汤{RARE}"], ["法官在小区凉亭里主持调解。"], [f"（本报记者　汤　{RARE}　摄）"],
           [f"前天下午，茭川县人民法院石门人民法庭把法庭搬进了杏林小区，巡回审理一起花盆坠落砸车纠纷。经法官调解，"
            f"三楼住户同意赔偿车主修车费{REPAIR2}元、租车费{HIRE2}元，共{AGREED2}元，当场付清。",
            "调解在小区凉亭里进行，{cap}二十多位居民在一旁旁听。",
            "承办法官俞晓帆说：“阳台上的花盆、晾衣杆看着是小事，掉下来就是大事。东西放在谁家阳台上，就由谁"
            "{run}负责。”"], "巡回审判"),
    log("派出所日志", [
        "河西路，一名外卖骑手捡到一个装有身份证和银行卡的钱包，交到派出所。民警联系上失主，当晚物归原主。",
        "杏林小区，居民反映楼道里堆放纸箱，存在火灾隐患。社区民警会同物业上门劝导，纸箱已清走。",
        "石门大桥，一名醉酒男子坐在桥栏上不肯下来。民警和家属劝了四十分钟，将他平安带回家。",
    ]),
    table("开庭公告", ["民初208号　物件坠落损害责任纠纷　石门法庭　5月19日9:00", "民初215号　租赁合同纠纷　第一法庭　5月19日14:30",
                   "刑初77号　寻衅滋事　第二法庭　5月20日9:30"]),
    notice(POT_PAGE, ZH_RULE21, "征集目击线索",
           [f"事由：{SEEN2.month}月{SEEN2.day}日（{zhou(SEEN2)}）傍晚6时许，一名老人在菜场东门外被一辆电动自行车撞倒，"
            "骑车人离开现场。", "地点：河西菜场东门外人行道", "联系：知情者请拨打0716-4338110，或到派出所值班室反映。"],
           "茭川县公安局河西派出所", f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    column("警官提醒", "阳台物品要放稳", [
        "入夏以后风大雨多，阳台上的花盆、拖把和晾晒的被褥容易被吹落。请把花盆放在护栏内侧，不要摆在窗台外沿。",
        "发现邻居家阳台物品有坠落危险，可以先提醒对方，也可以告诉物业或社区民警，一起消除隐患。",
    ], "茭川县公安局河西派出所　二级警长　葛　澍", ["葛　澍", "葛澍"]),
]


# 3. Big5 Taiwan county paper: a fake investment scam's cash courier sentenced; the police log glued under the
#    report; a court list with a header; an appeal for witnesses; the column glued under the box's foot.
DAY3 = date(2043, 9, 23)
SEEN3, SIGN3 = date(2043, 9, 18), date(2043, 9, 22)
ordered(SEEN3, SIGN3, DAY3)
assert DAY3.year - 1911 == 132
TRIPS3, EACH3 = 7, 300000
assert TRIPS3 * EACH3 == 2100000
ZH_RULE20 = "─" * 20
COURIER_PAGE = {
    "name": "zht_big5_cr_taiwan_courts_police_page_investment_scam_courier_report_kicker_byline_caption_credit_running_head_judge_midquote_glued_timed_police_log_court_list_header_witness_appeal_box_glued_signed_safety_column",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "桐岫日報 2043-09-23 (`中華民國132年9月23日`) B2 法庭與警政 (a county paper's page, Yilan county, Taiwan), Big5, "
    "CR; blank-line paragraphs, wrapped at 20. A court report on a fake investment scam's cash courier (kicker `地院判決`, "
    "title with a full-width gap, byline line `記者吳品萱／宜蘭報導`, a caption and its credit inside a sentence, the "
    f"judge's 「」 words cut by the running head before `被害人。」`; {TRIPS3} × {EACH3} = {TRIPS3 * EACH3}, asserted); "
    "then, **with no blank line under the report's last line**, the police log `警政快訊` (three entries opening on a "
    "time); the court list `本週開庭` (a header row); an appeal for witnesses between two rule lines; then, **with no "
    "blank line under the box's foot rule**, the column `防詐小教室` signed at its foot.",
    "date": "2043-09-23", "page": "B2",
    "head": [f"桐岫日報　中華民國132年9月23日　{weekday(DAY3)}", "B2　法庭與警政　　編輯：賴郁婷"],
    "foot": ["桐岫日報社　讀者服務專線：(03)935-2281"],
    "furniture": ["桐岫日報", "中華民國132年9月23日", weekday(DAY3), "B2", "法庭與警政", "編輯：賴郁婷", "桐岫日報．法庭與警政",
                  "桐岫日報社", "讀者服務專線：(03)935-2281"],
    "run": ["桐岫日報．法庭與警政"], "labels": [], "markup": [ZH_RULE20] * 2,
}
COURIER_PAGE["articles"] = [
    report(["地院判決", "替詐團收投資款　車手判刑兩年", "記者吳品萱／宜蘭報導"], "替詐團收投資款　車手判刑兩年",
           ["記者吳品萱／宜蘭報導", "吳品萱"], ["法官在法庭內宣讀判決主文。"], ["（記者吳品萱攝）"],
           [f"一名二十三歲男子應徵「外務員」，替假投資集團向被害人面交現金，{TRIPS3}次每次收取{EACH3}元，合計"
            f"{TRIPS3 * EACH3}元。地方法院昨天依詐欺罪判他有期徒刑兩年，並須與被害人和解賠償。",
            "宣判時，男子的父母坐在旁聽席，{cap}男子低頭聽完判決。",
            "審判長林宜蓁說，「自稱找不到工作、只是幫忙跑腿，並不能免責。收錢的那一刻，你面對的就是真正的"
            "{run}被害人。」"], "地院判決"),
    log("警政快訊", [
        "晚間8時，岫溪警分局接獲報案，一名婦人在夜市遺失手提包。員警調閱監視器，一小時後在攤位下找回。",
        "凌晨1時許，員警在中山路攔查一部未開大燈的機車，騎士酒測值未超標，依規定開單告發後放行。",
        "上午10時，一名八旬老翁在車站前迷路，員警透過指紋比對查出身分，聯絡家屬接回。",
    ], glued=True),
    table("本週開庭", ["案號　案由　法庭　時間", "易字第318號　詐欺　第五法庭　9月24日9:30",
                   "交易字第92號　公共危險　第二法庭　9月24日14:00", "簡上字第45號　竊盜　第三法庭　9月25日10:00"]),
    notice(COURIER_PAGE, ZH_RULE20, "尋找目擊者",
           [f"事由：{SEEN3.month}月{SEEN3.day}日（週{WEEKDAYS_ZH[SEEN3.weekday()]}）晚間7時許，一名騎腳踏車的國中生在光復路口與機車擦撞，機車騎士"
            "離去。", "地點：岫溪鎮光復路與公正路口", "聯絡：請目擊者撥打(03)954-7110，洽交通組邱警員。"],
           "岫溪警分局交通組", f"中華民國132年{SIGN3.month}月{SIGN3.day}日"),
    column("防詐小教室", "「保證獲利」就是詐騙", [
        "詐騙集團常在社群網站刊登「投資老師」廣告，先讓你小賺幾筆，再要求加碼，最後派人當面收取現金。",
        "凡是保證獲利、要求面交現金或購買點數的，都請先向派出所或家人查證，不要急著付錢。",
    ], "岫溪警分局　警務員　游承翰", ["游承翰"], glued=True),
]


# 4. Big5-HKSCS Hong Kong weekly, Cantonese: an elderly concession card misused, fined at a magistrates' court; the
#    police log under places; a court list with a header; an appeal for witnesses; the column. Indent-only.
DAY4 = date(2043, 6, 11)
SEEN4, SIGN4 = date(2043, 6, 5), date(2043, 6, 9)
ordered(SEEN4, SIGN4, DAY4)
RIDES4, FARE4 = 46, 8
assert RIDES4 * FARE4 == 368
CARD_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_courts_police_page_elderly_fare_card_misuse_cantonese_report_kicker_byline_caption_credit_running_head_magistrate_midquote_indent_only_place_police_log_court_list_header_witness_appeal_box_signed_safety_column",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "澐灣週報 2043-06-11 第4頁 法庭警訊 (an invented Hong Kong district weekly; the district 澐灣 and its police "
    "station invented), Big5-HKSCS (`嘅 喺 咗 啲 嚟`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, "
    "wrapped at 20. A court report on a man who rode on his father's elderly concession card (kicker `裁判法院`, title, "
    "byline line, a caption and its credit inside a sentence, the magistrate's 「」 words cut by the running head before "
    f"`後生仔。」`; {RIDES4} × {FARE4} = {RIDES4 * FARE4}, asserted); then, after a blank line, the police log `警訊` (three "
    "entries opening on a place); the court list `本週審訊` (a header row); an appeal for witnesses between two rule "
    "lines; the column `警長話你知` signed at its foot.",
    "date": "2043-06-11", "page": "4",
    "head": ["澐灣週報", f"2043年6月11日　{weekday(DAY4)}　　第4頁　法庭警訊"],
    "foot": ["澐灣週報　　讀者熱線：2873 6120"],
    "furniture": ["澐灣週報", "2043年6月11日", weekday(DAY4), "第4頁", "法庭警訊", "澐灣週報．法庭警訊", "澐灣週報", "讀者熱線：2873 6120"],
    "run": ["澐灣週報．法庭警訊"], "labels": [], "markup": [ZH_RULE20] * 2,
}
CARD_PAGE["articles"] = [
    report(["裁判法院", "用阿爸長者卡搭車　男子罰款", "記者　冼凱琳"], "用阿爸長者卡搭車　男子罰款",
           ["記者　冼凱琳", "冼凱琳"], ["被告離開法院時以外套遮面。"], ["（記者　冼凱琳　攝）"],
           [f"一名三十二歲男子用咗父親嘅長者八達通搭港鐵，兩個月內搭咗{RIDES4}程，每程少付約{FARE4}元，合共"
            f"{RIDES4 * FARE4}元。佢昨日喺裁判法院承認一項欺詐罪，被判罰款三千元，並須補回車資。",
            "案發時，職員喺閘口見到長者卡亮燈，{cap}發現持卡人明顯唔似六十五歲。",
            "裁判官判刑時講：「張卡係你阿爸嘅，唔係你嘅。你省咗啲車錢，但留咗案底，唔抵呀，"
            "{run}後生仔。」"], "裁判法院"),
    log("警訊", [
        "海旁道，一名婆婆喺巴士站暈低，巡警即時召救護車，婆婆送院後情況穩定。",
        "新村街，有住客投訴樓上單位漏水，兩戶人嗌交，警員到場調停，雙方同意搵管理處跟進。",
        "澐灣碼頭，一名男童同家人失散，警員用廣播搵到佢媽媽，十分鐘後團聚。",
    ]),
    table("本週審訊", ["案件編號　控罪　法庭　時間", "WKS 2143　盜竊　第一庭　6月12日9:30",
                   "WKS 2157　在公眾地方打架　第三庭　6月12日14:30", "WKS 2160　無牌駕駛　第二庭　6月13日9:30"]),
    notice(CARD_PAGE, ZH_RULE20, "徵求目擊證人",
           [f"事件：{SEEN4.month}月{SEEN4.day}日（禮拜{WEEKDAYS_ZH[SEEN4.weekday()]}）晚上約10時，一名男子喺海旁道行人路被一部單車撞倒，"
            "單車司機離去。", "地點：海旁道近澐灣碼頭巴士站", "聯絡：請致電3661 4270，聯絡澐灣警署刑事調查隊。"],
           "澐灣警署", f"{SIGN4.year}年{SIGN4.month}月{SIGN4.day}日"),
    column("警長話你知", "夜晚踩單車記得着燈", [
        "夏天夜晚多人沿海旁踩單車，有啲單車冇裝燈，行人好難睇到。單車前後都要有燈，轉彎前記得慢落嚟。",
        "如果撞到人，一定要停低報警，唔好走。照顧傷者、留低聯絡資料，係法律要求，亦係做人嘅道理。",
    ], "澐灣警署　警長　伍家謙", ["伍家謙"]),
]


# 5. UTF-8 Singapore daily: a bank account lent to scammers; the police log glued under the report; a court list
#    with a header; an appeal for witnesses; the column glued under the box's foot. Blank-line paragraphs.
DAY5 = date(2043, 8, 21)
SEEN5, SIGN5 = date(2043, 8, 16), date(2043, 8, 19)
ordered(SEEN5, SIGN5, DAY5)
VICTIMS5 = [18400, 9650, 12750]
assert sum(VICTIMS5) == 40800
MULE_PAGE = {
    "name": "zh_utf8_nobom_lf_singapore_courts_police_page_lent_bank_account_report_kicker_byline_caption_credit_running_head_lawyer_midquote_glued_timed_police_log_court_list_header_witness_appeal_box_glued_signed_safety_column",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "狮城晨讯 2043-08-21 第8版 警政与法庭 (an invented Singapore daily; the estate 榕湾 and its neighbourhood police post invented), UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A court report on a young man who lent his bank account to scammers (kicker `法庭新闻`, "
    "byline line, `（新加坡讯）` at the start of paragraph 1, a caption and its credit inside a sentence, the defence "
    f"lawyer's “” words cut by the running head before `机会。”`; {' + '.join(map(str, VICTIMS5))} = {sum(VICTIMS5)} "
    "新元, asserted); then, **with no blank line under the report's last line**, the police log `警方通报` (three "
    "entries opening on a weekday and time); the court list `今日提堂` (a header row); an appeal for witnesses "
    "between two rule lines; then, **with no blank line under the box's foot rule**, the column `安全贴士` signed at "
    "its foot.",
    "date": "2043-08-21", "page": "8",
    "head": ["狮城晨讯", f"2043年8月21日　{weekday(DAY5)}　　第8版　警政与法庭"],
    "foot": ["狮城晨讯　　新闻热线：6391 2048　　电邮：news@shicheng.example.sg"],
    "furniture": ["狮城晨讯", "2043年8月21日", weekday(DAY5), "第8版", "警政与法庭", "狮城晨讯·警政与法庭", "狮城晨讯",
                  "新闻热线：6391 2048", "电邮：news@shicheng.example.sg"],
    "run": ["狮城晨讯·警政与法庭"], "labels": [], "markup": [ZH_RULE21] * 2,
}
MULE_PAGE["articles"] = [
    report(["法庭新闻", "出借银行户头　青年判监十周", "本报记者　柯蕙琦"], "出借银行户头　青年判监十周",
           ["本报记者　柯蕙琦", "柯蕙琦"], ["被告在家人陪同下到庭。"], ["（本报摄影　郑炜庭）"],
           [f"（新加坡讯）一名二十岁青年为赚取500新元，把自己的银行户头和密码交给陌生人，结果户头被用来转移三名受害者的"
            f"{VICTIMS5[0]}、{VICTIMS5[1]}和{VICTIMS5[2]}新元，共{sum(VICTIMS5)}新元。他昨天认罪，被判坐牢十周。",
            "青年昨早到庭时，{cap}全程低头不语。",
            "辩护律师陈家宏求情时说：“我的当事人年轻、无知，也已把500元交给警方。希望法官给他一个重新"
            "{run}做人的机会。”"], "法庭新闻"),
    log("警方通报", [
        "周二晚上9时40分，警方接获报案，一名妇女在组屋楼下被抢走手机。警员根据闭路电视画面，两小时后逮捕一名男子。",
        "周三清晨6时，一辆货车在高速公路出口撞上路墩，司机轻伤，送院治疗。",
        "周三下午3时，一名男童在购物中心与家人走散，警员在十五分钟内找到他的家人。",
    ], glued=True),
    table("今日提堂", ["案号　控状　庭号　时间", "DAC-9143　欺诈　第26庭　9:30",
                   "DAC-9157　协助洗钱　第21庭　10:00", "MAC-2210　危险驾驶　第8庭　14:30"]),
    notice(MULE_PAGE, ZH_RULE21, "呼吁目击者",
           [f"事件：{SEEN5.month}月{SEEN5.day}日（{zhou(SEEN5)}）傍晚7时左右，一名骑脚车的老人在组屋区停车场被一辆"
            "轿车撞倒，司机离开现场。", "地点：榕湾第8巷组屋停车场", "联系：请拨打6556 4810，联系榕湾邻里警岗。"],
           "榕湾邻里警岗", f"{SIGN5.year}年{SIGN5.month}月{SIGN5.day}日"),
    column("安全贴士", "户头不出借，钱才安全", [
        "有人说只要借出银行户头几天，就能轻松赚几百元，这就是骗局。你的户头一旦被用来转移赃款，要负法律责任。",
        "收到这类邀约，请马上拒绝；若已把户头资料交给别人，应立即通知银行冻结户头，并向警方报案。",
    ], "反诈骗组　警长　黄俊宇", ["黄俊宇"], glued=True),
]


# 6. UTF-16 LE city paper: a water leak between neighbours settled at a tribunal; the police log glued under the
#    report; a court list without a header; an appeal for witnesses; the column glued under the box's foot.
#    Indent-only.
DAY6 = date(2043, 11, 18)
SEEN6, SIGN6 = date(2043, 11, 12), date(2043, 11, 16)
ordered(SEEN6, SIGN6, DAY6)
CEILING6, FLOOR6 = 2700, 1800
assert CEILING6 + FLOOR6 == 4500
LEAK_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_courts_police_page_neighbour_water_leak_report_kicker_byline_caption_credit_running_head_judge_midquote_indent_only_glued_timed_police_log_court_list_no_header_witness_appeal_box_glued_signed_safety_column",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "渚州日报 2043-11-18 第7版 法治周刊 (an invented city daily), UTF-16 LE with BOM, CRLF; **indent-only**, "
    "wrapped at 22. A court report on a water leak between neighbours settled at a district court (kicker `以案说法`, "
    "title, byline line, a caption and its credit inside a sentence, the judge's “” words cut by the running head "
    f"before `邻居。”`; {CEILING6} + {FLOOR6} = {CEILING6 + FLOOR6} 元, asserted); then, **with no blank line under the "
    "report's last line**, the police log `110接警` (three entries opening on a time); the court list `近期开庭` (**no "
    "header row**); an appeal for witnesses between two rule lines; then, **with no blank line under the box's foot "
    "rule**, the column `民警说安全` signed at its foot.",
    "date": "2043-11-18", "page": "7",
    "head": ["渚州日报", f"2043年11月18日　{weekday(DAY6)}　　第7版　法治周刊　　编辑：邵　棠"],
    "foot": ["渚州日报社　　新闻热线：0593-6602417"],
    "furniture": ["渚州日报", "2043年11月18日", weekday(DAY6), "第7版", "法治周刊", "编辑：邵　棠", "渚州日报·法治周刊",
                  "渚州日报社", "新闻热线：0593-6602417"],
    "run": ["渚州日报·法治周刊"], "labels": [], "markup": ["─" * 22] * 2,
}
LEAK_PAGE["articles"] = [
    report(["以案说法", "楼上漏水泡坏天花板　法院判赔四千五", "本报记者　闵　澈"], "楼上漏水泡坏天花板　法院判赔四千五",
           ["本报记者　闵　澈", "闵　澈", "闵澈"], ["法官到现场查看被泡坏的天花板。"], ["（本报记者　闵　澈　摄）"],
           [f"渚州市溆洲区人民法院日前审结一起邻里漏水纠纷。楼上住户家中水管破裂，楼下住户的天花板和木地板被泡坏。"
            f"法院判决楼上住户赔偿天花板修复费{CEILING6}元、地板修复费{FLOOR6}元，共计{CEILING6 + FLOOR6}元。",
            "开庭前，承办法官到两户家中查看，{cap}并请来物业人员说明水管维修情况。",
            "承办法官江若宁说：“远亲不如近邻。漏水的事及时沟通、及时维修，很多时候不必走到法庭，还能继续做好"
            "{run}邻居。”"], "以案说法"),
    log("110接警", [
        "23时15分，溆洲派出所接到报警，一名男子醉酒后躺在公交站台睡着。民警将其叫醒，联系家属接回。",
        "7时30分，一名小学生把书包忘在出租车上。民警通过打车软件联系上司机，书包在上课前送到学校。",
        "14时许，两名顾客在超市因排队发生口角，民警到场调解，双方互相道歉。",
    ], glued=True),
    table("近期开庭", ["民初1182号　相邻关系纠纷　第四法庭　11月20日9:00", "民初1190号　物业服务合同纠纷　第二法庭　11月20日14:30",
                   "刑初406号　诈骗　第一法庭　11月21日9:30"]),
    notice(LEAK_PAGE, "─" * 22, "寻找事故目击者",
           [f"事由：{SEEN6.month}月{SEEN6.day}日（{zhou(SEEN6)}）早上7时40分许，一名环卫工人在滨海大道清扫路面时被一辆"
            "深色轿车剐倒，轿车驶离现场。", "地点：滨海大道与溆洲路交叉口北侧", "联系：请拨打0593-6621122，联系交警溆洲大队"
            "事故中队。"], "渚州市公安局交警溆洲大队", f"{SIGN6.year}年{SIGN6.month}月{SIGN6.day}日"),
    column("民警说安全", "冬季用水管道勤检查", [
        "天气转冷，老旧小区的水管容易冻裂、渗漏。出门远行前，请关好总阀，并请邻居或物业帮忙留意。",
        "发现楼上漏水，先联系楼上住户和物业关闸止水，再拍照留存证据，协商不成可以向社区调解委员会求助。",
    ], "溆洲派出所　三级警长　卓　屹", ["卓　屹", "卓屹"], glued=True),
]


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, colons=0, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot and its two rules are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [":"] * colons}


# 7. Truku (Xiulin, Hualien, Taiwan), UTF-8 with BOM, CRLF: a man fined for selling a motorbike he had borrowed; the
#    police log glued under the report; a court list with a header; an appeal for witnesses; the column glued under
#    the box's foot. Blank-line paragraphs, hyphenated.
DAY7 = date(2043, 4, 15)
SEEN7, SIGN7 = date(2043, 4, 9), date(2043, 4, 13)
ordered(SEEN7, SIGN7, DAY7)
PRICE7, BACK7, LEFT7 = 36000, 21000, 15000
assert BACK7 + LEFT7 == PRICE7
RULE7 = "=" * 36
TRUKU_PAGE = latin_page(
    "trv_utf8_bom_crlf_truku_courts_police_page_borrowed_motorbike_sold_report_kicker_byline_dateline_caption_credit_running_head_judge_midquote_glued_timed_police_log_court_list_header_witness_appeal_box_glued_signed_safety_column",
    "utf-8", "\r\n", 36, "", True,
    "Pusu Truku 2043-04-15 Page 6 (an invented weekly of Xiulin, Hualien, Taiwan; Truku text, English furniture), "
    "UTF-8 with BOM (`“ ” –`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A court report on a man "
    "who sold a motorbike he had borrowed (kicker `Sapah Gaya`, title over two lines, byline line `Ptasan: Lituk "
    "Yudaw`, the dateline `XIULIN –`, a caption and its credit inside a sentence, the judge's “” words cut by the "
    f"running head before `mnan.”`; {BACK7} + {LEFT7} = {PRICE7}, asserted); then, **with no blank line under the "
    "report's last line**, the police log `Kari Pulis` (three entries opening on a time, one paragraph each); the "
    "court list `Sapah Gaya ka jiyax nii` (a header row, columns aligned by spaces); an appeal for witnesses between "
    "two `=` rules; then, **with no blank line under the box's foot rule**, the column `Mnsbug Pulis` signed at its "
    "foot by a sergeant.",
    DAY7, "6", [f"PUSU TRUKU · {english(DAY7)} · Page 6", "Courts and Police · Editor: Iwan Pisaw"],
    ["Pusu Truku · news@pusu.example.tw"],
    ["PUSU TRUKU", english(DAY7), "Page 6", "Courts and Police", "Editor: Iwan Pisaw", "Pusu Truku · Courts and Police",
     "Pusu Truku", "news@pusu.example.tw"], "Pusu Truku · Courts and Police", RULE7, 5, bom=True)
TRUKU_PAGE["articles"] = [
    report(["Sapah Gaya", "Seejiq smbarux motobay", "ni ka hmuya pila", "Ptasan: Lituk Yudaw"],
           "Seejiq smbarux motobay ni ka hmuya pila", ["Ptasan: Lituk Yudaw", "Lituk Yudaw"],
           ["Tmgsa gaya ka mangan kari."], ["Foto: Tapas Buyung"],
           [syl(f"XIULIN – Kingal snaw alang Qowgan smbarux motobay ni ka hmuya pila {PRICE7} yuan. Sapah Gaya "
                f"Hualien mkmalu jiyax Rabiru, qmpah kana pila; snaw ga pnegu {BACK7} yuan, ida ka {LEFT7} yuan "
                "hmjil rudan kuxul motobay."),
            syl("Sapah Gaya tmbiyax kari pntsngayan, {cap}ni snaw mangan kari ka mntbaraw."),
            syl("Tmgsa gaya Yabu Nawi msa: “Motobay ni sbiyaw ka smbarux, aji binaw su ka pila. Pnegu ka pila, "
                "ni dmayaw ka rudan kuxul; nii ka gaya ta ka seejiq {run}mnan.”"),
            syl("Rudan kuxul motobay msa, kmalu ka pntsngayan Sapah Gaya Hualien; tmalang ka motobay, "
                "mhuway ka tmgsa gaya ka pulis alang Qowgan.")],
           "Sapah Gaya"),
    log("Kari Pulis", [
        syl("Tuki 21.40, jiyax Rabiru – Pulis Qowgan tmbiyax kingal laqi mnkan alang ka mksa. Smkuxul pulis, "
            "tmasaw laqi ka rudan rudan."),
        syl("Tuki 06.15, jiyax Tminun – Kingal motobay mhuqil hiya ka elug Tayal, snaw mseusa. Pulis dmayaw, "
            "pnsaan sapah mkmalu."),
        syl("Tuki 14.30, jiyax Tminun – Dha snaw mgrqil ka bngrah alang. Pulis mangan kari, dha ga mhuway."),
    ], glued=True),
    table("Sapah Gaya ka jiyax nii", aligned([("Pnsa", "Kari", "Sapah", "Tuki"),
                                              ("113-Yi-45", "smbarux motobay", "Sapah 2", "09.30"),
                                              ("113-Jiao-12", "mkan sinaw", "Sapah 1", "10.30"),
                                              ("113-Min-88", "pila sapah", "Sapah 3", "14.00")])),
    notice(TRUKU_PAGE, RULE7, "Spngan Mnsbug",
           [f"Kari: {english(SEEN7)}, tuki 19.00, kingal laqi tmgsa kmjiyax lukus bnaraw ka elug.",
            "Hiya: elug alang Qowgan, sapah tmgsa", "Pusu: dmayaw ka seejiq tmbiyax, tmalang 03-862 4410."],
           "Pulis Qowgan", f"Xiulin, {SIGN7.day} April {SIGN7.year}"),
    column("Mnsbug Pulis", "Aji smbarux ka motobay ni seejiq", [
        syl("Motobay ni sbiyaw ka seejiq ga, aji psaan ka hiya su. Smbarux ka ni psaan seejiq, qmpah ka gaya."),
        syl("Dmayaw ka rudan ka laqi: mangan kari ka Pulis Qowgan, mnsbug ka pntsngayan alang ta."),
    ], "Sgt. Walis Tiwan, Pulis Qowgan", ["Walis Tiwan"], glued=True),
]


# 8. Wapishana (Lethem, Guyana), Windows-1252, CRLF: a young man fined for a phone-credit scam; the police log under
#    places; a court list without a header; an appeal for witnesses; the column. Indent-only (four spaces).
DAY8 = date(2043, 7, 9)
SEEN8, SIGN8 = date(2043, 7, 3), date(2043, 7, 7)
ordered(SEEN8, SIGN8, DAY8)
CREDIT8 = [8000, 12500, 5500]
assert sum(CREDIT8) == 26000
RULE8 = "=" * 40
WAP_PAGE = latin_page(
    "wap_cp1252_crlf_wapishana_courts_police_page_phone_credit_scam_report_kicker_byline_dateline_caption_credit_running_head_lawyer_midquote_indent_only_four_spaces_place_police_log_court_list_no_header_witness_appeal_box_signed_safety_column",
    "cp1252", "\r\n", 40, "    ", False,
    "Rupununi Kaiwa 2043-07-09 Page 4 (an invented weekly of Lethem, Guyana; Wapishana text, English furniture), "
    "**Windows-1252** (`“ ” –`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 40 with hyphenation. A "
    "court report on a phone-credit scam by text message (kicker `Magistrate`, title over two lines, byline line "
    "`Kaiwan: Aldrina Sam`, the dateline `LETHEM –`, a caption and its credit inside a sentence, the defence lawyer's "
    f"“” words cut by the running head before `kuadapan.”`; {' + '.join(map(str, CREDIT8))} = {sum(CREDIT8)} Guyana "
    "dollars, asserted); then, after a blank line, the police log `Police wadiki` (three entries opening on a place); "
    "the court list `Court daunaa` (**no header row**, columns aligned by spaces); an appeal for witnesses between two "
    "`=` rules; the column `Police kaiwan` signed at its foot by a corporal.",
    DAY8, "4", [f"RUPUNUNI KAIWA · {english(DAY8)} · Page 4", "Courts & Police · Editor: Clement Edwards"],
    ["Rupununi Kaiwa · newsdesk@kaiwa.example.gy"],
    ["RUPUNUNI KAIWA", english(DAY8), "Page 4", "Courts & Police", "Editor: Clement Edwards",
     "Rupununi Kaiwa · Courts & Police", "Rupununi Kaiwa", "newsdesk@kaiwa.example.gy"],
    "Rupununi Kaiwa · Courts & Police", RULE8, 5)
WAP_PAGE["articles"] = [
    report(["Magistrate", "Dainao kaimanaa phone credit", "dauniinao paradan", "Kaiwan: Aldrina Sam"],
           "Dainao kaimanaa phone credit dauniinao paradan", ["Kaiwan: Aldrina Sam", "Aldrina Sam"],
           ["Magistrate court Lethem ii aidaun."], ["Photo: Marcus Joseph"],
           [syl(f"LETHEM – Dainao, 22 kaduzu, kaimanaa text message ii wadauniinao, paradan phone credit {CREDIT8[0]}, "
                f"{CREDIT8[1]} ii {CREDIT8[2]} dollars, {sum(CREDIT8)} dollars kanom. Magistrate Court ii, Tuesday, "
                "dainao aunaa: “Ina.” Magistrate paradanaa fine 40,000 dollars."),
            syl("Wadauniinao daunaa court ii, {cap}magistrate kaiwanaa paradanao."),
            syl("Lawyer Desmond Pereira kaiwanaa: “Dainao ipaidapan ii, ai naapaidinaa kanom dollars; ii "
                "magistrate, paradanii aichipan ii {run}kuadapan.”")],
           "Magistrate"),
    log("Police wadiki", [
        syl("Tabatinga wadiki – Saturday, police aidaunaa dainao ii motorbike ii kanom ipaidapan; licence "
            "aipadan, police paradanaa ticket."),
        syl("Culvert City – Sunday, kaiman dauniinao ii aichipan shop ii; police kaiwanaa, dauniinao "
            "paradanaa dollars."),
        syl("Lethem bridge – Monday, wadauniinao aidaunaa kaduzu ii; police kaiwanaa radio ii, kaduzu "
            "daunaa aunaa kanom."),
    ]),
    table("Court daunaa", aligned([("L-214/43", "phone credit", "Court 1", "9.00 a.m."),
                                   ("L-219/43", "motorbike licence", "Court 2", "10.30 a.m."),
                                   ("L-223/43", "cattle fence", "Court 1", "1.30 p.m.")])),
    notice(WAP_PAGE, RULE8, "Witness kaiwan",
           [f"Kaiwan: {english(SEEN8)}, 6.30 p.m., dainao ii bicycle ii minibus aidaunaa; minibus driver "
            "ipaidapan.", "Wadiki: Lethem road, Tabatinga junction", "Phone: Lethem Police, 772-2184, Corporal Sam."],
           "Lethem Police Station", f"Lethem, {SIGN8.day} July {SIGN8.year}"),
    column("Police kaiwan", "Phone message aichipan kanom", [
        syl("Text message kaiwanaa “you win” ina “send credit” – dauniinao kaimanaa. Paradan credit ai, "
            "kaiwan police ii."),
        syl("Wadauniinao kaduzu ipaidapan ii, kaiwan aichipan phone ii; police daunaa Lethem ii aunaa."),
    ], "Cpl. Ronald Sam, Lethem Police", ["Ronald Sam"]),
]


# 9. Tawala (Alotau, Milne Bay, Papua New Guinea), UTF-16 BE with BOM, LF: a man ordered to pay for a dinghy and
#    motor he took without asking; the police log glued under the report; a court list with a header; an appeal for
#    witnesses; the column glued under the box's foot. Blank-line paragraphs, hyphenated.
DAY9 = date(2043, 10, 14)
SEEN9, SIGN9 = date(2043, 10, 8), date(2043, 10, 12)
ordered(SEEN9, SIGN9, DAY9)
FUEL9, DAYS9 = 150, 4
assert FUEL9 * DAYS9 == 600
RULE9 = "=" * 41
TAWALA_PAGE = latin_page(
    "tbo_utf16be_bom_lf_tawala_courts_police_page_dinghy_taken_report_kicker_byline_dateline_caption_credit_running_head_magistrate_midquote_glued_place_police_log_court_list_header_witness_appeal_box_glued_signed_safety_column",
    "utf-16-be", "\n", 41, "", True,
    "Huhuna Nius 2043-10-14 Page 5 (an invented weekly of Alotau, Milne Bay, Papua New Guinea; Tawala text, English "
    "furniture), UTF-16 BE with BOM (`“ ” –`), LF; blank-line paragraphs, wrapped at 41 with hyphenation. A court "
    "report on a man who took a dinghy and its motor without asking (kicker `District Court`, title over two lines, "
    "byline line `Ana kalitao: Grace Tobuna`, the dateline `ALOTAU –`, a caption and its credit inside a sentence, the "
    f"magistrate's “” words cut by the running head before `hinagai.”`; {DAYS9} × {FUEL9} = {FUEL9 * DAYS9} kina, "
    "asserted); then, **with no blank line under the report's last line**, the police log `Polis ana buka` (three "
    "entries opening on a place); the court list `Court ana taim` (a header row, columns aligned by spaces); an appeal "
    "for witnesses between two `=` rules; then, **with no blank line under the box's foot rule**, the column `Polis "
    "ana nuwanuwa` signed at its foot by a sergeant.",
    DAY9, "5", [f"HUHUNA NIUS · {english(DAY9)} · Page 5", "Court & Police · Editor: Jacob Kaiwara"],
    ["Huhuna Nius · nius@huhuna.example.pg"],
    ["HUHUNA NIUS", english(DAY9), "Page 5", "Court & Police", "Editor: Jacob Kaiwara", "Huhuna Nius · Court & Police",
     "Huhuna Nius", "nius@huhuna.example.pg"], "Huhuna Nius · Court & Police", RULE9, 5, bom=True)
TAWALA_PAGE["articles"] = [
    report(["District Court", "Tamowai ega dinghy yabahi,", "yana kina ya paisewa", "Ana kalitao: Grace Tobuna"],
           "Tamowai ega dinghy yabahi, yana kina ya paisewa", ["Ana kalitao: Grace Tobuna", "Grace Tobuna"],
           ["Magistrate ega tamowai yana hewali."], ["Photo: Peter Maibina"],
           [syl(f"ALOTAU – Tamowai ega, yana hanuwa Wagawaga, dinghy ega motor ega yabahi ana tauna nige yanuwedo; "
                f"bogi {DAYS9} yabahi, yadobi Samarai. District Court Alotau, Tuesday, magistrate yabalenegai yana "
                f"kina {FUEL9} ana bogi kaikaiyena, kina {FUEL9 * DAYS9} ya paisewa ana tauna ena."),
            syl("Tamowai court ega yaliu, {cap}yana hanuwa ana tauyaiyai yaewalewai."),
            syl("Magistrate Anna Lobowai yabalenegai: “Dinghy ana tauna nige yanuwedo, ega kota yabahi; ena ega "
                "nige. Kina ya paisewa, ega yana hanuwa ana tauyaiyai ya nuwanuwa ega yana {run}hinagai.”")],
           "District Court"),
    log("Polis ana buka", [
        syl("Hagita wharf – Saturday, polis yabahi banana boat ega, tauyaiyai tolu nige life jacket. Polis "
            "yabalenegai, boat ana tauna yapaisewa."),
        syl("Dawadawa road – Sunday, motukaa ega yaduguli bogabogana ana. Tauyaiyai nige yakaikai; polis "
            "yaewalewai."),
        syl("Alotau market – Monday, wawine ega yana bilum ya yaudobi; polis yabahi, wawine yabahiyei."),
    ], glued=True),
    table("Court ana taim", aligned([("Numba", "Hewali", "Court", "Taim"),
                                     ("DC-611/43", "dinghy yabahi", "Court 1", "9.00 a.m."),
                                     ("DC-617/43", "motukaa licence", "Court 2", "10.00 a.m."),
                                     ("DC-620/43", "bogabogana", "Court 1", "2.00 p.m.")])),
    notice(TAWALA_PAGE, RULE9, "Witness ana hitolo",
           [f"Hewali: {english(SEEN9)}, 7.00 p.m., motukaa ega tamowai yaduguli, motukaa yadobi.",
            "Ana: Kwato road, Huhuna turn-off", "Phone: Huhuna Police Post, 641 1287, Constable Tobuna."],
           "Huhuna Police Post", f"Alotau, {SIGN9.day} October {SIGN9.year}"),
    column("Polis ana nuwanuwa", "Dinghy yabahi ega nige ya nuwedo", [
        syl("Dinghy, motor ega yabahi, ana tauna ya nuwedo; nige yanuwedo, ega kota ega court ya lau."),
        syl("Ega dinghy ya yabahi, life jacket ya yabahi hinagai. Tauyaiyai ya nuwanuwa, polis ya tahalewai."),
    ], "Sgt. Lucy Dagoela, Huhuna Police Post", ["Lucy Dagoela"], glued=True),
]


# 10. Zigula (Handeni, Tanga, Tanzania), Mac OS Roman, CR: a motorcycle-taxi rider fined for carrying three
#     passengers without helmets; the police log under places; a court list without a header; an appeal for
#     witnesses; the column. Indent-only (three spaces), not glued. Hyphenated.
DAY10 = date(2043, 2, 11)
SEEN10, SIGN10 = date(2043, 2, 5), date(2043, 2, 9)
ordered(SEEN10, SIGN10, DAY10)
FINE10, HELMET10 = 30000, 3
assert FINE10 // HELMET10 == 10000
RULE10 = "=" * 40
ZIGULA_PAGE = latin_page(
    "ziw_macroman_cr_zigula_courts_police_page_boda_passengers_report_kicker_byline_dateline_caption_credit_running_head_magistrate_midquote_indent_only_three_spaces_place_police_log_court_list_no_header_witness_appeal_box_signed_safety_column",
    "mac_roman", "\r", 40, "   ", False,
    "Mbiu ya Handeni 2043-02-11 Ukurasa 7 (an invented weekly of Handeni, Tanga, Tanzania; Zigula text, Swahili "
    "furniture), **Mac OS Roman** (`“ ” –`), **CR**; **indent-only paragraphs (three spaces)**, wrapped at 40 with "
    "hyphenation. A court report on a motorcycle-taxi rider fined for carrying three passengers without helmets "
    "(kicker `Mahakama`, title over two lines, byline line `Na Halima Mbwana`, the dateline `HANDENI –`, a caption "
    f"and its credit inside a sentence, the magistrate's “” words cut by the running head before `kaya.”`; {HELMET10} "
    f"× {FINE10 // HELMET10} = {FINE10} shilingi, asserted); then, after a blank line, the police log `Mbuli za "
    "polisi` (three entries opening on a place); the court list `Kesi za wiki` (**no header row**, columns aligned by "
    "spaces); an appeal for witnesses between two `=` rules; the column `Nasaha za polisi` signed at its foot by a "
    "corporal.",
    DAY10, "7", [f"MBIU YA HANDENI · {swahili(DAY10)} · Ukurasa 7", "Mahakama na Polisi · Mhariri: Saidi Mkwavi"],
    ["Mbiu ya Handeni · habari@mbiu.example.tz"],
    ["MBIU YA HANDENI", swahili(DAY10), "Ukurasa 7", "Mahakama na Polisi", "Mhariri: Saidi Mkwavi",
     "Mbiu ya Handeni · Mahakama na Polisi", "Mbiu ya Handeni", "habari@mbiu.example.tz"],
    "Mbiu ya Handeni · Mahakama na Polisi", RULE10, 5)
ZIGULA_PAGE["articles"] = [
    report(["Mahakama", "Dereva wa bodaboda ahonga", "shilingi elfu thelathini", "Na Halima Mbwana"],
           "Dereva wa bodaboda ahonga shilingi elfu thelathini", ["Na Halima Mbwana", "Halima Mbwana"],
           ["Hakimu akiyagamba maamuzi gakwe."], ["Picha: Omari Kibwana"],
           [syl(f"HANDENI – Dereva wa bodaboda, mwenye miaka ishirini na nne, kahongwa shilingi {FINE10} ni Mahakama "
                f"ya Wilaya Handeni, kwa kuwatwala wasafiri {HELMET10} bila kofia ngumu, shilingi "
                f"{FINE10 // HELMET10} kwa kila msafiri."),
            syl("Dereva kahinda mahakamani na wazazi wakwe, {cap}kakubali kosa bila kubishana."),
            syl("Hakimu Rehema Kilindo kagamba: “Bodaboda ni kazi ya kuhonga mbuyu, ila ni msafiri umwe na kofia "
                "ngumu. Wasafiri watatu ni kuhatarisha magala gawo na ga wazazi wao mbali mbali ya {run}kaya.”")],
           "Mahakama"),
    log("Mbuli za polisi", [
        syl("Mkata – Jumamosi usiku, polisi wamtwala mlevi ambaye kalala barabarani; kafikishwa kwakwe salama."),
        syl("Kwamsisi – Jumapili, mbuzi wanane wa mkulima walimeme mgunda wa jirani; wazee na polisi "
            "wasuluhisha, mkulima kalipa."),
        syl("Handeni mjini – Jumatatu, mwana wa miaka sita kazimira sokoni; polisi wamuwona mama yakwe "
            "baada ya saa moja."),
    ]),
    table("Kesi za wiki", aligned([("HND 41/2043", "bodaboda", "Mahakama 1", "saa 3 asubuhi"),
                                   ("HND 44/2043", "wizi wa kuku", "Mahakama 2", "saa 4 asubuhi"),
                                   ("HND 47/2043", "mgogoro wa mpaka", "Mahakama 1", "saa 8 mchana")])),
    notice(ZIGULA_PAGE, RULE10, "Twasaka mashahidi",
           [f"Mbuli: {swahili(SEEN10)}, saa 2 usiku, mtumia njia kagongwa ni pikipiki, dereva kakimbia.",
            "Hanhu: barabara ya Handeni-Korogwe, Kwedikwazu", "Simu: Kituo cha Polisi Kwedikwazu, 0784 550 216."],
           "Kituo cha Polisi Kwedikwazu", f"Handeni, {SIGN10.day} Februari {SIGN10.year}"),
    column("Nasaha za polisi", "Kofia ngumu kwa kila msafiri", [
        syl("Dereva wa bodaboda, twala msafiri umwe tu, na kila umwe avale kofia ngumu. Kofia ngumu ihonya "
            "magala."),
        syl("Wazazi, msiwalekele wana kupanda bodaboda bila kofia; mbuli ya kuhatarisha magala si ya "
            "kuchezea."),
    ], "Koplo Amina Shekiondo, Kituo cha Polisi Kwedikwazu", ["Amina Shekiondo"]),
]

PAGES = [REFUND_PAGE, POT_PAGE, COURIER_PAGE, CARD_PAGE, MULE_PAGE, LEAK_PAGE, TRUKU_PAGE, WAP_PAGE, TAWALA_PAGE,
         ZIGULA_PAGE]
