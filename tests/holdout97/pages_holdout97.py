"""The text of every holdout97 page, written once: make_holdout97_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold;
`("more", line)` the same with no blank line before it. `{cap}` drops the caption and its credit into a paragraph,
`{run}` the running head; `~` marks where a Latin word may be split at a line end (set straight after a word's own
hyphen, on the Taiwanese Hokkien page, it splits the word there and the hyphen stays in the gold). All papers, people,
schools, colleges, books, figures and events are invented; real places are settings only.
"""

RUXUE = {
    "name": "zh_gbk_crlf_schools_page_first_grade_admissions_story_yinti_two_name_byline_caption_credit_running_head_midsentence_glued_baoming_shijian_anpai_timetable_box_date_step_rows_phone_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澧溪日报 2027-05-18 第6版 教育, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A schools "
    "page: the city's first-grade admissions plan (引题 kicker over the title, a byline line naming a reporter and a "
    "通讯员, a caption and its credit inside a sentence, a “” quotation, the running head in mid-sentence), then, with "
    "no blank line under its last line, the timetable box `一年级报名时间安排`: a header row `时间　事项`, four rows "
    "`date　step` and a telephone row; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-05-18", "page": "6",
    "head": ["澧溪日报　　2027年5月18日　星期二", "第6版　教育　　责任编辑：范　卉"],
    "foot": ["澧溪日报社出版　　新闻热线：0736-5521809"],
    "furniture": ["澧溪日报", "2027年5月18日", "星期二", "第6版", "教育", "责任编辑：范　卉", "澧溪日报·教育",
                  "澧溪日报社出版", "新闻热线：0736-5521809"],
    "run": ["澧溪日报·教育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城区公办小学今年计划招收新生5200人", "一年级新生6月1日起网上登记", "本报记者　柯　蔓　通讯员　邹文睿"],
         "kicker": ["城区公办小学今年计划招收新生5200人", None], "title": "一年级新生6月1日起网上登记",
         "byline": ["本报记者　柯　蔓　通讯员　邹文睿", "本报记者　柯　蔓", "柯　蔓", "柯蔓"],
         "captions": ["家长在学校门口查看招生公告。"], "credits": ["通讯员　邹文睿　摄"],
         "body": ["昨天，市教体局公布了今年城区公办小学一年级招生方案。城区31所公办小学今年计划招收新生5200人，比"
                  "去年多出约300个学位。",
                  "按照方案，2021年8月31日前出生、户籍或居住证在城区的适龄儿童，{cap}均由家长在网上登记。市教体局"
                  "招生办负责人邝立新说，今年不再要求家长到学校排队，“材料在网上传一遍就够了”。",
                  "邝立新提醒，登记结束后，各校将集中审核材料，对材料不全的家庭，学校会逐一打电话{run}通知。"]},
        {"glued": True, "lines": ["一年级报名时间安排"], "title": "一年级报名时间安排",
         "body": [("row", "时间　事项"),
                  ("row", "6月1日—6月7日　网上信息登记"),
                  ("row", "6月12日—6月13日　学校审核材料"),
                  ("row", "7月10日　公布录取名单"),
                  ("row", "8月30日　新生报到"),
                  ("row", "咨询电话：0736-5521766")]},
    ],
}

