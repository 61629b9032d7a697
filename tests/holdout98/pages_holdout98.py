"""The text of every holdout98 page, written once: make_holdout98_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold;
`("more", line)` the same with no blank line before it. `{cap}` drops the caption and its credit into a paragraph,
`{run}` the running head; `~` marks where a Latin word may be split at a line end. All papers, people, firms, cases,
figures and events are invented; real places (and the air-quality index of page 4, the bodies named as a source
or a regulator) are settings only.
"""

QIAO = {
    "name": "zh_gbk_crlf_city_page_bridge_repair_story_byline_caption_credit_running_head_midsentence_glued_traffic_box_three_phase_rows_header_and_detour_rows_by_vehicle_kind",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "榆江日报 2027-05-06 第4版 城事, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A city "
    "page: a bridge-repair story (title, byline line, a caption and its credit inside a sentence, a “” quotation, the "
    "running head before the last word `出行。`), then, with no blank line under it, the traffic box "
    "`榆江大桥维修期间交通组织`: a header row `阶段　时间　封闭范围`, three phase rows, a note row on the night hours "
    "and three detour rows by kind of vehicle (`货车：…`, `小客车：…`, `公交：…`); the box is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2027-05-06", "page": "4",
    "head": ["榆江日报　　2027年5月6日　星期四", "第4版　城事　　责任编辑：盛　岚"],
    "foot": ["榆江日报社出版　　新闻热线：0736-5521908"],
    "furniture": ["榆江日报", "2027年5月6日", "星期四", "第4版", "城事", "责任编辑：盛　岚", "榆江日报·城事",
                  "榆江日报社出版", "新闻热线：0736-5521908"],
    "run": ["榆江日报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["榆江大桥下周一起分三阶段维修", "本报记者　郜　澄"], "title": "榆江大桥下周一起分三阶段维修",
         "byline": ["本报记者　郜　澄", "郜　澄", "郜澄"],
         "captions": ["榆江大桥桥面多处出现裂缝。"], "credits": ["本报记者　郜　澄　摄"],
         "body": ["记者昨天从市公安局交警支队获悉，建成已满二十年的榆江大桥将于5月10日起维修桥面和伸缩缝，"
                  "工期约七十天，其间分三个阶段封闭施工。",
                  "市城建中心工程科科长廖一鸣介绍，大桥日均车流量约四万辆，{cap}维修期间白天始终保留半幅通行，"
                  "“尽量不让市民绕远路”。",
                  "交警部门提醒，早晚高峰期间桥头车流量较大，请市民提前规划路线，尽量选择公共交通{run}出行。"]},
        {"glued": True, "lines": ["榆江大桥维修期间交通组织"], "title": "榆江大桥维修期间交通组织",
         "body": [("row", "阶段　时间　封闭范围"),
                  ("row", "第一阶段　5月10日—5月31日　东半幅"),
                  ("row", "第二阶段　6月1日—6月25日　西半幅"),
                  ("row", "第三阶段　6月26日—7月18日　夜间全封闭"),
                  ("row", "（夜间指每日22:00至次日5:00）"),
                  ("row", "货车：全天经榆江二桥绕行；"),
                  ("row", "小客车：按现场指示牌通行；"),
                  ("row", "公交：3路、11路临时改经滨江路。")]},
    ],
}

