"""The text of every holdout83 page, written once: make_holdout83_pages.py prints it and writes the gold.

The page format is holdout77's (see pages_holdout77.py, itself holdout75's and holdout73's), unchanged: `"glued": True`
on an article prints its first line straight under the previous article's last line, with no blank line; `"tight":
True` sets the title directly above the lead. `("row", line)` prints a line of a list or box (one gold paragraph per
printed line); `("stanza", line)` the same with a blank line before it (a listing's next entry); `("end", line)` a
printed line that is no paragraph of the gold; `("more", line)` the same with no blank line before it. `{cap}` drops
the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. All papers, people, firms, libraries, hospitals, shows, bus companies and events are invented; real places
are settings only.
"""

XINSHU = {
    "name": "zh_gbk_crlf_library_page_24_hour_reading_room_benbaoxun_tight_head_caption_credit_running_head_midsentence_glued_xinshu_shangjia_new_arrivals_one_book_a_line_call_numbers",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "涞川日报 2027-11-23 第6版 书香, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A library "
    "page: a 本报讯 story on the county library's new 24-hour self-service reading room (title directly above the lead, "
    "the reporter inside the lead's brackets, a caption and its credit inside a sentence, the running head in "
    "mid-sentence), then, with no blank line under the story's last line, a box `新书上架`: one new book a line "
    "(title in 书名号, author, call number, parted by full-width spaces) and a note line; the box is an article, its "
    "head the title, each printed line a paragraph.",
    "date": "2027-11-23", "page": "6",
    "head": ["涞川日报　2027年11月23日　星期二", "第6版　书香　　责任编辑：窦　岑"],
    "foot": ["涞川日报社出版　　读者热线：0712-5536018"],
    "furniture": ["涞川日报", "2027年11月23日", "星期二", "第6版", "书香", "责任编辑：窦　岑", "涞川日报·书香",
                  "涞川日报社出版", "读者热线：0712-5536018"],
    "run": ["涞川日报·书香"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["县图书馆自助阅览室开放　深夜也能来看书"], "title": "县图书馆自助阅览室开放　深夜也能来看书", "tight": True,
         "byline": [None, "记者　桂　岚", "桂　岚", "桂岚"],
         "captions": ["读者在自助阅览室里看书。"], "credits": ["本报记者　桂　岚　摄"],
         "body": ["本报讯（记者　桂　岚）县图书馆一楼的自助阅览室本周起全天开放，读者刷身份证或借书证就能"
                  "进门，晚上十点以后也可以来看书、自助借还。",
                  "阅览室约一百二十平方米，摆着六千多册图书和四十个座位，{cap}配有自助借还机和饮水机，"
                  "夜间由监控和保安值守。",
                  "在工地上班的杨师傅说：“白天没空，下了夜班过来坐一会儿，看几页书，心里{run}很踏实。”"]},
        {"glued": True, "lines": ["新书上架"], "title": "新书上架",
         "body": [("row", "《小城旧事》　吕清远　著　K295/12"),
                  ("row", "《河边的灯》　许　默　著　I247.7/58"),
                  ("row", "《家常菜一百道》　祝春华　编　TS972/33"),
                  ("row", "《给孩子的节气书》　岑小满　著　P462/7"),
                  ("row", "（以上新书均可在二楼借阅）")]},
    ],
}

