"""The text of every holdout173 page, written once: make_holdout173_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-170 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("stanza", lines)` a poem's next stanza with a blank line before it; `("end", line)`
a printed line that is no paragraph (here a poem's author under it); `("more", line)` a printed line with no blank
line before it (a box's foot rule); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running
head; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout170 used them).
Every page is an arts and listings page: a review (kicker, title, byline, the artist's words cut by the running
head, a caption with its credit inside a sentence, on some a critic's verdict line at its foot), a what's-on column
under a label (entries opening on a venue or a day, run in, one paragraph each, the column one article), a
new-release box between two rules (a label, the work's title, a note, a details line set apart), a cinema or
performance timetable as a table (a header row on some pages) and a short poem or song verse with its author's name
under it. Weekdays and sums are computed and asserted. All papers, venues, artists, works, people, sums, prices and
telephone numbers are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, WEEKDAYS_ZH, aligned, english, flush_right, ordered, syllables, weekday, zhou, zhou_t

VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def review(lines, title, bylines, captions, credits, body, kicker, verdict=None):
    """The review: kicker, title, byline (as printed, then the name), caption and credit; the critic's verdict line
    at its foot, on its own line, is its last paragraph."""
    body = list(body) + ([("row", verdict)] if verdict else [])
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def listings(label, entries, glued=False):
    """A what's-on column under its label (holdout170's police log, holdout72's and 82's): one article, the label its
    title, each entry one paragraph with its opening venue or day kept at its start."""
    art = {"lines": [label], "title": label, "tight": True, "body": list(entries)}
    if glued:
        art["glued"] = True
    return art


def box(rule, label, title, note, details):
    """A new-release box between two rules: the label its section (none accepted; kicker accepted), the work's name
    its title, the note its paragraphs, the details line on a line of its own its last paragraph (holdout163's data
    line a paragraph), the foot rule markup."""
    return {"lines": [rule, label, title], "section": [label, None], "kicker": [None, label], "title": title,
            "tight": True, "body": list(note) + [("row", details), ("more", rule)]}


def timetable(label, rows, glued=False):
    """A cinema or performance timetable under its label: the label the title, one paragraph per printed row (the
    header row included), as holdout170's court lists."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def poem(page, label, title, stanzas, author):
    """A poem under its label: the label the section (none accepted; kicker accepted), its title the title, each
    stanza one paragraph (holdout80's, 113's), the author's name flush right under it the byline."""
    body = [("row", stanzas[0])] + [("stanza", s) for s in stanzas[1:]] + [("end", flush_right(author, page))]
    return {"lines": [label, title], "section": [label, None], "kicker": [None, label], "title": title,
            "tight": True, "byline": [author], "body": body}


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule, not_in=(),
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline,
            "script": "zh", "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note,
            "date": day.isoformat(), "page": page_no, "head": head, "foot": foot, "furniture": furniture,
            "run": [run], "labels": [], "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot and its two rules are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2}


# 1. GBK city evening paper: a woodcut-print exhibition reviewed (verdict line at its foot); the what's-on column
#    glued under it; a new-book box; the cinema timetable (header row) glued under the box's foot rule; a poem.
DAY1 = date(2044, 3, 18)
OPEN1, SAT1, SUN1 = date(2044, 3, 12), date(2044, 3, 19), date(2044, 3, 20)
assert (SAT1.weekday(), SUN1.weekday()) == (5, 6)
ordered(OPEN1, DAY1, SAT1, SUN1)
PRINTS1, SKETCH1 = 52, 34
assert PRINTS1 + SKETCH1 == 86
RULE1 = "─" * 21
WOODCUT_PAGE = zh_page(
    "zh_gbk_crlf_city_arts_page_woodcut_print_show_review_kicker_byline_caption_credit_runhead_artist_midquote_verdict_line_glued_venue_listings_book_box_details_glued_cinema_timetable_header_poem_two_stanzas_author",
    "gbk", "\r\n", 21, True,
    "澧岚晚报 2044-03-18 第12版 文化周刊 (an invented city evening paper's arts page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. An exhibition review (kicker `展览评介`, title with a full-width gap, byline line, a caption and "
    "its credit inside a sentence, the printmaker's “” words cut by the running head before `刻出来。”`; "
    f"{PRINTS1} + {SKETCH1} = {PRINTS1 + SKETCH1} works, asserted; the critic's verdict line `推荐指数：★★★★` at its "
    "foot, its last paragraph); then, **with no blank line under the verdict line**, the what's-on column `本周文化日历` "
    "(three entries opening on a venue, run in, one paragraph each); a new-book box between two rules (label, the "
    "book's name, a note, the details line on a line of its own); then, **with no blank line under the box's foot "
    "rule**, the cinema timetable `影城排片` (a header row `片名　影城　场次`); the poem `春分夜` under `诗苑` (two "
    "stanzas, the author's name flush right under it).",
    DAY1, "12", ["澧岚晚报", f"2044年3月18日　{weekday(DAY1)}　　第12版　文化周刊　　编辑：骆　萤"],
    ["澧岚晚报社　　读者热线：0736-4418260"],
    ["澧岚晚报", "2044年3月18日", weekday(DAY1), "第12版", "文化周刊", "编辑：骆　萤", "澧岚晚报·文化周刊",
     "澧岚晚报社", "读者热线：0736-4418260"], "澧岚晚报·文化周刊", RULE1)
WOODCUT_PAGE["articles"] = [
    review(["展览评介", "一刀一刀刻出　老街的晨昏", "本报记者　蒲　沅"], "一刀一刀刻出　老街的晨昏",
           ["本报记者　蒲　沅", "蒲　沅", "蒲沅"], ["观众在《早市》组画前驻足。"], ["（本报记者　蒲　沅　摄）"],
           [f"“檐下——岳松庭木刻展”{OPEN1.month}月{OPEN1.day}日在澧岚美术馆开幕，展出版画{PRINTS1}件、速写{SKETCH1}件，"
            f"共{PRINTS1 + SKETCH1}件，都是这位退休中学美术老师近二十年的作品。",
            "展厅最里面挂着八幅《早市》组画，黑白两色，刀痕粗粝，{cap}卖豆腐的、补锅的、挑担卖菜的，一个个从木板上走了出来。",
            "岳松庭说：“我刻的都是小时候天天见的人。这条街拆了，人也散了，我只能把他们一刀一刀地{run}刻出来。”",
            "展览不收门票，展期到4月30日，周一闭馆。"],
           "展览评介", "推荐指数：★★★★"),
    listings("本周文化日历", [
        f"澧岚大剧院　{SAT1.month}月{SAT1.day}日（{zhou(SAT1)}）晚7时30分，青年民乐团“春江”专场音乐会，票价60元至180元，"
        "订票电话0736-4415532。",
        f"城南书房　{SUN1.month}月{SUN1.day}日（{zhou(SUN1)}）下午3时，诗人沈望舒读诗会，免费入场，需提前预约，电话"
        "0736-4427719。",
        "澧岚美术馆　每天9时至17时（周一闭馆），“檐下——岳松庭木刻展”，免费，团体参观请拨0736-4420086。",
    ], glued=True),
    box(RULE1, "新书架", "《河埠头的灯》",
        ["散文集，收文章三十篇，写一座小城码头边的茶馆、渡船和修船匠。文字朴素，读来像听一位老人慢慢讲古。"],
        "邬晴川　著　澧江文艺出版社　236页　48元"),
    timetable("影城排片", ["片名　影城　场次", "《雪线以南》　澧岚星河影城　10:20　14:40　19:30",
                       "《纸鸢》　城南光影影城　13:00　16:50", "《海上的小站》　澧岚星河影城　15:10　20:45"],
              glued=True),
    poem(WOODCUT_PAGE, "诗苑", "春分夜", ["白天和黑夜\n今天分得一样长\n母亲把棉被收进柜子\n把窗子推开一半",
                                       "楼下的玉兰\n还没有想好\n要不要在今夜\n把灯点亮"], "柏小溪"),
]


