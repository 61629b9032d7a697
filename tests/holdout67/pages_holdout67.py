"""The text of every holdout67 page, written once: make_holdout67_pages.py prints it and writes the gold.

The page format is holdout66's (see pages_holdout66.py), unchanged. `("row", line)` prints a line of a table, a box
of facts, an index of events, a list of ingredients or a crossword clue (one gold paragraph per printed line, no blank
line between rows); `("h", line)` prints a subhead kept in the gold's `headings`; `("end", line)` prints a line that
is no paragraph of the gold (a signature kept as the byline). Markers inside a paragraph: `{cap}` drops the article's
caption and credit in, `{run}` the running head, `{col}` a column break (an empty line). All papers, people, firms,
shops, councils, villages and events are invented.
"""

GANLAN = {
    "name": "zh_gbk_crlf_ganlan_correspondent_dispatch_from_greece_tepai_jizhe_byline_dian_dateline_in_lead_fact_file_xila_gaikuang_rows_column_break_running_head_midsentence",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "江州日报 2027-11-05 第11版 环球视野, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A "
    "correspondent's dispatch from abroad on the olive (橄榄) harvest in southern Greece: title, subtitle, byline line "
    "`本报特派记者　韦　岚`, the lead opened by the dateline `本报雅典11月4日电` (kept in the paragraph as printed), a column "
    "break and the running head each cutting a sentence; then a fact file on the country `希腊概况` (six `label：value` rows).",
    "date": "2027-11-05", "page": "11",
    "head": ["江州日报　2027年11月5日　星期五", "第11版　环球视野　　责任编辑：柯　楠"],
    "foot": ["江州日报社　　环球部邮箱：huanqiu@jiangzhou.example.cn"],
    "furniture": ["江州日报", "2027年11月5日", "星期五", "第11版", "环球视野", "责任编辑：柯　楠", "江州日报·环球视野",
                  "江州日报社", "环球部邮箱：huanqiu@jiangzhou.example.cn"],
    "run": ["江州日报·环球视野"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老橄榄树下的新采收季", "——希腊南部乡村见闻", "本报特派记者　韦　岚"],
         "title": "老橄榄树下的新采收季", "subtitle": ["——希腊南部乡村见闻", "希腊南部乡村见闻"],
         "byline": ["本报特派记者　韦　岚", "韦　岚", "韦岚"],
         "body": ["本报雅典11月4日电　十一月初，伯罗奔尼撒半岛南部的橄榄园进入采收季。清晨六点，卡拉马塔郊外的山坡上"
                  "已经响起了摇枝机的嗡嗡声。",
                  "果农扬尼斯今年六十三岁，家里的四百棵橄榄树有一半是祖父种下的。他说，过去全家人用长竿敲打树枝，"
                  "一天只能收两三百公斤；现在用上了摇枝机，{col}一天能收一吨多。",
                  "今年夏天的高温和干旱让产量减少了约两成，但收购价比去年高出不少。当地合作社的负责人告诉记者，"
                  "一公斤特级初榨橄榄油的{run}出厂价已经超过九欧元。",
                  "在村里的油坊，新榨的橄榄油带着青草的气味。扬尼斯倒了一小杯让记者品尝：“这是今年的第一桶油。”"]},
        {"lines": ["希腊概况"], "title": "希腊概况",
         "body": [("row", "首都：雅典"), ("row", "面积：约13.2万平方公里"), ("row", "人口：约1040万"),
                  ("row", "官方语言：希腊语"), ("row", "货币：欧元"), ("row", "时差：比北京晚6小时（冬令时）")]},
    ],
}

