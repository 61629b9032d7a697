"""The text of every holdout70 page, written once: make_holdout70_pages.py prints it and writes the gold.

The page format is holdout69's (see pages_holdout69.py), unchanged. `("row", line)` prints a line of a table, a rota,
a listing or a list of names (one gold paragraph per printed line, no blank line between rows); `("h", line)` prints a
heading inside an article (gold `headings`); `("end", line)` prints a line that is no paragraph of the gold. All
papers, people, firms, pharmacies, schools, churches, books and events are invented.
"""

JIANKANG = {
    "name": "zh_gbk_crlf_jiankang_health_page_flu_vaccine_story_caption_credit_midsentence_yeban_zhiban_yaodian_duty_pharmacy_rota_rows_address_hours_running_head",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "临湾晚报 2027-11-12 第8版 健康, GBK, CRLF; blank-line paragraphs, wrapped at 21. A health page: a story on flu "
    "vaccination hours (title, byline line, caption and credit inside a sentence, the running head in mid-sentence), "
    "and a duty rota `本周夜间值班药店` (header row, four pharmacy rows with address and hours, one closing paragraph).",
    "date": "2027-11-12", "page": "8",
    "head": ["临湾晚报　2027年11月12日　星期五", "第8版　健康　　责任编辑：詹　苇"],
    "foot": ["临湾晚报社　　健康热线：0577-6612120"],
    "furniture": ["临湾晚报", "2027年11月12日", "星期五", "第8版", "健康", "责任编辑：詹　苇", "临湾晚报·健康",
                  "临湾晚报社", "健康热线：0577-6612120"],
    "run": ["临湾晚报·健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["流感疫苗接种点延长服务时间", "本报记者　柯　岚"], "title": "流感疫苗接种点延长服务时间",
         "byline": ["本报记者　柯　岚", "柯　岚", "柯岚"],
         "captions": ["市民在城东社区卫生服务中心排队接种。"], "credits": ["（本报记者　柯　岚　摄）"],
         "body": ["进入流感高发季，我市二十四个社区卫生服务中心从本周起延长疫苗接种时间，工作日晚上开到八点，周六全天开放。",
                  "城东社区卫生服务中心主任韦明华说，这几天前来接种的{cap}多是老人和学龄儿童，每天接种三百多人次。",
                  "疾控部门提醒，六十岁以上老人、慢性病患者和孕妇是重点人群，接种前请带好身份证和医保卡，"
                  "{run}发热或正在服药的市民请先咨询医生。"]},
        {"lines": ["本周夜间值班药店"], "title": "本周夜间值班药店",
         "body": [("row", "药店　　　　　地址　　　　　　值班时间"),
                  ("row", "仁和堂大药房　人民路116号　　　21:00～次日8:00"),
                  ("row", "康宁药店　　　滨海大道8号　　　全天24小时"),
                  ("row", "百草药房　　　新桥街42号　　　21:00～次日7:00"),
                  ("row", "惠民药店　　　北门路3号　　　　21:00～次日8:00"),
                  "值班安排如有变动，以药店门口公告为准。"]},
    ],
}

