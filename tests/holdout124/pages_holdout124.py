"""The text of every holdout124 page, written once: make_holdout124_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-121 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `cells()`
(holdout116's, 118's, 120's and 121's), so the printed spacing is reproducible. All papers, clubs, associations,
centres, contests, races, shows, people, pigeons' rings, call signs, sums, counts, times, telephone numbers and
events are invented; real places (towns, villages, islands, hills, districts) are settings only.
"""

from decimal import ROUND_HALF_UP, Decimal


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


def cube_average(times):
    """A speed-cubing average of five: the fastest and the slowest dropped (DNF counts slowest), the mean of the
    middle three, to hundredths."""
    ranked = sorted(times, key=lambda t: Decimal("inf") if t == "DNF" else Decimal(t))
    middle = sum(Decimal(t) for t in ranked[1:4]) / 3
    return str(middle.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


SOLVES = [
    ("1", "许一帆", ("8.62", "9.15", "8.87", "9.40", "8.71"), "8.91"),
    ("2", "舒乐言", ("9.33", "8.95", "9.78", "9.12", "9.51"), "9.32"),
    ("3", "常嘉树", ("9.64", "10.02", "9.27", "9.85", "9.49"), "9.66"),
    ("4", "邝子墨", ("10.21", "DNF", "9.88", "10.47", "10.05"), "10.24"),
    ("5", "宁晓雨", ("10.36", "10.58", "10.19", "11.02", "10.44"), "10.46"),
]
for _rank, _name, _times, _average in SOLVES:
    assert cube_average(_times) == _average, (_name, cube_average(_times))

SPEEDS = ["1,402.37", "1,398.84", "1,395.10", "1,391.62", "1,389.05"]
assert SPEEDS == sorted(SPEEDS, key=lambda s: -float(s.replace(",", "")))

BOARD = [
    ("A", (2, 0, 3, 1, 4, 0, 2, 2)),
    ("B", (0, 5, 1, 2, 0, 3, 1, 6)),
    ("C", (3, 1, 0, 4, 2, 2, 0, 1)),
    ("D", (1, 2, 6, 0, 3, 1, 4, 2)),
]
assert sum(sum(row) for _, row in BOARD) == 64


def board_row(label, pits):
    """A row of the board: its letter, then eight pit counts, each right-aligned in three places."""
    return label.ljust(3) + "".join(str(n).rjust(3) for n in pits)


BEADS = [
    ("1.", (("tohbi", 3), ("homma", 2), ("tohbi", 3))),
    ("2.", (("tohbi", 2), ("homma", 4), ("tohbi", 2))),
    ("3.", (("homma", 3), ("okchamali", 2), ("homma", 3))),
    ("4.", (("homma", 2), ("okchamali", 4), ("homma", 2))),
    ("5.", (("homma", 3), ("okchamali", 2), ("homma", 3))),
    ("6.", (("tohbi", 2), ("homma", 4), ("tohbi", 2))),
    ("7.", (("tohbi", 3), ("homma", 2), ("tohbi", 3))),
]
assert all(sum(n for _, n in row) == 8 for _, row in BEADS) and len(BEADS) * 8 == 56


def bead_row(number, row):
    return cells((4,), number, ", ".join(f"{colour} {n}" for colour, n in row))


MOFANG = {
    "name": "zh_gbk_crlf_hobbies_page_speed_cubing_open_story_byline_caption_credit_running_head_midquote_glued_cube_final_results_unit_row_header_row_rank_name_five_solves_average_rows_dnf_cell_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 24, "indent": "\u3000\u3000", "blank": True,
    "note": "蓼川日报 2035-03-14 第12版 休闲周刊, GBK, CRLF; blank-line paragraphs, wrapped at 24. A hobbies page: the "
    "invented city's third Rubik's cube open, won by a 14-year-old (title with a full-width gap, the byline line "
    "`本报记者　戚　朗`, a caption and its credit inside a sentence, the cube association chairman's “” quotation cut "
    "by the running head before `问题。”`), then, with no blank line, the table `三阶速拧决赛前五名`: a unit row "
    "`单位：秒`, a header row `名次　选手　五次成绩　平均`, **five rows each holding a rank, a name, five solve times "
    "set apart by half-width spaces inside one full-width-spaced cell, and their average of the middle three (`1　许一帆　8.62 9.15 8.87 9.40 8.71　8.91`), one solve `DNF`**, "
    "and a note row explaining the average; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2035-03-14", "page": "12",
    "head": ["蓼川日报　　2035年3月14日　星期三", "第12版　休闲周刊　　责任编辑：苗　漪"],
    "foot": ["蓼川日报社出版　　新闻热线：0738-5517204"],
    "furniture": ["蓼川日报", "2035年3月14日", "星期三", "第12版", "休闲周刊", "责任编辑：苗　漪", "蓼川日报·休闲周刊",
                  "蓼川日报社出版", "新闻热线：0738-5517204"],
    "run": ["蓼川日报·休闲周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["魔方公开赛落幕　初二学生夺冠", "本报记者　戚　朗"], "title": "魔方公开赛落幕　初二学生夺冠",
         "byline": ["本报记者　戚　朗", "戚　朗", "戚朗"],
         "captions": ["选手在决赛中复原魔方。"], "credits": ["（本报记者　戚　朗　摄）"],
         "body": ["3月11日（周日），第三届蓼川魔方公开赛在市青少年宫举行，来自本市和周边城市的160名选手参加了三阶、"
                  "二阶、单手、盲拧等七个项目的比赛。",
                  "最受关注的三阶速拧决赛中，市第五中学初二学生许一帆以平均8.91秒的成绩夺冠，{cap}他五次复原中最快的"
                  "一次只用了8.62秒。",
                  "市魔方协会会长骆文澍说，协会成立六年，会员已从十几人增加到四百多人，“魔方不只是玩具，它让孩子学会"
                  "冷静，学会一步一步解决{run}问题。”"]},
        {"glued": True, "lines": ["三阶速拧决赛前五名"], "title": "三阶速拧决赛前五名",
         "body": [("row", "单位：秒"),
                  ("row", "名次　选手　五次成绩　平均")]
         + [("row", "　".join((rank, name, " ".join(times), average))) for rank, name, times, average in SOLVES]
         + [("row", "注：平均为中间三次的平均，DNF为未复原。")]},
    ],
}

