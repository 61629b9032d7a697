"""The text of every holdout94 page, written once: make_holdout94_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a list
or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold (here a
letter's signature); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head, `{pq}` the pull
quote; `~` marks where a Latin word may be split at a line end. All papers, people, firms, figures and events are
invented; real places are settings only.
"""

SHELUN = {
    "name": "zh_gbk_crlf_pinglun_page_shelun_standing_head_unsigned_editorial_night_market_caption_credit_running_head_midsentence_glued_duzhe_diaocha_reader_poll_box_question_option_share_votes_rows_turnout_line",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "栖湾日报 2027-02-17 第2版 评论, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. An opinion "
    "page: the standing head `社论` over an unsigned editorial on a night market moved under housing estates (title, no "
    "byline, a caption and its credit inside a sentence, the running head in mid-sentence), then, with no blank line "
    "under its last line, the reader poll `读者调查`: the question as a row, four rows `option　share　votes` and a "
    "turnout row `参与人数：…　调查时间：…`; the poll is an article, its head the title, each printed line a paragraph.",
    "date": "2027-02-17", "page": "2",
    "head": ["栖湾日报　　2027年2月17日　星期三", "第2版　评论　　责任编辑：戴　珂"],
    "foot": ["栖湾日报社出版　　评论部电邮：pinglun@qiwan.example.cn"],
    "furniture": ["栖湾日报", "2027年2月17日", "星期三", "第2版", "评论", "责任编辑：戴　珂", "栖湾日报·评论",
                  "栖湾日报社出版", "评论部电邮：pinglun@qiwan.example.cn"],
    "run": ["栖湾日报·评论"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["社论", "夜市要热闹，也要让邻居睡得着"], "section": ["社论", None], "kicker": [None, "社论"],
         "title": "夜市要热闹，也要让邻居睡得着",
         "captions": ["西门夜市的摊位摆到了居民楼下。"], "credits": ["本报记者　沙　霁　摄"],
         "body": ["上个月，西门夜市从原来的停车场搬到了河堤路。摊位多了一倍，逛夜市的人也多了一倍，附近三个小区的"
                  "居民却睡不好觉了。",
                  "本报连日收到读者来信：{cap}摊主收摊常常过了夜里十二点，油烟和音响声一直飘进楼上的窗户。也有摊主"
                  "说，夜市是一家人的饭碗，搬来搬去，生意就散了。",
                  "两边说的都有道理。夜市给城市添了烟火气，居民的休息也同样要紧。我们以为，管理部门不妨把收摊时间"
                  "定下来，把音响管起来，把油烟净化设备配上去，而不是一{run}关了之。",
                  "夜市能不能办好，考验的是城市管理的耐心和细心。"]},
        {"glued": True, "lines": ["读者调查"], "title": "读者调查",
         "body": [("row", "夜市最晚应该几点收摊？"),
                  ("row", "晚上10点　41.6%　993票"),
                  ("row", "晚上11点　35.2%　840票"),
                  ("row", "晚上12点　18.4%　439票"),
                  ("row", "不必限定　4.8%　114票"),
                  ("row", "参与人数：2386　调查时间：2月8日至14日")]},
    ],
}

