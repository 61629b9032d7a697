"""The text of every holdout89 page, written once: make_holdout89_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's
last line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line
of a list or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the
gold; `("more", line)` the same with no blank line before it. `{cap}` drops the caption and its credit into a
paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end. All papers, people,
schools, churches, councils, contests, figures and events are invented; real places are settings only.
"""

BINGCHONG = {
    "name": "zh_gbk_crlf_farm_page_rice_planthopper_story_tight_head_benbaoxun_tongxunyuan_caption_credit_running_head_midsentence_glued_bingchong_qingbao_pest_forecast_box_crop_pest_degree_window_rows",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沣塘日报 2027-07-14 第6版 三农, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A farm "
    "page: a story on rice planthoppers in the late-rice fields, its title directly above its `本报讯（记者…　通讯员…）` "
    "lead (a caption and its credit inside a sentence, a “” quotation, the running head in mid-sentence), then, with "
    "no blank line under its last line, the county plant-protection station's box `病虫情报（第12期）`: a header row "
    "`作物　病虫　发生程度　防治适期`, three rows (crop, pest, how bad, when to spray) and the issuer's line; the box "
    "is an article, its head the title, each printed line a paragraph.",
    "date": "2027-07-14", "page": "6",
    "head": ["沣塘日报　　2027年7月14日　星期三", "第6版　三农　　责任编辑：岑　禾"],
    "foot": ["沣塘日报社出版　　农村部热线：0736-5528104"],
    "furniture": ["沣塘日报", "2027年7月14日", "星期三", "第6版", "三农", "责任编辑：岑　禾", "沣塘日报·三农",
                  "沣塘日报社出版", "农村部热线：0736-5528104"],
    "run": ["沣塘日报·三农"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["稻飞虱进入盛发期　农技员下田查虫情"], "title": "稻飞虱进入盛发期　农技员下田查虫情",
         "tight": True, "byline": [None, "记者　邵　岩", "邵　岩", "邵岩"],
         "captions": ["植保站技术人员在稻田里查看虫情。"], "credits": ["通讯员　柯小满　摄"],
         "body": ["本报讯（记者　邵　岩　通讯员　柯小满）连日高温多雨，沣塘县晚稻田里的稻飞虱明显增多。县植保站"
                  "昨天发布今年第12期病虫情报，提醒农户抓住防治适期。",
                  "在石塘镇下坪村，植保站站长郁文涛蹲在田埂上，{cap}用手拍了拍稻丛，水面上立刻浮起一层小虫。"
                  "“一丛有三四十头，已经超过防治指标了。”",
                  "郁文涛说，全县晚稻今年种了二十一万亩，眼下正在分蘖，防治要赶在低龄若虫{run}高峰期。"]},
        {"glued": True, "lines": ["病虫情报（第12期）"], "title": "病虫情报（第12期）",
         "body": [("row", "作物　病虫　发生程度　防治适期"),
                  ("row", "晚稻　稻飞虱　偏重　7月15日—20日"),
                  ("row", "晚稻　稻纵卷叶螟　中等　7月18日—23日"),
                  ("row", "晚稻　纹枯病　中等　分蘖末期"),
                  ("row", "发布单位：沣塘县植保站")]},
    ],
}