TONGLIAN = {
    "name": "zh_gb18030_lf_hobbies_page_amateur_radio_hilltop_field_day_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_contact_log_utc_unit_row_header_row_date_time_call_sign_frequency_mode_report_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汀岚晚报 2035-04-11 第9版 周末闲情, GB18030 (`\U0002c62c` U+2C62C, CJK Extension E, in the reporter's name "
    "and credit; not in GBK), LF; indent-only paragraphs, wrapped at 21. A hobbies page: the city's amateur radio "
    "association carries its sets up a hill for a two-day field day and works 312 stations (title with a full-width "
    "gap, the byline line `本报记者　卞　\U0002c62c`, a caption and its credit inside a sentence, an old member's “” "
    "quotation cut by the running head before `用场。”`), then, with no blank line, **the field day's contact log "
    "`岚峰山野外架台通联记录（摘录）`: a unit row `时间为UTC，频率单位MHz`, a header row `日期　时间　呼号　频率　模式"
    "　报告`, and five rows of a date, a UTC time, a call sign, a frequency to three decimals, a mode and a signal "
    "report (`4月7日　03:26　BA4QXT　14.205　SSB　59`, one report `-09`)**; the log is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2035-04-11", "page": "9",
    "head": ["汀岚晚报　　2035年4月11日　星期三", "第9版　周末闲情　　责任编辑：施　芃"],
    "foot": ["汀岚晚报社　　读者热线：0719-3306428"],
    "furniture": ["汀岚晚报", "2035年4月11日", "星期三", "第9版", "周末闲情", "责任编辑：施　芃", "汀岚晚报·周末闲情",
                  "汀岚晚报社", "读者热线：0719-3306428"],
    "run": ["汀岚晚报·周末闲情"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["业余电台登上岚峰山　两天联络三百多个电台", "本报记者　卞　\U0002c62c"],
         "title": "业余电台登上岚峰山　两天联络三百多个电台",
         "byline": ["本报记者　卞　\U0002c62c", "卞　\U0002c62c", "卞\U0002c62c"],
         "captions": ["会员在山顶调试天线。"], "credits": ["（本报记者　卞　\U0002c62c　摄）"],
         "body": ["4月7日至8日，市业余无线电协会的12名会员背着电台、天线和发电机登上海拔1100多米的岚峰山顶，进行了"
                  "为期两天的野外架台活动。",
                  "协会秘书长郁立新介绍，两天里会员们用短波与国内外312个电台取得了联络，最远的一个在南美洲，{cap}"
                  "距离一万八千多公里。",
                  "今年67岁的老会员钱志朴玩无线电已有四十多年，他说：“平时是爱好，遇到灾害、通信中断的时候，我们"
                  "这些人就能派上{run}用场。”"]},
        {"glued": True, "lines": ["岚峰山野外架台通联记录（摘录）"], "title": "岚峰山野外架台通联记录（摘录）",
         "body": [("row", "时间为UTC，频率单位MHz"),
                  ("row", "日期　时间　呼号　频率　模式　报告"),
                  ("row", "4月7日　03:26　BA4QXT　14.205　SSB　59"),
                  ("row", "4月7日　11:48　BG9UWK　7.030　CW　579"),
                  ("row", "4月8日　00:15　BH7RFD　21.074　FT8　-09"),
                  ("row", "4月8日　06:52　BD2OZM　10.116　CW　599"),
                  ("row", "4月8日　22:37　LU7XQB　14.018　CW　559")]},
    ],
}

