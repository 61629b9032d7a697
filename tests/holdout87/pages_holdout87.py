"""The text of every holdout87 page, written once: make_holdout87_pages.py prints it and writes the gold.

The page format is holdout86's (see pages_holdout86.py, itself holdout83's, holdout77's, holdout75's and holdout73's),
unchanged: `"glued": True` on an article prints its first line straight under the previous article's last line, with
no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a list or box
(one gold paragraph per printed line); `("h", line)` a heading; `("end", line)` a printed line that is no paragraph of
the gold; `("more", line)` the same with no blank line before it. `{cap}` drops the caption and its credit into a
paragraph, `{run}` the running head; `"runin": sep` runs a brief's title into its first paragraph (`"runin_lead"`
printed before it); `~` marks where a Latin word may be split at a line end. All papers, people, films, concerts,
shops, draws, numbers, radio shows and events are invented; real places are settings only.
"""

YINGPING = {
    "name": "zh_gbk_crlf_entertainment_page_film_review_yingping_label_credits_line_daoyan_zhuyan_rating_line_stars_caption_credit_running_head_midsentence_glued_yule_kuaixun_showbiz_briefs_run_in",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "漆桥晚报 2027-10-15 第15版 文娱, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. An "
    "entertainment page: a film review under the label `影评` (the section; kicker accepted), its title, the byline "
    "line `□　俞　霁`, **a credits line `导演：…　主演：…　112分钟` printed flush under the byline (the review's "
    "first paragraph)**, a still's caption and its credit inside a sentence, the running head in mid-sentence, **the "
    "rating line `本报评分：★★★★☆` at its foot (its last paragraph)**; then, with no blank line, the showbiz column "
    "`娱乐快讯`: two items, each `■` + its title run into its text with a full-width space (each item an article, its "
    "title the run-in head, the column's name the first item's section).",
    "date": "2027-10-15", "page": "15",
    "head": ["漆桥晚报　　2027年10月15日　星期五", "第15版　文娱　　责任编辑：韩　棠"],
    "foot": ["漆桥晚报社　　文娱部热线：0578-6623091"],
    "furniture": ["漆桥晚报", "2027年10月15日", "星期五", "第15版", "文娱", "责任编辑：韩　棠", "漆桥晚报·文娱",
                  "漆桥晚报社", "文娱部热线：0578-6623091"],
    "run": ["漆桥晚报·文娱"], "labels": [], "markup": ["■■"],
    "articles": [
        {"lines": ["影评", "《灯塔守夜人》：一个人的海，一座城的灯", "□　俞　霁"],
         "section": ["影评", None], "kicker": [None, "影评"],
         "title": "《灯塔守夜人》：一个人的海，一座城的灯", "byline": ["□　俞　霁", "俞　霁", "俞霁"],
         "captions": ["《灯塔守夜人》剧照。"], "credits": ["（片方供图）"],
         "body": [("row", "导演：尚一舟　主演：邢朗、苏小满　112分钟"),
                  "《灯塔守夜人》讲的是一个守了三十年灯塔的老人，在灯塔改成自动化之前的最后一个冬天。故事很简单，"
                  "节奏也慢，却让人看得很安静。",
                  "邢朗演的老守塔人话不多，{cap}每天爬一百二十级台阶去擦灯罩。导演用了大量长镜头，海浪声几乎"
                  "没有停过，观众跟着他一起熬过一个又一个夜晚。",
                  "片子的短处也在这里：后半段有些拖沓，女儿回岛那一场戏来得太晚。但最后灯塔熄灭、城里的灯"
                  "一盏盏亮起来时，很多观众{run}没有马上起身。",
                  ("row", "本报评分：★★★★☆")]},
        {"glued": True, "lines": ["娱乐快讯"], "section": ["娱乐快讯", None], "kicker": [None, "娱乐快讯"],
         "title": "易小棠新专辑月底发行", "runin": "\u3000", "runin_lead": "■",
         "body": ["歌手易小棠昨天宣布，新专辑《晚风站台》将于本月底发行，收录十首歌，其中三首由她自己作词。"]},
        {"section": [None, "娱乐快讯"], "kicker": [None, "娱乐快讯"],
         "title": "本地话剧《老街坊》加演两场", "runin": "\u3000", "runin_lead": "■",
         "body": ["因门票售罄，市话剧团决定于下周六、周日晚在人民剧场加演两场，票价八十元至二百元。"]},
    ],
}

