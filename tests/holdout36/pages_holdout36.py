"""The text of every holdout36 page, written once: make_holdout36_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head,
`{col}` a column break; `~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a 小标题 heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit).
All papers, people, firms and events are invented.
"""

SHAONIAN = {
    "name": "zh_gbk_crlf_shaonian_ertong_page_xiaojizhe_byline_school_grade_zhidao_laoshi_caption_midsentence_"
    "running_head_midsentence_zuowen_signed_school_class_tongyao_verse_rows_zhishi_wenda_box_zhaomu_qishi",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 24,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "汀洲日报 2026-12-02 第7版 少儿天地, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 24. A 小记者 story (kicker, title, a byline line naming the child reporter with school and "
    "grade and the 指导老师, caption + credit inside a sentence, the running head inside a sentence); a "
    "小作者园地 composition signed with school and class at its end and a `指导老师：` line under it; a "
    "童谣 of six verse lines under a `文／X` line; a 知识小问答 box of `问：`/`答：` lines; the page's "
    "小记者招募 notice signed 本版编辑.",
    "date": "2026-12-02",
    "page": "7",
    "head": ["汀洲日报　　2026年12月2日　星期三", "第7版　少儿天地　　　　责任编辑：骆小满"],
    "foot": ["本版投稿邮箱：shaoer@tzrb.example.cn　　电话：0593-62218877"],
    "furniture": [
        "汀洲日报",
        "2026年12月2日",
        "星期三",
        "第7版",
        "少儿天地",
        "责任编辑：骆小满",
        "汀洲日报·少儿天地　2026.12.2",
        "本版投稿邮箱：shaoer@tzrb.example.cn",
        "电话：0593-62218877",
    ],
    "run": ["汀洲日报·少儿天地　2026.12.2"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "小记者走进消防救援站",
                "原来消防员叔叔的床是这样叠的",
                "小记者　陈语桐（汀洲市实验小学五年级）　指导老师　许丽华",
            ],
            "kicker": "小记者走进消防救援站",
            "title": "原来消防员叔叔的床是这样叠的",
            "byline": ["小记者　陈语桐（汀洲市实验小学五年级）　指导老师　许丽华", "陈语桐"],
            "captions": ["小记者们在消防员指导下试穿灭火防护服。"],
            "credits": ["本报记者　游晓帆　摄"],
            "body": [
                "11月28日下午，我和二十多名小记者一起来到城南消防救援站。一进大门，就看见三辆红色的"
                "消防车整整齐齐地停在车库里，车身擦得亮亮的，能照出人影。",
                "带我们参观的是消防员黄建峰叔叔。他先带我们去了宿舍，被子叠得像豆腐块一样方方正正。"
                "黄叔叔说，叠被子练的是耐心，出警时{cap}每一样装备都要放在固定的位置，"
                "才能在一分钟之内穿好衣服冲上车。",
                "接着，我们试穿了灭火防护服。衣服、头盔、靴子加起来有十几斤重，我穿上以后连路都走"
                "不稳了。黄叔叔说，火场里温度很高，消防员穿着它一干就是好几个小时。",
                "最后，叔叔们教我们认识了家里常见的火灾隐患：不能在插线板上接太多电器，"
                "充电器用完要拔掉，{run}闻到煤气味要先开窗，千万不能开灯。回家后，"
                "我把这些话讲给了爸爸妈妈听。",
                "这次采访让我明白了，消防员叔叔的本领不是天生的，而是一天天练出来的。站长说，"
                "欢迎同学们以后常来，他们每个月的第三个星期六都会开放营区，给大家上一堂安全课。",
            ],
        },
        {
            "lines": ["小作者园地", "我家的老槐树"],
            "section": ["小作者园地", None],
            "kicker": [None, "小作者园地"],
            "title": "我家的老槐树",
            "byline": ["汀洲市东门小学三（2）班　宋小禾", "宋小禾"],
            "credits": ["指导老师：林春燕"],
            "body": [
                "我家院子里有一棵老槐树，奶奶说它比爸爸的年纪还大。",
                "春天，槐树开满了白白的小花，一串一串挂在枝头，像一个个小铃铛。风一吹，香味飘满了"
                "整个院子，连隔壁的小狗都跑过来闻一闻。",
                "夏天，槐树撑开一把绿色的大伞。爷爷在树下摆一张竹椅，一边摇扇子一边给我讲故事，我听着听着就睡着了。",
                "秋天，槐树的叶子变黄了，一片一片飘下来。我和妹妹把落叶扫成一堆，在上面跳来跳去，笑得直不起腰。",
                "我爱我家的老槐树，它陪着我一天天长大。",
                ("end", "汀洲市东门小学三（2）班　宋小禾"),
                ("end", "指导老师：林春燕"),
            ],
        },
        {
            "lines": ["小雨点", "文／钟晓岚"],
            "title": "小雨点",
            "byline": ["文／钟晓岚", "钟晓岚"],
            "body": [
                ("row", "小雨点，沙沙沙，"),
                ("row", "落在田里找庄稼。"),
                ("row", "小雨点，滴滴答，"),
                ("row", "落在池塘找青蛙。"),
                ("row", "青蛙跳，庄稼长，"),
                ("row", "雨点笑成小喇叭。"),
            ],
        },
        {
            "lines": ["知识小问答", "冬天为什么会“呵气成霜”？"],
            "section": ["知识小问答", None],
            "kicker": [None, "知识小问答"],
            "title": "冬天为什么会“呵气成霜”？",
            "body": [
                "问：冬天早上对着窗玻璃哈一口气，玻璃上为什么会出现一层白雾？",
                "答：我们呼出的气里有很多看不见的水蒸气。它们碰到冰冷的玻璃，马上变成了细小的水珠，"
                "聚在一起就成了白雾。天气再冷一些，水珠还会结成薄薄的霜花。",
                "问：为什么说话时嘴里会冒“白烟”？",
                "答：道理是一样的。嘴里呼出的暖湿空气遇到外面的冷空气，水蒸气变成了小水滴，就像一团小小的云。",
            ],
        },
        {
            "lines": ["小记者招募啦"],
            "title": "小记者招募啦",
            "byline": ["本版编辑", None],
            "body": [
                "你喜欢观察生活、爱写爱画吗？本版面向全市小学三至六年级学生招募第五期小记者。"
                "入选的小记者将参加采访、参观等活动，优秀作品将在本版刊登。有意者请在12月20日前"
                "由家长陪同到本报一楼服务大厅报名。",
                ("end", "本版编辑"),
            ],
        },
    ],
}

