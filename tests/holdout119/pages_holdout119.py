"""The text of every holdout119 page, written once: make_holdout119_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-118 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold (a notice's issuer: the byline). `{cap}` drops the caption and its credit into a paragraph,
`{run}` the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `cells()` (holdout116's and 118's), so the printed spacing is reproducible. All papers, courts' and police
units' cases, people, sums, telephone numbers, identity numbers and events are invented; real places (towns,
districts, islands, quarters) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


def counts(name, *numbers, width=12, column=6):
    """A Latin table row: the name padded to `width`, then each number flush right in `column` places."""
    return name.ljust(width) + "".join(number.rjust(column) for number in numbers)


SHIXIN = {
    "name": "zh_gbk_crlf_courts_page_execution_drive_story_byline_caption_credit_running_head_midquote_glued_shixin_beizhixingren_debtors_list_header_row_masked_id_number_rows_total_row_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "潆州日报 2034-05-17 第5版 法治周刊, GBK, CRLF; blank-line paragraphs, wrapped at 23. A courts page: the "
    "invented city's courts close a month-long drive to enforce judgments (title, the byline line `本报记者　骆　岑`, a "
    "caption and its credit inside a sentence, the enforcement bureau head's “” quotation cut by the running head "
    "before `难行。”`), then, with no blank line, the court's list of defaulting judgment debtors "
    "`失信被执行人名单（第三批）`: a header row `姓名　身份证号码　执行标的（元）`, **five rows each holding a name, an "
    "identity number masked in its middle by eight asterisks (`439102********2417`) and the sum owed**, a total row "
    "`合计　2321320` and a note row; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2034-05-17", "page": "5",
    "head": ["潆州日报　　2034年5月17日　星期三", "第5版　法治周刊　　责任编辑：阮　棠"],
    "foot": ["潆州日报社出版　　新闻热线：0749-6126600"],
    "furniture": ["潆州日报", "2034年5月17日", "星期三", "第5版", "法治周刊", "责任编辑：阮　棠", "潆州日报·法治周刊",
                  "潆州日报社出版", "新闻热线：0749-6126600"],
    "run": ["潆州日报·法治周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["集中执行一个月　执行到位逾三千万元", "本报记者　骆　岑"], "title": "集中执行一个月　执行到位逾三千万元",
         "byline": ["本报记者　骆　岑", "骆　岑", "骆岑"],
         "captions": ["执行干警在厂房内清点被查封的设备。"], "credits": ["（本报记者　骆　岑　摄）"],
         "body": ["4月中旬起，市中级人民法院联合全市各基层法院开展为期一个月的集中执行行动。截至5月15日，全市法院共"
                  "执结案件1186件，执行到位金额3218.6万元。",
                  "在东坪镇一处厂房，执行干警依法查封了{cap}被执行人的两台数控机床。据了解，这名被执行人拖欠二十多名"
                  "工人的工资近两年，法院多次传唤，他仍拒不履行。",
                  "市中级人民法院执行局局长柯向东说，对有能力履行而拒不履行的被执行人，法院将依法纳入失信名单，“限制"
                  "高消费，限制乘坐飞机和高铁，让他们寸步{run}难行。”"]},
        {"glued": True, "lines": ["失信被执行人名单（第三批）"], "title": "失信被执行人名单（第三批）",
         "body": [("row", "姓名　身份证号码　执行标的（元）"),
                  ("row", "钱国栋　439102********2417　386500"),
                  ("row", "孙立强　439102********0539　1250000"),
                  ("row", "欧阳敏　439103********4826　92380"),
                  ("row", "郑海波　439104********3318　517640"),
                  ("row", "冯雪梅　439102********6021　74800"),
                  ("row", "合计　2321320"),
                  ("row", "注：如有异议，请致电0749-6120835。")]},
    ],
}

XUANSHANG = {
    "name": "zh_utf16le_bom_lf_police_page_night_burglaries_story_byline_caption_credit_running_head_midquote_glued_xuanshang_tonggao_reward_notice_number_row_three_numbered_clauses_signed_by_police_unit_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泷溪晚报 2034-03-09 第6版 法治在线, **UTF-16 LE with BOM**, LF; indent-only paragraphs, wrapped at 21. A "
    "police page: night burglaries in the invented city's east end, and the police offer a reward for leads (title, "
    "the byline line `本报记者　方　澍`, a caption and its credit inside a sentence, the detective chief's “” quotation "
    "cut by the running head before `追。”`), then, with no blank line, **the police's reward notice `悬赏通告`: its "
    "number row `泷公刑悬〔2034〕3号`, an opening paragraph ending on `通告如下：`, three clauses `一、` `二、` `三、` (the "
    "reward sums, secrecy, the hotlines), the issuing unit's line `泷溪市公安局刑事侦查大队` (the byline) and the date "
    "row**; the notice is an article, its head the title.",
    "date": "2034-03-09", "page": "6",
    "head": ["泷溪晚报　　2034年3月9日　星期四", "第6版　法治在线　　责任编辑：谭　蔚"],
    "foot": ["泷溪晚报社　　新闻热线：0738-5526688"],
    "furniture": ["泷溪晚报", "2034年3月9日", "星期四", "第6版", "法治在线", "责任编辑：谭　蔚", "泷溪晚报·法治在线",
                  "泷溪晚报社", "新闻热线：0738-5526688"],
    "run": ["泷溪晚报·法治在线"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城东连发入室盗窃　警方悬赏两万征线索", "本报记者　方　澍"], "title": "城东连发入室盗窃　警方悬赏两万征线索",
         "byline": ["本报记者　方　澍", "方　澍", "方澍"],
         "captions": ["民警在案发小区查看监控录像。"], "credits": ["（泷溪市公安局供图）"],
         "body": ["今年2月以来，城东片区的锦华苑、临河新村等小区接连发生夜间入室盗窃案件，已有11户居民报案，被盗现金"
                  "和首饰价值约26万元。",
                  "市公安局刑侦大队大队长郝振宇介绍，嫌疑人多在凌晨{cap}两点到四点之间作案，从一楼窗户或空调外机平台"
                  "攀爬入室，作案时戴帽子和口罩。",
                  "他提醒居民，睡前要关好门窗，低楼层住户最好安装防盗纱窗，“发现可疑人员，第一时间拨打110，不要自己"
                  "去{run}追。”"]},
        {"glued": True, "lines": ["悬赏通告"], "title": "悬赏通告", "byline": ["泷溪市公安局刑事侦查大队", None],
         "body": [("row", "泷公刑悬〔2034〕3号"),
                  "2034年2月以来，我市城东片区连续发生多起入室盗窃案件。为尽快侦破案件，现向社会公开征集破案线索，"
                  "通告如下：",
                  "一、凡提供线索直接破获案件的，奖励人民币2万元；提供的线索对破案有重要作用的，奖励人民币5000元至"
                  "1万元。",
                  "二、公安机关对举报人的身份和举报内容严格保密。",
                  "三、举报电话：0738-5561110、13907385521（刘警官）。",
                  ("end", "泷溪市公安局刑事侦查大队"),
                  ("row", "2034年3月8日")]},
    ],
}

GUOMIN = {
    "name": "zht_big5_lf_taiwan_courts_page_citizen_judges_drunk_driving_death_trial_story_byline_caption_credit_running_head_midquote_glued_shenli_jihua_trial_plan_box_place_row_day_by_day_date_and_stage_rows_public_gallery_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "埤南日報 2034-06-14 A6 地方司法 (`中華民國123年6月14日`), Big5, LF; blank-line paragraphs, wrapped at 21. A "
    "Taiwan courts page: the invented district court will try a drunk driver who killed a scooter rider before "
    "citizen judges (國民法官) next week (title, the byline line `記者鄧宜蓁／埤南報導`, a caption and its credit inside "
    "a sentence, the court spokesman's 「」 quotation cut by the running head before `判案。」`), then, with no blank "
    "line, **the court's trial plan `國民法官審理計畫`: a place row, five day-by-day rows `6月19日（一）　選任國民法官` "
    "giving each day of the trial its stage, from selection to verdict, and a public-gallery row**; the box is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2034-06-14", "page": "A6",
    "head": ["埤南日報　中華民國123年6月14日　星期三", "A6　地方司法　　編輯：蔡孟蓉"],
    "foot": ["埤南日報社　讀者服務專線：(06)578-2210"],
    "furniture": ["埤南日報", "中華民國123年6月14日", "星期三", "A6", "地方司法", "編輯：蔡孟蓉", "埤南日報．地方司法",
                  "埤南日報社", "讀者服務專線：(06)578-2210"],
    "run": ["埤南日報．地方司法"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["酒駕撞死騎士案　下週國民法官審理", "記者鄧宜蓁／埤南報導"], "title": "酒駕撞死騎士案　下週國民法官審理",
         "byline": ["記者鄧宜蓁／埤南報導", "鄧宜蓁"],
         "captions": ["埤南地院的國民法官法庭。"], "credits": ["（記者鄧宜蓁攝）"],
         "body": ["去年10月在埤南市中興路酒後駕車、撞死機車騎士的林姓男子，被依不能安全駕駛致人於死罪起訴，埤南地方"
                  "法院將從下週一起以國民法官法庭審理，連續審理五天。",
                  "埤南地院發言人葉俊廷法官表示，法院本月初已從備選名冊中{cap}抽出80名候選國民法官，選任當天將從中選出"
                  "6名國民法官和2名備位國民法官。",
                  "他說，國民法官和職業法官一起聽審、評議，「希望讓判決更貼近一般人的想法，也讓民眾更了解法院怎麼"
                  "{run}判案。」"]},
        {"glued": True, "lines": ["國民法官審理計畫"], "title": "國民法官審理計畫",
         "body": [("row", "地點：埤南地方法院第一法庭"),
                  ("row", "6月19日（一）　選任國民法官"),
                  ("row", "6月20日（二）　開審陳述、調查證據"),
                  ("row", "6月21日（三）　詰問證人及被告"),
                  ("row", "6月22日（四）　言詞辯論"),
                  ("row", "6月23日（五）　評議、宣判"),
                  ("row", "旁聽：每日上午8時起發放旁聽證40張")]},
    ],
}

XIAOE = {
    "name": "zht_big5hkscs_crlf_hong_kong_courts_page_small_claims_online_shopping_story_cantonese_byline_caption_credit_running_head_midquote_glued_small_claims_fees_box_header_row_claim_band_fee_rows_ceiling_row_enquiry_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鶴汀日報 2034-09-13 A5 港聞, Big5-HKSCS (`嘅 喺 咗 唔 蚊`; in neither cp950 nor Big5), CRLF; indent-only "
    "paragraphs, wrapped at 20. A Hong Kong courts page in Cantonese: online-shopping disputes push claims at the "
    "Small Claims Tribunal up by a fifth (title, the byline line `記者　程曉澄`, a caption and its credit inside a "
    "sentence, a claimant's 「」 quotation cut by the running head before `退錢。」`), then, with no blank line, the "
    "box `小額錢債審裁處入稟費用`: a header row `申索款額　費用`, **four rows of claim bands and their fees "
    "(`$1,001至$3,000　$60`), the bands' bounds in dollars with thousands commas**, a ceiling row and an enquiry row; "
    "the box is an article, its head the title, each printed row a paragraph.",
    "date": "2034-09-13", "page": "A5",
    "head": ["鶴汀日報　2034年9月13日　星期三", "A5　港聞　　編輯：羅樂瑤"],
    "foot": ["鶴汀日報社　　新聞熱線：2873 6021"],
    "furniture": ["鶴汀日報", "2034年9月13日", "星期三", "A5", "港聞", "編輯：羅樂瑤", "鶴汀日報．港聞", "鶴汀日報社",
                  "新聞熱線：2873 6021"],
    "run": ["鶴汀日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["網購糾紛多　小額錢債申索升兩成", "記者　程曉澄"], "title": "網購糾紛多　小額錢債申索升兩成",
         "byline": ["記者　程曉澄", "程曉澄"],
         "captions": ["市民喺審裁處櫃位查詢。"], "credits": ["（程曉澄攝）"],
         "body": ["網購貨不對辦、退款無門，愈嚟愈多市民入稟小額錢債審裁處。司法機構數字顯示，今年上半年審裁處收到嘅"
                  "申索，比去年同期多咗兩成。",
                  "有律師話，小額錢債申索唔使請律師，{cap}入稟費用亦唔貴，好多市民為咗幾百蚊都願意入稟，不過要預先"
                  "準備好單據同對話紀錄。",
                  "早前成功追回二千幾蚊嘅陳小姐話：「排期等咗兩個月，不過個賣家一收到傳票就即刻{run}退錢。」"]},
        {"glued": True, "lines": ["小額錢債審裁處入稟費用"], "title": "小額錢債審裁處入稟費用",
         "body": [("row", "申索款額　費用"),
                  ("row", "$1,000或以下　$30"),
                  ("row", "$1,001至$3,000　$60"),
                  ("row", "$3,001至$10,000　$120"),
                  ("row", "$10,001至$75,000　$180"),
                  ("row", "申索上限：$75,000"),
                  ("row", "查詢：2916 4835")]},
    ],
}

PIANAN = {
    "name": "zh_utf8_nobom_lf_singapore_police_page_scams_first_half_story_byline_caption_credit_running_head_midquote_glued_scam_types_table_header_row_type_cases_losses_rows_total_row_source_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "榴岸晨报 (an invented Singapore Chinese daily) 2034-10-18 第4版 社会与法, UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 22. A Singapore police page: the police's half-year scam figures, job scams the most "
    "common (title, the byline line `本报记者　黄俐珊`, a caption and its credit inside a sentence, an officer's “” "
    "quotation cut by the running head before `停下来。”`), then, with no blank line, the table `上半年主要骗案类型`: "
    "**a header row `类型　起数　损失（万新元）` over five rows `type　cases　losses`, both figures with thousands "
    "commas, a total row `合计　6,720　9,986`** and a source row; the table is an article, its head the title, each "
    "printed row a paragraph.",
    "date": "2034-10-18", "page": "4",
    "head": ["榴岸晨报　2034年10月18日　星期三", "第4版　社会与法　　编辑：蔡佩玲"],
    "foot": ["榴岸晨报社　　读者热线：6319 2874"],
    "furniture": ["榴岸晨报", "2034年10月18日", "星期三", "第4版", "社会与法", "编辑：蔡佩玲", "榴岸晨报·社会与法",
                  "榴岸晨报社", "读者热线：6319 2874"],
    "run": ["榴岸晨报·社会与法"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["上半年骗案损失近亿元　求职骗案最多", "本报记者　黄俐珊"], "title": "上半年骗案损失近亿元　求职骗案最多",
         "byline": ["本报记者　黄俐珊", "黄俐珊"],
         "captions": ["警员在组屋区向居民派发防骗传单。"], "credits": ["（黄俐珊摄）"],
         "body": ["警方昨天公布的数据显示，今年上半年全岛共发生6720起主要类型的骗案，受害者损失约9986万新元，比去年"
                  "同期多出约一成。",
                  "警方指出，求职骗案仍是最常见的类型。骗子通过社交媒体{cap}招募“兼职”，要求受害者先垫付款项完成"
                  "任务，再以各种理由拒绝退款。",
                  "一名资深警官提醒公众，凡是要求先付款才能“赚钱”的工作都要提高警惕，“只要对方要你先转账，就应该"
                  "马上{run}停下来。”"]},
        {"glued": True, "lines": ["上半年主要骗案类型"], "title": "上半年主要骗案类型",
         "body": [("row", "类型　起数　损失（万新元）"),
                  ("row", "求职骗案　2,140　1,863"),
                  ("row", "网购骗案　1,785　412"),
                  ("row", "钓鱼骗案　1,377　538"),
                  ("row", "投资骗案　906　5,127"),
                  ("row", "冒充官员骗案　512　2,046"),
                  ("row", "合计　6,720　9,986"),
                  ("row", "资料来源：警方")]},
    ],
}

JINGWU = {
    "name": "zh_gb18030_cr_police_page_community_police_rooms_story_byline_rare_char_caption_credit_running_head_midquote_glued_community_officers_contact_table_header_row_community_officer_phone_rows_note_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汶滨日报 2034-04-12 第3版 平安汶滨, GB18030 (`\U0002cb5a` U+2CB5A in an officer's name, not in GBK), **CR** "
    "line ends; indent-only paragraphs, wrapped at 21. A police page: the invented city sets up a police room in "
    "every urban neighbourhood (title, the byline line `本报记者　苗　岚`, a caption and its credit inside a sentence, a "
    "resident's “” quotation, opened by another quotation in the same paragraph, cut by the running head before "
    "`到了。”`), then, with no blank line, the table `城区部分社区民警联系表`: **a header row `社区　民警　联系电话` "
    "over four rows `community　officer　phone`, the officer of the first the one the story quotes**, and a `注：` "
    "row; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2034-04-12", "page": "3",
    "head": ["汶滨日报　　2034年4月12日　星期三", "第3版　平安汶滨　　责任编辑：鲁　湘"],
    "foot": ["汶滨日报社　　新闻热线：0735-2261200"],
    "furniture": ["汶滨日报", "2034年4月12日", "星期三", "第3版", "平安汶滨", "责任编辑：鲁　湘", "汶滨日报·平安汶滨",
                  "汶滨日报社", "新闻热线：0735-2261200"],
    "run": ["汶滨日报·平安汶滨"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["警务室开到家门口　居民有事一个电话", "本报记者　苗　岚"], "title": "警务室开到家门口　居民有事一个电话",
         "byline": ["本报记者　苗　岚", "苗　岚", "苗岚"],
         "captions": ["社区民警为居民登记电动车。"], "credits": ["（本报记者　苗　岚　摄）"],
         "body": ["从本月起，汶滨市公安局在城区24个社区全部设立警务室，每个警务室由一名社区民警和两名辅警常驻，户籍"
                  "办理、纠纷调解等事项在家门口就能办。",
                  "在柳岸社区警务室，记者看到不少居民前来咨询{cap}居住证办理和电动车防盗登记。社区民警龚\U0002cb5a说，他每天"
                  "上午坐班，下午走访居民和商铺。",
                  "“以前老人家办事要跑派出所，现在楼下就有民警。”居民曹秀兰说，她已经把民警的电话存进手机，“有事打个"
                  "电话，民警很快就{run}到了。”"]},
        {"glued": True, "lines": ["城区部分社区民警联系表"], "title": "城区部分社区民警联系表",
         "body": [("row", "社区　民警　联系电话"),
                  ("row", "柳岸社区　龚\U0002cb5a　0735-2260418"),
                  ("row", "桃源社区　韦志刚　0735-2260427"),
                  ("row", "新桥社区　戴晓梅　0735-2260433"),
                  ("row", "望江社区　邵　峰　0735-2260452"),
                  ("row", "注：紧急情况请拨打110。")]},
    ],
}

MASHAHIDI = {
    "name": "swb_utf8_bom_crlf_shimaore_police_page_outboard_motor_thefts_story_byline_dateline_caption_credit_running_head_midquote_glued_wito_wa_mashahidi_witness_appeal_one_paragraph_contact_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Habari za Maore (an invented Shimaore weekly, Mamoudzou, Mayotte) 2034-07-05 Ukurasa 4 Ulindzi, UTF-8 with BOM "
    "(`– “ ” ·`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Shimaore police page: three "
    "outboard motors stolen from pirogues in Dzaoudzi harbour this month (title over two lines, byline line "
    "`Mwandzishi: Anli Madi`, the dateline `DZAOUDZI –` opening the lead, a caption and its credit inside a sentence, "
    "the gendarmerie commander's “” quotation cut by the running head before `habari.”`), then, with no blank line, "
    "**the gendarmerie's witness appeal `Wito wa mashahidi`: one paragraph naming the night and the place, then a "
    "contact row `Jandarmeri: 0269 60 14 77`**; the appeal is an article, its head the title.",
    "date": "2034-07-05", "page": "4",
    "head": ["HABARI ZA MAORE · Alarba 5 Julai 2034 · Ukurasa 4", "Ulindzi · Mhariri: Zaina Soilihi"],
    "foot": ["Habari za Maore · habari@habarizamaore.example.yt"],
    "furniture": ["HABARI ZA MAORE", "Alarba 5 Julai 2034", "Ukurasa 4", "Ulindzi", "Mhariri: Zaina Soilihi",
                  "Habari za Maore · Ulindzi", "Habari za Maore", "habari@habarizamaore.example.yt"],
    "run": ["Habari za Maore · Ulindzi"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Moteri tsa laka ziibiwa", "bandarini ya Dzaoudzi", "Mwandzishi: Anli Madi"],
         "title": "Moteri tsa laka ziibiwa bandarini ya Dzaoudzi", "byline": ["Mwandzishi: Anli Madi", "Anli Madi"],
         "captions": ["Said Ahamadi na laka lahe bandarini."], "credits": ["Picha: Nasra Abdou"],
         "body": ["DZAOUDZI – Moteri traru tsa laka ziibiwa bandarini ya Dzaoudzi mwezi uwu. Wavuvi wa Petite-Terre "
                  "wasema kawana tsena hazi ya uvuwa na kawana pesa ya unuwa moteri nyinyi.",
                  "Mvuvi Said Ahamadi asema moteri yahe {cap}iibiwa usiku wa Alatsinin. Moteri iyo yaliha euro 4 200, "
                  "na yatsoka ulipa dzuwa shirini na mbili na wa~fanya~hazi waha.",
                  "Mkuu wa jandarmeri ya Pamandzi asema: “Risi hitadji msada wa watru. Kula mtru aliyeona gari au "
                  "laka usiku uwo, naraye {run}habari.”"]},
        {"glued": True, "lines": ["Wito wa mashahidi"], "title": "Wito wa mashahidi",
         "body": ["Jandarmeri ya Pamandzi yatsaha mashahidi wa wizi wa moteri usiku wa 3 hadi 4 Julai bandarini ya "
                  "Dzaoudzi. Kula mtru aliyeona laka lisilo julikana, au watru wa~tsaha moteri ya ulawa, narapigiye "
                  "simu.",
                  ("row", "Jandarmeri: 0269 60 14 77")]},
    ],
}

CHORI = {
    "name": "hns_cp1252_lf_caribbean_hindustani_police_page_moped_thefts_down_story_byline_dateline_caption_credit_running_head_midquote_glued_thefts_by_ressort_table_header_two_years_rows_aligned_by_spaces_total_row",
    "encoding": "cp1252", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "   ", "blank": False,
    "note": "Sarnami Awaaz (an invented Caribbean Hindustani (Sarnami) daily, Paramaribo, Suriname) 2034-02-22 Panna 3 "
    "Pulis aur Kachahri, Windows-1252 (`– “ ” ·`), LF; **indent-only paragraphs (three spaces)**, wrapped at 38 with "
    "hyphenation. A Sarnami police page: moped thefts in Paramaribo fell last year after the police added night "
    "patrols and cameras (title over two lines, byline line `Lekhak: Ravi Ramdin`, the dateline `PARAMARIBO –` "
    "opening the lead, a caption and its credit inside a sentence, a shopkeeper's “” quotation cut by the running "
    "head before `hai.”`), then, with no blank line, the table `Brommer chori, ressort ke hisaab se`: **a header row "
    "`Ressort  2032  2033` (two years as columns) and five rows `ressort  count  count` aligned by runs of spaces, the "
    "counts flush right**, then a total row `Sab  401  340`; the table is an article, its head the title, each "
    "printed row a paragraph (one space kept between cells).",
    "date": "2034-02-22", "page": "3",
    "head": ["SARNAMI AWAAZ · Budhvaar 22 februari 2034 · Panna 3", "Pulis aur Kachahri · Sampaadak: Kavita Ramlal"],
    "foot": ["Sarnami Awaaz · khabar@sarnamiawaaz.example.sr"],
    "furniture": ["SARNAMI AWAAZ", "Budhvaar 22 februari 2034", "Panna 3", "Pulis aur Kachahri",
                  "Sampaadak: Kavita Ramlal", "Sarnami Awaaz · Pulis aur Kachahri", "Sarnami Awaaz",
                  "khabar@sarnamiawaaz.example.sr"],
    "run": ["Sarnami Awaaz · Pulis aur Kachahri"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Brommer chori ghatal, pulis ke", "gasht se faayda", "Lekhak: Ravi Ramdin"],
         "title": "Brommer chori ghatal, pulis ke gasht se faayda", "byline": ["Lekhak: Ravi Ramdin", "Ravi Ramdin"],
         "captions": ["Pulis ke gasht Centrum me."], "credits": ["Foto: Dinesh Sewdien"],
         "body": ["PARAMARIBO – Pichhlaa saal shahar me brommer chori kam bhail. Pulis ke hisaab se 2033 me 340 "
                  "brommer chori bhail, jab ki 2032 me 401 brommer chori bhail rahaa.",
                  "Pulis ke prav~aktaa Anil Jhinkoe ba~taais ki raat ke gasht ba~dhaa~wal gail, aur bazaar aur {cap}school "
                  "ke lage camera lagaawal gail. Ab chor jaldi pakdaa jaat hai.",
                  "Blauwgrond ke ek dukaan~daar, Shanti Ma~ha~bier, bolis: “Pahile ham roj saanjh ke dar se jaldi dukaan "
                  "band karat rahin. Ab thoraa chain {run}hai.”"]},
        {"glued": True, "lines": ["Brommer chori, ressort ke hisaab se"], "title": "Brommer chori, ressort ke hisaab se",
         "body": [("row", counts("Ressort", "2032", "2033")),
                  ("row", counts("Blauwgrond", "84", "61")),
                  ("row", counts("Rainville", "57", "49")),
                  ("row", counts("Munder", "66", "72")),
                  ("row", counts("Centrum", "103", "88")),
                  ("row", counts("Latour", "91", "70")),
                  ("row", counts("Sab", "401", "340"))]},
    ],
}

SENTENSYA = {
    "name": "sgd_utf16be_bom_lf_surigaonon_courts_page_dynamite_fishing_sentence_story_byline_dateline_caption_credit_running_head_midquote_glued_sentences_list_numbered_rows_name_village_term_fine_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "An Tingog sin Surigao (an invented Surigaonon weekly, Surigao City, Philippines) 2034-11-08 Pahina 6 "
    "Hustisya, **UTF-16 BE with BOM** (`– “ ” · ₱ ñ`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A "
    "Surigaonon courts page: four fishermen sent to prison for fishing with dynamite off Hikdop (title over two "
    "lines, byline line `Ni Jonel Bacus`, the dateline `SURIGAO CITY –` opening the lead, a caption and its credit "
    "inside a sentence, the fishers' association president's “” quotation cut by the running head before "
    "`dinamita.”`), then, with no blank line, the list `Mga sentensya sin korte`: **four numbered rows `1. name, "
    "village – term`, one accused a row, with an en dash before the prison term**, and a closing row giving the fine "
    "each must pay; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2034-11-08", "page": "6",
    "head": ["AN TINGOG SIN SURIGAO · Miyerkoles, Nobyembre 8, 2034 · Pahina 6", "Hustisya · Editor: Marites Ocon"],
    "foot": ["An Tingog sin Surigao · balita@tingogsurigao.example.ph"],
    "furniture": ["AN TINGOG SIN SURIGAO", "Miyerkoles, Nobyembre 8, 2034", "Pahina 6", "Hustisya",
                  "Editor: Marites Ocon", "An Tingog sin Surigao · Hustisya", "An Tingog sin Surigao",
                  "balita@tingogsurigao.example.ph"],
    "run": ["An Tingog sin Surigao · Hustisya"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Upat nga mangingisda, gipriso", "tungod sin dinamita", "Ni Jonel Bacus"],
         "title": "Upat nga mangingisda, gipriso tungod sin dinamita", "byline": ["Ni Jonel Bacus", "Jonel Bacus"],
         "captions": ["An mga akusado sa gawas sin korte."], "credits": ["Litrato: Ruel Tagpuno"],
         "body": ["SURIGAO CITY – Gisentensyahan sin korte didi sa syudad an upat nga mangingisda nga nadakpan nga "
                  "nag~gamit sin dinamita sa dagat sin Hikdop kaniadtong Marso. Upat ngadto sa unom ka tuig sila "
                  "mapriso.",
                  "Matud ni Judge Leonora Pimentel, klaro an ebidensya nga gidara sin {cap}Bantay Dagat ug sin "
                  "pulis: mga botelya nga may pulbura, mga isda nga patay, ug duha ka saksi nga naka~kita sin "
                  "pagbuto.",
                  "Si Fernando Ladaga, presidente sin asosasyon sin mga mangi~ngisda sa Hikdop, nagsulti: “Dugay na "
                  "namo ini gireklamo. Basin karon, mohunong na an {run}dinamita.”"]},
        {"glued": True, "lines": ["Mga sentensya sin korte"], "title": "Mga sentensya sin korte",
         "body": [("row", "1. Rodel Pagaran, Hikdop – 6 ka tuig"),
                  ("row", "2. Jomar Egot, Hikdop – 6 ka tuig"),
                  ("row", "3. Benito Salazar, Dapa – 4 ka tuig"),
                  ("row", "4. Arnel Cabiguen, Dapa – 4 ka tuig"),
                  ("row", "Multa sin kada usa: ₱150,000")]},
    ],
}

RONDA = {
    "name": "plm_macroman_crlf_palembang_malay_police_page_motorbike_thefts_night_watch_story_byline_dateline_caption_credit_running_head_midquote_glued_jadwal_ronda_roster_weekday_label_rows_two_names_a_row_police_post_phone_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Warta Wong Kito (an invented Palembang Malay daily, Palembang, South Sumatra, Indonesia) 2034-08-23 Halaman "
    "7 Kamtibmas, Mac OS Roman (`– “ ” ·`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A Palembang "
    "police page: five motorbikes stolen in a month from one neighbourhood of Plaju, and the residents start their "
    "night watch again with the police post's support (title over two lines, byline line `Penulis: Rizal Effendi`, "
    "the dateline `PALEMBANG –` opening the lead, a caption and its credit inside a sentence, the police post "
    "chief's “” quotation cut by the running head before `dewek.”`), then, with no blank line, **the "
    "neighbourhood's night-watch roster `Jadwal ronda RT 09`: seven rows, one a night, each opened by its weekday "
    "and a colon and naming the two men on watch (`Senin: Pak Amir, Pak Darto`)**, and the police post's telephone "
    "row; the roster is an article, its head the title, each printed row a paragraph.",
    "date": "2034-08-23", "page": "7",
    "head": ["WARTA WONG KITO · Rabu, 23 Agustus 2034 · Halaman 7", "Kamtibmas · Redaktur: Yulia Azhari"],
    "foot": ["Warta Wong Kito · redaksi@wartawongkito.example.id"],
    "furniture": ["WARTA WONG KITO", "Rabu, 23 Agustus 2034", "Halaman 7", "Kamtibmas", "Redaktur: Yulia Azhari",
                  "Warta Wong Kito · Kamtibmas", "Warta Wong Kito", "redaksi@wartawongkito.example.id"],
    "run": ["Warta Wong Kito · Kamtibmas"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Maling motor merajalelo, wong", "Plaju galak ronda lagi", "Penulis: Rizal Effendi"],
         "title": "Maling motor merajalelo, wong Plaju galak ronda lagi",
         "byline": ["Penulis: Rizal Effendi", "Rizal Effendi"],
         "captions": ["Warga bejago di pos ronda RT 09."], "credits": ["Foto: Dedi Kurniawan"],
         "body": ["PALEMBANG – Dalem sebulan ini bae, lah ado limo motor warga yang ilang di RT 09 Kelurahan Bagus "
                  "Kuning, Plaju. Galo motor itu dicuri malem-malem, pas wong lagi tiduk.",
                  "Ketuo RT 09, Pak Hasan Basri, ngomong warga lah sepakat {cap}nyalake lagi ronda malem yang lah lamo "
                  "idak jalan. Tiap malem ado duo wong yang bejago di pos ronda sampe subuh, dibantu polisi dari "
                  "Polsek.",
                  "Kapolsek Plaju, AKP Darmawan, ngomong polisi jugo bakal patroli tiap malem. “Kalu ado wong atau motor "
                  "yang men~curi~go~ke, langsung bae telepon kami, jangan main hakim {run}dewek.”"]},
        {"glued": True, "lines": ["Jadwal ronda RT 09"], "title": "Jadwal ronda RT 09",
         "body": [("row", "Senin: Pak Amir, Pak Darto"),
                  ("row", "Selasa: Pak Heri, Pak Usman"),
                  ("row", "Rabu: Pak Jufri, Pak Bambang"),
                  ("row", "Kamis: Pak Ridwan, Pak Anton"),
                  ("row", "Jumat: Pak Syarif, Pak Edi"),
                  ("row", "Sabtu: Pak Yusuf, Pak Rahmat"),
                  ("row", "Minggu: Pak Hasan, Pak Joni"),
                  ("row", "Polsek Plaju: 0711-542 318")]},
    ],
}

PAGES = [SHIXIN, XUANSHANG, GUOMIN, XIAOE, PIANAN, JINGWU, MASHAHIDI, CHORI, SENTENSYA, RONDA]