SAIGE = {
    "name": "zht_big5_lf_taiwan_hobbies_page_racing_pigeon_spring_race_story_byline_caption_credit_running_head_midquote_glued_race_results_header_row_rank_ring_number_owner_metres_per_minute_rows_one_owner_twice_unit_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "蘆埕日報 2035-05-16 A11 休閒生活 (`中華民國124年5月16日`), Big5, LF; blank-line paragraphs, wrapped at 20. A "
    "Taiwan hobbies page: the invented county's racing-pigeon association flies the third leg of its spring race "
    "from Dongyin and a local loft wins (title with a full-width gap, the byline line `記者汪書瑜／蘆埕報導`, a "
    "caption and its credit inside a sentence, the chairman's 「」 quotation cut by the running head before "
    "`養下去。」`), then, with no blank line, the table `春季賽第三關成績（前五名）`: a header row `名次　足環號碼　"
    "鴿主　分速`, **five rows of a rank, a ring number `2034-0451326`, the owner (one owner twice) and the speed in "
    "metres a minute to two decimals with a thousands comma (`1,402.37`), falling down the table**, and a unit row "
    "`分速單位：公尺／分鐘` under them; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2035-05-16", "page": "A11",
    "head": ["蘆埕日報　中華民國124年5月16日　星期三", "A11　休閒生活　　編輯：邵怡萱"],
    "foot": ["蘆埕日報社　讀者服務專線：(05)361-7742"],
    "furniture": ["蘆埕日報", "中華民國124年5月16日", "星期三", "A11", "休閒生活", "編輯：邵怡萱", "蘆埕日報．休閒生活",
                  "蘆埕日報社", "讀者服務專線：(05)361-7742"],
    "run": ["蘆埕日報．休閒生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["春季賽鴿東引放飛　本地鴿舍奪關冠", "記者汪書瑜／蘆埕報導"], "title": "春季賽鴿東引放飛　本地鴿舍奪關冠",
         "byline": ["記者汪書瑜／蘆埕報導", "汪書瑜"],
         "captions": ["潘振聲在鴿舍查看冠軍鴿。"], "credits": ["（記者汪書瑜攝）"],
         "body": ["蘆埕縣賽鴿協會春季賽第三關，5月12日（週六）清晨在東引放飛，全縣87個鴿舍共1,406羽賽鴿參賽，空距"
                  "約320公里。",
                  "冠軍由蘆埕市鴿友潘振聲的鴿子奪得，分速1,402.37公尺，他另一羽鴿子也拿下第五名。潘振聲說，他養鴿"
                  "三十年，{cap}這是第一次在春季賽拿下關冠。",
                  "協會理事長鍾明達表示，今年天氣穩定，歸巢率比去年高，「鴿子飛得回來，鴿友才會一年一年繼續"
                  "{run}養下去。」"]},
        {"glued": True, "lines": ["春季賽第三關成績（前五名）"], "title": "春季賽第三關成績（前五名）",
         "body": [("row", "名次　足環號碼　鴿主　分速"),
                  ("row", f"1　2034-0451326　潘振聲　{SPEEDS[0]}"),
                  ("row", f"2　2034-1187250　吳明哲　{SPEEDS[1]}"),
                  ("row", f"3　2034-0923614　簡淑芬　{SPEEDS[2]}"),
                  ("row", f"4　2034-0310478　游國樑　{SPEEDS[3]}"),
                  ("row", f"5　2034-1562093　潘振聲　{SPEEDS[4]}"),
                  ("row", "分速單位：公尺／分鐘")]},
    ],
}

