"""The text of every holdout84 page, written once: make_holdout84_pages.py prints it and writes the gold.

The page format is holdout83's (see pages_holdout83.py, itself holdout77's, holdout75's and holdout73's), unchanged:
`"glued": True` on an article prints its first line straight under the previous article's last line, with no blank
line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a list or box (one gold
paragraph per printed line); `("h", line)` a subhead kept in `headings`; `("end", line)` a printed line that is no
paragraph of the gold (a signature, a photo's caption or credit between paragraphs, a furniture line); `("more", line)`
the same with no blank line before it. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running
head; `~` marks where a Latin word may be split at a line end. All papers, people, firms, shops, schools, clinics,
clubs and events are invented; real places are settings only.
"""

CHASHAN = {
    "name": "zh_gbk_crlf_travel_page_chashan_ancient_village_sea_of_clouds_story_byline_caption_credit_running_head_midsentence_glued_chuxing_tishi_box_jiaotong_zhusu_menpiao_lines_then_benbaoxun_tight_head_brief",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "漳源日报 2027-05-14 第7版 旅游, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A travel "
    "page: a travel story on a tea-hill village and its morning sea of clouds (title, byline line, a caption and its "
    "credit inside a sentence, the running head in mid-sentence), then, with no blank line under the story's last "
    "line, a how-to-get-there box `出行提示`: four labelled lines `交通：`, `住宿：`, `门票：`, `提醒：` (the box an "
    "article, its head the title, each printed line a paragraph); then a 本报讯 brief whose title sits directly above its lead.",
    "date": "2027-05-14", "page": "7",
    "head": ["漳源日报　2027年5月14日　星期五", "第7版　旅游　　责任编辑：卞　蓉"],
    "foot": ["漳源日报社出版　　读者热线：0596-3318027"],
    "furniture": ["漳源日报", "2027年5月14日", "星期五", "第7版", "旅游", "责任编辑：卞　蓉", "漳源日报·旅游",
                  "漳源日报社出版", "读者热线：0596-3318027"],
    "run": ["漳源日报·旅游"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["清晨五点，去岚坪村看云海", "本报记者　甘　霖"], "title": "清晨五点，去岚坪村看云海",
         "byline": ["本报记者　甘　霖", "甘　霖", "甘霖"],
         "captions": ["岚坪村茶山上的云海。"], "credits": ["本报记者　甘　霖　摄"],
         "body": ["岚坪村藏在漳源县北面的茶山里，村里四十多栋老屋依山而建，青石板路从村口一直铺到山顶的观景台。",
                  "五月是看云海的好时候。清晨五点上山，{cap}太阳一出来，山下的云就像潮水一样涌到茶垄边上。",
                  "民宿老板邹大姐说，周末来的人多，最好提前一天住进村里，早上走二十分钟山路，就能赶上"
                  "{run}日出。"]},
        {"glued": True, "lines": ["出行提示"], "title": "出行提示",
         "body": [("row", "交通：县城汽车站每天三班车，车程约一小时"),
                  ("row", "住宿：村内有民宿十余家，双人间每晚160元起"),
                  ("row", "门票：免费，观景台停车每次10元"),
                  ("row", "提醒：山路湿滑，请穿防滑鞋")]},
        {"lines": ["县里评出十家“星级民宿”"], "title": "县里评出十家“星级民宿”", "tight": True,
         "body": ["本报讯　县文旅局日前公布首批十家“星级民宿”名单，岚坪村的云上茶舍和听泉居入选。"
                  "入选民宿将挂牌经营，并统一接受消防和卫生检查。"]},
    ],
}

