"""The text of every holdout81 page, written once: make_holdout81_pages.py prints it and writes the gold.

The page format is holdout77's (see pages_holdout77.py, itself holdout75's), unchanged: `"glued": True` on an article
prints its first line straight under the previous article's last line, with no blank line; `"tight": True` sets the
title directly above the lead. `"runin": sep` prints the title run into the first paragraph after `sep` (a brief's
bold lead-in; the gold title is the lead-in, the paragraph the text after it). `("row", line)` prints a line of a
list (one gold paragraph per printed line); `("end", line)` prints a line that is no paragraph of the gold (a
signature, whose gold reading is the byline); `("more", line)` the same with no blank line before it (a jump line).
`{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may
be split at a line end.
All papers, people, shops, temples, courts' parties, cars, clubs and events are invented; real places are settings
only.
"""

SHELUN = {
    "name": "zh_gbk_crlf_pinglun_page_shelun_label_unsigned_editorial_waimai_locker_glued_signed_lailun_author_post_in_brackets_cartoon_caption_credit_running_head_midsentence",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岫阳日报 2027-12-08 第2版 评论, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. An opinion "
    "page: the label `社论` over an unsigned editorial on food-delivery lockers in housing estates (title, no byline, the "
    "running head in mid-sentence), then, with no blank line under the editorial's last line, the label `来论` over a "
    "signed commentary (title, byline line `□　蒲立群`, a cartoon's caption and its credit inside a sentence, the "
    "writer's post `（作者系…）` printed as its last paragraph).",
    "date": "2027-12-08", "page": "2",
    "head": ["岫阳日报　2027年12月8日　星期三", "第2版　评论　　责任编辑：祁　蔚"],
    "foot": ["岫阳日报社出版　　评论部邮箱：pinglun@xiuyang.example.cn"],
    "furniture": ["岫阳日报", "2027年12月8日", "星期三", "第2版", "评论", "责任编辑：祁　蔚", "岫阳日报·评论",
                  "岫阳日报社出版", "评论部邮箱：pinglun@xiuyang.example.cn"],
    "run": ["岫阳日报·评论"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["社论", "外卖柜进小区，好事要办好"], "section": ["社论", None], "kicker": [None, "社论"],
         "title": "外卖柜进小区，好事要办好",
         "body": ["入冬以来，城区不少小区门口装上了外卖柜。骑手放下餐就走，居民下楼扫码就取，省去了在门口"
                  "挨冻等候的麻烦，也减少了陌生人进出楼道。",
                  "好事也有烦心处。有的柜子装在消防通道上，有的超时就收费，有的坏了半个月没人修。居民说得好："
                  "柜子是方便大家的，不是给大家添堵的。",
                  "外卖柜装在哪里、怎么收费、坏了找谁，物业和经营方应当事先同居民商量，{run}"
                  "把规矩写清楚、贴出来。好事办好了，才能真正暖人心。"]},
        {"glued": True, "lines": ["来论", "取餐“最后一百米”也要算细账", "□　蒲立群"],
         "section": ["来论", None], "kicker": [None, "来论"], "title": "取餐“最后一百米”也要算细账",
         "byline": ["□　蒲立群", "蒲立群"],
         "captions": ["漫画：“柜子满了”"], "credits": ["秦小禾　作"],
         "body": ["外卖柜解决的是送餐的“最后一百米”。这一百米看似不远，却连着骑手的时间、居民的钱包和"
                  "小区的秩序。",
                  "据一家经营方介绍，一个柜子每天要周转两百多单，高峰时{cap}常常满柜。与其一味加收超时费，"
                  "不如按楼栋多设几组，把高峰分散开。",
                  "算清这笔细账，需要街道牵头，让物业、经营方和居民坐下来谈。",
                  "（作者系岫阳学院公共管理系副教授）"]},
    ],
}

