"""The text of every holdout147 page, written once: make_holdout147_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The rota's firm count,
the charging price bands' cover of the day, the restoration rates, the retail plans' cheapest price, the meter
households, the rota's hours, the plant's output total, the ration order, the connection cost total and the
weekdays are computed or asserted here from the figures and dates they rest on. All papers, firms, plants,
figures, people, sums, telephone numbers and events are invented; real places are settings only.
"""

import re
from datetime import date

WEEKDAYS_ZH = "一二三四五六日"


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def md(day):
    return f"{day.month}月{day.day}日"


def thousands(n, sep=" "):
    return f"{n:,}".replace(",", sep)


# 1. A heat wave: factories rest in turn to spare the grid; the rota of group, firm count, rest days; the total.
GROUPS1 = [("第一组", 18, "周一、周二"), ("第二组", 15, "周三、周四"), ("第三组", 17, "周五、周六"), ("第四组", 14, "周日、周一")]
FIRMS1 = sum(n for _, n, _ in GROUPS1)
assert FIRMS1 == 64
DAY1 = date(2042, 7, 16)
ROTA_PAGE = {
    "name": "zh_gbk_crlf_power_page_heat_wave_factories_rest_in_turn_story_byline_caption_credit_running_head_midquote_glued_staggered_rest_rota_header_row_firm_count_cells_enumeration_comma_weekday_pair_cells_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "泖州日报 2042-07-16 第5版 民生, GBK, CRLF; blank-line paragraphs, wrapped at 22. A power page: in a heat wave "
    f"the city's {FIRMS1} big factories take turns to stop for two days a week so homes keep their power (title with "
    "a full-width gap, the byline line `本报记者　戚　澄`, a caption and its credit inside a sentence, a factory "
    "manager's “” quotation cut by the running head before `补回来。”`), then, with no blank line, **the rota "
    "`企业错峰轮休安排`: a header row `组别　企业数　轮休日`, four rows of a group, a firm count with `家` (`18家`) and "
    f"two weekdays joined by an enumeration comma (`周一、周二`), and a total row `合计　{FIRMS1}家` (summed)**; the rota "
    "is an article, its head the title, each printed row a paragraph.",
    "date": "2042-07-16", "page": "5",
    "head": [f"泖州日报　　2042年7月16日　{weekday(DAY1)}", "第5版　民生　　责任编辑：蒲　朔"],
    "foot": ["泖州日报社出版　　新闻热线：0573-5811296"],
    "furniture": ["泖州日报", "2042年7月16日", weekday(DAY1), "第5版", "民生", "责任编辑：蒲　朔", "泖州日报·民生",
                  "泖州日报社出版", "新闻热线：0573-5811296"],
    "run": ["泖州日报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"高温下用电吃紧　{FIRMS1}家工厂轮流停工", "本报记者　戚　澄"],
         "title": f"高温下用电吃紧　{FIRMS1}家工厂轮流停工",
         "byline": ["本报记者　戚　澄", "戚　澄", "戚澄"],
         "captions": ["电力调度员在监控屏前查看全市负荷。"], "credits": ["（本报记者　戚　澄　摄）"],
         "body": [f"连续高温让全市用电负荷一再创新高，从本周起，{FIRMS1}家用电大户分成四组，每组每周停工两天，"
                  "把电让给居民。",
                  "调度中心说，{cap}轮休以后，晚高峰的负荷能降下一成左右。",
                  "一家纺织厂的厂长说，“停两天，订单就得往后排，工人只好周末加班，把耽误的活"
                  "{run}补回来。”"]},
        {"glued": True, "lines": ["企业错峰轮休安排"], "title": "企业错峰轮休安排",
         "body": [("row", "组别　企业数　轮休日")] + [("row", f"{g}　{n}家　{d}") for g, n, d in GROUPS1]
         + [("row", f"合计　{FIRMS1}家")]},
    ],
}

# 2. Charging an electric car by the hour: time bands with a wave dash, band names, four-decimal prices per kWh.
RARE = "\u4bcd"  # 䯍, CJK Extension A: in GB18030, not in GBK
BANDS2 = [("00:00～08:00", "谷", "0.3120"), ("08:00～12:00", "峰", "1.0260"), ("12:00～17:00", "平", "0.6680"),
          ("17:00～21:00", "峰", "1.0260"), ("21:00～24:00", "平", "0.6680")]
