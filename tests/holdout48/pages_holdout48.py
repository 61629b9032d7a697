"""The text of every holdout48 page, written once: make_holdout48_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head;
`~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit, a source line). All papers, people, firms,
schools, clubs and events are invented.
"""

YANGSHENG = {
    "name": "zh_gbk_lf_zhongyi_yangsheng_page_jieqi_yinti_zhuti_byline_tongxunyuan_caption_she_midsentence_"
    "running_head_zuozhen_paiban_table_xuewei_anmo_circled_steps_mingyi_tixing_quote_box_yangsheng_kuaixun",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "澧阳晚报 2026-12-22 第9版 中医·养生, GBK, LF; blank-line paragraphs with a two-space indent, wrapped at "
    "22. A 冬至 solar-term story (引题, 主题, byline line `本报记者　沈知秋　通讯员　罗　宁`, caption + "
    "`沈知秋　摄` inside a sentence, the running head inside a sentence); under the label 名医坐诊 a doctors' "
    "duty roster table (header row, five rows, a `注：` row); a 穴位按摩 box of three circled-number steps under "
    "a head; a 名医提醒 quotation box whose speaker is on its last line `——澧阳市中医院主任中医师　卢秉文`; a "
    "养生快讯 column of two items.",
    "date": "2026-12-22",
    "page": "9",
    "head": ["澧阳晚报　　2026年12月22日　星期二", "第9版　中医·养生　　　责任编辑：何　苗　　美编：付子衿"],
    "foot": ["健康热线：0736-5216600　　本版校对：齐　悦"],
    "furniture": [
        "澧阳晚报",
        "2026年12月22日",
        "星期二",
        "第9版",
        "中医·养生",
        "责任编辑：何　苗",
        "美编：付子衿",
        "澧阳晚报·中医养生",
        "健康热线：0736-5216600",
        "本版校对：齐　悦",
    ],
    "run": ["澧阳晚报·中医养生"],
    "labels": ["养生快讯"],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["今日冬至，一年中白昼最短", "冬至进补，先看体质再下口", "本报记者　沈知秋　通讯员　罗　宁"],
            "kicker": "今日冬至，一年中白昼最短",
            "title": "冬至进补，先看体质再下口",
            "byline": ["本报记者　沈知秋　通讯员　罗　宁", "沈知秋　罗　宁", "沈知秋"],
            "captions": ["市中医院膏方门诊前，市民排队等候问诊。"],
            "credits": ["沈知秋　摄"],
            "body": [
                "“医生，我这身子冬天手脚冰凉，能不能吃点阿胶补一补？”昨天上午，澧阳市中医院膏方门诊"
                "刚开诊，候诊区已经坐满了人。",
                "冬至前后是不少市民进补的时间。记者了解到，本月以来，该院膏方门诊的接诊量比上月增加了"
                "四成，{cap}其中不少是第一次来开膏方的年轻人。",
                "该院治未病中心主任蒋玉成提醒，进补并非人人适宜。“同样是怕冷，有人是阳虚，有人是气血"
                "不足，{run}用的药完全不一样。”他说，脾胃虚弱、舌苔厚腻的人，应当先调理脾胃，再考虑进补，"
                "否则“补不进去，反而上火”。",
                "蒋玉成建议，普通市民冬季饮食可适当多吃山药、萝卜、羊肉等，注意早睡晚起，"
                "运动以微微出汗为宜，不宜大汗淋漓。",
            ],
        },
        {
            "lines": ["名医坐诊", "本周市中医院专家坐诊安排"],
            "section": ["名医坐诊", None],
            "kicker": [None, "名医坐诊"],
            "title": "本周市中医院专家坐诊安排",
            "body": [
                ("row", "科室　　　专家　　　职称　　　　坐诊时间"),
                ("row", "脾胃科　　卢秉文　　主任中医师　周一上午"),
                ("row", "针灸科　　邓远山　　主任中医师　周二全天"),
                ("row", "妇科　　　曹静怡　　副主任医师　周三上午"),
                ("row", "儿科　　　唐小满　　副主任医师　周四下午"),
                ("row", "骨伤科　　苏　岩　　主任中医师　周五上午"),
                ("row", "注：专家号可通过医院公众号提前七天预约，当日号源有限。"),
            ],
        },
        {
            "lines": ["穴位按摩", "搓一搓足三里，暖身又健脾"],
            "section": ["穴位按摩", None],
            "kicker": [None, "穴位按摩"],
            "title": "搓一搓足三里，暖身又健脾",
            "body": [
                "①找穴：膝盖外侧凹陷处向下四横指，胫骨外侧约一横指处即是。",
                "②按揉：用拇指指腹按住穴位，顺时针按揉三分钟，以有酸胀感为度。",
                "③时间：每天早晚各一次，饭后一小时内不宜按揉。",
            ],
        },
        {
            "lines": ["名医提醒"],
            "title": "名医提醒",
            "byline": ["澧阳市中医院主任中医师　卢秉文", "卢秉文"],
            "body": [
                "“冬至一阳生，养生重在养藏。晚上十一点前入睡，比吃什么补品都管用。”",
                ("end", "——澧阳市中医院主任中医师　卢秉文"),
            ],
        },
        {
            "lines": ["养生快讯", "中医药文化进社区活动启动"],
            "section": ["养生快讯", None],
            "kicker": [None, "养生快讯"],
            "title": "中医药文化进社区活动启动",
            "body": [
                "本报讯　市卫健委日前启动中医药文化进社区活动，30名中医专家将在一个月内走进60个社区，"
                "为居民免费把脉问诊、讲解冬季养生知识。",
            ],
        },
        {
            "lines": ["三九贴预约通道下月开放"],
            "section": ["养生快讯", None],
            "kicker": [None, "养生快讯"],
            "title": "三九贴预约通道下月开放",
            "byline": [None, "罗　宁", "罗宁"],
            "body": [
                "本报讯（通讯员　罗　宁）市中医院“三九贴”预约通道将于1月5日开放，首贴时间为1月10日。"
                "孕妇、皮肤过敏者不宜贴敷。",
            ],
        },
    ],
}

