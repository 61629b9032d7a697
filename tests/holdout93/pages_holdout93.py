"""The text of every holdout93 page, written once: make_holdout93_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list, box or notice (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the
gold (here a notice's signature, its byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the
running head; `~` marks where a Latin word may be split at a line end. All papers, people, firms, courts' cases, boats,
horses, clubs and events are invented; real places and institutions are settings only.
"""

ZHENGSHOU = {
    "name": "zh_gbk_crlf_notices_page_road_widening_story_tight_head_benbaoxun_caption_credit_running_head_midsentence_glued_zhengshou_tudi_yugonggao_land_notice_numbered_clauses_sizhi_four_bounds_rows_issuer_date",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "莱川日报 2027-03-24 第6版 公告·服务, GBK, CRLF; indent-only paragraphs, wrapped at 22. A notices page: a "
    "road-widening story, its title directly above its 本报讯 lead (a caption and its credit inside a sentence, the "
    "running head in mid-sentence), then, with no blank line under its last line, the city's land-acquisition "
    "pre-notice `莱川市人民政府关于拟征收土地的预公告`: an opening paragraph, numbered clauses `一、`–`五、` (each one "
    "paragraph), under clause 一 the four bounds `东至：…` `南至：…` `西至：…` `北至：…` one a line (each a paragraph), "
    "`特此公告。`, the issuer on its own line (the byline, none accepted) and the date (a paragraph).",
    "date": "2027-03-24", "page": "6",
    "head": ["莱川日报　　2027年3月24日　星期三", "第6版　公告·服务　　责任编辑：储　晴"],
    "foot": ["莱川日报社出版　　公告刊登热线：0736-5521907"],
    "furniture": ["莱川日报", "2027年3月24日", "星期三", "第6版", "公告·服务", "责任编辑：储　晴", "莱川日报·公告服务",
                  "莱川日报社出版", "公告刊登热线：0736-5521907"],
    "run": ["莱川日报·公告服务"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城北大道拓宽工程下月开工"], "title": "城北大道拓宽工程下月开工", "tight": True,
         "byline": [None, "记者　邬　珩", "邬　珩", "邬珩"],
         "captions": ["早高峰时段的城北大道。"], "credits": ["（本报记者　邬　珩　摄）"],
         "body": ["本报讯（记者　邬　珩）记者昨天从市住建局获悉，城北大道拓宽工程将于4月中旬开工，道路由双向四车道"
                  "拓宽为双向六车道，计划明年底完工。",
                  "城北大道是城区通往高铁站的主要道路，{cap}早晚高峰拥堵严重。市住建局工程科科长柏振宇介绍，拓宽工程"
                  "全长3.2公里，需要征收沿线部分集体土地。",
                  "柏振宇说，施工期间将分段封闭半幅道路，请市民提前规划出行路线。征收土地的预公告今天在本版刊登，"
                  "征收范围内的村民可以到城北街道办事处{run}咨询。"]},
        {"glued": True, "lines": ["莱川市人民政府关于拟征收土地的预公告"],
         "title": "莱川市人民政府关于拟征收土地的预公告", "byline": ["莱川市人民政府", None],
         "body": ["为实施城北大道拓宽工程建设，市人民政府拟征收城北街道桑园村、石桥村部分集体土地。根据有关法律规定，"
                  "现将有关事项预公告如下：",
                  "一、征收范围：桑园村第三、第四村民小组和石桥村第一村民小组部分土地，四至为：",
                  ("row", "东至：桑园村三组灌溉渠"),
                  ("row", "南至：城北大道现有路面南侧"),
                  ("row", "西至：石桥村村道"),
                  ("row", "北至：桑园村四组机耕路"),
                  "二、拟征收土地面积约12.6公顷，具体以实地勘测结果为准。",
                  "三、征收目的：城北大道拓宽工程建设。",
                  "四、自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢种抢建；违反规定的，抢栽抢种抢建"
                  "部分不予补偿。",
                  "五、土地现状调查定于4月6日开始，请有关单位和村民予以配合。",
                  "特此公告。",
                  ("end", "莱川市人民政府"),
                  ("row", "2027年3月23日")]},
    ],
}