assert BANDS2[0][0][:5] == "00:00" and BANDS2[-1][0][-5:] == "24:00"
assert all(a[0][-5:] == b[0][:5] for a, b in zip(BANDS2, BANDS2[1:]))
DAY2 = date(2042, 3, 5)
BANDS_PAGE = {
    "name": "zh_gb18030_lf_power_page_car_charging_prices_by_hour_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_time_of_use_table_header_row_wave_dash_span_cells_band_cells_four_decimal_price_cells_fee_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"漷川晚报 2042-03-05 第8版 出行 (`{RARE}` U+4BCD, CJK Extension A, in the reporter's name `庞　{RARE}`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A power page: the city's public "
    "chargers bill by the hour from the 10th and night charging is cheapest (title with a full-width gap, the byline "
    f"line `本报记者　庞　{RARE}`, a caption and its credit inside a sentence, a taxi driver's “” quotation cut by the "
    "running head before `划算。”`), then, with no blank line, **the table `公共充电桩分时电价`: a header row `时段　类别　"
    "电价`, five rows of a clock span joined by a wave dash (`00:00～08:00`), a one-character band (`谷`, `峰`, `平`) and a "
    "four-decimal price per kWh (`0.3120元/度`), and a service-fee row `服务费：0.8000元/度`**; the table is an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2042-03-05", "page": "8",
    "head": [f"漷川晚报　　2042年3月5日　{weekday(DAY2)}", "第8版　出行　　责任编辑：荀　野"],
    "foot": ["漷川晚报社　　新闻热线：0319-6027451"],
    "furniture": ["漷川晚报", "2042年3月5日", weekday(DAY2), "第8版", "出行", "责任编辑：荀　野", "漷川晚报·出行",
                  "漷川晚报社", "新闻热线：0319-6027451"],
    "run": ["漷川晚报·出行"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["公共充电桩分时计价　夜里充电最便宜", f"本报记者　庞　{RARE}"],
         "title": "公共充电桩分时计价　夜里充电最便宜",
         "byline": [f"本报记者　庞　{RARE}", f"庞　{RARE}", f"庞{RARE}"],
         "captions": ["司机在公交场站给电动车充电。"], "credits": [f"（本报记者　庞　{RARE}　摄）"],
         "body": ["本月10日起，全市公共充电桩改按时段收费，午夜到早上八点的谷段电价不到峰段的三分之一。",
                  "全市现有公共充电桩两千多个，{cap}新价格会显示在每个充电桩的屏幕上。",
                  "开了六年电动出租车的司机说，“以后收车回去再充，睡一觉车就满电了，比白天排队"
                  "{run}划算。”"]},
        {"glued": True, "lines": ["公共充电桩分时电价"], "title": "公共充电桩分时电价",
         "body": [("row", "时段　类别　电价")] + [("row", f"{s}　{b}　{p}元/度") for s, b, p in BANDS2]
         + [("row", "服务费：0.8000元/度")]},
    ],
}

# 3. Taiwan: power back after a typhoon; restoration by township, homes cut and restored, a one-decimal rate.
AREAS3 = [("台東市", 12840, 12611), ("卑南鄉", 4215, 3988), ("東河鄉", 2960, 2540), ("成功鎮", 3870, 3702)]
assert all(b <= a for _, a, b in AREAS3)
CUT3 = sum(a for _, a, _ in AREAS3)
BACK3 = sum(b for *_, b in AREAS3)


def rate(a, b):
    return f"{100 * b / a:.1f}%"