LAILUN = {
    "name": "zh_gb18030_lf_guandian_page_column_label_oped_byline_rare_char_writer_note_line_under_byline_cartoon_caption_credit_running_head_midsentence_glued_wangyou_reping_reader_comment_rows_at_handles",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泺川晚报 2027-03-24 第3版 观点, GB18030 (`\U0002c62d` U+2C62D in the columnist's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. An opinion page: under the column label `城事杂谈` (the section; kicker or "
    "none accepted) an op-ed on shared bicycles dumped by the river (title, byline line `□　祁\U0002c62d`, **the "
    "writer's one-line note `（作者系…副教授）` printed flush left directly under the byline, before the text**, an "
    "editorial cartoon's caption `漫画：“…”` and its credit inside a sentence, the running head in mid-sentence), then, "
    "with no blank line, the box `网友热评`: three readers' comments from the paper's app, one a row, each opened by "
    "`@handle：`; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-03-24", "page": "3",
    "head": ["泺川晚报　　2027年3月24日　星期三", "第3版　观点　　责任编辑：邝　宁"],
    "foot": ["泺川晚报社　　投稿邮箱：guandian@luochuan.example.cn"],
    "furniture": ["泺川晚报", "2027年3月24日", "星期三", "第3版", "观点", "责任编辑：邝　宁", "泺川晚报·观点",
                  "泺川晚报社", "投稿邮箱：guandian@luochuan.example.cn"],
    "run": ["泺川晚报·观点"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城事杂谈", "河边的单车，该有个去处", "□　祁\U0002c62d"], "section": ["城事杂谈", None],
         "kicker": [None, "城事杂谈"], "title": "河边的单车，该有个去处",
         "byline": ["□　祁\U0002c62d", "祁\U0002c62d", "□祁\U0002c62d"],
         "captions": ["漫画：“单车去哪儿了”"], "credits": ["韦　禾　作"],
         "body": [("row", "（作者系泺川学院城市管理系副教授）"),
                  "傍晚沿着泺河走一圈，总能看见几辆共享单车横在步道上，有的被推进了草丛，车筐里塞满了饮料瓶。",
                  "单车企业说，投放的车多，{cap}调度的人手跟不上；管理部门说，停车点早就划了，可有人就是不愿意多走"
                  "几步。",
                  "其实办法不难找。河边多划几处停车点，用电子围栏提醒骑车人，把乱停的记录和信用挂钩，总比年年"
                  "{run}喊口号管用。"]},
        {"glued": True, "lines": ["网友热评"], "title": "网友热评",
         "body": [("row", "@泺河晨跑人：早上跑步，常被单车绊一下。"),
                  ("row", "@老城区小林：停车点太少，离地铁口又远。"),
                  ("row", "@骑车的阿梅：乱停要罚，好好停也该有奖。")]},
    ],
}

TOUSHU = {
    "name": "zht_big5_crlf_taiwan_luntan_page_duzhe_toushu_letters_signed_name_county_job_at_foot_caption_credit_running_head_midsentence_glued_headless_second_letter_then_headed_third_letter",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "苓港日報 2027-04-21 A15 論壇 (`中華民國116年4月21日`), Big5 (strict), CRLF; indent-only paragraphs, wrapped at "
    "21. A Taiwan letters page: the label `讀者投書` over three letters, each signed at its foot on a line of its own "
    "with name, county and job in brackets (`鄭惠如（屏東縣，退休教師）`); the first under its own head (a reader's "
    "photo's caption and its credit inside a sentence), **the second, a bus driver's short answer to it, with no head "
    "at all, printed straight under the first letter's signature**, its sentence cut by the running head, the third "
    "under its own head straight under the second's signature.",
    "date": "2027-04-21", "page": "A15",
    "head": ["苓港日報　中華民國116年4月21日　星期三", "A15　論壇　　編輯：蕭郁文"],
    "foot": ["苓港日報社　來稿信箱：letters@linggang.example.tw"],
    "furniture": ["苓港日報", "中華民國116年4月21日", "星期三", "A15", "論壇", "編輯：蕭郁文", "苓港日報．論壇",
                  "苓港日報社", "來稿信箱：letters@linggang.example.tw"],
    "run": ["苓港日報．論壇"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["讀者投書", "候車亭的座椅　請別再拆了"], "section": ["讀者投書", None], "kicker": [None, "讀者投書"],
         "title": "候車亭的座椅　請別再拆了", "byline": ["鄭惠如（屏東縣，退休教師）", "鄭惠如"],
         "captions": ["座椅拆除後，長者只能站著等公車。"], "credits": ["（圖／鄭惠如提供）"],
         "body": ["我家附近的公車候車亭上個月整修，原本的長椅被拆掉，換成一根讓人靠著站的橫桿。",
                  "縣府說，這樣可以避免有人躺在椅子上過夜。{cap}可是每天早上等車的，多半是要去醫院看病的長輩，站"
                  "十幾分鐘就腿痠。",
                  "請縣府想一想，座椅是為誰裝的。",
                  ("end", "鄭惠如（屏東縣，退休教師）")]},
        {"glued": True, "section": [None, "讀者投書"], "kicker": [None, "讀者投書"], "title": None,
         "byline": ["許建男（屏東縣，公車司機）", "許建男"],
         "body": ["我開公車二十年，常看到長輩扶著站牌等車。鄭女士說的，我每天都看在眼裡，希望每個{run}站牌下都能"
                  "多一張椅子。",
                  ("end", "許建男（屏東縣，公車司機）")]},
        {"glued": True, "lines": ["學校門口的人行道　該拓寬了"], "section": [None, "讀者投書"],
         "kicker": [None, "讀者投書"], "title": "學校門口的人行道　該拓寬了", "byline": ["林佳蓉（臺南市，家長）", "林佳蓉"],
         "body": ["孩子就讀的國小門口，人行道只有一個人寬。放學時家長、學生和機車擠在一起，險象環生。",
                  "希望市府早日拓寬人行道，別等出了事才來補救。",
                  ("end", "林佳蓉（臺南市，家長）")]},
    ],
}