SHOUCANG = {
    "name": "zh_gb18030_crlf_shoucang_jianshang_page_zhuti_futi_byline_rare_char_caption_gongtu_midsentence_"
    "running_head_paimai_chengjiao_table_youbi_hangqing_arrow_rows_zhuanjia_dianping_bracket_heading_shoucang_kuaixun",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "湄江商报 2026-12-19 第14版 收藏·鉴赏, GB18030 (`𬭎` U+2CB4E in a reporter's name, not in GBK), CRLF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. An autumn-auction story (主题, 副题, "
    "byline line `本报记者　钟𬭎`, caption + `（拍卖公司供图）` inside a sentence, the running head inside a "
    "sentence), followed by a results table of lots with 估价 and 成交价 columns and a `（以上成交价均含佣金）` "
    "row; a 行情 list of stamp and coin prices with ↑ ↓ arrows; a collector's piece on fakes with an expert's "
    "comment line `【专家点评】` as a heading; a 收藏快讯 column of one item.",
    "date": "2026-12-19",
    "page": "14",
    "head": ["湄江商报　2026年12月19日　星期六　第14版", "收藏·鉴赏　　　　主编：龚书远　　责编：万　宁"],
    "foot": ["湄江商报社地址：湄江市新华路88号　　广告热线：0857-8821234"],
    "furniture": [
        "湄江商报",
        "2026年12月19日",
        "星期六",
        "第14版",
        "收藏·鉴赏",
        "主编：龚书远",
        "责编：万　宁",
        "湄江商报·收藏鉴赏",
        "湄江商报社地址：湄江市新华路88号",
        "广告热线：0857-8821234",
    ],
    "run": ["湄江商报·收藏鉴赏"],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["秋拍落槌：瓷器杂项受追捧", "——本地一场秋季拍卖会成交额超过三千万元", "本报记者　钟𬭎"],
            "title": "秋拍落槌：瓷器杂项受追捧",
            "subtitle": "本地一场秋季拍卖会成交额超过三千万元",
            "byline": ["本报记者　钟𬭎", "钟𬭎"],
            "captions": ["拍卖现场，竞拍者举牌应价。"],
            "credits": ["（拍卖公司供图）"],
            "body": [
                "12月14日晚，湄江嘉瑞拍卖公司秋季拍卖会在市会展中心落槌。六个专场共上拍"
                "拍品1120件，成交率76%，总成交额3260万元。",
                "记者在现场看到，瓷器和文房杂项专场竞争最为激烈。一件清中期粉彩花鸟纹瓶"
                "以38万元起拍，经过二十多轮{cap}竞价，最终以92万元落槌。",
                "该公司总经理雷宏达介绍，今年上拍的拍品大多来自本地藏家，价格相对亲民的"
                "中小件很受年轻买家欢迎。“{run}三成以上的买家是第一次参加拍卖，这是过去很少见的。”",
                ("row", "拍品　　　　　　　估价（万元）　成交价（万元）"),
                ("row", "清中期粉彩花鸟纹瓶　30-40　　　　92"),
                ("row", "明代铜鎏金佛坐像　　50-80　　　　78.2"),
                ("row", "民国黄宾虹款山水轴　20-30　　　　流拍"),
                ("row", "清代田黄石印章　　　15-25　　　　41.4"),
                ("row", "（以上成交价均含佣金）"),
            ],
        },
        {
            "lines": ["本周邮币行情"],
            "title": "本周邮币行情",
            "body": [
                ("row", "1980年庚申猴票（单枚）　1.35万元　↑"),
                ("row", "1981年辛酉鸡票（单枚）　380元　　↓"),
                ("row", "第四套人民币百元券　　　650元　　↑"),
                ("row", "2026年贺岁纪念币　　　　16元　　　持平"),
            ],
        },
        {
            "lines": ["“捡漏”背后多陷阱"],
            "title": "“捡漏”背后多陷阱",
            "body": [
                "退休教师老杨去年在旧货市场花八千元买下一只“宋代”青瓷碗，卖家称是祖传之物。"
                "今年他请专家鉴定，才知道是近年的仿品，底部的“土沁”是用药水做出来的。",
                ("h", "【专家点评】"),
                "市文物鉴定站研究员骆启明说，旧货市场里真正的古瓷器极少，所谓“捡漏”多是精心设计"
                "的局。藏友购买前应当多看、多问，必要时请正规机构鉴定，并保留好交易凭证。",
            ],
        },
        {
            "lines": ["收藏快讯", "民间藏品展月底开幕"],
            "section": ["收藏快讯", None],
            "kicker": [None, "收藏快讯"],
            "title": "民间藏品展月底开幕",
            "body": [
                "本报讯　由市收藏家协会主办的第三届民间藏品展将于12月28日在市博物馆开幕，"
                "展出紫砂壶、老照片、票证等藏品三百余件，展期半个月，免费参观。",
            ],
        },
    ],
}

