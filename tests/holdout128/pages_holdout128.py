"""The text of every holdout128 page, written once: make_holdout128_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-127 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `ramp()`
(holdout126's and 127's), so the printed spacing is reproducible. The seized cigarettes, the port forecast's totals,
the halved fines, the appointment slots, the arrests by nationality, the duty and VAT, the seizures' values and the
village's departures are computed here from the figures they rest on. All papers, offices' schemes, ports, people,
sums, counts, limits, telephone numbers and events are invented; real places (towns, districts, border posts and
control points) are settings only.
"""

from datetime import date

WEEKDAYS_ZH = "一二三四五六日"


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def tenths(text):
    """A figure to one decimal as a whole number of tenths."""
    return round(float(text) * 10)


def decimal(count):
    """A whole number of tenths printed to one decimal."""
    return f"{count // 10}.{count % 10}"


def weekday(day):
    """The Chinese weekday of a date, `星期三`."""
    return "星期" + WEEKDAYS_ZH[day.weekday()]


# 1. Customs allowances: a carton (条) holds 200 cigarettes; the traveller's twelve cartons against the 400 allowed.
CARTON = 200
CARTONS = 12
CIGARETTES_ALLOWED = 400
CARRIED = CARTONS * CARTON
OVER = CARRIED - CIGARETTES_ALLOWED
DAY1 = date(2037, 1, 14)

CUSTOMS = {
    "name": "zh_gbk_crlf_customs_page_airport_customs_warns_on_tobacco_and_alcohol_story_byline_caption_credit_running_head_midquote_glued_passenger_allowance_list_header_row_item_limit_rows_unit_in_every_cell_bracketed_qualifier_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澹川日报 2037-01-14 第6版 城事, GBK, CRLF; blank-line paragraphs, wrapped at 22. A customs page: before the winter "
    f"holidays the invented city's airport customs warns travellers that tobacco and alcohol over the limit must be declared; "
    f"one traveller carried {CARTONS} cartons, {CARRIED} cigarettes, {OVER} over the limit (title with a full-width gap and "
    "a colon, the byline line `本报记者　汤　晗`, a caption and its credit inside a sentence, the customs official's “” "
    "quotation cut by the running head before `申报。”`), then, with no blank line, **the allowance list "
    "`进境旅客携带物品限量`: a header row `物品　限量`, five rows of an item and its limit, a unit in every limit cell "
    "(`400支`, `500克`, `1500毫升`, `总值5000元`), one item cell holding a bracketed qualifier "
    "(`酒精饮料（12度以上）`), and a note row**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2037-01-14", "page": "6",
    "head": [f"澹川日报　　2037年1月14日　{weekday(DAY1)}", "第6版　城事　　责任编辑：符　蔚"],
    "foot": ["澹川日报社出版　　新闻热线：0758-3327146"],
    "furniture": ["澹川日报", "2037年1月14日", weekday(DAY1), "第6版", "城事", "责任编辑：符　蔚", "澹川日报·城事",
                  "澹川日报社出版", "新闻热线：0758-3327146"],
    "run": ["澹川日报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["寒假出境游升温　海关提醒：超量烟酒须申报", "本报记者　汤　晗"],
         "title": "寒假出境游升温　海关提醒：超量烟酒须申报",
         "byline": ["本报记者　汤　晗", "汤　晗", "汤晗"],
         "captions": ["旅客在机场海关旅检现场接受行李查验。"], "credits": ["（本报记者　汤　晗　摄）"],
         "body": ["寒假临近，澹川国际机场出入境旅客明显增多。澹川机场海关昨天提醒旅客，进境时携带烟酒超出规定限量的，"
                  "须主动选择申报通道。",
                  f"据介绍，去年12月以来，机场海关在旅检现场查获超量携带烟酒四十余宗，{{cap}}其中一名旅客的行李中装有"
                  f"{CARTONS}条卷烟，共{CARRIED}支，超出限量{OVER}支。",
                  "机场海关旅检处副处长鲍志远说，多数旅客并非有意违规，“只是不清楚限量是多少，以为自己用的就不用"
                  "{run}申报。”"]},
        {"glued": True, "lines": ["进境旅客携带物品限量"], "title": "进境旅客携带物品限量",
         "body": [("row", "物品　限量"),
                  ("row", f"卷烟　{CIGARETTES_ALLOWED}支"),
                  ("row", "雪茄　100支"),
                  ("row", "烟丝　500克"),
                  ("row", "酒精饮料（12度以上）　1500毫升"),
                  ("row", "境外购自用物品　总值5000元"),
                  ("row", "注：超出限量的须向海关书面申报")]},
    ],
}

# 2. The land port's May Day forecast, in 10,000 crossings a day: the total of each day and of each column.
PORT_DAYS = [("5月1日", "4.6", "2.1"), ("5月2日", "3.8", "2.5"), ("5月3日", "2.9", "3.0"), ("5月4日", "2.2", "3.9"),
             ("5月5日", "1.7", "4.3")]
