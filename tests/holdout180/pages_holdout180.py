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
    Lines,
    aligned,
    english,
    flush_right,
    indonesian,
    ordered,
    solid,
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


def notice(page, rule, title, items, issuer, day_line):
    """A boxed water-cut or burning-ban notice between two rule lines (holdout170's, 175's): its head the title,
    each labelled item one paragraph set solid, the issuing office (the byline; none accepted) and the date (a
    paragraph) flush right."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def column(label, title, body, signature, names, glued=False):
    """The naturalist's column: the label its kicker (section accepted), the head its title, the foot signature
    (post and name, as printed; the name alone accepted) its byline, never a paragraph (holdout175's Q&A)."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def briefs(label, items, runin):
    """Three briefs (holdout161's, 175's): the label, printed once, is the first item's section (none accepted) and
    accepted on the others; the kicker is accepted on every item; each brief's bold run-in head is its title."""
    return [{"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
             "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
            for i, (title, text) in enumerate(items)]


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
    return [report(*rep), table(*tab, glued=glued), notice(page, *box), column(*col, glued=glued),
            *briefs(short[0], short[1], "　")]


def latin_articles(page, rep, tab, box, col, short, glued):
    """A Latin page's seven articles, as `zh_articles`; the briefs run in on ` – `, hyphenated."""
    return [report(*rep), table(*tab, glued=glued), notice(page, *box), column(*col, glued=glued),
            *briefs(short[0], [(t, syl(x)) for t, x in short[1]], " – ")]


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
    "zh_gbk_crlf_city_environment_page_river_cleanup_volunteers_report_kicker_dateline_caption_credit_running_head_midquote_glued_water_quality_table_source_line_water_cut_box_glued_naturalist_column_runin_briefs",
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
    "zh_gb18030_lf_county_ecology_page_riverbank_tree_planting_report_kicker_rare_char_byline_dateline_caption_credit_running_head_midquote_indent_only_air_quality_unit_line_no_header_burning_ban_box_naturalist_column_runin_briefs",
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
    "zht_big5_cr_taiwan_yilan_environment_page_stream_cleanup_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_water_quality_table_source_line_water_cut_box_glued_naturalist_column_runin_briefs",
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
PAGES = [RIVER1_PAGE, TREES2_PAGE, STREAM3_PAGE]
