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

import re
from datetime import date

from writtenpages import Lines, aligned, flush_right, solid, weekday

WEEKDAYS_ZH = "一二三四五六日"
EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SW = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
SW_MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
             "Novemba", "Desemba"]
VOWELS = "aeiouáéíóúäëöüĩũ"


def zhou(day):
    return "周" + WEEKDAYS_ZH[day.weekday()]


def zhou_t(day):
    return "週" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{EN[day.weekday()]}, {day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def swahili(day):
    return f"{SW[day.weekday()]}, {day.day} {SW_MONTHS[day.month - 1]} {day.year}"


def syl(text):
    """Mark a split point before every consonant that stands between two vowels in a word of seven letters or more,
    never leaving fewer than two letters on a side (holdout151's, as holdout170 copied it)."""

    def word(match):
        w = match.group(0)
        if len(w) < 7 or not w.isalpha():
            return w
        out = w[0]
        for i in range(1, len(w)):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if (w[i - 1].lower() in VOWELS and w[i].lower() not in VOWELS and nxt.lower() in VOWELS and i >= 2
                    and len(w) - i >= 3):
                out += "~"
            out += w[i]
        return out

    return re.sub(r"[^\W\d_]+", word, text)


def ordered(*days):
    assert list(days) == sorted(days) and len(set(days)) == len(days), days


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


def notice(page, rule, title, items, issuer, day_line):
    """A boxed notice between two rule lines (holdout157's, as 166's and 170's): its head the title, each labelled
    item one paragraph set solid, the issuing office (the byline; none accepted) and the date (a paragraph) flush
    right at its foot."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


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
    "name": "zh_gbk_crlf_county_farm_prices_page_early_rice_harvest_report_kicker_byline_caption_credit_running_head_farmer_midquote_glued_price_table_header_source_weather_brief_seed_box_glued_signed_agronomist_column_machinery_ads",
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
           [f"连日晴好，莘塘县禾埠镇穗丰种粮合作社的{MU1}亩早稻全部开镰。经测产，平均亩产{YIELD1}斤，总产约"
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
    notice(RICE_PAGE, ZH_RULE21, "晚稻良种免费发放",
           ["发放品种：晚籼稻“穗丰优8号”，每亩一公斤。", "申请对象：本县种粮大户、家庭农场和种粮合作社。",
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
    "name": "zh_gb18030_lf_town_farm_prices_page_hillside_orange_harvest_report_kicker_rare_char_byline_caption_credit_running_head_farmer_midquote_indent_only_unit_line_price_table_no_header_source_calendar_brief_weeks_subsidy_box_qa_column_signed_three_ads",
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
           [f"这几天，稷川县枫坳村的果园里一片金黄。果农邬春生家的{TREES2}棵脐橙树平均每棵摘果{KG2}公斤，总产"
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
    notice(ORANGE_PAGE, ZH_RULE21, "果园冬季防冻补贴申报",
           ["补贴内容：购买防冻薄膜、树干涂白剂，按实际费用补助一半。", "申报对象：本县种植柑橘十亩以上的农户和合作社。",
            "申报地点：各乡镇农业服务中心。", f"截止时间：{CLOSE2.month}月{CLOSE2.day}日（{zhou(CLOSE2)}）。"],
           "稷川县农业农村局", f"{OPEN2.year}年{OPEN2.month}月{OPEN2.day}日"),
    column("果农问答", "采后树势弱怎么办", [
        "问：我家的橙子今年结得多，摘完果后叶子发黄，是不是缺肥？（枫坳村　邬先生）",
        "答：结果多的树采后容易脱力。建议先浅施一次速效氮肥，半个月后再施有机肥，叶面可以喷两次磷酸二氢钾。",
    ], "稷川县果业站　农艺师　骆　沅", ["骆　沅", "骆沅"]),
    ads("供求信息", [
        "收购脐橙：常年收购一级、二级果，现款结算。电话：139 7972 6604",
        "出售柑橘苗：嫁接苗、容器苗均有，品种纯正。电话：0797-6618342",
        "出租冷库：镇郊冷库二百立方米，可整租。电话：0797-6625019",
    ]),
]
PAGES = [RICE_PAGE, ORANGE_PAGE]
