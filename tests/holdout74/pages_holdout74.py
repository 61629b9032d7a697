"""The text of every holdout74 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, shops, courts' cases, councils' decisions and events are invented; real towns and regions
are only settings. A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold.
`label` sets a reversed label over an article (its `section`); `brief` sets the head in the deck size (a brief
column's bold item head); `tight` sets the first line of text directly under the head; `inline_byline` marks a
byline printed only inside the first paragraph's opener (本报讯（记者…）, 〔記者…／…報導〕); `jump` is a jump line
set flush right at the story's foot (furniture). Latin words may hold `~`: the only places a line may break
inside a word (none is used on these pages).
"""

CHENGSHI = {
    "stem": "zh_sim_local_news_page_laoxiaoqu_dianti_lead_photo_jump_line_chengshi_jianxun_briefs_benbaoxun_tight_heads_second_story",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 6,
    "masthead": ["鉴湖日报", "2027年4月14日　星期三", "第2版　城事"],
    "date": "2027-04-14",
    "page": ["第2版　城事", "第2版", "2"],
    "foot": "鉴湖日报　第2版　城事　　责任编辑：甘　露　　新闻热线：0575-8512366",
    "note": "A city news page: a lead over four of six columns (kicker, head, subtitle, byline, a subhead, a photo heading its first column with caption and credit, a jump line at its foot); in the right third a reversed `城事简讯` label over three briefs, each a bold head set directly over a 本报讯 opener; under a rule a second story over four columns whose head sits directly over a 本报讯（记者…） opener, and a third story over two columns.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "越城区今年改造十二个老旧小区",
                        "title": "老楼装上电梯　六十户圆了“下楼梦”",
                        "subtitle": "费用按楼层分摊　一楼住户不出钱也签了字",
                        "byline": ["本报记者　方静怡", "方静怡"],
                        "ncol": 3,
                        "photo_col": 0,
                        "caption": "新装的电梯昨天通过验收，住在六楼的老人第一次坐电梯下楼。",
                        "credit": "本报记者　方静怡　摄",
                        "jump": "（下转第4版）",
                        "body": [
                            "昨天上午，越城区塔山街道稽山新村八幢的电梯通过验收。住在六楼的八十一岁老人沈阿婆坐着电梯下了楼，她说，这是她三年来第一次自己下楼晒太阳。",
                            "稽山新村建于上世纪八十年代，六层楼房没有电梯，住着不少老人。去年起，街道和社区挨家挨户上门商量，最终八幢楼的住户全部同意加装电梯。",
                            ("h", "一楼住户也签了字"),
                            "加装电梯最难的是一楼住户。社区书记说，电梯对一楼没有用处，还可能挡住光线。后来设计单位把井道改到楼梯一侧，不挡窗户，一楼住户也签了字。",
                            "电梯费用由住户按楼层分摊，楼层越高出得越多，一楼和二楼不出钱，区里另外给予每台二十万元补助。",
                            "据了解，今年越城区计划改造十二个老旧小区，除加装电梯外，还将更换雨污管道、增设停车位和充电桩，小区里的",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "label": "城事简讯",
                        "section": ["城事简讯", None],
                        "brief": True,
                        "tight": True,
                        "title": "环城河新增两处亲水平台",
                        "ncol": 1,
                        "body": [
                            "本报讯　环城河西段两处亲水平台近日完工，平台设有栏杆和休息座椅，市民可以在岸边散步赏景。",
                        ],
                    },
                    {
                        "section": [None, "城事简讯"],
                        "brief": True,
                        "tight": True,
                        "title": "城南菜场周日起临时搬迁",
                        "byline": ["通讯员　任　可", "任　可", "任可"],
                        "inline_byline": True,
                        "ncol": 1,
                        "body": [
                            "本报讯（通讯员　任　可）城南菜场本周日起进行改造，摊位临时搬到对面停车场，营业时间不变，预计七月中旬搬回。",
                        ],
                    },
                    {
                        "section": [None, "城事简讯"],
                        "brief": True,
                        "tight": True,
                        "title": "市图书馆开设周末书法课",
                        "ncol": 1,
                        "body": [
                            "本报讯　市图书馆本月起每周六下午开设免费书法课，面向十岁以上读者，每期二十人，可在图书馆公众号报名。",
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
                        "tight": True,
                        "title": "公交七路延伸到高铁北站",
                        "byline": ["记者　蔡明远", "蔡明远"],
                        "inline_byline": True,
                        "ncol": 3,
                        "body": [
                            "本报讯（记者　蔡明远）从下周一起，公交七路将从镜湖新区延伸到高铁北站，全程增加四个站点，首班车提前到早上五点半。",
                            "市公交集团介绍，以往乘客从北站出来要换乘两次才能进城，线路延伸后可以一车直达古城。",
                            "高峰时段发车间隔为十分钟，平峰时段为十五分钟，票价仍为两元。",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "title": "社区食堂开进老街",
                        "ncol": 1,
                        "body": [
                            "仓桥直街的社区食堂本月开业，六十岁以上老人凭卡就餐可打八折。",
                            "食堂每天供应早餐和午餐，午餐三荤三素，附近的环卫工人也常来吃饭。",
                        ],
                    }
                ],
                4,
                2,
            ),
        ],
    ],
}

