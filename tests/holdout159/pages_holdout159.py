"""The text of every holdout159 page, written once: make_holdout159_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a table row as a line of its own (one gold
paragraph, no blank line between two rows); `{cap}` drops the caption and its credit into a paragraph, `{run}` the
running head; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's and 156's rules).
Every page is a weather and almanac page of four articles: a weather story (kicker or deck, title, byline, a caption
with its credit inside a sentence, a forecaster's quotation cut by the running head), a forecast table of four to
six towns under its label (one row a paragraph, the label its title), a tide table or sun-and-moon lines under
their label, and a short almanac column (a solar term, or the language's own season lore) with its own head and
byline. Temperatures, tide times, dates and weekdays are computed or asserted. All papers, weather offices,
forecasters, reporters and events are invented; real places are settings only.
"""

import re
from datetime import date
from functools import partial

from writtenpages import syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
VOWELS = "aeiouáéíóúäëöüʌãẽĩõũ"
syl = partial(syllables, vowels=VOWELS)
# the usual Gregorian dates of the solar terms used (they move by a day between years; not checked against an ephemeris)
TERMS = {"寒露": (10, 8), "霜降": (10, 23), "立冬": (11, 7), "小雪": (11, 22), "大雪": (12, 7), "小寒": (1, 5)}


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def french(day):
    return f"{FR[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def term_day(term, day):
    assert (day.month, day.day) == TERMS[term], (term, day)
    return term


def clock(minute):
    return f"{minute // 60:02d}:{minute % 60:02d}"


def zh_forecast(towns, unit="℃", dash="～"):
    """Chinese forecast rows `town　sky　low～high℃` (`－` in Big5, `至` in Hong Kong); low ≤ high asserted.
    Returns (rows, {town: (low, high)})."""
    rows, temps = [], {}
    for town, sky, low, high in towns:
        assert low <= high, town
        rows.append(f"{town}　{sky}　{low}{dash}{high}{unit}")
        temps[town] = (low, high)
    return rows, temps


def latin_forecast(towns, pad=(16, 12)):
    """Latin forecast rows `town  sky  low/high`, cells padded with runs of spaces; low ≤ high asserted."""
    rows, temps = [], {}
    for town, sky, low, high in towns:
        assert low <= high, town
        rows.append(f"{town:<{pad[0]}}{sky:<{pad[1]}}{low}/{high}")
        temps[town] = (low, high)
    return rows, temps


def tides(first_high, start, heights, fmt):
    """Tide rows: high and low water alternate every 6 h 12 min from `start` (minutes); all on the day, asserted."""
    rows, times = [], []
    high = first_high
    for n, height in enumerate(heights):
        t = start + n * 372
        assert t < 24 * 60
        rows.append(fmt(high, clock(t), height))
        times.append(clock(t))
        high = not high
    his = [h for n, h in enumerate(heights) if (n % 2 == 0) == first_high]
    los = [h for n, h in enumerate(heights) if (n % 2 == 0) != first_high]
    def level(height):
        return float(re.match(r"[\d,.]+", height).group(0).replace(",", "."))

    assert min(map(level, his)) > max(map(level, los))
    return rows, times


def table(label, rows, glued=False):
    """A labelled table: the label its title (printed directly above the rows), one paragraph per printed row."""
    art = {"title": label, "tight": True, "lines": [label], "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


# 1. GBK city evening paper, CRLF, blank-line: a cold wave (kicker), forecast table glued under the story,
#    sun-and-moon lines, the 小雪 column glued under the last line.
DAY1 = date(2042, 11, 22)
TERM1 = term_day("小雪", DAY1)
F1, T1 = zh_forecast([("城区", "小雨转阴", 4, 10), ("东湖镇", "阴", 3, 9), ("青石乡", "小雨", 2, 8),
                      ("龙口镇", "阴转多云", 3, 10), ("北岭山区", "雨夹雪", -1, 5)])
TODAY_HIGH1 = 18
DROP1 = TODAY_HIGH1 - T1["城区"][1]
assert DROP1 == 8
COLD_PAGE = {
    "name": "zh_gbk_crlf_city_evening_weather_page_cold_wave_kicker_byline_caption_credit_running_head_midquote_glued_five_town_forecast_table_sun_moon_lines_glued_xiaoxue_solar_term_column",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "汀岭晚报 2042-11-22 第15版 天气 (a city evening paper's weather page), GBK, CRLF; blank-line paragraphs, "
    f"wrapped at 21. A cold-wave story (kicker `寒潮来袭`, title, byline line, a caption and its credit inside a "
    f"sentence, the forecaster's “” quotation cut by the running head before `保暖。”`; the drop {DROP1}℃ = today's "
    f"high {TODAY_HIGH1} − tomorrow's city high {T1['城区'][1]}, computed); then, **with no blank line under the "
    "story's last line**, the label `明日各地预报` over five towns' rows `town　sky　low～high℃` (one paragraph a row, "
    "a minus low); the label `日月出没` over sunrise/sunset, moonrise/moonset and a moon-phase line; then, **with no "
    f"blank line under the last line**, a `{TERM1}` column (kicker `节气`, head, byline).",
    "date": "2042-11-22", "page": "15",
    "head": ["汀岭晚报", f"2042年11月22日　{weekday(DAY1)}　　第15版　天气　　编辑：伍　澄"],
    "foot": ["汀岭晚报社　　新闻热线：0597-3316820"],
    "furniture": ["汀岭晚报", "2042年11月22日", weekday(DAY1), "第15版", "天气", "编辑：伍　澄", "汀岭晚报·天气",
                  "汀岭晚报社", "新闻热线：0597-3316820"],
    "run": ["汀岭晚报·天气"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["寒潮来袭", f"明起降温{DROP1}℃　城区最低{T1['城区'][0]}℃", "本报记者　苗　砚"],
         "kicker": "寒潮来袭", "title": f"明起降温{DROP1}℃　城区最低{T1['城区'][0]}℃",
         "byline": ["本报记者　苗　砚", "苗　砚", "苗砚"],
         "captions": ["人民公园里，晨练的市民穿上了厚外套。"], "credits": ["（本报记者　苗　砚　摄）"],
         "body": [f"受强冷空气影响，我市明天起将出现大风降温，城区最高气温将由今天的{TODAY_HIGH1}℃降到"
                  f"{T1['城区'][1]}℃，降幅达{DROP1}℃，最低气温{T1['城区'][0]}℃，北岭山区有雨夹雪。",
                  "今天下午，不少市民已经换上了冬装，{cap}街头卖烤红薯的小摊前排起了队。",
                  "市气象台首席预报员钟启岱说：“这次冷空气来得快，风也大，早晚出门要多穿一件，老人和孩子"
                  "尤其要注意{run}保暖。”",
                  "这次降温过程将持续到下周二，之后气温缓慢回升。"]},
        table("明日各地预报", F1, glued=True),
        table("日月出没", ["日出　06:51　日落　17:07", "月出　12:38　月落　23:55", "月相：上弦　11月24日"]),
        {"lines": ["节气", f"{TERM1}：虹藏不见　腌菜正当时", "文／祝　芹"], "glued": True,
         "kicker": "节气", "title": f"{TERM1}：虹藏不见　腌菜正当时", "byline": ["文／祝　芹", "祝　芹", "祝芹"],
         "body": [f"今天{TERM1}。古人说{TERM1}“虹藏不见”，雨水少了，天上难得见到彩虹。",
                  "汀岭人家这几天忙着腌芥菜、晒腊肉，一缸咸菜要吃到开春。"]},
    ],
}

