"""The text of every holdout138 page, written once: make_holdout138_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-137 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line); `("end", line)` a
printed line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `ramp()` (holdout126's to 137's). The repair stalls' count, the repair café's totals and rate, the
subsidy rows, the watch-repair prices, the walk's stops and day, the apprentices' total, the tools' total, the order
book's count, the piece-rate sums and the unclaimed tickets' order are computed or asserted here from the figures
they rest on, and the weekdays from the dates. All papers, workshops, stalls, subsidies, shops, figures, people,
sums, telephone numbers and events are invented; real places are settings only.
"""

import re
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


def thousands(n):
    """A sum with a space between thousands, `218 000`."""
    return f"{n:,}".replace(",", " ")


# 1. A neighbourhood repair day: four stalls, what each mends and its price per piece; the hours.
STALLS1 = [("1号", "修伞", "5元/把"), ("2号", "磨剪刀", "3元/把"), ("3号", "换拉链", "10元/条"), ("4号", "修小家电", "免费")]
DAY1 = date(2040, 3, 23)
REPAIR1 = DAY1 + timedelta(days=1)
assert REPAIR1.weekday() == 5

STALL_PAGE = {
    "name": "zh_gbk_crlf_repairs_page_neighbourhood_repair_day_stalls_story_byline_caption_credit_running_head_midquote_glued_repair_stall_table_header_row_per_piece_price_cells_free_cell_hours_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "洺州晚报 2040-03-23 第8版 民生, GBK, CRLF; blank-line paragraphs, wrapped at 22. A repairs page: a "
    f"neighbourhood holds its repair day tomorrow (Saturday) with {len(STALLS1)} stalls of retired craftsmen (title with "
    "a full-width gap, the byline line `本报记者　钮　畅`, a caption and its credit inside a sentence, an umbrella "
    "mender's “” quotation cut by the running head before `扔了。”`), then, with no blank line, **the table "
    "`便民维修摊位`: a header row `摊位　项目　收费`, four rows of a stall number (`1号`), what it mends and a price per "
    "piece with a slash and a measure word (`5元/把`, `10元/条`) or `免费`, and an hours row "
    f"`时间：{md(REPAIR1)}　9:00-16:00`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2040-03-23", "page": "8",
    "head": [f"洺州晚报　　2040年3月23日　{weekday(DAY1)}", "第8版　民生　　责任编辑：昝　宁"],
    "foot": ["洺州晚报社出版　　新闻热线：0753-3318460"],
    "furniture": ["洺州晚报", "2040年3月23日", weekday(DAY1), "第8版", "民生", "责任编辑：昝　宁", "洺州晚报·民生",
                  "洺州晚报社出版", "新闻热线：0753-3318460"],
    "run": ["洺州晚报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"明天便民维修日　{len(STALLS1)}位老师傅出摊", "本报记者　钮　畅"],
         "title": f"明天便民维修日　{len(STALLS1)}位老师傅出摊",
         "byline": ["本报记者　钮　畅", "钮　畅", "钮畅"],
         "captions": ["老师傅在社区广场上调试修伞工具。"], "credits": ["（本报记者　钮　畅　摄）"],
         "body": [f"槐荫社区明天在社区广场办便民维修日，{len(STALLS1)}位退休老师傅出摊，修伞、磨剪刀、换拉链，"
                  "小家电免费修。",
                  "社区主任说，去年第一次办就来了三百多人，{cap}今年把摊位从两个加到了四个。",
                  "修了四十年伞的老师傅宁德顺说，“一把好伞坏了一根伞骨，换一根就能再用几年，不用"
                  "{run}扔了。”"]},
        {"glued": True, "lines": ["便民维修摊位"], "title": "便民维修摊位",
         "body": [("row", "摊位　项目　收费")]
         + [("row", f"{no}　{what}　{price}") for no, what, price in STALLS1]
         + [("row", f"时间：{md(REPAIR1)}　9:00-16:00")]},
    ],
}

# 2. A repair café's April tally: items brought in and mended by kind; the total and the repair rate.
RARE = "\u3e1a"  # 㸚, CJK Extension A: in GB18030, not in GBK
TALLY2 = [("小家电", 42, 31), ("衣物", 36, 30), ("自行车", 18, 15), ("钟表", 12, 6)]
IN2 = sum(t[1] for t in TALLY2)
OUT2 = sum(t[2] for t in TALLY2)
assert (IN2, OUT2) == (108, 82) and all(o <= i for _, i, o in TALLY2)
RATE2 = round(1000 * OUT2 / IN2)
assert RATE2 == 759
DAY2 = date(2040, 5, 17)