QIANDAO = {
    "name": "zh_utf8_lf_yinni_huawenbao_huashe_page_byline_indonesian_name_in_brackets_rupiah_dun_caption_she_"
    "midsentence_running_head_yinnidun_huilv_table_comma_digits_yayasan_names_in_brackets_xu_di_ban_jump_huashe_jianxun",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "千岛日报 2026-12-17 第5版 华社, an Indonesian Chinese daily from Jakarta, UTF-8 without BOM, LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A Surabaya school story under a byline line "
    "with the reporter's Indonesian name in brackets `本报记者　黄振源（Budi Hartono）`, rupiah sums in 盾, "
    "Indonesian names of schools and foundations in brackets, caption + `（黄振源摄）` inside a sentence, the "
    "running head inside a sentence, a jump line `（续第8版）` after a paragraph cut mid-sentence; an 印尼盾 "
    "exchange-rate table with comma-grouped digits (header row, four rows, a `注：` row); a 华社 association "
    "story under `本报棉兰讯`; a 华社简讯 column of two items.",
    "date": "2026-12-17",
    "page": "5",
    "head": ["千岛日报　QIANDAO RIBAO　　2026年12月17日（星期四）", "第5版　华社　　　　责任编辑：陈丽华"],
    "foot": ["千岛日报　Jl. Gajah Mada No. 88, Jakarta Barat　　电话：(021) 555-6688"],
    "furniture": [
        "千岛日报",
        "QIANDAO RIBAO",
        "2026年12月17日（星期四）",
        "第5版　华社",
        "责任编辑：陈丽华",
        "千岛日报·华社",
        "（续第8版）",
        "千岛日报　Jl. Gajah Mada No. 88, Jakarta Barat",
        "电话：(021) 555-6688",
    ],
    "run": ["千岛日报·华社"],
    "labels": ["华社简讯"],
    "articles": [
        {
            "lines": ["泗水三语学校新校舍落成", "本报记者　黄振源（Budi Hartono）"],
            "title": "泗水三语学校新校舍落成",
            "byline": ["本报记者　黄振源（Budi Hartono）", "黄振源（Budi Hartono）", "黄振源"],
            "captions": ["学生们在新教室里上华文课。"],
            "credits": ["（黄振源摄）"],
            "body": [
                "东爪哇泗水市的育英三语学校（Sekolah Tiga Bahasa Yu Ying）新校舍于本月15日落成启用。"
                "新校舍共四层，设有二十间教室和一间图书馆，可容纳学生八百人。",
                "该校董事长林福源说，新校舍耗资约450亿盾，大部分由当地华社和校友捐助。"
                "目前全校有学生620名，其中{cap}约三成是非华裔学生，他们和华裔同学一起学习印尼文、"
                "英文和华文。",
                "泗水华社慈善基金会（Yayasan Sosial Harapan Surabaya）主席郑国强在落成仪式上致辞"
                "表示，{run}华文教育在印尼已经恢复了二十多年，越来越多的印尼友族家长愿意让孩子学习华文，",
                ("end", "（续第8版）"),
            ],
        },
        {
            "lines": ["印尼盾汇率"],
            "title": "印尼盾汇率",
            "body": [
                ("row", "货币　　　　买入　　　　卖出"),
                ("row", "美元　　　　16,180　　　16,340"),
                ("row", "新加坡元　　12,030　　　12,160"),
                ("row", "人民币　　　2,215　　　　2,260"),
                ("row", "马来西亚令吉　3,605　　　3,668"),
                ("row", "注：以上为12月16日收市参考价，单位为盾。"),
            ],
        },
        {
            "lines": ["棉兰华社为水灾灾民募集物资"],
            "title": "棉兰华社为水灾灾民募集物资",
            "body": [
                "本报棉兰讯　北苏门答腊省多地近日遭遇洪水。棉兰华社联合会（Perhimpunan Tionghoa Medan）"
                "连日来在会所设立收集点，已收到大米十二吨、饮用水三千箱和一批衣物。",
                "联合会秘书长苏文彬说，物资将分三批运往受灾最严重的地区，由当地村长协助发放。"
                "他呼吁各界继续捐助，捐款可汇入联合会账户，每一笔都会在本报公布。",
            ],
        },
        {
            "lines": ["华社简讯", "雅加达华裔青年书法赛揭晓"],
            "section": ["华社简讯", None],
            "kicker": [None, "华社简讯"],
            "title": "雅加达华裔青年书法赛揭晓",
            "body": [
                "本报讯　第六届雅加达华裔青年书法比赛日前揭晓，来自十二所学校的六十名选手参赛，"
                "一等奖由泗水的陈美琪获得，奖金500万盾。",
            ],
        },
        {
            "lines": ["万隆中华会馆举办冬至汤圆会"],
            "section": ["华社简讯", None],
            "kicker": [None, "华社简讯"],
            "title": "万隆中华会馆举办冬至汤圆会",
            "body": [
                "本报万隆讯　万隆中华会馆将于12月21日举办冬至汤圆会，欢迎乡亲携家人参加，现场备有汤圆两千碗。",
            ],
        },
    ],
}

XUELI = {
    "name": "zht_utf16be_bom_lf_sydney_huawenbao_liuxue_yimin_page_english_terms_in_brackets_aoyuan_caption_"
    "ziliao_tupian_midsentence_running_head_xuefei_table_lushi_marn_byline_mianze_shengming_last_line_shequ_jianxun",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "澳風日報 2026-12-18 第B3版 留學移民, a Sydney Chinese daily, UTF-16 BE with BOM, LF; blank-line "
    "paragraphs with a two-space indent, wrapped at 22. A visa-policy story (title, 副題, byline line "
    "`本報記者　司徒嘉欣`, English terms in brackets `（Temporary Graduate visa）`, 澳元 sums, caption + "
    "`（資料圖片）` inside a sentence, the running head inside a sentence); a 大學學費 table (header row, "
    "four rows, a `註：` row); a migration-lawyer column under **`■文：陳志明律師（MARN 1798321）`** ending "
    "on a **disclaimer line `（本文僅供參考，不構成法律意見。）`** that is a credit, not text; a 社區簡訊 item.",
    "date": "2026-12-18",
    "page": "B3",
    "head": ["澳風日報　THE AUSTRAL WIND DAILY", "2026年12月18日　星期五　　B3　留學移民"],
    "foot": ["澳風日報　廣告查詢：(02) 9555 0188　　newsroom@ausfeng.example.au"],
    "furniture": [
        "澳風日報",
        "THE AUSTRAL WIND DAILY",
        "2026年12月18日",
        "星期五",
        "B3",
        "留學移民",
        "澳風日報·留學移民",
        "澳風日報　廣告查詢：(02) 9555 0188",
        "newsroom@ausfeng.example.au",
    ],
    "run": ["澳風日報·留學移民"],
    "markup": ["——", "■"],
    "articles": [
        {
            "lines": ["畢業生簽證明年收緊", "——申請年齡上限降至35歲", "本報記者　司徒嘉欣"],
            "title": "畢業生簽證明年收緊",
            "subtitle": "申請年齡上限降至35歲",
            "byline": ["本報記者　司徒嘉欣", "司徒嘉欣"],
            "captions": ["雪梨一所大學的畢業典禮。"],
            "credits": ["（資料圖片）"],
            "body": [
                "聯邦內政部日前公布，從明年7月1日起，臨時畢業生簽證（Temporary Graduate visa，"
                "subclass 485）的申請年齡上限將由目前的50歲降至35歲，申請費則由1,895澳元上調至2,300澳元。",
                "多家留學中介表示，新規定對讀研究生課程的{cap}中年留學生影響最大。在雪梨從事留學諮詢"
                "十多年的譚永康說，過去一年，他接待的四十歲以上客戶約佔兩成，“很多人是讀完碩士再找工作，"
                "現在這條路基本走不通了”。",
                "內政部在聲明中說，調整是為了讓畢業生簽證“回到幫助年輕畢業生積累工作經驗的原意”。"
                "{run}已經在讀的學生，只要在明年6月30日前遞交申請，仍按舊規定處理。",
            ],
        },
        {
            "lines": ["2027年主要大學國際生學費"],
            "title": "2027年主要大學國際生學費",
            "body": [
                ("row", "大學　　　　　　本科（每年）　碩士（每年）"),
                ("row", "雪梨大學　　　　A$54,000　　　A$58,500"),
                ("row", "新南威爾斯大學　A$52,800　　　A$56,200"),
                ("row", "麥覺理大學　　　A$45,600　　　A$47,900"),
                ("row", "西雪梨大學　　　A$36,400　　　A$38,800"),
                ("row", "註：商科、工程類課程；醫科、法律類另計。"),
            ],
        },
        {
            "lines": ["移民法律信箱", "配偶簽證被拒後還能做甚麼？", "■文：陳志明律師（MARN 1798321）"],
            "section": ["移民法律信箱", None],
            "kicker": [None, "移民法律信箱"],
            "title": "配偶簽證被拒後還能做甚麼？",
            "byline": ["文：陳志明律師（MARN 1798321）", "陳志明律師（MARN 1798321）", "陳志明"],
            "credits": ["（本文僅供參考，不構成法律意見。）"],
            "body": [
                "不少讀者來信問，配偶簽證被拒之後，是不是只能離開澳洲？其實未必。",
                "如果申請人在境內遞交申請，一般可以在收到拒簽信之日起二十一天內，向行政上訴審裁處"
                "（ART）提出覆審。覆審期間，申請人通常可以繼續合法留在澳洲。",
                "覆審時，最重要的是補充證明雙方關係真實、持續的材料，例如共同租約、聯名銀行賬戶、"
                "親友的法定聲明等。建議儘早諮詢註冊移民代理或律師。",
                ("end", "（本文僅供參考，不構成法律意見。）"),
            ],
        },
        {
            "lines": ["社區簡訊", "好市圍華人社團聖誕聯歡"],
            "section": ["社區簡訊", None],
            "kicker": [None, "社區簡訊"],
            "title": "好市圍華人社團聖誕聯歡",
            "body": [
                "【本報訊】好市圍（Hurstville）多個華人社團將於12月20日在社區中心舉辦聖誕聯歡會，"
                "設有粵曲表演、抽獎和自助餐，入場費每位15澳元。",
            ],
        },
    ],
}