# 2. GB18030 town paper: a folk-song concert in a town hall reviewed; the what's-on column (entries opening on a
#    day); a new-album box; the opera timetable without a header row; a one-stanza poem. Indent-only, not glued.
RARE = "\u3bf3"  # 㯳, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2044, 5, 20)
SHOW2, SAT2, SUN2 = date(2044, 5, 16), date(2044, 5, 21), date(2044, 5, 22)
assert (SAT2.weekday(), SUN2.weekday()) == (5, 6)
ordered(SHOW2, DAY2, SAT2, SUN2)
SONGS2, OLD2, NEW2 = 14, 9, 5
assert OLD2 + NEW2 == SONGS2
TRACKS2, MINUTES2 = 12, 48
RULE2 = "─" * 21
FOLKSONG_PAGE = zh_page(
    "zh_gb18030_lf_town_arts_page_folk_song_concert_review_kicker_rare_char_byline_caption_credit_runhead_singer_midquote_indent_only_day_listings_album_box_details_opera_timetable_no_header_poem_one_stanza_author",
    "gb18030", "\n", 21, False,
    f"溆水日报 2044-05-20 第7版 文艺副刊 (an invented county daily's arts page; `{RARE}` U+3BF3, CJK Extension A, in the "
    f"reporter's name `祁　{RARE}`; in GB18030, not in GBK), LF; **indent-only paragraphs**, wrapped at 21. A concert "
    "review (kicker `音乐会`, title, byline line, a caption and its credit inside a sentence, the singer's “” words cut "
    f"by the running head before `唱给谁听。”`; {OLD2} + {NEW2} = {SONGS2} songs, asserted; no verdict line); then, after "
    "a blank line, the what's-on column `演出预告` (three entries opening on a day, run in); a new-album box between two "
    "rules; the opera timetable `戏台排期` (**no header row**); the poem `插秧` under `小诗` (one stanza, the author's "
    "name flush right under it).",
    DAY2, "7", ["溆水日报", f"2044年5月20日　{weekday(DAY2)}　　第7版　文艺副刊"],
    ["溆水日报社　　地址：溆水县滨河路36号　　邮编：419620"],
    ["溆水日报", "2044年5月20日", weekday(DAY2), "第7版", "文艺副刊", "溆水日报·文艺副刊", "溆水日报社",
     "地址：溆水县滨河路36号", "邮编：419620"], "溆水日报·文艺副刊", RULE2, not_in=["gbk"])
FOLKSONG_PAGE["articles"] = [
    review(["音乐会", "山歌进礼堂　唱哭了老人", f"本报记者　祁　{RARE}"], "山歌进礼堂　唱哭了老人",
           [f"本报记者　祁　{RARE}", f"祁　{RARE}", f"祁{RARE}"], ["谭秋禾在礼堂台上领唱。"], [f"（本报记者　祁　{RARE}　摄）"],
           [f"{SHOW2.month}月{SHOW2.day}日晚，溆水县石溪镇老礼堂坐满了人。民歌手谭秋禾和镇上的“田埂歌队”唱了{SONGS2}首歌，"
            f"其中老山歌{OLD2}首、新编的{NEW2}首。",
            "唱到《送郎过河》时，台下几位老人跟着哼起来，{cap}有人悄悄抹了眼泪。",
            "谭秋禾说：“这些歌是我外婆在田里教我的。歌不唱，就没了。在礼堂里唱一回，大家就知道它们从哪里来，要"
            "{run}唱给谁听。”"], "音乐会"),
    listings("演出预告", [
        f"{SAT2.month}月{SAT2.day}日（{zhou(SAT2)}）　县文化宫剧场，晚7时，花鼓戏《打铜锣》，票价30元，电话0745-3326518。",
        f"{SUN2.month}月{SUN2.day}日（{zhou(SUN2)}）　滨河公园露天舞台，晚7时30分，广场舞比赛决赛，免费观看。",
        "每周三　石溪镇老礼堂，下午2时，“田埂歌队”排练，欢迎旁听，电话0745-3341907。",
    ]),
    box(RULE2, "新碟推荐", "《田埂上的歌》",
        [f"谭秋禾和“田埂歌队”的第一张专辑，{TRACKS2}首山歌，全部在老礼堂里现场录音，听得到窗外的蛙声。"],
        f"溆水音像社　{TRACKS2}首　{MINUTES2}分钟　68元"),
    timetable("戏台排期", ["《打铜锣》　县文化宫剧场　5月21日19:00", "《刘海砍樵》　县文化宫剧场　5月28日19:00",
                       "《补锅》　石溪镇老礼堂　6月4日14:00"]),
    poem(FOLKSONG_PAGE, "小诗", "插秧", ["父亲倒退着走\n一行一行\n把绿色\n插进水里的天空"], "舒禾苗"),
]