FAYUAN = {
    "name": "zh_gb18030_lf_fazhi_page_court_report_dog_bite_case_judgment_quoted_tight_head_benbaoxun_rare_char_name_caption_credit_running_head_midsentence_glued_court_open_day_brief",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泷州晚报 2027-12-14 第7版 法治, GB18030 (`𬱖` U+2CC56 in the judge's name, not in GBK), LF; indent-only "
    "paragraphs, wrapped at 21. A law page: a court report on a dog-bite case (title directly above its `本报讯（记者…　"
    "通讯员…）` lead, the court and the parties named, the judgment quoted in “”, a caption and its credit inside a "
    "sentence, the running head in mid-sentence), then, with no blank line under the report's last line, a 本报讯 "
    "brief on a court open day whose title sits directly above its lead.",
    "date": "2027-12-14", "page": "7",
    "head": ["泷州晚报", "2027年12月14日　星期二　　第7版　法治　　编辑：阚　舒"],
    "foot": ["泷州晚报社　　地址：泷州市解放东路66号　　热线：0759-2280110"],
    "furniture": ["泷州晚报", "2027年12月14日", "星期二", "第7版", "法治", "编辑：阚　舒", "泷州晚报·法治",
                  "泷州晚报社", "地址：泷州市解放东路66号", "热线：0759-2280110"],
    "run": ["泷州晚报·法治"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["遛狗不拴绳致人咬伤　狗主人被判赔一万二"], "title": "遛狗不拴绳致人咬伤　狗主人被判赔一万二",
         "tight": True, "byline": [None, "记者　戚　棠　通讯员　区晓岚", "戚　棠", "戚棠"],
         "captions": ["法官在庭审中向双方释法。"], "credits": ["（通讯员　区晓岚　摄）"],
         "body": ["本报讯（记者　戚　棠　通讯员　区晓岚）晚饭后在小区散步，却被一条没拴绳的狗扑倒咬伤。"
                  "近日，泷州市城南区人民法院审结这起饲养动物损害责任纠纷案。",
                  "今年6月，原告宁女士在小区花园散步时，被告詹某饲养的一条中型犬突然冲出，将她扑倒并咬伤"
                  "小腿。宁女士住院治疗九天，{cap}双方协商赔偿未果，她将詹某诉至法院。",
                  "詹某辩称，狗平时很温顺，是原告先惊吓了它。法院审理认为，被告遛狗未按规定拴绳，"
                  "又未能证明原告存在过错，应当承担全部责任。",
                  "主审法官甘𬱖宣读判决：“被告詹某于本判决生效之日起十日内赔偿原告宁某医疗费、误工费等"
                  "共计一万二千三百元。”一审宣判后，双方均未当庭表示上诉。",
                  "法官提醒，饲养犬只出门务必拴绳，{run}否则出了事，主人要担责。"]},
        {"glued": True, "lines": ["城南法院开放日　市民走进审判庭"], "title": "城南法院开放日　市民走进审判庭",
         "tight": True,
         "body": ["本报讯　上周六，城南区人民法院举办开放日活动，六十多名市民参观了诉讼服务中心，"
                  "还坐进审判庭旁听了一场模拟庭审。"]},
    ],
}