CUIGAO = {
    "name": "zh_gb18030_lf_notices_and_law_page_company_deregistration_story_byline_rare_char_caption_credit_running_head_midsentence_glued_gongshi_cuigao_court_notice_case_number_line_glued_qingsuan_liquidation_notice",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "渚阳晚报 2027-06-09 第15版 公告·法治, GB18030 (`\U0002c72f` U+2C72F in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A notices page: a story on faster company deregistration (title, byline "
    "line, a caption and its credit inside a sentence, the running head in mid-sentence), then, with no blank line, a "
    "district court's public summons (公示催告) over a lost bank acceptance bill: its title, the case number "
    "`（2027）渚0105民催21号` on a line of its own (paragraph 1), two paragraphs, the court on its own line (the "
    "byline, none accepted) and the date in Chinese numerals (a paragraph); then, again with no blank line, a "
    "company's liquidation notice `…清算公告` calling on creditors to declare within forty-five days (a paragraph, a "
    "contact row and an address row, the liquidation group as its byline, the date a paragraph).",
    "date": "2027-06-09", "page": "15",
    "head": ["渚阳晚报　　2027年6月9日　星期三", "第15版　公告·法治　　责任编辑：甄　萱"],
    "foot": ["渚阳晚报社　　分类广告部：0739-8826415"],
    "furniture": ["渚阳晚报", "2027年6月9日", "星期三", "第15版", "公告·法治", "责任编辑：甄　萱", "渚阳晚报·公告法治",
                  "渚阳晚报社", "分类广告部：0739-8826415"],
    "run": ["渚阳晚报·公告法治"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["企业注销办理时间压缩至五天", "本报记者　甘　\U0002c72f"], "title": "企业注销办理时间压缩至五天",
         "byline": ["本报记者　甘　\U0002c72f", "甘　\U0002c72f", "甘\U0002c72f"],
         "captions": ["市民服务中心的企业注销窗口。"], "credits": ["（本报记者　甘　\U0002c72f　摄）"],
         "body": ["记者昨天从市市场监管局了解到，今年起我市企业注销实行“一网通办”，普通注销从过去的二十个工作日"
                  "压缩至五个工作日。",
                  "市市场监管局登记注册科科长尤静怡介绍，{cap}企业在网上提交注销申请后，税务、社保等部门同步办理，"
                  "不用再一家一家跑。",
                  "她提醒，有限责任公司解散后应当依法成立清算组，在报纸上发布清算公告，通知债权人申报债权，公告期满"
                  "后才能申请注销{run}登记。"]},
        {"glued": True, "lines": ["渚阳市江北区人民法院公告"], "title": "渚阳市江北区人民法院公告",
         "byline": ["渚阳市江北区人民法院", None],
         "body": [("row", "（2027）渚0105民催21号"),
                  "申请人渚阳市永丰建材有限公司因遗失银行承兑汇票一张，向本院申请公示催告。该汇票票号为"
                  "2027030100158432，出票金额人民币伍拾万元，出票人渚阳市恒通机械有限公司，收款人渚阳市永丰建材"
                  "有限公司，付款行渚阳农商银行江北支行，出票日期2027年3月15日，到期日2027年9月15日。",
                  "本院决定受理。现予公告，自公告之日起六十日内，利害关系人应向本院申报权利。申报期间，禁止转让该"
                  "汇票。逾期无人申报的，本院将依法作出判决，宣告该汇票无效。",
                  ("end", "渚阳市江北区人民法院"),
                  ("row", "二〇二七年六月八日")]},
        {"glued": True, "lines": ["渚阳市鸿泰装饰工程有限公司清算公告"], "title": "渚阳市鸿泰装饰工程有限公司清算公告",
         "byline": ["渚阳市鸿泰装饰工程有限公司清算组", None],
         "body": ["本公司股东会于2027年6月1日作出决议，解散公司，并成立清算组。请各债权人自本公告发布之日起四十五日"
                  "内，持有关证明材料向本公司清算组申报债权。逾期未申报的，按有关规定处理。",
                  ("row", "联系人：柯承熙　电话：0739-8862307"),
                  ("row", "地址：渚阳市江北区滨河路88号"),
                  ("end", "渚阳市鸿泰装饰工程有限公司清算组"),
                  ("row", "2027年6月8日")]},
    ],
}

