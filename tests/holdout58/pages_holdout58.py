"""The text of every holdout58 page, written once: make_holdout58_pages.py prints it and writes the gold.

The page format is holdout57's (see pages_holdout57.py): each page gives its encoding and layout
(script, width, indent, blank lines between paragraphs), its furniture (printed head and foot lines,
the gold's furniture strings, the running head dropped inside a sentence at `{run}`), and its
articles. An article's `lines` are printed above its text; its gold fields are given apart, a list
holding every acceptable reading (first: the printed one). A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head; `~` marks where
a Latin word may be hyphenated), or a tuple: `("row", line)` a table or list line kept as printed
(a paragraph of the gold), `("h", line)` a heading, `("end", line)` a printed line that is no text
of the gold's paragraphs. All papers, people, firms, clubs, associations and events are invented.
"""

DONGYONG = {
    "name": "zh_gbk_crlf_dongyong_page_kicker_title_byline_with_tongxunyuan_caption_she_midsentence_running_head_"
    "shuiwen_table_tab_separated_cells_celsius_shuoming_note_benbaoxun",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "雪城晨报 2027-12-06 第6版 体育·冬泳, GBK, CRLF; blank-line paragraphs with a two-space indent, wrapped "
    "at 22. A winter-swimming story (kicker, title, byline line `本报记者　岳松　通讯员　高立新`, caption + "
    "`（本报记者　岳松　摄）` inside a sentence, the running head inside a quotation); a 本周水温 table whose cells "
    "are divided by TAB characters (header row `日期<TAB>水温<TAB>气温`, rows `12月6日<TAB>1℃<TAB>-14℃`) and a "
    "`说明：` note; a 本报讯 item.",
    "date": "2027-12-06",
    "page": "6",
    "head": ["雪城晨报　2027年12月6日　星期一", "第6版　体育·冬泳　　　责任编辑：范　冰　　校对：贺　宁"],
    "foot": ["雪城晨报社出版　　新闻热线：0451-8277110　　投稿邮箱：tiyu@xuecheng.example.cn"],
    "furniture": [
        "雪城晨报",
        "2027年12月6日",
        "星期一",
        "第6版",
        "体育·冬泳",
        "责任编辑：范　冰",
        "校对：贺　宁",
        "雪城晨报·体育",
        "雪城晨报社出版",
        "新闻热线：0451-8277110",
        "投稿邮箱：tiyu@xuecheng.example.cn",
    ],
    "run": ["雪城晨报·体育"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["冰面凿开一条五十米泳道", "八旬老人领头跳进雪河", "本报记者　岳松　通讯员　高立新"],
            "kicker": "冰面凿开一条五十米泳道",
            "title": "八旬老人领头跳进雪河",
            "byline": ["本报记者　岳松　通讯员　高立新", "岳松　高立新", "岳松"],
            "captions": ["冬泳爱好者在冰面泳道中奋力前游。"],
            "credits": ["（本报记者　岳松　摄）"],
            "body": [
                "12月5日清晨，气温零下十五摄氏度，雪河江面上凿开的一条五十米泳道冒着白气。雪城冬泳协会的一百多名"
                "会员陆续跳入江中，开始了今冬第一次集体冬泳。",
                "年纪最大的会员祁德山今年八十一岁，已经坚持冬泳三十二年。他下水前先在岸边{cap}慢跑热身，"
                "再用冰水拍打胳膊和胸口。",
                "“冬泳贵在坚持，但不能逞强。”祁德山说，“身体不舒服就别下水，{run}这是我们协会定的老规矩。”",
                "协会负责人介绍，今冬泳道由会员自发凿冰开辟，每天上午7时至10时有救生员值守。",
            ],
        },
        {
            "lines": ["本周水温"],
            "title": "本周水温",
            "body": [
                ("row", "日期\t水温\t气温"),
                ("row", "12月6日\t1℃\t-14℃"),
                ("row", "12月7日\t1℃\t-17℃"),
                ("row", "12月8日\t0℃\t-20℃"),
                ("row", "12月9日\t0℃\t-18℃"),
                "说明：水温为每日8时在泳道中段测得，气温为预报最低气温，仅供参考。",
            ],
        },
        {
            "lines": ["冬泳协会招募救生志愿者"],
            "title": "冬泳协会招募救生志愿者",
            "body": [
                "本报讯　雪城冬泳协会即日起招募冬季救生志愿者，要求水性好、持有救生员证，每周至少值守两个上午。",
            ],
        },
    ],
}