PUDU = {
    "name": "zht_big5_crlf_taiwan_zongjiao_page_zhongyuan_pudu_temple_story_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_fahui_service_notice_dated_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "竹埤日報 中華民國116年8月10日 B5 宗教．社區, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A "
    "religion and community page: a story on a temple's 中元普渡 going green (title directly above its "
    "`【記者…／…報導】` lead, 「」 quotes, a caption and its credit inside a sentence, the running head in "
    "mid-sentence), then, with no blank line under its last line, the temple's service notice `普渡法會時程` (one row a "
    "day, `8月14日（六）　…`, and a contact row; each row a paragraph, the notice's head its title).",
    "date": "2027-08-10", "page": "B5",
    "head": ["竹埤日報　B5　宗教．社區", "中華民國116年8月10日　星期二"],
    "foot": ["竹埤日報地方新聞中心　　服務專線：(03)5581-2067"],
    "furniture": ["竹埤日報", "B5", "宗教．社區", "中華民國116年8月10日", "星期二", "竹埤日報．宗教．社區",
                  "竹埤日報地方新聞中心", "服務專線：(03)5581-2067"],
    "run": ["竹埤日報．宗教．社區"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["普渡不燒紙錢　福安宮改以米換愛心"], "title": "普渡不燒紙錢　福安宮改以米換愛心", "tight": True,
         "byline": [None, "記者簡佩珊／竹埤報導", "記者簡佩珊", "簡佩珊"],
         "captions": ["志工在福安宮整理信眾捐出的白米。"], "credits": ["（記者簡佩珊攝）"],
         "body": ["【記者簡佩珊／竹埤報導】竹埤百年老廟福安宮今年中元普渡不再焚燒紙錢，改請信眾以白米、"
                  "罐頭代替供品，普渡後全數轉送轄區低收入戶。",
                  "福安宮主委范振榮說，往年普渡一天要燒掉上百箱紙錢，附近居民常抱怨空氣差。"
                  "「心意到了就好，神明不會計較。」他說，{cap}去年試辦時收到兩千多公斤白米，送出三百多戶。",
                  "住在廟旁的林阿嬤說，以前普渡那幾天門窗都不敢開，現在終於可以安心曬衣服，"
                  "{run}也覺得把米送給需要的人更有意義。"]},
        {"glued": True, "lines": ["普渡法會時程"], "title": "普渡法會時程",
         "body": [("row", "8月14日（六）　上午9時　啟建法會"),
                  ("row", "8月15日（日）　下午2時　誦經祈福"),
                  ("row", "8月16日（一）　下午3時　普渡供品"),
                  ("row", "8月17日（二）　上午9時　白米發放"),
                  ("row", "洽詢：福安宮服務處(03)5581-3302")]},
    ],
}

WUSHINIAN = {
    "name": "zht_big5hkscs_lf_hong_kong_retired_postman_cantonese_story_byline_caption_credit_running_head_midsentence_beside_wushinian_qian_jinri_fifty_years_ago_today_box_three_items_no_heads",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "曉岸日報 2027-11-20 A11 港聞, Big5-HKSCS (`咗 喺 啲 嘅 佢 冇`, in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A local page: a Cantonese story on a postman retiring after forty years on one round "
    "(title, subtitle, byline line, a caption and its credit inside a quotation, the running head in mid-sentence), "
    "then a box `五十年前今日` of three items from the paper's own news of 1977, each one paragraph opened by a place "
    "and with no head of its own (one article, the box head its title).",
    "date": "2027-11-20", "page": "A11",
    "head": ["曉岸日報　2027年11月20日　星期六", "A11　港聞　　　責任編輯：鄺凱欣"],
    "foot": ["曉岸日報有限公司出版　　新聞熱線：2368 4410"],
    "furniture": ["曉岸日報", "2027年11月20日", "星期六", "A11", "港聞", "責任編輯：鄺凱欣", "曉岸日報．港聞",
                  "曉岸日報有限公司出版", "新聞熱線：2368 4410"],
    "run": ["曉岸日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["派咗四十年信　郵差陳伯退休", "街坊送上一本簽名冊", "記者　伍詠芝"],
         "title": "派咗四十年信　郵差陳伯退休", "subtitle": "街坊送上一本簽名冊",
         "byline": ["記者　伍詠芝", "伍詠芝"],
         "captions": ["陳伯最後一日喺大角咀派信。"], "credits": ["（伍詠芝攝）"],
         "body": ["喺大角咀派咗四十年信嘅郵差陳伯，今個星期五正式退休。佢由十九歲做起，同一條派信路線"
                  "行咗幾十年，邊家人搬咗屋、邊個阿婆識字唔識字，佢都一清二楚。",
                  "陳伯話：「以前啲人成日寫信，一個袋重到揹唔起；而家多數係帳單同廣告，{cap}"
                  "信少咗，但街坊仲係會同我傾兩句。」",
                  "街坊知道佢退休，特登整咗一本簽名冊，逐家逐戶寫低祝福，最後一日交到佢手上。"
                  "陳伯笑住話，退休之後{run}都會返嚟飲茶。"]},
        {"lines": ["五十年前今日"], "title": "五十年前今日",
         "body": ["旺角一間酒樓推出兩蚊一位嘅早茶，開門半個鐘已經冇位。",
                  "大角咀新碼頭啟用，首日有三千人搭船過海。",
                  "本報舉辦徵文比賽，題目係「我嘅街坊」，收到四百幾篇來稿。"]},
    ],
}