MAOHAI = {
    "name": "zht_big5_lf_taiwan_chongwu_page_wen_she_ying_combined_byline_caption_no_credit_midsentence_"
    "running_head_renyang_list_gender_symbols_rows_shouyi_column_hash_headings_chongwu_kuaixun",
    "encoding": "big5",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "",
    "blank": True,
    "note": "竹塹日報 民國115年12月19日 第C4版 毛孩生活, a Taiwan daily's pet page, Big5 (strict), LF; no indent, "
    "blank lines between paragraphs, wrapped at 21. An adoption-day story under a combined text-and-photo byline "
    "line **`文、攝影／何宜蓁`** (so the caption has no credit), the caption inside a sentence, the running head "
    "inside a sentence; an **adoption list of `編號　名字　♂／♀　年齡　個性` rows with gender symbols**; a "
    "vet's column under `■獸醫師　鄭明哲` with two **`＃`-marked headings**; a 寵物快訊 item `（記者羅子晴／"
    "新竹報導）` in its lead.",
    "date": "2026-12-19",
    "page": "C4",
    "head": ["竹塹日報　　中華民國115年12月19日　星期六", "C4　毛孩生活　　　　主編：溫雅筑"],
    "foot": ["竹塹日報　讀者服務專線：(03)555-1234　　本版美編：賴思妤"],
    "furniture": [
        "竹塹日報",
        "中華民國115年12月19日",
        "星期六",
        "C4",
        "毛孩生活",
        "主編：溫雅筑",
        "竹塹日報／毛孩生活",
        "竹塹日報　讀者服務專線：(03)555-1234",
        "本版美編：賴思妤",
    ],
    "run": ["竹塹日報／毛孩生活"],
    "markup": ["■"],
    "articles": [
        {
            "lines": ["浪浪找家　認養會一天送養18隻", "文、攝影／何宜蓁"],
            "title": "浪浪找家　認養會一天送養18隻",
            "byline": ["文、攝影／何宜蓁", "何宜蓁"],
            "captions": ["一名小朋友抱著剛認養的米克斯幼犬，笑得合不攏嘴。"],
            "body": [
                "新竹市動物保護教育園區昨天舉辦年終認養會，現場擠滿了想為家裡添一名新成員的民眾，"
                "一天之內共有18隻犬貓找到新家。",
                "園區獸醫師表示，今年收容的犬貓比去年多了一成，其中不少是幼犬被棄養在路邊。"
                "認養人必須年滿二十歲，{cap}通過簡單的飼養知識測驗，並同意植入晶片、按時施打疫苗。",
                "第一次養狗的陳先生說，原本只是帶女兒來看看，沒想到女兒一眼就愛上了一隻黑色小狗，"
                "「{run}她說牠的眼睛會說話，我們就決定帶牠回家了。」",
                "園區提醒，認養前應考慮家中空間與照顧時間，「以認養代替購買，也請不棄養」。",
            ],
        },
        {
            "lines": ["本週待認養毛孩"],
            "title": "本週待認養毛孩",
            "body": [
                ("row", "編號　名字　　♂／♀　年齡　　個性"),
                ("row", "A12　黑糖　　♂　　　1歲　　親人愛撒嬌"),
                ("row", "A17　小米　　♀　　　3個月　活潑好動"),
                ("row", "C05　橘子　　♂　　　2歲　　安靜愛睡覺"),
                ("row", "C09　奶茶　　♀　　　5歲　　溫和已結紮"),
                ("row", "洽詢：新竹市動物保護教育園區"),
            ],
        },
        {
            "lines": ["冬天毛孩怕冷嗎？", "■獸醫師　鄭明哲"],
            "title": "冬天毛孩怕冷嗎？",
            "byline": ["獸醫師　鄭明哲", "鄭明哲"],
            "headings": ["＃短毛犬出門加件衣服", "＃貓咪少喝水要注意"],
            "body": [
                "寒流來襲，門診裡因為受涼而腸胃不適的狗狗明顯變多。飼主可以從幾個小地方做起。",
                ("h", "＃短毛犬出門加件衣服"),
                "吉娃娃、臘腸等短毛、小型犬比較怕冷，清晨或夜間散步時可以穿上保暖衣物，回家後記得擦乾腳掌。",
                ("h", "＃貓咪少喝水要注意"),
                "天冷時貓咪喝水量下降，容易引起泌尿道問題。可以在家中多放幾個水碗，或改餵部分濕食，"
                "如發現頻繁進出貓砂盆卻尿不出來，應儘快就醫。",
            ],
        },
        {
            "lines": ["寵物快訊", "竹北寵物公園元旦開放"],
            "section": ["寵物快訊", None],
            "kicker": [None, "寵物快訊"],
            "title": "竹北寵物公園元旦開放",
            "byline": [None, "羅子晴"],
            "body": [
                "（記者羅子晴／新竹報導）竹北市首座寵物公園將於元旦開放，園內分大型犬與小型犬兩區，"
                "並設有洗腳池和飲水台，開放時間為每天上午六時至晚上十時。",
            ],
        },
    ],
}

