"""The text of every holdout139 page, written once: make_holdout139_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-137 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()`. Day lengths, moon-phase order, almanac days,
moonrise times, auspicious days, low-tide windows, sunrise and sunset, planet rows, holiday weekdays and meteor
nights are computed here from the figures they rest on, and the weekdays from the dates. All papers, figures,
people, sums, telephone numbers and events are invented; real places are settings only.
"""

from datetime import date, timedelta

WEEKDAYS_ZH = "一二三四五六日"


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def md(day):
    return f"{day.month}月{day.day}日"


def hm(minutes):
    return f"{minutes // 60}:{minutes % 60:02d}"


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# 1. Winter solstice: the shortest day; sunrise, sunset and day length round it.
DAY1 = date(2039, 12, 21)
SUN1 = [(date(2039, 12, 21), 7 * 60 + 31, 17 * 60 + 2), (date(2039, 12, 22), 7 * 60 + 32, 17 * 60 + 2),
        (date(2039, 12, 23), 7 * 60 + 32, 17 * 60 + 3), (date(2039, 12, 24), 7 * 60 + 33, 17 * 60 + 4)]
LEN1 = [s - r for _, r, s in SUN1]
SHORT1 = SUN1[LEN1.index(min(LEN1))][0]
assert SHORT1 == date(2039, 12, 22) == DAY1 + timedelta(days=1) and LEN1.count(min(LEN1)) == 1


def daylen(m):
    return f"{m // 60}小时{m % 60}分"


SOLSTICE_PAGE = {
    "name": "zh_gbk_crlf_almanac_page_winter_solstice_shortest_day_story_byline_caption_credit_running_head_midquote_glued_day_length_table_header_row_sunrise_sunset_clock_cells_hours_minutes_cells_solstice_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沅川晚报 2039-12-21 第14版 时令, GBK, CRLF; blank-line paragraphs, wrapped at 22. An almanac page: tomorrow "
    "is the winter solstice, the year's shortest day (title with a full-width gap, byline line `本报记者　祁　岚`, a "
    "caption and credit inside a sentence, a quotation cut by the running head before `长了。”`), then, glued, **the "
    "table `冬至前后昼长`: header row `日期　日出　日落　昼长`, four rows `12月22日　7:32　17:02　9小时30分` (day "
    f"length computed), and a solstice row `冬至：{md(SHORT1)}`**.",
    "date": "2039-12-21", "page": "14",
    "head": [f"沅川晚报　　2039年12月21日　{weekday(DAY1)}", "第14版　时令　　责任编辑：柯　沂"],
    "foot": ["沅川晚报社出版　　新闻热线：0745-3128604"],
    "furniture": ["沅川晚报", "2039年12月21日", weekday(DAY1), "第14版", "时令", "责任编辑：柯　沂", "沅川晚报·时令",
                  "沅川晚报社出版", "新闻热线：0745-3128604"],
    "run": ["沅川晚报·时令"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["明日冬至　白天只有九个半小时", "本报记者　祁　岚"], "title": "明日冬至　白天只有九个半小时",
         "byline": ["本报记者　祁　岚", "祁　岚", "祁岚"],
         "captions": ["市民在江边看冬日落日。"], "credits": ["（本报记者　祁　岚　摄）"],
         "body": [f"明天是冬至，本市白天只有{daylen(min(LEN1))}，是一年中最短的一天。",
                  "市天文爱好者协会说，冬至前后几天日落时间几乎不变，{cap}日出却一天比一天晚。",
                  "协会会长蒲立新说，“过了冬至，白天每天长一点点，到春节前后就能明显感觉天"
                  "{run}长了。”"]},
        {"glued": True, "lines": ["冬至前后昼长"], "title": "冬至前后昼长",
         "body": [("row", "日期　日出　日落　昼长")]
         + [("row", f"{md(d)}　{hm(r)}　{hm(s)}　{daylen(s - r)}") for d, r, s in SUN1]
         + [("row", f"冬至：{md(SHORT1)}")]},
    ],
}

# 2. The month's moon phases: new, first quarter, full, last quarter, with date and clock time.
RARE = "\u3e3d"  # 㸽, CJK Extension A: in GB18030, not in GBK
PHASES2 = [("新月", date(2039, 11, 6), "14:21"), ("上弦", date(2039, 11, 13), "09:47"),
           ("满月", date(2039, 11, 21), "03:15"), ("下弦", date(2039, 11, 28), "22:08")]