TIANZI = {
    "name": "zh_gb18030_lf_puzzle_page_tianzi_youxi_crossword_hengxiang_zongxiang_numbered_clues_shangqi_daan_answer_line_glued_under_benbaoxun_contest_story_rare_char_caption_credit_running_head_midsentence",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汀岚日报 2027-11-09 第16版 益智, GB18030 (`𫓧` U+2B4E7 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A puzzle page: a story on a city crossword contest, its title directly "
    "above its `本报讯（记者　…）` lead (a caption and its credit inside a sentence, the running head in mid-sentence), "
    "then, with no blank line, **the crossword box `填字游戏（第36期）`: the subheads `横向` and `纵向` (headings) over "
    "numbered clue lines (one paragraph a line, number kept), and the line `上期答案：…`** (a paragraph).",
    "date": "2027-11-09", "page": "16",
    "head": ["汀岚日报　　2027年11月9日　星期二", "第16版　益智　　责任编辑：鲁　苇"],
    "foot": ["汀岚日报社　　读者热线：0591-3307715"],
    "furniture": ["汀岚日报", "2027年11月9日", "星期二", "第16版", "益智", "责任编辑：鲁　苇", "汀岚日报·益智",
                  "汀岚日报社", "读者热线：0591-3307715"],
    "run": ["汀岚日报·益智"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["首届全市填字大赛周日开赛"], "title": "首届全市填字大赛周日开赛", "tight": True,
         "byline": [None, "记者　阮　𫓧", "阮　𫓧", "阮𫓧"],
         "captions": ["市民在图书馆试做样题。"], "credits": ["（本报记者　阮　𫓧　摄）"],
         "body": ["本报讯（记者　阮　𫓧）首届全市填字大赛将于本周日在市图书馆举行，报名人数已超过四百人，"
                  "年纪最小的九岁，最大的七十六岁。",
                  "比赛分个人赛和家庭赛两项，{cap}每份试卷四十道题，限时九十分钟。主办方说，题目大多来自本报"
                  "这两年刊出的填字游戏。",
                  "退休教师柯振声每期都做，他说，做完一格格填满的那一刻，“比喝一杯好茶还{run}舒服”。"]},
        {"glued": True, "lines": ["填字游戏（第36期）"], "title": "填字游戏（第36期）",
         "body": [("h", "横向"),
                  ("row", "1.秋天挂在枝头的红果子（二字）"),
                  ("row", "3.夜里为船指路的高塔（二字）"),
                  ("row", "5.一年中白天最短的节气（二字）"),
                  ("h", "纵向"),
                  ("row", "2.写信要贴的小方纸（二字）"),
                  ("row", "4.塔里守夜的人（三字）"),
                  ("row", "上期答案：横1.柿子　3.风筝　纵2.子夜　4.筝曲")]},
    ],
}