XIAOCHE = {
    "name": "zh_gb18030_lf_schools_page_mountain_village_school_bus_story_byline_rare_char_caption_credit_running_head_midsentence_glued_xiaoche_yunxing_shike_timetable_box_route_rows_with_arrows_return_line",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "枫渚日报 2027-09-01 第4版 校园, GB18030 (`\U0002c029` U+2C029 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 22. A schools page on the first day of term: a story on the county's new "
    "school buses for mountain villages (title, byline line, a caption and its credit inside a sentence, a “” "
    "quotation cut by the running head), then, with no blank line under its last line, the timetable box "
    "`秋季学期校车运行时刻`: four route rows `1号线　village time→village time→school time` and a return-times line; "
    "the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-09-01", "page": "4",
    "head": ["枫渚日报　　2027年9月1日　星期三", "第4版　校园　　责任编辑：牛　苗"],
    "foot": ["枫渚日报社　　教体新闻热线：0797-3361452"],
    "furniture": ["枫渚日报", "2027年9月1日", "星期三", "第4版", "校园", "责任编辑：牛　苗", "枫渚日报·校园",
                  "枫渚日报社", "教体新闻热线：0797-3361452"],
    "run": ["枫渚日报·校园"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["山里娃坐上了校车", "本报记者　伏　\U0002c029"], "title": "山里娃坐上了校车",
         "byline": ["本报记者　伏　\U0002c029", "伏　\U0002c029", "伏\U0002c029"],
         "captions": ["上溪村的孩子们排队登上校车。"], "credits": ["（本报记者　伏　\U0002c029　摄）"],
         "body": ["今天是秋季学期开学第一天。早上六点五十分，一辆黄色校车停在枫渚县上溪村口，二十多个孩子排队"
                  "上车。",
                  "这是县里今年新开的四条校车线路之一。县教体局副局长骆明远介绍，{cap}四条线路经过七个偏远村，"
                  "每天接送三百多名学生，家长不用再骑摩托车送孩子。",
                  "上溪村村民晏春花说：“以前孩子天不亮就要走四十分钟山路，下雨天最{run}让人担心。”"]},
        {"glued": True, "lines": ["秋季学期校车运行时刻"], "title": "秋季学期校车运行时刻",
         "body": [("row", "1号线　上溪村6:50→石岭村7:05→中心小学7:35"),
                  ("row", "2号线　枫坑村6:45→下湾村7:00→中心小学7:30"),
                  ("row", "3号线　茶园村6:40→竹山村7:10→第二中学7:40"),
                  ("row", "4号线　岩头村6:55→中心小学7:25"),
                  ("row", "放学返程：小学16:40发车，中学17:30发车")]},
    ],
}

