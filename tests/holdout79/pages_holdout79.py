"""The text of every holdout79 page, written once: make_holdout79_pages.py prints it and writes the gold.

The page format is holdout77's (see pages_holdout77.py, itself holdout75's), unchanged: `"glued": True` on an article
prints its first line straight under the previous article's last line, with no blank line; `"tight": True` sets the
title directly above the lead. `("row", line)` prints a line of a list or a box (one gold paragraph per printed line);
a row whose text holds `\n` prints each line apart (a poem's stanza, one gold paragraph); `("end", line)` prints a line that is no
paragraph of the gold (a quote set apart, whose gold reading is in `pull_quotes`); `("more", line)` the same with no
blank line before it. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks
where a Latin word may be split at a line end.
All papers, people, shops, schools, clubs, churches and events are invented; real places are settings only.
"""

GUSHI = {
    "name": "zh_gbk_crlf_caijing_market_commentary_index_figures_benbaoxun_tight_head_caption_credit_running_head_midsentence_glued_jinri_tishi_box_one_line_items",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "湄岚日报 2027-11-16 第7版 财经, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A markets page: "
    "a 本报讯 market commentary with index figures in its text (title directly above the lead with no blank line, the "
    "reporter inside the lead's brackets, a caption and its credit inside a sentence, the running head in mid-sentence), "
    "then, with no blank line under its last line, a `今日提示` box of four one-line items (the box head its title, "
    "each printed line a paragraph).",
    "date": "2027-11-16", "page": "7",
    "head": ["湄岚日报　2027年11月16日　星期二", "第7版　财经　　责任编辑：茅　越"],
    "foot": ["湄岚日报社出版　　财经热线：0731-5520417"],
    "furniture": ["湄岚日报", "2027年11月16日", "星期二", "第7版", "财经", "责任编辑：茅　越", "湄岚日报·财经",
                  "湄岚日报社出版", "财经热线：0731-5520417"],
    "run": ["湄岚日报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["两市缩量震荡　本地板块逆势走强"], "title": "两市缩量震荡　本地板块逆势走强", "tight": True,
         "byline": [None, "记者　宋　溪", "宋　溪", "宋溪"],
         "captions": ["湄岚一家证券营业部里，股民在看行情。"], "credits": ["本报记者　宋　溪　摄"],
         "body": ["本报讯（记者　宋　溪）昨日两市低开高走，沪指收报3286.47点，涨0.32%；深成指收报10452.18点，"
                  "跌0.15%；创业板指收报2068.90点，跌0.41%。两市全天成交8932亿元，比前一个交易日少了约六百亿元。",
                  "本地上市公司表现较好。湄岚药业涨4.71%，{cap}湘岭机械涨2.36%，全市十一家上市公司中有八家收红。",
                  "有分析人士认为，成交量持续萎缩，说明资金观望情绪较浓，短期内大盘仍将以震荡为主，投资者"
                  "{run}不宜追高。"]},
        {"glued": True, "lines": ["今日提示"], "title": "今日提示",
         "body": [("row", "·湄岚药业召开临时股东大会"),
                  ("row", "·湘岭机械限售股上市流通"),
                  ("row", "·新股“岚禾农业”今日申购"),
                  ("row", "·10月份全国居民消费价格数据公布")]},
    ],
}

