"""The text of every holdout59 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, courts' cases, clubs and events are invented; real cities, regions and places are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
`source_sign` sets the source's printed reading flush right under the last paragraph.
"""

MALASONG = {
    "stem": "zh_sim_malasong_page_zuweihui_gongtu_credit_finish_time_results_box_qiangsheng_note_xuhao_recovery_tips_source_sign",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": False,
    "ncols": 4,
    "masthead": ["澄溪日报", "2026年11月16日　星期一", "A10　体育"],
    "date": "2026-11-16",
    "page": ["A10　体育", "A10"],
    "foot": "澄溪日报　A10　体育　　责任编辑：尹　桐　　美术编辑：柯晓岚",
    "note": "A sports page on a city marathon: a lead with 引题 (kicker), head and 副题 under a byline `本报记者　X　实习生　Y`, a photo heading its second column credited `赛事组委会供图` (an organiser's handout, no photographer); a reversed 成绩榜 label over a framed results list, one runner a line with a finish time `2:14:07` (h:mm:ss), closing on a bracketed note; a reversed 跑者故事 label over a story; an item of recovery tips opened by ① ② ③, closing on a source set flush right.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "两万名跑者冒雨开跑",
                        "title": "澄溪马拉松　本土选手首次夺冠",
                        "subtitle": "男子全程冠军跑出2:14:07，刷新赛会纪录",
                        "byline": ["本报记者　韩　朔　实习生　邱雨桐", "本报记者　韩　朔", "韩　朔", "韩　朔　邱雨桐"],
                        "photo_col": 1,
                        "caption": "男子全程比赛起跑瞬间，选手们冒雨冲出起点。",
                        "credit": "赛事组委会供图",
                        "body": [
                            "昨天早上7时30分，2026澄溪马拉松在滨江广场鸣枪开跑，来自全国各地的两万名跑者冒着小雨，沿江岸和老城区跑完全程、半程和健康跑三个项目。",
                            "男子全程比赛中，本市选手蒋立川在35公里处超越领先集团，最终以2:14:07的成绩率先冲线，比去年的赛会纪录快了41秒。这是赛事举办八年来，本土选手第一次拿到男子全程冠军。“下雨反而凉快，后半程我感觉越跑越轻松。”蒋立川说。",
                            "女子全程冠军由白雪晴获得，成绩为2:31:45。",
                            "组委会介绍，今年赛道沿线设置了十八个补给站和三十个医疗点，全程未发生严重伤病情况。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "成绩榜",
                        "section": ["成绩榜", None],
                        "box": True,
                        "listing": True,
                        "title": "男子全程前三名",
                        "byline": None,
                        "body": [
                            "1　蒋立川　2:14:07",
                            "2　卡里姆·贝纳（摩洛哥）　2:14:52",
                            "3　吴振海　2:16:30",
                            "（以上均为枪声成绩）",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "跑者故事",
                        "section": ["跑者故事", None],
                        "title": "七旬老人跑完第十个全马",
                        "byline": None,
                        "body": [
                            "今年71岁的退休教师倪宗保是本届比赛年龄最大的全程跑者。他用5小时08分跑完全程，这是他完成的第十个全程马拉松。",
                            "“跑步让我每天都有盼头。”倪宗保说，他打算明年再来。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "赛后恢复记住三件事",
                        "byline": None,
                        "source_sign": True,
                        "source": ["（来源：澄溪市体育医院）", "澄溪市体育医院", "来源：澄溪市体育医院"],
                        "body": [
                            "①冲线后不要马上坐下，慢走十分钟再拉伸。",
                            "②两小时内补充含糖饮料和蛋白质。",
                            "③一周内不要进行高强度训练。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

TINGSHEN = {
    "stem": "zh_sim_scan_tingshen_page_tongxunyuan_unit_byline_fayuan_gongtu_credit_fatiao_box_role_first_byline_huaming_note_phone_line",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": True,
    "seed": 59002,
    "angle": -0.4,
    "ncols": 4,
    "masthead": ["岚川晚报", "2026年11月20日　星期五", "A6　法治"],
    "date": "2026-11-20",
    "page": ["A6　法治", "A6"],
    "foot": "岚川晚报　A6　法治　　新闻热线：0917-6652100　　编辑：钱　漪",
    "note": "A scanned 法治 page reporting a court case: a lead with 引题 (kicker), head and 副题 under a byline naming a reporter and a court's press office as 通讯员 `本报记者　X　通讯员　岚法宣`, a photo heading its second column credited `法院供图`, closing on the bracketed note `（文中当事人均为化名）`; a reversed 法条链接 label over a framed box quoting a statute; a reversed 法官说法 label over a piece under a role-first byline `岚川区人民法院法官　X`; an item whose last paragraph is a telephone line.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "外卖骑手送餐途中撞伤行人",
                        "title": "谁来赔偿？　法院判了",
                        "subtitle": "配送站点作为用工单位承担赔偿责任，骑手本人不担责",
                        "byline": [
                            "本报记者　沈　岩　通讯员　岚法宣",
                            "本报记者　沈　岩",
                            "沈　岩",
                            "沈　岩　岚法宣",
                        ],
                        "photo_col": 1,
                        "caption": "岚川区人民法院公开开庭审理此案。",
                        "credit": "法院供图",
                        "body": [
                            "外卖骑手在送餐途中撞伤了行人，医药费该由谁来承担？近日，岚川区人民法院审结了这样一起案件，判决骑手所属的配送站点赔偿受害人各项损失共计4.6万元。",
                            "今年3月的一天晚上，骑手小胡骑电动车送餐时闯红灯，将正在过马路的老周撞倒，老周右腿骨折住院一个多月。事后，老周将小胡和配送站点一起告上法庭。",
                            "庭审中，配送站点辩称，小胡是自己接单，与站点没有关系。法院审理查明，小胡每天按站点安排排班，工资也由站点发放，送餐属于执行工作任务，应由站点承担赔偿责任。",
                            "（文中当事人均为化名）",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "法条链接",
                        "section": ["法条链接", None],
                        "box": True,
                        "title": "《民法典》第一千一百九十一条",
                        "byline": None,
                        "body": [
                            "用人单位的工作人员因执行工作任务造成他人损害的，由用人单位承担侵权责任。",
                            "用人单位承担侵权责任后，可以向有故意或者重大过失的工作人员追偿。",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "法官说法",
                        "section": ["法官说法", None],
                        "title": "骑手赶时间也要守规矩",
                        "byline": ["岚川区人民法院法官　林　静", "林　静"],
                        "body": [
                            "站点为骑手的过错“买单”后，还可以向有重大过失的骑手追偿。骑手送餐再赶时间，也不能闯红灯、逆行。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "区法院开通诉讼服务热线",
                        "byline": None,
                        "body": [
                            "为方便群众咨询立案、查询案件进度，岚川区人民法院日前开通诉讼服务热线，工作日上午8时至下午6时有专人接听。",
                            "咨询电话：0917-6652368",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

NIANHUO = {
    "stem": "zh_tra_nianhuo_page_zhuanwen_sheying_byline_uncredited_photo_ntd_price_box_chinese_numeral_tips_qiaxun_phone_line",
    "script": "zh_tra",
    "tess": ("chi_tra", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["北瀛日報", "2027年1月23日　星期六", "B3　消費"],
    "date": "2027-01-23",
    "page": ["B3　消費", "B3"],
    "foot": "北瀛日報　B3　消費　　主編：宋宜蓁　　美編：賴思妤",
    "note": "A Taiwan daily's 消費 page on the Lunar New Year goods street (年貨大街): a lead with 引題 (kicker), head and 副題 under a two-part byline `撰文／X　攝影／Y`, a photo heading its second column with a caption and no credit (the byline names the photographer), 「」 quotes; a reversed 年貨行情 label over a framed price list, one good a line with a price in New Taiwan dollars `每片NT$450起` (a thousands comma in `NT$2,400`), closing on a bracketed note; a reversed 逛街小叮嚀 label over tips opened by `一、` `二、` `三、`; an item whose last paragraph is a `洽詢專線：(02)2555-7310` line.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "迪化街年貨大街今開張",
                        "title": "南北貨飄香　人潮擠爆大稻埕",
                        "subtitle": "烏魚子、牛軋糖最搶手　店家：價格與去年持平",
                        "byline": ["撰文／許雅婷　攝影／鄭家豪", "許雅婷", "許雅婷　鄭家豪"],
                        "photo_col": 1,
                        "caption": "民眾在年貨大街試吃糖果，攤商忙著招呼客人。",
                        "body": [
                            "一年一度的迪化街年貨大街昨天上午開張，雖然氣溫只有13度，街上仍從早到晚擠滿人潮。不少民眾一手拎著袋子、一手拿著試吃的糖果，一家一家慢慢逛。",
                            "在迪化街賣南北貨四十多年的老店「永泰行」第三代老闆江明德說，今年烏魚子和干貝賣得最好，價格跟去年差不多，「客人看到不漲價，買得比較爽快。」",
                            "帶著兩個孩子來逛街的陳太太說，每年都要來這裡買一次年貨，「就是要有這種熱鬧的感覺，才像過年。」",
                            "年貨大街將開到除夕前一天，每天上午10點至晚上10點。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "年貨行情",
                        "section": ["年貨行情", None],
                        "box": True,
                        "listing": True,
                        "title": "熱門年貨參考價",
                        "byline": None,
                        "body": [
                            "烏魚子　每片NT$450起",
                            "牛軋糖　每斤NT$280",
                            "干貝　每斤NT$2,400",
                            "開心果　每斤NT$320",
                            "（實際售價以店家為準）",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "逛街小叮嚀",
                        "section": ["逛街小叮嚀", None],
                        "title": "試吃之前先問價",
                        "byline": None,
                        "body": [
                            "一、散裝食品要看清楚秤重和單價，結帳前再確認一次。",
                            "二、人潮多時看好隨身財物，推嬰兒車的民眾最好避開傍晚。",
                            "三、自備購物袋，減少塑膠袋使用。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "大稻埕週末加開接駁車",
                        "byline": None,
                        "body": [
                            "為疏散人潮，年貨大街期間每逢週末加開免費接駁車，往返捷運站與迪化街口，每15分鐘一班。",
                            "洽詢專線：(02)2555-7310",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

UZGAVENES = {
    "stem": "lt_uzgavenes_page_no_kicker_caps_surname_signed_lead_genitive_nuotr_credit_val_time_programme_box_parenge_sign_tel_line",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Nevėžio vakarai", "2027 m. vasario 5 d., penktadienis", "Kultūra · 7 psl."],
    "date": "2027-02-05",
    "page": ["Kultūra · 7 psl.", "7"],
    "foot": "Nevėžio vakarai · Kultūra · 7 psl.",
    "note": "A Lithuanian regional paper's culture page on the Shrovetide carnival (Užgavėnės), read by Tesseract eng into a searchable PDF (no Lithuanian model is installed, so ą č ę ė į š ų ū ž are the engine's to lose): a head and a bold deck with no kicker, the lead signed at its end flush right with the surname in capitals `Rūta JANKAUSKIENĖ`, a photo credited in the genitive `Rimanto Žuko nuotr.`; a reversed `Programa` label over a framed programme, one event a line opened by an hour `11 val. –`, closing on a sentence; a reversed `Tradicijos` label over a piece signed flush right `Parengė Tomas VAITKUS`; an item whose last paragraph is a telephone line `Tel. 8 347 51 284`.",
    "rows": [
        [
            (
                [
                    {
                        "title": "Žiemą išvarys Morė ir Lašininis",
                        "subtitle": "Antradienį miesto aikštėje – persirengėliai, blynai ir Morės deginimas",
                        "sign": True,
                        "byline": ["Rūta JANKAUSKIENĖ", "Rūta Jankauskienė"],
                        "photo_col": 1,
                        "caption": "Pernai Morę į aikštę atvežė arklių traukiamu vežimu.",
                        "credit": "Rimanto Žuko nuotr.",
                        "body": [
                            "Kėdainių kultūros centras kviečia miestiečius ir svečius antradienį susirinkti Didžiojoje rinkos aikštėje, kur bus švenčiamos Užgavėnės. Organizatoriai žada, kad šventė truks visą dieną, o vakare ant laužo bus sudeginta Morė.",
                            "„Užgavėnės – linksmiausia žiemos šventė. Norime, kad į aikštę ateitų ne žiūrovai, o dalyviai, todėl kviečiame visus pasigaminti kaukes ir persirengti,“ sako renginio režisierė Aistė Mockutė.",
                            "Šventės metu aikštėje veiks amatininkų mugė, o vietos bendruomenės vaišins karštais blynais ir arbata.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Programa",
                        "section": ["Programa", None],
                        "box": True,
                        "listing": True,
                        "title": "Antradienį, vasario 9 d.",
                        "byline": None,
                        "body": [
                            "11 val. – kaukių dirbtuvės",
                            "13 val. – persirengėlių eisena",
                            "14 val. – Kanapinio ir Lašininio kova",
                            "17 val. – Morės deginimas",
                            "Renginys nemokamas.",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Tradicijos",
                        "section": ["Tradicijos", None],
                        "title": "Kodėl valgoma devynis kartus",
                        "sign": True,
                        "byline": ["Parengė Tomas VAITKUS", "Tomas VAITKUS", "Tomas Vaitkus"],
                        "body": [
                            "Senoliai tikėjo, kad per Užgavėnes reikia valgyti devynis ar net dvylika kartų, nes tik taip visi metai bus sotūs. Todėl tą dieną stalas būdavo ypač gausus: blynai, šiupinys ir riebi mėsa.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Blynų kepimo varžybos",
                        "byline": None,
                        "body": [
                            "Šventės metu vyks blynų kepimo varžybos bendruomenėms. Komandos turės kepti blynus ant laužo, o geriausius išrinks žiūrovai.",
                            "Tel. 8 347 51 284",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PIRTS = {
    "stem": "lv_scan_pirts_page_teksts_byline_genitive_foto_credit_dash_etiquette_box_name_comma_role_sign_talr_phone_line",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": True,
    "seed": 59005,
    "angle": 0.6,
    "ncols": 4,
    "masthead": ["Vidzemes Rīts", "Sestdiena, 2027. gada 13. februāris", "Veselība · 11. lpp."],
    "date": "2027-02-13",
    "page": ["Veselība · 11. lpp.", "11"],
    "foot": "Vidzemes Rīts · Veselība · 11. lpp.",
    "note": "A scanned Latvian regional paper's health page on the sauna (pirts), read by Tesseract eng into plain text (no Latvian model is installed, so ā ē ī ū č ģ ķ ļ ņ š ž are the engine's to lose): a kicker, a head, a bold deck, a byline `Teksts: X`, a photo credited in the genitive `Jāņa Ozola foto`; a reversed `Pirts etiķete` label over a framed list of rules, each a line opened by a dash `– `, closing on a sentence; a reversed `Pirtnieka padoms` label over a piece signed flush right with a name, a comma and a role `Pēteris Kalniņš, pirtnieks`; an item whose last paragraph is a telephone line `Tālr. 26 418 930`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "Ziemas tradīcijas",
                        "title": "Pirts – ne tikai mazgāšanās vieta",
                        "subtitle": "Cēsu pusē pirtnieku skolā šoziem mācās divreiz vairāk cilvēku nekā pērn",
                        "byline": ["Teksts: Ilze Bērziņa", "Ilze Bērziņa"],
                        "photo_col": 1,
                        "caption": "Pirtnieks Pēteris Kalniņš gatavo bērzu slotas.",
                        "credit": "Jāņa Ozola foto",
                        "body": [
                            "Vēl pirms desmit gadiem pirts lauku sētā bija gandrīz vai katrā, taču pirts rituālus pārzināja tikai retais. Tagad interese atgriežas: pirtnieku skolā Cēsu pusē šoziem mācās vairāk nekā sešdesmit cilvēku.",
                            "„Pirts nav sacensības, kurš ilgāk izturēs karstumu. Tā ir atpūta ķermenim un prātam,” saka skolas vadītājs Pēteris Kalniņš, kurš pirti kurina jau trīsdesmit gadus.",
                            "Mācības ilgst četrus mēnešus, un tajās apgūst gan slotu siešanu, gan zāļu tējas.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Pirts etiķete",
                        "section": ["Pirts etiķete", None],
                        "box": True,
                        "listing": True,
                        "title": "Pirmo reizi pirtī",
                        "byline": None,
                        "body": [
                            "– Neēd pārāk daudz.",
                            "– Dzer ūdeni vai tēju.",
                            "– Neej pirtī slims.",
                            "– Ievēro pirtnieka padomus.",
                            "Alkohols pirtī nav vēlams.",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Pirtnieka padoms",
                        "section": ["Pirtnieka padoms", None],
                        "title": "Kā izvēlēties slotu",
                        "sign": True,
                        "byline": ["Pēteris Kalniņš, pirtnieks", "Pēteris Kalniņš"],
                        "body": [
                            "Bērza slotas vislabāk siet jūnija beigās, kad lapas ir izaugušas, bet vēl maigas. Pirms pirts sausu slotu uz brīdi iemērc siltā ūdenī, nevis verdošā.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Skola uzņem jaunus audzēkņus",
                        "byline": None,
                        "body": [
                            "Pirtnieku skola martā sāks jaunu mācību kursu. Nodarbības notiks sestdienās, un pieteikties var līdz februāra beigām.",
                            "Tālr. 26 418 930",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [MALASONG, TINGSHEN, NIANHUO, UZGAVENES, PIRTS]
