"""The text of every holdout101 page, written once: make_holdout101_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list or box (one gold paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a
printed line that is no paragraph of the gold; `("more", line)` the same with no blank line before it. `{cap}` drops
the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. All papers, people, firms, unions, schools, figures and events are invented; real places are settings only.
"""

ZHAOPINHUI = {
    "name": "zh_gbk_crlf_jobs_page_spring_job_fair_story_byline_caption_credit_running_head_midsentence_glued_canhui_qiye_booths_table_header_booth_firm_post_number_rows_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岚湾日报 2028-02-22 第6版 职场天地, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A jobs "
    "page: the year's first job fair (title, byline line, a caption and its credit inside a sentence, a “” quotation, "
    "the running head before the last words `提前投递简历。`), then, with no blank line under its last line, the table "
    "`部分参会企业岗位`: a header row `展位　企业　岗位　人数`, five rows, one a booth, and a `注：` row; the table is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2028-02-22", "page": "6",
    "head": ["岚湾日报　　2028年2月22日　星期二", "第6版　职场天地　　责任编辑：阮　蔚"],
    "foot": ["岚湾日报社出版　　新闻热线：0738-8261504"],
    "furniture": ["岚湾日报", "2028年2月22日", "星期二", "第6版", "职场天地", "责任编辑：阮　蔚", "岚湾日报·职场天地",
                  "岚湾日报社出版", "新闻热线：0738-8261504"],
    "run": ["岚湾日报·职场天地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["开年首场招聘会　62家企业带来1800个岗位", "本报记者　钱　昀"],
         "title": "开年首场招聘会　62家企业带来1800个岗位", "byline": ["本报记者　钱　昀", "钱　昀", "钱昀"],
         "captions": ["求职者在企业展位前咨询。"], "credits": ["本报记者　钱　昀　摄"],
         "body": ["昨天上午，开年首场大型招聘会在岚湾人才市场举行，62家企业带来1800多个岗位，吸引了四千多名求职者"
                  "进场。",
                  "记者在现场看到，{cap}制造业企业的展位前排起了长队。岚湾精密电子有限公司人事经理项立群说，公司今年"
                  "要招两百名操作工，“一上午就收了八十多份简历”。",
                  "市人社局就业促进科负责人介绍，今年起招聘会每月举办两场，求职者也可以在网上查看岗位信息，{run}提前"
                  "投递简历。"]},
        {"glued": True, "lines": ["部分参会企业岗位"], "title": "部分参会企业岗位",
         "body": [("row", "展位　企业　岗位　人数"),
                  ("row", "A01　岚湾精密电子有限公司　操作工　200"),
                  ("row", "A05　澜泰物流有限公司　叉车司机　30"),
                  ("row", "B12　岚湾市第三人民医院　护士　25"),
                  ("row", "B20　岚湾城建集团　施工员　18"),
                  ("row", "C08　悦江酒店　厨师、服务员　40"),
                  ("row", "注：完整岗位信息可在市人才市场网站查询")]},
    ],
}

