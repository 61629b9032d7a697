"""The text of every holdout140 page, written once: make_holdout140_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-138 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 138's). The group wedding's couple
count, the anniversary names' order and the couples honoured, the registration slots' total, the gift sums' order,
the gift box's price, the wedding rules' caps, the babies' count, the family's total, the baptisms' count and the
golden couples' spans are computed or asserted here from the figures they rest on, and the weekdays from the dates.
All papers, halls, offices, families, figures, people, sums, telephone numbers and events are invented; real places
are settings only.
"""

import re
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


# 1. A group wedding tomorrow: the couples by zero-padded pair number, groom and bride; the count and the place.
COUPLES1 = [("01", "严子航", "柯　蔓"), ("02", "卓一鸣", "路晓棠"), ("03", "隋　岩", "甄若溪"), ("04", "冷嘉树", "步可欣")]
assert [int(c[0]) for c in COUPLES1] == list(range(1, len(COUPLES1) + 1))
DAY1 = date(2040, 9, 28)
WED1 = DAY1 + timedelta(days=1)
assert WED1.weekday() == 5

GROUP_PAGE = {
    "name": "zh_gbk_crlf_weddings_page_group_wedding_tomorrow_story_byline_caption_credit_running_head_midquote_glued_couples_list_header_row_zero_padded_pair_number_cells_groom_bride_name_cells_count_and_place_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "泖城晚报 2040-09-28 第7版 喜事, GBK, CRLF; blank-line paragraphs, wrapped at 22. A weddings page: "
    f"{len(COUPLES1)} couples marry together at a riverside group wedding tomorrow (Saturday) (title with a full-width "
    "gap, the byline line `本报记者　屠　宁`, a caption and its credit inside a sentence, a bride's “” quotation cut by "
    "the running head before `热闹。”`), then, with no blank line, **the list `集体婚礼新人名单`: a header row "
    "`编号　新郎　新娘`, four rows of a zero-padded pair number (`01`) and two name cells, one with a full-width gap "
    f"inside a two-character name (`柯　蔓`), and a closing row `共{len(COUPLES1)}对　地点：滨江公园草坪`**; the list is "
    "an article, its head the title, each printed row a paragraph.",
    "date": "2040-09-28", "page": "7",
    "head": [f"泖城晚报　　2040年9月28日　{weekday(DAY1)}", "第7版　喜事　　责任编辑：荀　溪"],
    "foot": ["泖城晚报社出版　　新闻热线：0757-2286401"],
    "furniture": ["泖城晚报", "2040年9月28日", weekday(DAY1), "第7版", "喜事", "责任编辑：荀　溪", "泖城晚报·喜事",
                  "泖城晚报社出版", "新闻热线：0757-2286401"],
    "run": ["泖城晚报·喜事"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"明天江边集体婚礼　{len(COUPLES1)}对新人同日成婚", "本报记者　屠　宁"],
         "title": f"明天江边集体婚礼　{len(COUPLES1)}对新人同日成婚",
         "byline": ["本报记者　屠　宁", "屠　宁", "屠宁"],
         "captions": ["新人在草坪上彩排交换戒指。"], "credits": ["（本报记者　屠　宁　摄）"],
         "body": [f"{md(WED1)}上午，{len(COUPLES1)}对新人将在滨江公园草坪举行集体婚礼，不设酒席，不收礼金，"
                  "由社区志愿者布置场地。",
                  "主办方说，每对新人只交一百元场地费，{cap}剩下的花费由几家商户赞助。",
                  "新娘路晓棠说，“我们两家的亲戚加起来有两百多人，一起在江边办，省钱又"
                  "{run}热闹。”"]},
        {"glued": True, "lines": ["集体婚礼新人名单"], "title": "集体婚礼新人名单",
         "body": [("row", "编号　新郎　新娘")]
         + [("row", f"{no}　{groom}　{bride}") for no, groom, bride in COUPLES1]
         + [("row", f"共{len(COUPLES1)}对　地点：滨江公园草坪")]},
    ],
}

# 2. A community honours long marriages: the names of the anniversaries and their years; the couples honoured.
RARE = "\u3ba0"  # 㮠, CJK Extension A: in GB18030, not in GBK
NAMES2 = [("纸婚", 1), ("锡婚", 10), ("瓷婚", 20), ("银婚", 25), ("珍珠婚", 30), ("红宝石婚", 40), ("金婚", 50),
          ("钻石婚", 60)]
