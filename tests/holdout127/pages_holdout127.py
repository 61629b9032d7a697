"""The text of every holdout127 page, written once: make_holdout127_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-126 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `cells()` and
`ramp()` (holdout116's to 126's), so the printed spacing is reproducible. The PMI changes, the safety board's day
count, the exhibitors' shares, the export quotas, the shift totals and the drill intervals are computed here from
the figures they rest on. All papers, firms, fairs, mines, quarries, people, sums, counts, indices, telephone
numbers and events are invented; real places (towns, districts, ports) are settings only.
"""

import unicodedata
from datetime import date


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


# 1. PMI: this month's and last month's readings; the change column is their difference in points.
PMI_ROWS = [("PMI", "50.8", "49.6"), ("生产", "52.1", "50.3"), ("新订单", "51.0", "49.2"),
            ("原材料库存", "48.7", "48.7"), ("从业人员", "48.9", "49.3"), ("供应商配送时间", "50.2", "50.0")]


def change(now, before):
    """A change in points, signed, `0.0` when none."""
    tenths = round(float(now) * 10) - round(float(before) * 10)
    return f"{'+' if tenths > 0 else '-' if tenths < 0 else ''}{abs(tenths) // 10}.{abs(tenths) % 10}"


PMI = {
    "name": "zh_gbk_crlf_manufacturing_page_pmi_back_above_fifty_story_byline_caption_credit_running_head_midquote_glued_pmi_subindex_table_header_row_index_this_month_last_month_signed_change_rows_unchanged_cell_threshold_note_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "澄岭日报 2036-01-22 第5版 工业经济, GBK, CRLF; blank-line paragraphs, wrapped at 22. A manufacturing page: the "
    "invented city's December manufacturing purchasing managers' index rises from 49.6% to 50.8%, back above the "
    "boom-and-bust line (title with a full-width gap, the byline line `本报记者　滕　岚`, a caption and its credit "
    "inside a sentence, the statistics bureau official's “” quotation cut by the running head before `观察。”`), "
    "then, with no blank line, **the table `12月份制造业PMI分项指数`: a header row `指数　12月　11月　变化`, six rows of "
    "an index, two readings in percent and the change in points, signed (`+1.8`, `-0.4`) or `0.0` when unchanged, "
    "and a note row naming the 50% line**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2036-01-22", "page": "5",
    "head": ["澄岭日报　　2036年1月22日　星期二", "第5版　工业经济　　责任编辑：储　岚"],
    "foot": ["澄岭日报社出版　　新闻热线：0736-4418205"],
    "furniture": ["澄岭日报", "2036年1月22日", "星期二", "第5版", "工业经济", "责任编辑：储　岚", "澄岭日报·工业经济",
                  "澄岭日报社出版", "新闻热线：0736-4418205"],
    "run": ["澄岭日报·工业经济"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["12月制造业PMI升至50.8%　重回扩张区间", "本报记者　滕　岚"],
         "title": "12月制造业PMI升至50.8%　重回扩张区间",
         "byline": ["本报记者　滕　岚", "滕　岚", "滕岚"],
         "captions": ["工人在生产线上装配电机。"], "credits": ["（本报记者　滕　岚　摄）"],
         "body": ["市统计局昨天发布，12月份全市制造业采购经理指数（PMI）为50.8%，比上月上升1.2个百分点，在连续三个月"
                  "低于50%之后重新回到扩张区间。",
                  "从分项指数看，生产指数和新订单指数分别上升1.8个百分点，{cap}企业接单和开工情况明显好转；从业人员指数"
                  "则比上月下降0.4个百分点。",
                  "市统计局调查队副队长鲁承志说，一个月的回升还不能说明趋势，“订单能不能持续，还要再看两三个月才好"
                  "{run}观察。”"]},
        {"glued": True, "lines": ["12月份制造业PMI分项指数"], "title": "12月份制造业PMI分项指数",
         "body": [("row", "指数　12月　11月　变化")]
         + [("row", f"{name}　{now}%　{before}%　{change(now, before)}") for name, now, before in PMI_ROWS]
         + [("row", "注：50%为荣枯线，高于50%表示扩张")]},
    ],
}

