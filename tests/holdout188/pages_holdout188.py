"""The text of every holdout188 page, written once: make_holdout188_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-185 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows; a Latin row aligned with runs of spaces keeps one space in the gold); `("more", line)`
a printed line with no blank line before it that is no paragraph (here the report's deck and byline, printed under
the score line; their strings are the gold's subtitle and byline); `{cap}` drops the caption and its credit into a
paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's
rules); `Lines` (holdout157's) a row printed as given lines.
Every page is a sports results page: a match report (head, the score line under it, deck, byline, the dateline
opening the lead, four paragraphs, a caption and its credit dropped inside a sentence, the coach's quotation cut by
the running head), a results table under a label (four or five rows, team, score, team) with a source or note line
under it, a second shorter report of another sport (glued under the note line on five pages), a standings table with
a header row (played, won, drawn, lost, points; the points computed from the rows and asserted), and a fixtures list
of three dated lines under a label (weekdays computed). All papers, clubs, people, sums and events are invented;
real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, EN_MONTHS, aligned, ordered, syllables, weekday

VOWELS = "aeiouáéíóúɨʉ"
syl = partial(syllables, vowels=VOWELS)


def table(rows, win=3):
    """Standings rows (team, won, drawn, lost): played and points (`win` a win, 1 a draw) computed; a table of one
    league (equal games, wins = losses, draws even) and no tie on points, asserted."""
    out = [(t, w + d + lo, w, d, lo, win * w + d) for t, w, d, lo in rows]
    assert len({r[1] for r in out}) == 1, out
    assert sum(r[2] for r in out) == sum(r[4] for r in out) and sum(r[3] for r in out) % 2 == 0, out
    assert [r[5] for r in out] == sorted((r[5] for r in out), reverse=True) and len({r[5] for r in out}) == len(out)
    return out


def report(title, score, deck, byline, names, captions, credits, body):
    """The match report: head the title, the score line under it its first paragraph (**new**), the deck the
    subtitle, the byline line the byline (the name alone accepted); the dateline opens the lead."""
    return {"lines": [title], "tight": True, "title": title, "subtitle": deck, "byline": [byline] + names,
            "captions": captions, "credits": credits,
            "body": [("row", score), ("more", deck), ("more", byline)] + list(body)}


def short(title, body, glued=False):
    """The second, shorter report: head the title, no byline; its dateline opens the lead."""
    art = {"lines": [title], "title": title, "body": list(body)}
    if glued:
        art["glued"] = True
    return art


def block(label, rows, header=None, note=None):
    """A results table, a standings table or a fixtures list under its label (the label the title): each printed
    row one paragraph (a header row too), the source or note line under the table its last paragraph."""
    body = ([("row", header)] if header else []) + [("row", r) for r in rows] + ([("row", note)] if note else [])
    return {"lines": [label], "title": label, "tight": True, "body": body}


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, not_in=(),
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": []}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run,
               bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot not inside a furniture string are markup."""
    joins = sum(x.count("·") for x in head + foot) - sum(x.count("·") for x in furniture if x != run)
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [], "markup": ["·"] * joins}


def zh_day(day):
    return f"{day.year}年{day.month}月{day.day}日"


def md_w(day):
    return f"{day.month}月{day.day}日（{weekday(day)}）"


def en_day(day):
    return f"{EN[day.weekday()]} {day.day} {EN_MONTHS[day.month - 1]}"


# 1. GBK county evening paper, CRLF, blank-line: a handball league report; the round's other results and a note;
#    the short report (a swimming meet) glued under the note; the standings (two points a win); fixtures.
DAY1 = date(2046, 3, 19)
FIX1 = [date(2046, 3, 22), date(2046, 3, 23), date(2046, 3, 29)]
ordered(DAY1, *FIX1)
SCORE1 = (28, 25)
HALF1 = (12, 14)
assert HALF1[0] < HALF1[1] and SCORE1[0] - HALF1[0] - (SCORE1[1] - HALF1[1]) == 5  # came back after the break
TABLE1 = table([("城北队", 6, 1, 1), ("溪口队", 5, 1, 2), ("纺织厂队", 4, 0, 4), ("西关队", 2, 2, 4),
                ("南坪队", 1, 0, 7)], win=2)
assert sum(r[2] for r in TABLE1) == sum(r[4] for r in TABLE1)
P1 = zh_page(
    "zh_gbk_crlf_county_sports_handball_report_score_line_deck_credit_midsentence_runhead_"
    "midquote_results_note_glued_swimming_report_standings_two_points_fixtures",
    "gbk", "\r\n", 21, True,
    f"澧浦晚报 {DAY1.isoformat()} 第6版 体育 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A handball league report (head `城北队下半场逆转溪口队`, the score line "
    f"`城北队　{SCORE1[0]}∶{SCORE1[1]}　溪口队` under it, a deck, byline `本报记者　石　岘`, the dateline `本报讯` opening "
    "the lead, a caption and its credit dropped inside a sentence, the coach's “” words cut by the running head); "
    "`本轮其他赛果` (four rows) over the note `（资料来源：县手球协会）`; **the swimming report glued under the note**; "
    "`积分榜` (header row, five teams, two points a win); `下轮赛程` (three dated lines).",
    DAY1, "6", ["澧浦晚报", f"{zh_day(DAY1)}　{weekday(DAY1)}　　第6版　体育　　责编：卢　屿"],
    ["澧浦晚报社出版　　体育部电话：0735-4417206"],
    ["澧浦晚报", zh_day(DAY1), weekday(DAY1), "第6版", "体育", "责编：卢　屿", "澧浦晚报·体育", "澧浦晚报社出版",
     "体育部电话：0735-4417206"],
    "澧浦晚报·体育")
