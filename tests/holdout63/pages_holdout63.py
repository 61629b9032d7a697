"""The text of every holdout63 page, written once: make_holdout63_pages.py prints it and writes the gold.

The page format is holdout60's (see pages_holdout60.py), with three keys added for this set's plans:
`pull_quotes` (printed at `{pq}` inside a paragraph, kept in the gold's unscored `pull_quotes`), `runin_lead`
(an opening mark printed before a run-in head, markup) and `tight` (the article's head stands directly over
its first paragraph, no blank line). `("end", line)` prints a line that is no paragraph of the gold (a
letter's signature, a caption under a photo). All papers, people, firms, clubs, associations and events
are invented.
"""

TINGCHE = {
    "name": "zh_gbk_crlf_tingche_letters_page_three_letters_head_each_signed_foot_place_name_editor_reply_bianzhe_an",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "桐川晚报 2027-04-16 第11版 读者来信, GBK, CRLF; blank-line paragraphs with a two-space indent, wrapped at 22. "
    "A letters page on parking (停车): three letters, each under its own head and signed at its foot on a line of "
    "its own with district and name (`桐川市枫林区　邱建国`), the second letter cut by the running head in "
    "mid-sentence; an editor's reply `编者按` closing the page. No byline under any head, no caption.",
    "date": "2027-04-16",
    "page": "11",
    "head": ["桐川晚报　2027年4月16日　星期五", "第11版　读者来信　　　责任编辑：柯　雯　　校对：毛　宁"],
    "foot": ["桐川晚报社出版　　读者来信请寄：桐川市和平路12号　　电子邮箱：laixin@tongchuan.example.cn"],
    "furniture": [
        "桐川晚报",
        "2027年4月16日",
        "星期五",
        "第11版",
        "读者来信",
        "责任编辑：柯　雯",
        "校对：毛　宁",
        "桐川晚报·读者来信",
        "桐川晚报社出版",
        "读者来信请寄：桐川市和平路12号",
        "电子邮箱：laixin@tongchuan.example.cn",
    ],
    "run": ["桐川晚报·读者来信"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["小区停车位该怎么分"],
            "title": "小区停车位该怎么分",
            "byline": ["桐川市枫林区　邱建国", "邱建国"],
            "body": [
                "我住的小区建成已有十五年，当初规划的车位只有一百二十个，现在业主的车超过三百辆。"
                "每天晚上七点以后，楼下的消防通道上也停满了车。",
                "上个月小区开业主大会讨论车位怎么分，有人主张抽签，有人主张按先来后到，吵了两个钟头"
                "也没有结果。我建议有关部门出台一个指导办法，让各小区有章可循。",
                ("end", "桐川市枫林区　邱建国"),
            ],
        },
        {
            "lines": ["医院门口的“僵尸车”谁来管"],
            "title": "医院门口的“僵尸车”谁来管",
            "byline": ["桐川市西津区　苗慧芳", "苗慧芳"],
            "body": [
                "市第二人民医院东门外的路边，有三辆车停了大半年没有动过，车身落满灰尘，轮胎也瘪了。"
                "病人家属开车来看病，常常要在{run}附近绕好几圈才能找到车位。",
                "希望交警和街道能查一查这些车的车主，该拖走的拖走，把车位还给真正需要的人。",
                ("end", "桐川市西津区　苗慧芳"),
            ],
        },
        {
            "lines": ["错峰共享是个好办法"],
            "title": "错峰共享是个好办法",
            "byline": ["桐川市南湖区　沈立军", "沈立军"],
            "body": [
                "我们单位的停车场晚上和周末基本空着。去年起，单位和旁边的老小区签了协议，晚上六点到"
                "第二天早上七点，居民可以免费停车。一年下来，双方都满意。",
                ("end", "桐川市南湖区　沈立军"),
            ],
        },
        {
            "lines": ["编者按"],
            "title": "编者按",
            "body": [
                "近一个月，本版收到读者关于停车难的来信四十多封。本报将把读者的意见和建议转交市有关"
                "部门，并继续关注。",
            ],
        },
    ],
}

