"""The text of every holdout168 page, written once: make_holdout168_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-166 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here a column's signature, its
byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin
word may be split at a line end (`syl()`, holdout151's rules, as holdout156/157/166 used them); `"runin": sep` runs a
notice's bold head into its paragraph (holdout151's `briefs()`, here without a label).
Every page is a worship and religious-life page: a report of a festival, a restoration or a pilgrimage (kicker,
title, byline, a caption with its credit inside a sentence, a priest's, monk's, imam's or elder's quotation cut by
the running head), a times-of-services list under its label (each place of worship, its days and hours, one row
each; a header row on some pages), a reflection column by a cleric under its column name (the kicker), signed at its
foot, a calendar of feast or fast days as a dated or numbered list under its head, and two or three congregation
notices run in on bold heads. Weekdays, feast days (from Easter, computed) and sums are computed and asserted; no
lunar or Hijri date is printed. All papers, congregations, people, sums and events are invented; real places are
settings only.
"""

from datetime import date, timedelta
from functools import partial

from writtenpages import EN, EN_MONTHS, WEEKDAYS_ZH, aligned, indonesian, md, syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
VOWELS = "aeiouáéíóúäëöü"
syl = partial(syllables, vowels=VOWELS)


def easter(year):
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


EASTER = easter(2042)
assert EASTER == date(2042, 4, 6) and EASTER.weekday() == 6
ASH = EASTER - timedelta(46)
PALM = EASTER - timedelta(7)
HOLY_THU = EASTER - timedelta(3)
GOOD_FRI = EASTER - timedelta(2)
ASCENSION = EASTER + timedelta(39)
PENTECOST = EASTER + timedelta(49)
TRINITY = EASTER + timedelta(56)
assert ASH.weekday() == 2 and GOOD_FRI.weekday() == 4 and ASCENSION.weekday() == 3 and PENTECOST.weekday() == 6
CHRISTMAS = date(2042, 12, 25)
ADVENT1 = CHRISTMAS - timedelta(CHRISTMAS.weekday() + 1 + 21)  # the fourth Sunday before Christmas
assert ADVENT1.weekday() == 6 and date(2042, 11, 27) <= ADVENT1 <= date(2042, 12, 3)


def zhou(day, traditional=False):
    return ("週" if traditional else "周") + WEEKDAYS_ZH[day.weekday()]


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


def english(day):
    return f"{EN[day.weekday()]}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def report(lines, title, bylines, captions, credits, body, kicker=None, subtitle=None):
    """The festival, restoration or pilgrimage report: kicker, title, byline (as printed, then the name)."""
    art = {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
           "body": body}
    if kicker:
        art["kicker"] = kicker
    if subtitle:
        art["subtitle"] = subtitle
    return art


def services(label, rows, glued=False):
    """The times-of-services list under its label: the label is the title, one paragraph per printed row (the
    header row included)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def column(name, title, paragraphs, dash, signed, names):
    """A cleric's reflection column: its column name the kicker, its title, its paragraphs, and the signature at its
    foot (name and role after a dash), which is the byline: the signature without its dash (markup, holdout152's
    ruling), then the name alone."""
    return {"lines": [name, title], "kicker": name, "title": title, "byline": [signed] + names, "tight": True,
            "body": list(paragraphs) + [("end", dash + signed)]}


def calendar(head, rows):
    """The calendar of feast or fast days under its own head: the head the title, each dated or numbered row one
    paragraph."""
    return {"lines": [head], "title": head, "tight": True, "body": [("row", r) for r in rows]}


def notices(items, runin, glued=False):
    """Congregation notices run in on bold heads, no label: each head its notice's title, run into its paragraph."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"title": title, "tight": True, "lines": [], "body": [text], "runin": runin}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK county evening paper (Xianju, Zhejiang): a Buddhist temple's main hall restored and reopened; the services
#    list glued under the report; a dated calendar of Dharma assemblies; the prior's column; the notices glued under
#    the column's signature.
DAY1 = date(2042, 3, 28)
assert DAY1.weekday() == 4
GIFTS1, GRANT1 = 386, 124
TOTAL1 = GIFTS1 + GRANT1
assert TOTAL1 == 510
FAIR1 = [6230, 5870, 6550]
assert sum(FAIR1) == 18650
CAL1 = [date(2042, 4, 5), date(2042, 4, 12), date(2042, 4, 19), date(2042, 4, 27)]
assert [d.weekday() for d in CAL1] == [5, 5, 5, 6] and all(d > DAY1 for d in CAL1)
TEMPLE_PAGE = {
    "name": "zh_gbk_crlf_temple_page_main_hall_restoration_report_kicker_byline_caption_credit_running_head_monk_midquote_glued_services_table_header_dated_assembly_calendar_prior_column_signature_glued_runin_notices",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "括苍晚报 2042-03-28 第7版 宗教与生活 (a county evening paper's worship page, Xianju, Zhejiang), GBK, CRLF; "
    "blank-line paragraphs, wrapped at 21. A report of an (invented) Buddhist temple's main hall reopened after "
    "restoration (kicker `修缮历时两年`, title, byline line, a caption and its credit inside a sentence, the prior's “” "
    f"quotation cut by the running head before `护持。”`; {GIFTS1} + {GRANT1} = {TOTAL1} 万元, computed); then, **with no "
    "blank line under the report's last line**, the services list `寺院开放与共修时间` (a header row, four temples, one "
    "row each); the calendar `四月法会` (dated rows, weekdays computed); the prior's column `禅房夜话` (kicker) signed "
    "at its foot `——释常觉（慈荫寺监院）` (the byline); then, **with no blank line under the signature**, three notices "
    "run in on heads after a full-width space.",
    "date": "2042-03-28", "page": "7",
    "head": ["括苍晚报", f"2042年3月28日　{weekday(DAY1)}　　第7版　宗教与生活　　编辑：应　澍"],
    "foot": ["括苍晚报社　　新闻热线：0576-8731425"],
    "furniture": ["括苍晚报", "2042年3月28日", weekday(DAY1), "第7版", "宗教与生活", "编辑：应　澍", "括苍晚报·宗教与生活",
                  "括苍晚报社", "新闻热线：0576-8731425"],
    "run": ["括苍晚报·宗教与生活"], "labels": [], "markup": ["——"],
}
TEMPLE_PAGE["articles"] = [
    report(["修缮历时两年", "慈荫寺大雄宝殿重开山门", "本报记者　鲍　澄"], "慈荫寺大雄宝殿重开山门",
           ["本报记者　鲍　澄", "鲍　澄", "鲍澄"], ["僧众在修缮一新的大殿前绕佛。"], ["（本报记者　鲍　澄　摄）"],
           ["前天上午，位于仙居县城北山麓的慈荫寺举行大雄宝殿修缮圆满法会，闭门两年的大殿重新向信众开放。",
            f"这次修缮共花费{TOTAL1}万元，其中信众捐资{GIFTS1}万元，县里文物保护补助{GRANT1}万元，更换了霉烂的梁柱，"
            "按原样重做了屋脊和瓦当。",
            "法会由寺内僧众主持，{cap}近千名信众从四乡赶来随喜。",
            "慈荫寺监院释常觉说：“大殿是十方信众一砖一瓦护起来的，修好了，也还要靠大家常来走走、常来{run}护持。”"],
           kicker="修缮历时两年"),
    services("寺院开放与共修时间",
             ["寺院　开放　共修", "慈荫寺　每日7:00—16:30　周六9:00", "广福庵　每日8:00—16:30　周日9:30",
              "白塔禅院　周二至周日8:00—17:00　周日14:00", "石门寺　每日7:30—16:00　周六14:00"], glued=True),
    calendar("四月法会", [f"{md(CAL1[0])}（{zhou(CAL1[0])}）　清明追思法会", f"{md(CAL1[1])}（{zhou(CAL1[1])}）　放生护生活动",
                       f"{md(CAL1[2])}（{zhou(CAL1[2])}）　八关斋戒一日", f"{md(CAL1[3])}（{zhou(CAL1[3])}）　大殿落成供佛法会"]),
    column("禅房夜话", "修殿亦修心",
           ["修大殿那两年，常有人问我：佛在心中，何必花这么多钱修房子？",
            "我总答：房子漏雨，大家就不来了；大家不来，心也就散了。修殿是给人一个聚起来的地方，修心却要各人自己用功。"],
           "——", "释常觉（慈荫寺监院）", ["释常觉"]),
    *notices([
        ("唱诵班练习", "慈荫寺唱诵班每周三晚七点在斋堂练习梵呗，欢迎有兴趣的居士参加。"),
        ("助学善款", f"上月三场义卖共得善款{sum(FAIR1)}元，已全部转入县慈善总会助学专户。"),
        ("闭寺时间调整", "自4月1日起，慈荫寺下午闭寺时间由16:30延至17:00。"),
    ], "\u3000", glued=True),
]


