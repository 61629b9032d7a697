"""The text of every holdout73 page, written once: make_holdout73_pages.py prints it and writes the gold.

The page format is holdout72's (see pages_holdout72.py), with one key added: `"glued": True` on an article prints its
first line straight under the previous article's last line, with no blank line. `("row", line)` prints a line of a
table, a list or a timetable (one gold paragraph per printed line, no blank line between rows); `("h", line)` prints a
heading inside an article (gold `headings`); `("end", line)` prints a line that is no paragraph of the gold (a
signature, whose gold reading is the article's byline). All papers, people, offices, courts, patrols, schools,
mosques, shelters and events are invented.
"""

RENQIAN = {
    "name": "zh_gbk_crlf_renqian_gongshi_officials_pre_appointment_notice_one_paragraph_each_glued_under_benbaoxun_story_caption_credit_running_head_midsentence",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岢川日报 2027-03-16 第3版 要闻, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A news page: "
    "a 本报讯 story (title directly above the lead with no blank line, the reporter inside the lead's brackets, a caption "
    "and its credit inside a sentence, the running head in mid-sentence), then, with no blank line after the story's last "
    "line, a pre-appointment notice `中共岢川县委组织部干部任前公示` (an intro paragraph, four officials each one paragraph, "
    "a period-and-objections paragraph, a hotline row, the issuer on a line of its own as the byline, the date row).",
    "date": "2027-03-16", "page": "3",
    "head": ["岢川日报　2027年3月16日　星期二", "第3版　要闻　　责任编辑：闵　笛"],
    "foot": ["岢川日报社出版　　新闻热线：0350-5226110"],
    "furniture": ["岢川日报", "2027年3月16日", "星期二", "第3版", "要闻", "责任编辑：闵　笛", "岢川日报·要闻",
                  "岢川日报社出版", "新闻热线：0350-5226110"],
    "run": ["岢川日报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老旧小区改造今年惠及三千余户"], "title": "老旧小区改造今年惠及三千余户", "tight": True,
         "byline": [None, "记者　柯　岚", "柯　岚", "柯岚"],
         "captions": ["工人在东关小区更换供水管道。"], "credits": ["本报记者　柯　岚　摄"],
         "body": ["本报讯（记者　柯　岚）记者从县住建局获悉，今年我县将对城区12个老旧小区进行改造，涉及住户三千余户，4月起陆续开工。",
                  "改造内容包括更换供水管网、加装{cap}路灯、修补屋面和整治楼道，部分有条件的小区还将加装电梯。",
                  "县住建局负责人表示，施工期间将提前张贴告示，尽量{run}减少对居民生活的影响。"]},
        {"glued": True, "lines": ["中共岢川县委组织部干部任前公示"], "title": "中共岢川县委组织部干部任前公示",
         "byline": ["中共岢川县委组织部", None],
         "body": ["根据干部选拔任用工作的有关规定，经县委研究，现将拟提拔任用的干部进行任前公示。",
                  "郑宇航，男，1984年6月生，汉族，大学学历，中共党员，现任县交通运输局副局长，拟任县交通运输局局长。",
                  "骆晓芸，女，1987年2月生，汉族，研究生学历，中共党员，现任县教育局办公室主任，拟任县教育局副局长。",
                  "樊志刚，男，1981年11月生，汉族，大学学历，中共党员，现任桑坪镇副镇长，拟任桑坪镇党委副书记。",
                  "聂　琳，女，1989年8月生，回族，大学学历，中共党员，现任团县委副书记，拟任团县委书记。",
                  "公示时间为3月16日至3月22日。对公示对象有不同意见的，可在公示期间以来电、来信或来访等方式向县委组织部反映。",
                  ("row", "受理电话：0350-5212380"),
                  ("end", "中共岢川县委组织部"),
                  ("row", "2027年3月15日")]},
    ],
}