JINGZHUI = {
    "name": "zh_gb18030_lf_health_page_doctor_standing_column_label_title_affiliation_byline_rare_char_caption_credit_running_head_midsentence_glued_benbaoxun_brief_tight_head",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沣岭晚报 2027-11-18 第10版 健康, GB18030 (`㛃` U+36C3 in the doctor's name, a four-byte code, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A health page: a doctor's standing column (the column's name `医生说`, its "
    "own headline on neck pain from looking down at phones, the byline line with the doctor's hospital and title, a "
    "caption and its credit inside a sentence, the running head in mid-sentence), then, with no blank line under the "
    "column's last line, a 本报讯 brief whose title sits directly above its lead.",
    "date": "2027-11-18", "page": "10",
    "head": ["沣岭晚报", "2027年11月18日　星期四　　第10版　健康　　编辑：樊　蕾"],
    "foot": ["沣岭晚报社　　健康热线：0359-6612580"],
    "furniture": ["沣岭晚报", "2027年11月18日", "星期四", "第10版", "健康", "编辑：樊　蕾", "沣岭晚报·健康",
                  "沣岭晚报社", "健康热线：0359-6612580"],
    "run": ["沣岭晚报·健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["医生说", "低头看手机太久　颈椎会“抗议”", "县人民医院骨科主任医师　卓　㛃"],
         "section": ["医生说", None], "kicker": [None, "医生说"], "title": "低头看手机太久　颈椎会“抗议”",
         "byline": ["县人民医院骨科主任医师　卓　㛃", "卓　㛃", "卓㛃"],
         "captions": ["卓㛃在门诊为患者检查颈椎。"], "credits": ["（通讯员　韦　岚　摄）"],
         "body": ["最近门诊来了不少颈椎病患者，其中有一半是三四十岁的上班族，还有十几岁的中学生。问起来，"
                  "大多是每天低头看手机好几个小时。",
                  "人低头的时候，颈椎要承受的重量会成倍增加。长时间这样，{cap}颈部肌肉一直绷着，就会出现"
                  "脖子酸痛、手臂发麻、头晕等症状。",
                  "我的建议是：看手机时尽量把手机举到和眼睛差不多高；每低头半小时，就抬起头活动一下"
                  "脖子；枕头不要太高。如果手麻、头晕持续不见好，{run}应及早到医院就诊。"]},
        {"glued": True, "lines": ["县人民医院开设颈肩腰腿痛夜间门诊"], "title": "县人民医院开设颈肩腰腿痛夜间门诊",
         "tight": True,
         "body": ["本报讯　从下周一起，县人民医院康复科每周一至周五晚上6点到9点开设颈肩腰腿痛夜间门诊，"
                  "方便上班族下班后就诊。"]},
    ],
}

FUKAN = {
    "name": "zht_big5_crlf_taiwan_fukan_essay_wen_byline_caption_credit_running_head_midsentence_author_note_last_paragraph_glued_poem_title_byline_stanza_lines",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "澄溪日報 中華民國116年11月21日 D3 副刊, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A literary "
    "supplement: an essay on drying radish in a grandmother's yard (title, byline line `文／邱美玲`, a caption and its "
    "credit inside a sentence, the running head in mid-sentence, the author's one-line note `作者簡介：…` as its last "
    "paragraph), then, with no blank line under the note, a short poem (title, byline line `◎何家豪`, two stanzas "
    "of three lines, a blank line between them: each stanza one paragraph, its printed lines joined with a newline).",
    "date": "2027-11-21", "page": "D3",
    "head": ["澄溪日報　D3　副刊", "中華民國116年11月21日　星期日"],
    "foot": ["澄溪日報副刊中心　　投稿信箱：fukan@chengxi.example.tw"],
    "furniture": ["澄溪日報", "D3", "副刊", "中華民國116年11月21日", "星期日", "澄溪日報．副刊", "澄溪日報副刊中心",
                  "投稿信箱：fukan@chengxi.example.tw"],
    "run": ["澄溪日報．副刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["阿嬤的菜脯", "文／邱美玲"], "title": "阿嬤的菜脯", "byline": ["文／邱美玲", "邱美玲"],
         "captions": ["曬在竹篩上的蘿蔔。"], "credits": ["（圖／邱美玲提供）"],
         "body": ["每年入冬，阿嬤就會買一大堆白蘿蔔，洗乾淨、切成條，一層鹽一層蘿蔔地壓在大缸裡。",
                  "過了幾天，她把蘿蔔一條條撈出來，{cap}攤在院子的竹篩上曬太陽。我放學回家，常常被叫去翻"
                  "菜脯，手上整個冬天都是鹹鹹的味道。",
                  "阿嬤走了以後，院子也賣掉了。前幾年我學著自己做，卻怎麼也曬不出那個味道。也許少的不是"
                  "太陽，{run}是阿嬤。",
                  "作者簡介：邱美玲，國小教師，現居台南。"]},
        {"glued": True, "lines": ["冬陽", "◎何家豪"], "title": "冬陽", "byline": ["◎何家豪", "何家豪"],
         "body": [("row", "把一整個早上\n攤開在屋頂上\n讓風慢慢翻面"),
                  ("end", ""),
                  ("row", "傍晚收起來的時候\n母親說\n今天的陽光很夠")]},
    ],
}