SHIZHE = {
    "name": "zh_gb18030_lf_shizhe_obituary_column_title_byline_rare_char_name_caption_credit_midsentence_"
    "shengping_dates_line_fugao_label_two_notices_family_signature_lines",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "澄江日报 2027-06-09 第7版 人物·逝者, GB18030 (`𬇙` U+2C1D9 in the dead teacher's name, not in GBK), LF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. An obituary column 逝者: title, byline "
    "line `本报记者　季　澜`, a life-dates line `（1931—2027）` printed under the title (kept as the subtitle), "
    "caption + `（资料照片）` inside a sentence; then two 讣告 notices, each a short block with its own head and a "
    "signature line of the family, printed under a `讣告` label.",
    "date": "2027-06-09",
    "page": "7",
    "head": ["澄江日报　第7版　人物·逝者", "2027年6月9日　星期三　　编辑：麦　禾　　版式：裴　然"],
    "foot": ["澄江日报社　　地址：澄江市滨江路6号　　讣告刊登：0871-6233100"],
    "furniture": [
        "澄江日报",
        "第7版",
        "人物·逝者",
        "2027年6月9日",
        "星期三",
        "编辑：麦　禾",
        "版式：裴　然",
        "澄江日报社",
        "地址：澄江市滨江路6号",
        "讣告刊登：0871-6233100",
    ],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["逝者", "沈𬇙：一支粉笔教了四十年", "（1931—2027）", "本报记者　季　澜"],
            "section": ["逝者", None],
            "kicker": [None, "逝者"],
            "title": "沈𬇙：一支粉笔教了四十年",
            "subtitle": ["（1931—2027）", "1931—2027", None],
            "byline": ["本报记者　季　澜", "季　澜", "季澜"],
            "captions": ["沈𬇙老师（右）在家中为学生批改作业。"],
            "credits": ["（资料照片）"],
            "body": [
                "6月5日清晨，澄江一中退休教师沈𬇙在家中安详离世，享年96岁。",
                "沈𬇙1931年生于澄江北门外，1952年从师范学校毕业后回乡教书，先后在三所中学任教，"
                "教过的学生有四千多人。退休以后，他仍每周到社区给孩子们{cap}义务辅导数学，一直坚持到"
                "九十岁。",
                "学生们记得，他上课从不带教案，一支粉笔、一块黑板就能讲满一节课。遵照他的遗愿，"
                "家人不设灵堂，遗体捐献给医学院。",
            ],
        },
        {
            "lines": ["讣告", "邹桂英女士"],
            "section": ["讣告", None],
            "kicker": [None, "讣告"],
            "title": "邹桂英女士",
            "byline": ["子　陈建华　女　陈建芬　敬告", None],
            "body": [
                "澄江市纺织厂退休职工邹桂英女士，因病医治无效，于2027年6月6日逝世，享年88岁。"
                "兹定于6月10日上午9时在澄江殡仪馆举行告别仪式。",
                ("end", "子　陈建华　女　陈建芬　敬告"),
            ],
        },
        {
            "lines": ["罗志远先生"],
            "section": [None, "讣告"],
            "title": "罗志远先生",
            "byline": ["妻　唐秀兰　率子女　敬告", None],
            "body": [
                "澄江市第三建筑公司退休工程师罗志远先生，于2027年6月7日逝世，享年79岁。丧事从简，"
                "不收花圈。",
                ("end", "妻　唐秀兰　率子女　敬告"),
            ],
        },
    ],
}

