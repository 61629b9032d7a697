"""The text of every holdout104 page, written once: make_holdout104_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged, as holdout93-103 used it: `"glued": True` on an article prints its first line straight under
the previous article's last line, with no blank line; `"tight": True` sets the title directly above the lead.
`("row", line)` prints a line of a list, box, table or notice (one gold paragraph per printed line); `("end", line)` a
printed line that is no paragraph of the gold (here a firm's signature under its reply, its byline). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line
end. The Latin table rows are padded to their columns by `aligned()` (holdout98's helper, as holdout99, 102 and 103
copied it), so the printed spacing is reproducible. All papers, firms, funds, associations, people, figures, readings,
times and events are invented; real places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


DUCHA = {
    "name": "zh_gbk_crlf_environment_page_inspection_story_byline_caption_credit_running_head_midsentence_glued_jiancha_faxian_wenti_numbered_findings_glued_firm_rectification_reply_numbered_signed_issuer_date_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "澄岭日报 2028-06-20 第7版 青山绿水, GBK, CRLF; indent-only paragraphs, wrapped at 22. An environment page: "
    "the city's environmental enforcement team finds four faults at an invented paper mill (title, byline line, a "
    "caption and its credit inside a sentence, the running head before the last word `处罚。`), then, with no blank "
    "line under its last line, the findings `检查发现的问题`: four numbered points `1．…；` (each one paragraph, the "
    "number kept); then, again with no blank line, the mill's reply `溪口纸业有限公司关于整改情况的说明`: an opening "
    "paragraph, four numbered points `一、…；` answering the findings one by one, a closing sentence, the firm on its "
    "own line (the byline, none accepted) and the date in Chinese numerals (a paragraph).",
    "date": "2028-06-20", "page": "7",
    "head": ["澄岭日报　　2028年6月20日　星期二", "第7版　青山绿水　　责任编辑：蒲　岚"],
    "foot": ["澄岭日报社出版　　新闻热线：0744-3318620"],
    "furniture": ["澄岭日报", "2028年6月20日", "星期二", "第7版", "青山绿水", "责任编辑：蒲　岚", "澄岭日报·青山绿水",
                  "澄岭日报社出版", "新闻热线：0744-3318620"],
    "run": ["澄岭日报·青山绿水"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["突击检查发现四个问题　溪口纸业限期整改", "本报记者　桂　澜"],
         "title": "突击检查发现四个问题　溪口纸业限期整改", "byline": ["本报记者　桂　澜", "桂　澜", "桂澜"],
         "captions": ["执法人员在排污口采集水样。"], "credits": ["（本报记者　桂　澜　摄）"],
         "body": ["6月15日，市生态环境局执法支队对溪口纸业有限公司进行突击检查，发现该公司在污水处理、固体废物"
                  "堆放等方面存在四个问题，已责令其在一个月内整改。",
                  "检查当天，执法人员在厂区排污口采集了水样，{cap}检测结果显示，化学需氧量超过排放标准0.6倍。执法"
                  "支队副支队长岑立新说，企业的在线监测设备已经停运三天，却没有按规定报告。",
                  "岑立新表示，执法支队将在整改期满后进行复查，发现整改不到位的，将依法从重{run}处罚。"]},
        {"glued": True, "lines": ["检查发现的问题"], "title": "检查发现的问题",
         "body": ["1．污水处理站二沉池出水浑浊，化学需氧量超标0.6倍；",
                  "2．在线监测设备停运三天，未按规定向生态环境部门报告；",
                  "3．约40吨污泥露天堆放在厂区东侧，未采取防雨、防渗措施；",
                  "4．危险废物贮存间未设置标识，台账记录不全。"]},
        {"glued": True, "lines": ["溪口纸业有限公司关于整改情况的说明"], "title": "溪口纸业有限公司关于整改情况的说明",
         "byline": ["溪口纸业有限公司", None],
         "body": ["本公司对执法检查发现的问题高度重视，已成立整改工作组，逐项落实整改。现将整改情况说明如下：",
                  "一、污水处理站已更换二沉池填料，6月18日起出水经第三方检测达标；",
                  "二、在线监测设备已修复并恢复联网，公司指定专人每日巡查；",
                  "三、露天堆放的污泥已全部清运，交由有资质的单位处置；",
                  "四、危险废物贮存间已设置标识，台账记录已补齐。",
                  "欢迎社会各界监督。",
                  ("end", "溪口纸业有限公司"),
                  ("row", "二〇二八年六月十九日")]},
    ],
}

BAOYU = {
    "name": "zh_gb18030_lf_weather_page_rainstorm_orange_warning_story_byline_rare_char_caption_credit_running_head_midsentence_glued_baoyu_yujing_xinhao_levels_table_header_signal_standard_action_rows_source_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "涞阳晚报 2028-07-11 第4版 气象服务, GB18030 (`\U0002cb5a` U+2CB5A in the reporter's name, not in GBK), LF; "
    "blank-line paragraphs, wrapped at 22. A weather page: the city's rainstorm warning raised from yellow to orange "
    "(title, byline line, a caption and its credit inside a sentence, the running head before the last word `地方。`), "
    "then, with no blank line under its last line, the warning-levels table `暴雨预警信号分级`: a header row "
    "`信号　标准　防御要点`, four rows one a colour (`橙色　3小时雨量达50毫米以上　学校可停课`) and a source row "
    "`资料来源：市气象台`; the table is an article, its head the title, each printed line a paragraph, the source "
    "row last.",
    "date": "2028-07-11", "page": "4",
    "head": ["涞阳晚报　　2028年7月11日　星期二", "第4版　气象服务　　责任编辑：邝　怡"],
    "foot": ["涞阳晚报社　　新闻热线：0371-6652018"],
    "furniture": ["涞阳晚报", "2028年7月11日", "星期二", "第4版", "气象服务", "责任编辑：邝　怡", "涞阳晚报·气象服务",
                  "涞阳晚报社", "新闻热线：0371-6652018"],
    "run": ["涞阳晚报·气象服务"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["今明两天有暴雨　北部山区局地大暴雨", "本报记者　祁　\U0002cb5a"],
         "title": "今明两天有暴雨　北部山区局地大暴雨",
         "byline": ["本报记者　祁　\U0002cb5a", "祁　\U0002cb5a", "祁\U0002cb5a"],
         "captions": ["昨天傍晚，市民冒雨出行。"], "credits": ["（本报记者　祁　\U0002cb5a　摄）"],
         "body": ["昨天下午5时，市气象台将暴雨黄色预警信号升级为橙色。预计今天白天到明天夜间，我市有暴雨，北部山区"
                  "局地大暴雨，过程累计雨量80至150毫米。",
                  "市气象台首席预报员芮启明介绍，{cap}这次降雨集中、强度大，山区发生山洪和地质灾害的风险较高，城区"
                  "低洼路段可能出现积水。",
                  "市防汛办提醒，橙色预警期间，中小学和幼儿园可以停课，在户外作业的人员要及时撤到安全{run}地方。"]},
        {"glued": True, "lines": ["暴雨预警信号分级"], "title": "暴雨预警信号分级",
         "body": [("row", "信号　标准　防御要点"),
                  ("row", "蓝色　12小时雨量达50毫米以上　关注预警"),
                  ("row", "黄色　6小时雨量达50毫米以上　暂停户外作业"),
                  ("row", "橙色　3小时雨量达50毫米以上　学校可停课"),
                  ("row", "红色　3小时雨量达100毫米以上　停课停业"),
                  ("row", "资料来源：市气象台")]},
    ],
}

YIZHOU = {
    "name": "zht_big5_crlf_taiwan_weather_page_plum_rain_front_story_byline_line_caption_credit_running_head_midsentence_glued_yizhou_tianqi_seven_day_table_header_date_weather_temp_rain_probability_rows_source_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "嵐港日報 2028-05-23 A8 天氣生活 (`中華民國117年5月23日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan weather page: the year's first plum-rain front (title, the byline line `記者翁靖雯／台北報導`, a caption "
    "and its credit inside a sentence, the running head before the last word `帶傘。`), then, with no blank line, the "
    "seven-day table `台北一週天氣`: a header row `日期　天氣　溫度（℃）　降雨機率`, seven rows a day "
    "(`5/25（四）　大雨　21-25　90%`: the date with its weekday in brackets, the range with an ASCII hyphen, the "
    "chance of rain in per cent) and the source row `資料來源：氣象署（5月22日17時發布）`; the table is an article, its "
    "head the title, each printed line a paragraph, the source row last.",
    "date": "2028-05-23", "page": "A8",
    "head": ["嵐港日報　中華民國117年5月23日　星期二", "A8　天氣生活　　編輯：詹淑芬"],
    "foot": ["嵐港日報社　讀者服務專線：(02)2761-5390"],
    "furniture": ["嵐港日報", "中華民國117年5月23日", "星期二", "A8", "天氣生活", "編輯：詹淑芬", "嵐港日報．天氣生活",
                  "嵐港日報社", "讀者服務專線：(02)2761-5390"],
    "run": ["嵐港日報．天氣生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["梅雨鋒面報到　北部連下一週", "記者翁靖雯／台北報導"], "title": "梅雨鋒面報到　北部連下一週",
         "byline": ["記者翁靖雯／台北報導", "翁靖雯"],
         "captions": ["午後大雨，民眾撐傘走過路口。"], "credits": ["（記者翁靖雯攝）"],
         "body": ["今年第一道梅雨鋒面今天起影響台灣，北部和中部山區降雨機率較高，週四、週五雨勢最明顯，局部地區可能"
                  "有大雨或豪雨。",
                  "氣象專家游振宏說，梅雨季的雨常常一下就是好幾個小時，{cap}和夏天午後的雷陣雨不同，山區民眾要注意"
                  "坍方和落石。",
                  "他提醒，這道鋒面過後氣溫回升，但下週初還有另一道鋒面接近，這幾天出門最好隨身{run}帶傘。"]},
        {"glued": True, "lines": ["台北一週天氣"], "title": "台北一週天氣",
         "body": [("row", "日期　天氣　溫度（℃）　降雨機率"),
                  ("row", "5/23（二）　多雲時陰　23-29　30%"),
                  ("row", "5/24（三）　陰短暫雨　22-27　60%"),
                  ("row", "5/25（四）　大雨　21-25　90%"),
                  ("row", "5/26（五）　陣雨　21-25　80%"),
                  ("row", "5/27（六）　陰時多雲　22-27　40%"),
                  ("row", "5/28（日）　多雲　23-30　20%"),
                  ("row", "5/29（一）　午後雷陣雨　24-31　50%"),
                  ("row", "資料來源：氣象署（5月22日17時發布）")]},
    ],
}

XINHAO = {
    "name": "zht_big5hkscs_lf_hong_kong_weather_page_typhoon_story_cantonese_byline_caption_credit_running_head_midquote_glued_typhoon_signals_table_header_signal_meaning_what_to_do_rows_note_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鷺灣日報 2028-09-14 A6 港聞, Big5-HKSCS (`喺 啲 咗 嘅`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong weather page in Cantonese: an invented typhoon nears and the No. 3 signal "
    "is up (title, byline line `記者　岑卓謙`, a caption and its credit inside a sentence, a shopper's 「」 quotation "
    "and then the Observatory's advice, cut by the running head before the last word `爆裂。」`), then, with no "
    "blank line, the signals table `熱帶氣旋警告信號點樣應變`: a header row `信號　代表　市民應該`, five rows one a "
    "signal (`八號　烈風或暴風　停工停課，盡快回家`) and a `註：` row; the table is an article, its head the title, "
    "each printed line a paragraph.",
    "date": "2028-09-14", "page": "A6",
    "head": ["鷺灣日報　2028年9月14日　星期四", "A6　港聞　　編輯：麥穎琳"],
    "foot": ["鷺灣日報社　　新聞熱線：2893 4172"],
    "furniture": ["鷺灣日報", "2028年9月14日", "星期四", "A6", "港聞", "編輯：麥穎琳", "鷺灣日報．港聞", "鷺灣日報社",
                  "新聞熱線：2893 4172"],
    "run": ["鷺灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["颱風「青鷺」逼近　今早或改發八號波", "記者　岑卓謙"], "title": "颱風「青鷺」逼近　今早或改發八號波",
         "byline": ["記者　岑卓謙", "岑卓謙"],
         "captions": ["市民喺超市搶購麵包。"], "credits": ["（岑卓謙攝）"],
         "body": ["颱風「青鷺」昨晚進入本港八百公里範圍，天文台晚上九時四十分發出三號強風信號，預料今日上午會考慮"
                  "改發八號烈風或暴風信號。",
                  "天文台高級科學主任龐家軒表示，「青鷺」會喺今晚最接近本港，{cap}屆時風力會顯著增強，沿岸低窪地區要"
                  "提防水浸。",
                  "大型超市昨晚擠滿市民搶購麵包同罐頭。有街坊話屋企啲窗貼好膠紙，「驚佢吹爆」；龐家軒就提醒，"
                  "「貼膠紙其實防唔到玻璃{run}爆裂。」"]},
        {"glued": True, "lines": ["熱帶氣旋警告信號點樣應變"], "title": "熱帶氣旋警告信號點樣應變",
         "body": [("row", "信號　代表　市民應該"),
                  ("row", "一號　颱風喺800公里內　留意天氣消息"),
                  ("row", "三號　本港吹強風　綁好花盆、關緊窗門"),
                  ("row", "八號　烈風或暴風　停工停課，盡快回家"),
                  ("row", "九號　風力會再增強　留喺室內，遠離窗門"),
                  ("row", "十號　颶風　切勿外出"),
                  ("row", "註：詳情請留意電台及電視廣播。")]},
    ],
}

TINGSHUI = {
    "name": "zh_utf16be_bom_lf_city_services_page_water_main_replacement_story_byline_caption_credit_running_head_midsentence_glued_tingshui_ludan_street_hours_effect_table_header_rows_note_hotline_rows",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "滢川日报 2028-10-17 第6版 城市服务, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. A city "
    "services page: an old water main under an embankment road is replaced overnight on the 19th (title, byline line, "
    "a caption and its credit inside a sentence, the running head before the last words `变清。`), then, with no "
    "blank line, the outage table `停水路段及时间`: a header row `路段　时间　影响`, five rows one a street or two "
    "(`滨江路（和平路至新华路）　22:00—6:00　停水`; three streets without water, two with low pressure), a `注：` "
    "row and a hotline row; the table is an article, its head the title, each printed line a paragraph.",
    "date": "2028-10-17", "page": "6",
    "head": ["滢川日报　2028年10月17日　星期二", "第6版　城市服务　　责任编辑：贝　宁"],
    "foot": ["滢川日报社出版　　新闻热线：0732-8816205"],
    "furniture": ["滢川日报", "2028年10月17日", "星期二", "第6版", "城市服务", "责任编辑：贝　宁", "滢川日报·城市服务",
                  "滢川日报社出版", "新闻热线：0732-8816205"],
    "run": ["滢川日报·城市服务"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["更换老旧供水主管　19日夜间城东部分路段停水", "本报记者　邬晓岚"],
         "title": "更换老旧供水主管　19日夜间城东部分路段停水", "byline": ["本报记者　邬晓岚", "邬晓岚"],
         "captions": ["施工人员在滨江路吊装新水管。"], "credits": ["（本报记者　邬晓岚　摄）"],
         "body": ["记者昨天从市自来水公司获悉，为更换滨江路下的一段老旧供水主管，10月19日22时至20日6时，城东部分"
                  "路段将停水，附近一些路段水压会降低。",
                  "这段主管铺设于1992年，{cap}今年已经爆裂过两次。自来水公司管网部经理阎建国说，施工安排在夜间，是为了"
                  "尽量减少对居民的影响。",
                  "自来水公司提醒，停水路段的居民请提前储水；恢复供水后，水龙头可能先流出黄水，放一会儿水就会{run}变清。"]},
        {"glued": True, "lines": ["停水路段及时间"], "title": "停水路段及时间",
         "body": [("row", "路段　时间　影响"),
                  ("row", "滨江路（和平路至新华路）　22:00—6:00　停水"),
                  ("row", "和平路（滨江路至人民路）　22:00—6:00　停水"),
                  ("row", "望江小区、江畔花园　22:00—6:00　停水"),
                  ("row", "新华路东段　23:00—5:00　水压降低"),
                  ("row", "江南大道、城东大道　23:00—5:00　水压降低"),
                  ("row", "注：施工顺利的，将提前恢复供水。"),
                  ("row", "供水服务热线：0732-96610")]},
    ],
}

ZHENJI = {
    "name": "zh_utf8_bom_crlf_malaysia_national_page_flood_relief_story_baodao_label_byline_dateline_opener_caption_credit_running_head_midsentence_glued_zhenji_jijin_donations_list_carried_forward_row_donor_rows_subtotal_cumulative_rows",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "东岸晨报 (an invented Malaysian Chinese daily) 2028-12-06 第5版 全国, UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian flood page (simplified): the Kelantan floods and the paper's relief fund "
    "(title, the byline line `报道：邝美玲`, the opener `（哥打巴鲁5日讯）` at the start of the lead, a caption and its "
    "credit inside a sentence, the running head before the last words `重建家园。`), then, with no blank line, the "
    "donations list `本报水灾赈济基金（第三批）`: a carried-forward row `承前（第一、二批）　RM68,450.00`, five "
    "donor rows `name　RM amount`, a subtotal row `本批小计　RM21,850.00` and a running total `累计　RM90,300.00` "
    "(the figures add up); the list is an article, its head the title, each printed line a paragraph.",
    "date": "2028-12-06", "page": "5",
    "head": ["东岸晨报　2028年12月6日　星期三", "第5版　全国　　编辑：温佩珊"],
    "foot": ["东岸晨报社　　新闻热线：09-748 3621"],
    "furniture": ["东岸晨报", "2028年12月6日", "星期三", "第5版", "全国", "编辑：温佩珊", "东岸晨报·全国", "东岸晨报社",
                  "新闻热线：09-748 3621"],
    "run": ["东岸晨报·全国"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["吉兰丹水灾灾民增至1万2千人", "报道：邝美玲"], "title": "吉兰丹水灾灾民增至1万2千人",
         "byline": ["报道：邝美玲", "邝美玲"],
         "captions": ["灾民在疏散中心领取饭盒。"], "credits": ["（李志强摄）"],
         "body": ["（哥打巴鲁5日讯）吉兰丹州水灾持续，截至今天下午4时，全州灾民增至1万2086人，分别安置在87个疏散"
                  "中心，巴西富地和道北一带的灾情最严重。",
                  "在巴西富地一所华小的疏散中心，{cap}十多名义工从早到晚轮班煮饭，每天送出约600个饭盒。",
                  "本报赈灾基金自上周开放以来，已收到各界捐款逾9万令吉。基金负责人表示，所有款项将交给州内华团，"
                  "用于购买物资和协助灾民{run}重建家园。"]},
        {"glued": True, "lines": ["本报水灾赈济基金（第三批）"], "title": "本报水灾赈济基金（第三批）",
         "body": [("row", "承前（第一、二批）　RM68,450.00"),
                  ("row", "丹州兴业有限公司　RM10,000.00"),
                  ("row", "哥打巴鲁福建会馆　RM5,000.00"),
                  ("row", "吉兰丹华文教师会　RM3,650.00"),
                  ("row", "林国辉、黄丽萍伉俪　RM2,000.00"),
                  ("row", "无名氏　RM1,200.00"),
                  ("row", "本批小计　RM21,850.00"),
                  ("row", "累计　RM90,300.00")]},
    ],
}

TATATINGA = {
    "name": "yrl_utf16le_bom_crlf_nheengatu_environment_page_wildfire_smoke_story_byline_dateline_caption_credit_running_head_midquote_glued_air_quality_table_header_town_index_word_rows_aligned_by_spaces_note_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Nheenga Paranã (an invented Nheengatu daily, Rio Negro, Brazil) 2028-09-19 Kuatiá 5 Iwi asuí Iwaka, "
    "UTF-16 LE with BOM (`ã ẽ í ú ê Ã Í ç · – “ ”`; `ẽ` is in no single-byte code), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A "
    "Nheengatu environment page: smoke from forest fires hangs over São Gabriel da Cachoeira (title, byline line "
    "`Umupinima Rosilda Baré`, the dateline `SÃO GABRIEL DA CACHOEIRA –` opening the lead, a caption and its credit "
    "inside a sentence, a nurse's “” quotation cut by the running head before `upé,”`), then, with no blank line, "
    "the air-quality table `Kuá ara iwaka`: a header row `Tawa  Índice  Mayé uikú` and five rows `town  index  "
    "word` aligned by runs of spaces, then a note row explaining the words; the table is an article, its head the "
    "title, each printed line a paragraph (one space kept). The head's date is in Portuguese, as the region's papers "
    "would print it.",
    "date": "2028-09-19", "page": "5",
    "head": ["NHEENGA PARANÃ · Terça-feira, 19 de setembro de 2028 · Kuatiá 5", "Iwi asuí Iwaka · Editora: Joana Baniwa"],
    "foot": ["Nheenga Paranã · kuatia@nheengaparana.example.br"],
    "furniture": ["NHEENGA PARANÃ", "Terça-feira, 19 de setembro de 2028", "Kuatiá 5", "Iwi asuí Iwaka",
                  "Editora: Joana Baniwa", "Nheenga Paranã · Iwi asuí Iwaka", "Nheenga Paranã",
                  "kuatia@nheengaparana.example.br"],
    "run": ["Nheenga Paranã · Iwi asuí Iwaka"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Tatatinga usika tawa kití", "Umupinima Rosilda Baré"], "title": "Tatatinga usika tawa kití",
         "byline": ["Umupinima Rosilda Baré", "Rosilda Baré"],
         "captions": ["Tatatinga tawa arama, karuka ramé."], "credits": ["Foto: Adão Tukano"],
         "body": ["SÃO GABRIEL DA CACHOEIRA – Musapiri semana kuíri tatatinga uikú tawa upé. Amana ti usika, asuí "
                  "tatá uyapí kaá upé, paranã rem~biwa rupí. Kurasí upitá pi~tanga iwaka upé.",
                  "Hospital upé usika heta taína asuí tuyuwa, {cap}aintá uhuhú reté, asuí ti ukiri pu~ranga pituna "
                  "ramé.",
                  "Enfer~meira Lúcia Baré unheẽ: “Taína-itá asuí tuyuwa-itá tupitá uka upé, asuí ti peyapí tatá "
                  "pe~kupixá {run}upé,” aé unheẽ."]},
        {"glued": True, "lines": ["Kuá ara iwaka"], "title": "Kuá ara iwaka",
         "body": [("row", aligned("Tawa", "Índice", "Mayé uikú", widths=(15, 9))),
                  ("row", aligned("São Gabriel", "162", "Puxí reté", widths=(15, 9))),
                  ("row", aligned("Santa Isabel", "118", "Puxí", widths=(15, 9))),
                  ("row", aligned("Barcelos", "97", "Puxí", widths=(15, 9))),
                  ("row", aligned("Iauaretê", "55", "Puxí", widths=(15, 9))),
                  ("row", aligned("Cucuí", "41", "Katu", widths=(15, 9))),
                  ("row", "Índice 151 suí: puxí reté.")]},
    ],
}

FUUWATA = {
    "name": "djk_macroman_cr_ndyuka_river_page_spring_tide_warning_story_byline_dateline_caption_credit_running_head_midquote_glued_tide_table_header_day_high_low_water_two_times_rows_aligned_by_spaces_note_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Okanisi Koanti (an invented Ndyuka daily, Suriname) 2028-05-12 Bladi 7 Liba anga Wata, Mac OS Roman "
    "(`á – “ ”`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Ndyuka river page: a spring "
    "tide meets the rain-swollen Marowijne at Albina (title, byline line `Fu Ronaldo Amoedang`, the dateline "
    "`ALBINA –` opening the lead, a caption and its credit inside a sentence, the harbour master's “” quotation cut "
    "by the running head before `osu,”`), then, with no blank line, the tide table `Hei wata anga lagi wata na "
    "Albina`: a header row `Dei  Hei wata  Lagi wata` and four rows of a day and two times for each water aligned by "
    "runs of spaces (`Satra 13     06.05 18.24  00.10 12.18`), then a note row; the table is an article, its head the "
    "title, each printed line a paragraph (one space kept).",
    "date": "2028-05-12", "page": "7",
    "head": ["OKANISI KOANTI – Feyda, 12 mei 2028 – Bladi 7", "Liba anga Wata – Redaktie: Carla Apinsa"],
    "foot": ["Okanisi Koanti – nyunsu@okanisikoanti.example.sr"],
    "furniture": ["OKANISI KOANTI", "Feyda, 12 mei 2028", "Bladi 7", "Liba anga Wata", "Redaktie: Carla Apinsa",
                  "Okanisi Koanti – Liba anga Wata", "Okanisi Koanti", "nyunsu@okanisikoanti.example.sr"],
    "run": ["Okanisi Koanti – Liba anga Wata"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Gaan wata e kon na Albina", "Fu Ronaldo Amoedang"], "title": "Gaan wata e kon na Albina",
         "byline": ["Fu Ronaldo Amoedang", "Ronaldo Amoedang"],
         "captions": ["Den boto a liba kanti na Albina."], "credits": ["Foto: Marlon Pinas"],
         "body": ["ALBINA – A wata fu a Maa~wina liba o kon moo hei leki fa a gwen~ti. Fu Satra te Tude~wooko, a gaan "
                  "fuu wata fu a se o miti a alen wata di e kon fu a busi.",
                  "A haabu basi fu Albina, Frits Adjako, taki den boto~man mu tai den boto taa~nga. A yali di "
                  "pasa, a wata be kon te na ini {cap}den osu fu den sama di e libi a liba se.",
                  "“Te a wata de hei, den pikin á mu go a liba se fu wasi. Un hori den a {run}osu,” Adjako taki."]},
        {"glued": True, "lines": ["Hei wata anga lagi wata na Albina"], "title": "Hei wata anga lagi wata na Albina",
         "body": [("row", aligned("Dei", "Hei wata", "Lagi wata", widths=(13, 13))),
                  ("row", aligned("Satra 13", "06.05 18.24", "00.10 12.18", widths=(13, 13))),
                  ("row", aligned("Sonde 14", "06.48 19.06", "00.52 13.01", widths=(13, 13))),
                  ("row", aligned("Mudde 15", "07.30 19.47", "01.35 13.44", widths=(13, 13))),
                  ("row", aligned("Tudewooko 16", "08.11 20.29", "02.17 14.26", widths=(13, 13))),
                  ("row", "Galibi: hei wata e kon wan yuu fosi.")]},
    ],
}

ALEKTRA = {
    "name": "sgs_cp1257_crlf_samogitian_local_page_storm_power_cut_story_byline_dateline_caption_credit_running_head_midquote_glued_outage_notice_header_street_hours_rows_aligned_by_spaces_contact_row",
    "encoding": "cp1257", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Žemaitėjės balsos (an invented Samogitian daily, Lithuania) 2028-11-17 5 pusl. Krašts, Windows-1257 "
    "(`ė Ė ā ē ī ū č š ž Ž · „ “ –`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Samogitian local "
    "page: a storm brought down power poles round Plungė, and the grid firm will cut the power on Saturday to change "
    "the lines (title over two lines, byline line `Rašė Jolanta Vaitkutė`, the dateline `PLONGĖ –` opening the "
    "lead, a caption and its credit inside a sentence, the firm's „“ quotation cut by the running head before "
    "`vakara“, – sakė R. Gedvėlas.`), then, with no blank line, the outage notice `Sobata, lapkrėčė 18 d., be "
    "alektras`: a header row `Gatvė  Laiks`, four rows `street  hours` aligned by runs of spaces "
    "(`Telšiu g. 1–27          8.00–14.00`) and a contact row; the notice is an article, its head the title, each "
    "printed line a paragraph (one space kept).",
    "date": "2028-11-17", "page": "5",
    "head": ["ŽEMAITĖJĖS BALSOS · Pėtnīčė, 2028 m. lapkrėčė 17 d. · 5 pusl.", "Krašts · Redaktuorė Rūta Mončiūtė"],
    "foot": ["Žemaitėjės balsos · redakcėjė@balsos.example.lt"],
    "furniture": ["ŽEMAITĖJĖS BALSOS", "Pėtnīčė, 2028 m. lapkrėčė 17 d.", "5 pusl.", "Krašts",
                  "Redaktuorė Rūta Mončiūtė", "Žemaitėjės balsos · Krašts", "Žemaitėjės balsos",
                  "redakcėjė@balsos.example.lt"],
    "run": ["Žemaitėjės balsos · Krašts"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Audra nolauži stolpus – sobata", "dalis gatviu bus be alektras", "Rašė Jolanta Vaitkutė"],
         "title": "Audra nolauži stolpus – sobata dalis gatviu bus be alektras",
         "byline": ["Rašė Jolanta Vaitkutė", "Jolanta Vaitkutė"],
         "captions": ["Meistrā kel naujus stolpus Babrungė."], "credits": ["Fuoto: Vaidots Bružos"],
         "body": ["PLONGĖ – Trečiadėinė naktė audra Plongės rajuonė nolauži daugiau kāp dvėdešimt alektras stolpu. "
                  "Kelė kāmā ėšbova be švėisas ėštėsa para.",
                  "Tėnklu bendruovės meistrā dierb jau trės dėinas. Bendruovės atstuovs Remigėjos Gedvėlas {cap}"
                  "sakė, ka sobata rēks ėšjongtė alektra kelėms gatvems, kad būtu galema pakeistė senus laidus.",
                  "„Atsėprašuom žmuoniu, bet kėtēp pada~rītė nāma~nuoma. Darba pabėigsem ėki {run}vakara“, – sakė "
                  "R. Gedvėlas."]},
        {"glued": True, "lines": ["Sobata, lapkrėčė 18 d., be alektras"], "title": "Sobata, lapkrėčė 18 d., be alektras",
         "body": [("row", aligned("Gatvė", "Laiks", widths=(24,))),
                  ("row", aligned("Vytauta g.", "8.00–14.00", widths=(24,))),
                  ("row", aligned("Telšiu g. 1–27", "8.00–14.00", widths=(24,))),
                  ("row", aligned("Ėžera g.", "10.00–16.00", widths=(24,))),
                  ("row", aligned("Babrunga kāims", "10.00–17.00", widths=(24,))),
                  ("row", "Teirautėis tel. (8 448) 51 207")]},
    ],
}

IELLEM = {
    "name": "smj_utf8_nobom_lf_lule_sami_nature_page_lake_shore_cleanup_story_byline_dateline_caption_credit_running_head_midquote_glued_ruona_iellem_green_living_briefs_label_over_three_headed_items",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Julev Sáhka (an invented Lule Sami daily, Sweden) 2028-07-14 Sijddo 6 Luonndo, UTF-8 without BOM "
    "(`á Á å Å · “ ” –`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A Lule Sami nature page: young "
    "people gather 300 kilos of rubbish on a lake shore at Jokkmokk (title over two lines, byline line "
    "`Tjálij Ánne Kuhmunen`, the dateline `JÅHKÅMÅHKKE –` opening the lead, a caption and its credit inside a "
    "sentence, the organiser's “” quotation cut by the running head before `buhtesin,”`), then, with no blank line, "
    "the green-living briefs column: the label `Ruoná iellem` (the first item's section; kicker or none accepted, "
    "and accepted on the others) over three items, each under its own head, each one paragraph.",
    "date": "2028-07-14", "page": "6",
    "head": ["JULEV SÁHKA · Bierjjedahka 14.07.2028 · Sijddo 6", "Luonndo · Doajmmadiddje: Elle Spik"],
    "foot": ["Julev Sáhka · doajmmadus@julevsahka.example.se"],
    "furniture": ["JULEV SÁHKA", "Bierjjedahka 14.07.2028", "Sijddo 6", "Luonndo", "Doajmmadiddje: Elle Spik",
                  "Julev Sáhka · Luonndo", "Julev Sáhka", "doajmmadus@julevsahka.example.se"],
    "run": ["Julev Sáhka · Luonndo"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Nuorra tjoaggin 300 kilo rusjka", "jávregáttes", "Tjálij Ánne Kuhmunen"],
         "title": "Nuorra tjoaggin 300 kilo rusjka jávregáttes", "byline": ["Tjálij Ánne Kuhmunen", "Ánne Kuhmunen"],
         "captions": ["Nuorra tjoaggi rusjka jávregáttes."], "credits": ["Gåvvå: Nils Pirtsi"],
         "body": ["JÅHKÅMÅHKKE – Lávvodagá tjoahk~kanin badjel tjuohte nuorra Skábram~jávre gáttáj ja tjoaggin 300 "
                  "kilo rusjka. Ienemusát lij plássta ja glássa.",
                  "Tjoahkkima dagáj Jåhkå~måhke nuoraj siebrre. Siebre åvdå~stiddje Máret Blind {cap}javllá ienep "
                  "ulmutja bådij dán jage go diehpen.",
                  "“Mij sihtap juohkka giesen dáv dahkat, vaj jávrre ja guole bissu {run}buhtesin,” Blind javllá."]},
        {"glued": True, "lines": ["Ruoná iellem", "Bruvkkidum biktasa vuobddemin"],
         "section": ["Ruoná iellem", None], "kicker": [None, "Ruoná iellem"], "title": "Bruvkkidum biktasa vuobddemin",
         "body": ["Jåhkåmåhke girkko~tjieldda vuobddá bruvkkidum biktasijt lávvodagá 22.7 ájgen 10–14. Ruhta manná "
                  "nuoraj~bargguj."]},
        {"lines": ["Ådå sykkelbájke skåvlå lahka"], "section": [None, "Ruoná iellem"], "kicker": [None, "Ruoná iellem"],
         "title": "Ådå sykkelbájke skåvlå lahka",
         "body": ["Suohkan la biedjam ådå sykkelbájkijt skåvlå ja bussastasjåvnå lahkáj. Suohkan sihtá ienep ulmutja "
                  "sykkelastet bargguj."]},
        {"lines": ["Pantta báhtjijs"], "section": [None, "Ruoná iellem"], "kicker": [None, "Ruoná iellem"],
         "title": "Pantta báhtjijs",
         "body": ["Borggemáno rájes máksá butihkka 2 kruvno juohkka báhtja åvdås. Báhtjijt máhtá vaddet butihka "
                  "ålggo~bielen."]},
    ],
}

PAGES = [DUCHA, BAOYU, YIZHOU, XINHAO, TINGSHUI, ZHENJI, TATATINGA, FUUWATA, ALEKTRA, IELLEM]
