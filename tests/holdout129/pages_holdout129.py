"""The text of every holdout129 page, written once: make_holdout129_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-128 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `ramp()`
(holdout126's to 128's), so the printed spacing is reproducible. The registration totals, the referendum's valid
votes, turnout and threshold, the sample counts' gaps, the mobile ballot box's households, the polling station's
tally, the recount's changes and totals, the registration dates and the spending limits are computed here from the
figures they rest on. All papers, referendums, elections, wards' events, polling stations' venues, people, sums,
counts, telephone numbers and events are invented; real places (counties, districts, towns, wards) are settings only.
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


# 1. Voter registration by subdistrict: the registered voters and the new ones, and their totals.
STREETS = [("东关街道", 41236, 2108), ("南湖街道", 38905, 1946), ("西城街道", 52117, 3027), ("北坪街道", 29842, 1315)]
REGISTERED = sum(total for _, total, _ in STREETS)
NEW = sum(new for _, _, new in STREETS)
DAY1 = date(2037, 11, 10)

REGISTRATION = {
    "name": "zh_gbk_crlf_election_page_district_voter_registration_closes_story_byline_caption_credit_running_head_midquote_glued_voter_registration_table_header_row_subdistrict_registered_of_which_new_rows_plain_digits_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澍城日报 2037-11-10 第3版 时政, GBK, CRLF; blank-line paragraphs, wrapped at 22. An election page: the invented "
    f"district's voter registration for the people's congress elections closes with {REGISTERED} voters, {NEW} of them "
    "new (title with a full-width gap, the byline line `本报记者　贺　岚`, a caption and its credit inside a sentence, the "
    "election committee office head's “” quotation cut by the running head before `核对。”`), then, with no blank line, "
    "**the registration table `选民登记情况`: a header row `街道　登记选民　其中新增`, four rows of a subdistrict and two "
    f"figures in plain digits (no grouping), and a total row `合计　{REGISTERED}　{NEW}` (checked)**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2037-11-10", "page": "3",
    "head": [f"澍城日报　　2037年11月10日　{weekday(DAY1)}", "第3版　时政　　责任编辑：卢　湄"],
    "foot": ["澍城日报社出版　　新闻热线：0735-2841697"],
    "furniture": ["澍城日报", "2037年11月10日", weekday(DAY1), "第3版", "时政", "责任编辑：卢　湄", "澍城日报·时政",
                  "澍城日报社出版", "新闻热线：0735-2841697"],
    "run": ["澍城日报·时政"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["区人大代表换届　选民登记结束", "本报记者　贺　岚"], "title": "区人大代表换届　选民登记结束",
         "byline": ["本报记者　贺　岚", "贺　岚", "贺岚"],
         "captions": ["西城街道工作人员为居民办理选民登记。"], "credits": ["（本报记者　贺　岚　摄）"],
         "body": [f"记者从青榆区选举委员会获悉，区人大代表换届选举的选民登记工作日前结束，全区共登记选民{REGISTERED}"
                  f"人，其中新增选民{NEW}人。",
                  "新增选民中，多数是今年年满十八周岁的青年和新迁入的居民，{cap}另有一批外来务工人员选择在现居住地"
                  "参加选举。",
                  "区选举委员会办公室主任范承宇说，选民名单将在投票日二十天前张榜公布，“名单上找不到自己的名字，"
                  "或者信息有误的，可以到所在居委会{run}核对。”"]},
        {"glued": True, "lines": ["选民登记情况"], "title": "选民登记情况",
         "body": [("row", "街道　登记选民　其中新增")]
         + [("row", f"{street}　{total}　{new}") for street, total, new in STREETS]
         + [("row", f"合计　{REGISTERED}　{NEW}")]},
    ],
}

# 2. A village committee election: how a ballot is marked.
DAY2 = date(2037, 5, 22)
VOTE2 = date(2037, 5, 24)
assert VOTE2.weekday() == 6
RARE = "\u4dae"  # 䶮, CJK Extension A: in GB18030, not in GBK

MARKING = {
    "name": "zh_gb18030_lf_village_election_page_how_to_mark_the_ballot_story_byline_rare_char_in_quoted_official_caption_credit_running_head_midquote_indent_only_glued_ballot_marking_key_header_row_symbol_first_cells_rule_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"瀚川晚报 2037-05-22 第5版 乡镇 (`{RARE}` U+4DAE, CJK Extension A, in the quoted election committee head's name; "
    "in GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A village election page: before "
    "Sunday's village committee election the invented village's election committee teaches villagers to mark the ballot "
    "(title with a full-width gap, the byline line `本报记者　殷　楠`, a caption and its credit inside a sentence, the "
    "committee head's “” quotation cut by the running head before `出现。”`), then, with no blank line, **the marking key "
    "`选票划写说明`: a header row `符号　含义`, four rows whose first cell is a mark or a way of marking (`○`, `×`, "
    "`空格内写姓名`, `不划任何符号`) and whose second is its meaning, and a rule row**; the key is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2037-05-22", "page": "5",
    "head": [f"瀚川晚报　　2037年5月22日　{weekday(DAY2)}", "第5版　乡镇　　责任编辑：祁　漪"],
    "foot": ["瀚川晚报社　　读者热线：0597-6625314"],
    "furniture": ["瀚川晚报", "2037年5月22日", weekday(DAY2), "第5版", "乡镇", "责任编辑：祁　漪", "瀚川晚报·乡镇",
                  "瀚川晚报社", "读者热线：0597-6625314"],
    "run": ["瀚川晚报·乡镇"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["檀溪村周日换届　选票怎么划先学会", "本报记者　殷　楠"], "title": "檀溪村周日换届　选票怎么划先学会",
         "byline": ["本报记者　殷　楠", "殷　楠", "殷楠"],
         "captions": ["村干部在村民家中讲解选票样张。"], "credits": ["（本报记者　殷　楠　摄）"],
         "body": ["溪口镇檀溪村将于5月24日（周日）进行村民委员会换届选举，全村登记选民1326人，应选主任1人、委员4人。",
                  "为了减少废票，村选举委员会这几天挨家挨户发放选票样张，{cap}教村民照着样张划写。",
                  f"村选举委员会主任邝{RARE}说，上一届选举有30多张废票，多数是符号划错了，“今年我们把划法印成小卡片，"
                  "希望一张废票也不要{run}出现。”"]},
        {"glued": True, "lines": ["选票划写说明"], "title": "选票划写说明",
         "body": [("row", "符号　含义"),
                  ("row", "○　同意该候选人"),
                  ("row", "×　不同意该候选人"),
                  ("row", "空格内写姓名　另选他人"),
                  ("row", "不划任何符号　弃权"),
                  ("row", "所选人数多于应选人数的选票无效")]},
    ],
}

# 3. A county referendum: a majority of the valid votes but under a quarter of the electorate, so it fails.
AGREE, DISAGREE, INVALID, ELECTORATE = 41286, 23517, 1102, 198450
VALID = AGREE + DISAGREE
CAST = VALID + INVALID
TURNOUT = f"{CAST * 100 / ELECTORATE:.2f}%"
QUARTER = -(-ELECTORATE // 4)  # the least whole number of votes reaching a quarter of the electorate
SHORT = QUARTER - AGREE
assert AGREE > DISAGREE and AGREE < QUARTER
DAY3 = date(2037, 11, 30)
assert date(2037, 11, 28).weekday() == 5

REFERENDUM = {
    "name": "zht_big5_lf_taiwan_referendum_page_incinerator_vote_fails_threshold_story_byline_caption_credit_running_head_midquote_glued_referendum_result_box_labelled_rows_no_header_votes_electorate_turnout_percent_result_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "嶼岸日報 2037-11-30 A4 地方 (`中華民國126年11月30日`), Big5, **LF**; blank-line paragraphs, wrapped at 20. A Taiwan "
    "referendum page: an invented county referendum on stopping an incinerator wins more agreeing than disagreeing votes "
    f"but fails the quarter-of-the-electorate threshold by {SHORT:,} votes (title with a full-width gap, the byline line "
    "`記者馮啟宏／嘉義報導`, a caption and its credit inside a sentence, the campaigners' leader's 「」 quotation cut by "
    "the running head before `見。」`), then, with no blank line, **the result box `公投開票結果`: no header row, six "
    f"labelled rows of a label and a figure (`同意票　{AGREE:,}`, `有效票　{VALID:,}`, `投票權人數　{ELECTORATE:,}`, "
    f"`投票率　{TURNOUT}`; all checked) and a result row `結果：未通過`**; the box is an article, its head the title, each "
    "printed row a paragraph.",
    "date": "2037-11-30", "page": "A4",
    "head": [f"嶼岸日報　中華民國126年11月30日　{weekday(DAY3)}", "A4　地方　　編輯：戴念慈"],
    "foot": ["嶼岸日報社　讀者服務專線：(05)2713-864"],
    "furniture": ["嶼岸日報", "中華民國126年11月30日", weekday(DAY3), "A4", "地方", "編輯：戴念慈", "嶼岸日報．地方",
                  "嶼岸日報社", "讀者服務專線：(05)2713-864"],
    "run": ["嶼岸日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["溪埔焚化廠公投　同意票未過門檻", "記者馮啟宏／嘉義報導"], "title": "溪埔焚化廠公投　同意票未過門檻",
         "byline": ["記者馮啟宏／嘉義報導", "馮啟宏"],
         "captions": ["選務人員在開票所清點選票。"], "credits": ["（記者馮啟宏攝）"],
         "body": [f"嘉義縣首次縣級公民投票前天投票，選委會昨天公告結果，同意停建溪埔焚化廠的有{AGREE:,}票，比不同意票"
                  f"多出{AGREE - DISAGREE:,}票，但未達投票權人總數四分之一，本案未通過。",
                  "依規定，同意票須多於不同意票，並達投票權人總數四分之一以上才算通過，{cap}本案還差"
                  f"{SHORT:,}票。",
                  "發起連署的溪埔自救會會長賴文彬說，結果雖然可惜，「四萬多人投下同意票，縣府不能當作沒看{run}見。」"]},
        {"glued": True, "lines": ["公投開票結果"], "title": "公投開票結果",
         "body": [("row", f"同意票　{AGREE:,}"),
                  ("row", f"不同意票　{DISAGREE:,}"),
                  ("row", f"有效票　{VALID:,}"),
                  ("row", f"無效票　{INVALID:,}"),
                  ("row", f"投票權人數　{ELECTORATE:,}"),
                  ("row", f"投票率　{TURNOUT}"),
                  ("row", "結果：未通過")]},
    ],
}

# 4. A Hong Kong by-election: three polling stations moved, each row a station code, the old venue and the new.
DAY4 = date(2037, 11, 24)
POLL4 = date(2037, 11, 29)
assert POLL4.weekday() == 6
STATIONS = [("J0701", "翠嶺社區會堂", "翠嶺中學禮堂"), ("J0702", "秀麗邨青年中心", "秀麗小學禮堂"),
            ("J0703", "安泰體育館", "安泰街市政大廈")]

STATIONS_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_by_election_page_polling_stations_moved_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_moved_polling_stations_table_header_row_station_code_first_cells_old_and_new_venue_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "渟灣日報 2037-11-24 A8 港聞 (Hong Kong), Big5-HKSCS (`咗 嘅 喺`; in neither cp950 nor Big5), **CRLF**; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong by-election page in Cantonese: for the invented 翠嶺 district "
    "council by-election on Sunday 11月29日 three polling stations move because their halls are under repair (title with "
    "a full-width gap and Cantonese `搬咗`, the byline line `記者　溫卓琳`, a caption and its credit inside a sentence, a "
    "spokesman's 「」 quotation cut by the running head before `趟。」`), then, with no blank line, **the table "
    "`更改票站一覽`: a header row `票站編號　原票站　新票站`, three rows whose first cell is a station code of a letter and "
    "four digits (`J0701`) and whose others are the old and the new venue**, with no closing row; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2037-11-24", "page": "A8",
    "head": [f"渟灣日報　2037年11月24日　{weekday(DAY4)}", "A8　港聞　　編輯：麥子朗"],
    "foot": ["渟灣日報社　　新聞熱線：2984 3617"],
    "furniture": ["渟灣日報", "2037年11月24日", weekday(DAY4), "A8", "港聞", "編輯：麥子朗", "渟灣日報．港聞", "渟灣日報社",
                  "新聞熱線：2984 3617"],
    "run": ["渟灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["翠嶺補選　三個票站搬咗", "記者　溫卓琳"], "title": "翠嶺補選　三個票站搬咗",
         "byline": ["記者　溫卓琳", "溫卓琳"],
         "captions": ["工人喺翠嶺社區會堂維修外牆。"], "credits": ["（溫卓琳攝）"],
         "body": [f"觀塘區議會翠嶺選區{POLL4.month}月{POLL4.day}日（星期日）補選，選舉事務處話，原本嘅三個票站要維修，"
                  "今次要搬去附近嘅學校同埋市政大廈投票。",
                  "選舉事務處已經寄咗通知卡畀受影響嘅選民，{cap}投票時間照舊係朝早七點半至夜晚十點半。",
                  "發言人提醒選民，出門前睇清楚通知卡上面嘅票站地址，「唔好去返舊票站，搵唔到就白行一{run}趟。」"]},
        {"glued": True, "lines": ["更改票站一覽"], "title": "更改票站一覽",
         "body": [("row", "票站編號　原票站　新票站")]
         + [("row", f"{code}　{old}　{new}") for code, old, new in STATIONS]},
    ],
}

# 5. Singapore's general election: the sample count (whole percent) against the official result, and the gap.
SAMPLES = [("榕岗集选区", 61, "60.84"), ("丰湖集选区", 54, "55.37"), ("湾岸单选区", 48, "49.62"), ("翠峰单选区", 57, "53.95")]
GAPS = [abs(round(sample * 100) - round(float(final) * 100)) for _, sample, final in SAMPLES]
assert max(GAPS) < 400
WIDEST = SAMPLES[GAPS.index(max(GAPS))]
WIDEST_GAP = f"{max(GAPS) // 100}.{max(GAPS) % 100:02d}"
DAY5 = date(2037, 9, 14)
assert date(2037, 9, 12).weekday() == 5

SAMPLE = {
    "name": "zh_utf8_bom_crlf_singapore_election_page_sample_count_close_to_result_story_byline_caption_credit_running_head_midquote_indent_only_glued_sample_count_table_header_row_constituency_whole_percent_and_two_decimal_percent_rows_margin_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "星岸早报 2037-09-14 第2版 国内 (Singapore), **UTF-8 with BOM**, **CRLF**; indent-only paragraphs, wrapped at 21. "
    "A Singapore election page: after Saturday's general election the paper compares the sample counts released on "
    "polling night with the official results in four invented constituencies; every gap is within four points, the "
    f"widest {WIDEST_GAP} (title with a full-width gap, the byline line `记者　黄淑仪`, a caption and its credit inside a "
    "sentence, the department spokesman's “” quotation cut by the running head before `等候。”`), then, with no blank "
    "line, **the table `抽样点票与正式结果`: a header row `选区　抽样点票　正式结果`, four rows of a constituency, a "
    "whole percent (`61%`) and a percent to two decimals (`60.84%`), and a margin row**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2037-09-14", "page": "2",
    "head": [f"星岸早报　　2037年9月14日　{weekday(DAY5)}", "第2版　国内　　编辑：许凯文"],
    "foot": ["星岸早报社　　新闻热线：6397 2841"],
    "furniture": ["星岸早报", "2037年9月14日", weekday(DAY5), "第2版", "国内", "编辑：许凯文", "星岸早报·国内",
                  "星岸早报社", "新闻热线：6397 2841"],
    "run": ["星岸早报·国内"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["抽样点票　四选区误差均在4%内", "记者　黄淑仪"], "title": "抽样点票　四选区误差均在4%内",
         "byline": ["记者　黄淑仪", "黄淑仪"],
         "captions": ["点票员在点票中心清点选票。"], "credits": ["（记者　黄淑仪　摄）"],
         "body": ["选举局在投票日当晚公布的抽样点票结果，与昨天凌晨公布的正式结果相比，本报统计的四个选区，误差都在"
                  "正负4个百分点以内。",
                  f"误差最大的是{WIDEST[0]}，抽样点票为{WIDEST[1]}%，正式结果是{WIDEST[2]}%，{{cap}}相差"
                  f"{WIDEST_GAP}个百分点。",
                  "选举局发言人说，公布抽样点票是为了减少外界猜测，“正式结果要以选举官宣布的为准，请公众耐心"
                  "{run}等候。”"]},
        {"glued": True, "lines": ["抽样点票与正式结果"], "title": "抽样点票与正式结果",
         "body": [("row", "选区　抽样点票　正式结果")]
         + [("row", f"{seat}　{sample}%　{final}%") for seat, sample, final in SAMPLES]
         + [("row", "抽样点票误差为正负4个百分点")]},
    ],
}

# 6. A residents' committee election: the mobile ballot box's round, each stop's households and their sum.
STOPS = [("8:30", "海晴里2号楼", 5), ("9:10", "海晴里7号楼", 4), ("9:50", "海晴南苑", 7), ("10:40", "渔港新村", 6),
         ("11:20", "海晴养老院", 9)]
HOMES = sum(homes for _, _, homes in STOPS)
DAY6 = date(2037, 10, 16)
assert (DAY6 + timedelta(days=1)).weekday() == 5

MOBILE = {
    "name": "zh_utf16be_bom_lf_residents_committee_election_page_mobile_ballot_box_goes_door_to_door_story_byline_caption_credit_running_head_midquote_glued_mobile_ballot_box_round_header_row_time_first_cells_place_households_rows_total_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "漳屿日报 2037-10-16 第4版 民生, **UTF-16 BE with BOM** (a Chinese page; holdout128's UTF-16 BE page was Latin), "
    "**LF**; blank-line paragraphs, wrapped at 22. A residents' committee election page: on the eve of Saturday's vote "
    f"the invented neighbourhood sends a mobile ballot box to {HOMES} households of old and sick voters (title with a "
    "full-width gap, the byline line `本报记者　庄　晴`, a caption and its credit inside a sentence, the neighbourhood's "
    "party secretary's “” quotation cut by the running head before `放心。”`), then, with no blank line, **the round "
    "`流动票箱走访安排`: a header row `时间　地点　户数`, five rows whose first cell is a clock time (`8:30`, `10:40`), "
    f"a place and a count with its unit (`5户`), and a total row `合计　{HOMES}户` of two cells under three (checked)**; "
    "the round is an article, its head the title, each printed row a paragraph.",
    "date": "2037-10-16", "page": "4",
    "head": [f"漳屿日报　　2037年10月16日　{weekday(DAY6)}", "第4版　民生　　责任编辑：钟　瑶"],
    "foot": ["漳屿日报社出版　　新闻热线：0596-3318472"],
    "furniture": ["漳屿日报", "2037年10月16日", weekday(DAY6), "第4版", "民生", "责任编辑：钟　瑶", "漳屿日报·民生",
                  "漳屿日报社出版", "新闻热线：0596-3318472"],
    "run": ["漳屿日报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["居委会换届明天投票　流动票箱上门", "本报记者　庄　晴"], "title": "居委会换届明天投票　流动票箱上门",
         "byline": ["本报记者　庄　晴", "庄　晴", "庄晴"],
         "captions": ["工作人员检查流动票箱的封条。"], "credits": ["（本报记者　庄　晴　摄）"],
         "body": ["鹭港区海晴社区居委会明天进行换届选举，全社区登记选民3218人。为方便行动不便的老人和病人投票，"
                  "社区将派出流动票箱上门收票。",
                  f"流动票箱由两名监票员和一名工作人员随行，{{cap}}明天上午共要走访{HOMES}户。",
                  "社区党委书记温雅琴说，流动票箱里的选票当场封存，“开箱时和投票站的票一起清点，让每一位老人都投得"
                  "{run}放心。”"]},
        {"glued": True, "lines": ["流动票箱走访安排"], "title": "流动票箱走访安排",
         "body": [("row", "时间　地点　户数")]
         + [("row", f"{time}　{place}　{homes}户") for time, place, homes in STOPS]
         + [("row", f"合计　{HOMES}户")]},
    ],
}

# 7. Alur: a polling station's tally in a sub-county by-election; valid and invalid make the votes cast.
ON_ROLL, VALID7, INVALID7 = 612, 428, 13
CAST7 = VALID7 + INVALID7
TURNOUT7 = round(CAST7 * 100 / ON_ROLL)
DAY7 = date(2037, 3, 11)
POLL7 = date(2037, 3, 5)
assert POLL7.weekday() == 3

TALLY = {
    "name": "alz_macroman_cr_alur_election_page_panyimur_by_election_count_story_byline_dateline_caption_credit_running_head_midquote_glued_polling_station_tally_box_labelled_rows_no_header_figures_flush_right_valid_plus_invalid_turnout_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Kwena Nebbi (an invented Alur weekly, Nebbi, Uganda) 2037-03-11 Page 4 Politics, **Mac Roman** (`“ ” – ·`), "
    "**CR**; blank-line paragraphs, wrapped at 36 with hyphenation. An Alur election page: the count at one polling "
    "station of an invented sub-county chairperson by-election at Panyimur on Thursday 5 March (title over two lines, "
    "byline line `Ma ndiko: Jane Akumu`, the dateline `PANYIMUR –` opening the lead, a caption and its credit inside a "
    "sentence, a voter's “” quotation cut by the running head before `kura.”`), then, with no blank line, **the tally "
    f"box `Kura i Panyango`: no header row, four labelled rows of a label and a figure flush right (on the roll "
    f"{ON_ROLL}, cast {CAST7}, valid {VALID7}, invalid {INVALID7}; valid and invalid checked against cast), and a "
    f"turnout row `{TURNOUT7}%`**; the box is an article, its head the title, each printed row a paragraph (one space "
    "kept between cells).",
    "date": "2037-03-11", "page": "4",
    "head": [f"KWENA NEBBI · {english(DAY7)} · Page 4", "Politics · Editor: Denis Ocamgiu"],
    "foot": ["Kwena Nebbi · kwena@nebbi.example.ug"],
    "furniture": ["KWENA NEBBI", english(DAY7), "Page 4", "Politics", "Editor: Denis Ocamgiu", "Kwena Nebbi · Politics",
                  "Kwena Nebbi", "kwena@nebbi.example.ug"],
    "run": ["Kwena Nebbi · Politics"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Jo pa Panyimur ubwolo", "kura pa ladit mere", "Ma ndiko: Jane Akumu"],
         "title": "Jo pa Panyimur ubwolo kura pa ladit mere",
         "byline": ["Ma ndiko: Jane Akumu", "Jane Akumu"],
         "captions": ["Jo ma kuro kura i Panyango."],
         "credits": ["Foto: Robert Oyenyboth"],
         "body": ["PANYIMUR – Jo pa sub-county ma Pa~nyi~mur gi~bwo~lo kura ma nyen pi ya~ro ladit pa LC3 ceng 5 "
                  "March, kum ladit mere ma con utho.",
                  f"I kabedo pa kura ma Panyango, jo {CAST7} i kind jo {ON_ROLL} ma nyingi i buk gi~bi~no "
                  f"gi~bwo~lo, {{cap}}kura {INVALID7} keken ma ura~co.",
                  "Akello Ucan, ma ubwolo kura i Panyango, uyero ni: “Wan wa~mi~to ladit ma bino winjo "
                  "dwon pa jo, ento ngo ju ma bino ng'eyo wan ceng pa {run}kura.”"]},
        {"glued": True, "lines": ["Kura i Panyango"], "title": "Kura i Panyango",
         "body": [("row", ramp((24, 6), "Jo ma nyingi i buk", str(ON_ROLL))),
                  ("row", ramp((24, 6), "Karatasi ma umiyo", str(CAST7))),
                  ("row", ramp((24, 6), "Kura ma ber", str(VALID7))),
                  ("row", ramp((24, 6), "Kura ma rac", str(INVALID7))),
                  ("row", ramp((24, 6), "Jo ma ubino", f"{TURNOUT7}%"))]},
    ],
}

# 8. Turkana: a ward's recount, each candidate's first count, recount and change, and the totals.
RECOUNT = [("Ekai Lomuria", 2417, 2421), ("Akai Nakiru", 2409, 2402), ("Ewoton Lokwawi", 611, 611),
           ("Nabwel Esekon", 138, 140)]
FIRST = sum(a for _, a, _ in RECOUNT)
SECOND = sum(b for _, _, b in RECOUNT)
MINUS = "\u2212"  # − MINUS SIGN


def change(before, after):
    """A recount's change, signed: `+4`, `−7` (a true minus sign), `0`."""
    diff = after - before
    return f"+{diff}" if diff > 0 else (f"{MINUS}{-diff}" if diff < 0 else "0")


