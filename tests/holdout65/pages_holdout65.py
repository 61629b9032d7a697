"""The text of every holdout65 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, clubs, books, publishers and events are invented; real towns and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold.
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
`jump` is a page reference set flush right under a teaser (furniture).
A `block` is furniture, not an article: an index strip or a table (label, head, rows of cells at fixed
fractions of the width); each row, or with `cell_strings` each cell, is one furniture string.
`listing` sets an article's paragraphs flush left in smaller type (a facts box, one fact a line).
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
"""

TOUBAN = {
    "stem": "zh_sim_front_page_three_boxed_teasers_xiangjian_refs_daodu_index_strip_over_one_lead_four_cols",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": False,
    "ncols": 6,
    "masthead": ["澜溪日报", "2027年1月15日　星期五　农历腊月初八", "第1版　要闻"],
    "date": "2027-01-15",
    "page": ["第1版　要闻", "第1版", "1"],
    "foot": "澜溪日报社出版　　社址：宁波市海曙区望湖路88号　　新闻热线：0574-8800 6621　　今日12版",
    "note": "A front page read top to bottom: a row of three boxed teasers (a reversed label, a head, a one-paragraph summary, a page reference `详见第N版` flush right), under them an index strip `今日导读` of six page entries set as cells (furniture), and under that one lead story across the page (kicker, head, subtitle, byline, four text columns with two subheads, a photo heading the fourth column with caption and credit).",
    "rows": [
        [
            (
                [
                    {
                        "box": True,
                        "label": "民生",
                        "section": ["民生", None],
                        "title": "老旧小区加装电梯提速",
                        "ncol": 1,
                        "jump": "详见第3版",
                        "body": [
                            "今年全市计划为二百三十个老旧小区加装电梯，审批时间由原来的九十天压缩到三十天，居民出资比例也将按楼层分档。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "box": True,
                        "label": "文化",
                        "section": ["文化", None],
                        "title": "腊八粥香飘满老街",
                        "ncol": 1,
                        "jump": "详见第7版",
                        "body": [
                            "今天是腊八节，月湖边的老街上，十几家老字号一早就支起大锅，免费为市民和环卫工人送上热腾腾的腊八粥。",
                        ],
                    }
                ],
                2,
                2,
            ),
            (
                [
                    {
                        "box": True,
                        "label": "体育",
                        "section": ["体育", None],
                        "title": "冬泳爱好者破冰迎新",
                        "ncol": 1,
                        "jump": "详见第11版",
                        "body": [
                            "气温跌破零度，东钱湖畔仍有四十多名冬泳爱好者下水，年纪最大的已经七十三岁，坚持冬泳整整二十年。",
                        ],
                    }
                ],
                4,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "block": True,
                        "label": "今日导读",
                        "cell_strings": True,
                        "cols": [(0.0, "l"), (0.34, "l"), (0.68, "l")],
                        "rows": [
                            ["第2版　要闻　市两会下周开幕", "第4版　经济　港口年吞吐量创新高", "第5版　城事　地铁5号线二期试运行"],
                            ["第6版　教育　寒假托管班报名开始", "第9版　国际　多国迎来寒潮天气", "第12版　副刊　外婆的腊八蒜"],
                        ],
                    }
                ],
                0,
                6,
            ),
        ],
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "春运首日预售火爆",
                        "title": "二十万张返乡车票三小时售出过半",
                        "subtitle": "铁路部门加开临客四十二列　夜间高铁首次开行",
                        "byline": ["本报记者　赵一帆　通讯员　钱　蕾", "赵一帆", "本报记者　赵一帆"],
                        "ncol": 4,
                        "photo_col": 3,
                        "caption": "昨天上午，宁波站售票大厅里，工作人员帮助老人在自助机上购票。",
                        "credit": "本报记者　赵一帆　摄",
                        "body": [
                            "昨天上午八点，春运火车票预售正式开始。记者从宁波站了解到，首日开售的二十万张车票在三小时内售出一半以上，其中发往贵阳、重庆、成都方向的车票最为紧俏。",
                            "与往年相比，今年通过手机购票的旅客占到九成以上，车站售票窗口前已不见当年排长队的景象。",
                            ("h", "加开临客　夜间高铁首次开行"),
                            "为缓解客流压力，铁路部门将在春运期间加开临时旅客列车四十二列，并首次开行夜间高铁，晚上十点以后从宁波发往长沙、南昌方向，第二天清晨即可到达。",
                            "车站负责人介绍，夜间高铁票价比白天同线路低一成左右，预计可多运送旅客六万人次。",
                            ("h", "老年旅客可走“爱心通道”"),
                            "针对不会使用手机购票的老年旅客，车站在售票厅设置了“爱心通道”，安排志愿者现场帮助购票、改签。六十岁以上旅客还可以拨打热线电话预约进站服务。",
                            "车站提醒旅客，春运期间请提前一小时到站，并留意列车停运、调整信息。",
                        ],
                    }
                ],
                0,
                6,
            ),
        ],
    ],
}