GUASHI = {
    "name": "zh_gb18030_lf_guashi_public_notices_page_yishi_shengming_lost_documents_zhaobiao_tender_court_gonggao_songda_issuer_signatures_beside_one_news_story_rare_char_name",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "澄川晚报 2027-03-04 第15版 公告·服务, GB18030 (`𫓧` U+2B4E7 in a name, not in GBK), LF; indent-only paragraphs, "
    "wrapped at 21. A public notices page beside one news story: the story (on reporting a lost identity card, 挂失, "
    "online; a caption and its credit inside a sentence), then the notices: `遗失声明` (four lost-document declarations, "
    "each one paragraph), a tender notice `…招标公告` (numbered clauses, a contact line, the issuer's signature on a line of "
    "its own) and a court's notice by publication `…人民法院公告` (addressed to the defendant, signed by the court, dated "
    "in Chinese numerals on the last line).",
    "date": "2027-03-04", "page": "15",
    "head": ["澄川晚报　2027年3月4日　星期四　第15版", "公告·服务　　　广告热线：0599-88162200"],
    "foot": ["刊登公告请持有效证件到本报广告部办理　　地址：澄川市滨江路88号"],
    "furniture": ["澄川晚报", "2027年3月4日", "星期四", "第15版", "公告·服务", "广告热线：0599-88162200",
                  "刊登公告请持有效证件到本报广告部办理", "地址：澄川市滨江路88号"],
    "labels": [], "markup": [],
    "articles": [
        {"lines": ["身份证丢了　挂失补办可全程网上办", "本报记者　闻　溪"], "title": "身份证丢了　挂失补办可全程网上办",
         "byline": ["本报记者　闻　溪", "闻　溪", "闻溪"],
         "captions": ["市民在派出所窗口办理身份证补办手续。"], "credits": ["（本报资料图片）"],
         "body": ["从3月1日起，澄川市民丢失居民身份证后，可以通过“澄川办事”手机应用挂失，并在网上{cap}申请补办，"
                  "新证将邮寄到家。",
                  "市公安局户政科介绍，过去挂失补办至少要跑两趟派出所。去年全市共补办身份证两万一千多张，其中一半以上"
                  "是因为遗失。",
                  "户政科提醒，证件丢失后应尽快挂失；银行卡、社保卡等也应同时向发卡机构挂失，以免被他人冒用。"]},
        {"lines": ["遗失声明"], "title": "遗失声明",
         "body": ["韦𫓧遗失居民身份证一张，证号3303021990****1527，声明作废。",
                  "澄川市晨光文具店遗失营业执照正本一份，声明作废。",
                  "金秀英遗失澄川市第二人民医院出具的出生医学证明一份，编号Q330456789，声明作废。",
                  "澄川启航物流有限公司遗失公章一枚，声明作废。"]},
        {"lines": ["澄川市城东污水管网改造工程招标公告"], "title": "澄川市城东污水管网改造工程招标公告",
         "byline": ["澄川市城东建设投资有限公司", None],
         "body": ["一、招标人：澄川市城东建设投资有限公司。",
                  "二、工程概况：改造污水管道约6.8公里，估算投资2300万元，工期240日历天。",
                  "三、投标人资格：具有市政公用工程施工总承包二级及以上资质。",
                  "四、报名时间：2027年3月5日至3月11日，每天9:00—17:00（节假日除外）。",
                  "联系人：金先生　电话：0599-82213366",
                  ("end", "澄川市城东建设投资有限公司")]},
        {"lines": ["澄川市澄东区人民法院公告"], "title": "澄川市澄东区人民法院公告",
         "byline": ["澄川市澄东区人民法院", None],
         "body": ["钱立本：本院受理原告澄川农商银行股份有限公司诉你金融借款合同纠纷一案，因你下落不明，依照《中华人民"
                  "共和国民事诉讼法》第九十五条的规定，向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。自本"
                  "公告发出之日起经过三十日即视为送达。提出答辩状和举证的期限分别为公告送达期满后的十五日和三十日内。"
                  "本案定于2027年6月10日上午9时在本院第三法庭公开开庭审理，逾期将依法缺席判决。",
                  ("end", "澄川市澄东区人民法院"),
                  "二〇二七年三月二日"]},
    ],
}