XINSHI = {
    "name": "zht_big5hkscs_lf_hong_kong_weekend_page_xinshi_xinxiang_cantonese_advice_column_letters_open_on_host_signed_pen_name_reply_opens_on_reader_caption_credit_running_head_midsentence_glued_second_letter",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "海晏日報 2027-06-05 E4 週末生活, Big5-HKSCS (`嘅 喺 咗 嚟 攰 吓`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong weekend page: the advice column `心事信箱` (the first letter's section; "
    "kicker or none accepted), two letters in Cantonese, each under its own head, **opening on the host's name "
    "`安姐：` and signed at its foot with a pen name on a line of its own (`迷惘嘅阿敏`)**, then the host's reply "
    "opening on the reader's name (`阿敏：…`), with no head and no label of its own (a caption and its credit inside "
    "a sentence of the first reply); the second letter, glued under the first reply with no blank line, has the "
    "running head in mid-sentence of its reply.",
    "date": "2027-06-05", "page": "E4",
    "head": ["海晏日報　2027年6月5日　星期六", "E4　週末生活　　編輯：麥凱琳"],
    "foot": ["海晏日報社　　來信請寄：xinshi@hoiyin.example.hk"],
    "furniture": ["海晏日報", "2027年6月5日", "星期六", "E4", "週末生活", "編輯：麥凱琳", "海晏日報．週末生活",
                  "海晏日報社", "來信請寄：xinshi@hoiyin.example.hk"],
    "run": ["海晏日報．週末生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["心事信箱", "老公日日打機　我點算？"], "section": ["心事信箱", None], "kicker": [None, "心事信箱"],
         "title": "老公日日打機　我點算？", "byline": ["迷惘嘅阿敏", "阿敏"],
         "captions": ["兩公婆一齊行山，係傾偈嘅好機會。"], "credits": ["（資料圖片）"],
         "body": ["安姐：我同老公結婚三年，佢放工返到屋企就攤喺梳化打機，一打就打到半夜。",
                  "我叫佢陪我行街，佢話好攰；我想同佢傾吓計，佢話等陣先。我覺得自己好似一個人生活，係咪我要求太多？",
                  ("end", "迷惘嘅阿敏"),
                  "阿敏：你冇要求太多。好多男人放工想鬆一鬆，打機係佢哋嘅方法，但唔應該用嚟避開屋企人。",
                  "試吓同佢約定，每個禮拜有兩晚唔打機，{cap}兩個人去食飯、行山都好。講嘅時候唔好鬧，講你自己嘅感受"
                  "就得。"]},
        {"glued": True, "lines": ["阿媽唔肯搬嚟同住"], "section": [None, "心事信箱"], "kicker": [None, "心事信箱"],
         "title": "阿媽唔肯搬嚟同住", "byline": ["孝順仔阿傑", "阿傑"],
         "body": ["安姐：我阿爸上年過咗身，阿媽一個人住喺大埔舊屋。我想接佢嚟同住，佢點都唔肯，話唔想阻住我哋。",
                  ("end", "孝順仔阿傑"),
                  "阿傑：老人家唔想搬，通常係捨唔得啲街坊同舊屋。你可以先每個禮拜返去陪佢食兩餐飯，等佢慢慢{run}"
                  "習慣。"]},
    ],
}