LVSHI = {
    "name": "zh_gb18030_lf_law_page_lvshi_menzhen_legal_qa_column_label_head_answering_lawyer_line_rare_char_reader_question_signed_caption_credit_running_head_midsentence_glued_second_question_head",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沣浦晚报 2027-06-22 第9版 法治·民生, GB18030 (`\U0002cb2d` U+2CB2D in the lawyer's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A legal Q&A column: the label `律师门诊` (the first item's section; kicker "
    "or none accepted), the head, the answering lawyer's line `解答律师：詹　\U0002cb2d（沣浦衡正律师事务所）` (the "
    "byline), the reader's question `读者问：…` signed `（读者　麦女士）` at its end, the answer `律师答：…` and two "
    "follow-on paragraphs (a caption and its credit inside a sentence, the running head in mid-sentence); then, with "
    "no blank line, a second question under its own head, `读者问：` and `律师答：` again (the label accepted as its "
    "section, none expected).",
    "date": "2027-06-22", "page": "9",
    "head": ["沣浦晚报　　2027年6月22日　星期二", "第9版　法治·民生　　责任编辑：戚　珩"],
    "foot": ["沣浦晚报社　　法治热线：0831-6677120"],
    "furniture": ["沣浦晚报", "2027年6月22日", "星期二", "第9版", "法治·民生", "责任编辑：戚　珩", "沣浦晚报·法治·民生",
                  "沣浦晚报社", "法治热线：0831-6677120"],
    "run": ["沣浦晚报·法治·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["律师门诊", "房东扣下全部押金，租客怎么办？", "解答律师：詹　\U0002cb2d（沣浦衡正律师事务所）"],
         "section": ["律师门诊", None], "kicker": [None, "律师门诊"], "title": "房东扣下全部押金，租客怎么办？",
         "byline": ["解答律师：詹　\U0002cb2d（沣浦衡正律师事务所）", "詹　\U0002cb2d", "詹\U0002cb2d"],
         "captions": ["租客退房时宜与房东一起查验房屋。"], "credits": ["（资料图片）"],
         "body": ["读者问：我去年租了一套两居室，押金4000元。上个月合同到期搬走时，房东说墙面有污渍、地板有划痕，"
                  "要扣下全部押金。这些都是正常住出来的，我该怎么办？（读者　麦女士）",
                  "律师答：押金是租客为担保履行租赁合同交给房东的钱。合同到期后，租客没有拖欠租金、没有损坏房屋的，"
                  "房东应当退还。",
                  "房屋在正常使用中出现的磨损，比如墙面轻微变色、{cap}地板细小划痕，属于合理损耗，不由租客承担。房东"
                  "认为租客损坏了房屋，应当拿出证据，按实际维修费用扣除，不能随意全部扣下。",
                  "建议麦女士先与房东协商，拿出入住和退房时的照片；协商不成，可以向街道人民调解委员会申请调解，也可以"
                  "向法院起诉。今后租房，入住当天最好和房东一起拍照{run}留存。"]},
        {"glued": True, "lines": ["网购衣服不合身，七天内能退吗？"], "section": [None, "律师门诊"],
         "kicker": [None, "律师门诊"], "title": "网购衣服不合身，七天内能退吗？",
         "body": ["读者问：我在网店买了一件外套，收到后发现不合身，店家说“特价商品不退不换”。这样说有道理吗？"
                  "（读者　郑先生）",
                  "律师答：网购的商品，除定做、鲜活易腐等几类外，消费者有权自收到之日起七日内无理由退货。“特价"
                  "不退”不能排除这项权利。郑先生可以保留聊天记录，先向平台投诉。"]},
    ],
}

