"""The text of every holdout92 page, written once: make_holdout92_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's
last line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line
of a list or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the
gold; `("more", line)` the same with no blank line before it. `{cap}` drops the caption and its credit into a
paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end. A jump line printed
under a continued story's head is one of the article's `lines` and is listed in the page's furniture. All papers,
agencies, people, figures and events are invented; real places and public bodies named only as what they are (新华社
as the agency of a dateline, as holdout86) are settings only.
"""

SANWEN = {
    "name": "zh_gbk_crlf_national_page_xinhua_beijing_wire_story_tight_head_caption_credit_running_head_midsentence_glued_xingui_sanwen_qa_explainer_box_numbered_questions_answer_turns",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄湾日报 2028-03-15 第3版 国内新闻, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A "
    "national news page: a 新华社北京 wire story, its title directly above the `新华社北京3月14日电（记者　邬　澄）` "
    "lead (a caption and its credit inside a sentence, a “” quotation, the running head before the last words "
    "`收费。`), then, with no blank line under its last line, the Q&A explainer box `新规三问`: three numbered "
    "questions `一问：…？` each followed by its answer `答：…`; the box is an article, its head the title, each "
    "question and each answer a paragraph with its label kept.",
    "date": "2028-03-15", "page": "3",
    "head": ["澄湾日报　　2028年3月15日　星期三", "第3版　国内新闻　　责任编辑：邵　岚"],
    "foot": ["澄湾日报社出版　　新闻热线：0736-5128830"],
    "furniture": ["澄湾日报", "2028年3月15日", "星期三", "第3版", "国内新闻", "责任编辑：邵　岚", "澄湾日报·国内新闻",
                  "澄湾日报社出版", "新闻热线：0736-5128830"],
    "run": ["澄湾日报·国内新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["快递包装回收新规6月起施行"], "title": "快递包装回收新规6月起施行", "tight": True,
         "byline": [None, "记者　邬　澄", "邬　澄", "邬澄"], "source": [None, "新华社"],
         "captions": ["快递员在网点整理回收的纸箱。"], "credits": ["新华社记者　柯　岚　摄"],
         "body": ["新华社北京3月14日电（记者　邬　澄）记者14日从国家邮政局获悉，《快递包装回收管理办法》将于6月1日"
                  "起施行。办法要求快递网点设置包装回收点，可重复使用的纸箱应当回收再用。",
                  "国家邮政局有关负责人介绍，{cap}去年全国快递业务量超过一千五百亿件，“很多纸箱只用一次就扔了，"
                  "浪费太大”。办法鼓励电商平台和快递企业推广可循环快递箱。",
                  "办法还规定，回收点应当在营业时间内开放，不得向交回包装的消费者{run}收费。"]},
        {"glued": True, "lines": ["新规三问"], "title": "新规三问",
         "body": ["一问：哪些地方要设回收点？",
                  "答：所有快递网点都要设置；快递柜集中的小区，由快递企业和物业共同设置。",
                  "二问：交回的纸箱怎么处理？",
                  "答：完好的纸箱消毒后再次使用，破损的交给再生资源企业统一处理。",
                  "三问：不按规定设置怎么办？",
                  "答：邮政管理部门将责令限期改正，逾期不改的依法处罚。"]},
    ],
}