FUWEN = {
    "name": "zht_big5_crlf_taiwan_community_page_former_village_chief_dies_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_fuwen_funeral_notice_gaobieshi_family_signature_glued_yishi_shengming_declarations",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "嘉雲日報 2027-09-09 B4 社區．服務 (`中華民國116年9月9日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan community and notices page: a former village chief has died (title directly above the "
    "`【記者賴宥蓁／楓埔報導】` lead, a caption and its credit inside a sentence, a 「」 quotation cut by the running "
    "head), then, with no blank line, the family's funeral notice `訃聞`: one paragraph giving death, age and the "
    "告別式 arrangements in 民國 dates, the lines `叨在　鄉誼　世誼　戚誼　寅誼` and `哀此訃聞`, the 治喪處 line (each "
    "a paragraph) and the family's signature `孝男　…　泣告` (the byline, none accepted); then, with no blank line, "
    "`遺失聲明`: two declarations, one paragraph each.",
    "date": "2027-09-09", "page": "B4",
    "head": ["嘉雲日報　中華民國116年9月9日　星期四", "B4　社區．服務　　編輯：邱雅雯"],
    "foot": ["嘉雲日報社　訃聞刊登專線：(05)533-2816"],
    "furniture": ["嘉雲日報", "中華民國116年9月9日", "星期四", "B4", "社區．服務", "編輯：邱雅雯", "嘉雲日報．社區服務",
                  "嘉雲日報社", "訃聞刊登專線：(05)533-2816"],
    "run": ["嘉雲日報．社區服務"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老里長陳水木辭世　鄉親不捨"], "title": "老里長陳水木辭世　鄉親不捨", "tight": True,
         "byline": [None, "記者賴宥蓁", "賴宥蓁"],
         "captions": ["陳水木生前在關懷據點陪長輩泡茶。"], "credits": ["（家屬提供）"],
         "body": ["【記者賴宥蓁／楓埔報導】擔任楓埔鎮頂厝里里長長達二十八年的陳水木，本月二日在家中辭世，享壽九十一"
                  "歲。消息傳開，不少老鄰居到家中致意。",
                  "陳水木從民國七十一年起連任七屆里長，{cap}任內爭取拓寬頂厝排水、設立社區關懷據點，卸任後仍天天到"
                  "據點和老朋友泡茶。",
                  "現任里長黃志誠說：「阿木伯是大家的長輩，里內大小事都會找他{run}商量。」家屬訂十八日舉行告別式，"
                  "訃聞刊於本版。"]},
        {"glued": True, "lines": ["訃聞"], "title": "訃聞",
         "byline": ["孝男　陳昱霖　陳昱翔　暨全體家屬　泣告", None],
         "body": ["顯考陳公水木府君慟於中華民國一一六年九月二日壽終正寢，距生於民國二十五年，享壽九十有一。不孝男女"
                  "隨侍在側，親視含殮，遵禮成服。謹擇於九月十八日（星期六）上午九時，假楓埔鎮立殯儀館懷恩廳舉行家奠"
                  "禮，十時公奠禮，隨即發引火化。",
                  ("row", "叨在　鄉誼　世誼　戚誼　寅誼"),
                  ("row", "哀此訃聞"),
                  ("row", "治喪處：楓埔鎮頂厝里中興路112號"),
                  ("end", "孝男　陳昱霖　陳昱翔　暨全體家屬　泣告")]},
        {"glued": True, "lines": ["遺失聲明"], "title": "遺失聲明",
         "body": ["林秀鑾遺失楓埔鎮頂厝段三八二地號土地所有權狀一紙，聲明作廢。",
                  "楓埔鎮農會遺失統一發票專用章一枚，聲明作廢。"]},
    ],
}

