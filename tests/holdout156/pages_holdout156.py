"""The text of every holdout156 page, written once: make_holdout156_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-151 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a listings row as a line of its own (one
gold paragraph, no blank line between two rows); `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's rules).
Every page is a TV and radio guide page: a feature on one programme (kicker or deck, title, byline, a caption with
its credit inside a sentence, the host's quotation cut by the running head), a day's listings for two channels (each
an article titled by the channel, one paragraph per row, holdout70's), today's picks of two blurbs each headed by
its time, channel and title on one line, and a radio column or a reader's question answered. Listing times are
computed from the programmes' lengths and the picks' times are read from the listings (asserted). All papers,
stations, programmes, people and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def clock(minute):
    return f"{minute // 60:02d}:{minute % 60:02d}"


def schedule(start, items, sep):
    """Listing rows from a start time and each programme's length in minutes: (rows, {title: start}, end)."""
    rows, starts, t = [], {}, start
    for title, length in items:
        rows.append(f"{clock(t)}{sep}{title}")
        starts[title] = clock(t)
        t += length
    assert all(a < b for a, b in zip(list(starts.values()), list(starts.values())[1:]))
    return rows, starts, t


def column(label, items, runin=None, glued=False):
    """A labelled column (a day's listings, or the picks): the label, printed once, is the first item's section
    (none accepted) and accepted on the others; the kicker is accepted on every item; each item's head is its
    title. A listings item's body is its rows; a pick's body its text."""
    out = []
    for i, (title, body) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": ([label] if i == 0 else []) + ([] if runin else [title]),
               "body": [("row", r) for r in body] if isinstance(body, list) else [body]}
        if runin:
            art["runin"] = runin
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK city evening paper: a dialect talk show moves to prime time; two channels' listings glued under the
#    feature; the picks glued under the last row; a radio column.
DAY1 = date(2041, 3, 15)
YEARS1, PER_YEAR1 = 10, 48
EPISODES1 = YEARS1 * PER_YEAR1
assert EPISODES1 == 480
NEWS1, NEWS1_AT, NEWS1_END = schedule(18 * 60, [("澧城新闻", 30), ("民生直通车", 30), ("都市快报", 30),
                                               ("老街坊说事", 45), ("法治时空（重播）", 30), ("晚间新闻", 20)], "　")
LIFE1, LIFE1_AT, LIFE1_END = schedule(18 * 60 + 30, [("家装小课堂", 25), ("电视剧：石板桥（7、8）", 90),
                                                    ("健康大讲堂（重播）", 45)], "　")
assert NEWS1_AT["老街坊说事"] == "19:30" and NEWS1_END == 21 * 60 + 5 and LIFE1_END == 21 * 60 + 10
TALK_PAGE = {
    "name": "zh_gbk_crlf_city_evening_tv_page_dialect_talk_show_prime_time_feature_kicker_byline_caption_credit_running_head_midquote_glued_two_channel_listings_rerun_marks_glued_picks_time_channel_title_heads_radio_column",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "澧城晚报 2041-03-15 第12版 视听 (a city evening paper's TV and radio page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A feature on a dialect talk show moving to 19:30 (kicker `开播十年`, title, byline line, a caption "
    f"and its credit inside a sentence, the host's “” quotation cut by the running head before `八仙桌。”`, {EPISODES1} "
    f"episodes = {YEARS1} years × {PER_YEAR1}, computed); then, **with no blank line under the feature's last line**, "
    "the label `今晚导视` over two channels' listings (each channel an article titled by its name, one paragraph per "
    "`HH:MM　programme` row, reruns marked `（重播）`; times computed from the programmes' lengths); then, **with no "
    "blank line under the last row**, the label `今晚看点` over two picks each headed by its time, channel and title "
    "on one line; then a radio column.",
    "date": "2041-03-15", "page": "12",
    "head": ["澧城晚报", f"2041年3月15日　{weekday(DAY1)}　　第12版　视听　　编辑：翁　岱"],
    "foot": ["节目以播出为准　　澧城晚报社　　热线：0736-2218605"],
    "furniture": ["澧城晚报", "2041年3月15日", weekday(DAY1), "第12版", "视听", "编辑：翁　岱", "澧城晚报·视听",
                  "节目以播出为准", "澧城晚报社", "热线：0736-2218605"],
    "run": ["澧城晚报·视听"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["开播十年", "《老街坊说事》搬进黄金档", "本报记者　庞　沅"],
         "kicker": "开播十年", "title": "《老街坊说事》搬进黄金档", "byline": ["本报记者　庞　沅", "庞　沅", "庞沅"],
         "captions": ["主持人贺兰芬（中）与街坊在录制现场。"], "credits": ["（澧城电视台供图）"],
         "body": [f"澧城电视台新闻综合频道的方言谈话节目《老街坊说事》从今晚起由午间移到{NEWS1_AT['老街坊说事']}"
                  f"播出，每期45分钟。节目开播{YEARS1}年，每年播出{PER_YEAR1}期，已经播出{EPISODES1}期。",
                  "节目每期请三位街坊围坐一张八仙桌，{cap}用澧城话聊家长里短。",
                  "主持人贺兰芬说：“街坊们爱看，是因为桌上说的都是自己家门口的事。换了时段，我们还是那张"
                  "{run}八仙桌。”",
                  "新时段的第一期，聊的是老城区小巷装路灯的事。"]},
        *column("今晚导视", [("澧城电视台新闻综合频道", NEWS1), ("澧城电视台生活频道", LIFE1)], glued=True),
        *column("今晚看点", [
            (f"{NEWS1_AT['老街坊说事']}　新闻综合　老街坊说事", "移到黄金档的第一期，三位街坊说说小巷里的路灯该装在哪儿。"),
            (f"{LIFE1_AT['电视剧：石板桥（7、8）']}　生活频道　石板桥", "第7、8集：老宋的裁缝铺要拆了，他连夜去找儿子商量。"),
        ], glued=True),
        {"lines": ["交通广播开通夜间热线", "本报记者　庞　沅"], "title": "交通广播开通夜间热线",
         "byline": ["本报记者　庞　沅", "庞　沅", "庞沅"],
         "body": ["澧城交通广播FM 97.2从下周一起每晚22:00至24:00开播热线节目《夜归人》，为夜班司机和晚归的市民"
                  "点歌、报路况，听众可拨打节目热线参与。"]},
    ],
}