QUARRY = {
    "name": "zh_gb18030_lf_mining_page_quarry_resumes_after_rectification_story_byline_rare_char_caption_credit_running_head_midquote_indent_only_glued_blasting_notice_times_cordon_three_signal_rows_phone_row_start_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "渼阳晚报 2036-02-26 第9版 产业 (`\U0002c029` U+2C029, CJK Extension E, in the reporter's name and credit; "
    "not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A mining page: a town's granite quarry passes its "
    "safety check after a year's rectification and resumes work next month (title with a full-width gap, the byline "
    "line `本报记者　蒯　\U0002c029`, a caption and its credit inside a sentence, the town's emergency office head's “” "
    "quotation cut by the running head before `靠近。”`), then, with no blank line, **the notice "
    "`石盘岭采石场爆破作业公告`: a row of two daily blasting times, a cordon row, three signal rows (`预警信号：一长声"
    "（30秒）`, `起爆信号：二短声`, `解除信号：三长声`), a telephone row and a start row**; the notice is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2036-02-26", "page": "9",
    "head": ["渼阳晚报　　2036年2月26日　星期二", "第9版　产业　　责任编辑：郜　宁"],
    "foot": ["渼阳晚报社　　读者热线：0739-6627413"],
    "furniture": ["渼阳晚报", "2036年2月26日", "星期二", "第9版", "产业", "责任编辑：郜　宁", "渼阳晚报·产业",
                  "渼阳晚报社", "读者热线：0739-6627413"],
    "run": ["渼阳晚报·产业"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["整改一年通过验收　石盘岭采石场下月复工", "本报记者　蒯　\U0002c029"],
         "title": "整改一年通过验收　石盘岭采石场下月复工",
         "byline": ["本报记者　蒯　\U0002c029", "蒯　\U0002c029", "蒯\U0002c029"],
         "captions": ["完成边坡治理后的采石场作业面。"], "credits": ["（本报记者　蒯　\U0002c029　摄）"],
         "body": ["停工整改一年的石盘岭采石场日前通过县应急管理局组织的安全验收，将于3月1日恢复生产。",
                  "据介绍，整改期间，采石场削坡降段、修筑挡土墙，并新建了视频监控和粉尘喷淋系统，{cap}开采方式也由"
                  "过去的高陡边坡改为自上而下分台阶开采。",
                  "岭下镇应急办主任闻立军提醒周边村民，复工后每天有两个爆破时段，“听到预警信号，大人小孩都别"
                  "{run}靠近。”"]},
        {"glued": True, "lines": ["石盘岭采石场爆破作业公告"], "title": "石盘岭采石场爆破作业公告",
         "body": [("row", "爆破时间：每日11:30—12:00、17:00—17:30"),
                  ("row", "警戒范围：爆破点周边300米"),
                  ("row", "预警信号：一长声（30秒）"),
                  ("row", "起爆信号：二短声"),
                  ("row", "解除信号：三长声"),
                  ("row", "联系电话：0739-6615208"),
                  ("row", "本公告自2036年3月1日起执行")]},
    ],
}

HALLS = {
    "name": "zht_big5_crlf_taiwan_trade_fair_page_hardware_tools_show_opens_story_byline_caption_credit_running_head_midquote_glued_hall_guide_header_row_hall_floor_exhibits_rows_repeated_hall_cells_public_day_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "嵐港日報 2036-03-19 A8 產業 (`中華民國125年3月19日`), Big5, CRLF; blank-line paragraphs, wrapped at 20. A Taiwan "
    "trade fair page: an invented hardware and tools show opens in Taichung with 680 exhibitors on 1,900 booths, its "
    "first two days for trade buyers (title with a full-width gap, the byline line `記者蔡明哲／臺中報導`, a caption and "
    "its credit inside a sentence, the organisers' chairman's 「」 quotation cut by the running head before `訂單。」`), "
    "then, with no blank line, **the hall guide `展區分布`: a header row `館別　樓層　展出內容`, five rows of a hall, a "
    "floor and what it shows, each hall named on two rows (`A館　1樓　手工具、量具`, `A館　2樓　…`), and a public-day "
    "row**; the guide is an article, its head the title, each printed row a paragraph.",
    "date": "2036-03-19", "page": "A8",
    "head": ["嵐港日報　中華民國125年3月19日　星期三", "A8　產業　　編輯：溫淑芬"],
    "foot": ["嵐港日報社　讀者服務專線：(04)2657-3104"],
    "furniture": ["嵐港日報", "中華民國125年3月19日", "星期三", "A8", "產業", "編輯：溫淑芬", "嵐港日報．產業",
                  "嵐港日報社", "讀者服務專線：(04)2657-3104"],
    "run": ["嵐港日報．產業"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["五金工具展明開幕　680家廠商參展", "記者蔡明哲／臺中報導"], "title": "五金工具展明開幕　680家廠商參展",
         "byline": ["記者蔡明哲／臺中報導", "蔡明哲"],
         "captions": ["廠商在展場內布置攤位。"], "credits": ["（記者蔡明哲攝）"],
         "body": ["第十二屆嵐港國際五金工具展明天起一連四天在臺中大肚山會展中心舉行，共有680家廠商、1900個攤位參展，"
                  "規模創歷年新高。",
                  "主辦單位表示，今年展出以手工具、電動工具和螺絲扣件為主，{cap}前兩天只開放專業買主，已有來自四十多個"
                  "國家的買主預先登記。",
                  "嵐港五金工具同業公會理事長卓永福說，去年下半年訂單回溫，「希望這次展覽能替中小廠多帶回一些"
                  "{run}訂單。」"]},
        {"glued": True, "lines": ["展區分布"], "title": "展區分布",
         "body": [("row", "館別　樓層　展出內容"),
                  ("row", "A館　1樓　手工具、量具"),
                  ("row", "A館　2樓　電動工具、氣動工具"),
                  ("row", "B館　1樓　螺絲、扣件"),
                  ("row", "B館　2樓　五金配件、鎖具"),
                  ("row", "C館　1樓　機械零組件"),
                  ("row", "3月22日起開放一般民眾參觀")]},
    ],
}