LUYOU = {
    "name": "zh_utf8_lf_lvyou_zhoukan_travel_page_youji_wentu_byline_xiaobiaoti_headings_caption_midsentence_"
    "running_head_midsentence_xianlu_tuijian_route_box_day_rows_cankao_jiage_xianlu_tigong_credit_"
    "chuxing_tishi_numbered_rows_lvyou_zixun_items",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 26,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "西岭都市报 2026-11-26 第14版 旅游周刊, UTF-8 (no BOM), LF; indented paragraphs with no blank "
    "lines inside an article, wrapped at 26. A 游记 (title, `文／图　本报记者　X` byline line, three "
    "小标题, caption + credit inside a sentence, the running head inside a sentence); a 线路推荐 box "
    "(label, title, four day rows `第一天　…`, a 参考价格 row, the `线路提供：` credit); a 出行提示 box of "
    "four numbered rows; 旅游资讯 column of two 本报讯 items.",
    "date": "2026-11-26",
    "page": "14",
    "head": ["西岭都市报　2026年11月26日　星期四", "旅游周刊　第14版　　主编：闻一舟　　责编：莫晚晴"],
    "foot": ["旅游热线：028-66135520　　微信公众号：西岭旅游周刊"],
    "furniture": [
        "西岭都市报",
        "2026年11月26日",
        "星期四",
        "旅游周刊",
        "第14版",
        "主编：闻一舟",
        "责编：莫晚晴",
        "14　旅游周刊　2026年11月26日",
        "旅游热线：028-66135520",
        "微信公众号：西岭旅游周刊",
    ],
    "run": ["14　旅游周刊　2026年11月26日"],
    "labels": ["旅游资讯"],
    "articles": [
        {
            "lines": ["秋到坝上　一路金黄", "文／图　本报记者　骆清岚"],
            "title": "秋到坝上　一路金黄",
            "byline": ["文／图　本报记者　骆清岚", "骆清岚"],
            "captions": ["白桦林间的木栈道上，游客在拍摄秋色。"],
            "credits": ["骆清岚　摄"],
            "body": [
                "车过丰宁，窗外的山色一下子换了调子。白桦、落叶松和山杨层层叠叠，黄的、红的、"
                "绿的铺满了整片山坡，同行的摄影爱好者老许连声说：“来早了不行，来晚了也不行，"
                "就这一个礼拜。”",
                ("h", "清晨的草原最安静"),
                "住在坝上，一定要早起。清晨六点多，草甸上还挂着白霜，远处的湖面升起一层薄雾，"
                "几匹马低头吃草，牧民骑着摩托慢慢赶着羊群走过。太阳一出来，霜化成了水珠，"
                "整片草原像被洗过一样。",
                ("h", "白桦林里走一走"),
                "景区新修的木栈道全长三公里多，沿着{cap}白桦林绕一个大圈，一路上有六处观景台。"
                "栈道平缓，带着老人孩子也能轻松走完。林子里落叶铺了厚厚一层，踩上去沙沙作响。",
                ("h", "莜面和烤全羊"),
                "坝上的吃食透着一股实在劲儿。莜面窝窝蘸着羊肉汤，一口下去满嘴麦香；晚上牧家乐的"
                "烤全羊要提前半天预订，外皮焦脆，配上当地的{run}沙葱和奶茶，是很多游客念念不忘的味道。",
            ],
        },
        {
            "lines": ["线路推荐", "坝上草原四日游"],
            "section": ["线路推荐", None],
            "kicker": [None, "线路推荐"],
            "title": "坝上草原四日游",
            "credits": ["线路提供：西岭青禾国际旅行社"],
            "body": [
                ("row", "第一天　西岭—丰宁　车程约4小时，宿丰宁县城"),
                ("row", "第二天　丰宁—坝上草原　游白桦林栈道、月牙湖，宿牧家乐"),
                ("row", "第三天　坝上草原　看日出，骑马，晚上篝火晚会"),
                ("row", "第四天　坝上—西岭　途经滦河源，傍晚返回"),
                ("row", "参考价格：每人1680元（含交通、住宿、门票）"),
                ("end", "线路提供：西岭青禾国际旅行社"),
            ],
        },
        {
            "lines": ["出行提示"],
            "title": "出行提示",
            "body": [
                ("row", "1.坝上早晚温差大，即使白天晴好，也要带上厚外套。"),
                ("row", "2.草原紫外线强，请备好帽子、墨镜和防晒用品。"),
                ("row", "3.骑马请选择有正规资质的马场，并系好安全头盔。"),
                ("row", "4.部分路段手机信号较弱，自驾游客请提前下载离线地图。"),
            ],
        },
        {
            "lines": ["旅游资讯", "古镇夜游项目本周末开放"],
            "section": ["旅游资讯", None],
            "kicker": [None, "旅游资讯"],
            "title": "古镇夜游项目本周末开放",
            "body": [
                "本报讯　记者从平乐古镇景区获悉，新推出的“夜游白沫江”项目将于本周六起对游客开放。"
                "游客可乘坐木船沿江观赏灯光秀，每晚七点至十点，船票每人六十元。",
            ],
        },
        {
            "lines": ["冬季滑雪直通车开通"],
            "section": ["旅游资讯", None],
            "kicker": [None, "旅游资讯"],
            "title": "冬季滑雪直通车开通",
            "body": [
                "本报讯　12月5日起，市旅游集散中心将开通前往西岭雪山的滑雪直通车，每天早上七点半发车，"
                "往返票价九十元，凭车票购买滑雪票可享受八折优惠。",
            ],
        },
    ],
}

XIAOBAO = {
    "name": "zht_utf16be_bom_crlf_1947_shanghai_xiaobao_tabloid_minguo_date_yingtan_gossip_pen_name_signature_"
    "wuting_item_changpian_lianzai_serial_huimu_subtitle_weiwan_end_hutan_column_ad_midcolumn_no_page",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 18,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "《滬光》 民國三十六年十二月二日 (1947), a Shanghai 小報 typed from a library's microfilm, UTF-16 BE "
    "with BOM, CRLF; traditional characters, indented paragraphs with no blank lines, wrapped at 18. "
    "Short 影壇 and 舞場 items signed with a pen name on their own line at their end (`——小燕`, `——阿木`); "
    "a 長篇連載 instalment (label, title, `（第四十七回）` as subtitle, `秋水　著` byline line, a cinema "
    "advertisement of three lines dropped inside a sentence, `（未完）` at its end); a 滬談 column signed "
    "`老槍`. No page number is printed.",
    "date": "1947-12-02",
    "page": None,
    "head": ["滬　光", "中華民國三十六年十二月二日　星期二　每份國幣二千元"],
    "foot": ["社址：上海福州路三三〇弄八號　電話：九四六二一"],
    "furniture": [
        "滬　光",
        "中華民國三十六年十二月二日",
        "星期二",
        "每份國幣二千元",
        "大光明影戲院",
        "今日起映　國語巨片《夜上海之春》",
        "每日四場　二時　四時　七時　九時半",
        "社址：上海福州路三三〇弄八號",
        "電話：九四六二一",
    ],
    "markup": ["——", "——", "——"],
    "ad": ["大光明影戲院", "今日起映　國語巨片《夜上海之春》", "每日四場　二時　四時　七時　九時半"],
    "labels": [],
    "articles": [
        {
            "lines": ["影壇", "白露英將赴香港拍片"],
            "section": ["影壇", None],
            "kicker": [None, "影壇"],
            "title": "白露英將赴香港拍片",
            "byline": ["小燕", None],
            "body": [
                "「銀海明珠」白露英，自拍完《春江遺恨》後，久未露面。據記者探悉，白小姐已與香港"
                "某影業公司簽約，月底即將乘輪南下，所拍新片為一古裝歌唱片，片酬之高，"
                "為歷來所未有。",
                "至於白小姐之婚事，外間傳聞甚多。有謂其已與某紗廠小開訂婚者，有謂其心有所屬、"
                "另有其人者。記者以此相詢，白小姐但云：「拍戲要緊，其餘一概不談。」",
                "白小姐素來怕冷，每年入冬即患傷風，此次南下，友人皆謂正可避寒，白小姐則笑而不答。",
                ("end", "——小燕"),
            ],
        },
        {
            "lines": ["仙樂舞宮新到菲律賓樂隊"],
            "title": "仙樂舞宮新到菲律賓樂隊",
            "byline": ["阿木", None],
            "body": [
                "靜安寺路仙樂舞宮，自本月一日起，新聘菲律賓樂隊一班，共九人，領班名山多斯，"
                "善奏小號，一曲《夜來香》，滿場為之傾倒。聞舞宮主人為此每月須付美金千餘元，"
                "舞票則並未加價，舞客稱便。",
                "又聞百樂門舞廳亦不甘示弱，已派人赴香港物色樂師，預備於年底以前與仙樂一較高下。"
                "兩家舞場之暗鬥，舞國中人正拭目以待。",
                ("end", "——阿木"),
            ],
        },
        {
            "lines": ["伶界", "越劇皇后義演籌款"],
            "section": ["伶界", None],
            "kicker": [None, "伶界"],
            "title": "越劇皇后義演籌款",
            "byline": ["菊生", None],
            "body": [
                "素有「越劇皇后」之稱的筱月紅，定於本月十日假座天蟾舞臺義演三天，所得票款，"
                "悉數捐充冬令救濟，為難民購置棉衣。消息傳出，戲票兩日內即告售罄，黃牛黨"
                "竟將前排座位抬至原價三倍，戲迷怨聲載道。",
                ("end", "——菊生"),
            ],
        },
        {
            "lines": ["長篇連載", "霞飛路上", "（第四十七回）", "秋水　著"],
            "section": ["長篇連載", None],
            "kicker": [None, "長篇連載"],
            "title": "霞飛路上",
            "subtitle": ["（第四十七回）", None],
            "byline": ["秋水　著", "秋水"],
            "credits": ["（未完）"],
            "body": [
                "卻說曼麗出了咖啡館，天已擦黑，霞飛路上的燈一盞一盞亮了起來。她把大衣領子豎起，"
                "低頭走了幾步，忽聽得身後有人喚她的名字，回頭一看，竟是三年不見的表兄沈少川。",
                "少川穿一件舊呢大衣，比從前瘦了許多，見了她，只是笑，半晌才說：「妳還住在"
                "{ad}辣斐德路麼？」曼麗點點頭，心裏卻是一陣酸楚，那些舊事，一齊湧上心來。",
                "兩人並肩走著，誰也不再開口。走到路口，少川站住了，從懷裏摸出一封信來，"
                "塞在她手裏，說：「這封信，妳回去再看。」說罷，轉身便走入人叢中去了。",
                "曼麗握著那封信，站在寒風裏，好半天沒有動。電車叮叮噹噹地駛過，"
                "車上的人都縮著脖子，誰也不曾留意路邊這個穿灰大衣的女子。",
                ("end", "（未完）"),
            ],
        },
        {
            "lines": ["滬談", "米價與人心"],
            "section": ["滬談", None],
            "kicker": [None, "滬談"],
            "title": "米價與人心",
            "byline": ["老槍", None],
            "body": [
                "近日米價又漲，白粳每石已逾百萬元，菜場上人人愁眉苦臉。有人說，米價一日三跳，"
                "薪水一月一發，這日子如何過得下去？",
                "其實米價之漲，一半由於天時，一半由於人心。囤積的人多了，米店便有恃無恐。"
                "當局若能真心取締囤戶，米價自然回落，小民也好過一個太平年。",
                "記得抗戰勝利之初，人人以為好日子就在眼前，誰知不到兩年，"
                "一家老小的口糧反倒成了頭等大事。此中滋味，說來話長。",
                ("end", "老槍"),
            ],
        },
    ],
}