P1["articles"] = [
    report("城北队下半场逆转溪口队", f"城北队　{SCORE1[0]}∶{SCORE1[1]}　溪口队", "县男子手球联赛第8轮　城北队积分继续领先",
           "本报记者　石　岘", ["石　岘", "石岘"], ["城北队左边锋（白衣）跳起射门。"], ["（本报记者　石　岘　摄）"], [
               f"本报讯　县男子手球联赛第8轮前晚在县手球馆进行。城北队上半场以{HALF1[0]}∶{HALF1[1]}落后，下半场连追带打，"
               f"最终以{SCORE1[0]}∶{SCORE1[1]}战胜溪口队。",
               "开场后溪口队防守很紧，城北队多次远射被门将扑出。下半场城北队换上十九岁的左边锋{cap}郑小川，他一人攻入七球，"
               "场边的观众一次次站起来鼓掌。",
               "溪口队队长贺平说，下半场体能跟不上，几次快攻都没有回防到位，下一轮要好好总结。",
               "赛后，城北队主教练覃立松说：“中场休息时我只跟他们讲了一句话，别看比分，一个球一个球地{run}追。”",
           ]),
    block("本轮其他赛果", ["纺织厂队　30∶27　南坪队", "西关队　24∶24　南坪队二队",
                         "溪口队二队　19∶26　纺织厂队二队", "城北队二队　22∶21　西关队二队"],
          note="（资料来源：县手球协会）"),
    short("县中学生游泳赛落幕　一中包揽接力金牌", [
        "本报讯　县中学生游泳比赛前天在县游泳馆落幕。澧浦一中队夺得男女四乘一百米接力两枚金牌，总分列第一。",
        "女子一百米蛙泳决赛中，二中初二学生梁婉婷游出一分二十一秒，打破了保持六年的县中学生纪录。",
    ], glued=True),
    block("积分榜", [f"{t}　{p}　{w}　{d}　{lo}　{pt}" for t, p, w, d, lo, pt in TABLE1], header="球队　场　胜　平　负　积分"),
    block("下轮赛程", [f"{md_w(FIX1[0])}　溪口队—西关队", f"{md_w(FIX1[1])}　城北队—纺织厂队",
                     f"{md_w(FIX1[2])}　南坪队—溪口队"]),
]


# 2. GB18030 city daily, LF, indent-only, not glued: a women's field-hockey report, a rare Extension A character in
#    the photographer's name; results under a note; a cycling report; standings; fixtures.
RARE = "\u3e3f"  # 㸿, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2046, 5, 8)
FIX2 = [date(2046, 5, 10), date(2046, 5, 13), date(2046, 5, 17)]
ordered(DAY2, *FIX2)
SCORE2 = (2, 1)
TABLE2 = table([("霁城大学队", 5, 2, 0), ("纺机队", 4, 1, 2), ("东郊队", 2, 2, 3), ("铁路队", 0, 1, 6)])
P2 = zh_page(
    "zh_gb18030_lf_city_sports_womens_field_hockey_report_score_line_deck_rare_char_credit_midsentence_"
    "runhead_midquote_results_note_cycling_report_standings_fixtures_indent_only",
    "gb18030", "\n", 21, False,
    f"霁城日报 {DAY2.isoformat()} 第9版 体育 (an invented city daily; `{RARE}` U+3E3F, CJK Extension A, in the "
    "photographer's name; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21, not glued. A women's field "
    f"hockey report (`霁城大学队　{SCORE2[0]}∶{SCORE2[1]}　纺机队` under the head, a deck, byline, `本报讯` dateline, "
    "a caption and credit inside a sentence, the coach's words cut by the running head); `第7轮赛果` (four rows) over "
    "`注：比赛均在市曲棍球场进行`; a cycling report; `积分榜` (header row, four teams); `赛程预告` (three dated lines).",
    DAY2, "9", ["霁城日报", f"{zh_day(DAY2)}　{weekday(DAY2)}　　第9版　体育"],
    ["霁城日报社　　体育新闻热线：0771-6203158"],
    ["霁城日报", zh_day(DAY2), weekday(DAY2), "第9版", "体育", "霁城日报·体育", "霁城日报社",
     "体育新闻热线：0771-6203158"],
    "霁城日报·体育", not_in=["gbk"])
P2["articles"] = [
    report("最后三分钟破门　大学队力克纺机队", f"霁城大学队　{SCORE2[0]}∶{SCORE2[1]}　纺机队",
           "市女子曲棍球联赛第7轮　大学队七轮不败", "本报记者　温　澈", ["温　澈", "温澈"],
           ["大学队中锋（蓝衣）带球突破纺机队防线。"], [f"（本报记者　冯{RARE}　摄）"], [
               f"本报讯　市女子曲棍球联赛第7轮昨天在市曲棍球场进行。霁城大学队在比赛最后三分钟打进制胜球，以{SCORE2[0]}∶"
               f"{SCORE2[1]}战胜纺机队，七轮保持不败。",
               "第二节纺机队借一次短角球先拔头筹。第三节大学队加强逼抢，中锋邝一诺{cap}接队友传中推射扳平。",
               "终场前三分钟，大学队后卫严芮长传到前场，替补上场的新人柏小禾抢点破门。",
               "大学队主教练欧阳湄赛后说：“这批姑娘练球才两年，今天能顶住压力，靠的是平时一堂课一堂课{run}练出来的。”",
           ]),
    block("第7轮赛果", ["东郊队　1∶1　铁路队", "纺机队二队　3∶0　东郊队二队", "铁路队二队　0∶2　大学队二队",
                      "体校队　2∶2　师范队"], note="注：比赛均在市曲棍球场进行"),
    short("环湖自行车赛　老将韦川夺冠", [
        "本报讯　第三届环湖自行车赛前天举行，一百二十名选手参赛。四十一岁的老将韦川以两小时五十八分骑完全程，夺得男子组冠军。",
        "女子组冠军由十九岁的大学生蒋若岚获得，她在最后一公里冲刺中超过两名对手。",
    ]),
    block("积分榜", [f"{t}　{p}　{w}　{d}　{lo}　{pt}" for t, p, w, d, lo, pt in TABLE2], header="球队　场次　胜　平　负　积分"),
    block("赛程预告", [f"{md_w(FIX2[0])}　纺机队—东郊队", f"{md_w(FIX2[1])}　铁路队—霁城大学队",
                     f"{md_w(FIX2[2])}　东郊队—霁城大学队"]),
]


