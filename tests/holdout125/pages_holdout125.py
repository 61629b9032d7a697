"""The text of every holdout125 page, written once: make_holdout125_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-124 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `cells()`
(holdout116's, 118's, 120's and 121's), so the printed spacing is reproducible. All papers, public bodies' offices,
works, plants, reservoirs, footbridges, firms, bidders, people, sums, counts, telephone numbers and events are
invented; real places (towns, districts, villages, streets) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


JINDU = {
    "name": "zh_gbk_crlf_roads_page_five_road_projects_speed_up_story_byline_caption_credit_running_head_midquote_glued_road_works_progress_table_header_row_project_length_percent_done_month_rows_total_length_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "泓州日报 2035-03-07 第5版 城建, GBK, CRLF; blank-line paragraphs, wrapped at 22. A roads page: the invented "
    "city's five key road projects, 12.6 km in all, speed up and the widened riverside road reopens at the month's end "
    "(title with a full-width gap, the byline line `本报记者　简　澍`, a caption and its credit inside a sentence, the "
    "deputy bureau head's “” quotation cut by the running head before `休息。”`), then, with no blank line, **the "
    "progress table `城区重点道路工程进度`: a header row `工程　全长　完成进度　预计完工`, five rows of a project, its "
    "length in km, the share done in per cent and the month it should be finished (`滨江路拓宽　3.2公里　85%　3月底`), "
    "and a total row of the length alone `合计　12.6公里`**; the table is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2035-03-07", "page": "5",
    "head": ["泓州日报　　2035年3月7日　星期三", "第5版　城建　　责任编辑：乔　樾"],
    "foot": ["泓州日报社出版　　新闻热线：0738-5520946"],
    "furniture": ["泓州日报", "2035年3月7日", "星期三", "第5版", "城建", "责任编辑：乔　樾", "泓州日报·城建",
                  "泓州日报社出版", "新闻热线：0738-5520946"],
    "run": ["泓州日报·城建"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["五项道路工程全面提速　滨江路月底通车", "本报记者　简　澍"], "title": "五项道路工程全面提速　滨江路月底通车",
         "byline": ["本报记者　简　澍", "简　澍", "简澍"],
         "captions": ["施工人员在滨江路摊铺沥青。"], "credits": ["（本报记者　简　澍　摄）"],
         "body": ["记者昨天从市住房和城乡建设局获悉，今年城区列入计划的五项重点道路工程已全部复工，总长12.6公里，"
                  "总投资约9.8亿元。",
                  "市住建局副局长汤远航介绍，其中滨江路拓宽工程已完成85%，{cap}面层沥青正在夜间摊铺，预计本月底恢复"
                  "双向通车。",
                  "他说，施工期间部分路段仍需绕行，“噪音大的工序我们尽量放在白天做，不影响附近居民晚上"
                  "{run}休息。”"]},
        {"glued": True, "lines": ["城区重点道路工程进度"], "title": "城区重点道路工程进度",
         "body": [("row", "工程　全长　完成进度　预计完工"),
                  ("row", "滨江路拓宽　3.2公里　85%　3月底"),
                  ("row", "建设大道北延　4.1公里　40%　10月底"),
                  ("row", "南环路改造　2.5公里　60%　7月底"),
                  ("row", "学府路新建　1.6公里　25%　12月底"),
                  ("row", "老城区巷道改造　1.2公里　70%　6月底"),
                  ("row", "合计　12.6公里")]},
    ],
}

GONGCE = {
    "name": "zh_gb18030_lf_sanitation_page_six_public_toilets_open_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_public_toilets_list_header_row_name_address_men_slash_women_places_rows_total_pair_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汀阳晚报 2035-04-18 第8版 市容环卫, GB18030 (`\U0002c1d9` U+2C1D9, CJK Extension E, in the reporter's name "
    "and credit; not in GBK), LF; indent-only paragraphs, wrapped at 21. A sanitation page: six new or rebuilt public "
    "toilets open free in the invented city, 70 new places in all (title with a full-width gap, the byline line "
    "`本报记者　洪　\U0002c1d9`, a caption and its credit inside a sentence, the sanitation section head's “” "
    "quotation cut by the running head before `脸面。”`), then, with no blank line, **the list `城区新建改建公厕一览`: a "
    "header row `名称　位置　厕位（男/女）`, six rows of a toilet, its address and its places for men and for women as "
    "a pair in one cell (`人民公园公厕　公园路12号　4/8`), and a total row of the pair alone `合计　24/46`**; the list "
    "is an article, its head the title, each printed row a paragraph.",
    "date": "2035-04-18", "page": "8",
    "head": ["汀阳晚报　　2035年4月18日　星期三", "第8版　市容环卫　　责任编辑：戴　岚"],
    "foot": ["汀阳晚报社　　读者热线：0591-7736205"],
    "furniture": ["汀阳晚报", "2035年4月18日", "星期三", "第8版", "市容环卫", "责任编辑：戴　岚", "汀阳晚报·市容环卫",
                  "汀阳晚报社", "读者热线：0591-7736205"],
    "run": ["汀阳晚报·市容环卫"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["六座公厕新建改建完工　免费开放", "本报记者　洪　\U0002c1d9"], "title": "六座公厕新建改建完工　免费开放",
         "byline": ["本报记者　洪　\U0002c1d9", "洪　\U0002c1d9", "洪\U0002c1d9"],
         "captions": ["改建后的人民公园公厕。"], "credits": ["（本报记者　洪　\U0002c1d9　摄）"],
         "body": ["今年春节后，市城管局启动城区公厕新建改建工程，六座公厕近日全部完工并免费开放，共有厕位70个。",
                  "市城管局环卫科科长蒋立群介绍，新公厕女厕位与男厕位的比例接近二比一，{cap}每座都设有第三卫生间和"
                  "无障碍坡道。",
                  "他说，公厕由环卫工人每天保洁，市民发现问题可以扫码反映，“公厕干不干净，是一座城市的{run}脸面。”"]},
        {"glued": True, "lines": ["城区新建改建公厕一览"], "title": "城区新建改建公厕一览",
         "body": [("row", "名称　位置　厕位（男/女）"),
                  ("row", "人民公园公厕　公园路12号　4/8"),
                  ("row", "汀江码头公厕　沿江大道88号　5/9"),
                  ("row", "东门菜市场公厕　东门街3号　4/8"),
                  ("row", "火车站广场公厕　站前路1号　6/10"),
                  ("row", "文化路公厕　文化路45号　2/5"),
                  ("row", "滨河绿道公厕　滨河路中段　3/6"),
                  ("row", "合计　24/46")]},
    ],
}

XUSHUI = {
    "name": "zht_big5_crlf_taiwan_water_page_night_pressure_cuts_story_byline_caption_credit_running_head_midquote_glued_reservoir_storage_table_header_row_unit_in_header_reservoir_volume_percent_rows_as_of_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "嵐港日報 2035-05-09 A6 生活 (`中華民國124年5月9日`), Big5, CRLF; blank-line paragraphs, wrapped at 20. A Taiwan "
    "water page: a dry spring brings night-time pressure cuts from Monday (title with a full-width gap, the byline "
    "line `記者蔡宜蓁／嵐港報導`, a caption and its credit inside a sentence, the water office head's 「」 quotation cut "
    "by the running head before `水。」`), then, with no blank line, **the table `嵐港地區水庫蓄水情形`: a header row "
    "whose middle cell holds its unit in brackets `水庫　有效蓄水量（萬立方公尺）　蓄水率`, three rows of a reservoir, "
    "its usable storage with a thousands comma and a decimal, and the share full (`澄溪水庫　1,245.6　28.7%`), and an "
    "as-of row `資料統計至5月8日上午8時`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2035-05-09", "page": "A6",
    "head": ["嵐港日報　中華民國124年5月9日　星期三", "A6　生活　　編輯：駱品蓉"],
    "foot": ["嵐港日報社　讀者服務專線：(05)633-8127"],
    "furniture": ["嵐港日報", "中華民國124年5月9日", "星期三", "A6", "生活", "編輯：駱品蓉", "嵐港日報．生活",
                  "嵐港日報社", "讀者服務專線：(05)633-8127"],
    "run": ["嵐港日報．生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["水情吃緊　嵐港下週一起夜間減壓供水", "記者蔡宜蓁／嵐港報導"], "title": "水情吃緊　嵐港下週一起夜間減壓供水",
         "byline": ["記者蔡宜蓁／嵐港報導", "蔡宜蓁"],
         "captions": ["澄溪水庫水位下降，露出大片泥灘。"], "credits": ["（記者蔡宜蓁攝）"],
         "body": ["春雨偏少，嵐港地區三座水庫蓄水持續下降。縣自來水處昨天宣布，5月14日（週一）起每晚11時至隔天清晨"
                  "5時減壓供水。",
                  "自來水處長林世昌說，目前以澄溪水庫最吃緊，{cap}蓄水率已不到三成，如果梅雨仍不如預期，不排除進一步"
                  "分區供水。",
                  "他呼籲民眾節約用水，高樓住戶最好先把水塔裝滿，「夜間水壓比較低，頂樓住戶可能會沒有{run}水。」"]},
        {"glued": True, "lines": ["嵐港地區水庫蓄水情形"], "title": "嵐港地區水庫蓄水情形",
         "body": [("row", "水庫　有效蓄水量（萬立方公尺）　蓄水率"),
                  ("row", "澄溪水庫　1,245.6　28.7%"),
                  ("row", "鳳林水庫　3,802.4　46.3%"),
                  ("row", "雙溪水庫　612.9　51.8%"),
                  ("row", "資料統計至5月8日上午8時")]},
    ],
}

SHENGJIANGJI = {
    "name": "zht_big5hkscs_lf_hong_kong_roads_page_footbridge_lifts_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_lift_works_progress_table_header_row_bridge_lift_count_quarter_or_done_rows_total_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "灣聲日報 2035-06-13 A8 社區 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟 啲`; in neither cp950 nor Big5), LF; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong public-works page in Cantonese: lifts are being added to five "
    "footbridges of an invented district, the first two open (title with a full-width gap, the byline line `記者　"
    "麥嘉琪`, a caption and its credit inside a sentence, an old woman's 「」 quotation cut by the running head before "
    "`茶。」`), then, with no blank line, **the table `灣東區天橋加建升降機工程進度`: a header row `天橋位置　升降機　"
    "預計完工`, five rows of a footbridge, its number of lifts and the quarter it should be finished "
    "(`海晴街天橋　2部　2035年第三季`), the first row's last cell `已完工` instead of a quarter, and a total row of "
    "the lifts alone `合計　10部`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2035-06-13", "page": "A8",
    "head": ["灣聲日報　2035年6月13日　星期三", "A8　社區　　編輯：溫卓賢"],
    "foot": ["灣聲日報社　　新聞熱線：2581 4360"],
    "furniture": ["灣聲日報", "2035年6月13日", "星期三", "A8", "社區", "編輯：溫卓賢", "灣聲日報．社區", "灣聲日報社",
                  "新聞熱線：2581 4360"],
    "run": ["灣聲日報．社區"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["天橋加建升降機　街坊唔使再爬樓梯", "記者　麥嘉琪"], "title": "天橋加建升降機　街坊唔使再爬樓梯",
         "byline": ["記者　麥嘉琪", "麥嘉琪"],
         "captions": ["工人喺天橋旁邊搭棚。"], "credits": ["（麥嘉琪攝）"],
         "body": ["灣東區五條行人天橋加建升降機嘅工程加快咗進度，石灣道天橋兩部升降機上個月已經開放，其餘四條最遲"
                  "明年年中完工。",
                  "工程負責人區志明話，工地好窄，要喺夜晚封咗部分行車線先至可以{cap}將升降機槽吊入位，所以進度比"
                  "預期慢咗啲。",
                  "住喺附近嘅陳婆婆話，以前要扶住欄杆一級一級行，「而家有升降機，我日日都可以落街飲{run}茶。」"]},
        {"glued": True, "lines": ["灣東區天橋加建升降機工程進度"], "title": "灣東區天橋加建升降機工程進度",
         "body": [("row", "天橋位置　升降機　預計完工"),
                  ("row", "石灣道天橋　2部　已完工"),
                  ("row", "海晴街天橋　2部　2035年第三季"),
                  ("row", "東碼頭天橋　1部　2035年第四季"),
                  ("row", "新圍村天橋　2部　2036年第一季"),
                  ("row", "福康里天橋　3部　2036年第二季"),
                  ("row", "合計　10部")]},
    ],
}

SHUIZHI = {
    "name": "zh_utf16le_bom_crlf_sewage_page_treatment_plant_doubles_story_byline_caption_credit_running_head_midquote_glued_effluent_quality_table_unit_row_header_row_indicator_limit_measured_rows_source_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澧川晚报 2035-06-20 第4版 城市环保, **UTF-16 LE with BOM**, CRLF; blank-line paragraphs, wrapped at 22. A "
    "sewage page: the invented city's southern treatment plant doubles to 160,000 tonnes a day (title with a "
    "full-width gap, the byline line `本报记者　冉　舒`, a caption and its credit inside a sentence, the plant "
    "manager's “” quotation cut by the running head before `臭。”`), then, with no blank line, **the table "
    "`城南污水处理厂出水水质（5月均值）`: a unit row `单位：毫克/升`, a header row `指标　排放限值　实测均值`, five rows "
    "of a measure, its legal limit and the month's measured mean (`化学需氧量　50　16.8`, `总磷　0.5　0.21`), every "
    "mean under its limit, and a source row**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2035-06-20", "page": "4",
    "head": ["澧川晚报　　2035年6月20日　星期三", "第4版　城市环保　　责任编辑：鲍　汀"],
    "foot": ["澧川晚报社出版　　新闻热线：0736-2290417"],
    "furniture": ["澧川晚报", "2035年6月20日", "星期三", "第4版", "城市环保", "责任编辑：鲍　汀", "澧川晚报·城市环保",
                  "澧川晚报社出版", "新闻热线：0736-2290417"],
    "run": ["澧川晚报·城市环保"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城南污水处理厂扩建投运　日处理能力翻番", "本报记者　冉　舒"],
         "title": "城南污水处理厂扩建投运　日处理能力翻番",
         "byline": ["本报记者　冉　舒", "冉　舒", "冉舒"],
         "captions": ["污水处理厂的生物反应池。"], "credits": ["（本报记者　冉　舒　摄）"],
         "body": ["城南污水处理厂二期扩建工程近日正式投入运行，日处理能力由8万吨提高到16万吨，城南片区的生活污水可以"
                  "全部收集处理。",
                  "厂长邓文博介绍，二期工程采用新工艺，出水主要指标优于国家一级A标准，{cap}处理后的水一部分将用于"
                  "绿化浇灌和道路冲洗。",
                  "他说，出水数据每天在线监测并向社会公开，“欢迎市民随时来厂里看一看，这里的水一点都不{run}臭。”"]},
        {"glued": True, "lines": ["城南污水处理厂出水水质（5月均值）"], "title": "城南污水处理厂出水水质（5月均值）",
         "body": [("row", "单位：毫克/升"),
                  ("row", "指标　排放限值　实测均值"),
                  ("row", "化学需氧量　50　16.8"),
                  ("row", "生化需氧量　10　3.2"),
                  ("row", "悬浮物　10　4.5"),
                  ("row", "氨氮　5　0.46"),
                  ("row", "总磷　0.5　0.21"),
                  ("row", "资料来源：澧川市生态环境局")]},
    ],
}

LUKENG = {
    "name": "zh_utf8_bom_lf_malaysia_roads_page_potholes_repaired_after_rain_story_byline_furong_xun_opener_caption_credit_running_head_midquote_indent_only_glued_pothole_table_header_row_jalan_road_three_counts_rows_total_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "森华日报 (an invented Negeri Sembilan Chinese daily) 2035-07-11 第9版 地方新闻, UTF-8 with BOM, LF; indent-only "
    "paragraphs, wrapped at 21. A Malaysian roads page: after days of rain the Seremban city council has had 192 "
    "pothole complaints this month and mended 171 (title with a full-width gap, the byline line `记者　黄丽珊`, the "
    "lead opened by `（芙蓉讯）`, a caption holding a Malay road name and its credit inside a sentence, the council "
    "engineer's “” quotation cut by the running head before `意外。”`), then, with no blank line, **the table "
    "`芙蓉市议会本月修补路坑情况`: a header row `路段　投诉　已修补　待修补`, five rows of a road by its Malay name "
    "(`Jalan Rasah　48　44　4`, `Jalan Dato Bandar Tunggal　28　24　4`, the names holding their own spaces) and three "
    "counts, and a total row `合计　192　171　21`**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2035-07-11", "page": "9",
    "head": ["森华日报　2035年7月11日　星期三", "第9版　地方新闻　　编辑：温美凤"],
    "foot": ["森华日报社　　新闻热线：06-762 3158"],
    "furniture": ["森华日报", "2035年7月11日", "星期三", "第9版", "地方新闻", "编辑：温美凤", "森华日报·地方新闻",
                  "森华日报社", "新闻热线：06-762 3158"],
    "run": ["森华日报·地方新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["雨后路坑多　市议会本月已补171个", "记者　黄丽珊"], "title": "雨后路坑多　市议会本月已补171个",
         "byline": ["记者　黄丽珊", "黄丽珊"],
         "captions": ["工人在Jalan Rasah修补路坑。"], "credits": ["（黄丽珊摄）"],
         "body": ["（芙蓉讯）连日大雨后，芙蓉市区多条道路出现路坑。市议会本月共接获192宗投诉，至今已修补171个，其余"
                  "21个将在本周内补好。",
                  "市议会工程组主任林国辉说，雨季路面积水，沥青容易松脱，{cap}工人每天分成四组，从投诉最多的路段"
                  "开始修补。",
                  "他呼吁驾车人士遇到路坑时拍照投诉，“越早知道，就越早补好，也可以少一宗{run}意外。”"]},
        {"glued": True, "lines": ["芙蓉市议会本月修补路坑情况"], "title": "芙蓉市议会本月修补路坑情况",
         "body": [("row", "路段　投诉　已修补　待修补"),
                  ("row", "Jalan Rasah　48　44　4"),
                  ("row", "Jalan Temiang　35　31　4"),
                  ("row", "Jalan Labu　52　45　7"),
                  ("row", "Jalan Tuanku Antah　29　27　2"),
                  ("row", "Jalan Dato Bandar Tunggal　28　24　4"),
                  ("row", "合计　192　171　21")]},
    ],
}

GAMMI = {
    "name": "naq_utf8_lf_khoekhoe_water_page_village_prepaid_water_points_story_byline_dateline_click_letters_caption_credit_running_head_midquote_glued_water_price_list_container_size_price_rows_aligned_by_spaces_prices_flush_right_hours_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 32, "indent": "", "blank": True,
    "note": "Nama Tsēs (an invented Khoekhoe weekly, Berseba, ǁKaras Region, Namibia) 2035-08-15 Blads 3 ǃĀs tsî ǃHūb, UTF-8 "
    "without BOM (the click letters `ǀ ǁ ǂ ǃ`, U+01C0–U+01C3, and `â ē î ō û`, `– “ ”`), LF; blank-line paragraphs, "
    "wrapped at 32 with hyphenation. A Khoekhoe water page: the village's three new prepaid water points, paid with a "
    "card (title over two lines, byline line `Xoasis: Anna Swartbooi`, the dateline `BERSEBA –` opening the lead, a "
    "caption and its credit inside a sentence, a mother's “” quotation cut by the running head before `ā.”`), then, "
    "with no blank line, **the price list `ǁGammi mari`: four rows of a container size and its price in Namibian "
    "dollars, aligned by runs of spaces, the prices flush right (`20 liter      N$ 1.50`), and an opening-hours "
    "row**; the list is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2035-08-15", "page": "3",
    "head": ["NAMA TSĒS · Wunstaxtsēs 15.08.2035 · Blads 3", "ǃĀs tsî ǃHūb · ǂKhanisǁguisa: Maria Isaaks"],
    "foot": ["Nama Tsēs · tses@namatses.example.na"],
    "furniture": ["NAMA TSĒS", "Wunstaxtsēs 15.08.2035", "Blads 3", "ǃĀs tsî ǃHūb", "ǂKhanisǁguisa: Maria Isaaks",
                  "Nama Tsēs · ǃĀs tsî ǃHūb", "Nama Tsēs", "tses@namatses.example.na"],
    "run": ["Nama Tsēs · ǃĀs tsî ǃHūb"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Berseba khoen ge ǀgaro ǁgammi", "ǃnaodi ǃnâ ǁgammia ra hō", "Xoasis: Anna Swartbooi"],
         "title": "Berseba khoen ge ǀgaro ǁgammi ǃnaodi ǃnâ ǁgammia ra hō",
         "byline": ["Xoasis: Anna Swartbooi", "Anna Swartbooi"],
         "captions": ["ǀGôan ǁgammi ǃnaob ǃnâ."], "credits": ["Foto: Jonas Witbooi"],
         "body": ["BERSEBA – Ber~se~ba ǃās ǃnâ ge ǃnona ǀgaro ǁgammi ǃnaodi nē ǁkhâb ǃnâ go ǃkhō~ǀkhā. Khoen ge "
                  "ǂkar~ta ǀkha ǁgammia ra ǁama~ǃgâ, tsî ǁgammi~ǃnao~di ge ǁaeb hoa~ba ǃnâ ra ǂnoa.",
                  "ǁGammi ǃhaos~ǀgôab Petrus ǃNa~ru~seb ge ra mî, khoen ge ǁnāti xu 20 liter ǁgammi ǃkhai~sa "
                  "{cap}N$ 1.50 ǀkha ra ǁama. ǀGaro ǁgammi ǃnao~di ge ǃkhūb ǃnâ ǂgurohe.",
                  "Tarais Sara Boois ge ra mî: “Nēsi ge sada ǀgôan ǃgâi~se ǁgam~mia ra {run}ā.”"]},
        {"glued": True, "lines": ["ǁGammi mari"], "title": "ǁGammi mari",
         "body": [("row", cells((14, 10), "20 liter", "N$ 1.50", right=True)),
                  ("row", cells((14, 10), "25 liter", "N$ 1.80", right=True)),
                  ("row", cells((14, 10), "200 liter", "N$ 14.00", right=True)),
                  ("row", cells((14, 10), "1000 liter", "N$ 65.00", right=True)),
                  ("row", "ǁGammi ǃnaodi: 07.00–18.00")]},
    ],
}

TJIMBUZI = {
    "name": "kck_cp1252_cr_kalanga_sanitation_page_village_latrines_built_story_byline_dateline_caption_credit_running_head_midquote_glued_bill_of_quantities_header_row_item_number_unit_price_amount_rows_aligned_by_spaces_total_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Ngwao ye Bakalanga (an invented Kalanga weekly, Masunga, North-East District, Botswana) 2035-09-12 "
    "Peji 6 Ndaba dze Mizi, **cp1252** (`· – “ ”`), **CR** line ends; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A Kalanga sanitation page: the district council builds forty pit latrines for forty households of "
    "Masunga at P3,199 each (title over two lines, byline line `Ngwadzi: Kagiso Ndlovu`, the dateline `MASUNGA –` "
    "opening the lead, a caption and its credit inside a sentence, the health officer's “” quotation cut by the "
    "running head before `batjeche.”`), then, with no blank line, **the bill of quantities `Mutengo we tjimbuzi "
    "tjimwe`: a header row `Tjinhu  Nhamba  Mutengo  Mali`, five rows of an item, how many, the unit price and the "
    "amount, aligned by runs of spaces, the amounts flush right (`Simenti (50 kg)   8   P98   P784`), each amount the number times the "
    "price, and a total row `Mali yose  P3,199`**; the bill is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2035-09-12", "page": "6",
    "head": ["NGWAO YE BAKALANGA · 12.09.2035 · Peji 6", "Ndaba dze Mizi · Mupepeti: Neo Moyo"],
    "foot": ["Ngwao ye Bakalanga · ngwao@bakalanga.example.bw"],
    "furniture": ["NGWAO YE BAKALANGA", "12.09.2035", "Peji 6", "Ndaba dze Mizi", "Mupepeti: Neo Moyo",
                  "Ngwao ye Bakalanga · Ndaba dze Mizi", "Ngwao ye Bakalanga", "ngwao@bakalanga.example.bw"],
    "run": ["Ngwao ye Bakalanga · Ndaba dze Mizi"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mizi ye makumi mana ku Masunga", "yaka zwimbuzi zwitjeche", "Ngwadzi: Kagiso Ndlovu"],
         "title": "Mizi ye makumi mana ku Masunga yaka zwimbuzi zwitjeche",
         "byline": ["Ngwadzi: Kagiso Ndlovu", "Kagiso Ndlovu"],
         "captions": ["Tjimbuzi tjitjeche ku Masunga."], "credits": ["Foto: Lesego Dube"],
         "body": ["MASUNGA – Khan~sele ye North-East yaka zwimbuzi zwitjeche 40 ku mizi ye Masunga isi~na "
                  "zwimbuzi. Tjimbuzi tjimwe tjino mu~tengo we P3,199, mali yose i P127,960.",
                  "Mushandi we hutano, Boi~tu~melo Tjiwa, wakati bathu ba~no~wanda ba~kayenda ku sango, "
                  "{cap}nokuti kwa~kange ku~sina zwim~buzi. Wakati manhenda e mimba ano~dzika kana bathu ba~shan~disa "
                  "zwimbuzi.",
                  "Tjiwa wakati: “Tjimbuzi tjakanaka tjino~dzi~vi~rila bana, batjembela na {run}batjeche.”"]},
        {"glued": True, "lines": ["Mutengo we tjimbuzi tjimwe"], "title": "Mutengo we tjimbuzi tjimwe",
         "body": [("row", cells((17, 8, 8, 7), "Tjinhu", "Nhamba", "Mutengo", "Mali", right=True)),
                  ("row", cells((17, 8, 8, 7), "Simenti (50 kg)", "8", "P98", "P784", right=True)),
                  ("row", cells((17, 8, 8, 7), "Zwitina", "400", "P3", "P1,200", right=True)),
                  ("row", cells((17, 8, 8, 7), "Sinki", "3", "P145", "P435", right=True)),
                  ("row", cells((17, 8, 8, 7), "Mukova", "1", "P520", "P520", right=True)),
                  ("row", cells((17, 8, 8, 7), "Pombi", "1", "P260", "P260", right=True)),
                  ("row", cells((33, 7), "Mali yose", "P3,199", right=True))]},
    ],
}

DAN = {
    "name": "mh_utf16be_bom_crlf_marshallese_water_page_majuro_water_rationing_story_byline_dateline_caption_credit_running_head_midquote_glued_water_days_schedule_area_days_hours_rows_aligned_by_spaces_telephone_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Kōnnaan Majro (an invented Marshallese weekly, Majuro, Marshall Islands) 2035-10-17 Peij 3 Aelōñ, "
    "**UTF-16 BE with BOM** (`ā ļ ņ ō ū`, `o̧` and `m̧` with a combining cedilla U+0327, `· – “ ”`), CRLF; "
    "blank-line paragraphs, wrapped at 36 with hyphenation. A Marshallese water page: after two months without "
    "rain the invented water office gives each part of Majuro water on two days a week (title over two lines, byline "
    "line `Jeje: Neiar Lokeijak`, the dateline `MAJRO –` opening the lead, a caption and its credit inside a "
    "sentence, the manager's “” quotation cut by the running head before `itok.”`), then, with no blank line, **the "
    "schedule `Raan in dān`: five rows of a part of the atoll, its two weekdays and its hours (`Rita   Mande, Taije   "
    "6–10`), aligned by runs of spaces, and a telephone row**; the schedule is an article, its head the title, each "
    "printed row a paragraph (one space kept between cells).",
    "date": "2035-10-17", "page": "3",
    "head": ["KŌNNAAN MAJRO · Wōnje 17 Oktoba 2035 · Peij 3", "Aelōñ · Ekjab: Tina Jibas"],
    "foot": ["Kōnnaan Majro · konnaan@majro.example.mh"],
    "furniture": ["KŌNNAAN MAJRO", "Wōnje 17 Oktoba 2035", "Peij 3", "Aelōñ", "Ekjab: Tina Jibas",
                  "Kōnnaan Majro · Aelōñ", "Kōnnaan Majro", "konnaan@majro.example.mh"],
    "run": ["Kōnnaan Majro · Aelōñ"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Armej ro ilo Majro renaaj bōk", "dān wōt ruo raan ilo juon wiik", "Jeje: Neiar Lokeijak"],
         "title": "Armej ro ilo Majro renaaj bōk dān wōt ruo raan ilo juon wiik",
         "byline": ["Jeje: Neiar Lokeijak", "Neiar Lokeijak"],
         "captions": ["Tank in dān eo ilo Delap."], "credits": ["Pija: Hemos Riklon"],
         "body": ["MAJRO – Opiij in Dān Majro eaar kwa~ļo̧k bwe jān Mande eo ej itok, armej ro ilo aolep "
                  "jikin ko ilo Majro renaaj bōk dān wōt ruo raan ilo juon wiik.",
                  "Manaja eo an opiij eo, Kalora Lanki, eaar ba bwe ejje~ļo̧k wōt ilo ruo allōn im {cap}dān eo "
                  "ilo tank ko ej jidik. Rej kō~jer~bal dān jān ron ko ilo Laura.",
                  "Lanki eaar ba: “Kōm̧ kōj~parok dān. Jejjab jeļā ñāāt wōt eo enaaj {run}itok.”"]},
        {"glued": True, "lines": ["Raan in dān"], "title": "Raan in dān",
         "body": [("row", cells((10, 17), "Rita", "Mande, Taije", "6–10")),
                  ("row", cells((10, 17), "Uliga", "Mande, Taije", "14–18")),
                  ("row", cells((10, 17), "Delap", "Jujlan, Bōraide", "6–10")),
                  ("row", cells((10, 17), "Ajeltake", "Jujlan, Bōraide", "14–18")),
                  ("row", cells((10, 17), "Laura", "Wōnje, Jādede", "6–10")),
                  ("row", "Kūr opiij eo: 625-4718")]},
    ],
}

RAEL = {
    "name": "pau_macroman_lf_palauan_roads_page_road_paving_bids_opened_story_byline_dateline_caption_credit_running_head_midquote_indent_only_glued_bid_opening_results_bidder_sum_rows_aligned_by_spaces_sums_flush_right_estimate_row_lowest_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Uchul Belau (an invented Palauan weekly, Ngiwal, Babeldaob, Palau) 2035-11-14 Page 5 Beluu, Mac OS "
    "Roman (`– “ ”`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 38 with hyphenation. "
    "A Palauan public-works page: five firms bid to pave Ngiwal's 4.2 km coast road and the lowest bid is under the "
    "government's estimate (title over two lines, byline line `Cherchar: Ebil Ngirmang`, the dateline `NGIWAL –` "
    "opening the lead, a caption and its credit inside a sentence, the state governor's “” quotation cut by the "
    "running head before `mesisiich.”`), then, with no blank line, **the bid-opening results `A bid er a rael er "
    "Ngiwal`: five rows of a bidder and its sum in dollars with thousands commas, aligned by runs of spaces, the sums "
    "flush right, an estimate row of the same form, and a last row naming the lowest bidder**; the results are an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2035-11-14", "page": "5",
    "head": ["UCHUL BELAU – November 14, 2035 – Page 5", "Beluu – Editor: Lisa Ngiraidong"],
    "foot": ["Uchul Belau – uchul@belau.example.pw"],
    "furniture": ["UCHUL BELAU", "November 14, 2035", "Page 5", "Beluu", "Editor: Lisa Ngiraidong",
                  "Uchul Belau – Beluu", "Uchul Belau", "uchul@belau.example.pw"],
    "run": ["Uchul Belau – Beluu"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Eim el kompani a mle bid er a", "rael er a chelechol er Ngiwal", "Cherchar: Ebil Ngirmang"],
         "title": "Eim el kompani a mle bid er a rael er a chelechol er Ngiwal",
         "byline": ["Cherchar: Ebil Ngirmang", "Ebil Ngirmang"],
         "captions": ["A rael er a chelechol er Ngiwal."], "credits": ["Photo: Joe Sengebau"],
         "body": ["NGIWAL – Eim el kompani a mle mengai a bid er a ome~ruul er a rael er a che~le~chol er Ngiwal. "
                  "A rael a 4.2 kilo~meter, e ng mla mo mek~ngit er a ulekiu er a chull.",
                  "A Bureau er a Public Works a mle ke~re~kikl a bid er a Oktober 31. A kot el meke~kerei el bid a "
                  "mle {cap}$1,352,400, e ng kekere er a estimate er a gabman el $1,450,000.",
                  "A Gov~ernor er Ngiwal a ule~meke~decherur: “Kede mla mengai er a rael el ungil. Ng kirel el "
                  "kmal {run}mesisiich.”"]},
        {"glued": True, "lines": ["A bid er a rael er Ngiwal"], "title": "A bid er a rael er Ngiwal",
         "body": [("row", cells((24, 12), "Tebang Construction", "$1,352,400", right=True)),
                  ("row", cells((24, 12), "Bedul Builders", "$1,418,750", right=True)),
                  ("row", cells((24, 12), "Kliou Paving", "$1,506,000", right=True)),
                  ("row", cells((24, 12), "Island Road Works", "$1,574,900", right=True)),
                  ("row", cells((24, 12), "Sechelei Engineering", "$1,620,300", right=True)),
                  ("row", cells((24, 12), "Estimate er a gabman", "$1,450,000", right=True)),
                  ("row", "Kot el mekekerei: Tebang Construction")]},
    ],
}

PAGES = [JINDU, GONGCE, XUSHUI, SHENGJIANGJI, SHUIZHI, LUKENG, GAMMI, TJIMBUZI, DAN, RAEL]
