"""The text of every holdout69 page, written once: make_holdout69_pages.py prints it and writes the gold.

The page format is holdout66's (see pages_holdout66.py), unchanged. `("row", line)` prints a line of a table, a box,
an ingredients list or a set of clues (one gold paragraph per printed line, no blank line between rows);
`("h", line)` prints a heading inside an article (gold `headings`); `("end", line)` prints a line that is no
paragraph of the gold (a signature). All papers, people, firms, parties, courts, restaurants and events are invented.
"""

SHUANGJIANG = {
    "name": "zh_gbk_crlf_shuangjiang_weather_almanac_page_forecast_table_by_town_outlook_story_jieqi_box_sunrise_tide_rows_running_head_midsentence",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "梧川晚报 2027-10-23 第7版 气象·农时, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A weather "
    "and almanac page on the day of 霜降: a forecast table by town (header row, five town rows, a source row), an outlook "
    "story (title, byline line, the running head in mid-sentence), and a 节气 box `今日霜降` (sunrise/sunset, moon and tide "
    "rows, then one paragraph on the solar term).",
    "date": "2027-10-23", "page": "7",
    "head": ["梧川晚报　2027年10月23日　星期六", "第7版　气象·农时　　责任编辑：濮　云"],
    "foot": ["梧川晚报社　　气象服务电话：12121　　本版数据由梧川市气象台提供"],
    "furniture": ["梧川晚报", "2027年10月23日", "星期六", "第7版", "气象·农时", "责任编辑：濮　云", "梧川晚报·气象·农时",
                  "梧川晚报社", "气象服务电话：12121", "本版数据由梧川市气象台提供"],
    "run": ["梧川晚报·气象·农时"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["未来三天各地天气预报"], "title": "未来三天各地天气预报",
         "body": [("row", "地区　　　今天　　　　明天　　　　气温℃"), ("row", "城区　　　多云转晴　　晴　　　　4～16"),
                  ("row", "临江镇　　晴　　　　　晴　　　　5～17"), ("row", "石门乡　　多云　　　　晴有霜冻　 -1～12"),
                  ("row", "北岭镇　　阴转多云　　多云　　　2～13"), ("row", "梧川港　　多云　　　　晴　　　　7～18"),
                  ("row", "风力：偏北风3到4级　　10月23日17时发布")]},
        {"lines": ["霜降到　下周山区将现初霜", "本报记者　明　岚"], "title": "霜降到　下周山区将现初霜",
         "byline": ["本报记者　明　岚", "明　岚", "明岚"],
         "body": ["今天是霜降节气。市气象台预报，受一股弱冷空气影响，未来三天我市以晴到多云天气为主，早晚温差较大。",
                  "首席预报员宋其安介绍，25日前后，石门乡、北岭镇等山区的最低气温将降到零度以下，"
                  "{run}地势低洼处会出现今年的第一场霜冻。",
                  "气象部门提醒，山区种植户要抓紧收获晚稻和红薯，对大棚蔬菜加盖草帘；早晚出行的市民要注意添衣保暖。"]},
        {"lines": ["今日霜降"], "title": "今日霜降",
         "body": [("row", "日出　06:21　　日落　17:27"), ("row", "月出　15:02　　月落　02:48"),
                  ("row", "潮汐（梧川港）"), ("row", "高潮　04:36　16:58"),
                  ("row", "低潮　10:44　23:10"),
                  "霜降是秋季的最后一个节气，意味着天气渐冷、开始降霜。民间有霜降吃柿子的习俗，俗话说“霜降摘柿子，立冬打软枣”。"]},
    ],
}

