"""The text of every holdout141 page, written once: make_holdout141_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-138 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 138's). The lot draw's total, the
opening hours' order, the waiting list's ranks, the tender bids' average, the free spaces, the fee ledger's running sum, the measure
prices, the scale checks and the moto fares are computed or asserted here from the figures they rest on, and the
weekdays from the dates. All papers, markets, stalls, figures, people, sums, telephone numbers and events are
invented; real places are settings only.
"""

import re
from datetime import date

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


def thousands(n, sep=" "):
    return f"{n:,}".replace(",", sep)


# 1. A morning market moves into a new hall; the lot draw: zone, lot range, trade, count; the total.
LOTS1 = [("A区", 1, 12, "蔬菜"), ("B区", 1, 10, "肉禽"), ("C区", 1, 8, "水产"), ("D区", 1, 10, "熟食")]
COUNT1 = sum(b - a + 1 for _, a, b, _ in LOTS1)
assert COUNT1 == 40
DAY1 = date(2041, 3, 14)
LOTS_PAGE = {
    "name": "zh_gbk_crlf_markets_page_morning_market_moves_indoors_story_byline_caption_credit_running_head_midquote_glued_lot_draw_table_header_row_lot_range_cells_count_cells_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "浈州晚报 2041-03-14 第7版 城事, GBK, CRLF; blank-line paragraphs, wrapped at 22. A street-markets page: a "
    f"roadside morning market moves into a new hall and {COUNT1} stalls are drawn by lot (title with a full-width gap, "
    "the byline line `本报记者　詹　柯`, a caption and its credit inside a sentence, a vegetable seller's “” quotation "
    "cut by the running head before `出摊。”`), then, with no blank line, **the table `摊位抽签结果`: a header row "
    "`区域　摊位号　经营类别　数量`, four rows of a zone, a lot range with a hyphen and `至` (`A-01至A-12`), a trade and "
    f"a count with `个` (`12个`), and a total row `合计　{COUNT1}个` (summed)**; the table is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2041-03-14", "page": "7",
    "head": [f"浈州晚报　　2041年3月14日　{weekday(DAY1)}", "第7版　城事　　责任编辑：覃　朗"],
    "foot": ["浈州晚报社出版　　新闻热线：0751-6620384"],
    "furniture": ["浈州晚报", "2041年3月14日", weekday(DAY1), "第7版", "城事", "责任编辑：覃　朗", "浈州晚报·城事",
                  "浈州晚报社出版", "新闻热线：0751-6620384"],
    "run": ["浈州晚报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"马路早市搬进新大棚　{COUNT1}个摊位抽签", "本报记者　詹　柯"],
         "title": f"马路早市搬进新大棚　{COUNT1}个摊位抽签",
         "byline": ["本报记者　詹　柯", "詹　柯", "詹柯"],
         "captions": ["摊主在新大棚里抽取摊位号。"], "credits": ["（本报记者　詹　柯　摄）"],
         "body": [f"在桥头路边摆了十多年的早市昨天搬进新建的大棚，{COUNT1}个摊位当场抽签，下周一起在棚内营业。",
                  "大棚分四个区，{cap}蔬菜区摊位最多，熟食区离大门最近。",
                  "卖了十二年青菜的摊主付秀英说，“以前下雨天只能打伞守摊，现在有了顶棚，刮风下雨也能照样"
                  "{run}出摊。”"]},
        {"glued": True, "lines": ["摊位抽签结果"], "title": "摊位抽签结果",
         "body": [("row", "区域　摊位号　经营类别　数量")]
         + [("row", f"{z}　{z[0]}-{a:02d}至{z[0]}-{b:02d}　{t}　{b - a + 1}个") for z, a, b, t in LOTS1]
         + [("row", f"合计　{COUNT1}个")]},
    ],
}

# 2. A night market's seasonal opening hours: month ranges with a dash, clock spans; the closing day.
RARE = "\u3c5f"  # 㱟, CJK Extension A: in GB18030, not in GBK
HOURS2 = [("3月—5月", "17:30", "22:30"), ("6月—9月", "18:00", "23:30"), ("10月—11月", "17:30", "22:00"),
          ("12月—次年2月", "17:00", "21:30")]
