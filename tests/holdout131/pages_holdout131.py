"""The text of every holdout131 page, written once: make_holdout131_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-130 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table or notice (one gold paragraph per printed line); `("end", line)` a printed line
that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running
head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by
`ramp()` (holdout126's to 130's). The stations' mean arrival times, the hazards still open, the rescuers' totals,
the heat allowance, the protective gear still owed and the landslide tally are computed here from the figures they
rest on, and the weekdays from the dates. All papers, stations, firms, figures, people, sums, telephone numbers and
events are invented; real places (cities, counties, territories, towns) are settings only.
"""

from datetime import date

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


def mmss(seconds):
    """`4分38秒`."""
    return f"{seconds // 60}分{seconds % 60:02d}秒"


# 1. A city's fire brigade: calls and the mean time to arrive, by station, and the city's mean weighted by calls.
STATIONS = [("城东站", 412, 278), ("江北站", 356, 301), ("河西站", 297, 335), ("新港站", 185, 389)]
CALLS1 = sum(n for _, n, _ in STATIONS)
MEAN1 = (sum(n * s for _, n, s in STATIONS) * 2 // CALLS1 + 1) // 2  # seconds, rounded half up
CALL1 = 4 * 60 + 52  # the stairwell call, `4分52秒` in the text
assert CALL1 < 300 < MEAN1  # this call under five minutes, the city's mean over
DAY1 = date(2037, 4, 14)

RESPONSE_PAGE = {
    "name": "zh_gbk_lf_fire_page_e_bike_stairwell_fire_story_byline_caption_credit_running_head_midquote_glued_station_response_table_header_row_minutes_seconds_cells_weighted_city_mean_row",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "渼州晚报 2037-04-14 第6版 城事, GBK, LF; blank-line paragraphs, wrapped at 22. A fire page: an e-bike battery "
    "fire in an old estate's stairwell, put out within minutes (title with a full-width gap, the byline line "
    "`本报记者　甄　澜`, a caption and its credit inside a sentence, the brigade's officer's “” quotation cut by the "
    "running head before `充电。”`), then, with no blank line, **the table `一季度各站出警情况`: a header row "
    "`消防站　出警（次）　平均到场`, four rows whose last cell is a time in minutes and seconds (`4分38秒`), and a row "
    f"`全市　{CALLS1}　{mmss(MEAN1)}` whose time is the mean weighted by the calls, not a sum (computed)**; the "
    "table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-04-14", "page": "6",
    "head": [f"渼州晚报　　2037年4月14日　{weekday(DAY1)}", "第6版　城事　　责任编辑：鲍　沅"],
    "foot": ["渼州晚报社出版　　新闻热线：0716-8352974"],
    "furniture": ["渼州晚报", "2037年4月14日", weekday(DAY1), "第6版", "城事", "责任编辑：鲍　沅", "渼州晚报·城事",
                  "渼州晚报社出版", "新闻热线：0716-8352974"],
    "run": ["渼州晚报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["楼道电动车起火　消防员五分钟到场", "本报记者　甄　澜"], "title": "楼道电动车起火　消防员五分钟到场",
         "byline": ["本报记者　甄　澜", "甄　澜", "甄澜"],
         "captions": ["消防员在楼道内清理烧毁的电动自行车。"], "credits": ["（本报记者　甄　澜　摄）"],
         "body": ["前天晚上9时许，城东一老旧小区楼道内停放的电动自行车起火，浓烟沿楼梯向上蔓延，六楼两户居民被困。",
                  f"城东消防站接警后{mmss(CALL1)}赶到，{{cap}}消防员从楼梯和阳台两路救出5名居民，无人受伤。",
                  "市消防救援支队防火处处长冼国栋提醒，电动车电池夜间充电最容易出事，“千万不要推进楼道和家里"
                  "{run}充电。”"]},
        {"glued": True, "lines": ["一季度各站出警情况"], "title": "一季度各站出警情况",
         "body": [("row", "消防站　出警（次）　平均到场")]
         + [("row", f"{name}　{n}　{mmss(s)}") for name, n, s in STATIONS]
         + [("row", f"全市　{CALLS1}　{mmss(MEAN1)}")]},
    ],
}

# 2. A chemical park's safety inspection: the hazards found at one works, their deadlines and whether each is put right.
HAZARDS = [("储罐区气体报警器失灵", "4月30日", True), ("消防通道堆放原料桶", "当日", True),
           ("配电室无应急照明", "5月10日", True), ("动火作业未办审批", "当日", True),
           ("危化品仓库温湿度计缺失", "5月20日", False), ("二号车间安全出口上锁", "当日", True),
           ("员工安全培训记录不全", "5月31日", False)]