ZUIDI = {
    "name": "zh_gb18030_lf_labour_page_minimum_wage_rise_story_byline_rare_char_caption_credit_running_head_midsentence_glued_zuidi_gongzi_table_header_tier_area_monthly_hourly_rows_source_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "岑阳晚报 2028-06-20 第9版 人社·权益, GB18030 (`\U0002ccf5` U+2CCF5 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A labour page: the city's minimum wage goes up (title, byline line, a "
    "caption and its credit inside a sentence, the running head before the last word `投诉。`), then, with no blank "
    "line under its last line, the table `我市最低工资标准（7月1日起执行）`: a header row `档次　适用地区　月最低工资　"
    "小时最低工资`, three rows, one a tier of areas, and a `数据来源：` row; the table is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2028-06-20", "page": "9",
    "head": ["岑阳晚报　　2028年6月20日　星期二", "第9版　人社·权益　　责任编辑：牛　菡"],
    "foot": ["岑阳晚报社　　读者热线：0729-3316620"],
    "furniture": ["岑阳晚报", "2028年6月20日", "星期二", "第9版", "人社·权益", "责任编辑：牛　菡", "岑阳晚报·人社·权益",
                  "岑阳晚报社", "读者热线：0729-3316620"],
    "run": ["岑阳晚报·人社·权益"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["我市最低工资标准7月1日起上调", "本报记者　汪　\U0002ccf5"], "title": "我市最低工资标准7月1日起上调",
         "byline": ["本报记者　汪　\U0002ccf5", "汪　\U0002ccf5", "汪\U0002ccf5"],
         "captions": ["工人在一家服装厂车间内作业。"], "credits": ["（本报记者　汪　\U0002ccf5　摄）"],
         "body": ["记者昨天从市人社局获悉，我市最低工资标准将从7月1日起上调，三档月最低工资分别提高到2480元、2300元"
                  "和2150元，涨幅都在6%左右。",
                  "市人社局劳动关系科科长邝文涛介绍，{cap}最低工资不包括加班工资、夜班津贴和高温津贴，也不包括用人"
                  "单位为劳动者缴纳的社会保险费。",
                  "他提醒，用人单位支付的工资低于新标准的，劳动者可以向劳动保障监察部门{run}投诉。"]},
        {"glued": True, "lines": ["我市最低工资标准（7月1日起执行）"], "title": "我市最低工资标准（7月1日起执行）",
         "body": [("row", "档次　适用地区　月最低工资　小时最低工资"),
                  ("row", "第一档　岑阳市区　2480元　23.5元"),
                  ("row", "第二档　临江县、石门县　2300元　21.8元"),
                  ("row", "第三档　其余各县　2150元　20.4元"),
                  ("row", "数据来源：岑阳市人力资源和社会保障局")]},
    ],
}

