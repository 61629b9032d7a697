"""The text of every holdout137 page, written once: make_holdout137_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-135 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line); `("end", line)` a
printed line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `ramp()` (holdout126's to 135's). The start waves' times, the pace groups, the huts' beds, the trail
closures' dates, the water stations' spacing, the greenway's length, the trail's cumulative distances, the packing
list's count, the relay's kilometres and the fun run's start times are computed here from the figures they rest on,
and the weekdays from the dates. All papers, clubs, races, trails, huts, figures, people, sums, telephone numbers
and events are invented; real places are settings only.
"""

from datetime import date, timedelta

WEEKDAYS_ZH = "一二三四五六日"


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    """The Chinese weekday of a date, `星期三`."""
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    """The English weekday and date of a Latin masthead, `Wednesday 11.03.2037`."""
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def md(day):
    return f"{day.month}月{day.day}日"


def hm(minutes):
    return f"{minutes // 60}:{minutes % 60:02d}"


def tenths(n, sep="."):
    return f"{n // 10}{sep}{n % 10}"


# 1. A city half marathon puts its runners into four start waves by expected finishing time; the course closes.
GUN1 = 7 * 60 + 30
WAVES1 = [("A区", "1:40以内"), ("B区", "1:40-2:00"), ("C区", "2:00-2:30"), ("D区", "2:30以上")]
STARTS1 = [hm(GUN1 + 5 * i) for i in range(len(WAVES1))]
CLOSE1 = hm(GUN1 + 180)
assert STARTS1 == ["7:30", "7:35", "7:40", "7:45"] and CLOSE1 == "10:30"
RUNNERS1 = 8000
DAY1 = date(2039, 3, 18)

WAVE_PAGE = {
    "name": "zh_gbk_crlf_running_page_half_marathon_start_waves_story_byline_caption_credit_running_head_midquote_glued_start_wave_table_header_row_finish_time_band_cells_start_clock_cells_cutoff_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "涞州晚报 2039-03-18 第11版 体坛, GBK, CRLF; blank-line paragraphs, wrapped at 22. A running page: the city "
    f"half marathon sends its {RUNNERS1} runners off in {len(WAVES1)} start waves by expected finishing time (title with "
    "a full-width gap, the byline line `本报记者　鞠　航`, a caption and its credit inside a sentence, a runner's “” "
    "quotation cut by the running head before `挤了。”`), then, with no blank line, **the table `起跑分区`: a header "
    "row `分区　预计用时　起跑时间`, four rows of a wave letter (`A区`), a finishing-time band in h:mm with an ASCII "
    "hyphen or `以内`/`以上` (`1:40-2:00`) and a start clock time five minutes after the last (`7:35`, computed), and "
    f"a cut-off row `关门时间：{CLOSE1}` (three hours after the gun, computed)**; the table is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2039-03-18", "page": "11",
    "head": [f"涞州晚报　　2039年3月18日　{weekday(DAY1)}", "第11版　体坛　　责任编辑：桂　骁"],
    "foot": ["涞州晚报社出版　　新闻热线：0766-4219305"],
    "furniture": ["涞州晚报", "2039年3月18日", weekday(DAY1), "第11版", "体坛", "责任编辑：桂　骁", "涞州晚报·体坛",
                  "涞州晚报社出版", "新闻热线：0766-4219305"],
    "run": ["涞州晚报·体坛"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"半马明早鸣枪　{RUNNERS1}名跑者分{len(WAVES1)}区出发", "本报记者　鞠　航"],
         "title": f"半马明早鸣枪　{RUNNERS1}名跑者分{len(WAVES1)}区出发",
         "byline": ["本报记者　鞠　航", "鞠　航", "鞠航"],
         "captions": ["志愿者在起点拱门下摆放分区牌。"], "credits": ["（本报记者　鞠　航　摄）"],
         "body": [f"涞州半程马拉松明天早上{STARTS1[0]}鸣枪，今年{RUNNERS1}名跑者按报名时填写的预计用时分成"
                  f"{len(WAVES1)}个区，每隔五分钟放行一个区。",
                  "组委会说，分区出发是为了避开起点拥堵，{cap}跑者须按号码布上的字母进入本区。",
                  "去年第一次参赛的跑者阎晓帆说，“去年大家一起出发，头两公里根本跑不开，今年分了区应该不会那么"
                  "{run}挤了。”"]},
        {"glued": True, "lines": ["起跑分区"], "title": "起跑分区",
         "body": [("row", "分区　预计用时　起跑时间")]
         + [("row", f"{wave}　{band}　{start}") for (wave, band), start in zip(WAVES1, STARTS1)]
         + [("row", f"关门时间：{CLOSE1}")]},
    ],
}