# 3. Big5 Taiwan county paper: a small theatre company's play reviewed (verdict line); the what's-on column glued
#    under it; a new-book box; the performance timetable (header row) glued under the box's foot; a poem.
DAY3 = date(2044, 9, 23)
OPEN3, SAT3, SUN3 = date(2044, 9, 19), date(2044, 9, 24), date(2044, 9, 25)
assert (SAT3.weekday(), SUN3.weekday()) == (5, 6)
ordered(OPEN3, DAY3, SAT3, SUN3)
assert DAY3.year - 1911 == 133
SHOWS3, SEATS3 = 6, 120
assert SHOWS3 * SEATS3 == 720
RULE3 = "─" * 20
THEATRE_PAGE = zh_page(
    "zht_big5_cr_taitung_arts_page_fishing_village_play_review_kicker_byline_caption_credit_runhead_director_midquote_verdict_line_glued_venue_listings_book_box_details_glued_show_timetable_header_poem_two_stanzas_author",
    "big5", "\r", 20, True,
    "東嶼日報 2044-09-23 (`中華民國133年9月23日`) B5 藝文走廊 (an invented county paper of Taitung, Taiwan), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. A theatre review (kicker `劇場觀察`, title with a full-width gap, byline "
    "line `記者鍾沛涵／臺東報導`, a caption and its credit inside a sentence, the director's 「」 words cut by the "
    f"running head before `自己的家。」`; {SHOWS3} × {SEATS3} = {SHOWS3 * SEATS3} seats, asserted; the verdict line "
    "`評分：★★★☆` at its foot); then, **with no blank line under the verdict line**, the what's-on column `藝文"
    "行事曆` (three entries opening on a venue); a new-book box between two rules; then, **with no blank line under the "
    "box's foot rule**, the performance timetable `本週演出` (a header row); the poem `颱風過後` under `詩選` (two "
    "stanzas, the author's name flush right).",
    DAY3, "B5", [f"東嶼日報　中華民國133年9月23日　{weekday(DAY3)}", "B5　藝文走廊　　編輯：溫冠宇"],
    ["東嶼日報社　讀者服務專線：(089)352-716"],
    ["東嶼日報", "中華民國133年9月23日", weekday(DAY3), "B5", "藝文走廊", "編輯：溫冠宇", "東嶼日報．藝文走廊",
     "東嶼日報社", "讀者服務專線：(089)352-716"], "東嶼日報．藝文走廊", RULE3)
THEATRE_PAGE["articles"] = [
    review(["劇場觀察", "把漁村搬上舞台　老船長回家了", "記者鍾沛涵／臺東報導"], "把漁村搬上舞台　老船長回家了",
           ["記者鍾沛涵／臺東報導", "鍾沛涵"], ["演員在倉庫改成的舞台上收漁網。"], ["（記者鍾沛涵攝）"],
           [f"「浪花劇團」新戲《回港》{OPEN3.month}月{OPEN3.day}日在成功鎮一座舊漁會倉庫首演，演出{SHOWS3}場，每場"
            f"{SEATS3}個座位，{SHOWS3 * SEATS3}張票在一週內賣完。",
            "戲裡的老船長由退休漁民高進財演出，開場時他坐在木箱上補網，{cap}觀眾聞得到真正的海水味。",
            "導演葉采文說，「我們沒有找專業演員演船長。他一開口，大家就知道那是真的海，那是真的港口，也是他"
            "{run}自己的家。」"], "劇場觀察", "評分：★★★☆"),
    listings("藝文行事曆", [
        f"鐵道藝術村　{SAT3.month}月{SAT3.day}日（{zhou_t(SAT3)}）晚間7時，原住民青年樂團聯演，票價300元，洽詢(089)341-285。",
        f"海濱書屋　{SUN3.month}月{SUN3.day}日（{zhou_t(SUN3)}）下午2時，繪本作家分享會，免費，請上網報名。",
        "縣立美術館　即日起至10月20日，「海岸線」攝影聯展，週一休館，洽詢(089)320-417。",
    ], glued=True),
    box(RULE3, "新書介紹", "《潮間帶的孩子》",
        ["作者在成功鎮教書二十年，寫下學生在潮間帶撿貝殼、看退潮的日子，每篇附一幅孩子的畫。"],
        "白若萍　著　東河出版　192頁　340元"),
    timetable("本週演出", ["節目　地點　場次", "《回港》　舊漁會倉庫　9/24 19:30　9/25 14:30",
                       "《月亮船》　鐵道藝術村　9/26 19:00", "《阿嬤的灶腳》　縣立藝文中心　9/27 19:30"],
              glued=True),
    poem(THEATRE_PAGE, "詩選", "颱風過後", ["港口把船\n一艘一艘數回來\n缺了一艘\n大家都不說話",
                                         "直到傍晚\n那艘小船\n從岬角後面\n慢慢出現"], "林海穗"),
]


# 4. Big5-HKSCS Hong Kong weekly, Cantonese: a young band's gig in a housing-estate hall reviewed; the what's-on
#    column (entries opening on a day); a new-album box; the gig timetable (header row); a song verse. Indent-only.
DAY4 = date(2044, 6, 16)
GIG4, SAT4, SUN4 = date(2044, 6, 11), date(2044, 6, 18), date(2044, 6, 19)
ordered(GIG4, DAY4, SAT4, SUN4)
assert (SAT4.weekday(), SUN4.weekday()) == (5, 6)
SEATS4, STAND4 = 180, 70
assert SEATS4 + STAND4 == 250
RULE4 = "─" * 20
BAND_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_arts_page_estate_hall_band_gig_cantonese_review_kicker_byline_caption_credit_runhead_singer_midquote_indent_only_day_listings_album_box_details_gig_timetable_header_song_verse_author",
    "big5hkscs", "\r\n", 20, False,
    "澐嶺週報 2044-06-16 第9頁 文化生活 (an invented Hong Kong district weekly; the estate and its hall invented), "
    "Big5-HKSCS (`嘅 喺 咗 啲 嚟`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20. A gig "
    "review (kicker `樂評`, title, byline line, a caption and its credit inside a sentence, the singer's 「」 words cut "
    f"by the running head before `屋邨仔。」`; {SEATS4} + {STAND4} = {SEATS4 + STAND4} people, asserted; no verdict "
    "line); then, after a blank line, the what's-on column `週末去邊度` (three entries opening on a day); a new-album "
    "box between two rules; the gig timetable `演出時間表` (a header row); the song verse `屋邨之歌` under `歌詞` (one "
    "stanza, the lyricist's name flush right).",
    DAY4, "9", ["澐嶺週報", f"2044年6月16日　{weekday(DAY4)}　　第9頁　文化生活"],
    ["澐嶺週報　　讀者熱線：2691 4073"],
    ["澐嶺週報", "2044年6月16日", weekday(DAY4), "第9頁", "文化生活", "澐嶺週報．文化生活", "澐嶺週報", "讀者熱線：2691 4073"],
    "澐嶺週報．文化生活", RULE4, not_in=["cp950", "big5"])
