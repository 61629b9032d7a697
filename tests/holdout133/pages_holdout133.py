"""The text of every holdout133 page, written once: make_holdout133_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-132 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line); `("end", line)` a
printed line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `ramp()` (holdout126's to 132's). The grades' shares, the rapid tests' results, the ice samples' results
against the standard, the demerit points, the hawker centres' closing dates and weekdays, the cold store's readings
against its standard, the clinic days' weekdays, the milk readings' results and the loaves' signed differences are
computed here from the figures they rest on, and the weekdays from the dates. All papers, markets, stalls, firms,
figures, people, sums, telephone numbers and events are invented; real places (cities, counties, towns, wards) are
settings only.
"""

from datetime import date, timedelta

WEEKDAYS_ZH = "一二三四五六日"
SIKU = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    """The Chinese weekday of a date, `星期三`."""
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def zhou(day):
    """The short Chinese weekday, `周三`."""
    return "周" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    """The English weekday and date of a Latin masthead, `Wednesday 11.03.2037`."""
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


# 1. A city's restaurants graded for hygiene: grades, their face signs, counts and shares, and a total row.
GRADES = [("A级", "大笑脸", 126), ("B级", "微笑脸", 141), ("C级", "平脸", 33)]
TOTAL1 = sum(n for *_, n in GRADES)
assert all(n * 1000 % TOTAL1 == 0 for *_, n in GRADES)  # every share exact to one decimal


def share(n):
    return f"{n * 1000 // TOTAL1 / 10:.1f}%"


assert sum(n * 1000 // TOTAL1 for *_, n in GRADES) == 1000
DAY1 = date(2038, 3, 16)

GRADE_PAGE = {
    "name": "zh_gbk_crlf_food_safety_page_restaurant_hygiene_grades_story_byline_caption_credit_running_head_midquote_glued_grade_table_header_row_face_sign_column_percent_cells_dash_cell_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澴州晚报 2038-03-16 第5版 社会, GBK, CRLF; blank-line paragraphs, wrapped at 22. A food-safety page: the city's "
    f"yearly hygiene grading of {TOTAL1} restaurants (title with a full-width gap, the byline line `本报记者　郜　棠`, a "
    "caption and its credit inside a sentence, the catering section head's “” quotation cut by the running head before "
    "`管用。”`), then, with no blank line, **the table `餐饮量化分级结果`: a header row `等级　标识　家数　占比`, three "
    "rows of a grade, its face sign (`大笑脸`), a count and a share to one decimal (`42.0%`), and a total row whose sign "
    f"cell is a lone dash `—` (`合计　—　{TOTAL1}　100.0%`; the shares computed and summed)**; the table is an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2038-03-16", "page": "5",
    "head": [f"澴州晚报　　2038年3月16日　{weekday(DAY1)}", "第5版　社会　　责任编辑：闵　笙"],
    "foot": ["澴州晚报社出版　　新闻热线：0712-5368419"],
    "furniture": ["澴州晚报", "2038年3月16日", weekday(DAY1), "第5版", "社会", "责任编辑：闵　笙", "澴州晚报·社会",
                  "澴州晚报社出版", "新闻热线：0712-5368419"],
    "run": ["澴州晚报·社会"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"餐馆卫生年度评级　{GRADES[2][2]}家被评C级", "本报记者　郜　棠"],
         "title": f"餐馆卫生年度评级　{GRADES[2][2]}家被评C级",
         "byline": ["本报记者　郜　棠", "郜　棠", "郜棠"],
         "captions": ["监督员在餐馆后厨检查留样柜。"], "credits": ["（本报记者　郜　棠　摄）"],
         "body": [f"市市场监管局昨天公布全市餐饮单位年度量化分级结果，参评的{TOTAL1}家餐馆中，{GRADES[0][2]}家评为A级，"
                  "可在门口挂“大笑脸”。",
                  f"评为C级的{GRADES[2][2]}家多数是后厨卫生不达标，{{cap}}这些餐馆须在一个月内整改，复查仍不达标的将被约谈。",
                  "市市场监管局餐饮科科长钮志平说，等级牌必须挂在门口显眼处，“顾客一眼就能看到，比什么宣传都"
                  "{run}管用。”"]},
        {"glued": True, "lines": ["餐饮量化分级结果"], "title": "餐饮量化分级结果",
         "body": [("row", "等级　标识　家数　占比")]
         + [("row", f"{g}　{face}　{n}　{share(n)}") for g, face, n in GRADES]
         + [("row", f"合计　—　{TOTAL1}　100.0%")]},
    ],
}

