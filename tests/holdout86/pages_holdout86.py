"""The text of every holdout86 page, written once: make_holdout86_pages.py prints it and writes the gold.

The page format is holdout83's (see pages_holdout83.py, itself holdout77's, holdout75's and holdout73's), unchanged:
`"glued": True` on an article prints its first line straight under the previous article's last line, with no blank
line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a list or box (one gold
paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold; `("more", line)` the same
with no blank line before it. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head,
`{pq}` the pull quote; `"runin": sep` runs a brief's title into its first paragraph; `~` marks where a Latin word may
be split at a line end. All papers, people, firms, agencies' reporters, villages' streets and events are invented;
real places are settings only.
"""

TOUBAN = {
    "name": "zh_gbk_crlf_front_page_three_deck_head_yinti_zhuti_futi_over_benbaoxun_lead_weather_ear_caption_credit_running_head_midsentence_glued_tight_head_second_front_story",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澧原日报 2027-03-16 第1版 要闻, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A front "
    "page: the masthead with a weather ear (`今日天气：多云转小雨　8～15℃`) beside the date; the lead story under a "
    "three-deck head (引题 the kicker, 主题 the title, 副题 the subtitle) set directly above its 本报讯 lead, a caption "
    "and its credit inside a sentence, the running head in mid-sentence; then, with no blank line under its last line, "
    "a second front story whose title sits directly above its 本报讯 lead.",
    "date": "2027-03-16", "page": "1",
    "head": ["澧原日报　　2027年3月16日　星期二　　今日天气：多云转小雨　8～15℃", "第1版　要闻　　责任编辑：庞　洺"],
    "foot": ["澧原日报社出版　　新闻热线：0736-4418250"],
    "furniture": ["澧原日报", "2027年3月16日", "星期二", "今日天气：多云转小雨　8～15℃", "第1版", "要闻",
                  "责任编辑：庞　洺", "澧原日报·要闻", "澧原日报社出版", "新闻热线：0736-4418250"],
    "run": ["澧原日报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["投资十二亿元　建设历时三年", "澧原南站今天正式通车", "首日开行列车四十六趟，到省城最快五十八分钟"],
         "kicker": "投资十二亿元　建设历时三年", "title": "澧原南站今天正式通车",
         "subtitle": "首日开行列车四十六趟，到省城最快五十八分钟", "tight": True,
         "byline": [None, "记者　龚　澄", "龚　澄", "龚澄"],
         "captions": ["旅客在澧原南站候车大厅排队进站。"], "credits": ["本报记者　龚　澄　摄"],
         "body": ["本报讯（记者　龚　澄）今天上午七时十二分，第一趟列车从澧原南站驶出，这座建了三年的新车站"
                  "正式投入使用。",
                  "新车站位于城南的桂花大道东侧，候车大厅可同时容纳两千人，{cap}设有十二个检票口和一个母婴室。"
                  "首日共开行列车四十六趟，到省城最快五十八分钟。",
                  "赶早班车去省城看病的覃阿姨说：“以前要坐三个钟头的汽车，现在一个钟头就到，看完病当天就"
                  "能{run}回家。”"]},
        {"glued": True, "lines": ["全县春耕物资储备充足"], "title": "全县春耕物资储备充足", "tight": True,
         "byline": [None, "记者　石　蕾", "石　蕾", "石蕾"],
         "body": ["本报讯（记者　石　蕾）记者从县农业农村局获悉，全县已储备化肥一万二千吨、种子四百六十吨，"
                  "能满足春耕需要。",
                  "各乡镇农资店已开始供货，县里还组织了二十支农机服务队下村帮忙。"]},
    ],
}