GONGGAO = {
    "name": "zh_gb18030_lf_tianqiao_public_notices_page_yishi_shengming_two_items_tender_notice_court_notice_by_publication_beside_news_story_rare_char_name",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "溪城日报 2027-06-10 第11版 公告·综合, GB18030 (`𫟅` U+2B7C5 in a defendant's name, not in GBK), LF; indent-only "
    "paragraphs, wrapped at 21. A public notices page beside one news story: the story on a footbridge (天桥) to be pulled "
    "down (title, byline line, caption and credit inside a sentence), then the notices: `遗失声明` (two one-paragraph "
    "declarations under one head), a tender notice (issuer, contact and date lines as its last paragraphs) and a court's "
    "notice by publication addressed to a defendant (court and date lines as its last paragraphs).",
    "date": "2027-06-10", "page": "11",
    "head": ["溪城日报　第11版　公告·综合", "2027年6月10日　星期四　　编辑：祁　航"],
    "foot": ["溪城日报广告部　　公告刊登热线：0576-8839100"],
    "furniture": ["溪城日报", "第11版", "公告·综合", "2027年6月10日", "星期四", "编辑：祁　航",
                  "溪城日报广告部", "公告刊登热线：0576-8839100"],
    "labels": [], "markup": [],
    "articles": [
        {"lines": ["解放路人行天桥月底拆除", "本报记者　覃　晓"], "title": "解放路人行天桥月底拆除",
         "byline": ["本报记者　覃　晓", "覃　晓", "覃晓"],
         "captions": ["即将拆除的解放路人行天桥。"], "credits": ["（本报记者　覃　晓　摄）"],
         "body": ["记者昨天从市政部门获悉，建成已有二十六年的解放路人行天桥将于6月28日起拆除，原址改建平面人行横道"
                  "和信号灯。",
                  "市政工程处负责人说，天桥的{cap}钢梁锈蚀严重，去年检测被评为危桥。拆除期间，解放路中段夜间封闭，"
                  "公交车绕行人民路。"]},
        {"lines": ["遗失声明"], "title": "遗失声明",
         "body": ["溪城市恒丰五金商行遗失营业执照副本一份，统一社会信用代码92330281MA2H4K7X3L，声明作废。",
                  "宋家琪遗失溪城市第二人民医院出具的出生医学证明一份，编号Q330456712，声明作废。"]},
        {"lines": ["溪城港东区航道疏浚工程招标公告"], "title": "溪城港东区航道疏浚工程招标公告",
         "body": ["本工程已批准建设，招标人为溪城市港航管理处，资金来自市财政，现进行公开招标。",
                  "工程内容为东区航道疏浚约12万立方米，工期一百二十天。投标人须具备港口与航道工程施工总承包三级以上资质。",
                  "请于6月21日17时前到溪城市公共资源交易中心领取招标文件。",
                  "招标人：溪城市港航管理处　联系人：倪先生　电话：0576-8812345",
                  "2027年6月9日"]},
        {"lines": ["溪城市青屿区人民法院公告"], "title": "溪城市青屿区人民法院公告",
         "body": ["邬𫟅：本院受理原告任晓峰诉你民间借贷纠纷一案，因你下落不明，依照《中华人民共和国民事诉讼法》"
                  "的规定，向你公告送达起诉状副本、应诉通知书和开庭传票。自公告之日起经过三十日即视为送达。"
                  "本案定于2027年9月15日9时在本院第三法庭开庭审理，逾期不到庭将依法缺席判决。",
                  "溪城市青屿区人民法院",
                  "二〇二七年六月七日"]},
    ],
}