CAIPIAO = {
    "name": "zh_gb18030_lf_caipiao_lottery_page_kaijiang_gonggao_box_number_rows_shuju_laiyuan_credit_"
    "zhongjiang_story_kicker_byline_line_rare_char_name_caption_midsentence_running_head_midsentence_"
    "caimin_ketang_qa_gongyijin_lixing_goucai_foot",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 24,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "江岚晚报 2026-12-02 第16版 彩市, GB18030 (`𬭚` U+2CB5A in a reporter's name, not in GBK), LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 24. A 开奖公告 box (label, title, six "
    "number and prize rows, a `数据来源：` line (its last paragraph)); a 中奖 story (kicker, title, byline line, caption + "
    "credit inside a sentence, the running head inside a sentence); a 彩民课堂 Q&A under an `答疑：` "
    "line; a 本报讯 公益金 story; the 理性购彩 line at the foot (furniture).",
    "date": "2026-12-02",
    "page": "16",
    "head": ["江岚晚报　　2026年12月2日　星期三", "第16版　彩市　　　　编辑：冉秋实　　校对：梅　禾"],
    "foot": ["理性购彩　量力而行　不向未成年人销售彩票", "彩市热线：0731-82096616"],
    "furniture": [
        "江岚晚报",
        "2026年12月2日",
        "星期三",
        "第16版",
        "彩市",
        "编辑：冉秋实",
        "校对：梅　禾",
        "江岚晚报·彩市　2026年12月2日",
        "理性购彩　量力而行　不向未成年人销售彩票",
        "彩市热线：0731-82096616",
    ],
    "run": ["江岚晚报·彩市　2026年12月2日"],
    "labels": ["开奖公告"],
    "articles": [
        {
            "lines": ["开奖公告", "福彩双色球第2026138期"],
            "section": ["开奖公告", None],
            "kicker": [None, "开奖公告"],
            "title": "福彩双色球第2026138期",
            "body": [
                ("row", "红色球号码　03　09　14　21　27　30"),
                ("row", "蓝色球号码　11"),
                ("row", "一等奖　6注　每注奖金6821439元"),
                ("row", "二等奖　142注　每注奖金186902元"),
                ("row", "本期销售额：3.86亿元"),
                ("row", "奖池累计：21.47亿元"),
                ("srow", "数据来源：江岚省福利彩票发行中心"),
            ],
        },
        {
            "lines": ["体彩大乐透第26138期"],
            "section": ["开奖公告", None],
            "kicker": [None, "开奖公告"],
            "title": "体彩大乐透第26138期",
            "body": [
                ("row", "前区号码　05　12　19　26　33"),
                ("row", "后区号码　04　09"),
                ("row", "一等奖　2注　每注奖金10000000元"),
                ("row", "二等奖　57注　每注奖金213688元"),
                ("srow", "数据来源：江岚省体育彩票管理中心"),
            ],
        },
        {
            "lines": ["守号七年终圆梦", "退休教师机选加自选揽奖682万", "本报记者　覃𬭚"],
            "kicker": "守号七年终圆梦",
            "title": "退休教师机选加自选揽奖682万",
            "byline": ["本报记者　覃𬭚", "覃𬭚"],
            "captions": ["中奖者戴着卡通头套领取大奖。"],
            "credits": ["本报记者　覃𬭚　摄"],
            "body": [
                "12月1日上午，一位戴着卡通头套的中年男子来到省福彩中心兑奖大厅，领走了双色球"
                "第2026137期一等奖奖金682万元。这是我省今年第九次中出双色球一等奖。",
                "据介绍，中奖者吴先生是一名退休教师，购彩已有七年。他说，自己每期都买一注"
                "“守号”，再机选四注，这一期{cap}中奖的恰恰是守了七年的那一注。“号码是老伴和"
                "女儿的生日凑起来的，一直没舍得换。”",
                "谈到奖金用途，吴先生说，打算先还清房贷，再拿出一部分资助老家的村小，"
                "其余的存起来{run}养老。领奖后，他又在兑奖大厅的投注站买了一注，"
                "号码还是原来那几个。",
                "省福彩中心工作人员提醒，彩票是一种公益性娱乐，彩民应理性投注，切勿借钱购彩，"
                "更不要抱着“一夜暴富”的心态。",
                "据统计，今年以来，我省彩民共中出双色球二等奖以上奖项一千一百余注，其中一等奖九注，"
                "分布在七个市州。省福彩中心表示，近期将开展“快乐购彩进社区”活动，向市民普及"
                "兑奖流程和理性购彩知识。",
            ],
        },
        {
            "lines": ["彩民课堂", "中了奖该怎么兑？", "答疑：省福彩中心兑奖处　黎晓帆"],
            "section": ["彩民课堂", None],
            "kicker": [None, "彩民课堂"],
            "title": "中了奖该怎么兑？",
            "byline": ["答疑：省福彩中心兑奖处　黎晓帆", "黎晓帆"],
            "body": [
                "问：中了小奖，在哪里兑奖？",
                "答：单注奖金一万元以下（含一万元）的，可以在全省任意一家福彩投注站兑取；"
                "一万元以上的，须持彩票和本人身份证到市级以上福彩中心兑奖。",
                "问：彩票弄皱了还能兑奖吗？",
                "答：只要票面信息清晰完整、能通过系统验证，就可以兑奖。建议彩民购票后妥善保管，"
                "不要折叠、受潮，兑奖期限为开奖之日起六十个自然日。",
                "问：中奖后需要缴税吗？",
                "答：按规定，单注奖金超过一万元的，须按奖金全额的百分之二十缴纳个人所得税，由兑奖机构代扣代缴。",
            ],
        },
        {
            "lines": ["福彩公益金助力百所乡村学校建图书角"],
            "title": "福彩公益金助力百所乡村学校建图书角",
            "byline": [None, "韦嘉言"],
            "body": [
                "本报讯（记者　韦嘉言）　12月1日，记者从省民政厅获悉，今年全省使用福彩公益金"
                "一千二百万元，为一百所乡村学校建起了图书角，每所学校配送图书两千册。",
                "据了解，这批图书由各地教研员和一线教师共同选定，涵盖科普、文学、历史等门类。"
                "明年，这一项目将再覆盖一百五十所学校。",
                "记者在南山县石桥村小学看到，新建的图书角就设在教室后面，书架上贴着借阅登记表。"
                "五年级学生唐小雨说，她最喜欢看科普书，一个月已经借了八本。",
            ],
        },
    ],
}

