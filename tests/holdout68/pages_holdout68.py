"""The text of every holdout68 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, candidates, agencies and events are invented; real towns and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold.
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
A `block` is furniture, not an article: a table (label, head, rows of cells at fixed fractions of the
width, a bold header row when `header`); each row, or with `cell_strings` each cell, is one furniture string.
`listing` sets an article's paragraphs flush left in smaller type (a fact file, one fact a line).
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
"""

TIANQI = {
    "stem": "zh_sim_weather_page_cold_wave_story_weilai_qitian_forecast_table_header_row_qixiangtai_credit_shenghuo_zhishu_and_city_tables",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 6,
    "masthead": ["泉城晚报", "2027年1月20日　星期三　大寒", "第8版　天气"],
    "date": "2027-01-20",
    "page": ["第8版　天气", "第8版", "8"],
    "foot": "泉城晚报　第8版　天气　　责任编辑：韩　雪　　天气数据由泉城市气象台提供",
    "note": "A weather page: a lead story on a cold wave over four columns (kicker, head, subtitle, byline with a 通讯员, a subhead, a photo heading its fourth column with caption and credit); beside it in the right third a reversed `未来七天` label over a seven-day forecast table with a bold header row (日期 天气 气温 风力), then a `周边城市` table; under a rule across the page a reversed `生活指数` label over six index cells (furniture) and a short boxed explainer.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "今年入冬以来最强寒潮明晚抵达",
                        "title": "气温将骤降十二度　最低跌至零下九度",
                        "subtitle": "气象台发布寒潮蓝色预警　提醒市民做好防寒准备",
                        "byline": ["本报记者　孟　晗　通讯员　宋家宁", "孟　晗", "本报记者　孟　晗"],
                        "ncol": 3,
                        "photo_col": 2,
                        "caption": "昨天下午，环卫工人在经十路为绿化带里的树木缠上防寒草绳。",
                        "credit": "本报记者　孟　晗　摄",
                        "body": [
                            "记者昨天从市气象台获悉，受强冷空气影响，明天夜间起我市将迎来今年入冬以来最强的一次寒潮天气，过程降温幅度可达十二度，后天早晨最低气温将跌至零下九度左右。",
                            "气象台首席预报员介绍，这次冷空气来势猛、风力大，北风阵风可达七到八级，局部地区还将伴有小雪或零星小雪。",
                            ("h", "供暖管网提前加压"),
                            "为应对降温，市热力公司已提前对全市供暖管网加压运行，并安排抢修人员二十四小时值守。市民家中如遇暖气不热，可拨打供热服务热线反映。",
                            "交通部门提醒，降雪期间部分路段可能出现结冰，驾驶人要减速慢行，尽量避免在早晚高峰出行。",
                            "气象专家建议，老人和儿童应减少户外活动，外出时注意头部和手脚保暖；养殖户要加固大棚，防止大风吹损。",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "table": True,
                        "label": "天气预报",
                        "section": ["天气预报", None],
                        "title": "未来七天",
                        "header": True,
                        "sep": "　",
                        "credit": "泉城市气象台　1月19日17时发布",
                        "cols": [(0.0, "l"), (0.24, "l"), (0.58, "l"), (1.0, "r")],
                        "rows": [
                            ["日期", "天气", "气温", "风力"],
                            ["20日", "多云", "-2～8℃", "南风2级"],
                            ["21日", "阴转小雪", "-5～3℃", "北风6级"],
                            ["22日", "晴", "-9～-1℃", "北风5级"],
                            ["23日", "晴", "-8～0℃", "北风3级"],
                            ["24日", "多云", "-6～2℃", "西风2级"],
                            ["25日", "晴转多云", "-4～5℃", "南风2级"],
                            ["26日", "多云", "-3～6℃", "南风3级"],
                        ],
                    },
                ],
                4,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "title": "今日生活指数",
                        "sep": "　",
                        "cols": [(0.0, "l"), (0.2, "l"), (0.44, "l")],
                        "rows": [
                            ["穿衣", "寒冷", "建议穿厚羽绒服"],
                            ["感冒", "极易发", "注意防寒保暖"],
                            ["晨练", "不宜", "改在室内进行"],
                            ["洗车", "不宜", "未来有降雪"],
                            ["晾晒", "较适宜", "午后阳光较好"],
                            ["供暖", "提示", "室温不低于18℃"],
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "table": True,
                        "title": "周边城市",
                        "sep": "　",
                        "cols": [(0.0, "l"), (0.3, "l"), (1.0, "r")],
                        "rows": [
                            ["泰安", "阴转小雪", "-7～2℃"],
                            ["淄博", "多云转阴", "-6～4℃"],
                            ["德州", "小雪", "-8～1℃"],
                            ["聊城", "阴", "-7～3℃"],
                            ["济宁", "多云", "-5～4℃"],
                            ["滨州", "阴转小雪", "-8～2℃"],
                        ],
                    }
                ],
                2,
                2,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "寒潮预警分几级？",
                        "ncol": 1,
                        "body": [
                            "寒潮预警信号分为蓝色、黄色、橙色和红色四级。蓝色预警表示四十八小时内最低气温将下降八度以上，并且最低气温小于等于四度。",
                        ],
                    }
                ],
                4,
                2,
            ),
        ],
    ],
}

