"""The text of every holdout113 page, written once: make_holdout113_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-112 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("stanza", "line\\nline")` prints a verse's lines one to a line with a blank line
before them (one gold paragraph, holdout80's rule for a poem's stanza); `("h", line)` a heading inside an article;
`("end", line)` a printed line that is no paragraph of the gold (a notice's issuer, who signs it: the byline).
`{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word
may be split at a line end. All papers, temples, churches, parishes, bureaus, committees, ferry firms, alps,
people, stalls, times, telephone numbers and events are invented; real places (towns, islands, streets, rivers)
are settings only.
"""

DENGHUI = {
    "name": "zh_gbk_crlf_lantern_festival_page_road_closures_story_kicker_title_byline_caption_credit_running_head_midquote_glued_jiaotong_guanzhi_tonggao_intro_header_road_section_hours_rows_past_midnight_ciri_issuer_date_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "茳城日报 2031-02-04 第3版 平安出行, GBK, CRLF; blank-line paragraphs, wrapped at 22. A lantern-festival "
    "page: the invented city's lantern fair opens on the 5th and streets of the old town close to cars (the kicker "
    "`今年灯会展出彩灯120组` over the title, the byline line `本报记者　韦　岚`, a caption and its credit inside a "
    "sentence, a traffic officer's “” quotation cut by the running head before `停车。”`), then, with no blank line "
    "under its last line, the traffic police's notice `关于元宵灯会期间实行交通管制的通告`: an introductory paragraph "
    "ending on a colon, **a table with a header row `路段　区间　管制时间` and four road rows whose section cells read "
    "`鼓楼—文庙` or `全段` and whose hour cells run past midnight (`17:00—次日1:00`) or read `全天`**, a paragraph on "
    "passes and detours, `特此通告。`, the issuer's line (the byline, none accepted) and the date row; the notice is "
    "an article, its head the title, each printed table row a paragraph.",
    "date": "2031-02-04", "page": "3",
    "head": ["茳城日报　　2031年2月4日　星期二", "第3版　平安出行　　责任编辑：祁　湄"],
    "foot": ["茳城日报社出版　　新闻热线：0717-6258140"],
    "furniture": ["茳城日报", "2031年2月4日", "星期二", "第3版", "平安出行", "责任编辑：祁　湄", "茳城日报·平安出行",
                  "茳城日报社出版", "新闻热线：0717-6258140"],
    "run": ["茳城日报·平安出行"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["今年灯会展出彩灯120组", "元宵灯会明晚开幕　老城区部分道路管制", "本报记者　韦　岚"],
         "kicker": ["今年灯会展出彩灯120组", None], "title": "元宵灯会明晚开幕　老城区部分道路管制",
         "byline": ["本报记者　韦　岚", "韦　岚", "韦岚"],
         "captions": ["工人在文庙广场调试大型彩灯。"], "credits": ["本报记者　韦　岚　摄"],
         "body": ["记者昨天从市公安局交警支队获悉，2031茳城元宵灯会将于2月5日晚在文庙广场开幕，持续到2月9日。灯会"
                  "期间，老城区部分道路将实行交通管制。",
                  "据介绍，今年灯会共展出大型彩灯120组，{cap}预计每晚游客将超过5万人次，文庙广场周边的人民路、鼓楼街"
                  "等道路人流密集。",
                  "交警支队秩序科科长鲁建平提醒，灯会期间市民尽量乘坐公交车或步行前往，“文庙广场周边不设临时停车位，"
                  "自驾前往很难{run}停车。”"]},
        {"glued": True, "lines": ["关于元宵灯会期间实行交通管制的通告"], "title": "关于元宵灯会期间实行交通管制的通告",
         "byline": ["茳城市公安局交通警察支队", None],
         "body": ["为保障2031茳城元宵灯会期间道路交通安全畅通，根据有关法律法规，决定2月5日至9日对以下路段实行交通"
                  "管制：",
                  ("row", "路段　区间　管制时间"),
                  ("row", "人民路　鼓楼—文庙　17:00—次日1:00"),
                  ("row", "鼓楼街　全段　17:00—次日1:00"),
                  ("row", "文庙街　全段　全天"),
                  ("row", "滨江路　青石桥—望江楼　18:00—23:30"),
                  "管制期间，上述路段禁止机动车通行，持灯会通行证的车辆和执行任务的特种车辆除外。过往车辆请绕行"
                  "解放路、环城西路。",
                  "特此通告。",
                  ("end", "茳城市公安局交通警察支队"),
                  ("row", "2031年2月3日")]},
    ],
}