CAFE_PAGE = {
    "name": "zh_gb18030_lf_repairs_page_repair_cafe_monthly_tally_story_byline_rare_char_in_volunteer_name_caption_credit_running_head_midquote_indent_only_glued_tally_table_header_row_count_cells_total_row_percent_rate_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"湍城日报 2040-05-17 第6版 绿色 (`{RARE}` U+3E1A, CJK Extension A, in the volunteer's name `甘{RARE}`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A repairs page: a volunteer repair café "
    f"counts its April: {IN2} things brought in, {OUT2} mended (title with a full-width gap, the byline line "
    "`本报记者　官　澜`, a caption and its credit inside a sentence, the volunteer's “” quotation cut by the running "
    "head before `修好。”`), then, with no blank line, **the table `四月送修统计`: a header row `品类　送修　修好`, four "
    f"rows of a kind and two bare counts (`小家电　42　31`), a total row `合计　{IN2}　{OUT2}` (summed) and a rate row "
    f"`修复率：{RATE2 // 10}.{RATE2 % 10}%` (computed)**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2040-05-17", "page": "6",
    "head": [f"湍城日报　　2040年5月17日　{weekday(DAY2)}", "第6版　绿色　　责任编辑：阚　溪"],
    "foot": ["湍城日报社　　新闻热线：0736-5520917"],
    "furniture": ["湍城日报", "2040年5月17日", weekday(DAY2), "第6版", "绿色", "责任编辑：阚　溪", "湍城日报·绿色",
                  "湍城日报社", "新闻热线：0736-5520917"],
    "run": ["湍城日报·绿色"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"修理咖啡馆一个月修好{OUT2}件", "本报记者　官　澜"],
         "title": f"修理咖啡馆一个月修好{OUT2}件",
         "byline": ["本报记者　官　澜", "官　澜", "官澜"],
         "captions": ["志愿者帮市民检查一台旧电风扇。"], "credits": ["（本报记者　官　澜　摄）"],
         "body": [f"城南的修理咖啡馆四月共收到{IN2}件送修的东西，志愿者修好了{OUT2}件，比三月多了二十件。",
                  f"送来最多的是小家电，共{TALLY2[0][1]}件，{{cap}}最难修的是钟表，{TALLY2[3][1]}件只修好了"
                  f"{TALLY2[3][2]}件。",
                  f"退休电工甘{RARE}每周六都来，他说，“很多东西只是一根线松了，扔掉太可惜，拿来十分钟就能"
                  "{run}修好。”"]},
        {"glued": True, "lines": ["四月送修统计"], "title": "四月送修统计",
         "body": [("row", "品类　送修　修好")]
         + [("row", f"{kind}　{n_in}　{n_out}") for kind, n_in, n_out in TALLY2]
         + [("row", f"合计　{IN2}　{OUT2}"), ("row", f"修复率：{RATE2 // 10}.{RATE2 % 10}%")]},
    ],
}

# 3. Taiwan: a county subsidises traditional wood-carving studios; the items, the share paid and the cap.
SUBSIDY3 = [("學徒薪資", 50, "每月1萬元"), ("工具添購", 70, "5萬元"), ("工坊修繕", 40, "20萬元")]
assert all(0 < share <= 100 for _, share, _ in SUBSIDY3)
DAY3 = date(2040, 4, 10)
DUE3 = date(2040, 5, 29)
assert DUE3 > DAY3