MAJIANG = {
    "name": "zht_big5hkscs_crlf_hong_kong_hobbies_page_elderly_mahjong_class_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_scoring_table_header_row_faan_points_rows_capped_last_row_bracketed_note_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鷺汀日報 2035-06-13 B6 消閒 (Hong Kong), Big5-HKSCS (`咗 嘅 喺 冇 嚟 啲`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong hobbies page in Cantonese: an invented Kwun Tong elderly "
    "centre opens a 'healthy mahjong' class played for points, not money (title with a full-width gap, the byline "
    "line `記者　駱穎芝`, a caption and its credit inside a sentence, a 78-year-old's 「」 quotation cut by the running "
    "head before `啲。」`), then, with no blank line, **the class's scoring table `健康麻雀班計番表`: a header row `番數　"
    "分數`, five rows converting faan to points (`三番　8分` … `七番　48分`), a capped last row `八番或以上　64分`, and a "
    "bracketed note row `（只計分，唔涉金錢）`**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2035-06-13", "page": "B6",
    "head": ["鷺汀日報　2035年6月13日　星期三", "B6　消閒　　編輯：司徒嘉欣"],
    "foot": ["鷺汀日報社　　新聞熱線：2538 4071"],
    "furniture": ["鷺汀日報", "2035年6月13日", "星期三", "B6", "消閒", "編輯：司徒嘉欣", "鷺汀日報．消閒", "鷺汀日報社",
                  "新聞熱線：2538 4071"],
    "run": ["鷺汀日報．消閒"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["長者中心開健康麻雀班　打牌唔賭錢", "記者　駱穎芝"], "title": "長者中心開健康麻雀班　打牌唔賭錢",
         "byline": ["記者　駱穎芝", "駱穎芝"],
         "captions": ["長者喺中心打健康麻雀。"], "credits": ["（駱穎芝攝）"],
         "body": ["觀塘區樂晴長者鄰舍中心上個月開咗「健康麻雀班」，逢星期二、四下晝上堂，唔賭錢，淨係計分，而家已經"
                  "有四十幾個長者報名。",
                  "負責嘅社工鄺敏儀話，打麻雀要記牌、計數，又要同人傾偈，{cap}對長者嘅記性同反應都有幫助。",
                  "今年78歲嘅陳婆婆話，以前喺屋企冇人陪佢玩，而家一個星期出嚟兩日，「識咗好多新朋友，連飯都食多咗"
                  "{run}啲。」"]},
        {"glued": True, "lines": ["健康麻雀班計番表"], "title": "健康麻雀班計番表",
         "body": [("row", "番數　分數"),
                  ("row", "三番　8分"),
                  ("row", "四番　16分"),
                  ("row", "五番　24分"),
                  ("row", "六番　32分"),
                  ("row", "七番　48分"),
                  ("row", "八番或以上　64分"),
                  ("row", "（只計分，唔涉金錢）")]},
    ],
}

SHEYING = {
    "name": "zh_utf16be_bom_lf_hobbies_page_photography_club_tenth_anniversary_show_story_byline_caption_credit_running_head_midquote_glued_members_pictures_box_title_author_rows_each_over_an_exposure_data_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "茵江日报 2035-07-18 第8版 乐活周刊, **UTF-16 BE with BOM**, LF; blank-line paragraphs, wrapped at 22. A "
    "hobbies page: a seniors' photography club shows two hundred pictures of the town for its tenth year (title with "
    "a full-width gap, the byline line `本报记者　蒲　柯`, a caption and its credit inside a sentence, the club "
    "chairman's “” quotation cut by the running head before `样子。”`), then, with no blank line, the box `本月影友佳作`: "
    "**three pictures, each a row of its title in 《》 and its author (`《江雾》　作者：骆正安`) over a row of its "
    "exposure data (`光圈f/8　快门1/250秒　ISO 100`)**; the box is an article, its head the title, each printed row a "
    "paragraph (the exposure rows are no captions).",
    "date": "2035-07-18", "page": "8",
    "head": ["茵江日报　　2035年7月18日　星期三", "第8版　乐活周刊　　责任编辑：葛　澄"],
    "foot": ["茵江日报社出版　　新闻热线：0752-2290361"],
    "furniture": ["茵江日报", "2035年7月18日", "星期三", "第8版", "乐活周刊", "责任编辑：葛　澄", "茵江日报·乐活周刊",
                  "茵江日报社出版", "新闻热线：0752-2290361"],
    "run": ["茵江日报·乐活周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["影友会十年拍家乡　两百幅照片办影展", "本报记者　蒲　柯"], "title": "影友会十年拍家乡　两百幅照片办影展",
         "byline": ["本报记者　蒲　柯", "蒲　柯", "蒲柯"],
         "captions": ["会员在老街取景。"], "credits": ["（本报记者　蒲　柯　摄）"],
         "body": ["市老年大学影友会本周六在市图书馆举办十周年摄影展，展出会员作品两百幅，拍的都是茵江两岸的街巷、渡口"
                  "和田野。",
                  "影友会会长骆正安今年71岁，他介绍，十年来会员们每月外拍一次，累计拍下照片十万多张，{cap}其中不少"
                  "老街如今已经拆除。",
                  "骆正安说，很多会员退休后才第一次拿起相机，“我们拍得不一定专业，但拍下来的都是这座城市回不去的"
                  "{run}样子。”"]},
        {"glued": True, "lines": ["本月影友佳作"], "title": "本月影友佳作",
         "body": [("row", "《江雾》　作者：骆正安"),
                  ("row", "光圈f/8　快门1/250秒　ISO 100"),
                  ("row", "《归舟》　作者：闵晓岚"),
                  ("row", "光圈f/5.6　快门1/1000秒　ISO 400"),
                  ("row", "《老街雨巷》　作者：邢佩华"),
                  ("row", "光圈f/2.8　快门1/60秒　ISO 1600")]},
    ],
}

