"""The text of every holdout114 page, written once: make_holdout114_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-112 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold (a notice's issuer, who signs it, or an answerer's line: the byline). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. All papers, farmers' associations, cooperatives, markets, farms, institutes, offices, people, prices,
yields, telephone numbers and events are invented; real places (towns, districts, villages) are settings only.
"""

HECHUAN = {
    "name": "zh_gbk_crlf_farm_page_summer_wheat_harvest_story_tight_head_benbaoxun_tongxunyuan_caption_credit_running_head_midquote_glued_xialiang_yield_table_header_crop_area_yield_change_units_in_header_cells_signed_change_rows_source_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "禾川日报 2032-06-16 第5版 沃土, GBK, CRLF; blank-line paragraphs, wrapped at 22. A farm page: the county's "
    "summer grain harvest is in and wheat yields a record (the title directly above its `本报讯（记者…　通讯员…）` lead, "
    "a caption and its credit inside a sentence, a grain grower's “” quotation cut by the running head before "
    "`心里踏实多了。”`), then, with no blank line, the yield table `2032年禾川县夏粮主要作物产量`: **a header row "
    "`作物　面积（万亩）　单产（公斤/亩）　比上年` whose cells carry their units in brackets, four crop rows of area, "
    "yield and a signed change (`油菜籽　21.4　178　-2.2%`)** and a source row; the table is an article, its head the "
    "title, each printed line a paragraph, the source row last.",
    "date": "2032-06-16", "page": "5",
    "head": ["禾川日报　　2032年6月16日　星期三", "第5版　沃土　　责任编辑：鲁　青"],
    "foot": ["禾川日报社出版　　新闻热线：0715-3326518"],
    "furniture": ["禾川日报", "2032年6月16日", "星期三", "第5版", "沃土", "责任编辑：鲁　青", "禾川日报·沃土",
                  "禾川日报社出版", "新闻热线：0715-3326518"],
    "run": ["禾川日报·沃土"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["禾川夏粮再获丰收　小麦单产创新高"], "title": "禾川夏粮再获丰收　小麦单产创新高", "tight": True,
         "byline": [None, "记者　石　岚　通讯员　钱小禾", "石　岚", "石岚"],
         "captions": ["城东镇杏湾村，联合收割机在麦田里抢收小麦。"], "credits": ["通讯员　钱小禾　摄"],
         "body": ["本报讯（记者　石　岚　通讯员　钱小禾）截至6月14日，禾川县48.6万亩小麦已全部收割完毕。县农业农村"
                  "局昨天发布的夏粮测产结果显示，全县小麦平均亩产412公斤，比上年提高3.5%，创历史新高。",
                  "县农业农村局粮油站站长符国栋介绍，今年小麦播种后墒情适宜，{cap}返青期又赶上几场及时雨，加上全县"
                  "推广了宽幅精播和“一喷三防”技术，病虫害发生较轻。",
                  "城东镇杏湾村种粮大户骆长顺家的三百多亩小麦，今年全部用上了烘干机。“往年收麦最怕碰上连阴雨，现在"
                  "收下来当天就能烘干入仓，{run}心里踏实多了。”"]},
        {"glued": True, "lines": ["2032年禾川县夏粮主要作物产量"], "title": "2032年禾川县夏粮主要作物产量",
         "body": [("row", "作物　面积（万亩）　单产（公斤/亩）　比上年"),
                  ("row", "小麦　48.6　412　+3.5%"),
                  ("row", "大麦　6.2　356　+1.1%"),
                  ("row", "油菜籽　21.4　178　-2.2%"),
                  ("row", "蚕豆　3.8　205　+0.5%"),
                  ("row", "数据来源：禾川县农业农村局")]},
    ],
}