# 2. GB18030 county daily, LF, indent-only: sea wind and a fine spell for laver growers (deck), a forecast table with
#    a header row, a tide table, the 大雪 column. Not glued.
RARE = "\u4b7e"  # 䭾, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 12, 7)
TERM2 = term_day("大雪", DAY2)
F2, T2 = zh_forecast([("城关镇", "晴", 6, 15), ("三沙镇", "晴", 8, 14), ("长春镇", "晴转多云", 7, 15),
                      ("牙城镇", "多云", 5, 14)])
TIDE2, TIDE2_AT = tides(True, 3 * 60 + 18, ["5.6米", "0.9米", "5.4米", "1.1米"],
                        lambda hi, t, h: f"{'高潮' if hi else '低潮'}　{t}　{h}")
assert TIDE2_AT == ["03:18", "09:30", "15:42", "21:54"]
LAVER_PAGE = {
    "name": "zh_gb18030_lf_county_weather_page_laver_growers_fine_spell_deck_rare_char_byline_caption_credit_running_head_midquote_indent_only_town_forecast_table_header_row_tide_table_daxue_solar_term_column",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"屿东日报 2042-12-07 第6版 气候与农事 (a county daily's weather page, Xiapu county, Fujian; `{RARE}` U+4B7E, "
    f"CJK Extension A, in the reporter's name `郑　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, "
    "wrapped at 21. A story on three fine days after a gale for the laver growers (title, **deck** `紫菜养殖户抓紧采收` "
    "(the subtitle), byline line, a caption and its credit inside a sentence, the forecaster's “” quotation cut by "
    "the running head before `出海。”`); then, after a blank line, the label `沿海乡镇明日预报` over a header row "
    "`乡镇　天色　气温` and four towns' rows; the label `三沙港潮汐` over four high and low water rows (times 6 h 12 min "
    f"apart, computed); a `{TERM2}` column.",
    "date": "2042-12-07", "page": "6",
    "head": ["屿东日报", f"2042年12月7日　{weekday(DAY2)}　　第6版　气候与农事"],
    "foot": ["屿东日报社　　地址：霞浦县松城街道海滨路9号　　邮编：355100"],
    "furniture": ["屿东日报", "2042年12月7日", weekday(DAY2), "第6版", "气候与农事", "屿东日报·气候与农事",
                  "屿东日报社", "地址：霞浦县松城街道海滨路9号", "邮编：355100"],
    "run": ["屿东日报·气候与农事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["大风过后　海上晴好三天", "紫菜养殖户抓紧采收", f"本报记者　郑　{RARE}"],
         "title": "大风过后　海上晴好三天", "subtitle": "紫菜养殖户抓紧采收",
         "byline": [f"本报记者　郑　{RARE}", f"郑　{RARE}", f"郑{RARE}"],
         "captions": ["三沙湾的紫菜养殖户在采收头水紫菜。"], "credits": [f"（本报记者　郑　{RARE}　摄）"],
         "body": [f"连续两天的东北大风今天减弱，县气象台预计明天起全县晴好三天，沿海风力减小到4级，"
                  f"三沙镇气温{T2['三沙镇'][0]}～{T2['三沙镇'][1]}℃。",
                  "趁着风平浪静，{cap}三沙湾的养殖户一早就驾着小船下海采收头水紫菜。",
                  "县气象台预报员林秀萍说：“这三天白天风小，早上有轻雾，渔船最好等雾散了再"
                  "{run}出海。”",
                  "气象台提醒，下周三起又有一股冷空气南下，海上风力将再次加大。"]},
        table("沿海乡镇明日预报", ["乡镇　天色　气温"] + F2),
        table("三沙港潮汐", TIDE2),
        {"lines": [f"{TERM2}：冬晒紫菜味最鲜", "文／吴宝珠"], "title": f"{TERM2}：冬晒紫菜味最鲜",
         "byline": ["文／吴宝珠", "吴宝珠"],
         "body": [f"今天{TERM2}。在闽东海边，{TERM2}前后正是头水紫菜上市的时候，渔家把紫菜摊在竹帘上晒干。",
                  "老人们说，冬天的太阳不烈，晒出来的紫菜颜色深、味道鲜。"]},
    ],
}

