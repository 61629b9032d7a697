"""The text of every holdout35 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, places, clubs, firms and events are invented. A list value gives every
acceptable reading; its first element is the one printed. `credits` are photo and data credits
(unscored).
"""

# Credits drawn as a source line under a table's rows that the gold records as the table's last
# paragraph (2026-12-05: a source line under a table's or a box's rows is a line of that table).
SOURCE_ROWS = {"数据来源：澄川证券研究所"}


def article(title, paragraphs, **fields):
    """One gold article: every field the gold format has, null unless given."""
    art = {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": paragraphs,
        "captions": [],
        "credits": [],
    }
    art.update(fields)
    return art


TIYU = {
    "stem": "zh_sim_tiyu_page_captions_beside_photo_boxes_saiguo_results_box_tiyu_kuaixun_column",
    "furniture": {
        "masthead": ["沂川晚报", "2026年12月2日　星期三", "A11　体育"],
        "foot": "沂川晚报　A11　体育　责任编辑：卢　航　美编：夏　青",
    },
    "date": "2026-12-02",
    "page": ["A11", "11"],
    "articles": [
        article(
            "雁岭FC主场逆转　提前一轮锁定冠军",
            [
                "11月29日晚，城市足球超级联赛第29轮在雁岭体育中心进行。"
                "雁岭FC上半场0∶2落后，下半场连进三球，以3∶2逆转白沙港队，提前一轮锁定本赛季联赛冠军。",
                "比赛第12分钟，白沙港队利用角球率先破门；第38分钟，客队再下一城。"
                "易边再战，雁岭FC换上两名年轻前锋，场面随即改观。第57分钟，"
                "19岁的范小禹禁区内抢点扳回一球；第70分钟，队长祁宏远头球扳平。",
                "补时第2分钟，范小禹在禁区左侧接队友传中凌空抽射，皮球直入球门死角。"
                "看台上一万八千名球迷起立欢呼，不少人挥舞围巾，久久不肯离场。",
                "赛后，雁岭FC主教练谷振东说：“半场休息时我告诉队员，还有四十五分钟，不要慌。"
                "这个冠军属于每一名球员，也属于一直支持我们的球迷。”",
                "这是雁岭FC建队十二年来首次夺得联赛冠军。本赛季球队29战取得21胜5平3负，"
                "打进62球，为联赛最多。范小禹本场梅开二度后，以14个进球暂列射手榜第二位。",
                "最后一轮比赛将于12月6日进行，雁岭FC将客场挑战北湖联队。俱乐部表示，"
                "颁奖仪式将在主场举行，具体时间另行通知。",
            ],
            kicker="城超联赛第29轮",
            byline=["本报记者　邵一鸣", "邵一鸣"],
            captions=["补时阶段，雁岭FC前锋范小禹（右）凌空抽射攻入制胜球。"],
            credits=["本报记者　邵一鸣　摄"],
        ),
        article(
            "沂川马拉松报名人数创新高",
            [
                "本报讯（记者 柏雪）记者从沂川马拉松组委会获悉，2027沂川马拉松报名于11月30日截止，"
                "共有六万三千余人报名，创历届新高，其中外地跑者占四成。",
                "本届赛事将于明年3月举行，设全程、半程和健身跑三个项目，总名额三万人，将通过抽签确定参赛资格。"
                "组委会表示，今年赛道新增沿江路段，全程约九公里沿江而行。",
            ],
            byline=[None, "记者 柏雪", "柏雪"],
            captions=["11月30日，跑友在沂江边进行赛前训练。"],
            credits=["本报通讯员　阮书亭　摄"],
        ),
        article(
            "城超联赛第29轮赛果",
            [
                "雁岭FC　3∶2　白沙港",
                "沂川城建　1∶1　北湖联",
                "青石竞技　0∶2　东渡",
                "南关铁军　4∶1　桐溪",
                "下轮（12月6日）：北湖联—雁岭FC",
            ],
        ),
        article(
            "市青少年乒乓球赛落幕",
            [
                "11月29日至30日，沂川市青少年乒乓球锦标赛在市体育馆举行，来自全市的三百二十名选手参赛。"
                "实验小学包揽小学组男女单打冠军。",
            ],
            section=["体坛快讯", None],
        ),
        article(
            "冬季游泳公益课开始报名",
            [
                "市游泳馆12月推出冬季公益游泳课，面向七至十二岁儿童，每期十课时，费用全免。"
                "家长可通过市体育局公众号报名，额满即止。",
            ],
            section=[None, "体坛快讯"],
        ),
        article(
            "社区篮球赛周末开打",
            [
                "第六届沂川社区篮球赛将于12月5日开打，全市四十六支社区球队报名参赛，"
                "比赛分东、西两个赛区进行，决赛定于明年元旦期间举行，市民可免费观赛。",
            ],
            section=[None, "体坛快讯"],
        ),
    ],
}