DAY2 = date(2041, 2, 26)
HOURS_PAGE = {
    "name": "zh_gb18030_lf_night_market_page_seasonal_opening_hours_story_byline_rare_char_in_vendor_name_caption_credit_running_head_midquote_indent_only_glued_hours_table_header_row_month_range_cells_clock_span_cells_rest_day_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"溆城日报 2041-02-26 第9版 夜生活 (`{RARE}` U+3C5F, CJK Extension A, in the vendor's name `任{RARE}`; in GB18030, "
    "not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A night-market page: the city's night market "
    "sets its hours by season from March (title with a full-width gap, the byline line `本报记者　郗　然`, a caption and "
    "its credit inside a sentence, a skewer seller's “” quotation cut by the running head before `回家。”`), then, with "
    "no blank line, **the table `夜市营业时间`: a header row `月份　开市　收市`, four rows of a month range with an em "
    "dash (`3月—5月`, `12月—次年2月`) and two clock times, and a rest-day row `每周一休市`**; the table is an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2041-02-26", "page": "9",
    "head": [f"溆城日报　　2041年2月26日　{weekday(DAY2)}", "第9版　夜生活　　责任编辑：闵　舟"],
    "foot": ["溆城日报社　　新闻热线：0745-3390216"],
    "furniture": ["溆城日报", "2041年2月26日", weekday(DAY2), "第9版", "夜生活", "责任编辑：闵　舟", "溆城日报·夜生活",
                  "溆城日报社", "新闻热线：0745-3390216"],
    "run": ["溆城日报·夜生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["夜市按季节定时间　夏天开到十一点半", "本报记者　郗　然"],
         "title": "夜市按季节定时间　夏天开到十一点半",
         "byline": ["本报记者　郗　然", "郗　然", "郗然"],
         "captions": ["夜市管理员在入口处张贴新的营业时间。"], "credits": ["（本报记者　郗　然　摄）"],
         "body": ["河滨夜市从三月起按季节调整营业时间，夏季最晚收市，冬季提前一个半小时收市。",
                  "夜市共有摊位一百二十个，{cap}管理方说，冬天十点以后几乎没有客人。",
                  f"卖烤串的摊主任{RARE}说，“冬天早点收摊是好事，客人少的时候守着也是白守，不如早点"
                  "{run}回家。”"]},
        {"glued": True, "lines": ["夜市营业时间"], "title": "夜市营业时间",
         "body": [("row", "月份　开市　收市")] + [("row", f"{m}　{a}　{b}") for m, a, b in HOURS2]
         + [("row", "每周一休市")]},
    ],
}

# 3. Taiwan: a night market fills four empty stalls from its waiting list; rank, masked name, food; report-by row.
WAIT3 = [(1, "林○宏", "滷味"), (2, "張○婷", "雞蛋糕"), (3, "謝○輝", "烤玉米"), (4, "吳○真", "豆花")]
assert [r for r, *_ in WAIT3] == list(range(1, len(WAIT3) + 1))
DAY3 = date(2041, 4, 23)
DUE3 = date(2041, 5, 2)
assert DUE3 > DAY3
WAIT_PAGE = {
    "name": "zht_big5_cr_taiwan_night_market_page_empty_stalls_filled_from_waiting_list_story_byline_caption_credit_running_head_midquote_glued_waiting_list_header_row_ranked_reserve_cells_masked_name_cells_report_by_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澗港日報 2041-04-23 A8 生活 (`中華民國130年4月23日`, Taiwan, Tainan), Big5, CR; blank-line paragraphs, "
    f"wrapped at 20. A night-market page: a night market fills {len(WAIT3)} empty stalls from its waiting list (title "
    "with a full-width gap, the byline line `記者柯佩珊／台南報導`, a caption and its credit inside a sentence, a "
    "waiting vendor's 「」 quotation cut by the running head before `排到了。」`), then, with no blank line, **the list "
    "`遞補名單`: a header row `順位　姓名　品項`, four rows of a ranked reserve place (`備取1`), a name masked with ○ "
    f"(`林○宏`) and a food, and a report-by row `報到：{md(DUE3)}前`**; the list is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2041-04-23", "page": "A8",
    "head": [f"澗港日報　中華民國130年4月23日　{weekday(DAY3)}", "A8　生活　　編輯：紀昀彤"],
    "foot": ["澗港日報社　讀者服務專線：(06)2758-133"],
    "furniture": ["澗港日報", "中華民國130年4月23日", weekday(DAY3), "A8", "生活", "編輯：紀昀彤", "澗港日報．生活",
                  "澗港日報社", "讀者服務專線：(06)2758-133"],
    "run": ["澗港日報．生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"夜市空出{len(WAIT3)}攤　備取攤商遞補", "記者柯佩珊／台南報導"],
         "title": f"夜市空出{len(WAIT3)}攤　備取攤商遞補",
         "byline": ["記者柯佩珊／台南報導", "柯佩珊"],
         "captions": ["夜市入口旁空出的攤位已畫好新的編號。"], "credits": ["（記者柯佩珊攝）"],
         "body": [f"台南一處夜市有{len(WAIT3)}個攤位的攤商退租，自治會依去年抽出的順位，請前{len(WAIT3)}名備取攤商遞補。",
                  "這個夜市有攤位九十二個，{cap}備取名單上還有二十多人在等。",
                  "備取第一的攤商說，「我在名單上等了兩年，每天晚上推車在外面賣，總算"
                  "{run}排到了。」"]},
        {"glued": True, "lines": ["遞補名單"], "title": "遞補名單",
         "body": [("row", "順位　姓名　品項")] + [("row", f"備取{r}　{n}　{f}") for r, n, f in WAIT3]
         + [("row", f"報到：{md(DUE3)}前")]},
    ],
}