# 2. GB18030 county daily: a farm radio programme turns twenty (deck); a radio and a TV channel's listings; the
#    picks; a listener's question answered. Indent-only, not glued.
RARE = "\u4c9f"  # 䲟, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2041, 6, 4)
FM2, FM2_AT, FM2_END = schedule(6 * 60, [("田头广播", 60), ("早间新闻", 30), ("健康热线", 60),
                                        ("戏曲天地（重播）", 60)], "　")
TV2, TV2_AT, TV2_END = schedule(19 * 60, [("淯川新闻", 30), ("乡村大舞台", 60), ("电视剧：河湾人家（15、16）", 90)], "　")
assert FM2_AT["田头广播"] == "06:00" and FM2_END == 9 * 60 + 30 and TV2_END == 22 * 60
FARM_PAGE = {
    "name": "zh_gb18030_lf_county_radio_tv_page_farm_radio_twenty_years_feature_deck_rare_char_byline_caption_credit_running_head_midquote_indent_only_fm_and_tv_listings_rerun_mark_picks_time_channel_title_heads_listener_question_answered",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"淯川日报 2041-06-04 第7版 广电 (a county daily's radio and TV page; `{RARE}` U+4C9F, CJK Extension A, in the "
    f"reporter's name `冯　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A feature on a "
    "farm radio programme's twentieth year (title, **deck** `主持人韦秋禾：我就是个报天气的` (the subtitle), byline "
    "line, a caption and its credit inside a sentence, the host's “” quotation cut by the running head before "
    "`追肥了。”`); then, after a blank line, the label `今日节目` over a radio channel (`…综合广播　FM 95.8`) and a TV "
    "channel, one paragraph per row (a rerun marked `（重播）`); the label `今日推荐` over two picks; a listener's "
    "question `收音机收不到台怎么办？` answered in a `问：` and an `答：` paragraph (kicker `听众来信`).",
    "date": "2041-06-04", "page": "7",
    "head": ["淯川日报", f"2041年6月4日　{weekday(DAY2)}　　第7版　广电"],
    "foot": ["淯川日报社　　地址：淯川县城南路18号　　邮编：474550"],
    "furniture": ["淯川日报", "2041年6月4日", weekday(DAY2), "第7版", "广电", "淯川日报·广电", "淯川日报社",
                  "地址：淯川县城南路18号", "邮编：474550"],
    "run": ["淯川日报·广电"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["《田头广播》开播二十年", "主持人韦秋禾：我就是个报天气的", f"本报记者　冯　{RARE}"],
         "title": "《田头广播》开播二十年", "subtitle": "主持人韦秋禾：我就是个报天气的",
         "byline": [f"本报记者　冯　{RARE}", f"冯　{RARE}", f"冯{RARE}"],
         "captions": ["韦秋禾在麦田边录制节目。"], "credits": [f"（本报记者　冯　{RARE}　摄）"],
         "body": [f"淯川人民广播电台的农村节目《田头广播》本月迎来开播二十年。节目每天清晨{FM2_AT['田头广播']}播出，"
                  "每期一小时，讲农时、报天气、答农户问。",
                  "二十年里，韦秋禾带着录音机{cap}走遍了全县十八个乡镇。",
                  "韦秋禾说：“农民朋友起得早，收音机一开，先听今天下不下雨，再听哪块地该{run}追肥了。”"]},
        *column("今日节目", [("淯川人民广播电台综合广播　FM 95.8", FM2), ("淯川电视台综合频道", TV2)]),
        *column("今日推荐", [
            (f"{TV2_AT['乡村大舞台']}　综合频道　乡村大舞台", "本期请来三个村的锣鼓队同台比试，还有老艺人唱花鼓戏。"),
            (f"{FM2_AT['健康热线']}　综合广播　健康热线", "县医院的医生谈夏天怎样防中暑，听众可以打进电话提问。"),
        ]),
        {"lines": ["听众来信", "收音机收不到台怎么办？"], "kicker": ["听众来信", None], "section": [None, "听众来信"], "title": "收音机收不到台怎么办？",
         "body": ["问：我住在山区，家里的收音机最近常常收不到综合广播，是电台换了频率吗？",
                  "答：综合广播的频率没有变。山区信号较弱，可以把收音机放到窗边，拉长天线；也可以用手机下载电台的"
                  "客户端收听。"]},
    ],
}

# 3. Big5 Taiwan county paper: a Hakka children's programme's second season; glued listings under the feature; the
#    picks glued under the last row; a radio column.
DAY3 = date(2041, 9, 21)
assert DAY3.year - 1911 == 130 and DAY3.weekday() == 5  # 今天起, 每週六
C3A, C3A_AT, C3A_END = schedule(17 * 60, [("卡通：小石頭", 30), ("月光光", 30), ("縣政新聞", 30),
                                         ("鄉土劇：老街茶行（重播）", 60)], "　")