HAIDIAO = {
    "name": "zht_big5hkscs_crlf_hongkong_haidiao_page_wen_pen_name_byline_cantonese_caption_duyou_pen_name_"
    "gongtu_midsentence_running_head_chaoxi_tide_table_rows_diaoyou_zhanbao_pen_name_bracket_items_yuhushu_tixing",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "維港晚報 2026-12-18 C8 海釣天地, a Hong Kong evening paper's sea-fishing page, Big5-HKSCS (`嘅 啲 咗 "
    "嚟 喺`, not in cp950 nor Big5), CRLF; blank-line paragraphs with a two-space indent, wrapped at 22. A "
    "fishing-season column under a **pen-name byline `文：老竿`**, mostly Cantonese, caption + a reader's "
    "pen-name credit `（讀者「大魚哥」供圖）` inside a sentence, the running head inside a sentence; a **tide "
    "table** (header row, four rows of date, high and low tide times and heights, a `註：` row); a **釣友戰報 "
    "list of readers' catch reports, each opening on the angler's pen name in 【】**; a 漁護署 notice item.",
    "date": "2026-12-18",
    "page": "C8",
    "head": ["維港晚報　2026年12月18日　星期五", "C8　海釣天地　　　　編輯：區志剛"],
    "foot": ["維港晚報　讀者熱線：2555 8899　　電郵：fishing@vhwp.example.hk"],
    "furniture": [
        "維港晚報",
        "2026年12月18日",
        "星期五",
        "C8",
        "海釣天地",
        "編輯：區志剛",
        "維港晚報．海釣天地",
        "維港晚報　讀者熱線：2555 8899",
        "電郵：fishing@vhwp.example.hk",
    ],
    "run": ["維港晚報．海釣天地"],
    "articles": [
        {
            "lines": ["東北水域黃腳鱲回歸", "文：老竿"],
            "title": "東北水域黃腳鱲回歸",
            "byline": ["文：老竿", "老竿"],
            "captions": ["釣友喺塔門對開釣獲一尾兩斤重嘅黃腳鱲。"],
            "credits": ["（讀者「大魚哥」供圖）"],
            "body": [
                "踏入十二月，水溫跌到二十度左右，東北一帶嘅黃腳鱲終於返嚟喇。上星期同幾個老友去咗"
                "塔門，半日就有十幾條收穫，大嘅差唔多有兩斤。",
                "呢個季節釣黃腳鱲，餌料用生蝦最好，{cap}鉛墜唔使太重，順住水流放落去就得。"
                "記住要早啲出發，天光前後最易有魚。",
                "不過提提大家，{run}東北風一起，海面就會大浪，出海前一定要睇定天氣預報，救生衣一定要著，安全第一。",
            ],
        },
        {
            "lines": ["本週潮汐（鰂魚涌）"],
            "title": "本週潮汐（鰂魚涌）",
            "body": [
                ("row", "日期　　高潮　　　　　低潮"),
                ("row", "19日　　06:42 2.1米　　13:15 0.6米"),
                ("row", "20日　　07:20 2.2米　　14:02 0.5米"),
                ("row", "21日　　08:01 2.2米　　14:48 0.5米"),
                ("row", "22日　　08:45 2.1米　　15:36 0.6米"),
                ("row", "註：時間為香港時間，資料只供參考。"),
            ],
        },
        {
            "lines": ["釣友戰報"],
            "title": "釣友戰報",
            "body": [
                "【阿輝】12月13日夜釣西貢糧船灣，釣獲石九公六條、細鱲三條，風大浪大，兩點收竿。",
                "【海叔】12月14日喺青衣碼頭岸釣，得兩條黑鱲，最大嗰條一斤二兩。",
                "【大魚哥】12月15日坐街渡去塔門，黃腳鱲十二條，全部用生蝦。",
            ],
        },
        {
            "lines": ["漁護署提醒", "海岸公園內禁止垂釣"],
            "section": ["漁護署提醒", None],
            "kicker": [None, "漁護署提醒"],
            "title": "海岸公園內禁止垂釣",
            "body": [
                "【本報訊】漁農自然護理署提醒釣友，東平洲、印洲塘等海岸公園範圍內不准垂釣，"
                "違者最高可被罰款二萬五千元。",
            ],
        },
    ],
}