GANJI = {
    "name": "zh_gb18030_lf_ganji_market_days_calendar_by_township_lunar_dates_header_row_note_row_beside_feature_kicker_rare_char_name_caption_credit_running_head_midsentence",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "雾溪晚报 2027-03-18 第7版 乡村, GB18030 (`𫖮` U+2B5AE in a seller's name, not in GBK), LF; indent-only paragraphs, "
    "wrapped at 21. A country page: a feature on a market day (kicker `乡土`, title, byline line, a caption and its credit "
    "inside a sentence, the running head in mid-sentence, a quotation), then a market-day calendar `雾溪县各乡镇赶集日一览` "
    "(header row, six township rows giving the lunar days `逢三、六、九` and the market's place, a note row).",
    "date": "2027-03-18", "page": "7",
    "head": ["雾溪晚报　第7版　乡村", "2027年3月18日　星期四　　编辑：瞿　苗"],
    "foot": ["雾溪晚报社　　读者热线：0855-3316600"],
    "furniture": ["雾溪晚报", "第7版", "乡村", "2027年3月18日", "星期四", "编辑：瞿　苗", "雾溪晚报社",
                  "读者热线：0855-3316600", "雾溪晚报·乡村"],
    "run": ["雾溪晚报·乡村"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["乡土", "春耕前赶大集　种子农具卖得俏", "本报记者　龙　滢"], "kicker": ["乡土", None],
         "title": "春耕前赶大集　种子农具卖得俏", "byline": ["本报记者　龙　滢", "龙　滢", "龙滢"],
         "captions": ["石板镇集市上，村民在挑选稻种。"], "credits": ["（本报记者　龙　滢　摄）"],
         "body": ["农历二月初八，正逢石板镇赶集。天刚亮，老街两旁就摆满了摊子，附近几个村的村民背着背篓赶来。",
                  "今年集上卖得最好的是稻种和小农具。卖种子的罗𫖮说：“一早上卖出去两百多斤，{cap}比去年同期多了三成。”",
                  "镇农技站的技术员也在集上摆了咨询台，教大家怎么选种、{run}怎么育秧。"]},
        {"lines": ["雾溪县各乡镇赶集日一览"], "title": "雾溪县各乡镇赶集日一览",
         "body": [("row", "乡镇　　　集日（农历）　　　地点"),
                  ("row", "城关镇　　逢三、六、九　　　老街农贸市场"),
                  ("row", "石板镇　　逢二、五、八　　　石板老街"),
                  ("row", "高坡乡　　逢一、四、七　　　乡政府门前"),
                  ("row", "平寨镇　　逢三、六、九　　　平寨新街"),
                  ("row", "岩脚乡　　逢五、十　　　　　岩脚场坝"),
                  ("row", "洛河镇　　逢二、五、八　　　洛河桥头"),
                  ("row", "注：遇农历小月，逢十的集日改在次月初一。")]},
    ],
}