LAOBING = {
    "name": "zh_gb18030_lf_veterans_page_bayi_old_soldier_photo_album_story_subtitle_rare_char_byline_caption_credit_running_head_midsentence_glued_benbaoxun_tight_head_brief",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "滏源日报 2027-08-01 第3版 拥军, GB18030 (`𬌗` U+2C317 in the reporter's name, not in GBK), LF; indent-only "
    "paragraphs, wrapped at 21. A veterans' page for Army Day: a story on a ninety-two-year-old veteran and his photo "
    "album (title, subtitle, byline line, a caption and its credit inside a sentence, a quotation, the running head in "
    "mid-sentence), then, with no blank line under its last line, a 本报讯 brief whose title sits directly above its lead.",
    "date": "2027-08-01", "page": "3",
    "head": ["滏源日报　　2027年8月1日　星期日", "第3版　拥军　　责任编辑：郜　蔚"],
    "foot": ["滏源日报社　　新闻热线：0319-7725160"],
    "furniture": ["滏源日报", "2027年8月1日", "星期日", "第3版", "拥军", "责任编辑：郜　蔚", "滏源日报·拥军",
                  "滏源日报社", "新闻热线：0319-7725160"],
    "run": ["滏源日报·拥军"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["九十二岁老兵的一本相册", "六十多张老照片记下一段青春", "本报记者　鲍　𬌗"],
         "title": "九十二岁老兵的一本相册", "subtitle": "六十多张老照片记下一段青春",
         "byline": ["本报记者　鲍　𬌗", "鲍　𬌗", "鲍𬌗"],
         "captions": ["卢茂林翻看当年的照片。"], "credits": ["（本报记者　鲍　𬌗　摄）"],
         "body": ["在城西的家属院里，九十二岁的卢茂林老人有一本翻得起了毛边的相册，里面夹着六十多张黑白照片。",
                  "老人指着一张三个年轻战士的合影说：“这是我们班的，{cap}左边这个是我，那年我才十九岁。”"
                  "说起当年的战友，他总要停下来想一想名字。",
                  "退伍后，卢茂林回到家乡当了三十年乡村教师。儿子说，父亲每年八一都要把相册拿出来，一张一张"
                  "{run}擦一遍。"]},
        {"glued": True, "lines": ["县里开设二十个“老兵驿站”"], "title": "县里开设二十个“老兵驿站”", "tight": True,
         "body": ["本报讯　县退役军人服务中心在各乡镇开设二十个“老兵驿站”，为退役军人提供政策咨询、"
                  "就业推荐和帮扶服务，每周二、周四有专人值班。"]},
    ],
}

ZHIGONG = {
    "name": "zht_big5_crlf_taiwan_volunteers_page_hospital_zhigong_story_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_zhigong_zhaomu_call_box_contact_lines",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "嵩林日報 中華民國116年11月5日 B3 公益, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A "
    "volunteers' page: a story on hospital volunteers (title directly above the lead opened by `【記者柯予彤／嵩林報導】`, "
    "「」 quotes, a caption and its credit inside a sentence, the running head in mid-sentence), then, with no blank "
    "line under its last line, a call for helpers `醫院志工招募`: four lines `X：…` (who, what, the phone line, the "
    "contact person); the box is an article, its head the title, each line a paragraph.",
    "date": "2027-11-05", "page": "B3",
    "head": ["嵩林日報　B3　公益", "中華民國116年11月5日　星期五"],
    "foot": ["嵩林日報地方中心　　讀者專線：(04)2371-0615"],
    "furniture": ["嵩林日報", "B3", "公益", "中華民國116年11月5日", "星期五", "嵩林日報．公益", "嵩林日報地方中心",
                  "讀者專線：(04)2371-0615"],
    "run": ["嵩林日報．公益"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["穿背心的阿姨們　醫院裡最忙的人"], "title": "穿背心的阿姨們　醫院裡最忙的人", "tight": True,
         "byline": [None, "記者柯予彤／嵩林報導", "記者柯予彤", "柯予彤"],
         "captions": ["志工在門診大廳為長者帶路。"], "credits": ["（記者柯予彤攝）"],
         "body": ["【記者柯予彤／嵩林報導】每天早上七點半，嵩林醫院門診大廳就有一群穿黃背心的志工，幫病患"
                  "掛號、帶路、推輪椅，一站就是四個小時。",
                  "六十八歲的詹秀英當志工已經十二年。她說：「很多長輩不會用機器掛號，{cap}"
                  "我們在旁邊教一下，他們就不會那麼緊張。」",
                  "醫院表示，目前志工隊有一百四十人，但平均年齡超過六十五歲，希望有更多年輕人加入，"
                  "週末{run}也需要人手。"]},
        {"glued": True, "lines": ["醫院志工招募"], "title": "醫院志工招募",
         "body": [("row", "招募對象：年滿十八歲、每週可服務四小時者"),
                  ("row", "服務內容：門診引導、輪椅推送、病房陪伴"),
                  ("row", "報名專線：(04)2371-5580轉216"),
                  ("row", "聯絡人：志工隊　廖小姐")]},
    ],
}

