"""The text of every holdout163 page, written once: make_holdout163_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a list row as a line of its own (one gold
paragraph, no blank line between two rows); `"runin": sep` runs a notice's title into its first paragraph; `{cap}`
drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be
split at a line end (`syl()`, holdout151's rules).
Every page is a books page: a book review (kicker or deck, title, byline, its bibliographic line under the title or
at its foot, a quotation from the book cut by the running head, a cover's or author's photo caption with its credit
inside a sentence), a bestseller or library-loans list under its label (one paragraph per numbered row), a short
author interview or a literary-prize brief with its own head, and a new-books column of two or three notices, each
with a run-in title. All papers, publishers, books, people, prizes and events are invented; real places are settings
only.
"""

from datetime import date
from functools import partial

from writtenpages import syllables, weekday

SVM = ["ponedijak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedilja"]  # Molise Croatian, as printed
EL = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
VOWELS = "aeiouáéíóúäëöüāēīōū"
syl = partial(syllables, vowels=VOWELS)


def molise(day):
    return f"{SVM[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def greek(day):
    return f"{EL[day.weekday()]} {day:%d.%m.%Y}"


def english(day):
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def ranked(label, rows, glued=False):
    """A list under its label: the label is the list's title (holdout70-72/97/120's charts and lists), each printed
    row (header, numbered rows, source) one paragraph."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def column(label, items, runin, glued=False):
    """A labelled column of notices (holdout151's briefs): the label, printed once, is the first notice's section
    (none accepted) and accepted on the others; the kicker is accepted on every notice; each notice's run-in head
    is its title, cut from its paragraph."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK city evening paper: a review of an essay collection (bibliographic line under the title); the bestseller
#    list glued under the review; an author interview; the new-books column glued under the interview.
DAY1 = date(2042, 3, 14)
PARTS1, PER_PART1 = 3, 12
ESSAYS1 = PARTS1 * PER_PART1
assert ESSAYS1 == 36 and weekday(DAY1) == "星期五"
FERRY_PAGE = {
    "name": "zh_gbk_crlf_city_evening_books_page_ferry_lamp_essays_review_kicker_byline_bib_line_under_title_caption_credit_running_head_midquote_glued_bestseller_list_weeks_author_interview_glued_runin_new_books_column",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "栎城晚报 2042-03-14 第15版 读书 (a city evening paper's books page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A review of an essay collection (kicker `新书评介`, title, byline line, the bibliographic line "
    "`《渡口的灯》　宁渡川　著　…　定价58元` under the byline as its first paragraph, a cover caption and its credit "
    "inside a sentence, a quotation from the book cut by the running head before `了。”`; "
    f"{ESSAYS1} essays = {PARTS1} × {PER_PART1}, computed); then, **with no blank line under the review's last line**, "
    "the list `本周畅销书榜` (header row, five ranked rows with weeks on the list, a source row); an interview with "
    "the author (`问：`/`答：`); then, **with no blank line under the interview's last line**, the label `新书速递` "
    "over three notices, each a `《书名》` run into its text after a full-width space.",
    "date": "2042-03-14", "page": "15",
    "head": ["栎城晚报", f"2042年3月14日　{weekday(DAY1)}　　第15版　读书　　编辑：涂　蓁"],
    "foot": ["栎城晚报社　　读者热线：0735-2261947"],
    "furniture": ["栎城晚报", "2042年3月14日", weekday(DAY1), "第15版", "读书", "编辑：涂　蓁", "栎城晚报·读书",
                  "栎城晚报社", "读者热线：0735-2261947"],
    "run": ["栎城晚报·读书"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新书评介", "一盏马灯照见一条河", "本报记者　阮　濛"],
         "kicker": "新书评介", "title": "一盏马灯照见一条河", "byline": ["本报记者　阮　濛", "阮　濛", "阮濛"],
         "captions": ["《渡口的灯》书影。"], "credits": ["（栎江文艺出版社供图）"],
         "body": ["《渡口的灯》　宁渡川　著　栎江文艺出版社　2042年1月　定价58元",
                  f"散文家宁渡川的新书《渡口的灯》分{PARTS1}辑，每辑{PER_PART1}篇，共收散文{ESSAYS1}篇，写的都是"
                  "栎江边一个小渡口几十年的人和事。",
                  "书的封面是一盏挂在船头的马灯，{cap}由作者的女儿手绘。",
                  "写摆渡人老纪的一篇最动人。书里写道：“灯是给晚归的人点的，河上的人看见它，就知道离岸不远"
                  "{run}了。”",
                  "全书文字朴素，读来像听一位老街坊坐在门槛上慢慢讲古。"]},
        ranked("本周畅销书榜", ["排名　书名　作者　上榜周数", "1　《渡口的灯》　宁渡川　6", "2　《山城旧事》　柏念慈　11",
                              "3　《一个人的菜园》　焦远帆　4", "4　《数星星的孩子》　祁晓禾　9",
                              "5　《海边的旧书店》　乔慕言　2", "（数据来源：栎城书城）"], glued=True),
        {"lines": ["宁渡川：渡口是我的第一所学校", "本报记者　阮　濛"], "title": "宁渡川：渡口是我的第一所学校",
         "byline": ["本报记者　阮　濛", "阮　濛", "阮濛"],
         "body": ["问：为什么一写就写了一个渡口？",
                  "答：我在渡口边长大，父亲摆了三十年渡船。小时候放了学就坐在船头，听过河的人说话。",
                  "问：书里的人物都是真的吗？",
                  "答：人是真的，名字大多改了。老纪还在，今年八十一岁，书出来后我先送了他一本。"]},
        *column("新书速递", [
            ("《栎江鱼谱》", "江鲈生著，栎江文艺出版社，定价46元。记下栎江里常见的四十种鱼，配有作者手绘的插图。"),
            ("《老城门下》", "许砚秋著，南麓出版社，定价52元。老城区六位手艺人的口述，讲修鞋、弹棉花和刻章。"),
            ("《夜航船上的猫》", "祁晓禾著，栎江少年儿童出版社，定价32元。写给孩子的童话，一只猫跟着货船走完一条江。"),
        ], runin="\u3000", glued=True),
    ],
}

