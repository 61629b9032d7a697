"""The text of every holdout39 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms and events are invented; real cities are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
"""

FAZHI = {
    "stem": "zh_sim_fazhi_page_yinti_lead_yian_shifa_box_anqing_faguan_shuofa_headings_fazhi_kuaixun_column",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["岚溪日报", "2026年12月2日　星期三", "第6版　法治"],
    "date": "2026-12-02",
    "page": ["第6版　法治", "6"],
    "foot": "责任编辑：梅少川　　版式设计：柯　岩　　校对：甘晓露",
    "note": "A 法治 page: an 引题 lead with a byline line and a photo heading its second column; a boxed 以案释法 column with two bold 小标题 (案情回顾, 法官说法) and a court byline line; a reversed 法治快讯 label over two short items; a 本报讯 story in a band.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "多部门联手打击电信网络诈骗",
                        "title": "岚溪一年追回被骗资金四千余万元",
                        "byline": ["本报记者　邵清禾　通讯员　何　立", "邵清禾"],
                        "photo_col": 1,
                        "caption": "11月28日，岚溪市公安局反诈中心民警在社区向居民讲解识别虚假投资网站的方法。",
                        "credit": "本报记者　邵清禾　摄",
                        "body": [
                            "记者日前从岚溪市公安局获悉，今年以来，全市公安机关会同银行、通信运营商等部门，共破获电信网络诈骗案件三百一十二起，抓获犯罪嫌疑人四百余名，为群众追回被骗资金四千余万元。",
                            "“骗子的话术一直在变，但万变不离其宗。”市公安局反诈中心负责人介绍，今年接报的案件中，刷单返利、虚假投资理财和冒充客服退款三类占了七成以上，受骗者多为二十岁至四十岁的上班族。",
                            "为把钱“拦”在转出之前，反诈中心与辖区十二家银行建立了紧急止付机制。群众一旦发现被骗，拨打报警电话后，最快十分钟内即可冻结涉案账户。今年以来，通过这一机制成功止付的资金达一千三百余万元。",
                            "在预警劝阻方面，民警和社区网格员今年共上门劝阻潜在受害人一万余人次。家住城南街道的退休教师吴女士说，上个月她差点把养老钱转进一个所谓的“高收益理财群”，是民警及时打来电话，才避免了损失。",
                            "该负责人提醒，凡是要求下载陌生软件、开启屏幕共享或向“安全账户”转账的，都是诈骗，市民如有疑问可拨打96110咨询。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "以案释法",
                        "section": ["以案释法", None],
                        "box": True,
                        "title": "借名买房，房子归谁？",
                        "byline": ["岚溪市东城区人民法院　蒋书宁", "蒋书宁"],
                        "body": [
                            ("h", "案情回顾"),
                            "2019年，刘某因名下已有两套住房，便借用表弟陈某的名义购买了一套商品房，首付和月供均由刘某支付。去年，陈某以房屋登记在自己名下为由拒绝过户，刘某诉至法院。",
                            ("h", "法官说法"),
                            "法院审理认为，双方存在借名买房的合意，购房款实际由刘某支付，房屋也一直由刘某居住使用，遂判决陈某协助办理过户手续。",
                            "法官提醒，借名买房风险很大，一旦发生纠纷，实际出资人往往举证困难，切莫因小失大。",
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
                        "label": "法治快讯",
                        "section": ["法治快讯", None],
                        "title": "东城区开通涉企纠纷调解专线",
                        "byline": None,
                        "body": [
                            "东城区司法局近日开通涉企纠纷调解专线，企业遇到合同、劳动等纠纷，可预约调解员上门服务，调解不收取任何费用。",
                        ],
                    },
                    {
                        "section": [None, "法治快讯"],
                        "title": "青少年模拟法庭大赛落幕",
                        "byline": None,
                        "body": [
                            "第三届岚溪市青少年模拟法庭大赛11月29日落幕，来自全市二十一所中学的学生扮演法官、检察官和律师，围绕校园欺凌案件展开辩论。",
                        ],
                    },
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "title": "城东法庭开进菜市场",
                        "byline": [None, "龙　悦", "龙悦"],
                        "body": [
                            "本报讯（记者　龙　悦）“老板少找了我二十块钱，这事能在这儿说理吗？”12月1日上午，在城东农贸市场一角新设的巡回审判点，市场管理员带着两位商户找上门来。不到半小时，法官助理就帮双方把账算清楚了。",
                            "这是东城区人民法院设立的第五个“家门口法庭”。法庭每周二、周五派员值守，现场接受法律咨询、调解小额纠纷，需要立案的当场指导网上立案。",
                            "法院相关负责人表示，下一步将在全区农贸市场、大型商场推广这一做法，让群众少跑腿、快解纷。",
                        ],
                    }
                ],
                1,
                3,
            ),
        ],
    ],
}

