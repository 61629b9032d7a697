"""The text of every holdout123 page, written once: make_holdout123_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-121 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `cells()`
(holdout116's, 118's, 120's and 121's), so the printed spacing is reproducible. All papers, radio and television
stations, telephone companies, networks, programmes, websites, people, sums, counts, frequencies, prices, telephone
numbers and events are invented; real places (towns, districts, villages, rivers) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


HUAFEI = {
    "name": "zh_gbk_crlf_telecoms_page_pensioner_billed_for_unasked_extras_story_byline_caption_credit_running_head_midquote_glued_phone_bill_extract_header_row_item_amount_rows_labelled_extras_two_decimal_sums_total_row_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "榆川日报 2035-06-20 第9版 通信消费, GBK, CRLF; blank-line paragraphs, wrapped at 23. A telecoms page: a "
    "72-year-old finds two value-added services he never asked for on his mobile bill, and the operator refunds five "
    "months of them (title with a full-width gap, the byline line `本报记者　韦　岚`, a caption and its credit inside a "
    "sentence, the consumer association's “” quotation cut by the running head before `同意。”`), then, with no blank "
    "line, **the bill itself `刘先生5月话费账单（节选）`: a header row `项目　金额（元）`, four item rows with two-decimal "
    "sums, two of them labelled `增值业务：` (`增值业务：视频会员　25.00`), a total row `本月合计　74.40` that the items add "
    "up to, and a note row**; the bill is an article, its head the title, each printed row a paragraph.",
    "date": "2035-06-20", "page": "9",
    "head": ["榆川日报　　2035年6月20日　星期三", "第9版　通信消费　　责任编辑：闻　笛"],
    "foot": ["榆川日报社出版　　新闻热线：0736-5820419"],
    "furniture": ["榆川日报", "2035年6月20日", "星期三", "第9版", "通信消费", "责任编辑：闻　笛", "榆川日报·通信消费",
                  "榆川日报社出版", "新闻热线：0736-5820419"],
    "run": ["榆川日报·通信消费"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老人话费月月多　原是被开了增值业务", "本报记者　韦　岚"], "title": "老人话费月月多　原是被开了增值业务",
         "byline": ["本报记者　韦　岚", "韦　岚", "韦岚"],
         "captions": ["刘先生拿着打印出的话费账单。"], "credits": ["（本报记者　韦　岚　摄）"],
         "body": ["市民刘先生今年72岁，用的是每月38元的老年套餐。上个月，他让孙子帮忙打印话费账单，才发现每个月都比套餐"
                  "多出30元以上。",
                  "账单显示，多出的钱来自“彩铃”和“视频会员”两项增值业务，都是今年1月开通的。刘先生说，他从没{cap}用过"
                  "这些业务，也不记得自己同意过。",
                  "记者陪同刘先生到营业厅查询，工作人员调出记录后，为他退订了两项业务，并退还了五个月的费用150元。",
                  "市消费者协会工作人员提醒，运营商开通任何收费业务，“都必须经过用户本人明明白白地{run}同意。”"]},
        {"glued": True, "lines": ["刘先生5月话费账单（节选）"], "title": "刘先生5月话费账单（节选）",
         "body": [("row", "项目　金额（元）"),
                  ("row", "套餐月费　38.00"),
                  ("row", "语音超出　6.40"),
                  ("row", "增值业务：彩铃　5.00"),
                  ("row", "增值业务：视频会员　25.00"),
                  ("row", "本月合计　74.40"),
                  ("row", "注：两项增值业务已于6月12日退订。")]},
    ],
}

PINLV = {
    "name": "zh_gb18030_lf_broadcasting_page_city_radio_changes_frequencies_medium_wave_closes_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_frequency_change_list_old_arrow_new_rows_arrow_to_closed_row_effective_time_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "溱州晚报 2035-06-27 第5版 广电周刊, GB18030 (`\u4dae` U+4DAE, CJK Extension A, in the reporter's name and "
    "credit; not in GBK), LF; indent-only paragraphs, wrapped at 21. A broadcasting page: the invented city's radio "
    "station moves its three FM services to new frequencies on 1 July and closes its medium wave (title with a "
    "full-width gap, the byline line `本报记者　龚　\u4dae`, a caption and its credit inside a sentence, the station "
    "head's “” quotation cut by the running head before `点。”`), then, with no blank line, **the list "
    "`溱州人民广播电台频率调整一览`: rows of a service, its old frequency, an arrow and its new one with no space round "
    "the arrow (`新闻综合广播　FM 93.6→FM 101.2`), a last service row whose arrow points to `停播` (`AM 1026千赫→停播`)**, "
    "and a row giving the time the change takes effect; the list is an article, its head the title, each printed row "
    "a paragraph.",
    "date": "2035-06-27", "page": "5",
    "head": ["溱州晚报　　2035年6月27日　星期三", "第5版　广电周刊　　责任编辑：屠　芸"],
    "foot": ["溱州晚报社　　读者热线：0758-3396120"],
    "furniture": ["溱州晚报", "2035年6月27日", "星期三", "第5版", "广电周刊", "责任编辑：屠　芸", "溱州晚报·广电周刊",
                  "溱州晚报社", "读者热线：0758-3396120"],
    "run": ["溱州晚报·广电周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市电台三套节目7月1日起换频　中波停播", "本报记者　龚　\u4dae"],
         "title": "市电台三套节目7月1日起换频　中波停播",
         "byline": ["本报记者　龚　\u4dae", "龚　\u4dae", "龚\u4dae"],
         "captions": ["技术人员在发射塔下检修设备。"], "credits": ["（本报记者　龚　\u4dae　摄）"],
         "body": ["记者从溱州人民广播电台获悉，从7月1日零时起，电台的新闻综合、交通音乐、文艺三套节目将调整调频频率，"
                  "中波同时停播。",
                  "电台技术部主任何家栋介绍，城区高楼越来越多，原来的频率容易受到干扰，{cap}换频以后，郊区和山区的"
                  "收听效果也会改善。",
                  "中波广播开播已有六十多年，如今收听的人很少。台长岑振华说，老听众不必担心，“家里的收音机不用换，"
                  "只要把指针往右拨一{run}点。”"]},
        {"glued": True, "lines": ["溱州人民广播电台频率调整一览"], "title": "溱州人民广播电台频率调整一览",
         "body": [("row", "新闻综合广播　FM 93.6→FM 101.2"),
                  ("row", "交通音乐广播　FM 98.6→FM 104.5"),
                  ("row", "文艺广播　FM 89.9→FM 95.8"),
                  ("row", "新闻综合广播　AM 1026千赫→停播"),
                  ("row", "以上调整自2035年7月1日零时起执行。")]},
    ],
}

DIAOCHA = {
    "name": "zht_big5_lf_taiwan_press_page_paper_sixtieth_year_reader_survey_story_byline_caption_credit_running_head_midquote_glued_survey_bar_chart_section_name_block_bar_percent_rows_multiple_choice_head_survey_period_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "桐港日報 2035-05-30 A7 媒體生活 (`中華民國124年5月30日`), Big5, LF; blank-line paragraphs, wrapped at 20. A "
    "Taiwan press page: the invented county paper, sixty years old, publishes its reader survey and announces a new "
    "website (title with a full-width gap, the byline line `記者邱雅筑／桐港報導`, a caption and its credit inside a "
    "sentence, the publisher's 「」 quotation cut by the running head before `到。」`), then, with no blank line, "
    "**a bar chart set in type, `讀者最常看的版面（可複選）`: five rows of a section's name, a bar of `■` marks (one for "
    "each ten per cent, rounded) and the percentage (`地方新聞　■■■■■■■■　78%`)**, and a row giving the survey period "
    "and the number of answers; the chart is an article, its head the title, each printed row a paragraph, the bars "
    "kept as printed.",
    "date": "2035-05-30", "page": "A7",
    "head": ["桐港日報　中華民國124年5月30日　星期三", "A7　媒體生活　　編輯：葉書瑜"],
    "foot": ["桐港日報社　讀者服務專線：(05)271-6630"],
    "furniture": ["桐港日報", "中華民國124年5月30日", "星期三", "A7", "媒體生活", "編輯：葉書瑜", "桐港日報．媒體生活",
                  "桐港日報社", "讀者服務專線：(05)271-6630"],
    "run": ["桐港日報．媒體生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["本報創刊六十年　讀者調查出爐", "記者邱雅筑／桐港報導"], "title": "本報創刊六十年　讀者調查出爐",
         "byline": ["記者邱雅筑／桐港報導", "邱雅筑"],
         "captions": ["讀者參觀本報印刷廠。"], "credits": ["（記者邱雅筑攝）"],
         "body": ["本報今年創刊六十年，上月針對讀者做了一次問卷調查，共回收有效問卷1,264份，結果昨天出爐。",
                  "調查發現，讀者最常看的仍是地方新聞，近八成受訪者勾選；{cap}也有超過四成讀者表示，平常多半用手機"
                  "看本報新聞。",
                  "社長魏振邦說，本報下個月將推出新版網站，「報紙印在紙上，也要讓讀者在手機上找得{run}到。」"]},
        {"glued": True, "lines": ["讀者最常看的版面（可複選）"], "title": "讀者最常看的版面（可複選）",
         "body": [("row", "地方新聞　■■■■■■■■　78%"),
                  ("row", "生活消費　■■■■■■　61%"),
                  ("row", "政治要聞　■■■■■　52%"),
                  ("row", "副刊文學　■■■　33%"),
                  ("row", "體育運動　■■　24%"),
                  ("row", "調查期間：5月1日至20日，有效問卷1,264份")]},
    ],
}

DUANXUN = {
    "name": "zht_big5hkscs_crlf_hong_kong_telecoms_page_fake_operator_points_sms_scam_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_specimen_sms_box_message_lines_bracketed_sender_url_line_hotline_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "港濤日報 2035-03-14 A12 數碼生活 (Hong Kong), Big5-HKSCS (`嘅 咗 喺`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong telecoms page in Cantonese: scammers posing as a phone company "
    "text users that their reward points expire today, and a 70-year-old loses money on a fake site (title with a "
    "full-width gap, the byline line `記者　伍鳳儀`, a caption and its credit inside a sentence, the police inspector's "
    "「」 quotation cut by the running head before `資料。」`), then, with no blank line, **the specimen message "
    "`騙案短訊樣本（警方提供）`: the text message printed line by line as it came, its sender in 【】 opening the first "
    "line, a sentence broken over two lines, a bare web address on a line of its own "
    "(`gangxuntong-jifen.example.com`)**, and a hotline row; the box is an article, its head the title, each printed "
    "line a paragraph (the message's broken sentence is not rejoined).",
    "date": "2035-03-14", "page": "A12",
    "head": ["港濤日報　2035年3月14日　星期三", "A12　數碼生活　　編輯：關卓謙"],
    "foot": ["港濤日報社　　新聞熱線：2591 7730"],
    "furniture": ["港濤日報", "2035年3月14日", "星期三", "A12", "數碼生活", "編輯：關卓謙", "港濤日報．數碼生活", "港濤日報社",
                  "新聞熱線：2591 7730"],
    "run": ["港濤日報．數碼生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["假冒電訊商短訊呃積分　長者中招", "記者　伍鳳儀"], "title": "假冒電訊商短訊呃積分　長者中招",
         "byline": ["記者　伍鳳儀", "伍鳳儀"],
         "captions": ["陳伯展示收到嘅短訊。"], "credits": ["（伍鳳儀攝）"],
         "body": ["近排有騙徒扮電訊公司發短訊，話用戶嘅積分就快到期，叫人撳連結兌換禮品，警方上個月接獲一百二十幾宗"
                  "舉報。",
                  "七十歲嘅陳伯就中咗招，佢喺假網站入咗信用卡資料，{cap}之後張卡俾人碌咗八千幾蚊。",
                  "警方督察梁家晴提醒市民，收到呢類短訊千祈唔好撳連結，「真嘅電訊公司唔會叫你喺網上入信用卡"
                  "{run}資料。」"]},
        {"glued": True, "lines": ["騙案短訊樣本（警方提供）"], "title": "騙案短訊樣本（警方提供）",
         "body": [("row", "【港訊通】閣下積分將於今日到期，"),
                  ("row", "請即撳以下連結兌換禮品："),
                  ("row", "gangxuntong-jifen.example.com"),
                  ("row", "逾期積分一律作廢。"),
                  ("row", "防騙熱線：2866 4019")]},
    ],
}

ZONGBIAN = {
    "name": "zh_utf16be_bom_lf_press_page_journalists_day_former_chief_editor_recalls_lead_type_story_byline_caption_credit_running_head_midquote_glued_succession_list_ordinal_name_term_rows_open_ended_last_term",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄平日报 2035-11-08 第8版 记者节特刊, **UTF-16 BE with BOM**, LF; blank-line paragraphs, wrapped at 22. A "
    "press page on Journalists' Day: the invented paper turns 75 and its third chief editor, 92, comes back to look "
    "round its history room (title with a full-width gap, the byline line `本报记者　蓝　湘`, a caption and its credit "
    "inside a sentence, his “” quotation cut by the running head before `看见。”`), then, with no blank line, **the "
    "succession list `澄平日报历任总编辑`: six rows of an ordinal, a name (two-character names padded with a full-width "
    "space, `韩　涛`) and the years of the term joined by a dash (`第三任　沈国良　1983—1996`), the last term open-ended "
    "(`第六任　苏　明　2024—`)**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2035-11-08", "page": "8",
    "head": ["澄平日报　　2035年11月8日　星期四", "第8版　记者节特刊　　责任编辑：柏　青"],
    "foot": ["澄平日报社出版　　新闻热线：0731-6657203"],
    "furniture": ["澄平日报", "2035年11月8日", "星期四", "第8版", "记者节特刊", "责任编辑：柏　青", "澄平日报·记者节特刊",
                  "澄平日报社出版", "新闻热线：0731-6657203"],
    "run": ["澄平日报·记者节特刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["九旬老总编　回忆铅字年代", "本报记者　蓝　湘"], "title": "九旬老总编　回忆铅字年代",
         "byline": ["本报记者　蓝　湘", "蓝　湘", "蓝湘"],
         "captions": ["沈国良在报史馆翻看旧报。"], "credits": ["（本报记者　蓝　湘　摄）"],
         "body": ["今天是第36个记者节，也是本报创刊75周年。92岁的本报第三任总编辑沈国良前天回到报社，在报史馆里看了"
                  "整整一个上午。",
                  "沈国良1983年起主持报社工作，任职13年。他说，那时候排一个版，要靠排字工人一个字一个字{cap}地拣铅字，"
                  "出报全靠手工。",
                  "说起当年最怕的事，他笑着说：“错一个字，第二天全城人都{run}看见。”"]},
        {"glued": True, "lines": ["本报历任总编辑"], "title": "本报历任总编辑",
         "body": [("row", "第一任　周启明　1960—1971"),
                  ("row", "第二任　韩　涛　1971—1983"),
                  ("row", "第三任　沈国良　1983—1996"),
                  ("row", "第四任　陆文清　1996—2010"),
                  ("row", "第五任　郑雅琴　2010—2024"),
                  ("row", "第六任　苏　明　2024—")]},
    ],
}

PEICHANG = {
    "name": "zh_utf8_bom_lf_malaysia_internet_page_fibre_cut_four_day_outage_story_byline_xinshan_xun_opener_caption_credit_running_head_midquote_indent_only_glued_rebate_formula_box_formula_row_worked_example_rows_ringgit_division_multiplication_billing_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "南堤日报 (an invented Johor Chinese daily) 2035-07-04 第14版 资讯科技, UTF-8 with BOM, LF; indent-only "
    "paragraphs, wrapped at 21. A Malaysian internet page: roadworks cut a fibre cable and some 3,200 homes in Skudai "
    "lose their broadband for four days; the provider will pay them back (title with a full-width gap, the byline line "
    "`记者　黄佩珊`, the lead opened by `（新山讯）`, a caption and its credit inside a sentence, a user's “” quotation "
    "cut by the running head before `发生。”`), then, with no blank line, **the box `断网赔偿怎么算`: a formula row "
    "`赔偿额＝月费÷30×断网天数` in full-width `＝` and the signs `÷ ×`, a worked example over two rows (`例：月费RM129，"
    "断网4天`, `RM129÷30×4＝RM17.20`)**, and a row saying where the sum is taken off; the box is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2035-07-04", "page": "14",
    "head": ["南堤日报　2035年7月4日　星期三", "第14版　资讯科技　　编辑：钟雪薇"],
    "foot": ["南堤日报社　　新闻热线：07-223 6158"],
    "furniture": ["南堤日报", "2035年7月4日", "星期三", "第14版", "资讯科技", "编辑：钟雪薇", "南堤日报·资讯科技",
                  "南堤日报社", "新闻热线：07-223 6158"],
    "run": ["南堤日报·资讯科技"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["光纤被挖断　士古来用户断网四天", "记者　黄佩珊"], "title": "光纤被挖断　士古来用户断网四天",
         "byline": ["记者　黄佩珊", "黄佩珊"],
         "captions": ["工人在路旁修复光纤。"], "credits": ["（黄佩珊摄）"],
         "body": ["（新山讯）士古来一带上周因道路工程挖断地下光纤，约3200户家庭的宽频网络中断了四天，直到周日才全部"
                  "恢复。",
                  "网络供应商昨天宣布，受影响的用户将按断网天数获得赔偿，{cap}不必另外申请。",
                  "住在士古来花园的林志豪说，四天没有网络，孩子上网课、大人在家工作都受影响，“赔偿是应该的，但最要紧"
                  "是别再{run}发生。”"]},
        {"glued": True, "lines": ["断网赔偿怎么算"], "title": "断网赔偿怎么算",
         "body": [("row", "赔偿额＝月费÷30×断网天数"),
                  ("row", "例：月费RM129，断网4天"),
                  ("row", "RM129÷30×4＝RM17.20"),
                  ("row", "赔偿将在8月份的账单中扣除。")]},
    ],
}

WABAGARI = {
    "name": "cab_latin1_cr_garifuna_broadcasting_page_community_radio_new_transmitters_story_byline_dateline_caption_credit_running_head_midquote_glued_relay_frequency_list_town_fm_rows_aligned_by_spaces_frequencies_flush_right_website_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r", "script": "latin", "width": 33, "indent": "", "blank": True,
    "note": "Garinagu Uganu (an invented Garifuna weekly, Dangriga, Belize) 2035-11-21 Page 6 Media, ISO 8859-1 (`ü ñ "
    "í á é ·`; Latin-1 has no dash and no curly quotes, so `DANGRIGA -` and straight `\"`), **CR** line ends; "
    "blank-line paragraphs, wrapped at 33 with hyphenation; the head's date and page words in English, as the "
    "country's papers print them. A Garifuna broadcasting page: a community radio station speaking Garifuna puts up "
    "new transmitters and now reaches the Garifuna towns of the south (title over two lines, the byline line a bare "
    "name `Lucía Martínez`, the dateline `DANGRIGA -` opening the lead, a caption and its credit inside a sentence, "
    "the station director's straight-quoted quotation cut by the running head before `radio.\"`), then, with no blank "
    "line, **the relay list `Radio Wabagari lidan FM`: five rows of a town and its FM frequency, aligned by runs of "
    "spaces with the frequencies flush right (`Punta Gorda      102.7`), two towns sharing a frequency, and a last row "
    "that is a bare web address**; the list is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2035-11-21", "page": "6",
    "head": ["GARINAGU UGANU · Wednesday 21 November 2035 · Page 6", "Media · Editor: Felicia Nuñez"],
    "foot": ["Garinagu Uganu · uganu@garinagu.example.bz"],
    "furniture": ["GARINAGU UGANU", "Wednesday 21 November 2035", "Page 6", "Media", "Editor: Felicia Nuñez",
                  "Garinagu Uganu · Media", "Garinagu Uganu", "uganu@garinagu.example.bz"],
    "run": ["Garinagu Uganu · Media"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Aban radio lidan Garifuna", "ñein Dangriga", "Lucía Martínez"],
         "title": "Aban radio lidan Garifuna ñein Dangriga",
         "byline": ["Lucía Martínez"],
         "captions": ["Felipe Arzú lidan studio."], "credits": ["Foto: Marvin Castillo"],
         "body": ["DANGRIGA - Radio Waba~gari, aban radio lidan Garifuna, ariña~gati lidan 96.3 FM sun wéyu. "
                  "Ariña~gati uganu, éremu~na luma ariña~wagu lidan Garifuna.",
                  "Ga~rí~nagu lidan Hopkins, Seine Bight, Punta Gorda luma Bar~ranco {cap}ába~hüdüba Radio Wabagari "
                  "lidan biñá trans~misor.",
                  "Felipe Arzú, direktor lidan radio, ariñaga: \"Irahüñü lánü~gü~bei Garifuna lidan {run}radio.\""]},
        {"glued": True, "lines": ["Radio Wabagari lidan FM"], "title": "Radio Wabagari lidan FM",
         "body": [("row", cells((16, 6), "Dangriga", "96.3", right=True)),
                  ("row", cells((16, 6), "Hopkins", "96.3", right=True)),
                  ("row", cells((16, 6), "Seine Bight", "98.1", right=True)),
                  ("row", cells((16, 6), "Punta Gorda", "102.7", right=True)),
                  ("row", cells((16, 6), "Barranco", "102.7", right=True)),
                  ("row", "wabagari.example.bz")]},
    ],
}

KOODZ = {
    "name": "tch_cp1252_crlf_turks_caicos_creole_telecoms_page_phone_company_changes_short_codes_story_byline_dateline_caption_credit_running_head_midquote_glued_short_code_list_star_hash_codes_opening_rows_aligned_by_spaces_codes_free_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 35, "indent": "", "blank": True,
    "note": "De Islan Voice (an invented Turks and Caicos Creole weekly, Providenciales) 2035-05-16 Page 9 Tech an "
    "Phone, **cp1252** (`· – “ ” ’`), CRLF; blank-line paragraphs, wrapped at 35 with hyphenation. A Turks and Caicos "
    "telecoms page: the invented phone company moves its customers to a new system and its short codes for balance, "
    "top-up and data change on Monday (title with a colon over two lines, the byline line `By Shantel Gardiner`, the "
    "dateline `PROVIDENCIALES –` opening the lead, a caption and its credit inside a sentence, a shopkeeper's “” "
    "quotation inside the second paragraph, the manager's “” quotation cut by the running head before `one.”`), then, "
    "with no blank line, **the code list `De new codes`: four rows each opening with a short code of stars and a hash "
    "(`*120#`, `*121*PIN#`), aligned by runs of spaces to what the code does (`*120#      check yo balance`)**, and a "
    "row saying the codes are free; the list is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells; the `*` and `#` are text, not markup).",
    "date": "2035-05-16", "page": "9",
    "head": ["DE ISLAN VOICE · Wednesday, May 16, 2035 · Page 9", "Tech an Phone · Editor: Marjorie Forbes"],
    "foot": ["De Islan Voice · news@islanvoice.example.tc"],
    "furniture": ["DE ISLAN VOICE", "Wednesday, May 16, 2035", "Page 9", "Tech an Phone", "Editor: Marjorie Forbes",
                  "De Islan Voice · Tech an Phone", "De Islan Voice", "news@islanvoice.example.tc"],
    "run": ["De Islan Voice · Tech an Phone"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["IslandLink codes change Monday:", "wha yo need fa know", "By Shantel Gardiner"],
         "title": "IslandLink codes change Monday: wha yo need fa know",
         "byline": ["By Shantel Gardiner", "Shantel Gardiner"],
         "captions": ["Doris Missick at she shop."], "credits": ["Photo: Kendrick Been"],
         "body": ["PROVIDENCIALES – From Monday, May 21, Island~Link custo~mers gon have fa use new codes fa check "
                  "dey balance, top up an buy data. De com~pany say dey move every~body over to de new system "
                  "Sunday night.",
                  "Plenty people on Grand Turk an North Cai~cos still ain know bout de change, say Doris Missick, "
                  "who {cap}sell phone cards at she shop in Cockburn Town. “Dey come een an ask me, an I ain know "
                  "wha fa tell dem,” she say.",
                  "Island~Link mana~ger Wen~dell Higgs say de old codes gon still work fa one week. “After dat, if yo "
                  "dial de old code, yo gon get a message tel~lin yo de new {run}one.”"]},
        {"glued": True, "lines": ["De new codes"], "title": "De new codes",
         "body": [("row", cells((11,), "*120#", "check yo balance")),
                  ("row", cells((11,), "*121*PIN#", "top up yo phone")),
                  ("row", cells((11,), "*136#", "buy data")),
                  ("row", cells((11,), "*100#", "talk to somebody")),
                  ("row", "De codes free.")]},
    ],
}

MADUN = {
    "name": "kac_macroman_lf_jingpho_broadcasting_page_jinghpaw_language_tv_series_story_byline_dateline_caption_credit_running_head_midquote_indent_only_glued_episode_list_number_title_air_date_rows_dates_flush_right_time_and_channel_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "Mali Hka Shiga (an invented Jingpho weekly, Myitkyina, Kachin State, Myanmar) 2035-09-12 Man 5 TV hte "
    "Radio, Mac OS Roman (`– “ ”`), LF; **indent-only paragraphs (two spaces), the set's one Latin page without blank "
    "lines**, wrapped at 38 with hyphenation. A Jingpho broadcasting page: a television series made in Jinghpaw starts "
    "on Sunday, five programmes filmed in the villages by the Mali Hka (title over two lines, the byline line a bare "
    "name `Lahpai Seng Hkawn` directly above the indented lead, the dateline `MYITKYINA –` opening the lead, a caption "
    "and its credit inside a sentence, the director's “” quotation cut by the running head before `ai.”`), then, with "
    "no blank line, **the episode list `Madun na aten`: five rows of a number, a programme's title and its air date "
    "(`1   Manau Poi                16.9.`), aligned by runs of spaces with the dates flush right**, and a row giving "
    "the hour and the channel; the list is an article, its head the title, each printed row a paragraph (one space "
    "kept between cells).",
    "date": "2035-09-12", "page": "5",
    "head": ["MALI HKA SHIGA – 12.9.2035 – Man 5", "TV hte Radio – Ningbaw: Hkawn Nu"],
    "foot": ["Mali Hka Shiga – shiga@malihka.example.mm"],
    "furniture": ["MALI HKA SHIGA", "12.9.2035", "Man 5", "TV hte Radio", "Ningbaw: Hkawn Nu",
                  "Mali Hka Shiga – TV hte Radio", "Mali Hka Shiga", "shiga@malihka.example.mm"],
    "run": ["Mali Hka Shiga – TV hte Radio"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Jinghpaw ga hte galaw ai", "TV lam nnan hpang na", "Lahpai Seng Hkawn"],
         "title": "Jinghpaw ga hte galaw ai TV lam nnan hpang na",
         "byline": ["Lahpai Seng Hkawn"],
         "captions": ["Maran Zau Tu kahtawng kaw."], "credits": ["Sumla: Labang Naw Din"],
         "body": ["MYITKYINA – Jinghpaw ga hte galaw ai TV lam nnan mi, September 16 kaw hpang na sai. Lam "
                  "manga hpe, shata lah~kawng hta madun na ai.",
                  "Lam ni hpe Mali Hka makau na kah~tawng ni kaw {cap}galaw ai. Manau, hka, bum hte mare ni a lam "
                  "hpe madun ai.",
                  "Di~rector Maran Zau Tu tsun ai: “Anhte a ga hpe ma ni TV kaw mu ra ai. Dai re majaw grai kabu "
                  "{run}ai.”"]},
        {"glued": True, "lines": ["Madun na aten"], "title": "Madun na aten",
         "body": [("row", cells((4, 22, 7), "1", "Manau Poi", "16.9.", right=True)),
                  ("row", cells((4, 22, 7), "2", "Mali Hka", "23.9.", right=True)),
                  ("row", cells((4, 22, 7), "3", "Bum Ntsa", "30.9.", right=True)),
                  ("row", cells((4, 22, 7), "4", "Jinghpaw Nta", "7.10.", right=True)),
                  ("row", cells((4, 22, 7), "5", "Mare Kaw", "14.10.", right=True)),
                  ("row", "Aten: 19.30, MKN TV")]},
    ],
}

DATAMAN = {
    "name": "cnh_utf8_crlf_hakha_chin_telecoms_page_new_towers_faster_internet_cheaper_data_story_byline_dateline_caption_credit_running_head_midquote_glued_data_bundle_price_table_header_row_size_days_price_rows_prices_flush_right_start_date_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Lai Thawngpang (an invented Hakha Chin weekly, Hakha, Chin State, Myanmar) 2035-08-22 Cahnah 4 Thiamnak, "
    "**UTF-8 without BOM** (`ṭ` U+1E6D, in no single-byte code; `· – “ ”`), CRLF; blank-line paragraphs, wrapped at "
    "36 with hyphenation. A Hakha Chin telecoms page: two new towers make the town's internet faster and the phone "
    "company cuts its data prices (title over two lines, the byline line `Tialtu: Sui Hnem Par`, the dateline "
    "`HAKHA –` opening the lead, a caption and its credit inside a sentence, a shopkeeper's “” quotation cut by the "
    "running head before `ṭhan.”`), then, with no blank line, **the price table `Data man thar`: a header row `Data  "
    "Ni  Man (Ks)` whose last cell carries the currency in brackets, four rows of a bundle's size (`12 GB`, a number "
    "and a unit in one cell), its days and its price in kyat with a thousands comma, flush right (`12 GB   30    "
    "12,000`)**, and a row giving the day the prices start; the table is an article, its head the title, each printed "
    "row a paragraph (one space kept between cells).",
    "date": "2035-08-22", "page": "4",
    "head": ["LAI THAWNGPANG · 22.8.2035 · Cahnah 4", "Thiamnak · Tuahtu: Van Lian Thang"],
    "foot": ["Lai Thawngpang · thawng@laithawng.example.mm"],
    "furniture": ["LAI THAWNGPANG", "22.8.2035", "Cahnah 4", "Thiamnak", "Tuahtu: Van Lian Thang",
                  "Lai Thawngpang · Thiamnak", "Lai Thawngpang", "thawng@laithawng.example.mm"],
    "run": ["Lai Thawngpang · Thiamnak"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Hakha ah internet", "a rang deuh cang", "Tialtu: Sui Hnem Par"],
         "title": "Hakha ah internet a rang deuh cang",
         "byline": ["Tialtu: Sui Hnem Par", "Sui Hnem Par"],
         "captions": ["Mino nih phone an zoh."], "credits": ["Hmanthlak: Bawi Lian"],
         "body": ["HAKHA – Hakha khua ah tower thar pa~hnih an sak hnu ah in~ter~net a rang deuh cang. Phone "
                  "com~pany nih data man zong an ṭhumh.",
                  "Hlan ah video pa~khat zoh awk ah mi~nit tam~pi hngah a hau. Tu cu mino tampi nih {cap}phone in "
                  "cauk an rel i video an zoh.",
                  "Dawr nei~tu Za Tlem nih a ti: “Kan dawr ah data cawk awk ah mi tam~pi an ra {run}ṭhan.”"]},
        {"glued": True, "lines": ["Data man thar"], "title": "Data man thar",
         "body": [("row", cells((8, 6, 10), "Data", "Ni", "Man (Ks)", right=True)),
                  ("row", cells((8, 6, 10), "1 GB", "7", "1,500", right=True)),
                  ("row", cells((8, 6, 10), "5 GB", "30", "6,000", right=True)),
                  ("row", cells((8, 6, 10), "12 GB", "30", "12,000", right=True)),
                  ("row", cells((8, 6, 10), "30 GB", "30", "25,000", right=True)),
                  ("row", "Man thar hi August 1 in a thawk.")]},
    ],
}

PAGES = [HUAFEI, PINLV, DIAOCHA, DUANXUN, ZONGBIAN, PEICHANG, WABAGARI, KOODZ, MADUN, DATAMAN]