DANGZAO = {
    "name": "zht_big5hkscs_lf_hong_kong_food_page_wet_market_cantonese_story_byline_caption_credit_running_head_midsentence_then_dangzao_seasonal_produce_box_one_item_a_line",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "港灣晨報 2027-12-04 C5 飲食, Big5-HKSCS (`啲 喺 咗 嘢 嘅`, in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A food page: a Cantonese story on winter vegetables at a wet market (title, byline "
    "line, a caption and its credit inside a Cantonese quotation, the running head in mid-sentence), then a box "
    "`當造蔬果` of what is in season: one item a line (name, months, a short note, parted by full-width spaces); the box is "
    "an article, its head the title, each line a paragraph.",
    "date": "2027-12-04", "page": "C5",
    "head": ["港灣晨報　2027年12月4日　星期六", "C5　飲食　　　責任編輯：車佩珊"],
    "foot": ["港灣晨報有限公司出版　　讀者熱線：2816 4470"],
    "furniture": ["港灣晨報", "2027年12月4日", "星期六", "C5", "飲食", "責任編輯：車佩珊", "港灣晨報．飲食",
                  "港灣晨報有限公司出版", "讀者熱線：2816 4470"],
    "run": ["港灣晨報．飲食"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["天氣一凍　街市啲菜心甜咗", "記者　蔡曉澄"], "title": "天氣一凍　街市啲菜心甜咗",
         "byline": ["記者　蔡曉澄", "蔡曉澄"],
         "captions": ["菜檔老闆娘執菜心。"], "credits": ["（蔡曉澄攝）"],
         "body": ["入咗冬，北河街街市嘅菜檔擺滿本地菜心、芥蘭同白蘿蔔，價錢仲平過夏天。",
                  "做咗三十年菜檔嘅鍾姐話：「天氣凍，菜心先會甜，{cap}而家係最好食嘅時候，炒就得，唔使落咩調味。」",
                  "佢又話，今年落雨少，本地菜收成好，一斤菜心賣十二蚊，街坊{run}都買多咗。"]},
        {"lines": ["當造蔬果"], "title": "當造蔬果",
         "body": [("row", "菜心　　十一月至二月　　揀莖短、花未開"),
                  ("row", "白蘿蔔　十二月至三月　　揀重手、皮滑"),
                  ("row", "芥蘭　　十二月至二月　　揀葉深綠"),
                  ("row", "沙田柚　十月至十二月　　揀底部扁平")]},
    ],
}

YULU = {
    "name": "zh_utf16le_bom_crlf_county_people_page_renwu_kicker_village_doctor_profile_byline_caption_credit_running_head_midsentence_glued_ta_shuo_quote_box_three_quotes",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沅溪日报 2027-10-20 第5版 县域, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A county "
    "people page: a profile of a village doctor (kicker `身边人`, title, byline line, a caption and its credit inside a "
    "sentence, the running head in mid-sentence), then, with no blank line under its last line, a quote box `她说`: "
    "three of her sayings, each a line in “”; the box is an article, its head the title, each saying a paragraph.",
    "date": "2027-10-20", "page": "5",
    "head": ["沅溪日报　2027年10月20日　星期三", "第5版　县域　　责任编辑：缪　苒"],
    "foot": ["沅溪日报社　　新闻热线：0745-8820317"],
    "furniture": ["沅溪日报", "2027年10月20日", "星期三", "第5版", "县域", "责任编辑：缪　苒", "沅溪日报·县域",
                  "沅溪日报社", "新闻热线：0745-8820317"],
    "run": ["沅溪日报·县域"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["身边人", "山路上的乡村医生", "本报记者　滕　禾"], "kicker": ["身边人", None],
         "title": "山路上的乡村医生", "byline": ["本报记者　滕　禾", "滕　禾", "滕禾"],
         "captions": ["符桂香在村民家中量血压。"], "credits": ["本报记者　滕　禾　摄"],
         "body": ["在石门乡青岗村，五十四岁的符桂香当了三十一年乡村医生。村里老人多，住得散，她每周要走"
                  "两趟山路，上门给老人量血压、送药。",
                  "这些年，村卫生室从一间土屋变成了两层小楼，{cap}可符桂香的药箱还是当年那一个。",
                  "去年，县里给她配了一辆电动车，她笑着说，这下一天能多跑两个寨子，就是下雨天{run}还得走路。"]},
        {"glued": True, "lines": ["她说"], "title": "她说",
         "body": [("row", "“老人不会说哪里不舒服，你得自己去看。”"),
                  ("row", "“药箱背久了，肩膀就认得它。”"),
                  ("row", "“只要村里还有人叫我，我就不退休。”")]},
    ],
}