SUBSIDY_PAGE = {
    "name": "zht_big5_cr_taiwan_crafts_page_wood_carving_studio_subsidy_story_byline_caption_credit_running_head_midquote_glued_subsidy_list_header_row_percent_share_cells_cap_cells_deadline_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "汐岸日報 2040-04-10 B2 藝文 (`中華民國129年4月10日`, Taiwan), Big5, CR; blank-line paragraphs, wrapped at 20. "
    "A crafts page: Miaoli county subsidises traditional wood-carving studios that take apprentices (title with a "
    "full-width gap, the byline line `記者卜雅婷／苗栗報導`, a caption and its credit inside a sentence, a carver's 「」 "
    "quotation cut by the running head before `傳下去。」`), then, with no blank line, **the list `補助項目`: a header "
    "row `項目　補助比例　上限`, three rows of an item, a share in per cent (`50%`) and a cap in 萬元 (`每月1萬元`, "
    f"`20萬元`), and a deadline row `申請截止：{md(DUE3)}`**; the list is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2040-04-10", "page": "B2",
    "head": [f"汐岸日報　中華民國129年4月10日　{weekday(DAY3)}", "B2　藝文　　編輯：游宛蓁"],
    "foot": ["汐岸日報社　讀者服務專線：(037)2619-455"],
    "furniture": ["汐岸日報", "中華民國129年4月10日", weekday(DAY3), "B2", "藝文", "編輯：游宛蓁", "汐岸日報．藝文",
                  "汐岸日報社", "讀者服務專線：(037)2619-455"],
    "run": ["汐岸日報．藝文"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["木雕工坊收學徒　縣府補助薪資", "記者卜雅婷／苗栗報導"],
         "title": "木雕工坊收學徒　縣府補助薪資",
         "byline": ["記者卜雅婷／苗栗報導", "卜雅婷"],
         "captions": ["老師傅在工坊裡教學徒修整樟木佛像。"], "credits": ["（記者卜雅婷攝）"],
         "body": [f"縣府今年起補助收學徒的傳統木雕工坊，學徒薪資補助{SUBSIDY3[0][1]}%，工具添購補助"
                  f"{SUBSIDY3[1][1]}%，{md(DUE3)}前受理申請。",
                  "縣內登記的木雕工坊有六十多家，{cap}近五年收學徒的不到十家。",
                  "做了三十五年木雕的師傅溫正雄說，「以前請不起學徒，現在有人幫忙付一半薪水，這門手藝才有機會"
                  "{run}傳下去。」"]},
        {"glued": True, "lines": ["補助項目"], "title": "補助項目",
         "body": [("row", "項目　補助比例　上限")]
         + [("row", f"{item}　{share}%　{cap}") for item, share, cap in SUBSIDY3]
         + [("row", f"申請截止：{md(DUE3)}")]},
    ],
}

# 4. Hong Kong: an old watch-repair master in Sham Shui Po; his price card with from-prices; the guarantee.
PRICES4 = [("換電池", 80), ("換錶帶", 120), ("換玻璃", 250), ("洗油", 480)]
assert [p for _, p in PRICES4] == sorted(p for _, p in PRICES4)
DAY4 = date(2040, 6, 14)

WATCH_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_repairs_page_old_watch_repair_master_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_price_card_header_row_dollar_from_price_cells_guarantee_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "瀝海日報 2040-06-14 C3 城中 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嘢`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A repairs page in Cantonese: an old watch-repair master keeps his stall "
    "in Sham Shui Po going (title with a full-width gap, the byline line `記者　龐曉晴`, a caption and its credit inside "
    "a sentence, the master's 「」 quotation cut by the running head before `唔做。」`), then, with no blank line, **the "
    f"price card `收費參考`: a header row `項目　收費`, {len(PRICES4)} rows of a job and a from-price with a dollar sign "
    "and `起` (`$80起`), and a guarantee row `保養：三個月`**; the card is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2040-06-14", "page": "C3",
    "head": [f"瀝海日報　2040年6月14日　{weekday(DAY4)}", "C3　城中　　編輯：麥芷瑩"],
    "foot": ["瀝海日報社　　新聞熱線：2718 4063"],
    "furniture": ["瀝海日報", "2040年6月14日", weekday(DAY4), "C3", "城中", "編輯：麥芷瑩", "瀝海日報．城中",
                  "瀝海日報社", "新聞熱線：2718 4063"],
    "run": ["瀝海日報．城中"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["修錶攤擺咗四十年　師傅仲未諗退休", "記者　龐曉晴"],
         "title": "修錶攤擺咗四十年　師傅仲未諗退休",
         "byline": ["記者　龐曉晴", "龐曉晴"],
         "captions": ["師傅喺攤檔用放大鏡睇錶芯。"], "credits": ["（龐曉晴攝）"],
         "body": ["深水埗一條後巷嘅修錶攤擺咗四十年，七十三歲嘅師傅每日朝早十點開檔，換電池、洗油都做。",
                  f"換電池由${PRICES4[0][1]}起，{{cap}}洗油就要${PRICES4[3][1]}起，要放低隻錶一個星期。",
                  "師傅話，「而家啲後生都戴手機，但係仲有好多街坊拎阿爸留低嘅錶嚟修，有人嚟我就唔會"
                  "{run}唔做。」"]},
        {"glued": True, "lines": ["收費參考"], "title": "收費參考",
         "body": [("row", "項目　收費")]
         + [("row", f"{job}　${price}起") for job, price in PRICES4]
         + [("row", "保養：三個月")]},
    ],
}