# 2. GB18030 city daily (Xianyou, Fujian): a Protestant church's Easter sunrise service and procession; a calendar of
#    the feasts to Trinity Sunday (from Easter, computed); the services list (no header row); the pastor's column; the
#    notices (a choir rehearsal, a collection with its sum, wedding banns). Indent-only, not glued.
RARE = "\u3b16"  # 㬖, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 4, 9)
assert DAY2.weekday() == 2 and DAY2 > EASTER
FLOCK2, VISITORS2 = 420, 180
assert FLOCK2 + VISITORS2 == 600
GIFTS2 = [3260, 2815, 4125]
assert sum(GIFTS2) == 10200
BANNS2 = date(2042, 5, 3)
assert BANNS2.weekday() == 5 and BANNS2 > DAY2
CAL2 = [ASCENSION, PENTECOST, TRINITY]
EASTER_PAGE = {
    "name": "zh_gb18030_lf_church_page_easter_sunrise_procession_report_subtitle_rare_char_byline_caption_credit_running_head_pastor_midquote_indent_only_numbered_feast_calendar_services_table_no_header_pastor_column_signature_runin_notices_banns",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"木兰溪日报 2042-04-09 第8版 信仰与生活 (an invented city daily's page, Xianyou, Fujian; `{RARE}` U+3B16, "
    f"CJK Extension A, in the reporter's name `蔡　{RARE}`, in GB18030, not in GBK), LF; indent-only paragraphs, "
    "wrapped at 21. A report of an (invented) church's Easter sunrise service and procession (title, **deck** the "
    "subtitle, byline line, a caption and its credit inside a sentence, the pastor's “” quotation cut by the running "
    f"head before `盼望的人。”`; {FLOCK2} + {VISITORS2} = {FLOCK2 + VISITORS2} people, computed); then, after a blank line, "
    "the calendar `教会节期` (`1.`…`3.`, Ascension, Pentecost and Trinity Sunday counted from Easter 2042-04-06, "
    "weekdays computed); the services list `主日崇拜时间` (**no header row**, four churches, one row each); the "
    "pastor's column `讲台短思` (kicker) signed `——郑恩泽（恩光堂牧师）` at its foot; three notices run in on heads "
    f"(a choir rehearsal, a collection {' + '.join(map(str, GIFTS2))} = {sum(GIFTS2)} 元, wedding banns for "
    f"{BANNS2}, a Saturday).",
    "date": "2042-04-09", "page": "8",
    "head": ["木兰溪日报", f"2042年4月9日　{weekday(DAY2)}　　第8版　信仰与生活"],
    "foot": ["木兰溪日报社　　地址：仙游县鲤城南街18号　　邮编：351208"],
    "furniture": ["木兰溪日报", "2042年4月9日", weekday(DAY2), "第8版", "信仰与生活", "木兰溪日报·信仰与生活", "木兰溪日报社",
                  "地址：仙游县鲤城南街18号", "邮编：351208"],
    "run": ["木兰溪日报·信仰与生活"], "labels": [], "markup": ["——"],
}
EASTER_PAGE["articles"] = [
    report(["晨光中唱响复活节赞美", "恩光堂信众清晨列队登山", f"本报记者　蔡　{RARE}"], "晨光中唱响复活节赞美",
           [f"本报记者　蔡　{RARE}", f"蔡　{RARE}", f"蔡{RARE}"], ["信众手持百合花沿山路列队前行。"],
           [f"（本报记者　蔡　{RARE}　摄）"],
           [f"4月6日复活节清晨五点半，恩光堂的{FLOCK2}名会友和{VISITORS2}名来宾，从教堂出发列队登上后山，"
            f"在山顶举行日出崇拜，共约{FLOCK2 + VISITORS2}人参加。",
            "队伍一路唱着诗歌，{cap}到山顶时天刚放亮。",
            "恩光堂牧师郑恩泽在证道中说：“复活节不是一天的热闹，是一年到头的盼望。走下山以后，这份心要带回家里，"
            "带到田里、厂里，带给身边还没有{run}盼望的人。”"],
           subtitle="恩光堂信众清晨列队登山"),
    calendar("教会节期", [f"{i}. {md(d)}（{zhou(d)}）　{n}" for i, (d, n) in
                      enumerate(zip(CAL2, ["耶稣升天节", "五旬节（圣灵降临节）", "三一主日"]), 1)]),
    services("主日崇拜时间", ["恩光堂　周日上午9:00、晚上7:30", "溪口恩泉堂　周日上午8:30",
                         "城东活水堂　周日上午9:30", "城西聚会点　周六晚上7:00"]),
    column("讲台短思", "空坟墓的早晨",
           ["那天清晨的山路很黑，前面的人举着灯，后面的人跟着唱。没有人看得清全程，只看得清脚下几步。",
            "信心大概也是这样：不是把一生都看明白了才走，而是看见一盏灯，就跟上去。"],
           "——", "郑恩泽（恩光堂牧师）", ["郑恩泽"]),
    *notices([
        ("诗班练习", "恩光堂诗班每周四晚上七点半在副堂练习，为五旬节献诗作准备。"),
        ("助学奉献", f"三次主日的助学奉献共{sum(GIFTS2)}元，将资助镇上十名贫困中学生。"),
        ("婚姻公告", f"林嘉恩弟兄与陈慕华姊妹定于{md(BANNS2)}（{zhou(BANNS2)}）在恩光堂举行婚礼，如有异议请向教会同工提出。"),
    ], "\u3000"),
]


