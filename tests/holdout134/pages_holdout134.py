"""The text of every holdout134 page, written once: make_holdout134_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-133 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line); `("end", line)` a
printed line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `ramp()` (holdout126's to 133's). The notice period, the pocket parks' total area, the fallen trees'
totals, the risk actions, the connector's length, the leaf roads' dates, the seedlings' total, the fee list's free
row, the schools' survival shares and winner and the fines' starting date are computed here from the figures they
rest on, and the weekdays from the dates. All papers, parks, streets' trees, firms, figures, people, sums,
telephone numbers and events are invented; real places (cities, districts, towns) are settings only.
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


# 1. A road widened: five street trees to be moved or felled; the public notice of each tree and its period.
TREES1 = [("1号", "香樟", 38, "移植"), ("2号", "香樟", 35, "移植"), ("3号", "悬铃木", 46, "移植"),
          ("4号", "悬铃木", 41, "移植"), ("5号", "香樟", 29, "砍伐")]
MOVED1 = [t for t in TREES1 if t[3] == "移植"]
assert len(MOVED1) == 4 and len(TREES1) - len(MOVED1) == 1
DAY1 = date(2039, 3, 15)
FROM1, TO1 = DAY1 + timedelta(days=1), DAY1 + timedelta(days=7)

NOTICE_PAGE = {
    "name": "zh_gbk_crlf_parks_page_road_widening_street_trees_moved_story_byline_caption_credit_running_head_midquote_glued_tree_removal_notice_header_row_trunk_diameter_cells_action_cells_notice_period_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汭州晚报 2039-03-15 第7版 城建, GBK, CRLF; blank-line paragraphs, wrapped at 22. A street-trees page: a road "
    f"widening moves {len(MOVED1)} of {len(TREES1)} street trees to a park and fells one dead camphor (title with a "
    "full-width gap, the byline line `本报记者　芮　岚`, a caption and its credit inside a sentence, the greening "
    "office head's “” quotation cut by the running head before `感情。”`), then, with no blank line, **the public "
    "notice `树木迁移公示`: a header row `编号　树种　胸径　处理`, five rows of a tree number (`1号`), a species, a trunk "
    "diameter with its unit (`38厘米`) and an action (`移植` / `砍伐`), and a notice-period row "
    f"`公示期：{md(FROM1)}至{md(TO1)}` (the seven days after the page's date, computed)**; the notice is an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2039-03-15", "page": "7",
    "head": [f"汭州晚报　　2039年3月15日　{weekday(DAY1)}", "第7版　城建　　责任编辑：蒯　宁"],
    "foot": ["汭州晚报社出版　　新闻热线：0739-6152874"],
    "furniture": ["汭州晚报", "2039年3月15日", weekday(DAY1), "第7版", "城建", "责任编辑：蒯　宁", "汭州晚报·城建",
                  "汭州晚报社出版", "新闻热线：0739-6152874"],
    "run": ["汭州晚报·城建"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"建设路拓宽　{len(MOVED1)}棵行道树将移植", "本报记者　芮　岚"],
         "title": f"建设路拓宽　{len(MOVED1)}棵行道树将移植",
         "byline": ["本报记者　芮　岚", "芮　岚", "芮岚"],
         "captions": ["园林工人给建设路的香樟挂上编号牌。"], "credits": ["（本报记者　芮　岚　摄）"],
         "body": [f"建设路拓宽工程下月动工，路边{len(TREES1)}棵行道树要让路，市园林处昨天在路口贴出公示，征求市民意见。",
                  f"其中{len(MOVED1)}棵香樟和悬铃木将移植到滨河公园，{{cap}}另一棵香樟已经枯死多年，将被砍伐。",
                  "市园林处处长卜文涛说，能移的一棵都不砍，“这几棵大树在路边长了三十多年，街坊对它们都有"
                  "{run}感情。”"]},
        {"glued": True, "lines": ["树木迁移公示"], "title": "树木迁移公示",
         "body": [("row", "编号　树种　胸径　处理")]
         + [("row", f"{no}　{kind}　{cm}厘米　{act}") for no, kind, cm, act in TREES1]
         + [("row", f"公示期：{md(FROM1)}至{md(TO1)}")]},
    ],
}

# 2. Five pocket parks built this year, their streets and areas; the total area.
RARE = "\u3d89"  # 㶉, CJK Extension A: in GB18030, not in GBK
PARKS2 = [("银杏口袋公园", f"{RARE}溪街道", 860), ("书香园", "东门街道", 1240), ("槐荫小园", "南湖街道", 650),
          ("樱桃角", "西关街道", 1050), ("石榴园", "北站街道", 700)]
AREA2 = sum(a for *_, a in PARKS2)
assert AREA2 == 4500
DAY2 = date(2039, 4, 12)

POCKET_PAGE = {
    "name": "zh_gb18030_lf_greenery_page_pocket_parks_opened_story_byline_rare_char_in_street_name_caption_credit_running_head_midquote_indent_only_glued_pocket_park_list_header_row_square_metre_cells_count_and_total_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"渶川日报 2039-04-12 第6版 民生 (`{RARE}` U+3D89, CJK Extension A, in an invented street's name "
    f"`{RARE}溪街道`; in GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. An urban-greenery "
    f"page: the city opens {len(PARKS2)} pocket parks on spare corners (title with a full-width gap, the byline line "
    "`本报记者　濮　青`, a caption and its credit inside a sentence, a resident's “” quotation cut by the running head "
    "before `转转。”`), then, with no blank line, **the list `今年新建口袋公园`: a header row `名称　街道　面积`, five "
    "rows of a park, its street and an area with its unit (`860平方米`), and a total row with a count cell "
    f"`合计　{len(PARKS2)}处　{AREA2}平方米` (the sum computed)**; the list is an article, its head the title, each "
    "printed row a paragraph.",
    "date": "2039-04-12", "page": "6",
    "head": [f"渶川日报　　2039年4月12日　{weekday(DAY2)}", "第6版　民生　　责任编辑：谭　越"],
    "foot": ["渶川日报社　　新闻热线：0716-8243196"],
    "furniture": ["渶川日报", "2039年4月12日", weekday(DAY2), "第6版", "民生", "责任编辑：谭　越", "渶川日报·民生",
                  "渶川日报社", "新闻热线：0716-8243196"],
    "run": ["渶川日报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"边角地变身口袋公园　今年建成{len(PARKS2)}处", "本报记者　濮　青"],
         "title": f"边角地变身口袋公园　今年建成{len(PARKS2)}处",
         "byline": ["本报记者　濮　青", "濮　青", "濮青"],
         "captions": ["老人在书香园的树荫下下棋。"], "credits": ["（本报记者　濮　青　摄）"],
         "body": [f"城区今年利用拆违腾出的边角地建成{len(PARKS2)}个口袋公园，总面积{AREA2}平方米，最小的一处只有"
                  f"{min(a for *_, a in PARKS2)}平方米。",
                  f"位于{RARE}溪街道的银杏口袋公园种了二十多棵银杏，{{cap}}周边几个小区的居民走几步就能到。",
                  "家住东门街道的退休教师蒲秀芬说，以前下楼只能在停车场边上站一站，“现在吃完晚饭，天天都要去园里"
                  "{run}转转。”"]},
        {"glued": True, "lines": ["今年新建口袋公园"], "title": "今年新建口袋公园",
         "body": [("row", "名称　街道　面积")]
         + [("row", f"{name}　{street}　{a}平方米") for name, street, a in PARKS2]
         + [("row", f"合计　{len(PARKS2)}处　{AREA2}平方米")]},
    ],
}

# 3. Taiwan (Tainan): a typhoon fells street trees; fallen trees and broken branches by district, and the totals.
DIST3 = [("東區", 46, 120), ("南區", 38, 95), ("北區", 27, 81), ("安平區", 52, 143), ("中西區", 19, 66)]
FELL3 = sum(d[1] for d in DIST3)
BROKE3 = sum(d[2] for d in DIST3)
assert (FELL3, BROKE3) == (182, 505)
DAY3 = date(2039, 9, 6)

TYPHOON_PAGE = {
    "name": "zht_big5_cr_taiwan_parks_page_typhoon_street_trees_fallen_story_byline_caption_credit_running_head_midquote_glued_fallen_tree_count_table_header_row_district_cells_bare_counts_total_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澐海日報 2039-09-06 A5 地方 (`中華民國128年9月6日`, Tainan, Taiwan), Big5, CR; blank-line paragraphs, wrapped "
    f"at 20. A street-trees page: a typhoon fells {FELL3} street trees and breaks {BROKE3} branches across "
    f"{len(DIST3)} districts (title with a full-width gap, the byline line `記者柯語彤／臺南報導`, a caption and its "
    "credit inside a sentence, the parks section head's 「」 quotation cut by the running head before `清完。」`), then, "
    "with no blank line, **the table `各區倒樹統計`: a header row `行政區　倒樹　斷枝`, five rows of a district and two "
    f"bare counts (`東區　46　120`), and a total row `合計　{FELL3}　{BROKE3}` (the sums computed)**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2039-09-06", "page": "A5",
    "head": [f"澐海日報　中華民國128年9月6日　{weekday(DAY3)}", "A5　地方　　編輯：莊雅筑"],
    "foot": ["澐海日報社　讀者服務專線：(06)2731-584"],
    "furniture": ["澐海日報", "中華民國128年9月6日", weekday(DAY3), "A5", "地方", "編輯：莊雅筑", "澐海日報．地方",
                  "澐海日報社", "讀者服務專線：(06)2731-584"],
    "run": ["澐海日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"颱風過境　{FELL3}棵行道樹倒塌", "記者柯語彤／臺南報導"], "title": f"颱風過境　{FELL3}棵行道樹倒塌",
         "byline": ["記者柯語彤／臺南報導", "柯語彤"],
         "captions": ["工人以吊車將倒下的樹扶正。"], "credits": ["（記者柯語彤攝）"],
         "body": [f"颱風週末掃過臺南，市區{FELL3}棵行道樹倒塌，另有{BROKE3}處斷枝，多條道路一度封閉。",
                  f"倒樹最多的是安平區，共{DIST3[3][1]}棵，{{cap}}多數是根系較淺的黑板樹和小葉欖仁。",
                  "工務局公園管理科長溫宗翰說，「倒下的樹能扶正就扶正，救不回來的才移除，下週以前要全部"
                  "{run}清完。」"]},
        {"glued": True, "lines": ["各區倒樹統計"], "title": "各區倒樹統計",
         "body": [("row", "行政區　倒樹　斷枝")]
         + [("row", f"{d}　{f}　{b}") for d, f, b in DIST3]
         + [("row", f"合計　{FELL3}　{BROKE3}")]},
    ],
}

# 4. Hong Kong: a banyan falls on a car in Sham Shui Po; the street's trees assessed, the action from the risk.
ACTION4 = {"高": "移除", "中": "修剪", "低": "定期檢查"}
TREES4 = [("T01", "細葉榕", "高"), ("T02", "石栗", "中"), ("T03", "細葉榕", "高"), ("T04", "木棉", "低")]
HIGH4 = [t for t in TREES4 if t[2] == "高"]
assert len(HIGH4) == 2
DAY4 = date(2039, 6, 23)

RISK_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_trees_page_banyan_collapse_on_car_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_tree_risk_table_header_row_code_cells_one_char_risk_cells_action_cells_rule_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "灝港日報 2039-06-23 A8 社區 (Hong Kong), Big5-HKSCS (`冧 嘅 喺 咗 嚟`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A trees page in Cantonese: a banyan falls on a parked car in Sham Shui Po "
    "and the street's trees are assessed (title with a full-width gap, the byline line `記者　麥穎瑜`, a caption and "
    "its credit inside a sentence, a stallholder's 「」 quotation cut by the running head before `好彩。」`), then, with "
    "no blank line, **the table `樹木風險評估結果`: a header row `編號　品種　風險　跟進`, four rows of an ASCII tree code "
    "(`T01`), a species, a one-character risk (`高` / `中` / `低`) and an action computed from it, and a rule row "
    "`高風險樹木須14日內處理`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2039-06-23", "page": "A8",
    "head": [f"灝港日報　2039年6月23日　{weekday(DAY4)}", "A8　社區　　編輯：尹嘉敏"],
    "foot": ["灝港日報社　　新聞熱線：2836 1947"],
    "furniture": ["灝港日報", "2039年6月23日", weekday(DAY4), "A8", "社區", "編輯：尹嘉敏", "灝港日報．社區", "灝港日報社",
                  "新聞熱線：2836 1947"],
    "run": ["灝港日報．社區"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["深水埗細葉榕冧樹　壓中私家車", "記者　麥穎瑜"], "title": "深水埗細葉榕冧樹　壓中私家車",
         "byline": ["記者　麥穎瑜", "麥穎瑜"],
         "captions": ["工人鋸走壓喺車頂嘅樹幹。"], "credits": ["（麥穎瑜攝）"],
         "body": ["深水埗一棵細葉榕前晚突然冧落嚟，壓中一架泊喺路邊嘅私家車，車頂凹咗落去，幸好車入面冇人。",
                  f"康文署派人評估咗成條街嘅樹，搵到{len(HIGH4)}棵高風險，{{cap}}會喺兩個星期內移除。",
                  "喺樹下開報紙檔嘅陳伯話，「嗰陣我啱啱收咗檔，如果遲十分鐘，冧落嚟就砸中我，真係"
                  "{run}好彩。」"]},
        {"glued": True, "lines": ["樹木風險評估結果"], "title": "樹木風險評估結果",
         "body": [("row", "編號　品種　風險　跟進")]
         + [("row", f"{code}　{kind}　{risk}　{ACTION4[risk]}") for code, kind, risk in TREES4]
         + [("row", "高風險樹木須14日內處理")]},
    ],
}

# 5. Singapore: a new northern park connector in four segments, their lengths to a tenth of a kilometre; the total.
SEG5 = [("兀兰—三巴旺", 32), ("三巴旺—义顺", 27), ("义顺—实里达", 35), ("实里达—榜鹅", 21)]  # tenths of a km
LEN5 = sum(t for _, t in SEG5)
assert LEN5 == 115


def km(tenths):
    return f"{tenths // 10}.{tenths % 10}公里"


DAY5 = date(2039, 5, 18)

CONNECTOR_PAGE = {
    "name": "zh_utf8_bom_crlf_singapore_parks_page_park_connector_opened_story_byline_caption_credit_running_head_midquote_glued_segment_table_header_row_em_dash_place_pairs_decimal_km_cells_total_length_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "狮岸日报 2039-05-18 第5版 本地 (Singapore), UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 21. A "
    f"parks page: a northern park connector of {len(SEG5)} segments opens (title with a full-width gap, the byline line "
    "`记者　梁诗颖`, a caption and its credit inside a sentence, a cyclist's “” quotation cut by the running head before "
    "`安心。”`), then, with no blank line, **the table `北部连道路段`: a header row `路段　长度`, four rows of a pair of "
    "places joined by an em dash (`兀兰—三巴旺`) and a length to a tenth (`3.2公里`), and a total row "
    f"`全长　{km(LEN5)}` (the sum computed in tenths)**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2039-05-18", "page": "5",
    "head": [f"狮岸日报　　2039年5月18日　{weekday(DAY5)}", "第5版　本地　　编辑：郑伟杰"],
    "foot": ["狮岸日报社　　新闻热线：6427 1385"],
    "furniture": ["狮岸日报", "2039年5月18日", weekday(DAY5), "第5版", "本地", "编辑：郑伟杰", "狮岸日报·本地",
                  "狮岸日报社", "新闻热线：6427 1385"],
    "run": ["狮岸日报·本地"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"北部新连道开通　全长{km(LEN5)}", "记者　梁诗颖"], "title": f"北部新连道开通　全长{km(LEN5)}",
         "byline": ["记者　梁诗颖", "梁诗颖"],
         "captions": ["骑脚踏车的公众经过新连道。"], "credits": ["（梁诗颖摄）"],
         "body": [f"连接兀兰和榜鹅的北部公园连道本周六开通，全长{km(LEN5)}，步行和骑脚踏车的公众不必再走大路。",
                  "连道两旁种了雨树和黄焰木，{cap}沿途设有饮水机和休息亭。",
                  "住在义顺的黄先生常骑车上班，他说，“以前要骑上大路，现在一路都有树荫，周末带孩子出来也很"
                  "{run}安心。”"]},
        {"glued": True, "lines": ["北部连道路段"], "title": "北部连道路段",
         "body": [("row", "路段　长度")]
         + [("row", f"{seg}　{km(t)}") for seg, t in SEG5]
         + [("row", f"全长　{km(LEN5)}")]},
    ],
}

# 6. Fallen leaves left unswept on four roads for three weeks; the roads, their trees and the dates.
ROADS6 = ["银杏大道", "梧桐路", "枫林路", "学院路"]
KINDS6 = ["银杏", "悬铃木", "红枫", "银杏"]
DAY6 = date(2039, 11, 8)
FROM6, TO6 = date(2039, 11, 10), date(2039, 11, 30)
assert FROM6 > DAY6 and (TO6 - FROM6).days == 20

LEAVES_PAGE = {
    "name": "zh_utf16le_bom_lf_greenery_page_fallen_leaves_left_unswept_story_byline_caption_credit_running_head_midquote_indent_only_glued_leaf_roads_list_header_row_date_range_cells_weather_exception_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "潆城日报 2039-11-08 第3版 生活, UTF-16 LE with BOM, LF; indent-only paragraphs, wrapped at 22. An "
    f"urban-greenery page: the city leaves the fallen leaves unswept on {len(ROADS6)} roads for three weeks (title with "
    "a full-width gap, the byline line `本报记者　殷　枫`, a caption and its credit inside a sentence, a street "
    "sweeper's “” quotation cut by the running head before `滑倒。”`), then, with no blank line, **the list "
    "`落叶景观道路`: a header row `路名　树种　保留时间`, four rows of a road, its tree and a date range "
    f"`{md(FROM6)}至{md(TO6)}` (after the page's date, asserted), and an exception row `雨雪天气照常清扫`**; the list "
    "is an article, its head the title, each printed row a paragraph.",
    "date": "2039-11-08", "page": "3",
    "head": [f"潆城日报　　2039年11月8日　{weekday(DAY6)}", "第3版　生活　　责任编辑：苗　澄"],
    "foot": ["潆城日报社出版　　新闻热线：0557-3619428"],
    "furniture": ["潆城日报", "2039年11月8日", weekday(DAY6), "第3版", "生活", "责任编辑：苗　澄", "潆城日报·生活",
                  "潆城日报社出版", "新闻热线：0557-3619428"],
    "run": ["潆城日报·生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{len(ROADS6)}条路落叶不扫　留给市民赏秋", "本报记者　殷　枫"],
         "title": f"{len(ROADS6)}条路落叶不扫　留给市民赏秋",
         "byline": ["本报记者　殷　枫", "殷　枫", "殷枫"],
         "captions": ["银杏大道上铺满金黄的落叶。"], "credits": ["（本报记者　殷　枫　摄）"],
         "body": [f"市城管局昨天公布，{md(FROM6)}起，银杏大道等{len(ROADS6)}条路的人行道落叶暂不清扫，保留三个星期。",
                  "车行道上的落叶仍然每天清走，{cap}人行道上的落叶只做整理，不再装车运走。",
                  "在银杏大道扫了十年马路的环卫工人覃大姐说，“落叶留着好看，我们就得多巡几遍，可不能让人"
                  "{run}滑倒。”"]},
        {"glued": True, "lines": ["落叶景观道路"], "title": "落叶景观道路",
         "body": [("row", "路名　树种　保留时间")]
         + [("row", f"{road}　{kind}　{md(FROM6)}至{md(TO6)}") for road, kind in zip(ROADS6, KINDS6)]
         + [("row", "雨雪天气照常清扫")]},
    ],
}

# 7. Tigre (Latin script): Akordat plants trees along its streets; the nursery's seedlings by kind and the total.
SEED7 = [("Neem", 1800), ("Acacia", 900), ("Sesbania", 650), ("Moringa", 450)]
TOTAL7 = sum(n for _, n in SEED7)
assert TOTAL7 == 3800
DAY7 = date(2039, 3, 22)

SEEDLING_PAGE = {
    "name": "tig_latin1_lf_tigre_greenery_page_akordat_street_trees_planted_story_byline_ascii_hyphen_dateline_guillemet_quote_caption_credit_running_head_midquote_glued_seedling_list_header_row_thousands_comma_counts_total_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Qal Akordat (an invented Tigre weekly in the Latin script, Akordat, Eritrea) 2039-03-22 Page 4 Environment, "
    "Latin-1 (`« » ·`; no curly quotes and no en dash in the encoding), LF; blank-line paragraphs, wrapped at 38 with "
    f"hyphenation. A Tigre greenery page: the town's nursery hands out {TOTAL7:,} seedlings for its streets (title "
    "over two lines, byline line `Ab: Amna Hamid`, the dateline `AKORDAT -` with an ASCII hyphen opening the lead, a "
    "caption and its credit inside a sentence, the nursery head's « » quotation cut by the running head before "
    "`gesmat.»`), then, with no blank line, **the list `Nursery Akordat`: a header row `Es Hasab`, four rows of a "
    f"kind and a count with a thousands comma (`Neem 1,800`), and a total row `Kellu {TOTAL7:,}` (the sum "
    "computed)**; the list is an article, its head the title, each printed row a paragraph (one space kept between "
    "cells).",
    "date": "2039-03-22", "page": "4",
    "head": [f"QAL AKORDAT · {english(DAY7)} · Page 4", "Environment · Editor: Idris Mahmud"],
    "foot": ["Qal Akordat · qal@akordat.example.er"],
    "furniture": ["QAL AKORDAT", english(DAY7), "Page 4", "Environment", "Editor: Idris Mahmud",
                  "Qal Akordat · Environment", "Qal Akordat", "qal@akordat.example.er"],
    "run": ["Qal Akordat · Environment"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": [f"Akordat {TOTAL7:,} es", "dib shewari taterakba", "Ab: Amna Hamid"],
         "title": f"Akordat {TOTAL7:,} es dib shewari taterakba",
         "byline": ["Ab: Amna Hamid", "Amna Hamid"],
         "captions": ["Wedad ab shewari es latekelo."], "credits": ["Sura: Osman Saleh"],
         "body": [f"AKORDAT - Ma~ka~tab ha~ga~ri Akordat {TOTAL7:,} es min nursery ab a~dam la~ha~ba, wa "
                  "she~wa~ri ha~ga~ri la~te~ke~lo ha~le~wo.",
                  f"Neem {SEED7[0][1]:,} ta~te~ha~ba, {{cap}}wa ha~ga~ri ma~ya ab ke~lla~m la~fa~reg.",
                  "Nursery ra~is, Mahmud Ali, ballat: «Es ab gesmat dib ashri sanat la~ba~ter, ab ha~ga~rna "
                  "zalal wa {run}gesmat.»"]},
        {"glued": True, "lines": ["Nursery Akordat"], "title": "Nursery Akordat",
         "body": [("row", ramp((12, 8), "Es", "Hasab"))]
         + [("row", ramp((12, 8), kind, f"{n:,}")) for kind, n in SEED7]
         + [("row", ramp((12, 8), "Kellu", f"{TOTAL7:,}"))]},
    ],
}

# 8. Hadiyya: Hosaena's town park reopens; the entry fees, children under seven free.
FEES8 = [("Lammoo", 30), ("Rosaanchoo", 15), ("Ollakki", 10)]
FREE8 = 7
DAY8 = date(2039, 1, 25)
assert FEES8 == sorted(FEES8, key=lambda f: -f[1])

FEE_PAGE = {
    "name": "hdy_utf16be_bom_cr_hadiyya_parks_page_hosaena_town_park_reopened_story_byline_dateline_caption_credit_running_head_midquote_glued_entry_fee_list_header_row_birr_cells_free_under_seven_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Hosaana Odim (an invented Hadiyya weekly, Hosaena, Ethiopia) 2039-01-25 Page 7 Culture, UTF-16 BE with BOM "
    "(a Latin page; `“ ” – · '`), CR; blank-line paragraphs, wrapped at 40 with hyphenation. A Hadiyya parks page: the "
    "town park reopens after a year's work, with entry fees (title over two lines, byline line `Bi: Tigist Lombebo`, "
    "the dateline `HOSAANA –` opening the lead, a caption and its credit inside a sentence, the park manager's “” "
    "quotation cut by the running head before `ba'isookko.”`), then, with no blank line, **the list `Paarkii "
    "Eeshshi`: a header row `Mano Birr`, three rows of a kind of visitor and a fee in birr (`Lammoo 30`), and a "
    f"free row `{FREE8} ollakki gaari: mullo`**; the list is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2039-01-25", "page": "7",
    "head": [f"HOSAANA ODIM · {english(DAY8)} · Page 7", "Culture · Editor: Abebe Hankamo"],
    "foot": ["Hosaana Odim · odim@hosaana.example.et"],
    "furniture": ["HOSAANA ODIM", english(DAY8), "Page 7", "Culture", "Editor: Abebe Hankamo",
                  "Hosaana Odim · Culture", "Hosaana Odim", "odim@hosaana.example.et"],
    "run": ["Hosaana Odim · Culture"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Hosaana paarkii", "haqqi gaxxi kaa'isse", "Bi: Tigist Lombebo"],
         "title": "Hosaana paarkii haqqi gaxxi kaa'isse",
         "byline": ["Bi: Tigist Lombebo", "Tigist Lombebo"],
         "captions": ["Manna paarkii haqqi giddo."], "credits": ["Fooqo: Daniel Ersado"],
         "body": [f"HOSAANA – Hosaana paarkii mato ka~ha~nne giddo sha~mmi~ta~mmo~hi~ne, xa~'i~mi ga~xxi ka'i~sse; "
                  f"lammoo {FEES8[0][1]} Birr ee~shsha~kko.",
                  f"Ollakki {FREE8} gaarinne mullo ee~shsha~kko, ro~saa~ncho~o {FEES8[1][1]} Birr, {{cap}}ollakki "
                  f"wo~ro~o {FEES8[2][1]} Birr.",
                  "Paarkii ama~ra~ancho, Lemma Hanfore, yee: “Haqqi ha~ndaaro ee~shshi, ama xa~'i~mi~nne manni "
                  "{run}ba'isookko.”"]},
        {"glued": True, "lines": ["Paarkii Eeshshi"], "title": "Paarkii Eeshshi",
         "body": [("row", ramp((12, 6), "Mano", "Birr"))]
         + [("row", ramp((12, 6), who, str(fee))) for who, fee in FEES8]
         + [("row", f"{FREE8} ollakki gaari: mullo")]},
    ],
}

# 9. Fipa: schools' tree-planting contest in Sumbawanga; trees planted, alive after a year, the share and the winner.
SCHOOLS9 = [("Katandala", 400, 352), ("Mazwi", 250, 200), ("Kizwite", 320, 304), ("Majengo", 150, 111)]
assert all(alive * 100 % planted == 0 for _, planted, alive in SCHOOLS9)


def pct(planted, alive):
    return f"{alive * 100 // planted}%"


WINNER9 = max(SCHOOLS9, key=lambda s: s[2] / s[1])[0]
assert WINNER9 == "Kizwite"
DAY9 = date(2039, 12, 13)

SURVIVAL_PAGE = {
    "name": "fip_macroman_crlf_fipa_greenery_page_sumbawanga_schools_tree_contest_story_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_glued_survival_table_header_row_percent_cells_winner_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "   ", "blank": False,
    "note": "Ilisyu lya Rukwa (an invented Fipa weekly, Sumbawanga, Tanzania) 2039-12-13 Page 3 Mazingira, Mac Roman "
    "(`“ ” – ·`), CRLF; **indent-only paragraphs (three spaces, no blank lines)**, wrapped at 40 with hyphenation. A "
    f"Fipa greenery page: {len(SCHOOLS9)} schools' trees counted a year after planting, `{WINNER9}` the winner (title "
    "over two lines, byline line `Na: Yohana Sichone`, the dateline `SUMBAWANGA –` opening the lead, a caption and its "
    "credit inside a sentence, the head teacher's “” quotation cut by the running head before `ichisima.”`), then, "
    "with no blank line, **the table `Imiti ya mashule`: a header row `Ishule Yapandwa Yaikala Asilimia`, four rows "
    "of a school, two counts and an exact share with a percent sign (`88%`), and a winner row "
    f"`Mshindi: {WINNER9}` (shares and winner computed)**; the table is an article, its head the title, each printed "
    "row a paragraph (one space kept between cells).",
    "date": "2039-12-13", "page": "3",
    "head": [f"ILISYU LYA RUKWA · {english(DAY9)} · Page 3", "Mazingira · Editor: Paulo Kasanga"],
    "foot": ["Ilisyu lya Rukwa · ilisyu@rukwa.example.tz"],
    "furniture": ["ILISYU LYA RUKWA", english(DAY9), "Page 3", "Mazingira", "Editor: Paulo Kasanga",
                  "Ilisyu lya Rukwa · Mazingira", "Ilisyu lya Rukwa", "ilisyu@rukwa.example.tz"],
    "run": ["Ilisyu lya Rukwa · Mazingira"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": [f"Ishule lya {WINNER9}", "lyatola umuti wa imiti", "Na: Yohana Sichone"],
         "title": f"Ishule lya {WINNER9} lyatola umuti wa imiti",
         "byline": ["Na: Yohana Sichone", "Yohana Sichone"],
         "captions": ["Aana yasila imiti ku ishule."], "credits": ["Picha: Festo Mwanakatwe"],
         "body": [f"SUMBAWANGA – Amashule {len(SCHOOLS9)} ya~ma~pa~ndi~le imiti mu~mwa~ka wa~la~pi~ta, "
                  f"na ku~mpe~ra~ra kwa mwaka ishule lya {WINNER9} lya~li~na imiti {SCHOOLS9[2][2]} ya~ikala.",
                  f"Imiti {SCHOOLS9[2][1]} ya~li~pa~ndwa ku {WINNER9}, {{cap}}na aana yali~ya~si~la ma~nzi "
                  "insiku zyonsi.",
                  "Mwalimu mkulu, Agnes Kapufi, ali~ye~ne~ye: “Aana yasila imiti ngati yaana yaao, "
                  "po~pa~no ya~ka~nda~a {run}ichisima.”"]},
        {"glued": True, "lines": ["Imiti ya mashule"], "title": "Imiti ya mashule",
         "body": [("row", ramp((11, 9, 9, 10), "Ishule", "Yapandwa", "Yaikala", "Asilimia"))]
         + [("row", ramp((11, 9, 9, 10), name, str(p), str(a), pct(p, a))) for name, p, a in SCHOOLS9]
         + [("row", f"Mshindi: {WINNER9}")]},
    ],
}

# 10. Nsenga: a chiefdom near Petauke bans cutting trees for charcoal; the fines and the day they start.
FINES10 = [("Kutema muti", 1500), ("Kupanga makala", 3000), ("Kuocha thengo", 5000)]
DAY10 = date(2039, 2, 16)
START10 = date(2039, 3, 1)
assert START10 > DAY10 and FINES10 == sorted(FINES10, key=lambda f: f[1])

FINE_PAGE = {
    "name": "nse_cp1252_cr_nsenga_trees_page_petauke_charcoal_cutting_ban_story_byline_dateline_caption_credit_running_head_midquote_glued_fines_list_header_row_kwacha_prefix_cells_start_date_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Mau a Petauke (an invented Nsenga weekly, Petauke, Zambia) 2039-02-16 Page 2 Provincial, cp1252 (`“ ” – ·`), "
    "CR; blank-line paragraphs, wrapped at 38 with hyphenation. An Nsenga trees page: a chiefdom bans cutting trees "
    "for charcoal near the river and sets fines (title over two lines, byline line `Ndi: Esther Banda`, the dateline "
    "`PETAUKE –` opening the lead, a caption and its credit inside a sentence, the headman's “” quotation cut by the "
    "running head before `mvula.”`), then, with no blank line, **the list `Cindapusa`: a header row `Mulandu Malipilo`, "
    "three rows of an offence of two words and a fine with a kwacha prefix and a thousands comma (`K1,500`), and a "
    f"start row `Kuyamba: {START10.day} March {START10.year}` (after the page's date, asserted)**; the list is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2039-02-16", "page": "2",
    "head": [f"MAU A PETAUKE · {english(DAY10)} · Page 2", "Provincial · Editor: Moses Phiri"],
    "foot": ["Mau a Petauke · mau@petauke.example.zm"],
    "furniture": ["MAU A PETAUKE", english(DAY10), "Page 2", "Provincial", "Editor: Moses Phiri",
                  "Mau a Petauke · Provincial", "Mau a Petauke", "mau@petauke.example.zm"],
    "run": ["Mau a Petauke · Provincial"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ufumu waletsa", "kutema mitengo ya makala", "Ndi: Esther Banda"],
         "title": "Ufumu waletsa kutema mitengo ya makala",
         "byline": ["Ndi: Esther Banda", "Esther Banda"],
         "captions": ["Mitengo yatemewa pafupi na mtsinje."], "credits": ["Cithunzi: Peter Mwale"],
         "body": ["PETAUKE – Ufumu wa pafupi na Petauke wa~le~tsa ku~te~ma mitengo ya makala pafupi na mtsinje, "
                  f"ku~ya~mbi~ra pa {START10.day} March.",
                  f"Munthu wa~ku~te~ma muti a~ka~li~pi~ra K{FINES10[0][1]:,}, {{cap}}na wa~ku~o~cha thengo "
                  f"K{FINES10[2][1]:,}.",
                  "Nduna Jackson Zulu a~na~ti: “Mitengo ikasila, mtsinje uka~u~ma, ndipo tika~so~wa~na "
                  "na {run}mvula.”"]},
        {"glued": True, "lines": ["Cindapusa"], "title": "Cindapusa",
         "body": [("row", ramp((16, 10), "Mulandu", "Malipilo"))]
         + [("row", ramp((16, 10), what, f"K{fine:,}")) for what, fine in FINES10]
         + [("row", f"Kuyamba: {START10.day} March {START10.year}")]},
    ],
}

PAGES = [NOTICE_PAGE, POCKET_PAGE, TYPHOON_PAGE, RISK_PAGE, CONNECTOR_PAGE, LEAVES_PAGE, SEEDLING_PAGE, FEE_PAGE,
         SURVIVAL_PAGE, FINE_PAGE]
