"""The text of every holdout102 page, written once: make_holdout102_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged, as holdout93-99 used it: `"glued": True` on an article prints its first line straight under the
previous article's last line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)`
prints a line of a list, box or notice (one gold paragraph per printed line); `("end", line)` a printed line that is no
paragraph of the gold (a signature); `("more", line)` the same with no blank line before it. `{cap}` drops the caption
and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end. The
Latin box rows are padded to their columns by `aligned()` (holdout98's helper, as holdout99 copied it), so the printed
spacing is reproducible; a row whose first cell is empty starts with spaces. All papers, clan associations, temples,
halls, schools, villages, people, figures and events are invented; real places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


ZONGQIN = {
    "name": "zh_gbk_crlf_qiaoxiang_page_clan_reunion_story_kicker_title_byline_caption_credit_running_head_midquote_glued_zongqinhui_gonggao_notice_opening_paragraph_officers_rows_padded_labels_country_in_brackets_teci_gonggao_issuer_date",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "潭浦日报 2029-03-20 第6版 侨务, GBK, CRLF; indent-only paragraphs, wrapped at 22. An overseas-Chinese "
    "(侨乡) page: a clan's ancestral hall reopens at its reunion congress (the 引题 `三百多名海外乡亲回乡寻根` over the "
    "title, the byline line `本报记者　甄　岚`, a caption and its credit inside a sentence, a “” quotation cut by the "
    "running head before `看看。”`), then, with no blank line under it, the clan association's notice "
    "`潭浦邝氏宗亲会公告`: an opening paragraph, six officers' rows with padded labels (`会　　长：邝国梁（加拿大）`, "
    "`副 会 长：邝秀群（秘鲁）、邝志坚（马来西亚）`; the country of residence in brackets), `特此公告。`, the issuer "
    "`潭浦邝氏宗亲会` on its own line (the byline, holdout93's rule) and the date (a paragraph).",
    "date": "2029-03-20", "page": "6",
    "head": ["潭浦日报　　2029年3月20日　星期二", "第6版　侨务　　责任编辑：司徒岚"],
    "foot": ["潭浦日报社出版　　侨务部热线：0750-5526143"],
    "furniture": ["潭浦日报", "2029年3月20日", "星期二", "第6版", "侨务", "责任编辑：司徒岚", "潭浦日报·侨务",
                  "潭浦日报社出版", "侨务部热线：0750-5526143"],
    "run": ["潭浦日报·侨务"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["三百多名海外乡亲回乡寻根", "邝氏宗祠重修落成　恳亲大会昨日开幕", "本报记者　甄　岚"],
         "kicker": "三百多名海外乡亲回乡寻根", "title": "邝氏宗祠重修落成　恳亲大会昨日开幕",
         "byline": ["本报记者　甄　岚", "甄　岚", "甄岚"],
         "captions": ["重修后的邝氏宗祠。"], "credits": ["本报记者　甄　岚　摄"],
         "body": ["昨天上午，潭浦县沙堤镇邝氏宗祠张灯结彩，来自美国、加拿大、秘鲁、马来西亚等地的三百多名邝氏乡亲，与"
                  "本地宗亲一起参加宗祠重修落成典礼和第十一届恳亲大会。",
                  "邝氏宗祠始建于清代，上世纪九十年代曾由海外乡亲捐资维修。去年起，宗亲会再次发起重修，{cap}历时十个"
                  "月完工，屋面、木雕和祖先牌位都按原样修复。",
                  "从加拿大温哥华回来的邝国梁今年七十六岁，这是他第九次回乡。“年纪大了，最放心不下的就是祠堂，”他"
                  "说，“以后想带孙辈多回来{run}看看。”"]},
        {"glued": True, "lines": ["潭浦邝氏宗亲会公告"], "title": "潭浦邝氏宗亲会公告",
         "byline": ["潭浦邝氏宗亲会", None],
         "body": ["本会第十一届会员代表大会于2029年3月19日在邝氏宗祠召开，选举产生第十一届理事会。现将理事会主要成员"
                  "名单公告如下：",
                  ("row", "名誉会长：邝达文（美国）"),
                  ("row", "会　　长：邝国梁（加拿大）"),
                  ("row", "常务副会长：邝锦华"),
                  ("row", "副 会 长：邝秀群（秘鲁）、邝志坚（马来西亚）"),
                  ("row", "秘 书 长：邝惠芳"),
                  ("row", "财　　务：邝伟明"),
                  "特此公告。",
                  ("end", "潭浦邝氏宗亲会"),
                  ("row", "2029年3月19日")]},
    ],
}

PEIYING = {
    "name": "zh_gb18030_lf_heritage_page_qiaojian_school_building_restoration_story_byline_caption_credit_running_head_midquote_glued_juanzi_fangming_donors_box_rare_char_donor_place_in_brackets_foreign_currency_rows_total_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "泷湾晚报 2029-04-24 第11版 人文, GB18030 (`\U0002c1d9` U+2C1D9 in a donor's name in the box, not in GBK), LF; "
    "blank-line paragraphs, two-space indent, wrapped at 21. A heritage page: a 1926 school building paid for by "
    "emigrants is restored (title, byline line `本报记者　钟　萸`, a caption and its credit inside a sentence, a “” "
    "quotation cut by the running head before `不换”。`), then, with no blank line under it, the donors' box "
    "`培英楼修缮捐资芳名`: five donor rows `name（place abroad）　currency amount` (美元, 加元, 港币, 人民币), the "
    "total row `合计折合人民币约48万元` and a bracketed note row; the box is an article, its head the title, each printed "
    "line a paragraph.",
    "date": "2029-04-24", "page": "11",
    "head": ["泷湾晚报　　2029年4月24日　星期二", "第11版　人文　　责任编辑：龙　湄"],
    "foot": ["泷湾晚报社　　新闻热线：0762-3318420"],
    "furniture": ["泷湾晚报", "2029年4月24日", "星期二", "第11版", "人文", "责任编辑：龙　湄", "泷湾晚报·人文",
                  "泷湾晚报社", "新闻热线：0762-3318420"],
    "run": ["泷湾晚报·人文"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["百年侨建校舍培英楼修缮完工", "本报记者　钟　萸"], "title": "百年侨建校舍培英楼修缮完工",
         "byline": ["本报记者　钟　萸", "钟　萸", "钟萸"],
         "captions": ["修缮后的培英楼正门。"], "credits": ["（本报记者　钟　萸　摄）"],
         "body": ["记者昨天从泷湾区沙冈小学获悉，校内始建于1926年的培英楼修缮工程已经完工，5月1日起将作为校史陈列馆"
                  "向公众开放。",
                  "培英楼是一座两层砖木结构的西式校舍，当年由旅居美洲的乡亲捐资兴建。近年楼体开裂、{cap}屋顶漏水，去年"
                  "被列为区级文物保护单位后启动修缮。",
                  "修缮资金共48万元，全部来自海外乡亲和校友的捐款。负责工程的古建筑工程师廖晓东说，外墙的灰塑和门楣上"
                  "的石匾都保留了原物，“能不换的尽量{run}不换”。"]},
        {"glued": True, "lines": ["培英楼修缮捐资芳名"], "title": "培英楼修缮捐资芳名",
         "body": [("row", "伍德明家族（美国旧金山）　美元30000"),
                  ("row", "余\U0002c1d9华（加拿大温哥华）　加元20000"),
                  ("row", "梁氏兄弟（秘鲁利马）　美元10000"),
                  ("row", "黄淑仪（香港）　港币50000"),
                  ("row", "沙冈小学1965届校友　人民币40000"),
                  ("row", "合计折合人民币约48万元"),
                  ("row", "（按捐款到账先后排列，芳名将刻石留念）")]},
    ],
}

JIDIAN = {
    "name": "zht_big5_crlf_taiwan_temple_page_bicentennial_festival_overseas_pilgrims_story_jizhe_baodao_tight_head_caption_credit_running_head_midquote_glued_jidian_richeng_programme_box_header_date_time_event_rows_ditto_marks_note_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "鹿溪日報 2029-10-05 (民國118年) B3 宗教, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A Taiwan "
    "temple page: a temple's two-hundredth year brings its daughter temples' pilgrims home from Malaysia and Indonesia "
    "(the title with a full-width space directly above its `【記者洪郁雯／鹿溪報導】` lead, a caption and its credit "
    "inside a sentence, a 「」 quotation cut by the running head before `哪裡」。`), then, with no blank line under it, "
    "the programme box `福安宮兩百週年祭典日程`: a header row `日期　時間　活動`, six rows `date　time　event` where a "
    "day's second row prints the ditto mark `〃` in the date column, and a bracketed note row; the box is an article, "
    "its head the title, each printed line a paragraph (the ditto marks kept as printed).",
    "date": "2029-10-05", "page": "B3",
    "head": ["鹿溪日報　中華民國118年10月5日　星期五", "B3　宗教　　編輯：蘇雅琪"],
    "foot": ["鹿溪日報社　　新聞熱線：(05)2716-384"],
    "furniture": ["鹿溪日報", "中華民國118年10月5日", "星期五", "B3", "宗教", "編輯：蘇雅琪", "鹿溪日報／宗教",
                  "鹿溪日報社", "新聞熱線：(05)2716-384"],
    "run": ["鹿溪日報／宗教"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["福安宮建廟兩百年　海外信眾返鄉祝壽"], "title": "福安宮建廟兩百年　海外信眾返鄉祝壽",
         "tight": True, "byline": [None, "記者洪郁雯", "洪郁雯"],
         "captions": ["福安宮廟埕已搭起祭典牌樓。"], "credits": ["（記者洪郁雯攝）"],
         "body": ["【記者洪郁雯／鹿溪報導】鹿溪福安宮今年建廟滿兩百年，廟方將於十月十二日至十四日舉行三天祭典，除了"
                  "遶境和平安宴，還有來自馬來西亞和印尼的信眾組團返鄉參加。",
                  "福安宮主委林清河表示，早年不少鹿溪人到南洋打拚，出發前都會來廟裡求平安，{cap}後來在當地分靈建廟，"
                  "這次兩間分靈廟報名返鄉的信眾超過一百人。",
                  "從馬來西亞檳城回來的黃振德說，他的阿公當年就是從這裡出海，「這次帶孩子回來，是要讓他們知道根在"
                  "{run}哪裡」。"]},
        {"glued": True, "lines": ["福安宮兩百週年祭典日程"], "title": "福安宮兩百週年祭典日程",
         "body": [("row", "日期　時間　活動"),
                  ("row", "10月12日　9:00　開廟門、祝壽大典"),
                  ("row", "〃　14:00　迎接海外分靈廟神轎"),
                  ("row", "10月13日　7:30　遶境出發"),
                  ("row", "〃　18:00　平安宴（廟埕）"),
                  ("row", "10月14日　19:00　酬神布袋戲"),
                  ("row", "〃　21:30　送神、祭典圓滿"),
                  ("row", "（遶境路線另行公告）")]},
    ],
}

JIEFANG = {
    "name": "zht_big5hkscs_lf_hong_kong_community_page_kaifong_hall_reopens_story_cantonese_byline_caption_credit_running_head_midquote_glued_weekly_timetable_grid_weekday_morning_afternoon_evening_dash_empty_cells",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "晴港日報 2029-06-12 A10 地區, Big5-HKSCS (`嘅 喺 咗 嚟 埗 吓`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong community page in Cantonese: a sixty-year-old kaifong welfare association "
    "reopens its tenement-floor hall, paid for largely by members who emigrated (title, byline line `記者　黎詠詩`, a "
    "caption and its credit inside a sentence, a 「」 quotation cut by the running head before `偈。」`), then, with no "
    "blank line under it, the weekly timetable `福利會每週活動時間表`, a grid: a header row `日子　上午　下午　晚上`, six "
    "weekday rows with `—` in the empty cells, and the enrolment row `報名及查詢：…（週日休息）`; the timetable is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2029-06-12", "page": "A10",
    "head": ["晴港日報　2029年6月12日　星期二", "A10　地區　　編輯：梁凱欣"],
    "foot": ["晴港日報社　　地區版電郵：district@chinggong.example.hk"],
    "furniture": ["晴港日報", "2029年6月12日", "星期二", "A10", "地區", "編輯：梁凱欣", "晴港日報．地區", "晴港日報社",
                  "地區版電郵：district@chinggong.example.hk"],
    "run": ["晴港日報．地區"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["唐樓街坊會翻新重開　老友記又有地方坐吓", "記者　黎詠詩"],
         "title": "唐樓街坊會翻新重開　老友記又有地方坐吓", "byline": ["記者　黎詠詩", "黎詠詩"],
         "captions": ["街坊喺翻新後嘅活動室練太極。"], "credits": ["（記者黎詠詩攝）"],
         "body": ["深水埗一間有六十幾年歷史嘅街坊福利會，喺唐樓二樓嘅會址翻新咗半年，上星期六重新開放，當日有過百個"
                  "街坊上嚟參觀。",
                  "福利會主席何志強話，會址嘅天花同電線都好殘舊，今次用咗大約八十萬元維修，{cap}大部分係街坊同舊會員"
                  "捐嘅，當中唔少人已經移民去咗加拿大同英國。",
                  "七十八歲嘅梁婆婆逢星期一都嚟學太極，佢話翻新前冷氣成日壞，「而家終於有個舒服地方坐吓，同老友記傾吓"
                  "{run}偈。」"]},
        {"glued": True, "lines": ["福利會每週活動時間表"], "title": "福利會每週活動時間表",
         "body": [("row", "日子　上午　下午　晚上"),
                  ("row", "週一　太極　粵曲班　—"),
                  ("row", "週二　書法　長者茶聚　英文班"),
                  ("row", "週三　太極　手工班　—"),
                  ("row", "週四　書法　粵曲班　普通話班"),
                  ("row", "週五　太極　電影欣賞　義工會議"),
                  ("row", "週六　親子遊戲　義剪　—"),
                  ("row", "報名及查詢：2386 0417（週日休息）")]},
    ],
}

HUIMOU = {
    "name": "zh_utf16le_bom_crlf_local_history_page_returned_overseas_chinese_farm_photo_show_story_byline_caption_credit_running_head_midquote_glued_jinri_huimou_column_compiler_line_byline_year_lead_ins_in_brackets_source_citations",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "渼川日报 2029-05-14 第8版 文史, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A local "
    "history page: a photo show for the seventieth year of the city's farm for returned overseas Chinese (title, byline "
    "line `本报记者　郁　帆`, a caption and its credit inside a sentence, a “” quotation cut by the running head before "
    "`说”。`), then, with no blank line under it, the column `今日回眸` with the compiler's line `本报资料室　辑` under its "
    "head (the byline) and three items from 1959, 1979 and 2004, each opened by its year in `【】` and closed by the "
    "bracketed page it ran on `（见本报1959年5月14日第1版）`; the items have no heads, so the column is one article, "
    "each item a paragraph with its year and its citation kept.",
    "date": "2029-05-14", "page": "8",
    "head": ["渼川日报　2029年5月14日　星期一", "第8版　文史　　责任编辑：甘　棠"],
    "foot": ["渼川日报社出版　　新闻热线：0596-2273158"],
    "furniture": ["渼川日报", "2029年5月14日", "星期一", "第8版", "文史", "责任编辑：甘　棠", "渼川日报·文史",
                  "渼川日报社出版", "新闻热线：0596-2273158"],
    "run": ["渼川日报·文史"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老照片里的华侨农场七十年", "本报记者　郁　帆"], "title": "老照片里的华侨农场七十年",
         "byline": ["本报记者　郁　帆", "郁　帆", "郁帆"],
         "captions": ["市民在展厅观看老照片。"], "credits": ["本报记者　郁　帆　摄"],
         "body": ["“渼川华侨农场七十年”老照片展昨天在市档案馆开幕，两百多张照片记录了归侨们从1959年建场至今的生活。",
                  "展出的照片大多由归侨家庭提供。市档案馆馆员卓明慧介绍，征集启事发出后，{cap}有三十多户归侨家庭送来了"
                  "家中的老照片，有的还附上了当年从印尼回国的船票。",
                  "83岁的归侨林秀英在一张集体照前站了很久。她说，照片第二排左起第三个就是她，“那年我十三岁，刚下船，"
                  "一句普通话都不会{run}说”。"]},
        {"glued": True, "lines": ["今日回眸", "本报资料室　辑"], "title": "今日回眸",
         "byline": ["本报资料室　辑", "本报资料室", None],
         "body": ["【1959年】本报消息：首批从印度尼西亚回国的四百二十名华侨昨日抵达渼川华侨农场，农场为他们准备了新建"
                  "的宿舍和食堂。（见本报1959年5月14日第1版）",
                  "【1979年】本报消息：华侨农场茶厂建成投产，每年可加工茶叶三百吨，归侨子女占工人总数的一半以上。（见本"
                  "报1979年5月14日第2版）",
                  "【2004年】本报消息：华侨农场归侨联谊会成立，首批会员一百八十六人，年纪最大的已经九十一岁。（见本报"
                  "2004年5月14日第3版）"]},
    ],
}

CHONGJU = {
    "name": "zh_utf8_bom_lf_malaysia_community_page_new_village_seventieth_year_reunion_yibao_xun_tight_head_group_photo_caption_zuoqi_names_left_to_right_credit_running_head_midquote_glued_tight_head_brief",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "山溪晨报 (an invented Ipoh Chinese daily) 2029-07-17 A9 霹州新闻, UTF-8 with BOM, LF; blank-line paragraphs, "
    "wrapped at 23. A Malaysian community page (simplified): villagers who emigrated to Australia, Britain, Taiwan and "
    "Singapore come home for a new village's seventieth year (the title with a full-width space directly above the "
    "intro opened by `（怡保讯）`; the group photo's caption, the names left to right `左起：陈亚福、…、刘金水。`, and its "
    "credit inside a sentence; a “” quotation cut by the running head before `在。”`), then, with no blank line under "
    "it, a brief whose title sits directly above its `（怡保讯）` lead.",
    "date": "2029-07-17", "page": "A9",
    "head": ["山溪晨报　2029年7月17日　星期二", "A9　霹州新闻　　编辑：刘慧敏"],
    "foot": ["山溪晨报社　　新闻热线：05-254 8816"],
    "furniture": ["山溪晨报", "2029年7月17日", "星期二", "A9", "霹州新闻", "编辑：刘慧敏", "山溪晨报·霹州新闻",
                  "山溪晨报社", "新闻热线：05-254 8816"],
    "run": ["山溪晨报·霹州新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["锡岭新村七十周年　海外游子回乡重聚"], "title": "锡岭新村七十周年　海外游子回乡重聚", "tight": True,
         "captions": ["左起：陈亚福、李秀英、黄志明、张美华、刘金水。"], "credits": ["（黄国伟摄）"],
         "body": ["（怡保讯）锡岭新村上周日举办建村七十周年庆典，不少早年离乡、在澳洲、英国、台湾和新加坡定居的老村民"
                  "专程回来，与留在村里的街坊重聚。",
                  "筹委会主席刘金水说，村里的年轻人大多到外地工作，这次筹委会通过脸书和微信群，{cap}联络上五十多名旅居"
                  "海外的村民，结果有三十多人回来。",
                  "从澳洲珀斯回来的陈亚福今年七十二岁，他指着老戏台说，小时候每年中元节都在这里看大戏，“五十年没回来，"
                  "戏台还在，老朋友也还{run}在。”"]},
        {"glued": True, "tight": True, "lines": ["客家公会下月办敬老宴"], "title": "客家公会下月办敬老宴",
         "body": ["（怡保讯）锡岭客家公会将于8月18日在会所举办一年一度的敬老宴，招待七十岁以上的会员和家属，报名截止"
                  "日期为8月10日。"]},
    ],
}

TZO_W = (11, 7)
KIN = {
    "name": "tzo_latin1_lf_tzotzil_community_page_san_lorenzo_fiesta_migrants_return_story_byline_dateline_caption_credit_running_head_midsentence_glued_fiesta_programme_header_day_hour_event_rows_empty_day_cell_rows",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Sk'op Jteklum (an invented Tzotzil weekly of San Cristóbal de las Casas) 2029-08-06 Pág. 4 K'inetik, ISO "
    "8859-1 (`á é í ó`; straight quotes and apostrophes, a hyphen for the dash), LF; blank-line paragraphs, wrapped at 40 "
    "with hyphenation. A Tzotzil community page: workers who went to the United States come home to Zinacantán "
    "(`Sots'leb`) for the fiesta of San Lorenzo (title over two lines, byline line `Sts'ib: Xunka' Hernández`, the "
    "dateline `SOTS'LEB -` opening the lead, a caption and its credit inside a sentence, a quotation, the running head "
    "before the last word `be.`), then, with no blank line under it, the programme `Sk'inal Jtotik San Lorenso`: a "
    "header row `K'ak'al  Ora  K'usi` (day, hour, what), seven rows aligned by runs of spaces, where a day's later rows "
    "leave the day cell empty (the printed row starts with spaces); the programme is an article, its head the title, "
    "each printed line a paragraph (one space kept, the leading spaces dropped).",
    "date": "2029-08-06", "page": "4",
    "head": ["SK'OP JTEKLUM - Lunes 6 de agosto de 2029 - Pág. 4", "K'inetik - Editora: Rosa Hernández Gómez"],
    "foot": ["Sk'op Jteklum - kinetik@skop.example.mx"],
    "furniture": ["SK'OP JTEKLUM", "Lunes 6 de agosto de 2029", "Pág. 4", "K'inetik", "Editora: Rosa Hernández Gómez",
                  "Sk'op Jteklum - K'inetik", "Sk'op Jteklum", "kinetik@skop.example.mx"],
    "run": ["Sk'op Jteklum - K'inetik"], "labels": [], "markup": [" - "] * 4,
    "articles": [
        {"lines": ["Sutik tal li jchi'iltik", "ta k'in ta Sots'leb", "Sts'ib: Xunka' Hernández"],
         "title": "Sutik tal li jchi'iltik ta k'in ta Sots'leb",
         "byline": ["Sts'ib: Xunka' Hernández", "Xunka' Hernández"],
         "captions": ["Yalperesetik ta ch'ulna."], "credits": ["Foto: Lukax Gómez"],
         "body": ["SOTS'LEB - Ta sk'ak'alil sk'in Jtotik San Lorenso, tsobol j'abte~le~tik ti te oyik ta Es~ta~dos Uni~dos "
                  "sutik tal ta sna~ik. Ta jujun jabil ta agosto chk'otik ta yilel li k'ine.",
                  "Li Martín Pérez Vaskis, jun alpe~res ta k'in ta ja~bile, la yal ti {cap}oy xa vaxakib jabil ti "
                  "ch'abal ta jtek~lum. \"Li'e ja' sk'in jtot, mu xu' ch'abalon,\" xi.",
                  "Li marto~ma~etike la yalik ti ta xlik li k'ine ta vaxakib agosto, xchi'uk ti ta sk'a~k'a~lil laju~neb "
                  "agosto ta xlok' li xanbal ta {run}be."]},
        {"glued": True, "lines": ["Sk'inal Jtotik San Lorenso"], "title": "Sk'inal Jtotik San Lorenso",
         "body": [("row", aligned("K'ak'al", "Ora", "K'usi", widths=TZO_W)),
                  ("row", aligned("8 agosto", "18:00", "Slikel k'in", widths=TZO_W)),
                  ("row", aligned("", "20:00", "Ak'ot ta ch'ulna", widths=TZO_W)),
                  ("row", aligned("9 agosto", "7:00", "Misa", widths=TZO_W)),
                  ("row", aligned("", "13:00", "Sve'el alperesetik", widths=TZO_W)),
                  ("row", aligned("10 agosto", "6:00", "Ch'ul misa", widths=TZO_W)),
                  ("row", aligned("", "10:00", "Xanbal ta be", widths=TZO_W)),
                  ("row", aligned("", "22:00", "K'ok' ta vinajel", widths=TZO_W))]},
    ],
}

MVET = {
    "name": "fan_utf16be_bom_lf_fang_community_page_mvet_master_ten_years_story_byline_dateline_caption_credit_running_head_midquote_glued_anniversary_notice_label_name_dates_programme_rows_three_organisers_signed",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Mbolo Nlam (an invented Fang weekly of Oyem, Gabon; its date line in French) 2029-09-15 Page 6 Nlam ye Dzal, "
    "UTF-16 BE with BOM (`ô é è ñ – · “ ”`), LF; blank-line paragraphs, wrapped at 39 with hyphenation. A Fang community "
    "page: a village and its emigrants in Libreville mark ten years since the death of its mvet master (title over two "
    "lines, byline line `Ntilan: Mintsa Obiang`, the dateline `OYEM –` opening the lead, a caption and its credit inside "
    "a sentence, a “” quotation cut by the running head before `dzo.”`), then, with no blank line under it, the "
    "anniversary notice: the label `Mbu awôm` (ten years; the section, kicker or none accepted), the name "
    "`Ella Nguema Ondo` (the title), the life dates `1938 – 2019` (the subtitle), the invitation paragraph, two "
    "programme rows `Messe: …` and `Mvet: …`, and the three organisers signed at the foot one a line (`Ayong Yemvang`, "
    "`Bôt ba dzal Akok`, `Nda Mvet ya Libreville`): the notice's byline, joined in print order.",
    "date": "2029-09-15", "page": "6",
    "head": ["MBOLO NLAM · Samedi 15 septembre 2029 · Page 6", "Nlam ye Dzal · Rédaction: Nadège Mba"],
    "foot": ["Mbolo Nlam · redaction@mbolonlam.example.ga"],
    "furniture": ["MBOLO NLAM", "Samedi 15 septembre 2029", "Page 6", "Nlam ye Dzal", "Rédaction: Nadège Mba",
                  "Mbolo Nlam · Nlam ye Dzal", "Mbolo Nlam", "redaction@mbolonlam.example.ga"],
    "run": ["Mbolo Nlam · Nlam ye Dzal"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Mvet ya Ella Nguema Ondo", "e ne dzo fe ya Akok", "Ntilan: Mintsa Obiang"],
         "title": "Mvet ya Ella Nguema Ondo e ne dzo fe ya Akok",
         "byline": ["Ntilan: Mintsa Obiang", "Mintsa Obiang"],
         "captions": ["Mvet ya Ella Nguema Ondo."], "credits": ["Foto: Paulin Ndong"],
         "body": ["OYEM – Bôt ba dzal Akok, ye bôt ba ne Libre~ville, ba ne bo mbu awôm ya awu ya Ella Nguema Ondo, "
                  "mbom-mvet ya ayong Yem~vang. Abia~le e ne bo amos 22 sep~tem~bre, abaa ya dzal.",
                  "Ella Nguema Ondo a nga wu mbu 2019. A nga bo mvet mbu mewôm mena, a nga yeghle {cap}bone ba dzal "
                  "ényiñ ya bekon ye nkobo ya mvet.",
                  "Nguema Ella, mone wé, a ne dzo na: “Bôt ba ve Libreville ye Port-Gentil ba ne zu. Esa a nga kobo na "
                  "mvet e se wu; e ne {run}dzo.”"]},
        {"glued": True, "lines": ["Mbu awôm", "Ella Nguema Ondo", "1938 – 2019"],
         "section": ["Mbu awôm", None], "kicker": [None, "Mbu awôm"], "title": "Ella Nguema Ondo",
         "subtitle": ["1938 – 2019", None],
         "byline": ["Ayong Yemvang Bôt ba dzal Akok Nda Mvet ya Libreville", None],
         "body": ["Ayong Yemvang, bôt ba dzal Akok ye Nda Mvet ya Libreville ba ne sili bôt bese na ba zu bo mbu awôm "
                  "ya awu ya esa wa bia, mbom-mvet Ella Nguema Ondo.",
                  ("row", "Messe: 22 sept., 9h00, nda Nzame"),
                  ("row", "Mvet: 22 sept., 20h00, abaa ya Akok"),
                  ("end", "Ayong Yemvang"),
                  ("more", "Bôt ba dzal Akok"),
                  ("more", "Nda Mvet ya Libreville")]},
    ],
}

MEKTUBI = {
    "name": "lzz_utf8_nobom_crlf_laz_letters_page_emigrant_readers_letter_from_germany_head_place_and_date_line_first_paragraph_caption_credit_running_head_midsentence_signature_name_village_and_city_glued_tight_head_language_course_brief",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Lazuri Ambarepe (an invented Laz weekly of Hopa, Turkey; its date line in Turkish) 2029-10-11 Sayfa 5 "
    "Mektubepe, UTF-8 without BOM (`ç ğ ş ı Ç İ ǩ Ǩ ǯ ʒ · –`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. "
    "A Laz letters page (the section printed only in the head): a letter from a reader who emigrated to Germany in "
    "1971 (the head, then the letter's place-and-date line `Duisburg, 28.09.2029` printed over its text, the letter's "
    "first paragraph; a photo the writer sent, its caption and credit inside a sentence; the running head in "
    "mid-sentence; the signature `Mehmet Ali Ǩoçiʒe (Sarpi – Duisburg)` at its foot, the byline), then, with no blank "
    "line under the signature, a brief whose title sits directly above its text.",
    "date": "2029-10-11", "page": "5",
    "head": ["LAZURİ AMBAREPE · Perşembe, 11 Ekim 2029 · Sayfa 5", "Mektubepe · Editori: Ayşe Çakır"],
    "foot": ["Lazuri Ambarepe · mektubi@lazuri.example.tr"],
    "furniture": ["LAZURİ AMBAREPE", "Perşembe, 11 Ekim 2029", "Sayfa 5", "Mektubepe", "Editori: Ayşe Çakır",
                  "Lazuri Ambarepe · Mektubepe", "Lazuri Ambarepe", "mektubi@lazuri.example.tr"],
    "run": ["Lazuri Ambarepe · Mektubepe"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Çkimi guri Sarpis doskidu"], "title": "Çkimi guri Sarpis doskidu",
         "byline": ["Mehmet Ali Ǩoçiʒe (Sarpi – Duisburg)", "Mehmet Ali Ǩoçiʒe"],
         "captions": ["Ǩoçiʒe do oxorcaşi Duisburgis."], "credits": ["Foto: Mehmet Ali Ǩoçiʒe"],
         "body": ["Duisburg, 28.09.2029",
                  "Didi selami Xopaşe! Ma Mehmet Ali vore, Sarpişi. 1971 ʒanas Germa~nia~şa mulvi, 50 ʒana Duis~bur~gis "
                  "fabriǩas dulya viǯire. Ama çkimi guri nanaşi oxoris doskidu.",
                  "Ham ʒanas çkimi bere~epe do mo~ta~lepe ǩala Sarpişa {cap}komolvit. Mota~lepe Lazuri var "
                  "işkomeran, ama zuğa do oxori dido ayo~na~pes.",
                  "Tkvani ğazeta ǩviraşa ǩviras Duis~bur~gis mo~max~tu. Ham ğazeta do Lazuri nena var ǩoǩox~ta~sen, "
                  "Lazepe {run}var ǩoǩoxtasen. Didi mardi.",
                  ("end", "Mehmet Ali Ǩoçiʒe (Sarpi – Duisburg)")]},
        {"glued": True, "tight": True, "lines": ["Lazuri nena ǩursi Duisburgis"],
         "title": "Lazuri nena ǩursi Duisburgis",
         "body": ["Duisburgişi Lazuri derneǩi Lazuri nena ǩursi 3 Noyembris iǩiqen. Ǩursi ǩviraşa ar ndğa ren, "
                  "bereepeşi do didepeşi-ti."]},
    ],
}

RONGO = {
    "name": "rap_cp1252_crlf_rapa_nui_community_page_old_photographs_brought_home_from_tahiti_story_byline_dateline_caption_credit_running_head_midquote_glued_from_our_files_column_items_opened_by_year_and_dash",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Rongo Rapa Nui (an invented Rapa Nui weekly of Hanga Roa; its date line in Spanish) 2029-02-01 Página 3 Te "
    "Kainga, Windows-1252 (`’ “ ” – á í`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Rapa Nui "
    "community page: a woman who has lived in Tahiti since 1972 brings her family's old photographs of the island home "
    "(title over two lines, byline line `Papa’i: Moana Tuki`, the dateline `HANGA ROA –` opening the lead, a caption and "
    "its credit inside a sentence, a “” quotation cut by the running head before `nei.”`), then, with no blank line "
    "under it, the from-our-files column `I te matahiti i mu’a` (in the years before): three items, each opened by its "
    "year and a dash `1979 – …`; the items have no heads, so the column is one article, each item a paragraph with its "
    "year kept.",
    "date": "2029-02-01", "page": "3",
    "head": ["RONGO RAPA NUI – Jueves 1 de febrero de 2029 – Página 3", "Te Kainga – Editora: Lucía Pakomio"],
    "foot": ["Rongo Rapa Nui – rongo@rongorapanui.example.cl"],
    "furniture": ["RONGO RAPA NUI", "Jueves 1 de febrero de 2029", "Página 3", "Te Kainga", "Editora: Lucía Pakomio",
                  "Rongo Rapa Nui – Te Kainga", "Rongo Rapa Nui", "rongo@rongorapanui.example.cl"],
    "run": ["Rongo Rapa Nui – Te Kainga"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["E hoki mai te foto tuai", "o te hua’ai Atan mai Tahiti", "Papa’i: Moana Tuki"],
         "title": "E hoki mai te foto tuai o te hua’ai Atan mai Tahiti",
         "byline": ["Papa’i: Moana Tuki", "Moana Tuki"],
         "captions": ["Ko Mata Atan ko te foto tuai."], "credits": ["Foto: Rafael Haoa"],
         "body": ["HANGA ROA – Ko tu’u mai ki Rapa Nui te foto tuai o te ma~ta~hiti 1950 ki 1970, mai te hare o te "
                  "hua’ai Atan i Pa~pee~te. E 140 foto, he ma’u mai e Mata Atan i te manu rere o te mahana Sabado.",
                  "Ko Mata Atan, he nua e 78 matahiti, i noho ’a ia i Tahiti mai te mata~hiti 1972. He ma’u ’a ia i "
                  "te foto {cap}mo te hare puka o te kainga, mo te poki o ana~nake.",
                  "“I te foto nei he u’i koe i te hare tuai, i te vaka, i te nua mo te koro o te kainga,” he ki e "
                  "Mata. “He hoki mai te foto ki te kainga {run}nei.”"]},
        {"glued": True, "lines": ["I te matahiti i mu’a"], "title": "I te matahiti i mu’a",
         "body": ["1979 – Ko haka~tika te hare api o te hua’ai Pakarati i Hanga Roa; e 200 tangata i oho mai ki te "
                  "umu.",
                  "1994 – Ko hoki mai mai Tahiti te vaka Hetu’u; e 14 mahana i hoe ai te rua ahuru tangata.",
                  "2009 – Ko haka~tika te puka api o te va~nanga Rapa Nui mo te poki o te ’eskuela."]},
    ],
}

PAGES = [ZONGQIN, PEIYING, JIDIAN, JIEFANG, HUIMOU, CHONGJU, KIN, MVET, MEKTUBI, RONGO]