assert all(PHASES2[i][1] < PHASES2[i + 1][1] for i in range(3))
assert all(6 <= (PHASES2[i + 1][1] - PHASES2[i][1]).days <= 8 for i in range(3))
DAY2 = date(2039, 11, 2)

MOON_PAGE = {
    "name": "zh_gb18030_lf_night_sky_page_november_moon_phases_story_byline_rare_char_in_astronomer_name_caption_credit_running_head_midquote_indent_only_glued_moon_phase_table_header_row_phase_name_cells_date_weekday_cells_clock_cells_perigee_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"漪阳日报 2039-11-02 第8版 星空 (`{RARE}` U+3E3D in the astronomer's name `雍{RARE}`; in GB18030, not in GBK), "
    "GB18030, LF; indent-only, wrapped at 21. A night-sky page: this month's full moon is the year's closest (title with "
    "a full-width gap, byline line `本报记者　汤　屿`, a caption and credit inside a sentence, a quotation cut by the "
    "running head before `一点。”`), then, glued, **the table `十一月月相`: header row `月相　日期　时刻`, four rows "
    "`上弦　11月13日（星期日）　09:47` (weekdays computed), and a perigee row `近地点：11月20日`**.",
    "date": "2039-11-02", "page": "8",
    "head": [f"漪阳日报　　2039年11月2日　{weekday(DAY2)}", "第8版　星空　　责任编辑：庞　晗"],
    "foot": ["漪阳日报社　　新闻热线：0736-5290417"],
    "furniture": ["漪阳日报", "2039年11月2日", weekday(DAY2), "第8版", "星空", "责任编辑：庞　晗", "漪阳日报·星空",
                  "漪阳日报社", "新闻热线：0736-5290417"],
    "run": ["漪阳日报·星空"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["本月满月离地球最近　看起来更大更亮", "本报记者　汤　屿"], "title": "本月满月离地球最近　看起来更大更亮",
         "byline": ["本报记者　汤　屿", "汤　屿", "汤屿"],
         "captions": ["天文台的望远镜对准东方低空。"], "credits": ["（本报记者　汤　屿　摄）"],
         "body": [f"{md(PHASES2[2][1])}凌晨的满月是今年离地球最近的一次，月亮看上去比平时大一些，也更亮。",
                  "市天文台说，满月前一天月亮刚过近地点，{cap}当晚天气晴好的话，在城外就能看清月面。",
                  f"天文台研究员雍{RARE}说，“月亮刚升起时贴近地平线，对比楼房和树木，会觉得它又大了"
                  "{run}一点。”"]},
        {"glued": True, "lines": ["十一月月相"], "title": "十一月月相",
         "body": [("row", "月相　日期　时刻")]
         + [("row", f"{name}　{md(d)}（{weekday(d)}）　{t}") for name, d, t in PHASES2]
         + [("row", f"近地点：{md(PHASES2[2][1] - timedelta(days=1))}")]},
    ],
}

# 3. Taiwan: a temple hands out farmers' almanacs; this week's almanac days, what each is good and bad for.
DAY3 = date(2039, 4, 15)
WEEK3 = [(date(2039, 4, 18), "祭祀、入宅", "動土"), (date(2039, 4, 19), "嫁娶、出行", "安葬"),
         (date(2039, 4, 20), "開市、交易", "嫁娶"), (date(2039, 4, 21), "諸事不宜", "")]
assert WEEK3[0][0].weekday() == 0 and all(WEEK3[i][0] + timedelta(days=1) == WEEK3[i + 1][0] for i in range(3))
WD3 = "一二三四五六日"


def almanac_row(d, good, bad):
    cells = f"{md(d)}（{WD3[d.weekday()]}）"
    return cells + (f"　宜：{good}　忌：{bad}" if bad else f"　{good}")