CAIJING = {
    "stem": "zh_sim_scan_caijing_page_local_stock_table_box_shuju_laiyuan_credit_caijing_kuaixun_column",
    "furniture": {
        "masthead": ["澄川日报", "2026年12月2日　星期三", "第5版　财经"],
        "foot": "澄川日报　第5版　财经　投资有风险　入市需谨慎",
    },
    "date": "2026-12-02",
    "page": ["第5版", "5"],
    "articles": [
        article(
            "前11月外贸进出口增长7.2%",
            [
                "记者从澄川海关获悉，今年前11个月，澄川市外贸进出口总值达一千二百三十亿元，"
                "同比增长7.2%，增速高于全省平均水平。其中，出口八百一十亿元，增长9.5%；进口四百二十亿元，增长3.1%。",
                "从商品看，新能源汽车零部件、光伏组件和家用电器是出口增长的主力，"
                "三类商品合计出口增长两成以上。民营企业进出口占全市总值的六成，继续发挥“主力军”作用。",
                "海关有关负责人介绍，今年澄川海关推出“提前申报、到港即提”等便利措施，"
                "进口货物平均通关时间压缩至二十八小时。",
                "跨境电商成为新的增长点。前11个月，全市跨境电商进出口额达九十六亿元，增长近三成，"
                "一批家电、服装企业通过海外仓把产品直接送到国外消费者手中。",
                "业内人士认为，年底前订单较为充足，全年外贸有望保持平稳增长。"
                "海关将继续帮助企业用好自贸协定优惠政策，降低出口成本。",
            ],
            kicker="新能源汽车零部件出口增长两成",
            byline=["本报记者　戴可欣　通讯员　鲁海涛", "戴可欣　鲁海涛", "戴可欣"],
        ),
        article(
            "本地上市公司昨日行情",
            [
                "股票名称　收盘价　涨跌幅",
                "澄川港务　6.42　+1.26%",
                "恒远电器　18.75　-0.69%",
                "明光新能　24.10　+3.08%",
                "江岸银行　5.36　+0.19%",
                "澄医药业　31.88　-1.42%",
            ],
            credits=["数据来源：澄川证券研究所"],
        ),
        article(
            "二手房成交量环比回升",
            [
                "本报讯　记者从市住房和城乡建设局获悉，11月全市二手住房成交两千一百余套，"
                "环比增长一成二，连续三个月回升。其中，九十平方米以下的中小户型成交占比超过六成。",
                "业内人士分析，近期多项购房支持政策落地，房贷利率处于低位，刚需购房者入市意愿有所增强。",
            ],
        ),
        article(
            "澄川农商银行推出科技贷",
            [
                "澄川农商银行日前推出“科技贷”产品，科技型中小企业凭专利和订单即可申请最高五百万元贷款，无需抵押。"
                "首批已有十二家企业获得贷款。",
            ],
            section=["财经快讯", None],
        ),
        article(
            "工业园区新签约项目十八个",
            [
                "12月1日，澄川工业园区举行集中签约仪式，十八个项目落户园区，总投资六十五亿元，涉及储能、医疗器械等领域。",
            ],
            section=[None, "财经快讯"],
        ),
        article(
            "年货节将于月中开幕",
            [
                "市商务局消息，第五届澄川年货节将于12月18日在会展中心开幕，四百余家企业参展，并设网上直播专区。",
            ],
            section=[None, "财经快讯"],
        ),
    ],
}

