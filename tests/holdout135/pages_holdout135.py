"""The text of every holdout135 page, written once: make_holdout135_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-134 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line); `("end", line)` a
printed line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `ramp()` (holdout126's to 134's). The archive's volume total, the restoration's fractions and totals,
the return boxes' count, the loan quotas, the call's closing date, the loaned objects' total and return date, the
mobile library's round, the tours' count, the tapes' minutes and the book drive's shortfall are computed here from
the figures they rest on, and the weekdays from the dates. All papers, libraries, archives, museums, fonds, books,
objects, figures, people, sums, telephone numbers and events are invented; real places are settings only.
"""

from datetime import date, timedelta

WEEKDAYS_ZH = "一二三四五六日"


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    """The Chinese weekday of a date, `星期三`."""
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    """The English weekday and date of a Latin masthead, `Wednesday 11.03.2037`."""
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def md(day):
    return f"{day.month}月{day.day}日"


# 1. A city archives opens four factories' and offices' files to the public; the fonds list by fonds number.
FONDS1 = [("J012", "市纺织厂", 420), ("J027", "市搪瓷厂", 385), ("J031", "红星食品厂", 510), ("K004", "东关区供销社", 345)]
VOL1 = sum(v for *_, v in FONDS1)
assert VOL1 == 1660
DAY1 = date(2040, 6, 9)

FONDS_PAGE = {
    "name": "zh_gbk_crlf_archives_page_factory_files_opened_to_public_story_byline_caption_credit_running_head_midquote_glued_opened_fonds_list_header_row_letter_digit_fonds_codes_volume_cells_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "泾州晚报 2040-06-09 第8版 人文, GBK, CRLF; blank-line paragraphs, wrapped at 22. An archives page: on "
    f"Archives Day the city archives opens {VOL1} volumes of {len(FONDS1)} old factories' and offices' files (title with "
    "a full-width gap, the byline line `本报记者　庹　宁`, a caption and its credit inside a sentence, a retired "
    "worker's “” quotation cut by the running head before `翻翻。”`), then, with no blank line, **the list "
    "`本次开放档案`: a header row `全宗号　全宗名称　卷数`, four rows of a letter-and-digit fonds code (`J012`), a "
    f"name and a volume count with its unit (`420卷`), and a total row `合计　{VOL1}卷` (summed)**; the list is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2040-06-09", "page": "8",
    "head": [f"泾州晚报　　2040年6月9日　{weekday(DAY1)}", "第8版　人文　　责任编辑：仇　渡"],
    "foot": ["泾州晚报社出版　　新闻热线：0752-3318640"],
    "furniture": ["泾州晚报", "2040年6月9日", weekday(DAY1), "第8版", "人文", "责任编辑：仇　渡", "泾州晚报·人文",
                  "泾州晚报社出版", "新闻热线：0752-3318640"],
    "run": ["泾州晚报·人文"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"老厂档案解密　{VOL1}卷向市民开放", "本报记者　庹　宁"],
         "title": f"老厂档案解密　{VOL1}卷向市民开放",
         "byline": ["本报记者　庹　宁", "庹　宁", "庹宁"],
         "captions": ["市民在查阅室翻看纺织厂的老账本。"], "credits": ["（本报记者　庹　宁　摄）"],
         "body": [f"今天是国际档案日，市档案馆把{len(FONDS1)}家老厂和单位的{VOL1}卷档案向市民开放，凭身份证即可查阅。",
                  f"其中红星食品厂的档案最多，共{FONDS1[2][2]}卷，{{cap}}从建厂批文到职工名册都保存完整。",
                  "在纺织厂干了三十年的退休工人晏桂兰一早就来排队，“我进厂那年的工资单还在里面，"
                  "说什么也要来{run}翻翻。”"]},
        {"glued": True, "lines": ["本次开放档案"], "title": "本次开放档案",
         "body": [("row", "全宗号　全宗名称　卷数")]
         + [("row", f"{code}　{name}　{v}卷") for code, name, v in FONDS1]
         + [("row", f"合计　{VOL1}卷")]},
    ],
}

# 2. A library's old-book restoration: volumes of each book and volumes repaired, as a fraction; the totals.
RARE = "\u4d14"  # 䴔, CJK Extension A: in GB18030, not in GBK
BOOKS2 = [(f"《{RARE}湖诗钞》", 20, 12), ("《滃川县志》", 8, 8), ("《梅庄医案》", 6, 3), ("《古泉汇考》", 12, 5)]
ALL2 = sum(b[1] for b in BOOKS2)
DONE2 = sum(b[2] for b in BOOKS2)
assert (ALL2, DONE2) == (46, 28) and all(d <= a for _, a, d in BOOKS2)
DAY2 = date(2039, 10, 18)