BAND_PAGE["articles"] = [
    review(["樂評", "屋邨禮堂變Live House　街坊企住聽", "記者　麥綺澄"], "屋邨禮堂變Live House　街坊企住聽",
           ["記者　麥綺澄", "麥綺澄"], ["主音阿朗喺台上同街坊揮手。"], ["（記者　麥綺澄　攝）"],
           [f"本地樂隊「後樓梯」上個禮拜六喺朗晴邨禮堂開咗場免費騷，坐位{SEATS4}個，加埋企位{STAND4}個，"
            f"{SEATS4 + STAND4}個位全部爆滿，好多街坊帶埋啲細路嚟聽。",
            "唱到尾段，全場一齊拍手，{cap}連管理處職員都跟住唱。",
            "主音阿朗話：「我哋四個都喺呢個邨大，第一次夾band就喺後樓梯。今晚唱返畀街坊聽，係想話畀大家知，我哋始終係"
            "{run}屋邨仔。」"], "樂評"),
    listings("週末去邊度", [
        f"{SAT4.month}月{SAT4.day}日（禮拜{WEEKDAYS_ZH[SAT4.weekday()]}）　澐嶺社區會堂，晚上8點，粵曲欣賞會，門票80元，"
        "查詢2691 5528。",
        f"{SUN4.month}月{SUN4.day}日（禮拜{WEEKDAYS_ZH[SUN4.weekday()]}）　海濱長廊，下晝4點，街頭音樂表演，免費。",
        "逢禮拜三　朗晴邨禮堂，晚上7點，長者合唱團練歌，歡迎街坊嚟聽，查詢2691 7734。",
    ]),
    box(RULE4, "新碟速遞", "《後樓梯》",
        ["「後樓梯」第一張細碟，五首歌都係寫屋邨生活，由街市寫到天台，錄音就喺樂隊成員屋企嘅房入面做。"],
        "後樓梯唱片　5首　22分鐘　120元"),
    timetable("演出時間表", ["樂隊　場地　日期時間", "後樓梯　朗晴邨禮堂　6月25日20:00",
                          "白鴿巷　澐嶺社區會堂　6月26日19:30", "夜渡　海濱長廊　7月2日16:00"]),
    poem(BAND_PAGE, "歌詞", "屋邨之歌", ["後樓梯有把結他\n天台有晒啲衫\n阿媽喺窗口叫我\n返嚟食飯"], "區子朗"),
]


# 5. UTF-8 Malaysian daily (Johor Bahru): a calligraphy exhibition reviewed (verdict line); the what's-on column
#    glued under it; a new-album box; the cinema timetable (header row) glued under the box's foot; a poem.
DAY5 = date(2044, 8, 19)
OPEN5, SAT5, SUN5 = date(2044, 8, 13), date(2044, 8, 20), date(2044, 8, 21)
ordered(OPEN5, DAY5, SAT5, SUN5)
assert (SAT5.weekday(), SUN5.weekday()) == (5, 6)
SCROLLS5, FANS5, STONES5 = 40, 18, 12
assert SCROLLS5 + FANS5 + STONES5 == 70
RULE5 = "─" * 21
CALLIGRAPHY_PAGE = zh_page(
    "zh_utf8_nobom_lf_johor_bahru_arts_page_calligraphy_show_review_kicker_dateline_byline_caption_credit_runhead_artist_midquote_verdict_line_glued_venue_listings_album_box_details_glued_cinema_timetable_header_poem_two_stanzas_author",
    "utf-8", "\n", 21, True,
    "柔晨日报 2044-08-19 第14版 文艺天地 (an invented Malaysian Chinese daily of Johor Bahru), UTF-8 without BOM, LF; "
    "blank-line paragraphs, wrapped at 21. An exhibition review (kicker `书法展`, `（新山讯）` at the start of "
    "paragraph 1, byline line, a caption and its credit inside a sentence, the calligrapher's “” words cut by the "
    f"running head before `一笔画。”`; {SCROLLS5} + {FANS5} + {STONES5} = {SCROLLS5 + FANS5 + STONES5} works, "
    "asserted; the verdict line `本报评分：四星` at its foot); then, **with no blank line under the verdict line**, the "
    "what's-on column `文艺活动` (three entries opening on a venue, prices in 令吉); a new-album box between two rules; "
    "then, **with no blank line under the box's foot rule**, the cinema timetable `戏院场次` (a header row); the poem "
    "`榴梿季` under `诗页` (two stanzas, the author's name flush right).",
    DAY5, "14", ["柔晨日报", f"2044年8月19日　{weekday(DAY5)}　　第14版　文艺天地"],
    ["柔晨日报　　新闻热线：07-334 2861　　电邮：arts@rouchen.example.my"],
    ["柔晨日报", "2044年8月19日", weekday(DAY5), "第14版", "文艺天地", "柔晨日报·文艺天地", "柔晨日报", "新闻热线：07-334 2861",
     "电邮：arts@rouchen.example.my"], "柔晨日报·文艺天地", RULE5)
CALLIGRAPHY_PAGE["articles"] = [
    review(["书法展", "八十岁写字人　把老街写上墙", "本报记者　颜思妤"], "八十岁写字人　把老街写上墙",
           ["本报记者　颜思妤", "颜思妤"], ["观众细看用旧木招牌刻成的作品。"], ["（本报摄影　廖振荣）"],
           [f"（新山讯）八十岁书法家梁墨生的个人展{OPEN5.month}月{OPEN5.day}日在陈旭年街一间老店屋开幕，展出条幅"
            f"{SCROLLS5}件、扇面{FANS5}件、刻石{STONES5}件，共{SCROLLS5 + FANS5 + STONES5}件。",
            "最引人注目的是一排用老街旧木招牌刻成的字，{cap}不少观众在招牌前找自己家老店的名字。",
            "梁墨生说：“这些招牌都是店关了以后，老板送给我的。我能做的，就是替它们把名字再写一遍，一笔"
            "{run}一笔画。”"], "书法展", "本报评分：四星"),
    listings("文艺活动", [
        f"新山文物馆　{SAT5.month}月{SAT5.day}日（{zhou(SAT5)}）下午3时，南音雅集，入场费10令吉，询问电话07-221 8346。",
        f"柔佛再也纳华人礼堂　{SUN5.month}月{SUN5.day}日（{zhou(SUN5)}）晚上8时，二胡独奏会，票价30令吉至60令吉。",
        "陈旭年街老店屋　每天上午10时至晚上6时，梁墨生书法展，免费入场，展至9月15日。",
    ], glued=True),
    box(RULE5, "新歌碟", "《长堤夜雨》",
        ["本地创作歌手蔡霓虹的第二张专辑，十首华语歌，写新山和对岸之间每天来回的上班族。"],
        "南风音乐　10首　41分钟　45令吉"),
    timetable("戏院场次", ["片名　戏院　场次", "《长堤》　新山金城戏院　11:30　15:20　21:00",
                       "《南洋阿嬷》　士古来光华戏院　13:45　19:10", "《猫山王》　新山金城戏院　16:00　22:15"],
              glued=True),
    poem(CALLIGRAPHY_PAGE, "诗页", "榴梿季", ["夜里有东西\n落在园子里\n祖父披衣出门\n像去接一位客人",
                                          "天亮以后\n整条街的风\n都知道\n我们家有了好消息"], "黄雨林"),
]