# 3. Big5 Taiwan paper, CR, blank-line: the north-east monsoon arrives (kicker), forecast table glued under the story,
#    a tide table in centimetres, the 霜降 column glued under the last row.
DAY3 = date(2042, 10, 23)
TERM3 = term_day("霜降", DAY3)
assert DAY3.year - 1911 == 131
F3, T3 = zh_forecast([("宜蘭市", "陰短暫雨", 20, 24), ("羅東鎮", "陰短暫雨", 20, 25), ("頭城鎮", "陰有雨", 19, 23),
                      ("蘇澳鎮", "陰有雨", 20, 23), ("三星鄉", "多雲短暫雨", 19, 25)], dash="－")
TIDE3, TIDE3_AT = tides(False, 2 * 60 + 40, ["18公分", "141公分", "25公分", "133公分"],
                        lambda hi, t, h: f"{'滿潮' if hi else '乾潮'}　{t}　{h}")
assert TIDE3_AT == ["02:40", "08:52", "15:04", "21:16"]
MONSOON_PAGE = {
    "name": "zht_big5_cr_taiwan_weather_page_northeast_monsoon_arrives_kicker_byline_caption_credit_running_head_midquote_glued_five_township_forecast_table_tide_table_centimetres_glued_shuangjiang_solar_term_column",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "龜嶼日報 2042-10-23 (`中華民國131年10月23日`) A9 天氣 (a county paper's weather page, Yilan county, Taiwan), "
    "Big5, CR; blank-line paragraphs, wrapped at 20. A story on the north-east monsoon's first rain (kicker "
    "`東北季風報到`, title with a full-width gap, byline line `記者游佩璇／宜蘭報導`, a caption and its credit inside a "
    "sentence, the forecaster's 「」 quotation cut by the running head before `雨傘。」`); then, **with no blank line**, "
    "the label `明日各鄉鎮預報` over five townships' rows; the label `烏石港潮汐` over `乾潮`/`滿潮` rows in `公分`; then, "
    f"**with no blank line under the last row**, a `{TERM3}` column.",
    "date": "2042-10-23", "page": "A9",
    "head": [f"龜嶼日報　中華民國131年10月23日　{weekday(DAY3)}", "A9　天氣　　編輯：簡若涵"],
    "foot": ["龜嶼日報社　讀者服務專線：(03)9358-264"],
    "furniture": ["龜嶼日報", "中華民國131年10月23日", weekday(DAY3), "A9", "天氣", "編輯：簡若涵", "龜嶼日報．天氣",
                  "龜嶼日報社", "讀者服務專線：(03)9358-264"],
    "run": ["龜嶼日報．天氣"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["東北季風報到", "明起轉涼　蘭陽平原有雨", "記者游佩璇／宜蘭報導"],
         "kicker": "東北季風報到", "title": "明起轉涼　蘭陽平原有雨", "byline": ["記者游佩璇／宜蘭報導", "游佩璇"],
         "captions": ["頭城海邊，釣客頂著強風收竿。"], "credits": ["（記者游佩璇攝）"],
         "body": [f"今年第一波東北季風明天南下，宜蘭各地轉為陰雨，宜蘭市氣溫{T3['宜蘭市'][0]}到"
                  f"{T3['宜蘭市'][1]}度，比今天低了四、五度，沿海風浪也會明顯變大。",
                  "今天下午東北風已經增強，{cap}不少釣客提早收工。",
                  "東岸氣候工作室分析師曾文彬說，「季風一來，宜蘭就進入雨季，接下來一個月都很難看到大太陽，"
                  "出門記得帶{run}雨傘。」"]},
        table("明日各鄉鎮預報", F3, glued=True),
        table("烏石港潮汐", TIDE3),
        {"lines": [f"{TERM3}　柿子紅了", "文／黃秀鳳"], "glued": True, "title": f"{TERM3}　柿子紅了",
         "byline": ["文／黃秀鳳", "黃秀鳳"],
         "body": [f"今天{TERM3}，是秋天最後一個節氣。新竹、苗栗的柿子園這時正忙著採收，曬柿餅要趁東北季風吹得乾。",
                  "老一輩常說「霜降吃柿子，冬天不流鼻涕」，雖然沒有根據，吃個應景也好。"]},
    ],
}

# 4. Big5-HKSCS Hong Kong district paper in Cantonese, CRLF, indent-only: dry weather at 立冬 (kicker), a forecast
#    table with a header row, a tide table, a 立冬 column. Not glued.
DAY4 = date(2042, 11, 7)
TERM4 = term_day("立冬", DAY4)
F4, T4 = zh_forecast([("市區", "天晴乾燥", 18, 24), ("新界北", "天晴", 14, 24), ("西貢", "大致天晴", 16, 23),
                      ("離島", "天晴", 18, 23)], unit="度", dash="至")
TIDE4, TIDE4_AT = tides(True, 6 * 60 + 5, ["2.2米", "0.6米", "2.0米"],
                        lambda hi, t, h: f"{'高潮' if hi else '低潮'}　{t}　{h}")