FAPIAO = {
    "name": "zht_big5_crlf_taiwan_receipt_lottery_tongyi_fapiao_zhongjiang_haoma_box_prize_tier_rows_lingjiang_line_glued_under_jizhe_baodao_winner_shop_story_tight_head_caption_credit_running_head_midsentence",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "竹岡日報 2027-09-26 B6 生活 (`中華民國116年9月26日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "draw results page: a story on the grocery that sold a winning receipt, its title directly above the "
    "`【記者邱郁芳／嘉義報導】` lead (a caption and its credit inside a sentence, the running head in mid-sentence), "
    "then, with no blank line, **the box `116年7、8月統一發票中獎號碼`: one line a prize tier and its numbers "
    "(`特別獎　…`, `頭獎　…、…、…`, `增開六獎　…`) and the claiming line `領獎期間：…`**; the box is an article, "
    "its head the title, each printed line a paragraph.",
    "date": "2027-09-26", "page": "B6",
    "head": ["竹岡日報　中華民國116年9月26日　星期日", "B6　生活　　編輯：葉承諭"],
    "foot": ["竹岡日報社　讀者服務專線：(05)226-4187"],
    "furniture": ["竹岡日報", "中華民國116年9月26日", "星期日", "B6", "生活", "編輯：葉承諭", "竹岡日報．生活",
                  "竹岡日報社", "讀者服務專線：(05)226-4187"],
    "run": ["竹岡日報．生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["千萬獎落巷口雜貨店　老闆：開店四十年頭一回"], "title": "千萬獎落巷口雜貨店　老闆：開店四十年頭一回",
         "tight": True, "byline": [None, "記者邱郁芳", "邱郁芳"],
         "captions": ["雜貨店老闆娘貼出中獎公告。"], "credits": ["（記者邱郁芳攝）"],
         "body": ["【記者邱郁芳／嘉義報導】財政部昨天公布七、八月統一發票中獎號碼，一千萬元特別獎有一張開"
                  "在嘉義市一家巷口雜貨店，消費金額只有三十五元，買的是一瓶醬油。",
                  "老闆娘蔡阿桃說，店開了四十年，{cap}這是第一次開出大獎，「客人都是老鄰居，不知道是哪一位，"
                  "希望是常常來{run}賒帳的那幾個。」",
                  "國稅局提醒，中獎人請在領獎期間內持發票正本到郵局領獎，逾期不領視同放棄。"]},
        {"glued": True, "lines": ["116年7、8月統一發票中獎號碼"], "title": "116年7、8月統一發票中獎號碼",
         "body": [("row", "特別獎　38104276"),
                  ("row", "特獎　61579023"),
                  ("row", "頭獎　09341758、44260813、72915640"),
                  ("row", "增開六獎　518、093"),
                  ("row", "領獎期間：116年10月6日至117年1月5日")]},
    ],
}

YUEPING = {
    "name": "zht_big5hkscs_lf_hong_kong_concert_review_yueping_label_wen_byline_programme_credits_line_pingfen_stars_caption_credit_running_head_midsentence_glued_yanchu_yugao_whats_on_box_labelled_lines",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "灣聲日報 2027-12-03 C5 文化 (`啲 喺 咗 嘅 冇`; in neither cp950 nor Big5), Big5-HKSCS, LF; blank-line "
    "paragraphs, wrapped at 20. A culture page: a concert review under the label `樂評` (the section; kicker "
    "accepted), its title, the byline line `文：譚卓欣`, **a programme line `演出：…　場地：…` printed flush "
    "under the byline (the review's first paragraph)**, a caption and its credit inside a Cantonese quotation, the "
    "running head in mid-sentence, **the verdict line `評分：★★★★` at its foot (its last paragraph)**; then, with "
    "no blank line, **the what's-on box `演出預告`: its own title line and four labelled lines `日期：`, `地點：`, "
    "`票價：`, `查詢：`** (the box an article, its label the section, its title the title, each line a paragraph).",
    "date": "2027-12-03", "page": "C5",
    "head": ["灣聲日報　2027年12月3日　星期五", "C5　文化　　編輯：黎頌恩"],
    "foot": ["灣聲日報社　　讀者熱線：2563 8017"],
    "furniture": ["灣聲日報", "2027年12月3日", "星期五", "C5", "文化", "編輯：黎頌恩", "灣聲日報．文化", "灣聲日報社",
                  "讀者熱線：2563 8017"],
    "run": ["灣聲日報．文化"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["樂評", "街坊樂團唱舊歌　唱出一區人嘅記憶", "文：譚卓欣"],
         "section": ["樂評", None], "kicker": [None, "樂評"],
         "title": "街坊樂團唱舊歌　唱出一區人嘅記憶", "byline": ["文：譚卓欣", "譚卓欣"],
         "captions": ["樂團成員喺台上謝幕。"], "credits": ["（主辦單位提供）"],
         "body": [("row", "演出：柏灣街坊樂團　場地：社區會堂"),
                  "上星期六晚，柏灣街坊樂團喺社區會堂開咗第一場售票音樂會。樂團二十幾個成員，最後生嗰個十六歲，"
                  "最老嗰個已經八十。",
                  "上半場全部係五六十年代嘅粵語老歌，結他、二胡同口琴夾埋一齊，出奇地夾。團長關永康話：「我哋"
                  "冇{cap}請外援，全部都係街坊。」",
                  "下半場加入咗小朋友合唱，音準有啲走，但全場觀眾跟住拍手，最後一首歌唱完，好多老人家都"
                  "{run}唔捨得走。",
                  ("row", "評分：★★★★")]},
        {"glued": True, "lines": ["演出預告", "柏灣街坊樂團聖誕音樂會"], "section": ["演出預告", None],
         "kicker": [None, "演出預告"], "title": "柏灣街坊樂團聖誕音樂會",
         "body": [("row", "日期：12月24日晚上7時30分"),
                  ("row", "地點：柏灣社區會堂"),
                  ("row", "票價：$80、$120"),
                  ("row", "查詢：2563 9042")]},
    ],
}