LAOZI = {
    "name": "zht_big5_crlf_taiwan_labour_page_laozi_wenda_qa_column_label_head_question_signed_place_name_officer_line_post_then_name_caption_credit_running_head_midsentence_glued_free_consultation_box_header_date_place_time_rows_booking_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "桐林日報 2028-05-26 A10 職場 (`中華民國117年5月26日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan labour page: the Q&A column `勞資問答` (the section; kicker or none accepted), its head, the worker's "
    "question `問：…` signed `（清埔　簡小姐）` at its end, the officer's line `回覆／桐林縣勞工處勞資關係科科長　卓美玲` "
    "(post, then name; the byline) between the question and the answer, the answer `答：…` and two follow-ons (her "
    "portrait's caption and its credit inside a sentence, the running head before the last word `免費。`); then, with "
    "no blank line, the box `勞資爭議免費法律諮詢`: a header row `日期　地點　時段`, three rows and a booking row.",
    "date": "2028-05-26", "page": "A10",
    "head": ["桐林日報　中華民國117年5月26日　星期五", "A10　職場　　編輯：溫若華"],
    "foot": ["桐林日報社　讀者服務專線：(03)558-1629"],
    "furniture": ["桐林日報", "中華民國117年5月26日", "星期五", "A10", "職場", "編輯：溫若華", "桐林日報．職場",
                  "桐林日報社", "讀者服務專線：(03)558-1629"],
    "run": ["桐林日報．職場"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["勞資問答", "下班後老闆傳訊息交辦　算加班嗎？"], "section": ["勞資問答", None],
         "kicker": [None, "勞資問答"], "title": "下班後老闆傳訊息交辦　算加班嗎？",
         "byline": ["回覆／桐林縣勞工處勞資關係科科長　卓美玲", "桐林縣勞工處勞資關係科科長　卓美玲", "卓美玲"],
         "captions": ["卓美玲科長。"], "credits": ["（桐林縣勞工處提供）"],
         "body": ["問：我在一家貿易公司做行政，主管常在晚上十點後用通訊軟體交辦工作，要我馬上處理。這樣算不算加班？"
                  "公司可以不給加班費嗎？（清埔　簡小姐）",
                  ("end", "回覆／桐林縣勞工處勞資關係科科長　卓美玲"),
                  "答：簡小姐您好。下班後主管用通訊軟體交辦工作，您實際處理工作的時間，屬於工作時間，雇主應依法給付"
                  "延長工時的工資。",
                  "建議您保留訊息紀錄，{cap}並記下每次處理的起訖時間，日後如有爭議，可以作為證據。",
                  "如果和公司協商不成，可以向勞工處申請勞資爭議調解，調解{run}免費。"]},
        {"glued": True, "lines": ["勞資爭議免費法律諮詢"], "title": "勞資爭議免費法律諮詢",
         "body": [("row", "日期　地點　時段"),
                  ("row", "6月3日（六）　清埔鄉公所　9:00—12:00"),
                  ("row", "6月10日（六）　桐林縣勞工處　9:00—12:00"),
                  ("row", "6月17日（六）　南坑鎮公所　14:00—17:00"),
                  ("row", "預約專線：(03)559-2046")]},
    ],
}

TUOLIANG = {
    "name": "zht_big5hkscs_lf_hong_kong_labour_page_wage_arrears_story_cantonese_byline_caption_credit_running_head_midsentence_glued_union_statement_numbered_demands_signature_line_date_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "汀灣日報 2028-09-05 A6 港聞, Big5-HKSCS (`嘅 喺 咗 哋`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong labour story in Cantonese: forty bar-benders unpaid for two months (title, "
    "byline line `記者　麥穎詩`, a caption and its credit inside a sentence, a 「」 quotation, the running head before "
    "the last word `登記。`), then, with no blank line, the union's statement `汀灣紮鐵業職工會聲明`: an opening "
    "paragraph, three numbered demands `一、…` one a paragraph, the union signing on its own line (the byline) and the "
    "date `二〇二八年九月四日` under it (a paragraph).",
    "date": "2028-09-05", "page": "A6",
    "head": ["汀灣日報　2028年9月5日　星期二", "A6　港聞　　編輯：區志朗"],
    "foot": ["汀灣日報社　　港聞熱線：2873 4160"],
    "furniture": ["汀灣日報", "2028年9月5日", "星期二", "A6", "港聞", "編輯：區志朗", "汀灣日報．港聞", "汀灣日報社",
                  "港聞熱線：2873 4160"],
    "run": ["汀灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["判頭走數　四十工友兩個月冇糧出", "記者　麥穎詩"], "title": "判頭走數　四十工友兩個月冇糧出",
         "byline": ["記者　麥穎詩", "麥穎詩"],
         "captions": ["工友喺地盤門口拉起橫額。"], "credits": ["（麥穎詩攝）"],
         "body": ["屯門一個住宅地盤嘅四十幾名紮鐵工友，已經兩個月冇收過人工，被拖欠嘅工資總數超過一百八十萬元。",
                  "工友何志強話，{cap}判頭上個月開始唔聽電話：「我哋日日開工，屋企仲要交租，點頂得順？」",
                  "勞工處回覆查詢時表示，已經接獲投訴，會約見判頭同總承建商了解，並提醒工友盡快到勞資關係科{run}"
                  "登記。"]},
        {"glued": True, "lines": ["汀灣紮鐵業職工會聲明"], "title": "汀灣紮鐵業職工會聲明",
         "byline": ["汀灣紮鐵業職工會", None],
         "body": ["本會對屯門地盤判頭拖欠四十多名工友兩個月工資，深表憤慨。本會要求：",
                  ("row", "一、總承建商於七日內先行墊支全部欠薪；"),
                  ("row", "二、勞工處盡快調查並檢控有關判頭；"),
                  ("row", "三、政府修例，加重拖欠工資的罰則。"),
                  ("end", "汀灣紮鐵業職工會"),
                  ("row", "二〇二八年九月四日")]},
    ],
}

ZHAOPIN = {
    "name": "zh_utf16be_bom_crlf_jobs_page_logistics_park_story_tight_head_benbaoxun_caption_credit_running_head_midsentence_glued_zhaopin_qishi_notice_numbered_heads_post_requirement_contact_rows_firm_signature_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄浦日报 2028-03-07 第8版 就业服务, UTF-16 BE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A jobs "
    "page: a logistics park's second phase opens (title directly above its `本报讯（记者　伍　晗）` lead, a caption and "
    "its credit inside a sentence, the running head before the last word `上岗。`), then, with no blank line, a firm's "
    "`招聘启事`: an opening paragraph, three numbered heads `一、招聘岗位`, `二、任职要求`, `三、联系方式` (headings), "
    "each over its rows (posts with numbers, numbered requirements, contact rows), the firm signing on its own line "
    "(the byline) and the date under it (a paragraph).",
    "date": "2028-03-07", "page": "8",
    "head": ["澄浦日报　2028年3月7日　星期二", "第8版　就业服务　　责任编辑：符　澈"],
    "foot": ["澄浦日报社出版　　广告热线：0736-5520918"],
    "furniture": ["澄浦日报", "2028年3月7日", "星期二", "第8版", "就业服务", "责任编辑：符　澈", "澄浦日报·就业服务",
                  "澄浦日报社出版", "广告热线：0736-5520918"],
    "run": ["澄浦日报·就业服务"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["物流园二期投用　新增岗位六百个"], "title": "物流园二期投用　新增岗位六百个", "tight": True,
         "byline": [None, "记者　伍　晗", "伍　晗", "伍晗"],
         "captions": ["叉车司机在新仓库里搬运货物。"], "credits": ["（本报记者　伍　晗　摄）"],
         "body": ["本报讯（记者　伍　晗）澄浦物流园二期仓库本月起陆续投用，园区内的企业预计新增岗位六百个左右。",
                  "园区管委会副主任郁建平说，{cap}二期以冷链仓储和快递分拣为主，岗位以分拣员、叉车司机和仓库管理员"
                  "为多，“不少岗位不要求工作经验”。",
                  "据了解，园区还将和市职业技术学校合作，为新招员工提供岗前培训，培训合格后{run}上岗。"]},
        {"glued": True, "lines": ["招聘启事"], "title": "招聘启事",
         "byline": ["澄浦顺达供应链管理有限公司", None],
         "body": ["澄浦顺达供应链管理有限公司是一家以仓储、配送为主的物流企业。因二期仓库投入使用，现面向社会招聘"
                  "以下人员：",
                  ("h", "一、招聘岗位"),
                  ("row", "1. 仓库管理员　20名"),
                  ("row", "2. 叉车司机　30名"),
                  ("row", "3. 分拣员　120名"),
                  ("h", "二、任职要求"),
                  ("row", "1. 年龄18至45周岁，身体健康；"),
                  ("row", "2. 叉车司机须持有效的叉车操作证；"),
                  ("row", "3. 能适应两班倒。"),
                  ("h", "三、联系方式"),
                  ("row", "联系人：符女士"),
                  ("row", "电话：0736-5582190"),
                  ("row", "地址：澄浦物流园区顺达路8号"),
                  ("end", "澄浦顺达供应链管理有限公司"),
                  ("row", "2028年3月6日")]},
    ],
}

JIANXUN = {
    "name": "zh_utf8_nobom_lf_malaysia_labour_page_factory_closure_story_beihai_xun_tight_head_caption_credit_running_head_midquote_glued_laogong_jianxun_headless_briefs_each_opened_by_place_in_brackets",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "槟江日报 (an invented Malaysian Chinese daily) 2028-08-15 A12 劳资, UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian labour page: a factory closes and its workers are paid off (title directly "
    "above the lead opened by `（北海讯）`, a caption and its credit inside a sentence, a worker's “” quotation cut by "
    "the running head before `开工”。`), then, with no blank line, the column `劳工简讯`: three briefs with no heads, "
    "each one paragraph opened by its place in `【】` (`【新山】`, `【怡保】`, `【古晋】`); the column is one article, "
    "its head the title.",
    "date": "2028-08-15", "page": "A12",
    "head": ["槟江日报　2028年8月15日　星期二", "A12　劳资　　编辑：邝　宁"],
    "foot": ["槟江日报社　　新闻组电邮：news@binjiang.example.my"],
    "furniture": ["槟江日报", "2028年8月15日", "星期二", "A12", "劳资", "编辑：邝　宁", "槟江日报·劳资", "槟江日报社",
                  "新闻组电邮：news@binjiang.example.my"],
    "run": ["槟江日报·劳资"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["电子厂月底关闭　三百员工获赔偿"], "title": "电子厂月底关闭　三百员工获赔偿", "tight": True,
         "captions": ["员工在工厂门口等候开会。"], "credits": ["（许佩玲摄）"],
         "body": ["（北海讯）北海一家电子零件厂将在本月底关闭，三百多名员工将按照劳工法令领取裁员赔偿，厂方已经"
                  "通知劳工局。",
                  "工会秘书黄国荣说，{cap}厂方答应在最后一个工作日发放赔偿，工会届时会派人到场。",
                  "员工陈美玲在厂里做了十二年。她说，自己已经到两家工厂面试，“希望下个月就能{run}开工”。"]},
        {"glued": True, "lines": ["劳工简讯"], "title": "劳工简讯",
         "body": ["【新山】柔佛一个就业日将于下周六在新山举行，二十多家公司提供八百个职位，求职者可带履历前往。",
                  "【怡保】一家手套厂昨天宣布，下个月起为本地员工每月加薪一百令吉。",
                  "【古晋】一家木材厂的二十名外籍员工投诉三个月没有拿到薪水，劳工局已介入调查。"]},
    ],
}

PARO = {
    "name": "guc_latin1_lf_wayuunaiki_labour_page_salt_works_strike_story_ashajuushi_byline_dateline_caption_credit_running_head_midquote_glued_union_statement_paragraphs_signature_line_place_date_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Pütchi Wajiira (an invented Wayuunaiki daily, La Guajira) 2028-03-16 Paajina 4 Ayatawaa, ISO 8859-1 "
    "(`ü ú á é`, straight quotes and apostrophes: Latin-1 has no curly ones), LF; blank-line paragraphs, wrapped at 38 "
    "with hyphenation. A Wayuunaiki labour page: the salt workers of Musichi stop work over two months' unpaid pay "
    "(title, byline line `Ashajüüshi: Carmen Ipuana`, the dateline `MANAURE -` opening the lead, a caption and its "
    "credit inside a sentence, the union leader's quotation cut by the running head before `waneepia.'`), then, with "
    "no blank line, the union's statement `Pütchi sindikaato`: two paragraphs, the union signing on its own line (the "
    "byline) and the place-and-date line under it (a paragraph).",
    "date": "2028-03-16", "page": "4",
    "head": ["PÜTCHI WAJIIRA | Jueves, 16 de marzo de 2028 | Paajina 4", "Ayatawaa | Editora: Yanelis Uriana"],
    "foot": ["Pütchi Wajiira | achiki@wajiira.example.co"],
    "furniture": ["PÜTCHI WAJIIRA", "Jueves, 16 de marzo de 2028", "Paajina 4", "Ayatawaa", "Editora: Yanelis Uriana",
                  "Pütchi Wajiira | Ayatawaa", "Pütchi Wajiira", "achiki@wajiira.example.co"],
    "run": ["Pütchi Wajiira | Ayatawaa"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Paro suluu tü ichiikat Musichi", "Ashajüüshi: Carmen Ipuana"],
         "title": "Paro suluu tü ichiikat Musichi", "byline": ["Ashajüüshi: Carmen Ipuana", "Carmen Ipuana"],
         "captions": ["Na a'yataashii suluu tü ichiikat."], "credits": ["Foto: Wilder Pushaina"],
         "body": ["MANAURE - Na a'yataashiikana suluu tü ichiikat Musichi nnojoishii a'yataain süchikijee 13 de marzo, "
                  "süka nnojotsü naapa~jüin nneerü süpüla piama kashi.",
                  "Soo'u 340 wayuu a'yataashii suluu tü ichiikat. Tü kompa~niakat Salinera Kasuusi {cap}nüchikua "
                  "naashin nnojotsü eein nneerü sünain, süka nnojotsü aika~laain tü ichii.",
                  "Naashin Rafael Epieyú, chi laülaakai sindi~kaato: 'Waya a'yataashii sou~pünaa wane'ewaa ka'i, "
                  "nnojotsü eein tü ekü~lükat. Müleka nnojoluin naapüin nneerü, nnojotsü wa'yataain {run}waneepia.'"]},
        {"glued": True, "lines": ["Pütchi sindikaato"], "title": "Pütchi sindikaato",
         "byline": ["Sindikaato A'yataashii Ichii Musichi", None],
         "body": ["Na a'yataashiikana ichii Musichi nno~joishii a'yataain süchikijee 13 de marzo, süka nnojotsü "
                  "naapa~jüin nneerü süpüla eneero jee feebreero.",
                  "Wachuntüin namüin Salinera Kasuusi naapüinjatüin tü nneerü soo'u 7 ka'i. Wachuntüin aka namüin "
                  "na alcaldía Manaure neirakaain tü achikikat.",
                  ("end", "Sindikaato A'yataashii Ichii Musichi"),
                  ("row", "Manaure, 15 de marzo de 2028")]},
    ],
}