MIAOHUI = {
    "name": "zh_gb18030_lf_temple_fair_page_stall_lottery_story_byline_rare_char_caption_credit_running_head_midquote_glued_tanwei_yaohao_jieguo_list_header_stall_holder_kind_rows_masked_names_note_row_publicity_period_row_phone_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汀浦晚报 2031-01-14 第5版 民俗风情, GB18030 (`\U0002c90a` U+2C90A in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A temple-fair page: the stalls of the invented town god temple's Spring "
    "Festival fair are drawn by lot, 312 households for 68 stalls (title, byline line, a caption and its credit "
    "inside a sentence, the committee's “” quotation cut by the running head before `递补。”`), then, with no blank "
    "line, the list `城隍庙春节庙会摊位摇号结果公示`: a header row `摊位号　经营户　类别`, six rows of a stall number "
    "with a letter and a hyphen (`A-01`), **a stall-holder's name masked with a full-width asterisk (`郑＊芳`, and "
    "`陆＊` for a two-character name)** and a kind, a `注：` row, **a publicity-period row `公示期：…` and a "
    "supervision phone row**; the list is an article, its head the title, each printed row a paragraph, the "
    "asterisks kept.",
    "date": "2031-01-14", "page": "5",
    "head": ["汀浦晚报　　2031年1月14日　星期二", "第5版　民俗风情　　责任编辑：盛　芃"],
    "foot": ["汀浦晚报社　　新闻热线：0578-6632170"],
    "furniture": ["汀浦晚报", "2031年1月14日", "星期二", "第5版", "民俗风情", "责任编辑：盛　芃", "汀浦晚报·民俗风情",
                  "汀浦晚报社", "新闻热线：0578-6632170"],
    "run": ["汀浦晚报·民俗风情"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["312户摇号争68个庙会摊位", "本报记者　邝　\U0002c90a"], "title": "312户摇号争68个庙会摊位",
         "byline": ["本报记者　邝　\U0002c90a", "邝　\U0002c90a", "邝\U0002c90a"],
         "captions": ["经营户在公证人员监督下摇号。"], "credits": ["本报记者　邝　\U0002c90a　摄"],
         "body": ["记者昨天从城隍庙春节庙会组委会获悉，今年庙会经营摊位摇号已于13日上午在公证人员监督下完成，共有"
                  "312户报名，68户摇中。",
                  "组委会办公室主任郁志强介绍，今年的摊位分为小吃、手工艺品和{cap}民俗游艺三类，其中小吃摊位最受"
                  "欢迎，中签率不到两成。",
                  "摇中的经营户须在1月18日前到组委会办公室签订协议。郁志强说：“逾期不签的，视为自动放弃，名额按"
                  "候补顺序{run}递补。”"]},
        {"glued": True, "lines": ["城隍庙春节庙会摊位摇号结果公示"], "title": "城隍庙春节庙会摊位摇号结果公示",
         "body": [("row", "摊位号　经营户　类别"),
                  ("row", "A-01　郑＊芳　小吃"),
                  ("row", "A-02　陆＊　小吃"),
                  ("row", "A-07　韩＊明　小吃"),
                  ("row", "B-03　吕＊琴　手工艺品"),
                  ("row", "B-11　胡＊　手工艺品"),
                  ("row", "C-05　葛＊华　民俗游艺"),
                  ("row", "注：完整名单在组委会办公室张贴。"),
                  ("row", "公示期：1月14日至1月16日"),
                  ("row", "监督电话：0578-6621937")]},
    ],
}