JINLI = {
    "name": "zh_utf8_cr_malaysia_hobbies_page_koi_show_weekend_story_byline_baxun_opener_caption_credit_running_head_midquote_indent_only_glued_entry_classes_table_header_row_class_length_range_ringgit_fee_rows_note_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "岸城日报 (an invented Selangor Chinese daily) 2035-08-15 第14版 休闲天地, UTF-8 without BOM, **CR** line ends; "
    "indent-only paragraphs, wrapped at 21. A Malaysian hobbies page: an invented Klang koi club's ninth show this "
    "weekend, four hundred fish in five classes by length (title with a full-width gap, the byline line `记者　蔡丽雯`, "
    "the lead opened by `（巴生讯）`, a caption and its credit inside a sentence, the club chairman's “” quotation cut "
    "by the running head before `陪它。”`), then, with no blank line, **the show's classes `第九届锦鲤展参赛组别`: a "
    "header row `组别　体长　报名费`, five rows of a class, a length range (`15厘米以下`, `15至25厘米`, `55厘米以上`) and "
    "a fee in ringgit (`RM20`)**, and a note row; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2035-08-15", "page": "14",
    "head": ["岸城日报　2035年8月15日　星期三", "第14版　休闲天地　　编辑：邬美琪"],
    "foot": ["岸城日报社　　新闻热线：03-3371 4826"],
    "furniture": ["岸城日报", "2035年8月15日", "星期三", "第14版", "休闲天地", "编辑：邬美琪", "岸城日报·休闲天地",
                  "岸城日报社", "新闻热线：03-3371 4826"],
    "run": ["岸城日报·休闲天地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["巴生锦鲤展周末登场　四百尾锦鲤争艳", "记者　蔡丽雯"], "title": "巴生锦鲤展周末登场　四百尾锦鲤争艳",
         "byline": ["记者　蔡丽雯", "蔡丽雯"],
         "captions": ["会员为参展锦鲤换水。"], "credits": ["（蔡丽雯摄）"],
         "body": ["（巴生讯）巴生锦鲤同好会主办的第九届锦鲤展，将于8月18日至19日（周六及周日）在巴生一家购物中心"
                  "举行，预计有四百尾锦鲤参展。",
                  "同好会主席古伟强说，今年参展的锦鲤按体长分为五组，由三名评审按体形、色彩和游姿评分，{cap}各组冠军"
                  "再角逐全场总冠军。",
                  "他说，养锦鲤要有耐心，一尾好鱼往往要养上五六年，“鱼养得好不好，看的是主人每天肯不肯花时间"
                  "{run}陪它。”"]},
        {"glued": True, "lines": ["第九届锦鲤展参赛组别"], "title": "第九届锦鲤展参赛组别",
         "body": [("row", "组别　体长　报名费"),
                  ("row", "第一组　15厘米以下　RM20"),
                  ("row", "第二组　15至25厘米　RM30"),
                  ("row", "第三组　25至40厘米　RM45"),
                  ("row", "第四组　40至55厘米　RM60"),
                  ("row", "第五组　55厘米以上　RM80"),
                  ("row", "注：体长以鱼嘴至尾鳍末端计。")]},
    ],
}

