"""The text of every holdout29 page, written once: the page is drawn from it and the gold made from it.

A ``~`` in Latin text marks where a word may split at a line end (drawn as a hyphen, not in the
gold). A paragraph given as a tuple is a figure line: a big figure, then its label (one paragraph).
A byline given as a list lists every acceptable reading; the first is the one printed.
All papers, people, places, firms and events are invented.
"""

LANCHUAN = {
    "stem": "zh_sim_scan_sannong_page_shushuo_figure_box_big_numerals_beside_lead",
    "script": "sc",
    "width": 1960,
    "ncols": 4,
    "text_size": 26,
    "tesseract": ("chi_sim", "hocr"),
    "scan": 0.8,
    "seed": 2901,
    "masthead": {"name": "澜川日报", "right": ["2026年12月1日　星期二", "第4版　乡村振兴"]},
    "date": "2026-12-01",
    "page": ["第4版", "4"],
    "foot": "本版编辑　龚　文　美术编辑　陆一鸣",
    "rows": [
        [
            (
                0,
                3,
                {
                    "kicker": "全县粮食总产连续五年稳定在五十万吨以上",
                    "title": "晚稻颗粒归仓　新粮仓装满了",
                    "title_size": 58,
                    "byline": ["本报记者　岑立夏", "岑立夏"],
                    "photo": {
                        "col": 1,
                        "height": 230,
                        "caption": "11月25日，石门镇种粮大户在新建的烘干中心晾晒晚稻。",
                        "credit": "本报记者　岑立夏　摄",
                    },
                    "paragraphs": [
                        "入冬前最后一个晴天，石门镇粮食烘干中心门口排起了长队。拖拉机一辆接一辆，把刚收下的晚稻送进烘干塔。"
                        "种粮大户邝永福站在磅秤旁算账：“今年种了三百二十亩，亩产比去年多了六十来斤，烘干后直接卖给粮库，不怕下雨发霉。”",
                        "今年以来，澜川县新建烘干中心九座，日烘干能力达到一千八百吨，全县晚稻基本实现随收随烘。"
                        "县农业农村局负责人介绍，过去农户把稻谷摊在公路上晾晒，既不安全也容易霉变，如今这一现象已很少见到。",
                        "粮食稳产的背后是耕地的提质。全县今年完成高标准农田建设四点二万亩，沟渠路配套到田头，"
                        "抗旱排涝能力明显提升。七月的连续暴雨中，新建农田没有一处被淹。",
                        "在澜川县粮食储备库，新建的两座低温仓已经装满。库主任龙海波说，低温储存能让稻谷保持新鲜口感，"
                        "明年开春出库的大米还能卖出好价钱。",
                    ],
                },
            ),
            (
                3,
                1,
                {
                    "label": "数说",
                    "section": ["数说", None],
                    "box": True,
                    "title": "今年澜川秋粮",
                    "title_size": 36,
                    "paragraphs": [
                        ("51.6万吨", "全县全年粮食总产量，比上年增加1.3万吨。"),
                        ("9座", "今年新建粮食烘干中心，日烘干能力1800吨。"),
                        ("4.2万亩", "今年完成高标准农田建设面积。"),
                        ("86%", "全县水稻耕种收综合机械化率。"),
                    ],
                },
            ),
        ],
        [
            (
                0,
                2,
                {
                    "title": "农机合作社冬闲变冬忙",
                    "title_size": 40,
                    "paragraphs": [
                        "本报讯　晚稻刚收完，龙潭镇丰源农机合作社的二十多台机械又开进了油菜田。合作社理事长甘志强说，"
                        "今年合作社承接了全镇一万一千亩油菜的机播，比去年多了三成。",
                        "为让农机冬天不闲着，县里组织合作社跨镇作业，并对秸秆还田给予每亩二十元补助。",
                        "甘志强算了一笔账：一台播种机一天能播一百五十亩，比人工快几十倍，农户每亩只需付三十五元。"
                        "今年合作社还新招了四名返乡青年当机手，每人每月收入六千元左右。",
                    ],
                },
            ),
            (
                2,
                2,
                {
                    "title": "澜川大米走进省城超市",
                    "title_size": 40,
                    "byline": ["本报通讯员　戴　敏", "戴　敏", "戴敏"],
                    "paragraphs": [
                        "11月28日，首批四十吨“澜川香米”在省城二十六家连锁超市上架。这款大米由县内三家米厂联合打造，"
                        "统一品种、统一标准、统一包装。",
                        "县里还在电商平台开设了旗舰店，上线一周卖出大米一万五千多袋。",
                    ],
                },
            ),
        ],
    ],
}