# 2. A cycling club's weekend rides: four pace groups by average speed and distance; where they meet.
RARE = "\u3b0a"  # 㬊, CJK Extension A: in GB18030, not in GBK
GROUPS2 = [("A组", 30, 90), ("B组", 25, 70), ("C组", 20, 50), ("新手组", 15, 30)]
assert [g[1] for g in GROUPS2] == sorted((g[1] for g in GROUPS2), reverse=True)
assert all(km / speed <= 3 for _, speed, km in GROUPS2)
DAY2 = date(2039, 5, 26)

PACE_PAGE = {
    "name": "zh_gb18030_lf_cycling_page_club_weekend_rides_pace_groups_story_byline_rare_char_in_leader_name_caption_credit_running_head_midquote_indent_only_glued_pace_group_table_header_row_speed_unit_cells_km_cells_meeting_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"潆阳日报 2039-05-26 第7版 单车 (`{RARE}` U+3B0A, CJK Extension A, in the ride leader's name `眭{RARE}`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A cycling page: a city cycling club "
    f"splits its Saturday rides into {len(GROUPS2)} pace groups so beginners can join (title with a full-width gap, the "
    "byline line `本报记者　满　川`, a caption and its credit inside a sentence, the leader's “” quotation cut by the "
    "running head before `不丢人。”`), then, with no blank line, **the table `周六骑行分组`: a header row "
    "`组别　均速　距离`, four rows of a group, an average speed with a compound unit (`30公里/时`) and a distance "
    "(`90公里`), and a meeting row `集合：每周六6:30　南湖公园北门`**; the table is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2039-05-26", "page": "7",
    "head": [f"潆阳日报　　2039年5月26日　{weekday(DAY2)}", "第7版　单车　　责任编辑：栾　沛"],
    "foot": ["潆阳日报社　　新闻热线：0739-6625180"],
    "furniture": ["潆阳日报", "2039年5月26日", weekday(DAY2), "第7版", "单车", "责任编辑：栾　沛", "潆阳日报·单车",
                  "潆阳日报社", "新闻热线：0739-6625180"],
    "run": ["潆阳日报·单车"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"骑行俱乐部分{len(GROUPS2)}档配速　新手也能跟上", "本报记者　满　川"],
         "title": f"骑行俱乐部分{len(GROUPS2)}档配速　新手也能跟上",
         "byline": ["本报记者　满　川", "满　川", "满川"],
         "captions": ["新手组骑友在湖边公路上排成一列。"], "credits": ["（本报记者　满　川　摄）"],
         "body": [f"市骑行俱乐部从本周六起把周末骑行分成{len(GROUPS2)}个组，按均速和距离各走各的路线，"
                  "新手不用再担心被甩下。",
                  f"最快的A组均速{GROUPS2[0][1]}公里，一趟骑{GROUPS2[0][2]}公里，{{cap}}新手组只骑{GROUPS2[3][2]}公里，"
                  "中途还有两次休息。",
                  f"领队眭{RARE}骑车十二年，他说，“以前一起出发，慢的人骑得很累也不好意思说，现在先跟着新手组骑，"
                  "慢一点{run}不丢人。”"]},
        {"glued": True, "lines": ["周六骑行分组"], "title": "周六骑行分组",
         "body": [("row", "组别　均速　距离")]
         + [("row", f"{name}　{speed}公里/时　{km}公里") for name, speed, km in GROUPS2]
         + [("row", "集合：每周六6:30　南湖公园北门")]},
    ],
}

# 3. Taiwan: a national park opens the lottery for mountain-hut beds; the huts by altitude and beds; draw day.
HUTS3 = [("雲稜山屋", 2850, 48), ("翠池山屋", 3520, 24), ("松嶺山莊", 2310, 60), ("黑水塘山屋", 2980, 36)]
BEDS3 = sum(b for *_, b in HUTS3)
assert BEDS3 == 168
DAY3 = date(2039, 4, 12)
DRAW3 = date(2039, 4, 26)
assert DRAW3 > DAY3

