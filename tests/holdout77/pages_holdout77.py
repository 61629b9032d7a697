"""The text of every holdout77 page, written once: make_holdout77_pages.py prints it and writes the gold.

The page format is holdout75's (see pages_holdout75.py, itself holdout73's), unchanged: `"glued": True` on an article
prints its first line straight under the previous article's last line, with no blank line; `"tight": True` sets the
title directly above the lead. `"runin": sep` prints the title run into the first paragraph after `sep` (a brief's
bold lead-in; the gold title is the lead-in, the paragraph the text after it). `("row", line)` prints a line of a
list (one gold paragraph per printed line); `("end", line)` prints a line that is no paragraph of the gold (a
letter's signature, whose gold reading is the byline; a photo caption's first line); `("more", line)` the same with
no blank line before it (a caption's next line, its credit, a jump line). `{cap}` drops the caption and its credit
into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end.
All papers, people, shops, schools, churches, clubs and events are invented; real places are settings only.
"""

JIANXUN = {
    "name": "zh_gbk_crlf_jiexiang_jianxun_street_briefs_run_in_lead_ins_glued_under_benbaoxun_qilou_arcade_story_tight_head_caption_credit_running_head_midsentence",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄阳日报 2027-11-09 第5版 城乡, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A town page: "
    "a 本报讯 story on a restored arcaded old street (title directly above the lead with no blank line, the reporter "
    "inside the lead's brackets, a caption and its credit inside a sentence, the running head in mid-sentence), then, "
    "with no blank line after the story's last line, the standing label `街巷简讯` over four briefs, each a lead-in "
    "phrase (bold in print) run into its text after a full-width space: each brief an article, the lead-in its title.",
    "date": "2027-11-09", "page": "5",
    "head": ["澄阳日报　2027年11月9日　星期二", "第5版　城乡　　责任编辑：聂　晗"],
    "foot": ["澄阳日报社出版　　新闻热线：0763-3317021"],
    "furniture": ["澄阳日报", "2027年11月9日", "星期二", "第5版", "城乡", "责任编辑：聂　晗", "澄阳日报·城乡",
                  "澄阳日报社出版", "新闻热线：0763-3317021"],
    "run": ["澄阳日报·城乡"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["骑楼老街修缮完工　百年店铺重新开张"], "title": "骑楼老街修缮完工　百年店铺重新开张", "tight": True,
         "byline": [None, "记者　邝　宁", "邝　宁", "邝宁"],
         "captions": ["修缮后的中山路骑楼。"], "credits": ["本报记者　邝　宁　摄"],
         "body": ["本报讯（记者　邝　宁）历时十个月，中山路骑楼老街修缮工程日前完工。整条街六十二栋骑楼换上了新的"
                  "瓦面和木窗，沿街十几家老字号陆续重新开门营业。",
                  "施工方介绍，修缮时尽量保留原有的灰塑和{cap}彩色玻璃，实在坏了的，也照着老照片按原样补做。",
                  "开了八十多年的陈记糕饼铺昨天重新开张，店主陈伯笑着说：“以前一下雨就漏，现在总算可以安心"
                  "{run}做生意了。”"]},
        {"glued": True, "lines": ["街巷简讯"], "section": ["街巷简讯", None], "kicker": [None, "街巷简讯"], "title": "裁缝摊搬进社区服务站",
         "runin": "\u3000",
         "body": ["城北街道把路边的三个裁缝摊请进了社区服务站，居民缝补衣服、改裤脚，不用再站在路边"
                  "等，摊主也不怕刮风下雨了。"]},
        {"section": [None, "街巷简讯"], "kicker": [None, "街巷简讯"], "title": "东门菜市场延长营业", "runin": "\u3000",
         "body": ["从本月15日起，东门菜市场晚上关门时间由7点推迟到9点，方便下班晚的居民买菜。"]},
        {"section": [None, "街巷简讯"], "kicker": [None, "街巷简讯"], "title": "社区书法班开课", "runin": "\u3000",
         "body": ["桂花社区老年书法班本周四开课，每周两次，由退休教师义务授课，目前还有十个名额。"]},
        {"section": [None, "街巷简讯"], "kicker": [None, "街巷简讯"], "title": "河堤路换上节能路灯", "runin": "\u3000",
         "body": ["河堤路三百多盏旧路灯已全部换成节能灯，夜间照明比原来亮了不少，每年可节约电费约四万元。"]},
    ],
}