assert TIDE4_AT == ["06:05", "12:17", "18:29"]
DRY_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_weather_page_cantonese_dry_lidong_kicker_byline_caption_credit_running_head_midquote_indent_only_district_forecast_table_header_row_tide_table_lidong_column",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "海濱街坊報 2042-11-07 第4頁 天氣 (a free district paper, Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese story on dry, cooler weather at "
    f"{TERM4} (kicker `{TERM4}轉涼`, title with a full-width gap, byline line `記者　梁穎嵐`, a caption and its credit "
    "inside a sentence, the forecaster's 「」 quotation cut by the running head before `潤膚膏。」`); then, after a blank "
    "line, the label `明日各區預報` over a header row `地區　天色　氣溫` and four districts' rows in `度`; the label "
    f"`鰂魚涌潮汐` over three high and low water rows; a `{TERM4}` column in Cantonese.",
    "date": "2042-11-07", "page": "4",
    "head": [f"海濱街坊報　2042年11月7日　{weekday(DAY4)}", "第4頁　天氣"],
    "foot": ["海濱街坊報社　查詢：2563 8170　電郵：news@haibin.example.hk"],
    "furniture": ["海濱街坊報", "2042年11月7日", weekday(DAY4), "第4頁", "天氣", "海濱街坊報．天氣", "海濱街坊報社", "查詢：2563 8170",
                  "電郵：news@haibin.example.hk"],
    "run": ["海濱街坊報．天氣"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{TERM4}轉涼", f"今晚起乾燥　市區最低{T4['市區'][0]}度", "記者　梁穎嵐"],
         "kicker": f"{TERM4}轉涼", "title": f"今晚起乾燥　市區最低{T4['市區'][0]}度", "byline": ["記者　梁穎嵐", "梁穎嵐"],
         "captions": ["鰂魚涌海濱長廊，街坊喺度曬太陽。"], "credits": ["（記者梁穎嵐攝）"],
         "body": [f"今日{TERM4}，一股乾燥嘅東北季候風今晚抵港，明日市區氣溫{T4['市區'][0]}至{T4['市區'][1]}度，"
                  f"新界北最低得{T4['新界北'][0]}度，相對濕度會跌到四成以下。",
                  "今朝天色好好，{cap}唔少街坊趁住未轉涼出嚟行下。",
                  "灣景氣象顧問公司預報員陳浩然話：「空氣一乾，皮膚同嘴唇好易爆，"
                  "大家記得飲多啲水，出門搽啲{run}潤膚膏。」",
                  "佢又提醒，郊外火災危險好高，行山唔好生火。"]},
        table("明日各區預報", ["地區　天色　氣溫"] + F4),
        table("鰂魚涌潮汐", TIDE4),
        {"lines": [f"{TERM4}食乜嘢補冬？", "文：何嬸"], "title": f"{TERM4}食乜嘢補冬？", "byline": ["文：何嬸", "何嬸"],
         "body": [f"老一輩講，{TERM4}要補冬。以前屋企一到呢日，阿媽就會煲一鍋臘味飯，再煲碗湯。",
                  "而家生活好咗，唔使等到呢日先食好嘢，不過一家人坐埋一齊食餐飯，都係一種補。"]},
    ],
}

# 5. UTF-8 with BOM Malaysian Chinese daily (Penang), CRLF, blank-line: the north-east monsoon's thunderstorms
#    (kicker), forecast table glued under the story, sun-and-moon lines, the 小寒 column glued under the last line.
DAY5 = date(2043, 1, 5)
TERM5 = term_day("小寒", DAY5)
F5, T5 = zh_forecast([("乔治市", "午后雷雨", 24, 31), ("北海", "雷雨", 24, 32), ("大山脚", "午后雷雨", 23, 32),
                      ("亚罗士打", "多云", 23, 33), ("双溪大年", "阵雨", 23, 32)])
STORM_PAGE = {
    "name": "zh_utf8_bom_crlf_malaysia_penang_weather_page_monsoon_thunderstorms_kicker_byline_caption_credit_running_head_midquote_glued_five_town_forecast_table_sun_moon_lines_glued_xiaohan_column",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": "槟澜日报 2043-01-05 第9版 天气 (a Malaysian Chinese daily, Penang), UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A story on the north-east monsoon's afternoon thunderstorms (kicker `季候风`, title, "
    "byline line `本报记者　邝美仪`, a caption and its credit inside a sentence, the forecaster's “” quotation cut by "
    "the running head before `回家。”`); then, **with no blank line**, the label `北马各地明日预报` over five towns' "
    "rows; the label `日月时刻` over sunrise/sunset, moonrise/moonset and a moon-phase line; then, **with no blank "
    f"line under the last line**, a `{TERM5}` column (kicker `节气`).",
    "date": "2043-01-05", "page": "9",
    "head": ["槟澜日报", f"2043年1月5日　{weekday(DAY5)}　　第9版　天气"],
    "foot": ["槟澜日报社　　新闻热线：04-2287 615　　电邮：news@binlan.example.my"],
    "furniture": ["槟澜日报", "2043年1月5日", weekday(DAY5), "第9版", "天气", "槟澜日报·天气", "槟澜日报社", "新闻热线：04-2287 615",
                  "电邮：news@binlan.example.my"],
    "run": ["槟澜日报·天气"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["季候风", "北马午后雷雨多　傍晚防闪电", "本报记者　邝美仪"],
         "kicker": "季候风", "title": "北马午后雷雨多　傍晚防闪电", "byline": ["本报记者　邝美仪", "邝美仪"],
         "captions": ["乔治市街头，放学的学生撑伞赶路。"], "credits": ["（本报记者　邝美仪　摄）"],
         "body": [f"东北季候风带来的雷雨未来三天仍会在北马各地出现，多在午后到傍晚，乔治市气温"
                  f"{T5['乔治市'][0]}至{T5['乔治市'][1]}℃，北海有较强雷雨。",
                  "昨天下午一场大雨，{cap}市区多条路段一度积水。",
                  "槟澜气象站预报员林国烽说：“这种雷雨来得快、去得也快，但闪电很多，傍晚在空地上的人要赶快"
                  "找地方避雨，不要在树下躲雨，等雨停了再{run}回家。”"]},
        table("北马各地明日预报", F5, glued=True),
        table("日月时刻", ["日出　07:20　日落　19:12", "月出　09:02　月落　20:47", "月相：新月　1月11日"]),
        {"lines": ["节气", f"{TERM5}不寒　雨水当冬", "文／邹家伟"], "glued": True,
         "kicker": "节气", "title": f"{TERM5}不寒　雨水当冬", "byline": ["文／邹家伟", "邹家伟"],
         "body": [f"今天{TERM5}。在北方，这是一年中最冷的时候；在槟城，{TERM5}却是雨季的尾巴，早晚凉一点，"
                  "中午照样三十多度。",
                  "老一辈华人还是记得节气，这一天煮一锅姜汤，说是驱驱雨季的湿气。"]},
    ],
}