DOLNOSERBSKI = {
    "name": "dsb_cp1250_lf_lower_sorbian_weekly_caps_kicker_title_subtitle_tekst_a_foto_byline_german_place_"
    "names_in_brackets_caption_no_credit_midsentence_running_head_dalej_jump_termin_rows_krotko",
    "encoding": "cp1250",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 42,
    "indent": "",
    "blank": True,
    "note": "Błośański Casnik 2027-01-14, bok 3, a Lower Sorbian weekly from the Spreewald, cp1250 (`ł ś ź ć č ě š "
    "ž ń ó ŕ`, `„ “` German-style quotes, `–`), LF; blank-line paragraphs, wrapped at 42 with hyphenation. A "
    "zapust story (capital kicker ZAPUST, title, subtitle, **byline line `Tekst a foto: Marja Šołćina`** so the "
    "caption has no credit, **German place names in brackets** `Dešno (Dissen)`, caption inside a sentence, the "
    "running head inside a sentence, `Dalej na boku 4` after a paragraph cut mid-sentence); a **termin list** "
    "of dated rows under TERMINY; a language-course story under `Pětš Kóńc`; a KRÓTKO item.",
    "date": "2027-01-14",
    "page": "3",
    "head": ["BŁOŚAŃSKI CASNIK", "Tyźeńnik za Dolnu Łužycu – 14. januara 2027 – bok 3 – 1,80 €"],
    "foot": ["Błośański Casnik, Žylojska droga 12, Chóśebuz – redakcija@casnik.example.de"],
    "furniture": [
        "BŁOŚAŃSKI CASNIK",
        "Tyźeńnik za Dolnu Łužycu",
        "14. januara 2027",
        "bok 3",
        "1,80 €",
        "Błośański Casnik – Z Błot a wokoło",
        "Dalej na boku 4",
        "Błośański Casnik, Žylojska droga 12, Chóśebuz",
        "redakcija@casnik.example.de",
    ],
    "run": ["Błośański Casnik – Z Błot a wokoło"],
    "markup": ["–", "–", "–", "–"],
    "articles": [
        {
            "lines": [
                "ZAPUST",
                "Młoźina w Dešnje se góstujo na zapust",
                "Wěcej ako sto porow w drastwje",
                "Tekst a foto: Marja Šołćina",
            ],
            "kicker": "ZAPUST",
            "title": "Młoźina w Dešnje se góstujo na zapust",
            "subtitle": "Wěcej ako sto porow w drastwje",
            "byline": ["Tekst a foto: Marja Šołćina", "Marja Šołćina"],
            "captions": ["Źowća w swěźeńskej drastwje pśed gósćeńcom."],
            "body": [
                "W Dešnje (Dissen) jo se młoźina zachad~nu sobotu zasej zejšła na zapust. Wěcej ako sto "
                "porow jo w serb~skej drast~wje śěg~nuło pśez wjas, "
                "wót jadnogo dwóra k drugemu.",
                "„To jo nejwětšy zapust, kenž smy how měli,“ jo gro~nił pśed~sedaŕ towa~ristwa, Handrej "
                "Kito. Južo wót {cap}nowego lěta su se mało~dni kuždy tyźeń zmakali, aby tanc~owali.",
                "Wjacore swójźby z Chóśe~buza (Cottbus) a z Bórkowow (Burg) su pśišli se wog~lědat. "
                "Wjacor jo se w gósćeń~cu {run}dalej rejo~wało, a hudźba jo grała až do",
                ("end", "Dalej na boku 4"),
            ],
        },
        {
            "lines": ["TERMINY"],
            "title": "TERMINY",
            "body": [
                ("row", "Sob., 17. 1. – zapust w Strjažowje (Striesow), 13.00"),
                ("row", "Sob., 24. 1. – zapust w Bórkowach (Burg), 13.30"),
                ("row", "Nje., 25. 1. – serbska namša w Dešnje, 10.00"),
                ("row", "Sob., 31. 1. – rejowanje w Janšojcach (Jänschwalde), 19.00"),
            ],
        },
        {
            "lines": ["Serbšćina za dorosćonych", "Pětš Kóńc"],
            "title": "Serbšćina za dorosćonych",
            "byline": ["Pětš Kóńc"],
            "body": [
                "Serbski instytut pórucyjo wót febru~ara nowy kurs za doros~ćonych, kenž kśě serb~šćinu "
                "wuknuś. Kurs buźo kuždu srjodu wjacor w Chóśebuzu a kósta 60 euro za połlěto.",
                "Wucab~nica Jana Wylemowa groni, až su kurse kužde lěto połne. „Wjele luźi kśě "
                "rěc swó~jich star~jejšych a starych star~jejšych zasej wuknuś,“ jo wóna gronila.",
            ],
        },
        {
            "lines": ["KRÓTKO", "Nowy bus do Błota"],
            "section": ["KRÓTKO", None],
            "kicker": [None, "KRÓTKO"],
            "title": "Nowy bus do Błota",
            "body": [
                "Wót 1. februara jězdźi bus kuž~du góźi~nu z Chóśe~buza do Bórkowow a slědk, teke sobotu a njeźelu.",
            ],
        },
    ],
}

KASZEBSCZI = {
    "name": "csb_utf8_bom_crlf_kashubian_monthly_caps_kicker_title_subtitle_napisal_byline_polish_summary_line_"
    "caption_fot_midsentence_running_head_slowka_glossary_rows_dash_gloss_letter_signed_at_end_wiadla",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 44,
    "indent": "",
    "blank": True,
    "note": "Kaszëbsczé Wiadła 2027-01, strona 5, a Kashubian monthly from Kartuzy, UTF-8 with BOM (`ã ë ò ù ô é ó ł "
    "ń ż`, `„ ”`, `–`), CRLF; blank-line paragraphs, wrapped at 44 with hyphenation. A school story (capital "
    "kicker SZKÒŁA, title, subtitle, byline line `Napisôł Tomôsz Kòrd`, caption + `Fot. X` inside a sentence, "
    "the running head inside a sentence) ending on a **Polish summary line `Streszczenie: …`**, which is part "
    "of the article's text as its last paragraph; a **SŁÓWKA glossary box of Kashubian – Polish rows**; a "
    "reader's letter signed at its end `Wanda z Żukòwa`; a WIADŁA item.",
    "date": "2027-01",
    "page": "5",
    "head": ["KASZËBSCZÉ WIADŁA", "Miesãcznik z Kartuz • stëcznik 2027 • strona 5 • 4,50 zł"],
    "foot": ["Kaszëbsczé Wiadła, ul. Gdańskô 9, Kartuzë • redakcjô@wiadla.example.pl"],
    "furniture": [
        "KASZËBSCZÉ WIADŁA",
        "Miesãcznik z Kartuz",
        "stëcznik 2027",
        "strona 5",
        "4,50 zł",
        "Kaszëbsczé Wiadła – Z naszi zemi",
        "Kaszëbsczé Wiadła, ul. Gdańskô 9, Kartuzë",
        "redakcjô@wiadla.example.pl",
    ],
    "run": ["Kaszëbsczé Wiadła – Z naszi zemi"],
    "markup": ["•", "•", "•", "•"],
    "articles": [
        {
            "lines": [
                "SZKÒŁA",
                "Dzecë z Chmieln gôdają pò kaszëbskù",
                "Nowi kòrs dlô nôjmłodszich w gminie",
                "Napisôł Tomôsz Kòrd",
            ],
            "kicker": "SZKÒŁA",
            "title": "Dzecë z Chmieln gôdają pò kaszëbskù",
            "subtitle": "Nowi kòrs dlô nôjmłodszich w gminie",
            "byline": ["Napisôł Tomôsz Kòrd", "Tomôsz Kòrd"],
            "captions": ["Ùczniowie pierszi klasë przë tôfli."],
            "credits": ["Fot. Ana Lewińskô"],
            "body": [
                "W szkòle w Chmielnie òd stëcznika dzecë z pierszi i drëdżi klasë ùczą sã kaszëb~sczégò "
                "jãzëka trzë razë w ti~dzeniu. Na kòrs zapi~sało sã wicy jak sztër~dzescë {cap}ùczniów.",
                "„Dzecë bëłë baro ceka~wé, co to je za mòwa, w jaczi gôdają jich star~kòwie,” gôdô "
                "szkól~nô Ùrszula Bòjk. Ùczą sã pies~niów, wiérz~tów i pò~wiôst~ków.",
                "Wójt gminë ùd~ba, żebë w przińd~nym roku kòrs bëł {run}téż w drë~dżich szkò~łach. "
                "Pie~niãdze na to dôwô wòje~wództwò.",
                "Streszczenie: W szkole w Chmielnie dzieci uczą się języka ka~szub~skiego trzy razy w ty~godniu.",
            ],
        },
        {
            "lines": ["SŁÓWKA"],
            "title": "SŁÓWKA",
            "body": [
                ("row", "stëcznik – styczeń"),
                ("row", "starka – babcia"),
                ("row", "gôdac – mówić"),
                ("row", "baro – bardzo"),
            ],
        },
        {
            "lines": ["Lëstë", "Dzãkùjã za kaszëbsczé gôdczi"],
            "section": ["Lëstë", None],
            "kicker": [None, "Lëstë"],
            "title": "Dzãkùjã za kaszëbsczé gôdczi",
            "byline": ["Wanda z Żukòwa", "Wanda"],
            "body": [
                "Jem starką trzech wnuków i co mie~sąc czë~tóm jima Wiadła na głos. Nô~barżi lubią "
                "pò~wiôstczi ò mòrzu i ò rëbô~kach. Proszã, pisz~ta wicy ta~czich gôd~ków dlô dzecy!",
                ("end", "Wanda z Żukòwa"),
            ],
        },
        {
            "lines": ["WIADŁA", "Kaszëbsczi kòncert w Kartuzach"],
            "section": ["WIADŁA", None],
            "kicker": [None, "WIADŁA"],
            "title": "Kaszëbsczi kòncert w Kartuzach",
            "body": [
                "W niedzelã 24 stëcznika w kar~tësczim dodomù kùl~turë zagrô karna „Mòrskô Wòda”. Wstãp je darmôwi.",
            ],
        },
    ],
}

