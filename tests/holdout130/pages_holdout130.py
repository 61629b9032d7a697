"""The text of every holdout130 page, written once: make_holdout130_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-129 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `ramp()`
(holdout126's to 129's), so the printed spacing is reproducible. The districts' shares, the age groups' shares and
totals, the townships' natural increase, the by-census phases, the population indicators' sums and changes, the
per-mille rates, the households' average size, the enumerators' pay, the projection's growth and the sex ratios are
computed here from the figures they rest on, and the weekdays from the dates. All papers, censuses' and surveys'
figures, districts, townships, people, sums, telephone numbers and events are invented; real places (counties,
territories, towns) are settings only.
"""

from datetime import date, timedelta

WEEKDAYS_ZH = "一二三四五六日"
MINUS_FW = "\uff0d"  # － FULLWIDTH HYPHEN-MINUS, as Big5 prints a minus


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


def share(part, whole, places=1):
    """A percent share rounded half up, as a string: `38.5`."""
    scaled = part * 10 ** (places + 2) * 2 // whole
    scaled = (scaled + 1) // 2
    text = str(scaled)
    return f"{text[:-places] or '0'}.{text[-places:]}" if places else text


def tenths(value):
    """A count of tenths as a one-decimal string: 386 -> `38.6`."""
    return f"{value // 10}.{value % 10}"


# 1. A city's census: the resident population of its four districts (in tenths of 万人) and their shares.
DISTRICTS = [("沅西区", 386), ("东渚区", 279), ("北汀区", 214), ("南浦区", 123)]
CITY = sum(pop for _, pop in DISTRICTS)
CITY_BEFORE = 956
SHARES = [share(pop, CITY) for _, pop in DISTRICTS]
assert sum(round(float(s) * 10) for s in SHARES) == 1000  # the printed shares add up to 100.0
DAY1 = date(2037, 5, 12)

DISTRICTS_PAGE = {
    "name": "zh_gbk_crlf_census_page_city_population_tops_one_million_story_byline_caption_credit_running_head_midquote_glued_district_population_table_header_row_units_in_header_wan_one_decimal_share_adding_to_hundred_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "湄沅日报 2037-05-12 第3版 社会, GBK, CRLF; blank-line paragraphs, wrapped at 22. A census page: the invented "
    f"city's census puts its resident population at {tenths(CITY)}万, up {tenths(CITY - CITY_BEFORE)}万 in ten years "
    "(title with a full-width gap, the byline line `本报记者　郗　岚`, a caption and its credit inside a sentence, the "
    "census office head's “” quotation cut by the running head before `完成。”`), then, with no blank line, **the table "
    "`各区常住人口`: a header row whose cells carry their units in brackets `区　人口（万人）　占比（%）`, four rows of a "
    f"district, a figure to one decimal and a share to one decimal, and a total row `合计　{tenths(CITY)}　100.0` (the "
    "printed shares checked to add up to 100.0)**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2037-05-12", "page": "3",
    "head": [f"湄沅日报　　2037年5月12日　{weekday(DAY1)}", "第3版　社会　　责任编辑：殷　棠"],
    "foot": ["湄沅日报社出版　　新闻热线：0745-3826159"],
    "furniture": ["湄沅日报", "2037年5月12日", weekday(DAY1), "第3版", "社会", "责任编辑：殷　棠", "湄沅日报·社会",
                  "湄沅日报社出版", "新闻热线：0745-3826159"],
    "run": ["湄沅日报·社会"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["我市常住人口　突破百万", "本报记者　郗　岚"], "title": "我市常住人口　突破百万",
         "byline": ["本报记者　郗　岚", "郗　岚", "郗岚"],
         "captions": ["普查员在沅西区入户登记。"], "credits": ["（本报记者　郗　岚　摄）"],
         "body": [f"市人口普查办公室昨天公布普查主要数据，全市常住人口为{tenths(CITY)}万人，比十年前增加"
                  f"{tenths(CITY - CITY_BEFORE)}万人，首次突破百万。",
                  f"四个区中，沅西区人口最多，占全市的{SHARES[0]}%，{{cap}}南浦区人口最少，占{SHARES[-1]}%。",
                  "市普查办主任章立衡说，分年龄、分行业的详细数据还在汇总，“预计今年年底前全部汇总"
                  "{run}完成。”"]},
        {"glued": True, "lines": ["各区常住人口"], "title": "各区常住人口",
         "body": [("row", "区　人口（万人）　占比（%）")]
         + [("row", f"{name}　{tenths(pop)}　{s}") for (name, pop), s in zip(DISTRICTS, SHARES)]
         + [("row", f"合计　{tenths(CITY)}　100.0")]},
    ],
}