JIAOTONG = {
    "name": "zh_utf8_bom_lf_jiaotong_transport_page_binjiang_road_works_story_kicker_caption_credit_midsentence_bus_route_change_rows_road_closure_notice_issuer_date",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "江岚日报 2027-09-03 第5版 交通, UTF-8 with BOM, LF; blank-line paragraphs, wrapped at 22. A transport page: a story "
    "on road works on 滨江路 (kicker `出行提示`, title, byline line, caption and credit inside a sentence, the running head "
    "in mid-sentence), a route-change table `公交线路调整一览` (header row, three route rows), and a road closure notice "
    "(issuer and date lines as its last paragraphs).",
    "date": "2027-09-03", "page": "5",
    "head": ["江岚日报　2027年9月3日　星期五　第5版　交通"],
    "foot": ["本版编辑：龙　涛　　公交服务热线：96196"],
    "furniture": ["江岚日报", "2027年9月3日", "星期五", "第5版", "交通", "江岚日报·交通", "本版编辑：龙　涛",
                  "公交服务热线：96196"],
    "run": ["江岚日报·交通"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["出行提示", "滨江路下周起封闭施工　三条公交线路绕行", "本报记者　骆　青"], "kicker": ["出行提示", None],
         "title": "滨江路下周起封闭施工　三条公交线路绕行", "byline": ["本报记者　骆　青", "骆　青", "骆青"],
         "captions": ["滨江路沿线已设置施工围挡。"], "credits": ["（本报记者　骆　青　摄）"],
         "body": ["记者从市城市管理局获悉，滨江路（解放桥至南门码头段）将于9月8日起封闭施工，更换地下雨水管道，工期约四十天。",
                  "施工期间，途经该路段的{cap}3路、15路和K7路公交车改走沿河路，沿线六个站点暂停使用。",
                  "交警部门建议，私家车可从人民路、建设路绕行，早晚高峰尽量{run}选择地铁出行，避开施工路段。"]},
        {"lines": ["公交线路调整一览"], "title": "公交线路调整一览",
         "body": [("row", "线路　　调整内容　　　　　　　　　起始日期"),
                  ("row", "3路　　改走沿河路，停靠临时站　　9月8日"),
                  ("row", "15路　 首班提前至5:50　　　　　　9月8日"),
                  ("row", "K7路　 末班延后至22:30　　　　　9月8日")]},
        {"lines": ["道路施工通告"], "title": "道路施工通告",
         "body": ["因雨水管道改造需要，9月8日至10月17日，滨江路解放桥至南门码头段禁止机动车通行，行人请走临时便道。",
                  "江岚市城市管理局",
                  "2027年9月2日"]},
    ],
}

DIANSHI = {
    "name": "zh_utf16be_bom_lf_dianshi_tv_radio_guide_channel_heads_time_rows_radio_channel_preview_story_documentary_caption_credit_midsentence_running_head",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "岚州都市报 2027-10-16 第14版 荧屏 (a TV and radio guide, 电视), UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 20. A TV and radio "
    "guide: two TV channel heads and one radio channel head (each an article titled by the channel, one paragraph per "
    "time row), then a preview story (title, byline line, caption and credit inside a sentence, the running head in "
    "mid-sentence).",
    "date": "2027-10-16", "page": "14",
    "head": ["岚州都市报　第14版　荧屏", "2027年10月16日　星期六　　编辑：樊　晴"],
    "foot": ["节目如有变动以电视台播出为准　　岚州都市报社"],
    "furniture": ["岚州都市报", "第14版", "荧屏", "2027年10月16日", "星期六", "编辑：樊　晴", "岚州都市报·荧屏",
                  "节目如有变动以电视台播出为准", "岚州都市报社"],
    "run": ["岚州都市报·荧屏"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["岚州电视台新闻综合频道"], "title": "岚州电视台新闻综合频道",
         "body": [("row", "07:00　早安岚州"), ("row", "12:00　午间新闻"), ("row", "18:30　岚州新闻联播"),
                  ("row", "20:00　纪录片：海岛守灯人（1）"), ("row", "21:30　法治在线")]},
        {"lines": ["岚州电视台影视频道"], "title": "岚州电视台影视频道",
         "body": [("row", "09:00　电视剧：山里的学校（12、13）"), ("row", "14:00　电影：远方的信"),
                  ("row", "19:35　电视剧：老街坊（21、22）")]},
        {"lines": ["岚州交通广播　FM 98.6"], "title": "岚州交通广播　FM 98.6",
         "body": [("row", "07:30　早高峰路况直播"), ("row", "17:00　一路同行"), ("row", "22:00　夜听")]},
        {"lines": ["《海岛守灯人》今晚开播", "本报记者　司　朗"], "title": "《海岛守灯人》今晚开播",
         "byline": ["本报记者　司　朗", "司　朗", "司朗"],
         "captions": ["纪录片《海岛守灯人》剧照。"], "credits": ["（岚州电视台供图）"],
         "body": ["由岚州电视台拍摄的五集纪录片《海岛守灯人》今晚八点在新闻综合频道首播，讲述一家三代在小岛上守护灯塔的故事。",
                  "摄制组在鹰嘴岛上住了{cap}整整一年，拍下了台风夜抢修灯器的全过程。",
                  "导演岑一帆说，片子没有解说词，全靠{run}人物自己讲述，“我们只想把他们的日子原样记下来”。"]},
    ],
}