C3B, C3B_AT, C3B_END = schedule(18 * 60, [("客家山歌仔", 60), ("週末電影：海邊的信", 110), ("夜間新聞", 30)], "　")
assert C3A_AT["月光光"] == "17:30" and C3A_END == 19 * 60 + 30 and C3B_END == 21 * 60 + 20
HAKKA_PAGE = {
    "name": "zht_big5_cr_taiwan_tv_page_hakka_children_show_second_season_feature_kicker_byline_caption_credit_running_head_midquote_glued_cable_channel_listings_rerun_mark_glued_picks_radio_column",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "竹埔日報 2041-09-21 (`中華民國130年9月21日`) B4 影視 (a county paper's TV page, Hsinchu county, Taiwan), Big5, "
    "CR; blank-line paragraphs, wrapped at 20. A feature on a Hakka-language children's programme's second season "
    "(kicker `第二季開播`, title with a full-width gap, byline line `記者范雅婷／竹東報導`, a caption and its credit "
    "inside a sentence, the host's 「」 quotation cut by the running head before `唱出來。」`); then, **with no blank "
    "line**, the label `今日節目表` over two cable channels' listings (one paragraph per row, a rerun `（重播）`); "
    "then, **with no blank line under the last row**, the label `今晚精選` over two picks; then a radio column.",
    "date": "2041-09-21", "page": "B4",
    "head": [f"竹埔日報　中華民國130年9月21日　{weekday(DAY3)}", "B4　影視　　編輯：邱筱葳"],
    "foot": ["竹埔日報社　讀者服務專線：(03)5962-417"],
    "furniture": ["竹埔日報", "中華民國130年9月21日", weekday(DAY3), "B4", "影視", "編輯：邱筱葳", "竹埔日報．影視",
                  "竹埔日報社", "讀者服務專線：(03)5962-417"],
    "run": ["竹埔日報．影視"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["第二季開播", "客語兒童節目　月光光再見", "記者范雅婷／竹東報導"],
         "kicker": "第二季開播", "title": "客語兒童節目　月光光再見", "byline": ["記者范雅婷／竹東報導", "范雅婷"],
         "captions": ["主持人羅姐姐和小朋友一起錄影。"], "credits": ["（竹風有線提供）"],
         "body": [f"竹風有線第3台的客語兒童節目《月光光》今天起播出第二季，每週六{C3A_AT['月光光']}播出，"
                  "每集半小時，共二十集。",
                  "節目請來竹東一帶國小的小朋友，{cap}用客語唱童謠、玩遊戲。",
                  "主持人羅姐姐說，「很多小朋友在家只聽阿公阿婆講客語，自己不敢開口，來到節目就敢大聲"
                  "{run}唱出來。」"]},
        *column("今日節目表", [("竹風有線第3台", C3A), ("竹風有線第8台", C3B)], glued=True),
        *column("今晚精選", [
            (f"{C3B_AT['週末電影：海邊的信']}　第8台　海邊的信", "一封寄錯地址的信，讓漁村的郵差和退休老師成了朋友。"),
            (f"{C3B_AT['客家山歌仔']}　第8台　客家山歌仔", "本週請來峨眉的山歌班，唱採茶時節的老歌。"),
        ], glued=True),
        {"lines": ["竹風之聲夜間節目改版", "記者范雅婷／竹東報導"], "title": "竹風之聲夜間節目改版",
         "byline": ["記者范雅婷／竹東報導", "范雅婷"],
         "body": ["竹風之聲FM 101.3下週起夜間節目改版，晚上十點新增《茶園夜話》，每晚一小時，請茶農聊製茶的"
                  "甘苦，也開放聽眾來電點歌。"]},
    ],
}

# 4. Big5-HKSCS Hong Kong district weekly in Cantonese: a radio drama revived; listings; the picks; a reader's
#    question answered. Indent-only, not glued.
DAY4 = date(2041, 11, 9)
assert DAY4.weekday() == 5  # the drama airs on Saturdays ("逢禮拜六")
R4, R4_AT, R4_END = schedule(20 * 60, [("晚間新聞", 30), ("街坊廣播劇：茶樓風雲", 30), ("粵曲會知音", 60),
                                      ("深夜傾偈（重播）", 60)], "　")