# 2. A county's census: the age groups, with an `其中` row that is a part of the row above it.
AGES = [("0—14岁", 118426), ("15—59岁", 522107), ("60岁及以上", 211471)]
OVER65 = 150632
COUNTY = sum(n for _, n in AGES)
AGE_SHARES = [share(n, COUNTY) for _, n in AGES]
assert sum(round(float(s) * 10) for s in AGE_SHARES) == 1000  # the printed shares add up to 100.0
OVER65_SHARE = share(OVER65, COUNTY)
assert OVER65 < AGES[-1][1]
DAY2 = date(2037, 6, 3)
RARE = "\u365f"  # 㙟, CJK Extension A: in GB18030, not in GBK

AGES_PAGE = {
    "name": "zh_gb18030_lf_census_page_county_ageing_story_byline_rare_char_in_place_name_caption_credit_running_head_midquote_indent_only_glued_age_structure_table_header_row_em_dash_age_range_first_cells_qizhong_sub_row_total_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"岑州晚报 2037-06-03 第5版 民生 (`{RARE}` U+365F, CJK Extension A, in an invented township's name `{RARE}口镇`; "
    "in GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A census page: the invented county's "
    f"census shows {AGE_SHARES[-1]}% of its people aged sixty or more (title with a full-width gap, the byline line "
    "`本报记者　巫　漪`, a caption and its credit inside a sentence, the statistics bureau head's “” quotation cut by the "
    "running head before `服务。”`), then, with no blank line, **the table `人口年龄构成`: a header row `年龄组　人数　比重`, "
    "three rows whose first cells are age ranges with an em dash (`0—14岁`) or `60岁及以上`, an `其中：65岁及以上` row "
    f"that is a part of the row above (not added), and a total row `合计　{COUNTY}　100.0%` (checked)**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2037-06-03", "page": "5",
    "head": [f"岑州晚报　　2037年6月3日　{weekday(DAY2)}", "第5版　民生　　责任编辑：裘　苒"],
    "foot": ["岑州晚报社　　读者热线：0598-4172638"],
    "furniture": ["岑州晚报", "2037年6月3日", weekday(DAY2), "第5版", "民生", "责任编辑：裘　苒", "岑州晚报·民生",
                  "岑州晚报社", "读者热线：0598-4172638"],
    "run": ["岑州晚报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["每四人中有一位老人　县人口老龄化加深", "本报记者　巫　漪"],
         "title": "每四人中有一位老人　县人口老龄化加深",
         "byline": ["本报记者　巫　漪", "巫　漪", "巫漪"],
         "captions": ["老人在敬老院参加普查登记。"], "credits": ["（本报记者　巫　漪　摄）"],
         "body": [f"县统计局日前发布人口普查公报，全县常住人口{COUNTY}人，其中60岁及以上的{AGES[-1][1]}人，"
                  f"占{AGE_SHARES[-1]}%。",
                  f"老人比重最高的是山区的{RARE}口镇，{{cap}}不少青壮年外出务工，留下老人看家。",
                  "县统计局局长廖启明说，这些数据会提供给民政和卫生部门，“规划养老院和社区食堂，要先弄清楚老人在哪里，"
                  "才能就近{run}服务。”"]},
        {"glued": True, "lines": ["人口年龄构成"], "title": "人口年龄构成",
         "body": [("row", "年龄组　人数　比重")]
         + [("row", f"{group}　{n}　{s}%") for (group, n), s in zip(AGES, AGE_SHARES)]
         + [("row", f"其中：65岁及以上　{OVER65}　{OVER65_SHARE}%"),
            ("row", f"合计　{COUNTY}　100.0%")]},
    ],
}

# 3. A Taiwan county's household registration: births and deaths by township, natural increase with a minus.
TOWNS = [("湄尾鄉", 212, 301), ("崙埔鎮", 486, 412), ("東汕鄉", 158, 247), ("南厝鄉", 97, 188)]
BIRTHS = sum(b for _, b, _ in TOWNS)
DEATHS = sum(d for _, _, d in TOWNS)


def signed_fw(n):
    """A natural increase as Big5 prints it: `74`, or `－89` with a full-width minus."""
    return f"{n:,}" if n >= 0 else f"{MINUS_FW}{-n:,}"


assert DEATHS > BIRTHS
DAY3 = date(2037, 7, 14)