YEJI = {
    "name": "zh_utf8_bom_lf_malaysia_company_results_story_penang_dateline_ringgit_figures_in_text_caption_credit_running_head_midsentence_glued_one_line_a_company_results_list_header_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "榴岸日报 (an invented Malaysian Chinese daily) 2027-11-26 B2 财经, simplified Chinese, UTF-8 with BOM, LF; "
    "blank-line paragraphs, wrapped at 22. A business page: a results story on an invented Penang electronics firm "
    "(title, byline line, the dateline `（槟城25日讯）` opening the lead, figures in 令吉 and per cent in the text, a "
    "caption and its credit inside a sentence, the running head in mid-sentence), then, with no blank line under its "
    "last line, a list `本地上市公司季度业绩` (a header row and four rows, one company a line, a unit row and a source row); "
    "the list is an article, its head the title, each printed line a paragraph.",
    "date": "2027-11-26", "page": "B2",
    "head": ["榴岸日报　2027年11月26日　星期五", "B2　财经　　　责任编辑：骆慧敏"],
    "foot": ["榴岸日报有限公司　　新闻热线：04-2267 8130"],
    "furniture": ["榴岸日报", "2027年11月26日", "星期五", "B2", "财经", "责任编辑：骆慧敏", "榴岸日报·财经",
                  "榴岸日报有限公司", "新闻热线：04-2267 8130"],
    "run": ["榴岸日报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["槟岸电子第三季净利增12.5%", "本报记者　邝启文"], "title": "槟岸电子第三季净利增12.5%",
         "byline": ["本报记者　邝启文", "邝启文"],
         "captions": ["槟岸电子峇六拜厂房的生产线。"], "credits": ["（档案照）"],
         "body": ["（槟城25日讯）槟岸电子第三季营业额达3亿2160万令吉，比去年同期增加9.8%；净利4870万"
                  "令吉，增长12.5%，每股派息3仙。",
                  "公司总执行长黄国良说，汽车芯片订单增加，{cap}带动了整体业绩，峇六拜新厂明年初投产后，产能可提高三成。",
                  "分析员认为，令吉走强可能影响出口收入，但公司手上订单已排到明年第二季，全年业绩{run}仍可看好。"]},
        {"glued": True, "lines": ["本地上市公司季度业绩"], "title": "本地上市公司季度业绩",
         "body": [("row", "公司　　　营业额　　　净利　　　变化"),
                  ("row", "槟岸电子　3亿2160万　4870万　　↑12.5%"),
                  ("row", "北方橡胶　1亿0540万　1230万　　↓4.1%"),
                  ("row", "威北物流　8720万　　　960万　　　↑7.3%"),
                  ("row", "榴城建材　6390万　　　亏损210万　－"),
                  ("row", "（单位：令吉）"),
                  ("row", "资料来源：各公司文告")]},
    ],
}