EXHIBITORS = [("中國內地", 730), ("香港", 260), ("台灣", 130), ("日本及韓國", 80), ("其他", 50)]
EXHIBITORS_TOTAL = sum(count for _, count in EXHIBITORS)


def share(count):
    """A share of the exhibitors in percent, one decimal (each is exact here)."""
    tenths = count * 1000 / EXHIBITORS_TOTAL
    assert tenths == int(tenths), count
    return f"{int(tenths) // 10}.{int(tenths) % 10}%"


FAIR_HK = {
    "name": "zht_big5hkscs_lf_hong_kong_trade_fair_page_electronics_fair_next_week_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_exhibitors_by_origin_table_header_row_region_count_share_rows_total_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "汀峯日報 2036-04-23 B4 工商 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟 啲`; in neither cp950 nor Big5), LF; "
    "indent-only paragraphs, wrapped at 20. A Hong Kong trade fair page in Cantonese: an invented spring electronics "
    "fair in Wan Chai next week has 1,250 exhibitors, nearly six in ten from the mainland (title with a full-width "
    "gap, the byline line `記者　麥詠珊`, a caption and its credit inside a sentence, a Kwun Tong maker's 「」 quotation "
    "cut by the running head before `生意。」`), then, with no blank line, **the table `參展商來源地`: a header row "
    "`地區　展商　佔比`, five rows of a region, its exhibitors and their share to one decimal (`中國內地　730　58.4%`), "
    "and a total row `合計　1,250　100%`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2036-04-23", "page": "B4",
    "head": ["汀峯日報　2036年4月23日　星期三", "B4　工商　　編輯：甘志峰"],
    "foot": ["汀峯日報社　　新聞熱線：2819 4062"],
    "furniture": ["汀峯日報", "2036年4月23日", "星期三", "B4", "工商", "編輯：甘志峰", "汀峯日報．工商", "汀峯日報社",
                  "新聞熱線：2819 4062"],
    "run": ["汀峯日報．工商"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["春季電子展下週開鑼　內地展商佔近六成", "記者　麥詠珊"], "title": "春季電子展下週開鑼　內地展商佔近六成",
         "byline": ["記者　麥詠珊", "麥詠珊"],
         "captions": ["工作人員喺展館度佈置。"], "credits": ["（麥詠珊攝）"],
         "body": ["一年一度嘅春季電子產品展下星期二喺灣仔開幕，今年有1,250間展商參展，比去年多咗一成，當中730間嚟自"
                  "內地。",
                  "主辦機構話，今年新增咗智能家居同電動車配件兩個展區，{cap}預計四日展期會吸引超過六萬名買家入場。",
                  "喺觀塘做藍牙耳機嘅廠家黎振邦話，呢幾年香港廠越嚟越少，「靠呢個展見下外國客，先至有下半年嘅"
                  "{run}生意。」"]},
        {"glued": True, "lines": ["參展商來源地"], "title": "參展商來源地",
         "body": [("row", "地區　展商　佔比")]
         + [("row", f"{region}　{count}　{share(count)}") for region, count in EXHIBITORS]
         + [("row", f"合計　{EXHIBITORS_TOTAL:,}　100%")]},
    ],
}

BOARD_DAY = date(2036, 5, 27)
LAST_INJURY = date(2032, 11, 14)
SAFE_DAYS = (BOARD_DAY - LAST_INJURY).days  # the board counts whole days since the last lost-time injury: 1290

SAFETY = {
    "name": "zh_utf16le_bom_lf_manufacturing_page_factory_safety_record_story_byline_caption_credit_running_head_midquote_glued_safety_record_board_today_row_day_count_row_last_injury_date_row_hazards_found_fixed_rows",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溱州日报 2036-05-27 第6版 工业, **UTF-16 LE with BOM**, LF; blank-line paragraphs, wrapped at 22. A manufacturing "
    "page: an invented forging-machine works has gone 1,290 days without a lost-time injury (title with a full-width "
    "gap, the byline line `本报记者　晏　平`, a caption and its credit inside a sentence, the works' safety chief's “” "
    "quotation cut by the running head before `习惯。”`), then, with no blank line, **the board "
    "`安全生产记录牌` as it hangs at the works' gate: a today row `今天是：5月27日` (the year left off, as on the board), the day count "
    "`本厂安全生产天数：1290天`, the last injury's date `2032年11月14日` (the count checked against the two dates), and "
    "two rows of hazards found and fixed**; the board is an article, its head the title, each printed row a paragraph.",
    "date": "2036-05-27", "page": "6",
    "head": ["溱州日报　　2036年5月27日　星期二", "第6版　工业　　责任编辑：房　沁"],
    "foot": ["溱州日报社出版　　新闻热线：0515-8836274"],
    "furniture": ["溱州日报", "2036年5月27日", "星期二", "第6版", "工业", "责任编辑：房　沁", "溱州日报·工业",
                  "溱州日报社出版", "新闻热线：0515-8836274"],
    "run": ["溱州日报·工业"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"连续{SAFE_DAYS}天无工伤　这家锻压厂怎么做到的", "本报记者　晏　平"],
         "title": f"连续{SAFE_DAYS}天无工伤　这家锻压厂怎么做到的",
         "byline": ["本报记者　晏　平", "晏　平", "晏平"],
         "captions": ["班前会上，班组长讲解当班安全要点。"], "credits": ["（本报记者　晏　平　摄）"],
         "body": [f"走进溱州锻压机床厂大门，迎面是一块记录牌，上面的数字每天早上更新：到今天，这家有六百多名职工的"
                  f"老厂已经连续{SAFE_DAYS}天没有发生工伤事故。",
                  "厂安全科科长饶建新介绍，厂里每个班组每天开工前开十分钟班前会，{cap}每周由车间主任带队排查隐患，"
                  "查出的问题当周整改、当周销号。",
                  "他说，安全靠的不是一块牌子，“规矩天天讲，讲到最后，就成了每个人的{run}习惯。”"]},
        {"glued": True, "lines": ["安全生产记录牌"], "title": "安全生产记录牌",
         "body": [("row", f"今天是：{BOARD_DAY.month}月{BOARD_DAY.day}日"),
                  ("row", f"本厂安全生产天数：{SAFE_DAYS}天"),
                  ("row", f"上次工伤事故：{LAST_INJURY.year}年{LAST_INJURY.month}月{LAST_INJURY.day}日"),
                  ("row", "本年度排查隐患：58项"),
                  ("row", "已整改：58项")]},
    ],
}

# 6. Quotas: 2,000 tonnes a hectare, so a mine's quota in 10,000 tonnes is its hectares divided by five.
QUOTA_MINES = [("宏岭矿业", 120), ("金沙河资源", 95), ("东林开采", 80), ("嘉华矿产", 110), ("南山矿业", 45)]
QUOTA_AREA = sum(area for _, area in QUOTA_MINES)
QUOTA_TOTAL = sum(area // 5 for _, area in QUOTA_MINES)
assert all(area % 5 == 0 for _, area in QUOTA_MINES) and QUOTA_TOTAL * 5 == QUOTA_AREA

BAUXITE = {
    "name": "zh_utf8_nobom_cr_malaysia_mining_page_bauxite_export_quotas_story_byline_caption_credit_running_head_midquote_indent_only_glued_quota_table_header_row_mine_hectares_quota_rows_quota_in_proportion_total_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "东岸商报 (an invented Malaysian Chinese daily) 2036-06-24 第11版 经济, UTF-8 without BOM, **CR** line ends; "
    "indent-only paragraphs, wrapped at 21. A Malaysian mining page: the Pahang state authority gives five licensed "
    "bauxite miners near Kuantan their third-quarter export quotas, 900,000 tonnes in all at 2,000 tonnes a hectare "
    "(title with a full-width gap, the byline line `记者　叶美玲`, a caption and its credit inside a sentence, the "
    "miners' association chairman's “” quotation cut by the running head before `想清楚。”`), then, with no blank "
    "line, **the table `第三季铝土出口配额`: a header row `矿场　矿地（公顷）　配额（万公吨）`, five rows of a mine, its "
    "hectares and its quota, each quota a fifth of the hectares (`宏岭矿业　120　24`), and a total row "
    "`合计　450　90`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2036-06-24", "page": "11",
    "head": ["东岸商报　2036年6月24日　星期二", "第11版　经济　　编辑：邝伟明"],
    "foot": ["东岸商报社　　新闻热线：09-513 2276"],
    "furniture": ["东岸商报", "2036年6月24日", "星期二", "第11版", "经济", "编辑：邝伟明", "东岸商报·经济", "东岸商报社",
                  "新闻热线：09-513 2276"],
    "run": ["东岸商报·经济"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"第三季铝土出口配额出炉　共批{QUOTA_TOTAL}万公吨", "记者　叶美玲"],
         "title": f"第三季铝土出口配额出炉　共批{QUOTA_TOTAL}万公吨",
         "byline": ["记者　叶美玲", "叶美玲"],
         "captions": ["罗厘把铝土运进关丹港的堆场。"], "credits": ["（叶美玲摄）"],
         "body": [f"彭亨州政府昨天公布第三季铝土出口配额，关丹一带五家持有执照的矿场共获准出口{QUOTA_TOTAL}万公吨，"
                  "比上一季少一成。",
                  "州行政议员在文告中说，配额按每家矿场获批的矿地面积分配，每公顷2000公吨，{cap}运输罗厘必须加盖"
                  "帆布，并在离开矿场前洗车。",
                  "铝土矿业者公会主席伍俊杰说，业者都愿意配合，“只是配额每一季才公布一次，买家要的是长期合约，"
                  "这一点希望政府{run}想清楚。”"]},
        {"glued": True, "lines": ["第三季铝土出口配额"], "title": "第三季铝土出口配额",
         "body": [("row", "矿场　矿地（公顷）　配额（万公吨）")]
         + [("row", f"{mine}　{area}　{area // 5}") for mine, area in QUOTA_MINES]
         + [("row", f"合计　{QUOTA_AREA}　{QUOTA_TOTAL}")]},
    ],
}

STAND_FEES = [("3 m x 3 m", "N45,000"), ("3 m x 6 m", "N85,000"), ("6 m x 6 m", "N160,000")]

BRASS = {
    "name": "nup_macroman_cr_nupe_trade_fair_page_bida_brass_smiths_go_to_fair_story_byline_dateline_caption_credit_running_head_midquote_glued_stand_fee_table_header_row_size_cells_holding_spaces_and_x_fees_flush_right_deadline_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Làbári Nupe (an invented Nupe weekly, Bida, Niger State, Nigeria) 2036-07-23 Page 6 Business, **Mac Roman** "
    "(`à á è é ì í ò ó ù ú · – “ ”`; the naira printed `N`, as Mac Roman has no `₦`), **CR** line ends; blank-line "
    "paragraphs, wrapped at 37 with hyphenation. A Nupe trade fair page: Bida's brass-smiths take their trays and "
    "bowls to an invented trade fair at Minna that opens on Saturday 2 August (title over two lines, byline line "
    "`Kpàkó: Aliyu Ndagi`, the dateline `BIDA –` opening the lead, a caption and its credit inside a sentence, a "
    "smith's “” quotation cut by the running head before `bàbà.”`), then, with no blank line, **the stand fee table "
    "`Kudi stand nyá Fair`: a header row `Stand  Kudi`, three rows of a stand size whose cell holds spaces and an "
    "`x` (`3 m x 3 m`) and its fee flush right (`N45,000`), aligned by runs of spaces, and a deadline row**; the table "
    "is an article, its head the title, each printed row a paragraph (one space kept between cells and inside each "
    "size).",
    "date": "2036-07-23", "page": "6",
    "head": ["LÀBÁRI NUPE · Wednesday 23.07.2036 · Page 6", "Business · Editor: Musa Etsu Kolo"],
    "foot": ["Làbári Nupe · labari@bida.example.ng"],
    "furniture": ["LÀBÁRI NUPE", "Wednesday 23.07.2036", "Page 6", "Business", "Editor: Musa Etsu Kolo",
                  "Làbári Nupe · Business", "Làbári Nupe", "labari@bida.example.ng"],
    "run": ["Làbári Nupe · Business"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Eza gbakò nyá Bida", "lo Minna Trade Fair", "Kpàkó: Aliyu Ndagi"],
         "title": "Eza gbakò nyá Bida lo Minna Trade Fair",
         "byline": ["Kpàkó: Aliyu Ndagi", "Aliyu Ndagi"],
         "captions": ["Gbakò Ndako Gana tò tire bàbà."], "credits": ["Foto: Yakubu Jiya"],
         "body": ["BIDA – Eza gbakò gu~ta~wo~ba nyá Bida ga ya ebà~ci nyá bàbà zùn lo Minna Trade Fair, "
                  "ga~ni ya tsoro Sa~ti~di 2 Agusta. Eza na ga le tire, kwa~no kpo~ta~kpo~ta ni fitila bàbà.",
                  "Etsu gbakò nyá Bida, Mohammed Ndayako, ga~nan eza gu~ta~wo~ba fe kudi stand na {cap}ni "
                  "ofis nyá Fair na ni Minna. Stand dè~dè~ci ga ye N45,000.",
                  "Gbakò Ndako Gana ga: “Fair na ye ekpá nyá eza ni Legos ma ni Abuja ya du~go~wa ebà~ci "
                  "nyá {run}bàbà.”"]},
        {"glued": True, "lines": ["Kudi stand nyá Fair"], "title": "Kudi stand nyá Fair",
         "body": [("row", ramp((12, 12), "Stand", "Kudi"))]
         + [("row", ramp((12, 12), size, fee)) for size, fee in STAND_FEES]
         + [("row", "Kudi na ya tsoro 30.07.2036")]},
    ],
}

def shown(widths, *texts):
    """A Latin row padded by the letters it shows (a combining accent takes no place): the first cells flush left,
    the last flush right; an empty cell is only padding."""
    def seen(text):
        return sum(1 for ch in text if not unicodedata.combining(ch))

    *lead, last = texts
    row = "".join(text + " " * (w - seen(text)) for text, w in zip(lead, widths))
    return row + " " * (widths[-1] - seen(last)) + last


SHIFTS = [("Ẹ́ka 1", "6 am – 2 pm", 90), ("Ẹ́ka 2", "2 pm – 10 pm", 80), ("Ẹ́ka 3", "10 pm – 6 am", 70)]
SHIFT_TOTAL = sum(workers for _, _, workers in SHIFTS)

CASSAVA = {
    "name": "idu_utf16be_bom_crlf_idoma_manufacturing_page_cassava_factory_runs_three_shifts_story_byline_dateline_caption_credit_running_head_midquote_glued_shift_roster_header_row_shift_hours_past_midnight_workers_flush_right_total_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "Ụnyị Otukpo (an invented Idoma weekly, Otukpo, Benue State, Nigeria) 2036-08-26 Page 5 Industry, **UTF-16 BE "
    "with BOM** (`ẹ ọ ụ ị` with a dot below, `ẹ́ ọ́` with a combining acute U+0301 over them, `· – “ ”`), CRLF; "
    "blank-line paragraphs, wrapped at 34 with hyphenation. An Idoma manufacturing page: an invented cassava-flour "
    "factory at Otukpo starts working day and night in three shifts with 240 workers (title over two lines, byline "
    "line `Ọ́nyẹ ẹ́bụ: Grace Ene Ochai`, the dateline `OTUKPO –` opening the lead, a caption and its credit inside a "
    "sentence, a worker's “” quotation cut by the running head before `ọ́lẹ.”`), then, with no blank line, **the shift "
    "roster `Shift ọ́ ẹ́gbẹ`: a header row `Shift  Ahan  Ẹ́bọ`, three rows of a shift, its hours as a cell holding "
    "spaces and a dash, the last running past midnight (`10 pm – 6 am`), and its workers flush right, and a total "
    "row `Ọ́kpọ  240`**; the roster is an article, its head the title, each printed row a paragraph (one space kept "
    "between cells and inside each hours cell).",
    "date": "2036-08-26", "page": "5",
    "head": ["ỤNYỊ OTUKPO · Tuesday 26.08.2036 · Page 5", "Industry · Editor: Peter Ogwuche"],
    "foot": ["Ụnyị Otukpo · unyi@otukpo.example.ng"],
    "furniture": ["ỤNYỊ OTUKPO", "Tuesday 26.08.2036", "Page 5", "Industry", "Editor: Peter Ogwuche",
                  "Ụnyị Otukpo · Industry", "Ụnyị Otukpo", "unyi@otukpo.example.ng"],
    "run": ["Ụnyị Otukpo · Industry"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ẹ́gbẹ akpụ ọ́ Otukpo", f"ọ́ hẹ ẹ́bọ {SHIFT_TOTAL} ẹ́ka ẹ́ta", "Ọ́nyẹ ẹ́bụ: Grace Ene Ochai"],
         "title": f"Ẹ́gbẹ akpụ ọ́ Otukpo ọ́ hẹ ẹ́bọ {SHIFT_TOTAL} ẹ́ka ẹ́ta",
         "byline": ["Ọ́nyẹ ẹ́bụ: Grace Ene Ochai", "Grace Ene Ochai"],
         "captions": ["Ẹ́bọ ẹ́gbẹ akpụ ọ́ Otukpo."], "credits": ["Foto: Samuel Agbo"],
         "body": [f"OTUKPO – Ẹ́gbẹ akpụ ọ́ Ochekpe Foods ọ́ Otukpo ọ́ hẹ ẹ́bọ {SHIFT_TOTAL}, ọ́ kọ ẹ́ka ẹ́ta "
                  "ẹ́ ọ́ngwụ. Ẹ́gbẹ na ọ́ ma akpụ ọ́ ọ́kpa~ta~kpa~ta, ọ́ nyị ọ́ hẹ flour ọ́ bread.",
                  "Manager ọ́ ẹ́gbẹ na, Daniel Oche~ja, ọ́ ta ẹ́ka ẹ́ta ọ́ ma ẹ́gbẹ na {cap}ọ́ mụ akpụ tọ~nị ẹ́ta "
                  "ẹ́ ọ́ngwụ, ọ́ nyị ẹ́bọ ọ́ nọ ọ́kpa~ta~kpa~ta ọ́ ta akpụ.",
                  "Ọ́nyẹ ẹ́bọ, Mary Ene Ojo, ọ́ ta: “Ẹ́ka ẹ́ta ọ́ nụ ọ́ma, ẹ́bọ ọ́ hẹ ẹ́gbẹ ọ́ ta ọ́nyị {run}ọ́lẹ.”"]},
        {"glued": True, "lines": ["Shift ọ́ ẹ́gbẹ"], "title": "Shift ọ́ ẹ́gbẹ",
         "body": [("row", shown((8, 15, 6), "Shift", "Ahan", "Ẹ́bọ"))]
         + [("row", shown((8, 15, 6), shift, hours, str(workers))) for shift, hours, workers in SHIFTS]
         + [("row", shown((8, 15, 6), "Ọ́kpọ", "", str(SHIFT_TOTAL)))]},
    ],
}

DRILL = [("CHV-01", "42.0", "58.5", "1.42"), ("CHV-02", "61.0", "70.0", "0.87"), ("CHV-03", "35.5", "61.5", "2.10"),
         ("CHV-04", "18.0", "24.5", "0.55")]


def metres(start, end):
    """The length of a drilled interval, to a tenth of a metre."""
    tenths = round(float(end) * 10) - round(float(start) * 10)
    return f"{tenths // 10}.{tenths % 10}"


COPPER = {
    "name": "lue_latin1_lf_luvale_mining_page_copper_found_in_drill_holes_story_byline_dateline_caption_credit_running_head_midquote_straight_quotes_indent_only_glued_drill_results_table_header_row_hole_from_to_metres_grade_rows_width_computed_note_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 39, "indent": "   ", "blank": False,
    "note": "Mujimbu wa Zambezi (an invented Luvale weekly, Zambezi, North-Western Province, Zambia) 2036-09-24 Page 4 "
    "Mining, **Latin-1** (only `·` outside ASCII; straight quotes `\"`, the dateline's ` - ` a hyphen), LF; "
    "**indent-only paragraphs (three spaces, no blank lines)**, wrapped at 39 with hyphenation. A Luvale mining page: "
    "an invented exploration firm finds copper in four drill holes near Chavuma, the best 26.0 metres at 2.10% (title "
    "over two lines, byline line `Kusoneka: Mary Sakuwaha`, the dateline `CHAVUMA -` opening the lead, a caption and "
    "its credit inside a sentence, a headman's straight-quoted quotation cut by the running head before `milimo.\"`), "
    "then, with no blank line, **the drill results table `Vyuma vawanyine mu mavu`: a header row `Hole  Kufuma  Kuya  "
    "Metres  Cu %`, four rows of a hole, the depths of an interval, its length (the second depth less the first, "
    "checked) and its copper grade, every figure to one or two decimals and flush right, and a note row**; the table is "
    "an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2036-09-24", "page": "4",
    "head": ["MUJIMBU WA ZAMBEZI · 24.09.2036 · Page 4", "Mining · Editor: Jonas Kakoma"],
    "foot": ["Mujimbu wa Zambezi · mujimbu@zambezi.example.zm"],
    "furniture": ["MUJIMBU WA ZAMBEZI", "24.09.2036", "Page 4", "Mining", "Editor: Jonas Kakoma",
                  "Mujimbu wa Zambezi · Mining", "Mujimbu wa Zambezi", "mujimbu@zambezi.example.zm"],
    "run": ["Mujimbu wa Zambezi · Mining"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kambu Resources navawana", "kopa kwakamwihi na Chavuma", "Kusoneka: Mary Sakuwaha"],
         "title": "Kambu Resources navawana kopa kwakamwihi na Chavuma",
         "byline": ["Kusoneka: Mary Sakuwaha", "Mary Sakuwaha"],
         "captions": ["Vatu vakukatula mavu ha CHV-03."], "credits": ["Foto: Kennedy Chinyama"],
         "body": ["CHAVUMA - Kambu Resources navawana kopa mu mina aku~wa~na~na ali ku~la~la kwa Cha~vu~ma. "
                  "Ha mina CHV-03, va~wa~nyi~ne kopa ya 2.10% mu metres 26.0.",
                  "Mukulwane wa kam~pa~ni, Ste~phen Lu~ku~nda, ambile ngwenyi vanafwe~te~le~la kuka~tu~la "
                  "mi~na ya~ve~ka {cap}mu mwaka uno, kaha kuma~ku~li~ko vatu vaka~ku~ta~mbu~ka nawa.",
                  "Mwa~na~ngana Kasa~ya~ndu ambile ngwenyi: \"Tweji ku~ve~chi~la mi~ngo~ngo, oloze tuna~ku~sa~ka "
                  "vakwenyu ve~tu vawane {run}milimo.\""]},
        {"glued": True, "lines": ["Vyuma vawanyine mu mavu"], "title": "Vyuma vawanyine mu mavu",
         "body": [("row", ramp((7, 8, 7, 8, 6), "Hole", "Kufuma", "Kuya", "Metres", "Cu %"))]
         + [("row", ramp((7, 8, 7, 8, 6), hole, start, end, metres(start, end), grade))
            for hole, start, end, grade in DRILL]
         + [("row", "Kufuma na Kuya: metres mu mavu")]},
    ],
}