HUT_PAGE = {
    "name": "zht_big5_cr_taiwan_hiking_page_mountain_hut_bed_lottery_story_byline_caption_credit_running_head_midquote_glued_hut_list_header_row_altitude_metre_cells_bed_cells_total_row_draw_date_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "潼海日報 2039-04-12 B3 休閒 (`中華民國128年4月12日`, Taiwan), Big5, CR; blank-line paragraphs, wrapped at 20. "
    f"A hiking page: a national park opens the lottery for {BEDS3} beds in {len(HUTS3)} mountain huts for the summer "
    "(title with a full-width gap, the byline line `記者涂品妤／南投報導`, a caption and its credit inside a sentence, a "
    "climber's 「」 quotation cut by the running head before `抽到。」`), then, with no blank line, **the list "
    "`山屋床位`: a header row `山屋　海拔　床位`, four rows of a hut, an altitude with its unit (`2850公尺`) and beds "
    f"(`48床`), a total row `合計　{BEDS3}床` (summed) and a draw-date row `抽籤日：{md(DRAW3)}`**; the list is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2039-04-12", "page": "B3",
    "head": [f"潼海日報　中華民國128年4月12日　{weekday(DAY3)}", "B3　休閒　　編輯：詹雅筑"],
    "foot": ["潼海日報社　讀者服務專線：(049)2273-518"],
    "furniture": ["潼海日報", "中華民國128年4月12日", weekday(DAY3), "B3", "休閒", "編輯：詹雅筑", "潼海日報．休閒",
                  "潼海日報社", "讀者服務專線：(049)2273-518"],
    "run": ["潼海日報．休閒"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"夏季山屋開放抽籤　{len(HUTS3)}座共{BEDS3}床", "記者涂品妤／南投報導"],
         "title": f"夏季山屋開放抽籤　{len(HUTS3)}座共{BEDS3}床",
         "byline": ["記者涂品妤／南投報導", "涂品妤"],
         "captions": ["登山客在雲稜山屋前整理背包。"], "credits": ["（國家公園管理處提供）"],
         "body": [f"國家公園管理處今天起開放夏季山屋床位抽籤，{len(HUTS3)}座山屋共{BEDS3}床，"
                  f"{md(DRAW3)}公開抽籤。",
                  f"海拔最高的翠池山屋只有{HUTS3[1][2]}床，{{cap}}每年都是最難抽的一座。",
                  "連續三年沒抽中的登山客甘志豪說，「今年找了六個朋友一起登記，總有一個人會"
                  "{run}抽到。」"]},
        {"glued": True, "lines": ["山屋床位"], "title": "山屋床位",
         "body": [("row", "山屋　海拔　床位")]
         + [("row", f"{name}　{alt}公尺　{beds}床") for name, alt, beds in HUTS3]
         + [("row", f"合計　{BEDS3}床"), ("row", f"抽籤日：{md(DRAW3)}")]},
    ],
}

# 4. Hong Kong: sections of a country trail close in turn for repairs; each section's dates and its detour.
CLOSE4 = [("第二段", date(2039, 6, 6), date(2039, 6, 19), "行水塘路"),
          ("第五段", date(2039, 6, 20), date(2039, 7, 10), "行引水道"),
          ("第七段", date(2039, 7, 11), date(2039, 7, 31), "冇替代路線")]
assert all(a < b for _, a, b, _ in CLOSE4)
assert all(CLOSE4[i][2] + timedelta(days=1) == CLOSE4[i + 1][1] for i in range(len(CLOSE4) - 1))
DAY4 = date(2039, 6, 2)


def span(a, b):
    return f"{md(a)}至{md(b)}"


CLOSURE_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_hiking_page_trail_sections_closed_for_repair_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_section_closure_list_header_row_date_span_cells_detour_cells_reopen_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "澧港日報 2039-06-02 C2 消閒 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 冇 啲`; in neither cp950 nor Big5), CRLF; "
    f"indent-only paragraphs, wrapped at 20. A hiking page in Cantonese: {len(CLOSE4)} sections of an invented country "
    "trail `鷹嶺徑` close in turn for repairs after the rains (title with a full-width gap, the byline line `記者　鄺穎琳`, "
    "a caption and its credit inside a sentence, a hiking leader's 「」 quotation cut by the running head before "
    "`返嚟。」`), then, with no blank line, **the list `鷹嶺徑封閉安排`: a header row `段數　封閉日期　改行`, three "
    "rows of a section (`第二段`), a date span `6月6日至6月19日` (each span starting the day after the last ends, "
    "asserted) and a detour or `冇替代路線`, and a reopening row `全線8月1日重開`**; the list is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2039-06-02", "page": "C2",
    "head": [f"澧港日報　2039年6月2日　{weekday(DAY4)}", "C2　消閒　　編輯：冼卓欣"],
    "foot": ["澧港日報社　　新聞熱線：2831 6097"],
    "furniture": ["澧港日報", "2039年6月2日", weekday(DAY4), "C2", "消閒", "編輯：冼卓欣", "澧港日報．消閒", "澧港日報社",
                  "新聞熱線：2831 6097"],
    "run": ["澧港日報．消閒"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["鷹嶺徑分段維修　第七段冇路可改", "記者　鄺穎琳"], "title": "鷹嶺徑分段維修　第七段冇路可改",
         "byline": ["記者　鄺穎琳", "鄺穎琳"],
         "captions": ["工人喺第二段修補被雨水沖爛嘅石級。"], "credits": ["（鄺穎琳攝）"],
         "body": [f"上個月連場大雨沖爛咗鷹嶺徑幾段石級，漁護部門由下星期起分{len(CLOSE4)}段輪流封閉維修，"
                  "成條路8月1日重開。",
                  "第二段同第五段都可以改行水塘路或者引水道，{cap}第七段就冇替代路線，行山人士要留意。",
                  "帶隊行咗二十年山嘅甘Sir話，「好多人鍾意週末行第七段睇日落，呢個暑假就唔好去喇，等修好先再"
                  "{run}返嚟。」"]},
        {"glued": True, "lines": ["鷹嶺徑封閉安排"], "title": "鷹嶺徑封閉安排",
         "body": [("row", "段數　封閉日期　改行")]
         + [("row", f"{sec}　{span(a, b)}　{way}") for sec, a, b, way in CLOSE4]
         + [("row", f"全線{md(CLOSE4[-1][2] + timedelta(days=1))}重開")]},
    ],
}