ALMANAC_PAGE = {
    "name": "zht_big5_crlf_taiwan_almanac_page_temple_farmers_almanac_giveaway_story_byline_caption_credit_running_head_midquote_glued_weekly_almanac_list_header_row_date_weekday_cells_good_for_bad_for_cells_enumeration_comma_source_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "瀚嘉日報 2039-04-15 B5 生活 (`中華民國128年4月15日`, Taiwan, Changhua), Big5, CRLF; blank-line, wrapped at 20. An "
    "almanac page: a temple prints 20,000 free farmers' almanacs (title with a full-width gap, byline `記者莊沛晴／彰化報導`, "
    "a caption and credit inside a sentence, a 「」 quotation cut by the running head before `一本。」`), then, glued, "
    "**the list `下週農民曆`: header row `日期　宜　忌`, four rows `4月18日（一）　宜：祭祀、入宅　忌：動土` (the last "
    "`4月21日（四）　諸事不宜`, one cell with neither `宜` nor `忌`), and a source row `資料來源：廟方農民曆`**.",
    "date": "2039-04-15", "page": "B5",
    "head": [f"瀚嘉日報　中華民國128年4月15日　{weekday(DAY3)}", "B5　生活　　編輯：溫婉婷"],
    "foot": ["瀚嘉日報社　讀者服務專線：(04)2736-1590"],
    "furniture": ["瀚嘉日報", "中華民國128年4月15日", weekday(DAY3), "B5", "生活", "編輯：溫婉婷", "瀚嘉日報．生活",
                  "瀚嘉日報社", "讀者服務專線：(04)2736-1590"],
    "run": ["瀚嘉日報．生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["廟方加印農民曆　兩萬本免費索取", "記者莊沛晴／彰化報導"], "title": "廟方加印農民曆　兩萬本免費索取",
         "byline": ["記者莊沛晴／彰化報導", "莊沛晴"],
         "captions": ["信眾在廟埕排隊領取農民曆。"], "credits": ["（廟方提供）"],
         "body": ["鎮上一座百年老廟今年加印兩萬本農民曆，即日起免費索取，每人限領一本。",
                  "廟方主委鍾明達說，長輩看日子還是習慣翻書，{cap}今年特別把字體放大。",
                  "一早就來排隊的阿嬤說，「家裡每年都要一本，看好日子才出門，孫子也幫我多拿"
                  "{run}一本。」"]},
        {"glued": True, "lines": ["下週農民曆"], "title": "下週農民曆",
         "body": [("row", "日期　宜　忌")] + [("row", almanac_row(*w)) for w in WEEK3]
         + [("row", "資料來源：廟方農民曆")]},
    ],
}

# 4. Hong Kong: a supermoon; moonrise times over four nights and how much of the moon is lit.
DAY4 = date(2039, 11, 17)
RISE4 = [(date(2039, 11, 19), 17 * 60 + 2, 97), (date(2039, 11, 20), 17 * 60 + 41, 100),
         (date(2039, 11, 21), 18 * 60 + 22, 99), (date(2039, 11, 22), 19 * 60 + 5, 95)]
assert all(RISE4[i + 1][1] - RISE4[i][1] in range(35, 45) for i in range(3))
FULL4 = max(RISE4, key=lambda r: r[2])[0]
assert FULL4 == PHASES2[2][1] - timedelta(days=1) and FULL4.weekday() == 6

