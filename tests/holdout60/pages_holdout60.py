"""The text of every holdout60 page, written once: make_holdout60_pages.py prints it and writes the gold.

The page format is holdout57's (see pages_holdout57.py): each page gives its encoding and layout
(script, width, indent, blank lines between paragraphs), its furniture (printed head and foot lines,
the gold's furniture strings, the running head dropped inside a sentence at `{run}`), and its
articles. An article's `lines` are printed above its text; its gold fields are given apart, a list
holding every acceptable reading (first: the printed one). A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head; `~` marks where
a Latin word may be hyphenated), or a tuple: `("row", line)` a table or list line kept as printed
(a paragraph of the gold), `("h", line)` a heading, `("end", line)` a printed line that is no text
of the gold's paragraphs (a signature). All papers, people, firms, clubs, villages, associations and
events are invented.
"""

YANGLAO = {
    "name": "zh_gbk_crlf_yanglao_zhangzhe_shitang_page_kicker_title_byline_caption_she_midsentence_running_head_"
    "benzhou_caidan_weekday_rows_dish_columns_canfei_note_benbaoxun",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "榆川晚报 2027-03-12 第6版 民生·养老, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A community canteen for the elderly (kicker, title, byline line `本报记者　严　冬`, caption + "
    "`（严　冬　摄）` inside a sentence, the running head inside a quotation); a 本周菜单 grid: a header row "
    "`日期　荤菜　素菜　汤` over weekday rows `周一　红烧鱼块　清炒菠菜　紫菜蛋汤`, then a wrapped `餐费：` note; "
    "a 本报讯 item.",
    "date": "2027-03-12",
    "page": "6",
    "head": ["榆川晚报　2027年3月12日　星期五", "第6版　民生·养老　　　责任编辑：邵　禾　　校对：伍　静"],
    "foot": ["榆川晚报社出版　　新闻热线：0352-6612345　　读者来信：duzhe@yuchuan.example.cn"],
    "furniture": [
        "榆川晚报",
        "2027年3月12日",
        "星期五",
        "第6版",
        "民生·养老",
        "责任编辑：邵　禾",
        "校对：伍　静",
        "榆川晚报·民生",
        "榆川晚报社出版",
        "新闻热线：0352-6612345",
        "读者来信：duzhe@yuchuan.example.cn",
    ],
    "run": ["榆川晚报·民生"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["社区长者食堂开张半年", "一碗热汤暖了老街坊", "本报记者　严　冬"],
            "kicker": "社区长者食堂开张半年",
            "title": "一碗热汤暖了老街坊",
            "byline": ["本报记者　严　冬", "严　冬", "严冬"],
            "captions": ["志愿者为独居老人端上热腾腾的午餐。"],
            "credits": ["（严　冬　摄）"],
            "body": [
                "中午11点刚过，槐树巷社区长者食堂里已经坐满了人。两荤一素一汤，盛在不锈钢餐盘里，"
                "老人们边吃边聊，屋里热热闹闹。",
                "这家食堂去年9月开张，由社区腾出一间旧仓库改建而成，每天供应午餐和晚餐，平均每天就餐"
                "的老人有一百四十多位。行动不便的老人，还可以由{cap}志愿者送餐上门。",
                "七十六岁的宁福根老伴去世后一直一个人住。他说：“以前自己随便煮点面条对付，"
                "现在天天来这里，{run}饭菜软和，还能和老邻居说说话。”",
                "社区主任贺兰芳介绍，食堂的菜单每周更新一次，事先征求老人的意见，少油少盐，"
                "软烂易嚼。",
            ],
        },
        {
            "lines": ["本周菜单"],
            "title": "本周菜单",
            "body": [
                ("row", "日期　荤菜　素菜　汤"),
                ("row", "周一　红烧鱼块　清炒菠菜　紫菜蛋汤"),
                ("row", "周二　土豆烧鸡　醋溜白菜　冬瓜汤"),
                ("row", "周三　肉末豆腐　蒜蓉西兰花　番茄汤"),
                ("row", "周四　清蒸鲈鱼　香菇青菜　萝卜汤"),
                "餐费：60岁以上老人每餐8元，80岁以上每餐5元，低保老人免费，可在社区服务站办理餐卡。",
            ],
        },
        {
            "lines": ["全市将新增二十家长者食堂"],
            "title": "全市将新增二十家长者食堂",
            "body": [
                "本报讯　记者从市民政部门获悉，今年我市计划新增社区长者食堂二十家，重点覆盖老旧小区"
                "和老年人较多的街道。",
            ],
        },
    ],
}