SHUIMIAN = {
    "name": "zh_utf8_nobom_crlf_shuimian_qa_interview_page_title_byline_intro_jizhe_colon_expert_name_colon_"
    "turns_running_head_midanswer_xiangguan_lianjie_tips",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "汉阳晚报 2027-07-21 第9版 健康·访谈, UTF-8 without BOM, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A Q&A interview on sleep (睡眠) with a hospital doctor: title, byline line `本报记者　覃　岚`, an "
    "intro paragraph, then turns each opened by the speaker as the paper marks them (`记者：`, `宋主任：`), one "
    "answer cut by the running head; a 相关链接 box of three numbered tips (`1.`).",
    "date": "2027-07-21",
    "page": "9",
    "head": ["汉阳晚报　2027年7月21日　星期三", "第9版　健康·访谈　　　责任编辑：莫　青"],
    "foot": ["汉阳晚报社　　健康热线：027-85551200　　投稿邮箱：jiankang@hanyang.example.cn"],
    "furniture": [
        "汉阳晚报",
        "2027年7月21日",
        "星期三",
        "第9版",
        "健康·访谈",
        "责任编辑：莫　青",
        "汉阳晚报·健康",
        "汉阳晚报社",
        "健康热线：027-85551200",
        "投稿邮箱：jiankang@hanyang.example.cn",
    ],
    "run": ["汉阳晚报·健康"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["睡不着，先别急着吃药", "本报记者　覃　岚"],
            "title": "睡不着，先别急着吃药",
            "byline": ["本报记者　覃　岚", "覃　岚", "覃岚"],
            "body": [
                "天气炎热，不少市民反映晚上难以入睡。市中心医院睡眠医学科主任宋雅琴接受本报记者采访，"
                "谈了谈怎样睡个好觉。",
                "记者：夏天来睡眠门诊的人多吗？",
                "宋主任：比春天多了三成左右。年轻人多是熬夜刷手机，老年人多是夜里醒得早、醒了睡不着。",
                "记者：睡不着的时候，能不能自己买安眠药吃？",
                "宋主任：不建议。安眠药要在医生指导下使用，自己随便吃，时间长了容易产生依赖。"
                "多数失眠的人，先调整{run}作息就能改善。",
                "记者：空调温度开多少合适？",
                "宋主任：一般在26度左右，不要对着床直吹，最好定时关掉。",
            ],
        },
        {
            "lines": ["相关链接"],
            "title": "相关链接",
            "body": [
                ("row", "1.每天固定时间起床，周末也一样。"),
                ("row", "2.睡前一小时放下手机。"),
                ("row", "3.午睡不超过半小时。"),
            ],
        },
    ],
}

TONGXIANG = {
    "name": "zh_utf16le_bom_crlf_paris_overseas_tongxianghui_briefs_page_six_briefs_bracket_run_in_heads_"
    "euro_sums_french_place_names_no_bylines_running_head_midbrief",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "欧华侨声报 / LA VOIX DES CHINOIS D'EUROPE 2027-10-25 第5版 侨社·同乡会, a Paris Chinese paper in simplified "
    "characters, UTF-16 LE with BOM, CRLF; blank-line paragraphs with a two-space indent, wrapped at 22. A page of "
    "six briefs from home-town associations (同乡会), each one paragraph opened by a bracketed run-in head "
    "(`【青田同乡会重阳敬老】`), no bylines; French place names in Latin letters (`Aubervilliers`), euro sums "
    "(`3000欧元`); the running head cuts the fourth brief.",
    "date": "2027-10-25",
    "page": "5",
    "head": ["欧华侨声报　LA VOIX DES CHINOIS D'EUROPE", "2027年10月25日　星期一　第5版　侨社·同乡会"],
    "foot": ["欧华侨声报　巴黎　　广告及订阅：+33 1 00 00 00 00　　qiaosheng@example.fr"],
    "furniture": [
        "欧华侨声报",
        "LA VOIX DES CHINOIS D'EUROPE",
        "2027年10月25日",
        "星期一",
        "第5版",
        "侨社·同乡会",
        "欧华侨声报·侨社",
        "欧华侨声报　巴黎",
        "广告及订阅：+33 1 00 00 00 00",
        "qiaosheng@example.fr",
    ],
    "run": ["欧华侨声报·侨社"],
    "labels": [],
    "markup": ["【】" * 6],
    "articles": [
        {
            "title": "青田同乡会重阳敬老",
            "runin_lead": "【",
            "runin": "】",
            "body": [
                "法国青田同乡会10月17日在巴黎十三区举办重阳敬老宴，八十多位七十岁以上的老乡应邀出席，"
                "会长徐建平向每位老人送上红包。",
            ],
        },
        {
            "title": "温州同乡会捐款助学",
            "runin_lead": "【",
            "runin": "】",
            "body": [
                "旅法温州同乡会日前向家乡两所小学捐款3000欧元，用于添置图书和体育器材。",
            ],
        },
        {
            "title": "文成同乡会新会所启用",
            "runin_lead": "【",
            "runin": "】",
            "body": [
                "法国文成同乡会位于Aubervilliers的新会所10月20日启用，会所设有阅览室和乒乓球室，"
                "每周六下午对乡亲开放。",
            ],
        },
        {
            "title": "潮州同乡会举办法语班",
            "runin_lead": "【",
            "runin": "】",
            "body": [
                "为帮助新到法国的乡亲过语言关，法国潮州同乡会从11月起开办免费法语班，每周两次，"
                "由志愿者{run}授课，报名请联系会所秘书处。",
            ],
        },
        {
            "title": "福清同乡会篮球赛落幕",
            "runin_lead": "【",
            "runin": "】",
            "body": [
                "第三届福清同乡杯篮球赛10月24日在Vitry-sur-Seine落幕，八支球队参赛，福清青年队夺冠。",
            ],
        },
        {
            "title": "东北同乡会换届",
            "runin_lead": "【",
            "runin": "】",
            "body": [
                "法国东北同乡会日前召开会员大会，选举产生新一届理事会，于海波当选会长。",
            ],
        },
    ],
}