JIYOU = {
    "name": "zht_big5hkscs_lf_hk_jiyou_stamp_page_xinyou_story_cantonese_quotes_jizhe_byline_line_caption_"
    "she_midsentence_youpiao_ziliao_box_label_value_rows_laiyuan_credit_jiyou_xinde_column_signed_wen_"
    "running_head_midsentence_youqu_kuaixun_items",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "東灣日報 2026-12-02 C6 閒情·集郵, Big5-HKSCS (嘅 咗 喺 啲 哋, not in cp950), LF; indented "
    "paragraphs with no blank lines inside an article, wrapped at 22. A 新郵 story (kicker, title, "
    "`記者　X` byline line, Cantonese quotes of a stamp dealer, caption + `本報記者　X攝` inside a "
    "sentence); a 郵票資料 box (label, title, five `發行日期　…` label-value rows, a `資料來源：` "
    "line, its last paragraph); a 集郵心得 column signed `文：郵癡` at its end, the running head inside a sentence; "
    "郵趣快訊 column of two items.",
    "date": "2026-12-02",
    "page": "C6",
    "head": ["東灣日報　2026年12月2日　星期三", "C6　閒情·集郵"],
    "foot": ["編輯：葉慧珊　　美術：陸子駿"],
    "furniture": [
        "東灣日報",
        "2026年12月2日",
        "星期三",
        "C6",
        "閒情·集郵",
        "東灣日報　C6　閒情·集郵",
        "編輯：葉慧珊",
        "美術：陸子駿",
    ],
    "run": ["東灣日報　C6　閒情·集郵"],
    "labels": ["郵趣快訊", "郵趣快訊"],
    "articles": [
        {
            "lines": ["郵政署下周發行《老店招牌》特別郵票", "街坊排隊搶首日封　郵商：今次好難得", "記者　區家寶"],
            "kicker": "郵政署下周發行《老店招牌》特別郵票",
            "title": "街坊排隊搶首日封　郵商：今次好難得",
            "byline": ["記者　區家寶", "區家寶"],
            "captions": ["郵商展示《老店招牌》郵票的設計樣張。"],
            "credits": ["本報記者　冼永健攝"],
            "body": [
                "郵政署將於下周四發行一套四枚《老店招牌》特別郵票，選取了四間開業超過半世紀的"
                "老店招牌入畫，包括涼茶舖、當舖、茶餐廳同埋印刷舖。消息一出，多間郵票舖已經"
                "接到大批首日封預訂。",
                "喺旺角經營郵票舖三十年嘅郵商陸志光話，今次郵票設計好有街坊味：「啲招牌字"
                "全部係老師傅手寫，好多已經{cap}拆咗，印落郵票度就可以留低，我哋一早已經"
                "訂咗兩千個首日封。」",
                "郵政署發言人表示，首日封及郵票小型張將於發行當日在各區郵政局有售，"
                "市民亦可經網上郵購服務預訂。發言人提醒市民，每人每次限購首日封十個。",
                "負責設計嘅伍嘉欣表示，為咗搵齊四塊招牌，佢同團隊行遍深水埗、油麻地同西營盤，"
                "前後花咗大半年時間。其中涼茶舖嘅招牌已經有七十年歷史，店主仲特登搵出當年嘅"
                "舊相片，等設計師可以還原招牌原本嘅顏色。",
                "集郵界人士估計，呢套郵票發行量唔多，加上題材受歡迎，日後升值潛力不俗，"
                "但亦提醒市民唔好以投機心態炒賣。",
                "郵政署又指，今年全年共發行十一套特別郵票，其中《本地野生雀鳥》及《港口百年》"
                "兩套最受歡迎，首日封均於一星期內售罄。",
                "另外，郵政署亦會喺發行當日於中環郵政總局設立紀念印章，市民可以自備信封蓋印留念。"
                "有郵迷表示，當日一定會請假去排隊：「呢啲嘢錯過咗就冇㗎喇。」",
            ],
        },
        {
            "lines": ["郵票資料", "《老店招牌》特別郵票"],
            "section": ["郵票資料", None],
            "kicker": [None, "郵票資料"],
            "title": "《老店招牌》特別郵票",
            "body": [
                ("row", "發行日期　2026年12月10日"),
                ("row", "面值　　　$2.2　$3.1　$4.7　$5.9"),
                ("row", "規格　　　40毫米×30毫米"),
                ("row", "設計　　　伍嘉欣"),
                ("row", "印刷　　　柯式印刷，每版二十枚"),
                ("srow", "資料來源：郵政署"),
            ],
        },
        {
            "lines": ["集郵心得", "首日封唔係越多越好"],
            "section": ["集郵心得", None],
            "kicker": [None, "集郵心得"],
            "title": "首日封唔係越多越好",
            "byline": ["文：郵癡", "郵癡"],
            "body": [
                "每逢有新郵發行，總有朋友問我：首日封係咪買得越多越好？我嘅答案係：唔係。",
                "首日封值唔值錢，睇嘅係郵戳清唔清楚、封面有冇摺痕、郵票貼得正唔正。與其一次買十個，"
                "不如揀兩三個品相最好嘅，用透明封套收好，{run}放喺乾爽嘅地方。",
                "集郵最緊要係開心。我收咗四十幾年郵票，最鍾意嘅一套只值幾十蚊，但係每次拎出嚟睇，"
                "都會諗起當年同阿爸一齊排隊嘅情景。",
                "所以我成日同後生仔講，儲郵票唔好諗住賺錢，儲嘅係一段段回憶。",
                ("end", "文：郵癡"),
            ],
        },
        {
            "lines": ["郵趣快訊", "郵票展覽移師中央圖書館"],
            "section": ["郵趣快訊", None],
            "kicker": [None, "郵趣快訊"],
            "title": "郵票展覽移師中央圖書館",
            "body": [
                "東灣集郵會主辦的年度郵展，本月十二日至十八日在中央圖書館展覽廳舉行，展出會員珍藏"
                "嘅早期郵票及實寄封逾三百件，免費入場。",
            ],
        },
        {
            "lines": ["兒童集郵班招生"],
            "section": ["郵趣快訊", None],
            "kicker": [None, "郵趣快訊"],
            "title": "兒童集郵班招生",
            "body": [
                "集郵會一月開辦兒童集郵入門班，逢星期六上午上課，共四堂，適合八至十二歲小朋友，"
                "學費全免，名額三十個，額滿即止。",
            ],
        },
        {
            "lines": ["郵政局延長聖誕服務時間"],
            "section": ["郵趣快訊", None],
            "kicker": [None, "郵趣快訊"],
            "title": "郵政局延長聖誕服務時間",
            "body": [
                "為應付聖誕郵件高峰，全港二十間主要郵政局由十二月十四日起延長服務時間至晚上八時，"
                "市民寄往海外嘅郵件宜於本月十日前投寄。",
            ],
        },
    ],
}