SHUPING = {
    "stem": "zh_tra_book_review_page_wen_slash_byline_cover_chubanshe_tigong_shuji_ziliao_facts_box_second_short_review",
    "script": "zh_tra",
    "tess": ("chi_tra", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["聽濤日報", "2027年2月6日　星期六", "B4　書評"],
    "date": "2027-02-06",
    "page": ["B4　書評", "B4"],
    "foot": "聽濤日報　B4　書評　　主編：葉思妤　　美編：劉冠廷　　來稿請寄：books@tingtao-daily.tw",
    "note": "A Taiwan daily's book-review page: a long review over three columns (kicker, head, byline `文／鍾以寧`, two subheads, a book cover heading its third column with caption and the credit `圖／海墨出版提供`); in the fourth column a framed `書籍資料` facts box, one labelled fact a line (`書名：`, `作者：`, …); under a rule across the page a shorter review over four columns with its facts set as one line at its end.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "本週書評",
                        "title": "在漁港的舊郵局裡，寫一部家族的潮汐",
                        "byline": ["文／鍾以寧", "鍾以寧"],
                        "ncol": 3,
                        "photo_col": 2,
                        "caption": "《潮間帶的信》書封。",
                        "credit": "圖／海墨出版提供",
                        "body": [
                            "邱朗月的新長篇《潮間帶的信》，從澎湖一間即將裁撤的漁港郵局寫起。局裡最後一位郵務員在清點舊物時，翻出一疊從未寄出的信，收件人全是同一個姓氏。",
                            "小說沿著這疊信往回走，把一個家族三代人的出海、離島與返鄉，寫成漲了又退的潮水。",
                            ("h", "用書信搭起三個年代"),
                            "全書分為三部，各以一個年代的書信開頭：五〇年代的家書寫得拘謹，八〇年代的情書帶著流行歌的句子，到了兩千年後，信變成了沒有寄出的電子郵件草稿。",
                            "作者讓文體隨著年代改變，讀者幾乎不必看章名，就知道故事走到了哪裡。這是本書最聰明的地方。",
                            ("h", "結尾略顯倉促"),
                            "可惜的是，第三部的節奏明顯加快，幾個重要人物的轉折只用幾頁交代，讀來不免有些可惜。",
                            "即使如此，這仍是近年少見、能把島嶼的風和鹽寫進紙裡的小說。",
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
                        "title": "書籍資料",
                        "listing": True,
                        "ncol": 1,
                        "body": [
                            "書名：潮間帶的信",
                            "作者：邱朗月",
                            "出版：海墨出版",
                            "出版日期：2027年1月",
                            "頁數：352頁",
                            "定價：新台幣420元",
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
                        "title": "把山路走成一本筆記",
                        "byline": ["文／何素晴", "何素晴"],
                        "ncol": 4,
                        "body": [
                            "登山作家梁仲禹的《稜線上的早餐》收錄四十篇短文，每篇記一座山、一頓在山上吃的早餐。文字平實，卻常在最後一句讓人停下來。",
                            "寫合歡山的那篇，他只記下一碗泡麵和一句「霧散的時候，整座山都醒了」，讀完彷彿也聞到了山上清晨的冷空氣。",
                            "《稜線上的早餐》，梁仲禹著，山徑文化出版，定價新台幣360元。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

DASHIJI = {
    "stem": "zh_sim_scan_year_end_chronicle_page_month_heads_dated_entries_yuefen_zhengli_byline_photo",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": True,
    "seed": 65003,
    "angle": -0.4,
    "ncols": 4,
    "masthead": ["岚川晚报", "2026年12月31日　星期四", "第12版　年终特刊"],
    "date": "2026-12-31",
    "page": ["第12版　年终特刊", "第12版", "12"],
    "foot": "岚川晚报　第12版　年终特刊　　责任编辑：俞　帆　　版式：孔令仪",
    "note": "A scanned year-end chronicle page: one article across the page (kicker, head, byline `本报记者　郑小禾　整理`, an introductory paragraph), then the year's events as dated entries, one a paragraph opening with its date and a full-width space, under month heads (`一月` … `十二月`), in four columns; a photo heading the fourth column with caption and credit.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "2026·岚川记忆",
                        "title": "这一年，我们一起走过",
                        "byline": ["本报记者　郑小禾　整理", "郑小禾", "本报记者　郑小禾"],
                        "ncol": 4,
                        "photo_col": 3,
                        "caption": "9月26日，岚川大桥合龙，建设者在桥面上合影。",
                        "credit": "本报记者　郑小禾　摄",
                        "body": [
                            "又到岁末。翻开这一年的报纸，一座城市的变化就写在一个个日子里。本报摘录全年大事，与读者一同回望。",
                            ("h", "一月"),
                            "1月8日　岚川至临海城际铁路开通运营，两地通勤时间缩短至四十分钟。",
                            ("h", "二月"),
                            "2月17日　元宵灯会在西江公园举行，五天接待游客三十二万人次。",
                            ("h", "三月"),
                            "3月12日　全市启动“万人植绿”活动，沿江新栽树木四万余株。",
                            "3月30日　岚川老城区雨污分流改造工程完工。",
                            ("h", "五月"),
                            "5月20日　市儿童医院新院区投入使用，新增床位六百张。",
                            ("h", "七月"),
                            "7月3日　受持续强降雨影响，西江水位超过警戒线，沿江三万余名群众安全转移。",
                            ("h", "九月"),
                            "9月26日　岚川大桥顺利合龙，预计明年五一前后通车。",
                            ("h", "十一月"),
                            "11月15日　首届岚川马拉松鸣枪，一万二千名跑者参赛。",
                            ("h", "十二月"),
                            "12月22日　城市书房第一百家在东湖街道开放，全市实现“十五分钟阅读圈”。",
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
    "stem": "mt_scan_sports_page_match_report_minn_byline_ritratt_credit_rizultati_results_table_klassifika_standings",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 65004,
    "angle": 0.5,
    "ncols": 5,
    "markup": [],
    "masthead": ["Il-Leħen tax-Xlokk", "Il-Ħadd, 14 ta' Marzu 2027", "Sport · 38"],
    "date": "2027-03-14",
    "page": ["Sport · 38", "38"],
    "foot": "Il-Leħen tax-Xlokk · Sport · 38",
    "note": "A scanned Maltese weekly's sports page: a match report over three columns (kicker, head, subtitle, byline `Minn Rita Azzopardi`, a photo heading its third column with caption and `Ritratt: Joseph Mifsud`); in the right-hand two-fifths a reversed `Riżultati` label over the round's results table and a `Klassifika` standings table with a bold header row (furniture), and under them a short second report.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Kampjonat Amatur · Ġimgħa 19",
                        "title": "Nigret United jirbħu d-derby fl-aħħar minuti",
                        "subtitle": "Gowl ta' Karl Grech fid-89 minuta jġib lit-tim fil-quċċata",
                        "byline": ["Minn Rita Azzopardi", "Rita Azzopardi"],
                        "ncol": 3,
                        "photo_col": 2,
                        "caption": "Karl Grech jiċċelebra l-gowl tar-rebħa quddiem il-partitarji.",
                        "credit": "Ritratt: Joseph Mifsud",
                        "body": [
                            "Nigret United għelbu lil Blata Athletic 2–1 f'logħba mimlija tensjoni fil-grawnd ta' Ħaż-Żabbar nhar is-Sibt wara nofsin, u b'hekk telgħu waħed~hom fl-ewwel post.",
                            "Blata Athletic kienu fetħu l-iskor wara għaxar minuti biss, meta Dylan Cassar daħal waħdu quddiem il-gowl~kiper u ma ħela l-ebda ċans.",
                            "Nigret reġgħu qabdu r-ritmu fit-tieni taqsima. Fis-62 minuta, Luke Farrugia ġab l-ugwalizz~azzjoni b'daqqa ta' ras minn korner ta' Matthew Bonello.",
                            "Meta kulħadd kien qed jistenna draw, Karl Grech ħataf ballun fin-nofs, għadda minn żewġ difensuri u spara baxx fil-kantuniera t'isfel.",
                            "“Il-partitarji ħaqqhom din ir-rebħa,” qal il-kow~ċ Anthony Vella wara l-logħba. “Issa rridu nibqgħu umli u naħdmu għal-logħba li jmiss.”",
                            "Nhar is-Sibt li ġej, Nigret United jilagħbu barra minn darhom kontra Qrempa Rovers.",
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
                        "label": "Riżultati",
                        "head": "Ġimgħa 19",
                        "cols": [(0.0, "l"), (0.47, "l"), (1.0, "r")],
                        "rows": [
                            ["Nigret United", "2–1", "Blata Athletic"],
                            ["Qrempa Rovers", "0–0", "Ħal Far Stars"],
                            ["Wied Ħanżir", "3–2", "Torri l-Aħmar"],
                            ["Xatt is-Sajd", "1–4", "San Ġakbu"],
                        ],
                    },
                    {
                        "block": True,
                        "head": "Klassifika",
                        "header": True,
                        "cols": [(0.0, "l"), (0.75, "r"), (1.0, "r")],
                        "rows": [
                            ["Tim", "L", "P"],
                            ["Nigret United", "19", "41"],
                            ["Qrempa Rovers", "19", "40"],
                            ["San Ġakbu", "19", "35"],
                            ["Wied Ħanżir", "19", "31"],
                            ["Blata Athletic", "19", "27"],
                        ],
                    },
                    {
                        "title": "San Ġakbu jerġgħu jqumu",
                        "ncol": 2,
                        "body": [
                            "Wara tliet telfiet wara xulxin, San Ġakbu reġgħu rebħu, 4–1 kontra Xatt is-Sajd, b'żewġ gowls ta' Kurt Spiteri.",
                        ],
                    },
                ],
                3,
                2,
            ),
        ],
    ],
}

OPINION = {
    "stem": "sq_opinion_page_boxed_unsigned_editoriali_two_signed_op_eds_nga_bylines_autori_eshte_notes_disclaimer_line",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "markup": [],
    "masthead": ["Zëri i Liqenit", "E enjte, 11 shkurt 2027", "Opinion · 7"],
    "date": "2027-02-11",
    "page": ["Opinion · 7", "7"],
    "foot": "Zëri i Liqenit · Opinion · 7",
    "note": "An Albanian regional daily's opinion page: in column 1 a framed unsigned editorial under a reversed `Editoriali` label; over columns 2–3 a signed op-ed (byline `Nga Arben Kola` over the text, closing on the note `Autori është …`); in column 4 a second signed op-ed closing the same way; under a rule across the page a one-line disclaimer (furniture).",
    "rows": [
        [
            (
                [
                    {
                        "box": True,
                        "label": "Editoriali",
                        "section": ["Editoriali", None],
                        "title": "Liqeni nuk pret më",
                        "ncol": 1,
                        "body": [
                            "Për të tretin vit radhazi, niveli i liqenit ka rënë nën mesataren e stinës. Peshkatarët e Pogradecit e shohin këtë çdo mëngjes në mola~rin e zbrazët.",
                            "Premtimet për një plan të për~bashkët me bashkitë bregdetare janë përsëritur në çdo fushatë. Asnjë takim nuk është mbajtur ende.",
                            "Liqeni nuk njeh kufij administrativë. Koha e studimeve ka mbaruar; tani duhet vendim.",
                        ],
                    }
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "title": "Ujërat e zeza po vrasin bregun",
                        "byline": ["Nga Arben Kola", "Arben Kola"],
                        "ncol": 2,
                        "body": [
                            "Kushdo që ecën në mëngjes përgjatë bregut të Lin~it e di erën që vjen nga kanalet. Impianti i trajtimit të ujërave, i ndërtuar para pesëmbëdhjetë vjetësh, punon sot me më pak se gjysmën e kapaci~tetit.",
                            "Gjatë verës, kur numri i banorëve dyfishohet nga turistët, tubacionet nuk e përballojnë dot ngarkesën dhe ujërat e zeza derdhen drejt e në liqen.",
                            "Zgjidhja nuk kërkon shpikje të reja. Duhet një linjë e dytë trajtimi dhe lidhja e fshatrave bregdetare me rrjetin. Kostoja është e njohur prej vitesh.",
                            "Ajo që mungon është vullneti për ta vënë këtë investim para projekteve që duken më mirë në fotografi.",
                            "Autori është inxhinier hidraulik në Pogradec.",
                        ],
                    }
                ],
                1,
                2,
            ),
            (
                [
                    {
                        "title": "Një muze për peshkatarët",
                        "byline": ["Nga Mirela Dushi", "Mirela Dushi"],
                        "ncol": 1,
                        "body": [
                            "Barkat e vjetra prej druri po kalben në oborre. Bashkë me to po humbasin edhe emrat e veglave dhe këngët e peshkimit.",
                            "Një muze i vogël në ish-ndërtesën e doganës do të ruante këtë kujtesë dhe do t'u jepte turistëve një arsye më shumë për të ndaluar.",
                            "Autorja është historiane dhe punon në Korçë.",
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
                        "block": True,
                        "size": 19,
                        "cols": [(0.0, "l")],
                        "rows": [["Opinionet e botuara në këtë faqe shprehin pikëpamjet e autorëve dhe jo domosdoshmërisht të redaksisë."]],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [TOUBAN, SHUPING, DASHIJI, SPORT, OPINION]