# 3. Big5 Taiwan county daily (Hsinchu), CR, blank-line: a futsal league report; results with a source line; a
#    dragon-boat report glued under it; standings; fixtures.
DAY3 = date(2046, 6, 11)
FIX3 = [date(2046, 6, 13), date(2046, 6, 16), date(2046, 6, 20)]
ordered(DAY3, *FIX3)
assert DAY3.year - 1911 == 135
SCORE3 = (5, 3)
TABLE3 = table([("竹東隊", 4, 1, 1), ("湖口隊", 3, 2, 1), ("新埔隊", 2, 1, 3), ("關西隊", 1, 0, 5)])
P3 = zh_page(
    "zht_big5_cr_taiwan_sports_futsal_report_score_line_deck_credit_midsentence_runhead_"
    "midquote_results_source_glued_dragon_boat_report_standings_fixtures",
    "big5", "\r", 20, True,
    f"嵩嶺日報 {DAY3.isoformat()} (`中華民國135年6月11日`) B4 體育 (an invented county daily, Hsinchu county), Big5, CR; "
    f"blank-line paragraphs, wrapped at 20. A futsal league report (`竹東隊　{SCORE3[0]}比{SCORE3[1]}　湖口隊` under the "
    "head, a deck, byline `記者彭語涵／竹東報導`, 「」 quotations, a caption and credit inside a sentence, the coach's "
    "words cut by the running head); `第6輪賽果` (four rows) over `資料來源：縣五人制足球委員會`; **the dragon-boat report "
    "glued under the source line**; `積分表` (header row, four teams); `下週賽程` (three dated lines).",
    DAY3, "B4", [f"嵩嶺日報　中華民國135年6月11日　{weekday(DAY3)}", "B4　體育　　主編：范逸帆"],
    ["嵩嶺日報社　體育組專線：03-5962174"],
    ["嵩嶺日報", "中華民國135年6月11日", weekday(DAY3), "B4", "體育", "主編：范逸帆", "嵩嶺日報．體育", "嵩嶺日報社",
     "體育組專線：03-5962174"],
    "嵩嶺日報．體育")
P3["articles"] = [
    report("竹東隊連進三球　逆轉湖口隊", f"竹東隊　{SCORE3[0]}比{SCORE3[1]}　湖口隊", "縣五人制足球聯賽第6輪　竹東隊登上榜首",
           "記者彭語涵／竹東報導", ["彭語涵"], ["竹東隊前鋒（紅衣）在禁區前起腳。"], ["（記者彭語涵攝）"], [
               f"縣五人制足球聯賽第6輪昨晚在竹東鎮立綜合球館進行。竹東隊上半場一度以1比3落後，下半場連進四球，終場以{SCORE3[0]}"
               f"比{SCORE3[1]}擊敗湖口隊，登上榜首。",
               "湖口隊開賽五分鐘就由隊長羅承恩先馳得點。竹東隊下半場改打高位逼搶，十八歲的前鋒{cap}古宇辰連進兩球。",
               "湖口隊教練說，球員下半場體力下滑，換人太晚，這場輸球要自己負責。",
               "竹東隊教練曾文山賽後說：「我跟球員說，落後兩球沒什麼，只要不放棄，球{run}一定會進。」",
           ]),
    block("第6輪賽果", ["新埔隊　4比4　關西隊", "竹北隊　2比6　峨眉隊", "北埔隊　3比1　寶山隊", "橫山隊　0比2　芎林隊"],
          note="資料來源：縣五人制足球委員會"),
    short("頭前溪龍舟賽　芎林隊奪冠", [
        "縣端午龍舟賽前天在頭前溪舉行，二十四隊參賽。芎林鄉農會隊以二分零八秒划完五百公尺，奪得社會男子組冠軍。",
        "女子組由竹北市婦女會隊奪冠，她們今年三月才組隊，每週練習三個晚上。",
    ], glued=True),
    block("積分表", [f"{t}　{p}　{w}　{d}　{lo}　{pt}" for t, p, w, d, lo, pt in TABLE3], header="隊名　賽　勝　和　負　積分"),
    block("下週賽程", [f"{md_w(FIX3[0])}　湖口隊－新埔隊", f"{md_w(FIX3[1])}　關西隊－竹東隊",
                     f"{md_w(FIX3[2])}　竹東隊－新埔隊"]),
]


# 4. Big5-HKSCS Hong Kong district weekly (Sai Kung), Cantonese, CRLF, indent-only, not glued: a district rugby
#    sevens league; results under a note; a hill-race report; standings; fixtures.
DAY4 = date(2046, 10, 24)
FIX4 = [date(2046, 10, 27), date(2046, 11, 3), date(2046, 11, 10)]
ordered(DAY4, *FIX4)
SCORE4 = (24, 19)
TABLE4 = table([("西貢海鷹", 5, 0, 1), ("將軍澳飛龍", 4, 1, 1), ("坑口青年", 2, 1, 3), ("清水灣聯隊", 0, 0, 6)])
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_sports_rugby_sevens_report_cantonese_score_line_deck_credit_"
    "midsentence_runhead_midquote_results_note_hill_race_report_standings_fixtures_indent_only",
    "big5hkscs", "\r\n", 20, False,
    f"滘西週報 {DAY4.isoformat()} 第12頁 體育 (an invented Sai Kung district weekly), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇`; in "
    "neither cp950 nor Big5), CRLF; **indent-only**, wrapped at 20, not glued. A rugby sevens report in Cantonese "
    f"(`西貢海鷹　{SCORE4[0]}：{SCORE4[1]}　將軍澳飛龍` under the head, a deck, byline `記者　伍家朗`, `【本報訊】` "
    "dateline, a caption and credit inside a sentence, the coach's 「」 words cut by the running head); `今季第6輪賽果` "
    "(four rows) over `＊賽果由區議會康體組提供`; a hill-race report; `聯賽積分` (header row, four teams); `下期賽程`.",
    DAY4, "12", ["滘西週報", f"{zh_day(DAY4)}　{weekday(DAY4)}　　第12頁　體育"],
    ["滘西週報　　新聞熱線：2791 3064"],
    ["滘西週報", zh_day(DAY4), weekday(DAY4), "第12頁", "體育", "滘西週報．體育", "滘西週報", "新聞熱線：2791 3064"],
    "滘西週報．體育", not_in=["cp950", "big5"])