HAKKA = {
    "name": "zht_utf8bom_crlf_taiwan_kejia_hakka_page_minguo_date_jizhe_xiang_baodao_lead_hakka_quotes_"
    "ngai_ext_b_char_caption_sheying_midsentence_running_head_midsentence_keyu_jiaoshi_word_rows_"
    "leicha_story_byline_line_kezhuang_yiwen_items",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 23,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "竹嶺鄉報 民國115年12月2日 第5版 客家鄉情, UTF-8 with BOM, CRLF (`𠊎` U+2028E, an Extension B "
    "character of written Hakka, in quotes); blank-line paragraphs with a two-space indent, wrapped at 23. "
    "A 客庄 story (kicker, title, the lead `【記者X／橫山報導】` inside paragraph 1, Hakka quotes, caption + "
    "`（記者X／攝影）` inside a sentence, the running head inside a sentence); a 客語教室 box (label, "
    "title, four word rows); a 擂茶 story with a byline line; 客庄藝文 column of two items.",
    "date": "2026-12-02",
    "page": "5",
    "head": ["竹嶺鄉報　中華民國115年12月2日　星期三", "第5版　客家鄉情"],
    "foot": ["編輯：彭玉梅　　服務電話：03-5936127"],
    "furniture": [
        "竹嶺鄉報",
        "中華民國115年12月2日",
        "星期三",
        "第5版",
        "客家鄉情",
        "竹嶺鄉報　客家鄉情　115.12.2",
        "編輯：彭玉梅",
        "服務電話：03-5936127",
    ],
    "run": ["竹嶺鄉報　客家鄉情　115.12.2"],
    "labels": ["客庄藝文"],
    "articles": [
        {
            "lines": ["橫山老茶廠重新開機", "阿婆採茶歌　唱回年輕人"],
            "kicker": "橫山老茶廠重新開機",
            "title": "阿婆採茶歌　唱回年輕人",
            "byline": [None, "古秀琴"],
            "captions": ["八十二歲的劉阿妹在茶園教年輕人唱採茶歌。"],
            "credits": ["（記者古秀琴／攝影）"],
            "body": [
                "【記者古秀琴／橫山報導】停工二十多年的大山背老茶廠，上週重新開機製茶。"
                "返鄉青年邱立揚與村裡長輩合作，修好了日治時期留下的揉捻機，"
                "第一批東方美人茶已經出爐。",
                "八十二歲的劉阿妹是當年的採茶工，她笑著說：「𠊎細細就同阿姆上山採茶，"
                "一日採到暗，{cap}嘴項唱山歌，正毋會睡目。」這次她特地到茶園，把採茶歌一句一句"
                "教給來幫忙的年輕人。",
                "年輕人跟著唱，腔調雖然還不太準，卻唱得很認真。劉阿妹說：「佢兜肯學，𠊎就歡喜。」"
                "茶園裡笑聲不斷，彷彿又回到當年採茶的熱鬧光景。",
                "邱立揚表示，老茶廠不只做茶，也希望把客家人的茶文化留下來。明年春天將開放"
                "參觀與製茶體驗，遊客可以跟著阿婆上山採茶，{run}再回茶廠看茶菁怎麼變成茶葉。",
            ],
        },
        {
            "lines": ["客語教室", "今日學四句"],
            "section": ["客語教室", None],
            "kicker": [None, "客語教室"],
            "title": "今日學四句",
            "body": [
                ("row", "恁仔細　　謝謝"),
                ("row", "食飽吂　　吃飽了沒"),
                ("row", "承蒙你　　謝謝你的照顧"),
                ("row", "好食好食　很好吃"),
            ],
        },
        {
            "lines": ["擂茶一碗　慢慢磨出好滋味", "記者　徐文彥"],
            "title": "擂茶一碗　慢慢磨出好滋味",
            "byline": ["記者　徐文彥", "徐文彥"],
            "body": [
                "北埔老街的擂茶店，假日總是坐滿了遊客。店主姜月嬌把芝麻、花生和茶葉放進陶缽，"
                "拿著芭樂木做的擂棍慢慢磨，教客人一圈一圈轉。",
                "「擂茶愛有耐心，磨得越久越香。」姜月嬌說，以前客家人下田做事，擂一缽茶配米粩，"
                "就是最好的點心。如今店裡一天要招待上百位客人，她仍堅持讓每個人自己動手磨。",
                "不少遊客磨得手痠，卻捨不得停下來。從臺中來的游姓遊客說，自己磨出來的擂茶"
                "特別香，回家也要買一組擂缽，教孩子一起做。",
            ],
        },
        {
            "lines": ["客庄藝文", "竹東客家戲曲下鄉巡演"],
            "section": ["客庄藝文", None],
            "kicker": [None, "客庄藝文"],
            "title": "竹東客家戲曲下鄉巡演",
            "body": [
                "【記者徐文彥／竹東報導】竹東春華採茶劇團本月起到各村廟埕巡迴演出，"
                "第一場十二月六日晚上在員崠里義民廟前登場，免費觀賞。",
            ],
            "byline": [None, "徐文彥"],
        },
        {
            "lines": ["峨眉柿餅節週末登場"],
            "section": ["客庄藝文", None],
            "kicker": [None, "客庄藝文"],
            "title": "峨眉柿餅節週末登場",
            "body": [
                "【記者古秀琴／峨眉報導】峨眉柿餅節本週末在富興老街舉行，現場有柿餅製作體驗、"
                "客家米食市集及山歌比賽，歡迎大家來「尞」。",
            ],
            "byline": [None, "古秀琴"],
        },
    ],
}