REYONION = {
    "name": "rcf_cp1252_crlf_reunion_creole_culture_listings_page_maloya_concert_story_byline_caption_credit_running_head_midsentence_glued_sak_i_pas_listings_four_entries_dates_venue_price_lines",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Lo Kabar Sidlé (an invented Réunion Creole weekly, Saint-Pierre) 2027-09-18 paz 8, Windows-1252 (`é è ô ’ “ ” – €`), "
    "CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A culture page: a story on a maloya group's concert "
    "(title, byline line `Par Zanine Payet`, a caption and its credit inside a sentence, a quotation cut by the running "
    "head), then, with no blank line under its last line, the listings `Sak i pas semèn-la`: four entries, each a name "
    "line, a dates line, a venue line and a price line (an article, its head the title, each printed line a paragraph).",
    "date": "2027-09-18", "page": "8",
    "head": ["LO KABAR SIDLÉ – sanmdi 18 sètanm 2027 – paz 8", "Sortir"],
    "foot": ["Lo Kabar Sidlé – 14 rou Marsé, Sin-Pyèr – kabar@sidle.example.re"],
    "furniture": ["LO KABAR SIDLÉ", "sanmdi 18 sètanm 2027", "paz 8", "Sortir", "Lo Kabar Sidlé – paz 8",
                  "Lo Kabar Sidlé", "14 rou Marsé, Sin-Pyèr", "kabar@sidle.example.re"],
    "run": ["Lo Kabar Sidlé – paz 8"], "labels": [], "markup": [" – "] * 5,
    "articles": [
        {"lines": ["Ti Kaz Maloya i fé vibr lo Bazar", "Par Zanine Payet"], "title": "Ti Kaz Maloya i fé vibr lo Bazar",
         "byline": ["Par Zanine Payet", "Zanine Payet"],
         "captions": ["Ti Kaz Maloya su la sèn lo Bazar."], "credits": ["Foto: Rico Técher"],
         "body": ["Sanmdi swar, plis ke sink san moun la ran~pli la kour lo Ba~zar pou é~kout Ti Kaz "
                  "Maloya. Lo group la zoué dé zèr san a~rèt, ek rou~lèr, ka~yanm ek {cap}bob.",
                  "Pou son pro~mié gran kon~sèr, lo shan~tèr Dédé Hoarau la shant bann mor~so son gran~mèr té "
                  "i shant dan la kui~zinn.",
                  "“Maloya lé pa in mi~zik lo tan lon~tan, lé nout mi~zik zor~di”, li la di, a~van fé "
                  "shant tout la kour {run}an~sanm."]},
        {"glued": True, "lines": ["Sak i pas semèn-la"], "title": "Sak i pas semèn-la",
         "body": [("row", "Ekspo: Bann kaz Sin-Pyèr lontan"),
                  ("row", "Dat: 20 sètanm – 3 oktob"),
                  ("row", "Landroi: Médiatèk Lansèl"),
                  ("row", "Pri: gratis"),
                  ("stanza", "Konsèr: Sega ek Valsé"),
                  ("row", "Dat: vandredi 24 sètanm, 20 h"),
                  ("row", "Landroi: Kour lo Bazar"),
                  ("row", "Pri: 12 € / 8 € pou zanfan"),
                  ("stanza", "Ekspo: Foto la mèr"),
                  ("row", "Dat: 22 sètanm – 17 oktob"),
                  ("row", "Landroi: Kaz Kiltirèl Ravine Blanch"),
                  ("row", "Pri: 3 €"),
                  ("stanza", "Téat: Granmoun i rakont"),
                  ("row", "Dat: sanmdi 25 sètanm, 19 h 30"),
                  ("row", "Landroi: Sal Pyèr-Rous"),
                  ("row", "Pri: 10 €")]},
    ],
}

