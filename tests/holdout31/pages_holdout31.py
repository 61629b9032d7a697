"""The text of every holdout31 page, written once: the drawing and the gold both come from here.

A field is a string, or a list of acceptable readings whose first element is the one printed
(`None` in a list: reading nothing there is also right). In Latin text a `~` marks the one place
a word may be split at a line end; it is drawn as a hyphen only when the split happens and never
reaches the gold. A body item is a paragraph string or `("h", heading)`. `runin` is printed at
the head of paragraph 1 in the same type (the Taiwan 【記者…】 byline). Figures sit at the head of
one body column of their article: `photo`, `pull` (a pull quote in large type repeating a
sentence of the text), `chart` (a bar chart box) and `table` (a ruled table that is furniture).
All papers, people, places and events are invented.
"""

PINGLUN = {
    "stem": "zh_sim_pinglun_page_benbao_pinglunyuan_lead_large_type_pull_quote_boxed_signed_zhuanlan_kuaiping_lailun_band",
    "script": "sc",
    "tess": ("chi_sim", "alto"),
    "scan": None,
    "masthead": ["清漳日报", "2026年12月1日　星期二", "第4版　评论"],
    "foot": "本版编辑：何　静　　美编：周　晓　　校对：孟　川",
    "date": "2026-12-01",
    "page": ["第4版", "4"],
    "bands": [
        [
            {
                "cols": (0, 3),
                "title": "旧厂房变“城市客厅”，别丢了烟火气",
                "byline": "本报评论员",
                "figures": {1: {"pull": "城市客厅，首先应该是家门口的客厅。"}},
                "body": [
                    "近日，位于清漳河畔的老纺织厂改造完工，锯齿形屋顶下开出了书店、咖啡馆和非遗工坊，周末客流一度突破两万人次。一座沉寂了二十年的旧厂房，重新成为市民愿意去、留得住的“城市客厅”。",
                    "城市更新，难在“新”与“旧”的分寸。拆掉重建最省事，却也最容易抹去一座城市的记忆。老纺织厂的做法值得肯定：保留了红砖外墙、行车轨道和车间编号，把工业遗存变成公共空间的底色，让老职工回来时还能认出当年的工位。",
                    "但也要看到，不少改造项目开业时热热闹闹，一年后却门可罗雀。原因并不复杂：店铺同质化，租金水涨船高，周边居民反倒成了“局外人”。一个只服务游客打卡的空间，很难真正长久。",
                    "留住烟火气，关键在于留住人。改造方案不妨多听听附近居民的意见，给修鞋铺、早餐摊、社区活动室留出位置，让租金结构照顾到小本经营。城市客厅，首先应该是家门口的客厅。",
                    "旧厂房的价值，不只在于建筑本身，更在于它承载的生活。让更新的城市既有新颜，也有温度，这份答卷值得每一座城市认真书写。",
                ],
            },
            {
                "cols": (3, 1),
                "box": True,
                "section": ["漳水杂谈", None],
                "title": "“慢一点”的菜市场",
                "byline": ["特约评论员　林见川", "林见川"],
                "body": [
                    "我家楼下的菜市场今年翻新了。地面干净了，摊位整齐了，扫码就能付款，连鱼摊都装上了排风扇。",
                    "可老顾客们最念叨的，还是那位卖豆腐的陈师傅。他记得谁家孩子爱吃嫩豆腐，谁家老人牙口不好，称完了总要多添一小块。",
                    "菜市场的好，不全在硬件。翻新时留住这些熟面孔，比多装几块电子屏更要紧。城市里的便利可以很快，人情最好慢一点。",
                ],
            },
        ],
        [
            {
                "cols": (0, 2),
                "section": ["快评", None],
                "title": "公共厕所的“小改变”值得点赞",
                "byline": ["宋　禾", "宋禾"],
                "byline_at_end": True,
                "body": [
                    "清漳市今年改造的八十座公共厕所，加装了扶手、挂钩和母婴台，有的还增设了“第三卫生间”。这些改变花钱不多，却处处替使用者着想。",
                    "民生无小事。城市管理多在细节上用心，群众的获得感就会多一分。",
                ],
            },
            {
                "cols": (2, 2),
                "section": ["来论", None],
                "title": "别让“预付卡”变成“烦心卡”",
                "byline": ["韩　露", "韩露"],
                "body": [
                    "健身房、理发店、培训机构，预付卡几乎无处不在。可一旦商家关门跑路，消费者手里的卡就成了一张废纸。",
                    "治理预付卡乱象，既要督促商家把预收资金存入监管账户，也要提醒消费者理性办卡，不贪一时折扣。多方合力，才能让“预付”回归便利的本意。",
                ],
            },
        ],
    ],
}