# 2. A farmers' market's daily pesticide rapid test: five samples, an inhibition rate each, positive at 50% or more.
SAMPLES = [("小白菜", "12号", 8.3), ("韭菜", "7号", 62.5), ("豇豆", "21号", 15.6), ("芹菜", "3号", 4.1),
           ("菠菜", "18号", 11.9)]
POSITIVE2 = [s for s in SAMPLES if s[2] >= 50]
assert len(POSITIVE2) == 1 and POSITIVE2[0][0] == "韭菜"
RARE = "\u3d14"  # 㴔, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2038, 4, 22)

RAPID_PAGE = {
    "name": "zh_gb18030_lf_market_page_vegetable_pesticide_rapid_test_story_byline_rare_char_in_market_name_caption_credit_running_head_midquote_indent_only_glued_rapid_test_table_header_row_percent_cells_negative_positive_rule_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"涢川日报 2038-04-22 第6版 城乡 (`{RARE}` U+3D14, CJK Extension A, in an invented market's name "
    f"`{RARE}湾农贸市场`; in GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A markets page: a "
    "farmers' market's rapid-test room finds one of five vegetable samples positive for pesticide residue (title with a "
    "full-width gap, the byline line `本报记者　詹　禾`, a caption and its credit inside a sentence, the market manager's "
    "“” quotation cut by the running head before `清楚。”`), then, with no blank line, **the table `今日快检结果`: a header "
    "row `品名　摊位　抑制率　结果`, five rows of a vegetable, a stall number (`12号`), an inhibition rate with a percent "
    "sign (`62.5%`) and a result (`阴性` / `阳性`), and a rule row `抑制率≥50%判为阳性` (results computed from the "
    "rule)**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2038-04-22", "page": "6",
    "head": [f"涢川日报　　2038年4月22日　{weekday(DAY2)}", "第6版　城乡　　责任编辑：宓　然"],
    "foot": ["涢川日报社　　新闻热线：0722-6381547"],
    "furniture": ["涢川日报", "2038年4月22日", weekday(DAY2), "第6版", "城乡", "责任编辑：宓　然", "涢川日报·城乡",
                  "涢川日报社", "新闻热线：0722-6381547"],
    "run": ["涢川日报·城乡"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["农贸市场天天快检　一份韭菜农残超标", "本报记者　詹　禾"], "title": "农贸市场天天快检　一份韭菜农残超标",
         "byline": ["本报记者　詹　禾", "詹　禾", "詹禾"],
         "captions": ["检测员在快检室为蔬菜取样。"], "credits": ["（本报记者　詹　禾　摄）"],
         "body": [f"记者昨天上午在{RARE}湾农贸市场快检室看到，检测员从各摊位抽取蔬菜样品，半小时后结果就贴上公示栏。",
                  f"当天抽检的{len(SAMPLES)}个样品中，一份韭菜抑制率达{POSITIVE2[0][2]}%，判为阳性，{{cap}}摊主当场将这批"
                  "韭菜下架销毁。",
                  "市场负责人柴国庆说，快检结果每天公示，“哪个摊位的菜不合格，来买菜的街坊都看得"
                  "{run}清楚。”"]},
        {"glued": True, "lines": ["今日快检结果"], "title": "今日快检结果",
         "body": [("row", "品名　摊位　抑制率　结果")]
         + [("row", f"{veg}　{stall}　{rate}%　{'阳性' if rate >= 50 else '阴性'}") for veg, stall, rate in SAMPLES]
         + [("row", "抑制率≥50%判为阳性")]},
    ],
}

# 3. A Taiwan city's night-market ice samples: bacteria per millilitre against a standard of 100,000.
ICES = [("甲攤", "剉冰", 180000), ("乙攤", "愛玉冰", 3200), ("丙攤", "粉圓冰", 27000), ("丁攤", "紅豆牛奶冰", 9600),
        ("戊攤", "檸檬汁", 850)]
LIMIT3 = 100000
FAILED3 = [i for i in ICES if i[2] > LIMIT3]
assert len(FAILED3) == 1 and FAILED3[0][2] / LIMIT3 == 1.8
DAY3 = date(2038, 7, 14)

