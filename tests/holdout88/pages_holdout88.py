"""The text of every holdout88 page, written once: make_holdout88_pages.py prints it and writes the gold.

The page format is holdout86's (see pages_holdout86.py, itself holdout83's, holdout77's, holdout75's and holdout73's),
unchanged: `"glued": True` on an article prints its first line straight under the previous article's last line, with no
blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a list or box (one
gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold; `("more", line)` the
same with no blank line before it. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head;
`"runin": sep` runs a brief's title into its first paragraph (after `"runin_lead"`); `~` marks where a Latin word may be
split at a line end. All papers, people, clubs, firms, figures and events are invented; real places (and the real
stock indices of page 8) are settings only.
"""

YUCE = {
    "name": "zh_gbk_crlf_sports_page_match_preview_tight_head_benbaoxun_caption_credit_running_head_midsentence_glued_yuji_shoufa_box_kickoff_line_and_line_up_rows",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "桐溪日报 2027-03-19 第7版 体育, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A sports "
    "page: a football match preview, its title directly above its 本报讯 lead (a caption and its credit inside a "
    "sentence, the running head in mid-sentence), then, with no blank line under its last line, the box `预计首发`: a "
    "kick-off line `开球：…` and each side's probable line-up (a team-and-formation line, then two lines of names); the "
    "box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-03-19", "page": "7",
    "head": ["桐溪日报　　2027年3月19日　星期五", "第7版　体育　　责任编辑：鲁　岚"],
    "foot": ["桐溪日报社出版　　体育部热线：0759-6623018"],
    "furniture": ["桐溪日报", "2027年3月19日", "星期五", "第7版", "体育", "责任编辑：鲁　岚", "桐溪日报·体育",
                  "桐溪日报社出版", "体育部热线：0759-6623018"],
    "run": ["桐溪日报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["青山队主场迎战江岚队"], "title": "青山队主场迎战江岚队", "tight": True,
         "byline": [None, "记者　骆　帆", "骆　帆", "骆帆"],
         "captions": ["青山队队员在训练中进行分组对抗。"], "credits": ["本报记者　骆　帆　摄"],
         "body": ["本报讯（记者　骆　帆）本周六下午，桐溪青山队将在市民球场迎来联赛第三轮的对手江岚队。两队上赛季"
                  "交手两次，各胜一场。",
                  "青山队主教练甘立诚昨天在赛前发布会上说，{cap}球队已经从上一轮的失利中走出来，“这场球我们只想"
                  "赢”。中场主力詹宁伤愈归队，有望首发。",
                  "江岚队本赛季两战全胜，前锋纪冬已经打进三球。甘立诚说，防住纪冬是这场{run}比赛的关键。"]},
        {"glued": True, "lines": ["预计首发"], "title": "预计首发",
         "body": [("row", "开球：3月20日（周六）15:30　市民球场"),
                  ("row", "青山队（4-4-2）"),
                  ("row", "鲍岩；晏骁、冉鹏、覃朗、牟帆；"),
                  ("row", "邝闯、黎原、詹宁、伍涛；古川、沈毅"),
                  ("row", "江岚队（4-3-3）"),
                  ("row", "褚航；柏霖、应辰、饶森、游骏；"),
                  ("row", "桂明、卜然、易可；纪冬、向南、祝晓")]},
    ],
}