SHUDAN = {
    "name": "zh_gb18030_lf_reading_page_library_summer_reading_story_byline_rare_char_caption_credit_running_head_midsentence_glued_tuijian_shumu_reading_list_box_title_author_grade_rows_recommender_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泠湄晚报 2027-07-03 第7版 书香, GB18030 (`\U0002c317` U+2C317 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A reading page for young readers: the city library's summer reading "
    "season opens (title, byline line, a caption and its credit inside a sentence, a “” quotation, the running head "
    "before the last word), then, with no blank line, the reading list `暑期少儿推荐书目`: a header row "
    "`书名　作者　适读年级`, four rows `《title》　author　grades` and the recommender's row in brackets; the box is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2027-07-03", "page": "7",
    "head": ["泠湄晚报　　2027年7月3日　星期六", "第7版　书香　　责任编辑：蒲　苇"],
    "foot": ["泠湄晚报社　　读者热线：0731-8826450"],
    "furniture": ["泠湄晚报", "2027年7月3日", "星期六", "第7版", "书香", "责任编辑：蒲　苇", "泠湄晚报·书香",
                  "泠湄晚报社", "读者热线：0731-8826450"],
    "run": ["泠湄晚报·书香"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市图书馆暑期少儿阅读季开幕", "本报记者　甘　\U0002c317"], "title": "市图书馆暑期少儿阅读季开幕",
         "byline": ["本报记者　甘　\U0002c317", "甘　\U0002c317", "甘\U0002c317"],
         "captions": ["孩子们在少儿部挑选图书。"], "credits": ["（本报记者　甘　\U0002c317　摄）"],
         "body": ["昨天上午，市图书馆少儿部坐满了刚放暑假的孩子。为期两个月的暑期少儿阅读季当天开幕，全市二十"
                  "三个分馆同时参加。",
                  "少儿部主任苗晓丹介绍，今年的阅读季第一次按年级列出推荐书目，{cap}孩子每读完一本，就可以在"
                  "“阅读护照”上盖一个章，集满十个章能换一张借书卡。",
                  "去年暑假，全市有一千二百多名孩子参加阅读季。苗晓丹说，读书不在多，关键是养成每天读一点的"
                  "{run}习惯。"]},
        {"glued": True, "lines": ["暑期少儿推荐书目"], "title": "暑期少儿推荐书目",
         "body": [("row", "书名　作者　适读年级"),
                  ("row", "《萤火虫的夏天》　岑小禾　一至二年级"),
                  ("row", "《外公的渡船》　蒲　远　三至四年级"),
                  ("row", "《会说话的石头》　纪思源　三至四年级"),
                  ("row", "《星星落在河对岸》　骆　青　五至六年级"),
                  ("row", "（市图书馆少儿部推荐）")]},
    ],
}

ZUOWEN = {
    "name": "zht_big5_crlf_taiwan_schools_page_essay_prize_story_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_prize_essay_school_grade_name_line_glued_zhidao_laoshi_pingyu_comment_signed_teacher_line",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "桃埔日報 2027-06-05 A9 教育 (`中華民國116年6月5日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan schools page: a county essay contest's prize-giving, its title directly above the `【記者蕭雅雯／嘉義報導】` "
    "lead (a caption and its credit inside a sentence, a 「」 quotation cut by the running head), then, with no blank "
    "line, the prize essay (its title, the line `興安國小六年級　游芷晴` under it: the byline), then, with no blank "
    "line, the teacher's comment `指導老師評語` (one paragraph, the line `指導老師　呂佳蓉` under it: the byline).",
    "date": "2027-06-05", "page": "A9",
    "head": ["桃埔日報　中華民國116年6月5日　星期六", "A9　教育　　編輯：沈怡君"],
    "foot": ["桃埔日報社　讀者服務專線：(05)271-3360"],
    "furniture": ["桃埔日報", "中華民國116年6月5日", "星期六", "A9", "教育", "編輯：沈怡君", "桃埔日報．教育",
                  "桃埔日報社", "讀者服務專線：(05)271-3360"],
    "run": ["桃埔日報．教育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["桃埔盃作文比賽頒獎　游芷晴奪國小組首獎"], "title": "桃埔盃作文比賽頒獎　游芷晴奪國小組首獎",
         "tight": True, "byline": [None, "記者蕭雅雯", "蕭雅雯"],
         "captions": ["游芷晴（右）上台領取獎狀。"], "credits": ["（記者蕭雅雯攝）"],
         "body": ["【記者蕭雅雯／嘉義報導】第二十屆桃埔盃學生作文比賽昨（4）日頒獎，國小組首獎由興安國小六年級"
                  "游芷晴以〈外婆的菜園〉奪得。",
                  "今年比賽共有八百多名學生參加，{cap}評審召集人謝文中說，今年的作品題材比往年多元，不少學生寫"
                  "家人和家鄉。",
                  "游芷晴說，她每個暑假都住在外婆家，「外婆教我認菜，也教我等待，我只是把她說過的話寫"
                  "{run}下來。」"]},
        {"glued": True, "lines": ["外婆的菜園", "興安國小六年級　游芷晴"], "title": "外婆的菜園",
         "byline": ["興安國小六年級　游芷晴", "游芷晴"],
         "body": ["外婆的菜園在三合院後面，不大，卻種了十幾種菜。每年暑假，我最喜歡跟著外婆去澆水。",
                  "外婆說，菜跟人一樣，急不得。絲瓜要爬架子，地瓜葉要常常剪，剪了才會長得更好。我那時候不懂，"
                  "只覺得每天都在做一樣的事。",
                  "今年春天，外婆跌倒了，菜園交給舅舅照顧。暑假我回去的時候，絲瓜又爬滿了架子。我想，外婆教我"
                  "的，不只是種菜。"]},
        {"glued": True, "lines": ["指導老師評語"], "title": "指導老師評語",
         "byline": ["指導老師　呂佳蓉", "呂佳蓉"],
         "body": ["芷晴用菜園寫外婆，沒有一句說想念，卻處處是想念。結尾一句收得乾淨，留給讀者自己體會。若能多寫"
                  "一兩個外婆做事的細節，文章會更動人。",
                  ("end", "指導老師　呂佳蓉")]},
    ],
}

