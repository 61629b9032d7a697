"""The text of every holdout149 page, written once: make_holdout149_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The pawn rates' order, the
disposal counts, the notice's dates, the gold prices, the bicycle batches, the bid steps, the storage periods, the
rewards and the found items' dates are computed or asserted here from the figures they rest on, and the weekdays from
the dates. All papers, shops, offices, figures, people, sums, telephone numbers and events are invented; real places
are settings only.
"""

import re
from datetime import date
from math import floor

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


# 1. An old pawnshop and its young customers; the rate table: pledge kind, monthly rate in per cent, longest term.
RARE = "\u4a1c"  # 䨜, CJK Extension A: in GB18030, not in GBK
RATES1 = [("黄金首饰", 1.5, 6), ("名表", 2.4, 6), ("名牌包", 2.8, 3), ("数码产品", 3.2, 3)]
assert [r for _, r, _ in RATES1] == sorted(r for _, r, _ in RATES1)
DAY1 = date(2041, 3, 21)
PAWN_PAGE = {
    "name": "zh_gb18030_crlf_pawnshop_page_old_pawnshop_young_customers_story_byline_rare_char_in_owner_name_caption_credit_running_head_midquote_glued_pawn_rate_table_header_row_percent_cells_month_term_cells_forfeit_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": f"淇州晚报 2041-03-21 第11版 民生 (`{RARE}` U+4A1C, CJK Extension A, in the owner's name `符{RARE}`; in GB18030, "
    "not in GBK), GB18030, CRLF; blank-line paragraphs, wrapped at 22. A pawnshops page: a thirty-year-old pawnshop "
    "now takes designer bags from young people (title with a full-width gap, the byline line `本报记者　龚　澜`, a "
    "caption and its credit inside a sentence, the owner's “” quotation cut by the running head before `赎回。”`), "
    "then, with no blank line, **the table `典当综合费率`: a header row `当物　月综合费率　最长当期`, four rows of a "
    "pledge kind, a monthly rate in per cent with a decimal point (`1.5%`) and a term in months (`6个月`), rates "
    "rising (asserted), and a forfeit row `逾期五日未续当视为绝当`**; the table is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2041-03-21", "page": "11",
    "head": [f"淇州晚报　　2041年3月21日　{weekday(DAY1)}", "第11版　民生　　责任编辑：庞　屿"],
    "foot": ["淇州晚报社出版　　新闻热线：0763-5210847"],
    "furniture": ["淇州晚报", "2041年3月21日", weekday(DAY1), "第11版", "民生", "责任编辑：庞　屿", "淇州晚报·民生",
                  "淇州晚报社出版", "新闻热线：0763-5210847"],
    "run": ["淇州晚报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["开了三十年的老当铺　来了拿包的年轻人", "本报记者　龚　澜"],
         "title": "开了三十年的老当铺　来了拿包的年轻人",
         "byline": ["本报记者　龚　澜", "龚　澜", "龚澜"],
         "captions": ["店员用放大镜查看送当的金项链。"], "credits": ["（本报记者　龚　澜　摄）"],
         "body": ["老街口的这家当铺开了三十年，过去来当东西的多是做生意周转的中年人，这两年拿名牌包来当的年轻人多了起来。",
                  "店里的柜台还是老样子，{cap}估价要看成色、配件和票据。",
                  f"店主符{RARE}说，“年轻人多是临时缺钱，当一两个月，发了工资就拿当票来"
                  "{run}赎回。”"]},
        {"glued": True, "lines": ["典当综合费率"], "title": "典当综合费率",
         "body": [("row", "当物　月综合费率　最长当期")]
         + [("row", f"{k}　{r}%　{m}个月") for k, r, m in RATES1]
         + [("row", "逾期五日未续当视为绝当")]},
    ],
}