DAY8 = date(2037, 8, 19)
POLL8 = date(2037, 8, 11)
assert POLL8.weekday() == 1 and 8 <= POLL8.day <= 14  # Kenya votes on the second Tuesday of August
MARGIN_FIRST = RECOUNT[0][1] - RECOUNT[1][1]
MARGIN_SECOND = RECOUNT[0][2] - RECOUNT[1][2]

RECOUNT_PAGE = {
    "name": "tuv_utf16le_bom_crlf_turkana_election_page_ward_recount_story_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_glued_recount_table_header_row_first_count_recount_signed_change_with_minus_sign_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "    ", "blank": False,
    "note": "Ngakiro a Lodwar (an invented Turkana weekly, Lodwar, Kenya) 2037-08-19 Page 3 Elections, **UTF-16 LE with BOM** "
    "(a Latin page), CRLF; **indent-only paragraphs (four spaces, no blank lines)**, wrapped at 38 with hyphenation. A "
    "Turkana election page: a week after Kenya's general election of Tuesday 11 August a court-ordered recount in an "
    f"invented ward keeps the winner and widens his margin from {MARGIN_FIRST} to {MARGIN_SECOND} (title over two lines, "
    "byline line `Ngakiro: Mary Akiru`, the dateline `LODWAR –` opening the lead, a caption and its credit inside a "
    "sentence, the loser's agent's “” quotation cut by the running head before `ejok.”`), then, with no blank line, **the "
    "recount table `Akikenyar ngakura`: a header row, four rows of a candidate, the first count, the recount and the "
    f"change signed `+4`, `{MINUS}7` (U+2212 MINUS SIGN) or `0`, and a total row `Ngatomon {FIRST} {SECOND} "
    f"{change(FIRST, SECOND)}` (all checked)**; the table is an article, its head the title, each printed row a paragraph "
    "(one space kept between cells).",
    "date": "2037-08-19", "page": "3",
    "head": [f"NGAKIRO A LODWAR · {english(DAY8)} · Page 3", "Elections · Editor: Peter Ekiru"],
    "foot": ["Ngakiro a Lodwar · ngakiro@lodwar.example.ke"],
    "furniture": ["NGAKIRO A LODWAR", english(DAY8), "Page 3", "Elections", "Editor: Peter Ekiru",
                  "Ngakiro a Lodwar · Elections", "Ngakiro a Lodwar", "ngakiro@lodwar.example.ke"],
    "run": ["Ngakiro a Lodwar · Elections"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Akikenyar ngakura ke Nawoyapong", "eyakunit Ekai Lomuria", "Ngakiro: Mary Akiru"],
         "title": "Akikenyar ngakura ke Nawoyapong eyakunit Ekai Lomuria",
         "byline": ["Ngakiro: Mary Akiru", "Mary Akiru"],
         "captions": ["Ngikenyak a IEBC alo Lodwar."], "credits": ["Picha: John Ewoi"],
         "body": [f"LODWAR – Ngakura a MCA a ward ka Na~wo~ya~pong a~ke~nya~ri ne~ni~ki~ci ka~ngi~ri~ma a kooti, "
                  f"ta ngi~so~ma a ngolo {MARGIN_FIRST} ke~ton~ga~no Ekai Lomuria ka Akai Nakiru.",
                  f"Ngolo ka~ngi~ri~ma ke~ken~ya, Ekai a~ya~kar ngakura {RECOUNT[0][2]}, ka Akai {RECOUNT[1][2]}; "
                  f"{{cap}}ngolo a ngi~ka~re~ri {MARGIN_SECOND}.",
                  "Ekaru a Akai, Lokaale Ebei, a~lim: “Ki~ye~nu~nit ngakura, nai ngi~tu~nga a ward a~pe~de "
                  "ka~ngi~ri~ma ngol~ok ta~ke~re {run}ejok.”"]},
        {"glued": True, "lines": ["Akikenyar ngakura"], "title": "Akikenyar ngakura",
         "body": [("row", ramp((15, 6, 8, 6), "Ekaburokin", "Ka 1", "Ka 2", "+/" + MINUS))]
         + [("row", ramp((15, 6, 8, 6), name, str(a), str(b), change(a, b))) for name, a, b in RECOUNT]
         + [("row", ramp((15, 6, 8, 6), "Ngatomon", str(FIRST), str(SECOND), change(FIRST, SECOND)))]},
    ],
}