# 6. UTF-16 BE with BOM city daily, LF, indent-only: the autumn rain ends (kicker and deck), forecast table glued
#    under the story, sun-and-moon lines, the 寒露 column glued under the last line.
DAY6 = date(2042, 10, 8)
TERM6 = term_day("寒露", DAY6)
F6, T6 = zh_forecast([("市区", "多云转晴", 13, 23), ("岷江镇", "晴", 12, 23), ("白鹤乡", "多云", 11, 21),
                      ("石门镇", "晴", 12, 22)])
SPREAD6 = T6["市区"][1] - T6["市区"][0]
assert SPREAD6 == 10
RAIN_PAGE = {
    "name": "zh_utf16be_bom_lf_city_weather_page_autumn_rain_ends_kicker_deck_byline_caption_credit_running_head_midquote_indent_only_glued_four_town_forecast_table_sun_moon_lines_glued_hanlu_column",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000",
    "blank": False,
    "note": "岷阳日报 2042-10-08 第11版 天气预报 (a city daily's weather page), UTF-16 BE with BOM, LF; indent-only "
    f"paragraphs, wrapped at 22. A story on the end of the autumn rain (kicker `秋雨暂歇`, title, **deck** "
    f"`早晚温差将达{SPREAD6}℃` (the subtitle; {T6['市区'][1]} − {T6['市区'][0]}, computed), byline line, a caption and "
    "its credit inside a sentence, the forecaster's “” quotation cut by the running head before `晒被子。”`); then, "
    "**with no blank line**, the label `明日城乡预报` over four towns' rows; then (blank line) the label `日月出没` over "
    f"sun and moon lines; then, **with no blank line under the last line**, a `{TERM6}` column.",
    "date": "2042-10-08", "page": "11",
    "head": ["岷阳日报", f"2042年10月8日　{weekday(DAY6)}　　第11版　天气预报　　责任编辑：向　蘅"],
    "foot": ["岷阳日报社　　读者热线：028-6613 2095"],
    "furniture": ["岷阳日报", "2042年10月8日", weekday(DAY6), "第11版", "天气预报", "责任编辑：向　蘅", "岷阳日报·天气预报",
                  "岷阳日报社", "读者热线：028-6613 2095"],
    "run": ["岷阳日报·天气预报"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["秋雨暂歇", "连阴雨结束　周末见太阳", f"早晚温差将达{SPREAD6}℃", "本报记者　柴　岫"],
         "kicker": "秋雨暂歇", "title": "连阴雨结束　周末见太阳", "subtitle": f"早晚温差将达{SPREAD6}℃",
         "byline": ["本报记者　柴　岫", "柴　岫", "柴岫"],
         "captions": ["雨后的岷江边，市民撑伞散步。"], "credits": ["（本报记者　柴　岫　摄）"],
         "body": [f"下了十二天的秋雨明天起暂停，市气象台预计，明天市区多云转晴，气温{T6['市区'][0]}到"
                  f"{T6['市区'][1]}℃，早晚温差达{SPREAD6}℃，周末两天以晴为主。",
                  "今天下午雨势减弱，{cap}江边步道上又热闹起来。",
                  "市气象台预报员邓晓岚说：“连着下了这么多天雨，家里都潮了，周末太阳好，可以拿出来"
                  "{run}晒被子。”",
                  "下周二起，又将有一次降雨过程。"]},
        table("明日城乡预报", F6, glued=True),
        table("日月出没", ["日出　07:05　日落　18:41", "月出　15:27　月落　01:52", "月相：满月　10月19日"]),
        {"lines": [f"{TERM6}：鸿雁来宾　菊有黄华", "文／米　芊"], "glued": True,
         "title": f"{TERM6}：鸿雁来宾　菊有黄华", "byline": ["文／米　芊", "米　芊", "米芊"],
         "body": [f"今天{TERM6}。露水比白露时更凉，快要凝成霜了。",
                  "这时候菊花开了，城郊的菊园也开园了，早晚出门别忘了添件外套。"]},
    ],
}

# 7. Emberá (Bahía Solano, Chocó, Colombia), UTF-16 LE with BOM, CR, blank-line: heavy rain and a high sea (kicker),
#    forecast table glued under the story, a tide table, the season lore column glued under the last row.
DAY7 = date(2042, 9, 13)
F7, T7 = latin_forecast([("Bahía Solano", "Kue ne", 23, 29), ("El Valle", "Kue ne", 23, 30),
                         ("Nuquí", "Kue bʌrʌ", 24, 30), ("Juradó", "Ãrãrã", 23, 31)])
TIDE7, TIDE7_AT = tides(True, 4 * 60 + 26, ["4,1 m", "0,6 m", "3,9 m", "0,8 m"],
                        lambda hi, t, h: f"{'Pleamar' if hi else 'Bajamar'}  {t}  {h}")