CAIBAO = {
    "name": "zh_gb18030_lf_business_page_company_annual_results_story_byline_rare_char_caption_credit_running_head_midsentence_glued_zhuyao_caiwu_shuju_key_figures_box_header_and_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沅汀日报 2027-04-28 第5版 财经, GB18030 (`\U0002c62c` U+2C62C in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A business page: a listed firm's annual results (title, byline line, "
    "figures in the text, a caption and its credit inside a sentence, the running head in mid-sentence), then, with "
    "no blank line under its last line, the key-figures box `主要财务数据`: a header row `项目　金额　同比`, three "
    "rows `item　amount　change` and a source line; the box is an article, its head the title, each printed line a "
    "paragraph.",
    "date": "2027-04-28", "page": "5",
    "head": ["沅汀日报　　2027年4月28日　星期三", "第5版　财经　　责任编辑：蒙　樾"],
    "foot": ["沅汀日报社　　财经新闻部：0745-2290316"],
    "furniture": ["沅汀日报", "2027年4月28日", "星期三", "第5版", "财经", "责任编辑：蒙　樾", "沅汀日报·财经",
                  "沅汀日报社", "财经新闻部：0745-2290316"],
    "run": ["沅汀日报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["沅汀机床去年净利增长两成", "本报记者　殷　\U0002c62c"], "title": "沅汀机床去年净利增长两成",
         "byline": ["本报记者　殷　\U0002c62c", "殷　\U0002c62c", "殷\U0002c62c"],
         "captions": ["工人在装配车间组装数控机床。"], "credits": ["（本报记者　殷　\U0002c62c　摄）"],
         "body": ["沅汀机床股份有限公司昨晚发布年报，去年实现营业收入38.6亿元，同比增长11.2%；净利润2.94亿元，"
                  "增长21.5%。",
                  "公司董事会秘书穆晓岚介绍，{cap}数控机床订单增加是业绩增长的主要原因，出口到东南亚的产品比上年"
                  "多了三成。",
                  "年报显示，公司拟每10股派发现金红利1.2元。穆晓岚说，今年将新建一条生产线，预计年底"
                  "{run}投产。"]},
        {"glued": True, "lines": ["主要财务数据"], "title": "主要财务数据",
         "body": [("row", "项目　金额　同比"),
                  ("row", "营业收入　38.6亿元　+11.2%"),
                  ("row", "净利润　2.94亿元　+21.5%"),
                  ("row", "每股收益　0.48元　+20.0%"),
                  ("row", "资料来源：公司年报")]},
    ],
}

BANGQIU = {
    "name": "zht_big5_crlf_taiwan_sports_page_baseball_final_report_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_zhuju_bifen_line_score_box_innings_rows_winning_losing_pitcher",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "竹嶺日報 2027-05-16 A12 運動 (`中華民國116年5月16日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan sports page: an amateur baseball final, its title directly above the `【記者鍾詠晴／新竹報導】` lead "
    "(a caption and its credit inside a sentence, a 「」 quotation cut by the running head), then, with no blank "
    "line, the line score box `逐局比分`: a header row, one row a team (three innings groups of half-width digits and "
    "the runs) and a winning/losing pitcher line; the box is an article, its head the title, each printed line a "
    "paragraph.",
    "date": "2027-05-16", "page": "A12",
    "head": ["竹嶺日報　中華民國116年5月16日　星期日", "A12　運動　　編輯：葉佩珊"],
    "foot": ["竹嶺日報社　讀者服務專線：(03)551-2870"],
    "furniture": ["竹嶺日報", "中華民國116年5月16日", "星期日", "A12", "運動", "編輯：葉佩珊", "竹嶺日報．運動",
                  "竹嶺日報社", "讀者服務專線：(03)551-2870"],
    "run": ["竹嶺日報．運動"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["海鷹九局下逆轉　4比3擊退山貓"], "title": "海鷹九局下逆轉　4比3擊退山貓",
         "tight": True, "byline": [None, "記者鍾詠晴", "鍾詠晴"],
         "captions": ["海鷹隊球員衝進場內慶祝奪冠。"], "credits": ["（記者鍾詠晴攝）"],
         "body": ["【記者鍾詠晴／新竹報導】竹嶺盃成棒賽昨天在新竹進行冠軍戰，海鷹隊九局下半攻下三分，以4比3逆轉"
                  "山貓隊，拿下隊史第一座冠軍。",
                  "山貓隊靠著先發投手賴承恩壓制，一度以3比1領先。{cap}海鷹隊總教練龔文彬賽後說：「我們一直相信"
                  "還有機會，球員從頭到尾都沒有{run}放棄。」",
                  "本屆賽事共有十二隊參加，最有價值球員由海鷹隊捕手溫凱翔獲得。"]},
        {"glued": True, "lines": ["逐局比分"], "title": "逐局比分",
         "body": [("row", "球隊　123 456 789　得分"),
                  ("row", "山貓　000 201 000　3"),
                  ("row", "海鷹　100 000 003　4"),
                  ("row", "勝投：簡柏宇　敗投：賴承恩")]},
    ],
}

