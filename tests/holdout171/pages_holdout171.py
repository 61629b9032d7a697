"""The text of every holdout171 page, written once: make_holdout171_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-170 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here a column's foot signature,
its byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156/157/166/170 used them);
`Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's labelled item set solid, and the
notice's foot, the issuer and the date each set flush right (the issuer the notice's byline, the date its last
paragraph).
Every page is a farm and market-prices page of six articles: a harvest or farming report (kicker, title, byline, a
farmer's or extension officer's quotation cut by the running head, a caption with its credit inside a sentence); a
market-price table (produce, unit, price, change; a header row on some pages, a unit line over it on some, a source
line under it); a farm-weather or planting-calendar brief under its label (days or weeks run in, one paragraph
each, the brief one article); a boxed notice between two rule lines (what, who may apply, where, until when; the
issuing office and date at its foot); an advice column signed at its foot (a Q&A on some pages); and two or three
classified ads under a label (each one paragraph, opening on its lead, closing on a phone number). Weekdays, price
changes and sums are computed and asserted. All papers, farms, co-operatives, offices, people, prices and events are
invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    WEEKDAYS_ZH,
    aligned,
    boxed_notice,
    english,
    ordered,
    swahili,
    syllables,
    weekday,
    zhou,
    zhou_t,
)

VOWELS = "aeiouáéíóúäëöüĩũ"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker):
    """The harvest report: kicker, title, byline (as printed, then the name), caption and credit."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def change_zh(now, before):
    """A price change as printed on a Chinese table: ↑ or ↓ and the difference, `持平` when none."""
    diff = round(now - before, 2)
    return "持平" if diff == 0 else ("↑" if diff > 0 else "↓") + f"{abs(diff):.2f}"


def change_latin(now, before):
    diff = now - before
    return "0" if diff == 0 else f"{diff:+d}"