JUNGU = {
    "name": "zh_utf8_bom_crlf_jungu_science_page_mushroom_mycelium_story_mingci_jieshi_glossary_box_term_colon_entries_ni_zhidao_ma_did_you_know_box_caption_credit_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "东原日报 2027-07-15 第7版 科普周刊, UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 22. A science page on "
    "fungi (菌菇): a story (title, byline line `本报记者　靳　航`, a caption and its credit dropped between two sentences, "
    "the running head in mid-sentence), a glossary box `名词解释` (three entries `术语：释义`, each one paragraph) and a "
    "`你知道吗` sidebar of two facts.",
    "date": "2027-07-15", "page": "7",
    "head": ["东原日报　2027年7月15日　星期四", "第7版　科普周刊　　责任编辑：雷　雯　　美编：柏　青"],
    "foot": ["东原日报社　　科普热线：0379-96551"],
    "furniture": ["东原日报", "2027年7月15日", "星期四", "第7版", "科普周刊", "责任编辑：雷　雯", "美编：柏　青",
                  "东原日报·科普周刊", "东原日报社", "科普热线：0379-96551"],
    "run": ["东原日报·科普周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["菌菇的“地下互联网”", "本报记者　靳　航"], "title": "菌菇的“地下互联网”",
         "byline": ["本报记者　靳　航", "靳　航", "靳航"],
         "captions": ["研究人员在林地里采集土壤样品。"], "credits": ["（受访者供图）"],
         "body": ["雨后的树林里，一朵朵蘑菇从落叶中冒出来。我们看到的蘑菇，其实只是真菌的子实体，它真正的身体是埋在"
                  "土里的菌丝。",
                  "东原农业大学的研究团队在山区林地里追踪了一种牛肝菌的菌丝，发现它把十几棵松树的根连在了一起。{cap}"
                  "树木通过菌丝交换水分和养分，有人把这张网叫作“树木的互联网”。",
                  "团队负责人戴教授说，这种共生关系已经存在了四亿多年，没有菌根真菌，很多树木{run}很难在贫瘠的土壤里"
                  "长大。",
                  "不过，戴教授提醒，野外的菌菇不能随便采来吃。每年夏秋季节，都有人因为误食毒蘑菇而中毒。"]},
        {"lines": ["名词解释"], "title": "名词解释",
         "body": ["菌丝：真菌的营养体，由许多细长的丝状细胞组成，看上去像一团白色的棉絮。",
                  "子实体：真菌产生孢子的部分，我们平时吃的蘑菇就是子实体。",
                  "菌根：真菌和植物根系结成的共生体，真菌帮植物吸收水分和矿物质，植物把糖分供给真菌。"]},
        {"lines": ["你知道吗"], "title": "你知道吗",
         "body": ["世界上已经命名的真菌约有十五万种，科学家估计实际数量可能超过两百万种。",
                  "美国俄勒冈州有一片蜜环菌的菌丝覆盖了将近十平方公里，是已知最大的生物之一。"]},
    ],
}

JISHI = {
    "name": "zh_utf16le_bom_lf_auckland_new_zealand_jishi_community_calendar_shequ_rili_event_rows_date_weekday_time_event_venue_over_short_feature_caption_credit_running_head_midsentence",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "纽华周报 / NIU HUA WEEKLY (Auckland, New Zealand, simplified) 2027-02-03 第9版 侨社生活, UTF-16 LE with BOM, LF; "
    "blank-line paragraphs, wrapped at 22. A community calendar over a short feature: the calendar `社区日历` (one row "
    "per event: date and weekday, time, event, venue with English suburb names, and a closing note row), then a feature "
    "on the New Year market (集市): title, byline line, a caption and its credit inside a sentence, the running head in "
    "mid-sentence.",
    "date": "2027-02-03", "page": "9",
    "head": ["纽华周报　NIU HUA WEEKLY", "2027年2月3日　星期三　　第9版　侨社生活"],
    "foot": ["纽华周报　　奥克兰Newmarket邮政信箱9931　　community@niuhua.example.nz"],
    "furniture": ["纽华周报", "NIU HUA WEEKLY", "纽华周报", "2027年2月3日", "星期三", "第9版", "侨社生活", "纽华周报·侨社生活",
                  "奥克兰Newmarket邮政信箱9931", "community@niuhua.example.nz"],
    "run": ["纽华周报·侨社生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["社区日历"], "title": "社区日历",
         "body": [("row", "2月6日（六）10:00　新春集市　Mt Roskill礼堂"), ("row", "2月7日（日）14:00　书法写挥春　北岸图书馆"),
                  ("row", "2月13日（六）9:30　长者健康讲座　Epsom活动中心"), ("row", "2月20日（六）19:00　元宵灯谜会　中华会馆"),
                  ("row", "2月27日（六）8:00　太极拳体验课　Cornwall公园"), ("row", "以上活动均免费，详情请致电09-6230518。")]},
        {"lines": ["从十个摊位到两百个摊位", "本报记者　兰　心"], "title": "从十个摊位到两百个摊位",
         "byline": ["本报记者　兰　心", "兰　心", "兰心"],
         "captions": ["去年新春集市上的舞狮表演。"], "credits": ["（主办方供图）"],
         "body": ["本周六，一年一度的新春集市将在Mt Roskill礼堂举行。这个集市最早是2007年由几位华人家长发起的，当时"
                  "只有十个摊位，卖的是{cap}自家包的饺子和手写的春联。",
                  "今年报名的摊位已经超过两百个，除了年货和小吃，还有舞狮、书法和中文学校学生的表演。主办方奥华新春"
                  "集市委员会的主席冯国强说，集市早已不只是华人的{run}节日，去年来逛的当地居民占了一半。",
                  "主办方提醒，礼堂附近停车位有限，建议搭乘公交车前往。"]},
    ],
}

