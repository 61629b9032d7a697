"""The text of every holdout82 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, courts' cases, companies, letters, notices and events are invented; real towns and regions are
only settings. A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold (a reader's question).
`label` sets a reversed label over an article (its `section`); `brief` sets the head in the deck size; `tight`
sets the first line of text directly under the head; `inline_byline` marks a byline printed only inside the first
paragraph's opener; `sign` sets the byline flush right at the story's foot (a letter's name and town);
`jump_in` is the jump line printed over a story continued from page 1 (furniture); `box` rules a box round an
article; a `block` is furniture (a weather box of one line a day), each row one furniture string.
"""

PINGLUN = {
    "stem": "zh_sim_opinion_page_shiping_signed_commentary_photo_subhead_duzhe_laixin_letters_signed_name_town_benbao_pinglun_editorial_label_no_byline_tight_head",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["禾风晚报", "2027年11月3日　星期三", "A4　评论"],
    "date": "2027-11-03",
    "page": ["A4　评论", "A4"],
    "foot": "禾风晚报　A4　评论　　本版编辑：韩雨萌　　读者热线：0573-8205316",
    "note": "An opinion page of four columns: over three a signed commentary (kicker, head, subtitle, byline `□　…`, a photo heading its second column with caption and credit, a subhead, the text running from the foot of each column to the top of the next); in the fourth two letters to the editor under a reversed `读者来信` label, each with a head and signed flush right at its foot with the writer's town and name; under a rule an editorial over four columns under a reversed `本报评论` label, no byline, its head directly over its text.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "时评",
                        "title": "老街改造别只改“门面”",
                        "subtitle": "让居民说得上话，比刷一遍外墙更要紧",
                        "byline": ["□　钟明川", "钟明川", "□钟明川"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "改造后的月河老街，不少店铺换上了统一的招牌。",
                        "credit": "本报记者　周亦然　摄",
                        "body": [
                            "这两年，不少城市都在改造老街。墙面刷白了，招牌统一了，路面换成了石板，拍出来的照片一条比一条好看。可走进去问问住在里面的人，答案往往没有照片那么漂亮。",
                            "有居民说，改造前没人来问过他们的意见，施工半年，家门口的路挖了又填，买菜要绕一大圈。也有老店主说，统一招牌以后，门口那块用了三十年的木匾被拆了，老顾客反而找不到他的店了。",
                            "老街之所以是老街，不在于墙有多旧，而在于街上的人和日子。把住了几十年的人当成“背景”，改出来的只能是一条给游客拍照的街。街是热闹了，人却留不住。",
                            ("h", "多问一句“住得怎么样”"),
                            "改造之前，不妨挨家挨户问一问：哪里漏雨，哪里缺路灯，老人上下楼方不方便。这些事看起来小，却是居民每天都要面对的。",
                            "改造之中，施工计划应当提前贴出来，什么时候停水、哪段路封闭，都要讲清楚。居民心里有数，抱怨自然就少了。",
                            "改造之后，也别急着开庆功会。过半年再回去看看，问一句“住得怎么样”，比什么评比都实在。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "读者来信",
                        "section": ["读者来信", None],
                        "brief": True,
                        "title": "公交站台能否加个顶棚",
                        "byline": ["海宁　沈国平", "沈国平"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "我家附近的公交站只有一根站牌，没有顶棚，也没有座椅。下雨天，等车的老人和学生只能站在路边淋雨。",
                            "希望有关部门能来看看，给这个站台加个顶棚，再放两张长椅。",
                        ],
                    },
                    {
                        "section": [None, "读者来信"],
                        "brief": True,
                        "title": "小区快递柜收费应说清楚",
                        "byline": ["桐乡　许慧芬", "许慧芬"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "最近小区的快递柜开始收超时费，可柜子上没有任何说明，很多人是付了钱才知道。",
                            "收费可以，但规则应当贴在显眼的地方，让大家明明白白。",
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
                        "label": "本报评论",
                        "section": ["本报评论", None],
                        "tight": True,
                        "title": "把“一老一小”的事办在家门口",
                        "ncol": 4,
                        "body": [
                            "今年以来，全市新开了二十多家社区食堂和十几个托育点，老人吃饭、孩子入托的难处，正在一点点变少。这些变化不大，却是市民最能感受到的。",
                            "办好“一老一小”的事，关键在于离家近、价格实、服务稳。食堂开在小区里，老人走几步就能吃上热饭；托育点设在单位旁边，年轻父母上班前送、下班后接，心里就踏实了。",
                            "接下来，还要在管理上多下功夫。饭菜合不合口味，老师够不够专业，收费是否公开，都应当请居民来评一评。民生的事，做得好不好，最终要由群众说了算。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

GANGWEN = {
    "stem": "zh_tra_scan_hong_kong_court_police_page_pianan_court_report_photo_subhead_jingxun_blotter_place_lead_ins_gengzheng_corrections_box_benbaoxun_tight_head_second_story",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": True,
    "seed": 82002,
    "angle": 0.5,
    "ncols": 4,
    "masthead": ["維港新報", "2027年8月26日　星期四", "A8　港聞"],
    "date": "2027-08-26",
    "page": ["A8　港聞", "A8"],
    "foot": "維港新報　A8　港聞　　責任編輯：麥嘉欣　　新聞熱線：2856 3071",
    "note": "A Hong Kong court and police page (scanned): over three of four columns a court report (kicker, head, subtitle, byline, a photo heading its second column with caption and credit, a subhead, a 「」 quote, the text running from the foot of each column to the top of the next); in the fourth a boxed police blotter under a reversed `警訊` label (a head, one short item a paragraph, each opening on a place lead-in in 【】) and under it a boxed correction; under a rule a second story over four columns whose head sits directly over a 【本報訊】 opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "區域法院",
                        "title": "冒認銀行職員騙長者　男子囚三年",
                        "subtitle": "四個月騙款逾八十萬元　法官斥手法卑劣",
                        "byline": ["記者　梁曉晴", "梁曉晴"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "被告昨日判刑後由懲教署車押走。",
                        "credit": "記者　梁曉晴　攝",
                        "body": [
                            "一名三十四歲男子去年冒認銀行職員，致電多名獨居長者，聲稱對方戶口出現可疑交易，要求他們把存款轉往「安全戶口」，四個月內騙得逾八十萬元。男子早前承認六項欺詐罪，昨日在區域法院被判監三年。",
                            "案情指，被告每次都先說出長者的姓名和住址，令對方信以為真，再以「配合警方調查」為由，叫長者不要告訴家人。其中一名八十二歲婆婆，把積蓄十二萬元全數轉走。",
                            ("h", "家人發現存摺異常報警"),
                            "事件直至婆婆的女兒替她整理存摺時才被揭發。警方其後追查收款戶口，在觀塘一個單位拘捕被告，並檢獲多部手機和長者名單。",
                            "辯方求情時指，被告因欠下賭債才犯案，已寫信向受害人道歉，並願意分期還款。",
                            "法官判刑時表示，被告專門針對獨居長者，利用他們對銀行和警方的信任，「手法卑劣，對受害人造成的傷害不只是金錢」，故必須判處阻嚇性刑罰。",
                            "據悉，警方去年共接獲逾六百宗假冒銀行職員的騙案，受害人多為六十歲以上長者，損失金額比前年增加約三成。",
                            "受害婆婆的女兒在庭外表示，母親事後一直自責，晚上睡不好，家人現在每星期都會陪她到銀行處理存款，又替她的電話裝上過濾來電的程式。",
                            "警方提醒市民，銀行職員不會要求客戶把存款轉往其他戶口，如接到可疑來電，應立即掛線並致電反詐騙熱線查詢。",
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
                        "label": "警訊",
                        "section": ["警訊", None],
                        "brief": True,
                        "title": "昨日警情",
                        "ncol": 1,
                        "body": [
                            "【旺角】一名男子昨晨在通菜街一間手機店偷去兩部手機，離開時被店員截停，警員到場將他拘捕。",
                            "【荃灣】一輛輕型貨車昨午在沙咀道撞向路邊欄杆，司機受輕傷送院，事後通過酒精測試。",
                            "【將軍澳】一名十五歲少女前晚離家後未有回家，家人報警求助，少女昨日已被尋回。",
                            "【元朗】警方昨日在一個貨倉檢獲約二百箱懷疑私煙，拘捕兩名男子。",
                        ],
                    },
                    {
                        "box": True,
                        "brief": True,
                        "title": "更正",
                        "ncol": 1,
                        "body": [
                            "本報前日A6版〈渡輪加班船周末開航〉一文，誤將長洲航線的開航時間寫成上午七時，正確應為上午七時半。特此更正，並向讀者致歉。",
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
                        "title": "觀塘舊樓水管爆裂　二十戶停水半日",
                        "ncol": 4,
                        "body": [
                            "【本報訊】觀塘一幢樓齡逾五十年的舊樓昨晨有水管爆裂，大量食水湧出，樓梯和地下商鋪一度水浸，大廈約二十戶停水半日。",
                            "水務署人員到場關掉總掣，並安排水車供水。有住戶表示，大廈的水管多年未有更換，過去兩年已經爆裂過三次，希望業主立案法團盡快處理。",
                            "法團主席回應，已聘請工程公司檢查全幢水管，會在下月召開業主大會，商討更換水管的費用分擔。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

TIANQI = {
    "stem": "zh_sim_weather_page_jiangxue_forecast_story_photo_subhead_yizhou_tianqi_one_line_a_day_box_qixiang_wenda_reader_questions_tight_head",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["苍洱晨报", "2027年1月12日　星期二", "A6　天气·生活"],
    "date": "2027-01-12",
    "page": ["A6　天气·生活", "A6"],
    "foot": "苍洱晨报　A6　天气·生活　　责任编辑：段雪梅　　服务热线：0872-2136580",
    "note": "A weather page of four columns: over three a forecast story (kicker, head, subtitle, byline, a photo heading its first column with caption and credit, a subhead, a quote, the text running from the foot of each column to the top of the next); in the fourth a boxed `一周天气` box of one line a day (furniture, one string a line); under a rule a readers' weather Q&A column over four columns under a reversed `气象问答` label, its head directly over the first bold question, each question followed by its answer.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "冷空气明日抵达",
                        "title": "苍山将迎降雪　下关风力加大",
                        "subtitle": "气温最多下降8℃　出行注意防风保暖",
                        "byline": ["本报记者　杨丽华", "杨丽华"],
                        "ncol": 3,
                        "photo_col": 0,
                        "caption": "昨日，苍山顶上已能看到薄薄一层积雪。",
                        "credit": "本报记者　杨丽华　摄",
                        "body": [
                            "记者昨日从市气象台获悉，受一股较强冷空气影响，明天起我市将出现大风降温天气，苍山海拔三千米以上地区有小到中雪，坝区最低气温将降到零度左右。",
                            "气象台预报员介绍，这次冷空气来得快、风力大，下关一带阵风可达七级，洱海湖面风浪较大，游船和渔船要注意安全，必要时暂停出湖。",
                            ("h", "周末前后气温回升"),
                            "降温过程将持续两到三天。周五以后，冷空气逐渐减弱，天气转晴，白天气温回升明显，但早晚依然寒冷，昼夜温差可达十五度以上。",
                            "“这几天一早一晚路面可能结冰，特别是苍山脚下的山路，开车一定要慢。”预报员提醒，骑电动车的市民最好戴上头盔和手套。",
                            "农业部门也提醒，坝区的蚕豆和油菜正处在生长期，农户要提前做好覆盖，防止霜冻。",
                            "市气象台将根据冷空气的变化，及时发布最新预报，市民可以通过电视、广播和手机短信了解天气情况。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "block": True,
                        "box": True,
                        "label": "一周天气",
                        "head": "大理市区",
                        "cell_strings": True,
                        "cols": [(0.0, "l")],
                        "rows": [
                            ["13日　周三　小雪转阴　0～8℃"],
                            ["14日　周四　阴转多云　-1～9℃"],
                            ["15日　周五　多云　1～12℃"],
                            ["16日　周六　晴　2～15℃"],
                            ["17日　周日　晴　3～16℃"],
                            ["18日　周一　晴转多云　4～17℃"],
                            ["19日　周二　多云　5～16℃"],
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
                        "label": "气象问答",
                        "section": ["气象问答", None],
                        "tight": True,
                        "title": "下关的风为什么这么大",
                        "ncol": 4,
                        "body": [
                            ("b", "问：每年冬天，下关的风都特别大，这是为什么？"),
                            "答：下关正好位于苍山和哀牢山之间的一个山口，冬季偏西的气流从山口穿过时，通道变窄，风速就会明显加大，所以有“下关风”的说法。",
                            ("b", "问：天气预报里说的“阵风七级”，到底有多大？"),
                            "答：七级风的风速大约是每秒十四到十七米，人迎着风走路会感到吃力，树枝摇动明显，晾在外面的衣物容易被吹走，广告牌也要注意加固。",
                            ("b", "问：冬天苍山下雪，是不是说明今年特别冷？"),
                            "答：不一定。苍山高处冬季下雪是正常现象，关键要看坝区的气温。今年入冬以来，我市平均气温和往年差不多。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

NKHANI = {
    "stem": "tum_scan_tumbuka_town_page_msika_jump_head_continued_from_page_one_photo_subhead_ekwendeni_brief_kunozga_corrections_box_walemba_byline_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 82004,
    "angle": -0.6,
    "ncols": 4,
    "masthead": ["Mazgu gha Kumpoto", "Chitatu, 8 Seputembala 2027", "Nkhani · 3"],
    "date": "2027-09-08",
    "page": ["Nkhani · 3", "3"],
    "foot": "Mazgu gha Kumpoto · Nkhani · 3 · Mkonzi: Yamikani Mhango",
    "note": "A Tumbuka weekly's town page (scanned): over three of four columns a story continued from page 1 (a jump line `Kufuma pa peji 1` over a short jump head set directly over its text, which opens mid-sentence; a photo heading its second column with caption and credit, a subhead, a quote, the text running from the foot of each column to the top of the next); in the fourth a short story (head, no byline) and under it a boxed correction under a reversed `Kunozga` label; under a rule a second story over four columns (kicker, head, byline `Walemba: …`, a dateline opener `RUMPHI —`).",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "jump_in": "Kufuma pa peji 1",
                        "tight": True,
                        "title": "Msika wa Mzuzu",
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Ŵaguliski ŵakuwona vigaŵa vipya vya msika.",
                        "credit": "Chithuzi: Temwa Nyirenda",
                        "body": [
                            "ŵakuguliska masamba, nyama na somba. Ŵakati msika wakale ukaŵa wakufinyana chomene, ndipo ŵanthu ŵanandi ŵakaleka kugula kuno chifukwa cha matope mu nyengo ya vula.",
                            "Khonsolo ya msumba wa Mzuzu yikati yamalizga kuzenga vigaŵa vipya 120, ndipo ŵaguliski wose ŵazamupokera malo ghawo mu mwezi wa Okutobala.",
                            "Vigaŵa ivi vikamba kuzengeka mu Januwale.",
                            ("h", "Ŵaguliski ŵakukhumba maji"),
                            "Kweni ŵaguliski ŵanyake ŵakuti msika uwu ulije maji ghakukwana na vimbuzi. “Tikupempha khonsolo kuti yitipe maji ghakumwa na malo ghakugezera,” wakati Mary Chirwa, uyo wakuguliska masamba.",
                            "Mulongozgi wa msika, Wongani Banda, wakati khonsolo yapanga kuti yizamukumba chisima na kuzenga vimbuzi vinayi pambere chaka ichi chindamalire.",
                            "Ŵanthu ŵanyake ŵakutemwa msika uphya chifukwa uli pafupi na siteshoni ya mabasi, ndipo ŵakuti vizamuŵa vipusu kuyegha katundu.",
                            "Khonsolo yikati ŵaguliski ŵazamulipira K500 pa zuŵa lililose, nga umo ŵakalipiliranga pakwamba.",
                            "Ŵaguliski awo ŵalije malo ŵakupemphika kuti ŵakalembeske mazina ghawo ku ofesi ya khonsolo pambere mwezi uno undamalire.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "brief": True,
                        "title": "Sukulu ya Ekwendeni yapokera mabuku",
                        "ncol": 1,
                        "body": [
                            "Sukulu ya pulayimale ya Ekwendeni yapokera mabuku 2,000 kufuma ku ŵanthu awo ŵakasambira pa sukulu iyi kale.",
                            "Mutu wa sukulu wakati mabuku agha ghazamovwira ŵana kuŵazga makora.",
                        ],
                    },
                    {
                        "box": True,
                        "label": "Kunozga",
                        "section": ["Kunozga", None],
                        "brief": True,
                        "title": "Tikupepeska",
                        "ncol": 1,
                        "body": [
                            "Mu nyuzipepala ya Chitatu, 1 Seputembala, pa peji 5, tikalemba kuti chiphikiro cha Chisi chizamuchitika pa 14 Seputembala. Zuŵa lenecho ni 21 Seputembala.",
                            "Tikupepeska ŵaŵazgi ŵithu pa kubudika uku.",
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
                        "kicker": "Fodya",
                        "title": "Ŵalimi ŵa fodya ŵakulindilira mtengo uwemi",
                        "byline": ["Walemba: Chikondi Mkandawire", "Chikondi Mkandawire"],
                        "ncol": 4,
                        "body": [
                            "RUMPHI — Ŵalimi ŵa fodya mu boma la Rumphi ŵakuti ŵakulindilira kuti mtengo wa fodya ukwere chaka ichi, chifukwa feteleza wakaŵa wakudula chomene.",
                            "Mlimi munyake, Yohane Gondwe, wakati wakagula thumba limoza la feteleza pa K95,000, ndipo sono wakusuzgika kuwezga ngongoli yake.",
                            "Ŵalongozgi ŵa msika wa fodya ŵakati mtengo uzamumanyikwa mu sabata yakwiza.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

ELTIEMPU = {
    "stem": "ext_extremaduran_weather_page_sierra_de_gata_forecast_story_por_byline_photo_subhead_el_tiempu_one_line_a_day_box_dateline_opener_tight_head_second_story",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["El Bardal", "Juevis, 21 d'otubri de 2027", "El tiempu · 11"],
    "date": "2027-10-21",
    "page": ["El tiempu · 11", "11"],
    "foot": "El Bardal · El tiempu · 11 · Direutora: Remedios Cortés Pulido",
    "note": "An Extremaduran weekly's weather page: over three of four columns a forecast story (kicker, head, subtitle, byline `Por …`, a photo heading its second column with caption and credit, a subhead, a quote, the text running from the foot of each column to the top of the next); in the fourth a boxed `El tiempu` box of one line a day (furniture, one string a line); under a rule a second story over four columns whose head sits directly over a dateline opener `CORIA —`.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Otoñu en la Sierra de Gata",
                        "title": "Güelvin las lluvias a la sierra",
                        "subtitle": "Los meteorólogus anuncian agua dendi el sábadu hasta el martis",
                        "byline": ["Por Lorenzo Gil Sánchez", "Lorenzo Gil Sánchez"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Nubis sobri Hoyos, en la Sierra de Gata, ayel pola tardi.",
                        "credit": "Foto: Lorenzo Gil Sánchez",
                        "body": [
                            "Dispués de un veranu mu secu, las lluvias güelvin a la Sierra de Gata. La Agencia de Meteorología anuncia agua dendi el sábadu pola mañana hasta el martis, con más juerza en los pueblus del norti.",
                            "Los meteorólogus calculan que puein cayel entri trinta y cincuenta litrus por metru cuadráu, lo que valdría p'alivial los embalsis, que están a menos de la metá.",
                            ("h", "Los labraoris, contentus"),
                            "En Hoyos y en Valverdi del Fresnu, los labraoris esperaban esta agua dendi jacía mesis. Los olivus necesitan la lluvia antis de la recogía, que empieza en noviembri.",
                            "“Si llueve bien estus días, la aceituna engorda y el aceiti sali mejol,” dizi Juliana Marcos Durán, que tieni un olivar en Acebu.",
                            "Proteción Civil recomienda no cruzal los regatus cuandu baxan crecíus y tenel cuidáu en las carreteras de la sierra, ondi puei habel piedras en la calzá.",
                            "El miércolis golverá el sol, peru las temperaturas bajarán y las nochis serán ya frías.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "block": True,
                        "box": True,
                        "label": "El tiempu",
                        "head": "Previsión pa Hoyos",
                        "cell_strings": True,
                        "size": 21,
                        "cols": [(0.0, "l")],
                        "rows": [
                            ["Juevis 21 · nubláu · 9/19 °C"],
                            ["Vienris 22 · nubláu · 10/18 °C"],
                            ["Sábadu 23 · lluvia · 11/16 °C"],
                            ["Domingu 24 · lluvia · 10/14 °C"],
                            ["Lunis 25 · lluvia · 9/14 °C"],
                            ["Martis 26 · chubascus · 8/15 °C"],
                            ["Miércolis 27 · sol · 6/17 °C"],
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
                        "tight": True,
                        "title": "La Feria del Quesu abri el vienris en Coria",
                        "ncol": 4,
                        "body": [
                            "CORIA — La Feria del Quesu abrirá el vienris en la Plaza Mayol, con más de trinta queserías de tola Estremaúra. Los puestus estarán abiertus dendi las diez de la mañana hasta las nuevi de la nochi.",
                            "Los organizaoris han preparáu una carpa grandi por si llueve, y el domingu habrá un concursu de quesus de cabra y de oveja.",
                            "La entrá es de baldi. Los que vayan en cochi puein dejalu en el aparcamientu de la estación de autobusis.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [PINGLUN, GANGWEN, TIANQI, NKHANI, ELTIEMPU]