GANGWAN = {
    "stem": "zh_tra_hk_gangwen_english_word_headlines_benbaoxun_photo_credit_running_foot",
    "script": "hk",
    "width": 1960,
    "ncols": 4,
    "text_size": 26,
    "tesseract": ("chi_tra", "tsv"),
    "masthead": {"name": "港灣日報", "right": ["2026年12月1日　星期二", "A8　港聞"]},
    "date": "2026-12-01",
    "page": ["A8", "8"],
    "foot": "港灣日報　A8　港聞　2026年12月1日",
    "rows": [
        [
            (
                0,
                3,
                {
                    "title": "「Citywalk」人潮湧入　深灣舊街小店生意回暖",
                    "title_size": 54,
                    "subtitle": "區議員倡設導賞路線　店主盼人流持續",
                    "photo": {
                        "col": 2,
                        "height": 220,
                        "caption": "周末不少市民到深灣舊街「Citywalk」，在老字號涼茶舖前拍照。",
                        "credit": "（記者何家朗攝）",
                    },
                    "paragraphs": [
                        "【本報訊】近月社交平台興起「Citywalk」熱潮，不少年輕人周末結伴到深灣舊街漫步，"
                        "打卡舊式唐樓、涼茶舖和手寫招牌。有開業四十年的糖水舖表示，周末生意比半年前多了近一倍。",
                        "記者昨日下午到場所見，舊街一帶人頭湧湧，不少人手持手機跟着網上攻略逐站拍照。"
                        "經營五金舖的鍾伯說：「以前星期日冇乜人行，而家成條街都係後生仔，有人仲會入嚟問啲舊工具點用。」",
                        "區議員羅慧貞建議，政府可與區內團體合作，設計正式的導賞路線，並在街口增設指示牌及垃圾桶，"
                        "避免人流影響居民。她又提醒遊人拍照時留意交通，不要阻塞行人路。",
                        "有店主則擔心熱潮只是一時。經營文具舖的馮太表示，希望遊人除了拍照，也願意入店光顧，"
                        "「人多唔等於生意好，要有人買嘢先得。」",
                        "旅遊業界人士指，「Citywalk」吸引的多是本地年輕人，消費力未必高，但有助帶動區內餐飲。",
                    ],
                },
            ),
            (
                3,
                1,
                {
                    "title": "MTR新線試車　沿線居民憂噪音",
                    "title_size": 36,
                    "byline": ["記者　鄧詠欣", "鄧詠欣"],
                    "paragraphs": [
                        "東灣綫延線昨起進行夜間試車，有沿線屋苑居民反映，列車駛經時噪音明顯。"
                        "鐵路公司回應指，已在高架橋段加裝隔音屏障，並會在試車期間量度噪音數據。",
                        "居民代表蕭志明表示，會收集住戶意見，下周約見鐵路公司代表。",
                        "鐵路公司表示，試車會持續至明年二月，其間每晚約有十班測試列車，最遲凌晨一時前完成。",
                    ],
                },
            ),
        ],
        [
            (
                0,
                2,
                {
                    "title": "小販牌照續期　明年起可網上辦理",
                    "title_size": 38,
                    "paragraphs": [
                        "【本報訊】食環部門宣布，明年一月起，持牌小販可透過網上平台辦理牌照續期，"
                        "毋須親身到辦事處排隊。年長小販如不熟悉網上操作，仍可到辦事處或由家人代辦。",
                        "小販聯會主席甄國雄歡迎新安排，但希望部門在各區街市設流動服務站，協助會員登記網上帳戶。",
                    ],
                },
            ),
            (
                2,
                2,
                {
                    "title": "長者兩元乘車優惠　下月擴至街渡",
                    "title_size": 38,
                    "paragraphs": [
                        "【本報訊】政府公布，長者兩元乘車優惠計劃下月起擴展至六條離島街渡航線，"
                        "預計每日約有三千人次受惠。合資格長者只需以長者八達通付款。",
                        "有離島居民表示，街渡船費動輒二三十元，優惠擴展後，老人家出市區睇醫生可以慳返唔少錢。",
                    ],
                },
            ),
        ],
    ],
}