LIZHANG = {
    "name": "zht_big5_crlf_taiwan_lizhang_village_chief_by_election_results_page_story_kicker_jizhe_place_byline_vote_table_header_row_elected_mark_turnout_row_column_break_running_head",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "西濱時報 中華民國116年6月7日 A7 地方綜合, Big5 (strict; no `／` or `～`), CRLF; indent-only paragraphs, wrapped "
    "at 21. A vote results page: a story on a village chief (里長) by-election (kicker `里長補選`, title, byline line "
    "`記者賴冠宇　雲林報導`, a quotation cut by a column break, the running head in mid-sentence), then the results table "
    "`新厝里里長補選開票結果` (header row, one row per candidate with votes and share, the winner marked `◎`, a note row "
    "with the electorate and turnout).",
    "date": "2027-06-07", "page": "A7",
    "head": ["西濱時報　A7　地方綜合", "中華民國116年6月7日　星期一"],
    "foot": ["西濱時報雲林新聞中心　　電話：(05)2761-300"],
    "furniture": ["西濱時報", "A7", "地方綜合", "中華民國116年6月7日", "星期一", "西濱時報．地方綜合",
                  "西濱時報雲林新聞中心", "電話：(05)2761-300"],
    "run": ["西濱時報．地方綜合"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["里長補選", "新厝里補選　新人莊淑芬勝出", "記者賴冠宇　雲林報導"], "kicker": ["里長補選", None],
         "title": "新厝里補選　新人莊淑芬勝出", "byline": ["記者賴冠宇　雲林報導", "記者賴冠宇", "賴冠宇"],
         "body": ["崙尾鎮新厝里里長補選昨天投票，三名候選人角逐，無黨籍的莊淑芬以六百一十二票當選，比第二名多出八十九票。"
                  "新厝里前任里長去年底因病辭職，里長一職已經懸缺半年。",
                  "莊淑芬今年四十六歲，過去在里辦公處擔任志工十多年。她昨晚向支持者致謝時說：「第一件事就是把里內的"
                  "排水溝修好，{col}不要再讓颱風天淹水。」",
                  "這次補選的投票率只有百分之三十八點四，比去年底的九合一選舉低了二十多個百分點。選委會表示，補選"
                  "當天{run}不放假，投票率偏低是預料中的事。"]},
        {"lines": ["新厝里里長補選開票結果"], "title": "新厝里里長補選開票結果",
         "body": [("row", "號次　候選人　　得票數　得票率"), ("row", "１　　林正雄　　　523　　36.9%"),
                  ("row", "２　◎莊淑芬　　　612　　43.2%"), ("row", "３　　蔡明輝　　　283　　20.0%"),
                  ("row", "◎當選　選舉人數3,693人　投票率38.4%")]},
    ],
}