assert [y for _, y in NAMES2] == sorted(y for _, y in NAMES2)
HONOURED2 = [("银婚", 12), ("珍珠婚", 9), ("红宝石婚", 8), ("金婚", 7), ("钻石婚", 2)]
COUPLES2 = sum(n for _, n in HONOURED2)
assert COUPLES2 == 38
DAY2 = date(2040, 10, 25)

NAMES_PAGE = {
    "name": "zh_gb18030_lf_anniversaries_page_long_marriages_honoured_story_byline_rare_char_in_couple_name_caption_credit_running_head_midquote_indent_only_glued_anniversary_names_glossary_header_row_name_cells_year_cells_honoured_count_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"淏川日报 2040-10-25 第6版 家庭 (`{RARE}` U+3BA0, CJK Extension A, in the husband's name `郦{RARE}生`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. An anniversaries page: a neighbourhood "
    f"honours {COUPLES2} couples married 25 years or more (title with a full-width gap, the byline line "
    "`本报记者　宓　禾`, a caption and its credit inside a sentence, a diamond-wedding wife's “” quotation cut by the "
    "running head before `过来的。”`), then, with no blank line, **the glossary `结婚纪念日叫法`: a header row "
    f"`名称　年数`, {len(NAMES2)} rows of an anniversary's name and its years (`纸婚　1年`, `钻石婚　60年`), and a "
    f"count row `本次受表彰：{COUPLES2}对` (summed)**; the glossary is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2040-10-25", "page": "6",
    "head": [f"淏川日报　　2040年10月25日　{weekday(DAY2)}", "第6版　家庭　　责任编辑：车　岚"],
    "foot": ["淏川日报社　　新闻热线：0731-6639025"],
    "furniture": ["淏川日报", "2040年10月25日", weekday(DAY2), "第6版", "家庭", "责任编辑：车　岚", "淏川日报·家庭",
                  "淏川日报社", "新闻热线：0731-6639025"],
    "run": ["淏川日报·家庭"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"结婚二十五年以上　{COUPLES2}对夫妇受表彰", "本报记者　宓　禾"],
         "title": f"结婚二十五年以上　{COUPLES2}对夫妇受表彰",
         "byline": ["本报记者　宓　禾", "宓　禾", "宓禾"],
         "captions": ["钻石婚夫妇在台上接过纪念证书。"], "credits": ["（本报记者　宓　禾　摄）"],
         "body": [f"菱塘街道昨天为结婚二十五年以上的{COUPLES2}对夫妇办了一场纪念会，其中金婚{HONOURED2[3][1]}对，"
                  f"钻石婚{HONOURED2[4][1]}对。",
                  f"年纪最大的一对是郦{RARE}生和老伴，结婚六十二年，{{cap}}两人养大了四个孩子。",
                  "老伴笑着说，“哪有什么秘诀，吵了架第二天照样一起买菜，六十年就这么一天一天"
                  "{run}过来的。”"]},
        {"glued": True, "lines": ["结婚纪念日叫法"], "title": "结婚纪念日叫法",
         "body": [("row", "名称　年数")]
         + [("row", f"{name}　{years}年") for name, years in NAMES2]
         + [("row", f"本次受表彰：{COUPLES2}对")]},
    ],
}

# 3. Taiwan: a household registration office on 5/20; couples registered by time slot; the total.
SLOTS3 = [("08:00-10:00", 36), ("10:00-12:00", 41), ("13:30-15:30", 27), ("15:30-17:00", 16)]
TOTAL3 = sum(n for _, n in SLOTS3)
assert TOTAL3 == 120
DAY3 = date(2040, 5, 21)
LOVE3 = DAY3 - timedelta(days=1)
assert (LOVE3.month, LOVE3.day) == (5, 20)