RESTORE_PAGE = {
    "name": "zh_gb18030_lf_library_page_old_book_restoration_story_byline_rare_char_in_book_title_caption_credit_running_head_midquote_indent_only_glued_restoration_progress_list_header_row_book_title_brackets_fraction_cells_total_fraction_row_estimate_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"滃川日报 2039-10-18 第6版 书香 (`{RARE}` U+4D14, CJK Extension A, in an invented book's title "
    f"`《{RARE}湖诗钞》`; in GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A library page: "
    f"the city library's restorers have mended {DONE2} of {ALL2} volumes of four old books (title with a full-width gap, "
    "the byline line `本报记者　訾　青`, a caption and its credit inside a sentence, the restorer's “” quotation cut by "
    "the running head before `急不得。”`), then, with no blank line, **the list `古籍修复进度`: a header row "
    "`书名　册数　已修`, four rows of a title in `《》`, a volume count (`20册`) and a fraction of volumes mended "
    f"(`12/20`), and a total row `合计　{ALL2}册　{DONE2}/{ALL2}` (summed), and an estimate row `全部修完预计：2041年底`**; the "
    "list is an article, its head the title, each printed row a paragraph.",
    "date": "2039-10-18", "page": "6",
    "head": [f"滃川日报　　2039年10月18日　{weekday(DAY2)}", "第6版　书香　　责任编辑：阮　舟"],
    "foot": ["滃川日报社　　新闻热线：0718-5527314"],
    "furniture": ["滃川日报", "2039年10月18日", weekday(DAY2), "第6版", "书香", "责任编辑：阮　舟", "滃川日报·书香",
                  "滃川日报社", "新闻热线：0718-5527314"],
    "run": ["滃川日报·书香"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"虫蛀古籍修复过半　已修{DONE2}册", "本报记者　訾　青"],
         "title": f"虫蛀古籍修复过半　已修{DONE2}册",
         "byline": ["本报记者　訾　青", "訾　青", "訾青"],
         "captions": ["修复师用毛笔给书页刷上浆糊。"], "credits": ["（本报记者　訾　青　摄）"],
         "body": [f"市图书馆去年从库房清点出{len(BOOKS2)}部虫蛀受潮的古籍，共{ALL2}册，古籍修复室至今已修好{DONE2}册。",
                  f"最难修的是《{RARE}湖诗钞》，{{cap}}每页都要先揭开粘连，再用皮纸补洞。",
                  "修复师祁文瑞今年五十八岁，他说，“一天顺利的话能补十来页，碰上烂得厉害的，一页就要一整天，"
                  "这活{run}急不得。”"]},
        {"glued": True, "lines": ["古籍修复进度"], "title": "古籍修复进度",
         "body": [("row", "书名　册数　已修")]
         + [("row", f"{name}　{a}册　{d}/{a}") for name, a, d in BOOKS2]
         + [("row", f"合计　{ALL2}册　{DONE2}/{ALL2}")]
         + [("row", "全部修完预计：2041年底")]},
    ],
}

# 3. Taiwan (Taichung): a library puts book-return boxes at four new spots; their hours, one open all day.
BOXES3 = [("文華路口", "06:00-23:00"), ("北屯市場", "24小時"), ("區公所前", "08:00-21:00"), ("國小側門", "24小時")]
ALLDAY3 = [b for b in BOXES3 if b[1] == "24小時"]
assert len(ALLDAY3) == 2
DAY3 = date(2039, 8, 2)