# 5. Singapore: a charity run's water stations every 2.5 km; what each hands out; where the medics are.
STATIONS5 = [(25, "水"), (50, "水、运动饮料"), (75, "水、香蕉"), (100, "水、运动饮料、香蕉")]
assert [k for k, _ in STATIONS5] == [25 * (i + 1) for i in range(len(STATIONS5))]
DAY5 = date(2039, 8, 25)
RUN5 = DAY5 + timedelta(days=3)
assert RUN5.weekday() == 6


def station(k):
    km = tenths(k) if k % 10 else str(k // 10)
    return f"{km}公里（终点）" if k == STATIONS5[-1][0] else f"{km}公里"


WATER_PAGE = {
    "name": "zh_utf8_crlf_singapore_running_page_charity_run_water_stations_story_byline_caption_credit_running_head_midquote_glued_water_station_list_header_row_decimal_km_cells_enumeration_comma_cells_medical_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "滨湾日报 2039-08-25 第9版 社区 (Singapore), UTF-8 without BOM, CRLF; blank-line paragraphs, wrapped at 21. A "
    "running page: a 10 km charity run on East Coast Park (`东海岸公园`) on Sunday adds water stations every 2.5 km after "
    "last year's heat (title with a full-width gap, the byline line `记者　卓慧敏`, a caption and its credit inside a "
    "sentence, the organiser's “” quotation cut by the running head before `起来。”`), then, with no blank line, **the "
    "list `补给站`: a header row `位置　供应`, four rows of a distance with a decimal point (`2.5公里`, the last "
    "`10公里（终点）`) and what is handed out, joined by the enumeration comma `、` (`水、运动饮料`), and a medical row "
    "`医疗站：5公里、终点`**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2039-08-25", "page": "9",
    "head": [f"滨湾日报　　2039年8月25日　{weekday(DAY5)}", "第9版　社区　　编辑：符丽珊"],
    "foot": ["滨湾日报　　读者热线：6247 3185"],
    "furniture": ["滨湾日报", "2039年8月25日", weekday(DAY5), "第9版", "社区", "编辑：符丽珊", "滨湾日报·社区", "滨湾日报",
                  "读者热线：6247 3185"],
    "run": ["滨湾日报·社区"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["慈善跑加设补给站　每2.5公里一站", "记者　卓慧敏"], "title": "慈善跑加设补给站　每2.5公里一站",
         "byline": ["记者　卓慧敏", "卓慧敏"],
         "captions": ["志愿者在海边试摆补给桌。"], "credits": ["（卓慧敏摄）"],
         "body": [f"本星期日（{md(RUN5)}）在东海岸公园举行的10公里慈善跑，今年把补给站从两个增加到"
                  f"{len(STATIONS5)}个，每2.5公里一站。",
                  "去年比赛当天气温高，有几名跑者在半路中暑，{cap}主办单位今年还在5公里处和终点各设一个医疗站。",
                  "主办单位负责人骆志强说，“我们宁可多准备一点，也不希望看到跑者在路边倒下，安全比成绩重要，"
                  "大家开心跑完，善款才筹得{run}起来。”"]},
        {"glued": True, "lines": ["补给站"], "title": "补给站",
         "body": [("row", "位置　供应")]
         + [("row", f"{station(k)}　{what}") for k, what in STATIONS5]
         + [("row", "医疗站：5公里、终点")]},
    ],
}

# 6. A city opens a new greenway for walking and cycling; its four sections in tenths of a kilometre; the total.
SEG6 = [("滨河段", 62), ("茶山段", 85), ("湿地段", 48), ("古渡段", 41)]
LEN6 = sum(n for _, n in SEG6)
assert LEN6 == 236
GATES6 = [("1号入口", "地铁2号线江滨站", 120), ("2号入口", "地铁2号线茶山站", 80), ("3号入口", "地铁5号线湿地公园站", 60),
          ("4号入口", "地铁5号线古渡站", 80)]