HUINAN = {
    "name": "zh_utf16le_bom_crlf_qixiang_page_huinantian_damp_spell_forecast_story_subtitle_byline_caption_credit_running_head_midsentence_glued_weilai_yizhou_one_line_a_day_outlook_sunrise_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沄城晚报 2027-03-03 第6版 气象·生活, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A weather "
    "page: a forecast story on a damp 回南天 spell (title with “” inside it, subtitle, byline line, a caption and its "
    "credit inside a sentence, a forecaster quoted, the running head in mid-sentence), then, with no blank line under "
    "its last line, the outlook box `未来一周天气`: seven one-line-a-day rows `3月4日　周四　小雨　14～19℃` and a "
    "sunrise and sunset row (each row a paragraph, the box head its title).",
    "date": "2027-03-03", "page": "6",
    "head": ["沄城晚报　2027年3月3日　星期三", "第6版　气象·生活　　责任编辑：桂　岑"],
    "foot": ["沄城晚报社　　新闻热线：0758-6211930"],
    "furniture": ["沄城晚报", "2027年3月3日", "星期三", "第6版", "气象·生活", "责任编辑：桂　岑", "沄城晚报·气象·生活",
                  "沄城晚报社", "新闻热线：0758-6211930"],
    "run": ["沄城晚报·气象·生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["“回南天”来了　关好门窗防潮湿", "湿度将持续在九成以上，周末前后才转干爽", "本报记者　郏　雯"],
         "title": "“回南天”来了　关好门窗防潮湿", "subtitle": "湿度将持续在九成以上，周末前后才转干爽",
         "byline": ["本报记者　郏　雯", "郏　雯", "郏雯"],
         "captions": ["市民家中的瓷砖地面渗出一层水珠。"], "credits": ["本报记者　郏　雯　摄"],
         "body": ["这两天，不少市民发现家里的墙面、地板湿漉漉的，晾了两天的衣服还是干不了。"
                  "市气象台表示，今年第一轮“回南天”已经到来。",
                  "首席预报员邬志坚介绍，暖湿气流从南边一路北上，遇到地面温度偏低的墙壁和地砖，"
                  "{cap}就会凝结成水珠。预计这轮潮湿天气将持续到本周六，相对湿度在九成以上。",
                  "邬志坚提醒，这几天白天尽量关好门窗，可以开空调除湿，等冷空气到来、"
                  "{run}天气转干后再开窗通风。"]},
        {"glued": True, "lines": ["未来一周天气"], "title": "未来一周天气",
         "body": [("row", "3月4日　周四　小雨　14～19℃"),
                  ("row", "3月5日　周五　阴　　15～21℃"),
                  ("row", "3月6日　周六　阵雨　13～18℃"),
                  ("row", "3月7日　周日　多云　10～17℃"),
                  ("row", "3月8日　周一　晴　　9～18℃"),
                  ("row", "3月9日　周二　晴　　11～20℃"),
                  ("row", "3月10日　周三　多云　13～22℃"),
                  ("row", "日出　06:47　　日落　18:28")]},
    ],
}