RETURN_PAGE = {
    "name": "zht_big5_cr_taiwan_library_page_book_return_boxes_added_story_byline_caption_credit_running_head_midquote_glued_return_box_list_header_row_hour_range_cells_all_day_cells_collection_time_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "溱海日報 2039-08-02 A6 文教 (`中華民國128年8月2日`, Taichung, Taiwan), Big5, CR; blank-line paragraphs, "
    f"wrapped at 20. A library page: the city library adds {len(BOXES3)} book-return boxes, {len(ALLDAY3)} open all day "
    "(title with a full-width gap, the byline line `記者湯芷萱／臺中報導`, a caption and its credit inside a sentence, "
    "a reader's 「」 quotation cut by the running head before `方便。」`), then, with no blank line, **the list "
    "`新設還書箱`: a header row `地點　開放時間`, four rows of a place and either an hour range with an ASCII hyphen "
    "(`06:00-23:00`) or `24小時`, and a collection-time row `每日上午9時收書`**; the list is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2039-08-02", "page": "A6",
    "head": [f"溱海日報　中華民國128年8月2日　{weekday(DAY3)}", "A6　文教　　編輯：蔡宛蓉"],
    "foot": ["溱海日報社　讀者服務專線：(04)2385-716"],
    "furniture": ["溱海日報", "中華民國128年8月2日", weekday(DAY3), "A6", "文教", "編輯：蔡宛蓉", "溱海日報．文教",
                  "溱海日報社", "讀者服務專線：(04)2385-716"],
    "run": ["溱海日報．文教"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"還書不必跑圖書館　新設{len(BOXES3)}座還書箱", "記者湯芷萱／臺中報導"],
         "title": f"還書不必跑圖書館　新設{len(BOXES3)}座還書箱",
         "byline": ["記者湯芷萱／臺中報導", "湯芷萱"],
         "captions": ["民眾在北屯市場旁的還書箱還書。"], "credits": ["（記者湯芷萱攝）"],
         "body": [f"市立圖書館本月起在市場、路口和學校旁新設{len(BOXES3)}座還書箱，借來的書可以就近歸還。",
                  f"其中{len(ALLDAY3)}座全天開放，{{cap}}夜裡下班也能順路還書。",
                  "每週借書三次的上班族駱承恩說，「以前常常忘記還，逾期還要被停借，現在家門口就有，真的"
                  "{run}方便。」"]},
        {"glued": True, "lines": ["新設還書箱"], "title": "新設還書箱",
         "body": [("row", "地點　開放時間")]
         + [("row", f"{place}　{hours}") for place, hours in BOXES3]
         + [("row", "每日上午9時收書")]},
    ],
}

# 4. Hong Kong: public libraries raise the loan quota; books and loan period by kind of reader.
QUOTA4 = [("成人", 12, 21), ("學生", 10, 21), ("長者", 12, 28)]
OLD4 = 8
assert all(q > OLD4 for _, q, _ in QUOTA4)
DAY4 = date(2039, 7, 14)

QUOTA_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_library_page_loan_quota_raised_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_loan_quota_table_header_row_book_count_cells_day_cells_renewal_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "瀚港日報 2039-07-14 A9 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 冇`; in neither cp950 nor Big5), CRLF; "
    f"indent-only paragraphs, wrapped at 20. A library page in Cantonese: public libraries raise the loan quota from "
    f"{OLD4} books (title with a full-width gap, the byline line `記者　岑凱晴`, a caption and its credit inside a "
    "sentence, a mother's 「」 quotation cut by the running head before `夠睇。」`), then, with no blank line, **the "
    "table `新借書限額`: a header row `讀者　冊數　借期`, three rows of a kind of reader, a count with its unit (`12本`) "
    "and a loan period in days (`21日`), and a renewal row `每本書可續借兩次`**; the table is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2039-07-14", "page": "A9",
    "head": [f"瀚港日報　2039年7月14日　{weekday(DAY4)}", "A9　港聞　　編輯：伍詠詩"],
    "foot": ["瀚港日報社　　新聞熱線：2517 3086"],
    "furniture": ["瀚港日報", "2039年7月14日", weekday(DAY4), "A9", "港聞", "編輯：伍詠詩", "瀚港日報．港聞", "瀚港日報社",
                  "新聞熱線：2517 3086"],
    "run": ["瀚港日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["公共圖書館加借書限額　長者借期最長", "記者　岑凱晴"], "title": "公共圖書館加借書限額　長者借期最長",
         "byline": ["記者　岑凱晴", "岑凱晴"],
         "captions": ["小朋友喺圖書館揀圖書。"], "credits": ["（岑凱晴攝）"],
         "body": [f"公共圖書館下個月起加借書限額，成人由而家嘅{OLD4}本加到{QUOTA4[0][1]}本，學生同長者都有得加。",
                  f"長者借期仲會由21日延長到{QUOTA4[2][2]}日，{{cap}}唔使咁趕住還書。",
                  f"帶住兩個仔嚟借書嘅羅太話，「佢哋一個星期睇晒幾本，以前每次借{OLD4}本都唔夠，加咗應該冇咁快"
                  "{run}夠睇。」"]},
        {"glued": True, "lines": ["新借書限額"], "title": "新借書限額",
         "body": [("row", "讀者　冊數　借期")]
         + [("row", f"{who}　{q}本　{d}日") for who, q, d in QUOTA4]
         + [("row", "每本書可續借兩次")]},
    ],
}

