"""The text of every holdout116 page, written once: make_holdout116_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-112 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold (a notice's issuer, who signs it, or an answerer's line: the byline). `{cap}` drops the caption
and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end.
The Latin rows are padded to their columns by `cells()` (holdout98's `aligned()`, the last cell set flush right when
asked), so the printed spacing is reproducible. All papers, funds, offices, associations, people, rates, brackets,
amounts, telephone numbers and events are invented; real places (towns, districts, islands) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


YANGLAOJIN = {
    "name": "zh_gbk_crlf_social_security_page_pension_rise_story_title_subtitle_byline_caption_credit_running_head_midquote_glued_tiaozheng_biaozhun_table_header_category_cells_bracketed_qualifier_worked_example_row_source_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "棠川日报 2032-07-21 第5版 社保周刊, GBK, CRLF; blank-line paragraphs, wrapped at 23. A social-security "
    "page: the invented city's retired people get this year's rise of the basic pension, paid with the arrears for "
    "January to June by the end of July (title, a deck as subtitle, the byline line `本报记者　蔺　珂`, a caption and "
    "its credit inside a sentence, the pension office head's “” quotation cut by the running head before `账户就行。”`), "
    "then, with no blank line, the table `2032年基本养老金调整标准`: a header row `调整项目　调整标准`, five rows by "
    "category, **four of the category cells holding a bracketed qualifier (`挂钩调整（缴费年限）`, `高龄倾斜（80岁以上）`)**, "
    "**a worked-example row `举例：…` that gives the monthly rise for one pensioner** and a source row; the table is an article, "
    "its head the title, each printed line a paragraph, the source row last.",
    "date": "2032-07-21", "page": "5",
    "head": ["棠川日报　　2032年7月21日　星期三", "第5版　社保周刊　　责任编辑：聂　蓉"],
    "foot": ["棠川日报社出版　　新闻热线：0745-3362190"],
    "furniture": ["棠川日报", "2032年7月21日", "星期三", "第5版", "社保周刊", "责任编辑：聂　蓉", "棠川日报·社保周刊",
                  "棠川日报社出版", "新闻热线：0745-3362190"],
    "run": ["棠川日报·社保周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["我市退休人员基本养老金再上调", "1至6月增加部分7月底前补发到位", "本报记者　蔺　珂"],
         "title": "我市退休人员基本养老金再上调", "subtitle": "1至6月增加部分7月底前补发到位",
         "byline": ["本报记者　蔺　珂", "蔺　珂", "蔺珂"],
         "captions": ["退休职工在社保服务大厅咨询养老金调整事宜。"], "credits": ["本报记者　蔺　珂　摄"],
         "body": ["记者昨天从市人力资源和社会保障局获悉，我市2032年退休人员基本养老金调整方案已经确定，全市约31.6万"
                  "名退休人员将从中受益。",
                  "这次调整从2032年1月1日起执行，总体调整水平为2031年退休人员月人均基本养老金的2%。调整采取定额调整、"
                  "挂钩调整和适当倾斜相结合的办法，{cap}企业和机关事业单位退休人员执行同一标准。",
                  "市社保中心待遇科科长鲁建平介绍，增加的养老金将在7月底前随当月养老金一并发放，1月至6月应增加的部分"
                  "同时补发。“退休人员不用申请，也不用跑腿，到时候查一下{run}账户就行。”"]},
        {"glued": True, "lines": ["2032年基本养老金调整标准"], "title": "2032年基本养老金调整标准",
         "body": [("row", "调整项目　调整标准"),
                  ("row", "定额调整　每人每月增加28元"),
                  ("row", "挂钩调整（缴费年限）　每满1年增加1.2元"),
                  ("row", "挂钩调整（养老金水平）　本人养老金的0.6%"),
                  ("row", "高龄倾斜（70至79岁）　每月再增加15元"),
                  ("row", "高龄倾斜（80岁以上）　每月再增加30元"),
                  ("row", "举例：缴费30年、月领3000元的75岁老人月增97元。"),
                  ("row", "数据来源：棠川市人力资源和社会保障局")]},
    ],
}

GESHUI = {
    "name": "zh_gb18030_lf_tax_page_income_tax_annual_settlement_story_byline_rare_char_caption_credit_running_head_midquote_glued_huisuan_gonggao_numbered_heads_labelled_deadline_rows_bracketed_numbered_steps_issuer_date_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沄川晚报 2032-02-25 第7版 钱袋子, GB18030 (`\u4dae` U+4DAE in the reporter's name, CJK Extension A, not in "
    "GBK), LF; indent-only paragraphs, wrapped at 21. A tax page: last year's individual income-tax annual settlement "
    "opens on 1 March, by appointment for its first three weeks (title with a full-width gap, the byline line "
    "`本报记者　俞　\u4dae`, a caption and its credit inside a sentence, the tax officer's “” quotation cut by the "
    "running head before `泄露信息。”`), then, with no blank line, the city tax bureau's notice `关于办理2031年度个税汇算"
    "的公告`: an introductory paragraph, **the numbered head `一、办理时间` over three labelled deadline rows "
    "(`预约时间：…`, `预约办理：…`, `自行办理：…`), the numbered head `二、办理步骤` over three steps numbered "
    "`（一）` to `（三）`, each a paragraph wrapping over two lines**, `特此公告。`, the issuer's line (the byline, none "
    "accepted) and the date row; two levels of numbering: the heads are headings, the steps paragraphs with their "
    "numbers kept.",
    "date": "2032-02-25", "page": "7",
    "head": ["沄川晚报　　2032年2月25日　星期三", "第7版　钱袋子　　责任编辑：管　黎"],
    "foot": ["沄川晚报社　　新闻热线：0571-8830426"],
    "furniture": ["沄川晚报", "2032年2月25日", "星期三", "第7版", "钱袋子", "责任编辑：管　黎", "沄川晚报·钱袋子",
                  "沄川晚报社", "新闻热线：0571-8830426"],
    "run": ["沄川晚报·钱袋子"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["个税年度汇算3月1日开始　前三周需预约", "本报记者　俞　\u4dae"],
         "title": "个税年度汇算3月1日开始　前三周需预约",
         "byline": ["本报记者　俞　\u4dae", "俞　\u4dae", "俞\u4dae"],
         "captions": ["市民在办税服务厅咨询个税汇算事项。"], "credits": ["本报记者　俞　\u4dae　摄"],
         "body": ["记者昨天从市税务局获悉，2031年度个人所得税综合所得汇算将于3月1日开始，6月30日结束。为避免集中"
                  "办理造成拥堵，3月1日至3月20日需要提前预约。",
                  "市税务局个人所得税科科长邵文斌介绍，去年全市有42万多人办理了汇算，{cap}其中七成以上拿到了退税，"
                  "平均每人退税560元左右。",
                  "邵文斌提醒，办理汇算要通过官方渠道，不要轻信所谓“退税代办”。“有的链接看起来很像，其实是钓鱼网站，"
                  "点进去就会{run}泄露信息。”"]},
        {"glued": True, "lines": ["关于办理2031年度个税汇算的公告"], "title": "关于办理2031年度个税汇算的公告",
         "byline": ["沄川市税务局", None],
         "body": ["根据个人所得税法有关规定，现将2031年度个人所得税综合所得汇算有关事项公告如下：",
                  ("h", "一、办理时间"),
                  ("row", "预约时间：2月21日至3月19日"),
                  ("row", "预约办理：3月1日至3月20日"),
                  ("row", "自行办理：3月21日至6月30日"),
                  ("h", "二、办理步骤"),
                  "（一）登录手机个人所得税App，进入“综合所得年度汇算”，选择申报方式。",
                  "（二）核对收入、专项附加扣除等信息，如有遗漏或者错误，及时补充修改。",
                  "（三）确认应补或应退税额后提交申报。需要退税的，选择本人在境内开设的银行账户。",
                  "特此公告。",
                  ("end", "沄川市税务局"),
                  ("row", "2032年2月20日")]},
    ],
}

SUODESHUI = {
    "name": "zht_big5_crlf_taiwan_tax_page_income_tax_filing_season_story_byline_line_caption_credit_running_head_midquote_glued_keshui_jiju_brackets_table_header_level_income_rate_difference_rows_open_top_row_formula_note_source_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "栗港日報 2032-04-28 B3 在地生活 (`中華民國121年4月28日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan tax page: the income-tax filing season for the year 120 opens on 121年5月1日, with brackets raised "
    "(title with a full-width gap, the byline line `記者葛雅雯／栗港報導`, a caption and its credit inside a sentence, "
    "the branch head's 「」 quotation cut by the running head before `入帳。」`), then, with no blank line, the brackets "
    "table `120年度綜合所得稅課稅級距`, dated in the ROC calendar: **a header row of four cells `級別　綜合所得淨額"
    "　稅率　累進差額`, five bracket rows whose ranges are set with a hyphen and whose top row is open "
    "(`5,180,001以上`), the progressive-difference cells consistent with the rates**, a `註：` row giving the formula "
    "(`應納稅額＝所得淨額×稅率－累進差額。`) and a source row; the table is an article, its head the title, each "
    "printed line a paragraph.",
    "date": "2032-04-28", "page": "B3",
    "head": ["栗港日報　中華民國121年4月28日　星期三", "B3　在地生活　　編輯：古佩玲"],
    "foot": ["栗港日報社　讀者服務專線：(08)736-2215"],
    "furniture": ["栗港日報", "中華民國121年4月28日", "星期三", "B3", "在地生活", "編輯：古佩玲", "栗港日報．在地生活",
                  "栗港日報社", "讀者服務專線：(08)736-2215"],
    "run": ["栗港日報．在地生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["綜所稅5月1日開報　級距上調", "記者葛雅雯／栗港報導"], "title": "綜所稅5月1日開報　級距上調",
         "byline": ["記者葛雅雯／栗港報導", "葛雅雯"],
         "captions": ["民眾在國稅局服務櫃檯詢問報稅事宜。"], "credits": ["（記者葛雅雯攝）"],
         "body": ["120年度綜合所得稅結算申報將於121年5月1日開始，到5月31日截止。國稅局栗港分局提醒，今年課稅級距"
                  "和免稅額都隨物價調高，多數薪資族的應納稅額會比去年少一些。",
                  "分局指出，去年縣內約有18萬戶申報綜所稅，{cap}使用網路及手機報稅的比例已超過九成，今年仍可用自然人"
                  "憑證、健保卡或手機門號登入。",
                  "分局長許正宏說，申報期間最後一週人潮最多，「能早報就早報，有退稅的也能早點{run}入帳。」"]},
        {"glued": True, "lines": ["120年度綜合所得稅課稅級距"], "title": "120年度綜合所得稅課稅級距",
         "body": [("row", "級別　綜合所得淨額　稅率　累進差額"),
                  ("row", "1　0-610,000　5%　0"),
                  ("row", "2　610,001-1,380,000　12%　42,700"),
                  ("row", "3　1,380,001-2,770,000　20%　153,100"),
                  ("row", "4　2,770,001-5,180,000　30%　430,100"),
                  ("row", "5　5,180,001以上　40%　948,100"),
                  ("row", "註：應納稅額＝所得淨額×稅率－累進差額。"),
                  ("row", "資料來源：國稅局栗港分局")]},
    ],
}

JIKAM = {
    "name": "zht_big5hkscs_lf_hong_kong_money_page_mpf_returns_story_cantonese_byline_caption_credit_running_head_midquote_glued_jikam_seunsoeng_qa_label_head_two_pairs_signed_district_reader_answerer_line_in_brackets_at_foot",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鷗汀日報 2032-06-16 B6 投資理財 (an invented Hong Kong daily), Big5-HKSCS (`咗 嘅 嚟 喺 冇 啲 㗎`; in neither cp950 "
    "nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong money page in Cantonese: MPF accounts gain "
    "nearly ten thousand dollars a head in the first five months (title with a full-width gap, the byline line "
    "`記者　植卓琳`, a caption and its credit inside a sentence, an adviser's 「」 quotation cut by the running head "
    "before `股市。」`), then, with no blank line, the Q&A column `積金信箱`: the label (section), a head, **two "
    "question-and-answer pairs, each question `問：` signed at its end with district and reader (`（荃灣讀者　李先生）`), "
    "each answer `答：`, and the answerer's line printed once, in brackets, at the column's foot `（解答：積金顧問　"
    "馮家駿）`** (the byline); the turns keep their labels.",
    "date": "2032-06-16", "page": "B6",
    "head": ["鷗汀日報　2032年6月16日　星期三", "B6　投資理財　　編輯：溫靜儀"],
    "foot": ["鷗汀日報社　　讀者熱線：2398 4106"],
    "furniture": ["鷗汀日報", "2032年6月16日", "星期三", "B6", "投資理財", "編輯：溫靜儀", "鷗汀日報．投資理財",
                  "鷗汀日報社", "讀者熱線：2398 4106"],
    "run": ["鷗汀日報．投資理財"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["強積金首五個月　人均賺近萬元", "記者　植卓琳"], "title": "強積金首五個月　人均賺近萬元",
         "byline": ["記者　植卓琳", "植卓琳"],
         "captions": ["打工仔喺手機查閱強積金戶口結餘。"], "credits": ["（植卓琳攝）"],
         "body": ["積金評級機構嘅數字顯示，強積金今年首五個月平均回報約4.8%，以約470萬個戶口計，人均賺咗九千幾蚊，"
                  "係三年嚟最好嘅開局。",
                  "不過有顧問提醒，唔少打工仔淨係睇一年回報就轉基金，{cap}結果高買低賣，長遠計反而蝕咗。",
                  "積金顧問馮家駿話，後生仔離退休仲有幾十年，可以揀多啲股票基金，「但臨近退休就要慢慢減低風險，唔好將"
                  "成副身家押喺{run}股市。」"]},
        {"glued": True, "lines": ["積金信箱", "轉咗工　強積金點處理？"],
         "section": ["積金信箱", None], "kicker": [None, "積金信箱"], "title": "轉咗工　強積金點處理？",
         "byline": ["（解答：積金顧問　馮家駿）", "解答：積金顧問　馮家駿", "積金顧問　馮家駿", "馮家駿"],
         "body": ["問：我上個月轉咗工，舊公司嘅強積金戶口要唔要轉去新公司？唔轉會唔會有損失？（荃灣讀者　李先生）",
                  "答：唔轉都唔會冇咗啲錢，舊戶口會變成個人帳戶，繼續按你揀嘅基金投資。不過戶口多咗難管理，每個戶口"
                  "又要收管理費，一般都建議合併。",
                  "問：我今年六十歲，聽講可以提早攞強積金，係咪真㗎？（沙田讀者　吳太）",
                  "答：係。滿六十歲而且永久停止受僱，就可以申請提早提取，可以一筆過攞晒，亦可以分期攞，未攞嘅部分會"
                  "繼續投資。",
                  ("end", "（解答：積金顧問　馮家駿）")]},
    ],
}

SHEBAOKA = {
    "name": "zh_utf16le_bom_crlf_city_services_page_social_security_card_replacement_story_title_byline_caption_credit_running_head_midquote_glued_buhuan_zhinan_box_four_numbered_steps_wrapping_step_names_points_row_hotline_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溆阳日报 2032-03-03 第3版 惠民周刊, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A city "
    "services page: a lost social-security card can now be replaced on the spot at 42 bank counters (title with a "
    "full-width gap, the byline line `本报记者　牟　蕾`, a caption and its credit inside a sentence, the card centre "
    "head's “” quotation cut by the running head before `办理。”`), then, with no blank line, the box `社保卡补换办理"
    "指南`: **four numbered steps `1.挂失：…` to `4.领卡：…`, each opening on the step's name and a full-width "
    "colon and wrapping over two printed lines (one paragraph each, number and name kept)**, then a row of the "
    "counters and the hotline row `咨询热线：12333`; the box is an article, its head the title.",
    "date": "2032-03-03", "page": "3",
    "head": ["溆阳日报　　2032年3月3日　星期三", "第3版　惠民周刊　　责任编辑：卜　琳"],
    "foot": ["溆阳日报社出版　　新闻热线：0745-2261873"],
    "furniture": ["溆阳日报", "2032年3月3日", "星期三", "第3版", "惠民周刊", "责任编辑：卜　琳", "溆阳日报·惠民周刊",
                  "溆阳日报社出版", "新闻热线：0745-2261873"],
    "run": ["溆阳日报·惠民周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["社保卡丢了　最快十分钟补好", "本报记者　牟　蕾"], "title": "社保卡丢了　最快十分钟补好",
         "byline": ["本报记者　牟　蕾", "牟　蕾", "牟蕾"],
         "captions": ["市民在银行网点领取补办的社保卡。"], "credits": ["本报记者　牟　蕾　摄"],
         "body": ["记者从市人力资源和社会保障局了解到，从3月1日起，全市42个银行网点开通社保卡“即时补换”服务，市民"
                  "补办社保卡不用再等半个月，最快十分钟就能拿到新卡。",
                  "市社保卡服务中心主任方立群介绍，社保卡既是看病结算的凭证，也是领取养老金和各类补贴的账户，{cap}"
                  "丢失后如果不及时挂失，可能被他人冒用。",
                  "方立群提醒，老年人补卡可以由家属代办，“带上老人和代办人的身份证原件，再填一张委托书，就可以{run}"
                  "办理。”"]},
        {"glued": True, "lines": ["社保卡补换办理指南"], "title": "社保卡补换办理指南",
         "body": ["1.挂失：拨打12333，或者登录“溆阳人社”App办理临时挂失，临时挂失的有效期为5天。",
                  "2.申请：携带本人身份证原件，到任一即时补换网点填写补换卡申请表。",
                  "3.缴费：补换卡工本费20元；卡片自然损坏或者到期换卡的，不收费用。",
                  "4.领卡：网点现场制卡，领卡后当场激活金融功能，原卡同时作废。",
                  ("row", "补换网点：工商银行、农业银行和溆阳农商银行"),
                  ("row", "咨询热线：12333")]},
    ],
}

GONGJIJIN = {
    "name": "zh_utf8_bom_lf_malaysia_finance_page_epf_dividend_story_baodao_byline_xinshanxun_lead_caption_credit_running_head_midquote_glued_gongjijin_jianxun_label_three_headed_items_last_ending_on_hotline_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "柔光日报 (an invented Malaysian Chinese daily, Johor Bahru) 2032-03-10 C4 财经, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian finance page: the provident fund declares last year's dividend (title, "
    "the byline line `报道：郑秀慧`, the lead opened by `（新山讯）`, a caption and its credit inside a sentence, a "
    "financial planner's “” quotation cut by the running head before `养老。”`), then, with no blank line, the briefs "
    "`公积金简讯`: the label (the first item's section; kicker or none accepted, and accepted on the others) over "
    "three items under head lines, **the third closing on an enquiry hotline row `询问热线：07-2236 4815` that is "
    "its last paragraph**.",
    "date": "2032-03-10", "page": "C4",
    "head": ["柔光日报　　2032年3月10日　星期三", "C4　财经　　编辑：李婉婷"],
    "foot": ["柔光日报社　　新闻热线：07-2218 6630"],
    "furniture": ["柔光日报", "2032年3月10日", "星期三", "C4", "财经", "编辑：李婉婷", "柔光日报·财经",
                  "柔光日报社", "新闻热线：07-2218 6630"],
    "run": ["柔光日报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["公积金派息5.6%　高过前年", "报道：郑秀慧"], "title": "公积金派息5.6%　高过前年",
         "byline": ["报道：郑秀慧", "郑秀慧"],
         "captions": ["会员在公积金局柜台查询户头结余。"], "credits": ["（档案照）"],
         "body": ["（新山讯）公积金局昨天宣布，2031年传统户头派息5.60%，伊斯兰户头派息5.45%，两者都比前年略高，"
                  "总派息额达到637亿令吉。",
                  "公积金局指出，去年股票投资表现理想，{cap}固定收益投资也带来稳定回报，股息将在本月内存入会员户头。",
                  "本地理财规划师黄振安提醒，派息高不代表可以随便提款，“很多会员五十五岁时户头里不到十万令吉，这笔钱"
                  "根本不够{run}养老。”"]},
        {"glued": True, "lines": ["公积金简讯", "会员可上网更新受益人"],
         "section": ["公积金简讯", None], "kicker": [None, "公积金简讯"], "title": "会员可上网更新受益人",
         "body": ["会员即日起可通过公积金局的手机应用程序提名或更新受益人，不必再到柜台填表。已婚会员在婚后须重新"
                  "提名。"]},
        {"lines": ["自雇人士缴款奖励延长"], "section": [None, "公积金简讯"], "kicker": [None, "公积金简讯"],
         "title": "自雇人士缴款奖励延长",
         "body": ["政府为自雇人士自愿缴纳公积金提供的奖励，每年最高500令吉，将延长到2034年底。"]},
        {"lines": ["新山分行周六照常营业"], "section": [None, "公积金简讯"], "kicker": [None, "公积金简讯"],
         "title": "新山分行周六照常营业",
         "body": ["公积金局新山分行本周六照常开放，办理时间为上午8时30分至下午1时，会员可提前上网预约。",
                  ("row", "询问热线：07-2236 4815")]},
    ],
}

MAVIMPI = {
    "name": "kg_cp1252_crlf_kikongo_health_insurance_page_contribution_rise_story_byline_dateline_caption_credit_running_head_midquote_glued_nsangu_mutual_notice_intro_header_rates_rows_flush_right_amounts_payment_paragraph_issuer_place_date_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Nsangu a Ngungu (an invented Kikongo daily, Mbanza-Ngungu, Kongo Central, DR Congo) 2032-09-22 Lukaya 4 "
    "Luzingu, Windows-1252 (`– “ ”`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A Kikongo "
    "health-insurance page: the invented mutual health association raises its monthly contribution from October "
    "(title over two lines, byline line `Nsoneki: Nsimba Makiadi`, the dateline `MBANZA-NGUNGU –` opening the lead, "
    "a caption and its credit inside a sentence, the association head's “” quotation cut by the running head "
    "before `mbefo ko.”`), then, with no blank line, the association's notice `Nsangu kwa binkundi`: an introductory "
    "paragraph ending on a colon, **a header row `Nkundi  Ku ngonda` and four rates rows of member class and "
    "monthly amount, the amounts set flush right by spaces (`Dikanda (bantu 2–5)     9.500 FC`), two class cells "
    "holding a bracketed range**, a payment paragraph, the issuer's line `Kimvuka kia Mavimpi kia Ngungu` "
    "(the association, not a person: the byline, none accepted) and a place-and-date row.",
    "date": "2032-09-22", "page": "4",
    "head": ["NSANGU A NGUNGU | Lumbu kia tatu, 22 Septembre 2032 | Lukaya 4",
             "Luzingu | Mfumu a nsoneka: Vuvu Mpanzu"],
    "foot": ["Nsangu a Ngungu | nsangu@ngungu.example.cd"],
    "furniture": ["NSANGU A NGUNGU", "Lumbu kia tatu, 22 Septembre 2032", "Lukaya 4", "Luzingu",
                  "Mfumu a nsoneka: Vuvu Mpanzu", "Nsangu a Ngungu | Luzingu", "Nsangu a Ngungu",
                  "nsangu@ngungu.example.cd"],
    "run": ["Nsangu a Ngungu | Luzingu"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Kimvuka kia mavimpi", "kiyikidi mbongo za kufuta", "Nsoneki: Nsimba Makiadi"],
         "title": "Kimvuka kia mavimpi kiyikidi mbongo za kufuta",
         "byline": ["Nsoneki: Nsimba Makiadi", "Nsimba Makiadi"],
         "captions": ["Binkundi bakevingila ku nzo ya mbefo."], "credits": ["Foto: Mbuta Nlandu"],
         "body": ["MBANZA-NGUNGU – Kimvuka kia Mavimpi kia Ngungu kiza~yisi vo, tuka mu ngonda ya kumi, mbongo za "
                  "kufuta konso ngonda zikuyika. Muntu mosi ukufuta 3.000 FC, ka 2.500 FC diaka ko.",
                  "Mfumu a kimvuka, Mama Lusamba Nkenge, uvovele vo ntalu a minkisi ye a nsa~di~si mu nzo za mbefo "
                  "yito~mbo~kele mu mvu wau, {cap}i kuma kimvuka kibakidi nzengo yayi.",
                  "Wavova: “Vo binkundi ka bifuti mu ntangu ko, kimvuka ka kilendi sadisa bambefo mu nzo za {run}"
                  "mbefo ko.”"]},
        {"glued": True, "lines": ["Nsangu kwa binkundi"], "title": "Nsangu kwa binkundi",
         "byline": ["Kimvuka kia Mavimpi kia Ngungu", None],
         "body": ["Kimvuka kia Mavimpi kia Ngungu kiza~yisa binkundi biaki vo, tuka 1 Octobre 2032, mbongo za kufuta "
                  "konso ngonda zina boye:",
                  ("row", cells([24, 10], "Nkundi", "Ku ngonda", right=True)),
                  ("row", cells([24, 10], "Muntu mosi", "3.000 FC", right=True)),
                  ("row", cells([24, 10], "Dikanda (bantu 2–5)", "9.500 FC", right=True)),
                  ("row", cells([24, 10], "Dikanda (bantu 6+)", "14.000 FC", right=True)),
                  ("row", cells([24, 10], "Mwana (mvu 0–17)", "1.500 FC", right=True)),
                  "Mbongo zifutwa va ntwala lumbu kia 10 kia konso ngonda ku biro bia kimvuka evo mu telefone. Nkundi "
                  "ukondwa kufuta ngonda zole ka ulendi sadi~su ko.",
                  ("end", "Kimvuka kia Mavimpi kia Ngungu"),
                  ("row", "Mbanza-Ngungu, 15 Septembre 2032")]},
    ],
}

PANSIO = {
    "name": "lua_latin1_lf_tshiluba_pensions_page_pensioners_life_check_story_byline_dateline_caption_credit_running_head_midquote_glued_dijadika_notice_intro_header_town_place_days_rows_day_ranges_papers_paragraph_place_date_row_above_issuer_line",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Lumu lua Kasai (an invented Tshiluba daily, Kananga, Kasai-Central, DR Congo) 2032-10-13 Lubeji 5 Nsombelu, "
    "ISO 8859-1 (`·`, straight quotes, no dash: Latin-1 has none), LF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A Tshiluba pensions page: the invented provincial pension fund calls every pensioner to prove he "
    "is alive, after pensions of the dead were drawn (title over two lines, byline line `Mufundi: Tshibola Kalala`, "
    "the dateline `KANANGA -` opening the lead, a caption and its credit inside a sentence, the fund head's quotation "
    "cut by the running head before `muine.\"`), then, with no blank line, the fund's notice `Dijadika dia "
    "bapansione`: an introductory paragraph ending on a colon, **a header row `Musoko  Muaba  Matuku` and five rows "
    "of town, place and days aligned by spaces, two day cells holding a range (`18-22/10`)**, a paragraph of the "
    "papers to bring, **then, French-style, the place-and-date row `Kananga, 8 Octobre 2032` above the issuer's line "
    "`Ilunga Mbuyi, Mukokeshi wa Kasa`** (the byline, the name alone accepted); the date row is the notice's last "
    "paragraph.",
    "date": "2032-10-13", "page": "5",
    "head": ["LUMU LUA KASAI · Dia busatu, 13 Octobre 2032 · Lubeji 5", "Nsombelu · Mulombodi: Mbuyamba Kapinga"],
    "foot": ["Lumu lua Kasai · lumu@kasai.example.cd"],
    "furniture": ["LUMU LUA KASAI", "Dia busatu, 13 Octobre 2032", "Lubeji 5", "Nsombelu",
                  "Mulombodi: Mbuyamba Kapinga", "Lumu lua Kasai · Nsombelu", "Lumu lua Kasai",
                  "lumu@kasai.example.cd"],
    "run": ["Lumu lua Kasai · Nsombelu"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Bapansione badi ne bua", "kujadika ne badi ne muoyo", "Mufundi: Tshibola Kalala"],
         "title": "Bapansione badi ne bua kujadika ne badi ne muoyo",
         "byline": ["Mufundi: Tshibola Kalala", "Tshibola Kalala"],
         "captions": ["Bapansione badi bindila ku biro."], "credits": ["Foto: Kabongo Tshimanga"],
         "body": ["KANANGA - Kasa wa Pansio wa Kasai udi ubikila bapansione bonso ba mu pro~vense bua kulua kujadika "
                  "ne badi ne muoyo. Dijadika edi didi ditangila bapansione 6.240.",
                  "Mukalenge Ilunga Mbuyi, mukokeshi wa Kasa, wakamba ne bantu bakuabu bavua bangata {cap}mfranga ya "
                  "bapansione bakadi bafue kale, nunku Kasa udi uji~mija mfranga ya bungi.",
                  "Wakamba ne: \"Pansione yonso udi kayi mulue, mfranga yende neyi~mane too ne padiye ulua yeye {run}"
                  "muine.\""]},
        {"glued": True, "lines": ["Dijadika dia bapansione"], "title": "Dijadika dia bapansione",
         "byline": ["Ilunga Mbuyi, Mukokeshi wa Kasa", "Ilunga Mbuyi"],
         "body": ["Kasa wa Pansio wa Kasai udi uma~nyisha bapansione ne dijadika nedienzeke mu miaba eyi:",
                  ("row", cells([11, 19], "Musoko", "Muaba", "Matuku")),
                  ("row", cells([11, 19], "Kananga", "Biro bia Kasa", "18-22/10")),
                  ("row", cells([11, 19], "Tshikapa", "Sale wa Komine", "25-26/10")),
                  ("row", cells([11, 19], "Demba", "Biro bia Teritware", "28/10")),
                  ("row", cells([11, 19], "Luiza", "Sale wa Komine", "30/10")),
                  ("row", cells([11, 19], "Dimbelenge", "Biro bia Teritware", "3/11")),
                  "Pansione yonso udi ne bua kulua ne kalata kende ka pansio, kalata ka muntu ne foto umue. Udi kayi "
                  "mua ku~enda, muana wende udi mua kulua ne mukanda wa munganga.",
                  ("row", "Kananga, 8 Octobre 2032"),
                  ("end", "Ilunga Mbuyi, Mukokeshi wa Kasa")]},
    ],
}

SALIQ = {
    "name": "kaa_utf8_nobom_lf_karakalpak_tax_page_property_and_land_tax_deadline_story_byline_dateline_caption_credit_running_head_midquote_glued_soraw_juwap_column_label_head_answerer_line_two_pairs_questions_signed_district_then_reader",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Nókis aqshamı (an invented Karakalpak daily, Nukus, Karakalpakstan, Uzbekistan) 2032-11-10 Bet 6 Ekonomika, "
    "UTF-8 without BOM (`á ǵ ı ń ó ú Ó – “ ”`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A "
    "Karakalpak tax page: the city tax inspectorate reminds citizens that property and land taxes are due by 1 "
    "December (title over two lines, byline line `Gúlnara Embergenova` with no label, the dateline `NÓKIS –` opening "
    "the lead, a caption and its credit inside a sentence, the deputy head's “” quotation cut by the running head "
    "before `qaldırmań.”`), then, with no blank line, the tax office's answers column `Salıq boyınsha soraw-juwap`: "
    "the label (section), a head, the answerer's line `Juwap beriwshi: D. Tájimuratova` (a label, then "
    "initial and surname: the byline), **two pairs `Soraw:` / `Juwap:`, each question signed at its end with the district "
    "first and then the reader (`(Shımbay rayonı, Q. Allanazarov)`)**; the turns keep their labels.",
    "date": "2032-11-10", "page": "6",
    "head": ["NÓKIS AQSHAMI – Sárshembi, 10-noyabr 2032 – Bet 6", "Ekonomika – Redaktor: Aygúl Jiyemuratova"],
    "foot": ["Nókis aqshamı – xat@nokis-aqshami.example.uz"],
    "furniture": ["NÓKIS AQSHAMI", "Sárshembi, 10-noyabr 2032", "Bet 6", "Ekonomika",
                  "Redaktor: Aygúl Jiyemuratova", "Nókis aqshamı – Ekonomika", "Nókis aqshamı",
                  "xat@nokis-aqshami.example.uz"],
    "run": ["Nókis aqshamı – Ekonomika"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Múlk hám jer salıqların", "1-dekabrge shekem tóleń", "Gúlnara Embergenova"],
         "title": "Múlk hám jer salıqların 1-dekabrge shekem tóleń", "byline": "Gúlnara Embergenova",
         "captions": ["Puqaralar salıq inspeksiyasında."], "credits": ["Foto: Azamat Seytmuratov"],
         "body": ["NÓKIS – Qala salıq inspeksiyası puqa~ralarǵa múlk hám jer salıqların 1-dekabrge shekem tólew "
                  "kerekligin eske saldı. Házirge shekem salıq tólewshilerdiń tek 58 procenti ǵana tólegen.",
                  "Inspeksiya baslıǵınıń orınbasarı Baxtiyar Qayıpovtıń aytıwınsha, salıq xabar~nama~ları barlıq "
                  "puqaralarǵa {cap}pochta hám elektron kabinet arqalı jiberilgen.",
                  "Ol bılay dedi: “Múddetinde tólenbegen salıqqa hár kúni ósim esap~lanadı, sonlıqtan tólewdi sońǵı "
                  "kúnge {run}qaldırmań.”"]},
        {"glued": True,
         "lines": ["Salıq boyınsha soraw-juwap", "Pensionerler jer salıǵın tóley me?",
                   "Juwap beriwshi: D. Tájimuratova"],
         "section": ["Salıq boyınsha soraw-juwap", None], "kicker": [None, "Salıq boyınsha soraw-juwap"],
         "title": "Pensionerler jer salıǵın tóley me?",
         "byline": ["Juwap beriwshi: D. Tájimuratova", "D. Tájimuratova"],
         "body": ["Soraw: Men 65 jastaǵı pensionerman. Úyimniń janındaǵı jer ushın da salıq tólewim kerek pe? "
                  "(Shımbay rayonı, Q. Allanazarov)",
                  "Juwap: Pensionerlerge jer salıǵı boyınsha jeńillik bar: úy janındaǵı 0,04 gektarǵa shekemgi jer "
                  "ushın salıq tólenbeydi. Bunıń ushın pensiya gúwalıǵın inspeksiyaǵa kórsetiw jetki~likli.",
                  "Soraw: Men xabar~nama~nı alǵan joqpan. Salıqtıń muǵdarın qalay biliwge boladı? (Xojeli rayonı, "
                  "M. Nurlıbaeva)",
                  "Juwap: Salıq muǵdarın jeke kabinet arqalı yamasa inspeksiyanıń (61) 224-17-35 nomerli telefonı "
                  "arqalı biliwge boladı."]},
    ],
}

TUPE = {
    "name": "tvl_macroman_cr_tuvaluan_provident_fund_page_withdrawal_age_raised_story_byline_dateline_caption_credit_running_head_midquote_glued_fesili_mo_tali_faq_box_three_unlabelled_questions_each_over_its_answer",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Te Taeao (an invented Tuvaluan daily, Funafuti, Tuvalu) 2032-05-12 Itulau 3 Fakamatalaga, Mac OS Roman "
    "(`• – “ ”`), CR line ends; blank-line paragraphs, wrapped at 36 with hyphenation. A Tuvaluan provident-fund "
    "page: the invented workers' provident fund raises the age for drawing all one's savings from 50 to 55 (title "
    "over two lines, byline line `Tusitala: Selotia Malua`, the dateline `FUNAFUTI –` opening the lead, a caption and "
    "its credit inside a sentence, the fund head's “” quotation cut by the running head before `latou.”`), then, "
    "with no blank line, the box `Fesili mo tali`: **three questions with no `Q:` label, each a short line ending "
    "on `?` over its answer**; the box is an article, its head the title, each question and each answer a paragraph.",
    "date": "2032-05-12", "page": "3",
    "head": ["TE TAEAO • Aso Tolu, 12 Me 2032 • Itulau 3", "Fakamatalaga • Faatonu: Luisa Tafaaki"],
    "foot": ["Te Taeao • tala@taeao.example.tv"],
    "furniture": ["TE TAEAO", "Aso Tolu, 12 Me 2032", "Itulau 3", "Fakamatalaga", "Faatonu: Luisa Tafaaki",
                  "Te Taeao • Fakamatalaga", "Te Taeao", "tala@taeao.example.tv"],
    "run": ["Te Taeao • Fakamatalaga"], "labels": [], "markup": [" • "] * 4,
    "articles": [
        {"lines": ["Ka sui te tausaga e maua", "ei a tupe fakaputu", "Tusitala: Selotia Malua"],
         "title": "Ka sui te tausaga e maua ei a tupe fakaputu", "byline": ["Tusitala: Selotia Malua", "Selotia Malua"],
         "captions": ["Tino e fakatali i te ofisa."], "credits": ["Ata: Fetu Lauti"],
         "body": ["FUNAFUTI – Ne fakailoa mai ne te Tupe Fakaputu o Tino Faigaluega (TFTF) me ka sui te tausaga e "
                  "mafai ei o ave katoa a tupe a tino mai te 50 ki te 55 tausaga, kamata mai te aso 1 o Iulai.",
                  "Ne muna te Pule o te TFTF, Telito Apinelu, me e toko~uke a tino ne ave katoa olotou tupe i te 50 "
                  "tausaga, {cap}kae ko leva ne gata, kae ne toe faka~lago~lago latou ki olotou kaiga.",
                  "Ne fai mai a ia: “E se manako matou o faka~lave~lave a tino, kae e manako matou ke lava olotou tupe "
                  "i te taimi ka matua ei {run}latou.”"]},
        {"glued": True, "lines": ["Fesili mo tali"], "title": "Fesili mo tali",
         "body": ["E aa te mea ka sui?",
                  "Mai te aso 1 o Iulai, e mafai fua o ave katoa au tupe fakaputu kafai ko 55 ou tausaga.",
                  "E mafai o ave se vaega o au tupe mo se fakalavelave?",
                  "Io. E mafai o ave se vaega mo te togafiti i fafo, mo te aoga o tama~liki io me mo te faite o se fale.",
                  "Kafai e nofo au i se motu i tua?",
                  "E fesoasoani atu a te Kaupule o tou fenua, io me telefoni mai ki te ofisa i te numela 20 417."]},
    ],
}

PAGES = [YANGLAOJIN, GESHUI, SUODESHUI, JIKAM, SHEBAOKA, GONGJIJIN, MAVIMPI, PANSIO, SALIQ, TUPE]