GONGGAO = {
    "stem": "zh_tra_scan_public_notices_page_story_beside_gongkai_zhaobiao_numbered_clauses_signed_four_yishi_shengming_boxes",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": True,
    "seed": 68002,
    "angle": 0.6,
    "ncols": 4,
    "masthead": ["澄湖日報", "中華民國116年3月9日　星期二", "B6　地方・公告"],
    "date": "2027-03-09",
    "page": ["B6　地方・公告", "B6"],
    "foot": "澄湖日報　B6　地方・公告　　刊登公告請洽廣告部：(03)9356-2210",
    "note": "A scanned Taiwan daily's page of public notices beside a story: over columns 1–2 a local story (head, byline `記者葉宛庭／宜蘭報導`, a subhead); over columns 3–4 a framed tender notice (`公開招標公告`, numbered clauses `一、` … `六、`, signed flush right by the issuing office); under a rule across the page a row of four small framed lost-document declarations, each headed `遺失聲明` over one paragraph.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "title": "老街騎樓整修　明起分段施工",
                        "byline": ["記者葉宛庭／宜蘭報導", "葉宛庭"],
                        "ncol": 2,
                        "body": [
                            "澄湖鎮中山老街騎樓整修工程明天起分段施工，工期預計六個月。鎮公所表示，施工期間騎樓將以圍籬分隔，店家仍可照常營業。",
                            "老街騎樓多建於日治時期，近年因地面高低不平、排水不良，常有行人跌倒。這次整修將統一鋪面高度，並改善騎樓下方的排水溝。",
                            ("h", "店家盼縮短工期"),
                            "在老街經營糕餅店四十年的黃姓老闆說，整修是好事，但希望避開清明連假，「連假是一年中生意最好的時候」。",
                            "鎮公所回應，清明連假期間將暫停施工並撤除部分圍籬，讓遊客通行順暢。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "公開招標公告",
                        "byline": ["宜蘭縣澄湖鎮公所", None],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "一、標案名稱：中山老街騎樓整修工程（第二期）。",
                            "二、招標方式：公開招標，採最低標決標。",
                            "三、預算金額：新臺幣一千二百八十萬元。",
                            "四、領標期間：自公告日起至116年3月29日止，於政府電子採購網下載。",
                            "五、開標時間：116年3月30日上午十時，於本所三樓會議室。",
                            "六、聯絡人：工務課　李先生，電話：(03)9356-1185。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "box": True,
                        "title": "遺失聲明",
                        "ncol": 1,
                        "body": ["林承恩遺失國民身分證，統一編號G12345****，聲明作廢。"],
                    }
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "遺失聲明",
                        "ncol": 1,
                        "body": ["陳美玲遺失機車行車執照，車號MKT-5821，聲明作廢。"],
                    }
                ],
                1,
                1,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "遺失聲明",
                        "ncol": 1,
                        "body": ["澄湖漁產有限公司遺失統一發票專用章一枚，自即日起聲明作廢。"],
                    }
                ],
                2,
                1,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "遺失聲明",
                        "ncol": 1,
                        "body": ["吳子豪遺失國立澄湖高級中學畢業證書，聲明作廢。"],
                    }
                ],
                3,
                1,
            ),
        ],
    ],
}