QINGHE = {
    "stem": "zh_sim_duzhe_laixin_letters_page_signature_at_foot_department_reply",
    "script": "sc",
    "width": 1800,
    "ncols": 3,
    "text_size": 26,
    "tesseract": ("chi_sim", "alto"),
    "masthead": {"name": "青禾日报", "right": ["2026年12月1日　星期二", "第7版　读者来信"]},
    "date": "2026-12-01",
    "page": ["第7版", "7"],
    "foot": "来信请寄：青禾市文昌路18号青禾日报读者服务部　邮编：438000",
    "rows": [
        [
            (
                0,
                2,
                {
                    "title": "老小区加装电梯，别让“最后一公里”卡住",
                    "title_size": 40,
                    "byline": ["青禾市东湖区　读者　吴雪梅", "吴雪梅"],
                    "byline_end": True,
                    "paragraphs": [
                        "我家住在东湖区纺机厂宿舍五楼，楼里十二户有七户是七十岁以上的老人。"
                        "去年社区动员加装电梯，大家都很高兴，方案很快通过了，施工队也进了场。",
                        "可电梯井刚挖好，一楼住户提出电梯挡了采光，要求补偿，工程就这样停了三个多月。"
                        "我们找过社区，也找过街道，各方都说要“协商解决”，但一直没有结果。",
                        "我想，加装电梯是好事，低层住户的难处也应该体谅。希望有关部门能拿出一个补偿的参考标准，"
                        "让大家心里有杆秤，不要让好事卡在最后一步。",
                    ],
                },
            ),
            (
                2,
                1,
                {
                    "title": "公交站台该有个座椅",
                    "title_size": 36,
                    "byline": ["青禾市　读者　程光远", "程光远"],
                    "byline_end": True,
                    "paragraphs": [
                        "文昌路人民医院站每天候车的人很多，不少是来看病的老人，可站台上连一张座椅都没有。"
                        "建议在站台加装几张座椅，再加个遮阳棚。",
                        "夏天日头毒，冬天风又大，老人拄着拐杖站二十分钟，实在吃不消。希望公交公司能听听乘客的声音。",
                        "另外，站牌上的字太小，线路图也被小广告盖住了，建议一并清理。",
                    ],
                },
            ),
        ],
        [
            (
                0,
                2,
                {
                    "title": "夜里施工噪音扰民谁来管",
                    "title_size": 36,
                    "byline": ["青禾市西岭区　读者　谭　平", "谭　平", "谭平"],
                    "byline_end": True,
                    "byline_after": 2,
                    "bold": [
                        "青禾市城市管理局回复：经核查，该工地确有夜间违规施工行为，我局已责令停止并依法处罚。"
                        "今后将加强夜间巡查，市民可拨打12319反映。"
                    ],
                    "paragraphs": [
                        "我家附近的西岭路有个工地，最近一个月几乎每晚都施工到十二点以后，搅拌车进进出出，吵得人睡不着。",
                        "我打过几次电话反映，每次安静两天又照旧。夜间施工需要审批，不知道这个工地有没有办手续。",
                        "我们小区住的多是上班族和学生，白天忙了一天，晚上睡不好，第二天没精神。希望有关部门认真查一查。",
                        "青禾市城市管理局回复：经核查，该工地确有夜间违规施工行为，我局已责令停止并依法处罚。"
                        "今后将加强夜间巡查，市民可拨打12319反映。",
                    ],
                },
            ),
            (
                2,
                1,
                {
                    "title": "点赞社区食堂",
                    "title_size": 36,
                    "byline": ["青禾市江南街道　读者　何秀英", "何秀英"],
                    "byline_end": True,
                    "paragraphs": [
                        "我们江南街道开了社区食堂，两荤一素只要十二块钱，八十岁以上老人还打八折。我们老两口中午再也不用为做饭发愁了。",
                        "食堂的师傅很用心，饭菜做得软烂清淡，还会根据大家的意见调整菜单。行动不便的老人打个电话，志愿者就把饭送上门。"
                        "我想通过报纸，向街道和食堂的工作人员说声谢谢。",
                        "听说明年全市还要新开二十家社区食堂，希望更多老人能吃上这口热乎饭。",
                    ],
                },
            ),
        ],
    ],
}