SUIBI = {
    "name": "zh_utf16le_bom_crlf_weekend_page_suibi_essay_wen_slash_byline_pull_quote_midparagraph_caption_credit_running_head_midsentence_glued_benbao_wushi_nian_qian_from_our_files_box_dated_items",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "箐川晚报 2027-07-17 第9版 周末随笔, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A "
    "weekend page: an essay on a grandfather's old radio (title, byline line `文／邝小满`, **a pull quote repeating the "
    "last sentence of paragraph 3, dropped inside paragraph 2 before that sentence is printed**, a caption and its "
    "credit inside a sentence, the running head in mid-sentence), then, with no blank line, the box `本报五十年前`: "
    "**three items from the paper's own July 1977 issues, each opened by its own date `1977年7月12日　`**, no heads; "
    "the box is one article, its head the title, each item a paragraph, its date kept.",
    "date": "2027-07-17", "page": "9",
    "head": ["箐川晚报　2027年7月17日　星期六", "第9版　周末随笔　　责任编辑：唐　蔚"],
    "foot": ["箐川晚报社出版　　副刊部：0738-4419260"],
    "furniture": ["箐川晚报", "2027年7月17日", "星期六", "第9版", "周末随笔", "责任编辑：唐　蔚", "箐川晚报·周末随笔",
                  "箐川晚报社出版", "副刊部：0738-4419260"],
    "run": ["箐川晚报·周末随笔"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["外公的旧收音机", "文／邝小满"], "title": "外公的旧收音机", "byline": ["文／邝小满", "邝小满"],
         "captions": ["外公留下的那台收音机。"], "credits": ["作者供图"],
         "pull_quotes": ["那台收音机里，装着外公的半辈子。"],
         "body": ["外公走后，舅舅收拾老屋，从柜子顶上搬下来一台旧收音机。木头外壳，左边一个调台的旋钮，右边一个"
                  "音量钮，喇叭上蒙着一块褪了色的绸布。",
                  "我小时候在外公家过暑假，每天傍晚，{pq}外公都要打开它听新闻，再听半个钟头评书。他听得入神，我就"
                  "趴在竹床上，一边摇扇子一边跟着听。",
                  "后来家里有了电视，外公还是习惯听收音机。{cap}他说，听着听着，就好像有人在身边说话。那台收音机"
                  "里，装着外公的半辈子。",
                  "如今它摆在我的书架上。我换了两节电池，旋钮一拧，居然还有声音，沙沙的，像外公{run}在咳嗽。"]},
        {"glued": True, "lines": ["本报五十年前"], "title": "本报五十年前",
         "body": ["1977年7月12日　城东新华书店开设夜间门市，每晚营业到九点，第一晚售书四百余册。",
                  "1977年7月14日　箐川第一座公共游泳池在人民公园落成，门票每张五分。",
                  "1977年7月16日　本市今夏最高气温达到38.2℃，冷饮店门前排起了长队。"]},
    ],
}