PANJUE = {
    "name": "zht_big5_crlf_taiwan_society_page_fraud_courier_sentenced_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_panjue_zhuwen_box_masked_name_capital_numerals_case_number_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "雲埕日報 2027-04-15 A10 社會 (民國116年), Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A court "
    "report: the title directly above its `【記者邱品妤／雲埕報導】` lead (a caption and its credit inside a "
    "sentence, a 「」 quotation cut by the running head), then, with no blank line under its last line, the box "
    "`判決主文（摘錄）`: three operative lines of the judgment as printed, the defendant's name masked `洪○○` and the "
    "terms in capital numerals (`有期徒刑壹年貳月`, `新臺幣參萬元`), and a case-number row; the box is an article, its "
    "head the title, each printed line a paragraph.",
    "date": "2027-04-15", "page": "A10",
    "head": ["雲埕日報　　中華民國116年4月15日　星期四", "A10　社會"],
    "foot": ["雲埕日報社　社會中心　新聞專線：(05)233-6180"],
    "furniture": ["雲埕日報", "中華民國116年4月15日", "星期四", "A10", "社會", "雲埕日報．社會", "雲埕日報社", "社會中心",
                  "新聞專線：(05)233-6180"],
    "run": ["雲埕日報．社會"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["當車手騙走老翁積蓄　22歲男判1年2月"], "title": "當車手騙走老翁積蓄　22歲男判1年2月",
         "tight": True, "byline": [None, "記者邱品妤", "邱品妤"],
         "captions": ["雲埕地方法院昨天宣判車手案。"], "credits": ["（記者邱品妤攝）"],
         "body": ["【記者邱品妤／雲埕報導】22歲洪姓男子加入詐騙集團擔任車手，假冒檢察官向81歲老翁收取新臺幣"
                  "180萬元。雲埕地方法院昨天依三人以上共同詐欺取財罪，判處他有期徒刑1年2月。",
                  "判決指出，老翁去年11月接到自稱「地檢署」的電話，被告知帳戶涉及洗錢，{cap}須把存款交給專人"
                  "「監管」。洪男先後三次到老翁家中取款，每次抽取1萬元報酬。",
                  "法官認為，洪男雖然坦承犯行，但老翁一生積蓄幾乎全數被騙，「被告與被害人迄今未能和解，難以從"
                  "輕{run}量刑」。"]},
        {"glued": True, "lines": ["判決主文（摘錄）"], "title": "判決主文（摘錄）",
         "body": [("row", "洪○○處有期徒刑壹年貳月。"),
                  ("row", "扣案之手機壹支沒收。"),
                  ("row", "未扣案犯罪所得新臺幣參萬元沒收。"),
                  ("row", "（116年度金訴字第218號，可上訴）")]},
    ],
}

