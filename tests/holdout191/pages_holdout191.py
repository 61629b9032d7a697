"""The text of every holdout191 page, written once: make_holdout191_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-185 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("h", line)` a subhead (a gold heading: the materials' and the steps' labels, as
holdout183's recipes); `("more", line)` a printed line with no blank line before it (a reader's tip's signature, its
byline); `{cap}` drops the photo caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules); `"runin"` runs a tip's head into its first line
(holdout161's, 180's, 183's); `solid()` (holdout157's) a Chinese step or an info line set solid, flush, wrapped.
Every page is a home and garden page, holdout183's food-page layout family with new content: a how-to piece
(kicker, title, the writer's byline, an introduction, a materials or plants list under its label, lines holding two
items set apart by spaces; four or five numbered steps; a tip line at its end); a review of a nursery, hardware shop
or market stall (title, byline, two or three paragraphs, a customer's words cut by the running head, a photo caption
with its credit inside a sentence, an info line at its foot: address, hours, price range); a planting or price table
of four or five rows under its label (a header row on some pages) closed by a unit or source line; three readers'
tips under a label, each head run in and signed under its text with name and place. Weekdays and sums are computed
and asserted. All papers, writers, shops, nurseries, readers, sums and events are invented; real places are
settings only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, EN_MONTHS, english, ordered, solid, syllables, weekday

VOWELS = "aeiouáéíóúàèìòùâêîôûäëïöüāēīōū"
syl = partial(syllables, vowels=VOWELS)


def howto(page, kicker, title, byline, names, intro, list_label, rows, steps_label, steps, tip):
    """The how-to piece (holdout183's recipe): its label the kicker (section accepted), the head its title, the
    writer's line its byline (as printed, the name alone accepted); the list's and the steps' labels its headings,
    each list line one paragraph (two items on a line stay one paragraph), each numbered step one paragraph (set
    solid on the Chinese pages, hyphenated on the Latin ones), the tip line its last paragraph, label kept."""
    if page["script"] == "zh":
        steps = [solid(s, page) for s in steps]
        intro = list(intro)
    else:
        steps = [syl(s) for s in steps]
        tip = syl(tip)
        intro = [syl(p) for p in intro]
    return {"lines": [kicker, title, byline], "kicker": [kicker, None], "section": [None, kicker], "title": title,
            "byline": [byline] + names,
            "body": intro + [("h", list_label)] + [("row", r) for r in rows] + [("h", steps_label)] + steps + [tip]}


def review(page, title, byline, names, paras, caption, credit, info, glued=False):
    """The shop or nursery review: head the title, the byline line (as printed, the name alone accepted), the
    photo's caption and credit, the info line (address, hours, price range) its last paragraph, set solid."""
    paras = list(paras) if page["script"] == "zh" else [syl(p) for p in paras]
    art = {"lines": [title, byline], "title": title, "byline": [byline] + names, "captions": [caption],
           "credits": [credit], "body": paras + [solid(info, page)]}
    if glued:
        art["glued"] = True
    return art


def table(label, rows, unit, glued=False):
    """The planting or price table: the label its title, each printed row one paragraph (the header row too), the
    unit or source line under it its last paragraph (**new**: a row like the others, no blank line before it)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows] + [("row", unit)]}
    if glued:
        art["glued"] = True
    return art


def tips(page, label, items, runin, dash):
    """Three readers' tips (holdout183's, two there): the label, printed once, the first tip's section (none
    accepted), accepted on the others; the kicker accepted on all; each run-in head the title; the reader's signature
    under the text (no blank line) the byline, its dash markup, the name alone accepted."""
    arts = []
    for i, (title, text, signature, names) in enumerate(items):
        body = text if page["script"] == "zh" else syl(text)
        arts.append({"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
                     "tight": True, "lines": [label] if i == 0 else [], "runin": runin,
                     "byline": [signature] + names, "body": [body, ("more", dash + signature)]})
    return arts


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, not_in=(),
            bom=False):
    """A Chinese page's settings: the three tips' `——` dashes are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": ["——"] * 3}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, joins,
               runin=" – ", dash="— ", bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, the tips' run-in joins and their signatures'
    dashes are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [runin] * 3 + [dash] * 3}


def two_columns(rows, gap=4):
    """Latin list lines: amount and item, a second pair on some lines set apart by a run of spaces (the gold keeps
    one space, as for every Latin row; holdout183's `ingredients()`)."""
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
    """Latin table rows padded to their columns (holdout183's)."""
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [(" " * gap).join(c.ljust(x) for c, x in zip(r, w)).rstrip() for r in rows]


GAP = "\u3000" * 3  # the run of full-width spaces between a Chinese line's two items


# 1. GBK Hangzhou evening paper, CRLF, blank-line, glued: balcony cherry tomatoes in pots; the nursery review glued
#    under the tip line; the planting table (header row) glued under the info line; three tips.
DAY1 = date(2046, 3, 14)
assert DAY1.weekday() == 2
LOW1, HIGH1 = 15, 45
assert LOW1 < HIGH1
P1 = zh_page(
    "zh_gbk_crlf_city_garden_page_tomato_howto_two_column_list_steps_tip_glued_nursery_review_caption_"
    "credit_running_head_midquote_info_line_glued_planting_table_header_unit_three_tips",
    "gbk", "\r\n", 21, True,
    "钱澄晚报 2046-03-14 第11版 园艺 (an invented Hangzhou evening paper), GBK, CRLF; blank-line paragraphs, wrapped "
    "at 21. The how-to `阳台种菜` / `花盆里种出一串串小番茄` / `文：骆　岫` (two introduction paragraphs, `材料` with two "
    "lines holding two items apart by full-width spaces, `步骤` over five numbered steps set solid, the third "
    "wrapping, the tip `小贴士：…`); **the nursery review glued under the tip line** (`绿篱苗圃`: a customer's “” "
    "words cut by the running head before `照顾。”`, the caption and credit inside a sentence; the price range "
    f"{LOW1}—{HIGH1} 元, the ends the prices named in the text); **the table `三月播种表` glued "
    "under the info line** (a header row, a unit line); the label `读者妙招` and three run-in tips signed "
    "`——name（place）`.",
    DAY1, "11", ["钱澄晚报", f"2046年3月14日　{weekday(DAY1)}　　第11版　园艺　　编辑：濮　青"],
    ["钱澄晚报社　　投稿邮箱：garden@qiancheng.example.cn"],
    ["钱澄晚报", "2046年3月14日", weekday(DAY1), "第11版", "园艺", "编辑：濮　青", "钱澄晚报·园艺", "钱澄晚报社",
     "投稿邮箱：garden@qiancheng.example.cn"],
    "钱澄晚报·园艺")