YANLUN = {
    "name": "zh_utf8_bom_crlf_singapore_yanlun_page_oped_name_only_byline_caption_credit_running_head_midsentence_zuozhe_shi_note_last_paragraph_glued_shelun_label_unsigned_editorial_under_it",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "榕岸早报 (an invented Singapore Chinese daily) 2027-08-26 A14 言论, UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Singapore opinion page: a guest op-ed on corridors of HDB flats (title, the writer's "
    "name alone on the byline line, a caption and its credit inside a sentence, the running head in mid-sentence, the "
    "note `（作者是本地社区工作者）` as its last paragraph), then, **with no blank line under that note, the label "
    "`社论` over the paper's unsigned editorial** (title, two paragraphs, no byline).",
    "date": "2027-08-26", "page": "A14",
    "head": ["榕岸早报　2027年8月26日　星期四", "A14　言论　　编辑：黄丽芬"],
    "foot": ["榕岸早报社　　投稿电邮：yanlun@rongan.example.sg"],
    "furniture": ["榕岸早报", "2027年8月26日", "星期四", "A14", "言论", "编辑：黄丽芬", "榕岸早报·言论",
                  "榕岸早报社", "投稿电邮：yanlun@rongan.example.sg"],
    "run": ["榕岸早报·言论"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["组屋走廊不是储物间", "林秀慧"], "title": "组屋走廊不是储物间", "byline": "林秀慧",
         "captions": ["不少组屋走廊摆满了鞋架和盆栽。"], "credits": ["（档案照片）"],
         "body": ["住组屋的人都知道，走廊是邻里共用的地方。可是走一圈就会发现，鞋架、盆栽、脚踏车，甚至旧冰箱，把"
                  "走廊挤得只剩一条缝。",
                  "有人说，自家门口放点东西，碍不了谁。{cap}但遇上火灾，走廊就是逃生通道；推着轮椅的乐龄人士，更是"
                  "寸步难行。",
                  "市镇理事会可以多提醒、多巡查，但说到底，还得靠居民自觉。把走廊{run}还给大家，邻里才住得安心。",
                  "（作者是本地社区工作者）"]},
        {"glued": True, "lines": ["社论", "社区中心也要留住年轻人"], "section": ["社论", None],
         "kicker": [None, "社论"], "title": "社区中心也要留住年轻人",
         "body": ["不少社区中心的活动以乐龄人士为主，年轻人很少走进去，一些中心晚上九点就关门了。",
                  "社区中心若能延长开放时间，多办一些年轻人喜欢的活动，邻里之间的距离，也许就能拉近一些。"]},
    ],
}

BRAIVEN = {
    "name": "gos_cp1252_crlf_gronings_letters_page_lezersbraiven_label_headed_letters_signed_name_village_at_foot_redaktie_reply_under_signature_caption_credit_running_head_midsentence_glued_second_letter",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "t Hogeland Nijs (an invented Groningen regional daily) 2027-09-18 Bladzied 4 Mainen, Windows-1252 (`ö “ ” –`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Gronings (Groningen Low Saxon) letters page: the "
    "label `Lezersbraiven` (the first letter's section; kicker or none accepted) over two letters, each under its own "
    "head and signed at its foot on a line of its own with name and village (`Aaltje Bos, Warffum`, the byline); "
    "**under the first signature the editors' one-paragraph reply opened by `Redaktie:`** (a paragraph of that "
    "letter; a reader's photo's caption and its credit inside a sentence of the letter); the second letter's head "
    "printed straight under the reply, its sentence cut by the running head.",
    "date": "2027-09-18", "page": "4",
    "head": ["T HOGELAND NIJS – Zotterdag 18 september 2027 – Bladzied 4", "Mainen – Redaktie: Wiebe Dijkema"],
    "foot": ["t Hogeland Nijs – braiven@hogelandnijs.example.nl"],
    "furniture": ["T HOGELAND NIJS", "Zotterdag 18 september 2027", "Bladzied 4", "Mainen", "Redaktie: Wiebe Dijkema",
                  "t Hogeland Nijs – Mainen", "t Hogeland Nijs", "braiven@hogelandnijs.example.nl"],
    "run": ["t Hogeland Nijs – Mainen"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Lezersbraiven", "Wat mout Warffum zunder bus?"], "section": ["Lezersbraiven", None],
         "kicker": [None, "Lezersbraiven"], "title": "Wat mout Warffum zunder bus?",
         "byline": ["Aaltje Bos, Warffum", "Aaltje Bos"],
         "captions": ["De lege bushalte aan de Hoofdstroat."], "credits": ["Foto: Aaltje Bos"],
         "body": ["Sunt 1 september gait de bus van Warffum noar Stad nog mor drij keer op n dag. Veur ons olle lu is "
                  "dat n grode stroop: ik heb gain auto, en mien doch~ter woont in As~sen.",
                  "Wie mouten nou om zeuven uur bie de halte stoan as wie noar de dokter willen. {cap}Hou mout dat in "
                  "de win~ter, as t glad is en donker? Ik hoop dat de pro~vinzie der nog ais goud over noa~denkt.",
                  ("end", "Aaltje Bos, Warffum"),
                  "Redaktie: De pro~vinzie zegt dat de dainst~regeling in jannewoarie wer bekeken wordt. Wie volgen t "
                  "op de voet."]},
        {"glued": True, "lines": ["Schoul mout in t dörp blieven"], "section": [None, "Lezersbraiven"],
         "kicker": [None, "Lezersbraiven"], "title": "Schoul mout in t dörp blieven",
         "byline": ["Harm Kamminga, Usquert", "Harm Kamminga"],
         "body": ["Ik lees in de kraant dat de gemainte de schoul in Usquert dicht doun wil. “t Mout nou ainmoal,” "
                  "zee de wet~hollder. Doar heb ik gain begrip veur. Zunder schoul trek~ken de jonge ge~zin~nen vot, en "
                  "din is t dörp ook gauw {run}dood.",
                  "Wie hebben 63 kinder op schoul, meer as tien joar leden. Loat de road eerst ais kommen kieken.",
                  ("end", "Harm Kamminga, Usquert")]},
    ],
}