JATOBA = {
    "stem": "pt_br_scan_jornal_regional_chapeu_linha_fina_por_byline_foto_credit_slash",
    "script": "latin",
    "width": 1960,
    "ncols": 4,
    "text_size": 25,
    "tesseract": ("fra", "pdf"),
    "scan": -1.1,
    "seed": 2904,
    "masthead": {
        "name": "DIÁRIO DO VALE DO JATOBÁ",
        "size": 56,
        "right": ["Terça-feira, 1º de dezembro de 2026", "Página 5 | Cidades"],
    },
    "date": "2026-12-01",
    "page": ["Página 5", "5"],
    "foot": "Diário do Vale do Jatobá | Cidades | 5",
    "rows": [
        [
            (
                0,
                3,
                {
                    "kicker": "MOBILIDADE",
                    "title": "Ciclovia da Avenida Ipê-Amarelo fica pronta em janeiro",
                    "title_size": 52,
                    "subtitle": "Obra de 6,4 km liga o Terminal Norte ao campus da universidade e custou R$ 3,1 milhões",
                    "byline": ["Por Lúcia Tavares", "Lúcia Tavares"],
                    "photo": {
                        "col": 1,
                        "height": 230,
                        "caption": "Trecho da ciclovia já sinalizado perto do Terminal Norte, na zona norte da cidade",
                        "credit": "Renato Siqueira/Diário do Vale",
                    },
                    "paragraphs": [
                        "A ciclovia da Avenida Ipê-Amarelo deve ser entregue na segunda quinzena de janeiro, segundo a "
                        "Secre~taria Municipal de Obras. Faltam apenas a pintura da faixa e a instalação dos semá~foros "
                        "nos cruza~mentos com a Rua das Acácias e a Avenida Brasil.",
                        "Com 6,4 quilô~metros, a via liga o Terminal Norte ao campus da universidade e deve atender cerca "
                        "de dois mil ciclistas por dia. “Hoje muita gente pedala no meio dos carros porque não tem "
                        "alter~nativa”, afirmou o secretário Otávio Brandão.",
                        "Os moradores do bairro Jardim das Flores, porém, reclamam da retirada de vagas de estaciona~mento. "
                        "A associação de comer~ciantes pediu à prefeitura a criação de bolsões de estacionamento nas ruas "
                        "transver~sais.",
                        "A prefeitura promete ainda um bicicle~tário com quarenta vagas ao lado do terminal.",
                    ],
                },
            ),
            (
                3,
                1,
                {
                    "kicker": "CULTURA",
                    "title": "Feira do livro volta à Praça da Matriz",
                    "title_size": 36,
                    "paragraphs": [
                        "A 12ª Feira do Livro do Jatobá começa na sexta-feira, na Praça da Matriz, com sessenta "
                        "exposi~tores e uma programa~ção de contação de histórias para as crianças das escolas munici~pais.",
                        "A entrada é gratuita. A feira vai até o dia 13 de dezembro.",
                        "Neste ano, a homena~geada é a poeta Cecília Moraes Leite, nascida no distrito de Santa Rita.",
                    ],
                },
            ),
        ],
        [
            (
                0,
                2,
                {
                    "kicker": "SAÚDE",
                    "title": "Posto do Jardim Aurora passa a abrir até as 22h",
                    "title_size": 36,
                    "paragraphs": [
                        "A Unidade Básica de Saúde do Jardim Aurora amplia o horário de atendi~mento a partir de segunda-feira. "
                        "O posto vai funcionar das 7h às 22h, de segunda a sexta, com dois médicos no período noturno.",
                        "Segundo a secretaria, a mudança deve reduzir a procura pelo pronto-socorro municipal.",
                        "Para ser atendido à noite, o morador precisa apresentar o cartão do SUS e um comprovante de "
                        "residência no bairro. Casos graves continuam sendo encami~nhados ao hospital regional.",
                    ],
                },
            ),
            (
                2,
                2,
                {
                    "kicker": "TRÂNSITO",
                    "title": "Ponte do Rio Claro terá meia pista por duas semanas",
                    "title_size": 36,
                    "paragraphs": [
                        "A partir de quinta-feira, a Ponte do Rio Claro funcionará em meia pista para a troca das juntas de "
                        "dilatação. Os motoristas devem usar a Rodovia do Contorno como alternativa nos horários de pico.",
                        "Ônibus das linhas 210 e 215 terão o itine~rário alterado durante a obra, informou a empresa "
                        "Transjatobá. Os pontos provisórios estarão sinalizados com faixas amarelas.",
                    ],
                },
            ),
        ],
    ],
}