DAOMI = {
    "name": "zht_big5_crlf_taiwan_county_page_rice_quality_contest_story_byline_caption_credit_running_head_midsentence_glued_daomi_pinzhi_jingsai_prize_list_box_prize_grower_village_score_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "溪埔日報 2027-11-20 B4 鄉親 (`中華民國116年11月20日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan county page: a township farmers' association's rice-quality contest (title, byline line `記者蔡宛臻`, "
    "`昨（19）日`, a caption and its credit inside a sentence, a 「」 quotation cut by the running head), then, with "
    "no blank line, the contest's prize list `第十屆稻米品質競賽得獎名單`: four rows `prize　grower（village）　score`, "
    "then a row naming the eight merit winners by number; the box is an article, its head the title, each printed "
    "line a paragraph.",
    "date": "2027-11-20", "page": "B4",
    "head": ["溪埔日報　中華民國116年11月20日　星期六", "B4　鄉親　　編輯：施雅婷"],
    "foot": ["溪埔日報社　讀者服務專線：(05)586-3017"],
    "furniture": ["溪埔日報", "中華民國116年11月20日", "星期六", "B4", "鄉親", "編輯：施雅婷", "溪埔日報．鄉親",
                  "溪埔日報社", "讀者服務專線：(05)586-3017"],
    "run": ["溪埔日報．鄉親"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["冠軍米出爐　七旬老農三度奪魁", "記者蔡宛臻"], "title": "冠軍米出爐　七旬老農三度奪魁",
         "byline": ["記者蔡宛臻", "蔡宛臻"],
         "captions": ["廖金水（中）捧著獎牌和冠軍米合影。"], "credits": ["（記者蔡宛臻攝）"],
         "body": ["雲林縣溪尾鄉農會昨（19）日舉辦第十屆稻米品質競賽頒獎，七十二歲的農友廖金水以94.6分拿下特等"
                  "獎，這已是他第三次奪冠。",
                  "農會總幹事黃振雄說，今年有六十八位農友報名，{cap}評審從外觀、食味和檢驗數據三方面評分，前三名"
                  "的稻米將由農會收購，包裝成禮盒販售。",
                  "廖金水笑說，種好米沒有祕訣，就是「水顧好、肥料不要下太多」。他每天清晨五點就到田裡巡水，「稻"
                  "子會聽{run}主人的腳步聲。」"]},
        {"glued": True, "lines": ["第十屆稻米品質競賽得獎名單"], "title": "第十屆稻米品質競賽得獎名單",
         "body": [("row", "特等獎　廖金水（頂埔村）　94.6分"),
                  ("row", "頭等獎　張秋月（崁頂村）　93.2分"),
                  ("row", "貳等獎　許志明（中興村）　92.8分"),
                  ("row", "參等獎　鍾阿滿（頂埔村）　92.1分"),
                  ("row", "優等獎　林文傑等八人")]},
    ],
}

BIAOJUE = {
    "name": "zht_big5hkscs_lf_hong_kong_district_council_page_cycle_track_vote_story_byline_cantonese_quote_caption_credit_running_head_midsentence_glued_biaojue_jieguo_roll_call_box_for_against_abstain_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "榕景日報 2027-06-09 A9 地區 (`嘅 喺 啲`; in neither cp950 nor Big5), LF; blank-line paragraphs, wrapped at 20. "
    "A Hong Kong district page: a district council meeting votes money for a cycle track at a village's entrance "
    "(title, byline line `記者　岑曉彤`, a Cantonese 「」 quotation, a caption and its credit inside a sentence, the "
    "running head in mid-sentence), then, with no blank line, the roll-call box `表決結果`: the motion line, the "
    "`贊成（9票）：` names wrapped over three printed lines, the `反對（3票）：` and `棄權（1票）：` lines and the result "
    "line; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-06-09", "page": "A9",
    "head": ["榕景日報　2027年6月9日　星期三", "A9　地區　　編輯：何穎詩"],
    "foot": ["榕景日報社　　新聞熱線：2391 6048"],
    "furniture": ["榕景日報", "2027年6月9日", "星期三", "A9", "地區", "編輯：何穎詩", "榕景日報．地區", "榕景日報社",
                  "新聞熱線：2391 6048"],
    "run": ["榕景日報．地區"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["區議會撥款建村口單車徑", "記者　岑曉彤"], "title": "區議會撥款建村口單車徑",
         "byline": ["記者　岑曉彤", "岑曉彤"],
         "captions": ["石龍圍村口的路段經常有貨車駛過。"], "credits": ["（岑曉彤攝）"],
         "body": ["峯灣區議會昨日開會，以九票贊成、三票反對、一票棄權，通過撥款三百二十萬元，在石龍圍村口興建一條"
                  "長一點二公里的單車徑。",
                  "提出動議的議員鄧家輝說，村民每日踩單車出市區返工，要同貨車爭路：「早排有個阿伯喺村口畀貨車"
                  "擦親，{cap}啲街坊都好驚，細路仔更加唔敢踩車。」",
                  "投反對票的議員黎少芬認為，工程會佔用部分農地，應先諮詢受影響嘅{run}村民。"]},
        {"glued": True, "lines": ["表決結果"], "title": "表決結果",
         "body": [("row", "動議：撥款興建石龍圍單車徑"),
                  ("row", "贊成（9票）：鄧家輝、何志安、文秀英、"),
                  ("row", "陳國樑、廖偉明、曾嘉欣、彭子朗、"),
                  ("row", "鍾麗珊、侯永森"),
                  ("row", "反對（3票）：黎少芬、葉志強、蕭文輝"),
                  ("row", "棄權（1票）：簡美玲"),
                  ("row", "結果：動議獲得通過")]},
    ],
}

JIANGYU = {
    "name": "zh_utf16le_bom_crlf_weather_page_heavy_rain_story_byline_caption_credit_running_head_midsentence_glued_ge_xiangzhen_jiangyuliang_rainfall_table_town_millimetres_rows_tongji_shijian_line",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溆平日报 2027-06-19 第3版 晴雨, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A county "
    "weather page: a story on a night of heavy rain (title, byline line, a caption and its credit inside a sentence, "
    "the running head in mid-sentence), then, with no blank line under its last line, the rainfall table "
    "`各乡镇昨日降雨量（毫米）`: five rows `township　millimetres` (wettest first) and the line giving the hours "
    "measured; the table is an article, its head the title, each printed line a paragraph.",
    "date": "2027-06-19", "page": "3",
    "head": ["溆平日报　2027年6月19日　星期六", "第3版　晴雨　　责任编辑：向　岚"],
    "foot": ["溆平日报社出版　　新闻热线：0745-7712390"],
    "furniture": ["溆平日报", "2027年6月19日", "星期六", "第3版", "晴雨", "责任编辑：向　岚", "溆平日报·晴雨",
                  "溆平日报社出版", "新闻热线：0745-7712390"],
    "run": ["溆平日报·晴雨"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["一夜强降雨　桃坪乡雨量超百毫米", "本报记者　卢　溪"], "title": "一夜强降雨　桃坪乡雨量超百毫米",
         "byline": ["本报记者　卢　溪", "卢　溪", "卢溪"],
         "captions": ["桃坪乡村民在雨后疏通田间水沟。"], "credits": ["（通讯员　向晓峰　摄）"],
         "body": ["前天夜里到昨天上午，一场强降雨自西向东扫过溆平县，全县平均降雨58毫米，最大的桃坪乡达到112"
                  "毫米。",
                  "县气象台首席预报员莫立群介绍，这次降雨来得急、雨量集中，{cap}部分山塘水位涨得较快，好在没有"
                  "出现险情。",
                  "莫立群提醒，未来三天仍有阵雨，山区群众要留意山体滑坡，不要在河边{run}逗留。"]},
        {"glued": True, "lines": ["各乡镇昨日降雨量（毫米）"], "title": "各乡镇昨日降雨量（毫米）",
         "body": [("row", "桃坪乡　112.4"),
                  ("row", "龙潭镇　86.0"),
                  ("row", "黄茅乡　67.3"),
                  ("row", "城关镇　41.8"),
                  ("row", "白沙镇　23.5"),
                  ("row", "统计时间：17日20时至18日8时")]},
    ],
}

CHONGBAI = {
    "name": "zh_utf8_bom_lf_malaysia_community_page_old_church_anniversary_shizhaoyuan_xun_tight_head_caption_credit_running_head_midsentence_glued_zhuri_chongbai_shijian_service_times_box_language_time_rows",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "曼江日报 (an invented Malaysian Chinese daily, Perak) 2027-10-08 A8 乡情, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian community page: an old Foochow church's 110th anniversary, its title "
    "directly above its `（实兆远讯）` lead (a caption and its credit inside a sentence, a “” quotation, the running "
    "head in mid-sentence), then, with no blank line, the box `天恩堂主日崇拜时间`: four rows `service　time` "
    "(Foochow, Mandarin, English, youth) and an address line; the box is an article, its head the title, each printed "
    "line a paragraph.",
    "date": "2027-10-08", "page": "A8",
    "head": ["曼江日报　2027年10月8日　星期五", "A8　乡情　　编辑：饶　敏"],
    "foot": ["曼江日报社　　乡情版电邮：xiangqing@manjiang.example.my"],
    "furniture": ["曼江日报", "2027年10月8日", "星期五", "A8", "乡情", "编辑：饶　敏", "曼江日报·乡情", "曼江日报社",
                  "乡情版电邮：xiangqing@manjiang.example.my"],
    "run": ["曼江日报·乡情"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["百年老教会庆堂庆　三代会友回乡聚首"], "title": "百年老教会庆堂庆　三代会友回乡聚首",
         "tight": True, "captions": ["天恩堂的老会友翻看早年的照片。"], "credits": ["（黄志文摄）"],
         "body": ["（实兆远讯）实兆远甘文阁的天恩堂本周日庆祝建堂一百一十周年，不少在外地工作的会友特地请假回乡"
                  "参加。",
                  "堂会主席林仁德说，教会由早年南来垦荒的福州先辈创立，{cap}至今仍保留福州话崇拜，“很多老人家只"
                  "听得懂福州话”。",
                  "他说，庆典当天上午有联合崇拜，中午在礼堂设午宴，下午还有青年团契的诗歌{run}分享会。"]},
        {"glued": True, "lines": ["天恩堂主日崇拜时间"], "title": "天恩堂主日崇拜时间",
         "body": [("row", "福州话崇拜　上午7时30分"),
                  ("row", "华语崇拜　上午9时"),
                  ("row", "英语崇拜　上午11时"),
                  ("row", "青年崇拜　下午5时"),
                  ("row", "地址：甘文阁路32号")]},
    ],
}

HARVEST = {
    "name": "trf_cp1252_crlf_tobagonian_creole_church_and_village_page_harvest_sunday_story_byline_dateline_caption_credit_running_head_midsentence_harvest_sundays_calendar_box_date_church_rows_aligned_by_spaces",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "The Windward Star (an invented Tobago weekly) 2027-08-06 Page 12 Church & Village, Windows-1252 (`“ ” – ·`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Trinidad and Tobago Creole English (Tobagonian) "
    "church and village page: a village church's harvest Sunday (title, byline line `By Kerwin Thomas`, the dateline "
    "`MORIAH –` opening the lead, a caption and its credit inside a quotation, the running head in mid-sentence), "
    "then, after a blank line, the calendar `Harvest Sundays`: five rows `date  village church` aligned by runs of "
    "spaces; the calendar is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2027-08-06", "page": "12",
    "head": ["THE WINDWARD STAR · Friday, August 6, 2027 · Page 12", "Church & Village"],
    "foot": ["The Windward Star · news@windwardstar.example.tt"],
    "furniture": ["THE WINDWARD STAR", "Friday, August 6, 2027", "Page 12", "Church & Village",
                  "The Windward Star · Church & Village", "The Windward Star", "news@windwardstar.example.tt"],
    "run": ["The Windward Star · Church & Village"], "labels": [], "markup": [" · "] * 3,
    "articles": [
        {"lines": ["Harvest time again, an Moriah ready", "By Kerwin Thomas"],
         "title": "Harvest time again, an Moriah ready", "byline": ["By Kerwin Thomas", "Kerwin Thomas"],
         "captions": ["Gloria Cudjoe an she coconut drops."], "credits": ["Photo: Nisha Roberts"],
         "body": ["MORIAH – Harvest season come back, an all over Tobago de village churches getting ready. Dis "
                  "Sunday is Moriah own, an de women in de church kitchen from since Wednes~day making pone, sweet~bread "
                  "an coconut drops.",
                  "“Harvest is when every~body does come home,” say Sister Gloria Cudjoe, who cooking for de church "
                  "thirty-two years. “Yuh go see people from Scar~borough, from Trinidad, {cap}even from New York. "
                  "Every~body want a plate.”",
                  "After de service, de harvest table does sell every~thing de farmers bring: dasheen, plantain, goat "
                  "an fowl. Pastor Wendell Sandy say de money going to fix de church roof before de rainy season "
                  "reach {run}proper."]},
        {"lines": ["Harvest Sundays"], "title": "Harvest Sundays",
         "body": [("row", "Aug 8     Moriah Methodist"),
                  ("row", "Aug 15    Mason Hall Moravian"),
                  ("row", "Aug 22    Castara Anglican"),
                  ("row", "Aug 29    Bethel Pentecostal"),
                  ("row", "Sept 5    Charlotteville Methodist")]},
    ],
}

KARDAMOMO = {
    "name": "kek_macroman_cr_qeqchi_farm_page_cardamom_market_day_report_byline_dateline_caption_credit_running_head_midsentence_glued_xtzaq_li_kardamomo_price_box_grade_quetzales_change_rows_aligned_by_spaces",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Li Esil Kob'an (an invented Alta Verapaz weekly) 2027-11-13 Página 7 Awk ut K'ayil, Mac OS Roman "
    "(`« » – á`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Q'eqchi' farm page: a "
    "market-day report on cardamom prices (title, byline line `Xtz'iib'am: Rosa Caal Pop`, the dateline `KOB'AN –` "
    "opening the lead, a caption and its credit inside a «» quotation, the running head in mid-sentence), then, with "
    "no blank line, the price box `Xtz'aq li kardamomo (quintal)`: four rows `grade  Q price  change` aligned by runs "
    "of spaces; the box is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2027-11-13", "page": "7",
    "head": ["LI ESIL KOB'AN – Sábado, 13 de noviembre de 2027 – Página 7", "Awk ut K'ayil"],
    "foot": ["Li Esil Kob'an – esil@esilkoban.example.gt"],
    "furniture": ["LI ESIL KOB'AN", "Sábado, 13 de noviembre de 2027", "Página 7", "Awk ut K'ayil",
                  "Li Esil Kob'an – Awk ut K'ayil", "Li Esil Kob'an", "esil@esilkoban.example.gt"],
    "run": ["Li Esil Kob'an – Awk ut K'ayil"], "labels": [], "markup": [" – "] * 3,
    "articles": [
        {"lines": ["Xtaqe' xtz'aq li kardamomo", "Xtz'iib'am: Rosa Caal Pop"],
         "title": "Xtaqe' xtz'aq li kardamomo", "byline": ["Xtz'iib'am: Rosa Caal Pop", "Rosa Caal Pop"],
         "captions": ["Marta Choc naxk'ayi li xkardamomo."], "credits": ["Foto: Luis Bac"],
         "body": ["KOB'AN – Ewer, sa' li nimla k'ayiil re Kob'an, naab'al li aj awinel xe'k'ulun chixk'ayinkil "
                  "li xkardamomo. Li xtz'aq xtaqe' chiru li xwuqub'il kutan.",
                  "«Chaab'il li tz'aq anajwan», chan li qana' Marta Choc, aj awinel aran San Pedro Kar~cha. «Ab'anan "
                  "naab'al li k'an~jel: naq {cap}nakatz'ap li kardamomo, tento taa~chaqiha.»",
                  "Li aj loq'onel Hugo Tiul naxye naq li tz'aq taataqe'q wi' chik toj sa' li po {run}di~ciem~bre."]},
        {"glued": True, "lines": ["Xtz'aq li kardamomo (quintal)"], "title": "Xtz'aq li kardamomo (quintal)",
         "body": [("row", "Uva           Q 1,180   +40"),
                  ("row", "Pergamino     Q 1,420   +55"),
                  ("row", "Oro           Q 2,650   +90"),
                  ("row", "Ch'ina          Q 960   +25")]},
    ],
}

BIMA = {
    "name": "ktu_latin1_lf_kituba_village_page_market_woman_returns_lost_bag_story_byline_dateline_caption_credit_running_head_midsentence_glued_lost_and_found_column_vila_monana_labels_run_in_one_paragraph_a_notice",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Mbila ya Kikwit (an invented Kwilu weekly) 2027-09-20 Page 5 Bavillage, ISO 8859-1 (`« » · é`), LF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A Kituba (Kikongo ya Leta) village page: a market woman "
    "gives back a bag of money she found (title, byline line `Na Jean-Pierre Mbuku`, the dateline `KIKWIT -` opening "
    "the lead, a «» quotation, a caption and its credit inside a sentence, the running head in mid-sentence), then, "
    "with no blank line, the lost-and-found column `Bima me vila, bima me monana`: four notices, each one paragraph "
    "opened by its label `VILA:` (lost) or `MONANA:` (found), kept; the column is one article, its head the title.",
    "date": "2027-09-20", "page": "5",
    "head": ["MBILA YA KIKWIT · Lundi 20 septembre 2027 · Page 5", "Bavillage"],
    "foot": ["Mbila ya Kikwit · Avenue du Marché · mbila@kikwit.example.cd"],
    "furniture": ["MBILA YA KIKWIT", "Lundi 20 septembre 2027", "Page 5", "Bavillage", "Mbila ya Kikwit · Bavillage",
                  "Mbila ya Kikwit", "Avenue du Marché", "mbila@kikwit.example.cd"],
    "run": ["Mbila ya Kikwit · Bavillage"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mama Esther me vutula sakosi ya mbongo", "Na Jean-Pierre Mbuku"],
         "title": "Mama Esther me vutula sakosi ya mbongo", "byline": ["Na Jean-Pierre Mbuku", "Jean-Pierre Mbuku"],
         "captions": ["Mama Esther Kapinga na zandu ya Lumbi."], "credits": ["Foto: Didier Mavinga"],
         "body": ["KIKWIT - Mama Esther Kapinga, yina ke teki~saka madesu na zandu ya Lumbi, me vutula sakosi mosi "
                  "ya mbongo yina yandi monaka na nzila. Na kati ya sakosi vandaka mbongo mingi mpi ka~lati ya muntu.",
                  "« Mono zabaka ve nani kele mfumu ya sakosi », yandi tubaka. « Mono kwe~ndaka na radio, {cap}mpi na "
                  "nsuka ya kilumbu mfumu na yandi kwi~saka. »",
                  "Bantu ya zandu me sepela mingi na mambu yai. Bo ke tuba nde Mama Esther kele mbandu ya mbote sambu "
                  "na bana ya {run}bu~ala."]},
        {"glued": True, "lines": ["Bima me vila, bima me monana"], "title": "Bima me vila, bima me monana",
         "body": ["VILA: Kombo mosi ya ndombe, ya bakala, na nzila ya Ngulungu, ki~lumbu ya Sa~bala. Telefone: 0810 "
                  "555 214.",
                  "MONANA: Kalati ya kupona ya Tata Nestor Kalonji, na zandu ya Lumbi. Yandi kwisa kubaka yo na biro "
                  "ya zu~lu~nalu.",
                  "VILA: Velo ya mbwaki ya mwana ya sikola, na ntwala ya lupi~talu ya nene, ki~lumbu ya Lu~mingu. "
                  "Telefone: 0899 555 067.",
                  "MONANA: Mwana-kombo mosi ya bakento, na mfinda ya Kazamba. Mfumu na yandi kwenda na nzo ya "
                  "mfumu ya kartie."]},
    ],
}