# 4. Hong Kong: new hawker licences in Cantonese; a Q&A of question and answer rows; the deadline.
DAY4 = date(2041, 7, 9)
DUE4 = date(2041, 8, 15)
assert DUE4 > DAY4
QA_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_hawkers_page_new_hawker_licences_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_licence_qa_question_rows_answer_rows_deadline_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "泓灣日報 2041-07-09 B5 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嘢 啲`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A hawkers page in Cantonese: new fixed-pitch hawker licences are issued "
    "for the first time in years (title with a full-width gap, the byline line `記者　溫穎芝`, a caption and its credit "
    "inside a sentence, a waiting hawker's 「」 quotation cut by the running head before `交俾佢。」`), then, with no "
    "blank line, **the Q&A `牌照問與答`: no header, three questions `問：…？` each followed by its answer `答：…`, and a "
    f"deadline row `截止申請：{md(DUE4)}`**; the Q&A is an article, its head the title, each printed row a paragraph.",
    "date": "2041-07-09", "page": "B5",
    "head": [f"泓灣日報　2041年7月9日　{weekday(DAY4)}", "B5　港聞　　編輯：岑詠詩"],
    "foot": ["泓灣日報社　　新聞熱線：2693 5127"],
    "furniture": ["泓灣日報", "2041年7月9日", weekday(DAY4), "B5", "港聞", "編輯：岑詠詩", "泓灣日報．港聞",
                  "泓灣日報社", "新聞熱線：2693 5127"],
    "run": ["泓灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["固定攤位小販牌照　隔咗十年再發", "記者　溫穎芝"],
         "title": "固定攤位小販牌照　隔咗十年再發",
         "byline": ["記者　溫穎芝", "溫穎芝"],
         "captions": ["油麻地街市外嘅熟食小販攤檔。"], "credits": ["（溫穎芝攝）"],
         "body": ["當局隔咗十年再發固定攤位小販牌照，今次有六十個名額，喺油麻地同深水埗兩區抽籤分配。",
                  "擺咗三十年無牌攤嘅陳伯話，佢等呢啲牌等咗好耐，{cap}今次一定會報名。",
                  "佢話，「我啲手勢係阿媽教嘅，有咗牌，就可以光明正大擺落去，第日再"
                  "{run}交俾佢。」"]},
        {"glued": True, "lines": ["牌照問與答"], "title": "牌照問與答",
         "body": [("row", "問：邊個可以申請？"), ("row", "答：年滿十八歲嘅香港居民，每人限報一個攤位。"),
                  ("row", "問：點樣分配攤位？"), ("row", "答：公開抽籤，抽中嘅人再揀位。"),
                  ("row", "問：牌費幾多？"), ("row", "答：每年$1,350。"),
                  ("row", f"截止申請：{md(DUE4)}")]},
    ],
}