KOLUM = {
    "name": "mcm_latin1_lf_kristang_opinion_page_column_label_pur_byline_caption_credit_running_head_midsentence_writer_note_in_brackets_last_paragraph_glued_pregunta_di_simana_poll_box_question_share_rows_aligned_by_spaces",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "O Korenti di Praia (an invented paper of the Portuguese Settlement, Melaka) 2027-10-08 Pagina 5 Opiniang, "
    "ISO 8859-1 (`á í ·`, straight quotes), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Kristang "
    "(Malacca Portuguese creole) opinion page: under the column label `Korsang Kristang` (the section; kicker or none "
    "accepted) a column on speaking the language at home (title, byline line `Pur Marina Sta Maria`, a caption and its "
    "credit inside a sentence, the running head in mid-sentence, the writer's one-line note in brackets as its last "
    "paragraph), then, with no blank line under the note, the reader poll `Pregunta di simana`: the question as a "
    "row, three answer rows `answer  share` aligned by runs of spaces and a turnout row; the poll is an article, its "
    "head the title, each printed line a paragraph (one space kept).",
    "date": "2027-10-08", "page": "5",
    "head": ["O KORENTI DI PRAIA · Sesta-fera, 8 Otubru 2027 · Pagina 5", "Opiniang · Editor: Agnes de Silva"],
    "foot": ["O Korenti di Praia · korenti@praia.example.my"],
    "furniture": ["O KORENTI DI PRAIA", "Sesta-fera, 8 Otubru 2027", "Pagina 5", "Opiniang", "Editor: Agnes de Silva",
                  "O Korenti di Praia · Opiniang", "O Korenti di Praia", "korenti@praia.example.my"],
    "run": ["O Korenti di Praia · Opiniang"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Korsang Kristang", "Papiá ku mininu na kaza", "Pur Marina Sta Maria"],
         "section": ["Korsang Kristang", None], "kicker": [None, "Korsang Kristang"], "title": "Papiá ku mininu na kaza",
         "byline": ["Pur Marina Sta Maria", "Marina Sta Maria"],
         "captions": ["Mininu ta kanta na festa San Pedru."], "credits": ["Foto: Joe Lazaroo"],
         "body": ["Kora yo sa mi~ninu, tudu jenti na Praia Portu~gis ja papiá Kris~tang: na kaza, na ig~reja, na mar ku "
                  "pishka~dor. Agora mutu mi~ninu ta papiá ingles ou ma~layu sa~ja.",
                  "Yo nang kere fala ki isti sa kul~pa di mai ku pai. {cap}Skola ta ensi~ná lingu ingles; nus mesti "
                  "ensi~ná lingu di nus na kaza. Si nus nang papiá, kal jenti lo papiá?",
                  "Kumesá ku pikinu kuza: kanta ngua kan~tiga an~tigu, konta ngua sto~ria di avó, papiá Kris~tang na meza "
                  "kora kumí. Lingu sa mesmu ku korsang: si nang uza, eli {run}fika fraku.",
                  "(Marina Sta Maria sa mestri di Kristang na Praia Portugis, Melaka.)"]},
        {"glued": True, "lines": ["Pregunta di simana"], "title": "Pregunta di simana",
         "body": [("row", "Bos ta papiá Kristang na kaza?"),
                  ("row", "Sempri            38%"),
                  ("row", "Algun bes         41%"),
                  ("row", "Nunka             21%"),
                  ("row", "Jenti ki ja responde: 214")]},
    ],
}