MANHUA = {
    "name": "zh_utf16le_bom_crlf_comic_strip_sige_manhua_panel_speech_lines_numbered_circled_cartoonist_credit_hui_at_foot_glued_under_benbaoxun_comics_fair_story_caption_credit_running_head_midsentence",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "鄞溪晚报 2027-10-20 第20版 副刊·漫画, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A back "
    "page with a comic strip: a story on a children's comics fair, its title directly above its `本报讯` lead (a "
    "caption and its credit inside a sentence, the running head in mid-sentence), then, with no blank line, **a "
    "four-panel strip read out as text: its title, four lines `①…` to `④…` (each a speaker and what is said, or a "
    "bracketed action), one paragraph a line with its number kept, and the cartoonist's line `绘／龙小溪` at the "
    "foot** (the strip's byline, as a signature at a piece's end).",
    "date": "2027-10-20", "page": "20",
    "head": ["鄞溪晚报　　2027年10月20日　星期三", "第20版　副刊·漫画　　责任编辑：穆　岩"],
    "foot": ["鄞溪晚报社　　副刊邮箱：fukan@yinxi.example.cn"],
    "furniture": ["鄞溪晚报", "2027年10月20日", "星期三", "第20版", "副刊·漫画", "责任编辑：穆　岩", "鄞溪晚报·副刊",
                  "鄞溪晚报社", "副刊邮箱：fukan@yinxi.example.cn"],
    "run": ["鄞溪晚报·副刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["少儿连环画展开幕　小读者排队看“老画书”"], "title": "少儿连环画展开幕　小读者排队看“老画书”",
         "tight": True, "byline": None,
         "captions": ["小读者在展柜前翻看连环画。"], "credits": ["本报记者　严　舟　摄"],
         "body": ["本报讯　昨天，“我们小时候的画书”连环画展在市少年宫开幕，展出上世纪五十年代以来的连环画"
                  "一千二百多册，大多由市民捐出。",
                  "不少家长带着孩子来看，{cap}一边翻一边讲自己小时候的故事。十岁的童童说：“原来爸爸小时候也"
                  "看小人书，和我现在看漫画{run}一样。”"]},
        {"glued": True, "lines": ["四格漫画　小满的雨伞"], "title": "四格漫画　小满的雨伞",
         "byline": ["绘／龙小溪", "龙小溪"],
         "body": [("row", "①妈妈：外面下雨了，记得带伞！"),
                  ("row", "②小满：知道啦，我带了两把！"),
                  ("row", "③（路边，一只小狗在雨里发抖）"),
                  ("row", "④小满：这把借给你，明天还我哦。"),
                  ("end", "绘／龙小溪")]},
    ],
}