P1["articles"] = [
    howto(P1, "阳台种菜", "花盆里种出一串串小番茄", "文：骆　岫", ["骆　岫", "骆岫"], [
        "春分前后，正是播种小番茄的好时候。朝南的阳台只要每天能晒到六个钟头太阳，一只深一点的花盆就能种出一串串"
        "红果子。",
        "小番茄不挑土，只怕积水和缺光，新手照着下面几步做，六月就能摘。",
    ], "材料", [
        "小番茄种子　1包",
        f"深花盆　2只{GAP}营养土　1袋",
        f"竹竿　4根{GAP}麻绳　1卷",
        "缓释肥　1小把",
    ], "步骤", [
        "1．种子先用温水泡一夜，第二天播进育苗杯。",
        "2．苗长出四片真叶后，移进深花盆，每盆一棵。",
        "3．移栽时把一小把缓释肥埋在盆底，再盖一层土，根不要直接碰到肥，浇透一次定根水。",
        "4．苗高三十厘米时插竹竿，用麻绳松松地绑住茎。",
        "5．侧枝长出来就掐掉，只留主干结果。",
    ], "小贴士：浇水要见干见湿，盆底托盘里的积水要倒掉。"),
    review(P1, "城西苗圃里，一个老园丁的四十盆番茄苗", "本报记者　闻　栎", ["闻　栎", "闻栎"], [
        "留下镇的绿篱苗圃不大，三排大棚，卖的多是蔬菜苗和盆栽香草。园主费师傅种了三十年菜，谁来买苗，他都要"
        "问一句家里阳台朝哪边。",
        f"一棵番茄苗{LOW1}元，{HIGH1}元一盆的是已经开花的大苗，一袋营养土30元。苗都放在棚外"
        "{cap}晒太阳，棚里只留刚出芽的。",
        "一位常来的老顾客说：“在这里买的苗好养，费师傅还会打电话问你长得怎么样，比我自己还上心{run}照顾。”",
    ], "绿篱苗圃大棚外晒太阳的番茄苗。", "闻　栎　摄",
        f"地址：西湖区留下镇屏基路88号　营业时间：7:30—17:30　价格：{LOW1}—{HIGH1}元", glued=True),
    table("三月播种表", [
        "品种　播种方式　几天出苗",
        "小番茄　育苗杯　7天",
        "生菜　直播撒种　4天",
        "辣椒　育苗杯　10天",
        "空心菜　直播条播　5天",
    ], "来源：市农技站阳台种植指南", glued=True),
    *tips(P1, "读者妙招", [
        ("蛋壳当肥料", "鸡蛋壳洗净晒干碾碎，埋在花盆土里，给番茄补钙。", "应秀琴（拱墅区）", ["应秀琴"]),
        ("淘米水浇花", "淘米水放两天再浇绿萝，叶子油亮。", "邬建平（萧山）", ["邬建平"]),
        ("塑料瓶滴灌", "矿泉水瓶盖扎几个小孔，灌满水倒插在盆里，出差三天不用浇。", "童晓雯（滨江区）", ["童晓雯"]),
    ], "　", "——"),
]


# 2. GB18030 Kunming daily, LF, indent-only, not glued: the review first (a hardware shop), then the how-to (a dripping
#    tap; the writer's name holds a CJK Extension A character), the price table (no header row), three tips.
RARE = "\u3b09"  # 㬉, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2046, 4, 24)
assert DAY2.weekday() == 1
LOW2, HIGH2 = 2, 380
P2 = zh_page(
    "zh_gb18030_lf_city_home_page_review_first_hardware_shop_caption_credit_running_head_midquote_info_line_tap_"
    "howto_rare_char_two_column_list_steps_tip_price_table_no_header_source_indent_only_tips",
    "gb18030", "\n", 21, False,
    f"滇岚日报 2046-04-24 第9版 家居 (an invented Kunming daily; `{RARE}` U+3B09, CJK Extension A, in the writer's name "
    f"`何　{RARE}`; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21. **The review first** (`老邵五金`: the "
    "caption and credit inside a sentence, a customer's “” words cut by the running head before `找他。”`; price range "
    f"{LOW2}—{HIGH2} 元); the how-to `自己动手` / `水龙头滴水，换个阀芯就好` / `文／何　{RARE}` (one introduction paragraph, "
    "`工具和材料` with two two-item lines, `做法` over four steps set solid, the second wrapping, `提示：…`); the table "
    "`常用五金配件价格` (no header row, a source line); the label `巧手支招` and three tips.",
    DAY2, "9", ["滇岚日报", f"2046年4月24日　{weekday(DAY2)}　　第9版　家居　　责任编辑：段　蔚"],
    ["滇岚日报社　　热线：0871-6000 0000"],
    ["滇岚日报", "2046年4月24日", weekday(DAY2), "第9版", "家居", "责任编辑：段　蔚", "滇岚日报·家居", "滇岚日报社",
     "热线：0871-6000 0000"],
    "滇岚日报·家居", not_in=["gbk"])
P2["articles"] = [
    review(P2, "小五金店里的大学问", "本报记者　杞　蓉", ["杞　蓉", "杞蓉"], [
        "篆塘路口的老邵五金只有十来平方米，螺丝、合页、水龙头阀芯从地上堆到天花板。店主邵师傅开店二十六年，"
        "客人拿着一个坏零件进门，他看一眼就能从架子上找出同样的。",
        f"最便宜的垫圈{LOW2}元一个，最贵的是一套{HIGH2}元的不锈钢厨房龙头。店里的东西"
        "{cap}都标着价，不还价也不多收。",
        "住在附近的一位老人说：“家里哪里漏了松了，我第一个想到的就是{run}找他。”",
    ], "邵师傅在柜台后给客人配阀芯。", "杞　蓉　摄",
        f"地址：五华区篆塘路17号　营业时间：8:00—20:00　价格：{LOW2}—{HIGH2}元"),
    howto(P2, "自己动手", "水龙头滴水，换个阀芯就好", f"文／何　{RARE}", [f"何　{RARE}", f"何{RARE}"], [
        "水龙头关紧了还一滴一滴往下漏，多半是里面的陶瓷阀芯磨坏了。请师傅上门要花上一两百元，自己换只要一个"
        "阀芯钱，半小时就能弄好。",
    ], "工具和材料", [
        f"活动扳手　1把{GAP}十字螺丝刀　1把",
        f"新阀芯　1个{GAP}生料带　1卷",
        "旧毛巾　1条",
    ], "做法", [
        "1．先关掉水槽下面的角阀，打开龙头放掉余水。",
        "2．撬开龙头把手上的装饰盖，拧下螺丝取下把手，再用扳手逆时针拧出旧阀芯，拿着旧阀芯去店里配一个同样的。",
        "3．装上新阀芯，螺纹处缠几圈生料带后拧紧。",
        "4．装回把手，打开角阀试水。",
    ], "提示：扳手口垫一条旧毛巾，不会刮花龙头。"),
    table("常用五金配件价格", [
        "陶瓷阀芯　15元　老邵五金",
        "生料带　3元　各五金店",
        "不锈钢合页　12元　螺蛳湾市场",
        "角阀　28元　老邵五金",
    ], "单位：元／个　记者4月22日走访"),
    *tips(P2, "巧手支招", [
        ("抽屉不卡", "抽屉推拉发涩，在滑轨上抹一点蜡烛油就顺了。", "晏丽萍（官渡区）", ["晏丽萍"]),
        ("墙钉不松", "墙上钉眼松了，塞几根牙签再拧螺丝，很牢。", "缪志强（呈贡）", ["缪志强"]),
        ("门不吱呀", "合页吱吱响，滴两滴缝纫机油，开关几次就好。", "保春燕（盘龙区）", ["保春燕"]),
    ], "　", "——"),
]