ICE_PAGE = {
    "name": "zht_big5_cr_taiwan_food_safety_page_night_market_shaved_ice_story_byline_caption_credit_running_head_midquote_glued_sampling_table_header_row_stall_letters_thousands_commas_standard_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澔南日報 2038-07-14 A6 都會 (`中華民國127年7月14日`, Kaohsiung, Taiwan), Big5, CR; blank-line paragraphs, wrapped "
    f"at 20. A food-safety page: the city health bureau samples ices at night markets and one of {len(ICES)} fails "
    "(title with a full-width gap, the byline line `記者邱筱涵／高雄報導`, a caption and its credit inside a sentence, "
    "the food section head's 「」 quotation cut by the running head before `清洗。」`), then, with no blank line, **the "
    "table `夏季冰品抽驗結果`: a header row `攤商　品項　生菌數　結果`, five rows whose first cell is an anonymised "
    "stall by a cyclic character (`甲攤` … `戊攤`) and whose counts carry thousands commas (`180,000`), and a standard "
    "row `標準：每毫升10萬以下` (results computed against it)**; the table is an article, its head the title, each "
    "printed row a paragraph.",
    "date": "2038-07-14", "page": "A6",
    "head": [f"澔南日報　中華民國127年7月14日　{weekday(DAY3)}", "A6　都會　　編輯：溫佩綺"],
    "foot": ["澔南日報社　讀者服務專線：(07)3815-264"],
    "furniture": ["澔南日報", "中華民國127年7月14日", weekday(DAY3), "A6", "都會", "編輯：溫佩綺", "澔南日報．都會",
                  "澔南日報社", "讀者服務專線：(07)3815-264"],
    "run": ["澔南日報．都會"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["夜市冰品抽驗　一攤生菌數超標", "記者邱筱涵／高雄報導"], "title": "夜市冰品抽驗　一攤生菌數超標",
         "byline": ["記者邱筱涵／高雄報導", "邱筱涵"],
         "captions": ["衛生局人員在夜市採樣冰品。"], "credits": ["（記者邱筱涵攝）"],
         "body": [f"市衛生局上月到三個夜市抽驗冰品，{len(ICES)}件中有{len(FAILED3)}件生菌數超標，業者已被要求限期改善。",
                  f"超標的一件為剉冰，生菌數每毫升{FAILED3[0][2] // 10000}萬，{{cap}}是標準的"
                  f"{FAILED3[0][2] / LIMIT3}倍，複驗不合格將依法開罰。",
                  "衛生局食品科長章建宏說，冰品最怕冰塊和糖水不乾淨，「製冰機和盛冰的桶子，每天都要"
                  "{run}清洗。」"]},
        {"glued": True, "lines": ["夏季冰品抽驗結果"], "title": "夏季冰品抽驗結果",
         "body": [("row", "攤商　品項　生菌數　結果")]
         + [("row", f"{who}　{what}　{n:,}　{'不合格' if n > LIMIT3 else '合格'}") for who, what, n in ICES]
         + [("row", f"標準：每毫升{LIMIT3 // 10000}萬以下")]},
    ],
}

# 4. Hong Kong: a cha chaan teng's licence suspended under the demerit points system, 10 + 5 = 15 points.
OFFENCES = [("出售唔宜供人食用嘅食物", 15), ("廚房有老鼠糞便", 10), ("地方唔清潔", 5)]
LIMIT4 = 15
assert OFFENCES[1][1] + OFFENCES[2][1] == LIMIT4
DAY4 = date(2038, 5, 27)

POINTS_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_hygiene_page_cha_chaan_teng_licence_suspended_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_demerit_points_table_header_row_points_cells_suspension_rule_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "瀛灣日報 2038-05-27 A9 社區 (Hong Kong), Big5-HKSCS (`咗 嘅 喺 唔 佢 哋`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A hygiene page in Cantonese: a Kowloon cha chaan teng reaches 15 demerit "
    "points in half a year and its licence is suspended for seven days (title with a full-width gap, the byline line "
    "`記者　岑樂瑤`, a caption and its credit inside a sentence, the owner's 「」 quotation cut by the running head before "
    "`執乾淨。」`), then, with no blank line, **the table `違例記分制`: a header row `違例　記分`, three rows of an "
    "offence and its points with the unit in the cell (`15分`), and a rule row `12個月內累積15分　停牌7日` (10 + 5 = 15 "
    "asserted)**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2038-05-27", "page": "A9",
    "head": [f"瀛灣日報　2038年5月27日　{weekday(DAY4)}", "A9　社區　　編輯：甘詠琪"],
    "foot": ["瀛灣日報社　　新聞熱線：2917 4063"],
    "furniture": ["瀛灣日報", "2038年5月27日", weekday(DAY4), "A9", "社區", "編輯：甘詠琪", "瀛灣日報．社區", "瀛灣日報社",
                  "新聞熱線：2917 4063"],
    "run": ["瀛灣日報．社區"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"茶餐廳記滿{LIMIT4}分　停牌7日", "記者　岑樂瑤"], "title": f"茶餐廳記滿{LIMIT4}分　停牌7日",
         "byline": ["記者　岑樂瑤", "岑樂瑤"],
         "captions": ["茶餐廳門口貼咗停牌通知。"], "credits": ["（岑樂瑤攝）"],
         "body": [f"九龍一間茶餐廳半年內兩次俾食環署檢控，累積記滿{LIMIT4}分，由前日起要停牌7日，街坊食唔到佢哋嘅"
                  "菠蘿油。",
                  f"食環署話，上次喺廚房搵到老鼠糞便，記咗{OFFENCES[1][1]}分，{{cap}}今次再發現地方唔清潔，又記"
                  f"{OFFENCES[2][1]}分。",
                  "老闆娘話已經請人成間鋪滅鼠，「停七日少咗幾萬蚊生意，以後一定日日"
                  "{run}執乾淨。」"]},
        {"glued": True, "lines": ["違例記分制"], "title": "違例記分制",
         "body": [("row", "違例　記分")]
         + [("row", f"{what}　{n}分") for what, n in OFFENCES]
         + [("row", f"12個月內累積{LIMIT4}分　停牌7日")]},
    ],
}