# 5. Malaysia (Penang): a Saturday walk past four old trades' shops; each stop's trade and address; the fee.
STOPS5 = [("打铁", "铜锣巷27号"), ("藤器", "椰园街8号"), ("木屐", "铜锣巷41号"), ("招牌雕刻", "新码头街115号")]
DAY5 = date(2040, 8, 22)
WALK5 = DAY5 + timedelta(days=3)
assert WALK5.weekday() == 5

WALK_PAGE = {
    "name": "zh_utf8_bom_crlf_malaysia_crafts_page_penang_old_trades_walk_story_byline_caption_credit_running_head_midquote_glued_walk_stop_list_header_row_numbered_stop_cells_trade_cells_street_address_cells_fee_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "屿城日报 2040-08-22 第10版 地方 (Penang, Malaysia), UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 21. "
    f"A crafts page: a heritage group leads a Saturday walk past {len(STOPS5)} old trades' shops in George Town (title "
    "with a full-width gap, the byline line `记者　骆恩慈`, a caption and its credit inside a sentence, a clog maker's "
    "“” quotation cut by the running head before `看看。”`), then, with no blank line, **the list `老行业导览`: a "
    "header row `站　行业　地址`, four rows of a bare stop number (`1`), a trade and a street address with a shop "
    "number (`铜锣巷27号`), and a fee row `费用：每人15令吉`**; the list is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2040-08-22", "page": "10",
    "head": [f"屿城日报　　2040年8月22日　{weekday(DAY5)}", "第10版　地方　　责任编辑：邬家豪"],
    "foot": ["屿城日报社　　新闻热线：04-2617 3580"],
    "furniture": ["屿城日报", "2040年8月22日", weekday(DAY5), "第10版", "地方", "责任编辑：邬家豪", "屿城日报·地方",
                  "屿城日报社", "新闻热线：04-2617 3580"],
    "run": ["屿城日报·地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["走进老行业　周六导览看打铁做木屐", "记者　骆恩慈"],
         "title": "走进老行业　周六导览看打铁做木屐",
         "byline": ["记者　骆恩慈", "骆恩慈"],
         "captions": ["木屐师傅在店门口刨木屐底。"], "credits": ["（骆恩慈摄）"],
         "body": [f"乔治市一个文化遗产团体本周六办老行业导览，带公众走访{len(STOPS5)}家还在开工的老店，"
                  "从打铁店走到招牌雕刻店。",
                  "这些老店大多是家族经营，{cap}有两家已经传到第三代。",
                  "做了五十年木屐的师傅说，“现在很少人穿木屐了，有人愿意走进来看一看，我就很高兴，欢迎大家来"
                  "{run}看看。”"]},
        {"glued": True, "lines": ["老行业导览"], "title": "老行业导览",
         "body": [("row", "站　行业　地址")]
         + [("row", f"{i}　{trade}　{addr}") for i, (trade, addr) in enumerate(STOPS5, 1)]
         + [("row", "费用：每人15令吉")]},
    ],
}

# 6. A city's apprenticeship scheme: four trades, their places and monthly stipends; the total and the deadline.
TRADES6 = [("木工", 4, 2800), ("电焊", 3, 3200), ("钟表维修", 2, 2600), ("裁缝", 5, 2500)]
PLACES6 = sum(t[1] for t in TRADES6)
assert PLACES6 == 14
DAY6 = date(2040, 7, 5)
DUE6 = date(2040, 7, 20)
assert DUE6 > DAY6