YANGROU = {
    "name": "zh_utf8_nobom_crlf_yangrou_food_page_recipe_intro_shicai_ingredient_rows_zuofa_numbered_steps_restaurant_column_caption_credit_midsentence_address_line",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "朔原日报 2027-12-04 第9版 美食, UTF-8 without BOM, CRLF; blank-line paragraphs, wrapped at 22. A food page on "
    "mutton (羊肉): a recipe (kicker `家常菜`, title, byline line `文／牧　禾`, an intro, heading `食材` over five ingredient "
    "rows, heading `做法` over four numbered steps, each one paragraph), then a restaurant column (kicker `寻味`, title, "
    "byline line, a caption and its credit inside a sentence, the running head in mid-sentence, an address line at its foot).",
    "date": "2027-12-04", "page": "9",
    "head": ["朔原日报　2027年12月4日　星期六", "第9版　美食　　　责任编辑：阎　凯　　美编：苗　苗"],
    "foot": ["朔原日报社出版　　读者来信：meishi@shuoyuan.example.cn"],
    "furniture": ["朔原日报", "2027年12月4日", "星期六", "第9版", "美食", "责任编辑：阎　凯", "美编：苗　苗",
                  "朔原日报·美食", "朔原日报社出版", "读者来信：meishi@shuoyuan.example.cn"],
    "run": ["朔原日报·美食"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["家常菜", "冬日一锅清炖羊肉萝卜汤", "文／牧　禾"], "kicker": ["家常菜", None],
         "title": "冬日一锅清炖羊肉萝卜汤", "byline": ["文／牧　禾", "牧　禾", "牧禾"],
         "body": ["天一冷，家里的砂锅就闲不住了。羊肉配白萝卜，汤清味鲜，不膻不腻，做法也不难。",
                  ("h", "食材"),
                  ("row", "羊腿肉　　500克"), ("row", "白萝卜　　1根"), ("row", "生姜　　　5片"), ("row", "葱　　　　2根"),
                  ("row", "盐、白胡椒粉　适量"),
                  ("h", "做法"),
                  "1.羊肉切成大块，冷水下锅，加两片姜，煮开后撇去浮沫，捞出用温水洗净。",
                  "2.砂锅里加足量开水，放入羊肉、剩下的姜片和葱结，大火烧开后转小火炖一个半小时。",
                  "3.白萝卜去皮切滚刀块，放入锅中再炖二十分钟，炖到萝卜透明。",
                  "4.关火前加盐，撒白胡椒粉和葱花即可。"]},
        {"lines": ["寻味", "老城根下一碗羊汤", "本报记者　宁　远"], "kicker": ["寻味", None],
         "title": "老城根下一碗羊汤", "byline": ["本报记者　宁　远", "宁　远", "宁远"],
         "captions": ["马师傅在后厨切羊肉。"], "credits": ["本报记者　宁　远　摄"],
         "body": ["鼓楼西街的马记羊汤馆只有六张桌子，早上六点开门，不到九点，一锅羊汤就卖完了。",
                  "店主马师傅今年五十八岁，这门手艺是跟父亲学的。他每天凌晨三点起来{cap}剔骨、焯水，"
                  "羊骨要熬足四个小时。“汤白不白，全看火候。”他说。",
                  "一碗羊汤配两个烧饼，是很多老街坊的早饭。店里的羊杂汤也值得一试，"
                  "{run}辣椒油是店里自己炸的，香而不燥。",
                  "地址：朔原市鼓楼西街28号　人均：30元"]},
    ],
}

XIXUN = {
    "name": "zh_utf16le_bom_lf_melbourne_australia_xixun_family_announcements_page_birth_wedding_golden_anniversary_family_signature_lines_running_head_midsentence",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澳南侨报 / AUSTRAL KIU POH (Melbourne, Australia, simplified) 2027-08-07 第20版 家庭·喜讯, UTF-16 LE with BOM, LF; "
    "blank-line paragraphs, wrapped at 20. A family announcements page: a birth (`弄璋之喜`), a wedding (`结婚启事`) and a "
    "golden wedding anniversary (`金婚志庆`), each a title over one or two paragraphs and signed by the families on a line "
    "of its own (kept as the byline); the running head cuts the wedding notice in mid-sentence.",
    "date": "2027-08-07", "page": "20",
    "head": ["澳南侨报　AUSTRAL KIU POH", "2027年8月7日　星期六　　第20版　家庭·喜讯"],
    "foot": ["刊登喜讯请洽本报分类广告部　　电话：(03) 9555 0188"],
    "furniture": ["澳南侨报", "AUSTRAL KIU POH", "2027年8月7日", "星期六", "第20版", "家庭·喜讯", "澳南侨报·家庭",
                  "刊登喜讯请洽本报分类广告部", "电话：(03) 9555 0188"],
    "run": ["澳南侨报·家庭"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["弄璋之喜"], "title": "弄璋之喜", "byline": ["陈林两府同启", None],
         "body": ["陈家豪先生、林美琪女士于2027年7月22日在墨尔本喜获麟儿，取名陈思远，重3.4公斤，母子平安。"
                  "特此敬告亲友。",
                  ("end", "陈林两府同启")]},
        {"lines": ["结婚启事"], "title": "结婚启事", "byline": ["邱温两府谨启", None],
         "body": ["邱志明先生、黎淑贞女士次男邱文杰君，与温国栋先生、卢慧芬女士长女温嘉欣小姐，"
                  "谨订于2027年8月22日（星期日）在墨尔本举行婚礼，当晚假座{run}唐人街金凤楼酒家设宴。",
                  "敬请亲友光临，恕不另柬。",
                  ("end", "邱温两府谨启")]},
        {"lines": ["金婚志庆"], "title": "金婚志庆", "byline": ["子女孙辈同贺", None],
         "body": ["潘国强先生与夫人谢玉兰女士，1977年8月在吉隆坡结为夫妻，1988年移居墨尔本，今年喜逢结婚五十周年。"
                  "祝两老身体健康，福寿绵长。",
                  ("end", "子女孙辈同贺")]},
    ],
}