DAODU = {
    "name": "zh_gb18030_lf_front_page_benqi_daodu_index_box_teasers_lead_story_high_speed_rail_station_jump_line_xiazhuan_then_glued_benbaoxun_brief_rare_char_byline_caption_credit",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沣湄日报 2027-12-03 第1版, GB18030 (`䶮` U+4DAE in the reporter's name, not in GBK), LF; indent-only paragraphs, "
    "wrapped at 21. A front page: the nameplate and issue lines, an index box `本期导读` of three teasers `headline　第N版` "
    "(furniture: an index, not articles), a lead story on the county's new high-speed rail station (title, "
    "subtitle, byline line, a caption and its credit inside a sentence, a quotation) cut off mid-sentence by the jump "
    "line `（下转第3版）` (furniture), then, with no blank line under the jump line, a 本报讯 brief whose title sits "
    "directly above its lead.",
    "date": "2027-12-03", "page": "1",
    "head": ["沣湄日报", "中共沣湄县委主办　　2027年12月3日　星期五　　第1版", "本期导读",
             "城南新建三所幼儿园明年招生　第2版", "县医院开通夜间儿科门诊　第3版", "冬季用电高峰如何省电　第4版"],
    "foot": ["沣湄日报社　　地址：沣湄县人民路18号　　邮编：046500"],
    "furniture": ["沣湄日报", "中共沣湄县委主办", "2027年12月3日", "星期五", "第1版", "本期导读",
                  "城南新建三所幼儿园明年招生　第2版", "县医院开通夜间儿科门诊　第3版", "冬季用电高峰如何省电　第4版",
                  "（下转第3版）", "沣湄日报社", "地址：沣湄县人民路18号", "邮编：046500"],
    "labels": [], "markup": [],
    "articles": [
        {"lines": ["沣湄高铁站今日开通", "县城到省城最快四十八分钟", "本报记者　龚　䶮"],
         "title": "沣湄高铁站今日开通", "subtitle": "县城到省城最快四十八分钟",
         "byline": ["本报记者　龚　䶮", "龚　䶮", "龚䶮"],
         "captions": ["试运行列车驶入沣湄站。"], "credits": ["（本报记者　龚　䶮　摄）"],
         "body": ["今天上午9时12分，首趟列车将从沣湄站开出。沣湄县从此结束不通高铁的历史，县城到省城最快只要"
                  "四十八分钟。",
                  "在省城打工的邸志刚早早买好了回家的车票：“以前坐大巴要四个多钟头，{cap}逢年过节还抢不到票，"
                  "以后周末都能回来看看老人。”",
                  "县交通运输局负责人介绍，沣湄站每天停靠列车二十四趟。为方便旅客换乘，县里新开了三条公交"
                  "线路直达车站，首末班时间与列车到发时间相衔接，力争",
                  ("more", "（下转第3版）")]},
        {"glued": True, "lines": ["全县首批星级农家乐名单公布"], "title": "全县首批星级农家乐名单公布", "tight": True,
         "body": ["本报讯　县文旅局日前公布首批星级农家乐名单，郭家大院、仝家庄园等十二家入选，"
                  "入选农家乐将获得统一标识。"]},
    ],
}

DATIE = {
    "name": "zht_big5_crlf_taiwan_datie_blacksmith_qa_interview_jizhe_turns_name_turns_jizhe_baodao_intro_caption_credit_running_head_midsentence_then_glued_tight_head_story",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "潭岸日報 中華民國116年10月22日 B4 人物, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A people page: "
    "a Q&A interview with an old blacksmith (title, an intro paragraph opened by `【記者溫雅筑／潭岸報導】`, then turns "
    "`記者：…` and `鄭振發：…`, each turn one paragraph with its label; a caption and its credit inside an answer, the "
    "running head in mid-sentence in another), then, with no blank line under the last answer, a short story whose "
    "title sits directly above its `【記者…報導】` lead.",
    "date": "2027-10-22", "page": "B4",
    "head": ["潭岸日報　B4　人物", "中華民國116年10月22日　星期五"],
    "foot": ["潭岸日報地方中心　　服務專線：(05)2246-1180"],
    "furniture": ["潭岸日報", "B4", "人物", "中華民國116年10月22日", "星期五", "潭岸日報．人物", "潭岸日報地方中心",
                  "服務專線：(05)2246-1180"],
    "run": ["潭岸日報．人物"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["打鐵五十年　老師傅不想收工"], "title": "打鐵五十年　老師傅不想收工",
         "byline": [None, "記者溫雅筑／潭岸報導", "記者溫雅筑", "溫雅筑"],
         "captions": ["鄭振發在鐵店裡打製菜刀。"], "credits": ["（記者溫雅筑攝）"],
         "body": ["【記者溫雅筑／潭岸報導】潭岸老街的振發鐵店，是全市僅存的一家手工打鐵店。七十一歲的鄭振發"
                  "十五歲入行，至今每天仍站在火爐前。",
                  "記者：當初怎麼會學打鐵？",
                  "鄭振發：家裡窮，讀完國小就去當學徒。那時候農家用的鋤頭、鐮刀都要找鐵店打，整條街有七八家。",
                  "記者：現在生意怎麼樣？",
                  "鄭振發：農具少了，現在多是做菜刀。很多客人是年輕人，{cap}說工廠做的刀用不久，手打的可以用一輩子。",
                  "記者：有沒有人來學？",
                  "鄭振發：有兩個年輕人來過，做了幾個月就走了。太熱、太累，我不怪他們，只要還打得動，{run}"
                  "我就會一直做下去。"]},
        {"glued": True, "lines": ["老街週末封街　辦鐵器市集"], "title": "老街週末封街　辦鐵器市集", "tight": True,
         "byline": [None, "記者溫雅筑／潭岸報導", "記者溫雅筑", "溫雅筑"],
         "body": ["【記者溫雅筑／潭岸報導】潭岸老街週末兩天下午封街，舉辦鐵器市集，現場有打鐵示範，"
                  "民眾也可以自己動手敲打鑰匙圈。"]},
    ],
}