SLOT_PAGE = {
    "name": "zht_big5_cr_taiwan_weddings_page_520_marriage_registration_rush_story_byline_caption_credit_running_head_midquote_glued_registration_slot_table_header_row_clock_span_cells_couple_count_cells_total_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "汶岸日報 2040-05-21 A9 生活 (`中華民國129年5月21日`, Taiwan), Big5, CR; blank-line paragraphs, wrapped at "
    f"20. A weddings page: a Tainan household registration office took {TOTAL3} marriage registrations on 5/20 (title "
    "with a full-width gap, the byline line `記者晏書宜／台南報導`, a caption and its credit inside a sentence, a "
    "groom's 「」 quotation cut by the running head before `記得。」`), then, with no blank line, **the table "
    "`5月20日結婚登記`: a header row `時段　對數`, four rows of a clock-time span with an ASCII hyphen "
    f"(`08:00-10:00`) and a couple count with `對` (`36對`), and a total row `合計　{TOTAL3}對` (summed)**; the table "
    "is an article, its head the title, each printed row a paragraph.",
    "date": "2040-05-21", "page": "A9",
    "head": [f"汶岸日報　中華民國129年5月21日　{weekday(DAY3)}", "A9　生活　　編輯：柴郁琦"],
    "foot": ["汶岸日報社　讀者服務專線：(06)2713-508"],
    "furniture": ["汶岸日報", "中華民國129年5月21日", weekday(DAY3), "A9", "生活", "編輯：柴郁琦", "汶岸日報．生活",
                  "汶岸日報社", "讀者服務專線：(06)2713-508"],
    "run": ["汶岸日報．生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"520登記潮　戶政所一天結{TOTAL3}對", "記者晏書宜／台南報導"],
         "title": f"520登記潮　戶政所一天結{TOTAL3}對",
         "byline": ["記者晏書宜／台南報導", "晏書宜"],
         "captions": ["新人在戶政所布置的拱門前合照。"], "credits": ["（記者晏書宜攝）"],
         "body": [f"昨天是5月20日，台南一家戶政事務所一天受理{TOTAL3}對結婚登記，是平日的六倍，中午也"
                  "沒有休息。",
                  f"上午十點到十二點最忙，共{SLOTS3[1][1]}對，{{cap}}戶政所準備了拱門和喜糖讓新人拍照。",
                  "一早就來排隊的新郎說，「我怕記不住結婚紀念日，選520就不會忘，她也一定會"
                  "{run}記得。」"]},
        {"glued": True, "lines": ["5月20日結婚登記"], "title": "5月20日結婚登記",
         "body": [("row", "時段　對數")]
         + [("row", f"{span}　{n}對") for span, n in SLOTS3]
         + [("row", f"合計　{TOTAL3}對")]},
    ],
}

# 4. Hong Kong, in Cantonese: how much to give at a wedding banquet; a survey's median by relation; the source.
GIFTS4 = [("點頭之交", 400), ("同事", 600), ("好朋友", 800), ("親戚", 1200)]
assert [g for _, g in GIFTS4] == sorted(g for _, g in GIFTS4)
ASKED4 = 1236
DAY4 = date(2040, 11, 15)


def hkd(n):
    return f"${n:,}"


GIFT_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_weddings_page_banquet_gift_money_survey_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_gift_money_guide_header_row_relation_cells_dollar_thousands_comma_cells_source_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "澔海日報 2040-11-15 C5 城中 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 冇`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A weddings page in Cantonese: a readers' survey on how much gift money to "
    "put in a red packet at a wedding banquet (title with a full-width gap, the byline line `記者　邵凱澄`, a caption "
    "and its credit inside a sentence, a guest's 「」 quotation cut by the running head before `夠數。」`), then, with no "
    f"blank line, **the guide `人情參考`: a header row `關係　人情`, {len(GIFTS4)} rows of a relation and a sum with a "
    f"dollar sign, one with a thousands comma (`{hkd(GIFTS4[3][1])}`), and a source row "
    f"`資料來源：本報網上問卷（{ASKED4:,}人）`**; the guide is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2040-11-15", "page": "C5",
    "head": [f"澔海日報　2040年11月15日　{weekday(DAY4)}", "C5　城中　　編輯：岑慧玲"],
    "foot": ["澔海日報社　　新聞熱線：2691 8830"],
    "furniture": ["澔海日報", "2040年11月15日", weekday(DAY4), "C5", "城中", "編輯：岑慧玲", "澔海日報．城中",
                  "澔海日報社", "新聞熱線：2691 8830"],
    "run": ["澔海日報．城中"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["飲宴人情點俾先啱　問卷話你知", "記者　邵凱澄"],
         "title": "飲宴人情點俾先啱　問卷話你知",
         "byline": ["記者　邵凱澄", "邵凱澄"],
         "captions": ["酒樓門口嘅禮金簿同利是封。"], "credits": ["（邵凱澄攝）"],
         "body": [f"本報上個月喺網上問咗{ASKED4:,}個讀者，去朋友嘅婚宴會俾幾多人情，今年嘅數字比五年前高咗"
                  "兩成。",
                  f"同事結婚，一般俾{hkd(GIFTS4[1][1])}，{{cap}}親戚就要{hkd(GIFTS4[3][1])}，有人話酒樓"
                  "一圍都唔止呢個價。",
                  "經常飲宴嘅文員話，「一個月有三餐喜酒，人情加埋成三千蚊，但係冇辦法，唔去又唔好意思，"
                  "只可以慳啲食先"
                  "{run}夠數。」"]},
        {"glued": True, "lines": ["人情參考"], "title": "人情參考",
         "body": [("row", "關係　人情")]
         + [("row", f"{rel}　{hkd(g)}") for rel, g in GIFTS4]
         + [("row", f"資料來源：本報網上問卷（{ASKED4:,}人）")]},
    ],
}