MBUNGANO = {
    "name": "toi_macroman_cr_chitonga_jobs_page_job_fair_story_kulembwa_byline_dateline_caption_credit_running_head_midsentence_glued_makampani_employers_table_header_firm_post_number_rows_aligned_by_spaces",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Makani aa Choma (an invented Chitonga daily, Zambia) 2028-05-12 Peeji 5 Milimo, Mac OS Roman (`– “ ”`), CR "
    "line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Chitonga jobs page: a job fair in Choma "
    "(title, byline line `Kulembwa a Mutinta Hachilala`, the dateline `CHOMA –` opening the lead, a caption and its "
    "credit inside a sentence, an organiser's “” quotation, the running head before the last word `mwezi.`), then, "
    "with no blank line, the employers table `Makampani aakaboola`: a header row `Kampani  Mulimo  Bantu` and four "
    "rows `firm  post  number` aligned by runs of spaces; the table is an article, its head the title, each printed "
    "line a paragraph (one space kept).",
    "date": "2028-05-12", "page": "5",
    "head": ["MAKANI AA CHOMA – Cisanu, 12 Mei 2028 – Peeji 5", "Milimo – Mulembi: Chipo Hamweemba"],
    "foot": ["Makani aa Choma – makani@choma.example.zm"],
    "furniture": ["MAKANI AA CHOMA", "Cisanu, 12 Mei 2028", "Peeji 5", "Milimo", "Mulembi: Chipo Hamweemba",
                  "Makani aa Choma – Milimo", "Makani aa Choma", "makani@choma.example.zm"],
    "run": ["Makani aa Choma – Milimo"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Bantu bali 900 bakaboola ku", "mbungano ya milimo", "Kulembwa a Mutinta Hachilala"],
         "title": "Bantu bali 900 bakaboola ku mbungano ya milimo",
         "byline": ["Kulembwa a Mutinta Hachilala", "Mutinta Hachilala"],
         "captions": ["Bakubusi ku Hantambo Hall."], "credits": ["Foto: Gift Mweemba"],
         "body": ["CHOMA – Bantu bali 900, kapati baku~busi, bakaboola ku Hantambo Hall Mujibelo kuti ba~yandaule "
                  "milimo ku mbungano ya milimo.",
                  "Makampani ali kkumi aakaboola akali kuya~ndaula bantu bali 238. Mwee~ndelezi wa mbungano, "
                  "Nchimunya Siakalima, {cap}wakaamba kuti “mbungano eeyi ilagwasya kapati bakubusi batajisi milimo.”",
                  "Bamwi bakatambula mulimo mpoonya awo. Mwiiminizi wa Kasiya Farms, Bbuumba Hamakando, wakaamba "
                  "kuti bayanda balimi bali 60 kusika ku mamanino aa {run}mwezi."]},
        {"glued": True, "lines": ["Makampani aakaboola"], "title": "Makampani aakaboola",
         "body": [("row", "Kampani            Mulimo       Bantu"),
                  ("row", "Kasiya Farms Ltd   Balimi          60"),
                  ("row", "Muzuma Dairy       Bakama mukaka   25"),
                  ("row", "Siachitema Lodge   Bajiki          12"),
                  ("row", "Hanzila Transport  Baendelezi       8")]},
    ],
}