PAIQI = {
    "name": "zht_big5hkscs_lf_hong_kong_news_page_removal_firm_fraud_story_byline_cantonese_quotes_caption_credit_running_head_midsentence_glued_shenxun_anjian_magistrates_cause_list_box_court_time_defendant_charge_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鷺峰日報 2027-11-25 A8 港聞, Big5-HKSCS (`咗 嗰 嚟 瞓`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong news page: a removal firm's owner charged with fraud (title, byline line "
    "`記者　簡詠儀`, Cantonese quotations in 「」, a caption and its credit inside a sentence, the running head in "
    "mid-sentence), then, with no blank line, the magistracy's cause list `今日審訊案件（東區裁判法院）`: a header row "
    "`庭號　時間　被告　控罪`, five rows (court, time, defendant, charge) and a source row; the box is an article, its "
    "head the title, each printed line a paragraph.",
    "date": "2027-11-25", "page": "A8",
    "head": ["鷺峰日報　2027年11月25日　星期四", "A8　港聞　　編輯：游卓瑩"],
    "foot": ["鷺峰日報社　　新聞熱線：2873 6610"],
    "furniture": ["鷺峰日報", "2027年11月25日", "星期四", "A8", "港聞", "編輯：游卓瑩", "鷺峰日報．港聞", "鷺峰日報社",
                  "新聞熱線：2873 6610"],
    "run": ["鷺峰日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["收訂金唔搬屋　搬運公司東主被控欺詐", "記者　簡詠儀"], "title": "收訂金唔搬屋　搬運公司東主被控欺詐",
         "byline": ["記者　簡詠儀", "簡詠儀"],
         "captions": ["事主黃太展示搬運公司的收據。"], "credits": ["（記者簡詠儀攝）"],
         "body": ["一間搬運公司收取八名客人訂金後未有依約搬屋，東主昨日在東區裁判法院提堂，被控八項欺詐罪。案件押後"
                  "至下月十六日再訊，被告獲准保釋。",
                  "其中一名事主黃太在法院外表示，{cap}她一家四口原定上月底搬往將軍澳：「佢收咗我三千蚊訂金，到咗搬屋"
                  "嗰日成朝都冇人嚟，打電話又唔聽。」",
                  "另一名事主李先生說，最後要另外請人搬，多付了兩千元：「錢就算啦，最慘係嗰晚一家人{run}冇地方瞓。」"]},
        {"glued": True, "lines": ["今日審訊案件（東區裁判法院）"], "title": "今日審訊案件（東區裁判法院）",
         "body": [("row", "庭號　時間　被告　控罪"),
                  ("row", "第一庭　9:30　何卓軒　盜竊"),
                  ("row", "第一庭　11:00　麥嘉俊　刑事損壞"),
                  ("row", "第三庭　9:30　羅美琪　在店舖內盜竊"),
                  ("row", "第三庭　14:30　鄧偉業　普通襲擊"),
                  ("row", "第七庭　10:00　伍家樂　無牌經營賓館"),
                  ("row", "資料來源：司法機構")]},
    ],
}

ZULIN = {
    "name": "zh_utf16le_bom_crlf_housing_page_rental_flats_story_byline_caption_credit_running_head_midsentence_glued_fangwu_zulin_xinxi_rental_column_zhengzu_hezu_labels_one_paragraph_an_ad_note_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "槿川日报 2027-08-20 第11版 安居, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A housing "
    "page: a story on rental flats for young workers (title, byline line, a caption and its credit inside a sentence, a "
    "quotation cut by the running head), then, with no blank line under its last line, the small-ads column "
    "`房屋租赁信息`: four rental ads, each one paragraph opened by its kind in `【】` (`【整租】`, `【合租】`, "
    "`【短租】`, `【商铺】`, kept) and closed by a masked telephone number, then a note row; the column is one article, "
    "its head the title.",
    "date": "2027-08-20", "page": "11",
    "head": ["槿川日报　2027年8月20日　星期五", "第11版　安居　　责任编辑：晏　琪"],
    "foot": ["槿川日报社　　分类广告热线：0758-3362815"],
    "furniture": ["槿川日报", "2027年8月20日", "星期五", "第11版", "安居", "责任编辑：晏　琪", "槿川日报·安居",
                  "槿川日报社", "分类广告热线：0758-3362815"],
    "run": ["槿川日报·安居"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城东620套租赁房下月开放申请", "本报记者　符　岑"], "title": "城东620套租赁房下月开放申请",
         "byline": ["本报记者　符　岑", "符　岑", "符岑"],
         "captions": ["城东保障性租赁住房项目的样板间。"], "credits": ["（本报记者　符　岑　摄）"],
         "body": ["记者昨天从市住房保障中心获悉，城东两处保障性租赁住房项目共620套房源将于9月1日起接受申请，租金约"
                  "为同地段市场租金的八成。",
                  "中心主任秦晓帆介绍，{cap}这批房源以一居室和两居室为主，家具家电齐全，毕业五年内在本市工作的青年可以"
                  "优先申请。",
                  "在城东一家物流公司上班的小韦说，他现在和同事合租，每月房租加水电要一千多元，“如果能申请上，离公司"
                  "也{run}近。”"]},
        {"glued": True, "lines": ["房屋租赁信息"], "title": "房屋租赁信息",
         "body": ["【整租】东苑小区3栋，两室一厅，78平方米，家电齐全，月租1600元。电话：137****5208",
                  "【合租】学府路青年公寓，次卧出租，限女生，水电平摊，月租650元。电话：139****0461",
                  "【短租】高铁站旁一居室，可按周租，每周480元。电话：158****7732",
                  "【商铺】城东农贸市场临街铺面，45平方米，适合餐饮，月租4200元，押二付三。电话：0758-3365108",
                  ("row", "（本栏信息由刊登者提供，交易前请核实房屋产权）")]},
    ],
}