TOWNS_PAGE = {
    "name": "zht_big5_lf_taiwan_household_registration_page_deaths_outnumber_births_story_byline_caption_credit_running_head_midquote_glued_township_births_deaths_table_header_row_natural_increase_fullwidth_minus_total_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "崙湄日報 2037-07-14 A6 地方 (`中華民國126年7月14日`), Big5, LF; blank-line paragraphs, wrapped at 20. A Taiwan "
    "population page: in the first half of the year the invented county's four coastal townships registered "
    f"{BIRTHS:,} births and {DEATHS:,} deaths (title with a full-width gap, the byline line `記者蘇柏翰／雲林報導`, a "
    "caption and its credit inside a sentence, a township chief's 「」 quotation cut by the running head before `來。」`), "
    "then, with no blank line, **the table `上半年出生死亡人數`: a header row `鄉鎮　出生　死亡　自然增加`, four rows whose "
    f"natural increase is signed with a full-width minus `{MINUS_FW}89` (U+FF0D, Big5's minus) or unsigned, and a total "
    f"row `合計　{BIRTHS:,}　{DEATHS:,}　{signed_fw(BIRTHS - DEATHS)}` (checked)**; the table is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2037-07-14", "page": "A6",
    "head": [f"崙湄日報　中華民國126年7月14日　{weekday(DAY3)}", "A6　地方　　編輯：紀雅雯"],
    "foot": ["崙湄日報社　讀者服務專線：(05)5327-148"],
    "furniture": ["崙湄日報", "中華民國126年7月14日", weekday(DAY3), "A6", "地方", "編輯：紀雅雯", "崙湄日報．地方",
                  "崙湄日報社", "讀者服務專線：(05)5327-148"],
    "run": ["崙湄日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["沿海四鄉鎮　死亡人數多於出生", "記者蘇柏翰／雲林報導"], "title": "沿海四鄉鎮　死亡人數多於出生",
         "byline": ["記者蘇柏翰／雲林報導", "蘇柏翰"],
         "captions": ["崙埔鎮戶政事務所櫃檯。"], "credits": ["（記者蘇柏翰攝）"],
         "body": [f"縣府民政處昨天公布上半年戶籍統計，沿海四鄉鎮出生{BIRTHS:,}人、死亡{DEATHS:,}人，死亡比出生多"
                  f"{DEATHS - BIRTHS}人。",
                  "四鄉鎮中只有設有工業區的崙埔鎮出生多於死亡，{cap}其餘三鄉人口都在減少。",
                  "湄尾鄉長黃振忠說，鄉公所今年加發生育津貼，「年輕人有工作、有房子，才會願意回"
                  "{run}來。」"]},
        {"glued": True, "lines": ["上半年出生死亡人數"], "title": "上半年出生死亡人數",
         "body": [("row", "鄉鎮　出生　死亡　自然增加")]
         + [("row", f"{town}　{b}　{d}　{signed_fw(b - d)}") for town, b, d in TOWNS]
         + [("row", f"合計　{BIRTHS:,}　{DEATHS:,}　{signed_fw(BIRTHS - DEATHS)}")]},
    ],
}

# 4. Hong Kong's by-census: its phases, each a date range with 至 and an arrangement, no closing row.
PHASES = [(date(2036, 6, 30), date(2036, 7, 9), "網上填報"), (date(2036, 7, 10), date(2036, 8, 20), "統計員上門訪問"),
          (date(2036, 8, 21), date(2036, 8, 31), "覆核及補漏")]
assert all(a + timedelta(days=1) == b for (_, a, _), (b, _, _) in zip(PHASES, PHASES[1:]))
DAY4 = date(2036, 6, 26)
assert DAY4.year % 10 == 6  # a by-census year
assert DAY4.weekday() == 3 and PHASES[0][0].weekday() == 0  # a Thursday page, forms open next Monday


def zh_range(a, b):
    """`6月30日至7月9日`."""
    return f"{a.month}月{a.day}日至{b.month}月{b.day}日"


PHASES_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_by_census_page_online_forms_open_monday_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_by_census_phases_table_header_row_date_range_zhi_first_cells_no_closing_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "澔灣日報 2036-06-26 A10 港聞 (Hong Kong), Big5-HKSCS (`咗 嘅 喺 啲`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong by-census page in Cantonese: the by-census opens its online "
    f"forms on Monday {PHASES[0][0].month}月{PHASES[0][0].day}日 before enumerators knock on doors (title with a "
    "full-width gap, the byline line `記者　岑穎詩`, a caption and its credit inside a sentence, an official's 「」 "
    "quotation cut by the running head before `門。」`), then, with no blank line, **the table `中期人口統計日程`: a "
    "header row `日期　安排`, three rows whose first cell is a date range joined by `至` (`6月30日至7月9日`, one across "
    "two months, the ranges following one another, checked) and whose second is the arrangement**, with no closing row; "
    "the table is an article, its head the title, each printed row a paragraph.",
    "date": "2036-06-26", "page": "A10",
    "head": [f"澔灣日報　2036年6月26日　{weekday(DAY4)}", "A10　港聞　　編輯：鄺子謙"],
    "foot": ["澔灣日報社　　新聞熱線：2917 4826"],
    "furniture": ["澔灣日報", "2036年6月26日", weekday(DAY4), "A10", "港聞", "編輯：鄺子謙", "澔灣日報．港聞", "澔灣日報社",
                  "新聞熱線：2917 4826"],
    "run": ["澔灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["中期人口統計　下星期一開始網上填", "記者　岑穎詩"], "title": "中期人口統計　下星期一開始網上填",
         "byline": ["記者　岑穎詩", "岑穎詩"],
         "captions": ["統計員喺屋邨大堂示範點樣填表。"], "credits": ["（岑穎詩攝）"],
         "body": ["今年嘅中期人口統計下星期一開始，抽中嘅住戶會收到一封信，入面有網上填報嘅帳戶同密碼。",
                  "統計處話今次抽咗大約十分之一嘅住戶，{cap}冇網上填報嘅住戶，七月中開始會有統計員上門。",
                  "統計處發言人提醒市民，統計員一定戴住職員證，「唔肯定就打熱線查吓，唔好隨便畀陌生人入"
                  "{run}門。」"]},
        {"glued": True, "lines": ["中期人口統計日程"], "title": "中期人口統計日程",
         "body": [("row", "日期　安排")]
         + [("row", f"{zh_range(a, b)}　{what}") for a, b, what in PHASES]},
    ],
}