DASHIJI = {
    "name": "zh_gb18030_lf_international_page_xinhua_geneva_wire_story_rare_char_reporter_tight_head_caption_credit_running_head_midsentence_glued_tanpan_dashiji_timeline_box_month_dated_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "岑江日报 2028-04-09 第6版 国际, GB18030 (`\U0002cb5a` U+2CB5A in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. An international page: a 新华社日内瓦 wire story on an (invented) "
    "river-monitoring treaty, its title directly above the `新华社日内瓦4月8日电（记者　蒲　\U0002cb5a）` lead (a "
    "caption and its credit inside a sentence, a “” quotation, the running head before the last words `国家。`), "
    "then, with no blank line under its last line, the timeline box `谈判大事记`: five rows `2025年5月　…`, dated to "
    "the month and the last to the day; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2028-04-09", "page": "6",
    "head": ["岑江日报　　2028年4月9日　星期日", "第6版　国际　　责任编辑：苗　汀"],
    "foot": ["岑江日报社　　国际新闻部：0771-3380462"],
    "furniture": ["岑江日报", "2028年4月9日", "星期日", "第6版", "国际", "责任编辑：苗　汀", "岑江日报·国际",
                  "岑江日报社", "国际新闻部：0771-3380462"],
    "run": ["岑江日报·国际"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["跨境河流水质监测协定文本定稿"], "title": "跨境河流水质监测协定文本定稿", "tight": True,
         "byline": [None, "记者　蒲　\U0002cb5a", "蒲　\U0002cb5a", "蒲\U0002cb5a"], "source": [None, "新华社"],
         "captions": ["谈判代表在闭幕会上鼓掌。"], "credits": ["新华社记者　蒲　\U0002cb5a　摄"],
         "body": ["新华社日内瓦4月8日电（记者　蒲　\U0002cb5a）经过近三年谈判，二十三个国家的代表8日在日内瓦就《跨境"
                  "河流水质监测协定》文本达成一致。协定将在各国完成国内程序后开放签署。",
                  "谈判主席莉娜·哈根在闭幕会上说，{cap}协定第一次让上下游国家按同一套指标监测河水，“数据共享是"
                  "信任的开始”。",
                  "根据协定，各国每季度公布一次监测数据；发生污染事故，须在二十四小时内通报下游{run}国家。"]},
        {"glued": True, "lines": ["谈判大事记"], "title": "谈判大事记",
         "body": [("row", "2025年5月　首轮谈判在日内瓦举行"),
                  ("row", "2025年11月　各方就十二项监测指标达成一致"),
                  ("row", "2026年6月　第三轮谈判因数据共享分歧中断"),
                  ("row", "2027年2月　谈判在维也纳恢复"),
                  ("row", "2028年4月8日　协定文本定稿")]},
    ],
}

DIZHEN = {
    "name": "zht_big5_crlf_taiwan_national_page_offshore_earthquake_jizhe_baodao_tight_head_map_caption_zhitu_credit_running_head_midsentence_glued_dizhen_baogao_key_facts_box_labelled_rows_source_line",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "澐港日報 2028-01-19 A4 社會 (`中華民國117年1月19日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan national news page: an (invented) offshore earthquake, its title directly above the "
    "`【記者溫可欣／台東報導】` lead, a map caption `本次地震震央位置示意圖。` and its credit `（本報製圖）` inside a "
    "sentence, a 「」 quotation, the running head before the last words `上課。`; then, with no blank line, the "
    "key-facts box `地震報告`: five labelled rows `發生時間：…` and a source line; the box is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2028-01-19", "page": "A4",
    "head": ["澐港日報　中華民國117年1月19日　星期三", "A4　社會　　編輯：簡雅琪"],
    "foot": ["澐港日報社　讀者服務專線：(089)352-618"],
    "furniture": ["澐港日報", "中華民國117年1月19日", "星期三", "A4", "社會", "編輯：簡雅琪", "澐港日報．社會",
                  "澐港日報社", "讀者服務專線：(089)352-618"],
    "run": ["澐港日報．社會"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["台東外海規模5.8地震　全台有感"], "title": "台東外海規模5.8地震　全台有感", "tight": True,
         "byline": [None, "記者溫可欣", "溫可欣"],
         "captions": ["本次地震震央位置示意圖。"], "credits": ["（本報製圖）"],
         "body": ["【記者溫可欣／台東報導】昨天清晨5時42分，台東外海發生芮氏規模5.8地震，全台都有感，台東縣最大震度"
                  "4級。到昨晚為止，沒有傳出人員受傷。",
                  "氣象署地震測報中心主任賴冠廷說，{cap}這次地震屬於板塊碰撞造成的淺層地震，「未來一週仍可能有規模"
                  "4左右的餘震」，民眾不必過度驚慌。",
                  "台東縣政府表示，各鄉鎮已完成學校和橋梁的初步檢查，今天照常{run}上課。"]},
        {"glued": True, "lines": ["地震報告"], "title": "地震報告",
         "body": [("row", "發生時間：1月18日　上午5時42分"),
                  ("row", "震央位置：台東縣政府東方42.6公里"),
                  ("row", "地震深度：15.3公里"),
                  ("row", "芮氏規模：5.8"),
                  ("row", "最大震度：台東縣4級"),
                  ("row", "資料來源：氣象署")]},
    ],
}