# 3. Big5 Taichung daily, CR, blank-line, glued: repotting succulents; the flower-market stall review glued under the
#    tip line; the table (header row) glued under the info line; three tips.
DAY3 = date(2046, 5, 16)
assert DAY3.weekday() == 2 and DAY3.year - 1911 == 135
LOW3, HIGH3 = 50, 680
P3 = zh_page(
    "zht_big5_cr_taiwan_taichung_garden_page_succulent_repotting_howto_two_column_list_steps_tip_glued_flower_"
    "market_stall_review_caption_credit_running_head_midquote_info_line_glued_table_header_unit_tips",
    "big5", "\r", 20, True,
    "墩晴日報 2046-05-16 (`中華民國135年5月16日`, Wednesday) C4 園藝 (an invented Taichung daily), Big5, CR; blank-line "
    "paragraphs, wrapped at 20. The how-to `綠手指教室` / `多肉長太擠，該換盆了` / `示範：涂雅婷` (two introduction "
    "paragraphs, `材料` with two two-item lines, `步驟` over four steps set solid, the third wrapping, `小叮嚀：…`); "
    "**the stall review glued under the tip line** (`阿蓮多肉`, a customer's 「」 words cut by the running head before "
    f"`好幾年。」`; price range {LOW3}—{HIGH3} 元); **the table `多肉換盆時間表` glued under the info line** (header row, a "
    "source line); the label `讀者來分享` and three tips.",
    DAY3, "C4", ["墩晴日報", "中華民國135年5月16日　星期三　　C4　園藝　　主編：卓佩玲"],
    ["墩晴日報社　　讀者信箱：garden@dunqing.example.tw"],
    ["墩晴日報", "中華民國135年5月16日", "星期三", "C4", "園藝", "主編：卓佩玲", "墩晴日報／園藝", "墩晴日報社",
     "讀者信箱：garden@dunqing.example.tw"],
    "墩晴日報／園藝")
P3["articles"] = [
    howto(P3, "綠手指教室", "多肉長太擠，該換盆了", "示範：涂雅婷", ["涂雅婷"], [
        "多肉植物好養，但養個兩三年，小盆裡擠滿了側芽，底下的老葉也開始發黃，這就是在告訴你該換盆了。",
        "換盆最好挑春末或秋初，天氣不冷不熱，根傷了也長得回來。",
    ], "材料", [
        f"透氣陶盆　3個{GAP}顆粒土　2公升",
        f"鑷子　1支{GAP}小鏟子　1支",
        "舊報紙　數張",
    ], "步驟", [
        "1．換盆前一週停止澆水，讓土乾透。",
        "2．把多肉連土倒在報紙上，輕輕抖掉舊土。",
        "3．剪掉乾枯的老根和黃葉，側芽用手掰下來，放在陰涼處晾兩天，等傷口乾了再種。",
        "4．盆底鋪一層粗顆粒，種好後一週內不澆水。",
    ], "小叮嚀：剛換盆的多肉別曬大太陽，放在散光處就好。"),
    review(P3, "假日花市裡，一攤養了二十年的多肉", "記者呂品萱／台中報導", ["呂品萱"], [
        "南屯區的假日花市每週六、日開張，阿蓮多肉的攤位在最裡面，一排排小盆擺滿三張長桌。攤主林秀蓮原本在家"
        "陽台種著玩，後來越種越多，乾脆出來擺攤。",
        f"最小的一盆{LOW3}元，最貴的是一盆{HIGH3}元的老樁。每一盆都是她自己"
        "{cap}扦插出來的，買了養死可以拿回來問。",
        "一位老客人說：「跟她買的多肉都不容易爛，我家陽台那幾盆已經養了{run}好幾年。」",
    ], "林秀蓮替客人挑選多肉。", "記者呂品萱／攝",
        f"地址：南屯區文心南路假日花市B區12號攤　時間：週六、日9:00—18:00　價格：{LOW3}—{HIGH3}元", glued=True),
    table("多肉換盆時間表", [
        "種類　換盆季節　多久換一次",
        "景天　春、秋　兩年",
        "石蓮花　春　兩年",
        "仙人掌　春、夏　三年",
        "生石花　秋　三年",
    ], "資料來源：南屯社區花藝班整理", glued=True),
    *tips(P3, "讀者來分享", [
        ("咖啡渣除臭", "煮過的咖啡渣曬乾，拌進盆土表面，可以蓋掉肥料的臭味。", "鄭美惠（西屯區）", ["鄭美惠"]),
        ("筷子測乾溼", "插一支竹筷在土裡，拔出來沒沾土才澆水。", "廖俊宏（大里）", ["廖俊宏"]),
        ("紗網防土流", "盆底孔墊一小片紗網，澆水時土不會流出來。", "詹淑芬（北屯區）", ["詹淑芬"]),
    ], "　", "——"),
]


# 4. Big5-HKSCS Hong Kong weekly, CRLF, indent-only, Cantonese, not glued: the table first (header row), then the
#    hardware-shop review, the how-to (re-sealing a bathtub edge), three tips.
DAY4 = date(2046, 6, 8)
assert DAY4.weekday() == 4
LOW4, HIGH4 = 5, 260
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_home_page_cantonese_table_first_header_unit_hardware_shop_review_caption_credit_"
    "running_head_midquote_info_line_sealant_howto_two_column_list_steps_tip_indent_only_tips",
    "big5hkscs", "\r\n", 20, False,
    "港澄週報 2046-06-08 (Friday) 第12頁 安樂窩 (an invented Hong Kong weekly), Cantonese (`嘅 喺 咗 啲 嚟 冇`; in "
    "neither cp950 nor Big5), Big5-HKSCS, CRLF; **indent-only**, wrapped at 20. **The table first** (`家居用品街市價`, "
    "header `貨品　價錢　邊度買`, a unit line); the review `永興五金` (caption + `（岑梓晴攝）` inside a sentence, words cut "
    f"before `搞掂。」`; price range {LOW4}—{HIGH4} 元); the how-to `自己嚟` / `浴缸邊發黑？重新打玻璃膠` / `文：麥凱茵` "
    "(one two-item line; step 2 wraps), `貼士：…`; the label `街坊貼士` and three tips signed `——name（place）`.",
    DAY4, "12", ["港澄週報", f"2046年6月8日　{weekday(DAY4)}　　第12頁　安樂窩"],
    ["港澄週報　　電郵：home@gongching.example.hk"],
    ["港澄週報", "2046年6月8日", weekday(DAY4), "第12頁", "安樂窩", "港澄週報．安樂窩", "港澄週報",
     "電郵：home@gongching.example.hk"],
    "港澄週報．安樂窩", not_in=["cp950", "big5"])
