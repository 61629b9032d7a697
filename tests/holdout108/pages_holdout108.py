"""The text of every holdout108 page, written once: make_holdout108_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-107 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a subhead inside a box or notice (a gold heading); `("end", line)` a printed
line that is no paragraph of the gold (a notice's issuer, who signs it, or an answerer's line: the byline). `{cap}`
drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split
at a line end. The Latin box rows are padded to their columns by `aligned()` (holdout98's helper, as holdout99-107
copied it), so the printed spacing is reproducible. All papers, utilities, firms, offices, people, prices, tariffs,
figures, telephone numbers and events are invented; real places (towns, districts, villages and the estates of a
Johor suburb) are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


TINGDIAN = {
    "name": "zh_gbk_crlf_power_page_summer_peak_line_maintenance_story_kicker_title_byline_caption_credit_running_head_midsentence_glued_tingdian_jihua_schedule_header_date_time_area_line_rows_note_row_hotline_row_issuer_signature_date_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "泾澜日报 2030-05-14 第6版 便民服务, GBK, CRLF; blank-line paragraphs, wrapped at 22. A power page: the "
    "invented city's supply company overhauls four 10 kV lines before the summer peak (the kicker `迎峰度夏` over the "
    "title, the byline line `本报记者　蔺　澄`, a caption and its credit inside a sentence, the running head before the "
    "last words `通知为准。`), then, with no blank line under its last line, the schedule `泾澜供电公司停电计划`: a "
    "header row `日期　时间　停电区域　线路`, four rows of a date, hours `8:00—16:00`, an area and a feeder line "
    "`10kV桃源线`, a note row `如遇雨天，检修顺延。`, a hotline row, the issuer's line (the byline, none accepted) "
    "and the date row; the schedule is an article, its head the title, each printed row a paragraph.",
    "date": "2030-05-14", "page": "6",
    "head": ["泾澜日报　　2030年5月14日　星期二", "第6版　便民服务　　责任编辑：郦　禾"],
    "foot": ["泾澜日报社出版　　新闻热线：0597-3326180"],
    "furniture": ["泾澜日报", "2030年5月14日", "星期二", "第6版", "便民服务", "责任编辑：郦　禾", "泾澜日报·便民服务",
                  "泾澜日报社出版", "新闻热线：0597-3326180"],
    "run": ["泾澜日报·便民服务"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["迎峰度夏", "城区配电线路本月集中检修", "本报记者　蔺　澄"],
         "kicker": ["迎峰度夏", None], "title": "城区配电线路本月集中检修",
         "byline": ["本报记者　蔺　澄", "蔺　澄", "蔺澄"],
         "captions": ["供电工人在桃源线上更换老旧开关。"], "credits": ["本报记者　蔺　澄　摄"],
         "body": ["记者从泾澜供电公司获悉，为迎接夏季用电高峰，供电公司将在5月下旬对城区四条10千伏线路集中检修，"
                  "更换老旧开关和导线，部分小区和商铺将短时停电。",
                  "供电公司运维检修部主任鄢立平介绍，今年的检修尽量安排在白天用电较少的时段，{cap}每次停电不超过"
                  "八小时，工程提前完成的将提前恢复送电。",
                  "供电公司提醒，停电期间请用户关闭家用电器，不要私接发电机。如遇雨天，检修将顺延，具体时间以"
                  "供电公司短信{run}通知为准。"]},
        {"glued": True, "lines": ["泾澜供电公司停电计划"], "title": "泾澜供电公司停电计划",
         "byline": ["泾澜供电公司", None],
         "body": [("row", "日期　时间　停电区域　线路"),
                  ("row", "5月21日　8:00—16:00　桃源小区　10kV桃源线"),
                  ("row", "5月22日　8:30—15:30　北门街东段　10kV北门线"),
                  ("row", "5月24日　9:00—17:00　江滨花园　10kV江滨线"),
                  ("row", "5月27日　8:00—14:00　工业路沿线　10kV工业线"),
                  ("row", "如遇雨天，检修顺延。"),
                  ("row", "停电咨询：0597-3361958"),
                  ("end", "泾澜供电公司"),
                  ("row", "2030年5月13日")]},
    ],
}

QIJIA = {
    "name": "zh_gb18030_lf_prices_page_household_gas_price_rise_story_byline_rare_char_caption_credit_running_head_midquote_glued_tiaojia_gonggao_notice_intro_header_tier_annual_use_old_new_price_rows_issuer_signature_date_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "涟州晚报 2030-06-14 第5版 价格周刊, GB18030 (`\U0002c79f` U+2C79F in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A prices page: household piped gas goes up from 1 July after a hearing "
    "(title, the byline line, a caption and its credit inside a sentence, a resident's “” quotation cut by the "
    "running head before `接受。”`), then, with no blank line, the notice `关于调整居民管道天然气销售价格的公告`: an "
    "introductory paragraph, a header row `档次　年用气量　现行价格　调整后价格`, three tier rows (annual use in "
    "cubic metres, the current and the new price), a rule paragraph, `特此公告。`, the issuer's line (the byline, "
    "none accepted) and the date row; the notice is an article, its head the title, each printed row a paragraph.",
    "date": "2030-06-14", "page": "5",
    "head": ["涟州晚报　　2030年6月14日　星期五", "第5版　价格周刊　　责任编辑：戚　岚"],
    "foot": ["涟州晚报社　　民生热线：0578-2214630"],
    "furniture": ["涟州晚报", "2030年6月14日", "星期五", "第5版", "价格周刊", "责任编辑：戚　岚", "涟州晚报·价格周刊",
                  "涟州晚报社", "民生热线：0578-2214630"],
    "run": ["涟州晚报·价格周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["居民管道气7月起调价　第一档每方涨1角5", "本报记者　滕　\U0002c79f"],
         "title": "居民管道气7月起调价　第一档每方涨1角5",
         "byline": ["本报记者　滕　\U0002c79f", "滕　\U0002c79f", "滕\U0002c79f"],
         "captions": ["燃气公司员工上门检查居民家中的燃气表。"], "credits": ["本报记者　滕　\U0002c79f　摄"],
         "body": ["记者从市发展和改革委员会获悉，经过价格听证，我市居民管道天然气阶梯价格将从7月1日起调整，第一档"
                  "每立方米由2.85元调至3.00元，第二档、第三档同步上调。",
                  "市发改委价格科负责人介绍，这次调价主要是因为上游门站价格上涨。按去年的用气数据测算，{cap}约八成"
                  "居民家庭的年用气量在第一档以内，每户每月平均多支出四元左右。",
                  "低保家庭和特困人员每户每年仍可享受120立方米的优惠气量。家住桥西社区的邱桂兰说，她家一年用气两百"
                  "多立方米，“一个月多花几块钱，还能{run}接受。”"]},
        {"glued": True, "lines": ["关于调整居民管道天然气销售价格的公告"], "title": "关于调整居民管道天然气销售价格的公告",
         "byline": ["涟州市发展和改革委员会", None],
         "body": ["经市人民政府批准，我市居民管道天然气阶梯价格自2030年7月1日起调整，具体如下：",
                  ("row", "档次　年用气量　现行价格　调整后价格"),
                  ("row", "第一档　0—300立方米　2.85元　3.00元"),
                  ("row", "第二档　301—600立方米　3.40元　3.60元"),
                  ("row", "第三档　600立方米以上　4.25元　4.50元"),
                  "学校、养老机构等执行居民气价的非居民用户，按第一档价格执行。非居民用气价格另行公布。",
                  "特此公告。",
                  ("end", "涟州市发展和改革委员会"),
                  ("row", "2030年6月12日")]},
    ],
}

GONGNUAN = {
    "name": "zh_utf16be_bom_crlf_heating_page_heating_season_start_story_tight_head_benbaoxun_caption_credit_running_head_midquote_glued_gongnuan_fuwu_rexian_hotline_box_header_company_area_number_rows_note_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "漳北晚报 2030-11-08 第7版 暖冬行动, UTF-16 BE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A "
    "heating page: district heating starts on the 15th and the pipes are filled from today (the title directly above "
    "a lead opened by `本报讯（记者　燕　宁）`, a caption and its credit inside a sentence, an old resident's “” "
    "quotation cut by the running head before `添煤了。”`), then, with no blank line, the box `供暖服务热线`: a header "
    "row `供热单位　服务区域　报修电话`, four rows of a heating company (the last the city's supervising office), "
    "the areas it serves and its number, and a note row `以上电话24小时受理报修。`; the box is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2030-11-08", "page": "7",
    "head": ["漳北晚报　　2030年11月8日　星期五", "第7版　暖冬行动　　责任编辑：晏　舒"],
    "foot": ["漳北晚报社　　新闻热线：0313-6058214"],
    "furniture": ["漳北晚报", "2030年11月8日", "星期五", "第7版", "暖冬行动", "责任编辑：晏　舒", "漳北晚报·暖冬行动",
                  "漳北晚报社", "新闻热线：0313-6058214"],
    "run": ["漳北晚报·暖冬行动"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["15日零时起正式供暖　热网今起注水试压"], "title": "15日零时起正式供暖　热网今起注水试压", "tight": True,
         "byline": [None, "记者　燕　宁", "燕　宁", "燕宁"],
         "captions": ["热力公司工人在城北换热站调试设备。"], "credits": ["燕　宁　摄"],
         "body": ["本报讯（记者　燕　宁）记者昨天从市城市管理局获悉，今年全市集中供暖将于11月15日零时开始，到明年"
                  "3月15日结束，供暖面积比去年增加约六十万平方米。",
                  "从今天起，各供热单位陆续向热网注水试压，{cap}居民家中如发现暖气片或管道漏水，应立即关闭阀门，并拨打"
                  "所属供热单位的热线报修。",
                  "今年新接入集中供暖的老旧小区有十一个。家住北园小区的栾大爷说，以前冬天靠小煤炉取暖，“今年终于"
                  "用上暖气了，再也不用半夜起来{run}添煤了。”"]},
        {"glued": True, "lines": ["供暖服务热线"], "title": "供暖服务热线",
         "body": [("row", "供热单位　服务区域　报修电话"),
                  ("row", "城北热力公司　城北区　6213340"),
                  ("row", "滨河热电公司　滨河新区　6287715"),
                  ("row", "南郊供热站　南郊、开发区　6245096"),
                  ("row", "市供热管理办公室　全市　6200125"),
                  ("row", "以上电话24小时受理报修。")]},
    ],
}

GUANGDIAN = {
    "name": "zht_big5_crlf_taiwan_energy_page_fishery_solar_farm_grid_connection_story_byline_line_caption_credit_running_head_midquote_glued_anchang_xiaodangan_fact_box_labelled_lines_capacity_output_households_investment_source_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "澐南日報 2030-03-20 B2 地方產經 (`中華民國119年3月20日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan energy page: a fishery-and-solar farm over fish ponds on the 布袋 coast is connected to the grid "
    "(title, the byline line `記者蔡雨彤／嘉義報導`, a caption and its credit inside a sentence, a fish farmer's 「」 "
    "quotation cut by the running head before `高。」`), then, with no blank line, the fact box `案場小檔案`: six "
    "labelled lines `開發商：…`, `裝置容量：86MW`, `年發電量：約1.1億度`, `可供家庭：約3萬戶` … and a source row "
    "`資料來源：…`; the box is an article, its head the title, each printed line a paragraph, the source row last.",
    "date": "2030-03-20", "page": "B2",
    "head": ["澐南日報　中華民國119年3月20日　星期三", "B2　地方產經　　編輯：鄭宜蓁"],
    "foot": ["澐南日報社　讀者服務專線：(05)347-2086"],
    "furniture": ["澐南日報", "中華民國119年3月20日", "星期三", "B2", "地方產經", "編輯：鄭宜蓁", "澐南日報．地方產經",
                  "澐南日報社", "讀者服務專線：(05)347-2086"],
    "run": ["澐南日報．地方產經"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["魚塭上架光電板　漁電共生案場併網", "記者蔡雨彤／嘉義報導"], "title": "魚塭上架光電板　漁電共生案場併網",
         "byline": ["記者蔡雨彤／嘉義報導", "蔡雨彤"],
         "captions": ["布袋沿海魚塭上方的太陽光電板。"], "credits": ["（記者蔡雨彤攝）"],
         "body": ["嘉義縣布袋沿海一處漁電共生案場昨天正式併網發電。魚塭上方架設太陽光電板，下方照常養殖虱目魚和白蝦，"
                  "是縣內目前規模最大的漁電共生案場。",
                  "開發商日澐能源總經理彭國榮表示，案場面積約一百二十公頃，{cap}光電板只覆蓋魚塭四成左右，保留足夠的"
                  "日照，養殖不受影響。",
                  "漁民黃清泉把魚塭租給開發商，自己仍在塭上養魚。他說，每年多了一筆租金，「光電板還能替魚擋一點"
                  "太陽，夏天水溫比較不會太{run}高。」"]},
        {"glued": True, "lines": ["案場小檔案"], "title": "案場小檔案",
         "body": [("row", "開發商：日澐能源股份有限公司"),
                  ("row", "地點：嘉義縣布袋鎮沿海魚塭"),
                  ("row", "面積：約120公頃"),
                  ("row", "裝置容量：86MW"),
                  ("row", "年發電量：約1.1億度"),
                  ("row", "可供家庭：約3萬戶"),
                  ("row", "資料來源：日澐能源")]},
    ],
}

DIANFEI = {
    "name": "zht_big5hkscs_lf_hong_kong_utilities_page_summer_power_bills_story_cantonese_byline_caption_credit_running_head_midsentence_glued_yongdian_xinxiang_qa_label_head_question_signed_jieda_answerer_line_post_then_name",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鯉岸日報 2030-08-06 A9 港聞 (an invented Hong Kong daily), Big5-HKSCS (`嘅 喺 咗 哋`; in neither cp950 "
    "nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong utilities page in Cantonese: a heatwave sends "
    "July's electricity bills up (title, the byline line `記者　岑穎芝`, a caption and its credit inside a sentence, a "
    "housewife's 「」 words, the running head before the last word `查詢。`), then, with no blank line, the readers' "
    "column: the label `用電信箱` (the section; kicker or none accepted), its head, the reader's question opened by "
    "`問：` and signed `（將軍澳　何先生）` at its end, **the answerer's line `解答：客戶服務部高級工程師　麥志康` "
    "(label, post, then name) between question and answer** (the byline; without its label, and the name alone, "
    "accepted), then the answer in two paragraphs with no label of their own.",
    "date": "2030-08-06", "page": "A9",
    "head": ["鯉岸日報　2030年8月6日　星期二", "A9　港聞　　編輯：龐凱琳"],
    "foot": ["鯉岸日報社　　讀者熱線：2618 4073"],
    "furniture": ["鯉岸日報", "2030年8月6日", "星期二", "A9", "港聞", "編輯：龐凱琳", "鯉岸日報．港聞", "鯉岸日報社",
                  "讀者熱線：2618 4073"],
    "run": ["鯉岸日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["熱浪夾擊　七月電費單貴咗三成", "記者　岑穎芝"], "title": "熱浪夾擊　七月電費單貴咗三成",
         "byline": ["記者　岑穎芝", "岑穎芝"],
         "captions": ["大廈外牆嘅冷氣機日夜運行。"], "credits": ["（岑穎芝攝）"],
         "body": ["上個月連續十幾日酷熱，好多市民收到七月電費單都嚇咗一跳。電力公司數字顯示，住宅用戶平均用電量比"
                  "去年同期多咗三成。",
                  "住喺黃大仙嘅陳太話，屋企冷氣由朝開到晚，{cap}電費由平時四百幾蚊升到六百幾蚊，「都唔知係咪個錶"
                  "有問題」。",
                  "消費者團體建議，市民可以將冷氣調高一兩度，並留意電費單上嘅讀數係咪「估計讀數」，有懷疑就應該"
                  "盡快向電力公司{run}查詢。"]},
        {"glued": True, "lines": ["用電信箱", "電費單寫住「估計讀數」　係咪唔準？"],
         "section": ["用電信箱", None], "kicker": [None, "用電信箱"], "title": "電費單寫住「估計讀數」　係咪唔準？",
         "byline": ["解答：客戶服務部高級工程師　麥志康", "客戶服務部高級工程師　麥志康", "麥志康"],
         "body": ["問：我屋企七月份嘅電費單寫住「估計讀數」，用電量比六月多咗一倍，但我哋成個月有一半時間去咗旅行。"
                  "係咪抄錶職員冇上門？要點處理？（將軍澳　何先生）",
                  ("end", "解答：客戶服務部高級工程師　麥志康"),
                  "如果抄錶職員未能入屋，或者電錶位置被雜物擋住，電費單會按過往用量計出估計讀數，下次實際抄錶後會"
                  "自動調整，多收嘅電費會喺下期扣返。",
                  "何先生可以自己影低電錶讀數，透過客戶服務熱線或者網上提交，我哋會按實際讀數重新計算。長時間出門"
                  "之前，亦可以預先通知我哋安排抄錶時間。"]},
    ],
}

ZHISHUI = {
    "name": "zh_utf8_bom_crlf_malaysia_water_page_trunk_main_story_tight_head_xinshan_xun_dated_caption_credit_running_head_midquote_glued_zhishui_tonggao_notice_intro_areas_and_tanker_points_heads_over_rows_issuer_signature_date_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "柔南晨报 (an invented Malaysian Chinese daily) 2030-03-13 第6版 柔南社区, UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian water page: an old trunk main at 士古来 is replaced and a dozen housing "
    "estates lose water for two days (the title directly above a lead opened by `（新山12日讯）`, no byline, a caption "
    "and its credit inside a sentence, a resident's “” quotation cut by the running head before `备用。”`), then, "
    "with no blank line, the water company's `制水通告`: an introductory paragraph, the heads `受影响地区` and "
    "`水车供水点` (headings), each over its rows, a rule paragraph, the issuer's line (the byline, none accepted) and "
    "the date row; the notice is an article, its head the title, each printed row a paragraph.",
    "date": "2030-03-13", "page": "6",
    "head": ["柔南晨报　2030年3月13日　星期三", "第6版　柔南社区　　编辑：冯慧珊"],
    "foot": ["柔南晨报社　　新闻热线：07-3352 6180"],
    "furniture": ["柔南晨报", "2030年3月13日", "星期三", "第6版", "柔南社区", "编辑：冯慧珊", "柔南晨报·柔南社区",
                  "柔南晨报社", "新闻热线：07-3352 6180"],
    "run": ["柔南晨报·柔南社区"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["士古来换装大水管　12个住宅区停水两天"], "title": "士古来换装大水管　12个住宅区停水两天", "tight": True,
         "captions": ["工人在士古来路旁吊装新水管。"], "credits": ["（柔南水务公司供图）"],
         "body": ["（新山12日讯）柔南水务公司将在本周五至周日更换士古来一段老化的输水总管，12个住宅区将停水约48小时，"
                  "受影响用户超过两万户。",
                  "水务公司经理林振邦说，这段水管已经用了四十多年，{cap}去年接连爆管三次，这次将换上直径1.2米的"
                  "新水管。",
                  "受影响地区的居民已开始储水。住在士古来花园的陈淑贞说，她买了两个大水桶，“家里有老人小孩，停水两天"
                  "不能没有准备，只好先多储一点{run}备用。”"]},
        {"glued": True, "lines": ["制水通告"], "title": "制水通告",
         "byline": ["柔南水务有限公司", None],
         "body": ["为进行输水总管提升工程，以下地区将于3月15日上午9时至3月17日上午9时停止供水：",
                  ("h", "受影响地区"),
                  ("row", "士古来花园　士古来再也　大学城"),
                  ("row", "文礼花园　乌鲁地南　新山再也"),
                  ("row", "玉兰花园　柏兰再也　双威花园"),
                  ("row", "明月花园　丽景花园　金海湾花园"),
                  ("h", "水车供水点"),
                  ("row", "士古来花园民众会堂"),
                  ("row", "大学城巴刹停车场"),
                  "恢复供水初期，水质可能较为浑浊，请用户先放水片刻再使用。",
                  ("end", "柔南水务有限公司"),
                  ("row", "2030年3月11日")]},
    ],
}

PETROL = {
    "name": "tiv_cp1252_crlf_tiv_market_page_petrol_price_rise_story_byline_dateline_caption_credit_running_head_midquote_glued_pump_prices_table_unit_in_head_header_grade_state_stations_independents_rows_aligned_by_spaces_source_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kwagh u Ityar (an invented Tiv daily, Makurdi, Benue State, Nigeria) 2030-10-16 Peeji 4 Inyaregh man "
    "Kasua, Windows-1252 (`ô – “ ”`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Tiv market page: "
    "the pump price of petrol goes up again in Makurdi and Gboko (title over two lines, byline line `Ngeren: Terdoo "
    "Agber`, the dateline `MAKURDI –` opening the lead, a caption and its credit inside a sentence, a motorcycle "
    "taxi rider's “” quotation cut by the running head before `kpee.”`), then, with no blank line, the pump prices "
    "table `Inyaregh sha ajiir a petrol (N)`, the currency in its head: a header row `Kwagh  NNPC  Ior mbagenev` "
    "(grade, the state company's stations, the independents), four grade rows aligned by runs of spaces (litre and "
    "kilo in the grade's cell) and a source row; the table is an article, its head the title, each row a paragraph "
    "(one space kept).",
    "date": "2030-10-16", "page": "4",
    "head": ["KWAGH U ITYAR – Wednesday, 16 October 2030 – Peeji 4", "Inyaregh man Kasua – Editor: Msurshima Ukpi"],
    "foot": ["Kwagh u Ityar – labari@kwaghuityar.example.ng"],
    "furniture": ["KWAGH U ITYAR", "Wednesday, 16 October 2030", "Peeji 4", "Inyaregh man Kasua",
                  "Editor: Msurshima Ukpi", "Kwagh u Ityar – Inyaregh man Kasua", "Kwagh u Ityar",
                  "labari@kwaghuityar.example.ng"],
    "run": ["Kwagh u Ityar – Inyaregh man Kasua"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Inyaregh i petrol hembe", "sha Makurdi man Gboko", "Ngeren: Terdoo Agber"],
         "title": "Inyaregh i petrol hembe sha Makurdi man Gboko", "byline": ["Ngeren: Terdoo Agber", "Terdoo Agber"],
         "captions": ["Ior ve ngu kenden petrol sha Wurukum."], "credits": ["Foto: Iveren Gbaden"],
         "body": ["MAKURDI – Inyaregh i petrol i hembe sha ajiir a yamen petrol ken gar u Ma~kurdi man Gboko ken "
                  "mba~yan. Lita môm ngu N920 hegen, ngise yô i lu N865 tsô. Diesel kpaa i hembe~ne ken ajiir a~ngbian.",
                  "Mba~yamen~kwagh ken ka~sua kaa ér in~yaregh i kuran kwagh i hembe kpaa, {cap}nahan akaa a ken "
                  "ka~sua cii a hembe in~yaregh.",
                  "Or u okada ken Wuru~kum, Aondo~fa Tyoor, kaa ér: “Se vaa ican kpi~shi. Ngise or tôô okada sha "
                  "N200, hegen a na N300, man ior mba ve tôô okada kera ve lu {run}kpee.”"]},
        {"glued": True, "lines": ["Inyaregh sha ajiir a petrol (N)"], "title": "Inyaregh sha ajiir a petrol (N)",
         "body": [("row", aligned("Kwagh", "NNPC", "Ior mbagenev", widths=(11, 8))),
                  ("row", aligned("PMS, lita", "920", "945", widths=(11, 8))),
                  ("row", aligned("AGO, lita", "1,150", "1,180", widths=(11, 8))),
                  ("row", aligned("DPK, lita", "1,240", "1,300", widths=(11, 8))),
                  ("row", aligned("LPG, kilo", "1,050", "1,100", widths=(11, 8))),
                  ("row", "Kwaghôron: ajiir a petrol 12, Makurdi.")]},
    ],
}

BUGIM = {
    "name": "dag_utf8_nobom_lf_dagbani_power_page_new_substation_ends_load_shedding_story_byline_dateline_caption_credit_running_head_midquote_glued_labaari_bila_utilities_briefs_label_over_three_headed_items",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Dagbaŋ Labaari (an invented Dagbani daily, Tamale, Ghana) 2030-09-04 Peeji 5 Buɣim ni Kom, UTF-8 without "
    "BOM (`ɛ ɔ ŋ ɣ Ŋ – “ ”`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Dagbani power page: a "
    "new substation between Tamale and Savelugu is switched on and is to end the load-shedding the town calls "
    "`dumsɔ` (title over two lines, byline line `Ŋun sabi: Mariama Alhassan`, the dateline `TAMALE –` opening the "
    "lead, a caption and its credit inside a sentence, an ice-water seller's “” quotation cut by the running head "
    "before `biɛɣu kam.`), then, with no blank line, the utilities briefs `Labaari Bila`: the label (the first "
    "item's section; kicker or none accepted, and accepted on the others) over three items (a water cut, new "
    "prepaid meters, the price of a gas cylinder), each under its own head, each one paragraph.",
    "date": "2030-09-04", "page": "5",
    "head": ["DAGBAŊ LABAARI · Alaaba, 4 September 2030 · Peeji 5", "Buɣim ni Kom · Editor: Sulemana Yakubu"],
    "foot": ["Dagbaŋ Labaari · labaari@dagbang.example.gh"],
    "furniture": ["DAGBAŊ LABAARI", "Alaaba, 4 September 2030", "Peeji 5", "Buɣim ni Kom", "Editor: Sulemana Yakubu",
                  "Dagbaŋ Labaari · Buɣim ni Kom", "Dagbaŋ Labaari", "labaari@dagbang.example.gh"],
    "run": ["Dagbaŋ Labaari · Buɣim ni Kom"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Substation palli pili tuma", "Tamale ni Savelugu sunsuuni", "Ŋun sabi: Mariama Alhassan"],
         "title": "Substation palli pili tuma Tamale ni Savelugu sunsuuni",
         "byline": ["Ŋun sabi: Mariama Alhassan", "Mariama Alhassan"],
         "captions": ["Substation palli maa Tamale tooni."], "credits": ["Foto: Abdulai Mahama"],
         "body": ["TAMALE – Savanna Power kom~pani pili sub~station palli tuma Ala~amisi dali Tamale ni Save~lugu "
                  "sun~suuni. Di ni tim buɣim yiŋsi 20,000 ka dumsɔ din daa niŋdi tiŋa maa ni naai.",
                  "Kom~pani maa ma~naja, Idd~risu Fu~seini, yɛli ni sub~station maa mali mega~watt 40, {cap}ka di ni "
                  "sɔŋ ka buɣim bi lahi kpiri wuntaŋ~ni.",
                  "Daa puɣin~si ban kɔhiri ice kom yɛli ni di nyɛla sɔŋ~sim. “Dumsɔ zuɣu, ti kom daa yɛri~giri, ka "
                  "ti bɔri~gi ligiri pam,” Sala~matu Abu~kari yɛli. “Pum~pɔŋɔ ti ni tooi kɔhi {run}biɛɣu kam.”"]},
        {"glued": True, "lines": ["Labaari Bila", "Kom ni kɔŋ Lamashegu Asibiri"],
         "section": ["Labaari Bila", None], "kicker": [None, "Labaari Bila"], "title": "Kom ni kɔŋ Lamashegu Asibiri",
         "body": ["Dagbaŋ Kom Kom~pani yɛli ni kom ni kɔŋ Lama~shegu ni Kal~pohin Asi~biri dali asiba hali zaa~wuni, "
                  "domin bɛ ni maai pipe palli."]},
        {"lines": ["Prepaid mita palli yiŋsi 3,000"], "section": [None, "Labaari Bila"],
         "kicker": [None, "Labaari Bila"], "title": "Prepaid mita palli yiŋsi 3,000",
         "body": ["Savanna Power ni ti pre~paid mita palli yiŋsi 3,000 Sag~narigu ni Chog~gu goli ŋɔ ni. Ŋun bɔri "
                  "di chaŋ kom~pani maa ofi~si ka zaŋ o buɣim litaa."]},
        {"lines": ["Gas kilo 14 daa zooi"], "section": [None, "Labaari Bila"], "kicker": [None, "Labaari Bila"],
         "title": "Gas kilo 14 daa zooi",
         "body": ["Gas kilo 14 daa nyɛla cedi 290 Tamale daa ni pumpɔŋɔ. Di zooi cedi 20 n-ti pahi goli din "
                  "gari ŋɔ daa."]},
    ],
}

TAELLER = {
    "name": "stq_latin1_lf_saterland_frisian_water_page_last_hand_meter_reading_story_byline_dateline_caption_credit_running_head_midquote_glued_meter_reading_notice_village_days_rows_rule_row_issuer_signature_place_date_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Seelter Dageblääd (an invented Saterland Frisian daily, Ramsloh/Roomelse, Lower Saxony) 2030-11-13 Siede 6 "
    "Woater un Strom, ISO 8859-1 (`ä ö ü`, straight quotes; Latin-1 has no dash), LF; blank-line paragraphs, wrapped "
    "at 38 with hyphenation. A Saterland Frisian water page: the water board reads every meter by hand for the last "
    "time before remote meters come (title over two lines, byline line `Fon Gesche Janssen`, the dateline "
    "`ROOMELSE -` opening the lead, a caption and its credit inside a sentence, the board's head's quotation cut "
    "by the running head before `kiekje.\"`), then, with no blank line, the notice `Täller-Ouleesen in Dezember`: a "
    "header row `Täärp  Deege` (village, days), the four villages of Saterland with their reading days `2. bit 5. "
    "Dezember` aligned by runs of spaces, a rule row, the board's line (the byline, none accepted) and a place-and-"
    "date row `Roomelse, 11. Nowember 2030`; the notice is an article, its head the title, each printed line but "
    "the issuer's a paragraph (one space kept).",
    "date": "2030-11-13", "page": "6",
    "head": ["SEELTER DAGEBLÄÄD | Middewiek, 13. Nowember 2030 | Siede 6", "Woater un Strom | Redaktion: Tanja Hinrichs"],
    "foot": ["Seelter Dageblääd | woater@seelterdageblaad.example.de"],
    "furniture": ["SEELTER DAGEBLÄÄD", "Middewiek, 13. Nowember 2030", "Siede 6", "Woater un Strom",
                  "Redaktion: Tanja Hinrichs", "Seelter Dageblääd | Woater un Strom", "Seelter Dageblääd",
                  "woater@seelterdageblaad.example.de"],
    "run": ["Seelter Dageblääd | Woater un Strom"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Woatertäller wäide aan lääst Moal", "fon Hounde ouleesen", "Fon Gesche Janssen"],
         "title": "Woatertäller wäide aan lääst Moal fon Hounde ouleesen",
         "byline": ["Fon Gesche Janssen", "Gesche Janssen"],
         "captions": ["Woatertäller in n Käller in Strukelje."], "credits": ["Foto: Gerd Lübbers"],
         "body": ["ROOMELSE - Dät Woater~ferbound Seelter~lound lät in dän Dezember aan lääst Moal alle "
                  "Woater~täller in do Huuse fon Hounde ouleese. Fon dät näiste Jier an sände do näie Täller "
                  "hiere Tälle sälwen.",
                  "Two Ljude fon dät Fer~bound kuume twis~ke 8 un 18 Uur bie do Huuse. {cap}Wäl nit tu~huus is, "
                  "kon dän Täller~stand uk ap ne Koarte schrieu~we un in ju Bus smie~te.",
                  "\"Fuul Ljude fräig~je, wie~rom wie nit gliek do näie Täller ien~baue,\" kwiet Hin~rich Block, die "
                  "Boas fon dät Fer~bound. \"Do Täller kuume eerst in dät Foor~jier, un bit deer~häär mouten wie "
                  "noch aan~moal säl~wen {run}kiekje.\""]},
        {"glued": True, "lines": ["Täller-Ouleesen in Dezember"], "title": "Täller-Ouleesen in Dezember",
         "byline": ["Woaterferbound Seelterlound", None],
         "body": [("row", aligned("Täärp", "Deege", widths=(16,))),
                  ("row", aligned("Roomelse", "2. bit 5. Dezember", widths=(16,))),
                  ("row", aligned("Strukelje", "6. bit 10. Dezember", widths=(16,))),
                  ("row", aligned("Schäddel", "11. bit 13. Dezember", widths=(16,))),
                  ("row", aligned("Seedelsbierich", "16. bit 17. Dezember", widths=(16,))),
                  ("row", "Hooldet dän Täller fräi."),
                  ("end", "Woaterferbound Seelterlound"),
                  ("row", "Roomelse, 11. Nowember 2030")]},
    ],
}

STROM = {
    "name": "cim_macroman_cr_cimbrian_village_page_power_cooperative_tariff_rise_story_byline_dateline_caption_credit_running_head_midquote_glued_tiered_tariff_table_header_tier_monthly_use_old_new_rows_fixed_charge_row_note_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Dar Bòte vo Lusérn (an invented Cimbrian daily, Luserna/Lusérn, Trentino) 2030-12-13 Sait 3 Strom un "
    "Bazzar, Mac OS Roman (`ò è å É – “ ”`), CR line ends; blank-line paragraphs, wrapped at 39 with hyphenation. A "
    "Cimbrian village page: the village's electricity co-operative raises its tiered tariff from January (title "
    "over two lines, byline line `Vo Mirko Nicolussi`, the dateline `LUSÉRN –` opening the lead, a caption and its "
    "credit inside a sentence, a shopkeeper's “” quotation cut by the running head before `strom.”`), then, with no "
    "blank line, the tariff table `Di naüng praisan vo strom`: a header row `Stuaf  kWh in månat  Pis iz  Vo Jena` "
    "(tier, monthly use, the price until now, the price from January), three tier rows with decimal commas, a "
    "fixed-charge row under the two price columns and a note row, aligned by runs of spaces; the table is an "
    "article, its head the title, each row a paragraph (one space kept), the note row last.",
    "date": "2030-12-13", "page": "3",
    "head": ["DAR BÒTE VO LUSÉRN – Vrèita, 13 Dezémbar 2030 – Sait 3", "Strom un Bazzar – Redaziong: Lara Pedrazza"],
    "foot": ["Dar Bòte vo Lusérn – bote@lusern.example.it"],
    "furniture": ["DAR BÒTE VO LUSÉRN", "Vrèita, 13 Dezémbar 2030", "Sait 3", "Strom un Bazzar",
                  "Redaziong: Lara Pedrazza", "Dar Bòte vo Lusérn – Strom un Bazzar", "Dar Bòte vo Lusérn",
                  "bote@lusern.example.it"],
    "run": ["Dar Bòte vo Lusérn – Strom un Bazzar"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Dar strom vo dar Kooperatìva", "kostet mearar vo Jena", "Vo Mirko Nicolussi"],
         "title": "Dar strom vo dar Kooperatìva kostet mearar vo Jena",
         "byline": ["Vo Mirko Nicolussi", "Mirko Nicolussi"],
         "captions": ["Di zentrale vo dar Kooperatìva."], "credits": ["Foto: Elisa Pedrazza"],
         "body": ["LUSÉRN – Di Koope~ratìva vo strom vo Lu~sérn hatt ge~sakk, ke vo earstn Jena dar strom bart "
                  "kostn mea~rar in alle höü~sar vo dar Khum~maun. Ber da nützt min~dar strom, zalt o min~dar.",
                  "Dar Presi~dénte vo dar Koope~ratìva, Walter Castel~lan, hatt ge~sakk, ke dar strom, {cap}bo da "
                  "khint vo dar zen~trale in tal, iz ge~stiget in ganz Itàlia.",
                  "Vil laüt soinda nèt kon~tént. Di Maria Gas~peri, bo da hatt a klum~ma boteg in platz, hatt "
                  "ge~sakk: “Bar zaln schoan vil vor in hoatz in bin~tar, izta o mea~rar vor in {run}strom.”"]},
        {"glued": True, "lines": ["Di naüng praisan vo strom"], "title": "Di naüng praisan vo strom",
         "body": [("row", aligned("Stuaf", "kWh in månat", "Pis iz", "Vo Jena", widths=(7, 14, 8))),
                  ("row", aligned("1", "0–100", "0,21", "0,23", widths=(7, 14, 8))),
                  ("row", aligned("2", "101–250", "0,26", "0,29", widths=(7, 14, 8))),
                  ("row", aligned("3", "übar 250", "0,34", "0,39", widths=(7, 14, 8))),
                  ("row", aligned("Fix in månat", "6,50", "7,20", widths=(21, 8))),
                  ("row", "Praisan in euro, pit IVA.")]},
    ],
}

PAGES = [TINGDIAN, QIJIA, GONGNUAN, GUANGDIAN, DIANFEI, ZHISHUI, PETROL, BUGIM, TAELLER, STROM]