# 5. Malaysia (Malacca): a full-month celebration; what is in the gift box, with counts and measure words; its price.
BOX5 = [("红蛋", "2粒"), ("黄姜饭", "1盒"), ("咖喱鸡", "1盒"), ("娘惹糕", "4块")]
PRICE5 = 18
BOXES5 = 120
DAY5 = date(2040, 3, 14)

BOX_PAGE = {
    "name": "zh_utf8_bom_lf_malaysia_family_page_baby_full_month_gift_boxes_story_byline_caption_credit_running_head_midquote_glued_gift_box_contents_list_header_row_item_cells_count_with_measure_word_cells_price_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "甲城日报 2040-03-14 第11版 人间 (Malacca, Malaysia), UTF-8 with BOM, LF; blank-line paragraphs, wrapped at 21. "
    f"A family-announcement page: a family sends {BOXES5} full-month gift boxes for a baby girl, made by a Nyonya "
    "kitchen (title with a full-width gap, the byline line `记者　甘诗婷`, a caption and its credit inside a sentence, "
    "the grandmother's “” quotation cut by the running head before `福气。”`), then, with no blank line, **the list "
    "`满月礼盒内容`: a header row `品项　数量`, four rows of a food and a count with a measure word (`红蛋　2粒`, "
    f"`娘惹糕　4块`), and a price row `每份{PRICE5}令吉`**; the list is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2040-03-14", "page": "11",
    "head": [f"甲城日报　　2040年3月14日　{weekday(DAY5)}", "第11版　人间　　责任编辑：伍佩珊"],
    "foot": ["甲城日报社　　新闻热线：06-2835 417"],
    "furniture": ["甲城日报", "2040年3月14日", weekday(DAY5), "第11版", "人间", "责任编辑：伍佩珊", "甲城日报·人间",
                  "甲城日报社", "新闻热线：06-2835 417"],
    "run": ["甲城日报·人间"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"孙女满月　阿嬷订{BOXES5}份娘惹礼盒", "记者　甘诗婷"],
         "title": f"孙女满月　阿嬷订{BOXES5}份娘惹礼盒",
         "byline": ["记者　甘诗婷", "甘诗婷"],
         "captions": ["厨房阿姨把红蛋装进满月礼盒。"], "credits": ["（甘诗婷摄）"],
         "body": [f"马六甲一户人家的孙女本周满月，阿嬷向老街一家娘惹厨房订了{BOXES5}份礼盒，分送亲友和"
                  "左邻右舍。",
                  f"每份礼盒{PRICE5}令吉，{{cap}}红蛋前一晚煮好染色，黄姜饭和咖喱鸡当天早上现做。",
                  "阿嬷说，“我们家三代都是这样做满月的，红蛋分出去越多，孩子就越有"
                  "{run}福气。”"]},
        {"glued": True, "lines": ["满月礼盒内容"], "title": "满月礼盒内容",
         "body": [("row", "品项　数量")]
         + [("row", f"{item}　{count}") for item, count in BOX5]
         + [("row", f"每份{PRICE5}令吉")]},
    ],
}

# 6. A county's new wedding rules: caps on bride price, banquet tables, cars and gift money; the day they start.
RULES6 = [("彩礼", "不超过3万元"), ("婚宴", "不超过10桌"), ("婚车", "不超过6辆"), ("随礼", "不超过200元")]
DAY6 = date(2040, 7, 11)
START6 = date(2040, 8, 1)
assert START6 > DAY6