CHANGXIAO = {
    "name": "zht_big5_crlf_taiwan_changxiao_bestseller_chart_ranked_rows_author_publisher_header_row_review_kicker_shuping_byline_caption_credit_midsentence_running_head",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "竹岸日報 中華民國116年8月20日 (2027) A10 閱讀, Big5, CRLF; indent-only paragraphs, wrapped at 21. A bestseller "
    "page: a chart `本週暢銷書排行榜` (header row, six ranked rows with title, author and publisher, a source row), then "
    "a review (kicker `書評`, title, byline line `文◎何昱廷`, caption and credit inside a sentence, the running head in "
    "mid-sentence).",
    "date": "2027-08-20", "page": "A10",
    "head": ["竹岸日報　中華民國116年8月20日　星期五", "A10　閱讀　　主編：溫書婷"],
    "foot": ["竹岸日報社　讀者服務專線：(04)2255-3366"],
    "furniture": ["竹岸日報", "中華民國116年8月20日", "星期五", "A10", "閱讀", "主編：溫書婷", "竹岸日報．閱讀",
                  "竹岸日報社", "讀者服務專線：(04)2255-3366"],
    "run": ["竹岸日報．閱讀"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["本週暢銷書排行榜"], "title": "本週暢銷書排行榜",
         "body": [("row", "名次　書名　　　　　　作者　　　出版社"),
                  ("row", "1　　海邊的字典　　　　林采薇　　青岸出版"),
                  ("row", "2　　慢慢來的早餐　　　蔡宜君　　木果文化"),
                  ("row", "3　　山城舊事　　　　　張國棟　　青岸出版"),
                  ("row", "4　　給十七歲的信　　　鄭安妮　　晴川書房"),
                  ("row", "5　　我的阿嬤會種田　　黃文彥　　木果文化"),
                  ("row", "6　　夜行列車　　　　　許志明　　遠帆出版"),
                  ("row", "資料來源：竹岸書店連鎖門市8月9日至15日銷售統計")]},
        {"lines": ["書評", "一本字典，收藏一座漁村的聲音", "文◎何昱廷"], "kicker": ["書評", None],
         "title": "一本字典，收藏一座漁村的聲音", "byline": ["文◎何昱廷", "何昱廷"],
         "captions": ["《海邊的字典》書封。"], "credits": ["（青岸出版提供）"],
         "body": ["連續三週登上榜首的《海邊的字典》，是林采薇的第二本小說。故事從一位退休國文老師開始，"
                  "他決定為自己長大的漁村編一本字典。",
                  "書中每一章都以一個{cap}詞條開頭，像「起風」、「補網」、「等船」，讀來像在翻一本家族相簿。",
                  "林采薇的文字不急不徐，"
                  "{run}寫老人的孤單也寫村子的熱鬧。合上書，耳邊彷彿還有海浪的聲音。"]},
    ],
}