FANGBANG = {
    "name": "zht_big5hkscs_lf_hong_kong_schools_page_diploma_exam_results_day_story_cantonese_byline_caption_credit_running_head_midsentence_glued_hexin_kemu_core_subjects_table_subject_candidates_level_two_rows_note_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "灣汀日報 2027-07-14 A10 教育, Big5-HKSCS (`嘅 喺 啲 攞`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong schools page: results day of the diploma exam, with Cantonese quotes "
    "(title, byline line `記者　麥曉晴`, the university-entry line `「33222」` in the text, a caption and its credit "
    "inside a sentence, a 「」 quotation, the running head in mid-sentence), then, with no blank line, the table "
    "`核心科目成績`: a header row `科目　考生人數　達2級或以上`, three subject rows and a note row; the table is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2027-07-14", "page": "A10",
    "head": ["灣汀日報　2027年7月14日　星期三", "A10　教育　　編輯：關詠詩"],
    "foot": ["灣汀日報社　　新聞熱線：2893 4417"],
    "furniture": ["灣汀日報", "2027年7月14日", "星期三", "A10", "教育", "編輯：關詠詩", "灣汀日報．教育", "灣汀日報社",
                  "新聞熱線：2893 4417"],
    "run": ["灣汀日報．教育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["文憑試今日放榜　老師：唔好急住做決定", "記者　麥曉晴"], "title": "文憑試今日放榜　老師：唔好急住做決定",
         "byline": ["記者　麥曉晴", "麥曉晴"],
         "captions": ["考生喺禮堂等候領取成績。"], "credits": ["（麥曉晴攝）"],
         "body": ["今年中學文憑試今日放榜，約四萬七千名考生會喺上午回校攞成績。今年考獲大學入學最低要求「33222」"
                  "嘅日校考生，佔百分之四十一點二，同去年差唔多。",
                  "負責升學輔導嘅中學老師余卓謙話，{cap}考生收到成績之後唔好急住決定，「先睇清楚自己有咩選擇，"
                  "再同老師傾」。",
                  "佢提醒，聯招改選志願嘅時間只有幾日，考生要預早準備好文件，唔好臨急臨{run}忙。有啲同學仲未"
                  "諗清楚讀咩科，可以打電話問學校。"]},
        {"glued": True, "lines": ["核心科目成績"], "title": "核心科目成績",
         "body": [("row", "科目　考生人數　達2級或以上"),
                  ("row", "中國語文　45,612　78.4%"),
                  ("row", "英國語文　45,980　80.1%"),
                  ("row", "數學　46,105　81.6%"),
                  ("row", "註：日校及自修生合計")]},
    ],
}