BREZHONEG = {
    "name": "br_latin1_lf_breton_weekly_caps_kicker_title_chapeau_subtitle_gant_byline_line_guillemets_"
    "hyphenation_caption_luchskeudenn_midsentence_running_head_midsentence_gouren_results_rows_"
    "berr_ha_berr_items_c_h_apostrophe",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "Keleier Bro Kerne Nr. 412, 2026-11-27, pajenn 3, a Breton-language weekly, ISO-8859-1 (ê ñ ù, "
    "« » guillemets, `c'h` with an ASCII apostrophe), LF; blank-line paragraphs, wrapped at 46 with "
    "hyphenation (no word with a real hyphen such as `kuzul-kêr` split). The council story (capital "
    "kicker KUZUL-KÊR, title, chapeau as subtitle, `Gant X` byline line, caption + `Luc'hskeudenn: X` "
    "inside a sentence, the running head inside a sentence); a gouren (wrestling) story with four "
    "result rows; a fest-noz story; BERR HA BERR column of two items.",
    "date": "2026-11-27",
    "page": "3",
    "head": ["KELEIER BRO KERNE", "Nr. 412 - Gwener 27 a viz Du 2026 - Pajenn 3"],
    "foot": ["Skridaozerezh: 6 straed ar Porzh, 29170 Lanvelan - keleier@brokerne.example.bzh"],
    "furniture": [
        "KELEIER BRO KERNE",
        "Nr. 412",
        "Gwener 27 a viz Du 2026",
        "Pajenn 3",
        "3 - Keleier Bro Kerne - 27.11.2026",
        "Skridaozerezh: 6 straed ar Porzh, 29170 Lanvelan",
        "keleier@brokerne.example.bzh",
    ],
    "run": ["3 - Keleier Bro Kerne - 27.11.2026"],
    "markup": ["-", "-", "-"],
    "labels": ["BERR HA BERR"],
    "articles": [
        {
            "lines": [
                "KUZUL-KÊR",
                "Ur skol divyezhek nevez e Lanvelan",
                "D'ar Meurzh e oa bet votet gant kuzul-kêr",
                "Lanvelan evit digeriñ ur skol divyezhek e kreiz",
                "ar bourk. Digor e vo d'an distro-skol 2027.",
                "Gant Soazig Le Bihan",
            ],
            "kicker": "KUZUL-KÊR",
            "title": "Ur skol divyezhek nevez e Lanvelan",
            "subtitle": "D'ar Meurzh e oa bet votet gant kuzul-kêr Lanvelan evit digeriñ ur skol "
            "divyezhek e kreiz ar bourk. Digor e vo d'an distro-skol 2027.",
            "byline": ["Gant Soazig Le Bihan", "Soazig Le Bihan"],
            "captions": ["Div sal eus ar skol-vamm a vo adkempennet evit ar c'hlasoù nevez."],
            "credits": ["Luc'hskeudenn: Yann Kerlann"],
            "body": [
                "Goulennet e oa bet gant ar gerent abaoe meur a vloaz. Tregont familh ben~nak o doa "
                "sinet ur beda~denn er bloaz treme~net evit ma c'hallfe o bugale deskiñ brezhoneg er "
                "skol publik. « Plijet-bras omp, ur gwir lid eo evidomp », eme Katell Guillou, "
                "prezi~dantez ar gevre~digezh kerent.",
                "Ar gannaded o deus votet a-un~vouezh. Ar c'hlasoù nevez a vo staliet e {cap}div sal "
                "eus ar skol-vamm, goullo abaoe daou vloaz. Ar c'hostoù labour a vo 85 000 euro, "
                "ha paeet e vo an hanterenn gant ar Rannvro.",
                "Evit ar mare n'eus kelen~nerez ebet bet anvet c'hoazh. Ar maer, Yannick Pellen, en "
                "deus lavaret e vo kemeret darem~pred gant an akade~miezh a-benn fin ar bloaz. « Ret "
                "eo deomp kaout ur c'helenner a-raok miz Mae, hep~ken e vo re ziwezhat », emezañ.",
                "Tud zo er gêr o deus goulennet ivez ma vefe kinniget kente~lioù brezhoneg d'an "
                "oadou~rien. Ar {run}c'huzul a zivizo war ar mennad-se e-pad e emvod a viz Genver.",
            ],
        },
        {
            "lines": ["Gouren: pevar zrec'h evit Lanvelan"],
            "title": "Gouren: pevar zrec'h evit Lanvelan",
            "body": [
                "Er c'hampion~ad Kerne a oa e Kastellin d'ar Sul e oa bet gounezet pevar zrec'h "
                "gant goure~nerien klub Lanvelan. Setu an disoc'hoù:",
                ("row", "Yaouankizoù, 45 kg: Malo Kervella"),
                ("row", "Yaouankizoù, 55 kg: Nolwenn Tanguy"),
                ("row", "Tud deuet, 73 kg: Erwan Le Goff"),
                ("row", "Tud deuet, ouzhpenn 90 kg: Ronan Cadiou"),
                "Ar pevar gourener a vo e Kemper d'ar 14 a viz Kerzu evit champion~ad Breizh.",
            ],
        },
        {
            "lines": ["Fest-noz bras evit Telethon"],
            "title": "Fest-noz bras evit Telethon",
            "body": [
                "D'ar Sadorn 5 a viz Kerzu e vo aozet ur fest-noz bras e sal ar gouelioù, ada~lek "
                "9 eur noz. Sone~rien ha kanerien ar vro a zeuio da c'hoari evit netra, ha roet e vo "
                "an holl arc'hant d'an Telethon. Kram~pouezh ha sistr a vo gwer~zhet war al lec'h.",
                "Er bloaz tremenet e oa bet dastumet 3 200 euro e-pad an nozvezh. Ar strollad "
                "aozerien a c'hoanta mont pelloc'h hogen, ha goulenn a ra digant an holl dont gant "
                "o mignoned.",
            ],
        },
        {
            "lines": ["BERR HA BERR", "Marc'had Nedeleg"],
            "section": ["BERR HA BERR", None],
            "kicker": [None, "BERR HA BERR"],
            "title": "Marc'had Nedeleg",
            "body": [
                "Ar marc'had Nedeleg a vo dirak an iliz d'an 12 ha d'an 13 a viz Kerzu. Tridek "
                "stal a vo, gant traoù graet gant an dorn ha gwin tomm.",
            ],
        },
        {
            "lines": ["Hent serret"],
            "section": ["BERR HA BERR", None],
            "kicker": [None, "BERR HA BERR"],
            "title": "Hent serret",
            "body": [
                "An hent etre Lanvelan ha Kerlaz a vo serret betek ar 18 a viz Kerzu aba~lamour "
                "d'al labou~rioù war an dour. Un hent all a zo bet merket.",
            ],
        },
    ],
}

FRYSK = {
    "name": "fy_cp1252_crlf_west_frisian_doarpskrante_kicker_title_intro_subtitle_troch_byline_line_"
    "single_curly_quotes_hyphenation_caption_foto_midsentence_running_head_midsentence_keatsen_results_"
    "rows_ynstjoerd_letter_signed_koart_nijs_items_circumflex",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 48,
    "indent": "",
    "blank": True,
    "note": "It Wâldblêd nr. 23, 2026-11-26, side 5, a West Frisian village paper (doarpskrante), "
    "Windows-1252 (â ê ô û ú; ‘ ’ quotes and –, C1 controls if read as ISO-8859-1), CRLF; blank-line "
    "paragraphs, wrapped at 48 with hyphenation. A council story (capital kicker, title, intro as "
    "subtitle, `Troch X` byline line, caption + `Foto: X` inside a sentence, the running head inside a "
    "sentence); a keatsen story with three result rows; a reader's letter under YNSTJOERD signed with "
    "name and village at its end; KOART NIJS column of two items.",
    "date": "2026-11-26",
    "page": "5",
    "head": ["It Wâldblêd – nijs út Sylsterwâld en omkriten", "Tongersdei 26 novimber 2026 · nr. 23 · side 5"],
    "foot": ["Redaksje: Mounewei 8, 8472 AK Sylsterwâld · redaksje@waldbled.example.nl"],
    "furniture": [
        "It Wâldblêd",
        "nijs út Sylsterwâld en omkriten",
        "Tongersdei 26 novimber 2026",
        "nr. 23",
        "side 5",
        "It Wâldblêd · 26-11-2026 · 5",
        "Redaksje: Mounewei 8, 8472 AK Sylsterwâld",
        "redaksje@waldbled.example.nl",
    ],
    "run": ["It Wâldblêd · 26-11-2026 · 5"],
    "markup": ["–", "·", "·", "·"],
    "labels": ["KOART NIJS"],
    "articles": [
        {
            "lines": [
                "GEMEENTERIED",
                "Doarpshûs krijt nij dak en sinnepanielen",
                "De gemeenteried hat tiisdeitejûn 180.000 euro",
                "frijmakke foar it doarpshûs De Mounle. Mei it",
                "wurk wurdt yn maart begûn.",
                "Troch Sjoukje de Vries",
            ],
            "kicker": "GEMEENTERIED",
            "title": "Doarpshûs krijt nij dak en sinnepanielen",
            "subtitle": "De gemeenteried hat tiisdeitejûn 180.000 euro frijmakke foar it doarpshûs "
            "De Mounle. Mei it wurk wurdt yn maart begûn.",
            "byline": ["Troch Sjoukje de Vries", "Sjoukje de Vries"],
            "captions": ["It dak fan De Mounle lekt al jierren by swiere rein."],
            "credits": ["Foto: Jelle Hoekstra"],
            "body": [
                "It bestjoer fan De Mounle hie al twa jier om jild frege. By swiere rein stean der "
                "emmers yn de grutte seal, en de fer~waar~ming rint de hiele winter op ‘folle "
                "krêft’. ‘Wy binne tige bliid dat de ried no ein~liks kar makke hat’, seit "
                "foar~sitter Gerrit Postma.",
                "Neist in nij dak komme der 64 sinne~panielen op it gebou. Dêrmei moat it "
                "doarpshûs yn de takomst {cap}hast al syn eigen stroom opwekke. De "
                "ûnderhâlds~kosten sakje dêrtroch mei mear as de helte, is de fer~wachting.",
                "Wet~hâlder Anneke Bergsma neamde De Mounle ‘it hert fan it doarp’. Neffens har "
                "binne der alle wiken mear as twee~hûndert minsken yn it gebou, fan de "
                "biljert~klub oant de toaniel~feri~ening en {run}de peuteropfang.",
                "Under de fer~bouwing giet it doarpshûs net ticht. De aktivi~teiten wurde foar in "
                "pear wiken fer~pleatst nei de gymseal fan de basis~skoalle.",
                "Earst moat de gemeente noch in fergunning jaan foar de sinne~panielen. It bestjoer "
                "ferwachtet dat dat foar de krystdagen rûn is.",
            ],
        },
        {
            "lines": ["Keatsers Sylsterwâld winne op Ljouwerter partij"],
            "title": "Keatsers Sylsterwâld winne op Ljouwerter partij",
            "body": [
                "It partoer fan keats~feri~ening De Twirre hat sneon de lêste partij fan it "
                "sei~zoen wûn. Yn de finale waard it 5-4 en 6-4. De útslach:",
                ("row", "Ferliezersronde: Sjoerd Feenstra, Wiebe Zijlstra en Harm Vellinga (Wommels)"),
                ("row", "1e priis: Sytse Dijkstra, Auke Bouma en Hidde Tjalma (Sylsterwâld)"),
                ("row", "2e priis: Jan Wiersma, Pier Jongsma en Klaas Faber (Jirnsum)"),
                ("row", "3e priis: Rutger Kooistra, Tjeerd Sipma en Durk Hettinga (Easterein)"),
            ],
        },
        {
            "lines": ["YNSTJOERD", "Lit de bus wer troch it doarp ride"],
            "section": ["YNSTJOERD", None],
            "kicker": [None, "YNSTJOERD"],
            "title": "Lit de bus wer troch it doarp ride",
            "byline": ["Tetje Kuipers, Sylsterwâld", "Tetje Kuipers"],
            "body": [
                "Sûnt de simmer rydt de bus net mear troch de Mounewei, mar allinne noch oer de "
                "rûnwei. Foar âldere minsken lykas ik is de halte no hast in kilometer fuort. "
                "Yn de winter doar ik dat stik net te rinnen. Ik freegje de gemeente en it "
                "bus~bedriuw om de âlde rûte werom te bringen.",
                ("end", "Tetje Kuipers, Sylsterwâld"),
            ],
        },
        {
            "lines": ["KOART NIJS", "Sinteklaas komt mei de boat"],
            "section": ["KOART NIJS", None],
            "kicker": [None, "KOART NIJS"],
            "title": "Sinteklaas komt mei de boat",
            "body": [
                "Sneon om 11.00 oere komt Sinteklaas mei de boat oan by de haven. Dêrnei is der "
                "in feest foar alle bern yn de sporthal.",
            ],
        },
        {
            "lines": ["Kollekte Nierstifting"],
            "section": ["KOART NIJS", None],
            "kicker": [None, "KOART NIJS"],
            "title": "Kollekte Nierstifting",
            "body": [
                "De kollekte foar de Nierstifting hat yn Sylsterwâld 1.243,50 euro opbrocht. "
                "De kollek~tanten tankje elkenien foar de jefte.",
            ],
        },
    ],
}