GUSHU = {
    "name": "zh_gb18030_lf_gushu_page_title_futi_byline_rare_char_yan_caption_she_midsentence_running_head_"
    "minglu_dotted_leader_rows_species_village_age_renyang_benbaoxun_phone_row",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "岚州日报 2027-11-12 第9版 生态·古树, GB18030 (`䶮` U+4DAE in the forest ranger's name, not in GBK), LF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. An old-tree census story (title, "
    "`——` 副题, byline line `本报记者　谷雨`, caption + `（谷雨　摄）` inside a sentence, the running head inside a "
    "sentence); a 古树名录 box of rows whose three cells are joined by dotted leaders `银杏……龙潭村……约1200年`; "
    "a 本报讯 item on adopting trees with a phone row under it.",
    "date": "2027-11-12",
    "page": "9",
    "head": ["岚州日报　第9版　生态·古树", "2027年11月12日　星期五　　编辑：温　林　　美编：秦　舒"],
    "foot": ["岚州日报社　　地址：岚州市青云路88号　　新闻热线：0736-5210110"],
    "furniture": [
        "岚州日报",
        "第9版",
        "生态·古树",
        "2027年11月12日",
        "星期五",
        "编辑：温　林",
        "美编：秦　舒",
        "岚州日报·生态",
        "岚州日报社",
        "地址：岚州市青云路88号",
        "新闻热线：0736-5210110",
    ],
    "run": ["岚州日报·生态"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["千年银杏又披金", "——岚州完成第二次古树名木普查", "本报记者　谷雨"],
            "title": "千年银杏又披金",
            "subtitle": "岚州完成第二次古树名木普查",
            "byline": ["本报记者　谷雨", "谷雨"],
            "captions": ["护林员罗䶮在千年银杏下查看树干。"],
            "credits": ["（谷雨　摄）"],
            "body": [
                "记者从市林业局获悉，全市第二次古树名木普查近日完成，共登记古树两千三百余株，其中树龄五百年以上的"
                "一级古树八十六株。",
                "在青石镇龙潭村，一株银杏已有一千二百多岁，树高二十八米，要五个成年人才能合抱。护林员罗䶮每天"
                "都要绕树走上{cap}几圈，查看树皮和枝叶。",
                "“这棵树是村里的宝贝。”罗䶮说，普查后每株古树都有了“身份证”，扫一扫树旁的二维码，{run}就能"
                "看到它的树种、树龄和保护责任人。",
            ],
        },
        {
            "lines": ["古树名录"],
            "title": "古树名录",
            "body": [
                ("row", "银杏……龙潭村……约1200年"),
                ("row", "香樟……白沙村……约800年"),
                ("row", "罗汉松……岚山寺……约650年"),
                ("row", "皂荚……东关街……约520年"),
            ],
        },
        {
            "lines": ["市民可认养古树"],
            "title": "市民可认养古树",
            "body": [
                "本报讯　即日起，市民和企业可向市林业局申请认养古树，认养期三年，认养人可在树旁挂牌留名。",
                ("row", "咨询电话：0736-5213800"),
            ],
        },
    ],
}

GUANGCHANGWU = {
    "name": "zh_utf8_crlf_guangchangwu_page_title_byline_caption_bare_she_credit_midsentence_running_head_"
    "shiduan_yinliang_table_linearised_one_cell_per_line_benbaoxun",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "江枫都市报 2027-10-16 A7 社区·健身, UTF-8 without BOM, CRLF; blank-line paragraphs with a two-space "
    "indent, wrapped at 22. A square-dancing story (title with a comma, byline line `本报记者　程晓燕`, caption + "
    "a credit without brackets `本报记者　程晓燕　摄` inside a sentence, the running head inside a quotation); a "
    "跳舞时段与音量 table copied out of a two-column grid one cell to a line (`时段` `音量上限` `早上6:30—8:00` "
    "`55分贝` …); a 本报讯 item.",
    "date": "2027-10-16",
    "page": "A7",
    "head": ["江枫都市报　A7　社区·健身", "2027年10月16日　星期六　　责任编辑：蓝　岚"],
    "foot": ["江枫都市报社　　热线：0791-8655000　　地址：江枫市滨河路1号"],
    "furniture": [
        "江枫都市报",
        "A7",
        "社区·健身",
        "2027年10月16日",
        "星期六",
        "责任编辑：蓝　岚",
        "江枫都市报·社区",
        "江枫都市报社",
        "热线：0791-8655000",
        "地址：江枫市滨河路1号",
    ],
    "run": ["江枫都市报·社区"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["跳舞的和休息的，终于商量好了", "本报记者　程晓燕"],
            "title": "跳舞的和休息的，终于商量好了",
            "byline": ["本报记者　程晓燕", "程晓燕"],
            "captions": ["滨河公园的舞队按约定时段跳舞。"],
            "credits": ["本报记者　程晓燕　摄"],
            "body": [
                "每天傍晚，滨河公园的小广场上都聚着三支广场舞队。音响声音大，附近居民楼里的上班族和学生意见不小。",
                "上个月，滨河社区把舞队领队和居民代表请到一起商量，定下了跳舞时段和音量上限，还给每支队伍{cap}"
                "配了一台能显示分贝的小音箱。",
                "“以前是谁声音大谁占地方，现在大家按约定来。”领队葛秀兰说，{run}“跳得开心，也不能吵着邻居。”",
            ],
        },
        {
            "lines": ["跳舞时段与音量"],
            "title": "跳舞时段与音量",
            "body": [
                ("row", "时段"),
                ("row", "音量上限"),
                ("row", "早上6:30—8:00"),
                ("row", "55分贝"),
                ("row", "晚上19:00—21:00"),
                ("row", "60分贝"),
                ("row", "21:00以后"),
                ("row", "停跳"),
            ],
        },
        {
            "lines": ["社区舞蹈队招新"],
            "title": "社区舞蹈队招新",
            "body": [
                "本报讯　滨河社区老年舞蹈队本月招收新队员，零基础也可参加，每周二、周四上午在社区活动室教学。",
            ],
        },
    ],
}

