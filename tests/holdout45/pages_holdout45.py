"""The text of every holdout45 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms and events are invented; real cities and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`jump` is a jump line set flush right under the story's text (furniture); the text before it breaks off mid-sentence.
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
"""

FANGCHAN = {
    "stem": "zh_sim_fangchan_page_wen_tu_byline_lead_photo_no_credit_loushi_shuju_box_data_source_line_yi_shi_er_shi_san_shi_paragraphs",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["澄州晚报", "2026年12月2日　星期三", "B3　房产"],
    "date": "2026-12-02",
    "page": ["B3　房产", "B3"],
    "foot": "澄州晚报　B3　房产　　房产热线：0572-6613300　　责任编辑：季　明",
    "note": "A 房产 page: a lead under a `文/图　本报记者　X` byline line (the writer took the photo, so the caption has no credit), a photo heading its second column; a reversed 楼市数据 label over a framed box of one district a line closing with a `（数据来源：…）` line; a 购房提醒 piece whose paragraphs open 一是／二是／三是 under a reporter-and-intern byline line; a 本报讯 item.",
    "rows": [
        [
            (
                [
                    {
                        "title": "老旧小区加装电梯驶入“快车道”",
                        "subtitle": "今年已有86台电梯投入使用　居民出资平均约三成",
                        "byline": ["文/图　本报记者　韦思远", "本报记者　韦思远", "韦思远"],
                        "photo_col": 1,
                        "caption": "11月27日，施工人员在澄州市东湖小区吊装电梯井架。",
                        "body": [
                            "早上八点，东湖小区7栋楼下已经围起了施工挡板，一节节钢结构井架正被吊车缓缓吊起。住在六楼的周阿姨站在一旁看了很久：“腿脚不好，爬一趟楼要歇三回，盼这部电梯盼了五年。”",
                            "东湖小区建于上世纪九十年代，全小区28栋楼都是六层或七层，没有一部电梯。去年，小区有11个单元提出加装申请，最难的是让一楼、二楼的住户点头。社区书记杭文静说，社区先后组织了二十多次协调会，最后由高层住户多出一部分钱，对低层住户的采光和噪声给予补偿。",
                            "记者从市住房和城乡建设局了解到，今年全市老旧小区已加装电梯86台，另有132台正在施工。按照我市的补助办法，每台电梯可获得政府补助20万元，其余费用由业主按楼层分摊，居民出资比例平均约三成。",
                            "市住建局相关负责人表示，明年将把加装电梯的审批时间压缩到20个工作日以内，并鼓励企业推出“以租代购”模式，减轻居民一次性出资的压力。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "楼市数据",
                        "section": ["楼市数据", None],
                        "box": True,
                        "listing": True,
                        "title": "上周新建商品住房成交",
                        "byline": None,
                        "source": [
                            None,
                            "澄州市住房和城乡建设局",
                            "数据来源：澄州市住房和城乡建设局",
                            "（数据来源：澄州市住房和城乡建设局）",
                        ],
                        "body": [
                            "东湖区　312套",
                            "西岭区　268套",
                            "高新区　421套",
                            "临港新区　97套",
                            "全市合计　1098套",
                            "环比上涨6.4%",
                            "（数据来源：澄州市住房和城乡建设局）",
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
                        "label": "购房提醒",
                        "section": ["购房提醒", None],
                        "title": "签认购书前要看清三件事",
                        "byline": ["本报记者　石晓楠　实习生　程　悦", "本报记者　石晓楠", "石晓楠"],
                        "body": [
                            "年底楼盘促销活动增多，不少购房者在售楼处被要求先交“诚意金”、签认购书。市消费者协会提醒，签字之前要看清三件事。",
                            "一是看清楼盘是否取得预售许可证。未取得预售许可证的项目，开发商不得收取任何预订款性质的费用。",
                            "二是看清定金条款。认购书中约定的定金一般不超过总房款的百分之二十，因开发商原因未能签订购房合同的，购房者有权要求双倍返还。",
                            "三是看清口头承诺是否写进合同。学位、地铁、赠送面积等宣传内容，最好逐条写入合同补充条款。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "公积金贷款最高额度上调至80万元",
                        "byline": None,
                        "body": [
                            "本报讯　记者从澄州市住房公积金管理中心获悉，自12月1日起，我市缴存职工家庭购买首套自住住房的公积金贷款最高额度由60万元上调至80万元，多子女家庭可再上浮10万元。",
                            "中心工作人员提醒，申请人可通过“澄州公积金”小程序查询本人可贷额度，无需到窗口排队。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

XIAOFEI = {
    "stem": "zh_sim_scan_xiaofei_page_yinti_lead_photo_credit_xiaofei_tishi_box_numbered_tips_tousu_huiyin_item_jianxi_jizhe_signature_at_end",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": True,
    "seed": 45002,
    "angle": -0.8,
    "ncols": 4,
    "masthead": ["渠阳日报", "2026年12月2日　星期三", "第6版　消费"],
    "date": "2026-12-02",
    "page": ["第6版　消费", "6"],
    "foot": "渠阳日报　第6版　消费　　消费维权热线：12315　　本版编辑：邝雨桐",
    "note": "A scanned 消费 page: a lead with 引题 (kicker), 主题 and a bold 副题 (subtitle), a reporter's byline line, a photo with `X　摄` credit heading its second column; a reversed 消费提示 label over a framed box of four numbered tips (`1.` … `4.`), one a paragraph; a reversed 投诉回音 label over an item signed at the end of its last paragraph `（见习记者　X）`; a short item with no byline.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "预付卡“跑路”之后",
                        "title": "健身房闭店　会员卡余额谁来退",
                        "subtitle": "三百多名会员联名投诉　市场监管部门介入调查",
                        "byline": ["本报记者　郝嘉宁", "郝嘉宁"],
                        "photo_col": 1,
                        "caption": "11月29日，渠阳市河西一家健身房门口贴出停业告示。",
                        "credit": "郝嘉宁　摄",
                        "body": [
                            "“上个月刚续了两年的卡，三千六百元，一节课都没上几次，店就关了。”市民童女士拿着会员卡来到本报热线，语气里满是无奈。",
                            "童女士所说的是位于河西新区的一家连锁健身房。11月中旬，这家健身房在门口贴出“装修升级、暂停营业”的告示，此后再未开门，店长和教练的电话也无人接听。记者了解到，目前已有三百多名会员在网上建群维权，涉及金额超过一百万元。",
                            "渠阳市市场监督管理局河西分局已经介入调查。执法人员介绍，该健身房的经营主体已被列入经营异常名录，分局正在联系其投资人，督促其制定退款方案。",
                            "律师谢文韬表示，商家停业后无法继续提供服务，消费者有权要求退还卡内余额。维权时应保存好会员卡、付款记录和聊天截图，必要时可以向人民法院提起诉讼。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "消费提示",
                        "section": ["消费提示", None],
                        "box": True,
                        "title": "办理预付卡记住四点",
                        "byline": None,
                        "body": [
                            "1.选择经营时间长、信誉好的商家，查看其营业执照。",
                            "2.单次充值不宜过多，尽量选择按次或按月付费。",
                            "3.签订书面合同，写明退卡条件和违约责任。",
                            "4.商家突然停业时，及时拨打12315投诉。",
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
                        "label": "投诉回音",
                        "section": ["投诉回音", None],
                        "title": "网购空调迟迟不安装　商家已上门处理",
                        "byline": [None, "车　凡", "车凡", "见习记者　车　凡", "（见习记者　车　凡）"],
                        "body": [
                            "11月20日，家住城南街道的读者彭先生反映，他在网上购买的一台空调送货已一周，商家承诺的免费安装却一直没有人来。",
                            "记者随后联系了该品牌在渠阳的售后服务网点。网点负责人解释，近期订单集中，安装人员不足。11月25日，安装师傅上门完成了安装，网点还向彭先生赠送了一次清洗服务。（见习记者　车　凡）",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "我市发布年货消费“红黑榜”",
                        "byline": None,
                        "body": [
                            "12月1日，渠阳市消费者协会公布了今年下半年商品比较试验结果，抽检的40款坚果炒货中，有3款过氧化值超标，已通报生产企业所在地监管部门。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

YULE = {
    "stem": "zh_tra_hongkong_yule_page_black_square_jizhe_byline_photo_she_credit_benzhou_shangying_film_list_box_wen_colon_yingping_yuquan_kuaixun",
    "script": "zh_tra",
    "tess": ("chi_tra", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["東灣日報", "2026年12月2日　星期三", "C2　娛樂"],
    "date": "2026-12-02",
    "page": ["C2　娛樂", "C2"],
    "foot": "東灣日報　C2　娛樂　　讀者熱線：2561 3308　　電郵：ent@tunwan.example",
    "note": "A Hong Kong 娛樂 page (traditional): a lead under a byline line opening with a black square (`■記者　X`), quotes 「…」 with 『…』 inside, a photo with a `X攝` credit heading its second column; a framed 本週上映 box listing one film a line (title, genre, rating); a reversed 影評 label over a review signed `文：X` on its own line; a reversed 娛圈快訊 label over two items.",
    "rows": [
        [
            (
                [
                    {
                        "title": "粵語話劇《鐵皮屋》三十年後重演",
                        "subtitle": "原班演員回歸　明年三月文化中心上演",
                        "byline": ["■記者　梁嘉欣", "記者　梁嘉欣", "梁嘉欣"],
                        "photo_col": 1,
                        "caption": "（左起）戴子康、鍾美寶和羅志添昨日在排練室重溫經典一幕。",
                        "credit": "梁嘉欣攝",
                        "body": [
                            "三十年前在香港大會堂首演的粵語話劇《鐵皮屋》，明年三月將在香港文化中心重演。昨日劇團召開記者會，當年飾演一家三口的戴子康、鍾美寶和羅志添悉數出席，三人一見面便相擁而笑。",
                            "《鐵皮屋》講述七十年代一家人在木屋區的生活，首演時連演四十場，場場爆滿。導演岑浩然說：「當年我哋排戲，連佈景都係自己釘出嚟。今次重演，劇本一隻字都冇改。」",
                            "已年過七十的戴子康坦言，最擔心的是記不住台詞：「我每日朝早都會行山，一路行一路背，太太話我好似返咗去做學生。」鍾美寶則笑稱，今次要演回三十年前自己的角色的母親，「化妝師都唔使點幫我化老」。",
                            "劇團表示，門票將於本月十五日起在各售票處公開發售，票價由180元至480元，長者及學生可享半價優惠。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "電影",
                        "section": ["電影", None],
                        "box": True,
                        "listing": True,
                        "title": "本週上映",
                        "byline": None,
                        "body": [
                            "《海港來信》　劇情　IIA級",
                            "《夜行巴士》　驚慄　IIB級",
                            "《小熊回家》　動畫　I級",
                            "《再見球場》　紀錄片　I級",
                            "《雙城快遞》　喜劇　IIA級",
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
                        "label": "影評",
                        "section": ["影評", None],
                        "title": "《海港來信》：寫給舊日的情書",
                        "byline": ["文：蘇　湄", "蘇　湄", "蘇湄"],
                        "body": [
                            "導演韋家朗的第二部長片，用一疊七十年代的信件，串起一對分隔兩地的戀人。全片節奏緩慢，卻不沉悶，筲箕灣的渡輪碼頭拍得格外動人。",
                            "可惜後半段加入太多巧合，結局又交代得過於倉促，令前面累積的情緒散了大半。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "label": "娛圈快訊",
                        "section": ["娛圈快訊", None],
                        "title": "區詠恩新歌登榜首",
                        "byline": None,
                        "body": [
                            "新人區詠恩上月推出的首支粵語歌《等一班車》，本週登上本地電台流行榜榜首，網上點擊率已突破三百萬。",
                        ],
                    },
                    {
                        "section": [None, "娛圈快訊"],
                        "title": "馮浩賢開騷加場",
                        "byline": None,
                        "body": [
                            "歌手馮浩賢明年一月的紅館演唱會門票開售即告售罄，主辦單位昨日宣布加開兩場。",
                        ],
                    },
                ],
                2,
                2,
            ),
        ],
    ],
}

AGENDA = {
    "stem": "ca_setmanari_comarcal_agenda_page_caps_avantitol_entradeta_text_i_fotos_byline_agenda_day_heads_hour_entries_opinio_signed_at_foot_breus",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["El Pregoner de Rocafort", "Dimecres, 2 de desembre de 2026", "Agenda i cultura 14"],
    "date": "2026-12-02",
    "page": ["Agenda i cultura 14", "14"],
    "foot": "14 · Agenda i cultura · El Pregoner de Rocafort",
    "note": "A Catalan county weekly's agenda and culture page read by Tesseract eng (no Catalan model is installed): a caps avantítol (kicker), a head, a bold entradeta (subtitle), the byline line `Text i fotos: X` (the writer took the photo, so the caption has no credit), Catalan quotes «…», the middle dot of l·l and ’ apostrophes, a photo heading the second column; a reversed Agenda label over a framed listing whose day heads (`Dijous 3`) are headings over one event a line (`19.00 h · …`); an Opinió column signed flush right at its foot; a reversed Breus label over two items.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "FIRA DE NADAL",
                        "title": "La fira d’artesans omplirà la plaça Major tres dies",
                        "subtitle": "Una cinquantena de parades, tallers per a la mainada i el primer mercat de llibre de segona mà",
                        "byline": ["Text i fotos: Laia Vilaró", "Laia Vilaró"],
                        "photo_col": 1,
                        "caption": "Dues artesanes preparen les figures de fang que vendran a la fira.",
                        "body": [
                            "La plaça Major de Rocafort acollirà del 12 al 14 de desembre la vint-i-cinquena edició de la Fira de Nadal, que enguany reunirà una cinquantena de parades d’artesania, alimentació i decoració. L’Ajuntament hi ha destinat un pressupost de 18.000 euros, un deu per cent més que l’any passat.",
                            "La principal novetat serà un mercat de llibre de segona mà que organitza el col·lectiu Llegir al Poble. «Volem que els llibres que dormen als prestatges tornin a circular», explica la seva portaveu, Montserrat Gelabert.",
                            "Els més petits tindran tallers de fanalets i de galetes de Nadal cada tarda al pati de l’escola Sant Jordi, i el dissabte a la nit la coral Veus del Roure oferirà un concert a l’església parroquial.",
                            "La regidora de Promoció Econòmica, Anna Roca~figuera, ha destacat la il·lusió dels comerciants: «La fira omple el poble de visitants i els botiguers ho noten durant tot el mes».",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Agenda",
                        "section": ["Agenda", None],
                        "box": True,
                        "listing": True,
                        "title": "Aquesta setmana",
                        "byline": None,
                        "body": [
                            ("h", "Dijous 3"),
                            "19.00 h · Xerrada sobre els molins del Roure · Biblioteca",
                            ("h", "Divendres 4"),
                            "18.30 h · Contacontes · Biblioteca",
                            "21.00 h · Cinefòrum · Casal",
                            ("h", "Dissabte 5"),
                            "10.00 h · Mercat de pagès · Plaça Major",
                            "22.00 h · Ball amb el grup Tramuntana · Casal",
                            ("h", "Diumenge 6"),
                            "11.00 h · Sortida a peu a la font del Roure",
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
                        "label": "Opinió",
                        "section": ["Opinió", None],
                        "title": "El poble que llegia al carrer",
                        "sign": True,
                        "byline": ["Ramon Pujolar i Serrat", "Ramon Pujolar"],
                        "body": [
                            "Quan era petit, a l’estiu, les veïnes treien les cadires al carrer i llegien en veu alta les cartes que arribaven de fora. Ningú no en deia club de lectura, però ho era.",
                            "Ara tenim biblioteca, tauletes i mòbils, i sovint el carrer és buit. Potser el mercat de llibres de la fira ens recordarà que llegir també és una manera d’estar junts.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "label": "Breus",
                        "section": ["Breus", None],
                        "title": "Nou horari de la deixalleria",
                        "byline": None,
                        "body": [
                            "A partir del gener la deixalleria obrirà també els dissabtes al matí, de 9 a 13 hores.",
                        ],
                    },
                    {
                        "section": [None, "Breus"],
                        "title": "La cursa solidària recull 4.200 euros",
                        "byline": None,
                        "body": [
                            "Les activitats solidàries del cap de setmana van recaptar 4.200 euros per a la recerca mèdica.",
                        ],
                    },
                ],
                2,
                2,
            ),
        ],
    ],
}

VELEMENY = {
    "stem": "hu_scan_megyei_napilap_velemeny_page_caps_rovat_kicker_jegyzet_foto_credit_helyreigazitas_box_signed_olvasoink_irjak_letters_name_town_signatures",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": True,
    "seed": 45005,
    "angle": 0.6,
    "ncols": 4,
    "masthead": ["Tiszaháti Hírlap", "2026. december 2., szerda", "Vélemény 9"],
    "date": "2026-12-02",
    "page": ["Vélemény 9", "9"],
    "foot": "Tiszaháti Hírlap | Vélemény | 2026. december 2. | 9",
    "note": "A scanned Hungarian county daily's opinion page read by Tesseract eng into a searchable PDF (no Hungarian model is installed): a caps JEGYZET kicker over a column under the writer's name (surname first), Hungarian quotes „…”, ő ű, a photo with `Fotó: X` credit heading its second column; a framed Helyreigazítás box (a correction) signed `A szerkesztőség` at its foot; a reversed `Olvasóink írják` label over two readers' letters, each signed at its foot with name and town (`Kovács Éva, Berekfürdő`).",
    "rows": [
        [
            (
                [
                    {
                        "kicker": ["JEGYZET", None],
                        "section": [None, "JEGYZET"],
                        "title": "Ha a busz nem jön",
                        "byline": "Varga Bence",
                        "photo_col": 1,
                        "caption": "A megszüntetett járat megállója a falu szélén",
                        "credit": "Fotó: Németh Gábor",
                        "body": [
                            "Decembertől két falusi buszjárat megszűnik a térségben. A közlekedési társaság szerint a járatokon átlagosan négy-öt utas ült, így a fenntartásuk nem gazdaságos. A számokkal nehéz vitatkozni.",
                            "Csakhogy a négy-öt utas nem statisztika. Ők azok az idős emberek, akik hetente egyszer orvoshoz mennek, és azok a diákok, akik a városi gimnáziumba járnak. Nekik nincs autójuk, és a legközelebbi vasút~állomás tizenkét kilométerre van.",
                            "A polgármesterek közös levélben kérték a döntés felülvizsgálatát. „Nem luxust kérünk, hanem azt, hogy el lehessen jutni a rendelőbe” – írta egyikük. A társaság januárig ígért választ.",
                            "Addig marad a telefon, a szomszéd autója és a türelem. Ha a busz nem jön, a falu nem megy sehová.",
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
                        "title": "Helyreigazítás",
                        "sign": True,
                        "byline": ["A szerkesztőség", None],
                        "body": [
                            "November 25-i számunk 5. oldalán tévesen jelent meg, hogy a berekfürdői óvoda felújítása 40 millió forintba kerül. A helyes összeg 14 millió forint. Olvasóink és az érintettek szíves elnézését kérjük.",
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
                        "label": "Olvasóink írják",
                        "section": ["Olvasóink írják", None],
                        "title": "Köszönet a mentősöknek",
                        "sign": True,
                        "byline": ["Kovács Éva, Berekfürdő", "Kovács Éva"],
                        "body": [
                            "Október végén a férjem rosszul lett a kertben. A mentők tizenöt perc alatt kiértek, pedig a falunk messze esik a várostól. Ezúton szeretném megköszönni a mentő~egység munkáját és a kórház belgyógyászati osztályának gondos ápolását.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "section": [None, "Olvasóink írják"],
                        "title": "Hol a járda?",
                        "sign": True,
                        "byline": ["Szalai Imre, Tiszaörs", "Szalai Imre"],
                        "body": [
                            "A Petőfi utca végén két éve ígérték, hogy járda épül az iskoláig. A gyerekek ma is az úttest szélén mennek, sötétben, esőben. Meddig kell még várni?",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [FANGCHAN, XIAOFEI, YULE, AGENDA, VELEMENY]