CARS6 = sum(c for *_, c in GATES6)
assert CARS6 == 340
DAY6 = date(2039, 10, 1)

GREENWAY_PAGE = {
    "name": "zh_utf16be_bom_lf_outdoor_page_new_greenway_opens_story_byline_caption_credit_running_head_midquote_indent_only_glued_greenway_entrance_list_header_row_numbered_gate_cells_metro_line_station_cells_parking_cells_parking_total_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "渢城日报 2039-10-01 第6版 乐活, UTF-16 BE with BOM, LF; indent-only paragraphs, wrapped at 22. An outdoor "
    f"page: a {tenths(LEN6)} km greenway for walkers and cyclists opens along the river on National Day (title with a "
    "full-width gap, the byline line `本报记者　禹　溪`, a caption and its credit inside a sentence, a walker's “” "
    "quotation cut by the running head before `走走。”`), then, with no blank line, **the list `绿道入口`: a header "
    "row `入口　最近地铁站　停车位`, four rows of a numbered gate (`1号入口`), the nearest metro station with its "
    f"line (`地铁2号线江滨站`) and parking spaces (`120个`), and a total row `停车位合计　{CARS6}个` (summed)**; the list "
    "is an article, its head the title, each printed row a paragraph.",
    "date": "2039-10-01", "page": "6",
    "head": [f"渢城日报　　2039年10月1日　{weekday(DAY6)}", "第6版　乐活　　责任编辑：荀　蓓"],
    "foot": ["渢城日报社　　新闻热线：0731-8452067"],
    "furniture": ["渢城日报", "2039年10月1日", weekday(DAY6), "第6版", "乐活", "责任编辑：荀　蓓", "渢城日报·乐活",
                  "渢城日报社", "新闻热线：0731-8452067"],
    "run": ["渢城日报·乐活"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{tenths(LEN6)}公里沿江绿道　今天全线贯通", "本报记者　禹　溪"],
         "title": f"{tenths(LEN6)}公里沿江绿道　今天全线贯通",
         "byline": ["本报记者　禹　溪", "禹　溪", "禹溪"],
         "captions": ["市民在茶山段的木栈道上骑车。"], "credits": ["（本报记者　禹　溪　摄）"],
         "body": [f"全长{tenths(LEN6)}公里的沿江绿道今天全线贯通，{len(SEG6)}个路段从滨河公园一直连到古渡口，"
                  "步行和骑车的人分道通行。",
                  f"最长的茶山段有{tenths(SEG6[1][1])}公里，{{cap}}沿途设了四个入口，都能坐地铁到达。",
                  "住在江边的退休教师宁秀芬说，“以前江边只有一段土路，下雨就走不了，以后早上吃完饭就能出来"
                  "{run}走走。”"]},
        {"glued": True, "lines": ["绿道入口"], "title": "绿道入口",
         "body": [("row", "入口　最近地铁站　停车位")]
         + [("row", f"{gate}　{metro}　{cars}个") for gate, metro, cars in GATES6]
         + [("row", f"停车位合计　{CARS6}个")]},
    ],
}

# 7. Awajún: community guides open a trail to a waterfall near Nieva; its stops by cumulative distance; walk time.
GAPS7 = [("Jinta Nugkui", 25), ("Kampankim", 20), ("Yutui Entsa", 15), ("Tuna Kusuim", 10)]
CUM7 = [sum(g for _, g in GAPS7[: i + 1]) for i in range(len(GAPS7))]
assert CUM7 == [25, 45, 60, 70]
DAY7 = date(2039, 7, 9)