YANGFENG = {
    "name": "zh_gb18030_lf_yangfeng_page_title_futi_byline_rare_char_caption_she_midsentence_running_head_"
    "miyuan_huaqi_month_range_rows_plant_place_fengmi_shougou_rows_benbaoxun",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "岚溪日报 2027-05-14 第8版 农村·养蜂, GB18030 (`𬀩` U+2C029 in the beekeeper's name, not in GBK), LF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. A migrant beekeeper story (title, "
    "`——` 副题 holding the rare character, byline line `本报记者　宁　远`, caption + `（宁　远　摄）` inside a "
    "sentence, the running head inside a sentence); a 蜜源花期 box of rows giving a month range, the nectar plant "
    "and the place (`3月—4月　油菜花　岚溪东乡`); a 蜂蜜收购价 box of rows in 元每公斤; a 本报讯 item.",
    "date": "2027-05-14",
    "page": "8",
    "head": ["岚溪日报　第8版　农村·养蜂", "2027年5月14日　星期五　　编辑：卢　禾　　美编：甘　露"],
    "foot": ["岚溪日报社　　地址：岚溪市解放路88号　　农村版来稿：nongcun@lanxi.example.cn"],
    "furniture": [
        "岚溪日报",
        "第8版",
        "农村·养蜂",
        "2027年5月14日",
        "星期五",
        "编辑：卢　禾",
        "美编：甘　露",
        "岚溪日报·农村",
        "岚溪日报社",
        "地址：岚溪市解放路88号",
        "农村版来稿：nongcun@lanxi.example.cn",
    ],
    "run": ["岚溪日报·农村"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["追着花期走的人", "——记养蜂户何𬀩和他的两百箱蜜蜂", "本报记者　宁　远"],
            "title": "追着花期走的人",
            "subtitle": "记养蜂户何𬀩和他的两百箱蜜蜂",
            "byline": ["本报记者　宁　远", "宁　远", "宁远"],
            "captions": ["何𬀩在油菜花田边检查蜂箱。"],
            "credits": ["（宁　远　摄）"],
            "body": [
                "五月的岚溪西山，槐花开得正盛。山脚下一字排开两百个蜂箱，蜜蜂嗡嗡地进进出出，"
                "四十八岁的何𬀩戴着面网，正在查看蜂群。",
                "何𬀩养蜂已有二十多年。每年开春，他从东乡的油菜花田出发，一路追着花期往山里走，"
                "一年要搬{cap}五六次家。",
                "“蜜蜂跟着花走，人就跟着蜜蜂走。”何𬀩说，今年雨水适中，槐花蜜的产量比去年多了"
                "两成，{run}已经有城里的客商上门订货。",
            ],
        },
        {
            "lines": ["蜜源花期"],
            "title": "蜜源花期",
            "body": [
                ("row", "3月—4月　油菜花　岚溪东乡"),
                ("row", "4月—5月　紫云英　河口镇"),
                ("row", "5月　　　刺槐　　西山林场"),
                ("row", "6月—7月　荆条　　北岭"),
            ],
        },
        {
            "lines": ["蜂蜜收购价"],
            "title": "蜂蜜收购价",
            "body": [
                ("row", "油菜蜜　每公斤18元"),
                ("row", "槐花蜜　每公斤36元"),
                ("row", "荆条蜜　每公斤30元"),
            ],
        },
        {
            "lines": ["养蜂技术培训班下月开课"],
            "title": "养蜂技术培训班下月开课",
            "body": [
                "本报讯　市农业技术推广站将于6月在河口镇举办养蜂技术培训班，讲授蜂群管理和病害防治，"
                "免费参加。",
            ],
        },
    ],
}

ZHONGQIU = {
    "name": "zh_utf8_nobom_crlf_zhongqiu_yuebing_page_kicker_title_byline_tongxunyuan_caption_she_midsentence_"
    "running_head_choujian_table_check_cross_mark_result_column_zhu_note_benbaoxun",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "蕙城晚报 2027-09-10 第10版 消费·中秋, UTF-8 without BOM, CRLF; blank-line paragraphs with a two-space "
    "indent, wrapped at 22. A mooncake-market story (kicker, title with inner “”, byline line `本报记者　钟　晴　"
    "通讯员　王小川`, caption + `（钟　晴　摄）` inside a sentence, the running head inside a quotation); a 月饼抽检结果 "
    "table whose last column is a check or cross mark (`√合格`, `×不合格`) under a header row, then a wrapped "
    "`注：` note; a 本报讯 item.",
    "date": "2027-09-10",
    "page": "10",
    "head": ["蕙城晚报　2027年9月10日　星期五", "第10版　消费·中秋　　　责任编辑：孔　岚"],
    "foot": ["蕙城晚报社　　消费维权热线：0768-2212315　　地址：蕙城市东湖路21号"],
    "furniture": [
        "蕙城晚报",
        "2027年9月10日",
        "星期五",
        "第10版",
        "消费·中秋",
        "责任编辑：孔　岚",
        "蕙城晚报·消费",
        "蕙城晚报社",
        "消费维权热线：0768-2212315",
        "地址：蕙城市东湖路21号",
    ],
    "run": ["蕙城晚报·消费"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["中秋临近月饼市场走访", "传统大月饼卖不过“小月饼”", "本报记者　钟　晴　通讯员　王小川"],
            "kicker": "中秋临近月饼市场走访",
            "title": "传统大月饼卖不过“小月饼”",
            "byline": ["本报记者　钟　晴　通讯员　王小川", "钟　晴　王小川", "钟　晴"],
            "captions": ["市民在超市月饼专柜挑选散装小月饼。"],
            "credits": ["（钟　晴　摄）"],
            "body": [
                "离中秋节还有五天，记者走访城区几家大型超市发现，今年月饼专柜的主角变了：动辄几百元的礼盒"
                "少了，一口一个的小月饼成了热门货。",
                "在东湖路一家超市，五十克装的散装小月饼按个出售，口味多达二十多种，不少市民"
                "一次挑上{cap}七八种口味。",
                "市民覃丽华说：“家里人少，大月饼切开吃不完，放两天就不好吃了。买小的，"
                "{run}每样尝一个，图个团圆的意思。”",
                "超市负责人介绍，今年礼盒月饼销量比去年下降约两成，散装月饼则增长了三成多。",
            ],
        },
        {
            "lines": ["月饼抽检结果"],
            "title": "月饼抽检结果",
            "body": [
                ("row", "品种　抽检批次　结果"),
                ("row", "广式莲蓉　12　√合格"),
                ("row", "广式五仁　10　√合格"),
                ("row", "苏式鲜肉　8　√合格"),
                ("row", "冰皮奶黄　6　×不合格"),
                "注：冰皮奶黄月饼有1批次菌落总数超标，相关产品已下架，市民可凭购物小票退货。",
            ],
        },
        {
            "lines": ["中秋夜东湖公园延长开放"],
            "title": "中秋夜东湖公园延长开放",
            "body": [
                "本报讯　中秋节当晚，东湖公园开放时间延长至23时，园内将举办赏月诗会，市民可免费参加。",
            ],
        },
    ],
}