PAIWEI = {
    "name": "zh_utf8_bom_crlf_malaysia_racing_page_defending_champion_preview_yibao_xun_tight_head_caption_credit_running_head_midsentence_glued_paiwei_race_card_box_number_horse_jockey_weight_draw_rows_unit_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "山城晨报 (an invented Malaysian Chinese daily, Ipoh) 2027-05-22 A15 马经, UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21; simplified. A Malaysian racing page: a race preview, its title directly above the "
    "lead opened by `（怡保讯）` (a caption and its credit inside a sentence, the running head before the last word), "
    "then, with no blank line, the race card `明日第五场排位（1400米）`: a header row `马号　马名　骑师　负磅　档位`, "
    "seven rows, one a horse (number, name, jockey, weight, draw), and a unit row; the box is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2027-05-22", "page": "A15",
    "head": ["山城晨报　2027年5月22日　星期六", "A15　马经　　编辑：伍慧敏"],
    "foot": ["山城晨报社　　马经组电邮：racing@shancheng.example.my"],
    "furniture": ["山城晨报", "2027年5月22日", "星期六", "A15", "马经", "编辑：伍慧敏", "山城晨报·马经", "山城晨报社",
                  "马经组电邮：racing@shancheng.example.my"],
    "run": ["山城晨报·马经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["金城快马志在卫冕"], "title": "金城快马志在卫冕", "tight": True,
         "captions": ["“金城快马”在晨操中冲刺。"], "credits": ["（苏志强摄）"],
         "body": ["（怡保讯）去年金杯赛冠军“金城快马”明天将在怡保马场出战第五场1400米赛事，练马师邱国伟对卫冕很有"
                  "信心。",
                  "邱国伟昨天在晨操后说，{cap}这匹六岁骟马近来状态回升，上周试闸跑得很轻松，“只要起步顺利，它有能力"
                  "跑进前三名”。",
                  "本场共有七匹马出赛，排第一档的“南洋之星”近三仗两胜，被视为最大对手。第五场预定下午3时15分"
                  "{run}开跑。"]},
        {"glued": True, "lines": ["明日第五场排位（1400米）"], "title": "明日第五场排位（1400米）",
         "body": [("row", "马号　马名　骑师　负磅　档位"),
                  ("row", "1　金城快马　阿兹曼　57　5"),
                  ("row", "2　南洋之星　颜志勇　56　1"),
                  ("row", "3　追风少年　卡里姆　55　3"),
                  ("row", "4　吉祥如意　黄文龙　54　7"),
                  ("row", "5　银河战士　拉兹丽　53　2"),
                  ("row", "6　快乐时光　吴俊贤　53　6"),
                  ("row", "7　榴莲飘香　诺哈菲兹　52　4"),
                  ("row", "（负磅以公斤计）")]},
    ],
}