TIANQI = {
    "name": "zht_big5_crlf_taiwan_tianqi_weather_page_jinri_tianqi_city_rows_weather_temperature_range_"
    "richu_riluo_row_one_short_story_kicker_title_jizhe_place_byline",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "北港時報 2027-08-04 A10 生活·天氣, Big5 (strict; no `／` or `～` on it), CRLF; indent-only paragraphs, "
    "wrapped at 21. A weather page: a 今日天氣 box of a header row and one row per city (`臺北　多雲午後雷陣雨　"
    "27-34度`), a 日出 and 日落 row and a 紫外線 row; a 明日天氣 box of two rows; one short story (kicker, title, "
    "byline line `記者林怡君　臺北報導`). No caption, no running head.",
    "date": "2027-08-04",
    "page": "A10",
    "head": ["北港時報　中華民國116年8月4日　星期三", "A10　生活·天氣　　　編輯：鄭　雯"],
    "foot": ["北港時報社　　讀者服務專線：02-2700-0000　　www.beigang.example.tw"],
    "furniture": [
        "北港時報",
        "中華民國116年8月4日",
        "星期三",
        "A10",
        "生活·天氣",
        "編輯：鄭　雯",
        "北港時報社",
        "讀者服務專線：02-2700-0000",
        "www.beigang.example.tw",
    ],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["今日天氣"],
            "title": "今日天氣",
            "body": [
                ("row", "地區　天氣　氣溫"),
                ("row", "臺北　多雲午後雷陣雨　27-34度"),
                ("row", "臺中　晴午後雷陣雨　26-33度"),
                ("row", "高雄　晴時多雲　27-32度"),
                ("row", "花蓮　多雲　26-31度"),
                ("row", "日出　05:24　日落　18:39"),
                ("row", "紫外線　過量級"),
            ],
        },
        {
            "lines": ["明日天氣"],
            "title": "明日天氣",
            "body": [
                ("row", "北部　多雲午後雷陣雨　26-34度"),
                ("row", "南部　晴時多雲　26-32度"),
            ],
        },
        {
            "lines": ["午後雷雨　山區慎防落石", "颱風外圍環流　週末影響東半部", "記者林怡君　臺北報導"],
            "kicker": "午後雷雨　山區慎防落石",
            "title": "颱風外圍環流　週末影響東半部",
            "byline": ["記者林怡君　臺北報導", "記者林怡君", "林怡君"],
            "body": [
                "氣象單位昨天表示，太平洋上的熱帶性低氣壓可能在明天增強為颱風，週末外圍環流將影響"
                "東半部，花蓮、臺東山區要留意豪雨。",
                "預報員提醒，今明兩天午後各地仍有雷陣雨，前往山區的民眾要注意落石和溪水暴漲。",
            ],
        },
    ],
}

