"""The text of every holdout95 page, written once: make_holdout95_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list or box (one gold paragraph per printed line); `("h", line)` a subhead (a gold heading); `("end", line)` a printed
line that is no paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running
head; `"runin": sep` runs a brief's title into its first paragraph (after `"runin_lead"`); `~` marks where a Latin word
may be split at a line end. All papers, people, firms, stock codes, figures and events are invented; real places (and
the real stock indices of page 5) are settings only.
"""

WUJIA = {
    "name": "zh_gbk_crlf_economy_page_cpi_explainer_kicker_tight_head_benbaoxun_three_flush_subheads_caption_credit_running_head_midsentence_glued_cpi_fenxiang_components_table_yoy_mom_rows_source_line",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溆川日报 2027-04-13 第6版 经济, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. An economy "
    "page: a consumer-prices (CPI) explainer, the 引题 (kicker) `菜价回落　服务价格小幅上涨` over the title, the title "
    "directly above its 本报讯 lead; three flush subheads (`食品价格回落`, `服务价格上涨`, `全年总体平稳`), each a "
    "heading; a caption and its credit inside a sentence, the running head in mid-sentence; then, with no blank line "
    "under its last line, the table `3月CPI主要分项`: a header row `类别　同比　环比`, five rows and a source line; the "
    "table is an article, its head the title, each printed line a paragraph.",
    "date": "2027-04-13", "page": "6",
    "head": ["溆川日报　　2027年4月13日　星期二", "第6版　经济　　责任编辑：牟　笛"],
    "foot": ["溆川日报社出版　　经济新闻部：0745-4418275"],
    "furniture": ["溆川日报", "2027年4月13日", "星期二", "第6版", "经济", "责任编辑：牟　笛", "溆川日报·经济",
                  "溆川日报社出版", "经济新闻部：0745-4418275"],
    "run": ["溆川日报·经济"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["菜价回落　服务价格小幅上涨", "3月我市CPI同比上涨1.6%"], "title": "3月我市CPI同比上涨1.6%",
         "kicker": "菜价回落　服务价格小幅上涨", "tight": True, "byline": [None, "记者　邬　岚", "邬　岚", "邬岚"],
         "captions": ["市民在农贸市场选购蔬菜。"], "credits": ["本报记者　邬　岚　摄"],
         "body": ["本报讯（记者　邬　岚）市统计局昨天发布，3月份全市居民消费价格指数（CPI）同比上涨1.6%，涨幅比上月"
                  "回落0.3个百分点；环比下降0.2%。",
                  ("h", "食品价格回落"),
                  "分类别看，食品价格同比下降0.8%，其中鲜菜下降6.4%，猪肉下降3.1%。市统计局城调队负责人说，{cap}开春"
                  "以后本地蔬菜大量上市，菜价回落明显。",
                  ("h", "服务价格上涨"),
                  "服务价格同比上涨2.7%，家政、理发和旅游价格涨得较多。非食品中，汽油价格随国际油价上涨4.2%。",
                  ("h", "全年总体平稳"),
                  "这位负责人说，一季度全市CPI平均上涨1.8%，总体平稳。从目前看，二季度物价仍将{run}温和运行。"]},
        {"glued": True, "lines": ["3月CPI主要分项"], "title": "3月CPI主要分项",
         "body": [("row", "类别　同比　环比"),
                  ("row", "总指数　+1.6%　-0.2%"),
                  ("row", "食品　-0.8%　-1.5%"),
                  ("row", "鲜菜　-6.4%　-9.2%"),
                  ("row", "猪肉　-3.1%　-0.6%"),
                  ("row", "服务　+2.7%　+0.3%"),
                  ("row", "资料来源：溆川市统计局")]},
    ],
}