PANJUE = {
    "name": "zht_big5_crlf_taiwan_panjue_verdicts_weekly_summary_list_case_defendant_sentence_rows_glued_under_jizhe_baodao_story_caption_credit_midsentence_running_head",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "桐灣日報 中華民國116年3月19日 A7 社會, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A court page: "
    "a story opened by `【記者蔡宜蓁／桐灣報導】` (title directly above the lead, a caption and its credit inside a "
    "sentence, 「」 quotes, the running head in mid-sentence), then, with no blank line after its last line, a verdict "
    "list `本週判決摘要` (header row, five rows: charge, defendant, sentence; a source row).",
    "date": "2027-03-19", "page": "A7",
    "head": ["桐灣日報　A7　社會", "中華民國116年3月19日　星期五"],
    "foot": ["桐灣日報社會組　　爆料專線：(05)2317-7100"],
    "furniture": ["桐灣日報", "A7", "社會", "中華民國116年3月19日", "星期五", "桐灣日報．社會", "桐灣日報社會組",
                  "爆料專線：(05)2317-7100"],
    "run": ["桐灣日報．社會"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["假投資真詐財　主嫌判刑七年"], "title": "假投資真詐財　主嫌判刑七年",
         "byline": [None, "記者蔡宜蓁／桐灣報導", "記者蔡宜蓁", "蔡宜蓁"],
         "captions": ["法院外等候宣判的被害人。"], "credits": ["（記者蔡宜蓁攝）"],
         "body": ["【記者蔡宜蓁／桐灣報導】以「保證月領一成利息」為名，向四十多名退休教師吸金一億二千萬元的投資公司負責人卓姓男子，"
                  "昨天被桐灣地方法院依詐欺等罪判處有期徒刑七年。",
                  "判決指出，卓男自稱經營海外能源基金，前半年按時{cap}發放利息取信被害人，之後便以各種理由拖延。",
                  "被害人代表鍾老師說：「錢拿不回來，判再久也沒有用。」全案仍可上訴，檢方表示將研究判決內容，"
                  "再決定是否{run}提起上訴。"]},
        {"glued": True, "lines": ["本週判決摘要"], "title": "本週判決摘要",
         "body": [("row", "案由　　　被告　　　判決結果"),
                  ("row", "竊盜　　　黃姓男子　有期徒刑6月，得易科罰金"),
                  ("row", "酒駕　　　許姓男子　有期徒刑8月"),
                  ("row", "詐欺　　　卓姓男子　有期徒刑7年"),
                  ("row", "傷害　　　潘姓女子　拘役50日"),
                  ("row", "妨害名譽　賴姓男子　罰金3萬元"),
                  ("row", "資料來源：桐灣地方法院，均可上訴")]},
    ],
}

XINGCHENG = {
    "name": "zht_big5hkscs_lf_hong_kong_xingcheng_travel_page_four_day_itinerary_one_paragraph_per_day_headings_feature_cantonese_quote_caption_credit_running_head_midsentence",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "海景晚報 2027-03-20 C6 旅遊, Big5-HKSCS (`啲 喺 咗 嘢 冇`, in neither cp950 nor Big5), LF; blank-line paragraphs, "
    "wrapped at 20. A travel page: a feature on a high-speed-rail trip to Guilin and Yangshuo (title, subtitle, byline "
    "line `文：岑樂怡`, a Cantonese quotation, a caption and its credit inside a sentence), then an itinerary box "
    "`四日三夜行程建議` whose days `第一日`–`第四日` are headings, each over one paragraph, the running head in mid-sentence "
    "in the third day's paragraph.",
    "date": "2027-03-20", "page": "C6",
    "head": ["海景晚報　2027年3月20日　星期六", "C6　旅遊　　　責任編輯：符家朗"],
    "foot": ["海景晚報有限公司出版　　旅遊版電郵：travel@haiking.example.hk"],
    "furniture": ["海景晚報", "2027年3月20日", "星期六", "C6", "旅遊", "責任編輯：符家朗", "海景晚報．旅遊",
                  "海景晚報有限公司出版", "旅遊版電郵：travel@haiking.example.hk"],
    "run": ["海景晚報．旅遊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["搭高鐵去陽朔　四日睇盡山水", "灕江竹筏最難忘", "文：岑樂怡"], "title": "搭高鐵去陽朔　四日睇盡山水",
         "subtitle": "灕江竹筏最難忘", "byline": ["文：岑樂怡", "岑樂怡"],
         "captions": ["遇龍河上嘅竹筏。"], "credits": ["（岑樂怡攝）"],
         "body": ["由西九龍站搭高鐵去桂林，而家只需要三個鐘頭左右。上個月我同兩個朋友去咗四日，玩得好盡興。",
                  "陽朔啲山好似一幅幅水墨畫，我哋喺遇龍河{cap}坐竹筏，一路望住兩邊嘅山，成個人都靜咗落嚟。",
                  "撐竹筏嘅陸伯話：「春天水大，坐竹筏最舒服，你哋揀啱時候嚟。」"]},
        {"lines": ["四日三夜行程建議"], "title": "四日三夜行程建議",
         "body": [("h", "第一日"), "中午由西九龍站出發，下午到桂林，遊象鼻山，晚上去東西巷食米粉。",
                  ("h", "第二日"), "早上坐船遊灕江，到陽朔後入住西街附近嘅民宿，晚上睇實景演出。",
                  ("h", "第三日"), "踩單車去遇龍河，坐竹筏，午飯試吓啤酒魚，{run}下午行十里畫廊。",
                  ("h", "第四日"), "早上去市場買啲手信，下午由陽朔站搭高鐵返香港，冇需要轉車。"]},
    ],
}

