"""The text of every holdout75 page, written once: make_holdout75_pages.py prints it and writes the gold.

The page format is holdout73's (see pages_holdout73.py), unchanged: `"glued": True` on an article prints its first line
straight under the previous article's last line, with no blank line; `"tight": True` sets the title directly above the
lead. `("row", line)` prints a line of a table, a list or a schedule (one gold paragraph per printed line, no blank line
between rows); `("h", line)` prints a heading inside an article (gold `headings`); `("end", line)` prints a line that
is no paragraph of the gold (a signing issuer, whose gold reading is the article's byline). `{cap}` drops the caption
and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end.
All papers, people, offices, stations, registration points, flea markets, dip tanks, beaches and events are invented.
"""

QIMING = {
    "name": "zh_gbk_crlf_qiming_newborn_names_benbaoxun_story_tight_head_caption_credit_running_head_midsentence_glued_top_five_names_table_rank_boy_girl_header_row_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岷台日报 2027-01-20 第3版 社会, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A society "
    "page: a 本报讯 story on the names given to last year's newborns (title directly above the lead with no blank line, "
    "the reporter inside the lead's brackets, a caption and its credit inside a sentence, the running head in "
    "mid-sentence), then, with no blank line after the story's last line, a table `2026年全市新生儿常用名前五` (header "
    "row `排名　男孩　女孩`, five rows, a note row).",
    "date": "2027-01-20", "page": "3",
    "head": ["岷台日报　2027年1月20日　星期三", "第3版　社会　　责任编辑：仇　雁"],
    "foot": ["岷台日报社出版　　新闻热线：0391-6625800"],
    "furniture": ["岷台日报", "2027年1月20日", "星期三", "第3版", "社会", "责任编辑：仇　雁", "岷台日报·社会",
                  "岷台日报社出版", "新闻热线：0391-6625800"],
    "run": ["岷台日报·社会"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["去年新生儿起名　男孩最爱叫“梓睿”"], "title": "去年新生儿起名　男孩最爱叫“梓睿”", "tight": True,
         "byline": [None, "记者　池　晓", "池　晓", "池晓"],
         "captions": ["民警为新生儿家长办理户口登记。"], "credits": ["本报记者　池　晓　摄"],
         "body": ["本报讯（记者　池　晓）记者昨日从市公安局获悉，2026年全市共登记新生儿11326人，比上年减少约6%。"
                  "男孩名字中“梓睿”用得最多，女孩名字中“若汐”排在首位。",
                  "户籍窗口的民警说，近几年家长起名越来越讲究，{cap}四个字的名字和生僻字明显多了起来。",
                  "民警提醒，名字里用了生僻字，今后办理银行卡、买车票时可能遇到系统无法录入的情况，起名时{run}最好多考虑一下。"]},
        {"glued": True, "lines": ["2026年全市新生儿常用名前五"], "title": "2026年全市新生儿常用名前五",
         "body": [("row", "排名　　男孩　　女孩"),
                  ("row", "1　　　梓睿　　若汐"),
                  ("row", "2　　　沐辰　　一诺"),
                  ("row", "3　　　浩宇　　欣怡"),
                  ("row", "4　　　宇轩　　语桐"),
                  ("row", "5　　　子墨　　梓涵"),
                  ("row", "注：数据来源于市公安局户籍登记。")]},
    ],
}