WUCUN = {
    "name": "zht_big5hkscs_lf_hong_kong_wucun_lift_continued_from_a1_shangjie_jump_line_cantonese_quote_"
    "second_story_below_benbaoxun_running_head_midquote",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "東港日報 2027-11-18 A4 港聞, Big5-HKSCS (`𨋢 嘅 咗 喺`; `𨋢` and `嘅` are in neither cp950 nor Big5), LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A public-estate (屋邨) lift story continued from "
    "page A1: its head, then the jump line `（上接A1）` on a line of its own, then the rest of the story (opening "
    "mid-story), a Cantonese quotation cut by the running head; under it a second story, a 【本報訊】 item.",
    "date": "2027-11-18",
    "page": "A4",
    "head": ["東港日報　2027年11月18日　星期四", "A4　港聞　　　責任編輯：麥家欣"],
    "foot": ["東港日報有限公司出版　　新聞熱線：2800 0000　　news@donggang.example.hk"],
    "furniture": [
        "東港日報",
        "2027年11月18日",
        "星期四",
        "A4",
        "港聞",
        "責任編輯：麥家欣",
        "（上接A1）",
        "東港日報·港聞",
        "東港日報有限公司出版",
        "新聞熱線：2800 0000",
        "news@donggang.example.hk",
    ],
    "run": ["東港日報·港聞"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["屋邨𨋢停三日　長者困家中", "（上接A1）"],
            "title": "屋邨𨋢停三日　長者困家中",
            "body": [
                "房屋署發言人昨日表示，承辦商已更換損壞的摩打，兩部升降機預計明日恢復運作，"
                "期間會安排職員協助有需要的住戶上落。",
                "住在二十八樓的梁婆婆今年八十二歲，膝頭唔好，三日都冇落過街。她說：“部𨋢壞咗，"
                "我行唔到咁多級樓梯，{run}餸菜都係鄰居幫手買返嚟嘅。”",
                "區議員盧志強批評，屋邨升降機已用了三十年，近一年壞了七次，要求當局盡快全面更換。",
            ],
        },
        {
            "lines": ["觀塘新巴士線下月通車"],
            "title": "觀塘新巴士線下月通車",
            "body": [
                "【本報訊】運輸署宣布，來往觀塘和將軍澳的新巴士線將於12月1日通車，繁忙時間每十五分鐘"
                "一班。",
            ],
        },
    ],
}

SCOTS = {
    "name": "sco_utf8_bom_lf_scots_weekly_editorial_page_label_oor_view_title_signed_at_foot_editor_"
    "pull_quote_top_of_column_midsentence_fifty_year_syne_box",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "The Ettrick Clarion 2027-02-11, page 6, a Scots-language weekly from Selkirk, UTF-8 with BOM (`’ “ ” – £`), "
    "LF; blank-line paragraphs, wrapped at 40 with hyphenation. An editorial under the label OOR VIEW: title, four "
    "paragraphs, a pull quote set at the top of a column inside a sentence of the last paragraph (repeating words "
    "of paragraph 2), signed at its foot `Jessie Tait, Editor`; a FIFTY YEAR SYNE box of one paragraph.",
    "date": "2027-02-11",
    "page": "6",
    "head": ["THE ETTRICK CLARION", "Thursday 11 February 2027 – Page 6 – £1.20"],
    "foot": ["The Ettrick Clarion, 14 Market Place, Selkirk – news@clarion.example.co.uk"],
    "furniture": [
        "THE ETTRICK CLARION",
        "Thursday 11 February 2027",
        "Page 6",
        "£1.20",
        "The Ettrick Clarion, 14 Market Place, Selkirk",
        "news@clarion.example.co.uk",
    ],
    "markup": ["–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": ["OOR VIEW", "Keep the library doors open"],
            "section": ["OOR VIEW", None],
            "kicker": [None, "OOR VIEW"],
            "title": "Keep the library doors open",
            "byline": ["Jessie Tait, Editor", "Jessie Tait"],
            "pull_quotes": ["“It is the warmest room in the toun.”"],
            "body": [
                "It’s no mony weeks syne the cooncil tellt us the library in Selkirk wad shut on Setterdays. "
                "Noo they’re sayin it micht shut on Mondays and aw.",
                "We ken fine the siller is ticht. Ilka department is bein askit tae save, and naebody wants "
                "tae see the cooncil tax gang up again. But a library is no a lux~ury. For the bairns that hae "
                "nae books at hame, and for the auld folk that come in tae read the papers and hae a blether, "
                "it is the warmest room in the toun.",
                "The cooncil’s education committee meets on the sixteenth. We wad ask ilka reader that cares "
                "aboot the library tae write tae their {pq}cooncillor afore then, and tae tell them plainly: "
                "keep the doors open.",
                ("end", "Jessie Tait, Editor"),
            ],
        },
        {
            "lines": ["FIFTY YEAR SYNE"],
            "title": "FIFTY YEAR SYNE",
            "body": [
                "The new swimmin baths at the fit o the Back Row were opened by Provost Wull Renwick, wha "
                "gaed aff the dale board in his suit tae the cheers o twa hunner bairns.",
            ],
        },
    ],
}