# 5. Singapore: a hawker centre's stall tender; stall number, dish, winning bid with a thousands comma; the average.
BIDS5 = [("#01-12", "鸡饭", 1280), ("#01-27", "云吞面", 960), ("#01-33", "福建虾面", 1510), ("#01-40", "椰浆饭", 1050)]
AVG5 = sum(b for *_, b in BIDS5) / len(BIDS5)
assert AVG5 == 1200
DAY5 = date(2041, 9, 18)
TENDER_PAGE = {
    "name": "zh_utf8_bom_crlf_singapore_hawkers_page_hawker_centre_stall_tender_story_byline_caption_credit_running_head_midquote_glued_tender_result_table_header_row_unit_number_cells_thousands_comma_dollar_cells_average_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "岚洲日报 2041-09-18 第4版 社区 (Singapore), UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 21. A "
    f"hawkers page: a hawker centre's {len(BIDS5)} empty stalls are let by tender (title with a full-width gap, the byline "
    "line `记者　符嘉欣`, a caption and its credit inside a sentence, a young hawker's “” quotation cut by the running "
    "head before `回来。”`), then, with no blank line, **the table `摊位投标结果`: a header row `摊位　食物　月租`, four "
    "rows of a unit number with a hash and a hyphen (`#01-12`), a dish and a winning bid in dollars with a thousands "
    f"comma (`$1,280`), and an average row `平均月租：${AVG5:,.0f}` (computed)**; the table is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2041-09-18", "page": "4",
    "head": [f"岚洲日报　　2041年9月18日　{weekday(DAY5)}", "第4版　社区　　责任编辑：卓立恒"],
    "foot": ["岚洲日报社　　新闻热线：6318 2740"],
    "furniture": ["岚洲日报", "2041年9月18日", weekday(DAY5), "第4版", "社区", "责任编辑：卓立恒", "岚洲日报·社区",
                  "岚洲日报社", "新闻热线：6318 2740"],
    "run": ["岚洲日报·社区"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"小贩中心{len(BIDS5)}个空摊位招标　福建虾面出价最高", "记者　符嘉欣"],
         "title": f"小贩中心{len(BIDS5)}个空摊位招标　福建虾面出价最高",
         "byline": ["记者　符嘉欣", "符嘉欣"],
         "captions": ["新摊主在摊位前试煮云吞面。"], "credits": ["（符嘉欣摄）"],
         "body": [f"宏茂桥一个小贩中心的{len(BIDS5)}个空摊位上月招标，最高出价是福建虾面摊的"
                  f"{thousands(BIDS5[2][2], ',')}元月租。",
                  "四个中标者中有三人未满三十岁，{cap}其中两人是第一次做小贩。",
                  "接手云吞面摊的林志豪说，“我外公以前就在这里卖面，我想把这个味道带"
                  "{run}回来。”"]},
        {"glued": True, "lines": ["摊位投标结果"], "title": "摊位投标结果",
         "body": [("row", "摊位　食物　月租")] + [("row", f"{u}　{d}　${b:,}") for u, d, b in BIDS5]
         + [("row", f"平均月租：${AVG5:,.0f}")]},
    ],
}

# 6. A weekend car-boot market: each session's spaces and those still free, or `已满`; the booking row.
SESS6 = [(date(2041, 5, 18), 60, 0), (date(2041, 5, 19), 60, 12), (date(2041, 5, 25), 80, 35), (date(2041, 5, 26), 80, 41)]
assert all(d.weekday() in (5, 6) for d, *_ in SESS6) and all(0 <= f <= n for _, n, f in SESS6)
FREE6 = sum(f for *_, f in SESS6)
DAY6 = date(2041, 5, 14)
BOOT_PAGE = {
    "name": "zh_utf16le_bom_lf_markets_page_weekend_car_boot_market_bookings_story_byline_caption_credit_running_head_midquote_indent_only_glued_booking_table_header_row_date_weekday_cells_space_count_cells_full_cell_booking_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "濉阳日报 2041-05-14 第6版 消费, UTF-16 LE with BOM, LF; indent-only paragraphs, wrapped at 22. A street-markets "
    "page: a car-boot market in a stadium car park opens for four weekend sessions and sellers book spaces (title "
    "with a full-width gap, the byline line `本报记者　阙　珩`, a caption and its credit inside a sentence, a seller's “” "
    "quotation cut by the running head before `清空。”`), then, with no blank line, **the table `后备箱集市车位`: a "
    "header row `场次　车位　余位`, four rows of a date with its weekday (`5月18日周六`), a bare count of spaces and "
    f"the spaces still free or `已满`, and a booking row `预约：扫描入口二维码`**; {FREE6} spaces are free in all; the "
    "table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-05-14", "page": "6",
    "head": [f"濉阳日报　　2041年5月14日　{weekday(DAY6)}", "第6版　消费　　责任编辑：岳　汀"],
    "foot": ["濉阳日报社　　新闻热线：0561-4207735"],
    "furniture": ["濉阳日报", "2041年5月14日", weekday(DAY6), "第6版", "消费", "责任编辑：岳　汀", "濉阳日报·消费",
                  "濉阳日报社", "新闻热线：0561-4207735"],
    "run": ["濉阳日报·消费"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["体育场停车场办后备箱集市　首场车位已约满", "本报记者　阙　珩"],
         "title": "体育场停车场办后备箱集市　首场车位已约满",
         "byline": ["本报记者　阙　珩", "阙　珩", "阙珩"],
         "captions": ["车主打开后备箱摆出旧玩具和手工饰品。"], "credits": ["（本报记者　阙　珩　摄）"],
         "body": [f"体育场停车场本周末起办四场后备箱集市，首场{SESS6[0][1]}个车位已经约满，四场共剩{FREE6}个车位。",
                  "摊主多是附近的年轻人，{cap}卖的有旧书、旧玩具、手工饰品和咖啡。",
                  "报了两场的车主谢雨桐说，“家里的旧东西扔了可惜，拿来摆一摆，认识几个朋友，顺便把储物间"
                  "{run}清空。”"]},
        {"glued": True, "lines": ["后备箱集市车位"], "title": "后备箱集市车位",
         "body": [("row", "场次　车位　余位")]
         + [("row", f"{md(d)}周{WEEKDAYS_ZH[d.weekday()]}　{n}　{f if f else '已满'}") for d, n, f in SESS6]
         + [("row", "预约：扫描入口二维码")]},
    ],
}