LANYANG = {
    "name": "zh_gb18030_lf_market_page_vegetable_prices_fall_after_rain_story_byline_rare_char_caption_credit_running_head_midquote_glued_wholesale_market_name_kicker_over_price_table_unit_row_header_lowest_highest_average_vegetable_and_fruit_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "岚阳晚报 2032-05-21 第9版 价格观察, GB18030 (`\U0002c64a` U+2C64A in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A prices page: leaf-vegetable prices fall at the city's wholesale "
    "market once the rain has passed (title, byline line, a caption and its credit inside a sentence, the market "
    "manager's “” quotation cut by the running head before `不会有问题。”`), then, with no blank line, **the "
    "market's name `岚阳北郊农产品批发市场` on a line of its own over the table's head `5月20日部分蔬菜水果批发价格` "
    "(the kicker), a unit row `单位：元/公斤` above the header row `品名　最低价　最高价　均价`, and six rows of "
    "vegetables and fruit with three prices each, no group heads**; the table is an article, its head the title, "
    "each printed line a paragraph.",
    "date": "2032-05-21", "page": "9",
    "head": ["岚阳晚报　　2032年5月21日　星期五", "第9版　价格观察　　责任编辑：满　晴"],
    "foot": ["岚阳晚报社　　新闻热线：0745-6128803"],
    "furniture": ["岚阳晚报", "2032年5月21日", "星期五", "第9版", "价格观察", "责任编辑：满　晴", "岚阳晚报·价格观察",
                  "岚阳晚报社", "新闻热线：0745-6128803"],
    "run": ["岚阳晚报·价格观察"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["雨过天晴菜价回落　叶菜降幅最大", "本报记者　闵　\U0002c64a"], "title": "雨过天晴菜价回落　叶菜降幅最大",
         "byline": ["本报记者　闵　\U0002c64a", "闵　\U0002c64a", "闵\U0002c64a"],
         "captions": ["批发市场里，商户正在卸运刚到的本地蔬菜。"], "credits": ["本报记者　闵　\U0002c64a　摄"],
         "body": ["记者昨天从岚阳北郊农产品批发市场了解到，连续几天的降雨过去后，本地露地蔬菜集中上市，本周叶菜"
                  "批发价格明显回落，小白菜、菠菜的均价比上周下降两成多。",
                  "市场信息部负责人裘少华说，眼下每天进场的蔬菜在1200吨左右，{cap}其中本地菜已占到六成，外地调入的"
                  "番茄、黄瓜价格也在走低。",
                  "水果方面，本地早熟西瓜刚刚上市，价格还偏高；荔枝到货量增加，价格比上周略降。裘少华预计，下周菜价"
                  "总体将保持平稳，“只要不出现连续强降雨，供应{run}不会有问题。”"]},
        {"glued": True, "lines": ["岚阳北郊农产品批发市场", "5月20日部分蔬菜水果批发价格"],
         "kicker": ["岚阳北郊农产品批发市场", None], "section": [None, "岚阳北郊农产品批发市场"],
         "title": "5月20日部分蔬菜水果批发价格",
         "body": [("row", "单位：元/公斤"),
                  ("row", "品名　最低价　最高价　均价"),
                  ("row", "小白菜　1.20　2.00　1.60"),
                  ("row", "菠菜　2.40　3.60　3.00"),
                  ("row", "番茄　3.00　4.40　3.80"),
                  ("row", "黄瓜　2.20　3.20　2.70"),
                  ("row", "西瓜　3.60　5.00　4.30"),
                  ("row", "荔枝　12.00　18.00　15.00")]},
    ],
}

