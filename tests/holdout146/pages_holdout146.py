"""The text of every holdout146 page, written once: make_holdout146_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The bulky-waste bookings'
order, the scrap prices' units, the furniture auction's takings, the recycling points, the e-waste bins' sizes, the
old-clothes weights and their total, the wrecks' totals, the shipped kilos, the bottle payouts and the wreck fees are
computed or asserted here from the figures they rest on, and the weekdays from the dates. All papers, stations,
bins, auctions, figures, people, sums, telephone numbers and events are invented; real places are settings only.
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


# 1. Bulky waste collected at home by booking; street, weekly collection day, items booked; the booking line.
BULKY1 = [("东关街道", 1, 46), ("西湖街道", 2, 38), ("南塘街道", 3, 52), ("北门街道", 4, 29)]
assert [d for _, d, _ in BULKY1] == sorted(d for _, d, _ in BULKY1)
BOOKED1 = sum(n for *_, n in BULKY1)
assert BOOKED1 == 165
DAY1 = date(2041, 4, 17)
BULKY_PAGE = {
    "name": "zh_gbk_crlf_recycling_page_bulky_waste_home_pickup_story_byline_caption_credit_running_head_midquote_glued_pickup_table_header_row_weekly_day_cells_item_count_cells_hotline_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "浉州晚报 2041-04-17 第5版 城事, GBK, CRLF; blank-line paragraphs, wrapped at 22. A waste-collection page: "
    f"old sofas, beds and wardrobes are fetched from the door by booking, {BOOKED1} items booked in the first week "
    "(title with a full-width gap, the byline line `本报记者　邝　溪`, a caption and its credit inside a sentence, a "
    "resident's “” quotation cut by the running head before `搬走。”`), then, with no blank line, **the table "
    "`大件垃圾上门收运`: a header row `街道　收运日　已预约`, four rows of a street, a weekly collection day "
    "(`每周二`) and a count of items with `件` (`46件`), and a hotline row `预约热线：0376-5128046`**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2041-04-17", "page": "5",
    "head": [f"浉州晚报　　2041年4月17日　{weekday(DAY1)}", "第5版　城事　　责任编辑：蒲　汀"],
    "foot": ["浉州晚报社出版　　新闻热线：0376-6610725"],
    "furniture": ["浉州晚报", "2041年4月17日", weekday(DAY1), "第5版", "城事", "责任编辑：蒲　汀", "浉州晚报·城事",
                  "浉州晚报社出版", "新闻热线：0376-6610725"],
    "run": ["浉州晚报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"旧沙发打电话就有人搬　首周预约{BOOKED1}件", "本报记者　邝　溪"],
         "title": f"旧沙发打电话就有人搬　首周预约{BOOKED1}件",
         "byline": ["本报记者　邝　溪", "邝　溪", "邝溪"],
         "captions": ["收运工人把旧沙发抬上货车。"], "credits": ["（本报记者　邝　溪　摄）"],
         "body": [f"城区大件垃圾上门收运本周起试行，居民打电话预约，工人按街道分日上门，首周已约{BOOKED1}件。",
                  "收运的多是旧沙发、床垫和衣柜，{cap}能拆的木料送去加工成板材。",
                  "住在南塘街道的居民钟桂芬说，“以前旧床垫只能趁天黑拖到垃圾桶边上，现在打个电话，第二天就有人来"
                  "{run}搬走。”"]},
        {"glued": True, "lines": ["大件垃圾上门收运"], "title": "大件垃圾上门收运",
         "body": [("row", "街道　收运日　已预约")]
         + [("row", f"{s}　每周{WEEKDAYS_ZH[d]}　{n}件") for s, d, n in BULKY1]
         + [("row", "预约热线：0376-5128046")]},
    ],
}

# 2. A scrap station's printed receipt: material, weight, unit price and amount (weight times price); the sum paid.
RARE = "\u41b6"  # 䆶, CJK Extension A: in GB18030, not in GBK
# (material, weight in tenths, unit, unit price in fen); every amount is exact in fen.
SLIP2 = [("黄纸板", 120, "公斤", 135), ("旧报纸", 55, "公斤", 160), ("废铁", 80, "公斤", 210), ("易拉罐", 300, "个", 12)]
for _m, _w, _u, _f in SLIP2:
    assert (_w * _f) % 10 == 0
AMOUNTS2 = [w * f // 10 for _, w, _, f in SLIP2]
PAID2 = sum(AMOUNTS2)
assert PAID2 == 4540


def yuan(fen):
    return f"{fen // 100}.{fen % 100:02d}元"


def weight(tenths, unit):
    return f"{tenths // 10}{unit}" if unit == "个" else f"{tenths // 10}.{tenths % 10}{unit}"


DAY2 = date(2041, 3, 5)
SLIP_PAGE = {
    "name": "zh_gb18030_lf_scrap_page_scrap_station_printed_receipts_story_byline_rare_char_in_owner_name_caption_credit_running_head_midquote_indent_only_glued_receipt_header_row_decimal_weight_cells_unit_price_cells_computed_amount_cells_paid_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"澴阳日报 2041-03-05 第8版 民生 (`{RARE}` U+41B6, CJK Extension A, in the station owner's name `周{RARE}`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A scrap page: the scrap stations of a "
    "district weigh on electronic scales and print a receipt for every sale (title with a full-width gap, the byline "
    "line `本报记者　籍　平`, a caption and its credit inside a sentence, the owner's “” quotation cut by the running "
    "head before `压秤。”`), then, with no blank line, **a specimen receipt `回收小票`: a header row "
    "`品类　重量　单价　金额`, four rows of a material, a weight with one decimal (`12.0公斤`) or a count (`30个`), a "
    f"unit price and the amount (`16.20元`, weight times price, computed), and a paid row `实付：{yuan(PAID2)}` "
    "(summed)**; the receipt is an article, its head the title, each printed row a paragraph.",
    "date": "2041-03-05", "page": "8",
    "head": [f"澴阳日报　　2041年3月5日　{weekday(DAY2)}", "第8版　民生　　责任编辑：谯　宁"],
    "foot": ["澴阳日报社　　新闻热线：0712-2390561"],
    "furniture": ["澴阳日报", "2041年3月5日", weekday(DAY2), "第8版", "民生", "责任编辑：谯　宁", "澴阳日报·民生",
                  "澴阳日报社", "新闻热线：0712-2390561"],
    "run": ["澴阳日报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["废品站用上电子秤　卖废品也有小票", "本报记者　籍　平"],
         "title": "废品站用上电子秤　卖废品也有小票",
         "byline": ["本报记者　籍　平", "籍　平", "籍平"],
         "captions": ["废品站的电子秤打出一张回收小票。"], "credits": ["（本报记者　籍　平　摄）"],
         "body": ["城东片区的六家废品收购站从本月起换上电子秤，每卖一次都打出小票，品类、重量、单价和金额一目了然。",
                  "以前全凭一杆老秤，{cap}不少老人卖完纸板也说不清卖了多少钱。",
                  f"开了九年废品站的周{RARE}说，“小票打出来，重量和价钱都写得清清楚楚，谁也不会再怀疑我"
                  "{run}压秤。”"]},
        {"glued": True, "lines": ["回收小票"], "title": "回收小票",
         "body": [("row", "品类　重量　单价　金额")]
         + [("row", f"{m}　{weight(w, u)}　{yuan(f)}　{yuan(t)}") for (m, w, u, f), t in zip(SLIP2, AMOUNTS2)]
         + [("row", f"实付：{yuan(PAID2)}")]},
    ],
}

# 3. Taiwan: a cleaning team's sorting chart, what the recycling truck takes (○) and what it does not (╳).
SORT3 = [("手搖飲料杯（沖洗後）", "○"), ("披薩紙盒（有油污）", "╳"), ("寶特瓶（壓扁）", "○"), ("陶瓷碗盤", "╳")]
TAKEN3 = sum(1 for _, m in SORT3 if m == "○")
assert TAKEN3 == 2
DAY3 = date(2041, 5, 8)
SORT_PAGE = {
    "name": "zht_big5_cr_taiwan_recycling_page_dirty_recyclables_sorting_chart_story_byline_caption_credit_running_head_midquote_glued_sorting_chart_header_row_bracketed_condition_cells_circle_cross_mark_cells_enquiry_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "淯港日報 2041-05-08 A9 生活 (`中華民國130年5月8日`, Taiwan, Taichung), Big5, CR; blank-line paragraphs, wrapped "
    "at 20. A recycling page: a cleaning team finds a third of what goes on the recycling truck soiled and prints "
    "what it takes and what it does not (title with a full-width gap, the byline line `記者溫書瑜／台中報導`, a caption "
    "and its credit inside a sentence, a team member's 「」 quotation cut by the running head before `白做了。」`), then, "
    "with no blank line, **the chart `回收車收不收`: a header row `品項　回收`, four rows of an item with its "
    "condition in full-width brackets (`手搖飲料杯（沖洗後）`) and a mark, ○ taken or ╳ not taken, and an enquiry row "
    "`詢問：(04)2375-6620`**; the chart is an article, its head the title, each printed row a paragraph.",
    "date": "2041-05-08", "page": "A9",
    "head": [f"淯港日報　中華民國130年5月8日　{weekday(DAY3)}", "A9　生活　　編輯：龔湘婷"],
    "foot": ["淯港日報社　讀者服務專線：(04)2375-816"],
    "furniture": ["淯港日報", "中華民國130年5月8日", weekday(DAY3), "A9", "生活", "編輯：龔湘婷", "淯港日報．生活",
                  "淯港日報社", "讀者服務專線：(04)2375-816"],
    "run": ["淯港日報．生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["回收物沾油污　清潔隊列出收與不收", "記者溫書瑜／台中報導"],
         "title": "回收物沾油污　清潔隊列出收與不收",
         "byline": ["記者溫書瑜／台中報導", "溫書瑜"],
         "captions": ["隊員在回收車旁挑出沾滿油污的紙盒。"], "credits": ["（記者溫書瑜攝）"],
         "body": ["台中一處清潔隊抽查回收車上的物品，發現三成沾有油污或飲料，只好當一般垃圾焚化，清潔隊因此印出收與不收的對照表。",
                  "最常見的是沒有沖洗的飲料杯，{cap}其次是沾滿起司的披薩紙盒。",
                  "分類場的隊員說，「一個沒洗的杯子就能弄髒一整袋紙類，大家辛苦分好的東西就"
                  "{run}白做了。」"]},
        {"glued": True, "lines": ["回收車收不收"], "title": "回收車收不收",
         "body": [("row", "品項　回收")] + [("row", f"{i}　{m}") for i, m in SORT3]
         + [("row", "詢問：(04)2375-6620")]},
    ],
}

# 4. Hong Kong: a recycling point's points card in Cantonese; item and points per kilo; the reward row.
POINTS4 = [("膠樽", 20), ("紙皮", 5), ("鋁罐", 40), ("玻璃樽", 10)]
REWARD4 = 500
DAY4 = date(2041, 8, 13)
POINTS_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_recycling_page_recycling_point_points_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_points_card_header_row_points_per_kilo_cells_reward_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "澈灣日報 2041-08-13 B3 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嘢 啲`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A recycling page in Cantonese: a new recycling point in Kwun Tong gives "
    "points for every kilo brought in (title with a full-width gap, the byline line `記者　冼樂怡`, a caption and its "
    "credit inside a sentence, a retired resident's 「」 quotation cut by the running head before `換米。」`), then, with "
    "no blank line, **the points card `回收積分表`: a header row `物品　每公斤積分`, four rows of an item and a count of "
    f"points with `分` (`20分`), and a reward row `滿{REWARD4}分換一包米`**; the card is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2041-08-13", "page": "B3",
    "head": [f"澈灣日報　2041年8月13日　{weekday(DAY4)}", "B3　港聞　　編輯：麥芷欣"],
    "foot": ["澈灣日報社　　新聞熱線：2718 4093"],
    "furniture": ["澈灣日報", "2041年8月13日", weekday(DAY4), "B3", "港聞", "編輯：麥芷欣", "澈灣日報．港聞",
                  "澈灣日報社", "新聞熱線：2718 4093"],
    "run": ["澈灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["回收點開張　交膠樽儲分換米", "記者　冼樂怡"],
         "title": "回收點開張　交膠樽儲分換米",
         "byline": ["記者　冼樂怡", "冼樂怡"],
         "captions": ["街坊喺回收點磅膠樽儲分。"], "credits": ["（冼樂怡攝）"],
         "body": ["觀塘一個新嘅回收點上星期開張，街坊將洗乾淨嘅膠樽、紙皮同鋁罐拎去磅，每公斤都有積分。",
                  "開張一個星期已經收咗兩噸嘢，{cap}最多人拎嚟嘅係紙皮。",
                  "退休嘅何伯話，「以前啲膠樽直接掉落垃圾桶，而家洗乾淨儲埋一袋先拎嚟，儲夠分就可以"
                  "{run}換米。」"]},
        {"glued": True, "lines": ["回收積分表"], "title": "回收積分表",
         "body": [("row", "物品　每公斤積分")] + [("row", f"{i}　{p}分") for i, p in POINTS4]
         + [("row", f"滿{REWARD4}分換一包米")]},
    ],
}

# 5. Singapore: e-waste bins in four towns; place, bin size and the largest item it takes; the battery row.
BINS5 = [("淡滨尼民众俱乐部", "小型", 30), ("裕廊东巴士转换站", "中型", 50), ("兀兰图书馆", "小型", 30),
         ("义顺购物中心", "大型", 80)]
assert all((s == "小型") == (n == 30) for _, s, n in BINS5)
DAY5 = date(2041, 10, 9)
BINS_PAGE = {
    "name": "zh_utf8_bom_crlf_singapore_recycling_page_e_waste_bins_story_byline_caption_credit_running_head_midquote_glued_bin_list_header_row_bin_size_cells_times_sign_dimension_cells_battery_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "汐洲日报 2041-10-09 第6版 社区 (Singapore), UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 21. A "
    f"recycling page: {len(BINS5)} new e-waste bins take old phones, chargers and small appliances (title with a "
    "full-width gap, the byline line `记者　柯慧琳`, a caption and its credit inside a sentence, a student's “” "
    "quotation cut by the running head before `抽屉里。”`), then, with no blank line, **the list `电子废物回收箱`: a "
    "header row `地点　箱型　投放尺寸`, four rows of a place, a bin size (`小型`) and the largest item with a times sign "
    "(`30×30厘米`), and a battery row `电池另投红色回收箱`**; the list is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2041-10-09", "page": "6",
    "head": [f"汐洲日报　　2041年10月9日　{weekday(DAY5)}", "第6版　社区　　责任编辑：庄伟铭"],
    "foot": ["汐洲日报社　　新闻热线：6275 3108"],
    "furniture": ["汐洲日报", "2041年10月9日", weekday(DAY5), "第6版", "社区", "责任编辑：庄伟铭", "汐洲日报·社区",
                  "汐洲日报社", "新闻热线：6275 3108"],
    "run": ["汐洲日报·社区"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{len(BINS5)}个电子废物回收箱启用　旧手机有去处", "记者　柯慧琳"],
         "title": f"{len(BINS5)}个电子废物回收箱启用　旧手机有去处",
         "byline": ["记者　柯慧琳", "柯慧琳"],
         "captions": ["居民把旧充电器投进回收箱。"], "credits": ["（柯慧琳摄）"],
         "body": ["淡滨尼、裕廊东、兀兰和义顺本月各设一个电子废物回收箱，旧手机、充电器和小家电都可以投放。",
                  "回收箱分大中小三种，{cap}太大的电器要另约上门收取。",
                  "中学生黄子晴说，“家里有三部旧手机，一直不知道该丢去哪里，只好全部塞在"
                  "{run}抽屉里。”"]},
        {"glued": True, "lines": ["电子废物回收箱"], "title": "电子废物回收箱",
         "body": [("row", "地点　箱型　投放尺寸")] + [("row", f"{p}　{s}　{n}×{n}厘米") for p, s, n in BINS5]
         + [("row", "电池另投红色回收箱")]},
    ],
}

# 6. An old-clothes drive by housing estate: pieces and kilos with one decimal; the total of both.
CLOTHES6 = [("桂园小区", 320, 1865), ("锦绣花园", 275, 1542), ("枫林小区", 410, 2318), ("临河新村", 195, 1037)]
PIECES6 = sum(n for _, n, _ in CLOTHES6)
TENTHS6 = sum(k for *_, k in CLOTHES6)
assert (PIECES6, TENTHS6) == (1200, 6762)


def kilo(tenths):
    return f"{tenths // 10}.{tenths % 10}公斤"


DAY6 = date(2041, 11, 20)
CLOTHES_PAGE = {
    "name": "zh_utf16le_bom_lf_second_hand_page_old_clothes_drive_story_byline_caption_credit_running_head_midquote_indent_only_glued_tally_table_header_row_piece_count_cells_decimal_kilo_cells_two_figure_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "滍城日报 2041-11-20 第7版 社区, UTF-16 LE with BOM, LF; indent-only paragraphs, wrapped at 22. A second-hand "
    f"goods page: four housing estates collect {PIECES6} pieces of old clothing for winter in a week (title with a "
    "full-width gap, the byline line `本报记者　晏　澄`, a caption and its credit inside a sentence, a volunteer's “” "
    "quotation cut by the running head before `穿上。”`), then, with no blank line, **the table `旧衣收集统计`: a header "
    "row `小区　件数　重量`, four rows of an estate, a count with `件` (`320件`) and a weight with one decimal "
    f"(`186.5公斤`), and a total row `合计　{PIECES6}件　{kilo(TENTHS6)}` (both summed)**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2041-11-20", "page": "7",
    "head": [f"滍城日报　　2041年11月20日　{weekday(DAY6)}", "第7版　社区　　责任编辑：栾　舒"],
    "foot": ["滍城日报社　　新闻热线：0375-4820617"],
    "furniture": ["滍城日报", "2041年11月20日", weekday(DAY6), "第7版", "社区", "责任编辑：栾　舒", "滍城日报·社区",
                  "滍城日报社", "新闻热线：0375-4820617"],
    "run": ["滍城日报·社区"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"四个小区一周收旧衣{PIECES6}件　棉衣送往山区", "本报记者　晏　澄"],
         "title": f"四个小区一周收旧衣{PIECES6}件　棉衣送往山区",
         "byline": ["本报记者　晏　澄", "晏　澄", "晏澄"],
         "captions": ["志愿者把旧衣按厚薄分拣装箱。"], "credits": ["（本报记者　晏　澄　摄）"],
         "body": [f"四个小区上周办旧衣收集，一周收到{PIECES6}件，共{kilo(TENTHS6)}，棉衣和毛衣洗净后送往山区学校。",
                  "太旧的衣服不送人，{cap}交给纺织厂拆成纤维再用。",
                  "负责分拣的志愿者邱玉兰说，“好多棉衣只穿过一两个冬天，洗干净叠好，山里的孩子马上就能"
                  "{run}穿上。”"]},
        {"glued": True, "lines": ["旧衣收集统计"], "title": "旧衣收集统计",
         "body": [("row", "小区　件数　重量")] + [("row", f"{e}　{n}件　{kilo(k)}") for e, n, k in CLOTHES6]
         + [("row", f"合计　{PIECES6}件　{kilo(TENTHS6)}")]},
    ],
}

# 7. Paicî: Poindimié's wreck-removal days; cars and fridges taken by sector; the totals.
WRECKS7 = [("Nord", 14, 6), ("Sud", 9, 4), ("Mer", 6, 2), ("Col", 8, 3)]
CARS7 = sum(c for _, c, _ in WRECKS7)
FRIDGES7 = sum(f for *_, f in WRECKS7)
assert (CARS7, FRIDGES7) == (37, 15)
DAY7 = date(2041, 7, 3)
WRECK_PAGE = {
    "name": "pri_latin1_crlf_paici_waste_page_poindimie_car_wrecks_removed_story_byline_dateline_caption_credit_running_head_midquote_glued_sector_tally_header_row_two_count_cells_two_total_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Pwâdé Pwêêdi (an invented Paicî weekly, Poindimié, Northern Province, New Caledonia) 2041-07-03 Page 4 "
    "Environment, Latin-1 (`« » â ê ä ö è é ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Paicî "
    f"waste-collection page: the commune's trucks take {CARS7} car wrecks and {FRIDGES7} old fridges from the valleys "
    "in four days (title over two lines, byline line `Pâ cii: Sylviane Poigoune`, the dateline `POINDIMIÉ -` with an "
    "ASCII hyphen opening the lead, a caption and its credit inside a sentence, a chief's «» quotation cut by the "
    "running head before `pwârâ.»`), then, with no blank line, **the tally `Épave jè pwärä`: a header row "
    f"`Secteur Voiture Frigo`, {len(WRECKS7)} rows of a sector and two counts (`Nord 14 6`), and a total row "
    f"`Total: {CARS7} voitures, {FRIDGES7} frigos`** (both summed); the tally is an article, its head the title, each "
    "printed row a paragraph (one space kept between cells).",
    "date": "2041-07-03", "page": "4",
    "head": [f"PWÂDÉ PWÊÊDI · {english(DAY7)} · Page 4", "Environment · Editor: Gérard Tein"],
    "foot": ["Pwâdé Pwêêdi · pwade@poindimie.example.nc"],
    "furniture": ["PWÂDÉ PWÊÊDI", english(DAY7), "Page 4", "Environment", "Editor: Gérard Tein",
                  "Pwâdé Pwêêdi · Environment", "Pwâdé Pwêêdi", "pwade@poindimie.example.nc"],
    "run": ["Pwâdé Pwêêdi · Environment"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Cèè camion na vi", f"{CARS7} épave nâ pwärä", "Pâ cii: Sylviane Poigoune"],
         "title": f"Cèè camion na vi {CARS7} épave nâ pwärä",
         "byline": ["Pâ cii: Sylviane Poigoune", "Sylviane Poigoune"],
         "captions": ["Camion nâ commune na vi épave."], "credits": ["Foto: Rock Pwêtaa"],
         "body": [f"POINDIMIÉ - Ê~pe~e~cii camion nâ commune na vi {CARS7} voiture ma {FRIDGES7} frigo "
                  "wâ~ra~ta~pwâ~ri~ki~i~ri nâ pwä~ra~vä~ä~rä ê~na~ta~pwâ~rä~ä jè cö~ö~ru~ru.",
                  "Épave nâ pwärä é~pwa~ra~ta~nâ~ra~pâ ka~vi~ja~ma~ra, {cap}ma camion "
                  "na vi wâ ê~re~pa~ra~ra~ta~nâ ja~pa.",
                  "Cè~cè~ma~ri~na~pwâ, Antoine Wabealo, ê~nâ~â: «Épave é~pwa~ra~ta~vä jè "
                  "pwä~ra~vä~ä~rä, wâ~ra~ta~pwâ~ri ja~ma cii {run}pwârâ.»"]},
        {"glued": True, "lines": ["Épave jè pwärä"], "title": "Épave jè pwärä",
         "body": [("row", ramp((10, 10, 8), "Secteur", "Voiture", "Frigo"))]
         + [("row", ramp((10, 10, 8), s, str(c), str(f))) for s, c, f in WRECKS7]
         + [("row", f"Total: {CARS7} voitures, {FRIDGES7} frigos")]},
    ],
}

# 8. Iaai: Ouvéa ships its hazardous waste to Nouméa; the crates' kilos; the sailing date.
CARGO8 = [("Batteries", 1420), ("Huile usagée", 860), ("Canettes", 2150), ("Pneus", 980)]
KILOS8 = sum(k for _, k in CARGO8)
assert KILOS8 == 5410
DAY8 = date(2041, 5, 6)
SAIL8 = date(2041, 5, 14)
assert SAIL8 > DAY8
CARGO_PAGE = {
    "name": "iai_macroman_cr_iaai_waste_page_ouvea_waste_shipped_to_noumea_story_byline_dateline_caption_credit_running_head_midquote_glued_cargo_manifest_header_row_space_thousands_kilo_cells_sailing_date_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Hnyââ Iaai (an invented Iaai weekly, Ouvéa, Loyalty Islands, New Caledonia) 2041-05-06 Page 5 "
    "Environment, Mac Roman (`“ ” – â ö é ·`), CR; blank-line paragraphs, wrapped at 40 with hyphenation. An "
    f"Iaai waste page: the island loads {thousands(KILOS8)} kg of batteries, used oil, cans and tyres for Nouméa "
    "(title over two lines, byline line `Thaan: Josiane Wea`, the dateline `OUVÉA –` opening the lead, a caption and "
    "its credit inside a sentence, a dock worker's “” quotation cut by the running head before `hnyimââ.”`), then, with "
    "no blank line, **the manifest `Caisse me hwen`: a header row `Caisse Kilo`, four rows of a cargo in French and "
    f"its weight with a space between thousands (`Batteries 1 420 kg`), and a sailing row `Bateau: {SAIL8:%d.%m.%Y}`**; "
    "the manifest is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-05-06", "page": "5",
    "head": [f"HNYÂÂ IAAI · {english(DAY8)} · Page 5", "Environment · Editor: Marcel Ounou"],
    "foot": ["Hnyââ Iaai · hnyaa@ouvea.example.nc"],
    "furniture": ["HNYÂÂ IAAI", english(DAY8), "Page 5", "Environment", "Editor: Marcel Ounou",
                  "Hnyââ Iaai · Environment", "Hnyââ Iaai", "hnyaa@ouvea.example.nc"],
    "run": ["Hnyââ Iaai · Environment"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ame caisse me hwen", "hnyimaac ke Nouméa", "Thaan: Josiane Wea"],
         "title": "Ame caisse me hwen hnyimaac ke Nouméa",
         "byline": ["Thaan: Josiane Wea", "Josiane Wea"],
         "captions": ["Caisse ame batteries ö wharf."], "credits": ["Foto: Paul Hmaen"],
         "body": [f"OUVÉA – Ame tha~ca~ha~nyi~ma~a~ca ö wharf me hwen caisse {thousands(KILOS8)} kg "
                  "ke Nouméa, ame bat~te~ries, huile, ca~ne~ttes me pneus ö i~a~ce~ti~ne~ke~tre.",
                  f"Ame bateau ö tha~ö~ba~ca {SAIL8.day} mai, {{cap}}me hwen ame caisse "
                  "o~ngö~ni~me~te~ke~ke ö Nouméa.",
                  "Ame tha~nyi~ma~a~ca, Luc Kaudre, thiba: “Ame batteries ö hu~li~va~ka~sa~nyi~me~te "
                  "ö hnyâ~â~ka~te, o~ngö~ni me {run}hnyimââ.”"]},
        {"glued": True, "lines": ["Caisse me hwen"], "title": "Caisse me hwen",
         "body": [("row", ramp((16, 12), "Caisse", "Kilo"))]
         + [("row", ramp((16, 12), c, f"{thousands(k)} kg")) for c, k in CARGO8]
         + [("row", f"Bateau: {SAIL8:%d.%m.%Y}")]},
    ],
}

# 9. Kwara'ae: Auki's bottle buy-back; each group's bottles and the payout at ten cents a bottle; the rate.
BOTTLES9 = [("Sekolo Fiu", 1240), ("Sios Kwaibala", 860), ("Maket Auki", 1575), ("Grup Aiasi", 615)]
CENTS9 = 10
PAY9 = [n * CENTS9 for _, n in BOTTLES9]
assert sum(PAY9) == 42900


def sid(cents):
    return f"SI${cents // 100:,}.{cents % 100:02d}"


DAY9 = date(2041, 9, 11)
BOTTLE_PAGE = {
    "name": "kwf_utf16be_bom_lf_kwaraae_recycling_page_auki_bottle_buy_back_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_payout_table_header_row_space_thousands_count_cells_computed_dollar_cells_rate_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Ala'anga Auki (an invented Kwara'ae weekly, Auki, Malaita, Solomon Islands) 2041-09-11 Page 3 Environment, "
    "UTF-16 BE with BOM (`“ ” – ' ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with "
    f"hyphenation. A Kwara'ae recycling page: a buy-back pays {CENTS9} cents a plastic bottle, and four groups bring "
    f"{thousands(sum(n for _, n in BOTTLES9))} bottles in its first month (title over two lines, byline line "
    "`Ngalia: Rose Maefiti`, the dateline `AUKI –` opening the lead, a caption and its credit inside a sentence, a "
    "teacher's “” quotation cut by the running head before `fanua.”`), then, with no blank line, **the payout table "
    "`Botolo fa grup`: a header row `Grup Botolo Seleni`, four rows of a group, a count with a space between thousands "
    "(`1 240`) and the payout in Solomon dollars (`SI$124.00`, the count times ten cents), and a rate row "
    f"`Botolo ta: {CENTS9} sens`**; the table is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2041-09-11", "page": "3",
    "head": [f"ALA'ANGA AUKI · {english(DAY9)} · Page 3", "Environment · Editor: Peter Ramofafia"],
    "foot": ["Ala'anga Auki · alaanga@auki.example.sb"],
    "furniture": ["ALA'ANGA AUKI", english(DAY9), "Page 3", "Environment", "Editor: Peter Ramofafia",
                  "Ala'anga Auki · Environment", "Ala'anga Auki", "alaanga@auki.example.sb"],
    "run": ["Ala'anga Auki · Environment"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Botolo kai kwaia seleni", "'i Auki", "Ngalia: Rose Maefiti"],
         "title": "Botolo kai kwaia seleni 'i Auki",
         "byline": ["Ngalia: Rose Maefiti", "Rose Maefiti"],
         "captions": ["Wela sekolo ki kera ngalia botolo."], "credits": ["Foto: John Kwanairara"],
         "body": [f"AUKI – Ta~u~la~fu~na~ga ne'e ka kwa~ia {CENTS9} sens fa botolo ta, ma grup "
                  f"fai ki kera ngalia~mai {thousands(sum(n for _, n in BOTTLES9))} botolo 'i "
                  "ma~ma~li~ko~ta~na~ga.",
                  f"Sekolo Fiu ka ngalia~mai {thousands(BOTTLES9[0][1])} botolo, {{cap}}ma kera "
                  f"ka~ra~bu~la~na~ga {sid(PAY9[0])}.",
                  "Ta~ti~sa, Joyce Ramo, ka ba~ta~fa~ta~na~ga: “Wela ki kera ki~ta~ga~ta~fa~mu "
                  "botolo 'i tala, ma ko~sa~bi~la~na~ga kai ka~ra~bu~li~a {run}fanua.”"]},
        {"glued": True, "lines": ["Botolo fa grup"], "title": "Botolo fa grup",
         "body": [("row", ramp((16, 8, 12), "Grup", "Botolo", "Seleni"))]
         + [("row", ramp((16, 8, 12), g, thousands(n), sid(p))) for (g, n), p in zip(BOTTLES9, PAY9)]
         + [("row", f"Botolo ta: {CENTS9} sens")]},
    ],
}

# 10. Mokilese: Kolonia's scrap-metal drive; the fee for taking each kind of wreck, in dollars with cents; the phone.
FEES10 = [("Sidohsa", 15000), ("Truck", 30000), ("Boat", 8000), ("Frij", 2500)]
assert all(c % 500 == 0 for _, c in FEES10)
DAY10 = date(2041, 12, 4)


def usd(cents):
    return f"${cents // 100}.{cents % 100:02d}"
FEE_PAGE = {
    "name": "mkj_utf8_nobom_lf_mokilese_scrap_page_kolonia_scrap_metal_drive_story_byline_dateline_caption_credit_running_head_midquote_glued_fee_schedule_header_row_dollar_cents_cells_phone_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Nahs Mwoakilloa (an invented Mokilese weekly, Kolonia, Pohnpei, Federated States of Micronesia) 2041-12-04 "
    "Page 2 Island, UTF-8 without BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A "
    "Mokilese scrap page: a scrap-metal drive will take old cars, trucks, boats and fridges to a container for "
    "shipping, at a fee per wreck (title over two lines, byline line `Jeudo: Kerilyn Aisek`, the dateline "
    "`KOLONIA –` opening the lead, a caption and its credit inside a sentence, a fisherman's “” quotation cut by the "
    "running head before `wasa.”`), then, with no blank line, **the fee schedule `Pwais en kapwa`: a header row "
    "`Kapwa Pwais`, four rows of a kind of wreck and a fee in dollars with cents (`Sidohsa $150.00`), and a phone "
    "row `Kahlo: 320-5847`**; the schedule is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2041-12-04", "page": "2",
    "head": [f"NAHS MWOAKILLOA · {english(DAY10)} · Page 2", "Island · Editor: Salter Edmund"],
    "foot": ["Nahs Mwoakilloa · nahs@kolonia.example.fm"],
    "furniture": ["NAHS MWOAKILLOA", english(DAY10), "Page 2", "Island", "Editor: Salter Edmund",
                  "Nahs Mwoakilloa · Island", "Nahs Mwoakilloa", "nahs@kolonia.example.fm"],
    "run": ["Nahs Mwoakilloa · Island"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kapwa mar pahn", "kohla nan container", "Jeudo: Kerilyn Aisek"],
         "title": "Kapwa mar pahn kohla nan container",
         "byline": ["Jeudo: Kerilyn Aisek", "Kerilyn Aisek"],
         "captions": ["Sidohsa mar nan pali en wahr."], "credits": ["Foto: Ricky Jemes"],
         "body": ["KOLONIA – A~ra~mas en Kolonia pahn ki~jan~da~ki sidohsa, truck, boat ma frij mar "
                  "o~ka~da~ki~do~ho nan container ma pahn ki~jan~wei~la~ki~da ngin~ngin~da~ki~la.",
                  f"Pwais en sidohsa ehu {usd(FEES10[0][1])}, {{cap}}ma pwais en frij "
                  f"ehu {usd(FEES10[3][1])}.",
                  "Sau~kal~lai~kin~kaw, Pius Weilbacher, in~da~ki~da: “Boat mar ma~kin~ka~da~ki~da "
                  "nan pali en wahr, aramas sohte kak {run}wasa.”"]},
        {"glued": True, "lines": ["Pwais en kapwa"], "title": "Pwais en kapwa",
         "body": [("row", ramp((14, 10), "Kapwa", "Pwais"))]
         + [("row", ramp((14, 10), k, usd(c))) for k, c in FEES10]
         + [("row", "Kahlo: 320-5847")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùyäöüëêû"


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


for _page in (WRECK_PAGE, CARGO_PAGE, BOTTLE_PAGE, FEE_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [BULKY_PAGE, SLIP_PAGE, SORT_PAGE, POINTS_PAGE, BINS_PAGE, CLOTHES_PAGE, WRECK_PAGE, CARGO_PAGE,
         BOTTLE_PAGE, FEE_PAGE]
