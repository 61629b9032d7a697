"""The text of every holdout180 page, written once: make_holdout180_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-175 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here the column's foot signature,
its byline); `("more", line)` a printed line with no blank line before it (the box's closing rule); `{cap}` drops
the photo caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be
split at a line end (`syl()`, holdout151's rules); `"runin"` runs a brief's bold head into its first line
(holdout161's); `Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's labelled item set
solid, and the notice's foot, the issuer and the date each set flush right.
Every page is a rivers, water and environment page: a river clean-up, tree-planting or water-supply report (kicker,
title, byline, the dateline at the head of the first paragraph, a volunteer's words cut by the running head, a photo
caption with its credit inside a sentence); a water-quality or air-quality table under its label (site, reading,
grade; a unit line over it on some pages, a source line under it on others); a boxed water-cut or burning-ban notice
between two rule lines (area, dates and hours, what to do; the issuing office and date flush right at its foot); a
naturalist's column of two or three paragraphs signed at its foot with name and post; and three briefs run in on
bold heads (a bird count, a recycling day, a well tested). Weekdays and sums are computed and asserted. All papers,
river groups, offices, people, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    aligned,
    boxed_notice,
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
    """The report: kicker, title, byline (as printed, then the name), caption and credit; the dateline stays at the
    head of the first paragraph (holdout171's and 175's)."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def table(label, rows, glued=False):
    """A water- or air-quality table under its label: the label is the title, one paragraph per printed line (the
    unit line over the rows, the header row and the source line under them included: holdout171's)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def column(label, title, body, signature, names, glued=False):
    """The naturalist's column: the label its kicker (section accepted), the head its title, the foot signature
    (post and name, as printed; the name alone accepted) its byline, never a paragraph (holdout175's Q&A)."""
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


def zh_articles(page, rep, tab, box, col, short, glued):
    """A Chinese page's seven articles: the report, the table (glued under the report's last line if `glued`), the
    notice, the column (glued under the box's foot rule if `glued`) and three briefs run in on a full-width space."""
    return [report(*rep), table(*tab, glued=glued), boxed_notice(page, *box), column(*col, glued=glued),
            *runin_briefs(short[0], short[1], "　")]


def latin_articles(page, rep, tab, box, col, short, glued):
    """A Latin page's seven articles, as `zh_articles`; the briefs run in on ` – `, hyphenated."""
    return [report(*rep), table(*tab, glued=glued), boxed_notice(page, *box), column(*col, glued=glued),
            *runin_briefs(short[0], [(t, syl(x)) for t, x in short[1]], " – ")]


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper, CRLF, blank-line: 312 volunteers clear a river in a day; the water-quality table glued
#    under the report's last line (header row, source line); a night water cut; the column glued under the box's
#    foot rule; three briefs.
DAY1 = date(2045, 4, 12)
CLEAN1, SIGN1, CUT1 = date(2045, 4, 9), date(2045, 4, 10), date(2045, 4, 18)
ordered(CLEAN1, SIGN1, DAY1, CUT1)
TEAMS1 = [126, 104, 82]
TONS1 = [1.6, 1.5, 0.9]
assert sum(TEAMS1) == 312 and round(sum(TONS1), 1) == 4.0
RIVER1_PAGE = zh_page(
    "zh_gbk_crlf_city_environment_river_cleanup_volunteers_report_dateline_caption_credit_running_head_midquote_glued_water_quality_source_line_water_cut_box_glued_naturalist_briefs",
    "gbk", [], "\r\n", 21, True,
    "苇川晚报 2045-04-12 第6版 环境 (an invented city evening paper), GBK, CRLF; blank-line paragraphs, wrapped at 21. "
    "A river clean-up report (kicker `清河行动`, title with a full-width gap, byline line, the dateline `本报讯` at the "
    f"head of paragraph 1, the caption and its credit inside a sentence, a volunteer's “” words cut by the running head "
    f"before `回来看看。”`; {' + '.join(map(str, TEAMS1))} = {sum(TEAMS1)} volunteers and "
    f"{' + '.join(map(str, TONS1))} = {sum(TONS1):.1f} 吨, asserted); then, **with no blank line under the report's last "
    "line**, the table `芦泾河水质监测` (a header row, three rows, the source line `数据来源：…`); a water-cut notice "
    "between two rule lines; then, **with no blank line under the box's foot rule**, the column `自然笔记` signed at "
    "its foot; three briefs under `环保简讯` run in on their heads.",
    DAY1, "6", ["苇川晚报", f"2045年4月12日　{weekday(DAY1)}　　第6版　环境　　编辑：向　苕"],
    ["苇川晚报社　　新闻热线：0573-8821596"],
    ["苇川晚报", "2045年4月12日", weekday(DAY1), "第6版", "环境", "编辑：向　苕", "苇川晚报·环境", "苇川晚报社",
     "新闻热线：0573-8821596"], "苇川晚报·环境", ZH_RULE21)
RIVER1_PAGE["articles"] = zh_articles(
    RIVER1_PAGE,
    (["清河行动", "三百余名志愿者清理芦泾河　一天捞出垃圾四吨", "本报记者　尹　湄"], "三百余名志愿者清理芦泾河　一天捞出垃圾四吨",
     ["本报记者　尹　湄", "尹　湄", "尹湄"], ["志愿者在芦泾河滩地上分拣打捞上岸的垃圾。"], ["（本报记者　尹　湄　摄）"],
     [f"本报讯　{CLEAN1.month}月{CLEAN1.day}日（{zhou(CLEAN1)}），“护河青年”等三支志愿队伍共{sum(TEAMS1)}人，分段清理"
      f"芦泾河。三支队伍分别有{TEAMS1[0]}人、{TEAMS1[1]}人和{TEAMS1[2]}人，上游、中段和入江口三段分别捞出垃圾"
      f"{TONS1[0]}吨、{TONS1[1]}吨和{TONS1[2]}吨，合计{sum(TONS1):.1f}吨。",
      "打捞上来的多是塑料袋、泡沫盒和废旧轮胎。{cap}中午时分，河面上已经看不到漂浮物。",
      "第一次参加的大学生沈语桐说：“小时候我在这条河边抓过小鱼，后来就不敢靠近了。以后每个月，我都要"
      "{run}回来看看。”"], "清河行动"),
    ("芦泾河水质监测", ["监测点　溶解氧（毫克/升）　类别", "上游渡口　7.6　Ⅱ类", "鹭桥　6.1　Ⅲ类", "入江口　4.8　Ⅳ类",
                 "数据来源：苇川市水文站"]),
    (ZH_RULE21, "停水通告",
     ["停水区域：芦泾路、鹭桥新村、渡口街一带", f"停水时间：{CUT1.month}月{CUT1.day}日（{zhou(CUT1)}）22时至次日6时",
      "温馨提示：请用户提前储水，恢复供水初期水质可能浑浊，放水片刻即可。"], "苇川市自来水公司",
     f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    ("自然笔记", "白鹭回到了鹭桥", [
        "鹭桥这个地名，老人们说是因为早年桥下常有白鹭。二十年前河水发黑，白鹭就不见了。",
        "这两年河水清了，小鱼小虾多了，白鹭也跟着回来。清晨站在桥上，能看见它们贴着水面慢慢飞过去。",
        "看白鹭请站远一点，不要投喂，也不要用闪光灯拍照。",
    ], "苇川市湿地保护站　研究员　钟　蓼", ["钟　蓼", "钟蓼"]),
    ("环保简讯", [
        ("白鹭数量增加", "鹭桥湿地本月观鸟调查共记录白鹭二百一十只，比去年同期多三十六只。"),
        ("周六回收日", "本月最后一个周六，各社区设点回收旧衣物、废电池和旧家电，可兑换环保袋。"),
        ("古井水质达标", "渡口街百年古井经检测，各项指标符合生活饮用水标准，井边已立牌公示。"),
    ]),
    True)


# 2. GB18030 county daily, LF, indent-only, nothing glued: five hundred dawn redwoods planted on a river bank (a rare
#    Extension A character in the reporter's name); the air-quality table under a unit line, no header row; a
#    straw-burning ban; the column; three briefs.
RARE = "\u3b8e"  # 㮎, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 5, 17)
PLANT2, SIGN2, FROM2, TO2 = date(2045, 5, 13), date(2045, 5, 15), date(2045, 5, 20), date(2045, 6, 30)
ordered(PLANT2, SIGN2, DAY2, FROM2, TO2)
TREES2 = [180, 170, 150]
assert sum(TREES2) == 500
PM2 = [("县城站", 28), ("河口镇站", 41), ("工业园站", 63)]
assert [("优" if v <= 35 else "良") for _, v in PM2] == ["优", "良", "良"]
TREES2_PAGE = zh_page(
    "zh_gb18030_lf_county_ecology_riverbank_tree_planting_report_rare_char_dateline_caption_credit_running_head_midquote_indent_only_air_quality_unit_line_no_header_burning_ban_box_naturalist_briefs",
    "gb18030", ["gbk"], "\n", 21, False,
    f"沄溪日报 2045-05-17 第3版 生态 (an invented county daily; `{RARE}` U+3B8E, CJK Extension A, in the reporter's "
    f"name `祁　{RARE}`; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21. A tree-planting report (kicker "
    "`绿色行动`, byline, the dateline `本报讯` at the head of paragraph 1, the caption and credit inside a sentence, a "
    f"volunteer's “” words cut by the running head before `乘凉。”`; {' + '.join(map(str, TREES2))} = {sum(TREES2)} "
    "trees, asserted); then (blank line) the table `今日空气质量` (**a unit line** `单位：微克/立方米（PM2.5）` over "
    "three rows, **no header row**, no source line; grades computed from the readings); a straw-burning ban between "
    "two rule lines; the column `草木闲话`, signed; three briefs under `绿色简讯`.",
    DAY2, "3", ["沄溪日报", f"2045年5月17日　{weekday(DAY2)}　　第3版　生态"],
    ["沄溪日报社　　地址：沄溪县城南路18号　　邮编：343200"],
    ["沄溪日报", "2045年5月17日", weekday(DAY2), "第3版", "生态", "沄溪日报·生态", "沄溪日报社", "地址：沄溪县城南路18号",
     "邮编：343200"], "沄溪日报·生态", ZH_RULE21)
TREES2_PAGE["articles"] = zh_articles(
    TREES2_PAGE,
    (["绿色行动", "五百株水杉种上沄溪河堤", f"本报记者　祁　{RARE}"], "五百株水杉种上沄溪河堤",
     [f"本报记者　祁　{RARE}", f"祁　{RARE}", f"祁{RARE}"], ["志愿者在沄溪东岸为新栽的水杉培土。"], ["（通讯员　詹　岚　摄）"],
     [f"本报讯　{PLANT2.month}月{PLANT2.day}日（{zhou(PLANT2)}），两百多名志愿者来到沄溪东岸，在三段河堤上分别种下水杉"
      f"{TREES2[0]}株、{TREES2[1]}株和{TREES2[2]}株，共{sum(TREES2)}株。",
      "这段河堤前几年被洪水冲刷，泥土裸露。{cap}县林业站的技术员在一旁指导挖坑、扶苗和浇定根水。",
      "带着女儿来种树的志愿者程晓芸说：“树是我们一家三口一起种的，挂了家里的名牌。等树长高了，我要带她回来"
      "{run}乘凉。”"], "绿色行动"),
    ("今日空气质量", ["单位：微克/立方米（PM2.5）"] + [f"{s}　{v}　{'优' if v <= 35 else '良'}" for s, v in PM2]),
    (ZH_RULE21, "禁止露天焚烧秸秆通告",
     ["禁烧区域：全县各乡镇农田、林地及河道两岸",
      f"禁烧时间：{FROM2.month}月{FROM2.day}日（{zhou(FROM2)}）至{TO2.month}月{TO2.day}日（{zhou(TO2)}），全天",
      "处理办法：秸秆请就地还田或送至各乡镇收储点，违者将依法处罚。"], "沄溪县人民政府",
     f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    ("草木闲话", "水杉为什么适合种在河边", [
        "水杉喜欢湿润的土壤，根系扎得深，能把河堤上的泥土牢牢抓住。它长得快，十年就能成林。",
        "秋天水杉的叶子会变成红褐色，落在水面上，鱼儿也喜欢在树荫下停留。新种的树苗头两年最怕干旱，入夏后要勤浇水。",
    ], "沄溪县林业站　高级工程师　蒋　苡", ["蒋　苡", "蒋苡"]),
    ("绿色简讯", [
        ("候鸟调查", "县观鸟协会在沄溪湿地记录到白琵鹭十四只，是近五年来最多的一次。"),
        ("旧物回收日", "每月第一个周日，县城各社区回收旧书、旧衣和塑料瓶，可换取绿植一盆。"),
        ("村井抽检", "县疾控中心抽检了十二个村的水井，十一口达标，一口已封存待处理。"),
    ]),
    False)


# 3. Big5 Taiwan county daily (Yilan), CR, blank-line, glued: a stream clean-up; the water-quality table glued under
#    the report (header row, source line); a water cut; the column glued under the box's foot rule; three briefs.
DAY3 = date(2045, 10, 11)
CLEAN3, SIGN3, CUT3 = date(2045, 10, 8), date(2045, 10, 9), date(2045, 10, 17)
ordered(CLEAN3, SIGN3, DAY3, CUT3)
assert DAY3.year - 1911 == 134
KG3 = [700, 600, 500]
assert sum(KG3) == 1800
RULE3 = "─" * 20
STREAM3_PAGE = zh_page(
    "zht_big5_cr_taiwan_yilan_environment_stream_cleanup_report_dateline_caption_credit_running_head_midquote_glued_water_quality_source_line_water_cut_box_glued_naturalist_briefs",
    "big5", [], "\r", 20, True,
    "宜澄日報 2045-10-11 (`中華民國134年10月11日`) A9 環保 (an invented county daily, Yilan county), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. A stream clean-up report (kicker `淨溪行動`, byline `記者游采薇`, the dateline "
    "`（宜蘭訊）` at the head of paragraph 1, the caption and credit inside a sentence, a volunteer's 「」 words cut by "
    f"the running head before `一起來。」`; {' + '.join(map(str, KG3))} = {sum(KG3)} 公斤, asserted); then, **with no "
    "blank line under the report's last line**, the table `碧雲溪水質監測` (header row, three rows, the source line "
    "`資料來源：…`); a water-cut notice; then, **with no blank line under the box's foot rule**, the column `自然觀察`, "
    "signed; three briefs under `綠色短訊`.",
    DAY3, "A9", [f"宜澄日報　中華民國134年10月11日　{weekday(DAY3)}", "A9　環保　　主編：駱怡萱"],
    ["宜澄日報社　讀者專線：(03)958-2476"],
    ["宜澄日報", "中華民國134年10月11日", weekday(DAY3), "A9", "環保", "主編：駱怡萱", "宜澄日報．環保", "宜澄日報社",
     "讀者專線：(03)958-2476"], "宜澄日報．環保", RULE3)
STREAM3_PAGE["articles"] = zh_articles(
    STREAM3_PAGE,
    (["淨溪行動", "碧雲溪淨溪　兩百志工撿出一點八噸垃圾", "記者游采薇"], "碧雲溪淨溪　兩百志工撿出一點八噸垃圾",
     ["記者游采薇", "游采薇"], ["志工在碧雲溪出海口的沙洲上撿拾漂流垃圾。"], ["記者游采薇／攝影"],
     [f"（宜蘭訊）「碧雲溪守護隊」{CLEAN3.month}月{CLEAN3.day}日（{zhou_t(CLEAN3)}）發起淨溪，兩百多名志工分成上游、中游、出海口"
      f"三組，分別撿出垃圾{KG3[0]}公斤、{KG3[1]}公斤、{KG3[2]}公斤，合計{sum(KG3)}公斤。",
      "撿到的多半是寶特瓶、保麗龍和廢漁網。{cap}守護隊表示，廢漁網會送去再製成背包。",
      "帶著同學來參加的高中生賴品睿說：「以前覺得垃圾不是我丟的，跟我無關。今天撿了一整天才知道，溪要乾淨，"
      "大家都得{run}一起來。」"], "淨溪行動"),
    ("碧雲溪水質監測", ["測站　溶氧量（mg/L）　等級", "碧雲橋　7.9　未受污染", "二結堰　5.6　輕度污染", "出海口　4.1　中度污染",
                 "資料來源：宜澄縣水質監測站"]),
    (RULE3, "停水公告",
     ["停水範圍：五結鄉二結村、季新村", f"停水時間：{CUT3.month}月{CUT3.day}日（{zhou_t(CUT3)}）9時至17時",
      "注意事項：請預先儲水，恢復供水時請先開啟水龍頭排除混濁水。"], "宜澄自來水營運所",
     f"中華民國{SIGN3.year - 1911}年{SIGN3.month}月{SIGN3.day}日"),
    ("自然觀察", "溪邊的翠鳥", [
        "秋天走在碧雲溪畔，常會看見一抹藍色貼著水面飛過，那就是翠鳥。牠停在枯枝上，一動也不動，看準了小魚才俯衝入水。",
        "翠鳥在土坡上挖洞築巢，溪岸若全鋪上水泥，牠就無家可歸。守住一段自然的溪岸，比什麼都要緊。",
    ], "宜澄縣野鳥學會　解說志工　莊筱嵐", ["莊筱嵐"]),
    ("綠色短訊", [
        ("水鳥調查", "野鳥學會上週在蘭陽溪口記錄到黑面琵鷺二十六隻，比去年同期多九隻。"),
        ("資源回收日", "本月最後一個週六，各村辦公處設點回收廢電池、舊手機與廢食用油。"),
        ("古井水質檢驗", "二結村百年古井經檢驗，大腸桿菌群未檢出，村民可安心取用澆灌。"),
    ]),
    True)


# 4. Big5-HKSCS Hong Kong district weekly (Tai Po), Cantonese, CRLF, indent-only, nothing glued: villagers and
#    volunteers plant a bare slope above a stream; the air-quality table under a unit line (header row); a water
#    cut; the column; three briefs.
DAY4 = date(2045, 3, 17)
PLANT4, SIGN4, CUT4 = date(2045, 3, 12), date(2045, 3, 14), date(2045, 3, 22)
ordered(PLANT4, SIGN4, DAY4, CUT4)
assert PLANT4.weekday() == 6 and (DAY4 - PLANT4).days < 7  # 上禮拜日: the Sunday before the paper
SAPLINGS4 = [240, 160]
assert sum(SAPLINGS4) == 400
AQHI4 = [("大埔", 3), ("沙田", 5), ("荃灣", 7)]


def aqhi(value):
    return "低" if value <= 3 else "中" if value <= 6 else "高"


assert [aqhi(v) for _, v in AQHI4] == ["低", "中", "高"]
SLOPE4_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_green_hillside_tree_planting_cantonese_report_dateline_caption_credit_running_head_midquote_indent_only_air_quality_unit_line_header_water_cut_box_naturalist_briefs",
    "big5hkscs", ["cp950", "big5"], "\r\n", 20, False,
    "埔溪週報 2045-03-17 第5頁 綠色大埔 (an invented Tai Po district weekly; the village 石鼓坑 invented), Big5-HKSCS "
    "(`嘅 喺 咗 啲 嚟 冇`; in neither cp950 nor Big5), CRLF; Cantonese in the quotation; **indent-only**, wrapped at 20. "
    "A tree-planting report (kicker `植樹日`, byline `記者　黃卓謙`, the dateline `【本報訊】` at the head of paragraph 1, "
    "the caption and credit inside a sentence, a volunteer's 「」 words cut by the running head before `再嚟。」`; "
    f"{SAPLINGS4[0]} + {SAPLINGS4[1]} = {sum(SAPLINGS4)} saplings, asserted); then (blank line) the table "
    "`空氣質素健康指數` (**a unit line** `（級別：1至10+）` over a header row and three rows, grades computed); a "
    "water-cut notice (`禮拜` weekdays); the column `山野札記`, signed; three briefs under `社區短訊`.",
    DAY4, "5", ["埔溪週報", f"2045年3月17日　{weekday(DAY4)}　　第5頁　綠色大埔"],
    ["埔溪週報　　讀者熱線：2658 3071"],
    ["埔溪週報", "2045年3月17日", weekday(DAY4), "第5頁", "綠色大埔", "埔溪週報．綠色大埔", "埔溪週報", "讀者熱線：2658 3071"],
    "埔溪週報．綠色大埔", ZH_RULE20)
SLOPE4_PAGE["articles"] = zh_articles(
    SLOPE4_PAGE,
    (["植樹日", "石鼓坑光禿山坡　四百棵樹苗落地", "記者　黃卓謙"], "石鼓坑光禿山坡　四百棵樹苗落地",
     ["記者　黃卓謙", "黃卓謙"], ["村民同義工喺石鼓坑山坡上種樹。"], ["（本報記者攝）"],
     [f"【本報訊】石鼓坑村上禮拜日（{PLANT4.month}月{PLANT4.day}日）搞植樹日，村民同義工喺村後山坡種咗樟樹"
      f"{SAPLINGS4[0]}棵、木棉{SAPLINGS4[1]}棵，合共{sum(SAPLINGS4)}棵。",
      "呢幅山坡前年山火之後一直光禿禿，{cap}落大雨啲泥沙就沖落山坑。",
      "第一次嚟種樹嘅義工梁焯然話：「今日種落去嘅樹，要好多年先會大。不過我冇所謂，每年植樹日我都會"
      "{run}再嚟。」"], "植樹日"),
    ("空氣質素健康指數", ["（級別：1至10+）", "監測站　指數　風險"] + [f"{s}　{v}　{aqhi(v)}" for s, v in AQHI4]),
    (ZH_RULE20, "暫停食水供應通告",
     ["受影響地區：石鼓坑村、大窩村及附近一帶",
      f"暫停時間：{CUT4.month}月{CUT4.day}日（禮拜{'一二三四五六日'[CUT4.weekday()]}）晚上11時至翌日早上6時",
      "注意事項：請預先貯水，恢復供水後如水質混濁，請開喉放水片刻。"], "埔溪水務工程處",
     f"{SIGN4.year}年{SIGN4.month}月{SIGN4.day}日"),
    ("山野札記", "木棉開花，山坡返青", [
        "三月係木棉開花嘅時候。紅色嘅大花開喺光禿禿嘅枝頭，未見葉先見花，遠遠都睇得到。",
        "木棉嘅根扎得深，種喺斜坡可以抓實啲泥。花落咗之後，啲雀仔仲會嚟食花蜜，山坡慢慢就會熱鬧返。",
    ], "大埔自然教育中心　導賞員　冼穎珊", ["冼穎珊"]),
    ("社區短訊", [
        ("觀鳥日數雀仔", "上禮拜六嘅觀鳥日喺林村河邊數到白鷺四十二隻，仲有兩隻翠鳥。"),
        ("月尾回收日", "每個月最後一個禮拜日，村公所門口回收舊衣、膠樽同埋廢電池。"),
        ("井水化驗", "大窩村兩口老井嘅井水已經送去化驗，結果合格，不過都建議煲滾先飲。"),
    ]),
    False)


# 5. UTF-8 (no BOM) Malaysian daily (Sibu, Sarawak), LF, blank-line, glued: three longhouses on piped water; the
#    water-quality table glued under the report (a unit line over a header row, a source line under the rows); a
#    water cut; the column glued under the box's foot rule; three briefs.
DAY5 = date(2045, 7, 14)
OPEN5, SIGN5, CUT5 = date(2045, 7, 10), date(2045, 7, 12), date(2045, 7, 19)
ordered(OPEN5, SIGN5, DAY5, CUT5)
assert CUT5.weekday() != DAY5.weekday()  # the box's 星期 is never the masthead's
HOMES5 = [46, 38, 52]
PIPE5 = [4.2, 3.5]
assert sum(HOMES5) == 136 and round(sum(PIPE5), 1) == 7.7
SIBU5_PAGE = zh_page(
    "zh_utf8_nobom_lf_malaysia_sibu_green_longhouse_piped_water_report_dateline_caption_credit_running_head_midquote_glued_water_quality_unit_line_header_source_line_water_cut_box_glued_naturalist_briefs",
    "utf-8", [], "\n", 21, True,
    "拉让晨报 2045-07-14 第10版 绿色生活 (an invented daily of Sibu, Sarawak; `令吉`, `长屋`), UTF-8 without BOM, LF; "
    "blank-line paragraphs, wrapped at 21. A water-supply report (kicker `供水工程`, byline `报道：潘家慧`, the dateline "
    "`（诗巫讯）` at the head of paragraph 1, the caption and credit inside a sentence, a volunteer's “” words cut by "
    f"the running head before `水喉，再累也值得。”`; {' + '.join(map(str, HOMES5))} = {sum(HOMES5)} 户, "
    f"{PIPE5[0]} + {PIPE5[1]} = {sum(PIPE5):.1f} 公里, asserted); then, **with no blank line under the report's last "
    "line**, the table `拉让江水质` (a unit line, a header row, three rows, the source line `资料来源：…`); a water-cut "
    "notice (`星期` weekdays, never the masthead's); then, **with no blank line under the box's foot rule**, the "
    "column `大自然手记`, signed; three briefs under `环保短讯`.",
    DAY5, "10", ["拉让晨报", f"2045年7月14日　{weekday(DAY5)}　　第10版　绿色生活"],
    ["拉让晨报　　电邮：news@rajangmorning.example.my"],
    ["拉让晨报", "2045年7月14日", weekday(DAY5), "第10版", "绿色生活", "拉让晨报·绿色生活", "拉让晨报",
     "电邮：news@rajangmorning.example.my"], "拉让晨报·绿色生活", ZH_RULE21)
SIBU5_PAGE["articles"] = zh_articles(
    SIBU5_PAGE,
    (["供水工程", "三座长屋接通自来水　村民不再只靠雨水", "报道：潘家慧"], "三座长屋接通自来水　村民不再只靠雨水",
     ["报道：潘家慧", "潘家慧"], ["长屋居民在走廊上打开新装的水喉。"], ["（摄影：蔡永强）"],
     [f"（诗巫讯）沿江三座长屋共{sum(HOMES5)}户，分别有{HOMES5[0]}户、{HOMES5[1]}户和{HOMES5[2]}户，"
      f"{OPEN5.month}月{OPEN5.day}日起接通自来水。新铺的水管分两段，长{PIPE5[0]}公里和{PIPE5[1]}公里，"
      f"共{sum(PIPE5):.1f}公里。",
      "过去，居民靠屋顶收集雨水，旱季还得划船到对岸挑水。{cap}通水当天，长屋里办了一场小小的庆祝会。",
      "帮忙铺管的志工黄伟祥说：“我们二十多个人，背着水管走了三个星期的山路。看到老人家笑着扭开"
      "{run}水喉，再累也值得。”"], "供水工程"),
    ("拉让江水质", ["单位：毫克/升（溶氧量）", "地点　读数　级别", "诗巫码头　6.8　第二级", "拉让江口　5.2　第三级",
               "巴都河口　7.3　第二级", "资料来源：诗巫水质检测中心"]),
    (ZH_RULE21, "制水通告",
     ["受影响地区：新珠山花园、福源村及附近一带",
      f"制水时间：{CUT5.month}月{CUT5.day}日（星期{'一二三四五六日'[CUT5.weekday()]}）上午8时至下午6时",
      "注意事项：请公众储水备用，恢复供水后请先放水数分钟。"], "拉让供水公司", f"{SIGN5.year}年{SIGN5.month}月{SIGN5.day}日"),
    ("大自然手记", "犀鸟飞过拉让江", [
        "清晨坐船沿拉让江而上，偶尔能听见“呱呱”的叫声，抬头一看，一对犀鸟正扇着大翅膀飞过江面。",
        "犀鸟爱吃野生无花果，靠它们把种子带到远处，森林才能一代代长下去。保护犀鸟，就要先留住江边的大树。",
    ], "诗巫自然爱好者协会　会长　吴振麟", ["吴振麟"]),
    ("环保短讯", [
        ("数鸟活动", "协会上周日在江边红树林数鸟，共记录鸟类三十一种。"),
        ("回收日", "本月二十六日上午，市区各华小设点回收旧报纸、铝罐和塑料瓶。"),
        ("井水检测", "卫生局检测了郊区十口水井，九口合格，一口须煮沸后才可饮用。"),
    ]),
    True)


# 6. UTF-16 LE city evening paper, CRLF, indent-only, glued: a new water works for the eastern district; the
#    air-quality table glued under the report (a unit line, a header row, a source line); a leaf-burning ban; the
#    column glued under the box's foot rule; three briefs.
DAY6 = date(2045, 11, 22)
OPEN6, SIGN6, FROM6, TO6 = date(2045, 11, 18), date(2045, 11, 20), date(2045, 11, 25), date(2046, 2, 28)
ordered(OPEN6, SIGN6, DAY6, FROM6, TO6)
TONS6 = [6, 4]
assert sum(TONS6) == 10
WORKS6_PAGE = zh_page(
    "zh_utf16le_bom_crlf_city_environment_water_works_report_dateline_caption_credit_running_head_midquote_indent_only_glued_air_quality_unit_line_header_source_line_leaf_burning_ban_box_glued_naturalist_briefs",
    "utf-16-le", [], "\r\n", 22, False,
    "筠州晚报 2045-11-22 第9版 环保 (an invented city evening paper), UTF-16 LE with BOM, CRLF; **indent-only**, wrapped "
    "at 22. A water-supply report (kicker `民生工程`, byline, the dateline `本报讯` at the head of paragraph 1, the "
    "caption and credit inside a sentence, a volunteer's “” words cut by the running head before `才放心。”`; "
    f"{TONS6[0]} + {TONS6[1]} = {sum(TONS6)} 万吨, asserted); then, **with no blank line under the report's last line**, "
    "the table `今日空气质量` (a unit line, a header row, three rows, a source line); a leaf-burning ban; then, **with no "
    "blank line under the box's foot rule**, the column `草木札记`, signed; three briefs under `绿色快讯`.",
    DAY6, "9", ["筠州晚报", f"2045年11月22日　{weekday(DAY6)}　　第9版　环保　　责任编辑：熊　苒"],
    ["筠州晚报社　　热线：0795-3368142"],
    ["筠州晚报", "2045年11月22日", weekday(DAY6), "第9版", "环保", "责任编辑：熊　苒", "筠州晚报·环保", "筠州晚报社",
     "热线：0795-3368142"], "筠州晚报·环保", "─" * 22, bom=True)
WORKS6_PAGE["articles"] = zh_articles(
    WORKS6_PAGE,
    (["民生工程", "城东水厂通水　十万户用上新水", "本报记者　周立新"], "城东水厂通水　十万户用上新水",
     ["本报记者　周立新", "周立新"], ["城东水厂的工作人员在化验室检测出厂水。"], ["（本报记者　周立新　摄）"],
     [f"本报讯　{OPEN6.month}月{OPEN6.day}日（{zhou(OPEN6)}），城东水厂正式通水。一期每天供水{TONS6[0]}万吨，"
      f"二期明年建成后再增加{TONS6[1]}万吨，合计每天{sum(TONS6)}万吨，城东十万户居民将全部用上新水。",
      "新水厂从上游的锦屏水库取水，{cap}出厂水要经过四道净化工序。",
      "参加开放日的志愿者张晓雯说：“我专门看了化验室，每两个小时测一次水。亲眼看过，喝着"
      "{run}才放心。”"], "民生工程"),
    ("今日空气质量", ["单位：微克/立方米（PM2.5）", "站点　浓度　等级", "城东站　32　优", "城西站　48　良", "开发区站　76　轻度污染",
                "数据来源：筠州市空气监测中心"]),
    ("─" * 22, "禁止焚烧落叶通告",
     ["禁烧范围：市区各街道、公园、小区及河道两岸",
      f"禁烧时间：{FROM6.month}月{FROM6.day}日（{zhou(FROM6)}）至次年{TO6.month}月{TO6.day}日（{zhou(TO6)}）",
      "处理办法：落叶请装袋放到小区垃圾收集点，由环卫部门统一清运堆肥。"], "筠州市城市管理局",
     f"{SIGN6.year}年{SIGN6.month}月{SIGN6.day}日"),
    ("草木札记", "落叶也是宝", [
        "入冬以后，街边的梧桐叶落了一地。很多人觉得落叶是垃圾，一把火烧了最省事。",
        "其实落叶堆起来，过一个冬天就成了肥料，撒回树下，来年的叶子会更绿。烧掉它，既浪费，又让空气变差。",
    ], "筠州市园林科学研究所　研究员　沙　洲", ["沙　洲", "沙洲"]),
    ("绿色快讯", [
        ("冬候鸟调查", "市观鸟会在锦屏水库记录到小天鹅六十八只，为历年最多。"),
        ("周末回收日", "本周六上午，各社区回收旧电池、旧灯管和过期药品。"),
        ("老井检测", "老城区三口老井经检测，水质达到生活用水标准，可用于浇花洗地。"),
    ]),
    True)


# 7. Ternate (Ternate, North Maluku, Indonesia), UTF-8 with BOM, CRLF, blank-line, glued: a barangka (ravine stream)
#    cleared of rubbish; the water-quality table glued under the report (header row, source line); a water cut; the
#    column glued under the box's foot rule; three briefs.
DAY7 = date(2045, 8, 16)
CLEAN7, SIGN7, CUT7 = date(2045, 8, 13), date(2045, 8, 14), date(2045, 8, 21)
ordered(CLEAN7, SIGN7, DAY7, CUT7)
BAGS7 = [210, 145, 95]
assert sum(BAGS7) == 450
RULE7 = "=" * 39
TERNATE_PAGE = latin_page(
    "tft_utf8_bom_crlf_ternate_environment_barangka_stream_cleanup_report_dateline_caption_credit_running_head_midquote_glued_water_quality_source_line_water_cut_box_glued_naturalist_briefs",
    "utf-8", "\r\n", 39, "", True,
    "Suara Gamalama 2045-08-16 Halaman 7 (an invented weekly of Ternate, North Maluku; Ternate text, Indonesian "
    "furniture), UTF-8 with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 39 with hyphenation. A clean-up "
    "of a barangka (a ravine stream) (kicker `Barangka`, title, byline `Ma tulis: Rahmawati Sidik`, the dateline "
    f"`TERNATE –`, the caption and credit inside a sentence, a volunteer's “” words cut by the running head; "
    f"{' + '.join(map(str, BAGS7))} = {sum(BAGS7)} bags, asserted); then, **with no blank line under the report's last "
    "line**, the table `Ake ma kualitas` (header row, columns aligned by spaces, the source line `Sumber: …`); a "
    "water-cut notice between two `=` rules; then, **with no blank line under the box's foot rule**, the column `Kie "
    "se Gota`, signed; three briefs under `Berita Singkat` run in on ` – `.",
    DAY7, "7", [f"SUARA GAMALAMA · {indonesian(DAY7)} · Halaman 7", "Lingkungan Hidup · Redaktur: Sofyan Abdurrahim"],
    ["Suara Gamalama · redaksi@suaragamalama.example.id"],
    ["SUARA GAMALAMA", indonesian(DAY7), "Halaman 7", "Lingkungan Hidup", "Redaktur: Sofyan Abdurrahim",
     "Suara Gamalama · Lingkungan Hidup", "Suara Gamalama", "redaksi@suaragamalama.example.id"],
    "Suara Gamalama · Lingkungan Hidup", RULE7, 5, bom=True)
TERNATE_PAGE["articles"] = latin_articles(
    TERNATE_PAGE,
    (["Barangka", "Ngofa se relawan tiri barangka Toboko", "Ma tulis: Rahmawati Sidik"],
     "Ngofa se relawan tiri barangka Toboko", ["Ma tulis: Rahmawati Sidik", "Rahmawati Sidik"],
     ["Relawan toma barangka Toboko ma dudu."], ["Foto: Irfan Latuconsina"],
     [syl(f"TERNATE – {indonesian(CLEAN7)}, ngofa se relawan raange kelompok tiri barangka Toboko. Kelompok "
          f"rimoi ino {BAGS7[0]} karung, romdidi {BAGS7[1]} karung, raange {BAGS7[2]} karung; jumlah "
          f"{sum(BAGS7)} karung sampah."),
      syl("Sampah plastik se botol dofu toma barangka, {cap}ake ua lewat ngolo."),
      syl("Relawan Fadli Kasuba wosa: “Ngori ma fala toma barangka ne. Ngom ua jaga, ake maha ino toma fala. "
          "Ngom ma barangka, ngom ma {run}tanggungjawab.”")], "Barangka"),
    ("Ake ma kualitas", aligned([("Ake", "DO (mg/L)", "Kelas"), ("Ake Tege", "7,4", "I"), ("Ake Sango", "6,1", "II"),
                                 ("Barangka Toboko", "3,9", "III")]) + ["Sumber: Laboratorium Air Kie Raha"]),
    (RULE7, "Ake ua ma wange",
     ["Daerah: Toboko, Kalumpang se Gamalama", f"Waktu: {indonesian(CUT7)}, 08.00–16.00",
      "Ngon ma ake: isi ake toma ember se drum ma ngare."], "PDAM Kie Raha", f"Ternate, {SIGN7.day} Agustus {SIGN7.year}"),
    ("Kie se Gota", "Gota ma ake toma kie", [
        syl("Gota ma dopolo toma kie Gamalama ena ma ake ma ibu. Gota ma akar jaga ake toma tanah, se ake ino "
            "toma barangka ma wange kemarau."),
        syl("Ngon ua potong gota toma sempadan barangka. Gota rimoi ma akar, ake rimoi ma mata air."),
    ], "Nurlela Hamisi, Pengamat Burung, Ternate", ["Nurlela Hamisi"]),
    ("Berita Singkat", [("Hitung burung", "Relawan hitung burung toma danau Laguna, 38 jenis burung, 6 jenis burung "
                                          "migrasi."),
                        ("Bank sampah", "Bank sampah Toboko terima plastik se kertas ma wange Sabtu, 09.00–12.00."),
                        ("Sumur ma uji", "Laboratorium uji sumur toma Kalumpang; ake ma sumur ena bersih, aman "
                                         "diminum sesudah dimasak.")]),
    True)


# 8. Talaud (Melonguane, Talaud Islands, North Sulawesi), Windows-1252, CRLF, indent-only (four spaces), nothing glued:
#    a spring piped to a hill village; the water-quality table under a unit line (header row); a field-burning ban;
#    the column; three briefs.
DAY8 = date(2045, 9, 15)
OPEN8, SIGN8, FROM8, TO8 = date(2045, 9, 11), date(2045, 9, 13), date(2045, 9, 18), date(2045, 11, 30)
ordered(OPEN8, SIGN8, DAY8, FROM8, TO8)
PIPE8, TAPS8 = 2400, 12
assert PIPE8 // TAPS8 == 200
RULE8 = "=" * 40
TALAUD_PAGE = latin_page(
    "tld_cp1252_crlf_talaud_environment_spring_piped_to_village_report_dateline_caption_credit_running_head_midquote_indent_four_spaces_water_quality_unit_line_header_burning_ban_box_naturalist_briefs",
    "cp1252", "\r\n", 40, "    ", False,
    "Kabar Talaud 2045-09-15 Halaman 5 (an invented weekly of Melonguane, Talaud Islands; Talaud text, Indonesian "
    "furniture), **Windows-1252** (`“ ” – ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 40 with "
    "hyphenation. A water-supply report (kicker `Air Bersih`, byline `Sinurat i Meiti Tamaroba`, the dateline "
    f"`MELONGUANE –`, the caption and credit inside a sentence, a volunteer's “” words cut by the running head; "
    f"{PIPE8} m of pipe to {TAPS8} taps, one every {PIPE8 // TAPS8} m, asserted); then (blank line) the table `Wahe "
    "su wanua` (**a unit line** `Nilai DO dalam mg/L` over a header row, no source line); a field-burning ban; the "
    "column `Wuaa su Tampa`, signed; three briefs under `Kabar Pende`.",
    DAY8, "5", [f"KABAR TALAUD · {indonesian(DAY8)} · Halaman 5", "Lingkungan · Redaktur: Yopie Mangole"],
    ["Kabar Talaud · redaksi@kabartalaud.example.id"],
    ["KABAR TALAUD", indonesian(DAY8), "Halaman 5", "Lingkungan", "Redaktur: Yopie Mangole", "Kabar Talaud · Lingkungan",
     "Kabar Talaud", "redaksi@kabartalaud.example.id"], "Kabar Talaud · Lingkungan", RULE8, 5)
TALAUD_PAGE["articles"] = latin_articles(
    TALAUD_PAGE,
    (["Air Bersih", "Wahe apidu maruntu su wanua Ambela", "Sinurat i Meiti Tamaroba"],
     "Wahe apidu maruntu su wanua Ambela", ["Sinurat i Meiti Tamaroba", "Meiti Tamaroba"],
     ["Anak sekolah mangala wahe su kran wahuu."], ["Foto: Stenly Maarisit"],
     [syl(f"MELONGUANE – Su {indonesian(OPEN8)}, wahe apidu maruntu su wanua Ambela. Pipa {PIPE8} meter "
          f"manalu su bukide, {TAPS8} kran, kran asa su {PIPE8 // TAPS8} meter."),
      syl("Tau Ambela maraaung mangala wahe su lembah, {cap}tampa ana'u mapia."),
      syl("Relawan Hendro Binilang nangumbele: “Iami manalu pipa ta'u asa ellon. Su wanua iami, tau mawahe "
          "mangala wahe, tau ana'u su {run}sekolahe.”")], "Air Bersih"),
    ("Wahe su wanua", ["Nilai DO dalam mg/L"] + aligned([("Tampa", "DO", "Kelas"), ("Apidu Ambela", "7,8", "I"),
                                                         ("Sungai Lirung", "5,9", "II"),
                                                         ("Pantai Melonguane", "4,6", "III")])),
    (RULE8, "Larangan bakar lahan",
     ["Daerah: seluruh kebun se hutan su Talaud",
      f"Waktu: {indonesian(FROM8)} sampai {indonesian(TO8)}",
      "Ana'u: sampah kebun tatimbunu, ta'u tabakaru."], "Dinas Kehutanan Talaud",
     f"Melonguane, {SIGN8.day} September {SIGN8.year}"),
    ("Wuaa su Tampa", "Burung nuri su hutan Karakelang", [
        syl("Su hutan Karakelang wala burung nuri talaud, manu'u mapula se mawiru. Burung ini maniapu pohon "
            "masasani su hutan matatua."),
        syl("Api su kebun manunu hutan, burung nuri tamawala tampa. Tau mapia, ta'u tabakaru kebun su musim "
            "kemarau."),
    ], "Arnold Mananohas, Penjaga Hutan, Karakelang", ["Arnold Mananohas"]),
    ("Kabar Pende", [("Hitung burung", "Penjaga hutan mangitung 64 burung nuri su Karakelang, lebi 11 mawu taunu "
                                       "wuaa."),
                     ("Hari daur ulang", "Su Sabtu, sekolah Melonguane mangala botol plastik se kaleng."),
                     ("Sumur diuji", "Puskesmas manguji sumur wanua Ambela; wahe mapia, wahe manassa "
                                     "su apidu.")]),
    False)


# 9. Waropen (Waren, Waropen, Papua), UTF-16 BE with BOM, LF, blank-line, glued: a river bank cleared and replanted;
#    the water-quality table glued under the report (no header row, a source line); a water cut; the column glued
#    under the box's foot rule; three briefs.
DAY9 = date(2045, 6, 21)
CLEAN9, SIGN9, CUT9 = date(2045, 6, 17), date(2045, 6, 19), date(2045, 6, 26)
ordered(CLEAN9, SIGN9, DAY9, CUT9)
TREES9, PEOPLE9 = 300, 60
assert TREES9 // PEOPLE9 == 5
RULE9 = "=" * 44
WAROPEN_PAGE = latin_page(
    "wrp_utf16be_bom_lf_waropen_environment_riverbank_cleanup_replanting_report_dateline_caption_credit_running_head_midquote_glued_water_quality_no_header_source_line_water_cut_box_glued_naturalist_briefs",
    "utf-16-be", "\n", 44, "", True,
    "Warta Waropen 2045-06-21 Halaman 4 (an invented weekly of Waren, Waropen, Papua; Waropen text, Indonesian "
    "furniture), UTF-16 BE with BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 44 with hyphenation. A river "
    "clean-up and planting report (kicker `Kali Bersih`, byline `Penulis: Yakomina Wonatorei`, the dateline `WAREN –`, "
    f"the caption and credit inside a sentence, a volunteer's “” words cut by the running head; {TREES9} trees by "
    f"{PEOPLE9} people, five each, asserted); then, **with no blank line under the report's last line**, the table "
    "`Kualitas air kali` (**no header row**, three rows, the source line `Sumber: …`); a water-cut notice; then, "
    "**with no blank line under the box's foot rule**, the column `Ronggo Nanau`, signed; three briefs under `Berita "
    "Pendek`.",
    DAY9, "4", [f"WARTA WAROPEN · {indonesian(DAY9)} · Halaman 4", "Lingkungan · Redaktur: Hendrik Sawaki"],
    ["Warta Waropen · redaksi@wartawaropen.example.id"],
    ["WARTA WAROPEN", indonesian(DAY9), "Halaman 4", "Lingkungan", "Redaktur: Hendrik Sawaki",
     "Warta Waropen · Lingkungan", "Warta Waropen", "redaksi@wartawaropen.example.id"],
    "Warta Waropen · Lingkungan", RULE9, 5, bom=True)
WAROPEN_PAGE["articles"] = latin_articles(
    WAROPEN_PAGE,
    (["Kali Bersih", "Ana Waren ramaro kali Urfas, rawini 300 ai", "Penulis: Yakomina Wonatorei"],
     "Ana Waren ramaro kali Urfas, rawini 300 ai", ["Penulis: Yakomina Wonatorei", "Yakomina Wonatorei"],
     ["Relawan rawini ai sagu ro kali Urfas."], ["Foto: Daud Woriasi"],
     [syl(f"WAREN – Ro {indonesian(CLEAN9)}, {PEOPLE9} ana Waren ramaro sampah plastik ro kali Urfas, raedo "
          f"rawini {TREES9} ai sagu se ai bakau ro tepi kali; ana erare rawini {TREES9 // PEOPLE9} ai."),
      syl("Sampah botol se karung ramorovo ro kali, {cap}kali Urfas ranggo bersih."),
      syl("Relawan Marthen Ruamba ravo: “Kali Urfas ramaruma ana Waren. Wata ai ranggo rawini, ana inanai "
          "rariso ro {run}kalinaro.”")], "Kali Bersih"),
    ("Kualitas air kali", aligned([("Kali Urfas hulu", "7,2 mg/L", "Kelas I"), ("Kali Urfas tengah", "5,5 mg/L",
                                                                                  "Kelas II"),
                                   ("Muara Waren", "4,3 mg/L", "Kelas III")]) + ["Sumber: Puskesmas Waren"]),
    (RULE9, "Air ledeng ramati",
     ["Daerah: Waren Kota, Urfas se Botawa", f"Waktu: {indonesian(CUT9)}, 07.00–15.00",
      "Ana ravo: simpan air ro ember se drum ramaruma."], "PDAM Waropen", f"Waren, {SIGN9.day} Juni {SIGN9.year}"),
    ("Ronggo Nanau", "Burung taun-taun ro kali Urfas", [
        syl("Ro muara kali Urfas, burung taun-taun ramaedo ai bakau. Burung ini rawini ana ro ai matarani, "
            "raedo rangganai ikan ro kali."),
        syl("Ai bakau ramaruma burung se ikan. Wata ana ramoto ai bakau, burung ramakone ro muara."),
        syl("Ana Waren, jaga ai bakau ro kali Urfas."),
    ], "Agustinus Rumaropen, Guru Biologi, Waren", ["Agustinus Rumaropen"]),
    ("Berita Pendek", [("Hitung burung", "Guru se anak sekolah rahitung 27 burung taun-taun ro muara Waren."),
                       ("Hari daur ulang", "Ro Sabtu, kantor distrik ramaro botol plastik se kaleng ro pasar Waren."),
                       ("Sumur diuji", "Puskesmas Waren raedo uji sumur ro Botawa; air sumur bersih, ranggo "
                                       "dimasak.")]),
    True)


# 10. Tolitoli (Tolitoli, Central Sulawesi), Mac OS Roman, CR, indent-only (three spaces), nothing glued: mangroves
#     planted along a river mouth; the air-quality table (header row, a source line); a burning ban; the column;
#     three briefs.
DAY10 = date(2045, 2, 8)
PLANT10, SIGN10, FROM10, TO10 = date(2045, 2, 4), date(2045, 2, 6), date(2045, 2, 10), date(2045, 4, 30)
ordered(PLANT10, SIGN10, DAY10, FROM10, TO10)
SEEDS10 = [1200, 800]
assert sum(SEEDS10) == 2000
RULE10 = "=" * 36
TOLITOLI_PAGE = latin_page(
    "txe_macroman_cr_tolitoli_environment_river_mouth_mangroves_report_dateline_caption_credit_running_head_midquote_indent_three_spaces_air_quality_header_source_line_burning_ban_box_naturalist_briefs",
    "mac_roman", "\r", 36, "   ", False,
    "Suara Tolitoli 2045-02-08 Halaman 6 (an invented weekly of Tolitoli, Central Sulawesi; Tolitoli text, Indonesian "
    "furniture), **Mac OS Roman** (`“ ” – ·`), **CR**; **indent-only paragraphs (three spaces)**, wrapped at 36 with "
    "hyphenation. A mangrove-planting report (kicker `Bakau`, byline `Penulis: Rosmiati Lahadji`, the dateline "
    f"`TOLITOLI –`, the caption and credit inside a sentence, a volunteer's “” words cut by the running head; "
    f"{SEEDS10[0]} + {SEEDS10[1]} = {sum(SEEDS10)} seedlings, asserted); then (blank line) the table `Kualitas udara` "
    "(a header row, three rows, the source line `Sumber: …`); a burning ban; the column `Tanah se Laut`, signed; three "
    "briefs under `Kabar Singkat`.",
    DAY10, "6", [f"SUARA TOLITOLI · {indonesian(DAY10)} · Halaman 6", "Lingkungan · Redaktur: Syamsul Bantilan"],
    ["Suara Tolitoli · redaksi@suaratolitoli.example.id"],
    ["SUARA TOLITOLI", indonesian(DAY10), "Halaman 6", "Lingkungan", "Redaktur: Syamsul Bantilan",
     "Suara Tolitoli · Lingkungan", "Suara Tolitoli", "redaksi@suaratolitoli.example.id"],
    "Suara Tolitoli · Lingkungan", RULE10, 5)
TOLITOLI_PAGE["articles"] = latin_articles(
    TOLITOLI_PAGE,
    (["Bakau", "Duangribu bibit bakau nitanam ri muara Sabang", "Penulis: Rosmiati Lahadji"],
     "Duangribu bibit bakau nitanam ri muara Sabang", ["Penulis: Rosmiati Lahadji", "Rosmiati Lahadji"],
     ["Relawan manatanam bibit bakau ri muara Sabang."], ["Foto: Wahyudin Tombolotutu"],
     [syl(f"TOLITOLI – Ri {indonesian(PLANT10)}, nelayan se relawan manatanam {SEEDS10[0]} bibit bakau ri muara "
          f"sungai Sabang se {SEEDS10[1]} ri pantai Nalu; jumlahna {sum(SEEDS10)} bibit."),
      syl("Muara Sabang nagasak niabrasi ombak, {cap}bakau mabagus manjaga pantai."),
      syl("Relawan Ilham Dg. Masiki nangulai: “Ama'u nelayan. Bakau mabagus, ikan se kapiting mabanyak, "
          "anak-anak manganu ri {run}muaranami.”")], "Bakau"),
    ("Kualitas udara", aligned([("Lokasi", "PM2,5", "Kategori"), ("Kota Tolitoli", "18", "Baik"),
                                ("Pelabuhan Dede", "42", "Sedang"), ("Pasar Sentral", "61", "Sedang")])
     + ["Sumber: Stasiun Udara Tolitoli"]),
    (RULE10, "Larangan membakar sampah",
     ["Daerah: Kota Tolitoli se desa ri pesisir", f"Waktu: {indonesian(FROM10)} sampai {indonesian(TO10)}",
      "Ala'u: sampah nibawa ri TPS, tabaka ri pekarangan."], "Kantor Camat Baolan",
     f"Tolitoli, {SIGN10.day} Februari {SIGN10.year}"),
    ("Tanah se Laut", "Kapiting bakau ri muara Sabang", [
        syl("Kapiting bakau manjadi ri akar bakau. Kalau bakau nitabang, kapiting mangilang, nelayan "
            "mangalami rugi."),
        syl("Bibit bakau mabagus nitanam ri lumpur matipis, mabatu, se nilindungi ri ombak mabasar."),
    ], "Nurhayati Djaelangkara, Penyuluh Perikanan, Tolitoli", ["Nurhayati Djaelangkara"]),
    ("Kabar Singkat", [("Hitung burung", "Relawan manghitung 19 jenis burung pantai ri muara Sabang, lima "
                                         "burung migrasi."),
                       ("Hari daur ulang", "Ri Sabtu, bank sampah Baolan manerima botol plastik se kardus."),
                       ("Sumur diuji", "Puskesmas Baolan manguji sumur desa Nalu; airna bagus, tapi "
                                       "harus nimasak.")]),
    False)

PAGES = [RIVER1_PAGE, TREES2_PAGE, STREAM3_PAGE, SLOPE4_PAGE, SIBU5_PAGE, WORKS6_PAGE, TERNATE_PAGE, TALAUD_PAGE,
         WAROPEN_PAGE, TOLITOLI_PAGE]
