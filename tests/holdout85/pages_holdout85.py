"""The text of every holdout85 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, shops, dishes' cooks, ships' timetables, prices, novels and events are invented; real towns and
regions are only settings. A field given as a list lists every acceptable reading; its first element is the one
printed. Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold (an interviewer's
question). `kicker`, `title` and `subtitle` over a big head are a three-deck head (引题, 主题, 副题). `label` sets a
reversed label over an article (its `section`); `brief` sets the head in the deck size; `tight` sets the first line
of text directly under the head; `runin` sets the title bold at the start of the first paragraph (a brief's lead-in);
`jump` is a line set flush right at an article's foot (here a serial's （待续）, furniture); `box` rules a box round
an article; `photo_top` sets a photo across the article under its head (a photo news item, its long caption the
text); a `block` is furniture (a 今日导读 box), each row one furniture string.
"""

YAOWEN = {
    "stem": "zh_sim_front_page_three_deck_head_yinti_zhuti_futi_lead_photo_subhead_jinri_daodu_inside_today_box_section_page_lines_benbaoxun_tight_head_second_story",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["清源晨报", "2027年3月16日　星期二", "A1　要闻"],
    "date": "2027-03-16",
    "page": ["A1　要闻", "A1"],
    "foot": "清源晨报　A1　要闻　　本版编辑：郑思源　　新闻热线：0595-2287641",
    "note": "A front page of four columns: over three a lead story under a three-deck head (引题 kicker, 主题 title, 副题 subtitle), a byline, a photo heading its second column with caption and credit, a subhead, the text running from the foot of each column to the top of the next; in the fourth a boxed 今日导读 box of section-and-page lines (furniture, one string a line) and under it a short story; under a rule a second story over four columns whose head sits directly over a 本报讯 opener naming its reporter.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "古城保护与民生改善同步推进",
                        "title": "西街老厝修缮　百户居民回迁",
                        "subtitle": "首批修缮的一百二十栋老宅本月底前全部交付",
                        "byline": ["本报记者　黄静怡", "黄静怡"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "修缮后的老厝保留了红砖墙和燕尾脊。",
                        "credit": "本报记者　黄静怡　摄",
                        "body": [
                            "昨日上午，家住西街的林阿婆拿到了新钥匙。她家那栋住了六十多年的老厝，经过一年多的修缮，屋顶不再漏雨，厨房和卫生间也都换了新的。“终于可以回家了。”林阿婆说。",
                            "记者从市古城办获悉，西街片区首批修缮的一百二十栋老宅，本月底前将全部交付，一百多户居民陆续回迁。",
                            "与以往的大拆大建不同，这次修缮坚持“修旧如旧”。红砖、石条、木构件能用的都留下来，实在不能用的，也尽量找同样的老材料替换。",
                            ("h", "先问居民想怎么住"),
                            "修缮之前，工作人员挨家挨户上门，听居民说需求。有的人家想加一个卫生间，有的想把阁楼改成卧室，设计方案前后改了三稿。",
                            "“房子是大家的，怎么修要听大家的。”古城办负责人介绍，每栋老宅都建了档案，从测绘到施工，每个环节都请居民代表参与监督。",
                            "除了房屋本身，片区的水电管网也一并改造。过去一到雨天就积水的几条小巷，如今铺上了新的排水沟，电线也全部入地。",
                            "按照计划，西街片区第二批一百五十栋老宅将于下月开工，预计明年年底前完工。",
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
                        "label": "今日导读",
                        "cell_strings": True,
                        "cols": [(0.0, "l")],
                        "rows": [
                            ["A2　要闻　春耕备耕全面展开"],
                            ["A3　城事　地铁二号线试运行"],
                            ["A5　教育　中考体育项目调整"],
                            ["A7　健康　春季过敏怎么防"],
                            ["B1　体育　市运会下月开幕"],
                            ["B4　副刊　开元寺的春天"],
                        ],
                    },
                    {
                        "brief": True,
                        "title": "洛阳桥周边禁行大货车",
                        "ncol": 1,
                        "body": [
                            "为保护千年古桥，从下周一起，洛阳桥周边道路禁止大型货车通行。",
                            "交警部门提醒，过往货车可以绕行沿海大通道。",
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
                        "title": "晋江沿岸新建六处亲水步道",
                        "byline": ["记者　蔡明哲", "蔡明哲"],
                        "inline_byline": True,
                        "ncol": 4,
                        "body": [
                            "本报讯（记者　蔡明哲）记者昨日从市水利局了解到，今年晋江沿岸将新建六处亲水步道，总长约十二公里，计划在汛期前完成主体工程。",
                            "新建的步道将与已有的滨江公园连成一线，沿途设置休息亭和公共厕所，方便市民散步和骑行。",
                            "水利局有关负责人表示，步道建设将兼顾防洪需要，所有设施都按照五十年一遇的标准设计。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

MEISHI = {
    "stem": "zh_tra_scan_taiwan_food_page_shishang_lead_photo_subhead_chufang_shouji_recipe_box_cailiao_ingredient_lines_zuofa_numbered_steps_jizhe_byline_second_story",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": True,
    "seed": 85002,
    "angle": 0.45,
    "ncols": 4,
    "masthead": ["赤崁晚報", "2027年4月22日　星期四", "B3　美食"],
    "date": "2027-04-22",
    "page": ["B3　美食", "B3"],
    "foot": "赤崁晚報　B3　美食　　責任編輯：吳佩珊　　美編：許家豪",
    "note": "A Taiwan food page (scanned): over three of four columns a food story (kicker, head, subtitle, byline, a photo heading its second column with caption and credit, a subhead, a 「」 quote, the text running from the foot of each column to the top of the next); in the fourth a boxed recipe under a reversed `廚房手記` label (a head, a `材料` heading over one ingredient a line, a `做法` heading over numbered steps); under a rule a second story over four columns with kicker, head and byline.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "食尚府城",
                        "title": "一碗肉燥飯　三代人的味道",
                        "subtitle": "老店堅持手切豬肉　每天只賣到中午",
                        "byline": ["記者　林雅婷／台南報導", "林雅婷", "記者　林雅婷"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "第三代老闆每天清晨五點就開始切肉。",
                        "credit": "記者　林雅婷／攝影",
                        "body": [
                            "中西區一條小巷裡，有一家只有六張桌子的肉燥飯老店。每天早上六點開門，不到中午，一大鍋肉燥就賣完了，晚來的客人只能明天再來。",
                            "老店由阿嬤在五十多年前開始經營，如今交到孫子手上。第三代老闆說，店裡的做法幾乎沒有變過，豬肉一定要用手切，不用絞肉機，「手切的肉有口感，滷久了也不會散。」",
                            "一碗肉燥飯賣三十五元，十幾年來只漲過兩次。老闆說，很多客人從小吃到大，現在帶著自己的孩子來，「價錢不能亂漲，不然對不起老客人。」",
                            ("h", "醬油只用在地老廠"),
                            "除了手切豬肉，醬油也是關鍵。老店用的是附近一家老醬油廠的黑豆醬油，味道比較甘，顏色也比較深。",
                            "每天凌晨，老闆先把豬皮和五花肉切成小丁，用豬油炒香紅蔥頭，再加醬油和冰糖，小火滷兩個小時以上。",
                            "不少觀光客慕名而來，老闆卻不打算開分店。「一個人顧一鍋肉燥，剛剛好。」他笑著說。",
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
                        "label": "廚房手記",
                        "section": ["廚房手記", None],
                        "brief": True,
                        "title": "在家滷一鍋肉燥",
                        "listing": True,
                        "ncol": 1,
                        "body": [
                            ("h", "材料"),
                            "豬五花肉　600公克",
                            "紅蔥頭　10顆",
                            "黑豆醬油　150毫升",
                            "冰糖　1大匙",
                            "米酒　2大匙",
                            "水　500毫升",
                            ("h", "做法"),
                            "1. 豬五花肉切成小丁，紅蔥頭切薄片。",
                            "2. 熱鍋下少許油，把紅蔥頭炒到金黃，撈起備用。",
                            "3. 放入肉丁炒到出油，再加醬油、冰糖和米酒炒勻。",
                            "4. 加水和紅蔥頭，煮滾後轉小火滷九十分鐘即可。",
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
                        "kicker": "在地好物",
                        "title": "安平蝦餅改良包裝　少油更健康",
                        "byline": ["記者　陳冠宇／台南報導", "陳冠宇", "記者　陳冠宇"],
                        "ncol": 4,
                        "body": [
                            "安平老街的蝦餅是不少遊客必買的伴手禮。一家經營四十年的蝦餅店，今年起改用新的烘烤方式，油量比過去少了三成，包裝也改成可以重複封口的夾鏈袋。",
                            "店家說，過去常有客人反映蝦餅太油，打開後也容易受潮，所以花了一年時間試做，終於找到不用油炸也能酥脆的做法。",
                            "新包裝上市一個月，銷量比去年同期增加兩成，不少年輕人也開始上門購買。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

RENWU = {
    "stem": "zh_sim_culture_page_renwu_profile_interview_wen_da_turns_portrait_photo_subhead_changpian_lianzai_serial_instalment_chapter_daixu_tight_head_second_story",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["昌江晚报", "2027年5月13日　星期四", "A9　文化·人物"],
    "date": "2027-05-13",
    "page": ["A9　文化·人物", "A9"],
    "foot": "昌江晚报　A9　文化·人物　　责任编辑：欧阳婧　　美术编辑：汪小川",
    "note": "A culture page of four columns: over three a profile interview (kicker, head, subtitle, byline, a portrait heading its first column with caption and credit, two paragraphs of introduction, then the interview in turns, each question bold and opening on `问：`, each answer opening on `答：`, a subhead between them, the text running from the foot of each column to the top of the next); in the fourth a serial novel's instalment under a reversed `长篇连载` label (title, chapter line as subtitle, author line `□　…`, `（待续）` flush right at its foot); under a rule a second story over four columns whose head sits directly over its text.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "人物专访",
                        "title": "让碎了的瓷器“活”过来",
                        "subtitle": "对话陶瓷修复师余秋萍",
                        "byline": ["本报记者　江一帆", "江一帆"],
                        "ncol": 3,
                        "photo_col": 0,
                        "caption": "余秋萍在工作室里拼接青花碗碎片。",
                        "credit": "本报记者　江一帆　摄",
                        "body": [
                            "在景德镇老城区一间不大的工作室里，余秋萍已经修了二十多年瓷器。桌上摆满了大大小小的碎片，有的来自博物馆，有的是普通人家里传下来的老碗。",
                            "前不久，她修复的一件清代青花瓶在市博物馆展出，吸引了不少观众。记者日前来到她的工作室，听她讲这门手艺。",
                            ("b", "问：您是怎么走上陶瓷修复这条路的？"),
                            "答：我父亲是做瓷器的，小时候家里经常有烧坏、摔碎的东西。我觉得扔掉太可惜了，就自己拿胶水去粘，粘得歪歪扭扭的。后来到学校学了文物修复，才知道这是一门专门的学问。",
                            ("b", "问：修一件瓷器，最难的是哪一步？"),
                            "答：最难的是补色。缺了的地方要用材料补上，再一笔一笔画出原来的花纹，颜色深一点浅一点都不行。有时候一块指甲大的地方，要调一个星期的颜色。",
                            ("h", "“修复不是造假”"),
                            ("b", "问：有人说修得看不出来才算好，您怎么看？"),
                            "答：博物馆的东西，我们会故意留一点能分辨的痕迹，让后人知道哪里是修过的。修复不是造假，是让它把故事继续讲下去。",
                            ("b", "问：现在愿意学这门手艺的年轻人多吗？"),
                            "答：比十年前多了。我带过十几个徒弟，有的已经自己开了工作室。只要肯坐得住，这门手艺不会断。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "长篇连载",
                        "section": ["长篇连载", None],
                        "title": "窑火",
                        "subtitle": "第十七章　雨夜",
                        "byline": ["□　郑远舟", "郑远舟", "□郑远舟"],
                        "ncol": 1,
                        "jump": "（待续）",
                        "body": [
                            "雨下了一整夜。老周披着蓑衣，在窑门口来回走着，不时伸手摸一摸窑壁。",
                            "“师傅，回去歇一会儿吧。”阿明端着一碗热粥走过来。",
                            "老周摇摇头：“这一窑是人家等着要的，火候差一点都不行。”",
                            "阿明不再说话，蹲在一旁往灶里添柴。火光照着两个人的脸，一明一暗。",
                            "天快亮的时候，雨终于停了。老周把耳朵贴在窑壁上，听了很久，才慢慢直起腰来。",
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
                        "title": "陶溪川周末市集新增手作体验",
                        "ncol": 4,
                        "body": [
                            "记者从陶溪川文创街区获悉，从本周六起，周末创意市集将新增手作体验区，市民和游客可以在老师的指导下拉坯、画坯，亲手做一件瓷器。",
                            "体验区设在老厂房内，每场限二十人，需要提前在网上预约。做好的作品烧制后，可以邮寄到家。",
                            "街区负责人介绍，市集开办以来，已吸引三百多位年轻手艺人入驻摆摊。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

MALAGA = {
    "stem": "tkl_scan_tokelauan_travel_page_malaga_atafu_story_tusia_e_byline_photo_subhead_ala_ki_atafu_how_to_get_there_box_labelled_lines_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 85004,
    "angle": -0.5,
    "ncols": 4,
    "masthead": ["Te Matagi Fou", "Aho Falaile, 18 Iuni 2027", "Malaga · 7"],
    "date": "2027-06-18",
    "page": ["Malaga · 7", "7"],
    "foot": "Te Matagi Fou · Malaga · 7 · Faatonu: Iosefa Perez",
    "markup": [],
    "note": "A Tokelauan weekly's travel page (scanned): over three of four columns a travel story (kicker, head, subtitle, byline `Tusia e …`, a photo heading its second column with caption and credit, a subhead, a quote, the text running from the foot of each column to the top of the next); in the fourth a boxed how-to-get-there box under a reversed `Ala ki Atafu` label (a head, then lines each opening on a label and a colon); under a rule a second story over four columns whose head sits directly over a dateline opener `APIA —`.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Malaga i te atu motu",
                        "title": "Ko Atafu, te fenua e filemu",
                        "subtitle": "E tolu aho i luga o te vaa mai Apia, kae e aoga te malaga",
                        "byline": ["Tusia e Mele Tuilagi", "Mele Tuilagi"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Ko te namo o Atafu i te afiafi, mai te uaafa.",
                        "credit": "Ata: Mele Tuilagi",
                        "body": [
                            "E tolu aho ma e lua pō te malaga i luga o te vaa mai Apia ki Atafu. E lahi te galu i te aho muamua, kae i te aho lua kua mālū te moana, ma kua kitea ai nā ika lele e oho i tafa o te vaa.",
                            "Ko Atafu ko te atu motu e tū i te itū ki mātū o Tokelau. E hē he pahi, e hē he faleoloa lahi, kae e tele nā tagata e fiafia ki te ōmai ki konei ona ko te filemu o te fenua.",
                            "I te taeao muamua, na ave au e te aiga na matou nonofo ai ki te namo. Na matou kakau ma na matou vakai ki nā ika lanu eseese i lalo o te vai.",
                            ("h", "Ko nā mea kai o te fenua"),
                            "E hē he faleaiga i Atafu. E kai nā tagata malaga i te mea kai e kuka e te aiga: ika, niu, talo ma pulaka. I te afiafi e fakatahi nā tagata ki te fale fono e pepehe ma hiva.",
                            "“E fiafia matou ki nā tagata malaga, kae e tatau ke latou fakaaloalo ki nā tulafono o te nuku,” e hili ai Sione Lopa, ko te faipule o Atafu.",
                            "E hē ke kakau nā tagata malaga i te aho Hā, ma e hē ke ō ki nā motu i tua o te namo e aunoa ma te pule a te taupulega.",
                            "I te aho fakamuli, na fakafetai au ki te aiga ma na matou tauhi fakatahi ki te vaa. Na tagi te tamaitiiti o te aiga, kae na fakatalitonu mai ia te ia ke toe foki mai au.",
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
                        "label": "Ala ki Atafu",
                        "section": ["Ala ki Atafu", None],
                        "brief": True,
                        "title": "Ko nā mea e tatau ke iloa",
                        "listing": True,
                        "ncol": 1,
                        "body": [
                            "Vaa: E tahi te malaga i nā vaiaho e lua mai Apia.",
                            "Taimi: E tolu aho ma e lua pō.",
                            "Tau: $320 ki te tagata e tahi, alu ma foki.",
                            "Pemita: E tatau ke maua mai te ofiha o Tokelau i Apia.",
                            "Nofoaga: E nofo nā tagata malaga ma nā aiga.",
                            "Tupe: E fakaaogā te tālā Niu Hila.",
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
                        "title": "Ko te vaa fou e malaga ki Tokelau i Aokuho",
                        "ncol": 4,
                        "body": [
                            "APIA — E kamata te malaga a te vaa fou ki Tokelau i te māhina o Aokuho. E lahi atu te vaa fou, ma e mafai ke ave e ia nā tagata e ono hefulu.",
                            "Na fakamatala mai te ofiha o Tokelau i Apia ko nā tiketi e mafai ke totogi i luga o te initaneti, kae e mafai foki i te ofiha.",
                            "E fakamoemoe nā tagata o nā nuku ka vave atu te malaga, ma ka mafai ke lahi atu nā mea kai ma nā mea faigaluega e ave ki nā atu motu. Ko te malaga muamua e kamata i te Aho Gafua, 2 Aokuho.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

VIESTI = {
    "stem": "fkv_kven_news_page_lead_story_kirjoittanu_byline_photo_subhead_lyhyesti_briefs_column_bold_lead_ins_photo_news_item_long_caption_story_tight_head_second_story",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Jäämeren Viesti", "Torstai 25. helmikuuta 2027", "Uutiset · 4"],
    "date": "2027-02-25",
    "page": ["Uutiset · 4", "4"],
    "foot": "Jäämeren Viesti · Uutiset · 4 · Toimittaja: Aila Niskala",
    "markup": ["."],
    "note": "A Kven weekly's news page: over three of four columns a lead story (kicker, head, subtitle, byline `Kirjoittanu: …`, a photo heading its second column with caption and credit, a subhead, a quote, the text running from the foot of each column to the top of the next); in the fourth a briefs column under a reversed `Lyhyesti` label, four short items each opening on a bold lead-in (its title) and its full stop; under a rule a photo news item over two columns (a head, a photo across both with its credit, and a long caption that is the story) and beside it a story over two columns whose head sits directly over its text.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Kieli ja kulttuuri",
                        "title": "Kainun kieli palaa Pyssyjoen kouluun",
                        "subtitle": "Syksystä lähtien lapset saavat oppia kieltä joka viikko",
                        "byline": ["Kirjoittanu: Hilja Mäkelä", "Hilja Mäkelä"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Oppilhaat harjoittelevat kainun sanoja luokassa.",
                        "credit": "Kuva: Hilja Mäkelä",
                        "body": [
                            "Pyssyjoen koulussa alkaa ensi syksynä kainun kielen opetus. Kunta on päättäny, ette kaikki oppilhaat ensimäisestä luokasta neljänteen saavat kaksi tuntia kieltä viikossa.",
                            "Koulussa oli kainun kielen opetusta viimeksi monta vuosikymmentä sitte. Nyt vanhemmat ovat itte pyytänheet, ette kieli otethaan takaisin.",
                            ("h", "Isovanhemmat mukhaan"),
                            "Opettaja Anneli Rasmussen kertoo, ette koulu kuttuu myös isovanhempia luokkhaan. Het osaavat vielä kielen ja voivat kertoa lapsille vanhoista ajoista, kalastuksesta ja poronhoiosta.",
                            "”Lapset oppivat parhaiten, kun het kuulevat kieltä kotona ja koulussa. Met tarvitsemma kaikkia apuun,” sanoo Rasmussen.",
                            "Kunta on saanu valtiolta rahhaa uusiin oppikirjoihin. Kirjat tehhään yhessä Ruijan kveeniinstituutin kansa.",
                            "Keväällä koulussa järjestethään kielileiri, jonne kaikki kylän asukhaat ovat tervetulheita.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Lyhyesti",
                        "section": ["Lyhyesti", None],
                        "title": "Hiihtokisat",
                        "runin": True,
                        "runin_sep": ". ",
                        "ncol": 1,
                        "body": [
                            "Vesisaaren hiihtokisat pietään lauantaina. Lähtö on kello 11 urheilukentältä.",
                        ],
                    },
                    {
                        "section": [None, "Lyhyesti"],
                        "title": "Kirjasto",
                        "runin": True,
                        "runin_sep": ". ",
                        "ncol": 1,
                        "body": [
                            "Kaupungin kirjasto on kiinni maanantaina, ko sinne asenetaan uusia hyllyjä.",
                        ],
                    },
                    {
                        "section": [None, "Lyhyesti"],
                        "title": "Lautta",
                        "runin": True,
                        "runin_sep": ". ",
                        "ncol": 1,
                        "body": [
                            "Porsangin lautta ei kulje torstaina myrskyn takia. Seuraava vuoro lähtee perjantaiaamuna.",
                        ],
                    },
                    {
                        "section": [None, "Lyhyesti"],
                        "title": "Kuoro",
                        "runin": True,
                        "runin_sep": ". ",
                        "ncol": 1,
                        "body": [
                            "Kainulaisten kuoro hakkee uusia laulajia. Harjoitukset ovat tiistai-iltasin seurakuntatalossa.",
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
                        "title": "Revontulet Vesisaaren yllä",
                        "photo_top": 250,
                        "credit": "Kuva: Tor-Erik Kalliainen",
                        "ncol": 2,
                        "body": [
                            "Vihreät revontulet loistivat tiistai-iltana Vesisaaren sataman yllä. Monet kaupunkilaiset lähtivät rannalle kattomhaan taivasta, ja turistit kuvasivat valoja myöhään yöhön asti. Ilmatieteilijän mukhaan revontulia saattaa näkyä vielä viikonloppuna, jos taivas pysyy selkeänä.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "tight": True,
                        "title": "Kalastajat saavat uuden laiturin",
                        "ncol": 2,
                        "body": [
                            "Vesisaaren kunta rakentaa kalastajille uuden laiturin sathaan itäpäähän. Vanha laituri on ollu huonossa kunnossa jo monta vuotta.",
                            "Työt alkavat huhtikuussa, ja laiturin pittää olla valmis ennen syksyn turskakalastusta. Rakentaminen maksaa noin kaheksan miljoonaa kruunua, ja siitä puolet maksaa valtio.",
                            "Kalastajat ovat tyytyväisiä. ”Tätä met olemma oottanheet kauan,” sanoo kalastaja Paavo Haldorsen.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [YAOWEN, MEISHI, RENWU, MALAGA, VIESTI]