# 6. UTF-16 LE city paper: a play about a night market reviewed (verdict line); the what's-on column (entries
#    opening on a day) glued under it; a new-book box; the theatre timetable without a header row glued under the
#    box's foot; a one-stanza poem. Indent-only.
DAY6 = date(2044, 11, 18)
OPEN6, SAT6, SUN6 = date(2044, 11, 12), date(2044, 11, 19), date(2044, 11, 20)
ordered(OPEN6, DAY6, SAT6, SUN6)
assert (SAT6.weekday(), SUN6.weekday()) == (5, 6)
ROLES6, ACTORS6 = 21, 7
assert ROLES6 // ACTORS6 == 3 and ROLES6 % ACTORS6 == 0
RULE6 = "─" * 22
STAGE_PAGE = zh_page(
    "zh_utf16le_bom_crlf_city_arts_page_seven_actors_play_review_kicker_byline_caption_credit_runhead_director_midquote_verdict_line_indent_only_glued_day_listings_book_box_details_glued_theatre_timetable_no_header_poem_one_stanza_author",
    "utf-16-le", "\r\n", 22, False,
    "沂岚日报 2044-11-18 第11版 周末文艺 (an invented city daily), UTF-16 LE with BOM, CRLF; **indent-only**, wrapped "
    "at 22. A theatre review (kicker `剧评`, title, byline line, a caption and its credit inside a sentence, the "
    f"director's “” words cut by the running head before `自己。”`; {ACTORS6} × 3 = {ROLES6} roles, asserted; the "
    "verdict line `一句话点评：小剧场里的大人间。` at its foot); then, **with no blank line under the verdict line**, the "
    "what's-on column `本周看什么` (three entries opening on a day); a new-book box between two rules; then, **with no "
    "blank line under the box's foot rule**, the theatre timetable `剧场排期` (**no header row**); the poem `夜班公交` "
    "under `诗歌` (one stanza, the author's name flush right).",
    DAY6, "11", ["沂岚日报", f"2044年11月18日　{weekday(DAY6)}　　第11版　周末文艺　　编辑：甘　蘅"],
    ["沂岚日报社　　新闻热线：0577-6630928"],
    ["沂岚日报", "2044年11月18日", weekday(DAY6), "第11版", "周末文艺", "编辑：甘　蘅", "沂岚日报·周末文艺",
     "沂岚日报社", "新闻热线：0577-6630928"], "沂岚日报·周末文艺", RULE6, bom=True)
STAGE_PAGE["articles"] = [
    review(["剧评", "七个演员　演活一条夜市街", "本报记者　仇　岚"], "七个演员　演活一条夜市街",
           ["本报记者　仇　岚", "仇　岚", "仇岚"], ["演员在台上同时扮演摊主和顾客。"], ["（本报记者　仇　岚　摄）"],
           [f"小剧场话剧《灯笼巷》{OPEN6.month}月{OPEN6.day}日在沂岚青年剧场首演。全剧{ROLES6}个角色，只由{ACTORS6}名演员"
            "扮演，每人演三个，换角色只靠一顶帽子、一条围裙。",
            "舞台上只有几张折叠桌和一串灯泡，{cap}卖烤红薯的、修鞋的、算命的轮番登场。",
            "导演纪晓川说：“夜市里的人，白天可能是会计、是学生、是退休工人。我们让一个演员演三个人，就是想说，每个人"
            "都不止一个{run}自己。”"], "剧评", "一句话点评：小剧场里的大人间。"),
    listings("本周看什么", [
        f"{SAT6.month}月{SAT6.day}日（{zhou(SAT6)}）　沂岚青年剧场，晚7时30分，话剧《灯笼巷》，票价80元至220元，订票"
        "电话0577-6641235。",
        f"{SUN6.month}月{SUN6.day}日（{zhou(SUN6)}）　市图书馆报告厅，下午2时30分，“剧本怎么写”公益讲座，免费。",
        "每周五　江心码头茶社，晚8时，越剧清唱，茶位费25元。",
    ], glued=True),
    box(RULE6, "书讯", "《灯笼巷剧本集》",
        ["收入《灯笼巷》等三部小剧场剧本，附排练笔记和演员手绘的舞台草图。"],
        "纪晓川　著　沂岚文艺出版社　208页　52元"),
    timetable("剧场排期", ["《灯笼巷》　沂岚青年剧场　11月19日19:30", "《灯笼巷》　沂岚青年剧场　11月20日14:30",
                       "《三个裁缝》　江心小剧场　11月26日19:30"], glued=True),
    poem(STAGE_PAGE, "诗歌", "夜班公交", ["最后一班车\n只载着我和司机\n他在每个空站\n都停一停"], "阮青蔓"),
]


# 7. Sakizaya (Hualien, Taiwan), UTF-8 with BOM, LF: an evening of old songs reviewed (verdict line); the what's-on
#    column glued under it; a new-album box; the concert timetable (header row) glued under the box's foot; a song
#    verse of two stanzas. Blank-line paragraphs, hyphenated.
DAY7 = date(2044, 4, 15)
SANG7, SAT7, SUN7 = date(2044, 4, 9), date(2044, 4, 16), date(2044, 4, 17)
ordered(SANG7, DAY7, SAT7, SUN7)
assert (SAT7.weekday(), SUN7.weekday()) == (5, 6)
OLD7, NEW7 = 11, 4
assert OLD7 + NEW7 == 15
RULE7 = "=" * 38
SAKIZAYA_PAGE = latin_page(
    "szy_utf8_bom_lf_sakizaya_arts_page_old_songs_evening_review_kicker_byline_dateline_caption_credit_runhead_singer_midquote_verdict_line_glued_venue_listings_album_box_details_glued_concert_timetable_header_song_two_stanzas_author",
    "utf-8", "\n", 38, "", True,
    "Tilid Sakizaya 2044-04-15 Page 8 (an invented weekly of Hualien, Taiwan; Sakizaya text, English furniture), "
    "UTF-8 with BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A concert review (kicker "
    "`Radiw`, title over two lines, byline line `Misuwal: Dongi Kacaw`, the dateline `HUALIEN –`, a caption and its "
    f"credit inside a sentence, the singer's “” words cut by the running head before `niyaro’.”`; {OLD7} + {NEW7} = "
    f"{OLD7 + NEW7} songs, asserted; the verdict line `Sapiliw: 4/5` at its foot); then, **with no blank line under the "
    "verdict line**, the what's-on column `Ira Romi’ad` (three entries opening on a venue and a dash); a new-album box "
    "between two `=` rules; then, **with no blank line under the box's foot rule**, the concert timetable `Radiw a "
    "Romi’ad` (a header row, columns aligned by spaces); the song `Radiw no Sakur` under `Tilid no Radiw` (two stanzas, the "
    "author's name flush right).",
    DAY7, "8", [f"TILID SAKIZAYA · {english(DAY7)} · Page 8", "Arts & Listings · Editor: Kolas Mayaw"],
    ["Tilid Sakizaya · arts@tilid.example.tw"],
    ["TILID SAKIZAYA", english(DAY7), "Page 8", "Arts & Listings", "Editor: Kolas Mayaw",
     "Tilid Sakizaya · Arts & Listings", "Tilid Sakizaya", "arts@tilid.example.tw"],
    "Tilid Sakizaya · Arts & Listings", RULE7, 5, bom=True)