DAY3 = date(2042, 9, 3)
ASOF3 = date(2042, 9, 2)
assert ASOF3 < DAY3
RESTORE_PAGE = {
    "name": "zht_big5_cr_taiwan_power_page_typhoon_power_restored_story_byline_caption_credit_running_head_midquote_glued_restoration_table_header_row_township_cells_household_count_cells_one_decimal_percent_cells_as_of_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澂岸日報 2042-09-03 A6 地方 (`中華民國131年9月3日`, Taiwan, Taitung), Big5, CR; blank-line paragraphs, wrapped "
    f"at 20. A power page: after a typhoon {CUT3} homes in four townships lost power and {BACK3} have it back (title "
    "with a full-width gap, the byline line `記者簡子涵／台東報導`, a caption and its credit inside a sentence, a "
    "villager's 「」 quotation cut by the running head before `來電了。」`), then, with no blank line, **the table "
    "`各鄉鎮復電進度`: a header row `鄉鎮　停電戶數　已復電　復電率`, four rows of a township, two bare household counts "
    f"and a one-decimal rate (`{rate(*AREAS3[0][1:])}`, computed), and an as-of row `統計至{md(ASOF3)}18時`**; the "
    "table is an article, its head the title, each printed row a paragraph.",
    "date": "2042-09-03", "page": "A6",
    "head": [f"澂岸日報　中華民國131年9月3日　{weekday(DAY3)}", "A6　地方　　編輯：卓昱安"],
    "foot": ["澂岸日報社　讀者服務專線：(089)325-760"],
    "furniture": ["澂岸日報", "中華民國131年9月3日", weekday(DAY3), "A6", "地方", "編輯：卓昱安", "澂岸日報．地方",
                  "澂岸日報社", "讀者服務專線：(089)325-760"],
    "run": ["澂岸日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["颱風過後全力搶修　九成五住戶復電", "記者簡子涵／台東報導"],
         "title": "颱風過後全力搶修　九成五住戶復電",
         "byline": ["記者簡子涵／台東報導", "簡子涵"],
         "captions": ["搶修人員在東河鄉山路旁扶正電桿。"], "credits": ["（記者簡子涵攝）"],
         "body": [f"颱風掃過台東，四個鄉鎮共{CUT3}戶停電，搶修兩天後已有{BACK3}戶恢復供電。",
                  "東河鄉山區倒了二十多支電桿，{cap}搶修隊預計週末前全部修好。",
                  "住在山邊的阿嬤說，「停電兩天，冰箱裡的菜都壞了，晚上點蠟燭，等到昨天傍晚才"
                  "{run}來電了。」"]},
        {"glued": True, "lines": ["各鄉鎮復電進度"], "title": "各鄉鎮復電進度",
         "body": [("row", "鄉鎮　停電戶數　已復電　復電率")] + [("row", f"{t}　{a}　{b}　{rate(a, b)}") for t, a, b in AREAS3]
         + [("row", f"統計至{md(ASOF3)}18時")]},
    ],
}
assert 100 * BACK3 // CUT3 == 95

