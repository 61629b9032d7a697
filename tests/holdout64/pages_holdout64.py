"""The text of every holdout64 page, written once: make_holdout64_pages.py prints it and writes the gold.

The page format is holdout63's (see pages_holdout63.py), with one item kind added: `("stanza", [lines])`, a
poem's stanza printed line by line and kept as one paragraph. `("end", line)` prints a line that is no
paragraph of the gold (a table's source line, a jump line); `("h", line)` a heading; `("row", line)` a table row
kept as one paragraph. All papers, people, firms, clubs, associations, teams and events are invented.
"""

KUAIDI = {
    "name": "zh_gbk_lf_kuaidi_readers_hotline_page_two_cases_duzhe_fanying_bumen_huifu_headings_reply_"
    "office_named_running_head_midsentence_hotline_foot",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 20,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "岚州晚报 2027-03-22 第6版 民生·热线, GBK, LF; blank-line paragraphs with a two-space indent, wrapped at 20. "
    "A readers' hotline page on parcel delivery (快递): two cases, each under its own head with a byline line, "
    "the reader's complaint under the heading `读者反映` and the office's or firm's answer under `部门回复` / "
    "`企业回复`; the running head cuts the first case's reply in mid-sentence; the hotline number in the foot.",
    "date": "2027-03-22",
    "page": "6",
    "head": ["岚州晚报　2027年3月22日　星期一", "第6版　民生·热线　　　　责任编辑：贺　青"],
    "foot": ["岚州晚报民生热线：0351-96877　　每天8:00—20:00　　本版邮箱：rexian@lanzhou.example.cn"],
    "furniture": [
        "岚州晚报",
        "2027年3月22日",
        "星期一",
        "第6版",
        "民生·热线",
        "责任编辑：贺　青",
        "岚州晚报·民生热线",
        "岚州晚报民生热线：0351-96877",
        "每天8:00—20:00",
        "本版邮箱：rexian@lanzhou.example.cn",
    ],
    "run": ["岚州晚报·民生热线"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["快递不送上门　放驿站还要收钱", "本报记者　冀　帆"],
            "title": "快递不送上门　放驿站还要收钱",
            "byline": ["本报记者　冀　帆", "冀　帆", "冀帆"],
            "body": [
                ("h", "读者反映"),
                "家住杏花岭区锦绣家园的郝女士来电说，她网购的包裹明明写着送货上门，快递员却一声不吭放进了"
                "小区门口的驿站。她去取件时，驿站又说超过两天要收一元保管费。",
                "“我每天加班到晚上九点，哪有时间按时去取？”郝女士说，这样的事一个月遇到了三回。",
                ("h", "部门回复"),
                "市邮政管理局市场监管科工作人员答复，按照有关规定，快递企业未经用户同意，不得擅自把快件"
                "放到驿站或快递柜。用户可以先向快递企业投诉，七天内没有处理或对结果不满意的，可以拨打"
                "{run}邮政业用户申诉电话，管理局会在规定时间内办结。",
                "工作人员说，驿站对超时件收费应当事先明码标价，并告知收件人。",
            ],
        },
        {
            "lines": ["快递柜超时费谁说了算", "本报记者　景　岚"],
            "title": "快递柜超时费谁说了算",
            "byline": ["本报记者　景　岚", "景　岚", "景岚"],
            "body": [
                ("h", "读者反映"),
                "读者康先生反映，他所在小区的智能快递柜免费存放时间从十八个小时缩短到十二个小时，之后每"
                "十二个小时收费五角，最多三元，事先没有任何通知。",
                ("h", "企业回复"),
                "经记者联系，快递柜运营企业岚州一方智能科技有限公司客服表示，调整收费是试点，将在柜机屏幕"
                "上补发通知，并对本月多收的费用予以退还。",
            ],
        },
    ],
}