RULES_PAGE = {
    "name": "zh_utf16le_bom_crlf_weddings_page_county_wedding_rules_caps_story_byline_caption_credit_running_head_midquote_indent_only_glued_rules_list_header_row_item_cells_not_more_than_cap_cells_start_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "泙县日报 2040-07-11 第3版 乡风, UTF-16 LE with BOM, CRLF; indent-only paragraphs, wrapped at 22. A weddings "
    "page: the county's villages sign new rules capping wedding spending (title with a full-width gap, the byline "
    "line `本报记者　鄂　川`, a caption and its credit inside a sentence, a village secretary's “” quotation cut by the "
    "running head before `抬头。”`), then, with no blank line, **the list `婚事新办标准`: a header row `项目　标准`, "
    f"{len(RULES6)} rows of an item and a cap with `不超过` (`彩礼　不超过3万元`, `婚宴　不超过10桌`), and a start row "
    f"`施行日期：{md(START6)}`**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2040-07-11", "page": "3",
    "head": [f"泙县日报　　2040年7月11日　{weekday(DAY6)}", "第3版　乡风　　责任编辑：言　朔"],
    "foot": ["泙县日报社　　新闻热线：0398-5127760"],
    "furniture": ["泙县日报", "2040年7月11日", weekday(DAY6), "第3版", "乡风", "责任编辑：言　朔", "泙县日报·乡风",
                  "泙县日报社", "新闻热线：0398-5127760"],
    "run": ["泙县日报·乡风"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["彩礼不超三万　婚宴不过十桌", "本报记者　鄂　川"],
         "title": "彩礼不超三万　婚宴不过十桌",
         "byline": ["本报记者　鄂　川", "鄂　川", "鄂川"],
         "captions": ["村民在村委会门口看新贴出的婚事标准。"], "credits": ["（本报记者　鄂　川　摄）"],
         "body": [f"全县二百一十个村日前都签了婚事新办的约定，{md(START6)}起，彩礼、婚宴、婚车和随礼都有了"
                  "上限。",
                  "县里去年做过调查，一场农村婚礼平均要花二十多万元，{cap}不少人家为此借了钱。",
                  "一位村支书说，“以前谁家彩礼少了怕被人笑话，现在大家都按一个标准办，谁也不用为这个抬不起"
                  "{run}头。”"]},
        {"glued": True, "lines": ["婚事新办标准"], "title": "婚事新办标准",
         "body": [("row", "项目　标准")]
         + [("row", f"{item}　{cap}") for item, cap in RULES6]
         + [("row", f"施行日期：{md(START6)}")]},
    ],
}

# 7. Talysh: the Lənkəran maternity ward's week; babies by name and weight in kilograms with a decimal comma.
BABIES7 = [("Aynur", "3,4"), ("Elvin", "3,9"), ("Nərmin", "2,8"), ("Tural", "4,1")]
DAY7 = date(2040, 4, 18)

BIRTH_PAGE = {
    "name": "tly_utf8_nobom_lf_talysh_family_page_lankaran_maternity_week_story_byline_dateline_caption_credit_running_head_midquote_glued_births_list_header_row_name_cells_decimal_comma_kilogram_cells_count_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Lənkəran Sədo (an invented Talysh weekly, Lankaran, Azerbaijan) 2040-04-18 Page 5 Family, UTF-8 without "
    "BOM (`ə ş ç ğ ı ü “ ” – ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Talysh family page: the "
    "town's maternity ward welcomes a week's babies (title over two lines, byline line `Nıvıştə: Səbinə Əliyeva`, the "
    "dateline `LƏNKƏRAN –` opening the lead, a caption and its credit inside a sentence, a midwife's “” quotation cut "
    "by the running head before `bıbo.”`), then, with no blank line, **the list `Tıjanə əğılon`: a header row "
    f"`Nom Vəzn`, {len(BABIES7)} rows of a baby's name and a weight with a decimal comma and `kq` (`3,4 kq`), and a "
    f"count row `Əğılon: {len(BABIES7)}`**; the list is an article, its head the title, each printed row a paragraph "
    "(one space kept between cells).",
    "date": "2040-04-18", "page": "5",
    "head": [f"LƏNKƏRAN SƏDO · {english(DAY7)} · Page 5", "Family · Editor: Rauf Talışlı"],
    "foot": ["Lənkəran Sədo · sedo@lenkeran.example.az"],
    "furniture": ["LƏNKƏRAN SƏDO", english(DAY7), "Page 5", "Family", "Editor: Rauf Talışlı",
                  "Lənkəran Sədo · Family", "Lənkəran Sədo", "sedo@lenkeran.example.az"],
    "run": ["Lənkəran Sədo · Family"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Doğum xonədə", "tıjanə əğılon bə dınyo omeyn", "Nıvıştə: Səbinə Əliyeva"],
         "title": "Doğum xonədə tıjanə əğılon bə dınyo omeyn",
         "byline": ["Nıvıştə: Səbinə Əliyeva", "Səbinə Əliyeva"],
         "captions": ["Mamoçə tıjə əğıl vıniyədə."], "credits": ["Foto: Elçin Mirzəyev"],
         "body": ["LƏNKƏRAN – Şəhrə do~ğum xo~nə~də bə i hə~fte~də "
                  f"{len(BABIES7)} ə~ğıl bə dı~nyo o~mey, dı~lə~ku dı~ğə~nə, dı~lə~ku kı~nə.",
                  "Ən gı~ra~nə ə~ğıl Tu~ral bi, {cap}ən sı~vo~ko Nər~min bi, hər dı~nə sə~ğe~dın.",
                  "Ma~mo~çə Gül~şən Hü~sey~no~va vo~te: “Har ə~ğıl ki bə dı~nyo o~ma, çə~mı "
                  "dı~lı~mi şo~di kar~də, çı~mı kor çok {run}bıbo.”"]},
        {"glued": True, "lines": ["Tıjanə əğılon"], "title": "Tıjanə əğılon",
         "body": [("row", ramp((10, 8), "Nom", "Vəzn"))]
         + [("row", ramp((10, 8), name, f"{kg} kq")) for name, kg in BABIES7]
         + [("row", f"Əğılon: {len(BABIES7)}")]},
    ],
}

