"""The text of every holdout181 page, written once: make_holdout181_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-178 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (the Q&A's foot signature, its
byline); `("more", line)` a printed line with no blank line before it (the box's foot rule); `{cap}` drops the photo
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end (`syl()`, holdout151's rules); `"runin"` runs a brief's bold head into its first line (holdout161's);
`Lines(text, printed)` (holdout157's) a row printed as the given lines (the box's office and date set flush right);
`aligned()` a Latin table's columns padded with spaces.
Every page is a fishing-and-harbour page: a report on a fleet's season, a new cold store or a harbour dredged
(kicker or deck, title, byline, a dateline opening its first paragraph, a skipper's words cut by the running head,
a photo caption with its credit inside a sentence), a landings or fish-prices table under its label (species, catch,
price, change computed from last week's price; a unit line over it on some pages, a source line under it on
others), a boxed notice between two rule lines (a closed season, a channel closure or a licence renewal) signed by
the fisheries or harbour office over its date (both flush right), a fisheries officer's Q&A answering a skipper,
signed at its foot, and three briefs run in on bold heads (a tide-table correction, a lifejacket check day, a
net-mending class). Weekdays and sums are computed and asserted. All papers, boats, co-operatives, skippers,
officials, offices, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    aligned,
    boxed_notice,
    english,
    ordered,
    runin_briefs,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúāēīōūäëïöü"
syl = partial(syllables, vowels=VOWELS)
ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def spanish(day):
    """A Spanish date with its weekday (**new** here: the Huave page's Mexican furniture)."""
    return f"{ES[day.weekday()]} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


def change(now, before, same="持平", up="↑", down="↓"):
    """The price change column, computed from last week's price."""
    if now == before:
        return same
    return f"{up}{now - before}" if now > before else f"{down}{before - now}"


def report(lines, title, bylines, captions, credits, body, kicker=None, deck=None):
    """The report: kicker (or a deck under the head: the subtitle), title, byline (as printed, then the name),
    caption and credit; the dateline opens the first paragraph and stays in it (holdout175's, 178's)."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker, "subtitle": deck}


def table(label, rows, unit=None, source=None, glued=False):
    """The landings or prices table under its label: the label is the title, one paragraph per printed row (the
    header row, a unit line over the rows and a source line under them included: holdout171's)."""
    body = ([("row", unit)] if unit else []) + [("row", r) for r in rows] + ([("row", source)] if source else [])
    art = {"lines": [label], "title": label, "tight": True, "body": body}
    if glued:
        art["glued"] = True
    return art


def qa(label, title, body, signature, names, glued=False):
    """The fisheries officer's Q&A (holdout175's): the label its kicker (section accepted), the question's head its
    title, the officer's foot signature its byline as printed (the name alone accepted), never a paragraph."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def zh_page(name, encoding, not_in, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule,
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": not_in, "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the three briefs' ` – `
    run-in joins are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [" – "] * 3}


def zh_articles(page, rep, tab, box, ask, short, glued):
    """A Chinese page's seven articles: report, table (glued under the report's last line if `glued`), notice, Q&A
    (glued under the box's foot rule if `glued`), three briefs run in on an ideographic space."""
    return [report(**rep), table(*tab, glued=glued), boxed_notice(page, *box), qa(*ask, glued=glued),
            *runin_briefs(short[0], short[1], "\u3000")]


def latin_articles(page, rep, tab, box, ask, short, glued):
    """A Latin page's seven articles, as `zh_articles`; the briefs run in on ` – `."""
    return [report(**rep), table(*tab, glued=glued), boxed_notice(page, *box), qa(*ask, glued=glued),
            *runin_briefs(short[0], [(t, syl(x)) for t, x in short[1]], " – ")]


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper (Shipu, Xiangshan, Zhejiang): the autumn fleet's first ten days; the prices table glued
#    under the report's last line (header row, a source line under it); a licence-renewal box; the Q&A glued under
#    the box's foot rule; three briefs. Blank-line paragraphs.
DAY1 = date(2045, 9, 27)
OPEN1, SIGN1, FROM1, TO1 = date(2045, 9, 16), date(2045, 9, 22), date(2045, 10, 9), date(2045, 10, 20)
ordered(OPEN1, SIGN1, DAY1, FROM1, TO1)
BOATS1 = [126, 58]
assert sum(BOATS1) == 184
FISH1 = [("带鱼", 18600, 38, 36), ("鲳鱼", 7400, 64, 66), ("小黄鱼", 5200, 30, 30), ("梭子蟹", 3900, 92, 85)]
assert sum(kg for _, kg, _, _ in FISH1) == 35100
SEASON1_PAGE = zh_page(
    "zh_gbk_crlf_city_fishing_page_autumn_fleet_first_ten_days_report_kicker_caption_credit_running_head_skipper_midquote_glued_prices_table_header_source_line_licence_renewal_box_glued_signed_qa_runin_briefs",
    "gbk", [], "\r\n", 21, True,
    "沧屿晚报 2045-09-27 第6版 海洋 (an invented city evening paper; Shipu, Xiangshan, Zhejiang, as setting), GBK, CRLF; "
    "blank-line paragraphs, wrapped at 21. A report on the autumn fleet's first ten days at sea (kicker `开渔季`, title "
    "with a full-width gap, byline line, the dateline `本报讯` opening the first paragraph, a caption and its credit "
    f"inside a sentence, a skipper's “” words cut by the running head before `值了。”`; {BOATS1[0]} + {BOATS1[1]} = "
    f"{sum(BOATS1)} boats and the table's landings summed to 35100 kg, asserted); then, **with no blank line under the "
    "report's last line**, the table `本周渔获行情` (header row, changes computed from last week's prices, a source "
    "line `数据来源：…` under the rows); a licence-renewal box between two rules (items set solid, the office and date "
    "flush right); then, **with no blank line under the box's foot rule**, the Q&A `渔政问答` signed at its foot; "
    "three briefs under `渔港提示` run in on their heads.",
    DAY1, "6", ["沧屿晚报", f"2045年9月27日　{weekday(DAY1)}　　第6版　海洋　　编辑：翁　澜"],
    ["沧屿晚报社　　新闻热线：0574-6592318"],
    ["沧屿晚报", "2045年9月27日", weekday(DAY1), "第6版", "海洋", "编辑：翁　澜", "沧屿晚报·海洋", "沧屿晚报社",
     "新闻热线：0574-6592318"], "沧屿晚报·海洋", ZH_RULE21)
SEASON1_PAGE["articles"] = zh_articles(
    SEASON1_PAGE,
    dict(lines=["开渔季", "开渔十天　船队满舱回港", "本报记者　贺　汀"], title="开渔十天　船队满舱回港",
         bylines=["本报记者　贺　汀", "贺　汀", "贺汀"], captions=["东门码头上，渔民正在卸下刚回港的带鱼。"],
         credits=["（本报记者　贺　汀　摄）"], kicker="开渔季",
         body=[f"本报讯　{OPEN1.month}月{OPEN1.day}日开渔以来，石浦港{BOATS1[0]}艘大型拖网渔船和{BOATS1[1]}艘"
               f"流刺网渔船陆续出海，{sum(BOATS1)}艘船中已有一半以上回港卸货。",
               "昨天清晨，记者来到东门码头，{cap}一箱箱鱼货刚上岸就被收购商拉走。",
               "“浙象渔60218”号船老大林海根说：“这一网拉上来，舱里都快装不下了。伏休三个多月，等的就是这几天，"
               "辛苦{run}值了。”"]),
    ("本周渔获行情", ["品种　卸货量（公斤）　价格（元/公斤）　涨跌"]
     + [f"{n}　{kg}　{p}　{change(p, b)}" for n, kg, p, b in FISH1], None,
     "数据来源：沧屿水产品批发市场（9月26日）"),
    (ZH_RULE21, "渔船证书年审通知",
     ["对象：本港登记的全部捕捞渔船", f"时间：{FROM1.month}月{FROM1.day}日（{zhou(FROM1)}）至{TO1.month}月"
      f"{TO1.day}日（{zhou(TO1)}），每天8时30分至16时30分", "地点：东门码头渔政服务大厅二楼",
      "材料：船舶证书原件、船员证书、救生设备检查记录；逾期未审的渔船暂停出港签证。"], "沧屿渔港管理站",
     f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    ("渔政问答", "换了新主机，证书要重新办吗？",
     ["问：我的船今年伏休期间换了一台新主机，功率比原来的大一点。年审时证书要重新办吗？（船老大　郑阿福）",
      "答：主机更换必须先办理变更登记，功率不得超过原证书核定的上限。请带上主机合格证和安装验收单到服务大厅，"
      "变更办好后再参加年审。"], "沧屿渔港管理站　渔政员　叶晓帆", ["叶晓帆"]),
    ("渔港提示", [("潮汐表更正", "本报9月20日刊登的十月潮汐表中，10月3日高潮时间“11时42分”应为“12时42分”。"),
              ("救生衣检查日", "10月8日上午，渔港管理站在东门码头免费检查救生衣，发现破损的当场更换。"),
              ("补网培训班", "渔民协会10月11日起开办织网补网培训班，共四次课，报名请到协会办公室登记。")]),
    True)


# 2. GB18030 county daily (Xiapu, Fujian): a new cold store at the fishing port; the landings table under its label
#    (a unit line over the header row); a channel-closure box; the Q&A; three briefs. Indent-only, nothing glued.
RARE = "\u4c7d"  # 䱽, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 11, 15)
SIGN2, FROM2, TO2 = date(2045, 11, 10), date(2045, 11, 20), date(2045, 11, 26)
ordered(SIGN2, DAY2, FROM2, TO2)
TONS2 = [3000, 1200]
assert sum(TONS2) == 4200
BOXES2 = [("大黄鱼", 860, 420, 400), ("鳗鱼", 310, 560, 580), ("白虾", 1240, 180, 180), ("墨鱼", 530, 240, 228)]
assert sum(b for _, b, _, _ in BOXES2) == 2940
COLD2_PAGE = zh_page(
    "zh_gb18030_lf_county_fishing_page_new_cold_store_at_fishing_port_report_deck_rare_char_caption_credit_running_head_skipper_midquote_indent_only_landings_table_unit_line_header_channel_closure_box_signed_qa_runin_briefs",
    "gb18030", ["gbk"], "\n", 21, False,
    f"霞岚日报 2045-11-15 第4版 渔业 (an invented county daily; Xiapu, Fujian, as setting; `{RARE}` U+4C7D, CJK "
    f"Extension A, in the cold store's name `{RARE}丰冷库`; in GB18030, not in GBK), LF; **indent-only paragraphs**, "
    "wrapped at 21. A report on a new cold store at the fishing port (**a deck under the head**, no kicker; byline "
    "line, the dateline `本报讯`, a caption and its credit inside a sentence, a skipper's “” words cut by the running "
    f"head before `不愁了。”`; {TONS2[0]} + {TONS2[1]} = {sum(TONS2)} t, asserted); then, after a blank line, the table "
    "`本周码头卸货` (**a unit line** `单位：箱　元/箱` over the header row; 2940 boxes asserted); a channel-closure box; "
    "the Q&A `渔政信箱` signed at its foot; three briefs under `渔港服务` run in on their heads.",
    DAY2, "4", ["霞岚日报", f"2045年11月15日　{weekday(DAY2)}　　第4版　渔业"],
    ["霞岚日报社　　地址：霞浦县松城街道福宁大道27号　　邮编：355137"],
    ["霞岚日报", "2045年11月15日", weekday(DAY2), "第4版", "渔业", "霞岚日报·渔业", "霞岚日报社",
     "地址：霞浦县松城街道福宁大道27号", "邮编：355137"], "霞岚日报·渔业", ZH_RULE21)
COLD2_PAGE["articles"] = zh_articles(
    COLD2_PAGE,
    dict(lines=[f"{RARE}丰冷库在三沙渔港投用", "渔获上岸两小时内入库", "本报记者　缪　芩"],
         title=f"{RARE}丰冷库在三沙渔港投用", deck="渔获上岸两小时内入库",
         bylines=["本报记者　缪　芩", "缪　芩", "缪芩"], captions=["冷库工人把一箱箱白虾推进速冻间。"],
         credits=["（缪　芩　摄）"],
         body=[f"本报讯　三沙渔港新建的{RARE}丰冷库日前投入使用。冷库设冷藏库容{TONS2[0]}吨、速冻库容{TONS2[1]}吨，"
               f"合计{sum(TONS2)}吨，由当地六家渔民合作社共同经营。",
               "记者在冷库门口看到，{cap}从卸货到入库不过两个小时。",
               "船老大陈德水说：“以前鱼多了卖不掉，只能贱价处理。现在能先冻起来，等行情好再卖，心里就"
               "{run}不愁了。”"]),
    ("本周码头卸货", ["品种　数量　价格　涨跌"] + [f"{n}　{b}　{p}　{change(p, q)}" for n, b, p, q in BOXES2],
     "单位：箱　元/箱"),
    (ZH_RULE21, "三沙港北航道临时封航通告",
     ["区段：三沙港北航道1号至4号浮标之间", f"时间：{FROM2.month}月{FROM2.day}日（{zhou(FROM2)}）至{TO2.month}月"
      f"{TO2.day}日（{zhou(TO2)}），每天7时至17时", "绕行：进出港船舶请走南航道，夜间恢复通航。"],
     "霞浦县三沙渔港监督站", f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    ("渔政信箱", "小船能不能租冷库的库位？",
     ["问：我家只有一条十几米的小船，一次卸货也就几十箱。冷库的库位能不能按箱租？（三沙镇渔民　游金海）",
      "答：可以。冷库专门留出了按箱计费的小库位，每箱每天收费一元五角，凭渔船证书到冷库服务台登记即可。"],
     "霞浦县渔政执法大队　科员　黄以宁", ["黄以宁"]),
    ("渔港服务", [("潮汐表更正", "本报11月8日刊登的三沙港潮汐表中，11月19日低潮潮高“0.8米”应为“1.8米”。"),
              ("救生衣检查日", "11月22日全天，渔港监督站在冷库前广场集中检查救生衣和救生圈。"),
              ("织网补网课", "镇文化站每周六上午开设织网补网课，由老渔民授课，免费参加。")]),
    False)


# 3. Big5 Taiwan county daily (Nanfang'ao, Su'ao, Yilan): the inner harbour dredged; the auction-prices table glued
#    under the report (header row, a source line); a licence-renewal box; the Q&A glued under the box's foot rule;
#    three briefs. Blank-line paragraphs.
DAY3 = date(2045, 3, 8)
SIGN3, FROM3, TO3 = date(2045, 3, 3), date(2045, 3, 16), date(2045, 4, 15)
ordered(SIGN3, DAY3, FROM3, TO3)
assert DAY3.year - 1911 == 134
SAND3 = [26000, 12000]
assert sum(SAND3) == 38000
FISH3 = [("鯖魚", 42000, 35, 31), ("白帶魚", 8600, 120, 125), ("鬼頭刀", 5300, 88, 88), ("鰹魚", 12400, 46, 40)]
assert sum(kg for _, kg, _, _ in FISH3) == 68300
DREDGE3_PAGE = zh_page(
    "zht_big5_cr_taiwan_fishing_page_inner_harbour_dredged_report_kicker_caption_credit_running_head_skipper_midquote_glued_auction_prices_header_source_line_licence_renewal_box_glued_signed_qa_runin_briefs",
    "big5", [], "\r", 20, True,
    "濱澳日報 2045-03-08 (`中華民國134年3月8日`) B2 漁業 (an invented county daily; Nanfang'ao, Su'ao, Yilan, as "
    "setting), Big5, **CR**; blank-line paragraphs, wrapped at 20. A report on the inner harbour dredged (kicker "
    "`漁港疏濬`, title, byline `記者游采蓁／蘇澳報導`, the dateline `【本報訊】`, a caption and its credit inside a "
    f"sentence, a skipper's 「」 words cut by the running head before `擱淺了。」`; {SAND3[0]} + {SAND3[1]} = "
    f"{sum(SAND3)} m³ of silt, asserted); then, **glued under the report's last line**, the table `魚市拍賣行情` (header "
    "row, changes computed, a source line `資料來源：…`); a licence-renewal box; then, **glued under the box's foot "
    "rule**, the Q&A `漁民問答` signed at its foot; three briefs under `漁港快訊` run in on their heads.",
    DAY3, "B2", [f"濱澳日報　中華民國134年3月8日　{weekday(DAY3)}", "B2　漁業　　主編：簡若帆"],
    ["濱澳日報社　服務專線：(03)996-2481"],
    ["濱澳日報", "中華民國134年3月8日", weekday(DAY3), "B2", "漁業", "主編：簡若帆", "濱澳日報．漁業", "濱澳日報社",
     "服務專線：(03)996-2481"], "濱澳日報．漁業", ZH_RULE20)
DREDGE3_PAGE["articles"] = zh_articles(
    DREDGE3_PAGE,
    dict(lines=["漁港疏濬", "內港淤沙清完　大船退潮也能進港", "記者游采蓁／蘇澳報導"],
         title="內港淤沙清完　大船退潮也能進港", bylines=["記者游采蓁／蘇澳報導", "游采蓁"],
         captions=["挖泥船在內港航道作業了將近兩個月。"], credits=["（記者游采蓁攝）"], kicker="漁港疏濬",
         body=[f"【本報訊】南方澳內港疏濬工程日前完工，共挖除航道淤沙{SAND3[0]}立方公尺、碼頭前緣淤沙{SAND3[1]}"
               f"立方公尺，合計{sum(SAND3)}立方公尺，航道水深恢復到四點五公尺。",
               "記者昨天搭船進港，{cap}退潮時大型漁船也能直接靠岸。",
               "「金漁順68號」船長蔡文雄說：「以前退潮只能在外面等，一等就是三四個鐘頭，有一次還差點"
               "{run}擱淺了。」"]),
    ("魚市拍賣行情", ["魚種　拍賣量（公斤）　均價（元／公斤）　漲跌"]
     + [f"{n}　{kg}　{p}　{change(p, b)}" for n, kg, p, b in FISH3], None,
     "資料來源：濱澳魚市拍賣場（3月7日）"),
    (ZH_RULE20, "漁船執照換發公告",
     ["對象：執照於今年到期的動力漁船", f"期間：{FROM3.month}月{FROM3.day}日（{zhou(FROM3)[1]}）至{TO3.month}月"
      f"{TO3.day}日（{zhou(TO3)[1]}）", "地點：第三漁港服務中心一樓櫃檯",
      "備妥：原執照、船員名冊及救生設備檢查紀錄，逾期未換發者不得出港。"], "宜蘭縣濱澳漁港管理所",
     f"中華民國134年{SIGN3.month}月{SIGN3.day}日"),
    ("漁民問答", "船員換人，名冊要怎麼改？",
     ["問：我的船上個月換了兩位外籍船員，換發執照時名冊要重新送嗎？（漁船船長　林金福）",
      "答：船員異動後十五日內應辦理名冊變更，換發執照時一併附上最新名冊即可，不必另外補件。"],
     "濱澳漁港管理所　技士　葉宛儒", ["葉宛儒"]),
    ("漁港快訊", [("潮汐表更正", "本報3月1日刊登的三月潮汐表，3月12日滿潮時間「05:18」應為「06:18」。"),
              ("救生衣檢查日", "3月14日上午，管理所在第一漁港免費檢查救生衣，現場可換新。"),
              ("補網研習班", "漁民活動中心3月下旬開辦補網研習班，每週二晚上上課，名額三十人。")]),
    True)


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese (Aberdeen): the fleet's last trips before the closed season;
#    the prices table (a unit line over the header row); a closed-season box; the Q&A; three briefs. Indent-only,
#    nothing glued.
DAY4 = date(2045, 4, 21)
SIGN4, FROM4, TO4 = date(2045, 4, 17), date(2045, 5, 1), date(2045, 8, 16)
ordered(SIGN4, DAY4, FROM4, TO4)
BOATS4 = [72, 35]
assert sum(BOATS4) == 107
FISH4 = [("紅衫魚", 620, 48, 45), ("馬友", 180, 160, 150), ("魷魚", 450, 85, 85), ("黃花魚", 260, 70, 76)]
assert sum(c for _, c, _, _ in FISH4) == 1510
LAST4_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_fishing_page_fleet_last_trips_before_closed_season_cantonese_report_deck_caption_credit_running_head_skipper_midquote_indent_only_prices_unit_line_header_closed_season_box_signed_qa_runin_briefs",
    "big5hkscs", ["cp950", "big5"], "\r\n", 20, False,
    "灣岬週報 2045-04-21 第5頁 海上 (an invented Hong Kong district weekly; Aberdeen as setting), Big5-HKSCS (`嘅 喺 "
    "咗 啲 嚟 冇`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20. A report on the "
    "fleet's last trips before the closed season (**a deck under the head**, no kicker; byline line, the dateline "
    f"`【本報訊】`, a caption and its credit inside a sentence, a skipper's 「」 words cut before `搵食。」`; {BOATS4[0]} + "
    f"{BOATS4[1]} = {sum(BOATS4)} boats, asserted); then the table `魚欄價錢` (**a unit line** `單位：斤　港元／斤` over "
    "the header row; 1510 catties asserted); a closed-season box; the Q&A `漁民信箱` signed at its foot; three briefs "
    "under `海上貼士` run in on their heads.",
    DAY4, "5", ["灣岬週報", f"2045年4月21日　{weekday(DAY4)}　　第5頁　海上"],
    ["灣岬週報　　街坊熱線：2873 6150"],
    ["灣岬週報", "2045年4月21日", weekday(DAY4), "第5頁", "海上", "灣岬週報．海上", "灣岬週報", "街坊熱線：2873 6150"],
    "灣岬週報．海上", ZH_RULE20)
LAST4_PAGE["articles"] = zh_articles(
    LAST4_PAGE,
    dict(lines=["休漁前最後一水", "香港仔船隊趕住出海", "本報記者　冼穎詩"], title="休漁前最後一水",
         deck="香港仔船隊趕住出海", bylines=["本報記者　冼穎詩", "冼穎詩"],
         captions=["漁民喺避風塘將冰塊搬上船。"], credits=["（冼穎詩攝）"],
         body=[f"【本報訊】再過十日就係休漁期，香港仔避風塘{BOATS4[0]}條拖網船同{BOATS4[1]}條刺網船，一共"
               f"{sum(BOATS4)}條船，呢個禮拜差唔多全部出晒海，想趁休漁之前搏多一水。",
               "記者前日朝早行過避風塘，{cap}岸邊嘅魚欄亦都忙到唔停手。",
               "「海興28號」船主鄧炳坤話：「休漁三個幾月冇收入，而家唔搏，到八月先至可以再出海"
               "{run}搵食。」"]),
    ("魚欄價錢", ["魚類　數量　價錢　升跌"] + [f"{n}　{c}　{p}　{change(p, b, '冇變')}" for n, c, p, b in FISH4],
     "單位：斤　港元／斤"),
    (ZH_RULE20, "南海休漁期通告",
     [f"期間：{FROM4.month}月{FROM4.day}日中午十二點至{TO4.month}月{TO4.day}日中午十二點",
      "範圍：北緯十二度以北海域，拖網、圍網同刺網作業全部暫停", "登記：休漁期間泊喺避風塘嘅漁船，請喺4月28日前到辦事處登記泊位。"],
     "香港仔漁港事務處", f"{SIGN4.year}年{SIGN4.month}月{SIGN4.day}日"),
    ("漁民信箱", "休漁期可唔可以出海釣魚？",
     ["問：我條船休漁期泊喺度，但係想用手絲出去釣吓魚，自己食，得唔得？（漁民　黎大有）",
      "答：手絲同魚竿唔受休漁期限制，不過漁船出海前要喺辦事處登記，而且唔可以帶拖網或者刺網上船。"],
     "香港仔漁港事務處　漁護主任　曾卓謙", ["曾卓謙"]),
    ("海上貼士", [("潮汐表更正", "本報4月14日刊登嘅潮汐表，4月26日高潮時間「10:05」應該係「11:05」。"),
              ("救生衣檢查日", "4月25日下晝，事務處喺避風塘公眾碼頭免費檢查救生衣。"),
              ("補網班", "漁民互助會五月逢禮拜三晚開補網班，有老師傅教，費用全免。")]),
    False)


# 5. UTF-8 (no BOM) Malaysian daily (Pulau Ketam, Selangor): a new cold store on the island; the prices table glued
#    under the report (header row, a source line); a channel-closure box; the Q&A glued under the box's foot rule;
#    three briefs. Blank-line paragraphs.
DAY5 = date(2045, 7, 12)
SIGN5, FROM5, TO5 = date(2045, 7, 8), date(2045, 7, 21), date(2045, 7, 23)
ordered(SIGN5, DAY5, FROM5, TO5)
COST5 = [180, 65]
assert sum(COST5) == 245
FISH5 = [("白鲳", 2400, 42, 40), ("马鲛鱼", 3100, 26, 28), ("螃蟹", 1800, 35, 35), ("虾", 2600, 30, 27)]
assert sum(kg for _, kg, _, _ in FISH5) == 9900
KETAM5_PAGE = zh_page(
    "zh_utf8_nobom_lf_malaysia_fishing_page_island_new_cold_store_report_kicker_caption_credit_running_head_skipper_midquote_glued_prices_header_source_line_channel_closure_box_glued_signed_qa_runin_briefs",
    "utf-8", [], "\n", 21, True,
    "港湾日报 2045-07-12 第9版 渔村 (an invented Malaysian Chinese daily; Pulau Ketam, Selangor, as setting; `令吉`), "
    "UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A report on a new cold store on the island (kicker "
    "`吉胆岛冷库`, title, byline line, the dateline `（吉胆岛讯）` opening the first paragraph, a caption and its credit "
    f"`（图：本报　陈嘉琪）` inside a sentence, a skipper's “” words cut before `跑两趟。”`; {COST5[0]} + {COST5[1]} = "
    f"{sum(COST5)} 万令吉, asserted); then, **glued under the report's last line**, the table `今日鱼价` (header row, a "
    "source line); a channel-closure box (a boat race); then, **glued under the box's foot rule**, the Q&A `渔民问渔政` "
    "signed at its foot; three briefs under `渔民须知` run in on their heads.",
    DAY5, "9", ["港湾日报", f"2045年7月12日　{weekday(DAY5)}　　第9版　渔村"],
    ["港湾日报　　巴生办事处：03-3371 5826"],
    ["港湾日报", "2045年7月12日", weekday(DAY5), "第9版", "渔村", "港湾日报·渔村", "港湾日报", "巴生办事处：03-3371 5826"],
    "港湾日报·渔村", ZH_RULE21)
KETAM5_PAGE["articles"] = zh_articles(
    KETAM5_PAGE,
    dict(lines=["吉胆岛冷库", "岛上有了冷库　渔获不必连夜运出", "本报记者　陈嘉琪"], title="岛上有了冷库　渔获不必连夜运出",
         bylines=["本报记者　陈嘉琪", "陈嘉琪"], captions=["渔工把刚上岸的螃蟹送进冷库。"], credits=["（图：本报　陈嘉琪）"],
         kicker="吉胆岛冷库",
         body=[f"（吉胆岛讯）由岛上渔民合作社集资兴建的冷库上周启用，建筑费{COST5[0]}万令吉，冷冻设备{COST5[1]}万"
               f"令吉，共耗资{sum(COST5)}万令吉，可存放渔获四百公吨。",
               "记者走访码头时，{cap}合作社职员正在登记入库的数量。",
               "拥有三艘渔船的船主林福来说：“过去渔获一上岸就要赶船运去巴生，晚了就卖不出价。有了冷库，我们不用一天"
               "{run}跑两趟。”"]),
    ("今日鱼价", ["鱼类　上岸量（公斤）　价格（令吉/公斤）　涨跌"]
     + [f"{n}　{kg}　{p}　{change(p, b)}" for n, kg, p, b in FISH5], None, "资料来源：吉胆岛渔民合作社（7月11日）"),
    (ZH_RULE21, "北面水道暂时关闭通告",
     [f"日期：{FROM5.day}/{FROM5.month}（{zhou(FROM5)}）至{TO5.day}/{TO5.month}（{zhou(TO5)}）",
      "时间：上午8时至下午2时", "原因：龙舟赛事，所有渔船请改用南面水道进出码头。"], "吉胆岛渔港管理处",
     f"{SIGN5.year}年{SIGN5.month}月{SIGN5.day}日"),
    ("渔民问渔政", "渔船执照过期几天，还能出海吗？",
     ["问：我的渔船执照上个月底到期，还没来得及更新，这几天可以照常出海吗？（船主　吴亚九）",
      "答：执照过期的渔船不能出海作业，被查到会被扣船。请尽快带齐文件到巴生渔业办事处更新，一般三个工作天可以取件。"],
     "吉胆岛渔港管理处　执法官　郑美玲", ["郑美玲"]),
    ("渔民须知", [("潮汐表更正", "本报7月5日刊登的潮汐表中，7月15日满潮时间“下午3时10分”应为“下午4时10分”。"),
              ("救生衣检查日", "7月19日上午，管理处在码头广场检查救生衣，渔民可携带旧救生衣免费换新。"),
              ("补网课程", "合作社每逢星期日下午开办补网课程，欢迎年轻渔民报名。")]),
    True)


# 6. UTF-16 LE city daily (Shidao, Rongcheng, Shandong): the fishing port dredged before the closed season; the
#    landings table glued under the report (a unit line over the header row); a closed-season box; the Q&A glued
#    under the box's foot rule; three briefs. Indent-only and glued.
DAY6 = date(2045, 4, 18)
SIGN6, FROM6, TO6 = date(2045, 4, 12), date(2045, 5, 1), date(2045, 9, 1)
ordered(SIGN6, DAY6, FROM6, TO6)
BERTHS6 = [42, 18]
assert sum(BERTHS6) == 60
FISH6 = [("鲅鱼", 520, 360, 340), ("黄花鱼", 210, 520, 540), ("鱿鱼", 380, 280, 280), ("海蛎子", 640, 90, 84)]
assert sum(b for _, b, _, _ in FISH6) == 1750
PORT6_PAGE = zh_page(
    "zh_utf16le_bom_crlf_city_fishing_page_port_dredged_before_closed_season_report_kicker_caption_credit_running_head_skipper_midquote_indent_only_glued_landings_unit_line_header_closed_season_box_glued_signed_qa_runin_briefs",
    "utf-16-le", [], "\r\n", 21, False,
    "岚礁日报 2045-04-18 第7版 海事 (an invented city daily; Shidao, Rongcheng, Shandong, as setting), UTF-16 LE with "
    "BOM, CRLF; **indent-only**, wrapped at 21. A report on the fishing port dredged before the closed season (kicker "
    "`渔港疏浚`, title, byline line, the dateline `本报讯`, a caption and its credit inside a sentence, a skipper's “” "
    f"words cut before `靠得住。”`; {BERTHS6[0]} + {BERTHS6[1]} = {sum(BERTHS6)} berths, asserted); then, **glued under "
    "the report's last line**, the table `本周渔获卸港` (**a unit line** `单位：箱　元/箱` over the header row; 1750 boxes "
    "asserted); a closed-season box; then, **glued under the box's foot rule**, the Q&A `船长来信` signed at its foot; "
    "three briefs under `渔港短讯` run in on their heads.",
    DAY6, "7", ["岚礁日报", f"2045年4月18日　{weekday(DAY6)}　　第7版　海事"],
    ["岚礁日报社　　地址：荣成市石岛镇黄海中路41号"],
    ["岚礁日报", "2045年4月18日", weekday(DAY6), "第7版", "海事", "岚礁日报·海事", "岚礁日报社", "地址：荣成市石岛镇黄海中路41号"],
    "岚礁日报·海事", ZH_RULE21, bom=True)
PORT6_PAGE["articles"] = zh_articles(
    PORT6_PAGE,
    dict(lines=["渔港疏浚", "石岛渔港清淤完工　六十个泊位水深达标", "本报记者　于　澄"],
         title="石岛渔港清淤完工　六十个泊位水深达标", bylines=["本报记者　于　澄", "于　澄", "于澄"],
         captions=["清淤船驶出港池。"], credits=["（于　澄　摄）"], kicker="渔港疏浚",
         body=[f"本报讯　石岛渔港清淤工程近日完工。港池内{BERTHS6[0]}个大船泊位和{BERTHS6[1]}个小船泊位，共"
               f"{sum(BERTHS6)}个泊位的水深全部恢复到设计标准，赶在伏季休渔前让渔船安心回港停泊。",
               "记者在港池边看到，{cap}几艘刚回港的渔船已经在新清过的泊位靠了岸。",
               "“鲁荣渔50877”号船长王永胜说：“往年休渔时船挤在一起，退大潮还会坐底，今年泊位深了，缆绳也"
               "{run}靠得住。”"]),
    ("本周渔获卸港", ["品种　数量　价格　涨跌"] + [f"{n}　{b}　{p}　{change(p, q)}" for n, b, p, q in FISH6],
     "单位：箱　元/箱"),
    (ZH_RULE21, "伏季休渔通告",
     [f"休渔时间：{FROM6.month}月{FROM6.day}日12时至{TO6.month}月{TO6.day}日12时",
      "休渔对象：除钓具外的所有作业类型渔船", "停泊要求：休渔渔船须在4月30日前回港，按指定泊位停靠，船上留人值守。"],
     "石岛湾渔港管理处", f"{SIGN6.year}年{SIGN6.month}月{SIGN6.day}日"),
    ("船长来信", "休渔期间能不能出港修船？",
     ["问：我的船休渔期间要到船厂换螺旋桨，船厂在港外，能开过去吗？（船长　孙德海）",
      "答：可以，但要提前三天到管理处报备，写明航线和往返时间，途中不得携带网具，修好后按时回港。"],
     "石岛湾渔港管理处　副主任　曲海燕", ["曲海燕"]),
    ("渔港短讯", [("潮汐表更正", "本报4月11日刊登的潮汐表中，4月22日高潮潮高“2.6米”应为“3.6米”。"),
              ("救生衣检查日", "4月26日全天，管理处在渔港服务站统一检查救生衣，不合格的当场更换。"),
              ("织网补网培训", "渔民技校5月开办织网补网培训，共十次课，休渔期间的渔民可免费参加。")]),
    True)


PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]


def portuguese(day):
    """A Portuguese date with its weekday (**new** here: the Makwe page's Mozambican furniture)."""
    return f"{PT[day.weekday()]}, {day.day} de {PT_MONTHS[day.month - 1]} de {day.year}"


def plus(now, before):
    """A Latin table's change column: `+2`, `-3`, `0`."""
    return "0" if now == before else (f"+{now - before}" if now > before else f"-{before - now}")


# 7. Makwe (Palma, Cabo Delgado, Mozambique), UTF-8 with BOM, CRLF: the line-fishing fleet's season; the landings
#    table glued under the report (header row, a source line); a licence-renewal box; the Q&A glued under the box's
#    foot rule; three briefs. Blank-line paragraphs, hyphenated.
DAY7 = date(2045, 6, 14)
SIGN7, FROM7, TO7 = date(2045, 6, 9), date(2045, 6, 23), date(2045, 7, 18)
ordered(SIGN7, DAY7, FROM7, TO7)
BOATS7 = [64, 27]
assert sum(BOATS7) == 91
FISH7 = [("Ngande", 1850, 180, 160), ("Jodari", 920, 240, 250), ("Pweza", 640, 300, 300), ("Changu", 1130, 150, 140)]
assert sum(kg for _, kg, _, _ in FISH7) == 4540
RULE7 = "=" * 38
MAKWE_PAGE = latin_page(
    "ymk_utf8_bom_crlf_makwe_fishing_page_line_fishing_fleet_season_report_kicker_caption_credit_running_head_skipper_midquote_glued_landings_header_source_line_licence_renewal_box_glued_signed_qa_runin_briefs",
    "utf-8", "\r\n", 38, "", True,
    "Sauti ya Palma 2045-06-14 Página 5 (an invented weekly of Palma, Cabo Delgado, Mozambique; Makwe text, "
    "Portuguese furniture), UTF-8 with BOM (`“ ” – · ç`), CRLF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A report on the line-fishing fleet's season (kicker `Nyengo ya kuloba`, title, byline line "
    "`Kalemba: Saide Mussa Ntoli`, the dateline `PALMA –`, a caption and its credit inside a sentence, a skipper's "
    f"“” words cut by the running head; {BOATS7[0]} + {BOATS7[1]} = {sum(BOATS7)} boats and 4540 kg landed, asserted); "
    "then, **with no blank line under the report's last line**, the table `Somba ya lelo` (header row, columns "
    "aligned by spaces, a source line `Fonte: …`); a licence-renewal box between two `=` rules (items set solid, the "
    "office and date flush right); then, **with no blank line under the box's foot rule**, the Q&A `Kuuza kwa "
    "valovi` signed at its foot; three briefs under `Habari ndodo` run in on ` – `.",
    DAY7, "5", [f"SAUTI YA PALMA · {portuguese(DAY7)} · Página 5", "Pescas · Editor: Amade Issa Chale"],
    ["Sauti ya Palma · redaccao@sautipalma.example.mz"],
    ["SAUTI YA PALMA", portuguese(DAY7), "Página 5", "Pescas", "Editor: Amade Issa Chale", "Sauti ya Palma · Pescas",
     "Sauti ya Palma", "redaccao@sautipalma.example.mz"], "Sauti ya Palma · Pescas", RULE7, 5, bom=True)
MAKWE_PAGE["articles"] = latin_articles(
    MAKWE_PAGE,
    dict(lines=["Nyengo ya kuloba", "Ngalawa za Palma zinarudya na somba", "nnyingi", "Kalemba: Saide Mussa Ntoli"],
         title="Ngalawa za Palma zinarudya na somba nnyingi", bylines=["Kalemba: Saide Mussa Ntoli", "Saide Mussa Ntoli"],
         captions=["Valovi vanakokota ngalawa mumchanga wa Mwambo."], credits=["Foto: Saide Mussa Ntoli"],
         kicker="Nyengo ya kuloba",
         body=[syl(f"PALMA – Nyengo ya kuloba kwa ndowano yanyanzyile mwezi wa Mei. Ngalawa {BOATS7[0]} za kuvuta "
                   f"na ngalawa {BOATS7[1]} za matanga, jumla ngalawa {sum(BOATS7)}, zinalobela kuvahali ya "
                   "visiwa vya Quirimbas."),
               syl("Twafikile pwani lya Mwambo ukundakundi, {cap}vanawake vanangoja somba kuvakumbele."),
               syl("Nahodha Bakari Abdala Chipande anaalongela: “Mwaka uno somba nnyingi, ngalawa yetu "
                   "yanarudya kila lisiku na ndengo nzima, mwanya wa {run}mwezi.”")]),
    ("Somba ya lelo", aligned([("Somba", "Kg", "Mt/kg", "Badilika")]
                              + [(n, str(kg), str(p), plus(p, b)) for n, kg, p, b in FISH7]),
     None, "Fonte: Mercado de Peixe de Mwambo, 13 de junho"),
    (RULE7, "Kuvuya liseni ya ngalawa",
     ["Vanu: Valovi vwoti va ngalawa ya kuvuta", f"Lisiku: {FROM7.day} de junho hadi {TO7.day} de julho",
      "Pahali: Ofisi ya Mwambo, asubuhi saa 2 hadi saa 8", "Vikalatasi: liseni ya kale, picha mbili na "
      "kalatasi ya jaketi ya kuelea."], "Delegação Marítima de Mwambo", f"Palma, {SIGN7.day} de junho de {SIGN7.year}"),
    ("Kuuza kwa valovi", "Liseni yangu yapotile, ndenda chani?",
     [syl("Kuuza: Liseni ya ngalawa yangu yapotile mumaji. Nangweza kuvuya liseni nyambi? (Nahodha Rashidi "
          "Mussa Kaunde)"),
      syl("Kujibu: Ndiyo. Uende ofisini na kalatasi ya polisi na picha mbili; liseni nyambi inatoka baada ya "
          "masiku saba.")],
     "Fatima Issufo Ntamba, Delegação Marítima", ["Fatima Issufo Ntamba"]),
    ("Habari ndodo", [("Ratiba ya maji", "Ratiba ya maji ya kupwa ya lisiku 10 de junho: saa 4.20, si saa 5.20."),
                      ("Lisiku lya jaketi", "Lisiku lya 21 de junho, ofisi inalola jaketi za kuelea pwani "
                       "lya Mwambo, bure."),
                      ("Kushona nyavu", "Valovi vakale vanavafundisha vijana kushona nyavu kila Jumamosi "
                       "asubuhi, ofisini.")]),
    True)


# 8. Huave (San Mateo del Mar, Oaxaca, Mexico), Windows-1252, CRLF: a new cold store for the lagoon's shrimp; the
#    prices table (a unit line over the header row); a shrimp closed-season box; the Q&A; three briefs. Indent-only
#    (four spaces), nothing glued, hyphenated.
DAY8 = date(2045, 2, 22)
SIGN8, FROM8, TO8 = date(2045, 2, 17), date(2045, 3, 15), date(2045, 6, 15)
ordered(SIGN8, DAY8, FROM8, TO8)
TONS8 = [18, 7]
assert sum(TONS8) == 25
FISH8 = [("Camarón", 620, 210, 190), ("Lisa", 880, 60, 65), ("Robalo", 240, 150, 150), ("Mojarra", 510, 55, 50)]
assert sum(kg for _, kg, _, _ in FISH8) == 2250
RULE8 = "-" * 36
HUAVE_PAGE = latin_page(
    "huv_cp1252_crlf_huave_fishing_page_lagoon_shrimp_cold_store_report_deck_caption_credit_running_head_skipper_midquote_indent_only_prices_unit_line_header_shrimp_closed_season_box_signed_qa_runin_briefs",
    "cp1252", "\r\n", 36, "    ", False,
    "La Voz de la Laguna 2045-02-22 Página 4 (an invented weekly of San Mateo del Mar, Oaxaca, Mexico; Huave text, "
    "Spanish furniture), **Windows-1252** (`ü é ó “ ” – ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped "
    "at 36 with hyphenation. A report on a new cold store for the lagoon's shrimp (**a deck under the head**, no "
    "kicker; byline line `Teat: Epifanio Olivares Palafox`, the dateline `SAN MATEO DEL MAR –`, a caption and its "
    f"credit inside a sentence, a fisherman's “” words cut by the running head; {TONS8[0]} + {TONS8[1]} = {sum(TONS8)} "
    "t, asserted); then, after a blank line, the table `Ombeay mbaj` (**a unit line** over the header row; 2250 kg "
    "asserted); a shrimp closed-season box between two `-` rules; the Q&A `Apmajchiiy ikoots` signed at its foot; "
    "three briefs under `Nop nop ombeay` run in on ` – `.",
    DAY8, "4", [f"LA VOZ DE LA LAGUNA · {spanish(DAY8)} · Página 4", "Mar y Laguna · Editora: Rosalía Quintas Baloes"],
    ["La Voz de la Laguna · redaccion@vozlaguna.example.mx"],
    ["LA VOZ DE LA LAGUNA", spanish(DAY8), "Página 4", "Mar y Laguna", "Editora: Rosalía Quintas Baloes",
     "La Voz de la Laguna · Mar y Laguna", "La Voz de la Laguna", "redaccion@vozlaguna.example.mx"],
    "La Voz de la Laguna · Mar y Laguna", RULE8, 5)
HUAVE_PAGE["articles"] = latin_articles(
    HUAVE_PAGE,
    dict(lines=["Mionüm najneaj cámara fría", "Camarón ikoots apmeej nej ombas iüt", "Teat: Epifanio Olivares Palafox"],
         title="Mionüm najneaj cámara fría", deck="Camarón ikoots apmeej nej ombas iüt",
         bylines=["Teat: Epifanio Olivares Palafox", "Epifanio Olivares Palafox"],
         captions=["Ikoots amb camarón nej cámara fría."], credits=["Foto: Lucía Ponce Barrita"],
         body=[syl(f"SAN MATEO DEL MAR – Cooperativa Mbaj Ndek apmeej najneaj cámara fría: {TONS8[0]} toneladas "
                   f"camarón, {TONS8[1]} toneladas kiet, {sum(TONS8)} toneladas ngo. Ikoots amb ndek mi ombas "
                   "iüt, ngo apmeej camarón tiül mikwüy."),
               syl("Sajpan ombas kawüy, {cap}monteok ikoots aj kiet tiül playa."),
               syl("Nasey Crescencio Gabriel Oviedo aaga: “Ngomeajts camarón apmaj ombas ndek, tiül cámara fría "
                   "ikoots apmeej kiet arangüch nej {run}mikwüy.”")]),
    ("Ombeay mbaj", aligned([("Kiet", "Kg", "Pesos", "Cambio")]
                            + [(n, str(kg), str(p), plus(p, b)) for n, kg, p, b in FISH8]),
     "Kilos y pesos por kilo, 21 de febrero"),
    (RULE8, "Veda del camarón tiül ndek",
     [f"Tiempo: {FROM8.day} de marzo hasta {TO8.day} de junio", "Ombas: Laguna Superior y Laguna Inferior",
      "Ikoots: ngo apmeej chinchorro camaronero; atarraya para comer sí."],
     "Oficina Comunal de Mar y Laguna", f"{SIGN8.day} de febrero de {SIGN8.year}"),
    ("Apmajchiiy ikoots", "¿Cámara fría tiül veda?",
     [syl("Apmajchiiy: Tiül veda, ¿ikoots apmeej camarón nej cámara fría? (Nasey Faustino Escandón Quiroz)"),
      syl("Ambeay: Ajküw. Camarón mi ombas veda apmeej tiül cámara fría, ngo ikoots amb factura cooperativa "
          "nej mikwüy kiet.")],
     "Benita Oviedo Huamuchil, Oficina Comunal", ["Benita Oviedo Huamuchil"]),
    ("Nop nop ombeay", [("Tabla de mareas", "Tabla ombas 15 de febrero: marea alta 6.40, ngo 7.40."),
                        ("Chaleco salvavidas", "Sábado 4 de marzo, ikoots ambeay chaleco salvavidas tiül "
                         "cooperativa, monteok."),
                        ("Nadam chinchorro", "Nej kawüy jueves, nasey monteok ikoots nadam chinchorro tiül "
                         "cooperativa.")]),
    False)
assert FROM8.weekday() == 2 and date(2045, 3, 4).weekday() == 5  # the box opens on a Wednesday; 4 March a Saturday


# 9. Penrhyn (Omoka, Tongareva, Cook Islands), UTF-16 BE with BOM, LF: the lagoon passage dredged at Omoka; the
#    prices table glued under the report (a unit line over the header row); a passage-closure box; the Q&A glued under
#    the box's foot rule; three briefs. Blank-line paragraphs, hyphenated.
DAY9 = date(2045, 10, 4)
SIGN9, FROM9, TO9 = date(2045, 9, 29), date(2045, 10, 13), date(2045, 10, 15)
ordered(SIGN9, DAY9, FROM9, TO9)
METRES9 = [140, 60]
assert sum(METRES9) == 200
FISH9 = [("Kakahi", 410, 14, 12), ("Ature", 260, 9, 9), ("Marau", 180, 11, 12), ("Mārolo", 320, 8, 7)]
assert sum(kg for _, kg, _, _ in FISH9) == 1170
RULE9 = "=" * 39
PENRHYN_PAGE = latin_page(
    "pnh_utf16be_bom_lf_penrhyn_fishing_page_omoka_lagoon_passage_dredged_report_kicker_caption_credit_running_head_skipper_midquote_glued_prices_unit_line_header_passage_closure_box_glued_signed_qa_runin_briefs",
    "utf-16-be", "\n", 39, "", True,
    "Te Ava 2045-10-04 Page 3 (an invented weekly of Omoka, Tongareva (Penrhyn), Cook Islands; Penrhyn text, English "
    "furniture), UTF-16 BE with BOM (`ā ē ī ō ū “ ” – ·`), LF; blank-line paragraphs, wrapped at 39 with "
    "hyphenation. A report on the lagoon passage dredged at Omoka (kicker `Te ara vaka`, title over two lines, byline line `Nā Tere "
    "Vaitoti`, the dateline `OMOKA –`, a caption and its credit inside a sentence, a skipper's “” words cut by the "
    f"running head; {METRES9[0]} + {METRES9[1]} = {sum(METRES9)} m dredged, asserted); then, **with no blank line under "
    "the report's last line**, the table `Te moni o te ika` (**a unit line** `NZ$ a kilo` over the header row; 1170 kg "
    "asserted); a passage-closure box; then, **with no blank line under the box's foot rule**, the Q&A `Te uianga a "
    "te tautai` signed at its foot; three briefs under `Tuatua poto` run in on ` – `.",
    DAY9, "3", [f"TE AVA · {english(DAY9)} · Page 3", "Lagoon & Sea · Editor: Mere Tauira"],
    ["Te Ava · Omoka, Tongareva · teava@tongareva.example.ck"],
    ["TE AVA", english(DAY9), "Page 3", "Lagoon & Sea", "Editor: Mere Tauira", "Te Ava · Lagoon & Sea", "Te Ava",
     "Omoka, Tongareva", "teava@tongareva.example.ck"], "Te Ava · Lagoon & Sea", RULE9, 5, bom=True)
PENRHYN_PAGE["articles"] = latin_articles(
    PENRHYN_PAGE,
    dict(lines=["Te ara vaka", "Kua keri ia te ara vaka ki te", "tahua o Omoka", "Nā Tere Vaitoti"],
         title="Kua keri ia te ara vaka ki te tahua o Omoka", bylines=["Nā Tere Vaitoti", "Tere Vaitoti"],
         captions=["Te pāti keri i roto i te roto, i mua i te tahua."], credits=["Tā Nāmoe Pitomaki"],
         kicker="Te ara vaka",
         body=[syl(f"OMOKA – Kua oti te keri i te ara vaka i roto i te roto: {METRES9[0]} mita i te ara nui, "
                   f"{METRES9[1]} mita i mua i te tahua, {sum(METRES9)} mita kātoa. E tae mai te vaka hī ika ki te "
                   "tahua ahakoa te mimiti o te tai. Nā te akatereanga o te tahua i akamanuia te angaanga keri, e "
                   "tuatuaanga akaperepereanga ki te au tautai."),
               syl("I te tuatoru o te rā, {cap}kua hoki mai te au vaka ki te tahua."),
               syl("Nā te kāpiteni Tuaine Marsters i tuatua: “I mua, e tatari mātou ki te pānga o te tai, i teia "
                   "nei e hoki vave mātou mai te {run}moana.”")]),
    ("Te moni o te ika", aligned([("Ika", "Kg", "NZ$", "Taui")]
                                 + [(n, str(kg), str(p), plus(p, b)) for n, kg, p, b in FISH9]),
     "NZ$ a kilo, landed at Omoka"),
    (RULE9, "Ka opani ia te ara vaka",
     [f"Rā: {english(FROM9)} ki {english(TO9)}", "Hora: 7 i te pōpongi ki 5 i te ahiahi",
      "Ara: ka haere te au vaka nā te ava o Siki Rangi."], "Tongareva Harbour Office",
     f"Omoka, {SIGN9.day} September {SIGN9.year}"),
    ("Te uianga a te tautai", "E aha te mea ka opani ia te ara?",
     [syl("Uianga: E aha ka opani ia te ara vaka i te marama nei, kua oti ana te keri? (Tautai Pā Tangi)"),
      syl("Pāhonoanga: Ka tuku ia te au tohu hōu i te ara vaka, nō reira ka opani ia e toru rā. Ka oti, ka "
          "vaiiho ia te au tohu kia kite te vaka i te pō.")],
     "Teina Rima, Tongareva Harbour Office", ["Teina Rima"]),
    ("Tuatua poto", [("Te tēpu tai", "Te tēpu tai o te 11 Oketopa: te tai nui 9.15, kāore 10.15."),
                     ("Te rā kōti", "I te 12 Oketopa, ka hī ia te au kōti pāruru i te tahua o Omoka."),
                     ("Te tātai kupenga", "Ka haapii te au metua i te tātai kupenga i te au ahiahi, i te are "
                      "tautai.")]),
    True)


# 10. Mortlockese (Lukunor, Mortlock Islands, Chuuk, Federated States of Micronesia), Mac OS Roman, CR: a new cold
#     store and ice plant on the lagoon; the landings table (header row, a source line under it); a reef-spawning
#     closed-season box; the Q&A; three briefs. Indent-only (three spaces), nothing glued, hyphenated.
DAY10 = date(2045, 8, 16)
SIGN10, FROM10, TO10 = date(2045, 8, 11), date(2045, 9, 1), date(2045, 11, 30)
ordered(SIGN10, DAY10, FROM10, TO10)
ICE10 = [5, 3]
assert sum(ICE10) == 8
FISH10 = [("Taaw", 540, 4, 4), ("Mwaanú", 310, 3, 2), ("Ikeras", 720, 2, 2), ("Liwor", 260, 5, 6)]
assert sum(kg for _, kg, _, _ in FISH10) == 1830
RULE10 = "=" * 40
MORTLOCK_PAGE = latin_page(
    "mrl_macroman_cr_mortlockese_fishing_page_lukunor_cold_store_ice_plant_report_deck_caption_credit_running_head_skipper_midquote_indent_only_landings_header_source_line_reef_closed_season_box_signed_qa_runin_briefs",
    "mac_roman", "\r", 40, "   ", False,
    "Fúún Mortlock 2045-08-16 Page 6 (an invented weekly of Lukunor, Mortlock Islands, Chuuk, FSM; Mortlockese text, "
    "English furniture), **Mac OS Roman** (`á é ó ú “ ” – ·`), **CR**; **indent-only paragraphs (three spaces)**, "
    "wrapped at 40 with hyphenation. A report on a new cold store and ice plant (**a deck under the head**, no kicker; "
    "byline line `Mi makkei: Kiniesi Sapwo`, the dateline `LUKUNOR –`, a caption and its credit inside a sentence, a "
    f"skipper's “” words cut by the running head; {ICE10[0]} + {ICE10[1]} = {sum(ICE10)} t a day, asserted); then the "
    "table `Iik mi toolong` (header row, columns aligned by spaces, prices in US$ a pound, a source line `Source: …` "
    "under the rows; 1830 lb asserted); a reef-spawning closed-season box between two `=` rules; the Q&A `Kapas "
    "eis seni néún wa` signed at its foot; three briefs under `Kapas mwochomwoch` run in on ` – `.",
    DAY10, "6", [f"FÚÚN MORTLOCK · {english(DAY10)} · Page 6", "Reef & Lagoon · Editor: Maria Rosa Kinemi"],
    ["Fúún Mortlock · Lukunor, Chuuk · news@fuunmortlock.example.fm"],
    ["FÚÚN MORTLOCK", english(DAY10), "Page 6", "Reef & Lagoon", "Editor: Maria Rosa Kinemi",
     "Fúún Mortlock · Reef & Lagoon", "Fúún Mortlock", "Lukunor, Chuuk", "news@fuunmortlock.example.fm"],
    "Fúún Mortlock · Reef & Lagoon", RULE10, 5)
MORTLOCK_PAGE["articles"] = latin_articles(
    MORTLOCK_PAGE,
    dict(lines=["Imwen ais mi péé nón Lukunor", "Iik ese chúen ngaw, aramas ra tongeni amooli", "Mi makkei: Kiniesi Sapwo"],
         title="Imwen ais mi péé nón Lukunor", deck="Iik ese chúen ngaw, aramas ra tongeni amooli",
         bylines=["Mi makkei: Kiniesi Sapwo", "Kiniesi Sapwo"],
         captions=["Chóón leset ra atowu iik seni néún wa ngeni imwen ais."], credits=["Photo: Sinobu Amwenú"],
         body=[syl(f"LUKUNOR – Ewe imwen ais mi péé a tepeeto nón ewe wiik. A tongeni féri ais {ICE10[0]} ton me "
                   f"pwisin ewe imwen mootun {ICE10[1]} ton nón eew ráán, ina {sum(ICE10)} ton. Ewe kumiien chóón "
                   "leset mi anemwúúr ewe imw."),
               syl("Lón ewe ráán nanew, {cap}chóón leset ra eáni ewe ais mwirin ar leset."),
               syl("Ewe kápiten Benitus Orenias a apasa: “Meinisin ráán sia pwúúrenó iik pún esoor ais, iei "
                   "sia tongeni amooli iik nón ewe {run}maram.”")]),
    ("Iik mi toolong", aligned([("Iik", "Pound", "US$", "Siwil")]
                               + [(n, str(kg), str(p), plus(p, b)) for n, kg, p, b in FISH10]),
     None, "Source: Lukunor Fishermen's Co-op, 15 August"),
    (RULE10, "Ese leset nón ewe leenien kúkkún",
     [f"Fansoun: {english(FROM10)} ngeni {english(TO10)}", "Leenien: ewe pwoong mi nón efeng, Lukunor",
      "Iik: ese tongeni ppwasi me amooli liwor me taaw mi kúkkún."], "Mortlocks Reef Office",
     f"Lukunor, {SIGN10.day} August {SIGN10.year}"),
    ("Kapas eis seni néún wa", "Ifa usun iik nón imwen ais?",
     [syl("Kapas eis: Ika upwe atowu iik nón imwen ais, ifa úkúkún an a tongeni nónnóm? (Kápiten Sinaio Keke)"),
      syl("Pwóppwós: Iik a tongeni nónnóm nón imwen ais ruu maram. Ka makkei itomw me ewe ráán nón ewe "
          "pwuuk mi nón ewe asamalapan imw.")],
     "Elina Sapwo, Mortlocks Reef Office", ["Elina Sapwo"]),
    ("Kapas mwochomwoch", [("Taipel en ewe lesset", "Ewe taipel en ewe lesset, 22 August: ewe lesset mi "
                            "tekia 4.10, sap 5.10."),
                           ("Ewe ráán ikeiken", "Nón 26 August, Mortlocks Reef Office epwe etittina "
                            "ikeiken nón ewe imwen ais."),
                           ("Túttúr uuk", "Chóón leset mi chinnap repwe afalafal ifa usun túttúr uuk nón "
                            "meinisin wiik, nón ewe imwen mwich.")]),
    False)

PAGES = [SEASON1_PAGE, COLD2_PAGE, DREDGE3_PAGE, LAST4_PAGE, KETAM5_PAGE, PORT6_PAGE, MAKWE_PAGE, HUAVE_PAGE,
         PENRHYN_PAGE, MORTLOCK_PAGE]