# 5. Singapore: four hawker centres closed in turn for five days' cleaning; the dates, their weekdays, the reopening.
CENTRES = [("大巴窑东", date(2038, 3, 1)), ("芽笼南", date(2038, 3, 8)), ("勿洛湖畔", date(2038, 3, 15)),
           ("裕廊西", date(2038, 3, 22))]
DAYS5 = 5
REOPEN5 = CENTRES[-1][1] + timedelta(days=DAYS5)
DAY5 = date(2038, 2, 24)
assert all(start > DAY5 for _, start in CENTRES)


def span(start):
    end = start + timedelta(days=DAYS5 - 1)
    return f"{start.month}月{start.day}日（{zhou(start)}）至{end.month}月{end.day}日（{zhou(end)}）"


HAWKER_PAGE = {
    "name": "zh_utf16be_bom_lf_singapore_hygiene_page_hawker_centre_cleaning_closures_story_byline_caption_credit_running_head_midquote_glued_closure_schedule_header_row_date_ranges_with_weekdays_reopening_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "滨城日报 2038-02-24 第4版 本地 (Singapore), UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 21. A "
    f"hygiene page: {len(CENTRES)} hawker centres close in turn for {DAYS5} days' cleaning (title with a full-width gap, "
    "the byline line `记者　蔡慧敏`, a caption and its credit inside a sentence, a stallholder's “” quotation cut by "
    "the running head before `放心。”`), then, with no blank line, **the schedule `小贩中心清洗日期`: a header row "
    "`小贩中心　关闭日期`, four rows of a centre and a date range whose ends carry their weekdays in brackets "
    f"(`{span(CENTRES[0][1])}`), and a reopening row `{REOPEN5.month}月{REOPEN5.day}日起全部恢复营业` (dates and "
    "weekdays computed)**; the schedule is an article, its head the title, each printed row a paragraph.",
    "date": "2038-02-24", "page": "4",
    "head": [f"滨城日报　　2038年2月24日　{weekday(DAY5)}", "第4版　本地　　编辑：符家豪"],
    "foot": ["滨城日报社　　新闻热线：6318 2497"],
    "furniture": ["滨城日报", "2038年2月24日", weekday(DAY5), "第4版", "本地", "编辑：符家豪", "滨城日报·本地",
                  "滨城日报社", "新闻热线：6318 2497"],
    "run": ["滨城日报·本地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["小贩中心轮流清洗　摊主停业五天", "记者　蔡慧敏"], "title": "小贩中心轮流清洗　摊主停业五天",
         "byline": ["记者　蔡慧敏", "蔡慧敏"],
         "captions": ["清洁工人用高压水枪冲洗桌椅。"], "credits": ["（蔡慧敏摄）"],
         "body": ["岛内四个小贩中心下个月起轮流关闭清洗，每次五天，熟食摊位全部停业，摊主得提前安排货源和帮手。",
                  "当局表示，这次清洗包括通渠、灭鼠和清理排烟管道，{cap}公众可到附近其他小贩中心用餐。",
                  "在大巴窑卖鱼片米粉的摊主林美华说，五天没收入虽然心痛，“但中心干净了，客人吃得也"
                  "{run}放心。”"]},
        {"glued": True, "lines": ["小贩中心清洗日期"], "title": "小贩中心清洗日期",
         "body": [("row", "小贩中心　关闭日期")]
         + [("row", f"{name}　{span(start)}") for name, start in CENTRES]
         + [("row", f"{REOPEN5.month}月{REOPEN5.day}日起全部恢复营业")]},
    ],
}