# 4. Hong Kong: old gas risers replaced in Sham Shui Po, in Cantonese; numbered safety tips; the emergency line.
DAY4 = date(2042, 11, 20)
TIPS_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_gas_page_old_building_gas_risers_replaced_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_gas_safety_tips_chinese_numeral_ordinal_rows_emergency_line_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鯤灣日報 2042-11-20 A7 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嘢 啲`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A gas page in Cantonese: the gas risers of old tenement blocks in Sham "
    "Shui Po are replaced and the gas is off for a day (title with a full-width gap, the byline line `記者　冼樂瑤`, a "
    "caption and its credit inside a sentence, a tenant's 「」 quotation cut by the running head before `煲湯。」`), "
    "then, with no blank line, **the tips `煤氣安全貼士`: no header, four tips opened by a Chinese numeral and an "
    "enumeration comma (`一、`, `二、`…), and an emergency-line row `緊急熱線：2561 3709`**; the tips are an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2042-11-20", "page": "A7",
    "head": [f"鯤灣日報　2042年11月20日　{weekday(DAY4)}", "A7　港聞　　編輯：區曉晴"],
    "foot": ["鯤灣日報社　　新聞熱線：2719 4862"],
    "furniture": ["鯤灣日報", "2042年11月20日", weekday(DAY4), "A7", "港聞", "編輯：區曉晴", "鯤灣日報．港聞",
                  "鯤灣日報社", "新聞熱線：2719 4862"],
    "run": ["鯤灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["唐樓煤氣喉換新　成條街停氣一日", "記者　冼樂瑤"],
         "title": "唐樓煤氣喉換新　成條街停氣一日",
         "byline": ["記者　冼樂瑤", "冼樂瑤"],
         "captions": ["工人喺唐樓外牆換煤氣喉。"], "credits": ["（冼樂瑤攝）"],
         "body": ["深水埗一條街有十二幢舊唐樓，啲煤氣喉用咗五十幾年，今個禮拜逐幢換新，每幢要停氣一日。",
                  "工程公司話，{cap}換完之後會逐戶上門試氣，先至再開返。",
                  "住咗四十年嘅黃太話，「停一日氣唔緊要，最緊要換完安全啲，我今晚去個女度"
                  "{run}煲湯。」"]},
        {"glued": True, "lines": ["煤氣安全貼士"], "title": "煤氣安全貼士",
         "body": [("row", "一、聞到煤氣味，即刻熄火，打開門窗。"), ("row", "二、唔好開關電掣，唔好打電話。"),
                  ("row", "三、關咗總掣，去屋外面先求助。"), ("row", "四、煲嘢嘅時候，唔好離開廚房。"),
                  ("row", "緊急熱線：2561 3709")]},
    ],
}

# 5. Singapore: households switch electricity retailer; plan, kind, cents per kWh, contract term; the tax note.
PLANS5 = [("橙光电力", "固定价", "27.85", 24), ("绿点能源", "折扣价", "26.90", 12), ("星港电", "固定价", "28.40", 6),
          ("海岸电力", "高峰免费", "29.10", 24)]
CHEAP5 = min(PLANS5, key=lambda p: float(p[2]))
assert CHEAP5[0] == "绿点能源"
DAY5 = date(2042, 5, 22)
PLANS_PAGE = {
    "name": "zh_utf8_nobom_lf_singapore_power_page_households_switch_electricity_retailer_story_byline_caption_credit_running_head_midquote_glued_retail_plans_table_header_row_cents_per_kwh_cells_month_term_cells_note_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "椰岸日报 2042-05-22 第6版 生活 (Singapore), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A power "
    "page: more households leave the regulated tariff for a retailer's plan (title with a full-width gap, the byline "
    "line `记者　伍诗颖`, a caption and its credit inside a sentence, a retiree's “” quotation cut by the running head "
    "before `清楚。”`), then, with no blank line, **the table `电力零售配套比较`: a header row `零售商　配套　每度电价　"
    "合约期`, four rows of a retailer, a plan kind, a price in cents with `分` (`27.85分`) and a term in months "
    "(`24个月`), and a note row `注：价格未含消费税`**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2042-05-22", "page": "6",
    "head": [f"椰岸日报　　2042年5月22日　{weekday(DAY5)}", "第6版　生活　　责任编辑：邝嘉恒"],
    "foot": ["椰岸日报社　　新闻热线：6275 3918"],
    "furniture": ["椰岸日报", "2042年5月22日", weekday(DAY5), "第6版", "生活", "责任编辑：邝嘉恒", "椰岸日报·生活",
                  "椰岸日报社", "新闻热线：6275 3918"],
    "run": ["椰岸日报·生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["电费配套越来越多　组屋住户货比三家", "记者　伍诗颖"],
         "title": "电费配套越来越多　组屋住户货比三家",
         "byline": ["记者　伍诗颖", "伍诗颖"],
         "captions": ["居民在社区中心听电力配套讲解。"], "credits": ["（伍诗颖摄）"],
         "body": [f"越来越多组屋住户改向零售商买电，本周比较的四个配套中，{CHEAP5[0]}的{CHEAP5[1]}每度"
                  f"{CHEAP5[2]}分最便宜。",
                  "社区中心上周办了讲解会，{cap}不少年长居民第一次听说可以自己选电力公司。",
                  "退休的陈秀珠说，“合约期越长越便宜，可是中途退约要罚钱，签之前一定要"
                  "{run}问清楚。”"]},
        {"glued": True, "lines": ["电力零售配套比较"], "title": "电力零售配套比较",
         "body": [("row", "零售商　配套　每度电价　合约期")] + [("row", f"{r}　{k}　{c}分　{m}个月") for r, k, c, m in PLANS5]
         + [("row", "注：价格未含消费税")]},
    ],
}