ORE = [("Fe", "58.4%", "61.2%"), ("SiO2", "6.1%", "4.8%"), ("Al2O3", "1.9%", "1.5%"), ("P", "0.04%", "0.03%"),
       ("S", "0.02%", "0.02%")]

IRON = {
    "name": "rif_utf8_bom_crlf_tarifit_mining_page_old_iron_mine_ore_tested_story_byline_dateline_caption_credit_running_head_midquote_guillemets_glued_ore_analysis_table_header_row_chemical_formula_cells_two_samples_percent_rows_source_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Awal n Ennaḍur (an invented Tarifit weekly, Nador, Morocco) 2036-10-22 Asebter 5 Tadamsa, UTF-8 with BOM "
    "(`ḍ ṛ ẓ ḥ ɣ ɛ`, `« »`, `· –`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Tarifit mining page: "
    "an invented firm tests the ore left in heaps at the old iron mines of Wiksan (Ouixane) and finds up to 61.2% iron "
    "(title over two lines, byline line `Yura-t: Nadia Amezzyan`, the dateline `ENNAḌUR –` opening the lead, a caption "
    "and its credit inside a sentence, a former miner's « » quotation cut by the running head before `Wiksan.»`), "
    "then, with no blank line, **the analysis table `Tajṛibt n uzzal`: a header row `Aferdis  A  B`, five rows of an "
    "element or a compound written as an ASCII formula (`SiO2`, `Al2O3`) and its share in two samples, aligned by "
    "runs of spaces, figures flush right, and a source row `Aɣbalu: …`**; the table is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2036-10-22", "page": "5",
    "head": ["AWAL N ENNAḌUR · 22.10.2036 · Asebter 5", "Tadamsa · Amaswaḍ: Karim Buzyan"],
    "foot": ["Awal n Ennaḍur · awal@nador.example.ma"],
    "furniture": ["AWAL N ENNAḌUR", "22.10.2036", "Asebter 5", "Tadamsa", "Amaswaḍ: Karim Buzyan",
                  "Awal n Ennaḍur · Tadamsa", "Awal n Ennaḍur", "awal@nador.example.ma"],
    "run": ["Awal n Ennaḍur · Tadamsa"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Uzzal n Wiksan iqqim-d", "d aṭṭas deg yiɣeṛṛaben", "Yura-t: Nadia Amezzyan"],
         "title": "Uzzal n Wiksan iqqim-d d aṭṭas deg yiɣeṛṛaben",
         "byline": ["Yura-t: Nadia Amezzyan", "Nadia Amezzyan"],
         "captions": ["Iɣeṛṛaben n uzzal di Wiksan."], "credits": ["Tawlaft: Said Uḥemmu"],
         "body": ["ENNAḌUR – Tamsirt Azru Metals tug~a tajṛibt i yiɣeṛ~ṛa~ben n uzzal i yeqqimen zi lmina n "
                  "Wiksan, ar a ttwa~ḥeb~sen di 1967. Yufa-d uzzal ar 61.2% deg yiwen n wamkan.",
                  "Anemhal n tmesrit, Yusef Ben~ɛ~li, yenna-d belli ad sseɣ~ren iɣeṛṛaben {cap}ad ten awin ɣer "
                  "tmarsa n Ennaḍur, ma tuɣ tisirag zi tnebḍant.",
                  "Muḥend Aqelɛi, ixeddem di lmina zeg 1958 ar 1967, yenna-d: «A neṛja tawuri ad teqqel ɣer "
                  "{run}Wiksan.»"]},
        {"glued": True, "lines": ["Tajṛibt n uzzal"], "title": "Tajṛibt n uzzal",
         "body": [("row", ramp((9, 8, 8), "Aferdis", "A", "B"))]
         + [("row", ramp((9, 8, 8), name, a, b)) for name, a, b in ORE]
         + [("row", "Aɣbalu: Azru Metals, Ennaḍur")]},
    ],
}

PAGES = [PMI, QUARRY, HALLS, FAIR_HK, SAFETY, BAUXITE, BRASS, CASSAVA, COPPER, IRON]