DOMINO = {
    "name": "buc_utf16le_bom_crlf_kibushi_hobbies_page_domino_club_tournament_story_byline_dateline_caption_credit_running_head_midquote_glued_first_round_draw_table_number_pair_dash_pair_rows_aligned_by_spaces_start_time_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 35, "indent": "", "blank": True,
    "note": "Feo Maore (an invented Kibushi weekly, Chiconi, Mayotte) 2035-09-19 Pejy 6 Fialamboly, **UTF-16 LE with "
    "BOM** (`à ï · – “ ”`), CRLF; blank-line paragraphs, wrapped at 35 with hyphenation. A Kibushi hobbies page: the "
    "village domino club holds its big tournament on Saturday, 24 players in 12 pairs (title over two lines, byline "
    "line `Mpanoratra: Anli Bacar`, the dateline `CHICONI –` opening the lead, a caption and its credit inside a "
    "sentence, the club chairman's “” quotation cut by the running head before `zokiolona.”`), then, with no blank "
    "line, **the first-round draw `Latabatra sy ekipa`: six rows of a table number, a pair, a dash and the pair it "
    "meets (`1.  Ali / Soula    – Anli / Madi`), aligned by runs of spaces, and a start-time row**; the draw is "
    "an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2035-09-19", "page": "6",
    "head": ["FEO MAORE · Alarobia 19 Septambra 2035 · Pejy 6", "Fialamboly · Mpandrindra: Zaïnaba Madi"],
    "foot": ["Feo Maore · feo@feomaore.example.yt"],
    "furniture": ["FEO MAORE", "Alarobia 19 Septambra 2035", "Pejy 6", "Fialamboly", "Mpandrindra: Zaïnaba Madi",
                  "Feo Maore · Fialamboly", "Feo Maore", "feo@feomaore.example.yt"],
    "run": ["Feo Maore · Fialamboly"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Klioba domino Chiconi manao", "fifaninanana lehibe", "Mpanoratra: Anli Bacar"],
         "title": "Klioba domino Chiconi manao fifaninanana lehibe",
         "byline": ["Mpanoratra: Anli Bacar", "Anli Bacar"],
         "captions": ["Mpilalao domino ao Chiconi."], "credits": ["Sary: Faïza Houmadi"],
         "body": ["CHICONI – Ny klioba domino ao Chiconi dia manao fifa~ni~na~nana lehibe amin'ny Sabotsy 22 "
                  "Septambra. Mpilalao 24 avy amin'ny tanàna fito no efa ni~so~ra~tra anarana, ka ekipa 12 no "
                  "hifa~na~ndrina.",
                  "Ny filohan'ny klioba, Soilihi Attoumani, nilaza fa ny domino no lalao tian'ny olona indrindra "
                  "eto Maore. Isaky ny hariva dia misy {cap}lehilahy milalao domino eo ambanin'ny hazo "
                  "amin'ny kianja.",
                  "Hoy izy: “Tsy ny fandresena ihany no tadiavinay. Ny domino dia mampi~hao~na ny tanora sy ny "
                  "{run}zokiolona.”"]},
        {"glued": True, "lines": ["Latabatra sy ekipa"], "title": "Latabatra sy ekipa",
         "body": [("row", cells((4, 15), "1.", "Ali / Soula", "– Anli / Madi")),
                  ("row", cells((4, 15), "2.", "Combo / Saïd", "– Abdou / Boina")),
                  ("row", cells((4, 15), "3.", "Chanfi / Issa", "– Salim / Nassur")),
                  ("row", cells((4, 15), "4.", "Moussa / Bacar", "– Issouf / Hamza")),
                  ("row", cells((4, 15), "5.", "Toumbou / Idi", "– Dhoinine / Mze")),
                  ("row", cells((4, 15), "6.", "Kassim / Said", "– Houmadi / Anzi")),
                  ("row", "Fanombohana: 15.00")]},
    ],
}

