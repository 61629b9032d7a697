"""The text of every holdout107 page, written once: make_holdout107_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-106 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a subhead inside a box (a gold heading); `("end", line)` a printed line
that is no paragraph of the gold (a notice's issuer, who signs it: the byline). `{cap}` drops the caption and its
credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end. The
Latin box rows are padded to their columns by `aligned()` (holdout98's helper, as holdout99-106 copied it), so the
printed spacing is reproducible. All papers, ports' figures, ships, firms, offices, people, prices, times and events
are invented; real places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


TUNTU = {
    "name": "zh_gbk_crlf_port_page_record_quarterly_throughput_story_kicker_title_byline_caption_credit_running_head_midsentence_glued_shengchan_kuaibao_monthly_figures_box_header_item_month_year_on_year_rows_of_which_row_source_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄湾日报 2029-04-12 第3版 港航经济, GBK, CRLF; blank-line paragraphs, wrapped at 22. A port page: the "
    "invented port of 澄湾 handles a record first quarter (the kicker `一季度港口生产` over the title, the byline line, "
    "a caption and its credit inside a sentence, the running head before the last words `航线。`), then, with no "
    "blank line under its last line, the box `澄湾港3月生产快报`: a header row `指标　3月　同比`, four rows of an item, "
    "its figure with its unit and a signed year-on-year change (`+15.3%`, one `-2.4%`), the second an `其中：` "
    "sub-row of the first, and a source row `资料来源：…`; the box is an article, its head the title, each printed "
    "line a paragraph, the source row last.",
    "date": "2029-04-12", "page": "3",
    "head": ["澄湾日报　　2029年4月12日　星期四", "第3版　港航经济　　责任编辑：贲　舟"],
    "foot": ["澄湾日报社出版　　港航部热线：0596-3318204"],
    "furniture": ["澄湾日报", "2029年4月12日", "星期四", "第3版", "港航经济", "责任编辑：贲　舟", "澄湾日报·港航经济",
                  "澄湾日报社出版", "港航部热线：0596-3318204"],
    "run": ["澄湾日报·港航经济"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["一季度港口生产", "澄湾港货物吞吐量创同期新高", "本报记者　郝　岚"],
         "kicker": ["一季度港口生产", None], "title": "澄湾港货物吞吐量创同期新高",
         "byline": ["本报记者　郝　岚", "郝　岚", "郝岚"],
         "captions": ["集装箱船在澄湾港三期码头装卸作业。"], "credits": ["本报记者　郝　岚　摄"],
         "body": ["记者从澄湾港务集团获悉，今年一季度澄湾港完成货物吞吐量6102万吨，同比增长8.7%，创历年同期新高；"
                  "集装箱吞吐量352.4万标箱，增长13.9%。",
                  "三月份是一季度中最忙的一个月。港务集团生产调度中心主任仇立新说，三期码头两个新泊位投产后，"
                  "{cap}大型集装箱船的平均在港时间缩短了六个多小时，外贸航线的船舶明显增多。",
                  "据介绍，今年以来澄湾港新开通了两条东南亚集装箱航线和一条至中东的散货航线。二季度，港务集团"
                  "还计划开通一条至南美西海岸的{run}航线。"]},
        {"glued": True, "lines": ["澄湾港3月生产快报"], "title": "澄湾港3月生产快报",
         "body": [("row", "指标　3月　同比"),
                  ("row", "货物吞吐量　2186万吨　+9.4%"),
                  ("row", "其中：外贸　812万吨　+12.1%"),
                  ("row", "集装箱　128.6万标箱　+15.3%"),
                  ("row", "到港船舶　3214艘次　+6.8%"),
                  ("row", "散货平均在港时间　2.9天　-2.4%"),
                  ("row", "资料来源：澄湾港务集团生产调度中心")]},
    ],
}

XIUYU = {
    "name": "zh_gb18030_lf_fisheries_page_summer_fishing_ban_story_byline_rare_char_caption_credit_running_head_midsentence_glued_fuji_xiuyu_tonggao_notice_intro_header_sea_area_dates_rows_rule_paragraph_issuer_signature_date_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "岱洋晚报 2029-04-27 第5版 渔业周刊, GB18030 (`\U0002cd8d` U+2CD8D in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A fisheries page: two thousand boats of the invented city of 岱洋 come "
    "home for the summer fishing ban (title, byline line, a caption and its credit inside a sentence, the running "
    "head before the last word `出海。`), then, with no blank line, the notice `岱洋市2029年伏季休渔通告`: an "
    "introductory paragraph, a header row `休渔海域　休渔时间`, three rows of a sea area and its "
    "dates `5月1日12时至9月16日12时`, a rule paragraph and `特此通告。`, the issuer's line (the "
    "byline, none accepted) and the date row; the notice is an article, its head the title, each printed line of the "
    "table a paragraph.",
    "date": "2029-04-27", "page": "5",
    "head": ["岱洋晚报　　2029年4月27日　星期五", "第5版　渔业周刊　　责任编辑：邬　汐"],
    "foot": ["岱洋晚报社　　渔业新闻热线：0580-2267419"],
    "furniture": ["岱洋晚报", "2029年4月27日", "星期五", "第5版", "渔业周刊", "责任编辑：邬　汐", "岱洋晚报·渔业周刊",
                  "岱洋晚报社", "渔业新闻热线：0580-2267419"],
    "run": ["岱洋晚报·渔业周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["伏季休渔下周开始　两千多艘渔船陆续回港", "本报记者　单　\U0002cd8d"],
         "title": "伏季休渔下周开始　两千多艘渔船陆续回港",
         "byline": ["本报记者　单　\U0002cd8d", "单　\U0002cd8d", "单\U0002cd8d"],
         "captions": ["回港的渔船停满了沙嘴渔港。"], "credits": ["本报记者　单　\U0002cd8d　摄"],
         "body": ["5月1日中午12时起，我市海域进入今年的伏季休渔期。连日来，在外海作业的2000多艘渔船陆续返港，"
                  "各渔港码头一派繁忙。",
                  "昨天上午，沙嘴渔港的泊位已经停满，{cap}不少渔民一边卸下最后一网渔获，一边把渔网搬上岸晾晒，"
                  "准备利用休渔期检修渔船。",
                  "市海洋与渔业执法支队负责人介绍，休渔期间执法船艇将在重点海域全天巡查，并实行渔船进出港报告"
                  "制度。渔民阮阿福说，今年的休渔期比去年多了半个月，“正好把柴油机大修一遍，九月再{run}出海。”"]},
        {"glued": True, "lines": ["岱洋市2029年伏季休渔通告"], "title": "岱洋市2029年伏季休渔通告",
         "byline": ["岱洋市海洋与渔业局", None],
         "body": ["为养护海洋渔业资源，根据国家有关规定，现将我市2029年伏季休渔有关事项通告如下：",
                  ("row", "休渔海域　休渔时间"),
                  ("row", "岱洋渔场　5月1日12时至9月16日12时"),
                  ("row", "东礁渔场　5月1日12时至8月1日12时"),
                  ("row", "近岸定置网区　5月1日12时至7月1日12时"),
                  "休渔期间，以上海域禁止拖网、围网和帆张网作业，渔船须回港停泊。违反规定的，依法没收渔获物和"
                  "渔具，并处罚款。",
                  "特此通告。",
                  ("end", "岱洋市海洋与渔业局"),
                  ("row", "2029年4月25日")]},
    ],
}

HANGJING = {
    "name": "zh_utf16le_bom_crlf_shipping_page_bridge_works_story_tight_head_benbaoxun_caption_credit_running_head_midsentence_glued_hangxing_jinggao_navigation_warning_number_row_text_coordinate_point_rows_rule_paragraph_issuer_signature_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "舟屿日报 2029-06-06 第4版 港航, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 21. A shipping "
    "page: the main span of an invented sea bridge is hoisted into place (the title directly above a lead opened by "
    "`本报讯（记者　芮　澜　通讯员　甘　波）`, a caption and its credit inside a sentence, the running head before the "
    "last words `绕行。`), then, with no blank line, the navigation warning `舟屿海事局航行警告`: its number row "
    "`舟航警〔2029〕0062号`, a paragraph of what, when and where, four coordinate rows `A　29°58′12″N　122°06′40″E` "
    "(primes and double primes), a paragraph of the rule, the issuer's line (the byline, none accepted) and the date "
    "row; the warning is an article, its head the title.",
    "date": "2029-06-06", "page": "4",
    "head": ["舟屿日报　　2029年6月6日　星期三", "第4版　港航　　责任编辑：屠　汐"],
    "foot": ["舟屿日报社　　新闻热线：0582-6053117"],
    "furniture": ["舟屿日报", "2029年6月6日", "星期三", "第4版", "港航", "责任编辑：屠　汐", "舟屿日报·港航", "舟屿日报社",
                  "新闻热线：0582-6053117"],
    "run": ["舟屿日报·港航"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["螺门大桥主跨钢箱梁下周吊装"], "title": "螺门大桥主跨钢箱梁下周吊装", "tight": True,
         "byline": [None, "记者　芮　澜", "芮　澜", "芮澜"],
         "captions": ["螺门大桥施工现场。"], "credits": ["甘　波　摄"],
         "body": ["本报讯（记者　芮　澜　通讯员　甘　波）连接本岛和螺门岛的螺门大桥将于6月11日起吊装主跨钢箱梁。"
                  "这段钢箱梁长186米，重约5200吨，是大桥最重的一段。",
                  "施工单位介绍，吊装将使用一艘起重能力8000吨的浮吊船，{cap}整个过程需要约二十天，其间主航道"
                  "两侧各设一个警戒区。",
                  "舟屿海事局提醒，吊装期间过往船舶须提前向海事局报告，听从现场海巡船指挥，小型渔船和游艇应从"
                  "西侧副航道{run}绕行。"]},
        {"glued": True, "lines": ["舟屿海事局航行警告"], "title": "舟屿海事局航行警告",
         "byline": ["舟屿海事局", None],
         "body": [("row", "舟航警〔2029〕0062号"),
                  "2029年6月11日0时至7月3日24时，“海工龙吟”号浮吊船在螺门大桥主航道进行钢箱梁吊装作业。作业"
                  "区域为下列四点连线围成的水域：",
                  ("row", "A　29°58′12″N　122°06′40″E"),
                  ("row", "B　29°58′12″N　122°07′25″E"),
                  ("row", "C　29°57′36″N　122°07′25″E"),
                  ("row", "D　29°57′36″N　122°06′40″E"),
                  "作业期间，禁止无关船舶进入上述水域。过往船舶须加强瞭望，在VHF 09频道守听，距作业船500米以外"
                  "慢速通过。",
                  ("end", "舟屿海事局"),
                  ("row", "2029年6月5日")]},
    ],
}

YUSHI = {
    "name": "zht_big5_crlf_taiwan_fisheries_page_post_typhoon_fish_prices_story_byline_line_caption_credit_running_head_midquote_glued_yushi_hangqing_fish_market_table_header_species_price_per_kilo_last_week_up_down_arrow_rows_source_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "蘭濱日報 2029-08-21 B3 漁業 (`中華民國118年8月21日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan fisheries page: boats kept in port by a typhoon send fish prices up at 南方澳 (title, the byline line "
    "`記者游雅婷／宜蘭報導`, a caption and its credit inside a sentence, a fish seller's 「」 quotation cut by the "
    "running head before `一點。」`), then, with no blank line, the table `南方澳魚市今日行情（元／公斤）`: a header "
    "row `魚種　今日　上週　漲跌`, five species rows whose change is an arrow and a figure (`▲60`, `▼10`) or `－` "
    "for none, and a source row `資料來源：…`; the table is an article, its head the title, each printed line a "
    "paragraph, the source row last.",
    "date": "2029-08-21", "page": "B3",
    "head": ["蘭濱日報　中華民國118年8月21日　星期二", "B3　漁業　　編輯：卓怡君"],
    "foot": ["蘭濱日報社　讀者服務專線：(03)996-2175"],
    "furniture": ["蘭濱日報", "中華民國118年8月21日", "星期二", "B3", "漁業", "編輯：卓怡君", "蘭濱日報．漁業",
                  "蘭濱日報社", "讀者服務專線：(03)996-2175"],
    "run": ["蘭濱日報．漁業"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["颱風過後漁船剛出海　魚價漲三成", "記者游雅婷／宜蘭報導"], "title": "颱風過後漁船剛出海　魚價漲三成",
         "byline": ["記者游雅婷／宜蘭報導", "游雅婷"],
         "captions": ["魚販在南方澳魚市挑選漁獲。"], "credits": ["（記者游雅婷攝）"],
         "body": ["颱風上週襲台，宜蘭沿海漁船在港內避風五天，前天才陸續出海。昨天南方澳魚市的漁獲量只有平時的"
                  "一半，多種魚價比上週上漲約三成。",
                  "鯖魚和鬼頭刀的拍賣價漲幅最大，{cap}白帶魚每公斤也從二百四十元漲到二百九十元。只有養殖的虱目魚"
                  "價格持平，小卷還略為下跌。",
                  "在魚市批貨二十多年的魚販陳阿芳說，颱風過後價格一向會漲，「等漁船都回來，大概再一個禮拜就會"
                  "回落一{run}點。」"]},
        {"glued": True, "lines": ["南方澳魚市今日行情（元／公斤）"], "title": "南方澳魚市今日行情（元／公斤）",
         "body": [("row", "魚種　今日　上週　漲跌"),
                  ("row", "鯖魚　85　60　▲25"),
                  ("row", "鬼頭刀　180　120　▲60"),
                  ("row", "白帶魚　290　240　▲50"),
                  ("row", "小卷　410　420　▼10"),
                  ("row", "虱目魚　95　95　－"),
                  ("row", "資料來源：蘭濱區漁會魚貨拍賣市場")]},
    ],
}

XINXIANG = {
    "name": "zht_big5hkscs_lf_hong_kong_fisheries_page_fishing_boat_diesel_story_cantonese_byline_caption_credit_running_head_midsentence_glued_yumin_xinxiang_qa_column_label_head_fisherman_question_signed_officer_answer_opened_by_name_and_post_in_brackets",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澳灣日報 2029-09-14 A10 港聞 (an invented Hong Kong daily), Big5-HKSCS (`嘅 喺 咗 佢 啲`; in neither cp950 "
    "nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong fisheries page in Cantonese: dearer marine "
    "diesel keeps small boats in the typhoon shelter (title, the byline line `記者　祁芷晴`, a caption and its credit "
    "inside a sentence, a fisherman's 「」 quotation, the running head before the last word `申請。`), then, with no "
    "blank line, the fishermen's Q&A column: the label `漁民信箱` (the section; kicker or none accepted), its head, "
    "the fisherman's question opened by `問：` and signed `（長洲漁民　鄧伯）` at its end, then the officer's answer "
    "opened by his name and post run in before `答：` (`麥家輝（海洋漁業辦事處高級漁業主任）答：`; no line of its own, "
    "so no byline expected, the name accepted) and one follow-on paragraph; each a paragraph, labels kept.",
    "date": "2029-09-14", "page": "A10",
    "head": ["澳灣日報　2029年9月14日　星期五", "A10　港聞　　編輯：冼詠儀"],
    "foot": ["澳灣日報社　　讀者熱線：2573 8146"],
    "furniture": ["澳灣日報", "2029年9月14日", "星期五", "A10", "港聞", "編輯：冼詠儀", "澳灣日報．港聞", "澳灣日報社",
                  "讀者熱線：2573 8146"],
    "run": ["澳灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["船用柴油貴兩成　小漁船泊喺避風塘", "記者　祁芷晴"], "title": "船用柴油貴兩成　小漁船泊喺避風塘",
         "byline": ["記者　祁芷晴", "祁芷晴"],
         "captions": ["長洲避風塘內泊滿漁船。"], "credits": ["（祁芷晴攝）"],
         "body": ["船用柴油價格半年內貴咗兩成，唔少小型漁船出一次海連油錢都賺唔返，寧願泊喺避風塘。漁民團體估計，"
                  "長洲同香港仔有三分一小漁船呢個月冇出過海。",
                  "做咗四十年漁民嘅梁伯話，{cap}以前一日出海嘅油錢大約六百蚊，而家要成七百幾，「魚價冇升，"
                  "出一次蝕一次」。",
                  "漁民聯會主席溫德勝要求當局放寬燃油補貼嘅資格，佢話好多老漁民唔識填表，希望有職員落碼頭協助"
                  "佢哋{run}申請。"]},
        {"glued": True, "lines": ["漁民信箱", "漁船換新引擎　有冇資助？"],
         "section": ["漁民信箱", None], "kicker": [None, "漁民信箱"], "title": "漁船換新引擎　有冇資助？",
         "byline": [None, "麥家輝"],
         "body": ["問：我架漁船部引擎用咗二十年，好食油，想換部慳油啲嘅新引擎，但要十幾萬。政府有冇資助？要點樣"
                  "申請？（長洲漁民　鄧伯）",
                  "麥家輝（海洋漁業辦事處高級漁業主任）答：漁民更換較環保嘅船用引擎，可以申請漁業發展貸款，"
                  "最高可借三十萬元，分十年還款，年息兩厘。",
                  "申請人要持有有效嘅漁船牌照，並且過去一年有出海作業紀錄。表格可以喺各區漁業辦事處索取，職員亦"
                  "可以協助填寫。"]},
    ],
}

JIDAN = {
    "name": "zh_utf8_bom_lf_malaysia_coast_page_island_ferry_and_supply_story_tight_head_kelang_xun_dated_caption_credit_running_head_midquote_glued_gangkou_jianxun_harbour_briefs_label_over_three_headed_items_each_closed_by_a_source_in_brackets",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "海峡晨报 (an invented Malaysian Chinese daily) 2029-10-09 第8版 雪隆沿海, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian coast page: the island of 吉胆岛 gets a third ferry and a cargo boat "
    "for its shops after a month of breakdowns (the title directly above a lead opened by `（巴生8日讯）`, no byline, "
    "a caption and its credit inside a sentence, a shopkeeper's “” quotation cut by the running head before "
    "`补货了。”`), then, with no blank line, the harbour briefs `港口简讯`: the label (the first item's section; kicker "
    "or none accepted, and accepted on the others) over three items, each under its own head, each one paragraph "
    "closed by its source in brackets `（巴生港务局）`.",
    "date": "2029-10-09", "page": "8",
    "head": ["海峡晨报　2029年10月9日　星期二", "第8版　雪隆沿海　　编辑：邝思颖"],
    "foot": ["海峡晨报社　　新闻热线：03-3371 5820"],
    "furniture": ["海峡晨报", "2029年10月9日", "星期二", "第8版", "雪隆沿海", "编辑：邝思颖", "海峡晨报·雪隆沿海",
                  "海峡晨报社", "新闻热线：03-3371 5820"],
    "run": ["海峡晨报·雪隆沿海"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["吉胆岛添第三艘渡轮　货船每天补给"], "title": "吉胆岛添第三艘渡轮　货船每天补给", "tight": True,
         "captions": ["乘客在巴生南湾码头登上渡轮。"], "credits": ["（档案照）"],
         "body": ["（巴生8日讯）吉胆岛渡轮上个月接连故障，岛上居民和商家叫苦连天。渡轮公司今天宣布，第三艘渡轮"
                  "下周一投入服务，另有一艘货船每天早上运送日用品和冰块上岛。",
                  "渡轮公司经理苏振华说，新渡轮可载客120人，{cap}班次将从每天八班增至十二班，最后一班从巴生开出"
                  "的时间延后到晚上7时。",
                  "在岛上开杂货店的王秀珍说，以前货物要跟乘客挤同一艘船，遇到渡轮故障，店里的米和煤气就断货，"
                  "“现在有了货船，总算不用天天担心{run}补货了。”"]},
        {"glued": True, "lines": ["港口简讯", "北港新泊位启用"],
         "section": ["港口简讯", None], "kicker": [None, "港口简讯"], "title": "北港新泊位启用",
         "body": ["巴生北港第24号泊位昨日启用，可停靠载重10万吨的散货船，北港的泊位增至24个。（巴生港务局）"]},
        {"lines": ["渔船夜间禁入航道"], "section": [None, "港口简讯"], "kicker": [None, "港口简讯"],
         "title": "渔船夜间禁入航道",
         "body": ["由于夜间进出港的大船增多，本月15日起，晚上8时至早上6时，渔船不得在巴生港主航道内停留或下网。"
                  "（海事局）"]},
        {"lines": ["码头工人培训班招生"], "section": [None, "港口简讯"], "kicker": [None, "港口简讯"],
         "title": "码头工人培训班招生",
         "body": ["巴生港务局开办岸吊和叉车操作培训班，每期六周，学费全免，18至35岁公民可在本月底前报名。"
                  "（巴生港务局）"]},
    ],
}

KAPPALA = {
    "name": "bug_cp1252_crlf_buginese_port_page_school_holiday_passengers_story_byline_dateline_caption_credit_running_head_midquote_glued_ship_movements_table_header_vessel_flag_berth_time_arriving_leaving_heads_over_rows_aligned_by_spaces",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Kareba Ajatappareng (an invented Buginese daily, Parepare, South Sulawesi) 2029-07-18 Halamang 5 Tasi' "
    "sibawa Kappala, Windows-1252 (`é – “ ”`), CRLF; blank-line paragraphs, wrapped at 39 with hyphenation. A "
    "Buginese port page: the port of Parepare counts its most passengers of the school holidays (title over two "
    "lines, byline line `Ripaccoé ri Andi Nurhayati`, the dateline `PAREPARE –` opening the lead, a caption and its "
    "credit inside a sentence, the harbour master's “” quotation cut by the running head before `tasi'é.”`), then, "
    "with no blank line, the ship movements table `Kappala ri Dérmaga Parepare, 19 Juli`: a header row `Kappala  "
    "Bandéra  Dérmaga  Wattu` (vessel, flag, berth, time), the heads `Polé` (arriving) and `Laowé` (leaving), each "
    "over two or three rows aligned by runs of spaces, and a note row; the table is an article, its head the title, "
    "its two heads headings, each row a paragraph (one space kept).",
    "date": "2029-07-18", "page": "5",
    "head": ["KAREBA AJATAPPARENG – Araba, 18 Juli 2029 – Halamang 5", "Tasi' sibawa Kappala – Editor: Hasnah Lamba"],
    "foot": ["Kareba Ajatappareng – redaksi@karebaajatappa.example.id"],
    "furniture": ["KAREBA AJATAPPARENG", "Araba, 18 Juli 2029", "Halamang 5", "Tasi' sibawa Kappala",
                  "Editor: Hasnah Lamba", "Kareba Ajatappareng – Tasi' sibawa Kappala", "Kareba Ajatappareng",
                  "redaksi@karebaajatappa.example.id"],
    "run": ["Kareba Ajatappareng – Tasi' sibawa Kappala"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Pallopi ri Dérmaga Parepare", "maéga toi ri pakkasuwiyang", "Ripaccoé ri Andi Nurhayati"],
         "title": "Pallopi ri Dérmaga Parepare maéga toi ri pakkasuwiyang",
         "byline": ["Ripaccoé ri Andi Nurhayati", "Andi Nurhayati"],
         "captions": ["Pallopi ri dérmaga Parepare."], "credits": ["Foto: Muh. Arsyad"],
         "body": ["PAREPARE – Ri wettu pakkasuwiyang ana' sikola, dérmaga Parepare natuju~tuju pal~lopi pole "
                  "si~bawa lao maéga~ga pole ri taung-taung rio~lona. Ri si~ming~gu na~ritu~ju tellu sebbu pal~lopi.",
                  "Maéga pal~lopi lao ri Balik~papan si~bawa Nunu~kan, {cap}na kappala sédi~é massoppo ri dér~maga "
                  "siya seddi esso.",
                  "Syahbandar Parepare, La Ode Baso, mak~keda: “Pal~lopi~é harusu' tiwi kar~cisi' na de' "
                  "namaéga~ga pole kappasitas~na. Iyyaro pa~téntu~iwi ama~nang ri {run}tasi'é.”"]},
        {"glued": True, "lines": ["Kappala ri Dérmaga Parepare, 19 Juli"], "title": "Kappala ri Dérmaga Parepare, 19 Juli",
         "body": [("row", aligned("Kappala", "Bandéra", "Dérmaga", "Wattu", widths=(15, 10, 9))),
                  ("h", "Polé"),
                  ("row", aligned("KM Sinar Bone", "Indonésia", "1", "06.30", widths=(15, 10, 9))),
                  ("row", aligned("MV Rio Tern", "Panama", "3", "09.15", widths=(15, 10, 9))),
                  ("h", "Laowé"),
                  ("row", aligned("KM Lontara", "Indonésia", "2", "13.00", widths=(15, 10, 9))),
                  ("row", aligned("KM Sinar Bone", "Indonésia", "1", "19.00", widths=(15, 10, 9))),
                  ("row", aligned("MV Rio Tern", "Panama", "3", "22.45", widths=(15, 10, 9))),
                  ("row", "Wattu: WITA. Wattu weddingngi malléssu.")]},
    ],
}

ANGYARPAK = {
    "name": "esu_utf8_nobom_lf_yupik_river_page_first_supply_barge_story_byline_dateline_caption_credit_running_head_midsentence_glued_barge_calls_table_header_village_expected_day_rows_aligned_by_spaces_note_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Kuigpak Kalikaq (an invented Central Alaskan Yup'ik weekly-daily, Bethel) 2029-05-23 Ilii 3 Kuik-llu "
    "Angyat-llu, UTF-8 without BOM (`– “ ”` and the apostrophe of `Yup'ik` straight), LF; blank-line paragraphs, "
    "wrapped at 37 with hyphenation. A Yup'ik river page: the season's first supply barge reaches Bethel late after "
    "the ice (title over two lines, byline line `Igaqestii Marie Andrew`, the dateline `MAMTERILLEQ –` opening the "
    "lead, a caption and its credit inside a sentence, the running head before the last word `tekiskuni.`), then, "
    "with no blank line, the barge's calls `Angyarpiim tekitarkai nunat`: a header row `Nunat  Erneq` (village, "
    "day), four village rows aligned by runs of spaces (real villages of the river as settings) and a note row; the "
    "table is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2029-05-23", "page": "3",
    "head": ["KUIGPAK KALIKAQ · Pingayirin, May 23, 2029 · Ilii 3", "Kuik-llu Angyat-llu · Aulukestii: Rita Nanuk"],
    "foot": ["Kuigpak Kalikaq · kalikaq@kuigpak.example.us"],
    "furniture": ["KUIGPAK KALIKAQ", "Pingayirin, May 23, 2029", "Ilii 3", "Kuik-llu Angyat-llu",
                  "Aulukestii: Rita Nanuk", "Kuigpak Kalikaq · Kuik-llu Angyat-llu", "Kuigpak Kalikaq",
                  "kalikaq@kuigpak.example.us"],
    "run": ["Kuigpak Kalikaq · Kuik-llu Angyat-llu"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Angyarpak ciuqliq tekitellruuq", "Mamterillermun", "Igaqestii Marie Andrew"],
         "title": "Angyarpak ciuqliq tekitellruuq Mamterillermun", "byline": ["Igaqestii Marie Andrew", "Marie Andrew"],
         "captions": ["Angyarpak talliini kuigem ceniini."], "credits": ["Assiliaq: Peter Kasayulie"],
         "body": ["MAMTERILLEQ – Angyarpak ciuqliq up'ner~kami teki~tellruuq Mamte~rillermun ak'a~llaku. Cikuq "
                  "Kusqu~qvagmi unua~kun pi~ciatun ui~tallruuq malrunlegen~ni erneni.",
                  "Angyarpak uci~liuq kenir~karnek, neqkanek, {cap}muragnek-llu. Yuut amllert "
                  "tai~llruut kuigem cenianun unuakumi.",
                  "Kipus~vigmi au~lukestii John Evan qa~nertuq: “Kipus~vik nan~gellruuq ak'a. Assir~tuq angyar~pak "
                  "teki~cami.” Angyarpak ayag~ciqtuq nu~nanun kuigem qul~vanun ataam {run}tekiskuni."]},
        {"glued": True, "lines": ["Angyarpiim tekitarkai nunat"], "title": "Angyarpiim tekitarkai nunat",
         "body": [("row", aligned("Nunat", "Erneq", widths=(12,))),
                  ("row", aligned("Akiak", "May 26", widths=(12,))),
                  ("row", aligned("Akiachak", "May 27", widths=(12,))),
                  ("row", aligned("Tuluksak", "May 29", widths=(12,))),
                  ("row", aligned("Kalskag", "June 1", widths=(12,))),
                  ("row", "Ernerit cimirciqut kuik ikgeskan.")]},
    ],
}

EKHORA = {
    "name": "vmw_macroman_cr_emakhuwa_fisheries_page_octopus_closed_season_story_byline_dateline_caption_credit_running_head_midquote_glued_closed_season_notice_header_area_opens_closes_rows_aligned_by_spaces_issuer_signature",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ehapari ya Mphareya (an invented Emakhuwa daily, Nampula province, Mozambique) 2029-11-15 Ipaxina 6 "
    "Mphareya ni Ehopa, Mac OS Roman (`ç – “ ”`), CR line ends; blank-line paragraphs, wrapped at 37 with "
    "hyphenation. An Emakhuwa fisheries page: octopus fishing closes for three months on the coast of Angoche (title "
    "over two lines, byline line `Olempwa ni Fátima Mussa`, the dateline `ANGOCHE –` opening the lead, a caption and "
    "its credit inside a sentence, a fisherwoman's “” quotation cut by the running head before `mwaakha.”`), then, "
    "with no blank line, the closed-season notice `Ohiya ovara ekhora`: a header row `Ipantte  Opacerya  Omaliha` "
    "(area, opens, closes), three area rows aligned by runs of spaces with dates `1/12/2029`, a rule row and the "
    "issuing office's line (the byline, none accepted); the notice is an article, its head the title, each printed "
    "line above the issuer a paragraph (one space kept).",
    "date": "2029-11-15", "page": "6",
    "head": ["EHAPARI YA MPHAREYA – Quinta-feira, 15 Novembro 2029 – Ipaxina 6", "Mphareya ni Ehopa – Muhariri: Celeste Amade"],
    "foot": ["Ehapari ya Mphareya – ehapari@mphareya.example.mz"],
    "furniture": ["EHAPARI YA MPHAREYA", "Quinta-feira, 15 Novembro 2029", "Ipaxina 6", "Mphareya ni Ehopa",
                  "Muhariri: Celeste Amade", "Ehapari ya Mphareya – Mphareya ni Ehopa", "Ehapari ya Mphareya",
                  "ehapari@mphareya.example.mz"],
    "run": ["Ehapari ya Mphareya – Mphareya ni Ehopa"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Ovara ekhora onnahiwa", "miyeeri miraru", "Olempwa ni Fátima Mussa"],
         "title": "Ovara ekhora onnahiwa miyeeri miraru", "byline": ["Olempwa ni Fátima Mussa", "Fátima Mussa"],
         "captions": ["Athiyana a Angoche anavara ekhora."], "credits": ["Foto: Abdul Selemane"],
         "body": ["ANGOCHE – Okhuma nihiku 1 Dezembro, ovara ekhora mphare~yani ya Angoche, Moma ni "
                  "Ilha de Moçambique onna~hiwa mpaka nihiku 28 Fevereiro.",
                  "Ofisi ya Ehopa ya Angoche ohim~ya wi ekhora enni~nnuwa ni oyara mu~yeeri iya. {cap}Ekhora "
                  "yava~riwa vano ti yakha~ani vanci.",
                  "Athiyana anci a mphare~yani anna~phwanya ekhora ni matata. Amina Saide, nthiyana "
                  "onavara ekhora, ohimya: “Hiyo ninna~weha wi ekhora en~na~rowa vakhaani. Ninna~khala "
                  "ni ehopa ekina, ni ekhora enna~rowa nuuleela {run}mwaakha.”"]},
        {"glued": True, "lines": ["Ohiya ovara ekhora"], "title": "Ohiya ovara ekhora",
         "byline": ["Ofisi ya Ehopa ya Angoche", None],
         "body": [("row", aligned("Ipantte", "Opacerya", "Omaliha", widths=(15, 12))),
                  ("row", aligned("Angoche", "1/12/2029", "28/2/2030", widths=(15, 12))),
                  ("row", aligned("Moma", "1/12/2029", "28/2/2030", widths=(15, 12))),
                  ("row", aligned("Ilha", "15/12/2029", "15/3/2030", widths=(15, 12))),
                  ("row", "Ekhora ni matata sinnakhiwa."),
                  ("end", "Ofisi ya Ehopa ya Angoche")]},
    ],
}

MANDO = {
    "name": "jut_latin1_lf_west_jutlandic_island_page_storm_closes_tidal_road_supply_boat_story_byline_dateline_caption_credit_running_head_midsentence_glued_harbour_master_qa_column_label_head_two_questions_signed_answerer_line_name_then_post_under_the_head",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Æ Vestkystblaj (an invented West Jutlandic daily, Ribe) 2029-12-04 Sij 7 Hawn å Øer, ISO 8859-1 (`æ ø å`, "
    "straight quotes; Latin-1 has no dash), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A West "
    "Jutlandic island page: a storm shuts the tidal road to Mandø for four days and a boat takes the island's "
    "groceries and post (title over two lines, byline line `Skrevet a Karen Bundgaard`, the dateline `MANDØ -` "
    "opening the lead, a caption and its credit inside a sentence, the running head before the last word `øen.`), "
    "then, with no blank line, the sailors' Q&A column: the label `Spør æ hawnfoged` (the section; kicker or none "
    "accepted), its head, **the answerer's line `Svar: Jens Chr. Lauridsen, hawnfoged`, name then post, "
    "under the head before the first question** (the byline; `Jens Chr. Lauridsen` accepted), then two question and "
    "answer pairs, each question opened by `Spørsmål:` and signed at its end, each answer opened by `Svar:`; each a "
    "paragraph, labels and signatures kept.",
    "date": "2029-12-04", "page": "7",
    "head": ["Æ VESTKYSTBLAJ | Tirsdaw 4. desember 2029 | Sij 7", "Hawn å Øer | Redaktør: Mette Søndergaard"],
    "foot": ["Æ Vestkystblaj | hawn@vestkystblaj.example.dk"],
    "furniture": ["Æ VESTKYSTBLAJ", "Tirsdaw 4. desember 2029", "Sij 7", "Hawn å Øer", "Redaktør: Mette Søndergaard",
                  "Æ Vestkystblaj | Hawn å Øer", "Æ Vestkystblaj", "hawn@vestkystblaj.example.dk"],
    "run": ["Æ Vestkystblaj | Hawn å Øer"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Æ Låningsvej lokket i fire daw:", "båj kam mæ æ mad", "Skrevet a Karen Bundgaard"],
         "title": "Æ Låningsvej lokket i fire daw: båj kam mæ æ mad",
         "byline": ["Skrevet a Karen Bundgaard", "Karen Bundgaard"],
         "captions": ["Æ båj lægger te ved Mandø."], "credits": ["Foto: Niels Ebbesen Hvid"],
         "body": ["MANDØ - Æ storm fræ vest hår lokket æ Lånings~vej te Mandø fræ fredaw te man~daw. Æ vand stod "
                  "hyw øwer æ vej, å æ traktor~bus kunn it kym øwer.",
                  "Søndaw sejlet en fiske~kutter fræ Ribe Kammer~sluse te øen mæ brød, mælk å post. {cap}Æ "
                  "ældste på øen fik æ medicin førs.",
                  "\"Vi er vant te æ vand, men fire daw er lang,\" siger Anders Mandrup, som hår æ lill "
                  "butik. Æ kom~mun vil no se på om der ska være en båj klar, når æ vej er lokket, så æ "
                  "folk it er alen på {run}øen."]},
        {"glued": True, "lines": ["Spør æ hawnfoged", "Hwor lang ka a ligg i æ hawn?", "Svar: Jens Chr. Lauridsen, hawnfoged"],
         "section": ["Spør æ hawnfoged", None], "kicker": [None, "Spør æ hawnfoged"],
         "title": "Hwor lang ka a ligg i æ hawn?",
         "byline": ["Svar: Jens Chr. Lauridsen, hawnfoged", "Jens Chr. Lauridsen, hawnfoged",
                    "Jens Chr. Lauridsen"],
         "body": ["Spørsmål: A hår en lill sejlbåj å vil ligg i Esbjerg hawn æ hiel vinter. Hwor lang ka a "
                  "ligg der, å hwa koster et? (Poul B., Fanø)",
                  "Svar: Do ka ligg i æ lystbådhawn hiel æ vinter, men do ska melde dæ te æ hawnkontor før 15. "
                  "desember. En båj på otte meter koster 2.400 kroner fræ november te mars.",
                  "Spørsmål: Mo a sejl ud i æ hawn om natten uden lys? (Jakob S., Hjerting)",
                  "Svar: Nej. All båj ska hå lys på, når æ sol er gået ned, også de små. Æ sto~re skeb ka it se "
                  "en båj uden lys."]},
    ],
}

PAGES = [TUNTU, XIUYU, HANGJING, YUSHI, XINXIANG, JIDAN, KAPPALA, ANGYARPAK, EKHORA, MANDO]