MAILBOAT = {
    "name": "bah_cp1252_crlf_bahamian_creole_service_page_mailboat_back_in_service_story_byline_dateline_caption_credit_running_head_midsentence_glued_mailboat_sailins_table_header_boat_island_day_rows_aligned_by_spaces_dock_line",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Da Island Sip Sip (an invented Bahamian daily, Nassau) 2027-10-12 Page 9 Out Islan’ Service, Windows-1252 "
    "(`’ “ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Bahamian Creole service page: a "
    "mailboat back on its run (title, byline line `By Tamika Knowles`, the dateline `NASSAU –` opening the lead, a "
    "caption and its credit inside a sentence, a quotation cut by the running head before its last word), then, with "
    "no blank line, the sailings table `Mailboat Sailins Dis Week`: a header row, four rows `boat  island  day time` "
    "aligned by runs of spaces and a dock line; the table is an article, its head the title, each printed line a "
    "paragraph (one space kept).",
    "date": "2027-10-12", "page": "9",
    "head": ["DA ISLAND SIP SIP · Tuesday, 12 October 2027 · Page 9", "Out Islan’ Service · Editor: Garth Sweeting"],
    "foot": ["Da Island Sip Sip · news@sipsip.example.bs"],
    "furniture": ["DA ISLAND SIP SIP", "Tuesday, 12 October 2027", "Page 9", "Out Islan’ Service",
                  "Editor: Garth Sweeting", "Da Island Sip Sip · Out Islan’ Service", "Da Island Sip Sip",
                  "news@sipsip.example.bs"],
    "run": ["Da Island Sip Sip · Out Islan’ Service"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Captain Dolly back on she run", "By Tamika Knowles"], "title": "Captain Dolly back on she run",
         "byline": ["By Tamika Knowles", "Tamika Knowles"],
         "captions": ["Da Captain Dolly tie up at da dock."], "credits": ["Photo: Dwayne Ferguson"],
         "body": ["NASSAU – Da mailboat Captain Dolly sail outta Potter’s Cay Dock las’ night fuh da firs’ time since "
                  "May, after five mont’ in da dry dock. She was carryin’ flour, gas bottle, lum~ber an’ two new fridge "
                  "fuh Man~grove Cay.",
                  "Captain Elvin Moss say da ol’ engine wasn’ fixin’ no more, so dey put in a new one. {cap}Da boat does "
                  "make da run to Andros an’ back every week, an’ people in da set~tle~ment been waitin’ on she all "
                  "summer.",
                  "“We been gettin’ we gro~ce~ries by plane, an’ dat ain’ cheap, bey,” Ms Vernita Bain from Lisbon "
                  "Creek say. “Now we could eat {run}good.”"]},
        {"glued": True, "lines": ["Mailboat Sailins Dis Week"], "title": "Mailboat Sailins Dis Week",
         "body": [("row", "Boat           Goin’ to       Sail"),
                  ("row", "Miss Jolene    Long Island    Wed 2pm"),
                  ("row", "Abby Rose      Exuma          Thu 5pm"),
                  ("row", "Lady Corinne   Eleuthera      Fri 4pm"),
                  ("row", "Captain Dolly  Mangrove Cay   Sat 6pm"),
                  ("row", "All boats sail from Potter’s Cay Dock.")]},
    ],
}

AUCTION = {
    "name": "gpe_utf16be_bom_lf_ghanaian_pidgin_notices_page_port_unclaimed_cars_story_byline_dateline_caption_credit_running_head_midsentence_glued_auction_sale_notice_lot_rows_aligned_viewing_line_auctioneer_signature",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Di Sakumono Gist (an invented Ghanaian daily, Tema) 2027-11-05 Page 14 Notices & Adverts, UTF-16 BE with "
    "BOM (`– · “ ”`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Ghanaian Pidgin notices page: a "
    "story on unclaimed cars the port will sell (title, byline line `By Naa Dedei Tetteh`, the dateline `TEMA –`, a "
    "caption and its credit inside a sentence, the running head before the last word), then, with no blank line, the "
    "notice `AUCTION SALE`: an opening paragraph (date, time, place), a header row and four lot rows aligned by runs of "
    "spaces, a viewing line, a terms paragraph and the auctioneer's signature (the byline, none accepted).",
    "date": "2027-11-05", "page": "14",
    "head": ["DI SAKUMONO GIST · Friday, 5 November 2027 · Page 14", "Notices & Adverts · Editor: Esi Arthur"],
    "foot": ["Di Sakumono Gist · adverts@sakumonogist.example.com.gh"],
    "furniture": ["DI SAKUMONO GIST", "Friday, 5 November 2027", "Page 14", "Notices & Adverts", "Editor: Esi Arthur",
                  "Di Sakumono Gist · Notices & Adverts", "Di Sakumono Gist", "adverts@sakumonogist.example.com.gh"],
    "run": ["Di Sakumono Gist · Notices & Adverts"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Port go sell car wey nobody claim", "By Naa Dedei Tetteh"], "title": "Port go sell car wey nobody claim",
         "byline": ["By Naa Dedei Tetteh", "Naa Dedei Tetteh"],
         "captions": ["Some of di car dem for di port yard."], "credits": ["Photo: Yaw Boakye"],
         "body": ["TEMA – Di port manage~ment for Tema don talk say dem go sell di car dem wey nobody come claim for more "
                  "dan six months. Dem say some of di car don dey for di yard since last year, and space no dey again.",
                  "One port officer, Mr Kofi Adjei-Mensah, tell us say {cap}di owners get till Monday to come pay dia "
                  "cus~toms duty and carry dia car comot. “After dat, di auction go happen, no be joke,” he talk.",
                  "Plenty people wey dey find cheap car don al~ready start to dey come look di yard. Auntie Ama, a trader for "
                  "Com~mu~nity 1, say she dey pray make she get one small Corolla for her {run}business."]},
        {"glued": True, "lines": ["AUCTION SALE"], "title": "AUCTION SALE",
         "byline": ["Isaac Nortey, Licensed Auctioneer", None, "Isaac Nortey"],
         "body": ["By order of di port manage~ment, di auc~tio~neer go sell di vehi~cles wey dey under by pub~lic auc~tion "
                  "on Tuesday, 9 No~vem~ber 2027, 10am, for di Tema port car yard, Gate 3.",
                  ("row", "Lot  Vehicle               Reg. No."),
                  ("row", "1    Toyota Corolla 2012   GT 4471-19"),
                  ("row", "2    Nissan Almera 2015    GR 2208-20"),
                  ("row", "3    Hyundai Elantra 2014  GW 6615-18"),
                  ("row", "4    Kia Rio 2016          GE 1187-21"),
                  ("row", "Viewing: Monday 8 Nov, 9am to 4pm"),
                  "Buyer go pay 25 per cent for di spot and di balance inside 48 hours. Cash or bank draft only.",
                  ("end", "Isaac Nortey, Licensed Auctioneer")]},
    ],
}