TINGZHENG = {
    "name": "zh_gb18030_lf_tingzheng_water_price_hearing_notice_numbered_items_issuer_byline_date_row_beside_feature_kicker_rare_char_name_caption_credit_running_head_midsentence",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "溱川晚报 2027-04-21 第4版 民声, GB18030 (`𬀩` U+2C029 in a resident's name, not in GBK), LF; indent-only "
    "paragraphs, wrapped at 21. A public-affairs page: a feature on a planned water-price rise (kicker `聚焦水价`, title, "
    "byline line, a caption and its credit inside a quotation, the running head in mid-sentence), then a hearing notice "
    "`关于召开城区居民用水价格调整听证会的公告` (an intro paragraph, four numbered items `一、…`–`四、…` each one paragraph, "
    "a contact row, the issuer on a line of its own as the byline, the date row).",
    "date": "2027-04-21", "page": "4",
    "head": ["溱川晚报　第4版　民声", "2027年4月21日　星期三　　编辑：诸葛兰"],
    "foot": ["溱川晚报社　　读者热线：0717-2283300"],
    "furniture": ["溱川晚报", "第4版", "民声", "2027年4月21日", "星期三", "编辑：诸葛兰", "溱川晚报社",
                  "读者热线：0717-2283300", "溱川晚报·民声"],
    "run": ["溱川晚报·民声"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["聚焦水价", "水价十年未动　这次怎么调", "本报记者　钭　越"], "kicker": ["聚焦水价", None],
         "title": "水价十年未动　这次怎么调", "byline": ["本报记者　钭　越", "钭　越", "钭越"],
         "captions": ["自来水公司工人在检修老旧管道。"], "credits": ["（本报记者　钭　越　摄）"],
         "body": ["城区居民用水价格自2017年以来一直没有调整。市发改委日前公布了两套调价方案，将在下月的听证会上听取各方意见。",
                  "两套方案都实行阶梯水价，第一档每立方米分别为2.95元和3.10元，低保家庭每月可免缴5立方米水费。",
                  "家住北门街的退休教师龚𬀩已经报名当听证参加人。她说：“管道老化漏水，{cap}钱该花在哪里，应该让大家看明白。”",
                  "市自来水公司表示，调价增加的收入将主要用于{run}改造城区老旧供水管网。"]},
        {"lines": ["关于召开城区居民用水价格调整听证会的公告"], "title": "关于召开城区居民用水价格调整听证会的公告",
         "byline": ["溱川市发展和改革局", None],
         "body": ["根据有关规定，我局定于近期召开城区居民用水价格调整听证会，现将有关事项公告如下：",
                  "一、听证时间：2027年5月18日上午9时。",
                  "二、听证地点：市政务服务中心三楼第二会议室。",
                  "三、听证内容：城区居民用水价格调整方案（两套方案全文见市政府网站）。",
                  "四、参加人报名：年满十八周岁、在城区居住的居民均可报名，报名时间为4月21日至4月30日，共遴选消费者参加人九名。",
                  ("row", "报名电话：0717-2216405"),
                  ("end", "溱川市发展和改革局"),
                  ("row", "2027年4月20日")]},
    ],
}

LAJICHE = {
    "name": "zht_big5_crlf_taiwan_lajiche_garbage_truck_stops_schedule_rows_li_stop_time_source_row_glued_under_jizhe_baodao_story_caption_credit_midsentence_running_head",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "嵐埔日報 中華民國116年4月16日 B2 地方, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A local page: "
    "a story opened by `【記者羅郁婷／嵐埔報導】` (title directly above the lead, 「」 quotes, a caption and its credit "
    "inside a sentence, the running head in mid-sentence), then, with no blank line after its last line, a garbage-truck "
    "schedule `北區垃圾車清運時間` (header row, five rows: ward, stop, time; a source row).",
    "date": "2027-04-16", "page": "B2",
    "head": ["嵐埔日報　B2　地方", "中華民國116年4月16日　星期五"],
    "foot": ["嵐埔日報地方中心　　服務專線：(06)2718-3300"],
    "furniture": ["嵐埔日報", "B2", "地方", "中華民國116年4月16日", "星期五", "嵐埔日報．地方", "嵐埔日報地方中心",
                  "服務專線：(06)2718-3300"],
    "run": ["嵐埔日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["垃圾車下月起延後半小時"], "title": "垃圾車下月起延後半小時",
         "byline": [None, "記者羅郁婷／嵐埔報導", "記者羅郁婷", "羅郁婷"],
         "captions": ["民眾在路口等候垃圾車。"], "credits": ["（記者羅郁婷攝）"],
         "body": ["【記者羅郁婷／嵐埔報導】不少上班族反映趕不上垃圾車，嵐埔市環保局決定，北區夜間清運時間自5月1日起"
                  "一律延後半小時，並在大同市場前增設一個停靠點。",
                  "環保局長簡文彬說，北區近年新建不少社區，原本的路線{cap}早已不敷使用，調整後每輛車的停靠時間也會拉長。",
                  "住在仁愛里的鄒太太說：「以前六點就要站在路口，現在下班回家{run}還來得及煮飯。」"]},
        {"glued": True, "lines": ["北區垃圾車清運時間"], "title": "北區垃圾車清運時間",
         "body": [("row", "里別　　　停靠點　　　　時間"),
                  ("row", "中興里　　中興路口　　　18:30"),
                  ("row", "大同里　　大同市場前　　18:45"),
                  ("row", "仁愛里　　仁愛國小側門　19:05"),
                  ("row", "光明里　　光明公園　　　19:20"),
                  ("row", "福德里　　福德宮前　　　19:40"),
                  ("row", "資料來源：嵐埔市環保局，週三、週日停收")]},
    ],
}