T4, T4_AT, T4_END = schedule(19 * 60, [("城南新聞", 30), ("飲食男女遊灣畔", 30), ("電視劇：天台人家（3）", 60)], "　")
assert R4_AT["街坊廣播劇：茶樓風雲"] == "20:30" and R4_END == 23 * 60 and T4_END == 21 * 60
DRAMA_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_radio_tv_page_cantonese_radio_drama_revived_feature_kicker_byline_caption_credit_running_head_midquote_indent_only_radio_and_tv_listings_rerun_mark_picks_reader_question_answered",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "灣畔週報 2041-11-09 第6頁 娛樂 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 嚟`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese feature on a radio drama made by "
    "neighbours (kicker `停咗廿年`, title with a full-width gap, byline line `記者　區嘉琪`, a caption and its credit "
    "inside a sentence, the host's 「」 quotation cut by the running head before `聽落去。」`); then, after a blank "
    "line, the label `今晚節目` over a radio and a TV channel's listings (a rerun `（重播）`); the label `編輯推介` "
    "over two picks; a reader's question answered in `問：` and `答：` paragraphs (kicker `讀者問答`).",
    "date": "2041-11-09", "page": "6",
    "head": [f"灣畔週報　2041年11月9日　{weekday(DAY4)}　第6頁", "娛樂　　編輯：黎家樂"],
    "foot": ["灣畔週報社　　熱線：2467 3380"],
    "furniture": ["灣畔週報", "2041年11月9日", weekday(DAY4), "第6頁", "娛樂", "編輯：黎家樂", "灣畔週報．娛樂",
                  "灣畔週報社", "熱線：2467 3380"],
    "run": ["灣畔週報．娛樂"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["停咗廿年", "廣播劇返嚟　街坊做主角", "記者　區嘉琪"],
         "kicker": "停咗廿年", "title": "廣播劇返嚟　街坊做主角", "byline": ["記者　區嘉琪", "區嘉琪"],
         "captions": ["街坊喺錄音室對稿。"], "credits": ["（區嘉琪攝）"],
         "body": [f"城南電台停咗廿年嘅廣播劇，今個月重新播出，逢禮拜六晚{R4_AT['街坊廣播劇：茶樓風雲']}播，"
                  "每集半個鐘，演員全部係屋邨街坊。",
                  "第一套劇講一間老茶樓嘅故事，{cap}錄咗成個月先錄完頭四集。",
                  "主持兼導演容叔話：「以前一家人圍住部收音機聽劇，而家大家睇手機，但係好嘅故事一樣有人肯"
                  "{run}聽落去。」"]},
        *column("今晚節目", [("城南電台第一台", R4), ("城南電視", T4)]),
        *column("編輯推介", [
            (f"{R4_AT['街坊廣播劇：茶樓風雲']}　第一台　茶樓風雲", "第一集：老闆話要賣舖，夥計同熟客一齊諗辦法。"),
            (f"{T4_AT['飲食男女遊灣畔']}　城南電視　飲食男女遊灣畔", "去街市隔籬嘅大牌檔，試吓開咗四十年嘅豉油雞。"),
        ]),
        {"lines": ["讀者問答", "點樣收聽重播？"], "kicker": ["讀者問答", None], "section": [None, "讀者問答"], "title": "點樣收聽重播？",
         "body": ["問：我夜晚要返工，聽唔到廣播劇，有冇重播？",
                  "答：電台逢禮拜日下晝三點重播上一集，亦可以喺電台網站隨時重溫。"]},
    ],
}

# 5. Singapore UTF-8 daily (simplified): a Hokkien storytelling programme for the elderly; listings glued under the
#    feature; the picks glued under the last row; a radio column.
DAY5 = date(2041, 7, 13)
assert DAY5.weekday() == 5  # the show opens tonight, a Saturday
S5A, S5A_AT, S5A_END = schedule(18 * 60 + 30, [("晚间简报", 30), ("阿嬷讲古", 30), ("狮城八点档：组屋人家（42）", 60),
                                               ("时事追踪（重播）", 30)], "　")
S5B, S5B_AT, S5B_END = schedule(19 * 60, [("邻里好声音", 60), ("周末电影：南洋来信", 105), ("深夜新闻", 15)], "　")
assert S5A_AT["阿嬷讲古"] == "19:00" and S5A_END == 21 * 60 and S5B_END == 22 * 60
STORY_PAGE = {
    "name": "zh_utf8_nobom_lf_singapore_tv_page_hokkien_storytelling_show_feature_kicker_byline_caption_credit_running_head_midquote_glued_two_channel_listings_rerun_mark_glued_picks_radio_column",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "狮澜晨报 2041-07-13 第14版 视听娱乐 (an invented Singapore Chinese daily; simplified), UTF-8 without BOM, "
    "LF; blank-line paragraphs, wrapped at 21. A feature on a Hokkien storytelling programme for the elderly "
    "(kicker `方言节目`, title, byline line `本报记者　卓绮雯`, a caption and its credit inside a sentence, the host's "
    "“” quotation cut by the running head before `听故事。”`); then, **with no blank line**, the label `今晚荧幕` "
    "over two channels' listings (a rerun `（重播）`); then, **with no blank line under the last row**, the label "
    "`编辑推荐` over two picks; then a radio column.",
    "date": "2041-07-13", "page": "14",
    "head": [f"狮澜晨报　2041年7月13日　{weekday(DAY5)}", "第14版　视听娱乐　　编辑：洪佩珊"],
    "foot": ["狮澜晨报社　读者热线：6378 2105"],
    "furniture": ["狮澜晨报", "狮澜晨报社", "2041年7月13日", weekday(DAY5), "第14版", "视听娱乐", "编辑：洪佩珊", "狮澜晨报·视听娱乐",
                  "读者热线：6378 2105"],
    "run": ["狮澜晨报·视听娱乐"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["方言节目", "《阿嬷讲古》每周六晚播出", "本报记者　卓绮雯"],
         "kicker": "方言节目", "title": "《阿嬷讲古》每周六晚播出", "byline": ["本报记者　卓绮雯", "卓绮雯"],
         "captions": ["主持人陈丽云在宏茂桥组屋楼下录影。"], "credits": ["（南岸电视提供）"],
         "body": [f"南岸电视一台的福建话节目《阿嬷讲古》今晚起每周六{S5A_AT['阿嬷讲古']}播出，每集半小时，"
                  "请老人家用福建话讲从前的甘榜故事。",
                  "节目组走访了十二个组屋区，{cap}一共录下四十多位老人的故事。",
                  "主持人陈丽云说：“很多老人家一开口就停不下来，孙子孙女也围过来，一家人坐在一起"
                  "{run}听故事。”"]},
        *column("今晚荧幕", [("南岸电视一台", S5A), ("南岸电视二台", S5B)], glued=True),
        *column("编辑推荐", [
            (f"{S5B_AT['周末电影：南洋来信']}　二台　南洋来信", "一箱旧信件，牵出祖孙三代在马六甲和新加坡之间的往事。"),
            (f"{S5B_AT['邻里好声音']}　二台　邻里好声音", "本周决赛，五位组屋居民争夺冠军，评审包括退休的歌台歌手。"),
        ], glued=True),
        {"lines": ["电台早晨节目换主持", "本报记者　卓绮雯"], "title": "电台早晨节目换主持",
         "byline": ["本报记者　卓绮雯", "卓绮雯"],
         "body": ["南岸电台FM 96.5的早晨节目下个月起换上两位新主持，每天6:00至9:00播出，除了交通消息，还新增"
                  "小贩中心开档时间的报道。"]},
    ],
}

# 6. UTF-16 LE city daily: a programme following a mountain railway's small stations; listings glued under the
#    feature, the picks glued under the last row (indent-only); a radio column.
DAY6 = date(2041, 1, 23)
D6A, D6A_AT, D6A_END = schedule(19 * 60, [("嶙州新闻", 30), ("小站故事", 40), ("百姓服务台", 20),
                                         ("纪录片：大山里的桥（重播）", 50)], "　")
D6B, D6B_AT, D6B_END = schedule(19 * 60 + 30, [("电视剧：铁道线上（9、10）", 90), ("戏曲擂台", 40), ("晚间天气", 10)],
                                "　")
assert D6A_AT["小站故事"] == "19:30" and D6A_END == 21 * 60 + 20 and D6B_END == 21 * 60 + 50
STATIONS6, EPISODES6 = 12, 12
RAILWAY_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_tv_page_mountain_railway_small_stations_programme_feature_kicker_byline_caption_credit_running_head_midquote_indent_only_glued_two_channel_listings_rerun_mark_glued_picks_radio_column",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "嶙州日报 2041-01-23 第10版 荧屏周刊 (a city daily's TV page), UTF-16 LE with BOM, CRLF; indent-only "
    "paragraphs, wrapped at 22. A feature on a programme filmed at a mountain railway's small stations (kicker `新栏目`, "
    "title, **deck** `主持人带观众走进12个小站` (the subtitle), byline line, a caption and its credit inside a "
    "sentence, the host's “” quotation cut by the running head before `回家。”`); then, **with no blank line**, the "
    "label `今日电视` over two channels' listings (a rerun `（重播）`); then, **with no blank line**, the label "
    "`今晚推荐` over two picks; then, after a blank line, a radio column.",
    "date": "2041-01-23", "page": "10",
    "head": ["嶙州日报", f"2041年1月23日　{weekday(DAY6)}　　第10版　荧屏周刊"],
    "foot": ["嶙州日报社出版　　新闻热线：0851-6624019"],
    "furniture": ["嶙州日报", "2041年1月23日", weekday(DAY6), "第10版", "荧屏周刊", "嶙州日报·荧屏周刊", "嶙州日报社出版",
                  "新闻热线：0851-6624019"],
    "run": ["嶙州日报·荧屏周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新栏目", "《小站故事》今晚开播", f"主持人带观众走进{STATIONS6}个小站", "本报记者　阚　汀"],
         "kicker": "新栏目", "title": "《小站故事》今晚开播", "subtitle": f"主持人带观众走进{STATIONS6}个小站",
         "byline": ["本报记者　阚　汀", "阚　汀", "阚汀"],
         "captions": ["主持人骆峥嵘在山间小站采访养路工。"], "credits": ["（嶙州电视台供图）"],
         "body": [f"嶙州电视台新闻频道的新栏目《小站故事》今晚{D6A_AT['小站故事']}开播，每期40分钟，"
                  f"共{EPISODES6}期，每期走进山区铁路线上的一个小站。",
                  "摄制组在山里跟拍了半年，{cap}记录养路工、售票员和赶车的村民。",
                  "主持人骆峥嵘说：“这些小站一天只停两趟车，可对山里人来说，那是出山的路，也是"
                  "{run}回家。”"]},
        *column("今日电视", [("嶙州电视台新闻频道", D6A), ("嶙州电视台公共频道", D6B)], glued=True),
        *column("今晚推荐", [
            (f"{D6A_AT['小站故事']}　新闻频道　小站故事", "第一期：海拔一千五百米的坪上站，一位站长守了二十二年。"),
            (f"{D6B_AT['戏曲擂台']}　公共频道　戏曲擂台", "三个县的花灯戏业余剧团同台比赛，观众可发短信投票。"),
        ], glued=True),
        {"lines": ["新闻广播推出春运特别节目", "本报记者　阚　汀"], "title": "新闻广播推出春运特别节目",
         "byline": ["本报记者　阚　汀", "阚　汀", "阚汀"],
         "body": ["嶙州新闻广播FM 93.6从下周起推出春运特别节目，每天7:00至8:00播报车站客流和道路信息，"
                  "在外务工的听众还可以通过节目给家人捎句话。"]},
    ],
}

# 7. Rarámuri (Guachochi, Chihuahua, Mexico), Windows-1252: elders' stories on a community radio; listings glued
#    under the feature; the picks glued under the last row; a radio column.
DAY7 = date(2041, 4, 13)
SHOW7 = "Ochérame ra'ichá"
assert DAY7.weekday() == 5  # the programme airs on Saturdays (sábado)
R7, R7_AT, R7_END = schedule(6 * 60, [("Kuira ba", 60), ("Ochérame ra'ichá", 60), ("Notisias Guachochi", 30),
                                     ("Música norteña (R)", 90)], " ")
T7, T7_AT, T7_END = schedule(19 * 60, [("Notisias Sierra", 30), ("Sunú echi wasárachi", 30), ("Película: Kawí ba", 100)],
                             " ")
assert R7_AT[SHOW7] == "07:00" and R7_END == 10 * 60 and T7_END == 21 * 60 + 40
ELDERS_PAGE = {
    "name": "tar_cp1252_cr_raramuri_radio_tv_page_elders_stories_radio_programme_feature_kicker_byline_dateline_caption_credit_running_head_midquote_glued_radio_and_tv_listings_rerun_r_glued_picks_radio_column",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Napawika Siérachi 2041-04-13 Página 9 (an invented weekly of Guachochi, Chihuahua, Mexico; Rarámuri text, "
    "Spanish furniture), Windows-1252 (`á é í ó “ ” – ·`), CR; blank-line paragraphs, wrapped at 39 with hyphenation. "
    "A feature on elders telling stories on a community radio (kicker `Radio`, title over two lines, byline line "
    "`Osirúame: Marcela Cruz Palma`, the dateline `GUACHOCHI –`, a caption and its credit inside a sentence, the "
    "host's “” quotation cut by the running head before `yúmari.”`); then, **with no blank line**, the label `Kíte "
    "ra'ichá` over a radio and a TV channel's listings (one paragraph per `HH:MM programme` row, a rerun `(R)`; times "
    "computed from the lengths); then, **with no blank line under the last row**, the label `We gará` over two picks "
    "each headed `HH:MM channel – title`; then a radio column.",
    "date": "2041-04-13", "page": "9",
    "head": [f"NAPAWIKA SIÉRACHI · {spanish(DAY7)} · Página 9", "Radio y Televisión · Editor: Ramón Batista"],
    "foot": ["Napawika Siérachi · napawika@guachochi.example.mx"],
    "furniture": ["NAPAWIKA SIÉRACHI", spanish(DAY7), "Página 9", "Radio y Televisión", "Editor: Ramón Batista",
                  "Napawika Siérachi · Radio y Televisión", "Napawika Siérachi", "napawika@guachochi.example.mx"],
    "run": ["Napawika Siérachi · Radio y Televisión"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Radio", "Ochérame anayáwari ra'ichá", "radio Bawichi ru", "Osirúame: Marcela Cruz Palma"],
         "kicker": "Radio", "title": "Ochérame anayáwari ra'ichá radio Bawichi ru",
         "byline": ["Osirúame: Marcela Cruz Palma", "Marcela Cruz Palma"],
         "captions": ["Lorenzo Bustillos micrófono ba."], "credits": ["Foto: Julián Holguín"],
         "body": [syl(f"GUACHOCHI – Radio Bawichi 98.3 FM ochérame ra'ichá sábado chukú {R7_AT[SHOW7]} "
                      "anagá, bilé hora. Ochérame anayáwari ra'ichá nawárachi bitichí ba."),
                  syl("Ochérame wasárachi semana ba, {cap}kórima ra'ichá okuá semana ba anagá."),
                  syl("Nulayáami Lorenzo Bustillos ané: “Ochérame ra'ichá ko kúmi nijí, echi ra'ichá "
                      "kawírachi ba, bilé {run}yúmari.”"),
                  syl("Anayáwari ra'ichá ochérame wikaráame sinibí sábado.")]},
        *column("Kíte ra'ichá", [("Radio Bawichi 98.3 FM", R7), ("Canal 12 Sierra", T7)], glued=True),
        *column("We gará", [
            (f"{R7_AT[SHOW7]} Radio Bawichi – Ochérame ra'ichá",
             syl("Ochérame Juana Moreno anayáwari ra'ichá bawírachi wasárachi.")),
            (f"{T7_AT['Sunú echi wasárachi']} Canal 12 – Sunú echi wasárachi",
             syl("Echi wasárachi sunú ochérame bitichí nawárachi anagá.")),
        ], glued=True),
        {"lines": ["Radio Bawichi machí", "Osirúame: Marcela Cruz Palma"], "title": "Radio Bawichi machí",
         "byline": ["Osirúame: Marcela Cruz Palma", "Marcela Cruz Palma"],
         "body": [syl("Radio Bawichi 98.3 FM semana ba ralámuli ra'ichá wikaráame anagá, rosábachi 18:00 "
                      "sinibí, kawírachi ochérame nawárachi.")]},
    ],
}