JIDAN = {
    "name": "zh_gb18030_crlf_jidan_market_page_price_table_header_row_unit_rows_plus_minus_change_source_line_"
    "under_table_hangqing_fenxi_kicker_analysis_rare_char_stallholder_running_head_midsentence",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "禾丰日报 2027-07-15 第10版 经济·市场, GB18030 (`䶮` U+4DAE in a stallholder's name, not in GBK), CRLF; "
    "indent-only paragraphs, wrapped at 21. A market page on eggs (鸡蛋) and other farm produce: a price table "
    "(title, a header row, one row per item with unit, this week's and last week's average price and the change "
    "signed `+0.40` / `-0.15`) with its source line `数据来源：禾丰市价格监测中心` under it; then a short analysis "
    "under the kicker `行情分析` (title, byline line), cut by the running head in mid-sentence.",
    "date": "2027-07-15",
    "page": "10",
    "head": ["禾丰日报　第10版　经济·市场", "2027年7月15日　星期四　　编辑：闵　航　　校对：乔　雨"],
    "foot": ["禾丰日报社　　地址：禾丰市人民路88号　　广告热线：0635-8123456"],
    "furniture": [
        "禾丰日报",
        "第10版",
        "经济·市场",
        "2027年7月15日",
        "星期四",
        "编辑：闵　航",
        "校对：乔　雨",
        "禾丰日报·经济",
        "禾丰日报社",
        "地址：禾丰市人民路88号",
        "广告热线：0635-8123456",
    ],
    "run": ["禾丰日报·经济"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["本周农贸市场主要品种均价"],
            "title": "本周农贸市场主要品种均价",
            "source": None,
            "body": [
                ("row", "品种　单位　本周　上周　涨跌"),
                ("row", "鸡蛋　元/斤　5.20　4.80　+0.40"),
                ("row", "猪肉　元/斤　13.60　13.50　+0.10"),
                ("row", "白条鸡　元/斤　9.80　9.80　0.00"),
                ("row", "大白菜　元/斤　1.35　1.50　-0.15"),
                ("row", "西红柿　元/斤　3.10　3.40　-0.30"),
                ("row", "黄瓜　元/斤　2.60　2.70　-0.10"),
                ("srow", "数据来源：禾丰市价格监测中心"),
            ],
        },
        {
            "lines": ["行情分析", "天热产蛋少　蛋价连涨三周", "本报记者　房　晓"],
            "section": [None, "行情分析"],
            "kicker": ["行情分析", None],
            "title": "天热产蛋少　蛋价连涨三周",
            "byline": ["本报记者　房　晓", "房　晓", "房晓"],
            "body": [
                "进入七月，本市鸡蛋零售价已连续三周上涨，本周均价每斤5.20元，比六月初高出近一元。",
                "东关农贸市场的蛋品摊主刘䶮告诉记者，天气一热，蛋鸡吃得少，产蛋率跟着下降，"
                "加上中小学放暑假前{run}食堂集中采购，货源一下子紧了。",
                "市价格监测中心分析认为，随着气温回落和新开产蛋鸡增加，预计八月中旬以后蛋价将逐步企稳，"
                "蔬菜价格则会随本地菜大量上市继续小幅回落。",
            ],
        },
    ],
}