DIANTAI = {
    "name": "zht_big5hkscs_lf_hong_kong_radio_repairman_story_subtitle_byline_caption_credit_running_head_midsentence_glued_diantai_jiemu_radio_schedule_box_day_time_show_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "港灣晚報 2027-11-24 B6 社區, Big5-HKSCS (`啲 喺 咗 嘢 嘅 嚟`, in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A community page: a Cantonese story on an old radio repairman in 深水埗 (title, "
    "subtitle, byline line `記者　鄺穎芝`, a caption and its credit inside a sentence, a Cantonese quotation, the "
    "running head in mid-sentence), then, with no blank line under its last line, a radio schedule box "
    "`本周電台節目精選` (the box head its title, five rows day / time / programme, each printed line a paragraph).",
    "date": "2027-11-24", "page": "B6",
    "head": ["港灣晚報　2027年11月24日　星期三", "B6　社區　　　責任編輯：岑家朗"],
    "foot": ["港灣晚報有限公司出版　　讀者熱線：2893 4471"],
    "furniture": ["港灣晚報", "2027年11月24日", "星期三", "B6", "社區", "責任編輯：岑家朗", "港灣晚報．社區",
                  "港灣晚報有限公司出版", "讀者熱線：2893 4471"],
    "run": ["港灣晚報．社區"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["收音機醫生　一把螺絲批執咗五十年", "街坊：佢唔收工我哋就放心", "記者　鄺穎芝"],
         "title": "收音機醫生　一把螺絲批執咗五十年", "subtitle": "街坊：佢唔收工我哋就放心",
         "byline": ["記者　鄺穎芝", "鄺穎芝"],
         "captions": ["祥叔喺舖頭度維修一部舊收音機。"], "credits": ["（鄺穎芝攝）"],
         "body": ["深水埗鴨寮街有間細舖，門口堆滿舊收音機。七十六歲嘅祥叔十幾歲入行，維修收音機已經五十年。",
                  "佢話而家好少後生仔用收音機，{cap}嚟搵佢嘅大多係長者，有啲部機比佢仲老。",
                  "祥叔話：「啲街坊成日聽住電台瞓覺，部機壞咗佢哋會瞓唔着，我一日做得郁，"
                  "{run}都會幫佢哋整好。」"]},
        {"glued": True, "lines": ["本周電台節目精選"], "title": "本周電台節目精選",
         "body": [("row", "星期四　晚上9時　粵曲夜未眠"),
                  ("row", "星期五　下午3時　長者熱線"),
                  ("row", "星期六　早上7時　街坊早晨"),
                  ("row", "星期日　晚上8時　懷舊金曲"),
                  ("row", "星期一　上午10時　健康講座")]},
    ],
}

XIAOYUAN = {
    "name": "zh_utf16le_bom_crlf_campus_page_student_reporters_shixisheng_tongxunyuan_byline_school_source_line_caption_credit_running_head_midsentence_glued_xiaojizhe_piece_school_source",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沂潭日报 2027-11-26 第8版 校园, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A campus page "
    "written by student reporters: a story on a primary school's vegetable-plot labour class (kicker `校园直击`, title, "
    "byline line `实习生　温　言　通讯员　罗小慧`, the school's name as source on a line of its own `沂潭县实验小学供稿`, a "
    "caption and its credit inside a sentence, a pupil's quotation, the running head in mid-sentence), then, with no "
    "blank line under its last line, a pupil's piece (title, byline line `小记者　邵子涵`, the source line "
    "`沂潭县第二中学供稿`).",
    "date": "2027-11-26", "page": "8",
    "head": ["沂潭日报　2027年11月26日　星期五", "第8版　校园　　编辑：詹　芸"],
    "foot": ["沂潭日报社出版　　校园版投稿：xiaoyuan@yitan.example.cn"],
    "furniture": ["沂潭日报", "2027年11月26日", "星期五", "第8版", "校园", "编辑：詹　芸", "沂潭日报·校园",
                  "沂潭日报社出版", "校园版投稿：xiaoyuan@yitan.example.cn"],
    "run": ["沂潭日报·校园"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["校园直击", "小菜园里上“劳动课”", "实习生　温　言　通讯员　罗小慧", "沂潭县实验小学供稿"],
         "kicker": ["校园直击", None], "title": "小菜园里上“劳动课”",
         "byline": ["实习生　温　言　通讯员　罗小慧", "温　言　罗小慧", "温言罗小慧"],
         "source": ["沂潭县实验小学供稿", "沂潭县实验小学", None],
         "captions": ["学生们在菜园里给青菜浇水。"], "credits": ["罗小慧　摄"],
         "body": ["沂潭县实验小学教学楼后面有一块两亩多的菜地，分给了全校三十个班，每个班一小块。每周四下午，"
                  "学生们都要到这里上一节劳动课。",
                  "五年级二班种的是青菜和萝卜。{cap}从翻土、下种到浇水、拔草，都由学生自己动手。",
                  "“以前不知道青菜要长这么久，现在吃饭再也不剩菜了。”十一岁的章梓萌说，她最盼望的是"
                  "月底{run}收萝卜。"]},
        {"glued": True, "lines": ["我们的校运会", "小记者　邵子涵", "沂潭县第二中学供稿"], "title": "我们的校运会",
         "byline": ["小记者　邵子涵", "邵子涵"], "source": ["沂潭县第二中学供稿", "沂潭县第二中学", None],
         "body": ["上周五，我校举行了第二十届校运会。一千二百多名同学参加了二十六个项目的比赛，初二（3）班"
                  "获得团体总分第一名。",
                  "最让人感动的是男子三千米，最后一名同学摔倒后爬起来，坚持跑完了全程，全场同学都为他鼓掌。"]},
    ],
}