# 8. Totonac (Papantla, Veracruz, Mexico), UTF-8 with BOM: a TV programme on vanilla growers; two channels'
#    listings; the picks; a reader's question answered. Indent-only (three spaces), not glued.
DAY8 = date(2041, 5, 18)
assert DAY8.weekday() == 5  # the programme opens today, a Saturday
T8, T8_AT, T8_END = schedule(18 * 60, [("Noticias Papantla", 30), ("Xanat kilhtamaku", 30), ("Tachiwín tutunakú", 30),
                                      ("Kamanan lakgchixku (R)", 30)], " ")
R8, R8_AT, R8_END = schedule(7 * 60, [("Kgalhtinan tlan", 60), ("Puskat tachiwín", 45), ("Sones de Papantla", 75)], " ")
assert T8_AT["Xanat kilhtamaku"] == "18:30" and T8_END == 20 * 60 and R8_END == 10 * 60
VANILLA_PAGE = {
    "name": "top_utf8_bom_lf_totonac_tv_page_vanilla_growers_programme_feature_deck_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_tv_and_radio_listings_rerun_r_picks_reader_question_answered",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "   ",
    "blank": False,
    "note": "Kilhtamaku Tiyat 2041-05-18 Página 11 (an invented weekly of Papantla, Veracruz, Mexico; Totonac text, "
    "Spanish furniture), UTF-8 with BOM (`ú í “ ” – ·`), LF; **indent-only paragraphs (three spaces)**, wrapped at "
    "40 with hyphenation. A feature on a TV programme following vanilla growers (title over two lines, **deck** "
    "`Akgtutu kilhtamaku xla Rosa Tiburcio` (the subtitle), byline line `Tatsokgnin: Eleuterio Olmedo`, the dateline "
    "`PAPANTLA –`, a caption and its credit inside a sentence, the host's “” quotation cut by the running head before "
    "`kiwi.”`); then, after a blank line, the label `Programas` over a TV and a radio channel's listings (a rerun "
    "`(R)`); the label `Xlakata kilhtamaku` over two picks; a reader's question answered (kicker `Tapakgsin`).",
    "date": "2041-05-18", "page": "11",
    "head": [f"KILHTAMAKU TIYAT · {spanish(DAY8)} · Página 11", "Televisión · Editora: Lucía Simbrón"],
    "foot": ["Kilhtamaku Tiyat · tiyat@papantla.example.mx"],
    "furniture": ["KILHTAMAKU TIYAT", spanish(DAY8), "Página 11", "Televisión", "Editora: Lucía Simbrón",
                  "Kilhtamaku Tiyat · Televisión", "Kilhtamaku Tiyat", "tiyat@papantla.example.mx"],
    "run": ["Kilhtamaku Tiyat · Televisión"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Xanat kilhtamaku tamakxtumi", "Canal 4 Papantla", "Akgtutu kilhtamaku xla Rosa Tiburcio",
                   "Tatsokgnin: Eleuterio Olmedo"],
         "title": "Xanat kilhtamaku tamakxtumi Canal 4 Papantla", "subtitle": "Akgtutu kilhtamaku xla Rosa Tiburcio",
         "byline": ["Tatsokgnin: Eleuterio Olmedo", "Eleuterio Olmedo"],
         "captions": ["Rosa Tiburcio chu xanat lakgchixku."], "credits": ["Foto: Canal 4 Papantla"],
         "body": [syl(f"PAPANTLA – Canal 4 Papantla tamakxtumi xanat kilhtamaku sábado {T8_AT['Xanat kilhtamaku']}, "
                      "akgtum hora lakata. Lakgchixku chu puskatin tachiwinanankgo xanat kapulakgsinin."),
                  syl("Rosa Tiburcio lakgapasa lakgchixku, {cap}tamakamanan xanat makgatsininanin kiwi."),
                  syl("Rosa Tiburcio wan: “Xanat ni kaskgatan lakatanu, tlan katamakgtakgalhkan chu "
                      "tlan katamakgtakgalhkan {run}kiwi.”"),
                  syl("Kamanan tapuwankgo chu likatsininkgo tachiwinanin tutunakú.")]},
        *column("Programas", [("Canal 4 Papantla", T8), ("Radio Tiyat 91.7 FM", R8)]),
        *column("Xlakata kilhtamaku", [
            (f"{T8_AT['Xanat kilhtamaku']} Canal 4 – Xanat kilhtamaku",
             syl("Akgtum kilhtamaku: lakgchixku makgatsininankgo kapulakgsinin xanat.")),
            (f"{R8_AT['Puskat tachiwín']} Radio Tiyat – Puskat tachiwín",
             syl("Puskatin tachiwinanankgo tamakatsininanin chu lakgchixku.")),
        ]),
        {"lines": ["Tapakgsin", "¿Tukusa tamakxtumi tachiwín?"], "kicker": ["Tapakgsin", None], "section": [None, "Tapakgsin"],
         "title": "¿Tukusa tamakxtumi tachiwín?",
         "body": [syl("Kgalhskinin: Kit kaknin Coyutla, ¿tukusa tamakxtumi Radio Tiyat tachiwinanin?"),
                  syl("Kgalhtinan: Radio Tiyat tamakxtumi tachiwinanin sábado chu domingo, akgtum hora "
                      "kilhtamaku lakata.")]},
    ],
}