DIFANG = {
    "stem": "zh_tra_tw_difang_page_fubiao_jizhe_baodao_leads_xiangzhen_place_label_items_column",
    "furniture": {
        "masthead": ["嘉洋日報", "中華民國115年12月2日　星期三", "B2　地方新聞"],
        "foot": "嘉洋日報　B2　地方新聞　服務專線：(05)236-8800",
    },
    "date": "2026-12-02",
    "page": ["B2", "2"],
    "articles": [
        article(
            "百年老街換新裝　騎樓打通好走",
            [
                "【記者蔡宛蓉／朴溪報導】朴溪鎮中正老街騎樓整平工程昨天完工，"
                "全長六百公尺的騎樓高低落差全數打通，長輩推輪椅、婦女推娃娃車都不必再上上下下。",
                "鎮長呂文淵表示，老街有上百年歷史，兩旁店家各自加高地板，騎樓忽高忽低，"
                "過去常有長者絆倒。鎮公所花了一年多逐戶溝通，最後一百零八戶全部同意。",
                "經營糕餅店第三代的林秀鳳說，以前常看到阿嬤在騎樓跌倒，"
                "現在地面平了，客人逛街也比較安心，生意跟著變好。",
                "鎮公所也在老街口設置導覽牌，介紹老街歷史與特色店家，明年還將規劃假日市集。",
                "不過，也有居民反映，騎樓打通後機車違規停放問題仍待解決。鎮公所表示，"
                "將與警方加強勸導，並在老街周邊增設機車停車格。",
            ],
            subtitle="朴溪鎮一百零八戶全數同意　高低落差消失",
            byline=[None, "蔡宛蓉"],
            captions=["朴溪鎮中正老街騎樓打通後，民眾推著娃娃車通行無阻。"],
            credits=["（記者蔡宛蓉／攝影）"],
        ),
        article(
            "客運新闢路線　偏鄉學生免轉車",
            [
                "【記者陳建宏／嘉洋報導】嘉洋客運下月起新闢「朴溪—高鐵站」公車路線，"
                "沿途停靠四所國中小，每天往返十二班，偏鄉學生上學不必再轉車。",
                "縣府交通處表示，新路線開辦前三個月免費搭乘，之後依搭乘人數檢討班次。"
                "家長鄭美玲說，過去孩子每天要轉兩趟車，現在一班車就到，接送壓力減輕不少。",
            ],
            byline=[None, "陳建宏"],
        ),
        article(
            "國小學童種稻　收成送長輩",
            [
                "【記者許家豪／義竹報導】義竹國小學童今年在校園旁稻田學插秧，"
                "昨天收割，收成的兩百斤白米將包裝送給社區獨居長輩。",
            ],
            section=["鄉鎮短波", None],
            kicker=["【義竹】", "義竹"],
            byline=[None, "許家豪"],
        ),
        article(
            "社區長照站增設復健室",
            [
                "【記者黃郁婷／東石報導】東石鄉塭港社區長照據點增設復健室，"
                "由物理治療師每週駐點兩天，協助長輩做肌力訓練。社區也招募志工，陪長輩往返據點。",
            ],
            section=[None, "鄉鎮短波"],
            kicker=["【東石】", "東石"],
            byline=[None, "黃郁婷"],
        ),
        article(
            "濕地賞鳥季週末登場",
            [
                "【記者許家豪／布袋報導】布袋鹽田濕地賞鳥季本週六開幕，"
                "現場有解說員帶領民眾觀察黑面琵鷺，活動免費參加。主辦單位提醒民眾自備望遠鏡，並穿著深色衣物。",
            ],
            section=[None, "鄉鎮短波"],
            kicker=["【布袋】", "布袋"],
            byline=[None, "許家豪"],
        ),
        article(
            "鄉立圖書館延長開放",
            [
                "【記者黃郁婷／六腳報導】六腳鄉立圖書館即日起每週三延長開放至晚上九點，方便學生下課後借書自習。",
            ],
            section=[None, "鄉鎮短波"],
            kicker=["【六腳】", "六腳"],
            byline=[None, "黃郁婷"],
        ),
    ],
}