MOONRISE_PAGE = {
    "name": "zht_big5hkscs_lf_hong_kong_night_sky_page_supermoon_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_moonrise_table_header_row_date_cells_moonrise_clock_cells_percent_lit_cells_direction_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "灃港日報 2039-11-17 C4 消閒 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 冇 啲`), LF; indent-only, wrapped at 20. A "
    "night-sky page in Cantonese: Sunday's supermoon, the full moon of page 2's table seen the evening before (title with a full-width gap, byline `記者　麥詠琪`, a caption "
    "and credit inside a sentence, a 「」 quotation cut by the running head before `啲。」`), then, glued, **the table "
    "`月出時間`: header row `日期　月出　月面照亮`, four rows `11月20日　17:41　100%` (each moonrise 35 to 45 minutes "
    "later, asserted), and a direction row `方向：東南偏東`**.",
    "date": "2039-11-17", "page": "C4",
    "head": [f"灃港日報　2039年11月17日　{weekday(DAY4)}", "C4　消閒　　編輯：岑家慧"],
    "foot": ["灃港日報社　　新聞熱線：2915 3068"],
    "furniture": ["灃港日報", "2039年11月17日", weekday(DAY4), "C4", "消閒", "編輯：岑家慧", "灃港日報．消閒", "灃港日報社",
                  "新聞熱線：2915 3068"],
    "run": ["灃港日報．消閒"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["超級月亮星期日現身　海邊睇最靚", "記者　麥詠琪"], "title": "超級月亮星期日現身　海邊睇最靚",
         "byline": ["記者　麥詠琪", "麥詠琪"],
         "captions": ["市民喺海旁影月亮升起。"], "credits": ["（麥詠琪攝）"],
         "body": [f"今年最大嘅滿月{md(FULL4)}晚出現，月亮會喺傍晚五點幾由東南面海上升起。",
                  "天文學會話，月出嗰陣月亮貼近海面，{cap}睇落會大過平時，冇咗大廈擋住就最好。",
                  "學會幹事龐志恆話，「唔使望遠鏡，帶部手機去海邊就得，早啲霸位睇得清楚"
                  "{run}啲。」"]},
        {"glued": True, "lines": ["月出時間"], "title": "月出時間",
         "body": [("row", "日期　月出　月面照亮")]
         + [("row", f"{md(d)}　{hm(t)}　{p}%") for d, t, p in RISE4]
         + [("row", "方向：東南偏東")]},
    ],
}

# 5. Malaysia: Chinese New Year 2040 (1 Feb lunar = 2040-02-12); shop-opening lucky hours from a tongshu.
DAY5 = date(2040, 2, 10)
NEWYEAR5 = date(2040, 2, 12)
assert NEWYEAR5.weekday() == 6
LUNAR5 = "初一初二初三初四初五初六初七初八初九初十"
LUCKY5 = [(4, "7:00-9:00"), (6, "9:00-11:00"), (8, "7:00-9:00"), (10, "11:00-13:00")]


def lunar(n):
    return LUNAR5[2 * (n - 1): 2 * n]


LUCKY_PAGE = {
    "name": "zh_utf8_bom_crlf_malaysia_almanac_page_new_year_shop_opening_lucky_hours_story_byline_caption_credit_running_head_midquote_glued_lucky_hours_table_header_row_lunar_day_cells_date_weekday_cells_hour_range_cells_source_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "槟城南报 2040-02-10 第12版 民俗 (Malaysia, George Town), UTF-8 with BOM, CRLF; blank-line, wrapped at 21. An "
    "almanac page: shopkeepers pick the day to reopen after the New Year from the tongshu (title with a full-width gap, "
    "byline `记者　涂美玲`, a caption and credit inside a sentence, a “” quotation cut by the running head before "
    "`安心。”`), then, glued, **the table `开市吉时`: header row `农历　日期　吉时`, four rows `初四　2月15日（三）　"
    "7:00-9:00` (short weekday in brackets) (lunar day from New Year's day 2040-02-12, computed), and a source row `资料来源：《庚申年通书》`**.",
    "date": "2040-02-10", "page": "12",
    "head": [f"槟城南报　　2040年2月10日　{weekday(DAY5)}", "第12版　民俗　　编辑：骆嘉欣"],
    "foot": ["槟城南报　　读者热线：04-2618 372"],
    "furniture": ["槟城南报", "2040年2月10日", weekday(DAY5), "第12版", "民俗", "编辑：骆嘉欣", "槟城南报·民俗", "槟城南报",
                  "读者热线：04-2618 372"],
    "run": ["槟城南报·民俗"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["翻通书挑开市日　店家初四最抢手", "记者　涂美玲"], "title": "翻通书挑开市日　店家初四最抢手",
         "byline": ["记者　涂美玲", "涂美玲"],
         "captions": ["店员在店门贴上新春对联。"], "credits": ["（涂美玲摄）"],
         "body": [f"农历新年{md(NEWYEAR5)}到来，不少商家照老规矩翻通书，挑一个吉日吉时重新开市。",
                  "乔治市一家金铺老板说，初四的吉时在早上，{cap}很多店家都会提早到店拜神。",
                  "经营杂货店三十年的戴文辉说，“年年都看通书，开市的时间对了，做起生意来比较"
                  "{run}安心。”"]},
        {"glued": True, "lines": ["开市吉时"], "title": "开市吉时",
         "body": [("row", "农历　日期　吉时")]
         + [("row", f"{lunar(n)}　{md(NEWYEAR5 + timedelta(days=n - 1))}（{WEEKDAYS_ZH[(NEWYEAR5 + timedelta(days=n - 1)).weekday()]}）　{h}")
            for n, h in LUCKY5]
         + [("row", "资料来源：《庚申年通书》")]},
    ],
}

# 6. A beach town's low-tide mornings for shore gathering: dates, low-water windows and tide heights.
DAY6 = date(2039, 7, 20)
LOW6 = [(date(2039, 7, 22), 6 * 60 + 10, 30), (date(2039, 7, 23), 6 * 60 + 55, 20),
        (date(2039, 7, 24), 7 * 60 + 40, 20), (date(2039, 7, 25), 8 * 60 + 25, 40)]
assert all(LOW6[i + 1][1] - LOW6[i][1] == 45 for i in range(3))


def window(low):
    return f"{hm(low - 90)}-{hm(low + 60)}"