# 9. Tohono O'odham (Sells, Arizona, USA), UTF-16 BE: a children's language programme on TV; listings glued under
#    the feature; the picks glued under the last row; a radio column.
DAY9 = date(2041, 8, 24)
assert DAY9.weekday() == 5  # the programme airs on Saturday mornings
T9, T9_AT, T9_END = schedule(8 * 60, [("Morning News", 30), ("Ali Ñiok", 30), ("Jeweḍ c Ha'icu", 60),
                                     ("Basketball Replay (R)", 90)], " ")
R9, R9_AT, R9_END = schedule(16 * 60, [("Ñe'iñ Ha'icu", 60), ("Himdag Ñiok", 30), ("Evening News", 30)], " ")
assert T9_AT["Ali Ñiok"] == "08:30" and T9_END == 11 * 60 + 30 and R9_END == 18 * 60
LESSONS9 = 26
CHILD_PAGE = {
    "name": "ood_utf16be_bom_crlf_tohono_oodham_tv_page_children_language_programme_feature_kicker_byline_dateline_caption_credit_running_head_midquote_glued_tv_and_radio_listings_rerun_r_glued_picks_radio_column",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "",
    "blank": True,
    "note": "Jeweḍ Wecij 2041-08-24 Page 7 (an invented weekly of Sells, Arizona, USA; Tohono O'odham text, English "
    "furniture), UTF-16 BE with BOM (`ḍ ṣ ñ “ ” – ·`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. "
    f"A feature on a children's language programme on TV ({LESSONS9} lessons; kicker `Ali Ñiok`, title over two "
    "lines, byline line `O'ohanam: Delia Francisco`, the dateline `SELLS –`, a caption and its credit inside a "
    "sentence, the host's “” quotation cut by the running head before `ñiokc.”`); then, **with no blank line**, the "
    "label `Today on air` over a TV and a radio channel's listings (a rerun `(R)`); then, **with no blank line under "
    "the last row**, the label `Ṣ-ke:g` over two picks; then a radio column.",
    "date": "2041-08-24", "page": "7",
    "head": [f"JEWEḌ WECIJ · {english(DAY9)} · Page 7", "TV and Radio · Editor: Leonard Manuel"],
    "foot": ["Jeweḍ Wecij · news@sells.example.us"],
    "furniture": ["JEWEḌ WECIJ", english(DAY9), "Page 7", "TV and Radio", "Editor: Leonard Manuel",
                  "Jeweḍ Wecij · TV and Radio", "Jeweḍ Wecij", "news@sells.example.us"],
    "run": ["Jeweḍ Wecij · TV and Radio"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Ali Ñiok", "Alidag O'odham ñiok", "mamcuḍ Channel 9 ab", "O'ohanam: Delia Francisco"],
         "kicker": "Ali Ñiok", "title": "Alidag O'odham ñiok mamcuḍ Channel 9 ab",
         "byline": ["O'ohanam: Delia Francisco", "Delia Francisco"],
         "captions": ["Verna Antone c alidag ñeñeʼi."], "credits": ["Photo: Channel 9 Sells"],
         "body": [syl(f"SELLS – Channel 9 Sells ab Ali Ñiok, alidag O'odham ñiok mamcuḍ, Saturday {T9_AT['Ali Ñiok']} "
                      f"am, {LESSONS9} lessons. Alidag ab mamcuḍa ha'icu matanaki ṣa:ṣ ñiok."),
                  syl("Verna Antone ab ñeñeʼi, {cap}alidag ab kaiham c ñiokc himdagakam."),
                  syl("Verna Antone ab ñiok: “Alidag ṣ-ke:g kaiham, mamcuḍa ñeñeʼi c wepo matanaki "
                      "ha'icu, c oia {run}ñiokc.”"),
                  syl("Ali Ñiok ab mamcuḍa tatakami ñeñeʼi sikolakam.")]},
        *column("Today on air", [("Channel 9 Sells", T9), ("Radio Jeweḍ 90.5 FM", R9)], glued=True),
        *column("Ṣ-ke:g", [
            (f"{T9_AT['Ali Ñiok']} Channel 9 – Ali Ñiok", syl("Alidag mamcuḍa matanaki ñeñeʼi himdagakam.")),
            (f"{R9_AT['Himdag Ñiok']} Radio Jeweḍ – Himdag Ñiok",
             syl("Kekel Thomas Pablo ñiok himdagakam c tatakami ha'icu.")),
        ], glued=True),
        {"lines": ["Radio Jeweḍ ñiok", "O'ohanam: Delia Francisco"], "title": "Radio Jeweḍ ñiok",
         "byline": ["O'ohanam: Delia Francisco", "Delia Francisco"],
         "body": [syl("Radio Jeweḍ 90.5 FM ab matanaki O'odham ñiok himdagakam, Monday c Wednesday 18:00, "
                      "tatakami kekel c ñeñeʼi.")]},
    ],
}