XIAOBA = {
    "name": "zht_big5hkscs_lf_hong_kong_standing_column_jiuqu_diandi_column_name_wen_byline_portrait_caption_own_headline_feifa_barber_beside_shido_corner_shop_story_caption_credit_running_head_midsentence",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "晴灣日報 2027-11-13 C2 副刊, Big5-HKSCS (`啲 喺 咗 嘢 哋 嘅 嚟`, in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A features page: a columnist's standing column (the column's name `舊區點滴`, its own "
    "headline on an old barber, the byline line `文：車志明`, the columnist's portrait caption on its own line under the byline), then a "
    "Cantonese story on an old corner shop closing (title, byline line, a caption and its credit inside a sentence, a "
    "Cantonese quotation, the running head in mid-sentence).",
    "date": "2027-11-13", "page": "C2",
    "head": ["晴灣日報　2027年11月13日　星期六", "C2　副刊　　　責任編輯：甘詠琪"],
    "foot": ["晴灣日報有限公司出版　　讀者熱線：2751 3306"],
    "furniture": ["晴灣日報", "2027年11月13日", "星期六", "C2", "副刊", "責任編輯：甘詠琪", "晴灣日報．副刊",
                  "晴灣日報有限公司出版", "讀者熱線：2751 3306"],
    "run": ["晴灣日報．副刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["舊區點滴", "飛髮佬嘅剪刀", "文：車志明", "車志明　退休教師，住深水埗三十年"],
         "section": ["舊區點滴", None], "kicker": [None, "舊區點滴"], "title": "飛髮佬嘅剪刀",
         "byline": ["文：車志明", "車志明"], "captions": ["車志明　退休教師，住深水埗三十年"], "credits": [],
         "body": ["樓下有間舊式飛髮舖，成間舖得一張椅，老闆華叔今年七十幾歲，剪咗五十幾年頭。",
                  "佢把剪刀係師傅留低嘅，磨到薄過張紙。佢話：「新剪刀唔順手，呢把剪咗幾萬個頭，"
                  "仲係最好用。」",
                  "我每個月去剪一次，坐喺嗰張舊皮椅度，聽佢講以前啲街坊嘅事，比剪頭髮更加好聽。"]},
        {"lines": ["四十年士多落閘　街坊排隊道別", "記者　麥嘉穎"], "title": "四十年士多落閘　街坊排隊道別",
         "byline": ["記者　麥嘉穎", "麥嘉穎"],
         "captions": ["街坊喺士多門口同老闆合照。"], "credits": ["（麥嘉穎攝）"],
         "body": ["觀塘一間開咗四十年嘅士多，本月底因為業主收舖而結業。呢幾日好多街坊專登嚟幫襯，同老闆娘影相留念。",
                  "老闆娘霍太話：「以前啲細路放學就嚟買汽水、{cap}買波子，而家佢哋都做咗阿爸阿媽，又帶埋仔女返嚟。」",
                  "有街坊話，附近已經冇士多，以後買包煙、買枝水{run}都要行遠啲。"]},
    ],
}

