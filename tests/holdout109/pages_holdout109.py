"""The text of every holdout109 page, written once: make_holdout109_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-107 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold (a notice's issuer, a
letter's signature, an answerer's line or sign-off: the byline), `("more", line)` such a line with no blank line
before it (the second line of an answerer's block). `{cap}` drops the caption and its credit into a paragraph, `{run}`
the running head; `~` marks where a Latin word may be split at a line end. The Latin box rows are padded to their
columns by `aligned()` (holdout98's helper, as holdout99-107 copied it), so the printed spacing is reproducible. All
papers, railways, airlines, coach firms, stations, flights, people, prices, times and events are invented; real
places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


XINXIAN = {
    "name": "zh_gbk_crlf_rail_page_new_intercity_line_opening_story_kicker_title_byline_caption_credit_running_head_midquote_glued_first_train_stations_and_times_table_header_station_arrive_depart_rows_dash_in_terminus_cells",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "漳岭日报 2030-09-27 第4版 交通周刊, GBK, CRLF; blank-line paragraphs, wrapped at 22. A rail page: an "
    "invented intercity line opens tomorrow (the kicker `全长86公里　设站5座` over the title, the byline line, a caption "
    "and its credit inside a sentence, the passenger manager's “” quotation cut by the running head before `购票。”`), "
    "then, with no blank line under its last line, the first train's timetable `首趟列车C7501次时刻`: a header row "
    "`站名　到达　开车` and five station rows down the line, the first station's arrival and the last station's "
    "departure printed `—`; the table is an article, its head the title, each printed line a paragraph.",
    "date": "2030-09-27", "page": "4",
    "head": ["漳岭日报　　2030年9月27日　星期五", "第4版　交通周刊　　责任编辑：闻　溪"],
    "foot": ["漳岭日报社出版　　新闻热线：0596-3318640"],
    "furniture": ["漳岭日报", "2030年9月27日", "星期五", "第4版", "交通周刊", "责任编辑：闻　溪", "漳岭日报·交通周刊",
                  "漳岭日报社出版", "新闻热线：0596-3318640"],
    "run": ["漳岭日报·交通周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["全长86公里　设站5座", "漳岭至岚溪城际铁路明日开通", "本报记者　柯　岩"],
         "kicker": ["全长86公里　设站5座", None], "title": "漳岭至岚溪城际铁路明日开通",
         "byline": ["本报记者　柯　岩", "柯　岩", "柯岩"],
         "captions": ["动车组列车在青墩站试运行。"], "credits": ["（本报记者　柯　岩　摄）"],
         "body": ["记者昨天从漳岭城际铁路有限公司获悉，漳岭至岚溪城际铁路将于9月28日开通运营。线路全长86公里，"
                  "设漳岭、漳岭北、枫塘、青墩、岚溪5座车站，设计时速200公里。",
                  "开通初期，每天开行动车组列车14对，{cap}漳岭到岚溪最快58分钟，比走高速公路节省一个多小时。"
                  "二等座全程票价39元。",
                  "公司客运部经理邵明辉说：“首趟列车C7501次早上7点从漳岭站开出，车票已经在网上开售，沿线居民"
                  "可以提前{run}购票。”"]},
        {"glued": True, "lines": ["首趟列车C7501次时刻"], "title": "首趟列车C7501次时刻",
         "body": [("row", "站名　到达　开车"),
                  ("row", "漳岭　—　07:00"),
                  ("row", "漳岭北　07:11　07:13"),
                  ("row", "枫塘　07:27　07:29"),
                  ("row", "青墩　07:41　07:43"),
                  ("row", "岚溪　07:58　—")]},
    ],
}

QISHOU = {
    "name": "zh_gb18030_lf_service_page_spring_festival_rush_ticket_sales_story_byline_rare_char_caption_credit_running_head_midsentence_glued_qishou_rili_calendar_box_header_travel_date_sale_date_rows_lunar_day_in_brackets_note_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沅澄晚报 2030-12-20 第6版 便民服务, GB18030 (`\U0002c27c` U+2C27C in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A service page: the 2031 Spring Festival rush runs 1月8日 to 2月16日 and "
    "its first day's train tickets go on sale next Tuesday (title, byline line, a caption and its credit inside a "
    "sentence, the running head before the last word `服务。`), then, with no blank line, the ticket-sale calendar "
    "`春运火车票起售日历`: a header row `乘车日期　起售日期`, five rows of a travel date and its sale date, three of "
    "them naming the day in brackets (`1月22日（除夕）　1月7日`, `1月29日（正月初七）　1月14日`), and a `注：` row; "
    "the box is an article, its head the title, each printed line a paragraph.",
    "date": "2030-12-20", "page": "6",
    "head": ["沅澄晚报　　2030年12月20日　星期五", "第6版　便民服务　　责任编辑：戚　沅"],
    "foot": ["沅澄晚报社　　服务热线：0736-5524109"],
    "furniture": ["沅澄晚报", "2030年12月20日", "星期五", "第6版", "便民服务", "责任编辑：戚　沅", "沅澄晚报·便民服务",
                  "沅澄晚报社", "服务热线：0736-5524109"],
    "run": ["沅澄晚报·便民服务"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["春运火车票下周二起开售", "本报记者　濮　\U0002c27c"], "title": "春运火车票下周二起开售",
         "byline": ["本报记者　濮　\U0002c27c", "濮　\U0002c27c", "濮\U0002c27c"],
         "captions": ["旅客在沅澄站售票厅购票。"], "credits": ["本报记者　濮　\U0002c27c　摄"],
         "body": ["2031年春运将于1月8日开始，至2月16日结束，共40天。记者昨天从沅澄火车站获悉，春运首日的火车票"
                  "将于12月24日开售。",
                  "按照铁路部门的规定，互联网和电话订票提前15天发售车票，{cap}旅客可以对照起售日期，提前安排"
                  "行程。",
                  "车站客运主任蔡立新提醒，节前客流高峰预计出现在1月18日至21日，这几天的车票比较紧张，没有买到"
                  "票的旅客可以使用候补购票功能，不要轻信网上的“抢票”{run}服务。"]},
        {"glued": True, "lines": ["春运火车票起售日历"], "title": "春运火车票起售日历",
         "body": [("row", "乘车日期　起售日期"),
                  ("row", "1月8日（春运首日）　12月24日"),
                  ("row", "1月15日　12月31日"),
                  ("row", "1月22日（除夕）　1月7日"),
                  ("row", "1月29日（正月初七）　1月14日"),
                  ("row", "2月16日（春运末日）　2月1日"),
                  ("row", "注：其他日期的车票，在乘车日期前15天起售。")]},
    ],
}

ZHANFANG = {
    "name": "zht_big5_crlf_taiwan_local_page_station_rebuild_story_byline_line_caption_credit_running_head_midquote_glued_gaijian_qijian_linshi_cuoshi_box_of_labelled_lines_works_period_temporary_building_platforms_tickets_buses_parking",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "萊埔日報 2030-02-21 B2 在地生活 (`中華民國119年2月21日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan local page: an invented town's sixty-year-old station is pulled down and rebuilt, passengers using a "
    "temporary building from 3月1日 (title, the byline line `記者林宥均／萊埔報導`, a caption and its credit inside a "
    "sentence, the station master's 「」 quotation cut by the running head before `標誌。」`), then, with no blank "
    "line, the box `改建期間臨時措施`: six labelled lines (`施工期間：`, `臨時站房：`, `進出月台：`, `購票：`, "
    "`轉乘：`, `停車：`), no header row, no signature; the box is an article, its head the title, each printed line a "
    "paragraph, its label kept.",
    "date": "2030-02-21", "page": "B2",
    "head": ["萊埔日報　中華民國119年2月21日　星期四", "B2　在地生活　　編輯：簡若晴"],
    "foot": ["萊埔日報社　讀者服務專線：(05)238-6614"],
    "furniture": ["萊埔日報", "中華民國119年2月21日", "星期四", "B2", "在地生活", "編輯：簡若晴", "萊埔日報．在地生活",
                  "萊埔日報社", "讀者服務專線：(05)238-6614"],
    "run": ["萊埔日報．在地生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["萊埔車站改建　3月起啟用臨時站房", "記者林宥均／萊埔報導"], "title": "萊埔車站改建　3月起啟用臨時站房",
         "byline": ["記者林宥均／萊埔報導", "林宥均"],
         "captions": ["萊埔車站將拆除改建。"], "credits": ["（記者林宥均攝）"],
         "body": ["啟用六十多年的萊埔車站將拆除改建，新站房預計121年完工。鐵路局表示，施工期間車站照常營業，3月1日"
                  "起旅客改由站前廣場南側的臨時站房進出。",
                  "臨時站房設有自動售票機和人工售票窗口，{cap}月台則以東側的臨時天橋連接，旅客進出站要多走約三"
                  "分鐘。",
                  "站長許文彥說，施工期間站前的公車站牌和計程車排班處都會移位，「請旅客提早十分鐘到站，注意現場"
                  "的指示{run}標誌。」"]},
        {"glued": True, "lines": ["改建期間臨時措施"], "title": "改建期間臨時措施",
         "body": [("row", "施工期間：119年3月1日至121年8月31日"),
                  ("row", "臨時站房：站前廣場南側"),
                  ("row", "進出月台：東側臨時天橋"),
                  ("row", "購票：自動售票機4台、人工窗口2個"),
                  ("row", "轉乘：公車站牌移至中山路口"),
                  ("row", "停車：機車改停後站停車場")]},
    ],
}

SHIWU = {
    "name": "zht_big5hkscs_lf_hong_kong_rail_page_lost_property_story_cantonese_byline_caption_credit_running_head_midquote_glued_chengke_xinxiang_qa_column_label_head_question_signed_answer_closed_by_officer_signoff_post_then_name",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "灣汀日報 2030-06-06 A9 城市脈搏, Big5-HKSCS (`嘅 喺 咗 嚟 冇 啲`; in neither cp950 nor Big5), LF; "
    "blank-line paragraphs, wrapped at 20. A Hong Kong rail page in Cantonese: an invented railway's passengers left "
    "a fifth more things behind last year (title, byline line `記者　蔡穎欣`, a caption and its credit inside a "
    "sentence, a lost-property clerk's 「」 quotation cut by the running head before `嚟問。」`), then, with no blank "
    "line, the passengers' Q&A column: the label `乘客信箱` (the section; kicker or none accepted), its head, the "
    "question `問：…` signed `（乘客　區太）` at its end, the answer `答：…` and two follow-ons, **closed by the "
    "officer's sign-off `——灣景鐵路失物辦事處主任　游詠恩` (post, then name) on a line of its own** (the byline, "
    "the `——` markup; the name alone accepted); each turn a paragraph, labels and signature kept.",
    "date": "2030-06-06", "page": "A9",
    "head": ["灣汀日報　2030年6月6日　星期四", "A9　城市脈搏　　編輯：麥凱琪"],
    "foot": ["灣汀日報社　　讀者熱線：2915 3086"],
    "furniture": ["灣汀日報", "2030年6月6日", "星期四", "A9", "城市脈搏", "編輯：麥凱琪", "灣汀日報．城市脈搏",
                  "灣汀日報社", "讀者熱線：2915 3086"],
    "run": ["灣汀日報．城市脈搏"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["乘客遺留物品　一年多咗兩成", "記者　蔡穎欣"], "title": "乘客遺留物品　一年多咗兩成",
         "byline": ["記者　蔡穎欣", "蔡穎欣"],
         "captions": ["職員整理乘客遺留嘅雨遮。"], "credits": ["（蔡穎欣攝）"],
         "body": ["灣景鐵路公司昨日公布，去年乘客喺列車同車站遺留嘅物品有六萬八千幾件，比前年多咗兩成，最多係"
                  "雨遮、銀包同手機。",
                  "公司話，{cap}員工執到物品會即日登記，送去紅磡站嘅失物辦事處，貴重物品會鎖喺保險櫃。",
                  "失物辦事處職員話，好多乘客唔知可以上網查失物，「其實登記咗嘅物品，網上都搵得到，唔使親身"
                  "{run}嚟問。」"]},
        {"glued": True, "lines": ["乘客信箱", "喺火車跌咗銀包　點樣先攞得返？"],
         "section": ["乘客信箱", None], "kicker": [None, "乘客信箱"], "title": "喺火車跌咗銀包　點樣先攞得返？",
         "byline": ["灣景鐵路失物辦事處主任　游詠恩", "游詠恩"],
         "body": ["問：我上星期五夜晚由上水搭火車返紅磡，落車先發現銀包唔見咗，入面有身份證同八百幾蚊現金。我應該去"
                  "邊度搵？要唔要報警？（乘客　區太）",
                  "答：區太，你可以喺灣景鐵路網站嘅「失物查詢」輸入車程同物品資料，亦可以致電失物辦事處。職員執到"
                  "嘅銀包，一般第二日就會送到紅磡站。",
                  "領取時要帶身份證明文件，講清楚銀包嘅款式同入面有啲乜，職員核對之後就可以交返俾你。",
                  "如果一個星期都冇消息，而銀包入面有身份證，就應該報警，同埋盡快補領身份證。",
                  ("end", "——灣景鐵路失物辦事處主任　游詠恩")]},
    ],
}

HANGXIAN = {
    "name": "zh_utf16be_bom_lf_aviation_page_airport_new_routes_story_title_dash_subtitle_byline_caption_credit_running_head_midquote_glued_flights_table_header_flight_destination_days_departure_rows_days_as_weekday_digits_note_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄川日报 2030-03-29 第3版 空港, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. An aviation "
    "page: an invented city's airport opens eight domestic routes with the summer season from Sunday 3月31日 (title, "
    "the `——` subtitle `——夏秋航季3月31日起执行` (the `——` markup), the byline line, a caption and its credit inside "
    "a sentence, the operations manager's “” quotation cut by the running head before `机场。”`), then, with no blank "
    "line, the flights table `部分新开航线航班时刻`: a header row `航班号　目的地　班期　起飞`, four rows of a flight "
    "number, a destination, its days **as weekday digits (`246`, `1357`) or `每日`** and a departure time, and a "
    "`注：` row saying what the digits mean; the table is an article, its head the title, each printed line a "
    "paragraph. The flight numbers' airline codes are invented and may match a real carrier's by chance.",
    "date": "2030-03-29", "page": "3",
    "head": ["澄川日报　2030年3月29日　星期五", "第3版　空港　　责任编辑：乔　岚"],
    "foot": ["澄川日报社出版　　新闻热线：0877-6637205"],
    "furniture": ["澄川日报", "2030年3月29日", "星期五", "第3版", "空港", "责任编辑：乔　岚", "澄川日报·空港",
                  "澄川日报社出版", "新闻热线：0877-6637205"],
    "run": ["澄川日报·空港"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["澄川机场新开8条航线", "——夏秋航季3月31日起执行", "本报记者　蒲　晗"],
         "title": "澄川机场新开8条航线", "subtitle": "夏秋航季3月31日起执行",
         "byline": ["本报记者　蒲　晗", "蒲　晗", "蒲晗"],
         "captions": ["旅客在澄川机场候机楼办理乘机手续。"], "credits": ["（本报记者　蒲　晗　摄）"],
         "body": ["记者昨天从澄川机场获悉，3月31日起民航执行夏秋航季航班计划，澄川机场新开国内航线8条，每周计划"
                  "航班比冬春航季增加126班。",
                  "新开航线中，往返西宁、喀什、延吉等城市的航线均为首次开通，{cap}澄川去西北、东北方向的旅客不用"
                  "再到省城中转。",
                  "机场运行指挥中心负责人卢向东介绍，部分原有航班的起飞时间也有调整，“请旅客出行前通过航空公司"
                  "的客户端确认航班时间，提前两小时到达{run}机场。”"]},
        {"glued": True, "lines": ["部分新开航线航班时刻"], "title": "部分新开航线航班时刻",
         "body": [("row", "航班号　目的地　班期　起飞"),
                  ("row", "ZQ6231　西宁　每日　08:05"),
                  ("row", "ZQ6275　喀什　246　10:40"),
                  ("row", "GJ5518　延吉　1357　13:15"),
                  ("row", "ZQ6203　海口　每日　16:50"),
                  ("row", "注：班期“1”至“7”分别指周一至周日。")]},
    ],
}

BASHI = {
    "name": "zh_utf8_bom_lf_malaysia_travel_page_new_year_express_bus_tickets_story_baodao_byline_dateline_caption_credit_running_head_midquote_glued_lvyou_jianxun_travel_briefs_label_over_three_headed_items_each_opened_by_its_own_xun_opener",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "南岛晨报 (an invented Malaysian Chinese daily) 2030-01-20 A8 旅游天地, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian travel page: express-bus tickets out of Kuala Lumpur sold out for the days "
    "before Chinese New Year (title, the byline line `报道：陈慧萍`, the lead opened by `（吉隆坡19日讯）`, a caption "
    "and its credit inside a sentence, a passenger's “” quotation cut by the running head before `驾驶。”`), then, "
    "with no blank line, the travel briefs column: the label `旅游简讯` (the first item's section; kicker or none "
    "accepted, and accepted on the others) over three items, each under its own head and **each opened by its own "
    "dated place opener `（新山19日讯）`, `（怡保18日讯）`, `（金马仑19日讯）`**, each one paragraph.",
    "date": "2030-01-20", "page": "A8",
    "head": ["南岛晨报　2030年1月20日　星期日", "A8　旅游天地　　编辑：叶慧珊"],
    "foot": ["南岛晨报社　　新闻热线：03-7781 2259"],
    "furniture": ["南岛晨报", "2030年1月20日", "星期日", "A8", "旅游天地", "编辑：叶慧珊", "南岛晨报·旅游天地",
                  "南岛晨报社", "新闻热线：03-7781 2259"],
    "run": ["南岛晨报·旅游天地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新年长途巴士票　南下北上都卖光", "报道：陈慧萍"], "title": "新年长途巴士票　南下北上都卖光",
         "byline": ["报道：陈慧萍", "陈慧萍"],
         "captions": ["乘客在终站排队买票。"], "credits": ["（陈慧萍摄）"],
         "body": ["（吉隆坡19日讯）农历新年还有两个星期，从吉隆坡南部综合交通终站开往槟城、怡保和新山的长途巴士"
                  "票，除夕前三天的班次几乎全部卖光。",
                  "记者昨天在终站看到，售票柜台前排着长龙，{cap}不少人是来碰运气，希望买到别人退回的车票。",
                  "在吉隆坡工作的槟城人林国豪说，他一个月前上网时已经买不到除夕前一天的车票，“今年只好和朋友"
                  "一起开车回去，轮流{run}驾驶。”"]},
        {"glued": True, "lines": ["旅游简讯", "新柔长堤跨境巴士增班"],
         "section": ["旅游简讯", None], "kicker": [None, "旅游简讯"], "title": "新柔长堤跨境巴士增班",
         "body": ["（新山19日讯）新山往返新加坡的跨境巴士从本月25日起至2月9日增加班次，每天首班车提早到凌晨5时"
                  "开出。"]},
        {"lines": ["怡保机场下月新开航线"], "section": [None, "旅游简讯"], "kicker": [None, "旅游简讯"],
         "title": "怡保机场下月新开航线",
         "body": ["（怡保18日讯）怡保苏丹阿兹兰沙机场下月起新开往返古晋的航线，每周三班，单程机票最低99令吉。"]},
        {"lines": ["上金马仑避开周末"], "section": [None, "旅游简讯"], "kicker": [None, "旅游简讯"],
         "title": "上金马仑避开周末",
         "body": ["（金马仑19日讯）新年假期前往金马仑高原的游客预料大增，警方建议游客避开周末上山，并提早出发。"]},
    ],
}

MBASI = {
    "name": "kam_utf8_nobom_crlf_kamba_travel_page_coach_times_change_story_byline_dateline_caption_credit_running_head_midquote_glued_coach_firm_timetable_notice_header_from_to_before_from_date_rows_aligned_by_spaces_firm_signature_place_date_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 35, "indent": "", "blank": True,
    "note": "Ngewa sya Ũkamba (an invented Kamba daily, Kitui, Kenya) 2030-03-20 Ĩthangũ 5 Ngali na Asavili, UTF-8 "
    "without BOM (`ĩ ũ Ĩ Ũ · – “ ”`), CRLF; blank-line paragraphs, wrapped at 35 with hyphenation. A Kamba travel "
    "page: an invented coach firm's buses from Kitui leave half an hour earlier from 1 April (title over two lines, "
    "byline line `Nĩ Ndunge Mutua`, the dateline `KITUI –` opening the lead, a caption and its credit inside a "
    "sentence, the manager's “” quotation cut by the running head before `ĩvinda.”`), then, with no blank line, the "
    "firm's notice `Ũvoo kwa asavili`: a header row `Kuma  Kũthi  Tene  Kuma 1/4` (from, to, before, from 1 April), "
    "**three rows of a route with its old and new times** aligned by runs of spaces, a rule paragraph, the firm's "
    "line (the byline, none accepted) and the place-and-date row `Kitui, 18/3/2030` (the last paragraph); the notice "
    "is an article, its head the title, each printed line above the firm a paragraph (one space kept).",
    "date": "2030-03-20", "page": "5",
    "head": ["NGEWA SYA ŨKAMBA · 20 Machi 2030 · Ĩthangũ 5", "Ngali na Asavili · Mũandĩki: Mueni Musyoka"],
    "foot": ["Ngewa sya Ũkamba · ngewa@ukamba.example.ke"],
    "furniture": ["NGEWA SYA ŨKAMBA", "20 Machi 2030", "Ĩthangũ 5", "Ngali na Asavili", "Mũandĩki: Mueni Musyoka",
                  "Ngewa sya Ũkamba · Ngali na Asavili", "Ngewa sya Ũkamba", "ngewa@ukamba.example.ke"],
    "run": ["Ngewa sya Ũkamba · Ngali na Asavili"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mbasi sya Kitui kũthi Nairobi", "ikaumaa tene", "Nĩ Ndunge Mutua"],
         "title": "Mbasi sya Kitui kũthi Nairobi ikaumaa tene", "byline": ["Nĩ Ndunge Mutua", "Ndunge Mutua"],
         "captions": ["Mbasi ya Mũsyi Coach Kitui."], "credits": ["Foto: Musau Kyalo"],
         "body": ["KITUI – Kuma 1 Aprili, mbasi sya kam~puni ya Mũsyi Coach ila sy~umaa Kitui kũthi Nai~robi "
                  "ika~umaa nusu saa mbee ya ĩvinda ĩla syu~maa ũmũ~nthĩ.",
                  "Kam~puni yĩsya nĩ kwĩ~thĩwa asa~vili aingĩ nĩ~maendaa wĩa~nĩ Nai~robi tene, na ngali nyingĩ "
                  "nĩ~syĩ~anaa {cap}ndĩa~nĩ ya Thika kwa kĩ~ma~lĩ kya saa ilĩ.",
                  "Mũnene wa Mũsyi Coach, Peter Kiilu, aisye: “Tũkwenda asavili mavike Nairobi mbee wa saa "
                  "imwe na nusu, nĩ kana mavike wĩa~nĩ {run}ĩvinda.”"]},
        {"glued": True, "lines": ["Ũvoo kwa asavili"], "title": "Ũvoo kwa asavili",
         "byline": ["Mũsyi Coach Ltd", None],
         "body": [("row", aligned("Kuma", "Kũthi", "Tene", "Kuma 1/4", widths=(9, 10, 7))),
                  ("row", aligned("Kitui", "Nairobi", "6:00", "5:30", widths=(9, 10, 7))),
                  ("row", aligned("Mwingi", "Nairobi", "6:30", "6:00", widths=(9, 10, 7))),
                  ("row", aligned("Kitui", "Mombasa", "20:00", "19:30", widths=(9, 10, 7))),
                  "Mbasi sya kuma Nairobi kũka Kitui syĩ ĩvinda o ĩla. Tikiti ti~syĩ~ongeleka.",
                  ("end", "Mũsyi Coach Ltd"),
                  ("row", "Kitui, 18/3/2030")]},
    ],
}

BAASI = {
    "name": "xog_macroman_cr_lusoga_travel_page_night_coach_to_nairobi_story_byline_dateline_caption_credit_running_head_midquote_glued_ebbaluwa_letters_rubric_over_two_travellers_letters_each_head_greeting_line_signature_name_and_town",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Engoma ya Busoga (an invented Lusoga daily, Jinja, Uganda) 2030-08-14 Olupapula 6 Entambula, Mac OS Roman "
    "(`’ – “ ”`), CR line ends; blank-line paragraphs, wrapped at 39 with hyphenation. A Lusoga travel page: an "
    "invented coach firm starts two night buses from Jinja to Nairobi through Busia (title over two lines, byline "
    "line `Bya Harriet Nabirye`, the dateline `JINJA –` opening the lead, a caption and its credit inside a sentence, "
    "a driver's “” quotation cut by the running head before `makya.”`), then, with no blank line, **the readers' "
    "letters rubric `Ebbaluwa z’abasomi` (the first letter's section; kicker or none accepted, and accepted on the "
    "second) over two travellers' letters**, each under its own head, each opening on a greeting on a line of its "
    "own (`Omusunsuzi, kodh’eyo.`, `Omusunsuzi,`: the letter's first paragraph) and signed at its foot by name and "
    "town (`Waiswa Moses, Iganga`, `Nabirye Sarah, Bugembe`: the byline; the name alone accepted).",
    "date": "2030-08-14", "page": "6",
    "head": ["ENGOMA YA BUSOGA – Lwakusatu, 14 Agusito 2030 – Olupapula 6", "Entambula – Omukulu: Naigaga Proscovia"],
    "foot": ["Engoma ya Busoga – amawulire@engoma.example.ug"],
    "furniture": ["ENGOMA YA BUSOGA", "Lwakusatu, 14 Agusito 2030", "Olupapula 6", "Entambula",
                  "Omukulu: Naigaga Proscovia", "Engoma ya Busoga – Entambula", "Engoma ya Busoga",
                  "amawulire@engoma.example.ug"],
    "run": ["Engoma ya Busoga – Entambula"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Baasi ez’ekiro okuva e Jinja", "okudha e Nairobi zatandiise", "Bya Harriet Nabirye"],
         "title": "Baasi ez’ekiro okuva e Jinja okudha e Nairobi zatandiise",
         "byline": ["Bya Harriet Nabirye", "Harriet Nabirye"],
         "captions": ["Baasi ya Kagulu Coaches e Jinja."], "credits": ["Ekifaananyi: Mukisa Isabirye"],
         "body": ["JINJA – Kam~puni ya Kagulu Coaches etan~di~ise oku~vuga baasi ibiri buli kiro okuva e Jinja "
                  "okudha e Nairobi, nga ziyita e Busia.",
                  "Baasi zi~sim~bula ssaawa ssatu ez’ekiro, era {cap}zi~tuuka e Nai~robi ku makya. Tiketi egula "
                  "siringi emi~twalo eta~ano.",
                  "Omu~vuzi wa baasi, Kakaire John, agam~bye nti: “Abasaa~baze bangi baa~gala oku~tam~bula ekiro, "
                  "kuba baaba bagenda kukola e Nairobi ku {run}makya.”"]},
        {"glued": True, "lines": ["Ebbaluwa z’abasomi", "Baasi zaiswe zivuga mangu inho"],
         "section": ["Ebbaluwa z’abasomi", None], "kicker": [None, "Ebbaluwa z’abasomi"],
         "title": "Baasi zaiswe zivuga mangu inho", "byline": ["Waiswa Moses, Iganga", "Waiswa Moses"],
         "body": ["Omusunsuzi, kodh’eyo.",
                  "Nze musaa~baze eya~tam~bula okuva e Iganga okudha e Kam~pala wiiki ewedde. Omu~vuzi wa baasi "
                  "yavuga mangu inho, era abasaabaze bangi baali batidde.",
                  "Nsaba poliisi ekebere baasi ku luguudo lwa Jinja buli lunaku, era abavuzi abavuga mangu "
                  "babone~rezebwe.",
                  ("end", "Waiswa Moses, Iganga")]},
        {"lines": ["Egaali y’omuka ekomewo e Jinja"], "section": [None, "Ebbaluwa z’abasomi"],
         "kicker": [None, "Ebbaluwa z’abasomi"], "title": "Egaali y’omuka ekomewo e Jinja",
         "byline": ["Nabirye Sarah, Bugembe", "Nabirye Sarah"],
         "body": ["Omusunsuzi,",
                  "Edda twatam~bulanga n’egaali y’omuka okuva e Jinja okudha e Kampala. Kati tulinda baasi ku "
                  "paaka essaawa ibiri. Gavu~menti ekomezewo egaali, kubanga tegula inho era tetaagala "
                  "mafuta mangi.",
                  ("end", "Nabirye Sarah, Bugembe")]},
    ],
}

BAGAHE = {
    "name": "akl_latin1_lf_aklanon_airport_page_delayed_luggage_complaints_story_byline_dateline_caption_credit_running_head_midsentence_glued_travel_qa_column_label_head_question_signed_answerer_block_name_line_then_post_line_between_question_and_answer",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "Baeita Akean (an invented Aklanon daily, Kalibo, Philippines) 2030-11-14 Pahina 4 Turismo, ISO 8859-1 "
    "(`ñ`, straight quotes; Latin-1 has no dash), LF; blank-line paragraphs, wrapped at 34 with hyphenation. An Aklanon "
    "airport page: complaints of lost and delayed luggage rise at Kalibo's airport (title over two lines, byline line "
    "`Ni Jonel Tumbokon`, the dateline `KALIBO -` opening the lead, a caption and its credit inside a sentence, the "
    "running head before the last word `adlaw.`), then, with no blank line, the travel Q&A column: the label "
    "`Pamangkot sa Biyahe` (the section; kicker or none accepted), its head, the question `Pamangkot: …` signed "
    "`(Liza R., Numancia)` at its end, **the answerer's block of two lines between question and answer, his name "
    "`Ramon Tolentino` and under it his post `Manedyer it bagahe, Kalibo airport`** (together the byline, joined by "
    "a space; the name alone accepted), then the answer `Sabat: …` and a follow-on; each turn a paragraph, labels and "
    "signature kept.",
    "date": "2030-11-14", "page": "4",
    "head": ["BAEITA AKEAN | Huwebes, 14 Nobyembre 2030 | Pahina 4", "Turismo | Editor: Marites Peñaflor"],
    "foot": ["Baeita Akean | baeita@akean.example.ph"],
    "furniture": ["BAEITA AKEAN", "Huwebes, 14 Nobyembre 2030", "Pahina 4", "Turismo", "Editor: Marites Peñaflor",
                  "Baeita Akean | Turismo", "Baeita Akean", "baeita@akean.example.ph"],
    "run": ["Baeita Akean | Turismo"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Reklamo sa naduea nga bagahe", "sa Kalibo, nagdamo", "Ni Jonel Tumbokon"],
         "title": "Reklamo sa naduea nga bagahe sa Kalibo, nagdamo", "byline": ["Ni Jonel Tumbokon", "Jonel Tumbokon"],
         "captions": ["Mga pasahero sa Kalibo airport."], "credits": ["Litrato: Ariel Ibañez"],
         "body": ["KALIBO - Nag~damo ro rek~lamo it mga pasa~hero nga naduea ukon naatra~sar ro andang bagahe sa "
                  "Kalibo International Airport, suno sa opisina it paeu~paran.",
                  "Suno kay Ramon Tolentino, manedyer it bagahe, 312 ka reklamo ro ginbaton sa Oktubre eamang, "
                  "{cap}mas madamo kaysa 198 sa Setyembre.",
                  "Ro kadam-an it bagahe nga naatra~sar hay gikan sa mga pasa~hero nga nag-transit sa Manila, ag "
                  "gina~hatod eamang sa andang hotel sa Bora~cay pagka~tapos it duha ukon tatlo ka {run}adlaw."]},
        {"glued": True, "lines": ["Pamangkot sa Biyahe", "Owa pa ro akon maleta. Ano ro", "akon himuon?"],
         "section": ["Pamangkot sa Biyahe", None], "kicker": [None, "Pamangkot sa Biyahe"],
         "title": "Owa pa ro akon maleta. Ano ro akon himuon?",
         "byline": ["Ramon Tolentino Manedyer it bagahe, Kalibo airport", "Ramon Tolentino"],
         "body": ["Pamangkot: Nag-abot kami sa Kalibo halin sa Seoul kahapon, pero owa ro daywa namon nga "
                  "maleta. Nagpasa kami it reklamo sa airport. San-o namon mabawi? (Liza R., Numancia)",
                  ("end", "Ramon Tolentino"),
                  ("more", "Manedyer it bagahe, Kalibo airport"),
                  "Sabat: May numero kamo it reklamo. Gamiton ninyo ra kon magtawag kamo sa airline. Ro "
                  "kadam-an nga bagahe hay ginapa~daea sa sunod nga eupad, sa sueod it 24 ka oras.",
                  "Kon owa pa gid ro maleta pagkatapos it tatlo ka adlaw, puwede kamo magbakae it kinahang~ean "
                  "nga gamit. Tipigi ro resibo agod ibalik it airline ro inyong bayad."]},
    ],
}

BAGASI = {
    "name": "mkn_cp1252_crlf_kupang_malay_airline_page_checked_baggage_no_longer_free_story_byline_dateline_caption_credit_running_head_midquote_glued_baggage_allowance_box_header_ticket_cabin_hold_rows_aligned_by_spaces_fee_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Kupang Pung Kabar (an invented Kupang Malay daily, Kupang, Indonesia) 2030-06-13 Halaman 3 Oto deng "
    "Pesawat, Windows-1252 (`· – “ ”`), CRLF; blank-line paragraphs, wrapped at 39 with hyphenation. A Kupang Malay "
    "airline page: an invented island airline stops carrying 15 kilos of checked baggage free from 1 July (title over "
    "two lines, byline line `Tulisan Yosef Bria`, the dateline `KUPANG –` opening the lead, a caption and its credit "
    "inside a sentence, a weaver's “” quotation cut by the running head before `bandara.”`), then, with no blank "
    "line, the box `Jatah bagasi Sasando Air`: **a header row `Tiket  Kabin  Bagasi` and three fare-class rows of "
    "cabin and hold allowances** (one of them `bayar`) aligned by runs of spaces, and a fee row `Bagasi bayar: …`; "
    "the box is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2030-06-13", "page": "3",
    "head": ["KUPANG PUNG KABAR · Kamis, 13 Juni 2030 · Halaman 3", "Oto deng Pesawat · Redaksi: Maria Ndolu"],
    "foot": ["Kupang Pung Kabar · kabar@kupangpung.example.id"],
    "furniture": ["KUPANG PUNG KABAR", "Kamis, 13 Juni 2030", "Halaman 3", "Oto deng Pesawat", "Redaksi: Maria Ndolu",
                  "Kupang Pung Kabar · Oto deng Pesawat", "Kupang Pung Kabar", "kabar@kupangpung.example.id"],
    "run": ["Kupang Pung Kabar · Oto deng Pesawat"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mulai 1 Juli, bagasi Sasando Air", "su sonde gratis lai", "Tulisan Yosef Bria"],
         "title": "Mulai 1 Juli, bagasi Sasando Air su sonde gratis lai",
         "byline": ["Tulisan Yosef Bria", "Yosef Bria"],
         "captions": ["Orang antre di loket Sasando Air."], "credits": ["Foto: Edu Fanggidae"],
         "body": ["KUPANG – Mulai 1 Juli, orang yang tar~bang deng Sa~sando Air dari Ku~pang pi Alor, Rote deng "
                  "Sabu su sonde bisa bawa bagasi 15 kilo gratis lai.",
                  "Ka~pala kan~tor Sa~sando Air di Ban~dara El Tari, Frans Lay, bilang harga tiket su turun, jadi "
                  "ba~gasi musti bayar san~diri. {cap}Tas kacil yang maso kabin masi gra~tis.",
                  "Mama Yuli~ana, yang biasa bawa kaen te~nun pi jual di Alor, bilang: “Kalo ba~gasi bayar, beta "
                  "pung untung su abis di {run}bandara.”"]},
        {"glued": True, "lines": ["Jatah bagasi Sasando Air"], "title": "Jatah bagasi Sasando Air",
         "body": [("row", aligned("Tiket", "Kabin", "Bagasi", widths=(10, 9))),
                  ("row", aligned("Hemat", "7 kg", "bayar", widths=(10, 9))),
                  ("row", aligned("Biasa", "7 kg", "10 kg", widths=(10, 9))),
                  ("row", aligned("Bisnis", "10 kg", "25 kg", widths=(10, 9))),
                  ("row", "Bagasi bayar: Rp 20.000 satu kilo")]},
    ],
}

PAGES = [XINXIAN, QISHOU, ZHANFANG, SHIWU, HANGXIAN, BASHI, MBASI, BAASI, BAGAHE, BAGASI]