DONE2 = sum(1 for *_, done in HAZARDS if done)
OPEN2 = len(HAZARDS) - DONE2
RARE = "\u3d58"  # 㵘, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2037, 5, 21)

HAZARD_PAGE = {
    "name": "zh_gb18030_crlf_workplace_safety_page_chemical_park_inspection_story_byline_rare_char_in_firm_name_caption_credit_running_head_midquote_indent_only_glued_hazard_list_header_row_numbered_rows_deadline_status_cells_count_line",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"洑川日报 2037-05-21 第7版 产经 (`{RARE}` U+3D58, CJK Extension A, in an invented firm's name "
    f"`{RARE}江化工`; in GB18030, not in GBK), GB18030, CRLF; indent-only paragraphs, wrapped at 21. A workplace-safety "
    f"page: an unannounced inspection of a chemical park finds {len(HAZARDS)} hazards at one works (title with a "
    "full-width gap, the byline line `本报记者　邰　彦　通讯员　单晓禾`, a caption and its credit inside a sentence, the "
    "works' manager's “” quotation cut by the running head before `回头看。”`), then, with no blank line, **the list "
    "`隐患整改清单`: a header row `序号　隐患　期限　进度`, numbered rows of a hazard, a deadline (a date or `当日`) and a "
    f"state (`已整改` / `整改中`), and a count line `共{len(HAZARDS)}项，已整改{DONE2}项，{OPEN2}项整改中` (counted)**; the "
    "list is an article, its head the title, each printed row a paragraph.",
    "date": "2037-05-21", "page": "7",
    "head": [f"洑川日报　　2037年5月21日　{weekday(DAY2)}", "第7版　产经　　责任编辑：管　笛"],
    "foot": ["洑川日报社　　新闻热线：0557-6214830"],
    "furniture": ["洑川日报", "2037年5月21日", weekday(DAY2), "第7版", "产经", "责任编辑：管　笛", "洑川日报·产经",
                  "洑川日报社", "新闻热线：0557-6214830"],
    "run": ["洑川日报·产经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["暗访化工园区　一家企业查出7处隐患", "本报记者　邰　彦　通讯员　单晓禾"],
         "title": "暗访化工园区　一家企业查出7处隐患",
         "byline": ["本报记者　邰　彦　通讯员　单晓禾", "邰　彦　单晓禾", "邰彦　单晓禾"],
         "captions": ["检查组在储罐区测试报警器。"], "credits": ["（通讯员　单晓禾　摄）"],
         "body": [f"市应急管理局上周对沿江化工园区进行暗访检查，在{RARE}江化工有限公司一家就查出隐患"
                  f"{len(HAZARDS)}处，其中二号车间安全出口上锁被当场拍下。",
                  f"检查组当场责令停用相关设备，{{cap}}到昨天，{DONE2}处隐患已整改完毕，其余{OPEN2}处限期整改。",
                  f"{RARE}江化工安全总监包文远说，问题暴露出日常巡查走了过场，“整改完成后，我们请检查组再来"
                  "{run}回头看。”"]},
        {"glued": True, "lines": ["隐患整改清单"], "title": "隐患整改清单",
         "body": [("row", "序号　隐患　期限　进度")]
         + [("row", f"{n}　{what}　{when}　{'已整改' if done else '整改中'}")
            for n, (what, when, done) in enumerate(HAZARDS, 1)]
         + [("row", f"共{len(HAZARDS)}项，已整改{DONE2}项，{OPEN2}项整改中")]},
    ],
}

# 3. A Taiwan county's typhoon rescue: who was sent, with how many people, vehicles and rubber boats.
CREWS = [("消防局", 186, 42, 12), ("義勇消防", 124, 18, 6), ("民間救難隊", 67, 9, 8), ("鄉鎮公所", 95, 21, 0)]
PEOPLE3 = sum(p for _, p, _, _ in CREWS)
CARS3 = sum(c for _, _, c, _ in CREWS)
BOATS3 = sum(b for *_, b in CREWS)
DAY3 = date(2037, 8, 19)

