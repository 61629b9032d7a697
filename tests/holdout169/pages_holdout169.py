"""The text of every holdout169 page, written once: make_holdout169_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-166 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("more", line)` a printed line that is no paragraph (a table's source line, a
notice's closing rule); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end (`syl()`, holdout151's rules); `Lines(text, printed)`
(holdout157's) a row printed as the given lines; `"runin": sep` runs a brief's head into its paragraph.
Every page is a school and admissions page: a report on an admissions season, a new school or an exam result
(kicker or deck, title, byline, a head teacher's or parent's quotation cut by the running head, a caption with its
credit inside a sentence); a table of cut-off scores or places under its label with its source line at the foot; an
enrolment notice in a box (who may apply, the documents as a numbered list, the dates, the office and telephone, the
issuer and date at its foot); a Q&A with an official (each question and answer one paragraph); and two or three
education briefs with run-in heads. Places, totals and weekdays are computed and asserted. All papers, schools,
people, sums and events are invented; real places are settings only.
"""


from datetime import date
from functools import partial

from writtenpages import ID, Lines, aligned, flush_right, indonesian, solid, syllables, weekday, zhou

FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def french(day):
    return f"{FR[day.weekday()].capitalize()} {day.day} {FR_MONTHS[day.month - 1]} {day.year}"


def report(lines, title, bylines, captions, credits, body, kicker=None, subtitle=None):
    """The sitting's report: kicker or deck, title, byline (as printed, then the name), caption and credit."""
    art = {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
           "body": body}
    if kicker:
        art["kicker"] = kicker
    if subtitle:
        art["subtitle"] = subtitle
    return art


def total(rows, column):
    """A table's total row: the sum of a column of the rows above it, asserted by the caller against the page."""
    return sum(r[column] for r in rows)


def table(label, rows, source, glued=False):
    """A cut-off or places table under its label: the label is the title, one paragraph per printed row (header and
    total rows included); the source line at its foot a credit (holdout68's and holdout150/162's)."""
    art = {"lines": [label], "title": label, "tight": True, "credits": [source],
           "body": [("row", r) for r in rows] + [("more", source)]}
    if glued:
        art["glued"] = True
    return art


def enrol(page, rule, title, items, issuer, day_line):
    """An enrolment notice in a box between two rule lines: its head the title; each labelled item one paragraph set
    solid, each numbered document a row of its own; the issuer (the byline; none accepted) and the date (a paragraph)
    flush right at its foot (holdout157/166's)."""
    body = [i if isinstance(i, tuple) else solid(i, page) for i in items]
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": body + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])),
                            ("more", rule)]}


def qa(lines, title, pairs, byline=None, intro=None):
    """A Q&A with an official: its head the title, an optional byline, an optional lead, each question with its
    answer one paragraph (the run-in labels kept in the text)."""
    art = {"lines": lines, "title": title, "body": ([intro] if intro else []) + pairs}
    if byline:
        art["byline"] = byline
    return art