# 7. Tetela: Lodja's market fees pay for a new roof; the fee ledger by week, with a running sum; the roof's cost.
WEEKS7 = [(20, 48500), (21, 51000), (22, 46000), (23, 47500)]
RUN7 = [sum(f for _, f in WEEKS7[: i + 1]) for i in range(len(WEEKS7))]
assert RUN7[-1] == 193000 and [w for w, _ in WEEKS7] == list(range(20, 24))
COST7 = 250000
assert RUN7[-1] < COST7
DAY7 = date(2041, 6, 12)


def fc(n):
    return f"{thousands(n)} FC"


LEDGER_PAGE = {
    "name": "tll_cp1252_crlf_tetela_markets_page_lodja_market_fees_for_roof_story_byline_dateline_caption_credit_running_head_midquote_glued_fee_ledger_header_row_french_week_number_cells_running_sum_cells_target_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Dikanda dia Lodja (an invented Tetela weekly, Lodja, Sankuru, DR Congo) 2041-06-12 Page 4 Markets, cp1252 "
    "(`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Tetela street-markets page: the "
    "traders' stall fees are put by week towards a new roof for the market (title over two lines, byline line "
    "`Sho: Pascaline Okitundu`, the dateline `LODJA –` opening the lead, a caption and its credit inside a sentence, "
    "a trader's “” quotation cut by the running head before `okonda.”`), then, with no blank line, **the ledger "
    f"`Falanga ya wenya`: a header row `Lomingu Falanga Tshoyo`, {len(WEEKS7)} rows of a French week number "
    "(`Semaine 20`), the week's fees and the running sum, both in Congolese francs with a space between thousands "
    f"(`Semaine 21 51 000 FC 99 500 FC`), and a target row `Ohomba: {fc(COST7)}`**; the ledger is an article, its "
    "head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-06-12", "page": "4",
    "head": [f"DIKANDA DIA LODJA · {english(DAY7)} · Page 4", "Markets · Editor: Albert Lokadi"],
    "foot": ["Dikanda dia Lodja · dikanda@lodja.example.cd"],
    "furniture": ["DIKANDA DIA LODJA", english(DAY7), "Page 4", "Markets", "Editor: Albert Lokadi",
                  "Dikanda dia Lodja · Markets", "Dikanda dia Lodja", "dikanda@lodja.example.cd"],
    "run": ["Dikanda dia Lodja · Markets"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Falanga ya wenya", "yayotonga lotondo l'oyoyo", "Sho: Pascaline Okitundu"],
         "title": "Falanga ya wenya yayotonga lotondo l'oyoyo",
         "byline": ["Sho: Pascaline Okitundu", "Pascaline Okitundu"],
         "captions": ["Ase wenya wakasha ekondo l'ololo."], "credits": ["Foto: Didier Onema"],
         "body": ["LODJA – A~se~so~mba~ndji wa wenya wa Lodja wa~mbo~to~ndo~ngo~la fa~la~nga "
                  f"ya lo~shi tshe l'o~to~ndo~ngo~lo, ka~mo~na {fc(RUN7[-1])} lo~ma~ngo "
                  f"{len(WEEKS7)}.",
                  f"Lo~to~ndo l'o~yo~yo a~ye~ko {fc(COST7)}, {{cap}}ndo a~se~so~mba~ndji "
                  "a~ya~ko~ndo la ma~ta~ka~si~ni ngo~so~lo.",
                  "Ose~so~mba~ndji, Marthe Wembo, a~ka~ta~ka: “Nde~ko~mi la~ya ko~le~ko "
                  "ke~na~ke~na, ko~le~ko ya~ko~mi ndo~ko~nda wa~ko~nda {run}okonda.”"]},
        {"glued": True, "lines": ["Falanga ya wenya"], "title": "Falanga ya wenya",
         "body": [("row", ramp((12, 12, 13), "Lomingu", "Falanga", "Tshoyo"))]
         + [("row", ramp((12, 12, 13), f"Semaine {w}", fc(f), fc(r))) for (w, f), r in zip(WEEKS7, RUN7)]
         + [("row", f"Ohomba: {fc(COST7)}")]},
    ],
}