CAIJING = {
    "stem": "zh_sim_scan_caijing_page_yinti_lead_bar_chart_box_zhitu_credit_price_table_furniture_benbaoxun_band",
    "script": "sc",
    "tess": ("chi_sim", "hocr"),
    "scan": {"angle": 0.7, "seed": 31, "quality": 40},
    "masthead": ["溪城日报", "2026年12月1日　星期二", "第6版　财经"],
    "foot": "本版编辑：程　立　　新闻热线：96577",
    "date": "2026-12-01",
    "page": ["第6版", "6"],
    "bands": [
        [
            {
                "cols": (0, 3),
                "kicker": "前三季度全市社会消费品零售总额增长6.8%",
                "title": "夜间消费撑起城市“新钱袋”",
                "byline": ["本报记者　龚晓岚", "龚晓岚"],
                "figures": {
                    2: {
                        "chart": {
                            "caption": "前三季度各区社会消费品零售总额（亿元）",
                            "bars": [
                                ("城东区", "86.4"),
                                ("城西区", "71.2"),
                                ("高新区", "58.9"),
                                ("滨江区", "42.1"),
                            ],
                            "credit": "制图：冯　越",
                        }
                    }
                },
                "body": [
                    "晚上九点，溪城老街的灯笼次第亮起，小吃摊前排起长队，街角的小剧场里正在试音。今年以来，溪城把老街、滨江步道和三处商业综合体串成“夜溪城”消费带，夜间客流明显回升。",
                    "市统计局昨日发布的数据显示，前三季度全市实现社会消费品零售总额258.6亿元，同比增长6.8%，其中晚6点至次日凌晨2点的夜间消费占比达到37%，比去年同期提高4个百分点。",
                    "“夜间经济不是简单地延长营业时间。”市商务局有关负责人介绍，今年全市新增夜间公交线路6条，地铁周末运营延长至零点，老街周边新建停车位1200个，让市民“逛得晚、回得去”。",
                    "从各区看，城东区依托老街和大型商圈，消费总额继续领跑；高新区新开的两座商业综合体带动了周边餐饮、影院客流，增速居全市首位。",
                    "业内人士提醒，夜间消费热起来的同时，噪声、油烟、垃圾清运等问题也需同步治理，避免“热闹了商户、吵醒了居民”。",
                ],
            },
            {
                "cols": (3, 1),
                "figures": {
                    0: {
                        "table": {
                            "title": "溪城主要农产品批发均价（11月30日）",
                            "rows": [
                                ("品名", "单位", "均价"),
                                ("大白菜", "元/公斤", "1.30"),
                                ("土豆", "元/公斤", "2.60"),
                                ("猪肉", "元/公斤", "24.80"),
                                ("鸡蛋", "元/公斤", "9.40"),
                            ],
                        }
                    }
                },
            },
            {
                "cols": (3, 1),
                "title": "金价回落　金饰店客流回升",
                "body": [
                    "本报讯　近一周国际金价震荡回落，溪城多家金饰店客流明显回升。记者昨日在中山路几家金店看到，不少市民趁周末选购婚庆金饰和小克重的生肖挂件。",
                    "店员介绍，目前足金饰品报价每克较上月高点回落约三十元。业内人士提醒，金价波动较大，普通消费者购买金饰应以佩戴需求为主，不宜盲目跟风囤货。",
                ],
            },
        ],
        [
            {
                "cols": (0, 2),
                "title": "溪城首条数字人民币示范街开街",
                "byline": ["本报通讯员　陶　然", "陶　然", "陶然"],
                "body": [
                    "11月28日，位于城西区的锦里路数字人民币示范街正式开街。街上六十余家商户全部支持数字人民币支付，开街首日交易笔数超过四千笔。",
                    "据介绍，示范街还推出了“满五十减十”的消费红包，市民在手机上开通数字钱包即可领取，活动将持续到明年元旦。",
                ],
            },
            {
                "cols": (2, 2),
                "title": "小微企业首贷户同比多了三成",
                "body": [
                    "本报讯　记者从溪城市金融工作局获悉，今年以来，全市新增小微企业首贷户2860户，同比增长31%，普惠小微贷款平均利率降至4.1%。",
                    "为解决小微企业“不敢贷、不会贷”的难题，溪城组织四十多家银行网点开展“进园区、进市场”走访活动，面对面讲解信贷政策。",
                ],
            },
        ],
    ],
}