SIDI = {
    "name": "zh_utf8_bom_lf_singapore_4d_results_wanzipiao_chengji_box_prize_rows_tedejiang_anweijiang_five_numbers_a_line_glued_under_xinjiapo_xun_betting_outlet_story_caption_credit_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "南溪早报 2027-10-25 B8 本地 (Singapore; simplified), UTF-8 with BOM, LF; blank-line paragraphs, wrapped at "
    "22. A back page with draw results: a story on a betting outlet moving, its title directly above its "
    "`（新加坡讯）` lead (a caption and its credit inside a sentence, the running head in mid-sentence), then, with no "
    "blank line, **the box `万字票成绩（第5187期）`: the draw-date line, three prize lines `头奖　4061`, two lines of "
    "five numbers under `特别奖`, one under `安慰奖`, and a note line**; the box is an article, its head the title, each "
    "printed line a paragraph (holdout75's rule).",
    "date": "2027-10-25", "page": "B8",
    "head": ["南溪早报　　2027年10月25日　星期一", "B8　本地　　编辑：杜佩玲"],
    "foot": ["南溪早报社　　新闻热线：6318 4427"],
    "furniture": ["南溪早报", "2027年10月25日", "星期一", "B8", "本地", "编辑：杜佩玲", "南溪早报·本地", "南溪早报社",
                  "新闻热线：6318 4427"],
    "run": ["南溪早报·本地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["开了廿八年的投注站　下月迁往巴刹楼上"], "title": "开了廿八年的投注站　下月迁往巴刹楼上",
         "tight": True, "byline": None,
         "captions": ["投注站外，公众排队下注。"], "credits": ["（读者提供）"],
         "body": ["（新加坡讯）加冷一带开了28年的一家投注站，将在下个月迁往附近巴刹的二楼，不少老顾客周末特地"
                  "来“送别”旧店面。",
                  "店主黄金水说，旧店所在的组屋楼下要翻新，{cap}新店面积大一点，但老人家要爬楼梯，“我们会装"
                  "扶手，也会请员工帮忙，不让大家{run}白跑。”"]},
        {"glued": True, "lines": ["万字票成绩（第5187期）"], "title": "万字票成绩（第5187期）",
         "body": [("row", "10月24日（星期日）开彩"),
                  ("row", "头奖　4061"),
                  ("row", "二奖　7729"),
                  ("row", "三奖　0583"),
                  ("h", "特别奖"),
                  ("row", "1126　3340　5872　6019　8457"),
                  ("row", "0932　2781　4415　7306　9964"),
                  ("h", "安慰奖"),
                  ("row", "0294　2216　4470　6635　9108"),
                  ("row", "以官方公布成绩为准")]},
    ],
}