SHUPING = {
    "name": "zh_utf8_bom_lf_malaysia_arts_page_book_review_data_line_first_paragraph_rating_line_wen_byline_caption_credit_running_head_midsentence_glued_tight_head_book_fair_story",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "南峇晨报 2027-11-28 A12 文艺 (Johor, Malaysia; simplified), UTF-8 with BOM, LF; blank-line paragraphs, wrapped "
    "at 22. An arts page: a review of a novel about a rubber-estate childhood (kicker `新书评介`, title, the rating line "
    "`推荐指数：★★★★☆` under it, byline line `文／黄丽珊`, the book's data line `《胶林晨雾》　作者：…　定价：RM38` "
    "as the review's first paragraph, a caption and its credit inside a sentence, the running head in mid-sentence), "
    "then, with no blank line under the review's last line, a story on a book fair whose title sits directly above "
    "its lead.",
    "date": "2027-11-28", "page": "A12",
    "head": ["南峇晨报　2027年11月28日　星期日", "A12　文艺　　责任编辑：温佩仪"],
    "foot": ["南峇晨报有限公司出版　　文艺版电邮：wenyi@nanba.example.my"],
    "furniture": ["南峇晨报", "2027年11月28日", "星期日", "A12", "文艺", "责任编辑：温佩仪", "南峇晨报·文艺",
                  "南峇晨报有限公司出版", "文艺版电邮：wenyi@nanba.example.my"],
    "run": ["南峇晨报·文艺"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新书评介", "在胶林里长大的孩子", "推荐指数：★★★★☆", "文／黄丽珊"],
         "kicker": ["新书评介", None], "title": "在胶林里长大的孩子", "subtitle": ["推荐指数：★★★★☆", None],
         "byline": ["文／黄丽珊", "黄丽珊"],
         "captions": ["《胶林晨雾》书影。"], "credits": ["（出版社提供）"],
         "body": ["《胶林晨雾》　作者：陈国梁　出版社：椰风出版社　定价：RM38",
                  "陈国梁的第一部长篇小说，写的是上世纪七十年代柔佛一座胶园里几户华人家庭的生活。",
                  "书中的孩子天没亮就跟着父母去割胶，{cap}下午才去上学。作者用很平实的文字，写出了胶工家庭的"
                  "辛苦，也写出了孩子们的快乐。",
                  "小说后半部分节奏稍慢，但瑕不掩瑜，推荐给每一位在胶林边长大的读者，以及想了解那个"
                  "{run}年代的年轻人。"]},
        {"glued": True, "lines": ["新山华文书展下月开幕"], "title": "新山华文书展下月开幕", "tight": True,
         "body": ["（新山讯）第十二届新山华文书展将于12月17日至19日举行，共有四十多家出版社参展，主办单位"
                  "预计可吸引三万人次入场。",
                  "书展期间，每天下午都有作者分享会，《胶林晨雾》作者陈国梁也将到场签名。"]},
    ],
}