PWOGRAM = {
    "name": "gcr_latin1_lf_guianese_creole_sports_page_league_restarts_story_byline_dateline_caption_credit_running_head_midsentence_glued_pwogram_fixtures_list_day_match_time_rows_aligned_by_spaces",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Koté Kayenn (an invented French Guiana daily, Cayenne) 2027-09-10 Paj 18 Spò, ISO 8859-1 (`é è ò É « »`; "
    "straight quotes and hyphens: Latin-1 has no curly quotes or dashes), LF; blank-line paragraphs, wrapped at 37 "
    "with hyphenation. A French Guianese Creole sports service page: the league restarts (title, byline line `Pa "
    "Maryse Sabajo`, the dateline `KAYENN -`, a caption and its credit inside a sentence, a «» quotation, the running "
    "head before the last word), then, with no blank line, the fixtures list `Pwogram prémyé jounen`: five rows "
    "`day  home - away  time` aligned by runs of spaces; the list is an article, its head the title, each printed line "
    "a paragraph (one space kept).",
    "date": "2027-09-10", "page": "18",
    "head": ["KOTÉ KAYENN | Vandrédi 10 sèptanm 2027 | Paj 18", "Spò | Rédaksyon: Nadège Léandre"],
    "foot": ["Koté Kayenn | spo@kotekayenn.example.gf"],
    "furniture": ["KOTÉ KAYENN", "Vandrédi 10 sèptanm 2027", "Paj 18", "Spò", "Rédaksyon: Nadège Léandre",
                  "Koté Kayenn | Spò", "Koté Kayenn", "spo@kotekayenn.example.gf"],
    "run": ["Koté Kayenn | Spò"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Foutbòl: chanpyonna-a ka", "rekoumansé dimen", "Pa Maryse Sabajo"],
         "title": "Foutbòl: chanpyonna-a ka rekoumansé dimen", "byline": ["Pa Maryse Sabajo", "Maryse Sabajo"],
         "captions": ["Jwè Zandoli-ya ka antréné."], "credits": ["Foto: Dimitri Lapompe"],
         "body": ["KAYENN - Apré dé mwa lavakans, chan~pyon~na foutbòl-a ka rekou~man~sé dimen. Dis lékip ké jwé an "
                  "prémyé divi~zyon, é pou prémyé fwa, lékip Sinnamary-a ka monté.",
                  "Prézidan lig-a, Jocelyn Horth, di ki {cap}tout stad-ya paré, mè lapli pé chanjé pwogram-an. «Si gen "
                  "gro lapli, nou ké ran~vwa~yé match-a», i di.",
                  "Pou sipò~tè-ya, gran match-a sé dimanch, lè Étwal Matoury ké jwé kont Zandoli Rémire, ki té gangné "
                  "chanpyonna-a lanné pasé. Biyé-a ka kouté sink {run}éro."]},
        {"glued": True, "lines": ["Pwogram prémyé jounen"], "title": "Pwogram prémyé jounen",
         "body": [("row", "Sanmdi   Lavni - Sinnamary     19h00"),
                  ("row", "Sanmdi   Wapa - Maripa         19h30"),
                  ("row", "Dimanch  Étwal - Zandoli       16h00"),
                  ("row", "Dimanch  Pripri - Kouman       16h00"),
                  ("row", "Dimanch  Bwa Kanon - Kariyou   18h00")]},
    ],
}