CAIPU = {
    "stem": "zh_sim_recipe_page_shicai_list_numbered_zuofa_steps_xiaotieshi_wentu_byline_dish_photo_second_story",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["南漪都市报", "2027年2月27日　星期六", "第14版　美食"],
    "date": "2027-02-27",
    "page": ["第14版　美食", "第14版", "14"],
    "foot": "南漪都市报　第14版　美食　　编辑：苏小满　　欢迎读者分享家传菜谱：food@nanyi-news.cn",
    "note": "A food page: a recipe over three columns (kicker, head, byline `文／图　本报记者　温　岚`, an introduction, headings `食材`, `做法`, `小贴士`; one ingredient a line, numbered steps `1.` … `6.`; a photo of the dish heading its third column with caption and credit); in the fourth column a short story about a restaurant.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "周末家常菜",
                        "title": "一锅腊味煲仔饭",
                        "byline": ["文／图　本报记者　温　岚", "温　岚", "本报记者　温　岚"],
                        "ncol": 3,
                        "photo_col": 2,
                        "caption": "做好的腊味煲仔饭，锅底结着一层金黄的锅巴。",
                        "credit": "本报记者　温　岚　摄",
                        "body": [
                            "天气还冷，来一锅热腾腾的煲仔饭最合适。腊肠的油香渗进米饭，锅底再结一层焦香的锅巴，一家人围着砂锅，几下就吃光了。",
                            ("h", "食材"),
                            "丝苗米　300克",
                            "广式腊肠　2根",
                            "腊肉　100克",
                            "菜心　6棵",
                            "生抽　2勺，老抽　半勺，白糖　1小勺",
                            ("h", "做法"),
                            "1.大米洗净，用清水浸泡30分钟，沥干后倒进砂锅，加水没过米面约一指节。",
                            "2.腊肠、腊肉用温水洗去表面浮油，切成薄片备用。",
                            "3.砂锅大火烧开后转小火，煮到水分快收干、米面出现小孔时，铺上腊味片。",
                            "4.沿锅边淋一圈油，盖上锅盖，小火再焖15分钟。",
                            "5.菜心焯水摆在饭上；生抽、老抽、白糖加两勺热水调成酱汁。",
                            "6.关火后淋上酱汁，再焖2分钟即可。",
                            ("h", "小贴士"),
                            "焖饭时可以隔几分钟转动一下砂锅，让锅底受热均匀，锅巴才会又香又不焦。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "title": "老街上的第三代煲仔饭",
                        "byline": ["本报记者　温　岚", "温　岚"],
                        "ncol": 1,
                        "body": [
                            "在南漪老街开了三十多年的“炉边煲仔饭”，如今由第三代传人接手。店里仍用炭炉，一排二十个砂锅同时开火。",
                            "店主说，炭火比燃气难控制，但锅巴的香味不一样，“老客人一吃就知道”。",
                            "每天中午不到十一点半，门口就排起了长队。",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
    ],
}

HAUSA = {
    "stem": "ha_scan_correspondent_dispatch_daga_wakilinmu_byline_dateline_yamai_country_fact_file_box_second_story",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 68004,
    "angle": -0.5,
    "ncols": 4,
    "markup": [],
    "masthead": ["Muryar Arewa", "Alhamis, 15 ga Afrilu, 2027", "Labaran Duniya · 6"],
    "date": "2027-04-15",
    "page": ["Labaran Duniya · 6", "6"],
    "foot": "Muryar Arewa · Labaran Duniya · 6",
    "note": "A scanned Hausa weekly's foreign page: a correspondent's dispatch from Niamey over three columns (kicker, head, subtitle, byline `Daga wakilinmu Salisu Ɗanladi, Yamai`, a subhead, a photo heading its third column with caption and `Hoto: Salisu Ɗanladi`); in the fourth column a framed country fact file `Nijar a taƙaice`, one fact a line in small type, and under it a short second story.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Rahoto daga Jamhuriyar Nijar",
                        "title": "Farashin hatsi ya tashi a kasuwannin Yamai",
                        "subtitle": "Manoma sun ce ruwan sama bai isa ba a bara",
                        "byline": [
                            "Daga wakilinmu Salisu Ɗanladi, Yamai",
                            "Salisu Ɗanladi",
                            "Daga wakilinmu Salisu Ɗanladi",
                        ],
                        "ncol": 3,
                        "photo_col": 2,
                        "caption": "Ƴan kasuwa suna auna gero a babbar kasuwar Yamai.",
                        "credit": "Hoto: Salisu Ɗanladi",
                        "body": [
                            "Farashin gero da dawa ya ƙaru sosai a kasuwannin birnin Yamai a wannan mako, yayin da watan azumi ke ƙara kusantowa.",
                            "A babbar kasuwar birnin, buhun gero da ake sayarwa kan sefa dubu ashirin a watan Janairu yanzu ya kai dubu ashirin da takwas.",
                            "“Ba mu taɓa ganin irin wannan tsada ba tun shekaru biyar da suka wuce,” in ji Malam Issoufou Garba, wani ɗan kasuwa da ke sayar da hatsi a kasuwar.",
                            ("h", "Ruwan sama bai isa ba"),
                            "Manoma a yankunan Tillabéri da Dosso sun ce ruwan sama ya tsaya da wuri a damina~r bara, abin da ya rage yawan amfanin gona.",
                            "Gwamnati ta ce za ta fitar da tan dubu goma na hatsi daga rumbunan ajiya domin a sayar wa jama’a da farashi mai sauƙi.",
                            "Sai dai wasu mazauna birnin sun ce matakin ya zo a makare, kuma ba zai isa dukkan unguwanni ba.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "Nijar a taƙaice",
                        "listing": True,
                        "ncol": 1,
                        "body": [
                            "Babban birni: Yamai",
                            "Yawan jama’a: kusan miliyan 27",
                            "Harsuna: Faransanci, Hausa, Zarma",
                            "Kuɗi: Sefa (CFA)",
                            "Iyakoki: ƙasashe bakwai",
                        ],
                    },
                    {
                        "title": "An buɗe sabuwar gada a Maradi",
                        "ncol": 1,
                        "body": [
                            "Hukumomi a jihar Maradi sun buɗe sabuwar gada a kan kogin Goulbi, wadda za ta haɗa kasuwanni biyu da ke gefen kogin.",
                        ],
                    },
                ],
                3,
                1,
            ),
        ],
    ],
}