# 10. Ngäbere (Llano Tugrí, comarca Ngäbe-Buglé, Panama), UTF-8: a radio programme of family messages; listings;
#     the picks; a listener's question answered. Indent-only (four spaces), not glued.
DAY10 = date(2041, 10, 26)
assert DAY10.weekday() == 5
R10, R10_AT, R10_END = schedule(5 * 60 + 30, [("Kukwe nitre ye", 90), ("Noticias Tugrí", 30), ("Kantiko ngäbere", 60),
                                             ("Kukwe kädriere (R)", 60)], " ")
T10, T10_AT, T10_END = schedule(19 * 60, [("Noticiero 21", 30), ("Ngäbe nitre kä", 30), ("Película: Ñö kri", 90)], " ")
assert R10_AT["Kukwe nitre ye"] == "05:30" and R10_END == 9 * 60 + 30 and T10_END == 21 * 60 + 30
MESSAGE_PAGE = {
    "name": "gym_utf8_nobom_lf_ngabere_radio_page_family_messages_programme_feature_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_radio_and_tv_listings_rerun_r_picks_listener_question_answered",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 42, "indent": "    ", "blank": False,
    "note": "Kukwe Kädriekri 2041-10-26 Página 6 (an invented weekly of the comarca Ngäbe-Buglé, Panama; Ngäbere text, "
    "Spanish furniture), UTF-8 without BOM (`ä ö ü ñ “ ” – ·`), LF; **indent-only paragraphs (four spaces)**, wrapped "
    "at 42 with hyphenation. A feature on a dawn radio programme of family messages (kicker `Radio`, title over two "
    "lines, byline line `Kukwe ngwane: Elvia Bejerano`, the dateline `LLANO TUGRÍ –`, a caption and its credit inside "
    "a sentence, the host's “” quotation cut by the running head before `kädrie.”`); then, after a blank line, the "
    "label `Programas` over a radio and a TV channel's listings (a rerun `(R)`); the label `Kukwe ütiäte` over two "
    "picks; a listener's question answered (kicker `Kukwe mikani`).",
    "date": "2041-10-26", "page": "6",
    "head": [f"KUKWE KÄDRIEKRI · {spanish(DAY10)} · Página 6", "Radio y TV · Editor: Aurelio Abrego"],
    "foot": ["Kukwe Kädriekri · kukwe@tugri.example.pa"],
    "furniture": ["KUKWE KÄDRIEKRI", spanish(DAY10), "Página 6", "Radio y TV", "Editor: Aurelio Abrego",
                  "Kukwe Kädriekri · Radio y TV", "Kukwe Kädriekri", "kukwe@tugri.example.pa"],
    "run": ["Kukwe Kädriekri · Radio y TV"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Radio", "Kukwe nitre ye Radio", "Tugrí bätä nuaine", "Kukwe ngwane: Elvia Bejerano"],
         "kicker": "Radio", "title": "Kukwe nitre ye Radio Tugrí bätä nuaine",
         "byline": ["Kukwe ngwane: Elvia Bejerano", "Elvia Bejerano"],
         "captions": ["Evelio Montezuma micrófono känti."], "credits": ["Foto: Radio Tugrí"],
         "body": [syl(f"LLANO TUGRÍ – Radio Tugrí 100.5 FM kukwe nitre ye sábado {R10_AT['Kukwe nitre ye']}, "
                      "hora bobu nuaine. Nitre ngäbe kukwe mikaninaka monsotre ye kädrieta."),
                  syl("Nitre nikani kukwe kädriere, {cap}Evelio Montezuma kukwe mikaninaka radio känti."),
                  syl("Evelio Montezuma niere: “Nitre bäri ta kukwe mikaninaka kä ngübiti, kukwe "
                      "nitre ye radio känti nuaine {run}kädrie.”"),
                  syl("Kukwe mikaninaka ketadre bätä monsotre ngäbere, nitre mikaninaka kädrieta "
                      "Kankintú bätä Llano Tugrí, monsotre mikaninaka ngäbere bätä nitre kukwe mikaninaka.")]},
        *column("Programas", [("Radio Tugrí 100.5 FM", R10), ("Canal 21", T10)]),
        *column("Kukwe ütiäte", [
            (f"{R10_AT['Kantiko ngäbere']} Radio Tugrí – Kantiko ngäbere",
             syl("Nitre kantiko ngäbere mikaninaka monsotre kädrieta, kukwe ketadre nitre "
                 "kädrietadre.")),
            (f"{T10_AT['Ngäbe nitre kä']} Canal 21 – Ngäbe nitre kä",
             syl("Ngäbe nitre kä Kankintú kukwe mikaninaka ketadre, monsotre kukwe kädrietadre.")),
        ]),
        {"lines": ["Kukwe mikani", "¿Kukwe mikani ño?"], "kicker": ["Kukwe mikani", None], "section": [None, "Kukwe mikani"], "title": "¿Kukwe mikani ño?",
         "body": [syl("Kukwe: Ti nikani Kankintú, ¿kukwe mikani ño Radio Tugrí känti?"),
                  syl("Kädriere: Kukwe mikani teléfono känti o carta känti, nitre kukwe nitre ye mikaninaka "
                      "sábado.")]},
    ],
}

PAGES = [TALK_PAGE, FARM_PAGE, HAKKA_PAGE, DRAMA_PAGE, STORY_PAGE, RAILWAY_PAGE, ELDERS_PAGE, VANILLA_PAGE, CHILD_PAGE,
         MESSAGE_PAGE]