# 9. Samburu: the mobile voter registration's stops, each three days, one after the other from Monday 27 April.
START9 = date(2037, 4, 27)
assert START9.weekday() == 0
REG_STOPS = [("Suguta Marmar", "Lolmolok", 0), ("Loosuk", "Poro", 3), ("Angata Nanyokie", "Lodokejek", 7),
             ("Wamba East", "Lerata", 10)]


def span(offset):
    """Three days from START9 + offset, `27–29.04` or `30.04–02.05` across a month's end."""
    first, last = START9 + timedelta(days=offset), START9 + timedelta(days=offset + 2)
    if first.month == last.month:
        return f"{first:%d}–{last:%d.%m}"
    return f"{first:%d.%m}–{last:%d.%m}"


assert all((START9 + timedelta(days=off)).weekday() != 6 for _, _, off in REG_STOPS)
DAY9 = date(2037, 4, 21)
END9 = START9 + timedelta(days=REG_STOPS[-1][2] + 2)

REGISTER_PAGE = {
    "name": "saq_cp1252_lf_samburu_election_page_mobile_voter_registration_story_byline_dateline_caption_credit_running_head_midquote_curly_apostrophes_glued_registration_schedule_header_row_ward_centre_date_range_cells_en_dash_across_month_hours_row",
    "encoding": "cp1252", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Ltoilo le Maralal (an invented Samburu weekly, Maralal, Kenya) 2037-04-21 Page 6 News, **cp1252** (`’ “ ” – ·`), "
    "**LF**; blank-line paragraphs, wrapped at 40 with hyphenation. A Samburu election page: the electoral commission's "
    f"mobile voter registration visits four wards from Monday 27 April to {END9:%d} May, three days a centre (title over "
    "two lines, byline line `Aitaa: Nasieku Lenaiyasa`, the dateline `MARALAL –` opening the lead, a caption and its "
    "credit inside a sentence, a chief's “” quotation cut by the running head before `lkerreti.”`, curly apostrophes in "
    "`ng’`), then, with no blank line, **the schedule `Ntarikini e kitaa`: a header row `Ward  Ewueji  Ntarikini`, four "
    "rows of a ward, a centre and a date range with an en dash (`27–29.04`; `30.04–02.05` across the month's end; every "
    "date computed), and an hours row `Saa: 8.00–17.00`**; the schedule is an article, its head the title, each printed "
    "row a paragraph (one space kept between cells).",
    "date": "2037-04-21", "page": "6",
    "head": [f"LTOILO LE MARALAL · {english(DAY9)} · Page 6", "News · Editor: Paul Lesiamon"],
    "foot": ["Ltoilo le Maralal · ltoilo@maralal.example.ke"],
    "furniture": ["LTOILO LE MARALAL", english(DAY9), "Page 6", "News", "Editor: Paul Lesiamon",
                  "Ltoilo le Maralal · News", "Ltoilo le Maralal", "ltoilo@maralal.example.ke"],
    "run": ["Ltoilo le Maralal · News"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["IEBC keiba lkerreti", "ang’ata e Samburu", "Aitaa: Nasieku Lenaiyasa"],
         "title": "IEBC keiba lkerreti ang’ata e Samburu",
         "byline": ["Aitaa: Nasieku Lenaiyasa", "Nasieku Lenaiyasa"],
         "captions": ["Lmurran le Poro te lkerreti."], "credits": ["Picha: Daniel Lekimain"],
         "body": ["MARALAL – IEBC ke~nya~lo ai~gil~ata lkerreti le lo~ma~ti~ti le ngi~tu~nga le wards o~ngwan "
                  f"naa~taa Samburu, nai~bo~rr ntarikini {START9:%d}.{START9:%m} o~shi {END9:%d}.{END9:%m}.",
                  "Lkerreti le ai~gil~ata ke~ya~u nkikilani oltun~gani l~ki~ti ne~ya~ta kitam~bulisho, "
                  "{cap}ore li~ki~ti li~ki~ng’ae nkarna e ntaa~ta.",
                  "Chief le Loosuk, Joseph Lekimain, ke~ti~ni: “Ma~yie~nu lmurran o~ntoi~yie ai~gil~ata "
                  "{run}lkerreti.”"]},
        {"glued": True, "lines": ["Ntarikini e kitaa"], "title": "Ntarikini e kitaa",
         "body": [("row", ramp((17, 10, 13), "Ward", "Ewueji", "Ntarikini"))]
         + [("row", ramp((17, 10, 13), ward, centre, span(off))) for ward, centre, off in REG_STOPS]
         + [("row", "Saa: 8.00–17.00")]},
    ],
}