SHIJIA = {
    "name": "zh_utf8_bom_lf_malaysia_qiche_page_shijia_test_drive_kicker_byline_caption_credit_running_head_midsentence_spec_line_glued_gengzheng_correction_box",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "榴岸日报 (an invented Malaysian Chinese daily, Kuala Lumpur) 2027-11-26 C4 汽车, simplified Chinese, UTF-8 with "
    "BOM, LF; blank-line paragraphs, wrapped at 22. A motoring page: a test-drive story on an invented family car "
    "(kicker `试驾`, title, byline line, a caption and its credit inside a sentence, the running head in mid-sentence) "
    "ending in its spec line `排量1.5升　CVT变速箱　售价RM79,800起` (a paragraph), then, with no blank line under the "
    "spec line, a correction box under the head `更正` (one paragraph, no byline).",
    "date": "2027-11-26", "page": "C4",
    "head": ["榴岸日报　2027年11月26日　星期五", "C4　汽车　　　责任编辑：邝嘉仪"],
    "foot": ["榴岸日报有限公司　　读者热线：03-7781 2266"],
    "furniture": ["榴岸日报", "2027年11月26日", "星期五", "C4", "汽车", "责任编辑：邝嘉仪", "榴岸日报·汽车",
                  "榴岸日报有限公司", "读者热线：03-7781 2266"],
    "run": ["榴岸日报·汽车"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["试驾", "宏驰Arva：省油又宽敞的家庭车", "本报记者　黎俊杰"], "kicker": ["试驾", None],
         "title": "宏驰Arva：省油又宽敞的家庭车", "byline": ["本报记者　黎俊杰", "黎俊杰"],
         "captions": ["宏驰Arva在梳邦一带试驾。"], "credits": ["（本报记者　黎俊杰　摄）"],
         "body": ["本地品牌宏驰上月推出的新款Arva，主打家庭用户。记者日前开着它从八打灵再也跑到"
                  "云顶山脚，来回两百多公里。",
                  "车子起步轻快，市区里走走停停也不觉得吃力；{cap}上坡时引擎声音偏大，高速行驶时风噪也明显。",
                  "后座空间是它最大的卖点，三个大人坐得下，尾箱能放下两个大行李箱。试驾全程平均油耗"
                  "每百公里5.8升，{run}在同级车中算是省油。",
                  ("row", "排量1.5升　CVT变速箱　售价RM79,800起")]},
        {"glued": True, "lines": ["更正"], "title": "更正",
         "body": ["本报11月19日《电动车充电桩年底增至八百个》一文中，“八百个”应为“六百个”，特此更正，"
                  "并向读者致歉。"]},
    ],
}

POSTA = {
    "name": "frp_cp1252_crlf_arpitan_opinion_page_noutron_avis_label_unsigned_editorial_village_post_office_running_head_midsentence_glued_signed_commentary_caption_credit_author_post_in_brackets",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "La Vouèx de la Vâl (an invented Arpitan-language weekly, Aosta Valley) 2027-11-24 pâge 3, Windows-1252 "
    "(`è ê â ô ç « » ’ ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. An opinion page: the label "
    "`Noutron avis` over an unsigned editorial on a village post office cut to two days a week (title, no byline, the "
    "running head in mid-sentence), then, with no blank line under its last line, a signed commentary (title, byline "
    "line `Pèr Djan-Batista Favre`, a caption and its credit inside a «» quotation, the writer's post in brackets as "
    "its last paragraph). Head and foot joined by ` · `.",
    "date": "2027-11-24", "page": "3",
    "head": ["LA VOUÈX DE LA VÂL · mècrèdi 24 novembro 2027 · pâge 3", "Idês et dèbats"],
    "foot": ["La Vouèx de la Vâl · rue de la Tor 12, Aoste · redaccion@vouex.example.it"],
    "furniture": ["LA VOUÈX DE LA VÂL", "mècrèdi 24 novembro 2027", "pâge 3", "Idês et dèbats", "La Vouèx de la Vâl · pâge 3",
                  "La Vouèx de la Vâl", "rue de la Tor 12, Aoste", "redaccion@vouex.example.it"],
    "run": ["La Vouèx de la Vâl · pâge 3"], "labels": [],
    "markup": [" · ", " · ", " · ", " · ", " · "],
    "articles": [
        {"lines": ["Noutron avis", "La pôsta de Cogne dêt réstar uvèrta"], "section": ["Noutron avis", None],
         "kicker": [None, "Noutron avis"], "title": "La pôsta de Cogne dêt réstar uvèrta",
         "body": ["La Pôsta at anon~ciê que lo burô de Cogne serat uvèrt doux jorns per semana solament, dês lo mês "
                  "de janviér. Por un vilâjo a vengt kilo~mè~tros d’Aoste, c’est una novèla que fât mâl.",
                  "Los vielys, que n’ant pas d’or~de~na~tor, vont a la pôsta por payér lors fac~tures et tochiér lor "
                  "pension. Por lor, vengt kilo~mè~tros de vouèlla de mon~ta~gne, l’hivèrn, sont pas una petiôta afére.",
                  "Nos compre~nens que la Pôsta dêt fâre sos comptos. Mas un burô de pôsta est asse-ben un sèr~vi~ço "
                  "publico, et la Règion et les comenes dêvont trovar una so~lu~cion {run}devant la fin de l’an."]},
        {"glued": True, "lines": ["Quand la pôsta cllôt, lo vilâjo sè tét", "Pèr Djan-Batista Favre"],
         "title": "Quand la pôsta cllôt, lo vilâjo sè tét",
         "byline": ["Pèr Djan-Batista Favre", "Djan-Batista Favre"],
         "captions": ["Lo burô de pôsta de Cogne."], "credits": ["Fotô: Mario Jaccod"],
         "body": ["Dens noutres vâls, lo burô de pôsta est sovent lo dèrriér sèr~vi~ço que réste: la botica at "
                  "cllôs, la scola at cllôs, lo bârro passe doves vês per jorn.",
                  "Des vielys m’ant dét: «A la pôsta, on vêt quârqu’un, {cap}on pârle, on sât ce que sè passe.» Un "
                  "burô uvèrt doux jorns per semana est un burô que cllôrat dens cinq ans.",
                  "Y at d’ôtros chemins: un guichèt dens la maison de la comena, una botica que fât asse-ben la "
                  "pôsta, un fôrgon que passe tôs los jorns. Mas fôt los trovar dês ora.",
                  "(L’ôtor est secre~tèro de l’Asso~cia~cion des comenes de mon~ta~gne)"]},
    ],
}

