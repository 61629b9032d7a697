"""The text of every holdout99 page, written once: make_holdout99_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold;
`("more", line)` the same with no blank line before it. `{cap}` drops the caption and its credit into a paragraph,
`{run}` the running head; `~` marks where a Latin word may be split at a line end. The Latin box rows are padded to
their columns by `aligned()` (holdout98's helper), so the printed spacing is reproducible. All papers, hospitals,
clinics, firms, people, figures and events are invented; real places (and the public bodies named as a source) are
settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


MENZHEN = {
    "name": "zh_gbk_crlf_hospital_page_new_outpatient_building_story_byline_caption_credit_running_head_midsentence_glued_kaizhen_shijian_box_header_department_days_hours_rows_emergency_row_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄岭日报 2028-03-07 第6版 医卫, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A health "
    "page: a hospital's new outpatient building opens (title, byline line, a caption and its credit inside a "
    "sentence, a “” quotation, the running head before the last word `预约。`), then, with no blank line under it, the "
    "box `新门诊楼各科开诊时间`: a header row `科室　开诊日　时间`, six department rows (department, days, hours), the "
    "emergency row `急诊　全天　24小时` and a bracketed note row; the box is an article, its head the title, each "
    "printed line a paragraph.",
    "date": "2028-03-07", "page": "6",
    "head": ["澄岭日报　　2028年3月7日　星期二", "第6版　医卫　　责任编辑：贺　茵"],
    "foot": ["澄岭日报社出版　　医卫部热线：0738-4416027"],
    "furniture": ["澄岭日报", "2028年3月7日", "星期二", "第6版", "医卫", "责任编辑：贺　茵", "澄岭日报·医卫",
                  "澄岭日报社出版", "医卫部热线：0738-4416027"],
    "run": ["澄岭日报·医卫"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市一医院新门诊楼下周一启用", "本报记者　柏　珂"], "title": "市一医院新门诊楼下周一启用",
         "byline": ["本报记者　柏　珂", "柏　珂", "柏珂"],
         "captions": ["新门诊楼一楼大厅已完成布置。"], "credits": ["本报记者　柏　珂　摄"],
         "body": ["记者昨天从市第一人民医院获悉，该院新门诊楼将于3月13日（下周一）正式启用，内科、外科、儿科等十二个"
                  "科室同日从老门诊楼搬入。",
                  "新门诊楼共六层，{cap}设有挂号收费窗口二十个、自助机四十台。医院门诊部主任韦书琴说，搬迁后候诊区"
                  "面积比原来大了一倍，“病人不用再站在走廊里排队”。",
                  "医院提醒，搬迁当周门诊量可能较大，行动不便的老人最好由家属陪同，就诊前可先通过医院公众号{run}预约。"]},
        {"glued": True, "lines": ["新门诊楼各科开诊时间"], "title": "新门诊楼各科开诊时间",
         "body": [("row", "科室　开诊日　时间"),
                  ("row", "内科　周一至周日　8:00—17:30"),
                  ("row", "外科　周一至周六　8:00—17:30"),
                  ("row", "儿科　周一至周日　8:00—21:00"),
                  ("row", "妇产科　周一至周六　8:00—17:30"),
                  ("row", "口腔科　周一至周五　8:00—17:00"),
                  ("row", "皮肤科　周二、周四　14:00—17:00"),
                  ("row", "急诊　全天　24小时"),
                  ("row", "（节假日开诊安排另行通知）")]},
    ],
}

YIQING = {
    "name": "zh_gb18030_lf_disease_control_page_weekly_notifiable_disease_report_byline_rare_char_caption_credit_running_head_midsentence_glued_weekly_figures_table_header_disease_cases_signed_change_rows_source_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泓州晚报 2028-04-18 第9版 卫健, GB18030 (`\U0002c029` U+2C029 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A disease-control page: the week's notifiable-disease report (title with a "
    "full-width space, byline line, figures in the text, a caption and its credit inside a sentence, the running head "
    "before the last word `就医。`), then, with no blank line under it, the table `上周法定传染病报告情况`: a header row "
    "`病种　报告数　较前周`, six rows `disease　cases　signed change` (`+208`, `-12`) and the source row "
    "`数据来源：市疾病预防控制中心`, the table's last paragraph (tests/gold/README.md's settled rule).",
    "date": "2028-04-18", "page": "9",
    "head": ["泓州晚报　　2028年4月18日　星期二", "第9版　卫健　　责任编辑：鄢　蓓"],
    "foot": ["泓州晚报社　　新闻热线：0599-7731542"],
    "furniture": ["泓州晚报", "2028年4月18日", "星期二", "第9版", "卫健", "责任编辑：鄢　蓓", "泓州晚报·卫健",
                  "泓州晚报社", "新闻热线：0599-7731542"],
    "run": ["泓州晚报·卫健"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["上周全市报告传染病1561例　流感仍居首位", "本报记者　龚　\U0002c029"],
         "title": "上周全市报告传染病1561例　流感仍居首位",
         "byline": ["本报记者　龚　\U0002c029", "龚　\U0002c029", "龚\U0002c029"],
         "captions": ["家长带孩子在儿童医院发热门诊候诊。"], "credits": ["（本报记者　龚　\U0002c029　摄）"],
         "body": ["市疾病预防控制中心昨天发布上周疫情，4月10日至16日全市共报告法定传染病1561例，无死亡病例，总数比"
                  "前一周增加214例。",
                  "其中流行性感冒1236例，仍居各病种首位。市疾控中心传染病防制科科长滕婉清说，{cap}今年春季流感高峰比"
                  "往年来得晚，目前以乙型流感为主，预计还将持续两到三周。",
                  "手足口病报告数有所下降。滕婉清提醒，托幼机构要做好晨检，孩子出现发热、皮疹等症状应及时{run}就医。"]},
        {"glued": True, "lines": ["上周法定传染病报告情况"], "title": "上周法定传染病报告情况",
         "body": [("row", "病种　报告数　较前周"),
                  ("row", "流行性感冒　1236　+208"),
                  ("row", "其他感染性腹泻病　164　+9"),
                  ("row", "手足口病　87　-12"),
                  ("row", "水痘　41　+6"),
                  ("row", "猩红热　9　-3"),
                  ("row", "其他　24　+6"),
                  ("row", "数据来源：市疾病预防控制中心")]},
    ],
}

YIMIAO = {
    "name": "zht_big5_crlf_taiwan_health_page_free_vaccine_dose_story_jizhe_baodao_tight_head_caption_credit_running_head_midquote_glued_jiezhong_shicheng_schedule_table_header_age_vaccine_dose_rows_source_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "桃嶼日報 2028-05-10 (民國117年) A8 保健, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan health page: a county adds a free second hepatitis A dose (the title with a full-width space directly "
    "above its `【記者簡郁婷／桃嶼報導】` lead, a caption and its credit inside a sentence, a 「」 quotation cut by the "
    "running head before `好」。`), then, with no blank line under it, the table `幼兒常規疫苗接種時程（摘錄）`: a "
    "header row `年齡　疫苗　劑次`, seven rows `age　vaccine　dose` (the same age on two rows, `第一劑`…`第三劑`) "
    "and the source row `資料來源：桃嶼縣衛生局`, the table's last paragraph.",
    "date": "2028-05-10", "page": "A8",
    "head": ["桃嶼日報　中華民國117年5月10日　星期三", "A8　保健　　編輯：溫雅琳"],
    "foot": ["桃嶼日報社　　新聞熱線：(037)352-618"],
    "furniture": ["桃嶼日報", "中華民國117年5月10日", "星期三", "A8", "保健", "編輯：溫雅琳", "桃嶼日報／保健",
                  "桃嶼日報社", "新聞熱線：(037)352-618"],
    "run": ["桃嶼日報／保健"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["公費疫苗再添一劑　七月起幼兒免費接種"], "title": "公費疫苗再添一劑　七月起幼兒免費接種",
         "tight": True, "byline": [None, "記者簡郁婷", "簡郁婷"],
         "captions": ["護理師為幼兒接種疫苗。"], "credits": ["（記者簡郁婷攝）"],
         "body": ["【記者簡郁婷／桃嶼報導】縣衛生局昨天宣布，七月一日起，縣內滿十八個月的幼兒可免費接種A型肝炎"
                  "疫苗第二劑，家長不必再自費，一劑約可省下一千五百元。",
                  "衛生局長羅振宇表示，{cap}過去第二劑須自費，不少家長因此沒有讓孩子完成接種。縣內合約院所共有四十"
                  "二家，家長可帶兒童手冊前往。",
                  "小兒科醫師姜孟勳提醒，疫苗要按時程接種，錯過時間的幼兒也可以補打，「晚打總比不打{run}好」。"]},
        {"glued": True, "lines": ["幼兒常規疫苗接種時程（摘錄）"], "title": "幼兒常規疫苗接種時程（摘錄）",
         "body": [("row", "年齡　疫苗　劑次"),
                  ("row", "出生24小時內　B型肝炎疫苗　第一劑"),
                  ("row", "出生滿1個月　B型肝炎疫苗　第二劑"),
                  ("row", "出生滿2個月　五合一疫苗　第一劑"),
                  ("row", "出生滿6個月　B型肝炎疫苗　第三劑"),
                  ("row", "出生滿12個月　MMR疫苗　第一劑"),
                  ("row", "出生滿12個月　A型肝炎疫苗　第一劑"),
                  ("row", "出生滿18個月　A型肝炎疫苗　第二劑"),
                  ("row", "資料來源：桃嶼縣衛生局")]},
    ],
}

XINXIANG = {
    "name": "zht_big5hkscs_lf_hong_kong_health_page_yisheng_xinxiang_doctors_qa_column_label_head_question_signed_place_pen_name_doctor_line_name_then_post_in_brackets_portrait_caption_credit_running_head_midsentence",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "瀝灣日報 2028-06-15 A12 醫健, Big5-HKSCS (`瞓 咗 吓 攰`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong doctor's Q&A column in Cantonese: the label `醫生信箱` (the section; kicker "
    "or none accepted), the head, the reader's question `問：…` signed `（荃灣　May）` at its end, then the doctor's "
    "line over two printed lines, her name `回答：龐穎姿醫生` and under it her post `（家庭醫學專科）` (the byline, as "
    "printed and joined), the answer `答：…` and two follow-ons (her portrait's caption, her name alone, and its credit "
    "inside a sentence, the running head before the last word `檢查。`). 1 article.",
    "date": "2028-06-15", "page": "A12",
    "head": ["瀝灣日報　2028年6月15日　星期四", "A12　醫健　　編輯：岑慧珊"],
    "foot": ["瀝灣日報社　　醫健版電郵：yijian@likwan.example.hk"],
    "furniture": ["瀝灣日報", "2028年6月15日", "星期四", "A12", "醫健", "編輯：岑慧珊", "瀝灣日報．醫健", "瀝灣日報社",
                  "醫健版電郵：yijian@likwan.example.hk"],
    "run": ["瀝灣日報．醫健"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["醫生信箱", "成日半夜醒咗瞓唔返　係咪要食安眠藥？"], "section": ["醫生信箱", None],
         "kicker": [None, "醫生信箱"], "title": "成日半夜醒咗瞓唔返　係咪要食安眠藥？",
         "byline": ["回答：龐穎姿醫生（家庭醫學專科）", "龐穎姿醫生（家庭醫學專科）", "龐穎姿醫生", "龐穎姿"],
         "captions": ["龐穎姿醫生。"], "credits": ["（受訪者提供）"],
         "body": ["問：我今年四十五歲，呢半年成日半夜三四點醒咗就瞓唔返，日頭返工好攰。朋友話食安眠藥就得，係咪"
                  "真係咁？（荃灣　May）",
                  ("end", "回答：龐穎姿醫生"),
                  ("more", "（家庭醫學專科）"),
                  "答：May你好。半夜醒咗瞓唔返好常見，原因可以係壓力、飲咖啡太夜，亦可以係更年期或者情緒問題。"
                  "安眠藥唔係唔食得，但一定要經醫生睇過先。",
                  "建議你先試吓調整作息：每日定時瞓同起身，{cap}瞓前一個鐘唔好睇手機，下晝三點之後唔好再飲咖啡同"
                  "奶茶。",
                  "如果咁樣試咗一個月都冇改善，或者日頭成日心情差，就要搵家庭醫生詳細{run}檢查。"]},
    ],
}

ZHAOHUI = {
    "name": "zh_utf16le_bom_crlf_medicine_page_childrens_cough_syrup_recall_story_byline_caption_credit_running_head_midsentence_glued_zhaohui_pici_box_header_name_size_batch_expiry_rows_hotline_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "清溆日报 2028-07-20 第7版 药事, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A "
    "medicine page: a drug maker recalls three batches of a children's cough syrup (title, byline line, a caption and "
    "its credit inside a sentence, a “” quotation, the running head before the last word `退货。`), then, with no "
    "blank line under it, the box `召回批次`: a header row `品名　规格　批号　有效期至`, three batch rows "
    "`name　size　batch number　expiry` (`KN270915`, `2030.08`) and a hotline row with its hours in brackets; the box "
    "is an article, its head the title, each printed line a paragraph.",
    "date": "2028-07-20", "page": "7",
    "head": ["清溆日报　2028年7月20日　星期四", "第7版　药事　　责任编辑：甘　澜"],
    "foot": ["清溆日报社出版　　新闻热线：0745-6627319"],
    "furniture": ["清溆日报", "2028年7月20日", "星期四", "第7版", "药事", "责任编辑：甘　澜", "清溆日报·药事",
                  "清溆日报社出版", "新闻热线：0745-6627319"],
    "run": ["清溆日报·药事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["一批儿童止咳糖浆主动召回", "本报记者　蓝　湘"], "title": "一批儿童止咳糖浆主动召回",
         "byline": ["本报记者　蓝　湘", "蓝　湘", "蓝湘"],
         "captions": ["药店店员将召回批次的糖浆下架。"], "credits": ["本报记者　蓝　湘　摄"],
         "body": ["记者昨天从市市场监督管理局获悉，清溆瑞和药业有限公司因部分批次小儿止咳糖浆装量检查不合格，"
                  "主动召回三个批次的产品，共约四万瓶。",
                  "公司质量部负责人邝文杰说，{cap}问题出在一条新灌装线上，部分瓶子装量比标示少了约三毫升，“药效和"
                  "安全性不受影响，但我们还是决定全部召回”。",
                  "市市场监督管理局提醒，家中如有召回批次的糖浆，请停止给孩子服用，可凭药瓶到原购买药店{run}退货。"]},
        {"glued": True, "lines": ["召回批次"], "title": "召回批次",
         "body": [("row", "品名　规格　批号　有效期至"),
                  ("row", "小儿止咳糖浆　100毫升/瓶　KN270915　2030.08"),
                  ("row", "小儿止咳糖浆　100毫升/瓶　KN270922　2030.08"),
                  ("row", "小儿止咳糖浆　60毫升/瓶　KN271006　2030.09"),
                  ("row", "咨询电话：0745-6693218（工作日8:30—17:30）")]},
    ],
}

DENGUE = {
    "name": "zh_utf8_nobom_lf_singapore_health_page_dengue_clusters_story_name_baodao_byline_caption_credit_running_head_midquote_glued_fangwen_wu_buzhou_tips_box_numbered_rows_source_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "星汀晨报 (an invented Singapore Chinese daily) 2028-08-16 第5版 医药新闻, UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Singapore health page (simplified): dengue cases rise for a third week (title, the "
    "byline line `魏慧玲　报道` with the name first, a caption and its credit inside a sentence, a resident's “” "
    "quotation cut by the running head before `积水。”`), then, with no blank line under it, the tips box "
    "`防蚊五步骤`: five rows numbered `1. ` to `5. ` (half-width digit, point and space) and the source row "
    "`资料来源：国家环境局`, the box's last paragraph.",
    "date": "2028-08-16", "page": "5",
    "head": ["星汀晨报　2028年8月16日　星期三", "第5版　医药新闻　　编辑：符慧珊"],
    "foot": ["星汀晨报社　　新闻热线：6318 4472"],
    "furniture": ["星汀晨报", "2028年8月16日", "星期三", "第5版", "医药新闻", "编辑：符慧珊", "星汀晨报·医药新闻",
                  "星汀晨报社", "新闻热线：6318 4472"],
    "run": ["星汀晨报·医药新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["骨痛热症病例连续三周上升", "魏慧玲　报道"], "title": "骨痛热症病例连续三周上升",
         "byline": ["魏慧玲　报道", "魏慧玲"],
         "captions": ["环境局人员在义顺组屋区检查积水。"], "credits": ["（魏慧玲摄）"],
         "body": ["本地骨痛热症病例连续三周上升，上周共有412起，比前一周多出67起。义顺、裕廊西和淡滨尼一带出现较大的"
                  "感染群。",
                  "国家环境局发言人说，{cap}局方上周在义顺一带检查了四千多个住户，发现九十多处蚊子滋生地，大多是花盆"
                  "垫盘和屋顶排水槽。",
                  "家住义顺的退休教师许美兰说：“以前觉得骨痛热症离自己很远，现在楼下就有邻居中招，每天都要检查家里"
                  "有没有{run}积水。”"]},
        {"glued": True, "lines": ["防蚊五步骤"], "title": "防蚊五步骤",
         "body": [("row", "1. 翻转水桶，清除积水"),
                  ("row", "2. 每隔一天更换花瓶的水"),
                  ("row", "3. 翻转花盆垫盘，刷洗内壁"),
                  ("row", "4. 清理屋顶排水槽，放置杀虫剂"),
                  ("row", "5. 不用时盖好水缸和容器"),
                  ("row", "资料来源：国家环境局")]},
    ],
}

EFIK_W = (10,)
NDUNODE = {
    "name": "efi_utf16be_bom_lf_efik_health_page_free_blood_pressure_and_sugar_screening_story_ewet_byline_dateline_caption_credit_running_head_midquote_glued_screening_notice_header_date_place_rows_hours_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Mbụk Obio (an invented Calabar daily) 2028-09-12 Page 5 Nsọñidem, UTF-16 BE with BOM (`ọ ị ụ ñ Ụ – · “ ”`), "
    "LF; blank-line paragraphs, wrapped at 38 with hyphenation. An Efik health page: a clinic's free blood-pressure and "
    "blood-sugar screening (title over two lines, byline line `Ewet: Ime Etim`, the dateline `CALABAR –` opening the "
    "lead, a caption and its credit inside a sentence, a “” quotation cut by the running head before `okụre.”`), "
    "then, with no blank line under it, the notice `Ini ye Ebiet Ndụñọde`: a header row `Usen  Ebiet` (day, place), "
    "four date-and-place rows aligned by runs of spaces and the hours row `Ini: …`; the notice is an article, its head "
    "the title, each printed line a paragraph (one space kept).",
    "date": "2028-09-12", "page": "5",
    "head": ["MBỤK OBIO · Tuesday, 12 September 2028 · Page 5", "Nsọñidem · Edita: Ekaete Okon"],
    "foot": ["Mbụk Obio · nsonidem@mbukobio.example.ng"],
    "furniture": ["MBỤK OBIO", "Tuesday, 12 September 2028", "Page 5", "Nsọñidem", "Edita: Ekaete Okon",
                  "Mbụk Obio · Nsọñidem", "Mbụk Obio", "nsonidem@mbukobio.example.ng"],
    "run": ["Mbụk Obio · Nsọñidem"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ufọk ibọk Atakpa ayanam ndụñọde", "mfọn ke Calabar South", "Ewet: Ime Etim"],
         "title": "Ufọk ibọk Atakpa ayanam ndụñọde mfọn ke Calabar South", "byline": ["Ewet: Ime Etim", "Ime Etim"],
         "captions": ["Abia ibọk odụñọde iyịp eka kiet."], "credits": ["Foto: Bassey Edet"],
         "body": ["CALABAR – Ufọk ibọk Atakpa ke Calabar South ayanam ndụñọde mfọn ọnọ mme owo ke ọfiọñ emi. Mme abia "
                  "ibọk ẹyedụñọde mfịk iyịp ye sugar ke iyịp, ndien owo ikpeke okpoho ndomokiet.",
                  "Dr Asuquo Henshaw, akwa abia ibọk ke ufọk ibọk oro, ọdọhọ ete ke {cap}ediwak owo ifiọkke ke mfịk "
                  "iyịp mmọ ọkọ~ri, tutu udọñọ okpon.",
                  "“Nnyịn iyom owo kiet kiet edi, akpan akpan mme ete ye mme eka emi ẹkọ~kọ~rọde,” ntre ke enye "
                  "ọdọhọ. “Ndụñọde emi isịnke ata ini; minit duop ekem {run}okụre.”"]},
        {"glued": True, "lines": ["Ini ye Ebiet Ndụñọde"], "title": "Ini ye Ebiet Ndụñọde",
         "body": [("row", aligned("Usen", "Ebiet", widths=EFIK_W)),
                  ("row", aligned("16 Sept", "Urua Watt, Atakpa", widths=EFIK_W)),
                  ("row", aligned("18 Sept", "Ufọk Abasi Henshaw Town", widths=EFIK_W)),
                  ("row", aligned("20 Sept", "Ufọk Ñwed Big Qua", widths=EFIK_W)),
                  ("row", aligned("23 Sept", "Ufọk ibọk Atakpa", widths=EFIK_W)),
                  ("row", "Ini: 8:00 – 2:00 kpukpru usen")]},
    ],
}

ALA = {
    "name": "miq_macroman_cr_miskito_health_page_blood_bank_shortage_story_byline_name_only_dateline_caption_credit_running_head_midsentence_glued_question_head_box_requirement_rows_opened_by_dash_date_and_place_rows",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "Bilwi Tawan Nius (an invented Bilwi/Puerto Cabezas daily) 2028-10-05 Page 3 Raya Pain, Mac OS Roman "
    "(`– “ ”`), CR line ends; blank-line paragraphs, wrapped at 34 with hyphenation. A Miskito health page: the "
    "hospital's blood bank runs short (title, byline line `Dalia Zamora`, the name alone, the dateline `BILWI –`, a "
    "caption and its credit inside a quotation, the running head before the last word `sa.`), then, with no blank "
    "line under it, a box whose head is a question, `Ahkia ala yabaia sip sa?` (who can give blood?): three "
    "requirement rows opened by `– `, a date row `Pyu: …` and a place row `Pliska: …`; the box is an article, its head "
    "the title, each printed line a paragraph (the dashes kept).",
    "date": "2028-10-05", "page": "3",
    "head": ["BILWI TAWAN NIUS – Tausdi, 5 Oktuba 2028 – Page 3", "Raya Pain"],
    "foot": ["Bilwi Tawan Nius – nius@bilwitawan.example.ni"],
    "furniture": ["BILWI TAWAN NIUS", "Tausdi, 5 Oktuba 2028", "Page 3", "Raya Pain", "Bilwi Tawan Nius – Raya Pain",
                  "Bilwi Tawan Nius", "nius@bilwitawan.example.ni"],
    "run": ["Bilwi Tawan Nius – Raya Pain"], "labels": [], "markup": [" – "] * 3,
    "articles": [
        {"lines": ["Hospital Tasbaya ra ala sirpi", "baman bara sa", "Dalia Zamora"],
         "title": "Hospital Tasbaya ra ala sirpi baman bara sa", "byline": ["Dalia Zamora"],
         "captions": ["Rosa Cunningham ala bangk ra."], "credits": ["Foto: Kenny Lopez"],
         "body": ["BILWI – Hos~pi~tal Tas~ba~ya ra ala sirpi baman bara sa. Dakta nani bila kan, wiki kumi ra upla "
                  "mat~sip kau ala want sa, sa~kuna ala ya~baia upla nani sirpi sa.",
                  "Dakta Rosa Cun~ning~ham, ala bangk ra wark dauki~sa, naku win: “Mai~rin nani tuk~tan kaiki~saba taim, "
                  "{cap}bara upla nani kar ra mang~kaikan taim, ala kau want sa. Man ala kum yabia kaka, upla yum~pa "
                  "raya bri~aia sip sa.”",
                  "Ala ya~baia pyu ba Sa~ta~di bara Mundi sa. Dakta nani wisa, ala ya~baia ba sau~ra apu, bara minit "
                  "tinin~ska ra wal dukia kumi {run}sa."]},
        {"glued": True, "lines": ["Ahkia ala yabaia sip sa?"], "title": "Ahkia ala yabaia sip sa?",
         "body": [("row", "– Mani 18 wina 60 kat"),
                  ("row", "– Kilo 50 kau tara"),
                  ("row", "– Siknis apu, sika dimras"),
                  ("row", "Pyu: Satadi 7 bara Mundi 9 Oktuba"),
                  ("row", "Pliska: Hospital Tasbaya")]},
    ],
}

MAI = {
    "name": "pjt_utf8_bom_crlf_pitjantjatjara_health_page_mai_palya_diet_column_label_head_ngku_writer_line_caption_credit_running_head_midsentence_writers_note_last_paragraph_glued_tight_head_clinic_brief",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 41, "indent": "", "blank": True,
    "note": "Aṉangu Ngura Nius (an invented monthly-turned-weekly of the APY Lands, South Australia) 2028-11-14 Page 6 "
    "Health, UTF-8 with BOM (`ṉ ṯ ṟ Ṉ ·`), CRLF; blank-line paragraphs, wrapped at 41 with hyphenation. A "
    "Pitjantjatjara health page: a nutrition worker's diet column (the label `Mai Palya` (good food; the section, "
    "kicker or none accepted), the head `Kapi tjikila, cool drink wiya`, the writer's line `Rosie Kantawara-ngku` (the "
    "name with the ergative `-ngku`: the byline, the name alone accepted), a caption and its credit inside a sentence, "
    "the running head before the last word `palyaringkula.`, and the writer's note in brackets, the column's last "
    "paragraph), then, with no blank line under the note, a clinic brief whose title sits directly above its text.",
    "date": "2028-11-14", "page": "6",
    "head": ["AṈANGU NGURA NIUS · Tuesday, 14 November 2028 · Page 6", "Health"],
    "foot": ["Aṉangu Ngura Nius · nius@ngura.example.au"],
    "furniture": ["AṈANGU NGURA NIUS", "Tuesday, 14 November 2028", "Page 6", "Health", "Aṉangu Ngura Nius · Health",
                  "Aṉangu Ngura Nius", "nius@ngura.example.au"],
    "run": ["Aṉangu Ngura Nius · Health"], "labels": [], "markup": [" · "] * 3,
    "articles": [
        {"lines": ["Mai Palya", "Kapi tjikila, cool drink wiya", "Rosie Kantawara-ngku"],
         "section": ["Mai Palya", None], "kicker": [None, "Mai Palya"], "title": "Kapi tjikila, cool drink wiya",
         "byline": ["Rosie Kantawara-ngku", "Rosie Kantawara"],
         "captions": ["Tjitji tjuṯa kapi tjikiṉi."], "credits": ["Photo: Mick Hogan"],
         "body": ["Palya, tjana tjuṯa. Ngayulu nutrition worker, ka nga~yulu nyakuṉi tjitji tjuṯa cool drink "
                  "tjikiṉi shop-angka. Cool drink-angka sugar pulka ngaṟanyi.",
                  "Sugar pulka palya wiya. Tjitji tjuṯa tiitha {cap}pika~tjara ngaṟanyi, ka kutju~pa tjuṯa diabetes "
                  "pika~tjara ngaṟanyi. Kapi nyanga~tja palya mulapa, kapi tjuṯa tjikila.",
                  "Mai palya ngalkula: kuka, wayanu, kampu~rarpa, tjulkura. Shop-angka mai palya kutju~pa tjuṯa "
                  "ngaṟanyi, apple munu orange. Nyura tjitji tjuṯa~ku ungkula, tjitji tjuṯa {run}palyaringkula.",
                  "(Rosie Kantawara nutrition worker, Pukatja clinic-angka warka~rinyi.)"]},
        {"glued": True, "tight": True, "lines": ["Diabetes check clinic-angka"], "title": "Diabetes check clinic-angka",
         "body": ["Pukatja clinic-angka diabetes check ngaṟanyi Wednesday-ngka munu Thursday-ngka, 15 munu 16 "
                  "November. Aṉangu uwankara pitjala, money wiya."]},
    ],
}

KAJ_W = (22,)
CEKANJE = {
    "name": "kjv_cp1250_crlf_kajkavian_health_page_hospital_waiting_lists_story_pise_byline_dateline_caption_credit_running_head_midquote_glued_kulko_se_caka_table_header_examination_days_rows_aligned_by_spaces_izvor_row",
    "encoding": "cp1250", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Zagorski Zvon (an invented Hrvatsko zagorje daily) 2028-12-06 Stran 7 Zdravje, Windows-1250 (`č ć š ž Č Š "
    "„ “ – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Kajkavian health page: the county "
    "hospital's waiting lists (title, byline line `Piše Ivek Horvat`, the dateline `ZLATAR –` opening the lead, a "
    "caption and its credit inside a sentence, a „“ quotation cut by the running head before `priuštiti,“`), then, with "
    "no blank line under it, the table `Kulko se čaka`: a header row `Pregled  Dnevi`, five rows `examination  days` "
    "aligned by runs of spaces and the source row `Izvor: …`, the table's last paragraph.",
    "date": "2028-12-06", "page": "7",
    "head": ["ZAGORSKI ZVON · Sreda, 6. prosinca 2028. · Stran 7", "Zdravje · Urednica: Marica Kos"],
    "foot": ["Zagorski Zvon · zdravje@zvon.example.hr"],
    "furniture": ["ZAGORSKI ZVON", "Sreda, 6. prosinca 2028.", "Stran 7", "Zdravje", "Urednica: Marica Kos",
                  "Zagorski Zvon · Zdravje", "Zagorski Zvon", "zdravje@zvon.example.hr"],
    "run": ["Zagorski Zvon · Zdravje"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Na magnetnu se čaka skoro pol leta", "Piše Ivek Horvat"],
         "title": "Na magnetnu se čaka skoro pol leta", "byline": ["Piše Ivek Horvat", "Ivek Horvat"],
         "captions": ["Čakaonica radiologije vu Zlatarju."], "credits": ["Foto: Darko Habek"],
         "body": ["ZLATAR – Betežniki kaj vu zla~tar~skoj bolnici čakaju na magnetnu re~zo~nan~cu moraju čakati skoro "
                  "pol leta, a na operaciju katarakte još i duže. To kažeju naj~novejše brojke kaj ih je bolnica "
                  "ob~ja~vi~la prošli tjeden.",
                  "Ravnatelj bolnice dr. Zvonko Ko~va~čić veli da {cap}bolnica ima samo jeden aparat za magnetnu, a "
                  "dohtorov ra~dio~lo~gov premalo. „Delamo i vu subotu, ali ljudi je navek več,“ rekel je.",
                  "Betežniki kaj ne moreju čakati idu vu Varaždin ili vu Zagreb, ili pak plačaju pregled vu "
                  "privat~noj or~di~na~ciji. „Tristo eur za jeden pregled, to si pen~zio~ner ne more {run}priuštiti,“ "
                  "veli Štefica Mli~na~rić iz Mača."]},
        {"glued": True, "lines": ["Kulko se čaka"], "title": "Kulko se čaka",
         "body": [("row", aligned("Pregled", "Dnevi", widths=KAJ_W)),
                  ("row", aligned("Magnetna rezonanca", "164", widths=KAJ_W)),
                  ("row", aligned("CT", "58", widths=KAJ_W)),
                  ("row", aligned("Ultrazvok srca", "97", widths=KAJ_W)),
                  ("row", aligned("Kolonoskopija", "121", widths=KAJ_W)),
                  ("row", aligned("Operacija katarakte", "212", widths=KAJ_W)),
                  ("row", "Izvor: bolnica Zlatar, 1. prosinca")]},
    ],
}

PAGES = [MENZHEN, YIQING, YIMIAO, XINXIANG, ZHAOHUI, DENGUE, NDUNODE, ALA, MAI, CEKANJE]
