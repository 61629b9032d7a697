"""The text of every holdout144 page, written once: make_holdout144_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The beers' order, the
sorghum grades, the tea and dim sum prices, the token prices, the harvest areas, the tasting scores, the pluckers'
pay, the bottle deposits and the marula tally are computed or asserted here from the figures they rest on, and the
weekdays from the dates. All papers, brewers, distilleries, tea houses, wineries, depots, figures, people, sums,
telephone numbers and events are invented; real places are settings only.
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


# 1. A craft brewery opens in an old mill; the first beers: name, strength, bitterness; the tasting price.
BEERS1 = [("小麦白啤", 4.8, 12), ("琥珀艾尔", 5.6, 28), ("印度淡色艾尔", 6.5, 55), ("帝国世涛", 7.2, 40)]
assert [a for _, a, _ in BEERS1] == sorted(a for _, a, _ in BEERS1)
DAY1 = date(2041, 5, 22)
BEER_PAGE = {
    "name": "zh_gbk_crlf_drinks_page_craft_brewery_opens_in_old_mill_story_byline_caption_credit_running_head_midquote_glued_first_beers_table_header_row_percent_strength_cells_ibu_cells_tasting_price_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "漷州晚报 2041-05-22 第8版 食尚, GBK, CRLF; blank-line paragraphs, wrapped at 22. A drinks-trade page: a "
    f"craft brewery opens in a disused cotton mill with {len(BEERS1)} beers on tap (title with a full-width gap, the "
    "byline line `本报记者　邝　舟`, a caption and its credit inside a sentence, the brewer's “” quotation cut by the "
    "running head before `喝到。”`), then, with no blank line, **the table `首批酒款`: a header row `酒款　酒精度　苦度`, "
    "four rows of a beer, a strength in per cent (`4.8%`) and a bitterness in IBU (`12IBU`), and a tasting-price row "
    "`试饮：每杯20元`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-05-22", "page": "8",
    "head": [f"漷州晚报　　2041年5月22日　{weekday(DAY1)}", "第8版　食尚　　责任编辑：钭　樾"],
    "foot": ["漷州晚报社出版　　新闻热线：0763-5581207"],
    "furniture": ["漷州晚报", "2041年5月22日", weekday(DAY1), "第8版", "食尚", "责任编辑：钭　樾", "漷州晚报·食尚",
                  "漷州晚报社出版", "新闻热线：0763-5581207"],
    "run": ["漷州晚报·食尚"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"老纱厂里开出精酿坊　{len(BEERS1)}款啤酒上架", "本报记者　邝　舟"],
         "title": f"老纱厂里开出精酿坊　{len(BEERS1)}款啤酒上架",
         "byline": ["本报记者　邝　舟", "邝　舟", "邝舟"],
         "captions": ["酿酒师在发酵罐旁取样。"], "credits": ["（本报记者　邝　舟　摄）"],
         "body": [f"城北停产二十年的老纱厂车间昨天改成一家精酿啤酒坊，首批{len(BEERS1)}款啤酒同时上架。",
                  "酒坊保留了车间的旧屋架和锯齿形天窗，{cap}八个发酵罐沿墙排成一行。",
                  "酿酒师宁嘉树说，“麦芽和啤酒花大多从外地运来，只有小麦是本地种的，想让大家喝出家乡的味道，"
                  "第一口就能"
                  "{run}喝到。”"]},
        {"glued": True, "lines": ["首批酒款"], "title": "首批酒款",
         "body": [("row", "酒款　酒精度　苦度")] + [("row", f"{n}　{a}%　{b}IBU") for n, a, b in BEERS1]
         + [("row", "试饮：每杯20元")]},
    ],
}

# 2. A distillery buys the sorghum harvest; grade, moisture limit, price a kilo; the buying season.
RARE = "\u42ae"  # 䊮, CJK Extension A: in GB18030, not in GBK
GRADES2 = [("一等", 14, "3.60"), ("二等", 15, "3.40"), ("三等", 16, "3.10")]
assert [float(p) for *_, p in GRADES2] == sorted((float(p) for *_, p in GRADES2), reverse=True)
assert [m for _, m, _ in GRADES2] == sorted(m for _, m, _ in GRADES2)
DAY2 = date(2041, 9, 24)
OPEN2, SHUT2 = date(2041, 9, 26), date(2041, 11, 10)
assert DAY2 < OPEN2 < SHUT2
SORGHUM_PAGE = {
    "name": "zh_gb18030_lf_distillery_page_sorghum_bought_by_grade_story_byline_rare_char_in_grower_name_caption_credit_running_head_midquote_indent_only_glued_purchase_table_header_row_grade_cells_moisture_limit_cells_price_cells_season_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"潽州日报 2041-09-24 第5版 三农 (`{RARE}` U+42AE, CJK Extension A, in the grower's name `戴{RARE}`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A distillery page: the town's "
    "liquor distillery buys the growers' sorghum by grade under contract (title with a full-width gap, the byline "
    "line `本报记者　阚　苒`, a caption and its credit inside a sentence, a grower's “” quotation cut by the running "
    "head before `卖上价。”`), then, with no blank line, **the table `高粱收购标准`: a header row `等级　水分　每公斤`, "
    "three rows of a grade (`一等`), a moisture limit with `≤` (`≤14%`) and a price a kilo (`3.60元`), and a season "
    f"row `收购时间：{md(OPEN2)}—{md(SHUT2)}`**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2041-09-24", "page": "5",
    "head": [f"潽州日报　　2041年9月24日　{weekday(DAY2)}", "第5版　三农　　责任编辑：闾　晗"],
    "foot": ["潽州日报社　　新闻热线：0734-2269815"],
    "furniture": ["潽州日报", "2041年9月24日", weekday(DAY2), "第5版", "三农", "责任编辑：闾　晗", "潽州日报·三农",
                  "潽州日报社", "新闻热线：0734-2269815"],
    "run": ["潽州日报·三农"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["酒厂按等级收高粱　一等每公斤3.60元", "本报记者　阚　苒"],
         "title": "酒厂按等级收高粱　一等每公斤3.60元",
         "byline": ["本报记者　阚　苒", "阚　苒", "阚苒"],
         "captions": ["种植户把晒干的高粱装袋送往酒厂。"], "credits": ["（本报记者　阚　苒　摄）"],
         "body": [f"城西酒厂本月{OPEN2.day}日起收购今年的订单高粱，按水分分三等论价，一等每公斤比去年高两角。",
                  "今年订单高粱种了一万二千亩，{cap}酒厂在六个村设了收购点。",
                  f"种了四十亩高粱的戴{RARE}说，“高粱要晒透，水分降到一等，同样一车粮就能多"
                  "{run}卖上价。”"]},
        {"glued": True, "lines": ["高粱收购标准"], "title": "高粱收购标准",
         "body": [("row", "等级　水分　每公斤")] + [("row", f"{g}　≤{m}%　{p}元") for g, m, p in GRADES2]
         + [("row", f"收购时间：{md(OPEN2)}—{md(SHUT2)}")]},
    ],
}

# 3. Taiwan: a century-old tea house reopens; the tea list: tea, where it is grown, price a pot; the water charge.
TEAS3 = [("東方美人", "北埔", 480), ("凍頂烏龍", "鹿谷", 380), ("文山包種", "坪林", 350), ("蜜香紅茶", "瑞穗", 320)]
assert [p for *_, p in TEAS3] == sorted((p for *_, p in TEAS3), reverse=True)
DAY3 = date(2041, 11, 8)
TEAHOUSE_PAGE = {
    "name": "zht_big5_cr_taiwan_tea_house_page_old_tea_house_reopens_story_byline_caption_credit_running_head_midquote_glued_tea_list_header_row_origin_place_cells_price_per_pot_cells_water_charge_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "溱港日報 2041-11-08 B2 地方 (`中華民國130年11月8日`, Taiwan, Beipu, Hsinchu), Big5, CR; blank-line paragraphs, "
    "wrapped at 20. A tea-house page: a hundred-year-old tea house reopens after two years' repair (title with a "
    "full-width gap, the byline line `記者邱筱芃／新竹報導`, a caption and its credit inside a sentence, the owner's "
    "「」 quotation cut by the running head before `喝茶。」`), then, with no blank line, **the list `茶單`: a header "
    "row `茶品　產地　每壺`, four rows of a tea, the township it is grown in (`北埔`) and a price a pot (`480元`), and "
    "a water-charge row `茶水費每位60元` with no colon**; the list is an article, its head the title, each printed row "
    "a paragraph.",
    "date": "2041-11-08", "page": "B2",
    "head": [f"溱港日報　中華民國130年11月8日　{weekday(DAY3)}", "B2　地方　　編輯：簡若瑜"],
    "foot": ["溱港日報社　讀者服務專線：(03)5716-284"],
    "furniture": ["溱港日報", "中華民國130年11月8日", weekday(DAY3), "B2", "地方", "編輯：簡若瑜", "溱港日報．地方",
                  "溱港日報社", "讀者服務專線：(03)5716-284"],
    "run": ["溱港日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["百年茶館整修完成　老茶桌重新開張", "記者邱筱芃／新竹報導"],
         "title": "百年茶館整修完成　老茶桌重新開張",
         "byline": ["記者邱筱芃／新竹報導", "邱筱芃"],
         "captions": ["茶館第四代主人在老茶桌前溫壺。"], "credits": ["（記者邱筱芃攝）"],
         "body": ["北埔老街一間開業百年的茶館整修兩年後昨天重新開張，木窗和十二張老茶桌都留了下來。",
                  "茶單只有四款茶，{cap}每一款都寫上產地，客人可以先聞茶香再點。",
                  "第四代主人姜立勳說，「阿公那時候每天清早就開門，老街坊習慣先來這裡坐一下，我希望大家還能回來"
                  "{run}喝茶。」"]},
        {"glued": True, "lines": ["茶單"], "title": "茶單",
         "body": [("row", "茶品　產地　每壺")] + [("row", f"{t}　{o}　{p}元") for t, o, p in TEAS3]
         + [("row", "茶水費每位60元")]},
    ],
}

# 4. Hong Kong: a sixty-year-old dim sum tea house closes, in Cantonese; dish sizes and prices; the tea charge.
SIZES4 = [("小點", 28), ("中點", 34), ("大點", 40), ("特點", 46), ("頂點", 52)]
assert all(b - a == 6 for (_, a), (_, b) in zip(SIZES4, SIZES4[1:]))
DAY4 = date(2041, 8, 13)
LAST4 = date(2041, 8, 31)
assert LAST4 > DAY4
DIMSUM_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_tea_house_page_dim_sum_tea_house_closes_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_dim_sum_price_board_header_row_size_grade_cells_dollar_cells_tea_charge_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "湳灣日報 2041-08-13 A12 本地 (Hong Kong, Sham Shui Po), Big5-HKSCS (`嘅 喺 咗 嘢 啲`; in neither cp950 nor "
    "Big5), CRLF; indent-only paragraphs, wrapped at 20. A tea-house page in Cantonese: a sixty-year-old dim sum "
    "tea house closes at the end of the month (title with a full-width gap, the byline line `記者　麥凱晴`, a caption "
    "and its credit inside a sentence, a regular's 「」 quotation cut by the running head before `飲茶。」`), then, "
    "with no blank line, **the price board `點心價目`: a header row `點心　價錢`, five rows of a size grade (`小點`, "
    "`中點`, `大點`, `特點`, `頂點`) and a dollar price (`$28`), and a tea-charge row `茶芥每位$15` with no colon**; "
    "the board is an article, its head the title, each printed row a paragraph.",
    "date": "2041-08-13", "page": "A12",
    "head": [f"湳灣日報　2041年8月13日　{weekday(DAY4)}", "A12　本地　　編輯：區凱琳"],
    "foot": ["湳灣日報社　　新聞熱線：2587 3016"],
    "furniture": ["湳灣日報", "2041年8月13日", weekday(DAY4), "A12", "本地", "編輯：區凱琳", "湳灣日報．本地",
                  "湳灣日報社", "新聞熱線：2587 3016"],
    "run": ["湳灣日報．本地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["六十年老茶樓月底結業　街坊趕住嚟飲", "記者　麥凱晴"],
         "title": "六十年老茶樓月底結業　街坊趕住嚟飲",
         "byline": ["記者　麥凱晴", "麥凱晴"],
         "captions": ["伙記推住點心車喺茶樓入面行。"], "credits": ["（麥凱晴攝）"],
         "body": [f"深水埗一間開咗六十年嘅茶樓{LAST4.month}月{LAST4.day}日結業，呢幾日朝早六點未開門已經有人排隊。",
                  "茶樓仲係用點心車，{cap}點心分五個價，伙記喺點心紙上面蓋印計數。",
                  "飲咗四十年茶嘅梁伯話，「我由後生飲到而家，啲伙記個個都識我，以後唔知去邊度"
                  "{run}飲茶。」"]},
        {"glued": True, "lines": ["點心價目"], "title": "點心價目",
         "body": [("row", "點心　價錢")] + [("row", f"{s}　${p}") for s, p in SIZES4]
         + [("row", "茶芥每位$15")]},
    ],
}

# 5. Singapore: a riverside craft-beer festival sells tokens; tokens, price, price a token; tokens a glass.
TOKENS5 = [(10, 25), (25, 55), (50, 100)]
EACH5 = [p / n for n, p in TOKENS5]
assert EACH5 == sorted(EACH5, reverse=True) and EACH5 == [2.5, 2.2, 2.0]
DAY5 = date(2041, 10, 10)
TOKEN_PAGE = {
    "name": "zh_utf16be_bom_lf_singapore_drinks_page_craft_beer_festival_tokens_story_byline_caption_credit_running_head_midquote_glued_token_table_header_row_token_count_cells_dollar_cells_two_decimal_unit_cells_tokens_per_glass_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "溟洲日报 2041-10-10 第7版 城中 (Singapore, Clarke Quay), UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped "
    "at 21. A drinks page: a riverside craft-beer festival takes tokens instead of cash (title with a full-width gap, "
    "the byline line `记者　洪佩琪`, a caption and its credit inside a sentence, the organiser's “” quotation cut by the "
    "running head before `排队。”`), then, with no blank line, **the table `代币兑换`: a header row `代币　价格　每枚`, "
    "three rows of a token count (`10枚`), a dollar price (`$25`) and the price a token to two decimals (`$2.50`, "
    "computed), and a row `每杯啤酒：3枚`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-10-10", "page": "7",
    "head": [f"溟洲日报　　2041年10月10日　{weekday(DAY5)}", "第7版　城中　　责任编辑：巫俊辉"],
    "foot": ["溟洲日报社　　新闻热线：6274 1953"],
    "furniture": ["溟洲日报", "2041年10月10日", weekday(DAY5), "第7版", "城中", "责任编辑：巫俊辉", "溟洲日报·城中",
                  "溟洲日报社", "新闻热线：6274 1953"],
    "run": ["溟洲日报·城中"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["河畔精酿啤酒节只收代币　买得越多越便宜", "记者　洪佩琪"],
         "title": "河畔精酿啤酒节只收代币　买得越多越便宜",
         "byline": ["记者　洪佩琪", "洪佩琪"],
         "captions": ["游客在克拉码头河边的摊位试喝黑啤。"], "credits": ["（洪佩琪摄）"],
         "body": ["克拉码头河畔的精酿啤酒节本周末举行，三十家小酒厂摆摊，摊位一律只收代币。",
                  "代币在入口的三个柜台购买，{cap}买五十枚的话，每枚比买十枚便宜五角。",
                  "主办人陈伟龙说，“去年各摊位自己收钱，找零慢，今年统一用代币，客人拿了酒就走，不用再"
                  "{run}排队。”"]},
        {"glued": True, "lines": ["代币兑换"], "title": "代币兑换",
         "body": [("row", "代币　价格　每枚")] + [("row", f"{n}枚　${p}　${p / n:.2f}") for n, p in TOKENS5]
         + [("row", "每杯啤酒：3枚")]},
    ],
}

# 6. A hillside winery's grape harvest: variety, area, share picked; when the picking should end.
VINES6 = [("赤霞珠", 120, 80), ("美乐", 60, 100), ("霞多丽", 40, 100), ("马瑟兰", 30, 50)]
AREA6 = sum(a for _, a, _ in VINES6)
PICKED6 = sum(a * p // 100 for _, a, p in VINES6)
assert AREA6 == 250 and PICKED6 == 211 and all(a * p % 100 == 0 for _, a, p in VINES6)
DAY6 = date(2041, 9, 16)
END6 = date(2041, 9, 28)
assert END6 > DAY6
HARVEST_PAGE = {
    "name": "zh_utf8_nobom_lf_winery_page_hillside_winery_grape_harvest_story_byline_caption_credit_running_head_midquote_indent_only_glued_harvest_progress_table_header_row_variety_cells_mu_area_cells_percent_picked_cells_end_date_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "漪城日报 2041-09-16 第6版 乡村, UTF-8 without BOM, LF; indent-only paragraphs, wrapped at 22. A winery page: "
    f"a hillside winery picks its {AREA6} mu of grapes, {PICKED6} mu done (title with a full-width gap, the byline line "
    "`本报记者　钮　澄`, a caption and its credit inside a sentence, the winemaker's “” quotation cut by the running "
    "head before `酿酒。”`), then, with no blank line, **the table `采收进度`: a header row `品种　面积　已采`, four rows "
    "of a grape variety, an area in mu (`120亩`) and the share picked in per cent (`80%`), and an end-date row "
    f"`预计收尾：{md(END6)}`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-09-16", "page": "6",
    "head": [f"漪城日报　　2041年9月16日　{weekday(DAY6)}", "第6版　乡村　　责任编辑：甘　棠"],
    "foot": ["漪城日报社　　新闻热线：0951-6032748"],
    "furniture": ["漪城日报", "2041年9月16日", weekday(DAY6), "第6版", "乡村", "责任编辑：甘　棠", "漪城日报·乡村",
                  "漪城日报社", "新闻热线：0951-6032748"],
    "run": ["漪城日报·乡村"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"山坡酒庄葡萄开采　{AREA6}亩已采{PICKED6}亩", "本报记者　钮　澄"],
         "title": f"山坡酒庄葡萄开采　{AREA6}亩已采{PICKED6}亩",
         "byline": ["本报记者　钮　澄", "钮　澄", "钮澄"],
         "captions": ["采摘工把刚剪下的葡萄倒进周转筐。"], "credits": ["（本报记者　钮　澄　摄）"],
         "body": [f"东山坡一家酒庄的{AREA6}亩酿酒葡萄本月初开始采收，白葡萄已经采完，红葡萄还剩一部分。",
                  "今年夏天雨水少，{cap}葡萄含糖量比去年高，采摘工每天凌晨四点就下地。",
                  "酿酒师吕静怡说，“太阳出来以前采下的葡萄温度低，果香跑得少，运回来马上就能压榨"
                  "{run}酿酒。”"]},
        {"glued": True, "lines": ["采收进度"], "title": "采收进度",
         "body": [("row", "品种　面积　已采")] + [("row", f"{v}　{a}亩　{p}%") for v, a, p in VINES6]
         + [("row", f"预计收尾：{md(END6)}")]},
    ],
}


def mt(n):
    """Meticais with a space between thousands and a decimal comma: `4 260,00 MT`."""
    return f"{thousands(n)},00 MT"


# 7. Chopi: Quissico's palm-wine tappers hold a tasting contest; rank, name, score out of 20; the prize.
SCORES7 = [(1, "Amélia Nhantumbo", "17,5"), (2, "Jossias Tembe", "16,0"), (3, "Rosa Muianga", "15,5"),
           (4, "Fernando Cumbane", "14,0")]
assert [r for r, *_ in SCORES7] == list(range(1, 5))
assert [float(s.replace(",", ".")) for *_, s in SCORES7] == sorted((float(s.replace(",", ".")) for *_, s in SCORES7),
                                                                   reverse=True)
PRIZE7 = 5000
DAY7 = date(2041, 7, 17)
PALMWINE_PAGE = {
    "name": "cce_cp1252_crlf_chopi_drinks_page_quissico_palm_wine_tasting_contest_story_byline_dateline_caption_credit_running_head_midquote_glued_tasting_result_list_header_row_rank_cells_two_word_name_cells_decimal_comma_score_cells_prize_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Mahungu ya Zavala (an invented Chopi weekly, Quissico, Zavala, Inhambane, Mozambique) 2041-07-17 Page 4 "
    "Drinks, cp1252 (`“ ” – é ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Chopi drinks page: "
    "the district's palm-wine (sura) tappers hold a tasting contest (title over two lines, byline line "
    "`Mutsali: Celeste Chilengue`, the dateline `QUISSICO –` opening the lead, a caption and its credit inside a "
    "sentence, the winner's “” quotation cut by the running head before `mpfundzu.”`), then, with no blank line, "
    f"**the result list `Mapontu ya mphimo`: a header row `Ndau Vito Mapontu`, {len(SCORES7)} rows of a rank, a "
    "two-word name and a score out of 20 with a decimal comma (`1 Amélia Nhantumbo 17,5`), and a prize row "
    f"`Txihambano: {mt(PRIZE7)}`**; the list is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2041-07-17", "page": "4",
    "head": [f"MAHUNGU YA ZAVALA · {english(DAY7)} · Page 4", "Drinks · Editor: Armando Mabote"],
    "foot": ["Mahungu ya Zavala · mahungu@zavala.example.mz"],
    "furniture": ["MAHUNGU YA ZAVALA", english(DAY7), "Page 4", "Drinks", "Editor: Armando Mabote",
                  "Mahungu ya Zavala · Drinks", "Mahungu ya Zavala", "mahungu@zavala.example.mz"],
    "run": ["Mahungu ya Zavala · Drinks"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Sura ya Amélia", "yi hlulile mphimo wa Zavala", "Mutsali: Celeste Chilengue"],
         "title": "Sura ya Amélia yi hlulile mphimo wa Zavala",
         "byline": ["Mutsali: Celeste Chilengue", "Celeste Chilengue"],
         "captions": ["Vapimi va nwa sura ya vakomi."], "credits": ["Foto: Tomás Muchanga"],
         "body": ["QUISSICO – Va~ko~mi va su~ra va Za~va~la va~hla~nga~ne~li~le mu~mpi~mo wa ntshi~ndzi~ngu, "
                  f"na {SCORES7[0][1]} a hlu~li~le hi ma~po~ntu {SCORES7[0][2]} ya 20.",
                  f"Va~pi~mi va~na~ru va~no~wa su~ra ya va~ko~mi va {len(SCORES7)}, {{cap}}ni ku~ne~nge~la "
                  "ku~na~nda~ka~ta ni ku~ti~pfu~ka~ti~le~ka ka su~ra.",
                  "Amélia a~wu~lu~le~ti: “Ni~nga~ko~ma ma~ti~ku ma~va~ngi, su~ra ya ma~ti~ku ya~ri~ngi ya "
                  "ma~ti~mbi~ti~ngi i ku~na~ndi~ka hi {run}mpfundzu.”"]},
        {"glued": True, "lines": ["Mapontu ya mphimo"], "title": "Mapontu ya mphimo",
         "body": [("row", ramp((6, 22, 9), "Ndau", "Vito", "Mapontu"))]
         + [("row", ramp((6, 22, 9), str(r), n, s)) for r, n, s in SCORES7]
         + [("row", f"Txihambano: {mt(PRIZE7)}")]},
    ],
}

# 8. Lomwe: Gurúè's tea pluckers paid by the kilo; group, kilos, pay; the rate.
RATE8 = 3
GROUPS8 = [("Ekhuru 1", 1420), ("Ekhuru 2", 1575), ("Ekhuru 3", 1310), ("Ekhuru 4", 1535)]
KG8 = sum(k for _, k in GROUPS8)
assert KG8 == 5840
DAY8 = date(2041, 10, 2)
PLUCK_PAGE = {
    "name": "ngl_latin1_lf_lomwe_tea_page_gurue_pluckers_paid_by_kilo_story_byline_dateline_ascii_hyphen_caption_credit_running_head_midquote_indent_only_three_spaces_glued_plucking_tally_header_row_group_cells_kilo_cells_meticais_cells_rate_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "   ", "blank": False,
    "note": "Nihiku na Gurúè (an invented Lomwe weekly, Gurúè, Zambézia, Mozambique) 2041-10-02 Page 6 Drinks, Latin-1 "
    "(`ú è · \"`), LF; **indent-only paragraphs (three spaces, no blank lines)**, wrapped at 40 with hyphenation. A "
    f"Lomwe tea page: the tea estate's pluckers are paid {RATE8},00 MT a kilo of green leaf and bring in {thousands(KG8)} "
    "kg in a week (title over two lines, byline line `Mulepi: Felismina Namuera`, the dateline `GURÚÈ -` with an "
    "ASCII hyphen opening the lead, a caption and its credit inside a sentence, a plucker's straight-quoted "
    "quotation cut by the running head before `ekhaya.\"`), then, with no blank line, **the tally `Ekhuru ni "
    f"musurukhu`: a header row `Ekhuru Kilo Musurukhu`, {len(GROUPS8)} rows of a numbered group (`Ekhuru 1`), kilos "
    "with a space between thousands (`1 420 kg`) and the pay in meticais (`4 260,00 MT`, computed), and a rate row "
    f"`Mulipelo: {RATE8},00 MT/kg`**; the tally is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2041-10-02", "page": "6",
    "head": [f"NIHIKU NA GURÚÈ · {english(DAY8)} · Page 6", "Drinks · Editor: Lourenço Mutemba"],
    "foot": ["Nihiku na Gurúè · nihiku@gurue.example.mz"],
    "furniture": ["NIHIKU NA GURÚÈ", english(DAY8), "Page 6", "Drinks", "Editor: Lourenço Mutemba",
                  "Nihiku na Gurúè · Drinks", "Nihiku na Gurúè", "nihiku@gurue.example.mz"],
    "run": ["Nihiku na Gurúè · Drinks"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Anottha a cha", "anilipeliwa khu kilo", "Mulepi: Felismina Namuera"],
         "title": "Anottha a cha anilipeliwa khu kilo",
         "byline": ["Mulepi: Felismina Namuera", "Felismina Namuera"],
         "captions": ["Anottha a cha mmatakhuni a Gurúè."], "credits": ["Foto: Albino Nampuhe"],
         "body": [f"GURÚÈ - Atthu a~no~ttha~ka ma~tha~ku a cha mu~ma~sha~mba a Gurúè a~na~li~pe~li~wa {RATE8},00 MT "
                  "khu kilo, o~pa~tta~ri~ha~ka sumana ela.",
                  f"Ma~khu~ru {len(GROUPS8)} a~no~ttha~ka ma~kilo {thousands(KG8)} mu sumana emo, {{cap}}nto "
                  "e~khu~ru ya ne~na~li ya~ha~ku~mi~ha~ka mu~su~ru~khu wi~nce~na.",
                  "Ottha Luísa Mucheia o~hi~lo~ga: \"Ni~nno~ttha~ka o~ho~ro~wa ma~ka~thi~ni o~pha~ka~ni~ha~ka "
                  "o~hi~yu, ki~ni~na~wa~na mu~su~ru~khu wa {run}ekhaya.\""]},
        {"glued": True, "lines": ["Ekhuru ni musurukhu"], "title": "Ekhuru ni musurukhu",
         "body": [("row", ramp((10, 10, 14), "Ekhuru", "Kilo", "Musurukhu"))]
         + [("row", ramp((10, 10, 14), g, f"{thousands(k)} kg", mt(k * RATE8))) for g, k in GROUPS8]
         + [("row", f"Mulipelo: {RATE8},00 MT/kg")]},
    ],
}

# 9. Kwangali: Nkurenkuru's drinks depot pays for returned bottles; bottle, deposit; the depot's hours.
DEPOSITS9 = [("Botoro 340 ml", 50), ("Botoro 440 ml", 60), ("Botoro 750 ml", 100)]
CRATE9 = 24 * DEPOSITS9[0][1]
assert CRATE9 == 1200


def nad(cents):
    return f"N${cents // 100}.{cents % 100:02d}"


DAY9 = date(2041, 3, 20)
BOTTLE_PAGE = {
    "name": "kwn_macroman_cr_kwangali_drinks_page_nkurenkuru_depot_pays_for_returned_bottles_story_byline_dateline_caption_credit_running_head_midquote_glued_deposit_table_header_row_millilitre_cells_namibian_dollar_cells_crate_row_hours_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Sitoroko saNkurenkuru (an invented Kwangali weekly, Nkurenkuru, Kavango West, Namibia) 2041-03-20 Page 3 "
    "Drinks, Mac OS Roman (`“ ” – ·`), **CR**; blank-line paragraphs, wrapped at 37 with hyphenation. A Kwangali "
    "drinks-trade page: the town's drinks depot starts paying a deposit on returned bottles (title over two lines, "
    "byline line `Mutjangi: Hilma Sikerete`, the dateline `NKURENKURU –` opening the lead, a caption and its credit "
    "inside a sentence, a shebeen keeper's “” quotation cut by the running head before `mbunda.”`), then, with no "
    "blank line, **the table `Ndiwo zomabotoro`: a header row `Sininke Ndiwo`, three rows of a bottle and its size in "
    f"millilitres (`Botoro 340 ml`) and a deposit in Namibian dollars (`{nad(50)}`), a crate row `Kratu 24 "
    f"{nad(CRATE9)}` (computed), and an hours row `Depo: 08:00–17:00` with an en dash**; the table is an article, its "
    "head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-03-20", "page": "3",
    "head": [f"SITOROKO SANKURENKURU · {english(DAY9)} · Page 3", "Drinks · Editor: Josef Haingura"],
    "foot": ["Sitoroko saNkurenkuru · sitoroko@nkurenkuru.example.na"],
    "furniture": ["SITOROKO SANKURENKURU", english(DAY9), "Page 3", "Drinks", "Editor: Josef Haingura",
                  "Sitoroko saNkurenkuru · Drinks", "Sitoroko saNkurenkuru", "sitoroko@nkurenkuru.example.na"],
    "run": ["Sitoroko saNkurenkuru · Drinks"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Depo ya futa mabotoro", "ngaga kara ngaga guma", "Mutjangi: Hilma Sikerete"],
         "title": "Depo ya futa mabotoro ngaga kara ngaga guma",
         "byline": ["Mutjangi: Hilma Sikerete", "Hilma Sikerete"],
         "captions": ["Vantu ava gava mabotoro kudepo."], "credits": ["Foto: Petrus Kandjimi"],
         "body": ["NKURENKURU – De~po ya ma~no~wa ya Nkurenkuru ya ta~me~ki ku~fu~ta ndi~wo ku~ma~bo~to~ro "
                  f"ngaga ka~go~ru~ki~si~na va~ntu, {nad(DEPOSITS9[0][1])} ku~bo~to~ro ku~mwe.",
                  f"Kratu zo~ma~bo~to~ro 24 zi~na ku~fu~ta {nad(CRATE9)}, {{cap}}ntani ma~bo~to~ro "
                  "nga~ga~pu~li~ka~na ka~ya ku~ta~mbu~ru~ka.",
                  "Mu~ku~ru~na~wa sha~bi~na, Maria Nankali, ta ti: “Ma~bo~to~ro nga~ga ku~ra~ru~ka ku~mwe~ta "
                  "ku~ma~ndja~ra, ne~si~ku ngo~mo ngo~mu~ta~ra~se~ra~nda mo {run}mbunda.”"]},
        {"glued": True, "lines": ["Ndiwo zomabotoro"], "title": "Ndiwo zomabotoro",
         "body": [("row", ramp((16, 9), "Sininke", "Ndiwo"))]
         + [("row", ramp((16, 9), b, nad(c))) for b, c in DEPOSITS9]
         + [("row", ramp((16, 9), "Kratu 24", nad(CRATE9)))]
         + [("row", "Depo: 08:00–17:00")]},
    ],
}

# 10. Mbukushu: a marula liqueur maker buys fruit from the villages; village, buckets, pay; the total.
PRICE10 = 15
VILLAGES10 = [("Mukwe", 42), ("Divundu", 38), ("Bagani", 46), ("Andara", 30)]
BUCKETS10 = sum(b for _, b in VILLAGES10)
assert BUCKETS10 == 156 and BUCKETS10 * PRICE10 == 2340
DAY10 = date(2041, 2, 27)
MARULA_PAGE = {
    "name": "mhw_utf16le_bom_crlf_mbukushu_drinks_page_divundu_marula_fruit_for_liqueur_story_byline_dateline_caption_credit_running_head_midquote_glued_fruit_tally_header_row_village_cells_bucket_cells_comma_dollar_cells_two_cell_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ndumbo dhaMukwe (an invented Mbukushu weekly, Divundu, Mukwe constituency, Kavango East, Namibia) "
    "2041-02-27 Page 5 Drinks, UTF-16 LE with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A Mbukushu drinks-trade page: a liqueur maker buys the villages' marula fruit at "
    f"N${PRICE10} a bucket (title over two lines, byline line `Munyori: Rosalia Mbambo`, the dateline `DIVUNDU –` "
    "opening the lead, a caption and its credit inside a sentence, a fruit gatherer's “” quotation cut by the running "
    "head before `vana.”`), then, with no blank line, **the tally `Mfuto dha mpama`: a header row `Munzi Ndoma "
    f"Mfuto`, {len(VILLAGES10)} rows of a village, a bucket count and the pay in Namibian dollars (`Mukwe 42 N$630`, "
    f"computed), and a two-cell total row `Vyose: {BUCKETS10} N${BUCKETS10 * PRICE10:,}` with a thousands comma**; "
    "the tally is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-02-27", "page": "5",
    "head": [f"NDUMBO DHAMUKWE · {english(DAY10)} · Page 5", "Drinks · Editor: Thaddeus Kativa"],
    "foot": ["Ndumbo dhaMukwe · ndumbo@mukwe.example.na"],
    "furniture": ["NDUMBO DHAMUKWE", english(DAY10), "Page 5", "Drinks", "Editor: Thaddeus Kativa",
                  "Ndumbo dhaMukwe · Drinks", "Ndumbo dhaMukwe", "ndumbo@mukwe.example.na"],
    "run": ["Ndumbo dhaMukwe · Drinks"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mpama dha mikenge", "dhina kurandisiwa ku liqueur", "Munyori: Rosalia Mbambo"],
         "title": "Mpama dha mikenge dhina kurandisiwa ku liqueur",
         "byline": ["Munyori: Rosalia Mbambo", "Rosalia Mbambo"],
         "captions": ["Vakamali ava twara ndoma dha mpama."], "credits": ["Foto: Linus Shikongo"],
         "body": ["DIVUNDU – Ka~mpa~ni ko~ku~ta~nge~ka liqueur ka~na ku~ra~ndi~sa mpa~ma dha mi~ke~nge "
                  f"ku~ma~mu~nzi {len(VILLAGES10)} gha Mukwe, N${PRICE10} ku~ndo~ma ku~mwe.",
                  f"Ma~mu~nzi gha~na ku~ra~ndi~sa ndoma {BUCKETS10} mu~vi~ki~yo, {{cap}}no~ka~mpa~ni ka~na "
                  f"ku~fu~ta N${BUCKETS10 * PRICE10:,} ku~va~ka~ma~li.",
                  "Mu~ka~ma~li Josefina Thikusho ta ghamba: “Ma~ya~ru gha ku~ndi~ku~ra~ndi~sa mpa~ma "
                  "gha~na ku~ku~ru~ki~sa, ni~na ku~ta~nge~se~ra ma~ko~pe gho~ku~li~sho {run}vana.”"]},
        {"glued": True, "lines": ["Mfuto dha mpama"], "title": "Mfuto dha mpama",
         "body": [("row", ramp((10, 7, 9), "Munzi", "Ndoma", "Mfuto"))]
         + [("row", ramp((10, 7, 9), v, str(b), f"N${b * PRICE10:,}")) for v, b in VILLAGES10]
         + [("row", f"Vyose: {BUCKETS10} N${BUCKETS10 * PRICE10:,}")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùúy"


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


for _page in (PALMWINE_PAGE, PLUCK_PAGE, BOTTLE_PAGE, MARULA_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [BEER_PAGE, SORGHUM_PAGE, TEAHOUSE_PAGE, DIMSUM_PAGE, TOKEN_PAGE, HARVEST_PAGE, PALMWINE_PAGE, PLUCK_PAGE,
         BOTTLE_PAGE, MARULA_PAGE]