# 5. Singapore's population in brief: the year's indicators beside last year's, in tenths of 万.
PARTS = [("公民", 3682, 3705), ("永久居民", 531, 536), ("非居民", 2021, 2040)]
TOTAL_BEFORE = sum(a for _, a, _ in PARTS)
TOTAL_NOW = sum(b for _, _, b in PARTS)
GROWTH = share(TOTAL_NOW - TOTAL_BEFORE, TOTAL_BEFORE)
MEDIAN = ("42.6", "43.0")
DAY5 = date(2037, 9, 25)
assert DAY5.weekday() == 4

BRIEF_PAGE = {
    "name": "zh_utf8_bom_crlf_singapore_population_page_population_in_brief_story_byline_caption_credit_running_head_midquote_indent_only_glued_population_indicators_table_header_row_year_columns_bracketed_units_in_label_cells_note_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "榕洲早报 2037-09-25 第4版 国内 (Singapore), UTF-8 with BOM, CRLF; indent-only paragraphs, wrapped at 21. A "
    f"population page: the yearly population brief puts the total at {tenths(TOTAL_NOW)}万, up {GROWTH}% (title with a "
    "full-width gap, the byline line `记者　梁慧敏`, a caption and its credit inside a sentence, a sociologist's “” "
    "quotation cut by the running head before `准备。”`), then, with no blank line, **the table `人口主要指标`: a header "
    "row whose last two cells are years `指标　2036年　2037年`, five rows whose label cells carry their units in brackets "
    "(`总人口（万）`, `年龄中位数（岁）`), the parts adding up to the total in both years (checked), and a note row "
    "`注：均为6月底数字`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-09-25", "page": "4",
    "head": [f"榕洲早报　　2037年9月25日　{weekday(DAY5)}", "第4版　国内　　编辑：温家豪"],
    "foot": ["榕洲早报社　　新闻热线：6284 3971"],
    "furniture": ["榕洲早报", "2037年9月25日", weekday(DAY5), "第4版", "国内", "编辑：温家豪", "榕洲早报·国内",
                  "榕洲早报社", "新闻热线：6284 3971"],
    "run": ["榕洲早报·国内"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["人口简报：总人口增长" + GROWTH + "%", "记者　梁慧敏"], "title": "人口简报：总人口增长" + GROWTH + "%",
         "byline": ["记者　梁慧敏", "梁慧敏"],
         "captions": ["乐龄人士在社区中心做运动。"], "credits": ["（记者　梁慧敏　摄）"],
         "body": [f"国家人口及人才署昨天发布年度人口简报，截至6月底，总人口为{tenths(TOTAL_NOW)}万，比去年增加"
                  f"{tenths(TOTAL_NOW - TOTAL_BEFORE)}万，增长{GROWTH}%。",
                  f"公民人数增加{tenths(PARTS[0][2] - PARTS[0][1])}万，{{cap}}年龄中位数从{MEDIAN[0]}岁升到"
                  f"{MEDIAN[1]}岁。",
                  "社会学者方志远说，人口老化的速度比预期快，“医疗、交通和住屋都要提早"
                  "{run}准备。”"]},
        {"glued": True, "lines": ["人口主要指标"], "title": "人口主要指标",
         "body": [("row", "指标　2036年　2037年"),
                  ("row", f"总人口（万）　{tenths(TOTAL_BEFORE)}　{tenths(TOTAL_NOW)}")]
         + [("row", f"{name}（万）　{tenths(a)}　{tenths(b)}") for name, a, b in PARTS]
         + [("row", f"年龄中位数（岁）　{MEDIAN[0]}　{MEDIAN[1]}"),
            ("row", "注：均为6月底数字")]},
    ],
}

# 6. A city's statistical communiqué: births, deaths and natural growth, with rates per mille of the mean population.
MEAN_POP = 493000
BORN6, DIED6 = 4126, 3518
GROWN6 = BORN6 - DIED6