SHUBIAO = {
    "name": "zh_gb18030_lf_health_supplement_shubiaoshou_wrist_pain_doctor_wen_da_turns_intro_rare_char_byline_caption_credit_running_head_midsentence_glued_xiaozhishi_know_more_box",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泖川晚报 2027-03-18 第11版 健康周刊, GB18030 (`䶮` U+4DAE in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A health supplement: a doctor's Q&A on wrist pain from mouse work "
    "(title, byline line, an intro paragraph, then `问：`/`答：` turns, each a paragraph with its label kept, a caption "
    "and its credit inside an answer, the running head in mid-sentence), then, with no blank line under its last "
    "line, a 'know more' box `小知识` (its head the title, two paragraphs).",
    "date": "2027-03-18", "page": "11",
    "head": ["泖川晚报　　2027年3月18日　星期四", "第11版　健康周刊　　责任编辑：靳　瑶"],
    "foot": ["泖川晚报社　　健康热线：0573-8861240"],
    "furniture": ["泖川晚报", "2027年3月18日", "星期四", "第11版", "健康周刊", "责任编辑：靳　瑶", "泖川晚报·健康周刊",
                  "泖川晚报社", "健康热线：0573-8861240"],
    "run": ["泖川晚报·健康周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["手腕酸痛，小心“鼠标手”", "本报记者　郁　䶮"], "title": "手腕酸痛，小心“鼠标手”",
         "byline": ["本报记者　郁　䶮", "郁　䶮", "郁䶮"],
         "captions": ["医生演示手腕放松动作。"], "credits": ["（本报记者　郁　䶮　摄）"],
         "body": ["不少上班族一天握着鼠标八九个小时，手腕酸、手指麻。记者就此请教了市第二医院手外科"
                  "主任医师戴宏川。",
                  "问：手指发麻，就是“鼠标手”吗？",
                  "答：不一定。医学上叫腕管综合征，常见的是拇指、食指和中指发麻，夜里更明显。"
                  "{cap}如果只是酸痛，多半是劳损。",
                  "问：平时怎么预防？",
                  "答：鼠标要和手肘一样高，手腕下面垫个软垫，每工作一小时就站起来甩甩手，"
                  "做几次握拳{run}张开的动作。"]},
        {"glued": True, "lines": ["小知识"], "title": "小知识",
         "body": ["腕管是手腕里一条窄窄的通道，正中神经从中间穿过。手腕长时间弯着，通道变窄，神经受压，手指就会发麻。",
                  "症状持续两周以上，或者夜里被麻醒，应及时到医院手外科就诊。"]},
    ],
}

LIANZAI = {
    "name": "zh_utf16le_bom_crlf_fukan_serial_novel_instalment_changpian_lianzai_label_number_in_title_chapter_subhead_author_line_caption_credit_running_head_midsentence_daixu_then_glued_zuozhe_jianjie_box",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "浔阳晚报 2027-09-09 第14版 副刊, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A serial "
    "novel instalment: the label `长篇连载` (section, kicker accepted), the title with its instalment number "
    "`码头上的钟声（三十一）`, the author line `□　柯　岩`, the chapter head `第十二章　夜渡` kept as a heading, "
    "three paragraphs (an illustration's caption and credit inside one, the running head in mid-sentence), "
    "`（未完待续）` (furniture, as holdout24 and holdout13), then, with no blank line, the box `作者简介` (its head the "
    "title, one paragraph).",
    "date": "2027-09-09", "page": "14",
    "head": ["浔阳晚报　2027年9月9日　星期四", "第14版　副刊　　责任编辑：宓　蓝"],
    "foot": ["浔阳晚报社　　副刊投稿：fukan@xunyang.example.cn"],
    "furniture": ["浔阳晚报", "2027年9月9日", "星期四", "第14版", "副刊", "责任编辑：宓　蓝", "浔阳晚报·副刊",
                  "（未完待续）", "浔阳晚报社", "副刊投稿：fukan@xunyang.example.cn"],
    "run": ["浔阳晚报·副刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["长篇连载", "码头上的钟声（三十一）", "□　柯　岩"], "section": ["长篇连载", None],
         "kicker": [None, "长篇连载"], "title": "码头上的钟声（三十一）", "byline": ["□　柯　岩", "柯　岩", "柯岩"],
         "captions": ["插图：江心夜雨"], "credits": ["邵小舟　绘"],
         "body": [("h", "第十二章　夜渡"),
                  "船到江心，雨下得更密了。老舵工把马灯挂在桅杆上，灯光只照得见一圈黄黄的水。",
                  "阿秀抱着包袱坐在舱口，{cap}她不知道对岸等着她的是什么人，只记得母亲临走前说过的一句话。",
                  "“到了那边，先去码头找钟楼，钟楼底下有个卖茶的，你就说是{run}周家的人。”",
                  ("end", "（未完待续）")]},
        {"glued": True, "lines": ["作者简介"], "title": "作者简介",
         "body": ["柯岩，浔阳人，做过二十年码头调度员，著有小说集《江上的雾》。本报自七月起连载其长篇小说《码头上的钟声》。"]},
    ],
}