NAIJA = {
    "name": "pcm_utf8_nobom_lf_nigerian_pidgin_sports_page_derby_match_report_score_line_first_paragraph_byline_dateline_caption_credit_running_head_midsentence_coach_quote_set_apart_glued_results_rows",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Okere Tori (an invented Nigerian Pidgin weekly, Warri) 2027-11-22 Page 14, UTF-8 without BOM (`–`, `“ ”`), LF; "
    "blank-line paragraphs, wrapped at 36 with hyphenation. A sports page: a derby match report (title, byline line "
    "`By Ese Oghenekaro`, the score line `Okere United 2 – 1 Ekpan Rangers` under it as the first paragraph, the "
    "dateline `WARRI –` opening the next, a caption and its credit inside a sentence, the running head in "
    "mid-sentence, the coach's quote set apart between two paragraphs: a pull quote), then, with no blank line under "
    "its last line, the other results under their own head (one paragraph per row, rows aligned by spaces).",
    "date": "2027-11-22", "page": "14",
    "head": ["OKERE TORI | Monday, 22 November 2027 | Page 14", "Sports"],
    "foot": ["Okere Tori | 9 Market Road, Warri | sports@okeretori.example.ng"],
    "furniture": ["OKERE TORI", "Monday, 22 November 2027", "Page 14", "Sports", "Okere Tori | Sports",
                  "Okere Tori", "9 Market Road, Warri", "sports@okeretori.example.ng"],
    "run": ["Okere Tori | Sports"], "labels": [], "markup": [" | ", " | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Okere United don beat Ekpan Rangers", "By Ese Oghenekaro"],
         "title": "Okere United don beat Ekpan Rangers", "byline": ["By Ese Oghenekaro", "Ese Oghenekaro"],
         "captions": ["Efe Omatseye dey celebrate im goal."], "credits": ["Photo: Kelvin Omonigho"],
         "pull_quotes": ["“My boys show say dem get heart. We go carry this form go Sapele.” – Coach Tega Ighomena"],
         "body": [("row", "Okere United 2 – 1 Ekpan Rangers"),
                  "WARRI – Okere United no gree their sup~por~ters cry on Sunday as dem beat Ek~pan Ran~gers 2–1 for the "
                  "derby wey dem play for Okere Town~ship Sta~dium.",
                  "Ran~gers first score for the 20th mi~nute when their stri~ker Onome Ak~po~bi head the ball enter net "
                  "from cor~ner kick. But Okere United hold body, and {cap}Efe Omat~seye equal~ise be~fore half time.",
                  ("end", "“My boys show say dem get heart."),
                  ("more", "We go carry this form go Sapele.”"),
                  ("more", "– Coach Tega Ighomena"),
                  "For the se~cond half, the home team press dem well well. Na for the 78th mi~nute "
                  "sub~sti~tute Blessing Ukpe score the winner, and the whole sta~dium {run}scatter.",
                  "With this win, Okere United don climb go num~ber two for the ta~ble with 19 points."]},
        {"glued": True, "lines": ["Wetin happen for other grounds"], "title": "Wetin happen for other grounds",
         "body": [("row", "Jakpa Stars     0 – 0  Ugbuwangue FC"),
                  ("row", "Effurun Eagles  3 – 1  Ekurede Boys"),
                  ("row", "Sapele Tigers   1 – 2  Udu Progress")]},
    ],
}