ERSHOU = {
    "name": "zh_gb18030_lf_property_page_resale_prices_story_byline_rare_char_chart_caption_source_and_maker_credit_running_head_midsentence_glued_dui_ni_what_it_means_box_labelled_reader_rows",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "浔湾晚报 2027-06-24 第10版 置业, GB18030 (`\U0002ccf5` U+2CCF5 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A property page: resale home prices fall for a fourth month (title, byline "
    "line, figures in the text, **a chart's caption `1至5月二手住宅成交均价走势（元/平方米）` and its credit "
    "`数据来源：市房地产交易中心　制图：蔺　\U0002ccf5`** inside a sentence, the running head before the last word "
    "`波动。`), then, with no blank line under it, the what-it-means-for-you box `对你有什么影响`: four labelled rows "
    "`首次购房：…`, one a kind of reader; the box is an article, its head the title, each printed line a paragraph.",
    "date": "2027-06-24", "page": "10",
    "head": ["浔湾晚报　　2027年6月24日　星期四", "第10版　置业　　责任编辑：鄢　宁"],
    "foot": ["浔湾晚报社　　置业热线：0771-3306482"],
    "furniture": ["浔湾晚报", "2027年6月24日", "星期四", "第10版", "置业", "责任编辑：鄢　宁", "浔湾晚报·置业",
                  "浔湾晚报社", "置业热线：0771-3306482"],
    "run": ["浔湾晚报·置业"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["二手房价连跌四个月　成交量回升", "本报记者　蔺　\U0002ccf5"], "title": "二手房价连跌四个月　成交量回升",
         "byline": ["本报记者　蔺　\U0002ccf5", "蔺　\U0002ccf5", "蔺\U0002ccf5"],
         "captions": ["1至5月二手住宅成交均价走势（元/平方米）"],
         "credits": ["数据来源：市房地产交易中心　制图：蔺　\U0002ccf5"],
         "body": ["浔湾市房地产交易中心昨天公布，5月全市二手住宅成交均价为每平方米14,860元，环比下降0.7%，已连续四个月"
                  "下跌；成交3126套，环比增加12.4%。",
                  "城南一家中介门店的负责人祁振东说，{cap}价格往下走以后，不少观望了大半年的买家开始出手，周末来看房的人"
                  "比春节前多了一倍。",
                  "业内人士分析，降价的主要是房龄二十年以上的老小区，近几年建成的小区价格基本稳住了。下半年房价大概率还会"
                  "小幅{run}波动。"]},
        {"glued": True, "lines": ["对你有什么影响"], "title": "对你有什么影响",
         "body": [("row", "首次购房：可以多看多比，不必急着出手。"),
                  ("row", "换房改善：先卖后买，免得两头背贷款。"),
                  ("row", "急着卖房：挂牌价可参考小区近期成交价。"),
                  ("row", "房贷利率：5月首套房贷平均利率3.1%。")]},
    ],
}