TAOYI = {
    "name": "zht_big5_crlf_taiwan_taoyi_ceramics_profile_renwu_zhuanfang_kicker_caption_credit_midsentence_renwu_jianli_resume_box_label_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "鹿洲日報 中華民國116年9月18日 A9 藝文, Big5 (strict; no `／` or `～`: the years in the box use ASCII `-`), CRLF; "
    "indent-only paragraphs, wrapped at 21. A profile of a potter (陶藝): kicker `人物專訪`, title, byline line "
    "`記者童雅琪　新北報導`, 「」 quotes, a caption and its credit inside a sentence, the running head in mid-sentence; then a "
    "résumé box `人物簡歷` (name, born, schooling, posts, award: one `label：value` per line).",
    "date": "2027-09-18", "page": "A9",
    "head": ["鹿洲日報　A9　藝文", "中華民國116年9月18日　星期六"],
    "foot": ["鹿洲日報藝文中心　　電話：(02)2678-5500"],
    "furniture": ["鹿洲日報", "A9", "藝文", "中華民國116年9月18日", "星期六", "鹿洲日報．藝文", "鹿洲日報藝文中心",
                  "電話：(02)2678-5500"],
    "run": ["鹿洲日報．藝文"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["人物專訪", "捏了四十年的土　他讓老窯再冒煙", "記者童雅琪　新北報導"], "kicker": ["人物專訪", None],
         "title": "捏了四十年的土　他讓老窯再冒煙", "byline": ["記者童雅琪　新北報導", "記者童雅琪", "童雅琪"],
         "captions": ["游振宗在工作室修坯。"], "credits": ["（記者童雅琪攝）"],
         "body": ["走進鶯歌老街旁的振宗陶坊，一座用了六十年的柴窯又冒出了白煙。窯主游振宗今年六十五歲，"
                  "從十八歲起就在家族的窯場學做陶。",
                  "二十年前，家裡的窯場因為訂單外移而停工。游振宗說：「那時候很多人勸我改行，可是我放不下這些土。」"
                  "他自己開了工作室，從茶具做起，慢慢{cap}做出了名氣。",
                  "去年，他把老柴窯修好，每年春秋兩季各燒一窯，開放給年輕陶藝家一起燒。「窯要有人燒，才不會死。」"
                  "他說，今年已有十二位年輕人報名，{run}最小的才二十三歲。"]},
        {"lines": ["人物簡歷"], "title": "人物簡歷",
         "body": [("row", "姓名：游振宗"), ("row", "出生：1962年，新北鶯歌"), ("row", "學歷：高職美工科畢業"),
                  ("row", "經歷：1980-2007年在家族窯場工作"), ("row", "創業：2008年創立振宗陶坊"),
                  ("row", "獲獎：2019年全國陶藝競賽金質獎")]},
    ],
}