# 5. Singapore: a heritage gallery calls for old objects; what it takes and what it does not; the closing date.
ITEMS5 = [("老照片", "收"), ("旧信件", "收"), ("店铺招牌", "收"), ("复印件", "不收")]
DAY5 = date(2039, 4, 27)
END5 = DAY5 + timedelta(days=64)
assert END5 == date(2039, 6, 30)

CALL_PAGE = {
    "name": "zh_utf8_bom_crlf_singapore_museum_page_heritage_gallery_calls_for_objects_story_byline_caption_credit_running_head_midquote_glued_objects_wanted_list_header_row_take_or_refuse_cells_closing_date_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "洺岸日报 2039-04-27 第7版 社区 (Singapore), UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 21. A "
    "museums page: a new heritage gallery in Toa Payoh asks residents for old objects (title with a full-width gap, the "
    "byline line `记者　温靖雯`, a caption and its credit inside a sentence, the curator's “” quotation cut by the "
    "running head before `故事。”`), then, with no blank line, **the list `征集物品`: a header row `物品　是否接收`, four "
    "rows of a kind of object and a one- or two-character answer (`收` / `不收`), and a closing-date row "
    f"`截止日期：{md(END5)}` (computed)**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2039-04-27", "page": "7",
    "head": [f"洺岸日报　　2039年4月27日　{weekday(DAY5)}", "第7版　社区　　编辑：翁秀婷"],
    "foot": ["洺岸日报　　读者热线：6318 2749"],
    "furniture": ["洺岸日报", "2039年4月27日", weekday(DAY5), "第7版", "社区", "编辑：翁秀婷", "洺岸日报·社区", "洺岸日报",
                  "读者热线：6318 2749"],
    "run": ["洺岸日报·社区"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["大巴窑文物馆　向居民征集老物件", "记者　温靖雯"], "title": "大巴窑文物馆　向居民征集老物件",
         "byline": ["记者　温靖雯", "温靖雯"],
         "captions": ["居民把家里的老照片带到馆里登记。"], "credits": ["（温靖雯摄）"],
         "body": ["大巴窑一座由旧巴士车厂改建的文物馆明年开幕，馆方现向居民征集老照片、旧信件和店铺招牌。",
                  f"征集到{md(END5)}截止，{{cap}}复印件和翻拍的照片一概不收。",
                  "策展人冼佩仪说，“一张旧照片背后往往是一家人几十年的生活，我们想请居民来讲这些"
                  "{run}故事。”"]},
        {"glued": True, "lines": ["征集物品"], "title": "征集物品",
         "body": [("row", "物品　是否接收")]
         + [("row", f"{what}　{ans}") for what, ans in ITEMS5]
         + [("row", f"截止日期：{md(END5)}")]},
    ],
}

# 6. A city museum lends objects to another city's exhibition; the objects by period and count; the return date.
LOAN6 = [("青铜鼎", "商", 1), ("彩陶罐", "新石器时代", 2), ("铜镜", "唐", 4), ("青花瓷盘", "明", 2)]
N6 = sum(n for *_, n in LOAN6)
assert N6 == 9
DAY6 = date(2039, 12, 6)
BACK6 = date(2040, 3, 1)
assert BACK6 > DAY6