KAFEI = {
    "name": "zht_big5_lf_taiwan_yunlin_gukeng_kafei_page_kicker_title_bracketed_place_byline_caption_she_"
    "midsentence_running_head_jiamu_rows_two_unit_prices_cup_half_pound_beizhu_note_benbaoxun",
    "encoding": "big5",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "雲嘉日報 2027-11-20 B3 雲林綜合, Big5 (strict; no `／` or `～` on the page), LF; indent-only paragraphs, "
    "no blank lines inside an article, wrapped at 21. A coffee-festival story (kicker, title with a U+3000 gap, "
    "byline line `【記者黃品萱　古坑報導】` in lenticular brackets, caption + `（記者黃品萱攝）` inside a sentence, the "
    "running head inside a quotation); a 咖啡節價目 box of rows giving two prices each, by the cup and by the "
    "half pound (`日曬豆　一杯120元　半磅450元`), and a `備註：` note; a 【本報訊】 item.",
    "date": "2027-11-20",
    "page": "B3",
    "head": ["雲嘉日報　B3　雲林綜合", "2027年11月20日　星期六　　主編：廖志明"],
    "foot": ["雲嘉日報社　雲林縣斗六市大學路三段88號　服務專線：(05)532-6600"],
    "furniture": [
        "雲嘉日報",
        "B3",
        "雲林綜合",
        "2027年11月20日",
        "星期六",
        "主編：廖志明",
        "雲嘉日報．雲林綜合",
        "雲嘉日報社",
        "雲林縣斗六市大學路三段88號",
        "服務專線：(05)532-6600",
    ],
    "run": ["雲嘉日報．雲林綜合"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["古坑咖啡節今登場", "山坡咖啡園　三代人接力", "【記者黃品萱　古坑報導】"],
            "kicker": "古坑咖啡節今登場",
            "title": "山坡咖啡園　三代人接力",
            "byline": ["【記者黃品萱　古坑報導】", "記者黃品萱　古坑報導", "黃品萱"],
            "captions": ["莊園主人劉文雄在山坡上採收咖啡果實。"],
            "credits": ["（記者黃品萱攝）"],
            "body": [
                "雲林古坑咖啡節今天起一連三天在華山地區舉行，三十多家咖啡莊園擺攤，現場提供試喝與烘豆體驗。",
                "在華山經營咖啡園的劉文雄說，祖父早年就種下第一批咖啡樹，他接手後改種適合山區的品種，每年十一月"
                "{cap}開始採收。",
                "劉文雄的兒子劉冠廷負責烘豆和網路行銷。他笑說：「爸爸顧樹，我顧客人，{run}一家人分工剛剛好。」",
            ],
        },
        {
            "lines": ["咖啡節價目"],
            "title": "咖啡節價目",
            "body": [
                ("row", "日曬豆　一杯120元　半磅450元"),
                ("row", "水洗豆　一杯100元　半磅400元"),
                ("row", "蜜處理　一杯130元　半磅500元"),
                "備註：購買半磅以上加贈濾掛包兩入，數量有限。",
            ],
        },
        {
            "lines": ["華山假日交通管制"],
            "title": "華山假日交通管制",
            "body": [
                "【本報訊】咖啡節期間華山地區實施交通管制，自行開車的民眾可將車停在古坑綠色隧道旁停車場，"
                "再搭免費接駁車上山。",
            ],
        },
    ],
}