P4["articles"] = [
    report("海鷹最後一分鐘達陣　贏飛龍", f"西貢海鷹　{SCORE4[0]}：{SCORE4[1]}　將軍澳飛龍", "區七人欖球聯賽　海鷹坐穩榜首",
           "記者　伍家朗", ["伍家朗"], ["海鷹翼鋒（白衫）衝向底線。"], ["（記者　伍家朗　攝）"], [
               f"【本報訊】區七人欖球聯賽上星期六喺西貢運動場打第6輪。西貢海鷹喺最後一分鐘達陣，以{SCORE4[0]}：{SCORE4[1]}"
               "贏咗將軍澳飛龍，坐穩榜首。",
               "上半場飛龍攻勢好猛，連續兩次達陣。下半場海鷹換咗個後生翼鋒{cap}陳樂軒落場，佢一嚟就跑咗五十米達陣。",
               "飛龍隊長話，輸咗呢場好唔抵，啲球員最後幾分鐘冇晒氣。",
               "海鷹教練梁振邦賽後講：「我哋班仔平日返工返到好夜，仲肯落嚟練波，今日呢場係佢哋自己{run}贏返嚟嘅。」",
           ]),
    block("今季第6輪賽果", ["坑口青年　12：12　清水灣聯隊", "西貢海鷹二隊　7：26　飛龍二隊", "大網仔隊　31：5　北潭涌隊",
                          "蠔涌隊　14：19　白沙灣隊"], note="＊賽果由區議會康體組提供"),
    short("麥理浩徑越野跑　六旬伯伯跑完全程", [
        "【本報訊】一年一度嘅西貢越野跑上星期日舉行，三百幾人參加。六十三歲嘅何伯用咗四個鐘跑完全程，好多人喺終點拍手。",
        "男子組冠軍係二十六歲嘅消防員鄧浩然，佢話下年會帶埋同事一齊嚟跑。",
    ]),
    block("聯賽積分", [f"{t}　{p}　{w}　{d}　{lo}　{pt}" for t, p, w, d, lo, pt in TABLE4], header="球隊　賽　勝　和　負　分"),
    block("下期賽程", [f"{md_w(FIX4[0])}　飛龍－坑口青年", f"{md_w(FIX4[1])}　清水灣聯隊－海鷹",
                     f"{md_w(FIX4[2])}　坑口青年－海鷹"]),
]


# 5. UTF-8 (no BOM) Malaysian Chinese daily (Johor Bahru), LF, blank-line: a state hockey league report; results
#    over a note; a sepak takraw report glued under the note; standings; fixtures.
DAY5 = date(2046, 8, 6)
FIX5 = [date(2046, 8, 9), date(2046, 8, 10), date(2046, 8, 16)]
ordered(DAY5, *FIX5)
SCORE5 = (3, 2)
TABLE5 = table([("士古来队", 6, 1, 1), ("新山中华队", 5, 2, 1), ("哥打丁宜队", 3, 1, 4), ("永平队", 2, 1, 5),
                ("笨珍队", 0, 3, 5)])
P5 = zh_page(
    "zh_utf8_nobom_lf_malaysia_sports_hockey_report_score_line_deck_credit_midsentence_"
    "runhead_midquote_results_note_glued_sepak_takraw_report_standings_five_teams_fixtures",
    "utf-8", "\n", 21, True,
    f"柔湾早报 {DAY5.isoformat()} 第18版 体育 (an invented Johor Bahru daily), UTF-8 without BOM, LF; blank-line, "
    f"wrapped at 21. A state hockey league report (`士古来队　{SCORE5[0]}比{SCORE5[1]}　新山中华队` under the head, a deck, "
    "byline `本报记者　颜思齐`, `（新山讯）` dateline, a caption and credit inside a sentence, the coach's words cut by the "
    "running head); `第9轮成绩` (four rows) over `（注：永平对笨珍一役因雨改期）`; **the sepak takraw report glued under "
    "the note**; `积分表` (header row, five teams); `赛程` (three dated lines).",
    DAY5, "18", ["柔湾早报", f"{zh_day(DAY5)}　{weekday(DAY5)}　　第18版　体育"],
    ["柔湾早报有限公司　　体育组电邮：sukan@rouwan.example.my"],
    ["柔湾早报", zh_day(DAY5), weekday(DAY5), "第18版", "体育", "柔湾早报·体育", "柔湾早报有限公司",
     "体育组电邮：sukan@rouwan.example.my"],
    "柔湾早报·体育")
P5["articles"] = [
    report("点球决胜负　士古来险胜中华队", f"士古来队　{SCORE5[0]}比{SCORE5[1]}　新山中华队", "柔州曲棍球联赛第9轮　士古来重返榜首",
           "本报记者　颜思齐", ["颜思齐"], ["士古来队前锋（黄衣）与中华队后卫争球。"], ["（本报记者　颜思齐　摄）"], [
               f"（新山讯）柔州曲棍球联赛第9轮昨晚在新山丹斯里哈山曲棍球场进行。士古来队凭终场前一记点球，以{SCORE5[0]}比"
               f"{SCORE5[1]}险胜新山中华队，重返榜首。",
               "中华队上半场两度领先，士古来队两度扳平。下半场第五十八分钟，士古来队前锋{cap}林嘉豪在禁区内被绊倒，裁判判罚点球。",
               "主罚的是三十四岁的队长陈国威，他冷静推射入网。中华队领队说，球队输得不冤，下一轮再来。",
               "士古来队教练黄志鸿赛后说：“大家都累了，可是没有人停下来。这场胜利是全队一起{run}拼回来的。”",
           ]),
    block("第9轮成绩", ["哥打丁宜队　1比1　古来队", "麻坡队　0比4　峇株队", "居銮队　2比3　昔加末队", "丰盛港队　2比0　东甲队"],
          note="（注：永平对笨珍一役因雨改期）"),
    short("藤球公开赛　峇株队夺男团冠军", [
        "（新山讯）柔州藤球公开赛前天在新山落幕。峇株巴辖队在男团决赛以二比一击败麻坡队，夺得冠军。",
        "女团冠军由新山队获得，她们的队长只有十七岁，赛后说最想感谢每天陪她们练球的教练。",
    ], glued=True),
    block("积分表", [f"{t}　{p}　{w}　{d}　{lo}　{pt}" for t, p, w, d, lo, pt in TABLE5], header="队名　赛　胜　和　负　积分"),
    block("赛程", [f"{md_w(FIX5[0])}　永平队—笨珍队", f"{md_w(FIX5[1])}　新山中华队—哥打丁宜队",
                 f"{md_w(FIX5[2])}　笨珍队—士古来队"]),
]


