"""The text of every holdout105 page, written once: make_holdout105_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged, as holdout93-103 used it: `"glued": True` on an article prints its first line straight under
the previous article's last line, with no blank line; `"tight": True` sets the title directly above the lead.
`("row", line)` prints a line of a list, box or table (one gold paragraph per printed line); `("end", line)` a printed
line that is no paragraph of the gold (a notice's issuer, an auctioneer's signature, a lawyer's line between question
and answer). `"runin": sep` prints an item's title run into its first paragraph after `sep` (the Comorian briefs).
`{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may
be split at a line end. The Latin table rows are padded to their columns by `aligned()` (holdout98's helper, as
holdout99, 102 and 103 copied it), so the printed spacing is reproducible. All papers, estates, firms, banks,
agencies, schemes, people, prices, plots, lots and events are invented; real places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


YIFANG = {
    "name": "zh_gbk_lf_property_page_new_estate_sales_story_kicker_title_byline_caption_credit_running_head_midquote_glued_beian_jiage_price_per_floor_table_header_floor_bands_unit_price_total_top_floor_row_note_source",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "滢川日报 2028-09-15 第10版 置业, GBK, LF; blank-line paragraphs, wrapped at 22. A property page: a new "
    "estate's first sales day (the kicker `首批房源昨日开盘认购` over the title, the byline line, a caption and its "
    "credit inside a sentence, the marketing manager's “” quotation cut by the running head before `而行。”`), then, "
    "with no blank line under its last line, the building's price table `澄江云著3号楼备案价格`: a header row "
    "`楼层　备案均价（元/㎡）　总价（万元）`, four rows of floor bands `2—6层　12380　146.8` and the top floor a row "
    "of its own (cheaper), a `注：` row and a source row; the table is an article, its head the title, each printed "
    "line a paragraph, the source row last.",
    "date": "2028-09-15", "page": "10",
    "head": ["滢川日报　　2028年9月15日　星期五", "第10版　置业　　责任编辑：喻　岚"],
    "foot": ["滢川日报社出版　　房产热线：0717-6653180"],
    "furniture": ["滢川日报", "2028年9月15日", "星期五", "第10版", "置业", "责任编辑：喻　岚", "滢川日报·置业",
                  "滢川日报社出版", "房产热线：0717-6653180"],
    "run": ["滢川日报·置业"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["首批房源昨日开盘认购", "澄江云著：低楼层每平方米便宜近千元", "本报记者　卢　舟"],
         "kicker": ["首批房源昨日开盘认购", None], "title": "澄江云著：低楼层每平方米便宜近千元",
         "byline": ["本报记者　卢　舟", "卢　舟", "卢舟"],
         "captions": ["购房者在售楼处查看沙盘。"], "credits": ["本报记者　卢　舟　摄"],
         "body": ["位于滢川新区澄江路的澄江云著项目昨天开盘，首批推出3号楼共96套住房，全部为三室两厅，建筑面积"
                  "118.6平方米。到下午5点，已有61套被认购。",
                  "按照“一房一价”的规定，每套房的价格都在售楼处公示。不少购房者拿着价目表{cap}一层一层地比较。记者"
                  "注意到，同一栋楼里楼层越高单价越高，18层以上每平方米比6层以下贵九百多元，顶层反而最便宜。",
                  "项目营销经理闻佳说：“低楼层适合家里有老人的，高楼层视野好，但首付要多准备几万元，大家还是量力"
                  "{run}而行。”"]},
        {"glued": True, "lines": ["澄江云著3号楼备案价格"], "title": "澄江云著3号楼备案价格",
         "body": [("row", "楼层　备案均价（元/㎡）　总价（万元）"),
                  ("row", "2—6层　12380　146.8"),
                  ("row", "7—12层　12760　151.3"),
                  ("row", "13—17层　13050　154.8"),
                  ("row", "18—24层　13290　157.6"),
                  ("row", "25层（顶层）　11960　141.8"),
                  ("row", "注：每套建筑面积均为118.6平方米。"),
                  ("row", "资料来源：滢川市住房保障和房产管理局")]},
    ],
}

GUIHUA = {
    "name": "zh_gb18030_crlf_city_page_planning_change_story_byline_rare_char_caption_credit_running_head_midsentence_glued_guihua_pigian_gongshi_notice_plot_rows_header_number_use_area_ratio_height_objection_deadline_issuer_date",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汧州日报 2028-10-10 第4版 城建, GB18030 (`\U0002cb5a` U+2CB5A in the reporter's name, not in GBK), CRLF; "
    "indent-only paragraphs, wrapped at 21. A city page: a planning change will put a primary school on a "
    "commercial plot (title, byline line, a caption and its credit inside a sentence, the running head before the "
    "last word `反映。`), then, with no blank line, the planning office's `批前公示`: an opening paragraph, a header "
    "row `地块编号　用地性质　用地面积　容积率　限高`, four plot rows (`MD-07　二类居住用地　3.62公顷　≤2.5　60米`, "
    "the green plot's empty cells `—`), the `公示时间：` and `意见反馈：` paragraphs, the objection deadline "
    "paragraph, `特此公示。`, the issuer on its own line (the byline, none accepted) and the date under it (a "
    "paragraph).",
    "date": "2028-10-10", "page": "4",
    "head": ["汧州日报　　2028年10月10日　星期二", "第4版　城建　　责任编辑：蒲　宁"],
    "foot": ["汧州日报社出版　　新闻热线：0716-8302254"],
    "furniture": ["汧州日报", "2028年10月10日", "星期二", "第4版", "城建", "责任编辑：蒲　宁", "汧州日报·城建",
                  "汧州日报社出版", "新闻热线：0716-8302254"],
    "run": ["汧州日报·城建"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["湄东片区规划调整　商业地块改建小学", "本报记者　钟　\U0002cb5a"],
         "title": "湄东片区规划调整　商业地块改建小学",
         "byline": ["本报记者　钟　\U0002cb5a", "钟　\U0002cb5a", "钟\U0002cb5a"],
         "captions": ["湄东片区待开发的地块。"], "credits": ["（本报记者　钟　\U0002cb5a　摄）"],
         "body": ["市自然资源和规划局昨天发布湄东片区控制性详细规划调整批前公示，片区内四个地块的用途和指标将作"
                  "调整，其中原规划的商业综合体地块改为中小学用地。",
                  "根据公示，这个地块将建一所36个班的小学，{cap}周边两个居住地块的容积率由2.8下调至2.5，限高也从80米"
                  "降到60米，另有一个地块改为公园绿地。",
                  "市自然资源和规划局详细规划科科长蔺向东介绍，调整后片区可以少建约1200套住宅，学位和绿地更充足。"
                  "市民对公示内容有意见的，可以在公示期内通过信函或电子邮件{run}反映。"]},
        {"glued": True, "lines": ["湄东片区控制性详细规划调整批前公示"], "title": "湄东片区控制性详细规划调整批前公示",
         "byline": ["汧州市自然资源和规划局", None],
         "body": ["经市人民政府同意，现将湄东片区控制性详细规划调整方案予以公示，征求公众意见。主要调整内容如下：",
                  ("row", "地块编号　用地性质　用地面积　容积率　限高"),
                  ("row", "MD-03　中小学用地　2.41公顷　≤1.2　24米"),
                  ("row", "MD-07　二类居住用地　3.62公顷　≤2.5　60米"),
                  ("row", "MD-08　二类居住用地　2.95公顷　≤2.5　60米"),
                  ("row", "MD-11　公园绿地　1.18公顷　—　—"),
                  "公示时间：2028年10月9日至11月7日（共30日）。",
                  "意见反馈：公示期内，可将书面意见邮寄至汧州市滨河路26号市自然资源和规划局详细规划科（邮编"
                  "438000），或发送电子邮件至mdgs@qzgh.example.cn。",
                  "意见须写明姓名和联系电话。11月7日以后寄出或发送的意见，不予受理。",
                  "特此公示。",
                  ("end", "汧州市自然资源和规划局"),
                  ("row", "2028年10月9日")]},
    ],
}

ZUWU = {
    "name": "zht_big5_lf_taiwan_housing_page_rent_index_story_byline_line_caption_credit_glued_zuwu_wenda_column_label_head_tenant_question_signed_lawyer_line_name_firm_between_question_and_answer_running_head_midsentence",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "楓岸日報 2028-11-14 B4 居家 (`中華民國117年11月14日`), Big5, LF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan housing page: a rental site's third-quarter rent index (title, the byline line `記者蔡佩珊／台北報導`, a "
    "caption and its credit inside a sentence, a 「」 quotation), then, with no blank line, the rental Q&A column: the "
    "label `租屋問答` (the section; kicker or none accepted), its head, the tenant's question `問：…` signed "
    "`（新莊　吳小姐）` at its end, the lawyer's line `答覆律師：林育賢（立衡法律事務所）` (name, then firm in "
    "brackets; the byline) between the question and the answer, the answer `答：…` and two follow-ons, the running "
    "head before the last word `命令。`.",
    "date": "2028-11-14", "page": "B4",
    "head": ["楓岸日報　中華民國117年11月14日　星期二", "B4　居家　　編輯：歐陽靜"],
    "foot": ["楓岸日報社　讀者服務專線：(04)2258-6613"],
    "furniture": ["楓岸日報", "中華民國117年11月14日", "星期二", "B4", "居家", "編輯：歐陽靜", "楓岸日報．居家",
                  "楓岸日報社", "讀者服務專線：(04)2258-6613"],
    "run": ["楓岸日報．居家"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["租金連漲　雙北套房月租破1.5萬", "記者蔡佩珊／台北報導"], "title": "租金連漲　雙北套房月租破1.5萬",
         "byline": ["記者蔡佩珊／台北報導", "蔡佩珊"],
         "captions": ["民眾在租屋網站查看物件。"], "credits": ["（記者蔡佩珊攝）"],
         "body": ["租屋平台「好窩網」昨天公布第三季租金指數，雙北地區套房平均月租首度突破新臺幣1萬5000元，比去年"
                  "同期上漲6.2%，已經連續七季上漲。",
                  "平台發言人甘仲豪表示，新婚夫妻和剛出社會的年輕人是租屋主力，{cap}捷運沿線的小套房最搶手，不少房東"
                  "趁續約時調漲租金。",
                  "他提醒房客，簽約前要看清楚押金和修繕怎麼約定，「搬走時最常吵的就是押金」，入住當天最好把屋況拍照"
                  "存證。"]},
        {"glued": True, "lines": ["租屋問答", "房東不還押金　房客怎麼辦？"],
         "section": ["租屋問答", None], "kicker": [None, "租屋問答"], "title": "房東不還押金　房客怎麼辦？",
         "byline": ["答覆律師：林育賢（立衡法律事務所）", "林育賢（立衡法律事務所）", "林育賢"],
         "body": ["問：我在新北市租了一間套房，上個月租約到期搬走，房東說牆上有釘孔、冷氣要清洗，兩個月的押金一毛"
                  "都不還。我該怎麼辦？（新莊　吳小姐）",
                  ("end", "答覆律師：林育賢（立衡法律事務所）"),
                  "答：押金是用來擔保租金和房屋損害的。租約到期、房客返還房屋後，房東應該退還押金；要扣款，必須說得"
                  "出具體的損害和金額。",
                  "牆上少量的釘孔、正常使用造成的磨損，屬於一般耗損，房東原則上不能向房客求償。冷氣清洗費如果租約"
                  "沒有約定由房客負擔，也不能直接從押金扣除。",
                  "建議您先寄存證信函，請房東在期限內返還押金；房東仍不理會，可以向區公所申請調解，或向法院聲請支付"
                  "{run}命令。"]},
    ],
}

YAUZHU = {
    "name": "zht_big5hkscs_crlf_hong_kong_housing_page_subsidised_flats_ballot_story_cantonese_byline_caption_credit_running_head_midsentence_glued_yaozhu_jieguo_ballot_result_notice_category_rows_applications_units_oversubscription_total_row_issuer_date",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "海旭日報 2028-05-24 A10 置居, Big5-HKSCS (`喺 嘅 咗 嚟`; in neither cp950 nor Big5), CRLF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong housing page in Cantonese: the ballot for an invented subsidised-sale "
    "scheme (title, byline line `記者　鄺詠詩`, a caption and its credit inside a sentence, a 「」 quotation, the "
    "running head before the last word `查詢。`), then, with no blank line, the agency's ballot result notice: an "
    "opening paragraph, a header row `申請類別　申請數目　單位數目　超額倍數`, three category rows (`綠表家庭　18,362　"
    "860　21.4倍`) and a total row, the queue-number paragraph, a hotline paragraph, the issuer on its own line (the "
    "byline, none accepted) and the date under it (a paragraph).",
    "date": "2028-05-24", "page": "A10",
    "head": ["海旭日報　2028年5月24日　星期三", "A10　置居　　編輯：鄧綺雯"],
    "foot": ["海旭日報社　　讀者熱線：2718 4062"],
    "furniture": ["海旭日報", "2028年5月24日", "星期三", "A10", "置居", "編輯：鄧綺雯", "海旭日報．置居", "海旭日報社",
                  "讀者熱線：2718 4062"],
    "run": ["海旭日報．置居"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["九萬人爭二千單位　白表一人近九十抽一", "記者　鄺詠詩"], "title": "九萬人爭二千單位　白表一人近九十抽一",
         "byline": ["記者　鄺詠詩", "鄺詠詩"],
         "captions": ["申請人喺場內睇攪珠結果。"], "credits": ["（鄺詠詩攝）"],
         "body": ["房屋發展署尋日喺九龍灣舉行「安居置業2028」攪珠，今期推出三個屋苑共2,148個單位，收到九萬二千幾份"
                  "申請，整體超額認購四十三倍。",
                  "一家四口住喺劏房嘅陳先生已經係第五次申請，{cap}佢話今次抽到嘅號碼排喺一萬以後，「睇嚟又係陪跑」。",
                  "房屋發展署發言人表示，申請人可以喺網站用申請編號查閱自己嘅優先次序，揀樓日期會以書面通知，唔使"
                  "親身嚟{run}查詢。"]},
        {"glued": True, "lines": ["「安居置業2028」攪珠結果公告"], "title": "「安居置業2028」攪珠結果公告",
         "byline": ["房屋發展署", None],
         "body": ["「安居置業2028」已於2028年5月23日完成攪珠，各類申請數目及可供出售單位數目如下：",
                  ("row", "申請類別　申請數目　單位數目　超額倍數"),
                  ("row", "綠表家庭　18,362　860　21.4倍"),
                  ("row", "白表家庭　54,905　1,074　51.1倍"),
                  ("row", "白表一人　19,118　214　89.3倍"),
                  ("row", "合計　92,385　2,148　43.0倍"),
                  "申請人可於本署網站輸入申請編號，查閱攪珠所得的優先次序。揀樓時間表將於6月中旬公布，並以郵寄方式"
                  "通知合資格申請人。",
                  "查詢熱線：2836 7105（星期一至五上午9時至下午6時）",
                  ("end", "房屋發展署"),
                  ("row", "2028年5月23日")]},
    ],
}

JIUGAI = {
    "name": "zh_utf16be_bom_lf_community_page_old_estate_renovation_story_byline_caption_credit_residents_quotes_running_head_midsentence_glued_jumin_shuo_box_three_quotes_opened_by_building_and_name_in_brackets",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沄江日报 2028-06-27 第7版 宜居, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. An "
    "old-neighbourhood renovation: a 1980s silk-mill housing estate gets lifts, new roofs and pipes (title, byline "
    "line, a caption and its credit inside a sentence, an old resident's “” quotation, the running head before the "
    "last words `考虑到了。`), then, with no blank line, the box `居民说`: three residents' quotes, each one paragraph "
    "opened by the speaker's building and name in 【】 (`【3号楼　胡秀兰】`), kept; the box is an article, its head "
    "the title.",
    "date": "2028-06-27", "page": "7",
    "head": ["沄江日报　2028年6月27日　星期二", "第7版　宜居　　责任编辑：谷　岩"],
    "foot": ["沄江日报社出版　　新闻热线：0728-4419306"],
    "furniture": ["沄江日报", "2028年6月27日", "星期二", "第7版", "宜居", "责任编辑：谷　岩", "沄江日报·宜居",
                  "沄江日报社出版", "新闻热线：0728-4419306"],
    "run": ["沄江日报·宜居"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["住了四十年的老楼装上了电梯", "本报记者　苗　禾"], "title": "住了四十年的老楼装上了电梯",
         "byline": ["本报记者　苗　禾", "苗　禾", "苗禾"],
         "captions": ["丝绸厂宿舍区5号楼新装的电梯。"], "credits": ["本报记者　苗　禾　摄"],
         "body": ["建于上世纪八十年代的丝绸厂宿舍区，今年3月开始改造，近日完工。小区12栋楼加装了8部电梯，外墙、"
                  "屋顶和地下管网都换了新的，还腾出空地建了一个小广场。",
                  "5号楼的电梯上周投入使用。住在6楼的退休工人邱德胜{cap}今年78岁，以前下一趟楼要歇两回，“现在一按"
                  "按钮就下来了，天天都能去广场上转转”。",
                  "街道城建办主任沈立介绍，改造前，街道先后开了二十多场楼栋会，电梯装在哪里、费用怎么分摊，都由"
                  "居民投票决定，一楼住户的采光和出行也{run}考虑到了。"]},
        {"glued": True, "lines": ["居民说"], "title": "居民说",
         "body": ["【3号楼　胡秀兰】以前一下雨楼道就漏水，墙皮一块块往下掉。现在外墙刷了，屋顶也做了防水，住着"
                  "踏实。",
                  "【5号楼　邱德胜】装电梯每户要出一部分钱，一开始有人不愿意。大家开了四次会，最后按楼层分摊，"
                  "谁也没意见。",
                  "【1号楼　宋建国】我住一楼，用不上电梯，但是小广场就在我家门口，晚上孙子在那儿骑车，我看着"
                  "高兴。"]},
    ],
}

PAIMAI = {
    "name": "zh_utf8_bom_lf_malaysia_property_page_bank_auctions_story_baodao_byline_dateline_caption_credit_running_head_midquote_glued_chanye_paimai_tonggao_auction_notice_lot_rows_area_type_reserve_price_sale_date_deposit_auctioneer_signature_licence_line",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "长堤日报 (an invented Johor Chinese daily) 2028-10-04 第9版 安家, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian property page: more bank-auctioned houses in Johor (title, the byline line "
    "`报道：黄诗敏`, the dateline `（新山3日讯）` opening the lead, a caption and its credit inside a sentence, an "
    "auctioneer's “” quotation cut by the running head before `下手”。`), then, with no blank line, the notice "
    "`产业公开拍卖通告`: an opening paragraph, a header row `编号　地区　产业类型　底价`, four lot rows "
    "(`1　士古来　双层排屋　RM420,000`), the sale-date, venue and deposit paragraphs, the auctioneer's signature "
    "`拍卖官　吴振邦` on its own line (the byline, none accepted) and his licence-and-telephone line under it (a "
    "paragraph).",
    "date": "2028-10-04", "page": "9",
    "head": ["长堤日报　2028年10月4日　星期三", "第9版　安家　　编辑：颜慧敏"],
    "foot": ["长堤日报社　　广告热线：07-335 2186"],
    "furniture": ["长堤日报", "2028年10月4日", "星期三", "第9版", "安家", "编辑：颜慧敏", "长堤日报·安家",
                  "长堤日报社", "广告热线：07-335 2186"],
    "run": ["长堤日报·安家"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["银行拍卖排屋增三成　底价低市价一两成", "报道：黄诗敏"], "title": "银行拍卖排屋增三成　底价低市价一两成",
         "byline": ["报道：黄诗敏", "黄诗敏"],
         "captions": ["一间将被拍卖的双层排屋。"], "credits": ["（黄诗敏摄）"],
         "body": ["（新山3日讯）受利率上调影响，今年首九个月柔佛州被银行拍卖的住宅产业比去年同期增加三成，其中以"
                  "双层排屋最多。",
                  "拍卖官吴振邦说，不少买家看中拍卖产业的底价比市价低一至两成，{cap}但拍卖产业多数不能事先入内查看，"
                  "买家也要自行承担屋主拖欠的管理费和门牌税。",
                  "他建议有意竞标的买家先到现场了解产业状况，并请律师查清地契和欠款，“不要只看底价就{run}下手”。"]},
        {"glued": True, "lines": ["产业公开拍卖通告"], "title": "产业公开拍卖通告",
         "byline": ["拍卖官　吴振邦", None, "吴振邦"],
         "body": ["根据南洋联合银行与借款人签订的贷款协议，以下产业将以公开拍卖方式出售，价高者得：",
                  ("row", "编号　地区　产业类型　底价"),
                  ("row", "1　士古来　双层排屋　RM420,000"),
                  ("row", "2　新山　单层排屋　RM265,000"),
                  ("row", "3　古来　公寓（第8层）　RM188,000"),
                  ("row", "4　地不佬　双层排屋　RM372,000"),
                  "拍卖日期：2028年10月19日（星期四）上午10时30分",
                  "地点：新山长堤拍卖厅三楼",
                  "竞标者须在拍卖前以银行汇票缴付底价的10%作为押金，余款须在120天内付清。",
                  ("end", "拍卖官　吴振邦"),
                  ("row", "执照号码：AL-2051　电话：07-331 6842")]},
    ],
}

PARISH = {
    "name": "gcl_cp1252_crlf_grenadian_creole_property_page_land_sales_story_byline_dateline_caption_credit_running_head_midsentence_glued_sales_by_parish_table_header_parish_sales_value_rows_aligned_by_spaces_total_row_source_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "De Carenage Crier (an invented Grenada daily, St George's) 2028-03-04 Page 11 Land an House, Windows-1252 "
    "(`’ – “ ” ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Grenadian Creole property page: "
    "land and house sales at their highest since Carnival (title over two lines, byline line `Story: Kerlyn "
    "Mitchell`, the dateline `ST GEORGE’S –` opening the lead, a caption and its credit inside a sentence, an "
    "estate agent's “” quotation, the running head before the last words `St John.`), then, with no blank line, the "
    "table `Sales by parish, week to 3 March`: a header row `Parish  Sales  Value (EC$)`, seven parish rows, a total "
    "row and a source row, aligned by runs of spaces; the table is an article, its head the title, each printed line "
    "a paragraph (one space kept), the source row last.",
    "date": "2028-03-04", "page": "11",
    "head": ["DE CARENAGE CRIER · Saturday, 4 March 2028 · Page 11", "Land an House · Editor: Jacinta Bubb"],
    "foot": ["De Carenage Crier · news@carenagecrier.example.gd"],
    "furniture": ["DE CARENAGE CRIER", "Saturday, 4 March 2028", "Page 11", "Land an House", "Editor: Jacinta Bubb",
                  "De Carenage Crier · Land an House", "De Carenage Crier", "news@carenagecrier.example.gd"],
    "run": ["De Carenage Crier · Land an House"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Land an house sale climb", "again in St George", "Story: Kerlyn Mitchell"],
         "title": "Land an house sale climb again in St George",
         "byline": ["Story: Kerlyn Mitchell", "Kerlyn Mitchell"],
         "captions": ["New house dem goin up in Morne Jaloux."], "credits": ["Photo: Dexter Romain"],
         "body": ["ST GEORGE’S – More land an house change hand las week dan any week since Carni~val las year, an "
                  "most a dem in St George, de Deeds an Land Regis~try figures show.",
                  "Estate agent Lennox Fre~de~rick say is people from {cap}abroad an young couple dem who buyin. “Dem "
                  "Grand Anse lot doh stay long on de market at all. Dey gone before de sign even dry,” he tell de "
                  "Crier.",
                  "But he say a small lot in de country still does go for under a hun~dred thou~sand, an young people "
                  "could still find some~ting if dey look in St Mark an {run}St John."]},
        {"glued": True, "lines": ["Sales by parish, week to 3 March"], "title": "Sales by parish, week to 3 March",
         "body": [("row", aligned("Parish", "Sales", "Value (EC$)", widths=(13, 8))),
                  ("row", aligned("St George", "14", "6,420,000", widths=(13, 8))),
                  ("row", aligned("St Andrew", "6", "1,985,000", widths=(13, 8))),
                  ("row", aligned("St David", "5", "2,310,000", widths=(13, 8))),
                  ("row", aligned("St Patrick", "3", "640,000", widths=(13, 8))),
                  ("row", aligned("St John", "2", "415,000", widths=(13, 8))),
                  ("row", aligned("St Mark", "1", "180,000", widths=(13, 8))),
                  ("row", aligned("Carriacou", "2", "760,000", widths=(13, 8))),
                  ("row", aligned("Total", "33", "12,710,000", widths=(13, 8))),
                  ("row", "Figures from de Deeds an Land Registry")]},
    ],
}

MADAGO = {
    "name": "zdj_utf8_nobom_crlf_comorian_housing_page_civil_servants_home_loans_story_byline_dateline_caption_credit_running_head_midquote_glued_habari_za_madago_home_buyers_briefs_label_over_three_runin_heads",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Habari za Ngazidja (an invented Shingazidja Comorian daily, Moroni) 2028-07-13 Ukurasa 5 Madago, UTF-8 "
    "without BOM (`· – “ ” ï`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A Comorian housing "
    "page: an invented bank's new home loans for civil servants (title over two lines, byline line `Wandishi: "
    "Mariama Said`, the dateline `MORONI –` opening the lead, a caption and its credit inside a sentence, a "
    "borrower's “” quotation cut by the running head before `rehe.”`), then, with no blank line, the home-buyers' "
    "briefs column: the label `Habari za madago` (the first item's section; kicker or none accepted, and accepted "
    "on the others) over three items, each opening on its head run in before `. ` (the title; `.` markup), each "
    "one paragraph.",
    "date": "2028-07-13", "page": "5",
    "head": ["HABARI ZA NGAZIDJA · Alhamisi 13.07.2028 · Ukurasa 5", "Madago · Mhariri: Faïza Mohamed"],
    "foot": ["Habari za Ngazidja · habari@ngazidja.example.km"],
    "furniture": ["HABARI ZA NGAZIDJA", "Alhamisi 13.07.2028", "Ukurasa 5", "Madago", "Mhariri: Faïza Mohamed",
                  "Habari za Ngazidja · Madago", "Habari za Ngazidja", "habari@ngazidja.example.km"],
    "run": ["Habari za Ngazidja · Madago"], "labels": [], "markup": [" · "] * 4 + ["."] * 3,
    "articles": [
        {"lines": ["Benki ya Mwezi yatoa mkopo", "wa dago kwa wafanyakazi", "Wandishi: Mariama Said"],
         "title": "Benki ya Mwezi yatoa mkopo wa dago kwa wafanyakazi",
         "byline": ["Wandishi: Mariama Said", "Mariama Said"],
         "captions": ["Dago ndzima Mvuni."], "credits": ["Picha: Ahmed Ali"],
         "body": ["MORONI – Benki ya Mwezi ibiwo mkopo mpya wa dago kwa wafa~nya~kazi wa dola, ye mkopo wa miaka "
                  "ishirini, na faida ya 6 kwa mia kila mwaka.",
                  "Mku~ru~genzi wa benki, Soilihi Abdou, ngwam~biya wandishi ha~ba~ri ye mfa~nya~kazi ngam~lipva ha~ba "
                  "kamwe ya msha~hara, {cap}na mkopo ukaribu faranga milioni ishirini.",
                  "Mwalimu wa Mitsa~miouli, Anli~mati Yous~souf, nde wa kwanza ha~rumwa mkopo: “Miaka kumi nga~rumu~wa "
                  "dago la pango. Sasa ngam~djengo dago langu, na wana wangu watsi ya~ha~ma tsena, mdjini tsi "
                  "{run}rehe.”"]},
        {"glued": True, "lines": ["Habari za madago"], "section": ["Habari za madago", None], "kicker": [None, "Habari za madago"],
         "title": "Saruji", "runin": ". ", "runin_lead": "",
         "body": ["Bei ya saruji ishuka hatru ya faranga 4.500 kwa mfuko, baada ya meli mbili kuvuwa bandari ya "
                  "Moroni mwezi uwu."]},
        {"section": [None, "Habari za madago"], "kicker": [None, "Habari za madago"], "title": "Ardhi ya Hahaya",
         "runin": ". ",
         "body": ["Mdji wa Hahaya ngauza vi~wanja 60 vya ujenzi karibu na uwa~nja wa ndege; maombi ya~na~po~ke~lewa hadi "
                  "31 Julai."]},
        {"section": [None, "Habari za madago"], "kicker": [None, "Habari za madago"], "title": "Msaada wa sheria",
         "runin": ". ",
         "body": ["Wakili wa chama cha wa~nu~nuzi wat~sai~dia bure kila Idjumaa asubuhi, kwenye ofisi ya chama mjini "
                  "Moroni."]},
    ],
}

OBRAS = {
    "name": "fax_latin1_lf_fala_housing_page_old_houses_restoration_story_byline_dateline_caption_credit_running_head_midquote_glued_licencias_dobra_permits_list_header_street_works_rows_aligned_by_spaces",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "A Voz du Xálima (an invented Fala weekly-daily of the Xálima valley, Extremadura) 2028-10-05 Páxina 6 Casas "
    "i Obras, ISO 8859-1 (`á é í ó ú ñ ç « »`; no curly quotes or dashes), LF; blank-line paragraphs, wrapped at 38 "
    "with hyphenation. A Fala housing page: the council's grants to restore the old granite houses of Sa Martín de "
    "Trevellu (title over two lines, byline line `Por Xosé Manuel Carrasco`, the dateline `SA MARTÍN DE TREVELLU -` "
    "opening the lead, a caption and its credit inside a sentence, a resident's «» quotation cut by the running head "
    "before `tellau.»`), then, with no blank line, the permits list `Licencias d'obra cuncedías en setembru`: a "
    "header row `Casa  Obra` and five rows `street, number  works`, aligned by runs of spaces; the list is an "
    "article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2028-10-05", "page": "6",
    "head": ["A VOZ DU XÁLIMA | Xuevis, 5 d'outubru de 2028 | Páxina 6", "Casas i Obras | Redaiçón: Marisa Piris"],
    "foot": ["A Voz du Xálima | correu@vozduxalima.example.es"],
    "furniture": ["A VOZ DU XÁLIMA", "Xuevis, 5 d'outubru de 2028", "Páxina 6", "Casas i Obras", "Redaiçón: Marisa Piris",
                  "A Voz du Xálima | Casas i Obras", "A Voz du Xálima", "correu@vozduxalima.example.es"],
    "run": ["A Voz du Xálima | Casas i Obras"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["U concellu paga a meta", "du arreglu das casas vellas", "Por Xosé Manuel Carrasco"],
         "title": "U concellu paga a meta du arreglu das casas vellas",
         "byline": ["Por Xosé Manuel Carrasco", "Xosé Manuel Carrasco"],
         "captions": ["Casa de pedra na Rúa Mayol."], "credits": ["Foto: Chonchi Gil"],
         "body": ["SA MARTÍN DE TREVELLU - U concellu vai pagal a meta das obras de quen arre~glal as casas vellas de "
                  "pedra du lugal, con un máxi~mu de 6.000 euros por casa, i xá deu cincu licen~cias nu mes de setem~bru.",
                  "As casas de gra~nitu i ma~deira du cascu vellu som muitas vazias. U alcaldi, Xuan Antonio Corra~les, "
                  "dixu que {cap}a idea é que a xenti nova quedi a vivil nu lugal i nun tengan que marchal a Coria u a "
                  "Plasen~cia.",
                  "Lucía Mateus, que vivi na Rúa Mayol, xá tem a licen~cia: «A mia casa tem máis de duzen~tus anus. Sin a "
                  "ayuda nun poi~ría arre~glal nin u {run}tellau.»"]},
        {"glued": True, "lines": ["Licencias d'obra cuncedías en setembru"],
         "title": "Licencias d'obra cuncedías en setembru",
         "body": [("row", aligned("Casa", "Obra", widths=(20,))),
                  ("row", aligned("Rúa Mayol, 14", "Tellau novu", widths=(20,))),
                  ("row", aligned("Rúa da Fonti, 3", "Ventanas i portas", widths=(20,))),
                  ("row", aligned("Praza, 7", "Rebocu da fachada", widths=(20,))),
                  ("row", aligned("Rúa du Castelu, 22", "Bañu i cucina", widths=(20,))),
                  ("row", aligned("Rúa Nova, 9", "Tellau i baltón", widths=(20,)))]},
    ],
}

KADAR = {
    "name": "kxd_macroman_cr_brunei_malay_property_page_first_home_financing_story_byline_dateline_caption_credit_running_head_midquote_glued_financing_rates_table_header_bank_rate_term_rows_aligned_by_spaces_note_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 35, "indent": "", "blank": True,
    "note": "Warta Tutong (an invented Brunei Malay daily, Tutong) 2028-11-06 Muka 8 Rumah & Tanah, Mac OS Roman "
    "(`– “ ”`), CR line ends; blank-line paragraphs, wrapped at 35 with hyphenation. A Brunei Malay property page: "
    "banks lower first-home financing rates (title over two lines, byline line `Olih Siti Rahmah Haji Osman`, the "
    "dateline `BANDAR SERI BEGAWAN –` opening the lead, a caption and its credit inside a sentence, a young civil "
    "servant's “” quotation cut by the running head before `Tutong.”`), then, with no blank line, the table "
    "`Kadar pembiayaan rumah pertama`: a header row `Bank  Kadar  Tempoh`, four bank rows and a note row, aligned by "
    "runs of spaces; the table is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2028-11-06", "page": "8",
    "head": ["WARTA TUTONG – Isnin, 6 November 2028 – Muka 8", "Rumah & Tanah – Pengarang: Hajah Zainab Latif"],
    "foot": ["Warta Tutong – berita@wartatutong.example.bn"],
    "furniture": ["WARTA TUTONG", "Isnin, 6 November 2028", "Muka 8", "Rumah & Tanah", "Pengarang: Hajah Zainab Latif",
                  "Warta Tutong – Rumah & Tanah", "Warta Tutong", "berita@wartatutong.example.bn"],
    "run": ["Warta Tutong – Rumah & Tanah"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Bank turunkan kadar untuk", "pembali rumah pertama", "Olih Siti Rahmah Haji Osman"],
         "title": "Bank turunkan kadar untuk pembali rumah pertama",
         "byline": ["Olih Siti Rahmah Haji Osman", "Siti Rahmah Haji Osman"],
         "captions": ["Rumah baru di Kampong Bukit Udal."], "credits": ["Gambar: Awang Hazmi"],
         "body": ["BANDAR SERI BEGAWAN – Tiga buah bank di negara ani dan Perbadanan Amanah Rumah sudah menu~run~kan kadar "
                  "pembia~yaan rumah per~tama mulai 1 November, antara 0.15 hingga 0.30 peratus.",
                  "Kadar paling rendah, 3.25 pera~tus, dita~war~kan olih perba~danan atu. Bank-bank lain "
                  "mena~war~kan {cap}antara 3.40 hingga 3.65 peratus, dengan tempoh sampai 30 tahun.",
                  "Pegawai kera~jaan, Awangku Fir~daus, 29, bulih tah lega: “Kami sudah lama handak mem~bali rumah, tapi "
                  "ba~yaran bulanan atu inda tertang~gung. Kalau kadar turun lagi, kami mungkin membali di kampong "
                  "dekat {run}Tutong.”"]},
        {"glued": True, "lines": ["Kadar pembiayaan rumah pertama"], "title": "Kadar pembiayaan rumah pertama",
         "body": [("row", aligned("Bank", "Kadar", "Tempoh", widths=(19, 7))),
                  ("row", aligned("Perbadanan Amanah", "3.25%", "25 tahun", widths=(19, 7))),
                  ("row", aligned("Bank Mentari", "3.40%", "30 tahun", widths=(19, 7))),
                  ("row", aligned("Bank Cahaya Timur", "3.55%", "30 tahun", widths=(19, 7))),
                  ("row", aligned("Bank Nakhoda", "3.65%", "25 tahun", widths=(19, 7))),
                  ("row", "Kadar setahun, dari 1 November 2028")]},
    ],
}

PAGES = [YIFANG, GUIHUA, ZUWU, YAUZHU, JIUGAI, PAIMAI, PARISH, MADAGO, OBRAS, KADAR]