def permille(n):
    """A rate per mille of MEAN_POP to two decimals, rounded half up: `8.37`."""
    hundredths = (n * 100000 * 2 // MEAN_POP + 1) // 2
    return f"{hundredths // 100}.{hundredths % 100:02d}"


RATES = [permille(BORN6), permille(DIED6), permille(GROWN6)]
assert round(float(RATES[0]) - float(RATES[1]), 2) == float(RATES[2])
DAY6 = date(2037, 3, 18)

RATES_PAGE = {
    "name": "zh_utf16be_bom_lf_statistics_page_annual_communique_births_fall_story_byline_caption_credit_running_head_midquote_glued_population_change_table_header_row_per_mille_sign_in_header_two_decimal_rates_rule_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "淇港日报 2037-03-18 第2版 要闻, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. An official "
    f"statistics page: the invented city's yearly statistical communiqué counts {BORN6} births and {DIED6} deaths (title "
    "with a full-width gap, the byline line `本报记者　蒋　茵`, a caption and its credit inside a sentence, the statistics "
    "bureau's deputy head's “” quotation cut by the running head before `判断。”`), then, with no blank line, **the table "
    "`人口变动情况`: a header row whose last cell carries the per-mille sign `项目　人数　比率（‰）`, three rows of a "
    f"count and a rate to two decimals (`{RATES[0]}`; rates computed from the mean population, the birth rate less the "
    "death rate giving the growth rate, checked), and a rule row telling the base**; the table is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2037-03-18", "page": "2",
    "head": [f"淇港日报　　2037年3月18日　{weekday(DAY6)}", "第2版　要闻　　责任编辑：童　霁"],
    "foot": ["淇港日报社出版　　新闻热线：0631-5287413"],
    "furniture": ["淇港日报", "2037年3月18日", weekday(DAY6), "第2版", "要闻", "责任编辑：童　霁", "淇港日报·要闻",
                  "淇港日报社出版", "新闻热线：0631-5287413"],
    "run": ["淇港日报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["统计公报发布　去年出生人口减少", "本报记者　蒋　茵"], "title": "统计公报发布　去年出生人口减少",
         "byline": ["本报记者　蒋　茵", "蒋　茵", "蒋茵"],
         "captions": ["市妇幼保健院的新生儿病房。"], "credits": ["（本报记者　蒋　茵　摄）"],
         "body": [f"市统计局昨天发布去年国民经济和社会发展统计公报，全年出生人口{BORN6}人，比前年减少312人；"
                  f"死亡人口{DIED6}人。",
                  f"全年人口出生率为{RATES[0]}‰，死亡率为{RATES[1]}‰，{{cap}}自然增长率为{RATES[2]}‰。",
                  "市统计局副局长骆文涛说，出生人口连续五年减少，“这一趋势短期内难以扭转，托育和学位的规划要据此"
                  "{run}判断。”"]},
        {"glued": True, "lines": ["人口变动情况"], "title": "人口变动情况",
         "body": [("row", "项目　人数　比率（‰）"),
                  ("row", f"出生　{BORN6}　{RATES[0]}"),
                  ("row", f"死亡　{DIED6}　{RATES[1]}"),
                  ("row", f"自然增长　{GROWN6}　{RATES[2]}"),
                  ("row", f"比率按年平均人口{MEAN_POP // 10000}.{MEAN_POP // 1000 % 10}万人计算")]},
    ],
}

# 7. Ekegusii: Kisii County's census by sub-county, people and households, and the average household.
SUBS = [("Kitutu Chache", 218406, 52004), ("Bomachoge", 171290, 39834), ("Nyaribari", 196552, 47941),
        ("Bobasi", 207118, 45026)]