TYPHOON_PAGE = {
    "name": "zht_big5_crlf_taiwan_rescue_page_typhoon_flood_rescue_story_byline_caption_credit_running_head_midquote_glued_rescue_deployment_table_header_row_people_vehicles_rubber_boats_zero_cell_total_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澐東日報 2037-08-19 A5 地方 (`中華民國126年8月19日`, Hualien County, Taiwan), Big5, CRLF; blank-line paragraphs, "
    "wrapped at 20. A rescue page: after a typhoon's rain the county's rescuers take 53 people off flooded farms by "
    "rubber boat (title with a full-width gap, the byline line `記者鍾雅萍／花蓮報導`, a caption and its credit inside a "
    "sentence, a fire captain's 「」 quotation cut by the running head before `撤離。」`), then, with no blank line, "
    "**the table `颱風救災出動人力`: a header row `單位　人員　車輛　橡皮艇`, four rows of a body with people, vehicles "
    f"and boats (one boats cell `0`), and a total row `合計　{PEOPLE3}　{CARS3}　{BOATS3}` (summed)**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2037-08-19", "page": "A5",
    "head": [f"澐東日報　中華民國126年8月19日　{weekday(DAY3)}", "A5　地方　　編輯：簡如萱"],
    "foot": ["澐東日報社　讀者服務專線：(03)8427-315"],
    "furniture": ["澐東日報", "中華民國126年8月19日", weekday(DAY3), "A5", "地方", "編輯：簡如萱", "澐東日報．地方",
                  "澐東日報社", "讀者服務專線：(03)8427-315"],
    "run": ["澐東日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["颱風豪雨淹農村　橡皮艇救出53人", "記者鍾雅萍／花蓮報導"], "title": "颱風豪雨淹農村　橡皮艇救出53人",
         "byline": ["記者鍾雅萍／花蓮報導", "鍾雅萍"],
         "captions": ["消防員以橡皮艇接出受困老人。"], "credits": ["（記者鍾雅萍攝）"],
         "body": ["颱風帶來的豪雨讓溪水暴漲，沿溪三個村落前天深夜淹水及腰，縣消防局出動橡皮艇，一夜救出53人。",
                  f"縣府統計，這次共出動人員{PEOPLE3}人次、車輛{CARS3}輛，{{cap}}受困民眾多是獨居老人。",
                  "消防局分隊長羅志誠說，有些老人捨不得家裡的雞鴨，「水還在漲，我們只好一再勸，最後背著他們"
                  "{run}撤離。」"]},
        {"glued": True, "lines": ["颱風救災出動人力"], "title": "颱風救災出動人力",
         "body": [("row", "單位　人員　車輛　橡皮艇")]
         + [("row", f"{who}　{p}　{c}　{b}") for who, p, c, b in CREWS]
         + [("row", f"合計　{PEOPLE3}　{CARS3}　{BOATS3}")]},
    ],
}

# 4. Hong Kong's hill fire season: the two colours of the fire danger warning and what each stops.
DAY4 = date(2037, 11, 12)

HILLFIRE_PAGE = {
    "name": "zht_big5hkscs_lf_hong_kong_fire_page_hill_fire_season_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_fire_danger_warning_table_header_row_colour_first_cells_three_columns_source_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "澂灣日報 2037-11-12 A8 港聞 (Hong Kong), Big5-HKSCS (`咗 嘅 喺 啲`; in neither cp950 nor Big5), LF; "
    "indent-only paragraphs, wrapped at 20. A fire page in Cantonese: the hill fire season's first big fire burns a "
    "hillside above a village (title with a full-width gap, the byline line `記者　駱嘉欣`, a caption and its credit "
    "inside a sentence, a fire officer's 「」 quotation cut by the running head before `火種。」`), then, with no blank "
    "line, **the table `火災危險警告`: a header row `警告　意思　郊野公園`, two rows whose first cell is a colour "
    "(`黃色`, `紅色`), a meaning and what it stops, and a source row `警告由天文台發出`**; the table is an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2037-11-12", "page": "A8",
    "head": [f"澂灣日報　2037年11月12日　{weekday(DAY4)}", "A8　港聞　　編輯：伍卓霖"],
    "foot": ["澂灣日報社　　新聞熱線：2846 1739"],
    "furniture": ["澂灣日報", "2037年11月12日", weekday(DAY4), "A8", "港聞", "編輯：伍卓霖", "澂灣日報．港聞", "澂灣日報社",
                  "新聞熱線：2846 1739"],
    "run": ["澂灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["山火季開始　山坡燒咗成晚", "記者　駱嘉欣"], "title": "山火季開始　山坡燒咗成晚",
         "byline": ["記者　駱嘉欣", "駱嘉欣"],
         "captions": ["消防員喺山坡用拍子撲火。"], "credits": ["（駱嘉欣攝）"],
         "body": ["新界一條村後面嘅山坡前晚起火，火勢沿住乾草向上燒，消防處派咗過百人，到天光先救熄。",
                  "有村民話火頭喺山腳啲墳地附近，{cap}消防處正調查起火原因，暫時冇人受傷。",
                  "消防處發言人提醒市民，秋冬天氣乾燥，行山唔好吸煙，「掃墓燒完嘢，一定要淋熄晒啲"
                  "{run}火種。」"]},
        {"glued": True, "lines": ["火災危險警告"], "title": "火災危險警告",
         "body": [("row", "警告　意思　郊野公園"),
                  ("row", "黃色　火災危險性高　小心用火"),
                  ("row", "紅色　火災危險性極高　燒烤爐暫停使用"),
                  ("row", "警告由天文台發出")]},
    ],
}