RADYO = {
    "name": "acf_cp1252_crlf_saint_lucian_kweyol_radio_highlights_column_one_line_a_show_time_station_chwa_jodi_a_pick_of_the_day_glued_under_dateline_story_tight_head_caption_credit_running_head_midsentence",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Jounal Lakou (an invented Saint Lucian Kwéyòl weekly, Vieux Fort) 2027-11-13 paj 11, Windows-1252 (`è ò é "
    "– ’ “ ”`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A back page: a story on a radio "
    "programme's tenth year, its title directly above a lead opened by `VIEUX FORT –` (a caption and its credit "
    "inside a sentence, a quotation cut by the running head), then, with no blank line, **the radio highlights "
    "column `Sa ki asou radyo jòdi-a`: four lines `time – show (station)` and the pick of the day, a paragraph "
    "opened by its label `Chwa jòdi-a:`**; the column is an article, its head the title, each printed line a "
    "paragraph.",
    "date": "2027-11-13", "page": "11",
    "head": ["JOUNAL LAKOU – Sanmdi 13 Novanm 2027 – Paj 11", "Lanmizik épi Radyo"],
    "foot": ["Jounal Lakou – Ri Kléwan 4, Vieux Fort – lakou@jounal.example.lc"],
    "furniture": ["JOUNAL LAKOU", "Sanmdi 13 Novanm 2027", "Paj 11", "Lanmizik épi Radyo", "Jounal Lakou – Paj 11",
                  "Jounal Lakou", "Ri Kléwan 4, Vieux Fort", "lakou@jounal.example.lc"],
    "run": ["Jounal Lakou – Paj 11"], "labels": [], "markup": [" – "] * 6,
    "articles": [
        {"lines": ["‘Bonjou Lakay’ ka fété dis lanné"], "title": "‘Bonjou Lakay’ ka fété dis lanné", "tight": True,
         "byline": None, "source": None,
         "captions": ["Marcelline Joseph adan stidyo-a."], "credits": ["Foto: Kervin Alcide"],
         "body": ["VIEUX FORT – Pwogram radyo ‘Bonjou Lakay’ ka fété dis lanné sanmdi-a. Chak bonmaten, dé "
                  "ani~ma~tè ka pali Kwéyòl épi moun ki ka kouté yo dépi lakay yo, épi yo ka fè an~pil lanmizik "
                  "ansyen.",
                  "Marcelline Joseph, ki té kou~mansé pwo~gram-lan, {cap}di sé gran~moun-yo ki ka kriyé pi "
                  "souvan. “Yo ka wa~konté nou sa lavi té yé lè yo té jenn. Sé yo ki ka fè pwogram-lan "
                  "{run}viv.”"]},
        {"glued": True, "lines": ["Sa ki asou radyo jòdi-a"], "title": "Sa ki asou radyo jòdi-a",
         "body": [("row", "6:00 – Bonjou Lakay (Radyo Lakou)"),
                  ("row", "9:30 – Lanmizik Kwadril (Vwa Sid)"),
                  ("row", "13:00 – Kont épi Pwovèb (Radyo Lakou)"),
                  ("row", "19:00 – Foutbòl: Vieux Fort (Vwa Sid)"),
                  "Chwa jòdi-a: Kont épi Pwovèb. Man Jéjé ka wakonté kont Konpè Lapen, épi timoun lé~kòl ka "
                  "cha~ché sans chak pwovèb."]},
    ],
}

WOUNSPE = {
    "name": "lkt_utf16be_bom_lf_lakota_notices_column_woyaka_cikala_short_paid_notices_each_with_contact_line_glued_under_wacipi_story_byline_caption_credit_running_head_midsentence",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Oyáte Wóyakapi (an invented Lakota weekly, Kyle, South Dakota) 2027-12-08 owápȟe 8, UTF-16 BE with BOM "
    "(`á í ú č š ž ȟ ǧ ŋ`, `–`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A back page: a story on "
    "a winter dance (title, byline line `Wówapi kaǧé: Rosalie Iron Hawk`, a caption and its credit inside a "
    "sentence, a quotation cut by the running head), then, with no blank line, **the notices column `Wóyaka "
    "Čík’ala`: three short paid notices, each its own head in capitals and a paragraph, and each closed by a contact "
    "line `Ókiyaka: …`** (a paragraph of its notice); each notice an article, its head the title, the column's name "
    "the first notice's section.",
    "date": "2027-12-08", "page": "8",
    "head": ["OYÁTE WÓYAKAPI · Aŋpétu Yámni, 8 Dec. 2027 · Owápȟe 8", "Oyáte Táku Éyapi"],
    "foot": ["Oyáte Wóyakapi · wóyakapi@oyate.example.org"],
    "furniture": ["OYÁTE WÓYAKAPI", "Aŋpétu Yámni, 8 Dec. 2027", "Owápȟe 8", "Oyáte Táku Éyapi",
                  "Oyáte Wóyakapi · Owápȟe 8", "Oyáte Wóyakapi", "wóyakapi@oyate.example.org"],
    "run": ["Oyáte Wóyakapi · Owápȟe 8"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Waníyetu wačhípi Kyle ektá", "Wówapi kaǧé: Rosalie Iron Hawk"],
         "title": "Waníyetu wačhípi Kyle ektá",
         "byline": ["Wówapi kaǧé: Rosalie Iron Hawk", "Rosalie Iron Hawk"],
         "captions": ["Wičhíŋčala núŋpa wačhípi."], "credits": ["Itéowapi: Dale Two Crows"],
         "body": ["Owáŋ~kayu~žažapi kiŋ héčhena waníyetu wačhípi kiŋ Kyle ektá owá~yawa thípi tȟáŋka ki~ŋháŋ "
                  "ečhúŋpi. Oyáte ópȟeya wik~čémna yámni sáma hí~pi.",
                  "Wičhíŋčala na hok~šíla óta {cap}wačhípi na thiyóšpaye kiŋ wótapi.",
                  "“Waníyetu kiŋ osní, éyaš tȟi~yóšpaye kiŋ ób wa~čhíŋ~yaŋpi héčha~ŋ~yaŋ ečhúŋ~pi,” "
                  "Ben Little Elk eyé, “hé Lakȟól {run}wičhóȟ’aŋ.”"]},
        {"glued": True, "lines": ["Wóyaka Čík’ala", "WÓUŊSPE LAKȞÓTIYAPI"], "section": ["Wóyaka Čík’ala", None],
         "kicker": [None, "Wóyaka Čík’ala"], "title": "WÓUŊSPE LAKȞÓTIYAPI",
         "body": ["Aŋpétu Núŋpa haŋhépi owáyawa ektá Lakȟó~tiyapi wóuŋ~spe yukȟáŋ. Tuwéni wíyu~kčaŋ.",
                  "Ókiyaka: 605-455-0187"]},
        {"section": [None, "Wóyaka Čík’ala"], "kicker": [None, "Wóyaka Čík’ala"], "title": "ŠÚŊKA WAŊ TȞOKÁ",
         "lines": ["ŠÚŊKA WAŊ TȞOKÁ"],
         "body": ["Šúŋka sápa čík’ala waŋ Kyle ektá tȟo~káya. Tuwá waŋ~yáŋkiŋ hé~čhiŋhaŋ ókiyaka yo.",
                  "Ókiyaka: 605-455-0263"]},
        {"section": [None, "Wóyaka Čík’ala"], "kicker": [None, "Wóyaka Čík’ala"], "title": "WÓPILA",
         "lines": ["WÓPILA"],
         "body": ["Thiyóšpaye Red Cloud kiŋ oyáte ópȟeya wóyute ahí kiŋ hená wópi~la tȟáŋka eyápi.",
                  "Ókiyaka: redcloud@thiyospaye.example.org"]},
    ],
}