BINGQIU = {
    "name": "zh_utf8_bom_crlf_bingqiu_sports_page_match_report_kicker_round_title_score_benlun_saiguo_rows_"
    "jifenbang_standings_header_rows_running_head_midsentence",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "冰城晚报 2027-01-18 第15版 体育·冰雪, UTF-8 with BOM, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A sports page on the city amateur ice hockey (冰球) league: a match report (kicker `城市冰球联赛"
    "第十二轮`, title with the score `4比3`, byline line), cut by the running head in mid-sentence; then a results "
    "box `本轮赛果` (three rows `雪狼　4:3　北极光（加时）`) and a standings table `积分榜` (a header row and six "
    "team rows), no blank line between rows.",
    "date": "2027-01-18",
    "page": "15",
    "head": ["冰城晚报　2027年1月18日　星期一", "第15版　体育·冰雪　　　主编：廉　松　　美编：戈　笛"],
    "foot": ["冰城晚报社出版　　订阅热线：0451-8600000　　sport@bingcheng.example.cn"],
    "furniture": [
        "冰城晚报",
        "2027年1月18日",
        "星期一",
        "第15版",
        "体育·冰雪",
        "主编：廉　松",
        "美编：戈　笛",
        "冰城晚报·体育",
        "冰城晚报社出版",
        "订阅热线：0451-8600000",
        "sport@bingcheng.example.cn",
    ],
    "run": ["冰城晚报·体育"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["城市冰球联赛第十二轮", "雪狼加时4比3逆转北极光", "本报记者　葛　凯"],
            "kicker": "城市冰球联赛第十二轮",
            "title": "雪狼加时4比3逆转北极光",
            "byline": ["本报记者　葛　凯", "葛　凯", "葛凯"],
            "body": [
                "17日晚，城市冰球联赛第十二轮在道里区冰上运动中心进行。上赛季冠军雪狼队在两局落后两球的"
                "情况下连追三球，加时赛第三分钟由队长郭鸣一击制胜，以4比3战胜北极光队。",
                "第三局开场后，雪狼队换上年轻门将，防守逐渐稳住。第十四分钟，后卫雷振远线射门被挡出，"
                "郭鸣补射扳回一球；六分钟后，新援管{run}一帆抢断后单刀破门，将比分扳平。",
                "北极光队主教练华德胜赛后说，球队体能在第三局下降明显，“最后十分钟我们几乎没有过中线”。",
                "本轮过后，雪狼队以26分升至积分榜第二，距榜首冰凌队仅差1分。",
            ],
        },
        {
            "lines": ["本轮赛果"],
            "title": "本轮赛果",
            "body": [
                ("row", "雪狼　4:3　北极光（加时）"),
                ("row", "冰凌　5:1　松花江"),
                ("row", "红旗　2:2　铁人（点球3:2）"),
            ],
        },
        {
            "lines": ["积分榜"],
            "title": "积分榜",
            "body": [
                ("row", "名次　球队　场次　胜　负　积分"),
                ("row", "1　冰凌　12　9　3　27"),
                ("row", "2　雪狼　12　8　4　26"),
                ("row", "3　北极光　12　7　5　21"),
                ("row", "4　红旗　12　6　6　18"),
                ("row", "5　铁人　12　4　8　13"),
                ("row", "6　松花江　12　2　10　6"),
            ],
        },
    ],
}

HUIGUAN = {
    "name": "zh_utf16be_bom_lf_ipoh_overseas_huiguan_chronicle_of_the_year_dashiji_dated_entries_month_day_"
    "gap_ringgit_sums_malay_place_names_intro_byline_running_head_midentry_second_short_notice",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "近打星报 2027-12-28 第9版 地方新闻·怡保, an Ipoh (Malaysia) Chinese paper in simplified characters, UTF-16 BE "
    "with BOM, LF; blank-line paragraphs with a two-space indent, wrapped at 22. A year's chronicle (大事记) of a "
    "clan association (会馆): title, byline line, an intro paragraph, then six dated entries, each a paragraph "
    "opened by its date and a U+3000 gap (`1月30日　会馆在馆所礼堂…`), sums in ringgit (`马币十八万令吉`), the "
    "running head cutting the fourth entry; a short second item opened by `（怡保28日讯）`.",
    "date": "2027-12-28",
    "page": "9",
    "head": ["近打星报　2027年12月28日（星期二）", "第9版　地方新闻·怡保　　　　编辑：曾美玲"],
    "foot": ["近打星报有限公司出版　　怡保新街场路18号　　电邮：news@kintastar.example.my"],
    "furniture": [
        "近打星报",
        "2027年12月28日（星期二）",
        "第9版",
        "地方新闻·怡保",
        "编辑：曾美玲",
        "近打星报·地方新闻",
        "近打星报有限公司出版",
        "怡保新街场路18号",
        "电邮：news@kintastar.example.my",
    ],
    "run": ["近打星报·地方新闻"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["近打青云会馆2027年大事记", "本报记者　古丽华"],
            "title": "近打青云会馆2027年大事记",
            "byline": ["本报记者　古丽华", "古丽华"],
            "body": [
                "岁末将至，创立于1921年的近打青云会馆回顾了一年来的主要活动。以下为本报整理的会馆年度大事记。",
                "1月30日　会馆在馆所礼堂举行新春团拜，三百多名会员及家属出席，会长江福来致辞。",
                "3月15日　会馆奖助学金颁发仪式举行，共颁发奖学金及助学金马币四万二千令吉，八十六名会员子女受惠。",
                "5月20日　会馆组团前往太平、安顺两地交流，与当地乡团商讨合办文化营。",
                "7月8日　会馆百年老楼屋顶翻修工程完成，耗资马币十八万令吉，其中{run}十万令吉来自会员捐献。",
                "9月17日　中秋晚会在馆前广场举行，设提灯笼比赛及猜灯谜，吸引近千名市民参加。",
                "11月26日　会馆举行第五十二届理事会选举，江福来蝉联会长。",
            ],
        },
        {
            "lines": ["会馆元旦开放参观"],
            "title": "会馆元旦开放参观",
            "body": [
                "（怡保28日讯）近打青云会馆将于明年1月1日上午9时至下午5时开放馆内文物室，展出早年锡矿工人的"
                "书信及旧照片，欢迎公众免费参观。",
            ],
        },
    ],
}