# 2. A metro's unclaimed lost property after six months; the disposal notice: kind, count, what is done with it.
DISPOSE2 = [("雨伞", 138, "捐赠"), ("证件", 46, "移交派出所"), ("电子产品", 57, "公开拍卖"), ("衣物箱包", 185, "捐赠")]
TOTAL2 = sum(n for _, n, _ in DISPOSE2)
assert TOTAL2 == 426
DAY2 = date(2041, 4, 16)
UNTIL2 = date(2041, 4, 30)
assert UNTIL2 > DAY2
DISPOSAL_PAGE = {
    "name": "zh_gbk_lf_lost_property_page_metro_unclaimed_items_disposed_story_byline_caption_credit_running_head_midquote_indent_only_glued_disposal_notice_header_row_item_count_cells_disposal_method_cells_notice_period_row",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "浍城日报 2041-04-16 第5版 城事, GBK, LF; indent-only paragraphs, wrapped at 21. A lost-property page: the "
    f"metro's lost-property office hands over {TOTAL2} items unclaimed for six months (title with a full-width gap, the "
    "byline line `本报记者　戚　越`, a caption and its credit inside a sentence, a clerk's “” quotation cut by the "
    "running head before `领了。”`), then, with no blank line, **the notice `无人认领物品处置公示`: a header row "
    "`物品类别　件数　处置方式`, four rows of a kind, a count with `件` and a disposal (`移交派出所`, `公开拍卖`, "
    f"`捐赠`), counts summing to {TOTAL2} (asserted, the sum in the lead), and a notice-period row "
    f"`公示期至{md(UNTIL2)}`**; the notice is an article, its head the title, each printed row a paragraph.",
    "date": "2041-04-16", "page": "5",
    "head": [f"浍城日报　　2041年4月16日　{weekday(DAY2)}", "第5版　城事　　责任编辑：牟　青"],
    "foot": ["浍城日报社　　新闻热线：0739-6681502"],
    "furniture": ["浍城日报", "2041年4月16日", weekday(DAY2), "第5版", "城事", "责任编辑：牟　青", "浍城日报·城事",
                  "浍城日报社", "新闻热线：0739-6681502"],
    "run": ["浍城日报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"地铁失物半年无人领　{TOTAL2}件下月处置", "本报记者　戚　越"],
         "title": f"地铁失物半年无人领　{TOTAL2}件下月处置",
         "byline": ["本报记者　戚　越", "戚　越", "戚越"],
         "captions": ["工作人员在库房清点雨伞和保温杯。"], "credits": ["（本报记者　戚　越　摄）"],
         "body": [f"地铁失物招领中心去年下半年收到的物品中，有{TOTAL2}件过了半年仍无人认领，下月起按类别处置。",
                  "库房里的架子从地面排到屋顶，{cap}每件物品都贴着拾获日期和车站。",
                  "工作人员说，“最多的是雨伞，一个冬天收了一百多把，很多人觉得不值钱，就不来"
                  "{run}领了。”"]},
        {"glued": True, "lines": ["无人认领物品处置公示"], "title": "无人认领物品处置公示",
         "body": [("row", "物品类别　件数　处置方式")]
         + [("row", f"{k}　{n}件　{d}") for k, n, d in DISPOSE2]
         + [("row", f"公示期至{md(UNTIL2)}")]},
    ],
}

# 3. Taiwan: a taxi driver hands in cash; the police found-property notice: receipt number, ROC dotted date, item.
DAY3 = date(2041, 4, 10)
FOUND3 = [("1300402", date(2041, 4, 2), "現金新臺幣36,000元"), ("1300405", date(2041, 4, 5), "黑色後背包1個"),
          ("1300406", date(2041, 4, 6), "機車鑰匙1串"), ("1300408", date(2041, 4, 8), "金色手鍊1條")]
assert all(d < DAY3 for _, d, _ in FOUND3) and all(n == f"130{d:%m%d}" for n, d, _ in FOUND3)


def roc(day):
    return f"{day.year - 1911}.{day:%m.%d}"


