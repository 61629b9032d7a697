"""The text of every holdout110 page, written once: make_holdout110_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-107 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a subhead inside a box or notice (a gold heading); `("end", line)` a
printed line that is no paragraph of the gold (an issuer who signs a notice, a lawyer who signs an answer: the
byline). `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end. The Latin box rows are padded to their columns by `aligned()` (holdout98's
helper, as holdout99-107 copied it), so the printed spacing is reproducible. All papers, shops, firms, products,
batches, offices' figures, people, prices and events are invented; real places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


CHOUJIAN = {
    "name": "zh_gbk_crlf_consumer_page_market_inspection_story_byline_caption_credit_running_head_midquote_glued_buhege_chanpin_mingdan_failed_list_header_serial_product_maker_failed_items_rows_note_row_source_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "泓岸日报 2029-03-15 第6版 消费周刊, GBK, CRLF; indent-only paragraphs (no blank line inside an article), "
    "wrapped at 22. A consumer page on 3·15: the city's market regulator publishes its first-quarter sampling of "
    "school stationery and children's clothes, 9 of 120 batches failed (title, the byline line, a caption and its "
    "credit inside a sentence, the section chief's “” quotation with a ‘’ inside it cut by the running head before "
    "`产品。”`), then, with no blank line, the list `不合格产品名单`: a header row `序号　产品名称　标称生产单位　"
    "不合格项目`, five rows opened by their serial number (`4　儿童卫衣　小禾服饰公司　纤维含量、绳带`, two failed "
    "items in one cell parted by `、`), a `注：` row and a source row `资料来源：…`; the list is an article, its head "
    "the title, each printed line a paragraph, the source row last.",
    "date": "2029-03-15", "page": "6",
    "head": ["泓岸日报　　2029年3月15日　星期四", "第6版　消费周刊　　责任编辑：喻　澄"],
    "foot": ["泓岸日报社出版　　维权热线：0736-5128804"],
    "furniture": ["泓岸日报", "2029年3月15日", "星期四", "第6版", "消费周刊", "责任编辑：喻　澄", "泓岸日报·消费周刊",
                  "泓岸日报社出版", "维权热线：0736-5128804"],
    "run": ["泓岸日报·消费周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["学生文具童装抽检　9批次不合格", "本报记者　乔　岚"], "title": "学生文具童装抽检　9批次不合格",
         "byline": ["本报记者　乔　岚", "乔　岚", "乔岚"],
         "captions": ["执法人员在文具店抽取样品。"], "credits": ["本报记者　乔　岚　摄"],
         "body": ["今天是“3·15”国际消费者权益日。市市场监督管理局昨天公布了今年第一季度学生文具和童装质量抽检结果："
                  "共抽检产品120批次，其中9批次不合格，不合格率为7.5%。",
                  "这次抽检的样品来自城区42家文具店、商场和网店，{cap}主要检测笔芯、橡皮擦的有害物质含量，以及童装的"
                  "纤维含量、绳带长度等项目。",
                  "市市场监督管理局产品质量科科长钟秀峰说，不合格产品已经全部下架，生产和销售单位被责令整改。“家长给"
                  "孩子买文具，要看清包装上的执行标准和生产厂家，不要买‘三无’{run}产品。”"]},
        {"glued": True, "lines": ["不合格产品名单"], "title": "不合格产品名单",
         "body": [("row", "序号　产品名称　标称生产单位　不合格项目"),
                  ("row", "1　自动铅笔芯　宏锦文具厂　硬度"),
                  ("row", "2　水彩笔　彩乐文化用品公司　可迁移元素"),
                  ("row", "3　香味橡皮擦　童趣文具店　邻苯二甲酸酯"),
                  ("row", "4　儿童卫衣　小禾服饰公司　纤维含量、绳带"),
                  ("row", "5　女童连衣裙　锦朵童装厂　pH值、纤维含量"),
                  ("row", "注：另有4批次网店产品，名单见市监局网站。"),
                  ("row", "资料来源：泓岸市市场监督管理局")]},
    ],
}

CAIJIA = {
    "name": "zh_gb18030_lf_market_prices_page_spring_vegetables_story_byline_rare_char_caption_credit_running_head_midsentence_glued_weekly_price_monitoring_table_header_item_unit_this_week_last_week_change_vegetable_and_meat_heads_over_rows_source_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "渌阳晚报 2029-04-19 第7版 菜篮子, GB18030 (`\U0002c907` U+2C907 in the reporter's name, not in GBK), LF; "
    "blank-line paragraphs with a two-place indent, wrapped at 21. A market-prices page: spring vegetables bring "
    "leaf-vegetable prices down a tenth in a week while pork and eggs rise a little (title, the byline line, a "
    "caption and its credit inside a sentence, the running head before the last words `上涨。`), then, with no blank "
    "line, the weekly price-monitoring table `本周主要农副产品零售价格`: a header row `品名　单位　本周　上周　涨跌幅`, "
    "the heads `蔬菜` and `肉禽蛋` each over four rows (`青菜　元/斤　2.80　3.20　-12.5%`, the change a signed "
    "percentage or `持平`), and a source row `数据来源：…`; the table is an article, its head the title, its two heads "
    "headings, each row a paragraph, the source row last.",
    "date": "2029-04-19", "page": "7",
    "head": ["渌阳晚报　　2029年4月19日　星期四", "第7版　菜篮子　　责任编辑：龚　汀"],
    "foot": ["渌阳晚报社　　新闻热线：0733-6215509"],
    "furniture": ["渌阳晚报", "2029年4月19日", "星期四", "第7版", "菜篮子", "责任编辑：龚　汀", "渌阳晚报·菜篮子",
                  "渌阳晚报社", "新闻热线：0733-6215509"],
    "run": ["渌阳晚报·菜篮子"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["春菜集中上市　叶菜价格一周降一成", "本报记者　闵　\U0002c907"], "title": "春菜集中上市　叶菜价格一周降一成",
         "byline": ["本报记者　闵　\U0002c907", "闵　\U0002c907", "闵\U0002c907"],
         "captions": ["市民在城南农贸市场选购蔬菜。"], "credits": ["本报记者　闵　\U0002c907　摄"],
         "body": ["记者从市价格监测中心获悉，本周我市蔬菜零售价格继续回落，青菜、菠菜等叶菜比上周便宜一成以上；猪肉"
                  "和鸡蛋价格则小幅上涨。",
                  "随着本地春菜集中上市，{cap}城南农贸市场的青菜每斤卖2.8元，比上周便宜了4角。菜贩鲁大姐说，这几天"
                  "本地菜多，外地运来的菜少了。",
                  "市价格监测中心分析，近期天气晴好，蔬菜供应充足，下周菜价有望保持稳定；猪肉价格受饲料成本影响，可能"
                  "还会小幅{run}上涨。"]},
        {"glued": True, "lines": ["本周主要农副产品零售价格"], "title": "本周主要农副产品零售价格",
         "body": [("row", "品名　单位　本周　上周　涨跌幅"),
                  ("h", "蔬菜"),
                  ("row", "青菜　元/斤　2.80　3.20　-12.5%"),
                  ("row", "菠菜　元/斤　3.60　4.00　-10.0%"),
                  ("row", "西红柿　元/斤　4.20　4.20　持平"),
                  ("row", "土豆　元/斤　2.10　2.00　+5.0%"),
                  ("h", "肉禽蛋"),
                  ("row", "猪肉（精瘦肉）　元/斤　15.80　15.30　+3.3%"),
                  ("row", "牛肉　元/斤　42.00　42.00　持平"),
                  ("row", "白条鸡　元/斤　11.50　11.80　-2.5%"),
                  ("row", "鸡蛋　元/斤　5.20　4.90　+6.1%"),
                  ("row", "数据来源：渌阳市价格监测中心")]},
    ],
}

TUIFEI = {
    "name": "zht_big5_crlf_taiwan_consumer_page_gym_closure_story_byline_line_caption_credit_running_head_midsentence_glued_prepaid_refund_registration_notice_intro_labelled_period_way_documents_hours_rows_issuer_signature_roc_date_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "苓岸日報 2029-04-11 (`中華民國118年4月11日`) A7 消費生活, Big5 (strict), CRLF; indent-only paragraphs, "
    "wrapped at 21. A Taiwan consumer page: a gym closes without warning and more than 1,200 members' prepaid fees "
    "are at risk (title, the byline line `記者廖思妤／苓埔報導`, a caption and its credit inside a sentence, a member's "
    "「」 quotation, the running head before the last word `求償。`), then, with no blank line, the county "
    "government's refund-registration notice `健鋒健身中心會員退費登記公告`: an introductory paragraph, four labelled "
    "rows (`登記期間：…`, `登記方式：…`, `應備文件：…`, `受理時間：…`), a paragraph for card payers, `特此公告。`, the "
    "issuer's line `苓埔縣政府` (the byline, none accepted) and the date row in the ROC calendar; the notice is an "
    "article, its head the title.",
    "date": "2029-04-11", "page": "A7",
    "head": ["苓岸日報　中華民國118年4月11日　星期三", "A7　消費生活　　編輯：溫佩璇"],
    "foot": ["苓岸日報社　讀者服務專線：(05)537-2816"],
    "furniture": ["苓岸日報", "中華民國118年4月11日", "星期三", "A7", "消費生活", "編輯：溫佩璇", "苓岸日報．消費生活",
                  "苓岸日報社", "讀者服務專線：(05)537-2816"],
    "run": ["苓岸日報．消費生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["健鋒健身無預警歇業　逾千會員預付款恐泡湯", "記者廖思妤／苓埔報導"],
         "title": "健鋒健身無預警歇業　逾千會員預付款恐泡湯", "byline": ["記者廖思妤／苓埔報導", "廖思妤"],
         "captions": ["健鋒健身中心大門深鎖。"], "credits": ["（記者廖思妤攝）"],
         "body": ["位於苓埔市區的健鋒健身中心上週五無預警歇業，大門貼出「內部整修」告示後，業者就聯絡不上。縣府消保官"
                  "初步統計，受影響的會員超過一千二百人，預付的會費和私人教練課程費用合計約新臺幣三千萬元。",
                  "會員陳小姐說，她去年底才一次繳了兩年會費三萬六千元，{cap}「上週三還去上課，教練完全沒說要關門」。",
                  "縣府消保官鄭文彥表示，健身業者依規定須提供履約保證，縣府已要求業者的往來銀行暫停撥款，並請會員在"
                  "期限內登記，以便集體{run}求償。"]},
        {"glued": True, "lines": ["健鋒健身中心會員退費登記公告"], "title": "健鋒健身中心會員退費登記公告",
         "byline": ["苓埔縣政府", None],
         "body": ["為協助健鋒健身中心會員取回預付款項，本府自即日起受理會員退費登記，相關事項如下：",
                  ("row", "登記期間：118年4月12日至5月11日"),
                  ("row", "登記方式：線上填表或至本府消保官室"),
                  ("row", "應備文件：會員契約、付款證明、身分證影本"),
                  ("row", "受理時間：週一至週五上午9時至下午5時"),
                  "以信用卡分期付款的會員，請同時向發卡銀行提出爭議帳款申請。",
                  "特此公告。",
                  ("end", "苓埔縣政府"),
                  ("row", "中華民國118年4月10日")]},
    ],
}

TOUSU = {
    "name": "zht_big5hkscs_lf_hong_kong_consumer_page_quarterly_complaints_story_cantonese_byline_caption_credit_running_head_midsentence_glued_complaints_figures_box_header_category_two_quarters_change_rows_total_row_note_row_source_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "灣晴日報 2029-10-17 A8 港聞 (an invented Hong Kong daily), Big5-HKSCS (`嘅 咗 喺 佢 冇 啲`; in neither "
    "cp950 nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong consumer page in Cantonese: the "
    "consumer council's third-quarter complaints rise by 15 per cent, beauty and fitness prepayments the steepest "
    "(title, the byline line `記者　程卓欣`, a caption and its credit inside a sentence, a customer's 「」 quotation, "
    "the running head before the last word `退款。`), then, with no blank line, the box `第三季消費投訴數字`: a header "
    "row `類別　第三季　第二季　變幅`, five category rows with thousands commas and a signed change "
    "(`電訊服務　1,862　1,640　+13.5%`, one `-10.4%`), a total row `總數　7,952　6,913　+15.0%` that is more than the "
    "rows above (the `註：` row says why) and a source row `資料來源：…`; the box is an article, its head the title, "
    "each printed line a paragraph, the source row last.",
    "date": "2029-10-17", "page": "A8",
    "head": ["灣晴日報　2029年10月17日　星期三", "A8　港聞　　編輯：鄺綺雯"],
    "foot": ["灣晴日報社　　讀者熱線：2785 3160"],
    "furniture": ["灣晴日報", "2029年10月17日", "星期三", "A8", "港聞", "編輯：鄺綺雯", "灣晴日報．港聞", "灣晴日報社",
                  "讀者熱線：2785 3160"],
    "run": ["灣晴日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["第三季投訴多咗一成半　美容健身升幅最大", "記者　程卓欣"], "title": "第三季投訴多咗一成半　美容健身升幅最大",
         "byline": ["記者　程卓欣", "程卓欣"],
         "captions": ["消委會職員向市民講解點樣投訴。"], "credits": ["（程卓欣攝）"],
         "body": ["消費者委員會昨日公布，今年第三季接獲七千九百幾宗投訴，比第二季多咗一成半。升幅最大嘅係美容及健身"
                  "服務，三個月內有兩間連鎖美容院執笠，唔少客人預繳咗嘅療程費都拎唔返。",
                  "有市民話，佢喺美容院買咗二十次療程，{cap}先做咗三次就見到門口貼住「暫停營業」，「打電話去冇人聽，"
                  "先知俾人呃咗」。",
                  "消委會總幹事區志勤提醒市民，預繳式消費唔好一次過畀太多錢，最好用信用卡分期，萬一商戶倒閉，仲可以"
                  "向銀行要求{run}退款。"]},
        {"glued": True, "lines": ["第三季消費投訴數字"], "title": "第三季消費投訴數字",
         "body": [("row", "類別　第三季　第二季　變幅"),
                  ("row", "電訊服務　1,862　1,640　+13.5%"),
                  ("row", "網上購物　1,548　1,297　+19.4%"),
                  ("row", "美容及健身　1,106　802　+37.9%"),
                  ("row", "旅遊　624　571　+9.3%"),
                  ("row", "地產　318　355　-10.4%"),
                  ("row", "總數　7,952　6,913　+15.0%"),
                  ("row", "註：只列投訴最多嘅五類，總數包括其他類別。"),
                  ("row", "資料來源：消費者委員會")]},
    ],
}

ZHAOHUI = {
    "name": "zh_utf16be_bom_lf_quality_page_heater_recall_story_byline_caption_credit_running_head_midsentence_glued_zhaohui_gonggao_recall_notice_numbered_part_heads_batch_rows_product_model_batch_dates_hotline_row_maker_signature_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沅澄日报 2029-01-10 第8版 质量之窗, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. A "
    "quality page: a local maker recalls three batches of electric heaters and fan heaters whose plugs overheat "
    "(title, the byline line, a caption and its credit inside a sentence, the running head before the last word "
    "`退货。`), then, with no blank line, the maker's own notice `关于召回部分暖尔电暖器的公告`: the numbered part heads "
    "`一、召回原因`, `二、召回范围`, `三、处理办法` (headings), a paragraph under the first, under the second a header "
    "row `产品名称　型号　生产批次　生产日期` and three batch rows (`电暖器　NR-2200　2028A17　2028.09.03-10.12`), under "
    "the third a paragraph and a hotline row, `特此公告。`, the maker's line (the byline, none accepted) and the date "
    "row; the notice is an article, its head the title.",
    "date": "2029-01-10", "page": "8",
    "head": ["沅澄日报　　2029年1月10日　星期三", "第8版　质量之窗　　责任编辑：邰　宁"],
    "foot": ["沅澄日报社出版　　新闻热线：0745-3328190"],
    "furniture": ["沅澄日报", "2029年1月10日", "星期三", "第8版", "质量之窗", "责任编辑：邰　宁", "沅澄日报·质量之窗",
                  "沅澄日报社出版", "新闻热线：0745-3328190"],
    "run": ["沅澄日报·质量之窗"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["暖尔电暖器召回3批次　插头过热有起火隐患", "本报记者　戚　岚"],
         "title": "暖尔电暖器召回3批次　插头过热有起火隐患", "byline": ["本报记者　戚　岚", "戚　岚", "戚岚"],
         "captions": ["市民把召回的电暖器送到售后网点。"], "credits": ["本报记者　戚　岚　摄"],
         "body": ["本地企业沅澄暖尔电器有限公司日前发布公告，召回去年秋季生产的3批次电暖器和暖风机，共计4120台。",
                  "公司质量部经理姚振东介绍，元旦前后，公司陆续接到用户反映，{cap}部分电暖器连续使用几个小时后电源插头"
                  "发烫，个别插头外壳熔化。经检测，原因是一家供应商提供的插头内部铜片偏薄。",
                  "市市场监督管理局提醒，家中有召回范围内产品的市民，请立即停止使用，可以到原购买商场或公司售后网点"
                  "免费更换插头，也可以选择{run}退货。"]},
        {"glued": True, "lines": ["关于召回部分暖尔电暖器的公告"], "title": "关于召回部分暖尔电暖器的公告",
         "byline": ["沅澄暖尔电器有限公司", None],
         "body": [("h", "一、召回原因"),
                  "部分产品电源插头内部铜片厚度不足，长时间大功率使用时插头可能过热，存在起火隐患。",
                  ("h", "二、召回范围"),
                  ("row", "产品名称　型号　生产批次　生产日期"),
                  ("row", "电暖器　NR-2200　2028A17　2028.09.03-10.12"),
                  ("row", "电暖器　NR-2200　2028A21　2028.10.13-11.20"),
                  ("row", "暖风机　NF-1800　2028B05　2028.08.20-09.30"),
                  ("h", "三、处理办法"),
                  "用户可凭产品或购物凭证到原购买商场或本公司售后网点免费更换插头，不愿更换的可以全额退款。",
                  ("row", "咨询电话：400-860-2731（每天8:00-20:00）"),
                  "特此公告。",
                  ("end", "沅澄暖尔电器有限公司"),
                  ("row", "2029年1月8日")]},
    ],
}

YESHI = {
    "name": "zh_utf8_bom_crlf_malaysia_community_page_new_night_market_story_byline_xinshan_xun_opener_caption_credit_running_head_midquote_glued_xiaofei_jianxun_consumer_briefs_label_over_three_headed_items_one_of_two_paragraphs",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "新柔日报 (an invented Malaysian Chinese daily) 2029-06-13 第9版 大新山, UTF-8 with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian community page: a residents' association opens a Wednesday night market "
    "in a car park at Bukit Indah from the evening of the paper's day (title, the byline line `记者　邝慧琪`, the lead opened by `（新山12日讯）`, a "
    "caption and its credit inside a sentence, a stallholder's “” quotation cut by the running head before `好。”`), "
    "then, with no blank line, the consumer briefs `消费简讯`: the label (the first item's section; kicker or none "
    "accepted, and accepted on the others) over three items, each under its own head, **the second of two "
    "paragraphs**, the others of one.",
    "date": "2029-06-13", "page": "9",
    "head": ["新柔日报　2029年6月13日　星期三", "第9版　大新山　　编辑：符雪晴"],
    "foot": ["新柔日报社　　新闻热线：07-3358 2146"],
    "furniture": ["新柔日报", "2029年6月13日", "星期三", "第9版", "大新山", "编辑：符雪晴", "新柔日报·大新山",
                  "新柔日报社", "新闻热线：07-3358 2146"],
    "run": ["新柔日报·大新山"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["武吉英达新夜市今晚开张　逢周三百余摊位", "记者　邝慧琪"], "title": "武吉英达新夜市今晚开张　逢周三百余摊位",
         "byline": ["记者　邝慧琪", "邝慧琪"],
         "captions": ["工人在停车场划分夜市摊位。"], "credits": ["（邝慧琪摄）"],
         "body": ["（新山12日讯）武吉英达一带的居民明晚起多了一个逛夜市的去处。由居民协会筹办的新夜市设在商业区"
                  "停车场，每逢周三傍晚5时至晚上11时营业，首批开放120个摊位。",
                  "居民协会主席陈国豪说，过去居民要开车到十公里外的夜市，{cap}停车难又塞车，现在走路就到。摊位租金每晚"
                  "25令吉，三成摊位优先给本区居民。",
                  "卖椰浆饭的摊主李秀英在旧夜市摆摊十多年，这次也申请了新摊位。她说：“多一个夜市，就多一份收入，"
                  "希望生意跟旧夜市一样{run}好。”"]},
        {"glued": True, "lines": ["消费简讯", "食油包装价格维持不变"],
         "section": ["消费简讯", None], "kicker": [None, "消费简讯"], "title": "食油包装价格维持不变",
         "body": ["贸消部宣布，一公斤装的包装食油下个月继续以每包2.50令吉出售，商家不得趁机抬价，违者可被罚款。"]},
        {"lines": ["网购货不对板可向平台投诉"], "section": [None, "消费简讯"], "kicker": [None, "消费简讯"],
         "title": "网购货不对板可向平台投诉",
         "body": ["消费人协会接获越来越多网购投诉，大部分是收到的货品与图片不符，卖家却拒绝退货。",
                  "协会提醒，买家可先通过购物平台申请退款，平台七天内不处理的，可拨打协会热线投诉。"]},
        {"lines": ["超市周日延长营业"], "section": [None, "消费简讯"], "kicker": [None, "消费简讯"],
         "title": "超市周日延长营业",
         "body": ["州内多家超市从本周日起延长营业时间至晚上11时，方便上班族在周末采购。"]},
    ],
}

AVOCAT = {
    "name": "frc_latin1_lf_cajun_french_money_page_furniture_shop_closure_story_byline_dateline_caption_credit_running_head_midquote_glued_demande_a_lavocat_qa_column_label_head_question_signed_answer_lawyer_line_name_then_firm_at_the_foot",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Le Courrier du Bayou (an invented Cajun French daily, Lafayette, Louisiana) 2029-05-23 Page 8 L'Argent pis "
    "les Affaires, ISO 8859-1 (`é è à ç ê ô É « »`; straight apostrophes, no dash), LF; blank-line paragraphs, "
    "wrapped at 38 with hyphenation. A Cajun French money page: a furniture shop in Breaux Bridge shuts without "
    "warning with sixty customers' deposits (title over two lines, byline line `Par Josette Landry`, the dateline "
    "`BREAUX BRIDGE -` opening the lead, a caption and its credit inside a sentence, a customer's « » quotation cut by "
    "the running head before `monde.»`), then, with no blank line, the Q&A column: the label `Demande à l'avocat` "
    "(the section; kicker or none accepted), its head over two lines, the reader's question `Question: …` signed "
    "`(Marie T., Cecilia)` at its end, the answer `Réponse: …` and one follow-on, then **the lawyer's line at the "
    "foot, under the answer: `Me Rémi Guidry, Guidry & Hébert`, name then firm** (the byline; the name with and "
    "without `Me` accepted); each turn a paragraph, labels and signature kept.",
    "date": "2029-05-23", "page": "8",
    "head": ["LE COURRIER DU BAYOU | Mercredi, 23 mai 2029 | Page 8",
             "L'Argent pis les Affaires | Éditrice: Claudette Arceneaux"],
    "foot": ["Le Courrier du Bayou | nouvelles@courrierbayou.example.com"],
    "furniture": ["LE COURRIER DU BAYOU", "Mercredi, 23 mai 2029", "Page 8", "L'Argent pis les Affaires",
                  "Éditrice: Claudette Arceneaux", "Le Courrier du Bayou | L'Argent pis les Affaires",
                  "Le Courrier du Bayou", "nouvelles@courrierbayou.example.com"],
    "run": ["Le Courrier du Bayou | L'Argent pis les Affaires"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Le magasin Broussard Meubles", "ferme ses portes sans avertir", "Par Josette Landry"],
         "title": "Le magasin Broussard Meubles ferme ses portes sans avertir",
         "byline": ["Par Josette Landry", "Josette Landry"],
         "captions": ["Le magasin fermé sur la rue Main."], "credits": ["Photo: Kirby Melançon"],
         "body": ["BREAUX BRIDGE - Le magasin Broussard Meubles, ouvert depuis 1974 sur la rue Main, a fermé ses "
                  "portes ven~dredi passé sans avertir ni le monde ni les em~ployés. Un papier collé sur la porte dit "
                  "juste «fermé pour réor~gani~sation».",
                  "Plus de soixante clients avaient payé un acompte pour des {cap}meubles qu'ils ont ja~mais reçus. "
                  "Cer~tains ont payé plus de deux mille pias~tres.",
                  "Marie Thibodeaux, de Cecilia, a payé 900 pias~tres pour un set de chambre en février. «J'ai appelé "
                  "tous les jours, pis asteur le télé~phone sonne même plus. C'est pas juste pour le {run}monde.»"]},
        {"glued": True, "lines": ["Demande à l'avocat", "Mon acompte est-il perdu", "pour de bon?"],
         "section": ["Demande à l'avocat", None], "kicker": [None, "Demande à l'avocat"],
         "title": "Mon acompte est-il perdu pour de bon?",
         "byline": ["Me Rémi Guidry, Guidry & Hébert", "Me Rémi Guidry", "Rémi Guidry"],
         "body": ["Question: J'ai payé 900 piastres d'acompte pour un set de chambre chez Broussard Meubles en "
                  "février, pis asteur le magasin est fermé. Est-ce que mon argent est perdu? Quoi faire? "
                  "(Marie T., Cecilia)",
                  "Réponse: Pas forcément. Si vous avez payé avec une carte de crédit, appelez votre banque tout de "
                  "suite pis demandez qu'elle annule le paie~ment. Vous avez sou~vent 120 jours pour le faire.",
                  "Si vous avez payé en argent comptant ou par chèque, gardez le reçu pis le contrat. Vous pouvez "
                  "faire une plainte au bureau du procu~reur général pis, si le magasin fait faillite, vous ins~crire "
                  "comme créan~cier.",
                  ("end", "Me Rémi Guidry, Guidry & Hébert")]},
    ],
}

UNGA = {
    "name": "swc_macroman_cr_congo_swahili_market_page_maize_flour_prices_story_byline_dateline_caption_credit_running_head_midquote_glued_weekly_prices_table_header_item_unit_two_dated_weeks_change_rows_aligned_by_spaces_source_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Mwangaza wa Katanga (an invented Congo Swahili daily, Lubumbashi) 2029-03-08 Ukurasa 4 Soko na Bei, Mac OS "
    "Roman (`– “ ”`, nothing else beyond ASCII), CR line ends; blank-line paragraphs, wrapped at 39 with "
    "hyphenation. A Congo Swahili market page: the price of a 25 kg sack of maize flour rises again in Lubumbashi "
    "(title over two lines, byline line `Ripoti ya Jeanine Kasongo`, the dateline `LUBUMBASHI –` opening the lead, a "
    "caption and its credit inside a sentence, a flour seller's “” quotation cut by the running head before "
    "`mifuko.”`), then, with no blank line, the table `Bei ya soko la Kenya (FC)`: a header row `Kitu  Kipimo  8/3  "
    "1/3  Badiliko` **whose two weeks are headed by their dates**, six rows of item, unit, this week's and last "
    "week's price in Congolese francs with a dot for the thousands (`52.000`) and a signed change (`+4.000`, `-500`, "
    "`0`), aligned by runs of spaces, and a source row `Chanzo: …`; the table is an article, its head the title, each "
    "printed line a paragraph (one space kept), the source row last.",
    "date": "2029-03-08", "page": "4",
    "head": ["MWANGAZA WA KATANGA – Alhamisi, 8 Machi 2029 – Ukurasa 4", "Soko na Bei – Mhariri: Odette Kabange"],
    "foot": ["Mwangaza wa Katanga – habari@mwangaza.example.cd"],
    "furniture": ["MWANGAZA WA KATANGA", "Alhamisi, 8 Machi 2029", "Ukurasa 4", "Soko na Bei", "Mhariri: Odette Kabange",
                  "Mwangaza wa Katanga – Soko na Bei", "Mwangaza wa Katanga", "habari@mwangaza.example.cd"],
    "run": ["Mwangaza wa Katanga – Soko na Bei"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Bei ya unga wa mahindi", "inapanda tena ku Lubumbashi", "Ripoti ya Jeanine Kasongo"],
         "title": "Bei ya unga wa mahindi inapanda tena ku Lubumbashi",
         "byline": ["Ripoti ya Jeanine Kasongo", "Jeanine Kasongo"],
         "captions": ["Mama anauza unga ku soko la Kenya."], "credits": ["Foto: Patrick Ilunga"],
         "body": ["LUBUMBASHI – Bei ya gunia ya unga wa mahindi ya kilo 25 ime~panda tena semene hii ku masoko ya "
                  "Lubum~bashi. Ku soko la Kenya, gunia moja inauzwa 52.000 FC, juu ya 48.000 FC semene iliyo~pita.",
                  "Bauzaji banasema mahindi inayotoka Zambia iko kidogo sasa, na mvua mingi {cap}imeharibu barabara "
                  "ya Kasum~balesa. Ma~lori mingi inache~lewa ku mpaka.",
                  "Mama Chantal Mujinga, anayeuza unga tangu miaka makumi mbili, anasema: “Bantu banakuja kununua "
                  "kilo moja moja sasa. Pesa iko hapana mu {run}mifuko.”"]},
        {"glued": True, "lines": ["Bei ya soko la Kenya (FC)"], "title": "Bei ya soko la Kenya (FC)",
         "body": [("row", aligned("Kitu", "Kipimo", "8/3", "1/3", "Badiliko", widths=(10, 7, 7, 7))),
                  ("row", aligned("Unga", "25 kg", "52.000", "48.000", "+4.000", widths=(10, 7, 7, 7))),
                  ("row", aligned("Mchele", "kilo", "3.200", "3.200", "0", widths=(10, 7, 7, 7))),
                  ("row", aligned("Maharagwe", "kilo", "4.500", "4.000", "+500", widths=(10, 7, 7, 7))),
                  ("row", aligned("Mafuta", "litre", "6.800", "6.500", "+300", widths=(10, 7, 7, 7))),
                  ("row", aligned("Nyama", "kilo", "18.000", "17.000", "+1.000", widths=(10, 7, 7, 7))),
                  ("row", aligned("Samaki", "kilo", "9.500", "10.000", "-500", widths=(10, 7, 7, 7))),
                  ("row", "Chanzo: Ofisi ya Uchumi ya Haut-Katanga")]},
    ],
}

SUPERMARKET = {
    "name": "nag_cp1252_crlf_nagamese_shops_page_first_supermarket_opens_story_byline_dateline_caption_credit_running_head_midquote_opening_week_prices_box_after_a_blank_line_header_item_before_now_rupee_rows_aligned_by_spaces_until_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Dimapur Khobor (an invented Nagamese daily, Dimapur, Nagaland) 2029-04-18 Page 5 Bazar aru Dukan, "
    "Windows-1252 (`· – “ ”`, nothing else beyond ASCII), CRLF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A Nagamese shops page: the town's first big supermarket opens on Circular Road and the traders of "
    "an old market worry (title over two lines, byline line `Likhise: Vitono Sumi`, the dateline `DIMAPUR –` opening "
    "the lead, a caption and its credit inside a sentence, a trader's “” question cut by the running head before "
    "`kharcha kineka cholabo?”`), then, **after a blank line** (the one page that does not glue), the box `Khuli laga "
    "hopta te dam kom`: a header row `Saman  Aage  Etiya` (item, before, now), four rows of an item with its "
    "quantity and two rupee prices with Indian comma grouping (`Rs 1,450`), aligned by runs of spaces, and a row "
    "saying till when the prices hold; the box is an article, its head the title, each printed line a paragraph "
    "(one space kept).",
    "date": "2029-04-18", "page": "5",
    "head": ["DIMAPUR KHOBOR · Budhbar, 18 April 2029 · Page 5", "Bazar aru Dukan · Editor: Akala Jamir"],
    "foot": ["Dimapur Khobor · khobor@dimapurkhobor.example.in"],
    "furniture": ["DIMAPUR KHOBOR", "Budhbar, 18 April 2029", "Page 5", "Bazar aru Dukan", "Editor: Akala Jamir",
                  "Dimapur Khobor · Bazar aru Dukan", "Dimapur Khobor", "khobor@dimapurkhobor.example.in"],
    "run": ["Dimapur Khobor · Bazar aru Dukan"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Dimapur te prothom supermarket", "khulise, manu bisi ahise", "Likhise: Vitono Sumi"],
         "title": "Dimapur te prothom supermarket khulise, manu bisi ahise",
         "byline": ["Likhise: Vitono Sumi", "Vitono Sumi"],
         "captions": ["Notun supermarket te saman kini ase."], "credits": ["Photo: Kezhokhoto Zhimo"],
         "body": ["DIMAPUR – Dimapur te prothom dangor super~market Sonibar din Circular Road te khulise. Khuli "
                  "laga din te dui ha~jar pora besi manu saman kini bole ahise.",
                  "Supermarket te chaul, dail, tel, sabji aru ghor laga {cap}saman sob ek jaga te pai. Dukan laga "
                  "malik Imna Longkumer koise, saman khan Guwa~hati aru Kolkata pora direct ane, etu karone dam olop "
                  "kom ase.",
                  "Kintu Hong Kong Market laga dukan~dar khan chinta kori ase. Ekjon dukandar, Lhoubeinuo Angami, "
                  "koise: “Amikhan laga dukan te manu kom ahibo. Etu ni~mite amikhan ghor laga {run}kharcha kineka "
                  "cholabo?”"]},
        {"lines": ["Khuli laga hopta te dam kom"], "title": "Khuli laga hopta te dam kom",
         "body": [("row", aligned("Saman", "Aage", "Etiya", widths=(18, 11))),
                  ("row", aligned("Chaul 25 kg", "Rs 1,450", "Rs 1,290", widths=(18, 11))),
                  ("row", aligned("Dail 1 kg", "Rs 140", "Rs 118", widths=(18, 11))),
                  ("row", aligned("Sarsu tel 1 litre", "Rs 210", "Rs 185", widths=(18, 11))),
                  ("row", aligned("Chini 1 kg", "Rs 48", "Rs 42", widths=(18, 11))),
                  ("row", "Etu dam 22 April Dewbar tak thakibo.")]},
    ],
}

NATOK = {
    "name": "grt_utf8_nobom_lf_garo_market_page_formalin_fish_inspection_story_byline_dateline_caption_credit_running_head_midquote_glued_failed_samples_table_header_market_fish_formalin_rows_aligned_by_spaces_passed_count_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Tura Salantini (an invented Garo daily, Tura, Meghalaya) 2029-11-09 Page 6 Bajal aro Dam, UTF-8 without "
    "BOM (the raka `·` of `na·tok`, `man·aha`, `– “ ”`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. "
    "A Garo market page: food-safety officers test twenty fish at three markets of Tura and find formalin in six "
    "(title over two lines, byline line `Sea·gipa: Jengchang Ch. Momin`, the dateline `TURA –` opening the lead, a "
    "caption and its credit inside a sentence, the market committee president's “” quotation cut by the running "
    "head before `on·jawa.”`), then, with no blank line, the table of the failed samples `Formalin man·gipa "
    "na·tokrang`: a header row `Bajal  Na·tok  Formalin` (market, fish, formalin found), six rows of market, fish "
    "and a reading `4.2 mg/kg` aligned by runs of spaces, and a row giving the fourteen that passed; the table is "
    "an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2029-11-09", "page": "6",
    "head": ["TURA SALANTINI · Sukrabar, 9 November 2029 · Page 6", "Bajal aro Dam · Editor: Silme R. Marak"],
    "foot": ["Tura Salantini · khobor@turasalantini.example.in"],
    "furniture": ["TURA SALANTINI", "Sukrabar, 9 November 2029", "Page 6", "Bajal aro Dam", "Editor: Silme R. Marak",
                  "Tura Salantini · Bajal aro Dam", "Tura Salantini", "khobor@turasalantini.example.in"],
    "run": ["Tura Salantini · Bajal aro Dam"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Tura bajalo formalin dongipa", "na·tokrang man·aha", "Sea·gipa: Jengchang Ch. Momin"],
         "title": "Tura bajalo formalin dongipa na·tokrang man·aha",
         "byline": ["Sea·gipa: Jengchang Ch. Momin", "Jengchang Ch. Momin"],
         "captions": ["Tura bajalo na·tok palgiparang."], "credits": ["Photo: Rikseng A. Sangma"],
         "body": ["TURA – Food Safety Depart~ment-ni of~fi~cer~rang Sombaro Tura bajal, Da~kop~gre bajal aro "
                  "Chand~mari bajal~oni na·tok 20-ko pariksa ka·aha. Ia na·tokrangoni 6-o formalin man·aha.",
                  "Formalinko na·tok bang·en sal nama·e dongna gimin {cap}ra·a, indiba ua cha·gipa "
                  "mande~rangna nama·ja, ine officerrang agana.",
                  "Bajal commit~tee-ni president Tengsil R. Marak agana: “Formalin dongipa na·tok "
                  "palgi~parangna anching bajalo jaga {run}on·jawa.”"]},
        {"glued": True, "lines": ["Formalin man·gipa na·tokrang"], "title": "Formalin man·gipa na·tokrang",
         "body": [("row", aligned("Bajal", "Na·tok", "Formalin", widths=(13, 9))),
                  ("row", aligned("Tura", "Rohu", "4.2 mg/kg", widths=(13, 9))),
                  ("row", aligned("Tura", "Katla", "6.8 mg/kg", widths=(13, 9))),
                  ("row", aligned("Dakopgre", "Rohu", "3.1 mg/kg", widths=(13, 9))),
                  ("row", aligned("Dakopgre", "Singi", "5.5 mg/kg", widths=(13, 9))),
                  ("row", aligned("Chandmari", "Boal", "2.7 mg/kg", widths=(13, 9))),
                  ("row", aligned("Chandmari", "Pabda", "7.4 mg/kg", widths=(13, 9))),
                  ("row", "Na·tok 14-o formalin man·ja.")]},
    ],
}

PAGES = [CHOUJIAN, CAIJIA, TUIFEI, TOUSU, ZHAOHUI, YESHI, AVOCAT, UNGA, SUPERMARKET, NATOK]