FANGNISHUI = {
    "name": "zh_utf16le_bom_crlf_fangnishui_summer_drowning_prevention_page_weixian_shuiyu_dangerous_waters_rows_header_row_note_row_beside_patrol_story_subtitle_caption_credit_running_head_midsentence",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "楠浦晚报 2027-07-14 第6版 平安, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A summer safety "
    "page: a story on river patrols against drowning (title, subtitle, byline line, a caption and its credit inside a "
    "sentence, a quotation, the running head in mid-sentence), then a list of dangerous waters `本市危险水域提示` (header "
    "row, five rows: water, place, warning; a note row).",
    "date": "2027-07-14", "page": "6",
    "head": ["楠浦晚报　2027年7月14日　星期三", "第6版　平安　　责任编辑：晏　秋"],
    "foot": ["楠浦晚报社　　新闻热线：0736-7851200"],
    "furniture": ["楠浦晚报", "2027年7月14日", "星期三", "第6版", "平安", "责任编辑：晏　秋", "楠浦晚报·平安",
                  "楠浦晚报社", "新闻热线：0736-7851200"],
    "run": ["楠浦晚报·平安"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["暑期防溺水　巡河队上岗", "全市沿河设立32处劝导点", "本报记者　符　晴"],
         "title": "暑期防溺水　巡河队上岗", "subtitle": "全市沿河设立32处劝导点",
         "byline": ["本报记者　符　晴", "符　晴", "符晴"],
         "captions": ["巡河队员在青石河边劝离戏水的孩子。"], "credits": ["本报记者　符　晴　摄"],
         "body": ["中小学放暑假后，我市沿河各村的巡河队每天下午准时上岗。今年全市在河道、水库和池塘边共设立了32处劝导点。",
                  "7月12日下午，记者跟随青石村巡河队走了一趟。队长单国平说，最近天热，常有孩子{cap}结伴到河边玩水，"
                  "“看到了就劝回家，再给家长打个电话”。",
                  "市教育局提醒，孩子不要私自下水游泳，家长要看管好孩子，发现危险水域警示牌损坏，请及时{run}向村委会反映。"]},
        {"lines": ["本市危险水域提示"], "title": "本市危险水域提示",
         "body": [("row", "水域　　　　位置　　　　提示"),
                  ("row", "青石河　　　青石村段　　水深流急，禁止游泳"),
                  ("row", "柳塘水库　　柳塘村北　　岸陡水深，禁止下水"),
                  ("row", "河湾沙场　　河湾社区东　采砂坑多，禁止靠近"),
                  ("row", "桃源塘　　　桃源村口　　淤泥深厚，禁止戏水"),
                  ("row", "新港码头　　新港镇南　　船只往来，禁止垂钓"),
                  ("row", "发现有人落水，请立即拨打110或119求救。")]},
    ],
}

