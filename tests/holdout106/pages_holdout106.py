"""The text of every holdout106 page, written once: make_holdout106_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged, as holdout93-103 used it: `"glued": True` on an article prints its first line straight under
the previous article's last line, with no blank line; `"tight": True` sets the title directly above the lead.
`("row", line)` prints a line of a list, box or table (one gold paragraph per printed line); `("h", line)` a subhead
inside a box (a gold heading). `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin box rows are padded to their columns by `aligned()`
(holdout98's helper, as holdout99, 102 and 103 copied it), so the printed spacing is reproducible. All papers,
councils' members, officials, candidates, parties, people, figures and events are invented; real places and the kinds
of public body (a people's congress, a county election commission, a transport department, a parish, a town hall, a
commune council, the States of Guernsey, a city akimat) are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


RICHENG = {
    "name": "zh_gbk_crlf_politics_page_peoples_congress_session_preview_byline_caption_credit_running_head_midquote_glued_dahui_richeng_agenda_box_day_heads_over_half_day_item_rows_change_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "泠江日报 2028-01-10 第2版 时政, GBK, CRLF; blank-line paragraphs, wrapped at 22. A politics page: the city "
    "people's congress opens its session tomorrow (title, the byline line `本报记者　卢　珩`, a caption and its credit "
    "inside a sentence, the deputy secretary-general's “” quotation cut by the running head before `交办。”`), then, "
    "with no blank line under its last line, the agenda box `大会日程安排`: four day heads `1月11日（星期二）` … "
    "(headings), each over one or two rows `上午　开幕大会，听取政府工作报告` (half-day, then the item), and a "
    "bracketed note row `（日程如有调整，以大会通知为准）` last; the box is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2028-01-10", "page": "2",
    "head": ["泠江日报　　2028年1月10日　星期一", "第2版　时政　　责任编辑：邵　宁"],
    "foot": ["泠江日报社出版　　新闻热线：0736-2245180"],
    "furniture": ["泠江日报", "2028年1月10日", "星期一", "第2版", "时政", "责任编辑：邵　宁", "泠江日报·时政",
                  "泠江日报社出版", "新闻热线：0736-2245180"],
    "run": ["泠江日报·时政"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市十七届人大四次会议明天开幕", "本报记者　卢　珩"], "title": "市十七届人大四次会议明天开幕",
         "byline": ["本报记者　卢　珩", "卢　珩", "卢珩"],
         "captions": ["代表在市会议中心报到。"], "credits": ["（本报记者　卢　珩　摄）"],
         "body": ["泠江市第十七届人民代表大会第四次会议将于1月11日至14日在市会议中心举行，会期三天半。记者昨天从市人大"
                  "常委会办公室获悉，大会各项准备工作已经就绪。",
                  "这次会议的主要议程是：听取和审议市人民政府工作报告，审查和批准计划报告、预算报告，{cap}听取和审议"
                  "市人大常委会、市中级人民法院和市人民检察院的工作报告。",
                  "市人大常委会副秘书长潘立新介绍，截至昨天，已有398名代表报到。大会期间将设代表建议受理组，“代表们"
                  "在分组审议时提的意见建议，会后都要整理成文，逐条{run}交办。”"]},
        {"glued": True, "lines": ["大会日程安排"], "title": "大会日程安排",
         "body": [("h", "1月11日（星期二）"),
                  ("row", "上午　开幕大会，听取政府工作报告"),
                  ("row", "下午　代表团分组审议政府工作报告"),
                  ("h", "1月12日（星期三）"),
                  ("row", "上午　听取计划报告、预算报告"),
                  ("row", "下午　分组审议计划报告、预算报告"),
                  ("h", "1月13日（星期四）"),
                  ("row", "上午　听取“两院”工作报告"),
                  ("row", "下午　分组审议“两院”工作报告"),
                  ("h", "1月14日（星期五）"),
                  ("row", "上午　闭幕大会，表决各项决议"),
                  ("row", "（日程如有调整，以大会通知为准）")]},
    ],
}

MUBIAO = {
    "name": "zh_gb18030_lf_politics_page_government_work_report_kicker_title_byline_rare_char_caption_credit_running_head_midsentence_glued_zhuyao_yuqi_mubiao_box_header_indicator_last_year_this_year_target_rows_with_zuoyou_yishang_yinei_note_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "滢州日报 2028-02-23 第3版 要闻, GB18030 (`\U0002c364` U+2C364 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A politics page: the mayor's government work report at the opening of the "
    "city people's congress (the kicker `市十六届人大三次会议开幕` over the title, the byline line `本报记者　管　"
    "\U0002c364`, figures `5.8%` and `5.5%左右` in the text, a caption and its credit inside a sentence, the running "
    "head before the last word `审议。`), then, with no blank line under its last line, the box `政府工作报告主要预期"
    "目标`: a header row `指标　去年完成　今年目标`, five rows whose target cells carry `左右`, `以上` or `以内` "
    "(`城镇调查失业率　5.1%　5.5%以内`) and a `注：` row; the box is an article, its head the title, each printed line "
    "a paragraph.",
    "date": "2028-02-23", "page": "3",
    "head": ["滢州日报　　2028年2月23日　星期三", "第3版　要闻　　责任编辑：郦　岚"],
    "foot": ["滢州日报社　　新闻热线：0719-8832604"],
    "furniture": ["滢州日报", "2028年2月23日", "星期三", "第3版", "要闻", "责任编辑：郦　岚", "滢州日报·要闻",
                  "滢州日报社", "新闻热线：0719-8832604"],
    "run": ["滢州日报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市十六届人大三次会议开幕", "今年全市经济增长预期目标5.5%左右", "本报记者　管　\U0002c364"],
         "kicker": ["市十六届人大三次会议开幕", None], "title": "今年全市经济增长预期目标5.5%左右",
         "byline": ["本报记者　管　\U0002c364", "管　\U0002c364", "管\U0002c364"],
         "captions": ["大会开幕现场。"], "credits": ["（本报记者　管　\U0002c364　摄）"],
         "body": ["滢州市第十六届人民代表大会第三次会议昨天上午在市人民会堂开幕。市长詹慕远代表市人民政府作政府工作"
                  "报告。",
                  "报告说，去年全市地区生产总值增长5.8%，城镇新增就业5.2万人，{cap}居民人均可支配收入增长6.1%。报告"
                  "提出，今年全市地区生产总值预期增长5.5%左右，居民收入增长和经济增长基本同步。",
                  "报告还列出今年要办的十件民生实事，包括新建和改扩建中小学12所、改造老旧小区86个。计划报告和预算报告"
                  "以书面形式提请大会{run}审议。"]},
        {"glued": True, "lines": ["政府工作报告主要预期目标"], "title": "政府工作报告主要预期目标",
         "body": [("row", "指标　去年完成　今年目标"),
                  ("row", "地区生产总值增长　5.8%　5.5%左右"),
                  ("row", "一般公共预算收入增长　4.1%　4%"),
                  ("row", "城镇新增就业　5.2万人　5万人以上"),
                  ("row", "城镇调查失业率　5.1%　5.5%以内"),
                  ("row", "居民消费价格涨幅　0.6%　2%左右"),
                  ("row", "注：去年数据为快报数。")]},
    ],
}

RENMIAN = {
    "name": "zh_utf16be_bom_lf_politics_page_standing_committee_meeting_closes_tight_head_benbaoxun_caption_credit_running_head_midsentence_glued_renmian_mingdan_notice_renming_mianqu_heads_over_name_post_rows_passed_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溱阳日报 2028-06-29 第4版 人大之窗, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. A "
    "politics page: the city people's congress standing committee closes its meeting, passes a bylaw and appoints and "
    "removes officials (title directly above its `本报讯（记者　费　澄）` lead, a caption and its credit inside a "
    "sentence, the running head before the last word `监督。`), then, with no blank line, the appointments and "
    "removals list `溱阳市人大常委会任免名单`: the heads `任命` and `免去` (headings), under the first three rows "
    "`柯明哲　市发展和改革委员会主任` (name, a full-width space, post), under the second two rows ending `职务`, and a "
    "bracketed row of the date and meeting that passed it; the list is an article, its head the title, each row a "
    "paragraph.",
    "date": "2028-06-29", "page": "4",
    "head": ["溱阳日报　2028年6月29日　星期四", "第4版　人大之窗　　责任编辑：尹　筱"],
    "foot": ["溱阳日报社出版　　新闻热线：0758-6630217"],
    "furniture": ["溱阳日报", "2028年6月29日", "星期四", "第4版", "人大之窗", "责任编辑：尹　筱", "溱阳日报·人大之窗",
                  "溱阳日报社出版", "新闻热线：0758-6630217"],
    "run": ["溱阳日报·人大之窗"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市人大常委会第十二次会议闭幕"], "title": "市人大常委会第十二次会议闭幕", "tight": True,
         "byline": [None, "记者　费　澄", "费　澄", "费澄"],
         "captions": ["宪法宣誓仪式现场。"], "credits": ["（本报记者　费　澄　摄）"],
         "body": ["本报讯（记者　费　澄）溱阳市第十七届人大常委会第十二次会议昨天下午闭幕。会议表决通过了修订后的"
                  "《溱阳市城市绿化条例》，决定任免一批国家机关工作人员。",
                  "会议期间，常委会组成人员分组审议了市政府关于城市内涝治理工作情况的报告，{cap}建议加快老城区雨水"
                  "管网改造，汛期前把积水点逐个排查清楚。",
                  "闭幕会上，市人大常委会主任殷国柱向新任命的国家机关工作人员颁发任命书，并要求他们依法履职，主动接受"
                  "人民{run}监督。"]},
        {"glued": True, "lines": ["溱阳市人大常委会任免名单"], "title": "溱阳市人大常委会任免名单",
         "body": [("h", "任命"),
                  ("row", "柯明哲　市发展和改革委员会主任"),
                  ("row", "孙雅岚　市教育局局长"),
                  ("row", "裴立群　市水务局局长"),
                  ("h", "免去"),
                  ("row", "许振东　市发展和改革委员会主任职务"),
                  ("row", "韦少华　市水务局局长职务"),
                  ("row", "（2028年6月28日常委会第十二次会议通过）")]},
    ],
}

ZHENGJIAN = {
    "name": "zht_big5_lf_taiwan_local_page_legislative_candidates_forum_byline_line_caption_credit_running_head_midquote_glued_houxuanren_zhengjian_box_header_number_name_pledge_rows_draw_order_note_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "竹峰日報 2027-12-20 A5 地方 (`中華民國116年12月20日`), Big5, LF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan local page in the legislative election's last weeks: the county election commission's candidates' forum "
    "(政見發表會) for the second constituency (title, the byline line `記者馮芷寧／頭份報導`, a caption and its credit "
    "inside a sentence, the commission chairman's 「」 quotation cut by the running head before `收看」。`), then, with "
    "no blank line, the box `候選人主要政見`: a header row `號次　姓名　主要政見`, three rows a candidate's ballot "
    "number, name and one-line pledge (`1號　劉承澔　爭取頭份站增停區間快車`) and the note row `（依抽籤號次排列）`; "
    "the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-12-20", "page": "A5",
    "head": ["竹峰日報　中華民國116年12月20日　星期一", "A5　地方　　編輯：林郁芬"],
    "foot": ["竹峰日報社　讀者服務專線：(037)663-5142"],
    "furniture": ["竹峰日報", "中華民國116年12月20日", "星期一", "A5", "地方", "編輯：林郁芬", "竹峰日報．地方",
                  "竹峰日報社", "讀者服務專線：(037)663-5142"],
    "run": ["竹峰日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["立委第二選區政見會　三候選人拚交通長照", "記者馮芷寧／頭份報導"],
         "title": "立委第二選區政見會　三候選人拚交通長照", "byline": ["記者馮芷寧／頭份報導", "馮芷寧"],
         "captions": ["候選人在政見發表會上輪流發言。"], "credits": ["（記者馮芷寧攝）"],
         "body": ["縣選舉委員會昨天在頭份市立體育館舉辦第二選區立法委員公辦政見發表會，三名候選人依抽籤號次上台，"
                  "每人發表兩輪，每輪十二分鐘。",
                  "現場約三百名民眾到場聆聽，{cap}不少人是為了交通和長期照顧議題而來。三名候選人的政見也多半圍繞通勤、"
                  "長照據點和道路拓寬。",
                  "縣選委會主任委員溫家聲表示，第二場政見會將在下週六於竹南鎮舉行，並同步在網路上直播，「沒辦法到現場"
                  "的鄉親，在家裡也可以{run}收看」。"]},
        {"glued": True, "lines": ["候選人主要政見"], "title": "候選人主要政見",
         "body": [("row", "號次　姓名　主要政見"),
                  ("row", "1號　劉承澔　爭取頭份站增停區間快車"),
                  ("row", "2號　賴秋萍　每個鄉鎮設一處日照中心"),
                  ("row", "3號　古明德　拓寬科學園區周邊道路"),
                  ("row", "（依抽籤號次排列）")]},
    ],
}

QINGYUAN = {
    "name": "zht_big5hkscs_crlf_hong_kong_news_page_bus_cut_petition_cantonese_story_byline_caption_credit_running_head_midsentence_glued_yunshushu_huiying_department_statement_box_head_two_paragraphs",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "海澄日報 2028-05-16 A8 港聞, Big5-HKSCS (`嘅 喺 咗 啲 哋`; in neither cp950 nor Big5), CRLF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong news page: estate residents petition at government headquarters against "
    "a bus route's cut in frequency (a Cantonese story: title, the byline line `記者　龐詠琪`, a caption and its credit "
    "inside a sentence, a resident's 「」 quotation, the running head before the last word `署長。`), then, with no "
    "blank line under its last line, the department's statement `運輸署回應` as a box of its own: the head (the "
    "title) over two paragraphs in written Chinese, unsigned.",
    "date": "2028-05-16", "page": "A8",
    "head": ["海澄日報　2028年5月16日　星期二", "A8　港聞　　編輯：容淑貞"],
    "foot": ["海澄日報社　　新聞熱線：2957 3180"],
    "furniture": ["海澄日報", "2028年5月16日", "星期二", "A8", "港聞", "編輯：容淑貞", "海澄日報．港聞", "海澄日報社",
                  "新聞熱線：2957 3180"],
    "run": ["海澄日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["巴士線擬削班　秀茂坪居民政總請願", "記者　龐詠琪"], "title": "巴士線擬削班　秀茂坪居民政總請願",
         "byline": ["記者　龐詠琪", "龐詠琪"],
         "captions": ["居民喺政府總部外面請願。"], "credits": ["（龐詠琪攝）"],
         "body": ["運輸署早前建議將來往秀茂坪同中環嘅一條巴士線由每十二分鐘一班減至每二十分鐘一班，一班居民昨日到"
                  "政府總部請願，遞交一千二百幾個簽名，要求當局收回建議。",
                  "居民代表、退休文員祁美玲話，{cap}邨入面好多長者每日靠呢條線過海睇醫生，「而家已經要等十幾分鐘，"
                  "再減班點得呀？」",
                  "運輸署派咗職員接收請願信。居民表示，如果當局堅持削班，佢哋會再搵區議員，要求約見{run}署長。"]},
        {"glued": True, "lines": ["運輸署回應"], "title": "運輸署回應",
         "body": ["本署建議調整該巴士線的班次，是因為過去兩年乘客量下跌約三成，非繁忙時間的平均載客率不足四成。",
                  "本署會詳細考慮居民的意見，並於下月向區議會交代最新方案。如班次有任何調整，本署會在沿線各站張貼"
                  "通告。"]},
    ],
}

ZHOUXUAN = {
    "name": "zh_utf8_bom_lf_malaysia_politics_page_state_election_results_story_tight_head_ipoh_xun_dated_caption_credit_running_head_midquote_glued_results_table_by_constituency_header_seat_winner_party_majority_rows_source_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "近打晨报 (an invented Malaysian Chinese daily, Perak) 2028-09-24 A6 大霹雳, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian politics page on the night of a state assembly election: the results in "
    "the paper's four local seats (the title directly above its lead opened by `（怡保23日讯）`, with the day in it; no "
    "byline; a caption and its credit inside a sentence; the winner's “” quotation cut by the running head before "
    "`提升。”`), then, with no blank line, the table `本区州议席成绩`: a header row `选区　当选人　政党　多数票`, four "
    "rows a constituency with its code (`N.19 新港　李雪仪　民联党　6,702`) and the source row "
    "`资料来源：选举委员会（非官方成绩）`; the table is an article, its head the title, each printed line a paragraph, "
    "the source row last.",
    "date": "2028-09-24", "page": "A6",
    "head": ["近打晨报　2028年9月24日　星期日", "A6　大霹雳　　编辑：邝美玲"],
    "foot": ["近打晨报社　　新闻热线：05-254 8816"],
    "furniture": ["近打晨报", "2028年9月24日", "星期日", "A6", "大霹雳", "编辑：邝美玲", "近打晨报·大霹雳",
                  "近打晨报社", "新闻热线：05-254 8816"],
    "run": ["近打晨报·大霹雳"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["州选成绩揭晓　本区四席两党平分"], "title": "州选成绩揭晓　本区四席两党平分", "tight": True,
         "captions": ["李雪仪（中）在计票中心外向支持者致谢。"], "credits": ["（林志文摄）"],
         "body": ["（怡保23日讯）霹雳州议会选举成绩今晚揭晓，近打区四个州议席由民联党和团结阵线各赢两席，其中新港"
                  "选区的多数票超过六千张，是本区最高。",
                  "投票率方面，{cap}四个选区介于68%至74%之间，比上届略低。有选民说，下午一场大雨让一些年长选民没有出门"
                  "投票。",
                  "新港选区当选人李雪仪在计票中心外对支持者说，她上任后会先处理区内的水灾问题，“明年雨季之前，沟渠"
                  "一定要{run}提升。”"]},
        {"glued": True, "lines": ["本区州议席成绩"], "title": "本区州议席成绩",
         "body": [("row", "选区　当选人　政党　多数票"),
                  ("row", "N.17 双溪拉务　叶俊辉　民联党　4,218"),
                  ("row", "N.18 甘榜巴鲁　阿兹兰　团结阵线　1,093"),
                  ("row", "N.19 新港　李雪仪　民联党　6,702"),
                  ("row", "N.20 武吉丁宜　苏莱曼　团结阵线　2,315"),
                  ("row", "资料来源：选举委员会（非官方成绩）")]},
    ],
}

HARI = {
    "name": "dje_cp1252_crlf_zarma_town_hall_page_open_government_qa_column_label_head_question_signed_reply_signed_by_department_at_its_end_caption_credit_running_head_midsentence_glued_council_meeting_brief",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Kwaara Baaru (an invented Zarma daily, Niamey) 2028-04-19 Paaji 5 Meeri nda Borey, Windows-1252 (`ã õ –`; no quotation marks on the page; "
    "the older spelling without `ŋ`, which cp1252 lacks), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. "
    "A Zarma town-hall page: the open-government column where a resident asks and the town hall answers (the label "
    "`Borey ga hã` (the section; kicker or none accepted), its head over two lines, the question `Hã: …` signed "
    "`(Hawa Seyni, Yantala)` at its end, the reply `Tu: …` and two follow-ons, a caption and its credit inside a "
    "sentence, the running head before the last word `aluula.`, **the reply signed by the department at its end** "
    "`(Yamey Kwaara Meeri, hari goyo)`, with no answerer's line); then, with no blank line, a brief on the town "
    "council's open meeting (its head, the dateline `YAMEY –` opening its one paragraph).",
    "date": "2028-04-19", "page": "5",
    "head": ["KWAARA BAARU – Alarba, 19 Awiril 2028 – Paaji 5", "Meeri nda Borey – Redaksiyo: Mariama Soumana"],
    "foot": ["Kwaara Baaru – baaru@kwaarabaaru.example.ne"],
    "furniture": ["KWAARA BAARU", "Alarba, 19 Awiril 2028", "Paaji 5", "Meeri nda Borey", "Redaksiyo: Mariama Soumana",
                  "Kwaara Baaru – Meeri nda Borey", "Kwaara Baaru", "baaru@kwaarabaaru.example.ne"],
    "run": ["Kwaara Baaru – Meeri nda Borey"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Borey ga hã", "Waati fo no hari ga ye ka kaa", "Yantala?"],
         "section": ["Borey ga hã", None], "kicker": [None, "Borey ga hã"],
         "title": "Waati fo no hari ga ye ka kaa Yantala?",
         "captions": ["Wayborey ga hari ceeci Isa me."], "credits": ["Foto: Issaka Moumouni"],
         "body": ["Hã: Handu hinza ne, hari mana kaa iri fuyey ra Yantala Kwaara Taji. Way~borey nda zankey ga koy ka "
                  "hari ceeci kala Isa me. Meeri ga ifo te? (Hawa Seyni, Yantala)",
                  "Tu: Cimi no. Hari tuyo beero kan ga kaa Yantala Kwaara Taji ceeri handu hinza ne. Meeri nda hari "
                  "kom~paani goy-izey go ga goy a ga sohõ.",
                  "Tuyo taaga kaa Yamey Alarba kan bisa. {cap}Goy-izey ga a dake Alhamisi, 27 Awi~ril. Hari ga ye ka "
                  "kaa fuyey ra Alzuma hane.",
                  "Kala hari ga ye ka kaa, kamyo hinka ga hari gana Kwaara Taji ra zaari kulu, susu~ba nda "
                  "{run}aluula. (Yamey Kwaara Meeri, hari goyo)"]},
        {"glued": True, "lines": ["Kwaara jama ga margu Asibti"], "title": "Kwaara jama ga margu Asibti",
         "body": ["YAMEY – Kwaara jama ga margu Asibti, 22 Awiril, Meeri fuwo ra. Borey kulu ga hin ka kaa ka hã "
                  "ngey sanney ga kwaara goy~yey ga."]},
    ],
}

KIBAY = {
    "name": "mos_utf8_nobom_lf_moore_commune_page_council_votes_new_market_story_byline_name_then_verb_dateline_caption_credit_running_head_midquote_glued_government_briefs_label_over_three_headed_items_each_opened_by_a_place_dateline",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Wogdgo Kibay (an invented Mooré daily, Ouagadougou) 2028-03-24 Pag 4 Komin la Gʋvɛrnema, UTF-8 without "
    "BOM (`ɛ ɩ ʋ ã é ẽ ĩ õ ũ · – “ ”`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Mooré commune "
    "page: the commune council votes to rebuild a market (title over two lines, the byline line "
    "`Aminata Ouédraogo n gʋls` (name, then the verb `n gʋls`, wrote), the dateline `WOGDGO –` opening the lead, a "
    "caption and its credit inside a sentence, a trader's “” quotation cut by the running head before `kẽnda.”`), "
    "then, with no blank line, the government briefs column: the label `Gʋvɛrnema kibay` (the first item's section; "
    "kicker or none accepted, and accepted on the others) over three items, each under its own head, each one "
    "paragraph opened by a place dateline in capitals (`KUDGO –`, `WAYIGUYA –`, `FAADA –`).",
    "date": "2028-03-24", "page": "4",
    "head": ["WOGDGO KIBAY · Arzũma, 24 Mars 2028 · Pag 4", "Komin la Gʋvɛrnema · Gʋlsd-kasma: Ousmane Ilboudo"],
    "foot": ["Wogdgo Kibay · kibay@wogdgokibay.example.bf"],
    "furniture": ["WOGDGO KIBAY", "Arzũma, 24 Mars 2028", "Pag 4", "Komin la Gʋvɛrnema", "Gʋlsd-kasma: Ousmane Ilboudo",
                  "Wogdgo Kibay · Komin la Gʋvɛrnema", "Wogdgo Kibay", "kibay@wogdgokibay.example.bf"],
    "run": ["Wogdgo Kibay · Komin la Gʋvɛrnema"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Komin konsɛɛy sak tɩ b me", "raag-paalg Sankar-yaar", "Aminata Ouédraogo n gʋls"],
         "title": "Komin konsɛɛy sak tɩ b me raag-paalg Sankar-yaar",
         "byline": ["Aminata Ouédraogo n gʋls", "Aminata Ouédraogo"],
         "captions": ["Sankar-yaar raagã."], "credits": ["Foto: Boukary Sawadogo"],
         "body": ["WOGDGO – Wogdgo komin konsɛɛy tigim~sa zaame n sak tɩ b na n me raag-paalg Sankar-yaar "
                  "zĩigẽ. Tʋʋmdã na n sɩng Sibri, 1 Abril.",
                  "Raag-paalgã na n tall koos-zĩis tusa a yiibu. Meer Issouf Kaboré yeelame tɩ {cap}ligdã sẽn na n "
                  "tʋm tʋʋmdã yaa komin-ligdi, la gʋvɛrnema me kõo sõngre.",
                  "Raag koos~dbã kẽer yeelame tɩ b pa bãng zĩig ning b sẽn na n koos ye. Salamata Zongo sẽn koosd "
                  "mui yeelame: “D ratame n bãng d sẽn na n zĩnd-ka wakat ning tʋʋmdã sẽn {run}kẽnda.”"]},
        {"glued": True, "lines": ["Gʋvɛrnema kibay", "Lekoll a yiibu paalse Kudgo"],
         "section": ["Gʋvɛrnema kibay", None], "kicker": [None, "Gʋvɛrnema kibay"],
         "title": "Lekoll a yiibu paalse Kudgo",
         "body": ["KUDGO – Gʋvɛrnema na n yik lekoll paals a yiibu Kudgo Abril kiuugã pʋgẽ. Kamb a koabg n na n "
                  "zãms be."]},
        {"lines": ["Bulli paals a tãabo Wayiguya"], "section": [None, "Gʋvɛrnema kibay"],
         "kicker": [None, "Gʋvɛrnema kibay"], "title": "Bulli paals a tãabo Wayiguya",
         "body": ["WAYIGUYA – Bulli paals a tãabo kẽe tʋʋmde Wayiguya saka ning sẽn be yʋʋn~gã sẽn yaa. Neb tusa a "
                  "yiibu n na n paam koom."]},
        {"lines": ["Sor-paalg tʋʋmd Faada"], "section": [None, "Gʋvɛrnema kibay"], "kicker": [None, "Gʋvɛrnema kibay"],
         "title": "Sor-paalg tʋʋmd Faada",
         "body": ["FAADA – Sor-paalg tʋʋmd sẽn tar kilo~metre pis-nu na n sɩng Mars kiuugã baasgo. Gʋvɛrnema n kõ "
                  "ligdã."]},
    ],
}

PRESIDENTS = {
    "name": "nrf_macroman_cr_guernesiais_states_page_committee_presidents_elected_story_byline_dateline_caption_credit_running_head_midquote_glued_presidents_box_header_committee_deputy_rows_aligned_by_spaces_term_note_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "L'Êtaile d'Guernési (an invented Guernésiais weekly-daily, Guernsey) 2029-07-05 Page 3 Affaithes publiques, "
    "Mac OS Roman (`É Ê à â è é ê î ï ô – “ ”`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A "
    "Guernésiais States page: the States of Deliberation elect their committees' presidents after the general "
    "election (title over two lines, the byline line `Par Nicolle Le Tissier`, the dateline `SAINT PIERRE-PORT –` "
    "opening the lead, a caption and its credit inside a sentence, the new president's “” quotation cut by the running "
    "head before `tout l'monde.”`), then, with no blank line, the box `Les présidents des comités`: a header row "
    "`Comité  Président(e)` and five rows `committee  deputy` aligned by runs of spaces (the appointments as names "
    "and posts), then a bracketed term row; the box is an article, its head the title, each printed line a paragraph "
    "(one space kept).",
    "date": "2029-07-05", "page": "3",
    "head": ["L'ÊTAILE D'GUERNÉSI – Jeudi 5 juilet 2029 – Page 3", "Affaithes publiques – Rédacteur: Peter Robilliard"],
    "foot": ["L'Êtaile d'Guernési – nouvelles@etaile.example.gg"],
    "furniture": ["L'ÊTAILE D'GUERNÉSI", "Jeudi 5 juilet 2029", "Page 3", "Affaithes publiques",
                  "Rédacteur: Peter Robilliard", "L'Êtaile d'Guernési – Affaithes publiques", "L'Êtaile d'Guernési",
                  "nouvelles@etaile.example.gg"],
    "run": ["L'Êtaile d'Guernési – Affaithes publiques"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Les Êtats ount choisi les", "présidents d'leurs comités", "Par Nicolle Le Tissier"],
         "title": "Les Êtats ount choisi les présidents d'leurs comités",
         "byline": ["Par Nicolle Le Tissier", "Nicolle Le Tissier"],
         "captions": ["Colette Brehaut ès Êtats mardi."], "credits": ["Photo: Jean Mahy"],
         "body": ["SAINT PIERRE-PORT – Mardi, les dé~putés des Êtats d'Guer~nési ount votaï pour les prési~dents "
                  "d'leurs comités. Ch'tait la pre~mière séance d'pis l'élec~tion géné~rale du mouais d'juin.",
                  "La députée Colette Brehaut a 'taï êlue prési~dente du comité d'la Poli~tique, aveu 27 vôtes sus 38. "
                  "{cap}Ch'est la pre~mière fâme à la tête d'chu comité.",
                  "Après l'vote, o' dit: “J'avons d'l'ouvrage à faire pour les gens d'l'île, et j'voulons ouvrir les "
                  "portes des comités à {run}tout l'monde.”"]},
        {"glued": True, "lines": ["Les présidents des comités"], "title": "Les présidents des comités",
         "body": [("row", aligned("Comité", "Président(e)", widths=(18,))),
                  ("row", aligned("Politique", "Colette Brehaut", widths=(18,))),
                  ("row", aligned("Santé", "Ronan Falla", widths=(18,))),
                  ("row", aligned("Êducâtion", "Yvonne Tostevin", widths=(18,))),
                  ("row", aligned("Envithonnement", "Didier Le Lièvre", widths=(18,))),
                  ("row", aligned("Habitâtion", "Hélène Mahy", widths=(18,))),
                  ("row", "(Êlus pour quatre annaïes)")]},
    ],
}

ESEP = {
    "name": "kk_utf16le_bom_crlf_kazakh_latin_city_page_akims_report_to_residents_byline_surname_in_capitals_dateline_caption_credit_running_head_midsentence_glued_key_figures_box_header_two_years_rows_aligned_by_spaces_source_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Qala Habary (an invented Kazakh daily in the 2021 Latin alphabet, Pavlodar) 2029-02-15 3-bet Qala tynysy, "
    "UTF-16 LE with BOM (`ä ğ ı ñ ö ş ū ü Ä Ö · – « »`), CRLF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A Kazakh city page: the akim (mayor) reports on his year to the residents (title, the byline line "
    "`Janar TÖLEUBAEVA` with the surname in capitals, the dateline `PAVLODAR –` "
    "opening the lead, a caption and its credit inside a sentence, a resident's «» quotation, the running head before "
    "the last word `aıtty.`), then, with no blank line, the key-figures box `Negizgi körsetkişter`: a header row "
    "`Körsetkiş  2027  2028` and five rows `indicator  2027  2028` aligned by runs of spaces (decimal commas "
    "`4,9`), then the source row `Derekköz: qala äkimdigi`; the box is an article, its head the title, each printed "
    "line a paragraph (one space kept), the source row last.",
    "date": "2029-02-15", "page": "3",
    "head": ["QALA HABARY · Beısenbi, 15 aqpan 2029 jyl · 3-bet", "Qala tynysy · Redaktor: Säule Ospanova"],
    "foot": ["Qala Habary · habar@qalahabary.example.kz"],
    "furniture": ["QALA HABARY", "Beısenbi, 15 aqpan 2029 jyl", "3-bet", "Qala tynysy", "Redaktor: Säule Ospanova",
                  "Qala Habary · Qala tynysy", "Qala Habary", "habar@qalahabary.example.kz"],
    "run": ["Qala Habary · Qala tynysy"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Äkim tūrğyndar aldynda esep berdi", "Janar TÖLEUBAEVA"],
         "title": "Äkim tūrğyndar aldynda esep berdi",
         "byline": "Janar TÖLEUBAEVA",
         "captions": ["Äkim Erlan Jaqypov."], "credits": ["Foto: Asqar Nūrlanūly"],
         "body": ["PAVLODAR – Qala äkimi Erlan Jaqypov keşe qalalyq mädenıet üıinde tūrğyndar aldynda ötken jylğy "
                  "jūmys turaly esep berdi. Kezdesuge tört jüzden astam adam keldi.",
                  "Äkim~niñ aıtuynşa, 2028 jyly qalada 412 myñ şarşy metr tūrğyn üı salyndy, {cap}üş jaña mektep "
                  "aşyldy. Jūmys~syzdyq deñgeıi 4,9 paıyzdan 4,6 paıyzğa tö~men~dedi.",
                  "Tūrğyndar köbine jol men jylu turaly sūrady. Soltüstik şağyn~audan~nyñ tūr~ğyny Gülnar Äbenova: "
                  "«Bizdiñ köşedegi jol on jyldan beri jöndel~gen joq», – dedi. Äkim būl köşe bıyl jazda "
                  "jöndele~tinin {run}aıtty."]},
        {"glued": True, "lines": ["Negizgi körsetkişter"], "title": "Negizgi körsetkişter",
         "body": [("row", aligned("Körsetkiş", "2027", "2028", widths=(24, 7))),
                  ("row", aligned("Tūrğyn üı, myñ şarşy m", "388", "412", widths=(24, 7))),
                  ("row", aligned("Jöndelgen jol, km", "46", "58", widths=(24, 7))),
                  ("row", aligned("Jaña mektep", "1", "3", widths=(24, 7))),
                  ("row", aligned("Jaña jūmys orny", "2140", "2610", widths=(24, 7))),
                  ("row", aligned("Jūmyssyzdyq, %", "4,9", "4,6", widths=(24, 7))),
                  ("row", "Derekköz: qala äkimdigi")]},
    ],
}

PAGES = [RICHENG, MUBIAO, RENMIAN, ZHENGJIAN, QINGYUAN, ZHOUXUAN, HARI, KIBAY, PRESIDENTS, ESEP]