TIDE_PAGE = {
    "name": "zh_utf16be_bom_cr_tides_page_shore_gathering_low_tide_mornings_story_byline_caption_credit_running_head_midquote_indent_only_glued_low_tide_window_table_header_row_time_window_cells_tide_height_metre_cells_warning_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "浔海日报 2039-07-20 第5版 潮汐, UTF-16 BE with BOM, CR; indent-only, wrapped at 22. A tides page: the low tides "
    "fall in the morning this weekend, good for shore gathering (title with a full-width gap, byline "
    "`本报记者　葛　澜`, a caption and credit inside a sentence, a “” quotation cut by the running head before "
    "`上岸。”`), then, glued, **the table `赶海时段`: header row `日期　适宜时段　最低潮高`, four rows "
    "`7月22日　4:40-7:10　0.3米` (the window from 90 minutes before low water to 60 after, computed), and a warning "
    "row `涨潮前请上岸`**.",
    "date": "2039-07-20", "page": "5",
    "head": [f"浔海日报　　2039年7月20日　{weekday(DAY6)}", "第5版　潮汐　　责任编辑：喻　帆"],
    "foot": ["浔海日报社　　新闻热线：0596-7714026"],
    "furniture": ["浔海日报", "2039年7月20日", weekday(DAY6), "第5版", "潮汐", "责任编辑：喻　帆", "浔海日报·潮汐",
                  "浔海日报社", "新闻热线：0596-7714026"],
    "run": ["浔海日报·潮汐"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["周末清晨大退潮　赶海趁早出门", "本报记者　葛　澜"], "title": "周末清晨大退潮　赶海趁早出门",
         "byline": ["本报记者　葛　澜", "葛　澜", "葛澜"],
         "captions": ["孩子们在礁石间找小螃蟹。"], "credits": ["（本报记者　葛　澜　摄）"],
         "body": ["本周末起连续四天的低潮都在早上，是今夏赶海最好的几天，最低潮高只有0.2米。",
                  "市海洋站提醒，低潮后潮水涨得很快，{cap}礁石区离岸较远，要留足回程时间。",
                  "在海边住了四十年的渔民卜长根说，“捡得高兴就忘了看水，潮一上来，礁石中间就不好"
                  "{run}上岸。”"]},
        {"glued": True, "lines": ["赶海时段"], "title": "赶海时段",
         "body": [("row", "日期　适宜时段　最低潮高")]
         + [("row", f"{md(d)}　{window(t)}　{h // 100}.{h % 100 // 10}米") for d, t, h in LOW6]
         + [("row", "涨潮前请上岸")]},
    ],
}