LOAN_PAGE = {
    "name": "zh_utf16le_bom_lf_museum_page_objects_lent_to_exhibition_story_byline_caption_credit_running_head_midquote_indent_only_glued_loan_object_list_header_row_bracketed_period_cells_piece_count_total_row_return_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "淏城日报 2039-12-06 第5版 文博, UTF-16 LE with BOM, LF; indent-only paragraphs, wrapped at 22. A museums "
    f"page: the city museum lends {N6} objects to a coastal city's exhibition (title with a full-width gap, the byline "
    "line `本报记者　岳　澄`, a caption and its credit inside a sentence, the keeper's “” quotation cut by the running "
    "head before `放心。”`), then, with no blank line, **the list `出借文物清单`: a header row `名称　年代　件数`, four "
    "rows of an object, a period in full-width brackets (`（唐）`) and a piece count (`4件`), a total row "
    f"`合计　{N6}件` (summed) and a return-date row `归还日期：2040年3月1日` (after the page's date, asserted)**; the "
    "list is an article, its head the title, each printed row a paragraph.",
    "date": "2039-12-06", "page": "5",
    "head": [f"淏城日报　　2039年12月6日　{weekday(DAY6)}", "第5版　文博　　责任编辑：卫　湄"],
    "foot": ["淏城日报社　　新闻热线：0735-7240618"],
    "furniture": ["淏城日报", "2039年12月6日", weekday(DAY6), "第5版", "文博", "责任编辑：卫　湄", "淏城日报·文博",
                  "淏城日报社", "新闻热线：0735-7240618"],
    "run": ["淏城日报·文博"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{N6}件馆藏文物　首次出城展出", "本报记者　岳　澄"], "title": f"{N6}件馆藏文物　首次出城展出",
         "byline": ["本报记者　岳　澄", "岳　澄", "岳澄"],
         "captions": ["工作人员给铜镜裹上防震棉。"], "credits": ["（本报记者　岳　澄　摄）"],
         "body": [f"市博物馆昨天把{N6}件馆藏文物装箱，运往沿海一座城市参加青铜与瓷器联展，这是这批文物第一次出城。",
                  f"出借的文物中铜镜最多，共{LOAN6[2][2]}件，{{cap}}每件都单独装箱并买了保险。",
                  "保管部主任钮家骏说，“每只箱子都装了温湿度记录仪，一路上有专人押运，这一点大家可以"
                  "{run}放心。”"]},
        {"glued": True, "lines": ["出借文物清单"], "title": "出借文物清单",
         "body": [("row", "名称　年代　件数")]
         + [("row", f"{name}　（{era}）　{n}件") for name, era, n in LOAN6]
         + [("row", f"合计　{N6}件")]
         + [("row", f"归还日期：{BACK6.year}年{BACK6.month}月{BACK6.day}日")]},
    ],
}

# 7. Kambaata: a mobile library van's weekly round of four villages near Durame, each stop ninety minutes.
STOPS7 = [("Hadaro", "08:30", "10:00"), ("Angacha", "10:30", "12:00"), ("Shinshicho", "13:30", "15:00"),
          ("Doyogena", "15:30", "17:00")]


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


assert all(minutes(b) - minutes(a) == 90 for _, a, b in STOPS7)
LOAN7 = 14
DAY7 = date(2039, 5, 10)

VAN_PAGE = {
    "name": "ktb_cp1252_crlf_kambaata_library_page_durame_mobile_library_van_story_byline_dateline_caption_credit_running_head_midquote_glued_van_stops_timetable_header_row_en_dash_time_ranges_loan_period_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Duraame Dubbo (an invented Kambaata weekly, Durame, Ethiopia) 2039-05-10 Page 5 Education, cp1252 "
    "(`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Kambaata library page: a mobile "
    f"library van begins a weekly round of {len(STOPS7)} villages (title over two lines, byline line `Xaaffe: "
    "Meskerem Shiferaw`, the dateline `DURAAME –` opening the lead, a caption and its credit inside a sentence, the "
    "librarian's “” quotation cut by the running head before `dagganno.”`), then, with no blank line, **the "
    "timetable `Makiinaa Maxaafaa`: a header row `Qachchi Saa'ati`, four rows of a village and an en-dash time range "
    f"(`08:30–10:00`), and a loan-period row `Maxaafa: {LOAN7} barra`**; the timetable is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2039-05-10", "page": "5",
    "head": [f"DURAAME DUBBO · {english(DAY7)} · Page 5", "Education · Editor: Tamiru Hailu"],
    "foot": ["Duraame Dubbo · dubbo@duraame.example.et"],
    "furniture": ["DURAAME DUBBO", english(DAY7), "Page 5", "Education", "Editor: Tamiru Hailu",
                  "Duraame Dubbo · Education", "Duraame Dubbo", "dubbo@duraame.example.et"],
    "run": ["Duraame Dubbo · Education"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Maxaafi mine", "qachchi qachchinne eerranno", "Xaaffe: Meskerem Shiferaw"],
         "title": "Maxaafi mine qachchi qachchinne eerranno",
         "byline": ["Xaaffe: Meskerem Shiferaw", "Meskerem Shiferaw"],
         "captions": ["Rosaano makiinaa maxaafa doorranno."], "credits": ["Misiilla: Tesfaye Lemma"],
         "body": [f"DURAAME – Duraame ma~xaa~fi mi~ne~hu ma~kii~naa ha~roo~ta ha~nda~ra~ka, sa~mma~naa~nta "
                  f"{len(STOPS7)} qa~chchi~ta ee~rra~nno~hu ta~le~nta ka~'is~se.",
                  f"Ro~saa~no~hu ma~xaa~fa {LOAN7} ba~rra~te ee~'es~san~no, {{cap}}ka~ba~ri ha~roo~ta "
                  "ma~xaa~fa ee~'es~san~no.",
                  "Ma~xaa~fi mi~ne a~ma~raa~ncho, Almaz Ergano, yee: “Ro~saa~no~hu ma~xaa~fi mi~ne~te "
                  "ma~raa ha~ssii~ssee~nna, a~mma ma~xaa~fu ro~saa~no~ta {run}dagganno.”"]},
        {"glued": True, "lines": ["Makiinaa Maxaafaa"], "title": "Makiinaa Maxaafaa",
         "body": [("row", ramp((12, 13), "Qachchi", "Saa'ati"))]
         + [("row", ramp((12, 13), v, f"{a}\u2013{b}")) for v, a, b in STOPS7]
         + [("row", f"Maxaafa: {LOAN7} barra")]},
    ],
}