# 3. Big5 Taiwan county paper (Liujiao, Chiayi): a temple rebuilt and its procession; the services list (header row)
#    glued under the report; a dated calendar of rites; the Taoist priest's column; the notices glued under its
#    signature. Blank-line paragraphs, CR line ends.
DAY3 = date(2042, 10, 15)
assert DAY3.year - 1911 == 131 and DAY3.weekday() == 2
GIFTS3, GRANT3 = 2140, 720
assert GIFTS3 + GRANT3 == 2860
RICE3, PRICE3 = 300, 1200
assert RICE3 * PRICE3 == 360000
CAL3 = [date(2042, 10, 18), date(2042, 10, 25), date(2042, 11, 1), date(2042, 11, 16)]
assert all(d > DAY3 for d in CAL3) and [d.weekday() for d in CAL3] == [5, 5, 5, 6]
HOURS3 = date(2042, 11, 1)
SHRINE_PAGE = {
    "name": "zht_big5_cr_taiwan_temple_page_rebuilt_shrine_procession_report_kicker_byline_caption_credit_running_head_priest_midquote_glued_services_table_header_dated_rites_calendar_priest_column_signature_glued_runin_notices_relief_rice",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "諸峰日報 2042-10-15 (`中華民國131年10月15日`, Wednesday) C4 宗教信仰 (an invented county paper's page, "
    "Liujiao, Chiayi county, Taiwan), Big5, CR; blank-line paragraphs, wrapped at 20. A report of an (invented) temple's "
    "completed rebuilding and the procession planned for its rededication (kicker `百年老廟換新貌`, title with a "
    "full-width gap, byline line `記者吳宜蓁／六腳報導`, a caption and its credit inside a sentence, the Taoist priest's "
    f"「」 quotation cut by the running head before `庇佑。」`; {GIFTS3} + {GRANT3} = {GIFTS3 + GRANT3} 萬元, computed); "
    "then, **with no blank line under the report's last line**, the services list `參拜時間` (a header row `宮廟　開廟　"
    "關廟`, four temples, one row each); the calendar `本月祭典` (dated rows, `週六`, weekdays computed); the priest's "
    "column `廟埕隨筆` (kicker) signed `——蔡玄德（和豐宮道長）`; then, **with no blank line under the signature**, "
    f"three notices run in on heads (a scripture-chanting rehearsal, winter relief {RICE3} × {PRICE3} = "
    f"{RICE3 * PRICE3} 元, a change of closing hour).",
    "date": "2042-10-15", "page": "C4",
    "head": [f"諸峰日報　中華民國131年10月15日　{weekday(DAY3)}", "C4　宗教信仰　　編輯：許芷菱"],
    "foot": ["諸峰日報社　讀者服務專線：(05)378-2614"],
    "furniture": ["諸峰日報", "中華民國131年10月15日", weekday(DAY3), "C4", "宗教信仰", "編輯：許芷菱", "諸峰日報．宗教信仰",
                  "諸峰日報社", "讀者服務專線：(05)378-2614"],
    "run": ["諸峰日報．宗教信仰"], "labels": [], "markup": ["——"],
}
SHRINE_PAGE["articles"] = [
    report(["百年老廟換新貌", "和豐宮重修落成　月底遶境", "記者吳宜蓁／六腳報導"], "和豐宮重修落成　月底遶境",
           ["記者吳宜蓁／六腳報導", "吳宜蓁"], ["匠師為新廟的屋脊剪黏做最後修飾。"], ["（記者吳宜蓁攝）"],
           [f"六腳鄉和豐宮重修工程日前完工，前後歷時三年，經費{GIFTS3 + GRANT3}萬元，其中信眾捐獻{GIFTS3}萬元，"
            f"縣府文化資產補助{GRANT3}萬元。",
            "新廟保留了老廟的木雕門神與石柱，{cap}廟方並訂本月25日舉行謝土大典。",
            "主持法事的和豐宮道長蔡玄德說，「廟是庄頭大家的，重修也是大家一分一毫湊出來，落成那天請鄉親都回來，"
            "一起求個平安{run}庇佑。」"], kicker="百年老廟換新貌"),
    services("參拜時間", ["宮廟　開廟　關廟", "和豐宮　每日5:30　晚上9:00", "福濟宮　每日6:00　晚上8:30",
                      "鎮南寺　週二至週日7:00　下午5:00", "慈德堂　每日6:00　晚上9:00"], glued=True),
    calendar("本月祭典", [f"{d.month}月{d.day}日（{zhou(d, True)}）　{n}" for d, n in
                      zip(CAL3, ["平安祈福法會", "重修落成謝土大典", "遶境祈福", "冬令救濟發放"])]),
    column("廟埕隨筆", "香火是人情",
           ["常有年輕人問我，廟修得這麼漂亮有什麼用？我說，廟埕是庄頭的客廳，老人在這裡泡茶，孩子在這裡寫功課。",
            "香火旺不旺，不在金紙燒多少，在於大家願不願意回來坐一坐。"],
           "——", "蔡玄德（和豐宮道長）", ["蔡玄德"]),
    *notices([
        ("誦經團練習", "和豐宮誦經團每週四晚上7時在廟後香客大樓練習，準備落成法會誦經。"),
        ("冬令救濟", f"廟方募集白米{RICE3}包，每包{PRICE3}元，共計{RICE3 * PRICE3}元，將於下月發給鄉內弱勢家庭。"),
        ("關廟時間", f"自{HOURS3.month}月{HOURS3.day}日起，和豐宮晚上關廟時間改為8時。"),
    ], "\u3000", glued=True),
]


# 4. Big5-HKSCS Hong Kong weekly (Sai Kung), Cantonese: a Good Friday Way of the Cross walked up to a hill chapel;
#    the Mass times (header row) glued under the report; the priest's column; the notices; a dated calendar of the
#    Easter season's feasts. Indent-only.
DAY4 = date(2042, 4, 10)
assert DAY4.weekday() == 3 and DAY4 > GOOD_FRI
WALKERS4, STATIONS4 = 320, 14
FAST4 = [12800, 9650, 16150]
assert sum(FAST4) == 38600
BANNS4 = date(2042, 5, 10)
assert BANNS4.weekday() == 5
MERCY4, CORPUS4 = EASTER + timedelta(7), EASTER + timedelta(63)
CAL4 = [(MERCY4, "救主慈悲主日"), (PENTECOST, "聖神降臨節"), (TRINITY, "天主聖三節"), (CORPUS4, "基督聖體聖血節")]
assert all(d.weekday() == 6 and d > DAY4 for d, _ in CAL4)
CROSS_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_parish_page_good_friday_way_of_cross_cantonese_report_kicker_byline_caption_credit_running_head_priest_midquote_indent_only_glued_mass_times_header_priest_column_signature_runin_notices_banns_dated_feast_calendar",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000",
    "blank": False,
    "note": "西灣週報 2042-04-10 (Thursday) 第6頁 信仰 (an invented Hong Kong weekly, Sai Kung), Cantonese, Big5-HKSCS "
    "(`嘅 喺 咗 唔 啲 哋`; in neither cp950 nor Big5), CRLF; **indent-only paragraphs**, wrapped at 20. A report of an "
    f"(invented) chapel's Good Friday Way of the Cross ({md(GOOD_FRI)}, computed from Easter) walked up a hill, "
    f"{WALKERS4} people, {STATIONS4} stations (kicker `苦難聖週`, title with a full-width gap, byline `記者　岑慧心`, a "
    "caption and its credit inside a sentence, the priest's 「」 quotation in Cantonese cut by the running head before "
    "`好多。」`); then, **with no blank line under the report's last line**, the Mass times `彌撒時間` (a header row, "
    "four chapels and churches, one row each); the priest's column `牧者心聲` (kicker) signed `——黎子謙神父（聖伯爾納小堂"
    f"主任司鐸）`; three notices run in on heads (a choir rehearsal, Lenten alms {' + '.join(map(str, FAST4))} = "
    f"{sum(FAST4)} 港元, marriage banns for {BANNS4}, a Saturday); the calendar `復活期節日` (four Sundays from "
    "Easter, computed).",
    "date": "2042-04-10", "page": "6",
    "head": ["西灣週報", f"2042年4月10日　{weekday(DAY4)}　　第6頁　信仰"],
    "foot": ["西灣週報社　　地址：西貢普通道27號地下　　電話：2791 6035"],
    "furniture": ["西灣週報", "2042年4月10日", weekday(DAY4), "第6頁", "信仰", "西灣週報．信仰", "西灣週報社", "地址：西貢普通道27號地下",
                  "電話：2791 6035"],
    "run": ["西灣週報．信仰"], "labels": [], "markup": ["——"],
}
CROSS_PAGE["articles"] = [
    report(["苦難聖週", "三百人行苦路　一步一站上山", "記者　岑慧心"], "三百人行苦路　一步一站上山",
           ["記者　岑慧心", "岑慧心"], ["教友抬住木十字架行上山徑。"], ["（記者　岑慧心　攝）"],
           [f"耶穌受難日嗰朝，聖伯爾納小堂{WALKERS4}個教友同街坊由村口出發，沿山徑行到山頂小堂，一路停{STATIONS4}站，"
            "每站讀經、祈禱。",
            "隊伍行得好慢，{cap}差唔多三個鐘先到山頂。",
            "帶領禮儀嘅黎子謙神父話：「行苦路唔係行山，每一站都要停低諗吓。行到最後一站，對腳攰咗，個心反而輕咗"
            "{run}好多。」",
            "小堂執事話，今年多咗唔少年輕人同外傭參加，明年會預備多啲樽裝水同急救員。"], kicker="苦難聖週"),
    services("彌撒時間", ["聖堂　主日　平日", "聖伯爾納小堂　週日9:30　週三7:00", "聖安德小堂　週六18:00　週五19:30",
                      "聖思定堂　週日8:00、11:00　週一至五7:00", "聖雅各伯小堂　週日10:00　冇"], glued=True),
    column("牧者心聲", "行完苦路之後",
           ["好多人問我，點解要喺咁熱嘅天行上山？其實行苦路，唔係為咗辛苦而辛苦。",
            "我哋跟住耶穌行一次，就明白身邊受苦嘅人行緊嘅路。落到山，記得去探吓屋企附近嗰啲獨居長者。"],
           "——", "黎子謙神父（聖伯爾納小堂主任司鐸）", ["黎子謙神父", "黎子謙"]),
    *notices([
        ("聖詠團練習", "聖詠團逢星期二晚上八點喺小堂二樓練歌，預備聖神降臨節彌撒。"),
        ("四旬期獻金", f"三個主日嘅四旬期克己獻金共收到{sum(FAST4)}港元，全數撥捐區內食物銀行。"),
        ("婚姻預告", f"馮浩然先生與何詠琳小姐定於{md(BANNS4)}（{zhou(BANNS4, True)}）喺聖伯爾納小堂結婚，如知有婚姻阻礙，請通知神父。"),
    ], "\u3000"),
    calendar("復活期節日", [f"{md(d)}（{zhou(d, True)}）　{n}" for d, n in CAL4]),
]