TRAIL_PAGE = {
    "name": "agr_macroman_cr_awajun_hiking_page_nieva_waterfall_trail_guides_story_byline_dateline_caption_credit_running_head_midquote_glued_trail_stop_list_header_row_cumulative_decimal_comma_km_cells_walk_time_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Nieva Jintanum (an invented Awajún weekly, Santa María de Nieva, Amazonas, Peru) 2039-07-09 Page 7 "
    "Outdoors, Mac Roman (`“ ” – ·`), CR; blank-line paragraphs, wrapped at 38 with hyphenation. An Awajún hiking "
    f"page: community guides open a {tenths(CUM7[-1], ',')} km trail to a waterfall (title over two lines, byline line "
    "`Aujmatin: Rosa Tsamajain`, the dateline `NIEVA –` opening the lead, a caption and its credit inside a sentence, "
    "the guide's “” quotation cut by the running head before `ainawai.”`), then, with no blank line, **the list "
    "`Tuna Jintaji`: a header row `Jinta Km`, four rows of a stop and its cumulative distance with a decimal comma "
    "(`2,5`, `4,5`, computed from the gaps), and a walk-time row `Wekaemu: 3 ora`**; the list is an article, its head "
    "the title, each printed row a paragraph (one space kept between cells).",
    "date": "2039-07-09", "page": "7",
    "head": [f"NIEVA JINTANUM · {english(DAY7)} · Page 7", "Outdoors · Editor: Julio Dekentai"],
    "foot": ["Nieva Jintanum · jintanum@nieva.example.pe"],
    "furniture": ["NIEVA JINTANUM", english(DAY7), "Page 7", "Outdoors", "Editor: Julio Dekentai",
                  "Nieva Jintanum · Outdoors", "Nieva Jintanum", "jintanum@nieva.example.pe"],
    "run": ["Nieva Jintanum · Outdoors"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Tuna Kusuimnum", "jinta yamaiya ajamjawai", "Aujmatin: Rosa Tsamajain"],
         "title": "Tuna Kusuimnum jinta yamaiya ajamjawai",
         "byline": ["Aujmatin: Rosa Tsamajain", "Rosa Tsamajain"],
         "captions": ["Aents Yutui Entsanum wekaenawai."], "credits": ["Nuwejai: Marco Shimpukat"],
         "body": [f"NIEVA – Nie~va mu~un~tai ji~nta~jin ya~mai~ya a~jam~ja~wai, Tu~na Ku~su~im~nu~mak "
                  f"{tenths(CUM7[-1], ',')} km we~ka~e~mu.",
                  "A~ents ji~nta~jin a~ta~sha ma~ke~tin we~ka~e~nak~ai~tsui, {cap}ji~nta~ji~nak "
                  "i~nta~ya~ma~tai a~nui~nak we~ka~e~na~wai.",
                  "Ji~nta i~wai~na~ku, Elías Uwarai, ta~ji: “Yaun~chuk a~ents ji~nta~jin di~sa~ji~tsui, "
                  "yu~mi a~nui~nak yu~ma~mai i~ma {run}ainawai.”"]},
        {"glued": True, "lines": ["Tuna Jintaji"], "title": "Tuna Jintaji",
         "body": [("row", ramp((14, 8), "Jinta", "Km"))]
         + [("row", ramp((14, 8), name, tenths(c, ","))) for (name, _), c in zip(GAPS7, CUM7)]
         + [("row", "Wekaemu: 3 ora")]},
    ],
}

# 8. Matsigenka: a school's river-beach camping trip; the packing checklist with empty boxes; the weight limit.
PACK8 = ["Mosquitero", "Kitsarentsi", "Tsagi", "Linterna", "Botiquín"]
assert len(PACK8) == 5
DAY8 = date(2039, 9, 14)

PACK_PAGE = {
    "name": "mcb_latin1_lf_matsigenka_outdoor_page_kirigueti_river_beach_camp_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_packing_checklist_ascii_box_cells_weight_limit_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Matsigenka Kenkitsatagantsi (an invented Matsigenka weekly, Kirigueti, Cusco, Peru) 2039-09-14 Page 4 "
    "Leisure, Latin-1 (`« » í ñ ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with "
    "hyphenation. A Matsigenka outdoor page: a school takes its pupils to camp three nights on a river beach (title "
    "over two lines, byline line `Sankevantakotirori: Nélida Shimpe`, the dateline `KIRIGUETI -` with an ASCII hyphen "
    "opening the lead, a caption and its credit inside a sentence, the teacher's «» quotation cut by the running head "
    "before `okutagiteri.»`), then, with no blank line, **the packing checklist `Tsamairintsi`: five rows each opened "
    "by an empty ASCII box `[ ]` and a thing to pack (`[ ] Mosquitero`), and a weight-limit row `Ikanti: 12 kg`**; the "
    "checklist is an article, its head the title, each printed row a paragraph.",
    "date": "2039-09-14", "page": "4",
    "head": [f"MATSIGENKA KENKITSATAGANTSI · {english(DAY8)} · Page 4", "Leisure · Editor: Abel Korisepa"],
    "foot": ["Matsigenka Kenkitsatagantsi · kenkitsa@kirigueti.example.pe"],
    "furniture": ["MATSIGENKA KENKITSATAGANTSI", english(DAY8), "Page 4", "Leisure", "Editor: Abel Korisepa",
                  "Matsigenka Kenkitsatagantsi · Leisure", "Matsigenka Kenkitsatagantsi",
                  "kenkitsa@kirigueti.example.pe"],
    "run": ["Matsigenka Kenkitsatagantsi · Leisure"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Eskueraku tsinanegi", "shiavoku ikantaigake", "Sankevantakotirori: Nélida Shimpe"],
         "title": "Eskueraku tsinanegi shiavoku ikantaigake",
         "byline": ["Sankevantakotirori: Nélida Shimpe", "Nélida Shimpe"],
         "captions": ["Tsinanegi ipegaigake shiavoku."], "credits": ["Foto: Rubén Yoyeri"],
         "body": ["KIRIGUETI - Es~kue~ra~ku i~ta~ga~ke~ri~ra tsi~na~ne~gi ma~ba~ni tsi~te~ni~ri "
                  "shia~vo~ku, o~ka~tsi~ma~ta~na~ke~ra o~ni~ja~ku.",
                  f"Pai~ta~cha {len(PACK8)} ta~tai~ka~ni i~tsa~mai~ri~ra, {{cap}}ti~ka~ni "
                  "ia~ta~ke ka~ra~ti i~ka~ntai~ga~ke.",
                  "Se~ñor~ta pro~fe~so~ra, Juana Italiano, ika~ti: «Tsi~na~ne~gi i~ko~ga~ke~ra "
                  "i~ñaa~ke o~ni~ja, o~ko~ga~ke~ri i~ri~ro {run}okutagiteri.»"]},
        {"glued": True, "lines": ["Tsamairintsi"], "title": "Tsamairintsi",
         "body": [("row", f"[ ] {item}") for item in PACK8]
         + [("row", "Ikanti: 12 kg")]},
    ],
}