# 8. Lomongo: Mbandaka's river market; the day's prices per measure in Congolese francs; the day of the prices.
PRICES8 = [("Fufu", "sac 25 kg", 18500), ("Mbisi", "kilo", 6200), ("Mwamba", "bido", 2500), ("Lotoko", "litre", 3000)]
DAY8 = date(2041, 8, 21)
RATED8 = date(2041, 8, 20)
MEASURE_PAGE = {
    "name": "lol_utf16be_bom_lf_lomongo_markets_page_mbandaka_river_market_prices_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_price_board_header_row_bracketed_measure_cells_space_thousands_franc_cells_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Bosako wa Mbandaka (an invented Lomongo weekly, Mbandaka, Équateur, DR Congo) 2041-08-21 Page 5 Markets, "
    "UTF-16 BE with BOM (`“ ” – ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with "
    "hyphenation. A Lomongo street-markets page: the river-port market's prices rise as the boats come in late "
    "(title over two lines, byline line `Lokomi: Josée Bolumbu`, the dateline `MBANDAKA –` opening the lead, a "
    "caption and its credit inside a sentence, a fish seller's “” quotation cut by the running head before "
    "`bato.”`), then, with no blank line, **the price board `Ntalo ea wenya`: a header row `Biloko Ntalo`, "
    f"{len(PRICES8)} rows of a good, its measure in brackets (`Fufu (sac 25 kg)`) and a price in Congolese francs with "
    f"a space between thousands (`18 500 FC`), and a date row `Mokolo: {RATED8:%d.%m.%Y}`**; the board is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-08-21", "page": "5",
    "head": [f"BOSAKO WA MBANDAKA · {english(DAY8)} · Page 5", "Markets · Editor: Jean-Pierre Bompeka"],
    "foot": ["Bosako wa Mbandaka · bosako@mbandaka.example.cd"],
    "furniture": ["BOSAKO WA MBANDAKA", english(DAY8), "Page 5", "Markets", "Editor: Jean-Pierre Bompeka",
                  "Bosako wa Mbandaka · Markets", "Bosako wa Mbandaka", "bosako@mbandaka.example.cd"],
    "run": ["Bosako wa Mbandaka · Markets"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ntalo ea biloko", "ewoleki o wenya wa ebale", "Lokomi: Josée Bolumbu"],
         "title": "Ntalo ea biloko ewoleki o wenya wa ebale",
         "byline": ["Lokomi: Josée Bolumbu", "Josée Bolumbu"],
         "captions": ["Bato bakusomba mbisi o libongo."], "credits": ["Foto: Papy Ilonga"],
         "body": ["MBANDAKA – O~we~nya wa e~ba~le, ntalo ea fu~fu e~wo~le~ki bo~nge~i ba~to~ko "
                  "ba~ya~ki l'o~mbo~ka, bo~lo~ko i~so~ko~ka~ne~li mi~lu~lu.",
                  f"Sa~ko la fu~fu e~fi~ki {thousands(PRICES8[0][2])} FC, {{cap}}ndo mbisi ekilo "
                  f"e~fi~ki {thousands(PRICES8[1][2])} FC.",
                  "Omo~so~mbi wa mbisi, Thérèse Iyeli, a~ta~ki: “Ba~to~ko ba~ya~ki ba~li~ka "
                  "ndo ntalo ei~fu~ta~ma, ba~mo ba~lo~ta {run}bato.”"]},
        {"glued": True, "lines": ["Ntalo ea wenya"], "title": "Ntalo ea wenya",
         "body": [("row", ramp((22, 12), "Biloko", "Ntalo"))]
         + [("row", ramp((22, 12), f"{g} ({m})", f"{thousands(p)} FC")) for g, m, p in PRICES8]
         + [("row", f"Mokolo: {RATED8:%d.%m.%Y}")]},
    ],
}