# 6. A wholesale market's cold store checked three times in a day: readings below zero, against the standard.
READINGS = [("8时", -20, 4), ("12时", -17, 6), ("16时", -12, 9)]
FREEZE6, CHILL6 = -18, 8
assert READINGS[-1][1] > FREEZE6 and READINGS[-1][2] > CHILL6 and READINGS[0][1] <= FREEZE6
DAY6 = date(2038, 8, 11)

COLD_PAGE = {
    "name": "zh_utf8_nobom_lf_food_safety_page_cold_store_temperature_story_byline_caption_credit_running_head_midquote_indent_only_glued_temperature_log_header_row_minus_degree_cells_standard_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "浛州日报 2038-08-11 第8版 视点, UTF-8 without BOM, LF; indent-only paragraphs, wrapped at 22. A food-safety page: "
    "inspectors take a seafood wholesaler's cold-store temperatures three times in a day and seal its frozen goods "
    "(title with a full-width gap, the byline line `本报记者　阚　牧`, a caption and its credit inside a sentence, the "
    "enforcement team's deputy head's “” quotation cut by the running head before `记。”`), then, with no blank line, "
    "**the log `冷库温度抽查记录`: a header row `时间　冷冻库　冷藏库`, three rows of an hour and two readings, the "
    "freezer's below zero with an ASCII hyphen-minus (`-20℃`), and a standard row `标准：冷冻≤-18℃，冷藏0至8℃`**; the "
    "log is an article, its head the title, each printed row a paragraph.",
    "date": "2038-08-11", "page": "8",
    "head": [f"浛州日报　　2038年8月11日　{weekday(DAY6)}", "第8版　视点　　责任编辑：柯　岚"],
    "foot": ["浛州日报社出版　　新闻热线：0758-2946173"],
    "furniture": ["浛州日报", "2038年8月11日", weekday(DAY6), "第8版", "视点", "责任编辑：柯　岚", "浛州日报·视点",
                  "浛州日报社出版", "新闻热线：0758-2946173"],
    "run": ["浛州日报·视点"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["冷库温度不达标　一商户冻品被封", "本报记者　阚　牧"], "title": "冷库温度不达标　一商户冻品被封",
         "byline": ["本报记者　阚　牧", "阚　牧", "阚牧"],
         "captions": ["执法人员用测温枪检查冷冻库。"], "credits": ["（本报记者　阚　牧　摄）"],
         "body": ["市市场监管局前天对水产批发市场的冷库进行突击检查，从早上8时到下午4时三次测温，一家商户冷库温度"
                  "不达标。",
                  f"下午4时，这家商户的冷冻库升到{READINGS[-1][1]}℃，冷藏库达到{READINGS[-1][2]}℃，{{cap}}库内冻虾和"
                  "冻肉已被查封。",
                  "执法大队副队长盛立新说，冷链一断，细菌就会大量繁殖，“温度计不是摆设，每天都要看、都要"
                  "{run}记。”"]},
        {"glued": True, "lines": ["冷库温度抽查记录"], "title": "冷库温度抽查记录",
         "body": [("row", "时间　冷冻库　冷藏库")]
         + [("row", f"{hour}　{f}℃　{c}℃") for hour, f, c in READINGS]
         + [("row", f"标准：冷冻≤{FREEZE6}℃，冷藏0至{CHILL6}℃")]},
    ],
}

# 7. Gogo: a Dodoma market closed for cleaning after cholera; the weekly cleaning rota by weekday.
ROTA = [("Jumatatu", "Vyakulya"), ("Jumanne", "Nyama"), ("Jumatano", "Matunda"), ("Alhamisi", "Vyoo"),
        ("Ijumaa", "Mitaro")]
DAY7 = date(2038, 1, 19)
SICK7 = 14