JIEFANG = {
    "name": "zht_big5hkscs_lf_hong_kong_news_page_footbridge_closure_story_cantonese_byline_caption_credit_running_head_midsentence_glued_jiefang_dian_di_vox_pop_quote_box_name_age_or_job_saying_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "翠澳日報 2028-05-10 A7 港聞, Big5-HKSCS (`嘅 咗 喺`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong news page: a Cantonese story on a footbridge closing for repairs (title, "
    "byline line `記者　馮樂瑤`, a caption and its credit inside a sentence, a 「」 quotation cut by the running "
    "head before `過路處。」`), then, with no blank line, the vox-pop quote box `街坊點睇`: three rows "
    "`name（age or job）：「saying」`; the box is an article, its head the title, each row a paragraph with its "
    "speaker and 「」 kept.",
    "date": "2028-05-10", "page": "A7",
    "head": ["翠澳日報　2028年5月10日　星期三", "A7　港聞　　責任編輯：區詠詩"],
    "foot": ["翠澳日報社　新聞熱線：2815 6630　電郵：news@cuiou.example.hk"],
    "furniture": ["翠澳日報", "2028年5月10日", "星期三", "A7", "港聞", "責任編輯：區詠詩", "翠澳日報．港聞", "翠澳日報社",
                  "新聞熱線：2815 6630", "電郵：news@cuiou.example.hk"],
    "run": ["翠澳日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["大角咀天橋封八個月　長者要兜路", "記者　馮樂瑤"], "title": "大角咀天橋封八個月　長者要兜路",
         "byline": ["記者　馮樂瑤", "馮樂瑤"],
         "captions": ["天橋升降機門口貼咗封閉通告。"], "credits": ["（記者馮樂瑤攝）"],
         "body": ["連接大角咀同旺角嘅一條行人天橋，下個月起封閉八個月維修。區內唔少長者擔心，以後要行多十分鐘先去到"
                  "街市。",
                  "負責工程嘅部門話，{cap}天橋已經用咗四十年，橋面同升降機都要更換，工程會分兩期進行。",
                  "區內關注組召集人岑家明就話：「封橋之前，應該喺路口加多個臨時{run}過路處。」"]},
        {"glued": True, "lines": ["街坊點睇"], "title": "街坊點睇",
         "body": [("row", "黃伯（82歲）：「行多十分鐘好辛苦。」"),
                  ("row", "陳太（主婦）：「推嬰兒車過馬路好驚。」"),
                  ("row", "麥生（店主）：「封咗橋，冇人行過嚟。」")]},
    ],
}

XIAYIBU = {
    "name": "zh_utf16le_bom_crlf_yaowen_news_page_benbao_beijing_dian_tight_head_caption_credit_running_head_midsentence_glued_xiayibu_zenme_zou_what_happens_next_box_dated_step_rows_source_line",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "漓汀日报 2028-05-18 第2版 要闻, UTF-16 LE with BOM, CRLF; blank-line paragraphs, two-space indent, wrapped "
    "at 22. A national news page: the paper's own Beijing story on outpatient bills settled across provinces, its "
    "title directly above the `本报北京5月17日电（记者　甘　沁）` lead (a caption and its credit inside a sentence, a "
    "“” quotation, the running head before the last word `备案。`), then, with no blank line, the what-happens-next "
    "box `下一步怎么走`: three rows `date　step` and a source line; the box is an article, its head the title, each "
    "printed line a paragraph.",
    "date": "2028-05-18", "page": "2",
    "head": ["漓汀日报　　2028年5月18日　星期四", "第2版　要闻　　责任编辑：冼　澄"],
    "foot": ["漓汀日报社出版　　读者热线：0773-2069155"],
    "furniture": ["漓汀日报", "2028年5月18日", "星期四", "第2版", "要闻", "责任编辑：冼　澄", "漓汀日报·要闻",
                  "漓汀日报社出版", "读者热线：0773-2069155"],
    "run": ["漓汀日报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["门诊费用跨省直接结算扩至县级医院"], "title": "门诊费用跨省直接结算扩至县级医院", "tight": True,
         "byline": [None, "记者　甘　沁", "甘　沁", "甘沁"],
         "captions": ["参保人在医院窗口办理结算。"], "credits": ["本报记者　甘　沁　摄"],
         "body": ["本报北京5月17日电（记者　甘　沁）记者17日从国家医保局获悉，今年年底前，门诊费用跨省直接结算将覆盖"
                  "全部县级医院，异地就医的参保人看门诊，不用再先垫钱、回参保地报销。",
                  "国家医保局有关负责人说，{cap}目前开通跨省直接结算的医院已有五万多家，“县级医院是很多外出务工"
                  "人员最常去的地方”。",
                  "这位负责人提醒，参保人跨省就医前，需要先在手机上办理异地就医{run}备案。"]},
        {"glued": True, "lines": ["下一步怎么走"], "title": "下一步怎么走",
         "body": [("row", "6月1日起　二级以上医院全部开通"),
                  ("row", "9月底前　八成县级医院开通"),
                  ("row", "12月底前　全部县级医院开通"),
                  ("row", "资料来源：国家医保局")]},
    ],
}