# 2. GB18030 county daily: a review with a deck, its bibliographic line at its foot; a library-loans list; a
#    literary-prize brief; the new-books column. Indent-only, not glued.
RARE = "\u44a7"  # 䒧, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 5, 20)
PRIZES2 = [(1, 20000), (2, 10000), (3, 5000)]  # (winners, yuan each) for the first, second and third prizes
PURSE2 = sum(n * yuan for n, yuan in PRIZES2)
assert PURSE2 == 55000 and weekday(DAY2) == "星期二"
FIELD_PAGE = {
    "name": "zh_gb18030_lf_county_books_page_field_ridge_novel_review_deck_rare_char_byline_caption_credit_running_head_midquote_bib_line_at_foot_indent_only_library_loans_list_literary_prize_brief_runin_new_books_column",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"沣川日报 2042-05-20 第6版 书评 (a county daily's book-review page; `{RARE}` U+44A7, CJK Extension A, in the "
    f"reviewer's name `骆　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A review of a "
    "rural novel (title, **deck** `一位乡村教师写了二十年的小说` (the subtitle), byline line, an author's-photo caption "
    "and its credit inside a sentence, a quotation from the book cut by the running head before `发芽。”`, and the "
    "bibliographic line `《田埂上的春天》　鲍秋实　著　…　定价49.80元` at its foot, its last paragraph); then, after a "
    "blank line, the list `县图书馆上月借阅榜` (five ranked rows with loans); a literary-prize brief with its own head "
    f"(prize money {PURSE2} yuan in all, computed); the label `新书上架` over two notices with run-in titles.",
    "date": "2042-05-20", "page": "6",
    "head": ["沣川日报", f"2042年5月20日　{weekday(DAY2)}　　第6版　书评"],
    "foot": ["沣川日报社　　地址：沣川县文昌路26号　　邮编：417600"],
    "furniture": ["沣川日报", "2042年5月20日", weekday(DAY2), "第6版", "书评", "沣川日报·书评", "沣川日报社",
                  "地址：沣川县文昌路26号", "邮编：417600"],
    "run": ["沣川日报·书评"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["麦子熟了，孩子们长大了", "一位乡村教师写了二十年的小说", f"骆　{RARE}"],
         "title": "麦子熟了，孩子们长大了", "subtitle": "一位乡村教师写了二十年的小说",
         "byline": [f"骆　{RARE}", f"骆{RARE}"],
         "captions": ["鲍秋实在学校的菜地边。"], "credits": [f"（骆　{RARE}　摄）"],
         "body": ["鲍秋实在沣川县北边的一所村小教了二十六年语文，长篇小说《田埂上的春天》是她写了二十年的"
                  "一部书，写一个村子里三代孩子上学的故事。",
                  "她每天晚上改完作业才动笔，{cap}一年只写三四章。",
                  "书里老校长对年轻老师说：“孩子不是麦子，你今天撒下去，明天不一定看得见，可它总有一天会"
                  "{run}发芽。”",
                  "小说不追求曲折的情节，胜在细节真实，乡下孩子的口气写得尤其像。",
                  "《田埂上的春天》　鲍秋实　著　湘楚文艺出版社　2042年3月　416页　定价49.80元"]},
        ranked("县图书馆上月借阅榜", ["1　《田埂上的春天》　鲍秋实　借阅216次", "2　《果树修剪图解》　卢青山　借阅187次",
                                  "3　《山城旧事》　柏念慈　借阅154次", "4　《孩子为什么不爱说话》　易安澜　借阅131次",
                                  "5　《沣川方言小词典》　贺叔同　借阅97次"]),
        {"lines": ["第三届沣川乡土文学奖揭晓"], "title": "第三届沣川乡土文学奖揭晓", "tight": False,
         "body": ["本报讯　第三届沣川乡土文学奖昨日在县文化馆揭晓，共收到参评作品一百一十二部。",
                  f"鲍秋实的《田埂上的春天》获一等奖，奖金{PRIZES2[0][1]}元；二等奖{PRIZES2[1][0]}部，各奖"
                  f"{PRIZES2[1][1]}元；三等奖{PRIZES2[2][0]}部，各奖{PRIZES2[2][1]}元，奖金共计{PURSE2}元。"]},
        *column("新书上架", [
            ("《沣川方言小词典》", "贺叔同编，收方言词条三千余条，每条注音并附例句。"),
            ("《果树修剪图解》", "卢青山著，县农技站的老站长把四十年的修剪经验画成了二百幅图。"),
        ], runin="\u3000"),
    ],
}