# 6. Smart gas meters replace the old ones, estate by estate; building ranges, households, week numbers; the total.
METERS6 = [("桂园小区", "1-6栋", 216, 1), ("荷塘小区", "1-4栋", 168, 2), ("新河小区", "7-12栋", 240, 3), ("桥西小区", "1-3栋", 96, 4)]
HOMES6 = sum(h for _, _, h, _ in METERS6)
assert HOMES6 == 720 and [w for *_, w in METERS6] == list(range(1, 5))
DAY6 = date(2042, 4, 9)
METER_PAGE = {
    "name": "zh_utf16be_bom_crlf_gas_page_smart_gas_meters_replace_old_story_byline_caption_credit_running_head_midquote_indent_only_glued_meter_schedule_header_row_building_range_cells_household_cells_week_cells_total_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "渫阳日报 2042-04-09 第3版 城建, UTF-16 BE with BOM, CRLF; indent-only paragraphs, wrapped at 22. A gas page: "
    f"the gas company changes {HOMES6} old meters in four estates for smart meters, one estate a week (title with a "
    "full-width gap, the byline line `本报记者　詹　予`, a caption and its credit inside a sentence, an old resident's "
    "“” quotation cut by the running head before `操心了。”`), then, with no blank line, **the schedule `智能燃气表更换"
    "安排`: a header row `小区　楼栋　户数　更换时间`, four rows of an estate, a building range with a hyphen (`1-6栋`), a "
    f"household count with `户` (`216户`) and a week number (`第1周`), and a total row `合计　{HOMES6}户` (summed)**; "
    "the schedule is an article, its head the title, each printed row a paragraph.",
    "date": "2042-04-09", "page": "3",
    "head": [f"渫阳日报　　2042年4月9日　{weekday(DAY6)}", "第3版　城建　　责任编辑：郦　帆"],
    "foot": ["渫阳日报社　　新闻热线：0736-2258047"],
    "furniture": ["渫阳日报", "2042年4月9日", weekday(DAY6), "第3版", "城建", "责任编辑：郦　帆", "渫阳日报·城建",
                  "渫阳日报社", "新闻热线：0736-2258047"],
    "run": ["渫阳日报·城建"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"老燃气表下月起换新　{HOMES6}户不用再上门抄表", "本报记者　詹　予"],
         "title": f"老燃气表下月起换新　{HOMES6}户不用再上门抄表",
         "byline": ["本报记者　詹　予", "詹　予", "詹予"],
         "captions": ["燃气公司师傅为居民安装智能燃气表。"], "credits": ["（本报记者　詹　予　摄）"],
         "body": [f"燃气公司下月起在四个老小区更换智能燃气表，共{HOMES6}户，每周换一个小区，换表不收费。",
                  "新表可以在手机上充值，{cap}余额不足时会自动提醒。",
                  "住了三十年的老住户说，“以前总怕抄表的人来了家里没人，换了新表，就不用再为这事"
                  "{run}操心了。”"]},
        {"glued": True, "lines": ["智能燃气表更换安排"], "title": "智能燃气表更换安排",
         "body": [("row", "小区　楼栋　户数　更换时间")] + [("row", f"{e}　{b}　{h}户　第{w}周") for e, b, h, w in METERS6]
         + [("row", f"合计　{HOMES6}户")]},
    ],
}

# 7. Lezgian: winter power cuts in Qusar by rota; each group's two daily spans joined by a slash; from when.
SPANS7 = [("Ğrup 1", "08:00–10:00", "18:00–20:00"), ("Ğrup 2", "10:00–12:00", "20:00–22:00"),
          ("Ğrup 3", "12:00–14:00", "22:00–24:00")]
assert all(int(a[6:8]) - int(a[:2]) == 2 and int(b[6:8]) - int(b[:2]) == 2 for _, a, b in SPANS7)
DAY7 = date(2042, 12, 10)
FROM7 = date(2042, 12, 15)
assert FROM7 > DAY7 and FROM7.weekday() == 0
LOAD_PAGE = {
    "name": "lez_utf8_nobom_lf_lezgian_power_page_qusar_winter_cuts_by_rota_story_byline_dateline_caption_credit_running_head_midquote_glued_cut_rota_header_row_group_cells_two_en_dash_spans_joined_by_slash_cells_from_date_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Samurdin Ses (an invented Lezgian weekly, Qusar, Azerbaijan) 2042-12-10 Page 4 Energy, UTF-8 without BOM "
    "(`ğ ı ş ç ü ə “ ” – ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Lezgian power page: the "
    "town's lines are overloaded in the cold and the villages are cut in turn, two hours twice a day (title over two "
    "lines, byline line `Kxьenwajdi: Gülnarə Əmirova`, the dateline `QUSAR –` opening the lead, a caption and its "
    "credit inside a sentence, a teacher's “” quotation cut by the running head before `ğaxun.”`), then, with no "
    "blank line, **the rota `Işığ atun qrafik`: a header row `Ğrup Wext`, three rows of a group and two clock spans "
    "joined by en dashes and parted by a slash (`Ğrup 1 08:00–10:00 / 18:00–20:00`), and a from-date row "
    f"`{FROM7:%d.%m.%Y}-dilaj`**; the rota is an article, its head the title, each printed row a paragraph (one space "
    "kept between cells, the slash with its spaces part of the row).",
    "date": "2042-12-10", "page": "4",
    "head": [f"SAMURDIN SES · {english(DAY7)} · Page 4", "Energy · Editor: Rasim Haciyev"],
    "foot": ["Samurdin Ses · ses@qusar.example.az"],
    "furniture": ["SAMURDIN SES", english(DAY7), "Page 4", "Energy", "Editor: Rasim Haciyev",
                  "Samurdin Ses · Energy", "Samurdin Ses", "ses@qusar.example.az"],
    "run": ["Samurdin Ses · Energy"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Qusarda işığ", "qrafikdaldi atda", "Kxenwajdi: Gülnarə Əmirova"],
         "title": "Qusarda işığ qrafikdaldi atda",
         "byline": ["Kxenwajdi: Gülnarə Əmirova", "Gülnarə Əmirova"],
         "captions": ["Elektrikçiyri xewedal kwalaxzawa."], "credits": ["Foto: Zaur Ramazanov"],
         "body": ["QUSAR – Qış~da xü~ru~yar~in e~lek~trik~şə~bə~ke~di qwa~tun~wi~lai, "
                  f"{len(SPANS7)} ğrup~diz pa~jna, ğar~xü~ni~zi kwed sə~ğət işığ atda.",
                  "Ğar~xü~ni~zi kwed sə~ğət~ra qwe~zwa, {cap}ama xü~ru~yar~in mu~ğal~li~mar "
                  "na~ra~zi ja.",
                  "Mu~ğal~lim Sevinc Mirzəyeva lahana: “Ay~a~lar~i~zi dərs ğa~zur~ar~un pa~taj "
                  "wax~t kan~zawa, işığ a~tai~la çu~na pu~la~di lam~pa~yar {run}ğaxun.”"]},
        {"glued": True, "lines": ["Işığ atun qrafik"], "title": "Işığ atun qrafik",
         "body": [("row", ramp((10, 27), "Ğrup", "Wext"))]
         + [("row", ramp((10, 27), g, f"{a} / {b}")) for g, a, b in SPANS7]
         + [("row", f"{FROM7:%d.%m.%Y}-dilaj")]},
    ],
}