# 6. UTF-16 LE with BOM city evening paper, CRLF, indent-only, not glued: a beach-soccer report; results with a
#    source line; an athletics report; standings; fixtures.
DAY6 = date(2046, 7, 17)
FIX6 = [date(2046, 7, 19), date(2046, 7, 21), date(2046, 7, 26)]
ordered(DAY6, *FIX6)
SCORE6 = (6, 4)
TABLE6 = table([("金沙湾队", 4, 1, 0), ("渔港队", 3, 0, 2), ("海滨新区队", 1, 2, 2), ("盐场队", 0, 1, 4)])
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_sports_beach_soccer_report_score_line_deck_credit_midsentence_"
    "runhead_midquote_results_source_athletics_report_standings_fixtures_indent_only",
    "utf-16-le", "\r\n", 22, False,
    f"蔺城晚报 {DAY6.isoformat()} 第10版 体育 (an invented coastal city evening paper), UTF-16 LE with BOM, CRLF; "
    f"**indent-only**, wrapped at 22, not glued. A beach-soccer report (`金沙湾队　{SCORE6[0]}∶{SCORE6[1]}　渔港队` "
    "under the head, a deck, byline, `本报讯` dateline, a caption and credit inside a sentence, the coach's words cut "
    "by the running head); `第5轮结果` (five rows) over `（来源：市沙滩足球协会）`; an athletics report; `积分排名` "
    "(header row, four teams); `后三场赛程`.",
    DAY6, "10", ["蔺城晚报", f"{zh_day(DAY6)}　{weekday(DAY6)}　　第10版　体育　　编辑：项　帆"],
    ["蔺城晚报社　　地址：蔺城市海港路66号"],
    ["蔺城晚报", zh_day(DAY6), weekday(DAY6), "第10版", "体育", "编辑：项　帆", "蔺城晚报·体育", "蔺城晚报社",
     "地址：蔺城市海港路66号"],
    "蔺城晚报·体育", bom=True)
P6["articles"] = [
    report("金沙湾队加时绝杀渔港队", f"金沙湾队　{SCORE6[0]}∶{SCORE6[1]}　渔港队", "市沙滩足球联赛第5轮　金沙湾队五轮不败",
           "本报记者　祁　汐", ["祁　汐", "祁汐"], ["金沙湾队队员倒钩射门。"], ["（本报记者　祁　汐　摄）"], [
               f"本报讯　市沙滩足球联赛第5轮前天傍晚在金沙湾浴场进行。金沙湾队与渔港队常规时间战成4∶4，加时赛连进两球，"
               f"以{SCORE6[0]}∶{SCORE6[1]}取胜，五轮保持不败。",
               "沙地上跑不快，两队多用挑传和倒钩。第三节金沙湾队的门将{cap}胡一舟一脚长传，直接找到前场的队友破门。",
               "渔港队队员大多是码头的年轻工人，他们说，明年还要再来挑战金沙湾队。",
               "金沙湾队教练孔德海说：“打沙滩足球靠的是腿上的力气，这些小伙子每天早上都在沙滩上{run}跑。”",
           ]),
    block("第5轮结果", ["海滨新区队　3∶3　盐场队", "渔港队二队　5∶2　盐场队二队", "灯塔队　2∶7　礁石队",
                      "老街队　4∶3　船厂队", "新港队　1∶5　海员队"], note="（来源：市沙滩足球协会）"),
    short("市中学生田径赛　三项纪录被刷新", [
        "本报讯　市中学生田径运动会昨天闭幕。三天比赛中，男子跳远、女子八百米和男子四乘四百米接力三项市纪录被刷新。",
        "海滨中学高二学生吕安然跳出七米零二，成为第一个跳过七米的本市中学生。",
    ]),
    block("积分排名", [f"{t}　{p}　{w}　{d}　{lo}　{pt}" for t, p, w, d, lo, pt in TABLE6], header="球队　场次　胜　平　负　积分"),
    block("后三场赛程", [f"{md_w(FIX6[0])}　渔港队—海滨新区队", f"{md_w(FIX6[1])}　盐场队—金沙湾队",
                       f"{md_w(FIX6[2])}　金沙湾队—海滨新区队"]),
]


def latin_rows(rows):
    """A Latin results table's rows (home, score, away) aligned by runs of spaces."""
    return aligned(rows)


def latin_table(header, rows):
    """A Latin standings table: the header row and the rows, aligned by runs of spaces."""
    cells = [header] + [(t, str(p), str(w), str(d), str(lo), str(pt)) for t, p, w, d, lo, pt in rows]
    return aligned(cells)


# 7. Rotokas (Wakunai, Central Bougainville, Papua New Guinea), Windows-1252, CRLF, blank-line: a district football
#    report; results over a note; the canoe-race report glued under the note; standings; fixtures.
DAY7 = date(2046, 9, 12)
FIX7 = [date(2046, 9, 15), date(2046, 9, 19), date(2046, 9, 22)]
ordered(DAY7, *FIX7)
SCORE7 = (3, 1)
TABLE7 = table([("Wakunai Eagles", 5, 1, 0), ("Togarau United", 3, 1, 2), ("Aita Rovers", 2, 1, 3),
                ("Ioro Stars", 0, 1, 5)])
RES7 = latin_rows([("Aita Rovers", "2-2", "Ioro Stars"), ("Kopani", "0-1", "Sipuru"), ("Atamo", "4-3", "Ruiri"),
                   ("Kareveira", "1-0", "Vasiua")])