TETUN = {
    "stem": "tet_election_results_page_suku_chief_results_table_kandidatu_votu_percent_story_hosi_byline_turnout_box",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "markup": [],
    "masthead": ["Lian Lorosa'e", "Tersa, 16 Novembru 2027", "Polítika · 3"],
    "date": "2027-11-16",
    "page": ["Polítika · 3", "3"],
    "foot": "Lian Lorosa'e · Polítika · 3",
    "note": "A Tetum daily's politics page: an election story over columns 1–2 (kicker, head, subtitle, byline `Hosi Jacinta Belo`, a subhead); in columns 3–4 a reversed `Rezultadu Provizóriu` label over two results tables (candidate, votes, percentage, a bold header row), one per suku, a table source line, and a framed turnout box of three figures (furniture); under a rule across the page a short second story.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Eleisaun Xefe Suku 2027",
                        "title": "Feto rua manán iha suku sira Baucau nian",
                        "subtitle": "Partisipasaun votante sira to’o 81 persentu",
                        "byline": ["Hosi Jacinta Belo", "Jacinta Belo"],
                        "ncol": 2,
                        "body": [
                            "Rezultadu ne’ebé Komisaun Eleisaun Munisipál fó sai iha Segunda, maski seidauk final, hatudu katak kandidatu feto na’in rua manán eleisaun ba xefe suku iha Baucau.",
                            "Iha suku Bahu, Ana Maria Guterres hetan votu 1.842, ka 46,1 persentu, no manán hasoru kandidatu na’in tolu seluk.",
                            "Iha suku Tirilolo, Rosalina da Costa hetan 52,7 persentu, no la presiza ba segunda volta.",
                            ("h", "Votante barak liu tinan uluk"),
                            "Komisaun hatete katak partisipasaun iha munisípiu tomak to’o 81 persentu, aas liu eleisaun tinan 2021 nian.",
                            "“Ema barak mai vota tanba sira hakarak haree mudansa iha sira-nia suku,” dehan Xefe Komisaun, Domingos Ximenes.",
                            "Rezultadu final sei sai iha semana oin, hafoin Tribunál hare~ha’i keixa sira.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "table": True,
                        "label": "Rezultadu Provizóriu",
                        "section": ["Rezultadu Provizóriu", None],
                        "title": "Xefe Suku – Bahu",
                        "header": True,
                        "cols": [(0.0, "l"), (0.72, "r"), (1.0, "r")],
                        "rows": [
                            ["Kandidatu", "Votu", "%"],
                            ["Ana Maria Guterres", "1.842", "46,1"],
                            ["Jaime Soares", "1.207", "30,2"],
                            ["Tomás Belo Pinto", "611", "15,3"],
                            ["Luís da Silva", "336", "8,4"],
                        ],
                    },
                    {
                        "table": True,
                        "section": [None, "Rezultadu Provizóriu"],
                        "title": "Xefe Suku – Tirilolo",
                        "header": True,
                        "credit": "Fonte: Komisaun Eleisaun Munisipál Baucau",
                        "source_row": True,  # 2026-12-05: the source line under the rows is the table's last paragraph
                        "cols": [(0.0, "l"), (0.72, "r"), (1.0, "r")],
                        "rows": [
                            ["Kandidatu", "Votu", "%"],
                            ["Rosalina da Costa", "1.118", "52,7"],
                            ["Francisco Amaral", "1.003", "47,3"],
                        ],
                    },
                    {
                        "table": True,
                        "box": True,
                        "title": "Partisipasaun Votante",
                        "cols": [(0.0, "l"), (1.0, "r")],
                        "rows": [
                            ["Votante rejistadu", "31.460"],
                            ["Ema ne’ebé vota", "25.483"],
                            ["Persentu", "81,0"],
                        ],
                    },
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "title": "Eskola foun ida loke iha Vemasse",
                        "ncol": 3,
                        "body": [
                            "Eskola báziku foun ida iha Vemasse loke ninia odamatan ba estudante na’in atus tolu iha Sesta. Inan-aman sira dehan katak labarik sira agora la presiza la’o ho ain oras rua ba eskola.",
                            "Eskola ne’e iha sala haat-nulu, biblioteka ida no kampu futeból ida. Governu sei haruka profesór na’in sanulu resin ida ba eskola ne’e iha fulan oin.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [TIANQI, GONGGAO, CAIPU, HAUSA, TETUN]