GENGZHENG = {
    "name": "zh_utf8_bom_crlf_singapore_world_page_jakarta_zonghe_dian_wire_roundup_tight_head_chart_caption_benbao_zhitu_credit_running_head_midsentence_glued_gengzheng_correction_title_one_paragraph",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "狮湾早报 2028-06-07 A9 国际 (an invented Singapore daily; simplified), UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. An international page: a wire roundup on Java's long rainy season, its title directly "
    "above the lead opened by `（雅加达综合电）` (compiled from the wires: no reporter, no single agency), a chart "
    "caption `爪哇今年1至5月降雨量与往年比较。` and its credit `（本报制图）` inside a sentence, a “” quotation, the "
    "running head before the last word `抢收。`; then, with no blank line, the paper's correction `更正` of a figure "
    "in yesterday's story; the correction is an article, its head the title, its text one paragraph, no byline.",
    "date": "2028-06-07", "page": "A9",
    "head": ["狮湾早报　2028年6月7日　星期三", "A9　国际　　编辑：梁慧君"],
    "foot": ["狮湾早报社　读者热线：6318 2047"],
    "furniture": ["狮湾早报", "2028年6月7日", "星期三", "A9", "国际", "编辑：梁慧君", "狮湾早报·国际", "狮湾早报社",
                  "读者热线：6318 2047"],
    "run": ["狮湾早报·国际"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["爪哇雨季延长　稻农冒雨抢收"], "title": "爪哇雨季延长　稻农冒雨抢收", "tight": True,
         "captions": ["爪哇今年1至5月降雨量与往年比较。"], "credits": ["（本报制图）"],
         "body": ["（雅加达综合电）印度尼西亚爪哇岛今年雨季比往年延长近一个月，进入6月仍大雨不断。中爪哇多个县的"
                  "稻田还没收割就被雨水浸泡，农民只能冒雨抢收。",
                  "印尼气象部门说，{cap}今年1月至5月爪哇岛的降雨量，比过去十年同期平均多出三成。一名稻农说："
                  "“谷子再泡几天，就要发芽了。”",
                  "印尼政府已宣布向受灾农户发放稻种，并收购被雨淋湿的稻谷，以稳定米价。一些地方政府也派出收割机"
                  "帮农民{run}抢收。"]},
        {"glued": True, "lines": ["更正"], "title": "更正",
         "body": ["本报昨日《泰国大米出口料增一成》一文中，今年出口量应为950万公吨，而非590万公吨。特此更正。"]},
    ],
}

