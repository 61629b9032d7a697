"""The text of every holdout122 page, written once: make_holdout122_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-121 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table, form or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `cells()`
(holdout116's, 118's, 120's and 121's), so the printed spacing is reproducible. All papers, schools, mills, design
associations, competitions, tailors' shops, cooperatives, workshops, people, sums, sizes, measurements, colours,
prices, telephone numbers and events are invented; real places (towns, districts, villages) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


XIAOFU = {
    "name": "zh_gbk_crlf_fashion_page_students_design_new_school_uniform_story_byline_caption_credit_running_head_midquote_glued_size_chart_unit_row_header_row_size_height_range_chest_length_rows_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "桐川日报 2034-08-22 第9版 时尚周刊, GBK, CRLF; blank-line paragraphs, wrapped at 23. A fashion page: design "
    "students of the invented city's vocational college design the new school uniform, to be tried in six middle "
    "schools from 1 September (title with a full-width gap, the byline line `本报记者　詹　蔚`, a caption and its "
    "credit inside a sentence, the tutor's “” quotation cut by the running head before `衣服。”`), then, with no "
    "blank line, **the size chart `新校服尺码对照表`: a unit row `单位：厘米`, a header row `尺码　身高　胸围　衣长`, "
    "four rows each holding a size, a height range with a full-width tilde and two measurements "
    "(`150　145～154　80　62`), and a note row on choosing between two sizes**; the chart is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2034-08-22", "page": "9",
    "head": ["桐川日报　　2034年8月22日　星期二", "第9版　时尚周刊　　责任编辑：费　滢"],
    "foot": ["桐川日报社出版　　新闻热线：0758-3390416"],
    "furniture": ["桐川日报", "2034年8月22日", "星期二", "第9版", "时尚周刊", "责任编辑：费　滢", "桐川日报·时尚周刊",
                  "桐川日报社出版", "新闻热线：0758-3390416"],
    "run": ["桐川日报·时尚周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["大学生设计新校服　九月起六校试穿", "本报记者　詹　蔚"], "title": "大学生设计新校服　九月起六校试穿",
         "byline": ["本报记者　詹　蔚", "詹　蔚", "詹蔚"],
         "captions": ["学生在展示新款夏季校服。"], "credits": ["（本报记者　詹　蔚　摄）"],
         "body": ["记者昨天从市教育局获悉，由桐川职业技术学院服装设计专业学生设计的新款校服，将于9月1日起在全市6所"
                  "初中试穿，首批共制作4800套。",
                  "新校服改用透气的棉混纺面料，上衣加宽了肩部，{cap}裤腿也收窄了一些。设计团队先后走访了12所学校，"
                  "听取了近千名学生和家长的意见。",
                  "指导老师范雅琴说，以前的校服“又肥又闷”，学生不爱穿，“这次我们就想做一套孩子们自己愿意天天穿的"
                  "{run}衣服。”"]},
        {"glued": True, "lines": ["新校服尺码对照表"], "title": "新校服尺码对照表",
         "body": [("row", "单位：厘米"),
                  ("row", "尺码　身高　胸围　衣长"),
                  ("row", "150　145～154　80　62"),
                  ("row", "160　155～164　86　66"),
                  ("row", "170　165～174　92　70"),
                  ("row", "180　175～184　98　74"),
                  ("row", "注：身高在两个尺码之间的，建议选大一码。")]},
    ],
}

XIABU = {
    "name": "zh_gb18030_lf_textiles_page_grass_cloth_mill_blended_fabrics_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_fabric_composition_list_unit_row_header_row_name_fibre_percentages_width_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "荻城晚报 2034-03-14 第8版 锦绣周刊, GB18030 (`\U0002c621` U+2C621, CJK Extension E, in the reporter's name "
    "and credit; not in GBK), LF; indent-only paragraphs, wrapped at 22. A textiles page: the invented town's "
    "sixty-year-old grass-cloth (ramie) mill brings out three blended fabrics, thinner and softer than the old cloth "
    "(title with a full-width gap, the byline line `本报记者　宓　\U0002c621`, a caption and its credit inside a "
    "sentence, an old weaver's “” quotation cut by the running head before `样子。”`), then, with no blank line, "
    "**the list `混纺新面料一览`: a unit row `门幅单位：厘米`, a header row `品名　成分　门幅`, three rows each holding "
    "a fabric's name, two fibres with their percentages (adding to 100%) and its width (`一号　苎麻70%　棉30%　150`)**; "
    "the list is an article, its head the title, each printed row a paragraph.",
    "date": "2034-03-14", "page": "8",
    "head": ["荻城晚报　　2034年3月14日　星期二", "第8版　锦绣周刊　　责任编辑：阚　湄"],
    "foot": ["荻城晚报社　　读者热线：0793-5528164"],
    "furniture": ["荻城晚报", "2034年3月14日", "星期二", "第8版", "锦绣周刊", "责任编辑：阚　湄", "荻城晚报·锦绣周刊",
                  "荻城晚报社", "读者热线：0793-5528164"],
    "run": ["荻城晚报·锦绣周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老夏布厂推出混纺新料　薄了软了不扎人", "本报记者　宓　\U0002c621"],
         "title": "老夏布厂推出混纺新料　薄了软了不扎人",
         "byline": ["本报记者　宓　\U0002c621", "宓　\U0002c621", "宓\U0002c621"],
         "captions": ["工人在检验新织好的混纺夏布。"], "credits": ["（本报记者　宓　\U0002c621　摄）"],
         "body": ["有六十多年历史的荻城夏布厂，本月推出三款苎麻混纺新面料，首批订单已经排到了6月。",
                  "厂长焦美玲介绍，传统夏布透气凉爽，但手感偏硬，贴身穿有些扎人。去年起，厂里和省纺织研究所合作，"
                  "{cap}在苎麻里加入棉、真丝和亚麻，布面薄了，也软了。",
                  "在厂里织了三十年布的老师傅严德顺摸着新布说，这布“像小孩的脸，滑溜溜的，以前的夏布可不是这个"
                  "{run}样子。”"]},
        {"glued": True, "lines": ["混纺新面料一览"], "title": "混纺新面料一览",
         "body": [("row", "门幅单位：厘米"),
                  ("row", "品名　成分　门幅"),
                  ("row", "一号　苎麻70%　棉30%　150"),
                  ("row", "二号　苎麻55%　真丝45%　114"),
                  ("row", "三号　苎麻60%　亚麻40%　150")]},
    ],
}

SEPIAO = {
    "name": "zht_big5_lf_taiwan_design_page_county_picks_city_colours_story_byline_caption_credit_running_head_midquote_glued_colour_list_colour_name_cmyk_values_rows_download_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "嵐港日報 2034-11-14 A11 設計生活 (`中華民國123年11月14日`), Big5, LF; blank-line paragraphs, wrapped at 20. A "
    "Taiwan design page: the invented county picks five colours for its bus stops, signs and railings after a "
    "year's study (title with a full-width gap, the byline line `記者溫郁婷／嵐港報導`, a caption and its credit "
    "inside a sentence, the design adviser's 「」 quotation cut by the running head before `找出來。」`), then, with no "
    "blank line, **the colour list `嵐港城市代表色`: five rows each holding a colour's name and its four CMYK values "
    "with half-width letters and spaces inside the cell (`海霧藍　C60 M15 Y10 K0`), and a closing row on where to "
    "download the colour cards**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2034-11-14", "page": "A11",
    "head": ["嵐港日報　中華民國123年11月14日　星期二", "A11　設計生活　　編輯：游詠晴"],
    "foot": ["嵐港日報社　讀者服務專線：(03)935-2207"],
    "furniture": ["嵐港日報", "中華民國123年11月14日", "星期二", "A11", "設計生活", "編輯：游詠晴", "嵐港日報．設計生活",
                  "嵐港日報社", "讀者服務專線：(03)935-2207"],
    "run": ["嵐港日報．設計生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["嵐港選出五種城市代表色　公車亭先換裝", "記者溫郁婷／嵐港報導"], "title": "嵐港選出五種城市代表色　公車亭先換裝",
         "byline": ["記者溫郁婷／嵐港報導", "溫郁婷"],
         "captions": ["以海霧藍重新上漆的公車亭。"], "credits": ["（記者溫郁婷攝）"],
         "body": ["縣府昨天公布五種「城市代表色」，明年起縣內公車亭、路牌和欄杆翻新時，都要從這五種顏色裡挑選。",
                  "縣府城鄉發展處表示，過去各單位自行選色，街頭紅綠黃藍什麼都有，看起來很亂。這次{cap}請設計團隊花了"
                  "一年，走遍全縣拍下三千多張照片，才選出這五種顏色。",
                  "設計顧問范淑貞說，這些顏色都取自本地的海、山和稻田，「我們不是發明新顏色，只是把嵐港本來就有的"
                  "顏色{run}找出來。」"]},
        {"glued": True, "lines": ["嵐港城市代表色"], "title": "嵐港城市代表色",
         "body": [("row", "海霧藍　C60 M15 Y10 K0"),
                  ("row", "稻穗黃　C5 M20 Y75 K0"),
                  ("row", "山嵐綠　C55 M10 Y50 K10"),
                  ("row", "礁石灰　C30 M25 Y25 K35"),
                  ("row", "磚瓦紅　C15 M70 Y65 K5"),
                  ("row", "色票電子檔可至縣府網站下載")]},
    ],
}

DOSAN = {
    "name": "zht_big5hkscs_crlf_hong_kong_fashion_page_old_qipao_tailor_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_measurement_card_header_row_body_part_inches_rows_note_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鷺江日報 2034-02-07 A12 潮流 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟 啲 嘢 哋`; in neither cp950 nor Big5), "
    "CRLF; indent-only paragraphs, wrapped at 20. A Hong Kong fashion page in Cantonese: an old qipao tailor in "
    "Yau Ma Tei still measures every customer by hand and is taking two apprentices (title with a full-width gap, the "
    "byline line `記者　麥詠芝`, a caption and its credit inside a sentence, the tailor's 「」 quotation cut by the "
    "running head before `講。」`), then, with no blank line, **the measurement card `度身七個主要位置（示例）`: a "
    "header row `位置　吋`, seven rows each holding a body part and its measure in inches with one decimal where it "
    "has one (`領圍　13.5`, `胸圍　34`), and a note row**; the card is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2034-02-07", "page": "A12",
    "head": ["鷺江日報　2034年2月7日　星期二", "A12　潮流　　編輯：區卓盈"],
    "foot": ["鷺江日報社　　新聞熱線：2598 3140"],
    "furniture": ["鷺江日報", "2034年2月7日", "星期二", "A12", "潮流", "編輯：區卓盈", "鷺江日報．潮流", "鷺江日報社",
                  "新聞熱線：2598 3140"],
    "run": ["鷺江日報．潮流"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老師傅度身做旗袍　五十年唔用電腦", "記者　麥詠芝"], "title": "老師傅度身做旗袍　五十年唔用電腦",
         "byline": ["記者　麥詠芝", "麥詠芝"],
         "captions": ["鄺師傅喺舖頭幫客人度身。"], "credits": ["（麥詠芝攝）"],
         "body": ["喺油麻地開咗五十年旗袍舖嘅鄺伯堅，今年七十八歲，到而家都係用一條軟尺同一支粉筆做嘢，"
                  "一件旗袍要度十幾個位。",
                  "佢話，好多客人以為旗袍靚唔靚睇布料，其實最緊要係度得準，{cap}差半吋都會唔貼身。舖頭今年請"
                  "咗兩個徒弟，由度身開始學起。",
                  "講到啲後生會唔會捱得住，鄺師傅笑笑口話：「度身呢門手藝冇得快，學三年先算入門，得唔得要佢哋自己"
                  "{run}講。」"]},
        {"glued": True, "lines": ["度身七個主要位置（示例）"], "title": "度身七個主要位置（示例）",
         "body": [("row", "位置　吋"),
                  ("row", "領圍　13.5"),
                  ("row", "肩闊　14.5"),
                  ("row", "胸圍　34"),
                  ("row", "腰圍　27"),
                  ("row", "臀圍　36.5"),
                  ("row", "衫長　44"),
                  ("row", "袖長　7"),
                  ("row", "其餘位置由師傅按客人身形另度")]},
    ],
}

PINGFEN = {
    "name": "zh_utf16be_bom_lf_design_page_poster_competition_launched_story_byline_caption_credit_running_head_midquote_glued_judging_criteria_header_row_criterion_points_rows_total_row_deadline_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "蓼州晚报 2034-06-20 第5版 设计坊, **UTF-16 BE with BOM**, LF; blank-line paragraphs, wrapped at 22. A "
    "design page: the invented city launches a poster competition for its river-cleaning campaign, open to "
    "students and the public (title with a full-width gap, the byline line `本报记者　聂　岚`, a caption and its "
    "credit inside a sentence, a judge's “” quotation cut by the running head before `明白。”`), then, with no blank "
    "line, **the judging criteria `评分标准`: a header row `评审项目　分值`, four rows each holding a criterion and "
    "its points (`主题表达　30`), a total row `合计　100` that the four add up to, and a deadline row**; the criteria "
    "are an article, its head the title, each printed row a paragraph.",
    "date": "2034-06-20", "page": "5",
    "head": ["蓼州晚报　　2034年6月20日　星期二", "第5版　设计坊　　责任编辑：窦　芸"],
    "foot": ["蓼州晚报社出版　　新闻热线：0737-2815093"],
    "furniture": ["蓼州晚报", "2034年6月20日", "星期二", "第5版", "设计坊", "责任编辑：窦　芸", "蓼州晚报·设计坊",
                  "蓼州晚报社出版", "新闻热线：0737-2815093"],
    "run": ["蓼州晚报·设计坊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["“护蓼河”海报设计大赛启动　一等奖五千元", "本报记者　聂　岚"],
         "title": "“护蓼河”海报设计大赛启动　一等奖五千元",
         "byline": ["本报记者　聂　岚", "聂　岚", "聂岚"],
         "captions": ["设计专业学生在讨论海报草图。"], "credits": ["（本报记者　聂　岚　摄）"],
         "body": ["由市生态环境局和市美术家协会主办的“护蓼河”公益海报设计大赛昨天启动，在校学生和市民均可参加，"
                  "一等奖奖金5000元。",
                  "主办方介绍，作品须围绕保护蓼河这一主题，每人限投两件，{cap}获奖作品将印成海报，张贴在沿河步道和"
                  "公交站台。",
                  "评委、市美术家协会副主席庞立新说，好的公益海报不在于画得多复杂，“要让路过的人看一眼就"
                  "{run}明白。”"]},
        {"glued": True, "lines": ["评分标准"], "title": "评分标准",
         "body": [("row", "评审项目　分值"),
                  ("row", "主题表达　30"),
                  ("row", "创意构思　30"),
                  ("row", "视觉效果　25"),
                  ("row", "文字说明　15"),
                  ("row", "合计　100"),
                  ("row", "截稿日期：2034年7月31日")]},
    ],
}

BAOMING = {
    "name": "zh_utf8_crlf_singapore_fashion_page_kebaya_embroiderer_free_workshops_story_byline_caption_credit_running_head_midquote_indent_only_glued_registration_form_blank_fields_tick_box_row_mail_to_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "星岸晨报 (an invented Singapore Chinese daily) 2034-07-18 第14版 衣裳与人, UTF-8 without BOM, CRLF; indent-only "
    "paragraphs, wrapped at 21. A Singapore fashion page: a 72-year-old Peranakan kebaya embroiderer in Katong "
    "gives two free Saturday workshops (title with a full-width gap, the byline line `记者　卓丽雯`, a caption and "
    "its credit inside a sentence, her “” quotation cut by the running head before `手上。”`), then, with no blank "
    "line, **the fill-in form `娘惹刺绣工作坊报名表`: three field rows whose blanks are runs of full-width low lines "
    "(`姓名：＿＿＿＿＿＿`), a tick-box row with two `□` choices and the two dates, and a row saying where to send "
    "the form**; the form is an article, its head the title, each printed row a paragraph (the blanks kept as "
    "printed).",
    "date": "2034-07-18", "page": "14",
    "head": ["星岸晨报　2034年7月18日　星期二", "第14版　衣裳与人　　编辑：甘佩琪"],
    "foot": ["星岸晨报社　　新闻热线：6738 2915"],
    "furniture": ["星岸晨报", "2034年7月18日", "星期二", "第14版", "衣裳与人", "编辑：甘佩琪", "星岸晨报·衣裳与人",
                  "星岸晨报社", "新闻热线：6738 2915"],
    "run": ["星岸晨报·衣裳与人"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["娘惹绣娘开班　免费教绣可峇雅", "记者　卓丽雯"], "title": "娘惹绣娘开班　免费教绣可峇雅",
         "byline": ["记者　卓丽雯", "卓丽雯"],
         "captions": ["陈秀娘在绣一件可峇雅的衣襟。"], "credits": ["（卓丽雯摄）"],
         "body": ["在加东绣了五十多年可峇雅的陈秀娘，今年72岁。她将在本月底和下月初开两期免费工作坊，"
                  "教公众绣娘惹花鸟图案。",
                  "陈秀娘说，一件手绣的可峇雅，从描样到完工要两个多月，{cap}现在愿意学的年轻人越来越少，"
                  "她希望把手艺传下去。",
                  "每期只收12人，报名者须自备绣绷。她说：“针法不难，难的是耐心。我只想这门手艺不要断在我"
                  "{run}手上。”"]},
        {"glued": True, "lines": ["娘惹刺绣工作坊报名表"], "title": "娘惹刺绣工作坊报名表",
         "body": [("row", "姓名：＿＿＿＿＿＿"),
                  ("row", "年龄：＿＿＿"),
                  ("row", "电话：＿＿＿＿＿＿"),
                  ("row", "□初级班（7月29日）　□进阶班（8月5日）"),
                  ("row", "填妥后寄：加东路88号三楼　陈秀娘收")]},
    ],
}

LIKOU = {
    "name": "pon_latin1_crlf_pohnpeian_fashion_page_women_sew_embroidered_skirts_story_byline_dateline_caption_credit_running_head_midquote_glued_what_to_bring_list_dash_bullet_rows_fee_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "Pahnais Rongrong (an invented Pohnpeian weekly, Kolonia, Pohnpei, Federated States of Micronesia) "
    "2034-09-05 Pali 6 Kapwat, **ISO 8859-1** (`· « »`; no dash, no curly quotes), CRLF; blank-line paragraphs, "
    "wrapped at 34 with hyphenation. A Pohnpeian fashion page: a Kolonia women's group teaches girls to sew the "
    "island's embroidered skirts before Liberation Day (title over two lines, byline line `Sounnting: Mary Ioanis`, "
    "the dateline `KOLONIA -` opening the lead, a caption and its credit inside a sentence, the teacher's «» "
    "quotation cut by the running head before `mwahu.»`), then, with no blank line, **the list of what to bring "
    "`Mehkan me kumwail pahn wahdo`: four rows opened by a hyphen and a space (`- likou 3 yard`), and a fee row**; "
    "the list is an article, its head the title, each printed row a paragraph (the hyphen bullet kept as printed).",
    "date": "2034-09-05", "page": "6",
    "head": ["PAHNAIS RONGRONG · Ruwau, 5 Sepdempe 2034 · Pali 6", "Kapwat · Editor: Lihpai Edgar"],
    "foot": ["Pahnais Rongrong · rongrong@pahnais.example.fm"],
    "furniture": ["PAHNAIS RONGRONG", "Ruwau, 5 Sepdempe 2034", "Pali 6", "Kapwat", "Editor: Lihpai Edgar",
                  "Pahnais Rongrong · Kapwat", "Pahnais Rongrong", "rongrong@pahnais.example.fm"],
    "run": ["Pahnais Rongrong · Kapwat"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Pwihn en lih en Kolonia kin", "padahkih serepein kan", "Sounnting: Mary Ioanis"],
         "title": "Pwihn en lih en Kolonia kin padahkih serepein kan",
         "byline": ["Sounnting: Mary Ioanis", "Mary Ioanis"],
         "captions": ["Serepein kan nan sukuhl en likou."], "credits": ["Kasdo: Kenrick Hadley"],
         "body": ["KOLONIA - Pwihn en lih en Kolonia pahn ta~pi~ha~da sukuhl en likou ong serepein kan nin Rahn "
                  "Kaunop, Sepdempe 9. Serepein kan pahn wiah~da likou ka~se~lel en Pohnpei mwohn Rahn Kasapwil.",
                  "Soun~pa~dahk Rosa~lin~da Jemes mah~sa~nih me serepein rieisek kin koh~do nin wihk koaros. Irail "
                  "kin sukuhl~ki {cap}ia duwen en kihda kisin likou oh deidei mehn ka~se~lel kan.",
                  "Rosalinda mahsanih: «Ma serepein kan sohte sukuhl~ki, mehn Pohn~pei deidei pahn soh~ra~la. "
                  "Met ahnsou {run}mwahu.»"]},
        {"glued": True, "lines": ["Mehkan me kumwail pahn wahdo"], "title": "Mehkan me kumwail pahn wahdo",
         "body": [("row", "- likou 3 yard"),
                  ("row", "- sred 4"),
                  ("row", "- nihdel 2"),
                  ("row", "- sisis"),
                  ("row", "Pwain: $10 ong pwihn")]},
    ],
}

TANNI = {
    "name": "bci_utf16le_bom_crlf_baoule_textiles_page_village_weavers_cooperative_story_byline_dateline_caption_credit_running_head_midquote_glued_cloth_pattern_key_pattern_name_meaning_rows_aligned_by_spaces",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Klo Nzra (an invented Baoulé weekly, Bouaké, Côte d'Ivoire) 2034-10-10 Fa 3 Tanni nin Fluwa, **UTF-16 LE "
    "with BOM** (`ɛ ɔ ŋ · – “ ”`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Baoulé textiles "
    "page: the weavers of Bomizambo near Tiébissou form a cooperative and sell their cloth together for the first "
    "time (title over two lines, byline line `Klɛli: Kouassi Yao`, the dateline `BOMIZAMBO –` opening the lead, a "
    "caption and its credit inside a sentence, the cooperative head's “” quotation cut by the running head before "
    "`sran.”`), then, with no blank line, **the key of the cloth's patterns `Tanni nzɛnzɛn mun`: five rows of a "
    "pattern's name and what it means, aligned by runs of spaces (`Nyanmiɛn ɲin   Nyanmiɛn nian e`)**; the key is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2034-10-10", "page": "3",
    "head": ["KLO NZRA · Mlan 10 oktɔbri 2034 · Fa 3", "Tanni nin Fluwa · Klɛlifuɛ dan: Aya N'Guessan"],
    "foot": ["Klo Nzra · nzra@klonzra.example.ci"],
    "furniture": ["KLO NZRA", "Mlan 10 oktɔbri 2034", "Fa 3", "Tanni nin Fluwa", "Klɛlifuɛ dan: Aya N'Guessan",
                  "Klo Nzra · Tanni nin Fluwa", "Klo Nzra", "nzra@klonzra.example.ci"],
    "run": ["Klo Nzra · Tanni nin Fluwa"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Bomizambo tannitafuɛ mun be", "tanni be ti i kun", "Klɛli: Kouassi Yao"],
         "title": "Bomizambo tannitafuɛ mun be tanni be ti i kun",
         "byline": ["Klɛli: Kouassi Yao", "Kouassi Yao"],
         "captions": ["Tannitafuɛ kun i tanni nzuɛn nun."], "credits": ["Foto: Konan Affoué"],
         "body": ["BOMIZAMBO – Bomi~zam~bo tanni~ta~fuɛ mun 46 be yili be wun ekun. Afuɛ nga nin be tanni be ti i "
                  "kun, be fa kɔ Bua~ke gua su.",
                  "Ekun’n i kpɛn’n Koua~mé Koffi se kɛ laa’n tanni~ta~fuɛ kun kun yɛ ɔ tɛ i tanni. Kɛ be yili "
                  "be {cap}wun’n, tanni’n i sika kpann~gban ɔ.",
                  "Kouamé Koffi se: “Tanni sɛ yɛ e nzɛn~zɛn’n nun ɔ. I nun ndɛ’n yɛ e klɛ man {run}sran.”"]},
        {"glued": True, "lines": ["Tanni nzɛnzɛn mun"], "title": "Tanni nzɛnzɛn mun",
         "body": [("row", cells((15,), "Nyanmiɛn ɲin", "Nyanmiɛn nian e")),
                  ("row", cells((15,), "Tanni kpli", "Srɛ nin sika")),
                  ("row", cells((15,), "Aowa ti", "Anwlɛn")),
                  ("row", cells((15,), "Ajɔ sunman", "Klo’n i wun")),
                  ("row", cells((15,), "Baka nzra", "Aunnvuɛ"))]},
    ],
}

LANA = {
    "name": "ruo_utf8_cr_istro_romanian_textiles_page_village_women_knit_wool_socks_story_byline_dateline_caption_credit_running_head_midquote_indent_only_glued_care_label_box_label_value_rows",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "  ", "blank": False,
    "note": "Glåsu Vlåșescu (an invented Istro-Romanian monthly, Žejane, Istria, Croatia) 2034-05-09 Påjina 2 Lucru de måna, "
    "UTF-8 without BOM (`å ă ľ ș ț č š ž – „ ”`), **CR** line ends; **indent-only paragraphs (two spaces)**, wrapped "
    "at 37 with hyphenation. An Istro-Romanian textiles page: the women of Žejane knit socks from their own "
    "sheep's wool again and sell them at the spring fair (title over two lines, byline line `Scris de Ana "
    "Glavić`, the dateline `ŽEJÅNE –` opening the lead, a caption and its credit inside a sentence, an old "
    "knitter's „” quotation cut by the running head before `bire.”`), then, with no blank line, **the care box "
    "`Cum se speľe ľåna`: four rows each a label, a colon and its value (`Åpa: 30 °C`), the measure with a "
    "space before its unit**; the box is an article, its head the title, each printed row a paragraph.",
    "date": "2034-05-09", "page": "2",
    "head": ["GLÅSU VLÅȘESCU – marț 9. måja 2034 – Påjina 2", "Lucru de måna – Urednica: Marija Sirotić"],
    "foot": ["Glåsu Vlåșescu – glasu@vlasescu.example.hr"],
    "furniture": ["GLÅSU VLÅȘESCU", "marț 9. måja 2034", "Påjina 2", "Lucru de måna", "Urednica: Marija Sirotić",
                  "Glåsu Vlåșescu – Lucru de måna", "Glåsu Vlåșescu", "glasu@vlasescu.example.hr"],
    "run": ["Glåsu Vlåșescu – Lucru de måna"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Muľerle den Žejåne", "iar lucră calțe de ľånă", "Scris de Ana Glavić"],
         "title": "Muľerle den Žejåne iar lucră calțe de ľånă",
         "byline": ["Scris de Ana Glavić", "Ana Glavić"],
         "captions": ["Calțe de ľånă albę și negră."], "credits": ["Fotografija: Ivan Blašković"],
         "body": ["ŽEJÅNE – Șåse mu~ľe~re den Že~jå~ne lucră iar calțe de ľånă de ovčele lor. Ăn iarnę au "
                  "lu~crat pešte o sută de păre.",
                  "Ľåna o speľu ăn åpę de iz~vor și o torc cu måna. Cal~țe~le le vind {cap}la saj~mu de primă~vară "
                  "ăn Šušnjevicę.",
                  "Ana Do~ri~čić, de opt~zeci de ai, zice: „Ľåna nu vrea grabă. Cånd o lu~cri cu pa~cien~ca, "
                  "calțele țin cåld și ție mai {run}bire.”"]},
        {"glued": True, "lines": ["Cum se speľe ľåna"], "title": "Cum se speľe ľåna",
         "body": [("row", "Åpa: 30 °C"),
                  ("row", "Speľåt: numa cu måna"),
                  ("row", "Sušit: pre måsę, nu la sore"),
                  ("row", "Pęglåt: nu")]},
    ],
}

TROCHT = {
    "name": "wym_cp1250_lf_wymysorys_fashion_page_folk_costume_sewn_again_story_byline_dateline_caption_credit_running_head_midquote_glued_cost_of_one_costume_part_price_rows_prices_flush_right_total_row",
    "encoding": "cp1250", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Wymysiöejer Cajtung (an invented Wymysorys monthly, Wilamowice, Silesian Voivodeship, Poland) 2034-03-28 "
    "Zajt 5 Gywand, **cp1250** (`ö ü ł ś ź ń ó ż · – „ ”`), LF; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A Wymysorys fashion page: a young seamstress sews the town's women's folk costume again and "
    "takes orders from girls who want to wear it at Easter (9 April) (title over two lines, byline line `Fum Jyzef Gara`, "
    "the dateline `WYMYSOÜ –` opening the lead, a caption and its credit inside a sentence, the seamstress's „” "
    "quotation cut by the running head before `trocht.”`), then, with no blank line, **the cost of one costume "
    "`Wos kost an trocht`: five rows of a part and its price in złoty aligned by runs of spaces, the prices flush "
    "right (`Łajbl          850 zł`), and a total row `Cyzamma  4200 zł` that the five add up to**; the list is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2034-03-28", "page": "5",
    "head": ["WYMYSIÖEJER CAJTUNG – dynstag 28.03.2034 – Zajt 5", "Gywand – Redaktür: Zofja Biba"],
    "foot": ["Wymysiöejer Cajtung – cajtung@wymysoj.example.pl"],
    "furniture": ["WYMYSIÖEJER CAJTUNG", "dynstag 28.03.2034", "Zajt 5", "Gywand", "Redaktür: Zofja Biba",
                  "Wymysiöejer Cajtung – Gywand", "Wymysiöejer Cajtung", "cajtung@wymysoj.example.pl"],
    "run": ["Wymysiöejer Cajtung – Gywand"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Jung nejeryn nejt dy olde", "Wymysiöejer kłajdung", "Fum Jyzef Gara"],
         "title": "Jung nejeryn nejt dy olde Wymysiöejer kłajdung",
         "byline": ["Fum Jyzef Gara", "Jyzef Gara"],
         "captions": ["Dy nejeryn bym rotta rok."], "credits": ["Fotografyj: Ana Foks"],
         "body": ["WYMYSOÜ – Ewa Mözler, 26 johr ołd, nejt wej~der dy olde fro~ja~trocht fu Wymysoü. Zy ho "
                  "ym wyn~tyr gy~łernt fu yr gru~ser~mut~ter.",
                  "Cu Üs~tyn wyłn cwan~zig mej~dła dy trocht trön. Ewa ho śun ocht troch~ta gy~neht. Ajn trocht "
                  "kost {cap}4200 złoty, wil dy štofa tojer zajn.",
                  "Ewa zoht: „Wen dy mejdła dy trocht trön, do lejwt uf dy gasa wej~der ynzer Wymy~siöejer "
                  "{run}trocht.”"]},
        {"glued": True, "lines": ["Wos kost an trocht"], "title": "Wos kost an trocht",
         "body": [("row", cells((16, 8), "Rok", "1400 zł", right=True)),
                  ("row", cells((16, 8), "Śürc", "450 zł", right=True)),
                  ("row", cells((16, 8), "Łajbl", "850 zł", right=True)),
                  ("row", cells((16, 8), "Hüstihł", "600 zł", right=True)),
                  ("row", cells((16, 8), "Korala", "900 zł", right=True)),
                  ("row", cells((16, 8), "Cyzamma", "4200 zł", right=True))]},
    ],
}

PAGES = [XIAOFU, XIABU, SEPIAO, DOSAN, PINGFEN, BAOMING, LIKOU, TANNI, LANA, TROCHT]
