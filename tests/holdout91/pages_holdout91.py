"""The text of every holdout91 page, written once: make_holdout91_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a list
or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold;
`("more", line)` the same with no blank line before it (the jump lines). `{cap}` drops the caption and its credit into a
paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end. All papers, agencies,
people, bridges, routes, rules, figures and events are invented; real places and public bodies named as what they are
are settings only.
"""

SHENGYIN = {
    "name": "zh_gbk_crlf_national_page_highway_chargers_story_tight_head_benbao_beijing_dian_chart_caption_credit_running_head_midsentence_glued_gefang_shengyin_quote_box_quote_and_dash_attribution_rows",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汀桥日报 2028-09-05 第4版 国内, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A national "
    "news page: a story on chargers at motorway service areas, its title directly above its `本报北京9月4日电（记者　"
    "柴　屹）` lead (a chart's caption and its credit `本报制图` inside a sentence, the running head in mid-sentence), "
    "then, with no blank line under its last line, the quote box `各方声音`: three one-line quotations in “”, each "
    "followed by its attribution line opened by `——`; the box is an article, its head the title, each printed line a "
    "paragraph.",
    "date": "2028-09-05", "page": "4",
    "head": ["汀桥日报　　2028年9月5日　星期二", "第4版　国内　　责任编辑：苗　蔚"],
    "foot": ["汀桥日报社出版　　要闻部热线：0736-4418820"],
    "furniture": ["汀桥日报", "2028年9月5日", "星期二", "第4版", "国内", "责任编辑：苗　蔚", "汀桥日报·国内",
                  "汀桥日报社出版", "要闻部热线：0736-4418820"],
    "run": ["汀桥日报·国内"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["高速服务区九成建起充电桩"], "title": "高速服务区九成建起充电桩", "tight": True,
         "byline": [None, "记者　柴　屹", "柴　屹", "柴屹"],
         "captions": ["近五年高速公路服务区充电桩数量（单位：万个）。"], "credits": ["本报制图　柴　屹"],
         "body": ["本报北京9月4日电（记者　柴　屹）记者从有关部门获悉，截至8月底，全国高速公路服务区已建成充电桩"
                  "4.2万个，九成以上的服务区可以充电。今年中秋和国庆假期，预计电动汽车上高速的人次将比去年多三成。",
                  "有关负责人说，{cap}今年新建的充电桩大多是大功率快充，一辆车充到八成电量平均只要二十五分钟。",
                  "不过，节假日排队的问题仍然存在。这位负责人提醒，出行前可在手机上查看服务区空闲的桩数，错峰"
                  "{run}充电。"]},
        {"glued": True, "lines": ["各方声音"], "title": "各方声音",
         "body": [("row", "“去年排队一个多小时，今年只等了十分钟。”"),
                  ("row", "——网约车司机　蒋　丰"),
                  ("row", "“快充桩多了，跑长途心里更有底了。”"),
                  ("row", "——自驾游客　邬小蕾"),
                  ("row", "“节假日高峰还要靠提前规划、错峰出行。”"),
                  ("row", "——服务区站长　殳　锐")]},
    ],
}