# 5. Malaysia's fire and rescue department recruits volunteer firefighters: the fitness test's marks for men and women.
TESTS = [("2.4公里跑", "14分钟内", "17分钟内"), ("俯卧撑", "25下", "15下"), ("仰卧起坐（1分钟）", "30下", "25下"),
         ("负重提水桶（20公斤）", "50米", "30米")]
DAY5 = date(2037, 6, 10)
CLOSE5 = date(2037, 6, 30)
assert CLOSE5.weekday() == 1  # the forms close on a Tuesday

FITNESS_PAGE = {
    "name": "zh_utf8_nobom_cr_malaysia_fire_page_volunteer_firefighters_wanted_story_byline_caption_credit_running_head_midquote_indent_only_glued_fitness_test_table_header_row_men_women_columns_units_in_cells_age_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "霹南日报 2037-06-10 第3版 州内 (Ipoh, Perak, Malaysia), UTF-8 without BOM, CR; indent-only paragraphs, wrapped "
    "at 21. A fire-and-rescue page: the state fire and rescue department (消拯局) recruits volunteer firefighters for "
    "new villages (title with a full-width gap, the byline line `记者　骆俊贤`, a caption and its credit inside a "
    "sentence, a volunteer team leader's “” quotation cut by the running head before `救命。”`), then, with no blank "
    "line, **the table `体能测验标准`: a header row `项目　男　女`, four rows of a test and its marks for men and women, "
    "the units in the cells (`14分钟内`, `25下`, `50米`) and the loads in brackets in the first cells, and a row "
    "`年龄：18至45岁`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-06-10", "page": "3",
    "head": [f"霹南日报　　2037年6月10日　{weekday(DAY5)}", "第3版　州内　　编辑：庄伟杰"],
    "foot": ["霹南日报社　　新闻热线：05-2438196"],
    "furniture": ["霹南日报", "2037年6月10日", weekday(DAY5), "第3版", "州内", "编辑：庄伟杰", "霹南日报·州内",
                  "霹南日报社", "新闻热线：05-2438196"],
    "run": ["霹南日报·州内"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["消拯局招志愿消防员　新村青年踊跃报名", "记者　骆俊贤"], "title": "消拯局招志愿消防员　新村青年踊跃报名",
         "byline": ["记者　骆俊贤", "骆俊贤"],
         "captions": ["志愿消防员在新村练习接水带。"], "credits": ["（记者　骆俊贤　摄）"],
         "body": ["州消拯局为偏远新村成立志愿消防队，首批招募120人，报名截止日期为"
                  f"{CLOSE5.month}月{CLOSE5.day}日（{weekday(CLOSE5)}）。",
                  "报名者须通过体能测验，{cap}录取后接受三个月的周末训练。",
                  "新村志愿消防队队长黄振福说，新村离消拯局最近的分局也要二十多分钟，“火一烧起来，头几分钟就是"
                  "{run}救命。”"]},
        {"glued": True, "lines": ["体能测验标准"], "title": "体能测验标准",
         "body": [("row", "项目　男　女")]
         + [("row", f"{what}　{men}　{women}") for what, men, women in TESTS]
         + [("row", "年龄：18至45岁")]},
    ],
}

# 6. A city's heat rules for outdoor work: the day's highest temperature and what it stops, and the heat allowance.
ALLOWANCE, MONTHS6 = 300, 4  # yuan a month, June to September
DAY6 = date(2037, 7, 22)