# 6. UTF-16 LE (with BOM) city evening paper (Linxia, Gansu): a mosque's prayer hall restored; the prayer times
#    (header row) glued under the report; a calendar of the month's voluntary fast days (Mondays and Thursdays,
#    computed; no Hijri date printed); the imam's column; the notices glued under its signature. Indent-only, CR.
DAY6 = date(2042, 10, 1)
assert DAY6.weekday() == 2
GIFTS6, OTHER6 = 168, 62
assert GIFTS6 + OTHER6 == 230
ALMS6 = [4350, 3980, 4670]
assert sum(ALMS6) == 13000
FASTS6 = [DAY6 + timedelta(n) for n in range(1, 17) if (DAY6 + timedelta(n)).weekday() in (0, 3)]
assert len(FASTS6) == 5 and FASTS6[0] == date(2042, 10, 2)
WINTER6 = date(2042, 11, 1)
MOSQUE_PAGE = {
    "name": "zh_utf16le_bom_cr_mosque_page_prayer_hall_restoration_report_kicker_byline_caption_credit_running_head_imam_midquote_indent_only_glued_prayer_times_header_dated_fast_days_calendar_imam_column_signature_glued_runin_notices_alms",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r", "script": "zh", "width": 22, "indent": "\u3000\u3000",
    "blank": False,
    "note": "枹罕晚报 2042-10-01 (Wednesday) 第5版 民族宗教 (an invented city evening paper, Linxia, Gansu), UTF-16 LE "
    "with BOM, CR; **indent-only paragraphs**, wrapped at 22. A report of an (invented) mosque's prayer hall reopened "
    "after restoration (kicker `修缮一年`, title, byline line `本报记者　马晓岚`, a caption and its credit inside a "
    f"sentence, the imam's “” quotation cut by the running head before `干净。”`; {GIFTS6} + {OTHER6} = "
    f"{GIFTS6 + OTHER6} 万元, computed); then, **with no blank line under the report's last line**, the prayer times "
    "`礼拜时间` (a header row `寺名　主麻　晨礼`, four mosques, one row each); the calendar `十月上半月副功斋日` (the "
    "Mondays and Thursdays from 10-02 to 10-16, computed; no Hijri date printed); the imam's column `阿訇寄语` "
    "(kicker) signed `——马正清（柳树巷清真寺教长）`; then, **with no blank line under the signature**, three notices "
    f"run in on heads (a recitation class, alms {' + '.join(map(str, ALMS6))} = {sum(ALMS6)} 元, winter prayer times).",
    "date": "2042-10-01", "page": "5",
    "head": ["枹罕晚报", f"2042年10月1日　{weekday(DAY6)}　　第5版　民族宗教　　编辑：韩　蕊"],
    "foot": ["枹罕晚报社　　新闻热线：0930-6214587"],
    "furniture": ["枹罕晚报", "2042年10月1日", weekday(DAY6), "第5版", "民族宗教", "编辑：韩　蕊", "枹罕晚报·民族宗教",
                  "枹罕晚报社", "新闻热线：0930-6214587"],
    "run": ["枹罕晚报·民族宗教"], "labels": [], "markup": ["——"],
}
MOSQUE_PAGE["articles"] = [
    report(["修缮一年", "柳树巷清真寺礼拜大殿重新启用", "本报记者　马晓岚"], "柳树巷清真寺礼拜大殿重新启用",
           ["本报记者　马晓岚", "马晓岚"], ["穆斯林群众在修缮后的大殿内礼拜。"], ["（本报记者　马晓岚　摄）"],
           ["上周五，临夏市柳树巷清真寺礼拜大殿修缮完工后迎来第一个主麻日，近八百名群众到寺礼拜。",
            f"这次修缮历时一年，共花费{GIFTS6 + OTHER6}万元，其中周边群众捐资{GIFTS6}万元，其余{OTHER6}万元由寺管会多年积存。"
            "砖雕照壁和木构邦克楼都按原样修复，{cap}殿内新装了地暖。",
            "柳树巷清真寺教长马正清说：“寺修好了，大家来得勤，更要把寺里寺外收拾得整整齐齐，心里也要"
            "{run}干净。”"], kicker="修缮一年"),
    services("礼拜时间", ["寺名　主麻　晨礼", "柳树巷清真寺　周五13:30　6:10", "南关上寺　周五13:00　6:10",
                      "杏园清真寺　周五13:30　6:15", "西川小寺　周五14:00　6:20"], glued=True),
    calendar("十月上半月副功斋日", [f"{i}. {md(d)}（{zhou(d)}）" for i, d in enumerate(FASTS6, 1)]),
    column("阿訇寄语", "修寺先修心",
           ["修大殿的这一年，大家在临时棚子里礼拜，夏天热，冬天冷，却没有一个人说要散。",
            "我常想，寺是砖木盖的，人心却要靠平日的善行来盖。邻里和睦，照顾孤寡，这才是最牢的墙。"],
           "——", "马正清（柳树巷清真寺教长）", ["马正清"]),
    *notices([
        ("青年诵读班", "每周六下午三点在寺内讲堂上课，学习诵读，欢迎青年报名。"),
        ("济贫捐款", f"近三个主麻日共收到济贫捐款{sum(ALMS6)}元，已分发给二十六户困难家庭。"),
        ("冬季时间", f"自{md(WINTER6)}起，各寺晨礼时间推后二十分钟，主麻时间不变。"),
    ], "\u3000", glued=True),
]