# 9. Ngambay: Moundou's market scales checked; each scale's result, `OK` or an error with a plus-minus sign; the fine.
SCALES9 = [("Balance 03", "OK"), ("Balance 07", "±200 g"), ("Balance 12", "OK"), ("Balance 15", "±50 g")]
assert [s for s, _ in SCALES9] == sorted(s for s, _ in SCALES9)
WRONG9 = sum(1 for _, r in SCALES9 if r != "OK")
DAY9 = date(2041, 10, 15)
SCALE_PAGE = {
    "name": "sba_latin1_crlf_ngambay_markets_page_moundou_market_scales_checked_story_byline_dateline_ascii_hyphen_caption_credit_running_head_midquote_guillemets_glued_scale_check_sheet_header_row_ok_cells_plus_minus_gram_cells_fine_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kula Moundou (an invented Ngambay weekly, Moundou, Logone Occidental, Chad) 2041-10-15 Page 6 Markets, "
    "Latin-1 (`« » ± é ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Ngambay street-markets "
    f"page: the town checks the grain sellers' scales at the big market and finds {WRONG9} of {len(SCALES9)} wrong "
    "(title over two lines, byline line `Ndangm: Rosine Ngarmadji`, the dateline `MOUNDOU -` with an ASCII hyphen "
    "opening the lead, a caption and its credit inside a sentence, a buyer's «» quotation cut by the running head "
    "before `ngonn.»`), then, with no blank line, **the check sheet `Balance ge to ngay`: a header row "
    f"`Balance Ndo`, {len(SCALES9)} rows of a numbered scale and `OK` or an error with a plus-minus sign in grams "
    "(`Balance 07 ±200 g`), and a fine row `Amende: 5 000 F` with a space between thousands**; the sheet is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-10-15", "page": "6",
    "head": [f"KULA MOUNDOU · {english(DAY9)} · Page 6", "Markets · Editor: Djimadoum Ngaba"],
    "foot": ["Kula Moundou · kula@moundou.example.td"],
    "furniture": ["KULA MOUNDOU", english(DAY9), "Page 6", "Markets", "Editor: Djimadoum Ngaba",
                  "Kula Moundou · Markets", "Kula Moundou", "kula@moundou.example.td"],
    "run": ["Kula Moundou · Markets"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Balance ge ndoo kar", "ge to ngay ngon", "Ndangm: Rosine Ngarmadji"],
         "title": "Balance ge ndoo kar ge to ngay ngon",
         "byline": ["Ndangm: Rosine Ngarmadji", "Rosine Ngarmadji"],
         "captions": ["Dingam ndoo kar gidi balance."], "credits": ["Foto: Eloi Ndoubabe"],
         "body": [f"MOUNDOU - Dingam ge mairie ra ndoo kar ge balance {len(SCALES9)} ke~do~ne "
                  "ke~ga~ta~ti~ne~ta ka~ba~ra ge~ta~ti~ne~ta ma~bo~ro ke~ga~da~ra~ngay, ba~la~nce ge "
                  f"{WRONG9} to ngay ngon.",
                  "Ka~ba~ra ge ba~la~nce ge to ngay ra ko~ra amende, {cap}ndo ma~de ne~ke "
                  "dingam ra ba~la~nce ge~ndi ndoo.",
                  "De~ne~ge~ndo~go~ma~de ra, Clarisse Nodjitoloum, ula: «Balance ra kar ngon "
                  "ta, ndogo ma~de ne~ke ma~de ba~na ta~ti {run}ngonn.»"]},
        {"glued": True, "lines": ["Balance ge to ngay"], "title": "Balance ge to ngay",
         "body": [("row", ramp((12, 10), "Balance", "Ndo"))]
         + [("row", ramp((12, 10), s, r)) for s, r in SCALES9]
         + [("row", f"Amende: {thousands(5000)} F")]},
    ],
}

# 10. Medumba: market-day moto-taxi fares from Bangangté; route cells with an en dash, fares in francs; from when.
FARES10 = [("Bangangté – Bazou", 700), ("Bangangté – Bangoulap", 400), ("Bangangté – Tonga", 1500),
           ("Bangangté – Bassamba", 600)]