KONGQI = {
    "name": "zht_big5hkscs_lf_hong_kong_news_page_heat_and_haze_story_cantonese_byline_caption_credit_running_head_midsentence_glued_kongqi_zhisu_jiankang_zhishu_box_station_index_risk_rows_source",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鷗岬日報 2027-07-27 A6 港聞, Big5-HKSCS (`嘅 喺 咗 啲 嚟`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong news page: a hot, hazy day (title, byline line `記者　麥穎彤`, Cantonese "
    "in a 「」 quotation, a caption and its credit inside a sentence, the running head before the last words "
    "`留喺室內。`), then, with no blank line, the box `空氣質素健康指數（下午4時）`: a header row "
    "`監測站　指數　健康風險`, five station rows (the roadside stations marked `（路邊）`) and a source row; the box is "
    "an article, its head the title, each printed line a paragraph.",
    "date": "2027-07-27", "page": "A6",
    "head": ["鷗岬日報　　2027年7月27日　星期二", "A6　港聞"],
    "foot": ["鷗岬日報社　　港聞組電郵：news@oujia.example.hk"],
    "furniture": ["鷗岬日報", "2027年7月27日", "星期二", "A6", "港聞", "鷗岬日報．港聞", "鷗岬日報社", "港聞組電郵：news@oujia.example.hk"],
    "run": ["鷗岬日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["酷熱兼煙霞　路邊空氣污染「甚高」", "記者　麥穎彤"], "title": "酷熱兼煙霞　路邊空氣污染「甚高」",
         "byline": ["記者　麥穎彤", "麥穎彤"],
         "captions": ["維港兩岸昨日午後被煙霞籠罩。"], "credits": ["（記者馮子軒攝）"],
         "body": ["本港昨日天氣酷熱，市區氣溫最高達34.6度，加上吹微弱西北風，污染物積聚，全港多區出現煙霞。",
                  "截至下午4時，銅鑼灣路邊監測站嘅空氣質素健康指數升至10，{cap}健康風險屬「甚高」；一般監測站"
                  "亦有兩個錄得「高」。",
                  "喺中環返工嘅陳小姐話：「行幾步已經成身汗，眼都有啲痛。」醫生提醒，長者、小童同患有心臟病或者"
                  "呼吸系統疾病嘅人士，應盡量減少戶外活動，{run}留喺室內。"]},
        {"glued": True, "lines": ["空氣質素健康指數（下午4時）"], "title": "空氣質素健康指數（下午4時）",
         "body": [("row", "監測站　指數　健康風險"),
                  ("row", "中西區　6　中"),
                  ("row", "觀塘　7　高"),
                  ("row", "東涌　8　高"),
                  ("row", "旺角（路邊）　9　高"),
                  ("row", "銅鑼灣（路邊）　10　甚高"),
                  ("row", "資料來源：環境保護署")]},
    ],
}

GONGJIAO = {
    "name": "zh_utf16le_bom_crlf_transport_page_intercity_bus_new_terminal_story_byline_caption_credit_running_head_midsentence_glued_timetable_box_header_old_and_new_departure_columns_note_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沂澄日报 2027-08-30 第6版 出行, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A transport "
    "page: an intercity bus route moves to a new terminal (title, byline line `本报记者　滕　岚`, a caption and its "
    "credit inside a sentence, a “” quotation, the running head before the last word `查询。`), then, with no blank "
    "line, the timetable `K3路调整前后发车时间`: a header row `班次　原时间　新时间`, five rows (`首班　6:30　6:00` … "
    "`末班　19:30　21:00`) and a note row; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-08-30", "page": "6",
    "head": ["沂澄日报　　2027年8月30日　星期一", "第6版　出行　　责任编辑：阙　扬"],
    "foot": ["沂澄日报社　　交通新闻部：0539-8812044"],
    "furniture": ["沂澄日报", "2027年8月30日", "星期一", "第6版", "出行", "责任编辑：阙　扬", "沂澄日报·出行",
                  "沂澄日报社", "交通新闻部：0539-8812044"],
    "run": ["沂澄日报·出行"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["K3路9月1日起迁入城南客运站", "本报记者　滕　岚"], "title": "K3路9月1日起迁入城南客运站",
         "byline": ["本报记者　滕　岚", "滕　岚", "滕岚"],
         "captions": ["城南客运站候车大厅已完成布置。"], "credits": ["本报记者　滕　岚　摄"],
         "body": ["9月1日起，往返沂澄城区和青石镇的城际公交K3路将从老汽车站迁入新建的城南客运站发车，首班提前半小时，"
                  "末班延后一个半小时。",
                  "市公交集团城际分公司经理符国栋说，{cap}调整后每天发车由十二班增加到十五班，“青石镇在城里上班的"
                  "年轻人，晚上加班也能坐上车了”。",
                  "老汽车站将改为公交首末站，原有的2路、5路不受影响。具体班次可拨打公交服务热线{run}查询。"]},
        {"glued": True, "lines": ["K3路调整前后发车时间"], "title": "K3路调整前后发车时间",
         "body": [("row", "班次　原时间　新时间"),
                  ("row", "首班　6:30　6:00"),
                  ("row", "早高峰　每40分钟一班　每30分钟一班"),
                  ("row", "平峰　每60分钟一班　每50分钟一班"),
                  ("row", "晚高峰　每40分钟一班　每30分钟一班"),
                  ("row", "末班　19:30　21:00"),
                  ("row", "（单程约50分钟，票价8元不变）")]},
    ],
}