def prices(label, rows, glued=False):
    """The market-price table under its label (**new** here, from holdout170's court list): the label the title,
    each printed line one paragraph (unit line, header row, price rows, source line)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def brief(label, entries):
    """A farm-weather or planting-calendar brief under its label (holdout170's police log): one article, the label
    its title, each day or week one paragraph with its bold opening kept at its start."""
    return {"lines": [label], "title": label, "tight": True, "body": list(entries)}


def column(label, title, body, signature, names, glued=False):
    """An advice column (holdout170's safety column): the label its section (none accepted; kicker accepted), the
    head its title, the foot signature its byline as printed (the name alone accepted), never a paragraph."""
    art = {"lines": [label, title], "section": [label, None], "kicker": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def ads(label, entries):
    """Small classified ads under a label (**new**, read as holdout170's log): one article, the label its title,
    each ad one paragraph opening on its bold lead and closing on its phone number."""
    return {"lines": [label], "title": label, "tight": True, "body": list(entries)}


def zh_rows(items, unit_col=True):
    """Chinese price rows: produce, unit, price, change (computed from last week's price)."""
    return [f"{name}\u3000{unit}\u3000{now:.2f}\u3000{change_zh(now, before)}" if unit_col
            else f"{name}\u3000{now:.2f}\u3000{change_zh(now, before)}" for name, unit, now, before in items]


# 1. GBK county paper: early rice harvested by a grain co-operative; the price table glued under the report's last
#    line; a farm-weather brief; a seed-distribution box; the agronomist's column glued under the box's foot rule;
#    machinery and seed ads. Blank-line paragraphs.
DAY1 = date(2044, 7, 20)
OPEN1, CLOSE1 = date(2044, 7, 18), date(2044, 7, 31)
ordered(OPEN1, DAY1, CLOSE1)
MU1, YIELD1 = 860, 465
assert MU1 * YIELD1 == 399900
ITEMS1 = [("早籼稻", "元/斤", 1.32, 1.30), ("玉米", "元/斤", 1.18, 1.21), ("生猪", "元/斤", 8.60, 8.60),
          ("鸡蛋", "元/斤", 4.35, 4.10)]
ZH_RULE21 = "─" * 21
RICE_PAGE = {
    "name": "zh_gbk_crlf_county_farm_prices_page_early_rice_report_kicker_byline_caption_credit_running_head_midquote_glued_price_table_header_source_weather_brief_seed_box_glued_agronomist_column_machinery_ads",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": "莘塘日报 2044-07-20 第6版 田野周刊 (an invented county paper's farm page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A harvest report on a grain co-operative's early rice (kicker `夏收一线`, title with a full-width "
    "gap, byline line, a caption and its credit inside a sentence, the co-operative head's “” words cut by the running "
    f"head before `心里踏实。”`; {MU1} × {YIELD1} = {MU1 * YIELD1} 斤, asserted); then, **with no blank line under the "
    "report's last line**, the price table `本周农产品价格` (a header row, four rows, changes computed, a source line "
    "`数据来源：…`); the brief `农事天气` (three spans of days run in); a seed-distribution notice between two rule "
    "lines; then, **with no blank line under the box's foot rule**, the column `农技课堂` signed by an agronomist; "
    "the ads `农资信息` (two ads).",
    "date": "2044-07-20", "page": "6",
    "head": ["莘塘日报", f"2044年7月20日　{weekday(DAY1)}　　第6版　田野周刊　　编辑：车　岷"],
    "foot": ["莘塘日报社　　新闻热线：0745-3318620"],
    "furniture": ["莘塘日报", "2044年7月20日", weekday(DAY1), "第6版", "田野周刊", "编辑：车　岷", "莘塘日报·田野周刊",
                  "莘塘日报社", "新闻热线：0745-3318620"],
    "run": ["莘塘日报·田野周刊"], "labels": [], "markup": [ZH_RULE21] * 2,
}
RICE_PAGE["articles"] = [
    report(["夏收一线", "八百亩早稻开镰　合作社亩产四百六", "本报记者　阮　箐"], "八百亩早稻开镰　合作社亩产四百六",
           ["本报记者　阮　箐", "阮　箐", "阮箐"], ["收割机在稻田里来回作业。"], ["（本报记者　阮　箐　摄）"],
           [f"连日晴好，莘塘县禾埠镇稼祥种粮合作社的{MU1}亩早稻全部开镰。经测产，平均亩产{YIELD1}斤，总产约"
            f"{MU1 * YIELD1}斤，比去年略有增加。",
            "七台收割机从早上六点开始作业，{cap}烘干房里的稻谷当天就能烘干入仓。",
            "合作社理事长樊永福说：“今年育秧时赶上倒春寒，我们听了农技站的建议，推迟了五天播种。现在稻子收进仓，"
            "{run}心里踏实。”"], "夏收一线"),
    prices("本周农产品价格", ["品名　单位　价格　涨跌"] + zh_rows(ITEMS1) + ["数据来源：莘塘县农产品批发市场"], glued=True),
    brief("农事天气", [
        "20日至22日，晴热少雨，最高气温36℃，已收割的田块抓紧翻耕灌水，准备栽插晚稻。",
        "23日至24日，有一次雷阵雨过程，局地伴有短时大风，未收的早稻要抢晴收割。",
        "25日以后，气温仍然偏高，晚稻秧苗注意遮阴补水，防止高温烧苗。",
    ]),
    boxed_notice(RICE_PAGE, ZH_RULE21, "晚稻良种免费发放",
           ["发放品种：晚籼稻“稼祥优8号”，每亩一公斤。", "申请对象：本县种粮大户、家庭农场和种粮合作社。",
            "办理地点：各乡镇农业综合服务站。", f"截止时间：{CLOSE1.month}月{CLOSE1.day}日（{zhou(CLOSE1)}）。"],
           "莘塘县农业农村局", f"{OPEN1.year}年{OPEN1.month}月{OPEN1.day}日"),
    column("农技课堂", "晚稻栽插把好三关", [
        "一是秧龄关。秧龄控制在二十五天左右，过长的老秧栽下去返青慢、分蘖少。",
        "二是密度关。每亩栽足一万五千蔸，插秧机作业要匀，漏插的地方及时补上。三是水分关。栽后浅水护苗，"
        "不要深灌，遇到高温可以日灌夜排。",
    ], "莘塘县农技推广中心　高级农艺师　童　芃", ["童　芃", "童芃"], glued=True),
    ads("农资信息", [
        "转让二手收割机：九成新履带式收割机一台，手续齐全，可试机。联系电话：138 0745 2291",
        "出售晚稻秧苗：机插秧盘秧，品种纯正，包送到田。联系电话：0745-3327715",
    ]),
]


# 2. GB18030 town paper: a hillside orange grove's harvest; indent-only, not glued; a price table with a unit line and
#    no header; a planting-calendar brief in weeks; a subsidy box; a Q&A column signed by an agronomist; three ads.
RARE2 = "\u4180"  # 䆀, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2044, 11, 25)
OPEN2, CLOSE2 = date(2044, 11, 21), date(2044, 12, 20)
ordered(OPEN2, DAY2, CLOSE2)
TREES2, KG2 = 1200, 45
assert TREES2 * KG2 == 54000
ITEMS2 = [("脐橙（一级果）", "", 4.60, 4.80), ("椪柑", "", 2.90, 2.70), ("沙糖桔", "", 3.40, 3.40),
          ("冬笋", "", 9.00, 8.50)]
ORANGE_PAGE = {
    "name": "zh_gb18030_lf_town_farm_prices_page_hillside_orange_report_rare_char_byline_caption_credit_running_head_midquote_indent_only_unit_line_price_table_no_header_source_calendar_brief_weeks_subsidy_box_qa_column_three_ads",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": False,
    "note": f"稷川日报 2044-11-25 第4版 乡土 (an invented county daily; `{RARE2}` U+4180, CJK Extension A, in the reporter's "
    f"name `窦　{RARE2}`, in GB18030, not in GBK), LF; **indent-only**, wrapped at 21. A harvest report on a hillside "
    "orange grove (kicker `丰收时节`, a caption and its credit inside a sentence, the grower's “” words cut by the "
    f"running head before `好价钱。”`; {TREES2} × {KG2} = {TREES2 * KG2} 公斤, asserted); then, after a blank line, the "
    "price table `城区果蔬行情` (a unit line `单位：元/公斤` over it, **no header row**, a source line); the brief "
    "`农时提醒` (weeks run in); a subsidy notice between two rule lines; the Q&A column `果农问答` (the grower's "
    "question run in after `问：`), signed; three ads `供求信息`.",
    "date": "2044-11-25", "page": "4",
    "head": ["稷川日报", f"2044年11月25日　{weekday(DAY2)}　　第4版　乡土"],
    "foot": ["稷川日报社　　地址：稷川县新桥路6号　　邮编：341928"],
    "furniture": ["稷川日报", "2044年11月25日", weekday(DAY2), "第4版", "乡土", "稷川日报·乡土", "稷川日报社",
                  "地址：稷川县新桥路6号", "邮编：341928"],
    "run": ["稷川日报·乡土"], "labels": [], "markup": [ZH_RULE21] * 2,
}
ORANGE_PAGE["articles"] = [
    report(["丰收时节", "山坡脐橙采摘忙　一棵树摘四十五公斤", f"本报记者　窦　{RARE2}"], "山坡脐橙采摘忙　一棵树摘四十五公斤",
           [f"本报记者　窦　{RARE2}", f"窦　{RARE2}", f"窦{RARE2}"], ["果农把脐橙装进周转筐。"], [f"（本报记者　窦　{RARE2}　摄）"],
           [f"这几天，稷川县檀坳村的果园里一片金黄。果农邬春生家的{TREES2}棵脐橙树平均每棵摘果{KG2}公斤，总产"
            f"{TREES2 * KG2}公斤。",
            "采下的果子先在树下分拣，{cap}大果、小果分开装筐，当天运到村里的分拣中心。",
            "邬春生说：“前几年果子个头不匀，卖不上价。去年开始疏果、套袋，今年一级果多了一半，客商上门就能谈个"
            "{run}好价钱。”"], "丰收时节"),
    prices("城区果蔬行情", ["单位：元/公斤"] + [f"{n}\u3000{now:.2f}\u3000{change_zh(now, b)}" for n, _, now, b in ITEMS2]
           + ["数据来源：稷川县价格监测中心"]),
    brief("农时提醒", [
        "第一周，脐橙采收进入高峰，雨天和露水未干时不要采果，采后及时预贮。",
        "第二周，采完果的果园施一次采后肥，以有机肥为主，帮助树势恢复。",
        "第三周，做好清园工作，剪除病虫枝，树干刷白，预防冬季冻害。",
    ]),
    boxed_notice(ORANGE_PAGE, ZH_RULE21, "果园冬季防冻补贴申报",
           ["补贴内容：购买防冻薄膜、树干涂白剂，按实际费用补助一半。", "申报对象：本县种植柑橘十亩以上的农户和合作社。",
            "申报地点：各乡镇农业服务中心。", f"截止时间：{CLOSE2.month}月{CLOSE2.day}日（{zhou(CLOSE2)}）。"],
           "稷川县农业农村局", f"{OPEN2.year}年{OPEN2.month}月{OPEN2.day}日"),
    column("果农问答", "采后树势弱怎么办", [
        "问：我家的橙子今年结得多，摘完果后叶子发黄，是不是缺肥？（檀坳村　邬先生）",
        "答：结果多的树采后容易脱力。建议先浅施一次速效氮肥，半个月后再施有机肥，叶面可以喷两次磷酸二氢钾。",
    ], "稷川县果业站　农艺师　骆　沅", ["骆　沅", "骆沅"]),
    ads("供求信息", [
        "收购脐橙：常年收购一级、二级果，现款结算。电话：139 7972 6604",
        "出售柑橘苗：嫁接苗、容器苗均有，品种纯正。电话：0797-6618342",
        "出租冷库：镇郊冷库二百立方米，可整租。电话：0797-6625019",
    ]),
]


# 3. Big5 Taiwan township paper: a pomelo harvest before Mid-Autumn; the price table glued under the report's last
#    line; a farm-weather brief; a pest-control subsidy box; the extension officer's column glued under the box's foot
#    rule; two ads. Blank-line paragraphs, CR line ends.
DAY3 = date(2044, 9, 7)
OPEN3, CLOSE3 = date(2044, 9, 2), date(2044, 9, 30)
ordered(OPEN3, DAY3, CLOSE3)
assert DAY3.year - 1911 == 133
BOXES3, JIN3 = 2400, 10
assert BOXES3 * JIN3 == 24000
ITEMS3 = [("麻豆文旦", "元/台斤", 38.00, 42.00), ("白柚", "元/台斤", 25.00, 25.00), ("酪梨", "元/公斤", 55.00, 48.00),
          ("絲瓜", "元/公斤", 31.00, 36.00)]
ZH_RULE20 = "─" * 20
POMELO_PAGE = {
    "name": "zht_big5_cr_taiwan_farm_prices_page_pomelo_harvest_report_kicker_byline_caption_credit_running_head_farmer_midquote_glued_price_table_header_source_weather_brief_pest_subsidy_box_glued_signed_extension_column_two_ads",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000",
    "blank": True,
    "note": "鷺田日報 2044-09-07 (`中華民國133年9月7日`) A9 農情 (an invented township paper, Tainan, Taiwan), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. A harvest report on a pomelo orchard before Mid-Autumn (kicker `中秋前夕`, "
    "title with a full-width gap, byline line `記者蔡宛廷／台南報導`, a caption and its credit inside a sentence, the "
    f"grower's 「」 words cut by the running head before `顧客。」`; {BOXES3} × {JIN3} = {BOXES3 * JIN3} 台斤, asserted); "
    "then, **with no blank line under the report's last line**, the price table `果菜行情` (a header row, four rows, "
    "changes computed, `資料來源：…`); the brief `農業氣象` (three spans run in); a subsidy notice between two rule "
    "lines; then, **with no blank line under the box's foot rule**, the column `農友小學堂` signed by an extension "
    "officer; two ads `農友廣告`.",
    "date": "2044-09-07", "page": "A9",
    "head": [f"鷺田日報　中華民國133年9月7日　{weekday(DAY3)}", "A9　農情　　編輯：卓筱涵"],
    "foot": ["鷺田日報社　讀者服務專線：(06)571-3380"],
    "furniture": ["鷺田日報", "中華民國133年9月7日", weekday(DAY3), "A9", "農情", "編輯：卓筱涵", "鷺田日報．農情",
                  "鷺田日報社", "讀者服務專線：(06)571-3380"],
    "run": ["鷺田日報．農情"], "labels": [], "markup": [ZH_RULE20] * 2,
}
POMELO_PAGE["articles"] = [
    report(["中秋前夕", "文旦採收搶中秋　果園一天出貨兩千箱", "記者蔡宛廷／台南報導"], "文旦採收搶中秋　果園一天出貨兩千箱",
           ["記者蔡宛廷／台南報導", "蔡宛廷"], ["果農在樹下分級裝箱。"], ["（記者蔡宛廷攝）"],
           [f"中秋節將到，鷺田里的文旦進入採收高峰。果農許正雄的果園這幾天每天出貨{BOXES3}箱，每箱{JIN3}台斤，"
            f"一天就是{BOXES3 * JIN3}台斤。",
            "採下的文旦要先放在陰涼處「消水」幾天，{cap}果皮變軟、果肉才會甜。",
            "許正雄說，「今年夏天雨水少，果粒小一點，但甜度高。我們寧可晚幾天出貨，也不要把沒消水的文旦賣給"
            "{run}顧客。」"], "中秋前夕"),
    prices("果菜行情", ["品名　單位　價格　漲跌"]
           + [f"{n}　{u}　{now:.2f}　{change_zh(now, b)}".replace("↑", "漲").replace("↓", "跌") for n, u, now, b in ITEMS3]
           + ["資料來源：鷺田果菜批發市場"], glued=True),
    brief("農業氣象", [
        "7日至9日，晴時多雲，午後山區有局部雷陣雨，文旦採收宜在上午完成。",
        "10日至12日，東北風增強，早晚溫差加大，果園注意排水，避免積水裂果。",
        "13日以後，天氣穩定少雨，可安排採後修剪與施肥。",
    ]),
    boxed_notice(POMELO_PAGE, ZH_RULE20, "柚類病蟲害防治資材補助",
           ["補助項目：誘蟲板、果實套袋及登記用藥，每公頃補助三千元。", "申請對象：設籍本區、種植柚類的農民。",
            "受理地點：鷺田區農會推廣股。", f"截止日期：{CLOSE3.month}月{CLOSE3.day}日（{zhou_t(CLOSE3)}）。"],
           "鷺田區農會", f"中華民國133年{OPEN3.month}月{OPEN3.day}日"),
    column("農友小學堂", "採後修剪　留下明年好枝", [
        "文旦採收後，樹勢較弱，應先剪除枯枝、病枝和過密的徒長枝，讓樹冠通風透光。",
        "修剪後一週內施用有機質肥料，並注意介殼蟲，發現時可請農會人員到園查看。",
    ], "鷺田區農會推廣股　指導員　黃柏勳", ["黃柏勳"], glued=True),
    ads("農友廣告", [
        "出售二手噴藥機：動力噴霧機一台，保養良好。電話：0921-558-306",
        "文旦禮盒紙箱：十台斤裝，可印果園名稱。電話：(06)572-1149",
    ]),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese: a Yuen Long vegetable farm's winter crop; indent-only, not
#    glued; a wholesale price table with a header; a planting-calendar brief; a poultry vaccination box; a vet's
#    column; two ads.
DAY4 = date(2044, 12, 8)
OPEN4, CLOSE4 = date(2044, 12, 5), date(2044, 12, 23)
ordered(OPEN4, DAY4, CLOSE4)
BEDS4, CATTIES4 = 120, 35
assert BEDS4 * CATTIES4 == 4200
ITEMS4 = [("菜心", "每斤", 12.00, 14.00), ("白菜仔", "每斤", 8.50, 8.50), ("西洋菜", "每斤", 16.00, 13.50),
          ("本地雞蛋", "每隻", 3.20, 3.00)]
VEG_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_farm_prices_page_yuen_long_vegetables_cantonese_report_caption_credit_running_head_midquote_indent_only_price_table_header_source_calendar_brief_poultry_vaccine_box_vet_column_two_ads",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "禾坳週報 2044-12-08 第5頁 漁農 (an invented Yuen Long district weekly, Hong Kong; the village 禾坳 and its "
    "farm invented), Big5-HKSCS (Cantonese `嘅 喺 咗 啲 嚟 冇`; in neither cp950 nor Big5), CRLF; **indent-only**, "
    "wrapped at 20. A harvest report on a vegetable farm's winter crop (kicker `本地農場`, a caption and its credit "
    f"inside a sentence, the farmer's 「」 words cut by the running head before `靚菜。」`; {BEDS4} × {CATTIES4} = "
    f"{BEDS4 * CATTIES4} 斤, asserted); then, after a blank line, the price table `批發菜價` (a header row, "
    "`資料來源：…`); the brief `耕種月曆` (weeks run in); a poultry vaccination notice between two rule lines; the "
    "column `獸醫話你知` signed by a vet; two ads `農友小廣告`.",
    "date": "2044-12-08", "page": "5",
    "head": ["禾坳週報", f"2044年12月8日　{weekday(DAY4)}　　第5頁　漁農"],
    "foot": ["禾坳週報　　讀者熱線：2476 3058"],
    "furniture": ["禾坳週報", "2044年12月8日", weekday(DAY4), "第5頁", "漁農", "禾坳週報．漁農", "禾坳週報", "讀者熱線：2476 3058"],
    "run": ["禾坳週報．漁農"], "labels": [], "markup": [ZH_RULE20] * 2,
}
VEG_PAGE["articles"] = [
    report(["本地農場", "天氣轉涼菜心靚　農場日收四千斤", "記者　溫嘉琪"], "天氣轉涼菜心靚　農場日收四千斤",
           ["記者　溫嘉琪", "溫嘉琪"], ["農夫喺田邊將菜心紮成一紮紮。"], ["（記者　溫嘉琪　攝）"],
           [f"入冬之後，元朗禾坳村嘅菜田開始豐收。彭家農場有{BEDS4}行菜心，每行一日收到大約{CATTIES4}斤，"
            f"一日合共收成{BEDS4 * CATTIES4}斤，朝早摘完就送去批發市場。",
            "啲菜心摘落嚟要即刻浸水，{cap}先至保得住爽脆。",
            "農場主人彭志強話：「夏天落雨多，啲菜好易爛；而家天氣涼，菜心生得快又甜。我哋做咗三代農夫，最緊要係"
            "{run}靚菜。」"], "本地農場"),
    prices("批發菜價", ["品種　單位　價錢　升跌"]
           + [f"{n}　{u}　{now:.2f}元　{change_zh(now, b)}" for n, u, now, b in ITEMS4] + ["資料來源：新界蔬菜批發合作社"]),
    brief("耕種月曆", [
        "第一週，可以播白蘿蔔、芥蘭，苗床要用網遮住，防止雀仔食種。",
        "第二週，菜心收成後即刻翻土，落有機肥，準備種生菜。",
        "第三週，寒流可能嚟到，記得預備膠布，夜晚冚住菜苗。",
    ]),
    boxed_notice(VEG_PAGE, ZH_RULE20, "雞場疫苗注射安排",
           ["內容：為本區持牌雞場嘅雞隻免費注射禽流感疫苗。", "對象：元朗區所有持牌雞場，冇牌照嘅養雞戶可以先查詢。",
            "登記地點：錦河路農業支援辦事處。", f"截止日期：{CLOSE4.month}月{CLOSE4.day}日（禮拜{WEEKDAYS_ZH[CLOSE4.weekday()]}）。"],
           "新界北農業支援辦事處", f"{OPEN4.year}年{OPEN4.month}月{OPEN4.day}日"),
    column("獸醫話你知", "冬天養雞要防風", [
        "天氣凍，雞隻容易打噴嚏、食少咗。雞舍要擋住北風，但係唔好封到密實，要留位通風。",
        "見到雞隻精神差、一齊死咗幾隻，唔好自己亂咁用藥，要即刻通知辦事處，等獸醫上門睇。",
    ], "新界北農業支援辦事處　獸醫　伍卓賢", ["伍卓賢"]),
    ads("農友小廣告", [
        "出售有機肥：自家堆肥，每包二十公斤，送貨到田。電話：9316 2084",
        "招租農地：禾坳村農地兩斗，有水源，適合種菜。電話：6042 7719",
    ]),
]


# 5. UTF-8 Malaysian daily (Cameron Highlands): a highland vegetable farm's cabbage harvest after the rains; the price
#    table glued under the report's last line; a farm-weather brief; a seed-distribution box; the agronomist's Q&A
#    column glued under the box's foot rule; three ads. Blank-line paragraphs.
DAY5 = date(2044, 3, 16)
OPEN5, CLOSE5 = date(2044, 3, 11), date(2044, 3, 31)
ordered(OPEN5, DAY5, CLOSE5)
ACRES5, TONNES5 = 14, 6
assert ACRES5 * TONNES5 == 84
ITEMS5 = [("包菜", "每公斤", 2.80, 3.40), ("番茄", "每公斤", 4.20, 3.90), ("青葱", "每公斤", 6.50, 6.50),
          ("草莓", "每盒", 12.00, 11.00)]
ZH_RULE21B = "═" * 21
CABBAGE_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_farm_prices_page_highland_cabbage_report_dateline_caption_credit_running_head_officer_midquote_glued_unit_line_price_table_header_source_weather_brief_seed_box_glued_qa_column_three_ads",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": "高原晨报 2044-03-16 第12版 农园 (an invented Malaysian Chinese daily; the co-operative and its farms invented; "
    "Cameron Highlands, Pahang, a setting), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A harvest "
    "report on highland cabbage after the rains (kicker `高原菜园`, `（金马仑讯）` at the start of paragraph 1, a "
    "caption and its credit inside a sentence, an extension officer's “” words cut by the running head before "
    f"`价格。”`; {ACRES5} × {TONNES5} = {ACRES5 * TONNES5} 公吨, asserted, in 令吉); then, **with no blank line under "
    "the report's last line**, the price table `今日菜价` (a unit line `单位：令吉` over its header row, `资料来源：…`); "
    "the brief `种植天气` (three spans run in); a seed-distribution notice between double rules; then, **with no "
    "blank line under the box's foot rule**, the Q&A column `农友信箱`, signed; three ads `分类广告`.",
    "date": "2044-03-16", "page": "12",
    "head": ["高原晨报", f"2044年3月16日　{weekday(DAY5)}　　第12版　农园"],
    "foot": ["高原晨报　　新闻热线：05-491 2736　　电邮：news@gaoyuan.example.my"],
    "furniture": ["高原晨报", "2044年3月16日", weekday(DAY5), "第12版", "农园", "高原晨报·农园", "高原晨报",
                  "新闻热线：05-491 2736", "电邮：news@gaoyuan.example.my"],
    "run": ["高原晨报·农园"], "labels": [], "markup": [ZH_RULE21B] * 2,
}
CABBAGE_PAGE["articles"] = [
    report(["高原菜园", "雨季过后包菜丰收　菜农盼价格回稳", "本报记者　谢佩珊"], "雨季过后包菜丰收　菜农盼价格回稳",
           ["本报记者　谢佩珊", "谢佩珊"], ["工人把包菜搬上罗厘。"], ["（本报摄影　黄子谦）"],
           [f"（金马仑讯）连续两个月的雨季结束后，高原上的包菜迎来丰收。岭峰菜农合作社的{ACRES5}英亩菜园，每英亩收成约"
            f"{TONNES5}公吨，合计{ACRES5 * TONNES5}公吨。",
            "清晨五点，菜园里已亮起头灯，{cap}一箱箱包菜赶在中午前运下山。",
            "农业推广官郑家豪说：“丰收是好事，但大家同时上市，菜价就掉。合作社正在和超市谈长期合约，让菜农有个稳定的"
            "{run}价格。”"], "高原菜园"),
    prices("今日菜价", ["单位：令吉", "品名　单位　价格　涨跌"] + zh_rows(ITEMS5) + ["资料来源：金马仑菜农公会"],
           glued=True),
    brief("种植天气", [
        "16日至18日，早晨有雾，午后多云，适合移植菜苗。",
        "19日至21日，傍晚可能有雷雨，坡地菜畦要开好排水沟。",
        "22日以后，天气转干，注意早晚浇水，防止小菜蛾。",
    ]),
    boxed_notice(CABBAGE_PAGE, ZH_RULE21B, "免费派发番茄种子",
           ["内容：抗病番茄种子，每户两包，附种植手册。", "对象：岭峰菜农合作社会员及本区小园主。",
            "地点：合作社办事处，上午9时至下午4时。", f"截止日期：{CLOSE5.month}月{CLOSE5.day}日（{zhou(CLOSE5)}）。"],
           "岭峰菜农合作社", f"{OPEN5.year}年{OPEN5.month}月{OPEN5.day}日"),
    column("农友信箱", "包菜裂球怎么办", [
        "问：我的包菜快收成时，很多颗裂开了，是什么原因？（丹那拉打　林先生）",
        "答：裂球多半是干湿不匀造成的。雨季后土壤水分忽多忽少，菜球长得太快就会裂。收成前一周少浇水，成熟了就及早采收。",
    ], "岭峰菜农合作社　农艺顾问　邱蔓宁", ["邱蔓宁"], glued=True),
    ads("分类广告", [
        "出售小型耕耘机：日本二手货，操作简单。请电：012-558 3041",
        "供应菜苗：包菜、芥兰、生菜苗，大量订购有优惠。请电：019-272 6630",
        "徵聘园工：菜园需园工两名，包住宿。请电：05-491 5582",
    ]),
]


# 6. UTF-16 LE city paper: a suburban greenhouse strawberry harvest; the price table glued under the report's last
#    line; a planting-calendar brief; a cattle vaccination box; the vet's column glued under the box's foot rule; two
#    ads. Indent-only.
DAY6 = date(2044, 1, 13)
OPEN6, CLOSE6 = date(2044, 1, 8), date(2044, 1, 25)
ordered(OPEN6, DAY6, CLOSE6)
SHEDS6, JIN6 = 36, 1500
assert SHEDS6 * JIN6 == 54000
ITEMS6 = [("草莓", "元/斤", 18.00, 22.00), ("西红柿", "元/斤", 4.50, 4.20), ("黄瓜", "元/斤", 3.80, 3.80),
          ("牛肉", "元/斤", 38.00, 37.50)]
BERRY_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_farm_prices_page_greenhouse_strawberry_report_caption_credit_running_head_midquote_indent_only_glued_price_table_no_header_source_calendar_brief_cattle_vaccine_box_glued_vet_column_two_ads",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "蓉洲日报 2044-01-13 第9版 城郊农事 (an invented city daily), UTF-16 LE with BOM, CRLF; **indent-only**, "
    "wrapped at 22. A harvest report on a suburban greenhouse strawberry park (kicker `大棚里的春天`, a caption and its "
    f"credit inside a sentence, the grower's “” words cut by the running head before `甜。”`; {SHEDS6} × {JIN6} = "
    f"{SHEDS6 * JIN6} 斤, asserted); then, **with no blank line under the report's last line**, the price table "
    "`菜篮子价格` (**no header row**, a source line); the brief `农事安排` (weeks run in); a cattle vaccination notice "
    "between two rule lines; then, **with no blank line under the box's foot rule**, the column `兽医门诊` signed by a "
    "vet; two ads `农资广告`.",
    "date": "2044-01-13", "page": "9",
    "head": ["蓉洲日报", f"2044年1月13日　{weekday(DAY6)}　　第9版　城郊农事　　编辑：晏　棠"],
    "foot": ["蓉洲日报社　　新闻热线：0571-8820536"],
    "furniture": ["蓉洲日报", "2044年1月13日", weekday(DAY6), "第9版", "城郊农事", "编辑：晏　棠", "蓉洲日报·城郊农事",
                  "蓉洲日报社", "新闻热线：0571-8820536"],
    "run": ["蓉洲日报·城郊农事"], "labels": [], "markup": ["─" * 22] * 2,
}
BERRY_PAGE["articles"] = [
    report(["大棚里的春天", "三十六个大棚草莓红了", "本报记者　邝　漪"], "三十六个大棚草莓红了",
           ["本报记者　邝　漪", "邝　漪", "邝漪"], ["游客在大棚里采摘草莓。"], ["（本报记者　邝　漪　摄）"],
           [f"寒冬时节，蓉洲市北郊的莓溪草莓园里却暖意融融。园区{SHEDS6}个大棚的草莓陆续成熟，每个大棚每周可采"
            f"{JIN6}斤，一周共采{SHEDS6 * JIN6}斤，除了供应超市，周末还接待市民采摘。",
            "大棚里温度保持在二十度上下，{cap}红透的草莓挂满了垄沟两侧。",
            "园区负责人詹立新说：“我们用熊蜂授粉，不用激素，果子长得慢一点，可是咬一口就知道，"
            "{run}甜。”"], "大棚里的春天"),
    prices("菜篮子价格", [f"{n}\u3000{u}\u3000{now:.2f}\u3000{change_zh(now, b)}" for n, u, now, b in ITEMS6]
           + ["数据来源：蓉洲市农副产品批发市场"], glued=True),
    brief("农事安排", [
        "本周，大棚白天注意放风降湿，夜间加盖保温被，防止草莓灰霉病。",
        "下周，越冬小麦追施返青肥，麦田清沟理墒，防止春季渍害。",
        "月底前，做好春耕备耕，检修农机，储备种子和化肥。",
    ]),
    boxed_notice(BERRY_PAGE, "─" * 22, "春季牛羊口蹄疫免疫通知",
           ["免疫对象：全市存栏的牛、羊，免费注射口蹄疫疫苗。", "参加范围：规模养殖场和散养户均须参加。",
            "接种方式：由各镇街动物防疫员上门接种，散养户可到村委会登记。",
            f"截止时间：{CLOSE6.month}月{CLOSE6.day}日（{zhou(CLOSE6)}）。"],
           "蓉洲市动物疫病预防控制中心", f"{OPEN6.year}年{OPEN6.month}月{OPEN6.day}日"),
    column("兽医门诊", "寒冬养牛防冷应激", [
        "气温骤降时，牛容易拉稀、掉膘。牛舍要挡风保暖，地面铺垫干草，饮水最好加温。",
        "接种疫苗后个别牛可能精神不振、吃草减少，一般一两天就能恢复；超过三天不见好转，请及时联系防疫员。",
    ], "蓉洲市动物疫病预防控制中心　兽医师　钟　岚", ["钟　岚", "钟岚"], glued=True),
    ads("农资广告", [
        "出售草莓苗：红颜、章姬脱毒苗，包成活。电话：135 7108 2264",
        "牛羊饲料直销：玉米秸秆青贮饲料，可送货上门。电话：0571-8837402",
    ]),
]


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings (holdout170's): the ` · ` joins of its head and foot and its two rules are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2}


def latin_rows(items):
    """Latin price rows: produce, unit, price, change (+/−, computed from last week's price)."""
    return [(n, u, str(now), change_latin(now, before)) for n, u, now, before in items]


# 7. Digo (Kwale, Kenya), Windows-1252, CRLF: a cashew co-operative's harvest; indent-only (four spaces), not glued;
#    a price table with a header and a source line; a farm-weather brief; a seed-distribution box; an extension
#    officer's column; two ads. Swahili furniture. Hyphenated.
DAY7 = date(2044, 10, 19)
OPEN7, CLOSE7 = date(2044, 10, 14), date(2044, 11, 4)
ordered(OPEN7, DAY7, CLOSE7)
TREES7, KILO7 = 640, 12
assert TREES7 * KILO7 == 7680
ITEMS7 = [("Korosho", "kilo", 165, 150), ("Madafu", "dafu", 40, 40), ("Mahindi", "gunia", 3400, 3600),
          ("Muhogo", "kilo", 45, 50)]
RULE7 = "=" * 40
DIGO_PAGE = latin_page(
    "dig_cp1252_crlf_digo_farm_prices_page_cashew_harvest_report_kicker_byline_dateline_caption_credit_running_head_farmer_midquote_indent_only_four_spaces_price_table_header_source_weather_brief_seed_box_officer_column_two_ads",
    "cp1252", "\r\n", 40, "    ", False,
    "Sauti ya Shamba 2044-10-19 Ukurasa 11 Kilimo na Masoko (an invented Kwale weekly, Kenya; Digo text, Swahili "
    "furniture), Windows-1252, CRLF; **indent-only with four spaces**, wrapped at 40, hyphenated. A harvest report on a "
    "cashew co-operative (kicker `Mavuno`, title over two lines, byline `Na Mwanajuma Bakari`, dateline `KINANGO –`, a "
    "caption and its credit inside a sentence, the farmer's “” words cut by the running head before `chakurya.”`; "
    f"{TREES7} × {KILO7} = {TREES7 * KILO7} kilo, asserted); then, after a blank line, the price table `Bei za soko` "
    "(a header row, changes computed, `Source: …`); the brief `Hali ya hewa` (three spans of days run in); a "
    "seed-distribution notice between `=` rules; the column `Ushauri wa kilimo` signed by an extension officer; two "
    "ads `Matangazo`.",
    DAY7, "11", [f"SAUTI YA SHAMBA · {swahili(DAY7)} · Ukurasa 11", "Kilimo na Masoko · Mhariri: Omari Chidzuga"],
    ["Sauti ya Shamba · habari@sautishamba.example.ke"],
    ["SAUTI YA SHAMBA", swahili(DAY7), "Ukurasa 11", "Kilimo na Masoko", "Mhariri: Omari Chidzuga",
     "Sauti ya Shamba · Kilimo na Masoko", "Sauti ya Shamba", "habari@sautishamba.example.ke"],
    "Sauti ya Shamba · Kilimo na Masoko", RULE7, 5)
DIGO_PAGE["articles"] = [
    report(["Mavuno", "Akurima a korosho a Mwaphaka", "anavuna zaidi mwaka uno", "Na Mwanajuma Bakari"],
           "Akurima a korosho a Mwaphaka anavuna zaidi mwaka uno", ["Na Mwanajuma Bakari", "Mwanajuma Bakari"],
           ["Mkurima anaokota korosho tsini ya mkorosho."], ["Picha: Hamisi Mwero"],
           [syl(f"KINANGO – Akurima a chama cha ushirika cha Mwaphaka anavuna korosho nyinji mwaka uno. Minazi na "
                f"mikorosho {TREES7} ya chama, kila mti unalavya kilo {KILO7}, jumla kilo {TREES7 * KILO7}."),
            syl("Ahoho na atumia anaokota korosho tsini ya mikorosho, {cap}kisha anazianika dzuani siku mbili."),
            syl("Mkurima Rehema Mwasaha anaamba: “Mwaka wosi uchiyapulika mafundisho ga afisa wa ugani, "
                "tukatsapira mikorosho na kuhenda dawa. Sambi korosho zinatupatsa pesa za ada ya ahoho na "
                "{run}chakurya.”")],
           "Mavuno"),
    prices("Bei za soko", aligned([("Zao", "Kipimo", "KSh", "+/-")] + latin_rows(ITEMS7))
           + ["Source: Soko la Kinango"]),
    brief("Hali ya hewa", [
        syl("Jumatano hadi Ijumaa – dzua kali, phepo ya kaskazi; anikani korosho na muhogo kabla ya mvula."),
        syl("Jumamosi na Jumapili – mawingu na mvula kidogo jioni; hifadhini korosho ndani."),
        syl("Wiki ijayo – mvula za vuli zinaanza; tayarisheni migunda kwa mbeyu za mahindi."),
    ]),
    boxed_notice(DIGO_PAGE, RULE7, "Mbeyu za mahindi bure",
           ["Nini: mbeyu za mahindi ga kuhimili ukame, kilo mbili kila mkurima.",
            "Nani: akurima osi a Kinango alioandikishwa kwenye chama.",
            "Phatu: ofisi ya chama cha Mwaphaka, saa mbili hadi saa kumi.",
            f"Mwisho: {swahili(CLOSE7)}."],
           "Ofisi ya Kilimo Kinango", f"Kinango, {OPEN7.day} Oktoba {OPEN7.year}"),
    column("Ushauri wa kilimo", "Korosho njema inaanza na mti safi", [
        syl("Baada ya kuvuna, tsapirani mikorosho na kutsoa matawi makavu. Mti safi unalavya maruwa manji mwaka "
            "ujao."),
        syl("Anikani korosho dzuani hadi zikauke kabisa; korosho ziredzo na madzi zinaoza na bei inashuka."),
    ], "Bakari Mwachiti, Afisa wa Ugani, Kinango", ["Bakari Mwachiti"]),
    ads("Matangazo", [
        "Mbuzi anauzwa: mbuzi a kienyeji atatu, akona afya. Piga 0722 418 305",
        "Jembe la ng'ombe: jembe jipya na gari la ng'ombe vinauzwa. Piga 0733 206 914",
    ]),
]


# 8. Embu (Runyenjes, Kenya), UTF-8 with BOM (`ĩ ũ`, `“ ” – ·`), CRLF: a coffee co-operative's harvest; the price
#    table glued under the report's last line; a planting-calendar brief; a coffee-seedling box; the agronomist's
#    Q&A column glued under the box's foot rule; three ads. Blank-line paragraphs, hyphenated. English furniture.
DAY8 = date(2044, 11, 17)
OPEN8, CLOSE8 = date(2044, 11, 11), date(2044, 12, 2)
ordered(OPEN8, DAY8, CLOSE8)
MEMBERS8, KG8 = 420, 310
assert MEMBERS8 * KG8 == 130200
ITEMS8 = [("Kahũa (cherry)", "kg", 92, 85), ("Macani (tea)", "kg", 24, 24), ("Marigũ", "bunch", 350, 400),
          ("Mbembe", "90 kg", 3900, 3700)]
RULE8 = "=" * 38
EMBU_PAGE = latin_page(
    "ebu_utf8_bom_crlf_embu_farm_prices_page_coffee_harvest_report_kicker_byline_dateline_caption_credit_running_head_farmer_midquote_glued_unit_line_price_table_header_source_calendar_brief_seedling_box_glued_qa_column_three_ads",
    "utf-8", "\r\n", 38, "", True,
    "Mũgũnda Weekly 2044-11-17 Page 9 Farming & Markets (an invented Embu county weekly, Kenya; Embu text, English "
    "furniture), UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 38, hyphenated. A harvest report on a coffee "
    "co-operative (kicker `Magetha`, title over two lines, byline `Kĩandĩkĩtwe nĩ Wanjira Njeru`, dateline "
    "`RUNYENJES –`, a caption and its credit inside a sentence, the farmer's “” words cut by the running head before "
    f"`mũgũnda.”`; {MEMBERS8} × {KG8} = {MEMBERS8 * KG8} kg, asserted); then, **with no blank line under the report's "
    "last line**, the price table `Thogo wa irio` (a unit line `Prices in KSh` over its header row, changes "
    "computed, `Source: …`); the brief `Kalenda ya ũrĩmi` (weeks run in); a seedling notice between `=` rules; "
    "then, **with no blank line under the box's foot rule**, the Q&A column `Ũtaaro wa ũrĩmi`, signed; three ads "
    "`Classifieds`.",
    DAY8, "9", [f"MŨGŨNDA WEEKLY · {english(DAY8)} · Page 9", "Farming & Markets · Editor: Peter Mugo Ireri"],
    ["Mũgũnda Weekly · desk@mugunda.example.ke"],
    ["MŨGŨNDA WEEKLY", english(DAY8), "Page 9", "Farming & Markets", "Editor: Peter Mugo Ireri",
     "Mũgũnda Weekly · Farming & Markets", "Mũgũnda Weekly", "desk@mugunda.example.ke"],
    "Mũgũnda Weekly · Farming & Markets", RULE8, 5, bom=True)
EMBU_PAGE["articles"] = [
    report(["Magetha", "Arĩmi a kahũa a Kithũmbũ", "nĩ magethete mũno mwaka ũyũ", "Kĩandĩkĩtwe nĩ Wanjira Njeru"],
           "Arĩmi a kahũa a Kithũmbũ nĩ magethete mũno mwaka ũyũ",
           ["Kĩandĩkĩtwe nĩ Wanjira Njeru", "Wanjira Njeru"],
           ["Mũrĩmi aũmbũra kahũa mũtĩ-inĩ."], ["Photo: Nyaga Kariuki"],
           [syl(f"RUNYENJES – Arĩmi {MEMBERS8} a kĩama kĩa kahũa kĩa Kithũmbũ nĩ magethete kahũa kaingĩ mwaka ũyũ. "
                f"O mũrĩmi nĩ areeherete kilo {KG8} kũrĩa factory, kilo {MEMBERS8 * KG8} cionthe."),
            syl("Kahũa nĩ gagethagwa rũciinĩ, {cap}na gagatwarwa factory o mũthenya ũcio."),
            syl("Mũrĩmi Ciamati Nthiga oigire: “Twathikĩrĩria afisa wa ũrĩmi, tũkĩgiria mĩtĩ ĩyo na tũgĩtema "
                "honge ciũmũ. Rĩu kahũa nĩ kega, na nĩ tũrona mbeca ya kũthondeka {run}mũgũnda.”")],
           "Magetha"),
    prices("Thogo wa irio", ["Prices in KSh"] + aligned([("Irio", "Kipimo", "Thogo", "+/-")] + latin_rows(ITEMS8))
           + ["Source: Kithũmbũ Farmers' Co-operative"], glued=True),
    brief("Kalenda ya ũrĩmi", [
        syl("Kiumia kĩa mbere – gethani kahũa karĩa kaiũ, mũtige karĩa kerũ mũtĩ-inĩ."),
        syl("Kiumia kĩa kaĩri – ikĩrani mbolea mĩtĩ-inĩ ya kahũa mbura ĩtanathira."),
        syl("Kiumia kĩa gatatũ – handani mbembe na mboco mũgũnda-inĩ ũrĩa wathagĩrĩtio."),
    ]),
    boxed_notice(EMBU_PAGE, RULE8, "Mĩmera ya kahũa ya tũhũ",
           ["Nĩ kĩĩ: mĩmera ya kahũa ĩtangĩkĩrwa nĩ mũrimũ, mĩmera 50 o mũrĩmi.",
            "Nũũ: arĩmi a kĩama kĩa Kithũmbũ.", "Kũ: factory ya Kithũmbũ, Runyenjes.",
            f"Mũthia: {english(CLOSE8)}."],
           "Kithũmbũ Farmers' Co-operative", f"Runyenjes, {OPEN8.day} November {OPEN8.year}"),
    column("Ũtaaro wa ũrĩmi", "Kahũa karĩa kaiũ kaĩ", [
        syl("Kĩũria: Kahũa gakwa nĩ kagũaga gatanaiya. Ngũthondeka atĩa? (Mũrĩmi, Kyeni)"),
        syl("Macokio: Ũguo nĩ mũrimũ wa kahũa kana ngaragu ya maĩ. Giria mĩtĩ ĩyo na ũikĩre mbolea; ũmbũre "
            "kahũa karĩa kaiũ o kiumia."),
    ], "Lucy Wawira, Agronomist, Kithũmbũ", ["Lucy Wawira"], glued=True),
    ads("Classifieds", [
        "Ng’ombe ya iria: ng’ombe ya Friesian ĩrĩ na rũthiĩ, nĩ ĩrendio. Call 0711 592 304",
        "Pulper ya kahũa: pulper ya guoko, nĩ njega. Call 0724 801 637",
        "Mbembe cia kũhanda: mbembe cia hybrid, kilo 2. Call 0790 345 118",
    ]),
]


# 9. Agutaynen (Agutaya, Palawan, Philippines), Mac OS Roman, CR: a seaweed farmers' harvest; indent-only (three
#    spaces), not glued; a price table without a header, with a unit line and a source line; a farm-weather brief; a
#    planting-material box; a fisheries officer's column; two ads. English furniture. Hyphenated.
DAY9 = date(2044, 5, 12)
OPEN9, CLOSE9 = date(2044, 5, 6), date(2044, 5, 27)
ordered(OPEN9, DAY9, CLOSE9)
LINES9, KILO9 = 250, 18
assert LINES9 * KILO9 == 4500
ITEMS9 = [("Guso (dried)", "kilo", 68, 60), ("Kamoteng kahoy", "kilo", 22, 25), ("Mais", "kilo", 19, 19),
          ("Isda (galunggong)", "kilo", 140, 150)]
RULE9 = "-" * 39
AGUTAYNEN_PAGE = latin_page(
    "agn_macroman_cr_agutaynen_farm_prices_page_seaweed_report_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_unit_line_price_table_no_header_source_weather_brief_seedling_box_column_two_ads",
    "mac_roman", "\r", 39, "   ", False,
    "Huni Kalamian 2044-05-12 Page 6 Farming & Markets (an invented Palawan island weekly, Philippines; Agutaynen "
    "text, English furniture), **Mac OS Roman**, **CR**; **indent-only with three spaces**, wrapped at 39, hyphenated. "
    "A harvest report on seaweed farmers (kicker `Ani sa dagat`, title over two lines, byline `Ni Marites Abueva`, "
    "dateline `AGUTAYA –`, a caption and its credit inside a sentence, the farmer's “” words cut by the running head "
    f"before `eskuylaan.”`; {LINES9} × {KILO9} = {LINES9 * KILO9} kilo, asserted); then, after a blank line, the price "
    "table `Presyo sa merkado` (a unit line `Presyo sa piso`, **no header row**, `Source: …`); the brief `Panaon sa "
    "uma` (days run in); a planting-material notice between `-` rules; the column `Tambag sa mangunguma` signed by "
    "a fisheries officer; two ads `Anunsyo`.",
    DAY9, "6", [f"HUNI KALAMIAN · {english(DAY9)} · Page 6", "Farming & Markets · Editor: Romeo Dangan"],
    ["Huni Kalamian · news@hunikalamian.example.ph"],
    ["HUNI KALAMIAN", english(DAY9), "Page 6", "Farming & Markets", "Editor: Romeo Dangan",
     "Huni Kalamian · Farming & Markets", "Huni Kalamian", "news@hunikalamian.example.ph"],
    "Huni Kalamian · Farming & Markets", RULE9, 5)
AGUTAYNEN_PAGE["articles"] = [
    report(["Ani sa dagat", "Mangunguma sa guso sa Diit", "nakaani it mas madamo", "Ni Marites Abueva"], "Mangunguma sa guso sa Diit "
           "nakaani it mas madamo", ["Ni Marites Abueva", "Marites Abueva"],
           ["Mangunguma nagbubuat it guso sa baybay."], ["Photo: Jonel Pabualan"],
           [syl(f"AGUTAYA – Ang mga mangunguma it guso sa Barangay Diit nakaani it mas madamo ngayon nga bulan. "
                f"Sa {LINES9} ka linya it guso, ang kada linya nagtao it {KILO9} ka kilo, kabuuan {LINES9 * KILO9} "
                "ka kilo nga uga nga guso."),
            syl("Ang guso ginabulad sa baybay, {cap}kag pagkatapos it tatlo ka adlaw ginabaligya sa komprador."),
            syl("Si Nanay Lorna Tabangay, mangunguma, nagsiling: “Gamay lang ang unos ngayon nga panaon, gani "
                "bukon naguba ang amon mga linya. Ang kita namon sa guso, para sa amon mga anak nga nag-"
                "{run}eskuylaan.”")],
           "Ani sa dagat"),
    prices("Presyo sa merkado", ["Presyo sa piso"] + aligned(latin_rows(ITEMS9)) + ["Source: Agutaya Public Market"]),
    brief("Panaon sa uma", [
        syl("Huwebes pa Sabado – maaliwalas, mahinay ang hangin; maayo nga adlaw para magbulad it guso."),
        syl("Domingo pa Lunes – posible ang uran sa hapon; isilong ang guso nga ginabulad."),
        syl("Sunod nga semana – magsugod ang habagat; tan-awon ang mga linya kag tali sa dagat."),
    ]),
    boxed_notice(AGUTAYNEN_PAGE, RULE9, "Libre nga binhi it guso",
           ["Ano: binhi it guso, 50 ka kilo sa kada mangunguma.",
            "Sin-o: rehistrado nga mangunguma it guso sa Agutaya.",
            "Diin: Municipal Agriculture Office, Poblacion.", f"Tubtub: {english(CLOSE9)}."],
           "Municipal Agriculture Office", f"Agutaya, {OPEN9.day} May {OPEN9.year}"),
    column("Tambag sa mangunguma", "Limpyuhan ang linya kada semana", [
        syl("Ang lumot kag basura nga nagadikit sa linya nagapahinay sa pagtubo it guso. Limpyuhan kada semana kag "
            "ilisan ang naguba nga tali."),
        syl("Kon may puti nga mantsa ang guso, anihon dayon kag ihiwalay; basi magkalat ang sakit sa iba nga linya."),
    ], "Engr. Dante Sabandal, Fisheries Technician", ["Dante Sabandal"]),
    ads("Anunsyo", [
        "Baligya nga bangka: bangka nga may makina, maayo pa. Tawag sa 0917 530 2286",
        "Baligya nga tali: tali para sa guso, rolyo-rolyo. Tawag sa 0928 114 6703",
    ]),
]


# 10. Bontok (Bontoc, Mountain Province, Philippines), UTF-16 BE with BOM, LF: a terrace rice harvest; the price table
#     glued under the report's last line; a planting-calendar brief; a pig vaccination box; the agriculturist's
#     column glued under the box's foot rule; three ads. Blank-line paragraphs, hyphenated. English furniture.
DAY10 = date(2044, 6, 22)
OPEN10, CLOSE10 = date(2044, 6, 17), date(2044, 7, 8)
ordered(OPEN10, DAY10, CLOSE10)
BUNDLES10, FAMILIES10 = 36, 85
assert BUNDLES10 * FAMILIES10 == 3060
ITEMS10 = [("Tinawon rice", "kilo", 95, 90), ("Kamote", "kilo", 40, 45), ("Baboy (live)", "kilo", 210, 200),
           ("Coffee beans", "kilo", 380, 380)]
RULE10 = "=" * 40
BONTOK_PAGE = latin_page(
    "bnc_utf16be_bom_lf_bontok_farm_prices_page_terrace_rice_harvest_report_kicker_byline_dateline_caption_credit_running_head_elder_midquote_glued_price_table_header_source_calendar_brief_pig_vaccine_box_glued_signed_column_three_ads",
    "utf-16-be", "\n", 40, "", True,
    "Kordilyera Kabigatan 2044-06-22 Page 7 Farming (an invented Mountain Province weekly, Philippines; Bontok text, "
    "English furniture), UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 40, hyphenated. A harvest report "
    "on terrace rice (kicker `Ani ad Payew`, title over two lines, byline `Sinurat Ken: Grace Fanged`, dateline "
    "`BONTOC –`, a caption and its credit inside a sentence, an elder's “” words cut by the running head before "
    f"`payew.”`; {BUNDLES10} × {FAMILIES10} = {BUNDLES10 * FAMILIES10} bundles, asserted); then, **with no blank line "
    "under the report's last line**, the price table `Presyo ad tindaan` (a header row, changes computed, `Source: "
    "…`); the brief `Kalendaryo ad payew` (weeks run in); a pig vaccination notice between `=` rules; then, **with "
    "no blank line under the box's foot rule**, the column `Patigo ad Mangmangkokowa`, signed by an agriculturist; "
    "three ads `Classified`.",
    DAY10, "7", [f"KORDILYERA KABIGATAN · {english(DAY10)} · Page 7", "Farming · Editor: Joseph Likigan"],
    ["Kordilyera Kabigatan · desk@kabigatan.example.ph"],
    ["KORDILYERA KABIGATAN", english(DAY10), "Page 7", "Farming", "Editor: Joseph Likigan",
     "Kordilyera Kabigatan · Farming", "Kordilyera Kabigatan", "desk@kabigatan.example.ph"],
    "Kordilyera Kabigatan · Farming", RULE10, 5, bom=True)
BONTOK_PAGE["articles"] = [
    report(["Ani ad Payew", "Inani nan tinawon ad Fangorao,", "nasayaat nan ani ad tawen ay sa", "Sinurat Ken: Grace Fanged"],
           "Inani nan tinawon ad Fangorao, nasayaat nan ani ad tawen ay sa", ["Sinurat Ken: Grace Fanged",
                                                                              "Grace Fanged"],
           ["Nan finfinallasang ay man-ani ad payew."], ["Photo: Alfred Chalsen"],
           [syl(f"BONTOC – Nan {FAMILIES10} ay pamilya ad ili ay Fangorao, inanida nan tinawon ad payew. Nan esa ay "
                f"pamilya, naka-ani is {BUNDLES10} ay sinpoo, isunga {BUNDLES10 * FAMILIES10} ay sinpoo ad "
                "am-in."),
            syl("Nan finfinallasang ya nan lallalaki, man-ani ad payew, {cap}ya ipeyada nan pagey ad alang."),
            syl("Kinwanin Apo Pedro Fagyan: “Adi mafalin ay tay-anan tako nan tinawon; nan tinawon nan biag "
                "nan ili. Nan ungunga, masapul ay ammuwenda nan mangmangkokowa ad {run}payew.”")],
           "Ani ad Payew"),
    prices("Presyo ad tindaan", aligned([("Produkto", "Unit", "Peso", "+/-")] + latin_rows(ITEMS10))
           + ["Source: Bontoc Public Market"], glued=True),
    brief("Kalendaryo ad payew", [
        syl("Umuna ay semana – ipeyan nan pagey ad alang, ya tuyuen ad init."),
        syl("Maikadwa ay semana – dalosan nan payew ya tapayen nan kaangan ay nasolnit."),
        syl("Maikatlo ay semana – mamula is kamote ya fitsukol ad uma."),
    ]),
    boxed_notice(BONTOK_PAGE, RULE10, "Bakuna nan baboy",
           ["Ngag: libre ay bakuna kontra hog cholera ad am-in ay baboy.",
            "Sino: am-in ay mangmangkokowa ya managtaraken is baboy ad Bontoc.",
            "Sadino: Municipal Agriculture Office ya barangay hall.", f"Ingganat: {english(CLOSE10)}."],
           "Municipal Agriculture Office, Bontoc", f"Bontoc, {OPEN10.day} June {OPEN10.year}"),
    column("Patigo ad Mangmangkokowa", "Isaad nan pagey ad nalinis ay alang", [
        syl("Tuyuen nan pagey ad init is tulo ay algaw sakbay ay ipeyan ad alang. Nan pagey ay nadam-eg et "
            "matmatuk ya madadael."),
        syl("Ipusasaad nan alang ad nalinis ay lugar, ya adi ipaayan nan otot. Siputan nan alang is esa ay "
            "lingguwan."),
    ], "Rosalie Ngaya, Municipal Agriculturist", ["Rosalie Ngaya"], glued=True),
    ads("Classified", [
        syl("Baboy ay ilako: dua ay native ay baboy, nasalun-at. Tawagan 0919 472 5530"),
        syl("Makina ay ilako: hand tractor ay kasla baro. Tawagan 0935 208 1946"),
        syl("Binhi ay tinawon: binhi ay tinawon ay naidulin. Tawagan 0947 661 0382"),
    ]),
]

PAGES = [RICE_PAGE, ORANGE_PAGE, POMELO_PAGE, VEG_PAGE, CABBAGE_PAGE, BERRY_PAGE, DIGO_PAGE, EMBU_PAGE, AGUTAYNEN_PAGE,
         BONTOK_PAGE]