ROTA_PAGE = {
    "name": "gog_cp1252_crlf_gogo_hygiene_page_dodoma_market_closed_cholera_story_byline_dateline_caption_credit_running_head_midquote_glued_cleaning_rota_header_row_weekday_first_cells_closing_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Mbuli ya Dodoma (an invented Gogo weekly, Dodoma, Tanzania) 2038-01-19 Page 3 Afya, cp1252 (`“ ” – ·`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Gogo hygiene page: a Dodoma market is closed three "
    f"days for cleaning after {SICK7} people fall ill with cholera (title over two lines, byline line `Na: Mazengo "
    "Chidosa`, the dateline `DODOMA –` opening the lead, a caption and its credit inside a sentence, the district "
    "medical officer's “” quotation cut by the running head before `mikono.”`), then, with no blank line, **the rota "
    "`Ratiba ya kogesa soko`: a header row `Siku Sehemu`, five rows whose first cell is a Swahili weekday "
    "(`Jumatatu` … `Ijumaa`) and whose second is the part of the market cleaned, and a closing row "
    "`Jumamosi: wose hamwe`**; the rota is an article, its head the title, each printed row a paragraph (one space "
    "kept between cells).",
    "date": "2038-01-19", "page": "3",
    "head": [f"MBULI YA DODOMA · {english(DAY7)} · Page 3", "Afya · Editor: Mathias Chilongani"],
    "foot": ["Mbuli ya Dodoma · mbuli@dodoma.example.tz"],
    "furniture": ["MBULI YA DODOMA", english(DAY7), "Page 3", "Afya", "Editor: Mathias Chilongani",
                  "Mbuli ya Dodoma · Afya", "Mbuli ya Dodoma", "mbuli@dodoma.example.tz"],
    "run": ["Mbuli ya Dodoma · Afya"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Soko lya Majengo", "lidindwa siku ntatu", "Na: Mazengo Chidosa"],
         "title": "Soko lya Majengo lidindwa siku ntatu",
         "byline": ["Na: Mazengo Chidosa", "Mazengo Chidosa"],
         "captions": ["Wanhu wogesa soko kwa mazi."], "credits": ["Picha: Ezekia Mlewa"],
         "body": [f"DODOMA – Soko lya Majengo li~di~ndwa siku ntatu baa~da ya wanhu {SICK7} ku~lwa~la ki~pi~ndu~pi~ndu "
                  "mu~mu~da~la wa Chamwino.",
                  "Wakulu wa hal~ma~sha~uri wa~ha~wi~le kuwa wa~chu~uzi wose wa~no~ge~sa vi~ba~nda vyawo, {cap}na mazi "
                  "ga kunwa ga~bi~li~mwe kwanza.",
                  "Mganga mkulu wa wilaya, Daudi Makasi, a~ha~wi~le: “Mazi ga kunwa, mu~bi~li~me kwanza hamba munwe; "
                  "ki~pi~ndu~pi~ndu chi~kwa~mbu~ka kwa {run}mikono.”"]},
        {"glued": True, "lines": ["Ratiba ya kogesa soko"], "title": "Ratiba ya kogesa soko",
         "body": [("row", ramp((11, 10), "Siku", "Sehemu"))]
         + [("row", ramp((11, 10), day, part)) for day, part in ROTA]
         + [("row", "Jumamosi: wose hamwe")]},
    ],
}
assert [d for d, _ in ROTA] == SIKU[:5]

# 8. Hehe: Iringa's food handlers must have a health certificate; the clinic days, places and hours, and the fee.
CLINICS = [(date(2038, 10, 12), "Soko Kuu"), (date(2038, 10, 14), "Mshindo"), (date(2038, 10, 19), "Ipogolo"),
           (date(2038, 10, 21), "Kihesa")]
HOURS8 = "08:00-13:00"
FEE8 = 10000
DAY8 = date(2038, 10, 5)
assert all(day > DAY8 for day, _ in CLINICS)

CLINIC_PAGE = {
    "name": "heh_macroman_cr_hehe_food_safety_page_iringa_food_handlers_checks_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_clinic_schedule_header_row_dates_weekdays_hour_ranges_fee_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Mbakilo ya Iringa (an invented Hehe weekly, Iringa, Tanzania) 2038-10-05 Page 6 Biashara, Mac Roman (`“ ” – "
    "·`), CR; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with hyphenation. A Hehe "
    "food-safety page: the town's food vendors must carry a health certificate before the month ends (title over two "
    "lines, byline line `Na: Asha Kalinga`, the dateline `IRINGA –` opening the lead, a caption and its credit inside "
    "a sentence, the health officer's “” quotation cut by the running head before `vanu.”`), then, with no blank line, "
    "**the schedule `Ratiba ya kupimwa`: a header row `Tarehe Siku Mahali Saa`, four rows of a date `12.10`, its "
    f"Swahili weekday (computed), a ward and an hour range `{HOURS8}`, and a fee row `Ada: Tsh {FEE8:,}`**; the "
    "schedule is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2038-10-05", "page": "6",
    "head": [f"MBAKILO YA IRINGA · {english(DAY8)} · Page 6", "Biashara · Editor: Gabriel Mhongole"],
    "foot": ["Mbakilo ya Iringa · mbakilo@iringa.example.tz"],
    "furniture": ["MBAKILO YA IRINGA", english(DAY8), "Page 6", "Biashara", "Editor: Gabriel Mhongole",
                  "Mbakilo ya Iringa · Biashara", "Mbakilo ya Iringa", "mbakilo@iringa.example.tz"],
    "run": ["Mbakilo ya Iringa · Biashara"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Vapiki va fyakulya", "valondiwa kupimwa afya", "Na: Asha Kalinga"],
         "title": "Vapiki va fyakulya valondiwa kupimwa afya",
         "byline": ["Na: Asha Kalinga", "Asha Kalinga"],
         "captions": ["Vapiki va fyakulya mu soko kuu."], "credits": ["Picha: Daudi Kihwele"],
         "body": ["IRINGA – Vapiki voni va fyakulya mu soko kuu lya Iringa va~lo~ndi~wa ku~pa~ta cheti cha afya "
                  "kabla ya mwezi uno ku~he~la, vi~lo~ngi~le va~nya~lu~ko~lo va hal~ma~sha~uri.",
                  f"Ku~pi~mwa ku~ku~la~wa ada ya Tsh {FEE8:,}, {{cap}}na mpiki yu~ka~pi~mwa ku~la~va cheti mu~si~ki "
                  "ngu~me~we.",
                  "Afisa afya, Rehema Nyalusi, a~yo~vi~le: “Mpiki yuno nda~ve na cheti, tu~ku~mdi~nda ku~pi~ka "
                  "fyakulya fya {run}vanu.”"]},
        {"glued": True, "lines": ["Ratiba ya kupimwa"], "title": "Ratiba ya kupimwa",
         "body": [("row", ramp((7, 9, 10, 12), "Tarehe", "Siku", "Mahali", "Saa"))]
         + [("row", ramp((7, 9, 10, 12), f"{day:%d.%m}", SIKU[day.weekday()], place, HOURS8))
            for day, place in CLINICS]
         + [("row", f"Ada: Tsh {FEE8:,}")]},
    ],
}