APPRENTICE_PAGE = {
    "name": "zh_utf16le_bom_lf_trades_page_apprenticeship_places_story_byline_caption_credit_running_head_midquote_indent_only_glued_apprentice_table_header_row_trade_cells_place_count_cells_stipend_cells_total_row_deadline_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "洹阳日报 2040-07-05 第5版 职场, UTF-16 LE with BOM, LF; indent-only paragraphs, wrapped at 22. A trades page: "
    f"the city's craft masters take {PLACES6} apprentices in {len(TRADES6)} trades with a monthly stipend (title with a "
    "full-width gap, the byline line `本报记者　訾　航`, a caption and its credit inside a sentence, a welder's “” "
    "quotation cut by the running head before `吃饭。”`), then, with no blank line, **the table `学徒招收计划`: a "
    "header row `工种　名额　月补贴`, four rows of a trade, places with `名` (`4名`) and a stipend in 元 (`2800元`), a "
    f"total row `合计　{PLACES6}名` (summed) and a deadline row `报名截止：{md(DUE6)}`**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2040-07-05", "page": "5",
    "head": [f"洹阳日报　　2040年7月5日　{weekday(DAY6)}", "第5版　职场　　责任编辑：籍　苒"],
    "foot": ["洹阳日报社　　新闻热线：0372-6093318"],
    "furniture": ["洹阳日报", "2040年7月5日", weekday(DAY6), "第5版", "职场", "责任编辑：籍　苒", "洹阳日报·职场",
                  "洹阳日报社", "新闻热线：0372-6093318"],
    "run": ["洹阳日报·职场"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"老师傅带徒　{len(TRADES6)}个工种招{PLACES6}名学徒", "本报记者　訾　航"],
         "title": f"老师傅带徒　{len(TRADES6)}个工种招{PLACES6}名学徒",
         "byline": ["本报记者　訾　航", "訾　航", "訾航"],
         "captions": ["电焊师傅在实训车间示范焊接。"], "credits": ["（本报记者　訾　航　摄）"],
         "body": [f"市人社部门今年请{len(TRADES6)}个工种的老师傅带徒，共招{PLACES6}名学徒，学徒期两年，"
                  "每月发补贴。",
                  f"补贴最高的是电焊，每月{TRADES6[1][2]}元，{{cap}}名额最多的是裁缝，招{TRADES6[3][1]}名。",
                  "带过三十多个徒弟的电焊师傅蔺国华说，“手艺学到手，走到哪里都有饭吃，年轻人肯吃苦，两年就能"
                  "靠它{run}吃饭。”"]},
        {"glued": True, "lines": ["学徒招收计划"], "title": "学徒招收计划",
         "body": [("row", "工种　名额　月补贴")]
         + [("row", f"{trade}　{n}名　{pay}元") for trade, n, pay in TRADES6]
         + [("row", f"合计　{PLACES6}名"), ("row", f"报名截止：{md(DUE6)}")]},
    ],
}

# 7. Ronga: a bicycle-repair workshop in Mafalala trains young people; the tools bought and their prices in meticais.
TOOLS7 = [("Martelo", 350), ("Chave inglesa", 480), ("Bomba", 620), ("Alicate", 290)]
SUM7 = sum(p for _, p in TOOLS7)
assert SUM7 == 1740
DAY7 = date(2040, 6, 27)


def mt(n):
    return f"{thousands(n)},00 MT"


BIKE_PAGE = {
    "name": "rng_cp1252_crlf_ronga_repairs_page_mafalala_bicycle_workshop_trains_youth_story_byline_dateline_caption_credit_running_head_midquote_glued_tool_price_list_header_row_decimal_comma_meticais_cells_space_thousands_total_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Xirhalo xa Mafalala (an invented Ronga weekly, Mafalala, Maputo, Mozambique) 2040-06-27 Page 6 Workshops, "
    "cp1252 (`“ ” – · ú`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Ronga repairs page: a "
    "bicycle-repair workshop trains young people (title over two lines, byline line `Hi: Celeste Macuácua`, the "
    "dateline `MAPUTO –` opening the lead, a caption and its credit inside a sentence, the workshop owner's “” "
    "quotation cut by the running head before `tirha.”`), then, with no blank line, **the tool list `Switirhisiwa`: "
    f"a header row `Xitirhisiwa Mali`, {len(TOOLS7)} rows of a tool (one or two words, Portuguese loans) and a price in "
    "meticais with a decimal comma (`350,00 MT`), and a total row with a space between thousands "
    f"`Hinkwaswo {mt(SUM7)}` (summed)**; the list is an article, its head the title, each printed row a paragraph "
    "(one space kept between cells).",
    "date": "2040-06-27", "page": "6",
    "head": [f"XIRHALO XA MAFALALA · {english(DAY7)} · Page 6", "Workshops · Editor: Armando Cossa"],
    "foot": ["Xirhalo xa Mafalala · xirhalo@mafalala.example.mz"],
    "furniture": ["XIRHALO XA MAFALALA", english(DAY7), "Page 6", "Workshops", "Editor: Armando Cossa",
                  "Xirhalo xa Mafalala · Workshops", "Xirhalo xa Mafalala", "xirhalo@mafalala.example.mz"],
    "run": ["Xirhalo xa Mafalala · Workshops"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Vantshwa va dyondza", "ku lunghisa mabhasikiri", "Hi: Celeste Macuácua"],
         "title": "Vantshwa va dyondza ku lunghisa mabhasikiri",
         "byline": ["Hi: Celeste Macuácua", "Celeste Macuácua"],
         "captions": ["Mufana a lunghisa vhili ra bhasikiri."], "credits": ["Foto: Nelson Chauque"],
         "body": ["MAPUTO – Xi~to~lo xa ku lu~nghi~sa ma~bha~si~ki~ri e Ma~fa~la~la xi dyo~ndzi~sa "
                  "va~ntshwa va khu~me ku lu~nghi~sa ma~vhi~li ni ti~ke~te~ni.",
                  f"Xi~to~lo xi xa~vi~le swi~ti~rhi~si~wa swa mu~nda~ri wa {mt(SUM7)}, {{cap}}va~ntshwa "
                  "va dyo~ndza ma~si~ku ma~nti~lu~nya hi vhi~ki.",
                  "Nwi~ni~ngi wa xi~to~lo, Jaime Mabunda, a ku: “Loko mu~ntshwa a ti~va ku lu~nghi~sa "
                  "bha~si~ki~ri, a nga ku~ma mali, a nga ha pfu~mali ku {run}tirha.”"]},
        {"glued": True, "lines": ["Switirhisiwa"], "title": "Switirhisiwa",
         "body": [("row", ramp((16, 13), "Xitirhisiwa", "Mali"))]
         + [("row", ramp((16, 13), tool, mt(p))) for tool, p in TOOLS7]
         + [("row", f"Hinkwaswo {mt(SUM7)}")]},
    ],
}