HEAT_PAGE = {
    "name": "zh_utf16le_bom_crlf_workplace_safety_page_heat_outdoor_work_story_byline_caption_credit_running_head_midquote_glued_heat_rule_table_header_row_greater_equal_threshold_first_cells_celsius_allowance_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沣宁日报 2037-07-22 第4版 民生, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A "
    "workplace-safety page: in a heat wave the city's labour inspectors check building sites at noon (title with a "
    "full-width gap, the byline line `本报记者　甘　沁`, a caption and its credit inside a sentence, a labour inspector's "
    "“” quotation cut by the running head before `休息。”`), then, with no blank line, **the table `高温天气室外作业规定`: "
    "a header row `日最高气温　室外露天作业`, three rows whose first cell is a threshold with a greater-or-equal sign and "
    f"a degree sign (`≥40℃`), and an allowance row `高温津贴：每月{ALLOWANCE}元（6月至9月）` (the story's "
    f"{ALLOWANCE * MONTHS6} yuan a summer computed)**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2037-07-22", "page": "4",
    "head": [f"沣宁日报　　2037年7月22日　{weekday(DAY6)}", "第4版　民生　　责任编辑：祁　暄"],
    "foot": ["沣宁日报社出版　　新闻热线：0917-3468250"],
    "furniture": ["沣宁日报", "2037年7月22日", weekday(DAY6), "第4版", "民生", "责任编辑：祁　暄", "沣宁日报·民生",
                  "沣宁日报社出版", "新闻热线：0917-3468250"],
    "run": ["沣宁日报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["正午查工地　高温下不许露天干活", "本报记者　甘　沁"], "title": "正午查工地　高温下不许露天干活",
         "byline": ["本报记者　甘　沁", "甘　沁", "甘沁"],
         "captions": ["建筑工人在工地阴凉处午休。"], "credits": ["（本报记者　甘　沁　摄）"],
         "body": ["昨天全市最高气温39℃，市劳动保障监察支队中午12时起分四路突击检查建筑工地，两处工地仍在露天作业，被当场叫停。",
                  f"按规定，高温津贴从6月发到9月，每月{ALLOWANCE}元，{{cap}}一个夏天共{ALLOWANCE * MONTHS6}元。",
                  "监察支队队长卞志强说，工期再紧也不能拿工人的身体冒险，“中午最热的三个小时，必须让工人"
                  "{run}休息。”"]},
        {"glued": True, "lines": ["高温天气室外作业规定"], "title": "高温天气室外作业规定",
         "body": [("row", "日最高气温　室外露天作业"),
                  ("row", "≥40℃　全天停止"),
                  ("row", "≥37℃　12时至15时停止，全天不超过6小时"),
                  ("row", "≥35℃　缩短连续作业时间"),
                  ("row", f"高温津贴：每月{ALLOWANCE}元（6月至9月）")]},
    ],
}

# 7. Bukusu: a market fire in Bungoma, and which extinguisher puts out which class of fire.
KINDS = [("Amatsi", "Red", "ABCE", "A"), ("Foam", "Cream", "ABCE", "AB"), ("CO2", "Black", "ABCE", "BE"),
         ("Powder", "Blue", "ABCE", "ABCE")]
DAY7 = date(2037, 3, 3)


def marks(classes, able):
    """One cell per class of fire: `x` where the extinguisher works, `-` where it must not be used."""
    return ["x" if c in able else "-" for c in classes]


EXTINGUISHER_PAGE = {
    "name": "bxk_latin1_lf_bukusu_fire_page_bungoma_market_fire_story_byline_dateline_caption_credit_running_head_midquote_straight_quotes_glued_extinguisher_table_header_row_colour_column_x_dash_class_matrix_key_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kamakhuwa ke Bungoma (an invented Bukusu weekly, Bungoma, Kenya) 2037-03-03 Page 5 Habari, ISO-8859-1 "
    "(`·`; straight quotes, a hyphen for the dateline's dash), LF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A Bukusu fire page: a night fire burns eleven stalls in a Bungoma market (title over two lines, "
    "byline line `Ne: Nafula Wanjala`, the dateline `BUNGOMA -` opening the lead, a caption and its credit inside a "
    "sentence, a fire officer's straight-quoted \"...\" quotation cut by the running head before `kamatsi.\"`), then, "
    "with no blank line, **the table `Ebisimia omulilo`: a header row `Ekhisimia Rangi A B C E`, four rows of an "
    "extinguisher, its colour and one cell per class of fire, `x` where it works and `-` where it must not be used "
    "(a matrix of marks), and a key row `x = kakhola`**; the table is an article, its head the title, each printed "
    "row a paragraph (one space kept between cells).",
    "date": "2037-03-03", "page": "5",
    "head": [f"KAMAKHUWA KE BUNGOMA · {english(DAY7)} · Page 5", "Habari · Editor: Wekesa Simiyu"],
    "foot": ["Kamakhuwa ke Bungoma · kamakhuwa@bungoma.example.ke"],
    "furniture": ["KAMAKHUWA KE BUNGOMA", english(DAY7), "Page 5", "Habari", "Editor: Wekesa Simiyu",
                  "Kamakhuwa ke Bungoma · Habari", "Kamakhuwa ke Bungoma", "kamakhuwa@bungoma.example.ke"],
    "run": ["Kamakhuwa ke Bungoma · Habari"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Omulilo kwasambile", "ebiduka ekhumi na ekhala", "Ne: Nafula Wanjala"],
         "title": "Omulilo kwasambile ebiduka ekhumi na ekhala",
         "byline": ["Ne: Nafula Wanjala", "Nafula Wanjala"],
         "captions": ["Babandu basimia omulilo mu soko."], "credits": ["Picha: Barasa Makokha"],
         "body": ["BUNGOMA - Omulilo kwa~sa~mbi~le ebi~du~ka ekhumi na ekhala mu soko lie Bungoma mu~ma~bi~ba~si, "
                  "ne ba~sa~ma~ri~ta~ni ba~kho~la~ga ba~tse ne ema~tu~ka ye omulilo.",
                  "Bakhasi be~bi~du~ka ba~lo~mi~le ba~li omulilo kwa~ra~ngi~le khu wa~ya~ya, {cap}ne ba~ta~kha "
                  "ba~khe~ba~le ka~ma~tsi.",
                  "Omukhulundu we ema~tu~ka, Simon Khaemba, a~lo~mi~le: \"Omulilo kwe wa~ya~ya si~ku~si~mi~bwa "
                  "ne {run}kamatsi.\""]},
        {"glued": True, "lines": ["Ebisimia omulilo"], "title": "Ebisimia omulilo",
         "body": [("row", ramp((11, 7, 3, 3, 3, 3), "Ekhisimia", "Rangi", "A", "B", "C", "E"))]
         + [("row", ramp((11, 7, 3, 3, 3, 3), name, colour, *marks(classes, able)))
            for name, colour, classes, able in KINDS]
         + [("row", "x = kakhola")]},
    ],
}