CAIPIAO = {
    "name": "zht_big5hkscs_lf_hong_kong_caipiao_lottery_results_page_draw_number_rows_prize_table_header_row_short_story_cantonese_quote_caption_credit_midsentence",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "港灣日報 2027-10-14 B6 彩票, Big5-HKSCS (`喺 啲 咗`; in neither cp950 nor Big5), LF; blank-line paragraphs, "
    "wrapped at 20. A lottery results page: the draw `第27118期攪珠結果` (date, winning numbers and extra number rows, a "
    "prize table with header row and four prize rows), then a short story (title, byline line, caption and credit "
    "inside a sentence, a Cantonese quotation, the running head in mid-sentence).",
    "date": "2027-10-14", "page": "B6",
    "head": ["港灣日報　2027年10月14日　星期四", "B6　彩票　　編輯：譚嘉麗"],
    "foot": ["港灣日報有限公司　　新聞熱線：2888 6123　　結果以官方公布為準"],
    "furniture": ["港灣日報", "2027年10月14日", "星期四", "B6", "彩票", "編輯：譚嘉麗", "港灣日報．彩票",
                  "港灣日報有限公司", "新聞熱線：2888 6123", "結果以官方公布為準"],
    "run": ["港灣日報．彩票"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["第27118期攪珠結果"], "title": "第27118期攪珠結果",
         "body": [("row", "攪珠日期：10月13日（星期三）"), ("row", "中獎號碼：05　11　18　27　36　44"),
                  ("row", "特別號碼：09"),
                  ("row", "獎項　　每注派彩　　　　中獎注數"), ("row", "頭獎　　$12,480,360　　2"),
                  ("row", "二獎　　$836,900　　　　3"), ("row", "三獎　　$61,250　　　　118"),
                  ("row", "四獎　　$9,600　　　　　436")]},
        {"lines": ["頭獎兩注中　一注喺觀塘售出", "本報記者　梁卓謙"], "title": "頭獎兩注中　一注喺觀塘售出",
         "byline": ["本報記者　梁卓謙", "梁卓謙"],
         "captions": ["觀塘一間投注站昨晚大排長龍。"], "credits": ["（本報記者　梁卓謙攝）"],
         "body": ["昨晚攪珠的頭獎由兩注瓜分，每注派彩逾1,248萬元，其中一注喺觀塘裕民坊投注站售出。",
                  "投注站職員黃姑娘話，{cap}開獎前一晚已經有好多街坊排隊，“佢哋買咗幾十年都未中過，今次終於有啲運氣。”",
                  "下期攪珠將於星期六晚上舉行，頭獎基金{run}估計約為八百萬元。"]},
    ],
}

LOUSHI = {
    "name": "zh_gb18030_crlf_loushi_property_page_market_story_october_sales_caption_credit_midsentence_benzhou_fangyuan_listing_rows_price_size_agent_rare_char_running_head",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "鹭桥商报 2027-11-12 第11版 楼市, GB18030 (`𬀩` U+2C029 in an agent's name, not in GBK), CRLF; indent-only "
    "paragraphs, wrapped at 22. A property page: a market story (title, subtitle, byline line, caption and credit inside "
    "a sentence, the running head in mid-sentence), then listings `本周精选房源` (header row, five listing rows with "
    "estate, layout, size and price, a contact row naming the agent).",
    "date": "2027-11-12", "page": "11",
    "head": ["鹭桥商报　第11版　楼市", "2027年11月12日　星期五　　责任编辑：邵　岩"],
    "foot": ["鹭桥商报社　　房产广告热线：0592-5081234"],
    "furniture": ["鹭桥商报", "第11版", "楼市", "2027年11月12日", "星期五", "责任编辑：邵　岩", "鹭桥商报·楼市",
                  "鹭桥商报社", "房产广告热线：0592-5081234"],
    "run": ["鹭桥商报·楼市"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["十月新房成交回暖", "改善型户型受青睐", "本报记者　盛　禾"], "title": "十月新房成交回暖",
         "subtitle": "改善型户型受青睐", "byline": ["本报记者　盛　禾", "盛　禾", "盛禾"],
         "captions": ["购房者在售楼处查看沙盘。"], "credits": ["本报记者　盛　禾　摄"],
         "body": ["据市房地产交易中心统计，10月全市新建商品住宅成交2846套，环比增长18.6%，成交均价每平方米16420元，与上月基本持平。",
                  "从成交结构看，120平方米以上的{cap}四房户型占比接近三成，比去年同期提高了九个百分点。",
                  "业内人士分析，年底前各楼盘推盘量仍然较大，购房者议价空间{run}有所增加，不必急于入市。"]},
        {"lines": ["本周精选房源"], "title": "本周精选房源",
         "body": [("row", "楼盘　　　　户型　　　面积　　　总价"),
                  ("row", "海湾新城　　三室两厅　98㎡　　　168万元"),
                  ("row", "鹭岛花园　　四室两厅　136㎡　　 245万元"),
                  ("row", "东渡雅苑　　两室一厅　72㎡　　　109万元"),
                  ("row", "湖畔名邸　　四室两厅　142㎡　　 298万元"),
                  ("row", "五缘里　　　三室两厅　105㎡　　 186万元"),
                  ("row", "咨询：置业顾问袁𬀩　电话：0592-5098765")]},
    ],
}