ZHUXUE = {
    "name": "zh_utf16be_bom_lf_malaysia_sibu_zhuxuejin_page_title_byline_malay_word_glossed_ringgit_sum_caption_she_"
    "midsentence_running_head_dejiang_mingdan_group_label_name_rows_benbaoxun",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "拉让江日报 2027-08-20 第12版 地方·宗亲, a Sibu (Sarawak, Malaysia) Chinese paper in simplified "
    "characters, UTF-16 BE with BOM, LF; blank-line paragraphs with a two-space indent, wrapped at 22. A clan "
    "association's bursary story (title with a U+3000 gap, byline line `本报记者　刘秀琴`, a Malay word glossed in "
    "brackets `甘榜（kampung）`, ringgit sums `RM 300`, caption + `（刘秀琴摄）` inside a sentence, the running head "
    "inside a quotation); a 得奖名单 list: one row per group, the group label and its names separated by U+3000 "
    "(`小学组：林佳欣　黄子轩　…`); a 【本报讯】 item.",
    "date": "2027-08-20",
    "page": "12",
    "head": ["拉让江日报　RAJANG DAILY", "2027年8月20日　星期五　第12版　地方·宗亲"],
    "foot": ["拉让江日报　Jalan Kampung Nyabor, Sibu　电话：084-331 200"],
    "furniture": [
        "拉让江日报",
        "RAJANG DAILY",
        "2027年8月20日",
        "星期五",
        "第12版",
        "地方·宗亲",
        "拉让江日报·地方",
        "拉让江日报",
        "Jalan Kampung Nyabor, Sibu",
        "电话：084-331 200",
    ],
    "run": ["拉让江日报·地方"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["宗亲会颁发助学金　百余学子受惠", "本报记者　刘秀琴"],
            "title": "宗亲会颁发助学金　百余学子受惠",
            "byline": ["本报记者　刘秀琴", "刘秀琴"],
            "captions": ["宗亲会理事与获得助学金的学生合影。"],
            "credits": ["（刘秀琴摄）"],
            "body": [
                "诗巫福源宗亲会昨日在会所颁发年度助学金，共有一百二十名会员子女受惠，其中不少来自"
                "偏远甘榜（kampung，乡村）的家庭。",
                "宗亲会今年拨出助学金共RM 42,000，小学生每人RM 300，中学生每人RM 400，大专生每人"
                "RM 800。会长黄国梁说，宗亲会多年来{cap}坚持助学，从未间断。",
                "获得大专组助学金的林思慧说：“爸爸在木山工作，家里兄弟姐妹多，这笔钱可以帮我买"
                "课本，{run}我会好好读书回报乡亲。”",
            ],
        },
        {
            "lines": ["得奖名单"],
            "title": "得奖名单",
            "body": [
                ("row", "小学组：林佳欣　黄子轩　陈慧敏　李伟杰"),
                ("row", "中学组：张雅琪　吴俊豪　刘嘉欣　黄志强"),
                ("row", "大专组：林思慧　陈国栋　叶美玲"),
            ],
        },
        {
            "lines": ["华小开放日欢迎家长参观"],
            "title": "华小开放日欢迎家长参观",
            "body": [
                "【本报讯】诗巫中华公学将于本月28日举办开放日，欢迎家长参观课室和图书馆，"
                "了解新学年的课程安排。",
            ],
        },
    ],
}

