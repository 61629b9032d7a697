"""The text of every holdout148 page, written once: make_holdout148_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The price cuts' average,
the decoction example's sum, the rota's weeks, the discounts, the licences' order and the weekdays are computed or
asserted here from the figures and dates they rest on. All papers, pharmacies, medicines' prices, products, people,
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
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def md(day):
    return f"{day.month}月{day.day}日"


def thousands(n, sep=" "):
    return f"{n:,}".replace(",", sep)


def yuan(cents):
    return f"{cents // 100}.{cents % 100:02d}元"


# 1. Centrally bought medicines get cheaper; the price-cut table: drug, pack, old and new price; the average cut.
CUTS1 = [("阿莫西林胶囊", "0.25g×24粒", 2500, 700), ("氨氯地平片", "5mg×28片", 4000, 1600),
         ("二甲双胍片", "0.5g×60片", 2000, 900), ("布洛芬缓释胶囊", "0.3g×20粒", 3000, 1410)]
PCT1 = [round(100 * (a - b) / a) for _, _, a, b in CUTS1]
assert all(100 * (a - b) == p * a for (_, _, a, b), p in zip(CUTS1, PCT1))
AVG1 = sum(PCT1) / len(PCT1)
assert AVG1 == 60
DAY1 = date(2041, 4, 17)
CUT_PAGE = {
    "name": "zh_gbk_crlf_pharmacy_page_bulk_bought_medicines_cheaper_story_byline_caption_credit_running_head_midquote_glued_price_cut_table_header_row_pack_size_times_cells_two_yuan_cells_average_percent_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "淇岭晚报 2041-04-17 第8版 健康, GBK, CRLF; blank-line paragraphs, wrapped at 22. A pharmacies page: four "
    "centrally bought medicines reach the town's pharmacies at lower prices (title with a full-width gap, the byline "
    "line `本报记者　邝　苒`, a caption and its credit inside a sentence, a patient's “” quotation cut by the running "
    "head before `一半。”`), then, with no blank line, **the table `降价药品一览`: a header row `药品　规格　原价　现价`, "
    "four rows of a drug, a pack size with a multiplication sign (`0.25g×24粒`) and two prices in yuan (`25.00元　"
    f"7.00元`), and an average row `平均降幅：{AVG1:.0f}%` (computed from the four cuts)**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2041-04-17", "page": "8",
    "head": [f"淇岭晚报　　2041年4月17日　{weekday(DAY1)}", "第8版　健康　　责任编辑：戴　沅"],
    "foot": ["淇岭晚报社出版　　新闻热线：0753-8841902"],
    "furniture": ["淇岭晚报", "2041年4月17日", weekday(DAY1), "第8版", "健康", "责任编辑：戴　沅", "淇岭晚报·健康",
                  "淇岭晚报社出版", "新闻热线：0753-8841902"],
    "run": ["淇岭晚报·健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["四种常用药进药店　价格降了六成", "本报记者　邝　苒"],
         "title": "四种常用药进药店　价格降了六成",
         "byline": ["本报记者　邝　苒", "邝　苒", "邝苒"],
         "captions": ["药师在货架上换贴新的价签。"], "credits": ["（本报记者　邝　苒　摄）"],
         "body": ["集中采购的四种常用药本周起在城区药店上架，平均降价六成，降压药和降糖药的降幅最大。",
                  "城区四十多家药店已换好价签，{cap}乡镇药店下月起也按新价格销售。",
                  "每月要买两盒降压药的退休教师杭玉梅说，“以前一个月光降压药就要八十块，现在一算，省下了一大"
                  "{run}半。”"]},
        {"glued": True, "lines": ["降价药品一览"], "title": "降价药品一览",
         "body": [("row", "药品　规格　原价　现价")]
         + [("row", f"{d}　{s}　{yuan(a)}　{yuan(b)}") for d, s, a, b in CUTS1]
         + [("row", f"平均降幅：{AVG1:.0f}%")]},
    ],
}

# 2. Health products sold at free talks to the old; a table setting health foods against medicines; a reminder row.
RARE = "\u3d2c"  # 㴬, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2041, 11, 6)
CONTRAST_PAGE = {
    "name": "zh_gb18030_lf_health_products_page_free_talk_supplement_sales_story_byline_rare_char_in_buyer_name_caption_credit_running_head_midquote_indent_only_glued_contrast_table_header_row_row_label_cells_two_column_cells_reminder_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"渼城日报 2041-11-06 第10版 关注 (`{RARE}` U+3D2C, CJK Extension A, in the buyer's name `梁{RARE}`; in GB18030, "
    "not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A health-products page: old people sold costly "
    "health foods at free talks (title with a full-width gap, the byline line `本报记者　甄　黎`, a caption and its "
    "credit inside a sentence, a buyer's “” quotation cut by the running head before `退钱。”`), then, with no blank "
    "line, **the table `保健食品和药品怎么分`: a header row `项目　保健食品　药品`, four rows of a row label and two "
    "contrasted cells (`能否治病　不能　能`), and a reminder row `提醒：保健食品不能代替药品`**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2041-11-06", "page": "10",
    "head": [f"渼城日报　　2041年11月6日　{weekday(DAY2)}", "第10版　关注　　责任编辑：祁　苇"],
    "foot": ["渼城日报社　　新闻热线：0738-2264517"],
    "furniture": ["渼城日报", "2041年11月6日", weekday(DAY2), "第10版", "关注", "责任编辑：祁　苇", "渼城日报·关注",
                  "渼城日报社", "新闻热线：0738-2264517"],
    "run": ["渼城日报·关注"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["免费讲座送鸡蛋　老人花万元买“神药”", "本报记者　甄　黎"],
         "title": "免费讲座送鸡蛋　老人花万元买“神药”",
         "byline": ["本报记者　甄　黎", "甄　黎", "甄黎"],
         "captions": ["老人拿出在讲座上买回的保健食品。"], "credits": ["（本报记者　甄　黎　摄）"],
         "body": ["城东几个小区近来常有人办免费健康讲座，先送鸡蛋，再推销号称能治高血压的保健食品。",
                  "记者走访了三个小区，{cap}有老人一次就花了一万多元。",
                  f"七十四岁的梁{RARE}说，“他们说吃了能停降压药，我吃了两个月，血压反倒高了，现在只想"
                  "{run}退钱。”"]},
        {"glued": True, "lines": ["保健食品和药品怎么分"], "title": "保健食品和药品怎么分",
         "body": [("row", "项目　保健食品　药品"), ("row", "能否治病　不能　能"),
                  ("row", "包装标志　蓝帽子　国药准字"), ("row", "说明书　无适应症　有适应症"),
                  ("row", "购买地点　多处可买　药店或医院"), ("row", "提醒：保健食品不能代替药品")]},
    ],
}

# 3. Taiwan: children's fever medicines short; the substitution table: drug out of stock, substitute, expected back.
SUBS3 = [("兒童退燒糖漿", "退燒栓劑", "5月上旬"), ("兒童咳嗽糖漿", "化痰顆粒", "5月中旬"),
         ("抗生素懸液劑", "抗生素膠囊", "5月下旬"), ("止瀉散劑", "口服補液鹽", "6月上旬")]
ORDER3 = {"上旬": 0, "中旬": 1, "下旬": 2}
_keys3 = [(int(w.split("月")[0]), ORDER3[w.split("月")[1]]) for *_, w in SUBS3]
assert _keys3 == sorted(_keys3)
DAY3 = date(2041, 4, 9)
SUB_PAGE = {
    "name": "zht_big5_cr_taiwan_pharmacy_page_childrens_fever_medicine_shortage_story_byline_caption_credit_running_head_midquote_glued_substitution_table_header_row_substitute_cells_ten_day_period_cells_ask_pharmacist_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "溱灣日報 2041-04-09 A7 健康 (`中華民國130年4月9日`, Taiwan, Taichung), Big5, CR; blank-line paragraphs, wrapped "
    "at 20. A pharmacies page: children's fever and cough medicines run short in the city's pharmacies (title with a "
    "full-width gap, the byline line `記者魏品涵／台中報導`, a caption and its credit inside a sentence, a mother's 「」 "
    "quotation cut by the running head before `退燒藥。」`), then, with no blank line, **the table `缺藥替代一覽`: a "
    "header row `缺貨藥品　替代藥品　預計到貨`, four rows of a medicine out of stock, its substitute and the ten-day "
    "period it is expected back (`5月上旬`, in order, asserted), and a row `諮詢：請洽社區藥局藥師`**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2041-04-09", "page": "A7",
    "head": [f"溱灣日報　中華民國130年4月9日　{weekday(DAY3)}", "A7　健康　　編輯：鄔芷晴"],
    "foot": ["溱灣日報社　讀者服務專線：(04)2381-506"],
    "furniture": ["溱灣日報", "中華民國130年4月9日", weekday(DAY3), "A7", "健康", "編輯：鄔芷晴", "溱灣日報．健康",
                  "溱灣日報社", "讀者服務專線：(04)2381-506"],
    "run": ["溱灣日報．健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["兒童退燒藥缺貨　藥局教家長改用替代藥", "記者魏品涵／台中報導"],
         "title": "兒童退燒藥缺貨　藥局教家長改用替代藥",
         "byline": ["記者魏品涵／台中報導", "魏品涵"],
         "captions": ["藥師向家長說明替代藥品的用法。"], "credits": ["（記者魏品涵攝）"],
         "body": ["台中多家社區藥局近兩週兒童退燒糖漿和咳嗽糖漿缺貨，藥師公會請家長先改用替代藥品。",
                  "公會說，缺貨是因為原料延遲進口，{cap}替代藥品的劑量要請藥師換算。",
                  "帶著發燒女兒跑了三家藥局的母親說，「半夜孩子燒到三十九度，我一家一家問，都說沒有兒童"
                  "{run}退燒藥。」"]},
        {"glued": True, "lines": ["缺藥替代一覽"], "title": "缺藥替代一覽",
         "body": [("row", "缺貨藥品　替代藥品　預計到貨")] + [("row", f"{a}　{b}　{w}") for a, b, w in SUBS3]
         + [("row", "諮詢：請洽社區藥局藥師")]},
    ],
}

# 4. Hong Kong, in Cantonese: old people misread their medicine bags; a specimen label of field rows.
DAY4 = date(2041, 8, 14)
ISSUED4 = date(2041, 8, 2)
assert ISSUED4 < DAY4
LABEL_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_pharmacy_page_elderly_misread_medicine_bags_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_specimen_label_field_rows_no_header_dispensed_date_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "濂港日報 2041-08-14 B3 健康 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 啲`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A pharmacies page in Cantonese: old people misread the small print on "
    "their medicine bags and pharmacists print bigger labels (title with a full-width gap, the byline line `記者　"
    "麥穎琛`, a caption and its credit inside a sentence, a pharmacist's 「」 quotation cut by the running head before "
    "`食多咗。」`), then, with no blank line, **the specimen label `藥袋標籤樣本`: no header, five field rows each "
    f"opened by a field name and a full-width colon (`服法：每日一次，每次一粒`), and a row `配藥日期：{ISSUED4:%Y-%m-%d}`**; "
    "the label is an article, its head the title, each printed row a paragraph.",
    "date": "2041-08-14", "page": "B3",
    "head": [f"濂港日報　2041年8月14日　{weekday(DAY4)}", "B3　健康　　編輯：簡綺雯"],
    "foot": ["濂港日報社　　新聞熱線：2817 4063"],
    "furniture": ["濂港日報", "2041年8月14日", weekday(DAY4), "B3", "健康", "編輯：簡綺雯", "濂港日報．健康",
                  "濂港日報社", "新聞熱線：2817 4063"],
    "run": ["濂港日報．健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["藥袋啲字細過螞蟻　長者食錯藥", "記者　麥穎琛"],
         "title": "藥袋啲字細過螞蟻　長者食錯藥",
         "byline": ["記者　麥穎琛", "麥穎琛"],
         "captions": ["藥劑師喺藥房櫃位教長者睇藥袋。"], "credits": ["（麥穎琛攝）"],
         "body": ["觀塘同黃大仙有十幾間社區藥房由下個月起改用大字藥袋，因為好多長者睇唔清楚，食錯咗藥。",
                  "藥劑師話，上個月就有三個長者，{cap}將一日一粒嘅降壓藥當成一日三粒。",
                  "藥劑師雷浩然話，「啲字細過螞蟻，後生嘅都睇得辛苦，何況八十幾歲嘅伯伯，一唔留神就"
                  "{run}食多咗。」"]},
        {"glued": True, "lines": ["藥袋標籤樣本"], "title": "藥袋標籤樣本",
         "body": [("row", "姓名：陳大文"), ("row", "藥名：降血壓藥（每粒5毫克）"),
                  ("row", "服法：每日一次，每次一粒"), ("row", "時間：早餐後食"),
                  ("row", "注意：唔好同西柚汁一齊食"), ("row", f"配藥日期：{ISSUED4:%Y-%m-%d}")]},
    ],
}

# 5. Malaysia: health products found with hidden drugs; the banned list: product in quotes, hidden ingredient.
BANNED5 = [("“骨力康”", "地塞米松"), ("“瘦身宝”", "西布曲明"), ("“男宝丸”", "西地那非"), ("“关节灵”", "泼尼松龙")]
DAY5 = date(2041, 3, 27)
BAN_PAGE = {
    "name": "zh_utf8_bom_lf_malaysia_health_products_page_hidden_drugs_in_supplements_story_byline_caption_credit_running_head_midquote_glued_banned_list_header_row_quoted_product_cells_ingredient_cells_report_line_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "淯阳日报 2041-03-27 第5版 健康 (Malaysia, Ipoh), UTF-8 with BOM, LF; blank-line paragraphs, wrapped at 21. "
    f"A health-products page: {len(BANNED5)} health products sold online are found to hide medicines (title with a "
    "full-width gap, the byline line `记者　饶佩雯`, a caption and its credit inside a sentence, a pharmacist's “” "
    "quotation cut by the running head before `药房。”`), then, with no blank line, **the list `禁售保健产品`: a header "
    "row `产品　非法成分`, four rows of a product name in “” quotation marks (`“骨力康”　地塞米松`) and the medicine it "
    "hides, and a report row `举报热线：05-2418 736`**; the list is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2041-03-27", "page": "5",
    "head": [f"淯阳日报　　2041年3月27日　{weekday(DAY5)}", "第5版　健康　　责任编辑：骆文彬"],
    "foot": ["淯阳日报社　　新闻热线：05-2416 093"],
    "furniture": ["淯阳日报", "2041年3月27日", weekday(DAY5), "第5版", "健康", "责任编辑：骆文彬", "淯阳日报·健康",
                  "淯阳日报社", "新闻热线：05-2416 093"],
    "run": ["淯阳日报·健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"网购保健品藏西药　{len(BANNED5)}款被禁售", "记者　饶佩雯"],
         "title": f"网购保健品藏西药　{len(BANNED5)}款被禁售",
         "byline": ["记者　饶佩雯", "饶佩雯"],
         "captions": ["药剂师展示被禁售的保健产品包装。"], "credits": ["（饶佩雯摄）"],
         "body": [f"怡保一带网上热卖的{len(BANNED5)}款保健产品被验出含有处方西药，当局已下令禁售。",
                  "这些产品号称纯天然，{cap}其中一款关节药里含有类固醇。",
                  "药剂师黄振邦说，“类固醇吃久了会伤身，有病要看医生，买药也应该去有执照的"
                  "{run}药房。”"]},
        {"glued": True, "lines": ["禁售保健产品"], "title": "禁售保健产品",
         "body": [("row", "产品　非法成分")] + [("row", f"{p}　{i}") for p, i in BANNED5]
         + [("row", "举报热线：05-2418 736")]},
    ],
}

# 6. A hospital pharmacy decocts herbal medicine and delivers it; the fee schedule and a worked example row.
FEES6 = [("代煎", "每剂", 2), ("打包", "每袋", 1), ("市区配送", "每单", 8), ("郊县配送", "每单", 15)]
DOSES6 = 7
EXAMPLE6 = DOSES6 * FEES6[0][2] + FEES6[2][2]
assert EXAMPLE6 == 22
DAY6 = date(2041, 12, 3)
FEE_PAGE = {
    "name": "zh_utf16be_bom_crlf_pharmacy_page_herbal_decoction_delivered_story_byline_caption_credit_running_head_midquote_indent_only_glued_fee_schedule_header_row_per_unit_cells_yuan_cells_worked_example_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "淇州日报 2041-12-03 第6版 健康, UTF-16 BE with BOM, CRLF; indent-only paragraphs, wrapped at 22. A pharmacies "
    "page: a hospital's herbal pharmacy now decocts prescriptions and delivers the bags home (title with a full-width "
    "gap, the byline line `本报记者　宓　迩`, a caption and its credit inside a sentence, a patient's “” quotation cut "
    "by the running head before `药味。”`), then, with no blank line, **the fee schedule `代煎配送收费`: a header row "
    "`项目　单位　收费`, four rows of a service, a unit with `每` (`每剂`) and a fee in yuan (`2元`), and a worked "
    f"example row `例：{DOSES6}剂代煎加市区配送　{EXAMPLE6}元` (computed)**; the schedule is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2041-12-03", "page": "6",
    "head": [f"淇州日报　　2041年12月3日　{weekday(DAY6)}", "第6版　健康　　责任编辑：殷　屿"],
    "foot": ["淇州日报社　　新闻热线：0557-3306214"],
    "furniture": ["淇州日报", "2041年12月3日", weekday(DAY6), "第6版", "健康", "责任编辑：殷　屿", "淇州日报·健康",
                  "淇州日报社", "新闻热线：0557-3306214"],
    "run": ["淇州日报·健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["中药不用自己熬　药房代煎送上门", "本报记者　宓　迩"],
         "title": "中药不用自己熬　药房代煎送上门",
         "byline": ["本报记者　宓　迩", "宓　迩", "宓迩"],
         "captions": ["药工把煎好的中药分装进密封袋。"], "credits": ["（本报记者　宓　迩　摄）"],
         "body": ["市中医院中药房本月起为病人代煎中药，煎好后分袋密封，第二天送到家门口。",
                  "药房新添了十二台煎药机，{cap}每天能煎三百多剂。",
                  "在医院开了七剂中药的市民柏文静说，“以前在家熬药，要看着火，一熬就是一个钟头，满屋子都是"
                  "{run}药味。”"]},
        {"glued": True, "lines": ["代煎配送收费"], "title": "代煎配送收费",
         "body": [("row", "项目　单位　收费")] + [("row", f"{s}　{u}　{f}元") for s, u, f in FEES6]
         + [("row", f"例：{DOSES6}剂代煎加市区配送　{EXAMPLE6}元")]},
    ],
}

# 7. Mwani: Pemba's pharmacies take the night in turn by week; the rota of date ranges; the hospital's telephone.
START7 = date(2041, 7, 1)
ROTA7 = ["Farmácia Wimbe", "Farmácia Paquitequete", "Farmácia Cariacó", "Farmácia Natite"]
WEEKS7 = [(START7 + timedelta(days=7 * i), START7 + timedelta(days=7 * i + 6)) for i in range(len(ROTA7))]
assert all(b - a == timedelta(days=6) for a, b in WEEKS7) and all(
    WEEKS7[i + 1][0] - WEEKS7[i][1] == timedelta(days=1) for i in range(len(WEEKS7) - 1))
assert all(a.weekday() == 0 for a, _ in WEEKS7)
DAY7 = date(2041, 6, 28)
assert DAY7 < START7


def span(a, b):
    return f"{a:%d.%m}–{b:%d.%m}"


ROTA_PAGE = {
    "name": "wmw_cp1252_crlf_mwani_pharmacy_page_pemba_night_pharmacy_by_week_story_byline_dateline_caption_credit_running_head_midquote_glued_week_rota_header_row_en_dash_date_span_cells_portuguese_pharmacy_cells_phone_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Khabari za Pemba (an invented Mwani weekly, Pemba, Cabo Delgado, Mozambique) 2041-06-28 Page 4 Health, "
    "cp1252 (`“ ” – á ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Mwani pharmacies page: "
    "the town's four pharmacies agree to keep the night open in turn, one a week, from July (title over two lines, "
    "byline line `Na: Amina Saide`, the dateline `PEMBA –` opening the lead, a caption and its credit inside a "
    "sentence, a mother's “” quotation cut by the running head before `usiku.”`), then, with no blank line, **the "
    f"rota `Famasiya ya usiku`: a header row `Wiki Famasiya`, {len(ROTA7)} rows of a week's date span joined by an "
    f"en dash (`{span(*WEEKS7[0])}`, weeks in turn, asserted) and a pharmacy named in Portuguese (`Farmácia Wimbe`), "
    "and a row `Simu: 272 21 4806`**; the rota is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2041-06-28", "page": "4",
    "head": [f"KHABARI ZA PEMBA · {english(DAY7)} · Page 4", "Health · Editor: Rashidi Amade"],
    "foot": ["Khabari za Pemba · khabari@pemba.example.mz"],
    "furniture": ["KHABARI ZA PEMBA", english(DAY7), "Page 4", "Health", "Editor: Rashidi Amade",
                  "Khabari za Pemba · Health", "Khabari za Pemba", "khabari@pemba.example.mz"],
    "run": ["Khabari za Pemba · Health"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Famasiya nne zitafunguliwa", "usiku kwa zamu", "Na: Amina Saide"],
         "title": "Famasiya nne zitafunguliwa usiku kwa zamu",
         "byline": ["Na: Amina Saide", "Amina Saide"],
         "captions": ["Mfamasiya akipanga dawa usiku."], "credits": ["Foto: Issufo Bacar"],
         "body": ["PEMBA – Fa~ma~si~ya nne za mji wa Pemba zi~me~ku~ba~li~a~na ku~fu~ngu~li~wa "
                  "usiku kwa zamu, fa~ma~si~ya moja kila wiki, ku~a~nzi~a mwezi wa Julai.",
                  "Mpaka sasa hakuna famasiya i~li~yo~ku~wa~ya~fu~ngu~li~wa baada ya saa mbili za "
                  "usiku, {cap}na wa~ge~njwa wa~li~ku~wa wa~ki~ngo~je~a hospitali.",
                  "Mama mmoja, Fatima Momade, a~li~se~ma: “Mwa~na~ngu a~li~pa~ta homa usiku, "
                  "na~ka~zu~ngu~ka~zu~ngu~ka bila ku~pa~ta dawa mpaka a~lfa~ji~ri, ha~ku~na "
                  "dawa {run}usiku.”"]},
        {"glued": True, "lines": ["Famasiya ya usiku"], "title": "Famasiya ya usiku",
         "body": [("row", ramp((14, 24), "Wiki", "Famasiya"))]
         + [("row", ramp((14, 24), span(a, b), f))for (a, b), f in zip(WEEKS7, ROTA7)]
         + [("row", "Simu: 272 21 4806")]},
    ],
}

# 8. Chuwabo: a Quelimane pharmacy's stock board; medicine with its strength, in stock or not; the day of the board.
STOCK8 = [("Paracetamol 500 mg", "Ohikala"), ("Amoxicilina 250 mg", "Kahikala"), ("Sais de reidratação", "Ohikala"),
          ("Metformina 850 mg", "Kahikala")]
OUT8 = sum(1 for _, s in STOCK8 if s == "Kahikala")
DAY8 = date(2041, 9, 24)
BOARD8 = date(2041, 9, 23)
STOCK_PAGE = {
    "name": "chw_macroman_cr_chuwabo_pharmacy_page_quelimane_medicines_out_of_stock_story_byline_dateline_caption_credit_running_head_midquote_glued_stock_board_header_row_strength_in_name_cells_in_stock_word_cells_date_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Nlago na Quelimane (an invented Chuwabo weekly, Quelimane, Zambézia, Mozambique) 2041-09-24 Page 5 Health, "
    "Mac Roman (`“ ” – ç ã ·`), CR; blank-line paragraphs, wrapped at 38 with hyphenation. A Chuwabo pharmacies page: "
    f"the public pharmacy runs out of {OUT8} of its common medicines while the boat with the stock is late (title over "
    "two lines, byline line `Ntiko: Celeste Mussa`, the dateline `QUELIMANE –` opening the lead, a caption and its "
    "credit inside a sentence, a patient's “” quotation cut by the running head before `mwadda.”`), then, with no "
    "blank line, **the stock board `Mirombwe ddi farmácia`: a header row `Mirombwe Ohikala?`, "
    f"{len(STOCK8)} rows of a medicine with its strength inside the cell (`Paracetamol 500 mg`) and the word "
    f"`Ohikala` (in stock) or `Kahikala` (out), and a date row `Nsiku: {BOARD8:%d.%m.%Y}`**; the board is an article, "
    "its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-09-24", "page": "5",
    "head": [f"NLAGO NA QUELIMANE · {english(DAY8)} · Page 5", "Health · Editor: Anselmo Carimo"],
    "foot": ["Nlago na Quelimane · nlago@quelimane.example.mz"],
    "furniture": ["NLAGO NA QUELIMANE", english(DAY8), "Page 5", "Health", "Editor: Anselmo Carimo",
                  "Nlago na Quelimane · Health", "Nlago na Quelimane", "nlago@quelimane.example.mz"],
    "run": ["Nlago na Quelimane · Health"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mirombwe dhoddimana", "mu farmácia ya Quelimane", "Ntiko: Celeste Mussa"],
         "title": "Mirombwe dhoddimana mu farmácia ya Quelimane",
         "byline": ["Ntiko: Celeste Mussa", "Celeste Mussa"],
         "captions": ["Atthu anoweddela mirombwe va farmácia."], "credits": ["Foto: Hélder Zacarias"],
         "body": ["QUELIMANE – Farmácia ya ottaya ya Quelimane ka~yi~na~ka~vo mi~ro~mbwe "
                  f"{OUT8} dha ma~ka~ta~lo~ga~ni, bu~ku~lu~la ba~rko ba~no~bwe~re~la~na "
                  "mi~ro~mbwe bo~no~cha~ma~ka~la.",
                  "Atthu e~no~dhe~le~li~nya nsi~ku na nsi~ku, {cap}vano e~no~ku~mbu~ra~ka "
                  "nsi~ku~ni ya me~ga~ma~ya.",
                  "Mwi~ddi~wa, Luísa Sabonete, o~lo~ga~ga: “Ddi~no~fu~na~ga mi~ro~mbwe dha "
                  "nthe~ndda ya swi~ku~ri, nsi~ku tta~ttu ddi~ba~ba~ddi~wa~ni "
                  "{run}mwadda.”"]},
        {"glued": True, "lines": ["Mirombwe ddi farmácia"], "title": "Mirombwe ddi farmácia",
         "body": [("row", ramp((24, 10), "Mirombwe", "Ohikala?"))]
         + [("row", ramp((24, 10), m, s)) for m, s in STOCK8]
         + [("row", f"Nsiku: {BOARD8:%d.%m.%Y}")]},
    ],
}

# 9. Nyungwe: Tete's pharmacies give the old a discount card; card colours and their discount in per cent; the card's price.
CARDS9 = [("Khadi ya buluu", 60, 10), ("Khadi ya ntsipu", 70, 15), ("Khadi ya dzofiira", 80, 20)]
assert [a for _, a, _ in CARDS9] == sorted(a for _, a, _ in CARDS9)
assert [d for *_, d in CARDS9] == sorted(d for *_, d in CARDS9)
DAY9 = date(2041, 5, 22)
DISCOUNT_PAGE = {
    "name": "nyu_utf16le_bom_lf_nyungwe_pharmacy_page_tete_discount_card_for_elders_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_card_table_header_row_age_from_cells_percent_cells_card_price_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Nkhani za Tete (an invented Nyungwe weekly, Tete, Mozambique) 2041-05-22 Page 6 Health, UTF-16 LE with BOM "
    "(`“ ” – ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with hyphenation. A "
    "Nyungwe pharmacies page: the town's pharmacies give old people a discount card (title over two lines, byline "
    "line `Walemba: Ernesto Chapo`, the dateline `TETE –` opening the lead, a caption and its credit inside a "
    "sentence, an old man's “” quotation cut by the running head before `mankhwala.”`), then, with no blank line, "
    f"**the card table `Makhadi ya mankhwala`: a header row `Khadi Zaka Kutsika`, {len(CARDS9)} rows of a card's "
    "colour, the age it is for with a plus sign (`60+`) and a discount in per cent (`10%`), both ascending (asserted), "
    "and a price row `Mtengo wa khadi: 50 MT`**; the table is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2041-05-22", "page": "6",
    "head": [f"NKHANI ZA TETE · {english(DAY9)} · Page 6", "Health · Editor: Dionísio Sitoe"],
    "foot": ["Nkhani za Tete · nkhani@tete.example.mz"],
    "furniture": ["NKHANI ZA TETE", english(DAY9), "Page 6", "Health", "Editor: Dionísio Sitoe",
                  "Nkhani za Tete · Health", "Nkhani za Tete", "nkhani@tete.example.mz"],
    "run": ["Nkhani za Tete · Health"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Akulu-akulu alipira pang'ono", "mankhwala ku farmácia", "Walemba: Ernesto Chapo"],
         "title": "Akulu-akulu alipira pang'ono mankhwala ku farmácia",
         "byline": ["Walemba: Ernesto Chapo", "Ernesto Chapo"],
         "captions": ["Nkulu alatiza khadi yace ku farmácia."], "credits": ["Foto: Vasco Tembo"],
         "body": ["TETE – Ma~fa~rmá~cia ya mu mzinda wa Tete ya~ya~mba~ya~mba ku~pa~tsa "
                  "a~ku~lu-akulu ma~kha~di ya ku~tsi~ka~ni~tsa mtengo wa ma~nkhwa~la.",
                  "Nkulu wa zaka maku~mi ma~ta~nthu na ku~pi~ta~ri~ra, {cap}anga~ku~mbi~ra "
                  "khadi pa farmácia iliyonse.",
                  "Nkulu Joaquim Banda a~da~lo~nga~lo~nga: “Pe~nsa~o yanga ni~ya~ng'o~no, "
                  "ndi~ne~ku~nde~ka~ndi~ne~ku~nde~ka ndi~ka~ku~ga~ya "
                  "{run}mankhwala.”"]},
        {"glued": True, "lines": ["Makhadi ya mankhwala"], "title": "Makhadi ya mankhwala",
         "body": [("row", ramp((20, 6, 10), "Khadi", "Zaka", "Kutsika"))]
         + [("row", ramp((20, 6, 10), c, f"{a}+", f"{d}%")) for c, a, d in CARDS9]
         + [("row", "Mtengo wa khadi: 50 MT")]},
    ],
}

# 10. Nyakyusa: Karonga's drug shops licensed; licence numbers with slashes, shop and place; the board's telephone.
SHOPS10 = [("KA/DS/0217", "Mwaisumo Drug Store", "Chilumba"), ("KA/DS/0231", "Nsyani Medicines", "Uliwa"),
           ("KA/DS/0248", "Kyela Road Pharmacy", "Lupembe"), ("KA/DS/0262", "Mwakasungula Drugs", "Kaporo")]
assert [n for n, *_ in SHOPS10] == sorted(n for n, *_ in SHOPS10)
DAY10 = date(2041, 10, 9)
LICENCE_PAGE = {
    "name": "nyy_utf8_nobom_lf_nyakyusa_pharmacy_page_karonga_drug_shops_licensed_story_byline_dateline_caption_credit_running_head_midquote_glued_licence_list_header_row_slashed_licence_number_cells_english_shop_name_cells_phone_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Amasyu ga Karonga (an invented Nyakyusa-Ngonde weekly, Karonga, Malawi) 2041-10-09 Page 3 Health, UTF-8 "
    "without BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Nyakyusa pharmacies page: "
    f"{len(SHOPS10)} village drug shops get their licences after an inspection (title over two lines, byline line "
    "`Ulembile: Grace Mwakyusa`, the dateline `KARONGA –` opening the lead, a caption and its credit inside a "
    "sentence, a shopkeeper's “” quotation cut by the running head before `ifyuma.”`), then, with no blank line, "
    f"**the list `Amaduka agha mitwalo`: a header row `Nambala Iduka Ikaya`, {len(SHOPS10)} rows of a licence number "
    "with slashes (`KA/DS/0217`, in order, asserted), a shop's English name and a place, and a row `Foni: 0999 41 "
    "2735`**; the list is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-10-09", "page": "3",
    "head": [f"AMASYU GA KARONGA · {english(DAY10)} · Page 3", "Health · Editor: Yohane Kayira"],
    "foot": ["Amasyu ga Karonga · amasyu@karonga.example.mw"],
    "furniture": ["AMASYU GA KARONGA", english(DAY10), "Page 3", "Health", "Editor: Yohane Kayira",
                  "Amasyu ga Karonga · Health", "Amasyu ga Karonga", "amasyu@karonga.example.mw"],
    "run": ["Amasyu ga Karonga · Health"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Amaduka agha mitwalo", "gapokile ifyitifiketi", "Ulembile: Grace Mwakyusa"],
         "title": "Amaduka agha mitwalo gapokile ifyitifiketi",
         "byline": ["Ulembile: Grace Mwakyusa", "Grace Mwakyusa"],
         "captions": ["Undumyana akulinga amaduka gha mitwalo."], "credits": ["Foto: Moses Mwangonde"],
         "body": [f"KARONGA – Amaduka {len(SHOPS10)} agha mi~twa~lo mu bo~ma lya Karonga "
                  "ga~po~ki~le i~fyi~ti~fi~ke~ti bo ba~ka~pe~ne~la~pe~ne~le~ge ama~ba~li~ko "
                  "ni ma~ba~ti~le~ge gha mi~twa~lo.",
                  "Aba~ndu~mya~na ba~ka~ga~ndu~ka~ga~ndu~ka ama~du~ka ma~ki~mi, {cap}looli "
                  "ama~du~ka ma~ki~mi ga~ka~fi~ki~le.",
                  "Umwene iduka, Esther Kyungu, a~ti~le: “Twa~pi~je~ghi~le~ghi~le "
                  "fijo, loli lu~no tu~ku~bu~ku~ta~nga abandu mitwalo ja~ku~fwa~na~na na "
                  "{run}ifyuma.”"]},
        {"glued": True, "lines": ["Amaduka agha mitwalo"], "title": "Amaduka agha mitwalo",
         "body": [("row", ramp((12, 22, 10), "Nambala", "Iduka", "Ikaya"))]
         + [("row", ramp((12, 22, 10), n, s, p)) for n, s, p in SHOPS10]
         + [("row", "Foni: 0999 41 2735")]},
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


for _page in (ROTA_PAGE, STOCK_PAGE, DISCOUNT_PAGE, LICENCE_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [CUT_PAGE, CONTRAST_PAGE, SUB_PAGE, LABEL_PAGE, BAN_PAGE, FEE_PAGE, ROTA_PAGE, STOCK_PAGE, DISCOUNT_PAGE,
         LICENCE_PAGE]