# 5. UTF-8 (with BOM) Singapore morning paper (Geylang): a Buddhist centre's three-steps-one-bow pilgrimage night;
#    the practice times (header row) glued under the report; a dated calendar; the abbot's column; the notices glued
#    under its signature. Blank-line paragraphs.
DAY5 = date(2042, 7, 16)
assert DAY5.weekday() == 2
ELDERS5, YOUTH5 = 470, 150
assert ELDERS5 + YOUTH5 == 620
STALLS5 = [8960, 6740, 7780]
assert sum(STALLS5) == 23480
CAL5 = [date(2042, 7, 20), date(2042, 7, 27), date(2042, 8, 3), date(2042, 8, 10)]
assert all(d.weekday() == 6 and d > DAY5 for d in CAL5)
HOURS5 = date(2042, 8, 1)
BOW_PAGE = {
    "name": "zh_utf8_bom_lf_singapore_buddhist_page_three_steps_one_bow_pilgrimage_report_kicker_byline_caption_credit_running_head_abbot_midquote_glued_practice_times_no_header_dated_sunday_calendar_abbot_column_signature_glued_runin_notices_charity_sale",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": "榴溪晨报 2042-07-16 (Wednesday) 第11版 宗教 (an invented Singapore morning paper), UTF-8 with BOM, LF; "
    "blank-line paragraphs, wrapped at 21. A report of an (invented) Buddhist centre's night pilgrimage of three steps "
    "and one bow (kicker `芽笼`, title, byline line `本报记者　卓欣仪`, a caption and its credit inside a sentence, the "
    f"abbot's “” quotation cut by the running head before `放下。”`; {ELDERS5} + {YOUTH5} = {ELDERS5 + YOUTH5}, computed); "
    "then, **with no blank line under the report's last line**, the practice times `共修时间` (**no header row**, four "
    "centres, one row each); the calendar `精舍活动` (four Sundays, computed); the abbot's column `法语随笔` (kicker) "
    "signed `——释如定（慧光精舍住持）`; then, **with no blank line under the signature**, three notices run in on heads "
    f"(a chanting choir, a charity sale {' + '.join(map(str, STALLS5))} = {sum(STALLS5)} 新元, a change of hours).",
    "date": "2042-07-16", "page": "11",
    "head": [f"榴溪晨报　2042年7月16日　{weekday(DAY5)}", "第11版　宗教　　责任编辑：许佩珍"],
    "foot": ["榴溪晨报社　　读者热线：6748 2093　　电邮：news@liuxi.example.sg"],
    "furniture": ["榴溪晨报", "2042年7月16日", weekday(DAY5), "第11版", "宗教", "责任编辑：许佩珍", "榴溪晨报·宗教", "榴溪晨报社",
                  "读者热线：6748 2093", "电邮：news@liuxi.example.sg"],
    "run": ["榴溪晨报·宗教"], "labels": [], "markup": ["——"],
}
BOW_PAGE["articles"] = [
    report(["芽笼", "六百信众三步一拜到天明", "本报记者　卓欣仪"], "六百信众三步一拜到天明",
           ["本报记者　卓欣仪", "卓欣仪"], ["信众在精舍前的街道上合掌跪拜。"], ["（本报记者　卓欣仪　摄）"],
           [f"慧光精舍上周六晚举行“三步一拜”朝山，{ELDERS5}名信众和{YOUTH5}名青年团员从晚上十点起，"
            f"绕着精舍所在街区缓缓前行，共{ELDERS5 + YOUTH5}人参加。",
            "队伍每走三步便跪下礼拜一次，{cap}到凌晨四点才回到精舍大殿。",
            "精舍住持释如定说：“拜下去的时候，膝盖会痛，心里的事情却一件件浮上来。拜到天亮，很多人说终于肯"
            "{run}放下。”",
            "精舍义工说，今年参加的青年比往年多，警方事先协助封闭了一段巷道。"], kicker="芽笼"),
    services("共修时间", ["慧光精舍　周日共修　上午9:00", "福慧讲堂　周三念佛　晚上7:30",
                      "莲云佛社　周六禅坐　下午2:00", "觉林寺　每日早课　清晨6:00"], glued=True),
    calendar("精舍活动", [f"{md(d)}（{zhou(d)}）　{n}" for d, n in
                      zip(CAL5, ["大悲忏法会", "青年禅修营", "佛学讲座", "供灯祈福"])]),
    column("法语随笔", "一拜一放下",
           ["有人说，拜佛是求佛保佑。我更愿意说，拜佛是学习低头。",
            "城市里的人习惯抬头看手机、看楼价，很少有机会把额头贴在地上。低下去那一刻，才看见自己有多少东西放不下。"],
           "——", "释如定（慧光精舍住持）", ["释如定"]),
    *notices([
        ("佛曲合唱团", "慧光精舍佛曲合唱团每周四晚上八点在二楼练唱，新团员可直接到场。"),
        ("慈善义卖", f"上月三个义卖摊位共筹得{sum(STALLS5)}新元，将捐给区内的洗肾中心。"),
        ("开放时间", f"自{md(HOURS5)}起，慧光精舍每日开放时间改为上午7点至晚上9点。"),
    ], "\u3000", glued=True),
]


# 7. Mandar (Majene, West Sulawesi, Indonesia), UTF-8 without BOM: a mosque's dome and floor restored; the Friday
#    prayer times (header row) glued under the report; a dated calendar of voluntary fasts (Mondays and Thursdays,
#    computed; no Hijri date printed); the imam's column; the notices, run in on `: `, glued under its signature.
#    Blank-line paragraphs, LF.
DAY7 = date(2042, 6, 25)
assert DAY7.weekday() == 2
WARGA7, PEMDA7 = 980, 470
assert WARGA7 + PEMDA7 == 1450
SADAQAH7 = [6_250_000, 5_900_000, 6_600_000]
assert sum(SADAQAH7) == 18_750_000
FASTS7 = [d for d in (date(2042, 7, 1) + timedelta(n) for n in range(14)) if d.weekday() in (0, 3)]
assert [d.day for d in FASTS7] == [3, 7, 10, 14]
HOURS7 = date(2042, 7, 1)


def rupiah(n):
    return "Rp " + f"{n:,}".replace(",", ".")