NSOLO = {
    "name": "suk_latin1_lf_sukuma_hobbies_page_board_game_club_contest_story_byline_dateline_caption_credit_running_head_midquote_glued_weekly_board_puzzle_four_lettered_rows_of_eight_pit_counts_aligned_by_spaces_seed_total_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "Kisesa Leelo (an invented Sukuma weekly, Kisesa, Mwanza Region, Tanzania) 2035-12-12 Lukurasa 3 Mizaha, "
    "ISO 8859-1 (`« » ·`; no dash, so `KISESA -`), LF; blank-line paragraphs, wrapped at 34 with hyphenation. A "
    "Sukuma hobbies page: the Kisesa club of nsolo, the four-row board game, holds its year's second contest and "
    "forty players come (title over two lines, byline line `Ng'wandiki: Shija Masanja`, the dateline `KISESA -` "
    "opening the lead, a caption and its credit inside a sentence, the chairman's «» quotation cut by the running "
    "head before `kubalanga.»`), then, with no blank line, **the week's board puzzle `Nsolo ja wiki`: four rows, "
    "each a letter `A`-`D` and eight pit counts right-aligned by runs of spaces (`A    2  0  3  1  4  0  2  2`), and "
    "a row of the seed total and where the answer comes (`Mbeyu jose: 64 · Jibu wiki ijayo`)**; the puzzle is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2035-12-12", "page": "3",
    "head": ["KISESA LEELO · Jumatano 12.12.2035 · Lukurasa 3", "Mizaha · Mhariri: Ngasa Malale"],
    "foot": ["Kisesa Leelo · leelo@kisesaleelo.example.tz"],
    "furniture": ["KISESA LEELO", "Jumatano 12.12.2035", "Lukurasa 3", "Mizaha", "Mhariri: Ngasa Malale",
                  "Kisesa Leelo · Mizaha", "Kisesa Leelo", "leelo@kisesaleelo.example.tz"],
    "run": ["Kisesa Leelo · Mizaha"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kilabu ja nsolo ja Kisesa", "jikabona banhu bapya", "Ng'wandiki: Shija Masanja"],
         "title": "Kilabu ja nsolo ja Kisesa jikabona banhu bapya",
         "byline": ["Ng'wandiki: Shija Masanja", "Shija Masanja"],
         "captions": ["Bana bakukina nsolo Kisesa."], "credits": ["Picha: Mayala Luhende"],
         "body": ["KISESA - Kilabu ja nsolo ja Kisesa jika~bi~la~nija banhu 40 Jumamosi ili, ku shindano lya "
                  "kabili lya mwaka. Bose baka~ki~na nsolo ku~tan~du~la mihe hadi ng'welo.",
                  "Mwenye~kiti wa kilabu, Masanja Budeba, aga~haya giki nsolo ni mkino gwa banhu ba kale, {cap}lakini "
                  "leelo bana bingi baku~lo~nda gu~ki~na.",
                  "Budeba agahaya: «Nsolo jilanga banhu gutogwa na gusamba. Ng'wana uyo akakina nsolo, akumanya "
                  "{run}kubalanga.»"]},
        {"glued": True, "lines": ["Nsolo ja wiki"], "title": "Nsolo ja wiki",
         "body": [("row", board_row(label, pits)) for label, pits in BOARD]
         + [("row", "Mbeyu jose: 64 · Jibu wiki ijayo")]},
    ],
}

BEAD = {
    "name": "cho_cp1252_crlf_choctaw_hobbies_page_beadwork_class_story_byline_dateline_caption_credit_running_head_midquote_indent_only_glued_bead_pattern_numbered_rows_colour_count_lists_aligned_by_spaces_bead_total_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Tamaha Holisso (an invented Choctaw weekly, Idabel, Oklahoma) 2035-11-14 Pej 6 Washoha, **cp1252** (`– “ ”`), "
    "CRLF; **indent-only paragraphs (two spaces), the set's one Latin page without blank lines**, wrapped at 38 with "
    "hyphenation, in the old Choctaw spelling with `v`. A Choctaw hobbies page: twenty women learn Choctaw beadwork "
    "at a Wednesday class (title over two lines, byline line `Holissochi: Darla Wesley`, the dateline `IDABEL –` "
    "opening the lead, a caption and its credit inside a sentence, the teacher's “” quotation cut by the running "
    "head before `chvtvmmi.”`), then, with no blank line, **the class's pattern `Okchamali hina`: seven numbered rows, "
    "each a list of colours with their bead counts (`1.  tohbi 3, homma 2, tohbi 3`), every row eight beads, and a "
    "total row `Moma: 7 aiona, 56 bead`**; the pattern is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2035-11-14", "page": "6",
    "head": ["TAMAHA HOLISSO – Winsti, Nofimba 14, 2035 – Pej 6", "Washoha – Editor: Rhonda Jefferson"],
    "foot": ["Tamaha Holisso – news@tamahaholisso.example.com"],
    "furniture": ["TAMAHA HOLISSO", "Winsti, Nofimba 14, 2035", "Pej 6", "Washoha", "Editor: Rhonda Jefferson",
                  "Tamaha Holisso – Washoha", "Tamaha Holisso", "news@tamahaholisso.example.com"],
    "run": ["Tamaha Holisso – Washoha"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Idabel ohoyo puta Chahta", "bead ikbi ikhana", "Holissochi: Darla Wesley"],
         "title": "Idabel ohoyo puta Chahta bead ikbi ikhana",
         "byline": ["Holissochi: Darla Wesley", "Darla Wesley"],
         "captions": ["Ohoyo bead ikbi ikhana."], "credits": ["Photo: Joel Amos"],
         "body": ["IDABEL – Winsti nittak moma, Idabel aiitanaha chito ya ohoyo pokoli toklo vhleha Chahta bead "
                  "ikbi ikhana. Ikhv~nanchi vt Martha Bohanan, Chahta ohoyo, afammi pokoli ushta bead "
                  "ikbi~tok.",
                  "Martha Bohanan vt hopaki Chahta okla i bead nana holisso ya pisa hosh {cap}ikhana tok. Ohoyo "
                  "moma bead ikbi hvt achukma ikbi~tok.",
                  "Martha Bohanan vt anumpu~li~tok: “Alla vt bead ikbi ikhana hokmvt, Chahta imanukfila vt "
                  "{run}chvtvmmi.”"]},
        {"glued": True, "lines": ["Okchamali hina"], "title": "Okchamali hina",
         "body": [("row", bead_row(number, row)) for number, row in BEADS]
         + [("row", "Moma: 7 aiona, 56 bead")]},
    ],
}