BEMBA = {
    "name": "bem_cp1252_crlf_bemba_worship_page_inshita_sha_kupepa_service_times_by_church_rows_choir_feature_kalemba_byline_caption_credit_midsentence_running_head",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Icebo ca Kasama (a Bemba-language weekly, Kasama, Zambia) 2027-11-14 peji 9, Windows-1252 (`“ ” –`), CRLF; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A worship page: service times `Inshita sha kupepa` (five rows, "
    "each a church with its place and times), then a feature on a choir (title, byline line `Kalemba: Chanda Mwila`, "
    "caption and credit inside a sentence, the running head in mid-sentence).",
    "date": "2027-11-14", "page": "9",
    "head": ["ICEBO CA KASAMA | Pa Mulungu, 14 Novemba 2027 | Peji 9", "Ukupepa"],
    "foot": ["Icebo ca Kasama | P.O. Box 410, Kasama | icebo@kasama.example.zm"],
    "furniture": ["ICEBO CA KASAMA", "Pa Mulungu, 14 Novemba 2027", "Peji 9", "Ukupepa", "Icebo ca Kasama | Peji 9",
                  "Icebo ca Kasama", "P.O. Box 410, Kasama", "icebo@kasama.example.zm"],
    "run": ["Icebo ca Kasama | Peji 9"], "labels": [], "markup": [" | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Inshita sha kupepa"], "title": "Inshita sha kupepa",
         "body": [("row", "Ecalici lya St Paul, Chiba: 07:00, 09:30"),
                  ("row", "Ing'anda ya Lesa ya Mulilansolo: 08:00"),
                  ("row", "Ecalici lya Bwafya, Musenga: 09:00, 17:00"),
                  ("row", "Ipepo lya balumendo, Chiba: 15:00"),
                  ("row", "Ukupepela pamo, Lubala Hall: 18:30")]},
        {"lines": ["Kwaya ya Mulilansolo yabwela ukufuma ku Lusaka", "Kalemba: Chanda Mwila"],
         "title": "Kwaya ya Mulilansolo yabwela ukufuma ku Lusaka",
         "byline": ["Kalemba: Chanda Mwila", "Chanda Mwila"],
         "captions": ["Kwaya ya Mulilansolo ilembesha ku Lusaka."], "credits": ["Icikope: Bwalya Kasonde"],
         "body": ["Kwaya ya Mulilansolo iyo yapokele ici~lam~bu ca ku~ba~li~la~po mu lu~pi~ki~sano lwa makwaya ku Lusaka "
                  "yabwela ku Kasama pa Ci~be~lu~shi.",
                  "Abantu abengi bali~pi~the~ne ku ng'anda ya Lesa uku~po~kelela {cap}aba~imbi makumi yatatu "
                  "na ba~sam~bi~li~la babo.",
                  "“Ici cilambu ca bantu bonse aba mu Ka~sa~ma,” e fyo Ba~shi~ma~pe~po Mutale Kaoma "
                  "{run}ala~shi~mike. Kwaya ikemba pa kupepa kwa 09:30 Pa Mulungu."]},
    ],
}

