"""The text of every holdout126 page, written once: make_holdout126_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-125 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `cells()`
(holdout116's, 118's, 120's, 121's and 125's), so the printed spacing is reproducible. All papers, banks, insurers,
funds, savings groups, people, sums, rates, counts, telephone numbers and events are invented; real places
(towns, districts, villages) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


FANGDAI = {
    "name": "zh_gbk_crlf_loans_page_mortgage_rate_cut_story_byline_caption_credit_running_head_midquote_glued_repayment_schedule_excerpt_header_row_period_payment_principal_interest_balance_rows_ellipsis_row_last_period_row_interest_total_row_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "浈阳日报 2036-01-16 第6版 金融观察, GBK, CRLF; blank-line paragraphs, wrapped at 22. A loans page: first-home "
    "mortgage rates fall from 3.35% to 3.05% and a loan of a million yuan over thirty years costs 164.09 yuan a month "
    "less (title with a full-width gap, the byline line `本报记者　窦　澄`, a caption and its credit inside a sentence, "
    "the bank's loans manager's “” quotation cut by the running head before `还贷。”`), then, with no blank line, **the "
    "repayment schedule `100万元房贷还款计划（节选）`: a header row `期数　月供　本金　利息　剩余本金`, the first three "
    "months' rows (`1　4,243.05　1,701.38　2,541.67　998,298.62`), a row holding only `……` for the months left out, "
    "the last month's row ending on `0.00`, a total row of the interest alone `利息合计　527,500.42` and a note row "
    "`注：…`**; the schedule is an article, its head the title, each printed row a paragraph.",
    "date": "2036-01-16", "page": "6",
    "head": ["浈阳日报　　2036年1月16日　星期三", "第6版　金融观察　　责任编辑：祁　芸"],
    "foot": ["浈阳日报社出版　　新闻热线：0745-6613058"],
    "furniture": ["浈阳日报", "2036年1月16日", "星期三", "第6版", "金融观察", "责任编辑：祁　芸", "浈阳日报·金融观察",
                  "浈阳日报社出版", "新闻热线：0745-6613058"],
    "run": ["浈阳日报·金融观察"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["首套房贷利率降至3.05%　百万贷款月供少164元", "本报记者　窦　澄"],
         "title": "首套房贷利率降至3.05%　百万贷款月供少164元",
         "byline": ["本报记者　窦　澄", "窦　澄", "窦澄"],
         "captions": ["市民在银行网点咨询房贷业务。"], "credits": ["（本报记者　窦　澄　摄）"],
         "body": ["记者昨天从市内多家银行获悉，本月起新发放的首套个人住房贷款利率由3.35%下调至3.05%，已发放的存量"
                  "房贷也将在下一个重定价日随之调整。",
                  "浈阳农商银行个人贷款部经理巩立新算了一笔账：贷款100万元、期限30年、等额本息还款，月供由4407.14元"
                  "降至4243.05元，{cap}每月少还164.09元，30年少付利息约5.9万元。",
                  "他提醒，打算提前还款的市民最好先算清楚，“利率降了以后，手里有闲钱的不一定要急着{run}还贷。”"]},
        {"glued": True, "lines": ["100万元房贷还款计划（节选）"], "title": "100万元房贷还款计划（节选）",
         "body": [("row", "期数　月供　本金　利息　剩余本金"),
                  ("row", "1　4,243.05　1,701.38　2,541.67　998,298.62"),
                  ("row", "2　4,243.05　1,705.71　2,537.34　996,592.91"),
                  ("row", "3　4,243.05　1,710.04　2,533.01　994,882.87"),
                  ("row", "……"),
                  ("row", "360　4,245.47　4,234.71　10.76　0.00"),
                  ("row", "利息合计　527,500.42"),
                  ("row", "注：按年利率3.05%、期限30年、等额本息计算")]},
    ],
}

HUIMINBAO = {
    "name": "zh_gb18030_lf_insurance_page_city_health_insurance_opens_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_benefits_table_header_row_item_deductible_ratio_limit_rows_zero_deductible_deadline_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "潆州晚报 2036-02-22 第7版 民生周刊, GB18030 (`\U00020bb7` U+20BB7, CJK Extension B, in the reporter's name "
    "and credit; not in GBK), LF; indent-only paragraphs, wrapped at 21. An insurance page: the invented city's "
    "inclusive supplementary health insurance opens for the year at 69 yuan a head (title with a full-width gap, the "
    "byline line `本报记者　田　\U00020bb7`, a caption and its credit inside a sentence, the medical insurance bureau "
    "section head's “” quotation cut by the running head before `着。”`), then, with no blank line, **the benefits "
    "table `潆州惠民保2036年度保障责任`: a header row `保障项目　免赔额　赔付比例　年度限额`, four rows of an item, its "
    "deductible, the share paid and the yearly limit, each cell with its own unit (`住院医疗费用　1.5万元　70%　"
    "100万元`), two rows' deductible `0元`, and a deadline row `参保截止：2036年3月31日`**; the table is an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2036-02-22", "page": "7",
    "head": ["潆州晚报　　2036年2月22日　星期五", "第7版　民生周刊　　责任编辑：卞　潼"],
    "foot": ["潆州晚报社　　读者热线：0577-8842196"],
    "furniture": ["潆州晚报", "2036年2月22日", "星期五", "第7版", "民生周刊", "责任编辑：卞　潼", "潆州晚报·民生周刊",
                  "潆州晚报社", "读者热线：0577-8842196"],
    "run": ["潆州晚报·民生周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新一年度惠民保开始参保　每人每年69元", "本报记者　田　\U00020bb7"],
         "title": "新一年度惠民保开始参保　每人每年69元",
         "byline": ["本报记者　田　\U00020bb7", "田　\U00020bb7", "田\U00020bb7"],
         "captions": ["市民在社区服务中心了解惠民保。"], "credits": ["（本报记者　田　\U00020bb7　摄）"],
         "body": ["记者从市医保局获悉，2036年度“潆州惠民保”即日起开始参保，全市基本医保参保人不限年龄、不限既往"
                  "病史均可投保，每人每年69元。",
                  "市医保局待遇保障科科长闵佳介绍，上一年度全市共有86万人参保，{cap}全年赔付1.37亿元，其中单人最高"
                  "获赔41万元。",
                  "她提醒，惠民保是基本医保的补充，“它代替不了基本医保，年轻人也别觉得自己用不{run}着。”"]},
        {"glued": True, "lines": ["潆州惠民保2036年度保障责任"], "title": "潆州惠民保2036年度保障责任",
         "body": [("row", "保障项目　免赔额　赔付比例　年度限额"),
                  ("row", "住院医疗费用　1.5万元　70%　100万元"),
                  ("row", "特定高额药品　1.5万元　70%　100万元"),
                  ("row", "质子重离子治疗　0元　80%　50万元"),
                  ("row", "罕见病用药　0元　60%　30万元"),
                  ("row", "参保截止：2036年3月31日")]},
    ],
}

CUNBAO = {
    "name": "zht_big5_crlf_taiwan_banking_page_deposits_move_after_rate_rise_story_byline_caption_credit_running_head_midquote_glued_deposit_insurance_box_covered_heading_rows_not_covered_heading_rows_limit_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澐溪日報 2036-03-17 B3 財經 (`中華民國125年3月17日`), Big5, CRLF; blank-line paragraphs, wrapped at 20. A Taiwan "
    "banking page: after a rate rise savers move their time deposits to the banks paying most, and a talk reminds them "
    "what deposit insurance covers (title with a full-width gap, the byline line `記者邱品妤／澐溪報導`, a caption and "
    "its credit inside a sentence, the speaker's 「」 quotation cut by the running head before `投資。」`), then, with "
    "no blank line, **the box `存款保險保障範圍`: a heading `保障項目` over four rows of a kind of deposit, a heading "
    "`不保障項目` over three rows, and a limit row `最高保額：新臺幣300萬元`**; the box is an article, its head the "
    "title, its two heads headings, each printed row a paragraph.",
    "date": "2036-03-17", "page": "B3",
    "head": ["澐溪日報　中華民國125年3月17日　星期一", "B3　財經　　編輯：鍾雅婷"],
    "foot": ["澐溪日報社　讀者服務專線：(06)725-3318"],
    "furniture": ["澐溪日報", "中華民國125年3月17日", "星期一", "B3", "財經", "編輯：鍾雅婷", "澐溪日報．財經",
                  "澐溪日報社", "讀者服務專線：(06)725-3318"],
    "run": ["澐溪日報．財經"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["定存搬家潮　存款保險最高保額300萬", "記者邱品妤／澐溪報導"], "title": "定存搬家潮　存款保險最高保額300萬",
         "byline": ["記者邱品妤／澐溪報導", "邱品妤"],
         "captions": ["民眾在說明會上詢問定存問題。"], "credits": ["（記者邱品妤攝）"],
         "body": ["銀行升息後，不少民眾把定存搬到利率較高的銀行。澐溪縣金融業者昨天在縣立圖書館舉辦說明會，提醒民眾"
                  "留意存款保險的保障範圍。",
                  "講師韓士傑說，每一存款人在同一家銀行的存款，{cap}本金加利息合計最高保障新臺幣300萬元，外匯存款也"
                  "在保障範圍內。",
                  "他說，結構型商品、基金和股票都不受存款保險保障，「買之前一定要問清楚，是存款還是{run}投資。」"]},
        {"glued": True, "lines": ["存款保險保障範圍"], "title": "存款保險保障範圍",
         "body": [("h", "保障項目"),
                  ("row", "支票存款"),
                  ("row", "活期存款"),
                  ("row", "定期存款"),
                  ("row", "外匯存款"),
                  ("h", "不保障項目"),
                  ("row", "可轉讓定期存單"),
                  ("row", "結構型商品"),
                  ("row", "共同基金、股票"),
                  ("row", "最高保額：新臺幣300萬元")]},
    ],
}

DINGCUN = {
    "name": "zht_big5hkscs_lf_hong_kong_savings_page_banks_raise_deposit_rates_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_time_deposit_rates_table_header_row_term_three_currencies_rows_dash_cells_minimum_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鯉峯日報 2036-04-16 B2 投資 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟 冇 啲`; in neither cp950 nor Big5), LF; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong savings page in Cantonese: banks raise their time-deposit "
    "rates for new money and savers queue at a North Point branch (title with a full-width gap, the byline line "
    "`記者　區凱琳`, a caption and its credit inside a sentence, a retired man's 「」 quotation cut by the running head "
    "before `啲。」`), then, with no blank line, **the table `鴻利銀行新資金定期存款息率（年息）`: a header row naming "
    "three currencies as its columns `存款期　港元　美元　人民幣`, four rows of a term and three rates "
    "(`3個月　3.8%　4.6%　2.1%`), three cells holding only `—` (not offered), and a minimum-deposit row**; the table "
    "is an article, its head the title, each printed row a paragraph.",
    "date": "2036-04-16", "page": "B2",
    "head": ["鯉峯日報　2036年4月16日　星期三", "B2　投資　　編輯：冼家豪"],
    "foot": ["鯉峯日報社　　新聞熱線：2968 3157"],
    "furniture": ["鯉峯日報", "2036年4月16日", "星期三", "B2", "投資", "編輯：冼家豪", "鯉峯日報．投資", "鯉峯日報社",
                  "新聞熱線：2968 3157"],
    "run": ["鯉峯日報．投資"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["銀行加息搶存款　街坊排隊做定期", "記者　區凱琳"], "title": "銀行加息搶存款　街坊排隊做定期",
         "byline": ["記者　區凱琳", "區凱琳"],
         "captions": ["街坊喺分行門口排隊。"], "credits": ["（區凱琳攝）"],
         "body": ["多間銀行本週調高港元定期存款息率，三個月期最高去到年息3.8厘，北角一間分行今朝未開門，門口已經有"
                  "十幾個街坊排緊隊。",
                  "銀行界人士余浩然話，今次加息主要係為咗吸納新資金，{cap}所以優惠多數只限新資金，而且要存滿指定"
                  "期限先攞足利息。",
                  "排第一嘅退休人士梁伯話，一早嚟排隊都值得，「錢放喺戶口度冇乜利息，不如做定期穩陣{run}啲。」"]},
        {"glued": True, "lines": ["鴻利銀行新資金定期存款息率（年息）"], "title": "鴻利銀行新資金定期存款息率（年息）",
         "body": [("row", "存款期　港元　美元　人民幣"),
                  ("row", "3個月　3.8%　4.6%　2.1%"),
                  ("row", "6個月　3.6%　4.4%　2.0%"),
                  ("row", "12個月　3.2%　4.1%　—"),
                  ("row", "24個月　2.9%　—　—"),
                  ("row", "最低存款額：1萬港元或等值外幣")]},
    ],
}

CHEXIAN = {
    "name": "zh_utf16be_bom_cr_insurance_page_car_insurance_renewal_story_byline_caption_credit_running_head_midquote_glued_premium_factor_table_header_row_claims_history_bare_decimal_factor_rows",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "潞滨晚报 2036-05-22 第10版 汽车生活, **UTF-16 BE with BOM**, **CR** line ends; blank-line paragraphs, wrapped "
    "at 22. An insurance page: car-insurance renewal season, the premium tied to last year's claims (title with a "
    "full-width gap, the byline line `本报记者　邬　桐`, a caption and its credit inside a sentence, the insurer's "
    "motor manager's “” quotation cut by the running head before `多。”`), then, with no blank line, **the table "
    "`车险保费出险次数调整系数`: a header row `上年度情况　系数`, eight rows of a claims history and a bare decimal factor "
    "with no unit (`连续3年未出险　0.5`, `上年出险2次　1.25`, `上年出险5次及以上　2.0`)**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2036-05-22", "page": "10",
    "head": ["潞滨晚报　　2036年5月22日　星期四", "第10版　汽车生活　　责任编辑：蔺　珂"],
    "foot": ["潞滨晚报社出版　　新闻热线：0352-4471690"],
    "furniture": ["潞滨晚报", "2036年5月22日", "星期四", "第10版", "汽车生活", "责任编辑：蔺　珂", "潞滨晚报·汽车生活",
                  "潞滨晚报社出版", "新闻热线：0352-4471690"],
    "run": ["潞滨晚报·汽车生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["车险续保季　不出险的车主保费打折多", "本报记者　邬　桐"], "title": "车险续保季　不出险的车主保费打折多",
         "byline": ["本报记者　邬　桐", "邬　桐", "邬桐"],
         "captions": ["车主在营业厅咨询续保。"], "credits": ["（本报记者　邬　桐　摄）"],
         "body": ["又到一年车险续保季，不少车主发现今年的续保报价和去年相差不小，原因在于车险保费与上一年度的出险"
                  "次数挂钩。",
                  "一家财产保险公司潞滨中心支公司车险部经理柏文涛介绍，连续三年没有出险的车主，{cap}保费系数可以低到"
                  "0.5，相当于打五折；一年出险五次以上的，系数则要翻一倍。",
                  "他建议，小剐蹭不妨自己处理，“几百块钱的小事也走保险，明年多交的保费可能比这还{run}多。”"]},
        {"glued": True, "lines": ["车险保费出险次数调整系数"], "title": "车险保费出险次数调整系数",
         "body": [("row", "上年度情况　系数"),
                  ("row", "连续3年未出险　0.5"),
                  ("row", "连续2年未出险　0.6"),
                  ("row", "上年未出险　0.7"),
                  ("row", "新车或上年出险1次　1.0"),
                  ("row", "上年出险2次　1.25"),
                  ("row", "上年出险3次　1.5"),
                  ("row", "上年出险4次　1.75"),
                  ("row", "上年出险5次及以上　2.0")]},
    ],
}

SSB_RATES = ["2.45", "2.61", "2.72", "2.81", "2.88", "2.95", "2.99", "3.04", "3.07", "3.11"]
SSB_MEANS = ["2.45", "2.53", "2.59", "2.65", "2.69", "2.74", "2.77", "2.81", "2.84", "2.86"]

ZHAIQUAN = {
    "name": "zh_utf8_bom_lf_singapore_savings_page_savings_bonds_rates_story_byline_caption_credit_running_head_midquote_indent_only_glued_bond_rates_table_header_row_ten_year_rows_rate_running_mean_deadline_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "星岚日报 (an invented Singapore Chinese daily) 2036-06-17 第12版 财经, UTF-8 with BOM, LF; indent-only "
    "paragraphs, wrapped at 21. A Singapore savings page: the next month's savings bonds pay 2.86% a year on average "
    "over ten years (title with a full-width gap, the byline line `记者　郑慧敏`, a caption and its credit inside a "
    "sentence, a financial adviser's “” quotation cut by the running head before `灵活。”`), then, with no blank line, "
    "**the table `7月份储蓄债券利率`: a header row `年份　利率　平均年回报`, ten rows of a year, its rate and the mean "
    "of the rates up to it (`第1年　2.45%　2.45%` … `第10年　3.11%　2.86%`), and a deadline row**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2036-06-17", "page": "12",
    "head": ["星岚日报　2036年6月17日　星期二", "第12版　财经　　编辑：洪嘉宝"],
    "foot": ["星岚日报社　　新闻热线：6318 2047"],
    "furniture": ["星岚日报", "2036年6月17日", "星期二", "第12版", "财经", "编辑：洪嘉宝", "星岚日报·财经", "星岚日报社",
                  "新闻热线：6318 2047"],
    "run": ["星岚日报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["7月份储蓄债券　十年平均年回报2.86%", "记者　郑慧敏"], "title": "7月份储蓄债券　十年平均年回报2.86%",
         "byline": ["记者　郑慧敏", "郑慧敏"],
         "captions": ["公众在银行柜员机申购储蓄债券。"], "credits": ["（郑慧敏摄）"],
         "body": ["当局昨天公布7月份新加坡储蓄债券的利率，持有十年的平均年回报为2.86%，比6月份的一期低0.07个百分点。",
                  "理财顾问陈志伟说，储蓄债券可以在任何一个月赎回，不会损失本金，{cap}适合存放短期内可能要用的钱，但"
                  "每人持有的总额有上限。",
                  "他说，利率虽然比上个月低，“对只想稳稳存钱的人来说，储蓄债券还是比定期存款{run}灵活。”"]},
        {"glued": True, "lines": ["7月份储蓄债券利率"], "title": "7月份储蓄债券利率",
         "body": [("row", "年份　利率　平均年回报")]
         + [("row", f"第{n}年　{rate}%　{mean}%") for n, (rate, mean) in enumerate(zip(SSB_RATES, SSB_MEANS), 1)]
         + [("row", "申购截止：6月25日晚上9时")]},
    ],
}

INSURANCE = {
    "name": "urh_utf8_lf_urhobo_insurance_page_motorcyclists_queue_for_third_party_cover_story_byline_dateline_caption_credit_running_head_midquote_glued_premium_list_header_row_vehicle_year_half_year_rows_aligned_by_spaces_prices_flush_right_office_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 35, "indent": "", "blank": True,
    "note": "Unu Urhobo (an invented Urhobo weekly, Ughelli, Delta State, Nigeria) 2036-07-19 Page 4 Business, UTF-8 "
    "without BOM (`ẹ ọ` with a dot below, `₦`, `· – “ ”`), LF; blank-line paragraphs, wrapped at 35 with "
    "hyphenation. An Urhobo insurance page: motorcycle and tricycle riders queue at an insurance office before a "
    "check of third-party cover (title over two lines, byline line `Ọsẹbe: Ese Oghenekaro`, the dateline `UGHẸLLI –` "
    "opening the lead, a caption and its credit inside a sentence, a rider's “” quotation cut by the running head "
    "before `ọfa.”`), then, with no blank line, **the premium list `Igho rẹ insurance`: a header row of two periods, "
    "five rows of a kind of vehicle and two premiums in naira, a year's and six months' (`Okada  ₦6,000  ₦3,500`), "
    "aligned by runs of spaces, both prices flush right, and an office row**; the list is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2036-07-19", "page": "4",
    "head": ["UNU URHOBO · Saturday 19.07.2036 · Page 4", "Business · Editor: Efe Omonigho"],
    "foot": ["Unu Urhobo · unu@urhobo.example.ng"],
    "furniture": ["UNU URHOBO", "Saturday 19.07.2036", "Page 4", "Business", "Editor: Efe Omonigho",
                  "Unu Urhobo · Business", "Unu Urhobo", "unu@urhobo.example.ng"],
    "run": ["Unu Urhobo · Business"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ihwo rẹ okada vwẹ Ughẹlli", "da kpo ọfisi rẹ insurance", "Ọsẹbe: Ese Oghenekaro"],
         "title": "Ihwo rẹ okada vwẹ Ughẹlli da kpo ọfisi rẹ insurance",
         "byline": ["Ọsẹbe: Ese Oghenekaro", "Ese Oghenekaro"],
         "captions": ["Ihwo rẹ okada vwẹ ọfisi na."], "credits": ["Foto: Akpo Ogheneovo"],
         "body": ["UGHẸLLI – Ihwo bue~bun rẹ ọ vwọ oka~da kug~be keke vwẹ Ughẹl~li da kpo ọfi~si rẹ in~su~rance ẹdẹ "
                  "rẹ Mọnde. Ẹko ta nẹ vwẹ ẹdẹ ihwe, ẹ cha mu ọ rẹ ọ vwọ mọto ọ rẹ ọ ja in~su~rance.",
                  "Ọga rẹ ọfi~si na, Ovie Eji~ro, ta nẹ igho rẹ ukpe ọvo rẹ oka~da yẹ ₦6,000, {cap}rẹ mọto yẹ ₦15,000. "
                  "Ọ ta nẹ ihwo ri ghwọ~rọ ukpe ọvo sa ghwọ ẹmẹ~rẹ ẹzẹ ọ~vo~vo.",
                  "Ọda~fe rẹ oka~da, Tega Okpa~ko, ta: “Me ghwọ igho na re, me vwọ oka~da mẹ kpo iruo vwẹ ẹdẹ {run}ọfa.”"]},
        {"glued": True, "lines": ["Igho rẹ insurance"], "title": "Igho rẹ insurance",
         "body": [("row", ramp((8, 12, 12), "", "Ukpe ọvo", "Ẹmẹrẹ ẹzẹ")),
                  ("row", ramp((8, 12, 12), "Okada", "₦6,000", "₦3,500")),
                  ("row", ramp((8, 12, 12), "Keke", "₦8,000", "₦4,500")),
                  ("row", ramp((8, 12, 12), "Mọto", "₦15,000", "₦8,000")),
                  ("row", ramp((8, 12, 12), "Bọsi", "₦20,000", "₦11,000")),
                  ("row", ramp((8, 12, 12), "Lọri", "₦30,000", "₦16,000")),
                  ("row", "Ọfisi: 27 Ekiugbo Road, Ughẹlli")]},
    ],
}

MVULA = {
    "name": "kqn_latin1_cr_kaonde_insurance_page_drought_insurance_payouts_story_byline_dateline_caption_credit_running_head_midquote_straight_quotes_glued_payout_table_header_row_camp_rain_farmers_sum_rows_aligned_by_spaces_trigger_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Lukanda lwa Kasempa (an invented Kaonde weekly, Kasempa, North-Western Province, Zambia) 2036-08-20 Peji 5 "
    "Bulimi, **Latin-1** (only `·` outside ASCII; straight quotes `\"`, the dateline's ` - ` a hyphen), **CR** line "
    "ends; blank-line paragraphs, wrapped at 36 with hyphenation. A Kaonde insurance page: 1,840 farmers of four "
    "camps receive K964,500 of rainfall-index insurance after a dry season (title over two lines, byline line "
    "`Kulemba: Mwape Kasongo`, the dateline `KASEMPA -` opening the lead, a caption and its credit inside a sentence, "
    "a farmer's straight-quoted quotation cut by the running head before `kulima.\"`), then, with no blank line, **the "
    "payout table `Mali a insurance pa camp`: a header row `Camp  Mvula  Balimi  Mulimi umo`, four rows of a camp, the "
    "season's rain in mm, its farmers and the sum paid to each (`Kelongwa  286 mm  410  K750`), aligned by runs of "
    "spaces, figures flush right, and a trigger row `Mvula ya kukumbula: 400 mm`**; the table is an article, its "
    "head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2036-08-20", "page": "5",
    "head": ["LUKANDA LWA KASEMPA · 20.08.2036 · Peji 5", "Bulimi · Editor: Chipo Kalaba"],
    "foot": ["Lukanda lwa Kasempa · lukanda@kasempa.example.zm"],
    "furniture": ["LUKANDA LWA KASEMPA", "20.08.2036", "Peji 5", "Bulimi", "Editor: Chipo Kalaba",
                  "Lukanda lwa Kasempa · Bulimi", "Lukanda lwa Kasempa", "lukanda@kasempa.example.zm"],
    "run": ["Lukanda lwa Kasempa · Bulimi"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Balimi 1,840 ba mu Kasempa", "batambula mali a insurance", "Kulemba: Mwape Kasongo"],
         "title": "Balimi 1,840 ba mu Kasempa batambula mali a insurance",
         "byline": ["Kulemba: Mwape Kasongo", "Mwape Kasongo"],
         "captions": ["Balimi ba ku Kelongwa."], "credits": ["Foto: Kabwe Chisenga"],
         "body": ["KASEMPA - Balimi 1,840 ba mu mpunzha ya Kasempa batam~bu~la mali onse K964,500 a in~su~rance "
                  "ya mvula, mambo mvula ya mwaka wa~pi~ta yaloke~le pan~shi ya mi~lon~go.",
                  "Mukulumpe wa kampani ya Tumba Insurance, Moses Kayombo, wamba'mba mvula yapi~mwa pa camp yonse, "
                  "{cap}kabiji balimi ba pa camp ya~ji na mvula ice~pe~la batambula mali a~vu~la.",
                  "Mulimi Esther Kabwe wamba'mba: \"Mali ano akatukwa~sha kupota mbuto ya {run}kulima.\""]},
        {"glued": True, "lines": ["Mali a insurance pa camp"], "title": "Mali a insurance pa camp",
         "body": [("row", ramp((10, 8, 7, 11), "Camp", "Mvula", "Balimi", "Mulimi umo")),
                  ("row", ramp((10, 8, 7, 11), "Mukinge", "318 mm", "520", "K600")),
                  ("row", ramp((10, 8, 7, 11), "Kelongwa", "286 mm", "410", "K750")),
                  ("row", ramp((10, 8, 7, 11), "Nkenyauna", "352 mm", "480", "K450")),
                  ("row", ramp((10, 8, 7, 11), "Kasempa", "371 mm", "430", "K300")),
                  ("row", "Mvula ya kukumbula: 400 mm")]},
    ],
}

KIXIKILA_ROTA = [("Julho", "Rosa Kiala"), ("Agosto", "Teresa Mbuta"), ("Setembro", "Joana Ngola"),
                 ("Outubro", "Isabel Kitumba"), ("Novembro", "Marta Kalunga"), ("Dezembro", "Ana Muxima")]

KIXIKILA = {
    "name": "kmb_cp1252_lf_kimbundu_savings_page_womens_rotating_savings_group_story_byline_dateline_caption_credit_running_head_midquote_indent_only_glued_rota_month_member_same_pot_rows_aligned_by_spaces_contribution_row",
    "encoding": "cp1252", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Kamba dia Kazenga (an invented Kimbundu weekly, Cazenga, Luanda, Angola) 2036-09-18 Pajina 7 Kitadi, "
    "**cp1252** (`á ô – “ ”`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 38 with "
    "hyphenation. A Kimbundu savings page: six women of Cazenga keep a kixikila, a rotating savings group, each "
    "paying Kz 20.000 a month and one taking the Kz 120.000 pot in turn (title over two lines, byline line "
    "`Sonekesa: Domingos Kiluanji`, the dateline `KAZENGA –` opening the lead, a caption and its credit inside a "
    "sentence, a member's “” quotation cut by the running head before `kwatekesa.”`), then, with no blank line, **the "
    "rota `Kixikila kia 2036`: six rows of a month (Portuguese names), the member who takes the pot and the pot, the "
    "same sum on every row (`Julho  Rosa Kiala  Kz 120.000`, the sum flush right with a dot for thousands), aligned by "
    "runs of spaces, and a contribution row**; the rota is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2036-09-18", "page": "7",
    "head": ["KAMBA DIA KAZENGA – 18.09.2036 – Pajina 7", "Kitadi – Editora: Luzia Manuel"],
    "foot": ["Kamba dia Kazenga – kamba@kazenga.example.ao"],
    "furniture": ["KAMBA DIA KAZENGA", "18.09.2036", "Pajina 7", "Kitadi", "Editora: Luzia Manuel",
                  "Kamba dia Kazenga – Kitadi", "Kamba dia Kazenga", "kamba@kazenga.example.ao"],
    "run": ["Kamba dia Kazenga – Kitadi"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Akaji samanu a Kazenga a mu", "banga kixikila kia mbongo", "Sonekesa: Domingos Kiluanji"],
         "title": "Akaji samanu a Kazenga a mu banga kixikila kia mbongo",
         "byline": ["Sonekesa: Domingos Kiluanji", "Domingos Kiluanji"],
         "captions": ["O akaji a kixikila mu kaxi ka jinzo."], "credits": ["Foto: Paulo Kambuta"],
         "body": ["KAZENGA – Akaji sama~nu a mu Kazen~ga a mu banga kixi~ki~la: ngon~do ni ngon~do, ioso a bana Kz 20.000, "
                  "ni mukwá umo~xi u tambu~la Kz 120.000. Akaji aia~di a tambu~la kiá.",
                  "Ngana Rosa Kiala, u a bange~le o kixi~ki~la, wambe kuma o mbon~go ia kixi~ki~la i kwa~te~kesa {cap}o akaji "
                  "ku zanga o jinzo ja~u ni ku futa o xiko~la ia ana.",
                  "Ngana Teresa Mbuta wambe: “Ku banku a mu bana juros ia nden~ge. Mu kixi~ki~la, tu mu di~kwa~te~kesa "
                  "eie ni eie, ioso tu mu {run}kwatekesa.”"]},
        {"glued": True, "lines": ["Kixikila kia 2036"], "title": "Kixikila kia 2036",
         "body": [("row", cells((11, 16, 11), month, name, "Kz 120.000", right=True)) for month, name in KIXIKILA_ROTA]
         + [("row", "Kala mukwá: Kz 20.000 ku ngondo")]},
    ],
}

TONTINE_LOANS = [("Bilong M.", 50000), ("Nyemb O.", 80000), ("Mbock Ch.", 30000), ("Ngué A.", 100000)]


def fcfa(value):
    """A sum as Cameroonian papers print it, a space between the thousands: 100 000."""
    return f"{value:,}".replace(",", " ")


TONTINE = {
    "name": "bas_utf16le_bom_crlf_basaa_loans_page_womens_tontine_lends_story_byline_dateline_caption_credit_running_head_midquote_glued_loans_table_header_row_member_loan_interest_total_rows_space_grouped_thousands_flush_right_total_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Mbɔk Edéa (an invented Basaa weekly, Edéa, Sanaga-Maritime, Cameroon) 2036-10-14 Page 3 Économie, **UTF-16 "
    "LE with BOM** (`ɓ ɛ ɔ ŋ Ɓ Ɔ`, `é ô`, `ɔ̂` with a combining circumflex U+0302, `· – “ ”`), CRLF; blank-line "
    "paragraphs, wrapped at 36 with hyphenation. A Basaa loans page: a women's tontine of 24 members lends 260 000 "
    "FCFA to four of them at 10% (title over two lines, byline line `Ntilga: Jeanne Ngo Mbock`, the dateline `EDÉA –` "
    "opening the lead, a caption and its credit inside a sentence, a member's “” quotation cut by the running head "
    "before `ndugi.”`), then, with no blank line, **the table `Moni tontine i bi ti (FCFA)`: a header row `Jôl  Moni  "
    "Nsɔŋ  Yosô`, four rows of a member, her loan, the interest and the sum due, every figure grouped by a space "
    "(`Ngo Nyemb O.  80 000  8 000  88 000`) and flush right in a column padded by runs of spaces, and a total row "
    "`Yosô  260 000  26 000  286 000`**; the table is an article, its head the title, each printed row a paragraph "
    "(one space kept between cells and inside each figure).",
    "date": "2036-10-14", "page": "3",
    "head": ["MBƆK EDÉA · 14.10.2036 · Page 3", "Économie · Rédaction: Pauline Ngo Nlend"],
    "foot": ["Mbɔk Edéa · mbok@edea.example.cm"],
    "furniture": ["MBƆK EDÉA", "14.10.2036", "Page 3", "Économie", "Rédaction: Pauline Ngo Nlend",
                  "Mbɔk Edéa · Économie", "Mbɔk Edéa", "mbok@edea.example.cm"],
    "run": ["Mbɔk Edéa · Économie"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Tontine ya bôda i Edéa", "i nti bôda bana moni", "Ntilga: Jeanne Ngo Mbock"],
         "title": "Tontine ya bôda i Edéa i nti bôda bana moni",
         "byline": ["Ntilga: Jeanne Ngo Mbock", "Jeanne Ngo Mbock"],
         "captions": ["Bôda ba tontine i ndap Ngo Bilong."], "credits": ["Foto: Samuel Nkot"],
         "body": ["EDÉA – Tontine ya bôda 24 i Edéa i bi ti bôda bana moni 260 000 FCFA ni nsɔŋ i 10%. Moni "
                  "yosô i nlôl i ka~pi~ta ya tontine, ndi i nhô i kɛ ni ɓanki.",
                  "Ŋane tontine, Marthe Ngo Bilong, a bi kal le bôda ɓa bi yɔ̂ŋ moni i {cap}sômb mbôô ni i saa "
                  "bikai bi bon. Ba nti moni ndi i ngwa~nda ɓaa.",
                  "Odile Ngo Nyemb a bi kal le: “Ɓanki i nsômbôl ma~kaa~da ŋgandak. Tontine i ye {run}ndugi.”"]},
        {"glued": True, "lines": ["Moni tontine i bi ti (FCFA)"], "title": "Moni tontine i bi ti (FCFA)",
         "body": [("row", ramp((10, 8, 8, 9), "Jôl", "Moni", "Nsɔŋ", "Yosô"))]
         + [("row", ramp((10, 8, 8, 9), name, fcfa(loan), fcfa(loan // 10), fcfa(loan + loan // 10)))
            for name, loan in TONTINE_LOANS]
         + [("row", ramp((10, 8, 8, 9), "Yosô", fcfa(260000), fcfa(26000), fcfa(286000)))]},
    ],
}

PAGES = [FANGDAI, HUIMINBAO, CUNBAO, DINGCUN, CHEXIAN, ZHAIQUAN, INSURANCE, MVULA, KIXIKILA, TONTINE]