OMAPULO = {
    "name": "ng_latin1_lf_oshindonga_readers_quiz_box_omapulo_numbered_questions_option_rows_omayamukulo_answer_line_at_foot_glued_under_dateline_school_quiz_story_tight_head_caption_credit_running_head_midsentence",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Omukanda gwaNena (an invented Oshindonga weekly, Ondangwa) 2027-11-19 epandja 12, ISO-8859-1 (`·`; straight quotes), LF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A back page: a story on a schools' quiz, its title "
    "directly above a lead opened by `ONDANGWA -` (a caption and its credit inside a sentence, a quotation cut by "
    "the running head), then, with no blank line, **the readers' quiz `Omapulo gOshiwike`: three numbered questions, "
    "each over a row of three options aligned by runs of spaces, and at its foot the answer line `Omayamukulo: …` "
    "(printed upside down on paper, read the right way up here)**; the quiz is an article, its head the title, each "
    "printed line a paragraph, the rows keeping one space.",
    "date": "2027-11-19", "page": "12",
    "head": ["OMUKANDA GWANENA · Etitano, 19 Novemba 2027 · Epandja 12", "Omadhano"],
    "foot": ["Omukanda gwaNena · omukanda@nena.example.na"],
    "furniture": ["OMUKANDA GWANENA", "Etitano, 19 Novemba 2027", "Epandja 12", "Omadhano",
                  "Omukanda gwaNena · Epandja 12", "Omukanda gwaNena", "omukanda@nena.example.na"],
    "run": ["Omukanda gwaNena · Epandja 12"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Aanasikola yaShiwayu ya sindana"], "title": "Aanasikola yaShiwayu ya sindana", "tight": True,
         "byline": None, "source": None,
         "captions": ["Aanasikola yatatu nomulongi gwawo."], "credits": ["Ethano: Selma Nangolo"],
         "body": ["ONDANGWA - Aanasikola yatatu yomo~sikola yaShiwayu oya sindana eho~kololo lyomapulo "
                  "lyoo~sikola dhomo~shito~polwa shaOshana mEtitano lya~piti.",
                  "Oya yamukula omapulo omilongo ntano, {cap}noya pewa oombuke noko~mpiuta yimwe yosikola.",
                  '"Otwa kala hatu ilonge~kidha uusiku kehe", Ndapewa Shikongo a ti, "nena otwa '
                  'nya~nyukwa {run}unene."']},
        {"glued": True, "lines": ["Omapulo gOshiwike"], "title": "Omapulo gOshiwike",
         "body": [("row", "1. Namibia okwa manguluka uuna?"),
                  ("row", "(a) 1980     (b) 1990     (c) 2000"),
                  ("row", "2. Ondoolopa onene yaNamibia oyini?"),
                  ("row", "(a) Windhoek (b) Oshakati (c) Rundu"),
                  ("row", "3. Oshiwike oshi na omasiku ngapi?"),
                  ("row", "(a) 5        (b) 6        (c) 7"),
                  ("row", "Omayamukulo: 1. b, 2. a, 3. c")]},
    ],
}

