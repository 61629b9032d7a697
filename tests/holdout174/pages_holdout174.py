"""The text of every holdout174 page, written once: make_holdout174_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-170 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph);
`("end", line)` a printed line that is no paragraph (here a letter's foot signature, its byline); `("more", line)` a
printed line with no blank line before it (the correction box's closing rule); `{cap}` drops the cartoon's caption
and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end
(`syl()`, holdout151's rules, as holdout156/157/166/170 used them); `solid()` (holdout157's) a box's text set solid.
Every page is a letters-and-opinion page: an opinion column by a columnist (its label the section, a head, a byline
under the head, a cartoon's caption and credit dropped inside a sentence, a quotation cut by the running head, a
bio line at its foot on some pages: the column's last paragraph); a boxed correction (its head `更正`/`Ralat`/
`Correction` over a rule, its text naming the earlier page and date, a closing rule); a letters column under its
label, three letters, each with its own head, signed at its foot (`——X（Y读者）`, `— Name, Town`: the byline, the
dash markup), an editor's reply under one letter (the letter's last paragraph, its label kept). Weekdays and sums
are computed and asserted. All papers, people, institutions, sums and events are invented; real places are
settings only.
"""

from datetime import date
from functools import partial

from writtenpages import WEEKDAYS_ZH, english, indonesian, ordered, solid, syllables, weekday, zhou

VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def column(label, title, byline, names, body, caption, credit, glued=False):
    """The opinion column: its label the section (none accepted; kicker accepted), the head its title, the byline
    line under the head as printed (the name alone accepted), the cartoon's caption and credit; a bio line at the
    foot is its last paragraph (holdout152's majority reading)."""
    art = {"lines": [label, title, byline], "section": [label, None], "kicker": [None, label], "title": title,
           "byline": [byline] + names, "captions": [caption], "credits": [credit], "body": list(body)}
    if glued:
        art["glued"] = True
    return art


def correction(title, rule, text, page, glued=False):
    """The boxed correction: its head over a rule (the head the title), its text set solid (one paragraph), a
    closing rule (the rules markup)."""
    art = {"lines": [title, rule], "title": title, "tight": True, "body": [solid(text, page), ("more", rule)]}
    if glued:
        art["glued"] = True
    return art


def letter(label, first, title, paras, signature, names, dash, note=None, glued=False):
    """A letter: its head the title; the letters' label printed over the first one, its section (none accepted),
    `[null, label]` on the others, the kicker accepted on all (holdout152's, from 94's); the signature at its foot
    the byline, printed after a dash (markup); an editor's reply under it its last paragraph, label kept (**new**)."""
    art = {"lines": ([label] if first else []) + [title], "title": title, "tight": True,
           "section": [label, None] if first else [None, label], "kicker": [None, label],
           "byline": [signature] + names, "body": list(paras) + [("end", dash + signature)] + ([note] if note else [])}
    if glued:
        art["glued"] = True
    return art


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule, dashes,
            not_in=(), bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [rule] * 2 + ["——"] * dashes}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, dashes, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the signatures' dashes are
    markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + ["—"] * dashes}