# 8. Logoori: a tea factory's injured worker, and the protective gear the workers need, were issued and are owed.
GEAR = [("Helmet", 120, 96), ("Boots", 120, 120), ("Gloves", 240, 180), ("Earplugs", 120, 75), ("Overall", 120, 84)]
NEED8 = sum(n for _, n, _ in GEAR)
GIVEN8 = sum(g for _, _, g in GEAR)
DAY8 = date(2037, 9, 8)

GEAR_PAGE = {
    "name": "rag_utf8_bom_crlf_logoori_safety_page_tea_factory_injury_story_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_glued_protective_gear_table_needed_issued_owed_difference_column_total_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "   ",
    "blank": False,
    "note": "Ligulu lya Vihiga (an invented Logoori weekly, Vihiga, Kenya) 2037-09-08 Page 4 Ajira, UTF-8 with BOM "
    "(`“ ” – ·`), CRLF; **indent-only paragraphs (three spaces, no blank lines)**, wrapped at 40 with hyphenation. A "
    "Logoori workplace-safety page: a worker's hand is caught in a withering machine at an invented tea factory and "
    "the workers' union names the gear still owed (title over two lines, byline line `Ku: Kageha Mideva`, the "
    "dateline `VIHIGA –` opening the lead, a caption and its credit inside a sentence, a union official's “” "
    "quotation cut by the running head before `vyosi.”`), then, with no blank line, **the table `Vivigiro vya "
    "kwilinda`: a header row `Kindu Kwenya Vihaanwa Vidigi`, five rows of an item, the number needed, the number "
    "issued and their difference (one `0`), flush right, and a total row "
    f"`Vyosi {NEED8} {GIVEN8} {NEED8 - GIVEN8}` (computed)**; the table is an article, its head the title, each printed "
    "row a paragraph (one space kept between cells).",
    "date": "2037-09-08", "page": "4",
    "head": [f"LIGULU LYA VIHIGA · {english(DAY8)} · Page 4", "Ajira · Editor: Isaac Amugune"],
    "foot": ["Ligulu lya Vihiga · ligulu@vihiga.example.ke"],
    "furniture": ["LIGULU LYA VIHIGA", english(DAY8), "Page 4", "Ajira", "Editor: Isaac Amugune",
                  "Ligulu lya Vihiga · Ajira", "Ligulu lya Vihiga", "ligulu@vihiga.example.ke"],
    "run": ["Ligulu lya Vihiga · Ajira"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mukozi yavitanga mukono", "mu mashine ya chai", "Ku: Kageha Mideva"],
         "title": "Mukozi yavitanga mukono mu mashine ya chai",
         "byline": ["Ku: Kageha Mideva", "Kageha Mideva"],
         "captions": ["Avakozi vakulundula chai."], "credits": ["Picha: Mmbone Ligare"],
         "body": ["VIHIGA – Mukozi wa Lusavi Tea Factory ya~vi~ta~nga mukono gwigwe mu mashine ya ku~ru~mu~la "
                  "chai, nu ya~ru~mwa ku hospitali ya Vihiga.",
                  f"Avakozi {GEAR[0][1]} va~la~ngwa va~ha~nwe ma~hel~me~ti, ne ga~ha~anwa ni {GEAR[0][2]} "
                  "gengene, {cap}na ma~go~vu ga~ha~nwa ku nusu.",
                  "Mwimilili wa union, Jairus Ambuka, ya~vo~ro~la: “Factory yi~li~ndi~ti ku~ha~ana vi~vi~gi~ro "
                  "ku~la~ngu~la kazi ya avakozi {run}vyosi.”"]},
        {"glued": True, "lines": ["Vivigiro vya kwilinda"], "title": "Vivigiro vya kwilinda",
         "body": [("row", ramp((10, 8, 10, 8), "Kindu", "Kwenya", "Vihaanwa", "Vidigi"))]
         + [("row", ramp((10, 8, 10, 8), name, str(need), str(given), str(need - given))) for name, need, given in GEAR]
         + [("row", ramp((10, 8, 10, 8), "Vyosi", str(NEED8), str(GIVEN8), str(NEED8 - GIVEN8)))]},
    ],
}