LAWEI = {
    "name": "zht_big5hkscs_crlf_hong_kong_sheung_wan_lawei_page_title_jizhe_byline_cantonese_quote_caption_"
    "sheying_label_credit_midsentence_running_head_jiamu_rows_per_catty_last_year_in_brackets_benbaoxun",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "維港日報 2027-12-18 A12 港聞·街坊, Big5-HKSCS (`啲 嚟 咗 衞`, in neither cp950 nor Big5), CRLF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A preserved-meat (臘味) story before the "
    "winter solstice (title with a U+3000 gap, byline line `記者　區嘉欣`, two Cantonese quotations, caption + a "
    "credit labelled `攝影：鄧浩然` inside one, the running head inside the other); a 臘味價目 box of rows giving "
    "a price per catty with last year's price in brackets (`潤腸　每斤$188（去年$178）`) and a wrapped note; a "
    "【本報訊】 item.",
    "date": "2027-12-18",
    "page": "A12",
    "head": ["維港日報　2027年12月18日　星期六", "A12　港聞·街坊　　　編輯：羅家駿"],
    "foot": ["維港日報有限公司出版　　新聞熱線：2811 6600"],
    "furniture": [
        "維港日報",
        "2027年12月18日",
        "星期六",
        "A12",
        "港聞·街坊",
        "編輯：羅家駿",
        "維港日報．街坊",
        "維港日報有限公司出版",
        "新聞熱線：2811 6600",
    ],
    "run": ["維港日報．街坊"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["冬至前夕　上環臘味舖人頭湧湧", "記者　區嘉欣"],
            "title": "冬至前夕　上環臘味舖人頭湧湧",
            "byline": ["記者　區嘉欣", "區嘉欣"],
            "captions": ["顧客在臘味舖前揀選臘腸。"],
            "credits": ["攝影：鄧浩然"],
            "body": [
                "冬至將至，上環一帶的臘味舖近日生意暢旺，不少街坊一早就到舖頭排隊，買臘腸、潤腸同臘肉過節。",
                "經營臘味舖四十年的老闆娘冼鳳儀話：「今年天氣凍得早，臘味曬得好，啲客一早就嚟問，"
                "{cap}有時仲未開舖已經有人等。」",
                "街坊陳伯每年都嚟幫襯。佢話：「冇臘味就唔似過冬，{run}食咗先叫做過節。」",
            ],
        },
        {
            "lines": ["臘味價目"],
            "title": "臘味價目",
            "body": [
                ("row", "潤腸　每斤$188（去年$178）"),
                ("row", "臘腸　每斤$168（去年$160）"),
                ("row", "臘肉　每斤$150（去年$150）"),
                "以上為上環三間臘味舖的平均售價，由本報記者本週四實地查詢所得。",
            ],
        },
        {
            "lines": ["衞生署提醒臘味要煮熟"],
            "title": "衞生署提醒臘味要煮熟",
            "body": [
                "【本報訊】衞生署提醒市民，臘味應存放於雪櫃，食用前要徹底煮熟，長者及小童宜適量進食。",
            ],
        },
    ],
}