WENQUAN = {
    "name": "zht_big5hkscs_lf_hong_kong_wenquan_travel_feature_beppu_hot_springs_wen_she_byline_cantonese_quote_caption_midsentence_chufa_xuzhi_if_you_go_box",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "海晴日報 2027-11-12 C5 假期, Big5-HKSCS (`啲 喺 咗`, in neither cp950 nor Big5), LF; blank-line paragraphs, wrapped "
    "at 20. A travel feature on hot springs (溫泉) in Beppu: title, subtitle, byline line `文、攝：麥詠欣`, a Hong Kong "
    "tourist's Cantonese quotation, a caption (no credit: the writer took the pictures) inside a sentence, the running head "
    "in mid-sentence; then an \"if you go\" box `出發前須知` of five `label：value` rows (getting there, tickets, hours, stay, tip).",
    "date": "2027-11-12", "page": "C5",
    "head": ["海晴日報　2027年11月12日　星期五", "C5　假期　　　責任編輯：岑卓琳"],
    "foot": ["海晴日報有限公司出版　　假期版電郵：holiday@haiching.example.hk"],
    "furniture": ["海晴日報", "2027年11月12日", "星期五", "C5", "假期", "責任編輯：岑卓琳", "海晴日報．假期",
                  "海晴日報有限公司出版", "假期版電郵：holiday@haiching.example.hk"],
    "run": ["海晴日報．假期"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["別府泡湯　一日看盡八個地獄", "冬天去九州　最好是溫泉", "文、攝：麥詠欣"],
         "title": "別府泡湯　一日看盡八個地獄", "subtitle": "冬天去九州　最好是溫泉", "byline": ["文、攝：麥詠欣", "麥詠欣"],
         "captions": ["海地獄的池水呈鈷藍色，終年冒煙。"], "credits": [],
         "body": ["一落火車，別府站外已經聞到淡淡的硫磺味。這個大分縣的小城有二千多個泉眼，街頭巷尾都見到白煙從地下冒出來。",
                  "最受遊客歡迎的是「地獄巡遊」。八個地獄各有特色，海地獄一池藍水，{cap}血池地獄則是一池紅色的泥水，"
                  "不能落水浸，只可以遠觀。",
                  "看完地獄，當然要親身泡湯。在鐵輪一間老旅館遇到從香港來的黎太，她笑說：「啲水真係好熱，"
                  "喺度浸咗半個鐘，成身都紅晒。」",
                  "傍晚在旅館吃過用溫泉蒸氣蒸熟的雞蛋和蔬菜，再{run}去泡一次湯，一日的疲累都沒有了。"]},
        {"lines": ["出發前須知"], "title": "出發前須知",
         "body": [("row", "交通：直飛福岡，轉JR特急到別府"),
                  ("row", "門票：地獄共通券2,200日圓"),
                  ("row", "開放：每日上午8時至下午5時"),
                  ("row", "住宿：旅館每晚15,000日圓起"),
                  ("row", "貼士：先沖身，毛巾勿入池")]},
    ],
}