SOMALI = {
    "name": "so_cp437_crlf_somali_daily_two_stories_side_by_side_equal_weight_warbixin_byline_caps_dateline_"
    "second_head_directly_over_lead_running_head_midsentence_pipe_head",
    "encoding": "cp437",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 38,
    "indent": "",
    "blank": True,
    "note": "Xiddigta Bari 2027-09-23, bogga 3, a Somali daily from Garoowe, DOS code page 437 (Somali needs only ASCII; "
    "the one non-ASCII character is the degree sign in `38°C`; no curly quotes or dashes on it), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. Two stories of "
    "equal weight set side by side (read column after column): the first with title, byline line `Warbixin: "
    "Hodan Cali Nuur` and a capital dateline `GAROOWE -` opening paragraph 1, the running head cutting its last "
    "sentence; the second's head set directly over its lead (no blank line), no byline. Head parts joined by ` | `.",
    "date": "2027-09-23",
    "page": "3",
    "head": ["XIDDIGTA BARI", "Wargeys maalinle ah | Khamiis, 23 Sebtembar 2027 | Bogga 3"],
    "foot": ["Xiddigta Bari, Garoowe | wararka@xiddigta.example.so"],
    "furniture": [
        "XIDDIGTA BARI",
        "Wargeys maalinle ah",
        "Khamiis, 23 Sebtembar 2027",
        "Bogga 3",
        "Xiddigta Bari - Wararka",
        "Xiddigta Bari, Garoowe",
        "wararka@xiddigta.example.so",
    ],
    "run": ["Xiddigta Bari - Wararka"],
    "markup": ["|", "|", "|", "-"],
    "labels": [],
    "articles": [
        {
            "lines": ["Roob culus oo ka da'ay Garoowe", "Warbixin: Hodan Cali Nuur"],
            "title": "Roob culus oo ka da'ay Garoowe",
            "byline": ["Warbixin: Hodan Cali Nuur", "Hodan Cali Nuur"],
            "body": [
                "GAROOWE - Roob culus oo bilaabmay habeennimadii Talaadada ayaa ka da'ay magaalada Garoowe "
                "iyo tuulooyinka ku xeeran. Roobka ayaa jaray waddada isku xirta Garoowe iyo Qardho muddo "
                "laba maalmood ah.",
                "Guddiga gurmadka ee degmada ayaa sheegay in ay caawinayaan qoysaska ay gur~yahoodu biyuhu "
                "galeen. Beeralayda deegaanka ayaa sheegay in roobku {run}wanaag u yahay daaqa iyo beeraha.",
            ],
        },
        {
            "lines": ["Suuqa xoolaha oo dib u furmay"],
            "tight": True,
            "title": "Suuqa xoolaha oo dib u furmay",
            "body": [
                "Suuqa xoolaha ee Garoowe ayaa dib u furmay Arbacadii, kadib markii uu xirnaa toddobaad "
                "dhan. Ganacsatada ayaa sheegay in qiimaha ariga iyo idaha uu kor u kacay.",
                "Guddoomiyaha suuqa, Yuusuf Maxamuud Warsame, ayaa ku baaqay in xoolaha la keeno subaxdii "
                "hore si looga fogaado kulaylka, oo maalmahan gaaraya 38°C.",
            ],
        },
    ],
}