NOTICE_PAGE = {
    "name": "zht_big5_lf_taiwan_lost_property_page_taxi_driver_returns_cash_story_byline_caption_credit_running_head_midquote_glued_found_property_notice_header_row_receipt_number_cells_roc_dotted_date_cells_claim_period_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澴港日報 2041-04-10 A9 社會 (`中華民國130年4月10日`, Taiwan, Kaohsiung), Big5, LF; blank-line paragraphs, "
    "wrapped at 20. A lost-property page: a taxi driver hands a bag of cash left in his back seat to the police "
    "(title with a full-width gap, the byline line `記者施佳蓉／高雄報導`, a caption and its credit inside a sentence, "
    "the driver's 「」 quotation cut by the running head before `派出所。」`), then, with no blank line, **the police "
    "notice `拾得物招領公告`: a header row `收據編號　拾得日期　物品`, four rows of a receipt number (`1300402`, the ROC "
    "year and the day, asserted), an ROC date with dots (`130.04.02`, before the notice, asserted) and an item with its "
    "count or a sum with a thousands comma (`現金新臺幣36,000元`), and a claim-period row `招領期間：公告日起6個月`**; the "
    "notice is an article, its head the title, each printed row a paragraph.",
    "date": "2041-04-10", "page": "A9",
    "head": [f"澴港日報　中華民國130年4月10日　{weekday(DAY3)}", "A9　社會　　編輯：褚芳綺"],
    "foot": ["澴港日報社　讀者服務專線：(07)3316-254"],
    "furniture": ["澴港日報", "中華民國130年4月10日", weekday(DAY3), "A9", "社會", "編輯：褚芳綺", "澴港日報．社會",
                  "澴港日報社", "讀者服務專線：(07)3316-254"],
    "run": ["澴港日報．社會"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["計程車後座撿到3萬6　司機送警招領", "記者施佳蓉／高雄報導"],
         "title": "計程車後座撿到3萬6　司機送警招領",
         "byline": ["記者施佳蓉／高雄報導", "施佳蓉"],
         "captions": ["員警清點司機送來的紙袋。"], "credits": ["（記者施佳蓉攝）"],
         "body": ["高雄一名計程車司機收班前在後座發現一個紙袋，裡面有現金三萬六千元，他當晚就送到派出所。",
                  "警方調閱行車紀錄，{cap}仍找不到失主，已依法公告招領。",
                  "司機說，「我載完最後一趟客人才看到紙袋，一看是錢，什麼都沒想就直接開去"
                  "{run}派出所。」"]},
        {"glued": True, "lines": ["拾得物招領公告"], "title": "拾得物招領公告",
         "body": [("row", "收據編號　拾得日期　物品")]
         + [("row", f"{n}　{roc(d)}　{item}") for n, d, item in FOUND3]
         + [("row", "招領期間：公告日起6個月")]},
    ],
}

# 4. Hong Kong: a sixty-year-old pawnshop closes, in Cantonese; the pawn ticket's printed terms; the shop's phone.
DAY4 = date(2041, 11, 6)
TERMS_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_pawnshop_page_old_pawnshop_closes_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_pawn_ticket_terms_box_chinese_ordinal_rows_shop_phone_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "瀧灣日報 2041-11-06 B3 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟 啲`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A pawnshops page in Cantonese: a sixty-year-old pawnshop in Sham Shui Po "
    "closes at the month's end (title with a full-width gap, the byline line `記者　麥芷晴`, a caption and its credit "
    "inside a sentence, the manager's 「」 quotation cut by the running head before `贖。」`), then, with no blank "
    "line, **the box `當票須知`: no header, three terms opened by a Chinese ordinal and `、` (`一、當期四個月…`), and "
    "the shop's phone row `本押電話：2751 3086`**; the box is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2041-11-06", "page": "B3",
    "head": [f"瀧灣日報　2041年11月6日　{weekday(DAY4)}", "B3　港聞　　編輯：甄嘉敏"],
    "foot": ["瀧灣日報社　　新聞熱線：2810 4635"],
    "furniture": ["瀧灣日報", "2041年11月6日", weekday(DAY4), "B3", "港聞", "編輯：甄嘉敏", "瀧灣日報．港聞",
                  "瀧灣日報社", "新聞熱線：2810 4635"],
    "run": ["瀧灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["開咗六十年嘅老押店　月底結業", "記者　麥芷晴"],
         "title": "開咗六十年嘅老押店　月底結業",
         "byline": ["記者　麥芷晴", "麥芷晴"],
         "captions": ["押店門口嘅蝙蝠招牌。"], "credits": ["（麥芷晴攝）"],
         "body": ["深水埗一間開咗六十年嘅押店月底結業，未贖嘅當物會喺結業前通知客人嚟贖。",
                  "押店嘅高櫃枱一直冇改過，{cap}係呢條街最後一個舊招牌。",
                  "做咗四十年朝奉嘅司理話，「以前啲街坊當手錶、當大褸，過年前又嚟贖返，而家後生仔當咗手機，好少返嚟"
                  "{run}贖。」"]},
        {"glued": True, "lines": ["當票須知"], "title": "當票須知",
         "body": [("row", "一、當期四個月，期滿未贖，當物歸本押所有。"),
                  ("row", "二、利息按月計，不足一個月作一個月計。"),
                  ("row", "三、當票遺失，須即日帶身份證嚟報失。"),
                  ("row", "本押電話：2751 3086")]},
    ],
}