ILOKANO = {
    "name": "ilo_macroman_lf_ilocano_weekly_caps_kicker_title_subtitle_babaen_ni_byline_caps_dateline_caption_"
    "ladawan_ni_midsentence_running_head_ituloy_jump_luto_bullet_ingredients_numbered_steps_ababa_a_damag",
    "encoding": "mac_roman",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 44,
    "indent": "",
    "blank": True,
    "note": "Ti Amianan Linawas 2027-01-09, panid 4, an Ilocano weekly from Laoag, Mac Roman (`ñ`, `“ ” ’`, `–`, "
    "`•`), LF; blank-line paragraphs, wrapped at 44 with hyphenation. A fiesta story (capital kicker ILI, title, "
    'subtitle, **byline line `Babaen ni Rowena Agbayani`** ("by"), a capital dateline `LAOAG CITY –` opening '
    "paragraph 1, caption + `Ladawan ni X` inside a sentence, the running head inside a sentence, `Ituloy iti "
    "panid 7` after a paragraph cut mid-sentence); a **LUTO recipe: a `Dagiti kasapulan:` line, `•` ingredient "
    "rows and numbered steps**; an ABABA A DAMAG column of two items.",
    "date": "2027-01-09",
    "page": "4",
    "head": ["TI AMIANAN LINAWAS", "Warnakan ti Ilocos Norte • Enero 9, 2027 • Panid 4 • P15.00"],
    "foot": ["Ti Amianan Linawas, 14 Rizal St., Laoag City • damag@amianan.example.ph"],
    "furniture": [
        "TI AMIANAN LINAWAS",
        "Warnakan ti Ilocos Norte",
        "Enero 9, 2027",
        "Panid 4",
        "P15.00",
        "TI AMIANAN LINAWAS • Damag ti Ili",
        "Ituloy iti panid 7",
        "Ti Amianan Linawas, 14 Rizal St., Laoag City",
        "damag@amianan.example.ph",
    ],
    "run": ["TI AMIANAN LINAWAS • Damag ti Ili"],
    "markup": ["•", "•", "•", "•", "•"],
    "labels": ["ABABAADAMAG"],
    "articles": [
        {
            "lines": [
                "ILI",
                "Rimmuar ti Pamulinawen Festival",
                "Ribu a tattao ti immay nagbuya iti parada",
                "Babaen ni Rowena Agbayani",
            ],
            "kicker": "ILI",
            "title": "Rimmuar ti Pamulinawen Festival",
            "subtitle": "Ribu a tattao ti immay nagbuya iti parada",
            "byline": ["Babaen ni Rowena Agbayani", "Rowena Agbayani"],
            "captions": ["Dagiti agsalsala manipud iti Barangay 5 iti parada."],
            "credits": ["Ladawan ni Jomar Ramos"],
            "body": [
                "LAOAG CITY – Ribu a tattao ti nag~titipon iti plasa ti siudad idi Sabado tapno bu~yaen ti "
                "parada ti Pamulinawen Festival, ti ka~dak~kelan a piesta ti ili iti rugi ti tawen.",
                "Sangapulo ket uppat a grupo dagiti ag~sal~sala ti naki~salip. Nangab~ak ti grupo manipud "
                "iti Barangay 5, {cap}a nakaala iti P200,000 a gunggona.",
                "“Daytoy ti kasa~yaatan a piesta nga adda kadakami,” kinuna ni Mayor Teodoro Valdez. "
                "Kinu~nana pay a ti piesta {run}ket tulong kadagiti ba~bas~sit a ne~gosyo ti ili, "
                "ta adu dagiti tattao nga",
                ("end", "Ituloy iti panid 7"),
            ],
        },
        {
            "lines": ["LUTO", "Pinakbet a Ilokano"],
            "section": ["LUTO", None],
            "kicker": [None, "LUTO"],
            "title": "Pinakbet a Ilokano",
            "body": [
                ("row", "Dagiti kasapulan:"),
                ("row", "• 1/4 kilo a karne ti baboy"),
                ("row", "• 2 a paria ken 4 a tarong"),
                ("row", "• 10 a bunga ti okra"),
                ("row", "• 3 a kamatis ken 1 a lasona"),
                ("row", "• 3 a kutsara a bagoong"),
                "1. Igisa ti lasona ken kamatis, sa inayon ti karne ken bagoong.",
                "2. Inayon ti danum ken dagiti natadtad a nateng. Saan a kanayon a kiwaen tapno saan a marunaw.",
                "3. Lutuen iti sangapulo a minuto wenno agingga a naluto dagiti nateng.",
            ],
        },
        {
            "lines": ["ABABA A DAMAG", "Libre a bakuna kadagiti aso"],
            "section": ["ABABA A DAMAG", None],
            "kicker": [None, "ABABA A DAMAG"],
            "title": "Libre a bakuna kadagiti aso",
            "body": [
                "Addanto libre a bakuna kontra rabies ka~dagiti aso ken pusa iti muni~sipio ti Bacarra "
                "inton Enero 16. Itugot dagiti kukua nga ayup.",
            ],
        },
        {
            "lines": ["Baro a rangtay iti Vintar"],
            "section": ["ABABA A DAMAG", None],
            "kicker": [None, "ABABA A DAMAG"],
            "title": "Baro a rangtay iti Vintar",
            "body": [
                "Malpasto iti Marso ti baro a rangtay a mang~silpo iti Vintar ken Laoag, kuna ti "
                "DPWH. Ag~dagup ti gastos iti P85 milyon.",
            ],
        },
    ],
}