GWADLOUP = {
    "name": "gcf_cp1252_crlf_guadeloupean_creole_rural_page_rain_crops_story_pa_byline_caption_credit_running_head_midsentence_glued_market_price_list_header_rows_euro_note",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "La Gazèt Kanpay (an invented Guadeloupean Creole weekly) 2027-11-20 paj 6, Windows-1252 (`è ò é « » € ·`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A rural page: a story on three weeks of rain spoiling "
    "the crops (title, byline line `Pa Josette Calixte`, a caption and its credit inside a sentence, a «» quotation "
    "cut by the running head before its last words, a paragraph on what the chamber of agriculture expects), then, with no blank line under its last line, the week's market "
    "prices (head, a header row, five produce rows aligned by spaces with prices in euros, a note).",
    "date": "2027-11-20", "page": "6",
    "head": ["LA GAZÈT KANPAY · sanmdi 20 novanm 2027 · paj 6", "Lanbitasyon"],
    "foot": ["La Gazèt Kanpay · Lari Schœlcher, Kapestè · redaksyon@gazet.example.gp"],
    "furniture": ["LA GAZÈT KANPAY", "sanmdi 20 novanm 2027", "paj 6", "Lanbitasyon", "La Gazèt Kanpay · paj 6",
                  "La Gazèt Kanpay", "Lari Schœlcher, Kapestè", "redaksyon@gazet.example.gp"],
    "run": ["La Gazèt Kanpay · paj 6"], "labels": [], "markup": [" · ", " · ", " · ", " · ", " · "],
    "articles": [
        {"lines": ["Lapli-la fè pri a légim monté", "Pa Josette Calixte"],
         "title": "Lapli-la fè pri a légim monté", "byline": ["Pa Josette Calixte", "Josette Calixte"],
         "captions": ["Jaden a Ernest Jabrun anba dlo."], "credits": ["Foto: Rony Bélair"],
         "body": ["Dé~pi twa si~menn, la~pli pa sis~pann ton~bé an Bastè é an Ka~pes~tè. Anpil plan~tè pèd on bon "
                  "mò~so a ré~kòlt a yo.",
                  "Sé sil~tou kris~to~fin é to~mat ki sou~fè. Ra~sin a yo pou~ri {cap}an~ba dlo, é fèy a yo vin jòn.",
                  "Ernest Ja~brun, on plan~tè a Ka~pes~tè, ka di: « An pa jan~men vwè sa. An té ké vann kat tòn "
                  "kris~to~fin, jòdi-la an pa menm ni {run}on tòn. »",
                  "Pou Chanm a ag~ri~kil~ti, pri a lé~gim pé~ké bès avan fen dé~sanm, si la~pli pa arè~té."]},
        {"glued": True, "lines": ["Pri a mawché Lapwent"], "title": "Pri a mawché Lapwent",
         "body": [("row", "Pwodui          Pri pou on kilo"),
                  ("row", "Kristofin       3,20 €"),
                  ("row", "Tomat           4,50 €"),
                  ("row", "Bannann jòn     2,10 €"),
                  ("row", "Ziyanm          3,80 €"),
                  ("row", "Jiwomon         2,60 €"),
                  "Sé pri mwa~yen a sanm~di pa~sé. Yo pé chan~jé da~pré ma~chann-la."]},
    ],
}

PLAUTDIETSCH = {
    "name": "pdt_utf16be_bom_lf_plautdietsch_obituary_name_title_life_dates_subtitle_life_story_portrait_caption_credit_running_head_midsentence_glued_begraefnis_funeral_notice",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ruttarewa Bote (an invented Plautdietsch weekly, Steinbach, Manitoba) 2027-11-25 Sied 5, UTF-16 BE with BOM, "
    "LF; blank-line paragraphs, wrapped at 38 with hyphenation. An obituary: the dead man's name as title, his life "
    "dates `1938–2027` under it (subtitle), his life story in four paragraphs with no byline (a portrait caption and "
    "its credit inside a sentence, the running head in mid-sentence), then, with no blank line under its last line, "
    "the funeral notice under the head `Begräfnis` (one paragraph, no byline).",
    "date": "2027-11-25", "page": "5",
    "head": ["RUTTAREWA BOTE / Donnadach, 25. Novemba 2027 / Sied 5", "Truarnohricht"],
    "foot": ["Ruttarewa Bote / Box 418, Steinbach MB / bote@ruttarewa.example.ca"],
    "furniture": ["RUTTAREWA BOTE", "Donnadach, 25. Novemba 2027", "Sied 5", "Truarnohricht", "Ruttarewa Bote / Sied 5",
                  "Ruttarewa Bote", "Box 418, Steinbach MB", "bote@ruttarewa.example.ca"],
    "run": ["Ruttarewa Bote / Sied 5"], "labels": [], "markup": [" / ", " / ", " / ", " / ", " / "],
    "articles": [
        {"lines": ["Hein Thiessen", "1938–2027"], "title": "Hein Thiessen", "subtitle": ["1938–2027", None],
         "captions": ["Hein Thiessen em Somma 2019."], "credits": ["Bilt: Famielje Thiessen"],
         "body": ["Hein Thies~sen wea dän 3. Mai 1938 en Blu~men~ort je~buare, aus de twee~de Sän von Jacob en Maria "
                  "Thiessen. Hee es opp ne Foarm groot~je~worde.",
                  "Em Joa 1961 haft hee Susanna Rempel je~frieet. Dee hau~den sä~wen Kjinja, {cap}twin~tich "
                  "Groot~kjinja en fief Uagroot~kjinja.",
                  "Fief en drettich Joa haft hee en Steinbach ne Wiakj~städ fa Foarm~ma~schienen jehaut. Hee "
                  "wia uk lange Joa Foa~sin~ja em Kjoakje~koa. Sien Läwe wia Oabeit, Famielje en {run}Gloowe.",
                  "Hee es dän 19. Novemba 2027 stelle em Kran~kje~hus en Steinbach je~storwe."]},
        {"glued": True, "lines": ["Begräfnis"], "title": "Begräfnis",
         "body": ["De Begräfnis es Sinnowent, dän 27. Novemba, Klock 2 nomeddach en de Blumen~orta Kjoakj. "
                  "Besuak es väa dem Gottesdeenst von Klock 1 aun."]},
    ],
}