# 9. Enga: a town relay run round Wabag in four legs; each leg's kilometres and the total.
LEGS9 = [("1", "Maket–Yuu Anda", 6), ("2", "Yuu Anda–Lai Kona", 8), ("3", "Lai Kona–Kama Tee", 7),
         ("4", "Kama Tee–Maket", 9)]
KM9 = sum(k for *_, k in LEGS9)
assert KM9 == 30 and LEGS9[0][1].split("–")[0] == LEGS9[-1][1].split("–")[1]
DAY9 = date(2039, 8, 3)

RELAY_PAGE = {
    "name": "enq_utf16le_bom_crlf_enga_running_page_wabag_town_relay_story_byline_dateline_caption_credit_running_head_midquote_glued_relay_leg_table_header_row_en_dash_leg_cells_km_cells_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Wabag Kaita (an invented Enga weekly, Wabag, Enga Province, Papua New Guinea) 2039-08-03 Page 12 Sport, "
    "UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. An Enga running page: teams of "
    f"four run a {KM9} km relay round the town in {len(LEGS9)} legs (title over two lines, byline line "
    "`Kepakao: Rhoda Yakali`, the dateline `WABAG –` opening the lead, a caption and its credit inside a sentence, the "
    "organiser's “” quotation cut by the running head before `pilyamo.”`), then, with no blank line, **the table "
    "`Lelyo Kaita`: a header row `Lelyo Kaita Km`, four rows of a leg number, an en-dash leg between two places "
    f"(`Maket–Yuu Anda`) and kilometres (`6 km`), and a total row `Kaita {KM9} km` (summed; the round closes where it "
    "began, asserted)**; the table is an article, its head the title, each printed row a paragraph (one space kept "
    "between cells).",
    "date": "2039-08-03", "page": "12",
    "head": [f"WABAG KAITA · {english(DAY9)} · Page 12", "Sport · Editor: Peter Kandakone"],
    "foot": ["Wabag Kaita · kaita@wabag.example.pg"],
    "furniture": ["WABAG KAITA", english(DAY9), "Page 12", "Sport", "Editor: Peter Kandakone",
                  "Wabag Kaita · Sport", "Wabag Kaita", "kaita@wabag.example.pg"],
    "run": ["Wabag Kaita · Sport"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Wabag andake kaita", f"{KM9} km lelyo pilyamo", "Kepakao: Rhoda Yakali"],
         "title": f"Wabag andake kaita {KM9} km lelyo pilyamo",
         "byline": ["Kepakao: Rhoda Yakali", "Rhoda Yakali"],
         "captions": ["Akali mendai kaita Lai Kona lelyo."], "credits": ["Foto: Jacob Pyakalia"],
         "body": [f"WABAG – Wa~bag a~nda~ke ka~i~ta~me a~ka~li ti~mi {len(LEGS9)} la~ke~lya~me "
                  f"{KM9} km le~lyo pi~lya~mo, ma~ke~te pu~ngi~sa ka~i~ta ka~ndo.",
                  f"Ti~mi mende~mende a~ka~li {len(LEGS9)} la~ke~lya~mo, {{cap}}a~ka~li me~nda~i "
                  "ka~i~ta mende le~lyo la~ke~lya.",
                  "Ka~i~ta ka~ndo~ko, Samuel Tapus, lao: “Ta~ke~ta e~ne~ne a~ka~li "
                  "mo~nda~ko ka~i~ta pi~li~ta~mo, ta~ku e~ne~ne ka~ndo {run}pilyamo.”"]},
        {"glued": True, "lines": ["Lelyo Kaita"], "title": "Lelyo Kaita",
         "body": [("row", ramp((6, 20, 7), "Lelyo", "Kaita", "Km"))]
         + [("row", ramp((6, 20, 7), n, leg, f"{k} km")) for n, leg, k in LEGS9]
         + [("row", f"Kaita {KM9} km")]},
    ],
}