HEAD7 = latin_table(("Team", "P", "W", "D", "L", "Pts"), TABLE7)
P7 = latin_page(
    "roo_cp1252_crlf_rotokas_sports_football_report_score_line_deck_dateline_credit_midsentence_"
    "runhead_midquote_results_note_glued_canoe_race_report_standings_fixtures_hyphens",
    "cp1252", "\r\n", 40, "", True,
    f"Vavaroa Toupai {DAY7.isoformat()} Page 15 Sport (an invented weekly of Wakunai, Central Bougainville, Papua New "
    "Guinea; Rotokas text, English furniture), **Windows-1252** (`“ ” ·`), CRLF; blank-line paragraphs, wrapped at 40 "
    f"with hyphenation. A district football report (`Wakunai Eagles {SCORE7[0]} Togarau United {SCORE7[1]}` under the "
    "head, a deck, byline `By Aropa Siriva`, the dateline `WAKUNAI —` opening the lead, a caption and credit inside a "
    "sentence, the coach's “” words cut by the running head); `Results` (four aligned rows) over a note; **the "
    "canoe-race report glued under the note**; `Standings` (header row `P W D L Pts`, four teams); `Fixtures`.",
    DAY7, "15", [f"VAVAROA TOUPAI · {en_day(DAY7)} {DAY7.year} · Page 15", "Sport · Editor: Pauline Kovito"],
    ["Vavaroa Toupai · sport@vavaroa.example.pg"],
    ["VAVAROA TOUPAI", f"{en_day(DAY7)} {DAY7.year}", "Page 15", "Sport", "Editor: Pauline Kovito",
     "Vavaroa Toupai · Sport", "Vavaroa Toupai", "sport@vavaroa.example.pg"],
    "Vavaroa Toupai · Sport")
P7["articles"] = [
    report("Wakunai Eagles vokaparoveira Togarau", f"Wakunai Eagles {SCORE7[0]} Togarau United {SCORE7[1]}",
           "Wakunai District League: Eagles riropaveira oisio kovarevoi", "By Aropa Siriva", ["Aropa Siriva"],
           ["Sioa Kovara (ruvara kasioko) vao koie."], ["(Photo: Aropa Siriva)"], [
               syl(f"WAKUNAI — Wakunai Eagles oirara vokaparoveira Togarau United {SCORE7[0]}-{SCORE7[1]} sareroupasiva "
                   "Wakunai Oval, vearo aiopaveira toupaivearapa sisiua kovarevoi."),
               syl("Togarau United ruvarauperovira oisio, Eagles rovoroupaiveira kareveira. Sioa Kovara {cap}tapoto "
                   "koveraiveira aue oisioupasiveira riro, vokapaoro kareveira toupai."),
               syl("Togarau United kapuropaveira Vivia Ruvaka oira aue: “Vokapaoro riropaveira, sisiua ruvaraupasiva "
                   "avaiva.”"),
               syl("Eagles kouta Peter Sirovai oirara aue: “Kareveira oisio vavaroa, sisiua ruvaraupasiva toupai, "
                   "vearo aiopaveira {run}kovarevoi.”"),
           ]),
    block("Results", RES7, note="Note: Kopani v Sipuru played at Sipuru."),
    short("Roropaua vokapaoro: Atamo oisioupasiveira", [
        syl("ATAMO — Roropaua vokapaoro oirara Atamo riropaveira sisiua kareveira, vearo kovarevoi toupaivearapa "
            "Siriva Tavora aue ruvaraupasiva."),
        syl("Vasiua kareveira oisio tapoto riro, vokaparoveira avaiva toupai."),
    ], glued=True),
    block("Standings", HEAD7[1:], header=HEAD7[0]),
    block("Fixtures", [f"{en_day(FIX7[0])}: Togarau United v Aita Rovers", f"{en_day(FIX7[1])}: Ioro Stars v Wakunai Eagles",
                       f"{en_day(FIX7[2])}: Wakunai Eagles v Aita Rovers"]),
]


FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fr_day(day):
    return f"{FR[day.weekday()]} {day.day} {FR_MONTHS[day.month - 1]}"


# 8. Ngiti (Gety, Ituri, Democratic Republic of the Congo), UTF-16 BE with BOM, LF, indent-only (four spaces), not
#    glued: a football report; results over a source line; a cycling report; standings (French header); fixtures.
DAY8 = date(2046, 11, 20)
FIX8 = [date(2046, 11, 22), date(2046, 11, 23), date(2046, 11, 29)]
ordered(DAY8, *FIX8)
SCORE8 = (2, 0)
TABLE8 = table([("AS Gety", 4, 2, 1), ("Bogoro FC", 4, 1, 2), ("Aveba Sport", 2, 2, 3), ("Kagaba FC", 1, 1, 5)])
RES8 = latin_rows([("Aveba Sport", "1-1", "Kagaba FC"), ("Tsheyi", "3-0", "Kotoni"), ("Bukiringi", "2-4", "Olongba"),
                   ("Songolo", "0-0", "Zunguluka")])
HEAD8 = latin_table(("Équipe", "J", "G", "N", "P", "Pts"), TABLE8)
P8 = latin_page(
    "niy_utf16be_bom_lf_ngiti_sports_football_report_score_line_deck_dateline_credit_"
    "midsentence_runhead_midquote_results_source_cycling_report_french_standings_"
    "indent_only_hyphens",
    "utf-16-be", "\n", 40, "    ", False,
    f"Ɨdzɨ Ngiti {DAY8.isoformat()} Page 7 Sports (an invented weekly of Gety, Ituri, Democratic Republic of the "
    "Congo; Ngiti text with `ɨ ʉ`, French furniture), UTF-16 BE with BOM, LF; **indent-only (four spaces)**, wrapped "
    f"at 40 with hyphenation, not glued. A football report (`AS Gety {SCORE8[0]} Bogoro FC {SCORE8[1]}` under the "
    "head, a deck, byline `Par Kpadhe Lokana`, the dateline `GETY —` opening the lead, a caption and credit inside a "
    "sentence, the coach's « » words cut by the running head); `Résultats` (four aligned rows) over `Source : Ligue "
    "de football de Walendu Bindi`; a cycling report; `Classement` (header row `J G N P Pts`, four teams); "
    "`Calendrier`.",
    DAY8, "7", [f"ƗDZƗ NGITI · {fr_day(DAY8).capitalize()} {DAY8.year} · Page 7", "Sports · Rédacteur : Justin Ngadjole"],
    ["Ɨdzɨ Ngiti · sports@idzi.example.cd"],
    ["ƗDZƗ NGITI", f"{fr_day(DAY8).capitalize()} {DAY8.year}", "Page 7", "Sports", "Rédacteur : Justin Ngadjole",
     "Ɨdzɨ Ngiti · Sports", "Ɨdzɨ Ngiti", "sports@idzi.example.cd"],
    "Ɨdzɨ Ngiti · Sports", bom=True)