YIJUHUA = {
    "name": "zh_utf16le_bom_crlf_yijuhua_xinwen_one_sentence_news_column_five_items_glued_under_face_scan_gate_story_subtitle_byline_caption_credit_running_head_midsentence",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "洺川日报 2027-11-17 第4版 民生, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A city page: "
    "a story on estates trying face-scanning gates (title, subtitle, byline line, a caption and its credit inside "
    "a sentence, a quotation, the running head in mid-sentence), then, with no blank line under the story's last "
    "line, a `一句话新闻` column: five items, each one sentence set as a paragraph of its own with no head (one article, "
    "the column head its title, each item a paragraph).",
    "date": "2027-11-17", "page": "4",
    "head": ["洺川日报　2027年11月17日　星期三", "第4版　民生　　责任编辑：尉迟岚"],
    "foot": ["洺川日报社　　新闻热线：0310-6627015"],
    "furniture": ["洺川日报", "2027年11月17日", "星期三", "第4版", "民生", "责任编辑：尉迟岚", "洺川日报·民生",
                  "洺川日报社", "新闻热线：0310-6627015"],
    "run": ["洺川日报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["小区门禁要“刷脸”　不愿刷脸可刷卡", "城区二十个小区试行人脸识别门禁", "本报记者　卫　澜"],
         "title": "小区门禁要“刷脸”　不愿刷脸可刷卡", "subtitle": "城区二十个小区试行人脸识别门禁",
         "byline": ["本报记者　卫　澜", "卫　澜", "卫澜"],
         "captions": ["居民在小区门口试用人脸识别门禁。"], "credits": ["本报记者　卫　澜　摄"],
         "body": ["从本周起，城区二十个小区的大门试行人脸识别门禁，居民录入照片后，走到门前就能自动开门。",
                  "不少居民觉得方便，也有人心里不踏实。{cap}家住锦华苑的吕阿姨说：“我不想把脸交给机器，"
                  "还是刷卡放心。”",
                  "物业负责人表示，录入照片全凭自愿，原来的门禁卡继续有效，试行一个月后将{run}听取住户意见。"]},
        {"glued": True, "lines": ["一句话新闻"], "title": "一句话新闻",
         "body": ["城东菜市场改造完工，本周六重新开业。",
                  "市图书馆少儿阅览室即日起周一也开放。",
                  "滨河公园新增两处直饮水点。",
                  "本周五起，12路公交车末班时间延至晚上10点。",
                  "全市今冬首批流感疫苗周日起在各社区卫生服务中心接种。"]},
    ],
}