WENDAN = {
    "name": "zht_big5_crlf_taiwan_madou_wendan_page_kicker_title_jizhe_place_byline_caption_she_midsentence_"
    "running_head_fenji_rows_grade_weight_taijin_price_benbaoxun",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "曾文時報 2027-09-03 B3 產業·農情, Big5 (strict; no `／` or `～` on it), CRLF; indent-only paragraphs, no "
    "blank lines inside an article, wrapped at 21. A pomelo-harvest story (kicker and title with U+3000 gaps, "
    "byline line `記者黃雅婷　麻豆報導`, caption + `（記者黃雅婷攝）` inside a sentence, the running head inside a "
    "quotation); a 文旦分級參考 box of grade rows giving a weight threshold in 台斤 and a price per 台斤 "
    "(`特級　每顆1.2台斤以上　每台斤60元`) under a header row; a 【本報訊】 item.",
    "date": "2027-09-03",
    "page": "B3",
    "head": ["曾文時報　B3　產業·農情", "2027年9月3日　星期五　　主編：蘇美雲"],
    "foot": ["曾文時報社　台南市新營區民治路35號　服務專線：(06)632-5566"],
    "furniture": [
        "曾文時報",
        "B3",
        "產業·農情",
        "2027年9月3日",
        "星期五",
        "主編：蘇美雲",
        "曾文時報．農情",
        "曾文時報社",
        "台南市新營區民治路35號",
        "服務專線：(06)632-5566",
    ],
    "run": ["曾文時報．農情"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["中秋前採收高峰　果園人手吃緊", "麻豆文旦開採　果農笑迎好年冬", "記者黃雅婷　麻豆報導"],
            "kicker": "中秋前採收高峰　果園人手吃緊",
            "title": "麻豆文旦開採　果農笑迎好年冬",
            "byline": ["記者黃雅婷　麻豆報導", "黃雅婷"],
            "captions": ["果農在文旦園裡採收，一顆顆放進竹簍。"],
            "credits": ["（記者黃雅婷攝）"],
            "body": [
                "中秋節將近，麻豆區的文旦進入採收高峰。今年夏天颱風少、日照足，果實大小均勻，"
                "果農普遍看好收成。",
                "種了三十多年文旦的郭春生天還沒亮就帶著家人下田，他說，文旦要在白露前後採收，"
                "採下後還得{cap}放上幾天「消水」，口感才會甜。",
                "郭春生的太太笑說：「今年顆顆都漂亮，{run}訂單接到手軟，連外孫都回來幫忙裝箱。」"
                "農會表示，今年宅配訂單比去年增加約一成。",
            ],
        },
        {
            "lines": ["文旦分級參考"],
            "title": "文旦分級參考",
            "body": [
                ("row", "等級　重量　產地參考價"),
                ("row", "特級　每顆1.2台斤以上　每台斤60元"),
                ("row", "一級　每顆1台斤以上　每台斤50元"),
                ("row", "二級　每顆0.8台斤以上　每台斤40元"),
            ],
        },
        {
            "lines": ["農會辦文旦評鑑　月中揭曉"],
            "title": "農會辦文旦評鑑　月中揭曉",
            "body": [
                "【本報訊】麻豆區農會本週六舉辦文旦評鑑，由專家就外觀、甜度與口感評分，結果將於"
                "本月中旬公布。",
            ],
        },
    ],
}

FOLUNG = {
    "name": "zht_big5hkscs_lf_hong_kong_sai_kung_wu_fo_lung_page_title_byline_cantonese_quote_caption_she_midsentence_"
    "running_head_xiao_cidian_term_jyutping_tone_digits_gloss_rows_benbaoxun",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "維港晚報 2027-09-16 A11 港聞·鄉情, Big5-HKSCS (`嘅 啲 咗 喺 嚟`; `嘅` is in neither cp950 nor Big5), LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A village fire-dragon dance story (title with a "
    "U+3000 gap, byline line `本報記者　程家豪`, two Cantonese quotations, caption + `（程家豪攝）` inside one, the "
    "running head inside the other); a 火龍小詞典 box of rows giving a term, its Jyutping with tone digits and a "
    "gloss (`火龍　fo2 lung4　禾草紮成嘅龍`); a 【本報訊】 item.",
    "date": "2027-09-16",
    "page": "A11",
    "head": ["維港晚報　2027年9月16日　星期四", "A11　港聞·鄉情　　　編輯：溫嘉敏"],
    "foot": ["維港晚報有限公司出版　　讀者熱線：2833 6600"],
    "furniture": [
        "維港晚報",
        "2027年9月16日",
        "星期四",
        "A11",
        "港聞·鄉情",
        "編輯：溫嘉敏",
        "維港晚報．鄉情",
        "維港晚報有限公司出版",
        "讀者熱線：2833 6600",
    ],
    "run": ["維港晚報．鄉情"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["石角村中秋舞火龍　七十年傳統再現", "本報記者　程家豪"],
            "title": "石角村中秋舞火龍　七十年傳統再現",
            "byline": ["本報記者　程家豪", "程家豪"],
            "captions": ["插滿香枝的火龍在村口穿梭，村民在旁打鼓助興。"],
            "credits": ["（程家豪攝）"],
            "body": [
                "西貢石角村昨晚中秋節舉行舞火龍，一條長二十米、插滿香枝的禾草火龍在村內巡遊，"
                "吸引近千名市民入村觀看。",
                "負責紮火龍的村長温德興今年七十一歲。他話：「以前年年都舞，停咗十幾年，"
                "今年後生仔返嚟話想再搞，{cap}我梗係幫手啦。」",
                "參加舞龍的大學生温子軒話：「第一次揹住火龍行，好熱好重，不過好有意義，"
                "{run}希望下年仲有更多人嚟睇。」",
            ],
        },
        {
            "lines": ["火龍小詞典"],
            "title": "火龍小詞典",
            "body": [
                ("row", "火龍　fo2 lung4　禾草紮成嘅龍"),
                ("row", "香枝　hoeng1 zi1　插喺龍身嘅香"),
                ("row", "龍珠　lung4 zyu1　喺龍前面引路"),
            ],
        },
        {
            "lines": ["西貢公路今晚實施交通管制"],
            "title": "西貢公路今晚實施交通管制",
            "body": [
                "【本報訊】警方提醒市民，因應中秋節後活動，西貢公路近石角村一段今晚7時至11時實施交通管制，"
                "駕駛人士請預早改道。",
            ],
        },
    ],
}