# 8. Tat: Lahij's small hydro plant; month, output in kWh with a middle dot in the unit; the season's total.
OUT8 = [("Aprel", 96400), ("May", 118200), ("İyun", 112600), ("İyul", 84800)]
SUM8 = sum(k for _, k in OUT8)
assert SUM8 == 412000
DAY8 = date(2042, 8, 6)


def kwh(n):
    return f"{thousands(n)} kVt·saat"


HYDRO_PAGE = {
    "name": "ttt_utf16le_bom_lf_tat_power_page_lahij_small_hydro_output_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_output_table_header_row_month_cells_kwh_middle_dot_unit_cells_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Lahıc Xəbər (an invented Tat weekly, Lahij, İsmayıllı, Azerbaijan) 2042-08-06 Page 5 Energy, UTF-16 LE with "
    "BOM (`ə ı ş ç ğ İ “ ” – ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with "
    "hyphenation. A Tat power page: the village's small river plant gives its first summer's power to the grid "
    "(title over two lines, byline line `Nivisdə: Nərgiz Hüseynova`, the dateline `LAHIC –` opening the lead, a "
    "caption and its credit inside a sentence, the plant's keeper's “” quotation cut by the running head before "
    "`dorə.”`), then, with no blank line, **the table `Stansiyə ğuvvət`: a header row `Mah Ələktrik`, four rows of "
    "a month and an output in kilowatt-hours with a space between thousands and a middle dot inside the unit "
    f"(`96 400 kVt·saat`), and a total row `Cəm: {kwh(SUM8)}` (summed)**; the table is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells; the unit's `·` is text, not a head join).",
    "date": "2042-08-06", "page": "5",
    "head": [f"LAHIC XƏBƏR · {english(DAY8)} · Page 5", "Energy · Editor: Elçin Mirzəyev"],
    "foot": ["Lahıc Xəbər · xeber@lahic.example.az"],
    "furniture": ["LAHIC XƏBƏR", english(DAY8), "Page 5", "Energy", "Editor: Elçin Mirzəyev",
                  "Lahıc Xəbər · Energy", "Lahıc Xəbər", "xeber@lahic.example.az"],
    "run": ["Lahıc Xəbər · Energy"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ruxonə stansiyə", "dəhə ələktrik doh", "Nivisdə: Nərgiz Hüseynova"],
         "title": "Ruxonə stansiyə dəhə ələktrik doh",
         "byline": ["Nivisdə: Nərgiz Hüseynova", "Nərgiz Hüseynova"],
         "captions": ["Ruxonə stansiyə Girdiman ruxonə bəş."], "credits": ["Foto: Ramil Əliyev"],
         "body": ["LAHIC – Ruxonə~ki~çik~ə stan~si~yə~ho dəhə a~za Aprel~ə~və~də~ni ələk~trik "
                  f"doh, {len(OUT8)} mah~ə~ni~ra {kwh(SUM8)} ha~sil~ə~ni.",
                  "Ə~lək~trik~ə ar~ti~ğə ru dəhə xu~nə~ho~ra~ni şəbəkə~ra "
                  "doh~ən~dən, {cap}pul~ə ru ru~xo~nə~ra xərc ko~run~dən.",
                  "Stan~si~yə~ği~zir Vüqar Səfərov gufd: “Ru~xo~nə tə~zi bu, ə~mmo "
                  "ta~ban~ə pa~yiz ob kəm~tər bu, ə~lək~trik~ə~ho~ra kəm~tər "
                  "{run}dorə.”"]},
        {"glued": True, "lines": ["Stansiyə ğuvvət"], "title": "Stansiyə ğuvvət",
         "body": [("row", ramp((10, 20), "Mah", "Ələktrik"))]
         + [("row", ramp((10, 20), m, kwh(k))) for m, k in OUT8]
         + [("row", f"Cəm: {kwh(SUM8)}")]},
    ],
}