FATING = {
    "name": "zh_utf8_bom_lf_singapore_fating_xinwen_court_roundup_four_headed_items_glued_under_community_garden_story_kicker_byline_caption_credit_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "榕岸早报 (an invented Singapore Chinese daily) 2027-11-11 A6 本地, simplified Chinese, UTF-8 with BOM, LF; "
    "blank-line paragraphs, wrapped at 22. A local page: a feature on a community garden between public-housing "
    "blocks (kicker `邻里故事`, title, byline line, a caption and its credit inside a sentence, a quotation, the running "
    "head in mid-sentence), then, with no blank line under the feature's last line, a court roundup under the label "
    "`法庭新闻`: four short items, each under its own one-line head, each one paragraph (each item an article).",
    "date": "2027-11-11", "page": "A6",
    "head": ["榕岸早报　2027年11月11日　星期四", "A6　本地　　　责任编辑：邝美玲"],
    "foot": ["榕岸早报有限公司　　新闻热线：6319 5280"],
    "furniture": ["榕岸早报", "2027年11月11日", "星期四", "A6", "本地", "责任编辑：邝美玲", "榕岸早报·本地",
                  "榕岸早报有限公司", "新闻热线：6319 5280"],
    "run": ["榕岸早报·本地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["邻里故事", "组屋楼下种出一片菜园", "本报记者　颜志豪"], "kicker": ["邻里故事", None],
         "title": "组屋楼下种出一片菜园", "byline": ["本报记者　颜志豪", "颜志豪"],
         "captions": ["居民在社区花园里收菜。"], "credits": ["（本报记者　颜志豪　摄）"],
         "body": ["宏茂桥一座组屋楼下的空地，三年前还长满杂草，如今成了三十多户居民一起打理的社区花园，"
                  "种着番薯叶、辣椒和香茅。",
                  "每个星期六早上，居民轮流来浇水、{cap}除草，收成的蔬菜大家分着吃，多出来的送给楼上的独居老人。",
                  "发起人林先生说：“以前住了十几年，邻居见面都不打招呼，现在大家一起种菜，{run}变成了朋友。”"]},
        {"glued": True, "lines": ["法庭新闻", "高空抛物　男子罚款三千元"], "section": ["法庭新闻", None], "kicker": [None, "法庭新闻"],
         "title": "高空抛物　男子罚款三千元",
         "body": ["一名四十二岁男子从组屋十二楼往下丢玻璃瓶，险些砸中楼下行人，昨天被法官罚款3000元。"]},
        {"lines": ["无准证喂鸽　妇女被罚八百元"], "section": [None, "法庭新闻"], "kicker": [None, "法庭新闻"], "title": "无准证喂鸽　妇女被罚八百元",
         "body": ["一名六十五岁妇女多次在组屋区喂鸽子，经警告后仍不停止，昨天承认控状，被罚款800元。"]},
        {"lines": ["人行道骑电动滑板车　青年坐牢两周"], "section": [None, "法庭新闻"], "kicker": [None, "法庭新闻"], "title": "人行道骑电动滑板车　青年坐牢两周",
         "body": ["一名二十岁青年在人行道上骑电动滑板车，撞伤一名七岁男童，昨天被判坐牢两周。"]},
        {"lines": ["超市偷巧克力　学生获感化令"], "section": [None, "法庭新闻"], "kicker": [None, "法庭新闻"], "title": "超市偷巧克力　学生获感化令",
         "body": ["一名十七岁学生在超市偷走六盒巧克力，法官考虑到他是初犯，判他接受十八个月感化令。"]},
    ],
}

