"""The text of every holdout78 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, shops, bus lines, notices, columns and events are invented; real towns and regions are only
settings. A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold (a reader's question).
`label` sets a reversed label over an article (its `section`); `brief` sets the head in the deck size; `tight`
sets the first line of text directly under the head; `inline_byline` marks a byline printed only inside the first
paragraph's opener; `runin` sets the title bold at the head of the first paragraph (a brief's lead-in); `jump` is
a jump line set flush right at the story's foot (furniture); `box` rules a box round an article; a `block` is
furniture (an index box, a weather box), each row one furniture string.
"""

YAOWEN = {
    "stem": "zh_sim_front_page_yaowen_lead_photo_jump_line_daodu_index_box_tianqi_weather_box_benbaoxun_tight_head_second_story_third_story",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 6,
    "masthead": ["维扬日报", "2027年3月15日　星期一", "第1版　要闻"],
    "date": "2027-03-15",
    "page": ["第1版　要闻", "第1版", "1"],
    "foot": "维扬日报　第1版　要闻　　值班编辑：孙晓岚　　新闻热线：0514-8736120",
    "note": "A front page of six columns: over four a lead (kicker, head, subtitle, byline, a photo heading its first column with caption and credit, a subhead, a jump line at its foot); in the right third a boxed `今日导读` index and a boxed `今日天气` weather box (furniture); under a rule a second story over four columns whose head sits directly over a 本报讯（记者…） opener, and a third story over two columns.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "古运河沿线十二处码头完成修缮",
                        "title": "老码头重开　运河边多了条步行道",
                        "subtitle": "全长六公里的滨河步道本周六起向市民开放",
                        "byline": ["本报记者　顾文杰", "顾文杰"],
                        "ncol": 3,
                        "photo_col": 0,
                        "caption": "修缮后的东关古渡码头，市民坐在台阶上看游船经过。",
                        "credit": "本报记者　顾文杰　摄",
                        "jump": "（下转第3版）",
                        "body": [
                            "经过一年多的施工，古运河沿线十二处老码头日前全部完成修缮。连接这些码头的滨河步道全长六公里，将于本周六起向市民开放。",
                            "这些码头大多建于清代和民国时期，过去是运河上装卸粮食和盐的地方。随着水运衰落，不少码头的石阶松动，栏杆锈蚀，有的被杂物堆满。",
                            ("h", "石阶一块块编号拆下再装回"),
                            "负责施工的工程师介绍，修缮时把松动的条石一块块编号拆下，清洗后按原样装回，缺损的部分用附近拆迁工地收来的旧石料补齐，尽量保持码头原来的样子。",
                            "“我们不想把老码头修得像新的一样，石头上的绳痕和脚印都是历史。”他说。",
                            "步道沿线新建了三座公共厕所和五处休息亭，夜间有路灯照明。市民可以从东关街、南门和便益门三个入口进入，全程步行约需一个半小时。",
                            "运河管理部门表示，步道开放后将安排巡查人员每天巡河，并在码头设置救生圈和警示牌。下一步，东关古渡还将开通",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "block": True,
                        "box": True,
                        "label": "今日导读",
                        "cell_strings": True,
                        "size": 24,
                        "cols": [(0.0, "l")],
                        "rows": [
                            ["第2版　要闻　全市春耕备耕全面展开"],
                            ["第3版　城事　老码头重开（续）"],
                            ["第5版　经济　早茶点心走进冷链超市"],
                            ["第7版　教育　中小学春季研学路线发布"],
                            ["第10版　体育　城市马拉松报名今起开始"],
                        ],
                    },
                    {
                        "block": True,
                        "box": True,
                        "label": "今日天气",
                        "cell_strings": True,
                        "size": 24,
                        "cols": [(0.0, "l")],
                        "rows": [
                            ["今天　晴转多云　8～17℃"],
                            ["东南风3级　空气质量良"],
                            ["明天　多云转小雨　10～15℃"],
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
                        "title": "社区食堂推出老人助餐套餐",
                        "byline": ["记者　潘雨桐", "潘雨桐"],
                        "inline_byline": True,
                        "ncol": 3,
                        "body": [
                            "本报讯（记者　潘雨桐）从本月起，全市四十家社区食堂推出老人助餐套餐，六十岁以上老人凭卡就餐，一荤两素一汤只要十元。",
                            "市民政局介绍，八十岁以上老人和独居老人还可以预约送餐上门，由社区志愿者每天中午送到家中。",
                            "开业第一周，助餐套餐共卖出一万两千多份。不少老人说，饭菜清淡，价格实惠，还能和老邻居一起吃饭聊天。",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "title": "瘦西湖琼花提前开放",
                        "ncol": 1,
                        "body": [
                            "受气温偏高影响，今年瘦西湖的琼花比往年早开约一周，预计下周进入最佳观赏期。",
                            "景区提醒游客错峰出行，周末可提前在网上预约入园。",
                        ],
                    }
                ],
                4,
                2,
            ),
        ],
    ],
}