XIAOYUAN = {
    "name": "zh_utf16le_bom_crlf_campus_page_student_teachers_to_mountain_schools_story_two_name_byline_caption_credit_running_head_midsentence_glued_xiaoyuan_jianxun_label_over_tight_head_briefs",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澴川日报 2027-04-22 第8版 高校, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A campus "
    "page: twenty student teachers leave for a term in village schools (title, byline line naming a reporter and a "
    "通讯员, a caption and its credit inside a sentence, a “” quotation, the running head before the last word), then, "
    "with no blank line, the column label `校园简讯` over three briefs, each a head set directly above its text; the "
    "label is the first brief's section (none accepted; accepted but not expected on the others), the kicker "
    "accepted on every brief.",
    "date": "2027-04-22", "page": "8",
    "head": ["澴川日报　2027年4月22日　星期四", "第8版　高校　　责任编辑：阮　青"],
    "foot": ["澴川日报社出版　　高校新闻部：0728-3356201"],
    "furniture": ["澴川日报", "2027年4月22日", "星期四", "第8版", "高校", "责任编辑：阮　青", "澴川日报·高校",
                  "澴川日报社出版", "高校新闻部：0728-3356201"],
    "run": ["澴川日报·高校"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["二十名师范生赴山区顶岗支教", "本报记者　鲍　宁　通讯员　卢思远"], "title": "二十名师范生赴山区顶岗支教",
         "byline": ["本报记者　鲍　宁　通讯员　卢思远", "本报记者　鲍　宁", "鲍　宁", "鲍宁"],
         "captions": ["支教学生在出发仪式上合影。"], "credits": ["（通讯员　卢思远　摄）"],
         "body": ["昨天上午，澴川师范学院二十名大三学生启程前往石门县，开始为期一学期的顶岗支教。他们将分到六所"
                  "乡村小学，教语文、数学和音乐。",
                  "带队老师廖晓峰说，{cap}出发前学生们已经集中培训了两周，“怎么上好一节课，怎么跟孩子谈心，"
                  "都练过”。",
                  "学生尹嘉琪第一次离家这么远。她说，最担心的不是吃住，而是怕孩子们不喜欢{run}自己。"]},
        {"glued": True, "lines": ["校园简讯", "澴川职院读书节开幕"], "section": ["校园简讯", None],
         "kicker": [None, "校园简讯"], "title": "澴川职院读书节开幕", "tight": True,
         "body": ["4月20日，澴川职业技术学院首届读书节开幕，一个月内将举办讲座、书市和朗读比赛等十多项活动。"]},
        {"lines": ["师院学生获机器人大赛一等奖"], "section": [None, "校园简讯"], "kicker": [None, "校园简讯"],
         "title": "师院学生获机器人大赛一等奖", "tight": True,
         "body": ["澴川师范学院三名学生组成的团队，日前在全省大学生机器人大赛中获得一等奖，是该院第一次获此奖项。"]},
        {"lines": ["理工学院向中小学生开放实验室"], "section": [None, "校园简讯"], "kicker": [None, "校园简讯"],
         "title": "理工学院向中小学生开放实验室", "tight": True,
         "body": ["即日起，澴川理工学院每周六向中小学生开放三间实验室，每次限四十人，需提前一周在网上预约。"]},
    ],
}