SHUSHUO = {
    "name": "zh_gb18030_lf_data_story_rural_parcels_figures_in_text_byline_rare_char_caption_credit_running_head_midsentence_glued_shushuo_box_figure_and_label_lines",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汶屿日报 2027-04-20 第2版 要闻, GB18030 (`𫖯` U+2B5AF in the reporter's name, not in GBK), LF; indent-only "
    "paragraphs, wrapped at 21. A data story on parcels reaching the villages (title, byline line, figures in the "
    "text, a caption and its credit inside a sentence, the running head in mid-sentence), then, with no blank line "
    "under its last line, a box `数说`: four lines, each a figure and its label parted by a full-width space, and a "
    "source line; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-04-20", "page": "2",
    "head": ["汶屿日报　　2027年4月20日　星期二", "第2版　要闻　　责任编辑：柴　朔"],
    "foot": ["汶屿日报社　　新闻热线：0633-8812047"],
    "furniture": ["汶屿日报", "2027年4月20日", "星期二", "第2版", "要闻", "责任编辑：柴　朔", "汶屿日报·要闻",
                  "汶屿日报社", "新闻热线：0633-8812047"],
    "run": ["汶屿日报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["快递进村　一年三千万件", "本报记者　邝　𫖯"], "title": "快递进村　一年三千万件",
         "byline": ["本报记者　邝　𫖯", "邝　𫖯", "邝𫖯"],
         "captions": ["快递员在村级服务点分拣包裹。"], "credits": ["（本报记者　邝　𫖯　摄）"],
         "body": ["去年，全县快递业务量达到3126万件，比上年增长18.4%，其中三成多发往或来自农村。",
                  "在东坪镇的村级服务点，{cap}村民取件不用再跑十几里山路。服务点负责人晏秋生说，每天要收发四百多件，"
                  "最多的是本地的茶叶和笋干。",
                  "县商务局介绍，全县已建成村级快递服务点214个，包裹从县城送到村里平均只要1.9天，今年还将"
                  "新增三十个，争取所有行政村{run}全覆盖。"]},
        {"glued": True, "lines": ["数说"], "title": "数说",
         "body": [("row", "3126万件　全年快递业务量"),
                  ("row", "18.4%　比上年增长"),
                  ("row", "214个　村级快递服务点"),
                  ("row", "1.9天　县城到村平均用时"),
                  ("row", "资料来源：县商务局")]},
    ],
}

SHOUJI = {
    "name": "zht_big5_crlf_taiwan_front_news_mobile_clinic_story_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_jizhe_shouji_notebook_sidebar_bracketed_label",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "蘭港日報 2027-05-12 A3 焦點 (`中華民國116年5月12日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan front news page: a story on a mobile clinic van for mountain villages, its title directly above the "
    "`【記者游晴安／花蓮報導】` lead (「」 quote, a caption and its credit inside a sentence, the running head in "
    "mid-sentence), then, with no blank line, the reporter's notebook sidebar: the label `【記者手記】` (the section, as holdout10/11/12/62; kicker or none accepted), "
    "its own head (the title), two paragraphs, no byline.",
    "date": "2027-05-12", "page": "A3",
    "head": ["蘭港日報　中華民國116年5月12日　星期三", "A3　焦點　　編輯：彭欣儀"],
    "foot": ["蘭港日報社　讀者服務專線：(03)832-6610"],
    "furniture": ["蘭港日報", "中華民國116年5月12日", "星期三", "A3", "焦點", "編輯：彭欣儀", "蘭港日報．焦點",
                  "蘭港日報社", "讀者服務專線：(03)832-6610"],
    "run": ["蘭港日報．焦點"], "labels": [], "markup": ["【】"],
    "articles": [
        {"lines": ["巡迴醫療車上山　偏鄉老人免下山看診"], "title": "巡迴醫療車上山　偏鄉老人免下山看診",
         "tight": True, "byline": [None, "記者游晴安", "游晴安"],
         "captions": ["醫師在醫療車上為老人量血壓。"], "credits": ["（記者游晴安攝）"],
         "body": ["【記者游晴安／花蓮報導】縣內第一輛巡迴醫療車昨天開上山區部落，車上有診間、藥局和抽血設備，"
                  "每週固定到五個部落看診。",
                  "八十一歲的林阿公一早就在活動中心前等候，{cap}他說：「以前看一次病要坐兩個小時的車，現在醫生"
                  "自己上山來，真的{run}方便很多。」",
                  "衛生局表示，醫療車每月可服務約六百人次，明年將再增加一輛。"]},
        {"glued": True, "lines": ["【記者手記】", "山路盡頭的等待"], "section": ["記者手記", "【記者手記】", None],
         "kicker": [None, "記者手記"],
         "title": "山路盡頭的等待",
         "body": ["跟著醫療車上山，一路彎彎曲曲，開了將近一個半小時。車還沒停好，老人家已經排成一列，有人"
                  "手上拿著舊的藥袋，有人帶了自己種的青菜要送給醫生。",
                  "對住在城裡的人來說，看病只是走幾步路的事；對山上的老人，卻是一整天的行程。這輛車帶上山的，"
                  "不只是藥，還有被記得的感覺。"]},
    ],
}