JIANXUN = {
    "name": "zht_big5hkscs_lf_hong_kong_business_page_shared_kitchen_story_cantonese_byline_caption_credit_running_head_midsentence_glued_shangye_jianxun_briefs_square_bullet_firm_lead_ins_run_in",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鯉灣日報 2027-07-08 B3 經濟, Big5-HKSCS (`嘅 喺 咗 啲 嚟`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong business page: a Cantonese story on shared kitchens in an old industrial "
    "building (title, byline line `記者　卓嘉欣`, a caption and its credit inside a sentence, a 「」 quotation, the "
    "running head in mid-sentence), then, with no blank line, the column `商業簡訊`: three items, each a firm's name "
    "after `■` run into its text with `：` (the bold lead-in of print); each item an article, the firm its title.",
    "date": "2027-07-08", "page": "B3",
    "head": ["鯉灣日報　2027年7月8日　星期四", "B3　經濟　　編輯：譚家豪"],
    "foot": ["鯉灣日報社　　經濟新聞熱線：2816 3305"],
    "furniture": ["鯉灣日報", "2027年7月8日", "星期四", "B3", "經濟", "編輯：譚家豪", "鯉灣日報．經濟", "鯉灣日報社",
                  "經濟新聞熱線：2816 3305"],
    "run": ["鯉灣日報．經濟"], "labels": [], "markup": ["■："] * 3,
    "articles": [
        {"lines": ["舊工廈變身共享廚房　後生仔試水做生意", "記者　卓嘉欣"], "title": "舊工廈變身共享廚房　後生仔試水做生意",
         "byline": ["記者　卓嘉欣", "卓嘉欣"],
         "captions": ["租戶喺共享廚房整蛋撻。"], "credits": ["（卓嘉欣攝）"],
         "body": ["觀塘一幢舊工廈嘅三樓，而家變咗十二間共享廚房，租畀做網購糕點、便當嘅小店。",
                  "負責人冼志恒話，{cap}每間廚房按鐘租，最平每個鐘九十蚊：「好多後生仔想試吓做生意，唔使一開始就"
                  "租成間舖。」",
                  "佢話開業半年，十二間廚房已經租滿，明年打算喺{run}荃灣再開一間。"]},
        {"glued": True, "lines": ["商業簡訊"], "section": ["商業簡訊", None], "kicker": [None, "商業簡訊"],
         "title": "嘉裕茶餐廳集團", "runin_lead": "■", "runin": "：",
         "body": ["集團宣布本月內喺將軍澳開設第八間分店，會請三十名員工。"]},
        {"section": [None, "商業簡訊"], "kicker": [None, "商業簡訊"], "title": "恒記海味", "runin_lead": "■",
         "runin": "：", "body": ["老字號海味舖今日起接受網上訂購，全港免費送貨。"]},
        {"section": [None, "商業簡訊"], "kicker": [None, "商業簡訊"], "title": "鯉灣專線小巴", "runin_lead": "■",
         "runin": "：", "body": ["下月起車費加一蚊，係三年嚟第一次加價。"]},
    ],
}

ZHUANHUI = {
    "name": "zh_utf16le_bom_crlf_football_page_summer_transfer_window_story_byline_caption_credit_running_head_midsentence_glued_zhuyao_zhuanhui_transfers_box_player_from_to_how_rows",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "涪川日报 2027-07-16 第8版 绿茵, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A football "
    "page: a story on the close of the summer transfer window (title, byline line, a caption and its credit inside a "
    "sentence, a quotation cut by the running head), then, with no blank line under its last line, the box `主要转会`: "
    "a header row `球员　原球队　新球队　方式`, four rows, one a player, and a source line; the box is an article, its "
    "head the title, each printed line a paragraph.",
    "date": "2027-07-16", "page": "8",
    "head": ["涪川日报　2027年7月16日　星期五", "第8版　绿茵　　责任编辑：郜　宁"],
    "foot": ["涪川日报社出版　　体育部：0812-5537160"],
    "furniture": ["涪川日报", "2027年7月16日", "星期五", "第8版", "绿茵", "责任编辑：郜　宁", "涪川日报·绿茵",
                  "涪川日报社出版", "体育部：0812-5537160"],
    "run": ["涪川日报·绿茵"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["夏窗关闭　本地三队引进九人", "本报记者　詹　筠"], "title": "夏窗关闭　本地三队引进九人",
         "byline": ["本报记者　詹　筠", "詹　筠", "詹筠"],
         "captions": ["柯一鸣（左）在签约仪式上展示新球衣。"], "credits": ["（本报记者　詹　筠　摄）"],
         "body": ["联赛夏季转会窗口昨天关闭。本地三支职业球队共引进九名球员，送走七人，其中涪川城队的动作最大。",
                  "涪川城队从宁岭队租借来中场牟晓阳，又买下年轻后卫柯一鸣。俱乐部总经理谷振华说，{cap}球队上赛季"
                  "丢球太多，这次主要是补强后防。",
                  "球迷蔺先生说：“新人能不能用，还要看下半程头几场，{run}急不得。”"]},
        {"glued": True, "lines": ["主要转会"], "title": "主要转会",
         "body": [("row", "球员　原球队　新球队　方式"),
                  ("row", "牟晓阳　宁岭队　涪川城队　租借"),
                  ("row", "柯一鸣　江岚队　涪川城队　转会"),
                  ("row", "鲁天宇　涪川城队　北关队　自由"),
                  ("row", "房　森　涪川联队　沙洲队　转会"),
                  ("row", "资料来源：各俱乐部公告")]},
    ],
}