PIEMONTEIS = {
    "name": "pms_cp850_crlf_piedmontese_weekly_caps_kicker_title_subtitle_ed_byline_caption_fotografia_midsentence_"
    "running_head_ij_digraph_words_trifola_dot_leader_price_rows_euro_spelled_notissie_curte",
    "encoding": "cp850",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 37,
    "indent": "",
    "blank": True,
    "note": "Ël Campanin 2027-10-08, pàgina 7, a Piedmontese weekly from Chieri, DOS code page 850 (`ë ò à è é ù`, no "
    "euro sign in it: prices say `euro`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A truffle "
    "fair story (capital kicker FERA DLA TRIFOLA, title, subtitle, byline line `ëd Giacolin Bertòt`, ASCII `\"…\"` "
    "quotations, caption + `Fotografia: Ginota Marchis` inside one, the running head inside a sentence); a "
    "PRESSI DËL MERCÀ box of dot-leader price rows (`Trifola bianca ........ 380 euro l'eto`) and a wrapped note; "
    "a NOTISSIE CURTE label over one item.",
    "date": "2027-10-08",
    "page": "7",
    "head": ["ËL CAMPANIN", "Setimanal piemontèis - vënner 8 otóber 2027 - pàgina 7 - 1,50 euro"],
    "foot": ["Ël Campanin, via Vittorio Emanuele 40, Chieri - redassion@campanin.example.it"],
    "furniture": [
        "ËL CAMPANIN",
        "Setimanal piemontèis",
        "vënner 8 otóber 2027",
        "pàgina 7",
        "1,50 euro",
        "Ël Campanin - Ël pais",
        "Ël Campanin, via Vittorio Emanuele 40, Chieri",
        "redassion@campanin.example.it",
    ],
    "run": ["Ël Campanin - Ël pais"],
    "markup": ["-", "-", "-", "-"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "FERA DLA TRIFOLA",
                "La trifola a torna an piassa a Cher",
                "Quaranta trifolé e na coa ëd vissitador",
                "ëd Giacolin Bertòt",
            ],
            "kicker": "FERA DLA TRIFOLA",
            "title": "La trifola a torna an piassa a Cher",
            "subtitle": "Quaranta trifolé e na coa ëd vissitador",
            "byline": ["ëd Giacolin Bertòt", "Giacolin Bertòt"],
            "captions": ["Barba Togn a fa vëdde soa trifola pì gròssa ai vissitador."],
            "credits": ["Fotografia: Ginota Marchis"],
            "body": [
                "Dumìnica passà la piassa dla Mèria a l'é stàita pien-a ëd gent për la fera dla trifola. "
                "Quaranta trifolé a son rivà da le colin-e con sò can e soe cavagne.",
                "Barba Togn, ch'a serca trifole da sinquant'ani, a l'ha dit: \"Quest ann a l'é piovù "
                "al moment giust. Le trifole a son bele e {cap}përfumà.\"",
                "La Comun a pensa già a l'edission ëd l'ann ch'a ven, con un tendon për ij "
                "produtor e {run}na ca për ij can da trifola.",
            ],
        },
        {
            "lines": ["PRESSI DËL MERCÀ"],
            "title": "PRESSI DËL MERCÀ",
            "body": [
                ("row", "Trifola bianca ........ 380 euro l'eto"),
                ("row", "Trifola nèira .......... 90 euro l'eto"),
                ("row", "Trifola ëd Bianchet .... 120 euro l'eto"),
                "Ij pressi a son cole marcà dai produtor a la sèira dla dumìnica.",
            ],
        },
        {
            "lines": ["NOTISSIE CURTE", "Neuva biblioteca an via Palazzo"],
            "section": ["NOTISSIE CURTE", None],
            "kicker": [None, "NOTISSIE CURTE"],
            "title": "Neuva biblioteca an via Palazzo",
            "body": [
                "La neuva biblioteca dla sità a deurb le pòrte lùn-es. A-i saran ëdcò dij lìber "
                "an piemontèis për le masnà.",
            ],
        },
    ],
}