KARIR = {
    "name": "sas_utf8_bom_crlf_sasak_careers_page_tight_head_migrant_workers_brief_dateline_glued_tangge_karir_column_label_head_isiq_writer_line_numbered_tips_caption_credit_running_head_midsentence_asterisk_writers_note",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Kabar Rinjani (an invented Sasak daily, Lombok) 2028-06-05 Halaman 7 Lapangan Gawe, UTF-8 with BOM (`· –`), "
    "CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. A Sasak careers page: a brief on migrant workers "
    "queueing for passports (title directly above its `PRAYA –` lead, no byline), then, with no blank line under its "
    "last line, the careers column: the label `Tangge Karir` (the section; kicker or none accepted), the head, the "
    "writer's line `Isiq Baiq Ratnasari`, an opening paragraph, three tips numbered `1. ` … `3. ` (a caption and its "
    "credit inside the first, the running head before the last word `ngadu.` of the third) and the writer's note "
    "opened by `* ` as the column's last paragraph.",
    "date": "2028-06-05", "page": "7",
    "head": ["KABAR RINJANI · Senin, 5 Juni 2028 · Halaman 7", "Lapangan Gawe · Redaksi: Lalu Hamzani"],
    "foot": ["Kabar Rinjani · redaksi@kabarrinjani.example.id"],
    "furniture": ["KABAR RINJANI", "Senin, 5 Juni 2028", "Halaman 7", "Lapangan Gawe", "Redaksi: Lalu Hamzani",
                  "Kabar Rinjani · Lapangan Gawe", "Kabar Rinjani", "redaksi@kabarrinjani.example.id"],
    "run": ["Kabar Rinjani · Lapangan Gawe"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Dengan Lombok Tengah ngurus paspor"], "title": "Dengan Lombok Tengah ngurus paspor",
         "tight": True,
         "body": ["PRAYA – Lebih leman 300 dengan Lombok Tengah bebaris leq kantor camat Praya Senin (29/5) ngurus "
                  "paspor. Mayoritas gen lalo bekerje jok kebun sawit leq Malaysia."]},
        {"glued": True, "lines": ["Tangge Karir", "Siapan diriq sebelum jok luah negeri", "Isiq Baiq Ratnasari"],
         "section": ["Tangge Karir", None], "kicker": [None, "Tangge Karir"],
         "title": "Siapan diriq sebelum jok luah negeri", "byline": ["Isiq Baiq Ratnasari", "Baiq Ratnasari"],
         "captions": ["Peserta belajar base Mandarin leq BLK."], "credits": ["Foto: Lalu Fathurrahman"],
         "body": ["Lamun side mele bekerje jok luah negeri, siapan diriq side leman mulai. Endeq ne cukup kance "
                  "semangat doang.",
                  "1. Urus dokumen leq jalur resmi. Paspor, visa kerje dait kon~trak harus jelas se~belum side "
                  "berangkat. Endaq percaye {cap}kance calo siq janjiang gaji beleq.",
                  "2. Pelajahin base dait adat negeri tu~juan. Lamun side lalo jok Malaysia, base Melayu gampang, "
                  "laguq jok Taiwan atau Hong Kong side perlu belajar base Mandarin.",
                  "3. Simpen nomor kantor perwakilan Indo~nesia dait nomor keluarge. Lamun araq masalah leq gawean, "
                  "side tau jok embe side {run}ngadu.",
                  "* Baiq Ratnasari konselor karir leq BLK Lombok Tengah."]},
    ],
}

