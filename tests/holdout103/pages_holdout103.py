"""The text of every holdout103 page, written once: make_holdout103_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged, as holdout93-102 used it: `"glued": True` on an article prints its first line straight under
the previous article's last line, with no blank line; `"tight": True` sets the title directly above the lead.
`("row", line)` prints a line of a list, box or table (one gold paragraph per printed line); `("h", line)` a subhead
inside a box (a gold heading); `("end", line)` a printed line that is no paragraph of the gold (the examiner's line of
a Q&A). `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin
word may be split at a line end. The Latin box rows are padded to their columns by `aligned()` (holdout98's helper, as
holdout99 and holdout102 copied it), so the printed spacing is reproducible. All papers, makers, models, firms,
shops, boats, people, prices, times and events are invented; real places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


SHIJIA = {
    "name": "zh_gbk_crlf_motoring_page_test_drive_kicker_title_byline_caption_credit_running_head_midquote_glued_zhuyao_canshu_spec_box_header_two_trims_as_columns_engine_power_gearbox_consumption_price_rows",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澧川日报 2028-03-16 第11版 车市, GBK, CRLF; blank-line paragraphs, wrapped at 22. A motoring page: a test "
    "drive of an invented mid-size SUV in its two engines (the kicker `试驾` over the title, the byline line, a caption "
    "and its credit inside a sentence, the sales manager's “” quotation cut by the running head before `2.0T。”`), "
    "then, with no blank line under its last line, the spec box `澜骐S7主要参数`: a header row naming the two trims "
    "as columns `车型　1.5T精英版　2.0T旗舰版` and five rows (engine, power, gearbox, consumption, price), each "
    "`item　trim one　trim two`; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2028-03-16", "page": "11",
    "head": ["澧川日报　　2028年3月16日　星期四", "第11版　车市　　责任编辑：祁　澄"],
    "foot": ["澧川日报社出版　　汽车部热线：0745-2286513"],
    "furniture": ["澧川日报", "2028年3月16日", "星期四", "第11版", "车市", "责任编辑：祁　澄", "澧川日报·车市",
                  "澧川日报社出版", "汽车部热线：0745-2286513"],
    "run": ["澧川日报·车市"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["试驾", "澜骐S7：1.5T够用　2.0T更从容", "本报记者　邵　帆"],
         "kicker": ["试驾", None], "title": "澜骐S7：1.5T够用　2.0T更从容",
         "byline": ["本报记者　邵　帆", "邵　帆", "邵帆"],
         "captions": ["澜骐S7在环湖公路上行驶。"], "credits": ["本报记者　邵　帆　摄"],
         "body": ["澜骐汽车本月上市的中型SUV澜骐S7有1.5T和2.0T两种动力。上周，记者分别试驾了两款车型，在澧川城区和"
                  "环湖公路上各跑了一百多公里。",
                  "1.5T精英版起步轻快，城区里跟车并不吃力，{cap}仪表显示的百公里油耗在7升左右。上高速超车时，发动机"
                  "声音明显变大，后劲略显不足。",
                  "2.0T旗舰版配8速自动变速箱，加速更线性，在环湖公路的连续弯道里车身也更稳。澜骐销售公司总经理柯立恒"
                  "说：“七成订单是1.5T，家用足够；常跑长途的用户，我们建议选{run}2.0T。”"]},
        {"glued": True, "lines": ["澜骐S7主要参数"], "title": "澜骐S7主要参数",
         "body": [("row", "车型　1.5T精英版　2.0T旗舰版"),
                  ("row", "发动机　1.5T四缸涡轮增压　2.0T四缸涡轮增压"),
                  ("row", "最大功率　135千瓦　180千瓦"),
                  ("row", "变速箱　7速双离合　8速自动"),
                  ("row", "百公里油耗　6.4升　7.2升"),
                  ("row", "厂商指导价　13.58万元　16.98万元")]},
    ],
}

ZHAOHUI = {
    "name": "zh_gb18030_lf_consumer_page_car_recall_story_byline_rare_char_caption_credit_running_head_midsentence_glued_zhaohui_fanwei_box_header_model_production_dates_number_rows_total_row_hotline_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "涔州晚报 2028-04-25 第6版 消费维权, GB18030 (`\U0002c8b9` U+2C8B9 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A consumer page: an invented maker recalls 12,318 SUVs over their fuel "
    "pumps (title, byline line, a caption and its credit inside a sentence, the running head before the last word "
    "`查询。`), then, with no blank line under its last line, the box `驰岳X3召回范围`: a header row `车型　生产日期　"
    "数量`, two rows of a version, its production dates as a range `2026.11.3—2027.6.28` and its number, a total row "
    "with `—` in its empty cell and a hotline row with its hours in brackets; the box is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2028-04-25", "page": "6",
    "head": ["涔州晚报　　2028年4月25日　星期二", "第6版　消费维权　　责任编辑：闵　茜"],
    "foot": ["涔州晚报社　　维权热线：0723-5561290"],
    "furniture": ["涔州晚报", "2028年4月25日", "星期二", "第6版", "消费维权", "责任编辑：闵　茜", "涔州晚报·消费维权",
                  "涔州晚报社", "维权热线：0723-5561290"],
    "run": ["涔州晚报·消费维权"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["驰岳X3召回一万二千余辆", "本报记者　蒯　\U0002c8b9"], "title": "驰岳X3召回一万二千余辆",
         "byline": ["本报记者　蒯　\U0002c8b9", "蒯　\U0002c8b9", "蒯\U0002c8b9"],
         "captions": ["驰岳X3车型。"], "credits": ["（驰岳汽车供图）"],
         "body": ["驰岳汽车有限公司日前向市场监管部门备案了召回计划，自5月8日起召回部分驰岳X3汽车，共计12318辆。",
                  "据介绍，召回范围内车辆的燃油泵叶轮可能因注塑工艺问题变形，{cap}极端情况下会导致发动机熄火，存在"
                  "安全隐患。",
                  "驰岳汽车将通过授权服务店联系车主，免费为车辆更换燃油泵。车主也可以拨打客服热线，或者到就近的服务店"
                  "{run}查询。"]},
        {"glued": True, "lines": ["驰岳X3召回范围"], "title": "驰岳X3召回范围",
         "body": [("row", "车型　生产日期　数量"),
                  ("row", "燃油版　2026.11.3—2027.6.28　8412辆"),
                  ("row", "混动版　2027.1.15—2027.6.28　3906辆"),
                  ("row", "合计　—　12318辆"),
                  ("row", "客服热线：400-820-6631（每天9:00—18:00）")]},
    ],
}

PINGCE = {
    "name": "zht_big5_crlf_taiwan_digital_page_phone_review_byline_line_caption_credit_running_head_midsentence_glued_pingce_zongjie_verdict_box_pros_cons_heads_plus_minus_rows_price_rating_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "苑溪日報 2028-05-19 B6 數位生活 (`中華民國117年5月19日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan consumer-technology page: a week with an invented phone (title with its Latin model name `嵐光Nova 8`, "
    "the byline line `記者郭品妍／台北報導`, a caption and its credit inside a sentence, a 「」 quotation, the running "
    "head before the last word `漲價。`), then, with no blank line, the verdict box `Nova 8評測總結`: the heads `優點` "
    "and `缺點` (headings), each over two rows opened by `＋` or `－`, then a price row and a rating row `評分：★★★★☆"
    "（4／5）`; the box is an article, its head the title.",
    "date": "2028-05-19", "page": "B6",
    "head": ["苑溪日報　中華民國117年5月19日　星期五", "B6　數位生活　　編輯：殷郁庭"],
    "foot": ["苑溪日報社　讀者服務專線：(03)562-7718"],
    "furniture": ["苑溪日報", "中華民國117年5月19日", "星期五", "B6", "數位生活", "編輯：殷郁庭", "苑溪日報．數位生活",
                  "苑溪日報社", "讀者服務專線：(03)562-7718"],
    "run": ["苑溪日報．數位生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["嵐光Nova 8實測　續航撐一天半", "記者郭品妍／台北報導"], "title": "嵐光Nova 8實測　續航撐一天半",
         "byline": ["記者郭品妍／台北報導", "郭品妍"],
         "captions": ["嵐光Nova 8。"], "credits": ["（記者郭品妍攝）"],
         "body": ["國產手機品牌嵐光日前推出新機Nova 8，主打大電池和戶外看得清楚的螢幕。記者實際使用一週，每天通勤看"
                  "影片、拍照、導航，充飽一次電大約可以撐一天半。",
                  "螢幕在正午的陽光下仍然清楚，{cap}主相機白天拍攝的色彩自然，但夜間拍攝時暗部雜訊明顯，放大後細節也"
                  "比較模糊。",
                  "嵐光產品經理范書豪表示，新機今年起一律不附充電器，「多數消費者家裡已經有了」，但不少網友認為這是"
                  "變相{run}漲價。"]},
        {"glued": True, "lines": ["Nova 8評測總結"], "title": "Nova 8評測總結",
         "body": [("h", "優點"),
                  ("row", "＋電池續航長，重度使用可撐一天"),
                  ("row", "＋戶外陽光下螢幕清楚"),
                  ("h", "缺點"),
                  ("row", "－夜拍雜訊多"),
                  ("row", "－不附充電器"),
                  ("row", "建議售價：新臺幣12,990元"),
                  ("row", "評分：★★★★☆（4／5）")]},
    ],
}

TOUSU = {
    "name": "zht_big5hkscs_lf_hong_kong_consumer_page_online_shopping_complaints_story_cantonese_byline_caption_credit_running_head_midsentence_glued_duzhe_tousu_column_label_head_complaint_signed_firm_reply_signed_editors_note",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "汀澳日報 2028-06-13 A9 民生, Big5-HKSCS (`嘅 喺 咗 佢`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong consumer page in Cantonese: complaints about late online deliveries up by "
    "a third (title, byline line `記者　冼嘉敏`, a caption and its credit inside a sentence, a 「」 quotation, the "
    "running head before the last word `投訴。`), then, with no blank line, the complaints column: the label `讀者投訴` "
    "(the section; kicker or none accepted), its head, the reader's complaint signed `（讀者　溫太）` at its end, the "
    "shop's reply opened by `商戶回覆：` and signed `（澄輝電器客戶服務部）` at its end, and the paper's note opened by "
    "`編者按：`; each a paragraph, the signatures kept in them.",
    "date": "2028-06-13", "page": "A9",
    "head": ["汀澳日報　2028年6月13日　星期二", "A9　民生　　編輯：岑慧儀"],
    "foot": ["汀澳日報社　　讀者熱線：2861 3057"],
    "furniture": ["汀澳日報", "2028年6月13日", "星期二", "A9", "民生", "編輯：岑慧儀", "汀澳日報．民生", "汀澳日報社",
                  "讀者熱線：2861 3057"],
    "run": ["汀澳日報．民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["網購遲送貨投訴　半年多咗三成", "記者　冼嘉敏"], "title": "網購遲送貨投訴　半年多咗三成",
         "byline": ["記者　冼嘉敏", "冼嘉敏"],
         "captions": ["網購貨品堆滿物流倉。"], "credits": ["（冼嘉敏攝）"],
         "body": ["消費者權益促進會昨日公布，今年頭五個月接獲涉及網購嘅投訴有四千三百多宗，比去年同期多咗三成，大部分"
                  "係送貨延誤同退款慢。",
                  "有市民話，{cap}喺網上買咗一張梳化，等咗七個星期都未送到，客服只係叫佢「再等等」。",
                  "促進會總幹事容偉業提醒市民，網購前要睇清楚送貨期同退款條款，付款記錄同對話截圖最好保留，有需要時"
                  "可以{run}投訴。"]},
        {"glued": True, "lines": ["讀者投訴", "新雪櫃壞咗三次　商戶拖足一個月"],
         "section": ["讀者投訴", None], "kicker": [None, "讀者投訴"], "title": "新雪櫃壞咗三次　商戶拖足一個月",
         "body": ["我三月喺澄輝電器買咗一部雪櫃，用咗兩個月已經壞咗三次，每次都要等成個星期先有師傅上門。我要求換新機，"
                  "商戶一直話要等廠方批准，到而家已經一個月。（讀者　溫太）",
                  "商戶回覆：本公司已安排廠方技術人員檢查，確認屬壓縮機問題，並已於六月十日為溫太更換全新雪櫃。對於"
                  "處理時間過長，本公司深表歉意。（澄輝電器客戶服務部）",
                  "編者按：新電器喺保養期內多次出現同一故障，消費者可以要求商戶更換或者退款。遇到商戶拖延，記得保留"
                  "維修單據，再向促進會求助。"]},
    ],
}

TIAOTU = {
    "name": "zh_utf16le_bom_crlf_transport_page_rail_timetable_change_story_tight_head_benbaoxun_caption_credit_running_head_midsentence_glued_new_trains_departures_table_header_train_from_dep_to_arr_rows_note_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沭川日报 2028-03-28 第5版 交通, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A "
    "transport page: the railways' new timetable adds six trains to the provincial capital (title directly above its "
    "`本报讯（记者　阚　岩）` lead, a caption and its credit inside a sentence, the running head before the last word "
    "`查询。`), then, with no blank line, the table `沭川东站新增动车时刻`: a header row `车次　发站　开车　到站　到达`, "
    "four departures rows `D6512　沭川东　06:18　岑州南　08:10` (one the return train) and a `注：` row; the table is "
    "an article, its head the title, each printed line a paragraph.",
    "date": "2028-03-28", "page": "5",
    "head": ["沭川日报　2028年3月28日　星期二", "第5版　交通　　责任编辑：芮　晗"],
    "foot": ["沭川日报社出版　　新闻热线：0539-8127746"],
    "furniture": ["沭川日报", "2028年3月28日", "星期二", "第5版", "交通", "责任编辑：芮　晗", "沭川日报·交通",
                  "沭川日报社出版", "新闻热线：0539-8127746"],
    "run": ["沭川日报·交通"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["铁路4月10日起调图　往返岑州增开6趟动车"], "title": "铁路4月10日起调图　往返岑州增开6趟动车",
         "tight": True, "byline": [None, "记者　阚　岩", "阚　岩", "阚岩"],
         "captions": ["旅客在沭川东站候车。"], "credits": ["（本报记者　阚　岩　摄）"],
         "body": ["本报讯（记者　阚　岩）记者昨天从沭川站获悉，4月10日零时起铁路实行新的列车运行图，沭川往返岑州方向"
                  "增开动车6趟，最快1小时52分可以到达。",
                  "沭川站客运值班主任甘晓东介绍，新图实施后，{cap}早上7点前从沭川东站开出的动车由1趟增加到3趟，方便"
                  "旅客当天往返。",
                  "他提醒，调图后部分车次的开车时间有变化，已经购票的旅客请留意车票上的时间，也可以拨打铁路客服电话"
                  "{run}查询。"]},
        {"glued": True, "lines": ["沭川东站新增动车时刻"], "title": "沭川东站新增动车时刻",
         "body": [("row", "车次　发站　开车　到站　到达"),
                  ("row", "D6512　沭川东　06:18　岑州南　08:10"),
                  ("row", "D6516　沭川东　06:52　岑州南　08:47"),
                  ("row", "D6520　沭川东　13:05　岑州南　15:02"),
                  ("row", "D6511　岑州南　17:40　沭川东　19:33"),
                  ("row", "注：4月10日起执行，以车站公告为准。")]},
    ],
}

BENGJIA = {
    "name": "zh_utf8_bom_crlf_singapore_motoring_page_pump_prices_story_byline_name_then_baodao_caption_credit_running_head_midquote_glued_fuel_prices_table_header_grade_this_week_last_week_change_rows_source_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "狮城晨报 (an invented Singapore Chinese daily) 2028-11-08 第12版 生活圈, UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Singapore motoring page: pump prices up for a third week (title, the byline line "
    "`郑家俊　报道` (name, then `报道`), a caption and its credit inside a sentence, a driver's “” quotation cut by the "
    "running head before `搭地铁”。`), then, with no blank line, the table `本周汽油泵价（每公升）`: a header row "
    "`油品　本周　上周　变动`, five rows by grade (`95号　新元2.81　新元2.75　+6分`) and a source row "
    "`资料来源：…`; the table is an article, its head the title, each printed line a paragraph, the source row last.",
    "date": "2028-11-08", "page": "12",
    "head": ["狮城晨报　2028年11月8日　星期三", "第12版　生活圈　　编辑：颜慧琳"],
    "foot": ["狮城晨报社　　新闻热线：6319 4426"],
    "furniture": ["狮城晨报", "2028年11月8日", "星期三", "第12版", "生活圈", "编辑：颜慧琳", "狮城晨报·生活圈",
                  "狮城晨报社", "新闻热线：6319 4426"],
    "run": ["狮城晨报·生活圈"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["汽油泵价连涨三周　95号每公升破2.8元", "郑家俊　报道"], "title": "汽油泵价连涨三周　95号每公升破2.8元",
         "byline": ["郑家俊　报道", "郑家俊"],
         "captions": ["驾车人士在油站排队加油。"], "credits": ["（郑家俊摄）"],
         "body": ["本地汽油泵价连续第三周上涨。根据各大油站昨天公布的牌价，95号汽油每公升涨6分，至新元2.81元，是今年"
                  "以来的最高价。",
                  "受国际油价上涨影响，{cap}五家油站本周都调高了泵价，但各家之间的差距不大，92号汽油和柴油的涨幅较小。",
                  "每天驾车上班的黄志明说，他现在每周加油要多花五六元，“周末出门，能搭地铁就尽量{run}搭地铁”。"]},
        {"glued": True, "lines": ["本周汽油泵价（每公升）"], "title": "本周汽油泵价（每公升）",
         "body": [("row", "油品　本周　上周　变动"),
                  ("row", "92号　新元2.71　新元2.66　+5分"),
                  ("row", "95号　新元2.81　新元2.75　+6分"),
                  ("row", "98号　新元3.28　新元3.22　+6分"),
                  ("row", "优质汽油　新元3.46　新元3.40　+6分"),
                  ("row", "柴油　新元2.49　新元2.47　+2分"),
                  ("row", "资料来源：五家油站公布的牌价（11月7日）")]},
    ],
}

PATENTA = {
    "name": "aae_latin1_lf_arberesh_motoring_page_driving_licence_qa_column_label_head_question_signed_examiner_line_post_then_name_caption_credit_running_head_midsentence_glued_tight_head_exam_days_brief",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Fjala Arbëreshe (an invented Arbëresh daily, Calabria) 2028-10-12 Faqja 7 Makina e udhë, ISO 8859-1 (`ë ç "
    "ò`, straight quotes; Latin-1 has no dash), LF; blank-line paragraphs, wrapped at 38 with hyphenation. An "
    "Arbëresh motoring page: the driving-licence Q&A column (the label `Pyetje për patentën`, the section; kicker or "
    "none accepted), its head over two lines, the reader's question `Pyetje: …` signed `(Rosina M., Spixana)` at its "
    "end, the examiner's line `Përgjigjet: ekzaminatori Rosario Bua` (post, then name; the byline) between the "
    "question and the answer, the answer `Përgjigje: …` and two follow-ons (his portrait's caption and its credit "
    "inside a sentence, the running head before the last word `autoshkollën.`); then, with no blank line, a brief "
    "whose title sits directly above its `KOSENXË -` lead.",
    "date": "2028-10-12", "page": "7",
    "head": ["FJALA ARBËRESHE | E enjte, 12 tetor 2028 | Faqja 7", "Makina e udhë | Redaksia: Teresa Straticò"],
    "foot": ["Fjala Arbëreshe | posta@fjalaarbereshe.example.it"],
    "furniture": ["FJALA ARBËRESHE", "E enjte, 12 tetor 2028", "Faqja 7", "Makina e udhë", "Redaksia: Teresa Straticò",
                  "Fjala Arbëreshe | Makina e udhë", "Fjala Arbëreshe", "posta@fjalaarbereshe.example.it"],
    "run": ["Fjala Arbëreshe | Makina e udhë"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Pyetje për patentën", "Sa herë mund ta bëjë provimin", "me makinë?"],
         "section": ["Pyetje për patentën", None], "kicker": [None, "Pyetje për patentën"],
         "title": "Sa herë mund ta bëjë provimin me makinë?",
         "byline": ["Përgjigjet: ekzaminatori Rosario Bua", "ekzaminatori Rosario Bua", "Rosario Bua"],
         "captions": ["Rosario Bua."], "credits": ["Foto: Franco Tocci"],
         "body": ["Pyetje: Vajza ime bëri provimin me makinë dy herë e nëng i vajti mirë. Sa herë mund ta bëjë prapë? "
                  "Duhet të nisë gjithë nga kreu? (Rosina M., Spixana)",
                  ("end", "Përgjigjet: ekzaminatori Rosario Bua"),
                  "Përgjigje: Me një fletë rozë mund të bëhen tre prova me makinë, brenda gjashtë muajve nga provimi i "
                  "teo~risë. Vajza juaj ka edhe një provë.",
                  "Në provë ekzaminatori shikon si~dom~os si {cap}ndalet makina te kryqë~zimet, si përdoren pas~qyrat "
                  "dhe si parkohet.",
                  "Në qoftë se nëng i vete mirë as prova e tretë, vajza duhet të bëjë prapë provimin e teorisë e të "
                  "nisë nga kreu me {run}autoshkollën."]},
        {"glued": True, "lines": ["Provime edhe të martën"], "title": "Provime edhe të martën", "tight": True,
         "body": ["KOSENXË - Nga 6 nëntori zyra e pa~tentave bën provime me makinë edhe të martën, jo vetëm të "
                  "enjten. Radha e pritjes ishte gjer në katër muaj."]},
    ],
}

KATAMARAN = {
    "name": "icr_macroman_cr_islander_creole_travel_page_catamaran_timetable_change_story_byline_dateline_caption_credit_running_head_midquote_glued_departures_table_header_day_leave_reach_come_back_rows_aligned_by_spaces_fare_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Di Kriol Taimz (an invented San Andrés Islander Creole daily, Colombia) 2028-11-23 Peij 4 Bowt an Plien, "
    "Mac OS Roman (`é – “ ”`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. An Islander "
    "Creole travel page: the catamaran to Providence leaves earlier from December (title over two lines, byline line "
    "`Bai Marcia Livingston`, the dateline `SAN ANDRÉS –` opening the lead, a caption and its credit inside a "
    "sentence, the captain's “” quotation cut by the running head before `dem.”`), then, with no blank line, the "
    "departures table `Nyuu bowt taim fram 1 Disemba`: a header row `Dieh  Lef  Riich  Kom bak` and four rows "
    "`day  leave  reach  come back` aligned by runs of spaces, then a fare row; the table is an article, its head the "
    "title, each printed line a paragraph (one space kept).",
    "date": "2028-11-23", "page": "4",
    "head": ["DI KRIOL TAIMZ – Tosdeh, 23 Novemba 2028 – Peij 4", "Bowt an Plien – Edita: Hyacinth Bent"],
    "foot": ["Di Kriol Taimz – nyuuz@krioltaimz.example.co"],
    "furniture": ["DI KRIOL TAIMZ", "Tosdeh, 23 Novemba 2028", "Peij 4", "Bowt an Plien", "Edita: Hyacinth Bent",
                  "Di Kriol Taimz – Bowt an Plien", "Di Kriol Taimz", "nyuuz@krioltaimz.example.co"],
    "run": ["Di Kriol Taimz – Bowt an Plien"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Di katamaran tu Providence", "chienj ih taim", "Bai Marcia Livingston"],
         "title": "Di katamaran tu Providence chienj ih taim", "byline": ["Bai Marcia Livingston", "Marcia Livingston"],
         "captions": ["Di katamaran a di waaf."], "credits": ["Foto: Rudy Archbold"],
         "body": ["SAN ANDRÉS – Fram di fos a Disemba, di katamaran we ron bit~wiin San An~drés an Provi~dence gwain lef "
                  "aali in di maanin, an ih wi mek wan ek~stra chrip pan Sondeh.",
                  "Di kom~pini, Sii Breez Chravl, se dem chienj di taim bi~kaaz a di briiz we blow chrang in di drai "
                  "siizn. {cap}Di bowt tek bout tuu owa an a haaf fi kraas.",
                  "Kyaptn Orlando Hooker tel di Taimz: “Wen di sii ruf, wi waan riich bi~fuor di win piik op. Dat mek "
                  "di chrip smuuda fi evri~badi, spe~shaly fi di pikni {run}dem.”"]},
        {"glued": True, "lines": ["Nyuu bowt taim fram 1 Disemba"], "title": "Nyuu bowt taim fram 1 Disemba",
         "body": [("row", aligned("Dieh", "Lef", "Riich", "Kom bak", widths=(10, 8, 8))),
                  ("row", aligned("Mondeh", "7:30", "10:00", "14:00", widths=(10, 8, 8))),
                  ("row", aligned("Wenzdeh", "7:30", "10:00", "14:00", widths=(10, 8, 8))),
                  ("row", aligned("Fraideh", "7:30", "10:00", "15:00", widths=(10, 8, 8))),
                  ("row", aligned("Sondeh", "8:00", "10:30", "16:00", widths=(10, 8, 8))),
                  ("row", "Tikit: 210.000 pesos fi go an kom bak")]},
    ],
}

SITBELT = {
    "name": "fpe_utf8_nobom_lf_pichi_roads_page_seatbelt_checks_story_byline_dateline_caption_credit_running_head_midquote_glued_smol_nyus_motoring_briefs_label_over_three_headed_items",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Di Bioko Pepa (an invented Pichi daily, Equatorial Guinea) 2028-07-06 Pej 6 Rod an Mɔto, UTF-8 without "
    "BOM (`ɛ ɔ · – “ ”`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A Pichi roads page: the traffic "
    "police start seatbelt checks in Malabo (title over two lines, byline line `Rayt bay Teresa Bohopa`, the dateline "
    "`MALABO –` opening the lead, a caption and its credit inside a sentence, the commander's “” quotation cut by the "
    "running head before `ayland,”`), then, with no blank line, the motoring briefs column: the label `Smɔl Nyus` "
    "(the first item's section; kicker or none accepted, and accepted on the others) over three items, each under "
    "its own head, each one paragraph.",
    "date": "2028-07-06", "page": "6",
    "head": ["DI BIOKO PEPA · Tɔsde, 6 Julay 2028 · Pej 6", "Rod an Mɔto · Editɔ: Pilar Bokesa"],
    "foot": ["Di Bioko Pepa · nyus@biokopepa.example.gq"],
    "furniture": ["DI BIOKO PEPA", "Tɔsde, 6 Julay 2028", "Pej 6", "Rod an Mɔto", "Editɔ: Pilar Bokesa",
                  "Di Bioko Pepa · Rod an Mɔto", "Di Bioko Pepa", "nyus@biokopepa.example.gq"],
    "run": ["Di Bioko Pepa · Rod an Mɔto"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Polis dɔn bigin chɛk sitbɛlt", "fɔ Malabo", "Rayt bay Teresa Bohopa"],
         "title": "Polis dɔn bigin chɛk sitbɛlt fɔ Malabo", "byline": ["Rayt bay Teresa Bohopa", "Teresa Bohopa"],
         "captions": ["Polis de chɛk mɔto fɔ Ela Nguema."], "credits": ["Foto: Juan Mba"],
         "body": ["MALABO – Frɔm dis Mɔnde, polis dɛn de stɔp mɔto dɛn fɔ di big rod dɛn fɔ Malabo fɔ chɛk if drayva "
                  "an pasen~ja dɛn wɛr sitbɛlt.",
                  "Pɔsin we nɔ wɛr sit~bɛlt go pe fayn fɔ tɛn tawzin sefa. Di kɔman~dan fɔ tra~fik polis, {cap}Santi~ago "
                  "Ebuka, tɔk se di fayn nɔ de fɔ mek mɔni.",
                  "“Wi wan mek pipul dɛn layf sef. Las yia, mɔ pas sɛbinti pɔsin dɔn day fɔ aksi~dɛnt fɔ rod fɔ dis "
                  "{run}ayland,” i tɔk."]},
        {"glued": True, "lines": ["Smɔl Nyus", "Nyu rod fɔ Luba dɔn opin"],
         "section": ["Smɔl Nyus", None], "kicker": [None, "Smɔl Nyus"], "title": "Nyu rod fɔ Luba dɔn opin",
         "body": ["Di nyu rod bitwin Malabo an Luba dɔn opin Satide. Naw mɔto go rich Luba fɔ wan awa."]},
        {"lines": ["Gasolina prays nɔ chenj"], "section": [None, "Smɔl Nyus"], "kicker": [None, "Smɔl Nyus"],
         "title": "Gasolina prays nɔ chenj",
         "body": ["Di mɔto ofis tɔk se di prays fɔ gaso~lina an dizɛl go de di sem fɔ Julay an Ɔgɔst."]},
        {"lines": ["Lisens ofis go opin Satide"], "section": [None, "Smɔl Nyus"], "kicker": [None, "Smɔl Nyus"],
         "title": "Lisens ofis go opin Satide",
         "body": ["Frɔm 8 Julay, di ofis we de gi drayva lisens fɔ Malabo go opin Satide mɔnin, frɔm 9 o'klɔk te 1 "
                  "o'klɔk."]},
    ],
}

TREKKA = {
    "name": "dtp_cp1252_crlf_kadazandusun_motoring_page_pickup_test_drive_story_byline_dateline_caption_credit_running_head_midquote_glued_spec_box_engine_power_gearbox_fuel_price_rows_aligned_by_spaces",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Tadau Tagazo (an invented Kadazandusun daily, Sabah) 2028-08-24 Muka 9 Kareta om Motor, Windows-1252 "
    "(`· – “ ”`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Kadazandusun motoring page: a test "
    "drive of an invented pickup on village roads (title over two lines, byline line `Tinulis di Alfred Sintian`, the "
    "dateline `RANAU –` opening the lead, a caption and its credit inside a sentence, the sales manager's “” "
    "quotation cut by the running head before `kampung.”`), then, with no blank line, the spec box "
    "`Spesifikasi Sutera Trekka 2.4`: five rows `label  value` (engine, power, gearbox, fuel, price) aligned by runs "
    "of spaces, no header row; the box is an article, its head the title, each printed line a paragraph (one space "
    "kept).",
    "date": "2028-08-24", "page": "9",
    "head": ["TADAU TAGAZO · Khamis, 24 Ogos 2028 · Muka 9", "Kareta om Motor · Editor: Jovina Gompok"],
    "foot": ["Tadau Tagazo · surat@tadautagazo.example.my"],
    "furniture": ["TADAU TAGAZO", "Khamis, 24 Ogos 2028", "Muka 9", "Kareta om Motor", "Editor: Jovina Gompok",
                  "Tadau Tagazo · Kareta om Motor", "Tadau Tagazo", "surat@tadautagazo.example.my"],
    "run": ["Tadau Tagazo · Kareta om Motor"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Sutera Trekka 2.4 kuat id ralan", "do kampung", "Tinulis di Alfred Sintian"],
         "title": "Sutera Trekka 2.4 kuat id ralan do kampung",
         "byline": ["Tinulis di Alfred Sintian", "Alfred Sintian"],
         "captions": ["Sutera Trekka id ralan Kundasang."], "credits": ["Foto: Alfred Sintian"],
         "body": ["RANAU – Minaan ku nopo i Sutera Trekka 2.4 som~pi~turu tadau mantad Kota Kina~balu kumaa Ranau om "
                  "Kunda~sang, id ralan aspal om id ralan tana.",
                  "Enjin diesel 2.4 liter dau nopo nga au ogumu tingog, {cap}om aiso kalaja ontok sumo~sodu id ralan "
                  "ginumu. Minyak dau, 8.1 liter id 100 kilo~meter.",
                  "Pengurus jualan Sutera id Sabah, Rudy Majim~bun, noko~boos: “Ogumu tulun id Sabah mulak kampung "
                  "sompiring minggu. Trekka nopo nga pino~mon~soi montok ralan do {run}kampung.”"]},
        {"glued": True, "lines": ["Spesifikasi Sutera Trekka 2.4"], "title": "Spesifikasi Sutera Trekka 2.4",
         "body": [("row", aligned("Enjin", "2.4 liter diesel, 4 silinder", widths=(10,))),
                  ("row", aligned("Kuasa", "110 kW (150 hp)", widths=(10,))),
                  ("row", aligned("Gear", "6 kelajuan automatik", widths=(10,))),
                  ("row", aligned("Minyak", "8.1 liter/100 km", widths=(10,))),
                  ("row", aligned("Harga", "RM121,300 (Sabah)", widths=(10,)))]},
    ],
}

PAGES = [SHIJIA, ZHAOHUI, PINGCE, TOUSU, TIAOTU, BENGJIA, PATENTA, KATAMARAN, SITBELT, TREKKA]