# 8. Megleno-Romanian: a golden wedding in Huma; the family gathered, counted by generation; the total.
FAMILY8 = [("Ficiori", 4), ("Nori și ginirț", 4), ("Nipoț", 11), ("Strănipoț", 3)]
ALL8 = sum(n for _, n in FAMILY8)
assert ALL8 == 22
DAY8 = date(2040, 8, 9)
WED8 = 1990
assert DAY8.year - WED8 == 50

FAMILY_PAGE = {
    "name": "ruq_utf16be_bom_lf_megleno_romanian_anniversaries_page_huma_golden_wedding_story_byline_dateline_caption_credit_running_head_midquote_glued_family_count_list_header_row_generation_cells_bare_count_cells_total_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Glasu di Huma (an invented Megleno-Romanian monthly, Huma near Gevgelija, North Macedonia) 2040-08-09 Page 4 "
    "Anniversaries, UTF-16 BE with BOM (`ă â î ș ț „ ” – ·`), LF; blank-line paragraphs, wrapped at 40 with "
    f"hyphenation. A Megleno-Romanian anniversaries page: a couple married in {WED8} keeps their golden wedding with "
    "the whole family home from abroad (title over two lines, byline line `Scriari: Vanghelia Ciuciu`, the dateline "
    "`HUMA –` opening the lead, a caption and its credit inside a sentence, the husband's „” quotation cut by the "
    "running head before `casă.”`), then, with no blank line, **the list `Fumealia`: a header row `Cari Cât`, "
    f"{len(FAMILY8)} rows of a generation (one of three words, `Nori și ginirț`) and a bare count, and a total row "
    f"`Tuț: {ALL8}` (summed)**; the list is an article, its head the title, each printed row a paragraph (one space "
    "kept between cells).",
    "date": "2040-08-09", "page": "4",
    "head": [f"GLASU DI HUMA · {english(DAY8)} · Page 4", "Anniversaries · Editor: Mitre Giurcin"],
    "foot": ["Glasu di Huma · glasu@huma.example.mk"],
    "furniture": ["GLASU DI HUMA", english(DAY8), "Page 4", "Anniversaries", "Editor: Mitre Giurcin",
                  "Glasu di Huma · Anniversaries", "Glasu di Huma", "glasu@huma.example.mk"],
    "run": ["Glasu di Huma · Anniversaries"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Cincizeci di an", "di cân s-au cununat", "Scriari: Vanghelia Ciuciu"],
         "title": "Cincizeci di an di cân s-au cununat",
         "byline": ["Scriari: Vanghelia Ciuciu", "Vanghelia Ciuciu"],
         "captions": ["Moșu și maia cu nipoții ăn curti."], "credits": ["Foto: Tanas Puiu"],
         "body": [f"HUMA – Tănasi și Sultana Ciuciu s-au cu~nu~nat ăn {WED8} ăn bi~se~ri~ca di "
                  f"Hu~ma, iar ăn sâm~bă~ta tri~cu~tă tu~ta fu~mea~lia, {ALL8} di oa~mini, s-a "
                  "a~du~na~tă ăn ca~să.",
                  "Doi di fi~cio~ri ba~nă ăn Ger~ma~nia, {cap}ama tuț a~u vi~nit cu ni~po~ții.",
                  "Tă~na~si a zis: „Ni~ca~ri nu ni-a fost ma~ri~li hăr, ca~nd toț "
                  "stă~țiu ăn~căs~ta ăn {run}casă.”"]},
        {"glued": True, "lines": ["Fumealia"], "title": "Fumealia",
         "body": [("row", ramp((16, 6), "Cari", "Cât"))]
         + [("row", ramp((16, 6), who, str(n))) for who, n in FAMILY8]
         + [("row", f"Tuț: {ALL8}")]},
    ],
}