PORT_OUT = sum(tenths(out) for _, out, _ in PORT_DAYS)
PORT_IN = sum(tenths(inn) for _, _, inn in PORT_DAYS)
PORT_PEAK = max(tenths(out) + tenths(inn) for _, out, inn in PORT_DAYS)
assert PORT_PEAK == tenths("4.6") + tenths("2.1")  # the first day is the peak the title names
DAY2 = date(2037, 4, 28)
RARE = "\U0002b5af"  # 𫖯, CJK Extension C: in GB18030, not in GBK

PORT = {
    "name": "zh_gb18030_lf_border_page_land_port_may_day_crossings_forecast_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_crossings_forecast_table_header_row_date_out_in_total_rows_one_decimal_total_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"霁江晚报 2037-04-28 第7版 边贸 (`{RARE}` U+2B5AF, CJK Extension C, in the reporter's name and credit; not in "
    "GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A border page: the invented land port of 霁江 expects its "
    f"May Day peak, {decimal(PORT_PEAK)} ten-thousand crossings on the first day and {decimal(PORT_OUT + PORT_IN)} in the "
    "five days (title with a full-width gap, the byline line "
    f"`本报记者　应　{RARE}`, a caption and its credit inside a sentence, the frontier inspection station's deputy head's “” "
    "quotation cut by the running head before `队。”`), then, with no blank line, **the forecast table "
    "`五一假期口岸客流预测（万人次）`: a header row `日期　出境　入境　合计`, five rows of a date and three figures to one "
    "decimal, each day's total the sum of its two (checked), and a total row `合计　15.2　15.8　31.0`**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2037-04-28", "page": "7",
    "head": [f"霁江晚报　　2037年4月28日　{weekday(DAY2)}", "第7版　边贸　　责任编辑：闵　桦"],
    "foot": ["霁江晚报社　　读者热线：0691-5537208"],
    "furniture": ["霁江晚报", "2037年4月28日", weekday(DAY2), "第7版", "边贸", "责任编辑：闵　桦", "霁江晚报·边贸",
                  "霁江晚报社", "读者热线：0691-5537208"],
    "run": ["霁江晚报·边贸"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"五一霁江口岸迎客流高峰　单日最高{decimal(PORT_PEAK)}万人次", f"本报记者　应　{RARE}"],
         "title": f"五一霁江口岸迎客流高峰　单日最高{decimal(PORT_PEAK)}万人次",
         "byline": [f"本报记者　应　{RARE}", f"应　{RARE}", f"应{RARE}"],
         "captions": ["旅客在霁江口岸出境大厅排队候检。"], "credits": [f"（本报记者　应　{RARE}　摄）"],
         "body": [f"记者从霁江出入境边防检查站获悉，五一假期五天，霁江口岸预计出入境旅客{decimal(PORT_OUT + PORT_IN)}万"
                  f"人次，其中5月1日出境客流最为集中，当天出入境将达{decimal(PORT_PEAK)}万人次。",
                  "为此，边检站将在高峰时段开足全部查验通道，{cap}并在出境大厅增设老人、儿童和残障旅客专用通道。",
                  "边检站副站长韦国栋提醒旅客，尽量避开5月1日上午和5月5日下午，“提前在网上预约、错峰出行，能少排"
                  "不少{run}队。”"]},
        {"glued": True, "lines": ["五一假期口岸客流预测（万人次）"], "title": "五一假期口岸客流预测（万人次）",
         "body": [("row", "日期　出境　入境　合计")]
         + [("row", f"{day}　{out}　{inn}　{decimal(tenths(out) + tenths(inn))}") for day, out, inn in PORT_DAYS]
         + [("row", f"合计　{decimal(PORT_OUT)}　{decimal(PORT_IN)}　{decimal(PORT_OUT + PORT_IN)}")]},
    ],
}

# 3. Overstay fines in New Taiwan dollars: the scheme halves each band's usual fine.
FINE_BANDS = [("未滿10日", 2000), ("10日以上未滿30日", 4000), ("30日以上未滿90日", 6000), ("90日以上未滿180日", 8000),
              ("180日以上", 10000)]
assert all(fine % 2 == 0 for _, fine in FINE_BANDS)
DAY3 = date(2037, 3, 18)

