"""The text of every holdout189 page, written once: make_holdout189_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-185 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph);
`("stanza", lines)` a song's next stanza with a blank line before it; `("end", line)` a printed line that is no
paragraph (the memoir's `（未完待续）`, furniture; the reminiscence's signature at its foot, the byline); `("more",
line)` a printed line with no blank line before it (a box's closing rule); `{run}` drops the running head into a
paragraph, `{cap}` the photograph's caption and its credit; `~` marks where a Latin word may be split at a line end
(`syl()`, holdout151's rules); `solid()`, `Lines`, `flush_right()` and `boxed_notice()` are writtenpages.py's.
Every page is a local history and memoir supplement page: a memoir's instalment by an old resident (its head the
memoir's name and number, the writer's line, four paragraphs, a photograph's caption and credit dropped inside one,
a running head cutting another, `（未完待续）` / `(To be continued)` at its foot); on six pages a short reminiscence
glued under it (title, two or three paragraphs, the writer's signature at its foot); a folk song or rhyme of two or
three stanzas (title, the line naming who sang it and where it was collected under it); a note on a local history
book under its label; and a boxed call for old photographs or letters (an address and a closing date). Weekdays and
sums are computed and asserted. All papers, writers, books, publishers, sums and events are invented; real places
are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, EN_MONTHS, Lines, boxed_notice, english, flush_right, ordered, solid, syllables, weekday

VOWELS = "aeiouáéíóúęǫ"
syl = partial(syllables, vowels=VOWELS)
ZH_NUM = "〇一二三四五六七八九十"
assert EN[0] == "Monday" and EN_MONTHS[0] == "January"


def zh_count(n):
    """A Chinese instalment number up to 99 (十二, 二十三)."""
    tens, ones = divmod(n, 10)
    return (ZH_NUM[tens] if tens > 1 else "") + ("十" if tens else "") + (ZH_NUM[ones] if ones else "")


def memoir(title, byline, names, body, end, caption, credit):
    """The memoir's instalment: its head (name and number as printed) the title, the writer's line the byline (the
    name alone accepted), four paragraphs; the photograph's caption and credit dropped inside one (holdout184's);
    `（未完待续）` at its foot furniture (holdout185's rule)."""
    return {"lines": [title, byline], "title": title, "byline": [byline] + names, "captions": [caption],
            "credits": [credit], "body": list(body) + [("end", end)]}


def remembered(title, body, signature, names):
    """A short reminiscence glued under the memoir's continuation line: its head the title, its paragraphs, the
    writer's signature at its foot the byline (the name alone accepted; holdout164's signed memories)."""
    return {"lines": [title], "title": title, "tight": True, "byline": [signature] + names,
            "body": list(body) + [("end", signature)], "glued": True}


def song(page, title, source, names, stanzas):
    """A folk song or rhyme: its title the title, the line naming the singer and the place it was collected the
    byline (the singer's name alone, or none, accepted), each stanza one paragraph."""
    body = [("row", stanzas[0])]
    for s in stanzas[1:]:
        if page["blank"]:
            body.append(("stanza", s))
        else:
            body.append(("row", Lines(s, [""] + s.split("\n"))))
    return {"lines": [title, source], "title": title, "byline": [source] + names + [None], "body": body}


def book(label, details, note):
    """A note on a local history book under its label: the label the title (holdout185's), the details line its
    first paragraph, one paragraph of note."""
    return {"lines": [label], "title": label, "tight": True, "body": [("row", details), note]}


def call(page, title, rule, text, issuer, day_line):
    """The call for old photographs under its label, over a rule (holdout185's `call()`): the text set solid, the
    signature flush right the byline (none accepted) over the date (a paragraph), a closing rule."""
    row = ("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)]))
    return {"lines": [title, rule], "title": title, "tight": True, "byline": [issuer, None],
            "body": [solid(text, page), row, ("more", rule)]}


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


# 1. GBK county evening paper, CRLF, blank-line: the memoir (a salt works), the reminiscence glued under
#    `（未完待续）`, a work song, the book note, the call between two rules.
DAY1 = date(2046, 3, 13)
CALL1 = date(2046, 3, 2)
DEADLINE1 = date(2046, 5, 31)
ordered(CALL1, DAY1, DEADLINE1)
PART1 = 7
RULE1 = "─" * 21
PRICE1 = 48
LOADS1, FEN1 = 12, 25
assert LOADS1 * FEN1 == 300  # 十二担，每担二角五分，一天三元
P1 = zh_page(
    "zh_gbk_crlf_county_local_history_salt_works_memoir_caption_credit_reminiscence_glued_under_continued_work_song"
    "_book_note_ruled_photo_call_running_head_cut",
    "gbk", "\r\n", 21, True,
    "沭澄晚报 2046-03-13 第7版 乡土 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    f"21. The memoir `回忆录·《盐滩旧事》（{zh_count(PART1)}）` (byline `□　柏守田`, four paragraphs, a photograph's "
    "caption and credit dropped inside one sentence, another cut by the running head, `（未完待续）` furniture); **the "
    "reminiscence `晒盐的草帽` glued under `（未完待续）`, its signature at its foot**; the work song `挑盐号子` (two "
    "stanzas, `演唱：柏阿根　采录于沭澄县南滩村`); `地方书架`; the call `征集老照片` between two rules.",
    DAY1, "7", ["沭澄晚报", f"{zh_day(DAY1)}　{weekday(DAY1)}　　第7版　乡土　　责编：吕　棣"],
    ["沭澄晚报社出版　　地址：沭澄县盐河路9号"],
    ["沭澄晚报", zh_day(DAY1), weekday(DAY1), "第7版", "乡土", "责编：吕　棣", "沭澄晚报·乡土", "（未完待续）",
     "沭澄晚报社出版", "地址：沭澄县盐河路9号"],
    "沭澄晚报·乡土", RULE1)
P1["articles"] = [
    memoir(f"回忆录·《盐滩旧事》（{zh_count(PART1)}）", "□　柏守田", ["柏守田"], [
        "我十四岁那年跟着父亲上了南滩。那时的盐滩一眼望不到头，白花花的一片，太阳一照，晃得人睁不开眼。",
        f"挑盐是按担算钱的，每担二角五分。我力气小，一天最多挑{zh_count(LOADS1)}担，{{cap}}挣三元钱，回家全交给母亲。",
        "父亲是滩上的老把式，看一眼天色就知道明天能不能收盐。他常说：“盐是老天爷给的，也是人的汗换的，少一样都{run}不成。”",
        "那年夏天雨水多，滩上的人急得团团转。父亲带着几个老伙计连夜开沟放水，天亮时，盐池总算保住了。",
    ], "（未完待续）", "图为二十世纪六十年代南滩的盐工", "（作者供图）"),
    remembered("晒盐的草帽", [
        "外公有一顶草帽，帽檐补了又补，边上结着一圈白白的盐霜。",
        "小时候我爱戴着它在院子里跑，外公就笑，说这顶帽子跟他在滩上晒了二十年太阳。",
    ], "——南滩　殷秀禾", ["殷秀禾"]),
    song(P1, "挑盐号子", "演唱：柏阿根　采录于沭澄县南滩村", ["柏阿根"], [
        "嗨哟一担盐哟\n压弯了扁担腰\n嗨哟两担盐哟\n汗水往下浇",
        "太阳落了西哟\n滩上风儿高\n挑完这一担哟\n回家喝碗粥",
    ]),
    book("地方书架", f"《沭澄盐业志》　邵履安　编著　海澄书社　定价{PRICE1}元",
         "本书记述沭澄盐滩三百年的兴衰，收录老盐工口述二十余篇，附旧滩地图和老照片百余幅，是了解本地盐业的难得资料。"),
    boxed_notice(P1, RULE1, "征集老照片", [
        "本版长期征集反映沭澄盐滩、码头、老街的旧照片和老信件，原件翻拍后即归还。",
        "来件请寄沭澄县盐河路9号本报副刊部，或发电子邮箱shucheng_xiang@example.cn，截止日期为"
        f"{DEADLINE1.month}月{DEADLINE1.day}日。",
    ], "本版编辑部", zh_day(CALL1)),
]


# 2. GB18030 city daily, LF, indent-only, no reminiscence; a rare Extension A character in the singer's name.
RARE = "\u4343"  # 䍃, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2046, 4, 24)
CALL2 = date(2046, 4, 17)
DEADLINE2 = date(2046, 6, 30)
ordered(CALL2, DAY2, DEADLINE2)
PART2 = 16
RULE2 = "─" * 21
PRICE2 = 66
P2 = zh_page(
    "zh_gb18030_lf_city_local_history_old_post_office_memoir_caption_credit_nursery_rhyme_rare_char_book_note_lette"
    "rs_call_indent_only_running_head_cut",
    "gb18030", "\n", 21, False,
    "湄阳日报 2046-04-24 第12版 往事 (an invented city daily; `䍃` U+4343, CJK Extension A, in the singer's name; in "
    "GB18030, not in GBK), LF; **indent-only**, wrapped at 21, no reminiscence. The memoir "
    f"`回忆录·《老邮局的绿窗口》（{zh_count(PART2)}）` (a caption and credit inside a sentence, a sentence cut by the "
    "running head); the rhyme `邮差伯伯` (two stanzas, the second after a blank line); `读史札记`; the call "
    "`征集旧信件` under its label, over a rule.",
    DAY2, "12", ["湄阳日报", f"{zh_day(DAY2)}　{weekday(DAY2)}　　第12版　往事"],
    ["湄阳日报社　　来稿邮箱：jiyi@meiyang.example.cn"],
    ["湄阳日报", zh_day(DAY2), weekday(DAY2), "第12版", "往事", "湄阳日报·往事", "（未完待续）", "湄阳日报社",
     "来稿邮箱：jiyi@meiyang.example.cn"],
    "湄阳日报·往事", RULE2, not_in=["gbk"])
P2["articles"] = [
    memoir(f"回忆录·《老邮局的绿窗口》（{zh_count(PART2)}）", "文／滕谨之", ["滕谨之"], [
        "一九七九年秋天，我分到城东邮局当营业员，守的是最里面那个刷着绿漆的窗口。",
        "窗口前每天排着长队，寄信的、汇款的、{cap}打长途电话的，从早到晚没有停过。",
        "有位老太太每月初一来给远在边疆的儿子寄包裹，总要我帮她写地址。她说：“你的字端正，邮差一看就{run}认得。”",
        "后来老太太不来了。过了很久我才听说，她的儿子调回了湄阳，母子俩终于住在了一起。",
    ], "（未完待续）", "图为当年城东邮局营业厅", "（湄阳市档案馆提供）"),
    song(P2, "邮差伯伯", f"演唱：甘{RARE}婆婆　采录于湄阳市东关街", [f"甘{RARE}婆婆"], [
        "邮差伯伯骑车来\n铃儿叮叮响过街\n一封信哟两封信\n送到奶奶手里来",
        "奶奶戴上老花镜\n一字一句念出来\n念到孙儿考上学\n笑得合不拢嘴来",
    ]),
    book("读史札记", f"《湄阳邮政百年》　卜世衡　著　湄澧文史出版社　定价{PRICE2}元",
         "作者曾任邮局职员三十余年，书中从清末的信局写到今天的快递站，穿插许多亲历的小事，读来不枯燥。"),
    call(P2, "征集旧信件", RULE2,
         "为编辑《湄阳家书》一书，本版向读者征集二十世纪五十年代至九十年代的家书、明信片和信封，复印件即可。来件请寄湄阳市"
         f"东关街52号本报副刊部，截止日期为{DEADLINE2.month}月{DEADLINE2.day}日。",
         "本版编辑部", zh_day(CALL2)),
]


# 3. Big5 Taiwan county daily (Chiayi), CR, blank-line: the memoir (a sugar mill's narrow-gauge train), the
#    reminiscence glued under `（未完待續）`, a three-stanza children's rhyme, the book note, the call ruled.
DAY3 = date(2046, 10, 9)
CALL3 = date(2046, 9, 25)
DEADLINE3 = date(2046, 11, 30)
ordered(CALL3, DAY3, DEADLINE3)
assert DAY3.year - 1911 == 135
PART3 = 11
RULE3 = "─" * 20
PRICE3 = 380
P3 = zh_page(
    "zht_big5_cr_taiwan_local_history_sugar_train_memoir_caption_credit_reminiscence_glued_under_continued_rhyme_3_"
    "stanzas_book_note_nt_price_ruled_photo_call_running_head_cut",
    "big5", "\r", 20, True,
    "禾畔日報 2046-10-09 (`中華民國135年10月9日`) B4 鄉情 (an invented county daily, Chiayi county), Big5, CR; blank-line "
    f"paragraphs, wrapped at 20. The memoir `回憶錄．《五分車的年代》（{zh_count(PART3)}）` (a caption and credit "
    "inside a sentence, 「」 words cut by the running head); **the reminiscence `甘蔗的甜` glued under `（未完待續）`**; "
    f"the rhyme `五分車` (three stanzas); `鄉土書房` (`新臺幣{PRICE3}元`); the call `徵集老照片` between two rules.",
    DAY3, "B4", [f"禾畔日報　中華民國135年10月9日　{weekday(DAY3)}", "B4　鄉情　　主編：涂佩珊"],
    ["禾畔日報社　來稿信箱：xiangqing@hepan.example.tw"],
    ["禾畔日報", "中華民國135年10月9日", weekday(DAY3), "B4", "鄉情", "主編：涂佩珊", "禾畔日報．鄉情", "（未完待續）",
     "禾畔日報社", "來稿信箱：xiangqing@hepan.example.tw"],
    "禾畔日報．鄉情", RULE3)
P3["articles"] = [
    memoir(f"回憶錄．《五分車的年代》（{zh_count(PART3)}）", "文／蔡福生", ["蔡福生"], [
        "我家就在糖廠鐵道旁邊，每年冬天採收甘蔗的時候，五分車一天要經過七八趟，汽笛一響，整個村子都知道。",
        "阿爸在糖廠當司機，他開的那輛小火車頭漆成黑色，{cap}煙囪上還掛著一個銅鈴。",
        "有一回我偷偷爬上運蔗的車廂，被阿爸抓個正著。他沒有罵我，只說：「要坐就坐好，手莫伸出去，甘蔗葉會{run}割人。」",
        "那一趟我坐到糖廠門口，聞到滿天的糖香。後來鐵道拆了，那股甜味卻一直留在我的記憶裡。",
    ], "（未完待續）", "圖為民國五十年代的運蔗小火車", "（蔡家提供）"),
    remembered("甘蔗的甜", [
        "小時候放學，我們一群孩子就守在平交道邊，等五分車慢慢開過來。",
        "司機伯伯有時會丟下幾根甘蔗，大家搶成一團，啃得滿嘴都是甜汁。那是我吃過最甜的甘蔗。",
    ], "——溪口　林秀蓁", ["林秀蓁"]),
    song(P3, "五分車", "口述：黃罔市阿嬤　採集於嘉義縣溪口鄉", ["黃罔市阿嬤", "黃罔市"], [
        "五分車，慢慢行\n載甘蔗，去糖廠",
        "糖廠煙，白茫茫\n阿爸做工到天光",
        "甘蔗甜，糖也甜\n囝仔笑甲嘴裂裂",
    ]),
    book("鄉土書房", f"《溪口糖業百年》　邱建宏　著　諸羅文化出版社　新臺幣{PRICE3}元",
         "作者訪問四十多位老糖廠員工，從日治時期的建廠寫到停工後的轉型，附有鐵道路線圖和大量老照片，是一本扎實的地方史。"),
    boxed_notice(P3, RULE3, "徵集老照片", [
        "本版徵集嘉義地區糖廠、鐵道、老街與廟會的舊照片，翻拍後原件掛號寄還。",
        f"來件請寄嘉義縣溪口鄉中正路31號本報編輯部，{DEADLINE3.month}月{DEADLINE3.day}日截止。",
    ], "本版編輯室", zh_day(CALL3)),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, no reminiscence.
DAY4 = date(2046, 7, 18)
CALL4 = date(2046, 7, 4)
DEADLINE4 = date(2046, 8, 31)
ordered(CALL4, DAY4, DEADLINE4)
PART4 = 24
RULE4 = "─" * 20
PRICE4 = 118
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_local_history_squatter_huts_memoir_cantonese_caption_credit_nursery_rhyme_book_no"
    "te_hkd_photo_call_indent_only_running_head_cut",
    "big5hkscs", "\r\n", 20, False,
    "深水街坊報 2046-07-18 第9頁 記憶 (an invented Hong Kong district weekly, Sham Shui Po), Big5-HKSCS "
    "(`嘅 喺 咗 啲 嚟 冇`; in neither cp950 nor Big5), CRLF; **indent-only**, wrapped at 20, no reminiscence. The "
    f"memoir `回憶錄：《山邊木屋》（{zh_count(PART4)}）` (Cantonese, a caption and credit inside a sentence, 「」 words "
    f"cut by the running head); the rhyme `木屋謠` (two stanzas, the second after a blank line); `街坊書架` "
    f"(`港幣{PRICE4}元`); the call `徵集舊相` under its label, over a rule.",
    DAY4, "9", ["深水街坊報", f"{zh_day(DAY4)}　{weekday(DAY4)}　　第9頁　記憶"],
    ["深水街坊報　　查詢熱線：2386 4409"],
    ["深水街坊報", zh_day(DAY4), weekday(DAY4), "第9頁", "記憶", "深水街坊報．記憶", "（未完待續）", "深水街坊報",
     "查詢熱線：2386 4409"],
    "深水街坊報．記憶", RULE4, not_in=["cp950", "big5"])
P4["articles"] = [
    memoir(f"回憶錄：《山邊木屋》（{zh_count(PART4)}）", "文：區炳棠", ["區炳棠"], [
        "我哋一家五口喺山邊木屋住咗十年，屋仔得一百呎，落雨就漏水，阿媽成日攞個鐵桶接住。",
        "隔籬屋嘅陳伯識整收音機，{cap}成條村嘅細路都鍾意擠喺佢門口聽粵曲。",
        "有晚打風，陳伯拍門叫我哋：「快啲執嘢，去山下嘅學校避一避，啲木板頂唔{run}住喇。」",
        "第二朝返嚟，屋頂冇咗一半，不過一家人齊齊整整，阿爸話，人冇事就乜都唔怕。",
    ], "（未完待續）", "圖為當年山邊木屋區一角", "（作者家人提供）"),
    song(P4, "木屋謠", "唱：冼桂英婆婆　收集於深水埗北河街", ["冼桂英婆婆", "冼桂英"], [
        "木屋仔，細細間\n落雨啲水滴落床",
        "阿媽攞桶接住佢\n細路聽住當唱歌",
    ]),
    book("街坊書架", f"《北河街誌》　司徒志明　著　石硤尾書社　港幣{PRICE4}元",
         "作者喺北河街生活咗六十年，書入面寫舊唐樓、涼茶舖同埋街市嘅變遷，仲有好多街坊嘅舊相。"),
    call(P4, "徵集舊相", RULE4,
         "本版徵集深水埗一帶五六十年代嘅舊相片同舊信，影印本亦可。來件請寄九龍深水埗郵政信箱73號，信封註明「舊相」，"
         f"{DEADLINE4.month}月{DEADLINE4.day}日截止。",
         "本版編輯", zh_day(CALL4)),
]


# 5. UTF-8 without BOM Malaysian daily (Ipoh), LF, blank-line: the memoir (a tin mine), the reminiscence glued.
DAY5 = date(2046, 8, 23)
CALL5 = date(2046, 8, 9)
DEADLINE5 = date(2046, 9, 30)
ordered(CALL5, DAY5, DEADLINE5)
PART5 = 9
RULE5 = "─" * 21
PRICE5 = 35
P5 = zh_page(
    "zh_utf8_nobom_lf_ipoh_malaysia_local_history_tin_mine_memoir_caption_credit_reminiscence_glued_under_continued"
    "_folk_song_book_note_ringgit_ruled_photo_call_running_head_cut",
    "utf-8", "\n", 21, True,
    "榄城晨报 2046-08-23 第18版 怀旧 (an invented Malaysian daily, Ipoh; `锡矿`, `甘榜`, `令吉`), UTF-8 without BOM, LF; "
    f"blank-line, wrapped at 21. The memoir `回忆录·《矿湖水长》（{zh_count(PART5)}）` (a caption and credit inside a "
    "sentence, words cut by the running head); **the reminiscence `洗琉琅的外婆` glued under `（未完待续）`**; the "
    f"song `琉琅谣` (two stanzas); `本地史书` (`令吉{PRICE5}`); the call `征集旧照` between two rules.",
    DAY5, "18", ["榄城晨报", f"{zh_day(DAY5)}　{weekday(DAY5)}　　第18版　怀旧"],
    ["榄城晨报　　怀旧版电邮：huaijiu@lancheng.example.my"],
    ["榄城晨报", zh_day(DAY5), weekday(DAY5), "第18版", "怀旧", "榄城晨报·怀旧", "（未完待续）", "榄城晨报",
     "怀旧版电邮：huaijiu@lancheng.example.my"],
    "榄城晨报·怀旧", RULE5)
P5["articles"] = [
    memoir(f"回忆录·《矿湖水长》（{zh_count(PART5)}）", "文／余国梁", ["余国梁"], [
        "我出生在近打河边的一个锡矿村，家门口就是矿场挖出来的大水塘，我们叫它锡矿湖。",
        "父亲在铁船上做工，一做就是二十年。铁船日夜轰隆隆地响，{cap}我们在湖边长大，听惯了那声音。",
        "母亲每天清早煮好饭菜，叫我送去矿场。父亲接过饭盒总说：“回去跟你妈讲，今天早点收工，晚上带你们去看{run}大戏。”",
        "后来锡价跌了，矿场一间间关门，铁船也停了。村里的年轻人都去了城里，只剩下那一片安静的湖水。",
    ], "（未完待续）", "图为六十年代村外的铁船", "（余家珍藏）"),
    remembered("洗琉琅的外婆", [
        "外婆年轻时是琉琅女，每天戴着宽边帽，站在齐腰的泥水里淘锡米。",
        "她说那时一天能挣一令吉多，够买一家人的米。她的手到老都是粗的，可摸我的头时总是很轻。",
    ], "——华都牙也　邝美莲", ["邝美莲"]),
    song(P5, "琉琅谣", "演唱：陆阿娇　采录于怡保近打甘榜", ["陆阿娇"], [
        "琉琅摇，琉琅摇\n摇出锡米亮晶晶\n日头晒来雨水淋\n阿妹手脚不曾停",
        "琉琅摇，琉琅摇\n摇到夕阳落山林\n锡米换得几升米\n回家煮饭等郎归",
    ]),
    book("本地史书", f"《近打锡矿口述史》　温德贤　编　山城书坊　令吉{PRICE5}",
         "书中收录三十位老矿工、琉琅女和铁船工人的口述，配上旧照片和矿场地图，记下了近打河谷一段渐渐被遗忘的历史。"),
    boxed_notice(P5, RULE5, "征集旧照", [
        "本版征集近打河谷一带矿场、新村、戏院和老街的旧照片及书信，翻拍后原件奉还。",
        f"来件请寄怡保休罗街18号本报副刊组，或电邮至本版信箱，{DEADLINE5.month}月{DEADLINE5.day}日截止。",
    ], "本版编辑组", zh_day(CALL5)),
]


# 6. UTF-16 LE with BOM city evening paper, CRLF, indent-only: the memoir (an old cinema), the reminiscence glued.
DAY6 = date(2046, 11, 27)
CALL6 = date(2046, 11, 20)
DEADLINE6 = date(2047, 1, 15)
ordered(CALL6, DAY6, DEADLINE6)
PART6 = 33
RULE6 = "─" * 22
PRICE6 = 58
TICKET6, SEATS6 = 15, 800
assert TICKET6 * SEATS6 == 12000  # 一毛五一张，八百个座位，一场满座一百二十元
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_local_history_old_cinema_memoir_caption_credit_reminiscence_glued_under_continued_bal"
    "lad_book_note_letters_call_indent_only_running_head_cut",
    "utf-16-le", "\r\n", 22, False,
    "沂汀晚报 2046-11-27 第15版 城市记忆 (an invented city evening paper), UTF-16 LE with BOM, CRLF; **indent-only**, "
    f"wrapped at 22. The memoir `回忆录·《红星影院》（{zh_count(PART6)}）` (a caption and credit inside a sentence, a "
    "sentence cut by the running head, a sum asserted); **the reminiscence `一张电影票` glued under `（未完待续）`, its "
    "signature at its foot**; the ballad `看电影` (two stanzas, the second after a blank line); `城史新书`; the call "
    "`征集老物件` under its label, over a rule.",
    DAY6, "15", ["沂汀晚报", f"{zh_day(DAY6)}　{weekday(DAY6)}　　第15版　城市记忆"],
    ["沂汀晚报社　　地址：沂汀市府前路27号"],
    ["沂汀晚报", zh_day(DAY6), weekday(DAY6), "第15版", "城市记忆", "沂汀晚报·城市记忆", "（未完待续）", "沂汀晚报社",
     "地址：沂汀市府前路27号"],
    "沂汀晚报·城市记忆", RULE6, bom=True)
P6["articles"] = [
    memoir(f"回忆录·《红星影院》（{zh_count(PART6)}）", "文／骆振邦", ["骆振邦"], [
        "红星影院是一九五八年盖起来的，八百个座位，是全城最气派的房子。我十九岁进去当放映员，一干就是三十年。",
        "那时一张票一毛五，一场满座就是一百二十元。逢年过节加映夜场，{cap}门口的队伍能排到十字街。",
        "老师傅教我换片子，说：“两本片子接得好，观众一点也看不出来；接不好，满场的人都会{run}吹口哨。”",
        "如今影院早已拆了，原址盖起了商场。我路过时总要停下来看一看，好像还能听见放映机沙沙的声音。",
    ], "（未完待续）", "图为1962年春节红星影院门前", "（沂汀市文化馆藏）"),
    remembered("一张电影票", [
        "我和老伴第一次见面，就是在红星影院。那天放的是什么片子，我早忘了。",
        "只记得散场时下着小雨，他把伞塞给我，自己冒雨跑回了厂里。那张票根，我夹在日记本里，一直留到今天。",
    ], "——府前路　喻桂芬", ["喻桂芬"]),
    song(P6, "看电影", "演唱：祝老根　采录于沂汀市十字街", ["祝老根"], [
        "一毛五，买张票\n拉着妹妹往前跑\n银幕亮，灯光灭\n满场人儿静悄悄",
        "散了场，月儿高\n一路说来一路笑\n明晚还有新片子\n早早排队莫迟到",
    ]),
    book("城史新书", f"《沂汀老街巷》　倪嘉树　著　汀江文史出版社　定价{PRICE6}元",
         "全书分街巷、店铺、戏院、学堂四辑，作者走访老住户百余人，考证细致，文笔亲切，书后附老街巷今昔对照表。"),
    call(P6, "征集老物件", RULE6,
         "为筹办“沂汀老城展”，本版征集老照片、旧电影票、书信、票证等老物件，可捐赠也可借展。请寄沂汀市府前路27号"
         f"本报编辑部，截止日期为{DEADLINE6.year}年{DEADLINE6.month}月{DEADLINE6.day}日。",
         "本版编辑部", zh_day(CALL6)),
]


# 7. Yurok (Weitchpec, on the Klamath River, California), Windows-1252, CRLF, blank-line: the memoir (a river ferry
#    landing), the reminiscence glued under `(To be continued)`, a song, the book note, the call between two rules.
DAY7 = date(2046, 5, 21)
CALL7 = date(2046, 5, 7)
DEADLINE7 = date(2046, 7, 31)
ordered(CALL7, DAY7, DEADLINE7)
PART7 = 5
RULE7 = "=" * 40
PRICE7 = 24
P7 = latin_page(
    "yur_cp1252_crlf_yurok_local_history_ferry_landing_memoir_caption_credit_reminiscence_glued_under_continued_song_"
    "book_note_ruled_photo_call_running_head_cut_hyphenation",
    "cp1252", "\r\n", 40, "", True,
    "River Bend Weekly 2046-05-21 Page 8 Memories (an invented weekly of Weitchpec on the Klamath River, California; "
    "Yurok text, English furniture), **Windows-1252** (`“ ” — ·`), CRLF; blank-line paragraphs, wrapped at 40 with "
    f"hyphenation. The memoir `Memoir: Ko'l Hoole'm ({PART7})` (byline `By Wilbert Nesmo`, four paragraphs, a "
    "caption and credit inside a sentence, “” words cut by the running head, `(To be continued)` furniture); **the "
    "reminiscence glued under `(To be continued)`, its signature at its foot**; the song (two stanzas, `Sung by Ada "
    f"Tsemo, collected at Weitchpec`); `Local Books` (`$ {PRICE7}`); the call `Old Photographs Wanted` between two "
    "rules.",
    DAY7, "8", [f"RIVER BEND WEEKLY · {english(DAY7)} · Page 8", "Memories · Editor: Joanne Ruppel"],
    ["River Bend Weekly · memories@riverbend.example.com"],
    ["RIVER BEND WEEKLY", english(DAY7), "Page 8", "Memories", "Editor: Joanne Ruppel", "River Bend Weekly · Memories",
     "(To be continued)", "River Bend Weekly", "memories@riverbend.example.com"],
    "River Bend Weekly · Memories", RULE7, 4)
P7["articles"] = [
    memoir(f"Memoir: Ko'l Hoole'm ({PART7})", "By Wilbert Nesmo", ["Wilbert Nesmo"], [
        syl("Kues nek ko'l ue'wesonah, nek neges'oyekwonah hoole'm Klamath. Nek ue'puekwonah nahsoyekwonah nek "
            "cheemolegoyekwonah, kues tewomelahpah."),
        syl("Nek ue'pa'ah we'yon kue ferry hegoyekwonah, {cap}kue hoole'm pegerk ko'l nahchewsonah, "
            "hegoyekwonahpa nek kuechomelahpah."),
        syl("Nek ue'pa'ah nek ik: “Ko'l nepuy wegonah, kue hoole'm kues ko'l neges'oyekwonah, {run}cheek'wey.” "
            "Nek ue'pa'ah hegoyekwonahpa."),
        syl("Kues tewomelahpah kue hoole'm mehl kues nahsoyekwonah; ko'l kue ferry 'o hegoyekwonah, nek tewomelahpah "
            "ko'l nepuy."),
    ], "(To be continued)", "The ferry landing at Weitchpec, about 1961", "(Nesmo family photo)"),
    remembered("Nepuy ue'wesonah", [
        syl("Nek ue'kuechos nepuy kue'megoyekwonah, kues ko'l hoole'm cheemolegoyekwonah nek tewomelahpah."),
        syl("Ue'kuechos nek ik: “ko'l nepuy wegonah.” Nek tewomelahpah ko'l kue hoole'm."),
    ], "— Pecwan, Loretta Barse", ["Loretta Barse"]),
    song(P7, "Hoole'm Nepuy", "Sung by Ada Tsemo, collected at Weitchpec", ["Ada Tsemo"], [
        "Nepuy, nepuy,\nkue hoole'm wegonah,\nko'l nek neges'oyek.",
        "Nepuy, nepuy,\nkues tewomelah,\nko'l nek cheek'wey.",
    ]),
    book("Local Books", f"Landings on the Lower Klamath, by Harold Vance · Salmon Rock Press · $ {PRICE7}",
         syl("Harold Vance hegoyekwonah ko'l hoole'm kue ferry; kues neges'oyekwonah nahsoyekwonah cheemolegoyekwonah "
             "kue nepuy.")),
    boxed_notice(P7, RULE7, "Old Photographs Wanted", [
        "Ko'l hoole'm: we are gathering old photographs and letters of the river landings, the ferry and the fish "
        "camps. Prints are copied and returned.",
        f"Send them to P.O. Box 41, Weitchpec, by {english(DEADLINE7)}.",
    ], "The editors", english(CALL7)),
]


# 8. Wik-Mungkan (Aurukun, Cape York, Queensland), ISO-8859-1, CR, indent-only (four spaces), no reminiscence.
DAY8 = date(2046, 9, 16)
CALL8 = date(2046, 9, 2)
DEADLINE8 = date(2046, 10, 30)
ordered(CALL8, DAY8, DEADLINE8)
PART8 = 12
RULE8 = "=" * 38
PRICE8 = 32
P8 = latin_page(
    "wim_latin1_cr_wik_mungkan_local_history_cattle_yards_memoir_caption_credit_song_book_note_letters_call_indent_"
    "only_four_spaces_running_head_cut_hyphenation",
    "iso-8859-1", "\r", 38, "    ", False,
    "Archer River News 2046-09-16 Page 6 Local History (an invented weekly of Aurukun, Cape York, Queensland; "
    "Wik-Mungkan text, English furniture), **ISO-8859-1** (straight quotes `\"`), **CR**; **indent-only "
    f"(four spaces)**, wrapped at 38 with hyphenation, no reminiscence. The memoir `Memoir: Ngathn Aak ({PART8})` (a "
    "caption and credit inside a sentence, words cut by the running head); the song (two stanzas, the second after a "
    f"blank line); `Books` (`$ {PRICE8}`); the call `Letters and Photos Wanted` under its label, over a rule.",
    DAY8, "6", [f"ARCHER RIVER NEWS · {english(DAY8)} · Page 6", "Local History · Editor: Dianne Koomeeta"],
    ["Archer River News · history@archerriver.example.com.au"],
    ["ARCHER RIVER NEWS", english(DAY8), "Page 6", "Local History", "Editor: Dianne Koomeeta",
     "Archer River News · Local History", "(To be continued)", "Archer River News",
     "history@archerriver.example.com.au"],
    "Archer River News · Local History", RULE8, 4)
P8["articles"] = [
    memoir(f"Memoir: Ngathn Aak ({PART8})", "By Arthur Pootchemunka", ["Arthur Pootchemunka"], [
        syl("Ngay puk-nhiin, ngathn pam ngul yat aak wayanaman, ngul nganh minhakuthanaman. Pam wanch ngul "
            "kaathamanaman thaa'-nhiin."),
        syl("Ngathn pip, {cap}ngul minh yat wuut wayanaman, nhunh kaathamanaman ngul puk-nhiin."),
        syl("Ngathn pip ngul wik ey: \"Puk, nhint yat, minh kaathamanaman aak, ngul {run}wayan.\" Ngay ngul "
            "kaathamanaman wik."),
        syl("Ngul aak wayanaman minhakuthanaman, ngay ngul pam wuut. Ngathn pip ngul minh kaathamanaman "
            "aak-nhiin."),
    ], "(To be continued)", "The cattle yards by the river, 1968", "(Koomeeta family collection)"),
    song(P8, "Minh Wuut", "Sung by Mavis Wolmby, recorded at Aurukun", ["Mavis Wolmby"], [
        "Minh wuut, minh wuut,\nngul aak wayan,\nngay yat.",
        "Minh wuut, minh wuut,\nngul pam kaath,\nngay ngul.",
    ]),
    book("Books", f"Old Yards and Outstations, by Helen Marbrook · Cape Country Books · $ {PRICE8}",
         syl("Helen Marbrook ngul pam wuut wik kaathamanaman; aak wayanaman, minhakuthanaman, ngathn pip "
             "thaa'-nhiin.")),
    call(P8, "Letters and Photos Wanted", RULE8,
         "Wik ngul aak: we are looking for old letters and photographs of the outstations and the cattle yards. "
         f"Copies are fine. Post them to PMB 7, Aurukun, by {english(DEADLINE8)}.",
         "The editors", english(CALL8)),
]


# 9. Uripiv (Uripiv island, off north-east Malekula, Vanuatu), UTF-8 with BOM, LF, blank-line: the memoir (a copra
#    boat), the reminiscence glued under `(To be continued)`, a three-stanza song, the book note, the call ruled.
DAY9 = date(2046, 6, 12)
CALL9 = date(2046, 5, 29)
DEADLINE9 = date(2046, 8, 14)
ordered(CALL9, DAY9, DEADLINE9)
PART9 = 3
RULE9 = "=" * 41
PRICE9 = 1800
SACKS9, VATU9 = 40, 250
assert SACKS9 * VATU9 == 10000  # forty sacks at 250 vatu, 10,000 vatu a trip
P9 = latin_page(
    "upv_utf8_bom_lf_uripiv_local_history_copra_boat_memoir_caption_credit_reminiscence_glued_under_continued_song_"
    "3_stanzas_book_note_vatu_ruled_photo_call_running_head_cut_hyphenation",
    "utf-8", "\n", 41, "", True,
    "Malekula Coast Weekly 2046-06-12 Page 7 Memories (an invented weekly of north-east Malekula, Vanuatu; Uripiv "
    "text, English furniture), UTF-8 with BOM (`“ ” — ·`), LF; blank-line paragraphs, wrapped at 41 with "
    f"hyphenation. The memoir `Memoir: Nawak Kopra ({PART9})` (a caption and credit inside a sentence, “” words cut "
    f"by the running head, a sum asserted: {SACKS9} sacks at {VATU9} vatu); **the reminiscence glued under `(To be "
    f"continued)`**; the song (three stanzas); `Island Books` (`VT {PRICE9:,}`); the call `Old Photos and Letters` "
    "between two rules.",
    DAY9, "7", [f"MALEKULA COAST WEEKLY · {english(DAY9)} · Page 7", "Memories · Editor: Lisette Malsoklei"],
    ["Malekula Coast Weekly · memories@malekulacoast.example.vu"],
    ["MALEKULA COAST WEEKLY", english(DAY9), "Page 7", "Memories", "Editor: Lisette Malsoklei",
     "Malekula Coast Weekly · Memories", "(To be continued)", "Malekula Coast Weekly",
     "memories@malekulacoast.example.vu"],
    "Malekula Coast Weekly · Memories", RULE9, 4, bom=True)
P9["articles"] = [
    memoir(f"Memoir: Nawak Kopra ({PART9})", "By Kalsong Tavimasoe", ["Kalsong Tavimasoe"], [
        syl("Ni nabong nemel, tata ni na ivan an nawak kopra. Nawak ni vinihanumana, ni rahatelemana an "
            "navanuaharikiki."),
        syl(f"Nawak ni ivan Uripiv an Norsup; ni navan {SACKS9} nemeti kopra, nemeti sakai {VATU9} vatu, "
            f"{{cap}}nida ni mavehanumana {SACKS9 * VATU9:,} vatu."),
        syl("Tata ni na veren: “Nida ivan na matang, nawak ni vinihanumana, natam ni {run}mahanuta.” Ni "
            "rahatelemana an navanua."),
        syl("Ni nabong nemel nawak ni ivan, ni rahatelemana an navanuaharikiki; tata ni na mavehanumana an "
            "natam."),
    ], "(To be continued)", "The copra boat at the Uripiv landing, 1974", "(Tavimasoe family)"),
    remembered("Nemeti Kopra", [
        syl("Bubu ni na sakai nemeti kopra an nawak, ni rahatelemana nida navanuaharikiki."),
        syl("Bubu ni veren: “nemeti ni mavehanumana.” Nida rahatelemana an natam."),
    ], "— Uripiv, Elsie Worwor", ["Elsie Worwor"]),
    song(P9, "Nawak Ivan", "Sung by Jimmy Malas, recorded on Uripiv", ["Jimmy Malas"], [
        "Nawak ivan,\nnatam mahan,\nnida veren.",
        "Nawak ivan,\nkopra navan,\nnida rahat.",
        "Nawak ivan,\nnabong nemel,\nnida mavan.",
    ]),
    book("Island Books", f"Copra Days on the Small Islands, by Rolland Tari · Sandwara Press · VT {PRICE9:,}",
         syl("Rolland Tari ni veren an nawak kopra, navanuaharikiki ni Uripiv, Rano ni Atchin; ni rahatelemana "
             "an nemeti.")),
    boxed_notice(P9, RULE9, "Old Photos and Letters", [
        "Nawak kopra: we would like to copy old photographs and letters of the copra boats, the landings and the "
        "small-island schools. Originals are returned.",
        f"Bring them to the Norsup office or post them to P.O. Box 19, Norsup, by {english(DEADLINE9)}.",
    ], "The editors", english(CALL9)),
]


# 10. Tuscarora (Tuscarora Nation, near Lewiston, New York; a maple sugar bush), UTF-16 BE with BOM, CRLF, indent-only, no reminiscence.
DAY10 = date(2046, 2, 15)
CALL10 = date(2046, 2, 1)
DEADLINE10 = date(2046, 4, 1)
ordered(CALL10, DAY10, DEADLINE10)
PART10 = 8
RULE10 = "=" * 40
PRICE10 = 27
P10 = latin_page(
    "tus_utf16be_bom_crlf_tuscarora_local_history_sugar_bush_memoir_caption_credit_social_dance_song_book_note_"
    "letters_call_indent_only_running_head_cut_hyphenation",
    "utf-16-be", "\r\n", 40, "  ", False,
    "Escarpment Weekly News 2046-02-15 Page 5 Memories (an invented weekly of the Tuscarora Nation near Lewiston, New "
    "York; Tuscarora text, English furniture), UTF-16 BE with BOM (`ę θ ʔ`), CRLF; **indent-only (two spaces)**, "
    f"wrapped at 40 with hyphenation, no reminiscence. The memoir `Memoir: Yęθnahrí:re ({PART10})` (a caption and "
    "credit inside a sentence, words cut by the running head); the social-dance song (two stanzas, the second after a "
    f"blank line); `Books` (`$ {PRICE10}`); the call `Letters Wanted` under its label, over a rule.",
    DAY10, "5", [f"ESCARPMENT WEEKLY NEWS · {english(DAY10)} · Page 5", "Memories · Editor: Carla Printup"],
    ["Escarpment Weekly News · memories@escarpment.example.com"],
    ["ESCARPMENT WEEKLY NEWS", english(DAY10), "Page 5", "Memories", "Editor: Carla Printup",
     "Escarpment Weekly News · Memories", "(To be continued)", "Escarpment Weekly News",
     "memories@escarpment.example.com"],
    "Escarpment Weekly News · Memories", RULE10, 4, bom=True)
P10["articles"] = [
    memoir(f"Memoir: Yęθnahrí:re ({PART10})", "By Norman Chewkins", ["Norman Chewkins"], [
        syl("Waʔkiʔ yęθnahrí:re ruwáhθeręʔ, kaʔnahkwáθeręʔ uhyęʔnáhkwa. Yętehruwaθé:naʔ kaʔnahkwaθeręʔ, "
            "ruwaʔnarí:keʔ θatkáhθeręʔ."),
        syl("Akwáhθeręʔ uhyęʔnáhkwa, {cap}yęθnahrí:re θatkáhθeręʔ ruwaʔnarí:keʔ kaʔnahkwáθeręʔ."),
        syl("Akwáhθeręʔ waʔkiʔ: “Yętehruwaθé:naʔ, uhyęʔnáhkwa θatkáhθeręʔ, {run}ruwáhθeręʔ.” Waʔkiʔ "
            "kaʔnahkwáθeręʔ."),
        syl("Yęθnahrí:re ruwaʔnarí:keʔ, waʔkiʔ θatkáhθeręʔ uhyęʔnáhkwa yętehruwaθé:naʔ kaʔnahkwáθeręʔ."),
    ], "(To be continued)", "The sugar bush behind the longhouse, about 1950", "(Chewkins family)"),
    song(P10, "Kaʔnahkwá:θeʔ", "Sung by Iva Mountpleasant, recorded at the Tuscarora Nation", ["Iva Mountpleasant"], [
        "Waʔkiʔ, waʔkiʔ,\nuhyęʔnáhkwa,\nθatkáhθeręʔ.",
        "Waʔkiʔ, waʔkiʔ,\nruwáhθeręʔ,\nkaʔnahkwá:θeʔ.",
    ]),
    book("Books", f"Sugar Bushes of the Escarpment, by Donald Hewes · Lockport Hill Press · $ {PRICE10}",
         syl("Donald Hewes yęθnahrí:re ruwaʔnarí:keʔ; uhyęʔnáhkwa kaʔnahkwáθeręʔ θatkáhθeręʔ yętehruwaθé:naʔ.")),
    call(P10, "Letters Wanted", RULE10,
         "Uhyęʔnáhkwa: we are collecting old letters, recipes and photographs of the sugar bushes and the spring "
         f"gatherings. Copies are welcome. Mail them to P.O. Box 12, Sanborn, by {english(DEADLINE10)}.",
         "The editors", english(CALL10)),
]

PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