LINDEVALLEI = {
    "stem": "nl_regionaal_dagblad_bovenkop_bold_intro_door_byline_ij_kort_column",
    "script": "latin",
    "width": 1960,
    "ncols": 4,
    "text_size": 26,
    "tesseract": ("eng", "hocr"),
    "masthead": {
        "name": "Dagblad van de Lindevallei",
        "size": 56,
        "right": ["Dinsdag 1 december 2026", "Regio 11"],
    },
    "date": "2026-12-01",
    "page": ["Regio 11", "11"],
    "foot": "11 | Regio | Dagblad van de Lindevallei",
    "rows": [
        [
            (
                0,
                3,
                {
                    "kicker": "Veerpont",
                    "title": "Pont bij Oosterhaven vaart weer na wekenlange storing",
                    "title_size": 52,
                    "byline": ["Door Sanne de Wijk", "Sanne de Wijk"],
                    "bold": [
                        "Na bijna vier weken stilstand vaart het voetveer tussen Oosterhaven en Dijkzicht sinds "
                        "zaterdag weer. Fietsers en scholieren hoeven niet langer elf kilometer om te rijden."
                    ],
                    "photo": {
                        "col": 2,
                        "height": 220,
                        "caption": "De gerepareerde pont legt zaterdagochtend aan bij de steiger in Dijkzicht.",
                        "credit": "Foto Joost Hendriks",
                    },
                    "paragraphs": [
                        "Na bijna vier weken stilstand vaart het voetveer tussen Oosterhaven en Dijkzicht sinds "
                        "zaterdag weer. Fietsers en scholieren hoeven niet langer elf kilometer om te rijden.",
                        "De pont lag sinds begin november aan de kant door een kapotte schroef~as. Het onderdeel moest "
                        "in Duitsland worden nagemaakt, wat langer duurde dan de gemeente had verwacht.",
                        "„We zijn blij dat het eindelijk opgelost is”, zegt wethouder Pieter van Rijswijk. „Voor veel "
                        "kinderen uit Dijkzicht is dit de kortste weg naar school.” De gemeente onderzoekt of er een "
                        "reserve~onderdeel op voorraad kan komen.",
                        "Voor de scholen in Oosterhaven was de storing lastig. Volgens directeur Ingrid Veldkamp van "
                        "het Linde~college kwamen tien~tallen leerlingen de afgelopen weken te laat in de eerste les.",
                        "Schipper Henk Bijlsma telde op de eerste dag ruim driehonderd over~tochten. „Iedereen was "
                        "vrolijk. Sommige mensen hadden zelfs koffie meegenomen voor de beman~ning.”",
                        "De pont vaart in de winter van zeven uur ’s ochtends tot acht uur ’s avonds. Een overtocht "
                        "kost voor fietsers één euro; scholieren met een pas varen gratis.",
                    ],
                },
            ),
            (
                3,
                1,
                {
                    "label": "Kort",
                    "section": ["Kort", None],
                    "title": "IJsbaan zoekt vrijwilligers",
                    "title_size": 34,
                    "paragraphs": [
                        "De ijsvereniging in Lindehoven zoekt vrijwilligers voor de kassa en de kantine. "
                        "Aanmelden kan tot vrijdag bij het clubhuis.",
                        "Als het gaat vriezen, gaat de baan open zodra het ijs tien centimeter dik is.",
                        "Leden krijgen dit seizoen korting op de huur van schaatsen en een gratis kop chocolade~melk.",
                    ],
                },
            ),
        ],
        [
            (
                0,
                2,
                {
                    "title": "Nieuwe speeltuin in Zuiderwijk open",
                    "title_size": 38,
                    "paragraphs": [
                        "Kinderen in Zuiderwijk hebben sinds vrijdag een nieuwe speeltuin. Buurt~bewoners bedachten zelf "
                        "het ontwerp, met een klimtoren, een waterpomp en een grote zandbak. De gemeente betaalde "
                        "veertig~duizend euro.",
                        "Vooral de waterpomp is een succes, zegt buurt~bewoonster Fatima El Amrani. „Op zaterdag stonden "
                        "er twintig kinderen tegelijk met hun voeten in de modder.” Volgend voorjaar komen er nog "
                        "bankjes en een picknicktafel bij.",
                    ],
                },
            ),
            (
                2,
                2,
                {
                    "title": "Bibliotheek Lindehoven langer open",
                    "title_size": 38,
                    "paragraphs": [
                        "De bibliotheek aan het Marktplein is vanaf januari ook op zondagmiddag open. Volgens de "
                        "directie vragen vooral studenten en gezinnen met jonge kinderen al lang om ruimere "
                        "openings~tijden.",
                        "Om de extra uren te betalen, schuift de gemeente dertig~duizend euro per jaar bij. De "
                        "bibliotheek zoekt daarnaast vrijwilligers die op zondag willen helpen bij de uitleen~balie.",
                    ],
                },
            ),
        ],
    ],
}

PAGES = [LANCHUAN, GANGWAN, QINGHE, JATOBA, LINDEVALLEI]