# 5. Singapore: gold prices high, pawnshops busy; the day's pawn price per gram by purity; the time of the update.
BASE5 = 88.60
PURITY5 = [("999金", 999), ("916金", 916), ("750金", 750), ("585金", 585)]
PRICE5 = [(k, floor(BASE5 * p / 999 * 10 + 1e-9) / 10) for k, p in PURITY5]
assert PRICE5[0][1] == BASE5 and [p for _, p in PRICE5] == sorted((p for _, p in PRICE5), reverse=True)
DAY5 = date(2041, 8, 14)
GOLD_PAGE = {
    "name": "zh_utf8_nobom_lf_singapore_pawnshop_page_gold_price_high_pawnshops_busy_story_byline_caption_credit_running_head_midquote_glued_pawn_price_board_header_row_gold_purity_cells_dollar_cent_cells_update_time_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "榕屿日报 2041-08-14 第6版 财经 (Singapore), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A "
    "pawnshops page: gold prices are high and Geylang's pawnshops are busy (title with a full-width gap, the byline "
    "line `记者　骆佩仪`, a caption and its credit inside a sentence, a pawnshop clerk's “” quotation cut by the running "
    "head before `赎回。”`), then, with no blank line, **the board `今日当价`: a header row `成色　每克当价`, four rows of "
    "a gold purity (`999金`, `916金`) and a price per gram in dollars and cents (`$88.60`), each the 999 price times "
    "its purity, cut to ten cents (computed), and an update row `更新：上午10时`**; the board is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2041-08-14", "page": "6",
    "head": [f"榕屿日报　　2041年8月14日　{weekday(DAY5)}", "第6版　财经　　责任编辑：谢永康"],
    "foot": ["榕屿日报社　　新闻热线：6247 3018"],
    "furniture": ["榕屿日报", "2041年8月14日", weekday(DAY5), "第6版", "财经", "责任编辑：谢永康", "榕屿日报·财经",
                  "榕屿日报社", "新闻热线：6247 3018"],
    "run": ["榕屿日报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["金价走高　当店门口排长龙", "记者　骆佩仪"],
         "title": "金价走高　当店门口排长龙",
         "byline": ["记者　骆佩仪", "骆佩仪"],
         "captions": ["顾客在当店柜台前等候估价。"], "credits": ["（骆佩仪摄）"],
         "body": [f"金价连涨三周，芽笼一带的当店每克999金的当价已到{PRICE5[0][1]:.2f}元，早上开门前就有人排队。",
                  "来当金饰的多是中年妇女，{cap}也有人拿出结婚时的金手镯。",
                  "当店职员说，“金价高的时候，很多安娣拿金手镯来当，等金价再涨一点，又拿当票来"
                  "{run}赎回。”"]},
        {"glued": True, "lines": ["今日当价"], "title": "今日当价",
         "body": [("row", "成色　每克当价")] + [("row", f"{k}　${p:.2f}") for k, p in PRICE5]
         + [("row", "更新：上午10时")]},
    ],
}

# 6. Unclaimed bicycles go to auction; the batches: batch, number of bicycles, starting price per bicycle; the deposit.
BATCH6 = [("第一批", 80, 20), ("第二批", 95, 30), ("第三批", 70, 50), ("第四批", 65, 80)]
BIKES6 = sum(n for _, n, _ in BATCH6)
assert BIKES6 == 310 and [p for *_, p in BATCH6] == sorted(p for *_, p in BATCH6)
DAY6 = date(2041, 5, 29)
BIKE_PAGE = {
    "name": "zh_utf16le_bom_crlf_auctions_page_unclaimed_bicycles_auctioned_story_byline_caption_credit_running_head_midquote_indent_only_glued_batch_table_header_row_batch_ordinal_cells_bicycle_count_cells_per_bicycle_price_cells_deposit_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "湍阳日报 2041-05-29 第8版 社会, UTF-16 LE with BOM, CRLF; indent-only paragraphs, wrapped at 22. An auctions "
    f"page: {BIKES6} unclaimed bicycles cleared from the streets go to auction in four batches (title with a "
    "full-width gap, the byline line `本报记者　晏　宁`, a caption and its credit inside a sentence, a warehouse keeper's "
    "“” quotation cut by the running head before `认领。”`), then, with no blank line, **the table `拍卖批次`: a header "
    "row `批次　车辆　起拍价`, four rows of a batch ordinal (`第一批`), a count with `辆` and a starting price per bicycle "
    f"(`20元/辆`), counts summing to {BIKES6} (asserted, the sum in the title), and a deposit row `保证金：500元`**; the "
    "table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-05-29", "page": "8",
    "head": [f"湍阳日报　　2041年5月29日　{weekday(DAY6)}", "第8版　社会　　责任编辑：佘　明"],
    "foot": ["湍阳日报社出版　　新闻热线：0716-8852093"],
    "furniture": ["湍阳日报", "2041年5月29日", weekday(DAY6), "第8版", "社会", "责任编辑：佘　明", "湍阳日报·社会",
                  "湍阳日报社出版", "新闻热线：0716-8852093"],
    "run": ["湍阳日报·社会"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{BIKES6}辆无主单车下月拍卖　起拍价{BATCH6[0][2]}元", "本报记者　晏　宁"],
         "title": f"{BIKES6}辆无主单车下月拍卖　起拍价{BATCH6[0][2]}元",
         "byline": ["本报记者　晏　宁", "晏　宁", "晏宁"],
         "captions": ["堆放在仓库里的无主自行车。"], "credits": ["（本报记者　晏　宁　摄）"],
         "body": ["去年从街头清理回来的无主自行车，公告三个月无人认领，下月分四批公开拍卖，所得上缴财政。",
                  "仓库里的车按成色分了堆，{cap}成色好的一批起拍价最高。",
                  "看管仓库的老杨说，“有的车停了两三年，轮胎都瘪了，登报公告三个月，也没人来"
                  "{run}认领。”"]},
        {"glued": True, "lines": ["拍卖批次"], "title": "拍卖批次",
         "body": [("row", "批次　车辆　起拍价")] + [("row", f"{b}　{n}辆　{p}元/辆") for b, n, p in BATCH6]
         + [("row", "保证金：500元")]},
    ],
}