# 8. Ndau: a carpenters' co-operative in Chipinge; its order book with hash-numbered orders and days to finish.
ORDERS8 = [("#014", "Tafura", 5), ("#015", "Mubhedha", 9), ("#016", "Chigaro", 2), ("#017", "Kabhati", 12)]
assert [int(o[0][1:]) for o in ORDERS8] == list(range(14, 14 + len(ORDERS8)))
DAY8 = date(2040, 9, 12)

ORDER_PAGE = {
    "name": "ndc_utf16be_bom_lf_ndau_crafts_page_chipinge_carpenters_cooperative_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_order_book_header_row_hash_number_cells_days_cells_order_count_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Chipinge Nhau (an invented Ndau weekly, Chipinge, Manicaland, Zimbabwe) 2040-09-12 Page 9 Trades, UTF-16 BE "
    "with BOM (`“ ” – ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with hyphenation. "
    "An Ndau crafts page: a carpenters' co-operative takes orders for furniture from the town's schools and homes "
    "(title over two lines, byline line `Wakanyora: Rudo Mlambo`, the dateline `CHIPINGE –` opening the lead, a "
    "caption and its credit inside a sentence, the chairman's “” quotation cut by the running head before "
    "`mushando.”`), then, with no blank line, **the order book `Bhuku reMaodha`: a header row `Nhamba Chinhu Mazuva`, "
    f"{len(ORDERS8)} rows of an order number with a hash (`#014`), a thing to make and days to finish (`5 mazuva`), and "
    f"a count row `Maodha: {len(ORDERS8)}`**; the book is an article, its head the title, each printed row a paragraph "
    "(one space kept between cells).",
    "date": "2040-09-12", "page": "9",
    "head": [f"CHIPINGE NHAU · {english(DAY8)} · Page 9", "Trades · Editor: Simbarashe Gumbo"],
    "foot": ["Chipinge Nhau · nhau@chipinge.example.zw"],
    "furniture": ["CHIPINGE NHAU", english(DAY8), "Page 9", "Trades", "Editor: Simbarashe Gumbo",
                  "Chipinge Nhau · Trades", "Chipinge Nhau", "nhau@chipinge.example.zw"],
    "run": ["Chipinge Nhau · Trades"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Vavezi veChipinge", "vanowana maodha mazhinji", "Wakanyora: Rudo Mlambo"],
         "title": "Vavezi veChipinge vanowana maodha mazhinji",
         "byline": ["Wakanyora: Rudo Mlambo", "Rudo Mlambo"],
         "captions": ["Muvezi unotsvedzesa tafura."], "credits": ["Foto: Tawanda Makuyana"],
         "body": ["CHIPINGE – Ma~vhu~ndu~ko e~nyi vhe~zi veChi~pi~nge ya~ka~wa~na ma~o~dha "
                  f"{len(ORDERS8)} mwe~dzi u~yu, a~no~mbo~bvi~ra ku~ma~chi~ko~ro na~ku~ma~mba.",
                  "Va~ve~zi va~no~shandi~sa ma~ta~nda e~mu~sa~sa, {cap}ne~ku~i~ta ku~ti "
                  "mu~ta~ri a~pe~dze ku~bha~tha~ra.",
                  "Sa~chi~garo, Farai Sithole, wa~ka~ti: “Ti~no~da ku~tora va~ko~mana va~tsva~ngu "
                  "ku~ti va~dzi~dze ku~ve~za, va~wa~ne {run}mushando.”"]},
        {"glued": True, "lines": ["Bhuku reMaodha"], "title": "Bhuku reMaodha",
         "body": [("row", ramp((8, 10, 12), "Nhamba", "Chinhu", "Mazuva"))]
         + [("row", ramp((8, 10, 12), no, thing, f"{d} mazuva")) for no, thing, d in ORDERS8]
         + [("row", f"Maodha: {len(ORDERS8)}")]},
    ],
}