TAIWAN = {
    "stem": "zh_tra_tw_shenghuo_page_jizhe_baodao_runin_bylines_in_lenticular_brackets_fubiao_photo_sheying_credit",
    "script": "tc",
    "tess": ("chi_tra", "tsv"),
    "scan": None,
    "masthead": ["嘉禾日報", "中華民國115年12月1日　星期二", "A9　生活新聞"],
    "foot": "主編：簡立芸　美編：邱偉翔",
    "date": "2026-12-01",
    "page": ["A9", "9"],
    "bands": [
        [
            {
                "cols": (0, 2),
                "title": "銀髮族瘋學手機　社區大學開班秒殺",
                "subtitle": "長輩學視訊、學叫車　志工一對一陪練",
                "runin": "【記者賴佩君／嘉禾報導】",
                "byline": ["【記者賴佩君／嘉禾報導】", "記者賴佩君／嘉禾報導", "賴佩君"],
                "figures": {
                    1: {
                        "photo": {
                            "h": 230,
                            "caption": "長輩在志工陪同下練習用手機視訊。",
                            "credit": "記者賴佩君／攝影",
                        }
                    }
                },
                "body": [
                    "「以前孫子教我，講兩遍就不耐煩了，現在來上課，老師會一直等我。」七十六歲的陳阿嬤拿著手機，笑著說自己終於學會和住在外縣市的孫女視訊。",
                    "嘉禾社區大學今年秋季開設的「長輩智慧手機班」，四個班次一百二十個名額，開放報名不到半天就額滿。課程從開機、打字教起，再到使用地圖、線上掛號和叫車，每堂課都有志工一對一陪練。",
                    "社大主任許文彬表示，許多長輩不是學不會，而是怕按錯、怕被騙，因此課程特別加入防詐騙單元，教大家辨認假簡訊和可疑連結。下學期預計再增開兩個班。",
                    "報名學員中年紀最大的是八十九歲的王阿公。他說，學會用手機掛號後，再也不用一大早到醫院排隊，「自己會用，就不用麻煩孩子請假陪我」。",
                ],
            },
            {
                "cols": (2, 2),
                "title": "冬季流感升溫　醫師籲高風險族群快接種",
                "runin": "【記者鄭宇翔／溪口報導】",
                "byline": ["【記者鄭宇翔／溪口報導】", "記者鄭宇翔／溪口報導", "鄭宇翔"],
                "body": [
                    "天氣轉涼，流感疫情開始升溫。縣衛生局最新監測資料顯示，上週類流感門急診就診人次較前一週增加百分之十二，其中以十五歲以下兒童增幅最明顯。",
                    "溪口醫院感染科主任蘇明哲提醒，六十五歲以上長者、幼兒及慢性病患者屬於高風險族群，感染後容易引發肺炎等併發症，應盡早接種公費流感疫苗。",
                    "蘇明哲也建議，民眾外出時勤洗手，出現發燒、咳嗽等症狀應戴口罩並在家休息，避免到人多的場所。",
                ],
            },
        ],
        [
            {
                "cols": (0, 2),
                "title": "夜市推減塑　自備餐具享折扣",
                "runin": "【記者何欣怡／南屏報導】",
                "byline": ["【記者何欣怡／南屏報導】", "記者何欣怡／南屏報導", "何欣怡"],
                "body": [
                    "南屏夜市從本月起推動減塑，民眾自備餐具或環保杯購買小吃，可享五元折扣，目前已有八十多個攤位響應。",
                    "夜市自治會會長林正雄說，夜市每晚產生的一次性餐具垃圾多達兩千多公斤，希望透過小小的優惠，慢慢改變大家的習慣。",
                    "不少攤商也改用紙製餐盒和可重複使用的竹筷，自治會另在入口設置洗杯台，方便民眾清洗自備的杯子。",
                ],
            },
            {
                "cols": (2, 2),
                "title": "老屋變身繪本館　週末說故事",
                "runin": "【記者周柏翰／嘉禾報導】",
                "byline": ["【記者周柏翰／嘉禾報導】", "記者周柏翰／嘉禾報導", "周柏翰"],
                "body": [
                    "嘉禾老街一棟百年木造老屋，經過兩年整修，昨天以繪本館的新面貌開放，館內收藏中外繪本三千多冊。",
                    "館方每週六下午安排志工說故事，並開設親子手作課程，免費參加，現場報名即可。",
                    "館長江美惠表示，老屋的檜木樑柱大多保留原貌，整修時只更換了腐朽的部分，希望讓孩子看繪本的同時，也認識老街的歷史。",
                ],
            },
        ],
    ],
}