ZHUANFANG = {
    "name": "zh_utf8_bom_lf_malaysia_sports_page_badminton_player_interview_jilongpo_xun_tight_head_reporter_and_name_turns_caption_credit_running_head_midsentence_glued_tight_head_brief",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "南岭日报 (an invented Malaysian Chinese daily) 2027-08-12 A14 体坛, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian sports page: an interview with a badminton player, its title directly "
    "above the intro opened by `（吉隆坡讯）` (a caption and its credit inside a sentence), then turns `记者：` and "
    "`黎家宏：`, each a paragraph with its label kept, the running head in mid-sentence; then, with no blank line, a "
    "brief whose title sits directly above its `（吉隆坡讯）` lead.",
    "date": "2027-08-12", "page": "A14",
    "head": ["南岭日报　2027年8月12日　星期四", "A14　体坛　　编辑：温　静"],
    "foot": ["南岭日报社　　体坛组电邮：tiyu@nanling.example.my"],
    "furniture": ["南岭日报", "2027年8月12日", "星期四", "A14", "体坛", "编辑：温　静", "南岭日报·体坛", "南岭日报社",
                  "体坛组电邮：tiyu@nanling.example.my"],
    "run": ["南岭日报·体坛"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["黎家宏：我还没打出最好的自己"], "title": "黎家宏：我还没打出最好的自己", "tight": True,
         "captions": ["黎家宏在训练中心练习杀球。"], "credits": ["（傅　星摄）"],
         "body": ["（吉隆坡讯）刚在公开赛打进四强的国家羽球男单选手黎家宏，昨天回到武吉加里尔训练中心。他在训练"
                  "后接受本报专访，{cap}谈到这次比赛和接下来的目标。",
                  "记者：打进四强，你对自己的表现满意吗？",
                  "黎家宏：一半一半。前三场打得很顺，半决赛第二局领先了还被追回来，体能还要再加强。",
                  "记者：下个月就是世锦赛，你有什么目标？",
                  "黎家宏：先打好每一场，不去想排名。教练说我的网前还不够细，这个月会{run}多练。",
                  "记者：很多球迷在网上为你打气，你会看吗？",
                  "黎家宏：会看，但是比赛前不看。谢谢大家，我会继续努力。"]},
        {"glued": True, "lines": ["全国青少年羽球赛下月开打"], "title": "全国青少年羽球赛下月开打", "tight": True,
         "body": ["（吉隆坡讯）全国青少年羽球赛将于9月18日至22日在怡保举行，预计有四百名选手参加，报名下周截止。"]},
    ],
}