PORO = {
    "name": "fit_macroman_cr_meankieli_reindeer_on_the_roads_story_byline_line_caption_credit_running_head_midsentence_glued_polissin_paivakirja_police_blotter_four_place_lead_ins",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Väylän Viesti (an invented Meänkieli weekly, Pajala) 2027-10-27 sivu 5, Mac OS Roman (`ä ö å ” –`), CR line "
    "ends; blank-line paragraphs, wrapped at 37 with hyphenation. A local page: a story on reindeer on the roads "
    "(title, byline line `Teksti: Aila Kangas`, a caption and its credit inside a sentence, a ”” quotation, the running "
    "head in mid-sentence), then, with no blank line under its last line, the police blotter `Polissin päiväkirja`: "
    "four items, each a place lead-in run into its text after ` – ` (each item an article, the lead-in its title). "
    "Head and foot joined by ` / `.",
    "date": "2027-10-27", "page": "5",
    "head": ["VÄYLÄN VIESTI / keskiviikko 27. lokakuuta 2027 / sivu 5", "Kotiseutu"],
    "foot": ["Väylän Viesti / Torikatu 4, Pajala / toimitus@vaylanviesti.example.se"],
    "furniture": ["VÄYLÄN VIESTI", "keskiviikko 27. lokakuuta 2027", "sivu 5", "Kotiseutu", "Väylän Viesti / sivu 5",
                  "Väylän Viesti", "Torikatu 4, Pajala", "toimitus@vaylanviesti.example.se"],
    "run": ["Väylän Viesti / sivu 5"], "labels": [],
    "markup": [" / ", " / ", " / ", " / ", " / ", " – ", " – ", " – ", " – "],
    "articles": [
        {"lines": ["Poroja tiellä enämpi ko ennen", "Teksti: Aila Kangas"], "title": "Poroja tiellä enämpi ko ennen",
         "byline": ["Teksti: Aila Kangas", "Aila Kangas"],
         "captions": ["Porotokka Pajalan tiellä."], "credits": ["Kuva: Jouni Vaara"],
         "body": ["Tänä syksynä Pajalan ja Kolarin välisellä tiellä on ollu tavallista enämpi poroja. Polissin "
                  "mukhaan syys~kuun ja loka~kuun aikana tiellä on sattunu yhentoista onnet~to~muutta.",
                  "Poromies Nils Keinänen kertoo, ette porot tulevat tielle nuo~lem~haan suolaa ja {cap}pakhoon "
                  "hyttysiä. ”Pimeällä net näkyvät huonosti, ja autot ajavat liian kovaa”, sanoo Keinänen.",
                  "Polissi muistut~taa, ette pimeällä pittää ajaa hiljempää ja katsoa tarkasti tien {run}reunoja."]},
        {"glued": True, "lines": ["Polissin päiväkirja"], "section": ["Polissin päiväkirja", None],
         "kicker": [None, "Polissin päiväkirja"], "title": "Pajala", "runin": " – ",
         "body": ["Tiistaina illalla va~ras~tethiin polku~pyörä kaupan eestä. Polissi etsii tekijää."]},
        {"section": [None, "Polissin päiväkirja"], "kicker": [None, "Polissin päiväkirja"], "title": "Matarenki",
         "runin": " – ",
         "body": ["Maanantaina aamulla autto ajoi ojhaan liukhaalla tiellä. Kuljet~taja ei loukkaan~tunu."]},
        {"section": [None, "Polissin päiväkirja"], "kicker": [None, "Polissin päiväkirja"], "title": "Haaparanta",
         "runin": " – ",
         "body": ["Lauantaiyönä kaks nuorta miestä otethiin kiinni tappe~lusta keskus~tassa."]},
        {"section": [None, "Polissin päiväkirja"], "kicker": [None, "Polissin päiväkirja"], "title": "Korpilompolo",
         "runin": " – ",
         "body": ["Mettästä löyty eksyny marjan~poimija, joka oli ollu koko yön mettässä. Hän voi hyvin."]},
    ],
}