XUNREN = {
    "name": "zh_utf8_bom_lf_malaysia_local_page_missing_elderly_man_story_mapo_xun_tight_head_caption_credit_running_head_midsentence_glued_jingfang_xunren_box_labelled_description_rows_contact_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "麻河晨报 2027-06-16 A8 地方 (Malaysia; simplified), UTF-8 with BOM, LF; blank-line paragraphs, wrapped at "
    "21. A local page: a missing elderly man, the title directly above its `（麻坡讯）` lead (a caption and its credit "
    "inside a sentence, a “” quotation, the running head in mid-sentence), then, with no blank line under its last "
    "line, the police appeal box `警方寻人`: labelled description rows `姓名：…`, `年龄：…`, `身高：…`, `衣着：…`, "
    "`最后露面：…` and a contact row; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-06-16", "page": "A8",
    "head": ["麻河晨报　　2027年6月16日　星期三", "A8　地方新闻"],
    "foot": ["麻河晨报社　　柔南办事处：06-951 7230"],
    "furniture": ["麻河晨报", "2027年6月16日", "星期三", "A8", "地方新闻", "麻河晨报·地方新闻", "麻河晨报社",
                  "柔南办事处：06-951 7230"],
    "run": ["麻河晨报·地方新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["七旬翁早上出门买报后失联"], "title": "七旬翁早上出门买报后失联", "tight": True,
         "captions": ["家人在巴刹一带张贴寻人传单。"], "credits": ["（梁慧敏摄）"],
         "body": ["（麻坡讯）一名患有初期失智症的78岁老翁，前天早上出门买报纸后至今未归，家人已报警，并在武吉巴西"
                  "一带四处寻找。",
                  "老翁的女儿林美玲说，父亲每天早上都会走路到巴刹买报纸、喝咖啡，{cap}通常十点前就回家，"
                  "“他没有带手机，也记不住我们的电话号码”。",
                  "她说，父亲近来常常说要“回老家”，家人担心他搭上巴士往外地去了。警方呼吁公众留意，如发现老翁，"
                  "请{run}通知附近警局。"]},
        {"glued": True, "lines": ["警方寻人"], "title": "警方寻人",
         "body": [("row", "姓名：林亚福"),
                  ("row", "年龄：78岁"),
                  ("row", "身高：约1.6米，身材瘦小"),
                  ("row", "衣着：白色短袖衣、蓝色长裤、拖鞋"),
                  ("row", "最后露面：6月14日上午，武吉巴西巴刹"),
                  ("row", "联络：麻坡警区总部　06-952 4481")]},
    ],
}


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


DUST_W = (10, 13, 7)
DUST = {
    "name": "svc_latin1_lf_vincentian_creole_weather_page_sahara_dust_story_by_byline_dateline_caption_credit_running_head_midsentence_glued_four_day_outlook_box_header_day_sky_temperature_dust_rows_note_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Hairoun Bugle (an invented St Vincent daily) 2027-08-12 Page 4 Weddah Watch, ISO 8859-1 (`° ·`; straight "
    "quotes, a hyphen for the dash), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Vincentian Creole "
    "weather page: Saharan dust over Kingstown (title, byline line `By Kezia Browne`, the dateline `KINGSTOWN -`, a "
    "caption and its credit inside a sentence, a quotation, the running head before the last words), then, with no "
    "blank line, the outlook box `De Next Four Days`: a header row `Day  Sky  °C  Dust`, four rows "
    "`day  sky  high/low  dust level` aligned by runs of spaces and a note row; the box is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2027-08-12", "page": "4",
    "head": ["HAIROUN BUGLE · Thursday, 12 August 2027 · Page 4", "Weddah Watch"],
    "foot": ["Hairoun Bugle · newsroom@hairoun.example.vc"],
    "furniture": ["HAIROUN BUGLE", "Thursday, 12 August 2027", "Page 4", "Weddah Watch", "Hairoun Bugle · Weddah Watch",
                  "Hairoun Bugle", "newsroom@hairoun.example.vc"],
    "run": ["Hairoun Bugle · Weddah Watch"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Sahara dust cover up Kingstown again", "By Kezia Browne"],
         "title": "Sahara dust cover up Kingstown again", "byline": ["By Kezia Browne", "Kezia Browne"],
         "captions": ["De harbour under de haze yesterday."], "credits": ["Photo: Dwight Ollivierre"],
         "body": ["KINGSTOWN - De whole island wake up yesterday under a thick grey haze. De Met Office seh is "
                  "Sahara dust again, an it go stay till Sat~ur~day.",
                  "Doctor Marlon Cupid seh people wid asthma fuh stay inside an {cap}keep dey pump close. \"Ah "
                  "done see five, six chir~ren come in since Tues~day wid dey chest tight,\" he seh.",
                  "De Met Office seh rain could come Sunday an wash out de dust. Till den, doh hang out clothes "
                  "an cover up yuh {run}water tank."]},
        {"glued": True, "lines": ["De Next Four Days"], "title": "De Next Four Days",
         "body": [("row", aligned("Day", "Sky", "°C", "Dust", widths=DUST_W)),
                  ("row", aligned("Thursday", "hazy", "31/26", "high", widths=DUST_W)),
                  ("row", aligned("Friday", "hazy", "31/25", "high", widths=DUST_W)),
                  ("row", aligned("Saturday", "hazy, breezy", "30/25", "medium", widths=DUST_W)),
                  ("row", aligned("Sunday", "showers", "29/24", "low", widths=DUST_W)),
                  ("row", "Dust high: if yuh have asthma, stay in")]},
    ],
}