POLISH = {
    "stem": "pl_scan_gazeta_regionalna_nadtytul_caps_bold_lead_caps_byline_fot_credit_w_skrocie_place_dot_briefs_polish_hyphenation",
    "script": "latin",
    "tess": ("deu", "pdf"),
    "scan": {"angle": -1.0, "seed": 7, "quality": 42},
    "masthead": ["GŁOS POJEZIERZA", "Wtorek, 1 grudnia 2026", "Region | 7"],
    "foot": "Głos Pojezierza | Region | 7",
    "date": "2026-12-01",
    "page": ["7"],
    "bands": [
        [
            {
                "cols": (0, 3),
                "kicker": "KOMUNIKACJA",
                "title": "Nowy most na Wierzance otwarty. Kierowcy odetchną",
                "subtitle": "Po dwóch latach budowy kierowcy jadący z Lipnicy do Borowa nie muszą już nadkładać trzydziestu kilometrów. Nowa przeprawa kosztowała 48 mln zł.",
                "byline": ["MARTA ZIELIŃSKA", "Marta Zielińska"],
                "figures": {
                    1: {
                        "photo": {
                            "h": 250,
                            "caption": "Pierwsze samochody na nowym moście w Lipnicy",
                            "credit": "Fot. Piotr Wąsik",
                        }
                    }
                },
                "body": [
                    "W poniedziałek o godz. 10 przez most przejechały pierwsze samo~chody. Na otwarcie przyszło kilkuset miesz~kańców obu brzegów, a wielu z nich pamię~tało jeszcze starą drewnianą przeprawę, rozebraną po powodzi w 2019 roku.",
                    "– Przez sześć lat do pracy w Borowie jeździłam okrężną drogą przez Dąbrowice. Teraz zajmie mi to kwadrans – mówiła pani Halina, emerytowana nauczy~cielka z Lipnicy.",
                    "Most ma 186 metrów długości, dwa pasy ruchu, chodnik i drogę dla rowerów. Inwestycję w trzech czwartych sfinan~sowano ze środków unijnych, resztę dołożył powiat i gminy leżące nad rzeką.",
                    "Jak zapowiada starosta Andrzej Wróbel, w przyszłym roku powiat wyremontuje także drogę dojaz~dową od strony Borowa. – Chcemy, żeby ciężarówki nie jeździły przez centrum wsi – podkreślił.",
                    "Budowa nie obyła się bez kłopotów. Wiosną ubiegłego roku prace wstrzy~mano na cztery miesiące, bo w korycie rzeki znale~ziono niewy~buchy z czasów wojny. Wyko~nawca zapewnia jednak, że opóźnienie nie wpłynęło na koszty.",
                ],
            },
            {
                "cols": (3, 1),
                "section": ["W SKRÓCIE", None],
                "title": "Lipnica. Zbiórka dla schroniska",
                "body": [
                    "Uczniowie szkoły podstawowej nr 2 zebrali ponad 300 kilogramów karmy dla zwierząt ze schro~niska w Kamionce. Akcja potrwa do piątku.",
                ],
            },
            {
                "cols": (3, 1),
                "section": [None, "W SKRÓCIE"],
                "title": "Borowo. Nowe godziny przychodni",
                "body": [
                    "Od 1 grudnia przychodnia przy ul. Leśnej będzie czynna do godz. 19. W soboty lekarz przyjmuje od 8 do 12.",
                ],
            },
            {
                "cols": (3, 1),
                "section": [None, "W SKRÓCIE"],
                "title": "Kamionka. Koncert kolęd",
                "body": [
                    "W niedzielę o godz. 17 w kościele parafialnym w Kamionce wystąpi chór „Pogłos” z Lipnicy. Wstęp wolny.",
                ],
            },
        ],
        [
            {
                "cols": (0, 4),
                "title": "Jarmark bożonarodzeniowy wraca na rynek",
                "byline": ["ANNA KOS", "Anna Kos"],
                "body": [
                    "Po rocznej przerwie na rynek w Lipnicy wraca jarmark bożo~narodzeniowy. Od 12 do 20 grudnia stanie tam trzydzieści drewnianych domków z rękodziełem, miodem i regionalnymi przysmakami.",
                    "Organizatorzy zapowiadają też lodowisko, występy zespołów ludowych i wspólne śpiewanie kolęd w ostatni wieczór jarmarku. Wstęp na wszystkie wydarzenia będzie bezpłatny.",
                    "– Chcemy, żeby mieszkańcy znów spotykali się w centrum, a nie tylko w galeriach handlowych – mówi Ewa Nowicka z urzędu gminy. Kupcy, którzy chcą wystawić swoje stoisko, mogą się zgłaszać do 5 grudnia.",
                ],
            },
        ],
    ],
}