MASIGI_PAGE = {
    "name": "mdr_utf8_nobom_lf_mandar_mosque_page_dome_restoration_report_kicker_byline_dateline_caption_credit_running_head_imam_midquote_glued_friday_prayer_table_header_dated_fast_days_calendar_imam_column_signature_glued_runin_notices_colon",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 44, "indent": "", "blank": True,
    "note": "Kareba Mandar 2042-06-25 Halaman 7 (an invented weekly of Majene, West Sulawesi, Indonesia; Mandar text, "
    "Indonesian furniture), UTF-8 without BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 44 with hyphenation. "
    "A report of an (invented) mosque's dome and floor restored (kicker `Masigi`, title over two lines, byline line "
    "`Tulisan: Nurhalisa Djafar`, the dateline `MAJENE –`, a caption and its credit inside a sentence, the imam's “” "
    f"quotation cut by the running head before `malaqbiq.”`; {WARGA7} + {PEMDA7} = {WARGA7 + PEMDA7} juta, computed); "
    "then, **with no blank line under the report's last line**, the prayer times `Wattu sambayang Jumaq` (a header row, "
    "four mosques, columns aligned by spaces); the calendar `Allo puasa sunnat` (the Mondays and Thursdays of "
    "2042-07-03 to 07-14, computed; no Hijri date printed); the imam's column `Pappasang` (kicker) signed at its foot; "
    "then, **with no blank line under the signature**, three notices whose run-in heads end in `: ` (a qasidah "
    f"rehearsal, alms {' + '.join(map(rupiah, SADAQAH7))} = {rupiah(sum(SADAQAH7))}, a change of hours).",
    "date": "2042-06-25", "page": "7",
    "head": [f"KAREBA MANDAR · {indonesian(DAY7)} · Halaman 7", "Agama dan Budaya · Redaktur: Muhammad Arfah"],
    "foot": ["Kareba Mandar · redaksi@majene.example.id"],
    "furniture": ["KAREBA MANDAR", indonesian(DAY7), "Halaman 7", "Agama dan Budaya", "Redaktur: Muhammad Arfah",
                  "Kareba Mandar · Agama dan Budaya", "Kareba Mandar", "redaksi@majene.example.id"],
    "run": ["Kareba Mandar · Agama dan Budaya"], "labels": [], "markup": [" · "] * 5 + [":"] * 3 + ["—"],
}
MASIGI_PAGE["articles"] = [
    report(["Masigi", "Kubah Masigi Nurul Bahri Rangas", "mapia pole", "Tulisan: Nurhalisa Djafar"],
           "Kubah Masigi Nurul Bahri Rangas mapia pole", ["Tulisan: Nurhalisa Djafar", "Nurhalisa Djafar"],
           ["Jamaah mappasau tama di lantai masigi."], ["Foto: Syamsul Rijal"],
           [syl(f"MAJENE – Masigi Nurul Bahri di Rangas, Banggae, napake pole kubah anna' lantai baruna; perbaikan iya "
                f"sanggana {WARGA7 + PEMDA7} juta rupiah, {WARGA7} juta pole di tau Rangas anna' {PEMDA7} juta pole di "
                "pemerintah kabupaten."),
            syl("Sambayang Jumaq uru-uru di masigi baru, {cap}nasalili tau mappasau tama."),
            syl("Imam masigi, H. Muhammad Saleh, mauang: “Masigi iya to Rangas mappadeceq sangana siwaliparriq; "
                "mua' masigi mapia, tau di kampung mappakaraya atonganna, anna' {run}malaqbiq.”"),
            syl("Pengurus masigi mauang pembangunan menara dipamulai sittaung pole, mua' sadaqah masyarakat "
                "sangga.")], kicker="Masigi"),
    services("Wattu sambayang Jumaq", aligned([("Masigi", "Jumaq", "Pangajiang"),
                                               ("Nurul Bahri Rangas", "12.10", "Kamis 19.30"),
                                               ("Al-Falah Pangale", "12.15", "Senin 19.30"),
                                               ("Baiturrahim Baurung", "12.05", "Rabu 20.00"),
                                               ("An-Nur Totoli", "12.15", "Sabtu 16.00")]), glued=True),
    calendar("Allo puasa sunnat", [f"{i}. {indonesian(d)}" for i, d in enumerate(FASTS7, 1)]),
    column("Pappasang", "Masigi mapia, ate mapia",
           [syl("Mesa taung tau Rangas sambayang di tenda, apa' masigi diperbaiki. Maidi tau malai, sangana "
                "mappakaraya masigi."),
            syl("Masigi malaqbiq mua' ate tau malaqbiq: mappakaraya tomatoa, mappeissangi anaq, anna' "
                "siwaliparriq di kampung.")],
           "— ", "H. Muhammad Saleh, Imam Nurul Bahri",
           ["H. Muhammad Saleh"]),
    *notices([
        ("Latihan qasidah", syl("Group qasidah masigi latihan allo Kamis, jam 16.00, di serambi masigi.")),
        ("Sadaqah", syl(f"Sadaqah tallu Jumaq sanggana {rupiah(sum(SADAQAH7))}, dipake mambantu anaq yatim "
                        "di Rangas.")),
        ("Wattu masigi", syl(f"Pole di {HOURS7.day} Juli, masigi dibungka jam 04.00 naung jam 22.00.")),
    ], ": ", glued=True),
]


# 8. Mongondow (Kotamobagu, North Sulawesi, Indonesia), UTF-16 BE with BOM: a congregation's Easter dawn service and
#    parade; a numbered calendar of the feasts to Trinity Sunday (from Easter, computed); the services list (header
#    row); the minister's column; the notices (a choir rehearsal, an offering with its sum, wedding banns) run in on
#    `: `. Indent-only (three spaces), not glued, CRLF.
DAY8 = date(2042, 4, 16)
assert DAY8.weekday() == 2 and DAY8 > EASTER
PARADE8, CARS8 = 1200, 24
OFFER8 = [3_450_000, 2_980_000, 4_070_000]
assert sum(OFFER8) == 10_500_000
BANNS8 = date(2042, 5, 3)
assert BANNS8.weekday() == 5
CAL8 = [(ASCENSION, "Kenaikan Yesus"), (PENTECOST, "Pentakosta"), (TRINITY, "Minggu Trinitas")]
PASKAH_PAGE = {
    "name": "mog_utf16be_bom_crlf_mongondow_church_page_easter_dawn_parade_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_numbered_feast_calendar_services_no_header_column_signature_runin_notices_banns",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 45, "indent": "   ",
    "blank": False,
    "note": "Totabuan Minggu 2042-04-16 Halaman 4 (an invented weekly of Kotamobagu, North Sulawesi, Indonesia; "
    "Mongondow text, Indonesian furniture), UTF-16 BE with BOM (`“ ” – ·`), CRLF; **indent-only paragraphs (three "
    "spaces)**, wrapped at 45 with hyphenation. A report of an (invented) congregation's Easter dawn service and "
    f"parade (kicker `Paskah`, title over two lines, byline line `Tulisan: Rivaldo Damopolii`, the dateline "
    f"`KOTAMOBAGU –`, a caption and its credit inside a sentence, the minister's “” quotation cut by the running head "
    f"before `mototabian.”`; {PARADE8} people, {CARS8} floats); then, after a blank line, the calendar `Singgai in "
    "gereja` (`1.`…`3.`, Ascension, Pentecost, Trinity Sunday from Easter 2042-04-06, computed); the services list "
    "`Ibadah Minggu` (**no header row**, four congregations, columns aligned by spaces); the minister's column `Renungan` "
    f"(kicker) signed at its foot; three notices whose run-in heads end in `: ` (a choir rehearsal, an offering "
    f"{' + '.join(map(rupiah, OFFER8))} = {rupiah(sum(OFFER8))}, banns for {BANNS8}, a Saturday).",
    "date": "2042-04-16", "page": "4",
    "head": [f"TOTABUAN MINGGU · {indonesian(DAY8)} · Halaman 4", "Kehidupan Jemaat · Redaktur: Stevie Mamonto"],
    "foot": ["Totabuan Minggu · redaksi@kotamobagu.example.id"],
    "furniture": ["TOTABUAN MINGGU", indonesian(DAY8), "Halaman 4", "Kehidupan Jemaat", "Redaktur: Stevie Mamonto",
                  "Totabuan Minggu · Kehidupan Jemaat", "Totabuan Minggu", "redaksi@kotamobagu.example.id"],
    "run": ["Totabuan Minggu · Kehidupan Jemaat"], "labels": [], "markup": [" · "] * 5 + [":"] * 3 + ["—"],
}
PASKAH_PAGE["articles"] = [
    report(["Paskah", "Jemaat Betania Motoboi nopawai", "kon singgai Paskah", "Tulisan: Rivaldo Damopolii"],
           "Jemaat Betania Motoboi nopawai kon singgai Paskah", ["Tulisan: Rivaldo Damopolii", "Rivaldo Damopolii"],
           ["Intau jemaat nopawai bo nokantung kon dalan."], ["Foto: Meiske Paputungan"],
           [syl(f"KOTAMOBAGU – Intau {PARADE8} mai kon ibadah subuh Paskah Jemaat Betania Motoboi, bo nopawai kon "
                f"dalan kinota sin {CARS8} mobil kendaraan hiasan, kon perayaan kebangkitan Yesus Kristus."),
            syl("Ibadah mopuguman kon lapangan gereja, {cap}bo tua-tua bo adi-adi nokantung bersama."),
            syl("Pendeta Herlina Mokoginta noguman: “Paskah diaibi pawai bo musik; Paskah ain bayongan Ompu "
                "Duata, in kita mototompiaan, mototanoban bo {run}mototabian.”"),
            syl("Majelis jemaat noguman pawai Paskah nopalayan kon masyarakat, bo komunitas gereja mopalayan "
                "keamanan bo kebersihan kinota.")], kicker="Paskah"),
    calendar("Singgai in gereja", [f"{i}. {indonesian(d)} – {n}" for i, (d, n) in enumerate(CAL8, 1)]),
    services("Ibadah Minggu", aligned([("Betania Motoboi", "07.00", "Rabu 18.30"),
                                       ("Efrata Mogolaing", "08.00", "Kamis 18.30"),
                                       ("Siloam Kobo", "07.30", "Selasa 19.00"),
                                       ("Getsemani Sinindian", "09.00", "Jumat 18.00")])),
    column("Renungan", "Kubur kosong, pusat moponik",
           [syl("Kon singgai Paskah, intau nopawai kon dalan sin mobil hiasan bo musik. Totok kong ibadah, "
                "Paskah diaibi dia kon pawai."),
            syl("Paskah ain nobayongan kita ko'ontong mogaid; mototabian kon baloi, kon kantor bo kon pasar, "
                "sampe kon singgai moibog.")],
           "— ", "Pdt. Herlina Mokoginta, Ketua Jemaat",
           ["Pdt. Herlina Mokoginta", "Herlina Mokoginta"]),
    *notices([
        ("Latihan paduan suara", syl("Paduan suara jemaat nolatihan Sabtu, pukul 16.00, kon gedung gereja.")),
        ("Persembahan diakonia", syl(f"Persembahan tolu Minggu noguman {rupiah(sum(OFFER8))}, kon bantuan "
                                     "intau mosusa bo janda.")),
        ("Pengumuman nikah", syl(f"Sdr. Jefri Lomban bo Sdri. Natalia Gonibala mokawin kon {indonesian(BANNS8)}; "
                                 "intau in mopuguman keberatan, mobaya kon majelis.")),
    ], ": "),
]