# 8. Gedeo: a coffee museum in Dilla begins guided tours; the times and the tour languages; the group size.
TOURS8 = [("09:00", "Gede'uffa"), ("11:00", "Amaarsa"), ("14:00", "Ingliffa"), ("16:00", "Gede'uffa")]
GROUP8 = 20
LANGS8 = sorted({lang for _, lang in TOURS8})
assert len(TOURS8) == 4 and len(LANGS8) == 3
DAY8 = date(2039, 11, 22)

TOUR_PAGE = {
    "name": "drs_utf8_lf_gedeo_museum_page_dilla_coffee_museum_guided_tours_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_tour_times_list_header_row_time_cells_language_cells_group_size_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Dilla Odoo (an invented Gedeo weekly, Dilla, Ethiopia) 2039-11-22 Page 6 Culture, UTF-8 without BOM "
    "(`“ ” – · '`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with hyphenation. A "
    f"Gedeo museums page: the town's coffee museum begins {len(TOURS8)} guided tours a day in {len(LANGS8)} "
    "languages (title over two lines, byline line `Barreessa: Birtukan Dube`, the dateline `DILLA –` opening the "
    "lead, a caption and its credit inside a sentence, the guide's “” quotation cut by the running head before "
    "`buna.”`), then, with no blank line, **the list `Daawwaa Muuziyeemii`: a header row `Saa'a Afaani`, four rows "
    "of a clock time (`09:00`) and a language name with an apostrophe (`Gede'uffa`), and a group-size row "
    f"`Garee: {GROUP8} namaa`**; the list is an article, its head the title, each printed row a paragraph (one space "
    "kept between cells).",
    "date": "2039-11-22", "page": "6",
    "head": [f"DILLA ODOO · {english(DAY8)} · Page 6", "Culture · Editor: Getachew Bune"],
    "foot": ["Dilla Odoo · odoo@dilla.example.et"],
    "furniture": ["DILLA ODOO", english(DAY8), "Page 6", "Culture", "Editor: Getachew Bune",
                  "Dilla Odoo · Culture", "Dilla Odoo", "odoo@dilla.example.et"],
    "run": ["Dilla Odoo · Culture"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Muuziyeemii bunaa", "daawwaa qajeelchite jalqabe", "Barreessa: Birtukan Dube"],
         "title": "Muuziyeemii bunaa daawwaa qajeelchite jalqabe",
         "byline": ["Barreessa: Birtukan Dube", "Birtukan Dube"],
         "captions": ["Daawwattoti buna akka gogsitan ilaalan."], "credits": ["Suura: Abebe Chala"],
         "body": [f"DILLA – Muu~zi~yee~mii bu~naa Di~llaa ga~la~go daa~wwaa qa~jee~lchi~te "
                  f"ga~ba~ri {len(TOURS8)} ja~lqa~be, a~faa~ni {len(LANGS8)}n.",
                  f"Ga~ree ma~ki~n~ki~ni~n na~maa {GROUP8} o~l~ta~nno, {{cap}}daa~wwat~to~ti ka~ra bu~naa "
                  "ba~rtta~nno.",
                  "Qa~jee~lchaa~ncha, Tigist Wako, yii: “Daa~wwat~to~ti bu~naa mii~ni~no~ta "
                  "ka~ra ma~ssii ba~rtta~nno, a~mma a~ma~raa {run}buna.”"]},
        {"glued": True, "lines": ["Daawwaa Muuziyeemii"], "title": "Daawwaa Muuziyeemii",
         "body": [("row", ramp((8, 12), "Saa'a", "Afaani"))]
         + [("row", ramp((8, 12), t, lang)) for t, lang in TOURS8]
         + [("row", f"Garee: {GROUP8} namaa")]},
    ],
}