ARGIN = {
    "name": "rgn_cp1252_crlf_romagnol_national_page_parliament_story_dateline_agency_end_tag_caption_credit_running_head_midsentence_glued_how_we_got_here_timeline_box_month_year_colon_rows",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "E Gazetin dla Bâsa (an invented Romagna daily) 2028-03-28 Pagina 3 Itâlia, Windows-1252 (`â ê è é ì ò "
    "ó ù “ ” · –`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Romagnol national news page: a "
    "wire story on an (invented) law for the river banks (title over two lines, the dateline `RÔMA –` opening the "
    "lead, a caption and its credit inside a sentence, a “” quotation, the running head before the last word "
    "`znèn.`, the agency's end tag `(Agenzì Tramontèna)` closing the last paragraph), then, with no blank line, the "
    "how-we-got-here box `Coma a sén arivè a què`: four rows `date: event`; the box is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2028-03-28", "page": "3",
    "head": ["E GAZETIN DLA BÂSA · Martedé 28 mérz 2028 · Pagina 3", "Itâlia · Redazión: Giorgio Bertòzzi"],
    "foot": ["E Gazetin dla Bâsa · redazion@gazetin.example.it"],
    "furniture": ["E GAZETIN DLA BÂSA", "Martedé 28 mérz 2028", "Pagina 3", "Itâlia", "Redazión: Giorgio Bertòzzi",
                  "E Gazetin dla Bâsa · Itâlia", "E Gazetin dla Bâsa", "redazion@gazetin.example.it"],
    "run": ["E Gazetin dla Bâsa · Itâlia"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["La lèz par j argin la pasa", "in Parlamént"], "title": "La lèz par j argin la pasa in Parlamént",
         "source": [None, "Agenzì Tramontèna"],
         "captions": ["Un cantír in sl'argin a Faènza."], "credits": ["Foto: Luca Gardèla"],
         "body": ["RÔMA – E Par~la~mént l'ha apru~vê la lèz ch'la dà nôvzènt milion d'euro par rifê j argin di fiùm "
                  "dla Ru~mâ~gna, dop a l'inun~da~ziòn ad dù an fa.",
                  "La ministra dl'Am~biént, Carla Pe~drè~ti, l'ha det che i lavur i cmin~za~rà a se~tèm~bar, {cap}fiùm "
                  "par fiùm, e ch'i fi~ni~rà in tri an. “A n'putèn piò aspitê”, l'ha det la mi~ni~stra.",
                  "I sènd~ic dla Bâsa i è cun~tént, mo i dis che i sold i n'bâ~sta bri~sa par tot i canêl {run}znèn. "
                  "(Agenzì Tra~mon~tèna)"]},
        {"glued": True, "lines": ["Coma a sén arivè a què"], "title": "Coma a sén arivè a què",
         "body": [("row", "Mâz 2026: j argin i s rómp a Faènza"),
                  ("row", "Lói 2026: e' Guvèran e' prumèt i sold"),
                  ("row", "Znêr 2028: la lèz la riva in Parlamént"),
                  ("row", "27 mérz 2028: e' vót final")]},
    ],
}