assert TIDE7_AT == ["04:26", "10:38", "16:50", "23:02"]
SEA_PAGE = {
    "name": "emp_utf16le_bom_cr_embera_weather_page_heavy_rain_high_sea_kicker_byline_dateline_caption_credit_running_head_midquote_glued_four_town_forecast_table_padded_cells_tide_table_glued_season_lore_column",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "",
    "blank": True,
    "note": "Ẽberã Bedea 2042-09-13 Página 8 (an invented weekly of Bahía Solano, Chocó, Colombia; Northern Emberá text, "
    "Spanish furniture), UTF-16 LE with BOM (`ʌ ẽ ã í ú “ ” – ·`), CR; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A story on heavy rain and a high sea (kicker `Kue`, title over two lines, byline line "
    "`Bʌdʌ: Aurelio Dogirama`, the dateline `BAHÍA SOLANO –`, a caption and its credit inside a sentence, the "
    "forecaster's “” quotation cut by the running head before `pusa.”`); then, **with no blank line**, the label "
    "`Nu kue` over four towns' rows (cells padded with runs of spaces, `low/high`); the label `Pleamar y bajamar` "
    "over four tide rows; then, **with no blank line under the last row**, a season-lore column.",
    "date": "2042-09-13", "page": "8",
    "head": [f"ẼBERÃ BEDEA · {spanish(DAY7)} · Página 8", "Clima · Editora: Rosalba Cabrera"],
    "foot": ["Ẽberã Bedea · bedea@solano.example.co"],
    "furniture": ["ẼBERÃ BEDEA", spanish(DAY7), "Página 8", "Clima", "Editora: Rosalba Cabrera", "Ẽberã Bedea · Clima",
                  "Ẽberã Bedea", "bedea@solano.example.co"],
    "run": ["Ẽberã Bedea · Clima"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Kue", "Kue ne bʌdʌ, pusa", "jĩrũ ewari umé", "Bʌdʌ: Aurelio Dogirama"],
         "kicker": "Kue", "title": "Kue ne bʌdʌ, pusa jĩrũ ewari umé",
         "byline": ["Bʌdʌ: Aurelio Dogirama", "Aurelio Dogirama"],
         "captions": ["Ẽberã jãbadebema Bahía Solano pusa ichi."], "credits": ["Foto: Nelly Cuñapa"],
         "body": [syl(f"BAHÍA SOLANO – Kue ne bʌdʌ ewari umé, pusa jĩrũ. Bahía Solano {T7['Bahía Solano'][0]} "
                      f"grados, {T7['Bahía Solano'][1]} grados ewari. Pleamar {TIDE7_AT[0]} ewari, "
                      "pusabemarã jãbadebemarã jarapanana."),
                  syl("Jãbadebema ẽberãrã ewari ichi, {cap}pusabemarã kiruanamaebada pusa kãiberea."),
                  syl("Meteorología jaradebema Isabel Majoré bʌdʌ: “Kue ne bʌdʌ, pusa jĩrũ, "
                      "jãbadebemarã bʌdʌ kãibea jũma ewari umé {run}pusa.”"),
                  syl("Ewari ũbea kue ne jũmaebada, jãbadebemarã bʌdʌ.")]},
        table("Nu kue", F7, glued=True),
        table("Pleamar y bajamar", TIDE7),
        {"lines": ["Kue ewari", "Bʌdʌ: Graciela Chamarra"], "glued": True, "title": "Kue ewari",
         "byline": ["Bʌdʌ: Graciela Chamarra", "Graciela Chamarra"],
         "body": [syl("Septiembre kue ewari, ẽberãrã jaradebemarã bʌdʌ: kue ne jũma, do jĩrũ, "
                      "kiruanamaebada jemene ewari."),
                  syl("Jãbadebemarã bʌdʌ: kue ne jũmaebada, pakuru jemenebema kĩrãkaebada.")]},
    ],
}

# 8. Tzʼutujil (Santiago Atitlán, Guatemala), Latin-1, CRLF, indent-only (two spaces): the rains end and the cold
#    nights begin (deck), a forecast table with a header row, sun-and-moon lines, a maize-harvest lore column.
DAY8 = date(2042, 11, 1)
F8, T8 = latin_forecast([("Santiago", "Q'iij", 9, 22), ("San Pedro", "Q'iij", 8, 22), ("San Lucas", "Sutz'", 9, 21),
                         ("Cerro de Oro", "Q'iij", 10, 23)], pad=(15, 9))
HEAD8 = f"{'Tinamit':<15}{'Kaaj':<9}Tew/Q'aaq'"
LAKE_PAGE = {
    "name": "tzj_latin1_crlf_tzutujil_weather_page_rains_end_cold_nights_deck_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_forecast_table_header_row_sun_moon_lines_maize_harvest_lore_column",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 43, "indent": "  ", "blank": False,
    "note": "Ruch'ab'al Atit 2042-11-01 Página 5 (an invented weekly of Santiago Atitlán, Sololá, Guatemala; Tzʼutujil "
    "text with the ASCII apostrophe, Spanish furniture), ISO-8859-1 (`á é ó ñ`; straight quotes, ASCII hyphens), "
    "CRLF; **indent-only paragraphs (two spaces)**, wrapped at 43 with hyphenation. A story on the rains ending and "
    "cold nights (title, **deck** `Xtew chi aq'ab'` (the subtitle), byline line `Tz'ib'anel: Juana Sojuel`, the "
    "dateline `SANTIAGO ATITLAN -`, a caption and its credit inside a sentence, the forecaster's \"\" quotation cut by "
    "the running head before `ixim.\"`); then, after a blank line, the label `Kaaj chwaq` over a header row and four "
    "towns' rows; the label `Q'iij xuq Ik'` over sun and moon lines; a maize-harvest lore column.",
    "date": "2042-11-01", "page": "5",
    "head": [f"RUCH'AB'AL ATIT - {spanish(DAY8)} - Página 5", "El Tiempo - Editor: Diego Tziná"],
    "foot": ["Ruch'ab'al Atit - Santiago Atitlán, Sololá"],
    "furniture": ["RUCH'AB'AL ATIT", spanish(DAY8), "Página 5", "El Tiempo", "Editor: Diego Tziná",
                  "Ruch'ab'al Atit - El Tiempo", "Ruch'ab'al Atit", "Santiago Atitlán, Sololá"],
    "run": ["Ruch'ab'al Atit - El Tiempo"], "labels": [], "markup": [" - "] * 5,
    "articles": [
        {"lines": ["Xk'is ja jab'", "Xtew chi aq'ab'", "Tz'ib'anel: Juana Sojuel"],
         "title": "Xk'is ja jab'", "subtitle": "Xtew chi aq'ab'",
         "byline": ["Tz'ib'anel: Juana Sojuel", "Juana Sojuel"],
         "captions": ["Ajchakineel chi ruchi' ya' Atitlán."], "credits": ["Foto: Pedro Mendoza"],
         "body": [syl(f"SANTIAGO ATITLAN - Xk'is ja jab' pa Santiago, xtew chi aq'ab'. Chwaq ja "
                      f"temperatura {T8['Santiago'][0]} grados chi aq'ab', {T8['Santiago'][1]} grados chi q'iij. "
                      "Ja ajchakineelaa' kakimol ja ixim."),
                  syl("Ja ajchakineelaa' chi ruchi' ya', {cap}kakiya' ja kichakiil chi q'iij."),
                  syl("Ja ajmeteorología Tomás Ixbalán xub'iij: \"Chwaq xuq kab'ij q'iij, majo jab', ja "
                      "ajchakineelaa' utz kakimol ja {run}ixim.\""),
                  syl("Pa noviembre ja aq'ab' kanimatew, ja ajchakineelaa' kakikusaaj jun tziyaq.")]},
        table("Kaaj chwaq", [HEAD8] + F8),
        table("Q'iij xuq Ik'", ["Elem q'iij 06:02  Qajem q'iij 17:38", "Elem ik' 14:51  Qajem ik' 02:16",
                                "Nimalaj ik': 8 noviembre"]),
        {"lines": ["Ruq'iij ixim", "Tz'ib'anel: Gaspar Petzey"], "title": "Ruq'iij ixim",
         "byline": ["Tz'ib'anel: Gaspar Petzey", "Gaspar Petzey"],
         "body": [syl("Pa noviembre ja ajchakineelaa' kakimol ja ixim. Ja ak'aalaa' kakito' ja kitee' "
                      "kikajaaw."),
                  syl("Ja ajchakineelaa' kakib'iij: jun ixim utz, rajawaxik majo jab' pa ruq'iij ja molonem.")]},
    ],
}