def briefs(label, items, runin, glued=False):
    """A briefs column (holdout151's): the label, printed once, is the first brief's section (none accepted) and
    accepted on the others; the kicker is accepted on every brief; each run-in head is its brief's title."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


def zh_rows(rows):
    """Chinese table rows: cells joined by a full-width space."""
    return ["\u3000".join(str(c) for c in r) for r in rows]


# 1. GBK city evening paper, 升学: the middle-school exam's cut-off lines; the cut-off table glued under the report
#    (header row, total row); a Q&A with the admissions office; the first-grade enrolment notice box; the briefs'
#    label glued under the box's foot rule (not under the Q&A, which stands above the box). Blank-line paragraphs.
DAY1 = date(2043, 7, 2)
OPEN1, SHUT1 = date(2043, 7, 8), date(2043, 7, 10)
assert DAY1 < OPEN1 < SHUT1
SCHOOLS1 = [("沅岱一中", 480, 652), ("沅岱三中", 420, 631), ("城南中学", 360, 604), ("沅岱外国语学校", 240, 618),
            ("江北实验中学", 300, 587)]
SUM1 = total(SCHOOLS1, 1)
assert SUM1 == 1800
TAKERS1 = 6450
ZH_RULE21 = "─" * 21
SCORE_PAGE = {
    "name": "zh_gbk_crlf_city_evening_paper_education_page_middle_school_exam_cutoffs_report_kicker_byline_caption_credit_running_head_midquote_glued_cutoff_table_header_total_row_source_qa_enrolment_notice_box_numbered_documents_glued_runin_briefs",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "沅岱晚报 2043-07-02 第7版 升学 (an invented city evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    "21. A report on the middle-school exam's cut-off lines (kicker `中考放榜`, title, byline line, a caption and its "
    "credit inside a sentence, a head teacher's “” quotation cut by the running head before `选择。”`); then, **with no "
    "blank line under the report's last line**, the table `普通高中录取分数线` (a header row, five schools, a total row "
    f"of places {SUM1}, asserted; the source line a credit); a Q&A with the admissions office (`问：`/`答：`, each pair one "
    "paragraph); an enrolment notice in a box (documents numbered `1.`…`3.` under `所需材料：`, issuer and date flush "
    "right); then, **with no blank line under the box's foot rule**, the label `教育简讯` over three briefs with run-in "
    "heads.",
    "date": "2043-07-02", "page": "7",
    "head": ["沅岱晚报", f"2043年7月2日　{weekday(DAY1)}　　第7版　升学　　编辑：鲁　芃"],
    "foot": ["沅岱晚报社　　教育热线：0796-3318207"],
    "furniture": ["沅岱晚报", "2043年7月2日", weekday(DAY1), "第7版", "升学", "编辑：鲁　芃", "沅岱晚报·升学",
                  "沅岱晚报社", "教育热线：0796-3318207"],
    "run": ["沅岱晚报·升学"], "labels": [], "markup": [ZH_RULE21] * 2,
}
SCORE_PAGE["articles"] = [
    report(["中考放榜", "五所高中录取线公布", "本报记者　郗　蔚"], "五所高中录取线公布",
           ["本报记者　郗　蔚", "郗　蔚", "郗蔚"], ["考生和家长在学校门口查看录取名单。"], ["（本报记者　郗　蔚　摄）"],
           [f"昨天，市教育考试院公布今年普通高中录取分数线，全市{TAKERS1}名考生中，五所公办高中共招收{SUM1}人。",
            "上午九点，不少家长早早来到学校，{cap}有的拿着手机一遍遍刷新成绩。",
            "沅岱一中校长蔺国柱说：“分数线只是一条线，孩子们不管去哪所学校，三年后都还有很多次"
            "{run}选择。”"], kicker="中考放榜"),
    table("普通高中录取分数线", zh_rows([("学校", "计划", "分数线")] + SCHOOLS1 + [("合计", SUM1, "—")]),
          "资料来源：沅岱市教育考试院", glued=True),
    qa(["招生办负责人答记者问"], "招生办负责人答记者问", [
        "问：今年的分数线为什么比去年低？答：今年考生多了四百人，五所高中的计划也相应增加，分数线自然有所回落。",
        "问：没有达到分数线的考生还有什么选择？答：可以报考职业学校，七月中旬还有一次补录。",
    ]),
    enrol(SCORE_PAGE, ZH_RULE21, "小学一年级新生入学登记公告",
          ["对象：2036年9月1日至2037年8月31日出生、户籍或居住证在本学区的适龄儿童。", ("row", "所需材料："),
           ("row", "1. 户口簿原件及复印件；"), ("row", "2. 房产证或租房合同；"), ("row", "3. 儿童预防接种证。"),
           f"时间：{OPEN1.month}月{OPEN1.day}日（{zhou(OPEN1)}）至{SHUT1.month}月{SHUT1.day}日（{zhou(SHUT1)}），"
           "每天上午8:30至11:30。",
           "地点：区教育局一楼招生办公室，电话：0796-3318455。"],
          "沅岱市城东区教育局", "2043年6月30日"),
    *briefs("教育简讯", [
        ("暑期安全提醒", "市教育局提醒家长，暑假期间不要让孩子到江边、水库游泳。"),
        ("校车线路调整", "九月起，城南中学校车增开两条线路，覆盖江北三个村。"),
        ("教师招聘", "全市今年公开招聘中小学教师一百二十名，八月初笔试。"),
    ], "\u3000", glued=True),
]


# 2. GB18030 county daily: a new nine-year school opens in a resettlement town; the places table (no header row, a
#    total row); the transfer-pupils notice box; a Q&A with the bureau; briefs. Indent-only, not glued.
RARE = "\u4dab"  # 䶫 U+4DAB, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2043, 8, 20)
OPEN2, SHUT2 = date(2043, 8, 24), date(2043, 8, 27)
assert DAY2 < OPEN2 < SHUT2
GRADES2 = [("一年级", 4, 180), ("二至六年级", 10, 430), ("七年级", 4, 200), ("八至九年级", 6, 270)]
CLASSES2, PLACES2 = total(GRADES2, 1), total(GRADES2, 2)
assert (CLASSES2, PLACES2) == (24, 1080)
NEWSCHOOL_PAGE = {
    "name": "zh_gb18030_lf_county_daily_schools_page_new_nine_year_school_opens_report_deck_rare_char_byline_caption_credit_running_head_midquote_indent_only_places_table_no_header_total_row_source_qa_transfer_notice_box_numbered_documents_runin_briefs",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": False,
    "note": f"澧阜日报 2043-08-20 第5版 成长 (an invented county daily; `{RARE}` U+4DAB, CJK Extension A, in the head "
    "teacher's name; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A report on a new nine-year "
    "school opening in a resettlement town (title, **deck** the subtitle, byline line, a caption and its credit inside a "
    "sentence, the head teacher's “” quotation cut by the running head before `上学。”`); then, after a blank line, the "
    f"places table `秋季招生计划` (no header row, four grade rows, a total row {CLASSES2} classes / {PLACES2} places, "
    "asserted; the source line a credit); a Q&A with the county education bureau; a transfer notice in a box "
    "(documents `1.`…`4.`); the label `校园快讯` over two briefs with run-in heads.",
    "date": "2043-08-20", "page": "5",
    "head": ["澧阜日报", f"2043年8月20日　{weekday(DAY2)}　　第5版　成长"],
    "foot": ["澧阜日报社　　地址：澧阜县滨河路18号　　邮编：415627"],
    "furniture": ["澧阜日报", "2043年8月20日", weekday(DAY2), "第5版", "成长", "澧阜日报·成长", "澧阜日报社",
                  "地址：澧阜县滨河路18号", "邮编：415627"],
    "run": ["澧阜日报·成长"], "labels": [], "markup": [ZH_RULE21] * 2,
}
NEWSCHOOL_PAGE["articles"] = [
    report(["新校九月迎来第一批学生", "桑湾镇九年一贯制学校建成", "本报记者　隗　宁"], "新校九月迎来第一批学生",
           ["本报记者　隗　宁", "隗　宁", "隗宁"], ["工人在新教学楼前铺设塑胶跑道。"], ["（本报记者　隗　宁　摄）"],
           [f"澧阜县桑湾镇九年一贯制学校日前完工，秋季开学将开设{CLASSES2}个班，提供学位{PLACES2}个，移民新村的孩子"
            "不用再坐船到对岸读书。",
            "记者走进校园时，{cap}教学楼里的课桌椅已经摆放整齐。",
            f"校长戴{RARE}明说：“以前孩子们天不亮就要去码头等船，冬天一身雾水。现在出了家门走十分钟，就能"
            "{run}上学。”"], subtitle="桑湾镇九年一贯制学校建成"),
    table("秋季招生计划", zh_rows([(g, f"{c}个班", f"{n}人") for g, c, n in GRADES2]
                                  + [("合计", f"{CLASSES2}个班", f"{PLACES2}人")]), "资料来源：澧阜县教育局"),
    qa(["县教育局负责人答问"], "县教育局负责人答问", [
        "问：哪些孩子可以到新学校就读？答：桑湾镇户籍和移民新村的适龄儿童优先，其余学位按居住年限安排。",
        "问：原来在对岸读书的学生要转回来吗？答：自愿转学，学校不收任何费用。",
    ]),
    enrol(NEWSCHOOL_PAGE, ZH_RULE21, "转学插班报名通知",
          ["对象：桑湾镇范围内申请转入二至九年级的学生。", ("row", "需带材料："), ("row", "1. 户口簿；"),
           ("row", "2. 原学校学籍证明；"), ("row", "3. 近一年成绩单；"), ("row", "4. 两张一寸照片。"),
           f"时间：{OPEN2.month}月{OPEN2.day}日（{zhou(OPEN2)}）至{SHUT2.month}月{SHUT2.day}日（{zhou(SHUT2)}）。",
           "地点：学校行政楼一楼教务处，电话：0743-6625190。"],
          "澧阜县桑湾镇九年一贯制学校", "2043年8月18日"),
    *briefs("校园快讯", [
        ("乡村教师培训", "本月底，全县一百五十名乡村教师将在县城参加为期五天的暑期培训。"),
        ("营养午餐提标", "新学期起，农村学生营养午餐补助每天提高一元。"),
    ], "\u3000"),
]


# 3. Big5 Taiwan county paper: the junior-high exam-free admission results; the places table glued under the report
#    (header row, total row); a Q&A; the kindergarten enrolment notice box; briefs glued under the box's foot rule.
#    Blank-line paragraphs, CR line ends.
DAY3 = date(2043, 6, 18)
OPEN3, SHUT3 = date(2043, 6, 23), date(2043, 6, 26)
assert DAY3 < OPEN3 < SHUT3 and DAY3.year - 1911 == 132
SCHOOLS3 = [("縣立檜嶼高中", 315, 402), ("國立苑溪高工", 280, 351), ("縣立頭屋高中", 210, 198), ("私立明湖高中", 175, 166)]
SUM3, APPLY3 = total(SCHOOLS3, 1), total(SCHOOLS3, 2)
assert (SUM3, APPLY3) == (980, 1117)
ZH_RULE20 = "─" * 20
EXAM_PAGE = {
    "name": "zht_big5_cr_taiwan_county_paper_education_page_exam_free_admission_results_report_kicker_byline_caption_credit_running_head_midquote_glued_places_table_header_total_row_source_qa_kindergarten_enrolment_box_numbered_documents_glued_runin_briefs",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "苑風日報 2043-06-18 (`中華民國132年6月18日`) B2 升學 (an invented county paper, Miaoli county, Taiwan), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. A report on the exam-free admission results (kicker `免試入學放榜`, title with a "
    "full-width gap, byline line `記者葉芸禎／苗栗報導`, a caption and its credit inside a sentence, a parent's 「」 "
    "quotation cut by the running head before `就好。」`); then, **with no blank line under the report's last line**, the "
    f"table `免試入學名額` (header row `學校　名額　登記人數`, four schools, a total row {SUM3} / {APPLY3}, asserted; the "
    "source line a credit); a Q&A (`問：`/`答：`); a kindergarten enrolment notice in a box (documents `一、`…`三、`); "
    "then, **with no blank line under the box's foot rule**, the label `教育短波` over two briefs with run-in heads.",
    "date": "2043-06-18", "page": "B2",
    "head": [f"苑風日報　中華民國132年6月18日　{weekday(DAY3)}", "B2　升學　　編輯：賴映竹"],
    "foot": ["苑風日報社　讀者服務專線：(037)765-204"],
    "furniture": ["苑風日報", "中華民國132年6月18日", weekday(DAY3), "B2", "升學", "編輯：賴映竹", "苑風日報．升學",
                  "苑風日報社", "讀者服務專線：(037)765-204"],
    "run": ["苑風日報．升學"], "labels": [], "markup": [ZH_RULE20] * 2,
}
EXAM_PAGE["articles"] = [
    report(["免試入學放榜", "檜嶼高中　登記最踴躍", "記者葉芸禎／苗栗報導"], "檜嶼高中　登記最踴躍",
           ["記者葉芸禎／苗栗報導", "葉芸禎"], ["家長陪孩子在電腦前查詢結果。"], ["（記者葉芸禎攝）"],
           [f"苗栗區高中職免試入學昨天放榜，四所學校共提供{SUM3}個名額，登記人數{APPLY3}人，檜嶼高中超額最多。",
            "昨天中午，不少家長請假回家，{cap}一起等待網站公布。",
            "家長鄒明惠說，「孩子填志願時猶豫很久，我跟他說，選自己喜歡的科系，離家近一點"
            "{run}就好。」"], kicker="免試入學放榜"),
    table("免試入學名額", zh_rows([("學校", "名額", "登記人數")] + SCHOOLS3 + [("合計", SUM3, APPLY3)]),
          "資料來源：苗栗區免試入學委員會", glued=True),
    qa(["教育處長答客問"], "教育處長答客問", [
        "問：沒有錄取的學生怎麼辦？答：七月還有續招，各校缺額會在網站公告。",
        "問：明年名額會增加嗎？答：檜嶼高中明年將增加兩班，每班三十五人。",
    ]),
    enrol(EXAM_PAGE, ZH_RULE20, "公立幼兒園招生公告",
          ["對象：民國128年9月2日至129年9月1日出生之幼兒。", ("row", "應備文件："), ("row", "一、戶口名簿影本；"),
           ("row", "二、幼兒預防接種紀錄；"), ("row", "三、低收入戶證明（無則免附）。"),
           f"時間：{OPEN3.month}月{OPEN3.day}日（{zhou(OPEN3).replace('周', '週')}）至{SHUT3.month}月{SHUT3.day}日"
           f"（{zhou(SHUT3).replace('周', '週')}）。",
           "地點：鄉公所二樓教育課，電話：(037)731-566。"],
          "苗栗縣苑溪鄉公所", "中華民國132年6月16日"),
    *briefs("教育短波", [
        ("暑期閱讀營", "縣立圖書館七月開辦國小暑期閱讀營，每梯次三十人。"),
        ("校園午餐", "新學年起，全縣國中小午餐每週供應兩次在地有機蔬菜。"),
    ], "\u3000", glued=True),
]


# 4. Big5-HKSCS Hong Kong district weekly in Cantonese: secondary-one discretionary places; the places table (header
#    row, no total); a Q&A; a kindergarten-place notice box; briefs. Indent-only, not glued.
DAY4 = date(2043, 1, 15)
OPEN4, SHUT4 = date(2043, 1, 19), date(2043, 1, 23)
assert DAY4 < OPEN4 < SHUT4
SCHOOLS4 = [("鵠灣書院", 30, 412), ("鵠灣浸信會中學", 28, 356), ("石澗官立中學", 25, 190)]
assert total(SCHOOLS4, 1) == 83
HK_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_weekly_schools_page_s1_discretionary_places_cantonese_report_kicker_byline_caption_credit_running_head_midquote_indent_only_places_table_header_source_qa_kindergarten_box_numbered_documents_runin_briefs",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "鵠灣週報 2043-01-15 第6頁 升學 (an invented free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 啲 冇 嚟`; "
    "in neither cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese report on secondary-one "
    "discretionary places (kicker `中一自行分配學位`, title with a full-width gap, byline line, a caption and its credit "
    "inside a sentence, a parent's 「」 quotation cut by the running head before `開心。」`); then, after a blank line, "
    "the table `自行分配學位及申請人數` (header row, three schools, no total row; the source line a credit); a Q&A "
    "(`問：`/`答：`); a kindergarten registration notice in a box (documents `1.`…`3.`); the label `校園快訊` over two "
    "briefs with run-in heads.",
    "date": "2043-01-15", "page": "6",
    "head": [f"鵠灣週報　2043年1月15日　{weekday(DAY4)}", "第6頁　升學"],
    "foot": ["鵠灣週報社　查詢：3527 1846"],
    "furniture": ["鵠灣週報", "2043年1月15日", weekday(DAY4), "第6頁", "升學", "鵠灣週報．升學", "鵠灣週報社",
                  "查詢：3527 1846"],
    "run": ["鵠灣週報．升學"], "labels": [], "markup": [ZH_RULE20] * 2,
}
HK_PAGE["articles"] = [
    report(["中一自行分配學位", "熱門書院　十四個搶一個", "記者　龐穎詩"], "熱門書院　十四個搶一個",
           ["記者　龐穎詩", "龐穎詩"], ["家長喺書院門口排隊交表。"], ["（記者　龐穎詩　攝）"],
           ["中一自行分配學位申請上星期截止，區內三間中學合共收到九百幾份申請表，鵠灣書院每個位有十四個人爭。",
            "截止前一日，{cap}隊伍由門口排到巴士站。",
            "家長岑太話：「個仔面試咗三間，佢話邊間都唔緊要，最緊要有朋友一齊讀，讀得"
            "{run}開心。」"], kicker="中一自行分配學位"),
    table("自行分配學位及申請人數", zh_rows([("學校", "學位", "申請")] + SCHOOLS4), "資料來源：各校網頁"),
    qa(["教育局區域主任答問"], "教育局區域主任答問", [
        "問：冇派到自行分配學位點算？答：唔使擔心，仲有統一派位，六月會寄結果畀家長。",
        "問：可唔可以改志願？答：統一派位嘅選校表二月先收，嗰陣可以再諗清楚。",
    ]),
    enrol(HK_PAGE, ZH_RULE20, "幼稚園入學登記",
          ["對象：2040年出生、住喺鵠灣區嘅小朋友。", ("row", "要帶嘅文件："), ("row", "1. 出世紙副本；"),
           ("row", "2. 住址證明；"), ("row", "3. 兩張相片。"),
           f"日期：{OPEN4.month}月{OPEN4.day}日（{zhou(OPEN4).replace('周', '週')}）至{SHUT4.month}月{SHUT4.day}日"
           f"（{zhou(SHUT4).replace('周', '週')}），上午九點至下午五點。",
           "地點：鵠灣社區會堂地下，電話：3527 1903。"],
          "鵠灣區幼稚園聯會", "2043年1月13日"),
    *briefs("校園快訊", [
        ("開放日", "石澗官立中學下個禮拜六搞開放日，家長可以帶埋小朋友嚟參觀實驗室。"),
        ("補習班", "社區中心二月開小學英文補習班，每期八堂，名額有限。"),
    ], "\u3000"),
]


# 5. UTF-8 Malaysian Chinese daily: the Chinese independent secondary schools' entrance test; the places table glued
#    under the report (header row, total row); a Q&A; the Chinese primary school registration notice box; briefs
#    glued under the box's foot rule. Blank-line paragraphs.
DAY5 = date(2043, 3, 11)
OPEN5, SHUT5 = date(2043, 3, 16), date(2043, 3, 20)
assert DAY5 < OPEN5 < SHUT5
SCHOOLS5 = [("峇株中华中学", 420, 688), ("新文龙启智独中", 260, 301), ("麻坡育华独中", 300, 352)]
SUM5, APPLY5 = total(SCHOOLS5, 1), total(SCHOOLS5, 2)
assert (SUM5, APPLY5) == (980, 1341)
MY_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_daily_education_page_duzhong_entrance_test_report_kicker_byline_caption_credit_running_head_midquote_glued_places_table_header_total_row_source_qa_primary_registration_box_numbered_documents_glued_runin_briefs",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "柔岭日报 2043-03-11 第8版 文教 (an invented Malaysian Chinese daily, Johor), UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A report on the independent secondary schools' entrance test (kicker `独中入学考放榜`, "
    "byline line, the opener `（峇株巴辖讯）`, a caption and its credit inside a sentence, a head teacher's “” quotation "
    "cut by the running head before `读书。”`); then, **with no blank line under the report's last line**, the table "
    f"`独中新生录取人数` (header row, three schools, a total row {SUM5} / {APPLY5}, asserted; the source line a credit); "
    "a Q&A; a Chinese primary school registration notice in a box (documents `1.`…`3.`); then, **with no blank line "
    "under the box's foot rule**, the label `文教简讯` over two briefs with run-in heads.",
    "date": "2043-03-11", "page": "8",
    "head": ["柔岭日报", f"2043年3月11日　{weekday(DAY5)}　　第8版　文教"],
    "foot": ["柔岭日报社　　读者热线：07-4318 260"],
    "furniture": ["柔岭日报", "2043年3月11日", weekday(DAY5), "第8版", "文教", "柔岭日报·文教", "柔岭日报社", "读者热线：07-4318 260"],
    "run": ["柔岭日报·文教"], "labels": [], "markup": [ZH_RULE21] * 2,
}
MY_PAGE["articles"] = [
    report(["独中入学考放榜", "三所独中录取近千新生", "本报记者　冼慧珊"], "三所独中录取近千新生",
           ["本报记者　冼慧珊", "冼慧珊"], ["新生和家长在礼堂外查看分班名单。"], ["（本报记者　冼慧珊　摄）"],
           [f"（峇株巴辖讯）柔南三所华文独立中学昨天公布入学考成绩，共录取新生{SUM5}名，报考人数达{APPLY5}人。",
            "一大早，{cap}家长们就挤在礼堂外。",
            "峇株中华中学校长尤志坚说：“名额有限，但董事会已决定明年加建一座教学楼，让更多孩子有机会来"
            "{run}读书。”"], kicker="独中入学考放榜"),
    table("独中新生录取人数", zh_rows([("学校", "录取", "报考")] + SCHOOLS5 + [("合计", SUM5, APPLY5)]),
          "资料来源：各校董事会", glued=True),
    qa(["董联会秘书答问"], "董联会秘书答问", [
        "问：落榜的学生还有机会吗？答：各校四月将举办第二次入学考，名额视缺额而定。",
        "问：学费会调涨吗？答：今年学费不变，清寒学生可申请助学金。",
    ]),
    enrol(MY_PAGE, ZH_RULE21, "华小一年级新生报名",
          ["对象：2037年出生的儿童。", ("row", "所需文件："), ("row", "1. 报生纸正本及副本；"), ("row", "2. 父母身份证副本；"),
           ("row", "3. 住址证明。"),
           f"日期：{OPEN5.month}月{OPEN5.day}日（{zhou(OPEN5)}）至{SHUT5.month}月{SHUT5.day}日（{zhou(SHUT5)}）。",
           "地点：学校办事处，电话：07-4326 118。"],
          "峇株巴辖启文华小董事部", "2043年3月9日"),
    *briefs("文教简讯", [
        ("华教义跑", "南区华校董联会下月举办华教义跑，筹款用于修建校舍。"),
        ("师训课程", "教育部开放华小师训课程申请，截止日期为本月底。"),
    ], "\u3000", glued=True),
]


# 6. UTF-16 LE vocational college admissions; the places table glued under the report (no header row, total row); a
#    Q&A; the autumn enrolment notice box; briefs glued under the box's foot rule. Indent-only.
DAY6 = date(2043, 5, 27)
OPEN6, SHUT6 = date(2043, 6, 15), date(2043, 6, 30)
assert DAY6 < OPEN6 < SHUT6
MAJORS6 = [("数控技术", 120), ("护理", 160), ("电子商务", 90), ("汽车维修", 110), ("学前教育", 80)]
SUM6 = total(MAJORS6, 1)
assert SUM6 == 560
VOC_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_daily_admissions_page_vocational_majors_report_kicker_byline_caption_credit_running_head_midquote_indent_only_glued_places_table_no_header_total_row_source_qa_enrolment_box_numbered_documents_glued_runin_briefs",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "湄埠日报 2043-05-27 第9版 招考 (an invented city daily), UTF-16 LE with BOM, CRLF; indent-only paragraphs, "
    "wrapped at 22. A report on a vocational college's admissions (kicker `职教招生`, title, byline line, a caption and "
    "its credit inside a sentence, a parent's “” quotation cut by the running head before `手艺。”`); then, **with no "
    f"blank line under the report's last line**, the table `各专业招生计划` (no header row, five majors, a total row "
    f"{SUM6}, asserted; the source line a credit); a Q&A; an enrolment notice in a box (documents `1.`…`3.`); then, "
    "**with no blank line under the box's foot rule**, the label `职教动态` over three briefs with run-in heads.",
    "date": "2043-05-27", "page": "9",
    "head": ["湄埠日报", f"2043年5月27日　{weekday(DAY6)}　　第9版　招考　　责任编辑：覃　洵"],
    "foot": ["湄埠日报社　　电子信箱：edu@meibu.example.cn"],
    "furniture": ["湄埠日报", "2043年5月27日", weekday(DAY6), "第9版", "招考", "责任编辑：覃　洵", "湄埠日报·招考",
                  "湄埠日报社", "电子信箱：edu@meibu.example.cn"],
    "run": ["湄埠日报·招考"], "labels": [], "markup": ["─" * 22] * 2,
}
ZH_RULE22 = "─" * 22
VOC_PAGE["articles"] = [
    report(["职教招生", "湄埠职业技术学院扩招护理专业", "本报记者　温　屿"], "湄埠职业技术学院扩招护理专业",
           ["本报记者　温　屿", "温　屿", "温屿"], ["学生在实训室练习静脉注射。"], ["（本报记者　温　屿　摄）"],
           [f"湄埠职业技术学院昨天公布今年招生计划，五个专业共招{SUM6}人，护理专业比去年多招四十人。",
            "在学院实训楼，{cap}老师正在示范操作。",
            "带孩子来咨询的家长潘女士说：“我们不求孩子考多高的分，只希望他将来有一门能养活自己的"
            "{run}手艺。”"], kicker="职教招生"),
    table("各专业招生计划", zh_rows([(m, f"{n}人") for m, n in MAJORS6] + [("合计", f"{SUM6}人")]),
          "资料来源：湄埠职业技术学院招生处", glued=True),
    qa(["招生处处长答问"], "招生处处长答问", [
        "问：初中毕业生可以报考吗？答：可以，五年一贯制班面向初中毕业生招生。",
        "问：学费多少？答：每年四千二百元，家庭困难学生可申请减免。",
    ]),
    enrol(VOC_PAGE, ZH_RULE22, "秋季招生报名须知",
          ["对象：应届、往届高中及中职毕业生。", ("row", "报名材料："), ("row", "1. 身份证原件及复印件；"),
           ("row", "2. 毕业证或在读证明；"), ("row", "3. 近期免冠照片三张。"),
           f"时间：{OPEN6.month}月{OPEN6.day}日（{zhou(OPEN6)}）至{SHUT6.month}月{SHUT6.day}日（{zhou(SHUT6)}）。",
           "地点：学院行政楼一楼招生处，电话：0758-2276310。"],
          "湄埠职业技术学院", "2043年5月25日"),
    *briefs("职教动态", [
        ("技能大赛", "市职业院校技能大赛下月举行，设二十个赛项。"),
        ("企业订单班", "三家汽车企业与学院合办订单班，学生毕业后可直接入职。"),
        ("开放日", "学院六月八日举办校园开放日，欢迎考生和家长参观。"),
    ], "\u3000", glued=True),
]


ENDS = {"\r\n": "CRLF", "\n": "LF", "\r": "CR"}


def latin_page(n, code, lang, enc, bom, newline, w, indent, blank, glued, day, pg, paper, section, editor, mail, kicker,
               title_lines, byline, capt, credit, body, label, header, rows, source, qa_head, pairs, box_title, items,
               issuer, day_line, blabel, bitems, plan, place, kind="weekly", total_label="Total"):
    """One Latin-script page (Indonesian furniture): a report, a places table with its source line, a Q&A, an
    enrolment box and run-in briefs on `: `."""
    rule = "=" * w
    tot = total(rows, 1)
    page = {
        "name": plan, "encoding": enc, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
        "width": w, "indent": indent, "blank": blank, "date": day.isoformat(), "page": str(pg),
        "note": f"{paper} {day.isoformat()} Halaman {pg} {section} (an invented {kind} of {place}; {lang} text, "
        f"Indonesian furniture), {enc}{' with BOM' if bom else ''}, "
        f"{ENDS[newline]}; "
        f"{'blank-line' if blank else f'indent-only ({len(indent)} spaces)'} paragraphs, wrapped at {w} with "
        f"hyphenation. A report (kicker `{kicker}`, title over two lines, byline line `{byline}`, a dateline, a caption "
        "and its credit inside a sentence, a quotation cut by the running head); then"
        f"{', with no blank line under the report' if glued else ''} the table `{label}` ({'a header row, ' if header else 'no header row, '}"
        f"{len(rows)} rows aligned by spaces, a total row {tot}, asserted; the source line a credit); a Q&A `{qa_head}` "
        f"(`T:`/`J:` run-in labels, each pair one paragraph); an enrolment box between `=` rules (numbered documents, "
        f"issuer and date flush right); then{', with no blank line under the foot rule' if glued else ''} the label "
        f"`{blabel}` over {['', 'one', 'two', 'three'][len(bitems)]} briefs whose run-in heads end in `: ` (the colon is markup).",
        "head": [f"{paper.upper()} · {indonesian(day)} · Halaman {pg}", f"{section} · Redaktur: {editor}"],
        "foot": [f"{paper} · {mail}"],
        "furniture": [paper.upper(), indonesian(day), f"Halaman {pg}", section, f"Redaktur: {editor}",
                      f"{paper} · {section}", paper, mail],
        "run": [f"{paper} · {section}"], "labels": [],
        "markup": [" · "] * 5 + [rule] * 2 + [":"] * len(bitems),
    }
    printed_rows = aligned(([header] if header else []) + [(a, str(b)) for a, b in rows] + [(total_label, str(tot))])
    page["articles"] = [
        report([kicker, *title_lines, byline], " ".join(title_lines), [byline, byline.split(": ", 1)[1]], [capt],
               [credit], [syl(b) for b in body], kicker=kicker),
        table(label, printed_rows, source, glued=glued),
        qa([qa_head], qa_head, [syl(p) for p in pairs]),
        enrol(page, rule, box_title, items, issuer, day_line),
        *briefs(blabel, [(t, syl(x)) for t, x in bitems], ": ", glued=glued),
    ]
    return page, tot


# 7. Sikka (Maumere, Flores), UTF-8 with BOM, CRLF: a new junior secondary school's first intake. Glued, blank-line.
DAY7 = date(2043, 7, 9)
OPEN7, SHUT7 = date(2043, 7, 14), date(2043, 7, 18)
assert DAY7 < OPEN7 < SHUT7
SIKKA_PAGE, T7 = latin_page(
    7, "ski", "Sikka", "utf-8", True, "\r\n", 36, "", True, True, DAY7, 4, "Gete Nian", "Ruang Sekolah", "Paulus Woda",
    "redaksi@maumere.example.id", "Sekola weru",
    ["SMP Watu Bilan ganu", "anak sekola ata wutun"], "Tulisan: Yosefina Nona Leba", "Anak sekola ganu kelas weru.",
    "Foto: Marianus Dadi",
    [f"MAUMERE – SMP Negeri Watu Bilan, sekola weru one kecamatan Hewokloang, ganu anak sekola wutun {OPEN7.day} Juli, "
     "ami tutur anak sekola ata beli dua ratus.",
     "Ina ama dadi mai sekola, {cap}naruk sekola weru ia.",
     "Kepala sekola Aloysius Moa tutur: “Anak ata Watu Bilan beta plamang dena ha, gawang lau sekola ata dadi wawa "
     "dena ha; ia anak sekola lema sekola nora {run}gembira.”"],
    "Anak sekola ganu", ("Kelas", "Anak"), [("Kelas VII-A", 32), ("Kelas VII-B", 32), ("Kelas VII-C", 30)],
    "Sumber: Dinas Pendidikan Sikka", "Tutur nora kepala dinas",
    ["T: Nimu ia anak sekola ganu? J: Anak sekola ata sekolah dasar one kecamatan Hewokloang, lopa tegi biaya.",
     "T: Ganu sekola ia lema ba? J: Ganu sekola ia mulai ba wutun dua Agustus, jam tujuh."],
    "Pendaftaran Anak Sekola",
    ["Ata: anak sekola ata tamat sekolah dasar ntaung 2043.", ("row", "Surat:"), ("row", "1. Ijazah sekolah dasar;"),
     ("row", "2. Kartu keluarga;"), ("row", "3. Pasfoto dua lembar."),
     f"Leso: {indonesian(OPEN7)} – {indonesian(SHUT7)}.", "One: Kantor SMP Watu Bilan, telepon 0382-2215476."],
    "SMP Negeri Watu Bilan", "Maumere, 7 Juli 2043", "Tutur sekola",
    [("Guru weru", "Dinas pendidikan naruk guru weru telu one sekola ata kecamatan Hewokloang."),
     ("Perpustakaan", "Sekola dasar Nita ganu buku weru lima ratus ata anak sekola baca.")],
    "ski_utf8_bom_crlf_sikka_weekly_schools_page_new_junior_school_intake_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_places_table_header_total_source_qa_enrolment_box_numbered_documents_glued_runin_briefs_colon",
    "Maumere, Flores, Indonesia")
assert T7 == 94


# 8. Ngaju (Palangka Raya, Central Kalimantan), UTF-16 BE with BOM, LF: an upper-secondary school's entrance test
#    results. Indent-only (two spaces), not glued; a header row; three briefs.
DAY8 = date(2043, 6, 24)
TEST8 = date(2043, 6, 20)
OPEN8, SHUT8 = date(2043, 6, 29), date(2043, 7, 3)
assert TEST8 < DAY8 < OPEN8 < SHUT8
ROWS8 = [("MIPA", 108), ("IPS", 96), ("Bahasa", 48), ("Keagamaan", 36)]
APPL8 = 517
NGAJU_PAGE, T8 = latin_page(
    8, "nij", "Ngaju", "utf-16-be", True, "\n", 40, "  ", False, False, DAY8, 6, "Auh Lewu", "Sakula Itah",
    "Benediktus Rangkap", "redaksi@palangkaraya.example.id", "Hasil tes",
    ["SMA Batu Panahan manarima", f"{total(ROWS8, 1)} anak sakula"], "Teks: Herlina Dahen Ampung",
    "Uluh bakas mamaca ngaran anak ewen.", "Foto: Rudi Tuah Sandan",
    [f"PALANGKA RAYA – SMA Negeri Batu Panahan jari mambewa hasil tes anak sakula je inyelenggara andau "
     f"{ID[TEST8.weekday()]}, {TEST8.day} Juni; {total(ROWS8, 1)} anak sakula lulus bara {APPL8} uluh je mandaftar.",
     "Uluh bakas tuntang anak ewen dumah akan sakula mangat {cap}manggau ngaran anak ewen intu papan pengumuman.",
     "Kapala sakula Yohanes Lambung Itat koan: “Anak sakula je lulus tuh harus balajar toto-toto, mangat ewen tau "
     "mandohop lewu {run}kareh.”"],
    "Anak sakula je lulus", ("Jurusan", "Anak"), ROWS8,
    "Sumber: Panitia Tes SMA Batu Panahan", "Kapala dinas mansanan",
    [f"T: Pire anak sakula je mandaftar? J: Aton {APPL8} uluh, labih are bara nyelu bihin; kalas korik, jadi dia "
     "ewen handiai tau inarima.",
     "T: En je ilalus anak je dia lulus? J: Ewen tau mandaftar intu SMA beken je hung kota, tuntang jaton biaya "
     "pendaftaran."],
    "Pendaftaran Ulang",
    ["Akan: anak sakula je lulus tes nyelu 2043.", ("row", "Surat je musti imbit:"), ("row", "1. Ijazah SMP;"),
     ("row", "2. Kartu keluarga;"), ("row", "3. Surat sehat bara puskesmas."),
     f"Andau: {indonesian(OPEN8)} – {indonesian(SHUT8)}, jam 08.00–13.00.",
     "Intu: Kantor Tata Usaha SMA Negeri Batu Panahan, telepon 0536-3227418."],
    "SMA Negeri Batu Panahan", "Palangka Raya, 23 Juni 2043", "Barita sakula",
    [("Beasiswa", "Pemerintah kota manenga beasiswa akan epat puluh anak sakula bara lewu je kejau."),
     ("Perpustakaan keliling", "Oto perpustakaan mangguang lewu intu saran Sungai Kahayan hapan andau Kamis."),
     ("Guru tambahan", "Dinas manempatan jahawen guru tambahan intu sakula dasar hung hulu Kahayan.")],
    "nij_utf16be_bom_lf_ngaju_daily_schools_page_entrance_test_results_report_kicker_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_places_table_header_total_qa_reregistration_box_three_runin_briefs_colon",
    "Palangka Raya, Central Kalimantan, Indonesia", kind="daily", total_label="Jumlah")
assert T8 == 288 and T8 < APPL8


# 9. Pamona (Tentena, Lake Poso, Central Sulawesi), UTF-8 without BOM, CR: a fisheries vocational school's admissions
#    season. Blank-line; the table glued under the report (no header row), the briefs glued under the box's foot rule.
DAY9 = date(2043, 7, 1)
OPEN9, SHUT9 = date(2043, 7, 6), date(2043, 7, 10)
assert DAY9 < OPEN9 < SHUT9
ROWS9 = [("Budidaya ikan", 72), ("Nautika kapal danau", 36), ("Pengolahan ikan", 36), ("Pariwisata danau", 36)]
PAMONA_PAGE, T9 = latin_page(
    9, "pmf", "Pamona", "utf-8", False, "\r", 34, "", True, True, DAY9, 5, "Lipu Mosintuwu", "Halaman Sikola",
    "Yosias Bantoli", "redaksi@tentena.example.id", "Sikola ri wiwi dano",
    ["SMK Kawende mobuka", "pendaftaran ana sikola"], "Teks: Lince Mapahende",
    "Ana sikola mampoguru ri dano.", "Foto: Hendrik Tampai",
    [f"TENTENA – SMK Negeri Kawende mobuka pendaftaran ana sikola ri {OPEN9.day} Juli; sikola se'i mampotarima "
     f"{total(ROWS9, 1)} ana sikola ri opa jurusan, pai taa ndapopalaka biaya.",
     "Ri wiwi dano, {cap}guru mampoguru ana sikola mampake perahu.",
     "Kepala sikola Ribka Tumonggi manganto: “Ana ntau ri lipu se'i madago mpu'u mewati; kami mampoguru sira "
     "mangkoni kakaja ndaya dano pai mampotiwoi {run}lipu.”"],
    "Tampa ana sikola", None, ROWS9, "Sumber: Tata Usaha SMK Kawende", "Kareba kepala sikola",
    ["T: Isema ana sikola ndapotarima? J: Ana sikola anu setamat SMP, ri lipu se'i ba ri lipu ntani, pai umurnya taa "
     "ndaliu sangkapulu sio.",
     "T: Asrama ria? J: Ria asrama ri wiwi dano mpau ana sikola rodua etu, sampe ana anu ndaya mesua."],
    "Pendaftaran Ana Sikola",
    ["Isema: ana sikola anu setamat SMP ba MTs ri 2043.", ("row", "Surat:"), ("row", "1. Ijazah SMP ba MTs;"),
     ("row", "2. Akta kelahiran;"), ("row", "3. Kartu keluarga;"), ("row", "4. Pasfoto opa lembar."),
     f"Eo: {indonesian(OPEN9)} – {indonesian(SHUT9)}.",
     "Ri: Kantor SMK Negeri Kawende, Tentena, telepon 0458-2174309."],
    "SMK Negeri Kawende", "Tentena, 29 Juni 2043", "Kareba sikola",
    [("Buku ntaku", "Sikola dasar ri Pendolo mampotarima limampulu buku basa Pamona mpau ana sikola."),
     ("Guru mosintuwu", "Guru-guru ri Pamona Puselemba mosintuwu mampakadago sikola ndaya lipu.")],
    "pmf_utf8_nobom_cr_pamona_weekly_schools_page_lake_fisheries_vocational_admissions_report_kicker_dateline_caption_credit_running_head_midquote_glued_places_table_no_header_total_qa_box_four_documents_glued_runin_briefs",
    "Tentena, Lake Poso, Central Sulawesi, Indonesia", total_label="Jumlah")
assert T9 == 180


# 10. Sangir (Tahuna, Sangihe Islands, North Sulawesi), cp1252, CRLF: places for outer-island pupils in a school
#     boarding hall in Tahuna. Indent-only (three spaces), not glued; a header row; two briefs.
DAY10 = date(2043, 7, 15)
OPEN10, SHUT10 = date(2043, 7, 17), date(2043, 7, 22)
assert DAY10 < OPEN10 < SHUT10
ROWS10 = [("Kahakitang", 24), ("Para", 18), ("Bukide", 16), ("Matutuang", 12), ("Marore", 10)]
SANGIR_PAGE, T10 = latin_page(
    10, "sxn", "Sangir", "cp1252", False, "\r\n", 38, "   ", False, False, DAY10, 7, "Kabar Wanua", "Pendidikan",
    "Frans Mangolo", "redaksi@tahuna.example.id", "Asrama sekolah",
    ["Asrama Tahuna mapia", "su manga ana bou pulo"], "Teks: Meiske Ansiga Lahope",
    "Manga ana bou Kahakitang su kapal.", "Foto: Jerry Makaampo",
    [f"TAHUNA – Asrama Sekolah Mangkalengkang su Tahuna mebuka {total(ROWS10, 1)} tampa su manga ana sekolah bou "
     "pulo lima, dingangu makoa biaya su taung 2043.",
     "Manga ana sekolah bou pulo dumaki su kapal, {cap}mangonggang su asrama.",
     "Inang Yuliana Pandeirot, inang su ana bou Matutuang, nahiwo: “Ana ku ta maseng mangonggang su pulo; su "
     "Tahuna i sie makasekola mapia dingangu {run}tumuhu.”"],
    "Tampa su asrama", ("Pulo", "Tampa"), ROWS10,
    "Sumber: Pengurus Asrama Sekolah", "Pengurus asrama mahiwo",
    ["T: Isai mawuntuang mendaftar? J: Manga ana bou pulo lima, su SMP ka su SMA su Tahuna, dingangu surat bou "
     "kapitalaung.",
     "T: Piran biaya? J: Ta biaya; pemerintah kabupaten mahiabe kaengu dingangu asrama."],
    "Pendaftaran Asrama",
    ["Isai: ana sekolah bou Kahakitang, Para, Bukide, Matutuang dingangu Marore.", ("row", "Surat:"),
     ("row", "1. Surat bou kapitalaung;"), ("row", "2. Kartu keluarga;"), ("row", "3. Rapor sekolah."),
     f"Ello: {indonesian(OPEN10)} – {indonesian(SHUT10)}.",
     "Su: Kantor Asrama Sekolah Mangkalengkang, Tahuna, telepon 0432-2231875."],
    "Pengurus Asrama Mangkalengkang", "Tahuna, 14 Juli 2043", "Kabar sekolah",
    [("Kapal sekolah", "Kapal bou kabupaten mahaki manga ana sekolah bou Para su Tahuna su ello Senin."),
     ("Guru bou pulo", "Manga guru bou Bukide dingangu Marore mahabia pelatihan su Tahuna.")],
    "sxn_cp1252_crlf_sangir_weekly_schools_page_island_pupils_boarding_hall_places_report_kicker_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_places_table_header_total_qa_box_runin_briefs_colon",
    "Tahuna, Sangihe Islands, North Sulawesi, Indonesia", total_label="Jumlah")
assert T10 == 80
PAGES = [SCORE_PAGE, NEWSCHOOL_PAGE, EXAM_PAGE, HK_PAGE, MY_PAGE, VOC_PAGE, SIKKA_PAGE, NGAJU_PAGE, PAMONA_PAGE,
         SANGIR_PAGE]