P4["articles"] = [
    table("家居用品街市價", [
        "貨品　價錢　邊度買",
        "玻璃膠　38元　上海街五金舖",
        "膠紙　5元　各五金舖",
        "防霉噴劑　45元　油麻地街市",
        "膠手套　12元　各五金舖",
    ], "單位：港元　記者6月5日走訪"),
    review(P4, "上海街老五金舖，乜都有得賣", "記者　岑梓晴", ["岑梓晴"], [
        "油麻地上海街嘅永興五金開咗四十幾年，舖頭得幾十呎，螺絲、門鉸、玻璃膠由地下疊到上天花。老闆容伯話，"
        "街坊拎住爛咗嘅零件嚟，佢望一眼就知要邊隻。",
        f"平嘅膠紙{LOW4}元一卷，貴嘅係{HIGH4}元一套嘅花灑。容伯成日教客人"
        "{cap}自己整，唔使次次請師傅。",
        "住喺附近嘅陳太話：「屋企啲嘢壞咗，問容伯就得，佢講兩句我就識自己{run}搞掂。」",
    ], "容伯喺舖頭幫客人揀零件。", "（岑梓晴攝）",
        f"地址：油麻地上海街318號地下　營業時間：9:30—19:30　價錢：{LOW4}—{HIGH4}元"),
    howto(P4, "自己嚟", "浴缸邊發黑？重新打玻璃膠", "文：麥凱茵", ["麥凱茵"], [
        "浴缸同牆之間嗰條玻璃膠用耐咗會發黑甩邊，水滲入去仲會生霉。自己重新打過，一枝玻璃膠幾十蚊，一個鐘就搞掂。",
    ], "材料", [
        f"防霉玻璃膠　1枝{GAP}膠槍　1支",
        "美工刀　1把",
        "膠紙　1卷",
    ], "做法", [
        "1．用美工刀剷走舊玻璃膠，抹乾淨。",
        "2．喺縫嘅兩邊貼膠紙，淨返中間一條窄縫，咁打出嚟嘅膠先會直。",
        "3．膠槍慢慢推，一口氣由頭打到尾。",
        "4．用濕手指抹平，即刻撕走膠紙。",
    ], "貼士：打完要等廿四個鐘先好用浴缸。"),
    *tips(P4, "街坊貼士", [
        ("雪櫃冇味", "雪櫃擺一碟梳打粉，異味少好多。", "鄺太（旺角）", ["鄺太"]),
        ("窗簾易洗", "窗簾鉤除落嚟擺入洗衣袋，一齊掉落洗衣機。", "區先生（大角咀）", ["區先生"]),
        ("鏡唔起霧", "沖涼前喺鏡面抹少少洗潔精，就唔會起霧。", "甘小姐（佐敦）", ["甘小姐"]),
    ], "　", "——"),
]


# 5. UTF-8 (no BOM) Singapore daily, LF, blank-line, glued: curry leaves and pandan in pots; the nursery review glued
#    under the tip line; the table (header row) glued under the info line; three tips.
DAY5 = date(2046, 7, 18)
assert DAY5.weekday() == 2
LOW5, HIGH5 = 3.50, 28.00
P5 = zh_page(
    "zh_utf8_nobom_lf_singapore_garden_page_curry_leaf_pandan_howto_two_column_list_steps_tip_glued_nursery_review_"
    "caption_credit_running_head_midquote_info_line_glued_table_header_unit_tips",
    "utf-8", "\n", 21, True,
    "榴湾晨讯 2046-07-18 (Wednesday) 第15版 园艺 (an invented Singapore daily; `新元`, `组屋`, `巴刹`), UTF-8 without BOM, "
    "LF; blank-line paragraphs, wrapped at 21. The how-to `组屋种香料` / `走廊上种一盆咖喱叶和班兰` / `文：伍慧玲` "
    "(two introduction paragraphs, two two-item lines, five steps set solid, steps 2 and 4 wrapping, `小贴士：…`); "
    f"**the nursery review glued under the tip line** (`绿荫苗圃`, words cut before `好多年。”`; price range "
    f"{LOW5:.2f}—{HIGH5:.2f} 新元); **the table `香料植物小档案` glued under the info line** (header row, a source line); "
    "the label `读者园地` and three tips.",
    DAY5, "15", ["榴湾晨讯", f"2046年7月18日　{weekday(DAY5)}　　第15版　园艺　　编辑：邝　怡"],
    ["榴湾晨讯　　投稿：garden@liuwan.example.sg"],
    ["榴湾晨讯", "2046年7月18日", weekday(DAY5), "第15版", "园艺", "编辑：邝　怡", "榴湾晨讯·园艺", "榴湾晨讯",
     "投稿：garden@liuwan.example.sg"],
    "榴湾晨讯·园艺")
P5["articles"] = [
    howto(P5, "组屋种香料", "走廊上种一盆咖喱叶和班兰", "文：伍慧玲", ["伍慧玲"], [
        "住组屋没有院子，走廊上摆两个大盆，就能种出煮咖喱和做糕点用的香料。咖喱叶和班兰都耐热，新加坡的天气"
        "正合适。",
        "只要每天有半天太阳，一个月后就能摘第一批叶子。",
    ], "材料", [
        f"咖喱叶苗　1棵{GAP}班兰苗　2棵",
        f"大花盆　2个{GAP}泥土　1包",
        "有机肥　1包",
    ], "步骤", [
        "1．盆底铺一层碎瓦片，再填上泥土。",
        "2．咖喱叶苗连土球放进盆里，四周压紧，浇透水，第一个星期放在阴凉处，让根慢慢长好。",
        "3．班兰喜欢湿，可以种在盆底有托盘的盆里。",
        "4．每两个星期在盆边撒一小把有机肥，不要碰到茎，施肥后要浇水，免得烧根。",
        "5．摘叶子时从上面摘，植株会长得更密。",
    ], "小贴士：咖喱叶怕积水，下大雨时把盆移到屋檐下。"),
    review(P5, "林厝港苗圃，老板教你种香料", "本报记者　祁嘉雯", ["祁嘉雯"], [
        "林厝港一带的绿荫苗圃占地不大，卖的多是香料和果树苗。老板钟亚福种了三十多年，哪一种苗适合组屋走廊，"
        "他一听就知道。",
        f"最便宜的香茅苗{LOW5:.2f}新元一盆，最贵的是{HIGH5:.2f}新元的黄梨苗。苗圃"
        "{cap}每个周末都有免费的种植示范。",
        "一位从兀兰来的顾客说：“在这里买的咖喱叶，我家已经种了{run}好多年。”",
    ], "钟亚福在苗圃里示范换盆。", "祁嘉雯　摄",
        f"地址：林厝港路5号　营业时间：8:00—18:00（星期一休息）　价格：{LOW5:.2f}—{HIGH5:.2f}新元", glued=True),
    table("香料植物小档案", [
        "植物　日照　浇水",
        "咖喱叶　半日照　土干再浇",
        "班兰　半日照　保持湿润",
        "香茅　全日照　每天一次",
        "南姜　半日照　两天一次",
    ], "资料来源：绿荫苗圃", glued=True),
    *tips(P5, "读者园地", [
        ("香茅驱蚊", "走廊摆一盆香茅，傍晚的蚊子少了很多。", "吕秀珠（淡滨尼）", ["吕秀珠"]),
        ("巴刹菜头种葱", "从巴刹买来的青葱，把根部留两寸插在土里，一个星期又长出来。", "巫振发（盛港）", ["巫振发"]),
        ("冰块慢浇", "出门前在兰花盆里放两块冰，慢慢融化，不会一下子浇太多。", "宋玉梅（后港）", ["宋玉梅"]),
    ], "　", "——"),
]