# 9. Karamojong: watered milk in Moroto market; the lactometer readings of six sellers against the range 1.026-1.032.
MILK = [("Eduka 1", "1.029"), ("Eduka 2", "1.021"), ("Eduka 3", "1.030"), ("Eduka 4", "1.027"), ("Eduka 5", "1.018"),
        ("Eduka 6", "1.031")]
LOW9, HIGH9 = "1.026", "1.032"


def good(reading):
    return LOW9 <= reading <= HIGH9  # three decimals, same length: string order is number order


WATERED9 = [s for s, r in MILK if not good(r)]
assert len(WATERED9) == 2
DAY9 = date(2038, 6, 15)

MILK_PAGE = {
    "name": "kdj_utf16le_bom_cr_karamojong_market_page_moroto_watered_milk_story_byline_dateline_caption_credit_running_head_midquote_glued_lactometer_table_header_row_three_decimal_readings_result_cells_range_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Etop a Moroto (an invented Karamojong weekly, Moroto, Uganda) 2038-06-15 Page 2 Community, UTF-16 LE with BOM "
    "(a Latin page; `“ ” – ·`), CR; blank-line paragraphs, wrapped at 40 with hyphenation. A Karamojong markets page: "
    f"health inspectors test the milk of {len(MILK)} sellers in Moroto market and find {len(WATERED9)} watered (title "
    "over two lines, byline line `Ka: Nakiru Lochoro`, the dateline `MOROTO –` opening the lead, a caption and its "
    "credit inside a sentence, the inspector's “” quotation cut by the running head before `ngikerep.”`), then, with "
    "no blank line, **the table `Ekipimo ka ngakile`: a header row `Eduka Ekipimo Apeleit`, six rows of a stall, a "
    "lactometer reading to three decimals (`1.029`) and a result word (`Ejok` / `Ngakipi`, computed from the range), "
    f"and a range row `Ejok: {LOW9}-{HIGH9}` whose hyphen joins two numbers**; the table is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2038-06-15", "page": "2",
    "head": [f"ETOP A MOROTO · {english(DAY9)} · Page 2", "Community · Editor: Lokwang Peter"],
    "foot": ["Etop a Moroto · etop@moroto.example.ug"],
    "furniture": ["ETOP A MOROTO", english(DAY9), "Page 2", "Community", "Editor: Lokwang Peter",
                  "Etop a Moroto · Community", "Etop a Moroto", "etop@moroto.example.ug"],
    "run": ["Etop a Moroto · Community"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ngakile ka ngakipi", "ikamunitae Moroto", "Ka: Nakiru Lochoro"],
         "title": "Ngakile ka ngakipi ikamunitae Moroto",
         "byline": ["Ka: Nakiru Lochoro", "Nakiru Lochoro"],
         "captions": ["Ekaswamaran epimit ngakile."], "credits": ["Picha: Lomongin Ariko"],
         "body": [f"MOROTO – Ngi~ka~swa~ma~ra~k a ngi~dou~ka~sin api~mi~ta~e ngakile a ngi~di~ka~ra {len(MILK)} "
                  "loki~bo~ro a Moroto, ka a~ni~ki~ta~e ngakipi.",
                  f"Ngakile a ngi~di~ka~ra {len(WATERED9)} e~ya~ka~si ngakipi, {{cap}}ka ngakile ngu~lu "
                  "e~bu~ku~na~e nakwap.",
                  "Ekaswamaran, Lotee Simon, abala: “Nga~kile ka ngakipi me~ere ejok, ikes ngi~de ka ngi~de a "
                  "{run}ngikerep.”"]},
        {"glued": True, "lines": ["Ekipimo ka ngakile"], "title": "Ekipimo ka ngakile",
         "body": [("row", ramp((10, 9, 10), "Eduka", "Ekipimo", "Apeleit"))]
         + [("row", ramp((10, 9, 10), seller, reading, "Ejok" if good(reading) else "Ngakipi"))
            for seller, reading in MILK]
         + [("row", f"Ejok: {LOW9}-{HIGH9}")]},
    ],
}

