"""The text of every holdout176 page, written once: make_holdout176_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-175 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here the column's foot signature,
its byline); `("more", line)` a printed line with no blank line before it (the box's closing rule); `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end (`syl()`, holdout151's rules); `"runin"` runs a brief's bold head into its first line (holdout161's);
`Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's labelled item set solid, and the
notice's foot, the issuer and the date each set flush right.
Every page is a motoring page: a road test or new-model report (kicker, title, byline, a dateline opening its first
paragraph, a driver's words cut by the running head, a photo caption with its credit inside a sentence), a
fuel-price or used-car-price table under its label (a unit line over it on some pages, a source line under it on
others), a boxed recall or licence notice between two rule lines (what, which models or applicants, what to do; the
issuing office and date flush right at its foot), a mechanic's or driving instructor's column signed at its foot,
and three motoring briefs run in on bold heads. Weekdays, price changes and sums are computed and asserted. All
papers, dealers, models, garages, schools, offices, people, prices and events are invented; real places are settings
only.
"""

from datetime import date, timedelta
from functools import partial

from writtenpages import (
    aligned,
    boxed_notice,
    english,
    indonesian,
    ordered,
    runin_briefs,
    syllables,
    weekday,
    zhou,
    zhou_t,
)

VOWELS = "aeiouáéíóúäëöü"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker):
    """The road test or new-model report: kicker, title, byline (as printed, then the name), caption and credit;
    the dateline stays at the head of the first paragraph (holdout175's)."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def table(label, rows, glued=False):
    """A fuel-price or used-car-price table under its label: the label is the title, one paragraph per printed row
    (the unit line over the rows, the header row and the source line under them included; holdout171's)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def column(label, title, body, signature, names, glued=False):
    """A mechanic's or instructor's column or reader Q&A (holdout175's Q&A): the label its kicker (section
    accepted), the head its title, the foot signature its byline as printed (the name alone accepted)."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def articles(page, rep, tab, box, col, short, runin, glued):
    """A page's seven articles: the report, the table (glued under the report's last line if `glued`), the notice,
    the column (glued under the box's foot rule if `glued`) and three briefs."""
    return [report(*rep), table(*tab, glued=glued), boxed_notice(page, *box), column(*col, glued=glued),
            *runin_briefs(short[0], short[1], runin)]


def zh_page(name, encoding, not_in, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule):
    return {"name": name, "encoding": encoding, "not_in": not_in, "newline": newline, "script": "zh", "width": width,
            "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [], "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, dash, bom=False):
    """A Latin page's settings: the joins of its head and foot, its two rules and the three briefs' run-in dashes
    are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [dash] * 3}


def change_zh(now, before):
    """A price change as printed on a Chinese table: ↑ or ↓ and the difference, `持平` when none."""
    diff = round(now - before, 2)
    return "持平" if diff == 0 else ("↑" if diff > 0 else "↓") + f"{abs(diff):.2f}"


def zh_rows(items):
    return [f"{name}\u3000{now:.2f}\u3000{change_zh(now, before)}" for name, now, before in items]


def latin_rows(header, items):
    """Latin price rows aligned by spaces (holdout98's `aligned`): whole numbers print whole, a change signed."""
    def num(x):
        return f"{x:d}" if isinstance(x, int) else f"{x:.2f}"

    def change(now, before):
        diff = round(now - before, 2)
        return "0" if diff == 0 else ("+" if diff > 0 else "-") + num(abs(diff))
    return aligned([header] + [(name, num(now), change(now, before)) for name, now, before in items])


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper, CRLF, blank-line: a road test of a small electric hatchback; the fuel-price table glued
#    under the report's last line (header row, source line); a recall box; the mechanic's column glued under the
#    box's foot rule; three briefs.
DAY1 = date(2045, 3, 17)
SIGN1 = DAY1 - timedelta(days=3)
ordered(SIGN1, DAY1)
KM1, KWH1 = 412, 58
assert round(KWH1 / KM1 * 100, 1) == 14.1
FUEL1 = [("92号汽油", 7.86, 7.71), ("95号汽油", 8.37, 8.22), ("0号柴油", 7.52, 7.52)]
PAGE1 = zh_page(
    "zh_gbk_crlf_city_motoring_page_electric_hatchback_road_test_kicker_byline_dateline_caption_credit_running_head_driver_midquote_glued_fuel_price_table_header_source_recall_box_glued_mechanic_column_runin_briefs",
    "gbk", [], "\r\n", 21, True,
    "沅湄晚报 2045-03-17 第9版 汽车周刊 (an invented city evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    "21. A road test of a small electric hatchback (kicker `新车试驾`, title with a full-width gap, byline line, the "
    "dateline `本报讯` opening the first paragraph, a caption and its credit inside a sentence, a test driver's “” "
    f"words cut by the running head before `不心慌。”`; {KWH1} kWh over {KM1} km = 14.1 kWh/100 km, asserted); then, "
    "**with no blank line under the report's last line**, the fuel-price table `本周油价` (header row, three rows, "
    "changes computed, a source line); a recall notice between two rule lines; then, **with no blank line under the "
    "box's foot rule**, the mechanic's column `修车师傅说` signed at its foot; three briefs `车坛短讯` run in.",
    DAY1, "9", ["沅湄晚报", f"2045年3月17日　{weekday(DAY1)}　　第9版　汽车周刊　　编辑：郁　桐"],
    ["沅湄晚报社　　新闻热线：0736-7512840"],
    ["沅湄晚报", "2045年3月17日", weekday(DAY1), "第9版", "汽车周刊", "编辑：郁　桐", "沅湄晚报·汽车周刊", "沅湄晚报社",
     "新闻热线：0736-7512840"], "沅湄晚报·汽车周刊", ZH_RULE21)
PAGE1["articles"] = articles(
    PAGE1,
    (["新车试驾", "小个子跑长路　一箱电走了四百多公里", "本报记者　柯　沄"], "小个子跑长路　一箱电走了四百多公里",
     ["本报记者　柯　沄", "柯　沄", "柯沄"], ["试驾车在环湖公路上行驶。"], ["（本报记者　柯　沄　摄）"],
     [f"本报讯　上周末，本报记者驾驶沅丰汽车新出的“青雀”小型电动车，从市区出发绕湖一周，全程{KM1}公里，"
      f"仪表显示用电{KWH1}度，折合百公里耗电约14.1度。",
      "车子不大，后排坐两个成年人稍显局促，{cap}但过弯稳，刹车也跟脚。",
      "同行的试驾员龚海平说：“以前开小电车最怕跑远路，这回电量还剩一成多，开到最后心里也{run}不心慌。”"],
     "新车试驾"),
    ("本周油价", ["品名　价格（元/升）　涨跌"] + zh_rows(FUEL1) + ["数据来源：市发展和改革委员会价格监测中心"]),
    (ZH_RULE21, "召回公告",
     ["召回车型：2044年6月至10月生产的“青雀”电动车，共1836辆。", "召回原因：部分车辆后门儿童锁装配不到位，可能失效。",
      "处理办法：车主可到各授权服务站免费检修，预计用时半小时。"], "沅丰汽车有限公司",
     f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    ("修车师傅说", "开春换季　先看轮胎和雨刮",
     ["一个冬天下来，轮胎气压容易偏低。开春后第一件事，是把四个轮胎连同备胎的气压都量一遍。",
      "雨刮片用久了会发硬，刮不干净就要换，不贵，十来分钟就能换好。"],
     "湘岸汽修厂　技师　詹国良", ["詹国良"]),
    ("车坛短讯", [("洗车店开业", "北站附近新开一家自助洗车店，全天营业，投币即可使用。"),
                 ("夜间停车新规", "4月1日起，老城区六条街道晚上十时至次日七时允许路边临时停车。"),
                 ("环湖拉力赛", f"第三届环湖汽车拉力赛定于5月6日（{zhou(date(2045, 5, 6))}）发车。")]),
    "　", True)


# 2. GB18030 county daily, LF, indent-only: a new pickup truck shown at a county dealer; a used-car-price table with a
#    unit line over it (no source); a licence box (driving-test places); an instructor's column; three briefs.
RARE2 = "\u3a8c"  # 㪌, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 5, 26)
SIGN2 = DAY2 - timedelta(days=5)
ordered(SIGN2, DAY2)
ORDERS2, DELIVERED2 = 64, 41
assert ORDERS2 - DELIVERED2 == 23
USED2 = [("五年车龄轿车", 4.60, 4.85), ("三年车龄SUV", 9.20, 9.20), ("七年车龄面包车", 2.35, 2.50)]
PAGE2 = zh_page(
    "zh_gb18030_lf_county_motoring_page_new_pickup_truck_report_rare_char_byline_dateline_caption_credit_running_head_farmer_midquote_indent_only_unit_line_used_car_table_no_header_licence_box_instructor_column_runin_briefs",
    "gb18030", ["gbk"], "\n", 21, False,
    f"嵩溪日报 2045-05-26 第6版 车市 (an invented county daily; `{RARE2}` U+3A8C, CJK Extension A, in the reporter's "
    f"name `甘　{RARE2}`, in GB18030, not in GBK), LF; **indent-only**, wrapped at 21. A new-model report on a pickup "
    "truck at a county dealer (kicker `新车到店`, byline, the dateline `本报讯` opening the first paragraph, a caption "
    f"and credit inside a sentence, a farmer's “” words cut by the running head before `拉得动。”`; {ORDERS2} − "
    f"{DELIVERED2} = 23 trucks, asserted); after a blank line the used-car table `二手车行情` (a unit line `单位：万元` "
    "over it, **no header row, no source**); a licence notice between two rule lines; the instructor's column "
    "`驾校课堂`; three briefs `车事速递` run in.",
    DAY2, "6", ["嵩溪日报", f"2045年5月26日　{weekday(DAY2)}　　第6版　车市"],
    ["嵩溪日报社　　地址：嵩溪县南关街18号　　邮编：472351"],
    ["嵩溪日报", "2045年5月26日", weekday(DAY2), "第6版", "车市", "嵩溪日报·车市", "嵩溪日报社", "地址：嵩溪县南关街18号",
     "邮编：472351"], "嵩溪日报·车市", ZH_RULE21)
PAGE2["articles"] = articles(
    PAGE2,
    (["新车到店", "新款皮卡进了县城　一个月订出六十多辆", f"本报记者　甘　{RARE2}"], "新款皮卡进了县城　一个月订出六十多辆",
     [f"本报记者　甘　{RARE2}", f"甘　{RARE2}", f"甘{RARE2}"], ["顾客在展厅里查看新款皮卡。"], [f"（本报记者　甘　{RARE2}　摄）"],
     [f"本报讯　“耕野”新款皮卡上月进入嵩溪县恒达车行，一个月订出{ORDERS2}辆，已交车{DELIVERED2}辆，"
      "还有23辆在等车。",
      "来看车的多是种果树、跑运输的农户，{cap}不少人拉开后斗比量尺寸。",
      "城郊果农晏长顺说：“后斗够长，装得下两百箱苹果，山路上坡也{run}拉得动。”"],
     "新车到店"),
    ("二手车行情", ["单位：万元"] + zh_rows(USED2)),
    (ZH_RULE21, "驾驶人考试预约公告",
     ["考试科目：小型汽车科目二、科目三。", "预约对象：已完成培训学时的本县学员。", "预约办法：通过交管服务平台网上预约，"
      "每人每次限约一个科目。"], "嵩溪县公安局交通警察大队", f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    ("驾校课堂", "坡道起步　别急着松离合",
     ["不少学员在坡道上熄火，毛病多出在离合松得太快。车身轻轻一抖，就该稳住离合，再慢慢加油。",
      "手刹要等车有了往前的劲儿再放，这样车不会往后溜。"],
     "嵩溪县安达驾校　教练　祁　峻", ["祁　峻", "祁峻"]),
    ("车事速递", [("洗车点搬家", "县客运站旁的洗车点搬到南关街加油站后院，价格不变。"),
                 ("集镇停车", "逢集日，镇中心街禁止停放货车，货车请停到镇北临时停车场。"),
                 ("越野车赛", f"全县越野车邀请赛6月15日（{zhou(date(2045, 6, 15))}）在河滩赛场举行。")]),
    "　", False)


# 3. Big5 Taiwan county daily (Yilan), CR, blank-line, glued: a scooter-maker's new electric scooter; the fuel-price
#    table glued under the report (header, no source); a recall box; the mechanic's Q&A glued under the box; briefs.
DAY3 = date(2045, 9, 14)
SIGN3 = DAY3 - timedelta(days=4)
ordered(SIGN3, DAY3)
assert DAY3.year - 1911 == 134
FUEL3 = [("92無鉛汽油", 29.80, 29.50), ("95無鉛汽油", 31.30, 31.00), ("超級柴油", 27.60, 27.60)]
PAGE3 = zh_page(
    "zht_big5_cr_taiwan_motoring_page_electric_scooter_new_model_report_kicker_byline_dateline_caption_credit_running_head_rider_midquote_glued_fuel_price_table_header_recall_box_glued_mechanic_qa_runin_briefs",
    "big5", [], "\r", 20, True,
    "蘭陽日報 2045-09-14 (`中華民國134年9月14日`) B4 汽車機車 (an invented county daily, Yilan), Big5, CR; blank-line, "
    "wrapped at 20. A new-model report on an electric scooter (kicker `新車發表`, byline, the dateline `〔記者…／宜蘭報導〕` "
    "opening the first paragraph, a caption and credit inside a sentence, a rider's 「」 words cut by the running head "
    "before `不用怕。」`); **glued** the fuel-price table `本週油價` (header row, changes computed, no source); a recall "
    "notice between two rule lines; **glued** the mechanic's Q&A `車主信箱`; three briefs `車壇快訊` run in.",
    DAY3, "B4", [f"蘭陽日報　中華民國134年9月14日　{weekday(DAY3)}", "B4　汽車機車　　主編：翁嘉穗"],
    ["蘭陽日報社　新聞專線：03-9351276"],
    ["蘭陽日報", "中華民國134年9月14日", weekday(DAY3), "B4", "汽車機車", "主編：翁嘉穗", "蘭陽日報．汽車機車",
     "蘭陽日報社", "新聞專線：03-9351276"], "蘭陽日報．汽車機車", ZH_RULE20)
PAGE3["articles"] = articles(
    PAGE3,
    (["新車發表", "電動機車續航拉長　爬坡不再喘", "記者游昀琪"], "電動機車續航拉長　爬坡不再喘", ["記者游昀琪", "游昀琪"],
     ["新車在羅東試乘會上亮相。"], ["記者游昀琪／攝影"],
     ["〔記者游昀琪／宜蘭報導〕本地車廠蘭翔動力昨天在羅東發表新款電動機車，一次充飽可跑一百二十公里，比舊款多出三成。",
      "試乘會吸引不少通勤族，{cap}現場還有技師示範換電池。",
      "在礁溪上班的騎士簡志遠說：「以前騎到山上電就不夠，現在上坡有力，天黑回家也{run}不用怕。」"],
     "新車發表"),
    ("本週油價", ["品名　每公升（元）　漲跌"] + zh_rows(FUEL3)),
    (ZH_RULE20, "召回公告",
     ["召回車型：2044年出廠之「蘭翔S5」電動機車，共2140輛。", "召回原因：部分車輛側柱開關接觸不良，起步時可能熄火。",
      "處理方式：請車主攜帶行照至各地服務站免費更換，約需二十分鐘。"], "蘭翔動力股份有限公司", f"{SIGN3.year}年{SIGN3.month}月{SIGN3.day}日"),
    ("車主信箱", "機車電瓶多久該換？",
     ["問：我的機車騎了三年，最近早上發動比較吃力，是不是電瓶該換了？",
      "答：電瓶一般用兩到三年。發動吃力、大燈變暗，就該到車行量一下電壓，不要等到完全發不動。"],
     "羅東順安機車行　技師　藍世雄", ["藍世雄"]),
    ("車壇快訊", [("洗車場開幕", "宜蘭市新開一家自助洗車場，每天早上六點營業到晚上十一點。"),
                 ("停車新制", "羅東夜市周邊路段下月起改為按時計費，每小時二十元。"),
                 ("越野賽報名", f"蘭陽越野車賽10月8日（{zhou_t(date(2045, 10, 8))}）截止報名。")]),
    "　", True)


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only: a road test of a seven-seat taxi; a
#    used-car-price table (unit line, source line); a licence box; an instructor's column; three briefs.
DAY4 = date(2045, 6, 23)
SIGN4 = DAY4 - timedelta(days=2)
ordered(SIGN4, DAY4)
SEATS4, CARS4 = 7, 30
assert SEATS4 * CARS4 == 210
USED4 = [("五年日本房車", 8.80, 9.20), ("三年七人車", 18.50, 18.50), ("十年貨Van", 4.20, 4.00)]
PAGE4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_motoring_page_seven_seat_taxi_road_test_cantonese_kicker_byline_dateline_caption_credit_running_head_driver_midquote_indent_only_unit_line_used_car_table_source_licence_box_instructor_column_runin_briefs",
    "big5hkscs", ["cp950", "big5"], "\r\n", 20, False,
    "荃灣街報 2045-06-23 第8頁 汽車 (an invented Hong Kong district weekly), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇`; in neither "
    "cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20. A road test of a seven-seat taxi (kicker "
    "`試車報告`, byline, the dateline `【本報訊】` opening the first paragraph, a caption and credit inside a sentence, a "
    f"driver's 「」 words cut by the running head before `唔使等。」`; {SEATS4} × {CARS4} = 210 seats, asserted); the "
    "used-car table `二手車價` (a unit line over it, a source line under it); a licence notice between two rule lines; "
    "the instructor's column `學車貼士`; three briefs `車壇消息` run in.",
    DAY4, "8", ["荃灣街報", f"2045年6月23日　{weekday(DAY4)}　　第8頁　汽車"], ["荃灣街報　　讀者熱線：2418 6057"],
    ["荃灣街報", "2045年6月23日", weekday(DAY4), "第8頁", "汽車", "荃灣街報．汽車", "荃灣街報", "讀者熱線：2418 6057"],
    "荃灣街報．汽車", ZH_RULE20)
PAGE4["articles"] = articles(
    PAGE4,
    (["試車報告", "七座的士試行　一家大細坐得落", "記者：鄺曉澄"], "七座的士試行　一家大細坐得落", ["記者：鄺曉澄", "鄺曉澄"],
     ["七座的士喺荃灣站等客。"], ["（攝影：莫家駿）"],
     [f"【本報訊】首批{CARS4}架七座的士上個禮拜喺荃灣開始試行，每架坐得{SEATS4}個人，合共{SEATS4 * CARS4}個座位。",
      "記者試坐咗一轉，{cap}後座夠位放兩個行李箱。",
      "揸咗廿年的士嘅祁師傅話：「以前成家人要分兩架車，而家一架就得，啲客都{run}唔使等。」"],
     "試車報告"),
    ("二手車價", ["單位：萬港元"] + zh_rows(USED4) + ["資料來源：荃灣二手車商會"]),
    (ZH_RULE20, "的士司機證申請須知",
     ["申請資格：持有私家車駕駛執照滿三年。", "申請方法：填妥表格，連同相片交到運輸署牌照事務處。",
      "注意事項：考試合格後，須於六個月內領取司機證。"], "荃灣的士商會", f"{SIGN4.year}年{SIGN4.month}月{SIGN4.day}日"),
    ("學車貼士", "泊車入位　睇實後鏡",
     ["好多學生泊車嗰陣淨係望住後面，冇睇兩邊倒後鏡，好易擦到隔籬架車。",
      "慢慢嚟，方向盤打夠先退，一次唔得就再嚟過。"], "荃灣安捷駕駛學校　導師　伍志恒", ["伍志恒"]),
    ("車壇消息", [("洗車場開張", "楊屋道新開咗間洗車場，朝早八點開到夜晚十點。"),
                 ("咪錶新安排", "荃灣街市附近啲咪錶下個月起改為收費至夜晚十點。"),
                 ("古董車巡遊", f"古董車巡遊定喺7月16日（{zhou_t(date(2045, 7, 16))}）舉行。")]),
    "　", False)


# 5. UTF-8 (no BOM) Singapore daily, LF, blank-line, glued: a road test of a hybrid family car; the fuel-price
#    table glued under the report (unit line, source line); a recall box; the instructor's column glued; briefs.
DAY5 = date(2045, 8, 18)
SIGN5 = DAY5 - timedelta(days=6)
ordered(SIGN5, DAY5)
LITRES5, KM5 = 32, 800
assert KM5 // LITRES5 == 25
FUEL5 = [("92号汽油", 2.71, 2.74), ("95号汽油", 2.76, 2.79), ("柴油", 2.58, 2.58)]
PAGE5 = zh_page(
    "zh_utf8_nobom_lf_singapore_motoring_page_hybrid_family_car_road_test_kicker_byline_dateline_caption_credit_running_head_driver_midquote_glued_unit_line_fuel_price_table_source_recall_box_glued_instructor_column_runin_briefs",
    "utf-8", [], "\n", 21, True,
    "星洲早讯 2045-08-18 第12版 汽车 (an invented Singapore daily; `新元`, `拥车证`), UTF-8 without BOM, LF; blank-line, "
    "wrapped at 21. A road test of a hybrid family car (kicker `试车手记`, byline, the dateline `（新加坡讯）` opening the "
    "first paragraph, a caption and credit inside a sentence, a driver's “” words cut by the running head before "
    f"`省了不少。”`; {KM5} km / {LITRES5} l = 25 km/l, asserted); **glued** the fuel-price table `本周油价` (a unit line, "
    "a source line); a recall notice; **glued** the instructor's column `驾驶学堂`; three briefs `车坛简讯` run in.",
    DAY5, "12", ["星洲早讯", f"2045年8月18日　{weekday(DAY5)}　　第12版　汽车"], ["星洲早讯　　读者热线：6318 2750"],
    ["星洲早讯", "2045年8月18日", weekday(DAY5), "第12版", "汽车", "星洲早讯·汽车", "星洲早讯", "读者热线：6318 2750"],
    "星洲早讯·汽车", ZH_RULE21)
PAGE5["articles"] = articles(
    PAGE5,
    (["试车手记", "油电混合家用车　一箱油跑八百公里", "文／骆嘉祺"], "油电混合家用车　一箱油跑八百公里", ["文／骆嘉祺", "骆嘉祺"],
     ["试驾车停在东海岸公园停车场。"], ["（摄影：谢伟麟）"],
     [f"（新加坡讯）记者试驾了丰岛车行新到的“海燕”油电混合车，一箱{LITRES5}公升的油，在市区和快速公路上跑了"
      f"{KM5}公里。",
      "车内安静，{cap}后座中间的地台几乎是平的。",
      "开了十五年德士的试驾员曾国辉说：“市区走走停停，电机帮了大忙，一个月油钱{run}省了不少。”"],
     "试车手记"),
    ("本周油价", ["单位：新元/公升"] + zh_rows(FUEL5) + ["资料来源：各油站公布价格"]),
    (ZH_RULE21, "召回通告",
     ["召回车型：2044年出厂的“海燕”油电混合车，共612辆。", "召回原因：部分车辆的倒车影像可能延迟显示。",
      "处理办法：车主可预约到丰岛车行服务中心免费更新软件。"], "丰岛车行私人有限公司", f"{SIGN5.year}年{SIGN5.month}月{SIGN5.day}日"),
    ("驾驶学堂", "雨天行车　车距拉长一倍",
     ["下雨时路面湿滑，刹车距离会变长。平时跟前车保持两秒距离，雨天最好拉长到四秒。",
      "大雨看不清路时，打开车灯，必要时找安全地方停车，等雨小了再走。"], "狮城驾驶学院　教练　潘振发", ["潘振发"]),
    ("车坛简讯", [("洗车中心开张", "宏茂桥新开一家洗车中心，开张首周洗车八折。"),
                 ("组屋停车新规", "下月起，部分组屋停车场夜间停车费改为按分钟计算。"),
                 ("慈善车队", f"古董车慈善车队9月7日（{zhou(date(2045, 9, 7))}）从滨海湾出发。")]),
    "　", True)


# 6. UTF-16 LE (BOM) city daily, CRLF, indent-only, not glued: a new small van shown at an auto show; a used-car
#    table with a header row and a source line; a licence box (a new-energy plate); a mechanic's Q&A; three briefs.
DAY6 = date(2045, 11, 24)
SIGN6 = DAY6 - timedelta(days=4)
ordered(SIGN6, DAY6)
DEALERS6, MODELS6 = 46, 230
assert DEALERS6 * 5 == MODELS6
USED6 = [("小型轿车（5年）", 3.80, 4.00), ("紧凑型SUV（3年）", 8.60, 8.40), ("微型面包车（6年）", 1.90, 1.90)]
PAGE6 = zh_page(
    "zh_utf16le_bom_crlf_city_motoring_page_auto_show_new_small_van_report_kicker_byline_dateline_caption_credit_running_head_courier_midquote_indent_only_used_car_table_header_source_plate_licence_box_mechanic_qa_runin_briefs",
    "utf-16-le", [], "\r\n", 22, False,
    "泺州日报 2045-11-24 第10版 汽车生活 (an invented city daily), UTF-16 LE with BOM, CRLF; **indent-only**, wrapped at 22. "
    "A report on a small van at the city auto show (kicker `车展直击`, byline, the dateline `本报讯` opening the first "
    f"paragraph, a caption and credit inside a sentence, a courier's “” words cut by the running head before "
    f"`跑得快。”`; {DEALERS6} × 5 = {MODELS6} models, asserted); the used-car table `二手车参考价` (header row, source "
    "line); a plate-licence notice between two rule lines; the mechanic's Q&A `养车问答`; three briefs `车讯` run in.",
    DAY6, "10", ["泺州日报", f"2045年11月24日　{weekday(DAY6)}　　第10版　汽车生活"],
    ["泺州日报社　　地址：泺州市文昌路27号"],
    ["泺州日报", "2045年11月24日", weekday(DAY6), "第10版", "汽车生活", "泺州日报·汽车生活", "泺州日报社", "地址：泺州市文昌路27号"],
    "泺州日报·汽车生活", ZH_RULE21)
PAGE6["bom"] = True
PAGE6["articles"] = articles(
    PAGE6,
    (["车展直击", "小货车也讲舒适　快递小哥围着看", "本报记者　钟　苒"], "小货车也讲舒适　快递小哥围着看",
     ["本报记者　钟　苒", "钟　苒", "钟苒"], ["观众在车展上试坐小货车。"], ["（本报记者　钟　苒　摄）"],
     [f"本报讯　秋季车展昨天在会展中心开幕，{DEALERS6}家经销商带来{MODELS6}款车型，一款电动小货车最受关注。",
      "这款车货厢低，{cap}驾驶座还加了腰托。",
      "送了六年快递的聂文斌说：“一天要上下车两百多次，座椅舒服，人不累，车也{run}跑得快。”"],
     "车展直击"),
    ("二手车参考价", ["车型　价格（万元）　涨跌"] + zh_rows(USED6) + ["数据来源：泺州二手车交易市场"]),
    (ZH_RULE21, "新能源车号牌申领须知",
     ["申领对象：在本市登记的纯电动和插电混合动力汽车。", "申领办法：购车后凭发票到车管所任一服务窗口办理。",
      "注意事项：旧车换牌须先交回原号牌。"], "泺州市车辆管理所", f"{SIGN6.year}年{SIGN6.month}月{SIGN6.day}日"),
    ("养车问答", "冬天电动车续航为啥变短？",
     ["问：天冷以后，我的电动车满电只能跑平时的七成，是电池坏了吗？",
      "答：低温下电池活性变差，续航短一些是正常的。尽量停在地下车库，出门前先预热，就能多跑一段。"],
     "泺州顺达汽修厂　技师　郜立新", ["郜立新"]),
    ("车讯", [("洗车房开业", "文昌路新开一家室内洗车房，冬天洗车不结冰。"),
             ("学校门口停车", "12月起，中小学门口上下学时段只许即停即走。"),
             ("冰雪拉力赛", f"冰雪汽车拉力赛定于1月13日（{zhou(date(2046, 1, 13))}）开赛。")]),
    "　", False)


def latin_articles(page, rep, tab, box, col, short, runin, glued):
    """A Latin page's seven articles, as `articles`, the briefs' text marked by `syl()`."""
    return articles(page, rep, tab, box, col, (short[0], [(t, syl(x)) for t, x in short[1]]), runin, glued)


# 7. Abaknon (Capul island, Northern Samar, Philippines), UTF-8 with BOM, CRLF, blank-line, glued: a road test of a
#    jeepney built in Catarman; the fuel-price table glued under the report (header, source); a recall box; the
#    mechanic's column glued under the box's foot rule; three briefs run in on ` – `.
DAY7 = date(2045, 4, 21)
SIGN7 = DAY7 - timedelta(days=3)
ordered(SIGN7, DAY7)
SEATS7, TRIPS7 = 22, 6
RALLY7 = date(2045, 6, 17)
ordered(DAY7, RALLY7)
assert RALLY7.weekday() == 5  # Sabado
assert SEATS7 * TRIPS7 == 132
FUEL7 = [("Unleaded 91", 61.40, 60.15), ("Premium 95", 66.85, 65.60), ("Diesel", 57.20, 57.20)]
RULE7 = "=" * 36
PAGE7 = latin_page(
    "abx_utf8_bom_crlf_abaknon_motoring_page_island_jeepney_road_test_kicker_byline_dateline_caption_credit_running_head_driver_midquote_glued_fuel_price_table_header_source_recall_box_glued_mechanic_column_runin_briefs",
    "utf-8", "\r\n", 36, "", True,
    "Bareta Capul 2045-04-21 Page 6 (an invented weekly of Capul island, Northern Samar; Abaknon text, English "
    "furniture), UTF-8 with BOM (`“ ” – · ñ`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A road test "
    "of a jeepney built in Catarman (kicker `Sakayan`, byline `Sinulat ni Ramil Dalisay`, the dateline `CAPUL –`, a "
    "caption and credit inside a sentence, a driver's “” words cut by the running head; "
    f"{SEATS7} × {TRIPS7} = 132 seats a day, asserted); **glued** the fuel-price table `Presyo sin gasolina` (header "
    "row aligned by spaces, a source line); a recall notice between two `=` rules; **glued** the mechanic's column "
    "`Tabang sin mekaniko`; three briefs `Bareta sakayan` run in on ` – `.",
    DAY7, "6", [f"BARETA CAPUL · {english(DAY7)} · Page 6", "Motoring · Editor: Lorna Abenojar"],
    ["Bareta Capul · bareta@capul.example.ph"],
    ["BARETA CAPUL", english(DAY7), "Page 6", "Motoring", "Editor: Lorna Abenojar", "Bareta Capul · Motoring",
     "Bareta Capul", "bareta@capul.example.ph"], "Bareta Capul · Motoring", RULE7, 5, " – ", bom=True)
PAGE7["articles"] = latin_articles(
    PAGE7,
    (["Sakayan", "Bag-o nga jeep, sinubokan", "Sinulat ni Ramil Dalisay"], "Bag-o nga jeep, sinubokan",
     ["Sinulat ni Ramil Dalisay", "Ramil Dalisay"], ["An bag-o nga jeep ha pantalan Capul."], ["Litrato: Jun Balberan"],
     [syl(f"CAPUL – An bag-o nga jeep tinagama ha Catarman, {SEATS7} an lingkoranan, {TRIPS7} an biyahe ha kada "
          f"adlaw: {SEATS7 * TRIPS7} an pasahero. Sinubokan namon ha dalan palibot sin isla."),
      syl("Malumo an lingkoranan, {cap}madaliay an preno ha palusong."),
      syl("An drayber Nonoy Abejuela nagsiring: “Maupay an makina, diri nabatian an kusog sin alon ngan "
          "an {run}pasahero.”")], "Sakayan"),
    ("Presyo sin gasolina", latin_rows(("Klase", "Peso/litro", "Bag-o"), FUEL7)
     + ["Gikan: Capul Fuel Station Cooperative"]),
    (RULE7, "Recall sin jeep",
     ["Anay: Jeep nga tinagama ha Catarman Motor Works ha Enero 2045.", "Problema: An turnilyo sin manibela "
      "mahimo maluag.", "Buhaton: Dad-a an jeep ha talyer sin Catarman Motor Works, libre an pag-ayad."],
     "Catarman Motor Works", f"{SIGN7.day} April {SIGN7.year}"),
    ("Tabang sin mekaniko", "Kanugon an langis, tan-awa",
     [syl("An langis sin makina, tan-awa kada semana. Kon itom na ngan malapot, ilisan na dayon."),
      syl("An tubig sin radiator, diri papagaraon nga mabiyaan; ha mainit nga panahon, tan-awa kada aga.")],
     "Teodoro Basilan, Basilan Auto Repair, Capul", ["Teodoro Basilan"]),
    ("Bareta sakayan", [("Bag-o nga carwash", "Binuksan an carwash ha tupad sin merkado, alas sais sin aga."),
                        ("Parking ha pantalan", "Diri na tugot an parking ha atubangan sin pantalan ha gab-i."),
                        ("Rally ha isla", f"An rally sin motorsiklo ha isla ha Hunyo {RALLY7.day}, Sabado.")]),
    " – ", True)


# 8. Banggai (Banggai islands, Central Sulawesi), Windows-1252, CR, indent-only (four spaces), not glued: a new
#    small pickup at a Luwuk dealer; a used-car table under a unit line (no source); a licence box; an instructor's
#    column; three briefs.
DAY8 = date(2045, 7, 14)
SIGN8 = DAY8 - timedelta(days=5)
ordered(SIGN8, DAY8)
SOLD8, STOCK8 = 38, 12
assert SOLD8 + STOCK8 == 50
USED8 = [("Pikap 2040", 118, 125), ("Minibus 2041", 142, 142), ("Sedan 2038", 86, 90)]
RULE8 = "=" * 38
PAGE8 = latin_page(
    "bgz_cp1252_cr_banggai_motoring_page_small_pickup_new_model_report_kicker_byline_dateline_caption_credit_running_head_farmer_midquote_indent_only_four_spaces_unit_line_used_car_table_licence_box_instructor_column_runin_briefs",
    "cp1252", "\r", 38, "    ", False,
    "Kabar Banggai 2045-07-14 Halaman 7 (an invented weekly of Banggai Kepulauan, Central Sulawesi; Banggai text, "
    "Indonesian furniture), **Windows-1252** (`“ ” – ·`), **CR**; **indent-only (four spaces)**, wrapped at 38 with "
    "hyphenation. A new-model report on a small pickup (kicker `Oto Bau`, byline `Tulisan: Hasna Ladjimpa`, the "
    f"dateline `SALAKAN –`, a caption and credit inside a sentence, a farmer's “” words cut by the running head; {SOLD8} "
    f"+ {STOCK8} = 50 trucks, asserted); the used-car table `Harga Oto Bekas` (a unit line `Juta rupiah`, header "
    "row, no source); a licence notice; the instructor's column `Sikola Montir`; three briefs `Kabar Oto` run in "
    "on ` – `.",
    DAY8, "7", [f"KABAR BANGGAI · {indonesian(DAY8)} · Halaman 7", "Otomotif · Redaktur: Rusdin Tamalagi"],
    ["Kabar Banggai · redaksi@kabarbanggai.example.id"],
    ["KABAR BANGGAI", indonesian(DAY8), "Halaman 7", "Otomotif", "Redaktur: Rusdin Tamalagi",
     "Kabar Banggai · Otomotif", "Kabar Banggai", "redaksi@kabarbanggai.example.id"], "Kabar Banggai · Otomotif",
    RULE8, 5, " – ")
PAGE8["articles"] = latin_articles(
    PAGE8,
    (["Oto Bau", "Pikap kodi' kalaupa dealer Salakan", "Tulisan: Hasna Ladjimpa"], "Pikap kodi' kalaupa dealer Salakan",
     ["Tulisan: Hasna Ladjimpa", "Hasna Ladjimpa"], ["Pikap bau i dealer Salakan."], ["Foto: Arman Mondika"],
     [syl(f"SALAKAN – Pikap bau “Maleo” ia dealer Sinar Peling, {SOLD8} kinaliuan, {STOCK8} maiya ia gudang. "
          "Pikap ia kosianan mangkaumpu kopra bo sagu."),
      syl("Mian mangalabuiyan nomaya, {cap}montolo ia bak pikap."),
      syl("Mian mamangkopra Yusuf Lamasi nomuntuk: “Pikap yaku' kodi', sabaliang mandadaa ia pangkalan "
          "kopra {run}Tataba.”")], "Oto Bau"),
    ("Harga Oto Bekas", ["Juta rupiah"] + latin_rows(("Oto", "Harga", "Berubah"), USED8)),
    (RULE8, "Pengumuman SIM Keliling",
     ["Pomalaan: SIM A bo SIM C, mian bau bo mian mompopanjang.", "Pangkalan: Kantor Camat Tinangkung, jam "
      "08.00 sampai 14.00.", "Bawa: KTP asli bo surat keterangan sehat."], "Satlantas Polres Banggai Kepulauan",
     f"Salakan, {SIGN8.day} Juli {SIGN8.year}"),
    ("Sikola Montir", "Mongoloka oto ia tanjakan",
     [syl("Ia tanjakan, kopling iya pokolaukon kodo-kodo. Gas pososolonon, mbaka oto sida mundur."),
      syl("Rem tangan pokolaukon mbaka oto sakalaupa montolo ia bagian mangarop.")],
     "Frans Ladjama, Kursus Mengemudi Peling Jaya", ["Frans Ladjama"]),
    ("Kabar Oto", [("Cuci oto bau", "Cuci oto ia Jalan Pelabuhan, sakamboka jam enam mopulu."),
                   ("Parkir pasar", "Oto sida tau parkir ia muka pasar Salakan ia hari pasar."),
                   ("Reli motor", "Reli motor Peling sakataka ia bulan Agustus, mian mangalabu ia dealer.")]),
    " – ", False)


# 9. Bantik (Malalayang and Meras, Manado, North Sulawesi), UTF-16 BE with BOM, LF, blank-line, glued: a road test
#    of a city minibus (mikrolet) on gas; the fuel-price table glued under the report (unit line, source); a recall
#    box; the mechanic's Q&A glued under the box; three briefs.
DAY9 = date(2045, 10, 20)
SIGN9 = DAY9 - timedelta(days=4)
ordered(SIGN9, DAY9)
KM9, LITRES9 = 180, 12
assert KM9 // LITRES9 == 15
FUEL9 = [("Pertalite", 10500, 10000), ("Pertamax", 12900, 12400), ("Solar", 6800, 6800)]
RULE9 = "=" * 40
PAGE9 = latin_page(
    "bnq_utf16be_bom_lf_bantik_motoring_page_city_minibus_road_test_kicker_byline_dateline_caption_credit_running_head_driver_midquote_glued_unit_line_fuel_price_table_source_recall_box_glued_mechanic_qa_runin_briefs",
    "utf-16-be", "\n", 40, "", True,
    "Suara Bantik 2045-10-20 Halaman 5 (an invented weekly of Malalayang, Manado; Bantik text, Indonesian furniture), "
    "UTF-16 BE with BOM (`“ ” – ·`), LF; blank-line, wrapped at 40 with hyphenation. A road test of a city minibus "
    "(kicker `Oto Wagu`, byline `Sinurat i Grace Manoppo`, the dateline `MANADO –`, a caption and credit inside a "
    f"sentence, a driver's “” words cut by the running head; {KM9} km / {LITRES9} l = 15 km/l, asserted); **glued** the "
    "fuel-price table `Harga BBM` (a unit line `Rupiah per liter`, header, a source line); a recall notice; **glued** "
    "the mechanic's Q&A `Tanya Montir`; three briefs `Kabar Oto` run in on ` – `.",
    DAY9, "5", [f"SUARA BANTIK · {indonesian(DAY9)} · Halaman 5", "Otomotif · Redaktur: Jeffry Lengkong"],
    ["Suara Bantik · redaksi@suarabantik.example.id"],
    ["SUARA BANTIK", indonesian(DAY9), "Halaman 5", "Otomotif", "Redaktur: Jeffry Lengkong", "Suara Bantik · Otomotif",
     "Suara Bantik", "redaksi@suarabantik.example.id"], "Suara Bantik · Otomotif", RULE9, 5, " – ", bom=True)
PAGE9["articles"] = latin_articles(
    PAGE9,
    (["Oto Wagu", "Mikrolet wagu sinubak ni Malalayang", "Sinurat i Grace Manoppo"],
     "Mikrolet wagu sinubak ni Malalayang", ["Sinurat i Grace Manoppo", "Grace Manoppo"],
     ["Mikrolet wagu ni terminal Malalayang."], ["Foto: Stenly Pangemanan"],
     [syl(f"MANADO – Mikrolet wagu tinumalenda ni dalanang Malalayang–Pasar 45, {KM9} kilometer sidutu "
          f"{LITRES9} liter bensin. Pasasahe marasai mauman."),
      syl("Kadera mangalangkai, {cap}pintu mabinukaan dengan marigat."),
      syl("Sopir Rommy Tamaka simaumbeng: “Mikrolet wagu ene mapia, mesin sidu marapi'an ni "
          "{run}tanjakan.”")], "Oto Wagu"),
    ("Harga BBM", ["Rupiah per liter"] + latin_rows(("Jenis", "Harga", "Berubah"), FUEL9)
     + ["Sumber: SPBU Malalayang"]),
    (RULE9, "Penarikan Kembali",
     ["Oto: Mikrolet “Bunaken” produksi Januari–Maret 2045.", "Masalah: Selang bahan bakar bisa bocor ni "
      "sambungan.", "Langkah: Bawa oto ke bengkel resmi, ganti selang gratis."], "PT Karoseri Teling Jaya",
     f"Manado, {SIGN9.day} Oktober {SIGN9.year}"),
    ("Tanya Montir", "Mesin panas ni kamacetan",
     [syl("Tanya: Mikrolet aku mesin panas ni kamacetan Jalan Sam Ratulangi. Apa pinapia?"),
      syl("Jawab: Periksa air radiator dengan kipas. Kalu kipas sidu mamutar, ganti relai; mengalangkai "
          "sambia.")], "Donny Wowor, Bengkel Wowor Motor, Meras", ["Donny Wowor"]),
    ("Kabar Oto", [("Cuci oto wagu", "Cuci oto wagu ni Jalan Pantai Malalayang mabinuka mangaleo jam tujuh."),
                   ("Parkir ni pante", "Parkir ni pante Malalayang sidu mau ni hari Minggu mangaleo."),
                   ("Reli Minahasa", "Reli oto Minahasa tumalenda ni bulan November, mapangaleo Tomohon.")]),
    " – ", True)


# 10. Cia-Cia (Baubau, Buton, Southeast Sulawesi), ISO-8859-1, CRLF, indent-only (three spaces), not glued: a road
#     test of a locally assembled three-wheel taxi (bentor); a used-car table with a source line; a licence box
#     (the route permit); an instructor's column; three briefs run in on ` - `.
DAY10 = date(2045, 2, 16)
SIGN10 = DAY10 - timedelta(days=3)
ordered(SIGN10, DAY10)
BENTOR10, ROUTES10 = 75, 5
assert BENTOR10 // ROUTES10 == 15
USED10 = [("Bentor 2042", 21, 23), ("Pikap 2039", 95, 95), ("Minibus 2040", 128, 120)]
RULE10 = "=" * 39
PAGE10 = latin_page(
    "cia_latin1_crlf_ciacia_motoring_page_three_wheel_taxi_road_test_kicker_byline_dateline_caption_credit_running_head_driver_midquote_indent_only_three_spaces_used_car_table_header_source_route_permit_box_instructor_column_runin_briefs",
    "latin-1", "\r\n", 39, "   ", False,
    "Warta Buton 2045-02-16 Halaman 8 (an invented weekly of Baubau, Buton; Cia-Cia text, Indonesian furniture), "
    "**ISO-8859-1** (straight quotes, ` - ` run-in dashes, `·` in the head and foot), CRLF; **indent-only (three "
    "spaces)**, wrapped at 39 with hyphenation. A road test of a three-wheel taxi (kicker `Bentor Ba'u`, byline "
    "`Tulisa: Wa Ode Sarniati`, the dateline `BAUBAU -`, a caption and credit inside a sentence, a driver's \"\" words "
    f"cut by the running head; {BENTOR10} bentor on {ROUTES10} routes, asserted); the used-car table `Harga Oto "
    "Bekas` (header, a source line); a route-permit notice; the instructor's column `Sikola Sopir`; three briefs "
    "`Kabar Oto` run in on ` - `.",
    DAY10, "8", [f"WARTA BUTON · {indonesian(DAY10)} · Halaman 8", "Otomotif · Redaktur: La Ode Hamirudin"],
    ["Warta Buton · redaksi@wartabuton.example.id"],
    ["WARTA BUTON", indonesian(DAY10), "Halaman 8", "Otomotif", "Redaktur: La Ode Hamirudin",
     "Warta Buton · Otomotif", "Warta Buton", "redaksi@wartabuton.example.id"], "Warta Buton · Otomotif", RULE10, 5,
    " - ")
PAGE10["articles"] = latin_articles(
    PAGE10,
    (["Bentor Ba'u", "Bentor ba'u, ane'e pasangano Baubau", "Tulisa: Wa Ode Sarniati"],
     "Bentor ba'u, ane'e pasangano Baubau", ["Tulisa: Wa Ode Sarniati", "Wa Ode Sarniati"],
     ["Bentor ba'u i pasar Wameo."], ["Foto: La Ode Marzuki"],
     [syl(f"BAUBAU - Bentor ba'u {BENTOR10} kampanano i {ROUTES10} rute kota, moiaka bentor {BENTOR10 // ROUTES10} "
          "mopaliwu. Mesinino paramasiano bo ta'u moramasi."),
      syl("Kalimpano i kadera bolimo, {cap}pasangano kalapaka mina i pasar."),
      syl("Sopir La Ode Saripudin no'ucu: \"Bentor ane'e molengkino, tanjakano i Palagimata ta'u dopalesa "
          "{run}moramasi.\"")], "Bentor Ba'u"),
    ("Harga Oto Bekas", latin_rows(("Oto", "Juta Rp", "Berubah"), USED10) + ["Sumber: Pasar Oto Bekas Wameo"]),
    (RULE10, "Izin Trayek Bentor",
     ["Mancuanano: Pemilik bentor ba'u i Kota Baubau.", "Syarat: STNK, SIM C, bo foto bentor.", "Tampa: Kantor "
      "Dinas Perhubungan Kota Baubau, jam 08.00-15.00."], "Dinas Perhubungan Kota Baubau",
     f"Baubau, {SIGN10.day} Februari {SIGN10.year}"),
    ("Sikola Sopir", "Mopalesa i dala mabasano",
     [syl("Ampe uwe i dala, rem kakoaso. Mopalesa kaana, ta'u mopaliwu ka'ana i tikungan."),
      syl("Lampu bentor pakawaneano, kalimpano i kampanano sopir mokolalano matano.")],
     "La Ode Jumadil, Kursus Sopir Wolio Jaya", ["La Ode Jumadil"]),
    ("Kabar Oto", [("Cuci bentor ba'u", "Cuci bentor i Jalan Betoambari, mobuka jam pitu bo ta'u mahala."),
                   ("Parkir i Pantai Kamali", "Bentor ta'u parkiriano i Pantai Kamali ampe malo."),
                   ("Reli i Buton", "Reli oto Buton i bulan Maret, mosampu i Benteng Keraton.")]),
    " - ", False)

PAGES = [PAGE1, PAGE2, PAGE3, PAGE4, PAGE5, PAGE6, PAGE7, PAGE8, PAGE9, PAGE10]