TABLOIDE = {
    "stem": "pt_scan_tabloide_reversed_white_on_black_banner_headline_antetitulo_por_byline_breves_column",
    "furniture": {
        "masthead": ["CORREIO DA RIBEIRA", "Quarta-feira, 2 de dezembro de 2026", "Página 6 | Região"],
        "foot": "Correio da Ribeira | Região | 6",
    },
    "date": "2026-12-02",
    "page": ["Página 6", "6"],
    "articles": [
        article(
            "PONTE FECHADA ATÉ MARÇO",
            [
                "A ponte velha de Vale Seco, que liga as duas margens do rio Almedo, "
                "vai estar fechada ao trânsito até ao fim de março. A decisão foi tomada "
                "na segunda-feira, depois de uma inspeção ter encontrado fissuras num dos pilares.",
                "Todos os dias passam pela ponte cerca de quatro mil carros. Os condutores "
                "vão ter de fazer um desvio de vinte quilómetros pela estrada nacional, "
                "o que acrescenta meia hora a cada viagem.",
                "– Chego atrasado ao trabalho e os miúdos chegam atrasados à escola. "
                "Isto não pode durar meses, queixa-se Rui Gaspar, que vive em Vale Seco "
                "e trabalha numa fábrica do outro lado do rio.",
                "A câmara municipal garante que as obras começam já na próxima semana "
                "e que vai pôr um autocarro gratuito a circular entre as duas margens "
                "durante as horas de ponta.",
                "– A segurança das pessoas está primeiro. Preferimos fechar agora do que "
                "ter um acidente, explicou a presidente da câmara, Graça Teixeira.",
                "Os comerciantes da vila temem perder clientes em plena época de Natal. "
                "Na pastelaria de Amélia Rebelo, as vendas caíram para metade logo no primeiro dia.",
                "– Quem vem do outro lado já não passa cá. Se isto dura até março, "
                "não sei se aguento, diz a comerciante, que abriu a loja há trinta anos.",
                "A obra vai custar cerca de 1,2 milhões de euros. A câmara pediu apoio ao "
                "Governo e espera uma resposta até ao fim do mês.",
            ],
            kicker="VALE SECO",
            subtitle="Fissuras num pilar obrigam a desvio de vinte quilómetros. Moradores e comerciantes estão revoltados.",
            byline=["Por Tiago Mourão", "Tiago Mourão"],
            captions=["A ponte velha de Vale Seco foi fechada com barreiras de betão."],
            credits=["Foto: Helena Sardinha"],
        ),
        article(
            "Mercado de Natal abre sábado",
            [
                "O mercado de Natal da praça da República abre no sábado com quarenta "
                "barracas de artesanato, doces e produtos da região. Este ano há uma "
                "pista de gelo para os mais novos. O mercado funciona todos os dias até 6 de janeiro.",
            ],
            section=["BREVES", None],
        ),
        article(
            "Piscina reabre em janeiro",
            [
                "A piscina municipal de Alvarinhos, fechada desde o verão para obras, "
                "reabre a 4 de janeiro com horário alargado ao fim de semana. "
                "As aulas de natação para idosos recomeçam na mesma semana.",
            ],
            section=[None, "BREVES"],
        ),
        article(
            "Bombeiros recebem nova ambulância",
            [
                "Os bombeiros voluntários de Vale Seco receberam uma nova ambulância, "
                "paga com donativos de empresas e moradores. Custou 85 mil euros.",
            ],
            section=[None, "BREVES"],
        ),
        article(
            "Feira do livro na biblioteca",
            [
                "A biblioteca municipal organiza até domingo uma feira do livro usado. "
                "Cada livro custa um euro e o dinheiro reverte para a compra de livros infantis.",
            ],
            section=[None, "BREVES"],
        ),
    ],
}