QINZI = {
    "name": "zht_big5_crlf_taiwan_parenting_column_qinzi_xinxiang_reader_letter_signed_pen_name_place_columnist_answer_caption_credit_running_head_midsentence_glued_tight_head_jizhe_baodao_story",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "桐岡日報 中華民國116年4月21日 C2 家庭, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A "
    "parenting advice column: the column's name `親子信箱` (section, kicker accepted), its own headline, a reader's "
    "letter of two paragraphs signed with a pen-name and town on a line of its own (`—焦慮的阿嬤（苗栗）`, no "
    "paragraph), the columnist's answer under the line `諮商心理師　溫若梅` (the byline), a caption and its credit "
    "inside the answer, the running head in mid-sentence; then, with no blank line, a story whose title sits "
    "directly above its `【記者…報導】` lead.",
    "date": "2027-04-21", "page": "C2",
    "head": ["桐岡日報　C2　家庭", "中華民國116年4月21日　星期三"],
    "foot": ["桐岡日報家庭中心　　讀者信箱：family@tonggang.example.tw"],
    "furniture": ["桐岡日報", "C2", "家庭", "中華民國116年4月21日", "星期三", "桐岡日報．家庭", "桐岡日報家庭中心",
                  "讀者信箱：family@tonggang.example.tw"],
    "run": ["桐岡日報．家庭"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["親子信箱", "孫子放學只想滑手機，怎麼辦？"], "section": ["親子信箱", None],
         "kicker": [None, "親子信箱"], "title": "孫子放學只想滑手機，怎麼辦？",
         "byline": ["諮商心理師　溫若梅", "溫若梅", "—焦慮的阿嬤（苗栗）", "焦慮的阿嬤（苗栗）", "焦慮的阿嬤"],
         "captions": ["陪孩子一起做事，比說教有用。"], "credits": ["（資料照）"],
         "body": ["我幫女兒帶孫子，孫子今年小學四年級，放學回家第一件事就是拿手機，叫他寫功課就生氣。",
                  "收走手機，他就整晚不說話。我該怎麼辦？",
                  ("row", "—焦慮的阿嬤（苗栗）"),
                  ("end", "諮商心理師　溫若梅"),
                  "阿嬤您好。四年級的孩子開始想有自己的時間，手機只是最方便的出口。",
                  "不妨和孫子一起訂規則，例如寫完功課可以玩半小時，{cap}週末一起去公園騎車，"
                  "讓他知道除了手機，家裡也有好玩的事。",
                  "最重要的是，大人自己也要少滑手機，孩子看在眼裡，才會{run}心服口服。"]},
        {"glued": True, "lines": ["社區圖書室週六說故事"], "title": "社區圖書室週六說故事", "tight": True,
         "byline": [None, "記者方品蓁／苗栗報導", "記者方品蓁", "方品蓁"],
         "body": ["【記者方品蓁／苗栗報導】苗栗市東苑社區圖書室每週六上午十點舉辦親子說故事活動，"
                  "由志工媽媽輪流講繪本，免費參加，不必報名。"]},
    ],
}