GUANCHA = {
    "name": "zht_big5_crlf_taiwan_finance_page_market_story_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_jinri_guanchagu_stocks_to_watch_column_name_code_heads_closing_price_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "港埔日報 2027-03-09 B2 財經 (`中華民國116年3月9日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan finance page: the day's market story, its title directly above the `【記者溫家瑜／台北報導】` lead (a "
    "caption and its credit inside a sentence, the running head before the last word `追高。`), then, with no blank "
    "line, the column `今日觀察股`: three stocks, each a head `name（code）` on its own line, one paragraph and a "
    "closing-price row `收盤：…　漲…`; each stock an article, its head the title, the column label the first item's "
    "section (as holdout88's `商業簡訊`).",
    "date": "2027-03-09", "page": "B2",
    "head": ["港埔日報　中華民國116年3月9日　星期二", "B2　財經　　編輯：莊雅雯"],
    "foot": ["港埔日報社　客服專線：(07)335-1862"],
    "furniture": ["港埔日報", "中華民國116年3月9日", "星期二", "B2", "財經", "編輯：莊雅雯", "港埔日報．財經",
                  "港埔日報社", "客服專線：(07)335-1862"],
    "run": ["港埔日報．財經"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["外資連三買　台股漲132點"], "title": "外資連三買　台股漲132點", "tight": True,
         "byline": [None, "記者溫家瑜", "溫家瑜"],
         "captions": ["投資人在券商營業廳看盤。"], "credits": ["（記者溫家瑜攝）"],
         "body": ["【記者溫家瑜／台北報導】台股昨天在電子股帶動下上漲132點，加權指數收在21,408點，成交金額新台幣3,215億"
                  "元。",
                  "外資昨天買超新台幣86億元，{cap}連續第三天站在買方。投顧分析師何品妤說，美國科技股前一晚走強，帶動台灣"
                  "的半導體和伺服器類股。",
                  "她提醒，本週五美國將公布就業數據，指數在兩萬一千點上方可能來回震盪，短線不宜{run}追高。"]},
        {"glued": True, "lines": ["今日觀察股", "昇達電子（6481）"], "section": ["今日觀察股", None],
         "kicker": [None, "今日觀察股"], "title": "昇達電子（6481）",
         "body": ["伺服器電源訂單增加，上月營收創新高，法人看好第二季出貨。",
                  ("row", "收盤：128.5元　漲3.5元")]},
        {"lines": ["港埔鋼鐵（2039）"], "section": [None, "今日觀察股"], "kicker": [None, "今日觀察股"],
         "title": "港埔鋼鐵（2039）",
         "body": ["國際鋼價回穩，下季盤價可望調漲，股價連兩天上漲。",
                  ("row", "收盤：31.2元　漲0.4元")]},
        {"lines": ["安禾生技（4186）"], "section": [None, "今日觀察股"], "kicker": [None, "今日觀察股"],
         "title": "安禾生技（4186）",
         "body": ["新藥臨床試驗結果月底公布，股價波動大，投資人宜留意風險。",
                  ("row", "收盤：57.8元　跌1.1元")]},
    ],
}

JINJIA = {
    "name": "zht_big5hkscs_lf_hong_kong_finance_page_gold_record_story_cantonese_byline_caption_credit_running_head_midsentence_glued_jinyin_jiage_gold_silver_price_board_per_tael_sell_buy_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "灣岸日報 2027-08-05 B5 財經, Big5-HKSCS (`嘅 咗 啲 嚟 喺`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong finance page: gold at a record and queues at the gold shops (title, byline "
    "line `記者　岑卓思`, Cantonese in the text and a 「」 quotation, a caption and its credit inside a sentence, the "
    "running head before the last word `回落。`), then, with no blank line, the price board `金銀價格（港元）`: a "
    "header row `品種　賣出　買入`, three rows per tael (`飾金（每兩）　27,900　23,050`) and a source line; the board "
    "is an article, its head the title, each printed line a paragraph.",
    "date": "2027-08-05", "page": "B5",
    "head": ["灣岸日報　2027年8月5日　星期四", "B5　財經　　編輯：麥嘉敏"],
    "foot": ["灣岸日報社　　財經新聞熱線：2893 4417"],
    "furniture": ["灣岸日報", "2027年8月5日", "星期四", "B5", "財經", "編輯：麥嘉敏", "灣岸日報．財經", "灣岸日報社",
                  "財經新聞熱線：2893 4417"],
    "run": ["灣岸日報．財經"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["金價再創新高　金舖排長龍", "記者　岑卓思"], "title": "金價再創新高　金舖排長龍",
         "byline": ["記者　岑卓思", "岑卓思"],
         "captions": ["市民喺金舖門外排隊。"], "credits": ["（岑卓思攝）"],
         "body": ["國際金價昨日再升，一度突破每盎司2,780美元，創歷史新高。本地金舖嘅飾金價格亦跟住上調，每兩賣出價升至"
                  "二萬七千九百元。",
                  "旺角一間金舖嘅店員話，{cap}呢幾日多咗好多人嚟買金粒同金條：「好多客覺得金價仲會升，一買就買幾兩。」",
                  "亦有市民趁高位將屋企啲舊金飾拎出嚟賣。有分析員提醒，金價短期升得太急，隨時會{run}回落。"]},
        {"glued": True, "lines": ["金銀價格（港元）"], "title": "金銀價格（港元）",
         "body": [("row", "品種　賣出　買入"),
                  ("row", "飾金（每兩）　27,900　23,050"),
                  ("row", "金粒（每兩）　26,640　25,710"),
                  ("row", "白銀（每兩）　342　268"),
                  ("row", "資料來源：灣岸金銀首飾業商會")]},
    ],
}

GUSHI = {
    "name": "zh_utf8_nobom_lf_singapore_finance_page_market_report_xinjiapo_xun_tight_head_caption_credit_running_head_midsentence_glued_quyu_gushi_regional_index_table_header_close_change_rows",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "南岬早报 (an invented Singapore Chinese daily) 2027-05-19 B3 财经, UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Singapore finance page: the day's market report, its title directly above the lead "
    "opened by `（新加坡讯）` (a caption and its credit inside a sentence, the running head before the last word "
    "`反复。`), then, with no blank line, the table `区域股市`: a header row `指数　收市　涨跌` and four index rows "
    "(real index names, invented figures); the table is an article, its head the title, each printed line a paragraph.",
    "date": "2027-05-19", "page": "B3",
    "head": ["南岬早报　2027年5月19日　星期三", "B3　财经　　编辑：谢慧玲"],
    "foot": ["南岬早报社　财经组电邮：caijing@nanjia.example.sg"],
    "furniture": ["南岬早报", "2027年5月19日", "星期三", "B3", "财经", "编辑：谢慧玲", "南岬早报·财经", "南岬早报社",
                  "财经组电邮：caijing@nanjia.example.sg"],
    "run": ["南岬早报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["美通胀降温　海指涨0.47%"], "title": "美通胀降温　海指涨0.47%", "tight": True,
         "captions": ["投资者在证券行查看股价走势。"], "credits": ["（何志伟摄）"],
         "body": ["（新加坡讯）本地股市昨天随区域股市走高，海峡时报指数涨18.62点或0.47%，以3,986.45点收盘。全天成交"
                  "量为14亿股，价值13亿6000万元。",
                  "一名证券行分析员说，{cap}美国最新公布的通胀数据低于预期，市场对减息的期待升温，资金重新流入亚洲股市。"
                  "本地三大银行股全面上涨，是带动指数的主力。",
                  "不过他提醒，本周还有多家上市公司公布业绩，股市短期内可能{run}反复。"]},
        {"glued": True, "lines": ["区域股市"], "title": "区域股市",
         "body": [("row", "指数　收市　涨跌"),
                  ("row", "海峡时报指数　3,986.45　+18.62"),
                  ("row", "富时大马综合指数　1,642.30　+4.15"),
                  ("row", "恒生指数　21,875.10　-56.34"),
                  ("row", "日经225指数　40,512.77　+211.08")]},
    ],
}

YEJI = {
    "name": "zh_utf16be_bom_crlf_industry_page_interim_results_story_byline_caption_credit_running_head_midsentence_glued_zhongqi_yeji_zhaiyao_results_box_this_period_last_year_per_share_rows_dash_cell",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溧泉日报 2027-08-28 第7版 产经, UTF-16 BE with BOM, CRLF; blank-line paragraphs, wrapped at 22. An industry "
    "page: a dairy firm's interim results (title, byline line, figures in the text, a caption and its credit inside a "
    "sentence, the running head before the last word `盈利。`), then, with no blank line under it, the results box "
    "`中期业绩摘要`: a header row `项目　本期　上年同期`, rows for revenue and net profit (last year's a loss, "
    "`-0.42亿元`), two per-share rows (the dividend's last-year cell a dash `—`) and a source line; the box is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2027-08-28", "page": "7",
    "head": ["溧泉日报　　2027年8月28日　星期六", "第7版　产经　　责任编辑：沈　禾"],
    "foot": ["溧泉日报社出版　　产经新闻部：0593-6627514"],
    "furniture": ["溧泉日报", "2027年8月28日", "星期六", "第7版", "产经", "责任编辑：沈　禾", "溧泉日报·产经",
                  "溧泉日报社出版", "产经新闻部：0593-6627514"],
    "run": ["溧泉日报·产经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["银溪乳业上半年扭亏为盈", "本报记者　阮　澄"], "title": "银溪乳业上半年扭亏为盈",
         "byline": ["本报记者　阮　澄", "阮　澄", "阮澄"],
         "captions": ["银溪乳业的低温鲜奶生产线。"], "credits": ["（受访单位供图）"],
         "body": ["银溪乳业股份有限公司昨晚发布半年报，上半年实现营业收入21.7亿元，同比增长9.0%；归属于股东的净利润"
                  "1.06亿元，上年同期亏损0.42亿元。",
                  "公司董事长谭启明在业绩说明会上说，{cap}低温鲜奶和奶酪卖得好，饲料价格下降也让成本降了不少。",
                  "半年报显示，公司拟每10股派发现金红利0.5元。谭启明说，下半年将在省外新开两个配送中心，力争全年"
                  "{run}盈利。"]},
        {"glued": True, "lines": ["中期业绩摘要"], "title": "中期业绩摘要",
         "body": [("row", "项目　本期　上年同期"),
                  ("row", "营业收入　21.7亿元　19.9亿元"),
                  ("row", "净利润　1.06亿元　-0.42亿元"),
                  ("row", "每股收益　0.21元　-0.08元"),
                  ("row", "每股派息　0.05元　—"),
                  ("row", "资料来源：公司半年报")]},
    ],
}

WUK = {
    "name": "bjs_cp1252_crlf_bajan_creole_business_page_jobs_figures_story_byline_dateline_caption_credit_running_head_midsentence_glued_labour_force_table_header_quarter_years_rows_aligned_by_spaces_source_line",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "The Bimshire Bugle (an invented Barbados daily) 2027-09-24 Page 12 Bizness, Windows-1252 (`’ “ ” – ·`), "
    "CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Bajan Creole business page: the quarter's jobs "
    "figures (title, byline line `By Shondelle Griffith`, the dateline `BRIDGETOWN –` opening the lead, a caption and "
    "its credit inside a sentence, a “” quotation cut by the running head before `nuttin’.”`), then, with no blank "
    "line, the table `Wha’ De Figures Say`: a header row `June quarter  2027  2026`, four rows `label  figure  figure` "
    "aligned by runs of spaces and a source line; the table is an article, its head the title, each printed line a "
    "paragraph (one space kept).",
    "date": "2027-09-24", "page": "12",
    "head": ["THE BIMSHIRE BUGLE · Friday, 24 September 2027 · Page 12", "Bizness · Editor: Carlisle Holder"],
    "foot": ["The Bimshire Bugle · bizness@bimshirebugle.example.bb"],
    "furniture": ["THE BIMSHIRE BUGLE", "Friday, 24 September 2027", "Page 12", "Bizness", "Editor: Carlisle Holder",
                  "The Bimshire Bugle · Bizness", "The Bimshire Bugle", "bizness@bimshirebugle.example.bb"],
    "run": ["The Bimshire Bugle · Bizness"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["More Bajans wukkin now", "By Shondelle Griffith"], "title": "More Bajans wukkin now",
         "byline": ["By Shondelle Griffith", "Shondelle Griffith"],
         "captions": ["Job seekers at de fair in Warrens."], "credits": ["Photo: Kemar Ifill"],
         "body": ["BRIDGETOWN – De num~ber o’ Bajans out o’ wuk drop to 7.9 per cent in de June quar~ter, "
                  "down from 9.4 per cent a year ago, de Labour Sur~vey Unit say yes~ter~day.",
                  "Dat is 3,800 more people wukkin dan dis time las’ year. Close to 2,000 o’ dem get wuk in de "
                  "ho~tels an’ guest hou~ses, {cap}an’ de con~struc~tion sites tek on nuff more hands too.",
                  "“Muh daugh~ter get she first job las’ month,” say Marcia Black~man, who come to de job fair wid she "
                  "son. “But nuff young fel~las still cyan fine {run}nut~tin’.”"]},
        {"glued": True, "lines": ["Wha’ De Figures Say"], "title": "Wha’ De Figures Say",
         "body": [("row", "June quarter           2027      2026"),
                  ("row", "Labour force        143,600   141,900"),
                  ("row", "People wukkin       132,300   128,500"),
                  ("row", "Out o’ wuk           11,300    13,400"),
                  ("row", "Unemployment rate      7.9%      9.4%"),
                  ("row", "Source: Labour Survey Unit")]},
    ],
}

MONEY = {
    "name": "lir_macroman_cr_liberian_kreyol_business_page_money_changers_story_byline_dateline_caption_credit_running_head_midsentence_glued_exchange_rate_board_header_buy_sell_rows_aligned_by_spaces_source_line",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Mamba Point Talk (an invented Monrovia daily) 2027-10-14 Page 5 Money Business, Mac OS Roman (`– “ ” €`), "
    "CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Liberian Kreyol (Liberian English) "
    "business page: the Liberian dollar falls at the Waterside money changers (the title over two lines, byline line "
    "`By Musu K. Tarpeh`, the dateline `MONROVIA –` opening the lead, a caption and its credit inside a sentence, a "
    "“” quotation cut by the running head before `suffer,”`), then, with no blank line, the board `Today Exchange "
    "Rate`: a header row `Money  Buy  Sell`, three rows `US$1  L$192.50  L$194.00` aligned by runs of spaces and a "
    "source line; the board is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2027-10-14", "page": "5",
    "head": ["MAMBA POINT TALK – Thursday, October 14, 2027 – Page 5", "Money Business"],
    "foot": ["Mamba Point Talk – news@mambapointtalk.example.lr"],
    "furniture": ["MAMBA POINT TALK", "Thursday, October 14, 2027", "Page 5", "Money Business",
                  "Mamba Point Talk – Money Business", "Mamba Point Talk", "news@mambapointtalk.example.lr"],
    "run": ["Mamba Point Talk – Money Business"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["LD still weak-o, money", "changers say", "By Musu K. Tarpeh"],
         "title": "LD still weak-o, money changers say", "byline": ["By Musu K. Tarpeh", "Musu K. Tarpeh"],
         "captions": ["Money changers on Water Street."], "credits": ["Photo: Prince Kollie"],
         "body": ["MONROVIA – The Libe~rian dollar fall again this week. At Waterside, the money chan~gers were buy~ing "
                  "one US dollar for L$192.50 yes~ter~day and sel~ling it for L$194, up from L$188 last month.",
                  "Oldma Yassah Ka~ma~ra, who can sell dry goods by Water Street, say the thing {cap}hard-o: “When the "
                  "LD go down, every~thing in the market go up. Rice, oil, even pep~per.”",
                  "Money changer Mo~ham~med Sheriff say plenty people de buy US dollar now to keep their money safe. "
                  "“The small-small tra~ders, they the one who de {run}suf~fer,” he say."]},
        {"glued": True, "lines": ["Today Exchange Rate"], "title": "Today Exchange Rate",
         "body": [("row", "Money          Buy        Sell"),
                  ("row", "US$1        L$192.50    L$194.00"),
                  ("row", "€1          L$208.00    L$211.50"),
                  ("row", "CFA 1,000   L$316.00    L$322.00"),
                  ("row", "Source: Waterside money changers")]},
    ],
}

