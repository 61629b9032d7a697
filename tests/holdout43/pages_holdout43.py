"""The text of every holdout43 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms and events are invented; real cities and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`jump` is a jump line set flush right under the story's text (furniture); the text before it breaks off mid-sentence.
"""

KEJI = {
    "stem": "zh_sim_keji_page_yinti_zhuti_futi_lead_two_name_byline_photo_jump_line_zhishi_lianjie_box_kepu_wenda_gonggao_line",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["岫川日报", "2026年12月2日　星期三", "第7版　科技"],
    "date": "2026-12-02",
    "page": ["第7版　科技", "7"],
    "foot": "科技版热线：0739-8826107　　责任编辑：庞书彦　　美编：卢　可",
    "note": "A 科技 page: a lead with 引题 (kicker), 主题 and 副题 (subtitle), a reporter-and-correspondent byline line and a photo heading its second column, its text breaking off mid-sentence at a jump line `（下转第8版）`; a framed 知识链接 box explaining a term; a 科普问答 piece in 问：/答： paragraphs closing with a `（…供稿）` line; a 本报讯 item.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "让农机装上“北斗眼”",
                        "title": "岫川智慧农场实现无人播种",
                        "subtitle": "全市已有一百二十台农机完成智能化改造",
                        "byline": ["本报记者　骆文澜　通讯员　肖　楠", "骆文澜"],
                        "photo_col": 1,
                        "caption": "11月28日，技术人员在岫川市青石镇农场调试无人驾驶拖拉机。",
                        "credit": "本报记者　骆文澜　摄",
                        "jump": "（下转第8版）",
                        "body": [
                            "清晨，青石镇万亩农场里，一台拖拉机正沿着笔直的线路来回作业，驾驶室里却空无一人。“拖拉机上装了北斗终端，行驶误差不超过两厘米。”农场技术员邹海峰指着手机上的作业轨迹说。",
                            "今年以来，岫川市对一百二十台拖拉机、插秧机和收割机进行了智能化改造，无人播种面积达到三万亩。与人工驾驶相比，智能农机每天可多作业四个小时，种子用量节省约百分之八。",
                            "改造并不便宜。一套北斗导航终端的价格在两万元左右，市农业农村局对购买终端的农户给予一半补贴。合作社负责人谭明辉算了一笔账：农场今年少雇了六名机手，两年就能收回成本。",
                            "不过，智能农机的推广也遇到了难题。不少农户年纪偏大，对手机操作不熟悉；一些丘陵地块面积小、形状不规则，无人驾驶的优势难以发挥。对此，市农机推广站今年组织了二十多场培训，并针对小地块研发",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "知识链接",
                        "section": ["知识链接", None],
                        "box": True,
                        "title": "什么是北斗高精度定位",
                        "byline": None,
                        "body": [
                            "北斗卫星导航系统是我国自主建设的全球卫星导航系统。普通定位的误差一般在数米左右，而通过地面基准站对卫星信号进行修正，定位精度可以提高到厘米级。",
                            "这种高精度定位已广泛用于测绘、交通和农业等领域。",
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
                        "label": "科普问答",
                        "section": ["科普问答", None],
                        "title": "冬天手机为什么掉电快",
                        "byline": None,
                        "source": [None, "岫川市科学技术协会", "岫川市科学技术协会供稿", "（岫川市科学技术协会供稿）"],
                        "body": [
                            "问：天气一冷，手机电量就掉得特别快，有时还会突然关机，这是电池坏了吗？",
                            "答：不一定。手机使用的锂电池在低温下内部化学反应变慢，能放出的电量会暂时减少。气温回升后，电池容量一般会恢复。冬季外出时，尽量把手机放在贴身的口袋里，不要长时间在户外使用。",
                            "（岫川市科学技术协会供稿）",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "我市首个人工智能开放实验室揭牌",
                        "byline": [None, "柯　洋", "柯洋"],
                        "body": [
                            "本报讯（通讯员　柯　洋）11月30日，由岫川学院和本地三家企业共建的人工智能开放实验室揭牌。实验室将向中小企业开放算力和数据标注平台，首批入驻项目九个。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

DAPILI = {
    "stem": "zh_sim_scan_malaysia_huabao_difang_page_baodao_sheying_byline_line_ri_xun_datelines_linggit_shetuan_dongtai_items",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": True,
    "seed": 43002,
    "angle": 0.9,
    "ncols": 4,
    "masthead": ["霹光日报", "2026年12月2日　星期三", "大霹雳　A12"],
    "date": "2026-12-02",
    "page": ["大霹雳　A12", "A12"],
    "foot": "霹光日报　大霹雳　A12　新闻热线：05-2418803　电邮：news@pikuang.example",
    "note": "A scanned Malaysian Chinese regional page (simplified): a lead under one byline line `报道：X　摄影：Y` (the photographer named there, the caption without credit), paragraphs opening with the `（怡保2日讯）` dateline, sums in 令吉, a photo heading its second column; a reversed 社团动态 label over two association items; a band story opening `（金宝2日讯）`.",
    "rows": [
        [
            (
                [
                    {
                        "title": "旧街场老店屋修复工程明年动工",
                        "subtitle": "州政府拨款300万令吉　保留战前建筑外貌",
                        "byline": ["报道：黄丽珊　摄影：陈国伟", "报道：黄丽珊", "黄丽珊"],
                        "photo_col": 1,
                        "caption": "旧街场一带的战前店屋，不少外墙已经剥落。",
                        "body": [
                            "（怡保2日讯）霹雳州政府拨款300万令吉，修复怡保旧街场一带的四十余间战前店屋，工程预计明年3月动工，分两期完成。",
                            "负责该工程的州行政议员李振福今日在记者会上说，修复工程将保留店屋原有的外墙、窗框和五脚基，屋内则更换老化的电线和水管，以符合现代使用的安全标准。",
                            "他说，旧街场近年已成为国内外游客的热门景点，但部分店屋年久失修，下雨时屋顶漏水，甚至有墙砖掉落，对路人构成危险。",
                            "在旧街场经营咖啡店已有四十年的业者郑亚财表示，欢迎州政府的修复计划，但希望施工期间不要封路太久，以免影响生意。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "社团动态",
                        "section": ["社团动态", None],
                        "title": "福建会馆举办敬老宴",
                        "byline": None,
                        "body": [
                            "（怡保2日讯）怡保福建会馆将于本月13日中午在会馆礼堂举办敬老宴，招待七十岁以上的会员，每人可获红包一封。",
                        ],
                    },
                    {
                        "section": [None, "社团动态"],
                        "title": "青年团捐血运动",
                        "byline": None,
                        "body": [
                            "（华都牙也2日讯）华都牙也青年团联合当地医院，本周日上午9时至下午1时在团所举办捐血运动，欢迎公众踊跃参与。",
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
                        "title": "金宝华小明年新生注册人数回升",
                        "byline": None,
                        "body": [
                            "（金宝2日讯）金宝区华小明年一年级新生注册人数共有312人，比今年增加了27人，是五年来首次回升。",
                            "金宝区华校董事会联合会主席林文汉说，人数回升的原因之一是近年有不少年轻家庭从城市搬回家乡，他呼吁家长及早为孩子办理注册手续。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

YIWEN = {
    "stem": "zh_tra_taiwan_yiwen_page_jizhe_baodao_bracket_lead_zhanlan_zixun_box_zhanqi_didian_piaojia_lines_wen_slash_shuping",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": False,
    "ncols": 4,
    "masthead": ["瀚濱時報", "中華民國115年12月2日　星期三", "A10　藝文"],
    "date": "2026-12-02",
    "page": ["A10　藝文", "A10"],
    "foot": "瀚濱時報　藝文　A10　讀者服務專線：(06)2915-330",
    "note": "A Taiwan 藝文 page (traditional): a lead whose reporter is named only in the bracket opening paragraph 1 (`〔記者蘇婉婷／台南報導〕`), a photo with a `記者X／攝影` credit; a framed 展覽資訊 box listing 展期／地點／票價 lines; a 書評 signed `文／X` on its own line, with the book's data line at its foot; an 藝文短波 item.",
    "rows": [
        [
            (
                [
                    {
                        "title": "百年木雕匠藝回家",
                        "subtitle": "府城老師傅作品首度完整展出",
                        "byline": [None, "蘇婉婷"],
                        "photo_col": 1,
                        "caption": "參觀民眾在展場細看神桌上的花鳥雕刻。",
                        "credit": "記者蘇婉婷／攝影",
                        "body": [
                            "〔記者蘇婉婷／台南報導〕台南木雕老師傅許水源一生雕刻的神桌、窗花與神像，散落在府城各地的廟宇和民宅裡。市立美術館花了兩年時間向收藏者商借，昨天起首度完整展出六十八件作品。",
                            "許水源十四歲拜師學藝，在神農街的工作室一待就是六十年。策展人方郁文說，許師傅的作品線條細緻，花鳥人物栩栩如生，許多廟宇至今仍保存著他年輕時雕刻的門窗。",
                            "展場特別重現了老師傅的工作室，陳列他用了幾十年的鑿刀和刨刀。許水源的孫子許志豪說：「阿公常說，木頭會說話，要順著它的紋路走。」",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "展覽資訊",
                        "section": ["展覽資訊", None],
                        "box": True,
                        "title": "刻木為詩──許水源木雕展",
                        "byline": None,
                        "listing": True,
                        "body": [
                            "展期：即日起至116年3月1日",
                            "地點：台南市立美術館2館",
                            "開放：週二至週日9:00至17:00",
                            "票價：全票200元",
                            "導覽：每週六14:00",
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
                        "label": "書評",
                        "section": ["書評", None],
                        "title": "在老街裡找回時間",
                        "byline": ["文／周以寧", "周以寧"],
                        "body": [
                            "這本書寫的是台灣十二條老街，作者沒有停在介紹建築和小吃，而是坐下來聽店家說話。打鐵店、糕餅鋪、中藥行，一家店就是一段家族史。",
                            "讀完最大的感受是，老街留住的不只是房子，還有人與人之間慢慢來的相處方式。",
                            "《老街慢慢走》，鄭若禾著，瀚濱出版社出版，定價380元。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "label": "藝文短波",
                        "section": ["藝文短波", None],
                        "title": "南瀛合唱團冬季音樂會",
                        "byline": None,
                        "body": [
                            "南瀛合唱團12月20日晚間7時30分在文化中心演藝廳舉辦冬季音樂會，演唱台灣民謠與聖誕歌曲，免費索票入場。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

DANSK = {
    "stem": "da_lokalavis_overrubrik_manchet_af_byline_foto_credit_guillemet_quotes_jump_line_fortsaettes_navne_column_runde_dage",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Skovbjerg Folkeblad", "Onsdag 2. december 2026", "Lokalt 8"],
    "date": "2026-12-02",
    "page": ["Lokalt 8", "8"],
    "foot": "8 · Lokalt · Skovbjerg Folkeblad",
    "note": "A Danish local paper read by Tesseract eng (no Danish model is installed): an overrubrik (kicker) over the head, a bold manchet (subtitle), the byline line `Af Mette Kjær`, a photo with `Foto: X` heading the second column, Danish quotes »…« and æ ø å; a `Navne` column of birthday and jubilee notes whose heads are `90 år` and `40 års jubilæum`; a band story breaking off mid-sentence at the jump line `Fortsættes side 10`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "Skovbjerg Skole",
                        "title": "Elever bygger deres egen naturlegeplads",
                        "subtitle": "Forældre og lærere har brugt tre weekender på at plante træer og lave bålplads bag skolen.",
                        "byline": ["Af Mette Kjær", "Mette Kjær"],
                        "photo_col": 1,
                        "caption": "Eleverne i 4.B planter bøgetræer langs den nye sti.",
                        "credit": "Foto: Søren Holm",
                        "body": [
                            "Hvor der før var en græsplæne, som ingen brugte, er der nu en lille skov med stier, en bålplads og et udekøkken. Eleverne på Skovbjerg Skole har selv været med til at bygge det hele.",
                            "»Vi ville have et sted, hvor børnene kan lære om naturen med hænderne og ikke kun fra en bog,« siger skoleleder Hanne Lykke~gaard.",
                            "Legepladsen har kostet omkring 180.000 kroner. Pengene kommer fra en lokal fond og fra forældre~foreningens loppe~marked i foråret.",
                            "Næste skridt er et lille fuglehus, som 6. klasse skal bygge i sløjd efter jul.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Navne",
                        "section": ["Navne", None],
                        "title": "90 år",
                        "byline": None,
                        "body": [
                            "Fhv. landmand Anders Bæk, Krogvej 4, Skovbjerg, fylder torsdag 90 år. Han driver stadig en lille køkkenhave og ses hver dag på cykel i byen.",
                        ],
                    },
                    {
                        "section": [None, "Navne"],
                        "title": "40 års jubilæum",
                        "byline": None,
                        "body": [
                            "Sygeplejerske Birthe Østergaard kan fredag fejre 40 års jubilæum ved hjemmeplejen i Skovbjerg Kommune.",
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
                        "title": "Byrådet vil lukke to busruter",
                        "byline": ["Af Jonas Riis", "Jonas Riis"],
                        "jump": "Fortsættes side 10",
                        "body": [
                            "Rute 212 og 215 mellem Skovbjerg og landsbyerne mod nord kan blive nedlagt fra sommeren. Det foreslår et flertal i teknik~udvalget, fordi der i gennemsnit kun sidder tre passagerer i busserne.",
                            "I stedet skal borgerne kunne bestille en flextur. Det møder kritik i Nørre Ørum, hvor mange ældre ikke har bil. Borgerforeningens formand, Lise Dam, mener, at kommunen",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

SPORT = {
    "stem": "ro_scan_cotidian_judetean_sport_page_supratitlu_de_byline_lowquote_rezultatele_etapei_score_lines_box_pe_scurt_items",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": True,
    "seed": 43005,
    "angle": -0.7,
    "ncols": 4,
    "masthead": ["Curierul de Vâlsan", "Miercuri, 2 decembrie 2026", "Sport 11"],
    "date": "2026-12-02",
    "page": ["Sport 11", "11"],
    "foot": "www.curieruldevalsan.example | Sport | pagina 11",
    "note": "A scanned Romanian county daily's sport page read by Tesseract eng (no Romanian model is installed): a caps supratitlu (kicker), a head, a bold lead (subtitle), the byline line `de Ioana Mureșan`, Romanian quotes „…” and ș ț ă â î, a photo with `Foto: X` credit heading the second column; a framed `Rezultatele etapei` box listing one match a line with its score; a reversed `Pe scurt` label over two items in a band beside a story signed by initials at its end.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "FOTBAL, LIGA A 4-A",
                        "title": "Voința Bascov urcă pe primul loc",
                        "subtitle": "Echipa antrenată de Marian Toma a câștigat derbiul cu Unirea Topoloveni, scor 2-1.",
                        "byline": ["de Ioana Mureșan", "Ioana Mureșan"],
                        "photo_col": 1,
                        "caption": "Căpitanul Andrei Stoica, după golul victoriei din minutul 78.",
                        "credit": "Foto: Radu Stan",
                        "body": [
                            "Peste o mie de spectatori au venit sâmbătă la stadionul din Bascov, pentru meciul dintre primele două clasate. Oaspeții au deschis scorul încă din minutul 12, dar gazdele au egalat înainte de pauză.",
                            "Golul victoriei a venit cu 12 minute înainte de final, după un corner executat de tânărul Cosmin Vlad. „Băieții au crezut până la capăt. Acum trebuie să rămânem cu picioarele pe pământ”, a spus antrenorul Marian Toma.",
                            "Cu trei etape înainte de pauza de iarnă, Voința are un punct avans față de Unirea și trei față de Viitorul Mărăcineni.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Rezultatele etapei",
                        "section": ["Rezultatele etapei", None],
                        "box": True,
                        "title": "Etapa a 14-a",
                        "byline": None,
                        "listing": True,
                        "body": [
                            "Voința – Unirea 2-1",
                            "Viitorul – Olimpia 3-0",
                            "Progresul – CS Albota 1-1",
                            "Recolta – Dacia 0-2",
                            "Avântul – Sporting 4-2",
                            "Clasament: 1. Voința 33 p., 2. Unirea 32 p., 3. Viitorul 30 p.",
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
                        "title": "Handbalistele de la CSM, calificate în sferturi",
                        "byline": [None, "A.P."],
                        "body": [
                            "Echipa feminină de handbal a CSM Vâlsan s-a calificat în sferturile Cupei României, după 31-27 cu HC Râmnic. Cea mai bună marcatoare a fost Elena Dobre, cu nouă goluri. (A.P.)",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "label": "Pe scurt",
                        "section": ["Pe scurt", None],
                        "title": "Cros de Moș Nicolae",
                        "byline": None,
                        "body": [
                            "Clubul de atletism organizează duminică un cros pentru copii în parcul Trivale. Înscrierile se fac la fața locului.",
                        ],
                    },
                    {
                        "section": [None, "Pe scurt"],
                        "title": "Sala de sport, renovată",
                        "byline": None,
                        "body": [
                            "Sala de sport a Liceului nr. 2 va fi redeschisă în ianuarie, după o renovare de 1,2 milioane de lei.",
                        ],
                    },
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [KEJI, DAPILI, YIWEN, DANSK, SPORT]
