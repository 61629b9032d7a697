"""The text of every holdout177 page, written once: make_holdout177_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-174 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (the object piece's foot
signature, its byline); `("more", line)` a printed line with no blank line before it (the box's closing rule);
`{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may
be split at a line end (`syl()`, holdout151's rules); `Lines(text, printed)` (holdout157's) a row printed as the
given lines; `"runin": sep` runs a brief's head into its paragraph (holdout151's `runin_briefs()`, as 166/172 used it).
Every page is a museums and libraries page: an exhibition-opening or donated-collection report (kicker or deck,
title, byline, dateline at the start of its first paragraph, a curator's words cut by the running head, a photo
caption of an object with its credit dropped inside a sentence); an opening-hours or new-acquisitions table under its
label (a header row on some pages; a holiday or closure note row under it); a boxed notice between two rules signed
by the institution over its date; an object-of-the-week piece of two short paragraphs signed by the curator at its
foot; three briefs run in on their heads under a label. Weekdays and sums are computed and asserted. All papers,
museums, libraries, curators, donors, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    aligned,
    boxed_notice,
    english,
    indonesian,
    md,
    ordered,
    runin_briefs,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker=None, subtitle=None):
    """The report: kicker (or a deck, the subtitle), title, byline (as printed, then the name), caption and credit;
    the dateline stays at the start of the first paragraph (every set since holdout126)."""
    art = {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
           "body": body}
    if kicker:
        art["kicker"] = kicker
    if subtitle:
        art["subtitle"] = subtitle
    return art


def table(label, rows, note, glued=False):
    """An opening-hours or new-acquisitions table under its label: the label is the title, one paragraph per printed
    row (the header row included), the holiday or closure note under it the last row (holdout172's `hours()`)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows + [note]]}
    if glued:
        art["glued"] = True
    return art


def piece(label, title, body, signature, names, glued=False):
    """The object of the week: its label the section (none accepted; kicker accepted), the head its title, two short
    paragraphs, the curator's foot signature its byline as printed (the name alone accepted), never a paragraph
    (holdout172's signed column)."""
    art = {"lines": [label, title], "section": [label, None], "kicker": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
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
               joins, colons=3, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the briefs' run-in colons are
    markup (holdout172's)."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [":"] * colons}


def ymd(day):
    return f"{day.year}年{day.month}月{day.day}日"


# 1. GBK county evening paper, LF, blank-line, glued: a county museum opens an exhibition of old clocks; the hours
#    table (header row) glued under the report's last line; a call for old photographs; the object piece glued under
#    the box's foot rule; briefs.
DAY1 = date(2045, 3, 15)
SIGN1, LAST1 = date(2045, 3, 10), date(2045, 4, 30)
ordered(SIGN1, DAY1, LAST1)
CLOCKS1, LENT1 = 146, 58
OWN1 = CLOCKS1 - LENT1
assert OWN1 == 88
RULE1 = "─" * 21
CLOCK_PAGE = zh_page(
    "zh_gbk_lf_county_museum_page_old_clocks_show_kicker_byline_caption_credit_running_head_curator_midquote_glued_hours_header_holiday_photos_box_glued_object_piece_runin_briefs",
    "gbk", "\n", 21, True,
    "澧皋晚报 2045-03-15 第5版 文化周刊 (an invented county evening paper), GBK, LF; blank-line paragraphs, wrapped at "
    "21. A report on an exhibition of old clocks opening at the invented 澧皋县博物馆 (kicker `新展开幕`, byline line, "
    "the dateline `本报讯` opening paragraph 1, a caption of a clock and its credit inside a sentence, the curator's “” "
    f"words cut by the running head before `听见。”`; {OWN1} + {LENT1} = {CLOCKS1} clocks, asserted); **glued under the "
    "report's last line** the hours table `开放时间` (header row, a holiday note row); a boxed call for old photographs "
    "signed by the museum over its date; **the object piece's label glued under the box's foot rule** (`本周一件`, two "
    "paragraphs, signed by the curator); the label `馆讯` over three briefs run in after a full-width space.",
    DAY1, "5", ["澧皋晚报", f"{ymd(DAY1)}　{weekday(DAY1)}　　第5版　文化周刊　　编辑：殷　禾"],
    ["澧皋晚报社　　新闻热线：0736-5521870"],
    ["澧皋晚报", ymd(DAY1), weekday(DAY1), "第5版", "文化周刊", "编辑：殷　禾", "澧皋晚报·文化周刊", "澧皋晚报社",
     "新闻热线：0736-5521870"],
    "澧皋晚报·文化周刊", RULE1)
CLOCK_PAGE["articles"] = [
    report(["新展开幕", "百年钟表滴答声里看老城", "本报记者　龚　苒"], "百年钟表滴答声里看老城",
           ["本报记者　龚　苒", "龚　苒", "龚苒"], ["展出的一座民国座钟。"], ["（本报记者　龚　苒　摄）"],
           [f"本报讯　3月12日，“时光的刻度——澧皋老钟表展”在县博物馆二楼开展。展览共展出钟表{CLOCKS1}件，其中馆藏"
            f"{OWN1}件，另有{LENT1}件由市民借展。",
            "展厅里，挂钟、座钟、怀表按年代排开，{cap}不少老人在一座座钟前驻足良久。",
            "策展人章慕云说：“这些钟大多还能走。开展那天我们把它们一齐上了弦，整点一到，满屋的钟声在楼下都能"
            "{run}听见。”展览将持续到4月30日。"], kicker="新展开幕"),
    table("开放时间", ["展厅　日期　时间", "基本陈列　周二至周日　9:00-17:00", "老钟表展　周二至周日　9:00-16:30",
                   "青少年活动室　周六、周日　14:00-17:00"], "*每周一闭馆，法定节假日照常开放", glued=True),
    boxed_notice(CLOCK_PAGE, RULE1, "征集老照片启事",
           ["内容：1980年以前澧皋县城的街道、店铺、车站和人物照片", "方式：原件扫描后当场归还，也可捐赠",
            f"截止：{md(LAST1)}（{zhou(LAST1)}）", "地点：县博物馆一楼服务台"],
           "澧皋县博物馆", ymd(SIGN1)),
    piece("本周一件", "一块会“说话”的铜怀表", [
        "这块铜怀表是上世纪三十年代县城邮局局长的随身之物，表盖内侧刻着一行小字：“守时如守信”。",
        "去年，局长的孙女把它捐给了博物馆。修表师傅说，表里的零件几乎都是原装的，至今走时准确。",
    ], "县博物馆　章慕云", ["章慕云"], glued=True),
    *runin_briefs("馆讯", [
        ("周六故事会", "每周六上午10点，县图书馆少儿阅览室举办绘本故事会，适合4至8岁儿童。"),
        ("借阅证遗失", "借阅证遗失的读者，可持身份证到总服务台挂失补办，工本费5元。"),
        ("招募志愿者", "县博物馆招募周末讲解志愿者，年满18周岁即可报名，馆方提供培训。"),
    ], "\u3000"),
]


# 2. GB18030 city daily, CRLF, indent-only, not glued: a retired teacher's donated books; a new-acquisitions table
#    without a header row; a reading-room closure box; the object piece; briefs.
RARE = "\u3b5f"  # 㭟, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 5, 19)
SIGN2, SHUT2, OPEN2 = date(2045, 5, 17), date(2045, 5, 22), date(2045, 5, 28)
ordered(SIGN2, DAY2, SHUT2, OPEN2)
BOOKS2, OLD2, NEW2 = 3000, 1860, 1140
assert OLD2 + NEW2 == BOOKS2
RULE2 = "─" * 21
BOOKS_PAGE = zh_page(
    "zh_gb18030_crlf_city_library_page_teacher_donates_books_deck_rare_char_byline_caption_credit_running_head_librarian_midquote_indent_only_acquisitions_no_header_closure_box_object_piece_runin_briefs",
    "gb18030", "\r\n", 21, False,
    f"沅漪日报 2045-05-19 第8版 书香 (an invented city daily; `{RARE}` U+3B5F, CJK Extension A, in the reporter's name; "
    "in GB18030, not in GBK), CRLF; **indent-only**, wrapped at 21. A report on a retired teacher's 3 000 donated books "
    "(title, **a deck under it**, the subtitle; byline `本报记者　柯　" + RARE + "`; the dateline `本报讯` opening paragraph "
    f"1; a caption and its credit inside a sentence; the librarian's “” words cut by the running head before `翻。”`; "
    f"{OLD2} + {NEW2} = {BOOKS2}, asserted); the table `新书上架` (title, author, shelf mark; **no header row**; a "
    "note row); a reading-room closure box; the object piece `馆藏一页`; briefs `图书馆短讯`.",
    DAY2, "8", ["沅漪日报", f"{ymd(DAY2)}　{weekday(DAY2)}　　第8版　书香"],
    ["沅漪日报社　　地址：沅漪市文昌路18号"],
    ["沅漪日报", ymd(DAY2), weekday(DAY2), "第8版", "书香", "沅漪日报·书香", "沅漪日报社", "地址：沅漪市文昌路18号"],
    "沅漪日报·书香", RULE2, not_in=["gbk"])
BOOKS_PAGE["articles"] = [
    report(["三千册藏书“安家”市图书馆", "退休教师杭立言捐出一生所藏", f"本报记者　柯　{RARE}"],
           "三千册藏书“安家”市图书馆", [f"本报记者　柯　{RARE}", f"柯　{RARE}", f"柯{RARE}"],
           ["杭立言捐赠的一册旧课本。"], ["（本报记者　柯　" + RARE + "　摄）"],
           [f"本报讯　退休中学教师杭立言日前将家中藏书{BOOKS2}册捐给沅漪市图书馆，其中1949年以前出版的旧书"
            f"{OLD2}册，其余{NEW2}册为近年的地方文献。",
            "捐赠仪式上，{cap}杭老师一本一本地向馆员介绍书的来历。",
            "馆员黎晚晴说：“有的书页边写满了批注，比书本身还珍贵。我们会单独设一个专架，让读者都能来"
            "{run}翻一翻。”"], subtitle="退休教师杭立言捐出一生所藏"),
    table("新书上架", ["《沅水船帮旧事》　鲁启沣　K295.4/12", "《文昌路百年》　沅漪市地方志办　K296.4/37",
                   "《老课本里的童年》　杭立言　G624/8"], "*新书在二楼地方文献室，暂不外借"),
    boxed_notice(BOOKS_PAGE, RULE2, "阅览室暂停开放公告",
           [f"因更换书架，三楼期刊阅览室于{md(SHUT2)}（{zhou(SHUT2)}）至{md(OPEN2)}（{zhou(OPEN2)}）暂停开放",
            "期间过刊可在一楼总服务台预约调阅", "给读者带来的不便，敬请谅解"],
           "沅漪市图书馆", ymd(SIGN2)),
    piece("馆藏一页", "一张民国借书卡", [
        "这张借书卡夹在一本旧小说里，上面用毛笔写着借书人的名字和三个借阅日期。",
        "卡片背面盖着“文昌书院藏书”的蓝色印章，这是本馆最早的借阅记录之一。",
    ], "市图书馆特藏部　黎晚晴", ["黎晚晴"]),
    *runin_briefs("图书馆短讯", [
        ("亲子故事时间", "少儿部每周日下午3点讲故事，家长可陪同参加，无须预约。"),
        ("借书证挂失", "借书证丢失请及时拨打服务电话挂失，以免被他人冒用。"),
        ("志愿者招募", "市图书馆招募暑期整理书架的志愿者，每周服务不少于4小时。"),
    ], "\u3000"),
]


# 3. Big5 Taiwan county daily (Chiayi), CRLF, blank-line, glued: a township museum opens an exhibition of old train
#    tickets; the hours table glued; a lecture box; the object piece glued under the box; briefs.
DAY3 = date(2045, 9, 20)
SIGN3, TALK3 = date(2045, 9, 18), date(2045, 9, 30)
ordered(SIGN3, DAY3, TALK3)
assert TALK3.weekday() == 5  # printed `（週六）`
assert DAY3.year - 1911 == 134
TICKETS3, DONOR3, OTHER3 = 420, 265, 155
assert DONOR3 + OTHER3 == TICKETS3
RULE3 = "─" * 20
TICKET_PAGE = zh_page(
    "zht_big5_crlf_taiwan_museum_page_old_train_tickets_show_kicker_byline_caption_credit_running_head_curator_midquote_glued_hours_header_closure_lecture_box_glued_object_piece_runin_briefs",
    "big5", "\r\n", 20, True,
    "嵐汀日報 2045-09-20 (`中華民國134年9月20日`) B4 藝文生活 (an invented county daily, Chiayi county), Big5, CRLF; "
    "blank-line, wrapped at 20. A report on an exhibition of old train tickets at the invented 竹崎鐵道文物館 (kicker "
    "`新展登場`, byline `記者簡于晴／嘉義報導`, dateline at the start of paragraph 1, the caption of a ticket and its "
    f"credit inside a sentence, the curator's 「」 words cut by the running head before `回來。」`; {DONOR3} + {OTHER3} "
    f"= {TICKETS3}, asserted); **glued** the table `開放時間` (header row, a closure note); a lecture box signed by the "
    "museum over its date; **glued under the box's foot rule** the object piece `本週典藏`; the label `館訊` over "
    "three briefs.",
    DAY3, "B4", [f"嵐汀日報　中華民國134年9月20日　{weekday(DAY3)}", "B4　藝文生活　　主編：溫若蘅"],
    ["嵐汀日報社　讀者服務：05-2718436"],
    ["嵐汀日報", "中華民國134年9月20日", weekday(DAY3), "B4", "藝文生活", "主編：溫若蘅", "嵐汀日報．藝文生活",
     "嵐汀日報社", "讀者服務：05-2718436"],
    "嵐汀日報．藝文生活", RULE3)
TICKET_PAGE["articles"] = [
    report(["新展登場", "一張車票　一段山線記憶", "記者簡于晴／嘉義報導"], "一張車票　一段山線記憶",
           ["記者簡于晴／嘉義報導", "簡于晴"], ["展出的一張硬紙板車票。"], ["（記者簡于晴／攝）"],
           [f"竹崎鐵道文物館「山線車票特展」昨天開幕，展出老車票{TICKETS3}張，其中{DONOR3}張來自退休站長游文淵的捐贈，"
            f"其餘{OTHER3}張為館方歷年徵集。",
            "展櫃裡的車票按站名排列，{cap}許多參觀民眾在自己家鄉的站名前拍照留念。",
            "策展人賴靜芝說：「很多人看到當年通學坐車的票，就把整段青春都想了{run}回來。」特展展至年底。"],
           kicker="新展登場"),
    table("開放時間", ["館區　日期　時間", "常設展廳　週二至週日　9:00-17:00", "車票特展　週二至週日　9:30-16:30",
                   "兒童閱讀角　週六、週日　13:30-16:30"], "＊每週一及除夕休館", glued=True),
    boxed_notice(TICKET_PAGE, RULE3, "專題講座",
           ["講題：山線小站的故事", f"時間：{TALK3.month}月{TALK3.day}日（週六）下午2時", "地點：文物館二樓視聽室",
            "報名：免費，請電話預約"], "竹崎鐵道文物館", f"中華民國134年{SIGN3.month}月{SIGN3.day}日"),
    piece("本週典藏", "站長的剪票鉗", [
        "這把剪票鉗跟著游文淵站長工作了三十年，鉗口剪出的缺口是竹崎站特有的形狀。",
        "剪票鉗的握柄磨得發亮，館方決定不加修復，保留它被使用過的樣子。",
    ], "竹崎鐵道文物館　賴靜芝", ["賴靜芝"], glued=True),
    *runin_briefs("館訊", [
        ("週末說故事", "每週六上午十點，鄉立圖書館兒童室有志工說故事，歡迎親子參加。"),
        ("借書證遺失", "借書證遺失請攜帶身分證至櫃臺辦理掛失，補發免費。"),
        ("徵求志工", "文物館徵求假日導覽志工，參加培訓後即可上線服務。"),
    ], "\u3000"),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, LF, indent-only, not glued: a district library receives a
#    donated collection of old film posters; a new-acquisitions table with a header row; a call for old photographs;
#    the object piece; briefs.
DAY4 = date(2045, 6, 16)
SIGN4, LAST4 = date(2045, 6, 14), date(2045, 7, 31)
ordered(SIGN4, DAY4, LAST4)
assert LAST4.weekday() == 0  # printed `（禮拜一）`
POSTERS4, SHOWN4 = 312, 48
assert POSTERS4 - SHOWN4 == 264
RULE4 = "─" * 20
POSTER_PAGE = zh_page(
    "zht_big5hkscs_lf_hong_kong_library_page_donated_film_posters_cantonese_kicker_byline_caption_credit_running_head_curator_midquote_indent_only_acquisitions_header_photos_box_object_piece_runin_briefs",
    "big5hkscs", "\n", 20, False,
    "灣汐週報 2045-06-16 第7頁 社區文化 (an invented Hong Kong district weekly; the library 灣汐公共圖書館 invented), "
    "Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇`; in neither cp950 nor Big5), LF; Cantonese; **indent-only**, wrapped at 20. A "
    "report on a donated collection of old film posters (kicker `館藏新添`, byline `記者：岑穎蘅`, dateline at the start "
    f"of paragraph 1, a poster's caption and credit inside a sentence, the curator's 「」 words cut before `睇。」`; "
    f"{POSTERS4} posters, {SHOWN4} shown, {POSTERS4 - SHOWN4} kept, asserted); the table `新書上架` (a header row "
    "`書名　作者　索書號`, a note row); a call for old photographs; the object piece `一週一物`; the label "
    "`圖書館消息` over three briefs.",
    DAY4, "7", ["灣汐週報", f"2045年6月16日　{weekday(DAY4)}　　第7頁　社區文化"],
    ["灣汐週報　　讀者熱線：2871 5406"],
    ["灣汐週報", "2045年6月16日", weekday(DAY4), "第7頁", "社區文化", "灣汐週報．社區文化", "灣汐週報", "讀者熱線：2871 5406"],
    "灣汐週報．社區文化", RULE4, not_in=["cp950", "big5"])
POSTER_PAGE["articles"] = [
    report(["館藏新添", "三百張舊戲橋送咗畀圖書館", "記者：岑穎蘅"], "三百張舊戲橋送咗畀圖書館",
           ["記者：岑穎蘅", "岑穎蘅"], ["一張六十年代嘅粵語片海報。"], ["（記者岑穎蘅攝）"],
           [f"【本報訊】做咗四十年戲院經理嘅葉炳坤，上個禮拜將收藏嘅{POSTERS4}張舊電影海報同戲橋送咗畀灣汐公共圖書館，"
            f"館方揀咗{SHOWN4}張喺大堂展出。",
            "展板前面，{cap}好多街坊認出自己後生時睇過嘅戲。",
            "負責整理嘅館長鄧綺澄話：「啲海報有啲已經好脆，我哋會逐張掃描，之後放上網，等大家喺屋企都可以"
            "{run}睇。」"], kicker="館藏新添"),
    table("新書上架", ["書名　作者　索書號", "《灣汐戲院街》　葉炳坤　791.43/YEP", "《我哋嘅粵語片》　梁子謙　791.43/LEU",
                   "《碼頭嘅黃昏》　莫潔盈　855/MOK"], "＊公眾假期圖書館照常開放"),
    boxed_notice(POSTER_PAGE, RULE4, "徵集舊相片",
           ["內容：七十年代以前灣汐區街景、戲院同碼頭嘅相片", "方法：相片掃描後即場交還",
            f"截止：{LAST4.month}月{LAST4.day}日（禮拜一）", "地點：圖書館一樓服務台"],
           "灣汐公共圖書館", "2045年6月14日"),
    piece("一週一物", "一部戲院售票機", [
        "呢部售票機係葉先生由舊戲院拆落嚟嘅，按一下就會印出一張戲飛。",
        "而家部機仲識郁，館方逢禮拜六下晝會示範一次。",
    ], "灣汐公共圖書館館長　鄧綺澄", ["鄧綺澄"]),
    *runin_briefs("圖書館消息", [
        ("兒童故事時間", "逢禮拜三下晝四點，兒童圖書館有姐姐講故事，唔使報名。"),
        ("圖書證唔見咗", "圖書證唔見咗要盡快去櫃位報失，補領要收手續費。"),
        ("招募義工", "圖書館招募暑期義工幫手執書，中學生都可以報名。"),
    ], "\u3000"),
]


# 5. UTF-8 with BOM, CR, Singapore daily (simplified), blank-line, glued: a community library receives a donated
#    collection of Chinese opera records; the hours table glued; a reading-room closure box; the object piece glued
#    under the box; briefs.
DAY5 = date(2045, 11, 22)
SIGN5, SHUT5 = date(2045, 11, 20), date(2045, 12, 4)
ordered(SIGN5, DAY5, SHUT5)
RECORDS5, OPERA5, SONGS5 = 640, 415, 225
assert OPERA5 + SONGS5 == RECORDS5
RULE5 = "─" * 21
RECORD_PAGE = zh_page(
    "zh_utf8_bom_cr_singapore_library_page_donated_opera_records_kicker_byline_dateline_caption_credit_running_head_librarian_midquote_glued_hours_header_holiday_closure_box_glued_object_piece_runin_briefs",
    "utf-8", "\r", 21, True,
    "星洲晨讯 2045-11-22 第12版 文艺 (an invented Singapore daily; the library 牛车水社区图书馆 invented), UTF-8 with "
    "BOM, **CR**; blank-line, wrapped at 21. A report on a donated collection of opera records (kicker `馆藏`, byline "
    f"`报道：洪思慧`, dateline `（新加坡讯）`, the librarian's “” words cut before `唱。”`; {OPERA5} + {SONGS5} = "
    f"{RECORDS5}, asserted); **glued** the table `开放时间` (header row, a holiday note); a closure box; **glued under "
    "the box** the object piece `本周展品`; the label `图书馆简讯` over three briefs.",
    DAY5, "12", ["星洲晨讯", f"{ymd(DAY5)}　{weekday(DAY5)}　　第12版　文艺"],
    ["星洲晨讯　　电邮：wenyi@nanyang.example.sg"],
    ["星洲晨讯", ymd(DAY5), weekday(DAY5), "第12版", "文艺", "星洲晨讯·文艺", "星洲晨讯", "电邮：wenyi@nanyang.example.sg"],
    "星洲晨讯·文艺", RULE5, bom=True)
RECORD_PAGE["articles"] = [
    report(["馆藏", "六百张老唱片回到牛车水", "报道：洪思慧"], "六百张老唱片回到牛车水", ["报道：洪思慧", "洪思慧"],
           ["一张潮剧黑胶唱片。"], ["（摄影：洪思慧）"],
           [f"（新加坡讯）已故唱片行老板翁德顺的家人，把他留下的{RECORDS5}张老唱片捐给牛车水社区图书馆，其中地方戏曲"
            f"唱片{OPERA5}张，流行歌曲唱片{SONGS5}张。",
            "图书馆在二楼设了试听角，{cap}不少乐龄读者戴着耳机跟着轻声哼唱。",
            "图书馆主任林佩蕖说：“很多唱片外面已经买不到了。我们请了志愿者一张张登记，以后读者可以预约来听，也可以跟着"
            "{run}唱。”"], kicker="馆藏"),
    table("开放时间", ["部门　日期　时间", "成人阅览区　周一至周日　10:00-21:00", "唱片试听角　周二至周六　14:00-18:00",
                   "儿童区　周一至周日　10:00-19:00"], "*屠妖节及圣诞节当天闭馆", glued=True),
    boxed_notice(RECORD_PAGE, RULE5, "阅览室关闭通告",
           [f"因安装新空调，三楼阅览室于{md(SHUT5)}（{zhou(SHUT5)}）关闭一天", "借还书服务照常进行"],
           "牛车水社区图书馆", ymd(SIGN5)),
    piece("本周展品", "一台手摇留声机", [
        "这台留声机是翁德顺当年摆在唱片行门口招揽客人的，喇叭上的漆已经斑驳。",
        "图书馆请师傅换了唱针，每逢周六下午放一张老唱片给读者听。",
    ], "牛车水社区图书馆　林佩蕖", ["林佩蕖"], glued=True),
    *runin_briefs("图书馆简讯", [
        ("亲子讲故事", "每周六上午11点，儿童区有华语故事时间，欢迎家长带孩子参加。"),
        ("借书卡遗失", "借书卡遗失者可到服务柜台申请补发，需出示身份证。"),
        ("招募义工", "图书馆招募会听方言的义工，协助整理唱片资料。"),
    ], "\u3000"),
]


# 6. UTF-16 BE with BOM, LF, city paper, indent-only, not glued: a city museum receives donated old maps; a
#    new-acquisitions table without a header; a lecture box; the object piece; briefs.
DAY6 = date(2045, 4, 12)
SIGN6, TALK6 = date(2045, 4, 10), date(2045, 4, 22)
ordered(SIGN6, DAY6, TALK6)
MAPS6, CITY6, COUNTY6 = 75, 27, 48
assert CITY6 + COUNTY6 == MAPS6
RULE6 = "─" * 22
MAP_PAGE = zh_page(
    "zh_utf16be_bom_lf_city_museum_page_donated_old_maps_kicker_byline_caption_credit_running_head_curator_midquote_indent_only_acquisitions_no_header_lecture_box_object_piece_runin_briefs",
    "utf-16-be", "\n", 22, False,
    "洺溪日报 2045-04-12 第9版 文博 (an invented city daily), UTF-16 BE with BOM, LF; "
    "**indent-only**, wrapped at 22. A report on 75 donated old maps at the invented 洺溪市博物馆 (kicker `捐赠`, byline "
    f"`本报记者　邬　湄`, the dateline `本报讯`, the curator's “” words cut before `找到。”`; {CITY6} + {COUNTY6} = "
    f"{MAPS6}, asserted); the table `新入藏品` (**no header row**, a note row); a lecture box; the object piece "
    "`本周藏品`; the label `博物馆动态` over three briefs.",
    DAY6, "9", ["洺溪日报", f"{ymd(DAY6)}　{weekday(DAY6)}　　第9版　文博"],
    ["洺溪日报社　　邮编：057150"],
    ["洺溪日报", ymd(DAY6), weekday(DAY6), "第9版", "文博", "洺溪日报·文博", "洺溪日报社", "邮编：057150"],
    "洺溪日报·文博", RULE6, bom=True)
MAP_PAGE["articles"] = [
    report(["捐赠", "七十五幅老地图入藏市博物馆", "本报记者　邬　湄"], "七十五幅老地图入藏市博物馆",
           ["本报记者　邬　湄", "邬　湄", "邬湄"], ["一幅清代洺溪城图。"], ["（本报记者　邬　湄　摄）"],
           [f"本报讯　收藏家祁远舟日前将珍藏多年的老地图{MAPS6}幅捐给洺溪市博物馆，其中城区图{CITY6}幅，各县乡图"
            f"{COUNTY6}幅。",
            "交接现场，{cap}工作人员戴着手套把地图逐幅展开核对。",
            "研究馆员宁书琰说：“对照这些地图，老城的城墙、河道和庙宇在哪里，现在大都能在街上"
            "{run}找到。”"], kicker="捐赠"),
    table("新入藏品", ["洺溪府城图　清光绪年间　D2045.017", "洺水河道图　民国十年　D2045.031",
                   "永年县乡村图　民国二十三年　D2045.058"], "*新入藏品将于下月起在二楼轮流展出"),
    boxed_notice(MAP_PAGE, RULE6, "讲座预告",
           ["题目：从老地图看洺溪城", f"时间：{md(TALK6)}（{zhou(TALK6)}）上午9:30", "地点：市博物馆一楼报告厅",
            "主讲：宁书琰"], "洺溪市博物馆", ymd(SIGN6)),
    piece("本周藏品", "一把黄铜比例尺", [
        "这把比例尺随地图一起捐来，是祁远舟的父亲当年测绘时用的。",
        "尺身刻着英寸和市尺两种刻度，背面还刻着主人的名字。",
    ], "市博物馆　宁书琰", ["宁书琰"]),
    *runin_briefs("博物馆动态", [
        ("少儿故事会", "每月第一个周日，博物馆儿童区讲文物故事，欢迎小朋友参加。"),
        ("图书卡遗失", "馆内资料室图书卡遗失的，请到一楼服务台登记补办。"),
        ("招募志愿者", "博物馆招募讲解志愿者和资料整理志愿者，报名截至本月底。"),
    ], "\u3000"),
]


# 7. Galela (Soasio, North Halmahera, Indonesia), ISO 8859-1, CR, blank-line, glued: a village museum opens an
#    exhibition of old fishing gear; the hours table glued; a call for old photographs; the object piece glued under
#    the box; briefs. Straight quotes (no curly quotes in Latin-1).
DAY7 = date(2045, 7, 7)
SIGN7, LAST7 = date(2045, 7, 5), date(2045, 8, 31)
ordered(SIGN7, DAY7, LAST7)
GEAR7, GIVEN7, KEPT7 = 96, 61, 35
assert GIVEN7 + KEPT7 == GEAR7
RULE7 = "=" * 38
GALELA_PAGE = latin_page(
    "gbi_latin1_cr_galela_museum_page_fishing_gear_show_kicker_byline_dateline_caption_credit_running_head_curator_midquote_straight_quotes_glued_hours_header_closure_photos_box_glued_object_piece_runin_briefs",
    "latin-1", "\r", 38, "", True,
    "Suara Galela 2045-07-07 Halaman 6 (an invented weekly of Soasio, Galela, North Halmahera; Galela text, "
    "Indonesian furniture), **ISO 8859-1** (straight quotes `\"`, ` - `, `·`), **CR**; blank-line paragraphs, wrapped "
    "at 38 with hyphenation. A report on an exhibition of old fishing gear at the invented Museum Kampung Soasio "
    f"(kicker `Museum`, byline `Tulisan: Ester Hohakai`, dateline `SOASIO -`, the caption of a net and its credit "
    f"inside a sentence, the curator's words cut by the running head; {GIVEN7} + {KEPT7} = {GEAR7}, asserted); "
    "**glued** the hours table `Jam buka` (header row, a closure note); a call for old photographs; **glued under the "
    "box** the object piece `Barang minggu ini`; the label `Kabar museum` over three briefs on `: `.",
    DAY7, "6", [f"SUARA GALELA · {indonesian(DAY7)} · Halaman 6", "Budaya · Redaktur: Yulianus Dorume"],
    ["Suara Galela · redaksi@suaragalela.example.id"],
    ["SUARA GALELA", indonesian(DAY7), "Halaman 6", "Budaya", "Redaktur: Yulianus Dorume", "Suara Galela · Budaya",
     "Suara Galela", "redaksi@suaragalela.example.id"], "Suara Galela · Budaya", RULE7, 5)
GALELA_PAGE["articles"] = [
    report(["Museum", "O dodaku ma ngale-ngale", "Tulisan: Ester Hohakai"], "O dodaku ma ngale-ngale",
           ["Tulisan: Ester Hohakai", "Ester Hohakai"], ["O giwaka ma ngale ma gorohaka."], ["Foto: Ester Hohakai"],
           [syl(f"SOASIO - Ma Museum Kampung Soasio yosuputu o pameran o dodaku ma ngale-ngale, {GEAR7} o barang: "
                f"{GIVEN7} yodotoma ma nyawa ma kampung, {KEPT7} ma museum ma barang."),
            syl("Ma nyawa yomadadagali o pameran, {cap}o ngopaka yotemo o dodaku ma ngale."),
            syl("Ma kurator Paulus Dagimoi wotemo: \"O barang ngaena ma tonaka ma ngale-ngale, kaiwi o nyawa "
                "ma ngoaka yomagogeluka o {run}dodaku.\" O pameran ma kaduhu Agustus.")], kicker="Museum"),
    table("Jam buka", aligned([("Ruang", "Hari", "Jam"), ("Pameran", "Selasa-Minggu", "09.00-16.00"),
                               ("Perpustakaan", "Senin-Sabtu", "08.00-14.00")]),
          "* Tutup pada hari raya", glued=True),
    boxed_notice(GALELA_PAGE, RULE7, "Dicari foto lama",
           ["Foto: kampung, perahu dan pasar sebelum 1980", "Foto discan lalu dikembalikan",
            f"Batas: {indonesian(LAST7)}"], "Museum Kampung Soasio", f"Soasio, {SIGN7.day} Juli {SIGN7.year}"),
    piece("Barang minggu ini", "O hohate ma kokiri", [
        syl("O hohate ngaena ma besi, ma dodaku ma kaheko ma wange ma gorohaka. Ma nyawa Galela yoparasaya "
            "o hohate ma ngale."),
        syl("Ma nyawa ma ngopaka ma Dokulamo wodotoma o hohate ngaena ma museum ma tahun ngaena."),
    ], "Paulus Dagimoi, kurator", ["Paulus Dagimoi"], glued=True),
    *runin_briefs("Kabar museum", [
        ("Dongeng anak", syl("Ma wange Sabtu, ma ngopaka yoleleha o dongeng ma perpustakaan.")),
        ("Kartu hilang", syl("O kartu perpustakaan ma hilang, yotemo ma petugas ma meja depan.")),
        ("Relawan", syl("Ma museum yomaku o relawan ma wange Minggu, yohaluhalu o barang.")),
    ], ": "),
]


# 8. Hanunoo (Mansalay, Oriental Mindoro, Philippines), UTF-8 without BOM, LF, indent-only (four spaces), not glued:
#    a school library receives donated books in Hanunoo script lessons; a new-acquisitions table without a header; a
#    reading-room closure box; the object piece; briefs.
DAY8 = date(2045, 10, 18)
SIGN8, SHUT8 = date(2045, 10, 16), date(2045, 10, 27)
ordered(SIGN8, DAY8, SHUT8)
BOOKS8, PRINTED8, HAND8 = 230, 184, 46
assert PRINTED8 + HAND8 == BOOKS8
RULE8 = "=" * 38
HANUNOO_PAGE = latin_page(
    "hnn_utf8_nobom_lf_hanunoo_library_page_donated_books_deck_byline_dateline_caption_credit_running_head_librarian_midquote_indent_only_four_spaces_acquisitions_no_header_closure_box_object_piece_runin_briefs",
    "utf-8", "\n", 38, "    ", False,
    "Mindoro Tinig 2045-10-18 Page 6 (an invented weekly of Mansalay, Oriental Mindoro; Hanunoo text, English "
    "furniture), UTF-8 without BOM (`“ ” – ·`), LF; **indent-only paragraphs (four spaces)**, wrapped at 38 with "
    "hyphenation. A report on donated books at the invented Mansalay Mangyan Library (title, **a deck under it**, the "
    f"subtitle; byline `Sinurat ni Lorna Bayanan`, dateline `MANSALAY –`; {PRINTED8} + {HAND8} = {BOOKS8}, "
    "asserted; the librarian's words cut by the running head); the table `Bag-ong libro` (**no header row**, a note "
    "row); a closure box; the object piece `Butang sa semana`; the label `Balita sa library` over three briefs.",
    DAY8, "6", [f"MINDORO TINIG · {english(DAY8)} · Page 6", "Culture · Editor: Ramon Baylosis"],
    ["Mindoro Tinig · news@tinig.example.ph"],
    ["MINDORO TINIG", english(DAY8), "Page 6", "Culture", "Editor: Ramon Baylosis", "Mindoro Tinig · Culture",
     "Mindoro Tinig", "news@tinig.example.ph"], "Mindoro Tinig · Culture", RULE8, 5)
HANUNOO_PAGE["articles"] = [
    report(["Ginbugay kang mamanugon ang mga libro", "Libro sa kabataan kang Mansalay", "Sinurat ni Lorna Bayanan"],
           "Ginbugay kang mamanugon ang mga libro", ["Sinurat ni Lorna Bayanan", "Lorna Bayanan"],
           ["Surat Mangyan sa kawayan."],
           ["Litrato: Lorna Bayanan"],
           [syl(f"MANSALAY – Ang mamanugon na si Gumay Ansulang nagbugay {BOOKS8} libro sa Mansalay Mangyan Library: "
                f"{PRINTED8} nakaimprinta asta {HAND8} sinurat kang kamot sa kawayan."),
            syl("Sa pagtiripon, {cap}ang mga kabataan nagbasa kang ambahan."),
            syl("Ang librarian Mirna Bagtong nagsabi: “Ang mga kabataan makaaram magbasa kang surat Mangyan sa "
                "tanan na {run}panahon.”")], subtitle="Libro sa kabataan kang Mansalay"),
    table("Bag-ong libro", aligned([("Ambahan sa kabukiran", "G. Ansulang", "899.2/ANS"),
                                    ("Surat Mangyan", "M. Bagtong", "495.9/BAG"),
                                    ("Bayi sa bukid", "L. Yaum", "398.2/YAU")]),
          "* Ang bag-ong libro sa ikarwang panaw, diri pahiram"),
    boxed_notice(HANUNOO_PAGE, RULE8, "Reading room closed",
           [f"Closed on {english(SHUT8)} for repairs to the roof", "Book returns at the front desk"],
           "Mansalay Mangyan Library", f"Mansalay, {SIGN8.day} October {SIGN8.year}"),
    piece("Butang sa semana", "Ang tabungan sa kawayan", [
        syl("Ang tabungan na ini ginamit kang mamanugon sa pagsurat kang ambahan sa kawayan."),
        syl("Sa ngatunan, ang tabungan nakabutang sa ikaruwang panaw kang library."),
    ], "Mirna Bagtong, librarian", ["Mirna Bagtong"]),
    *runin_briefs("Balita sa library", [
        ("Istorya sa kabataan", syl("Kada Sabado sa aga, may istorya sa kabataan sa library.")),
        ("Nawara na kard", syl("Kung nawara ang kard sa library, magsabi sa librarian.")),
        ("Boluntaryo", syl("Ang library nagapangita kang boluntaryo sa pagpamulong kang libro.")),
    ], ": "),
]


# 9. Iraya (Abra de Ilog, Occidental Mindoro, Philippines), UTF-16 LE with BOM, CRLF, blank-line, glued: a town
#    museum opens an exhibition of woven baskets; the hours table glued; a lecture box; the object piece glued under
#    the box; briefs.
DAY9 = date(2045, 2, 8)
SIGN9, TALK9 = date(2045, 2, 6), date(2045, 2, 18)
ordered(SIGN9, DAY9, TALK9)
BASKETS9, OLD9, NEW9 = 84, 52, 32
assert OLD9 + NEW9 == BASKETS9
RULE9 = "=" * 37
IRAYA_PAGE = latin_page(
    "iry_utf16le_bom_crlf_iraya_museum_page_woven_baskets_show_kicker_byline_dateline_caption_credit_running_head_curator_midquote_glued_hours_header_holiday_lecture_box_glued_object_piece_runin_briefs",
    "utf-16-le", "\r\n", 37, "", True,
    "Balita Kanluran 2045-02-08 Page 5 (an invented weekly of Abra de Ilog, Occidental Mindoro; Iraya text, English "
    "furniture), UTF-16 LE with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A report "
    "on an exhibition of woven baskets at the invented Abra de Ilog Town Museum (kicker `Museo`, byline `Sinulat: "
    f"Alma Dagaman`, dateline `ABRA DE ILOG –`, the caption of a basket and its credit inside a sentence, the "
    f"curator's “” words cut by the running head; {OLD9} + {NEW9} = {BASKETS9}, asserted); **glued** the hours table "
    "`Oras kang museo` (header row, a holiday note); a lecture box; **glued under the box** the object piece `Bagay sa "
    "semana`; the label `Balita sa museo` over three briefs on `: `.",
    DAY9, "5", [f"BALITA KANLURAN · {english(DAY9)} · Page 5", "Arts & Heritage · Editor: Celso Magbanua"],
    ["Balita Kanluran · desk@kanluran.example.ph"],
    ["BALITA KANLURAN", english(DAY9), "Page 5", "Arts & Heritage", "Editor: Celso Magbanua",
     "Balita Kanluran · Arts & Heritage", "Balita Kanluran", "desk@kanluran.example.ph"],
    "Balita Kanluran · Arts & Heritage", RULE9, 5, bom=True)
IRAYA_PAGE["articles"] = [
    report(["Museo", "Bayong asta lalagyan sa museo", "Sinulat: Alma Dagaman"], "Bayong asta lalagyan sa museo",
           ["Sinulat: Alma Dagaman", "Alma Dagaman"], ["Bayong na ginawa sa buri."], ["Litrato: Alma Dagaman"],
           [syl(f"ABRA DE ILOG – Binuksan sa Abra de Ilog Town Museum ang pameran kang {BASKETS9} bayong asta "
                f"lalagyan: {OLD9} malalaon asta {NEW9} bago na ginawa kang manlalalang sa bukid."),
            syl("Sa pagbubukas, {cap}nanood ang mga kabataan sa paglalala."),
            syl("Ang kurator Teodora Amuyan nagsabi: “Ang bayong ay ginagamit pa sa bukid; ang mga kabataan ay "
                "matututo kang {run}paglalala.”")], kicker="Museo"),
    table("Oras kang museo", aligned([("Lugar", "Araw", "Oras"), ("Galeriya", "Martes-Linggo", "9:00-16:00"),
                                      ("Silid-aralan", "Sabado", "13:00-16:00")]),
          "* Sarado sa mga pista opisyal", glued=True),
    boxed_notice(IRAYA_PAGE, RULE9, "Lecture on weaving",
           [f"When: {english(TALK9)}, 2 p.m.", "Where: Town Museum hall", "Free, all welcome"],
           "Abra de Ilog Town Museum", f"Abra de Ilog, {SIGN9.day} February {SIGN9.year}"),
    piece("Bagay sa semana", "Ang malalaon na kaing", [
        syl("Ang kaing na ini ginamit kang pamilya Amuyan sa pagdadala kang saging mula sa kabundukan."),
        syl("Ibinigay kang apo sa museo; nakalagay sa galeriya hanggang Marso."),
    ], "Teodora Amuyan, kurator", ["Teodora Amuyan"], glued=True),
    *runin_briefs("Balita sa museo", [
        ("Kuwentuhan", syl("Tuwing Sabado, may kuwentuhan sa kabataan sa silid-aralan kang museo.")),
        ("Nawalang kard", syl("Kung nawala ang library kard, magsabi sa bantay sa pintuan.")),
        ("Boluntaryo", syl("Naghahanap ang museo kang boluntaryo sa paglilinis kang galeriya.")),
    ], ": "),
]


# 10. Erromangan (Dillons Bay, Erromango, Vanuatu), Windows-1252, CRLF, indent-only (three spaces), not glued: a
#     cultural centre's library receives a donated collection of old school exercise books; a new-acquisitions table
#     with a header row; a call for old photographs; the object piece; briefs.
DAY10 = date(2045, 3, 25)
SIGN10, LAST10 = date(2045, 3, 22), date(2045, 5, 31)
ordered(SIGN10, DAY10, LAST10)
BOOKS10, SCHOOL10, CHURCH10 = 118, 73, 45
assert SCHOOL10 + CHURCH10 == BOOKS10
RULE10 = "=" * 41
SYE_PAGE = latin_page(
    "erg_cp1252_crlf_erromangan_library_page_exercise_books_byline_dateline_caption_credit_running_head_librarian_midquote_indent_only_three_spaces_acquisitions_header_photos_box_object_piece_runin_briefs",
    "cp1252", "\r\n", 41, "   ", False,
    "Erromango Nius 2045-03-25 Page 4 (an invented weekly of Dillons Bay, Erromango, Vanuatu; Erromangan (Sye) text, "
    "English furniture), **Windows-1252** (`“ ” – ·`), CRLF; **indent-only paragraphs (three spaces)**, wrapped at 41 "
    "with hyphenation. A report on a donated collection of old exercise books at the invented Unpongkor Cultural "
    f"Library (kicker `Laebri`, byline `Raet: Nelly Nalial`, dateline `DILLONS BAY –`; {SCHOOL10} + {CHURCH10} = "
    f"{BOOKS10}, asserted; the librarian's words cut by the running head); the table `Buk vovo` (a header row, a note "
    "row); a call for old photographs; the object piece `Natamleh ovon wik`; the label `Nius laebri` over three briefs.",
    DAY10, "4", [f"ERROMANGO NIUS · {english(DAY10)} · Page 4", "Culture · Editor: Jonas Naupa"],
    ["Erromango Nius · news@erromango.example.vu"],
    ["ERROMANGO NIUS", english(DAY10), "Page 4", "Culture", "Editor: Jonas Naupa", "Erromango Nius · Culture",
     "Erromango Nius", "news@erromango.example.vu"], "Erromango Nius · Culture", RULE10, 5)
SYE_PAGE["articles"] = [
    report(["Laebri", "Buk olat yamplehvag en laebri", "Raet: Nelly Nalial"], "Buk olat yamplehvag en laebri",
           ["Raet: Nelly Nalial", "Nelly Nalial"], ["Buk ovon skul 1952."], ["Foto: Nelly Nalial"],
           [syl(f"DILLONS BAY – Yacamo Samson Uswo ehtovoh {BOOKS10} buk olat en Unpongkor Cultural Library: "
                f"{SCHOOL10} buk ovon skul, {CHURCH10} buk ovon nelcalehvag. Netavsognesog yocowi yarecomesog nomplehvag olat."),
            syl("En nompi ovon yamplehvag, {cap}nemnompu netavsognesog yarecomesog buk olat."),
            syl("Yacamo librarian Elsie Natuman ehyoc: “Nemnompu yocowi yarecomesog buk olat ovon nomplehvag "
                "ovon {run}Erromango.”")], kicker="Laebri"),
    table("Buk vovo", aligned([("Nalat", "Raet", "Namba"), ("Nomplehvag Unpongkor", "S. Uswo", "993.4/USW"),
                              ("Netavsognesog", "E. Natuman", "372.4/NAT"),
                              ("Nelcalehvag Ipota", "J. Lovo", "266.9/LOV")]),
          "* Buk vovo ehtamah en laebri, no ehnimpi lau"),
    boxed_notice(SYE_PAGE, RULE10, "Old photographs wanted",
           ["Photos of Erromango before 1980", "Photos are scanned and given back",
            f"Until {english(LAST10)}"], "Unpongkor Cultural Library", f"Dillons Bay, {SIGN10.day} March {SIGN10.year}"),
    piece("Natamleh ovon wik", "Slet ovon skul", [
        syl("Slet ngo ehtovoh yacamo Samson Uswo; ovon skul olat en Dillons Bay."),
        syl("Netavsognesog yocowi yarecomesog slet en laebri tetamah nompi Sarere."),
    ], "Elsie Natuman, librarian", ["Elsie Natuman"]),
    *runin_briefs("Nius laebri", [
        ("Storian netavsognesog", syl("En Sarere, librarian ehyoc storian ovon netavsognesog.")),
        ("Kad ehlohoc", syl("Yacamo kad ovon laebri ehlohoc, ehyoc en librarian.")),
        ("Volontia", syl("Laebri ehmoc volontia yamplehvag buk vovo en Sande.")),
    ], ": "),
]

PAGES = [CLOCK_PAGE, BOOKS_PAGE, TICKET_PAGE, POSTER_PAGE, RECORD_PAGE, MAP_PAGE, GALELA_PAGE, HANUNOO_PAGE,
         IRAYA_PAGE, SYE_PAGE]