def average(people, homes):
    """People per household to one decimal, rounded half up: `4.2`."""
    t = (people * 20 // homes + 1) // 2
    return f"{t // 10}.{t % 10}"


PEOPLE7 = sum(p for _, p, _ in SUBS)
HOMES7 = sum(h for _, _, h in SUBS)
AVG7 = average(PEOPLE7, HOMES7)
DAY7 = date(2037, 2, 10)

GUSII_PAGE = {
    "name": "guz_macroman_cr_ekegusii_census_page_kisii_household_size_story_byline_dateline_caption_credit_running_head_midquote_glued_sub_county_table_header_row_people_households_comma_grouped_average_one_decimal_total_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Egesaku ria Kisii (an invented Ekegusii weekly, Kisii, Kenya) 2037-02-10 Page 4 Takwimu, Mac Roman "
    "(`“ ” – ·`), CR; blank-line paragraphs, wrapped at 36 with hyphenation. An Ekegusii census page: the county "
    f"statistics office's figures for four sub-counties, {PEOPLE7:,} people in {HOMES7:,} households, {AVG7} to a "
    "household (title over two lines, byline line `Ko: Kerubo Nyaboke`, the dateline `KISII –` opening the lead, a "
    "caption and its credit inside a sentence, an elder's “” quotation cut by the running head before `chinsemo.”`), "
    "then, with no blank line, **the table `Abanto na chinyomba`: a header row, four rows of a sub-county (two of them "
    "holding a space), people and households grouped by commas and the people per household to one decimal, flush "
    f"right, and a total row `Bonsi {PEOPLE7:,} {HOMES7:,} {AVG7}` (all checked)**; the table is an article, its head "
    "the title, each printed row a paragraph (one space kept between cells).",
    "date": "2037-02-10", "page": "4",
    "head": [f"EGESAKU RIA KISII · {english(DAY7)} · Page 4", "Takwimu · Editor: Moses Ongeri"],
    "foot": ["Egesaku ria Kisii · egesaku@kisii.example.ke"],
    "furniture": ["EGESAKU RIA KISII", english(DAY7), "Page 4", "Takwimu", "Editor: Moses Ongeri",
                  "Egesaku ria Kisii · Takwimu", "Egesaku ria Kisii", "egesaku@kisii.example.ke"],
    "run": ["Egesaku ria Kisii · Takwimu"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Chinyomba chia Kisii", "nchigokena abanto", "Ko: Kerubo Nyaboke"],
         "title": "Chinyomba chia Kisii nchigokena abanto",
         "byline": ["Ko: Kerubo Nyaboke", "Kerubo Nyaboke"],
         "captions": ["Omobari bwa census ase Bobasi."], "credits": ["Picha: Nyamweya Ombati"],
         "body": [f"KISII – Ofisi ya statistics ya county ya~ra~ng~ere~ti~re ng'a abanto {PEOPLE7:,} ba~ne~ne "
                  f"chi~nyo~mba {HOMES7:,} ase sub-county ine, na enyomba eyemo ene~ne abanto {AVG7}.",
                  "Ekero kiagera ng'a a~ba~ga~ka~ba~ka ba~ko~ra~ga~cha ase chi~nyo~mba chiabo, {cap}naende "
                  "aba~sae~cha ba~ka~gen~da Nai~robi.",
                  "Omogaka Nyakundi Mogaka, ase Nyaribari, na~ga~cha~ki~re: “Chinyomba chi~ke~ge chi~ne~ne "
                  "aba~nto ba~ke, ime~ra y'a~ba~na ne~e~ngi~ya ase {run}chinsemo.”"]},
        {"glued": True, "lines": ["Abanto na chinyomba"], "title": "Abanto na chinyomba",
         "body": [("row", ramp((14, 8, 8, 5), "Sub-county", "Abanto", "Nyomba", "Oe"))]
         + [("row", ramp((14, 8, 8, 5), name, f"{p:,}", f"{h:,}", average(p, h))) for name, p, h in SUBS]
         + [("row", ramp((14, 8, 8, 5), "Bonsi", f"{PEOPLE7:,}", f"{HOMES7:,}", AVG7))]},
    ],
}

# 8. Pokot: the census enumerators' pay, days times the daily rate for each role, and when it is paid.
ROLES = [("Enumerator", 10, 2500), ("Supervisor", 14, 3200), ("ICT officer", 18, 3800)]
DAY8 = date(2039, 7, 27)
CENSUS_NIGHT = date(2039, 8, 24)
assert CENSUS_NIGHT.weekday() == 2 and DAY8.weekday() == 2  # a Wednesday page, census night a Wednesday

PAY_PAGE = {
    "name": "pko_utf16le_bom_crlf_pokot_census_page_enumerators_pay_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_pay_table_header_row_role_days_rate_product_column_shillings_payment_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Kokwo nyo Kapenguria (an invented Pokot weekly, Kapenguria, West Pokot, Kenya) 2039-07-27 Page 2 Taarifa, "
    "UTF-16 LE with BOM (a Latin page; `“ ” – ·`), CRLF; **indent-only paragraphs (two spaces, no blank lines)**, "
    "wrapped at 38 with hyphenation. A Pokot census page: four weeks before census night (Wednesday 24 August 2039) the "
    "county's census office names the enumerators' pay (title over two lines, byline line `Ompo: Chepkoech Lotee`, the "
    "dateline `KAPENGURIA –` opening the lead, a caption and its credit inside a sentence, a young applicant's “” "
    "quotation cut by the running head before `kipsoy.”`), then, with no blank line, **the table `Kiyaryat nyo census`: "
    "a header row `Kasit Ps Ksh/ps Ksh`, three rows of a role (one holding a space), days, a daily rate and the product "
    "of the two (`25,000`, computed), flush right, and a payment row `Kiyaryat ko M-Pesa`** with no total; the table is "
    "an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2039-07-27", "page": "2",
    "head": [f"KOKWO NYO KAPENGURIA · {english(DAY8)} · Page 2", "Taarifa · Editor: Simon Lopeyok"],
    "foot": ["Kokwo nyo Kapenguria · kokwo@kapenguria.example.ke"],
    "furniture": ["KOKWO NYO KAPENGURIA", english(DAY8), "Page 2", "Taarifa", "Editor: Simon Lopeyok",
                  "Kokwo nyo Kapenguria · Taarifa", "Kokwo nyo Kapenguria", "kokwo@kapenguria.example.ke"],
    "run": ["Kokwo nyo Kapenguria · Taarifa"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Census: kiyaryat nyo", "ngalekwa ko lo kwoyit", "Ompo: Chepkoech Lotee"],
         "title": "Census: kiyaryat nyo ngalekwa ko lo kwoyit",
         "byline": ["Ompo: Chepkoech Lotee", "Chepkoech Lotee"],
         "captions": ["Pich korutuni ofisi nyo census."], "credits": ["Picha: Lokoel Kamama"],
         "body": ["KAPENGURIA – Ofisi nyo census nyo West Pokot ko~mwa~ni ki~yar~yat nyo enu~me~ra~tors, su~per~vi~sors "
                  f"ak ICT officers, kiy~ak~ta census {CENSUS_NIGHT.day} August.",
                  f"Enumerator ko~yo~ni ps {ROLES[0][1]} ak Ksh {ROLES[0][2]:,} ps akeng, {{cap}}ko~nyo~ru "
                  f"Ksh {ROLES[0][1] * ROLES[0][2]:,}.",
                  "Rotich Psiwa, lakwa nyo ko~sir~ta kopkai, ko~mwa: “Kiyaryat nyo ngalekwa, kale~nyo ko "
                  "pi~ch nyo ma~ta~kwa ko~na~n {run}kipsoy.”"]},
        {"glued": True, "lines": ["Kiyaryat nyo census"], "title": "Kiyaryat nyo census",
         "body": [("row", ramp((13, 4, 8, 9), "Kasit", "Ps", "Ksh/ps", "Ksh"))]
         + [("row", ramp((13, 4, 8, 9), role, str(days), f"{rate:,}", f"{days * rate:,}")) for role, days, rate in ROLES]
         + [("row", "Kiyaryat ko M-Pesa")]},
    ],
}