BROADSHEET = {
    "stem": "en_broadsheet_deck_set_in_two_columns_under_three_column_head_by_line_photo_briefs",
    "furniture": {
        "masthead": ["The Carrick Herald", "Wednesday, December 2, 2026", "Page A4 | Region"],
        "foot": "A4 | The Carrick Herald | Wednesday, December 2, 2026",
    },
    "date": "2026-12-02",
    "page": ["Page A4", "A4"],
    "articles": [
        article(
            "County votes to keep Milbrook library open",
            [
                "The Carrick County board voted 4 to 1 on Tuesday night to keep the "
                "Milbrook branch library open, reversing a plan to close it at the end "
                "of the year to save money.",
                "More than two hundred residents packed the meeting room, and dozens "
                "more listened from the hallway. Many held signs reading Save Our Branch.",
                "The library will stay open five days a week instead of six. The board "
                "will pay for it by delaying the repaving of two county roads until 2028.",
                "Supervisor Dana Whitlock, who cast the lone vote against the plan, "
                "said the county could not afford to keep every building open.",
                "Librarian Ruth Okafor, who has worked at the branch for nineteen years, "
                "said she was relieved. She plans to start an evening reading club "
                "for adults in January.",
                "The branch, built in 1958, lends about forty thousand books a year. "
                "It is also the only place in Milbrook where residents can use a computer "
                "and print documents for free.",
                "Several parents told the board their children do homework at the branch "
                "after school because they have no internet at home. Others spoke about "
                "the weekly story hour and the tax help offered there each spring.",
                "County officials had said closing the branch would save about $310,000 a year. "
                "The board asked staff to look for other savings before next year's budget.",
            ],
            subtitle="Supporters fill meeting room as board reverses plan to close branch; "
            "hours cut to five days a week, road repairs delayed to pay for it",
            byline=["By MARCUS HALLORAN", "MARCUS HALLORAN"],
            captions=["Residents listen from the hallway during Tuesday's county board meeting in Milbrook."],
            credits=["Photo by Jenna Pruitt"],
        ),
        article(
            "Ferry fares to rise in spring",
            [
                "Fares on the Carrick Point ferry will rise by fifty cents in April, "
                "the harbor authority said Monday. A round trip for a car and driver "
                "will cost $9.50. Commuter passes will not change.",
                "The authority said the increase would help pay for a new engine for the "
                "older of its two boats. It is the first fare rise since 2021.",
            ],
            byline=["By ELLEN VOSS", "ELLEN VOSS"],
        ),
        article(
            "Food bank seeks winter volunteers",
            [
                "The Milbrook Food Pantry needs twenty more volunteers to sort and "
                "deliver boxes through the winter. Shifts last three hours. "
                "Call the pantry office to sign up.",
            ],
            section=["IN BRIEF", None],
        ),
        article(
            "Trail closed for bridge work",
            [
                "A two-mile section of the Old Mill Trail north of Route 9 will be "
                "closed until mid-January while crews replace a wooden footbridge.",
            ],
            section=[None, "IN BRIEF"],
        ),
        article(
            "Holiday lights contest opens",
            [
                "Homeowners in Milbrook can enter the town's holiday lights contest until "
                "December 14. Judges will tour the entries on December 18, and the winner "
                "gets a $200 gift card from the hardware store on Main Street.",
            ],
            section=[None, "IN BRIEF"],
        ),
    ],
}

PAGES = [TIYU, CAIJING, DIFANG, TABLOIDE, BROADSHEET]