# 7. Budukh: Quba's carpet auction; the bid steps by price band, en-dash ranges in manats; the deposit.
BANDS7 = [(50, 200, 10), (200, 500, 20), (500, 1000, 50), (1000, 2000, 100)]
assert all(a[1] == b[0] for a, b in zip(BANDS7, BANDS7[1:])) and all(lo % s == 0 for lo, _, s in BANDS7)
TOP7 = 1300
assert any(lo <= TOP7 < hi and (TOP7 - lo) % s == 0 for lo, hi, s in BANDS7)
SOLD7 = 42
DAY7 = date(2041, 9, 12)


def azn(n):
    return f"{thousands(n)} AZN"


STEP_PAGE = {
    "name": "bdk_utf8_bom_lf_budukh_auctions_page_quba_carpet_auction_story_byline_dateline_caption_credit_running_head_midquote_glued_bid_step_table_header_row_en_dash_price_band_cells_manat_step_cells_deposit_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Budux Xavar (an invented Budukh weekly, Quba, Azerbaijan) 2041-09-12 Page 5 Auctions, UTF-8 with BOM "
    "(`“ ” – ə ı ç ş ğ ·`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A Budukh auctions page: the "
    f"carpet weavers' autumn auction in Quba sells {SOLD7} carpets, the dearest for {azn(TOP7)} (title over two lines, "
    "byline line `Xabar: Səbinə Rüstəmova`, the dateline `QUBA –` opening the lead, a caption and its credit inside a "
    "sentence, a weaver's “” quotation cut by the running head before `xalçı.”`), then, with no blank line, **the table "
    f"`Hərracın addımı`: a header row `Qiymət Addım`, {len(BANDS7)} rows of a price band in manats joined by an en dash "
    "(`500–1 000 AZN`, a thousands space inside) and the bid step for it (`50 AZN`), bands meeting end to start "
    "(asserted), and a deposit row `Girov: 50 AZN`**; the table is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2041-09-12", "page": "5",
    "head": [f"BUDUX XAVAR · {english(DAY7)} · Page 5", "Auctions · Editor: Elşən Qurbanov"],
    "foot": ["Budux Xavar · xavar@quba.example.az"],
    "furniture": ["BUDUX XAVAR", english(DAY7), "Page 5", "Auctions", "Editor: Elşən Qurbanov",
                  "Budux Xavar · Auctions", "Budux Xavar", "xavar@quba.example.az"],
    "run": ["Budux Xavar · Auctions"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Qubada xalçar hərracda", f"{SOLD7} xalça sattiri", "Xabar: Səbinə Rüstəmova"],
         "title": f"Qubada xalçar hərracda {SOLD7} xalça sattiri",
         "byline": ["Xabar: Səbinə Rüstəmova", "Səbinə Rüstəmova"],
         "captions": ["Xalçaçi yiqə xalça ğəzir."], "credits": ["Foto: Ramil Ağayev"],
         "body": [f"QUBA – Pa~yı~zın hər~ra~cı~da xal~ça~çı~ya~rı {SOLD7} xal~ça sat~ti~ri, "
                  f"ən ba~ha~yi {azn(TOP7)} gi~di~ri, mu~zey~çi~lər~di a~la~ri~şi.",
                  "Hər~ra~cın qay~da~ya~rı tə~zə~di, {cap}ad~dım qiy~mət~di~ki~rə yu~ğa~di~ri.",
                  "Xal~ça~çı Gül~na~rə Mu~ra~do~va ka~ra: “Yi~qə xal~ça~di ya~rı il "
                  "ğa~tə~ri, hər~ra~cı~da yi~qə ğa~ma~şi {run}xalçı.”"]},
        {"glued": True, "lines": ["Hərracın addımı"], "title": "Hərracın addımı",
         "body": [("row", ramp((18, 10), "Qiymət", "Addım"))]
         + [("row", ramp((18, 10), f"{thousands(lo)}–{azn(hi)}", azn(s))) for lo, hi, s in BANDS7]
         + [("row", f"Girov: {azn(50)}")]},
    ],
}

