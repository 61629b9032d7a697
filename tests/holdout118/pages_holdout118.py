"""The text of every holdout118 page, written once: make_holdout118_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-116 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold (a notice's issuer, or a column's writer signing at its foot: the byline). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line
end. The Latin rows are padded to their columns by `cells()` (holdout116's, itself holdout98's `aligned()`), so the
printed spacing is reproducible. All papers, funds, federations, foundations, temples, radio stations, schools,
people, sums, telephone numbers and events are invented; real places (towns, districts, quarters, islands) are
settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


MUJUAN = {
    "name": "zh_gbk_crlf_charity_page_flood_relief_fund_story_byline_caption_credit_running_head_midquote_glued_mingxie_notice_signed_by_charity_federation_date_row_glued_donors_list_two_donors_a_row_total_row_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "淇川日报 2033-07-21 第6版 公益周刊, GBK, CRLF; blank-line paragraphs, wrapped at 23. A charity page: the "
    "invented city's charity federation has raised over twenty million yuan for flood relief in a week (title, the "
    "byline line `本报记者　钮　岚`, a caption and its credit inside a sentence, the federation secretary's “” quotation "
    "cut by the running head before `公布。”`), then, with no blank line, the federation's thank-you notice `鸣谢` "
    "(one paragraph, the issuer's line `淇川市慈善总会` (the byline), the date row), and, with no blank line under the "
    "date, the donors' list `抗洪救灾捐款芳名（第一批）`: a unit row, five rows **each holding two donors, "
    "`name　sum　name　sum`**, a total row `本批合计　1437270` and a note row; the notice and the list are articles, their "
    "heads the titles, each printed row of the list a paragraph.",
    "date": "2033-07-21", "page": "6",
    "head": ["淇川日报　　2033年7月21日　星期四", "第6版　公益周刊　　责任编辑：蒲　柠"],
    "foot": ["淇川日报社出版　　新闻热线：0719-3326580"],
    "furniture": ["淇川日报", "2033年7月21日", "星期四", "第6版", "公益周刊", "责任编辑：蒲　柠", "淇川日报·公益周刊",
                  "淇川日报社出版", "新闻热线：0719-3326580"],
    "run": ["淇川日报·公益周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["抗洪救灾募捐一周　善款逾两千万元", "本报记者　钮　岚"], "title": "抗洪救灾募捐一周　善款逾两千万元",
         "byline": ["本报记者　钮　岚", "钮　岚", "钮岚"],
         "captions": ["志愿者在市慈善总会仓库分拣捐赠物资。"], "credits": ["（本报记者　钮　岚　摄）"],
         "body": ["7月13日淇川遭遇特大暴雨后，市慈善总会当天启动抗洪救灾募捐。截至7月20日，总会共接收社会各界捐款"
                  "2186.4万元，捐赠物资折价约430万元。",
                  "记者在总会的物资仓库看到，矿泉水、方便面、{cap}被褥和消毒用品堆满了半个仓库，十多名志愿者正在分拣"
                  "装车，准备送往东岗、柳湾两镇。",
                  "市慈善总会秘书长庞立新说，首批善款已经拨付受灾最重的两个镇，用于群众临时安置和房屋修缮，“每一笔钱"
                  "用在哪里，我们都会在报纸和网站上{run}公布。”"]},
        {"glued": True, "lines": ["鸣谢"], "title": "鸣谢", "byline": ["淇川市慈善总会", None],
         "body": ["我市遭受特大暴雨灾害以来，社会各界爱心企业、单位和个人慷慨解囊，踊跃捐款捐物，支援抗洪救灾和灾后"
                  "重建。淇川市慈善总会谨向所有捐赠者表示衷心感谢！首批捐款芳名刊登如下，其余将分批刊登。",
                  ("end", "淇川市慈善总会"),
                  ("row", "2033年7月20日")]},
        {"glued": True, "lines": ["抗洪救灾捐款芳名（第一批）"], "title": "抗洪救灾捐款芳名（第一批）",
         "body": [("row", "单位：元"),
                  ("row", "淇川建工集团　500000　市农商银行　300000"),
                  ("row", "恒丰米业公司　200000　宏达物流公司　150000"),
                  ("row", "东岗镇商会　120000　市第一中学师生　68650"),
                  ("row", "周建平　50000　匿名人士　30000"),
                  ("row", "钱秀英　10000　柳湾村村民　8620"),
                  ("row", "本批合计　1437270"),
                  ("row", "注：排名不分先后。")]},
    ],
}

XIANXUE = {
    "name": "zh_gb18030_lf_health_page_summer_blood_shortage_story_byline_rare_char_caption_credit_running_head_midquote_glued_blood_bus_schedule_site_heads_over_date_and_hours_rows_note_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沣溪晚报 2033-07-20 第4版 城市生活, GB18030 (`\U0002ccf5` U+2CCF5 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A blood-donation page: the blood centre's stock runs low in the summer "
    "holidays and two blood buses go out to the neighbourhoods next week (title, the byline line, a caption and its "
    "credit inside a sentence, the section head's “” quotation cut by the running head before `上班。”`), then, with "
    "no blank line, the schedule `下周献血车停靠安排`: **three site heads (headings), each over one or two rows of "
    "date with the weekday in brackets and the hours (`7月26日（周二）　9:00—16:00`)**, and a `注：` row; the schedule "
    "is an article, its head the title, each printed row a paragraph.",
    "date": "2033-07-20", "page": "4",
    "head": ["沣溪晚报　　2033年7月20日　星期三", "第4版　城市生活　　责任编辑：卞　岫"],
    "foot": ["沣溪晚报社　　读者热线：0734-8861205"],
    "furniture": ["沣溪晚报", "2033年7月20日", "星期三", "第4版", "城市生活", "责任编辑：卞　岫", "沣溪晚报·城市生活",
                  "沣溪晚报社", "读者热线：0734-8861205"],
    "run": ["沣溪晚报·城市生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["暑期血库告急　献血车下周进社区", "本报记者　褚　\U0002ccf5"], "title": "暑期血库告急　献血车下周进社区",
         "byline": ["本报记者　褚　\U0002ccf5", "褚　\U0002ccf5", "褚\U0002ccf5"],
         "captions": ["市民在献血车上献血。"], "credits": ["（本报记者　褚　\U0002ccf5　摄）"],
         "body": ["入夏以来，市中心血站的库存持续偏低。记者昨天从血站了解到，全市医院每天临床用血约需800单位，近两周"
                  "日均采血只有500多单位，O型和A型血尤其紧张。",
                  "血站采供血科科长严慧敏介绍，学生放假、天气炎热，{cap}是暑期献血人数减少的主要原因。为方便市民就近"
                  "献血，下周起两辆献血车将开进社区和园区。",
                  "她提醒，献血前一晚要休息好，当天吃清淡早餐，不要空腹，“献血后多喝水，当天不要剧烈运动，第二天就能"
                  "正常{run}上班。”"]},
        {"glued": True, "lines": ["下周献血车停靠安排"], "title": "下周献血车停靠安排",
         "body": [("h", "桂园社区广场"),
                  ("row", "7月26日（周二）　9:00—16:00"),
                  ("row", "7月30日（周六）　9:00—16:00"),
                  ("h", "高新区管委会门前"),
                  ("row", "7月27日（周三）　8:30—15:30"),
                  ("h", "星河广场北侧"),
                  ("row", "7月28日（周四）　10:00—17:00"),
                  ("row", "7月31日（周日）　10:00—17:00"),
                  ("row", "注：请带身份证，18至55周岁均可献血。")]},
    ],
}

SHOUZHI = {
    "name": "zht_big5_crlf_taiwan_charity_page_foundation_accounts_story_byline_caption_credit_running_head_midquote_glued_shouzhi_juesuan_table_roc_year_unit_row_income_spending_heads_item_rows_subtotals_balance_row_source_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "崁溪日報 2033-03-16 A8 愛心公益 (`中華民國122年3月16日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan charity page: an invented social-welfare foundation publishes its accounts for the year 121 (title, the "
    "byline line `記者蕭雅筑／崁溪報導`, a caption and its credit inside a sentence, the director's 「」 quotation cut by "
    "the running head before `哪裡。」`), then, with no blank line, the table `慈心基金會121年度收支決算表` (**the year "
    "in the ROC calendar**): a unit row `單位：新臺幣元`, **the heads `收入` and `支出` (headings), each over item rows "
    "`item　amount` with thousands commas closed by its subtotal row (`收入合計`, `支出合計`)**, the balance row "
    "`本期結餘` and a source row; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2033-03-16", "page": "A8",
    "head": ["崁溪日報　中華民國122年3月16日　星期三", "A8　愛心公益　　編輯：甘曉雯"],
    "foot": ["崁溪日報社　讀者服務專線：(05)283-6617"],
    "furniture": ["崁溪日報", "中華民國122年3月16日", "星期三", "A8", "愛心公益", "編輯：甘曉雯", "崁溪日報．愛心公益",
                  "崁溪日報社", "讀者服務專線：(05)283-6617"],
    "run": ["崁溪日報．愛心公益"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["慈心基金會公布收支　捐款收入增一成", "記者蕭雅筑／崁溪報導"], "title": "慈心基金會公布收支　捐款收入增一成",
         "byline": ["記者蕭雅筑／崁溪報導", "蕭雅筑"],
         "captions": ["慈心基金會志工整理物資。"], "credits": ["（記者蕭雅筑攝）"],
         "body": ["財團法人崁溪慈心社會福利基金會昨天公布121年度收支決算，全年收入新臺幣8,462萬元，比前年增加一成，"
                  "其中捐款收入占九成以上。",
                  "基金會執行長邱美玲表示，去年支出以弱勢家庭生活扶助和{cap}兒童課後照顧為主，共服務1,376個家庭，結餘"
                  "將用於今年在山區新設的服務據點。",
                  "她說，基金會每年都把收支決算刊登在報上，也放在官網供民眾查閱，「捐款人有權知道每一塊錢用在"
                  "{run}哪裡。」"]},
        {"glued": True, "lines": ["慈心基金會121年度收支決算表"], "title": "慈心基金會121年度收支決算表",
         "body": [("row", "單位：新臺幣元"),
                  ("h", "收入"),
                  ("row", "捐款收入　78,215,430"),
                  ("row", "利息收入　1,386,020"),
                  ("row", "其他收入　5,021,550"),
                  ("row", "收入合計　84,623,000"),
                  ("h", "支出"),
                  ("row", "生活扶助　41,862,300"),
                  ("row", "兒童照顧　18,540,700"),
                  ("row", "行政管理　6,104,500"),
                  ("row", "募款費用　2,315,500"),
                  ("row", "支出合計　68,823,000"),
                  ("row", "本期結餘　15,800,000"),
                  ("row", "資料來源：慈心社會福利基金會")]},
    ],
}

MAIQI = {
    "name": "zht_big5hkscs_lf_hong_kong_charity_page_flag_day_volunteers_fewer_story_cantonese_byline_caption_credit_running_head_midquote_glued_flag_day_box_labelled_rows_districts_by_region_rows_signup_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鵲灣日報 2033-08-10 A7 港聞, Big5-HKSCS (`嘅 喺 咗 啲 嚟 埗`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong charity page in Cantonese: street flag days raise less and find fewer "
    "volunteers, and an invented children's charity puts a QR code on its collection bags (title, the byline line "
    "`記者　繆穎詩`, a caption and its credit inside a sentence, a student flag-seller's 「」 quotation cut by the "
    "running head before `停低。」`), then, with no blank line, the box `本週六賣旗日`: labelled rows for the charity, "
    "the date and the hours, **three rows of districts by region (`九龍：油尖旺　深水埗　九龍城　觀塘`), the district "
    "names parted by full-width spaces**, and a sign-up row; the box is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2033-08-10", "page": "A7",
    "head": ["鵲灣日報　2033年8月10日　星期三", "A7　港聞　　編輯：司徒朗"],
    "foot": ["鵲灣日報社　　新聞熱線：2873 5160"],
    "furniture": ["鵲灣日報", "2033年8月10日", "星期三", "A7", "港聞", "編輯：司徒朗", "鵲灣日報．港聞", "鵲灣日報社",
                  "新聞熱線：2873 5160"],
    "run": ["鵲灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["賣旗籌款難　企街義工少咗三成", "記者　繆穎詩"], "title": "賣旗籌款難　企街義工少咗三成",
         "byline": ["記者　繆穎詩", "繆穎詩"],
         "captions": ["義工喺旺角街頭賣旗。"], "credits": ["（繆穎詩攝）"],
         "body": ["街頭賣旗愈嚟愈難。本港一間兒童慈善團體話，去年賣旗日只籌得八十幾萬，比五年前少咗一半，肯企街嘅義工"
                  "亦少咗三成。",
                  "團體總幹事鄺家樂話，而家好多市民身上冇帶散紙，{cap}見到旗手都唔知點捐，所以今年會喺旗袋貼二維碼，"
                  "市民用手機就捐得。",
                  "第一次做旗手嘅中學生阿晴約咗幾個同學一齊報名，佢話：「企幾個鐘唔算辛苦，最緊要係有人肯"
                  "{run}停低。」"]},
        {"glued": True, "lines": ["本週六賣旗日"], "title": "本週六賣旗日",
         "body": [("row", "機構：童心慈善基金"),
                  ("row", "日期：8月13日（星期六）"),
                  ("row", "時間：上午7時至中午12時30分"),
                  ("row", "港島：中西區　灣仔　東區　南區"),
                  ("row", "九龍：油尖旺　深水埗　九龍城　觀塘"),
                  ("row", "新界：沙田　荃灣　屯門　元朗　大埔"),
                  ("row", "報名做旗手：2851 6047")]},
    ],
}

ZHAOMU = {
    "name": "zh_utf16be_bom_lf_charity_page_charity_supermarket_short_of_hands_story_byline_caption_credit_running_head_midquote_glued_volunteers_recruitment_box_numbers_row_duties_head_over_numbered_duty_rows_hours_row_signup_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澧汀晚报 2033-04-20 第7版 民生周刊, **UTF-16 BE with BOM**, LF; blank-line paragraphs, wrapped at 22. A "
    "charity page: the city's charity supermarket, where families in need exchange points for goods, is short of "
    "hands three months after opening (title, the byline line `本报记者　阎　蓓`, a caption and its credit inside a "
    "sentence, the manager's “” quotation cut by the running head before `很好。”`), then, with no blank line, the "
    "box `慈善超市志愿者招募`: a numbers row, **the head `岗位职责` (a heading) over four numbered duty rows `1.…；` "
    "to `4.…。`**, an hours row and **the sign-up row `报名方式：…`**; the box is an article, its head the title, each "
    "printed row a paragraph.",
    "date": "2033-04-20", "page": "7",
    "head": ["澧汀晚报　　2033年4月20日　星期三", "第7版　民生周刊　　责任编辑：祝　湄"],
    "foot": ["澧汀晚报社出版　　新闻热线：0736-2250417"],
    "furniture": ["澧汀晚报", "2033年4月20日", "星期三", "第7版", "民生周刊", "责任编辑：祝　湄", "澧汀晚报·民生周刊",
                  "澧汀晚报社出版", "新闻热线：0736-2250417"],
    "run": ["澧汀晚报·民生周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["慈善超市人手紧　招募周末志愿者", "本报记者　阎　蓓"], "title": "慈善超市人手紧　招募周末志愿者",
         "byline": ["本报记者　阎　蓓", "阎　蓓", "阎蓓"],
         "captions": ["志愿者在慈善超市整理货架。"], "credits": ["（本报记者　阎　蓓　摄）"],
         "body": ["位于解放路的市慈善超市开业三个月来，已为全市1200多户困难家庭提供了米面油和日用品。来换购的居民越来越"
                  "多，超市的人手明显不够。",
                  "超市负责人葛文涛说，目前超市只有3名工作人员，{cap}周末和月初领物高峰时常常忙不过来，理货、登记都要"
                  "排队等。",
                  "他说，这次面向社会招募志愿者，“不要求专业技能，只要有耐心、能坚持，每月来两次就{run}很好。”"]},
        {"glued": True, "lines": ["慈善超市志愿者招募"], "title": "慈善超市志愿者招募",
         "body": [("row", "招募人数：30名，年满18周岁"),
                  ("h", "岗位职责"),
                  ("row", "1.整理货架，清点捐赠物品；"),
                  ("row", "2.为前来换购的居民登记积分；"),
                  ("row", "3.协助搬运和分装大宗物资；"),
                  ("row", "4.周末陪同工作人员上门送货。"),
                  ("row", "服务时间：每周六、日9:00—17:00"),
                  ("row", "报名方式：致电0736-2251890或到超市前台登记")]},
    ],
}

ZHENZAI = {
    "name": "zh_utf8_bom_crlf_malaysia_charity_page_temple_flood_relief_goods_story_byline_guandan_xun_opener_caption_credit_running_head_midquote_glued_zhenzai_jianxun_column_three_headed_items_date_place_rows_signup_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "彭岸日报 (an invented Pahang Chinese daily) 2033-12-14 第9版 东海岸, UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian charity page: an invented Kuantan temple hands out relief goods to flood "
    "victims around Temerloh (title, the byline line `特约记者　江丽娟`, the lead opened by `（关丹讯）`, a caption and "
    "its credit inside a sentence, the temple chairman's “” quotation cut by the running head before `他们。”`), then, "
    "with no blank line, the column `赈灾简讯` (the first item's section; kicker or none accepted, and accepted on "
    "the others) over three items, each under its own head: **the first a paragraph then a date row `日期：…` and a "
    "place row `地点：…`**, the second one paragraph, the third a paragraph and a sign-up row `报名：…`.",
    "date": "2033-12-14", "page": "9",
    "head": ["彭岸日报　2033年12月14日　星期三", "第9版　东海岸　　编辑：温秀凤"],
    "foot": ["彭岸日报社　　新闻热线：09-516 2274"],
    "furniture": ["彭岸日报", "2033年12月14日", "星期三", "第9版", "东海岸", "编辑：温秀凤", "彭岸日报·东海岸",
                  "彭岸日报社", "新闻热线：09-516 2274"],
    "run": ["彭岸日报·东海岸"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["福安宫派发赈灾物资　千户灾黎受惠", "特约记者　江丽娟"], "title": "福安宫派发赈灾物资　千户灾黎受惠",
         "byline": ["特约记者　江丽娟", "江丽娟"],
         "captions": ["福安宫理事为灾黎搬运白米。"], "credits": ["（江丽娟摄）"],
         "body": ["（关丹讯）关丹福安宫理事会连日来在淡马鲁和马兰一带派发赈灾物资，至昨天已有超过一千户水灾灾黎受惠。",
                  "理事会主席陈国荣说，每份物资包括10公斤白米、{cap}食油、饼干、罐头和清洁用品，价值约150令吉，全部来自"
                  "善信捐献。",
                  "他说，许多灾黎的家具和电器都被水浸坏，“物资不多，但希望让他们知道，大家没有忘记{run}他们。”"]},
        {"glued": True, "lines": ["赈灾简讯", "福安宫周六再派物资"],
         "section": ["赈灾简讯", None], "kicker": [None, "赈灾简讯"], "title": "福安宫周六再派物资",
         "body": ["福安宫将在本周六再派发500份物资，灾黎须携带身份证及水灾登记卡领取。",
                  ("row", "日期：12月17日（星期六）上午9时"),
                  ("row", "地点：淡马鲁新村华小礼堂")]},
        {"lines": ["乐龄会捐出床褥百张"], "section": [None, "赈灾简讯"], "kicker": [None, "赈灾简讯"],
         "title": "乐龄会捐出床褥百张",
         "body": ["关丹乐龄协会日前捐出100张床褥和200条毛毯，交由福安宫转送马兰一带的灾黎。"]},
        {"lines": ["义工团下乡清理民宅"], "section": [None, "赈灾简讯"], "kicker": [None, "赈灾简讯"],
         "title": "义工团下乡清理民宅",
         "body": ["关丹青年义工团本周末将前往淡马鲁，协助灾黎清洗被水浸过的房屋，欢迎公众参与。",
                  ("row", "报名：012-938 6415（黄先生）")]},
    ],
}

LATILENNI = {
    "name": "dyu_utf8_nobom_lf_dyula_charity_page_found_money_returned_and_donated_story_byline_dateline_caption_credit_running_head_midquote_glued_latilenni_correction_notice_one_paragraph_signed_by_the_editors",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Sya Kunnafoni (an invented Dyula daily, Bobo-Dioulasso, Burkina Faso) 2033-10-05 Ɲɛ 4 Dɛmɛ ni Hinɛ, UTF-8 "
    "without BOM (`ɛ ɔ ɲ é · – “ ”`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A Dyula charity "
    "page: a motorbike-taxi driver finds a bag holding 850 000 FCFA at the market, has the radio call its owner, and "
    "the trader gives 200 000 of it to the orphanage in his name (title over two lines, byline line `Sɛbɛnbaga: Awa "
    "Sanou`, the dateline `BOBO-DIOULASSO –` opening the lead, a caption and its credit inside a sentence, the "
    "driver's “” quotation cut by the running head before `waati.”`), then, with no blank line, **the correction "
    "`Latilenni`: one paragraph putting right the sum printed in the day before's brief, signed `Sɛbɛnnikɛlaw` (the "
    "editors; the byline)**.",
    "date": "2033-10-05", "page": "4",
    "head": ["SYA KUNNAFONI · Araba 5 Ɔkutɔburukalo 2033 · Ɲɛ 4", "Dɛmɛ ni Hinɛ · Ɲɛmɔgɔ: Salimata Sanou"],
    "foot": ["Sya Kunnafoni · kunnafoni@syakunnafoni.example.bf"],
    "furniture": ["SYA KUNNAFONI", "Araba 5 Ɔkutɔburukalo 2033", "Ɲɛ 4", "Dɛmɛ ni Hinɛ", "Ɲɛmɔgɔ: Salimata Sanou",
                  "Sya Kunnafoni · Dɛmɛ ni Hinɛ", "Sya Kunnafoni", "kunnafoni@syakunnafoni.example.bf"],
    "run": ["Sya Kunnafoni · Dɛmɛ ni Hinɛ"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Moto boribaga ye wari boro", "segin a tigi ma", "Sɛbɛnbaga: Awa Sanou"],
         "title": "Moto boribaga ye wari boro segin a tigi ma", "byline": ["Sɛbɛnbaga: Awa Sanou", "Awa Sanou"],
         "captions": ["Lasina Traoré ni a ka moto."], "credits": ["Foto: Issa Konaté"],
         "body": ["BOBO-DIOULASSO – Moto boribaga dɔ, Lasina Traoré, ye wari boro dɔ sɔrɔ sugu~ba da la Tarata "
                  "sɔgɔma. Wari min tun bɛ boro kɔnɔ, o ye FCFA 850 000 ye. A taara boro di arajo ma, walisa u ka a tigi wele.",
                  "Wari tigi ye jago~muso dɔ ye, Mariam Ouattara. A ko o wari tun ye a ka sugu~wari ye. A "
                  "nisɔn~diyara {cap}kosɛbɛ, ka FCFA 200 000 di denfaan~tanw ka so ma Lasina tɔgɔ la.",
                  "Lasina ko: “N tɛ se ka mɔgɔ wɛrɛ ka wari mara. N fa ye n kalan ten kabini n "
                  "ka denmisɛn~ya {run}waati.”"]},
        {"glued": True, "lines": ["Latilenni"], "title": "Latilenni", "byline": ["Sɛbɛnnikɛlaw", None],
         "body": ["An ka gazɛti min bɔra kunu, an y'a sɛbɛn o kɔnɔ ko wari min sɔrɔla sugu~ba da la, o tun ye FCFA "
                  "580 000 ye. A tiɲɛ ye FCFA 850 000 ye. An bɛ yafa ɲini an ka kalan~baga~w fɛ.",
                  ("end", "Sɛbɛnnikɛlaw")]},
    ],
}

HARIKAN = {
    "name": "ses_utf16le_bom_crlf_songhay_charity_page_radio_flood_appeal_story_byline_dateline_caption_credit_running_head_midquote_glued_takings_by_quarter_table_header_quarter_sum_rows_aligned_by_spaces_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Gaawo Alhabar (an invented Koyraboro Senni Songhay daily, Gao, Mali) 2033-09-21 Sahifa 5 Gaakasinay, "
    "**UTF-16 LE with BOM** (`ŋ ɲ ï – “ ”`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Songhay "
    "charity page: an invented radio station's appeal evening raises 4 365 000 FCFA for the families the river's "
    "flood left homeless (title over two lines, byline line `Hantumkaw: Ousmane Touré`, the dateline `GAO –` opening "
    "the lead, a caption and its credit inside a sentence, a woman's “” quotation cut by the running head before "
    "`follonku.”`), then, with no blank line, the table `Nooru kaŋ margu kwaartey ra`: a header row `Kwaara  FCFA` "
    "and five rows `quarter  sum` **aligned by runs of spaces, the sums with spaces between thousands (`1 240 000`)**, "
    "then a total row `Kulu  4 365 000`; the table is an article, its head the title, each printed row a paragraph "
    "(one space kept between cells, the spaces inside a sum kept as printed).",
    "date": "2033-09-21", "page": "5",
    "head": ["GAAWO ALHABAR – Alarba 21 Sektanbur 2033 – Sahifa 5", "Gaakasinay – Jine-boro: Fatoumata Maïga"],
    "foot": ["Gaawo Alhabar – alhabar@gaawoalhabar.example.ml"],
    "furniture": ["GAAWO ALHABAR", "Alarba 21 Sektanbur 2033", "Sahifa 5", "Gaakasinay", "Jine-boro: Fatoumata Maïga",
                  "Gaawo Alhabar – Gaakasinay", "Gaawo Alhabar", "alhabar@gaawoalhabar.example.ml"],
    "run": ["Gaawo Alhabar – Gaakasinay"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Radiyo Isa Hanno na nooru", "margu harikaŋ borey se", "Hantumkaw: Ousmane Touré"],
         "title": "Radiyo Isa Hanno na nooru margu harikaŋ borey se",
         "byline": ["Hantumkaw: Ousmane Touré", "Ousmane Touré"],
         "captions": ["Arwasey ga nooru kande radiyo do."], "credits": ["Foto: Baba Cissé"],
         "body": ["GAO – Radiyo Isa Hanno na cin foo te Asibti cin, nooru margu se borey kaŋ Isa hari na i fuwey "
                  "halaci. Boro~yaŋ kaa nda nooru, hayni nda bankaara~wey.",
                  "Radiyo jine-boro, Aliou Maïga, ne i na FCFA 4 365 000 margu cin follonku ra. Nooru ga koy "
                  "{cap}gaaka~sinay kurmo do, kaŋ ga fuwey cina~yan~doo hanse.",
                  "Wayboro fo, Aminata Cissé, ne: “Iri si hin ka iri baa~rey naŋ i hinne. Iri kulu ga ti "
                  "{run}follonku.”"]},
        {"glued": True, "lines": ["Nooru kaŋ margu kwaartey ra"], "title": "Nooru kaŋ margu kwaartey ra",
         "body": [("row", cells((16,), "Kwaara", "FCFA")),
                  ("row", cells((16, 9), "Château", "1 240 000", right=True)),
                  ("row", cells((16, 9), "Sosso Koïra", "865 000", right=True)),
                  ("row", cells((16, 9), "Gadeye", "730 000", right=True)),
                  ("row", cells((16, 9), "Djoulabougou", "905 000", right=True)),
                  ("row", cells((16, 9), "Aljanabandia", "625 000", right=True)),
                  ("row", cells((16, 9), "Kulu", "4 365 000", right=True))]},
    ],
}

LAGOMATAI = {
    "name": "niu_latin1_lf_niuean_charity_page_volunteers_first_person_column_rubric_head_caption_credit_running_head_midsentence_signed_line_at_foot_name_and_village_glued_tight_head_volunteers_wanted_brief",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ko e Peau Niue (an invented Niuean weekly, Alofi) 2033-11-16 Lau 6 Fakaalofa, ISO 8859-1 (`·`; no "
    "macrons, straight quotes; Latin-1 has no dash), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A Niuean "
    "charity page: **a volunteer's first-person column** under the rubric `Tala he Tagata Lagomatai` (the section; "
    "kicker or none accepted), its head over two lines, three paragraphs of her first day helping the nurses at the "
    "hospital (a caption and its credit inside a sentence, an old woman's quotation, the running head before the "
    "last word `hake.`), **signed at its foot with her name and village `Tiva Pulehetoa, Hakupu` (the byline; the name alone "
    "accepted)**; then, with no blank line under the signature, a brief whose title sits directly above its `ALOFI -` "
    "lead.",
    "date": "2033-11-16", "page": "6",
    "head": ["KO E PEAU NIUE · Aho Lotu 16 Novema 2033 · Lau 6", "Fakaalofa · Etita: Mele Tukuitonga"],
    "foot": ["Ko e Peau Niue · tala@peauniue.example.nu"],
    "furniture": ["KO E PEAU NIUE", "Aho Lotu 16 Novema 2033", "Lau 6", "Fakaalofa", "Etita: Mele Tukuitonga",
                  "Ko e Peau Niue · Fakaalofa", "Ko e Peau Niue", "tala@peauniue.example.nu"],
    "run": ["Ko e Peau Niue · Fakaalofa"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Tala he Tagata Lagomatai", "Ko e aho fakamua haaku he", "fale gagao"],
         "section": ["Tala he Tagata Lagomatai", None], "kicker": [None, "Tala he Tagata Lagomatai"],
         "title": "Ko e aho fakamua haaku he fale gagao",
         "byline": ["Tiva Pulehetoa, Hakupu", "Tiva Pulehetoa"],
         "captions": ["Ko e fale gagao i Alofi."], "credits": ["Fakatino: Hefo Talagi"],
         "body": ["Ne hau au ke he fale gagao i Alofi he aho Gofua ne mole ke lagomatai e tau neesi. Ko e "
                  "magaaho fakamua haaku ke gahua pihia, ti ne matakutaku au he pogipogi ia.",
                  "Ne fakaako mai e neesi ko Lose ki a au ke fakatoka e tau mohe~ga mo e ke ta~ki e tau kai ke he "
                  "tau tagata {cap}gagao. Nakai uka e gahua, ka e loga e tau mena ke ako.",
                  "Ne tala mai e taha matua fifine ki a au, \"Fakaaue lahi ha ko e hau a koe.\" Ko e kupu ia ne "
                  "fakamalo~lo~ina aki e loto haaku ke liu mai he faahi tapu {run}hake.",
                  ("end", "Tiva Pulehetoa, Hakupu")]},
        {"glued": True, "lines": ["Kumi tagata lagomatai foou"], "title": "Kumi tagata lagomatai foou", "tight": True,
         "body": ["ALOFI - Kua kumi he fale gagao i Alo~fi e tau tagata lagomatai foou ke gahua he tau aho Faiumu. Ko e "
                  "tau ta~gata ne manako, kia feleveia mo e ofisa he fale gagao to hoko ke he aho 30 Novema."]},
    ],
}

BUOKA = {
    "name": "gil_macroman_cr_kiribati_education_page_scholarship_fund_awards_story_byline_dateline_caption_credit_running_head_midquote_glued_awardees_list_school_heads_over_name_island_rows_aligned_by_spaces_amount_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Te Itoi Tarawa (an invented Kiribati weekly; `itoi`, star) 2033-06-08 Itera 3 Mwakuri n Reirei, Mac OS Roman "
    "(`– “ ”`), **CR** line ends; blank-line paragraphs, wrapped at 36 with hyphenation. A Kiribati page: an invented "
    "scholarship fund of Kiribati people in New Zealand gives six Form 7 students their university fees (title over "
    "two lines, byline line `Korea: Taake Uriam`, the dateline `BAIRIKI –` opening the lead, a caption and its credit "
    "inside a sentence, the fund chair's “” quotation cut by the running head before `reirei.”`), then, with no blank "
    "line, the awardees list `Ataei aika a anaa te buoka`: **three school heads (headings), each over two rows of "
    "`name  island` aligned by runs of spaces**, and a closing amount row; the list is an article, its head the "
    "title, each printed row a paragraph (one space kept).",
    "date": "2033-06-08", "page": "3",
    "head": ["TE ITOI TARAWA – Katenibong 8 Tune 2033 – Itera 3", "Mwakuri n Reirei – Editota: Teraaka Tong"],
    "foot": ["Te Itoi Tarawa – tatabeka@itoitarawa.example.ki"],
    "furniture": ["TE ITOI TARAWA", "Katenibong 8 Tune 2033", "Itera 3", "Mwakuri n Reirei",
                  "Editota: Teraaka Tong", "Te Itoi Tarawa – Mwakuri n Reirei", "Te Itoi Tarawa",
                  "tatabeka@itoitarawa.example.ki"],
    "run": ["Te Itoi Tarawa – Mwakuri n Reirei"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Onoua te ataei a anaa te", "buoka n reirei", "Korea: Taake Uriam"],
         "title": "Onoua te ataei a anaa te buoka n reirei", "byline": ["Korea: Taake Uriam", "Taake Uriam"],
         "captions": ["Ataei aika a anaa te buoka."], "credits": ["Taamnei: Kaboua Itaia"],
         "body": ["BAIRIKI – E anganaki onoua te ataei mai ni Form 7 te buoka n reirei mai~roun te Bootaki n "
                  "Tangira n te Kao~no~bong. E na kabooaki iai aia reirei n te uni~bere~titi n tenua te ririki.",
                  "Nei Bwebwe Teiwaki, te tia kairiiri n te Bootaki, e taku bwa e bati riki te mwane n te ririki "
                  "aei, {cap}ibukina bwa a bati kaain Kiribati i Niu Tireni aika a anga aia kaki~baba.",
                  "E taku naba: “Ti kani buokiia ataei aika a rabakau n aia reirei ma a aki kona n kabooa aia "
                  "{run}reirei.”"]},
        {"glued": True, "lines": ["Ataei aika a anaa te buoka"], "title": "Ataei aika a anaa te buoka",
         "body": [("h", "Nanotasi High School"),
                  ("row", cells((20,), "Tiare Baraniko", "Abemama")),
                  ("row", cells((20,), "Kautu Tebano", "Tabiteuea")),
                  ("h", "Ainiman College"),
                  ("row", cells((20,), "Meeri Tokanikai", "Butaritari")),
                  ("row", cells((20,), "Ioane Karotu", "Tarawa")),
                  ("h", "Tebwiti Junior School"),
                  ("row", cells((20,), "Tebeio Aata", "Nonouti")),
                  ("row", cells((20,), "Teriao Kaiea", "Marakei")),
                  ("row", "Te buoka: $A2,000 nakon temanna")]},
    ],
}

PAGES = [MUJUAN, XIANXUE, SHOUZHI, MAIQI, ZHAOMU, ZHENZAI, LATILENNI, HARIKAN, LAGOMATAI, BUOKA]