XIAYIBU = {
    "name": "zh_gb18030_lf_international_page_lake_fishing_pact_wire_story_map_caption_rare_char_credit_running_head_midsentence_zonghe_waidian_source_line_glued_xiayibu_what_happens_next_box_date_and_step_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "霞洲日报 2028-09-14 第6版 国际, GB18030 (`\U0002cb5a` U+2CB5A in the map-maker's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. An international page: a story put together from wire reports (title, no "
    "byline; a map's caption `图为…示意图。` and its credit `（制图：庹　\U0002cb5a）` inside a sentence, the running head "
    "in mid-sentence), closed by the line `（综合外电）` (the source, as tests/gold's `来源：` lines), then, with no blank "
    "line under that line, the what-happens-next box `下一步`: four rows `date　step`; the box is an article, its head "
    "the title, each printed line a paragraph.",
    "date": "2028-09-14", "page": "6",
    "head": ["霞洲日报　　2028年9月14日　星期四", "第6版　国际　　责任编辑：蔺　桐"],
    "foot": ["霞洲日报社　　国际新闻部：0577-3360912"],
    "furniture": ["霞洲日报", "2028年9月14日", "星期四", "第6版", "国际", "责任编辑：蔺　桐", "霞洲日报·国际",
                  "霞洲日报社", "国际新闻部：0577-3360912"],
    "run": ["霞洲日报·国际"], "labels": [], "markup": ["（）"],
    "articles": [
        {"lines": ["环维多利亚湖三国商定每年休渔三个月"], "title": "环维多利亚湖三国商定每年休渔三个月",
         "source": ["综合外电", "（综合外电）", None],
         "captions": ["图为维多利亚湖休渔水域示意图。"], "credits": ["（制图：庹　\U0002cb5a）"],
         "body": ["据外电报道，维多利亚湖沿岸三国的渔业部长13日在肯尼亚基苏木签署公约，商定今后每年4月至6月在湖区"
                  "部分水域休渔，保护数量正在减少的尼罗尖吻鲈。",
                  "按照公约，三国将联合巡逻休渔水域，{cap}并在沿岸设立十二个鱼苗放流点。",
                  "公约秘书处负责人说，湖区有数百万人靠捕鱼为生，休渔期间三国将向渔民发放补贴。一些渔民担心补贴不够，"
                  "希望三国尽快公布{run}细则。",
                  ("end", "（综合外电）")]},
        {"glued": True, "lines": ["下一步"], "title": "下一步",
         "body": [("row", "10月　三国议会审议公约"),
                  ("row", "12月　公布补贴标准和巡逻方案"),
                  ("row", "2029年4月1日　第一个休渔期开始"),
                  ("row", "2029年7月　评估休渔效果")]},
    ],
}

DASHIJI = {
    "name": "zht_big5_crlf_taiwan_national_page_coastal_greenway_completed_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_dashiji_timeline_box_month_and_event_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "柘溪日報 2028-10-03 A4 要聞 (`中華民國117年10月3日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A Taiwan "
    "national news page: a coastal greenway finished after four years, its title directly above the "
    "`【記者溫采蓁／台北報導】` lead (a caption and its credit inside a sentence, a 「」 quotation cut by the running "
    "head), then, with no blank line, the timeline `大事記`: four rows `year and month　event`, one step a line; the box "
    "is an article, its head the title, each printed line a paragraph.",
    "date": "2028-10-03", "page": "A4",
    "head": ["柘溪日報　中華民國117年10月3日　星期二", "A4　要聞　　編輯：邱品妤"],
    "foot": ["柘溪日報社　讀者服務專線：(02)2731-5508"],
    "furniture": ["柘溪日報", "中華民國117年10月3日", "星期二", "A4", "要聞", "編輯：邱品妤", "柘溪日報．要聞",
                  "柘溪日報社", "讀者服務專線：(02)2731-5508"],
    "run": ["柘溪日報．要聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["西部濱海綠道全線完工　四百六十公里騎到底"], "title": "西部濱海綠道全線完工　四百六十公里騎到底",
         "tight": True, "byline": [None, "記者溫采蓁", "溫采蓁"],
         "captions": ["自行車騎士在綠道彰化段騎乘。"], "credits": ["（記者溫采蓁攝）"],
         "body": ["【記者溫采蓁／台北報導】交通部昨（2）日宣布，歷時四年的西部濱海綠道工程全線完工，從桃園到屏東"
                  "全長四百六十公里，沿線設置三十二處休息站。",
                  "交通部官員表示，{cap}綠道全段與汽車道分隔，適合全家騎乘；部分路段仍在補種防風林，預計年底前完成。",
                  "不少車友已經迫不及待。一位從台中騎到嘉義的車友說：「以前騎濱海公路要跟砂石車搶道，現在終於"
                  "可以安心{run}騎了。」"]},
        {"glued": True, "lines": ["大事記"], "title": "大事記",
         "body": [("row", "2024年5月　行政院核定綠道計畫"),
                  ("row", "2025年3月　桃園、新竹段動工"),
                  ("row", "2027年8月　中部四縣市路段通車"),
                  ("row", "2028年10月　全線完工")]},
    ],
}

WENDA = {
    "name": "zht_big5hkscs_lf_hong_kong_news_page_market_stalls_e_payment_jump_story_jump_head_jie_a1_line_midsentence_cantonese_caption_credit_running_head_midsentence_glued_xinli_wenda_qa_explainer_box_wen_da_turns",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澄灣日報 2028-10-19 A3 港聞, Big5-HKSCS (`嘅 喺 咗 啲 嘢`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong news page: the rest of a front-page story on market stalls having to take "
    "electronic payment, under its own jump head and the jump line `（接A1）` (furniture), its text opening in "
    "mid-sentence (a caption and its credit inside a Cantonese 「」 quotation, the running head in mid-sentence), then, "
    "with no blank line, the Q&A explainer box `新例問答`: two `問：` / `答：` pairs, each turn a paragraph with its "
    "label kept; no byline.",
    "date": "2028-10-19", "page": "A3",
    "head": ["澄灣日報　2028年10月19日　星期四", "A3　港聞　　編輯：陸家俊"],
    "foot": ["澄灣日報社　　新聞熱線：2893 4417"],
    "furniture": ["澄灣日報", "2028年10月19日", "星期四", "A3", "港聞", "編輯：陸家俊", "（接A1）", "澄灣日報．港聞",
                  "澄灣日報社", "新聞熱線：2893 4417"],
    "run": ["澄灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["街市攤檔明年起要收電子錢"], "title": "街市攤檔明年起要收電子錢",
         "captions": ["檔主向客人展示收款二維碼。"], "credits": ["（記者伍凱琳攝）"],
         "body": [("more", "（接A1）"),
                  "收銀機嘅攤檔，都要提供最少一種電子支付方法。署方發言人話，去年喺三個街市試行，而家已經有九成"
                  "攤檔可以用手機俾錢。",
                  "喺紅磡街市賣菜三十年嘅容婆婆話，一開始唔識用，「後生幫我整好咗，{cap}其實好方便，唔使成日"
                  "搵散紙」。",
                  "不過有檔主擔心手續費，希望政府資助多啲。署方表示會研究，下個月會公布{run}細節。"]},
        {"glued": True, "lines": ["新例問答"], "title": "新例問答",
         "body": ["問：邊啲攤檔要跟新例？",
                  "答：全港公眾街市有收銀機嘅攤檔都要，流動小販暫時唔使。",
                  "問：唔跟會點？",
                  "答：第一次會收到書面警告，之後再犯最高可以罰款二千元。"]},
    ],
}

SULAN = {
    "name": "zh_utf16le_bom_crlf_world_page_research_ship_tepai_jizhe_byline_benbao_kaipudun_dian_caption_credit_running_head_midsentence_glued_huanqiu_sulan_world_briefs_column_heads_over_leads_ju_waidian_inside",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "栎阳日报 2028-11-08 第5版 世界, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A world news "
    "page: a special correspondent's story from Cape Town (title, byline line `本报特派记者　郁　帆`, the lead opened "
    "`本报开普敦11月7日电`, a caption and its credit inside a sentence, the running head in mid-sentence), then, with no "
    "blank line, the world-briefs column `环球速览`: three items, each a head set directly above its one paragraph, "
    "which ends with `（据外电）` inside the text (holdout39's rule: it stays); each item an article, the label the first "
    "item's section.",
    "date": "2028-11-08", "page": "5",
    "head": ["栎阳日报　2028年11月8日　星期三", "第5版　世界　　责任编辑：鄢　琳"],
    "foot": ["栎阳日报社出版　　国际部：0917-8826453"],
    "furniture": ["栎阳日报", "2028年11月8日", "星期三", "第5版", "世界", "责任编辑：鄢　琳", "栎阳日报·世界",
                  "栎阳日报社出版", "国际部：0917-8826453"],
    "run": ["栎阳日报·世界"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["“海燕号”科考船抵达开普敦", "本报特派记者　郁　帆"], "title": "“海燕号”科考船抵达开普敦",
         "byline": ["本报特派记者　郁　帆", "郁　帆", "郁帆"],
         "captions": ["“海燕号”停靠在开普敦港。"], "credits": ["本报特派记者　郁　帆　摄"],
         "body": ["本报开普敦11月7日电　经过二十三天航行，“海燕号”科考船今天上午停靠开普敦港，补给淡水和食品后将驶向"
                  "南大洋。船上四十六名科考队员来自九所大学和研究所。",
                  "首席科学家倪思远说，{cap}这次航行要在南大洋布放十二套浮标，记录海水温度和盐度的变化。",
                  "队员们在港口只停留两天。倪思远说，接下来的一个月是这次航行最忙的{run}时候。"]},
        {"glued": True, "lines": ["环球速览", "秘鲁古城遗址发现彩色壁画"], "tight": True,
         "section": ["环球速览", None], "kicker": [None, "环球速览"], "title": "秘鲁古城遗址发现彩色壁画",
         "source": [None, "外电"],
         "body": ["秘鲁考古人员日前在北部一处古城遗址发现一幅长约九米的彩色壁画，距今约一千年。（据外电）"]},
        {"lines": ["北海道特快列车为鹿群停车"], "tight": True, "section": [None, "环球速览"],
         "kicker": [None, "环球速览"], "title": "北海道特快列车为鹿群停车", "source": [None, "外电"],
         "body": ["日本北海道一列特快列车6日晚在山区遇到鹿群，被迫停车，延误约两小时，无人受伤。（据外电）"]},
        {"lines": ["挪威港口启用两艘电动渡轮"], "tight": True, "section": [None, "环球速览"],
         "kicker": [None, "环球速览"], "title": "挪威港口启用两艘电动渡轮", "source": [None, "外电"],
         "body": ["挪威西部一座港口7日启用两艘电动渡轮，每艘可载客三百人，充一次电可往返四趟。（据外电）"]},
    ],
}

YAODIAN = {
    "name": "zh_utf8_nobom_lf_singapore_national_page_night_bus_trial_story_byline_xinjiapo_xun_caption_credit_running_head_midsentence_glued_xincuoshi_yaodian_key_facts_box_bullet_label_colon_rows",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "狮滨早报 (an invented Singapore Chinese daily) 2028-11-23 A5 本地, UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Singapore national news page: a night-bus trial for six housing estates (title, "
    "byline line `本报记者　陈颖慧`, the lead opened by `（新加坡讯）`, a caption and its credit `（档案照片）` inside a "
    "sentence, a nurse's “” quotation cut by the running head), then, with no blank line, the key-facts box "
    "`新措施要点`: four rows `●　label：fact`; the box is an article, its head the title, each printed line a paragraph "
    "(the bullet kept, as printed).",
    "date": "2028-11-23", "page": "A5",
    "head": ["狮滨早报　2028年11月23日　星期四", "A5　本地　　编辑：邱　雯"],
    "foot": ["狮滨早报社　　新闻热线：6319 2270"],
    "furniture": ["狮滨早报", "2028年11月23日", "星期四", "A5", "本地", "编辑：邱　雯", "狮滨早报·本地", "狮滨早报社",
                  "新闻热线：6319 2270"],
    "run": ["狮滨早报·本地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["六个组屋区明年试行夜间巴士", "本报记者　陈颖慧"], "title": "六个组屋区明年试行夜间巴士",
         "byline": ["本报记者　陈颖慧", "陈颖慧"],
         "captions": ["夜班员工在地铁站外等候巴士。"], "credits": ["（档案照片）"],
         "body": ["（新加坡讯）陆路交通管理局昨天宣布，明年3月起在六个组屋区试行夜间巴士，每晚11时30分至次日凌晨2时"
                  "行驶，方便夜班员工回家。",
                  "当局说，{cap}六条路线将连接地铁站、医院和工业区，车资与白天相同。",
                  "在医院当护士的林小姐说：“以前下夜班只能搭德士，一个月车费要好几百元，现在可以省{run}不少。”"]},
        {"glued": True, "lines": ["新措施要点"], "title": "新措施要点",
         "body": [("row", "●　试行日期：2029年3月1日起"),
                  ("row", "●　行驶时间：晚上11时30分至凌晨2时"),
                  ("row", "●　路线：六条，每20分钟一班"),
                  ("row", "●　车资：与日间巴士相同")]},
    ],
}

WOLNYUS = {
    "name": "wes_utf16be_bom_lf_cameroonian_pidgin_world_page_lake_chad_wire_story_agency_dateline_map_caption_graphic_credit_running_head_midsentence_glued_small_small_nyus_world_briefs_heads_over_agency_datelines",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kamtok Daily (an invented Cameroonian Pidgin daily, Bamenda) 2028-12-04 Pej 6 Oda Kontri, UTF-16 BE with BOM "
    "(`– ’`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Cameroonian Pidgin world page: a wire story "
    "on Lake Chad, its title over a lead opened by the dateline `N’DJAMENA (Afrinyus) –` (the agency invented; source "
    "none, the agency accepted), a map's caption `Map: …` and its credit `Graphic: Afrinyus` inside a sentence, the "
    "running head in mid-sentence; then, with no blank line, the world-briefs column `Small Small Nyus`: three items, "
    "each a head set directly above its one paragraph opened by a capital dateline with the agency; each item an "
    "article, the label the first item's section.",
    "date": "2028-12-04", "page": "6",
    "head": ["KAMTOK DAILY – Mondey, 4 Disemba 2028 – Pej 6", "Oda Kontri"],
    "foot": ["Kamtok Daily – nyus@kamtokdaily.example.cm"],
    "furniture": ["KAMTOK DAILY", "Mondey, 4 Disemba 2028", "Pej 6", "Oda Kontri", "Kamtok Daily – Oda Kontri",
                  "Kamtok Daily", "nyus@kamtokdaily.example.cm"],
    "run": ["Kamtok Daily – Oda Kontri"], "labels": [], "markup": [" – "] * 3,
    "articles": [
        {"lines": ["Lake Chad wata don kam bak smol"], "title": "Lake Chad wata don kam bak smol",
         "source": [None, "Afrinyus"],
         "captions": ["Map: Lake Chad an di fo kontri dem."], "credits": ["Graphic: Afrinyus"],
         "body": ["N’DJAMENA (Afrinyus) – Di wata fo Lake Chad don kam op dis yia pas ol di yia dem weh dem don "
                  "kawnt sins 2010, na so di pipul weh di wok fo di lek don tok fo Satde.",
                  "Dem se ren bin plen~ti fo Julai an Ogos, {cap}an di riva dem weh di enta fo di lek, laik Chari an "
                  "Logone, bin ful op.",
                  "Fi~sha~man dem fo Bol se dem di kech mo fish. But di eks~pet dem warn se wan gud yia no fit chenj "
                  "ol ting, an se di fo kon~tri dem go nid fo wok {run}togeda."]},
        {"glued": True, "lines": ["Small Small Nyus", "Nyu haspita opin fo Tamale"], "tight": True,
         "section": ["Small Small Nyus", None], "kicker": [None, "Small Small Nyus"],
         "title": "Nyu haspita opin fo Tamale", "source": [None, "Afrinyus"],
         "body": ["TAMALE (Afrinyus) – Wan big nyu has~pi~ta weh e get 300 bed don opin fo Tamale fo Fraide, di big~gest "
                  "wan fo di nort."]},
        {"lines": ["Tren fo Dakar don rich Thiès"], "tight": True, "section": [None, "Small Small Nyus"],
         "kicker": [None, "Small Small Nyus"], "title": "Tren fo Dakar don rich Thiès", "source": [None, "Afrinyus"],
         "body": ["DAKAR (Afrinyus) – Di nyu tren fro Dakar don staht fo go rich Thiès evri aua, di tren kom~pa~ni "
                  "tok fo Sonde."]},
        {"lines": ["Kenya ti farma dem sel mo"], "tight": True, "section": [None, "Small Small Nyus"],
         "kicker": [None, "Small Small Nyus"], "title": "Kenya ti farma dem sel mo", "source": [None, "Afrinyus"],
         "body": ["NAIROBI (Afrinyus) – Ti farma dem fo Kenya don sel 12 pesent mo ti fo No~vem~ba pas fo las yia, "
                  "di ti bod se."]},
    ],
}

TIMELINE = {
    "name": "gyn_cp1252_crlf_guyanese_creole_national_page_canje_bridge_opens_story_byline_dateline_caption_credit_running_head_midsentence_glued_how_we_reach_hey_timeline_box_year_month_event_rows_aligned_by_spaces",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "De Berbice Bugle (an invented Guyanese daily, New Amsterdam) 2028-12-12 Page 3 Home News, Windows-1252 "
    "(`“ ” ’ – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Guyanese Creole (Creolese) "
    "national news page: a bridge opening (title, byline line `Story by Shondel Fraser`, the dateline `NEW AMSTERDAM –` "
    "opening the lead, a caption and its credit inside a sentence, a “” quotation cut by the running head), then, "
    "with no blank line, the timeline box `How we reach hey`: five rows `year month  event` aligned by runs of spaces; "
    "the box is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2028-12-12", "page": "3",
    "head": ["DE BERBICE BUGLE · Tuesday, 12 December 2028 · Page 3", "Home News"],
    "foot": ["De Berbice Bugle · newsroom@berbicebugle.example.gy"],
    "furniture": ["DE BERBICE BUGLE", "Tuesday, 12 December 2028", "Page 3", "Home News", "De Berbice Bugle · Home News",
                  "De Berbice Bugle", "newsroom@berbicebugle.example.gy"],
    "run": ["De Berbice Bugle · Home News"], "labels": [], "markup": [" · "] * 3,
    "articles": [
        {"lines": ["New bridge ova Canje finally open", "Story by Shondel Fraser"],
         "title": "New bridge ova Canje finally open", "byline": ["Story by Shondel Fraser", "Shondel Fraser"],
         "captions": ["De new Canje bridge, lookin east."], "credits": ["Photo: Kevin Sookram"],
         "body": ["NEW AMSTERDAM – After nine year ah waitin, de new bridge ova de Canje River open fuh traf~fic "
                  "yes~ti~day morn~in, an hun~dreds ah people come out fuh walk ’cross it fuh de first time.",
                  "De ole bridge bin so weak dat big truck couldn’ cross, {cap}so de farmer dem from up de river "
                  "had to tek dem rice round by ferry.",
                  "“Me nah believe it till me see it,” seh Mavis Jai~ka~ran, who does sell fruit by de bridge foot fuh "
                  "thirty year. “Now me grand~chil~dren could go school wid~out wait~in pun de {run}ferry.”"]},
        {"glued": True, "lines": ["How we reach hey"], "title": "How we reach hey",
         "body": [("row", "2019 Sep   Govament promise new bridge"),
                  ("row", "2022 Mar   Work start pun east side"),
                  ("row", "2024 Jul   Flood wash way scaffold"),
                  ("row", "2026 Nov   Last span put een place"),
                  ("row", "2028 Dec   Bridge open fuh traffic")]},
    ],
}

PREGUNTA = {
    "name": "pln_latin1_lf_palenquero_national_page_schools_to_teach_palenquero_wire_story_agency_dateline_caption_credit_running_head_midsentence_glued_ma_pregunta_qa_explainer_bare_question_lines_no_labels",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ma Notisia ri Palenge (an invented Palenquero paper, San Basilio de Palenque) 2029-01-16 Pajina 4 Nasioná, "
    "ISO 8859-1 (`á é í ó ú ñ ¿ « »`; a hyphen for the dash Latin-1 lacks), LF; blank-line paragraphs, wrapped at 37 "
    "with hyphenation. A Palenquero national news page: a wire story on Cartagena's schools teaching the language, "
    "its title over a lead opened by the dateline `BOGOTÁ (Agencia Kumbé) -` (the agency invented; source none, the "
    "agency accepted; a caption and its credit inside a sentence, a «» quotation cut by the running head), then, with "
    "no blank line, the Q&A explainer `Ma pregunta`: two questions printed bare in ¿?, each a paragraph, each followed "
    "by its answer paragraph (no `P:`/`R:` labels to keep).",
    "date": "2029-01-16", "page": "4",
    "head": ["MA NOTISIA RI PALENGE | Malte, 16 ri enero 2029 | Pajina 4", "Nasioná"],
    "foot": ["Ma Notisia ri Palenge | notisia@palenge.example.co"],
    "furniture": ["MA NOTISIA RI PALENGE", "Malte, 16 ri enero 2029", "Pajina 4", "Nasioná", "Ma Notisia ri Palenge | Nasioná",
                  "Ma Notisia ri Palenge", "notisia@palenge.example.co"],
    "run": ["Ma Notisia ri Palenge | Nasioná"], "labels": [], "markup": [" | "] * 3,
    "articles": [
        {"lines": ["Ma eskuela ri Katagena tan siñá", "lengua ri Palenge"],
         "title": "Ma eskuela ri Katagena tan siñá lengua ri Palenge", "source": [None, "Agencia Kumbé"],
         "captions": ["Un maestra ku ma moná ri Palenge."], "credits": ["Foto: Agencia Kumbé"],
         "body": ["BOGOTÁ (Agencia Kumbé) - Ma eskuela públika ri Ka~ta~ge~na tan asé klase ri lengua ri Palenge a "
                  "pati ri fe~bre~ro, mi~nis~te~rio ri e~du~ka~sió a chitiá ayé.",
                  "Asina mi~nis~te~rio, trenta es~kue~la tan tené un maestro ri Palenge, {cap}i ma moná tan ten ndo ora ri "
                  "lengua a semana.",
                  "«Ma moná ri suto asé ablá lengua akí kasa, ma ri eskuela nu», a chitiá maes~tra Yolanda Salgado, "
                  "ri San Ba~si~lio. «Agué ané tan po~ré ablá ri ndi suto a {run}miní.»"]},
        {"glued": True, "lines": ["Ma pregunta"], "title": "Ma pregunta",
         "body": ["¿Andi ma klase tan sé?",
                  "Ané tan sé andi ma es~kue~la pú~bli~ka ri Ka~ta~ge~na i ri Tur~ba~ko, ku ndo ora a semana.",
                  "¿Ma pai tan ten ke pagá?",
                  "Nu. Ma klase tan sé ri grati, mi~nis~te~rio tan pagá ma maes~tro ri ma es~kue~la."]},
    ],
}

TASHIH = {
    "name": "pga_macroman_cr_juba_arabic_national_page_new_bridge_jump_story_jump_head_min_safa_1_line_midsentence_lowercase_caption_credit_running_head_midsentence_glued_tashih_correction_one_paragraph",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Sot el Nas (an invented Juba Arabic daily, Juba) 2029-01-25 Safa 3 Akbar Bele, Mac OS Roman (only the "
    "dashes `–` beyond ASCII), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Juba Arabic "
    "national news page: the rest of a front-page story on a new bridge, under its own jump head and the jump line "
    "`(Min safa 1)` (furniture), its text opening in mid-sentence in lower case (a caption and its credit inside a "
    "sentence, the running head in mid-sentence), then, with no blank line, the paper's correction under the head "
    "`Tashih`: one paragraph, no byline.",
    "date": "2029-01-25", "page": "3",
    "head": ["SOT EL NAS – Yom Kamis, 25 Janayir 2029 – Safa 3", "Akbar Bele"],
    "foot": ["Sot el Nas – akbar@sotelnas.example.ss"],
    "furniture": ["SOT EL NAS", "Yom Kamis, 25 Janayir 2029", "Safa 3", "Akbar Bele", "(Min safa 1)",
                  "Sot el Nas – Akbar Bele", "Sot el Nas", "akbar@sotelnas.example.ss"],
    "run": ["Sot el Nas – Akbar Bele"], "labels": [], "markup": [" – "] * 3,
    "articles": [
        {"lines": ["Kubri jedid bi kalas fi shahar sita"], "title": "Kubri jedid bi kalas fi shahar sita",
         "captions": ["Shogola fi kubri jedid, yom Arba."], "credits": ["Sura: Deng Lado"],
         "body": [("more", "(Min safa 1)"),
                  "fi shahar sita, wazir tai turug gal yom Arba. Uo gal kubri de tawil miya arba mitir, wa "
                  "lori kabir bi asuru fogo bala mush~kila.",
                  "Nas tai suk Konyo Konyo gal {cap}kubri de bi sahil sho~gol to~mon, ashan nas ma bi agod wokit "
                  "tawil fi turug.",
                  "Lakin bad nas gal gurus tai kubri ka~bir marra, wa huku~ma lazim kalam ma nas kulu fogo gurus "
                  "{run}de."]},
        {"glued": True, "lines": ["Tashih"], "title": "Tashih",
         "body": ["Fi ji~ri~dat tai yom Talata, ina katib gal mus~tash~fa jedid fi Yei indu miya sarir. Lakin uo indu "
                  "sitin sarir bes. Ina asif."]},
    ],
}

PAGES = [SHENGYIN, XIAYIBU, DASHIJI, WENDA, SULAN, YAODIAN, WOLNYUS, TIMELINE, PREGUNTA, TASHIH]