PAPIAMENTU = {
    "name": "pap_utf8_lf_papiamentu_curacao_daily_caps_kicker_title_lead_subtitle_pa_byline_line_accents_"
    "naf_prices_caption_potret_midsentence_sigui_jump_willemstad_dateline_polis_story_running_head_"
    "midsentence_futbol_table_rows_notisia_kortiku_items",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 47,
    "indent": "",
    "blank": True,
    "note": "Diario Banda Bou 2026-12-02, página 3, a Papiamentu daily from Curaçao, UTF-8 (no BOM; ò è ù ü ñ, "
    "NFC), LF; blank-line paragraphs, wrapped at 47 with hyphenation. A fuel-price story (capital kicker "
    "GOBIÈRNU, title, lead as subtitle, `Pa: X` byline line, prices in `Naf.`, caption + `Potrèt: X` inside "
    "a sentence, the jump line `Sigui na página 5` after a cut sentence); a `WILLEMSTAD -` police story "
    "with the running head inside a sentence; a football story with a four-row table; NOTISIA KÒRTIKU "
    "column of two items.",
    "date": "2026-12-02",
    "page": "3",
    "head": ["DIARIO BANDA BOU", "Djárason, 2 di desèmber 2026 | Página 3 | Notisia Lokal"],
    "foot": ["Redakshon: Kaya Grandi 41, Willemstad | Tel. 869-4120 | redakshon@bandabou.example.cw"],
    "furniture": [
        "DIARIO BANDA BOU",
        "Djárason, 2 di desèmber 2026",
        "Página 3",
        "Notisia Lokal",
        "Sigui na página 5",
        "Diario Banda Bou | 02-12-2026 | 3",
        "Redakshon: Kaya Grandi 41, Willemstad",
        "Tel. 869-4120",
        "redakshon@bandabou.example.cw",
    ],
    "run": ["Diario Banda Bou | 02-12-2026 | 3"],
    "markup": ["||", "||"],
    "labels": ["NOTISIA KÒRTIKU"],
    "articles": [
        {
            "lines": [
                "GOBIÈRNU",
                "Preis di gasolin ta baha for di djasabra",
                "Minister di Enerhia a anunsiá ayera ku e preis di",
                "gasolin i diesel lo baha ku sinku sèn pa liter.",
                "Pa: Mireille Martis",
            ],
            "kicker": "GOBIÈRNU",
            "title": "Preis di gasolin ta baha for di djasabra",
            "subtitle": "Minister di Enerhia a anunsiá ayera ku e preis di gasolin i diesel lo baha ku "
            "sinku sèn pa liter.",
            "byline": ["Pa: Mireille Martis", "Mireille Martis"],
            "captions": ["Chauffeurnan ta tanka na un pomp di gasolin na Kaya Grandi."],
            "credits": ["Potrèt: Ryan Isenia"],
            "body": [
                "For di djasabra, un liter di gasolin lo kosta Naf. 2,41, kaminda awor e ta "
                "Naf. 2,46. Diesel ta baha di Naf. 2,18 pa Naf. 2,13. Segun minister Rignald "
                "Statia, e baha ta bini pasobra e preis di petrò~leo riba merkado mundial a "
                "baha den e último siman~nan.",
                "Kompania di trans~porte i chauffeurnan di taxi a risibí e notisia ku {cap}"
                "konten~tesa. “Kada sèn ta konta”, Orlando Cijntje, presi~dente di e "
                "asosia~shon di taxi, a bisa. “Nos ta kore tur dia, e gastu di gasolin ta"
                " e gastu di mas grandi ku nos tin.”",
                "Tòg e minister a bisa ku e no por primintí ku e preis lo keda abou. E "
                "gobièrnu ta studia awor si e ta bai kambia e manera ku e ta kalku~lá e "
                "preis, pa kliente sinti mas lihé ora ku e preis riba merkado ta baha, pero "
                "e parti~donan di oposi~shon a pidi pa e",
                ("end", "Sigui na página 5"),
            ],
        },
        {
            "lines": ["Polis ta buska testigu di asalto na Tera Kora"],
            "title": "Polis ta buska testigu di asalto na Tera Kora",
            "body": [
                "WILLEMSTAD - Polis ta buska testigu di un asalto riba un snèk na Tera Kora "
                "djamars anochi. Dos hòmber ku bachi riba nan kara a drenta e snèk rònt di "
                "diesun or i a menasá e doño ku un kuchú.",
                "Nan a hui ku un suma di kèsh riba un motor skur. Niun hende no a keda herí. "
                "Polis ta pidi tur hende ku a mira algu pa yama e "
                "{run}nùmber 911 of 917.",
                "Ta e di tres biaha den un luna ku un snèk den e bario ta keda asaltá. Bisiñanan "
                "ta pidi pa polis patrujá mas tantu anochi.",
            ],
        },
        {
            "lines": ["Futbòl: Union Tera Kora ta keda na kabes"],
            "title": "Futbòl: Union Tera Kora ta keda na kabes",
            "body": [
                "Union Tera Kora a gana di Estrella Sabana ku 2-1 djadu~mingu na Stadion "
                "Ergilio Hato i ta keda na promé lugá di e kompe~tensia. E tabèl despues di "
                "ocho wega:",
                ("row", "1. Union Tera Kora 8 20"),
                ("row", "2. Sol Naciente 8 17"),
                ("row", "3. Estrella Sabana 8 15"),
                ("row", "4. Deportivo Kriollo 8 12"),
            ],
        },
        {
            "lines": ["NOTISIA KÒRTIKU", "Mercado di Pasku na Punda"],
            "section": ["NOTISIA KÒRTIKU", None],
            "kicker": [None, "NOTISIA KÒRTIKU"],
            "title": "Mercado di Pasku na Punda",
            "body": [
                "E mercado di Pasku ta habri djabièrnè na Plasa Brion. Lo tin mas ku sin~kuenta "
                "stant ku kuminda, arte~sania i músika, for di 5or di atardi te 11or di anochi.",
            ],
        },
        {
            "lines": ["Awa lo keda kortá na Westpunt"],
            "section": ["NOTISIA KÒRTIKU", None],
            "kicker": [None, "NOTISIA KÒRTIKU"],
            "title": "Awa lo keda kortá na Westpunt",
            "body": [
                "E kompania di awa a avisá ku djaweps lo no tin awa na Westpunt for di 8or di mainta "
                "te 2or di merdia, pa motibu di trabou na e tubo prinsi~pal.",
                "E kompania ta pidi kliente pa warda awa den un tobo promé ku e trabou kuminsá.",
            ],
        },
    ],
}