SPIEL = {
    "name": "pfl_cp1252_crlf_palatine_german_sports_page_match_report_score_line_under_byline_dateline_caption_credit_running_head_midsentence_glued_statistik_box_scorers_crowd_referee_rows",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Pälzer Owendblatt (an invented Palatinate daily) 2027-09-13 Seit 11 Sport, Windows-1252 (`ä ö ü Ä „ “ · –`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Palatine German (Pälzisch) sports page: a football "
    "match report (title, byline line `Vun Heike Brunner`, the score line `SV Rebland – FV Haardtrand 2:1 (0:1)` on "
    "its own under the byline, the first paragraph as holdout76/79 ruled, the dateline `DEIDESHEIM –` opening the "
    "next paragraph, a caption and its credit inside a sentence, a „“ quotation cut by the running head), then, with "
    "no blank line, the box `Statistik`: scorers over two lines, the crowd and the referee, each printed line a "
    "paragraph.",
    "date": "2027-09-13", "page": "11",
    "head": ["PÄLZER OWENDBLATT · Mondaa, 13. September 2027 · Seit 11", "Sport · Redaktion: Jörg Kessler"],
    "foot": ["Pälzer Owendblatt · sport@owendblatt.example.de"],
    "furniture": ["PÄLZER OWENDBLATT", "Mondaa, 13. September 2027", "Seit 11", "Sport", "Redaktion: Jörg Kessler",
                  "Pälzer Owendblatt · Sport", "Pälzer Owendblatt", "sport@owendblatt.example.de"],
    "run": ["Pälzer Owendblatt · Sport"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Rebland dreht's Spiel in de", "letschte Minut", "Vun Heike Brunner"],
         "title": "Rebland dreht's Spiel in de letschte Minut", "byline": ["Vun Heike Brunner", "Heike Brunner"],
         "captions": ["De Hauck (links) jubelt nochem 2:1."], "credits": ["Foto: Peter Rieger"],
         "body": ["SV Rebland – FV Haardtrand 2:1 (0:1)",
                  "DEIDESHEIM – Lang hot's ausgesieh, als dät de Gascht die drei Punkte mit~nemme. De Haardtrand is "
                  "in de zwan~zigschte Minut durch e Kopp~ball vum Timo Wendel in Führung gange, {cap}un die Gäscht "
                  "hänn bis zur Paus guud dege~halde.",
                  "Noh de Paus hot de Trainer vum SV, Markus Scheidel, zwää neie Leit ringebrung. In de 71. Minut hot "
                  "de Luca Engel~hardt de Aus~gleich gemacht, un in de 90. Minut hot de Dennis Hauck noch aus zwanzisch "
                  "Meter getroff. „Des war e Spiel fer die {run}Zu~schauer“, hot de Scheidel gsaat."]},
        {"glued": True, "lines": ["Statistik"], "title": "Statistik",
         "body": [("row", "Tore: 0:1 Wendel (20.),"),
                  ("row", "1:1 Engelhardt (71.), 2:1 Hauck (90.)"),
                  ("row", "Zuschauer: 420"),
                  ("row", "Schiedsrichter: Klaus Beck (Landau)")]},
    ],
}