TURKMEN = {
    "name": "tk_utf8_lf_turkmen_latin_daily_caps_kicker_title_subtitle_habarcymyz_byline_n_caron_y_acute_letters_"
    "caption_surat_midsentence_running_head_pagta_etrap_rows_tonna_plan_percent_gysgaca",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Mary Sesi 2027-10-15, 3-nji sahypa, a Turkmen daily in Latin script from Mary, UTF-8 without BOM (`ä ç ň ö "
    "ş ü ý ž`, `“ ”`, `–`), LF; blank-line paragraphs, wrapped at 41 with hyphenation. A cotton-harvest story "
    "(capital kicker OBA HOJALYGY, title, subtitle, byline line `Habarçymyz Aýna Berdiýewa`, caption + `Surat: "
    "Merdan Hojaýew` inside a `“ ”` quotation, the running head inside a sentence); a PAGTA ÝYGYMY box of district "
    "rows giving tonnes and the share of the plan in brackets (`Baýramaly etraby – 48 200 tonna (102%)`); a "
    "GYSGAÇA label over one item.",
    "date": "2027-10-15",
    "page": "3",
    "head": ["MARY SESI", "Gündelik gazet – 2027-nji ýylyň 15-nji oktýabry, anna – 3-nji sahypa"],
    "foot": ["Mary Sesi, Magtymguly şaýoly 12, Mary – habar@marysesi.example.tm"],
    "furniture": [
        "MARY SESI",
        "Gündelik gazet",
        "2027-nji ýylyň 15-nji oktýabry, anna",
        "3-nji sahypa",
        "Mary Sesi – Welaýat",
        "Mary Sesi, Magtymguly şaýoly 12, Mary",
        "habar@marysesi.example.tm",
    ],
    "run": ["Mary Sesi – Welaýat"],
    "markup": ["–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "OBA HOJALYGY",
                "Pagta ýygymy güýçli depginde dowam edýär",
                "Welaýatyň daýhanlary meýilnamany ýerine ýetirýär",
                "Habarçymyz Aýna Berdiýewa",
            ],
            "kicker": "OBA HOJALYGY",
            "title": "Pagta ýygymy güýçli depginde dowam edýär",
            "subtitle": "Welaýatyň daýhanlary meýilnamany ýerine ýetirýär",
            "byline": ["Habarçymyz Aýna Berdiýewa", "Aýna Berdiýewa"],
            "captions": ["Kombaýnçy Serdar Orazow meýdanda pagta ýygýar."],
            "credits": ["Surat: Merdan Hojaýew"],
            "body": [
                "Mary welaýatynyň ähli etraplarynda pagta ýygymy dowam edýär. Şu güne çenli "
                "welaýatda ýüz müň tonnadan gowrak pagta ýygnaldy.",
                "Baýramaly etrabynyň daýhany Gülälek Annaýewa şeýle diýdi: “Bu ýyl howa gowy boldy. "
                "Biziň toparymyz {cap}meýilnamany öňünden ýerine ýetirdi.”",
                "Hünärmenleriň aýtmagyna görä, ýygym işleri noýabr aýynyň ortalaryna çenli "
                "dowam eder we {run}ähli pagta kabul ediş nokatlaryna tabşyrylar.",
            ],
        },
        {
            "lines": ["PAGTA ÝYGYMY"],
            "title": "PAGTA ÝYGYMY",
            "body": [
                ("row", "Baýramaly etraby – 48 200 tonna (102%)"),
                ("row", "Sakarçäge etraby – 31 750 tonna (97%)"),
                ("row", "Ýolöten etraby – 27 400 tonna (95%)"),
            ],
        },
        {
            "lines": ["GYSGAÇA", "Murgap derýasynyň üstünden täze köpri"],
            "section": ["GYSGAÇA", None],
            "kicker": [None, "GYSGAÇA"],
            "title": "Murgap derýasynyň üstünden täze köpri",
            "body": [
                "Mary şäheriniň günorta böleginde Murgap derýasynyň üstünden täze pyýada köprüsi "
                "ulanmaga berildi. Köpri ýaşaýjylaryň ýoluny gysgaltdy.",
            ],
        },
    ],
}