# 9. Inari Sámi: the spring's baptisms in the Inari church; by date (day and month with points) and name; the count.
BAPT9 = [("8.4.", "Elle Ánná"), ("22.4.", "Jovnâ"), ("6.5.", "Máárjá Sáárá"), ("20.5.", "Niilâs")]
DAYS9 = [date(2040, int(d.split(".")[1]), int(d.split(".")[0])) for d, _ in BAPT9]
assert all(d.weekday() == 6 for d in DAYS9)
DAY9 = date(2040, 5, 23)
assert DAYS9 == sorted(DAYS9) and all(d < DAY9 for d in DAYS9)

BAPTISM_PAGE = {
    "name": "smn_latin6_cr_inari_sami_family_page_spring_baptisms_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_baptisms_list_dotted_day_month_cells_name_cells_count_row",
    "encoding": "iso8859_10", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Anarâš Sänimij (an invented Inari Sámi monthly, Inari, Finland) 2040-05-23 Page 2 Family, ISO-8859-10 "
    "(Latin-6: `â á č đ š ž ŋ ä`; `“ ”` and `–` are not in it, so the quotation takes ASCII `\"` and the dateline an "
    "ASCII hyphen), CR; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 38 with hyphenation. An "
    "Inari Sámi family page: the spring's baptisms in the village church, each child given a Sámi name (title over "
    "two lines, byline line `Čáállám: Anna Morottaja`, the dateline `AANAAR -` opening the lead, a caption and its "
    "credit inside a sentence, the parish priest's quotation cut by the running head before `noomâ.\"`), then, with "
    f"no blank line, **the list `Kuástáduvvum`: no header, {len(BAPT9)} rows of a date with points and no year "
    f"(`8.4.`) and a given name (one or two words), and a count row `Mánááh: {len(BAPT9)}`**; the list is an article, "
    "its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2040-05-23", "page": "2",
    "head": [f"ANARÂŠ SÄNIMIJ - {english(DAY9)} - Page 2", "Family - Editor: Ilmar Sarre"],
    "foot": ["Anarâš Sänimij - sanimij@aanaar.example.fi"],
    "furniture": ["ANARÂŠ SÄNIMIJ", english(DAY9), "Page 2", "Family", "Editor: Ilmar Sarre",
                  "Anarâš Sänimij - Family", "Anarâš Sänimij", "sanimij@aanaar.example.fi"],
    "run": ["Anarâš Sänimij - Family"], "labels": [], "markup": [" - "] * 4,
    "articles": [
        {"lines": ["Nelji mánáá", "kuástáduvvui keväduv", "Čáállám: Anna Morottaja"],
         "title": "Nelji mánáá kuástáduvvui keväduv",
         "byline": ["Čáállám: Anna Morottaja", "Anna Morottaja"],
         "captions": ["Párnáš kuástádem äigi kirkkoost."], "credits": ["Kove: Ville Aikio"],
         "body": ["AANAAR - A~na~ra kirk~koost kuás~tá~du~vvui ke~vä~duv "
                  f"{len(BAPT9)} má~náá, ja puoh o~žžo~i a~na~rââš~kiel~lâš noo~mâ.",
                  "Vuos~maš kuás~tá~dem lii čuá~vu~jeem~mááná~ij, {cap}ma~ŋŋa~maš "
                  "lii Nii~lâs~ist.",
                  "Pap~pa Ju~ha Mus~ta~kal~lio ee~jij: \"Ko máá~nááš ožžu "
                  "ee~ji~giel~lâš noo~mâ, te sun ožžu me~i~di~gu~ođđ~âs ääi~gi "
                  "{run}noomâ.\""]},
        {"glued": True, "lines": ["Kuástáduvvum"], "title": "Kuástáduvvum",
         "body": [("row", ramp((7, 14), day, name)) for day, name in BAPT9]
         + [("row", f"Mánááh: {len(BAPT9)}")]},
    ],
}

# 10. Ingrian: golden weddings in Kurkola; each couple and the span of their years; the count.
GOLD10 = [("Pekka ja Anni Lukin", 1990), ("Juhan ja Maija Kettunen", 1990), ("Vasli ja Olga Repo", 1990)]
DAY10 = date(2040, 6, 20)
assert all(DAY10.year - y == 50 for _, y in GOLD10)