OVERSTAY = {
    "name": "zht_big5_crlf_taiwan_immigration_page_overstayers_fines_halved_story_byline_caption_credit_running_head_midquote_glued_overstay_fine_table_header_row_period_band_cells_in_words_usual_and_halved_fine_rows_scheme_dates_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "桐埔日報 2037-03-18 A6 綜合 (`中華民國126年3月18日`), Big5, CRLF; blank-line paragraphs, wrapped at 20. A Taiwan "
    "immigration page: an invented three-month scheme halves the fines of foreigners who overstayed and give themselves "
    "up (title with a full-width gap, the byline line `記者廖婉婷／桃園報導`, a caption and its credit inside a sentence, "
    "a shelter director's 「」 quotation cut by the running head before `來。」`), then, with no blank line, **the fine "
    "table `逾期居留罰鍰一覽`: a header row `逾期期間　一般罰鍰　專案期間`, five rows of a period band written in words "
    "(`10日以上未滿30日`), the usual fine and half of it (checked), and a row of the scheme's dates in the ROC "
    "calendar**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-03-18", "page": "A6",
    "head": [f"桐埔日報　中華民國126年3月18日　{weekday(DAY3)}", "A6　綜合　　編輯：洪素卿"],
    "foot": ["桐埔日報社　讀者服務專線：(03)3416-2759"],
    "furniture": ["桐埔日報", "中華民國126年3月18日", weekday(DAY3), "A6", "綜合", "編輯：洪素卿", "桐埔日報．綜合",
                  "桐埔日報社", "讀者服務專線：(03)3416-2759"],
    "run": ["桐埔日報．綜合"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["逾期居留自行到案　罰鍰減半", "記者廖婉婷／桃園報導"], "title": "逾期居留自行到案　罰鍰減半",
         "byline": ["記者廖婉婷／桃園報導", "廖婉婷"],
         "captions": ["移工在服務站詢問到案手續。"], "credits": ["（記者廖婉婷攝）"],
         "body": ["移民署昨天宣布，4月1日起至6月30日推出專案，逾期居留的外籍人士在專案期間主動到案，罰鍰一律減半，"
                  "並可免於被列入禁止入國名單。",
                  "移民署官員表示，過去一年查獲的逾期居留者中，多數是離開雇主的移工，{cap}也有部分是持觀光簽證入境後"
                  "未按時離境的旅客。",
                  "長期協助移工的桃園一家庇護中心主任鄭雅文說，很多人不敢出面是怕被罰，「罰鍰減半，應該會讓一些人"
                  "願意走出{run}來。」"]},
        {"glued": True, "lines": ["逾期居留罰鍰一覽"], "title": "逾期居留罰鍰一覽",
         "body": [("row", "逾期期間　一般罰鍰　專案期間")]
         + [("row", f"{band}　{fine:,}元　{fine // 2:,}元") for band, fine in FINE_BANDS]
         + [("row", "專案期間：126年4月1日至6月30日")]},
    ],
}

# 4. Hong Kong's Easter: Good Friday 2037-04-03 to Easter Monday 04-06; the page is the Tuesday before.
DAY4 = date(2037, 3, 31)
CHECKPOINTS = [("羅湖", "6:30–24:00", "4月3日朝早"), ("落馬洲支線", "6:30–22:30", "4月3日朝早"),
               ("深圳灣", "6:30–24:00", "4月3日晏晝"), ("落馬洲", "24小時", "4月6日夜晚"),
               ("港珠澳大橋", "24小時", "4月6日夜晚")]
assert date(2037, 4, 3).weekday() == 4 and date(2037, 4, 6).weekday() == 0