SAKIZAYA_PAGE["articles"] = [
    review(["Radiw", "Miradiw ko matuasay", "i kalikuliman a lumaq", "Misuwal: Dongi Kacaw"],
           "Miradiw ko matuasay i kalikuliman a lumaq", ["Misuwal: Dongi Kacaw", "Dongi Kacaw"],
           ["Miradiw ci Panay Sawmah."], ["Foto: Tiway Kumud"],
           [syl(f"HUALIEN – I kalikuliman a lumaq no niyaro’ Sakur, {SANG7.day} April, miradiw ci Panay Sawmah "
                f"a matuasay {OLD7 + NEW7} a radiw: {OLD7} a radiw no matuasay, {NEW7} a baluhay radiw no kapah."),
            syl("Ira ko kapah a tamdaw a mirumakat i tipanan, {cap}miradiw tu ko mapulungay a tamdaw."),
            syl("Sa ci Panay Sawmah: “O radiw ni ina nu mita. Caay ka miradiw ko kapah, mapawan ko radiw; "
                "miradiw kita anini, malingatu ko radiw no {run}niyaro’.”")],
           "Radiw", "Sapiliw: 4/5"),
    listings("Ira Romi’ad", [
        syl(f"Sakur Culture Park – {EN[SAT7.weekday()]} {SAT7.day} April, 7 p.m.: miradiw ko kapah no niyaro’, "
            "NT$200, telephone 03-846 2215."),
        syl(f"Kaluluan Hall – {EN[SUN7.weekday()]} {SUN7.day} April, 2 p.m.: mitilid to radiw a kapah, "
            "caay pipayci, telephone 03-865 4470."),
        syl("Tilid Gallery – every day, 10 a.m. to 5 p.m.: sakizaya a tilid, caay pipayci, until 30 April."),
    ], glued=True),
    box(RULE7, "Baluhay Radiw", "Radiw ni Ina",
        [syl("Sakacecay a CD ni Panay Sawmah: cacay a bataan a radiw, mirekoding i lumaq no niyaro’ Sakur.")],
        "Sakur Records · 12 tracks · NT$450"),
    timetable("Radiw a Romi’ad", aligned([("Radiw", "Lumaq", "Tuki"),
                                          ("Panay Sawmah", "Culture Park", "23/4 19.00"),
                                          ("Kapah no Sakur", "Kaluluan Hall", "24/4 14.00"),
                                          ("Tiway Kumud", "Tilid Gallery", "30/4 15.00")]),
              glued=True),
    poem(SAKIZAYA_PAGE, "Tilid no Radiw", "Radiw no Sakur",
         ["Tayra kita i lotok,\nmiala to dateng,\ntayra kita i riyar,\nmiala to buting.",
          "Talacowa kita,\nmaluk ko niyaro’,\nmiradiw ko ina,\nmatawa ko wawa."], "Panay Sawmah"),
]


# 8. Palawano (Brooke's Point, Palawan, Philippines), ISO-8859-1, CRLF: a young painter's show reviewed (no verdict
#    line); the what's-on column (entries opening on a venue); a new-book box; the film timetable without a header
#    row; a one-stanza poem. Indent-only (four spaces), not glued; straight quotes (Latin-1 has no curly ones).
DAY8 = date(2044, 7, 8)
OPEN8, SAT8, SUN8 = date(2044, 7, 2), date(2044, 7, 9), date(2044, 7, 10)
ordered(OPEN8, DAY8, SAT8, SUN8)
assert (SAT8.weekday(), SUN8.weekday()) == (5, 6)
OILS8, INKS8 = 17, 9
assert OILS8 + INKS8 == 26
RULE8 = "=" * 40
PALAWANO_PAGE = latin_page(
    "plw_latin1_crlf_palawano_arts_page_mountain_painter_show_review_kicker_byline_dateline_caption_credit_runhead_painter_midquote_indent_only_four_spaces_venue_listings_book_box_details_film_timetable_no_header_poem_one_stanza_author",
    "latin-1", "\r\n", 40, "    ", False,
    "Suwat Bruk 2044-07-08 Page 6 (an invented weekly of Brooke's Point, Palawan, Philippines; Palawano text, "
    "English furniture), **ISO-8859-1** (` · ` in the head and foot, `ñ` in a name; straight quotes, since Latin-1 "
    "has no curly ones), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 40 with hyphenation. An "
    "exhibition review (kicker `Pintura`, title over two lines, byline line `Sinuwat ni Liza Ibañez`, the dateline "
    "`BROOKE'S POINT -`, a caption and its credit inside a sentence, the painter's \"\" words cut by the running head "
    f"before `bukid.\"`; {OILS8} + {INKS8} = {OILS8 + INKS8} paintings, asserted; no verdict line); then, after a "
    "blank line, the what's-on column `Dyadi ang Tanaw` (three entries opening on a venue and a hyphen); a new-book "
    "box between two `=` rules; the film timetable `Sine ang Oras` (**no header row**, columns aligned by spaces); "
    "the poem `Kat Bukid` under `Tula` (one stanza, the author's name flush right).",
    DAY8, "6", [f"SUWAT BRUK · {english(DAY8)} · Page 6", "Arts · Editor: Ramon Dalisay"],
    ["Suwat Bruk · arts@suwatbruk.example.ph"],
    ["SUWAT BRUK", english(DAY8), "Page 6", "Arts", "Editor: Ramon Dalisay", "Suwat Bruk · Arts", "Suwat Bruk",
     "arts@suwatbruk.example.ph"], "Suwat Bruk · Arts", RULE8, 5)