# 6. UTF-16 LE (BOM) Chengdu evening paper, CRLF, indent-only, not glued: the tips first, then the how-to (repainting a
#    wall), the review (a building-materials market stall), the price table (no header row).
DAY6 = date(2046, 9, 10)
assert DAY6.weekday() == 0
LOW6, HIGH6 = 8, 460
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_home_page_tips_first_signed_wall_repaint_howto_two_column_list_steps_tip_paint_stall_"
    "review_caption_credit_running_head_midquote_info_line_table_no_header_source_indent_only",
    "utf-16-le", "\r\n", 22, False,
    "锦沱晚报 2046-09-10 (Monday) 第7版 家居 (an invented Chengdu evening paper), UTF-16 LE with BOM, CRLF; "
    "**indent-only**, wrapped at 22. **The tips first** (`家居小窍门`, three run-in tips signed); then the how-to "
    "`周末动手` / `旧墙翻新，一个周末刷完` / `文／税　昕` (one introduction paragraph, `材料` with two two-item lines, "
    "`步骤` over five steps set solid, the third wrapping, `提醒：…`); the review (`老乔油漆`, a stall in a "
    f"building-materials market, words cut before `放心。”`; price range {LOW6}—{HIGH6} 元); the table "
    "`墙面材料参考价` (no header row, a source line).",
    DAY6, "7", ["锦沱晚报", f"2046年9月10日　{weekday(DAY6)}　　第7版　家居　　编辑：冉　菁"],
    ["锦沱晚报社　　地址：成都市青羊区宽巷子路9号"],
    ["锦沱晚报", "2046年9月10日", weekday(DAY6), "第7版", "家居", "编辑：冉　菁", "锦沱晚报·家居", "锦沱晚报社",
     "地址：成都市青羊区宽巷子路9号"],
    "锦沱晚报·家居", bom=True)
P6["articles"] = [
    *tips(P6, "家居小窍门", [
        ("瓷砖缝变白", "牙膏挤在旧牙刷上刷瓷砖缝，黑缝能刷白。", "苟淑华（金牛区）", ["苟淑华"]),
        ("衣柜防潮", "衣柜角落放一包生石灰，梅雨天衣服不发霉。", "蒲德明（郫都）", ["蒲德明"]),
        ("纱窗好洗", "纱窗上喷点洗洁精水，用报纸贴一会儿再揭，灰尘都带下来了。", "卿小兰（武侯区）", ["卿小兰"]),
    ], "　", "——"),
    howto(P6, "周末动手", "旧墙翻新，一个周末刷完", "文／税　昕", ["税　昕", "税昕"], [
        "墙面发黄、有裂纹，不一定要请装修队。一间十来平方米的卧室，自己刷两遍乳胶漆，周六刷底漆，周日刷面漆，"
        "材料钱几百元就够。",
    ], "材料", [
        f"乳胶漆　1桶{GAP}底漆　1桶",
        f"滚筒　1个{GAP}排刷　2把",
        "美纹纸　2卷",
    ], "步骤", [
        "1．搬开家具，地面铺旧报纸。",
        "2．用砂纸把墙面磨平，裂缝处补上腻子。",
        "3．窗框、开关边贴美纹纸，先刷一遍底漆，等四个小时干透，再用滚筒从上往下刷面漆，一次不要蘸太多。",
        "4．隔一夜再刷第二遍面漆。",
        "5．漆半干时撕掉美纹纸，边线才整齐。",
    ], "提醒：刷漆时开窗通风，刷完三天内不要住人。"),
    review(P6, "建材市场里的老油漆摊", "本报记者　宋　涔", ["宋　涔", "宋涔"], [
        "城北建材市场二楼，老乔油漆的摊位只有两米宽，墙上贴满了色卡。摊主乔师傅调了二十多年漆，客人拿来一块"
        "布、一片叶子，他都能调出差不多的颜色。",
        f"最便宜的排刷{LOW6}元一把，一桶进口乳胶漆要{HIGH6}元。乔师傅"
        "{cap}会先问房间朝向，再推荐颜色。",
        "一位刚装修完的年轻人说：“自己不懂，跟着乔师傅买，心里就{run}放心。”",
    ], "乔师傅在摊位前给顾客调色。", "宋　涔　摄",
        f"地址：金牛区城北建材市场二楼B-36号　营业时间：8:30—18:30　价格：{LOW6}—{HIGH6}元"),
    table("墙面材料参考价", [
        "乳胶漆（5升）　260元　城北建材市场",
        "底漆（5升）　180元　城北建材市场",
        "腻子粉（20公斤）　35元　各建材店",
        "美纹纸　6元　各五金店",
    ], "单位：元　记者9月8日调查"),
]
PAGES = [P1, P2, P3, P4, P5, P6]


# 7. Kickapoo (Eagle Pass, Texas; the Kickapoo of Texas and Coahuila), Windows-1252, CRLF, blank-line, glued: a three
#    sisters bed; the seed-stall review glued under the tip line; the planting table (header row) glued under the info
#    line; three tips.
DAY7 = date(2046, 8, 20)
assert DAY7.weekday() == 0
LOW7, HIGH7 = 3, 45
P7 = latin_page(
    "kic_cp1252_crlf_kickapoo_garden_page_howto_two_column_list_steps_tip_glued_seed_stall_review_"
    "caption_credit_running_head_midquote_info_line_glued_planting_table_header_source_tips_hyphenation",
    "cp1252", "\r\n", 42, "", True,
    "Maverick Valley Courier 2046-08-20 (Monday) Page 6 Garden (an invented weekly of Eagle Pass, Texas; Kickapoo text, "
    "English furniture), **Windows-1252** (`“ ” – — ·`), CRLF; blank-line paragraphs, wrapped at 42 with hyphenation. "
    "The how-to `Kitikaani` / `Taamina, miskoseesa, wapikoni` / `By Martha Wapepa` (two introduction paragraphs, "
    "`Keekoohi` over list lines, two holding two items, `Iniwe ishi-tashikeeyani` over five numbered steps, the tip "
    "`Awiitowina:`); **the seed-stall review glued under the tip line** (`Kookosa Seed Stand`, a customer's “” words "
    f"cut by the running head; ${LOW7}–${HIGH7}); **the table `Ahpi ketehkaweeyani` glued under the info line** (header "
    "row, a source line); the label `Neniwaki kiikitowaki` and three tips run in on ` – `, signed `— Name, Place`.",
    DAY7, "6", [f"MAVERICK VALLEY COURIER · {english(DAY7)} · Page 6", "Garden · Editor: Ruth Okemah"],
    ["Maverick Valley Courier · garden@mvcourier.example.com"],
    ["MAVERICK VALLEY COURIER", english(DAY7), "Page 6", "Garden", "Editor: Ruth Okemah", "Maverick Valley Courier · Garden",
     "Maverick Valley Courier", "garden@mvcourier.example.com"],
    "Maverick Valley Courier · Garden", 5)