# 9. Dagaare: the regional archives in Wa digitise elders' oral-history tapes; each tape's minutes and the total.
TAPES9 = [("DG-014", "Naa Bayor", 45), ("DG-015", "Ma Tuobe", 50), ("DG-021", "Kuoru Dery", 35),
          ("DG-022", "Ma Zenab", 50)]
MIN9 = sum(m for *_, m in TAPES9)
assert MIN9 == 180
DAY9 = date(2040, 2, 8)

TAPE_PAGE = {
    "name": "dga_utf8_bom_cr_dagaare_archives_page_wa_oral_history_tapes_digitised_story_byline_dateline_caption_credit_running_head_midquote_glued_tape_catalogue_header_row_hyphenated_tape_codes_minute_cells_total_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Wa Labaare (an invented Dagaare weekly, Wa, Ghana) 2040-02-08 Page 3 Heritage, UTF-8 with BOM (`ɛ ɔ ŋ “ ” – ·`), "
    "CR; blank-line paragraphs, wrapped at 38 with hyphenation. A Dagaare archives page: the regional archives "
    f"copies {len(TAPES9)} elders' cassette tapes to computer, {MIN9} minutes in all (title over two lines, byline line "
    "`Sɛbɛ: Felicia Tuoyir`, the dateline `WA –` opening the lead, a caption and its credit inside a sentence, the "
    "archivist's “” quotation cut by the running head before `bɔŋ.”`), then, with no blank line, **the catalogue "
    "`Kaseti a Pɛlɛ`: a header row `Kaseti Sɔba Miniti`, four rows of a tape code with its own hyphen (`DG-014`), "
    f"a speaker of two words and minutes with `min` (`45 min`), and a total row `Zaa {MIN9} min` (summed)**; the "
    "catalogue is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2040-02-08", "page": "3",
    "head": [f"WA LABAARE · {english(DAY9)} · Page 3", "Heritage · Editor: Bernard Kuuzume"],
    "foot": ["Wa Labaare · labaare@wa.example.gh"],
    "furniture": ["WA LABAARE", english(DAY9), "Page 3", "Heritage", "Editor: Bernard Kuuzume",
                  "Wa Labaare · Heritage", "Wa Labaare", "labaare@wa.example.gh"],
    "run": ["Wa Labaare · Heritage"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Nikpɛɛma yelkpeɛ", "kaseti na kɔ kɔmpuuta zu", "Sɛbɛ: Felicia Tuoyir"],
         "title": "Nikpɛɛma yelkpeɛ kaseti na kɔ kɔmpuuta zu",
         "byline": ["Sɛbɛ: Felicia Tuoyir", "Felicia Tuoyir"],
         "captions": ["Tomtoora kaseti na a masiŋ zu."], "credits": ["Foto: Edward Naah"],
         "body": [f"WA – Wa archives de ni~kpɛɛ~ma ka~se~ti {len(TAPES9)} koŋ a ma~ŋ be~ŋ ba kɔ~mpuu~ta "
                  f"zu, a yel~kpeɛ zaa mi~ni~ti {MIN9}.",
                  f"Naa Bayor ka~se~ti la a ka~ŋ ko~kɔɔ~ri {TAPES9[0][2]} mi~ni~ti, {{cap}}ka o ma~ŋ "
                  "yel a toŋ~toŋ yi~ri yel.",
                  "Archives so~bɔ, Grace Maalu, ye~li: “Ka ti bɛ taa a ka~se~ti koŋ, nikpɛɛma yel~kpeɛ "
                  "na ŋmɛ~ra ba ki~ŋ a {run}bɔŋ.”"]},
        {"glued": True, "lines": ["Kaseti a Pɛlɛ"], "title": "Kaseti a Pɛlɛ",
         "body": [("row", ramp((8, 12, 8), "Kaseti", "Sɔba", "Miniti"))]
         + [("row", ramp((8, 12, 8), code, who, f"{m} min")) for code, who, m in TAPES9]
         + [("row", f"Zaa {MIN9} min")]},
    ],
}