BEURS = {
    "name": "vls_latin1_lf_west_flemish_business_page_market_report_dateline_byline_caption_credit_running_head_midsentence_glued_slotkoersen_index_lines_name_figure_change",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "De Moeresbode (an invented West Flemish daily) 2027-10-20 Blz. 9 Ekonomie, ISO 8859-1 (`è`, straight "
    "quotes: Latin-1 has no curly ones), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A West Flemish "
    "business page: the day's market report (title, byline line `Deur Ward Vandamme`, the dateline `BRUSSEL -` opening "
    "the lead, a caption and its credit inside a sentence, a quotation cut by the running head), then, with no blank "
    "line, the box `Slotkoersen`: five index lines `name  figure  change` aligned by runs of spaces; the box is an "
    "article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2027-10-20", "page": "9",
    "head": ["DE MOERESBODE | Woensdag 20 oktober 2027 | Blz. 9", "Ekonomie | Eindredactie: Griet Vermeersch"],
    "foot": ["De Moeresbode | redactie@moeresbode.example.be"],
    "furniture": ["DE MOERESBODE", "Woensdag 20 oktober 2027", "Blz. 9", "Ekonomie", "Eindredactie: Griet Vermeersch",
                  "De Moeresbode | Ekonomie", "De Moeresbode", "redactie@moeresbode.example.be"],
    "run": ["De Moeresbode | Ekonomie"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Beurze van Brussel sluut in 't groen", "Deur Ward Vandamme"],
         "title": "Beurze van Brussel sluut in 't groen", "byline": ["Deur Ward Vandamme", "Ward Vandamme"],
         "captions": ["De koersn op e scherm in Brugge."], "credits": ["Foto: Jens Vanhove"],
         "body": ["BRUSSEL - De Brus~selse beurze is gis~tern oger ge~sloten. De Bel20 wun 0,62 pro~cent, vooral deur de "
                  "ban~ken en e paar grote voe~dings~bedrijven die be~tere cij~fers èn dan da ze ver~wacht èn.",
                  "Ook de beurzen van Parijs en Frank~fort gingen om~ooge. {cap}Alleene Am~ster~dam bleef e klein bitje "
                  "ach~ter, deur de zwak~ke koersn van de chip~bedrijven.",
                  "\"Al da goe nieuws over de rinte~voet helpt\", zegt Lies De~wulf van de Brugse bank Zee~bries. \"Moar "
                  "'t is te vroeg vo te zeggen da 't zo goat {run}bluven.\""]},
        {"glued": True, "lines": ["Slotkoersen"], "title": "Slotkoersen",
         "body": [("row", "Bel20         4.312,18   +0,62%"),
                  ("row", "AEX             912,40   -0,15%"),
                  ("row", "CAC 40        7.845,02   +0,31%"),
                  ("row", "DAX          19.204,77   +0,48%"),
                  ("row", "Euro/dollar     1,0934   +0,20%")]},
    ],
}

TANYA = {
    "name": "bew_macroman_cr_betawi_money_page_tanya_duit_personal_finance_qa_column_label_question_signed_reader_place_expert_line_answer_turns_caption_credit_running_head_midsentence",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Warta Condet (an invented Betawi daily, Jakarta) 2027-11-08 Halaman 6 Duit & Usaha, Mac OS Roman (`–`), "
    "CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Betawi (Jakarta Malay) personal-finance "
    "Q&A column: the label `Tanya Duit` (the section; kicker or none accepted), the head, the reader's question `T: …` "
    "signed `(Mpok Rohani, Ke~ma~yoran)` at its end, the expert's line `Dijawab ame Haris Nasution` "
    "(the byline), the answer `J: …` and two follow-on paragraphs (a caption and its credit inside a sentence, the "
    "running head in mid-sentence). 1 article.",
    "date": "2027-11-08", "page": "6",
    "head": ["WARTA CONDET – Senen, 8 November 2027 – Halaman 6", "Duit & Usaha"],
    "foot": ["Warta Condet – surat@wartacondet.example.id"],
    "furniture": ["WARTA CONDET", "Senen, 8 November 2027", "Halaman 6", "Duit & Usaha", "Warta Condet – Duit & Usaha",
                  "Warta Condet", "surat@wartacondet.example.id"],
    "run": ["Warta Condet – Duit & Usaha"], "labels": [], "markup": [" – "] * 3,
    "articles": [
        {"lines": ["Tanya Duit", "Gaji Pas-pasan, Kapan Bisa Nabung?"], "section": ["Tanya Duit", None],
         "kicker": [None, "Tanya Duit"], "title": "Gaji Pas-pasan, Kapan Bisa Nabung?",
         "byline": ["Dijawab ame Haris Nasution", "Haris Nasution"],
         "captions": ["Haris Nasution."], "credits": ["Foto: Udin Sapii"],
         "body": ["T: Bang, aye kerja di toko kue, gaji~nye pas-pasan. Tiap akhir bulan duit udah abis, kagak ade "
                  "sisa buat na~bung. Gimane ca~ra~nye biar aye bisa punya ta~bu~ngan? (Mpok Rohani, Ke~ma~yoran)",
                  ("end", "Dijawab ame Haris Nasution"),
                  "J: Mpok Rohani, kagak usah malu, banyak nyang begitu. Pertame, pas gajian lang~sung sisihin duit "
                  "buat tabungan, jangan nunggu sisa. Biar kate cuman sepuluh persen, nyang penting rutin.",
                  "Kedue, catet semue penge~luaran selame sebulan. {cap}Entar keli~atan duit paling banyak lari ke mane, "
                  "misalnye buat jajan atawa pulsa.",
                  "Ketige, pisahin reke~ning ta~bu~ngan ame rekening buat belanje, biar kagak gampang {run}kepake. "
                  "Pelan-pelan aje, nyang penting jalan terus."]},
    ],
}