JIANGZUO = {
    "name": "zh_utf8_bom_lf_jiangzuo_library_lecture_listing_rows_date_title_speaker_place_beside_feature_kicker_then_benbaoxun_brief_tight_head_caption_credit_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "梓港日报 2027-03-19 第10版 文化, UTF-8 with BOM, LF; blank-line paragraphs, wrapped at 22. A culture page: a "
    "feature on the library's weekend lectures (kicker `书香梓港`, title, byline line, a caption and its credit inside a "
    "sentence, the running head in mid-sentence, a quotation), a lecture listing `本月讲座预告` (four rows: date, title in "
    "《》, speaker, hall), then a 本报讯 brief whose title sits directly above the lead with no blank line and which "
    "follows the listing's last row with no blank line.",
    "date": "2027-03-19", "page": "10",
    "head": ["梓港日报　2027年3月19日　星期五", "第10版　文化　　责任编辑：宓　桐"],
    "foot": ["梓港日报社　　文化热线：0577-8864321"],
    "furniture": ["梓港日报", "2027年3月19日", "星期五", "第10版", "文化", "责任编辑：宓　桐", "梓港日报·文化",
                  "梓港日报社", "文化热线：0577-8864321"],
    "run": ["梓港日报·文化"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["书香梓港", "周末讲座　座无虚席", "本报记者　贝　宁"], "kicker": ["书香梓港", None],
         "title": "周末讲座　座无虚席", "byline": ["本报记者　贝　宁", "贝　宁", "贝宁"],
         "captions": ["读者在市图书馆报告厅听讲座。"], "credits": ["本报记者　贝　宁　摄"],
         "body": ["上周六下午，市图书馆报告厅的两百个座位全部坐满，过道上还加了三十多把椅子。",
                  "这是市图书馆今年推出的“周末讲堂”第三讲，主讲人、师范学院教授{cap}鲍清和从一首《春江花月夜》讲起，讲了整整两个小时。",
                  "带着女儿来听讲座的市民卞女士说：“孩子以前觉得古诗难，今天听得{run}不肯走。”"]},
        {"lines": ["本月讲座预告"], "title": "本月讲座预告",
         "body": [("row", "3月20日　《宋词里的春天》　鲍清和　报告厅"),
                  ("row", "3月21日　《老照片里的梓港》　栾建国　二楼展厅"),
                  ("row", "3月27日　《给孩子读绘本》　谈雨萌　少儿阅览室"),
                  ("row", "3月28日　《家庭药箱怎么备》　荀　立　报告厅")]},
        {"glued": True, "lines": ["古籍修复室向市民开放"], "title": "古籍修复室向市民开放", "tight": True,
         "body": ["本报讯　从本月起，市图书馆古籍修复室每周六上午向市民开放，每次限二十人，可通过图书馆公众号预约。"]},
    ],
}