XUNAAN = {
    "name": "yua_utf8_nobom_lf_yucatec_maya_story_continued_from_page_1_own_jump_head_ku_taal_jump_line_midsentence_opening_caption_credit_running_head_midsentence_glued_tight_head_dateline_story",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "U T'aanil Saki' (an invented Yucatec Maya weekly, Valladolid) 2027-06-09 página 4, UTF-8 without BOM "
    "(`á é ó ú`, ASCII apostrophes for the glottal stop, `“ ” – •`), LF; blank-line paragraphs, wrapped at 34 "
    "with hyphenation. A story continued from page 1 on stingless-bee keepers: its own jump head, the jump line "
    "`(Ku taal ti' u página 1)` (furniture), the text opening in mid-sentence, a caption and its credit inside a “” "
    "quotation, the running head in mid-sentence; then, with no blank line under its last line, a short story whose "
    "title sits directly above its lead opened by the dateline `EBTÚN –`. Head and foot joined by ` • `.",
    "date": "2027-06-09", "page": "4",
    "head": ["U T'AANIL SAKI' • Miércoles 9 de junio 2027 • Página 4", "Kaajo'ob"],
    "foot": ["U T'aanil Saki' • Calle 41 núm. 210, Saki' • ts'iib@taanil.example.mx"],
    "furniture": ["U T'AANIL SAKI'", "Miércoles 9 de junio 2027", "Página 4", "Kaajo'ob", "U T'aanil Saki' • 4",
                  "(Ku taal ti' u página 1)", "U T'aanil Saki'", "Calle 41 núm. 210, Saki'", "ts'iib@taanil.example.mx"],
    "run": ["U T'aanil Saki' • 4"], "labels": [],
    "markup": [" • ", " • ", " • ", " • ", " • "],
    "articles": [
        {"lines": ["Ku ka'a ya'abtal u jobono'ob xunáan kab", "(Ku taal ti' u página 1)"],
         "title": "Ku ka'a ya'abtal u jobono'ob xunáan kab",
         "captions": ["Don Ernesto yéetel u jobono'ob."], "credits": ["Oochel: Lucía Dzul"],
         "body": ["tu kaajil Xocén, tu'ux yaan óoli' trein~ta j-kanan kaab. Le xu~náan kabo'o~bo' ku kajta~lo'ob ich "
                  "jobon, u chuun che' jol~bil, ku ts'a'abal tu yáanal u k'áan~che'il u yoto~cho'ob.",
                  "Don Ernesto Poot Can~ché, juntúul j-kanan kaab, tu ya'a~laj: “Ka'ach yaan ten chen kamp'éel "
                  "jobon. {cap}Bejla'e' yaan ten lajump'éel, yéetel in paalal ku yáan~ti~ke~no'ob.”",
                  "U kaabil xunáan kab jach ko'oj: ku ko'o~nol tu ka'a~p'éel sien pesos u li~troil. Le j-kanan "
                  "kaabo'obo' ku ya'a~li~ko'ob ma' ya'ab u kaabil, ba'ale' jach ma'alob {run}ti' u k'o~ja'a~nil "
                  "u ich máak."]},
        {"glued": True, "lines": ["Túumben noria tu kaajil Ebtún"], "title": "Túumben noria tu kaajil Ebtún",
         "tight": True,
         "body": ["EBTÚN – Le sáa~ma~lo' tu káajal u meyaj jun~túul túum~ben noria tu kaajil Ebtún. Bejla'e' le "
                  "ko'o~le~lo'o~bo' ma' tu bino'ob náach u ch'a'~o'ob ja'."]},
    ],
}

