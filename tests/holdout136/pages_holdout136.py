"""The text of every holdout136 page, written once: make_holdout136_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-135 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line); `("end", line)` a
printed line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `ramp()` (holdout126's to 135's). The cleared and pending obstructions, the lift total, the hearing-aid
grant's people and money, the ramps' count, the wheelchairs and crutches, the class hours and the braille volumes are
computed here from the figures they rest on, and the weekdays from the dates. All papers, centres, schools, buses,
estates, grants, figures, people, sums, telephone numbers and events are invented; real places are settings only.
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


# 1. A city clears blocked tactile paving; each road, what blocked it and whether it is cleared; a count row.
ROADS1 = [("解放路", "共享单车", "已清理"), ("滨河路", "广告牌", "已清理"), ("人民街", "摊位", "待清理"),
          ("车站路", "施工围挡", "已清理")]
DONE1 = sum(1 for *_, s in ROADS1 if s == "已清理")
LEFT1 = len(ROADS1) - DONE1
assert (DONE1, LEFT1) == (3, 1)
DAY1 = date(2041, 3, 12)

PAVING_PAGE = {
    "name": "zh_gbk_lf_accessibility_page_tactile_paving_cleared_story_byline_caption_credit_running_head_midquote_glued_obstruction_list_header_row_status_cells_cleared_pending_count_row",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沭澜晚报 2041-03-12 第9版 民生, GBK, LF; blank-line paragraphs, wrapped at 22. An accessibility page: the "
    f"city clears blocked tactile paving on {len(ROADS1)} roads, {DONE1} done (title with a full-width gap, the byline "
    "line `本报记者　郜　岚`, a caption and its credit inside a sentence, a blind masseur's “” quotation cut by the "
    "running head before `撞上。”`), then, with no blank line, **the list `盲道占用整治`: a header row "
    "`路段　占用物　状态`, four rows of a road, what blocked it and a status cell (`已清理` / `待清理`), and a count row "
    f"`已清理　{DONE1}处　待清理　{LEFT1}处` (counted)**; the list is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2041-03-12", "page": "9",
    "head": [f"沭澜晚报　　2041年3月12日　{weekday(DAY1)}", "第9版　民生　　责任编辑：梁　汀"],
    "foot": ["沭澜晚报社出版　　新闻热线：0527-8816402"],
    "furniture": ["沭澜晚报", "2041年3月12日", weekday(DAY1), "第9版", "民生", "责任编辑：梁　汀", "沭澜晚报·民生",
                  "沭澜晚报社出版", "新闻热线：0527-8816402"],
    "run": ["沭澜晚报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["盲道不再被占　四条路段集中整治", "本报记者　郜　岚"],
         "title": "盲道不再被占　四条路段集中整治",
         "byline": ["本报记者　郜　岚", "郜　岚", "郜岚"],
         "captions": ["城管队员把停在盲道上的单车挪开。"], "credits": ["（本报记者　郜　岚　摄）"],
         "body": [f"市城管部门本月对{len(ROADS1)}条路段的盲道占用问题集中整治，目前已清理{DONE1}处。",
                  "人民街的摊位还没有搬走，{cap}城管部门说月底前会帮摊主另找位置。",
                  "在解放路开按摩店的盲人师傅贝志强说，“以前拄着盲杖走，几步就碰到单车，有时候整个人"
                  "{run}撞上。”"]},
        {"glued": True, "lines": ["盲道占用整治"], "title": "盲道占用整治",
         "body": [("row", "路段　占用物　状态")]
         + [("row", f"{road}　{what}　{s}") for road, what, s in ROADS1]
         + [("row", f"已清理　{DONE1}处　待清理　{LEFT1}处")]},
    ],
}

# 2. A stroke rehabilitation ward's weekly timetable: half-day slot, exercise, room; the session length.
RARE = "\u4ced"  # 䳭, CJK Extension A: in GB18030, not in GBK
SLOTS2 = [("周一上午", "步态训练", "二楼大厅"), ("周二下午", "手功能训练", "作业治疗室"), ("周四上午", "言语训练", "三楼"),
          ("周五下午", "平衡训练", "二楼大厅")]
MIN2 = 40
assert len(SLOTS2) * MIN2 == 160
DAY2 = date(2040, 11, 20)

REHAB_PAGE = {
    "name": "zh_gb18030_crlf_rehabilitation_page_stroke_ward_weekly_training_story_byline_rare_char_in_patient_name_caption_credit_running_head_midquote_indent_only_glued_training_timetable_header_row_half_day_slot_cells_room_cells_session_length_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"洧溪日报 2040-11-20 第7版 健康 (`{RARE}` U+4CED, CJK Extension A, in a patient's given name `龚{RARE}`; in "
    "GB18030, not in GBK), GB18030, CRLF; indent-only paragraphs, wrapped at 21. A rehabilitation page: a hospital's "
    "stroke rehabilitation ward starts group training (title with a full-width gap, the byline line `本报记者　柯　苇`, "
    "a caption and its credit inside a sentence, a patient's “” quotation cut by the running head before `走路。”`), then, "
    "with no blank line, **the timetable `康复训练课表`: a header row `时段　项目　地点`, four rows of a weekday and "
    f"half day run together (`周一上午`), an exercise and a room, and a session-length row `每节{MIN2}分钟`**; the "
    "timetable is an article, its head the title, each printed row a paragraph.",
    "date": "2040-11-20", "page": "7",
    "head": [f"洧溪日报　　2040年11月20日　{weekday(DAY2)}", "第7版　健康　　责任编辑：晁　沅"],
    "foot": ["洧溪日报社　　新闻热线：0374-6629185"],
    "furniture": ["洧溪日报", "2040年11月20日", weekday(DAY2), "第7版", "健康", "责任编辑：晁　沅", "洧溪日报·健康",
                  "洧溪日报社", "新闻热线：0374-6629185"],
    "run": ["洧溪日报·健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["中风病人一起练　康复病区开小组课", "本报记者　柯　苇"],
         "title": "中风病人一起练　康复病区开小组课",
         "byline": ["本报记者　柯　苇", "柯　苇", "柯苇"],
         "captions": ["治疗师扶着病人练习迈步。"], "credits": ["（本报记者　柯　苇　摄）"],
         "body": [f"市第二医院康复病区本周起每周开{len(SLOTS2)}节小组训练课，中风后出院不久的病人都可以报名。",
                  f"每节课{MIN2}分钟，{{cap}}一个治疗师最多带六个病人。",
                  f"六十三岁的龚{RARE}去年冬天中风，右腿一度抬不起来，他说，“一个人练容易泄气，大家一起练，"
                  "我想过年前能自己{run}走路。”"]},
        {"glued": True, "lines": ["康复训练课表"], "title": "康复训练课表",
         "body": [("row", "时段　项目　地点")]
         + [("row", f"{slot}　{what}　{room}") for slot, what, room in SLOTS2]
         + [("row", f"每节{MIN2}分钟")]},
    ],
}

# 3. Taiwan (Tainan): a rehabilitation bus service adds cars; how to book, by channel; the fare.
WAYS3 = [("電話", "(06)2871-540"), ("網路", "乘車前7日起"), ("手機App", "乘車前7日起"), ("現場", "不受理")]
CARS3_OLD, CARS3_NEW = 42, 12
assert CARS3_OLD + CARS3_NEW == 54
DAY3 = date(2040, 5, 16)

BUS_PAGE = {
    "name": "zht_big5_crlf_taiwan_accessibility_page_rehabilitation_bus_cars_added_story_byline_caption_credit_running_head_midquote_glued_booking_channel_list_header_row_phone_number_cell_refused_cell_fare_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "浯港日報 2040-05-16 B3 生活 (`中華民國129年5月16日`, Tainan, Taiwan), Big5, CRLF; blank-line paragraphs, "
    f"wrapped at 20. An accessibility page: the city's rehabilitation buses grow from {CARS3_OLD} to "
    f"{CARS3_OLD + CARS3_NEW} cars (title with a full-width gap, the byline line `記者邵宜蓁／臺南報導`, a caption and "
    "its credit inside a sentence, a wheelchair user's 「」 quotation cut by the running head before `出門。」`), then, "
    "with no blank line, **the list `復康巴士預約方式`: a header row `方式　預約時間`, four rows of a channel and either "
    "a telephone number (`(06)2871-540`), a booking window or `不受理`, and a fare row `車資：計程車費三分之一`**; the "
    "list is an article, its head the title, each printed row a paragraph.",
    "date": "2040-05-16", "page": "B3",
    "head": [f"浯港日報　中華民國129年5月16日　{weekday(DAY3)}", "B3　生活　　編輯：彭品妤"],
    "foot": ["浯港日報社　讀者服務專線：(06)2210-973"],
    "furniture": ["浯港日報", "中華民國129年5月16日", weekday(DAY3), "B3", "生活", "編輯：彭品妤", "浯港日報．生活",
                  "浯港日報社", "讀者服務專線：(06)2210-973"],
    "run": ["浯港日報．生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"復康巴士增{CARS3_NEW}輛　預約不再秒殺", "記者邵宜蓁／臺南報導"],
         "title": f"復康巴士增{CARS3_NEW}輛　預約不再秒殺",
         "byline": ["記者邵宜蓁／臺南報導", "邵宜蓁"],
         "captions": ["輪椅族從復康巴士的升降板上車。"], "credits": ["（記者邵宜蓁攝）"],
         "body": [f"市府本月新增{CARS3_NEW}輛復康巴士，全市車隊增加到{CARS3_OLD + CARS3_NEW}輛，身障朋友就醫、上班更好叫車。",
                  "預約仍以電話為主，{cap}現場臨時叫車一律不受理。",
                  "坐輪椅十年的柴佩君說，「以前早上八點一開放就打電話，常常打不進去，現在車多了，總算可以安心"
                  "{run}出門。」"]},
        {"glued": True, "lines": ["復康巴士預約方式"], "title": "復康巴士預約方式",
         "body": [("row", "方式　預約時間")]
         + [("row", f"{way}　{when}") for way, when in WAYS3]
         + [("row", "車資：計程車費三分之一")]},
    ],
}

# 4. Hong Kong: lifts added at public housing estates; lifts per estate and state; the total.
LIFTS4 = [("石硤尾邨", 2, "已啟用"), ("彩雲邨", 3, "9月啟用"), ("大興邨", 1, "已啟用"), ("翠屏邨", 2, "12月啟用")]
ALL4 = sum(n for _, n, _ in LIFTS4)
assert ALL4 == 8
DAY4 = date(2040, 8, 9)

LIFT_PAGE = {
    "name": "zht_big5hkscs_cr_hong_kong_accessibility_page_estate_lifts_added_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_lift_table_header_row_lift_count_cells_month_or_done_cells_total_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鯉澔日報 2040-08-09 A11 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 冇 啲`; in neither cp950 nor Big5), CR; "
    f"indent-only paragraphs, wrapped at 20. An accessibility page in Cantonese: {ALL4} lifts added at four estates "
    "(title with a full-width gap, the byline line `記者　麥穎芝`, a caption and its credit inside a sentence, an "
    "elderly resident's 「」 quotation cut by the running head before `樓梯。」`), then, with no blank line, **the table "
    "`加建升降機`: a header row `屋邨　部數　進度`, four rows of an estate, a lift count with its unit (`2部`) and a state "
    f"(`已啟用` / `9月啟用`), and a total row `合共　{ALL4}部` (summed)**; the table is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2040-08-09", "page": "A11",
    "head": [f"鯉澔日報　2040年8月9日　{weekday(DAY4)}", "A11　港聞　　編輯：甘詠欣"],
    "foot": ["鯉澔日報社　　新聞熱線：2863 4195"],
    "furniture": ["鯉澔日報", "2040年8月9日", weekday(DAY4), "A11", "港聞", "編輯：甘詠欣", "鯉澔日報．港聞", "鯉澔日報社",
                  "新聞熱線：2863 4195"],
    "run": ["鯉澔日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"四個屋邨加建{ALL4}部升降機　輪椅可直達", "記者　麥穎芝"], "title": f"四個屋邨加建{ALL4}部升降機　輪椅可直達",
         "byline": ["記者　麥穎芝", "麥穎芝"],
         "captions": ["街坊喺新升降機門口等𨋢。"], "credits": ["（麥穎芝攝）"],
         "body": [f"房屋部門喺四個舊屋邨加建{ALL4}部升降機，連接平台同巴士站，坐輪椅嘅街坊唔使再兜大圈。",
                  "其中兩個屋邨已經啟用咗，{cap}其餘會喺年底前完工。",
                  "住咗彩雲邨四十年嘅姚婆婆話，「我膝頭哥唔好，以前去街市要慢慢捱，有咗𨋢就唔使再行啲"
                  "{run}樓梯。」"]},
        {"glued": True, "lines": ["加建升降機"], "title": "加建升降機",
         "body": [("row", "屋邨　部數　進度")]
         + [("row", f"{estate}　{n}部　{state}") for estate, n, state in LIFTS4]
         + [("row", f"合共　{ALL4}部")]},
    ],
}

# 5. Malaysia (Penang): a disability card registration drive; what the card gives, as a concessions list.
PERKS5 = [("巴士车资", "半价"), ("公立医院门诊", "免费"), ("轻快铁车资", "减50%"), ("国内机票", "减50%")]
HALF5 = sum(1 for _, p in PERKS5 if p in ("半价", "减50%"))
assert HALF5 == 3
DAY5 = date(2040, 9, 14)
DAYS5 = 14

CARD_PAGE = {
    "name": "zh_utf8_crlf_malaysia_disability_page_oku_card_registration_drive_story_byline_caption_credit_running_head_midquote_glued_card_concessions_list_header_row_half_price_free_percent_cells_processing_time_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "槟声日报 2040-09-14 第12版 地方 (George Town, Penang, Malaysia), UTF-8 without BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A disability page: a two-day registration drive for the OKU (disabled persons) card at "
    "a community hall (title with a full-width gap, the byline line `记者　骆蔓青`, a caption and its credit inside a "
    "sentence, a mother's “” quotation cut by the running head before `办好。”`), then, with no blank line, **the "
    "list `持卡优惠`: a header row `项目　优惠`, four rows of a service and a concession written three ways (`半价`, "
    f"`免费`, `减50%`), and a processing-time row `办理时间：约{DAYS5}个工作日`**; the list is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2040-09-14", "page": "12",
    "head": [f"槟声日报　　2040年9月14日　{weekday(DAY5)}", "第12版　地方　　编辑：庄美玲"],
    "foot": ["槟声日报　　读者热线：04-2297 3518"],
    "furniture": ["槟声日报", "2040年9月14日", weekday(DAY5), "第12版", "地方", "编辑：庄美玲", "槟声日报·地方", "槟声日报",
                  "读者热线：04-2297 3518"],
    "run": ["槟声日报·地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["残障卡现场登记　两天办理", "记者　骆蔓青"], "title": "残障卡现场登记　两天办理",
         "byline": ["记者　骆蔓青", "骆蔓青"],
         "captions": ["社工帮一名听障青年填写表格。"], "credits": ["（骆蔓青摄）"],
         "body": ["乔治市一个社区礼堂本周六、日设登记站，协助身心障碍人士申请残障卡，凭卡可享交通和医药优惠。",
                  f"申请人须带身份证和医生证明书，{{cap}}卡片约{DAYS5}个工作日后寄到家里。",
                  "带着自闭症儿子来排队的邬太太说，“以前不知道去哪里办，一拖就是三年，这次在家附近，终于可以"
                  "{run}办好。”"]},
        {"glued": True, "lines": ["持卡优惠"], "title": "持卡优惠",
         "body": [("row", "项目　优惠")]
         + [("row", f"{what}　{perk}") for what, perk in PERKS5]
         + [("row", f"办理时间：约{DAYS5}个工作日")]},
    ],
}

# 6. A city's hearing-aid grant: degree of hearing loss, grant, people granted; the totals of people and money.
TIERS6 = [("轻度", 1000, 64), ("中度", 2000, 70), ("重度", 3000, 52)]
PEOPLE6 = sum(p for *_, p in TIERS6)
MONEY6 = sum(g * p for _, g, p in TIERS6)
assert (PEOPLE6, MONEY6) == (186, 360000)
WAN6 = MONEY6 // 10000
DAY6 = date(2041, 1, 23)

HEARING_PAGE = {
    "name": "zh_utf16be_bom_lf_disability_page_hearing_aid_grant_first_batch_story_byline_caption_credit_running_head_midquote_indent_only_glued_grant_tier_table_header_row_yuan_cells_people_cells_total_row_wan_yuan",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "湄城晚报 2041-01-23 第6版 关爱, UTF-16 BE with BOM, LF; indent-only paragraphs, wrapped at 22. A disability "
    f"page: the first batch of a hearing-aid grant goes to {PEOPLE6} people (title with a full-width gap, the byline "
    "line `本报记者　詹　棠`, a caption and its credit inside a sentence, a grandfather's “” quotation cut by the running "
    "head before `听见了。”`), then, with no blank line, **the table `助听器补贴标准`: a header row `听力损失　补贴　人数`, "
    "three rows of a degree, a grant in yuan (`1000元`) and a head count (`64人`), and a total row "
    f"`合计　{PEOPLE6}人　{WAN6}万元` (summed; the money in 万元 where the rows give 元)**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2041-01-23", "page": "6",
    "head": [f"湄城晚报　　2041年1月23日　{weekday(DAY6)}", "第6版　关爱　　责任编辑：左　棠"],
    "foot": ["湄城晚报社　　新闻热线：0751-4480236"],
    "furniture": ["湄城晚报", "2041年1月23日", weekday(DAY6), "第6版", "关爱", "责任编辑：左　棠", "湄城晚报·关爱",
                  "湄城晚报社", "新闻热线：0751-4480236"],
    "run": ["湄城晚报·关爱"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"首批助听器补贴发放　{PEOPLE6}人受益", "本报记者　詹　棠"], "title": f"首批助听器补贴发放　{PEOPLE6}人受益",
         "byline": ["本报记者　詹　棠", "詹　棠", "詹棠"],
         "captions": ["验配师为老人调试助听器。"], "credits": ["（本报记者　詹　棠　摄）"],
         "body": [f"市残联首批助听器补贴昨天发放，{PEOPLE6}名听力残疾人共领到补贴{WAN6}万元。",
                  f"补贴按听力损失程度分三档，重度每人{TIERS6[2][1]}元，{{cap}}验配后一年内可免费复查。",
                  "七十四岁的蔺大爷戴上助听器后，第一次听清了孙子叫他，他说，“这几年跟家里人说话都靠喊，现在总算"
                  "{run}听见了。”"]},
        {"glued": True, "lines": ["助听器补贴标准"], "title": "助听器补贴标准",
         "body": [("row", "听力损失　补贴　人数")]
         + [("row", f"{deg}　{g}元　{p}人") for deg, g, p in TIERS6]
         + [("row", f"合计　{PEOPLE6}人　{WAN6}万元")]},
    ],
}

# 7. Kasem: ramps built at public buildings in Navrongo; each building and its slope as a ratio; the count.
RAMPS7 = [("Kliniki", "1:12"), ("Pɔsɩ ɔfiisi", "1:12"), ("Daa", "1:10"), ("Lagɩ", "1:15")]
assert all(int(r.split(":")[1]) >= 10 for _, r in RAMPS7)
DAY7 = date(2040, 4, 4)

RAMP_PAGE = {
    "name": "xsm_utf8_bom_lf_kasem_accessibility_page_navrongo_ramps_at_public_buildings_story_byline_dateline_caption_credit_running_head_midquote_glued_ramp_list_header_row_two_word_place_cell_slope_ratio_cells_count_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Kasena Labaaru (an invented Kasem weekly, Navrongo, Ghana) 2040-04-04 Page 5 Community, UTF-8 with BOM "
    "(`ɛ ɔ ɩ ʋ ŋ “ ” – ·`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Kasem accessibility page: "
    f"the district builds ramps at {len(RAMPS7)} public buildings (title over two lines, byline line `Kwaanʋ: Abena "
    "Akanyele`, the dateline `NAVRONGO –` opening the lead, a caption and its credit inside a sentence, a wheelchair "
    "user's “” quotation cut by the running head before `digɩ.”`), then, with no blank line, **the list `Kɔlɔ a Digɩ`: "
    "a header row `Digɩ Kɔlɔ`, four rows of a building (one a two-word cell, `Pɔsɩ ɔfiisi`) and a slope ratio with a "
    f"colon (`1:12`), and a count row `Zaŋa: {len(RAMPS7)}`**; the list is an article, its head the title, each "
    "printed row a paragraph (one space kept between cells).",
    "date": "2040-04-04", "page": "5",
    "head": [f"KASENA LABAARU · {english(DAY7)} · Page 5", "Community · Editor: Ayamga Akanlu"],
    "foot": ["Kasena Labaaru · labaaru@navrongo.example.gh"],
    "furniture": ["KASENA LABAARU", english(DAY7), "Page 5", "Community", "Editor: Ayamga Akanlu",
                  "Kasena Labaaru · Community", "Kasena Labaaru", "labaaru@navrongo.example.gh"],
    "run": ["Kasena Labaaru · Community"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kɔlɔ dɩ digɩ nʋʋ", f"ne {len(RAMPS7)} Navrongo wɔ", "Kwaanʋ: Abena Akanyele"],
         "title": f"Kɔlɔ dɩ digɩ nʋʋ ne {len(RAMPS7)} Navrongo wɔ",
         "byline": ["Kwaanʋ: Abena Akanyele", "Abena Akanyele"],
         "captions": ["Baraŋa karaŋa na jaga kɔlɔ ni."], "credits": ["Foto: Atiga Ayeebo"],
         "body": [f"NAVRONGO – Dis~trik~ti tɩ~ntʋ~ŋʋ~nʋ ma~ŋɛ kɔ~lɔ dɩ di~gɩ {len(RAMPS7)} nʋʋ wɔ, "
                  "sɩ ba~ra~ŋa ya~ra ne ga~ri~ka~ra~ŋa da~ga ja~ga ba ka~lɩ ga~ra.",
                  "Kli~ni~ki kɔ~lɔ ba~ŋa dɩ ta~ŋa, {cap}sɩ ba~ra~ŋa wɛ ma~ŋɛ ja~ga ba dʋ~ŋa.",
                  "Ga~ri~ka~ra~ŋa tʋ~tʋ~ŋʋ Akwia Abaare ta: “Da~ŋa n ba~ŋa wʋ ja~ga ka~lɩ, n wɛ "
                  "ma~ŋɛ ja~ga zʋ~ʋ n zɩ~ga {run}digɩ.”"]},
        {"glued": True, "lines": ["Kɔlɔ a Digɩ"], "title": "Kɔlɔ a Digɩ",
         "body": [("row", ramp((14, 6), "Digɩ", "Kɔlɔ"))]
         + [("row", ramp((14, 6), b, r)) for b, r in RAMPS7]
         + [("row", f"Zaŋa: {len(RAMPS7)}")]},
    ],
}

# 8. Konkomba: wheelchairs and crutches handed out in villages around Saboba; two counts a row; the totals.
GIVEN8 = [("Saboba", 14, 20), ("Wapuli", 9, 12), ("Sambuli", 11, 15), ("Demon", 8, 8)]
CHAIRS8 = sum(c for _, c, _ in GIVEN8)
STICKS8 = sum(s for *_, s in GIVEN8)
assert (CHAIRS8, STICKS8) == (42, 55)
DAY8 = date(2040, 10, 3)

CHAIR_PAGE = {
    "name": "xon_utf16le_bom_crlf_konkomba_disability_page_saboba_wheelchairs_and_crutches_handed_out_story_byline_dateline_caption_credit_running_head_midquote_glued_handout_tally_header_row_two_count_cells_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Likpakpaan Labaal (an invented Konkomba weekly, Saboba, Ghana) 2040-10-03 Page 3 Health, UTF-16 LE with BOM "
    "(`ɛ ɔ ŋ “ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Konkomba disability page: a "
    f"health team hands out {CHAIRS8} wheelchairs and {STICKS8} crutches in {len(GIVEN8)} villages (title over two "
    "lines, byline line `Ŋmar: Esther Kanyi`, the dateline `SABOBA –` opening the lead, a caption and its credit "
    "inside a sentence, a farmer's “” quotation cut by the running head before `kpaab.”`), then, with no blank line, "
    "**the tally `Bi Tiin Ŋmaan`: a header row `Tinbaan Kɛkɛ Dapuun`, four rows of a village and two counts "
    f"(`Saboba 14 20`), and a total row `Ŋa {CHAIRS8} {STICKS8}` (summed)**; the tally is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2040-10-03", "page": "3",
    "head": [f"LIKPAKPAAN LABAAL · {english(DAY8)} · Page 3", "Health · Editor: Bilijo Nakpan"],
    "foot": ["Likpakpaan Labaal · labaal@saboba.example.gh"],
    "furniture": ["LIKPAKPAAN LABAAL", english(DAY8), "Page 3", "Health", "Editor: Bilijo Nakpan",
                  "Likpakpaan Labaal · Health", "Likpakpaan Labaal", "labaal@saboba.example.gh"],
    "run": ["Likpakpaan Labaal · Health"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": [f"Bi tiin kɛkɛ {CHAIRS8}", f"ni dapuun {STICKS8} Saboba", "Ŋmar: Esther Kanyi"],
         "title": f"Bi tiin kɛkɛ {CHAIRS8} ni dapuun {STICKS8} Saboba",
         "byline": ["Ŋmar: Esther Kanyi", "Esther Kanyi"],
         "captions": ["Ujaa kan kɛkɛ ŋmaan dɔgtaa kaan."], "credits": ["Foto: Mathias Bimbo"],
         "body": [f"SABOBA – Dɔg~ti~taa~n ti~ti~ŋ tii kɛ~kɛ {CHAIRS8} ni da~puun {STICKS8} "
                  f"ni~ti~ŋ bi~taa~n ya~ŋ, tin~baan {len(GIVEN8)} puu~n.",
                  f"Sa~bo~ba ki~baa kɛ~kɛ {GIVEN8[0][1]}, {{cap}}ba kaa ŋan~kpan~ti ni~ti~ŋ ka~ja ya~ŋ.",
                  "Kpa~kpa~ŋan~dan Yaw Bukari baa: “N~taa ki~baa n~ja n~gbaa ni, ni m~ŋa mi~ŋan "
                  "ki~baa ka~pa n~ja ni {run}kpaab.”"]},
        {"glued": True, "lines": ["Bi Tiin Ŋmaan"], "title": "Bi Tiin Ŋmaan",
         "body": [("row", ramp((10, 5, 8), "Tinbaan", "Kɛkɛ", "Dapuun"))]
         + [("row", ramp((10, 5, 8), v, str(c), str(s))) for v, c, s in GIVEN8]
         + [("row", ramp((10, 5, 8), "Ŋa", str(CHAIRS8), str(STICKS8)))]},
    ],
}

# 9. Mampruli: a sign-language class for parents of deaf children in Nalerigu; days and hour ranges; class size.
CLASS9 = [("Atani", "16h", "17h"), ("Alaasiba", "16h", "17h"), ("Asibiri", "9h", "11h")]
HOURS9 = sum(int(b[:-1]) - int(a[:-1]) for _, a, b in CLASS9)
assert HOURS9 == 4
SIZE9 = 25
DAY9 = date(2040, 6, 19)

SIGN_PAGE = {
    "name": "maw_utf8_cr_mampruli_disability_page_nalerigu_sign_language_class_for_parents_story_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_glued_class_schedule_header_row_h_hour_en_dash_ranges_class_size_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "   ", "blank": False,
    "note": "Mamprusi Lahibaali (an invented Mampruli weekly, Nalerigu, Ghana) 2040-06-19 Page 6 Families, UTF-8 "
    "without BOM (`ɛ ɔ ŋ “ ” – ·`), CR; indent-only paragraphs with **three spaces**, wrapped at 40 with hyphenation. "
    "A Mampruli disability page: a school for the deaf opens a sign-language class for parents (title over two "
    "lines, byline line `Sabiri: Rahinatu Abdulai`, the dateline `NALERIGU –` opening the lead, a caption and its "
    "credit inside a sentence, a mother's “” quotation cut by the running head before `ŋmɛŋa.”`), then, with no blank "
    f"line, **the schedule `Nu Zuɣu Karimbu`: a header row `Dabiri Saha`, {len(CLASS9)} rows of a weekday and an hour "
    f"range written with `h` and an en dash (`16h–17h`), and a class-size row `Nidiba: {SIZE9}`**; the schedule is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2040-06-19", "page": "6",
    "head": [f"MAMPRUSI LAHIBAALI · {english(DAY9)} · Page 6", "Families · Editor: Issah Sulemana"],
    "foot": ["Mamprusi Lahibaali · lahibaali@nalerigu.example.gh"],
    "furniture": ["MAMPRUSI LAHIBAALI", english(DAY9), "Page 6", "Families", "Editor: Issah Sulemana",
                  "Mamprusi Lahibaali · Families", "Mamprusi Lahibaali", "lahibaali@nalerigu.example.gh"],
    "run": ["Mamprusi Lahibaali · Families"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ba'ara ni zaŋ nu", "zuɣu karim Nalerigu", "Sabiri: Rahinatu Abdulai"],
         "title": "Ba'ara ni zaŋ nu zuɣu karim Nalerigu",
         "byline": ["Sabiri: Rahinatu Abdulai", "Rahinatu Abdulai"],
         "captions": ["Karimba wuhiri ma'a nu zuɣu yɛla."], "credits": ["Foto: Mahama Wuni"],
         "body": [f"NALERIGU – Ti~ra~ba ka~rim~di~gu Na~le~ri~gu pii~la nu zu~ɣu ka~rim~bu ba'a~ra ni "
                  f"ba bi~hi~ŋa ban ka wum, da~bi~ri {len(CLASS9)} ni.",
                  f"Ka~rim~bu ma~ŋa yi~ɣi~ra da~bi~ri ni, {{cap}}ni nid~ba {SIZE9} ka~rim ni.",
                  "Ma'a Asana Yakubu yɛli: “N bi~ha ka wum, ka n ka mi ni n ya~ɣi ŋun yɛ~la; "
                  "pam~pam n ni to~ɣi ni o {run}ŋmɛŋa.”".replace("ε", "ɛ")]},
        {"glued": True, "lines": ["Nu Zuɣu Karimbu"], "title": "Nu Zuɣu Karimbu",
         "body": [("row", ramp((10, 8), "Dabiri", "Saha"))]
         + [("row", ramp((10, 8), d, f"{a}\u2013{b}")) for d, a, b in CLASS9]
         + [("row", f"Nidiba: {SIZE9}")]},
    ],
}

# 10. Buli: braille books reach a school for the blind in Sandema; volumes by subject, with `vol.`; the total.
BOOKS10 = [("Maths", 12), ("Ingliis", 15), ("Buli", 9), ("Sayens", 12)]
VOL10 = sum(n for _, n in BOOKS10)
assert VOL10 == 48
DAY10 = date(2041, 2, 6)

BRAILLE_PAGE = {
    "name": "bwu_utf16be_bom_cr_buli_disability_page_sandema_braille_books_for_blind_school_story_byline_dateline_caption_credit_running_head_midquote_glued_braille_volume_list_header_row_vol_abbreviation_cells_total_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Buli Labaari (an invented Buli weekly, Sandema, Ghana) 2041-02-06 Page 4 Schools, UTF-16 BE with BOM "
    "(`ɛ ɔ ŋ “ ” – ·`), CR; blank-line paragraphs, wrapped at 37 with hyphenation. A Buli disability page: a school "
    f"for the blind receives {VOL10} braille volumes (title over two lines, byline line `Ŋmaŋa: Grace Akanbong`, the "
    "dateline `SANDEMA –` opening the lead, a caption and its credit inside a sentence, a pupil's “” quotation cut by "
    "the running head before `gbaŋa.”`), then, with no blank line, **the list `Braille Gbana`: a header row "
    f"`Wɔmɔ Gbana`, four rows of a subject and a volume count with the abbreviation `vol.` (`12 vol.`), and a total row "
    f"`Wusa {VOL10} vol.` (summed)**; the list is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells; the abbreviation's full stop part of the cell).",
    "date": "2041-02-06", "page": "4",
    "head": [f"BULI LABAARI · {english(DAY10)} · Page 4", "Schools · Editor: Anyagre Atiim"],
    "foot": ["Buli Labaari · labaari@sandema.example.gh"],
    "furniture": ["BULI LABAARI", english(DAY10), "Page 4", "Schools", "Editor: Anyagre Atiim",
                  "Buli Labaari · Schools", "Buli Labaari", "labaari@sandema.example.gh"],
    "run": ["Buli Labaari · Schools"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": [f"Braille gbana {VOL10} ta", "chiŋ Sandema sukuu", "Ŋmaŋa: Grace Akanbong"],
         "title": f"Braille gbana {VOL10} ta chiŋ Sandema sukuu",
         "byline": ["Ŋmaŋa: Grace Akanbong", "Grace Akanbong"],
         "captions": ["Bisaŋa kaŋ braille gbaŋa ba nu."], "credits": ["Foto: Adoku Ayarik"],
         "body": [f"SANDEMA – Zom~ma su~kuu ka San~de~ma nya~ŋa braille gba~na {VOL10}, "
                  f"a bi~sa~ŋa ya~a ka~ri ba wɔ~mɔ ba ba~ŋa ni.",
                  f"Ing~liis gba~na a ya~ga, {BOOKS10[1][1]}, {{cap}}ka ba ta~ŋa Maths ale Sa~yens.",
                  "Su~kuu bi~ka Ayuekanbe Akanko ye: “Dai ŋa ka n tiŋ ka~ri n wɔ~mɔ, ka n jam "
                  "n pa~ŋa nyɛ~ŋa {run}gbaŋa.”"]},
        {"glued": True, "lines": ["Braille Gbana"], "title": "Braille Gbana",
         "body": [("row", ramp((10, 9), "Wɔmɔ", "Gbana"))]
         + [("row", ramp((10, 9), s, f"{n} vol.")) for s, n in BOOKS10]
         + [("row", ramp((10, 9), "Wusa", f"{VOL10} vol."))]},
    ],
}

PAGES = [PAVING_PAGE, REHAB_PAGE, BUS_PAGE, LIFT_PAGE, CARD_PAGE, HEARING_PAGE, RAMP_PAGE, CHAIR_PAGE, SIGN_PAGE,
         BRAILLE_PAGE]