VORO = {
    "name": "vro_cp1257_crlf_voro_mobile_shop_van_story_byline_line_caption_credit_running_head_midsentence_glued_politsei_kroonika_police_roundup_four_run_in_items",
    "encoding": "cp1257", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Kerksi Kiri (an invented Võro-language weekly, Võru county) 2027-10-16 lehekülg 2, Windows-1257 (Baltic: "
    "`õ ä ö ü Š`, `„ “ – •`; `Š` is 0xD0, which Windows-1252 reads as `Ð`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A local page: a story on a "
    "mobile shop van back on the village roads (title, byline line `Kaia Raudsepp`, a caption and its credit inside a sentence, a "
    "quotation cut by the running head), then, with no blank line under its last line, a police roundup under the "
    "label `Politsei kroonika`: four short items, each a place lead-in run into its text after ` – ` (each item an "
    "article, the lead-in its title).",
    "date": "2027-10-16", "page": "2",
    "head": ["KERKSI KIRI • puulpäiv, 16. rehekuu 2027 • lehekülg 2", "Kodokandi"],
    "foot": ["Kerksi Kiri • Jaama 7, Võro • toimõtus@kerksi.example.ee"],
    "furniture": ["KERKSI KIRI", "puulpäiv, 16. rehekuu 2027", "lehekülg 2", "Kodokandi", "Kerksi Kiri • lehekülg 2",
                  "Kerksi Kiri", "Jaama 7, Võro", "toimõtus@kerksi.example.ee"],
    "run": ["Kerksi Kiri • lehekülg 2"], "labels": [],
    "markup": [" • ", " • ", " • ", " • ", " • ", " – ", " – ", " – ", " – "],
    "articles": [
        {"lines": ["Poodiauto käü jälq külist läbi", "Kaia Raudsepp"], "title": "Poodiauto käü jälq külist läbi",
         "byline": ["Kaia Raudsepp"],
         "captions": ["Poodiauto Haanja külä man."], "credits": ["Pilt: Rein Tamm"],
         "body": ["Rõugõ ja Haanja küllin käü jälq poo~di~auto, midä olõ-i kats aas~takka olnu. Auto tulõ "
                  "kats kõrda nä~dä~lin, tõ~sõ~päi~väl ja riidi.",
                  "Müüjä Maie Šmidt üteli, et kõgõ inämb os~te~tas leibä, piimä ja {cap}kohvi. Mõni vanainemine "
                  "tellib kau~pa te~leh~vo~ni pääle ette.",
                  "„Poodi om meil kolm~küm~mend kilo~miitrit. Ilma autota olõssi talvõl {run}väega rassõ,“ "
                  "üteli Ella Tamm Haanja vallast."]},
        {"glued": True, "lines": ["Politsei kroonika"], "section": ["Politsei kroonika", None], "kicker": [None, "Politsei kroonika"],
         "title": "Rõugõ vallan", "runin": " – ",
         "body": ["Neläpäivä üüse va~ras~tõ~di Rõugõ küläst paa~di~moo~tor. Politsei uur, kiä mootori~ga ärq läts."]},
        {"section": [None, "Politsei kroonika"], "kicker": [None, "Politsei kroonika"], "title": "Võro liinan", "runin": " – ",
         "body": ["Riidi õdagu pe~dä~ti kinni juht, kiä sõit~sõ joob~nu~na. Ju~hi~luba võeti är."]},
        {"section": [None, "Politsei kroonika"], "kicker": [None, "Politsei kroonika"], "title": "Antsla vallan", "runin": " – ",
         "body": ["Mõtsast löüti ärq kaonu see~ne~kor~ja~ja, kiä oll õdagu tii segi ajanu. Timä oll terve."]},
        {"section": [None, "Politsei kroonika"], "kicker": [None, "Politsei kroonika"], "title": "Setomaal", "runin": " – ",
         "body": ["Piiri man pidäti kinni auto, kon oll kümme kasti il~le~gaal~sit si~ga~ret~te."]},
    ],
}

DHOLUO = {
    "name": "luo_utf16be_bom_lf_dholuo_letters_page_baruwa_mag_jasomo_label_three_letters_own_heads_signed_name_place_glued_head_caption_credit_running_head_midsentence",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Dwol Nam (an invented Dholuo-language weekly, Kisumu) 2027-11-04 pajina 6, UTF-16 BE with BOM (`’ “ ” –`), LF; "
    "blank-line paragraphs, wrapped at 39 with hyphenation. A letters page: the label `Baruwa mag Jasomo` over three "
    "readers' letters, each under its own head and signed on a line of its own with name and place (`Akinyi Odhiambo, "
    "Kondele`); the second letter's head straight under the first letter's signature with no blank line; a caption and "
    "its credit inside a sentence of the first letter, the running head in mid-sentence in the third.",
    "date": "2027-11-04", "page": "6",
    "head": ["DWOL NAM | Tich Ang’wen, Novemba 4, 2027 | Pajina 6", "Paro"],
    "foot": ["Dwol Nam | Sanduku 2210, Kisumu | baruwa@dwolnam.example.ke"],
    "furniture": ["DWOL NAM", "Tich Ang’wen, Novemba 4, 2027", "Pajina 6", "Paro", "Dwol Nam | Pajina 6",
                  "Dwol Nam", "Sanduku 2210, Kisumu", "baruwa@dwolnam.example.ke"],
    "run": ["Dwol Nam | Pajina 6"], "labels": [], "markup": [" | ", " | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Baruwa mag Jasomo", "Yie mag jolupo ochokore e dho nam"],
         "section": ["Baruwa mag Jasomo", None], "kicker": [None, "Baruwa mag Jasomo"],
         "title": "Yie mag jolupo ochokore e dho nam", "byline": ["Akinyi Odhiambo, Kondele", "Akinyi Odhiambo"],
         "captions": ["Yie mag jolupo e dho nam Dunga."], "credits": ["Picha: Brian Ouma"],
         "body": ["Aneno ni yie ma~thoth mag jo~lu~po o~cho~ko~re e dho nam Dunga, to onge kar keto yie. "
                  "Ka koth ochwe, pi ter yie moko {cap}ei nam kendo yie mang’eny ketho~re.",
                  "Akwayo ka~nya~kla mar jo~lu~po gi sirkal mar gweng’ mondo olos kar keto yie ma~ber.",
                  ("end", "Akinyi Odhiambo, Kondele")]},
        {"glued": True, "lines": ["Ndara mar Kibos dwaro lose"], "section": [None, "Baruwa mag Jasomo"], "kicker": [None, "Baruwa mag Jasomo"],
         "title": "Ndara mar Kibos dwaro lose", "byline": ["Otieno Okoth, Kibos", "Otieno Okoth"],
         "body": ["Ndara ma~don~go mar Kibos nigi bugni ma~thoth. Matatu gi piki~piki ok nyal wuoth maber, kendo "
                  "nyi~thin~do ma~wuok e skul wuo~tho e chuth mar ndara.",
                  ("end", "Otieno Okoth, Kibos")]},
        {"lines": ["Erokamano ne jothieth"], "section": [None, "Baruwa mag Jasomo"], "kicker": [None, "Baruwa mag Jasomo"],
         "title": "Erokamano ne jothieth", "byline": ["Mama Atieno Were, Nyalenda", "Mama Atieno Were", "Atieno Were"],
         "body": ["Adwaro goyo ero~ka~ma~no ne jo~thieth mag osip~tal mar Nya~len~da. Ka wuoda ne otuo e dier otieno, "
                  "ne gi~ri~te maber {run}nyaka o~chan~go.",
                  ("end", "Mama Atieno Were, Nyalenda")]},
    ],
}