# 9. Tharaka: a bush fire on a hill, and the county's fire danger scale with today's level marked by an arrow.
SCALE = [("1", "Low", "Mwaki nourega"), ("2", "Moderate", "Ithira mwaki"), ("3", "High", "Tiga kuithia"),
         ("4", "Very high", "Ti mwaki gwitu"), ("5", "Extreme", "Ti mwaki o na umwe")]
TODAY9 = 4
DAY9 = date(2037, 2, 17)
MARK9 = "◄ narua"

SCALE_PAGE = {
    "name": "thk_utf16be_bom_lf_tharaka_fire_page_bush_fire_on_hill_story_byline_dateline_caption_credit_running_head_midquote_glued_fire_danger_scale_header_row_numbered_levels_today_marked_with_arrow_in_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Ndumiriri ya Marimanti (an invented Tharaka weekly, Marimanti, Tharaka-Nithi County, Kenya) 2037-02-17 Page 3 "
    "Mazingira, UTF-16 BE with BOM (a Latin page; `“ ” – · ◄`), LF; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A Tharaka fire page: a bush fire burns for two days on an invented hill above Marimanti (title over "
    "two lines, byline line `Ni: Kagendo Murithi`, the dateline `MARIMANTI –` opening the lead, a caption and its credit "
    "inside a sentence, a forest officer's “” quotation cut by the running head before `ruthingo.”`), then, with no "
    "blank line, **the scale `Kiwango kia mwaki`: a header row `No. Kiwango Wira`, five numbered levels from `Low` to "
    f"`Extreme` with what each forbids, the fourth (today's) ending in an arrow `{MARK9}` that is part of its row**, "
    "with no closing row; the scale is an article, its head the title, each printed row a paragraph (one space kept "
    "between cells).",
    "date": "2037-02-17", "page": "3",
    "head": [f"NDUMIRIRI YA MARIMANTI · {english(DAY9)} · Page 3", "Mazingira · Editor: Mutegi Kinyua"],
    "foot": ["Ndumiriri ya Marimanti · ndumiriri@marimanti.example.ke"],
    "furniture": ["NDUMIRIRI YA MARIMANTI", english(DAY9), "Page 3", "Mazingira", "Editor: Mutegi Kinyua",
                  "Ndumiriri ya Marimanti · Mazingira", "Ndumiriri ya Marimanti", "ndumiriri@marimanti.example.ke"],
    "run": ["Ndumiriri ya Marimanti · Mazingira"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mwaki wa ithaka wa", "Kirimambu wagwata", "Ni: Kagendo Murithi"],
         "title": "Mwaki wa ithaka wa Kirimambu wagwata",
         "byline": ["Ni: Kagendo Murithi", "Kagendo Murithi"],
         "captions": ["Antu bakuurimia mwaki na mathangu."], "credits": ["Picha: Gitonga Mwenda"],
         "body": ["MARIMANTI – Mwaki wa~gwa~ti~re ithaka ria Kirimambu ntuku ijiri, na wa~thi~ngi~ri~ra mi~gu~nda "
                  "ya antu ba~ku~ru~ta mathangu.",
                  "Antu ba~ku~ri~ta mwaki na mathangu na ma~ru~ju~ngu, {cap}na ri~u~ru~u ri~a~ri~ku~mi~ria.",
                  "Mu~ri~mi~ri wa ithaka, Peter Mbaabu, a~ri~u~gi~re: “Kiwango kia mwaki narua ni kinene, ti "
                  "mwaki kwa gwitu, o na ku {run}ruthingo.”"]},
        {"glued": True, "lines": ["Kiwango kia mwaki"], "title": "Kiwango kia mwaki",
         "body": [("row", f"{'No.':<4}{'Kiwango':<11}Wira")]
         + [("row", f"{n:<4}{level:<11}{what}" + (f" {MARK9}" if int(n) == TODAY9 else "")) for n, level, what in SCALE]},
    ],
}