# 7. Tangkhul (Ukhrul, Manipur): the week's sunrise and sunset, by weekday; the day's length on Sunday.
DAY7 = date(2039, 6, 8)
SUN7 = [(DAY7 + timedelta(days=i), 4 * 60 + 21 - (i > 1), 18 * 60 + 15 + i // 2) for i in range(5)]
DAYS7 = ["Wed", "Thu", "Fri", "Sat", "Sun"]
assert [d.strftime("%a") for d, _, _ in SUN7] == DAYS7
LONG7 = SUN7[-1][2] - SUN7[-1][1]

SUNRISE_PAGE = {
    "name": "nmf_cp1252_crlf_tangkhul_almanac_page_ukhrul_early_sunrise_story_byline_dateline_caption_credit_running_head_midquote_glued_sunrise_sunset_table_header_row_weekday_abbreviation_cells_clock_cells_day_length_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ukhrul Khararchan (an invented Tangkhul weekly, Ukhrul, Manipur, India) 2039-06-08 Page 6 Almanac, cp1252 "
    "(`“ ” –`), CRLF; blank-line, wrapped at 38 with hyphenation. A Tangkhul almanac page: the sun rises before half "
    "past four near midsummer (title over two lines, byline `Kazing: Ningreishang Keishing`, dateline `UKHRUL –`, a "
    "caption and credit inside a sentence, a “” quotation cut by the running head before `kahai.”`), then, glued, "
    "**the table `Zimik Thot`: header row `Tharan Thot Tang`, five rows `Wed 04:21 18:15` (weekday abbreviations "
    f"computed), and a day-length row `Sunday: 13 h {LONG7 % 60} min`**.",
    "date": "2039-06-08", "page": "6",
    "head": [f"UKHRUL KHARARCHAN · {english(DAY7)} · Page 6", "Almanac · Editor: Somi Shaiza"],
    "foot": ["Ukhrul Khararchan · khararchan@ukhrul.example.in"],
    "furniture": ["UKHRUL KHARARCHAN", english(DAY7), "Page 6", "Almanac", "Editor: Somi Shaiza",
                  "Ukhrul Khararchan · Almanac", "Ukhrul Khararchan", "khararchan@ukhrul.example.in"],
    "run": ["Ukhrul Khararchan · Almanac"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Zimik thotsang", "kaphaning ngasoda", "Kazing: Ningreishang Keishing"],
         "title": "Zimik thotsang kaphaning ngasoda",
         "byline": ["Kazing: Ningreishang Keishing", "Ningreishang Keishing"],
         "captions": ["Shirui kong eina zimik thot."], "credits": ["Photo: Wungreiso Ramsang"],
         "body": ["UKHRUL – Ka~tha~ra zi~mik thot~sang ka~pha~ning nga~so~da, Uk~hrul~li "
                  "zi~mik 04:20 thot~kha~va a~ka~sang kha~ra~ra ma~tha~ra.",
                  "A~na~ra a~ngai~na kha~ra~ra ram~ma~ri~li sa~ra~ta, {cap}zi~mik mang "
                  "kha~ra~ra kha~tham~ma.",
                  "Ka~tha~ra ka~pha~ning~sha, Luithui Shimray, ha~ka~ta: “Ku~ila ka~pha~ning "
                  "zi~mik ka~shang~li ra~kha~ra, ram~ma~ri ngai~tha~ra {run}kahai.”"]},
        {"glued": True, "lines": ["Zimik Thot"], "title": "Zimik Thot",
         "body": [("row", ramp((7, 7, 7), "Tharan", "Thot", "Tang"))]
         + [("row", ramp((7, 7, 7), a, hhmm(r), hhmm(s))) for a, (_, r, s) in zip(DAYS7, SUN7)]
         + [("row", f"Sunday: {LONG7 // 60} h {LONG7 % 60} min")]},
    ],
}

# 8. Kelabit (Bario, Sarawak): planets in the evening sky this month; where to look and when they set.
DAY8 = date(2039, 8, 10)
PLANETS8 = [("Venus", "barat", 19 * 60 + 55), ("Marikh", "barat daya", 21 * 60 + 10),
            ("Musytari", "selatan", 2 * 60 + 5), ("Zuhal", "tenggara", 4 * 60 + 30)]
assert [(t - 12 * 60) % (24 * 60) for *_, t in PLANETS8] == sorted((t - 12 * 60) % (24 * 60) for *_, t in PLANETS8)

PLANET_PAGE = {
    "name": "kzi_latin1_lf_kelabit_night_sky_page_bario_planets_evening_sky_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_planet_list_header_row_compass_direction_cells_setting_clock_cells_best_night_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Bario Ngimat (an invented Kelabit weekly, Bario, Sarawak, Malaysia) 2039-08-10 Page 9 Night Sky, Latin-1 "
    "(`é « » ·`), LF; **indent-only with two spaces**, wrapped at 38 with hyphenation. A Kelabit night-sky page: four "
    "planets seen from the dark highlands (title over two lines, byline `Nukenen: Ruth Pengiran`, dateline `BARIO -` "
    "with an ASCII hyphen, a caption and credit inside a sentence, a «» quotation cut by the running head before "
    "`ngimat.»`), then, glued, **the list `Bitueh Ngimat`: header row `Bitueh Arah Lebpeh`, four rows "
    "`Marikh barat daya 21:10` (a two-word compass cell), and a best-night row `Malem mado: 24 Ogos`**.",
    "date": "2039-08-10", "page": "9",
    "head": [f"BARIO NGIMAT · {english(DAY8)} · Page 9", "Night Sky · Editor: Stephen Balang"],
    "foot": ["Bario Ngimat · ngimat@bario.example.my"],
    "furniture": ["BARIO NGIMAT", english(DAY8), "Page 9", "Night Sky", "Editor: Stephen Balang",
                  "Bario Ngimat · Night Sky", "Bario Ngimat", "ngimat@bario.example.my"],
    "run": ["Bario Ngimat · Night Sky"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Epat bitueh", "mecah ngimat Bario", "Nukenen: Ruth Pengiran"],
         "title": "Epat bitueh mecah ngimat Bario",
         "byline": ["Nukenen: Ruth Pengiran", "Ruth Pengiran"],
         "captions": ["Anak sekulah ngenah bitueh."], "credits": ["Foto: Daniel Raja"],
         "body": ["BARIO - Ulan i~ne~h, e~pat bi~tu~eh ngu~lun é~bpuh ngi~mat Ba~ri~o, "
                  "i~ne~h la~ak ma~deng ngi~mat ma~ta~bing.",
                  "Ve~nus ma~ra~ya ne~nga~bi~ka ru~yung ba~rat, {cap}la~ak Mu~sy~ta~ri "
                  "me~tu~tu se~la~tan.",
                  "Gu~ru se~ku~lah, Paul Lawai, u~ih: «Ngi~mat Ba~ri~o é~bpuh, ke~ti~ke "
                  "ti~ga ngi~mat ra~yeh ne~mu~ku, i~ne~h ka~naan {run}ngimat.»"]},
        {"glued": True, "lines": ["Bitueh Ngimat"], "title": "Bitueh Ngimat",
         "body": [("row", ramp((10, 12, 8), "Bitueh", "Arah", "Lebpeh"))]
         + [("row", ramp((10, 12, 8), p, a, hhmm(t))) for p, a, t in PLANETS8]
         + [("row", "Malem mado: 24 Ogos")]},
    ],
}