# 9. Mangarevan (Rikitea, Gambier Islands, French Polynesia), cp1252, LF, blank-line: trade winds and a swell
#    (kicker), forecast table glued under the story, a tide table, the breadfruit-season column glued under it.
DAY9 = date(2042, 12, 13)
F9, T9 = latin_forecast([("Rikitea", "Ragi mea", 22, 27), ("Taku", "Ragi mea", 22, 27),
                         ("Akamaru", "Ua ririki", 23, 26), ("Aukena", "Ragi mea", 22, 27),
                         ("Taravai", "Ua ririki", 22, 26)], pad=(12, 12))
TIDE9, TIDE9_AT = tides(False, 1 * 60 + 50, ["0,2 m", "0,9 m", "0,3 m", "0,8 m"],
                        lambda hi, t, h: f"{'Pleine mer' if hi else 'Basse mer'}  {t}  {h}")
assert TIDE9_AT == ["01:50", "08:02", "14:14", "20:26"]
SWELL_PAGE = {
    "name": "mrv_cp1252_lf_mangarevan_weather_page_trade_wind_swell_kicker_byline_dateline_caption_credit_running_head_midquote_glued_five_island_forecast_table_padded_cells_tide_table_glued_breadfruit_season_column",
    "encoding": "cp1252", "not_in": [], "newline": "\n", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "Te Reo Magareva 2042-12-13 Page 3 (an invented weekly of Rikitea, Gambier Islands, French Polynesia; "
    "Mangarevan text, French furniture), Windows-1252 (`é “ ” – ·`), LF; blank-line paragraphs, wrapped at 34 with "
    "hyphenation. A story on strong trade winds and a swell (kicker `Matagi`, title over two lines, byline line "
    "`Tatatau: Hinano Teakarotu`, the dateline `RIKITEA –`, a caption and its credit inside a sentence, the "
    "forecaster's “” quotation cut by the running head before `vaka.”`); then, **with no blank line**, the label "
    "`Te ragi apopo` over five islands' rows (padded cells); the label `Marée à Rikitea` over four tide rows "
    "(`Basse mer`/`Pleine mer`); then, **with no blank line under the last row**, a breadfruit-season column.",
    "date": "2042-12-13", "page": "3",
    "head": [f"TE REO MAGAREVA · {french(DAY9)} · Page 3", "Météo · Rédaction: Teiki Mamatui"],
    "foot": ["Te Reo Magareva · reo@rikitea.example.pf"],
    "furniture": ["TE REO MAGAREVA", french(DAY9), "Page 3", "Météo", "Rédaction: Teiki Mamatui",
                  "Te Reo Magareva · Météo", "Te Reo Magareva", "reo@rikitea.example.pf"],
    "run": ["Te Reo Magareva · Météo"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Matagi", "Te matagi rahi e te", "garu i Rikitea", "Tatatau: Hinano Teakarotu"],
         "kicker": "Matagi", "title": "Te matagi rahi e te garu i Rikitea",
         "byline": ["Tatatau: Hinano Teakarotu", "Hinano Teakarotu"],
         "captions": ["Te vaka i te uahu o Rikitea."], "credits": ["Photo: Manaarii Tuheiava"],
         "body": [syl(f"RIKITEA – Te matagi rahi no te tokerau, apopo e te tapati. I Rikitea "
                      f"{T9['Rikitea'][0]} degere i te po, {T9['Rikitea'][1]} degere i te ao. Te garu "
                      "e toru metera i te moana, te vaka hakamaramaramaga ka noho i te uahu."),
                  syl("I te popoi nei, {cap}te tagata i hakatoka i te vaka ki uta."),
                  syl("Te tagata hakamatakitaki ragi Marcel Tepano i ki mai: “E rua ra, te matagi rahi, "
                      "auraka e haere ki te moana i runga i te {run}vaka.”"),
                  syl("Hakapapa te matagi i te monire, tera ra apopo.")]},
        table("Te ragi apopo", F9, glued=True),
        table("Marée à Rikitea", TIDE9),
        {"lines": ["Te tau mei", "Tatatau: Mere Tiaihau"], "glued": True, "title": "Te tau mei",
         "byline": ["Tatatau: Mere Tiaihau", "Mere Tiaihau"],
         "body": [syl("I te marama tiehema, te mei ka para i Magareva. Te tagata ka hakaputu i te mei, "
                      "ka hakatupu i te mahi i roto i te rua."),
                  syl("Te korohua i ki: ka rahi te matagi, ka para te mei.")]},
    ],
}