# 10. Marakwet: a landslide in the Kerio Valley, and the rescuers' tally by village.
VILLAGES = [("Kapsumbei", 14, 5, 2), ("Chemuken", 9, 3, 0), ("Kiptilil", 21, 7, 3), ("Soymet", 6, 1, 1)]
SAVED10 = sum(s for _, s, _, _ in VILLAGES)
HURT10 = sum(h for _, _, h, _ in VILLAGES)
LOST10 = sum(m for *_, m in VILLAGES)
DAY10 = date(2037, 5, 5)

TALLY_PAGE = {
    "name": "enb_cp1252_cr_marakwet_rescue_page_kerio_valley_landslide_story_byline_dateline_caption_credit_running_head_midquote_glued_rescue_tally_table_header_row_rescued_injured_missing_zero_cell_total_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kirwokik ab Kerio (an invented Marakwet weekly, Kapsowar, Elgeyo-Marakwet County, Kenya) 2037-05-05 Page 2 "
    "Taarifa, cp1252 (`“ ” – ·`), CR; blank-line paragraphs, wrapped at 38 with hyphenation. A Marakwet rescue page: "
    f"after two nights of rain a landslide buries homes in four invented villages; rescuers bring out {SAVED10} people "
    f"(title over two lines, byline line `Ak: Jepkemboi Kibet`, the dateline `KAPSOWAR –` opening the lead, a caption "
    "and its credit inside a sentence, a village elder's “” quotation cut by the running head before `kokwet.”`), then, "
    "with no blank line, **the table `Piik che kiriichin`: a header row `Kokwet Kiriichin Kimuuych Maneyu`, four rows of a "
    "village with the rescued, the injured among them and the missing (one `0`), flush right, and a total row "
    f"`Tugul {SAVED10} {HURT10} {LOST10}` (summed)**; the table is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2037-05-05", "page": "2",
    "head": [f"KIRWOKIK AB KERIO · {english(DAY10)} · Page 2", "Taarifa · Editor: Kipruto Cheserem"],
    "foot": ["Kirwokik ab Kerio · kirwokik@kapsowar.example.ke"],
    "furniture": ["KIRWOKIK AB KERIO", english(DAY10), "Page 2", "Taarifa", "Editor: Kipruto Cheserem",
                  "Kirwokik ab Kerio · Taarifa", "Kirwokik ab Kerio", "kirwokik@kapsowar.example.ke"],
    "run": ["Kirwokik ab Kerio · Taarifa"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ngoriom ko konam kaptich;", f"kiriichin piik {SAVED10}", "Ak: Jepkemboi Kibet"],
         "title": f"Ngoriom ko konam kaptich; kiriichin piik {SAVED10}",
         "byline": ["Ak: Jepkemboi Kibet", "Jepkemboi Kibet"],
         "captions": ["Piik che kiyamite ngoriom."], "credits": ["Picha: Kiplagat Chelimo"],
         "body": [f"KAPSOWAR – Ngoriom ko~ko~nam kaptich ab kokwotinwek aeng' ab Kerio, ak kiriichin piik "
                  f"{SAVED10} ko~botch kiy~a~me~to ngo~ri~om.",
                  f"Piik {HURT10} ko~ki~mu~uych, {{cap}}ak ko~mo~ka~ch piik {LOST10} ko~ye~nge ru~ru~ch.",
                  "Poyon ab kokwet, Kibet Kiprop, ko~mwa: “Mi~ke~ny ki~ti~nyek ko~ron~gu, ko~mi~i ngo~ri~om "
                  "kut ab {run}kokwet.”"]},
        {"glued": True, "lines": ["Piik che kiriichin"], "title": "Piik che kiriichin",
         "body": [("row", ramp((10, 10, 9, 8), "Kokwet", "Kiriichin", "Kimuuych", "Maneyu"))]
         + [("row", ramp((10, 10, 9, 8), name, str(s), str(h), str(m))) for name, s, h, m in VILLAGES]
         + [("row", ramp((10, 10, 9, 8), "Tugul", str(SAVED10), str(HURT10), str(LOST10)))]},
    ],
}

PAGES = [RESPONSE_PAGE, HAZARD_PAGE, TYPHOON_PAGE, HILLFIRE_PAGE, FITNESS_PAGE, HEAT_PAGE, EXTINGUISHER_PAGE,
         GEAR_PAGE, SCALE_PAGE, TALLY_PAGE]