LIULIAN = {
    "name": "zh_utf16be_bom_lf_malaysia_bentong_liulian_page_kicker_title_baodao_sheying_byline_xun_dateline_"
    "caption_tu_credit_midsentence_running_head_jiage_rows_led_by_clone_code_rm_per_kilo_xun_item",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "东海岸日报 2027-07-10 第8版 地方·彭亨, a Malaysian Chinese paper (simplified), UTF-16 BE with BOM, LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A durian-season story from Bentong (kicker, "
    "title with a U+3000 gap, byline line `报道：罗嘉敏　摄影：黄子杰`, paragraph 1 opening on the dateline "
    "`（文冬10日讯）`, caption + `（图：黄子杰）` inside a sentence, the running head inside a quotation); a "
    "今日榴梿价格 box of rows led by the clone code (`D197　猫山王　每公斤RM55`) and a note; a `（文冬10日讯）` item.",
    "date": "2027-07-10",
    "page": "8",
    "head": ["东海岸日报　2027年7月10日　星期六", "第8版　地方·彭亨　　　主编：潘志强"],
    "foot": ["东海岸日报有限公司　　新闻热线：09-5161188　　电邮：news@donghaian.example.my"],
    "furniture": [
        "东海岸日报",
        "2027年7月10日",
        "星期六",
        "第8版",
        "地方·彭亨",
        "主编：潘志强",
        "东海岸日报·地方",
        "东海岸日报有限公司",
        "新闻热线：09-5161188",
        "电邮：news@donghaian.example.my",
    ],
    "run": ["东海岸日报·地方"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["文冬榴梿季提早到来", "猫山王丰收　果园迎游客潮", "报道：罗嘉敏　摄影：黄子杰"],
            "kicker": "文冬榴梿季提早到来",
            "title": "猫山王丰收　果园迎游客潮",
            "byline": ["报道：罗嘉敏　摄影：黄子杰", "罗嘉敏　黄子杰", "罗嘉敏"],
            "captions": ["游客在果园里品尝刚落地的猫山王榴梿。"],
            "credits": ["（图：黄子杰）"],
            "body": [
                "（文冬10日讯）今年榴梿季比往年提早两个星期，文冬一带果园的猫山王已陆续落果，周末涌入大批来自吉隆坡"
                "和新加坡的游客。",
                "果园主人曾福兴说，今年雨水适中，果实个头大、肉质厚。不少游客一进果园就直奔树下，{cap}等着捡"
                "刚掉下来的榴梿。",
                "曾福兴笑说：“榴梿要等它自己掉下来，才够香够甜，{run}摘下来的不好吃。”",
            ],
        },
        {
            "lines": ["今日榴梿价格"],
            "title": "今日榴梿价格",
            "body": [
                ("row", "D197　猫山王　每公斤RM55"),
                ("row", "D24　苏丹王　每公斤RM38"),
                ("row", "D200　黑刺　每公斤RM75"),
                ("row", "D101　红肉　每公斤RM30"),
                "价格以文冬果园现场售价为准，每日变动。",
            ],
        },
        {
            "lines": ["文冬榴梿节下月举行"],
            "title": "文冬榴梿节下月举行",
            "body": [
                "（文冬10日讯）文冬榴梿节将于8月7日及8日在文冬体育馆举行，届时有榴梿品尝、果园导览和亲子绘画比赛。",
            ],
        },
    ],
}

ALSATIAN = {
    "name": "gsw_cp1252_crlf_alsatian_weekly_caps_kicker_title_subtitle_vum_byline_low_high_german_quotes_caption_"
    "bild_midsentence_running_head_spielplan_rows_weekday_date_hour_karte_price_row_kurz_gmeldt",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Dr Elsässer Bott 2027-10-02, Sitt 7, an Alsatian weekly from Colmar, Windows-1252 (`à ì ù ä ü`, "
    "`„ “`, `–`, `€`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. A dialect-theatre story "
    "(capital kicker THEATER, title, subtitle, byline line `Vum Marcel Ehrhart` (\"by\"), German-style `„ “` "
    "quotations, caption + `Bild: Odile Schmitt` inside one, the running head inside a sentence); a SPÌELPLÀN box "
    "of performance rows `Sàmschdi 16. Oktower – 20 Uhr` and a ticket-price row; a KÜRZ GMELDT label over one item.",
    "date": "2027-10-02",
    "page": "7",
    "head": ["DR ELSÄSSER BOTT", "Wucheblàtt fer's Owerland – Sàmschdi 2. Oktower 2027 – Sitt 7 – 1,20 €"],
    "foot": ["Dr Elsässer Bott, Rùe des Marchands 9, Colmar – redaktion@bott.example.fr"],
    "furniture": [
        "DR ELSÄSSER BOTT",
        "Wucheblàtt fer's Owerland",
        "Sàmschdi 2. Oktower 2027",
        "Sitt 7",
        "1,20 €",
        "Dr Elsässer Bott – Kültür",
        "Dr Elsässer Bott, Rùe des Marchands 9, Colmar",
        "redaktion@bott.example.fr",
    ],
    "run": ["Dr Elsässer Bott – Kültür"],
    "markup": ["–", "–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "THEATER",
                "D'Mundartbühn spìelt widder",
                "E neji Komedi über e Wiibüür un sini Nàchbere",
                "Vum Marcel Ehrhart",
            ],
            "kicker": "THEATER",
            "title": "D'Mundartbühn spìelt widder",
            "subtitle": "E neji Komedi über e Wiibüür un sini Nàchbere",
            "byline": ["Vum Marcel Ehrhart", "Marcel Ehrhart"],
            "captions": ["D'Spìeler bi dr Prob im Saal vum Theater."],
            "credits": ["Bild: Odile Schmitt"],
            "body": [
                "Nooch zwei Johr Pàuse spìelt d'Colmarer Mundartbühn widder. Am 16. Oktower kummt e neji Komedi "
                "uf d'Bühn, un d'Kàrte fer d'erschti Vorstellung sìn schun üssverkàuft.",
                "D'Regisseurin Liliane Wurtz isch zfriede. „Mìr hàn jede Owe gschàfft“, sàt sie, „un d'Jungi "
                "{cap}lehre 's Elsässisch uf dr Bühn.“",
                "D'Komedi verzehlt vun emme Wiibüür, wo sini Rewe verkàufe will, un vun sine Nàchbere, wo "
                "{run}àlles màche, dàss er doch do bliibt.",
            ],
        },
        {
            "lines": ["SPÌELPLÀN"],
            "title": "SPÌELPLÀN",
            "body": [
                ("row", "Sàmschdi 16. Oktower – 20 Uhr"),
                ("row", "Sunndi 17. Oktower – 15 Uhr"),
                ("row", "Fritig 22. Oktower – 20 Uhr"),
                ("row", "Kàrte: 12 € / Kìnder 6 €"),
            ],
        },
        {
            "lines": ["KÜRZ GMELDT", "Neji Bänk àm Bàhnhof"],
            "section": ["KÜRZ GMELDT", None],
            "kicker": [None, "KÜRZ GMELDT"],
            "title": "Neji Bänk àm Bàhnhof",
            "body": [
                "D'Stàdt hett vor em Bàhnhof drei neji Bänk ùffgstellt. D'Litt, wo uf dr Bùs wàrte, kenne jetz "
                "àbsìtze.",
            ],
        },
    ],
}