SEPEDI = {
    "name": "nso_cp1252_crlf_sepedi_school_calendar_page_term_dates_rows_aligned_by_spaces_beside_dateline_story_tight_head_caption_credit_glued_brief_ka_byline_running_head",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Mogale wa Bokone (an invented Sepedi-language weekly, Polokwane) 2027-03-12 letlakala 5, Windows-1252 (`š` "
    "0x9A, `“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. An education page: a news story "
    "(title directly above the lead, which opens with the dateline `POLOKWANE –`; no byline; a caption and its credit "
    "inside a sentence, the running head in mid-sentence, a quotation), the school calendar `Matšatši a sekolo 2027` "
    "(header row and four term rows aligned with runs of spaces, a note paragraph), then, with no blank line after the "
    "note, a brief (title, byline line `Ka Mpho Ledwaba`, one paragraph).",
    "date": "2027-03-12", "page": "5",
    "head": ["MOGALE WA BOKONE · Labohlano 12 Matšhe 2027 · Letlakala 5", "THUTO"],
    "foot": ["Mogale wa Bokone · Mokotla wa poso 2240 Polokwane · ditaba@mogale.example.za"],
    "furniture": ["MOGALE WA BOKONE", "Labohlano 12 Matšhe 2027", "Letlakala 5", "THUTO", "Mogale wa Bokone · Letlakala 5",
                  "Mogale wa Bokone", "Mokotla wa poso 2240 Polokwane", "ditaba@mogale.example.za"],
    "run": ["Mogale wa Bokone · Letlakala 5"], "labels": [], "markup": [" · ", " · ", " · ", " · ", " · "],
    "articles": [
        {"lines": ["Dikolo di tswalelwa ka la 26 Matšhe"], "title": "Dikolo di tswalelwa ka la 26 Matšhe", "tight": True,
         "captions": ["Barutwana ba sekolo sa Seshego ka phapošing."], "credits": ["Seswantšho: Lerato Mashaba"],
         "body": ["POLOKWANE – Kgoro ya Thuto ya Limpopo e re dikolo ka moka tša pro~fe~nse di tla tswa~le~lwa ka "
                  "Labohlano la 26 Matšhe, gomme ba~ru~twa~na ba boele se~ko~long ka la 7 A~po~re~le.",
                  "Kgoro e re matšatši a mabedi a boi~khu~tšo a {cap}o~ke~di~tšwe gore ba~ru~ti~ši ba kgone go tšea di~thu~to "
                  "tša kao~na~fa~tšo.",
                  "“Re kgo~pe~la ba~tswa~di go hlo~ko~me~la bana na~kong ya boi~khu~tšo,” go boletše mmo~le~le~di wa kgoro, "
                  "Morena Tumišo Maake. “Sekolo se thoma gape {run}ka nako.”"]},
        {"lines": ["Matšatši a sekolo 2027"], "title": "Matšatši a sekolo 2027",
         "body": [("row", "Kotara   Go thoma       Go fela"),
                  ("row", "1        13 Janaware    26 Matšhe"),
                  ("row", "2        7 Aporele      25 June"),
                  ("row", "3        20 Julae       1 Oktoboro"),
                  ("row", "4        12 Oktoboro    8 Disemere"),
                  "Dikolo tša po~rae~be~te di ka ba le ma~tša~tši a fa~pa~ne~go."]},
        {"glued": True, "lines": ["Laeborari ye mpsha e bulwa Seshego", "Ka Mpho Ledwaba"],
         "title": "Laeborari ye mpsha e bulwa Seshego", "byline": ["Ka Mpho Ledwaba", "Mpho Ledwaba"],
         "body": ["Laeborari ya se~tšha~ba ya Seshego e tla bulwa ka Mo~ki~be~lo. E na le di~pu~ku tše fe~ta~go di~ke~te tše "
                  "hlano le di~khomp~hu~te~ra tše lesome tšeo ba~ru~twa~na ba ka di šomišago mahala."]},
    ],
}

BOARISCH = {
    "name": "bar_utf8_nobom_lf_bavarian_advice_column_readers_letters_signed_name_town_then_resi_reply_column_label_section_caption_credit_running_head_midsentence",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Da Boarische Bot (an invented Bavarian-language weekly, Straubing) 2027-03-19 Seitn 14, UTF-8 without BOM "
    "(`ä ö ü ß`, `„ “ ’`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A family page's advice column: the "
    "label `Frag d’Resi` printed once over two readers' letters, each under its own head, each signed on a line of its own "
    "with name and town (`Sepp, Plattling`), each followed by the columnist's reply opened `D’Resi:`; a caption and its "
    "credit inside the first reply, the running head in mid-sentence in the second.",
    "date": "2027-03-19", "page": "14",
    "head": ["DA BOARISCHE BOT | Freidog, 19. Merz 2027 | Seitn 14", "Dahoam"],
    "foot": ["Da Boarische Bot | Stadtplatz 12, Straubing | briaf@boarischebot.example.de"],
    "furniture": ["DA BOARISCHE BOT", "Freidog, 19. Merz 2027", "Seitn 14", "Dahoam",
                  "Da Boarische Bot | Seitn 14", "Da Boarische Bot", "Stadtplatz 12, Straubing",
                  "briaf@boarischebot.example.de"],
    "run": ["Da Boarische Bot | Seitn 14"], "labels": ["Frag d’Resi"],
    "markup": [" | ", " | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Frag d’Resi", "Mei Frau mog zruck in d’Stod"],
         "section": ["Frag d’Resi", None], "kicker": [None, "Frag d’Resi"],
         "title": "Mei Frau mog zruck in d’Stod", "byline": ["Sepp, Plattling", "Sepp"],
         "captions": ["D’Resi liest de Briaf vo de Leser."], "credits": ["Foto: Xaver Brunner"],
         "body": ["Liabe Resi, mei Frau und i san vor zwoa Johr vo Minga aufs Land zogn und hom do a Haus baut. "
                  "Jetz sogt’s, am Dorf is’s ihr z’fad, und sie mog wie~der zruck in d’Stod. I woaß nim~ma "
                  "wei~da. Wos soll i doa?",
                  ("end", "Sepp, Plattling"),
                  "D’Resi: Liaba Sepp, setz di mit deina Frau amoi in Ruah zamm und redts mit~an~and. Frog’s, "
                  "wos ihr wirk~li fehlt: viel~leicht a {cap}Arbat oder a paar Freind~in~na. Wenn’s do wos "
                  "find~ts, na schaugt des Dorf glei ganz an~ders aus."]},
        {"lines": ["Mei Dirndl mog ned lerna"], "section": ["Frag d’Resi", None],
         "kicker": [None, "Frag d’Resi"], "title": "Mei Dirndl mog ned lerna",
         "byline": ["Vroni, Bogen", "Vroni"],
         "body": ["Liabe Resi, mei Dirndl geht in de nein~te Klass, aber den ganzn Dog hängt’s am Handy. Ihre "
                  "Notn san ganz schlecht worn. Hilf ma!",
                  ("end", "Vroni, Bogen"),
                  "D’Resi: A Handy is ned schlecht, aber es braucht sei Zeit. Machts aus, dass’ jeden "
                  "No~mit~tog zwoa Stund lernt und ’s Handy der~weil bei dir liegt. Und red amoi mit de "
                  "{run}Lehra."]},
    ],
}