# 9. Kuria: Kuria West's population, counted and projected, the growth between counts and the projections starred.
YEARS = [("2019", 196804), ("2029", 247306), ("2034*", 268930), ("2039*", 291485)]


def growth(before, after):
    """Growth in percent to one decimal, signed, rounded half up: `+18.6`."""
    t = ((after - before) * 2000 // before + 1) // 2
    return f"+{t // 10}.{t % 10}"


GROWTHS = ["–"] + [growth(a, b) for (_, a), (_, b) in zip(YEARS, YEARS[1:])]
DAY9 = date(2037, 10, 6)

PROJECTION_PAGE = {
    "name": "kuj_cp1252_lf_kuria_population_page_kuria_west_projection_story_byline_dateline_caption_credit_running_head_midquote_glued_projection_table_year_first_cells_starred_projections_signed_growth_en_dash_empty_cell_footnote_row",
    "encoding": "cp1252", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Omonyonyi bwa Kehancha (an invented Kuria weekly, Kehancha, Migori County, Kenya) 2037-10-06 Page 3 "
    "Amang’ana, cp1252 (`’ “ ” – ·`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A Kuria population page: "
    f"the county planners' projection of Kuria West from the censuses of 2019 and 2029 to {YEARS[-1][1]:,} people in "
    "2039 (title over two lines, byline line `Ghwa: Robi Mwita`, the dateline `KEHANCHA –` opening the lead, a caption "
    "and its credit inside a sentence, a planner's “” quotation cut by the running head before `abhaana.”`), then, with "
    "no blank line, **the table `Abhanto bha Kuria West`: a header row, four rows whose first cells are years, the two "
    "projected ones starred (`2034*`), people grouped by commas and the growth since the row above signed `+18.6` "
    "(computed), the first row's growth an en dash for an empty cell, and a footnote row `* Ubhugheresi`**; the table "
    "is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2037-10-06", "page": "3",
    "head": [f"OMONYONYI BWA KEHANCHA · {english(DAY9)} · Page 3", "Amang’ana · Editor: Chacha Marwa"],
    "foot": ["Omonyonyi bwa Kehancha · omonyonyi@kehancha.example.ke"],
    "furniture": ["OMONYONYI BWA KEHANCHA", english(DAY9), "Page 3", "Amang’ana", "Editor: Chacha Marwa",
                  "Omonyonyi bwa Kehancha · Amang’ana", "Omonyonyi bwa Kehancha", "omonyonyi@kehancha.example.ke"],
    "run": ["Omonyonyi bwa Kehancha · Amang’ana"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Abhanto bha Kuria West", "bhakoongera ko 2039", "Ghwa: Robi Mwita"],
         "title": "Abhanto bha Kuria West bhakoongera ko 2039",
         "byline": ["Ghwa: Robi Mwita", "Robi Mwita"],
         "captions": ["Isoko ria Kehancha."], "credits": ["Picha: Mwita Chacha"],
         "body": [f"KEHANCHA – Abhaghabhi bha county bha~gha~mbi~ri ko abhanto bha Kuria West bha~ra~ko~nya "
                  f"{YEARS[-1][1]:,} omwaka ogho 2039, ko~ru~ka abhanto {YEARS[1][1]:,} bha census ya 2029.",
                  f"Ubhugheresi obhu bho~go~ku~ma ko census ebhere, {{cap}}na bho~ghoo~ki~ra ko abhanto "
                  f"bha~ra~ko~ng’e~ra {GROWTHS[2].lstrip('+')}% ko~na~ta~ngi.",
                  "Omoghabhi Nyangoko Marwa a~gha~mbi~ri: “Tokone~ye ama~sho~mo ghamaru ko~re~ba "
                  "{run}abhaana.”"]},
        {"glued": True, "lines": ["Abhanto bha Kuria West"], "title": "Abhanto bha Kuria West",
         "body": [("row", ramp((9, 12, 9), "Omwaka", "Abhanto", "%"))]
         + [("row", ramp((9, 12, 9), year, f"{n:,}", g)) for (year, n), g in zip(YEARS, GROWTHS)]
         + [("row", "* Ubhugheresi bhwa county")]},
    ],
}