# 10. Bilen: Keren's bakeries weighed; loaves of a 200 g standard, the signed difference of each.
LOAVES = [("Adal", 186), ("Tesfa", 203), ("Salam", 200), ("Hamasien", 191)]
STANDARD10 = 200


def signed(n):
    return f"{n:+d}" if n else "0"


SHORT10 = [b for b, w in LOAVES if w < STANDARD10]
assert len(SHORT10) == 2
DAY10 = date(2038, 9, 21)

BREAD_PAGE = {
    "name": "byn_utf8_bom_lf_bilen_market_page_keren_underweight_bread_story_byline_dateline_caption_credit_running_head_midquote_glued_bread_weight_table_header_row_signed_difference_cells_formula_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Gerbi Keren (an invented Bilen weekly in the Latin script, Keren, Eritrea) 2038-09-21 Page 5 Society, UTF-8 "
    "with BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Bilen markets page: inspectors "
    f"weigh the loaves of {len(LOAVES)} bakeries and find {len(SHORT10)} short (title over two lines, byline line "
    "`Ab: Mariam Idris`, the dateline `KEREN –` opening the lead, a caption and its credit inside a sentence, the "
    "inspector's “” quotation cut by the running head before `gerbid.”`), then, with no blank line, **the table `Bani "
    "mizan`: a header row `Forno Standard Wazn Fergi`, four rows of a bakery, the standard, the weight and a signed "
    "difference (`-14`, `+3`, an unsigned `0`), and a formula row `Fergi = Wazn - 200` (computed)**; the table is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2038-09-21", "page": "5",
    "head": [f"GERBI KEREN · {english(DAY10)} · Page 5", "Society · Editor: Tesfamariam Gebru"],
    "foot": ["Gerbi Keren · gerbi@keren.example.er"],
    "furniture": ["GERBI KEREN", english(DAY10), "Page 5", "Society", "Editor: Tesfamariam Gebru",
                  "Gerbi Keren · Society", "Gerbi Keren", "gerbi@keren.example.er"],
    "run": ["Gerbi Keren · Society"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": [f"Forno {len(SHORT10)} Keren", "bani sheddi gabera", "Ab: Mariam Idris"],
         "title": f"Forno {len(SHORT10)} Keren bani sheddi gabera",
         "byline": ["Ab: Mariam Idris", "Mariam Idris"],
         "captions": ["Kontrolli bani mizanid."], "credits": ["Foto: Saleh Adem"],
         "body": [f"KEREN – Kon~tro~lli~tad forno {len(LOAVES)} Keren~ad bani mi~za~ne~ra, ak bani "
                  f"{STANDARD10} gram gil {len(SHORT10)} forno~tad sheddi ga~be~ra.",
                  f"Bani Adal~ad {LOAVES[0][1]} gram tsa~ga~ra, {{cap}}ak bani Hama~sien~ad {LOAVES[3][1]} gram.",
                  "Kontrolli Idris Osman i~nyi~ra: “Bani sheddi gil ga~bi~ra forno~tad, ak ashaba~ra "
                  "{run}gerbid.”"]},
        {"glued": True, "lines": ["Bani mizan"], "title": "Bani mizan",
         "body": [("row", ramp((9, 9, 6, 7), "Forno", "Standard", "Wazn", "Fergi"))]
         + [("row", ramp((9, 9, 6, 7), name, str(STANDARD10), str(w), signed(w - STANDARD10))) for name, w in LOAVES]
         + [("row", f"Fergi = Wazn - {STANDARD10}")]},
    ],
}

PAGES = [GRADE_PAGE, RAPID_PAGE, ICE_PAGE, POINTS_PAGE, HAWKER_PAGE, COLD_PAGE, ROTA_PAGE, CLINIC_PAGE, MILK_PAGE,
         BREAD_PAGE]