XINXIANG = {
    "name": "zh_utf8_nobom_crlf_singapore_parents_page_jiazhang_xinxiang_qa_column_label_question_signed_pen_name_counsellor_line_answer_portrait_caption_credit_running_head_midsentence_glued_jiangzuo_yugao_talk_box_label_rows",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "星湄早报 (an invented Singapore Chinese daily) 2027-06-21 第12版 亲子, UTF-8 without BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Singapore parents' page: the Q&A column `家长信箱` (the label the section; kicker or "
    "none accepted; the head; the parent's question `问：…` signed with a pen name in brackets at its end; the "
    "counsellor's line `辅导员　林慧芬　答` under it: the byline; the answer `答：…` and two follow-on paragraphs, the "
    "counsellor's portrait caption and its credit inside a sentence, the running head in mid-sentence), then, with no "
    "blank line, the box `讲座预告`: five `label：value` rows, each a paragraph.",
    "date": "2027-06-21", "page": "12",
    "head": ["星湄早报　2027年6月21日　星期一", "第12版　亲子　　编辑：邱　雯"],
    "foot": ["星湄早报社　　亲子版电邮：qinzi@xingmei.example.sg"],
    "furniture": ["星湄早报", "2027年6月21日", "星期一", "第12版", "亲子", "编辑：邱　雯", "星湄早报·亲子", "星湄早报社",
                  "亲子版电邮：qinzi@xingmei.example.sg"],
    "run": ["星湄早报·亲子"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["家长信箱", "孩子升中学，要不要请补习老师？"], "section": ["家长信箱", None], "kicker": [None, "家长信箱"],
         "title": "孩子升中学，要不要请补习老师？", "byline": ["辅导员　林慧芬　答", "林慧芬"],
         "captions": ["林慧芬"], "credits": ["（受访者提供）"],
         "body": ["问：我的女儿今年小六，成绩中等，明年要升中学。身边的朋友都在给孩子请补习老师，我很焦虑，不知道"
                  "该不该跟着请。（忧心妈妈）",
                  ("end", "辅导员　林慧芬　答"),
                  "答：先别急。补习有没有用，要看孩子缺的是什么。如果只是某一科基础不稳，找老师补一补是有帮助的；"
                  "如果只是因为别人都在补，那就不必。",
                  "建议你先跟女儿的级任老师谈一谈，{cap}了解她在课堂上的表现，再和孩子一起商量。",
                  "孩子到了这个年纪，最需要的是父母的信任。每天留一点时间听她说说学校的事，往往比多上一堂课更有"
                  "{run}用。"]},
        {"glued": True, "lines": ["讲座预告"], "title": "讲座预告",
         "body": [("row", "主题：陪孩子走过升中年"),
                  ("row", "日期：7月3日（星期六）"),
                  ("row", "时间：上午10时至12时"),
                  ("row", "地点：兀兰社区图书馆"),
                  ("row", "报名：talk@xingmei.example.sg")]},
    ],
}

BOLSA = {
    "name": "cri_cp1252_crlf_forro_santomean_schools_page_study_grants_story_di_byline_dateline_caption_credit_running_head_midsentence_glued_bolsa_dxtudu_grant_notice_intro_numbered_document_rows_deadline_office_signature",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Jornal Ôbô (an invented São Tomé daily) 2027-08-10 Pag. 5 Xikola, Windows-1252 (`ê ô é ó É Ê Ô “ ” · –`), "
    "CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Forro (Santomean creole) schools page: a story on "
    "study grants abroad (title, byline line `Di Nelson Ceita`, the dateline `SANTOMÉ –` opening the lead, a caption "
    "and its credit inside a sentence, a “” quotation cut by the running head), then, with no blank line, the grant "
    "notice `Bolsa d'Xtudu 2027/2028`: an intro line, three numbered document rows, the deadline paragraph and the "
    "issuing office's signature on its own line (the byline).",
    "date": "2027-08-10", "page": "5",
    "head": ["JORNAL ÔBÔ · Tlêsa-fela, 10 di Agôxtu 2027 · Pag. 5", "Xikola · Ledason: Ana Lima"],
    "foot": ["Jornal Ôbô · xikola@jornalobo.example.st"],
    "furniture": ["JORNAL ÔBÔ", "Tlêsa-fela, 10 di Agôxtu 2027", "Pag. 5", "Xikola", "Ledason: Ana Lima",
                  "Jornal Ôbô · Xikola", "Jornal Ôbô", "xikola@jornalobo.example.st"],
    "run": ["Jornal Ôbô · Xikola"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Sêtenta bolsa pa mina ba xtuda", "ni mundu", "Di Nelson Ceita"],
         "title": "Sêtenta bolsa pa mina ba xtuda ni mundu", "byline": ["Di Nelson Ceita", "Nelson Ceita"],
         "captions": ["Mina di liseu ka lê lista di bolsa."], "credits": ["Foto: Zé Viegas"],
         "body": ["SANTOMÉ – Minis~té~liu di Xtudu ka da sê~tenta bolsa d'xtudu pa mina ku kaba li~seu. Inen ka ba "
                  "xtuda ni Pu~tu~gali, ni Blaji ku ni An~gola, pa kwatlu ô xin~ku anu.",
                  "Mina ku mêsê bolsa pô pi~dji té dja 30 di Sê~têm~blu. {cap}Minis~tlu Ernes~tina Pontes fla kuma bolsa "
                  "sa pa mina ku tê nota bwa, maji tam~bê pa mina di fami~lia ku na tê kwa fa.",
                  "Ê fla: “Nón mêsê pa mina sé ba xtuda, maji nón mêsê pa inen bi tla~ba ni {run}tela.” Anu pa~sadu, "
                  "sun ku san di Minis~té~liu da sin~kwenta bolsa so."]},
        {"glued": True, "lines": ["Bolsa d'Xtudu 2027/2028"], "title": "Bolsa d'Xtudu 2027/2028",
         "byline": ["Dilesôn di Bolsa d'Xtudu", None],
         "body": ["Dosu~mentu ku mina fô da:",
                  ("row", "1. Kópia di bilheti di identidadji;"),
                  ("row", "2. Sêltifikadu di liseu ku nota;"),
                  ("row", "3. Kata di pai ô mai di mina."),
                  "Pidji~du sa ni Minis~té~liu di Xtudu, Ave~nida 12 di Julhu, di dja 16 di Agôx~tu té dja 30 di "
                  "Sê~têm~blu.",
                  ("end", "Dilesôn di Bolsa d'Xtudu")]},
    ],
}