ERJI = {
    "name": "zht_big5hkscs_lf_hong_kong_tech_page_bluetooth_earphones_review_cantonese_byline_caption_credit_running_head_midsentence_spec_price_line_then_pingfen_verdict_box_pros_cons_stars",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "港聲日報 2027-06-12 B8 科技, Big5-HKSCS (`啲 喺 咗 嘅 嘢 冇`, in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A gadget review: a Cantonese review of cheap Bluetooth earphones (title, byline "
    "line, a caption and its credit inside a sentence, the running head in mid-sentence), its price-and-spec line "
    "as the last paragraph, then a verdict box `評分`: `優點：`, `缺點：`, `總評：` lines (the box an article, its "
    "head the title, each line a paragraph).",
    "date": "2027-06-12", "page": "B8",
    "head": ["港聲日報　2027年6月12日　星期六", "B8　科技　　　責任編輯：龐家俊"],
    "foot": ["港聲日報有限公司出版　　讀者熱線：2983 1176"],
    "furniture": ["港聲日報", "2027年6月12日", "星期六", "B8", "科技", "責任編輯：龐家俊", "港聲日報．科技",
                  "港聲日報有限公司出版", "讀者熱線：2983 1176"],
    "run": ["港聲日報．科技"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["三百幾蚊藍牙耳機　搭地鐵用一星期", "記者　麥浩賢"], "title": "三百幾蚊藍牙耳機　搭地鐵用一星期",
         "byline": ["記者　麥浩賢", "麥浩賢"],
         "captions": ["耳機連充電盒細細個。"], "credits": ["（麥浩賢攝）"],
         "body": ["記者喺深水埗買咗一對三百幾蚊嘅藍牙耳機，返工放工搭地鐵用咗成個星期。",
                  "音質唔算好靚，但聽新聞、聽歌都夠用，{cap}地鐵入面開咗降噪，車廂嘅嘈音細咗一半。",
                  "最唔滿意係通話，喺街講電話對方成日話聽唔清楚，要{run}搵個靜啲嘅地方。",
                  ("row", "售價：HK$388　續航：30小時　重量：46克")]},
        {"lines": ["評分"], "title": "評分",
         "body": [("row", "優點：平、輕、降噪夠用"),
                  ("row", "缺點：通話收音差，冇防水"),
                  ("row", "總評：★★★☆☆")]},
    ],
}

YUANDI = {
    "name": "zh_utf8_bom_lf_singapore_xuesheng_yuandi_student_writing_page_two_pieces_signed_name_school_class_drawing_caption_credit_running_head_midsentence_glued_second_piece",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岛湾日报 (an invented Singapore Chinese daily) 2027-07-23 C6 学生园地, simplified Chinese, UTF-8 with BOM, "
    "LF; blank-line paragraphs, wrapped at 22. A readers' own writing page: two pupils' pieces, each a title, short "
    "paragraphs and the writer signed at the end on a line of their own with school and class "
    "(`陈欣妍（培华小学五年级）`: the byline, the name alone accepted); a pupil's drawing's caption and credit inside a "
    "sentence of the first, the running head in mid-sentence; the second piece's title straight under the first's "
    "signature with no blank line.",
    "date": "2027-07-23", "page": "C6",
    "head": ["岛湾日报　2027年7月23日　星期五", "C6　学生园地　　　编辑：龚慧玲"],
    "foot": ["岛湾日报社　　来稿请寄：yuandi@daowan.example.sg"],
    "furniture": ["岛湾日报", "2027年7月23日", "星期五", "C6", "学生园地", "编辑：龚慧玲", "岛湾日报·学生园地", "岛湾日报社",
                  "来稿请寄：yuandi@daowan.example.sg"],
    "run": ["岛湾日报·学生园地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["外婆的小贩摊"], "title": "外婆的小贩摊",
         "byline": ["陈欣妍（培华小学五年级）", "陈欣妍"],
         "captions": ["图：外婆煮面。"], "credits": ["林子轩（南岭小学四年级）绘"],
         "body": ["外婆在大巴窑的小贩中心卖了二十年鱼圆面。每个星期六，我都会去摊子帮忙。",
                  "我的工作是收碗和擦桌子。外婆煮面的时候从来不看时钟，{cap}她说面条会告诉她什么时候好了。",
                  "有一次我问外婆累不累，她笑着说，看到客人把汤喝光，就{run}不累了。",
                  ("end", "陈欣妍（培华小学五年级）")]},
        {"glued": True, "lines": ["第一次坐渡轮"], "title": "第一次坐渡轮",
         "byline": ["王俊豪（德明小学三年级）", "王俊豪"],
         "body": ["假期里，爸爸带我从樟宜坐渡轮去乌敏岛。船开得很慢，海风吹在脸上凉凉的。",
                  "到了岛上，我们租了脚车，看到了好多我在书里才见过的鸟。",
                  ("end", "王俊豪（德明小学三年级）")]},
    ],
}