PALAWANO_PAGE["articles"] = [
    review(["Pintura", "Ang bukid kat Mantalingahan", "dyadi kat pintura ni Tabon", "Sinuwat ni Liza Ibañez"],
           "Ang bukid kat Mantalingahan dyadi kat pintura ni Tabon", ["Sinuwat ni Liza Ibañez", "Liza Ibañez"],
           ["Ang mga mananaw kat pintura ang tanaman."], ["Litrato: Jomar Sapal"],
           [syl(f"BROOKE'S POINT - Kat {OPEN8.day} July, binukasan kat Kalunsudan Gallery ang pintura ni Tabon "
                f"Gaspar, mangabata a pintor gikan kat bukid. Ang {OILS8} pintura kat langis ig {INKS8} kat tinta, "
                f"{OILS8 + INKS8} kamaniwan, pagkatanaw kat bukid ig kat kapagtanaman."),
            syl("Kat tinapos a bintana ig kat langit a asul, {cap}ang mga mananaw nagtanaw kat pintura "
                "mahalawig."),
            syl("Nagbarak si Tabon Gaspar: \"Dyadi ang kagurangan ko, dyadi ang tanaman nami. Ang pintura ko, "
                "pagbarak kat mga bata a kagay ang ngaran ang {run}bukid.\""),
            syl("Ang pintura mabukas kat Kalunsudan Gallery mangamaganda ig libre, taman kat 31 July.")],
           "Pintura"),
    listings("Dyadi ang Tanaw", [
        syl(f"Kalunsudan Gallery - {EN[SAT8.weekday()]} {SAT8.day} July, 3 p.m.: pagbarak ni Tabon Gaspar kat "
            "pintura, libre, telephone 0917 552 0384."),
        syl(f"Plaza Bruk - {EN[SUN8.weekday()]} {SUN8.day} July, 6 p.m.: sayaw ig gimbal kat mangabata, "
            "PHP 50, telephone 0917 552 7716."),
        syl("Bahay Kultura - every Friday, 7 p.m.: sine kat plaza, PHP 30, until 26 August."),
    ]),
    box(RULE8, "Bag-o a Libro", "Kat Kilid ang Sapa",
        [syl("Bag-o a libro ni Mirasol Dangkawan: sampulo ig duwa a tudtulan gikan kat mga mangurang kat "
             "bukid, kagay ang mga larawan ni Tabon Gaspar.")],
        "Mirasol Dangkawan · Tanaw Press · 164 pp. · PHP 380"),
    timetable("Sine ang Oras", aligned([("Ang Sapa", "Bahay Kultura", "Fri 7.00 p.m."),
                                        ("Bukid ni Lola", "Plaza Bruk", "Sat 6.30 p.m."),
                                        ("Mangabata", "Bahay Kultura", "Sun 3.00 p.m.")])),
    poem(PALAWANO_PAGE, "Tula", "Kat Bukid", ["Kat bukid a malayu,\nang ulan nagsinggit,\nang lola ko nagkanta,\nang pali nagtulug."], "Nena Kalunsud"),
]


# 9. Pokomo (Garsen, Tana River, Kenya), UTF-16 BE with BOM, CRLF: a river play staged under a mango tree reviewed
#    (no verdict line); the what's-on column glued under it; a new-album box; the performance timetable (header row)
#    glued under the box's foot; a song of two stanzas. Blank-line paragraphs, hyphenated.
DAY9 = date(2044, 10, 14)
OPEN9, SAT9, SUN9 = date(2044, 10, 8), date(2044, 10, 15), date(2044, 10, 16)
ordered(OPEN9, DAY9, SAT9, SUN9)
assert (SAT9.weekday(), SUN9.weekday()) == (5, 6)
NIGHTS9, CROWD9 = 3, 400
assert NIGHTS9 * CROWD9 == 1200
RULE9 = "=" * 40
POKOMO_PAGE = latin_page(
    "pkb_utf16be_bom_crlf_pokomo_arts_page_river_play_review_kicker_byline_dateline_caption_credit_runhead_director_midquote_glued_venue_listings_album_box_details_glued_show_timetable_header_song_two_stanzas_author",
    "utf-16-be", "\r\n", 40, "", True,
    "Sauti ya Pfumo 2044-10-14 Page 7 (an invented weekly of Garsen, Tana River, Kenya; Pokomo text, English "
    "furniture), UTF-16 BE with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. A "
    "theatre review (kicker `Maigizo`, title over two lines, byline line `Na Mwanaisha Galole`, the dateline "
    "`GARSEN –`, a caption and its credit inside a sentence, the director's “” words cut by the running head before "
    f"`wazee.”`; {NIGHTS9} × {CROWD9} = {NIGHTS9 * CROWD9} people, asserted; no verdict line); then, **with no blank "
    "line under the review's last line**, the what's-on column `Mambo ya Wiki` (three entries opening on a venue and "
    "a dash); a new-album box between two `=` rules; then, **with no blank line under the box's foot rule**, the "
    "performance timetable `Ratiba ya Maonyesho` (a header row, columns aligned by spaces); the song `Pfumo` under "
    "`Wimbo` (two stanzas, the author's name flush right).",
    DAY9, "7", [f"SAUTI YA PFUMO · {english(DAY9)} · Page 7", "Arts & Entertainment · Editor: Hassan Bakero"],
    ["Sauti ya Pfumo · arts@sauti.example.ke"],
    ["SAUTI YA PFUMO", english(DAY9), "Page 7", "Arts & Entertainment", "Editor: Hassan Bakero",
     "Sauti ya Pfumo · Arts & Entertainment", "Sauti ya Pfumo", "arts@sauti.example.ke"],
    "Sauti ya Pfumo · Arts & Entertainment", RULE9, 5, bom=True)
POKOMO_PAGE["articles"] = [
    review(["Maigizo", "Pfumo dziitsa mudzini:", "maigizo ya mafuriko", "Na Mwanaisha Galole"],
           "Pfumo dziitsa mudzini: maigizo ya mafuriko", ["Na Mwanaisha Galole", "Mwanaisha Galole"],
           ["Waigizaji wachenda na matumbwi ya mbao."], ["Picha: Omari Buya"],
           [syl(f"GARSEN – Kikundi cha maigizo Kumbukumbu kilicheza maigizo ya mafuriko ga Pfumo chini ya mwembe "
                f"mukulu, kuanzia {OPEN9.day} October, siku {NIGHTS9}; kila siku wantu {CROWD9} wakaja, wantu "
                f"{NIGHTS9 * CROWD9} piya."),
            syl("Waigizaji walichenda na matumbwi ya mbao mbele ya wantu, {cap}wana wakaimba nyimbo za mudzi."),
            syl("Mwalimu Bakari Jilo, mwelekezi wa maigizo, alisema: “Mafuriko yaja kila mwaka. Tuliigiza ili wana "
                "wakumbuke yaliyoambiwa na {run}wazee.”")],
           "Maigizo"),
    listings("Mambo ya Wiki", [
        syl(f"Garsen Social Hall – {EN[SAT9.weekday()]} {SAT9.day} October, 4 p.m.: ngoma za Pokomo, "
            "KSh 100, telephone 0722 418 530."),
        syl(f"Idsowe Primary School – {EN[SUN9.weekday()]} {SUN9.day} October, 10 a.m.: maigizo ya wanafunzi, "
            "bila malipo."),
        syl("Mwembe Mukulu grounds – every Wednesday, 5 p.m.: kikundi Kumbukumbu kinasoma maigizo mapya, "
            "telephone 0722 418 977."),
    ], glued=True),
    box(RULE9, "Nyimbo Mpya", "Nyimbo za Pfumo",
        [syl("Kanda ya kwanza ya kikundi cha waimbaji wa Ngao: nyimbo kumi za kulima, za kuvua samaki na za "
             "harusi, zilizorekodiwa mudzini.")],
        "Ngao Sound · 10 tracks · KSh 500"),
    timetable("Ratiba ya Maonyesho", aligned([("Maonyesho", "Pahali", "Saa"),
                                              ("Pfumo", "Garsen Social Hall", "22/10 4 p.m."),
                                              ("Ngoma", "Idsowe School", "23/10 10 a.m."),
                                              ("Harusi", "Mwembe Mukulu", "29/10 5 p.m.")]),
              glued=True),
    poem(POKOMO_PAGE, "Wimbo", "Pfumo",
         ["Pfumo, Pfumo,\nmadzi gako mengi,\nwapa mtama,\nwapa samaki.", "Pfumo, Pfumo,\nusitutwale,\nwana "
          "wetu\nwakuimbia."], "Halima Dzombo"),
]