ZHOUNIAN = {
    "name": "zht_big5hkscs_lf_hong_kong_anniversary_special_ferry_pier_centenary_bianzhean_editors_note_over_story_byline_caption_credit_running_head_midsentence_glued_benbao_xun_tight_brief",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "東灣日報 2027-10-06 A6 特刊 (a pier's centenary special), Big5-HKSCS (`啲 喺 咗 嘢 嘅`; in neither cp950 "
    "nor Big5), LF; blank-line paragraphs, wrapped at 20. An anniversary page: the head, then the editor's note "
    "`編者按：…` over the story (its first paragraph, label kept), the byline line `記者　麥詠嵐` under the note, a "
    "Cantonese story on an old ferry pier's hundred years (a caption and its credit inside a Cantonese quotation, the "
    "running head in mid-sentence), then, with no blank line, a brief whose title sits directly above its `【本報訊】` lead.",
    "date": "2027-10-06", "page": "A6",
    "head": ["東灣日報　2027年10月6日　星期三", "A6　碼頭百年特刊　　編輯：岑國棟"],
    "foot": ["東灣日報社　　讀者熱線：2871 6634"],
    "furniture": ["東灣日報", "2027年10月6日", "星期三", "A6", "碼頭百年特刊", "編輯：岑國棟", "東灣日報．特刊", "東灣日報社",
                  "讀者熱線：2871 6634"],
    "run": ["東灣日報．特刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["百年渡輪碼頭　載住幾代人嘅回憶"], "title": "百年渡輪碼頭　載住幾代人嘅回憶",
         "byline": ["記者　麥詠嵐", "麥詠嵐"],
         "captions": ["梁伯喺碼頭賣咗五十年報紙。"], "credits": ["（麥詠嵐攝）"],
         "body": ["編者按：東灣渡輪碼頭今年啟用滿一百年。本報今日刊出特刊，記下碼頭旁邊幾代街坊嘅故事。",
                  ("end", "記者　麥詠嵐"),
                  "朝早六點，第一班船未泊岸，碼頭已經有街坊等緊。賣報紙嘅梁伯今年七十八歲，喺呢度開檔已經半個世紀。",
                  "「以前啲船細好多，{cap}落雨天成身濕晒，」梁伯笑住講，「而家有冷氣，舒服好多，不過搭船嘅人"
                  "都係嗰{run}班老街坊。」",
                  "碼頭管理處表示，今年會喺候船區加設展板，介紹碼頭一百年嚟嘅變化。"]},
        {"glued": True, "lines": ["碼頭舊相展覽周六開幕"], "title": "碼頭舊相展覽周六開幕", "tight": True,
         "body": ["【本報訊】一百張東灣渡輪碼頭舊相片將於本周六起喺社區會堂展出，展期兩星期，免費入場。"]},
    ],
}

GUOJI = {
    "name": "zh_utf16le_bom_crlf_international_page_correspondent_story_benbao_zhu_manggu_jizhe_byline_caption_credit_running_head_midsentence_glued_xinhuashe_dateline_brief_tight_head",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岷屿日报 2027-06-09 第4版 国际, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. An "
    "international page: a correspondent's story from Bangkok (title, byline line `本报驻曼谷记者　韦　澜`, a caption "
    "and its credit inside a sentence, a quotation, the running head in mid-sentence), then, with no blank line under "
    "its last line, an agency brief whose title sits directly above a lead opened by `新华社雅加达6月8日电（记者　…）`.",
    "date": "2027-06-09", "page": "4",
    "head": ["岷屿日报　2027年6月9日　星期三", "第4版　国际　　责任编辑：闵　洁"],
    "foot": ["岷屿日报社出版　　国际新闻部：0817-3306152"],
    "furniture": ["岷屿日报", "2027年6月9日", "星期三", "第4版", "国际", "责任编辑：闵　洁", "岷屿日报·国际",
                  "岷屿日报社出版", "国际新闻部：0817-3306152"],
    "run": ["岷屿日报·国际"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["雨季里的曼谷水上巴士", "本报驻曼谷记者　韦　澜"], "title": "雨季里的曼谷水上巴士",
         "byline": ["本报驻曼谷记者　韦　澜", "韦　澜", "韦澜"],
         "captions": ["乘客在码头等候水上巴士。"], "credits": ["本报驻曼谷记者　韦　澜　摄"],
         "body": ["进入雨季，曼谷的马路一到傍晚就堵得动弹不得，不少上班族改坐运河上的水上巴士回家。",
                  "在一个小码头，{cap}船还没靠稳，乘客就一个接一个跳上船。在银行上班的颂猜说：“坐船二十分钟，"
                  "打车要一个多小时，雨再大也得坐船。”",
                  "据当地交通部门统计，雨季以来水上巴士每天的乘客比平时多了约两成，船公司已在高峰时段"
                  "加开{run}班次。"]},
        {"glued": True, "lines": ["印尼开通第二条跨岛渡轮航线"], "title": "印尼开通第二条跨岛渡轮航线", "tight": True,
         "byline": [None, "记者　祁　远", "祁　远", "祁远"], "source": [None, "新华社"],
         "body": ["新华社雅加达6月8日电（记者　祁　远）印度尼西亚交通部8日说，连接爪哇岛和加里曼丹岛的第二条"
                  "渡轮航线当天开通，每周往返四班。"]},
    ],
}