MAZU = {
    "name": "zht_big5_crlf_taiwan_religion_page_mazu_pilgrimage_story_byline_line_caption_credit_running_head_midquote_glued_raojing_luxian_route_header_date_route_lodging_rows_arrow_chains_of_stops_note_row_contact_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "溪湄日報 2031-04-09 A8 鄉土信仰 (`中華民國120年4月9日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan religion page: the invented town's 天后宮 sets out on its four-day Mazu pilgrimage late on Friday the "
    "11th (title, the byline line `記者蔡佩珊／溪湄報導`, a caption and its credit inside a sentence, the temple "
    "head's 「」 quotation cut by the running head before `安全。」`), then, with no blank line, the route "
    "`媽祖遶境進香路線`: a header row `日期　路線　駐駕`, three day rows whose date cells carry the weekday in "
    "full-width brackets (`4/12（六）`) and **whose route cells are chains of stops joined by arrows "
    "(`溪湄→頂厝→菜寮`)**, the last row's lodging cell `回駕安座`, a `註：` row giving the start hour and a contact "
    "row; the route is an article, its head the title, each printed line a paragraph.",
    "date": "2031-04-09", "page": "A8",
    "head": ["溪湄日報　中華民國120年4月9日　星期三", "A8　鄉土信仰　　編輯：呂佳蓉"],
    "foot": ["溪湄日報社　讀者服務專線：(05)781-4625"],
    "furniture": ["溪湄日報", "中華民國120年4月9日", "星期三", "A8", "鄉土信仰", "編輯：呂佳蓉", "溪湄日報．鄉土信仰",
                  "溪湄日報社", "讀者服務專線：(05)781-4625"],
    "run": ["溪湄日報．鄉土信仰"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["溪湄媽祖遶境　11日深夜起駕", "記者蔡佩珊／溪湄報導"], "title": "溪湄媽祖遶境　11日深夜起駕",
         "byline": ["記者蔡佩珊／溪湄報導", "蔡佩珊"],
         "captions": ["信眾排隊鑽轎腳祈求平安。"], "credits": ["（記者蔡佩珊攝）"],
         "body": ["溪湄天后宮一年一度的媽祖遶境進香，將於11日深夜11時起駕，三天徒步走訪五個鄉鎮、二十多座宮廟，"
                  "預計14日晚間回駕。",
                  "天后宮主委陳金發表示，今年報名隨香的信眾已超過兩萬人，{cap}比去年多了三成，廟方準備了平安符和"
                  "香條，讓信眾沿途領取。",
                  "陳金發也提醒，遶境隊伍經過省道時會占用外側車道，「請用路人多多包涵，也請隨香信眾注意自身"
                  "{run}安全。」"]},
        {"glued": True, "lines": ["媽祖遶境進香路線"], "title": "媽祖遶境進香路線",
         "body": [("row", "日期　路線　駐駕"),
                  ("row", "4/12（六）　溪湄→頂厝→菜寮　福安宮"),
                  ("row", "4/13（日）　菜寮→港尾→溪墘　朝興宮"),
                  ("row", "4/14（一）　溪墘→下寮→溪湄　回駕安座"),
                  ("row", "註：11日晚間11時於天后宮起駕。"),
                  ("row", "洽詢：溪湄天后宮(05)782-3316")]},
    ],
}

QINGJIAO = {
    "name": "zht_big5hkscs_lf_hong_kong_festival_page_cheung_chau_bun_festival_story_cantonese_byline_caption_credit_running_head_midquote_glued_tebie_jiaotong_anpai_box_bracketed_subheads_over_labelled_rows_enquiry_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "朗灣日報 2031-05-21 A9 節慶 (an invented Hong Kong daily), Big5-HKSCS (`嘅 喺 咗 啲`; in neither cp950 nor "
    "Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong festival page in Cantonese: the Cheung Chau bun "
    "festival falls next Wednesday and the invented ferry firm adds night sailings (title, the byline line "
    "`記者　鄧詠詩`, a caption and its credit inside a sentence, the residents' head's 「」 quotation cut by the "
    "running head before `緊要。」`), then, with no blank line, the box `太平清醮特別交通安排`: **two bracketed "
    "sub-heads `【渡輪】` and `【人流管制】`, each over labelled rows (`中環→長洲：…`, `長洲碼頭：…`)**, and an "
    "enquiry row; the box is an article, its head the title, the sub-heads its headings, each printed row a "
    "paragraph.",
    "date": "2031-05-21", "page": "A9",
    "head": ["朗灣日報　2031年5月21日　星期三", "A9　節慶　　編輯：簡慧珊"],
    "foot": ["朗灣日報社　　讀者熱線：2594 1720"],
    "furniture": ["朗灣日報", "2031年5月21日", "星期三", "A9", "節慶", "編輯：簡慧珊", "朗灣日報．節慶",
                  "朗灣日報社", "讀者熱線：2594 1720"],
    "run": ["朗灣日報．節慶"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["太平清醮下週三登場　長洲加開夜航", "記者　鄧詠詩"], "title": "太平清醮下週三登場　長洲加開夜航",
         "byline": ["記者　鄧詠詩", "鄧詠詩"],
         "captions": ["長洲居民喺廟前紮包山。"], "credits": ["（鄧詠詩攝）"],
         "body": ["長洲太平清醮下週三舉行，飄色巡遊同搶包山決賽都喺同一日，長航渡輪預計當日會有超過六萬人入島，"
                  "所以會加開夜航。",
                  "長洲街坊會主席黃志強話，今年包山用咗九千個平安包，{cap}比舊年多咗一千個，島上啲餅舖由前日開始已經"
                  "日做夜做。",
                  "佢提醒市民盡量早啲出發，「下晝碼頭一定好多人，大家排隊要有耐性，唔好逼，安全最{run}緊要。」"]},
        {"glued": True, "lines": ["太平清醮特別交通安排"], "title": "太平清醮特別交通安排",
         "body": [("h", "【渡輪】"),
                  ("row", "中環→長洲：上午加開6班"),
                  ("row", "長洲→中環：22:00至02:00每20分鐘一班"),
                  ("h", "【人流管制】"),
                  ("row", "長洲碼頭：下午3時起實施單向人流"),
                  ("row", "北社街一帶：巡遊期間暫停通行"),
                  ("row", "查詢：長航渡輪熱線2815 3360")]},
    ],
}

ZONGJIAO = {
    "name": "zh_utf16be_bom_crlf_religion_page_spring_festival_large_religious_events_story_byline_caption_credit_running_head_midquote_glued_religious_affairs_bureau_tonggao_two_line_head_numbered_heads_bracketed_subitems_phone_row_issuer_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "枫岭日报 2031-12-10 第6版 社会纵横, UTF-16 BE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A "
    "religion page: temples and churches must apply thirty days ahead to hold large Spring Festival services (title, "
    "the byline line `本报记者　冉　晴`, a caption and its credit inside a sentence, an official's “” quotation cut by "
    "the running head before `处理。”`), then, with no blank line, the religious affairs bureau's notice, **its head "
    "set over two lines** (`关于做好2032年春节期间大型宗教` / `活动申请登记工作的通告`): an introductory paragraph, "
    "**three numbered heads (`一、登记范围`, `二、登记时间和地点`, `三、所需材料`), the first over two bracketed "
    "sub-items `（一）…` `（二）…`, each a paragraph**, a phone row, `特此通告。`, the issuer's line (the byline, none "
    "accepted) and the date row; the numbered heads are headings.",
    "date": "2031-12-10", "page": "6",
    "head": ["枫岭日报　　2031年12月10日　星期三", "第6版　社会纵横　　责任编辑：鄢　蕾"],
    "foot": ["枫岭日报社出版　　新闻热线：0739-5562018"],
    "furniture": ["枫岭日报", "2031年12月10日", "星期三", "第6版", "社会纵横", "责任编辑：鄢　蕾", "枫岭日报·社会纵横",
                  "枫岭日报社出版", "新闻热线：0739-5562018"],
    "run": ["枫岭日报·社会纵横"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["春节期间大型宗教活动须提前申请", "本报记者　冉　晴"], "title": "春节期间大型宗教活动须提前申请",
         "byline": ["本报记者　冉　晴", "冉　晴", "冉晴"],
         "captions": ["工作人员在城南观音寺检查消防设施。"], "credits": ["本报记者　冉　晴　摄"],
         "body": ["记者昨天从市民族宗教事务局获悉，春节将至，各宗教活动场所举办大型祈福、法会等活动的，须提前30日"
                  "提出申请。",
                  "市民族宗教事务局宗教科科长邵文斌介绍，去年春节期间，全市寺观教堂共接待群众约38万人次，{cap}个别"
                  "场所人员过度聚集，存在消防和踩踏隐患。",
                  "邵文斌表示，今年将联合公安、消防等部门开展检查，“没有申请登记、擅自举办大型活动的，将依法"
                  "{run}处理。”"]},
        {"glued": True, "lines": ["关于做好2032年春节期间大型宗教", "活动申请登记工作的通告"],
         "title": "关于做好2032年春节期间大型宗教活动申请登记工作的通告",
         "byline": ["枫岭市民族宗教事务局", None],
         "body": ["为保障春节期间宗教活动安全有序，根据有关规定，现将2032年春节期间大型宗教活动申请登记有关事项通告"
                  "如下：",
                  ("h", "一、登记范围"),
                  "（一）宗教活动场所举办的、预计参加人数超过1000人的法会、祈福等活动；",
                  "（二）在宗教活动场所以外举办的集体宗教活动。",
                  ("h", "二、登记时间和地点"),
                  "2031年12月15日至2032年1月9日，到市民族宗教事务局政务服务窗口（市民中心二楼B12号）办理。",
                  ("h", "三、所需材料"),
                  "申请书、活动方案、安全保卫方案和场所负责人身份证明复印件各一份。",
                  ("row", "联系电话：0739-5218367"),
                  "特此通告。",
                  ("end", "枫岭市民族宗教事务局"),
                  ("row", "2031年12月8日")]},
    ],
}

ZHAIYUE = {
    "name": "zh_utf8_bom_lf_malaysia_religion_page_ramadan_bazaars_story_xun_opener_baodao_byline_caption_credit_running_head_midquote_glued_fengzhai_kaizhai_times_table_header_town_imsak_iftar_rows_am_pm_times_note_row_source_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "麻河日报 (an invented Malaysian Chinese daily) 2031-12-17 A6 全国综合, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian religion page: the fasting month begins and the Ramadan bazaars fill "
    "(title, the byline line `报道：曾慧玲`, the lead opened by `（吉隆坡16日讯）`, a caption and its credit inside a "
    "sentence, a shopper's “” quotation cut by the running head before `不到。”`), then, with no blank line, the "
    "table `12月17日各地封斋开斋时间`: a header row `地区　封斋　开斋`, **six town rows (吉隆坡 to 亚庇) of two times "
    "written with `am`/`pm` (`5:47am　7:16pm`)**, a `注：` row and a source row; the table is an article, its head "
    "the title, each printed line a paragraph, the source row last.",
    "date": "2031-12-17", "page": "A6",
    "head": ["麻河日报　　2031年12月17日　星期三", "A6　全国综合　　编辑：许丽萍"],
    "foot": ["麻河日报社　　新闻热线：06-952 8814"],
    "furniture": ["麻河日报", "2031年12月17日", "星期三", "A6", "全国综合", "编辑：许丽萍", "麻河日报·全国综合",
                  "麻河日报社", "新闻热线：06-952 8814"],
    "run": ["麻河日报·全国综合"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["斋戒月开始　开斋市集人潮涌现", "报道：曾慧玲"], "title": "斋戒月开始　开斋市集人潮涌现",
         "byline": ["报道：曾慧玲", "曾慧玲"],
         "captions": ["开斋市集的糕点摊前人头攒动。"], "credits": ["（摄影：梁志文）"],
         "body": ["（吉隆坡16日讯）全国穆斯林今日开始为期一个月的斋戒，各地开斋市集下午起已人潮涌现，不少华裔顾客"
                  "也前往选购各式糕点。",
                  "在甲洞经营糕点摊的努尔哈雅蒂说，今年的摊租比去年贵了一成，{cap}不过顾客一样多，傍晚五点左右最忙。",
                  "一名华裔顾客告诉记者，她每年都会来买椰浆饭和烤鸡，“斋戒月的市集最热闹，很多糕点平时是买"
                  "{run}不到的。”"]},
        {"glued": True, "lines": ["12月17日各地封斋开斋时间"], "title": "12月17日各地封斋开斋时间",
         "body": [("row", "地区　封斋　开斋"),
                  ("row", "吉隆坡　5:47am　7:16pm"),
                  ("row", "槟城　5:55am　7:24pm"),
                  ("row", "新山　5:41am　7:07pm"),
                  ("row", "哥打巴鲁　5:36am　7:06pm"),
                  ("row", "古晋　4:58am　6:35pm"),
                  ("row", "亚庇　4:22am　6:03pm"),
                  ("row", "注：各地时间以州宗教局公布为准。"),
                  ("row", "资料来源：各州伊斯兰宗教局")]},
    ],
}

KULLIYO = {
    "name": "mnk_utf16le_bom_lf_mandinka_customs_page_kulliyo_naming_ceremony_feature_byline_dateline_caption_credit_running_head_midquote_glued_question_head_box_five_numbered_steps_closing_paragraph",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Kambiya Kibaaroo (an invented Mandinka daily, Banjul, The Gambia) 2031-03-12 Kayitoo 6 Aadoolu, UTF-16 LE "
    "with BOM (`ŋ ñ – “ ”`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A Mandinka customs page: a "
    "feature on the naming ceremony `kulliyo`, held for a baby girl in Brikama (title over two lines, the byline "
    "line `Lamin Saane ye a safee` (\"Lamin Saane wrote it\"), the dateline `BRIKAMA –` opening the lead, a caption "
    "and its credit inside a sentence, a grandmother's “” quotation cut by the running head before `doo.”`), then, "
    "with no blank line, **the box `Kulliyo ka ke ñaadii?` (\"How is a naming done?\"), its head a question, over "
    "five steps numbered `1.` to `5.`, each a wrapped sentence and a paragraph with its number kept, and an "
    "unnumbered closing paragraph**; the box is an article, its head the title.",
    "date": "2031-03-12", "page": "6",
    "head": ["KAMBIYA KIBAAROO – Araba, 12 Maarisi 2031 – Kayitoo 6", "Aadoolu – Safeeriŋolu kuntiyo: Fatu Jaata"],
    "foot": ["Kambiya Kibaaroo – kibaaroo@kambiya.example.gm"],
    "furniture": ["KAMBIYA KIBAAROO", "Araba, 12 Maarisi 2031", "Kayitoo 6", "Aadoolu", "Safeeriŋolu kuntiyo: Fatu Jaata",
                  "Kambiya Kibaaroo – Aadoolu", "Kambiya Kibaaroo", "kibaaroo@kambiya.example.gm"],
    "run": ["Kambiya Kibaaroo – Aadoolu"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Kulliyo, Mandinkoolu", "la aadoo kotoo", "Lamin Saane ye a safee"],
         "title": "Kulliyo, Mandinkoolu la aadoo kotoo", "byline": ["Lamin Saane ye a safee", "Lamin Saane"],
         "captions": ["Mammaa Kumba Darboe niŋ dindiŋo."], "credits": ["Fotoo: Ebrima Jaabi"],
         "body": ["BRIKAMA – Kulliyo mu Mandinkoolu la aadoo kotoo le ti. Niŋ dindiŋo wuluu~ta, a la luŋ seyinaa, "
                  "moolu ka beŋ a faamaa la suwo kono ka too dii a la.",
                  "Araba, Isatu Saane la dindiŋ musoo ye a too soto Brikama. Moo keme fula le naata suwo kono, "
                  "{cap}musoolu niŋ keeolu, dindiŋolu niŋ keebaa~lu.",
                  "Mammaa Kumba Darboe ko: “Ñiŋ aadoo mu ŋ mumaalu le ta ti. Niŋ dindiŋolu maŋ a karaŋ, a be "
                  "tunnaa la {run}luŋ doo.”"]},
        {"glued": True, "lines": ["Kulliyo ka ke ñaadii?"], "title": "Kulliyo ka ke ñaadii?",
         "body": ["1. Suba, almaamoo ka duwaa ke suwo kono, moolu ka sii a kiliŋ kiliŋ.",
                  "2. Mammaa ka dindiŋo kuŋo li, a ka a kuu jiyo la.",
                  "3. Almaamoo ka dindiŋo too fo a tuloo kono siñaa saba.",
                  "4. Jalikeeo ka too kumandi moolu ye, a ka dindiŋo faamaa la kuntiyo fo.",
                  "5. Kolaa niŋ munkoo ka talaa moolu teema.",
                  "Wulafaŋo, musoolu ka tantaŋo kosi, ka doŋo ke haani suutoo."]},
    ],
}

TRIPANTU = {
    "name": "arn_utf8_nobom_crlf_mapudungun_customs_page_we_tripantu_story_byline_dateline_caption_credit_running_head_midquote_glued_pichi_dungu_festival_briefs_label_three_headed_items_each_opened_by_a_place_dateline",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Wallmapu Dungu (an invented Mapudungun daily, Temuco, Chile) 2031-06-25 Pakina 4 Ad Mapu, UTF-8 without "
    "BOM (`ü ñ – “ ”`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Mapudungun customs page: the "
    "communities round Temuco keep We Tripantu, the new year of the winter solstice, on the night of the 23rd to "
    "the 24th (title over two lines, the byline line `Wirife: Rosa Kallfüpan`, the dateline `TEMUKO –` opening the "
    "lead, a caption and its credit inside a sentence, a lonko's “” quotation cut by the running head before "
    "`mapu.”`), then, with no blank line, the festival briefs `Pichi dungu`: the label (the first item's section; "
    "kicker or none accepted, and accepted on the others) over three items under heads of their own, **each item "
    "opened by its own place dateline in capitals (`KURARREWE –`, `LUMAKO –`, `PUKON –`)**, kept at the start of "
    "its paragraph; each item one paragraph.",
    "date": "2031-06-25", "page": "4",
    "head": ["WALLMAPU DUNGU – Küla antü, 25 kayu küyen 2031 – Pakina 4", "Ad Mapu – Editora: Ana Llanka"],
    "foot": ["Wallmapu Dungu – dungu@wallmapu.example.cl"],
    "furniture": ["WALLMAPU DUNGU", "Küla antü, 25 kayu küyen 2031", "Pakina 4", "Ad Mapu", "Editora: Ana Llanka",
                  "Wallmapu Dungu – Ad Mapu", "Wallmapu Dungu", "dungu@wallmapu.example.cl"],
    "run": ["Wallmapu Dungu – Ad Mapu"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["We Tripantu: fill lof", "trawüygün Temuko mew", "Wirife: Rosa Kallfüpan"],
         "title": "We Tripantu: fill lof trawüygün Temuko mew", "byline": ["Wirife: Rosa Kallfüpan", "Rosa Kallfüpan"],
         "captions": ["Pu che lof Rukapangi mew."], "credits": ["Foto: Juan Pillamán"],
         "body": ["TEMUKO – Fill lof Temuko ñi pülle mew trawüygün pu che epu mari küla kayu küyen mew, wiñoy "
                  "tripantu ñi pun. Pu che umaw~tulaygün: fill pun ngütram~kaygün ka ülkantuygün.",
                  "Puliwen mew, pu che amuygün leufü mew ka müñetuygün ko mew, {cap}chumngechi ta chumkefuy taiñ "
                  "kuyfi~ke~cheyem.",
                  "Lonko Juan Kurilef feypi: “We tripantu mew kom wiñoy: ko, antü ka mapu. Fey mew taiñ pu "
                  "püchükeche kimafuy taiñ dungu ka taiñ {run}mapu.”"]},
        {"glued": True, "lines": ["Pichi dungu", "Palin Kurarrewe mew"],
         "section": ["Pichi dungu", None], "kicker": [None, "Pichi dungu"], "title": "Palin Kurarrewe mew",
         "body": ["KURARREWE – Epu mari pu weche pali~tuygün lof Mallolafken mew we tripantu ñi antü mew. Kom pu che "
                  "ayüwygün."]},
        {"lines": ["Mudai ka kofke"], "section": [None, "Pichi dungu"], "kicker": [None, "Pichi dungu"],
         "title": "Mudai ka kofke",
         "body": ["LUMAKO – Pu domo lof Pichilumako mew dewmaygün mudai ka kofke, kom pu trawülu che ñi iyael."]},
        {"lines": ["Ülkantun Pukon mew"], "section": [None, "Pichi dungu"], "kicker": [None, "Pichi dungu"],
         "title": "Ülkantun Pukon mew",
         "body": ["PUKON – Kiñe trawün pu weche ülkan~tufe ülkantuygün ka purruygün ruka Pukon mew. Küla pataka che "
                  "amuygün."]},
    ],
}

WIEHNACHTEN = {
    "name": "wep_cp1252_lf_westphalian_church_page_christmas_services_story_byline_dateline_caption_credit_running_head_midquote_glued_services_listing_parish_names_as_heads_over_day_hour_service_rows_note_row",
    "encoding": "cp1252", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Münsterlänner Blaad (an invented Westphalian Low German daily, Coesfeld, Münsterland) 2031-12-23 Siet 7 "
    "Kiärk un Glauwen, Windows-1252 (`ä ö ü „ “ · –`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A "
    "church page: fewer priests, so the invented parish of St. Remigius keeps two midnight masses where it had four "
    "(title over two lines, the byline line `Van Anneliese Terhörst`, the dateline `COESFELD –` opening the lead, a "
    "caption and its credit inside a sentence, the parish priest's „“ quotation cut by the running head before "
    "`Plaatz.“`), then, with no blank line, the listing `Goddesdeenste to Wiehnachten`: **three parish names "
    "(`St. Remigius, Coesfeld`, `St. Gertrud, Coesfeld`, `St. Antonius, Lette`) each over rows of day, hour and "
    "service (`Hillig Owend, 22 Uhr: Christmette`)**, and a note row; the listing is an article, its head the title, "
    "the parish names its headings, each printed row a paragraph.",
    "date": "2031-12-23", "page": "7",
    "head": ["MÜNSTERLÄNNER BLAAD · Dinsdag, 23. Dezember 2031 · Siet 7", "Kiärk un Glauwen · Redaktion: Maria Bücking"],
    "foot": ["Münsterlänner Blaad · redaktion@blaad.example.de"],
    "furniture": ["MÜNSTERLÄNNER BLAAD", "Dinsdag, 23. Dezember 2031", "Siet 7", "Kiärk un Glauwen",
                  "Redaktion: Maria Bücking", "Münsterlänner Blaad · Kiärk un Glauwen", "Münsterlänner Blaad",
                  "redaktion@blaad.example.de"],
    "run": ["Münsterlänner Blaad · Kiärk un Glauwen"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Wiehnachten met wänniger", "Pastöre in de Kiärken", "Van Anneliese Terhörst"],
         "title": "Wiehnachten met wänniger Pastöre in de Kiärken",
         "byline": ["Van Anneliese Terhörst", "Anneliese Terhörst"],
         "captions": ["De Krippe in St. Remigius."], "credits": ["Foto: Heinz Wessels"],
         "body": ["COESFELD – In dütt Johr giff et in de Pfarrei St. Remigius bloß noch twee Christmetten. "
                  "Verliäden Johr wassen et noch veer. Et fählt an Pastöre, un de Lüe kuemt nich mehr so faake "
                  "in de Kiärke.",
                  "Pastor Hubert Schulze Hessing mott met twee Kaplöön fiew Kiärken versuorgen. {cap}Daorüm hollt "
                  "Laien in de lüttken Düör~per an'n Hilligen Owend ne Andacht, met Krippen~spill un Leeder.",
                  "He sägg: „Wi könnt nich mehr in jedet Duorp ne Misse fiern. Män well Wieh~nachten in de Kiärke "
                  "will, de find bi us ümmer ne {run}Plaatz.“"]},
        {"glued": True, "lines": ["Goddesdeenste to Wiehnachten"], "title": "Goddesdeenste to Wiehnachten",
         "body": [("h", "St. Remigius, Coesfeld"),
                  ("row", "Hillig Owend, 16 Uhr: Krippenspill"),
                  ("row", "Hillig Owend, 22 Uhr: Christmette"),
                  ("row", "1. Wiehnachtsdag, 10 Uhr: Hochamt"),
                  ("h", "St. Gertrud, Coesfeld"),
                  ("row", "Hillig Owend, 18 Uhr: Christmette"),
                  ("row", "2. Wiehnachtsdag, 11 Uhr: Misse"),
                  ("h", "St. Antonius, Lette"),
                  ("row", "Hillig Owend, 17 Uhr: Andacht"),
                  ("row", "1. Wiehnachtsdag, 9.30 Uhr: Misse"),
                  ("row", "Alle Tieden ohne Gewähr.")]},
    ],
}

BETRUEF = {
    "name": "wae_macroman_cr_walser_customs_page_alpine_evening_prayer_call_story_byline_dateline_caption_credit_running_head_midquote_guillemets_glued_prayer_box_two_stanzas_set_line_by_line_written_down_by_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Dr Walserbott (an invented Walser German daily, Triesenberg, Liechtenstein) 2031-07-16 Siita 5 Brüüch, "
    "Mac OS Roman (`ä ö ü « » · –`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Walser "
    "customs page: on the invented Alp Wisli the herdsman calls the evening prayer over the pasture through a "
    "wooden milk funnel (title over two lines, the byline line `Vo Marlies Beck`, the dateline `TRIESENBERG –` "
    "opening the lead, a caption and its credit inside a sentence, the herdsman's quotation in Swiss guillemets "
    "`«…»` cut by the running head before `grüeft.»`), then, with no blank line, the box `Dr Betruef vo dr Alp "
    "Wisli`: **the prayer's two stanzas of four lines, each line set on a line of its own, unwrapped, a blank line "
    "between the stanzas (one paragraph a stanza, its lines joined by a space)**, and the row `Ufgschriba vo Alois "
    "Sele` under them; the box is an article, its head the title.",
    "date": "2031-07-16", "page": "5",
    "head": ["DR WALSERBOTT · Mittwucha, 16. Heiwet 2031 · Siita 5", "Brüüch · Redaktion: Erika Sele"],
    "foot": ["Dr Walserbott · redaktion@walserbott.example.li"],
    "furniture": ["DR WALSERBOTT", "Mittwucha, 16. Heiwet 2031", "Siita 5", "Brüüch", "Redaktion: Erika Sele",
                  "Dr Walserbott · Brüüch", "Dr Walserbott", "redaktion@walserbott.example.li"],
    "run": ["Dr Walserbott · Brüüch"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Dr Betruef tönt widr", "übr d Alp Wisli", "Vo Marlies Beck"],
         "title": "Dr Betruef tönt widr übr d Alp Wisli", "byline": ["Vo Marlies Beck", "Marlies Beck"],
         "captions": ["Dr Senn Alois Sele mit dr Folla."], "credits": ["Bild: Hanspeter Schädler"],
         "body": ["TRIESENBERG – Jede Aabed, wenn d Sunna hinder da Chuachi~schpitz abi goot, stoot dr Senn "
                  "Alois Sele uf da Hubel ob dr Hütta und rüeft dr Be~truef übr d Alp.",
                  "Är rüeft dur a hölzigi Folla, wo ma süscht zum Milch~sia brucht. {cap}Dr Ruef söll ds Veh und "
                  "d Lüt uf dr Alp dur d Nacht bhüeta.",
                  "«Mi Vater hät ds scho gmacht und sin Vater o», seit dr Senn. «Solang i do obna bi, wird jede "
                  "Aabed {run}grüeft.»"]},
        {"glued": True, "lines": ["Dr Betruef vo dr Alp Wisli"], "title": "Dr Betruef vo dr Alp Wisli",
         "body": [("stanza", "Ave Maria, liebi Frou,\nbhüet üsi Alp und ds Veh dezue,\nbhüet is vor Füür und "
                   "Wätterschlag,\nvor Steischlag und vor Ungemach."),
                  ("stanza", "Jesus, Maria und Josef,\nbhüet ds Rind, ds Chalb und d Geiss,\nbhüet d Lüt uf dr Alp "
                   "und im Tal,\nhüt und all Tag. Amen."),
                  ("stanza", "Ufgschriba vo Alois Sele")]},
    ],
}

PAGES = [DENGHUI, MIAOHUI, MAZU, QINGJIAO, ZONGJIAO, ZHAIYUE, KULLIYO, TRIPANTU, WIEHNACHTEN, BETRUEF]
