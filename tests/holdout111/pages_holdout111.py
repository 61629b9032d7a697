"""The text of every holdout111 page, written once: make_holdout111_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-110 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold (a notice's issuer, who
signs it, or an answerer's line: the byline). `{cap}` drops the caption and its credit into a paragraph, `{run}` the
running head; `~` marks where a Latin word may be split at a line end. The Latin box rows are padded to their
columns by `aligned()` (holdout98's helper, as holdout99-110 copied it), so the printed spacing is reproducible. All
papers, scenic areas, museums, travel agencies, homestay and hotel associations, offices, people, prices, visitor
figures, telephone numbers and events are invented; real places (towns, streets, beaches, villages) are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


HUANGJINZHOU = {
    "name": "zh_gbk_crlf_tourism_page_golden_week_visitor_figures_story_kicker_title_byline_caption_credit_running_head_midsentence_glued_jingqu_youke_table_header_unit_in_cell_total_row_first_spot_rows_one_fall_source_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澹溪日报 2031-10-08 第5版 文旅天地, GBK, CRLF; blank-line paragraphs, wrapped at 22. A tourism page: the "
    "invented city took 2.86 million visits over the National Day golden week (the kicker `假日文旅市场人气旺` over the "
    "title, the byline line `本报记者　简　澄`, a caption and its credit inside a sentence, the running head before "
    "the last word `产品。`), then, with no blank line under its last line, the table `国庆假期主要景区接待游客情况`: a "
    "header row `景区　游客（万人次）　同比` whose middle cell carries the unit in brackets, **the city's total row "
    "`全市合计` set first, straight under the header**, then four scenic spots with visits and a signed change (one a "
    "fall, `-3.6%`) and a source row; the table is an article, its head the title, each printed line a paragraph, "
    "the source row last.",
    "date": "2031-10-08", "page": "5",
    "head": ["澹溪日报　　2031年10月8日　星期三", "第5版　文旅天地　　责任编辑：郁　岑"],
    "foot": ["澹溪日报社出版　　新闻热线：0745-3382716"],
    "furniture": ["澹溪日报", "2031年10月8日", "星期三", "第5版", "文旅天地", "责任编辑：郁　岑", "澹溪日报·文旅天地",
                  "澹溪日报社出版", "新闻热线：0745-3382716"],
    "run": ["澹溪日报·文旅天地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["假日文旅市场人气旺", "国庆七天我市接待游客286万人次", "本报记者　简　澄"],
         "kicker": ["假日文旅市场人气旺", None], "title": "国庆七天我市接待游客286万人次",
         "byline": ["本报记者　简　澄", "简　澄", "简澄"],
         "captions": ["游客在桐屏山景区玻璃栈道上观景。"], "credits": ["本报记者　简　澄　摄"],
         "body": ["记者昨天从市文化广电旅游局获悉，国庆假期七天，全市共接待游客286.4万人次，同比增长12.7%；实现"
                  "旅游收入19.3亿元，同比增长15.1%。",
                  "桐屏山景区今年新开通的玻璃栈道吸引了大批外地游客，{cap}10月3日单日入园人数突破九万人次，创下"
                  "景区开放以来的最高纪录。",
                  "月湖湿地公园的游客增幅最大，新建的观鸟长廊和亲水步道成了亲子游的热门去处。白云洞因洞内照明改造，"
                  "假期只开放半天，游客比去年略有减少。",
                  "市文化广电旅游局产业科科长韦立群表示，接下来将把城区和周边景区串成线路，推出更多一日游和两日游"
                  "{run}产品。"]},
        {"glued": True, "lines": ["国庆假期主要景区接待游客情况"], "title": "国庆假期主要景区接待游客情况",
         "body": [("row", "景区　游客（万人次）　同比"),
                  ("row", "全市合计　286.4　+12.7%"),
                  ("row", "桐屏山景区　48.6　+15.3%"),
                  ("row", "澹溪古镇　41.2　+9.8%"),
                  ("row", "月湖湿地公园　27.5　+21.4%"),
                  ("row", "白云洞景区　12.9　-3.6%"),
                  ("row", "数据来源：澹溪市文化广电旅游局")]},
    ],
}

DIAOXIAO = {
    "name": "zh_gb18030_lf_tourism_page_travel_agency_licence_revoked_story_byline_rare_char_caption_credit_running_head_midquote_glued_diaoxiao_gonggao_two_line_head_labelled_licence_number_rows_refund_paragraph_issuer_date_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泷阳晚报 2031-06-11 第6版 放心游, GB18030 (`\U0002c02a` U+2C02A in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A tourism page: an invented travel agency that ran `零团费` tours and had "
    "its guides force tourists to shop loses its licence (title, byline line, a caption and its credit inside a "
    "sentence, the market officer's “” quotation, with ‘’ inside it, cut by the running head before `游客。”`), then, "
    "with no blank line, the bureau's notice, **its head over two printed lines** (`关于吊销泷阳市惠途旅行社有限公司` / "
    "`旅行社业务经营许可证的公告`, one title): an introductory paragraph, **four labelled rows naming the firm, its "
    "licence number `L-LY-00317`, its premises and the date of revocation**, a paragraph telling tourists with "
    "contracts how to be refunded, a contact row, `特此公告。`, the issuer's line (the byline, none accepted) and "
    "the date row; the notice is an article, each printed row a paragraph.",
    "date": "2031-06-11", "page": "6",
    "head": ["泷阳晚报　　2031年6月11日　星期三", "第6版　放心游　　责任编辑：茹　岚"],
    "foot": ["泷阳晚报社　　维权热线：0739-2260451"],
    "furniture": ["泷阳晚报", "2031年6月11日", "星期三", "第6版", "放心游", "责任编辑：茹　岚", "泷阳晚报·放心游",
                  "泷阳晚报社", "维权热线：0739-2260451"],
    "run": ["泷阳晚报·放心游"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["强迫游客购物　惠途旅行社被吊销许可证", "本报记者　宓　\U0002c02a"],
         "title": "强迫游客购物　惠途旅行社被吊销许可证",
         "byline": ["本报记者　宓　\U0002c02a", "宓　\U0002c02a", "宓\U0002c02a"],
         "captions": ["执法人员在惠途旅行社门店调查取证。"], "credits": ["本报记者　宓　\U0002c02a　摄"],
         "body": ["记者昨天从市文化广电和旅游局获悉，泷阳市惠途旅行社有限公司因组织“零团费”旅游团、安排导游强迫"
                  "游客购物，被依法吊销旅行社业务经营许可证。",
                  "今年4月，二十多名参加该社“泷阳山水三日游”的外地游客向12345热线投诉，{cap}导游在行程中多次把"
                  "游客带进玉器店和茶叶店，不买东西就不让上车。",
                  "市文化广电和旅游局市场管理科科长乔文斌说，执法人员调查后确认，该社以低于成本的价格招揽游客，"
                  "再靠购物店的回扣赚钱。“‘零团费’‘负团费’看起来便宜，最后吃亏的还是{run}游客。”"]},
        {"glued": True, "lines": ["关于吊销泷阳市惠途旅行社有限公司", "旅行社业务经营许可证的公告"],
         "title": "关于吊销泷阳市惠途旅行社有限公司旅行社业务经营许可证的公告",
         "byline": ["泷阳市文化广电和旅游局", None],
         "body": ["泷阳市惠途旅行社有限公司在经营活动中以不合理的低价组织旅游活动，安排导游强迫旅游者购物，情节"
                  "严重。依据《中华人民共和国旅游法》有关规定，我局决定吊销该社旅行社业务经营许可证。现公告如下：",
                  ("row", "企业名称：泷阳市惠途旅行社有限公司"),
                  ("row", "许可证编号：L-LY-00317"),
                  ("row", "经营场所：泷阳市江滨路88号"),
                  ("row", "吊销日期：2031年6月9日"),
                  "自吊销之日起，该社不得再招徕、组织、接待旅游者。已与该社签订旅游合同、尚未出行的旅游者，可凭"
                  "合同到我局登记，由旅游服务质量保证金先行赔付。",
                  ("row", "咨询电话：0739-2213560"),
                  "特此公告。",
                  ("end", "泷阳市文化广电和旅游局"),
                  ("row", "2031年6月10日")]},
    ],
}

MINSU = {
    "name": "zht_big5_crlf_taiwan_travel_page_long_weekend_homestay_prices_story_byline_line_caption_credit_running_head_midquote_glued_minsu_fangjia_box_header_room_weekday_holiday_rise_rows_whole_house_row_note_source_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "蘭汀日報 2031-10-02 B3 宜蘭生活 (`中華民國120年10月2日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan travel page: homestays on the 宜蘭 plain are four-fifths booked for the National Day long weekend "
    "(10-12 October) and charge a third more (title, the byline line `記者賴品妤／宜蘭報導`, a caption and its credit "
    "inside a sentence, a homestay keeper's 「」 quotation cut by the running head before `公告。」`), then, with no "
    "blank line, the box `連假民宿房價比較`: a header row `房型　平日　連假　漲幅`, three room-type rows with prices "
    "in `元` with thousands commas and an unsigned percentage, **the last a whole-house let `十人包棟`**, a `註：` row "
    "and a source row; the box is an article, its head the title, each printed line a paragraph, the source row last.",
    "date": "2031-10-02", "page": "B3",
    "head": ["蘭汀日報　中華民國120年10月2日　星期四", "B3　宜蘭生活　　編輯：溫采潔"],
    "foot": ["蘭汀日報社　讀者服務專線：(03)932-5107"],
    "furniture": ["蘭汀日報", "中華民國120年10月2日", "星期四", "B3", "宜蘭生活", "編輯：溫采潔", "蘭汀日報．宜蘭生活",
                  "蘭汀日報社", "讀者服務專線：(03)932-5107"],
    "run": ["蘭汀日報．宜蘭生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["國慶連假訂房熱　民宿房價漲三成", "記者賴品妤／宜蘭報導"], "title": "國慶連假訂房熱　民宿房價漲三成",
         "byline": ["記者賴品妤／宜蘭報導", "賴品妤"],
         "captions": ["旅客在冬山一家民宿辦理入住。"], "credits": ["（記者賴品妤攝）"],
         "body": ["國慶連假將從10日開始，一連三天。宜蘭縣民宿業者表示，礁溪、冬山和三星一帶的民宿訂房率已超過"
                  "八成，房價普遍比平日高出三成以上。",
                  "冬山河民宿聯誼會調查會員民宿的房價，雙人房平日一晚約2,600元，連假漲到3,500元；{cap}十人包棟的"
                  "漲幅最大，從12,000元漲到16,800元。",
                  "在冬山經營民宿十年的林美玲說，連假期間清潔和人力成本都比較高，房價是照向縣府報備的上限收取，"
                  "「不會亂漲，旅客訂房前可以先看看房價有沒有{run}公告。」"]},
        {"glued": True, "lines": ["連假民宿房價比較"], "title": "連假民宿房價比較",
         "body": [("row", "房型　平日　連假　漲幅"),
                  ("row", "雙人房　2,600元　3,500元　35%"),
                  ("row", "四人房　3,800元　5,100元　34%"),
                  ("row", "十人包棟　12,000元　16,800元　40%"),
                  ("row", "註：房價為一晚含早餐的平均價格。"),
                  ("row", "資料來源：冬山河民宿聯誼會")]},
    ],
}

BOWUGUAN = {
    "name": "zht_big5hkscs_lf_hong_kong_culture_page_museum_reopens_story_cantonese_byline_caption_credit_running_head_midsentence_glued_zhanlan_yilan_header_title_hall_dates_rows_permanent_cell_note_row_closing_day",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "港汀日報 2031-11-05 A10 城中好去處 (an invented Hong Kong daily), Big5-HKSCS (`嘅 喺 咗 嚟 佢 哋`; in "
    "neither cp950 nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong culture page in Cantonese: an "
    "invented district history museum in 深水埗 reopens after two years of renovation and six thousand people come "
    "on the first day (title, the byline line `記者　温芷晴`, a caption and its credit inside a sentence, a mother's "
    "「」 words, the running head before the last word `公布。`), then, with no blank line, the listing `今季展覽一覽`: "
    "a header row `展覽　展廳　日期`, four exhibitions, each with its hall and dates, **the first's dates cell the "
    "word `常設` (permanent), two running into `明年`**, and a `註：` row giving the closing day `逢星期四休館`; the "
    "listing is an article, its head the title, each printed line a paragraph.",
    "date": "2031-11-05", "page": "A10",
    "head": ["港汀日報　2031年11月5日　星期三", "A10　城中好去處　　編輯：鄺詠詩"],
    "foot": ["港汀日報社　　讀者熱線：2738 5406"],
    "furniture": ["港汀日報", "2031年11月5日", "星期三", "A10", "城中好去處", "編輯：鄺詠詩", "港汀日報．城中好去處",
                  "港汀日報社", "讀者熱線：2738 5406"],
    "run": ["港汀日報．城中好去處"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["北九龍歷史博物館重開　首日人流逾六千", "記者　温芷晴"], "title": "北九龍歷史博物館重開　首日人流逾六千",
         "byline": ["記者　温芷晴", "温芷晴"],
         "captions": ["市民喺博物館大堂排隊入場。"], "credits": ["（温芷晴攝）"],
         "body": ["關閉咗兩年做翻新工程嘅北九龍歷史博物館，琴日重新開放，首日有超過六千人入場，未開門已經排咗"
                  "長龍。",
                  "館方話，翻新後展覽面積多咗三成，{cap}新增一個兒童展廳，仲有一間望到成個深水埗嘅天台茶座。",
                  "帶住兩個仔女嚟參觀嘅陳太話，小朋友最鍾意玩具展，「啲鐵皮玩具我細個都玩過，佢哋覺得好新奇」。",
                  "館長麥卓賢表示，館方每季都會更新專題展覽，下一個展覽嘅詳情會喺網站{run}公布。"]},
        {"glued": True, "lines": ["今季展覽一覽"], "title": "今季展覽一覽",
         "body": [("row", "展覽　展廳　日期"),
                  ("row", "深水埗百年　常設展廳　常設"),
                  ("row", "街坊茶樓　專題展廳　即日至12月31日"),
                  ("row", "電車故事　三樓展廳　11月15日至明年3月1日"),
                  ("row", "懷舊玩具　兒童展廳　12月20日至明年4月26日"),
                  ("row", "註：逢星期四休館（公眾假期除外）。")]},
    ],
}

JINGQU = {
    "name": "zh_utf16le_bom_crlf_scenic_area_page_low_season_fares_story_tight_head_benbaoxun_caption_credit_running_head_midquote_glued_menpiao_gonggao_header_item_peak_low_season_rows_closing_days_row_issuer_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "潾江日报 2031-11-12 第7版 乐游, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A scenic "
    "area page: an invented mountain scenic area moves to low-season hours and fares from Sunday 11月16日 and shuts "
    "for five days of cableway overhaul in December (the title directly above a lead opened by `本报讯（通讯员　"
    "蓝嘉怡　记者　骆　岩）`, a correspondent and a reporter in one opener, a caption and its credit inside a "
    "sentence, a staff member's “” quotation cut by the running head before `退票。”`), then, with no blank line, the "
    "management committee's notice, its head over two printed lines: an introductory paragraph, **a header row "
    "`项目　旺季　淡季` and five rows comparing the peak and the low season (opening hours, last entry, adult, "
    "half-price and cableway fares)**, **the closing-days row `闭园日：12月8日至12日（年度检修）`**, a free-entry "
    "paragraph, `特此公告。`, the issuer's line (the byline, none accepted) and the date row; the notice is an "
    "article, each printed row a paragraph.",
    "date": "2031-11-12", "page": "7",
    "head": ["潾江日报　　2031年11月12日　星期三", "第7版　乐游　　责任编辑：阚　雯"],
    "foot": ["潾江日报社出版　　新闻热线：0793-8216405"],
    "furniture": ["潾江日报", "2031年11月12日", "星期三", "第7版", "乐游", "责任编辑：阚　雯", "潾江日报·乐游",
                  "潾江日报社出版", "新闻热线：0793-8216405"],
    "run": ["潾江日报·乐游"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["云岫山景区16日起执行淡季票价"], "title": "云岫山景区16日起执行淡季票价", "tight": True,
         "byline": [None, "通讯员　蓝嘉怡　记者　骆　岩", "记者　骆　岩", "骆　岩", "骆岩"],
         "captions": ["游客乘坐索道欣赏云岫山秋景。"], "credits": ["（通讯员　蓝嘉怡　摄）"],
         "body": ["本报讯（通讯员　蓝嘉怡　记者　骆　岩）记者昨天从云岫山风景区管理委员会获悉，景区将从11月16日起"
                  "执行淡季开放时间和门票价格，成人票由90元降至60元。",
                  "据介绍，进入11月后上山的游客明显减少，{cap}淡季每天的开放时间比旺季缩短一个半小时，索道票价也"
                  "相应下调。",
                  "12月8日至12日，景区将对索道和游步道进行年度检修，其间全区闭园。管委会工作人员提醒：“计划在"
                  "这几天上山的游客请提前调整行程，已经在网上购票的可以申请{run}退票。”"]},
        {"glued": True, "lines": ["云岫山风景区关于调整开放时间", "和门票价格的公告"],
         "title": "云岫山风景区关于调整开放时间和门票价格的公告",
         "byline": ["云岫山风景区管理委员会", None],
         "body": ["根据季节变化，我区自2031年11月16日起至2032年2月29日执行淡季开放时间和门票价格，具体如下：",
                  ("row", "项目　旺季　淡季"),
                  ("row", "开放时间　7:30—18:00　8:00—17:00"),
                  ("row", "停止入园　16:30　15:30"),
                  ("row", "成人票　90元　60元"),
                  ("row", "半价票　45元　30元"),
                  ("row", "索道单程　40元　30元"),
                  ("row", "闭园日：12月8日至12日（年度检修）"),
                  "60周岁以上老人、6周岁以下或身高1.2米以下儿童凭有效证件免票。",
                  "特此公告。",
                  ("end", "云岫山风景区管理委员会"),
                  ("row", "2031年11月10日")]},
    ],
}

BUXING = {
    "name": "zh_utf8_bom_lf_singapore_leisure_page_katong_heritage_walking_trail_story_baodao_sheying_byline_caption_credit_running_head_midquote_glued_buxing_luxian_route_box_start_numbered_stops_end_labels_distance_row_guided_walk_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "星海晨报 (an invented Singapore Chinese daily) 2031-07-16 A9 周末好去处, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Singapore leisure page: an invented heritage society opens a self-guided walking "
    "trail through 加东 on Saturday (title, the byline line `报道／摄影：林佩珊`, a caption and its credit inside a "
    "sentence, a retired teacher's “” quotation cut by the running head before `故事。”`), then, with no blank line, "
    "the route box `加东遗产步行路线`: **labelled stops in walking order, `起点：` first, four numbered stops "
    "`第1站：` … `第4站：`, `终点：` last**, then a distance-and-time row `全程：` and a guided-walk row `导览：`; "
    "the box is an article, its head the title, each printed line a paragraph, labels kept.",
    "date": "2031-07-16", "page": "A9",
    "head": ["星海晨报　2031年7月16日　星期三", "A9　周末好去处　　编辑：许慧敏"],
    "foot": ["星海晨报社　　新闻热线：6319 2846"],
    "furniture": ["星海晨报", "2031年7月16日", "星期三", "A9", "周末好去处", "编辑：许慧敏", "星海晨报·周末好去处",
                  "星海晨报社", "新闻热线：6319 2846"],
    "run": ["星海晨报·周末好去处"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["漫步加东老街　遗产步行路线周六推出", "报道／摄影：林佩珊"], "title": "漫步加东老街　遗产步行路线周六推出",
         "byline": ["报道／摄影：林佩珊", "林佩珊"],
         "captions": ["如切路上色彩缤纷的娘惹排屋。"], "credits": ["（林佩珊摄）"],
         "body": ["东海岸文化遗产协会将在本周六推出加东文化遗产步行路线，全程约3公里，串连娘惹排屋、老巴刹旧址"
                  "和东海岸路的老店，公众可以按路线图自行游览。",
                  "协会主席黄国梁说，路线从如切路口出发，{cap}沿途立有十二块双语解说牌，介绍土生华人的生活和饮食"
                  "文化。",
                  "每逢周六上午，协会还安排义工带队导览，每团不超过二十人。参加过试走的退休教师郑秀英说：“走完"
                  "一圈才知道，住了几十年的地方原来有这么多{run}故事。”"]},
        {"glued": True, "lines": ["加东遗产步行路线"], "title": "加东遗产步行路线",
         "body": [("row", "起点：如切路口"),
                  ("row", "第1站：如切路娘惹排屋"),
                  ("row", "第2站：加东老巴刹旧址"),
                  ("row", "第3站：东海岸路老店街"),
                  ("row", "第4站：土生华人文化馆"),
                  ("row", "终点：马林百列海滨长廊"),
                  ("row", "全程：约3公里，步行约2小时"),
                  ("row", "导览：每周六上午9时，免费，须上网报名")]},
    ],
}

JONO = {
    "name": "fon_utf8_nobom_lf_fon_tourism_page_unlicensed_guides_at_ouidah_story_byline_dateline_caption_credit_running_head_midquote_glued_visitors_qa_label_two_signed_questions_then_one_answerer_line_name_post_answer",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Wiɖa Gbè (an invented Fon daily, Ouidah, Benin) 2031-03-19 Wema 4 Jonɔ kpo Tò, UTF-8 without BOM (`ɖ Ɖ ɛ ɔ "
    "ǎ ǐ è · – “ ”`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Fon tourism page: visitors to "
    "Ouidah complain of men without a licence who pass for guides on the slave route and ask them for money (title "
    "over two lines, byline line `Mɛ e wlan: Rodrigue Sossa`, the dateline `WIƉA –` opening the lead, a caption and "
    "its credit inside a sentence, a visitor's “” quotation cut by the running head before `nǔblɛ.”`), then, with "
    "no blank line, the visitors' Q&A column: the label `Jonɔ lɛ sín kanbyɔ` (the section; kicker or none "
    "accepted), its head over two lines, **two questions `Kanbyɔ: …`, each signed at its end by a different "
    "visitor `(Kossi A., Lomé)`, `(Aminata S., Dakar)`, then one answerer's line `Rosine Hounkpè, gǎn ajɔ̌ jonɔ tɔn` "
    "(name, then post after a comma: the head of the tourist office; the byline, the name alone accepted)**, and one answer `Gbeyiyi: …` "
    "with a follow-on; each turn a paragraph, labels and signatures kept.",
    "date": "2031-03-19", "page": "4",
    "head": ["WIƉA GBÈ · 19 marsi 2031 · Wema 4", "Jonɔ kpo Tò · Wlantɔ ɖaxó: Félicienne Ahouandjinou"],
    "foot": ["Wiɖa Gbè · xo@widagbe.example.bj"],
    "furniture": ["WIƉA GBÈ", "19 marsi 2031", "Wema 4", "Jonɔ kpo Tò", "Wlantɔ ɖaxó: Félicienne Ahouandjinou",
                  "Wiɖa Gbè · Jonɔ kpo Tò", "Wiɖa Gbè", "xo@widagbe.example.bj"],
    "run": ["Wiɖa Gbè · Jonɔ kpo Tò"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ali-xlɛtɔ e ma ɖó wema ǎ lɛ", "ɖò jonɔ lɛ jí ɖò Wiɖa", "Mɛ e wlan: Rodrigue Sossa"],
         "title": "Ali-xlɛtɔ e ma ɖó wema ǎ lɛ ɖò jonɔ lɛ jí ɖò Wiɖa",
         "byline": ["Mɛ e wlan: Rodrigue Sossa", "Rodrigue Sossa"],
         "captions": ["Jonɔ lɛ ɖò Hɔntogbó ɔ nukɔn."], "credits": ["Foto: Eric Dossou"],
         "body": ["WIƉA – Jonɔ e nɔ wá Wiɖa lɛ ɖò avǐ ya wɛ. Ye ɖɔ ɖɔ mɛ e ma ɖó wema ali-xlɛtɔ tɔn ǎ lɛ nɔ "
                  "tɔ́n ɖò ali jí bo nɔ byɔ akwɛ gègě ye, bo ɖɔ ɖɔ emi ná xlɛ Ali Kannu~mɔ lɛ tɔn ye.",
                  "Ajɔ̌ jonɔ tɔn sín xwé ɖò Wiɖa ɔ yí avǐ 46 ɖò sun atɔn e wá yì ɔ mɛ, {cap}bɔ gègě ɖò ye mɛ "
                  "ɖò Hɔnto~gbó e jí mɛ ma nɔ lɛ́ kɔ sín ǎ ɔ kɔn.",
                  "Ama Kpodar, nyɔ̌nu ɖé e wá sín Lomé ɔ ɖɔ: “Sùnnu ɖé byɔ mǐ 20.000 F, bo ma xlɛ́ wema tɔn mǐ ǎ. "
                  "Hwenu e mǐ jɛ xwé ɔ, mǐ mɔ ɖɔ é nyí {run}nǔblɛ.”"]},
        {"glued": True, "lines": ["Jonɔ lɛ sín kanbyɔ", "Etɛ un ná wà nú ali-xlɛtɔ ɖé", "blɛ mì?"],
         "section": ["Jonɔ lɛ sín kanbyɔ", None], "kicker": [None, "Jonɔ lɛ sín kanbyɔ"],
         "title": "Etɛ un ná wà nú ali-xlɛtɔ ɖé blɛ mì?",
         "byline": ["Rosine Hounkpè, gǎn ajɔ̌ jonɔ tɔn", "Rosine Hounkpè"],
         "body": ["Kanbyɔ: Mǐ wá Wiɖa ɖò Sibiɖà. Ali-xlɛtɔ ɖé xɔ 15.000 F ɖò alɔ mǐ~tɔn mɛ bo jó mǐ dó ɖò ali "
                  "ɔ ta. Fitɛ mǐ sixu yì bo ɖɔ? (Kossi A., Lomé)",
                  "Kanbyɔ: Un xɔ tikɛ̀ti jonɔ tɔn ɖò Kutɔnu, amɔ̌ ali-xlɛtɔ ɔ ma wá ǎ. Un sixu mɔ akwɛ ce gbɔn "
                  "ǎ? (Aminata S., Dakar)",
                  ("end", "Rosine Hounkpè, gǎn ajɔ̌ jonɔ tɔn"),
                  "Gbeyiyi: Mi mɛ we lɛ bǐ sixu wá ajɔ̌ jonɔ tɔn sín xwé ɖò Wiɖa, bo wlan avǐ mitɔn ɖò wema jí. Mi "
                  "hɛn tikɛ̀ti mitɔn kpo nùɖé e mi ɖó dó ali-xlɛtɔ ɔ wu lɛ kpo.",
                  "Ali-xlɛtɔ e ɖó wema lɛ bǐ nɔ dó avɔ vɔvɔ kpo kad ɖé kpo ɖò kɔ mɛ. Mi kpɔ́n kad ɔ jɛ nukɔn "
                  "cóbɔ mi ná sú akwɛ nú mɛ ɖebǔ."]},
    ],
}

AGADIR = {
    "name": "shi_utf16be_bom_crlf_tashelhit_leisure_page_village_granary_reopens_story_byline_dateline_caption_credit_running_head_midquote_glued_tifawin_n_usunfu_leisure_briefs_label_over_three_headed_items_last_head_over_two_lines",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Asafu n Sus (an invented Tashelhit daily, Agadir, Morocco) 2031-02-12 Asebter 5 Asunfu d Inbgiwn, UTF-16 "
    "BE with BOM (the Berber Latin letters `ɣ ɛ ḍ ṭ ẓ ḥ ṛ ṣ š` and the labialisation mark `ʷ`, `· – “ ”`), CRLF; "
    "blank-line paragraphs, wrapped at 37 with hyphenation. A Tashelhit leisure page: an invented village's old "
    "collective granary near Tafraout opens to visitors after two years' repair (title over two lines, byline line "
    "`Sɣur Brahim Ujdiɣ`, the dateline `TAFRAWT –` opening the lead, a caption and its credit inside a sentence, the "
    "association head's “” quotation cut by the running head before `lmuzi.”`), then, with no blank line, the leisure "
    "briefs `Tifawin n usunfu`: the label (the first item's section; kicker or none accepted, and accepted on the "
    "others) over three items (an almond-blossom walk, an ahwash evening, children's swimming lessons), each under "
    "its own head, **the third head over two printed lines (one title)**, each item one paragraph.",
    "date": "2031-02-12", "page": "5",
    "head": ["ASAFU N SUS · Larbɛa, 12 Fbrayr 2031 · Asebter 5", "Asunfu d Inbgiwn · Amaru amqran: Itto Oubella"],
    "foot": ["Asafu n Sus · tighri@asafu.example.ma"],
    "furniture": ["ASAFU N SUS", "Larbɛa, 12 Fbrayr 2031", "Asebter 5", "Asunfu d Inbgiwn", "Amaru amqran: Itto Oubella",
                  "Asafu n Sus · Asunfu d Inbgiwn", "Asafu n Sus", "tighri@asafu.example.ma"],
    "run": ["Asafu n Sus · Asunfu d Inbgiwn"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Agadir n Tiwrgan irẓm", "tiwwura s i inbgiwn", "Sɣur Brahim Ujdiɣ"],
         "title": "Agadir n Tiwrgan irẓm tiwwura s i inbgiwn", "byline": ["Sɣur Brahim Ujdiɣ", "Brahim Ujdiɣ"],
         "captions": ["Agadir n Tiwrgan ɣ Ammln."], "credits": ["Tawlaft: Ḥmad Ukrim"],
         "body": ["TAFRAWT – Rẓmn ɣ ssimana ad tiwwura n Ugadir n Tiwrgan i inbgiwn, dffir n sin iseggʷasn n "
                  "twuri. Agadir ad, nna ibnan ɣ lqrn wiss 17, illa ɣ yan ud~rar n tmazirt n Ammln.",
                  "Ar gis ḥḍun ayt tmazirt irdn d tẓmit d lkaɣiḍ nsn. Ɣassa, ar ttlkamn in~bgiwn {cap}ɣ 160 n "
                  "txxamin imẓẓiyn. Ar ittyarẓam kraygat ass zɣ 9 ar 17, s 20 DH i yan.",
                  "Inna Ḥmad Ubuzid, amɣar n tiddukla nna isggdn agadir: “Nra ad ẓrn inbgiwn mamnk a ttidirn "
                  "ayt tmazirt zik, ur nra ad ig ugadir ɣir {run}lmuzi.”"]},
        {"glued": True, "lines": ["Tifawin n usunfu", "Tikli gr ilwzn ɣ Tafrawt"],
         "section": ["Tifawin n usunfu", None], "kicker": [None, "Tifawin n usunfu"],
         "title": "Tikli gr ilwzn ɣ Tafrawt",
         "body": ["Tssudus tiddukla n Ammln tikli n 12 n kilumitr gr ilwzn ɣ Tafrawt ass n ssbt 15 Fbrayr. Tikli "
                  "tbdu zɣ 8 n ṣṣbaḥ, tfru ɣ Ugadir n Tiwrgan."]},
        {"lines": ["Ahwaš ɣ Tiznit ass n ssbt"], "section": [None, "Tifawin n usunfu"],
         "kicker": [None, "Tifawin n usunfu"], "title": "Ahwaš ɣ Tiznit ass n ssbt",
         "body": ["Ad sɣusn ayt Tiznit ahwaš ɣ usarag n lmšwar ass n ssbt zɣ 8 n yiḍ. Tawada tlla bla lxlaṣ."]},
        {"lines": ["Ilmmudn n uɛum ɣ Tamṛaɣt", "rẓmn i warrac"], "section": [None, "Tifawin n usunfu"],
         "kicker": [None, "Tifawin n usunfu"], "title": "Ilmmudn n uɛum ɣ Tamṛaɣt rẓmn i warrac",
         "body": ["Rẓmn ilmmudn n uɛum i warrac zɣ 8 ar 14 n iseggʷasn ɣ Tamṛaɣt. Ilmmud n yat ssimana s "
                  "150 DH."]},
    ],
}

CAMMINU = {
    "name": "sdc_latin1_lf_sassarese_leisure_page_cycle_path_to_platamona_opens_story_byline_dateline_caption_credit_running_head_midquote_guillemets_glued_route_box_header_km_stop_rows_decimal_comma_kilometre_marks_aligned_by_spaces_time_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Lu Fogliu Tataresu (an invented Sassarese daily, Sassari, Sardinia) 2031-05-21 Pàgina 7 Tempu lìbbaru, ISO "
    "8859-1 (`à è ì ò ù À`, guillemets `« »`, no dash: Latin-1 has none), LF; blank-line paragraphs, wrapped at 38 "
    "with hyphenation. A Sassarese leisure page: a cycle path from the city's piazza d'Italia to the beach at "
    "Platamona opens (title over two lines, byline line `di Antonella Cossu`, the dateline `SÀSSARI -` opening the "
    "lead, a caption and its credit inside a sentence, the councillor's «» quotation cut by the running head before "
    "`mari.»`), then, with no blank line, the route box `Lu camminu, tappa pa tappa`: **a header row `Km  Tappa` and "
    "five stops, each opened by its kilometre mark with a decimal comma (`3,2`, `11,5`, `14,8`)**, aligned by runs "
    "of spaces, and a time row; the box is an article, its head the title, each printed line a paragraph (one space "
    "kept).",
    "date": "2031-05-21", "page": "7",
    "head": ["LU FOGLIU TATARESU | Màrchuri, 21 di maggiu 2031 | Pàgina 7", "Tempu lìbbaru | Redazioni: Gavina Pinna"],
    "foot": ["Lu Fogliu Tataresu | redazioni@fogliutataresu.example.it"],
    "furniture": ["LU FOGLIU TATARESU", "Màrchuri, 21 di maggiu 2031", "Pàgina 7", "Tempu lìbbaru",
                  "Redazioni: Gavina Pinna", "Lu Fogliu Tataresu | Tempu lìbbaru", "Lu Fogliu Tataresu",
                  "redazioni@fogliutataresu.example.it"],
    "run": ["Lu Fogliu Tataresu | Tempu lìbbaru"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Abbertu lu camminu in bizicretta", "da Sàssari a lu mari", "di Antonella Cossu"],
         "title": "Abbertu lu camminu in bizicretta da Sàssari a lu mari",
         "byline": ["di Antonella Cossu", "Antonella Cossu"],
         "captions": ["Li primi in bizicretta a Platamona."], "credits": ["Foto: Piero Marras"],
         "body": ["SÀSSARI - Dumenigga è isthaddu abbertu lu camminu in bizi~cretta chi da piazza d'Itàlia porta "
                  "finz'a la piaggia di Plata~mona: 14,8 chilò~metri, guasi tutti in pianu e luntanu da l'auto~mòbbiri.",
                  "Lu Cumunu hà ippesu dui miliò~ni di euro. Lu camminu passa pa Li Punti, {cap}Ottava e l'isthagnu "
                  "di Pilu, e in dugna tappa v'è una funtana e un loggu pa arrimanì.",
                  "«Dugna dumenigga semmu più di milli a passà in bizicretta», hà dittu l'as~ses~sori Marco Spanu. "
                  "«Abà no v'è più bisognu di piglià la macchina pa andà a lu {run}mari.»"]},
        {"glued": True, "lines": ["Lu camminu, tappa pa tappa"], "title": "Lu camminu, tappa pa tappa",
         "body": [("row", aligned("Km", "Tappa", widths=(7,))),
                  ("row", aligned("0", "Sàssari, piazza d'Itàlia", widths=(7,))),
                  ("row", aligned("3,2", "Li Punti, piazza di la crèsgia", widths=(7,))),
                  ("row", aligned("7,9", "Ottava, funtana", widths=(7,))),
                  ("row", aligned("11,5", "Isthagnu di Pilu", widths=(7,))),
                  ("row", aligned("14,8", "Platamona, piaggia", widths=(7,))),
                  ("row", "Tempu: un'ora e mezza, a passu lentu.")]},
    ],
}

HOTEL = {
    "name": "btx_macroman_cr_karo_batak_travel_page_new_year_hotel_prices_in_berastagi_story_byline_dateline_caption_credit_running_head_midquote_glued_hotel_figures_box_labelled_lines_rooms_booked_share_two_prices_source_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Sora Deleng (an invented Karo Batak daily, Kabanjahe, North Sumatra) 2031-12-30 Lembar 6 Wisata, Mac OS "
    "Roman (`’ – “ ”`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Karo travel page: "
    "hotel and homestay rooms in Berastagi cost twice as much over New Year and are nearly all booked (title over "
    "two lines, byline line `Ibahan Rudi Sembiring`, the dateline `BERASTAGI –` opening the lead, a caption and its "
    "credit inside a sentence, a visitor's “” quotation cut by the running head before `jenda.”`), then, with no "
    "blank line, the figures box `Hotel i Berastagi ngarak Tahun Baru`: **labelled lines, not a table: rooms "
    "`2.140`, the share booked `96 persen`, the average New Year price and the usual price each on its own line "
    "(`Rp 700.000`, `Rp 350.000`)**, and a source row; the box is an article, its head the title, each printed line "
    "a paragraph, labels kept, the source row last.",
    "date": "2031-12-30", "page": "6",
    "head": ["SORA DELENG – Nggara, 30 Desember 2031 – Lembar 6", "Wisata – Redaksi: Lisna br Tarigan"],
    "foot": ["Sora Deleng – redaksi@soradeleng.example.id"],
    "furniture": ["SORA DELENG", "Nggara, 30 Desember 2031", "Lembar 6", "Wisata", "Redaksi: Lisna br Tarigan",
                  "Sora Deleng – Wisata", "Sora Deleng", "redaksi@soradeleng.example.id"],
    "run": ["Sora Deleng – Wisata"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Ngarak Tahun Baru, erga kamar", "i Berastagi naik dua kali lipat", "Ibahan Rudi Sembiring"],
         "title": "Ngarak Tahun Baru, erga kamar i Berastagi naik dua kali lipat",
         "byline": ["Ibahan Rudi Sembiring", "Rudi Sembiring"],
         "captions": ["Tamue i Bukit Gundaling, Berastagi."], "credits": ["Foto: Andreas Ginting"],
         "body": ["BERASTAGI – Ngarak Tahun Baru, erga kamar hotel ras homestay i Berastagi naik dua kali lipat. "
                  "Kamar si biasana ergana Rp 350.000 sada berngi, genduari nggo Rp 700.000, ras la lit ka kamar si "
                  "kosong.",
                  "Ketua Kumpulen Hotel Tanah Karo, Sabar Ginting, ngataken tamue si reh kerina nari Medan ras "
                  "{cap}Pekanbaru, ras kerina kamar nggo ipe~san seh 2 Januari.",
                  "Sada tamue nari Medan, Dewi br Sitepu, nina: “Erga kamar meganjang kal, tapi kami nggo biasa "
                  "reh ku Be~ras~tagi tep-tep Tahun Baru. Lalap mehuli hawana i {run}jenda.”"]},
        {"glued": True, "lines": ["Hotel i Berastagi ngarak Tahun Baru"], "title": "Hotel i Berastagi ngarak Tahun Baru",
         "body": [("row", "Kamar hotel ras homestay: 2.140"),
                  ("row", "Si nggo ipesan: 96 persen"),
                  ("row", "Erga rata-rata Tahun Baru: Rp 700.000"),
                  ("row", "Erga biasa: Rp 350.000"),
                  ("row", "Sumber: Kumpulen Hotel Tanah Karo")]},
    ],
}

PAGES = [HUANGJINZHOU, DIAOXIAO, MINSU, BOWUGUAN, JINGQU, BUXING, JONO, AGADIR, CAMMINU, HOTEL]