LUNXI = {
    "name": "zht_big5_crlf_taiwan_farm_page_first_crop_rice_harvest_story_byline_line_caption_credit_running_head_midquote_glued_nonghui_gonggao_zhuzhi_yiju_lines_gonggao_shixiang_head_numbered_items_roc_dates_two_officers_signing_date_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "崙溪日報 2032-06-10 B3 田園 (`中華民國121年6月10日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan farm page: the first rice crop is in and the township farmers' association starts buying public grain "
    "on the 21st (title, the byline line `記者洪佳穎／崙溪報導`, `昨（9）日`, a caption and its credit inside a "
    "sentence, a farmer's 「」 quotation cut by the running head before `好價錢。」`), then, with no blank line, the "
    "association's notice `崙溪鄉農會公告` in the form of a Taiwan official notice: **the lines `主旨：…` and "
    "`依據：…`, the head `公告事項：` over three items `一、` to `三、` whose dates are in the ROC calendar "
    "(`121年6月21日起至7月10日止`), the signing line of two officers `理事長　廖文雄　總幹事　黃啟明` and the date row "
    "`中華民國121年6月9日`**; `公告事項：` is a heading, the signing line the byline.",
    "date": "2032-06-10", "page": "B3",
    "head": ["崙溪日報　中華民國121年6月10日　星期四", "B3　田園　　編輯：鍾秀琴"],
    "foot": ["崙溪日報社　讀者服務專線：(05)587-2260"],
    "furniture": ["崙溪日報", "中華民國121年6月10日", "星期四", "B3", "田園", "編輯：鍾秀琴", "崙溪日報．田園",
                  "崙溪日報社", "讀者服務專線：(05)587-2260"],
    "run": ["崙溪日報．田園"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["一期稻作豐收　公糧收購21日起跑", "記者洪佳穎／崙溪報導"], "title": "一期稻作豐收　公糧收購21日起跑",
         "byline": ["記者洪佳穎／崙溪報導", "洪佳穎"],
         "captions": ["農友駕駛收割機搶收一期稻作。"], "credits": ["（記者洪佳穎攝）"],
         "body": ["崙溪鄉一期稻作進入收割期，今年天氣穩定、病蟲害少，每公頃稻穀產量約七千公斤，比去年多一成。鄉農會"
                  "昨（9）日公告，公糧收購將從21日開始。",
                  "農會總幹事黃啟明說，今年一期稻作全鄉種了一千二百多公頃，{cap}農會倉庫已經清出空間，烘乾機也全部"
                  "檢修完成，可以應付收割高峰。",
                  "在頂厝種了三公頃稻子的農友蘇清泉說，今年稻穀飽滿，「天公疼憨人，收成好，公糧又有保障，總算能賣個"
                  "{run}好價錢。」"]},
        {"glued": True, "lines": ["崙溪鄉農會公告"], "title": "崙溪鄉農會公告",
         "byline": ["理事長　廖文雄　總幹事　黃啟明", "廖文雄", None],
         "body": ["主旨：公告本會辦理121年第一期稻作公糧收購事宜。",
                  "依據：縣政府121年6月3日府農糧字第1210087號函辦理。",
                  ("h", "公告事項："),
                  "一、收購期間：自121年6月21日起至7月10日止，每日上午8時至下午5時。",
                  "二、收購地點：本會大同倉庫及頂厝倉庫。",
                  "三、交售稻穀含水率須在百分之十三以下，請農友攜帶身分證、印章及存摺辦理。",
                  ("end", "理事長　廖文雄　總幹事　黃啟明"),
                  ("row", "中華民國121年6月9日")]},
    ],
}

NONGXU = {
    "name": "zht_big5hkscs_lf_hong_kong_new_territories_page_organic_farmers_market_grows_story_cantonese_byline_caption_credit_running_head_midquote_glued_nongxu_stall_listing_header_stall_farm_produce_rows_produce_cells_parted_by_dun_time_place_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鶴灣日報 2032-10-13 A10 港人港事 (an invented Hong Kong daily), Big5-HKSCS (`嘅 喺 咗 啲 嚟 佢 哋 冇`; in "
    "neither cp950 nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong New Territories page in "
    "Cantonese: a Tai Po organic farmers' market grows to twenty stalls, young farmers among them (title, the "
    "byline line `記者　甘詠芝`, a caption and its credit inside a sentence, a farmer's 「」 quotation cut by the "
    "running head before `落去。」`), then, with no blank line, the listing `本月大埔有機農墟攤檔一覽`: **a header row "
    "`攤位　農場　主要產品`, five rows of a stall code (`A1`), a farm and its produce parted by `、`, then a time row and "
    "a place row**; the listing is an article, its head the title, each printed line a paragraph.",
    "date": "2032-10-13", "page": "A10",
    "head": ["鶴灣日報　2032年10月13日　星期三", "A10　港人港事　　編輯：尹嘉儀"],
    "foot": ["鶴灣日報社　　讀者熱線：2735 9146"],
    "furniture": ["鶴灣日報", "2032年10月13日", "星期三", "A10", "港人港事", "編輯：尹嘉儀", "鶴灣日報．港人港事",
                  "鶴灣日報社", "讀者熱線：2735 9146"],
    "run": ["鶴灣日報．港人港事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["有機農墟擴至二十檔　年輕農夫搶攤位", "記者　甘詠芝"], "title": "有機農墟擴至二十檔　年輕農夫搶攤位",
         "byline": ["記者　甘詠芝", "甘詠芝"],
         "captions": ["街坊喺農墟揀選即日摘嘅有機菜。"], "credits": ["（甘詠芝攝）"],
         "body": ["大埔海濱一個有機農墟由本月起擴大到二十個攤檔，逢星期日開墟，檔主全部係本地有機農場嘅農夫，賣嘅"
                  "菜都係當日朝早先至喺田度摘落嚟。",
                  "主辦嘅綠禾農友會幹事鄧家朗話，近年多咗年輕人返鄉落田，{cap}好多人只係種幾斗地，產量唔多，最需要"
                  "嘅就係一個可以直接賣俾街坊嘅地方。",
                  "喺粉嶺種菜嘅葉慧琳話，佢而家每個星期日都嚟擺檔，「客人識得問點種、用咩肥，肯俾多少少錢支持，"
                  "我哋先至捱得{run}落去。」"]},
        {"glued": True, "lines": ["本月大埔有機農墟攤檔一覽"], "title": "本月大埔有機農墟攤檔一覽",
         "body": [("row", "攤位　農場　主要產品"),
                  ("row", "A1　鶴藪綠田園　菜心、芥蘭、生菜"),
                  ("row", "A2　粉嶺葉記農場　番茄、青瓜、粟米"),
                  ("row", "A3　打鼓嶺禾苗舍　糙米、番薯"),
                  ("row", "B1　錦田有機蜂場　龍眼蜜、荔枝蜜"),
                  ("row", "B2　八鄉種子館　本地菜種、菜苗"),
                  ("row", "時間：逢星期日上午10時至下午4時"),
                  ("row", "地點：大埔海濱公園入口旁")]},
    ],
}

NONGJI = {
    "name": "zh_utf16le_bom_crlf_countryside_page_farm_machinery_subsidy_opens_story_byline_caption_credit_running_head_midquote_glued_butie_shenqing_tongzhi_two_line_head_salutation_four_numbered_steps_deadline_hotline_row_issuer_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄源日报 2032-02-26 第4版 田野, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A "
    "countryside page: farm-machinery subsidy applications open on 1 March, crop-spraying drones covered for the "
    "first time (title, the byline line `本报记者　卞　宁`, a caption and its credit inside a sentence, an official's "
    "“” quotation cut by the running head before `跑乡镇。”`), then, with no blank line, the county agriculture "
    "bureau's notice, **its head over two printed lines, a salutation line to the township stations and farmers, "
    "an introductory paragraph, four application steps each a paragraph opened by its number and a short step name "
    "with a full stop (`1.选机购机。…`), a deadline paragraph, a hotline row `咨询电话：…`**, the issuer's line (the "
    "byline) and the date row.",
    "date": "2032-02-26", "page": "4",
    "head": ["澄源日报　　2032年2月26日　星期四", "第4版　田野　　责任编辑：谌　露"],
    "foot": ["澄源日报社出版　　新闻热线：0736-5520917"],
    "furniture": ["澄源日报", "2032年2月26日", "星期四", "第4版", "田野", "责任编辑：谌　露", "澄源日报·田野",
                  "澄源日报社出版", "新闻热线：0736-5520917"],
    "run": ["澄源日报·田野"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["农机补贴3月1日起受理　植保无人机首次纳入", "本报记者　卞　宁"],
         "title": "农机补贴3月1日起受理　植保无人机首次纳入", "byline": ["本报记者　卞　宁", "卞　宁", "卞宁"],
         "captions": ["农民在农机展示会上了解植保无人机的性能。"], "credits": ["本报记者　卞　宁　摄"],
         "body": ["记者昨天从县农业农村局获悉，今年全县农机购置与应用补贴申请将从3月1日开始受理，植保无人机、水稻"
                  "插秧机和谷物烘干机首次纳入补贴范围，补贴额最高可达机具价格的30%。",
                  "县农机服务中心主任聂成刚介绍，去年全县共为1260户农民和合作社兑付补贴资金2180万元，{cap}今年的"
                  "补贴资金预计将超过2500万元。",
                  "聂成刚说：“今年起，申请可以全部在手机上完成，农民买了机器，拍照上传就行，不用再来回{run}跑乡镇。”"]},
        {"glued": True, "lines": ["澄源县农业农村局关于开展2032年", "农机购置与应用补贴申请工作的通知"],
         "title": "澄源县农业农村局关于开展2032年农机购置与应用补贴申请工作的通知",
         "byline": ["澄源县农业农村局", None],
         "body": [("row", "各乡镇农业服务站，各有关农户、农机合作社："),
                  "为做好2032年农机购置与应用补贴工作，现将申请办理有关事项通知如下：",
                  "1.选机购机。购机者在本年度补贴机具目录内自主选机，到经销企业购买并取得发票。",
                  "2.提交申请。购机后30日内，通过“澄源农机补贴”小程序上传发票、机具铭牌和人机合影照片。",
                  "3.核验公示。乡镇服务站在10个工作日内完成核验，县农业农村局在政府网站公示7天。",
                  "4.兑付资金。公示无异议的，补贴资金直接打入购机者的社保卡账户。",
                  "申请截止时间为2032年11月30日，补贴资金用完即止。",
                  ("row", "咨询电话：0736-5526081"),
                  ("end", "澄源县农业农村局"),
                  ("row", "2032年2月25日")]},
    ],
}

YOUZONG = {
    "name": "zh_utf8_bom_crlf_malaysia_plantation_page_palm_fruit_prices_up_short_of_hands_story_baodao_byline_caption_credit_running_head_midquote_glued_yuanqiu_jianxun_durian_and_palm_oil_briefs_label_three_headed_items_each_opened_by_its_own_place_tag",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "南柔日报 (an invented Malaysian Chinese daily, Johor) 2032-06-24 C4 乡讯, UTF-8 with BOM, CRLF; "
    "blank-line paragraphs, wrapped at 21. A Malaysian plantation page (simplified): fresh palm fruit prices reach "
    "the year's high but smallholders lack hands to cut it (title, the byline line `报道：陈国荣`, a caption and its "
    "credit inside a sentence, the smallholders' chairman's “” quotation cut by the running head before `钱溜走。”`), "
    "then, with no blank line, the briefs column `园丘简讯`: the label (the first item's section; kicker or none "
    "accepted, and accepted on the others) over **three items under heads of their own, two on durians and one on a "
    "replanting grant for oil palms, each opened by its own place tag in brackets (`（文冬讯）`, `（麻坡讯）`, "
    "`（吉隆坡讯）`)**; each item one paragraph, its place tag kept.",
    "date": "2032-06-24", "page": "C4",
    "head": ["南柔日报　　2032年6月24日　星期四", "C4　乡讯　　编辑：曾美玲"],
    "foot": ["南柔日报社　新闻热线：07-4338 2061"],
    "furniture": ["南柔日报", "2032年6月24日", "星期四", "C4", "乡讯", "编辑：曾美玲", "南柔日报·乡讯",
                  "南柔日报社", "新闻热线：07-4338 2061"],
    "run": ["南柔日报·乡讯"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["油棕果价创今年新高　小园主愁无人收割", "报道：陈国荣"], "title": "油棕果价创今年新高　小园主愁无人收割",
         "byline": ["报道：陈国荣", "陈国荣"],
         "captions": ["工人在居銮一处油棕园收割鲜果串。"], "credits": ["（陈国荣摄）"],
         "body": ["原棕油价格连续三周走高，柔佛小园主的鲜果串收购价也跟着上涨，本周每公吨已突破1000令吉，是今年"
                  "以来最高。",
                  "居銮油棕小园主协会主席林振发说，价格虽然好，可是园里缺人手，{cap}不少小园主的果串熟了也没人割，"
                  "只能眼看着烂在树下。",
                  "他说，协会已向当局反映，希望放宽外籍劳工的申请，“不然价格再好，小园主也只能看着{run}钱溜走。”"]},
        {"glued": True, "lines": ["园丘简讯", "猫山王开季　每公斤55令吉"],
         "section": ["园丘简讯", None], "kicker": [None, "园丘简讯"], "title": "猫山王开季　每公斤55令吉",
         "body": ["（文冬讯）今年的榴梿季比往年迟了约两周，本周猫山王开始大量上市，果园门口的售价每公斤55令吉，比去年"
                  "同期便宜约一成。"]},
        {"lines": ["麻坡榴梿节下月登场"], "section": [None, "园丘简讯"], "kicker": [None, "园丘简讯"],
         "title": "麻坡榴梿节下月登场",
         "body": ["（麻坡讯）第五届麻坡榴梿节将于7月16日至18日在市区河畔广场举行，除了品尝本地榴梿，主办单位也安排"
                  "了种植讲座和亲子活动。"]},
        {"lines": ["老树翻种每公顷补贴7500令吉"], "section": [None, "园丘简讯"], "kicker": [None, "园丘简讯"],
         "title": "老树翻种每公顷补贴7500令吉",
         "body": ["（吉隆坡讯）为鼓励小园主淘汰树龄超过25年的老油棕，当局今年为翻种的小园主提供每公顷7500令吉的"
                  "补贴，申请截止日期为9月30日。"]},
    ],
}

MURUGI = {
    "name": "mer_utf8_nobom_lf_kimeru_farm_page_coffee_payout_rises_story_byline_dateline_caption_credit_running_head_midquote_glued_cooperative_annual_general_meeting_notice_intro_agenda_head_six_numbered_items_closing_line_signed_for_the_committee",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ntumwa ya Imenti (an invented Kimeru daily, Meru, Kenya) 2032-03-10 Ukurasa 6 Mĩgũnda, UTF-8 without BOM "
    "(`ĩ ũ · – “ ” ’`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A Kimeru farm page: the coffee "
    "farmers of an invented cooperative society will be paid more a kilo this year (title over two lines, byline "
    "line `Na Gitonga Mwirigi`, the dateline `NKUBU –` opening the lead, a caption and its credit inside a "
    "sentence, the chairman's “” quotation cut by the running head before `ĩgũrũ.”`), then, with no blank line, the "
    "society's notice `Mũcemanio Mũnene jwa Mwaka` (the annual general meeting): **an introductory paragraph giving "
    "day, hour and place, the head `Ajenda` over six agenda items numbered `1.` to `6.`, a closing line and the "
    "signing line `Kwa Kamati: Purity Kinya, Mwandĩki`** (the byline, the name alone accepted); the agenda items "
    "are paragraphs with their numbers kept, `Ajenda` a heading.",
    "date": "2032-03-10", "page": "6",
    "head": ["NTUMWA YA IMENTI · Jumatano, 10 Machi 2032 · Ukurasa 6", "Mĩgũnda · Mũrũgamĩrĩri: Karimi Mbaabu"],
    "foot": ["Ntumwa ya Imenti · ntumwa@imenti.example.ke"],
    "furniture": ["NTUMWA YA IMENTI", "Jumatano, 10 Machi 2032", "Ukurasa 6", "Mĩgũnda",
                  "Mũrũgamĩrĩri: Karimi Mbaabu", "Ntumwa ya Imenti · Mĩgũnda", "Ntumwa ya Imenti",
                  "ntumwa@imenti.example.ke"],
    "run": ["Ntumwa ya Imenti · Mĩgũnda"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Arĩmi ba kaawa Imenti", "bakaarĩwa mbeca nyingĩ", "Na Gitonga Mwirigi"],
         "title": "Arĩmi ba kaawa Imenti bakaarĩwa mbeca nyingĩ", "byline": ["Na Gitonga Mwirigi", "Gitonga Mwirigi"],
         "captions": ["Arĩmi baretete kaawa Kinoru."], "credits": ["Mbicha: Kendi Gatwiri"],
         "body": ["NKUBU – Arĩmi ba kaawa ba Mũrũgĩ Farmers’ Cooperative Society bakaa~rĩwa shilingi 98 o kilo ya "
                  "ntunda cia kaawa mwaka ũyũ, gũkĩra shilingi 71 iria baarĩ~irwe mwaka ũrĩa ũthi~rĩte.",
                  "Mwene~kiti wa kĩama, Josphat Mũriithi, augire atĩ bei ya kaawa ĩrĩ ĩgũrũ gũkĩra mĩaka ĩtano ĩrĩa "
                  "ĩthi~rĩte, {cap}na kĩama nĩkĩnyi~yĩtie mbeca iria ciathi~raga kũrĩ ba~kiriri.",
                  "Augire: “Twenda arĩmi bonthe bejĩ mũcema~nio-inĩ jwa mwaka, nĩ ũntũ tũkaaria ũrĩa tũgaatũ~mbũra "
                  "bei ya kaawa {run}ĩgũrũ.”"]},
        {"glued": True, "lines": ["Mũcemanio Mũnene jwa Mwaka"], "title": "Mũcemanio Mũnene jwa Mwaka",
         "byline": ["Kwa Kamati: Purity Kinya, Mwandĩki", "Purity Kinya"],
         "body": ["Amemba bonthe ba Mũrũgĩ Farmers’ Cooperative Society baretwa mũcema~nio-inĩ mũnene jwa mwaka "
                  "Juma~mosi, 20 Machi 2032, saa inya rũcinĩ, kĩthimo-inĩ kĩa Kinoru.",
                  ("h", "Ajenda"),
                  "1. Mahoya na kwambĩrĩria mũcemanio.",
                  "2. Gũthoma mantũ ja mũcemanio jũrĩa jũthirĩte.",
                  "3. Ripoti ya Mwenekiti.",
                  "4. Ripoti ya mbeca ya mwaka 2031.",
                  "5. Gũthuura amemba batatũ ba Kamati.",
                  "6. Mantũ jangĩ.",
                  "Mũmemba wonthe arete kandi yawe ya ũmemba.",
                  ("end", "Kwa Kamati: Purity Kinya, Mwandĩki")]},
    ],
}

BULOZI = {
    "name": "loz_utf16be_bom_lf_lozi_livestock_page_cattle_lung_disease_in_senanga_and_kalabo_story_byline_dateline_caption_credit_running_head_midquote_glued_temuso_alert_intro_affected_district_rows_wards_after_colon_ban_paragraphs_issuer_place_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Liseli la Bulozi (an invented Lozi daily, Mongu, Western Province, Zambia) 2032-08-11 Peji 4 Mifuyo, "
    "UTF-16 BE with BOM (`ñ – “ ” ·`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Lozi livestock "
    "page: the cattle lung disease CBPP is found in herds of Senanga and Kalabo (title over two lines, byline line "
    "`Ka Mubita Akapelwa`, the dateline `MONGU –` opening the lead, a caption and its credit inside a sentence, the "
    "district vet's “” quotation cut by the running head before `bo.”`), then, with no blank line, the livestock "
    "office's alert `Temuso ya butuku bwa likomu`: **an introductory paragraph ending on a colon, three rows of the "
    "affected places, each a district and its wards after a colon (`Senanga: Lui, Mwandi, Nande`)**, two paragraphs "
    "(the ban on moving cattle, what an owner must do), the issuer's line (the byline) and a place-and-date row.",
    "date": "2032-08-11", "page": "4",
    "head": ["LISELI LA BULOZI | 11 August 2032 | Peji 4", "Mifuyo | Muñoli: Mwangala Nawa"],
    "foot": ["Liseli la Bulozi | liseli@bulozi.example.zm"],
    "furniture": ["LISELI LA BULOZI", "11 August 2032", "Peji 4", "Mifuyo", "Muñoli: Mwangala Nawa",
                  "Liseli la Bulozi | Mifuyo", "Liseli la Bulozi", "liseli@bulozi.example.zm"],
    "run": ["Liseli la Bulozi | Mifuyo"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Butuku bwa CBPP bu fumanwi", "mwa Senanga ni Kalabo", "Ka Mubita Akapelwa"],
         "title": "Butuku bwa CBPP bu fumanwi mwa Senanga ni Kalabo",
         "byline": ["Ka Mubita Akapelwa", "Mubita Akapelwa"],
         "captions": ["Dokota u tatuba komu mwa Senanga."], "credits": ["Siswaniso: Namukolo Sitali"],
         "body": ["MONGU – Butuku bwa li~ko~mu bo bu bizwa CBPP bu fuma~nwi mwa li~ko~mu za mwa Senanga ni Kalabo, ku ya "
                  "ka Ofisi ya Lifuyo ya Mubuso mwa Mongu.",
                  "Dokota ya lifuyo ya siki~liti, Inonge Mwiya, u bu~lezi kuli li~ko~mu ze 46 li shwile mwa kweli ye, "
                  "{cap}mi base~belezi ba ofisi ba zamaya mwa mahae kau~fela kuli ba tatube li~ko~mu za ba~fulisi.",
                  "U bu~lezi kuli: “Lu kupa ba ba na ni li~ko~mu kuli ba sike ba zama~isa li~ko~mu ku zwa mwa siki~liti "
                  "sa bona ku fitela lu tibela butuku {run}bo.”"]},
        {"glued": True, "lines": ["Temuso ya butuku bwa likomu"], "title": "Temuso ya butuku bwa likomu",
         "byline": ["Dokota ya Lifuyo ya Sikiliti, Mongu", None],
         "body": ["Ofisi ya Lifuyo i ziba~haza ba ba na ni li~ko~mu kau~fela kuli butuku bwa CBPP bu fumanwi mwa "
                  "libaka ze:",
                  ("row", "Senanga: Lui, Mwandi, Nande"),
                  ("row", "Kalabo: Sihole, Libonda"),
                  ("row", "Sioma: Nangweshi"),
                  "Ku zamaisa li~ko~mu ku zwa mwa libaka ze ku tibi~lwe ku fitela ku ziba~hazwa hape.",
                  "Ya bona komu ye kula ka mafafa, a bize dokota ya lifuyo kapili, mi a sike a i leki~sa kamba ku "
                  "i bulaya.",
                  ("end", "Dokota ya Lifuyo ya Sikiliti, Mongu"),
                  ("row", "Mongu, 9 August 2032")]},
    ],
}

KELATE = {
    "name": "mfa_macroman_cr_kelantan_malay_farm_page_main_season_paddy_planting_story_byline_dateline_caption_credit_running_head_midquote_glued_klinik_padi_qa_label_head_question_signed_village_answerer_name_line_over_institute_line_answer_two_follow_ons",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Warta Kelate (an invented Kelantan Malay daily, Kota Bharu, Malaysia) 2032-09-04 Muko 12 Dunia Tani, Mac "
    "OS Roman (`– “ ”`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Kelantan Malay farm "
    "page: the main-season paddy planting starts round Pasir Mas once the canals run full (title over two lines, "
    "byline line `Oleh Nik Faridah Nik Hassan`, the dateline `PASIR MAS –` opening the lead, a caption and its "
    "credit inside a sentence, a farmer's “” quotation cut by the running head before `baguh.”`), then, with no blank "
    "line, the agronomist's column `Klinik Padi`: the label (the section; kicker or none accepted) over the head, the "
    "farmer's question `Tanyo: …` signed `(Pak Su Deraman, Kampung Kubang Sepat, Pasir Mas)`, **the answerer set on "
    "two lines, her name `Dr. Wan Nurul Ain Wan Salleh` over her institute `Pusat Kajian Padi Lembah Kelate`** (the "
    "byline, the two lines as printed; the name accepted), then the answer `Jawab: …` and two follow-ons.",
    "date": "2032-09-04", "page": "12",
    "head": ["WARTA KELATE – Sabtu, 4 September 2032 – Muko 12", "Dunia Tani – Pengarang: Che Ku Zaleha"],
    "foot": ["Warta Kelate – berita@kelate.example.my"],
    "furniture": ["WARTA KELATE", "Sabtu, 4 September 2032", "Muko 12", "Dunia Tani", "Pengarang: Che Ku Zaleha",
                  "Warta Kelate – Dunia Tani", "Warta Kelate", "berita@kelate.example.my"],
    "run": ["Warta Kelate – Dunia Tani"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Musim tane padi doh mulo", "di Pasir Mas", "Oleh Nik Faridah Nik Hassan"],
         "title": "Musim tane padi doh mulo di Pasir Mas",
         "byline": ["Oleh Nik Faridah Nik Hassan", "Nik Faridah Nik Hassan"],
         "captions": ["Petani tabur benih di Pasir Mas."], "credits": ["Gambar: Che Mat Yusoff"],
         "body": ["PASIR MAS – Petani sekeli~ling Pasir Mas doh mulo tane padi musim utamo minggu ni, lepah aye "
                  "dari tali aye doh sapa ke bendang demo.",
                  "Pega~wai perta~nian daerah, Mohd Zaki Ismail, kato kiro-kiro 4,800 hektar bendang nak ditane "
                  "musim ni. {cap}Baja sub~sidi pun doh sapa ke peja~bat Pertu~buhan Pela~dang.",
                  "Petani Kampung Tok Uban, Wan Ismail Wan Daud, 62, kato: “Kalu aye molek, hujan pun ado, "
                  "hasil musim ni InsyaAllah lagi {run}baguh.”"]},
        {"glued": True, "lines": ["Klinik Padi", "Padi jadi kuning, gapo sebab?"],
         "section": ["Klinik Padi", None], "kicker": [None, "Klinik Padi"], "title": "Padi jadi kuning, gapo sebab?",
         "byline": ["Dr. Wan Nurul Ain Wan Salleh Pusat Kajian Padi Lembah Kelate",
                    "Dr. Wan Nurul Ain Wan Salleh", "Wan Nurul Ain Wan Salleh"],
         "body": ["Tanyo: Padi ambo baru sebulan, tapi daun dio mulo kuning, pangkal batang dio ado bena kecik-kecik "
                  "warna pe~rang. Gapo ambo keno buat? (Pak Su Deraman, Kampung Kubang Sepat, Pasir Mas)",
                  ("end", "Dr. Wan Nurul Ain Wan Salleh"),
                  ("more", "Pusat Kajian Padi Lembah Kelate"),
                  "Jawab: Dari gapo hok Pak Su royak, tu tando sera~nge bena perang. Bena ni hisap aye padi kat "
                  "pangkal batang, lamo-lamo padi jadi kuning, lepah tu kering.",
                  "Jange sembur racun se~rangga ikut suko hati, sebab racun tu buleh bunuh labah-labah nga serangga "
                  "lain hok make bena. Gi tengok bendang tiap-tiap minggu, kiro bena kat sepu~luh rumpun padi.",
                  "Kalu lebih sepuluh ekor serumpun, baru sembur racun hok sesuai, ikut suka~tan kat label dio."]},
    ],
}

SUBAK = {
    "name": "ban_cp1252_crlf_balinese_farm_page_subak_planting_after_first_rains_story_byline_dateline_caption_credit_running_head_midquote_glued_weather_for_farmers_box_day_rows_sky_and_temperature_range_advice_row_source_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Pawarta Tabanan (an invented Balinese daily, Tabanan, Bali) 2032-12-08 Kaca 7 Tetanén, Windows-1252 "
    "(`é – “ ” · °`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Balinese farm page: the members "
    "of an invented subak near Penebel start planting once the first rains have come (title over two lines, byline "
    "line `Olih I Nyoman Artawan`, the dateline `TABANAN –` opening the lead, a caption and its credit inside a "
    "sentence, the subak head's “” quotation cut by the running head before `becik.”`), then, with no blank line, "
    "the weather box for farmers `Cuaca anggén krama tani`: **three day rows, each a Balinese weekday and a date "
    "with a slash, then the sky and a temperature range with `°C` (`Buda 8/12: gulem, ujan sanja, 23–30 °C`), an "
    "advice row `Pituduh: …` and a source row**; the box is an article, its head the title, each printed line a "
    "paragraph, the source row last.",
    "date": "2032-12-08", "page": "7",
    "head": ["PAWARTA TABANAN · Buda, 8 Désémber 2032 · Kaca 7", "Tetanén · Redaksi: Ni Ketut Sriani"],
    "foot": ["Pawarta Tabanan · redaksi@pawarta.example.id"],
    "furniture": ["PAWARTA TABANAN", "Buda, 8 Désémber 2032", "Kaca 7", "Tetanén", "Redaksi: Ni Ketut Sriani",
                  "Pawarta Tabanan · Tetanén", "Pawarta Tabanan", "redaksi@pawarta.example.id"],
    "run": ["Pawarta Tabanan · Tetanén"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Krama subak ring Penebel", "sampun ngawitin nandur", "Olih I Nyoman Artawan"],
         "title": "Krama subak ring Penebel sampun ngawitin nandur",
         "byline": ["Olih I Nyoman Artawan", "I Nyoman Artawan"],
         "captions": ["Krama subak nandur padi ring Penebel."], "credits": ["Foto: Ni Luh Putu Ariani"],
         "body": ["TABANAN – Krama Subak Tegal Sari ring Keca~matan Penebel sampun nga~witin nan~dur padi, santu~kan "
                  "ujan sampun tedun ring minggu sané lintang.",
                  "Pekaséh Subak Tegal Sari, I Wayan Sudarma, mao~sang yéh ring tlabah sam~pun ageng, {cap}nang~ing "
                  "krama patut nga~tur yéh mangda sida pateh ring sami carik sané wénten ring subak.",
                  "Ipun maosang: “Yéning ujan tedun kadi mangkin, panén ring sa~sih Maret jagi {run}becik.”"]},
        {"glued": True, "lines": ["Cuaca anggén krama tani"], "title": "Cuaca anggén krama tani",
         "body": [("row", "Buda 8/12: gulem, ujan sanja, 23–30 °C"),
                  ("row", "Wraspati 9/12: ujan bales, 22–28 °C"),
                  ("row", "Sukra 10/12: gulem, 23–29 °C"),
                  ("row", "Pituduh: jaga tlabah yéning ujan."),
                  ("row", "Sumber: Stasiun Cuaca Tabanan")]},
    ],
}

PAGES = [HECHUAN, LANYANG, LUNXI, NONGXU, NONGJI, YOUZONG, MURUGI, BULOZI, KELATE, SUBAK]