MINANG = {
    "name": "min_macroman_cr_minangkabau_ramadan_imsakiyah_timetable_rows_aligned_by_spaces_note_then_mosque_iftar_story_dek_byline_dateline_caption_credit_running_head_midsentence",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Suaro Agam (an invented Minangkabau-language weekly, Bukittinggi) 2027-02-11 halaman 6, Mac OS Roman "
    "(`“ ” – •`), classic Mac CR line ends; blank-line paragraphs, wrapped at 40 with hyphenation. A religion page in "
    "the fasting month: the timetable `Jadwa Imsakiyah Ramadhan 1448 H` (a header row and five day rows aligned with "
    "runs of spaces, a note paragraph), then a story on a mosque's free iftar food (title, byline line `Dek Yusra "
    "Piliang`, the dateline `BUKIKTINGGI –` opening the lead, a caption and its credit inside a sentence, a quotation, the "
    "running head in mid-sentence).",
    "date": "2027-02-11", "page": "6",
    "head": ["SUARO AGAM • Kamih 11 Pebruari 2027 • Halaman 6", "Agamo"],
    "foot": ["Suaro Agam • Jalan Sudirman 18 Bukittinggi • redaksi@suaroagam.example.id"],
    "furniture": ["SUARO AGAM", "Kamih 11 Pebruari 2027", "Halaman 6", "Agamo", "Suaro Agam • Halaman 6", "Suaro Agam",
                  "Jalan Sudirman 18 Bukittinggi", "redaksi@suaroagam.example.id"],
    "run": ["Suaro Agam • Halaman 6"], "labels": [], "markup": [" • ", " • ", " • ", " • ", " • "],
    "articles": [
        {"lines": ["Jadwa Imsakiyah Ramadhan 1448 H"], "title": "Jadwa Imsakiyah Ramadhan 1448 H",
         "body": [("row", "Ramadhan  Tanggal   Imsak  Subuah  Magrib"),
                  ("row", "4         11 Peb    04.59  05.09   18.47"),
                  ("row", "5         12 Peb    04.59  05.09   18.47"),
                  ("row", "6         13 Peb    04.59  05.09   18.47"),
                  ("row", "7         14 Peb    05.00  05.10   18.47"),
                  ("row", "8         15 Peb    05.00  05.10   18.46"),
                  "Untuak Kota Bukiktinggi jo sa~ki~tar~nyo. Padang jo Pa~ria~man tam~bah~kan duo minik."]},
        {"lines": ["Masajik Nurul Huda mambagi pabukoan", "Dek Yusra Piliang"],
         "title": "Masajik Nurul Huda mambagi pabukoan", "byline": ["Dek Yusra Piliang", "Yusra Piliang"],
         "captions": ["Jamaah manunggu wakatu babuko di Masajik Nurul Huda."], "credits": ["Foto: Andi Sikumbang"],
         "body": ["BUKIKTINGGI – Salamo bulan puaso, pa~ngu~rus Ma~sa~jik Nurul Huda di Birugo mam~ba~gi~kan tigo "
                  "ratuih bung~kuih pa~bu~ko~an sa~ca~ro cuma-cuma satiok patang.",
                  "Pa~bu~ko~an tu di~ma~sak dek ibu-ibu di sa~ki~tar masajik. Isinyo {cap}kolak pisang, nasi jo samba "
                  "lado, sa~ra~to aia tabu.",
                  "“Kami ingin urang nan indak sampai pulang ka rumah bisa babuko ba~sa~mo,” kato Haji Zulkifli "
                  "Tanjung, ketua pa~ngu~rus ma~sa~jik. Sa~ba~gi~an gadang sum~ba~ngan {run}datang dari pa~ran~tau."]},
    ],
}