SWEETGRASS = {
    "name": "gul_macroman_cr_gullah_photo_essay_page_sweetgrass_basket_sewers_three_photos_caption_credit_lines_between_short_text_running_head_midsentence_glued_tight_head_story_caption_credit_midsentence",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "De Islan Nyews (an invented Gullah weekly, St. Helena Island, South Carolina) 2027-06-05 page 4, Mac OS "
    "Roman (`’ “ ” ◊`), classic Mac CR line ends; blank-line paragraphs, wrapped at 38 with hyphenation. A photo essay "
    "page: a title, the byline line `By Ernestine Gadsden`, three short paragraphs with three photos between them, "
    "each photo's caption and credit on lines of their own (captions, not paragraphs), the running head cutting a "
    "sentence; then, with no blank line, a short story whose title sits directly above its lead, its photo's caption "
    "and credit inside a sentence.",
    "date": "2027-06-05", "page": "4",
    "head": ["DE ISLAN NYEWS ◊ Satiday, June 5, 2027 ◊ Page 4", "Pitcha Page"],
    "foot": ["De Islan Nyews ◊ 41 Lands End Road, St. Helena ◊ nyews@islan.example.com"],
    "furniture": ["DE ISLAN NYEWS", "Satiday, June 5, 2027", "Page 4", "Pitcha Page", "De Islan Nyews ◊ Page 4",
                  "De Islan Nyews", "41 Lands End Road, St. Helena", "nyews@islan.example.com"],
    "run": ["De Islan Nyews ◊ Page 4"], "labels": [], "markup": [" ◊ "] * 5,
    "articles": [
        {"lines": ["Sweetgrass Han dem", "By Ernestine Gadsden"], "title": "Sweetgrass Han dem",
         "byline": ["By Ernestine Gadsden", "Ernestine Gadsden"],
         "captions": ["Miss Hattie Brisbane sew pon e porch.", "De palmetto strip dry een de sun.",
                      "Lil Kayla ketch de fus row."],
         "credits": ["Pitcha: Darnell Fripp", "Pitcha: Darnell Fripp", "Pitcha: Darnell Fripp"],
         "body": ["Ebry Sa~ti~day mawnin, Miss Hat~tie Bris~bane sit pon e porch an sew sweet~grass bas~kit. "
                  "E bin da sew fuh six~ty yeah.",
                  ("end", "Miss Hattie Brisbane sew pon e porch."),
                  ("more", "Pitcha: Darnell Fripp"),
                  "De grass come frum de marsh, an de pal~met~to strip hol um to~ged~da. "
                  "Fus, dem hafa dry um een de sun.",
                  ("end", "De palmetto strip dry een de sun."),
                  ("more", "Pitcha: Darnell Fripp"),
                  "Now e gran~chile Kay~la da learn. “Oona cyan hur~ry sweet~grass,” Miss Hat~tie tell um. “E "
                  "tek e own {run}time.”",
                  ("end", "Lil Kayla ketch de fus row."),
                  ("more", "Pitcha: Darnell Fripp")]},
        {"glued": True, "lines": ["Baskit show fuh de chillun"], "title": "Baskit show fuh de chillun", "tight": True,
         "captions": ["Baskit pon de table."], "credits": ["Pitcha: Nyews staff"],
         "body": ["De Penn Road li~bra~ry gwine hab a bas~kit show fuh de chil~lun June 19. {cap}Miss Hat~tie an "
                  "fo mo sew~er gwine sho dem how fuh staat a bas~kit."]},
    ],
}