LUOBOGAO = {
    "name": "zht_big5hkscs_lf_hong_kong_luobogao_food_page_recipe_cailiao_ingredient_rows_zuofa_numbered_steps_headings_restaurant_column_cantonese_caption_credit_running_head",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "港灣晨報 2027-01-28 D2 飲食, Big5-HKSCS (`嘅 咗 哋 啲`, in neither cp950 nor Big5), LF; blank-line paragraphs, "
    "wrapped at 20. A food page: a New Year recipe for turnip cake (蘿蔔糕: kicker `新春食譜`, title, byline line, an intro, "
    "subheads `材料`, `調味料`, `做法` kept as headings, ingredient rows `白蘿蔔　1.2公斤`, five numbered steps each one "
    "paragraph), then a restaurant column in Cantonese (kicker `搵食日記`, title, byline line `文：區志恒`, a caption and "
    "credit inside a sentence, the running head in mid-sentence).",
    "date": "2027-01-28", "page": "D2",
    "head": ["港灣晨報　2027年1月28日　星期四", "D2　飲食　　　責任編輯：盧家欣"],
    "foot": ["港灣晨報有限公司出版　　飲食版電郵：food@gangwan.example.hk"],
    "furniture": ["港灣晨報", "2027年1月28日", "星期四", "D2", "飲食", "責任編輯：盧家欣", "港灣晨報．飲食",
                  "港灣晨報有限公司出版", "飲食版電郵：food@gangwan.example.hk"],
    "run": ["港灣晨報．飲食"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新春食譜", "臘味蘿蔔糕", "文：江婉華"], "kicker": ["新春食譜", None], "title": "臘味蘿蔔糕",
         "byline": ["文：江婉華", "江婉華"],
         "body": ["蘿蔔糕是賀年必備的糕點，寓意「步步高升」。自己蒸的蘿蔔糕蘿蔔絲多、臘味香，切片煎香後外脆內軟。",
                  ("h", "材料"),
                  ("row", "白蘿蔔　1.2公斤"), ("row", "粘米粉　300克"), ("row", "粟粉　30克"), ("row", "臘腸　2條"),
                  ("row", "臘肉　100克"), ("row", "蝦米　30克"), ("row", "清水　250毫升"),
                  ("h", "調味料"),
                  ("row", "鹽　1茶匙"), ("row", "糖　1湯匙"), ("row", "胡椒粉　少許"),
                  ("h", "做法"),
                  "1. 蘿蔔去皮刨絲；臘腸、臘肉切粒；蝦米浸軟切碎。",
                  "2. 鑊中下少許油，爆香臘味及蝦米，盛起備用。",
                  "3. 蘿蔔絲加清水煮約十五分鐘至軟身，加入調味料。",
                  "4. 粘米粉和粟粉加水拌勻，倒入蘿蔔絲中，再加入一半臘味，邊煮邊攪至成糊狀。",
                  "5. 倒入已掃油的糕盆，鋪上餘下的臘味，大火蒸一小時，放涼後切片煎香即成。"]},
        {"lines": ["搵食日記", "街坊茶樓嘅蘿蔔糕", "文：區志恒"], "kicker": ["搵食日記", None], "title": "街坊茶樓嘅蘿蔔糕",
         "byline": ["文：區志恒", "區志恒"],
         "captions": ["茶樓嘅煎蘿蔔糕，每碟三件。"], "credits": ["（攝影：區志恒）"],
         "body": ["北角有間開咗四十幾年嘅茶樓，每朝六點開門，門口已經有街坊排隊。",
                  "佢哋嘅煎蘿蔔糕每碟三件，賣港幣二十八元。蘿蔔糕切得厚，煎到兩面金黃，{cap}入口有啲蘿蔔絲嘅清甜。"
                  "老闆娘話：「我哋啲蘿蔔糕全部自己蒸，一日蒸十籠都唔夠賣。」",
                  "唯一美中不足係茶樓冇冷氣，夏天{run}坐得耐會好熱，不過為咗呢碟蘿蔔糕，值得。"]},
    ],
}