FJORD = {
    "name": "nn_macroman_cr_nynorsk_travel_page_lake_cycling_story_tekst_byline_dateline_caption_credit_running_head_midsentence_dash_quote_glued_godt_aa_vite_tips_box_bullet_rows",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Fjordingen (an invented Nynorsk weekly, Sunnfjord) 2027-11-27 side 18, Mac OS Roman (`æ ø å Å ê é – •`), "
    "CR line ends; blank-line paragraphs, wrapped at 36 with hyphenation. A travel page: a story on cycling round "
    "Jølstravatnet (title, byline line `Tekst: Solveig Årdal`, the dateline `SKEI –` opening the lead, a caption and "
    "its credit inside a sentence, the running head in mid-sentence, a quotation opened by a dash), then, with no "
    "blank line under its last line, a tips sidebar under the head `Godt å vite` (four bullet rows, one paragraph "
    "each, the bullet kept).",
    "date": "2027-11-27", "page": "18",
    "head": ["FJORDINGEN • laurdag 27. november 2027 • side 18", "Reiseliv"],
    "foot": ["Fjordingen • Postboks 72, Førde • reise@fjordingen.example.no"],
    "furniture": ["FJORDINGEN", "laurdag 27. november 2027", "side 18", "Reiseliv", "Fjordingen • side 18",
                  "Fjordingen", "Postboks 72, Førde", "reise@fjordingen.example.no"],
    "run": ["Fjordingen • side 18"], "labels": [], "markup": [" • ", " • ", " • ", " • ", " • "],
    "articles": [
        {"lines": ["Rundt Jølstravatnet på to hjul", "Tekst: Solveig Årdal"],
         "title": "Rundt Jølstravatnet på to hjul", "byline": ["Tekst: Solveig Årdal", "Solveig Årdal"],
         "captions": ["Jølstravatnet sett frå Vassenden."], "credits": ["Foto: Eirik Hjelmeland"],
         "body": ["SKEI – Vegen rundt Jøls~tra~vat~net er berre seks mil lang, men det tek gjerne ein heil dag å "
                  "sykle han. Det er nemleg mykje å stoppe for.",
                  "Frå Skei følgjer vi den gamle riks~vegen vest~over. Her er det lite tra~fikk, og {cap}"
                  "utsikta mot breen kjem og går mellom bjørke~trea.",
                  "Ved Vassenden et vi lunsj på ein liten kafé ved vatnet, før vi syklar at~tende langs "
                  "sør~sida, der vegen går tett i {run}strand~kanten.",
                  "– Dei fleste som kjem hit éin gong, kjem at~ten~de, seier kafé~vert~inne Randi Sunde."]},
        {"glued": True, "lines": ["Godt å vite"], "title": "Godt å vite",
         "body": [("row", "• Sykkelutleige på Skei: 350 kr/dag."),
                  ("row", "• Rundturen er om lag 60 km."),
                  ("row", "• Sesongen er frå mai til september."),
                  ("row", "• Ta med regnkle: vêret skiftar.")]},
    ],
}

PAGES = [GUSHI, JINGZHUI, FUKAN, DIANTAI, XIAOYUAN, SHUPING, NAIJA, GWADLOUP, PLAUTDIETSCH, FJORD]