PANUI = {
    "name": "mi_en_utf16le_bom_crlf_maori_iwi_panui_bilingual_newsletter_macrons_caps_kicker_maori_title_english_"
    "subtitle_na_byline_line_caption_whakaahua_midsentence_running_head_midsentence_poroporoaki_signed_"
    "kapa_haka_results_rows_panui_potopoto_items",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 50,
    "indent": "",
    "blank": True,
    "note": "Te Pānui o Ngāti Rangiwai, 1 December 2026 (Hakihea, issue 87, page 4), a bilingual Māori and English iwi "
    "newsletter, UTF-16 LE with BOM, CRLF (macrons ā ē ī ō ū, NFC); blank-line paragraphs, wrapped at 50 "
    "with hyphenation. The annual-meeting story (capital kicker, a Māori title over an English deck as "
    "subtitle, `Nā X` byline line, caption + `Whakaahua: X` inside a sentence, the running head inside "
    "a sentence); a poroporoaki in Māori signed by the whānau at its end; a kapa haka story with three "
    "result rows; PĀNUI POTOPOTO column of two items.",
    "date": "2026-12-01",
    "page": "4",
    "head": ["TE PĀNUI O NGĀTI RANGIWAI", "Hakihea | 1 December 2026 | Putanga 87 | Whārangi 4"],
    "foot": ["Te Rūnanga o Ngāti Rangiwai, 12 Kāinga Road, Ōpōtiki Valley | panui@rangiwai.example.nz"],
    "furniture": [
        "TE PĀNUI O NGĀTI RANGIWAI",
        "Hakihea",
        "1 December 2026",
        "Putanga 87",
        "Whārangi 4",
        "4 Te Pānui o Ngāti Rangiwai Hakihea 2026",
        "Te Rūnanga o Ngāti Rangiwai, 12 Kāinga Road, Ōpōtiki Valley",
        "panui@rangiwai.example.nz",
    ],
    "run": ["4 Te Pānui o Ngāti Rangiwai Hakihea 2026"],
    "markup": ["|||", "|"],
    "labels": ["PĀNUI POTOPOTO"],
    "articles": [
        {
            "lines": [
                "HUI-Ā-TAU",
                "Kua tū te hui-ā-tau ki Te Kōhanga marae",
                "Record turnout as the rūnanga reports a strong",
                "year and plans for twenty new homes",
                "Nā Aroha Tipene",
            ],
            "kicker": "HUI-Ā-TAU",
            "title": "Kua tū te hui-ā-tau ki Te Kōhanga marae",
            "subtitle": "Record turnout as the rūnanga reports a strong year and plans for twenty new homes",
            "byline": ["Nā Aroha Tipene", "Aroha Tipene"],
            "captions": ["Kaumātua lead the karakia at the opening of the hui-ā-tau."],
            "credits": ["Whakaahua: Rāwiri Hēnare"],
            "body": [
                "More than 260 whānau members gathered at Te Kōhanga marae on Saturday for the "
                "rūnanga's annual general meeting, the largest atten~dance since the iwi settle~ment "
                "was signed. Many had trav~elled from Tauranga, Kiriki~riroa and even Australia.",
                "After a pōwhiri and karakia led by the {cap}kaumātua, chair Hēmi Walker presented "
                "the annual report. The rūnanga's assets grew by six per cent over the year, and the "
                "edu~cation grants fund paid out a record 143 scholar~ships.",
                "The biggest news of the day was the housing plan. The rūnanga will build twenty "
                "homes on iwi land at Waiparera over the next three years, with the first families "
                "to move in by the end of 2027. “Our people have waited long enough to come home,” "
                "Mr Walker said.",
                "Ko te hiahia nui o te rūnanga kia hoki mai ngā uri ki te kāinga, kia ora ai te reo "
                "me ngā {run}tikanga o te iwi mō ngā reanga e heke mai nei.",
            ],
        },
        {
            "lines": ["He poroporoaki ki a Koro Tame Ihaia"],
            "title": "He poroporoaki ki a Koro Tame Ihaia",
            "byline": ["Nā te whānau Ihaia", "te whānau Ihaia"],
            "body": [
                "E te ranga~tira, e Koro Tame, haere, haere, haere atu rā. Kua hinga te tōtara i te "
                "wao nui a Tāne. Nōu te reo i whaka~tau i ngā manuhiri ki runga i te marae mō ngā tau "
                "maha, nōu hoki te aroha i manaaki i ō moko~puna katoa.",
                "Ka nui te mihi ki te hunga i tae mai ki te tangi~hanga, ki ngā ringa wera me ngā "
                "kai~karanga. Ka mau tonu tō mahara ki a mātou.",
                ("end", "Nā te whānau Ihaia"),
            ],
        },
        {
            "lines": ["Kapa haka: Te Reo o Rangiwai takes regional title"],
            "title": "Kapa haka: Te Reo o Rangiwai takes regional title",
            "body": [
                "Our senior kapa haka roopū won the regional compe~tition in Whakatāne last month and "
                "will rep~resent the rohe at the national festi~val in 2027. The top three:",
                ("row", "1. Te Reo o Rangiwai, 412 points"),
                ("row", "2. Ngā Pua o Waiparera, 398 points"),
                ("row", "3. Te Awa Tapu, 385 points"),
            ],
        },
        {
            "lines": ["PĀNUI POTOPOTO", "Te reo classes at the marae"],
            "section": ["PĀNUI POTOPOTO", None],
            "kicker": [None, "PĀNUI POTOPOTO"],
            "title": "Te reo classes at the marae",
            "body": [
                "Free te reo Māori classes for begin~ners start on Tuesday 2 February at 6.30pm in "
                "the wharekai. Bring a pen and a friend.",
            ],
        },
        {
            "lines": ["Update your details"],
            "section": ["PĀNUI POTOPOTO", None],
            "kicker": [None, "PĀNUI POTOPOTO"],
            "title": "Update your details",
            "body": [
                "Have you moved? Please let the rūnanga office know your new address so that you "
                "keep receiv~ing Te Pānui and notices of iwi hui.",
            ],
        },
    ],
}

PAGES = [SHAONIAN, LUYOU, XIAOBAO, CAIPIAO, JIYOU, HAKKA, BREZHONEG, FRYSK, PAPIAMENTU, PANUI]