GUOJIN = {
    "name": "zht_big5hkscs_lf_hong_kong_shengguojin_old_age_allowance_payment_dates_rows_header_row_note_row_after_feature_subtitle_cantonese_quote_caption_credit_running_head_midsentence",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "灣畔晚報 2027-04-17 A9 民生, Big5-HKSCS (`啲 喺 咗 嘢 哋 嘅`, in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A community page: a Cantonese feature on old people waiting for the old-age allowance "
    "(生果金) (title, subtitle, byline line `文：麥浩輝`, a caption and its credit inside a sentence, a Cantonese "
    "quotation, the running head in mid-sentence), then a payment calendar `生果金發放日期` (header row, six month rows: "
    "month, pay day; a note row).",
    "date": "2027-04-17", "page": "A9",
    "head": ["灣畔晚報　2027年4月17日　星期六", "A9　民生　　　責任編輯：龐卓軒"],
    "foot": ["灣畔晚報有限公司出版　　讀者熱線：2890 6613"],
    "furniture": ["灣畔晚報", "2027年4月17日", "星期六", "A9", "民生", "責任編輯：龐卓軒", "灣畔晚報．民生",
                  "灣畔晚報有限公司出版", "讀者熱線：2890 6613"],
    "run": ["灣畔晚報．民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["月頭等生果金　街坊計住使", "今年每月多咗八十蚊", "文：麥浩輝"], "title": "月頭等生果金　街坊計住使",
         "subtitle": "今年每月多咗八十蚊", "byline": ["文：麥浩輝", "麥浩輝"],
         "captions": ["陳婆婆喺銀行門口等開門。"], "credits": ["（麥浩輝攝）"],
         "body": ["每個月初，深水埗好多長者都會一早去銀行櫃員機撳錢。生果金今年每月加咗八十蚊，對佢哋嚟講係一件大事。",
                  "八十二歲嘅陳婆婆話：「一個月得嗰千幾蚊，{cap}交完水電，買啲餸，淨返嘅就留嚟睇醫生。」",
                  "有社工提醒，長者唔使親身去銀行，錢會自動入數，如果{run}收唔到可以打電話去社署查詢。"]},
        {"lines": ["生果金發放日期"], "title": "生果金發放日期",
         "body": [("row", "月份　　發放日"),
                  ("row", "5月　　5月7日（星期五）"),
                  ("row", "6月　　6月7日（星期一）"),
                  ("row", "7月　　7月7日（星期三）"),
                  ("row", "8月　　8月6日（星期五）"),
                  ("row", "9月　　9月7日（星期二）"),
                  ("row", "10月　　10月7日（星期四）"),
                  ("row", "註：款項直接存入受惠人銀行戶口。")]},
    ],
}