# 8. Kryts: the bus station's lost-property shelf; how long each kind of thing is kept, in days; the phone.
KEEP8 = [("Sənəd", 90), ("Telefon", 60), ("Çanta", 30), ("Çətir", 14)]
assert [d for _, d in KEEP8] == sorted((d for _, d in KEEP8), reverse=True)
DAY8 = date(2041, 10, 3)
SHELF_PAGE = {
    "name": "kry_utf16be_bom_crlf_kryts_lost_property_page_bus_station_shelf_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_storage_period_table_header_row_item_kind_cells_day_count_cells_phone_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Qrız Sözü (an invented Kryts weekly, Qusar, Azerbaijan) 2041-10-03 Page 4 Lost property, UTF-16 BE with BOM "
    "(`“ ” – ə ı ç ş ·`), CRLF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with "
    "hyphenation. A Kryts lost-property page: the bus station's lost-property shelf fills with what passengers leave "
    "(title over two lines, byline line `Yazan: Aygün Məmmədli`, the dateline `QUSAR –` opening the lead, a caption "
    "and its credit inside a sentence, the station clerk's “” quotation cut by the running head before `ğizi.”`), "
    f"then, with no blank line, **the table `Nə qədər saxlanır`: a header row `Əşya Gün`, {len(KEEP8)} rows of a kind "
    "of thing and the days it is kept (`Sənəd 90 gün`), longest first (asserted), and a phone row "
    "`Zəng: (023) 385-41-07`**; the table is an article, its head the title, each printed row a paragraph (one space "
    "kept between cells).",
    "date": "2041-10-03", "page": "4",
    "head": [f"QRIZ SÖZÜ · {english(DAY8)} · Page 4", "Lost property · Editor: Vüqar Həsənli"],
    "foot": ["Qrız Sözü · soz@qusar.example.az"],
    "furniture": ["QRIZ SÖZÜ", english(DAY8), "Page 4", "Lost property", "Editor: Vüqar Həsənli",
                  "Qrız Sözü · Lost property", "Qrız Sözü", "soz@qusar.example.az"],
    "run": ["Qrız Sözü · Lost property"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Avtovağzalın rəfində", "yaddan çıxan əşyalar", "Yazan: Aygün Məmmədli"],
         "title": "Avtovağzalın rəfində yaddan çıxan əşyalar",
         "byline": ["Yazan: Aygün Məmmədli", "Aygün Məmmədli"],
         "captions": ["Kassir rəfdəki çantaları sayır."], "credits": ["Foto: Tofiq Nəbiyev"],
         "body": [f"QUSAR – Av~to~vağ~za~lın rəf~in~də {len(KEEP8)} cür əş~ya var, sə~nəd "
                  f"{KEEP8[0][1]} gün, çə~tir i~sə {KEEP8[-1][1]} gün sax~la~nır.",
                  "Yo~lçu~lar ən çox te~le~fon u~nu~dur, {cap}sə~nəd~lə~ri i~sə po~li~sə ve~ri~lir.",
                  "Kas~sir Nər~giz Ca~van~şi~ro~va dey~ir: “Hər hə~ftə bir çə~tir, bir "
                  "çan~ta gə~lir, a~dam~lar ge~ri gəl~mir, rəf {run}ğizi.”"]},
        {"glued": True, "lines": ["Nə qədər saxlanır"], "title": "Nə qədər saxlanır",
         "body": [("row", ramp((12, 10), "Əşya", "Gün"))]
         + [("row", ramp((12, 10), k, f"{d} gün")) for k, d in KEEP8]
         + [("row", "Zəng: (023) 385-41-07")]},
    ],
}