# 3. Big5 Taiwan paper (Hualien): a review of a fishing-village novel (bibliographic line under the title); the
#    bestseller list glued under it; an author interview; the new-books column glued under the interview.
DAY3 = date(2042, 9, 19)
assert DAY3.year - 1911 == 131 and weekday(DAY3) == "星期五"
TIDE_PAGE = {
    "name": "zht_big5_cr_taiwan_books_page_tide_village_novel_review_kicker_signed_byline_bib_line_under_title_caption_credit_running_head_midquote_glued_bestseller_list_weeks_author_interview_glued_runin_new_books_column",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "瀾溪日報 2042-09-19 (`中華民國131年9月19日`) B6 書香 (a Hualien paper's books page, Taiwan), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. A review of a novel set in an Amis fishing village (kicker `書評`, title "
    "with a full-width gap, byline line `文／簡若澄`, the bibliographic line `《退潮的信》　…　定價380元` under the "
    "byline, its first paragraph, a cover caption and its credit inside a sentence, a 「」 quotation from the book cut "
    "by the running head before `回家。」`); then, **with no blank line**, the list `本週暢銷書排行` (header row, five "
    "rows with weeks on the list); an interview with the author (`問：`/`答：`); then, **with no blank line**, the "
    "label `新書快遞` over three notices with run-in `《書名》` titles.",
    "date": "2042-09-19", "page": "B6",
    "head": [f"瀾溪日報　中華民國131年9月19日　{weekday(DAY3)}", "B6　書香　　編輯：林芷萱"],
    "foot": ["瀾溪日報社　讀者服務專線：(03)8326-519"],
    "furniture": ["瀾溪日報", "中華民國131年9月19日", weekday(DAY3), "B6", "書香", "編輯：林芷萱", "瀾溪日報．書香",
                  "瀾溪日報社", "讀者服務專線：(03)8326-519"],
    "run": ["瀾溪日報．書香"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["書評", "潮水退了　信還在", "文／簡若澄"],
         "kicker": "書評", "title": "潮水退了　信還在", "byline": ["文／簡若澄", "簡若澄"],
         "captions": ["《退潮的信》封面。"], "credits": ["（海風出版提供）"],
         "body": ["《退潮的信》　高美蘭　著　海風出版　2042年8月　定價380元",
                  "花蓮作家高美蘭的新小說《退潮的信》，寫一個海邊部落的女孩，每年寫一封信給出海沒有回來的"
                  "父親。",
                  "書的封面是一片退潮後的礁岩，{cap}由部落的年輕畫家繪製。",
                  "女孩在最後一封信裡寫：「阿爸，潮水每天都會回來，所以我相信你有一天也會"
                  "{run}回家。」",
                  "小說用了不少阿美族語的句子，書末附有對照表，讀起來並不吃力。"]},
        ranked("本週暢銷書排行", ["名次　書名　作者　在榜週數", "1　《退潮的信》　高美蘭　5", "2　《縱谷的雲》　邱正揚　8",
                                "3　《一碗米苔目》　葉素琴　3", "4　《阿公的鐵馬》　溫子瑜　12", "5　《海上的學校》　潘美恩　1"],
               glued=True),
        {"lines": ["高美蘭：我把聽來的故事寫下來", "文／簡若澄"], "title": "高美蘭：我把聽來的故事寫下來",
         "byline": ["文／簡若澄", "簡若澄"],
         "body": ["問：小說裡的女孩有真實的原型嗎？",
                  "答：有一位阿姨跟我說過她小時候寫信給父親的事，我聽了很久都忘不掉。",
                  "問：下一本書寫什麼？",
                  "答：想寫部落裡的老船長，他們造船的手藝快沒有人會了。"]},
        *column("新書快遞", [
            ("《縱谷的雲》", "邱正揚著，定價350元。攝影師在花東縱谷拍了十年的雲，配上短短的散文。"),
            ("《一碗米苔目》", "葉素琴著，定價320元。市場裡二十家小吃攤的故事，附上攤位地圖。"),
            ("《海上的學校》", "潘美恩著，定價280元。給孩子的繪本，講一艘船上的小學。"),
        ], runin="\u3000", glued=True),
    ],
}

