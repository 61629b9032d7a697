"""The text of every holdout51 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, schools, clubs and events are invented; real cities, regions and mountains are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
`source_sign` sets the source's printed reading flush right under the last paragraph.
"""

TIANWEN = {
    "stem": "zh_sim_tianwen_xingkong_page_yinti_lead_aihaozhe_credit_tianxiang_rili_box_minus_magnitude_guanxing_ketang_wen_da_lines",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": False,
    "ncols": 4,
    "masthead": ["霁川晚报", "2026年12月10日　星期四", "A12　星空"],
    "date": "2026-12-10",
    "page": ["A12　星空", "A12"],
    "foot": "霁川晚报　A12　星空　　天文热线：0736-8850412　　本版编辑：闻　笛　校对：沈可",
    "note": "A 星空 (astronomy) page: a lead with 引题 (kicker), head and 副题 under a byline line, a photo heading its second column credited to an amateur astronomer `天文爱好者　X　摄`; a reversed 天象预告 label over a framed sky calendar, one date a line, one entry with a magnitude printed with a minus sign `−4.6等`, closing on a bracketed note; a reversed 观星课堂 label over a question-and-answer piece of `问：`/`答：` paragraphs; an unsigned item about a winter astronomy camp.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "双子座流星雨14日迎来极大",
                        "title": "今冬最佳流星雨　城郊观星正当时",
                        "subtitle": "今年月光干扰小　理想条件下每小时可见百余颗",
                        "byline": ["本报记者　宁远舟", "宁远舟"],
                        "photo_col": 1,
                        "caption": "去年12月，天文爱好者在霁川南山拍到的双子座流星。",
                        "credit": "天文爱好者　宋启明　摄",
                        "body": [
                            "记者从霁川市天文学会获悉，被誉为“三大流星雨”之一的双子座流星雨将于12月14日迎来极大。今年极大前后新月刚过，月光干扰很小，是近年来观测条件最好的一次。",
                            "市天文学会秘书长范知秋介绍，双子座流星雨的辐射点位于双子座α星附近，入夜后即从东北方升起，后半夜升到高空，“14日凌晨两点前后是观测的黄金时间，在远离灯光的郊外，理想条件下每小时可以看到上百颗流星。”",
                            "范知秋提醒，观测流星雨不需要望远镜，用肉眼即可。市民最好选择视野开阔、没有灯光的地方，提前二十分钟让眼睛适应黑暗，并注意防寒保暖。",
                            "据了解，市天文馆将于13日晚在南山观景台举办公众观测活动，届时将有专业人员现场讲解。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "天象预告",
                        "section": ["天象预告", None],
                        "box": True,
                        "listing": True,
                        "title": "12月星空日历",
                        "byline": None,
                        "body": [
                            "12月14日　双子座流星雨极大",
                            "12月17日　月亮与土星相伴",
                            "12月22日　冬至",
                            "12月22日　小熊座流星雨极大",
                            "12月24日　满月",
                            "全月　金星亮度约−4.6等，黎明前见于东南方",
                            "（以上时间均为北京时间）",
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
                        "label": "观星课堂",
                        "section": ["观星课堂", None],
                        "title": "流星雨为什么有“极大”？",
                        "byline": None,
                        "body": [
                            "问：流星雨的“极大”是什么意思？",
                            "答：地球每年都会在差不多同一时间穿过彗星或小行星留下的尘埃带，穿过尘埃最密集的区域时，流星数量最多，这个时刻就叫“极大”。",
                            "问：在城里能看到吗？",
                            "答：城市灯光会淹没大部分暗弱的流星，市区一般每小时只能看到几颗，建议到郊外观测。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "市天文馆寒假天文营开始报名",
                        "byline": None,
                        "body": [
                            "市天文馆寒假青少年天文营即日起开始报名，面向全市10至15岁的中小学生，内容包括星座识别、望远镜使用和天文摄影入门。",
                            "营期为2027年1月20日至24日，名额60个，可通过“霁川天文馆”微信公众号报名。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

XIAOFANG = {
    "stem": "zh_sim_scan_xiaofang_page_tongxunyuan_first_byline_jinji_qiuzhu_box_phone_number_lines_anli_tixing_bracket_runins_quiz_option_lines",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": True,
    "seed": 51002,
    "angle": 0.7,
    "ncols": 4,
    "masthead": ["溱州晚报", "2026年12月9日　星期三", "A9　平安消防"],
    "date": "2026-12-09",
    "page": ["A9　平安消防", "A9"],
    "foot": "溱州晚报　A9　平安消防　　新闻热线：0736-2281190　　责任编辑：甘　棠",
    "note": "A scanned 消防 (fire safety) page: a lead with 引题 (kicker), head and a 副题 holding quoted words, under a byline line that names the 通讯员 before the reporter `通讯员　X　本报记者　Y`, a photo heading its second column credited `通讯员　X　摄`; a reversed 紧急求助 label over a framed box of one service a line with its telephone number; a reversed 以案说险 label over a case told in two paragraphs opened by bracketed run-in labels `【案例】`, `【提醒】`; an unlabelled quiz of numbered questions with blank brackets `（　　）`, one line of options `A.…　B.…　C.…` each, and an answer line.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "冬春火灾防控专项行动启动",
                        "title": "消防员走进老旧小区逐户查隐患",
                        "subtitle": "全市已整改火灾隐患1300余处　“小太阳”“电热毯”成检查重点",
                        "byline": [
                            "通讯员　梁建国　本报记者　童　欣",
                            "本报记者　童　欣",
                            "童　欣",
                            "梁建国　童　欣",
                        ],
                        "photo_col": 1,
                        "caption": "消防员在居民家中检查电暖器的使用情况。",
                        "credit": "通讯员　梁建国　摄",
                        "body": [
                            "入冬以来，溱州市消防救援支队联合各街道开展冬春火灾防控专项行动，组织消防员和网格员走进老旧小区、城中村和群租房，逐户检查用火用电情况。",
                            "在城西街道纺机厂宿舍，消防员发现不少老人习惯把“小太阳”取暖器放在床边，有的还在上面烘烤衣物。“取暖器离被褥太近，很容易引燃，一定要保持一米以上的距离。”消防员一边帮忙挪开取暖器，一边叮嘱。",
                            "支队防火监督处负责人介绍，截至12月8日，全市共检查单位和住户2.6万余家，发现并督促整改火灾隐患1300余处，其中电动自行车违规充电、私拉乱接电线和取暖设备使用不当占了七成以上。",
                            "专项行动将持续到明年3月底。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "紧急求助",
                        "section": ["紧急求助", None],
                        "box": True,
                        "listing": True,
                        "title": "这些电话要记牢",
                        "byline": None,
                        "body": [
                            "火警　119",
                            "医疗急救　120",
                            "报警　110",
                            "燃气抢修　96588",
                            "（拨打时请讲清详细地址）",
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
                        "label": "以案说险",
                        "section": ["以案说险", None],
                        "title": "电动车进楼充电　一场大火殃及三户",
                        "byline": None,
                        "body": [
                            "【案例】11月26日凌晨，城东一小区居民将电动自行车推进楼道充电，电池过热起火，浓烟顺着楼梯间蔓延，三户居民家中不同程度受损，所幸无人伤亡。",
                            "【提醒】电动自行车应在集中充电场所充电，严禁在楼道、楼梯间和室内停放充电，充电时间不宜超过八小时。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "消防知识小测验",
                        "byline": None,
                        "listing": True,
                        "body": [
                            "1.家用电器起火，首先应该（　　）",
                            "A.用水浇灭　B.切断电源　C.开窗通风",
                            "2.身上衣服着火时，正确的做法是（　　）",
                            "A.奔跑呼救　B.用手拍打　C.就地打滚",
                            "（答案：1.B　2.C）",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

TAIGI = {
    "stem": "zh_tra_taigi_page_minguo_date_wen_slash_byline_sheying_slash_credit_tailo_romanization_in_brackets_huatau_box_gloss_lines",
    "script": "zh_tra",
    "tess": ("chi_tra", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["鯤洋日報", "中華民國115年12月11日　星期五", "C5　台語園地"],
    "date": "2026-12-11",
    "page": ["C5　台語園地", "C5"],
    "foot": "鯤洋日報　C5　台語園地　　投稿信箱：taigi@kunyang.example　　編輯：葉秋萍",
    "note": "A traditional-character Taiwan 台語 (Taiwanese language) page with a 民國 date: a lead with 引題 (kicker) under a byline line `文／X`, Taiwanese words followed by their Tâi-lô romanization in brackets `囡仔（gín-á）`, accented Latin letters inside CJK lines, a photo heading its second column credited `攝影／X`; a reversed 台語話頭 label over a framed box of one word a line: the word, its romanization in brackets and its Mandarin gloss after a full-width space; a reversed 台語小教室 label over an explainer headed with 「」 quotes and a full-width `？`; an unsigned contest item.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "母語向下扎根",
                        "title": "阿公阿媽做老師　囡仔開嘴講台語",
                        "byline": ["文／許雅筑", "許雅筑"],
                        "photo_col": 1,
                        "caption": "林玉枝阿媽（右）用台語教幼兒園的囡仔唸唸謠。",
                        "credit": "攝影／蔡明翰",
                        "body": [
                            "每週三上午，海埔國小附設幼兒園的教室裡總會傳出一陣陣笑聲。五位社區裡的阿公阿媽輪流來當「台語老師」，用唸謠和遊戲教小朋友講台語。",
                            "今年七十二歲的林玉枝阿媽說，現在的囡仔（gín-á）大多聽得懂台語，卻不太敢開口，「我就從『多謝（to-siā）』、『歹勢（pháinn-sè）』這些日常用語教起，講久了他們就自然會講了。」",
                            "園長鄭淑惠表示，請長輩進校園不只讓孩子學母語，也讓祖孫兩代有更多話題，不少家長反映孩子回家後會主動用台語跟阿公阿媽聊天。",
                            "市教育局表示，明年將把這項「長輩伴讀」計畫擴大到二十所幼兒園。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "台語話頭",
                        "section": ["台語話頭", None],
                        "box": True,
                        "listing": True,
                        "title": "冬節的話",
                        "byline": None,
                        "body": [
                            "冬節（tang-tseh）　冬至",
                            "挲圓仔（so-înn-á）　搓湯圓",
                            "寒天（kuânn-thinn）　冬天",
                            "燒茶（sio-tê）　熱茶",
                            "穿較燒咧（tshīng khah sio--leh）　穿暖一點",
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
                        "label": "台語小教室",
                        "section": ["台語小教室", None],
                        "title": "「食飽未？」毋是真正問你食飽未",
                        "byline": None,
                        "body": [
                            "在台灣，長輩見面常問一句「食飽未？」，其實這是打招呼，就像華語的「你好」，不一定要回答吃了什麼。",
                            "回答的時候，講一句「食飽矣，多謝」就可以了。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "台語說故事比賽　即日起報名",
                        "byline": None,
                        "body": [
                            "鯤洋市政府文化局舉辦「阮厝的故事」台語說故事比賽，分國小組、國中組及社會組，即日起受理報名，報名至12月31日止。",
                            "得獎作品將錄製成有聲書，在市立圖書館及各區公所播放。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

FAMILIA = {
    "stem": "sw_scan_familia_page_caps_kicker_na_name_place_byline_picha_credit_ratiba_ya_chanjo_box_age_lines_swali_jibu_signed_dkt_na_mwandishi_wetu",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": True,
    "seed": 51004,
    "angle": -0.6,
    "ncols": 4,
    "masthead": ["Sauti ya Kisiwani", "Jumatano, Desemba 9, 2026", "Familia · Ukurasa 11"],
    "date": "2026-12-09",
    "page": ["Familia · Ukurasa 11", "11"],
    "foot": "Sauti ya Kisiwani · Familia · Ukurasa 11",
    "note": "A scanned Swahili weekly's Familia (family) page read by Tesseract eng into hOCR (no Swahili model is installed; Swahili needs no letter outside English): a caps kicker, a head, a bold deck (subtitle), a byline line `Na X, Place` (Swahili `Na` for `By`, with the town), a photo with `Picha: X` credit heading its second column; a reversed `Ratiba ya chanjo` label over a framed vaccination schedule, one age a line; a reversed `Uliza Daktari` label over a reader's question `Swali:` and the doctor's answer `Jibu:`, signed flush right `Dkt. X`; an item under the staff byline `Na Mwandishi Wetu`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "LIKIZO YA SHULE",
                        "title": "Wazazi wahimizwa kuwa karibu na watoto likizoni",
                        "subtitle": "Maafisa wa ustawi wa jamii wasema muda mwingi bila uangalizi unawaweka watoto hatarini",
                        "byline": ["Na Amina Juma, Tanga", "Amina Juma", "Na Amina Juma"],
                        "photo_col": 1,
                        "caption": "Watoto wakicheza katika uwanja wa shule ya msingi Mwambani mjini Tanga.",
                        "credit": "Picha: Said Mohamed",
                        "body": [
                            "Wazazi na walezi mkoani Tanga wametakiwa kutumia likizo ndefu ya mwisho wa mwaka kukaa karibu na watoto wao na kufuatilia wanachofanya, ili kuwaepusha na vishawishi na hatari mbalimbali.",
                            "Akizungumza na wanahabari jana, Afisa Ustawi wa Jamii wa wilaya, Bi. Rehema Mwinyi, alisema kipindi cha likizo ni wakati ambao watoto wengi hukaa nyumbani peke yao wazazi wakiwa kazini. “Mtoto anahitaji ratiba. Asubuhi asaidie kazi za nyumbani, mchana asome, jioni acheze na wenzake,” alisema.",
                            "Aliongeza kuwa wazazi wanapaswa pia kudhibiti muda ambao watoto wanatumia kwenye simu na televisheni, na kuzungumza nao kila siku kuhusu marafiki zao.",
                            "Shule nyingi mkoani humo zilifungwa Ijumaa iliyopita na zitafunguliwa tena mwezi Januari.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Ratiba ya chanjo",
                        "section": ["Ratiba ya chanjo", None],
                        "box": True,
                        "listing": True,
                        "title": "Chanjo za mtoto",
                        "byline": None,
                        "body": [
                            "Anapozaliwa · BCG, Polio",
                            "Wiki 6 · Polio, Penta, PCV, Rota",
                            "Wiki 10 · Polio, Penta, PCV, Rota",
                            "Wiki 14 · Polio, Penta, PCV",
                            "Miezi 9 · Surua, Rubella",
                            "Hudhuria kliniki kwa wakati.",
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
                        "label": "Uliza Daktari",
                        "section": ["Uliza Daktari", None],
                        "title": "Mtoto wangu anakohoa usiku",
                        "sign": True,
                        "byline": ["Dkt. Halima Said", "Halima Said"],
                        "body": [
                            "Swali: Mtoto wangu wa miaka mitatu amekuwa akikohoa usiku kwa wiki mbili sasa, ingawa mchana anacheza kama kawaida. Nifanye nini?",
                            "Jibu: Kikohozi cha usiku kinachodumu zaidi ya wiki mbili kinahitaji uchunguzi. Mpeleke mtoto kituo cha afya kilicho karibu ili aonwe na daktari.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Siku ya familia kuadhimishwa Jumamosi",
                        "byline": ["Na Mwandishi Wetu", "Mwandishi Wetu", None],
                        "body": [
                            "Halmashauri ya Jiji la Tanga itaadhimisha siku ya familia Jumamosi hii katika viwanja vya Tangamano kwa michezo ya watoto, upimaji wa afya bure na elimu ya malezi. Wazazi wote wanakaribishwa.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

MENDIA = {
    "stem": "eu_mendia_page_caps_kicker_testua_colon_byline_argazkia_credit_fitxa_teknikoa_box_field_lines_decimal_comma_dated_outing_lines_n_tilde",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Ibarra Astekaria", "2026ko abenduaren 11, ostirala", "Mendia 14"],
    "date": "2026-12-11",
    "page": ["Mendia 14", "14"],
    "foot": "Ibarra Astekaria · Mendia · 14",
    "note": "A Basque local weekly's mountain (Mendia) page read by Tesseract eng into a searchable PDF (no Basque model is installed; Basque needs no letter outside English but ñ): a caps kicker, a head, a bold deck (subtitle), a byline line `Testua: X` (ñ in the name), a photo with `Argazkia: X` credit heading its second column; a reversed `Fitxa teknikoa` label over a framed route card of field lines `Distantzia: 14,2 km` (a decimal comma); a reversed `Segurtasuna` label over a short item; an unboxed list of the club's outings, one dated outing a line `Abenduak 20 · Gorbeia (Zeanuri)`, closing on an e-mail line.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "IRTEERA GOMENDATUA",
                        "title": "Aizkorrira, elurra iritsi aurretik",
                        "subtitle": "Arantzazutik abiatuta, Gipuzkoako gailur ezagunenetako batera igotzeko bide zaharra",
                        "byline": ["Testua: Iñaki Goñi", "Iñaki Goñi"],
                        "photo_col": 1,
                        "caption": "Urbiako zelaiak, Aizkorriko gailurretik ikusita.",
                        "credit": "Argazkia: Maite Arrizabalaga",
                        "body": [
                            "Abendua mendizale askorentzat urteko azken aukera izaten da gailur altuetara elurrik gabe igotzeko. Aizkorri horietako bat da, eta Arantzazutik abiatzen den ibilbidea ezagunenetakoa.",
                            "Santutegiaren ondoko aparkalekutik, bidea pagadian barrena igotzen da Urbiako zelaietaraino. Han, artzainen txabolen ondoan, atseden hartzeko toki aproposa dago. Gero malda gogorrena dator, harkaitz artean, gailurreraino.",
                            "“Goizean goiz irten behar da, eguna laburra baita abenduan, eta iluntzean hotza bat-batean jaisten da,” dio Aitor Lasak, Oñatiko mendi taldeko kideak.",
                            "Gailurrean ermita txiki bat eta aterpe bat daude, eguraldi txarra egiten badu babesteko.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Fitxa teknikoa",
                        "section": ["Fitxa teknikoa", None],
                        "box": True,
                        "listing": True,
                        "title": "Arantzazu – Aizkorri",
                        "byline": None,
                        "body": [
                            "Distantzia: 14,2 km",
                            "Desnibela: 780 m",
                            "Iraupena: 5 ordu",
                            "Zailtasuna: ertaina",
                            "Ura: Urbiako iturrian",
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
                        "label": "Segurtasuna",
                        "section": ["Segurtasuna", None],
                        "title": "Mendira, beti norbaiti esanda",
                        "byline": None,
                        "body": [
                            "Neguan mendira joan aurretik, etxean norbaiti esan behar zaio nora goazen eta noiz itzuliko garen. Telefonoa kargatuta eraman behar da, eta larrialdietan 112 zenbakira deitu.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Mendi taldearen hurrengo irteerak",
                        "byline": None,
                        "listing": True,
                        "body": [
                            "Abenduak 20 · Gorbeia (Zeanuri)",
                            "Urtarrilak 10 · Txindoki (Larraitz)",
                            "Urtarrilak 24 · Anboto (Urkiola)",
                            "Izena emateko: mendia@ibarra.example",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [TIANWEN, XIAOFANG, TAIGI, FAMILIA, MENDIA]