# 10. Nambya (Hwange, Zimbabwe), Windows-1252, CR: a marimba band's concert reviewed (verdict line); the what's-on
#     column (entries opening on a day); a new-album box; the concert timetable without a header row; a one-stanza
#     song. Indent-only (three spaces), not glued. Hyphenated.
DAY10 = date(2044, 2, 12)
GIG10, SAT10, SUN10 = date(2044, 2, 6), date(2044, 2, 13), date(2044, 2, 14)
ordered(GIG10, DAY10, SAT10, SUN10)
assert (SAT10.weekday(), SUN10.weekday()) == (5, 6)
PLAYERS10, MARIMBAS10 = 12, 6
assert PLAYERS10 == 2 * MARIMBAS10
RULE10 = "=" * 40
NAMBYA_PAGE = latin_page(
    "nmq_cp1252_cr_nambya_arts_page_marimba_band_concert_review_kicker_byline_dateline_caption_credit_runhead_leader_midquote_verdict_line_indent_only_three_spaces_day_listings_album_box_details_concert_timetable_no_header_song_one_stanza_author",
    "cp1252", "\r", 40, "   ", False,
    "Mashoko eHwange 2044-02-12 Page 5 (an invented weekly of Hwange, Zimbabwe; Nambya text, English furniture), "
    "**Windows-1252** (`“ ” – ·`), **CR**; **indent-only paragraphs (three spaces)**, wrapped at 40 with hyphenation. "
    "A concert review (kicker `Nzimbo`, title over two lines, byline line `Ngu Tendai Munkuli`, the dateline `HWANGE "
    f"–`, a caption and its credit inside a sentence, the band leader's “” words cut by the running head before "
    f"`bantu.”`; {MARIMBAS10} × 2 = {PLAYERS10} players, asserted; the verdict line `Mukoti: 4/5` at its foot); then, "
    "after a blank line, the what's-on column `Zviyo zvevhiki` (three entries opening on a day and a dash); a "
    "new-album box between two `=` rules; the concert timetable `Nguva dzezviyo` (**no header row**, columns aligned "
    "by spaces); the song `Marimba` under `Nzimbo` (one stanza, the author's name flush right).",
    DAY10, "5", [f"MASHOKO EHWANGE · {english(DAY10)} · Page 5", "What's On · Editor: Farai Ndlovu"],
    ["Mashoko eHwange · arts@mashoko.example.zw"],
    ["MASHOKO EHWANGE", english(DAY10), "Page 5", "What's On", "Editor: Farai Ndlovu",
     "Mashoko eHwange · What's On", "Mashoko eHwange", "arts@mashoko.example.zw"],
    "Mashoko eHwange · What's On", RULE10, 5)
NAMBYA_PAGE["articles"] = [
    review(["Nzimbo", "Marimba dzeLukosi dzinoimba", "muholo yeColliery", "Ngu Tendai Munkuli"],
           "Marimba dzeLukosi dzinoimba muholo yeColliery", ["Ngu Tendai Munkuli", "Tendai Munkuli"],
           ["Bayimbi beLukosi Marimba bakaimba."], ["Foto: Simba Mudenda"],
           [syl(f"HWANGE – Ngomugovera {GIG10.day} February, bakaimba beLukosi Marimba bakazadza holo yeColliery: "
                f"marimba {MARIMBAS10}, bayimbi {PLAYERS10}, babili pamarimba imwe neimwe, nzimbo dzekare "
                "nedzitsva."),
            syl("Pakupedzisira, bana bakasimuka bakatamba, {cap}bakweguru bakaimba nabo."),
            syl("Mukuru webhendi, Mbuya Sithembile Ncube, wakati: “Marimba aya akagadzirwa nemapuranga emuno. "
                "Nzimbo dzedu tinodziimbira {run}bantu.”")],
           "Nzimbo", "Mukoti: 4/5"),
    listings("Zviyo zvevhiki", [
        syl(f"{EN[SAT10.weekday()]} {SAT10.day} February – Colliery Hall, 6 p.m.: Lukosi Marimba, US$3, "
            "telephone 0281 2 4417."),
        syl(f"{EN[SUN10.weekday()]} {SUN10.day} February – Dete Community Centre, 2 p.m.: nzimbo dzebana, "
            "mahara."),
        syl("Every Wednesday – Hwange Library lawn, 4 p.m.: madzimai anoimba, mahara, telephone 0281 2 3306."),
    ]),
    box(RULE10, "Album itsva", "Mapuranga",
        [syl("Album yekutanga yeLukosi Marimba: nzimbo gumi dzakarekodwa muholo yeColliery, nedzimwe "
             "dzakanyorwa nabana bechikoro.")],
        "Lukosi Records · 10 tracks · US$8"),
    timetable("Nguva dzezviyo", aligned([("Lukosi Marimba", "Colliery Hall", "13 Feb 6 p.m."),
                                         ("Dete Choir", "Dete Centre", "14 Feb 2 p.m."),
                                         ("Mapuranga", "Library lawn", "20 Feb 4 p.m.")])),
    poem(NAMBYA_PAGE, "Nzimbo", "Marimba", ["Marimba, marimba,\nimbira bana,\nimbira madzimai,\nimbira nyika."],
         "Sithembile Ncube"),
]

PAGES = [WOODCUT_PAGE, FOLKSONG_PAGE, THEATRE_PAGE, BAND_PAGE, CALLIGRAPHY_PAGE, STAGE_PAGE, SAKIZAYA_PAGE,
         PALAWANO_PAGE, POKOMO_PAGE, NAMBYA_PAGE]