P7["articles"] = [
    howto(P7, "Kitikaani", "Taamina, miskoseesa, wapikoni", "By Martha Wapepa", ["Martha Wapepa"], [
        "Neswi okimaaka kitikaanan: taamina, miskoseesa, wapikoni. Ahpenemowaachi niishwi nepiihkaani, "
        "iniwe kepiichi natawihikowaachi ahkiiki.",
        "Martha Wapepa kekinoohamawaachi ooshkinawe kitikaaniiki ishi-tashikeeyani.",
    ], "Keekoohi", two_columns([
        [("12", "taamina"), ("20", "miskoseesa")],
        [("6", "wapikoni"), ("1", "pakiihikani")],
        [("2 bags", "mashkihkiiki")],
    ]), "Iniwe ishi-tashikeeyani", [
        "1. Pakiihikaheewe ahkiiki, nakahaawe wiikiwaapi.",
        "2. Nepiihkaheewe taamina kookohkaani, niyaawi ahpeeneki ishikwitakinaamahteniki.",
        "3. Iniwe taamina niswi waapikosiiwe, miskoseesa atoowe kiishiiwiniki.",
        "4. Wapikoni atoowe ashkwaachi, wiinaamahtowaachi ahkiiki.",
        "5. Nepiihkaheewe kenwaachi, kiishkwaapi nepiihkaheewe.",
    ], "Awiitowina: miskoseesa kiikeeki taamina, kaata iniwe ahpenemowaachi."),
    review(P7, "Kookosa Seed Stand, okimaaka kitikaanan", "By Daniel Pemwaki", ["Daniel Pemwaki"], [
        f"Kookosa Seed Stand ahpenemowaachi kitikaanan keekoohi ashkwaachi Nacimiento. Pakiihikani ${LOW7}, "
        f"wiikiwaapi mashkihkiiki ${HIGH7}.",
        "Okimaaka Lena Kookosa ahtoowaachi taamina {cap}kiikeeki nepiihkaani, kekinoohamawaachi "
        "ishi-tashikeeyani.",
        "Ihkwe Sara Mahkwa ikito: “Kitikaaniiki taamina kaata kiikeeki, iniwe Kookosa okimaaka "
        "{run}kiikeeki.”",
    ], "Lena Kookosa ahtoowaachi taamina.", "Photo: Daniel Pemwaki",
        f"Address: Stall 14, Garrison Street, Eagle Pass; 8:00–17:00, closed Sunday; ${LOW7}–${HIGH7}.", glued=True),
    table("Ahpi ketehkaweeyani", latin_table([
        ("Keekoohi", "Atoowe", "Mawinaawe"),
        ("Taamina", "March", "July"),
        ("Miskoseesa", "April", "July"),
        ("Wapikoni", "April", "September"),
        ("Chile", "March", "August"),
    ]), "Source: Kookosa Seed Stand", glued=True),
    *tips(P7, "Neniwaki kiikitowaki", [
        ("Ahkiiki kiishiiwini", "Pakiihikani atoowe ahkiiki, kaata nepiihkaheewe "
              "niishwi kiishikwa.", "Irene Pecan, Rosita Valley", ["Irene Pecan"]),
        ("Taamina natawihikowaachi", "Wiikiwaapi ahpenemowaachi taamina kiishikwa, "
              "mashkihkiiki ashkwaachi.", "Jesse Kishko, Nacimiento", ["Jesse Kishko"]),
        ("Wapikoni waapikosiiwe", "Wapikoni nepiihkaheewe kiishiiwiniki, kaata "
              "waapikosiiwe.", "Alma Wapehki, Eagle Pass", ["Alma Wapehki"]),
    ], " – ", "— "),
]


# 8. Mambwe (Mbala, Northern Province, Zambia), UTF-16 BE (BOM), LF, indent-only (four spaces), not glued: the price
#    table first (no header row), then the how-to (a raised vegetable bed), the hardware-shop review, three tips.
DAY8 = date(2046, 10, 9)
assert DAY8.weekday() == 1
LOW8, HIGH8 = 15, 850
P8 = latin_page(
    "mgr_utf16be_bom_lf_mambwe_garden_page_table_first_no_header_raised_bed_howto_two_column_list_steps_"
    "tip_hardware_review_caption_credit_running_head_midquote_info_line_tips_indent_four",
    "utf-16-be", "\n", 40, "    ", False,
    "Tanganyika Highlands Star 2046-10-09 (Tuesday) Page 10 Home & Garden (an invented weekly of Mbala, Zambia; Mambwe "
    "text, English furniture), UTF-16 BE with BOM, LF; **indent-only with four spaces**, wrapped at 40 with "
    "hyphenation. **The table first** (`Imitengo ya vyuma`, no header row, a source line); the how-to `Ivya mu nsumba` / "
    "`Ukupanga ikasi lya masamba` / `Na Esther Sikazwe` (one introduction paragraph, `Ivyakulondela` over list lines, "
    "two holding two items, `Ivyakucita` over four numbered steps, the tip `Ukusoka:`); the review (`Simpemba "
    f"Hardware`, a customer's “” words cut by the running head; K{LOW8}–K{HIGH8}); the label `Amano ya bakasoma` and "
    "three tips.",
    DAY8, "10", [f"TANGANYIKA HIGHLANDS STAR · {english(DAY8)} · Page 10", "Home & Garden · Editor: Grace Simfukwe"],
    ["Tanganyika Highlands Star · home@thstar.example.zm"],
    ["TANGANYIKA HIGHLANDS STAR", english(DAY8), "Page 10", "Home & Garden", "Editor: Grace Simfukwe",
     "Tanganyika Highlands Star · Home & Garden", "Tanganyika Highlands Star", "home@thstar.example.zm"],
    "Tanganyika Highlands Star · Home & Garden", 5, bom=True)