KALDU = {
    "name": "pov_cp1252_crlf_guinea_bissau_kriol_food_page_kaldu_di_mancara_recipe_intro_caption_credit_subheads_ingredient_rows_numbered_steps_running_head_midsentence_cooks_tip_glued_tight_head_dateline_story",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Fala di Tabanka (an invented Guinea-Bissau Kriol weekly, Bissau) 2027-08-14 pajina 6, Windows-1252 "
    "(`á é ú “ ” –`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A food page with a recipe for "
    "peanut stew: title, byline line `Pa Fatumata Baldé`, an intro with a caption and its credit inside a sentence, "
    "the subheads `Kusas ku bu pirsisa` and `Kuma ku bu ta fasi` kept as headings, four ingredient rows, four "
    "numbered steps (each a paragraph, the running head in mid-sentence in the third), the cook's tip a paragraph; "
    "then, with no blank line, a story whose title sits directly above a lead opened by the dateline `BAFATÁ –`.",
    "date": "2027-08-14", "page": "6",
    "head": ["FALA DI TABANKA – sábadu, 14 di agostu di 2027 – pajina 6", "Kumida"],
    "foot": ["Fala di Tabanka – Rua di Bandim 27, Bissau – fala@tabanka.example.gw"],
    "furniture": ["FALA DI TABANKA", "sábadu, 14 di agostu di 2027", "pajina 6", "Kumida", "Fala di Tabanka – pajina 6",
                  "Fala di Tabanka", "Rua di Bandim 27, Bissau", "fala@tabanka.example.gw"],
    "run": ["Fala di Tabanka – pajina 6"], "labels": [], "markup": [" – "] * 5,
    "articles": [
        {"lines": ["Kaldu di mancara pa dia di fésta", "Pa Fatumata Baldé"], "title": "Kaldu di mancara pa dia di fésta",
         "byline": ["Pa Fatumata Baldé", "Fatumata Baldé"],
         "captions": ["Tia Ndeye Sanhá na si kusinha."], "credits": ["Futu: Braima Djaló"],
         "body": ["Kaldu di mancara i ku~mi~da di tudu kasa na Gi~né. Tia Ndeye Sanhá, ku ta bindi ku~mi~da "
                  "na fera di Ban~dim, {cap}mos~tra~nu kuma ki i ta fasi si kaldu.",
                  ("h", "Kusas ku bu pirsisa"),
                  ("row", "1 kilu di karni di galinha"),
                  ("row", "500 grama di mancara pisadu"),
                  ("row", "2 sabola, 3 tumati, 1 malagueta"),
                  ("row", "Sal, iagu ku arus branku"),
                  ("h", "Kuma ku bu ta fasi"),
                  "1. Korta ga~li~nha, pui sal ku sa~bo~la, dixa i firbi na pa~ne~la dez mi~nu~tu.",
                  "2. Mis~tu~ra mancara ku iagu kinti, pui na pa~ne~la ku tumati ku ma~la~gue~ta.",
                  "3. Dixa kaldu firbi na fugu fraku un ora, bu ta buli~ki {run}di bias na bias.",
                  "4. Kume kaldu ku arus branku, inda kinti.",
                  "Kon~se~dju di Tia Ndeye: “Ka bu pui man~ca~ra tchiu, pa~bia kaldu ta bin pi~za~du.”"]},
        {"glued": True, "lines": ["Fésta di kumida na Bafatá"], "title": "Fésta di kumida na Bafatá", "tight": True,
         "body": ["BAFATÁ – Min~dje~ris di Ba~fa~tá na fasi fésta di ku~mi~da na sá~ba~du, 21 di agostu, na pa~ti~u di "
                  "is~ko~la. Tudu djin~tis pudi bin prova kaldu di man~ca~ra, kaldu bran~ku ku pis frita."]},
    ],
}