GOLDEN_PAGE = {
    "name": "izh_macroman_lf_ingrian_anniversaries_page_kurkola_three_golden_weddings_story_byline_dateline_caption_credit_running_head_midquote_glued_couples_list_no_header_couple_cells_en_dash_year_span_cells_count_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kurkolan Sanomat (an invented Ingrian monthly, Kurkola (Kurgolovo), Leningrad oblast, Russia) 2040-06-20 "
    "Page 8 Anniversaries, Mac OS Roman (`ä ö “ ” – ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. An "
    f"Ingrian anniversaries page: {len(GOLD10)} village couples all married in the summer of 1990 keep their golden "
    "weddings at one table (title over two lines, byline line `Kirjutti: Liisa Konkka`, the dateline `KURKOLA –` "
    "opening the lead, a caption and its credit inside a sentence, a wife's “” quotation cut by the running head "
    "before `yhtee.”`), then, with no blank line, **the list `Kultahäät`: no header, "
    f"{len(GOLD10)} rows of a couple (four words) and a span of years with an en dash (`1990–2040`), and a count row "
    f"`Kaik: {len(GOLD10)} paria`**; the list is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2040-06-20", "page": "8",
    "head": [f"KURKOLAN SANOMAT · {english(DAY10)} · Page 8", "Anniversaries · Editor: Toivo Ryppö"],
    "foot": ["Kurkolan Sanomat · sanomat@kurkola.example.ru"],
    "furniture": ["KURKOLAN SANOMAT", english(DAY10), "Page 8", "Anniversaries", "Editor: Toivo Ryppö",
                  "Kurkolan Sanomat · Anniversaries", "Kurkolan Sanomat", "sanomat@kurkola.example.ru"],
    "run": ["Kurkolan Sanomat · Anniversaries"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kolm paria pitäät", "kultahäitä yhtee aikaa", "Kirjutti: Liisa Konkka"],
         "title": "Kolm paria pitäät kultahäitä yhtee aikaa",
         "byline": ["Kirjutti: Liisa Konkka", "Liisa Konkka"],
         "captions": ["Kultahääparit kylän talon pöyvän taga."], "credits": ["Kuva: Arvo Hämäläin"],
         "body": [f"KURKOLA – Kol~m kyl~än pa~ri~a me~nnii nai~mis~sii ke~sä~l {GOLD10[0][1]}, "
                  "ja nyt ne pi~ti~ät kul~ta~häi~tä yh~te~s kyl~än ta~los.",
                  "Vie~rai~ta tul~ti ka~heks~kym~men~t, {cap}ja lap~set lau~lo~it van~hoi "
                  "in~ke~rin lau~lui~ta.",
                  "Mai~ja Ket~tu~nen sa~no: “Myö kol~me pa~ri~a tul~lii yh~tee kir~kos~t, ja "
                  "nyt viis~kym~men~t vuot~ta my~ö~hem~min is~tum~ma taas {run}yhtee.”"]},
        {"glued": True, "lines": ["Kultahäät"], "title": "Kultahäät",
         "body": [("row", ramp((26, 11), couple, f"{y}–{DAY10.year}")) for couple, y in GOLD10]
         + [("row", f"Kaik: {len(GOLD10)} paria")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùyäöáåăə"


def tidy(text):
    """Drop the split marks that would leave one letter on a side, touch an apostrophe or part a doubled vowel."""

    def word(match):
        parts = match.group(0).split("~")
        out = parts[0]
        for i, part in enumerate(parts[1:], 1):
            left, right = "".join(parts[:i]), "".join(parts[i:])
            ok = (len(left.lstrip("“«„\"")) >= 2 and len(right.rstrip(".,:;»”\"")) >= 2 and not left.endswith("'")
                  and not right.startswith("'") and not (left[-1] in VOWELS and left[-1] == right[0]))
            out += ("~" if ok else "") + part
        return out

    return re.sub(r"[^\s{}]*~[^\s{}]*", word, text)


for _page in (BIRTH_PAGE, FAMILY_PAGE, BAPTISM_PAGE, GOLDEN_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [GROUP_PAGE, NAMES_PAGE, SLOT_PAGE, GIFT_PAGE, BOX_PAGE, RULES_PAGE, BIRTH_PAGE, FAMILY_PAGE, BAPTISM_PAGE,
         GOLDEN_PAGE]