LIMBURGISH = {
    "name": "li_mac_roman_cr_limburgish_maastricht_weekly_caps_kicker_title_subtitle_door_byline_dutch_low_quotes_"
    "caption_foto_midsentence_running_head_middle_dot_head_optochte_rows_in_t_kort",
    "encoding": "mac_roman",
    "not_in": [],
    "newline": "\r",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "De Mestreechter Bode 2027-11-11, blaad 3, a Limburgish (Maastricht) weekly, Mac Roman (`ö è ë`, `„ ”`, "
    "`·`, `€`), bare CR line ends (a classic Mac text file); blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A carnival-opening story (capital kicker VASTELAOVEND, title, subtitle, byline line `Door Jo "
    "Hermans`, Dutch-style `„ ”` quotations, caption + `Foto: Bèr Lemmens` inside one, the running head inside a "
    "sentence); an OPTOCHTE box of parade rows `Zondag 27 fibberwarie – Groete Optocht, 13.11 oer`; an IN 'T "
    "KORT label over one item. Head parts joined by ` · `.",
    "date": "2027-11-11",
    "page": "3",
    "head": ["DE MESTREECHTER BODE", "Weekblaad in 't Mestreechs · donderdag 11 november 2027 · blaad 3 · € 1,25"],
    "foot": ["De Mestreechter Bode, Kesselskade 40, Mestreech · redactie@bode.example.nl"],
    "furniture": [
        "DE MESTREECHTER BODE",
        "Weekblaad in 't Mestreechs",
        "donderdag 11 november 2027",
        "blaad 3",
        "€ 1,25",
        "De Mestreechter Bode · Stad",
        "De Mestreechter Bode, Kesselskade 40, Mestreech",
        "redactie@bode.example.nl",
    ],
    "run": ["De Mestreechter Bode · Stad"],
    "markup": ["·", "·", "·", "·", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "VASTELAOVEND",
                "'t Elfde vaan d'n elfde op 't Vriethof",
                "Duzende luuj veere de opening vaan 't sezoen",
                "Door Jo Hermans",
            ],
            "kicker": "VASTELAOVEND",
            "title": "'t Elfde vaan d'n elfde op 't Vriethof",
            "subtitle": "Duzende luuj veere de opening vaan 't sezoen",
            "byline": ["Door Jo Hermans", "Jo Hermans"],
            "captions": ["De nui Prins Carnaval kump op 't Vriethof aon."],
            "credits": ["Foto: Bèr Lemmens"],
            "body": [
                "Op 't Vriethof hawwe duzende luuj de opening vaan de Vastelaovend gevierd. Um elf oer en elf "
                "minute begós de muziek te speule.",
                "De nui Prins Carnaval, Sjeng d'n Twieëde, woort aon 't volk veurgestèld. „Ich höb zeve jaor op "
                "dit moment gewach”, zag heer, „en noe {cap}is 't zoewied.”",
                "De gemeinte zètte extra bösse in en de cafés rondom 't plein bleve {run}tot diep in de nach "
                "aope.",
            ],
        },
        {
            "lines": ["OPTOCHTE"],
            "title": "OPTOCHTE",
            "body": [
                ("row", "Zondag 27 fibberwarie – Groete Optocht, 13.11 oer"),
                ("row", "Maondag 28 fibberwarie – Kinderoptocht, 11.11 oer"),
            ],
        },
        {
            "lines": ["IN 'T KORT", "Nui bösse nao Heer"],
            "section": ["IN 'T KORT", None],
            "kicker": [None, "IN 'T KORT"],
            "title": "Nui bösse nao Heer",
            "body": [
                "Vaanaaf december rij elk kwartier 'n bös vaan 't station nao Heer. Op zondag rij de bös "
                "eedere halfoer.",
            ],
        },
    ],
}