LAOWU = {
    "name": "zht_big5_lf_taiwan_laowu_fukan_prose_essay_circle_byline_poem_short_lines_stanzas_blank_line_"
    "between_running_head_midsentence",
    "encoding": "big5",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "南嶼時報 2027-10-10 D3 副刊, Big5 (strict; no `／` or `～` on it), LF; indent-only paragraphs, wrapped at 21. "
    "A literary supplement (副刊) page on an old house (老屋): a prose essay `老屋的窗` under a byline line "
    "`◎許雅雯`, cut by the running head in mid-sentence; then a poem `燈` under the byline `◎林子翔`, three stanzas "
    "of short lines set as printed (stanzas divided by a blank line, kept each as one paragraph).",
    "date": "2027-10-10",
    "page": "D3",
    "head": ["南嶼時報　副刊　D3", "中華民國116年10月10日　星期日　　主編：蕭　芸"],
    "foot": ["南嶼時報副刊歡迎投稿　　來稿請寄：fukan@nanyu.example.tw"],
    "furniture": [
        "南嶼時報",
        "副刊",
        "D3",
        "中華民國116年10月10日",
        "星期日",
        "主編：蕭　芸",
        "南嶼時報副刊",
        "南嶼時報副刊歡迎投稿",
        "來稿請寄：fukan@nanyu.example.tw",
    ],
    "run": ["南嶼時報副刊"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["老屋的窗", "◎許雅雯"],
            "title": "老屋的窗",
            "byline": ["◎許雅雯", "許雅雯"],
            "body": [
                "祖父留下的老屋在嘉義鄉下，三合院的左邊廂房有一扇木窗，窗框的綠漆早已剝落，露出灰白的木紋。",
                "小時候每到暑假，我就睡在那扇窗下。清晨五點，祖母在灶腳生火，柴煙從窗縫鑽進來，混著"
                "稻田的氣味，把我從夢裡喚醒。那時我以為，夏天永遠是這個味道。",
                "後來祖父母相繼過世，老屋空了十幾年。去年秋天回去，窗還在，只是關不緊了，風一吹就"
                "{run}輕輕地響，像有人在外面敲。",
                "我把窗框重新漆成綠色。堂哥笑我多事，說這房子遲早要拆。我沒有回答，只是在窗下坐了一個下午。",
            ],
        },
        {
            "lines": ["燈", "◎林子翔"],
            "title": "燈",
            "byline": ["◎林子翔", "林子翔"],
            "body": [
                ("stanza", ["巷口那盞燈", "亮了三十年", "照過放學的腳步", "也照過遠行的背影"]),
                ("stanza", ["後來巷子拓寬了", "燈換成了新的", "白得像醫院的走廊"]),
                ("stanza", ["只有母親還記得", "舊燈下", "曾經有一個孩子", "等她回家"]),
            ],
        },
    ],
}