# 10. Kabiye: a Kara school library's book drive; books brought by class, the goal and what is still missing.
CLASSES10 = [("CM1", 120), ("CM2", 95), ("6e", 140), ("5e", 85)]
GOT10 = sum(n for _, n in CLASSES10)
GOAL10 = 600
LEFT10 = GOAL10 - GOT10
assert (GOT10, LEFT10) == (440, 160)
DAY10 = date(2039, 9, 27)

DRIVE_PAGE = {
    "name": "kbp_utf16be_bom_crlf_kabiye_library_page_kara_school_book_drive_story_byline_dateline_caption_credit_running_head_midquote_glued_book_drive_tally_header_row_class_code_cells_goal_row_shortfall_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kara Nabʊʊ (an invented Kabiye weekly, Kara, Togo) 2039-09-27 Page 4 Schools, UTF-16 BE with BOM "
    "(`ɛ ɔ ɩ ʊ ɣ ŋ “ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Kabiye library page: a "
    f"school's pupils bring {GOT10} books for its new library, {LEFT10} short of {GOAL10} (title over two lines, byline "
    "line `Sɔnzɩ: Abla Pali`, the dateline `KARA –` opening the lead, a caption and its credit inside a sentence, the "
    "head teacher's “” quotation cut by the running head before `takayaɣ.”`), then, with no blank line, **the tally "
    "`Takayaɣ kɩlaɣ`: a header row `Kilasɩ Takayaɣ`, four rows of a French class code (`CM1`, `6e`) and a count, a goal "
    f"row `Ɖɔɖɔ: {GOAL10}` and a shortfall row `Kɛyɛ: {LEFT10}` (computed)**; the tally is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2039-09-27", "page": "4",
    "head": [f"KARA NABƱƱ · {english(DAY10)} · Page 4", "Schools · Editor: Kodjo Tchalla"],
    "foot": ["Kara Nabʊʊ · nabuu@kara.example.tg"],
    "furniture": ["KARA NABƱƱ", english(DAY10), "Page 4", "Schools", "Editor: Kodjo Tchalla",
                  "Kara Nabʊʊ · Schools", "Kara Nabʊʊ", "nabuu@kara.example.tg"],
    "run": ["Kara Nabʊʊ · Schools"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Sukuli piya kɔnɩ", f"takayaɣ {GOT10} kɩlaɣ", "Sɔnzɩ: Abla Pali"],
         "title": f"Sukuli piya kɔnɩ takayaɣ {GOT10} kɩlaɣ",
         "byline": ["Sɔnzɩ: Abla Pali", "Abla Pali"],
         "captions": ["Piya kɔnɩ takayaɣ sukuli taa."], "credits": ["Foto: Essowè Abalo"],
         "body": [f"KARA – Ka~ra su~ku~li ko~bon~ti piya kɔ~nɩ ta~ka~yaɣ {GOT10} pɩ~ta~sɩɣ "
                  f"ta~ka~yaɣ kɩ~laɣ ka~faɣ suu~ŋ.",
                  f"Pa~ka~lɩɣ ta~ka~yaɣ {GOAL10}, {{cap}}ɛɛ~yɛ ta~ka~yaɣ {LEFT10} ɛ~lɛɛ.",
                  "Su~ku~li nɔɔ~yʊ, Pidalou Kpatcha, we~ye: “Piya ka~laɣ nɛ pa~ɖaɣ~nɩ ɛ~yaa "
                  "pɔ~zʊʊ ye~ba pa~tɩ~ŋ {run}takayaɣ.”"]},
        {"glued": True, "lines": ["Takayaɣ kɩlaɣ"], "title": "Takayaɣ kɩlaɣ",
         "body": [("row", ramp((9, 10), "Kilasɩ", "Takayaɣ"))]
         + [("row", ramp((9, 10), c, str(n))) for c, n in CLASSES10]
         + [("row", f"Ɖɔɖɔ: {GOAL10}"), ("row", f"Kɛyɛ: {LEFT10}")]},
    ],
}

PAGES = [FONDS_PAGE, RESTORE_PAGE, RETURN_PAGE, QUOTA_PAGE, CALL_PAGE, LOAN_PAGE, VAN_PAGE, TOUR_PAGE, TAPE_PAGE,
         DRIVE_PAGE]