# 9. Ajië: a fisherman finds a lost outboard motor; the lost-and-found notices with rewards in francs; the phone.
NOTES9 = [("Perdu", "filet bleu, Néaoua", 5000), ("Perdu", "clé de voiture, marché", 2000),
          ("Perdu", "sac d'école noir, Nessakouya", 3000), ("Trouvé", "moteur 15 CV, embouchure", 0)]
REWARD9 = sum(r for *_, r in NOTES9)
assert REWARD9 == 10000
DAY9 = date(2041, 7, 18)


def cfp(n):
    return f"{thousands(n)} F"


SMALLADS_PAGE = {
    "name": "aji_macroman_cr_ajie_lost_property_page_outboard_motor_found_story_byline_dateline_caption_credit_running_head_midquote_guillemets_glued_lost_and_found_notices_no_header_perdu_trouve_rows_reward_cells_phone_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Kêrê Houaïlou (an invented Ajië weekly, Houaïlou, New Caledonia) 2041-07-18 Page 6 Lost property, Mac Roman "
    "(`« » – â ê è é ï ·`), CR; blank-line paragraphs, wrapped at 36 with hyphenation. An Ajië lost-property page: a "
    "fisherman finds an outboard motor at the river mouth and brings it to the town hall (title over two lines, byline "
    "line `Ê nâ: Noéline Wâdrawane`, the dateline `HOUAÏLOU –` opening the lead, a caption and its credit inside a "
    "sentence, the fisherman's «» quotation cut by the running head before `porè.»`), then, with no blank line, **the "
    f"column `Perdu · Trouvé`: no header, {len(NOTES9)} notices of one line each opened by `Perdu:` or `Trouvé:`, an "
    f"item and a place, and a reward in CFP francs with a thousands space (`Récompense 5 000 F`), rewards summing to "
    f"{cfp(REWARD9)} (asserted, the sum in the lead), and a phone row `Mairie: 42 51 36`**; the column is an article, "
    "its head the title, each printed notice a paragraph; ` · ` in the head is the printed title, not markup.",
    "date": "2041-07-18", "page": "6",
    "head": [f"KÊRÊ HOUAÏLOU - {english(DAY9)} - Page 6", "Lost property - Editor: Gérard Nâaou"],
    "foot": ["Kêrê Houaïlou - kere@houailou.example.nc"],
    "furniture": ["KÊRÊ HOUAÏLOU", english(DAY9), "Page 6", "Lost property", "Editor: Gérard Nâaou",
                  "Kêrê Houaïlou - Lost property", "Kêrê Houaïlou", "kere@houailou.example.nc"],
    "run": ["Kêrê Houaïlou - Lost property"], "labels": [], "markup": [" - "] * 4,
    "articles": [
        {"lines": ["Êrê pwa moteur", "nâ ré porè Néaoua", "Ê nâ: Noéline Wâdrawane"],
         "title": "Êrê pwa moteur nâ ré porè Néaoua",
         "byline": ["Ê nâ: Noéline Wâdrawane", "Noéline Wâdrawane"],
         "captions": ["Moteur ré porè nâ mairie."], "credits": ["Photo: Kévin Pwêêdi"],
         "body": [f"HOUAÏLOU – Êrê ka~mö~ru~ru~wê~ta pwa mo~teur nâ ré po~rè Né~a~o~ua, "
                  f"ka ê~wê~rê~kê~ta~rè {cfp(REWARD9)} nâ ré ka~rö~pwa~rè mai~rie.",
                  "Mo~teur ré ka~mö~ru~ru~wê~ta, {cap}ka bo~wé~rè~na nâ ka~ru~nê~rê.",
                  "Pê~chêur Jo~seph Wê~a~pa ê~rê: «Gö pwa~rê ka~rê mo~teur, gö "
                  "na~mö ka~rê mai~rie, ka~rê {run}porè.»"]},
        {"glued": True, "lines": ["Perdu · Trouvé"], "title": "Perdu · Trouvé",
         "body": [("row", f"{k}: {what}. Récompense {cfp(r)}." if r else f"{k}: {what}.") for k, what, r in NOTES9]
         + [("row", "Mairie: 42 51 36")]},
    ],
}