# 9. Rutul: petrol runs short in the mountains; the station's rationing rules, numbered with a bracket; the phone.
RULES9 = ["1) Sa maşina 20 litr.", "2) Kanistr ğadaj.", "3) Yük maşinaryd sabah sahat 7-ra."]
assert [r[:2] for r in RULES9] == ["1)", "2)", "3)"]
DAY9 = date(2042, 2, 18)
RATION_PAGE = {
    "name": "rut_cp1254_crlf_rutul_fuel_page_petrol_runs_short_story_byline_dateline_ascii_hyphen_caption_credit_running_head_midquote_glued_station_ration_rules_bracket_numbered_rows_phone_row",
    "encoding": "cp1254", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Rutul Habar (an invented Rutul weekly, Rutul, Dagestan) 2042-02-18 Page 6 Energy, Windows-1254, the Turkish "
    "code page (`ş ğ ı ç ü “ ” ·`; it has no `ə`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A "
    "Rutul fuel page: the pass road is shut by snow, the fuel lorries do not come and the only filling station "
    "rations petrol (title over two lines, byline line `Ğaj: Zarina Ğasanova`, the dateline `RUTUL -` with an ASCII "
    "hyphen opening the lead, a caption and its credit inside a sentence, a driver's “” quotation cut by the running "
    "head before `ğaxdy.”`), then, with no blank line, **the rules `Benzin ğaxdy qajda`: no header, three rules "
    "numbered with a closing bracket (`1) Sa maşina 20 litr.`), and a phone row `Tel: 8 (87264) 5-31-07`**; the "
    "rules are an article, its head the title, each printed row a paragraph.",
    "date": "2042-02-18", "page": "6",
    "head": [f"RUTUL HABAR · {english(DAY9)} · Page 6", "Energy · Editor: Murad Ismailov"],
    "foot": ["Rutul Habar · habar@rutul.example.ru"],
    "furniture": ["RUTUL HABAR", english(DAY9), "Page 6", "Energy", "Editor: Murad Ismailov",
                  "Rutul Habar · Energy", "Rutul Habar", "habar@rutul.example.ru"],
    "run": ["Rutul Habar · Energy"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Benzin kemi şiri,", "stansijed qajda ğavu", "Ğaj: Zarina Ğasanova"],
         "title": "Benzin kemi şiri, stansijed qajda ğavu",
         "byline": ["Ğaj: Zarina Ğasanova", "Zarina Ğasanova"],
         "captions": ["Maşinar benzin stansijed ğuluğ ğuxdy."], "credits": ["Foto: Ruslan Magomedov"],
         "body": ["RUTUL - Ğüdüm~ül~ğuv~ud ğa~jir ğar~ğadaj ği~ri~ğun~dy, benzin~ğa~dyn "
                  "ma~şi~nar i~ja~ğa~ğu~ri~dy, sa~vu~dyn sa sta~n~si~jed qajda ğavu.",
                  "Stansijed ğa~ğa~ma~jy~şiy~nyd ğu~luğ ğa~ryd, {cap}ğiğri ma~şi~nar "
                  "ğab~ğa~da~ryd ğaxdy.",
                  "Şofer Anvar Ğajirbekov ğuvu: “Za ma~şi~na~jis~di sa~bah sahat "
                  "be~şid ğa~mi~şa~ra~ğa, ği~ri~ğun~dy 20 litr {run}ğaxdy.”"]},
        {"glued": True, "lines": ["Benzin ğaxdy qajda"], "title": "Benzin ğaxdy qajda",
         "body": [("row", r) for r in RULES9] + [("row", "Tel: 8 (87264) 5-31-07")]},
    ],
}

# 10. Agul: gas comes to Tpig; what a household pays to connect, item by item in roubles; the total.
COST10 = [("Truba 12 m", 8400), ("Sçyotçik", 6900), ("Plita", 9200), ("Ustar", 2800)]
SUM10 = sum(c for _, c in COST10)
assert SUM10 == 27300
DAY10 = date(2042, 10, 29)