CURHAT = {
    "name": "abs_macroman_cr_ambonese_malay_family_page_curhat_advice_column_label_head_letter_opens_on_salutation_signed_pen_name_place_at_foot_reply_opens_on_reader_caption_credit_running_head_midsentence",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Warta Baguala (an invented Ambon daily) 2027-11-16 Halaman 7 Kaluarga, Mac OS Roman (`“ ”`), CR line ends; "
    "blank-line paragraphs, wrapped at 37 with hyphenation. An Ambonese Malay advice column: the label `Curhat deng "
    "Usi Nona` (the section; kicker or none accepted), the head, **the reader's letter opening on the salutation `Usi "
    "Nona yang bae,` with no `T:` label, signed at its foot on a line of its own `Mama Ina, Passo`** (the byline), "
    "then the columnist's reply, opening on the reader's name `Mama Ina yang manis,` with no `J:` label, over three "
    "paragraphs (a caption and its credit inside a sentence, the running head in mid-sentence). 1 article.",
    "date": "2027-11-16", "page": "7",
    "head": ["WARTA BAGUALA | Salasa, 16 November 2027 | Halaman 7", "Kaluarga | Redaksi: Ongen Pattiasina"],
    "foot": ["Warta Baguala | curhat@wartabaguala.example.id"],
    "furniture": ["WARTA BAGUALA", "Salasa, 16 November 2027", "Halaman 7", "Kaluarga", "Redaksi: Ongen Pattiasina",
                  "Warta Baguala | Kaluarga", "Warta Baguala", "curhat@wartabaguala.example.id"],
    "run": ["Warta Baguala | Kaluarga"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Curhat deng Usi Nona", "Beta pung ana seng mau pi skolah"],
         "section": ["Curhat deng Usi Nona", None], "kicker": [None, "Curhat deng Usi Nona"],
         "title": "Beta pung ana seng mau pi skolah", "byline": ["Mama Ina, Passo", "Mama Ina"],
         "captions": ["Ana-ana SMP pulang skolah di Passo."], "credits": ["Foto: Chris Latuheru"],
         "body": ["Usi Nona yang bae, beta pung ana laki-laki su kelas dua SMP. Dua bulang ni dia seng mau pi sko~lah. "
                  "Tiap pagi dia bilang “saki paru”, mar kalu su jam sapu~lu dia maeng HP sampe malam.",
                  "Beta su mara, beta su bujuk, mar seng ada ha~sil. Beta pung laki karja di kapal, jadi beta urus "
                  "ru~mah sandiri. Beta musti biking apa?",
                  ("end", "Mama Ina, Passo"),
                  "Mama Ina yang manis, jang dolo mara. Ana umur bagitu biasa su seng mau carita samua ka orang tua. "
                  "Coba ajak dia jalang dua-dua, pi makang di pan~tai, lalu tanya bae-bae: ada apa di skolah?",
                  "Mungkin ada tamang yang ganggu dia, {cap}atau dia tako deng guru. Kalu su tau akang pung sabab, mama "
                  "bisa pi baku dapa deng wali ke~las.",
                  "Soal HP, biking atu~ran sama-sama: malam jam sambilang, HP taru di meja makang. Sabar, Mama. "
                  "Ana-ana ba~gini butuh {run}waktu."]},
    ],
}