HUAJU = {
    "name": "zht_big5hkscs_crlf_hong_kong_huaju_theatre_review_kicker_juping_title_book_brackets_byline_wen_colon_"
    "cantonese_line_quoted_running_head_midquote_yanchu_ziliao_facts_box_rows_ticket_prices",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "維港日報 2027-10-12 C6 文化, Big5-HKSCS (`嘢 啱`: neither in cp950 nor Big5), CRLF; blank-line paragraphs "
    "with a two-space indent, wrapped at 22. A theatre (話劇) review: kicker `劇評`, title with the play's name in "
    "`《》`, byline line `文：區嘉寶`, a Cantonese line of the play quoted in 「」 and cut by the running head; a facts "
    "box `演出資料` of one row per fact (`劇名：`, `編劇：`, `導演：`, `演員：`, `日期：`, `地點：`, `票價：`).",
    "date": "2027-10-12",
    "page": "C6",
    "head": ["維港日報　2027年10月12日　星期二", "C6　文化　　　　責任編輯：黎穎思"],
    "foot": ["維港日報有限公司出版　　電話：2500 0000　　culture@victoria.example.hk"],
    "furniture": [
        "維港日報",
        "2027年10月12日",
        "星期二",
        "C6",
        "文化",
        "責任編輯：黎穎思",
        "維港日報·文化",
        "維港日報有限公司出版",
        "電話：2500 0000",
        "culture@victoria.example.hk",
    ],
    "run": ["維港日報·文化"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["劇評", "《天台屋》　笑聲背後的一家人", "文：區嘉寶"],
            "section": [None, "劇評"],
            "kicker": ["劇評", None],
            "title": "《天台屋》　笑聲背後的一家人",
            "byline": ["文：區嘉寶", "區嘉寶"],
            "body": [
                "本地劇團青衣劇社的新作《天台屋》，講一家四口在深水埗一幢唐樓天台上住了二十年，收到收樓通知"
                "後的七日。",
                "編劇郭詠詩寫對白很有一手，大部分笑位都來自一家人鬥嘴。最難忘的是父親向兒子說：「你啱"
                "啱出嚟做嘢，唔好成日{run}諗住走，呢度都係屋企。」台下笑聲未停，已有觀眾在抹眼淚。",
                "美中不足的是下半場節奏拖慢，母親和女兒的一場爭執來回三次，意思卻沒有推進。若能刪去十分鐘，"
                "全劇會更緊湊。",
            ],
        },
        {
            "lines": ["演出資料"],
            "title": "演出資料",
            "body": [
                ("row", "劇名：天台屋"),
                ("row", "編劇：郭詠詩"),
                ("row", "導演：甘浩然"),
                ("row", "演員：黃志輝、何美儀、鍾家樂、關曉晴"),
                ("row", "日期：2027年10月8日至17日"),
                ("row", "地點：西灣河文娛中心劇院"),
                ("row", "票價：180元、280元"),
            ],
        },
    ],
}

