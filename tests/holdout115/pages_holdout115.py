"""The text of every holdout115 page, written once: make_holdout115_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-112 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold (a notice's issuer, who
signs it: the byline). `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks
where a Latin word may be split at a line end. The Latin box rows are padded to their columns by `aligned()`
(holdout98's helper, as holdout99, 102 and 103 copied it), so the printed spacing is reproducible. All papers,
offices' notices, associations, people, figures, telephone numbers and events are invented; real places (towns,
islands, districts, streets) and public bodies named only as what they are are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


ZHENGBING = {
    "name": "zh_gbk_crlf_defence_page_conscription_exam_story_byline_caption_credit_running_head_midquote_glued_zhengbing_tijian_gonggao_intro_schedule_header_township_date_place_rows_two_townships_in_one_cell_paragraph_issuer_date_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "潆川日报 (an invented county daily) 2032-02-18 第5版 国防园地, GBK, CRLF; blank-line paragraphs, wrapped at "
    "22. A defence page: the spring conscription's physical exams start on 2 March (title, the byline line "
    "`本报记者　温　岚`, a caption and its credit inside a sentence, the armed-forces department officer's “” "
    "quotation cut by the running head before `报到”。`), then, with no blank line, the county conscription office's "
    "notice `潆川县2032年上半年征兵体检公告`: an intro paragraph, the schedule (a header row `乡镇　日期　体检地点` "
    "and four rows, **one of whose township cells holds two townships parted by `、`**), a paragraph of what to "
    "bring, the issuer's line (the byline, none accepted) and the date row; the notice is an article, its head the "
    "title, each schedule line a paragraph.",
    "date": "2032-02-18", "page": "5",
    "head": ["潆川日报　　2032年2月18日　星期三", "第5版　国防园地　　责任编辑：鲁　峥"],
    "foot": ["潆川日报社出版　　新闻热线：0739-5216840"],
    "furniture": ["潆川日报", "2032年2月18日", "星期三", "第5版", "国防园地", "责任编辑：鲁　峥", "潆川日报·国防园地",
                  "潆川日报社出版", "新闻热线：0739-5216840"],
    "run": ["潆川日报·国防园地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["今年上半年征兵体检3月2日开始", "本报记者　温　岚"], "title": "今年上半年征兵体检3月2日开始",
         "byline": ["本报记者　温　岚", "温　岚", "温岚"],
         "captions": ["应征青年在县人武部咨询体检事项。"], "credits": ["本报记者　温　岚　摄"],
         "body": ["记者从县征兵办公室获悉，今年上半年征兵体检将于3月2日至5日在县人民医院和县中医院进行，全县已有"
                  "612名适龄青年完成网上报名。",
                  "今年报名人数比去年同期增加了近一成，其中大学毕业生和在校大学生占四成以上。{cap}各乡镇武装部已将"
                  "体检时间逐一通知到报名青年本人。",
                  "县人武部军事科科长贺立军提醒，体检前一天晚上要早点休息，不要饮酒，“当天早上不要吃早饭，按时到"
                  "体检地点{run}报到”。"]},
        {"glued": True, "lines": ["潆川县2032年上半年征兵体检公告"], "title": "潆川县2032年上半年征兵体检公告",
         "byline": ["潆川县征兵办公室", None],
         "body": ["根据上级征兵工作部署，现将我县2032年上半年征兵体检有关事项公告如下：",
                  ("row", "乡镇　日期　体检地点"),
                  ("row", "城关镇　3月2日　县人民医院"),
                  ("row", "青石镇　3月3日　县人民医院"),
                  ("row", "柳溪乡、白沙乡　3月4日　县中医院"),
                  ("row", "马岭镇　3月5日　县中医院"),
                  "应征青年须于体检当天早上7时30分前到达体检地点，携带本人身份证和毕业证书（在校生带学生证），"
                  "体检费用由县征兵办公室承担。",
                  ("end", "潆川县征兵办公室"),
                  ("row", "2032年2月16日")]},
    ],
}

FANGKONG = {
    "name": "zh_gb18030_lf_civil_defence_page_air_raid_siren_test_story_byline_rare_char_caption_credit_running_head_midquote_glued_fangkong_jingbao_xinhao_table_header_signal_pattern_meaning_rows_comma_inside_cell_note_row_source_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "汧州晚报 (an invented city evening paper) 2032-09-15 第4版 城市安全, GB18030 (`𬸚` U+2CE1A in the "
    "reporter's name, not in GBK), LF; indent-only paragraphs, wrapped at 21. A civil-defence page: the city tests "
    "its air-raid sirens on Saturday the 18th at 10 (title with a full-width gap, the byline line `本报记者　雷　𬸚`, a "
    "caption and its credit inside a sentence, the civil-air-defence officer's “” quotation cut by the running head "
    "before `怎么做”。`), then, with no blank line, the table `防空警报信号识别`: a header row `信号　鸣放方式　含义`, "
    "**three signal rows whose middle cell holds a comma (`鸣36秒停24秒，反复3遍`)**, a note row `注：…` and a source "
    "row; the table is an article, its head the title, each printed line a paragraph, the source row last.",
    "date": "2032-09-15", "page": "4",
    "head": ["汧州晚报　　2032年9月15日　星期三", "第4版　城市安全　　编辑：邵　蔚"],
    "foot": ["汧州晚报社　地址：汧州市文昌路18号"],
    "furniture": ["汧州晚报", "2032年9月15日", "星期三", "第4版", "城市安全", "编辑：邵　蔚", "汧州晚报·城市安全",
                  "汧州晚报社", "地址：汧州市文昌路18号"],
    "run": ["汧州晚报·城市安全"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["18日上午10时　全市试鸣防空警报", "本报记者　雷　\U0002ce1a"], "title": "18日上午10时　全市试鸣防空警报",
         "byline": ["本报记者　雷　\U0002ce1a", "雷　\U0002ce1a", "雷\U0002ce1a"],
         "captions": ["技术人员检查楼顶的警报器。"], "credits": ["本报记者　雷　\U0002ce1a　摄"],
         "body": ["记者昨天从市人民防空办公室获悉，9月18日（星期六）上午10时至10时20分，全市将统一试鸣防空警报，"
                  "届时全市168台警报器同时鸣响。",
                  "此次试鸣按预先警报、空袭警报、解除警报的顺序进行，{cap}每种信号之间间隔5分钟。市区12所中小学和"
                  "部分社区将同时组织疏散演练。",
                  "市人防办指挥通信科负责人石振华说，试鸣期间市民不必惊慌，照常工作和生活，“听到警报，请大家记住"
                  "三种信号的区别，万一真有情况，就知道该{run}怎么做”。"]},
        {"glued": True, "lines": ["防空警报信号识别"], "title": "防空警报信号识别",
         "body": [("row", "信号　鸣放方式　含义"),
                  ("row", "预先警报　鸣36秒停24秒，反复3遍　可能来袭"),
                  ("row", "空袭警报　鸣6秒停6秒，反复15遍　即将来袭"),
                  ("row", "解除警报　连续鸣响3分钟　空袭结束"),
                  ("row", "注：每种信号鸣放时间均为3分钟。"),
                  ("row", "资料来源：汧州市人民防空办公室")]},
    ],
}

YOUFU = {
    "name": "zh_utf16le_bom_crlf_military_families_page_benefit_rise_story_kicker_title_byline_caption_credit_running_head_midquote_glued_fuxu_buzhu_biaozhuan_table_unit_in_head_header_category_before_after_rows_source_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溱川日报 (an invented city daily) 2032-07-28 第6版 民生周刊, UTF-16 LE with BOM, CRLF; blank-line "
    "paragraphs, wrapped at 22. A military families' page before Army Day: the city raises the yearly benefits of "
    "martyrs' and soldiers' families and old veterans from 1 August (the kicker `八一建军节前夕` over the title "
    "(none also accepted), the byline line `本报记者　蒲　晗`, a caption and its credit inside a sentence, the "
    "bureau's section chief's “” quotation cut by the running head before `咨询”。`), then, with no blank line, the "
    "table `部分优抚对象定期抚恤补助标准（元/年）` (**its unit in the head**): a header row `类别　调整前　调整后`, "
    "five category rows with two sums each and a source row; the table is an article, its head the title, each "
    "printed line a paragraph.",
    "date": "2032-07-28", "page": "6",
    "head": ["溱川日报　　2032年7月28日　星期三", "第6版　民生周刊　　责任编辑：尹　澈"],
    "foot": ["溱川日报社出版　　民生热线：0718-3326417"],
    "furniture": ["溱川日报", "2032年7月28日", "星期三", "第6版", "民生周刊", "责任编辑：尹　澈", "溱川日报·民生周刊",
                  "溱川日报社出版", "民生热线：0718-3326417"],
    "run": ["溱川日报·民生周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["八一建军节前夕", "我市上调优抚对象抚恤补助标准", "本报记者　蒲　晗"],
         "kicker": ["八一建军节前夕", None], "title": "我市上调优抚对象抚恤补助标准",
         "byline": ["本报记者　蒲　晗", "蒲　晗", "蒲晗"],
         "captions": ["工作人员上门为烈士遗属送去慰问金。"], "credits": ["本报记者　蒲　晗　摄"],
         "body": ["记者从市退役军人事务局获悉，从8月1日起，我市部分优抚对象的定期抚恤补助标准上调，平均增幅约7%，"
                  "全市3860余名优抚对象受益。",
                  "新标准按类别发放，{cap}烈士遗属、因公牺牲军人遗属和病故军人遗属的标准调整幅度最大。8月的差额将于"
                  "月底前一次性补发到个人账户。",
                  "市退役军人事务局优抚科科长沈丽华说，优抚对象不需要重新申请，“标准调整由系统自动完成，有疑问可以"
                  "向所在街道的退役军人服务站{run}咨询”。"]},
        {"glued": True, "lines": ["部分优抚对象定期抚恤补助标准（元/年）"], "title": "部分优抚对象定期抚恤补助标准（元/年）",
         "body": [("row", "类别　调整前　调整后"),
                  ("row", "烈士遗属　25080　26840"),
                  ("row", "因公牺牲军人遗属　21650　23170"),
                  ("row", "病故军人遗属　20890　22350"),
                  ("row", "在乡老复员军人　14420　15430"),
                  ("row", "带病回乡退伍军人　10270　10990"),
                  ("row", "资料来源：溱川市退役军人事务局")]},
    ],
}

YANXI = {
    "name": "zht_big5_crlf_taiwan_civil_defence_page_air_raid_exercise_story_byline_line_caption_credit_running_head_midquote_glued_jiaotong_guanzhi_xuzhi_box_roc_calendar_date_row_labelled_rows_by_road_user_contact_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "梧嶼日報 (an invented Taiwan daily) 2032-07-09 (`中華民國121年7月9日`) A6 中部綜合, Big5 (strict), CRLF; "
    "indent-only paragraphs, wrapped at 21. A Taiwan civil-defence page: the yearly air-raid exercise comes to "
    "Taichung on Thursday the 15th, with thirty minutes of traffic control (title with a full-width gap, the byline "
    "line `記者林郁庭／台中報導`, a caption and its credit inside a sentence, the traffic police chief's 「」 "
    "quotation cut by the running head before `行駛」。`), then, with no blank line, the box `防空演習交通管制須知`: "
    "**a date row in the ROC calendar `日期：中華民國121年7月15日（星期四）`**, a time row, an area row, **a row for "
    "each kind of road user (`車輛：`, `行人：`)** and a contact row; the box is an article, its head the title, each "
    "printed line a paragraph.",
    "date": "2032-07-09", "page": "A6",
    "head": ["梧嶼日報　中華民國121年7月9日　星期五", "A6　中部綜合　　編輯：廖思妤"],
    "foot": ["梧嶼日報社　讀者服務：04-2358-6120"],
    "furniture": ["梧嶼日報", "中華民國121年7月9日", "星期五", "A6", "中部綜合", "編輯：廖思妤", "梧嶼日報．中部綜合",
                  "梧嶼日報社", "讀者服務：04-2358-6120"],
    "run": ["梧嶼日報．中部綜合"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["防空演習15日登場　台中管制30分鐘", "記者林郁庭／台中報導"], "title": "防空演習15日登場　台中管制30分鐘",
         "byline": ["記者林郁庭／台中報導", "林郁庭"],
         "captions": ["員警在路口演練交通管制。"], "credits": ["（記者林郁庭攝）"],
         "body": ["今年度防空演習將於15日（星期四）在台中市登場，下午1時30分起發放空襲警報，全市道路實施交通管制30"
                  "分鐘，民眾須就近避難。",
                  "市府民政局表示，演習期間全市將有148處防空警報器同時鳴放，{cap}警察局也將在主要路口派員疏導，國道"
                  "不在管制範圍內。",
                  "警察局交通大隊長游志明提醒，管制期間行駛中的車輛要靠邊停車、熄火，「車上的人可以留在車內，但不可以"
                  "繼續{run}行駛」。"]},
        {"glued": True, "lines": ["防空演習交通管制須知"], "title": "防空演習交通管制須知",
         "body": [("row", "日期：中華民國121年7月15日（星期四）"),
                  ("row", "時間：13時30分至14時，共30分鐘"),
                  ("row", "範圍：台中市全市道路（國道除外）"),
                  ("row", "車輛：靠邊停車熄火，聽從員警指揮"),
                  ("row", "行人：依引導進入就近避難處所"),
                  ("row", "洽詢：台中市政府民政局　04-2228-9175")]},
    ],
}

MINAN = {
    "name": "zht_big5hkscs_lf_hong_kong_community_page_civil_aid_service_recruits_story_cantonese_byline_caption_credit_running_head_midquote_glued_zhaomu_duiyuan_box_labelled_rows_eligibility_fitness_training_deadline_enquiry",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "翠港日報 (an invented Hong Kong daily) 2032-09-08 A10 社區脈搏, Big5-HKSCS (`嘅 喺 咗 嚟 啲 嗰`; in neither "
    "cp950 nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong community page in Cantonese: the Civil "
    "Aid Service recruits (title with a full-width gap and a colon, the byline line `記者　岑穎琳`, a caption and its "
    "credit inside a sentence, a young member's 「」 quotation cut by the running head before `人」。`), then, with no "
    "blank line, the box `民眾安全服務隊招募隊員`: five labelled rows (`資格：`, `體能：`, `訓練：`, `截止：`, "
    "`查詢：`); the box is an article, its head the title, each printed line a paragraph. The service is named as "
    "what it is; its recruitment here is invented.",
    "date": "2032-09-08", "page": "A10",
    "head": ["翠港日報　2032年9月8日　星期三", "A10　社區脈搏　　編輯：黎卓楠"],
    "foot": ["翠港日報有限公司　新聞熱線：2987 6152"],
    "furniture": ["翠港日報", "2032年9月8日", "星期三", "A10", "社區脈搏", "編輯：黎卓楠", "翠港日報．社區脈搏",
                  "翠港日報有限公司", "新聞熱線：2987 6152"],
    "run": ["翠港日報．社區脈搏"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["民安隊招新　後生仔：想幫到人", "記者　岑穎琳"], "title": "民安隊招新　後生仔：想幫到人",
         "byline": ["記者　岑穎琳", "岑穎琳"],
         "captions": ["民安隊隊員喺訓練中心練習搬運傷者。"], "credits": ["（岑穎琳攝）"],
         "body": ["民眾安全服務隊（民安隊）今個月開始招募新隊員，今年打算招200人。隊員平日返工返學，放假就嚟接受"
                  "訓練，遇到山泥傾瀉、火災或者風災，就會出動協助政府部門。",
                  "今年23歲嘅陳家豪讀緊護理，加入民安隊兩年，{cap}去年颱風襲港嗰晚，佢同隊友喺荃灣幫手疏散居民，一直"
                  "做到天光。",
                  "佢話，訓練唔算辛苦，最緊要係肯學，「見到啲街坊安全咗，覺得自己真係幫到{run}人」。"]},
        {"glued": True, "lines": ["民眾安全服務隊招募隊員"], "title": "民眾安全服務隊招募隊員",
         "body": [("row", "資格：18至45歲香港永久性居民"),
                  ("row", "體能：須通過基本體能測試"),
                  ("row", "訓練：每週一晚及每月一個星期日"),
                  ("row", "截止：2032年9月30日"),
                  ("row", "查詢：2762 3815（辦公時間）")]},
    ],
}

FUYI = {
    "name": "zh_utf8_bom_lf_singapore_defence_page_recruits_open_day_story_baodao_byline_caption_credit_running_head_midquote_glued_guomin_fuyi_jianxun_label_over_three_headed_enlistment_briefs",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "新海日报 (an invented Singapore Chinese daily) 2032-03-24 第9版 国防前线, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Singapore national-service page: the recruits' open day on Pulau Tekong two weeks "
    "after the first enlistment of the year (title with a full-width gap, the byline line `陈志伟　报道` (name, then "
    "`报道`), a caption and its credit inside a sentence, a mother's “” quotation cut by the running head before "
    "`习惯了”。`), then, with no blank line, the enlistment briefs column: the label `国民服役简讯` (the first item's "
    "section; kicker or none accepted, and accepted on the others) over three items, each under its own head, each "
    "one paragraph. The Basic Military Training Centre and the Central Manpower Base are named as what they are; "
    "what they are said to do here is invented.",
    "date": "2032-03-24", "page": "9",
    "head": ["新海日报　2032年3月24日　星期三", "第9版　国防前线　　编辑：蔡敏仪"],
    "foot": ["新海日报社　新闻热线：6291 5537"],
    "furniture": ["新海日报", "2032年3月24日", "星期三", "第9版", "国防前线", "编辑：蔡敏仪", "新海日报·国防前线",
                  "新海日报社", "新闻热线：6291 5537"],
    "run": ["新海日报·国防前线"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["德光岛新兵开放日　千名家长探营", "陈志伟　报道"], "title": "德光岛新兵开放日　千名家长探营",
         "byline": ["陈志伟　报道", "陈志伟"],
         "captions": ["新兵带家人参观营房。"], "credits": ["（陈志伟摄）"],
         "body": ["今年第一批全职国民服役人员入伍两周后，基本军事训练中心上周六在德光岛举行开放日，1200多名家长和"
                  "亲友乘渡轮上岛探望。",
                  "家长们参观了新兵的营房和食堂，{cap}还观看了新兵的步操和急救示范。不少家长带来了家里煮的饭菜。",
                  "陪儿子吃午餐的林太太说，孩子在家连床都不会整理，现在被子叠得整整齐齐，“他说教官很严格，但是他已经"
                  "慢慢{run}习惯了”。"]},
        {"glued": True, "lines": ["国民服役简讯", "四月入伍名单今起可查"],
         "section": ["国民服役简讯", None], "kicker": [None, "国民服役简讯"], "title": "四月入伍名单今起可查",
         "body": ["今年4月入伍的全职国民服役人员，今天起可以登录国民服役网站，查阅各自的入伍日期和报到地点。"]},
        {"lines": ["延期入伍申请月底截止"], "section": [None, "国民服役简讯"], "kicker": [None, "国民服役简讯"],
         "title": "延期入伍申请月底截止",
         "body": ["在大学先修班或理工学院就读、希望完成学业后才入伍的男生，须在3月31日前提交延期入伍申请。"]},
        {"lines": ["入伍前体检增设周六时段"], "section": [None, "国民服役简讯"], "kicker": [None, "国民服役简讯"],
         "title": "入伍前体检增设周六时段",
         "body": ["从4月起，中央人力基地的入伍前体检增设星期六上午时段，方便已经工作的青年安排时间。"]},
    ],
}

SILAO = {
    "name": "nv_utf8_nobom_lf_navajo_veterans_page_reunion_story_byline_dateline_group_photo_caption_left_to_right_credit_running_head_midquote_glued_tight_head_veterans_office_brief",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Tséhootsooí Naaltsoos (an invented Navajo weekly-daily, Fort Defiance) 2032-06-16 Bikááʼ 5 Naabeehó "
    "Bikéyah, UTF-8 without BOM (`ʼ ł ą́ į́ ǫ́ é · – “ ”`), LF; blank-line paragraphs, wrapped at 37 with "
    "hyphenation. A Navajo veterans' page: more than fifty former soldiers meet again at Chinle (title over two "
    "lines, the byline line `Lorraine Yazzie bitsʼą́ą́dę́ę́ʼ` (the name, then the postposition `bitsʼą́ą́dę́ę́ʼ`, "
    "\"from her\"), the dateline `CHʼÍNÍLĮ́ –` opening the lead, **the group photo's caption, the veterans named "
    "left to right after `Nishtłʼajígo:` (\"from the left\"), set across the two columns of the photo**, and its credit `(Wilson Tsosie)` inside a sentence, the organiser's “” "
    "quotation cut by the running head before `hózhǫ́.”`), then, with no blank line, a brief whose title sits "
    "directly above its `TSÉGHÁHOODZÁNÍ –` lead.",
    "date": "2032-06-16", "page": "5",
    "head": ["TSÉHOOTSOOÍ NAALTSOOS · Tágíjįʼ Ndaʼanish, 16 Yaʼiishjááshchilí 2032 · Bikááʼ 5",
             "Naabeehó Bikéyah · Naaltsoos yikʼi ninitʼiʼí: Verna Begaye"],
    "foot": ["Tséhootsooí Naaltsoos · nahatʼá@tsehootsooi.example.org"],
    "furniture": ["TSÉHOOTSOOÍ NAALTSOOS", "Tágíjįʼ Ndaʼanish, 16 Yaʼiishjááshchilí 2032", "Bikááʼ 5",
                  "Naabeehó Bikéyah", "Naaltsoos yikʼi ninitʼiʼí: Verna Begaye", "Tséhootsooí Naaltsoos · Naabeehó Bikéyah",
                  "Tséhootsooí Naaltsoos", "nahatʼá@tsehootsooi.example.org"],
    "run": ["Tséhootsooí Naaltsoos · Naabeehó Bikéyah"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Siláo ńtʼééʼ Chʼínílį́ álah", "ádaadlį́į́ʼ", "Lorraine Yazzie bitsʼą́ą́dę́ę́ʼ"],
         "title": "Siláo ńtʼééʼ Chʼínílį́ álah ádaadlį́į́ʼ",
         "byline": ["Lorraine Yazzie bitsʼą́ą́dę́ę́ʼ", "Lorraine Yazzie"],
         "captions": ["Nishtłʼajígo: Harold Begay, Ella Tsinajinnie, Ray Nez dóó Vera Bitsui."],
         "credits": ["(Wilson Tsosie)"],
         "body": ["CHʼÍNÍLĮ́ – Yiską́ Damóo yéedą́ą́ʼ Chʼínílį́ kin ntsaaígíí biyiʼ siláo ńtʼééʼ ashdladiin dóó "
                  "bilááh~góó álah ádaadlį́į́ʼ. Łahjį́ éí tádiin nááhai yéedą́ą́ʼ tʼááłáhígo siláo daaz~lį́į́ʼ.",
                  "Hastóí dóó sáanii ałkʼi~dą́ą́ʼ ahiláahgo siláo daaz~lį́į́ʼígíí tʼáá ałtsoh {cap}ałhąąʼ "
                  "haneʼ dahółneʼ dóó ałkʼéé daʼiidą́ą́ʼ. Ashdlaʼ siláo ńtʼééʼ éí Tóona~nees~dizí dóó Tó Dinees~zheé "
                  "bitsʼą́ą́dę́ę́ʼ yikah.",
                  "Álah ádaadlį́į́ʼígíí yaa ákoz~nízinii Harold Begay ání: “Shí dóó shikʼis tádiin nááhai ałhąąʼ doo "
                  "yiiłtsą́ą́ʼ da ńtʼééʼ. Dííjį́ éí tʼáá ałtsoh nihił {run}hózhǫ́.”"]},
        {"glued": True, "lines": ["Siláo ńtʼééʼ bá hooghan ániidí"], "title": "Siláo ńtʼééʼ bá hooghan ániidí",
         "tight": True,
         "body": ["TSÉGHÁHOODZÁNÍ – Naakijį́ Ndaʼanish yéedą́ą́ʼ siláo ńtʼééʼ bá hooghan ániidí "
                  "Tséghá~hoo~dzání dah náádiidzą́. Damóo Biis~kání dóó Ndaʼiiníísh bitaʼgi 8:00 dóó 4:30 "
                  "bitaʼgi ndaʼanish."]},
    ],
}

ISKOTEW = {
    "name": "crk_macroman_cr_plains_cree_relief_page_wildfire_evacuees_call_for_volunteers_story_name_otacimowin_byline_dateline_caption_credit_running_head_midquote_glued_how_to_help_box_label_value_rows_aligned_by_spaces",
    "encoding": "mac-roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Kisiskâciwan Âcimowina (an invented Plains Cree paper, Saskatchewan) 2032-06-10 Pg. 4 Pimâtisiwin, Mac OS "
    "Roman (`â ê î ô – “ ”`), CR line ends; blank-line paragraphs, wrapped at 37 with hyphenation (Cree words "
    "with their own preverb hyphens, `kâ-kî-`, `ê-`, never split there). A relief page in Plains Cree (standard "
    "Roman orthography): six hundred people from an invented lake reserve, fled from a forest fire, shelter in "
    "Prince Albert (`kistapinânihk`) and the relief centre calls for volunteers (title over two lines, the byline "
    "line `Darlene Morin otâcimowin` (the name, then `otâcimowin`, \"her story\"), the dateline `KISTAPINÂNIHK –` "
    "opening the lead, a caption and its credit inside a sentence, the co-ordinator's “” quotation cut by the "
    "running head before `mistahi.”`), then, with no blank line, the box `Tânisi ka-isi-wîcihiwêyan`: five rows "
    "`label  value` (where, when, what work, what to bring, telephone) aligned by runs of spaces, no header row; the "
    "box is an article, its head the title, each printed line a paragraph (one space kept).",
    "date": "2032-06-10", "page": "4",
    "head": ["KISISKÂCIWAN ÂCIMOWINA – nêwo-kîsikâw, 10 paskâwêhowi-pîsim 2032 – Pg. 4",
             "Pimâtisiwin – Editor: Gloria Cardinal"],
    "foot": ["Kisiskâciwan Âcimowina – acimowina@kisiskaciwan.example.ca"],
    "furniture": ["KISISKÂCIWAN ÂCIMOWINA", "nêwo-kîsikâw, 10 paskâwêhowi-pîsim 2032", "Pg. 4", "Pimâtisiwin",
                  "Editor: Gloria Cardinal", "Kisiskâciwan Âcimowina – Pimâtisiwin", "Kisiskâciwan Âcimowina",
                  "acimowina@kisiskaciwan.example.ca"],
    "run": ["Kisiskâciwan Âcimowina – Pimâtisiwin"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Wîcihiwêwak nitawêyihtâkosiwak", "kistapinânihk", "Darlene Morin otâcimowin"],
         "title": "Wîcihiwêwak nitawêyihtâkosiwak kistapinânihk",
         "byline": ["Darlene Morin otâcimowin", "Darlene Morin"],
         "captions": ["Awâsisak ayamihâwikamikohk."], "credits": ["Foto: Clifford Bear"],
         "body": ["KISTAPINÂNIHK – Ayiwâk 600 ayisiyi~niwak kî-sipwêhtêwak Mistik Sâka~hika~nihk ohci, ê-kî-pê-ispayik iskotêw "
                  "sakâhk, êkwa anohc ôta kistapinânihk ayâwak.",
                  "Kahkiyaw awâsisak êkwa kêhtê-ayak kî-pôsi~hâwak, êkwa {cap}ayamihâwikamikohk mîna "
                  "kiskinwahamâ~towi~kamikohk nipâwak. Ahpô nêwo kîsikâw ta-ayâwak ôta.",
                  "Kâ-nîkânîstamâkêt wîcihiwêwak ohci, Marcel Ahenakew, itwêw: “Mistahi nitawêyihtênân mîcim "
                  "ka-kîsisamihk êkwa akohpa ka-mâwasako~namihk. Kahkiyaw kâ-wîcihiwêcik, ahpô pêyak tipahikan, "
                  "kinanâskomitinâwâw {run}mistahi.”"]},
        {"glued": True, "lines": ["Tânisi ka-isi-wîcihiwêyan"], "title": "Tânisi ka-isi-wîcihiwêyan",
         "body": [("row", aligned("Tânitê", "Mâmawi-wâskahikan, River St", widths=(10,))),
                  ("row", aligned("Ispî", "7:00 – 21:00 tahto-kîsikâw", widths=(10,))),
                  ("row", aligned("Atoskêwin", "mîcim, akohpa, awâsisak", widths=(10,))),
                  ("row", aligned("Pêtâ", "akohpa, mîcim, maskihkiy", widths=(10,))),
                  ("row", aligned("Sêwêpita", "306-555-0148", widths=(10,)))]},
    ],
}

AMMUS = {
    "name": "krl_utf16be_bom_crlf_karelian_civil_defence_page_wartime_shell_found_story_kirjutti_byline_dateline_caption_credit_running_head_midquote_glued_evacuation_box_time_streets_gathering_place_phone_rows_aligned_by_spaces",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Vienan Šana (an invented Karelian Proper paper, Kalevala/Uhtua in Russian Karelia) 2032-05-20 Šivu 5 "
    "Kyläštä kyläh, UTF-16 BE with BOM (`š ž ä ö – “ ”`), CRLF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A civil-defence page in Karelian Proper (the White Sea dialects): builders find a wartime shell "
    "on a school site and the streets round it are cleared on Saturday while sappers take it away (title over two "
    "lines, the byline line `Kirjutti Anna Lesonen` (\"wrote\", then the name), the dateline `KALEVALA –` opening the "
    "lead, a caption and its credit inside a sentence, the district rescue chief's “” quotation cut by the running "
    "head before `lääkkehet.”`), then, with no blank line, the box `Ken lähtöy kotoa lauantaina`: four rows "
    "`label  value` (time, streets, gathering place, telephone) aligned by runs of spaces; the box is an article, "
    "its head the title, each printed line a paragraph (one space kept).",
    "date": "2032-05-20", "page": "5",
    "head": ["VIENAN ŠANA – nelläspäivä 20. toukokuuta 2032 – Šivu 5", "Kyläštä kyläh – Toimittaja: Olga Remšujeva"],
    "foot": ["Vienan Šana – toimitus@vienansana.example.ru"],
    "furniture": ["VIENAN ŠANA", "nelläspäivä 20. toukokuuta 2032", "Šivu 5", "Kyläštä kyläh",
                  "Toimittaja: Olga Remšujeva", "Vienan Šana – Kyläštä kyläh", "Vienan Šana",
                  "toimitus@vienansana.example.ru"],
    "run": ["Vienan Šana – Kyläštä kyläh"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Šota-aijan ammuš löyvettih", "Kalevalašta", "Kirjutti Anna Lesonen"],
         "title": "Šota-aijan ammuš löyvettih Kalevalašta", "byline": ["Kirjutti Anna Lesonen", "Anna Lesonen"],
         "captions": ["Rakennušpaikka on aijattu."], "credits": ["Kuva: Pekka Kieleväinen"],
         "body": ["KALEVALA – Rakentajat löyttih tiis~taina Kalevalan keškellä uuvven koulun rakennuš~paikalta "
                  "šuuren šota-aijan ammukšen. Ammuš on maannun mavošša yheksän~kymmentä vuotta.",
                  "Šapöörit viijäh ammukšen pois lauan~taina. {cap}Šilloin ihmisien pitäy lähtie kotiloista niillä "
                  "kaduilla, kumpaset ollah lähellä rakennuš~paikkua.",
                  "Piirin pelaštuš~laitokšen päällikkö Juri Jevsejev šanou: “Ammuš on vielä vaarallini. Pyyvämmä, "
                  "jotta kaikki lähtisittä aijoissa ta ottasitta mukah paperit ta {run}lääkkehet.”"]},
        {"glued": True, "lines": ["Ken lähtöy kotoa lauantaina"], "title": "Ken lähtöy kotoa lauantaina",
         "body": [("row", aligned("Aika", "lauantai 22.5., kello 9–13", widths=(9,))),
                  ("row", aligned("Kavut", "Rantakatu, Koulukatu, Šuokatu", widths=(9,))),
                  ("row", aligned("Kokoutuš", "kulttuurikeškuš, Kirkkokatu 4", widths=(9,))),
                  ("row", aligned("Puhelin", "8 814 54 2 17 88", widths=(9,)))]},
    ],
}

MITYNH = {
    "name": "be_utf8_bom_crlf_belarusian_lacinka_memorial_page_burned_village_ceremony_story_tekst_byline_dateline_caption_credit_running_head_midquote_glued_order_of_ceremony_box_six_numbered_rows_time_and_item",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Pryniomanski Kurjer (an invented Belarusian paper printed in Łacinka, the Latin alphabet) 2032-03-19 "
    "Staronka 6 Hramada, UTF-8 with BOM (`ł ŭ š ž č ć ś ź ń Ŭ „ “ –`), CRLF; blank-line paragraphs, wrapped at 38 "
    "with hyphenation. A memorial page: the village of Bierazoŭka, burned with 112 of its people in 1943, holds "
    "its mourning ceremony on Monday 22 March (title over two lines, the byline line `Tekst: Alena Kavalčuk`, the "
    "dateline `BIERAZOŬKA –` opening the lead, a caption and its credit inside a sentence, the village council "
    "chairman's „“ quotation cut by the running head before `nami.“`), then, with no blank line, the box "
    "`Paradak mitynhu`: **six numbered rows `1. 11.00 – …`, each a time and an item of the ceremony**; the box is "
    "an article, its head the title, each printed line a paragraph with its number kept.",
    "date": "2032-03-19", "page": "6",
    "head": ["PRYNIOMANSKI KURJER · Piatnica, 19 sakavika 2032 · Staronka 6", "Hramada · Redaktarka: Hanna Łabanok"],
    "foot": ["Pryniomanski Kurjer · redakcyja@kurjer.example.by"],
    "furniture": ["PRYNIOMANSKI KURJER", "Piatnica, 19 sakavika 2032", "Staronka 6", "Hramada",
                  "Redaktarka: Hanna Łabanok", "Pryniomanski Kurjer · Hramada", "Pryniomanski Kurjer",
                  "redakcyja@kurjer.example.by"],
    "run": ["Pryniomanski Kurjer · Hramada"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["U Bierazoŭcy ŭšanujuć pamiać", "spalenych viaskoŭcaŭ", "Tekst: Alena Kavalčuk"],
         "title": "U Bierazoŭcy ŭšanujuć pamiać spalenych viaskoŭcaŭ",
         "byline": ["Tekst: Alena Kavalčuk", "Alena Kavalčuk"],
         "captions": ["Memaryjał na miescy spalenaj viosky."], "credits": ["Zdymak: Paŭlina Sokał"],
         "body": ["BIERAZOŬKA – U paniadziełak, 22 saka~vika, la memaryjała spalenaj viosky Bierazoŭka projdzie "
                  "žałobny mitynh. U 1943 hodzie akupanty spalili viosku razam z 112 jaje žycharami.",
                  "Na mitynh zaprašajuć usich achvot~nych. Ad aŭtavakzała rajonnaha {cap}centra a 10.15 "
                  "adychodzić bieśplatny aŭtobus, nazad jon pojdzie a 13.00.",
                  "Staršynia sielskaha savieta Ihar Žuk kaža: „Kožny hod siudy pryjazdžajuć unuki i praŭnuki tych, "
                  "chto zahinuŭ. Pakul my pamiatajem, jany z {run}nami.“"]},
        {"glued": True, "lines": ["Paradak mitynhu"], "title": "Paradak mitynhu",
         "body": [("row", "1. 11.00 – Zbor la memaryjała"),
                  ("row", "2. 11.10 – Słova staršyni sielsavieta"),
                  ("row", "3. 11.25 – Imiony zahinułych žycharoŭ"),
                  ("row", "4. 11.40 – Chvilina maŭčańnia"),
                  ("row", "5. 11.45 – Uskładańnie kvietak"),
                  ("row", "6. 12.00 – Malebien u kapłicy")]},
    ],
}

PAGES = [ZHENGBING, FANGKONG, YOUFU, YANXI, MINAN, FUYI, SILAO, ISKOTEW, AMMUS, MITYNH]