AMACALA = {
    "name": "nr_utf8_nobom_crlf_southern_ndebele_police_page_stock_theft_warning_story_ngu_byline_dateline_caption_credit_running_head_midsentence_glued_blotter_items_place_lead_ins_closed_by_cas_case_numbers",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Isibani seKwaNdebele (an invented Mpumalanga paper) 2027-03-18 Ikhasi 5 Ezomthetho, UTF-8 without BOM "
    "(`– “ ”`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A Southern Ndebele (isiNdebele) police "
    "page: the police warn farmers of stock theft (title over two lines, byline line `NguThandi Mahlangu`, the "
    "dateline `KWAMHLANGA –`, a caption and its credit inside a sentence, a “” quotation cut by the running head), "
    "then, with no blank line, the blotter `Amacala weveke`: three cases, each one paragraph opened by a place in "
    "capitals and ` – ` and closed by its police case number `(CAS 112/03/2027)`, and a closing call for "
    "information; the blotter is one article, its head the title.",
    "date": "2027-03-18", "page": "5",
    "head": ["ISIBANI SEKWANDEBELE – ULesine, 18 Matjhi 2027 – Ikhasi 5", "Ezomthetho"],
    "foot": ["Isibani seKwaNdebele – iindaba@isibani.example.co.za"],
    "furniture": ["ISIBANI SEKWANDEBELE", "ULesine, 18 Matjhi 2027", "Ikhasi 5", "Ezomthetho",
                  "Isibani seKwaNdebele – Ezomthetho", "Isibani seKwaNdebele", "iindaba@isibani.example.co.za"],
    "run": ["Isibani seKwaNdebele – Ezomthetho"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Amapholisa akhalimela abalimi", "ngokwebiwa kwezifuyo", "NguThandi Mahlangu"],
         "title": "Amapholisa akhalimela abalimi ngokwebiwa kwezifuyo",
         "byline": ["NguThandi Mahlangu", "Thandi Mahlangu"],
         "captions": ["Umlimi uJabu Masango nekomo yakhe."], "credits": ["Isithombe: Lucky Msiza"],
         "body": ["KWAMHLANGA – Amapholisa akhalimela abalimi bona bana~ke~le~le izifuyo zabo, ngemva "
                  "kobana iinkomo ezili~tjhumi zebiwe epula~sini eduze kweKwaMhlanga ngeveke edlu~li~leko.",
                  "Umkhulumeli wamapholisa, uKa~pu~teni Sipho Skhosana, uthe abalimi kufa~nele ba~fake "
                  "{cap}iimpawu ezifuy~we~ni zabo be~godu babike msi~nyana naku~lahleke into.",
                  "“Nasisebenza ndawo~nye, singa~bamba amasela,” kutjho uSkhosana. “Sibawa umpha~kathi bona "
                  "usisize {run}ngelwazi.”"]},
        {"glued": True, "lines": ["Amacala weveke"], "title": "Amacala weveke",
         "body": ["SIYABUSWA – Indoda enemi~nyaka ema-34 ibo~tjhwe ngoLe~si~bili ngemva koku~fu~nya~nwa "
                  "nekhe~buli yombane eye~biweko. (CAS 112/03/2027)",
                  "VERENA – Isitolo sesiTjhayina sigqekezwe ngobusuku bangoMgqibelo; kwebiwe imali "
                  "nama~foni. (CAS 87/03/2027)",
                  "MORETELE – Umtjha~yeli wete~kisi uhlasel~we ngesi~khali eduze kwesi~khu~mulo seente~kisi, "
                  "walimala kancani. (CAS 41/03/2027)",
                  "Onelwazi angafowunela amapholisa ku-0800 555 0147."]},
    ],
}