# 9. Tsimihety: raffia weavers in Mandritsara; the piece-rate sheet, count times price in ariary; the total.
PIECES9 = [("Harona", 12, 5000), ("Satroka", 20, 3500), ("Tsihy", 4, 12000), ("Kitapo", 10, 4000)]
SUM9 = sum(n * p for _, n, p in PIECES9)
assert SUM9 == 218000
DAY9 = date(2040, 10, 17)


def ar(n):
    return f"{thousands(n)} Ar"


RAFFIA_PAGE = {
    "name": "xmw_latin1_crlf_tsimihety_crafts_page_mandritsara_raffia_weavers_story_byline_dateline_ascii_hyphen_caption_credit_running_head_midquote_guillemets_glued_piece_rate_sheet_header_row_count_times_price_cells_space_thousands_total_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Gazety Mandritsara (an invented Tsimihety weekly, Mandritsara, Sofia, Madagascar) 2040-10-17 Page 3 Crafts, "
    "Latin-1 (`« » ô à ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Tsimihety crafts page: a "
    "women's raffia-weaving group sells its month's work to a shop in the capital (title over two lines, byline line "
    "`Nataon'i: Hanitra Razafy`, the dateline `MANDRITSARA -` with an ASCII hyphen opening the lead, a caption and its "
    "credit inside a sentence, the group leader's «» quotation cut by the running head before `mianatra.»`), then, "
    "with no blank line, **the piece-rate sheet `Vidin'ny asa`: a header row `Entana Isa x Vidiny`, "
    f"{len(PIECES9)} rows of a thing and a count times a price in ariary with a space between thousands "
    f"(`12 x 5 000 Ar`), and a total row `Totaly {ar(SUM9)}` (summed)**; the sheet is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2040-10-17", "page": "3",
    "head": [f"GAZETY MANDRITSARA · {english(DAY9)} · Page 3", "Crafts · Editor: Jean Rakotobe"],
    "foot": ["Gazety Mandritsara · gazety@mandritsara.example.mg"],
    "furniture": ["GAZETY MANDRITSARA", english(DAY9), "Page 3", "Crafts", "Editor: Jean Rakotobe",
                  "Gazety Mandritsara · Crafts", "Gazety Mandritsara", "gazety@mandritsara.example.mg"],
    "run": ["Gazety Mandritsara · Crafts"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ampela mpanenoñy rafia", "mahazo tsena an-drenivohitra", "Nataon'i: Hanitra Razafy"],
         "title": "Ampela mpanenoñy rafia mahazo tsena an-drenivohitra",
         "byline": ["Nataon'i: Hanitra Razafy", "Hanitra Razafy"],
         "captions": ["Ampela manenoñy satroka rafia."], "credits": ["Sary: Fidy Rasoanaivo"],
         "body": ["MANDRITSARA - Fi~ka~mbana~ny am~pe~la mpa~ne~no~ñy ra~fia i~sa~ky ny Ma~ndri~tsa~ra "
                  "nahavi~ta~ky ha~ro~na, sa~tro~ka, tsi~hy ary ki~ta~po ho a~mi~ny to~ko~ño~a~na "
                  "a~ndre~ni~vo~hi~tra.",
                  f"Ny vo~la a~za~ny a~mi~ny vo~lana i~ty dia {ar(SUM9)}, {{cap}}ary "
                  "zara~i~na a~mi~ny mpi~ka~mba~na ro~a ambi~ny fo~lo.",
                  "Ny fi~lo~ha~ny, Noeline Soa, nila~za~ky: «Ny sa~tro~ka no ta~di~ava~ny ma~ro, ka "
                  "ny za~za a~mpe~la ka~ra~ny ma~vi~tri~ky ma~ni~ra~ky {run}mianatra.»"]},
        {"glued": True, "lines": ["Vidin'ny asa"], "title": "Vidin'ny asa",
         "body": [("row", ramp((10, 20), "Entana", "Isa x Vidiny"))]
         + [("row", ramp((10, 20), thing, f"{n} x {ar(p)}")) for thing, n, p in PIECES9]
         + [("row", f"Totaly {ar(SUM9)}")]},
    ],
}