P8["articles"] = [
    table("Imitengo ya vyuma", latin_table([
        ("Ifosholo", "K180", "Simpemba Hardware"),
        ("Ipaipi (20 m)", "K260", "Mbala Market"),
        ("Imisumali (1 kg)", "K45", "Simpemba Hardware"),
        ("Ikatoni ya mbeu", "K15", "Mbala Market"),
    ]), "Source: prices seen on 6 October"),
    howto(P8, "Ivya mu nsumba", "Ukupanga ikasi lya masamba", "Na Esther Sikazwe", ["Esther Sikazwe"], [
        "Insumba inini ingalima amasamba amaingi nga mwapanga ikasi lyakusamvya. Esther Sikazwe akalanga "
        "abakasoma ivyakucita, ukutendekela ku mbaoo ukufika ku mbeu.",
    ], "Ivyakulondela", two_columns([
        [("4", "imbaoo"), ("1 kg", "imisumali")],
        [("1", "inyundo"), ("2", "imifuko")],
        [("1", "ikatoni ya mbeu")],
    ]), "Ivyakucita", [
        "1. Komekanyeni imbaoo ine ukupanga ikasi.",
        "2. Bikeni ikasi pa ncende iyalola ku kasuva, mukasuulule ivyani vyonse ivili pansi.",
        "3. Isuzyeni ikasi ni fumbe, musakanye ni manyowa.",
        "4. Byalenipo imbeu, musukilepo amanzi mu cungulo.",
    ], "Ukusoka: mutasukilapo amanzi pa kasuva akakali, amasamba yakawama."),
    review(P8, "Simpemba Hardware, icuma conse mu ng'anda", "Na Joseph Namukonda", ["Joseph Namukonda"], [
        f"Simpemba Hardware iliku musebo ukulola ku Mbala Market. Icakuti ici kanono kuli K{LOW8}, nomba "
        f"ifyuma ifikulu ifyakulimilako kuli K{HIGH8}.",
        "Mwine wa nduka, Bwalya Simpemba, akakomekanya {cap}ipaipi ya manzi pa mulandu wa bakasoma.",
        "Mayo Agness Nakazwe atile: “Ine pa cuma conse icakulimilako, nkaya ku Simpemba, takuli "
        "{run}ukuluba.”",
    ], "Bwalya Simpemba akomekanya ipaipi.", "Photo: Joseph Namukonda",
        f"Address: Plot 27, Kasama Road, Mbala; 7:30–18:00; K{LOW8}–K{HIGH8}."),
    *tips(P8, "Amano ya bakasoma", [
        ("Amanyowa ya mu ng'anda", "Isuzyeni ivisala vya masamba mu cisime, pa myezi "
              "itatu vyapanga amanyowa.", "Mary Sinyangwe, Senga Hill", ["Mary Sinyangwe"]),
        ("Ukucingilila amasamba", "Zungulukeni ikasi ni mamina ya nkuni, inkoko "
              "tazingilamo.", "Peter Simukoko, Mpulungu", ["Peter Simukoko"]),
        ("Amanzi ya mfula", "Bikeni indobo pansi pa mutenge, amanzi ya mfula "
              "yakasukila amasamba.", "Ruth Namwila, Mbala", ["Ruth Namwila"]),
    ], " – ", "— "),
]


# 9. Lamenu (Lamen island and Epi, Vanuatu), Latin-1, CR, blank-line, glued: a kitchen garden of island cabbage and
#    taro; the nursery review glued under the tip line; the table (no header row) glued under the info line; three
#    tips run in on a colon (Latin-1 has no dashes nor curly quotes).
DAY9 = date(2046, 11, 12)
assert DAY9.weekday() == 0
LOW9, HIGH9 = 100, 1500
P9 = latin_page(
    "lmu_latin1_cr_lamenu_garden_page_island_cabbage_howto_two_column_list_steps_tip_glued_nursery_review_caption_"
    "credit_running_head_midquote_info_line_glued_table_no_header_source_tips_colon_hyphenation",
    "latin-1", "\r", 41, "", True,
    "Epi Aelan Wiken 2046-11-12 (Monday) Page 8 Garen (an invented weekly of Epi, Vanuatu; Lamenu text, Bislama "
    "furniture), **Latin-1** (`·` in the furniture; straight quotes, no dashes), **CR**; blank-line paragraphs, wrapped at 41 with "
    "hyphenation. The how-to `Nasuvi tamate` / `Navele me tal lo naim` / `Raetem: Leisel Tari` (two introduction "
    "paragraphs, `Namaeru` over list lines, two holding two items, `Natusuen` over four numbered steps, the tip "
    f"`Navivi:`); **the nursery review glued under the tip line** (`Nasari blong Lamen Bay`; {LOW9}-{HIGH9} vatu); "
    "**the table `Praes blong plantem` glued under the info line** (no header row, a source line); the label "
    "`Navivi ne natamol` and three tips run in on `: `, signed `- Name, Place`.",
    DAY9, "8", ["EPI AELAN WIKEN · Mande 12 Novemba 2046 · Pej 8", "Garen · Edita: Rosina Kalo"],
    ["Epi Aelan Wiken · garen@epiwiken.example.vu"],
    ["EPI AELAN WIKEN", "Mande 12 Novemba 2046", "Pej 8", "Garen", "Edita: Rosina Kalo", "Epi Aelan Wiken · Garen",
     "Epi Aelan Wiken", "garen@epiwiken.example.vu"],
    "Epi Aelan Wiken · Garen", 5, runin=": ", dash="- ")
assert EN[DAY9.weekday()] == "Monday" and EN_MONTHS[DAY9.month - 1] == "November"  # Bislama `Mande`, `Novemba`
P9["articles"] = [
    howto(P9, "Nasuvi tamate", "Navele me tal lo naim", "Raetem: Leisel Tari", ["Leisel Tari"], [
        "Navele me tal sa natamol lo Lamen ta vinai lo naim. Ko suvi navele lo nalolo, ko tilamutan "
        "tal, ko vilivili naulu lo navotovoto.",
        "Leisel Tari vinai sa natamol Lamen Bay mematuan.",
    ], "Namaeru", two_columns([
        [("10", "navele"), ("6", "tal")],
        [("1", "sivol"), ("2", "naulu kokonas")],
        [("1", "buket")],
    ]), "Natusuen", [
        "1. Ko lili naim, ko velevele nalolo tamate.",
        "2. Ko suvi tal lo nalolo, ko tilamutan navele lo natalavilivili nalolo.",
        "3. Ko vilivili naulu kokonas lo navotovoto.",
        "4. Ko lui nawai lo buket, malamalate lo nabon.",
    ], "Navivi: ko lui nawai malamalate, navele ta maelavelave."),
    review(P9, "Nasari blong Lamen Bay, navele tamate", "Raetem: Moses Kalsakau", ["Moses Kalsakau"], [
        f"Nasari blong Lamen Bay vinai navele, tal me nakavika. Navele tilamutan {LOW9} vatu, nakavika "
        f"tamate {HIGH9} vatu.",
        "Namatu Serah Bule velevele navele {cap}lo nalolo tamatemate, ko vinai natamol.",
        "Natamol Jimmy Tasale vinai: \"Navele lo nasari sa maelavelave, tal ta tamatemate lo "
        "{run}Lamen.\"",
    ], "Serah Bule velevele navele.", "Foto: Moses Kalsakau",
        f"Adres: Lamen Bay, Epi; 7:00 kasem 16:00; {LOW9}-{HIGH9} vatu.", glued=True),
    table("Praes blong plantem", latin_table([
        ("Navele", "100 vatu", "Lamen Bay"),
        ("Tal", "200 vatu", "Rovo Bay"),
        ("Nakavika", "1500 vatu", "Lamen Bay"),
        ("Naulu", "50 vatu", "Maket Epi"),
    ]), "Sos: Nasari blong Lamen Bay", glued=True),
    *tips(P9, "Navivi ne natamol", [
        ("Nalolo malamalate", "Ko vilivili naulu lo nalolo, nalolo ta maelavelave "
              "lo navelevele.", "Mariana Toka, Lamen", ["Mariana Toka"]),
        ("Navele tamatemate", "Ko lili navele lo nabon, navele ta tilamutan "
              "tamate.", "George Kalpoi, Ringdove", ["George Kalpoi"]),
        ("Tal lo nalolo", "Ko suvi tal lo nalolo malamalate, tal ta "
              "tamatemate.", "Lily Nampas, Burumba", ["Lily Nampas"]),
    ], ": ", "- "),
]