PLITI = {
    "name": "krj_macroman_cr_kinaray_a_transport_page_jeepney_fare_rise_story_ni_byline_dateline_caption_credit_running_head_midsentence_glued_fare_table_header_route_old_new_rows_discount_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Huni Hamtikanon (an invented Antique paper) 2027-10-05 Pahina 3 Sakayan, Mac OS Roman (`– “ ”`), CR line "
    "ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Kinaray-a transport page: jeepney fares go up "
    "(title, byline line `Ni Rhea Magbanua`, the dateline `SAN JOSE –`, a caption and its credit inside a sentence, a "
    "“” quotation, the running head before the last word), then, with no blank line, the fare table "
    "`Bag-o nga pliti kang dyip`: a header row `Ruta  Daan  Bag-o` and four route rows `San Jose – Hamtic  P13.00  "
    "P15.00` aligned by runs of spaces, and a discount row `Estudyante, tigulang: 20% diskwento`; the table is an article, its head the title, each printed "
    "line a paragraph.",
    "date": "2027-10-05", "page": "3",
    "head": ["HUNI HAMTIKANON – Martes, Oktubre 5, 2027 – Pahina 3", "Sakayan"],
    "foot": ["Huni Hamtikanon – balita@huni.example.ph"],
    "furniture": ["HUNI HAMTIKANON", "Martes, Oktubre 5, 2027", "Pahina 3", "Sakayan", "Huni Hamtikanon – Sakayan",
                  "Huni Hamtikanon", "balita@huni.example.ph"],
    "run": ["Huni Hamtikanon – Sakayan"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Pliti kang dyip, magataas run", "Ni Rhea Magbanua"], "title": "Pliti kang dyip, magataas run",
         "byline": ["Ni Rhea Magbanua", "Rhea Magbanua"],
         "captions": ["Mga dyip sa terminal kang San Jose."], "credits": ["Litrato: Jun Cabarles"],
         "body": ["SAN JOSE – Sugod sa masunod nga Lunes, Oktubre 11, ma~ga~taas run ang pliti kang dyip sa bilog nga "
                  "pro~bin~sya. Gin-apru~ba~han kang re~gio~nal nga opi~si~na kang LTFRB ang du~gang nga duha ka piso.",
                  "Suno kay Ramon Dimzon, pre~si~den~te kang aso~sa~syon kang mga dray~ber sa banwa, {cap}mataas run "
                  "gid ang presyo kang krudo kag indi run maka~ya kang mga drayber ang daan nga pliti.",
                  "“Mabudlay man para sa mga pa~sa~he~ro, pero wara kami iban nga paagi,” siling ni Dimzon. Ang "
                  "mga estud~yan~te kag ti~gu~lang may dis~kwen~to gi~ha~pon nga baynte {run}porsiyento."]},
        {"glued": True, "lines": ["Bag-o nga pliti kang dyip"], "title": "Bag-o nga pliti kang dyip",
         "body": [("row", aligned("Ruta", "Daan", "Bag-o", widths=(22, 8))),
                  ("row", aligned("San Jose – Hamtic", "P13.00", "P15.00", widths=(22, 8))),
                  ("row", aligned("San Jose – Sibalom", "P18.00", "P20.00", widths=(22, 8))),
                  ("row", aligned("San Jose – Belison", "P20.00", "P22.00", widths=(22, 8))),
                  ("row", aligned("San Jose – Patnongon", "P24.00", "P26.00", widths=(22, 8))),
                  ("row", "Estudyante, tigulang: 20% diskwento")]},
    ],
}