LIGURIAN = {
    "name": "lij_latin1_lf_ligurian_genoese_monthly_caps_kicker_title_subtitle_de_byline_guillemets_no_spaces_"
    "caption_foto_midsentence_running_head_premii_rows_ordinal_degree_bakery_town_noticie",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "O Lampion 2027-05, pagina 2, a Ligurian (Genoese) monthly from Genoa, ISO-8859-1 (`æ ç â ê ò ö`, "
    "`« »` with no inner spaces, `°`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A focaccia-"
    "festival story in Recco (capital kicker RECCO, title, subtitle, byline line `de Giane Parodi` (lower-case "
    "\"by\"), `«…»` quotations, caption + `Föto: Marinin Bruzzone` inside one, the running head inside a "
    "sentence); an I PRÉMII box of prize rows `1° premio - Forno Fossati, Recco`; a NOTIÇIE label over one item. "
    "Head and foot joined by ASCII ` - `.",
    "date": "2027-05",
    "page": "2",
    "head": ["O LAMPION", "Mensile in zeneise - mazzo 2027 - pagina 2"],
    "foot": ["O Lampion, ciassa Sarzan 3, Zena - redaçion@lampion.example.it"],
    "furniture": [
        "O LAMPION",
        "Mensile in zeneise",
        "mazzo 2027",
        "pagina 2",
        "O Lampion - Riviera",
        "O Lampion, ciassa Sarzan 3, Zena",
        "redaçion@lampion.example.it",
    ],
    "run": ["O Lampion - Riviera"],
    "markup": ["-", "-", "-"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "RECCO",
                "A festa da fugassa co-o formaggio",
                "Træ giorni de forni averti in sciâ ciassa",
                "de Giane Parodi",
            ],
            "kicker": "RECCO",
            "title": "A festa da fugassa co-o formaggio",
            "subtitle": "Træ giorni de forni averti in sciâ ciassa",
            "byline": ["de Giane Parodi", "Giane Parodi"],
            "captions": ["I fornæ sfornan a fugassa in sciâ ciassa."],
            "credits": ["Föto: Marinin Bruzzone"],
            "body": [
                "A Recco a l'é tornâ a festa da fugassa co-o formaggio. Pe træ giorni i forni do paise an "
                "lasciou e pòrte averte e a gente a l'é vegnua da tutta a Liguria.",
                "«A fugassa a veu tempo e man lezzere», o dixe Batestin Fossati, fornâ da quarant'anni. «Chi a "
                "fa de prescia {cap}a fa mâ.»",
                "A festa a finiä domenega de seia con a banda do paise, ch'a sonniä {run}in sciâ ciassa do "
                "Comun.",
            ],
        },
        {
            "lines": ["I PRÉMII"],
            "title": "I PRÉMII",
            "body": [
                ("row", "1° premio - Forno Fossati, Recco"),
                ("row", "2° premio - Forno Ratto, Camoggi"),
                ("row", "3° premio - Panetteria Olivari, Sori"),
            ],
        },
        {
            "lines": ["NOTIÇIE", "Ciù treni pe Zena"],
            "section": ["NOTIÇIE", None],
            "kicker": [None, "NOTIÇIE"],
            "title": "Ciù treni pe Zena",
            "body": [
                "Da zugno ògni meza oa un treno o partiä da Recco pe Zena Brignole, anche a-a domenega.",
            ],
        },
    ],
}

