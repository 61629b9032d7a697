"""The text of every holdout117 page, written once: make_holdout117_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-116 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold (a notice's issuer, who signs it: the byline). `{cap}` drops the caption and its credit into a
paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are
padded to their columns by `cells()` (holdout116's helper, itself holdout98's `aligned()`), so the printed spacing
is reproducible. All papers, homes, schools, centres, associations, offices, people, fees, sums, counts, telephone
numbers and events are invented; real places (towns, villages, districts) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


HULIYUAN = {
    "name": "zh_gbk_crlf_ageing_page_care_home_new_wing_story_title_byline_caption_credit_running_head_midquote_glued_fees_table_unit_in_head_header_care_levels_as_columns_room_type_rows_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "蘅江日报 2033-03-17 第6版 银龄周刊, GBK, CRLF; blank-line paragraphs, wrapped at 22. An ageing page: the "
    "invented city's public care home opens a new nursing wing of 180 beds (title with a full-width gap, the byline "
    "line `本报记者　隋　岚`, a caption and its credit inside a sentence, the director's “” quotation cut by the "
    "running head before `安排。”`), then, with no blank line, the fees table `椿龄苑收费标准（元/月）`, its unit in "
    "the head's brackets: **a header row giving the three care levels as columns `房型　自理　半护理　全护理`, three "
    "rows by room type, each with three bare sums (`单人间　3200　4100　5300`)**, and a `注：` row; the table is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2033-03-17", "page": "6",
    "head": ["蘅江日报　　2033年3月17日　星期四", "第6版　银龄周刊　　责任编辑：郜　宁"],
    "foot": ["蘅江日报社出版　　新闻热线：0736-5128409"],
    "furniture": ["蘅江日报", "2033年3月17日", "星期四", "第6版", "银龄周刊", "责任编辑：郜　宁", "蘅江日报·银龄周刊",
                  "蘅江日报社出版", "新闻热线：0736-5128409"],
    "run": ["蘅江日报·银龄周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["椿龄苑新楼启用　新增护理床位180张", "本报记者　隋　岚"], "title": "椿龄苑新楼启用　新增护理床位180张",
         "byline": ["本报记者　隋　岚", "隋　岚", "隋岚"],
         "captions": ["护理员在椿龄苑新楼为老人测量血压。"], "credits": ["本报记者　隋　岚　摄"],
         "body": ["本市公办养老机构椿龄苑新建的护理楼昨天正式启用。新楼共五层，设床位180张，其中护理型床位150张，"
                  "主要接收失能、半失能老人。",
                  "记者在新楼看到，每个房间都装有呼叫器和扶手，{cap}卫生间门口没有门槛，轮椅可以直接推进去。三楼还专门"
                  "设了失智老人照护区。",
                  "椿龄苑院长缪建华介绍，新楼收费按房型和护理等级分档，与老楼基本持平。“目前已经有60多位老人预约，"
                  "床位按登记先后{run}安排。”"]},
        {"glued": True, "lines": ["椿龄苑收费标准（元/月）"], "title": "椿龄苑收费标准（元/月）",
         "body": [("row", "房型　自理　半护理　全护理"),
                  ("row", "单人间　3200　4100　5300"),
                  ("row", "双人间　2600　3500　4700"),
                  ("row", "三人间　2200　3100　4300"),
                  ("row", "注：含床位费、护理费和伙食费，不含医药费。")]},
    ],
}

BAISUI = {
    "name": "zh_gb18030_lf_ageing_page_centenarian_birthday_story_byline_rare_char_caption_naming_four_younger_generations_credit_running_head_midquote_glued_tight_head_benbaoxun_centenarians_count_brief",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沂澜晚报 2033-08-26 第8版 银发生活, GB18030 (`\U0002c029` U+2C029 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. An ageing page: an invented woman's hundredth birthday (title with a "
    "full-width gap, the byline line `本报记者　岑　\U0002c029`, **the family photo's caption naming the generations "
    "round her, `寿星（中）与儿子、孙子、曾孙、玄孙合影。`, and its credit inside a sentence**, her “” quotation cut by "
    "the running head before `睡觉。”`), then, with no blank line, a brief whose title sits directly above its "
    "`本报讯　记者从…获悉` lead (no reporter named): the city's centenarians number 87.",
    "date": "2033-08-26", "page": "8",
    "head": ["沂澜晚报　2033年8月26日　星期五", "第8版　银发生活　　编辑：滕　颖"],
    "foot": ["沂澜晚报社　　热线：0539-6620475"],
    "furniture": ["沂澜晚报", "2033年8月26日", "星期五", "第8版", "银发生活", "编辑：滕　颖", "沂澜晚报·银发生活",
                  "沂澜晚报社", "热线：0539-6620475"],
    "run": ["沂澜晚报·银发生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["百岁寿星祝阿婆：多走路　少操心", "本报记者　岑　\U0002c029"], "title": "百岁寿星祝阿婆：多走路　少操心",
         "byline": ["本报记者　岑　\U0002c029", "岑　\U0002c029", "岑\U0002c029"],
         "captions": ["寿星（中）与儿子、孙子、曾孙、玄孙合影。"], "credits": ["（岑　\U0002c029　摄）"],
         "body": ["8月25日，家住沂澜市城南街道的祝桂英老人迎来了100岁生日。儿孙们从各地赶回来，在老人家的小院里摆"
                  "了五桌寿宴。",
                  "祝阿婆1933年出生在沂澜乡下，年轻时在纺织厂做了三十多年挡车工。如今她耳朵有点背，但眼睛不花，"
                  "{cap}每天还要在院子里走上几圈。",
                  "说起长寿的秘诀，祝阿婆笑着说：“没什么秘诀，就是多走路，少操心，饭吃七分饱，晚上早点{run}睡觉。”"]},
        {"glued": True, "lines": ["全市百岁老人增至87名"], "title": "全市百岁老人增至87名", "tight": True,
         "body": ["本报讯　记者从市老龄办获悉，截至今年7月底，全市百岁老人共有87名，比去年同期增加9名，其中年龄最大"
                  "的已经106岁。"]},
    ],
}

CHANGZHAO = {
    "name": "zht_big5_crlf_taiwan_ageing_page_long_term_care_stations_story_byline_line_caption_credit_running_head_midquote_glued_changzhao_box_labelled_hotline_hours_rows_heading_service_points_header_name_address_days_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "楓嶺日報 2033-05-11 A7 縣市新聞 (`中華民國122年5月11日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan ageing page: the county adds three neighbourhood long-term-care (長照) stations in an invented township "
    "(title with a full-width gap, the byline line `記者溫子晴／楓嶺報導`, a caption and its credit inside a "
    "sentence, an old woman's 「」 quotation cut by the running head before `好多了。」`), then, with no blank line, "
    "the service box `長照服務這樣申請`: **two labelled rows, the hotline `申請專線：1966（前5分鐘免費）` and its hours, "
    "then the heading `新設巷弄長照站` over a header row `據點　地址　服務日` and three service-point rows "
    "(`福德社區　中正路88號　週一、三、五`)**; the box is an article, its head the title, each printed line a "
    "paragraph, the heading a heading.",
    "date": "2033-05-11", "page": "A7",
    "head": ["楓嶺日報　中華民國122年5月11日　星期三", "A7　縣市新聞　　編輯：鄔佩珊"],
    "foot": ["楓嶺日報社　讀者服務專線：(05)276-3381"],
    "furniture": ["楓嶺日報", "中華民國122年5月11日", "星期三", "A7", "縣市新聞", "編輯：鄔佩珊", "楓嶺日報．縣市新聞",
                  "楓嶺日報社", "讀者服務專線：(05)276-3381"],
    "run": ["楓嶺日報．縣市新聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["巷弄長照站再添三處　長輩就近共餐運動", "記者溫子晴／楓嶺報導"],
         "title": "巷弄長照站再添三處　長輩就近共餐運動", "byline": ["記者溫子晴／楓嶺報導", "溫子晴"],
         "captions": ["長輩在巷弄長照站做健康操。"], "credits": ["（記者溫子晴攝）"],
         "body": ["縣府衛生局昨天宣布，楓嶺鎮再增設三處巷弄長照站，下月起提供共餐、健康促進和簡單的照顧服務，全鎮的"
                  "長照站增加到十一處。",
                  "衛生局長期照顧科科長涂明哲表示，鎮上六十五歲以上人口已經超過兩成，{cap}不少長輩白天獨自在家，需要"
                  "有人陪伴。",
                  "今年八十二歲的林阿嬤每週有三天到社區的長照站，「跟大家一起吃飯、唱歌，比一個人在家{run}好多了。」"]},
        {"glued": True, "lines": ["長照服務這樣申請"], "title": "長照服務這樣申請",
         "body": [("row", "申請專線：1966（前5分鐘免費）"),
                  ("row", "服務時間：週一至週五8:30—17:30"),
                  ("h", "新設巷弄長照站"),
                  ("row", "據點　地址　服務日"),
                  ("row", "福德社區　中正路88號　週一、三、五"),
                  ("row", "南興社區　南興街12號　週二、四"),
                  ("row", "溪口社區　溪口路205號　週一至週五")]},
    ],
}

YILIAOQUAN = {
    "name": "zht_big5hkscs_lf_hong_kong_ageing_page_elderly_health_vouchers_story_cantonese_byline_caption_credit_running_head_midquote_glued_qa_box_three_unsigned_pairs_answer_closing_on_colon_over_bullet_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鷺汀日報 2033-06-14 A10 港聞, Big5-HKSCS (`嘅 喺 咗 嚟 冇 啲`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong ageing page in Cantonese: more old people spend their health vouchers at "
    "the dentist's (title with a full-width gap, the byline line `記者　伍芷晴`, a caption and its credit inside a "
    "sentence, an elders' group's 「」 quotation cut by the running head before `扣晒。」`), then, with no blank line, "
    "the paper's box `醫療券Q&A`: three `問：`/`答：` pairs, unsigned, **the second answer closing on a colon over "
    "three rows opened by `●` (the kinds of provider)**; each turn and each bullet row a paragraph, the labels and "
    "bullets kept. The voucher's yearly sum and its cap are invented.",
    "date": "2033-06-14", "page": "A10",
    "head": ["鷺汀日報　2033年6月14日　星期二", "A10　港聞　　編輯：司徒慧"],
    "foot": ["鷺汀日報社　　讀者熱線：2837 6150"],
    "furniture": ["鷺汀日報", "2033年6月14日", "星期二", "A10", "港聞", "編輯：司徒慧", "鷺汀日報．港聞", "鷺汀日報社",
                  "讀者熱線：2837 6150"],
    "run": ["鷺汀日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["長者醫療券　睇牙醫嘅人多咗", "記者　伍芷晴"], "title": "長者醫療券　睇牙醫嘅人多咗",
         "byline": ["記者　伍芷晴", "伍芷晴"],
         "captions": ["長者喺診所用醫療券睇牙。"], "credits": ["（伍芷晴攝）"],
         "body": ["衛生署昨日公布，去年用醫療券睇牙醫嘅長者有二十一萬人次，比前年多咗一成半，係增幅最大嘅一類。",
                  "有牙醫話，唔少長者以前覺得睇牙貴，{cap}有咗醫療券之後先肯嚟檢查同洗牙。",
                  "長者權益團體提醒，醫療券用完就冇，長者睇醫生之前最好問清楚收費，「唔好畀人一次過{run}扣晒。」"]},
        {"glued": True, "lines": ["醫療券Q&A"], "title": "醫療券Q&A",
         "body": ["問：幾多歲先可以用醫療券？",
                  "答：年滿65歲、持有效香港身份證嘅長者，每年會收到2,500元醫療券，用唔晒可以留到下年，累積上限係"
                  "9,000元。",
                  "問：醫療券可以喺邊度用？",
                  "答：要喺已經登記參加計劃嘅私家醫護人員度用，包括：",
                  ("row", "●西醫同牙醫"),
                  ("row", "●中醫"),
                  ("row", "●物理治療師同視光師"),
                  "問：點知自己仲有幾多錢？",
                  "答：可以上醫療券網站或者用手機程式查，亦可以喺診所問職員。"]},
    ],
}

JINTIE = {
    "name": "zh_utf16be_bom_crlf_civil_affairs_page_birthday_allowance_rise_story_kicker_title_byline_caption_credit_running_head_midsentence_glued_gaoling_jintie_notice_intro_header_age_band_rows_between_paragraphs_hotline_row_issuer_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "淦川日报 2033-01-12 第4版 民生, **UTF-16 BE with BOM**, CRLF; blank-line paragraphs, wrapped at 22. A civil "
    "affairs page: the invented city raises its birthday allowance (高龄津贴) for people over 80 (the kicker "
    "`惠及全市4.3万名老人` over the title, the byline line `本报记者　饶　萌`, a caption and its credit inside a "
    "sentence, the running head before the last words `社区申请。`), then, with no blank line, the civil affairs "
    "bureau's notice `关于提高高龄津贴标准的通告`: **an intro ending on a colon, a header row `年龄段　每人每月` and "
    "three age-band rows (`90至99周岁　300元`, the top one open, `100周岁及以上`) standing between the notice's "
    "paragraphs**, a paragraph on payment and application, the hotline row, `特此通告。`, the issuer (byline) and the "
    "date row.",
    "date": "2033-01-12", "page": "4",
    "head": ["淦川日报　2033年1月12日　星期三", "第4版　民生　　责任编辑：覃　薇"],
    "foot": ["淦川日报社出版　　新闻热线：0797-8835126"],
    "furniture": ["淦川日报", "2033年1月12日", "星期三", "第4版", "民生", "责任编辑：覃　薇", "淦川日报·民生",
                  "淦川日报社出版", "新闻热线：0797-8835126"],
    "run": ["淦川日报·民生"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["惠及全市4.3万名老人", "高龄津贴标准提高　百岁老人每月600元", "本报记者　饶　萌"],
         "kicker": ["惠及全市4.3万名老人", None], "title": "高龄津贴标准提高　百岁老人每月600元",
         "byline": ["本报记者　饶　萌", "饶　萌", "饶萌"],
         "captions": ["工作人员上门为高龄老人办理津贴认证。"], "credits": ["（本报记者　饶　萌　摄）"],
         "body": ["记者从市民政局获悉，从今年1月起，我市提高80周岁以上老人的高龄津贴标准，全市约4.3万名老人受益，其中"
                  "百岁老人61名。",
                  "市民政局养老服务科科长童立新介绍，津贴按月发放到老人的社会保障卡上，{cap}已经领取津贴的老人不用重新"
                  "申请，新标准自动执行。",
                  "他提醒，今年新满80周岁的老人，要由本人或者家属到户籍所在地的{run}社区申请。"]},
        {"glued": True, "lines": ["关于提高高龄津贴标准的通告"], "title": "关于提高高龄津贴标准的通告",
         "byline": ["淦川市民政局", None],
         "body": ["经市政府同意，自2033年1月1日起提高我市高龄津贴标准。现将有关事项通告如下：",
                  ("row", "年龄段　每人每月"),
                  ("row", "80至89周岁　100元"),
                  ("row", "90至99周岁　300元"),
                  ("row", "100周岁及以上　600元"),
                  "津贴由户籍所在地街道（乡镇）按月发放。新满80周岁的老人，可持身份证、户口簿到社区居委会（村委会）申请，"
                  "次月起发放。",
                  ("row", "咨询电话：0797-8826310"),
                  "特此通告。",
                  ("end", "淦川市民政局"),
                  ("row", "2033年1月6日")]},
    ],
}

LELING = {
    "name": "zh_utf8_bom_lf_malaysia_community_page_seniors_day_care_centre_story_byline_dateline_caption_credit_running_head_midquote_glued_leling_hui_dongtai_column_label_over_three_items_headed_by_association_names_each_closing_on_contact_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "坝罗晨报 (an invented Ipoh Chinese daily) 2033-10-22 A9 霹雳新闻, UTF-8 with BOM, LF; blank-line paragraphs, "
    "wrapped at 21. A Malaysian community page: an invented senior citizens' association opens a day-care centre "
    "(title with a full-width gap, the byline line `报道：邓慧玲`, the lead opened by `（怡保讯）`, a caption and its "
    "credit inside a sentence, the director's “” quotation cut by the running head before `进不来。”`), then, with "
    "no blank line, the associations' column `乐龄会动态` (the first item's section; kicker or none accepted, and "
    "accepted on the others) over three items **each headed by its association's name, not a headline "
    "(`端洛乐龄协会`), and each closing on a contact row `询：…` (its last paragraph)**.",
    "date": "2033-10-22", "page": "A9",
    "head": ["坝罗晨报　2033年10月22日　星期六", "A9　霹雳新闻　　编辑：李美凤"],
    "foot": ["坝罗晨报社　　新闻热线：05-254 8810"],
    "furniture": ["坝罗晨报", "2033年10月22日", "星期六", "A9", "霹雳新闻", "编辑：李美凤", "坝罗晨报·霹雳新闻",
                  "坝罗晨报社", "新闻热线：05-254 8810"],
    "run": ["坝罗晨报·霹雳新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["乐龄日间中心开幕　每天可照顾40人", "报道：邓慧玲"], "title": "乐龄日间中心开幕　每天可照顾40人",
         "byline": ["报道：邓慧玲", "邓慧玲"],
         "captions": ["乐龄人士在中心做手工。"], "credits": ["（邓慧玲摄）"],
         "body": ["（怡保讯）怡保华人乐龄协会筹建的乐龄日间照护中心昨天开幕，每天可照顾40名乐龄人士，子女白天上班时"
                  "可以把家中长辈送来。",
                  "中心主任卢秀娟说，中心设有休息室、复健室和小食堂，{cap}护理员会带长辈做运动、唱歌，也提供午餐和下午茶。",
                  "她说，中心收费按家庭收入分级，每月最低200令吉，“我们不希望有长辈因为付不起钱而{run}进不来。”"]},
        {"glued": True, "lines": ["乐龄会动态", "端洛乐龄协会"],
         "section": ["乐龄会动态", None], "kicker": [None, "乐龄会动态"], "title": "端洛乐龄协会",
         "body": ["本会订于10月30日（星期日）上午9时在会所召开常年会员大会，并改选2033至2035年度理事，请会员准时出席。",
                  ("row", "询：秘书黄国华　012-517 3086")]},
        {"lines": ["金宝敬老会"], "section": [None, "乐龄会动态"], "kicker": [None, "乐龄会动态"], "title": "金宝敬老会",
         "body": ["本会将于11月5日组团前往金马仑高原三天两夜游，每人收费380令吉，名额40人，额满为止。",
                  ("row", "询：林秀英　016-553 2871")]},
        {"lines": ["华都牙也乐龄俱乐部"], "section": [None, "乐龄会动态"], "kicker": [None, "乐龄会动态"],
         "title": "华都牙也乐龄俱乐部",
         "body": ["本会11月12日上午8时至12时在会所为会员免费体检，检查前一晚10时后请勿进食。",
                  ("row", "询：陈志明　019-475 6620")]},
    ],
}

TRECA_DOB = {
    "name": "ckm_cp1250_crlf_chakavian_ageing_page_third_age_school_new_term_story_byline_dateline_caption_credit_running_head_midquote_glued_timetable_header_course_day_hours_room_rows_aligned_by_spaces_enrolment_row",
    "encoding": "cp1250", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Krčka ćakula (an invented Chakavian weekly-turned-daily of the island of Krk, Croatia) 2033-09-16 "
    "Stranica 7 Judi i leta, Windows-1250 (`č ć š Č Ć Š „ “ –`), CRLF; blank-line paragraphs, wrapped at 37 with "
    "hyphenation. A Chakavian ageing page: an invented third-age school in Malinska opens its autumn term "
    "(title over two lines, byline line `Piše: Dragica Polonijo`, the dateline `MALINSKA –` opening the lead, a "
    "caption and its credit inside a sentence, the head's „“ quotation cut by the running head before "
    "`ćakulaju,“ reče ona.`), then, with no blank line, the term timetable `Raspored tečaji`: **a header row "
    "`Tečaj  Dan  Ura  Sala` and six rows of course, weekday, hours as a range with an en dash (`9.00–10.30`) and "
    "room number, aligned by runs of spaces**, then an enrolment row; the table is an article, its head the title, "
    "each printed line a paragraph (one space kept).",
    "date": "2033-09-16", "page": "7",
    "head": ["KRČKA ĆAKULA – Petak, 16. setembra 2033. – Stranica 7", "Judi i leta – Urednica: Vesna Dunato"],
    "foot": ["Krčka ćakula – redakcija@krckacakula.example.hr"],
    "furniture": ["KRČKA ĆAKULA", "Petak, 16. setembra 2033.", "Stranica 7", "Judi i leta", "Urednica: Vesna Dunato",
                  "Krčka ćakula – Judi i leta", "Krčka ćakula", "redakcija@krckacakula.example.hr"],
    "run": ["Krčka ćakula – Judi i leta"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Škola za treću dob", "otpira jesenski semestar", "Piše: Dragica Polonijo"],
         "title": "Škola za treću dob otpira jesenski semestar", "byline": ["Piše: Dragica Polonijo", "Dragica Polonijo"],
         "captions": ["Učenice na uri talijanskega."], "credits": ["Foto: Boris Mrakovčić"],
         "body": ["MALINSKA – Škola za treću dob va Malin~skoj od 3. oktobra otpira novi se~mes~tar. Ovu jesen se more "
                  "upi~sat va šest tečaji, a prvi put i va tečaj za mobitel i kom~pju~ter.",
                  "Lani je školu poha~jalo sto i dvajset judi, a naj~sta~rija učenica je imela osan~deset i šest let. "
                  "{cap}Tečaj stoji petnajst eur na misec, a pen~zio~neri ki imaju malu penziju ne plaćaju niš.",
                  "Vodi~te~ljica škole Nevenka Bajčić go~vori da se judi najveć vesele ure ku~ha~nja. „Ne dojdu samo zbog "
                  "učenja, nego ča se tu vide s pri~ja~teljicami i {run}ćakulaju,“ reče ona."]},
        {"glued": True, "lines": ["Raspored tečaji"], "title": "Raspored tečaji",
         "body": [("row", cells([11, 10, 12], "Tečaj", "Dan", "Ura", "Sala")),
                  ("row", cells([11, 10, 12], "Talijanski", "pondiljak", "9.00–10.30", "1")),
                  ("row", cells([11, 10, 12], "Engleski", "utorak", "9.00–10.30", "1")),
                  ("row", cells([11, 10, 12], "Kompjuter", "utorak", "17.00–18.30", "3")),
                  ("row", cells([11, 10, 12], "Zbor", "sreda", "18.00–19.30", "2")),
                  ("row", cells([11, 10, 12], "Kuhanje", "četrtak", "10.00–12.00", "4")),
                  ("row", cells([11, 10, 12], "Slikanje", "petak", "9.00–11.00", "2")),
                  ("row", "Upis: Dom kulture, saki dan 9–12 ur")]},
    ],
}

ONDJAMBI = {
    "name": "hz_macroman_cr_herero_ageing_page_pension_day_thefts_story_byline_dateline_caption_credit_running_head_midquote_glued_police_warning_box_five_numbered_tips_wrapping_station_telephone_in_last_tip",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ondjira (an invented Otjiherero daily, Okakarara, Namibia) 2033-06-01 Ombapira 5 Omuinyo, Mac OS Roman "
    "(`• – “ ”`), **CR** line ends; blank-line paragraphs, wrapped at 37 with hyphenation. A Herero ageing page: old "
    "people robbed of their pension money at the bank on pay day (title over two lines, byline line "
    "`Omutjange: Uatjiua Kazondu`, the dateline `OKAKARARA –` opening the lead, a caption and its credit inside a "
    "sentence, the police officer's “” quotation cut by the running head before `wombanka.”`), then, with no blank "
    "line, the police's warning box `Omahungiriro wopolisi`: **five numbered tips `1.`–`5.`, three wrapping over two "
    "or three printed lines (one paragraph each), the last giving the station's telephone**; the box is an article, "
    "its head the title.",
    "date": "2033-06-01", "page": "5",
    "head": ["ONDJIRA • Oritjatatu, 1 Juni 2033 • Ombapira 5", "Omuinyo • Editor: Kaera Tjiposa"],
    "foot": ["Ondjira • omambo@ondjira.example.na"],
    "furniture": ["ONDJIRA", "Oritjatatu, 1 Juni 2033", "Ombapira 5", "Omuinyo", "Editor: Kaera Tjiposa",
                  "Ondjira • Omuinyo", "Ondjira", "omambo@ondjira.example.na"],
    "run": ["Ondjira • Omuinyo"], "labels": [], "markup": [" • "] * 4,
    "articles": [
        {"lines": ["Ovakurupe va vakwa ovimariva", "peyuva rondjambi", "Omutjange: Uatjiua Kazondu"],
         "title": "Ovakurupe va vakwa ovimariva peyuva rondjambi",
         "byline": ["Omutjange: Uatjiua Kazondu", "Uatjiua Kazondu"],
         "captions": ["Ovakurupe mave undjire ondjambi."], "credits": ["Foto: Jona Kavari"],
         "body": ["OKAKARARA – Opolisi ya Oka~karara ya tja kutja ova~kurupe vevari va vakwa ovi~mariva vyawo pom~banka "
                  "momueze mbwa pita, peyuva rondjambi.",
                  "Omupolisi Kazeurua Hija~run~guru wa tja kutja ova~nauvi ve kara pom~banka eyuva rond~jambi, "
                  "{cap}nu ve tja kutja mave vatere ova~kurupe okuisa ovimariva momasjina.",
                  "Wa tja: “Ovakurupe ngave ha yandje onomora yawo yombanka komundu ngwe ha tjiwa, nandarire ngu ma "
                  "tja kutja omundu {run}wombanka.”"]},
        {"glued": True, "lines": ["Omahungiriro wopolisi"], "title": "Omahungiriro wopolisi",
         "body": ["1. Yenda kom~banka puna omuatje woye poo omundu ngu u tjiwa nawa.",
                  "2. O yandja onomora yoye yombanka ko~mundu warwe.",
                  "3. Isa ovi~mariva vyoye mom~banka, ove omuini.",
                  "4. Indu omundu ngwe ho tjiwa ma tja kutja ma ku vatere pomasjina, tjaera.",
                  "5. Zuvarisa opolisi: 067 331 284."]},
    ],
}

OKULIA = {
    "name": "umb_latin1_lf_umbundu_ageing_page_parish_canteen_for_elders_story_byline_dateline_caption_credit_running_head_midquote_glued_weekly_menu_header_day_dish_rows_aligned_by_spaces_portuguese_weekdays_hours_row_free_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ekumbi (an invented Umbundu daily, Huambo, Angola) 2033-09-12 Pág. 6 Omuenyo, ISO 8859-1 (`ã ç é`, straight "
    "quotes; Latin-1 has no dash), LF; blank-line paragraphs, wrapped at 38 with hyphenation. An Umbundu ageing "
    "page: a parish opens a canteen where old people eat at midday (title over two lines, byline line "
    "`Wa soneha: Domingos Sapalo`, the dateline `HUAMBO -` opening the lead, a caption and its credit inside a "
    "sentence, the priest's quotation cut by the running head before `vamue.\"`), then, with no blank line, the "
    "week's menu `Okulia kosemana`: **a header row `Eteke  Okulia` and five rows of a Portuguese weekday and a dish "
    "(`Segunda  Funji la ombisi`) aligned by runs of spaces**, then the serving-hours row and the row saying the old "
    "pay nothing; the menu is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2033-09-12", "page": "6",
    "head": ["EKUMBI | Segunda-feira, 12 Setembro 2033 | Pág. 6", "Omuenyo | Editor: Feliciana Chimuco"],
    "foot": ["Ekumbi | ondaka@ekumbi.example.ao"],
    "furniture": ["EKUMBI", "Segunda-feira, 12 Setembro 2033", "Pág. 6", "Omuenyo", "Editor: Feliciana Chimuco",
                  "Ekumbi | Omuenyo", "Ekumbi", "ondaka@ekumbi.example.ao"],
    "run": ["Ekumbi | Omuenyo"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Akulu vo bairro Académico", "va kuete onjo yokulia", "Wa soneha: Domingos Sapalo"],
         "title": "Akulu vo bairro Académico va kuete onjo yokulia",
         "byline": ["Wa soneha: Domingos Sapalo", "Domingos Sapalo"],
         "captions": ["Akulu va lia vonjo yokulia."], "credits": ["Foto: Adelino Chitue"],
         "body": ["HUAMBO - Ekongelo lia São Pedro lia fetika oku~ecela akulu okulia vonjo yokulia, vo bairro "
                  "Académico. Keteke limue limue, akulu 60 va lia kuenda va noa ovava.",
                  "Ovanyali vana va kuatisa ekongelo oku~lipika okulia, {cap}kuenda omãla vo escola va eya oku~kuatisa "
                  "kosapalo.",
                  "Padre João Kalandula wa popia hati: \"Akulu valua va kasi lika vonjo. Vonjo yokulia va lia kuenda "
                  "va popia {run}vamue.\""]},
        {"glued": True, "lines": ["Okulia kosemana"], "title": "Okulia kosemana",
         "body": [("row", cells([10], "Eteke", "Okulia")),
                  ("row", cells([10], "Segunda", "Funji la ombisi")),
                  ("row", cells([10], "Terça", "Arroz la feijão")),
                  ("row", cells([10], "Quarta", "Funji la ositu")),
                  ("row", cells([10], "Quinta", "Batata-doce la kizaca")),
                  ("row", cells([10], "Sexta", "Arroz la ombisi")),
                  ("row", "Ola yokulia: 12h00-13h30"),
                  ("row", "Akulu ka va futi ko.")]},
    ],
}

SINDIMPAVA = {
    "name": "liv_utf8_nobom_lf_livonian_ageing_page_old_folks_day_story_byline_dateline_caption_credit_running_head_midquote_glued_birthday_greetings_list_intro_village_headings_over_name_age_rows_aligned_by_spaces",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Līvõ rānda (an invented Livonian paper of the Livonian Coast, Latvia) 2033-07-21 Lēḑ 3 Jelāmi, UTF-8 "
    "without BOM (`ā ǟ ē ī ō ȯ õ Õ ū ļ ņ š ž ḑ · „ “ –`), LF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A Livonian ageing page: the coast villages' old folks' day at the Mazirbe people's house (title "
    "over two lines, byline line `Kēratiji: Ilze Zīverte`, the dateline `IRĒ –` opening the lead, a caption and its "
    "credit inside a sentence, the organiser's „“ quotation cut by the running head before `kūlõbõd.“`), then, with "
    "no blank line, the birthday greetings list `Jõvvõ sindimpǟvaks!`: **an intro line, then three village names "
    "as headings (`Kūolka`, `Irē`, `Sīkrõg`), each over rows of a person's name and the age reached, aligned by runs "
    "of spaces (`Alvīne Kārkliņa      90`)**; the list is an article, its head the title, each row a paragraph (one "
    "space kept), each village a heading.",
    "date": "2033-07-21", "page": "3",
    "head": ["LĪVÕ RĀNDA · neļļõndpǟva, 21. jūlij 2033 · Lēḑ 3", "Jelāmi · Redaktor: Anita Grīva"],
    "foot": ["Līvõ rānda · randa@livoranda.example.lv"],
    "furniture": ["LĪVÕ RĀNDA", "neļļõndpǟva, 21. jūlij 2033", "Lēḑ 3", "Jelāmi", "Redaktor: Anita Grīva",
                  "Līvõ rānda · Jelāmi", "Līvõ rānda", "randa@livoranda.example.lv"],
    "run": ["Līvõ rānda · Jelāmi"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Vanā rov pǟva", "Irē rovkuodās", "Kēratiji: Ilze Zīverte"],
         "title": "Vanā rov pǟva Irē rovkuodās", "byline": ["Kēratiji: Ilze Zīverte", "Ilze Zīverte"],
         "captions": ["Vanā rov ja lapst Irē rovkuodās."], "credits": ["Pilt: Uldis Bērziņš"],
         "body": ["IRĒ – Pūolpǟva Irē rovkuodās vȯļ vanā rov pǟva. Kūolka, Irē ja Sīkrõg kilāst tulīztõ īdskubsõ "
                  "kūžkimdõ rovzt.",
                  "Irē skūol lapst lōlizt līvõ lōlõd, {cap}ja pǟva lopāndõks amād sīeiztõ kalā~zupā ja leibõ.",
                  "Pǟva tīeji Ērika Krūze kītiz: „Mēg tīemõ se pǟva egā āigast. Se um jõvā, ku vanā rov tulbõd "
                  "īdskubsõ ja {run}kūlõbõd.“"]},
        {"glued": True, "lines": ["Jõvvõ sindimpǟvaks!"], "title": "Jõvvõ sindimpǟvaks!",
         "body": ["Jūlijs pidūbõd sūrõ sindim~pǟva:",
                  ("h", "Kūolka"),
                  ("row", cells([22], "Alvīne Kārkliņa", "90")),
                  ("row", cells([22], "Kārlis Zēbergs", "85")),
                  ("h", "Irē"),
                  ("row", cells([22], "Grieta Šmite", "95")),
                  ("h", "Sīkrõg"),
                  ("row", cells([22], "Ēvald Bertholds", "80")),
                  ("row", cells([22], "Milda Ozoliņa", "80"))]},
    ],
}

PAGES = [HULIYUAN, BAISUI, CHANGZHAO, YILIAOQUAN, JINTIE, LELING, TRECA_DOB, ONDJAMBI, OKULIA, SINDIMPAVA]