# 10. Antandroy: a smithy in Ambovombe lists the mended tools nobody has fetched; their ticket numbers; the last day.
TICKETS10 = [("No 0412", "Angady"), ("No 0419", "Famaky"), ("No 0423", "Sarety"), ("No 0431", "Vilany")]
assert [t for t, _ in TICKETS10] == sorted(t for t, _ in TICKETS10)
DAY10 = date(2040, 11, 21)
LAST10 = date(2040, 11, 30)
assert LAST10 > DAY10 and LAST10.weekday() == 4

SMITHY_PAGE = {
    "name": "tdx_utf8_nobom_cr_antandroy_repairs_page_ambovombe_smithy_unclaimed_tools_story_byline_dateline_caption_credit_running_head_midquote_glued_unclaimed_ticket_notice_zero_padded_ticket_cells_collect_by_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Feon'Androy (an invented Antandroy weekly, Ambovombe, Androy, Madagascar) 2040-11-21 Page 7 Repairs, UTF-8 "
    "without BOM (`“ ” – · ô`), CR; blank-line paragraphs, wrapped at 36 with hyphenation. An Antandroy repairs page: "
    "a smithy that mends spades, axes, carts and pots asks owners to fetch what they left (title over two lines, "
    "byline line `Nisoratè: Voahangy Tsimanova`, the dateline `AMBOVOMBE –` opening the lead, a caption and its "
    "credit inside a sentence, the smith's “” quotation cut by the running head before `amiko.”`), then, with no blank "
    f"line, **the notice `Mbo tsy nalaeñe`: {len(TICKETS10)} rows of a repair ticket number padded with zeros "
    f"(`No 0412`) and a tool (`Angady`), no header row, and a collect-by row `Alaeñe ampara'ty {LAST10.day} Novambra`**; "
    "the notice is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2040-11-21", "page": "7",
    "head": [f"FEON'ANDROY · {english(DAY10)} · Page 7", "Repairs · Editor: Tovo Maharesy"],
    "foot": ["Feon'Androy · feo@ambovombe.example.mg"],
    "furniture": ["FEON'ANDROY", english(DAY10), "Page 7", "Repairs", "Editor: Tovo Maharesy",
                  "Feon'Androy · Repairs", "Feon'Androy", "feo@ambovombe.example.mg"],
    "run": ["Feon'Androy · Repairs"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mpanefe e Ambovombe", "mitalily tompon-draha", "Nisoratè: Voahangy Tsimanova"],
         "title": "Mpanefe e Ambovombe mitalily tompon-draha",
         "byline": ["Nisoratè: Voahangy Tsimanova", "Voahangy Tsimanova"],
         "captions": ["Mpanefe manamboatse angady."], "credits": ["Sary: Lalao Manjato"],
         "body": ["AMBOVOMBE – Ty to~ko~ño~a~ne mpa~ne~fe e A~mbo~vo~mbe ro ma~na~mbo~a~tse a~nga~dy, "
                  "fa~ma~ky, sa~re~ty va~ly vi~la~ny fa tsy na~la~eñe ty to~mpo~ni~ne.",
                  f"Ha~e~fa~tse ty e~nta~na mbo e a~mbo~ho~ny, {{cap}}ie a~mpa~ra'ty {LAST10.day} "
                  "No~va~mbra ro ha~vo~tsotse ze tsy na~la~eñe.",
                  "Ty mpa~ne~fe, Jaosoa Retsihisatse, na~nao ty ho: “Ma~ro ty o~lo~ñe ma~ni~ry ha~ra "
                  "fa tsy mi~a~vy, ka~ra~ha tsy mi~a~vy ie, tsy ho a~ze~ko ty ta~na~ko {run}amiko.”"]},
        {"glued": True, "lines": ["Mbo tsy nalaeñe"], "title": "Mbo tsy nalaeñe",
         "body": [("row", ramp((10, 8), ticket, tool)) for ticket, tool in TICKETS10]
         + [("row", f"Alaeñe ampara'ty {LAST10.day} Novambra")]},
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


for _page in (BIKE_PAGE, ORDER_PAGE, RAFFIA_PAGE, SMITHY_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [STALL_PAGE, CAFE_PAGE, SUBSIDY_PAGE, WATCH_PAGE, WALK_PAGE, APPRENTICE_PAGE, BIKE_PAGE, ORDER_PAGE,
         RAFFIA_PAGE, SMITHY_PAGE]