ANAANSI = {
    "name": "srm_macroman_cr_saramaccan_childrens_page_anaansi_tori_rubric_head_fu_byline_tale_drawing_caption_credit_running_head_midsentence_glued_kiihi_riddle_box_two_riddles_question_row_answer_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Saamaka Koanti (an invented Suriname paper in Saramaccan) 2027-10-02 Bladi 4 Miimii, Mac OS Roman "
    "(`á ë ö “ ” ·`), CR line ends; blank-line paragraphs, wrapped at 39 with hyphenation. A Saramaccan children's "
    "corner: an Anansi tale under the rubric `Anaansi tori` (the section; kicker or none accepted), the head, the "
    "teller's line `Fu Yolanda Amoida` (the byline), the drawing's caption and its credit inside a sentence, a “” "
    "quotation, the running head in mid-sentence; then, with no blank line, the riddle box `Kiihi`: two numbered "
    "riddles, the question row and the answer row `Piki: …` printed in the box, each printed line a paragraph.",
    "date": "2027-10-02", "page": "4",
    "head": ["SAAMAKA KOANTI · Sabaku 2 oktoba 2027 · Bladi 4", "Miimii"],
    "foot": ["Saamaka Koanti · koanti@saamaka.example.sr"],
    "furniture": ["SAAMAKA KOANTI", "Sabaku 2 oktoba 2027", "Bladi 4", "Miimii", "Saamaka Koanti · Miimii",
                  "Saamaka Koanti", "koanti@saamaka.example.sr"],
    "run": ["Saamaka Koanti · Miimii"], "labels": [], "markup": [" · "] * 3,
    "articles": [
        {"lines": ["Anaansi tori", "Anaansi ku Tigi", "Fu Yolanda Amoida"], "section": ["Anaansi tori", None],
         "kicker": [None, "Anaansi tori"], "title": "Anaansi ku Tigi", "byline": ["Fu Yolanda Amoida", "Yolanda Amoida"],
         "captions": ["Anaansi ta kule fu Tigi."], "credits": ["Tekenen: Romeo Adjako"],
         "body": ["Wan daka Anaan~si bi ta waka a mato. A bi ta han~gi seei. Hën a si Tigi ta duu~mi a wan gaan pau "
                  "basu, ku wan gaan pisi gwam~ba na di sei fëën.",
                  "Anaan~si taki: “Mi o tei di gwam~ba fu Tigi, aki a ta duu~mi.” {cap}Ma Tigi á bi ta duu~mi. A bi ta "
                  "luku Anaan~si ku wan wöjo.",
                  "Hën Tigi hopo, Anaan~si kule go a di lio. Fu di daka de, Anaan~si á ta go a mato möön te Tigi "
                  "{run}dë. Hii dee mii~mii fu Saa~maka sabi di tori aki."]},
        {"glued": True, "lines": ["Kiihi"], "title": "Kiihi",
         "body": [("row", "1. Mi abi buka, ma mi á sa taki."),
                  ("row", "2. Mi ta waka, ma mi á abi futu."),
                  ("row", "Andi mi da?"),
                  ("row", "Piki: 1. Wan lio. 2. Wan oloisi.")]},
    ],
}