GAGAUZ = {
    "name": "gag_utf16le_bom_crlf_gagauz_weekly_caps_kicker_title_subtitle_yazdi_byline_dotless_i_t_cedilla_"
    "caption_foto_midsentence_running_head_sarap_fiatlari_rows_litre_lei_kisa_haberler",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Komrat Sabaahı 2027-08-21, 5. sayfa, a Gagauz weekly from Comrat (Moldova), UTF-16 LE with BOM (`ä ı "
    "ş ç ü ö ţ İ`, `“ ”`, `–`), CRLF; blank-line paragraphs, wrapped at 41 with hyphenation. A wine-festival "
    "story (capital kicker ŞARAP YORTUSU, title, subtitle, byline line `Yazdı: Todur Mavrodi` (\"wrote\"), caption "
    "+ `Foto: İvan Kuroglu` inside a `“ ”` quotation, the running head inside a sentence); a ŞARAP FİATLARI box "
    "of rows giving a wine, a bottle size and a price in lei (`Kara Gagauz, 0,75 l – 110 lei`); a KISA HABERLER "
    "label over one item.",
    "date": "2027-08-21",
    "page": "5",
    "head": ["KOMRAT SABAAHI", "Haftalık gazeta – 21 avgust 2027, cumaertesi – 5. sayfa"],
    "foot": ["Komrat Sabaahı, Lenin sokaa 120, Komrat – redakţiya@sabaahi.example.md"],
    "furniture": [
        "KOMRAT SABAAHI",
        "Haftalık gazeta",
        "21 avgust 2027, cumaertesi",
        "5. sayfa",
        "Komrat Sabaahı – Kultura",
        "Komrat Sabaahı, Lenin sokaa 120, Komrat",
        "redakţiya@sabaahi.example.md",
    ],
    "run": ["Komrat Sabaahı – Kultura"],
    "markup": ["–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "ŞARAP YORTUSU",
                "Komratta şarap yortusu başladı",
                "Kırk şaraphane kendi şaraplarını gösterer",
                "Yazdı: Todur Mavrodi",
            ],
            "kicker": "ŞARAP YORTUSU",
            "title": "Komratta şarap yortusu başladı",
            "subtitle": "Kırk şaraphane kendi şaraplarını gösterer",
            "byline": ["Yazdı: Todur Mavrodi", "Todur Mavrodi"],
            "captions": ["Şarapçı Petri Dimitroglu musaafirlerä şarap dolder."],
            "credits": ["Foto: İvan Kuroglu"],
            "body": [
                "Komratta merkez meydanda bugün şarap yortusu başladı. Yortuya Gagauziyanın kırk şaraphanesi "
                "kendi şaraplarını getirdi.",
                "Yaşlı şarapçı Petri Dimitroglu dedi: “Bu yıl üzüm pek tatlı oldu. Şarabımız da {cap}gözäl "
                "olacek.”",
                "Yortu iki gün sürecek. Akşamnan meydanda büük bir {run}konţert olacek, girmää paasız.",
            ],
        },
        {
            "lines": ["ŞARAP FİATLARI"],
            "title": "ŞARAP FİATLARI",
            "body": [
                ("row", "Kara Gagauz, 0,75 l – 110 lei"),
                ("row", "Muskat, 0,75 l – 95 lei"),
                ("row", "Kaberne, 1,5 l – 160 lei"),
            ],
        },
        {
            "lines": ["KISA HABERLER", "Çadır-Lungada yeni yol"],
            "section": ["KISA HABERLER", None],
            "kicker": [None, "KISA HABERLER"],
            "title": "Çadır-Lungada yeni yol",
            "body": [
                "Çadır-Lunga kasabasında merkez yol yenidän yapıldı. Artık maşinalar rahat geçer.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýıAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝİ")
DIGRAPHS = {
    "gsw": ("ch", "ck", "ng", "pf", "tz", "sc", "sp", "st", "nk"),
    "li": ("ch", "ng", "sj", "nk", "sc", "st"),
    "lij": ("sc", "gn", "gl", "ch", "gh"),
    "gag": (),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: holdout57's rule (before a lone consonant
    between vowels, or between two consonants, a language's digraphs kept whole, never in a word of six
    letters or fewer, one holding a hyphen, an apostrophe of any kind or an inner capital)."""
    if "~" in word or len(word) < 6 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if any(mark in word for mark in "'’ʼʻ"):
        return word
    if any(not ch.islower() for ch in word[1:] if ch.isalpha()):
        return word
    core = word.rstrip('.,;:!?"»”“«')
    tail = word[len(core) :]
    out, n = "", len(core)
    for i, ch in enumerate(core):
        if 2 <= i <= n - 3 and core[i].isalpha() and core[i - 1].isalpha():
            pair = core[i - 1 : i + 1].lower()
            if ch not in VOWELS and core[i - 1] in VOWELS and core[i + 1] in VOWELS:
                out += "~"
            elif (
                ch not in VOWELS
                and core[i - 1] not in VOWELS
                and core[i + 1] in VOWELS
                and core[i - 2] in VOWELS
                and pair not in DIGRAPHS[language]
            ):
                out += "~"
        out += ch
    return out + tail


def hyphenable(text, language):
    words = []
    for word in text.split(" "):
        if "}" in word:
            mark, rest = word.split("}", 1)
            words.append(mark + "}" + syllables(rest, language))
        else:
            words.append(syllables(word, language))
    return " ".join(words)


for _page, _language in ((ALSATIAN, "gsw"), (LIMBURGISH, "li"), (LIGURIAN, "lij"), (GAGAUZ, "gag")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [DONGYONG, GUSHU, GUANGCHANGWU, KAFEI, LAWEI, LIULIAN, ALSATIAN, LIMBURGISH, LIGURIAN, GAGAUZ]