BTI = {
    "name": "kha_latin1_lf_khasi_business_page_electricity_tariff_story_da_byline_dateline_caption_credit_running_head_midsentence_what_it_means_box_after_a_blank_line_units_bill_rows_aligned_by_spaces_start_date_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ka Sur Shnong (an invented Shillong daily) 2027-07-11 Sla 4 Jingkhaii, ISO 8859-1 (`ï Ï`, straight "
    "quotes), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Khasi business page: the electricity tariff "
    "rises from August (the title over two lines, byline line `Da Wanda Kharkongor`, the dateline `SHILLONG -` (a "
    "hyphen: Latin-1 has no dash) opening the lead, a caption and its credit inside a sentence, a quotation cut by the "
    "running head before `jur shuh,\"`); then, **after a blank line** (the one page here whose box is not glued), the "
    "what-it-means-for-you box `Kumno kan ktah ïa phi`: a header row `Unit/bnai  Bil mynta  Bil thymmai`, three rows "
    "aligned by runs of spaces and the line giving the start date; the box is an article, its head the title, each "
    "printed line a paragraph (one space kept).",
    "date": "2027-07-11", "page": "4",
    "head": ["KA SUR SHNONG | Sngi Taiew, 11 Naitung 2027 | Sla 4", "Jingkhaii | Editor: Daphira Lyngdoh"],
    "foot": ["Ka Sur Shnong | khubor@surshnong.example.in"],
    "furniture": ["KA SUR SHNONG", "Sngi Taiew, 11 Naitung 2027", "Sla 4", "Jingkhaii", "Editor: Daphira Lyngdoh",
                  "Ka Sur Shnong | Jingkhaii", "Ka Sur Shnong", "khubor@surshnong.example.in"],
    "run": ["Ka Sur Shnong | Jingkhaii"], "labels": [], "markup": [" | "] * 5,
    "articles": [
        {"lines": ["Ka dor ka bti kan kiew naduh", "u bnai Nailar", "Da Wanda Kharkongor"],
         "title": "Ka dor ka bti kan kiew naduh u bnai Nailar",
         "byline": ["Da Wanda Kharkongor", "Wanda Kharkongor"],
         "captions": ["Ka Kong Ibashisha ha ka dukan jong ka."], "credits": ["Photo: Kitboklang Nongrum"],
         "body": ["SHILLONG - Naduh ka 1 tarik Nailar, ki nong~pyn~don~kam bti ha ka jylla kin siew kham bun ïa ka "
                  "bil. Ka kom~pe~ni bti jong ka jylla ka la pyn~kiew ïa ka dor da 45 paisa ha man ka unit.",
                  "U Bah Donbok Syiem, u nong~ïa~lam jong ka kom~pe~ni, u la ong ba {cap}ka dor jong ka bti kaba ki thied "
                  "na ki jylla sha~bar ka la kiew, te ym don lad ban ym pyn~kiew.",
                  "Ki nong~khaii ha Ïew~duh ki ong ba kane kan ktah bha ïa ki. \"Ngi la siew bun eh ïa ka bil, mynta "
                  "kan kham {run}jur shuh,\" ong ka Kong Iba~shi~sha Mar~ba~niang, kaba die jain ha Ïewduh."]},
        {"lines": ["Kumno kan ktah ïa phi"], "title": "Kumno kan ktah ïa phi",
         "body": [("row", "Unit/bnai   Bil mynta   Bil thymmai"),
                  ("row", "50          Rs 212.50   Rs 235.00"),
                  ("row", "100         Rs 455.00   Rs 500.00"),
                  ("row", "200         Rs 980.00   Rs 1,070.00"),
                  ("row", "Kan sdang naduh ka 1 tarik Nailar.")]},
    ],
}