# 10. Kutenai (Ktunaxa; Cranbrook, British Columbia), UTF-8 with BOM (`ʔ ·`), LF, indent-only (three spaces), not
#     glued: the review first (a hardware and garden store), then the how-to (a berry patch), three tips, the table
#     (header row).
DAY10 = date(2046, 12, 4)
assert DAY10.weekday() == 1
ordered(DAY7, DAY8, DAY9, DAY10)
LOW10, HIGH10 = 4, 120
P10 = latin_page(
    "kut_utf8_bom_lf_kutenai_garden_page_review_first_garden_store_caption_credit_running_head_midquote_info_line_"
    "berry_howto_two_column_list_steps_tip_three_tips_table_header_source_indent_three",
    "utf-8", "\n", 40, "   ", False,
    "Kootenay Crossing Weekly 2046-12-04 (Tuesday) Page 9 Home and Garden (an invented weekly of Cranbrook, British "
    "Columbia; Kutenai text, English furniture), UTF-8 with BOM (`ʔ · “ ” – —`), LF; **indent-only with three "
    "spaces**, wrapped at 40 with hyphenation. **The review first** (`Yaqan Garden Supply`, a customer's “” words cut "
    f"by the running head; ${LOW10}–${HIGH10}); the how-to `ʔakinmituk` / `Kaǂi·kaqa ʔaqsa·ni` / `By Theresa Nicholas` "
    "(one introduction paragraph, `ʔaqatnam` over list lines, two holding two items, `Qakiȼ` over four steps, the tip "
    "`Kinqaǂ:`); the label `Kinaʔkaxi nis` and three tips; the table `Hu ʔiȼkiniʔ` last (header row, a source line).",
    DAY10, "9", [f"KOOTENAY CROSSING WEEKLY · {english(DAY10)} · Page 9", "Home and Garden · Editor: Carla Joe"],
    ["Kootenay Crossing Weekly · garden@kcweekly.example.ca"],
    ["KOOTENAY CROSSING WEEKLY", english(DAY10), "Page 9", "Home and Garden", "Editor: Carla Joe",
     "Kootenay Crossing Weekly · Home and Garden", "Kootenay Crossing Weekly", "garden@kcweekly.example.ca"],
    "Kootenay Crossing Weekly · Home and Garden", 5, bom=True)
P10["articles"] = [
    review(P10, "Yaqan Garden Supply, ʔaqsa·ni kiȼkiniʔ", "By Dennis Aqlitnam", ["Dennis Aqlitnam"], [
        f"Yaqan Garden Supply ʔin ʔakiȼqanuk Baker Street. Qaǂ ʔaqsa·ni ${LOW10}, ʔaqaǂmiyit "
        f"kaǂwumu ${HIGH10}.",
        "Nasuʔkin Mary Sanʔkin ʔiȼkinaqa {cap}ʔaqsa·ni ʔakunuk yaqanaǂ ʔaqatnam.",
        "Pa·ȼi Louise Kaʔnin hanaǂ: “Hun ʔiȼkiniʔ ʔaqsa·ni, qapi ʔa·kakiȼ "
        "{run}Yaqan.”",
    ], "Mary Sanʔkin ʔiȼkinaqa ʔaqsa·ni.", "Photo: Dennis Aqlitnam",
        f"Address: 1020 Baker Street, Cranbrook; 9:00–17:30; ${LOW10}–${HIGH10}."),
    howto(P10, "ʔakinmituk", "Kaǂi·kaqa ʔaqsa·ni", "By Theresa Nicholas", ["Theresa Nicholas"], [
        "ʔaqsa·ni ʔakinmituk yaqanaǂ ʔa·kaǂwiyit. Theresa Nicholas ʔiȼkinaqa kaǂwumu qakiȼ, "
        "ʔakiȼqanuk ʔakinmituk kiȼmakǂaʔ.",
    ], "ʔaqatnam", two_columns([
        [("6", "ʔaqsa·ni"), ("1", "kaǂwumu")],
        [("2 bags", "ʔamak"), ("1", "ʔakuǂ")],
        [("1", "ʔakunuk")],
    ]), "Qakiȼ", [
        "1. Kiȼmakǂaʔ ʔamak ʔakinmituk yaqanaǂ.",
        "2. ʔiȼkiniʔ ʔaqsa·ni ʔakiȼqanuk, kaǂwumu ʔaqaǂmiyit ʔa·kaǂwiyit.",
        "3. Hanaǂ ʔakuǂ ʔakunuk ʔaqsa·ni.",
        "4. Qapi ʔaqatnam kiȼmakǂaʔ ʔa·kakiȼ.",
    ], "Kinqaǂ: ʔaqsa·ni ʔakinmituk kiȼmakǂaʔ, qapi ʔa·kakiȼ."),
    *tips(P10, "Kinaʔkaxi nis", [
        ("ʔamak ʔakinmituk", "ʔiȼkiniʔ ʔamak ʔakunuk, kaǂwumu "
              "yaqanaǂ.", "Rosalie Eugene, Yaqan Nuʔkiy", ["Rosalie Eugene"]),
        ("ʔaqsa·ni qapi", "Hanaǂ ʔaqsa·ni ʔakinmituk, ʔa·kaǂwiyit "
              "kiȼmakǂaʔ.", "Wilfred Louie, Creston", ["Wilfred Louie"]),
        ("Kaǂwumu yaqanaǂ", "Kaǂwumu ʔakuǂ ʔaqaǂmiyit, qapi "
              "ʔakiȼqanuk.", "Helen Basil, Grasmere", ["Helen Basil"]),
    ], " – ", "— "),
    table("Hu ʔiȼkiniʔ", latin_table([
        ("Plant", "Price", "Where"),
        ("Saskatoon", "$12", "Yaqan Garden Supply"),
        ("Huckleberry", "$18", "Yaqan Garden Supply"),
        ("Strawberry", "$4", "Cranbrook Market"),
        ("Raspberry", "$9", "Cranbrook Market"),
    ]), "Source: store price list, 1 December"),
]

PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
