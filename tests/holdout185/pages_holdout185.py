"""The text of every holdout185 page, written once: make_holdout185_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-174 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("stanza", lines)` a poem's next stanza with a blank line before it; `("end", line)` a
printed line that is no paragraph (here the serial's `（未完待续）`, furniture); `("more", line)` a printed line with no
blank line before it (the call box's closing rule); `{run}` drops the running head into a paragraph; `~` marks where
a Latin word may be split at a line end (`syl()`, holdout151's rules); `solid()` (holdout157's) a box's text set
solid; `Lines` (holdout157's) a row printed as given lines (the call's signature over its date, as holdout157's
`signed()`; a poem's second stanza with a blank line before it on an indent-only page, **new**).
Every page is a literary supplement page: a serialised story's instalment (its head the serial's name and number, the
author's line, six to eight paragraphs with dialogue, one cut by the running head, `（未完待续）` / `(To be continued)`
at its foot, furniture), a personal essay (head, author, three or four paragraphs, a line of a poem quoted inside
one), a poem of two or three stanzas (title, author under it), a book note under its label (the label the title, the
book's title, author, publisher and price on one line its first paragraph, one paragraph of note) and a boxed call
for contributions (head over a rule, its text set solid, the editors' signature flush right over a date, a closing
rule). Weekdays and sums are computed and asserted. All papers, writers, books, publishers, sums and events are
invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, EN_MONTHS, Lines, english, flush_right, ordered, solid, syllables, weekday

VOWELS = "aeiouáéíóúäëöüŵ"
syl = partial(syllables, vowels=VOWELS)
ZH_NUM = "〇一二三四五六七八九十"


def zh_count(n):
    """A Chinese instalment number up to 99 (十二, 二十三)."""
    tens, ones = divmod(n, 10)
    return (ZH_NUM[tens] if tens > 1 else "") + ("十" if tens else "") + (ZH_NUM[ones] if ones else "")


def serial(title, byline, names, body, end, glued=False):
    """The serial's instalment: its head (name and number as printed) the title, the author's line the byline (the
    name alone accepted), its paragraphs; `（未完待续）` at its foot is furniture (holdout13's, 85's, 165's rule)."""
    art = {"lines": [title, byline], "title": title, "byline": [byline] + names, "body": list(body) + [("end", end)]}
    if glued:
        art["glued"] = True
    return art


def essay(title, byline, names, body, glued=False):
    """A personal essay: head the title, the author's line the byline (the name alone accepted), its paragraphs."""
    art = {"lines": [title, byline], "title": title, "byline": [byline] + names, "body": list(body)}
    if glued:
        art["glued"] = True
    return art


def poem(page, title, byline, names, stanzas, glued=False):
    """A poem: its title the title, the author's line under it the byline, each stanza one paragraph (holdout80's,
    113's, 173's). On an indent-only page the next stanza is printed after a blank line all the same (**new**)."""
    body = [("row", stanzas[0])]
    for s in stanzas[1:]:
        if page["blank"]:
            body.append(("stanza", s))
        else:
            body.append(("row", Lines(s, [""] + s.split("\n"))))
    art = {"lines": [title, byline], "title": title, "byline": [byline] + names, "body": body}
    if glued:
        art["glued"] = True
    return art


def book(label, details, note, glued=False):
    """A book note under its label: the label, the only head it has, the title (**new**; the section reading
    accepted nowhere, since the title must be one string); the details line on one line its first paragraph
    (holdout163's, 173's data line a paragraph); one paragraph of note."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", details), note]}
    if glued:
        art["glued"] = True
    return art


def call(page, title, rule, text, issuer, day_line, glued=False):
    """The boxed call for contributions: head over a rule (the head the title), its text set solid (one paragraph),
    the editors' signature flush right the byline (none accepted) over the date (a paragraph; holdout157's notices),
    a closing rule (the rules markup)."""
    row = ("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)]))
    art = {"lines": [title, rule], "title": title, "tight": True, "byline": [issuer, None],
           "body": [solid(text, page), row, ("more", rule)]}
    if glued:
        art["glued"] = True
    return art


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule, not_in=(),
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot and its two rules are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2}


def zh_day(day):
    return f"{day.year}年{day.month}月{day.day}日"


# 1. GBK county evening paper, CRLF, blank-line, glued: the serial; the essay glued under `（未完待续）`; the poem
#    glued under the essay's last line; the book note; the call box.
DAY1 = date(2045, 3, 15)
CALL1 = date(2045, 3, 8)
DEADLINE1 = date(2045, 4, 30)
ordered(CALL1, DAY1, DEADLINE1)
PART1 = 12
RULE1 = "─" * 21
PRICE1 = 42
P1 = zh_page(
    "zh_gbk_crlf_county_literary_supplement_ferry_serial_essay_glued_under_to_be_continued_poem_glued_under_essay_"
    "book_note_call_box_running_head_midquote",
    "gbk", "\r\n", 21, True,
    "汶溆晚报 2045-03-15 第8版 汶溆副刊 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped "
    f"at 21. The serial `连载·《渡口春深》（{zh_count(PART1)}）` (byline `□　钟　苇`, seven paragraphs with “” dialogue, a "
    "ferryman's words cut by the running head, `（未完待续）` furniture); **the essay `父亲的竹篮` glued under "
    "`（未完待续）`** (a poem line quoted inside a paragraph); **the poem `三月，河堤` glued under the essay's last "
    "line** (two stanzas, `文／邝晓蔓`); `书讯` (details line, one paragraph); the call box `征稿启事` (signed `本版编辑部` "
    f"over `{zh_day(CALL1)}`, deadline {zh_day(DEADLINE1)}).",
    DAY1, "8", ["汶溆晚报", f"{zh_day(DAY1)}　{weekday(DAY1)}　　第8版　汶溆副刊　　责编：柯　棠"],
    ["汶溆晚报社出版　　地址：汶溆县东门大街18号"],
    ["汶溆晚报", zh_day(DAY1), weekday(DAY1), "第8版", "汶溆副刊", "责编：柯　棠", "汶溆晚报·汶溆副刊", "（未完待续）",
     "汶溆晚报社出版", "地址：汶溆县东门大街18号"],
    "汶溆晚报·汶溆副刊", RULE1)
P1["articles"] = [
    serial(f"连载·《渡口春深》（{zh_count(PART1)}）", "□　钟　苇", ["钟　苇", "钟苇"], [
        "天还没亮，老秦就把渡船推下了水。河面上起了雾，对岸的柳树只剩一道灰影。",
        "“爹，今天还过河吗？”春妮站在石阶上喊。",
        "“过。镇上的王先生等着这船药，耽误不得。”",
        "春妮不再说话，解下缆绳，跳上船头。船一离岸，雾就把渡口吞了进去。",
        "行到河心，老秦忽然停了篙，侧耳听了一阵，低声说：“你听，上游有人在喊{run}渡船。”",
        "春妮也听见了，那声音细细的，像是个孩子。",
        "“掉头。”老秦说，“药晚一刻不要紧，人不能不管。”",
    ], "（未完待续）"),
    essay("父亲的竹篮", "□　邓晚秋", ["邓晚秋"], [
        "父亲编了一辈子竹篮。小时候我嫌竹篾扎手，从不肯帮忙，只蹲在旁边看他的手指翻飞。",
        "去年冬天回家，他的手慢了，一只篮子要编三天。他说：“慢点好，慢点编得匀。”我想起一句诗：“檐下竹声慢，灯前岁月长”，"
        "父亲的日子大约就是这样。",
        "临走时，他塞给我一只小篮子，说是给孙女装橘子的。我提着它上了车，一路没舍得放下。",
    ], glued=True),
    poem(P1, "三月，河堤", "文／邝晓蔓", ["邝晓蔓"], [
        "柳条刚刚发芽\n风从下游吹来\n放牛的孩子\n把草帽挂在树上",
        "河水很慢\n慢得像外婆的歌\n我坐在堤上\n等一只船回来",
    ], glued=True),
    book("书讯", f"《青石巷往事》　陶一禾　著　澄江文艺出版社　定价{PRICE1}元",
         "这是一部写小城旧巷的散文集，收文四十二篇，写磨坊、茶馆、剃头铺和巷子里的人，文字朴素，读来亲切。"),
    call(P1, "征稿启事", RULE1,
         "本版常年征集散文、小说、诗歌，散文、小说以三千字以内为宜，诗歌每首不超过四十行。来稿请发电子邮箱"
         f"wenxu_fukan@example.cn，请注明真实姓名和联系电话。本期专题“春天的河”截稿日期为{DEADLINE1.month}月"
         f"{DEADLINE1.day}日。",
         "本版编辑部", zh_day(CALL1)),
]


# 2. GB18030 city daily, LF, indent-only, not glued; a rare Extension A character in the poet's name.
RARE = "\u3d11"  # 㴑, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 5, 19)
CALL2 = date(2045, 5, 15)
DEADLINE2 = date(2045, 6, 30)
ordered(CALL2, DAY2, DEADLINE2)
PART2 = 23
RULE2 = "─" * 21
PRICE2 = 56
P2 = zh_page(
    "zh_gb18030_lf_city_literary_supplement_lighthouse_serial_recap_essay_poem_rare_char_book_note_call_box_indent_"
    "only_running_head_midquote",
    "gb18030", "\n", 21, False,
    "沔滨日报 2045-05-19 第11版 文苑 (an invented city daily; `㴑` U+3D11, CJK Extension A, in the poet's name `林　㴑`; "
    "in GB18030, not in GBK), LF; **indent-only**, wrapped at 21, not glued. The serial "
    f"`连载·《灯塔长夜》（{zh_count(PART2)}）` (a recap `上回说到` its first paragraph, dialogue, words cut by the "
    "running head); the essay `晒书`; the poem `雨后` (two stanzas, **the second after a blank line on an indent-only "
    f"page**); `新书架`; the call box `征稿启事` (deadline {zh_day(DEADLINE2)}).",
    DAY2, "11", ["沔滨日报", f"{zh_day(DAY2)}　{weekday(DAY2)}　　第11版　文苑"],
    ["沔滨日报社　　投稿邮箱：wenyuan@mianbin.example.cn"],
    ["沔滨日报", zh_day(DAY2), weekday(DAY2), "第11版", "文苑", "沔滨日报·文苑", "（未完待续）", "沔滨日报社",
     "投稿邮箱：wenyuan@mianbin.example.cn"],
    "沔滨日报·文苑", RULE2, not_in=["gbk"])
P2["articles"] = [
    serial(f"连载·《灯塔长夜》（{zh_count(PART2)}）", "文／乔远帆", ["乔远帆"], [
        "上回说到，补给船迟迟不来，岛上只剩下三天的煤油。",
        "第四天早上，海面平得像一块铁板。阿青爬上塔顶，拿望远镜看了半天，什么也没有。",
        "“师傅，船会不会不来了？”",
        "老罗正在擦灯罩，头也不抬：“会来的。海上的事，急不得。”",
        "傍晚起了风，阿青去收晾在礁石上的渔网，回来时看见老罗站在门口，手里捏着半截蜡烛，说：“今晚省着点，"
        "灯只点到{run}后半夜。”",
        "阿青愣住了：“后半夜要是有船过呢？”",
        "老罗没有回答，转身进了屋。",
    ], "（未完待续）"),
    essay("晒书", "文／严素心", ["严素心"], [
        "入夏前总有几个大晴天，母亲就把家里的旧书搬到院子里晒。书页翻开，一股樟脑味散出来。",
        "我最喜欢翻外公留下的那本诗集，扉页上有他的字：“旧书翻到第三页，窗外的雨停了”。字是钢笔写的，蓝色已经淡了。",
        "太阳偏西，书收回屋里，院子里还留着纸的味道。那是我记得的夏天。",
    ]),
    poem(P2, "雨后", f"林　{RARE}", [f"林{RARE}"], [
        "雨停了\n屋檐还在数\n一滴，两滴",
        "巷口的青苔\n亮得像刚醒\n邻家的猫\n踩着水回家",
    ]),
    book("新书架", f"《北汊》　唐知秋　著　沔江出版社　定价{PRICE2}元",
         "长篇小说，写一个渔村三代人的离散与归来。作者在渔村生活多年，笔下的风浪和人情都很真切。"),
    call(P2, "征稿启事", RULE2,
         "本版欢迎散文、随笔、短篇小说和新诗来稿。散文随笔二千五百字以内，小说不超过六千字，诗歌请一次投三至五首。"
         f"夏季专号以“水”为题，{DEADLINE2.month}月{DEADLINE2.day}日截稿。来稿请寄投稿邮箱，勿一稿多投。",
         "文苑编辑部", zh_day(CALL2)),
]


# 3. Big5 Taiwan county daily (Yilan), CR, blank-line, glued.
DAY3 = date(2045, 9, 15)
CALL3 = date(2045, 9, 1)
DEADLINE3 = date(2045, 10, 31)
ordered(CALL3, DAY3, DEADLINE3)
assert DAY3.year - 1911 == 134
PART3 = 8
RULE3 = "─" * 20
PRICE3 = 320
P3 = zh_page(
    "zht_big5_cr_taiwan_literary_supplement_tea_hill_serial_essay_glued_under_to_be_continued_poem_glued_three_stanzas_"
    "book_note_nt_price_call_box_running_head_midquote",
    "big5", "\r", 20, True,
    "蘭澤日報 2045-09-15 (`中華民國134年9月15日`) B6 副刊 (an invented county daily, Yilan county), Big5, CR; blank-line "
    f"paragraphs, wrapped at 20. The serial `連載．《茶山的孩子》（{zh_count(PART3)}）` (「」 dialogue, words cut by the "
    "running head); **the essay `颱風夜` glued under `（未完待續）`**; **the poem `田埂` glued under the essay** (three "
    f"stanzas); `好書推介` (`新臺幣{PRICE3}元`); the call box `徵稿啟事` (deadline {zh_day(DEADLINE3)}).",
    DAY3, "B6", [f"蘭澤日報　中華民國134年9月15日　{weekday(DAY3)}", "B6　副刊　　主編：游若薇"],
    ["蘭澤日報社　副刊信箱：fukan@lanze.example.tw"],
    ["蘭澤日報", "中華民國134年9月15日", weekday(DAY3), "B6", "副刊", "主編：游若薇", "蘭澤日報．副刊", "（未完待續）",
     "蘭澤日報社", "副刊信箱：fukan@lanze.example.tw"],
    "蘭澤日報．副刊", RULE3)
P3["articles"] = [
    serial(f"連載．《茶山的孩子》（{zh_count(PART3)}）", "文／簡若川", ["簡若川"], [
        "採茶的季節到了，阿嬤天一亮就把竹簍揹上肩，叫阿志跟她上山。",
        "「阿嬤，我今天要去學校考試。」",
        "「考完再來，茶菁不等人。」阿嬤說著，把一頂斗笠扣在他頭上。",
        "山路濕滑，阿志走在後面，看見阿嬤的背比去年更彎了。",
        "到了茶園，阿嬤蹲下來摘了一把嫩芽，放在他手心裡說：「一心二葉，記住了，摘多了{run}就不香了。」",
        "阿志點點頭，把那把茶芽握得緊緊的。",
    ], "（未完待續）"),
    essay("颱風夜", "文／葉書晴", ["葉書晴"], [
        "小時候最怕颱風夜。風從窗縫鑽進來，整間屋子都在響，母親點起蠟燭，一家人擠在客廳裡。",
        "父親會講故事，講他年輕時在海上遇到的大浪。我後來讀到「風在屋頂上走了一夜」，想起的總是那些燭光。",
        "如今住在城裡，颱風來了也只是停班停課。可每到這種夜晚，我還是會找出一根蠟燭。",
    ], glued=True),
    poem(P3, "田埂", "文／許晨光", ["許晨光"], [
        "田埂很窄\n只容得下一雙赤腳",
        "白鷺站在水裡\n看秧苗一天天長高",
        "黃昏的時候\n阿公扛著鋤頭\n把影子走成一條路",
    ], glued=True),
    book("好書推介", f"《山城記事》　溫予安　著　青嶂出版社　新臺幣{PRICE3}元",
         "作者走訪宜蘭山區十餘個聚落，記下老人口中的開墾往事與山居日常，附手繪地圖多幅，是一本耐讀的地方書。"),
    call(P3, "徵稿啟事", RULE3,
         "本刊徵求散文、小說、新詩，散文小說以三千字為限，新詩以四十行為限。來稿請以電子郵件寄至本刊信箱，"
         f"註明真實姓名、地址與電話。秋季專題「回家的路」於{DEADLINE3.month}月{DEADLINE3.day}日截稿。",
         "副刊編輯室", zh_day(CALL3)),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese dialogue, CRLF, indent-only, not glued.
DAY4 = date(2045, 6, 14)
CALL4 = date(2045, 6, 7)
DEADLINE4 = date(2045, 7, 31)
ordered(CALL4, DAY4, DEADLINE4)
PART4 = 31
RULE4 = "─" * 20
PRICE4 = 98
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_literary_supplement_tong_lau_serial_cantonese_dialogue_essay_poem_book_note_hkd_"
    "call_box_indent_only_running_head_midquote",
    "big5hkscs", "\r\n", 20, False,
    "荔灣週報 2045-06-14 第10頁 文藝版 (an invented Hong Kong district weekly), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇`; in "
    "neither cp950 nor Big5), CRLF; **indent-only**, wrapped at 20, not glued. The serial "
    f"`連載：《唐樓夜話》（{zh_count(PART4)}）` (Cantonese 「」 dialogue, words cut by the running head); the essay "
    f"`街市嘅早晨`; the poem `天台` (two stanzas, the second after a blank line); `書介` (`港幣{PRICE4}元`); the call box "
    "`徵稿`.",
    DAY4, "10", ["荔灣週報", f"{zh_day(DAY4)}　{weekday(DAY4)}　　第10頁　文藝版"],
    ["荔灣週報　　投稿熱線：2853 6107"],
    ["荔灣週報", zh_day(DAY4), weekday(DAY4), "第10頁", "文藝版", "荔灣週報．文藝版", "（未完待續）", "荔灣週報",
     "投稿熱線：2853 6107"],
    "荔灣週報．文藝版", RULE4, not_in=["cp950", "big5"])
P4["articles"] = [
    serial(f"連載：《唐樓夜話》（{zh_count(PART4)}）", "文：譚嘉欣", ["譚嘉欣"], [
        "嗰晚停電，成棟唐樓黑晒。三樓嘅陳婆婆拎住支電筒，一級一級落樓梯。",
        "「婆婆，你去邊呀？」阿強喺二樓探個頭出嚟。",
        "「落去睇吓個信箱，我個孫話今日寄信返嚟。」",
        "阿強冇出聲，扶住佢慢慢行。樓梯好窄，啲牆皮甩咗一大塊。",
        "開咗信箱，入面空空如也。陳婆婆企咗好耐，先至講：「可能聽日先到，郵差都要{run}放工嘅。」",
        "阿強話：「聽日我幫你睇。」",
    ], "（未完待續）"),
    essay("街市嘅早晨", "文：鄺詠思", ["鄺詠思"], [
        "我鍾意早上七點去街市。魚檔嘅阿姐一路劏魚一路同熟客傾偈，菜檔嘅伯伯將啲菜心排得整整齊齊。",
        "有日我喺豆腐檔門口，聽到個老師傅低聲唸：「一街煙火一街人」，原來係佢後生嗰陣自己作嘅詩。",
        "街市會拆嘅消息傳咗幾年，到而家都仲喺度。我希望佢可以再企多幾年。",
    ]),
    poem(P4, "天台", "文：莫頌恩", ["莫頌恩"], [
        "晾衫竹上\n掛住成個夏天",
        "細路仔追住風\n阿媽喺樓梯口叫\n返嚟食飯喇",
    ]),
    book("書介", f"《海旁慢行》　歐陽曉晴　著　灣岬出版社　港幣{PRICE4}元",
         "散文集，寫西環海旁一帶嘅舊碼頭、茶餐廳同街坊，文字輕鬆，插圖係作者自己畫嘅。"),
    call(P4, "徵稿", RULE4,
         "本版歡迎街坊投稿，散文、短篇小說以二千字以內為宜，新詩以三十行為限。來稿請寄荔灣郵政信箱86號，"
         f"信封註明「文藝投稿」。七月專題「我住嘅嗰條街」{DEADLINE4.month}月{DEADLINE4.day}日截稿。",
         "本版編輯", zh_day(CALL4)),
]


# 5. UTF-8 without BOM Singapore daily, LF, blank-line, glued.
DAY5 = date(2045, 8, 17)
CALL5 = date(2045, 8, 10)
DEADLINE5 = date(2045, 9, 30)
ordered(CALL5, DAY5, DEADLINE5)
PART5 = 15
RULE5 = "─" * 21
PRICE5 = 24
P5 = zh_page(
    "zh_utf8_nobom_lf_singapore_literary_supplement_kampong_serial_essay_glued_under_to_be_continued_poem_glued_book_"
    "note_sgd_call_box_running_head_midquote",
    "utf-8", "\n", 21, True,
    "星澜早报 2045-08-17 第20版 文艺城 (an invented Singapore daily; `甘榜`, `组屋`, `新元`), UTF-8 without BOM, LF; "
    f"blank-line, wrapped at 21. The serial `连载·《甘榜的雨季》（{zh_count(PART5)}）` (words cut by the running head); "
    "**the essay `组屋楼下` glued under `（未完待续）`**; **the poem `榴梿树下` glued under the essay**; `新书简介` "
    f"(`新元{PRICE5}`); the call box `征稿启事`.",
    DAY5, "20", ["星澜早报", f"{zh_day(DAY5)}　{weekday(DAY5)}　　第20版　文艺城"],
    ["星澜早报　　文艺城电邮：wenyicheng@xinglan.example.sg"],
    ["星澜早报", zh_day(DAY5), weekday(DAY5), "第20版", "文艺城", "星澜早报·文艺城", "（未完待续）", "星澜早报",
     "文艺城电邮：wenyicheng@xinglan.example.sg"],
    "星澜早报·文艺城", RULE5)
P5["articles"] = [
    serial(f"连载·《甘榜的雨季》（{zh_count(PART5)}）", "文／符淑仪", ["符淑仪"], [
        "雨一连下了七天，甘榜后面的小河涨到了木屋的台阶下。",
        "“阿妈，水会不会淹进来？”小美趴在窗口问。",
        "“不会的，你阿爸早把屋子垫高了。”阿妈一边说，一边把米缸搬到床上。",
        "傍晚，隔壁的马来大叔划着小舢板过来，送来一篮木薯。",
        "阿爸接过篮子，连声道谢。大叔笑着摆手：“邻居嘛，雨停了你再请我喝咖啡，到你家{run}坐一坐。”",
        "小美看着舢板划远，雨点打在水面上，像一锅煮开的粥。",
    ], "（未完待续）"),
    essay("组屋楼下", "文／陈靖雯", ["陈靖雯"], [
        "组屋楼下的空地，是整栋楼的客厅。早上有人打太极，傍晚有孩子踢球，夜里几位老人摆开棋盘。",
        "有位退休的华文老师常坐在石凳上，教孩子念诗。我听他一字一字地念：“一粒米，一滴汗”，孩子们跟着念得很响。",
        "搬家以后，我最想念的，就是那片空地上的声音。",
    ], glued=True),
    poem(P5, "榴梿树下", "文／黄以恒", ["黄以恒"], [
        "祖父说\n榴梿熟了会自己掉下来\n不要急",
        "我等了一个下午\n只等到一阵风\n和满地的树影",
    ], glued=True),
    book("新书简介", f"《海峡边的灯》　郑慧伦　著　南岸书局　新元{PRICE5}",
         "短篇小说集，收小说九篇，写码头工人、小贩和渡轮上的人，语言平实，有浓厚的南洋味道。"),
    call(P5, "征稿启事", RULE5,
         "本版欢迎本地作者投稿，散文、小说二千字以内，诗歌三十行以内。来稿请电邮至本版信箱，附真实姓名、身份证号码末四位"
         f"及联络电话。国庆专题“我们的街坊”{DEADLINE5.month}月{DEADLINE5.day}日截稿。",
         "文艺城编辑组", zh_day(CALL5)),
]


# 6. UTF-16 LE with BOM city evening paper, CRLF, indent-only, glued (the essay under `（未完待续）`, the poem under
#    the essay, the call box under the book note's paragraph).
DAY6 = date(2045, 11, 16)
CALL6 = date(2045, 11, 9)
DEADLINE6 = date(2045, 12, 31)
ordered(CALL6, DAY6, DEADLINE6)
PART6 = 40
RULE6 = "─" * 22
PRICE6 = 39
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_literary_supplement_night_train_serial_essay_glued_poem_glued_book_note_call_box_glued_"
    "indent_only_running_head_midquote",
    "utf-16-le", "\r\n", 22, False,
    "汾阳晚报 2045-11-16 第14版 副刊·文学 (an invented city evening paper), UTF-16 LE with BOM, CRLF; **indent-only**, "
    f"wrapped at 22, **glued**: the serial `连载·《夜车》（{zh_count(PART6)}）` (words cut by the running head); **the "
    "essay `炉火` glued under `（未完待续）`**; **the poem `初雪` glued under the essay** (two stanzas, the second after a "
    "blank line); `读书札记`; **the call box glued under the book note's paragraph**.",
    DAY6, "14", ["汾阳晚报", f"{zh_day(DAY6)}　{weekday(DAY6)}　　第14版　副刊·文学"],
    ["汾阳晚报社　　地址：汾阳路27号"],
    ["汾阳晚报", zh_day(DAY6), weekday(DAY6), "第14版", "副刊·文学", "汾阳晚报·副刊", "（未完待续）", "汾阳晚报社",
     "地址：汾阳路27号"],
    "汾阳晚报·副刊", RULE6, bom=True)
P6["articles"] = [
    serial(f"连载·《夜车》（{zh_count(PART6)}）", "□　鲁　岫", ["鲁　岫", "鲁岫"], [
        "火车过了黄河，车厢里的灯暗了下来。对面的中年人一直望着窗外，手里攥着一张车票。",
        "“大哥，您在哪站下？”我问。",
        "“终点。去看我闺女，她在那边教书。”",
        "他说话时眼睛亮了一下，又很快暗下去。",
        "过了一阵，他从包里掏出一只铁皮饭盒，打开给我看：“她小时候最爱吃的枣糕，我做了一整夜，也不知道她还爱不爱{run}吃了。”",
        "我说：“一定爱吃。”",
        "他笑了，把饭盒盖好，抱在怀里，靠着车窗睡着了。",
    ], "（未完待续）"),
    essay("炉火", "□　贺知遥", ["贺知遥"], [
        "北方的冬天，屋里最暖的地方是炉子旁边。祖母总在炉盖上烤几个馒头片，烤得焦黄。",
        "她不识字，却会背一句诗：“雪要来了，先烫一壶酒”，是祖父年轻时写给她的。每到下雪前，她就念这一句。",
        "后来换了暖气，炉子拆了。可我总觉得，那一圈炉火才是冬天的样子。",
    ], glued=True),
    poem(P6, "初雪", "□　秦　湛", ["秦　湛", "秦湛"], [
        "雪落在院子里\n落在晾衣绳上\n落在父亲的肩头",
        "他没有拍掉\n说这是今年的\n第一场雪",
    ], glued=True),
    book("读书札记", f"《旧城手记》　苗长庚　著　汾水出版社　定价{PRICE6}元",
         "作者用十年时间走遍老城的街巷，记下即将消失的店铺与手艺，书中照片多为作者自摄，可与文字对读。"),
    call(P6, "征稿启事", RULE6,
         "本版征集散文、小小说和诗歌。散文二千字以内，小小说一千五百字以内，诗歌每首不超过三十行。来稿请寄本社副刊部，"
         f"或发电子邮箱fenyang_wx@example.cn。岁末专题“一年”{DEADLINE6.month}月{DEADLINE6.day}日截稿。",
         "副刊部", zh_day(CALL6), glued=True),
]


# 7. Zuni (Zuni Pueblo, New Mexico, USA), Windows-1252, CRLF, blank-line, glued.
DAY7 = date(2045, 4, 12)
CALL7 = date(2045, 4, 5)
DEADLINE7 = date(2045, 5, 31)
ordered(CALL7, DAY7, DEADLINE7)
PART7 = 6
RULE7 = "=" * 40
PRICE7 = 18
P7 = latin_page(
    "zun_cp1252_crlf_zuni_literary_supplement_corn_field_serial_essay_glued_under_to_be_continued_poem_glued_book_note_"
    "call_box_running_head_midquote_hyphenation",
    "cp1252", "\r\n", 40, "", True,
    f"Shiwi Sun Weekly 2045-04-12 Page 9 Stories (an invented weekly of Zuni Pueblo, New Mexico; Zuni text, English "
    f"furniture), **Windows-1252** (`“ ” — ·`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. The "
    f"serial `Serial: Dehwanne Tsana ({PART7})` (byline `By Lorene Tsabetsaye`, “” dialogue, words cut by the running "
    f"head, `(To be continued)` furniture); **the essay glued under `(To be continued)`**; **the poem glued under "
    f"the essay** (two stanzas); `Books` (`$ {PRICE7}`); the call box `Call for Submissions` (deadline "
    f"{english(DEADLINE7)}).",
    DAY7, "9", [f"SHIWI SUN WEEKLY · {english(DAY7)} · Page 9", "Stories · Editor: Marla Lonasee"],
    ["Shiwi Sun Weekly · stories@shiwisun.example.com"],
    ["SHIWI SUN WEEKLY", english(DAY7), "Page 9", "Stories", "Editor: Marla Lonasee", "Shiwi Sun Weekly · Stories",
     "(To be continued)", "Shiwi Sun Weekly", "stories@shiwisun.example.com"],
    "Shiwi Sun Weekly · Stories", RULE7, 4)
P7["articles"] = [
    serial(f"Serial: Dehwanne Tsana ({PART7})", "By Lorene Tsabetsaye", ["Lorene Tsabetsaye"], [
        syl("Yadokkya a'kwayi, tachchu Halona:wa lesh a:wan dehwanne tso'ya. Tsana k'yawe ho'i anikwadiya, dehwannekwe yalannekwe anikwadiyanapkya."),
        syl("“Tachchu, hom dehwanne ho' elleteya?” Tsana le'anikwap."),
        syl("“Elleteya. K'yawe tsemakwin'a, hon dehwanne aksiyakya,” tachchu lesh ikwap."),
        syl("Tsana tsitta a:wan heshota anikwadiya; tsitta he'le a:wan mo'le yakk'ya, heshotayalanne anikwadiyakya."),
        syl("Tsitta lesh ikwap: “Hom cha'le, k'yawe a:wan tsemakwin'a, dehwanne {run}k'yawanne.”"),
        syl("Tsana elahkwa ikwap, ho' tsitta a:wan yam heshota ullapnap."),
    ], "(To be continued)"),
    essay("Hom Hotta a:wan He'le", "By Darrell Laate", ["Darrell Laate"], [
        syl("Hom hotta he'le yakk'yakya, a:wan mo'le tso'ya. Ho' cha'le heshota a:wan ikwanne anikwadiya, dehwannekwe tsemakwinanne."),
        syl("Hotta a:wan le'anikwap: “yadokkya k'yawe a:wan tso'ya,” lesh hotta ikwakya, hom tsemakwin'a tso'ya."),
        syl("Elahkwa, hotta. Hom he'le a:wan yakk'yanne ho' anikwadiya."),
    ], glued=True),
    poem(P7, "K'yawe", "By Arlinda Penketewa", ["Arlinda Penketewa"], [
        "K'yawe a'kwayi\nyadokkya ullapnap\ndehwanne tso'ya",
        "Hom tsitta ikwap\nelahkwa, k'yawe\nelahkwa",
    ], glued=True),
    book("Books", f"Heshota Yalanne, by Verna Cellicion · Pueblo Mesa Press · $ {PRICE7}",
         syl("Verna Cellicion a:wan heshota ikwanne tso'ya; hotta a:wan anikwadiya, tsitta a:wan he'le.")),
    call(P7, "Call for Submissions", RULE7,
         "Shiwi a:wan ikwanne: stories up to 2,000 words, poems up to 30 lines, in Zuni or English. Send them to "
         f"the e-mail below the masthead by {english(DEADLINE7)}. Elahkwa.",
         "The editors", english(CALL7)),
]


# 8. Pilagá (Pozo del Tigre, Formosa, Argentina), ISO-8859-1, CR, indent-only (four spaces), not glued.
DAY8 = date(2045, 7, 12)
CALL8 = date(2045, 7, 5)
DEADLINE8 = date(2045, 8, 31)
ordered(CALL8, DAY8, DEADLINE8)
PART8 = 9
RULE8 = "=" * 38
PRICE8 = 9500
ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


P8 = latin_page(
    "plg_latin1_cr_pilaga_literary_supplement_river_fishing_serial_essay_poem_book_note_pesos_call_box_indent_only_"
    "four_spaces_running_head_midquote_hyphenation",
    "iso-8859-1", "\r", 38, "    ", False,
    "Nqataxac Pilagá 2045-07-12 Página 6 Cuentos (an invented weekly of Pozo del Tigre, Formosa, Argentina; Pilagá "
    "text, Spanish furniture), **ISO-8859-1** (`á é í ó ú ñ`, straight quotes `\"`), **CR**; **indent-only (four "
    f"spaces)**, wrapped at 38 with hyphenation, not glued. The serial `Novela: Ñachi Lapel ({PART8})` (dialogue, "
    "words cut by the running head, `(Continuará)` furniture); the essay; the poem (two stanzas, the second after a "
    f"blank line); `Libros` (`$ {PRICE8}`); the call box `Convocatoria`.",
    DAY8, "6", [f"NQATAXAC PILAGÁ · {spanish(DAY8)} · Página 6", "Cuentos · Editora: Graciela Sanabria"],
    ["Nqataxac Pilagá · cuentos@nqataxac.example.ar"],
    ["NQATAXAC PILAGÁ", spanish(DAY8), "Página 6", "Cuentos", "Editora: Graciela Sanabria", "Nqataxac Pilagá · Cuentos",
     "(Continuará)", "Nqataxac Pilagá", "cuentos@nqataxac.example.ar"],
    "Nqataxac Pilagá · Cuentos", RULE8, 4)
P8["articles"] = [
    serial(f"Novela: Ñachi Lapel ({PART8})", "Qad'aqtaxanaxanec: Rosa Palomo", ["Rosa Palomo"], [
        syl("Qama' ñachi lapel, Ñachi yi ta'adaxaic nalotaxanaxanec qanaxanaxaic. So' qa'aic 'enaxa na' laua'."),
        syl("\"Tata', ¿sa' qaica ñi nalotaxa?\" 'enaxa Ñachi."),
        syl("\"Qaica ñi nalotaxa. Ñaxa so' qa'aic, nach 'adqui'i,\" 'enaxa so' ta'adaxaic."),
        syl("Ñachi yaqa'a so' lapel; so' na'aq chaqaye' no'on, qama' ñi laua' 'eetec nachaxanaxaic lapelaxanaxa."),
        syl("So' ta'adaxaic 'enaxa: \"Qa'aic qaica, 'am ñaxa ñi nalotaxa, ñaxa so' {run}lapel.\""),
        syl("Ñachi qa'aic nalotaxa, 'enaxa: \"Nach 'adqui'i, tata'.\""),
    ], "(Continuará)"),
    essay("Ñi Qadta'a yi Nalotaxa", "Qad'aqtaxanaxanec: Elías Sosa", ["Elías Sosa"], [
        syl("Ñi qadta'a qaica ñi lapel, 'am nach no'on ñi nalotaxanaxanec. Yaqa'a so' laua' na'aq."),
        syl("So' qadta'a 'enaxa: \"no'on na' laua', no'on so' na'aq\", qama' ñaxa so' nalotaxa no'on."),
        syl("Qama' so' qadta'a qaica, ñaxa yaqa'a so' laua' 'eetec."),
    ]),
    poem(P8, "Laua'", "Qad'aqtaxanaxanec: Nélida Ramírez", ["Nélida Ramírez"], [
        "Na' laua' 'eetec\nso' na'aq no'on\nqama' ñi nalotaxa",
        "Ñi qadta'a 'enaxa\nno'on, no'on\nna' laua'",
    ]),
    book("Libros", f"Nalotaxa Lapel, de Hilda Quintana · Ediciones del Bañado · $ {PRICE8}",
         syl("Hilda Quintana 'enaxa so' nalotaxa ñi qadta'a; no'on so' lapel, no'on so' laua'.")),
    call(P8, "Convocatoria", RULE8,
         "Esta sección recibe cuentos de hasta 1.500 palabras y poemas de hasta 25 versos, en pilagá o en "
         f"castellano, hasta el {spanish(DEADLINE8).lower()}. Enviar al correo del pie de página.",
         "La redacción", spanish(CALL8)),
]


# 9. Woleaian (Woleai, Yap State, Federated States of Micronesia), UTF-16 BE with BOM, LF, blank-line, glued.
DAY9 = date(2045, 10, 20)
CALL9 = date(2045, 10, 13)
DEADLINE9 = date(2045, 11, 30)
ordered(CALL9, DAY9, DEADLINE9)
PART9 = 4
RULE9 = "=" * 41
PRICE9 = 12
P9 = latin_page(
    "woe_utf16be_bom_lf_woleaian_literary_supplement_canoe_voyage_serial_essay_glued_under_to_be_continued_poem_glued_"
    "three_stanzas_book_note_call_box_running_head_midquote_hyphenation",
    "utf-16-be", "\n", 41, "", True,
    "Falan Woleai 2045-10-20 Page 7 Literary (an invented monthly of Woleai atoll, Yap State; Woleaian text, English "
    "furniture), UTF-16 BE with BOM (`“ ” — ·`), LF; blank-line paragraphs, wrapped at 41 with hyphenation. The "
    f"serial `Serial: Waa Fetal ({PART9})` (dialogue, words cut by the running head); **the essay glued under "
    "`(To be continued)`**; **the poem glued under the essay** (three stanzas); `Books`; the call box `Call for "
    "Writing`.",
    DAY9, "7", [f"FALAN WOLEAI · {english(DAY9)} · Page 7", "Literary · Editor: Tina Yalmai"],
    ["Falan Woleai · literary@falanwoleai.example.fm"],
    ["FALAN WOLEAI", english(DAY9), "Page 7", "Literary", "Editor: Tina Yalmai", "Falan Woleai · Literary",
     "(To be continued)", "Falan Woleai", "literary@falanwoleai.example.fm"],
    "Falan Woleai · Literary", RULE9, 4, bom=True)
P9["articles"] = [
    serial(f"Serial: Waa Fetal ({PART9})", "By Maria Tagileyal", ["Maria Tagileyal"], [
        syl("Lepoel, Ilemai me semal Yaliwelimai ra fetal lan waa ngali falawasch. Metau e ppal, iseng e ssor."),
        syl("“Semai, iya yew falu ye sa bel ngali?” Ilemai e kapetal."),
        syl("“Sa bel mwal. Fitu e wasch, fitu e kaweri ngali falawasch,” Yaliwelimai e kapetal."),
        syl("Ilemai e mengiiy fitu; fitu e wasch lan lang, metau e sha."),
        syl("Yaliwelimai e kapetal: “Gach, ye sa bel ngali falu. Wa e fetal lan metau {run}falawasch.”"),
        syl("Ilemai e ssor, e tabweliy semal, waa e fetal."),
    ], "(To be continued)"),
    essay("Liiwel Ngali Semai", "By Lino Maluchemai", ["Lino Maluchemai"], [
        syl("Semai e sar waa. Iya ye sar, ye mengiiy semai; e kapetal ngali gach falu."),
        syl("Semai e kapetal: “fitu e wasch, ye sa bel mwal”, me ye mengiiy lan metau."),
        syl("Gach semai. Iya ye sar waa ngali falawasch."),
    ], glued=True),
    poem(P9, "Metau", "By Rosa Ilemalmai", ["Rosa Ilemalmai"], [
        "Metau e ppal\nwaa e fetal",
        "Fitu e wasch\nlan lang",
        "Semai e kapetal\ngach, gach\nfalawasch",
    ], glued=True),
    book("Books", f"Waa me Metau, by Jesse Lemaiyal · Outer Islands Press · $ {PRICE9}",
         syl("Jesse Lemaiyal e sar kapetal ngali waa me metau; semal me yalel ra fetal ngali falawasch.")),
    call(P9, "Call for Writing", RULE9,
         "Ami e sar kapetal: stories up to 1,500 words and poems up to 30 lines, in Woleaian or English. "
         f"Send them to the e-mail at the foot of the page by {english(DEADLINE9)}.",
         "The Literary editors", english(CALL9)),
]


# 10. Chiyao (Mangochi, Malawi), UTF-8 with BOM, LF, indent-only (three spaces), not glued.
DAY10 = date(2045, 2, 14)
CALL10 = date(2045, 2, 7)
DEADLINE10 = date(2045, 3, 31)
ordered(CALL10, DAY10, DEADLINE10)
PART10 = 17
RULE10 = "=" * 40
PRICE10 = 8500
P10 = latin_page(
    "yao_utf8_bom_lf_chiyao_literary_supplement_lake_village_serial_essay_poem_book_note_kwacha_call_box_indent_only_"
    "three_spaces_running_head_midquote_hyphenation",
    "utf-8", "\n", 40, "   ", False,
    "Liwasa lya Mangochi 2045-02-14 Page 8 Stories (an invented weekly of Mangochi, Malawi; Chiyao text with `ŵ`, "
    "English furniture), UTF-8 with BOM (`ŵ “ ” — ·`), LF; **indent-only (three spaces)**, wrapped at 40 with "
    f"hyphenation, not glued. The serial `Serial: Mesi ga Nyasa ({PART10})` (dialogue, words cut by the running head); "
    f"the essay; the poem (two stanzas, the second after a blank line); `Books` (`MK {PRICE10:,}`); the call box "
    "`Call for Writing`.",
    DAY10, "8", [f"LIWASA LYA MANGOCHI · {english(DAY10)} · Page 8", "Stories · Editor: Zione Bwanali"],
    ["Liwasa lya Mangochi · stories@liwasa.example.mw"],
    ["LIWASA LYA MANGOCHI", english(DAY10), "Page 8", "Stories", "Editor: Zione Bwanali",
     "Liwasa lya Mangochi · Stories", "(To be continued)", "Liwasa lya Mangochi", "stories@liwasa.example.mw"],
    "Liwasa lya Mangochi · Stories", RULE10, 4, bom=True)
P10["articles"] = [
    serial(f"Serial: Mesi ga Nyasa ({PART10})", "By Halima Chimwaza", ["Halima Chimwaza"], [
        syl("Lisiku lyele, Ŵasalimu ŵatite kwawula ku nyanja soni mwanache jwakwe Aisha. Mesi gaŵele gakwatalala."),
        syl("“Atati, ana tukwawula kutali?” Aisha ŵatite."),
        syl("“Ngaŵa kutali. Tukwawula kukusosa somba, nambo tukuwuja chitema,” ŵatite Ŵasalimu."),
        syl("Aisha ŵalolite mesi; jemanjaji ŵaŵele ŵakusangalala."),
        syl("Ŵasalimu ŵatite: “Mwanangu, ndaŵi jiliose lolani mesi, ligongo nyanja jikusaŵa ni {run}machili.”"),
        syl("Aisha ŵajitichisye, ŵagwile chingwe mwamachili."),
    ], "(To be continued)"),
    essay("Nyumba ja Ambuje", "By Yusuf Kalumbi", ["Yusuf Kalumbi"], [
        syl("Ambuje ŵangu ŵaŵele ni nyumba jejinandi pa mbali ja nyanja. Kwejinji ndaŵi natemi kweleko."),
        syl("Ambuje ŵasakwimba: “mesi ga Nyasa gakusoŵa ngaŵa”, soni une nayiwanilaga ligongo lyakusangalala."),
        syl("Nambo sambano ambuje ŵawile, nyumba jila jasigele. Ngusaka kwawula kweleko soni."),
    ]),
    poem(P10, "Nyasa", "By Fatima Jafali", ["Fatima Jafali"], [
        "Mesi gakwatalala\nsomba sikwendanga\nnyanja jangu",
        "Ambuje ŵatite\nlolani, lolani\nmesi ga Nyasa",
    ]),
    book("Books", f"Ŵandu ŵa Nyanja, by Rashid Makawa · Lakeshore Books · MK {PRICE10:,}",
         syl("Rashid Makawa ŵalembile ya ŵandu ŵakusosa somba; chitabu chi chikusangalasya soni chikwiganya.")),
    call(P10, "Call for Writing", RULE10,
         "Tukusosa ngani: stories up to 1,500 words and poems up to 30 lines, in Chiyao or "
         f"English, by {english(DEADLINE10)}. Send them to the e-mail at the foot of the page.",
         "The Chiyao desk", english(CALL10)),
]

assert [zh_count(n) for n in (PART1, PART2, PART3, PART4, PART5, PART6)] == ["十二", "二十三", "八", "三十一", "十五",
                                                                           "四十"]
assert EN[DAY7.weekday()] == "Wednesday" and EN_MONTHS[DAY7.month - 1] == "April"

PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