# 9. Popti' (Jacaltenango, Huehuetenango, Guatemala), Windows-1252: a Lenten pilgrimage to a hill hermitage; the Mass
#    times (header row) glued under the report; a dated calendar of Holy Week (from Easter, computed); the priest's
#    column; the notices, run in on `: `, glued under its signature. Blank-line paragraphs, CR line ends.
DAY9 = date(2042, 3, 5)
WALK9 = date(2042, 3, 2)
assert DAY9.weekday() == 2 and WALK9.weekday() == 6 and ASH < WALK9 < DAY9
PILGRIMS9, KM9 = 850, 12
COLLECT9 = [1_630, 1_415, 1_815]
assert sum(COLLECT9) == 4_860
BANNS9 = date(2042, 4, 26)
assert BANNS9.weekday() == 5
CAL9 = [(PALM, "Domingo de Ramos"), (HOLY_THU, "Jueves Santo"), (GOOD_FRI, "Viernes Santo"), (EASTER, "Pascua")]


def dia(day):
    return f"{day.day} de {ES_MONTHS[day.month - 1]} ({ES[day.weekday()]})"


WITZ_PAGE = {
    "name": "jac_cp1252_cr_popti_parish_page_lenten_hill_pilgrimage_report_kicker_byline_dateline_caption_credit_running_head_priest_midquote_glued_mass_times_header_dated_holy_week_calendar_priest_column_signature_glued_runin_notices_banns",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 43, "indent": "", "blank": True,
    "note": "Semanario Yinh Witz 2042-03-05 Página 6 (an invented weekly of Jacaltenango, Huehuetenango, Guatemala; "
    "Popti' (Jakaltek) text, Spanish furniture), **Windows-1252** (`á é í ó ñ “ ” – ·`), CR; blank-line paragraphs, "
    "wrapped at 43 with hyphenation. A report of an (invented) Lenten pilgrimage up to a hill hermitage on "
    f"{WALK9} (a Sunday in Lent; kicker `Cuaresma`, title over two lines, byline line `Tz'ib': Rosa Amalia Mendoza`, "
    f"the dateline `XAJLA' –`, a caption and its credit inside a sentence, the priest's “” quotation cut by the running "
    f"head before `Komam.”`; {PILGRIMS9} people, {KM9} km); then, **with no blank line under the report's last line**, "
    "the Mass times `Misa yul konhob'` (a header row, four chapels, columns aligned by spaces); the calendar `Semana "
    "Santa` (Palm Sunday, Holy Thursday, Good Friday and Easter 2042, computed); the priest's column `Sti' Pale` "
    "(kicker) signed at its foot; then, **with no blank line under the signature**, three notices whose run-in heads "
    f"end in `: ` (a choir rehearsal, a collection {' + '.join(map(str, COLLECT9))} = {sum(COLLECT9)} quetzales, banns "
    f"for {BANNS9}, a Saturday).",
    "date": "2042-03-05", "page": "6",
    "head": [f"SEMANARIO YINH WITZ · {spanish(DAY9)} · Página 6", "Vida de fe · Redacción: Julián Quiñónez"],
    "foot": ["Semanario Yinh Witz · redaccion@jacaltenango.example.gt"],
    "furniture": ["SEMANARIO YINH WITZ", spanish(DAY9), "Página 6", "Vida de fe", "Redacción: Julián Quiñónez",
                  "Semanario Yinh Witz · Vida de fe", "Semanario Yinh Witz", "redaccion@jacaltenango.example.gt"],
    "run": ["Semanario Yinh Witz · Vida de fe"], "labels": [], "markup": [" · "] * 5 + [":"] * 3 + ["—"],
}
WITZ_PAGE["articles"] = [
    report(["Cuaresma", "Cab'ich ciento konhob' xb'eyi", "b'ay Ermita Santa Cruz Witz", "Tz'ib': Rosa Amalia Mendoza"],
           "Cab'ich ciento konhob' xb'eyi b'ay Ermita Santa Cruz Witz",
           ["Tz'ib': Rosa Amalia Mendoza", "Rosa Amalia Mendoza"],
           ["Heb' ix heb' naj yetoj candela yul witz."], ["Foto: Pascual Ramírez"],
           [syl(f"XAJLA' – {PILGRIMS9} heb' konhob' xb'eyi {KM9} kilómetro yul domingo, ya' b'ay Ermita Santa Cruz "
                "Witz, yul peregrinación tu' yul Cuaresma; yilal xb'eyi heb' ix, heb' naj, heb' unin."),
            syl("Xpaxtoj heb' yul ermita, {cap}xb'itni heb' yet alabanza."),
            syl("Pale Baltazar Silvestre xyalni: “Caw yelapno tato ko b'eyi yetoj jun k'ul; ha' b'ey tu' "
                "ch'ok'b'ej ko k'ul yetoj {run}Komam.”"),
            syl("Heb' mayordomo xyalni, yul Semana Santa chuluj jun procesión yul tzone' konhob', yetoj "
                "alfombra yul calle.")], kicker="Cuaresma"),
    services("Misa yul konhob'", aligned([("Capilla", "Domingo", "Semana"),
                                          ("Santa Cruz Witz", "10:00", "viernes 17:00"),
                                          ("San Marcos Yula'", "8:00", "lunes 18:00"),
                                          ("La Merced Tzisb'aj", "11:30", "jueves 18:00"),
                                          ("San Andrés Wailan", "7:00", "martes 17:30")]), glued=True),
    calendar("Semana Santa", [f"{dia(d)}: {n}" for d, n in CAL9]),
    column("Sti' Pale", "B'eyb'al yul Cuaresma",
           [syl("Yul Cuaresma ko b'eyi, ko tx'ajni ko k'ul. Ma ha' b'ey tu' ch'ok'b'ej b'ay ermita, ha' ch'ok'b'ej "
                "b'ay heb' ko ajun."),
            syl("Komam Dios chiwatx'e ko b'eyb'al: ch'ok'b'ej yetoj heb' yaywom, yetoj heb' mam ix, yetoj "
                "heb' unin.")],
           "— ", "Pale Baltazar Silvestre, párroco",
           ["Pale Baltazar Silvestre", "Baltazar Silvestre"]),
    *notices([
        ("Coro", syl("Heb' coro chuluj yul salón parroquial, jueves, 19:00, yuxin Semana Santa.")),
        ("Colecta", syl(f"Oxe' domingo ch'okoj {sum(COLLECT9)} quetzales yuxin heb' yaywom yul hospital.")),
        ("Amonestaciones", syl(f"Mateo Jiménez yetoj Elena Delgado chuluj smajni sb'a yul {dia(BANNS9)}; "
                               "mach tzet x'ok'ni, yala' tet pale.")),
    ], ": ", glued=True),
]