JIANKANG = {
    "stem": "zh_tra_taiwan_health_education_page_jinshi_lead_photo_subhead_jiankang_wenda_qa_column_bold_questions_jizhe_baodao_opener_second_story",
    "script": "zh_tra",
    "tess": ("chi_tra", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["南瀛晨報", "2027年4月8日　星期四", "A7　健康教育"],
    "date": "2027-04-08",
    "page": ["A7　健康教育", "A7"],
    "foot": "南瀛晨報　A7　健康教育　　責任編輯：葉淑芬　　讀者專線：06-2135-478",
    "note": "A Taiwanese health and education page: over three of four columns a lead on schoolchildren's eyesight (kicker, head, subtitle, byline, a photo heading its second column with caption and credit, a subhead); in the fourth column a reversed `健康問答` label over a Q&A column (head, a doctor's byline, each reader's question a bold paragraph followed by the answer); under a rule a second story over four columns whose head sits directly over a 〔記者…／…報導〕 opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "國中小視力篩檢結果出爐",
                        "title": "近視學童變少　戶外課功不可沒",
                        "subtitle": "每天戶外活動兩小時　三年降三個百分點",
                        "byline": ["記者林佩珊／台南報導", "林佩珊"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "國小學生在操場上體育課，老師帶著大家遠眺。",
                        "credit": "記者林佩珊／攝影",
                        "body": [
                            "台南市教育局公布今年國中小學生視力篩檢結果，國小學童近視比率為百分之四十二，比三年前下降三個百分點，是近十年來首次連續下降。",
                            "教育局表示，三年前開始推動「天天戶外兩小時」，要求各校把下課時間和體育課盡量安排在戶外，並減少低年級使用平板的時間。",
                            ("h", "醫師：少看螢幕多曬太陽"),
                            "眼科醫師解釋，戶外的自然光能刺激眼睛分泌多巴胺，減緩眼球變長，是預防近視最簡單的方法。孩子在戶外看遠處，眼睛的肌肉也能放鬆。",
                            "一位國小老師說，學校把晨間活動改到操場，下雨天就在走廊做遠眺操，「剛開始孩子不習慣，現在下課鐘一響就往外跑。」",
                            "不過篩檢也發現，國中生的近視比率仍高達百分之七十，其中高度近視超過一成。教育局說，國中生課業壓力大、使用手機時間長，將與家長會合作，推動晚上九點以後放下手機。",
                            "教育局提醒家長，孩子若有瞇眼、歪頭看東西的情形，應盡早到眼科檢查，不要自行購買眼鏡。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "健康問答",
                        "section": ["健康問答", None],
                        "brief": True,
                        "title": "孩子咳不停　何時該就醫？",
                        "byline": ["回答／小兒科醫師　陳建志", "陳建志"],
                        "ncol": 1,
                        "body": [
                            ("b", "問：孩子感冒好了，晚上還是一直咳，要不要再看醫生？"),
                            "答：感冒後咳嗽持續兩到三週是常見的，只要精神和食慾正常，可以先多喝溫水、保持室內濕度。若咳超過三週，或出現喘鳴、發燒，就應該回診。",
                            ("b", "問：可以自己買止咳藥給孩子吃嗎？"),
                            "答：四歲以下的孩子不建議自行服用成藥止咳，咳嗽是身體排痰的方式，用藥應先請醫師評估。",
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
                        "title": "國中開設午睡教室　學生下午更專心",
                        "byline": ["記者許志明／台南報導", "許志明"],
                        "inline_byline": True,
                        "ncol": 4,
                        "body": [
                            "〔記者許志明／台南報導〕安南區一所國中今年把兩間空教室改成午睡教室，鋪上地墊、拉上窗簾，讓學生午休時可以躺下來睡二十分鐘。",
                            "校長說，過去學生趴在桌上睡，常常睡不好，下午上課打瞌睡。試辦一學期後，老師普遍反映學生下午的精神比較好。",
                            "學校也提醒學生午睡不要超過半小時，以免醒來後反而昏沉。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

CHENGSHI = {
    "stem": "zh_sim_scan_local_news_page_chengshi_kuaibao_briefs_bold_lead_ins_beside_laocaichang_long_story_photo_subheads",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": True,
    "seed": 78003,
    "angle": 0.5,
    "ncols": 4,
    "masthead": ["庐州晚报", "2027年9月7日　星期二", "A5　城市新闻"],
    "date": "2027-09-07",
    "page": ["A5　城市新闻", "A5"],
    "foot": "庐州晚报　A5　城市新闻　　责任编辑：王　珂　　报料电话：0551-6288317",
    "note": "A local news page (scanned): in the first of four columns a reversed `城事快报` label over four briefs, each opening on a bold lead-in run into its text (no head of its own); beside them over three columns one long story on an old food market reopened (kicker, head, subtitle, byline, a photo heading its second column with caption and credit, two subheads, a quote); under a rule a second story over three columns whose head sits directly over a bare 本报讯 opener.",
    "rows": [
        [
            (
                [
                    {
                        "label": "城事快报",
                        "section": ["城事快报", None],
                        "runin": True,
                        "runin_sep": "　",
                        "title": "天鹅湖夜跑道亮灯",
                        "ncol": 1,
                        "body": [
                            "天鹅湖东岸三公里夜跑道昨晚起亮灯，每晚开放到十一点，沿途设有三处饮水点。",
                        ],
                    },
                    {
                        "section": [None, "城事快报"],
                        "runin": True,
                        "runin_sep": "　",
                        "title": "两条公交线路调整",
                        "ncol": 1,
                        "body": [
                            "从本周六起，18路和156路公交延伸至高铁南站，首末班时间不变。",
                        ],
                    },
                    {
                        "section": [None, "城事快报"],
                        "runin": True,
                        "runin_sep": "　",
                        "title": "市图书馆延长开放",
                        "ncol": 1,
                        "body": [
                            "开学后市图书馆自习区每天开放到晚上十点，读者可在公众号上预约座位。",
                        ],
                    },
                    {
                        "section": [None, "城事快报"],
                        "runin": True,
                        "runin_sep": "　",
                        "title": "中秋月饼抽检合格",
                        "ncol": 1,
                        "body": [
                            "市场监管部门抽检了六十批次月饼，全部合格，提醒市民购买时查看生产日期。",
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
                        "kicker": "关闭半年的南门菜场改造完成",
                        "title": "老菜场变了样　街坊又回来了",
                        "subtitle": "摊位统一装修　地面不再湿滑　还开了社区食堂",
                        "byline": ["本报记者　钱思远", "钱思远"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "改造后的南门菜场，摊位整齐，过道宽敞明亮。",
                        "credit": "本报记者　钱思远　摄",
                        "body": [
                            "上周六，关闭了半年的南门菜场重新开门。一大早，附近的老街坊就拎着菜篮子来了，七十岁的张阿姨转了一圈说：“变干净了，还是老味道。”",
                            "南门菜场建于上世纪九十年代，过去地面常年积水，夏天气味难闻，不少年轻人宁愿到远一点的超市买菜。去年底，区里决定对菜场进行整体改造。",
                            ("h", "摊主一个没少"),
                            "改造前，街道和每一位摊主都谈过话，承诺改造后原摊主优先回场，租金三年不涨。一百二十个摊位的摊主全部回来了。",
                            "卖了二十年豆腐的老周说，新摊位有了上下水和冷柜，豆腐放一天也不会坏。“以前一到下午就得降价卖，现在不用了。”",
                            ("h", "二楼开了社区食堂"),
                            "菜场二楼原来是仓库，现在改成了社区食堂和便民服务点，可以修鞋、配钥匙、缝补衣服。食堂的菜都从楼下的摊位进货，中午一份两荤一素十二元。",
                            "区商务局介绍，今年还将有三个老菜场启动改造，改造时都会保留原来的摊主和老字号，不搞千篇一律。",
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
                        "title": "老旧小区加装充电桩　物业上门征求意见",
                        "ncol": 3,
                        "body": [
                            "本报讯　蜀山区今年将在二十个老旧小区加装电动自行车充电桩，解决居民飞线充电的难题。目前物业正挨家挨户上门征求意见。",
                            "街道介绍，充电桩将设在小区空地和车棚内，刷卡或扫码即可充电，每度电收费不超过一元。",
                            "有居民担心充电桩离楼太近，街道表示，选址前会请消防部门现场查看，并在公示栏张贴方案。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

KRIOLU = {
    "stem": "kea_scan_kabuverdianu_city_transport_page_autokaru_linha_nobu_lead_pa_byline_photo_jump_line_avizu_boxed_notice_map_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 78004,
    "angle": -0.6,
    "ncols": 4,
    "masthead": ["Notísia di Ilha", "Kinta-fera, 10 di Junhu di 2027", "Sidadi · 5"],
    "date": "2027-06-10",
    "page": ["Sidadi · 5", "5"],
    "foot": "Notísia di Ilha · Sidadi · 5 · Editor: Nilton Fortes",
    "note": "A Cape Verdean Creole (Kabuverdianu, Santiago) weekly's city and transport page (scanned): over three of four columns a lead on three new bus lines (kicker, head, subtitle, byline `Pa Ivone Semedo`, a subhead, a quote, a photo heading its second column with caption and credit, a jump line at its foot); in the fourth column a boxed notice under a reversed `Avizu` label (head, a date line under it, a map drawn as a grey panel with its caption and credit heading the text, two paragraphs); under a rule a second story over four columns whose head sits directly over a dateline opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Transporti públiku",
                        "title": "Praia ten tres linha nobu di autokaru",
                        "subtitle": "Achada Grandi ku Safendi dja ta fika más pertu di sentru",
                        "byline": ["Pa Ivone Semedo", "Ivone Semedo"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Pasajerus ta entra na un di autokaru nobu na Platô.",
                        "credit": "Foto: Ivone Semedo",
                        "jump": "Kontinua na pájina 6",
                        "body": [
                            "Desdi sigunda-fera, tres linha nobu di autokaru ta liga bairus di Achada Grandi, Safendi ku Tira Xapéu a Platô. Kada autokaru ta pasa di vinti en vinti minutu, di sinku ora di palmanhan ti nobi ora di noti.",
                            "Antis, morador di kes bairu ta fazeba más di un ora pa txiga na sentru, ku dos o tres autokaru. Gosi ta bai direitu, na menus di meia ora.",
                            ("h", "Bilheti ta fika mésmu presu"),
                            "Bilheti ta kontinua ta kusta sesenta eskudu, i alunus ku ómis ku mudjeris di más di sesenta anu ta paga metadi. Kartãu nobu ta podi kunpradu na kiosk di Platô.",
                            "Maria da Luz Tavares, ki ta trabadja na merkadu di Sukupira, fla ma e ta poupa txeu tenpu. “Gosi N ta txiga na trabadju sedu, N ka meste ta kori más,” el fla.",
                            "Kompanhia di autokaru fla ma na prósimu mes ta ben más dés autokaru nobu, i ma linha di Palmarejo tanbe ta ser mudadu pa",
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
                        "label": "Avizu",
                        "section": ["Avizu", None],
                        "brief": True,
                        "title": "Strada di Várzea fitxadu",
                        "subtitle": ["Di 14 a 28 di Junhu", None],
                        "ncol": 1,
                        "photo_col": 0,
                        "caption": "Mapa: kaminhu pa karu ki ta bai pa Platô.",
                        "credit": "Infografia: Notísia di Ilha",
                        "body": [
                            "Pamodi obra na kanu di agu, strada prinsipal di Várzea ta fika fitxadu pa karu. Karus ta ten ki pasa pa Achadinha.",
                            "Autokaru di linha 3 ta muda paradas pa rua di riba. Pesoas a pé ta podi pasa normal.",
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
                        "title": "Mininus di Ponta d'Agu ta ganha un pórtu di bisikléta",
                        "ncol": 3,
                        "body": [
                            "PRAIA — Skola di Ponta d'Agu ganha un pórtu di bisikléta ku lugar pa trinta bisikléta. Asosiason di pais ki paga obra, ku djuda di komérsiu di bairu.",
                            "Diretora di skola fla ma txeu mininu ta ben di bisikléta, ma antis es ta dexaba-s na txon. Gosi es ta fitxa-s ku kadiadu.",
                            "Na setenbru, polísia ta ben da aula di seguransa na strada pa tudu mininu di skola.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

TOBA = {
    "stem": "bbc_batak_toba_features_page_ulos_partonun_feature_sinurat_ni_byline_photo_subhead_hata_ni_oppung_column_standing_head_portrait_caption_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Sora ni Toba", "Sabtu, 17 Juli 2027", "Ragam · 8"],
    "date": "2027-07-17",
    "page": ["Ragam · 8", "8"],
    "foot": "Sora ni Toba · Ragam · 8 · Redaktur: Hotman Siregar",
    "note": "A Batak Toba weekly's features page: over three of four columns a feature on ulos weavers teaching children (kicker, head, subtitle, byline `Sinurat ni Rosmauli Simanjuntak`, two subheads, a quote, a photo heading its second column with caption and credit); in the fourth column a columnist's standing head `Hata ni Oppung` as a reversed label over the column (head, the columnist's name, a portrait heading the text with its caption); under a rule a second story over four columns whose head sits directly over a dateline opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Ulos sian Muara",
                        "title": "Partonun di Muara mangajari dakdanak",
                        "subtitle": "Sapulu inang partonun mambuka kelas manonun ulos di jabu nasida",
                        "byline": ["Sinurat ni Rosmauli Simanjuntak", "Rosmauli Simanjuntak"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Dakdanak marsiajar manonun ulos di jabu ni Inang Lasma Pakpahan.",
                        "credit": "Foto: Rosmauli Simanjuntak",
                        "body": [
                            "Ganup ari Sabtu, jabu ni Inang Lasma Pakpahan di Muara gok dakdanak. Nasida ro laho marsiajar manonun ulos, songon na binahen ni ompung nasida najolo.",
                            "Inang Lasma nunga tolu pulu taon partonun. Ninna ibana, nuaeng nunga otik dakdanak na olo marsiajar manonun, ala godang na lao tu kota.",
                            ("h", "Sian benang tu ulos"),
                            "Di kelas on, dakdanak marsiajar sian mula: mamilit benang, mangalului rupa, jala manonun. Sada ulos na metmet boi salpu di bagasan dua minggu.",
                            "\u201cAnggo so adong na marsiajar, mago ma ulos Muara,\u201d ninna Inang Lasma.",
                            ("h", "Dijual tu turis"),
                            "Ulos na tinonun ni dakdanak dijual tu turis na ro tu Tao Toba. Hepeng na dapot dipangke laho manuhor benang dohot buku sikola.",
                            "Kepala desa Muara, Jonggi Situmorang, mandok naeng dipatupa sada jabu na umbalga asa boi godang dakdanak marsiajar. Ibana manghirim asa anak baoa pe olo marsiajar manonun.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Hata ni Oppung",
                        "section": ["Hata ni Oppung", None],
                        "brief": True,
                        "title": "Mangan rap di meja",
                        "byline": "Tumpal Sihombing",
                        "ncol": 1,
                        "photo_col": 0,
                        "caption": "Tumpal Sihombing, guru pensiun sian Balige.",
                        "body": [
                            "Najolo, ganup borngin sude isi ni jabu mangan rap. Di son do hami marhata-hata, mangkatai na masa di hauma dohot di sikola.",
                            "Nuaeng, godang do na mangan sandiri-sandiri, manatap telepon. Unang ma lupa hita mangan rap, nang pe sahali sadari.",
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
                        "title": "Kapal sian Balige tu Onan Runggu ro muse",
                        "ncol": 3,
                        "body": [
                            "BALIGE — Kapal na laho sian Balige tu Onan Runggu mulai muse marlayar. Tolu bulan kapal on so marlayar ala diparbaiki mesinna.",
                            "Kapal on marlayar dua hali sadari, manogot dohot bodari. Ongkos ni sahalak tetap sapulu lima ribu rupiah.",
                            "Parlapo di Onan Runggu las rohana, ala boi muse manjual hasil ni hauma tu onan Balige.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [YAOWEN, JIANKANG, CHENGSHI, KRIOLU, TOBA]