KAPAMPANGAN = {
    "name": "pam_latin1_cr_kapampangan_graduates_page_migtapus_story_ning_byline_caption_credit_midsentence_graduate_names_rows_under_school_headings_enye",
    "encoding": "latin-1", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Ing Siping (a Kapampangan-language weekly, San Fernando, Pampanga) 2027-04-02 bulung 4, ISO-8859-1 (`ñ` in "
    "names), classic Mac CR line ends; blank-line paragraphs, wrapped at 40 with hyphenation. A graduates page: a story "
    "(title, byline line `Ning Rosario Dizon`, caption and credit inside a sentence, the running head in mid-sentence), "
    "then the list `Ding Migtapus` (two school headings, each over graduate name rows).",
    "date": "2027-04-02", "page": "4",
    "head": ["ING SIPING / Biyernes, Abril 2, 2027 / Bulung 4", "Pamanaral"],
    "foot": ["Ing Siping / 45 Dalan Consunji, San Fernando / siping@balita.example.ph"],
    "furniture": ["ING SIPING", "Biyernes, Abril 2, 2027", "Bulung 4", "Pamanaral", "Ing Siping / Bulung 4",
                  "Ing Siping", "45 Dalan Consunji, San Fernando", "siping@balita.example.ph"],
    "run": ["Ing Siping / Bulung 4"], "labels": [], "markup": [" / ", " / ", " / ", " / "],
    "articles": [
        {"lines": ["Migtapus ing dakal a anak ning baryu", "Ning Rosario Dizon"], "title": "Migtapus ing dakal a anak ning baryu",
         "byline": ["Ning Rosario Dizon", "Rosario Dizon"],
         "captions": ["Ding migtapus king Sta. Lucia High School."], "credits": ["Litratu: Jose Manalang"],
         "body": ["Anam a dalan~da~ng estudyanti ing migtapus king aldo ning Huwebes king adwa a paa~ra~lan "
                  "ning San Fernando, ing pe~ka~ma~ra~gul a bilang king labing adwang banwa.",
                  "King Sta. Lucia High School, mig~sa~li~ta ing {cap}punong gurung Maria Luz Peñaflor "
                  "at sinabi nang \"ing aral ya ing e mawala.\"",
                  "Ding magulang pe~pa~sa~la~ma~tan da ding guru, at dakal la ing {run}mig~ya~yaka ba~yu ning "
                  "pam~mig~ta~pus."]},
        {"lines": ["Ding Migtapus"], "title": "Ding Migtapus",
         "body": [("h", "Sta. Lucia High School"),
                  ("row", "Aquino, Maria Teresa C."), ("row", "Bautista, Rolando M."),
                  ("row", "Dela Cruz, Angelica P."), ("row", "Gomez, John Paul S."),
                  ("h", "Baliti National High School"),
                  ("row", "Lacson, Kristine Joy D."), ("row", "Manalo, Jerome B."),
                  ("row", "Peñaflor, Ana Liza R."), ("row", "Yabut, Carlo N.")]},
    ],
}

FANTE = {
    "name": "fat_utf8_nobom_crlf_fante_exam_results_page_grade_band_table_header_row_candidates_percent_story_quote_dze_byline_caption_credit_midsentence_open_e_open_o",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Nkɔdo Nsɛm (a Fante weekly, Cape Coast) 2027-05-21 kratafa 6, UTF-8 without BOM (`ɛ ɔ Ɔ`), CRLF; blank-line "
    "paragraphs, wrapped at 40 with hyphenation. An exam results page: a grade-band table (title, header row, five band "
    "rows with candidates and percent, a total row), then a story with quotes (title, byline line `Dze Kofi Arhin`, "
    "caption and credit inside a sentence, the running head in mid-sentence).",
    "date": "2027-05-21", "page": "6",
    "head": ["NKƆDO NSƐM — Fida, 21 May 2027 — Kratafa 6", "Adesua"],
    "foot": ["Nkɔdo Nsɛm — Cape Coast — nsem@nkodo.example.gh"],
    "furniture": ["NKƆDO NSƐM", "Fida, 21 May 2027", "Kratafa 6", "Adesua", "Nkɔdo Nsɛm — Kratafa 6",
                  "Nkɔdo Nsɛm", "Cape Coast", "nsem@nkodo.example.gh"],
    "run": ["Nkɔdo Nsɛm — Kratafa 6"], "labels": [], "markup": [" — ", " — ", " — ", " — "],
    "articles": [
        {"lines": ["Nsɔhwɛ no ho nkyerɛase: Abura Sukuu Kɛse"], "title": "Nsɔhwɛ no ho nkyerɛase: Abura Sukuu Kɛse",
         "body": [("row", "Grade     Nkorɔfo   Ɔha mu"), ("row", "A1        48        11,3"),
                  ("row", "B2–B3     131       30,8"), ("row", "C4–C6     174       40,9"),
                  ("row", "D7–E8     52        12,2"), ("row", "F9        20        4,7"),
                  ("row", "Dze nyinara: 425")]},
        {"lines": ["Abura sukuufo yɛɛ adze a ɔyɛ fɛw", "Dze Kofi Arhin"], "title": "Abura sukuufo yɛɛ adze a ɔyɛ fɛw",
         "byline": ["Dze Kofi Arhin", "Kofi Arhin"],
         "captions": ["Abura sukuufo rehwɛ hɔn nsɔhwɛ ho nkyerɛase."], "credits": ["Mfonyin: Ekow Quansah"],
         "body": ["Abura Sukuu Kɛse n'ado~sua~fo 425 a wɔkɔr nsɔhwɛ no mu, ɔha mu 83 na wo~dzii nko~nim wɔ "
                  "nkyerɛ~kyerɛ nyinara mu.",
                  "Sukuu no panyin, Madam Efua Mensah, kaa dɛ: “Yɛ mba no {cap}bɔɔ mbɔdzen ara, na "
                  "hɔn akye~rɛ~kye~rɛ~fo so.”",
                  "Kwame Ansah a o~nyaa A1 nkyerɛ~kyerɛ nwɔ~twe mu kaa dɛ ɔpɛ dɛ ɔkɔ {run}sua ayarsa "
                  "wɔ su~kuu kɛse mu."]},
    ],
}

ACHOLI = {
    "name": "ach_macroman_cr_acholi_police_log_page_lok_lupolis_one_article_dated_timed_entries_each_one_paragraph_short_story_ki_byline_running_head_midsentence",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Lok Ma Nyen (an Acholi-language weekly, Gulu, Uganda) 2027-03-12 pot 5, Mac OS Roman (`“ ” •`), CR line ends; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A police log: one article `Lok ki bot lupolis` whose dated and "
    "timed entries are each one paragraph under the one head, then a short story (title, byline line `Ki Okello Denis`, "
    "caption and credit inside a sentence, the running head in mid-sentence).",
    "date": "2027-03-12", "page": "5",
    "head": ["LOK MA NYEN • 12 Dwe Adek 2027 • Pot 5", "Kwo i Gulu"],
    "foot": ["Lok Ma Nyen • Plot 12 Yo Awere • lok@manyen.example.ug"],
    "furniture": ["LOK MA NYEN", "12 Dwe Adek 2027", "Pot 5", "Kwo i Gulu", "Lok Ma Nyen • Pot 5",
                  "Lok Ma Nyen", "Plot 12 Yo Awere", "lok@manyen.example.ug"],
    "run": ["Lok Ma Nyen • Pot 5"], "labels": [], "markup": [" • ", " • ", " • ", " • "],
    "articles": [
        {"lines": ["Lok ki bot lupolis"], "title": "Lok ki bot lupolis",
         "body": ["8 Dwe Adek, 21:40: Lupolis omako co aryo ma gukwalo gwok pa ngat mo i Laroo. Gi~tye i "
                  "lo~wor~ne.",
                  "9 Dwe Adek, 06:15: Motoka o~go~yo aduku i yo Kampala ma cok ki Unyama. Pe tye ngat mo ma "
                  "oto.",
                  "10 Dwe Adek, 14:00: Dako mo okwalo cente 250,000 ki i dukan i Pece. Lupolis pud gi~mi~to en.",
                  "11 Dwe Adek, 19:30: Lwak gulweny i bar mo i Layibi. Lu~po~lis o~go~nyo lweny ma pe ngat mo "
                  "owane."]},
        {"lines": ["Lupolis ocako lweny i kom kwalo aduku", "Ki Okello Denis"], "title": "Lupolis ocako lweny i kom kwalo aduku",
         "byline": ["Ki Okello Denis", "Okello Denis"],
         "captions": ["Lupolis ma gineno aduku i Gulu."], "credits": ["Cal: Akello Grace"],
         "body": ["Lupolis me Gulu ocako tic manyen me juko kwalo aduku ma odoko dit i bo~ma. I dwe aryo "
                  "ma okato, aduku 37 ma gikwalo.",
                  "Ladit lupolis, Ocen Patrick, o~wa~co ni {cap}gibiketo lupolis i yo madito dyewor.",
                  "“Wamito ni lwak gukony wa ki lok,” en owaco. “Ka i~ne~no ngat mo ma tye ka {run}cato aduku "
                  "ki wel ma piny, cwal lok bot lupolis.”"]},
    ],
}

PAGES = [JIANKANG, JIAOTONG, DIANSHI, CHANGXIAO, CAIPIAO, LOUSHI, BEMBA, KAPAMPANGAN, FANTE, ACHOLI]