# 4. Big5-HKSCS Hong Kong district weekly in Cantonese: a review of a book on old tenement rooftops (bibliographic
#    line at its foot); a library-loans list; an author interview; the new-books column. Indent-only, not glued.
DAY4 = date(2042, 11, 7)
assert weekday(DAY4) == "星期五"
ROOF_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_books_page_tenement_rooftops_review_kicker_byline_caption_credit_running_head_midquote_bib_line_at_foot_indent_only_library_loans_list_author_interview_runin_new_books_column",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "葵岸週報 2042-11-07 第8頁 閱讀 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 嚟`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese review of a book on old tenement "
    "rooftops (kicker `新書`, title with a full-width gap, byline line `記者　岑穎霖`, an author's-photo caption and its "
    "credit inside a sentence, a 「」 quotation from the book cut by the running head before `屋企。」`, the "
    "bibliographic line `《樓頂嘅天空》　…　定價港幣128元` at its foot, its last paragraph); then, after a blank line, "
    "the list `區內圖書館上月借閱榜` (five ranked rows); an interview with the author (`問：`/`答：`); the label "
    "`新書介紹` over two notices with run-in titles.",
    "date": "2042-11-07", "page": "8",
    "head": [f"葵岸週報　2042年11月7日　{weekday(DAY4)}　第8頁", "閱讀　　編輯：黎家慧"],
    "foot": ["葵岸週報社　　熱線：2419 6538"],
    "furniture": ["葵岸週報", "2042年11月7日", weekday(DAY4), "第8頁", "閱讀", "編輯：黎家慧", "葵岸週報．閱讀",
                  "葵岸週報社", "熱線：2419 6538"],
    "run": ["葵岸週報．閱讀"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新書", "舊樓天台　一本相簿", "記者　岑穎霖"],
         "kicker": "新書", "title": "舊樓天台　一本相簿", "byline": ["記者　岑穎霖", "岑穎霖"],
         "captions": ["作者喺深水埗一幢唐樓天台。"], "credits": ["（岑穎霖攝）"],
         "body": ["退休攝影記者屈志明花咗八年，影咗四十幢唐樓嘅天台，出咗本書叫《樓頂嘅天空》。",
                  "佢話好多天台已經拆咗，{cap}相入面啲晾衫竹同鴿籠而家都睇唔到。",
                  "書入面有位婆婆講：「以前夏天冇冷氣，成座樓嘅人晚黑都上天台乘涼，天台就係大家嘅"
                  "{run}屋企。」",
                  "全書一百六十幅相，每幅都有住客嘅說話，睇完好似行咗一轉舊區。",
                  "《樓頂嘅天空》　屈志明　著　葵岸出版社　2042年10月　定價港幣128元"]},
        ranked("區內圖書館上月借閱榜", ["1　《樓頂嘅天空》　屈志明", "2　《茶餐廳地圖》　梁倩儀", "3　《細路仔學粵語》　馮梓謙",
                                    "4　《山邊嘅學校》　方淑貞", "5　《巴士站嘅故事》　黃志恒"]),
        {"lines": ["屈志明：我想留低啲嘢", "記者　岑穎霖"], "title": "屈志明：我想留低啲嘢",
         "byline": ["記者　岑穎霖", "岑穎霖"],
         "body": ["問：點解影天台，唔影街道？",
                  "答：街道人人都影，天台冇人理，但係天台先至係街坊真正生活嘅地方。",
                  "問：仲會唔會出第二本？",
                  "答：想影埋啲舊樓梯，不過要問業主肯唔肯俾我入去先。"]},
        *column("新書介紹", [
            ("《茶餐廳地圖》", "梁倩儀著，定價港幣98元。行勻十八區，揀出六十間茶餐廳，仲教你點落單。"),
            ("《細路仔學粵語》", "馮梓謙著，定價港幣75元。俾細路睇嘅童謠書，每首都有粵拼。"),
        ], runin="\u3000"),
    ],
}

# 5. Malaysian UTF-8 daily (Ipoh, simplified): a review of a short-story collection on tin-mining towns (bibliographic
#    line under the title); the bestseller list glued under it; a literary-prize brief; the new-books column glued
#    under the brief.
DAY5 = date(2042, 7, 11)
PRIZE5, MERIT5, MERITS5 = 5000, 1000, 4
PURSE5 = PRIZE5 + MERIT5 * MERITS5
assert PURSE5 == 9000 and weekday(DAY5) == "星期五"
TIN_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_ipoh_books_page_tin_mine_stories_review_kicker_byline_bib_line_under_title_caption_credit_running_head_midquote_glued_bestseller_list_weeks_literary_prize_brief_glued_runin_new_books_column",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "霹山晨报 2042-07-11 第12版 书香 (an invented Ipoh Chinese daily, Malaysia; simplified), UTF-8 without BOM, LF; "
    "blank-line paragraphs, wrapped at 21. A review of a short-story collection set in the tin-mining towns (kicker "
    "`好书推介`, title, byline line `本报记者　邝晓岚`, the bibliographic line `《铁船停了以后》　…　定价RM35` under the "
    "byline, its first paragraph, an author's-photo caption and its credit inside a sentence, a “” quotation from the "
    "book cut by the running head before `声音。”`); then, **with no blank line**, the list `本周畅销书` (five rows with "
    f"weeks on the list); a literary-prize brief (RM{PURSE5} in all, computed); then, **with no blank line**, the "
    "label `新书架` over two notices with run-in titles.",
    "date": "2042-07-11", "page": "12",
    "head": [f"霹山晨报　2042年7月11日　{weekday(DAY5)}", "第12版　书香　　编辑：黄慧珊"],
    "foot": ["霹山晨报社　读者热线：05-2547 318"],
    "furniture": ["霹山晨报", "霹山晨报社", "2042年7月11日", weekday(DAY5), "第12版", "书香", "编辑：黄慧珊",
                  "霹山晨报·书香", "读者热线：05-2547 318"],
    "run": ["霹山晨报·书香"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["好书推介", "矿湖边的小镇人生", "本报记者　邝晓岚"],
         "kicker": "好书推介", "title": "矿湖边的小镇人生", "byline": ["本报记者　邝晓岚", "邝晓岚"],
         "captions": ["作者林德耀在旧锡矿湖边。"], "credits": ["（受访者提供）"],
         "body": ["《铁船停了以后》　林德耀　著　坝城文艺社　2042年5月　定价RM35",
                  "怡保作家林德耀的短篇小说集《铁船停了以后》收入十四篇小说，写的是锡矿停工以后，近打河谷几个小镇"
                  "上的人怎样过日子。",
                  "林德耀在矿区长大，{cap}父亲当了三十年的铁船工人。",
                  "《铁船》一篇里，老工人对孙子说：“铁船停了，湖还在，夜里躺在床上，我还听得见那机器的"
                  "{run}声音。”",
                  "小说里夹着不少广东话和马来语，读来很有本地味道。"]},
        ranked("本周畅销书", ["1　《铁船停了以后》　林德耀　（3周）", "2　《南洋咖啡店》　陈秀玲　（7周）", "3　《胶园的早晨》　叶国强　（2周）",
                             "4　《阿嬷的厨房》　郑美华　（10周）", "5　《山城老街行》　李俊豪　（1周）"], glued=True),
        {"lines": ["锡都文学奖征稿"], "title": "锡都文学奖征稿", "tight": False,
         "body": [f"第五届锡都文学奖即日起征稿，设首奖一名，奖金RM{PRIZE5}；佳作奖{MERITS5}名，各得RM{MERIT5}，"
                  f"奖金共RM{PURSE5}。",
                  "参赛作品须为未发表的短篇小说，字数在八千字以内，截止日期为9月30日。"]},
        *column("新书架", [
            ("《南洋咖啡店》", "陈秀玲著，定价RM32。走访半岛二十家老咖啡店，记下店主三代人的故事。"),
            ("《胶园的早晨》", "叶国强著，定价RM28。胶工之子写胶园童年，文字清淡。"),
        ], runin="\u3000", glued=True),
    ],
}

# 6. UTF-16 LE city daily: a review of a children's picture book with a deck (bibliographic line at its foot); the
#    bestseller list glued under it; an author interview; the new-books column glued under it. Indent-only.
DAY6 = date(2042, 1, 21)
PAGES6, PICTURES6 = 48, 22
assert PICTURES6 * 2 + 4 == PAGES6 and weekday(DAY6) == "星期二"  # 22 spreads, a title page, an end page
LANTERN_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_books_page_lantern_picture_book_review_kicker_deck_byline_caption_credit_running_head_midquote_bib_line_at_foot_indent_only_glued_bestseller_list_author_interview_glued_runin_new_books_column",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000",
    "blank": False,
    "note": "汶岚日报 2042-01-21 第11版 书评 (a city daily's book-review page), UTF-16 LE with BOM, CRLF; indent-only "
    "paragraphs, wrapped at 22. A review of a children's picture book before the Spring Festival (kicker `童书`, "
    "title, **deck** `一本画了三年的绘本` (the subtitle), byline line `本报记者　葛　苒`, a caption of a page of the "
    "book and its credit inside a sentence, a quotation from the book cut by the running head before `回来了。”`, the "
    f"bibliographic line at its foot, its last paragraph; {PAGES6} pages = {PICTURES6} spreads × 2 + 4, computed); "
    "then, **with no blank line**, the list `本周童书畅销榜` (header row, five rows); an interview with the illustrator "
    "(`问：`/`答：`); then, **with no blank line**, the label `新书推荐` over three notices with run-in titles.",
    "date": "2042-01-21", "page": "11",
    "head": [f"汶岚日报　2042年1月21日　{weekday(DAY6)}　第11版", "书评　　编辑：尚　芮"],
    "foot": ["汶岚日报社　　新闻热线：0831-5507226"],
    "furniture": ["汶岚日报", "2042年1月21日", weekday(DAY6), "第11版", "书评", "编辑：尚　芮", "汶岚日报·书评",
                  "汶岚日报社", "新闻热线：0831-5507226"],
    "run": ["汶岚日报·书评"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["童书", "一盏兔子灯等着奶奶", "一本画了三年的绘本", "本报记者　葛　苒"],
         "kicker": "童书", "title": "一盏兔子灯等着奶奶", "subtitle": "一本画了三年的绘本",
         "byline": ["本报记者　葛　苒", "葛　苒", "葛苒"],
         "captions": ["绘本中小满提灯过桥的一页。"], "credits": ["（汶岚少年儿童出版社供图）"],
         "body": [f"本市插画师言小岫的绘本《兔子灯》近日出版，全书{PAGES6}页，{PICTURES6}个跨页，讲一个叫小满的"
                  "女孩在元宵节前等奶奶从外地回来。",
                  "画面用了大量的红和暖黄，{cap}连灯笼纸上的纹路都画得清清楚楚。",
                  "小满把兔子灯挂在门口，对妈妈说：“灯亮着，奶奶走到巷子口就知道，我们等她"
                  "{run}回来了。”",
                  "故事很短，却把盼团圆的心情写足了，适合三到六岁的孩子和大人一起读。",
                  "《兔子灯》　言小岫　文／图　汶岚少年儿童出版社　2041年12月　定价45元"]},
        ranked("本周童书畅销榜", ["排名　书名　作者", "1　《兔子灯》　言小岫", "2　《会走路的山》　蒲远之", "3　《外婆的纽扣》　柯曼青",
                                "4　《小熊去赶集》　甘若水", "5　《冬天的邮递员》　闵向晨"], glued=True),
        {"lines": ["言小岫：我画的是自己的童年", "本报记者　葛　苒"], "title": "言小岫：我画的是自己的童年",
         "byline": ["本报记者　葛　苒", "葛　苒", "葛苒"],
         "body": ["问：为什么画了三年？",
                  "答：前后改了五稿。第一稿小满是个男孩，我女儿看了说不像她，我就改了。",
                  "问：兔子灯是真的吗？",
                  "答：是我外公扎的，现在还挂在老家堂屋里。"]},
        *column("新书推荐", [
            ("《会走路的山》", "蒲远之著，定价39元。一座想去看海的山，一路上遇见了河、村庄和火车。"),
            ("《外婆的纽扣》", "柯曼青著，定价42元。一盒纽扣，每一颗都有一个故事。"),
            ("《冬天的邮递员》", "闵向晨著，定价36元。大雪天里，邮递员把信送到山顶的护林站。"),
        ], runin="\u3000", glued=True),
    ],
}

# 7. Molise Croatian (Kruč / Acquaviva Collecroce, Molise, Italy), Windows-1250: a review of a book on the village's
#    old houses (bibliographic block of two lines under the title); the sales list glued under it; an author
#    interview; the new-books column glued under it.
DAY7 = date(2042, 4, 11)
STORIES7, PHOTOS7 = 12, 70
assert molise(DAY7) == "Petak 11.04.2042"
HOUSES_PAGE = {
    "name": "svm_cp1250_cr_molise_croatian_books_page_old_village_houses_review_kicker_byline_two_line_bib_block_under_title_dateline_caption_credit_running_head_midquote_glued_sales_list_author_interview_glued_runin_new_books_column",
    "encoding": "cp1250", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Novine Kruča 2042-04-11 Pagina 8 (an invented weekly of Acquaviva Collecroce / Kruč, Molise, Italy; Molise "
    "Croatian (na-našu) text and weekday, Italian furniture), Windows-1250 (`č š ž ć “ ” – · €`), CR; blank-line paragraphs, "
    "wrapped at 38 with hyphenation. A review of a book on the village's old houses (kicker `Nova knjiga`, title over "
    "two lines, byline line `Piše: Antonella Blascetta`, the **bibliographic block printed over two lines** under the "
    "byline (one paragraph, its lines joined with a space), the dateline `KRUČ –`, a caption and its credit inside a "
    "sentence, a “” quotation from the book cut by the running head before `starih.”`); then, **with no blank line**, "
    "the list `Najprodane knjige` (five numbered rows); an interview with the author (`Pitanje:`/`Odgovor:`); then, "
    "**with no blank line**, the label `Nove knjige` over two notices, each title run in before `: `.",
    "date": "2042-04-11", "page": "8",
    "head": [f"NOVINE KRUČA · {molise(DAY7)} · Pagina 8", "Libri · Redattore: Nicola Giorgetta"],
    "foot": ["Novine Kruča · novine@acquaviva.example.it"],
    "furniture": ["NOVINE KRUČA", molise(DAY7), "Pagina 8", "Libri", "Redattore: Nicola Giorgetta",
                  "Novine Kruča · Libri", "Novine Kruča", "novine@acquaviva.example.it"],
    "run": ["Novine Kruča · Libri"], "labels": [], "markup": [" · "] * 5 + [":"] * 2,
    "articles": [
        {"lines": ["Nova knjiga", "Stare hiže našega sela", "u jenu knjigu", "Piše: Antonella Blascetta"],
         "kicker": "Nova knjiga", "title": "Stare hiže našega sela u jenu knjigu",
         "byline": ["Piše: Antonella Blascetta", "Antonella Blascetta"],
         "captions": ["Marija Lalli pred staru hižu."], "credits": ["Foto: Pino Sciarretta"],
         "body": [("row", "Stare hiže. Marija Lalli. Edizioni Kruč,\n2042. 184 str. 16 €"),
                  syl(f"KRUČ – Marija Lalli, učitejica iz Kruča, je napisala knjigu od starih hiža našega sela. "
                      f"U knjigi su {STORIES7} pripovidi i {PHOTOS7} fotografiji, stranica po stranica."),
                  syl("Na koricu je stara hiža na placi, {cap}ka je bila hiža njezine babe."),
                  syl("Marija piše: “Stara hiža ne zabi nikoga, ona drži glase i besede naših {run}starih.”"),
                  syl("Knjiga je pisana na-našu i talijanski, aša ju moru štiti i mladi ki ne govoru više "
                      "materinski jezik.")]},
        ranked("Najprodane knjige", ["1. Stare hiže – Marija Lalli", "2. Pisme od Mundimitra – Rocco Tanasso",
                                     "3. Dica i vuk – Lucia Mileta", "4. Kruč u rat – Giovanni Fratangelo",
                                     "5. Kuhinja naših bab – Angela Damiani"], glued=True),
        {"lines": ["Marija Lalli: Pišem kako govorimo", "Piše: Antonella Blascetta"],
         "title": "Marija Lalli: Pišem kako govorimo", "byline": ["Piše: Antonella Blascetta", "Antonella Blascetta"],
         "body": [syl("Pitanje: Zač si pisala na-našu?"),
                  syl("Odgovor: Naš jezik živi samo ako ga govorimo i pišemo. Ja sam ga navadila od babe."),
                  syl("Pitanje: Ča ćeš pisati sada?"),
                  syl("Odgovor: Hoću pisati od starih pisam ke su kantali na svadbe.")]},
        *column("Nove knjige", [
            ("Pisme od Mundimitra", syl("Zbirka od trideset pisam ke su kantali stari na svadbe. "
                                        "Edizioni Kruč, 12 €.")),
            ("Dica i vuk", syl("Pripovid za dicu od jenoga vuka ki je tija navaditi na-našu. Edizioni Kruč, 9 €.")),
        ], runin=": ", glued=True),
    ],
}

# 8. Arvanitika (Spata, Attica, Greece), UTF-8 with BOM: a review of a book of old people's tales with a deck
#    (bibliographic block of two lines at its foot); a library-loans list; a poetry-prize brief; the new-books
#    column. Indent-only (three spaces), not glued.
DAY8 = date(2042, 4, 18)
VILLAGES8, PER_VILLAGE8 = 3, 10
TALES8 = VILLAGES8 * PER_VILLAGE8
FIRST8, SECOND8, SECONDS8 = 1500, 500, 2
PURSE8 = FIRST8 + SECOND8 * SECONDS8
assert TALES8 == 30 and PURSE8 == 2500 and greek(DAY8) == "Παρασκευή 18.04.2042"
TALES_PAGE = {
    "name": "aat_utf8_bom_lf_arvanitika_books_page_old_peoples_tales_review_deck_byline_dateline_caption_credit_running_head_midquote_two_line_bib_block_at_foot_indent_only_three_spaces_library_loans_list_poetry_prize_brief_runin_new_books_column",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "   ",
    "blank": False,
    "note": "Fjala e Spatës 2042-04-18 Σελίδα 6 (an invented weekly of Spata, Attica, Greece; Arvanitika text in Latin "
    "letters, Greek furniture), UTF-8 with BOM (`ë ç “ ” – ·` and Greek), LF; **indent-only paragraphs (three "
    "spaces)**, wrapped at 37 with hyphenation. A review of a book of tales collected from old people (title over "
    "two lines, **deck** `Eleni Kapsali mblodhi përrallat e pleqve` (the subtitle), byline line `Shkruan: Vasilis "
    f"Dimas`, the dateline `SPATA –`, a caption and its credit inside a sentence, a “” quotation from the book cut by "
    f"the running head before `shtëpisë.”`; {TALES8} tales = {VILLAGES8} villages × {PER_VILLAGE8}, computed; the "
    "**bibliographic block of two lines at its foot**, its last paragraph); then, after a blank line, the list "
    f"`Librat më të kërkuar` (five rows with loans); a poetry-prize brief ({PURSE8} € in all, computed); the label "
    "`Libra të rinj` over two notices with run-in titles before `: `.",
    "date": "2042-04-18", "page": "6",
    "head": [f"FJALA E SPATËS · {greek(DAY8)} · Σελίδα 6", "Βιβλία · Επιμέλεια: Γιώργος Καλαμάρας"],
    "foot": ["Fjala e Spatës · fjala@spata.example.gr"],
    "furniture": ["FJALA E SPATËS", greek(DAY8), "Σελίδα 6", "Βιβλία", "Επιμέλεια: Γιώργος Καλαμάρας",
                  "Fjala e Spatës · Βιβλία", "Fjala e Spatës", "fjala@spata.example.gr"],
    "run": ["Fjala e Spatës · Βιβλία"], "labels": [], "markup": [" · "] * 5 + [":"] * 2,
    "articles": [
        {"lines": ["Përrallat e pleqve", "tanë në një libër", "Eleni Kapsali mblodhi përrallat e pleqve",
                   "Shkruan: Vasilis Dimas"],
         "title": "Përrallat e pleqve tanë në një libër", "subtitle": "Eleni Kapsali mblodhi përrallat e pleqve",
         "byline": ["Shkruan: Vasilis Dimas", "Vasilis Dimas"],
         "captions": ["Eleni Kapsali me një plakë të Spatës."], "credits": ["Foto: Nikos Lekkas"],
         "body": [syl(f"SPATA – Mësonjësja Eleni Kapsali mblodhi {TALES8} përralla nga pleqtë e Spatës, të "
                      f"Markopulit dhe të Keratesë, {PER_VILLAGE8} nga çdo katund, dhe i shkroi arbërisht me "
                      "shkronja latinishte."),
                  syl("Eleni vajti shtëpi më shtëpi {cap}me një magnetofon të vjetër."),
                  syl("Te përralla e parë, plaka i thotë nipit: “Kush nuk di gluhën e gjyshit, nuk di as udhën e "
                      "{run}shtëpisë.”"),
                  syl("Libri ka edhe një fjalor të vogël, që ta kuptojnë edhe djemtë që nuk e flasin më "
                      "arbërishten."),
                  ("row", "Përrallat e Spatës. Eleni Kapsali.\nArdhmëria, Spata 2042. 212 f. 14 €")]},
        ranked("Librat më të kërkuar", ["1. Përrallat e Spatës – Eleni Kapsali – 41", "2. Vjersha të dasmës – Jorgos Ballas – 33",
                                        "3. Katundi ynë – Maria Zguri – 27", "4. Gjella e gjyshes – Dhimitra Kola – 19",
                                        "5. Ujku dhe dhëndri – Petros Gjika – 12"]),
        {"lines": ["Çmimi i vjershës arbërishte"], "title": "Çmimi i vjershës arbërishte",
         "body": [syl(f"Shoqëria Arvanitase e Spatës jep këtë vit çmimin e parë për vjershë arbërishte, {FIRST8} €, "
                      f"dhe {SECONDS8} çmime të dyta nga {SECOND8} €, gjithsej {PURSE8} €."),
                  syl("Vjershat dërgohen gjer më tridhjetë të qershorit në zyrën e shoqërisë.")]},
        *column("Libra të rinj", [
            ("Vjersha të dasmës", syl("Jorgos Ballas mblodhi pesëdhjetë vjersha që këndohen ndë dasmat e "
                                      "katundeve. Ardhmëria, 10 €.")),
            ("Gjella e gjyshes", syl("Dhimitra Kola shkroi gjellat e vjetra të Mesogjisë, me fotografira. "
                                     "Ardhmëria, 18 €.")),
        ], runin=": "),
    ],
}