TOPNOTCHER = {
    "name": "tsg_latin1_lf_tausug_schools_page_teachers_licensure_exam_results_story_sinulat_hi_byline_dateline_caption_credit_running_head_midsentence_glued_topnotchers_table_rank_name_school_rating_rows_aligned_by_spaces_key_rows",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Habar Sug (an invented Sulu daily) 2027-11-19 Pahina 3 Pag-iskul, ISO 8859-1 (`ñ`; straight quotes), LF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A Tausug schools page: the teachers' licensure exam results "
    "(title, byline line `Sinulat hi Nurhaida Tan`, the dateline `JOLO -` opening the lead, a caption and its credit "
    "inside a sentence, a quotation, the running head in mid-sentence), then, with no blank line, the table "
    "`Manga taga-Sulu ha Top 10`: a header row `No. Ngan Iskul Marka`, four rows rank, name, school, rating aligned by "
    "runs of spaces, and two key rows; the table is an article, its head the title, each printed line a paragraph "
    "(one space kept).",
    "date": "2027-11-19", "page": "3",
    "head": ["HABAR SUG | Juma'at, Nobiyembre 19, 2027 | Pahina 3", "Pag-iskul | Editor: Almira Jumdain"],
    "foot": ["Habar Sug | habar@habarsug.example.ph"],
    "furniture": ["HABAR SUG", "Juma'at, Nobiyembre 19, 2027", "Pahina 3", "Pag-iskul", "Editor: Almira Jumdain",
                  "Habar Sug | Pag-iskul", "Habar Sug", "habar@habarsug.example.ph"],
    "run": ["Habar Sug | Pag-iskul"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Upat taga-Sulu simud ha top 10", "sin LET", "Sinulat hi Nurhaida Tan"],
         "title": "Upat taga-Sulu simud ha top 10 sin LET",
         "byline": ["Sinulat hi Nurhaida Tan", "Nurhaida Tan"],
         "captions": ["In manga bag-u guru' ha Jolo."], "credits": ["Litratu: Jun Peñaflor"],
         "body": ["JOLO - Upat grad~wit sin manga kole~hiyo ha Sulu in simud ha top 10 sin Licensure Examination "
                  "for Teachers (LET), amu in resulta piya~hayag ha adlaw Martis.",
                  "Laung hi Dr. Abdurahman Sali, presi~dente sin Sulu Normal College, tu' ha manga estud~yante nila "
                  "in simud ha lista~han. {cap}\"Magsukul tuud kami ha Tuhan, bukun sadja para ha iskul sagawa' para "
                  "ha katan Sulu,\" laung niya.",
                  "In pasar sin pro~binsiya ha elemen~tarya 58 por~siyento, labi' dayng ha 52 por~siyento sin "
                  "katan nasyonal. In manga simud magsapa ha Disyembre 6 ha {run}Zamboanga."]},
        {"glued": True, "lines": ["Manga taga-Sulu ha Top 10"], "title": "Manga taga-Sulu ha Top 10",
         "body": [("row", "No. Ngan                   Iskul Marka"),
                  ("row", "2   Sahibul, Ma. Luisa     SNC   92.40"),
                  ("row", "5   Ibañez, Fatima         PVC   91.80"),
                  ("row", "7   Jaafar, Alnor S.       SNC   91.20"),
                  ("row", "9   Abubakar, Nurhan Joy   SNC   90.80"),
                  ("row", "SNC: Sulu Normal College"),
                  ("row", "PVC: Parang Valley College")]},
    ],
}