PISCUCHA = {
    "name": "ppl_macroman_cr_pipil_nawat_hobbies_page_kite_day_on_the_hill_story_byline_dateline_caption_credit_running_head_midquote_glued_past_winners_roll_year_name_bracketed_town_rows_aligned_by_spaces_one_name_thrice",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Tunal Nawat (an invented Pipil (Nawat) weekly, Nahuizalco, Sonsonate, El Salvador) 2035-10-31 Amat 4 "
    "Papakilis, **Mac OS Roman** (`á ú · – “ ”`), **CR** line ends; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A Pipil hobbies page: a kite day on the hill above Nahuizalco, 120 kites, and last year's winner "
    "wins again (title over two lines, byline line `Kijkwilu: Marvin Shupan`, the dateline `NAHUIZALCO –` opening the "
    "lead, a caption and its credit inside a sentence, the kite group's head's “” quotation cut by the running head "
    "before `kunemet.”`), then, with no blank line, **the roll of past winners `Ne ka kitaniket achtu`: six rows of a "
    "year and a winner with the town in brackets, newest first (`2035  Juan Shupan (Nahuizalco)`), aligned by runs of "
    "spaces, one name three times**; the roll is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2035-10-31", "page": "4",
    "head": ["TUNAL NAWAT · 31.10.2035 · Amat 4", "Papakilis · Amatajkwilul: Rosa Tepas"],
    "foot": ["Tunal Nawat · tunal@tunalnawat.example.sv"],
    "furniture": ["TUNAL NAWAT", "31.10.2035", "Amat 4", "Papakilis", "Amatajkwilul: Rosa Tepas",
                  "Tunal Nawat · Papakilis", "Tunal Nawat", "tunal@tunalnawat.example.sv"],
    "run": ["Tunal Nawat · Papakilis"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Miak piscuchaj tik ne ilwikak", "ipal Nahuizalco", "Kijkwilu: Marvin Shupan"],
         "title": "Miak piscuchaj tik ne ilwikak ipal Nahuizalco",
         "byline": ["Kijkwilu: Marvin Shupan", "Marvin Shupan"],
         "captions": ["Kunemet wan ne piscuchaj."], "credits": ["Foto: Ana Lúe"],
         "body": ["NAHUIZALCO – Tik ne dumingu, miak kunemet wan tajtamet kitalijket ne piscuchaj tik ne ejekat "
                  "ipal ne tepet. Ne tanechi~kul~ti~lis “Ejekat Yek” kichijtuk ne ilwit.",
                  "Nemi kiane 120 piscuchaj. Ne achtu kiselij Juan Shupan, ne kitanij seuk~pa, {cap}wan ne "
                  "ipiscucha kipia ume metro.",
                  "Rosa Ama, ne tekiw ipal ne tanechikul, kijtu: “Ne piscucha ipal tuteku wan tunan. Ken "
                  "tikchiwat tujwanti, tiktemachtiat ne {run}kunemet.”"]},
        {"glued": True, "lines": ["Ne ka kitaniket achtu"], "title": "Ne ka kitaniket achtu",
         "body": [("row", cells((6,), "2035", "Juan Shupan (Nahuizalco)")),
                  ("row", cells((6,), "2034", "Juan Shupan (Nahuizalco)")),
                  ("row", cells((6,), "2033", "Marta Ama (Izalco)")),
                  ("row", cells((6,), "2032", "Juan Shupan (Nahuizalco)")),
                  ("row", cells((6,), "2031", "Pedro Tepas (Cuisnahuat)")),
                  ("row", cells((6,), "2030", "Nicolás Lúe (Cuisnahuat)"))]},
    ],
}

PAGES = [MOFANG, TONGLIAN, SAIGE, MAJIANG, SHEYING, JINLI, DOMINO, NSOLO, BEAD, PISCUCHA]