# 10. Poqomchiʼ (San Cristóbal Verapaz, Guatemala), UTF-8 without BOM, LF, indent-only (four spaces): frost in
#     the high villages (kicker), a forecast table, sun-and-moon lines, a frost-lore column.
DAY10 = date(2043, 1, 17)
F10, T10 = latin_forecast([("San Cristóbal", "Saq q'iij", 6, 20), ("Santa Cruz", "Saq q'iij", 5, 20),
                           ("Tactic", "Suutz'", 4, 17), ("Tamahú", "Suutz'", 7, 19), ("Purulhá", "Ruxb'al", 8, 18)])
assert T10["Tactic"][0] < T10["San Cristóbal"][0]
FROST_PAGE = {
    "name": "poh_utf8_nobom_lf_poqomchi_weather_page_frost_high_villages_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_five_town_forecast_table_sun_moon_lines_frost_lore_column",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 42, "indent": "    ", "blank": False,
    "note": "Rukꞌaaqꞌ Kaqcham 2043-01-17 Página 7 (an invented weekly of San Cristóbal Verapaz, Alta Verapaz, "
    "Guatemala; Poqomchiʼ text with the ASCII apostrophe, Spanish furniture), UTF-8 without BOM (`á ó ꞌ “ ” – ·`), "
    "LF; **indent-only paragraphs (four spaces)**, wrapped at 42 with hyphenation. A story on frost in the high "
    "villages (kicker `Tew`, title over two lines, byline line `Tz'ihb'anel: Rosa Caal Maquín`, the dateline "
    "`SAN CRISTÓBAL –`, a caption and its credit inside a sentence, the forecaster's “” quotation cut by the running "
    "head before `awiinq.”`); then, after a blank line, the label `Q'iij ewer` over five towns' rows; the label "
    "`Q'iij ruuk' Po'` over sun and moon lines; a frost-lore column.",
    "date": "2043-01-17", "page": "7",
    "head": [f"RUKꞌAAQꞌ KAQCHAM · {spanish(DAY10)} · Página 7", "Tiempo · Editor: Mynor Cucul"],
    "foot": ["Rukꞌaaqꞌ Kaqcham · kaqcham@verapaz.example.gt"],
    "furniture": ["RUKꞌAAQꞌ KAQCHAM", spanish(DAY10), "Página 7", "Tiempo", "Editor: Mynor Cucul",
                  "Rukꞌaaqꞌ Kaqcham · Tiempo", "Rukꞌaaqꞌ Kaqcham", "kaqcham@verapaz.example.gt"],
    "run": ["Rukꞌaaqꞌ Kaqcham · Tiempo"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Tew", "Xtew pan kaab'ichal", "taqaal Tactic", "Tz'ihb'anel: Rosa Caal Maquín"],
         "kicker": "Tew", "title": "Xtew pan kaab'ichal taqaal Tactic",
         "byline": ["Tz'ihb'anel: Rosa Caal Maquín", "Rosa Caal Maquín"],
         "captions": ["Ajk'anjelaneel pan ixim chi taqaal."], "credits": ["Foto: Alberto Cuz"],
         "body": [syl(f"SAN CRISTÓBAL – Xtew pan kaab'ichal taqaal, Tactic {T10['Tactic'][0]} grados chi "
                      f"aq'ab'. San Cristóbal {T10['San Cristóbal'][0]} grados, {T10['San Cristóbal'][1]} "
                      "grados chi q'iij. Ajk'anjelaneeleb' keh kichajiij ixim."),
                  syl("Chi aq'ab' saqwach ch'och', {cap}ajk'anjelaneeleb' xkichakuuj chi tz'aqaab'."),
                  syl("Ajmeteorología Hilda Pop xch'a'wik: “Ox q'iij chik xtew chi aq'ab', ajk'anjelaneeleb' "
                      "keh kichajiij ak'un ruuk' {run}awiinq.”"),
                  syl("Pan q'iij domingo xtew rajawaxik, alabitzeleb' keh kikojoj chakomeh tziyaq.")]},
        table("Q'iij ewer", F10),
        table("Q'iij ruuk' Po'", ["Elik q'iij 06:29  Oqik q'iij 17:56", "Elik po' 23:40  Oqik po' 11:02",
                                  "Kaqab'al po': 21 enero"]),
        {"lines": ["Ruq'iij tew", "Tz'ihb'anel: Marcos Chen"], "title": "Ruq'iij tew",
         "byline": ["Tz'ihb'anel: Marcos Chen", "Marcos Chen"],
         "body": [syl("Pan enero nimalaj tew, ajk'anjelaneeleb' kikowiik kichajiij kaqtakataq ixim."),
                  syl("Ri'jileb' keh: ajwi saqwach ch'och' chi aq'ab', xtew chik oxib' q'iij, "
                      "rajawaxik kaqchajiij kixq'ooq'.")]},
    ],
}

PAGES = [COLD_PAGE, LAVER_PAGE, MONSOON_PAGE, DRY_PAGE, STORM_PAGE, RAIN_PAGE, SEA_PAGE, LAKE_PAGE, SWELL_PAGE,
         FROST_PAGE]