IDO = {
    "name": "io_iso8859_15_lf_ido_weekly_games_page_shako_chess_problem_piece_letters_rows_krucvorto_clues_horizontale_vertikale_headings_solvi_last_week_euro_sign_running_head_midsentence",
    "encoding": "iso8859_15", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Nia Gazeto (an Ido-language weekly, Cologne) 2027-03-06 pagino 16, ISO-8859-15 (`€` byte A4, `Š` byte A6), LF; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A games page: a chess problem (title, byline line `Da Šimon "
    "Kravec`, an intro cut by a column break, the position as two rows in piece-letter notation, a key to the letters), a "
    "crossword's clues under the subheads `Horizontale` and `Vertikale` (one row per clue) with the entry rules, the "
    "running head in mid-sentence, and last week's answers (rows and a paragraph naming the winner).",
    "date": "2027-03-06", "page": "16",
    "head": ["NIA GAZETO · Saturdio, 6 marto 2027 · Pagino 16 · 2,50 €", "LUDI"],
    "foot": ["Nia Gazeto · Redakteyo: Kolonia · ludi@nia-gazeto.example.de"],
    "furniture": ["NIA GAZETO", "Saturdio, 6 marto 2027", "Pagino 16", "2,50 €", "LUDI", "Nia Gazeto · 16",
                  "Nia Gazeto", "Redakteyo: Kolonia", "ludi@nia-gazeto.example.de"],
    "run": ["Nia Gazeto · 16"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Problemo di shako No. 112", "Da Šimon Kravec"], "title": "Problemo di shako No. 112",
         "byline": ["Da Šimon Kravec", "Šimon Kravec"],
         "body": ["Blanka ludas e matigas en du turni. Nia lektero Šimon Kravec kom~po~zis ca pro~ble~mo por la dek-yara "
                  "jubileo di nia ludo-pagino, e ni {col}dankas il kor~diale.",
                  ("row", "Blanka: Rg1, Dd1, Tf1, Kf3, Ec4"), ("row", "Nigra: Rg8, Tf8, pioni f7, g7, h7"),
                  "Signi: R rejo, D damo, T turmo, E epi~skopo, K kavalo."]},
        {"lines": ["Krucvorto No. 112"], "title": "Krucvorto No. 112",
         "body": [("h", "Horizontale"),
                  ("row", "1. Chefurbo di Italia (4)"), ("row", "3. Animalo qua miaulas (4)"), ("row", "5. Nia linguo (3)"),
                  ("h", "Vertikale"),
                  ("row", "1. Ne nokto (5)"), ("row", "2. Frukto reda o verda (4)"), ("row", "4. Ni drinkas ol omnadie (4)"),
                  "Sendez vua sol~vu~ri til la 20ma di marto. Inter la korekta sol~vu~ri ni {run}lotos libro valo~ranta "
                  "15 €."]},
        {"lines": ["Solvi di la pasinta semano"], "title": "Solvi di la pasinta semano",
         "body": [("row", "Shako No. 111: 1. Te8+! Txe8 2. Dxe8 mato"), ("row", "Krucvorto No. 111:"),
                  ("row", "Horizontale: 1. Paris, 4. hundo"), ("row", "Vertikale: 1. pomo, 2. libro"),
                  "Korekta sol~vu~ri sendis 41 lek~teri; Marta Oyen en Gent ganis la libro."]},
    ],
}

HMOOB = {
    "name": "hmn_cp1252_crlf_white_hmong_weekly_saint_paul_family_announcements_yug_tshiab_birth_sib_yuav_wedding_50_year_anniversary_label_over_names_head_curly_quotes_caption_credit",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Hmoob Xov Xwm (a White Hmong-language weekly, Saint Paul, Minnesota) 2027-03-18 nplooj 9, Windows-1252 (curly "
    "quotes `“ ”`, en dash `–`), CRLF; blank-line paragraphs, wrapped at 38. A family announcements page (not obituaries): "
    "a birth, a wedding and a fiftieth wedding anniversary, each under its label (`Yug Tshiab`, `Sib Yuav`, `Ua Kev Zoo "
    "Siab`) over a head of names; the wedding has a caption and its credit inside a sentence, the anniversary a quotation "
    "and the running head in mid-sentence. Hmong words are one syllable: no line-end hyphenation.",
    "date": "2027-03-18", "page": "9",
    "head": ["HMOOB XOV XWM – Saint Paul, Minnesota – Hnub Plaub, 18 Lub Peb Hlis 2027 – Nplooj 9", "XOV XWM TSEV NEEG"],
    "foot": ["Hmoob Xov Xwm – Xa koj cov xov xwm tsev neeg tuaj rau tsevneeg@hmoobxovxwm.example.com"],
    "furniture": ["HMOOB XOV XWM", "Saint Paul, Minnesota", "Hnub Plaub, 18 Lub Peb Hlis 2027", "Nplooj 9",
                  "XOV XWM TSEV NEEG", "Hmoob Xov Xwm – Nplooj 9", "Hmoob Xov Xwm",
                  "Xa koj cov xov xwm tsev neeg tuaj rau tsevneeg@hmoobxovxwm.example.com"],
    "run": ["Hmoob Xov Xwm – Nplooj 9"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Yug Tshiab", "Nkauj Ntxhi Yaj"], "kicker": ["Yug Tshiab", None], "section": [None, "Yug Tshiab"],
         "title": "Nkauj Ntxhi Yaj",
         "body": ["Npis Yaj thiab Maiv Lis zoo siab qhia tias lawv tus ntxhais thawj, Nkauj Ntxhi, yug rau hnub tim 2 Lub "
                  "Peb Hlis 2027 ntawm ib lub tsev kho mob hauv Saint Paul. Nws hnyav 7 phaus 4 ooj. Yawg thiab pog yog "
                  "Txooj Yaj thiab Nplias Vaj ntawm Maplewood."]},
        {"lines": ["Sib Yuav", "Tswb Vaj thiab Paj Zaub Xyooj"], "kicker": ["Sib Yuav", None], "section": [None, "Sib Yuav"],
         "title": "Tswb Vaj thiab Paj Zaub Xyooj",
         "captions": ["Tswb thiab Paj Zaub hnub lawv ua tshoob."], "credits": ["Duab: Kub Lauj"],
         "body": ["Tsev neeg Vaj thiab tsev neeg Xyooj zoo siab qhia tias Tswb Vaj thiab Paj Zaub Xyooj tau sib yuav rau "
                  "hnub tim 20 Lub Ob Hlis 2027. Lawv ua tshoob ntawm {cap}ib lub tsev noj mov hauv Maplewood, muaj ntau "
                  "tshaj 600 tus qhua tuaj koom.",
                  "Tswb ua hauj lwm ntawm ib lub tuam txhab computer. Paj Zaub yog ib tug xib fwb qhia ntawv qib ib."]},
        {"lines": ["Ua Kev Zoo Siab", "50 Xyoo Sib Yuav"], "kicker": ["Ua Kev Zoo Siab", None],
         "section": [None, "Ua Kev Zoo Siab"], "title": "50 Xyoo Sib Yuav",
         "body": ["Txiv Tsab Thoj thiab Niam Ntxawm Muas tau sib yuav 50 xyoo rau hnub tim 15 Lub Peb Hlis 2027. Nkawd "
                  "sib yuav hauv yeej Ban Vinai xyoo 1977 thiab tuaj nyob Minnesota xyoo 1980.",
                  "Nkawd muaj 9 tus me nyuam, 31 tus xeeb ntxwv thiab 4 tus xeeb leej xeeb ntxwv. Lawv tus tub hlob, Pov "
                  "Thoj, hais tias, “Peb zoo siab heev uas niam thiab txiv tseem nyob ua ke.” Tsev neeg yuav {run}noj mov "
                  "ua kev zoo siab rau hnub Rau, 20 Lub Peb Hlis."]},
    ],
}