GITIGAAN = {
    "name": "oj_cp1250_lf_ojibwe_gardening_page_three_sisters_garden_how_to_intro_caption_credit_numbered_tips_running_head_midsentence_preverb_hyphens_kept_glued_tight_head_dateline_brief",
    "encoding": "cp1250", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Manoominike Dibaajimowin (an invented Ojibwe weekly, Red Lake, Minnesota) 2027-05-27 page 3, Windows-1250 "
    "(`„ ” –`; Ojibwe double-vowel spelling with ASCII `'` for the glottal stop), LF; blank-line paragraphs, wrapped "
    "at 37 with hyphenation. A gardening how-to on a Three Sisters garden: a title, the byline line `Rose Kingbird`, "
    "an intro with a caption and its credit inside a sentence, four numbered tips (each a paragraph, the running "
    "head in mid-sentence in the fourth); preverb hyphens (`ezhi-gitigeng`, `gidaa-ozhitoonan`, `jiigi-wajiwens`) are "
    "real and never split; then, with no blank line, a brief whose title sits directly above a lead opened by the "
    "dateline `BEMIDJI –`.",
    "date": "2027-05-27", "page": "3",
    "head": ["MANOOMINIKE DIBAAJIMOWIN – Thursday, May 27, 2027 – Page 3", "Gitigewinan"],
    "foot": ["Manoominike Dibaajimowin – 15 Miigwan Drive, Red Lake – news@manoomin.example.org"],
    "furniture": ["MANOOMINIKE DIBAAJIMOWIN", "Thursday, May 27, 2027", "Page 3", "Gitigewinan",
                  "Manoominike Dibaajimowin – Page 3", "Manoominike Dibaajimowin", "15 Miigwan Drive, Red Lake",
                  "news@manoomin.example.org"],
    "run": ["Manoominike Dibaajimowin – Page 3"], "labels": [], "markup": [" – "] * 5,
    "articles": [
        {"lines": ["Aaniin ezhi-gitigeng niswi nimisenyag", "Rose Kingbird"], "title": "Aaniin ezhi-gitigeng niswi nimisenyag",
         "byline": ["Rose Kingbird"],
         "captions": ["Ruth Kingbird gitigaaning."], "credits": ["Mazinaakizigan: Leon Jourdain"],
         "body": ["Ziigwan, mii iw apii ji-gitigeyang. Nookomis ogii-kinoo'amawaan a~bi~noo~jii~nyan "
                  "{cap}ji-gitigewaad niswi nimisenyag: mandaamin, mis~ko~dii~si~min, o~ko~si~maan.",
                  "1. Ozhitoon wajiwens gi~ti~gaa~ning; naanan wa~ji~wen~san gidaa-ozhitoonan.",
                  "2. Gitigen niiwin man~daa~mi~nan megwe-wajiwens. Baa~bii'~on ji-ishpaag mandaamin.",
                  "3. Apii mandaamin ishpaag, gitigen mis~ko~dii~si~mi~nan. Miskodiisimin da-akwaandawe "
                  "man~daa~mi~naa~ti~gong.",
                  "4. Gitigen o~ko~si~maa~nan jiigi-wajiwens. Okosimaan oga~na~wen~daan aki {run}ji-dakaasing."]},
        {"glued": True, "lines": ["Gitigaan gikinoo'amaadiiwigamigong"], "title": "Gitigaan gikinoo'amaadiiwigamigong",
         "tight": True,
         "body": ["BEMIDJI – Bemidji gi~ki~noo'~a~maa~dii~wi~ga~mig oga-ozhitoon gitigaan omaa niibin. "
                  "A~bi~noo~jii~nyag da-gitigewag man~daa~mi~nan miinawaa o~ko~si~maa~nan."]},
    ],
}

