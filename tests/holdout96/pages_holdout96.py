"""The text of every holdout96 page, written once: make_holdout96_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list or box (one gold paragraph per printed line); `("h", line)` a subhead (a gold heading); `("end", line)` a printed
line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running
head; `~` marks where a Latin word may be split at a line end. All papers, people, clubs, teams, races, figures and
events are invented; real places (the GOR Cenderawasih hall of page 7, Bab Jdid and the Ménara of page 8) are
settings only.
"""

TONGJI = {
    "name": "zh_gbk_crlf_sports_page_basketball_league_report_tight_head_benbaoxun_caption_credit_running_head_midsentence_glued_jishu_tongji_box_score_header_player_points_rebounds_assists_rows_team_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汀澜日报 2027-01-17 第11版 体育, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A sports "
    "page: a men's basketball league report, its title directly above its 本报讯 lead (a caption and its credit inside "
    "a sentence, a “” quotation cut by the running head before its last words), then, with no blank line under its "
    "last line, the box score `技术统计（飞鹰队）`: a header row `球员　得分　篮板　助攻`, five starters a row and a "
    "team-total row `全队　98　41　23`; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-01-17", "page": "11",
    "head": ["汀澜日报　　2027年1月17日　星期日", "第11版　体育　　责任编辑：俞　岑"],
    "foot": ["汀澜日报社出版　　体育新闻热线：0736-5512094"],
    "furniture": ["汀澜日报", "2027年1月17日", "星期日", "第11版", "体育", "责任编辑：俞　岑", "汀澜日报·体育",
                  "汀澜日报社出版", "体育新闻热线：0736-5512094"],
    "run": ["汀澜日报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["飞鹰队主场险胜雄狮　取得四连胜"], "title": "飞鹰队主场险胜雄狮　取得四连胜", "tight": True,
         "byline": [None, "记者　晏　彬", "晏　彬", "晏彬"],
         "captions": ["卢星远（右）突破上篮。"], "credits": ["本报记者　晏　彬　摄"],
         "body": ["本报讯（记者　晏　彬）昨晚，全省男子篮球联赛第十四轮在东湖篮球馆进行，汀澜飞鹰队以98比95险胜峪川"
                  "雄狮队，取得四连胜，排名升至联赛第三。",
                  "比赛最后一分钟，两队还战成93平。飞鹰队后卫卢星远{cap}连续命中两记三分球，帮助球队锁定胜局。他全场拿下"
                  "27分，是两队得分最高的球员。",
                  "主教练韦广林赛后说，球队的防守还有不少漏洞，“第四节让对手打出了一波12比2，这是下一场之前{run}必须解"
                  "决的问题”。"]},
        {"glued": True, "lines": ["技术统计（飞鹰队）"], "title": "技术统计（飞鹰队）",
         "body": [("row", "球员　得分　篮板　助攻"),
                  ("row", "卢星远　27　4　6"),
                  ("row", "杭　震　18　11　2"),
                  ("row", "邬俊豪　16　3　9"),
                  ("row", "甄　岩　14　8　1"),
                  ("row", "司马越　12　6　3"),
                  ("row", "全队　98　41　23")]},
    ],
}