BOS = {
    "name": "bzj_macroman_cr_belize_kriol_fisheries_page_lobster_season_opening_story_byline_caption_credit_running_head_midsentence_then_lobsta_rulz_box_rows_aligned_by_spaces_signed_by_the_department",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Di Wesside Nyooz (an invented Belize Kriol weekly, Belize City) 2027-06-29 paij 5, Mac OS Roman (`’ “ ” ◊`), "
    "classic Mac CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A fisheries page before the "
    "lobster season opens: a story (title, byline line `Bai Marlon Usher`, a caption and its credit between two "
    "sentences, a quotation cut by the running head), then a box `Lobsta Rulz fi Dis Seezn` (a line of text, four "
    "rows label / rule aligned by runs of spaces, the department's name signing it on a line of its own: the box's "
    "byline).",
    "date": "2027-06-29", "page": "5",
    "head": ["DI WESSIDE NYOOZ ◊ Choozdeh, Joon 29, 2027 ◊ Paij 5", "Seesaid"],
    "foot": ["Di Wesside Nyooz ◊ 22 Kraal Rohd, Bileez Siti ◊ nyooz@wesside.example.bz"],
    "furniture": ["DI WESSIDE NYOOZ", "Choozdeh, Joon 29, 2027", "Paij 5", "Seesaid", "Di Wesside Nyooz ◊ Paij 5",
                  "Di Wesside Nyooz", "22 Kraal Rohd, Bileez Siti", "nyooz@wesside.example.bz"],
    "run": ["Di Wesside Nyooz ◊ Paij 5"], "labels": [], "markup": [" ◊ "] * 5,
    "articles": [
        {"lines": ["Fishaman dehn reddi fi lobsta seezn", "Bai Marlon Usher"], "title": "Fishaman dehn reddi fi lobsta seezn",
         "byline": ["Bai Marlon Usher", "Marlon Usher"],
         "captions": ["Fishaman di fiks dehn lobsta trap."], "credits": ["Pikcha: Shanice Flowers"],
         "body": ["Di lobsta seezn wa oapn Tozdeh, Jolai 1, an fi~sha~man fram Kaye Kaal~ka an Sart~een "
                  "Kaye di fiks dehn bot an dehn trap fi go owt.",
                  "Laas yaa di ketch mi smaal bi~kaaz di waa~ta mi tu hat. {cap}Dis yaa di fi~sha~man dehn "
                  "hoap fi be~ta.",
                  "“Mi fishin fi twenti~faiv yaa, an wi stil di ketch gud lob~sta ef wi fala di rulz,” "
                  "seh Mista Al~fon~so Young, weh ron wahn koo~pe~ra~tiv da Kaye Kaal~ka. “Wi hafi {run}keer di see.”"]},
        {"lines": ["Lobsta Rulz fi Dis Seezn"], "title": "Lobsta Rulz fi Dis Seezn",
         "byline": ["Fishriz Dipaatment", None],
         "body": ["Fishaman dehn hafi fala dehn rulz ya fram Jolai 1 tu Maach 14:",
                  ("row", "Tayl        4 owns ar moa"),
                  ("row", "Hed         3 inch ar moa"),
                  ("row", "Egg         no tek lobsta wid egg"),
                  ("row", "Laisns      kip it pan di bot"),
                  ("end", "Fishriz Dipaatment")]},
    ],
}