SESOTHO = {
    "name": "st_cp1252_crlf_sesotho_weekly_photo_page_three_captions_long_medium_short_one_credit_"
    "litsoantso_title_ka_byline_running_head_midquote_caron_s_letters",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Lesedi la Leboea 2027-05-29, leqephe 8, a Sesotho weekly (Lesotho orthography: `š` in `tš`, `'me`, "
    "`mor'a`), Windows-1252 (`š “ ” –`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. A photo page on "
    "horse races at Semonkong: title, byline line `Ka Palesa Mokoena`, a long caption and the one credit line "
    "`Litšoantšo: Thabo Lerotholi` under the top photo, a medium and a short caption between paragraphs 2 and 3, "
    "a `“ ”` quotation cut by the running head; a short second story.",
    "date": "2027-05-29",
    "page": "8",
    "head": ["LESEDI LA LEBOEA", "Moqebelo, 29 Motšeanong 2027 – Leqephe 8 – M5.00"],
    "foot": ["Lesedi la Leboea, Kingsway, Maseru – litaba@lesedi.example.ls"],
    "furniture": [
        "LESEDI LA LEBOEA",
        "Moqebelo, 29 Motšeanong 2027",
        "Leqephe 8",
        "M5.00",
        "Lesedi la Leboea – Lipapali",
        "Lesedi la Leboea, Kingsway, Maseru",
        "litaba@lesedi.example.ls",
    ],
    "run": ["Lesedi la Leboea – Lipapali"],
    "markup": ["–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": ["Mabelo a lipere a hohela batho Semonkong", "Ka Palesa Mokoena"],
            "title": "Mabelo a lipere a hohela batho Semonkong",
            "byline": ["Ka Palesa Mokoena", "Palesa Mokoena"],
            "captions": [
                "Bapalami ba qala lebelo le leholo la selemo Semonkong, moo lipere tse mashome a mabeli li "
                "ileng tsa kenela tlholisano.",
                "Ntate Tšeliso Mohale o hlokomela pere ea hae pele ho lebelo.",
                "Mohapi, Lineo Khoali.",
            ],
            "credits": ["Litšoantšo: Thabo Lerotholi"],
            "body": [
                ("end", "Bapalami ba qala lebelo le leholo la selemo Semonkong, moo"),
                ("more", "lipere tse mashome a mabeli li ileng tsa kenela tlholisano."),
                ("more", "Litšoantšo: Thabo Lerotholi"),
                "Batho ba fetang sekete ba bokane Semonkong ka Moqebelo o fetileng ho shebella mabelo a "
                "selemo a lipere.",
                "Mabelo ana a tšoaroa selemo le selemo ka mor'a kotulo, 'me a hohela bapalami ba tsoang "
                "litereke tse ngata tsa naha.",
                ("end", "Ntate Tšeliso Mohale o hlokomela pere ea hae pele ho lebelo."),
                ("end", "Mohapi, Lineo Khoali."),
                "Mohapi oa selemo sena ke Lineo Khoali, ngoanana ea lilemo li leshome le metso e robeli, ea "
                "palamang pere e bitsoang Letšolo. O itse: “Ke ithutile ho palama ke sa le {run}monyane, "
                "ke rutoa ke ntate-moholo.”",
                "Komiti ea mabelo e re selemong se tlang e tla eketsa moputso oa mohapi.",
            ],
        },
        {
            "lines": ["Tsela ea Semonkong e tla lokisoa"],
            "title": "Tsela ea Semonkong e tla lokisoa",
            "body": [
                "Lekala la mesebetsi ea sechaba le re tsela e kenang Semonkong e tla lokisoa pele ho mariha "
                "a selemo se tlang.",
            ],
        },
    ],
}