CURSI = {
    "name": "sdn_cp1252_crlf_gallurese_labour_page_hotel_staff_shortage_story_di_byline_dateline_caption_credit_running_head_midsentence_glued_training_notice_lead_paragraph_course_hours_fee_rows_aligned_by_spaces_deadline_contact_rows",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "La Voci di Gaddhura (an invented Gallurese daily, Sardinia) 2028-04-03 Pàgina 9 Trabaddu, Windows-1252 "
    "(`à è ì ò ù Ò – “ ” €`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Gallurese labour page: "
    "the hotels want staff before the season (title, byline line `Di Gavinu Pes`, the dateline `ÒLBIA –` opening the "
    "lead, a caption and its credit inside a sentence, a “” quotation, the running head before the last word "
    "`subitu.`), then, with no blank line, the training school's enrolment notice `Iscrizioni a li cursi`: a lead "
    "paragraph, a header row `Cursu  Ori  Costu`, four rows `course  hours  fee` aligned by runs of spaces, a "
    "deadline row and a contact row; the notice is an article, its head the title, each printed row a paragraph (one "
    "space kept).",
    "date": "2028-04-03", "page": "9",
    "head": ["LA VOCI DI GADDHURA | Luni, 3 di abbrili 2028 | Pàgina 9", "Trabaddu | Redazioni: Franca Sanna"],
    "foot": ["La Voci di Gaddhura | posta@vocigaddhura.example.it"],
    "furniture": ["LA VOCI DI GADDHURA", "Luni, 3 di abbrili 2028", "Pàgina 9", "Trabaddu", "Redazioni: Franca Sanna",
                  "La Voci di Gaddhura | Trabaddu", "La Voci di Gaddhura", "posta@vocigaddhura.example.it"],
    "run": ["La Voci di Gaddhura | Trabaddu"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Alberghi in celca di camareri", "pa l'istiu", "Di Gavinu Pes"],
         "title": "Alberghi in celca di camareri pa l'istiu", "byline": ["Di Gavinu Pes", "Gavinu Pes"],
         "captions": ["Camareri in un albergu di Poltu Celvu."], "credits": ["Foto: Tore Mura"],
         "body": ["ÒLBIA – Mancani ancora dui mesi a l'abbal~tura di la stagioni, ma l'alberghi di la costa so' già in "
                  "celca di pessoni: camareri, cochi, aiutu cochi e recep~tionist.",
                  "Sigundu l'associu di l'alber~gatori, {cap}in Gaddhura mancani almancu ottu~centu trabad~dadori. "
                  "“Li ciòvani pa lu più si ni vani in Conti~nenti”, dici lu prisi~denti, Bainzu Careddu.",
                  "Pa chistu la scola alber~ghiera di Òlbia abbri da oggj li iscrizioni a quattru cursi curti, "
                  "pinsati pa ca vo' cumincià a trabaddà {run}subitu."]},
        {"glued": True, "lines": ["Iscrizioni a li cursi"], "title": "Iscrizioni a li cursi",
         "body": ["Li cursi cumincìani lu 2 di maggju e si fìnini prima di la stagioni. Pa iscrìassi bisogna avè "
                  "almancu diciott'anni.",
                  ("row", "Cursu              Ori   Costu"),
                  ("row", "Camareri di sala   120   180 €"),
                  ("row", "Aiutu cocu         160   240 €"),
                  ("row", "Receptionist       100   150 €"),
                  ("row", "Bagninu             60    90 €"),
                  ("row", "Iscrizioni: fin'a lu 24 di abbrili"),
                  ("row", "Infu: info@scolaolbia.example.it")]},
    ],
}

PAGES = [ZHAOPINHUI, ZUIDI, LAOZI, TUOLIANG, ZHAOPIN, JIANXUN, PARO, MBUNGANO, KARIR, CURSI]