# 9. Ibanag (Tuguegarao, Cagayan): the month's holidays and the days offices close; weekdays computed.
DAY9 = date(2039, 4, 5)
HOL9 = [(date(2039, 4, 7), "Huwebes Santo"), (date(2039, 4, 8), "Biernes Santo"),
        (date(2039, 4, 9), "Aggaw na Kasaddian"), (date(2039, 4, 30), "Piesta na Ili")]
WD9 = ["Lun", "Mar", "Mye", "Hwe", "Bye", "Sab", "Dom"]
assert HOL9[0][0].weekday() == 3 and HOL9[1][0].weekday() == 4
CLOSED9 = sum(1 for d, _ in HOL9 if d.weekday() < 5)

HOLIDAY_PAGE = {
    "name": "ibg_utf8_cr_ibanag_calendar_page_tuguegarao_holy_week_holidays_story_byline_dateline_caption_credit_running_head_midquote_glued_holiday_list_header_row_day_month_cells_weekday_abbreviation_cells_office_days_closed_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Tuguegarao Kagian (an invented Ibanag weekly, Tuguegarao, Cagayan, Philippines) 2039-04-05 Page 3 Calendar, "
    "UTF-8 without BOM (`“ ” – ·`), CR; blank-line, wrapped at 38 with hyphenation. An Ibanag calendar page: the "
    "month's holidays fall on Holy Week (title over two lines, byline `Nangsurat: Rosario Mabbayad`, dateline "
    "`TUGUEGARAO –`, a caption and credit inside a sentence, a “” quotation cut by the running head before "
    "`ili.”`), then, glued, **the list `Aggaw na Pahinga`: header row `Aggaw Ngagan`, four rows `7 Abr Hwe Huwebes "
    f"Santo` (weekday abbreviations computed), and a row `Sarrado i opisina: {CLOSED9} aggaw` (weekdays counted)**.",
    "date": "2039-04-05", "page": "3",
    "head": [f"TUGUEGARAO KAGIAN · {english(DAY9)} · Page 3", "Calendar · Editor: Ramon Baggayan"],
    "foot": ["Tuguegarao Kagian · kagian@tuguegarao.example.ph"],
    "furniture": ["TUGUEGARAO KAGIAN", english(DAY9), "Page 3", "Calendar", "Editor: Ramon Baggayan",
                  "Tuguegarao Kagian · Calendar", "Tuguegarao Kagian", "kagian@tuguegarao.example.ph"],
    "run": ["Tuguegarao Kagian · Calendar"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Appat nga aggaw", "na pahinga ta Abril", "Nangsurat: Rosario Mabbayad"],
         "title": "Appat nga aggaw na pahinga ta Abril",
         "byline": ["Nangsurat: Rosario Mabbayad", "Rosario Mabbayad"],
         "captions": ["Tolay ta simbaan ta Tuguegarao."], "credits": ["Litrato: Noel Tamayao"],
         "body": ["TUGUEGARAO – Ta bu~lan na Ab~ril, ap~pat nga ag~gaw na pa~hi~nga, "
                  "ta~llu ta Se~ma~na San~ta, an~tu ta ma~ri~ri nga ag~gaw ta pi~es~ta.",
                  "Ma~sa~rra~do i o~pi~si~na na go~bi~er~no, {cap}ngem ma~bu~kaq i "
                  "mer~ka~do ta ma~ri~ri nga ag~gaw.",
                  "I me~ya~ru ta ili, Jose Addatu, ku~na: “Ma~ba~ya~ga~ya~k ta~ngu ngamin "
                  "nga tolay nga um~ma~y ta pi~es~ta na {run}ili.”"]},
        {"glued": True, "lines": ["Aggaw na Pahinga"], "title": "Aggaw na Pahinga",
         "body": [("row", ramp((11, 22), "Aggaw", "Ngagan"))]
         + [("row", ramp((11, 22), f"{d.day} Abr {WD9[d.weekday()]}", n)) for d, n in HOL9]
         + [("row", f"Sarrado i opisina: {CLOSED9} aggaw")]},
    ],
}