FAYUAN = {
    "stem": "zh_tra_scan_court_news_page_fayuan_xiangling_jiufen_lead_photo_jump_line_fating_jianxun_briefs_jizhe_baodao_opener_second_story",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": True,
    "seed": 74002,
    "angle": -0.6,
    "ncols": 4,
    "masthead": ["澄浦日報", "中華民國116年3月18日　星期四", "A5　社會司法"],
    "date": "2027-03-18",
    "page": ["A5　社會司法", "A5"],
    "foot": "澄浦日報　A5　社會司法　　責任編輯：溫子謙　　讀者服務專線：04-2261-3358",
    "note": "A court news page (scanned): over three of four columns a lead on a neighbours' leaking-ceiling suit (kicker, head, subtitle, byline `記者林佩萱／台中報導` over the text, a subhead, a 「」 quote, a photo heading its second column with caption and credit, a jump line at its foot); in the fourth column a reversed `法庭簡訊` label over three briefs, each a bold head set directly over its text; under a rule a second story over four columns whose head sits directly over a `〔記者鄭宇翔／台中報導〕` opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "台中地院審結樓上樓下漏水糾紛",
                        "title": "天花板漏水三年　樓上判賠八萬",
                        "subtitle": "法官採鑑定報告　認定浴室防水層老化",
                        "byline": ["記者林佩萱／台中報導", "林佩萱"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "原告家中天花板仍留有大片水漬。",
                        "credit": "記者林佩萱／攝影",
                        "jump": "（下轉A6版）",
                        "body": [
                            "台中市北區一棟公寓的樓上樓下，因天花板漏水爭執三年，住在三樓的住戶提告求償。台中地院審理後認定，漏水來自四樓浴室防水層老化，判四樓屋主應賠償八萬元並負責修繕。",
                            "三樓住戶說，浴室天花板從前年開始滴水，牆壁也長出壁癌，多次上樓溝通都沒有結果，只好請鑑定公司到場檢測。",
                            ("h", "鑑定報告成為關鍵"),
                            "鑑定公司在四樓浴室放水測試，發現樓下天花板一小時後就出現水痕。四樓屋主則辯稱，房子屋齡四十年，漏水也可能來自公共管線。",
                            "法官認為，鑑定報告已排除公共管線的可能，四樓屋主對自己的浴室有修繕義務，「不能因房子老舊就把責任推給鄰居」。",
                            "全案仍可上訴。律師提醒，鄰居漏水糾紛可先向區公所申請調解，費用低、時間也短，若調解不成，",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "法庭簡訊",
                        "section": ["法庭簡訊", None],
                        "brief": True,
                        "tight": True,
                        "title": "酒駕撞路樹　判刑四月",
                        "ncol": 1,
                        "body": [
                            "一名男子酒後駕車撞上路樹，酒測值超標，台中地院依公共危險罪判處有期徒刑四個月，得易科罰金。",
                        ],
                    },
                    {
                        "section": [None, "法庭簡訊"],
                        "brief": True,
                        "tight": True,
                        "title": "網購詐騙　兩人起訴",
                        "ncol": 1,
                        "body": [
                            "兩名男子在網路上假賣演唱會門票，騙走三十多名買家的訂金，檢方依詐欺罪將兩人起訴。",
                        ],
                    },
                    {
                        "section": [None, "法庭簡訊"],
                        "brief": True,
                        "tight": True,
                        "title": "偷摘文旦　緩起訴",
                        "ncol": 1,
                        "body": [
                            "一名婦人到果園偷摘文旦，事後賠償果農並道歉，檢方給予緩起訴處分。",
                        ],
                    },
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "tight": True,
                        "title": "國民法官首度審理　八人全程旁聽筆記",
                        "byline": ["記者鄭宇翔／台中報導", "鄭宇翔"],
                        "inline_byline": True,
                        "ncol": 3,
                        "body": [
                            "〔記者鄭宇翔／台中報導〕台中地院昨天首度由國民法官參與審理一件傷害致死案，六名國民法官與兩名備位國民法官全程坐在法檯上聽審，不時低頭寫筆記。",
                            "審判長開庭前先向國民法官說明證據規則，提醒他們只能依法庭上出現的證據判斷，不要上網搜尋案情。",
                            "一名國民法官在休息時說，沒想到會被抽中，「責任很重，但也更了解法院在做什麼」。本案預計下週宣判。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

XIANYU = {
    "stem": "zh_sim_county_news_page_xiangcun_gongjiao_lead_photo_xianyu_kuaixun_briefs_left_benbaoxun_tight_heads_second_story_jump_line",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["萍川晚报", "2027年9月9日　星期四", "第6版　县域"],
    "date": "2027-09-09",
    "page": ["第6版　县域", "第6版", "6"],
    "foot": "萍川晚报　第6版　县域　　编辑：黎　舒　　校对：孔　婷",
    "note": "A county news page: in the first of four columns a reversed `县域快讯` label over three briefs, each a bold head set directly over a 本报讯 opener; over columns 2–4 a lead on a new village bus line (kicker, head, subtitle, byline, a subhead, a photo heading its second column with caption and credit); under a rule a second story over two columns whose head sits directly over a 本报讯（记者…） opener with a jump line at its foot, and a third story over two columns.",
    "rows": [
        [
            (
                [
                    {
                        "label": "县域快讯",
                        "section": ["县域快讯", None],
                        "brief": True,
                        "tight": True,
                        "title": "宣风镇新建两座卫生室",
                        "ncol": 1,
                        "body": [
                            "本报讯　宣风镇两座村级卫生室日前投入使用，村民看小病、量血压、开常用药不必再跑镇上。",
                        ],
                    },
                    {
                        "section": [None, "县域快讯"],
                        "brief": True,
                        "tight": True,
                        "title": "芦溪中学新增两百床位",
                        "ncol": 1,
                        "body": [
                            "本报讯　芦溪中学新宿舍楼秋季开学前完工，新增两百个床位，山区学生周末可乘学校包车回家。",
                        ],
                    },
                    {
                        "section": [None, "县域快讯"],
                        "brief": True,
                        "tight": True,
                        "title": "南坑水库下月禁止垂钓",
                        "ncol": 1,
                        "body": [
                            "本报讯　南坑水库是全县饮用水水源地，下月一日起库区全面禁止垂钓和游泳，违者将被处罚。",
                        ],
                    },
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "big": True,
                        "kicker": "全县最后三个行政村通了客车",
                        "title": "山里人坐上了“家门口的公交”",
                        "subtitle": "票价两元　每天往返六趟",
                        "byline": ["本报记者　易文韬", "易文韬"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "首班乡村公交驶入万龙山乡塘背村。",
                        "credit": "本报记者　易文韬　摄",
                        "body": [
                            "九月八日早上七点，一辆绿色的中巴车开进万龙山乡塘背村。村口等车的十几位村民一拥而上，七十岁的刘大爷说，以前去县城赶集要走一个小时山路，现在在家门口就能上车。",
                            "随着这条线路开通，芦溪县最后三个不通客车的行政村全部通了公交。线路全长二十八公里，沿途设九个站点，票价两元，每天往返六趟。",
                            ("h", "学生放学也能坐车"),
                            "县交通运输局介绍，发车时间专门考虑了学生上下学和村民赶集的需要，周五下午还加开一趟，方便住校学生回家。",
                            "司机说，山路弯多坡陡，公司安排的都是开了十年以上山路的老司机，车上还配了安全员。",
                            "下一步，县里还打算在沿线村子设快递代收点，让公交车顺路捎带包裹。",
                        ],
                    }
                ],
                1,
                3,
            ),
        ],
        [
            (
                [
                    {
                        "tight": True,
                        "title": "今年秋粮有望再获丰收",
                        "byline": ["记者　黄启明", "黄启明"],
                        "inline_byline": True,
                        "ncol": 2,
                        "jump": "（下转第7版）",
                        "body": [
                            "本报讯（记者　黄启明）眼下正是晚稻灌浆的关键时期，记者在银河镇看到，连片稻田长势良好，农技人员正在田间查看病虫害情况。",
                            "县农业农村局预计，今年全县晚稻种植面积稳定在十八万亩左右，如果后期天气正常，秋粮产量有望超过去年。",
                            "为防止秋旱，全县已清理灌溉渠道六十多公里，并准备了抽水设备。同时，县农技中心组织了三支",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "老党员义务修路二十年",
                        "ncol": 2,
                        "body": [
                            "在上埠镇麻田村，七十三岁的老党员钟德胜二十年来义务修补村里的山路，哪里有坑就用碎石填平。",
                            "村民说，下雨天路滑，他总是第一个扛着锄头出门，村里的孩子都叫他“修路爷爷”。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

LUGANDA = {
    "stem": "lg_scan_local_council_news_page_akatale_market_lead_bya_byline_photo_jump_line_amawulire_amampi_briefs_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 74004,
    "angle": 0.5,
    "ncols": 4,
    "markup": [],
    "masthead": ["Eddoboozi lya Buddu", "Lwakuna, Agusito 12, 2027", "Amawulire · 3"],
    "date": "2027-08-12",
    "page": ["Amawulire · 3", "3"],
    "foot": "Eddoboozi lya Buddu · Amawulire · 3 · Omusunsuzi: Kato Ronald",
    "note": "A Luganda weekly's local news page (scanned): over three of four columns a lead on a town market's opening (kicker, head, subtitle, byline `Bya Nalubega Joan`, a subhead, a “…” quote, a photo heading its second column with caption and credit, a jump line at its foot); in the fourth column a reversed `Amawulire amampi` label over three briefs, each a bold head set directly over its text; under a rule a second story over four columns whose head sits directly over a `MASAKA —` dateline opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Abasuubuzi 300 bafunye emidaala emipya",
                        "title": "Akatale k'e Nyendo kaggulwawo",
                        "subtitle": "Munisipaali esuubizza amazzi n'amataala ag'ekiro",
                        "byline": ["Bya Nalubega Joan", "Nalubega Joan"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "Abasuubuzi nga bateeka ebyamaguzi byabwe ku midaala emipya.",
                        "credit": "Ekifaananyi: Nalubega Joan",
                        "jump": "Kigenda mu maaso ku lupapula 4",
                        "body": [
                            "Abasuubuzi b'omu katale k'e Nyendo mu kibuga Masaka bajaguza ku Lwokubiri oluvannyuma lw'akatale kaabwe akapya okuggulwawo mu butongole.",
                            "Akatale kano kaazimbibwa ku nsimbi za gavumenti ez'obukadde kkumi na bubiri, era kalimu emidaala ebikumi bisatu n'amaduuka amatono amakumi abiri.",
                            ("h", "Enkuba tekyabatawaanya"),
                            "Nakimera Rose, atunda ennyaanya, agamba nti edda enkuba bwe yatonnyanga baddukiranga wansi w'emiti. “Kaakano tuli wansi w'akasolya, ebyamaguzi byaffe tebikyayonooneka,” bw'agamba.",
                            "Meeya wa munisipaali agambye nti omwezi ogujja bagenda kuteekamu amazzi n'amataala ag'ekiro, abasuubuzi basobole okukola okutuusa essaawa nnya ez'ekiro.",
                            "Wabula abamu ku basuubuzi beemulugunya ku musolo gwa buli mwezi ogwa siringi emitwalo ebiri, gwe bagamba nti munene nnyo okusinga",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Amawulire amampi",
                        "section": ["Amawulire amampi", None],
                        "brief": True,
                        "tight": True,
                        "title": "Ekkubo ly'e Kyabakuza lizzibwawo",
                        "ncol": 1,
                        "body": [
                            "Kkampuni ekola amakubo etandise okuddaabiriza ekkubo ly'e Kyabakuza erimaze emyezi esatu nga lirimu ebinnya. Omulimu gusuubirwa okuggwa mu wiiki bbiri.",
                        ],
                    },
                    {
                        "section": [None, "Amawulire amampi"],
                        "brief": True,
                        "tight": True,
                        "title": "Abaana 40 bagemeddwa",
                        "ncol": 1,
                        "body": [
                            "Abasawo b'eddwaliro ly'e Kitovu bagemye abaana amakumi ana ab'omu Kimaanya ku Lwokusatu. Abazadde basabiddwa okukuuma kaadi z'abaana.",
                        ],
                    },
                    {
                        "section": [None, "Amawulire amampi"],
                        "brief": True,
                        "tight": True,
                        "title": "Nyendo ekubye Katwe",
                        "ncol": 1,
                        "body": [
                            "Ttiimu y'abavubuka ey'e Nyendo ekubye ey'e Katwe ggoolo bbiri ku emu mu mpaka za munisipaali ku kisaawe kya Masaka.",
                        ],
                    },
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "tight": True,
                        "title": "Abalimi ba kaawa batendekeddwa",
                        "ncol": 3,
                        "body": [
                            "MASAKA — Abalimi ba kaawa okuva mu bitundu bya Buddu abasoba mu kikumi batendekeddwa engeri y'okukuumamu kaawa waabwe nga tannatundibwa.",
                            "Abatendesi babalaze engeri y'okwanika kaawa ku mikeeka so si ku ttaka, kaawa asigale nga mulungi era atundibwe ku bbeeyi ennungi.",
                            "Omu ku balimi, Ssemwogerere Paul, agambye nti okutendekebwa kuno kujja kubayamba okufuna ssente nnyingi okusinga bwe kyali edda.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

MINANG = {
    "stem": "min_minangkabau_city_news_page_angkot_trayek_lead_ditulih_dek_byline_photo_jump_line_kaba_singkek_briefs_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "markup": [],
    "masthead": ["Suaro Ranah", "Kamih, 18 Maret 2027", "Kaba Kota · 5"],
    "date": "2027-03-18",
    "page": ["Kaba Kota · 5", "5"],
    "foot": "Suaro Ranah · Kaba Kota · 5 · Redaktur: Fadli Mahyuddin",
    "note": "A Minangkabau daily's city news page: over three of four columns a lead on a new minibus route (kicker, head, subtitle, byline `Ditulih dek Rini Oktaviani`, a subhead, a “…” quote, a photo heading its second column with caption and credit, a jump line at its foot); in the fourth column a reversed `Kaba Singkek` label over three briefs, each a bold head set directly over its text; under a rule a second story over four columns whose head sits directly over a `BUKIKTINGGI —` dateline opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Trayek angkot baru dibukak",
                        "title": "Urang Ngarai indak payah lai ka pasa",
                        "subtitle": "Ongkosnyo tigo ribu rupiah, oto bajalan satiok limo baleh minik",
                        "byline": ["Ditulih dek Rini Oktaviani", "Rini Oktaviani"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "Oto angkot baru mananti panumpang di muko Pasa Ateh.",
                        "credit": "Foto: Rini Oktaviani",
                        "jump": "Basambuang ka halaman 4",
                        "body": [
                            "Samanjak hari Senin, warga di sakitar Ngarai Sianok indak paralu bajalan jauah lai untuak pai ka pasa. Pamarintah kota alah mambukak trayek angkot baru dari Ngarai ka Pasa Ateh.",
                            "Trayek iko panjangnyo kiro-kiro duo baleh kilometer, jo ongkos tigo ribu rupiah untuak urang gadang jo duo ribu rupiah untuak anak sikola.",
                            ("h", "Padagang ikuik sanang"),
                            "Uni Yusnimar, padagang sayua di Pasa Ateh, mangatokan baliau kini labiah capek sampai ka pasa. “Dulu ambo harus manunggu oto saparampek jam, kini sabanta se alah tibo,” kato baliau.",
                            "Kapalo Dinas Perhubungan kota manjalehan, untuak sabulan partamo oto bajalan dari pukua anam pagi sampai pukua anam sanjo.",
                            "Kalau panumpang banyak, jam bajalan oto ka ditambah sampai pukua salapan malam. Dinas juo marancanakan",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Kaba Singkek",
                        "section": ["Kaba Singkek", None],
                        "brief": True,
                        "tight": True,
                        "title": "Surau Gadang dicat baru",
                        "ncol": 1,
                        "body": [
                            "Anak mudo nagari Koto Gadang bagotong royong mancet Surau Gadang salamo tigo hari manjalang bulan puaso.",
                        ],
                    },
                    {
                        "section": [None, "Kaba Singkek"],
                        "brief": True,
                        "tight": True,
                        "title": "Lampu jalan di Panorama iduik baliak",
                        "ncol": 1,
                        "body": [
                            "Ampek puluah lampu jalan di sakitar Taman Panorama alah iduik baliak satalah dipabaiki dek patugas kota.",
                        ],
                    },
                    {
                        "section": [None, "Kaba Singkek"],
                        "brief": True,
                        "tight": True,
                        "title": "Pameran buku di Jam Gadang",
                        "ncol": 1,
                        "body": [
                            "Pameran buku murah diadokan di palataran Jam Gadang dari tanggal 20 sampai 25 Maret. Pangunjuang indak dipunguik bayaran.",
                        ],
                    },
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "tight": True,
                        "title": "SD di Mandiangin tambah duo ruang kalas",
                        "ncol": 3,
                        "body": [
                            "BUKIKTINGGI — Duo ruang kalas baru di SD Nagari Mandiangin alah salasai dibangun. Murid kalas satu indak paralu baraja bagantian pagi jo patang lai.",
                            "Kapalo sikola mangatokan, salamo iko ampek puluah murid baraja di ruang nan sampik, sahinggo sabagian harus masuak patang.",
                            "Pambangunan ruang kalas iko dibiayai dek sumbangan urang rantau jo dana nagari.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [CHENGSHI, FAYUAN, XIANYU, LUGANDA, MINANG]