# 10. Giriama: the campaign spending limits by seat, and a candidate's plan against the ward's limit.
LIMITS = [("Gavana", 96500000), ("Seneta", 41200000), ("Mbunge", 28700000), ("Mwakilishi wa Wadi", 4900000)]
WARD_LIMIT = LIMITS[-1][1]
PLANNED = 3150000
LEFT10 = WARD_LIMIT - PLANNED
DAY10 = date(2037, 6, 9)

LIMITS_PAGE = {
    "name": "nyf_utf8_nobom_cr_giriama_election_page_campaign_spending_limits_story_byline_dateline_caption_credit_running_head_midquote_glued_spending_limits_table_header_row_seat_limit_rows_comma_grouped_shillings_flush_right_returns_deadline_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Sauti ya Kilifi (an invented Giriama weekly, Kilifi, Kenya) 2037-06-09 Page 5 Siasa, **UTF-8 without BOM** "
    "(`– ·`), **CR**; blank-line paragraphs, wrapped at 36 with hyphenation. A Giriama election page: the electoral "
    "commission's campaign spending limits for the August elections, and a ward candidate's plan of "
    f"KSh {PLANNED:,}, {LEFT10:,} under the ward limit (title over two lines, byline line `Ya: Dama Kazungu`, the "
    "dateline `KILIFI –` opening the lead, a caption and its credit inside a sentence, the candidate's “” quotation cut by "
    "the running head before `mbiha.”`), then, with no blank line, **the table `Vikomo vya matumizi`: a header row "
    "`Kiti  KSh`, four rows of a seat (one of three words, `Mwakilishi wa Wadi`) and a limit in shillings grouped by "
    "commas, flush right (`96,500,000`), and a deadline row for the spending returns**; the table is an article, its "
    "head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2037-06-09", "page": "5",
    "head": [f"SAUTI YA KILIFI · {english(DAY10)} · Page 5", "Siasa · Editor: Kahindi Baya"],
    "foot": ["Sauti ya Kilifi · sauti@kilifi.example.ke"],
    "furniture": ["SAUTI YA KILIFI", english(DAY10), "Page 5", "Siasa", "Editor: Kahindi Baya",
                  "Sauti ya Kilifi · Siasa", "Sauti ya Kilifi", "sauti@kilifi.example.ke"],
    "run": ["Sauti ya Kilifi · Siasa"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["IEBC yaika vikomo", "vya matumizi ga kampeni", "Ya: Dama Kazungu"],
         "title": "IEBC yaika vikomo vya matumizi ga kampeni",
         "byline": ["Ya: Dama Kazungu", "Dama Kazungu"],
         "captions": ["Mkutano wa kampeni Kilifi."], "credits": ["Picha: Sidi Mwarandu"],
         "body": ["KILIFI – IEBC ya~la~ngi~za vikomo vya pesa ambazo kila mgombea a~na~ru~hu~si~wa ku~tu~mi~ra "
                  "kpwa kampeni ya ku~cha~gu~la~na mwezi wa Nane.",
                  f"Mwakilishi wa Wadi a~na~ru~hu~si~wa ku~tu~mi~ra KSh {WARD_LIMIT:,}. Mgombea Kazungu Charo "
                  f"a~ri~ka~mba {{cap}}ana~ta~ra~ji~ya ku~tu~mi~ra KSh {PLANNED:,} tu.",
                  "Charo a~ri~ka~mba: “Kura kaina bei; atu a Wadi ya Ma~ta~ha~ne~ni a~na~ma~nya kpwamba "
                  "pesa nyinji ni {run}mbiha.”"]},
        {"glued": True, "lines": ["Vikomo vya matumizi"], "title": "Vikomo vya matumizi",
         "body": [("row", ramp((20, 12), "Kiti", "KSh"))]
         + [("row", ramp((20, 12), seat, f"{limit:,}")) for seat, limit in LIMITS]
         + [("row", "Hesabu zilaviwe kabla ya 11.09.2037")]},
    ],
}

PAGES = [REGISTRATION, MARKING, REFERENDUM, STATIONS_PAGE, SAMPLE, MOBILE, TALLY, RECOUNT_PAGE, REGISTER_PAGE,
         LIMITS_PAGE]