# 9. Tikopia (the Tikopia community of Honiara, Solomon Islands), Windows-1252: a review of a book of island tales
#    (bibliographic block of two lines under the title); the bestseller list glued under it, with weeks; an author
#    interview; the new-books column glued under it.
DAY9 = date(2042, 8, 22)
TALES9 = 2 * 13
assert TALES9 == 26 and english(DAY9) == "Friday 22 August 2042"
ISLAND_PAGE = {
    "name": "tkp_cp1252_crlf_tikopia_books_page_island_tales_review_kicker_byline_two_line_bib_block_under_title_dateline_caption_credit_running_head_midquote_glued_bestseller_list_weeks_author_interview_glued_runin_new_books_column",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Te Rongo Fou 2042-08-22 Page 9 (an invented weekly of Honiara, Solomon Islands; Tikopia text, English "
    "furniture), Windows-1252 (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. A review of a "
    f"book of {TALES9} island tales (kicker `Tusi Fou`, title over two lines, byline line `Na Pa Teraumako`, the "
    "**bibliographic block printed over two lines** under the byline (one paragraph), the dateline `HONIARA –`, a "
    "caption and its credit inside a sentence, a “” quotation from the book cut by the running head before "
    "`fare.”`); then, **with no blank line**, the list `Nga tusi e fakatau lasi` (five rows with weeks on the list, "
    "`vaiaso`); an interview with the author (`Fesili:`/`Tali:`); then, **with no blank line**, the label `Nga tusi "
    "fou` over three notices with run-in titles before `: `.",
    "date": "2042-08-22", "page": "9",
    "head": [f"TE RONGO FOU · {english(DAY9)} · Page 9", "Books · Editor: Peter Faiaka"],
    "foot": ["Te Rongo Fou · news@honiara.example.sb"],
    "furniture": ["TE RONGO FOU", english(DAY9), "Page 9", "Books", "Editor: Peter Faiaka", "Te Rongo Fou · Books",
                  "Te Rongo Fou", "news@honiara.example.sb"],
    "run": ["Te Rongo Fou · Books"], "labels": [], "markup": [" · "] * 5 + [":"] * 3,
    "articles": [
        {"lines": ["Tusi Fou", "Nga taranga o Tikopia", "ku tusia ki te tusi", "Na Pa Teraumako"],
         "kicker": "Tusi Fou", "title": "Nga taranga o Tikopia ku tusia ki te tusi",
         "byline": ["Na Pa Teraumako", "Pa Teraumako"],
         "captions": ["Rosa Tauraki ma tana tusi fou."], "credits": ["Photo: Pua Press"],
         "body": [("row", "Nga Taranga o te Fenua. Rosa Tauraki.\nPua Press, 2042. 148 pp. SBD 120"),
                  syl("HONIARA – Ko Rosa Tauraki na tusi te tusi fou, Nga Taranga o te Fenua: e rua ngafulu ma ono "
                      "na taranga, na fakamatalaanga o na matua o Tikopia."),
                  syl("Te tusi e fakaata ki na fakatino, {cap}na tusia e tona tamafine."),
                  syl("I te taranga muamua, te matua e fai ki tona makopuna: “Ko te fenua e se ngaro, kafai e "
                      "taranga ai tatou i te po i te {run}fare.”"),
                  syl("Te tusi e tusia i te reo Tikopia ma te reo Pritania, ko na tamariki e fakamatamata "
                      "ki ei.")]},
        ranked("Nga tusi e fakatau lasi", ["1. Nga Taranga o te Fenua – Rosa Tauraki – 4 vaiaso",
                                           "2. Te Vaka Lasi – John Fakarava – 9 vaiaso",
                                           "3. Nga Manu o te Roto – Ellen Tekaumata – 2 vaiaso",
                                           "4. Te Ariki ma te Tai – Simon Pukeroa – 11 vaiaso",
                                           "5. Te Moana o Anuta – Grace Ratofia – 1 vaiaso"], glued=True),
        {"lines": ["Rosa Tauraki: Ko au e fakarongo ki na matua", "Na Pa Teraumako"],
         "title": "Rosa Tauraki: Ko au e fakarongo ki na matua", "byline": ["Na Pa Teraumako", "Pa Teraumako"],
         "body": [syl("Fesili: Ne aa ne tusi ai koe na taranga?"),
                  syl("Tali: Na matua ku tokaisi, kae ko na tamariki i Honiara e se fakarongorongo ki na taranga."),
                  syl("Fesili: Se tusi fou tera?"),
                  syl("Tali: Ko au e tusi na fakamatalaanga o na vaka mo na tautai.")]},
        *column("Nga tusi fou", [
            ("Te Vaka Lasi", syl("Te taranga o te vaka ne fano ki Anuta i te marangai. Pua Press, SBD 85.")),
            ("Nga Manu o te Roto", syl("Te tusi mo na tamariki, ko na manu o te roto o Tikopia. Pua Press, SBD 60.")),
            ("Te Ariki ma te Tai", syl("Na fakamatalaanga e fitu o na ariki ma te moana. Pua Press, SBD 95.")),
        ], runin=": ", glued=True),
    ],
}

# 10. Rennellese (Tigoa, Rennell Island, Solomon Islands), UTF-16 BE: a review of a book of ancestors' stories with a
#     deck (bibliographic block of two lines at its foot); a library-loans list; a literary-prize brief; the
#     new-books column. Indent-only (four spaces), not glued.
DAY10 = date(2042, 10, 24)
PARTS10, PER_PART10 = 2, 17
STORIES10 = PARTS10 * PER_PART10
FIRST10, SECOND10, SECONDS10 = 3000, 1000, 2
PURSE10 = FIRST10 + SECOND10 * SECONDS10
assert STORIES10 == 34 and PURSE10 == 5000 and english(DAY10) == "Friday 24 October 2042"
ANCESTORS_PAGE = {
    "name": "mnv_utf16be_bom_lf_rennellese_books_page_ancestors_stories_review_deck_byline_dateline_caption_credit_running_head_midquote_two_line_bib_block_at_foot_indent_only_four_spaces_library_loans_list_literary_prize_brief_runin_new_books_column",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 39, "indent": "    ",
    "blank": False,
    "note": "Te Longo o Mugaba 2042-10-24 Page 5 (an invented weekly of Tigoa, Rennell Island, Solomon Islands; "
    "Rennellese text, English furniture), UTF-16 BE with BOM (`ā ē ī ō ū “ ” – ·`), LF; **indent-only paragraphs "
    "(four spaces)**, wrapped at 39 with hyphenation. A review of a book of the ancestors' stories (title over two "
    f"lines, **deck** `Jenny Taupongi e tusi na hakamatala` (the subtitle), byline line `Na Daniel Tepuke`, the dateline "
    f"`TIGOA –`, a caption and its credit inside a sentence, a “” quotation from the book cut by the running head "
    f"before `tūpuna.”`; {STORIES10} stories = {PARTS10} parts × {PER_PART10}, computed; the **bibliographic block of "
    "two lines at its foot**, its last paragraph); then, after a blank line, the list `Na tusi e ta'o lasi` (five rows "
    f"with loans); a literary-prize brief (SBD {PURSE10} in all, computed); the label `Na tusi hoou` over two notices "
    "with run-in titles before `: `.",
    "date": "2042-10-24", "page": "5",
    "head": [f"TE LONGO O MUGABA · {english(DAY10)} · Page 5", "Books and Reading · Editor: Silas Tegheta"],
    "foot": ["Te Longo o Mugaba · longo@tigoa.example.sb"],
    "furniture": ["TE LONGO O MUGABA", english(DAY10), "Page 5", "Books and Reading", "Editor: Silas Tegheta",
                  "Te Longo o Mugaba · Books and Reading", "Te Longo o Mugaba", "longo@tigoa.example.sb"],
    "run": ["Te Longo o Mugaba · Books and Reading"], "labels": [], "markup": [" · "] * 5 + [":"] * 2,
    "articles": [
        {"lines": ["Na hakamatala o na tūpuna", "i te tusi hoou", "Jenny Taupongi e tusi na hakamatala",
                   "Na Daniel Tepuke"],
         "title": "Na hakamatala o na tūpuna i te tusi hoou", "subtitle": "Jenny Taupongi e tusi na hakamatala",
         "byline": ["Na Daniel Tepuke", "Daniel Tepuke"],
         "captions": ["Jenny Taupongi i te hale tusi o Tigoa."], "credits": ["Photo: Mugaba Media"],
         "body": [syl(f"TIGOA – Ko Jenny Taupongi e tusi te tusi hoou o na hakamatala o na tūpuna o Mugaba: "
                      f"e {STORIES10} na hakamatala, i na vāhenga e {PARTS10}, e {PER_PART10} i te vāhenga."),
                  syl("Na hakamatala e hakalongo i na hāini mātu'a, {cap}ma na tangata mātu'a o Tigoa."),
                  syl("I te hakamatala tapuhaki, te tupuna e hai: “Te ngangi e longo kia tatou, kae ko te henua e "
                      "longo ki na {run}tūpuna.”"),
                  syl("Te tusi e tusia i te leo Mugaba ma te leo Pilitania, ma na hakatino hakamānongi."),
                  ("row", "Na Hakamatala o Mugaba. Jenny Taupongi.\nTigoa Books, 2042. 96 pp. SBD 75")]},
        ranked("Na tusi e ta'o lasi", ["1. Na Hakamatala o Mugaba – Jenny Taupongi – 38",
                                       "2. Te Ana o Te Nggano – Moses Puia – 29", "3. Na Manu o Mugaba – Ruth Sau'eha – 21",
                                       "4. Te Vaka o Tegano – Peter Tuhanuku – 16", "5. Na Ika o te Tai – Mary Tongaka – 9"]),
        {"lines": ["Te palaisi o na tusi o Mugaba"], "title": "Te palaisi o na tusi o Mugaba",
         "body": [syl(f"Te palaisi hakamuaaki e SBD {FIRST10}, kae na palaisi e {SECONDS10} e SBD {SECOND10} na "
                      f"palaisi tahi, te kātoa e SBD {PURSE10}."),
                  syl("Na tusi e hakau ki te hale tusi o Tigoa i mua o te māhina hakamuliaki.")]},
        *column("Na tusi hoou", [
            ("Te Ana o Te Nggano", syl("Te hakamatala o te ana i te lotoma'ungi o Tegano. Tigoa Books, SBD 60.")),
            ("Na Manu o Mugaba", syl("Te tusi mo na tamaliki, ko na manu o te henua ma na hakatino. Tigoa Books, "
                                     "SBD 45.")),
        ], runin=": "),
    ],
}

PAGES = [FERRY_PAGE, FIELD_PAGE, TIDE_PAGE, ROOF_PAGE, TIN_PAGE, LANTERN_PAGE, HOUSES_PAGE, TALES_PAGE, ISLAND_PAGE,
         ANCESTORS_PAGE]
