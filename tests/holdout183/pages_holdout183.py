"""The text of every holdout183 page, written once: make_holdout183_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-180 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("h", line)` a subhead (a gold heading: the ingredients' and the method's labels, as
holdout100's recipes); `("more", line)` a printed line with no blank line before it (a kitchen tip's signature, its
byline); `{cap}` drops the photo caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules); `"runin"` runs a tip's head into its first line
(holdout161's, 180's); `solid()` (holdout157's) a Chinese method step or an info line set solid, flush, wrapped.
Every page is a food and recipes page: a recipe (kicker, title, the cook's byline, an introduction, the ingredients
under their label, one a line, some lines holding two set apart by spaces; numbered method steps, one wrapping over
two lines; a tip line at its end); an eatery review (title, byline, two or three paragraphs, a diner's words cut by
the running head, a photo caption with its credit inside a sentence, an info line at its foot: address, hours, price
for two); a seasonal produce table under its label (item, price, where to buy; a header row on some pages); two
readers' kitchen tips under a label, each head run in and signed under its text with name and town. Weekdays and sums
are computed and asserted. All papers, cooks, eateries, dishes' makers, readers, sums and events are invented; real
places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import english, ordered, solid, swahili, syllables, weekday

VOWELS = "aeiouáéíóúàèìòù"
syl = partial(syllables, vowels=VOWELS)


def recipe(page, kicker, title, byline, names, intro, ing_label, rows, method_label, steps, tip):
    """The recipe: its label the kicker (section accepted: holdout180's column label, the brief's `kicker`), the
    head its title, the cook's line its byline (as printed, the name alone accepted); the ingredients' and the
    method's labels its headings, each ingredient line one paragraph (two ingredients on a line stay one paragraph,
    **new**), each numbered step one paragraph (set solid on the Chinese pages, hyphenated on the Latin ones), the
    tip line its last paragraph, label kept."""
    if page["script"] == "zh":
        method = [solid(s, page) for s in steps]
        tip_item = tip
        intro = list(intro)
    else:
        method = [syl(s) for s in steps]
        tip_item = syl(tip)
        intro = [syl(p) for p in intro]
    return {"lines": [kicker, title, byline], "kicker": [kicker, None], "section": [None, kicker], "title": title,
            "byline": [byline] + names,
            "body": intro + [("h", ing_label)] + [("row", r) for r in rows] + [("h", method_label)] + method
            + [tip_item]}


def review(page, title, byline, names, paras, caption, credit, info, glued=False):
    """The eatery review: head the title, the byline line (as printed, the name alone accepted), the photo's caption
    and credit, the info line (address, hours, price for two) its last paragraph, set solid."""
    paras = list(paras) if page["script"] == "zh" else [syl(p) for p in paras]
    art = {"lines": [title, byline], "title": title, "byline": [byline] + names, "captions": [caption],
           "credits": [credit], "body": paras + [solid(info, page)]}
    if glued:
        art["glued"] = True
    return art


def table(label, rows, glued=False):
    """The seasonal produce table: the label its title, each printed row one paragraph (the header row too:
    holdout171's, 180's)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def tips(page, label, items, runin, dash):
    """Two readers' kitchen tips (holdout161's and 180's briefs): the label, printed once, the first tip's section
    (none accepted), accepted on the second; the kicker accepted on both; each run-in head the title; the reader's
    signature under the text (no blank line) the byline, its dash markup, the name alone accepted (**new** for a
    run-in item)."""
    arts = []
    for i, (title, text, signature, names) in enumerate(items):
        body = text if page["script"] == "zh" else syl(text)
        arts.append({"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
                     "tight": True, "lines": [label] if i == 0 else [], "runin": runin,
                     "byline": [signature] + names, "body": [body, ("more", dash + signature)]})
    return arts


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, not_in=(),
            bom=False):
    """A Chinese page's settings: the two tips' `——` dashes are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": ["——"] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, joins,
               runin=" – ", dash="— ", bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, the tips' run-in joins (` – `, `: ` on the
    code page without dashes) and their signatures' dashes are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [runin] * 2 + [dash] * 2}


def ingredients(rows, gap=4):
    """Latin ingredient lines: amount and item, a second pair on some lines set apart by a run of spaces (the gold
    keeps one space, as for every Latin row)."""
    aw = max(len(pair[0]) for row in rows for pair in row)
    first = [row[0][0].ljust(aw) + "  " + row[0][1] for row in rows]
    fw = max(len(f) for f in first)
    out = []
    for row, line in zip(rows, first):
        if len(row) > 1:
            line = line.ljust(fw) + " " * gap + row[1][0].ljust(aw) + "  " + row[1][1]
        out.append(line.rstrip())
    return out


def latin_table(rows, gap=3):
    """Latin table rows padded to their columns (writtenpages' `aligned`, restated for rows of three cells)."""
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    return [(" " * gap).join(c.ljust(x) for c, x in zip(r, w)).rstrip() for r in rows]


GAP = "\u3000" * 3  # the run of full-width spaces between a Chinese line's two ingredients


# 1. GBK Changsha evening paper, CRLF, blank-line, glued: a cured-pork and spring-shoot stir-fry; the review (a rice
#    noodle shop) glued under the tip line; the produce table (header row) glued under the review's info line; tips.
DAY1 = date(2045, 3, 15)
FEN1, NIU1, DAN1 = 16, 22, 6
TWO1 = FEN1 + NIU1 + DAN1
assert TWO1 == 44
P1 = zh_page(
    "zh_gbk_crlf_city_food_page_larou_spring_shoots_recipe_two_column_ingredients_steps_tip_glued_noodle_shop_review_"
    "caption_credit_running_head_midquote_info_line_glued_produce_table_header_reader_tips",
    "gbk", "\r\n", 21, True,
    "麓汀晚报 2045-03-15 第10版 美食 (an invented Changsha evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    "21. The recipe `家常小灶` / `腊肉炒春笋` / `掌勺：谭　芷` (an introduction of two paragraphs, `食材` with two "
    "lines holding two ingredients apart by full-width spaces, `做法` over four numbered steps set solid, the third "
    "wrapping, the tip `小贴士：…`); **the review glued under the tip line** (`何记粉铺`: a diner's “” words cut by "
    f"the running head before `味道。”`, the caption and credit inside a sentence; {FEN1} + {NIU1} + {DAN1} = {TWO1} 元 "
    "for two, asserted; the info line); **the table `本周时令菜价` glued under the info line** (a header row); "
    "the label `厨房妙招` and two run-in tips signed `——name（town）`.",
    DAY1, "10", ["麓汀晚报", f"2045年3月15日　{weekday(DAY1)}　　第10版　美食　　编辑：龙　茵"],
    ["麓汀晚报社　　投稿邮箱：food@luting.example.cn"],
    ["麓汀晚报", "2045年3月15日", weekday(DAY1), "第10版", "美食", "编辑：龙　茵", "麓汀晚报·美食", "麓汀晚报社",
     "投稿邮箱：food@luting.example.cn"],
    "麓汀晚报·美食")
P1["articles"] = [
    recipe(P1, "家常小灶", "腊肉炒春笋", "掌勺：谭　芷", ["谭　芷", "谭芷"], [
        "三月的春笋最嫩，菜场里一捆捆码得整整齐齐。我家过年熏的腊肉还剩一块，切几片同炒，咸香里带着笋的清甜，"
        "是春天饭桌上少不了的一碗。",
        "这道菜不难，关键是笋要先焯水，腊肉要先煸出油。",
    ], "食材", [
        "春笋　2根（约600克）",
        f"腊肉　200克{GAP}蒜苗　3根",
        f"干辣椒　5个{GAP}生抽　1勺",
        "姜　3片",
    ], "做法", [
        "1．春笋剥壳切片，开水焯两分钟捞出。",
        "2．腊肉切薄片，冷锅下锅，小火煸出油。",
        "3．放姜片、干辣椒炒香，倒入笋片大火翻炒三分钟，沿锅边淋一勺生抽，让酱香激出来。",
        "4．放蒜苗段，炒到断生即可出锅。",
    ], "小贴士：腊肉本身够咸，一般不用另外放盐。"),
    review(P1, "巷子里的一碗米粉，一卖三十年", "本报记者　易　岚", ["易　岚", "易岚"], [
        "坡子街旁的福寿巷里，何记粉铺每天早上六点开门，门口的队能排到巷口。店主何师傅今年六十二岁，"
        "骨头汤每晚熬足八个钟头。",
        f"一碗肉丝粉{FEN1}元，牛肉粉{NIU1}元，再加两个荷包蛋{DAN1}元，两个人吃下来{TWO1}元。粉是当天早上送来的"
        "{cap}湿粉，码子现炒现浇。",
        "一位老食客说：“我读书时就在这里吃，现在带孙子来，还是这个{run}味道。”",
    ], "何记粉铺的肉丝粉。", "易　岚　摄",
        f"地址：坡子街福寿巷12号　营业时间：6:00—14:00　两人约{TWO1}元", glued=True),
    table("本周时令菜价", [
        "品名　价格　哪里买",
        "春笋　每斤5元　城南菜场",
        "香椿　每两4元　河西早市",
        "蒜苗　每斤6元　各菜场",
        "豌豆尖　每斤12元　东塘农贸市场",
    ], glued=True),
    *tips(P1, "厨房妙招", [
        ("切洋葱不流泪", "洋葱切之前放进冰箱冷藏半小时，切的时候就不怎么辣眼睛了。", "周丽华（岳麓区）", ["周丽华"]),
        ("青菜炒得翠绿", "炒青菜时火要大，出锅前再放盐，菜叶不容易发黄出水。", "彭建国（浏阳）", ["彭建国"]),
    ], "　", "——"),
]


# 2. GB18030 Fuzhou daily, LF, indent-only, not glued: the review first (a fish-ball shop), then the recipe (a
#    fish-ball soup; the cook's name holds a CJK Extension A character), the produce table (no header row), tips.
RARE = "\u34e8"  # 㓨, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 4, 21)
WAN2, GUO2 = 2, 28
BOWL2 = 15
TWO2 = WAN2 * BOWL2 + GUO2
assert TWO2 == 58
P2 = zh_page(
    "zh_gb18030_lf_city_food_page_review_first_fish_ball_shop_caption_credit_running_head_midquote_info_line_recipe_"
    "rare_char_cook_two_column_ingredients_steps_tip_table_no_header_indent_only_tips",
    "gb18030", "\n", 21, False,
    f"榕澜日报 2045-04-21 第12版 食尚 (an invented Fuzhou daily; `{RARE}` U+34E8, CJK Extension A, in the cook's name "
    f"`林　{RARE}`; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21. **The review first** (`阿妹鱼丸店`: "
    "the caption and credit inside a sentence, a diner's “” words cut by the running head before `一口汤。”`; "
    f"{WAN2} × {BOWL2} + {GUO2} = {TWO2} 元 for two, asserted; the info line); then, after a blank line, the recipe "
    "`闽味家厨` / `手打鱼丸汤` (one introduction paragraph; `用料` with one two-ingredient line; `步骤` over five "
    "steps set solid, the second wrapping; the tip `提示：…`); the table `时令鲜货` (no header row); the label "
    "`读者支招` and two run-in tips.",
    DAY2, "12", ["榕澜日报", f"2045年4月21日　{weekday(DAY2)}　　第12版　食尚"],
    ["榕澜日报社　　地址：福州市鼓楼区温泉路8号"],
    ["榕澜日报", "2045年4月21日", weekday(DAY2), "第12版", "食尚", "榕澜日报·食尚", "榕澜日报社",
     "地址：福州市鼓楼区温泉路8号"],
    "榕澜日报·食尚", not_in=["gbk"])
P2["articles"] = [
    review(P2, "老街鱼丸，一咬一包汤", "文／本报记者　郑　苡", ["郑　苡", "郑苡"], [
        "三坊七巷往南走两条街，阿妹鱼丸店只有六张桌子。鱼丸是店里每天早上用鳗鱼肉手打的，里面包着肉馅，"
        "咬开会流出汤汁。",
        f"一碗鱼丸汤{BOWL2}元，两人各来一碗，再点一份{GUO2}元的锅边糊，一共{TWO2}元。老板娘陈阿妹说，"
        "鱼肉要打到{cap}起胶，丸子下锅才会浮起来。",
        "隔壁桌的阿伯说：“我来吃了快二十年，最喜欢先喝{run}一口汤。”",
    ], "刚出锅的鱼丸浮在汤面上。", "郑　苡　摄",
        f"地址：南后街旁吉庇巷21号　营业时间：7:00—20:00　两人约{TWO2}元"),
    recipe(P2, "闽味家厨", "手打鱼丸汤", f"主厨　林　{RARE}", [f"林　{RARE}", f"林{RARE}"], [
        "福州人家逢年过节，桌上总少不了一碗鱼丸汤。自己在家打鱼丸费点力气，但鲜味是买来的比不上的。",
    ], "用料", [
        "鳗鱼肉　500克",
        f"猪肉馅　150克{GAP}地瓜粉　60克",
        "葱花　少许",
    ], "步骤", [
        "1．鳗鱼去骨去皮，刮下鱼肉。",
        "2．鱼肉加少许盐和冰水，朝一个方向搅打二十分钟，打到鱼浆起胶、能粘在筷子上不掉。",
        "3．加入地瓜粉拌匀。",
        "4．取鱼浆包入肉馅，用虎口挤成丸子。",
        "5．水将开未开时下丸子，浮起后再煮三分钟。",
    ], "提示：搅打鱼浆时加的水要冰，鱼丸才弹牙。"),
    table("时令鲜货", [
        "枇杷　每斤15元　北峰果园",
        "蛏子　每斤28元　马尾码头",
        "春笋　每斤4元　各菜市场",
    ]),
    *tips(P2, "读者支招", [
        ("虾仁更脆嫩", "剥好的虾仁用一点盐和小苏打抓匀，腌十分钟再冲净，炒出来又脆又嫩。", "黄美娇（仓山区）", ["黄美娇"]),
        ("米饭不夹生", "焖饭时水放多了，可以在饭上插几个小孔，让水汽散出去。", "许忠民（长乐）", ["许忠民"]),
    ], "　", "——"),
]


# 3. Big5 Tainan daily, CR, blank-line, glued: a milkfish-belly congee recipe; the review glued under the tip line;
#    the produce table (header row) glued under the info line; tips.
DAY3 = date(2045, 5, 17)
assert DAY3.year - 1911 == 134
RICE3, SOUP3, VEG3 = 2 * 45, 2 * 30, 40
TWO3 = RICE3 + SOUP3 + VEG3
assert TWO3 == 190
P3 = zh_page(
    "zht_big5_cr_taiwan_tainan_food_page_milkfish_congee_recipe_two_column_ingredients_steps_tip_glued_braised_pork_"
    "rice_review_caption_credit_running_head_midquote_info_line_glued_produce_table_header_tips",
    "big5", "\r", 20, True,
    "府澄日報 2045-05-17 (`中華民國134年5月17日`) B6 飲食 (an invented Tainan daily), Big5, CR; blank-line paragraphs, "
    "wrapped at 20. The recipe `阿嬤的灶腳` / `虱目魚肚粥` / `示範：曾玉琴` (two introduction paragraphs, `材料` with "
    "two two-ingredient lines, `作法` over four steps set solid, the third wrapping, the tip `小叮嚀：…`); **the review "
    "glued under the tip line** (`阿樟肉燥飯`, a diner's 「」 words cut by the running head before `台南味。」`, "
    f"{RICE3} + {SOUP3} + {VEG3} = {TWO3} 元, asserted); **the table `當季蔬果行情` glued under the info line** "
    "(header row); the label `讀者妙方` and two run-in tips.",
    DAY3, "B6", [f"府澄日報　中華民國134年5月17日　{weekday(DAY3)}", "B6　飲食　　主編：吳宛臻"],
    ["府澄日報社　讀者信箱：food@fucheng.example.tw"],
    ["府澄日報", "中華民國134年5月17日", weekday(DAY3), "B6", "飲食", "主編：吳宛臻", "府澄日報．飲食", "府澄日報社",
     "讀者信箱：food@fucheng.example.tw"],
    "府澄日報．飲食")
P3["articles"] = [
    recipe(P3, "阿嬤的灶腳", "虱目魚肚粥", "示範：曾玉琴", ["曾玉琴"], [
        "府城人的早餐，常常是一碗虱目魚肚粥。魚肚肥嫩，粥底用魚骨熬湯，再撒一把芹菜珠，清爽又暖胃。",
        "曾玉琴在安平做了四十年早餐，她說在家煮，只要湯頭熬得好，就有八分像。",
    ], "材料", [
        "虱目魚肚　2片",
        f"白飯　2碗{GAP}魚骨　300公克",
        f"薑絲　少許{GAP}芹菜珠　1小把",
    ], "作法", [
        "1．魚骨加水熬半小時，濾出湯頭。",
        "2．魚肚切塊，抹少許鹽備用。",
        "3．湯頭煮滾後放入白飯，小火煮到米粒微微開花，再放魚肚和薑絲，煮約三分鐘。",
        "4．起鍋前撒上芹菜珠，加鹽調味。",
    ], "小叮嚀：魚肚不要久煮，肉一變白就要熄火。"),
    review(P3, "肉燥飯一碗，巷口香了半世紀", "文／記者　施語柔", ["施語柔"], [
        "神農街附近的小巷裡，阿樟肉燥飯從阿公那一代開到現在，店裡只賣肉燥飯、魚丸湯和燙青菜三樣。",
        f"兩個人點兩碗大碗肉燥飯{RICE3}元、兩碗湯{SOUP3}元，加一盤燙青菜{VEG3}元，一共{TWO3}元。肉燥每天"
        "用紅蔥頭{cap}慢慢滷，滷汁一鍋接一鍋。",
        "一位常客說：「出外工作十幾年，每次回來第一餐就是這碗，這才是{run}台南味。」",
    ], "阿樟肉燥飯的招牌肉燥飯。", "記者施語柔／攝",
        f"地址：台南市中西區海安路二段巷內　營業時間：10:30—20:00　兩人約{TWO3}元", glued=True),
    table("當季蔬果行情", [
        "品名　價格　哪裡買",
        "愛文芒果　每斤60元　玉井果菜市場",
        "絲瓜　每斤35元　府城東市場",
        "玉米筍　每斤50元　各傳統市場",
    ], glued=True),
    *tips(P3, "讀者妙方", [
        ("煎魚不黏鍋", "鍋燒熱後先用薑片擦一遍鍋底，再下油煎魚，魚皮就不容易黏住。", "林淑芬（永康區）", ["林淑芬"]),
        ("香菜放得久", "香菜洗淨擦乾，根部包濕紙巾，裝進保鮮盒冷藏，可以放一個禮拜。", "郭志明（新營區）", ["郭志明"]),
    ], "　", "——"),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, not glued: the produce table first (header
#    row), then the review (a siu mei shop), the recipe (steamed spare ribs in black bean sauce), tips.
DAY4 = date(2045, 6, 9)
CHA4, ROAST4, TEA4 = 2 * 48, 68, 2 * 8
TWO4 = CHA4 + ROAST4 + TEA4
assert TWO4 == 180
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_food_page_cantonese_table_first_header_siu_mei_review_caption_credit_"
    "running_head_midquote_info_line_black_bean_ribs_recipe_two_column_ingredients_steps_tip_indent_only_tips",
    "big5hkscs", "\r\n", 20, False,
    "灣汀週報 2045-06-09 第9頁 食得是福 (an invented Hong Kong district weekly; Sham Shui Po a setting), Big5-HKSCS "
    "(`嘅 喺 咗 啲 嚟 哋 餸 攞`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20. **The "
    "table first** (`時令街市價`, header row); then the review (`榮記燒味`, a diner's 「」 words cut by the running "
    f"head before `食咗幾十年。」`; {CHA4} + {ROAST4} + {TEA4} = {TWO4} 元, asserted; the info line); the recipe "
    "`屋企小菜` / `豉汁蒸排骨` / `煮：何麗冰` (`材料` with one two-ingredient line, `做法` over four steps set "
    "solid, the second wrapping, the tip `貼士：…`); the label `街坊廚房貼士` and two run-in tips.",
    DAY4, "9", ["灣汀週報", f"2045年6月9日　{weekday(DAY4)}　　第9頁　食得是福"],
    ["灣汀週報　　讀者熱線：2386 5170"],
    ["灣汀週報", "2045年6月9日", weekday(DAY4), "第9頁", "食得是福", "灣汀週報．食得是福", "灣汀週報",
     "讀者熱線：2386 5170"],
    "灣汀週報．食得是福", not_in=["cp950", "big5"])
P4["articles"] = [
    table("時令街市價", [
        "貨品　價錢　邊度買",
        "菜心　每斤18元　北河街街市",
        "絲瓜　每斤22元　北河街街市",
        "荔枝　每斤38元　桂林街生果檔",
        "鮮蝦　每斤120元　長沙灣街市",
    ]),
    review(P4, "燒味舖嘅叉燒，街坊捧咗三十年", "文：本報記者　麥詠蕎", ["麥詠蕎"], [
        "深水埗嘅榮記燒味，每日下晝三點叉燒出爐，門口即刻排起長龍。老闆榮叔話，啲叉燒用梅頭肉，醃一晚先燒。",
        f"兩個人叫兩碟叉燒飯{CHA4}元，加一碟燒肉{ROAST4}元，兩杯凍檸茶{TEA4}元，埋單{TWO4}元。飯枱得四張，"
        "繁忙時間{cap}要搭枱。",
        "住喺附近嘅陳伯話：「佢哋啲叉燒肥瘦啱啱好，我喺度{run}食咗幾十年。」",
    ], "榮記剛出爐嘅叉燒。", "（麥詠蕎攝）",
        f"地址：深水埗福榮街118號地舖　營業時間：11:00—21:00　兩人約{TWO4}元"),
    recipe(P4, "屋企小菜", "豉汁蒸排骨", "煮：何麗冰", ["何麗冰"], [
        "返工返到好攰，最好就係蒸一碟排骨，十五分鐘就有餸食。何麗冰話，排骨要斬細件，醃夠半個鐘先入味。",
    ], "材料", [
        "腩排　400克",
        f"豆豉　1湯匙{GAP}蒜蓉　1湯匙",
        "生粉　1茶匙",
    ], "做法", [
        "1．排骨洗淨，用清水浸走血水。",
        "2．豆豉剁碎，同蒜蓉、生抽、糖、生粉一齊落排骨度撈勻，再落少少油，醃半個鐘。",
        "3．排骨平鋪碟上，水滾後大火蒸十五分鐘。",
        "4．熄火後撒蔥花即成。",
    ], "貼士：排骨唔好疊埋一齊，咁先蒸得均勻。"),
    *tips(P4, "街坊廚房貼士", [
        ("切蔥唔黐刀", "切蔥之前將刀喺凍水度浸一陣，啲蔥就唔會黐晒喺刀上面。", "駱太（長沙灣）", ["駱太"]),
        ("雞蛋蒸得滑", "蒸水蛋嗰陣，蛋液要隔一次篩，再用碟蓋住碗口，蒸出嚟好似鏡咁滑。", "符先生（石硤尾）", ["符先生"]),
    ], "　", "——"),
]


# 5. UTF-8 (no BOM) Singapore daily, LF, blank-line, glued: a Nyonya chicken curry recipe; the review (a char kway
#    teow stall) glued under the tip line; the produce table (header row) glued under the info line; tips.
DAY5 = date(2045, 7, 12)
PLATE5, DRINK5 = 2 * 6.5, 2 * 2.0
TWO5 = PLATE5 + DRINK5
assert TWO5 == 17.0
P5 = zh_page(
    "zh_utf8_nobom_lf_singapore_food_page_nyonya_curry_chicken_recipe_two_column_ingredients_steps_tip_glued_hawker_"
    "stall_review_caption_credit_running_head_midquote_info_line_glued_produce_table_header_tips",
    "utf-8", "\n", 21, True,
    "狮湾晨报 2045-07-12 第14版 美食 (an invented Singapore Chinese daily; Bedok and Geylang Serai settings), "
    "UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21; `新元`, `巴刹`, `小贩中心`. The recipe `娘惹厨房` "
    "/ `娘惹咖喱鸡` / `主厨：颜素珍` (two introduction paragraphs, `材料` with two two-ingredient lines, `做法` over "
    "four steps set solid, the second wrapping, the tip `小贴士：…`); **the review glued under the tip line** "
    f"(`阿源炒粿条`, a diner's “” words cut by the running head before `锅气。”`; 2 × 6.50 + 2 × 2.00 = {TWO5:.2f} "
    "新元, asserted); **the table `本周蔬果价` glued under the info line** (header row); `读者小窍门` and two tips.",
    DAY5, "14", ["狮湾晨报", f"2045年7月12日　{weekday(DAY5)}　　第14版　美食　　编辑：邝　玮"],
    ["狮湾晨报　　新闻热线：6319 2248"],
    ["狮湾晨报", "2045年7月12日", weekday(DAY5), "第14版", "美食", "编辑：邝　玮", "狮湾晨报·美食", "狮湾晨报",
     "新闻热线：6319 2248"],
    "狮湾晨报·美食")
P5["articles"] = [
    recipe(P5, "娘惹厨房", "娘惹咖喱鸡", "主厨：颜素珍", ["颜素珍"], [
        "娘惹咖喱比一般咖喱多了香茅和南姜的香气，椰浆放得足，味道浓而不辣喉。",
        "颜素珍的外婆是马六甲娘惹，这道菜是每年农历新年家里必煮的。",
    ], "材料", [
        "鸡腿　6只",
        f"马铃薯　3个{GAP}椰浆　400毫升",
        f"香茅　2根{GAP}咖喱粉　3汤匙",
        "红葱头　10粒",
    ], "做法", [
        "1．鸡腿切块，用少许盐和咖喱粉腌半小时。",
        "2．红葱头和香茅捣成酱，下锅用小火炒到出油，再放咖喱粉炒香，炒的时候要不停翻动，免得粘锅。",
        "3．放入鸡块和马铃薯，加水没过食材，煮二十分钟。",
        "4．倒入椰浆，小火再煮十分钟即可。",
    ], "小贴士：椰浆最后才放，煮太久会油水分离。"),
    review(P5, "一盘炒粿条，靠的是那口老锅", "文／本报记者　符家慧", ["符家慧"], [
        f"勿洛一个小贩中心里，阿源炒粿条的摊位前总有人在等。一盘炒粿条6.50新元，两人各一盘，再加两杯冰茶，一共"
        f"{TWO5:.2f}新元。",
        "摊主黄振淦每天只用同一口用了二十年的铁锅，{cap}火开到最大，一锅只炒两盘。",
        "一位从芽笼士乃专程来的食客说：“别的地方都炒不出这种{run}锅气。”",
    ], "黄振淦在猛火前翻炒粿条。", "符家慧　摄",
        f"地址：勿洛北4道小贩中心01-27号　营业时间：11:00—21:00　两人约{TWO5:.2f}新元", glued=True),
    table("本周蔬果价", [
        "品名　价格　哪里买",
        "芥兰　每公斤4.20新元　勿洛巴刹",
        "榴梿　每公斤18新元　芽笼水果摊",
        "空心菜　每扎1.50新元　各巴刹",
    ], glued=True),
    *tips(P5, "读者小窍门", [
        ("辣椒不辣手", "切辣椒前在手上抹一点食用油，切完用肥皂洗手，手就不会火辣辣的。", "吴秀兰（淡滨尼）", ["吴秀兰"]),
        ("参巴酱耐放", "炒好的参巴酱装瓶后，上面再淋一层热油封住，冷藏能放一个月。", "陈国樑（裕廊西）", ["陈国樑"]),
    ], "　", "——"),
]


# 6. UTF-16 LE (BOM) Xi'an evening paper, CRLF, indent-only, not glued: the tips first, then the recipe (hand-pulled
#    noodles), the review (a paomo house), the produce table (no header row).
DAY6 = date(2045, 9, 22)
MO6, CAI6 = 2 * 32, 18
TWO6 = MO6 + CAI6
assert TWO6 == 82
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_food_page_tips_first_signed_pulled_noodle_recipe_two_column_ingredients_steps_"
    "tip_paomo_review_caption_credit_running_head_midquote_info_line_table_no_header_indent_only",
    "utf-16-le", "\r\n", 22, False,
    "长泾晚报 2045-09-22 第8版 味道 (an invented Xi'an evening paper; Beiyuanmen and Dongguan settings), UTF-16 LE "
    "with BOM, CRLF; **indent-only**, wrapped at 22. **The tips first** (`巧手厨房`, two run-in tips signed); then "
    "the recipe `面食课堂` / `油泼扯面` / `示范：郝　秦` (one introduction paragraph, `原料` with two two-ingredient "
    "lines, `制作` over four steps set solid, the second wrapping, the tip `窍门：…`); the review (`老冯泡馍馆`, a "
    f"diner's “” words cut by the running head before `这一口。”`; 2 × 32 + {CAI6} = {TWO6} 元, asserted; the info "
    "line); the table `秋季时令果蔬` (no header row).",
    DAY6, "8", ["长泾晚报", f"2045年9月22日　{weekday(DAY6)}　　第8版　味道　　编辑：景　娴"],
    ["长泾晚报社　　地址：西安市新城区东五路36号"],
    ["长泾晚报", "2045年9月22日", weekday(DAY6), "第8版", "味道", "编辑：景　娴", "长泾晚报·味道", "长泾晚报社",
     "地址：西安市新城区东五路36号"],
    "长泾晚报·味道", bom=True)
P6["articles"] = [
    *tips(P6, "巧手厨房", [
        ("和面不粘手", "和面时水分三次加，每次加完揉匀再加下一次，面团光滑不粘手。", "党秀梅（雁塔区）", ["党秀梅"]),
        ("蒸馍更暄软", "馍蒸好后别急着揭锅盖，关火焖五分钟，馍不回缩。", "雷长安（临潼）", ["雷长安"]),
    ], "　", "——"),
    recipe(P6, "面食课堂", "油泼扯面", "示范：郝　秦", ["郝　秦", "郝秦"], [
        "关中人爱吃面，一碗油泼扯面，热油浇在辣子面上“刺啦”一响，香味能飘满整个院子。郝秦在面馆做了二十年面，"
        "这回把家常做法教给读者。",
    ], "原料", [
        f"面粉　500克{GAP}盐　3克",
        f"辣椒面　2勺{GAP}蒜末　1勺",
        "小白菜　1把",
    ], "制作", [
        "1．面粉加盐，用温水和成面团，醒半小时。",
        "2．面团分成小剂子，抹上油，盖上保鲜膜再醒一小时，醒好的剂子要能轻轻一拉就变长。",
        "3．把剂子压扁，两手捏住两头扯开，下锅煮熟，小白菜一同烫熟。",
        "4．面捞进碗里，放辣椒面、蒜末，泼上热油，调醋和酱油拌匀。",
    ], "窍门：油要烧到冒青烟再泼，辣子才香。"),
    review(P6, "一碗泡馍，掰出来的慢功夫", "本报记者　贺　朗", ["贺　朗", "贺朗"], [
        f"东关的老冯泡馍馆开了二十多年，羊肉泡馍一碗32元。两个人各要一碗，加一份{CAI6}元的凉拌菜，一共{TWO6}元。",
        "在这里吃泡馍，馍得自己掰，{cap}掰得越碎越入味。",
        "一位老顾客边掰边说：“掰馍是个耐心活，急不得，图的就是{run}这一口。”",
    ], "食客们围坐着掰馍。", "贺　朗　摄",
        f"地址：东关正街永乐巷7号　营业时间：9:00—21:00　两人约{TWO6}元"),
    table("秋季时令果蔬", [
        "临潼石榴　每斤8元　东关果品市场",
        "周至猕猴桃　每斤10元　各大超市",
        "莲菜　每斤5元　北院门菜市",
    ]),
]



# 7. Nyamwezi (Tabora, Tanzania), UTF-8 with BOM, CRLF, blank-line, glued: a jute-leaf and groundnut relish recipe;
#    the review (an ugali house) glued under the tip line; the produce table (header row) glued under the info line;
#    tips.
DAY7 = date(2045, 8, 16)
UGALI7, CHAI7 = 6000, 1500
TWO7 = 2 * UGALI7 + 2 * CHAI7
assert TWO7 == 15000
P7 = latin_page(
    "nym_utf8_bom_crlf_nyamwezi_food_page_mlenda_recipe_two_column_ingredients_numbered_steps_tip_glued_"
    "ugali_house_review_caption_credit_running_head_midquote_info_line_glued_produce_table_header_tips",
    "utf-8", "\r\n", 41, "", True,
    "Mwangaza wa Unyanyembe 2045-08-16 Ukurasa 11 (an invented weekly of Tabora, Tanzania; Nyamwezi text, Swahili "
    "furniture), UTF-8 with BOM (`’ – — ·`), CRLF; blank-line paragraphs, wrapped at 41 with hyphenation. The recipe "
    "`Ilyo lya Kaya` / `Mlenda gwa karanga` / `Mpishi: Mwajuma Kashindye` (two introduction paragraphs, `Vinhu` over "
    "ingredient lines aligned by spaces, two holding two ingredients, `Kupika` over four numbered steps, the tip "
    "`Ihalaja:`); **the review glued under the tip line** (`Kwa Mama Kalunde`, a diner's “” words cut by the running "
    f"head, the caption and credit inside a sentence; 2 × {UGALI7} + 2 × {CHAI7} = {TWO7} shilingi, asserted); **the "
    "table glued under the info line** (header row); the label `Mahala ga jikoni` and two tips run in on ` – `.",
    DAY7, "11", [f"MWANGAZA WA UNYANYEMBE · {swahili(DAY7)} · Ukurasa 11", "Mapishi · Mhariri: Zuhura Mgeta"],
    ["Mwangaza wa Unyanyembe · mapishi@mwangaza.example.tz"],
    ["MWANGAZA WA UNYANYEMBE", swahili(DAY7), "Ukurasa 11", "Mapishi", "Mhariri: Zuhura Mgeta",
     "Mwangaza wa Unyanyembe · Mapishi", "Mwangaza wa Unyanyembe", "mapishi@mwangaza.example.tz"],
    "Mwangaza wa Unyanyembe · Mapishi", 5, bom=True)
P7["articles"] = [
    recipe(P7, "Ilyo lya Kaya", "Mlenda gwa karanga", "Mpishi: Mwajuma Kashindye", ["Mwajuma Kashindye"], [
        "Mlenda gwa karanga guli ilyo lya kale lya Banyamwezi. Mayu wane wakagupikaga kila siku ya isoko, "
        "nose twakalyaga na bugali bwa mawele.",
        "Ugu gutaligemaga: uhaya vinhu vyose kumwanya, nawe utalamba kuwikija moto.",
    ], "Vinhu", ingredients([
        [("2", "mafungu ga mlenda")],
        [("1", "kikombe kya karanga"), ("2", "nyanya")],
        [("1", "kitunguu"), ("1/2", "kijiko kya magadi")],
        [("", "munyu")],
    ]), "Kupika", [
        "1. Sagila karanga ziwe unga.",
        "2. Temagula mlenda, guwike mu nyungu na minzi ga vikombe vibili, upeje magadi; uchemshe mpaka guwe "
        "mulaini.",
        "3. Ongeza kitunguu na nyanya, ulinde dakika itano.",
        "4. Ongeza unga gwa karanga na munyu, ukologe mpaka gukomale.",
    ], "Ihalaja: utalikangile magadi ayingi, mlenda gukwiza kuwa mulaini mno."),
    review(P7, "Kwa Mama Kalunde, bugali bwa kale", "Na Elias Ng'wandu", ["Elias Ng'wandu"], [
        f"Mu Mtaa gwa Jamhuri, Mama Kalunde akapikaga bugali na nyama ya kukanga. Isahani limo ni shilingi "
        f"{UGALI7:,}, na chai ni shilingi {CHAI7:,}; abantu babili bakulipa shilingi {TWO7:,}.",
        "Bugali bwakwe bukapikwa mu nyungu ya {cap}udongo, bukatumwa bukali moto.",
        "Mzee Lukas Maganga akalonga: “Nalyaga haha kufuma nikali ng’wana; bugali ubu butagalukaga "
        "{run}hata limo.”",
    ], "Mama Kalunde akakologa bugali.", "Picha: Elias Ng'wandu",
        f"Mahali: Mtaa wa Jamhuri, Tabora; saa 6:30–21:00; kwa watu wawili TSh {TWO7:,}.", glued=True),
    table("Bei ya mazao ga msimu", latin_table([
        ("Zao", "Bei", "Kokugula"),
        ("Nyanya", "TSh 1,800/kg", "Soko Kuu"),
        ("Karanga", "TSh 4,000/kg", "Soko la Mwinyi"),
        ("Mlenda", "TSh 500/fungu", "Soko Kuu"),
    ]), glued=True),
    *tips(P7, "Mahala ga jikoni", [
        ("Maharage gapye", "Loweka maharage utiku wose; galapya bulu, nose ukiza kutumila minzi "
              "ganini.", "Neema Masanja, Urambo", ["Neema Masanja"]),
        ("Vitunguu", "Viwike vitunguu mu kitenga kya mbao, isi ya mfuko gwa plastiki; vikakalaga "
              "wiki itatu.", "Juma Lutema, Sikonge", ["Juma Lutema"]),
    ], " – ", "— "),
]


# 8. Paamese (Paama islanders in Port Vila, Vanuatu), UTF-16 BE with BOM, LF, indent-only (four spaces), not glued:
#    the produce table first (header row), then the recipe (a cassava laplap), tips, the review (a nakamal kitchen).
DAY8 = date(2045, 10, 13)
PLATE8, JUICE8 = 650, 200
TWO8 = 2 * PLATE8 + 2 * JUICE8
assert TWO8 == 1700
P8 = latin_page(
    "pma_utf16be_bom_lf_paamese_food_page_table_first_header_cassava_laplap_recipe_two_column_ingredients_steps_"
    "tip_reader_tips_signed_kitchen_review_caption_credit_running_head_midquote_info_line_indent_four",
    "utf-16-be", "\n", 37, "    ", False,
    "Nasara Wiken 2045-10-13 Page 14 (an invented weekly of Port Vila, Vanuatu; Paamese text, Bislama and English "
    "furniture), UTF-16 BE with BOM (`“ ” – — ·`), LF; **indent-only paragraphs (four spaces)**, wrapped at 37 "
    "with hyphenation. **The table first** (`Praes blong maket`, a header row); then the recipe `Ahaa Vuasi` / "
    "`Laplap maniok ne onai` / `Kuk: Mereani Tabi` (one introduction paragraph, `Vinaa` over ingredient lines, two "
    "holding two ingredients, `Ahaaleng` over four numbered steps, the tip `Hatelin:`); the two tips under "
    f"`Vatolu ne vale`; the review (`Kuk Haus Lulep`, a diner's “” words cut by the running head; 2 × {PLATE8} + "
    f"2 × {JUICE8} = {TWO8} vatu, asserted; the info line).",
    DAY8, "14", [f"NASARA WIKEN · {english(DAY8)} · Page 14", "Kakae · Edita: Ruth Malsungai"],
    ["Nasara Wiken · kakae@nasara.example.vu"],
    ["NASARA WIKEN", english(DAY8), "Page 14", "Kakae", "Edita: Ruth Malsungai", "Nasara Wiken · Kakae",
     "Nasara Wiken", "kakae@nasara.example.vu"],
    "Nasara Wiken · Kakae", 5, bom=True)
P8["articles"] = [
    table("Praes blong maket", latin_table([
        ("Vinaa", "Praes", "Ahiin"),
        ("Maniok", "200 VT / basket", "Vila Maket"),
        ("Naviso", "300 VT / bundel", "Vila Maket"),
        ("Kokonas", "50 VT / wan", "Lulep Stoa"),
    ])),
    recipe(P8, "Ahaa Vuasi", "Laplap maniok ne onai", "Kuk: Mereani Tabi", ["Mereani Tabi"], [
        "Laplap maniok vatoon Paama. Mereani Tabi ahaa laplap maniok veveresi ne onai masaasi, ne vuasi "
        "kokonas aleili; aileen Port Vila hakoveli ne hali Sarere.",
    ], "Vinaa", ingredients([
        [("2 kg", "maniok")],
        [("3", "kokonas"), ("6", "lif banana")],
        [("500 g", "onai"), ("1", "naviso")],
        [("", "sol")],
    ]), "Ahaaleng", [
        "1. Ahaa maniok veveresi, hakoveli ailuan.",
        "2. Haavasaasi kokonas ne malu, hoolin milk kokonas, ahaa onai avoosi lif banana hamaasi.",
        "3. Ahaveli maniok ne milk, ahaa onai masaasi.",
        "4. Hakoveli laplap ne stoun, hatiilo tu aoa.",
    ], "Hatelin: onai veveresi amoonlaa ai laplap alesi."),
    *tips(P8, "Vatolu ne vale", [
        ("Maniok veveresi", "Ahaa maniok aileen vatoon ai hoolin vuasi; ai tiilo ne vasangi mahaa, "
              "ameliaa.", "Selina Vira, Liro", ["Selina Vira"]),
        ("Onai masaasi", "Onai veveresi hakoveli ne ais ai ahaa lif banana; aleili hali "
              "telu.", "John Vatoko, Lulep", ["John Vatoko"]),
    ], " – ", "— "),
    review(P8, "Kuk Haus Lulep, kakae blong aileen", "Ripot: Alice Maki", ["Alice Maki"], [
        f"Kuk Haus Lulep ahaa laplap ne simboro hali vasangi. Plet vatoon {PLATE8} vatu, ne jus {JUICE8} vatu; "
        f"aileen lue amalie {TWO8} vatu.",
        "Mama Lisi Tomo ahaa laplap ne stoun {cap}veveresi ai hakoveli ne lif banana.",
        "Ata Hosea Kalo avoosi: “Ina aleng hakoveli Paama, laplap ne Kuk Haus ai hoolin tu "
        "{run}Paama.”",
    ], "Mama Lisi Tomo ahaa laplap.", "Foto: Alice Maki",
        f"Ples: Fres Wota 4, Port Vila; 11:00–15:00; long tu man {TWO8} VT."),
]


# 9. Puluwat (Puluwat atoll and Weno, Chuuk, Micronesia), code page 850, CR, blank-line, glued: a breadfruit and
#    coconut recipe; the review (a fish-and-rice shop) glued under the tip line; the table glued under the info line
#    (no header row); tips run in on a colon (cp850 has no dashes).
DAY9 = date(2045, 11, 15)
PLATE9, DRINK9 = 8, 2
TWO9 = 2 * PLATE9 + 2 * DRINK9
assert TWO9 == 20
P9 = latin_page(
    "puw_cp850_cr_puluwat_food_page_breadfruit_recipe_two_column_ingredients_numbered_steps_tip_glued_fish_"
    "rice_review_caption_credit_running_head_midquote_info_line_glued_produce_table_no_header_tips_colon",
    "cp850", "\r", 42, "", True,
    "Weno Weekly Star 2045-11-15 Page 7 (an invented weekly of Weno, Chuuk State, Micronesia; Puluwat text, English "
    "furniture), **code page 850** (`á é ó ú ·`; straight quotes, no dashes), **CR**; blank-line paragraphs, wrapped "
    "at 42 with hyphenation. The recipe `Mwéngé seni Poonowat` / `Mái me núú` / `Cook: Sinobu Ikefai` (two "
    "introduction paragraphs, `Minen` over ingredient lines, one holding two ingredients, `Féérún` over four "
    "numbered steps, the tip `Kkapas:`); **the review glued under the tip line** (`Iik me Raise Mwéngé Shop`, a "
    f"diner's \"\" words cut by the running head; 2 × ${PLATE9} + 2 × ${DRINK9} = ${TWO9}, asserted); **the table "
    "glued under the info line** (no header row); the label `Féérún nón imw` and two tips run in on `: `, signed "
    "`- Name, Place`.",
    DAY9, "7", [f"WENO WEEKLY STAR · {english(DAY9)} · Page 7", "Food · Editor: Kiyoshi Aisek"],
    ["Weno Weekly Star · food@wenostar.example.fm"],
    ["WENO WEEKLY STAR", english(DAY9), "Page 7", "Food", "Editor: Kiyoshi Aisek", "Weno Weekly Star · Food",
     "Weno Weekly Star", "food@wenostar.example.fm"],
    "Weno Weekly Star · Food", 5, runin=": ", dash="- ")
P9["articles"] = [
    recipe(P9, "Mwéngé seni Poonowat", "Mái me núú", "Cook: Sinobu Ikefai", ["Sinobu Ikefai"], [
        "Mái me núú iei mwéngé mi sóssóón Poonowat. Lon ewe fáán mái, aramas rese kamwéngéétiw kkapasan "
        "mái me núúnúún, iwe ra ttikaaló fengen lon ewe imw.",
        "Sinobu Ikefai a áiti ngeni ekkewe kúkkún nóunap.",
    ], "Minen", ingredients([
        [("2", "mái"), ("3", "núú")],
        [("1", "chuuk masal")],
        [("", "saramas")],
    ]), "Féérún", [
        "1. Kkas mái, tipeeti ngeni ruu.",
        "2. Kkúú núú, ttikaaló ttin núú ngeni chaan; ttikaaló mái ngeni ttin núú, amwéénúwa "
        "kkapasan.",
        "3. Kkúú fáán ekkewe ttin mái ngeni chuuk masal.",
        "4. Ttikaaló mái lon ewe ut ruuemén awa.",
    ], "Kkapas: mái mi mmat mi fen pwos, sise ttikaaló ngeni ttin núú."),
    review(P9, "Iik me raise, mwéngé mi pwos", "By Maria Sapwu", ["Maria Sapwu"], [
        f"Iik me Raise Mwéngé Shop lon Iras a ttikaaló iik ekkewe iteiten ráán. Eú pilaitin iik me raise "
        f"${PLATE9}, iwe eú ttin núú ${DRINK9}; ruuemén aramas ra mwéngé ngeni ${TWO9}.",
        "Ewe sou ttikaaló, Mariano Ruben, a kkúú iik seni {cap}lamoon ekkewe ráán.",
        "Ewe chón Poonowat Teruo Mikel a apasa: \"Iik ikeei mi pwos, usun chék iik lon "
        "{run}Poonowat.\"",
    ], "Mariano Ruben a ttikaaló iik.", "Photo: Maria Sapwu",
        f"Address: Iras Village, Weno; 7:00 to 19:00; for two ${TWO9}.", glued=True),
    table("Price seni market", latin_table([
        ("Mái", "$3 each", "Weno Market"),
        ("Núú", "$1 each", "Iras Store"),
        ("Iik", "$4 per pound", "Weno Dock"),
    ]), glued=True),
    *tips(P9, "Féérún nón imw", [
        ("Mái mi kúkkún", "Aúruuri mái ngeni ttin núú mi sóssóón, iwe ttikaaló ruuemén awa; mái a "
              "mmwúú.", "Rosalinda Sowei, Puluwat", ["Rosalinda Sowei"]),
        ("Iik mi fen", "Ttikaaló iik ngeni saramas me ttin núú; iik esap mwoch lon ewe "
              "ráán.", "Kaleb Peter, Tol", ["Kaleb Peter"]),
    ], ": ", "- "),
]


# 10. Sipakapense (Sipacapa, San Marcos, Guatemala), Windows-1252, CRLF, indent-only (three spaces), not glued: the
#     review first (a comedor), then the recipe (a chicken pulik), tips, the produce table (header row).
ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


DAY10 = date(2045, 12, 1)
ordered(DAY7, DAY8, DAY9, DAY10)
PLATE10, ATOL10 = 35, 8
TWO10 = 2 * PLATE10 + 2 * ATOL10
assert TWO10 == 86
P10 = latin_page(
    "qum_cp1252_crlf_sipakapense_food_page_review_first_comedor_caption_credit_running_head_midquote_info_line_"
    "pulik_recipe_two_column_ingredients_steps_tip_reader_tips_signed_produce_table_header_indent_three",
    "cp1252", "\r\n", 43, "   ", False,
    "La Voz de Sipacapa 2045-12-01 Página 9 (an invented weekly of Sipacapa, San Marcos, Guatemala; Sipakapense text, "
    "Spanish furniture), **Windows-1252** (`á é í ó ú ñ “ ” – — ·`), CRLF; **indent-only paragraphs (three "
    f"spaces)**, wrapped at 43 with hyphenation. **The review first** (`Comedor Ixkik'`, a diner's “” words cut by "
    f"the running head; 2 × Q{PLATE10} + 2 × Q{ATOL10} = Q{TWO10}, asserted; the info line); then the recipe "
    "`Qa wa'` / `Pulik rech ak'` / `Ajb'anal wa': Tomasa Xuncax` (one introduction paragraph, `Ri k'o chi k'olik` "
    "over ingredient lines, two holding two ingredients, `Ri b'anik` over four numbered steps, the tip `Na'ojb'al:`); "
    "the two tips under `Ri kib'ij ri ajsik'inel`; the table `Rajil ri echa'` (header row).",
    DAY10, "9", [f"LA VOZ DE SIPACAPA · {spanish(DAY10)} · Página 9", "Cocina · Editora: Olga Tzunún"],
    ["La Voz de Sipacapa · cocina@vozsipacapa.example.gt"],
    ["LA VOZ DE SIPACAPA", spanish(DAY10), "Página 9", "Cocina", "Editora: Olga Tzunún", "La Voz de Sipacapa · Cocina",
     "La Voz de Sipacapa", "cocina@vozsipacapa.example.gt"],
    "La Voz de Sipacapa · Cocina", 5)
P10["articles"] = [
    review(P10, "Comedor Ixkik', utz ri kiwa'", "Tz'ib'anel: Rigoberto Ixcoy", ["Rigoberto Ixcoy"], [
        f"Ri Comedor Ixkik' k'o chunaqaj ri k'ayb'al re Sipacapa. Jun laq kaldo rech ak' Q{PLATE10}, jun "
        f"atol Q{ATOL10}; keb' winaq kketo' Q{TWO10}.",
        "Ri nan Catarina Tojil kub'an ri wa pa ri {cap}xot chi jutaqil q'ij. Konojel ri ajsipakapaneb' xuquje' ri "
        "ajtajumulkeb' kepetik wawe' chupam ri nimaq'ij, xuquje' ri ajchiwitanib'.",
        "Ri tat Nicolás Kuk xub'ij: “Are wa' ri kaldo ri xinwa' are xinch'uti'n, le utzilal k'o na "
        "{run}chupam.”",
    ], "Ri nan Catarina Tojil kub'an ri wa.", "Wachib'al: Rigoberto Ixcoy",
        f"Ja: 2a. calle, zona 1, Sipacapa; 7:00–18:00; keb' winaq Q{TWO10}."),
    recipe(P10, "Qa wa'", "Pulik rech ak'", "Ajb'anal wa': Tomasa Xuncax", ["Tomasa Xuncax"], [
        "Ri pulik are jun wa ri kqab'an pa ri nimaq'ij. Ri nan Tomasa Xuncax xuk'ut chiqe ri ub'anik, "
        "jetaq' xub'an ri ratit ojertajik.",
    ], "Ri k'o chi k'olik", ingredients([
        [("1", "ak'"), ("6", "pix")],
        [("3", "ik chaqi'j"), ("1", "wa'ix")],
        [("2 lb", "isk'")],
        [("", "atz'am")],
    ]), "Ri b'anik", [
        "1. Chaqojij ri ak' pa ja', tzaqij ri atz'am.",
        "2. Ri pix, ri ik chaqi'j xuquje' ri wa'ix, chab'ana' chi k'atanik pa ri xot, k'ate' "
        "chaqu'ra'.",
        "3. Chak'ojij ri ub'och' pa ri ja' rech ri ak'.",
        "4. Chayuq'ujij, chaqojij jun ch'ut ramaj.",
    ], "Na'ojb'al: mawi k'a chanim chaya ri ik, man kxuxik ri utzilal."),
    *tips(P10, "Ri kib'ij ri ajsik'inel", [
        ("Ri kinaq' utz", "Chaqojij ri kinaq' pa jun aq'ab; k'ate' kchaqik anim xuquje' man "
              "kk'ax ta.", "Juana Ajpop, Tejutla", ["Juana Ajpop"]),
        ("Ri wa utzilal", "Chak'olo' ri wa pa jun su't, xuquje' ri xikin ri xot; man kk'atanik "
              "ta anim.", "Pedro Chilel, Tajumulco", ["Pedro Chilel"]),
    ], " – ", "— "),
    table("Rajil ri echa'", latin_table([
        ("Echa'", "Rajil", "Jawi' kloq'ik"),
        ("Pix", "Q6 la libra", "Mercado municipal"),
        ("Ik", "Q10 la libra", "Mercado municipal"),
        ("Isk'", "Q3 la libra", "Tienda Chuj"),
    ])),
]

PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