KOSU = {
    "name": "nan_utf16be_bom_lf_taiwanese_hokkien_poj_young_readers_page_storytelling_contest_story_kiicha_byline_caption_credit_running_head_midsentence_syllable_hyphen_line_ends_glued_winners_table_place_name_school_rows_aligned_by_spaces",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Lâm-hong Sin-pò (an invented Tainan paper in Pe̍h-ōe-jī) 2027-12-04 Tē 7 bīn Gín-á Hn̂g, UTF-16 BE with BOM "
    "(precomposed tone letters, combining U+0358 in `o͘`, U+030D in `a̍ i̍ e̍` and U+0302 in `n̂`, U+207F `ⁿ`), LF; blank-line "
    "paragraphs, wrapped at 39. A Taiwanese Hokkien (POJ) young readers' page: a children's storytelling contest "
    "(title, byline line `Kì-chiá Tân Siù-hûn`, a caption and its credit inside a sentence, a quotation cut by the "
    "running head); its line ends fall on the syllable hyphens of POJ words (`ha̍k-`/`seng`), which the gold keeps "
    "(`ha̍k-seng`); then, with no blank line, the winners table `Tit-chióng Miâ-toaⁿ`: a header row and three rows "
    "place, name, school aligned by runs of spaces; the table is an article, its head the title, each printed line a "
    "paragraph (one space kept).",
    "date": "2027-12-04", "page": "7",
    "head": ["LÂM-HONG SIN-PÒ · 2027 nî 12 goe̍h 4 ji̍t, Lé-pài-la̍k · Tē 7 bīn", "Gín-á Hn̂g · Pian-chi̍p: Khó͘ Siok-hūi"],
    "foot": ["Lâm-hong Sin-pò · gina@lamhong.example.tw"],
    "furniture": ["LÂM-HONG SIN-PÒ", "2027 nî 12 goe̍h 4 ji̍t, Lé-pài-la̍k", "Tē 7 bīn", "Gín-á Hn̂g",
                  "Pian-chi̍p: Khó͘ Siok-hūi", "Lâm-hong Sin-pò · Gín-á Hn̂g", "Lâm-hong Sin-pò",
                  "gina@lamhong.example.tw"],
    "run": ["Lâm-hong Sin-pò · Gín-á Hn̂g"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Gín-á iōng Tâi-gí kóng kò͘-sū", "Kì-chiá Tân Siù-hûn"], "title": "Gín-á iōng Tâi-gí kóng kò͘-sū",
         "byline": ["Kì-chiá Tân Siù-hûn", "Tân Siù-hûn"],
         "captions": ["Gô͘ Ka-hoân tī tâi-téng kóng kò͘-sū."], "credits": ["Hip-siōng: Tēⁿ Bûn-kiat"],
         "body": ["Tâi-lâm Chhī ê sió-ha̍k-~seng Tâi-gí kóng kò͘-sū pí-~sài, chit-ê Lé-pài-jī tī chhī-li̍p "
                  "tô͘-su-~koán kú-~hêng, ū chi̍t-~pah gōa miâ gín-á chham-~ka.",
                  "Phêng-~sím ê Lîm Bí-hūi lāu-~su kóng, {cap}chit-~má ê gín-á Tâi-~gí kóng liáu bē-bái, ū-ê iáu "
                  "ē-hiáu ka-kī pian kò͘-~sū.",
                  "Tē-it miâ ê Gô͘ Ka-hoân sī gō͘ nî-~kip ê ha̍k-~seng. I kóng: \"A-~má ta̍k àm to kā góa kóng "
                  "{run}kò͘-sū, góa chí-sī kā i ê kò͘-sū kóng hō͘ tāi-ke thiaⁿ.\""]},
        {"glued": True, "lines": ["Tit-chióng Miâ-toaⁿ"], "title": "Tit-chióng Miâ-toaⁿ",
         "body": [("row", "Miâ-chhù Sèⁿ-miâ      Ha̍k-hāu"),
                  ("row", "1        Gô͘ Ka-hoân   Tang-mn̂g Kok-sió"),
                  ("row", "2        Lí Sim-î     Hái-an Kok-sió"),
                  ("row", "3        Chiu Pó-lîn  Soaⁿ-kha Kok-sió")]},
    ],
}

PAGES = [RUXUE, SHUDAN, ZUOWEN, FANGBANG, XIAOYUAN, XINXIANG, BOLSA, ANAANSI, TOPNOTCHER, KOSU]