SAIGUO = {
    "name": "zh_gb18030_lf_sports_page_amateur_football_league_round_up_byline_rare_char_caption_credit_running_head_midsentence_glued_saiguo_yu_saicheng_results_and_fixtures_box_two_flush_subheads_score_and_date_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泺川日报 2027-05-11 第12版 体育, GB18030 (`\U0002b5b3` U+2B5B3 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A sports page: the city amateur football league's ninth round (title, "
    "byline line, a caption and its credit inside a sentence, the running head before the last word `归属。`), then, "
    "with no blank line under its last line, the box `赛果与赛程`: **two flush subheads `第9轮赛果` and `第10轮赛程`**, "
    "the first over three score rows `铁路队　0:2　港务队`, the second over three fixture rows `5月15日　15:00　"
    "港务队—师范学院队`; the box is an article, its head the title, the subheads its headings, each row a paragraph.",
    "date": "2027-05-11", "page": "12",
    "head": ["泺川日报　　2027年5月11日　星期二", "第12版　体育　　责任编辑：祁　澜"],
    "foot": ["泺川日报社　　体育新闻部：0538-6607215"],
    "furniture": ["泺川日报", "2027年5月11日", "星期二", "第12版", "体育", "责任编辑：祁　澜", "泺川日报·体育",
                  "泺川日报社", "体育新闻部：0538-6607215"],
    "run": ["泺川日报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["第9轮战罢　港务队继续领跑", "本报记者　柯　\U0002b5b3"], "title": "第9轮战罢　港务队继续领跑",
         "byline": ["本报记者　柯　\U0002b5b3", "柯　\U0002b5b3", "柯\U0002b5b3"],
         "captions": ["港务队队员（白衣）在比赛中拼抢。"], "credits": ["（本报记者　柯　\U0002b5b3　摄）"],
         "body": ["泺川市业余足球联赛第9轮比赛上周末结束。港务队客场2比0战胜铁路队，以22分继续排在积分榜首位。",
                  "积分排在第二的师范学院队{cap}主场与纺织厂队1比1战平，与港务队的分差被拉大到4分。电力队3比1击败码头队，"
                  "排名上升两位。",
                  "联赛组委会介绍，本赛季共有12支球队参赛。第10轮比赛本周六开踢，港务队将在主场迎战师范学院队，这场比赛的"
                  "结果很可能决定冠军的{run}归属。"]},
        {"glued": True, "lines": ["赛果与赛程"], "title": "赛果与赛程",
         "body": [("h", "第9轮赛果"),
                  ("row", "铁路队　0:2　港务队"),
                  ("row", "师范学院队　1:1　纺织厂队"),
                  ("row", "电力队　3:1　码头队"),
                  ("h", "第10轮赛程"),
                  ("row", "5月15日　15:00　港务队—师范学院队"),
                  ("row", "5月15日　19:30　纺织厂队—铁路队"),
                  ("row", "5月16日　15:00　码头队—电力队")]},
    ],
}