# 10. Kankanaey (Sagada): a meteor shower's nights; meteors an hour at their best; when to look.
DAY10 = date(2039, 12, 7)
NIGHTS10 = [("11–12 Dis", 40), ("12–13 Dis", 90), ("13–14 Dis", 120), ("14–15 Dis", 60)]
PEAK10 = max(NIGHTS10, key=lambda n: n[1])[0]
assert PEAK10 == "13–14 Dis"

METEOR_PAGE = {
    "name": "kne_utf16le_bom_lf_kankanaey_night_sky_page_sagada_meteor_shower_nights_story_byline_dateline_caption_credit_running_head_midquote_glued_meteor_night_list_header_row_en_dash_night_span_cells_per_hour_cells_best_hour_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Sagada Tawid (an invented Kankanaey weekly, Sagada, Mountain Province, Philippines) 2039-12-07 Page 11 Sky, "
    "UTF-16 LE with BOM (`“ ” – ·`), LF; blank-line, wrapped at 36 with hyphenation. A Kankanaey night-sky page: a "
    "December meteor shower seen from the hills (title over two lines, byline `Insolat: Grace Dalisdis`, dateline "
    "`SAGADA –`, a caption and credit inside a sentence, a “” quotation cut by the running head before `lebi.”`), "
    "then, glued, **the list `Bitbitwen ay Lebi`: header row `Lebi Oras`, four rows of an en-dash night span and "
    f"meteors an hour (`{PEAK10} 120`, the best computed), and a best-hour row `Kasayaatan: 02:00`**.",
    "date": "2039-12-07", "page": "11",
    "head": [f"SAGADA TAWID · {english(DAY10)} · Page 11", "Sky · Editor: Marcos Bagtang"],
    "foot": ["Sagada Tawid · tawid@sagada.example.ph"],
    "furniture": ["SAGADA TAWID", english(DAY10), "Page 11", "Sky", "Editor: Marcos Bagtang",
                  "Sagada Tawid · Sky", "Sagada Tawid", "tawid@sagada.example.ph"],
    "run": ["Sagada Tawid · Sky"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Bitbitwen ay matnag", "isnan Disyembre", "Insolat: Grace Dalisdis"],
         "title": "Bitbitwen ay matnag isnan Disyembre",
         "byline": ["Insolat: Grace Dalisdis", "Grace Dalisdis"],
         "captions": ["Ipugaw ay mangkita'd tawid."], "credits": ["Litrato: Leo Pagkatipunan"],
         "body": [f"SAGADA – Is~nan {PEAK10.split()[0]} Di~syem~bre, ma~ki~ta~y a~dwan "
                  f"ay bit~bi~twen, {NIGHTS10[2][1]} is~nan es~a ay o~ras.",
                  "Ma~pi~ya ay man~ki~ta is~nan ta~wid ay a~di ma~si~lay, {cap}ay a~di "
                  "u~man~nay ma~ka~i~kad.",
                  "Si ma~es~tu~dyan, Peter Dapliyan, ki~na~na: “Un~ay a~dwan ay "
                  "bit~bi~twen no ma~pi~ya ay ka~wa~ka~wa~yan ay {run}lebi.”"]},
        {"glued": True, "lines": ["Bitbitwen ay Lebi"], "title": "Bitbitwen ay Lebi",
         "body": [("row", ramp((12, 8), "Lebi", "Oras"))]
         + [("row", ramp((12, 8), n, str(c))) for n, c in NIGHTS10]
         + [("row", "Kasayaatan: 02:00")]},
    ],
}

PAGES = [SOLSTICE_PAGE, MOON_PAGE, ALMANAC_PAGE, MOONRISE_PAGE, LUCKY_PAGE, TIDE_PAGE, SUNRISE_PAGE, PLANET_PAGE,
         HOLIDAY_PAGE, METEOR_PAGE]