GENGXIN = {
    "name": "zh_utf8_bom_lf_singapore_breaking_story_flat_fire_update_line_under_head_benbaoxun_caption_credit_running_head_midsentence_glued_tight_head_second_story",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "南岸早报 2027-07-14 A2 新闻 (an invented Singapore daily; simplified), UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 22. A breaking story on a night fire in a block of flats: its title, then **the update "
    "line `（更新：7月14日　上午6时40分）` under it** (furniture: a time stamp, no text), the lead opened by "
    "`（新加坡讯）`, a caption and its credit inside a sentence, the running head in mid-sentence; then, with no blank "
    "line, a second story whose title sits directly above its `（新加坡讯）` lead.",
    "date": "2027-07-14", "page": "A2",
    "head": ["南岸早报　2027年7月14日　星期三", "A2　新闻　　编辑：邬佩珊"],
    "foot": ["南岸早报社　　新闻热线：6318 2074"],
    "furniture": ["南岸早报", "2027年7月14日", "星期三", "A2", "新闻", "编辑：邬佩珊", "（更新：7月14日　上午6时40分）",
                  "南岸早报·新闻", "南岸早报社", "新闻热线：6318 2074"],
    "run": ["南岸早报·新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["淡滨尼组屋深夜火患　两百居民疏散"], "title": "淡滨尼组屋深夜火患　两百居民疏散",
         "captions": ["消防员在楼下待命。"], "credits": ["（读者提供）"],
         "body": [("more", "（更新：7月14日　上午6时40分）"),
                  "（新加坡讯）淡滨尼一座组屋昨晚11时许发生火患，约两百名居民连夜疏散，一名老妇吸入浓烟"
                  "被送院。",
                  "民防部队说，起火的是八楼一个单位的厨房，{cap}消防员用了约四十分钟把火扑灭。",
                  "住在同一层的居民许女士说：“闻到焦味开门一看，走廊全是烟，我抱着孙子就往楼下跑。”"
                  "火患原因{run}仍在调查中。"]},
        {"glued": True, "lines": ["裕廊湖花园周末办亲子市集"], "title": "裕廊湖花园周末办亲子市集", "tight": True,
         "body": ["（新加坡讯）裕廊湖花园本周六和周日将举办亲子市集，设有五十个摊位，出售手作和二手童书。"]},
    ],
}