MIRANDES = {
    "name": "mwl_iso8859_15_lf_mirandese_weekly_short_story_por_byline_euro_sign_bombeiros_ourrencias_log_"
    "day_time_place_event_rows_middle_dot_separators_running_head_midsentence",
    "encoding": "iso8859-15",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "La Boç de Miranda 2027-03-03, páigina 5, a Mirandese weekly from Miranda do Douro, ISO-8859-15 (`ç ã á é "
    "í ó ú €`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A fire brigade page: a short story "
    "(title, byline line `Por Custódio Ferreira`, a `€` sum with a space as thousands separator, the running head "
    "in mid-sentence); then the week's call-out log, one printed line per call-out giving day, time, village and "
    "what happened divided by ` · ` (`Sábado, 27 · 14h20 · Sendin · fuogo nun palheiro`).",
    "date": "2027-03-03",
    "page": "5",
    "head": ["LA BOÇ DE MIRANDA", "Quarta, 3 de márcio de 2027 · Páigina 5 · 1,00 €"],
    "foot": ["La Boç de Miranda · Rue de l Mercado 9, Miranda de l Douro · redacion@boc.example.pt"],
    "furniture": [
        "LA BOÇ DE MIRANDA",
        "Quarta, 3 de márcio de 2027",
        "Páigina 5",
        "1,00 €",
        "La Boç de Miranda · Tierra",
        "La Boç de Miranda",
        "Rue de l Mercado 9, Miranda de l Douro",
        "redacion@boc.example.pt",
    ],
    "run": ["La Boç de Miranda · Tierra"],
    "markup": ["·", "·", "·", "·"],
    "labels": [],
    "articles": [
        {
            "lines": ["Ls bombeiros de Miranda ténen ambuláncia nuoba", "Por Custódio Ferreira"],
            "title": "Ls bombeiros de Miranda ténen ambuláncia nuoba",
            "byline": ["Por Custódio Ferreira", "Custódio Ferreira"],
            "body": [
                "La associaçon de ls bombeiros boluntairos de Miranda de l Douro recebiu na sumana passada "
                "ua ambuláncia nuoba, que custou 85 000 €.",
                "L cumandante, Amadeu Rodrigues, dixo que la ambuláncia bai serbir subretodo las aldeias "
                "mais lonjanas de l cunceilho, adonde la ajuda {run}tarda mais a chegar.",
            ],
        },
        {
            "lines": ["Ourrências de la sumana"],
            "title": "Ourrências de la sumana",
            "body": [
                ("row", "Sábado, 27 · 14h20 · Sendin · fuogo nun palheiro"),
                ("row", "Demingo, 28 · 03h10 · Malhadas · acidente na strada"),
                ("row", "Segunda, 1 · 11h45 · Miranda · queda dua pessona eidosa"),
                ("row", "Terça, 2 · 19h30 · Palaçoulo · chaminé a arder"),
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýıAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝI")
DIGRAPHS = {
    "sco": ("ch", "sh", "th", "wh", "ck", "gh", "ng"),
    "so": ("sh", "dh", "kh", "ng"),
    "st": ("hl", "ng", "ny", "ts", "tš", "ph", "th", "kh", "tl", "qh", "ch", "sh"),
    "mwl": ("lh", "nh", "ch", "rr", "ss", "qu", "gu"),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone.
    holdout57's rule: never in a word holding an apostrophe of any kind, a hyphen or an inner capital."""
    if "~" in word or len(word) < 7 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if any(mark in word for mark in "'’ʼʻ"):
        return word
    if any(not ch.islower() for ch in word[1:] if ch.isalpha()):
        return word
    core = word.rstrip('.,;:!?"»”“')
    tail = word[len(core) :]
    out, n = "", len(core)
    for i, ch in enumerate(core):
        if 2 <= i <= n - 3 and core[i].isalpha() and core[i - 1].isalpha():
            pair = core[i - 1 : i + 1].lower()
            if ch not in VOWELS and core[i - 1] in VOWELS and core[i + 1] in VOWELS:
                out += "~"
            elif (
                ch not in VOWELS
                and core[i - 1] not in VOWELS
                and core[i + 1] in VOWELS
                and core[i - 2] in VOWELS
                and pair not in DIGRAPHS[language]
            ):
                out += "~"
        out += ch
    return out + tail


def hyphenable(text, language):
    words = []
    for word in text.split(" "):
        if "}" in word:
            mark, rest = word.split("}", 1)
            words.append(mark + "}" + syllables(rest, language))
        else:
            words.append(syllables(word, language))
    return " ".join(words)


for _page, _language in ((SCOTS, "sco"), (SOMALI, "so"), (SESOTHO, "st"), (MIRANDES, "mwl")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [TINGCHE, SHIZHE, SHUIMIAN, TONGXIANG, TIANQI, WUCUN, SCOTS, SOMALI, SESOTHO, MIRANDES]