MEMALOOST = {
    "name": "chn_macroman_cr_chinook_jargon_community_page_canoe_landing_story_tzum_byline_dateline_caption_credit_running_head_midsentence_glued_memaloost_potlatch_memorial_notice_label_name_life_dates_verse_rows_family_signature",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Chinook Illahee Papeh (an invented community paper, Chinook, Washington) 2027-10-16 Page 6 Tillikum Wawa, "
    "Mac OS Roman (`– “ ”`), CR line ends; blank-line paragraphs, wrapped at 36 with hyphenation. A Chinook Jargon "
    "community page: four canoes land (title, byline line `Tzum: Della Sampson`, the dateline `CHINOOK –`, a caption "
    "and its credit inside a sentence, a “” quotation, the running head before the last word), then, with no blank "
    "line, a one-year memorial notice: the label `Memaloost Potlatch` (the section; kicker or none accepted), the name "
    "as title, the life dates `1948 – 2026` under it (the subtitle, none accepted), one paragraph giving the potlatch's "
    "day and place, three verse lines (each a paragraph) and the families' signature (the byline, none accepted).",
    "date": "2027-10-16", "page": "6",
    "head": ["CHINOOK ILLAHEE PAPEH – Saturday, October 16, 2027 – Page 6", "Tillikum Wawa – Editor: Joan Brisbois"],
    "foot": ["Chinook Illahee Papeh – news@illaheepapeh.example.org"],
    "furniture": ["CHINOOK ILLAHEE PAPEH", "Saturday, October 16, 2027", "Page 6", "Tillikum Wawa",
                  "Editor: Joan Brisbois", "Chinook Illahee Papeh – Tillikum Wawa", "Chinook Illahee Papeh",
                  "news@illaheepapeh.example.org"],
    "run": ["Chinook Illahee Papeh – Tillikum Wawa"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Hyiu canim chako kopa Chinook", "Tzum: Della Sampson"], "title": "Hyiu canim chako kopa Chinook",
         "byline": ["Tzum: Della Sampson", "Della Sampson"],
         "captions": ["Lakit canim kopa Chinook beach."], "credits": ["Photo: Carl Petit"],
         "body": ["CHINOOK – Tahlkie lakit canim chako kopa salt~chuk pe mitlite kopa nesika beach. Hyiu tilli~kum "
                  "klatawa kopa beach pe nanitch okoke canim, pe tenas tilli~kum shout.",
                  "Tyee kopa ikt canim, Ralph Kimsey, wawa: {cap}“Nesika klatawa kwinnum sun kopa saltchuk. Hyas cole, "
                  "pe hyas skookum wind, pe wake nesika kwass.”",
                  "Kopa polaklie hyiu tillikum mucka~muck salmon pe tanse kopa long~house. Kopa Saturday nesika mamook "
                  "potlatch kopa ikt klooch~man yaka {run}memaloost."]},
        {"glued": True, "lines": ["Memaloost Potlatch", "Martha Ann Charley", "1948 – 2026"],
         "section": ["Memaloost Potlatch", None], "kicker": [None, "Memaloost Potlatch"], "title": "Martha Ann Charley",
         "subtitle": ["1948 – 2026", None], "byline": ["Charley pe Dowd tillikums", None],
         "body": ["Ikt cole ahnkuttie nesika mama Martha yaka memaloost. Kopa Saturday, October 23, nesika mamook "
                  "potlatch kopa Chinook long~house, kopa sitkum sun. Konaway tillikum chako muckamuck kunamokst.",
                  ("row", "Mika halo mitlite kopa nesika,"),
                  ("row", "pe mika kwansum mitlite"),
                  ("row", "kopa nesika tumtum."),
                  ("end", "Charley pe Dowd tillikums")]},
    ],
}

PAGES = [ZHENGSHOU, CUIGAO, FUWEN, PAIQI, ZULIN, PAIWEI, MAILBOAT, AUCTION, PWOGRAM, MEMALOOST]