ARAN = {
    "name": "oc_aranese_macroman_cr_val_daran_weekly_travel_feature_sant_bertran_de_comenge_per_byline_se_i_vatz_if_you_go_sidebar_rows_euro_caption_credit_running_head_midsentence",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Era Gaseta dera Val (an Aranese-language weekly, Vielha, Val d'Aran) 2027-04-08 pagina 14, Mac OS Roman (`ò è é "
    "ú ç`, `€` byte DB), CR line ends; blank-line paragraphs, wrapped at 40 with hyphenation. A travel feature with its "
    "'if you go' sidebar: the feature on Sant Bertran de Comenge across the border (title, byline line `Per Marta Aunós`, "
    "a caption and its credit inside a sentence, the running head in mid-sentence), then the sidebar `Se i vatz` (five "
    "`label: value` rows: getting there, opening hours, prices, information).",
    "date": "2027-04-08", "page": "14",
    "head": ["ERA GASETA DERA VAL – dijaus, 8 d'abriu de 2027 – pagina 14", "VIATGES"],
    "foot": ["Era Gaseta dera Val – Vielha – redaccion@gasetadeval.example.net"],
    "furniture": ["ERA GASETA DERA VAL", "dijaus, 8 d'abriu de 2027", "pagina 14", "VIATGES", "Era Gaseta dera Val – 14",
                  "Era Gaseta dera Val", "Vielha", "redaccion@gasetadeval.example.net"],
    "run": ["Era Gaseta dera Val – 14"], "labels": [], "markup": [" – "] * 5,
    "articles": [
        {"lines": ["Sant Bertran, ua catedrau dessús dera Garona", "Per Marta Aunós"],
         "title": "Sant Bertran, ua catedrau dessús dera Garona", "byline": ["Per Marta Aunós", "Marta Aunós"],
         "captions": ["Eth còr de husta dera catedrau de Santa Maria."], "credits": ["Fotografia: Pèir Barrau"],
         "body": ["Quan se passe eth Pont de Rei, era carretera seguís era Garona e en mens d'ua ora s'arribe a Sant "
                  "Bertran de Comenge. Eth pòble ei petit, mès era cate~drau de Santa Maria se ve de luenh, dessús d'un tuc.",
                  "Laguens dera cate~drau, eth còr de husta a mès de seishanta cadièras en~ta~lha~des. Era guida, Anne "
                  "Dupuy, mos {cap}conde que cada cadièra a ua figura dife~renta: un monge, ua sirena, un lop.",
                  "Dehòra des mura~lhes, ath pè deth tuc, i a es ròcs dera ciutat romana: un teatre, uns banhs e un "
                  "mercat. Eth camin que i mene ei plan e se {run}hè en un quart d'ora.",
                  "Entà minjar, es res~tau~rants dera plaça ser~vis~sen garbura e confit de guit."]},
        {"lines": ["Se i vatz"], "title": "Se i vatz",
         "body": [("row", "Com i arribar: N-230 e D-125, 50 km"), ("row", "Catedrau: de 10.00 a 18.00"),
                  ("row", "Entrada ath còr: 5 €"), ("row", "Ròcs romans: entrada liura"),
                  ("row", "Informacion: comenge@torisme.example.fr")]},
    ],
}

KRIO = {
    "name": "kri_utf8_nobom_lf_krio_weekly_profile_of_a_teacher_makeni_rayta_label_byline_caps_dateline_im_layf_resume_box_one_line_each_open_e_open_o_caption_credit_midquote_running_head",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Salone Tok (a Krio-language weekly, Freetown, Sierra Leone) 2027-04-23 pej 5, UTF-8 without BOM (`ɛ` U+025B, `ɔ` "
    "U+0254, `Ɔ` U+0186, curly quotes), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A profile of a person "
    "with a résumé box: the profile of a retiring teacher (title, byline line `Rayta: Fatmata Kamara`, capital dateline "
    "`MAKENI -` opening the lead, a caption and its credit inside a quotation, the running head in mid-sentence), then the "
    "box `Im layf` (born, schooling, posts, family: one `label: value` row each).",
    "date": "2027-04-23", "page": "5",
    "head": ["SALONE TOK · Fraide, 23 Epril 2027 · Pej 5", "PIPUL"],
    "foot": ["Salone Tok · Wilberforce Strit, Fritaun · salonetok@example.sl"],
    "furniture": ["SALONE TOK", "Fraide, 23 Epril 2027", "Pej 5", "PIPUL", "Salone Tok · Pej 5", "Salone Tok",
                  "Wilberforce Strit, Fritaun", "salonetok@example.sl"],
    "run": ["Salone Tok · Pej 5"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Di ticha we tich tri jɛnɛreshɔn", "Rayta: Fatmata Kamara"], "title": "Di ticha we tich tri jɛnɛreshɔn",
         "byline": ["Rayta: Fatmata Kamara", "Fatmata Kamara"],
         "captions": ["Mistress Isatu Sesay wit in klas na Makeni."], "credits": ["Foto: Abu Bangura"],
         "body": ["MAKENI - Ɔl di pikin dɛn na Makeni no Mis~tress Isatu Sesay. Fɔ fɔti yia, i dɔn tich pikin dɛn fɔ rid "
                  "ɛn rayt na wan smɔl prayma~ri skul nia di big makit.",
                  "Di pɔsin we mek i kam ticha na in mama. “Mi mama nɔ bin sabi rid,” Mis~tress Sesay se. “I bin want mi "
                  "fɔ lan {cap}wetin i nɔ bin gɛt chans fɔ lan.”",
                  "Tide, bɔku pan di pikin dɛn we i bin tich dɔn bi dɔk~ta, nɔs ɛn ti~cha. Sɔm pan dɛn de tich na di sem "
                  "skul {run}we dɛn bin lan fɔ rid.",
                  "Nɛks mɔnt i go rita~ya, bɔt i se i nɔ go lɛf fɔ ɛp di pikin dɛn we de strɛg wit dɛn buk."]},
        {"lines": ["Im layf"], "title": "Im layf",
         "body": [("row", "Bɔn: 1962, Makeni"), ("row", "Skul: Bombali Ticha Kɔlej, 1982-1985"),
                  ("row", "Wok: Ticha, 1986-2027"), ("row", "Post: Ed ticha, 2004-2027"),
                  ("row", "Fambul: Tu pikin, fayv granpikin")]},
    ],
}

PAGES = [GANLAN, GUASHI, JUNGU, JISHI, LIZHANG, LUOBOGAO, IDO, HMOOB, ARAN, KRIO]