TSWANA = {
    "name": "tn_macroman_cr_tswana_weekly_caps_kicker_title_subtitle_ka_byline_caps_dateline_caption_setshwantsho_"
    "midsentence_running_head_ditlhwatlhwa_rows_pula_prefix_space_thousands_dikgang_ka_bokhutshwane",
    "encoding": "mac-roman",
    "not_in": [],
    "newline": "\r",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Naledi ya Bokone 2027-07-16, tsebe 4, a Setswana weekly from Francistown, Mac Roman (`“ ” ’ –`), bare CR "
    "line ends; blank-line paragraphs, wrapped at 40 with hyphenation. A cattle-auction story (capital kicker "
    "TEMO-THUO, title, subtitle, byline line `Ka Kagiso Modise` (\"by\"), a capital dateline `FRANCISTOWN –` "
    "opening paragraph 1, caption + `Setshwantsho: Neo Sebina` inside a `“ ”` quotation, the running head inside "
    "a sentence); a DITLHWATLHWA TSA FANTISI box of price rows in pula with the `P` before the sum and a space "
    "as thousands separator (`Pholo – P 6 200`); a DIKGANG KA BOKHUTSHWANE label over one item.",
    "date": "2027-07-16",
    "page": "4",
    "head": ["NALEDI YA BOKONE", "Lokwalodikgang lwa beke – Labotlhano 16 Phukwi 2027 – Tsebe 4 – P5.00"],
    "foot": ["Naledi ya Bokone, Blue Jacket Street 9, Francistown – dikgang@naledi.example.bw"],
    "furniture": [
        "NALEDI YA BOKONE",
        "Lokwalodikgang lwa beke",
        "Labotlhano 16 Phukwi 2027",
        "Tsebe 4",
        "P5.00",
        "Naledi ya Bokone – Dikgang tsa Kgaolo",
        "Naledi ya Bokone, Blue Jacket Street 9, Francistown",
        "dikgang@naledi.example.bw",
    ],
    "run": ["Naledi ya Bokone – Dikgang tsa Kgaolo"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "TEMO-THUO",
                "Balemirui ba itumelela ditlhwatlhwa",
                "Fantisi ya dikgomo e gogile batho",
                "Ka Kagiso Modise",
            ],
            "kicker": "TEMO-THUO",
            "title": "Balemirui ba itumelela ditlhwatlhwa",
            "subtitle": "Fantisi ya dikgomo e gogile batho",
            "byline": ["Ka Kagiso Modise", "Kagiso Modise"],
            "captions": ["Balemirui ba lebelela dikgomo pele ga fantisi."],
            "credits": ["Setshwantsho: Neo Sebina"],
            "body": [
                "FRANCISTOWN – Balemirui ba le makgolo a mabedi ba ne ba tsenela fantisi ya dikgomo "
                "kwa Tati Siding ka Labone, mme ditlhwatlhwa di ne di le kwa godimo.",
                "Rre Thabo Kgosietsile, yo o nang le dikgomo tse di masome a mararo, o ne a re: "
                "“Ke rekisitse dipholo tse tlhano. {cap}Madi a, a tla thusa bana ba me kwa sekolong.”",
                "Ba lekgotla la balemirui ba re fantisi e e latelang e tla nna teng ka kgwedi e "
                "e tlang, mme {run}balemirui botlhe ba a laletswa.",
            ],
        },
        {
            "lines": ["DITLHWATLHWA TSA FANTISI"],
            "title": "DITLHWATLHWA TSA FANTISI",
            "body": [
                ("row", "Pholo – P 6 200"),
                ("row", "Kgomo ya namane – P 4 850"),
                ("row", "Kgongwana – P 2 300"),
            ],
        },
        {
            "lines": ["DIKGANG KA BOKHUTSHWANE", "Metsi a boetse kwa Monarch"],
            "section": ["DIKGANG KA BOKHUTSHWANE", None],
            "kicker": [None, "DIKGANG KA BOKHUTSHWANE"],
            "title": "Metsi a boetse kwa Monarch",
            "body": [
                "Baagi ba Monarch ba bone metsi gape morago ga malatsi a mararo, fa pompo e kgolo "
                "e sena go baakanngwa ke khansele.",
            ],
        },
    ],
}