SONVSAR = {
    "name": "gom_latin1_lf_konkani_romi_world_page_dubai_agency_dateline_wire_story_caption_credit_running_head_midsentence_glued_sonvsarantlim_khobro_world_briefs_rubric_tight_heads_agency_end_tags",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ghorachi Vatt (an invented Goan daily in Romi Konkani) 2028-07-12 Pan 5 Sonvsar, ISO 8859-1 (`ã ç`; "
    "straight quotes and hyphens: Latin-1 has no curly quotes or dashes), LF; blank-line paragraphs, wrapped at 37 "
    "with hyphenation. A world page: an agency story, its title directly above the dateline `DUBAI (KVS) -` (a "
    "caption and its credit inside a sentence, a quotation, the running head before the last word `kallji`), then, "
    "with no blank line, the world-briefs column under the rubric `Sonvsarantlim Khobro`: two items, each a head "
    "set directly above its text, which opens on a place in capitals and ends on the agency's tag `(KVS)`.",
    "date": "2028-07-12", "page": "5",
    "head": ["GHORACHI VATT | Budhvar, 12 Julai 2028 | Pan 5", "Sonvsar | Sompadok: Agnelo Fernandes"],
    "foot": ["Ghorachi Vatt | khobro@ghorachivatt.example.in"],
    "furniture": ["GHORACHI VATT", "Budhvar, 12 Julai 2028", "Pan 5", "Sonvsar", "Sompadok: Agnelo Fernandes",
                  "Ghorachi Vatt | Sonvsar", "Ghorachi Vatt", "khobro@ghorachivatt.example.in"],
    "run": ["Ghorachi Vatt | Sonvsar"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Dubaint tarvottank novo vhisa niyom"], "title": "Dubaint tarvottank novo vhisa niyom",
         "tight": True, "source": [None, "KVS"],
         "captions": ["Dubai bondrar ek jahaz."], "credits": ["Foto: Savio Pereira"],
         "body": ["DUBAI (KVS) - Hanga bondrar kam korto~leank Julai mhoi~neant thaun novo vhisa niyom laglo. Atam "
                  "dor eka tarvot~tak don vorsanim ek pavtt vhisa novo korunk zai.",
                  "Goenchea tarvot~tanchea songhot~ton~nechi odhyokx Conceição D'Souza hichem mhonnem, {cap}hea "
                  "niyomak lagun xembhor Goenkar tarvotti kagdanchea kamant oddkol'le asat. \"Amkam vell zai\", "
                  "tinnem sanglem.",
                  "Dubaint sumar sat hozar Goenkar tarvotti kam kortat, ani tanchea kuttum~bank hi khobor "
                  "{run}kallji dita."]},
        {"glued": True, "lines": ["Sonvsarantlim Khobro", "Lisboant Konknni nattak"],
         "title": "Lisboant Konknni nattak", "tight": True,
         "section": ["Sonvsarantlim Khobro", None], "kicker": [None, "Sonvsarantlim Khobro"], "source": [None, "KVS"],
         "body": ["LISBOA - Lisboant ravtolea Goen~karanim Sonvaram ek Konknni nattak khello. Sumar tinxe lok "
                  "nattak pollounk ailo. (KVS)"]},
        {"lines": ["Londonant Sanv Joãochem fest"], "title": "Londonant Sanv Joãochem fest", "tight": True,
         "section": [None, "Sonvsarantlim Khobro"], "kicker": [None, "Sonvsarantlim Khobro"], "source": [None, "KVS"],
         "body": ["LONDON - Londonant ravtolea Goen~karanim Aitara Sanv Joãochem fest monoilem. Bhurgeanim "
                  "ganvchim gitam gaileanv ani tollear udkanint uddeo marleo. (KVS)"]},
    ],
}

AAGE = {
    "name": "hif_macroman_cr_fiji_hindi_national_page_sugar_cane_season_delay_story_likhis_byline_dateline_caption_credit_running_head_midsentence_glued_aage_ka_hoi_what_happens_next_box_date_colon_step_rows",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Pachhim ke Awaaz (an invented Fiji Hindi daily) 2028-05-30 Panna 4 Desh, Mac OS Roman (`– “ ”`), CR line "
    "ends; blank-line paragraphs, wrapped at 37 with hyphenation (`din-raat` keeps its own hyphen). A Fiji Hindi "
    "national news page: the cane harvest starts late (title over two lines, byline line `Likhis: Ravinesh Prasad`, "
    "the dateline `LAUTOKA –` opening the lead, a caption and its credit inside a sentence, a “” quotation, the "
    "running head before the last word `chukaana`), then, with no blank line, the what-happens-next box "
    "`Aage ka hoi?`: three rows `date: step`; the box is an article, its head the title, each printed line a "
    "paragraph.",
    "date": "2028-05-30", "page": "4",
    "head": ["PACHHIM KE AWAAZ – Mangal, 30 Mai 2028 – Panna 4", "Desh – Sampaadak: Shalendra Kumar"],
    "foot": ["Pachhim ke Awaaz – khabar@awaaz.example.fj"],
    "furniture": ["PACHHIM KE AWAAZ", "Mangal, 30 Mai 2028", "Panna 4", "Desh", "Sampaadak: Shalendra Kumar",
                  "Pachhim ke Awaaz – Desh", "Pachhim ke Awaaz", "khabar@awaaz.example.fj"],
    "run": ["Pachhim ke Awaaz – Desh"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Ganna katai do hafta deri se", "suru hoi", "Likhis: Ravinesh Prasad"],
         "title": "Ganna katai do hafta deri se suru hoi", "byline": ["Likhis: Ravinesh Prasad", "Ravinesh Prasad"],
         "captions": ["Lautoka mill me naya boiler."], "credits": ["Foto: Sanjeev Naidu"],
         "body": ["LAUTOKA – Lautoka mill ke maram~mat abhi kha~tam nai bhais, isse ii saal ganna katai ke "
                  "sea~son do haf~ta deri se suru hoi.",
                  "Mill ke mana~ger Anil Chand bolis ki {cap}naya boiler ke saa~maan Aus~tra~lia se aaye me deri bhais. "
                  "“Hum log din-raat kaam kare hai”, uu bolis.",
                  "Ki~saan log bolis ki deri se unkar ka~mai bhi deri se mil~ega, aur ba~hut log ke kar~ja "
                  "{run}chukaana hai."]},
        {"glued": True, "lines": ["Aage ka hoi?"], "title": "Aage ka hoi?",
         "body": [("row", "2 Jun: mill me test chalai hoi"),
                  ("row", "9 Jun: pahila ganna mill pahunchi"),
                  ("row", "16 Jun: sab sector me katai suru")]},
    ],
}