assert all(f % 100 == 0 for _, f in FARES10)
DAY10 = date(2041, 6, 26)
FROM10 = date(2041, 7, 1)
assert FROM10 > DAY10
FARE_PAGE = {
    "name": "byv_utf8_nobom_cr_medumba_markets_page_bangangte_market_day_moto_fares_story_byline_dateline_caption_credit_running_head_midquote_glued_fare_list_header_row_en_dash_route_cells_space_thousands_franc_cells_from_date_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Ŋkà Bangangté (an invented Medumba weekly, Bangangté, Ndé, West Region, Cameroon) 2041-06-26 Page 3 Markets, "
    "UTF-8 without BOM (`“ ” – ə ŋ ·`), CR; blank-line paragraphs, wrapped at 36 with hyphenation. A Medumba "
    "street-markets page: the moto-taxi drivers fix their fares to and from Bangangté on market day (title over "
    "two lines, byline line `Ntsə: Odile Tchatchoua`, the dateline `BANGANGTÉ –` opening the lead, a caption and "
    "its credit inside a sentence, a market woman's “” quotation cut by the running head before `ntê.”`), then, with "
    f"no blank line, **the fare list `Ŋkap moto`: a header row `Nzì Ŋkap`, {len(FARES10)} rows of a route of two towns "
    "joined by an en dash (`Bangangté – Bazou`) and a fare in francs, one with a space between thousands "
    f"(`1 500 F`), and a from-date row `Tse 1er juillet {FROM10.year}`**; the list is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-06-26", "page": "3",
    "head": [f"ŊKÀ BANGANGTÉ · {english(DAY10)} · Page 3", "Markets · Editor: Emmanuel Kamga"],
    "foot": ["Ŋkà Bangangté · nka@bangangte.example.cm"],
    "furniture": ["ŊKÀ BANGANGTÉ", english(DAY10), "Page 3", "Markets", "Editor: Emmanuel Kamga",
                  "Ŋkà Bangangté · Markets", "Ŋkà Bangangté", "nka@bangangte.example.cm"],
    "run": ["Ŋkà Bangangté · Markets"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Bə moto bə kwa ŋkap", "ə nto ntê", "Ntsə: Odile Tchatchoua"],
         "title": "Bə moto bə kwa ŋkap ə nto ntê",
         "byline": ["Ntsə: Odile Tchatchoua", "Odile Tchatchoua"],
         "captions": ["Moto bə ntê ə Bangangté."], "credits": ["Foto: Serge Ngassa"],
         "body": ["BANGANGTÉ – Bə~ŋka~la~ŋə~mo~to bə ntê ə Ba~nga~ngté bə~kwa~ŋə~ŋkap ə ntê, "
                  f"ma~ŋkə~ntê~ŋə~nə a~lo~ga Ba~nga~ngté tə Tonga a bə {thousands(FARES10[2][1])} F.",
                  "Ŋkap ya a~tsə~ŋə ju~i~llet, {cap}bə ma~ŋkə~ntê bə nzi~ŋə ŋkap ya.",
                  "Mə~ŋka~ntê~ŋə~ŋkə, Véronique Nganou, a lo: “Ŋkap a~bo~ŋə, bə~a lə~nə ŋkwə a~ka "
                  "nə~ne ma~ka~ŋə bə~ŋkə tə {run}ntê.”"]},
        {"glued": True, "lines": ["Ŋkap moto"], "title": "Ŋkap moto",
         "body": [("row", ramp((24, 10), "Nzì", "Ŋkap"))]
         + [("row", ramp((24, 10), r, f"{thousands(f)} F")) for r, f in FARES10]
         + [("row", f"Tse 1er juillet {FROM10.year}")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùy"


def tidy(text):
    """Drop the split marks that would leave one letter on a side, touch an apostrophe or part a doubled vowel."""

    def word(match):
        parts = match.group(0).split("~")
        out = parts[0]
        for i, part in enumerate(parts[1:], 1):
            left, right = "".join(parts[:i]), "".join(parts[i:])
            ok = (len(left.lstrip("“«")) >= 2 and len(right.rstrip(".,:;»”")) >= 2 and not left.endswith("'")
                  and not right.startswith("'") and not (left[-1] in VOWELS and left[-1] == right[0]))
            out += ("~" if ok else "") + part
        return out

    return re.sub(r"[^\s{}]*~[^\s{}]*", word, text)


for _page in (LEDGER_PAGE, MEASURE_PAGE, SCALE_PAGE, FARE_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [LOTS_PAGE, HOURS_PAGE, WAIT_PAGE, QA_PAGE, TENDER_PAGE, BOOT_PAGE, LEDGER_PAGE, MEASURE_PAGE, SCALE_PAGE,
         FARE_PAGE]