# 10. Ume Sámi: things lost on the snowmobile trails at Easter; found items with place and a slash date; pick-up by.
DAY10 = date(2041, 4, 25)
FOUND10 = [("Hjälme", "Ammarnäs", date(2041, 4, 19)), ("Gïehtatjuvva", "Gávtsjávrre", date(2041, 4, 20)),
           ("Ruvsak", "Tjulträsk", date(2041, 4, 21)), ("Telefåvnnå", "Ammarnäs", date(2041, 4, 22))]
BY10 = date(2041, 5, 15)
assert [d for *_, d in FOUND10] == sorted(d for *_, d in FOUND10) and FOUND10[-1][2] < DAY10 < BY10
assert date(2041, 4, 21).weekday() == 6  # Easter Sunday 2041


def slash(day):
    return f"{day.day}/{day.month}"


TRAIL_PAGE = {
    "name": "sju_utf8_nobom_crlf_ume_sami_lost_property_page_easter_snowmobile_trail_finds_story_byline_dateline_caption_credit_running_head_midquote_glued_found_items_list_header_row_item_cells_place_cells_slash_date_cells_pick_up_by_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Ubmejen Áviisa (an invented Ume Sámi weekly, Ammarnäs, Sorsele, Sweden) 2041-04-25 Page 2 Lost property, "
    "UTF-8 without BOM (`“ ” – á ä å ï ö ·`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. An Ume "
    "Sámi lost-property page: what the Easter visitors lost on the snowmobile trails is kept at the village office "
    "(title over two lines, byline line `Tjáledájja: Elle Märta Labba`, the dateline `AMMARNÄS –` opening the lead, a "
    "caption and its credit inside a sentence, a trail keeper's “” quotation cut by the running head before `båhtá.”`), "
    f"then, with no blank line, **the list `Gávnnam`: a header row `Ájnna Sadje Biejvve`, {len(FOUND10)} rows of an "
    "item, the place it was found and a day and month with a slash (`19/4`, in order, before the page, asserted), "
    f"and a pick-up row `Vieccet åvdål {slash(BY10)}`**; the list is an article, its head the title, each printed row "
    "a paragraph (one space kept between cells).",
    "date": "2041-04-25", "page": "2",
    "head": [f"UBMEJEN ÁVIISA · {english(DAY10)} · Page 2", "Lost property · Editor: Nils Anders Sjaggo"],
    "foot": ["Ubmejen Áviisa · aviisa@ammarnas.example.se"],
    "furniture": ["UBMEJEN ÁVIISA", english(DAY10), "Page 2", "Lost property", "Editor: Nils Anders Sjaggo",
                  "Ubmejen Áviisa · Lost property", "Ubmejen Áviisa", "aviisa@ammarnas.example.se"],
    "run": ["Ubmejen Áviisa · Lost property"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Bässádiddi manojn", "láhppum dïŋgah", "Tjáledájja: Elle Märta Labba"],
         "title": "Bässádiddi manojn láhppum dïŋgah",
         "byline": ["Tjáledájja: Elle Märta Labba", "Elle Märta Labba"],
         "captions": ["Gávnnam dïŋgah sijdda kontåvrån."], "credits": ["Gåvvå: Per Olof Vinka"],
         "body": [f"AMMARNÄS – Bä~ssá~di~ddi mano~jn liä {len(FOUND10)} dïŋ~ga láhp~pum "
                  "skú~te~ra~gäi~dno~jn, ja dah le~ä sij~dda kon~tåv~rån.",
                  "Hal~lan iäŋ~ga dïŋ~ga gáv~nnam, {cap}ja dah vuord~dih ei~ggá~di~jd~is.",
                  "Gäi~dnogoe~htte Ma~rit Gus~tafs~son ju~htá: “Fï~rrá jah~ken "
                  "gávn~nap hjäl~me, ja fï~rrá jah~ken ea~ggát {run}båhtá.”"]},
        {"glued": True, "lines": ["Gávnnam"], "title": "Gávnnam",
         "body": [("row", ramp((14, 12, 8), "Ájnna", "Sadje", "Biejvve"))]
         + [("row", ramp((14, 12, 8), k, p, slash(d))) for k, p, d in FOUND10]
         + [("row", f"Vieccet åvdål {slash(BY10)}")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùyəıöüáäåïêë"


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


for _page in (STEP_PAGE, SHELF_PAGE, SMALLADS_PAGE, TRAIL_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [PAWN_PAGE, DISPOSAL_PAGE, NOTICE_PAGE, TERMS_PAGE, GOLD_PAGE, BIKE_PAGE, STEP_PAGE, SHELF_PAGE, SMALLADS_PAGE,
         TRAIL_PAGE]