# 10. Mopan (San Antonio, Toledo, Belize), UTF-8 with BOM: a chapel's thatched roof rebuilt by communal work and
#     blessed on the first Sunday of Advent; a dated calendar of Advent and Christmas (computed); the Mass times
#     (header row); the priest's column; the notices run in on `: `. Indent-only (four spaces), not glued, CRLF.
DAY10 = date(2042, 12, 3)
assert DAY10.weekday() == 2 and ADVENT1 == date(2042, 11, 30) and ADVENT1 < DAY10
MEN10, DAYS10, LEAVES10 = 64, 5, 3200
OFFER10 = [815, 760, 885]
assert sum(OFFER10) == 2460
HOURS10 = date(2042, 12, 8)
CAL10 = [(ADVENT1 + timedelta(7), "Advent 2"), (date(2042, 12, 8), "Inmaculada"), (ADVENT1 + timedelta(14), "Advent 3"),
         (ADVENT1 + timedelta(21), "Advent 4"), (CHRISTMAS, "Navidad")]
assert [d.weekday() for d, _ in CAL10] == [6, 0, 6, 6, 3]


def day_en(day):
    return f"{EN_MONTHS[day.month - 1][:3]}. {day.day} ({EN[day.weekday()]})"


NAJ_PAGE = {
    "name": "mop_utf8_bom_crlf_mopan_chapel_page_thatch_roof_communal_work_advent_report_kicker_byline_dateline_caption_credit_running_head_elder_midquote_indent_only_four_spaces_dated_advent_calendar_mass_times_no_header_column_signature_runin_notices",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "    ",
    "blank": False,
    "note": "Southern Beacon 2042-12-03 Page 9 (an invented weekly of Toledo District, Belize; Mopan Maya text, English "
    "furniture), UTF-8 with BOM (`ä “ ” – ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 37 with "
    "hyphenation. A report of an (invented) chapel's thatched roof rebuilt by communal work and blessed on the first "
    f"Sunday of Advent, {ADVENT1} (computed; kicker `Fajina`, title over two lines, byline line `Tz'ib'aj: Petrona "
    f"Coc`, the dateline `SAN ANTONIO –`, a caption and its credit inside a sentence, the elder's “” quotation cut by "
    f"the running head before `Dios.”`; {MEN10} men, {DAYS10} days, {LEAVES10} leaves); then, after a blank line, the "
    "calendar `K'in ti' Dios` (dated rows, Advent Sundays and Christmas, computed); the Mass times `Misa ti' kaj` (**no "
    "header row**, four chapels, columns aligned by spaces); the priest's column `U t'an Pale` (kicker) signed at its "
    f"foot; three notices whose run-in heads end in `: ` (a choir rehearsal, an offering "
    f"{' + '.join(map(str, OFFER10))} = BZ${sum(OFFER10)}, a change of Mass hour).",
    "date": "2042-12-03", "page": "9",
    "head": [f"SOUTHERN BEACON · {english(DAY10)} · Page 9", "Faith & Village · Editor: Marcia Ramclam"],
    "foot": ["Southern Beacon · news@southernbeacon.example.bz"],
    "furniture": ["SOUTHERN BEACON", english(DAY10), "Page 9", "Faith & Village", "Editor: Marcia Ramclam",
                  "Southern Beacon · Faith & Village", "Southern Beacon", "news@southernbeacon.example.bz"],
    "run": ["Southern Beacon · Faith & Village"], "labels": [], "markup": [" · "] * 5 + [":"] * 3 + ["—"],
}
NAJ_PAGE["articles"] = [
    report(["Fajina", "U naj Dios ti' Santa Marta", "a'ax u yak'il u pak'", "Tz'ib'aj: Petrona Coc"],
           "U naj Dios ti' Santa Marta a'ax u yak'il u pak'", ["Tz'ib'aj: Petrona Coc", "Petrona Coc"],
           ["Winik tu mek'ik xa'an ti' u pak'."], ["Foto: Ignacio Bol"],
           [syl(f"SAN ANTONIO – {MEN10} winik ti' kaj tu meyajob {DAYS10} k'in ti' fajina, tu mentajob u pak' u naj "
                f"Dios ti' Santa Marta yetel {LEAVES10} xa'an; u kapilla Santa Marta tu k'amaj u bendicion ti' "
                "primera domingo de Adviento."),
            syl("Ko'olelob tu mentajob janal, {cap}palaläl tu k'ayob ti' u naj Dios."),
            syl("Alcalde Santiago Sho tu ya'laj: “U naj Dios a'ax u yak'il u meyaj kä kaj; le'ek'ex winik tu "
                "taseb u xa'an, kä'ä ka'an u naj {run}Dios.”"),
            syl("Catequista tu ya'laj, ti' Navidad yan u procesión ti' kaj, yetel marimba yetel velacion "
                "ti' u kapilla.")], kicker="Fajina"),
    calendar("K'in ti' Dios", [f"{day_en(d)}: {n}" for d, n in CAL10]),
    services("Misa ti' kaj", aligned([("Santa Marta", "9:00", "Wed 18:00"),
                                      ("San Pedro Ixb'en", "7:30", "Fri 17:00"),
                                      ("Santa Rita", "11:00", "Thu 18:00"),
                                      ("San Jose", "16:00", "Tue 17:30")])),
    column("U t'an Pale", "U pak' yetel u pixan",
           [syl("Ti' fajina tu yilaj kä kaj le'ek'ex winik tu meyajob tu jun t'an. Adviento a'ax u k'in ti' "
                "palabra yetel ti' esperanza."),
            syl("Ba'ax tu mentaj u pak' u naj Dios, kä mentik ti' kä pixan: kä kanan kä wet kajal, kä "
                "k'amik u Niño Dios ti' kä naj.")],
           "— ", "Pale Anselmo Cho, parish priest",
           ["Pale Anselmo Cho", "Anselmo Cho"]),
    *notices([
        ("K'ay ti' Dios", syl("Coro ti' kapilla tu k'ay ti' Jueves, 18:00, ti' u Misa de Gallo.")),
        ("Ofrenda", syl(f"Ti' ox domingo, u ofrenda a'ax BZ${sum(OFFER10)}, ti' u meyaj u kapilla.")),
        ("Misa", syl(f"Tali' ti' {day_en(HOURS10)}, u Misa ti' Santa Marta 8:30 ti' domingo.")),
    ], ": "),
]


PAGES = [TEMPLE_PAGE, EASTER_PAGE, SHRINE_PAGE, CROSS_PAGE, BOW_PAGE, MOSQUE_PAGE, MASIGI_PAGE, PASKAH_PAGE, WITZ_PAGE,
         NAJ_PAGE]