GUARANI = {
    "name": "gn_utf16le_bom_crlf_guarani_weekly_caps_kicker_guarani_title_spanish_subtitle_ohai_byline_caps_"
    "dateline_caption_taanga_midsentence_running_head_neenga_proverb_box_spanish_gloss_mbykymi",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 42,
    "indent": "",
    "blank": True,
    "note": "Arandu Ñe'ẽ 2027-01-08, kuatiahoja 6, a Guarani weekly from Paraguay, UTF-16 LE with BOM (`ñ ã ẽ ĩ õ ũ "
    "ỹ`, `g̃` as g + U+0303, the puso `'`, `« »`, `–`), CRLF; blank-line paragraphs, wrapped at 42 with "
    "hyphenation. A school story (capital kicker TEKOMBO'E, a **Guarani title over a Spanish subtitle**, **byline "
    'line `Ohai: Liz Benítez`** ("writes"), a capital dateline `CAACUPÉ –` opening paragraph 1, caption + '
    "`Ta'ãnga: X` inside a sentence, the running head inside a sentence); a **ÑE'ẼNGA proverb box: the proverb "
    "and its Spanish gloss in brackets on the next line**; a health story under `Ohai: Rubén Ocampos`; a "
    "MBYKYMI item.",
    "date": "2027-01-08",
    "page": "6",
    "head": ["ARANDU ÑE'Ẽ", "Kuatiañe'ẽ arapokõindyguáva | 8 jasyteĩ 2027 | Kuatiahoja 6 | Gs. 5.000"],
    "foot": ["Arandu Ñe'ẽ, Avda. Mariscal López 1200, Paraguay | marandu@arandu.example.py"],
    "furniture": [
        "ARANDU ÑE'Ẽ",
        "Kuatiañe'ẽ arapokõindyguáva",
        "8 jasyteĩ 2027",
        "Kuatiahoja 6",
        "Gs. 5.000",
        "Arandu Ñe'ẽ – Marandu tetãygua",
        "Arandu Ñe'ẽ, Avda. Mariscal López 1200, Paraguay",
        "marandu@arandu.example.py",
    ],
    "run": ["Arandu Ñe'ẽ – Marandu tetãygua"],
    "markup": ["|", "|", "|", "|"],
    "articles": [
        {
            "lines": [
                "TEKOMBO'E",
                "Mitãnguéra oñemoarandu ñe'ẽ mokõime",
                "Escuelas de Cordillera enseñan en guaraní y castellano",
                "Ohai: Liz Benítez",
            ],
            "kicker": "TEKOMBO'E",
            "title": "Mitãnguéra oñemoarandu ñe'ẽ mokõime",
            "subtitle": "Escuelas de Cordillera enseñan en guaraní y castellano",
            "byline": ["Ohai: Liz Benítez", "Liz Benítez"],
            "captions": ["Mbo'ehára ha mitãnguéra mbo'ehaópe, Caacupépe."],
            "credits": ["Ta'ãnga: Derlis Ayala"],
            "body": [
                "CAACUPÉ – Ko ary pyahúpe, 40 mbo'ehao Cordillera-pegua oñe~pyrũta ombo'e ñe'ẽ mokõime: "
                "guarani ha castellano, peteĩcha.",
                "Mbo'ehára Graciela Ortiz he'i: «Mitã~nguéra oikuaa po~rãve oje~he'ihápe hóga ñe'ẽ {cap}"
                "ha mbo'ehao ñe'ẽ.» Mbo'ehára~kuéra oñembo~katupyry ára~kuéra 20 jave.",
                "Ministerio de Educación omoĩta pira~pire kuatia~ñe'ẽ pyahu~rã. Ha'e he'i {run}"
                "ko'ã mbo'ehao rapykuéri oñemba'apóta opaite tetãmegua rupi.",
            ],
        },
        {
            "lines": ["ÑE'ẼNGA"],
            "title": "ÑE'ẼNGA",
            "body": [
                ("row", "«Ñande ñe'ẽ, ñande rekove.»"),
                ("row", "(Nuestra lengua es nuestra vida.)"),
            ],
        },
        {
            "lines": ["Pohã ñana oipytyvõ tesãi", "Ohai: Rubén Ocampos"],
            "title": "Pohã ñana oipytyvõ tesãi",
            "byline": ["Ohai: Rubén Ocampos", "Rubén Ocampos"],
            "body": [
                "Ára hakúpe, heta tapi~cha oho ñe~muhápe ojogua pohã ñana tere~réme g̃uarã. Tesãi "
                "rekuái omo~marandu oje~poru porã hag̃ua ha ñagua~hẽ hag̃ua ypa'ũme.",
                "Ñana ha'éva kokũ, menta'i ha ced~rón oñe~moĩ yvyũme, ha ojehe'a porã y ro'ysãre.",
            ],
        },
        {
            "lines": ["MBYKYMI", "Ñembosarái mba'e pyahu"],
            "section": ["MBYKYMI", None],
            "kicker": [None, "MBYKYMI"],
            "title": "Ñembosarái mba'e pyahu",
            "body": [
                "Sábado 16 jasyteĩ, táva Luque-pe oñem~bosaráita futbol mitãnguéra ndive, ka'aru 4-gui.",
            ],
        },
    ],
}

PAGES = [YANGSHENG, SHOUCANG, QIANDAO, XUELI, MAOHAI, HAIDIAO, DOLNOSERBSKI, KASZEBSCZI, ILOKANO, GUARANI]