PIJIN = {
    "name": "pis_utf16be_bom_crlf_solomon_pijin_cyclone_warning_story_dateline_tight_head_caption_credit_glued_evacuation_centres_rows_place_colon_building_note_running_head_midsentence",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Iumi Tok Nius (an invented Solomon Islands Pijin weekly, Honiara) 2027-02-12 pej 3, UTF-16 BE with BOM, CRLF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A cyclone warning page: the story (title directly above the "
    "lead, which opens with the dateline `HONIARA –`; no byline; a caption and its credit inside a sentence, a quotation "
    "cut by the running head), then, with no blank line after its last line, a list of evacuation centres `Ples fo haed "
    "taem saekolon kam` (five rows `Kukum: …`, a note paragraph).",
    "date": "2027-02-12", "page": "3",
    "head": ["IUMI TOK NIUS — Fraede 12 Febuari 2027 — Pej 3", "Nius"],
    "foot": ["Iumi Tok Nius — P.O. Box 1207 Honiara — nius@iumitok.example.sb"],
    "furniture": ["IUMI TOK NIUS", "Fraede 12 Febuari 2027", "Pej 3", "Nius", "Iumi Tok Nius — Pej 3", "Iumi Tok Nius",
                  "P.O. Box 1207 Honiara", "nius@iumitok.example.sb"],
    "run": ["Iumi Tok Nius — Pej 3"], "labels": [], "markup": [" — ", " — ", " — ", " — ", " — "],
    "articles": [
        {"lines": ["Saekolon Mekeli bae kasem Guadalcanal"], "title": "Saekolon Mekeli bae kasem Guadalcanal",
         "tight": True,
         "captions": ["Olketa famili long Kukum redim haos blong olketa."], "credits": ["Foto: Eddie Sasako"],
         "body": ["HONIARA – Met ofis i sei sae~ko~lon Mekeli bae kasem not saet blong Gua~dal~ca~nal long Satade naet, "
                  "witim strong~fala win an big~fala ren.",
                  "Olketa pipol wea stap kol~sap long sol~wata an long saet blong olketa {cap}riva mas muv go long "
                  "hae~ples bi~foa long Satade.",
                  "“No weit go kasem laste minit. Redim wata, kai~kai an laet blong fa~mi~li {run}blong iu dis~taem,” "
                  "Misis Lilly To~vo~sia blong Di~sas~ta Ofis hem sei."]},
        {"glued": True, "lines": ["Ples fo haed taem saekolon kam"], "title": "Ples fo haed taem saekolon kam",
         "body": [("row", "Kukum: Skul blong Sent Piter"),
                  ("row", "White River: Kaonsol Haos"),
                  ("row", "Burns Creek: Sios Haos blong Yunaeted"),
                  ("row", "Naha: Komiuniti Hol"),
                  ("row", "Vura: Klinik Haos"),
                  "Te~kem wata, kai~kai, laet an me~re~sin blong iu."]},
    ],
}

PAGES = [RENQIAN, GANJI, PANJUE, XINGCHENG, FANGNISHUI, JIANGZUO, SEPEDI, BOARISCH, MINANG, PIJIN]