CZECH = {
    "stem": "cs_tydenik_perex_bold_mezititulky_headings_signature_at_end_kratce_items_initials_in_brackets",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": None,
    "masthead": ["LOMNICKÝ TÝDENÍK", "Úterý 1. prosince 2026", "Zpravodajství | 3"],
    "foot": "3 | Lomnický týdeník | číslo 48",
    "date": "2026-12-01",
    "page": ["3"],
    "bands": [
        [
            {
                "cols": (0, 3),
                "title": "Škola v Horní Lhotě dostane novou tělocvičnu",
                "subtitle": "Obec získala dotaci ve výši 14 milionů korun. Stavba začne na jaře a děti by mohly cvičit v nové hale už za rok.",
                "byline": "Jana Kořínková",
                "byline_at_end": True,
                "body": [
                    "Děti ze základ~ní školy v Horní Lho~tě dosud cho~dily na tělocvik do sálu místní hospo~dy. Ten je ale malý, v zimě špatně vytá~pěný a na mí~čové hry se tam prak~ticky nedá hrát.",
                    "„Deset let jsme o tělo~cvičnu žádali, teď koneč~ně máme pení~ze pohro~madě,“ řekl staros~ta Pavel Novot~ný. Obec přidá ze svého roz~počtu necelé čtyři milio~ny korun.",
                    ("h", "Hala i pro spolky"),
                    "Nová hala bude mít hrací plo~chu pro volej~bal, basket~bal i flor~bal, šatny a malé hlediš~tě. Ve~čer a o víken~dech ji budou moci využí~vat místní spolky a hasiči.",
                    "Stavět se začne v dubnu, ho~tovo má být do konce příštího roku. Škola zatím hledá náhrad~ní pros~tory pro výu~ku tělo~cviku během stavby.",
                    ("h", "Doprava se omezí"),
                    "Během stavby se uza~vře část Školní ulice. Rodi~če, kteří vozí děti au~tem, budou muset parko~vat u obec~ního úřadu.",
                    "Obec proto požá~dala dopravce o posu~nutí autobu~sové zastávky blíž ke škole, aby děti nemu~sely přecházet frekvento~vanou silnici.",
                ],
            },
            {
                "cols": (3, 1),
                "section": ["Krátce", None],
                "title": "Knihovna prodlouží otevírací dobu",
                "byline": ["(jk)", "jk"],
                "byline_at_end": True,
                "body": [
                    "Měst~ská knihov~na v Lomnici bude od prosince otevře~na i ve středu odpo~ledne, a to do 18 hodin. Knihovna zároveň rozšíří nabídku audio~knih.",
                ],
            },
            {
                "cols": (3, 1),
                "section": [None, "Krátce"],
                "title": "Adventní trh na náměstí",
                "byline": ["(red)", "red"],
                "byline_at_end": True,
                "body": [
                    "První advent~ní trh se uskuteč~ní v sobotu od 9 hodin. Prodá~vat se budou věnce, svíč~ky a perní~ky.",
                ],
            },
            {
                "cols": (3, 1),
                "section": [None, "Krátce"],
                "title": "Svoz odpadu o svátcích",
                "byline": ["(mš)", "mš"],
                "byline_at_end": True,
                "body": [
                    "Popelnice se o vánočních svátcích budou vyvážet ve čtvrtek 24. prosince dopo~ledne a ve středu 30. prosince.",
                ],
            },
        ],
        [
            {
                "cols": (0, 4),
                "title": "Hasiči z Bukové oslavili sto let",
                "byline": "Tomáš Beneš",
                "byline_at_end": True,
                "body": [
                    "Sbor dobro~volných hasičů v Bukové oslavil v sobotu sto let od své~ho zalo~žení. Do obce se sjely desít~ky hostů z okol~ních sborů i ze soused~ního Polska.",
                    "Na návsi si návštěv~níci mohli prohléd~nout histo~rickou ruční stří~kačku z roku 1926, kterou čle~nové sboru sami zreno~vo~vali.",
                    "„Hasiči tu vždyc~ky byli nejen od požá~rů, ale i od zába~vy. Bez nich by v ob~ci nebyl ples ani dětský den,“ řekla sta~rostka Bukové Marie Svobo~dová.",
                    "Oslavy vyvrcho~lily večerní taneční zába~vou v sále obecního úřadu, kde hrála dechová hudba z neda~lekých Kamenic.",
                    "Sbor dnes má třicet dva členů, z toho devět žen, a už patnáct let vede také kroužek mladých hasičů, do kterého chodí dvacet dětí z Bukové a okolí.",
                ],
            },
        ],
    ],
}

PAGES = [PINGLUN, CAIJING, TAIWAN, POLISH, CZECH]