# 10. Makonde: the census by district, men and women, the sum and the men to every hundred women.
DISTRICTS10 = [("Newala", 104812, 113297), ("Tandahimba", 121460, 129955), ("Nanyamba", 49318, 52604)]


def ratio(men, women):
    """Men to every hundred women, rounded half up: `93`."""
    return str((men * 200 // women + 1) // 2)


MEN = sum(m for _, m, _ in DISTRICTS10)
WOMEN = sum(w for _, _, w in DISTRICTS10)
DAY10 = date(2033, 3, 16)

SEX_PAGE = {
    "name": "kde_utf8_nobom_cr_makonde_census_page_newala_more_women_story_byline_dateline_caption_credit_running_head_midquote_glued_sex_table_header_row_men_women_sum_columns_comma_grouped_sex_ratio_column_total_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 42, "indent": "", "blank": True,
    "note": "Lilove lya Newala (an invented Makonde weekly, Newala, Mtwara Region, Tanzania) 2033-03-16 Page 5 Habari, "
    "UTF-8 without BOM (`“ ” – ·`), CR; blank-line paragraphs, wrapped at 42 with hyphenation. A Makonde census page: "
    f"the 2032 census's figures for three districts, {MEN:,} men and {WOMEN:,} women (title over two lines, byline "
    "line `Kwa: Fatuma Namkoveka`, the dateline `NEWALA –` opening the lead, a caption and its credit inside a "
    "sentence, a district officer's “” quotation cut by the running head before `Dar.”`), then, with no blank line, "
    "**the table `Valume na vakongwe`: a header row, three rows of a district, men, women, their sum grouped by commas "
    f"and the men to a hundred women (`{ratio(*DISTRICTS10[0][1:])}`), and a total row (all computed and checked)**; "
    "the table is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2033-03-16", "page": "5",
    "head": [f"LILOVE LYA NEWALA · {english(DAY10)} · Page 5", "Habari · Editor: Said Mnunduma"],
    "foot": ["Lilove lya Newala · lilove@newala.example.tz"],
    "furniture": ["LILOVE LYA NEWALA", english(DAY10), "Page 5", "Habari", "Editor: Said Mnunduma",
                  "Lilove lya Newala · Habari", "Lilove lya Newala", "lilove@newala.example.tz"],
    "run": ["Lilove lya Newala · Habari"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Vakongwe vapunda", "valume ku Newala", "Kwa: Fatuma Namkoveka"],
         "title": "Vakongwe vapunda valume ku Newala",
         "byline": ["Kwa: Fatuma Namkoveka", "Fatuma Namkoveka"],
         "captions": ["Vanu pa soko ya Newala."], "credits": ["Picha: Abdallah Chilumba"],
         "body": [f"NEWALA – Sensa ya 2032 i~nu~lo~nje~la kuti ku wilaya ntatu vakongwe ni {WOMEN:,} na valume "
                  f"ni {MEN:,} tu.",
                  f"Ku Newala kuna valume {ratio(*DISTRICTS10[0][1:])} pa vakongwe 100, {{cap}}kwa sababu "
                  "vali~ja~na vaju~ka ku~so~ma~la ma~hengo.",
                  "Afisa wa wilaya, Rashidi Mpwapwa, a~ni~lo~ve~la: “Vali~ja~na vatu~ha~ma na "
                  "vaku~ja~ngu~ka ku {run}Dar.”"]},
        {"glued": True, "lines": ["Valume na vakongwe"], "title": "Valume na vakongwe",
         "body": [("row", ramp((10, 8, 10, 8, 6), "Wilaya", "Valume", "Vakongwe", "Jumla", "V/100"))]
         + [("row", ramp((10, 8, 10, 8, 6), name, f"{m:,}", f"{w:,}", f"{m + w:,}", ratio(m, w)))
            for name, m, w in DISTRICTS10]
         + [("row", ramp((10, 8, 10, 8, 6), "Jumla", f"{MEN:,}", f"{WOMEN:,}", f"{MEN + WOMEN:,}", ratio(MEN, WOMEN)))]},
    ],
}

PAGES = [DISTRICTS_PAGE, AGES_PAGE, TOWNS_PAGE, PHASES_PAGE, BRIEF_PAGE, RATES_PAGE, GUSII_PAGE, PAY_PAGE,
         PROJECTION_PAGE, SEX_PAGE]