PLE = {
    "name": "nyn_utf16be_bom_lf_runyankore_schools_page_primary_leaving_exam_results_story_byline_dateline_caption_credit_running_head_midsentence_glued_ple_results_table_header_row_school_division_rows_aligned_by_spaces",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Amakuru ga Kashari (an invented Runyankore weekly, Mbarara) 2027-01-22 Orupapura 9 Eby'Amashomero, UTF-16 "
    "BE with BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Runyankore schools page: "
    "the district's primary leaving examination (PLE) results (title, byline line `Bya Patience Ahimbisibwe`, the "
    "dateline `MBARARA –` opening the lead, a “” quotation, a caption and its credit inside a sentence, the running "
    "head in mid-sentence), then, with no blank line, the table `Ebyarugiremu bya PLE`: a header row "
    "`Eishomero  Div 1  Div 2  Div 3` and four school rows aligned by runs of spaces; the table is an article, its "
    "head the title, each printed line a paragraph (one space kept).",
    "date": "2027-01-22", "page": "9",
    "head": ["AMAKURU GA KASHARI · Orwakataano, 22 Okwakabanza 2027 · Orupapura 9", "Eby'Amashomero"],
    "foot": ["Amakuru ga Kashari · amakuru@kashari.example.ug"],
    "furniture": ["AMAKURU GA KASHARI", "Orwakataano, 22 Okwakabanza 2027", "Orupapura 9", "Eby'Amashomero",
                  "Amakuru ga Kashari · Eby'Amashomero", "Amakuru ga Kashari", "amakuru@kashari.example.ug"],
    "run": ["Amakuru ga Kashari · Eby'Amashomero"], "labels": [], "markup": [" · "] * 3,
    "articles": [
        {"lines": ["Amashomero ga Kashari gakora gye omu PLE", "Bya Patience Ahimbisibwe"],
         "title": "Amashomero ga Kashari gakora gye omu PLE",
         "byline": ["Bya Patience Ahimbisibwe", "Patience Ahimbisibwe"],
         "captions": ["Abeegi ba Rwemigina nibashemererwa."], "credits": ["Foto: Amon Twinomujuni"],
         "body": ["MBARARA – Amashomero ga Kashari gakozire gye omu kigyezo kya PLE eky'omwaka oguhweire. Abaana "
                  "212 bahikire omu Division 1, kurugiraho abaana 168 omu mwaka ogwa~baan~ziire.",
                  "“Tukakora munonga hamwe n'abazaire,” nikwo Mwalimu Grace Tumusiime, omukuru w'eishomero rya "
                  "Rwemigina, yagambire. {cap}“Abaana bakaba nibaija aha ishomero nyenkya munonga kwega.”",
                  "Omukuru w'eby'amashomero omu disitu~rikiti, Bw. Robert Kamugisha, akagira ngu omwaka ogu "
                  "nibaija kwongyera ebitabo omu mashomero ag'omu byaro ebiri {run}hare."]},
        {"glued": True, "lines": ["Ebyarugiremu bya PLE"], "title": "Ebyarugiremu bya PLE",
         "body": [("row", "Eishomero      Div 1   Div 2   Div 3"),
                  ("row", "Rwemigina         41      58      12"),
                  ("row", "Bukiro            33      47      20"),
                  ("row", "Kakiika           29      51      17"),
                  ("row", "Rubindi           25      39      22")]},
    ],
}

PAGES = [BINGCHONG, XIAOCHE, DAOMI, BIAOJUE, JIANGYU, CHONGBAI, HARVEST, KARDAMOMO, BIMA, PLE]