EASTER = {
    "name": "zht_big5hkscs_lf_hong_kong_border_page_easter_crossings_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_control_point_table_header_row_point_hours_with_en_dash_or_24_hours_busiest_time_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "隼灣日報 2037-03-31 A10 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 啲`; in neither cp950 nor Big5), LF; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong border page in Cantonese: over the Easter long weekend "
    "(Good Friday 4月3日 to Easter Monday 4月6日) the immigration department expects 1,020,000 crossings at the land "
    "control points (title with a full-width gap, the byline line `記者　岑凱琳`, a caption and its credit inside a "
    "sentence, a spokesman's 「」 quotation cut by the running head before `關。」`), then, with no blank line, **the table "
    "`陸路管制站開放時間`: a header row `管制站　開放時間　預計最繁忙`, five rows of a control point, its hours as a range "
    "with an en dash (`6:30–24:00`) or `24小時`, and its busiest time in Cantonese (`4月3日朝早`, `晏晝`, `夜晚`)**; the "
    "table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-03-31", "page": "A10",
    "head": [f"隼灣日報　2037年3月31日　{weekday(DAY4)}", "A10　港聞　　編輯：龐家豪"],
    "foot": ["隼灣日報社　　新聞熱線：2736 5190"],
    "furniture": ["隼灣日報", "2037年3月31日", weekday(DAY4), "A10", "港聞", "編輯：龐家豪", "隼灣日報．港聞", "隼灣日報社",
                  "新聞熱線：2736 5190"],
    "run": ["隼灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["復活節長假　預計102萬人次經陸路出入境", "記者　岑凱琳"], "title": "復活節長假　預計102萬人次經陸路出入境",
         "byline": ["記者　岑凱琳", "岑凱琳"],
         "captions": ["旅客喺羅湖管制站排隊過關。"], "credits": ["（岑凱琳攝）"],
         "body": ["入境處話，由4月3日耶穌受難節至4月6日復活節星期一，預計有102萬人次經陸路管制站出入境，當中約六成"
                  "係香港居民北上。",
                  "入境處會喺繁忙時段加派人手，{cap}並會開放所有自助出入境檢查通道，旅客可以用智能身份證過關。",
                  "入境處發言人提醒市民，出發前留意各管制站嘅開放時間，「建議大家早啲出門，唔好一窩蜂喺同一時間"
                  "過{run}關。」"]},
        {"glued": True, "lines": ["陸路管制站開放時間"], "title": "陸路管制站開放時間",
         "body": [("row", "管制站　開放時間　預計最繁忙")]
         + [("row", f"{point}　{hours}　{busiest}") for point, hours, busiest in CHECKPOINTS]},
    ],
}

# 5. Passport office slots: each period's daily quota and their sum, up from 300 a day.
SLOTS = [("8:30—10:00", 130), ("10:00—11:30", 130), ("14:00—15:30", 90), ("15:30—17:00", 90)]
SLOTS_TOTAL = sum(count for _, count in SLOTS)
SLOTS_BEFORE = 300
DAY5 = date(2037, 6, 23)
assert date(2037, 7, 1).weekday() == 2

SLOTS_PAGE = {
    "name": "zh_utf16le_bom_crlf_immigration_page_summer_passport_rush_story_byline_caption_credit_running_head_midquote_glued_appointment_slot_table_header_row_time_period_daily_slots_rows_total_row_start_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汶城日报 2037-06-23 第4版 政务, **UTF-16 LE with BOM**, **CRLF**; blank-line paragraphs, wrapped at 22. An "
    "immigration page: before the summer rush the invented city's exit-entry hall raises its daily appointment slots for "
    f"passports and travel permits from {SLOTS_BEFORE} to {SLOTS_TOTAL} (title with a full-width gap, the byline line "
    "`本报记者　柏　宁`, a caption and its credit inside a sentence, the office head's “” quotation cut by the running "
    "head before `办证。”`), then, with no blank line, **the slot table `出入境证件办理每日预约号源`: a header row "
    "`时段　号源`, four rows of a time period (`8:30—10:00`) and its slots with a unit (`130个`), a total row "
    f"`合计　{SLOTS_TOTAL}个` (checked) and a start-date row**; the table is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2037-06-23", "page": "4",
    "head": [f"汶城日报　　2037年6月23日　{weekday(DAY5)}", "第4版　政务　　责任编辑：翟　岚"],
    "foot": ["汶城日报社出版　　新闻热线：0533-6218407"],
    "furniture": ["汶城日报", "2037年6月23日", weekday(DAY5), "第4版", "政务", "责任编辑：翟　岚", "汶城日报·政务",
                  "汶城日报社出版", "新闻热线：0533-6218407"],
    "run": ["汶城日报·政务"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"暑期办证高峰将至　每日号源增至{SLOTS_TOTAL}个", "本报记者　柏　宁"],
         "title": f"暑期办证高峰将至　每日号源增至{SLOTS_TOTAL}个",
         "byline": ["本报记者　柏　宁", "柏　宁", "柏宁"],
         "captions": ["市民在出入境服务大厅自助拍照。"], "credits": ["（本报记者　柏　宁　摄）"],
         "body": [f"暑假将至，出国旅游、探亲的市民增多。市公安局出入境管理支队昨天宣布，从7月1日起，市出入境服务大厅"
                  f"每日可预约号源由{SLOTS_BEFORE}个增加到{SLOTS_TOTAL}个。",
                  "据介绍，大厅将增开两个受理窗口，{cap}中午不休息，普通护照和往来港澳通行证的办理时间不变。",
                  "支队负责人滕晓峰说，每年七八月是办证高峰，“暑假出行的市民，最好提前一个月预约"
                  "{run}办证。”"]},
        {"glued": True, "lines": ["出入境证件办理每日预约号源"], "title": "出入境证件办理每日预约号源",
         "body": [("row", "时段　号源")]
         + [("row", f"{period}　{count}个") for period, count in SLOTS]
         + [("row", f"合计　{SLOTS_TOTAL}个"), ("row", "以上号源自2037年7月1日起执行")]},
    ],
}

# 6. Arrests by nationality, men and women: each row's total and each column's.
ARRESTS = [("印尼", 58, 21), ("孟加拉", 46, 0), ("缅甸", 31, 9), ("尼泊尔", 17, 0), ("其他", 24, 8)]
MEN = sum(men for _, men, _ in ARRESTS)
WOMEN = sum(women for _, _, women in ARRESTS)
ARRESTED = MEN + WOMEN
DAY6 = date(2037, 7, 22)

RAID = {
    "name": "zh_utf8_nobom_cr_malaysia_immigration_page_raid_on_industrial_area_story_byline_caption_credit_running_head_midquote_indent_only_glued_arrests_by_nationality_table_header_row_nationality_men_women_total_rows_zero_cells_total_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "柔岸日报 (an invented Malaysian Chinese daily, Johor Bahru) 2037-07-22 第8版 地方, UTF-8 without BOM, **CR** "
    "line ends; indent-only paragraphs, wrapped at 21. A Malaysian immigration page: the state immigration department "
    f"raids factories near Pasir Gudang and arrests {ARRESTED} foreign workers without valid permits (title with a "
    "full-width gap, the byline line `记者　林慧娴`, a caption and its credit inside a sentence, the state director's “” "
    "quotation cut by the running head before `行动。”`), then, with no blank line, **the table `被捕者国籍`: a header row "
    "`国籍　男　女　合计`, five rows of a nationality, men, women (two cells `0`) and the row's total, and a total row "
    f"`合计　{MEN}　{WOMEN}　{ARRESTED}`, every total checked**; the table is an article, its head the title, each printed row "
    "a paragraph.",
    "date": "2037-07-22", "page": "8",
    "head": [f"柔岸日报　2037年7月22日　{weekday(DAY6)}", "第8版　地方　　编辑：骆志豪"],
    "foot": ["柔岸日报社　　新闻热线：07-351 6624"],
    "furniture": ["柔岸日报", "2037年7月22日", weekday(DAY6), "第8版", "地方", "编辑：骆志豪", "柔岸日报·地方", "柔岸日报社",
                  "新闻热线：07-351 6624"],
    "run": ["柔岸日报·地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"移民局突击工业区　{ARRESTED}名非法外劳被捕", "记者　林慧娴"],
         "title": f"移民局突击工业区　{ARRESTED}名非法外劳被捕",
         "byline": ["记者　林慧娴", "林慧娴"],
         "captions": ["被捕的外劳被押上移民局卡车。"], "credits": ["（林慧娴摄）"],
         "body": [f"柔佛州移民局前晚在巴西古当一带的工业区展开突击行动，检查了11间工厂，共逮捕{ARRESTED}名没有有效准证"
                  f"的外籍劳工，其中{WOMEN}人是女性。",
                  "被捕者年龄介于19至52岁，{cap}已被送往扣留营，待调查后遣返原籍国。",
                  "州移民局总监拿督阿兹曼说，当局也会对涉案雇主展开调查，“雇主若明知故犯，我们一定会依法采取"
                  "{run}行动。”"]},
        {"glued": True, "lines": ["被捕者国籍"], "title": "被捕者国籍",
         "body": [("row", "国籍　男　女　合计")]
         + [("row", f"{land}　{men}　{women}　{men + women}") for land, men, women in ARRESTS]
         + [("row", f"合计　{MEN}　{WOMEN}　{ARRESTED}")]},
    ],
}

# 7. Duty at the border post: 15% of the goods' value, then VAT at 16% on the value and the duty together.
GOODS = 12000
DUTY = GOODS * 15 // 100
VAT = (GOODS + DUTY) * 16 // 100
TO_PAY = DUTY + VAT
assert GOODS * 15 % 100 == 0 and (GOODS + DUTY) * 16 % 100 == 0


def kwacha(amount):
    """A sum in Zambian kwacha, `K12,000`."""
    return f"K{amount:,}"


DUTY_PAGE = {
    "name": "lun_cp1252_cr_lunda_customs_page_traders_at_jimbe_must_pay_duty_story_byline_dateline_caption_credit_running_head_midquote_glued_worked_duty_box_value_duty_vat_on_value_plus_duty_total_rows_amounts_flush_right_base_note_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Nsangu ya Mwinilunga (an invented Lunda weekly, Mwinilunga, North-Western Province, Zambia) 2037-08-19 Page 3 "
    "Commerce, **cp1252** (`“ ” – ·`), **CR** line ends; blank-line paragraphs, wrapped at 36 with hyphenation. A Lunda "
    "customs page: the customs office at the Jimbe border post with Angola explains what traders bringing goods in must "
    f"pay, worked on goods of {kwacha(GOODS)} (title over two lines, byline line `Wasoneka: Esther Nyambe`, the dateline "
    "`MWINILUNGA –` opening the lead, a caption and its credit inside a sentence, a traders' leader's “” quotation cut by "
    "the running head before `mwakufwetela.”`), then, with no blank line, **the worked box `Chakufweta ha K12,000`: a "
    f"value row, a duty row `Duty 15% {kwacha(DUTY)}`, a VAT row `VAT 16% {kwacha(VAT)}` whose rate applies to the value "
    f"and the duty together, a total row `{kwacha(TO_PAY)}` (all checked), every sum flush right, and a note row giving "
    "the VAT's base**; the box is an article, its head the title, each printed row a paragraph (one space kept between "
    "cells).",
    "date": "2037-08-19", "page": "3",
    "head": ["NSANGU YA MWINILUNGA · Wednesday 19.08.2037 · Page 3", "Commerce · Editor: Moses Kawanga"],
    "foot": ["Nsangu ya Mwinilunga · nsangu@mwinilunga.example.zm"],
    "furniture": ["NSANGU YA MWINILUNGA", "Wednesday 19.08.2037", "Page 3", "Commerce", "Editor: Moses Kawanga",
                  "Nsangu ya Mwinilunga · Commerce", "Nsangu ya Mwinilunga", "nsangu@mwinilunga.example.zm"],
    "run": ["Nsangu ya Mwinilunga · Commerce"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ansubuli aku Jimbe", "atela kufweta duty", "Wasoneka: Esther Nyambe"],
         "title": "Ansubuli aku Jimbe atela kufweta duty",
         "byline": ["Wasoneka: Esther Nyambe", "Esther Nyambe"],
         "captions": ["Motoka yakusenda yuma ku Jimbe."], "credits": ["Foto: Joseph Kalusa"],
         "body": ["MWINILUNGA – Ansubuli akuleta yuma ku~fu~ma ku Angola ku mu~ka~la wa Jimbe atela ku~fwe~ta duty "
                  "ni VAT, ofesi ya customs ya~lu~mbu~lu~li.",
                  f"Mu~ku~lu~mpi wa ofesi, Bernard Sa~ma~ka~yi, wa~ho~she~li nindi muntu wu~na~ku~le~ta yuma ya "
                  f"{kwacha(GOODS)} {{cap}}wu~ku~fwe~ta duty ya {kwacha(DUTY)} ni VAT ya {kwacha(VAT)}, yejima "
                  f"{kwacha(TO_PAY)}.",
                  "Mwanta wa ansubuli, Agnes Ka~hi~lu, wa~ho~she~li nindi: “Twa~ku~fwe~ta, ilu tu~ku~ke~ña antu "
                  "ejima a~ka~ku~ha~si~lu~ka {run}mwa~ku~fwe~te~la.”"]},
        {"glued": True, "lines": [f"Chakufweta ha {kwacha(GOODS)}"], "title": f"Chakufweta ha {kwacha(GOODS)}",
         "body": [("row", ramp((20, 10), "Nsamu ya yuma", kwacha(GOODS))),
                  ("row", ramp((20, 10), "Duty 15%", kwacha(DUTY))),
                  ("row", ramp((20, 10), "VAT 16%", kwacha(VAT))),
                  ("row", ramp((20, 10), "Yejima yakufweta", kwacha(TO_PAY))),
                  ("row", f"VAT hadi {kwacha(GOODS + DUTY)} ({kwacha(GOODS)} ni {kwacha(DUTY)})")]},
    ],
}

# 8. Customs seizures near the border, values in CFA francs grouped by dots, and their sum.
SEIZED = [("Sigarɛti", "60 kaatɔ", 1800000), ("Malo", "35 saki", 700000), ("Esansi", "24 bidɔ", 420000),
          ("Tramadɔli", "3 kaatɔ", 350000)]
SEIZED_TOTAL = sum(value for _, _, value in SEIZED)


def dots(amount):
    """A sum of francs grouped by dots, `1.800.000`."""
    return f"{amount:,}".replace(",", ".")


SEIZURES = {
    "name": "sef_utf8_bom_lf_senufo_customs_page_cigarettes_seized_near_border_story_byline_dateline_caption_credit_running_head_midquote_guillemets_indent_only_glued_seizures_table_header_row_quantity_with_unit_dot_grouped_francs_total_row_empty_cell",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Kafɔ Kɔrɔgɔ (an invented Senufo Cebaara weekly, Korhogo, Côte d'Ivoire) 2037-09-16 Page 2 Société, UTF-8 with "
    "BOM (`ɛ ɔ ŋ ɲ`, `« »`, `· –`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 38 with "
    "hyphenation. A Senufo customs page: customs officers on the road to the Burkina Faso border at Ouangolodougou seize "
    f"sixty cartons of cigarettes and other goods worth {dots(SEIZED_TOTAL)} F CFA (title over two lines, byline line "
    "`Sɛbɛ: Mariam Soro`, the dateline `OUANGOLODOUGOU –` opening the lead, a caption and its credit inside a sentence, a "
    "village chief's « » quotation cut by the running head before `shi.»`), then, with no blank line, **the seizures "
    "table `Yaa pi dwanɛ pi a lɛ`: a header row `Yaa  Kanɛ  Wari (F)`, four rows of goods, a quantity holding a space "
    "and its unit (`60 kaatɔ`) and a value in francs grouped by dots (`1.800.000`), flush right, and a total row with an "
    f"empty middle cell (`Pi pyi  {dots(SEIZED_TOTAL)}`, checked)**; the table is an article, its head the title, each "
    "printed row a paragraph (one space kept between cells and inside each quantity).",
    "date": "2037-09-16", "page": "2",
    "head": ["KAFƆ KƆRƆGƆ · 16.09.2037 · Page 2", "Société · Rédaction: Adama Silué"],
    "foot": ["Kafɔ Kɔrɔgɔ · kafo@korhogo.example.ci"],
    "furniture": ["KAFƆ KƆRƆGƆ", "16.09.2037", "Page 2", "Société", "Rédaction: Adama Silué", "Kafɔ Kɔrɔgɔ · Société",
                  "Kafɔ Kɔrɔgɔ", "kafo@korhogo.example.ci"],
    "run": ["Kafɔ Kɔrɔgɔ · Société"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Dwanɛ pi a sigarɛti kaatɔ 60", "lɛ kpɔnyɔ na Ouangolo", "Sɛbɛ: Mariam Soro"],
         "title": "Dwanɛ pi a sigarɛti kaatɔ 60 lɛ kpɔnyɔ na Ouangolo",
         "byline": ["Sɛbɛ: Mariam Soro", "Mariam Soro"],
         "captions": ["Dwanɛ pi ni sigarɛti kaatɔ pi."], "credits": ["Foto: Dramane Tuo"],
         "body": ["OUANGOLODOUGOU – Dwanɛ pi a sigarɛti kaatɔ 60 lɛ mɔbili ŋa ni kpɔnyɔ na, ka~ra~ga ŋa ni "
                  f"Bu~rki~na ta. Yaa pi wa~ri ye {dots(SEIZED_TOTAL)} F CFA.",
                  "Dwanɛ pi ku~nti~gi, Lassina Kone, a jo ki mɔbili ŋa a yiri Bu~rki~na ni, {cap}ki sho~fɛ~rɛ ŋa "
                  "a fi~ri ka~ra~ga pi ni.",
                  "Ka~fɔ~la Yeo Nanga a jo: «Wɛ ɲɛ~ɲɛ ka~ra~ga ta sigarɛti ni, ŋa pi ma ŋa~ha wɛ pi~ca~ŋa "
                  "{run}shi.»"]},
        {"glued": True, "lines": ["Yaa pi dwanɛ pi a lɛ"], "title": "Yaa pi dwanɛ pi a lɛ",
         "body": [("row", ramp((11, 10, 12), "Yaa", "Kanɛ", "Wari (F)"))]
         + [("row", ramp((11, 10, 12), goods, amount, dots(value))) for goods, amount, value in SEIZED]
         + [("row", ramp((11, 10, 12), "Pi pyi", "", dots(SEIZED_TOTAL)))]},
    ],
}

# 9. A village's register of those who left, by year and destination: each row's total and each column's.
DEPARTURES = [("2033", 18, 12, 4), ("2034", 21, 15, 6), ("2035", 25, 14, 9), ("2036", 27, 19, 14)]
COLUMNS = [sum(row[k] for row in DEPARTURES) for k in (1, 2, 3)]
LEFT = sum(COLUMNS)
assert LEFT == sum(a + b + c for _, a, b, c in DEPARTURES)

REGISTER = {
    "name": "dts_utf16be_bom_crlf_dogon_migration_page_village_counts_its_migrants_story_byline_dateline_caption_credit_running_head_midquote_guillemets_glued_departures_register_header_row_year_first_cells_three_destinations_row_total_rows_total_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Kibaaru Bandiagara (an invented Dogon Toro So weekly, Bandiagara, Mali) 2037-10-14 Page 7 Diaspora, **UTF-16 "
    "BE with BOM** (`ɛ ɔ ŋ ɲ`, `« »`, `· –`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Dogon "
    f"migration page: a village near Sangha counts the {LEFT} young people who left in four years, for Bamako, Abidjan "
    "and Europe (title over two lines, byline line `Gɔnɔ: Yakouba Dolo`, the dateline `SANGHA –` opening the lead, a "
    "caption and its credit inside a sentence, an elder's « » quotation cut by the running head before `ɛmmɛ.»`), then, "
    "with no blank line, **the register `Inɛ yaa pay`: a header row `Pɔ  Bamakɔ  Abijan  Eropu  Pu`, four rows whose "
    f"first cell is a year (`2033`) and whose last is the row's total, and a total row `Pu {COLUMNS[0]} {COLUMNS[1]} "
    f"{COLUMNS[2]} {LEFT}` (every total checked), figures flush right**; the register is an article, its head the title, "
    "each printed row a paragraph (one space kept between cells).",
    "date": "2037-10-14", "page": "7",
    "head": ["KIBAARU BANDIAGARA · 14.10.2037 · Page 7", "Diaspora · Rédaction: Ousmane Tembely"],
    "foot": ["Kibaaru Bandiagara · kibaaru@bandiagara.example.ml"],
    "furniture": ["KIBAARU BANDIAGARA", "14.10.2037", "Page 7", "Diaspora", "Rédaction: Ousmane Tembely",
                  "Kibaaru Bandiagara · Diaspora", "Kibaaru Bandiagara", "kibaaru@bandiagara.example.ml"],
    "run": ["Kibaaru Bandiagara · Diaspora"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": [f"Ana Dɔɔnu ɛ inɛ {LEFT}", "pɔ nay ɲɛ yaa gɛ", "Gɔnɔ: Yakouba Dolo"],
         "title": f"Ana Dɔɔnu ɛ inɛ {LEFT} pɔ nay ɲɛ yaa gɛ",
         "byline": ["Gɔnɔ: Yakouba Dolo", "Yakouba Dolo"],
         "captions": ["Ana Dɔɔnu ginu kɔrɔ."], "credits": ["Foto: Amadou Guindo"],
         "body": [f"SANGHA – Ana Dɔɔnu ɛ ana~ka~na~ŋa~na inɛ yaa gɛ sɛ~bɛ~rɛ~ma bi. Pɔ nay ɲɛ, inɛ {LEFT} "
                  f"Bamakɔ, Abijan ma Eropu yaa; {COLUMNS[2]} Eropu yaa.",
                  "Ana hogon Amba Dolo ɛ gi: inɛ yaa gɛ mɔ~nɔ ɛ ana~ŋa mɛ, {cap}sa~ra~ku~ra wari kan~ni "
                  "ka~ra~mɔ ya~ra~ŋa ya~ra gi.",
                  "Ana~ka~na~ŋa Ogobara Guindo ɛ gi: «Inɛ ya~ŋa yaa, ana sɛ~lɛ~mɛ ŋa~ra pa~ra~ŋa ya~ra bi, "
                  "wo dɔ~ɔ~na {run}ɛmmɛ.»"]},
        {"glued": True, "lines": ["Inɛ yaa pay"], "title": "Inɛ yaa pay",
         "body": [("row", ramp((6, 8, 8, 7, 5), "Pɔ", "Bamakɔ", "Abijan", "Eropu", "Pu"))]
         + [("row", ramp((6, 8, 8, 7, 5), year, str(a), str(b), str(c), str(a + b + c))) for year, a, b, c in DEPARTURES]
         + [("row", ramp((6, 8, 8, 7, 5), "Pu", *(str(n) for n in COLUMNS), str(LEFT)))]},
    ],
}