ETZANEM = {
    "name": "cak_macroman_cr_kaqchikel_theatre_and_cinema_listing_venue_headings_one_line_a_show_title_and_times_price_line_glued_under_new_play_story_rutziban_byline_caption_credit_running_head_midsentence",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 35, "indent": "", "blank": True,
    "note": "Ruch'ab'äl Tinamït (an invented Kaqchikel weekly, Chimaltenango) 2027-11-20 ruxaq 7, Mac OS Roman "
    "(`ä ë ï ö ü á é « » –`), CR line ends; blank-line paragraphs, wrapped at 35 with "
    "hyphenation. A back page: a story on a new play in Kaqchikel (title, byline line `Rutz'ib'an: Lucía "
    "Xiquín`, a caption and its credit inside a sentence, a «» quotation cut by the running head), then, with "
    "no blank line, **the week's listing: its head, two venue heads (headings) each over one line a show `«title» "
    "times`, and a price line**; the listing is an article, its head the title, each show line a paragraph.",
    "date": "2027-11-20", "page": "7",
    "head": ["RUCH'AB'ÄL TINAMÏT – 20 noviembre 2027 – Ruxaq 7", "Etz'anem"],
    "foot": ["Ruch'ab'äl Tinamït – tinamit@ruchabal.example.gt"],
    "furniture": ["RUCH'AB'ÄL TINAMÏT", "20 noviembre 2027", "Ruxaq 7", "Etz'anem",
                  "Ruch'ab'äl Tinamït – Ruxaq 7", "Ruch'ab'äl Tinamït",
                  "tinamit@ruchabal.example.gt"],
    "run": ["Ruch'ab'äl Tinamït – Ruxaq 7"], "labels": [], "markup": [" – "] * 5,
    "articles": [
        {"lines": ["K'ak'a' b'anob'al pa Kaqchikel", "Rutz'ib'an: Lucía Xiquín"],
         "title": "K'ak'a' b'anob'al pa Kaqchikel",
         "byline": ["Rutz'ib'an: Lucía Xiquín", "Lucía Xiquín"],
         "captions": ["Ri ajb'anob'al pa k'ojlib'äl."], "credits": ["Wachib'äl: Pedro Sotz"],
         "body": ["Ri ajb'ano~b'al richin Tinamït Teatro xki~k'üt jun k'ak'a' b'anob'al pa Kaqchikel pa "
                  "Chimal~tenango ri xik'o wuqq'ij.",
                  "K'ïy wi~naqi' xeb'e chi ru~tz'etik, {cap}chuqa' k'ïy ak'wala' xetze'en.",
                  "«Nqajo' chi ri ak'wala' nkik'äm ri qach'a~b'äl», xcha' ri ajtz'i~b'anel Marcos "
                  "Cumes, «rik'in ri b'anob'al nki~tamaj {run}kan.»"]},
        {"glued": True, "lines": ["Ri xtiqatz'ët re wuqq'ij re'"], "title": "Ri xtiqatz'ët re wuqq'ij re'",
         "body": [("h", "Tinamït Teatro, Chimaltenango"),
                  ("row", "«Ri ruwäch ulew» 16:00, 19:00"),
                  ("row", "«Ri ajq'ij» 18:00"),
                  ("h", "Cine Ixmukané, Tecpán"),
                  ("row", "«Ri ruwäch ulew» 15:00"),
                  ("row", "«Kaji' ak'wala'» 17:30, 20:00"),
                  ("row", "Rajil: Q15; ak'wala' Q5")]},
    ],
}

PAGES = [YINGPING, TIANZI, FAPIAO, YUEPING, MANHUA, SIDI, RADYO, WOUNSPE, OMAPULO, ETZANEM]