GUOJI = {
    "stem": "zh_sim_scan_guoji_page_xinhuashe_dateline_lead_guoji_jianxun_items_ending_ju_xinhuashe_dian_huanqiu_guancha_box",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": True,
    "seed": 39002,
    "angle": -0.9,
    "ncols": 4,
    "masthead": ["沧岭晚报", "2026年12月2日　星期三", "第11版　国际"],
    "date": "2026-12-02",
    "page": ["第11版　国际", "11"],
    "foot": "沧岭晚报　国际新闻　2026年12月2日　第11版",
    "note": "A scanned 国际 page: a 新华社 dispatch lead whose dateline and reporter stay in paragraph 1, a subtitle deck, a photo with the 新华社发 credit heading its second column; a reversed 国际简讯 label over three items each ending （据新华社电） inside its paragraph; a boxed 环球观察 column with a byline line; a 据新华社电 story in a band.",
    "rows": [
        [
            (
                [
                    {
                        "title": "肯尼亚北部启用太阳能海水淡化站",
                        "subtitle": "日供淡水六百吨，可满足两万居民饮用",
                        "byline": [None, "石晓川"],
                        "source": [None, "新华社"],
                        "photo_col": 1,
                        "caption": "11月30日，在肯尼亚北部一处村庄，居民在新建的供水点取水。",
                        "credit": "新华社发（石晓川　摄）",
                        "body": [
                            "新华社内罗毕12月1日电（记者　石晓川）肯尼亚北部沿海地区首座太阳能海水淡化站11月30日正式投入运行。这座淡化站每天可生产淡水六百吨，将为周边十四个村庄约两万名居民提供安全饮用水。",
                            "当地连续三年遭遇干旱，许多村民每天要步行十余公里取水。淡化站所在县的县长在启用仪式上说，过去一桶水要卖到两百先令，现在村民在家门口就能打上干净的水。",
                            "据介绍，淡化站由一家中国企业承建，占地约两公顷，配套建设了两千余块太阳能板和储能设施，白天发电、夜间储能，不依赖当地电网。项目还为当地培训了四十多名技术人员。",
                            "肯尼亚水利部门官员表示，将总结这座淡化站的经验，在北部其他干旱地区推广。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "国际简讯",
                        "section": ["国际简讯", None],
                        "title": "智利南部火山喷发预警解除",
                        "source": [None, "新华社"],
                        "body": [
                            "智利国家地质矿业局11月30日宣布，解除南部一座火山的橙色预警，此前撤离的八百余名居民陆续返回家中。（据新华社电）",
                        ],
                    },
                    {
                        "section": [None, "国际简讯"],
                        "title": "新西兰一海湾发现罕见白色海豚",
                        "source": [None, "新华社"],
                        "body": [
                            "新西兰海洋保护人员近日在北岛一处海湾观察到一头白色海豚，专家认为这是一种罕见的色素缺失现象。（据新华社电）",
                        ],
                    },
                    {
                        "section": [None, "国际简讯"],
                        "title": "挪威北部迎来今冬首场极光",
                        "source": [None, "新华社"],
                        "body": [
                            "挪威北部特罗姆瑟地区11月29日夜间出现今冬首场大范围极光，吸引大批游客观赏。（据新华社电）",
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
                        "label": "环球观察",
                        "section": ["环球观察", None],
                        "box": True,
                        "title": "小岛国的“气候账单”",
                        "byline": ["本报特约评论员　韦一鸣", "韦一鸣"],
                        "body": [
                            "对太平洋上的许多小岛国来说，气候变化不是遥远的预测，而是眼前的账单：海堤要加高，水井要改建，整座村庄要搬迁。",
                            "这些国家的排放量微乎其微，却要承担最沉重的代价。兑现资金承诺，帮助它们提高适应能力，是国际社会应尽的责任。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "葡萄牙里斯本电车线路恢复运营",
                        "byline": None,
                        "source": [None, "新华社"],
                        "body": [
                            "据新华社里斯本11月30日电　葡萄牙首都里斯本一条有百年历史的电车线路经过十个月的修缮，11月30日恢复运营。",
                            "这条线路穿行于老城区的坡道和窄巷之间，是当地居民和游客喜爱的出行方式。修缮期间，轨道和供电设施全部更新，车厢保留了原有的木质座椅。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

AOMEN = {
    "stem": "zh_tra_macau_aomen_page_benbao_xiaoxi_leads_patacas_photo_sheying_credit_shequ_duanxun_items",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": False,
    "ncols": 4,
    "masthead": ["濠景日報", "2026年12月2日　星期三", "B2　澳聞"],
    "date": "2026-12-02",
    "page": ["B2　澳聞", "B2"],
    "foot": "濠景日報　澳聞　B2　二〇二六年十二月二日",
    "note": "A Macau 澳聞 page in traditional characters: a lead opening 【本報消息】 with amounts in 澳門元, a bold 副題 under the head and a photo with the bracketed credit （記者　鍾嘉樂　攝） heading its second column; a story with a byline line 記者　梁詠琪; a reversed 社區短訊 label over two items; a running foot with a Chinese-numeral date.",
    "rows": [
        [
            (
                [
                    {
                        "title": "舊區街市翻新完成　下月起恢復營業",
                        "subtitle": "攤位增至一百二十個　加裝冷氣及排污設施",
                        "byline": None,
                        "photo_col": 1,
                        "caption": "翻新後的街市加裝冷氣，地面改用防滑磚。",
                        "credit": "（記者　鍾嘉樂　攝）",
                        "body": [
                            "【本報消息】位於北區的濠景街市經過一年半的翻新工程，已於上月底完成驗收，將於下月初重新開放。當局表示，翻新後攤位由九十個增至一百二十個，並加裝冷氣、排污及防鼠設施。",
                            "工程總造價約三千八百萬澳門元。負責部門指出，舊街市建於上世紀七十年代，設施老化，夏季悶熱，衛生問題一直受居民詬病。今次翻新保留了原有的外牆和騎樓，內部則全面改建。",
                            "原有攤檔商販可優先返回經營，租金維持不變。經營魚檔三十多年的黃太表示，以前夏天在街市做生意好辛苦，希望新街市開張後多些街坊幫襯。",
                            "當局又稱，街市二樓將設熟食中心及長者休憩區，三樓設社區活動室，預計明年第一季開放。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "社區短訊",
                        "section": ["社區短訊", None],
                        "title": "街坊會舉辦長者電腦班",
                        "byline": None,
                        "body": [
                            "北區街坊會本月逢星期二、四舉辦長者電腦班，教授使用手機繳費及網上預約，名額三十個，費用全免。",
                        ],
                    },
                    {
                        "section": [None, "社區短訊"],
                        "title": "社區圖書館延長開放",
                        "byline": None,
                        "body": [
                            "為配合學生溫習，北區社區圖書館由本月起延長開放至晚上十時，周日照常開放。",
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
                        "title": "輕軌新站下月試運　居民盼改善交通",
                        "byline": ["記者　梁詠琪", "梁詠琪"],
                        "body": [
                            "輕軌延伸線新站將於下月中開始試運行。有居民表示，新站啟用後，由住所往返市中心的時間可由四十分鐘縮短至十五分鐘左右。",
                            "不過，亦有商戶擔心試運期間的圍板會影響生意。當局回應稱，試運期間會保留行人通道，並加派人員疏導人流。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "海邊步行徑夜間照明升級",
                        "byline": None,
                        "body": [
                            "【本報消息】南灣海邊步行徑的照明升級工程已完成，全段改用節能燈具，照明亮度提高約三成，每年可節省電費約十二萬澳門元。",
                            "晚上到步行徑跑步的陳先生說，以前有幾段路比較暗，現在光猛好多，夜跑安心啲。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

JIANKANG = {
    "stem": "zh_sim_jiankang_page_yinti_zhuti_futi_lead_xiaobiaoti_mingyi_zuozhen_schedule_box_jiankang_tixing",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["沅岸日报", "2026年12月2日　星期三", "第8版　健康"],
    "date": "2026-12-02",
    "page": ["第8版　健康", "8"],
    "foot": "健康热线：0739-6628120　　本版邮箱：jiankang@yuanan.example",
    "note": "A 健康 page: a lead with 引题, 主题 and 副题, a byline line and two bold 小标题; a boxed 名医坐诊 schedule of one line per doctor; a 健康提醒 item with a 本报讯 lead and its reporter in brackets; an expert-advice story with a byline line; a hotline foot.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "天气转冷，心脑血管疾病进入高发期",
                        "title": "晨练不宜太早　血压要天天量",
                        "subtitle": "专家提醒中老年人做好冬季防护",
                        "byline": ["本报记者　谭雨桐", "谭雨桐"],
                        "body": [
                            "入冬以来，沅岸市人民医院心内科门诊量明显增加，近一周日均接诊四百余人次，比上月同期增长两成多，其中六十岁以上患者占一半以上。",
                            ("h", "冷空气是“导火索”"),
                            "心内科主任医师唐建新介绍，气温骤降时，人体血管收缩，血压容易升高，心脏负担加重，原本就有高血压、冠心病的老人尤其危险。“清晨六点到十点是发病的高峰时段，不少患者都是早起出门晨练时发病的。”",
                            ("h", "三个习惯要养成"),
                            "唐建新建议，冬季晨练最好等太阳出来后再出门，运动前充分热身；每天早晚各量一次血压，并做好记录；按时服药，不要自行停药或减量。",
                            "如果出现胸闷、胸痛持续不缓解，或突然一侧肢体无力、说话含糊，应立即拨打120，切勿自行驾车就医。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "名医坐诊",
                        "section": ["名医坐诊", None],
                        "box": True,
                        "title": "本周专家门诊安排",
                        "listing": True,
                        "byline": None,
                        "body": [
                            "周一上午　唐建新　心内科",
                            "周二下午　符　梅　内分泌科",
                            "周三上午　龚立言　神经内科",
                            "周四全天　岳小禾　儿科",
                            "周五上午　秦　朗　骨科",
                            "地点：市人民医院门诊楼二楼，可通过医院公众号预约挂号。",
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
                        "label": "健康提醒",
                        "section": ["健康提醒", None],
                        "title": "流感疫苗接种点增至四十个",
                        "byline": [None, "付　琳", "付琳"],
                        "body": [
                            "本报讯（记者　付　琳）记者从市疾控中心获悉，全市流感疫苗接种点已增至四十个，覆盖所有社区卫生服务中心。六十岁以上老人和在校学生可免费接种，市民可就近预约。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "孩子咳嗽别急着用抗生素",
                        "byline": ["本报记者　谭雨桐", "谭雨桐"],
                        "body": [
                            "进入冬季，儿童呼吸道感染增多。市妇幼保健院儿科医生提醒，咳嗽多由病毒引起，抗生素对病毒无效，家长不要自行给孩子用药。",
                            "孩子咳嗽期间要多喝水，保持室内空气流通；如果出现高烧不退、呼吸急促等情况，应及时就医。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

NORSK = {
    "stem": "no_scan_lokalavis_stikktittel_bold_ingress_av_byline_foto_credit_kort_nytt_column_read_by_eng",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": True,
    "seed": 39005,
    "angle": 1.2,
    "ncols": 4,
    "masthead": ["Sundvik Tidende", "Onsdag 2. desember 2026", "Nyheter 7"],
    "date": "2026-12-02",
    "page": ["Nyheter 7", "7"],
    "foot": "7 | Nyheter | Sundvik Tidende",
    "note": "A scanned Norwegian local paper (bokmål) read by Tesseract eng (no Norwegian model is installed): a caps stikktittel, a bold ingress under the head, `Av Ingrid Haugland`, a photo with `Foto: Tore Brekke` heading the lead's second column, line-end hyphens in long compounds, a reversed `Kort nytt` label over two items, a second story in a band.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "SKOLE",
                        "title": "Ny barneskole på Vestre Sund står klar til sommeren",
                        "subtitle": "Etter to års bygging er den nye skolen nesten ferdig. Elevene flytter inn etter påske.",
                        "byline": ["Av Ingrid Haugland", "Ingrid Haugland"],
                        "photo_col": 1,
                        "caption": "Rektor Siri Nygård viser fram det nye skole~biblioteket.",
                        "credit": "Foto: Tore Brekke",
                        "body": [
                            "Den nye barneskolen på Vestre Sund har plass til 420 elever og erstatter to gamle skoler i kommunen. Bygget er tegnet med store vinduer, et eget bibliotek og en idretts~hall som også skal brukes av lokale lag og foreninger om kvelden.",
                            "– Vi har ventet lenge på dette. Endelig får elevene et skikkelig sted å lære, sier rektor Siri Nygård, som har vært med i plan~arbeidet helt fra starten.",
                            "Prosjektet har kostet rundt 310 millioner kroner, litt mer enn kommune~styret vedtok i 2024. Ifølge ordfører Knut Bjørnstad skyldes over~skridelsen høyere priser på stål og betong.",
                            "Foreldre~utvalget har vært opptatt av skole~veien. Kommunen bygger derfor et nytt fortau langs Strandvegen før skolen åpner.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Kort nytt",
                        "section": ["Kort nytt", None],
                        "title": "Julegrana tennes lørdag",
                        "byline": None,
                        "body": [
                            "Julegrana på torget i Sundvik tennes lørdag klokka 17. Skole~korpset spiller, og det blir gløgg og pepper~kaker.",
                        ],
                    },
                    {
                        "section": [None, "Kort nytt"],
                        "title": "Fergen får nye tider",
                        "byline": None,
                        "body": [
                            "Fra 1. januar går fergen mellom Sundvik og Holmøya hver halvtime i rushtiden.",
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
                        "title": "Rekordmange vil bli frivillige i idrettslaget",
                        "byline": ["Av Ola Strand", "Ola Strand"],
                        "body": [
                            "Sundvik idrettslag har fått over sytti nye frivillige denne høsten. Det er flere enn noen gang før, forteller leder Hanne Lie.",
                            "– Folk vil gjøre noe for bygda. Vi trenger trenere, kioskvakter og sjåfører, så her er det plass til alle, sier hun.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [FAZHI, GUOJI, AOMEN, JIANKANG, NORSK]