P8["articles"] = [
    report("AS Gety akpadhɨlɨna Bogoro FC", f"AS Gety {SCORE8[0]} Bogoro FC {SCORE8[1]}",
           "Ligue de Walendu Bindi : AS Gety ɨdzɨ odzɨkɨrava", "Par Kpadhe Lokana", ["Kpadhe Lokana"],
           ["Ndjaza Bahati (maillot jaune) ɨdzɨ kadhɨ."], ["(Photo : Kpadhe Lokana)"], [
               syl(f"GETY — AS Gety akpadhɨlɨna Bogoro FC {SCORE8[0]}-{SCORE8[1]} ngabɨlɨdhoka stade de Gety, ɨdzɨ "
                   "odzɨkɨrava adhɨkanɨma kadhʉ ngbatsɨ."),
               syl("Ndjaza Bahati {cap}kadhɨ akpadhɨlɨna ɨrɨ, odzɨkɨrava ngabɨlɨdhoka adhɨkanɨma; Bogoro FC ɨdzɨ "
                   "tsɨkɨrala."),
               syl("Bogoro FC ngbatsɨ Dieudonné Ugwa adhɨ : « Ɨdzɨ odzɨkɨrava, ngabɨlɨdhoka tsɨkɨrala kadhʉ. »"),
               syl("Entraîneur AS Gety Ruffin Mbadhu adhɨ : « Akpadhɨlɨna ɨdzɨ kadhʉ ngbatsɨ, odzɨkɨrava "
                   "adhɨkanɨma {run}ngabɨlɨdhoka. »"),
           ]),
    block("Résultats", RES8, note="Source : Ligue de football de Walendu Bindi"),
    short("Vélo : Olongba ɨdzɨ akpadhɨlɨna", [
        syl("OLONGBA — Vélo ngabɨlɨdhoka Olongba-Gety ɨdzɨ odzɨkɨrava; Pacifique Dhesi akpadhɨlɨna kadhʉ "
            "adhɨkanɨma."),
        syl("Ɨdzɨ tsɨkɨrala ngbatsɨ, odzɨkɨrava kadhʉ Aveba."),
    ]),
    block("Classement", HEAD8[1:], header=HEAD8[0]),
    block("Calendrier", [f"{fr_day(FIX8[0]).capitalize()} : Bogoro FC - Aveba Sport",
                         f"{fr_day(FIX8[1]).capitalize()} : Kagaba FC - AS Gety",
                         f"{fr_day(FIX8[2]).capitalize()} : AS Gety - Aveba Sport"]),
]


# 9. Sabaot (Kapsokwony, Mount Elgon, Kenya), UTF-8 with BOM, CR, blank-line: a sub-county football report; five
#    results over a note; the cross-country report glued under the note; standings; fixtures.
DAY9 = date(2046, 1, 24)
FIX9 = [date(2046, 1, 27), date(2046, 1, 31), date(2046, 2, 3)]
ordered(DAY9, *FIX9)
SCORE9 = (1, 0)
TABLE9 = table([("Kapsokwony Stars", 5, 2, 1), ("Cheptais United", 4, 3, 1), ("Kopsiro Youth", 3, 1, 4),
                ("Kaptama FC", 2, 2, 4), ("Chesikaki Rangers", 1, 2, 5)])
RES9 = latin_rows([("Kopsiro Youth", "2-1", "Kaptama FC"), ("Chepyuk", "0-0", "Kapkateny"),
                   ("Kaboywo", "3-2", "Emia"), ("Kipsigon", "1-4", "Toroso"), ("Chemoge", "2-2", "Sasuri")])
HEAD9 = latin_table(("Team", "P", "W", "D", "L", "Pts"), TABLE9)
P9 = latin_page(
    "spy_utf8_bom_cr_sabaot_sports_football_report_score_line_deck_dateline_credit_midsentence_"
    "runhead_midquote_five_results_glued_cross_country_report_five_teams_hyphens",
    "utf-8", "\r", 41, "", True,
    f"Kirookto ap Elgon {DAY9.isoformat()} Page 22 Sports (an invented weekly of Kapsokwony, Mount Elgon, Kenya; "
    "Sabaot text, English furniture), UTF-8 with BOM (`“ ” — ·`), **CR**; blank-line paragraphs, wrapped at 41 with "
    f"hyphenation. A sub-county football report (`Kapsokwony Stars {SCORE9[0]} Cheptais United {SCORE9[1]}` under "
    "the head, a deck, byline `By Nancy Chemaswet`, the dateline `KAPSOKWONY —` opening the lead, a caption and credit "
    "inside a sentence, the coach's “” words cut by the running head); `Results` (five aligned rows) over a note; **the "
    "cross-country report glued under the note**; `Log` (header row `P W D L Pts`, five teams); `Fixtures`.",
    DAY9, "22", [f"KIROOKTO AP ELGON · {en_day(DAY9)} {DAY9.year} · Page 22", "Sports · Editor: Caleb Ndiwa"],
    ["Kirookto ap Elgon · sports@kirookto.example.ke"],
    ["KIROOKTO AP ELGON", f"{en_day(DAY9)} {DAY9.year}", "Page 22", "Sports", "Editor: Caleb Ndiwa",
     "Kirookto ap Elgon · Sports", "Kirookto ap Elgon", "sports@kirookto.example.ke"],
    "Kirookto ap Elgon · Sports", bom=True)