# 1. GBK county evening paper, CRLF, blank-line: a column on lights in the old town's lanes (cartoon, a resident's
#    words cut by the running head, a bio at its foot); the correction glued under the bio; the letters label and
#    three letters, the second and third glued under the signature (the third under the editor's reply).
DAY1 = date(2044, 3, 16)
EARLIER1 = date(2044, 3, 9)
ordered(EARLIER1, DAY1)
LANES1, LIT1, LEFT1 = 38, 26, 12
assert LIT1 + LEFT1 == LANES1
RULE1 = "─" * 21
LANES_PAGE = zh_page(
    "zh_gbk_crlf_county_opinion_letters_page_lane_lights_column_cartoon_caption_credit_running_head_midquote_bio_glued_correction_box_letters_label_three_letters_glued_signatures_editor_reply",
    "gbk", "\r\n", 21, True,
    "桦溪晚报 2044-03-16 第4版 言论 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    "21. The column `桦溪观察` (head, byline `□　顾　汐`, the cartoon's caption `漫画：《巷口的灯》` and credit `袁　禾　作` "
    "dropped inside a sentence, an old man's “” words cut by the running head before `下棋了。”`, the bio "
    f"`（作者为县第二中学退休教师）` its last paragraph; {LIT1} + {LEFT1} = {LANES1} lanes, asserted); **the correction box "
    "glued under the bio** (`更正` over a rule, naming the 3rd page of "
    f"{EARLIER1.month}月{EARLIER1.day}日（{zhou(EARLIER1)}）); the label `读者来信` and three "
    "letters, **the second glued under the first's signature, the third under the editor's reply** (`编辑回复：`, the "
    "second letter's last paragraph).",
    DAY1, "4", ["桦溪晚报", f"2044年3月16日　{weekday(DAY1)}　　第4版　言论　　编辑：柏　芊"],
    ["桦溪晚报社　　来稿请寄：桦溪县府前路9号"],
    ["桦溪晚报", "2044年3月16日", weekday(DAY1), "第4版", "言论", "编辑：柏　芊", "桦溪晚报·言论", "桦溪晚报社",
     "来稿请寄：桦溪县府前路9号"],
    "桦溪晚报·言论", RULE1, 3)
LANES_PAGE["articles"] = [
    column("桦溪观察", "巷子亮了，人心也暖了", "□　顾　汐", ["顾　汐", "顾汐"], [
        f"老城区有{LANES1}条小巷，去年以来已有{LIT1}条装上了路灯，还剩{LEFT1}条在排队。灯不贵，难的是线路要从各家屋檐下"
        "走过，得一户一户去商量。",
        "南门巷装灯那天，街坊们端着板凳出来看，{cap}有人说这是巷子里多年没有过的热闹。",
        "住了四十年的吴大爷对我说：“以前天一黑就不敢出门，现在吃过晚饭，能到巷口{run}下棋了。”剩下的十二条巷子，"
        "也该早点亮起来。",
        "（作者为县第二中学退休教师）",
    ], "漫画：《巷口的灯》", "袁　禾　作"),
    correction("更正", RULE1, f"本报{EARLIER1.month}月{EARLIER1.day}日（{zhou(EARLIER1)}）第3版《公交站台该添把椅子》一文中，"
               "“城东客运站”应为“城北客运站”。特此更正，并向读者致歉。", LANES_PAGE, glued=True),
    letter("读者来信", True, "人民路站台缺个遮雨棚", [
        "我每天在人民路中段坐车上班。这个站台只有一根站牌，没有遮雨棚，下雨天大家只能挤在旁边商店的屋檐下，车来了再冒雨跑过去。",
        "希望有关部门在雨季到来前，给这个站台加一个遮雨棚。",
    ], "许向晴（城关镇读者）", ["许向晴"], "——"),
    letter("读者来信", False, "菜场门口的积水何时能排走", [
        "东湖菜场门口一下雨就积水，最深的地方没过脚面。老人提着菜绕不过去，只好蹚水走。",
    ], "鲁　敏（东湖社区读者）", ["鲁　敏", "鲁敏"], "——",
        note="编辑回复：本报已将来信转交县住建局。该局答复，菜场门口的排水管将在4月底前完成疏通改造。", glued=True),
    letter("读者来信", False, "楼道扶手修好了，谢谢", [
        "我家住的府前路老楼，楼道扶手松了好几年，老人上下楼只能扶着墙。上个月社区工作人员上门量尺寸，前几天新扶手就装好了。",
        "我想借贵报一角，向他们说一声：辛苦了。",
    ], "邵立新（府前社区读者）", ["邵立新"], "——", glued=True),
]


# 2. GB18030 city daily, LF, indent-only, not glued: the letters first (label, three letters, an editor's note
#    under the first), then the column (byline under the head, no bio), then the correction box.
RARE = "\u38b8"  # 㢸, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2044, 5, 20)
EARLIER2 = date(2044, 5, 13)
ordered(EARLIER2, DAY2)
SIGNS2, NEW2, OLD2 = 323, 236, 87
assert NEW2 + OLD2 == SIGNS2
RULE2 = "─" * 21
SIGNS_PAGE = zh_page(
    "zh_gb18030_lf_city_opinion_letters_page_faded_bus_stop_signs_letters_first_editor_note_column_rare_char_byline_cartoon_caption_credit_running_head_midquote_indent_only_correction_box",
    "gb18030", "\n", 21, False,
    f"汀沅日报 2044-05-20 第7版 观点 (an invented city daily; `{RARE}` U+38B8, CJK Extension A, in the columnist's name "
    f"`姚　{RARE}`; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21. **The letters first**: the label "
    "`市民来信` and three letters, `编者按：` under the first (its last paragraph); then, after a blank line, the column "
    f"`汀沅时评` (head, byline `本报评论员　姚　{RARE}` under it, no bio; the cartoon's caption and credit inside a "
    f"sentence, a driver's “” words cut by the running head before `不知道。”`; {NEW2} + {OLD2} = {SIGNS2} signs, "
    "asserted); then, after a blank line, the correction box naming "
    f"{EARLIER2.month}月{EARLIER2.day}日（{zhou(EARLIER2)}）'s 2nd page.",
    DAY2, "7", ["汀沅日报", f"2044年5月20日　{weekday(DAY2)}　　第7版　观点"],
    ["汀沅日报社　　地址：汀沅市滨河东路66号　　邮编：362115"],
    ["汀沅日报", "2044年5月20日", weekday(DAY2), "第7版", "观点", "汀沅日报·观点", "汀沅日报社", "地址：汀沅市滨河东路66号",
     "邮编：362115"],
    "汀沅日报·观点", RULE2, 3, not_in=["gbk"])
SIGNS_PAGE["articles"] = [
    letter("市民来信", True, "站牌上的字看不清了", [
        "滨河东路上的几块公交站牌用了十来年，字早就褪了色，线路和站名都看不清。外地来的游客常常站在站牌前问路。",
    ], "方晓棠（滨河街道市民）", ["方晓棠"], "——",
        note="编者按：据市公交公司介绍，全市站牌更新正在分批进行，滨河东路一带已列入本月计划。"),
    letter("市民来信", False, "学校路口的灯坏了半个月", [
        "实验小学东门路口的路灯坏了半个月，晚自习放学时路口黑乎乎的，家长接孩子都提心吊胆。",
        "希望路灯管理部门尽快来修一修。",
    ], "葛春生（学府社区市民）", ["葛春生"], "——"),
    letter("市民来信", False, "公厕开门能否早一点", [
        "江滨步道旁的公厕早上七点才开门，可晨练的人五点多就到了。建议开门时间提前到早上五点半。",
    ], "童美华（江滨社区市民）", ["童美华"], "——"),
    column("汀沅时评", "站牌换新，别只换个“脸”", f"本报评论员　姚　{RARE}", [f"姚　{RARE}", f"姚{RARE}"], [
        f"全市共有公交站牌{SIGNS2}块，已经更新{NEW2}块，还有{OLD2}块等着换。新站牌亮堂了，可有的只换了底板，"
        "线路信息还是旧的。",
        "记者在滨河东路看到，{cap}一块新站牌上还印着已经停运的12路。",
        "一位公交司机说：“乘客问我车几点到，站牌上查不到，我也只能说{run}不知道。”换站牌，更要把信息换对、换全。",
    ], "漫画：《新站牌　旧线路》", "（鲍　念　绘）"),
    correction("更正", RULE2, f"本报{EARLIER2.month}月{EARLIER2.day}日（{zhou(EARLIER2)}）第2版《江滨步道下月开放》一文中，"
               "“全长4.2公里”应为“全长2.4公里”。特此更正。", SIGNS_PAGE),
]


# 3. Big5 Taiwan county daily (Pingtung), CR, blank-line, glued: the column (a bio at its foot), the correction
#    glued under the bio, the letters (second glued under the first's signature, third under the editor's note).
DAY3 = date(2044, 9, 21)
EARLIER3 = date(2044, 9, 14)
ordered(EARLIER3, DAY3)
assert DAY3.year - 1911 == 133
CROSS3, DONE3, WAIT3 = 57, 31, 26
assert DONE3 + WAIT3 == CROSS3
RULE3 = "─" * 20
CROSSING_PAGE = zh_page(
    "zht_big5_cr_taiwan_opinion_letters_page_school_crossing_column_cartoon_caption_credit_running_head_midquote_bio_glued_correction_box_letters_label_three_letters_glued_signatures_editor_note",
    "big5", "\r", 20, True,
    "苓汐日報 2044-09-21 (`中華民國133年9月21日`) A10 民意論壇 (an invented county daily, Pingtung county), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. The column `公民開講` (head, byline `文／蔡昀蓁`, the cartoon's caption "
    "`漫畫：「等不到綠燈」` and credit `林冠甫／繪` inside a sentence, a pupil's 「」 words cut by the running head before "
    f"`跑過去。」`, the bio `（作者為國小退休校長）` its last paragraph; {DONE3} + {WAIT3} = {CROSS3}, asserted); **the "
    "correction glued under the bio**; the label `讀者投書` and three letters, **glued** under the signatures and the "
    "editor's note `編按：` (the second letter's last paragraph).",
    DAY3, "A10", [f"苓汐日報　中華民國133年9月21日　{weekday(DAY3)}", "A10　民意論壇　　主編：溫書瑤"],
    ["苓汐日報社　投書信箱：opinion@lingxi.example.tw"],
    ["苓汐日報", "中華民國133年9月21日", weekday(DAY3), "A10", "民意論壇", "主編：溫書瑤", "苓汐日報．民意論壇",
     "苓汐日報社", "投書信箱：opinion@lingxi.example.tw"],
    "苓汐日報．民意論壇", RULE3, 3)
CROSSING_PAGE["articles"] = [
    column("公民開講", "校門口的斑馬線該重畫了", "文／蔡昀蓁", ["蔡昀蓁"], [
        f"縣內{CROSS3}所國小的校門口，今年已有{DONE3}所重畫了斑馬線、加裝行人號誌，另外{WAIT3}所還在等經費。上下學時間，"
        "這些路口車多人多，孩子過馬路全靠導護志工。",
        "我在潮州一所國小門口站了一個早上，{cap}看見不少孩子等不及綠燈就往前衝。",
        "一個四年級的孩子告訴我：「綠燈太短了，我們走到一半就變紅燈，只好{run}跑過去。」號誌秒數，該照孩子的步伐來算。",
        "（作者為國小退休校長）",
    ], "漫畫：「等不到綠燈」", "林冠甫／繪"),
    correction("更正", RULE3, f"本報{EARLIER3.month}月{EARLIER3.day}日（週{WEEKDAYS_ZH[EARLIER3.weekday()]}）A8版〈社區巴士"
               "增班〉一文，「每日十二班」應為「每日二十班」，特此更正。", CROSSING_PAGE, glued=True),
    letter("讀者投書", True, "公車站牌的時刻表該更新", [
        "潮州轉運站附近的站牌，時刻表還是去年的班次，改點之後一直沒換。長輩看了站牌去等車，常常一等就是半小時。",
    ], "陳柏諭（屏東縣潮州鎮）", ["陳柏諭"], "——"),
    letter("讀者投書", False, "騎樓請還給行人", [
        "中山路一帶的騎樓被機車和攤架占滿，推嬰兒車的媽媽和坐輪椅的長輩只能走到馬路上，險象環生。",
        "盼公所加強勸導，也請店家自律。",
    ], "吳佳蓉（屏東縣內埔鄉）", ["吳佳蓉"], "——",
        note="編按：鎮公所表示，下月起將會同警方在中山路騎樓進行勸導，屢勸不聽者依法告發。", glued=True),
    letter("讀者投書", False, "路燈修好了，謝謝", [
        "上個月投書反映光華里巷口的路燈不亮，沒想到一週內就修好了。謝謝貴報，也謝謝里長和公所的效率。",
    ], "黃秀蘅（屏東縣潮州鎮）", ["黃秀蘅"], "——", glued=True),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, not glued: letters first (editor's reply
#    under the third), then the column, then the correction box.
DAY4 = date(2044, 6, 17)
EARLIER4 = date(2044, 6, 10)
ordered(EARLIER4, DAY4)
FLOORS4, LIFTS4 = 34, 2
DAYS4 = 45
assert DAYS4 == 6 * 7 + 3
RULE4 = "─" * 20
LIFT_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_opinion_letters_page_estate_lift_repairs_cantonese_letters_first_editor_reply_column_byline_cartoon_caption_credit_running_head_midquote_indent_only_correction_box",
    "big5hkscs", "\r\n", 20, False,
    "沙嶺週報 2044-06-17 第6頁 街坊論壇 (an invented Hong Kong district weekly; the estate 沙嶺邨 invented), Big5-HKSCS "
    "(`嘅 喺 咗 啲 嚟 冇`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20. **The letters "
    "first**: the label `街坊來信`, three letters, the editor's reply `編輯回覆：` under the third (its last paragraph); "
    "then the column `周末漫談` (head, byline `文：區詠嫻`, no bio; the cartoon inside a sentence, a resident's 「」 words "
    f"cut by the running head before `行樓梯。」`; {FLOORS4} floors, {LIFTS4} lifts, {DAYS4} days = 6 weeks and 3 days, "
    "asserted); then the correction box naming "
    f"{EARLIER4.month}月{EARLIER4.day}日（禮拜{WEEKDAYS_ZH[EARLIER4.weekday()]}）'s 3rd page.",
    DAY4, "6", ["沙嶺週報", f"2044年6月17日　{weekday(DAY4)}　　第6頁　街坊論壇"],
    ["沙嶺週報　　讀者熱線：2967 4318"],
    ["沙嶺週報", "2044年6月17日", weekday(DAY4), "第6頁", "街坊論壇", "沙嶺週報．街坊論壇", "沙嶺週報", "讀者熱線：2967 4318"],
    "沙嶺週報．街坊論壇", RULE4, 3, not_in=["cp950", "big5"])
LIFT_PAGE["articles"] = [
    letter("街坊來信", True, "巴士站冇上蓋，落雨點等車", [
        "沙嶺道嗰個巴士站冇上蓋，落雨嘅時候成班人企喺度淋雨，有啲老人家撐住拐杖又要撐遮，好唔方便。",
    ], "麥太（沙嶺邨街坊）", ["麥太"], "——"),
    letter("街坊來信", False, "行人隧道啲燈壞咗", [
        "去街市要行嗰條行人隧道，入面有幾支光管壞咗成個月，夜晚行過好黑，啲後生女都唔敢一個人行。",
        "希望有關部門快啲嚟換。",
    ], "何卓霖（沙嶺邨）", ["何卓霖"], "——"),
    letter("街坊來信", False, "升降機維修要預早通知", [
        "我住喺高層，上個月升降機突然停咗嚟維修，門口只係貼咗張紙，好多街坊都唔知，買完餸先發覺要行樓梯。",
    ], "蘇婆婆（沙嶺邨居民）", ["蘇婆婆"], "——",
        note="編輯回覆：管理處回覆本報，日後升降機維修會提早七日通知，並喺大堂同各層張貼告示。"),
    column("周末漫談", "升降機停一日，樓上就係孤島", "文：區詠嫻", ["區詠嫻"], [
        f"沙嶺邨嗰座樓有{FLOORS4}層，得{LIFTS4}部升降機。今年換機工程要做{DAYS4}日，即係足足六個星期零三日，每次淨係得一部行，"
        "朝早返工時間排長龍。",
        "我去咗睇，{cap}大堂排到出門口。",
        "住廿八樓嘅陳伯話：「我膝頭唔好，一部機壞咗，我就成日唔落街，"
        "唔係真係要{run}行樓梯。」工程可以慢慢做，但通知同安排一定要做足。",
    ], "漫畫：〈等𨋢〉", "（阿樂　畫）"),
    correction("更正", RULE4, f"本報{EARLIER4.month}月{EARLIER4.day}日（禮拜{WEEKDAYS_ZH[EARLIER4.weekday()]}）第3頁〈屋邨"
               "長者中心延長開放〉一文，開放時間應為晚上八時，唔係九時，特此更正。", LIFT_PAGE),
]


# 5. UTF-8 (no BOM) Malaysian daily (Ipoh, Perak), LF, blank-line, glued: the column (a bio at its foot), the
#    correction glued under the bio, the letters glued under the signatures.
DAY5 = date(2044, 8, 12)
EARLIER5 = date(2044, 8, 5)
ordered(EARLIER5, DAY5)
FEE5, HOURS5 = 3, 4
assert FEE5 * HOURS5 == 12
RULE5 = "─" * 21
PARKING_PAGE = zh_page(
    "zh_utf8_nobom_lf_malaysia_ipoh_opinion_letters_page_parking_coupons_column_cartoon_caption_credit_running_head_midquote_bio_glued_correction_box_letters_label_three_letters_glued_signatures_editor_reply",
    "utf-8", "\n", 21, True,
    "山城朝报 2044-08-12 第9版 论坛 (an invented Malaysian daily of Ipoh, Perak), UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 21. The column `山城随笔` (head, byline `文／骆诗韵`, the cartoon inside a sentence, a "
    f"hawker's “” words cut by the running head before `生意。”`; {HOURS5} × {FEE5} = {FEE5 * HOURS5} 令吉, asserted; the "
    "bio `（作者为退休护士）` its last paragraph); **the correction glued under the bio**; the label `读者来函` and "
    "three letters, **glued**; the editor's reply `编辑回复：` under the first.",
    DAY5, "9", ["山城朝报", f"2044年8月12日　{weekday(DAY5)}　　第9版　论坛"],
    ["山城朝报　　来函请寄：letters@shancheng.example.my"],
    ["山城朝报", "2044年8月12日", weekday(DAY5), "第9版", "论坛", "山城朝报·论坛", "山城朝报", "来函请寄：letters@shancheng.example.my"],
    "山城朝报·论坛", RULE5, 3)
PARKING_PAGE["articles"] = [
    column("山城随笔", "停车固本，老街坊算不过来", "文／骆诗韵", ["骆诗韵"], [
        f"旧街场一带改用手机付停车费后，每小时收{FEE5}令吉，停{HOURS5}个钟头就是{FEE5 * HOURS5}令吉。年轻人手指一按就付了，"
        "不会用手机的老街坊却只能绕来绕去找免费车位。",
        "周末我在茶室门口坐了一会儿，{cap}看见执法员在一排车前抄单。",
        "卖炒粉的陈叔说：“熟客来吃一碟粉，停车罚单比粉还贵，以后谁还来{run}帮衬我们的生意。”"
        "市议会保留一两个柜台卖固本，并不难。",
        "（作者为退休护士）",
    ], "漫画：《一碟粉，一张单》", "（阿豪　绘）"),
    correction("更正", RULE5, f"本报{EARLIER5.month}月{EARLIER5.day}日（{zhou(EARLIER5)}）第5版《新巴士路线下月启用》一文中，"
               "“T30路线”应为“T38路线”，特此更正。", PARKING_PAGE, glued=True),
    letter("读者来函", True, "花园住宅区的路灯该修了", [
        "怡保花园第三段的路灯坏了好几盏，晚上巷子漆黑一片，住户下班回家都提心吊胆，也怕有人趁黑闯空门。",
    ], "林志淳（怡保花园）", ["林志淳"], "——",
        note="编辑回复：本报已向市议会查询，当局表示本月底前会派人更换坏灯。"),
    letter("读者来函", False, "巴士站应有时刻表", [
        "兵如港的巴士站只有站名，没有时刻表，等车的人不知道下一班几时到。建议在站牌上贴出班次，或设二维码查询。",
    ], "黄美玲（兵如港）", ["黄美玲"], "——", glued=True),
    letter("读者来函", False, "感谢帮忙通水沟的邻居", [
        "上周大雨，我家门前的水沟被落叶堵住，雨水差点漫进屋里。隔壁两位邻居冒雨帮忙清通，在此向他们致谢。",
    ], "郑丽娟（红土坎）", ["郑丽娟"], "——", glued=True),
]


# 6. UTF-16 LE city evening paper, CRLF, indent-only, glued: letters first (glued under the signatures, an
#    editor's note under the second), the column glued under the third letter's signature, the correction glued
#    under the column's last line.
DAY6 = date(2044, 11, 23)
EARLIER6 = date(2044, 11, 16)
ordered(EARLIER6, DAY6)
BENCH6, STOPS6 = 2, 64
assert BENCH6 * STOPS6 == 128
RULE6 = "─" * 22
BENCH_PAGE = zh_page(
    "zh_utf16le_bom_crlf_city_opinion_letters_page_bus_stop_benches_letters_first_glued_signatures_editor_note_glued_column_byline_cartoon_caption_credit_running_head_midquote_indent_only_glued_correction_box",
    "utf-16-le", "\r\n", 22, False,
    "泺溪晚报 2044-11-23 第11版 百姓话题 (an invented city evening paper), UTF-16 LE with BOM, CRLF; **indent-only**, "
    "wrapped at 22. **The letters first**: the label `百姓来信` and three letters, **the second and third glued under "
    "the signature above** (`编者按：` under the second, its last paragraph); **the column `泺溪时评` glued under the "
    "third letter's signature** (head, byline `本报评论员　戴　湲`, no bio; the cartoon inside a sentence, an old woman's "
    f"“” words cut by the running head before `歇歇脚。”`; {STOPS6} × {BENCH6} = {STOPS6 * BENCH6}, asserted); **the "
    "correction glued under the column's last line**.",
    DAY6, "11", ["泺溪晚报", f"2044年11月23日　{weekday(DAY6)}　　第11版　百姓话题　　编辑：严　蓁"],
    ["泺溪晚报社　　热线：0531-8826715"],
    ["泺溪晚报", "2044年11月23日", weekday(DAY6), "第11版", "百姓话题", "编辑：严　蓁", "泺溪晚报·百姓话题", "泺溪晚报社",
     "热线：0531-8826715"],
    "泺溪晚报·百姓话题", RULE6, 3, bom=True)
BENCH_PAGE["articles"] = [
    letter("百姓来信", True, "站台能不能放两张长椅", [
        "我今年七十三岁，每周去医院复查都要坐公交。站台上没有座位，腿脚不好的老人站上二十分钟实在吃不消。",
    ], "孟庆芳（历城区读者）", ["孟庆芳"], "——"),
    letter("百姓来信", False, "小区门口的路灯太暗", [
        "柳荫小区门口的路灯是老式的，光线昏黄，晚上出入看不清台阶，上个月就有邻居摔了一跤。",
    ], "任晓东（柳荫小区读者）", ["任晓东"], "——", note="编者按：记者已将此事反映给区城管局，该局表示将在年底前更换节能路灯。",
        glued=True),
    letter("百姓来信", False, "减速带夜里太吵", [
        "经十路辅路新装的减速带是铁的，夜里货车一过就哐当作响，临街的住户睡不好觉。希望换成橡胶的。",
    ], "潘雨荇（市中区读者）", ["潘雨荇"], "——", glued=True),
    column("泺溪时评", "给站台添张椅子，是件大事", "本报评论员　戴　湲", ["戴　湲", "戴湲"], [
        f"全市首批试点的{STOPS6}个公交站台，每个计划添置{BENCH6}张长椅，共{STOPS6 * BENCH6}张。钱不多，事不大，却是老人们"
        "盼了很久的。",
        "记者在二环东路站看到，{cap}几位老人靠着广告牌等车。",
        "一位老太太说：“坐车不怕等，就怕站着等。有张椅子，我们就能坐下来{run}歇歇脚。”愿这样的小事多一些，办得快一些。",
    ], "漫画：《站着等》", "（宁　禾　作）", glued=True),
    correction("更正", RULE6, f"本报{EARLIER6.month}月{EARLIER6.day}日（{zhou(EARLIER6)}）第5版《冬季供暖热线开通》一文中，"
               "热线号码“8826301”应为“8826310”，特此更正。", BENCH_PAGE, glued=True),
]


# 7. Saisiyat (Nanzhuang, Miaoli, Taiwan), UTF-8 with BOM, CRLF, blank-line, glued: the column (a bio at its foot),
#    the correction glued under the bio, the letters glued under the signatures (an editor's note under the third).
DAY7 = date(2044, 4, 13)
EARLIER7 = date(2044, 4, 6)
ordered(EARLIER7, DAY7)
KM7, LAMPS7 = 3, 40
assert KM7 * 1000 // LAMPS7 == 75
RULE7 = "=" * 40
SAISIYAT_PAGE = latin_page(
    "xsy_utf8_bom_crlf_saisiyat_opinion_letters_page_road_lamps_column_cartoon_caption_credit_running_head_midquote_bio_glued_correction_box_letters_label_three_letters_glued_signatures_editor_note",
    "utf-8", "\r\n", 40, "", True,
    "Kayzaeh Pipis 2044-04-13 Page 4 (an invented weekly of Nanzhuang, Miaoli, Taiwan; Saisiyat text, English "
    "furniture), UTF-8 with BOM (`“ ” — ·`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. The column "
    "`Kayzaeh ka Kaspengan` (head, byline `Sinrat: Tahes Taro`, the cartoon's caption and credit inside a sentence, an "
    f"elder's “” words cut by the running head before `rayhil.”`; {KM7} km and {LAMPS7} lamps, one every 75 m, "
    "asserted; the bio `(Tahes Taro ...)` its last paragraph); **the correction `Correction` glued under the bio**; "
    "the label `Letters` and three letters signed `— Name, Place`, **glued**, the editor's note `Editor's note:` "
    "under the third.",
    DAY7, "4", [f"KAYZAEH PIPIS · {english(DAY7)} · Page 4", "Opinion & Letters · Editor: Iban Kaybaybaw"],
    ["Kayzaeh Pipis · letters@pipis.example.tw"],
    ["KAYZAEH PIPIS", english(DAY7), "Page 4", "Opinion & Letters", "Editor: Iban Kaybaybaw",
     "Kayzaeh Pipis · Opinion & Letters", "Kayzaeh Pipis", "letters@pipis.example.tw"],
    "Kayzaeh Pipis · Opinion & Letters", RULE7, 5, 3, bom=True)
SAISIYAT_PAGE["articles"] = [
    column("Kayzaeh ka Kaspengan", "Lamp ka rayhil Shiang'ayan", "Sinrat: Tahes Taro", ["Tahes Taro"], [
        syl(f"Rayhil Shiang'ayan ila Tungho {KM7} kilometer, {LAMPS7} lamp ka makakayzaeh. Kaspengan ma'an pinaskaaw "
            "ka lamp, ka'ingtawan ila sinatoo ka ma'iaeh ka masyaehae ka kalamkamalan."),
        syl("Ka honay ka kasiwa, {cap}minikor ka ma'iaeh ila kaspengan."),
        syl("Ka minatini Bashe' Kaybaybaw kayzaeh: “Yako ka saboeh ka babaw, 'am'am ka kayzaeh kalamkamalan "
            "ka {run}rayhil.”"),
        "(Tahes Taro ka ma'iaeh ka minatini sinrat ka Shiang'ayan.)"],
        "Cartoon: “Ka lamp ka rayhil”", "Drawing: Obay Tatoazan"),
    correction("Correction", RULE7, f"{english(EARLIER7)}, page 3: ka pinaskaaw ka Tungho kaspengan minatini "
                                         "Kaybaybaw, 'izi' Tahes. Sinrat ka kalamkamalan.", SAISIYAT_PAGE,
               glued=True),
    letter("Letters", True, "Bus stop ka kasiwa", [
        syl("Bus stop ka Shiang'ayan 'izi' kabaeyaw. Ka ma'iaeh ka minatini ma'an kasiwa ka babaw kalamkamalan."),
    ], "Kalaw Bonay, Shiang'ayan", ["Kalaw Bonay"], "— "),
    letter("Letters", False, "Lamp ka paspasan", [
        syl("Lamp ka paspasan ka elementary school mae'ilaw ka kasiwa. Ka 'ima korkoring ka rayhil "
            "kalamkamalan."),
        syl("Kaspengan, pinaskaaw ka lamp ka babaw ka kasiwa."),
    ], "Hayu Tahes, Tungho", ["Hayu Tahes"], "— ", glued=True),
    letter("Letters", False, "Tatini ka pinaskaaw", [
        syl("Kayzaeh ka kaspengan: 'ima tatini ka pinaskaaw ka bus kasiwa ka ma'iaeh ka Nanzhuang."),
    ], "Yawas Oemaw, Nanzhuang", ["Yawas Oemaw"], "— ",
        note=syl("Editor's note: kaspengan kayzaeh ka sinrat ini, bus ka tatini ka minatini 'am'am "
                 "ka kasiwa."), glued=True),
]


# 8. Tobelo (Tobelo, North Halmahera, Indonesia), Windows-1252, CRLF, indent-only (four spaces), not glued: the
#    letters first (an editor's note under the second), the column, the correction box.
DAY8 = date(2044, 7, 8)
EARLIER8 = date(2044, 7, 1)
ordered(EARLIER8, DAY8)
BOATS8, SEATS8 = 3, 24
assert BOATS8 * SEATS8 == 72
RULE8 = "=" * 38
TOBELO_PAGE = latin_page(
    "tlb_cp1252_crlf_tobelo_opinion_letters_page_harbour_shelter_letters_first_editor_note_column_byline_cartoon_caption_credit_running_head_midquote_indent_only_four_spaces_correction_box",
    "cp1252", "\r\n", 38, "    ", False,
    "Suara Halmahera 2044-07-08 Halaman 4 (an invented weekly of Tobelo, North Halmahera, Indonesia; Tobelo text, "
    "Indonesian furniture), **Windows-1252** (`“ ” — ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at "
    "38 with hyphenation. **The letters first**: the label `Surat Pembaca`, three letters signed `— Name, Place`, "
    "`Catatan redaksi:` under the second (its last paragraph); then the column `O Totaleta` (head, byline `Ma "
    f"totulis: Yosina Lamaluta`, no bio; the cartoon inside a sentence, a boatman's “” words cut by the running head; "
    f"{BOATS8} × {SEATS8} = {BOATS8 * SEATS8} seats, asserted); then the correction box `Ralat`.",
    DAY8, "4", [f"SUARA HALMAHERA · {indonesian(DAY8)} · Halaman 4", "Opini & Surat Pembaca · Redaktur: Yance Tuhuteru"],
    ["Suara Halmahera · redaksi@suarahalmahera.example.id"],
    ["SUARA HALMAHERA", indonesian(DAY8), "Halaman 4", "Opini & Surat Pembaca", "Redaktur: Yance Tuhuteru",
     "Suara Halmahera · Opini & Surat Pembaca", "Suara Halmahera", "redaksi@suarahalmahera.example.id"],
    "Suara Halmahera · Opini & Surat Pembaca", RULE8, 5, 3)
TOBELO_PAGE["articles"] = [
    letter("Surat Pembaca", True, "O halte ma ngoaka", [
        syl("Ngohi tobi o bis ma halte Gosoma, kaiwi o atapu. O hohaka de o utu, ma nyawa ma dodiai "
            "yoliharu ma dagiri."),
        syl("Ma pemerintah, yoliharaka o halte ma dodiai; o ngohaka yotagiriwa o sekolahika, yodadagali "
            "o utu."),
    ], "Marten Dodaili, Gosoma", ["Marten Dodaili"], "— "),
    letter("Surat Pembaca", False, "O lampu o pelabuhan", [
        syl("O lampu ma pelabuhan Tobelo kaiwi ma rahai, o tonaka ma dorou. O nyawa ma lelamo yodadagali "
            "o speedboat."),
    ], "Sarlota Mangoli, Wari", ["Sarlota Mangoli"], "— ",
        note=syl("Catatan redaksi: Ma dinas perhubungan yotemo, o lampu yaoliharaka ma wange Agustus.")),
    letter("Surat Pembaca", False, "O kran ma air ma kampung", [
        syl("O kran ma air ma kampung Rawajaya kaiwi ma ngoaka ma wange Sabtu. O nyawa yodotoma o air "
            "ma kali; ngohi tomaku, o kran yoliharaka."),
    ], "Yeheskiel Tumbu, Rawajaya", ["Yeheskiel Tumbu"], "— "),
    column("O Totaleta", "O tempat hohoko ma pelabuhan", "Ma totulis: Yosina Lamaluta", ["Yosina Lamaluta"], [
        syl(f"Ma wange moi-moi {BOATS8} o speedboat yotagi Tobelo ma Morotai, {SEATS8} o kursi moi-moi, "
            f"{BOATS8 * SEATS8} o nyawa. Kaiwi o tempat hohoko, o nyawa yohohoko ma dodiai o rahai."),
        syl("Ngohi tomake ma pelabuhan, {cap}o ngohaka de o nyawa ma dodiai yohohoko o utu."),
        syl("Ma motoro Alfons Sahetapy wotemo: “O nyawa yomaku o kursi moi, yohohoko "
            "ma {run}pelabuhan.” Ma pemerintah daerah, o atapu moi de o kursi ma dagiri.")],
        "Karikatur: “O utu ma pelabuhan”", "Gambar: Nus Ngongira"),
    correction("Ralat", RULE8, f"Ma {indonesian(EARLIER8)}, halaman 2: ma dokter ma puskesmas Wosia o ngara "
                                   "Ribka Toduho, kaiwi Ribka Tomaluweng. Ma redaksi yomaaf.", TOBELO_PAGE),
]


# 9. Tontemboan (Kawangkoan, Minahasa, North Sulawesi, Indonesia), UTF-16 BE with BOM, LF, blank-line, glued: the
#    column (a bio at its foot), the correction glued under the bio, the letters glued (an editor's note under the
#    first).
DAY9 = date(2044, 10, 19)
EARLIER9 = date(2044, 10, 12)
ordered(EARLIER9, DAY9)
LIGHTS9, FIXED9, BROKEN9 = 52, 37, 15
assert FIXED9 + BROKEN9 == LIGHTS9
RULE9 = "=" * 41
TONTEMBOAN_PAGE = latin_page(
    "tnt_utf16be_bom_lf_tontemboan_opinion_letters_page_village_road_lights_column_cartoon_caption_credit_running_head_midquote_bio_glued_correction_box_letters_label_three_letters_glued_signatures_editor_note",
    "utf-16-be", "\n", 41, "", True,
    "Warta Wanua 2044-10-19 Halaman 5 (an invented weekly of Kawangkoan, Minahasa, North Sulawesi; Tontemboan text, "
    "Indonesian furniture), UTF-16 BE with BOM (`“ ” — ·`), LF; blank-line paragraphs, wrapped at 41 with "
    "hyphenation. The column `Wewene ni Tou` (head, byline `Kinuar i Meiske Rumengan`, the cartoon inside a sentence, "
    f"a farmer's “” words cut by the running head; {FIXED9} + {BROKEN9} = {LIGHTS9} lamps, asserted; the bio its last "
    "paragraph); **the correction `Ralat` glued under the bio**; the label `Sura Tou Wanua` and three letters, "
    "**glued**, the editor's note `Catatan redaksi:` under the first.",
    DAY9, "5", [f"WARTA WANUA · {indonesian(DAY9)} · Halaman 5", "Opini & Surat Pembaca · Redaktur: Frangky Lumintang"],
    ["Warta Wanua · redaksi@wartawanua.example.id"],
    ["WARTA WANUA", indonesian(DAY9), "Halaman 5", "Opini & Surat Pembaca", "Redaktur: Frangky Lumintang",
     "Warta Wanua · Opini & Surat Pembaca", "Warta Wanua", "redaksi@wartawanua.example.id"],
    "Warta Wanua · Opini & Surat Pembaca", RULE9, 5, 3, bom=True)
TONTEMBOAN_PAGE["articles"] = [
    column("Wewene ni Tou", "Lampu an rarampangan wanua", "Kinuar i Meiske Rumengan", ["Meiske Rumengan"], [
        syl(f"An rarampangan Kawangkoan – Tombasian wana {LIGHTS9} lampu; {FIXED9} ka'ayo maka'ombo, {BROKEN9} "
            "sapa'an maloben. Tou ang kalawiren mangeleng an karondoran, ya'ica sisil an rarampangan."),
        syl("Niitaku an wanua Kayuuwi, {cap}tou ang kalawiren lumampang wia pelita."),
        syl("Sie tuama matuari, Opa Jantje Tumbel, niwewene: “Nikami maka'ombo ang karondoran; lampu "
            "lumaleng wia {run}rarampangan.” Pemerintah, kuramo ang lampu ang kinatuan."),
        "(Meiske Rumengan, guru im pensiun wia Kawangkoan.)"],
        "Karikatur: “Karondoran”", "Gambar: Alvin Sumampouw"),
    correction("Ralat", RULE9, f"Wia {indonesian(EARLIER9)}, halaman 3: ngaran ni hukum tua Tombasian "
                                   "ya'ica Hendrik Pangkerego, sapa'an Hendrik Pangemanan. Redaksi makiampung.",
               TONTEMBOAN_PAGE, glued=True),
    letter("Sura Tou Wanua", True, "Halte an pasar Kawangkoan", [
        syl("Halte an pasar Kawangkoan sapa'an wana atep; an uran, tou matuari tumani an oto wia "
            "karondoran uran."),
    ], "Welly Kalangi, Kawangkoan", ["Welly Kalangi"], "— ",
        note=syl("Catatan redaksi: Dinas Perhubungan Minahasa niwewene, halte an pasar kinatuan wia wulan "
                 "Desember.")),
    letter("Sura Tou Wanua", False, "Oto mikro lumaleng wia karondoran", [
        syl("Oto mikro Kawangkoan – Tomohon sapa'an lumaleng wia karondoran. Ang kalawiren skolah "
            "tumani ambitu."),
    ], "Ribka Lumenta, Tondegesan", ["Ribka Lumenta"], "— ", glued=True),
    letter("Sura Tou Wanua", False, "Makasiwatanu an tou pemadam", [
        syl("Wia Sabtu, api wia wale ni sie tuama matuari; tou pemadam maka'ombo, sapa'an wana tou "
            "kinaamutan. Makasiwatanu!"),
    ], "Noldy Sondakh, Sendangan", ["Noldy Sondakh"], "— ", glued=True),
]


# 10. Yawa (Serui, Yapen, Papua, Indonesia), Mac OS Roman, CR, indent-only (three spaces), not glued: the letters
#     first (an editor's note under the third), the column, the correction box.
DAY10 = date(2044, 2, 10)
EARLIER10 = date(2044, 2, 3)
ordered(EARLIER10, DAY10)
HOURS10 = [8, 12]
assert HOURS10[0] + 4 == HOURS10[1]
RULE10 = "=" * 40
YAWA_PAGE = latin_page(
    "yva_macroman_cr_yawa_opinion_letters_page_post_office_dock_hours_letters_first_editor_note_column_byline_cartoon_caption_credit_running_head_midquote_indent_only_three_spaces_correction_box",
    "mac_roman", "\r", 40, "   ", False,
    "Suara Yapen 2044-02-10 Halaman 6 (an invented weekly of Serui, Yapen island, Papua; Yawa text, Indonesian "
    "furniture), **Mac OS Roman** (`“ ” — ·`), **CR**; **indent-only paragraphs (three spaces)**, wrapped at 40 with "
    "hyphenation. **The letters first**: the label `Surat Pembaca`, three letters, `Catatan redaksi:` under the third "
    "(its last paragraph); then the column `Raura Yawa` (head, byline `Penulis: Agustina Karubaba`, no bio; the "
    f"cartoon inside a sentence, a mother's “” words cut by the running head; the landing stage open {HOURS10[0]} → "
    f"{HOURS10[1]} hours, asserted); then the correction box `Ralat`.",
    DAY10, "6", [f"SUARA YAPEN · {indonesian(DAY10)} · Halaman 6", "Opini & Surat Pembaca · Redaktur: Markus Ayomi"],
    ["Suara Yapen · redaksi@suarayapen.example.id"],
    ["SUARA YAPEN", indonesian(DAY10), "Halaman 6", "Opini & Surat Pembaca", "Redaktur: Markus Ayomi",
     "Suara Yapen · Opini & Surat Pembaca", "Suara Yapen", "redaksi@suarayapen.example.id"],
    "Suara Yapen · Opini & Surat Pembaca", RULE10, 5, 3)
YAWA_PAGE["articles"] = [
    letter("Surat Pembaca", True, "Halte bis Serui Kota", [
        syl("Halte bis Serui Kota apa atap raura. Ane siso vatano, anyao ariompi ranembe ayao dewasa "
            "matutuje."),
    ], "Yohana Kapisa, Serui Kota", ["Yohana Kapisa"], "— "),
    letter("Surat Pembaca", False, "Lampu jalan Mantembu", [
        syl("Lampu jalan Mantembu apa ranyani; anyao ramaisyo kakai. Pemerintah, arawaye lampu "
            "jalan."),
    ], "Petrus Wopari, Mantembu", ["Petrus Wopari"], "— "),
    letter("Surat Pembaca", False, "Kantor pos Ansus ana jam", [
        syl("Kantor pos Ansus abuka jam 8 pagi, ayao anyao rawa ranembe ranembe jam 7. Aronae jam buka "
            "ariompi."),
    ], "Selfina Raubaba, Ansus", ["Selfina Raubaba"], "— ",
        note=syl("Catatan redaksi: Kepala kantor pos anaenae, mulai bulan Maret kantor pos abuka jam 7 "
                 "pagi.")),
    column("Raura Yawa", "Dermaga Serui ana jam buka", "Penulis: Agustina Karubaba", ["Agustina Karubaba"], [
        syl(f"Dermaga Serui abuka {HOURS10[0]} jam ana ranembe; mulai bulan Maret {HOURS10[1]} jam. "
            "Anyao ramaisyo kapal ariompi, ayao matutuje ranembe ranembe."),
        syl("Syo siso dermaga, {cap}anyao ramaisyo tikar."),
        syl("Mama Dorkas Imbiri anaenae: “Aya ranembe kapal dai Biak, ayao ane ariompi "
            "dermaga {run}matutuje.” Pemerintah arawaye atap ana anyao.")],
        "Karikatur: “Ranembe kapal”", "Gambar: Yulius Worabai"),
    correction("Ralat", RULE10, f"Ana {indonesian(EARLIER10)}, halaman 3: ana kepala kampung Ambai "
                                    "Daniel Aninam, apa Daniel Animan. Redaksi mohon maaf.", YAWA_PAGE),
]

PAGES = [LANES_PAGE, SIGNS_PAGE, CROSSING_PAGE, LIFT_PAGE, PARKING_PAGE, BENCH_PAGE, SAISIYAT_PAGE, TOBELO_PAGE,
         TONTEMBOAN_PAGE, YAWA_PAGE]