BAISUI = {
    "name": "zh_utf16le_bom_crlf_baisui_centenarians_list_page_name_sex_age_township_rows_header_row_note_row_beside_feature_subtitle_caption_credit_running_head_midsentence",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汝陵晚报 2027-10-06 第5版 银龄, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. An old-age page "
    "before the Double Ninth festival: a feature on a 103-year-old woman (title, subtitle, byline line, a caption and its "
    "credit inside a sentence, a quotation, the running head in mid-sentence), then a list of centenarians "
    "`全县部分百岁老人名单` (header row, six rows: name, sex, age, township; a note row).",
    "date": "2027-10-06", "page": "5",
    "head": ["汝陵晚报　2027年10月6日　星期三", "第5版　银龄　　责任编辑：郗　岚"],
    "foot": ["汝陵晚报社　　新闻热线：0375-8216700"],
    "furniture": ["汝陵晚报", "2027年10月6日", "星期三", "第5版", "银龄", "责任编辑：郗　岚", "汝陵晚报·银龄",
                  "汝陵晚报社", "新闻热线：0375-8216700"],
    "run": ["汝陵晚报·银龄"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["百岁奶奶的“长寿经”", "全县百岁老人增至六十一位", "本报记者　滕　溪"],
         "title": "百岁奶奶的“长寿经”", "subtitle": "全县百岁老人增至六十一位",
         "byline": ["本报记者　滕　溪", "滕　溪", "滕溪"],
         "captions": ["冉秀英老人在院子里晒太阳。"], "credits": ["本报记者　滕　溪　摄"],
         "body": ["重阳节前夕，记者来到柏树湾镇冉家坪村，见到了今年103岁的冉秀英老人。她耳朵有点背，但说起年轻时的事，一件件记得清清楚楚。",
                  "老人每天六点起床，早饭一碗稀饭、一个鸡蛋，饭后{cap}要在院子里坐上一个钟头。小儿子说：“她一辈子没跟人红过脸，心宽。”",
                  "县民政局介绍，全县百岁老人已增至61位，重阳节前，工作人员将逐一上门送去慰问金和{run}生日蛋糕。"]},
        {"lines": ["全县部分百岁老人名单"], "title": "全县部分百岁老人名单",
         "body": [("row", "姓名　　　性别　年龄　乡镇"),
                  ("row", "冉秀英　　女　　103　柏树湾镇"),
                  ("row", "甘德润　　男　　101　城关镇"),
                  ("row", "邬桂芝　　女　　106　石门乡"),
                  ("row", "米春华　　女　　100　柏树湾镇"),
                  ("row", "牛兴发　　男　　102　青龙镇"),
                  ("row", "卜淑兰　　女　　104　城关镇"),
                  ("row", "注：年龄按户籍计算，名单由县民政局提供。")]},
    ],
}

SHANGPAI = {
    "name": "zh_utf8_bom_lf_shangpai_e_bike_registration_points_listing_rows_name_address_hours_beside_feature_kicker_then_glued_benbaoxun_brief_tight_head_caption_credit_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "潞溪日报 2027-03-24 第6版 城事, UTF-8 with BOM, LF; blank-line paragraphs, wrapped at 22. A city page: a feature "
    "on the deadline for registering electric bikes (kicker `出行提醒`, title, byline line, a caption and its credit "
    "inside a sentence, a quotation, the running head in mid-sentence), a listing `城区电动自行车上牌点一览` (five rows: "
    "point, address, hours; no header row), then, with no blank line after the last row, a 本报讯 brief whose title "
    "sits directly above its lead.",
    "date": "2027-03-24", "page": "6",
    "head": ["潞溪日报　2027年3月24日　星期三", "第6版　城事　　责任编辑：米　苒"],
    "foot": ["潞溪日报社　　新闻热线：0355-6630912"],
    "furniture": ["潞溪日报", "2027年3月24日", "星期三", "第6版", "城事", "责任编辑：米　苒", "潞溪日报·城事",
                  "潞溪日报社", "新闻热线：0355-6630912"],
    "run": ["潞溪日报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["出行提醒", "电动车上牌　月底截止", "本报记者　柴　颖"], "kicker": ["出行提醒", None],
         "title": "电动车上牌　月底截止", "byline": ["本报记者　柴　颖", "柴　颖", "柴颖"],
         "captions": ["市民在槐荫路上牌点排队。"], "credits": ["本报记者　柴　颖　摄"],
         "body": ["离电动自行车免费上牌截止只剩一周，城区各上牌点这几天排起了长队。4月1日起，未上牌的电动自行车将不能上路行驶。",
                  "在槐荫路上牌点，市民包先生排了四十多分钟。他说：“早知道{cap}就不拖到最后了，下次一定早点办。”",
                  "交警部门提醒，上牌时需携带身份证、购车发票和车辆合格证，周末各上牌点{run}照常办理。"]},
        {"lines": ["城区电动自行车上牌点一览"], "title": "城区电动自行车上牌点一览",
         "body": [("row", "槐荫路上牌点　槐荫路12号　8:30-17:30"),
                  ("row", "西关上牌点　西关大街88号　8:30-17:00"),
                  ("row", "南湖上牌点　南湖路6号　9:00-17:30"),
                  ("row", "东门上牌点　东门巷3号　8:30-17:30"),
                  ("row", "桥北上牌点　桥北街21号　9:00-17:00")]},
        {"glued": True, "lines": ["春季义务植树活动本周六举行"], "title": "春季义务植树活动本周六举行", "tight": True,
         "body": ["本报讯　本周六上午，市绿化委员会将在滨河公园组织春季义务植树活动，市民可自带工具参加，现场提供树苗。"]},
    ],
}