ZEEUWS = {
    "name": "zea_latin9_lf_zeelandic_weekly_games_page_schaekprobleem_chess_notation_rows_kruuswoord_clues_horizontaol_verticaol_headings_last_week_answers_euro_price",
    "encoding": "iso8859-15", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "De Walcherse Kroante (a Zeelandic-language weekly, Middelburg) 2027-03-06 bladzie 15, ISO-8859-15 (`ê è ò ë` and "
    "`€` in the head, byte A4, which is `¤` in Latin-1), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A games "
    "page: a chess problem (title, a sentence, the position in algebraic notation with Dutch piece letters as two rows "
    "`Wit:` / `Zwart:`, the task), a crossword's clues (title, an intro paragraph cut by the running head, headings "
    "`Horizontaol` and `Verticaol` over numbered clue rows), and last week's answers (title, one row per puzzle).",
    "date": "2027-03-06", "page": "15",
    "head": ["DE WALCHERSE KROANTE / Zaoterdag 6 maert 2027 / bladzie 15 / € 2,10", "Puzzels"],
    "foot": ["De Walcherse Kroante / Lange Noordstraete 12 Middelburg / puzzel@kroante.example.nl"],
    "furniture": ["DE WALCHERSE KROANTE", "Zaoterdag 6 maert 2027", "bladzie 15", "€ 2,10", "Puzzels",
                  "De Walcherse Kroante / blz. 15", "De Walcherse Kroante", "Lange Noordstraete 12 Middelburg",
                  "puzzel@kroante.example.nl"],
    "run": ["De Walcherse Kroante / blz. 15"], "labels": [], "markup": [" / ", " / ", " / ", " / ", " / "],
    "articles": [
        {"lines": ["Schaekprobleem"], "title": "Schaekprobleem",
         "body": ["Dit probleem kwam van Kees de Pagter uut Veere, die 't vòòr z'n schaek~club in Vlis~sin~gen op~ste~lde.",
                  ("row", "Wit: Kg1, Dd1, Tf1, Lb3, Pe5"), ("row", "Zwart: Kg8, Te8, Pc6, g7, h7"),
                  "Wit speult en zet mat in twee zetten."]},
        {"lines": ["Kruuswoord"], "title": "Kruuswoord",
         "body": ["Alle ant~woor~den komme deze weke uut de Zeêuwse taele. De oplos~sieng stoat vol~gen~de {run}weke"
                  " op deze blad~zie.",
                  ("h", "Horizontaol"),
                  ("row", "1. Eiland mie 'n vuurtoren (8)"), ("row", "5. Wat de boer in 't vòòrjaer doet (5)"),
                  ("row", "7. Zeêuws vòòr meisje (5)"),
                  ("h", "Verticaol"),
                  ("row", "1. Zoete bolle mie stroop (6)"), ("row", "2. Wind uut 't noorden (5)"),
                  ("row", "4. Dat goat op en neer an de kust (4)")]},
        {"lines": ["Oplossiengen van vorige weke"], "title": "Oplossiengen van vorige weke",
         "body": [("row", "Schaek: 1. Te7! Kxe7 2. Dd6 mat"), ("row", "Horizontaol: 1. Domburg, 5. dieke, 7. kreke"),
                  ("row", "Verticaol: 1. Dorp, 2. mossels, 4. gors")]},
    ],
}