AERSCHER = {
    "name": "sxu_cp1252_crlf_upper_saxon_consumer_page_aerscher_column_label_head_reader_complaint_signed_shop_reply_labelled_signed_caption_credit_running_head_midsentence_glued_help_box_contact_rows",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Dr Pirnsche Bote (an invented Saxon daily) 2027-11-23 Seide 7 Gäld un Gunde, Windows-1252 (`ä ü ß Ä · –`; straight "
    "apostrophes), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. An Upper Saxon consumer page: the column label "
    "`Ärscher mid'm Laden` (the section; kicker or none accepted), the head, a reader's complaint signed `(Gerda "
    "Fiedler, Heidenau)` at its end, **the shop's reply opened by `Dr Laden saachd:` and signed `(Mario Lindner, "
    "Elektro Lindner)` at its end**, the paper's advice opened by `Unser Dibb:` (a caption and its credit inside a "
    "sentence, the running head in mid-sentence); then, with no blank line, the box `Wo's Hilfe gibd`: three "
    "labelled contact rows; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-11-23", "page": "7",
    "head": ["DR PIRNSCHE BOTE · Dienstach, 23. November 2027 · Seide 7", "Gäld un Gunde"],
    "foot": ["Dr Pirnsche Bote · leserbriefe@pirnsche-bote.example.de"],
    "furniture": ["DR PIRNSCHE BOTE", "Dienstach, 23. November 2027", "Seide 7", "Gäld un Gunde",
                  "Dr Pirnsche Bote · Gäld un Gunde", "Dr Pirnsche Bote", "leserbriefe@pirnsche-bote.example.de"],
    "run": ["Dr Pirnsche Bote · Gäld un Gunde"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ärscher mid'm Laden", "Waschmaschine gabudd – un geener", "gümmerd sich"],
         "section": ["Ärscher mid'm Laden", None], "kicker": [None, "Ärscher mid'm Laden"],
         "title": "Waschmaschine gabudd – un geener gümmerd sich",
         "captions": ["Gerda Fiedler mit dr neien Maschine."], "credits": ["Foto: Sven Hänsel"],
         "body": ["Mir hamm im Audchusd ä neie Wasch~ma~schi~ne bei Elektro Lindner in Pirne gegoofd. Nach "
                  "drei Wochn had se nimmer geschleudord. Dr Mondeur gam erschd nach zwee Wochn, un dann hieß "
                  "es, des wär ä Bedienfehler. Nu frach ich mich: Wer bezahld de Repa~ra~dur? (Gerda Fiedler, "
                  "Heidenau)",
                  "Dr Laden saachd: Mir endschuldschn uns for de lange Waade~zeid. Mir hamm de Maschine nochema "
                  "angeguggd: ä Lager war gabudd, des is ä Ga~ran~die~fall. Frau Fiedler grichd ä neie Maschine, "
                  "ohne was zu bezahln. (Mario Lindner, Elektro Lindner)",
                  "Unser Dibb: Bei ä neien Geräd gilt zwee Jahre Gewähr~leis~dung. {cap}Schreibd Eiern Ärscher "
                  "gleich uff, mit Dadum, un hebd de Quiddung guud {run}uff."]},
        {"glued": True, "lines": ["Wo's Hilfe gibd"], "title": "Wo's Hilfe gibd",
         "body": [("row", "Vorbraucherberadung: Mo–Do 9–16 Uhr"),
                  ("row", "Telefon: 03501 4471 20"),
                  ("row", "Schlichdung: schlichdung.example.de")]},
    ],
}

PAGES = [QIAO, LVSHI, PANJUE, KONGQI, GONGJIAO, XUNREN, DUST, AMACALA, PLITI, AERSCHER]