VIDEL = {
    "name": "olo_cp1257_crlf_livvi_karelian_front_news_bridge_story_byline_pull_quote_set_inside_text_caption_credit_running_head_midsentence_glued_tight_head_library_story",
    "encoding": "cp1257", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kodirandu (an invented Livvi Karelian weekly, Aunus) 2027-09-17 s. 3, Windows-1257 (`ä ö č š ž – •`), CRLF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A front news story on a village bridge rebuilt (title, "
    "byline line `Tekstu: Olga Gavrilova`, **a pull quote repeating the headman's words set between two paragraphs' "
    "halves inside the text**, a caption and its credit inside a sentence, the running head in mid-sentence), then, "
    "with no blank line, a second story whose title sits directly above its lead.",
    "date": "2027-09-17", "page": "3",
    "head": ["KODIRANDU • piätinččy 17.9.2027 • s. 3", "Uudizet"],
    "foot": ["Kodirandu • Aunus • toimitus@kodirandu.example.ru"],
    "furniture": ["KODIRANDU", "piätinččy 17.9.2027", "s. 3", "Uudizet", "Kodirandu • s. 3", "Kodirandu", "Aunus",
                  "toimitus@kodirandu.example.ru"],
    "run": ["Kodirandu • s. 3"], "labels": [], "markup": [" • "] * 5,
    "articles": [
        {"lines": ["Videlen kyläs on uuzi sildu", "Tekstu: Olga Gavrilova"], "title": "Videlen kyläs on uuzi sildu",
         "byline": ["Tekstu: Olga Gavrilova", "Olga Gavrilova"],
         "captions": ["Kyläläžet uvven sillan piäl."], "credits": ["Kuva: Pekka Ignatjev"],
         "pull_quotes": ["”Lapset piästäh kuivil jalloil.”"],
         "body": ["Videlen kyläs joven piäl on uuzi pu~hine sildu. Vahnu sildu ku~ku~ni kevä~iel, i kezän "
                  "aigua kyläläžet kävel~läh toizele rannale veneheljo.",
                  "Sillan ruadoloih kyläläžet kerä~dih rahua kaikin yhtes, {cap}a piiri andoi puuhuo.",
                  "”Nygöi lapset pi~äs~täh školah kuivil jalloil”, sanou kylän vahnin Ivan Ke~ko~nen. {pq}"
                  "Häi ruadoi sillal kolme kuu~du.",
                  "Sillan avajazih tuli puolet kyläs, i lapset ensim~äzinny {run}mändih sillan piäl."]},
        {"glued": True, "lines": ["Kirjastoh tulou karjalankielizii kniigoi"],
         "title": "Kirjastoh tulou karjalankielizii kniigoi", "tight": True,
         "body": ["Aunuksen kirjastoh tulou sygyzyl kaksisadua uuttu karjalan~kielisty kniigua, lapsile i "
                  "suurile. Kniigat voibi ottua kodih jo lokakuus."]},
    ],
}

PANDAK = {
    "name": "iba_macroman_cr_iban_front_news_longhouse_water_story_byline_caption_credit_running_head_midsentence_glued_berita_pandak_briefs_column_place_lead_ins_run_in",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Berita Rumah Panjai (an invented Iban weekly, Sibu) 2027-08-25 pun 2, Mac OS Roman (`– ’ “ ”`), CR line ends; "
    "blank-line paragraphs, wrapped at 37 with hyphenation. A front news story on piped water reaching a longhouse "
    "(title, byline line `Ari Jimbun anak Ngelai`, a caption and its credit inside a sentence, a quotation cut by "
    "the running head), then, with no blank line, **the briefs column `Berita Pandak`: three items, each a place name "
    "in capitals run into its text with ` – `**; each item an article, its place the title, the column's head its "
    "section (holdout81's blotter).",
    "date": "2027-08-25", "page": "2",
    "head": ["BERITA RUMAH PANJAI | Hari Tiga, 25 Ogos 2027 | Pun 2", "Berita Menua"],
    "foot": ["Berita Rumah Panjai | Jalan Kelupu 12, Sibu | pejabat@rumahpanjai.example.my"],
    "furniture": ["BERITA RUMAH PANJAI", "Hari Tiga, 25 Ogos 2027", "Pun 2", "Berita Menua",
                  "Berita Rumah Panjai | Pun 2", "Berita Rumah Panjai", "Jalan Kelupu 12, Sibu",
                  "pejabat@rumahpanjai.example.my"],
    "run": ["Berita Rumah Panjai | Pun 2"], "labels": [], "markup": [" | "] * 5 + [" – "] * 3,
    "articles": [
        {"lines": ["Ai paip datai ba Rumah Ngelai", "Ari Jimbun anak Ngelai"], "title": "Ai paip datai ba Rumah Ngelai",
         "byline": ["Ari Jimbun anak Ngelai", "Jimbun anak Ngelai"],
         "captions": ["Indai Sawing ngambi ai ari paip baru."], "credits": ["Gambar: Linda Empaling"],
         "body": ["Dua puluh enam pintu bilik ba Rumah Ngelai di ulu Sungai Kanowit udah bisi ai paip kemari, "
                  "lebuh penga~wa nyam~bung paip ari menara ai di pala tangga tembu.",
                  "Kelia sida ngambi ai ari sungai enggau mandi di sungai, {cap}tang ai sungai sekali-sekali keruh "
                  "lebuh hari ujan.",
                  "“Kami gaga amat. Nyadi anak mit enda agi nya~bak lebuh ai sungai keruh,” ku Tuai Rumah "
                  "Ngelai anak Jabu, “pengawa tu udah lama di~nanti kami {run}semua.”"]},
        {"glued": True, "lines": ["Berita Pandak"], "section": ["Berita Pandak", None],
         "kicker": [None, "Berita Pandak"], "title": "KAPIT", "runin": " – ",
         "body": ["Pasar tamu baru di tisi jalai Kapit dibuka ari Hari Satu. Empat puluh iku orang dagang bisi "
                  "nge~rem~bai sayur enggau buah ditu."]},
        {"section": [None, "Berita Pandak"], "kicker": [None, "Berita Pandak"], "title": "SONG", "runin": " – ",
         "body": ["Bala anak sekula ari tiga buah rumah panjai ngiga ubat ba kem ke~siha~tan di sekula Song lebuh "
                  "hari Sabtu."]},
        {"section": [None, "Berita Pandak"], "kicker": [None, "Berita Pandak"], "title": "BETONG", "runin": " – ",
         "body": ["Jalai ngagai Rumah Geri~nang ditutup dua hari laban tanah runtuh. Jalai nya udah dibuka baru kemari."]},
    ],
}

FILIFILIGA = {
    "name": "tkl_utf16be_bom_lf_tokelauan_front_news_faipule_pulenuku_election_story_byline_caption_credit_running_head_midsentence_glued_results_one_line_a_village_winner_and_votes",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Te Lama o Tokelau (an invented Tokelauan newsletter, Nukunonu) 2027-11-04 itulau 1, UTF-16 BE with BOM "
    "(macrons `ā ē ī ō ū`, `–`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A front news story on the "
    "village elections (title, byline line `Na tuhi e Mele Perez`, a caption and its credit inside a sentence, a "
    "quotation cut by the running head), then, with no blank line, **the results `Nā fuainumela o te filifiliga`: one "
    "line a village and office, the winner and the votes, aligned by runs of spaces, and a note line**; the results "
    "are an article, its head the title, each printed line a paragraph.",
    "date": "2027-11-04", "page": "1",
    "head": ["TE LAMA O TOKELAU – Aho Tofi, 4 Novema 2027 – Itulau 1", "Tala Fou"],
    "foot": ["Te Lama o Tokelau – lama@tokelau.example.tk"],
    "furniture": ["TE LAMA O TOKELAU", "Aho Tofi, 4 Novema 2027", "Itulau 1", "Tala Fou", "Te Lama o Tokelau – Itulau 1",
                  "Te Lama o Tokelau", "lama@tokelau.example.tk"],
    "run": ["Te Lama o Tokelau – Itulau 1"], "labels": [], "markup": [" – "] * 5,
    "articles": [
        {"lines": ["Ko nā Faipule fou mo nā nuku e tolu", "Na tuhi e Mele Perez"],
         "title": "Ko nā Faipule fou mo nā nuku e tolu",
         "byline": ["Na tuhi e Mele Perez", "Mele Perez"],
         "captions": ["Nā tagata e palota i Atafu."], "credits": ["Ata: Iosefa Kalolo"],
         "body": ["Na fai te fili~fili~ga o nā Fai~pule ma nā Pule~nuku i nā nuku e tolu i te Aho Lua. E toeitiiti "
                  "ki te valu hefu~lu pāke~neha o te hunu~hunu na ō ki te pa~lota.",
                  "I Atafu, na ō mai nā tagata i te vave~ao, {cap}ma na tāpuni te palota i te afi~afi.",
                  "“E faka~fetai lahi ki nā taga~ta uma na ō mai”, na tau~tala ai te Fai~pule fou o Fakaofo, "
                  "“ka galu~lue faka~tahi tātou mo te lelei o te {run}nuku.”"]},
        {"glued": True, "lines": ["Nā fuainumela o te filifiliga"], "title": "Nā fuainumela o te filifiliga",
         "body": [("row", "Atafu, Faipule     Sione Tamotu   141"),
                  ("row", "Atafu, Pulenuku    Lui Ioane      128"),
                  ("row", "Nukunonu, Faipule  Petelo Maka    117"),
                  ("row", "Nukunonu, Pulenuku Telesia Pasi   109"),
                  ("row", "Fakaofo, Faipule   Aleki Tinielu  156"),
                  ("row", "Fakaofo, Pulenuku  Vaelua Fala    133"),
                  ("row", "Mai te Ofiha o te Filifiliga.")]},
    ],
}

FETUU = {
    "name": "wls_utf8_nobom_lf_wallisian_international_page_agency_dateline_story_suva_caption_credit_running_head_midsentence_glued_correspondent_story_futuna_byline_tight_head",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Te Fetuʻu Lelei (an invented Wallisian weekly, Mata-Utu) 2027-12-01 pāsina 4, UTF-8 without BOM (`ʻ ā ē ī ō ū – «`), "
    "LF; blank-line paragraphs, wrapped at 37 with hyphenation. An international page: an agency story from Suva, its "
    "title directly above a lead opened by the dateline `SUVA (Moana Niusi) –` (the agency invented; source none, the "
    "agency also accepted), a caption and its credit inside a sentence, a «» quotation cut by the running head; then, "
    "with no blank line, a correspondent's story from Futuna (title, the byline line `Tusitala: Petelo Tuʻugahala, "
    "Futuna`, the correspondent's label, name and post).",
    "date": "2027-12-01", "page": "4",
    "head": ["TE FETUʻU LELEI · Lulu 1 Tesepeli 2027 · Pāsina 4", "Te Mālamanei"],
    "foot": ["Te Fetuʻu Lelei · Mata-Utu, ʻUvea · fetuu@lelei.example.wf"],
    "furniture": ["TE FETUʻU LELEI", "Lulu 1 Tesepeli 2027", "Pāsina 4", "Te Mālamanei", "Te Fetuʻu Lelei · Pāsina 4",
                  "Te Fetuʻu Lelei", "Mata-Utu, ʻUvea", "fetuu@lelei.example.wf"],
    "run": ["Te Fetuʻu Lelei · Pāsina 4"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Ko te fono ʻo te Pasifika ʻi Suva"], "title": "Ko te fono ʻo te Pasifika ʻi Suva", "tight": True,
         "source": [None, "Moana Niusi"],
         "captions": ["Ko te kau takitaki ʻi Suva."], "credits": ["Pāki: Moana Niusi"],
         "body": ["SUVA (Moana Niusi) – Neʻe kamata ʻi te Lotu~lua ia te fono ʻo te ʻu fenua ʻo te Pasifika "
                  "ʻi Suva, ʻo tala~noa ki te ʻu vaka mo te ʻu ika ʻo te moana.",
                  "Neʻe ō mai ki te fono ia te ʻu taki~taki ʻe toko hogofulu mā valu, {cap}pea ʻe faka~ʻosi ia te "
                  "fono ʻi te Falai~le.",
                  "«ʻE mole lava hola toko~tahi he fenua ʻi te moana», neʻe ʻui e te pule~aga ʻo te fono, «ʻe tonu "
                  "ke tou gāue {run}fakatahi.»"]},
        {"glued": True, "lines": ["ʻE fakaʻaliʻali te fale mahaki foʻou ʻo Futuna",
                                  "Tusitala: Petelo Tuʻugahala, Futuna"],
         "title": "ʻE fakaʻaliʻali te fale mahaki foʻou ʻo Futuna",
         "byline": ["Tusitala: Petelo Tuʻugahala, Futuna", "Petelo Tuʻugahala"],
         "body": ["ʻI Leava, ʻe faka~ʻali~ʻali ʻi te māhina ʻo Sanualio ia te fale mahaki foʻou. ʻE ʻi ai te ʻu "
                  "potu ʻe hogofulu mo te potu ki te ʻu fafine faitama.",
                  "ʻE mole toe ʻalu ia te kau mahaki ki ʻUvea ʻi te vaka~lele ki te ʻu fai~toʻo ʻe ʻi ai nei ʻi Futuna."]},
    ],
}

PAGES = [TOUBAN, SHUSHUO, SHOUJI, ZHOUNIAN, GUOJI, GENGXIN, VIDEL, PANDAK, FILIFILIGA, FETUU]