RARO = {
    "name": "rar_utf8_nobom_lf_cook_islands_maori_photo_page_tivaevae_quilt_show_three_photos_long_captions_credits_short_text_tight_head_running_head_midsentence_glued_second_story",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Te Reo o Takitumu (an invented Cook Islands Māori weekly, Rarotonga) 2027-09-28 pepa 3, UTF-8 without BOM "
    "(macrons `ā ē ī ō ū`, `“ ” –`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A photo page: a "
    "show of tīvaevae (quilts) told by a short text (title directly above it, the running head in mid-sentence) and "
    "three photos with long captions, each over two or three lines, each followed by its credit line `Tūtū: …`; then, "
    "with no blank line under the last credit, a short story whose title sits directly above its lead, "
    "which opens with the dateline `NGATANGIIA –`.",
    "date": "2027-09-28", "page": "3",
    "head": ["TE REO O TAKITUMU — Ruirua, 28 Tepetema 2027 — Pepa 3", "Tūtū"],
    "foot": ["Te Reo o Takitumu — Ngatangiia, Rarotonga — reo@takitumu.example.ck"],
    "furniture": ["TE REO O TAKITUMU", "Ruirua, 28 Tepetema 2027", "Pepa 3", "Tūtū", "Te Reo o Takitumu — Pepa 3",
                  "Te Reo o Takitumu", "Ngatangiia, Rarotonga", "reo@takitumu.example.ck"],
    "run": ["Te Reo o Takitumu — Pepa 3"], "labels": [], "markup": [" — "] * 5,
    "articles": [
        {"lines": ["Te akakiteanga tīvaevae i Ngatangiia"], "title": "Te akakiteanga tīvaevae i Ngatangiia", "tight": True,
         "captions": ["Ko Mama Teina Marsters e akamārama ana i tāna tīvaevae manu ki te au tamariki o te āpii.",
                      "Te tīvaevae tātaura a te au māmā o Titikaveka, tei tuiia i roto i ē ono marama.",
                      "Te au manuiri mei Avarua e ākara ana i te au tīvaevae i roto i te are o te ekalesia."],
         "credits": ["Tūtū: Mereana Tangi", "Tūtū: Mereana Tangi", "Tūtū: Tom Herman"],
         "body": ["Ē toru ngauru tīvaevae tei aka~ki~te~ia i roto i te are o te eka~le~sia i Nga~ta~ngi~ia i te "
                  "Va~rai~re ē te Maa~nā~kai. Nā te au māmā o te oire i tui i te rei~ra.",
                  "Kua tae mai te au ma~nu~iri mei A~va~rua ē mei te au oire kē, ē kua noo rā~tou ki te {run}ā~ka~ra "
                  "ē tae ua ki te aiai.",
                  ("end", "Ko Mama Teina Marsters e akamārama"),
                  ("more", "ana i tāna tīvaevae manu ki te au"),
                  ("more", "tamariki o te āpii."),
                  ("more", "Tūtū: Mereana Tangi"),
                  ("end", "Te tīvaevae tātaura a te au māmā o"),
                  ("more", "Titikaveka, tei tuiia i roto i ē ono"),
                  ("more", "marama."),
                  ("more", "Tūtū: Mereana Tangi"),
                  ("end", "Te au manuiri mei Avarua e ākara ana"),
                  ("more", "i te au tīvaevae i roto i te are o te"),
                  ("more", "ekalesia."),
                  ("more", "Tūtū: Tom Herman")]},
        {"glued": True, "lines": ["Ka vai te mākete i te Maanākai"], "title": "Ka vai te mākete i te Maanākai", "tight": True,
         "body": ["NGATANGIIA – Ka vai~ia te mā~ke~te o te oire i te au Maa~nā~kai ki te po~po~ngi, mei te ora "
                  "ono ē tae ki te ora iva. Te ki~mi~ki~mi nei te ko~mi~ti i te au ta~nga~ta te ina~ina~ki ra i te oko "
                  "atu i tā rā~tou au kai."]},
    ],
}