KUAIWEN = {
    "name": "zht_big5_crlf_taiwan_sports_page_volleyball_mvp_profile_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_kuaiwen_kuaida_rapid_fire_qa_box_q_and_a_label_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "璞嶼日報 2027-04-12 A15 運動 (`中華民國116年4月12日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan sports page: a women's volleyball league's most valuable player, the title directly above the "
    "`【記者涂欣妤／台中報導】` lead (a 「」 quotation, a caption and its credit inside a sentence, the running head "
    "before the last words `先發位置。`), then, with no blank line, **the box `快問快答`: four questions and answers, "
    "each a row opened by `Q：` or `A：`**; the box is an article, its head the title, each row a paragraph with its "
    "label kept.",
    "date": "2027-04-12", "page": "A15",
    "head": ["璞嶼日報　中華民國116年4月12日　星期一", "A15　運動　　編輯：鄔佳蓉"],
    "foot": ["璞嶼日報社　讀者服務專線：(04)2358-7716"],
    "furniture": ["璞嶼日報", "中華民國116年4月12日", "星期一", "A15", "運動", "編輯：鄔佳蓉", "璞嶼日報．運動",
                  "璞嶼日報社", "讀者服務專線：(04)2358-7716"],
    "run": ["璞嶼日報．運動"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["網前一堵牆　簡以晴獲選MVP"], "title": "網前一堵牆　簡以晴獲選MVP", "tight": True,
         "byline": [None, "記者涂欣妤", "涂欣妤"],
         "captions": ["簡以晴（中）在網前攔網。"], "credits": ["（記者涂欣妤攝）"],
         "body": ["【記者涂欣妤／台中報導】企業女子排球聯賽昨天在台中落幕，青峰隊副攻手簡以晴全季攔網得分86分，獲選年度"
                  "最有價值球員。",
                  "今年二十四歲的簡以晴，{cap}身高一八六公分，是聯賽最高的球員。她說，拿到這個獎「有點意外，也很謝謝隊"
                  "友，沒有她們的舉球，我什麼都做不到」。",
                  "青峰隊總教練范志豪表示，簡以晴這一季進步最多的是發球，下一季希望她能挑戰國家隊的{run}先發位置。"]},
        {"glued": True, "lines": ["快問快答"], "title": "快問快答",
         "body": [("row", "Q：最喜歡的食物？"),
                  ("row", "A：媽媽煮的牛肉麵。"),
                  ("row", "Q：比賽前一定會做的事？"),
                  ("row", "A：同一首歌，聽三遍。"),
                  ("row", "Q：最想去哪裡打球？"),
                  ("row", "A：日本，那裡的球迷很熱情。"),
                  ("row", "Q：想對小球員說一句話？"),
                  ("row", "A：不要怕輸，每一球都要拚。")]},
    ],
}

DUHAI = {
    "name": "zht_big5hkscs_lf_hong_kong_sports_page_cross_harbour_swim_story_cantonese_byline_caption_inside_quote_credit_running_head_midsentence_glued_nanzi_gongkaizu_chengji_result_list_place_name_club_time_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "銀澳日報 2027-10-11 B8 體育, Big5-HKSCS (`嘅 喺 咗 嚟 嗰`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong sports page: a sixteen-year-old wins the harbour swim (title, byline "
    "line `記者　霍穎琳`, Cantonese in the text, a caption and its credit dropped inside the winner's 「」 quotation, "
    "the running head before the last words `水試下。`), then, with no blank line, the result list `男子公開組成績`: a "
    "header row `名次　姓名　屬會　時間` and five rows `1　梁子朗　晴灣泳會　19:42.18`; the list is an article, its "
    "head the title, each printed line a paragraph.",
    "date": "2027-10-11", "page": "B8",
    "head": ["銀澳日報　2027年10月11日　星期一", "B8　體育　　編輯：龐詠詩"],
    "foot": ["銀澳日報社　　體育新聞熱線：2817 6630"],
    "furniture": ["銀澳日報", "2027年10月11日", "星期一", "B8", "體育", "編輯：龐詠詩", "銀澳日報．體育", "銀澳日報社",
                  "體育新聞熱線：2817 6630"],
    "run": ["銀澳日報．體育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["渡海泳　十六歲小將奪冠", "記者　霍穎琳"], "title": "渡海泳　十六歲小將奪冠",
         "byline": ["記者　霍穎琳", "霍穎琳"],
         "captions": ["泳手喺尖沙咀起步。"], "credits": ["（霍穎琳攝）"],
         "body": ["一年一度嘅渡海泳昨日舉行，約二千名泳手由尖沙咀游到灣仔，全程一點五公里。男子公開組冠軍由十六歲嘅梁子朗"
                  "奪得，時間19分42秒18。",
                  "梁子朗上岸之後話：「今日水流好急，{cap}我最後三百米先追過前面嗰位師兄，真係估唔到會贏。」",
                  "今年參加人數比去年多咗三成，唔少人專登由外國返嚟參加。大會表示明年會考慮增設兒童組，等更多小朋友都可以"
                  "落{run}水試下。"]},
        {"glued": True, "lines": ["男子公開組成績"], "title": "男子公開組成績",
         "body": [("row", "名次　姓名　屬會　時間"),
                  ("row", "1　梁子朗　晴灣泳會　19:42.18"),
                  ("row", "2　黃俊熙　東堤泳會　19:44.05"),
                  ("row", "3　麥浩然　晴灣泳會　19:51.60"),
                  ("row", "4　蘇嘉樂　柏濤泳會　20:03.27"),
                  ("row", "5　區展鵬　海藍泳會　20:09.91")]},
    ],
}

TUPIAN = {
    "name": "zh_utf16le_bom_crlf_sports_page_photo_story_of_a_veterans_football_club_tupian_gushi_label_byline_numbered_captions_block_one_credit_inside_sentence_running_head_midsentence_glued_tight_head_benbaoxun_brief",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岑江晚报 2027-02-06 第9版 体育, **UTF-16 LE with BOM**, CRLF; blank-line paragraphs, wrapped at 22. A sports "
    "page: a photo story of a veterans' football club under the label `图片故事` (title, byline line `本报记者　卫　澄`, "
    "**three numbered captions `①…`, `②…`, `③…` and their one credit `卫　澄　摄` dropped as a block inside a "
    "sentence**, the running head before the last word `传统。`), then, with no blank line, a brief whose title sits "
    "directly above its `本报讯` lead.",
    "date": "2027-02-06", "page": "9",
    "head": ["岑江晚报　　2027年2月6日　星期六", "第9版　体育　　责任编辑：阎　菁"],
    "foot": ["岑江晚报社　　新闻热线：0817-3306512"],
    "furniture": ["岑江晚报", "2027年2月6日", "星期六", "第9版", "体育", "责任编辑：阎　菁", "岑江晚报·体育",
                  "岑江晚报社", "新闻热线：0817-3306512"],
    "run": ["岑江晚报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["图片故事", "“老码头”队的第三十个年头", "本报记者　卫　澄"], "section": ["图片故事", None],
         "kicker": [None, "图片故事"], "title": "“老码头”队的第三十个年头",
         "byline": ["本报记者　卫　澄", "卫　澄", "卫澄"],
         "captions": ["①周日清晨，队员们在球场边热身。", "②队长倪德厚（左）给年轻队员讲解战术。",
                      "③“祖孙赛”结束后，队员们合影留念。"],
         "credits": ["卫　澄　摄"],
         "body": ["每个周日清晨，岑江边的老码头球场上，总能看到一群头发花白的人在踢球。这支名叫“老码头”的业余球队成立于"
                  "1997年，今年正好是第三十个年头。",
                  "队长倪德厚今年六十八岁，{cap}是球队的创始人之一。他说，最早的队员都是码头上的装卸工人，“下了班没事干，"
                  "就凑在一起踢”。",
                  "如今，球队有四十多名队员，年纪最大的七十四岁，最小的是老队员的孙子，刚满十岁。每年春节前，球队都要踢一"
                  "场“祖孙赛”，这已经成了{run}传统。"]},
        {"glued": True, "lines": ["市青少年足球联赛下周开赛"], "title": "市青少年足球联赛下周开赛", "tight": True,
         "body": ["本报讯　记者从市足协获悉，第十二届市青少年足球联赛将于下周六开赛，来自二十六所中小学的四十支球队报名"
                  "参加，比赛将持续到六月。"]},
    ],
}

CHANGBIAN = {
    "name": "zh_utf8_bom_crlf_malaysia_sports_page_columnist_comment_changbian_guancha_label_wen_slash_byline_caption_credit_running_head_midsentence_author_note_last_paragraph_glued_titan_jianxun_briefs_heads_over_place_xun_leads",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "榴港日报 2027-06-16 A17 体育 (an invented Malaysian Chinese daily; simplified), UTF-8 with BOM, CRLF; "
    "blank-line paragraphs, wrapped at 21. A sports page: a columnist's comment under the rubric `场边观察` (title, "
    "byline line `文／曾国梁`, a caption and its credit inside a sentence, the running head before the last word "
    "`捷径。`, the note `（作者是本报资深记者）` its last paragraph), then, with no blank line under the note, **the "
    "column `体坛简讯`: three briefs, each a head on its own line directly above one paragraph opened by its place "
    "`（怡保讯）`, `（吉隆坡讯）`, `（槟城讯）`**; each brief an article, the column label the first brief's section "
    "(as holdout88's `商業簡訊`).",
    "date": "2027-06-16", "page": "A17",
    "head": ["榴港日报　2027年6月16日　星期三", "A17　体育　　编辑：骆慧敏"],
    "foot": ["榴港日报社　体育组电邮：sukan@liugang.example.my"],
    "furniture": ["榴港日报", "2027年6月16日", "星期三", "A17", "体育", "编辑：骆慧敏", "榴港日报·体育", "榴港日报社",
                  "体育组电邮：sukan@liugang.example.my"],
    "run": ["榴港日报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["场边观察", "大马足球需要的不是奇迹", "文／曾国梁"], "section": ["场边观察", None],
         "kicker": [None, "场边观察"], "title": "大马足球需要的不是奇迹",
         "byline": ["文／曾国梁", "曾国梁"],
         "captions": ["国家队球员赛后向球迷致意。"], "credits": ["（档案照）"],
         "body": ["国家队上周在主场0比2不敌对手，预选赛出线形势再次变得困难。球迷失望，可以理解；但每输一场球就喊着换"
                  "教练，恐怕解决不了问题。",
                  "过去十年，国家队换了六任主教练，{cap}没有一任做满两年。青训体系却一直没有真正建立起来，州联赛里年轻球员"
                  "的上场时间越来越少。",
                  "与其期待一场奇迹，不如把钱和耐心花在十五岁以下的孩子身上。这条路很慢，但没有别的{run}捷径。",
                  "（作者是本报资深记者）"]},
        {"glued": True, "lines": ["体坛简讯", "霹雳队签下两名外援"], "tight": True,
         "section": ["体坛简讯", None], "kicker": [None, "体坛简讯"], "title": "霹雳队签下两名外援",
         "body": ["（怡保讯）霹雳州足球队昨日宣布签下两名外援，两人将在下周的主场比赛中首次亮相。"]},
        {"lines": ["全国少年羽球赛周六开打"], "tight": True, "section": [None, "体坛简讯"],
         "kicker": [None, "体坛简讯"], "title": "全国少年羽球赛周六开打",
         "body": ["（吉隆坡讯）第十五届全国少年羽球锦标赛将于本周六在武吉加里尔开打，共有四百多名选手参赛。"]},
        {"lines": ["槟城晨跑节报名月底截止"], "tight": True, "section": [None, "体坛简讯"],
         "kicker": [None, "体坛简讯"], "title": "槟城晨跑节报名月底截止",
         "body": ["（槟城讯）槟城晨跑节的报名将于本月底截止，大会表示，今年的名额只剩下不到一千个。"]},
    ],
}

FUTSAL = {
    "name": "pmy_utf16be_bom_lf_papuan_malay_sports_page_futsal_final_report_oleh_byline_dateline_caption_credit_running_head_midsentence_glued_susunan_pemain_box_one_team_a_line_gol_scorers_line_wasit_line",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 48, "indent": "", "blank": True,
    "note": "Suara Teluk (an invented Jayapura daily) 2027-07-19 Hal. 14 Olahraga, **UTF-16 BE with BOM** (`– “ ”`), "
    "LF; blank-line paragraphs, wrapped at 48 with hyphenation. A Papuan Malay sports page: a village futsal cup's "
    "final (title, byline line `Oleh Yuliana Mirino`, the dateline `JAYAPURA –` opening the lead, a caption and its "
    "credit inside a sentence, a “” quotation cut by the running head before `menang.”`), then, with no blank line, "
    "**the box `Susunan Pemain`: one team a line (`Teluk Biru: Kafiar, Mayor, …`), the scorers line `Gol: …` and "
    "the referee's line `Wasit: …`**; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-07-19", "page": "14",
    "head": ["SUARA TELUK · Senin, 19 Juli 2027 · Hal. 14", "Olahraga · Redaktur: Frans Kareth"],
    "foot": ["Suara Teluk · olahraga@suarateluk.example.id"],
    "furniture": ["SUARA TELUK", "Senin, 19 Juli 2027", "Hal. 14", "Olahraga", "Redaktur: Frans Kareth",
                  "Suara Teluk · Olahraga", "Suara Teluk", "olahraga@suarateluk.example.id"],
    "run": ["Suara Teluk · Olahraga"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Teluk Biru angkat Piala Port Numbay", "Oleh Yuliana Mirino"],
         "title": "Teluk Biru angkat Piala Port Numbay", "byline": ["Oleh Yuliana Mirino", "Yuliana Mirino"],
         "captions": ["Markus Yoku (kiri) rayakan gol kedua."], "credits": ["Foto: Nelson Ayomi"],
         "body": ["JAYAPURA – Teluk Biru dari Hamadi su angkat Piala Port Numbay, turnamen futsal antar-kampung, se~te~lah "
                  "kasih kalah Sentani Raya 4-2 di final, Sabtu (17/7) malam, di GOR Cen~de~ra~wa~sih.",
                  "Markus Yoku jadi bin~tang. De ce~tak tiga gol, dua di ba~bak per~tama. Pe~non~ton yang pe~nuh sampe di "
                  "pintu ma~suk {cap}ber~diri trus ba~nya~nyi deng tepuk ta~ngan sampe pe~luit ter~akhir.",
                  "Pe~latih Teluk Biru, Agus Sawaki, bilang de pu anak-anak su la~tihan tiap malam dari bulan Mei. "
                  "“Kitong tra punya la~pa~ngan bagus, jadi kitong la~tihan di jalan depan gereja. Tapi se~ma~ngat dong "
                  "ini yang bikin kitong {run}me~nang.”"]},
        {"glued": True, "lines": ["Susunan Pemain"], "title": "Susunan Pemain",
         "body": [("row", "Teluk Biru: Kafiar, Mayor, Bonay, M. Yoku, Wamea"),
                  ("row", "Sentani Raya: Pepuho, Deda, Ohee, Tabuni, Suebu"),
                  ("row", "Gol: Yoku 4’, 15’, 33’, Bonay 27’ – Ohee 9’, 38’"),
                  ("row", "Wasit: Hendrik Rumere")]},
    ],
}

NATIJA = {
    "name": "ary_macroman_cr_moroccan_darija_latin_arabizi_sports_page_marathon_story_ktebha_byline_dateline_caption_credit_running_head_midsentence_glued_natija_result_list_place_name_country_time_rows_aligned_by_spaces_women_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "L'Bahja (an invented Marrakech daily) 2027-01-25 Sf7a 12 Riyada, Mac OS Roman (`– “ ” é`), **CR** line "
    "ends; blank-line paragraphs, wrapped at 38 with hyphenation. A Moroccan Darija sports page in Latin letters with "
    "the digits of chat writing (`3`, `7`, `9` for Arabic sounds): the city marathon (title, byline line `Ktebha: "
    "Salma Ouchen`, the dateline `MARRAKECH –` opening the lead, a caption and its credit inside a sentence, a “” "
    "quotation, the running head before the last word `Paris.`), then, with no blank line, **the result list "
    "`Natija dyal r-rjal`: five rows `place  name  country  time` aligned by runs of spaces and the women's winner's "
    "row `L-3yalat: …`**; the list is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2027-01-25", "page": "12",
    "head": ["L'BAHJA – L-Tnin 25 Yennayer 2027 – Sf7a 12", "Riyada – Redaksyon: Karim Zerhouni"],
    "foot": ["L'Bahja – riyada@lbahja.example.ma"],
    "furniture": ["L'BAHJA", "L-Tnin 25 Yennayer 2027", "Sf7a 12", "Riyada", "Redaksyon: Karim Zerhouni",
                  "L'Bahja – Riyada", "L'Bahja", "riyada@lbahja.example.ma"],
    "run": ["L'Bahja – Riyada"], "labels": [], "markup": [" – "] * 5,
    "articles": [
        {"lines": ["Ait Lahcen rbe7 l-marathon", "dyal Marrakech", "Ktebha: Salma Ouchen"],
         "title": "Ait Lahcen rbe7 l-marathon dyal Marrakech", "byline": ["Ktebha: Salma Ouchen", "Salma Ouchen"],
         "captions": ["L-3eddaya f Bab Jdid 9bel l-bdya."], "credits": ["Tsswira: Anas Lmrabet"],
         "body": ["MARRAKECH – Youssef Ait Lahcen rbe7 l-marathon dyal Marrakech l-7edd, f 2:09:14, 9bel men l-Ke~nyani "
                  "Elias Ki~me~li b 11 ta~nya. Had l-wa9t howa a7sen wa9t f ta~rikh s-sba9.",
                  "S-sba9 bda m3a s-sb7 f Bab Jdid, w n-nas {cap}kanu wa9~fin 3la jnab t-tri9 7ta l-Ménara kay-che~j3o. "
                  "Ait Lahcen 9al: “Had r-rb7 l-waliddin dyali w l-ga3 l-Mgha~rba.”",
                  "F l-3yalat, rb7at Fatima Zahra Oubella f 2:27:50. Hadi tani mra kat-rbe7 f Marrakech, w 9alt bli "
                  "daba ghadi t-wjjed l-ma~rathon dyal {run}Paris."]},
        {"glued": True, "lines": ["Natija dyal r-rjal"], "title": "Natija dyal r-rjal",
         "body": [("row", "1  Youssef Ait Lahcen  MAR  2:09:14"),
                  ("row", "2  Elias Kimeli        KEN  2:09:25"),
                  ("row", "3  Hamid Boutaleb      MAR  2:10:02"),
                  ("row", "4  Abebe Tadesse       ETH  2:10:48"),
                  ("row", "5  Rachid El Ouardi    MAR  2:11:30"),
                  ("row", "L-3yalat: F. Z. Oubella  MAR  2:27:50")]},
    ],
}

CLASIFICA = {
    "name": "egl_cp1252_crlf_emilian_bolognese_sports_page_basketball_derby_report_ed_byline_dateline_caption_credit_running_head_midsentence_guillemet_quote_glued_clasifica_standings_header_pos_team_played_points_rows_aligned_by_spaces",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Al Sgnèl (an invented Bologna daily) 2027-03-15 Pàg. 21 Spôrt, Windows-1252 (`à è é ò ó ô â å Å « » – ·`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. An Emilian (Bolognese) sports page: an amateur "
    "basketball derby (title, byline line `ed Marco Tinarelli`, the dateline `BULÅGGNA –` opening the lead, a caption "
    "and its credit inside a sentence, a «» quotation cut by the running head before `Bertalia.»`), then, with no "
    "blank line, **the standings table `Clasìfica`: a header row `Pos  Squèdra  G  Pt` and six rows `1  Navile Basket  "
    "14  24` aligned by runs of spaces**; the table is an article, its head the title, each printed line a paragraph "
    "(one space kept).",
    "date": "2027-03-15", "page": "21",
    "head": ["AL SGNÈL · Lunedé 15 ed mèrz 2027 · Pàg. 21", "Spôrt · Redaziån: Laura Gamberini"],
    "foot": ["Al Sgnèl · sport@alsgnel.example.it"],
    "furniture": ["AL SGNÈL", "Lunedé 15 ed mèrz 2027", "Pàg. 21", "Spôrt", "Redaziån: Laura Gamberini",
                  "Al Sgnèl · Spôrt", "Al Sgnèl", "sport@alsgnel.example.it"],
    "run": ["Al Sgnèl · Spôrt"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Al Navile al vénz al derby", "ed Marco Tinarelli"], "title": "Al Navile al vénz al derby",
         "byline": ["ed Marco Tinarelli", "Marco Tinarelli"],
         "captions": ["Manservisi al tîra da trî."], "credits": ["Fòto: Gianni Landi"],
         "body": ["BULÅGGNA – Al Navile Basket l’à vént al derby cån la Pôrta Lâma 78-71 e adès l’é da par lò in vatta a "
                  "la cla~sì~fica, cån dû pónt ed van~tâz.",
                  "La par~tîda l’é stè dûra fén a la fén. A trî minûd dal sunèl {cap}la Pôrta Lâma l’êra anc dnanz ed "
                  "un pónt, mo pò Gigi Man~ser~visi l’à fât dû tîr da trî.",
                  "«I mî ragazû i n an mai mulè», l’à détt l’alena~dåur Paolo Zuc~chini. «Adès a pinsän a la par~tîda "
                  "ed dumènnga a {run}Bertalia.»"]},
        {"glued": True, "lines": ["Clasìfica"], "title": "Clasìfica",
         "body": [("row", "Pos  Squèdra          G   Pt"),
                  ("row", "1    Navile Basket    14  24"),
                  ("row", "2    Pôrta Lâma       14  22"),
                  ("row", "3    Bertalia         14  20"),
                  ("row", "4    Savena           13  16"),
                  ("row", "5    Curtsèla         14  12"),
                  ("row", "6    San Dunèin       13   8")]},
    ],
}

CRICKET = {
    "name": "aig_latin1_lf_antiguan_creole_sports_page_young_cricketer_qa_interview_title_byline_dateline_intro_first_name_turns_caption_credit_running_head_midsentence_inside_an_answer",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "The Wadadli Drum (an invented St. John's daily) 2027-11-24 Page 8 Sports, ISO 8859-1 (`é`; straight "
    "quotes, a hyphen for the dash), LF; blank-line paragraphs, wrapped at 36 with hyphenation. An Antiguan Creole "
    "sports page: **a short Q&A with a nineteen-year-old cricketer** (title, byline line `By Renée Francis`, the "
    "dateline `ST. JOHN'S -` opening the intro, **eight turns labelled by the reporter's and the player's first "
    "names `Renée:` / `Kadeem:`**, a caption and its credit inside an answer, the running head inside the last "
    "answer). 1 article.",
    "date": "2027-11-24", "page": "8",
    "head": ["THE WADADLI DRUM | Wednesday, November 24, 2027 | Page 8", "Sports"],
    "foot": ["The Wadadli Drum | sportsdesk@wadadlidrum.example.ag"],
    "furniture": ["THE WADADLI DRUM", "Wednesday, November 24, 2027", "Page 8", "Sports",
                  "The Wadadli Drum | Sports", "The Wadadli Drum", "sportsdesk@wadadlidrum.example.ag"],
    "run": ["The Wadadli Drum | Sports"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Kadeem Samuel: \"Me nuh done yet\"", "By Renée Francis"],
         "title": "Kadeem Samuel: \"Me nuh done yet\"", "byline": ["By Renée Francis", "Renée Francis"],
         "captions": ["Kadeem Samuel at de crease."], "credits": ["Photo: Jerome Daniel"],
         "body": ["ST. JOHN'S - Kadeem Samuel, 19, from Liberta, mek 112 not out fu Antigua against Nevis pon Sunday. "
                  "Now de West Indies se~lec~tors a watch he. Me ketch up wid he at de Rec.",
                  "Renée: How yuh feel after dat hundred?",
                  "Kadeem: Me still cyaan be~lieve it. Me mudda been deh pon de bound~ary a bawl de whole time.",
                  "Renée: When yuh start fu play cricket?",
                  "Kadeem: From me small. Me grand~fad~da mek me a bat outta coconut bough {cap}an we play pon de "
                  "beach every eve~ning.",
                  "Renée: Who help yuh de most?",
                  "Kadeem: Coach Lennox. He tell me fu tek me time an nuh give way me wicket cheap.",
                  "Renée: Wah yuh wan tell de young pick~ney dem?",
                  "Kadeem: Prac~tise hard an doan mind wah people seh. If yuh wuk hard, yuh go reach {run}wey yuh "
                  "wan go."]},
    ],
}

PAGES = [TONGJI, SAIGUO, KUAIWEN, DUHAI, TUPIAN, CHANGBIAN, FUTSAL, NATIJA, CLASIFICA, CRICKET]