MANGO = {
    "name": "hwc_utf16be_bom_lf_hawaii_pidgin_qa_column_aks_aunty_column_name_own_head_expert_name_post_byline_q_a_paragraphs_caption_credit_running_head_midsentence_glued_tight_head_dateline_story",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ka Puna Pepa (an invented Hawaii Pidgin weekly, Hawaiʻi Island) 2027-07-15 page 9, UTF-16 BE with BOM "
    "(`ʻ` U+02BB, `“ ” — |`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A readers' Q&A column: the "
    "column's name `Aks Aunty Lehua`, its own head, the expert's name and post on the byline line `Lehua Kamakau "
    "(lawyer, Hilo)`, then `Q:` and `A:` paragraphs (labels kept; the reader's sign-off at the question's end), a "
    "caption and its credit inside an answer, the running head in mid-sentence; then, with no blank line under the "
    "column's last line, a story whose title sits directly above its lead opened by the dateline `KEAʻAU —`. Head "
    "and foot joined by ` | `.",
    "date": "2027-07-15", "page": "9",
    "head": ["KA PUNA PEPA | Tursday, July 15, 2027 | Page 9", "Local Kine"],
    "foot": ["Ka Puna Pepa | P.O. Box 417, Pāhoa | aunty@punapepa.example.com"],
    "furniture": ["KA PUNA PEPA", "Tursday, July 15, 2027", "Page 9", "Local Kine", "Ka Puna Pepa | 9",
                  "Ka Puna Pepa", "P.O. Box 417, Pāhoa", "aunty@punapepa.example.com"],
    "run": ["Ka Puna Pepa | 9"], "labels": [],
    "markup": [" | ", " | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Aks Aunty Lehua", "Who get da mangoes?", "Lehua Kamakau (lawyer, Hilo)"],
         "section": ["Aks Aunty Lehua", None], "kicker": [None, "Aks Aunty Lehua"], "title": "Who get da mangoes?",
         "byline": ["Lehua Kamakau (lawyer, Hilo)", "Lehua Kamakau"],
         "captions": ["Mangoes getting ripe in Keaʻau."], "credits": ["Foto: Keoni Alapa"],
         "body": ["Q: My mango tree stay on my side, but half da bran~ches hang ova da fence. My neigh~ba say da "
                  "mangoes dat drop on his side belong to him. Who get um? – Mango Mama, Keaʻau",
                  "A: Eh, dis one come up every sum~mah. Most times da tree an da fruit belong to da guy who own da "
                  "land wea da trunk stay. But no go climb ova da fence {cap}fo grab um. Aks nice first.",
                  "Your neigh~ba can trim da branches dat hang ova his side, up to da pro~per~ty line, but he no can "
                  "kill da tree. Bet~tah yet, bring him one bag mangoes {run}an go talk story."]},
        {"glued": True, "lines": ["Mango Fest stay back dis Saturday"], "title": "Mango Fest stay back dis Saturday",
         "tight": True,
         "body": ["KEAʻAU — Da Keaʻau Mango Fest stay coming back dis Saturday at da com~mu~ni~ty center, aftah two "
                  "years off. Get mango bread, mango pie an one contest fo da biggest mango."]},
    ],
}

PAGES = [SHELUN, FAYUAN, PUDU, WUSHINIAN, HUINAN, SHIJIA, POSTA, PORO, XUNAAN, MANGO]