def rub(n):
    return f"{thousands(n)} r."


COST_PAGE = {
    "name": "agx_macroman_cr_agul_gas_page_tpig_gas_connection_story_byline_dateline_caption_credit_running_head_midquote_glued_connection_cost_list_header_row_item_cells_space_thousands_rouble_abbrev_cells_total_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Tpig Xabar (an invented Agul weekly, Tpig, Dagestan) 2042-10-29 Page 3 Energy, Mac OS Roman (`ç “ ” – ·`), "
    "CR; blank-line paragraphs, wrapped at 36 with hyphenation. An Agul gas page: the gas main reaches the village "
    "and each household pays to be connected (title over two lines, byline line `Kxaji: Aida Ramazanova`, the "
    "dateline `TPIG –` opening the lead, a caption and its credit inside a sentence, a grandmother's “” quotation cut "
    "by the running head before `kxaji.”`), then, with no blank line, **the cost list `Gaz gaxas qimat`: a header row "
    f"`Zat Qimat`, {len(COST10)} rows of an item (one with its length, `Truba 12 m`) and a sum in roubles with a space "
    f"between thousands and an abbreviation with a full stop (`8 400 r.`), and a total row `Cami: {rub(SUM10)}` "
    "(summed)**; the list is an article, its head the title, each printed row a paragraph (one space kept between "
    "cells).",
    "date": "2042-10-29", "page": "3",
    "head": [f"TPIG XABAR · {english(DAY10)} · Page 3", "Energy · Editor: Kamil Gadzhiev"],
    "foot": ["Tpig Xabar · xabar@tpig.example.ru"],
    "furniture": ["TPIG XABAR", english(DAY10), "Page 3", "Energy", "Editor: Kamil Gadzhiev",
                  "Tpig Xabar · Energy", "Tpig Xabar", "xabar@tpig.example.ru"],
    "run": ["Tpig Xabar · Energy"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Tpigdiz gaz", "agaja, xulara cuk", "Kxaji: Aida Ramazanova"],
         "title": "Tpigdiz gaz agaja, xulara cuk",
         "byline": ["Kxaji: Aida Ramazanova", "Aida Ramazanova"],
         "captions": ["Ustar xulaw gaz truba gixas."], "credits": ["Foto: Timur Aliev"],
         "body": ["TPIG – Sa~dar~gha~ni~was gaz~un tru~ba Tpig~diz a~ga~ja, xu~la~ri~kay "
                  f"gaz ga~xas ba~dal~ar {rub(SUM10)} ja.",
                  "Xu~la~ri~kay sa~dar~gha~ni ga~zas ko~mek~çi~var a~gay, {cap}a~ma "
                  "ku~gha~ni ka~gha~tar a~gha~ja.",
                  "Ba~ba~di Xadiça gaf~ay: “Za~wun a~dak ça~ra~ghar~i~kay ka~saw, "
                  "gi~na ca~rar~i~kay ax~tu~wi çi~mi ak~ka {run}kxaji.”"]},
        {"glued": True, "lines": ["Gaz gaxas qimat"], "title": "Gaz gaxas qimat",
         "body": [("row", ramp((14, 12), "Zat", "Qimat"))]
         + [("row", ramp((14, 12), i, rub(c))) for i, c in COST10]
         + [("row", f"Cami: {rub(SUM10)}")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùyəıü"


def tidy(text):
    """Drop the split marks that would leave one letter on a side, touch an apostrophe or part a doubled vowel."""

    def word(match):
        parts = match.group(0).split("~")
        out = parts[0]
        for i, part in enumerate(parts[1:], 1):
            left, right = "".join(parts[:i]), "".join(parts[i:])
            ok = (len(left.lstrip("“«")) >= 2 and len(right.rstrip(".,:;»”")) >= 2 and not left.endswith("'")
                  and not right.startswith("'") and not (left[-1] in VOWELS and left[-1] == right[0]))
            out += ("~" if ok else "") + part
        return out

    return re.sub(r"[^\s{}]*~[^\s{}]*", word, text)


for _page in (LOAD_PAGE, HYDRO_PAGE, RATION_PAGE, COST_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [ROTA_PAGE, BANDS_PAGE, RESTORE_PAGE, TIPS_PAGE, PLANS_PAGE, METER_PAGE, LOAD_PAGE, HYDRO_PAGE, RATION_PAGE,
         COST_PAGE]