LATINA = {
    "name": "la_utf16be_bom_lf_latin_weekly_pollen_forecast_page_tight_head_dateline_story_caption_credit_running_head_midsentence_glued_pollen_index_rows_aligned_by_spaces_note",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Acta Tiberina (an invented Latin-language weekly, Rome) 2027-04-21 pagina 4, UTF-16 BE with BOM (`“ ” –`), LF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A health page: a story on the spring pollen (title directly "
    "above the lead, which opens with the dateline `ROMA –`; no byline; a quotation with a caption and its credit "
    "inside it, the running head in mid-sentence), then, with no blank line after its last line, a pollen index "
    "`Index pollinis hebdomadis` (header row and five plant rows aligned with runs of spaces, a note paragraph).",
    "date": "2027-04-21", "page": "4",
    "head": ["ACTA TIBERINA / Die Mercurii 21 Aprilis 2027 / Pagina 4", "Salus"],
    "foot": ["Acta Tiberina / Via Labicana 40, Roma / epistulae@acta.example.it"],
    "furniture": ["ACTA TIBERINA", "Die Mercurii 21 Aprilis 2027", "Pagina 4", "Salus", "Acta Tiberina / Pagina 4",
                  "Acta Tiberina", "Via Labicana 40, Roma", "epistulae@acta.example.it"],
    "run": ["Acta Tiberina / Pagina 4"], "labels": [], "markup": [" / ", " / ", " / ", " / ", " / "],
    "articles": [
        {"lines": ["Pollen in urbe iam abundat"], "title": "Pollen in urbe iam abundat", "tight": True,
         "captions": ["Oleae in colle Aventino florent."], "credits": ["Imago: Lucas Ferri"],
         "body": ["ROMA – Medici Romani monent pollen gra~mi~num et ole~a~rum hac heb~do~ma~de in urbe abun~da~re, "
                  "prae~ser~tim diebus sic~cis et ven~to~sis.",
                  "“Qui febri verna la~bo~ra~tis, fene~stras mane clau~di~te et vesti~men~ta {cap}post ambu~la~ti~o~nem "
                  "la~va~te,” inquit Iulia Cec~ca~rel~li, medica in Va~le~tu~di~na~rio Esqui~li~no.",
                  "Pro~xi~mis diebus pluvia ex~spec~ta~tur, quae aerem pur~ga~bit; at post im~bres pollen {run}rursus "
                  "cre~scet."]},
        {"glued": True, "lines": ["Index pollinis hebdomadis"], "title": "Index pollinis hebdomadis",
         "body": [("row", "Planta        Hodie     Cras"),
                  ("row", "Gramina       multum    multum"),
                  ("row", "Oleae         multum    modicum"),
                  ("row", "Cupressi      parum     parum"),
                  ("row", "Parietaria    modicum   multum"),
                  ("row", "Platani       modicum   parum"),
                  "Mensura in sta~ti~o~ne Aven~ti~na facta est; pluvia nu~me~ros mutare potest."]},
    ],
}

PICARD = {
    "name": "pcd_cp1252_crlf_picard_braderie_flea_market_page_story_pa_byline_quote_caption_credit_running_head_midsentence_then_braderie_dates_rows_aligned_by_spaces_note",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ch’Courrier d’Lile (an invented Picard-language weekly, Lille) 2027-09-01 pache 7, Windows-1252 (`é è ç ’ « » ¦`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A leisure page: a story on the Lille braderie (title, "
    "byline line `Pa Jérôme Dufossé`, a caption and its credit inside a sentence, a «» quotation cut by the running "
    "head before its last words), then a calendar `Chés braderies d’sétimbe` (header row and five date rows aligned with "
    "runs of spaces, a note paragraph).",
    "date": "2027-09-01", "page": "7",
    "head": ["CH’COURRIER D’LILE ¦ Mércrédi 1 d’sétimbe 2027 ¦ Pache 7", "Ducasses"],
    "foot": ["Ch’Courrier d’Lile ¦ 14 rue d’Gand, Lile ¦ lettes@courrier.example.fr"],
    "furniture": ["CH’COURRIER D’LILE", "Mércrédi 1 d’sétimbe 2027", "Pache 7", "Ducasses", "Ch’Courrier d’Lile ¦ Pache 7",
                  "Ch’Courrier d’Lile", "14 rue d’Gand, Lile", "lettes@courrier.example.fr"],
    "run": ["Ch’Courrier d’Lile ¦ Pache 7"], "labels": [], "markup": [" ¦ ", " ¦ ", " ¦ ", " ¦ ", " ¦ "],
    "articles": [
        {"lines": ["L’braderie r’vient ch’week-end", "Pa Jérôme Dufossé"], "title": "L’braderie r’vient ch’week-end",
         "byline": ["Pa Jérôme Dufossé", "Jérôme Dufossé"],
         "captions": ["Des ach’teus rue d’chés Bouleux."], "credits": ["Foto : Annie Lefebvre"],
         "body": ["Ch’est l’pus grande braderie d’Europe, et ale r’vient sam’di et dimanche : deux jours d’bri~co~la~che, "
                  "d’moules-frites et d’vieux lives su chés trot~toirs d’Lile.",
                  "Chés ven~deus pouvtent s’in~stal~ler dés l’sa~me~di à huit heures. L’an~née passée, {cap}pus d’deux "
                  "mil~lions d’gins sont v’nus.",
                  "« Mi, j’vins d’puis trinte ans, et j’trouve toudis eune pe~ti~te affaire », dit Marie-Thérèse "
                  "Wa~vrin, eune ven~deuse d’Roubaix. « Ch’est l’fiète d’tout {run}l’monde. »"]},
        {"lines": ["Chés braderies d’sétimbe"], "title": "Chés braderies d’sétimbe",
         "body": [("row", "Date     Ville       Rue"),
                  ("row", "Sam. 4   Lile        rue d’chés Bouleux"),
                  ("row", "Dim. 5   Lile        plache d’Moulins"),
                  ("row", "Dim. 12  Roubaix     rue d’Flandes"),
                  ("row", "Dim. 19  Tourcoing   plache d’Halluin"),
                  ("row", "Dim. 26  Arras       rue d’chés Brasseux"),
                  "Pour vind, i faut s’in~scrire à l’mai~rie d’chaque ville, dévant l’jeudi."]},
    ],
}

NDEBELE = {
    "name": "nd_macroman_cr_northern_ndebele_cattle_dipping_page_story_ngu_byline_dateline_caption_credit_running_head_midsentence_glued_dip_tank_days_rows_aligned_by_spaces_note",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Inkanyezi yaseGwanda (an invented Northern Ndebele-language weekly, Gwanda) 2027-04-16 ikhasi 3, Mac OS "
    "Roman (`“ ” – ◊`), classic Mac CR line ends; blank-line paragraphs, wrapped at 38 with hyphenation. A farming page: "
    "a story on reopened dip tanks (title, byline line `NguSibusiso Ndlovu`, the dateline `GWANDA –` opening the lead, a "
    "caption and its credit inside a sentence, a quotation cut by the running head), then, with no blank line after its "
    "last line, the dipping days `Izinsuku zokucwilisa` (header row and five dip-tank rows aligned with runs of spaces, "
    "a note paragraph).",
    "date": "2027-04-16", "page": "3",
    "head": ["INKANYEZI YASEGWANDA ◊ ULwesihlanu 16 uMbasa 2027 ◊ Ikhasi 3", "Ezolimo"],
    "foot": ["Inkanyezi yaseGwanda ◊ PO Box 318 Gwanda ◊ izindaba@inkanyezi.example.zw"],
    "furniture": ["INKANYEZI YASEGWANDA", "ULwesihlanu 16 uMbasa 2027", "Ikhasi 3", "Ezolimo",
                  "Inkanyezi yaseGwanda ◊ Ikhasi 3", "Inkanyezi yaseGwanda", "PO Box 318 Gwanda",
                  "izindaba@inkanyezi.example.zw"],
    "run": ["Inkanyezi yaseGwanda ◊ Ikhasi 3"], "labels": [], "markup": [" ◊ ", " ◊ ", " ◊ ", " ◊ ", " ◊ "],
    "articles": [
        {"lines": ["Amathangi okucwilisa asevuliwe", "NguSibusiso Ndlovu"], "title": "Amathangi okucwilisa asevuliwe",
         "byline": ["NguSibusiso Ndlovu", "Sibusiso Ndlovu"],
         "captions": ["Izinkomo ethangini laseManama."], "credits": ["Isithombe: Nomsa Dube"],
         "body": ["GWANDA – Abalimi bezifuyo esigabeni seGwanda se~be~nga~cwi~li~sa izinkomo zabo njalo emva kokuba "
                  "ama~tha~ngi ayi~si~thu~pha elu~ngi~si~we.",
                  "Umphathi wezifuyo, uMnu Themba Mpofu, uthe izinkomo ezinga~cwi~li~swa~nga {cap}zise~ngo~zini "
                  "yezifo ezi~le~thwa yi~mi~kha~za.",
                  "“Silandela izinsuku ezi~bha~li~we nge~za~nsi. Umlimi ngamunye kumele alethe izinkomo zakhe "
                  "nge~si~kha~thi {run}esifaneleyo,” kutsho uMnu Mpofu."]},
        {"glued": True, "lines": ["Izinsuku zokucwilisa"], "title": "Izinsuku zokucwilisa",
         "body": [("row", "Ithangi      Iwadi   Usuku"),
                  ("row", "Manama       12      NgoMvulo"),
                  ("row", "Sengezane    7       NgoLwesibili"),
                  ("row", "Mtshabezi    15      NgoLwesithathu"),
                  ("row", "Garanyemba   9       NgoLwesine"),
                  ("row", "Silikwe      4       NgoLwesihlanu"),
                  "Uku~cwi~li~sa kuqala nge~ho~ra lesi~khombi~sa ekuseni."]},
    ],
}

BIKOL = {
    "name": "bcl_latin1_lf_bikol_bathing_water_results_page_tight_head_dateline_story_caption_credit_running_head_midsentence_then_beach_results_rows_aligned_by_spaces_note",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "An Bareta kan Albay (an invented Bikol-language weekly, Legazpi) 2027-04-13 pahina 5, ISO-8859-1 (`ñ`, straight "
    "quotes: Latin-1 has no curly ones), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A summer page: a "
    "story on bathing-water tests (title directly above the lead, which opens with the dateline `LEGAZPI -`; no byline; "
    "a caption and its credit inside a sentence, a quotation cut by the running head), then the results `Resulta kan "
    "pagsuri kan tubig` (header row and five beach rows aligned with runs of spaces, a note paragraph).",
    "date": "2027-04-13", "page": "5",
    "head": ["AN BARETA KAN ALBAY | Martes, Abril 13, 2027 | Pahina 5", "Turismo"],
    "foot": ["An Bareta kan Albay | Calle Magayon 14, Legazpi | bareta@bareta.example.ph"],
    "furniture": ["AN BARETA KAN ALBAY", "Martes, Abril 13, 2027", "Pahina 5", "Turismo", "An Bareta kan Albay | Pahina 5",
                  "An Bareta kan Albay", "Calle Magayon 14, Legazpi", "bareta@bareta.example.ph"],
    "run": ["An Bareta kan Albay | Pahina 5"], "labels": [], "markup": [" | ", " | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Lima na baybayon pwede nang languyan"], "title": "Lima na baybayon pwede nang languyan", "tight": True,
         "captions": ["Mga aki na naglalangoy sa Bacacay."], "credits": ["Ritrato: Jun Moratalla"],
         "body": ["LEGAZPI - Lima sa anom na baybayon na sinuri sa Albay an pasado sa huring pag~su~ri kan tubig, "
                  "sabi kan opisina kan pro~bin~sya para sa ka~pa~li~bu~tan.",
                  "An sarong baybayon sa Sto. Domingo dai naka~pa~sa~do huli sa ha~la~ngkaw na {cap}coliform, kaya "
                  "sarado muna ini sa mga mag~la~la~ngoy.",
                  "\"Basaha muna an karatula bago mag~la~ngoy,\" sabi ni Engr. Rosario Ibañez kan opisina. \"Para "
                  "ini sa ka~ligta~san kan saindong {run}mga aki.\""]},
        {"lines": ["Resulta kan pagsuri kan tubig"], "title": "Resulta kan pagsuri kan tubig",
         "body": [("row", "Baybayon      Banwaan        Resulta"),
                  ("row", "Dagat Buhay   Bacacay        pasado"),
                  ("row", "Sabang Puti   Bacacay        pasado"),
                  ("row", "Lawang        Rapu-Rapu      pasado"),
                  ("row", "Bigaa         Legazpi        pasado"),
                  ("row", "Tabing Nuog   Sto. Domingo   dai pasado"),
                  "Sunod na pag~su~ri: Mayo 11, 2027."]},
    ],
}

PAGES = [QIMING, TINGZHENG, LAJICHE, GUOJIN, BAISUI, SHANGPAI, LATINA, PICARD, NDEBELE, BIKOL]