KUCHE = {
    "name": "hrx_utf8_nobom_lf_hunsrik_brazil_profile_interview_page_gespreech_kicker_intro_then_bold_name_turns_blatt_hilda_caption_credit_running_head_midsentence_glued_tight_head_dateline_story",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Hunsrickisch Blatt (an invented Hunsrik weekly, Santa Maria do Herval, Rio Grande do Sul) 2027-10-08 Seit 2, "
    "UTF-8 without BOM (`ä ö ü „ “ – ·`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A profile "
    "interview: kicker `Gespreech`, title, byline line `Von Marcos Schmitt`, an intro paragraph, then turns opened "
    "by the speaker's name (`Blatt:` for the paper, `Hilda:`; printed bold, plain in the text), each turn a paragraph "
    "with its label kept, a caption and its credit inside an answer, the running head in mid-sentence; then, with no "
    "blank line, a story whose title sits directly above a lead opened by the dateline `SANTA MARIA DO HERVAL –`.",
    "date": "2027-10-08", "page": "2",
    "head": ["HUNSRICKISCH BLATT · Fraitach, 8. Oktower 2027 · Seit 2", "Leit vun do"],
    "foot": ["Hunsrickisch Blatt · Rua Tiradentes 140, Santa Maria do Herval · blatt@hunsrik.example.br"],
    "furniture": ["HUNSRICKISCH BLATT", "Fraitach, 8. Oktower 2027", "Seit 2", "Leit vun do", "Hunsrickisch Blatt · Seit 2",
                  "Hunsrickisch Blatt", "Rua Tiradentes 140, Santa Maria do Herval", "blatt@hunsrik.example.br"],
    "run": ["Hunsrickisch Blatt · Seit 2"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Gespreech", "„Der Kuche muss Zeit hon“", "Von Marcos Schmitt"], "kicker": ["Gespreech", None],
         "title": "„Der Kuche muss Zeit hon“", "byline": ["Von Marcos Schmitt", "Marcos Schmitt"],
         "captions": ["Hilda Kunz mit ehrem Zuckerkuche."], "credits": ["Foto: Ana Rech"],
         "body": ["Die Hilda Kunz is 91 Johr alt un backt jede Sam~stach Ku~che fer die gan~ze Fa~mi~lie. Mer "
                  "hon sie in ehrem Haus in der Linha Schwarz~wald be~sucht.",
                  "Blatt: Wie lang backt Ihr schun Kuche?",
                  "Hilda: Seit ich zwelf Johr alt woar. Mei Mam~ma hot mich das ge~leernt, {cap}un ich hon's "
                  "mei~ne En~kel~cher ge~leernt.",
                  "Blatt: Was is das Ge~heim~nis?",
                  "Hilda: Gut But~ter, frisch Eier un Zeit. Der Ku~che muss Zeit hon, mer kann ne net {run}hetze."]},
        {"glued": True, "lines": ["Kerb in der Linha Schwarzwald"], "title": "Kerb in der Linha Schwarzwald",
         "tight": True,
         "body": ["SANTA MARIA DO HERVAL – Die Kerb in der Linha Schwarzwald is am Sunntach, 17. Oktower. Es "
                  "gebt Kuche, Musik un en Got~tes~dienst in Hun~srik~isch."]},
    ],
}

PAGES = [CHASHAN, SHUBIAO, LIANZAI, QINZI, ERJI, YUANDI, KALDU, SWEETGRASS, GITIGAAN, KUCHE]