JATKAND = {
    "name": "vep_utf16be_bom_lf_vepsian_news_page_bridge_story_continued_from_page_1_jatkand_jump_line_text_opens_midsentence_caption_credit_running_head_midsentence_glued_tight_head_agency_dateline_brief",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kalajogen Sana (an invented Vepsian weekly-daily) 2028-09-21 Lehtpol' 2 Uzištused, UTF-16 BE with BOM "
    "(`ä ö ü č š ž · –`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Vepsian news page: a story "
    "continued from page 1, its jump head, then the jump line `(Jatkand 1. lehtpolelpäi)` on a line of its own "
    "(furniture), the text opening in mid-sentence in lower case, a caption and its credit inside a sentence, the "
    "running head before the last word `školha.`; then, with no blank line, a brief whose title sits directly above "
    "its agency dateline `PETROSKOI (Ližasana) –`.",
    "date": "2028-09-21", "page": "2",
    "head": ["KALAJOGEN SANA · Nellänz'päiv, 21. sügüz'kud 2028 · Lehtpol' 2", "Uzištused · Redaktor: Marina Lebedeva"],
    "foot": ["Kalajogen Sana · toimitez@kalajogensana.example.ru"],
    "furniture": ["KALAJOGEN SANA", "Nellänz'päiv, 21. sügüz'kud 2028", "Lehtpol' 2", "Uzištused",
                  "Redaktor: Marina Lebedeva", "Kalajogen Sana · Uzištused", "Kalajogen Sana",
                  "toimitez@kalajogensana.example.ru", "(Jatkand 1. lehtpolelpäi)"],
    "run": ["Kalajogen Sana · Uzištused"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Uz' sild Kalajogen päle", "(Jatkand 1. lehtpolelpäi)"], "title": "Uz' sild Kalajogen päle",
         "captions": ["Lapsed mändas uden sildan päliči."], "credits": ["Foto: Ivan Fomin"],
         "body": ["kaikiš enam~ba lap~si~le, sanui külän päliči Anna Kuz~mi~na. Vanh puine sild lankti kaks' vot "
                  "tagaze keväz'~vedes, i lapsed ajoiba škol~ha ve~ne~hel.",
                  "Uz' sild om rauda~be~to~nas~päi. Sen piduz' om {cap}kaks'~küm~ne üks' metrad, i sidä möto voib "
                  "ajada av~to~bu~sal. Radod mak~soiba kaks' mil~lio~nad rubl'ad.",
                  "Avai~da~mižes oli kaik külän rah~vaz, i lapsed mändiba ezmäi~žiš uz' sildad möto {run}školha."]},
        {"glued": True, "lines": ["Petroskoiš avadas vepsän kelen kursad"],
         "title": "Petroskoiš avadas vepsän kelen kursad", "tight": True, "source": [None, "Ližasana"],
         "body": ["PETROSKOI (Ližasana) – Vepsän kelen kursad aige~zi~že~noile avadas Pet~ros~koiš 3. redukud. Kursad "
                  "oma mak~su~ta, i kir~ju~ta~das voib te~le~fo~nal."]},
    ],
}

PAGES = [SANWEN, DASHIJI, DIZHEN, JIEFANG, XIAYIBU, GENGZHENG, ARGIN, SONVSAR, AAGE, JATKAND]