MORISYEN = {
    "name": "mfe_macroman_cr_mauritian_creole_community_calendar_kalandriye_dated_events_time_venue_over_short_feature_par_byline_caption_credit_midsentence",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Lavwa Plato (a Mauritian Creole (Morisyen) weekly, Rose-Hill) 2027-06-05 paz 6, Mac OS Roman (`é è` in names, "
    "`•` joins), classic Mac CR line ends; blank-line paragraphs, wrapped at 40 with hyphenation. A community calendar over "
    "a short feature: the calendar `Kalandriye lasemenn` (five events, each one paragraph opened by its day and date, with "
    "time and venue), then the feature (title, byline line `Par Marie-Josée Lagesse`, a caption and its credit inside a "
    "sentence, the running head in mid-sentence).",
    "date": "2027-06-05", "page": "6",
    "head": ["LAVWA PLATO • Samdi 5 Zin 2027 • Paz 6", "Lavi Kartye"],
    "foot": ["Lavwa Plato • Redaksion: 12 Lari Royal • lavwa@plato.example.mu"],
    "furniture": ["LAVWA PLATO", "Samdi 5 Zin 2027", "Paz 6", "Lavi Kartye", "Lavwa Plato • Paz 6", "Lavwa Plato",
                  "Redaksion: 12 Lari Royal", "lavwa@plato.example.mu"],
    "run": ["Lavwa Plato • Paz 6"], "labels": [], "markup": [" • ", " • ", " • ", " • "],
    "articles": [
        {"lines": ["Kalandriye lasemenn"], "title": "Kalandriye lasemenn",
         "body": ["Samdi 5 Zin, 9er-13er: Bazar solider, lakour lekol Sainte-Thérèse, Curepipe.",
                  "Dimans 6 Zin, 7er: Mars pou lan~vi~ronn~man, depar Plas Margéot, Quatre-Bornes.",
                  "Merkredi 9 Zin, 18er30: Reinion bann abitan, sant ko~mi~no~ter Beau-Bassin.",
                  "Vandredi 11 Zin, 19er: Konser sega ek seggae, Plaza, Rose-Hill. Lantre gratis.",
                  "Samdi 12 Zin, 14er: Klas la~bou~tik pou zenn, bibliotek mi~ni~si~pal Vacoas."]},
        {"lines": ["Enn bazar pou repar lasal lekol", "Par Marie-Josée Lagesse"], "title": "Enn bazar pou repar lasal lekol",
         "byline": ["Par Marie-Josée Lagesse", "Marie-Josée Lagesse"],
         "captions": ["Bann zanfan lekol Sainte-Thérèse pe repet zot dans."], "credits": ["Foto: Kevin Ramsamy"],
         "body": ["Samdi sa, paran ek profeser lekol Sainte-Thérèse pe or~ga~niz enn bazar pou ramas kas pou repar "
                  "lasal lekol, ki finn ab~ime apre bann gro lapli Fev~ri~ye.",
                  "Pou lokazyon, bann zanfan pou pre~zant enn {cap}dans sega. Ena osi gato, la~kwi~zinn lakaz "
                  "ek plant pou vande.",
                  "“Nou finn bizin ferm lasal depi trwa mwa,” dir Madam Josiane Bégué, di~rek~tris lekol. "
                  "“Sak roupi {run}pou ed nou zanfan re~tourn dan enn lasal prop.”"]},
    ],
}

SRANAN = {
    "name": "srn_utf8_bom_crlf_sranan_tongo_election_results_page_district_council_vote_table_header_row_turnout_row_story_fu_byline_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Sranan Koranti (a Sranan Tongo weekly, Paramaribo) 2027-05-28 blad 3, UTF-8 with BOM (the text is ASCII bar "
    "`—` in the head and foot, `“ ”` and the BOM), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. An election "
    "results page for a district council seat at Lelydorp: a vote table (title, header row, four candidate rows with "
    "party and votes, a turnout row), then the story (title, byline line `Fu Shirley Amafo`, a quotation, the running "
    "head in mid-sentence).",
    "date": "2027-05-28", "page": "3",
    "head": ["SRANAN KORANTI — Freyda 28 mei 2027 — Blad 3", "Politiki"],
    "foot": ["Sranan Koranti — Paramaribo — redaksi@koranti.example.sr"],
    "furniture": ["SRANAN KORANTI", "Freyda 28 mei 2027", "Blad 3", "Politiki", "Sranan Koranti — Blad 3",
                  "Sranan Koranti", "Paramaribo", "redaksi@koranti.example.sr"],
    "run": ["Sranan Koranti — Blad 3"], "labels": [], "markup": [" — ", " — ", " — ", " — "],
    "articles": [
        {"lines": ["Den bakapisi fu a fotu na Lelydorp"], "title": "Den bakapisi fu a fotu na Lelydorp",
         "body": [("row", "Kandidaat           Partij   Sten"), ("row", "Ravi Ramdin         DVP     4.812"),
                  ("row", "Marlon Pinas        NPS     3.967"), ("row", "Rosita Sowirono     BBP     1.205"),
                  ("row", "Hugo Neede          OVP       418"), ("row", "Opkomst: 61,4 procent")]},
        {"lines": ["Ramdin wini a sturu na ini a distrikt", "Fu Shirley Amafo"], "title": "Ramdin wini a sturu na ini a distrikt",
         "byline": ["Fu Shirley Amafo", "Shirley Amafo"],
         "body": ["Ravi Ramdin fu a Demo~kra~ti~ki Volks~par~tij (DVP) wini a fotu fu a ressort~raad na Lelydorp. "
                  "Tapu Sonde a kisi 4.812 sten, moro leki wan dusun sten moro leki Marlon Pinas fu NPS.",
                  "Pasa siksi ten~tin pro~cent fu den sma di ben kan fotu, go na den fotu~bus. Na a fosi "
                  "leisi fu tin yari taki so furu sma kon na a fotu na a {run}distrikt Wanica.",
                  "“Mi o wroko gi ala sma, a no wan pisi nomo,” Ramdin taki ba~ka di den tel kba. "
                  "Pinas taki a o luku den baka~pi~si bun fosi a taki wan sani."]},
    ],
}

OROMO = {
    "name": "om_cp1252_crlf_oromo_science_page_story_hiika_jechootaa_glossary_box_term_dash_definition_beektaa_did_you_know_sidebar_degree_sign_running_head_midsentence",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Oduu Adaamaa (an Oromo-language weekly, Adama) 2027-04-15 fuula 7, Windows-1252 (`° “ ” –`; Oromo's hudhaa is "
    "the ASCII `'`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation (never at a hudhaa). A science page: a story "
    "on groundwater found by researchers (title, byline line `Barreessaa: Caaltuu Gammadaa`, the running head in "
    "mid-sentence), a glossary box `Hiika jechootaa` (three entries `term – definition`, each one paragraph), and a "
    "\"did you know\" sidebar `Beektaa?` of two short paragraphs.",
    "date": "2027-04-15", "page": "7",
    "head": ["ODUU ADAAMAA | Kamisa, Ebla 15, 2027 | Fuula 7", "Saayinsii"],
    "foot": ["Oduu Adaamaa | Adaamaa | oduu@adaamaa.example.et"],
    "furniture": ["ODUU ADAAMAA", "Kamisa, Ebla 15, 2027", "Fuula 7", "Saayinsii", "Oduu Adaamaa | Fuula 7",
                  "Oduu Adaamaa", "Adaamaa", "oduu@adaamaa.example.et"],
    "run": ["Oduu Adaamaa | Fuula 7"], "labels": [], "markup": [" | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Bishaan lafa jalaa haaraan argame", "Barreessaa: Caaltuu Gammadaa"],
         "title": "Bishaan lafa jalaa haaraan argame", "byline": ["Barreessaa: Caaltuu Gammadaa", "Caaltuu Gammadaa"],
         "body": ["Qorattoonni Yuunivarsiitii Boruu aku~wi~fe~rii guddaa lafa jalaa meetira 120 gadi fa~gaa~tu tokko "
                  "arga~chuu isaanii beek~si~san. Bishaan kun ganda~lee shan bishaan dhugaatii dhabaniif "
                  "fayyaduu danda'a.",
                  "Hogganaan qoran~ni~chaa Dr. Tolaa Biraanuu akka jedhetti, bishaan kun ho'ina 24 °C qaba, "
                  "akka~su~mas soogidda {run}xiqqaa qofa of keessaa qaba.",
                  "“Bishaan kana sirnaan yoo itti fay~ya~dam~ne, waggoota dheeraaf ni gaha,” jedhan."]},
        {"lines": ["Hiika jechootaa"], "title": "Hiika jechootaa",
         "body": ["Akuwiferii – kutaa lafa jalaa kan bishaan kuu~see qabatu.",
                  "Ho'ina – sadarkaa oo'a ykn qab~ba~na wanta tokkoo.",
                  "Soogidda – ashaboo bishaan kees~sat~ti baqe."]},
        {"lines": ["Beektaa?"], "title": "Beektaa?",
         "body": ["Bishaan lafa irra jiru keessaa harka 97 ol gala~ana keessa jira.",
                  "Bishaan dhugaatii addun~yaa irraa harki caalu lafa jala ykn cabbii keessa jira."]},
    ],
}

PAGES = [SHUANGJIANG, GONGGAO, YANGROU, XIXUN, TAOYI, WENQUAN, ZEEUWS, MORISYEN, SRANAN, OROMO]