INTERLINGUA = {
    "name": "ia_utf16le_bom_lf_interlingua_weekly_front_page_three_teasers_page_pointers_in_iste_numero_index_"
    "box_section_rows_lead_story_byline_de_jump_line_continua_a_pagina",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 42,
    "indent": "",
    "blank": True,
    "note": "Le Voce del Lago 2027-05-14, page 1, a weekly in Interlingua from Biel/Bienne, UTF-16 LE with BOM (`“ ” – €`), "
    "LF; blank-line paragraphs, wrapped at 42 with hyphenation. A front page: three teasers across the top, each "
    "a head and one sentence ending in its page pointer `(pagina 7)`; an index box `In iste numero` of one row "
    "per section (`Citate · 2–5`); then the lead story (title, byline line `De Marta Lind`), whose last paragraph "
    "runs on to page 3 (jump line `Continua a pagina 3`).",
    "date": "2027-05-14",
    "page": "1",
    "head": ["LE VOCE DEL LAGO", "Venerdi 14 maio 2027 – Numero 412 – 2,50 €"],
    "foot": ["Le Voce del Lago, Rue Centrale 21, Biel/Bienne – redaction@voce.example.ch"],
    "furniture": [
        "LE VOCE DEL LAGO",
        "Venerdi 14 maio 2027",
        "Numero 412",
        "2,50 €",
        "Continua a pagina 3",
        "Le Voce del Lago, Rue Centrale 21, Biel/Bienne",
        "redaction@voce.example.ch",
    ],
    "markup": ["–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": ["Le festival del lago retorna"],
            "title": "Le festival del lago retorna",
            "body": ["Dece concertos in tres dies sur le ripa del nord. (pagina 7)"],
        },
        {
            "lines": ["Nove bus pro le villages"],
            "title": "Nove bus pro le villages",
            "body": ["Un linea de nocte connectera Nidau e Ipsach ab junio. (pagina 4)"],
        },
        {
            "lines": ["Le club de remar celebra cento annos"],
            "title": "Le club de remar celebra cento annos",
            "body": ["Un historia de barcas, medalias e amicitia. (pagina 11)"],
        },
        {
            "lines": ["In iste numero"],
            "title": "In iste numero",
            "body": [
                ("row", "Citate · 2–5"),
                ("row", "Region · 6–7"),
                ("row", "Cultura · 8–9"),
                ("row", "Sport · 10–11"),
                ("row", "Annuncios · 12"),
            ],
        },
        {
            "lines": ["Le citate vole un ponte pro pedones", "De Marta Lind"],
            "title": "Le citate vole un ponte pro pedones",
            "byline": ["De Marta Lind", "Marta Lind"],
            "body": [
                "Le consilio municipal ha approbate mercuridi un credito de 3,8 milliones de francos pro un "
                "nove ponte pro pedones e bicyclettas super le canal, inter le station e le quartiero del lago.",
                "Le ponte actual, construite in 1962, es troppo stricte pro le traffico de hodie. “Omne matino "
                "nos vide mamas con carrettos e scholares con bicyclettas qui se cruce sur un passage de "
                "duo metros”, diceva le consiliera Anna Moser.",
                "Le opposition critica le costo e demanda un votation popular. Le travalios poterea comenciar "
                "in le primavera de 2028, si nulle recurso es presentate.",
                ("end", "Continua a pagina 3"),
            ],
        },
    ],
}