BUATAU = {
    "name": "hmo_utf8_bom_crlf_hiri_motu_business_page_betel_nut_price_story_byline_caption_credit_running_head_midsentence_glued_sivarai_maragi_briefs_column_capitals_firm_lead_ins_run_in_on_a_dash",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Pot Mosbi Sivarai (an invented Port Moresby daily) 2027-11-19 Rau 9 Bisinesi, UTF-8 with BOM (`– “ ”`), "
    "CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Hiri Motu business page: the price of betel nut "
    "(buatau) at Koki market (title, byline line `Vagi Geno ese ia torea`, no dateline, a caption and its credit "
    "inside a sentence, a “” quotation cut by the running head before `diho.”`), then, with no blank line, the column "
    "`Sivarai Maragi`: three items, each a firm's name in capitals run into its text with ` – ` (the bold lead-in of "
    "print); each item an article, the firm its title, the column label the first item's section (as holdout88's "
    "`商業簡訊`).",
    "date": "2027-11-19", "page": "9",
    "head": ["POT MOSBI SIVARAI / 19 November 2027 / Rau 9", "Bisinesi"],
    "foot": ["Pot Mosbi Sivarai / sivarai@potmosbi.example.pg"],
    "furniture": ["POT MOSBI SIVARAI", "19 November 2027", "Rau 9", "Bisinesi", "Pot Mosbi Sivarai / Bisinesi",
                  "Pot Mosbi Sivarai", "sivarai@potmosbi.example.pg"],
    "run": ["Pot Mosbi Sivarai / Bisinesi"], "labels": [], "markup": [" / "] * 4 + [" – "] * 3,
    "articles": [
        {"lines": ["Buatau davana ia daekau", "Vagi Geno ese ia torea"], "title": "Buatau davana ia daekau",
         "byline": ["Vagi Geno ese ia torea", "Vagi Geno"],
         "captions": ["Buatau hoihoi hahine Koki maketi ai."], "credits": ["Foto: Peter Asi"],
         "body": ["Koki maketi ai, buatau davana be ia dae~kau bada. Varani, buatau kwa~ra~na ta ena davana be 2 kina, "
                  "to hua ta gu~na~na be 50 toea si~bo~na.",
                  "Maketi ha~hi~ne ta, Kila Mo~rea, ia gwau {cap}medu ia diho lasi dainai, Central Pro~vince ena uma ai "
                  "buatau be momo lasi.",
                  "Ia gwau, “Tau~ni~ma~nima be idia hoihoi noho, to idia badu. Medu ia diho ne~ga~nai, davana do ia "
                  "{run}diho.”"]},
        {"glued": True, "lines": ["Sivarai Maragi"], "section": ["Sivarai Maragi", None],
         "kicker": [None, "Sivarai Maragi"], "title": "GEREHU BEKERI", "runin": " – ",
         "body": ["Gerehu ai bekeri mata~mata ta ia kehoa. Tau~ni~ma~nima 12 be gau~kara idia abia."]},
        {"section": [None, "Sivarai Maragi"], "kicker": [None, "Sivarai Maragi"], "title": "MOTU KOFI",
         "runin": " – ",
         "body": ["Kofi davana be ia daekau, unai dai~nai kam~pani ese kofi momo do ia hoi~hoi lao Japan de~ke~nai."]},
        {"section": [None, "Sivarai Maragi"], "kicker": [None, "Sivarai Maragi"], "title": "BOROKO BANK",
         "runin": " – ",
         "body": ["Banka matamata ta be Boroko ai ia kehoa. Dina ibou~nai ia ke~hoa noho."]},
    ],
}

PAGES = [WUJIA, ERSHOU, GUANCHA, JINJIA, GUSHI, YEJI, WUK, MONEY, BTI, BUATAU]