XAJIL = {
    "name": "quc_latin1_lf_kiche_anniversary_page_school_fiftieth_year_story_byline_caption_credit_running_head_midsentence_glued_tight_head_second_story_dateline_hyphen",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ri Utzij Komon (an invented K'iche'-language weekly, El Quiché) 2027-10-29 uxaq 4, ISO-8859-1 (`á ñ`; straight "
    "quotes and apostrophes: Latin-1 has no curly ones, no en dash), LF; blank-line paragraphs, wrapped at 37 with "
    "hyphenation. An anniversary page: a story on a village school's fiftieth year (title, byline line `Catarina Tzoc`, "
    "a caption and its credit inside a sentence, a quotation cut by the running head), then, with no blank line under "
    "its last line, a second story whose title sits directly above a lead opened by the dateline `CHICHICASTENANGO -`.",
    "date": "2027-10-29", "page": "4",
    "head": ["RI UTZIJ KOMON / viernes, 29 de octubre de 2027 / Uxaq 4", "Nimaq'ij"],
    "foot": ["Ri Utzij Komon / 5a. calle 3-12, Santa Cruz del Quiché / utzij@komon.example.gt"],
    "furniture": ["RI UTZIJ KOMON", "viernes, 29 de octubre de 2027", "Uxaq 4", "Nimaq'ij", "Ri Utzij Komon / Uxaq 4",
                  "Ri Utzij Komon", "5a. calle 3-12, Santa Cruz del Quiché", "utzij@komon.example.gt"],
    "run": ["Ri Utzij Komon / Uxaq 4"], "labels": [], "markup": [" / "] * 5,
    "articles": [
        {"lines": ["Ri tijob'al Xajil xuk'am 50 junab'", "Catarina Tzoc"], "title": "Ri tijob'al Xajil xuk'am 50 junab'",
         "byline": ["Catarina Tzoc"],
         "captions": ["Ri ak'alab' rech ri tijob'al Xajil."], "credits": ["Wachib'al: Tomás Ixcoy"],
         "body": ["Ri tijob'al Xajil rech ri aldea Chu~ju~li~mul xuk'am 50 junab' pa ri sabado. E k'i winaq "
                  "xe'ul: ri ak'a~lab', ri kinan kitat xuquje' ri ojer taq aj~ti~jab'.",
                  "Ri ak'alab' xe~xo~jow ruk' ri ma~rim~ba, xuquje' ri {cap}nan tat xkiya' ri wa chi ko~nojel.",
                  "\"Are wa' ri ja xin~ta~maj wi ri nab'e tzij\", xcha ri Tomasa Lux, ri xtijox waral pa 1985. "
                  "\"Kin~mal~tyo~xij chi {run}konojel.\""]},
        {"glued": True, "lines": ["Jun k'ak' ja rech wuj pa ri tijob'al"], "title": "Jun k'ak' ja rech wuj pa ri tijob'al",
         "tight": True,
         "body": ["CHICHICASTENANGO - Ri mu~ni~ci~pa~li~dad xuya' jun k'ak' ja rech wuj chi ri tijob'al Xajil. "
                  "Pa ri ja k'o 600 wuj pa k'iche' tzij xuquje' pa kaxlan tzij; ri aj~ti~jab' xkib'ij chi ri "
                  "ak'a~lab' ke'uwe~ta~maj ch'a~wem pa ka'ib' tzij."]},
    ],
}

PIROG = {
    "name": "lou_utf16be_bom_lf_louisiana_creole_hobbies_page_kwen_pirog_standing_column_name_own_headline_par_byline_caption_credit_running_head_midsentence_glued_club_news_tight_head",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Nouvèl Bayou Chikòt (an invented Louisiana Creole (Kouri-Vini) weekly, Breaux Bridge) 2027-11-30 paj 6, UTF-16 "
    "BE with BOM (`é è ò ’ “ ” ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A hobbies page: a "
    "standing column on building pirogues (the column's name `Kwen Pirog`, its own headline, the byline line `par "
    "Étienne Guidry`, a caption and its credit inside a sentence, a quotation cut by the running head; `bwa-la`, "
    "`piti-zanfan`, `samdi-la` keep their own hyphens and are never split), then, with no blank line under its last "
    "line, a club story whose title sits directly above its lead.",
    "date": "2027-11-30", "page": "6",
    "head": ["NOUVÈL BAYOU CHIKÒT · mardi 30 novanm 2027 · paj 6", "Pasaj-tan"],
    "foot": ["Nouvèl Bayou Chikòt · 310 Ri Bridge, Breaux Bridge · nouvel@chikot.example.com"],
    "furniture": ["NOUVÈL BAYOU CHIKÒT", "mardi 30 novanm 2027", "paj 6", "Pasaj-tan", "Nouvèl Bayou Chikòt · paj 6",
                  "Nouvèl Bayou Chikòt", "310 Ri Bridge, Breaux Bridge", "nouvel@chikot.example.com"],
    "run": ["Nouvèl Bayou Chikòt · paj 6"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Kwen Pirog", "Pou fé in pirog, fo gin pasyans", "par Étienne Guidry"],
         "section": ["Kwen Pirog", None], "kicker": [None, "Kwen Pirog"], "title": "Pou fé in pirog, fo gin pasyans",
         "byline": ["par Étienne Guidry", "Étienne Guidry"],
         "captions": ["Ovid Broussard apé rabo so pirog."], "credits": ["Foto: Lisette Fontenot"],
         "body": ["Mo konnin in nonm o Henderson ki apé fé pirog dépi ka~rant an. Li sèrvi rien ki so la~men, "
                  "in rabo é in ti lasi.",
                  "Pou in pirog, fo gin in bon pyès si~pré, é fo kité li {cap}sèk in lané. Si to pré~sé, "
                  "bwa-la va fann.",
                  "“Tou mo piti-zanfan konnin pa~dlé, mé yé konnin pa fé in pirog”, li di mwin. Sé pou ça "
                  "li mon~tré yé sa samdi-la, dan so {run}lakou."]},
        {"glued": True, "lines": ["Klib-la va fé so kours dan bayou"], "title": "Klib-la va fé so kours dan bayou",
         "tight": True,
         "body": ["Klib Pirog Bayou Chikòt va fé so kours an~nyèl di~manch 12 dé~sanm. Tou moun ki gin in "
                  "pirog kapab vini; pou pli nou~vèl, kri~yé Norbert La~tio~lais."]},
    ],
}

PAGES = [XINSHU, LAOBING, ZHIGONG, DANGZAO, YULU, YEJI, REYONION, BOS, XAJIL, PIROG]