P9["articles"] = [
    report("Kapsokwony Stars kaaniiteet Cheptais", f"Kapsokwony Stars {SCORE9[0]} Cheptais United {SCORE9[1]}",
           "Mount Elgon League: Stars koonyiit kiptaiyaat", "By Nancy Chemaswet", ["Nancy Chemaswet"],
           ["Kiprono Masai (kapkoinet nyeeleel) kiboorwech."], ["(Photo: Nancy Chemaswet)"], [
               syl(f"KAPSOKWONY — Kapsokwony Stars kaaniiteet Cheptais United {SCORE9[0]}-{SCORE9[1]} "
                   "kororiosyekap Kapsokwony Stadium, kiptaiyaatap kaapkoinet koonyiit."),
               syl("Cheptais United kiboorwech kororiosyek, ko Stars kiptaiyaat kaaniiteet. Kiprono Masai {cap}"
                   "kiboorwech kaapkoinet kororiosyek, koonyiit kiptaiyaatap."),
               syl("Cheptais United kiptaiyaat Wilson Sichei kaalee: “Kororiosyek kaapkoinet, kiboorwech koonyiit.”"),
               syl("Stars kocha Edwin Chebii kaalee: “Kiptaiyaat kaaniiteet kororiosyek, kaapkoinet koonyiit "
                   "kiboorwechap {run}Kapsokwony.”"),
           ]),
    block("Results", RES9, note="Note: Chepyuk v Kapkateny played on Sunday."),
    short("Kororiosyek ap Elgon: Chelagat kaaniiteet", [
        syl("CHEPTAIS — Kororiosyek ap Elgon kiptaiyaatap Cheptais, Mercy Chelagat kaaniiteet kaapkoinet "
            "kiboorwech koonyiit."),
        syl("Kiprotich Ngeywo kaaniiteet kororiosyekap murenik, kiptaiyaat koonyiit."),
    ], glued=True),
    block("Log", HEAD9[1:], header=HEAD9[0]),
    block("Fixtures", [f"{en_day(FIX9[0])}: Cheptais United v Kopsiro Youth",
                       f"{en_day(FIX9[1])}: Kaptama FC v Kapsokwony Stars",
                       f"{en_day(FIX9[2])}: Kapsokwony Stars v Chesikaki Rangers"]),
]


# 10. Rendille (Korr, Marsabit, Kenya), ISO-8859-1, LF, indent-only (three spaces), not glued: a football report;
#     results over a source line; a camel-race report; standings; fixtures.
DAY10 = date(2046, 12, 4)
FIX10 = [date(2046, 12, 6), date(2046, 12, 8), date(2046, 12, 13)]
ordered(DAY10, *FIX10)
SCORE10 = (4, 2)
TABLE10 = table([("Korr Camels", 4, 0, 1), ("Kargi United", 3, 1, 1), ("Laisamis FC", 1, 2, 2), ("Ngurunit Stars", 0, 1, 4)])
RES10 = latin_rows([("Laisamis FC", "1-1", "Ngurunit Stars"), ("Kamboye", "2-0", "Logologo"),
                    ("Illaut", "0-3", "Lontolio"), ("Merille", "2-1", "Songa")])
HEAD10 = latin_table(("Team", "P", "W", "D", "L", "Pts"), TABLE10)
P10 = latin_page(
    "rel_latin1_lf_rendille_sports_football_report_score_line_deck_dateline_credit_midsentence_"
    "runhead_midquote_results_source_camel_race_report_standings_indent_only_hyphens",
    "iso-8859-1", "\n", 40, "   ", False,
    f"Dahaanti Korr {DAY10.isoformat()} Page 11 Sports (an invented weekly of Korr, Marsabit county, Kenya; Rendille "
    "text, English furniture), **ISO-8859-1** (`·`, straight quotes `\"`), LF; **indent-only (three spaces)**, wrapped "
    f"at 40 with hyphenation, not glued. A football report (`Korr Camels {SCORE10[0]} Kargi United {SCORE10[1]}` under "
    "the head, a deck, byline `By Halakhe Orguba`, the dateline `KORR -` opening the lead, a caption and credit inside "
    "a sentence, the coach's words cut by the running head); `Results` (four aligned rows) over `Source: Laisamis "
    "Football Association`; a camel-race report; `Table` (header row `P W D L Pts`); `Coming up` (three dated lines).",
    DAY10, "11", [f"DAHAANTI KORR · {en_day(DAY10)} {DAY10.year} · Page 11", "Sports · Editor: Esther Lekupe"],
    ["Dahaanti Korr · sports@dahaanti.example.ke"],
    ["DAHAANTI KORR", f"{en_day(DAY10)} {DAY10.year}", "Page 11", "Sports", "Editor: Esther Lekupe",
     "Dahaanti Korr · Sports", "Dahaanti Korr", "sports@dahaanti.example.ke"],
    "Dahaanti Korr · Sports")
P10["articles"] = [
    report("Korr Camels goobaadiyeen Kargi United", f"Korr Camels {SCORE10[0]} Kargi United {SCORE10[1]}",
           "Laisamis League: Camels khorrsiyeen inanta", "By Halakhe Orguba", ["Halakhe Orguba"],
           ["Adano Lengesen (sanaagga dahaanti) kubbiyeen."], ["(Photo: Halakhe Orguba)"], [
               syl(f"KORR - Korr Camels goobaadiyeen Kargi United {SCORE10[0]}-{SCORE10[1]} dahaantiyeeka Korr "
                   "Primary, khorrsiyeen inanta kubbiyeen manaaddahe."),
               syl("Kargi United khorrsiyeen goobaadiyeen, Camels inanta kubbiyeen. Adano Lengesen {cap}"
                   "manaaddahe goobaadiyeen dahaantiyeeka khorrsiyeen."),
               syl("Kargi United dahaanti Lokho Eisimbale yeeh: \"Khorrsiyeen inanta, goobaadiyeen manaaddahe.\""),
               syl("Camels kocha Ibrahim Ogom yeeh: \"Goobaadiyeen khorrsiyeen inanta, manaaddahe dahaantiyeeka "
                   "{run}kubbiyeen.\""),
           ]),
    block("Results", RES10, note="Source: Laisamis Football Association"),
    short("Gaal orod: Kamboye goobaadiyeen", [
        syl("KAMBOYE - Gaal orodka Kamboye khorrsiyeen, Galgallo Ilkichuro goobaadiyeen manaaddahe "
            "dahaantiyeeka."),
        syl("Inanta Nkaduda kubbiyeen, khorrsiyeen gaal manaaddahe."),
    ]),
    block("Table", HEAD10[1:], header=HEAD10[0]),
    block("Coming up", [f"{en_day(FIX10[0])}: Kargi United v Laisamis FC", f"{en_day(FIX10[1])}: Ngurunit Stars v Korr Camels",
                        f"{en_day(FIX10[2])}: Korr Camels v Laisamis FC"]),
]

PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