DEITSCH = {
    "name": "pdc_macroman_cr_pennsylvania_dutch_schnitz_frolic_story_vun_byline_caption_credit_running_head_midsentence_then_verbesserung_correction_notice_under_story",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Es Kaschtebaam Blettli (an invented Pennsylvania Dutch weekly, Lancaster County) 2027-10-07 Blatt 4, Mac OS "
    "Roman (`’ “ ” – ◊`), classic Mac CR line ends; blank-line paragraphs, wrapped at 36 with hyphenation. A community "
    "page: a story on a church's apple-schnitz frolic (title, byline line `Vun Henner Sensenig`, a caption and its "
    "credit inside a sentence, a quotation cut by the running head), then, under it, a correction notice under the "
    "head `Verbesserung` (one paragraph, no byline).",
    "date": "2027-10-07", "page": "4",
    "head": ["ES KASCHTEBAAM BLETTLI ◊ Dunnerschdaag, 7. Oktower 2027 ◊ Blatt 4", "Neiichkeede"],
    "foot": ["Es Kaschtebaam Blettli ◊ 12 Karrichweg, Ephrata ◊ blettli@kaschte.example.com"],
    "furniture": ["ES KASCHTEBAAM BLETTLI", "Dunnerschdaag, 7. Oktower 2027", "Blatt 4", "Neiichkeede",
                  "Es Kaschtebaam Blettli ◊ Blatt 4", "Es Kaschtebaam Blettli", "12 Karrichweg, Ephrata",
                  "blettli@kaschte.example.com"],
    "run": ["Es Kaschtebaam Blettli ◊ Blatt 4"], "labels": [], "markup": [" ◊ "] * 5,
    "articles": [
        {"lines": ["Schnitzfrolic in de Bethel Karrich", "Vun Henner Sensenig"], "title": "Schnitzfrolic in de Bethel Karrich",
         "byline": ["Vun Henner Sensenig", "Henner Sensenig"],
         "captions": ["Weibsleit schaele Ebbel im Keller."], "credits": ["Bild: Lizzie Burkholder"],
         "body": ["Mehner as sech~zich Leit sin am Sam~schdaag in die Bethel Kar~rich kumme fer Ebbel schae~le un "
                  "schnit~ze. Sie hen iwwer drei~hun~nert Bu~schel fer~schafft.",
                  "Die Schnitz warre in de alde Darr~haus ge~drickelt, un im Winder gebt’s {cap}Schnitz un Gnepp "
                  "fer die ganz Gmee.",
                  "“Mei Mammi hot des schun ge~macht, wu sie en glee Maedel waar”, saagt Sadie Wea~ver, "
                  "ehr fimf~un~achtzich Yaahr {run}alt."]},
        {"lines": ["Verbesserung"], "title": "Verbesserung",
         "body": ["Letscht Woch hen mir ge~schriwwe, ass die Eb~bel~but~ter~ko~chet am 16. Ok~to~wer waer. Sell waar "
                  "letz: sie iss am 23. Ok~to~wer. Mir sin’s leed."]},
    ],
}

PAGES = [JIANXUN, DAODU, DATIE, XIAOBA, YIJUHUA, FATING, VORO, DHOLUO, RARO, DEITSCH]
