"""The text of every holdout178 page, written once: make_holdout178_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-175 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("more", line)` a printed line with no blank line before it (the box's foot rule);
`{cap}` drops the photo caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin
word may be split at a line end (`syl()`, holdout151's rules); `"runin"` runs a brief's bold head into its first
line (holdout161's); `Lines(text, printed)` (holdout157's) a row printed as the given lines (the box's committee and
date set flush right); `aligned()` a Latin table's columns padded with spaces.
Every page is a festivals-and-fairs page: a festival or fair report (kicker, title, byline, a dateline opening its
first paragraph, a visitor's or organiser's words cut by the running head, a photo caption with its credit inside a
sentence), a programme table under its label (day, time, stage, act; a header row on some pages; a note line about
rain or tickets under the rows), a boxed notice between two rule lines (a parade's road closure, a stall-holders'
call or a ticket rule) signed by the organising committee over its date (both flush right), a short bylined
profile of one performer or stall-holder with a quotation, and three briefs run in on bold heads (a shuttle bus, a
lost-child point, a fireworks time). Weekdays and sums are computed and asserted. All papers, festivals, fairs,
committees, performers, stall-holders, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    ID,
    aligned,
    boxed_notice,
    indonesian,
    ordered,
    runin_briefs,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúäëöüə"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker):
    """The festival report: kicker, title, byline (as printed, then the name), caption and credit; the dateline
    opens the first paragraph and stays in it (holdout175's)."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def table(label, rows, note, glued=False):
    """The programme under its label: the label is the title, one paragraph per printed row (the header row and the
    note line under the rows included; holdout175's timetable)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows] + [("row", note)]}
    if glued:
        art["glued"] = True
    return art


def profile(label, title, byline, names, body, glued=False):
    """The profile of one performer or stall-holder: its label the kicker (section accepted), its head the title,
    the byline line under the head as printed (the name alone accepted) (**new**: a bylined profile, read like
    holdout175's report)."""
    art = {"lines": [label, title, byline], "kicker": [label, None], "section": [None, label], "title": title,
           "byline": [byline] + names, "body": list(body)}
    if glued:
        art["glued"] = True
    return art


def zh_page(name, encoding, not_in, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule,
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": not_in, "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the three briefs' ` – `
    run-in joins are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [" – "] * 3}


def zh_articles(page, rep, tab, box, pro, short, glued):
    """A Chinese page's seven articles: report, programme (glued under the report's last line if `glued`), notice,
    profile (glued under the box's foot rule if `glued`), three briefs run in on an ideographic space."""
    return [report(*rep), table(*tab, glued=glued), boxed_notice(page, *box), profile(*pro, glued=glued),
            *runin_briefs(short[0], short[1], "\u3000")]


def latin_articles(page, rep, tab, box, pro, short, glued):
    """A Latin page's seven articles, as `zh_articles`; the briefs run in on ` – `."""
    return [report(*rep), table(*tab, glued=glued), boxed_notice(page, *box), profile(*pro, glued=glued),
            *runin_briefs(short[0], [(t, syl(x)) for t, x in short[1]], " – ")]


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper: a kite festival on the river beach; the programme glued under the report's last line
#    (header row, a rain note); a parade road-closure box; the kite-maker's profile glued under the box's foot rule;
#    three briefs. Blank-line paragraphs.
DAY1 = date(2045, 4, 14)
SIGN1, FEST1A, FEST1B = date(2045, 4, 10), date(2045, 4, 15), date(2045, 4, 16)
ordered(SIGN1, DAY1, FEST1A, FEST1B)
KITES1 = [126, 58, 36]
assert sum(KITES1) == 220
KITE1_PAGE = zh_page(
    "zh_gbk_crlf_city_festival_page_river_beach_kite_festival_report_kicker_byline_dateline_caption_credit_running_head_visitor_midquote_glued_programme_header_rain_note_parade_closure_box_committee_date_right_glued_kite_maker_profile_runin_briefs",
    "gbk", [], "\r\n", 21, True,
    "澜洲晚报 2045-04-14 第6版 节庆 (an invented city evening paper's festivals page), GBK, CRLF; blank-line "
    "paragraphs, wrapped at 21. A report on the river-beach kite festival (kicker `风筝节`, title with a full-width gap, "
    "byline line, the dateline `本报讯` opening the first paragraph, a caption and its credit inside a sentence, a "
    f"visitor's “” words cut by the running head before `放一次。”`; {' + '.join(map(str, KITES1))} = {sum(KITES1)} "
    "kites, asserted); then, **with no blank line under the report's last line**, the programme `风筝节节目单` (header "
    "row `日期　时间　地点　内容`, four rows, a rain note `注：…`); a parade road-closure box between two rules (items set "
    "solid, the committee and date flush right); then, **with no blank line under the box's foot rule**, the profile "
    "`节庆人物` of a kite maker (byline line, a quotation); three briefs under `节庆提示` run in on their heads.",
    DAY1, "6", ["澜洲晚报", f"2045年4月14日　{weekday(DAY1)}　　第6版　节庆　　编辑：符　岚"],
    ["澜洲晚报社　　新闻热线：0596-6231847"],
    ["澜洲晚报", "2045年4月14日", weekday(DAY1), "第6版", "节庆", "编辑：符　岚", "澜洲晚报·节庆", "澜洲晚报社",
     "新闻热线：0596-6231847"], "澜洲晚报·节庆", ZH_RULE21)
KITE1_PAGE["articles"] = zh_articles(
    KITE1_PAGE,
    (["风筝节", "江滩风筝节明天开幕　二百二十只风筝齐上天", "本报记者　葛　晴"], "江滩风筝节明天开幕　二百二十只风筝齐上天",
     ["本报记者　葛　晴", "葛　晴", "葛晴"], ["试飞的龙头蜈蚣风筝长达三十米。"], ["（本报记者　葛　晴　摄）"],
     [f"本报讯　第九届澜洲江滩风筝节将于明天上午开幕。主办方介绍，本届共有{KITES1[0]}只传统风筝、{KITES1[1]}只"
      f"软体大风筝和{KITES1[2]}只儿童手绘风筝参加展飞，合计{sum(KITES1)}只。",
      "昨天下午，几支风筝队已在江滩试飞。{cap}不少路过的市民停下脚步拍照。",
      "带着孙子来看热闹的市民潘秀芬说：“年轻时在江边放过风筝，好多年没摸过线轴了，明天一定要带孩子来"
      "{run}放一次。”"], "风筝节"),
    ("风筝节节目单", ["日期　时间　地点　内容", f"{FEST1A.day}日（{zhou(FEST1A)}）　9:30　江滩主会场　开幕式",
                 f"{FEST1A.day}日（{zhou(FEST1A)}）　14:00　江滩东区　传统风筝展飞",
                 f"{FEST1B.day}日（{zhou(FEST1B)}）　9:00　江滩西区　亲子风筝制作",
                 f"{FEST1B.day}日（{zhou(FEST1B)}）　15:30　江滩主会场　巡游及闭幕"],
     "注：遇雨或风力超过五级，当天室外活动顺延一天，请关注主办方公告。"),
    (ZH_RULE21, "巡游交通管制公告",
     ["路段：滨江路（渡口路口至望江楼路口）", f"时间：{FEST1B.month}月{FEST1B.day}日（{zhou(FEST1B)}）14时至18时",
      "绕行：机动车请经和平路、解放路绕行，沿线公交站点暂停使用。"], "澜洲江滩风筝节组委会",
     f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    ("节庆人物", "糊了四十年风筝的老邵", "本报记者　葛　晴", ["葛　晴", "葛晴"],
     ["邵德明今年六十七岁，在老城区的巷子里开了一间风筝铺。竹篾是自己劈的，绢面是自己画的，一只沙燕风筝要做三天。",
      "“风筝要飞得稳，骨架两边的分量差一点都不行。”他说，“我做的风筝，每一只都要自己先放上天，才肯卖。”"]),
    ("节庆提示", [("免费接驳车", "开幕期间，市民中心至江滩主会场开通免费接驳车，每15分钟一班，末班18时。"),
              ("走失儿童求助点", "江滩主会场服务台设走失儿童求助点，家长可凭孩子照片领回，现场有志愿者值守。"),
              ("焰火时间", f"{FEST1B.month}月{FEST1B.day}日晚8时，江滩西区燃放焰火十五分钟，请市民在警戒线外观看。")]),
    True)


# 2. GB18030 county daily: a harvest fair in a market town; the programme without a header; a stall-holders' call;
#    the profile of a rice-cake stall-holder; three briefs. Indent-only, nothing glued.
RARE = "\u3a3a"  # 㨺, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 10, 11)
SIGN2, FAIR2A, FAIR2B = date(2045, 10, 8), date(2045, 10, 18), date(2045, 10, 19)
ordered(SIGN2, DAY2, FAIR2A, FAIR2B)
STALLS2 = [96, 64, 40]
assert sum(STALLS2) == 200
HARVEST2_PAGE = zh_page(
    "zh_gb18030_lf_county_fair_page_town_harvest_fair_report_rare_char_town_dateline_caption_credit_running_head_organiser_midquote_indent_only_programme_no_header_ticket_note_stall_call_box_rice_cake_profile_runin_briefs",
    "gb18030", ["gbk"], "\n", 21, False,
    f"岚屿日报 2045-10-11 第5版 文旅 (an invented county daily's culture-and-travel page; `{RARE}` U+3A3A, CJK "
    f"Extension A, in the town's name `{RARE}口镇`; in GB18030, not in GBK), LF; **indent-only paragraphs**, wrapped at "
    "21. A report on a market town's harvest fair (kicker `丰收集市`, title, byline line, the dateline `本报讯` opening "
    "the first paragraph, a caption and its credit inside a sentence, an organiser's “” words cut by the running head "
    f"before `回来。”`; {' + '.join(map(str, STALLS2))} = {sum(STALLS2)} stalls, asserted); then, after a blank line, "
    "the programme `集市活动安排` (**no header row**, three rows, a ticket note `注：…`); a stall-holders' call between "
    "two rules; the profile `摊主故事` of a rice-cake stall-holder; three briefs under `赶集须知` run in on their heads.",
    DAY2, "5", ["岚屿日报", f"2045年10月11日　{weekday(DAY2)}　　第5版　文旅"],
    ["岚屿日报社　　地址：岚溪县城关镇学前街18号　　邮编：343716"],
    ["岚屿日报", "2045年10月11日", weekday(DAY2), "第5版", "文旅", "岚屿日报·文旅", "岚屿日报社",
     "地址：岚溪县城关镇学前街18号", "邮编：343716"], "岚屿日报·文旅", ZH_RULE21)
HARVEST2_PAGE["articles"] = zh_articles(
    HARVEST2_PAGE,
    (["丰收集市", f"{RARE}口镇丰收集市下周开张", "本报记者　简　苒"], f"{RARE}口镇丰收集市下周开张",
     ["本报记者　简　苒", "简　苒", "简苒"], ["镇上的老戏台正在重新刷漆。"], ["（简　苒　摄）"],
     [f"本报讯　一年一度的{RARE}口镇丰收集市将于{FAIR2A.month}月{FAIR2A.day}日开张，为期两天。今年集市设农产品摊位"
      f"{STALLS2[0]}个、小吃摊位{STALLS2[1]}个、手工艺摊位{STALLS2[2]}个，共{sum(STALLS2)}个。",
      "记者前天来到镇上，{cap}沿河的石板街已经划好了摊位线。",
      "集市组委会的朱海生说：“很多在外打工的年轻人都说，今年一定要赶在集市那两天"
      "{run}回来。”"], "丰收集市"),
    ("集市活动安排", [f"{FAIR2A.day}日（{zhou(FAIR2A)}）　8:00　石板街　开市仪式",
                 f"{FAIR2A.day}日（{zhou(FAIR2A)}）　19:00　老戏台　采茶戏专场",
                 f"{FAIR2B.day}日（{zhou(FAIR2B)}）　9:00　晒谷场　稻草人比赛"],
     "注：采茶戏专场凭票入场，门票免费，每人限领两张，当天下午在镇文化站领取。"),
    (ZH_RULE21, "摊主招募启事",
     [f"摊位：农产品、小吃、手工艺三类，共{sum(STALLS2)}个", f"报名：即日起至{FAIR2A.month}月15日，到镇文化站登记",
      "要求：小吃摊主须持健康证，摊位不收费，垃圾自带走。"], f"{RARE}口镇丰收集市组委会",
     f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    ("摊主故事", "打了三十年年糕的钟大姐", "本报记者　简　苒", ["简　苒", "简苒"],
     ["钟桂英在集市上摆年糕摊已经三十年了。每年集市前一个月，她就开始泡米、蒸粉，用的还是家里那只老石臼。",
      "“机器打的年糕省力，可是不韧。”她笑着说，“来赶集的人，就是想吃这一口老味道。”"]),
    ("赶集须知", [("免费班车", f"集市两天，县汽车站至{RARE}口镇加开免费班车，每半小时一班。"),
              ("走失儿童", "镇政府门口设走失儿童临时看护点，有民警和志愿者值班。"),
              ("焰火", f"{FAIR2A.month}月{FAIR2A.day}日晚9时，晒谷场燃放焰火，请勿靠近燃放区域。")]),
    False)


# 3. Big5 Taiwan county daily (Taitung): a rice-field music festival; the programme glued under the report (header
#    row, a rain note); a ticket-rule box; the profile of a drummer glued under the box's foot rule; three briefs.
DAY3 = date(2045, 11, 3)
SIGN3, FEST3A, FEST3B = date(2045, 10, 30), date(2045, 11, 11), date(2045, 11, 12)
ordered(SIGN3, DAY3, FEST3A, FEST3B)
assert DAY3.year - 1911 == 134
SEATS3 = [3000, 1500]
assert sum(SEATS3) == 4500
RICE3_PAGE = zh_page(
    "zht_big5_cr_taiwan_festival_page_rice_field_music_festival_report_kicker_byline_dateline_caption_credit_running_head_farmer_midquote_glued_programme_header_rain_note_ticket_rule_box_committee_date_right_glued_drummer_profile_runin_briefs",
    "big5", [], "\r", 20, True,
    "璞原日報 2045-11-03 (`中華民國134年11月3日`) B3 節慶 (an invented county daily, Taitung county), Big5, **CR**; "
    "blank-line paragraphs, wrapped at 20. A report on a rice-field music festival (kicker `稻浪音樂節`, title, byline "
    "`記者林宥辰／臺東報導`, the dateline `【本報訊】` opening the first paragraph, a caption and its credit inside a "
    f"sentence, a farmer's 「」 words cut by the running head before `聽歌。」`; {SEATS3[0]} + {SEATS3[1]} = "
    f"{sum(SEATS3)} seats, asserted); then, **glued under the report's last line**, the programme `演出節目表` (header "
    "row, four rows, a rain note); a ticket-rule box; then, **glued under the box's foot rule**, the profile `人物側寫` "
    "of a drummer; three briefs under `活動快訊` run in on their heads.",
    DAY3, "B3", [f"璞原日報　中華民國134年11月3日　{weekday(DAY3)}", "B3　節慶　　主編：溫子晴"],
    ["璞原日報社　服務專線：(089)321-574"],
    ["璞原日報", "中華民國134年11月3日", weekday(DAY3), "B3", "節慶", "主編：溫子晴", "璞原日報．節慶", "璞原日報社",
     "服務專線：(089)321-574"], "璞原日報．節慶", ZH_RULE20)
RICE3_PAGE["articles"] = zh_articles(
    RICE3_PAGE,
    (["稻浪音樂節", "秋收稻田變舞台　音樂節下週登場", "記者林宥辰／臺東報導"], "秋收稻田變舞台　音樂節下週登場",
     ["記者林宥辰／臺東報導", "林宥辰"], ["收割後的稻田上，工作人員正在搭設舞台。"], ["（記者林宥辰攝）"],
     [f"【本報訊】第五屆稻浪音樂節將於{FEST3A.month}月{FEST3A.day}、{FEST3B.day}日在關山鎮的稻田舉行。主辦單位"
      f"表示，今年免費座位{SEATS3[0]}席、預約座位{SEATS3[1]}席，共{sum(SEATS3)}席。",
      "記者日前到現場，{cap}遠處的中央山脈清楚可見。",
      "提供田地的農民潘進財說：「稻子收完了，田地空著也是空著，不如讓大家來這裡坐著"
      "{run}聽歌。」"], "稻浪音樂節"),
    ("演出節目表", ["日期　時間　舞台　演出", f"{FEST3A.day}日（{weekday(FEST3A)[2]}）　15:00　稻田主舞台　部落青年合唱團",
               f"{FEST3A.day}日（{weekday(FEST3A)[2]}）　18:30　稻田主舞台　鼓聲山谷樂團",
               f"{FEST3B.day}日（{weekday(FEST3B)[2]}）　14:00　穀倉小舞台　兒童說唱",
               f"{FEST3B.day}日（{weekday(FEST3B)[2]}）　17:00　稻田主舞台　閉幕聯演"],
     "註：遇雨改至關山鎮立體育館演出，時間不變。"),
    (ZH_RULE20, "入場須知",
     ["預約座位：即日起於活動網站登記，每人限兩席", "免費座位：當天現場排隊入場，額滿為止",
      "請勿攜帶玻璃瓶及寵物入場，離場時請將垃圾帶走。"], "稻浪音樂節籌備委員會",
     f"{SIGN3.year}年{SIGN3.month}月{SIGN3.day}日"),
    ("人物側寫", "用鼓聲說故事的阿浪", "記者林宥辰", ["林宥辰"],
     ["今年二十八歲的阿浪是鼓聲山谷樂團的鼓手，白天在鎮上的機車行當學徒，晚上和團員在倉庫裡練團。",
      "「小時候看阿公在豐年祭打鼓，我就想，總有一天要在稻田上打給全村聽。」阿浪說，今年終於等到了。"]),
    ("活動快訊", [("接駁專車", "活動兩天，關山火車站至會場每二十分鐘發一班接駁車，免費搭乘。"),
              ("走失協尋", "服務台設於穀倉小舞台旁，孩童走失可至服務台廣播協尋。"),
              ("煙火時間", f"{FEST3B.month}月{FEST3B.day}日晚間七點半施放煙火五分鐘，請留意安全。")]),
    True)


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese: a seafront food fair; the programme (header row, a ticket
#    note); a stall-holders' call; the profile of a fish-ball stall-holder; three briefs. Indent-only, nothing glued.
DAY4 = date(2045, 12, 8)
SIGN4, FAIR4A, FAIR4B = date(2045, 12, 4), date(2045, 12, 16), date(2045, 12, 17)
ordered(SIGN4, DAY4, FAIR4A, FAIR4B)
assert FAIR4A.weekday() == 5  # 下個禮拜六
STALLS4 = [48, 22]
assert sum(STALLS4) == 70
FOOD4_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_fair_page_seafront_food_fair_cantonese_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_programme_header_ticket_note_stall_call_box_fish_ball_profile_runin_briefs",
    "big5hkscs", ["cp950", "big5"], "\r\n", 20, False,
    "灣晴週報 2045-12-08 第4頁 節慶 (an invented Hong Kong district weekly, Tuen Mun as setting), Big5-HKSCS "
    "(`嘅 喺 咗 啲 嚟 冇`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20. A report on a "
    "seafront food fair (kicker `美食嘉年華`, title, byline line, the dateline `【本報訊】` opening the first paragraph, a "
    f"caption and its credit inside a sentence, a stall-holder's 「」 words cut by the running head before `食返碗。」`; "
    f"{STALLS4[0]} + {STALLS4[1]} = {sum(STALLS4)} stalls, asserted); then the programme `嘉年華節目` (header row, three "
    "rows, a ticket note `註：…`); a stall-holders' call `招募攤檔` between two rules; the profile `街坊人物` of a "
    "fish-ball stall-holder; three briefs under `街坊貼士` run in on their heads.",
    DAY4, "4", ["灣晴週報", f"2045年12月8日　{weekday(DAY4)}　　第4頁　節慶"],
    ["灣晴週報　　街坊熱線：2451 8836"],
    ["灣晴週報", "2045年12月8日", weekday(DAY4), "第4頁", "節慶", "灣晴週報．節慶", "灣晴週報", "街坊熱線：2451 8836"],
    "灣晴週報．節慶", ZH_RULE20)
FOOD4_PAGE["articles"] = zh_articles(
    FOOD4_PAGE,
    (["美食嘉年華", "海濱美食嘉年華　七十個攤檔等你嚟", "本報記者　區穎珊"], "海濱美食嘉年華　七十個攤檔等你嚟",
     ["本報記者　區穎珊", "區穎珊"], ["海濱長廊已經搭起咗一排排帳篷。"], ["（區穎珊攝）"],
     [f"【本報訊】屯門海濱美食嘉年華下個禮拜六開鑼，今年有{STALLS4[0]}個熟食檔同{STALLS4[1]}個乾貨檔，一共"
      f"{sum(STALLS4)}個攤檔，比舊年多咗十個。",
      "記者前日行過海濱長廊，{cap}有啲檔主已經喺度試爐。",
      "第一次擺檔嘅冼太話：「我喺屯門住咗三十年，個個街坊都識我煮嘅糖水，今次希望佢哋都嚟"
      "{run}食返碗。」"], "美食嘉年華"),
    ("嘉年華節目", ["日期　時間　地點　節目", f"{FAIR4A.day}日（{weekday(FAIR4A)[2]}）　12:00　海濱長廊　開幕舞獅",
               f"{FAIR4A.day}日（{weekday(FAIR4A)[2]}）　19:00　碼頭廣場　粵曲演唱",
               f"{FAIR4B.day}日（{weekday(FAIR4B)[2]}）　15:00　碼頭廣場　街坊廚藝比賽"],
     "註：入場免費，廚藝比賽觀眾席要憑籌入座，當日下晝兩點喺服務台派籌。"),
    (ZH_RULE20, "招募攤檔",
     [f"檔位：熟食檔{STALLS4[0]}個、乾貨檔{STALLS4[1]}個", f"截止：{FAIR4A.month}月12日下晝五點",
      "申請：攜帶身份證同牌照副本到社區會堂登記，冇牌照唔受理。"], "屯門海濱美食嘉年華籌委會",
     f"{SIGN4.year}年{SIGN4.month}月{SIGN4.day}日"),
    ("街坊人物", "魚蛋佬祁伯", "文：區穎珊", ["區穎珊"],
     ["祁伯喺三聖街市附近賣咗四十幾年魚蛋，今年七十三歲，仲係日日自己打魚漿。",
      "「魚蛋彈唔彈，睇你肯唔肯落力打。」祁伯話，「後生仔學唔學都好，我打得一日就做一日。」"]),
    ("街坊貼士", [("穿梭巴士", "嘉年華兩日，輕鐵站至海濱長廊有免費穿梭巴士，每十五分鐘一班。"),
              ("走失兒童", "碼頭廣場服務台設走失兒童招領處，有姑娘同義工睇住。"),
              ("煙花時間", f"{FAIR4B.month}月{FAIR4B.day}日晚上八點放煙花，海濱長廊會封咗一段，請早啲去。")]),
    False)


# 5. UTF-8 (no BOM) Singapore daily: a Mid-Autumn lantern fair in a heartland town; the programme glued under the
#    report (no header, a rain note); a lantern-walk road-closure box; the profile of a lantern maker glued under
#    the box's foot rule; three briefs. Blank-line paragraphs.
DAY5 = date(2045, 9, 15)
SIGN5, FAIR5A, FAIR5B = date(2045, 9, 12), date(2045, 9, 23), date(2045, 9, 24)
ordered(SIGN5, DAY5, FAIR5A, FAIR5B)
assert FAIR5A.day + 1 == FAIR5B.day
LANTERNS5 = [1200, 300]
assert sum(LANTERNS5) == 1500
LANTERN5_PAGE = zh_page(
    "zh_utf8_nobom_lf_singapore_fair_page_heartland_lantern_fair_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_programme_no_header_rain_note_lantern_walk_closure_box_glued_lantern_maker_profile_runin_briefs",
    "utf-8", [], "\n", 21, True,
    "宏岸社区报 2045-09-15 第8版 节庆 (an invented Singapore community daily; Ang Mo Kio as setting), UTF-8 without "
    "BOM, LF; blank-line paragraphs, wrapped at 21. A report on a heartland Mid-Autumn lantern fair (kicker `中秋灯会`, "
    "title, byline line, the dateline `（新加坡讯）` opening the first paragraph, a caption and its credit `（图：本报　"
    f"柯嘉欣）` inside a sentence, a resident's “” words cut by the running head before `提灯笼。”`; {LANTERNS5[0]} + "
    f"{LANTERNS5[1]} = {sum(LANTERNS5)} lanterns, asserted); then, **glued under the report**, the programme "
    "`灯会节目` (**no header**, three rows, a rain note); a lantern-walk road-closure box; then, **glued under the box's "
    "foot rule**, the profile `人物特写` of a lantern maker; three briefs under `灯会小贴士` run in on their heads.",
    DAY5, "8", ["宏岸社区报", f"2045年9月15日　{weekday(DAY5)}　　第8版　节庆"],
    ["宏岸社区报　　读者热线：6283 4417"],
    ["宏岸社区报", "2045年9月15日", weekday(DAY5), "第8版", "节庆", "宏岸社区报·节庆", "宏岸社区报", "读者热线：6283 4417"],
    "宏岸社区报·节庆", ZH_RULE21)
LANTERN5_PAGE["articles"] = zh_articles(
    LANTERN5_PAGE,
    (["中秋灯会", "宏茂桥中秋灯会　一千五百盏灯笼点亮社区", "本报记者　柯嘉欣"], "宏茂桥中秋灯会　一千五百盏灯笼点亮社区",
     ["本报记者　柯嘉欣", "柯嘉欣"], ["义工在组屋楼下挂起兔子灯笼。"], ["（图：本报　柯嘉欣）"],
     [f"（新加坡讯）宏茂桥社区中秋灯会将在本月{FAIR5A.day}日和{FAIR5A.day + 1}日举行。主办单位今年挂出传统灯笼"
      f"{LANTERNS5[0]}盏、居民手作灯笼{LANTERNS5[1]}盏，共{sum(LANTERNS5)}盏。",
      "记者昨晚到场，{cap}不少居民带着孩子来看热闹。",
      "住在附近的退休教师梁婉仪说：“小时候住在甘榜，中秋节最开心的就是跟着大人"
      "{run}提灯笼。”"], "中秋灯会"),
    ("灯会节目", [f"{FAIR5A.day}日（{zhou(FAIR5A)}）　19:00　社区广场　开幕及舞龙",
              f"{FAIR5A.day}日（{zhou(FAIR5A)}）　20:00　组屋走廊　提灯游行",
              f"{FAIR5B.day}日（{zhou(FAIR5B)}）　19:30　社区广场　猜灯谜"],
     "注：如遇大雨，活动移至民众联络所礼堂举行。"),
    (ZH_RULE21, "提灯游行封路通告",
     ["路段：宏茂桥10道（5街至8街之间）", f"时间：{FAIR5A.month}月{FAIR5A.day}日（{zhou(FAIR5A)}）晚上7时45分至9时30分",
      "其他：沿途巴士站暂停服务，请改到宏茂桥转换站搭车。"], "宏茂桥社区中秋灯会筹委会",
     f"{SIGN5.year}年{SIGN5.month}月{SIGN5.day}日"),
    ("人物特写", "扎了半辈子灯笼的黄师傅", "本报记者　柯嘉欣", ["柯嘉欣"],
     ["黄永福今年七十一岁，年轻时在牛车水的灯笼店当学徒，退休后在家里的客厅继续扎灯笼，每年中秋送给邻居的孩子。",
      "“塑料灯笼一插电就亮，可是孩子们自己扎的灯笼，会记一辈子。”黄师傅说。"]),
    ("灯会小贴士", [("免费穿梭巴士", "两晚灯会，地铁站至社区广场有免费穿梭巴士，每10分钟一班。"),
               ("走失儿童", "社区广场服务台设儿童走失协寻点，家长可向穿黄背心的义工求助。"),
               ("烟花时间", f"{FAIR5B.month}月{FAIR5B.day}日晚上9时，社区广场燃放小型烟花三分钟。")]),
    True)


# 6. UTF-16 LE city daily: a Spring Festival goods fair in an exhibition hall; the programme glued under the report
#    (header row, a ticket note); a ticket-rule box; the profile of a paper-cut stall-holder glued under the box's
#    foot rule; three briefs. Indent-only and glued.
DAY6 = date(2046, 1, 19)
SIGN6, FAIR6A, FAIR6B = date(2046, 1, 16), date(2046, 1, 26), date(2046, 1, 28)
ordered(SIGN6, DAY6, FAIR6A, date(2046, 1, 27), FAIR6B)
BOOTHS6 = [420, 260, 120]
assert sum(BOOTHS6) == 800
GOODS6_PAGE = zh_page(
    "zh_utf16le_bom_crlf_city_fair_page_spring_festival_goods_fair_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_glued_programme_header_ticket_note_ticket_rule_box_glued_paper_cut_profile_runin_briefs",
    "utf-16-le", [], "\r\n", 21, False,
    "沅汐日报 2046-01-19 第9版 节庆 (an invented city daily), UTF-16 LE with BOM, CRLF; **indent-only and glued**, "
    "wrapped at 21. A report on a Spring Festival goods fair (kicker `年货博览会`, title, byline line, the dateline "
    "`本报讯` opening the first paragraph, a caption and its credit inside a sentence, a visitor's “” words cut by the "
    f"running head before `一趟。”`; {' + '.join(map(str, BOOTHS6))} = {sum(BOOTHS6)} booths, asserted); then, **glued "
    "under the report**, the programme `展会活动` (header row, three rows, a ticket note); a ticket-rule box; then, "
    "**glued under the box's foot rule**, the profile `展商风采` of a paper-cut stall-holder; three briefs under "
    "`逛展提示` run in on their heads.",
    DAY6, "9", ["沅汐日报", f"2046年1月19日　{weekday(DAY6)}　　第9版　节庆"],
    ["沅汐日报社　　新闻热线：0736-7720915"],
    ["沅汐日报", "2046年1月19日", weekday(DAY6), "第9版", "节庆", "沅汐日报·节庆", "沅汐日报社", "新闻热线：0736-7720915"],
    "沅汐日报·节庆", ZH_RULE21, bom=True)
GOODS6_PAGE["articles"] = zh_articles(
    GOODS6_PAGE,
    (["年货博览会", "八百个展位迎新春　年货博览会下周开幕", "本报记者　舒　砚"], "八百个展位迎新春　年货博览会下周开幕",
     ["本报记者　舒　砚", "舒　砚", "舒砚"], ["布展工人在展馆门口挂上大红灯笼。"], ["（本报记者　舒　砚　摄）"],
     [f"本报讯　第十二届沅江年货博览会将于{FAIR6A.month}月{FAIR6A.day}日在会展中心开幕。本届设食品展位{BOOTHS6[0]}个、"
      f"日用品展位{BOOTHS6[1]}个、非遗手工展位{BOOTHS6[2]}个，共{sum(BOOTHS6)}个。",
      "记者昨天在会展中心看到，{cap}各地展商正在搬运货品。",
      "每年都来逛展的市民龙志强说：“腊肉、香肠、糍粑，一次就能买齐，每年过年前都要来"
      "{run}一趟。”"], "年货博览会"),
    ("展会活动", ["日期　时间　地点　活动", f"{FAIR6A.day}日（{zhou(FAIR6A)}）　9:30　一号馆　开幕式",
              f"{FAIR6A.day + 1}日（{zhou(date(2046, 1, 27))}）　14:00　二号馆　非遗剪纸表演",
              f"{FAIR6B.day}日（{zhou(FAIR6B)}）　10:00　三号馆　年夜饭厨艺大赛"],
     "注：门票每张5元，持老年证、学生证免票。"),
    (ZH_RULE21, "购票须知",
     ["售票：展会现场及官方小程序同步售票", "限流：每日入场不超过两万人，满额后暂停售票",
      "凭证：门票当日有效，出馆后再次入场须重新购票。"], "沅江年货博览会组委会",
     f"{SIGN6.year}年{SIGN6.month}月{SIGN6.day}日"),
    ("展商风采", "剪纸摊前的“巧手奶奶”", "本报记者　舒　砚", ["舒　砚", "舒砚"],
     ["七十岁的向桂兰是本届博览会年纪最大的展商。她的剪纸摊只有一张桌子，桌上摆满了“福”字和生肖窗花。",
      "“一把剪刀、一张红纸，剪了五十多年。”向奶奶说，“我想让城里的孩子知道，窗花是手剪出来的。”"]),
    ("逛展提示", [("免费接驳车", "展会期间，火车站至会展中心开通免费接驳车，9时至17时每20分钟一班。"),
              ("走失儿童", "一号馆入口设走失儿童服务点，广播室可帮助家长寻人。"),
              ("焰火时间", f"{FAIR6B.month}月{FAIR6B.day}日晚7时，会展中心广场燃放焰火十分钟。")]),
    True)


def hari(day):
    """A programme row's day in Indonesian: weekday and day of the month (`Sabtu 12`)."""
    return f"{ID[day.weekday()]} {day.day}"


# 7. Kendayan (Ngabang, Landak, West Kalimantan, Indonesia), UTF-8 with BOM, CRLF: a new-rice harvest festival; the
#    programme glued under the report (header row, a rain note); a parade road-closure box; the profile of a
#    dancer glued under the box's foot rule; three briefs. Blank-line paragraphs, hyphenated.
DAY7 = date(2045, 5, 3)
SIGN7, FEST7A, FEST7B = date(2045, 4, 29), date(2045, 5, 6), date(2045, 5, 7)
ordered(SIGN7, DAY7, FEST7A, FEST7B)
VILLAGES7 = [14, 9]
assert sum(VILLAGES7) == 23
RULE7 = "=" * 36
KENDAYAN_PAGE = latin_page(
    "knx_utf8_bom_crlf_kendayan_festival_page_new_rice_harvest_festival_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_programme_header_rain_note_parade_closure_box_glued_dancer_profile_runin_briefs",
    "utf-8", "\r\n", 36, "", True,
    "Tarino Landak 2045-05-03 Halaman 7 (an invented weekly of Ngabang, Landak, West Kalimantan; Kendayan text, "
    "Indonesian furniture), UTF-8 with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 36 with "
    "hyphenation. A report on a new-rice harvest festival (kicker `Gawe Padi Baru`, title, byline line `Panulis: "
    "Yohanes Ansel`, the dateline `NGABANG –`, a caption and its credit inside a sentence, an elder's “” words cut "
    f"by the running head; {VILLAGES7[0]} + {VILLAGES7[1]} = {sum(VILLAGES7)} villages, asserted); then, **glued under "
    "the report's last line**, the programme `Acara Gawe` (header row, columns aligned by spaces, a rain note `* …`); "
    "a parade road-closure box between two `=` rules (the committee and date flush right); then, **glued under the "
    "box's foot rule**, the profile `Urang Gawe` of a dancer; three briefs under `Kabar Gawe` run in on ` – `.",
    DAY7, "7", [f"TARINO LANDAK · {indonesian(DAY7)} · Halaman 7", "Festival · Redaktur: Agustinus Dalim"],
    ["Tarino Landak · redaksi@tarinolandak.example.id"],
    ["TARINO LANDAK", indonesian(DAY7), "Halaman 7", "Festival", "Redaktur: Agustinus Dalim", "Tarino Landak · Festival",
     "Tarino Landak", "redaksi@tarinolandak.example.id"], "Tarino Landak · Festival", RULE7, 5, bom=True)
KENDAYAN_PAGE["articles"] = latin_articles(
    KENDAYAN_PAGE,
    (["Gawe Padi Baru", "Gawe padi baru ka' Ngabang, urang kampung ngumpul", "Panulis: Yohanes Ansel"],
     "Gawe padi baru ka' Ngabang, urang kampung ngumpul", ["Panulis: Yohanes Ansel", "Yohanes Ansel"],
     ["Urang bini nampi padi ka' halaman rumah radakng."], ["Foto: Yohanes Ansel"],
     [syl(f"NGABANG – Gawe padi baru taun ini diikuti urang {VILLAGES7[0]} kampung ka' Ngabang man {VILLAGES7[1]} "
          f"kampung ka' Sengah Temila, jadi {sum(VILLAGES7)} kampung. Panitia nyiapatn panggung ka' halaman rumah "
          "radakng."),
      syl("Kami' datang ka' rumah radakng, {cap}urang bini agi' nampi padi baru."),
      syl("Timanggong Matius Amat bapadah: “Padi baru iatn tanda syukur kami' ka' Jubata, jadi anak ucu' harus "
          "nele' ka' {run}gawe.”")], "Gawe Padi Baru"),
    ("Acara Gawe", aligned([("Hari", "Jam", "Tampat", "Acara"), (hari(FEST7A), "08.00", "Rumah radakng", "Pambukaan"),
                            (hari(FEST7A), "14.00", "Halaman", "Tari jubata"),
                            (hari(FEST7B), "09.00", "Jalan Pancasila", "Pawai"),
                            (hari(FEST7B), "19.00", "Panggung", "Panutupan")]),
     "* Amuntn ujatn, acara pindah ka' gedung serbaguna."),
    (RULE7, "Panutupan jalan pawai",
     ["Jalan: Pancasila man Jalan Bhayangkara, Ngabang", f"Wakatu: {indonesian(FEST7B)}, 08.30–12.00",
      "Oto man motor ngaliwati Jalan Raden Kusno."], "Panitia Gawe Padi Baru", f"Ngabang, {SIGN7.day} April "
     f"{SIGN7.year}"),
    ("Urang Gawe", "Ina Yustina, panari ka' gawe", "Panulis: Yohanes Ansel", ["Yohanes Ansel"],
     [syl("Yustina umur dua puluh taun, ia panari ka' sanggar kampung Raja. Tiap malam ia balatih man anak-anak "
          "kampung."),
      syl("“Tari iatn warisan nek baba' kami'; amuntn kami' nana' nari, sapa agi'?” kata Yustina.")]),
    ("Kabar Gawe", [("Bis gratis", "Bis gratis ngaliwati pasar Ngabang ka' rumah radakng, satiap satengah jam."),
                    ("Anak ilang", "Posko anak ilang ada ka' muka rumah radakng, dijaga panitia man polisi."),
                    ("Kembang api", f"Kembang api ka' {hari(FEST7B)} Mei, jam 21.00, ka' halaman rumah radakng.")]),
    True)


# 8. Moronene (Kasipute, Bombana, Southeast Sulawesi, Indonesia), Windows-1252, CRLF: a seaweed harvest fair; the
#    programme (no header, a ticket note); a stall-holders' call; the profile of a seaweed farmer; three briefs.
#    Indent-only (four spaces), nothing glued.
DAY8 = date(2045, 8, 9)
SIGN8, FAIR8A, FAIR8B = date(2045, 8, 5), date(2045, 8, 18), date(2045, 8, 19)
ordered(SIGN8, DAY8, FAIR8A, FAIR8B)
STALLS8 = [60, 25]
assert sum(STALLS8) == 85
RULE8 = "=" * 38
MORONENE_PAGE = latin_page(
    "mqn_cp1252_crlf_moronene_fair_page_seaweed_harvest_fair_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_programme_no_header_ticket_note_stall_call_box_seaweed_farmer_profile_runin_briefs",
    "cp1252", "\r\n", 38, "    ", False,
    "Tula Bombana 2045-08-09 Halaman 5 (an invented weekly of Kasipute, Bombana, Southeast Sulawesi; Moronene text, "
    "Indonesian furniture), **Windows-1252** (`“ ” – ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at "
    "38 with hyphenation. A report on a seaweed harvest fair (kicker `Pasar Agar`, title, byline line, the dateline "
    "`KASIPUTE –`, a caption and its credit inside a sentence, a farmer's “” words cut by the running head; "
    f"{STALLS8[0]} + {STALLS8[1]} = {sum(STALLS8)} stalls, asserted); then the programme `Acara Pasar` (**no header**, "
    "columns aligned by spaces, a ticket note); a stall-holders' call between two rules; the profile `Tonga Pasar` "
    "of a seaweed farmer; three briefs under `Kabar Pasar` run in on ` – `.",
    DAY8, "5", [f"TULA BOMBANA · {indonesian(DAY8)} · Halaman 5", "Festival · Redaktur: Hasrul Lapangi"],
    ["Tula Bombana · redaksi@tulabombana.example.id"],
    ["TULA BOMBANA", indonesian(DAY8), "Halaman 5", "Festival", "Redaktur: Hasrul Lapangi",
     "Tula Bombana · Festival", "Tula Bombana", "redaksi@tulabombana.example.id"], "Tula Bombana · Festival",
    RULE8, 5)
MORONENE_PAGE["articles"] = latin_articles(
    MORONENE_PAGE,
    (["Pasar Agar", "Pasar agar i Kasipute, toono mepokoaso", "Nisurati: Wa Ode Sitti"],
     "Pasar agar i Kasipute, toono mepokoaso", ["Nisurati: Wa Ode Sitti", "Wa Ode Sitti"],
     ["Toono Lantari mepakandai agar i wiwi tahi."], ["Foto: Wa Ode Sitti"],
     [syl(f"KASIPUTE – Pasar agar ronga pinokaha ari i {FAIR8A.day} Agustus, ano mowai {STALLS8[0]} lapa agar "
          f"ronga {STALLS8[1]} lapa kinaa, mbule'ano {sum(STALLS8)} lapa. Toono mepokoaso ari Rumbia, Poleang ronga "
          "Kabaena."),
      syl("Iaku lumako i wiwi tahi, {cap}toono mebantu mepakandai agar."),
      syl("Tonga agar Lamunde mosuara: “Agar mami mokobarakati, ano toono ari metaawu lumako i pasar ronga "
          "mopinokaha {run}agar.”")], "Pasar Agar"),
    ("Acara Pasar", aligned([(hari(FAIR8A), "08.00", "Lapangan Kasipute", "Pokumbulia"),
                             (hari(FAIR8A), "16.00", "Wiwi tahi", "Lomba agar"),
                             (hari(FAIR8B), "20.00", "Panggung", "Tari Lulo")]),
     "* Tiket Tari Lulo Rp5.000, mowai i loket lapangan."),
    (RULE8, "Toono lapa pasar",
     [f"Lapa: agar {STALLS8[0]}, kinaa {STALLS8[1]}", f"Mendaftar: i kantor camat, ronga {indonesian(date(2045, 8, 14))}",
      "Lapa mondaa, toono moalo sampah ano."], "Panitia Pasar Agar Bombana", f"Kasipute, {SIGN8.day} Agustus "
     f"{SIGN8.year}"),
    ("Tonga Pasar", "Wa Ampu, tonga agar i Lantari", "Nisurati: Wa Ode Sitti", ["Wa Ode Sitti"],
     [syl("Wa Ampu ninamo ompulu taho mokokombu agar i wiwi tahi Lantari. Ano moalo agar ronga anano mompulu "
          "lima."),
      syl("“Agar ine mokobarakati, ano anaku mosikola ari agar,” ehe Wa Ampu.")]),
    ("Kabar Pasar", [("Oto gratis", "Oto gratis ari terminal Kasipute lumako i lapangan, ompulu menit sambali."),
                     ("Ana mohawu", "Posko ana mohawu i kantor camat, polisi ronga panitia mepokoaso."),
                     ("Kembang api", f"Kembang api i {hari(FAIR8B)} Agustus, jam 21.30, i wiwi tahi Kasipute.")]),
    False)


# 9. Komering (Martapura, East OKU, South Sumatra, Indonesia), UTF-16 BE with BOM, LF: a river boat festival; the
#    programme glued under the report (header row, a rain note); a ticket-rule box for the riverbank stands; the
#    profile of a boat captain glued under the box's foot rule; three briefs. Blank-line paragraphs, hyphenated.
DAY9 = date(2045, 6, 21)
SIGN9, FEST9A, FEST9B = date(2045, 6, 17), date(2045, 6, 30), date(2045, 7, 1)
ordered(SIGN9, DAY9, FEST9A, FEST9B)
BOATS9 = [18, 12]
assert sum(BOATS9) == 30
RULE9 = "=" * 37
KOMERING_PAGE = latin_page(
    "kge_utf16be_bom_lf_komering_festival_page_river_boat_festival_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_programme_header_rain_note_stand_ticket_box_glued_boat_captain_profile_runin_briefs",
    "utf-16-be", "\n", 37, "", True,
    "Surat Way Komering 2045-06-21 Halaman 6 (an invented weekly of Martapura, East Ogan Komering Ulu, South Sumatra; "
    "Komering text, Indonesian furniture), UTF-16 BE with BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 37 "
    "with hyphenation. A report on a river boat festival (kicker `Festival Sungai`, title, byline line, the dateline "
    "`MARTAPURA –`, a caption and its credit inside a sentence, a rower's “” words cut by the running head; "
    f"{BOATS9[0]} + {BOATS9[1]} = {sum(BOATS9)} boats, asserted); then, **glued under the report**, the programme "
    "`Jadwal Festival` (header row, columns aligned by spaces, a rain note); a ticket-rule box for the stands; then, "
    "**glued under the box's foot rule**, the profile `Jelma Festival` of a boat captain; three briefs under "
    "`Kabar Festival` run in on ` – `.",
    DAY9, "6", [f"SURAT WAY KOMERING · {indonesian(DAY9)} · Halaman 6", "Budaya · Redaktur: Rasyid Pangeran"],
    ["Surat Way Komering · redaksi@suratwaykomering.example.id"],
    ["SURAT WAY KOMERING", indonesian(DAY9), "Halaman 6", "Budaya", "Redaktur: Rasyid Pangeran",
     "Surat Way Komering · Budaya", "Surat Way Komering", "redaksi@suratwaykomering.example.id"], "Surat Way Komering · Budaya",
    RULE9, 5, bom=True)
KOMERING_PAGE["articles"] = latin_articles(
    KOMERING_PAGE,
    (["Festival Sungai", "Perahu bidar ngelayar di way Komering", "Tulisan: Zulkarnain Ratu"],
     "Perahu bidar ngelayar di way Komering", ["Tulisan: Zulkarnain Ratu", "Zulkarnain Ratu"],
     ["Jelma nyimbah perahu bidar di pinggir way."], ["Foto: Zulkarnain Ratu"],
     [syl(f"MARTAPURA – Festival way Komering taun sija diikuti {BOATS9[0]} perahu bidar ngon {BOATS9[1]} "
          f"perahu hias, jadi {sum(BOATS9)} perahu. Panitia nyiapko tenda di pinggir way Martapura."),
      syl("Sekam ratong di pinggir way, {cap}bujang gadis lagi berlatih ngayuh."),
      syl("Pengayuh Firmansyah nyani: “Sekam latihan tiyap sanja, rik sekam ingin perahu kampung sekam "
          "juara di {run}way.”")], "Festival Sungai"),
    ("Jadwal Festival", aligned([("Hari", "Jam", "Tempat", "Acara"), (hari(FEST9A), "08.00", "Dermaga", "Pembukaan"),
                                 (hari(FEST9A), "14.00", "Way Komering", "Lomba bidar"),
                                 (hari(FEST9B), "09.00", "Way Komering", "Perahu hias"),
                                 (hari(FEST9B), "19.30", "Panggung", "Penutupan")]),
     "* Kik ujan, lomba bidar diundur jam 16.00."),
    (RULE9, "Aturan tiket tribun",
     ["Tiket tribun Rp10.000, mawat ngena kanak di bah 10 taun", "Tiket dibeli di loket dermaga, sai hari gawoh",
      "Tiket mawat dapok dibalikko."], "Panitia Festival Way Komering", f"Martapura, {SIGN9.day} Juni {SIGN9.year}"),
    ("Jelma Festival", "Mang Harun, jurumudi perahu bidar", "Tulisan: Zulkarnain Ratu", ["Zulkarnain Ratu"],
     [syl("Harun umurna lima puluh taun, ia jadi jurumudi perahu bidar kampung Tanjung Kemala sai dua puluh taun."),
      syl("“Perahu bidar mawat kuat sai jelma, tapi kuat rik kompak sai kampung,” cawa Mang Harun.")]),
    ("Kabar Festival", [("Bis gratis", "Bis gratis anjak terminal Martapura mit dermaga, tiyap dua puluh menit."),
                        ("Kanak ngelalah", "Posko kanak ngelalah di tenda panitia dekat dermaga, dijaga polisi."),
                        ("Kembang api", f"Kembang api {hari(FEST9B)} Juli, jam 21.00, di pinggir way Martapura.")]),
    True)


# 10. Mamasa (Mamasa, West Sulawesi, Indonesia), Mac OS Roman, CR: a highland coffee fair; the programme (header
#     row, a ticket note); a stall-holders' call; the profile of a coffee grower; three briefs. Indent-only (three
#     spaces), nothing glued.
DAY10 = date(2045, 7, 12)
SIGN10, FAIR10A, FAIR10B = date(2045, 7, 8), date(2045, 7, 22), date(2045, 7, 23)
ordered(SIGN10, DAY10, FAIR10A, FAIR10B)
STALLS10 = [32, 16]
assert sum(STALLS10) == 48
RULE10 = "=" * 39
MAMASA_PAGE = latin_page(
    "mqj_macroman_cr_mamasa_fair_page_highland_coffee_fair_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_programme_header_ticket_note_stall_call_box_coffee_grower_profile_runin_briefs",
    "mac_roman", "\r", 39, "   ", False,
    "Kareba Kondo Sapata 2045-07-12 Halaman 4 (an invented weekly of Mamasa, West Sulawesi; Mamasa text, Indonesian "
    "furniture), **Mac OS Roman** (`“ ” – ·`), **CR**; **indent-only paragraphs (three spaces)**, wrapped at 39 with "
    "hyphenation. A report on a highland coffee fair (kicker `Pasar Kopi`, title, byline line, the dateline "
    "`MAMASA –`, a caption and its credit inside a sentence, a grower's “” words cut by the running head; "
    f"{STALLS10[0]} + {STALLS10[1]} = {sum(STALLS10)} stalls, asserted); then the programme `Acara Pasar Kopi` (header "
    "row, columns aligned by spaces, a ticket note); a stall-holders' call between two rules; the profile "
    "`Tau Pasar` of a coffee grower; three briefs under `Kareba Pasar` run in on ` – `.",
    DAY10, "4", [f"KAREBA KONDO SAPATA · {indonesian(DAY10)} · Halaman 4", "Festival · Redaktur: Yohanis Pasolang"],
    ["Kareba Kondo Sapata · redaksi@kondosapata.example.id"],
    ["KAREBA KONDO SAPATA", indonesian(DAY10), "Halaman 4", "Festival", "Redaktur: Yohanis Pasolang",
     "Kareba Kondo Sapata · Festival", "Kareba Kondo Sapata", "redaksi@kondosapata.example.id"], "Kareba Kondo Sapata · Festival",
    RULE10, 5)
MAMASA_PAGE["articles"] = latin_articles(
    MAMASA_PAGE,
    (["Pasar Kopi", "Pasar kopi lan Mamasa, tau buda sumule", "Nasurati: Debora Tandilangi"],
     "Pasar kopi lan Mamasa, tau buda sumule", ["Nasurati: Debora Tandilangi", "Debora Tandilangi"],
     ["Tau umpatu kopi lan lapangan Osango."], ["Foto: Debora Tandilangi"],
     [syl(f"MAMASA – Pasar kopi lan Mamasa la dipatama {STALLS10[0]} lapa kopi sola {STALLS10[1]} lapa kande, "
          f"napasusi {sum(STALLS10)} lapa. Tau buda sumule dio mai Sumarorong, Tabulahan sola Balla."),
      syl("Ma'kalao lan lapangan Osango, {cap}tau umpasadia lapa kopi."),
      syl("Pa'kopi Yakobus Palondongan mangkada: “Kopi Mamasa manarang, anna tau buda la ratu "
          "untiro {run}kopinta.”")], "Pasar Kopi"),
    ("Acara Pasar Kopi", aligned([("Allo", "Jam", "Inan", "Acara"), (hari(FAIR10A), "09.00", "Osango", "Pembukaan"),
                                  (hari(FAIR10A), "15.00", "Osango", "Lomba kopi"),
                                  (hari(FAIR10B), "19.00", "Panggung", "Bulu' bamba")]),
     "* Tiket lomba kopi Rp5.000, lan loket Osango."),
    (RULE10, "Tau umpake lapa",
     [f"Lapa: kopi {STALLS10[0]}, kande {STALLS10[1]}", f"Mendaftar: lan kantor camat, sae {indonesian(date(2045, 7, 18))}",
      "Lapa tae' dibayar; tau umpake lapa umbaa ratu sampah."], "Panitia Pasar Kopi Mamasa", f"Mamasa, "
     f"{SIGN10.day} Juli {SIGN10.year}"),
    ("Tau Pasar", "Nek Lipa, pa'kopi lan Tabulahan", "Nasurati: Debora Tandilangi", ["Debora Tandilangi"],
     [syl("Nek Lipa umurna pitu pulo taun, na tananni kopi lan pa'lakona Tabulahan sae tallung pulo taun."),
      syl("“Kopi susi ana'; ke diparannuan, manarang,” kada Nek Lipa.")]),
    ("Kareba Pasar", [("Oto gratis", "Oto gratis dio mai terminal Mamasa lako lapangan Osango, sangpulo menit."),
                      ("Ana' malaan", "Posko ana' malaan lan tenda panitia, dijaga polisi sola panitia."),
                      ("Kembang api", f"Kembang api {hari(FAIR10B)} Juli, jam 20.30, lan lapangan Osango.")]),
    False)

PAGES = [KITE1_PAGE, HARVEST2_PAGE, RICE3_PAGE, FOOD4_PAGE, LANTERN5_PAGE, GOODS6_PAGE, KENDAYAN_PAGE, MORONENE_PAGE,
         KOMERING_PAGE, MAMASA_PAGE]