ZAZAKI = {
    "name": "zza_iso8859_9_lf_zazaki_weekly_caps_kicker_title_subtitle_nuskar_byline_circumflex_vowels_caption_"
    "foto_midsentence_running_head_erze_hingini_rows_kilo_lira_telefone_muhimi_rows_xebere_kilmi",
    "encoding": "iso8859-9",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Vengê Çewlîgî 2027-09-17, pela 2, a Zazaki weekly from Bingöl, ISO-8859-9 (`ç ê î û ş ğ`, ASCII quotes), "
    "LF; blank-line paragraphs, wrapped at 40 with hyphenation. A honey-harvest story (capital kicker HINGÎN, "
    "title, subtitle, byline line `Nuskar: Rojda Aydın`, ASCII `\"…\"` quotation, caption + `Foto: Welat Kaya` "
    "inside it, the running head inside a sentence); a ERZÊ HINGÎNÎ box of price rows per kilo in lira "
    "(`Hingînê kozikî: 900 TL/kg`); a TELEFONÊ MUHÎMÎ box of phone rows; a XEBERÊ KILMÎ label over one item.",
    "date": "2027-09-17",
    "page": "2",
    "head": ["VENGÊ ÇEWLÎGÎ", "Rojnameyo hewtane - Îne, 17 Keşkelun 2027 - Pela 2"],
    "foot": ["Vengê Çewlîgî, Bingöl - xeber@venge.example.com.tr"],
    "furniture": [
        "VENGÊ ÇEWLÎGÎ",
        "Rojnameyo hewtane",
        "Îne, 17 Keşkelun 2027",
        "Pela 2",
        "Vengê Çewlîgî - Şaristan",
        "Vengê Çewlîgî, Bingöl",
        "xeber@venge.example.com.tr",
    ],
    "run": ["Vengê Çewlîgî - Şaristan"],
    "markup": ["-", "-", "-"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "HINGÎN",
                "Koyan de hingînê serra newe ameyo çinitene",
                "Hingînçîyî vanê berhem serra vîyarte ra zêdêr o",
                "Nuskar: Rojda Aydın",
            ],
            "kicker": "HINGÎN",
            "title": "Koyan de hingînê serra newe ameyo çinitene",
            "subtitle": "Hingînçîyî vanê berhem serra vîyarte ra zêdêr o",
            "byline": ["Nuskar: Rojda Aydın", "Rojda Aydın"],
            "captions": ["Hingînçî Mehmet Aslan kozikanê xo kontrol keno."],
            "credits": ["Foto: Welat Kaya"],
            "body": [
                "Koyanê Çewlîgî de hingînçîyan dest bi çinitişê hingînî kerd. Ewro zafê hingînçîyan "
                "kozikê xo ra hingînê serra newe girewt.",
                "Hingînçî Mehmet Aslan va: \"Serra ewraye varan bi wextê xo ame. Vilikî zaf bîyî, "
                "{cap}hingîn zî weş o.\"",
                "Komela hingînçîyan vana ke hingînê serra ewraye do hetê Aşmê Tişrînî de bêro "
                "roşe, {run}bazarê şaristanî de.",
            ],
        },
        {
            "lines": ["ERZÊ HINGÎNÎ"],
            "title": "ERZÊ HINGÎNÎ",
            "body": [
                ("row", "Hingînê kozikî: 900 TL/kg"),
                ("row", "Hingînê şane: 1 200 TL/kg"),
                ("row", "Morî: 2 500 TL/kg"),
            ],
        },
        {
            "lines": ["TELEFONÊ MUHÎMÎ"],
            "title": "TELEFONÊ MUHÎMÎ",
            "body": [
                ("row", "Nêweşxane: 0426 555 01 00"),
                ("row", "Îtfaîye: 0426 555 02 00"),
            ],
        },
        {
            "lines": ["XEBERÊ KILMÎ", "Rayîra Solhanî ya newe abîye"],
            "section": ["XEBERÊ KILMÎ", None],
            "kicker": [None, "XEBERÊ KILMÎ"],
            "title": "Rayîra Solhanî ya newe abîye",
            "body": [
                "Rayîra newiye ya mabênê Çewlîgî û Solhanî abîye. Nika ramitiş nêm saete kilmêr "
                "bîyo.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýıAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝI")
DIGRAPHS = {
    "pms": ("ch", "gh", "gn", "gl", "sc", "ss"),
    "tk": ("ng",),
    "tn": ("ts", "tl", "ng", "kg", "ph", "th", "kh", "sw", "bj", "tsh", "tlh", "ny", "nk", "mp", "nt"),
    "zza": ("xw",),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone.
    holdout57's rule: never in a word holding an apostrophe of any kind, a hyphen or an inner capital."""
    if "~" in word or len(word) < 7 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if any(mark in word for mark in "'’ʼʻ"):
        return word
    if any(not ch.islower() for ch in word[1:] if ch.isalpha()):
        return word
    core = word.rstrip('.,;:!?"»”“')
    tail = word[len(core) :]
    out, n = "", len(core)
    for i, ch in enumerate(core):
        if 2 <= i <= n - 3 and core[i].isalpha() and core[i - 1].isalpha():
            pair = core[i - 1 : i + 1].lower()
            if ch not in VOWELS and core[i - 1] in VOWELS and core[i + 1] in VOWELS:
                out += "~"
            elif (
                ch not in VOWELS
                and core[i - 1] not in VOWELS
                and core[i + 1] in VOWELS
                and core[i - 2] in VOWELS
                and pair not in DIGRAPHS[language]
            ):
                out += "~"
        out += ch
    return out + tail


def hyphenable(text, language):
    words = []
    for word in text.split(" "):
        if "}" in word:
            mark, rest = word.split("}", 1)
            words.append(mark + "}" + syllables(rest, language))
        else:
            words.append(syllables(word, language))
    return " ".join(words)


for _page, _language in ((PIEMONTEIS, "pms"), (TURKMEN, "tk"), (TSWANA, "tn"), (ZAZAKI, "zza")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [YANGLAO, YANGFENG, ZHONGQIU, ZHUXUE, WENDAN, FOLUNG, PIEMONTEIS, TURKMEN, TSWANA, ZAZAKI]