# 10. The simplified trade regime at the Busunga border post: a list of goods and the ceiling.
GOODS_LIST = ["Ebitooke", "Kasooli", "Ebihimba", "Ebyenyanja ebyomire", "Emyenda", "Enkoko"]

TRADE = {
    "name": "ttj_latin1_crlf_rutooro_border_page_busunga_traders_pay_less_story_byline_dateline_caption_credit_running_head_midquote_straight_quotes_glued_eligible_goods_list_one_to_two_word_item_rows_no_figures_ceiling_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Eiraka lya Tooro (an invented Rutooro weekly, Fort Portal, Uganda) 2037-02-18 Page 5 Business, **Latin-1** "
    "(only `·` outside ASCII; straight quotes `\"` and apostrophes `'`, the dateline's ` - ` a hyphen), CRLF; blank-line "
    "paragraphs, wrapped at 37 with hyphenation. A Rutooro border page: small traders at the Busunga border post with "
    "Congo welcome a simpler way of paying tax on goods worth no more than USD 2,000 a trip (title over two lines with an "
    "apostrophe, byline line `Ahandiikire: Joy Kemigisa`, the dateline `BUNDIBUGYO -` opening the lead, a caption and its "
    "credit inside a sentence, a trader's straight-quoted quotation cut by the running head before `obusha.\"`), then, "
    "with no blank line, **the list `Ebintu ebirukwikirizibwa`: six rows of goods, one or two words each and no figure "
    "(`Ebitooke`, `Ebyenyanja ebyomire`), and a ceiling row `Ekitarukurenga: USD 2,000`**; the list is "
    "an article, its head the title, each printed row a paragraph (none a heading).",
    "date": "2037-02-18", "page": "5",
    "head": ["EIRAKA LYA TOORO · Wednesday 18.02.2037 · Page 5", "Business · Editor: Patrick Kaahwa"],
    "foot": ["Eiraka lya Tooro · eiraka@fortportal.example.ug"],
    "furniture": ["EIRAKA LYA TOORO", "Wednesday 18.02.2037", "Page 5", "Business", "Editor: Patrick Kaahwa",
                  "Eiraka lya Tooro · Business", "Eiraka lya Tooro", "eiraka@fortportal.example.ug"],
    "run": ["Eiraka lya Tooro · Business"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Abasuubuzi b'ensalo ya Busunga", "nibasiima enkora empyaka", "Ahandiikire: Joy Kemigisa"],
         "title": "Abasuubuzi b'ensalo ya Busunga nibasiima enkora empyaka",
         "byline": ["Ahandiikire: Joy Kemigisa", "Joy Kemigisa"],
         "captions": ["Abasuubuzi ha nsalo ya Busunga."], "credits": ["Foto: Moses Baguma"],
         "body": ["BUNDIBUGYO - Aba~suu~bu~zi abaru~ku~tu~nda ebintu hagati ya Uganda na Congo ha nsalo ya "
                  "Busunga nibasiima enkora empyaka ey'oku~sa~su~ra omusoro, eya~a~ta~ndi~ki~re omwezi "
                  "oguhwire.",
                  "Omukuru w'eki~to~ngo~le ky'omusoro ha nsalo, Robert Mugisa, akagamba ngu omu~suu~bu~zi "
                  "aru~ku~lee~ta ebintu by'obu~gu~zi obu~ta~ru~ku~re~nga USD 2,000 {cap}taru~kwe~taa~ga "
                  "ku~sa~su~ra omusoro gw'oku~ngi~za.",
                  "Omu~suu~bu~zi Florence Biira akagamba: \"Kara twa~sa~su~ra~ga sente nyingi hali aba~ge~nti; "
                  "hati ebintu byaitu nibi~ho~ni~ka {run}obusha.\""]},
        {"glued": True, "lines": ["Ebintu ebirukwikirizibwa"], "title": "Ebintu ebirukwikirizibwa",
         "body": [("row", item) for item in GOODS_LIST]
         + [("row", "Ekitarukurenga: USD 2,000")]},
    ],
}

PAGES = [CUSTOMS, PORT, OVERSTAY, EASTER, SLOTS_PAGE, RAID, DUTY_PAGE, SEIZURES, REGISTER, TRADE]