KOELSCH = {
    "name": "ksh_cp850_crlf_colognian_koelsch_weekly_opinion_page_two_signed_op_eds_byline_vun_over_title_"
    "author_note_foot_unsigned_editorial_uns_meinung_label_running_head_midsentence",
    "encoding": "cp850",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Dä Rhingbote 2027-06-24, Sigg 4, a weekly in Colognian (Kölsch) from Cologne, DOS code page 850 (`ä ö ü "
    "ß Ä`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. An opinion page: the unsigned "
    "editorial under the label `Uns Meinung`, then two signed op-eds, each with its author line `Vun Hein Kürten` "
    "over its title (byline), and a one-line note on the author at its foot; the running head cuts the first "
    "op-ed in mid-sentence. Head and foot joined by ` * `.",
    "date": "2027-06-24",
    "page": "4",
    "head": ["DÄ RHINGBOTE", "Donnersdaach, 24. Juni 2027 * Sigg 4 * 1,90 Euro"],
    "foot": ["Dä Rhingbote, Severinstroß 40, Kölle * post@rhingbote.example.de"],
    "furniture": [
        "DÄ RHINGBOTE",
        "Donnersdaach, 24. Juni 2027",
        "Sigg 4",
        "1,90 Euro",
        "Dä Rhingbote * Meinunge",
        "Dä Rhingbote, Severinstroß 40, Kölle",
        "post@rhingbote.example.de",
    ],
    "run": ["Dä Rhingbote * Meinunge"],
    "markup": ["*", "*", "*"],
    "labels": [],
    "articles": [
        {
            "lines": ["Uns Meinung", "Dat Veedel bruch sing Bäder"],
            "section": ["Uns Meinung", None],
            "kicker": [None, "Uns Meinung"],
            "title": "Dat Veedel bruch sing Bäder",
            "body": [
                "Et Hallebad en Nippes soll zomaache, su hät et dä Rot vun dr Stadt jetz beschlosse. Zweidausend "
                "Pänz han do jedes Johr schwemme jeliert.",
                "Mer wesse, dat de Stadt spare muss. Ävver wer bei de Pänz spart, dä spart aan dr falsche Stell. "
                "Dat Bad muss blieve.",
            ],
        },
        {
            "lines": ["Vun Hein Kürten", "Wat mer vun de Holländer liere künne"],
            "byline": ["Vun Hein Kürten", "Hein Kürten"],
            "title": "Wat mer vun de Holländer liere künne",
            "body": [
                "Wer ens en Utrecht met dem Rädche ungerwähs wor, dä weiß, wie et och jon kann: breite Wääch, "
                "eijene Ampele, un keiner schängk.",
                "En Kölle dojäje fährt mer zwesche parkte Autos un Stroßebahnschiene, un jede Mamm met nem "
                "Lastrad hät Angs. Dobei künnt mer met wenig Jeld vill maache: {run}de Ringe bruche ene "
                "eijene Spur, un dat flöck.",
                "Hein Kürten es Vürsitzender vum Radclub Ihrefeld.",
            ],
        },
        {
            "lines": ["Vun Trude Esser", "De Kneip es et Wonnzemmer vum Veedel"],
            "byline": ["Vun Trude Esser", "Trude Esser"],
            "title": "De Kneip es et Wonnzemmer vum Veedel",
            "body": [
                "En minger Stroß hät en diesem Johr de drette Kneip zojemaht. Wo fröher jeklaaf un jesunge "
                "woodt, es hück ene Handyladen.",
                "Ich well keine Kneip retten, die keiner mieh bruch. Ävver de Stadt künnt de Wirte bei dr "
                "Mitt helfe, su wie se et bei de Kinos och deit.",
                "Trude Esser schriev Böcher op Kölsch.",
            ],
        },
    ],
}

JERRIAIS = {
    "name": "jer_mac_roman_cr_jerriais_weekly_story_with_corrections_box_beside_it_rectifications_title_two_"
    "numbered_corrections_nou_s_excuse_running_head_midsentence",
    "encoding": "mac_roman",
    "not_in": [],
    "newline": "\r",
    "script": "latin",
    "width": 38,
    "indent": "",
    "blank": True,
    "note": "La Gazette d'Jèrri 2027-09-09, page 2, a weekly page in Jèrriais (Jersey Norman French), Mac Roman (`è é ê "
    "ë î â à È ’ “ ” £`), classic Mac line ends (CR only); blank-line paragraphs, wrapped at 38 with hyphenation. A story "
    "(title, byline line `Par Lucie Le Cornu`) cut by the running head in mid-sentence, and a corrections box "
    "`Rectifications` set beside it (read after it), its two corrections each a paragraph opened by `1.` / `2.`.",
    "date": "2027-09-09",
    "page": "2",
    "head": ["LA GAZETTE D’JÈRRI", "Jeudi 9 Septembre 2027 / Page 2 / £1.00"],
    "foot": ["La Gazette d’Jèrri, Rue des Mielles, St Hélier / nouvelles@gazette.example.je"],
    "furniture": [
        "LA GAZETTE D’JÈRRI",
        "Jeudi 9 Septembre 2027",
        "Page 2",
        "£1.00",
        "La Gazette d’Jèrri / Les Paraisses",
        "La Gazette d’Jèrri, Rue des Mielles, St Hélier",
        "nouvelles@gazette.example.je",
    ],
    "run": ["La Gazette d’Jèrri / Les Paraisses"],
    "markup": ["/", "/", "/"],
    "labels": [],
    "articles": [
        {
            "lines": ["La fête d’la vraic r’vient à St Ouën", "Par Lucie Le Cornu"],
            "title": "La fête d’la vraic r’vient à St Ouën",
            "byline": ["Par Lucie Le Cornu", "Lucie Le Cornu"],
            "body": [
                "Pouor la premié fais dépis chinquante ans, les gens d’St Ouën s’sont rassembllés sus la grève "
                "pour ramasser l’vraic coumme dans l’temps.",
                "Y’avait pus d’deux chents pèrsonnes, des jannes et des vièrs, avec des vièrs tchèrrettes et "
                "des grans râteaux. “Man grand-péthe m’contait tout chenna”, dit Jean Renouf, "
                "{run}qu’a quatre-vingts ans passés.",
                "La Société du Vraic vait r’faithe la fête l’an qui vient, probabliement à la fîn d’Févri.",
            ],
        },
        {
            "lines": ["Rectifications"],
            "title": "Rectifications",
            "body": [
                "1. Dans not’ numéro du 2 Septembre, nou z’a êcrit qu’la nouvelle êcole d’Grouville ouvrithait "
                "en Janvyi. Ch’est en Mars.",
                "2. La photo d’la page 6 montrait Mad. Alice Vibert, et nan pon Mad. Alice Vardon. Nou s’excuse.",
            ],
        },
    ],
}

LATGALIAN = {
    "name": "ltg_cp775_lf_latgalian_weekly_district_council_report_numbered_decisions_one_two_three_four_"
    "paragraph_each_byline_running_head_midsentence_next_sitting_line",
    "encoding": "cp775",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Latgolys Vuords 2027-04-08, 3. lopa, a weekly in Latgalian from Rēzekne, DOS code page 775 (Baltic: `ā č ē "
    "ī ļ ņ š ū`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A council report: title, byline "
    "line `Jānis Zeps`, an intro paragraph, then the council's decisions numbered `1.` to `4.`, each a paragraph "
    "opened by its number, the running head cutting the third; a closing paragraph on the next sitting.",
    "date": "2027-04-08",
    "page": "3",
    "head": ["LATGOLYS VUORDS", "Catūrtdīne, 2027. gods 8. aprīļs | 3. lopa | 0,80 eiro"],
    "foot": ["Latgolys Vuords, Atbrīvuošonys al. 10, Rēzekne | redakcija@vuords.example.lv"],
    "furniture": [
        "LATGOLYS VUORDS",
        "Catūrtdīne, 2027. gods 8. aprīļs",
        "3. lopa",
        "0,80 eiro",
        "Latgolys Vuords | Nūvods",
        "Latgolys Vuords, Atbrīvuošonys al. 10, Rēzekne",
        "redakcija@vuords.example.lv",
    ],
    "run": ["Latgolys Vuords | Nūvods"],
    "markup": ["|", "|", "|"],
    "labels": [],
    "articles": [
        {
            "lines": ["Kū nūlēme nūvoda dūme", "Jānis Zeps"],
            "title": "Kū nūlēme nūvoda dūme",
            "byline": "Jānis Zeps",
            "body": [
                "Nūvoda dūmis sēdē ūtrdīn pīsadalēja četrpadsmit deputati. Sēde ilga treis stuņdis, i deputati "
                "nūbolsuoja par četrim lāmumim.",
                "1. Pīškiert 12 000 eiro skolys sporta zuolis jumta remontam Viļānūs.",
                "2. Atbaļstēt Latgolys kulturys dīnys, kurys nūtiks jūnī pi azara.",
                "3. Pagarynuot autobusa maršrutu da Sakstagola, kab bārni varātu {run}braukt iz skolu bez "
                "puorsiesšonys.",
                "4. Nūmuot zemis gobolu pi upis jaunam bārnu laukumam.",
                "Nuokūšuo dūmis sēde byus 6. mai.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýāēīōūAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝĀĒĪŌŪ")
DIGRAPHS = {
    "ia": ("ch", "ph", "th", "qu", "gu"),
    "ksh": ("ch", "sch", "ng", "ck", "ph", "th"),
    "jer": ("ch", "ph", "th", "qu", "gu", "gn"),
    "ltg": ("dz", "dž", "ch"),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone.
    holdout57's rule: never in a word holding an apostrophe of any kind, a hyphen or an inner capital."""
    if "~" in word or len(word) < 7 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if any(mark in word for mark in "'’ʼʻ"):
        return word
    if any(not ch.islower() for ch in word[1:] if ch.isalpha()):
        return word
    core = word.rstrip('.,;:!?"»”“')
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


for _page, _language in ((INTERLINGUA, "ia"), (KOELSCH, "ksh"), (JERRIAIS, "jer"), (LATGALIAN, "ltg")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [KUAIDI, JIDAN, BINGQIU, HUIGUAN, LAOWU, HUAJU, INTERLINGUA, KOELSCH, JERRIAIS, LATGALIAN]