MIPLATOK = {
    "name": "tcs_utf16be_bom_lf_torres_strait_creole_opinion_page_mipla_tok_standing_head_unsigned_editorial_cartoon_caption_drawing_credit_running_head_midsentence_glued_letter_head_signed_name_island",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 35, "indent": "", "blank": True,
    "note": "Kes Wik Nyus (an invented Torres Strait weekly-turned-daily, Thursday Island) 2027-12-04 Pej 6 Tok, UTF-16 BE "
    "with BOM (`’`), LF; blank-line paragraphs, wrapped at 35 with hyphenation. A Torres Strait Creole (Yumplatok) "
    "opinion page: the paper's standing head `Mipla Tok` (the section; kicker or none accepted) over its unsigned "
    "editorial on the price of fuel for dinghies (title, no byline, **the editorial cartoon's caption `Kartun: …` and "
    "its credit `Drawing: …`** inside a sentence, the running head in mid-sentence), then, with no blank line, a "
    "reader's letter under its own head, signed at its foot with name and island (`Lillian Nona, Badu`, the byline).",
    "date": "2027-12-04", "page": "6",
    "head": ["KES WIK NYUS / Satadei 4 Disemba 2027 / Pej 6", "Tok / Edita: Rhonda Bani"],
    "foot": ["Kes Wik Nyus / leta@keswik.example.au"],
    "furniture": ["KES WIK NYUS", "Satadei 4 Disemba 2027", "Pej 6", "Tok", "Edita: Rhonda Bani", "Kes Wik Nyus / Tok",
                  "Kes Wik Nyus", "leta@keswik.example.au"],
    "run": ["Kes Wik Nyus / Tok"], "labels": [], "markup": [" / "] * 4,
    "articles": [
        {"lines": ["Mipla Tok", "Pyul prais i tumach"], "section": ["Mipla Tok", None], "kicker": [None, "Mipla Tok"],
         "title": "Pyul prais i tumach",
         "captions": ["Kartun: Dingi i sidaun, no pyul."], "credits": ["Drawing: Aaron Gela"],
         "body": ["Lo ol ailan, pyul prais i go ap gen. Lo Badu en Mabu~iag, wan lita i kos mo lo tri dola nau. "
                  "Plenti pam~le i no inap bai~yim pyul po dingi po go pi~sing.",
                  "Dingi em laip blo mipla. {cap}Wen pyul i tumach, ol man i no go lo rip, ol piki~nini i no kai~kai "
                  "pis, en ol ol~pla pipel i no go lo kili~nik lo Tiai.",
                  "Mipla i askim gav~man blo Kwins~lan: luk lo disla tra~bol. Sab~sidi po pyul blo ol ailan i no "
                  "big~pla sam~ting, em i rait blo {run}mipla."]},
        {"glued": True, "lines": ["Eso lo ol nes"], "title": "Eso lo ol nes",
         "byline": ["Lillian Nona, Badu", "Lillian Nona"],
         "body": ["Ai laik tok eso lo ol nes en dokta lo kili~nik lo Badu. Wen ai bin sik lo No~bemba, dem~pla bin "
                  "luk~aut gud lo mi. Ai no poget dempla’s gud wok.",
                  ("end", "Lillian Nona, Badu")]},
    ],
}

PAGES = [SHELUN, LAILUN, TOUSHU, XINSHI, SUIBI, YANLUN, BRAIVEN, KOLUM, CURHAT, MIPLATOK]