KOLUM = {
    "name": "pih_utf8_nobom_lf_norfuk_sports_page_named_columnist_column_orn_da_oval_label_head_writer_line_caption_credit_running_head_midsentence_glued_tight_head_bowls_brief",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Da Emily Bay Nyuus (an invented Norfolk Island weekly-turned-daily) 2027-12-10 Paij 7 Sport, UTF-8 without "
    "BOM (`· ’`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Norfuk (Pitcairn-Norfolk creole) "
    "sports page: a named columnist's column (the label `Orn da Oval`, the section; kicker or none accepted; the head; "
    "the writer's line `Wid Sandra Buffett` under it, where print sets her portrait; a caption and its credit inside a "
    "sentence, the running head in mid-sentence), then, with no blank line, a bowls brief whose title sits directly "
    "above its lead.",
    "date": "2027-12-10", "page": "7",
    "head": ["DA EMILY BAY NYUUS · Frideh, 10 Disemba 2027 · Paij 7", "Sport"],
    "foot": ["Da Emily Bay Nyuus · sport@emilybay.example.nf"],
    "furniture": ["DA EMILY BAY NYUUS", "Frideh, 10 Disemba 2027", "Paij 7", "Sport", "Da Emily Bay Nyuus · Sport",
                  "Da Emily Bay Nyuus", "sport@emilybay.example.nf"],
    "run": ["Da Emily Bay Nyuus · Sport"], "labels": [], "markup": [" · "] * 3,
    "articles": [
        {"lines": ["Orn da Oval", "Cascade gels gwen gud", "Wid Sandra Buffett"], "section": ["Orn da Oval", None],
         "kicker": [None, "Orn da Oval"], "title": "Cascade gels gwen gud",
         "byline": ["Wid Sandra Buffett", "Sandra Buffett"],
         "captions": ["Tessa Nobbs baten orn da Oval."], "credits": ["Foto: Kim Menzies"],
         "body": ["Watawieh yorlyi. Dem cricket gels fram Cascade gwen gud dieh sisen: lass Satur~dieh dem biit "
                  "Anson Bay bai sebm wi~kit orn da Oval.",
                  "Kapten Tessa Nobbs mek fifti-tu nort out, {cap}an Jodie Adams tek thri wikit fe twenti-wan. Daa "
                  "es da bestes game ai bin si fram ucklan gels dieh yia.",
                  "Nekks Saturdieh dem plieh Middle~gate, an ai reken es gwen bi wan tuff wan. Kum daun an ’elp "
                  "shout fe dem {run}gels."]},
        {"glued": True, "lines": ["Quintal brudda win da bowls"], "title": "Quintal brudda win da bowls",
         "tight": True,
         "body": ["Tom an Ben Quintal win da pairs orn da bow~ling green lass Sundieh, biit Ned Chris~tian an "
                  "Ray Snell twenti-wan tu sebmtiin. Dem bin plieh fe thri ouwa."]},
    ],
}

PAGES = [YUCE, CAIBAO, BANGQIU, JIANXUN, ZHUANHUI, ZHUANFANG, SPIEL, BEURS, TANYA, KOLUM]