# 10. Kwaio: a fun run at Atoifi; age bands with en dashes, their distances and start times; the entry fee.
BANDS10 = [("8–12", 2), ("13–17", 5), ("18–39", 10), ("40–70", 5)]
START10 = 7 * 60
STARTS10 = [f"{(START10 + 20 * i) // 60:02d}:{(START10 + 20 * i) % 60:02d}" for i in range(len(BANDS10))]
assert STARTS10 == ["07:00", "07:20", "07:40", "08:00"]
DAY10 = date(2039, 10, 19)

FUNRUN_PAGE = {
    "name": "kwd_utf8_bom_lf_kwaio_running_page_atoifi_fun_run_age_bands_story_byline_dateline_caption_credit_running_head_midquote_glued_start_list_header_row_en_dash_age_band_cells_km_cells_clock_cells_entry_fee_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Ala'ala Kwaio (an invented Kwaio weekly, Atoifi, Malaita, Solomon Islands) 2039-10-19 Page 5 Recreation, "
    "UTF-8 with BOM (`“ ” – · '`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Kwaio running page: "
    f"a fun run at Atoifi in {len(BANDS10)} age bands (title over two lines, byline line `Ngalia: Martha Fo'oka`, the "
    "dateline `ATOIFI –` opening the lead, a caption and its credit inside a sentence, the organiser's “” quotation "
    "cut by the running head before `ta'a.”`), then, with no blank line, **the start list `Fanga Fuli`: a header row "
    "`Ngali Km Fuli`, four rows of an age band with an en dash (`8–12`), a distance (`2 km`) and a start time twenty "
    "minutes after the last (`07:20`, computed), and an entry-fee row `Folia: $5`**; the list is an article, its "
    "head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2039-10-19", "page": "5",
    "head": [f"ALA'ALA KWAIO · {english(DAY10)} · Page 5", "Recreation · Editor: Daniel Laete'esafi"],
    "foot": ["Ala'ala Kwaio · alaala@atoifi.example.sb"],
    "furniture": ["ALA'ALA KWAIO", english(DAY10), "Page 5", "Recreation", "Editor: Daniel Laete'esafi",
                  "Ala'ala Kwaio · Recreation", "Ala'ala Kwaio", "alaala@atoifi.example.sb"],
    "run": ["Ala'ala Kwaio · Recreation"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ta'a gila ki na", "koloa fuli 'i Atoifi", "Ngalia: Martha Fo'oka"],
         "title": "Ta'a gila ki na koloa fuli 'i Atoifi",
         "byline": ["Ngalia: Martha Fo'oka", "Martha Fo'oka"],
         "captions": ["Wela ki na koloa 'i ninimana."], "credits": ["Foto: Junior Kwaimani"],
         "body": [f"ATOIFI – Ta'a gi~la ki na ko~lo~a fu~li 'i A~toi~fi 'i Sa~ba~ta, a~si~a "
                  f"{len(BANDS10)} ngali, 'a~ni ta~la ba~ba~la 'i ka~ra~ma.",
                  f"Wela ki na ko~lo~a {BANDS10[0][1]} km, {{cap}}ta'a ba~ba~la~na na ko~lo~a "
                  f"{BANDS10[2][1]} km.",
                  "Wane ngalia~na, Ishmael Kwaru, 'e bai: “Ma~ko~ma~ko ta'a gila "
                  "ba~ba~la ko~lo~a, sui gila ke~ke~ra ta~la ma~na~ta~ta {run}ta'a.”"]},
        {"glued": True, "lines": ["Fanga Fuli"], "title": "Fanga Fuli",
         "body": [("row", ramp((8, 6, 8), "Ngali", "Km", "Fuli"))]
         + [("row", ramp((8, 6, 8), band, f"{km} km", start)) for (band, km), start in zip(BANDS10, STARTS10)]
         + [("row", "Folia: $5")]},
    ],
}

PAGES = [WAVE_PAGE, PACE_PAGE, HUT_PAGE, CLOSURE_PAGE, WATER_PAGE, GREENWAY_PAGE, TRAIL_PAGE, PACK_PAGE, RELAY_PAGE,
         FUNRUN_PAGE]
