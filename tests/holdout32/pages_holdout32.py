"""The text of every holdout32 page, written once: make_holdout32_pages.py prints it and writes the gold.

Items of an article, in print order: ("section" | "kicker" | "title" | "subtitle" | "byline" |
"source", printed line[, gold value when the line carries markup or several readings]);
("p", paragraph[, inserts]) where each `¦` in the paragraph is cut by one block of inserts
(("cap" | "credit" | "furn", line), ...; an empty block is a bare column break); ("row", line)
a list or table line kept as one paragraph; ("h", heading); ("cap" | "credit" | "furn" | "line",
line) between paragraphs ("line": a credit set flush in the text). Latin text marks with `~`
where a word may be hyphenated at a line end. All papers, people, places and events are invented.
"""


def art(*items, **gold):
    return {"items": list(items), "gold": gold}


def box_label(label):
    """A column label printed once: the section of each article under it, or its kicker, or none."""
    return {"section": [label, None], "kicker": [None, label]}


def column_kicker(label):
    """A column's label over its one piece: the kicker, or the section, or none."""
    return {"kicker": [label, None], "section": [None, label]}


CJK_MARKUP = "□■——"

GUOFANG = {
    "name": "zh_gbk_crlf_guofang_shuangyong_page_kicker_title_byline_line_tongxunyuan_caption_midsentence_running_head_midsentence_lianjie_background_box_zhengbing_benbaoxun_xiazhuan_jump_shuangyong_duanxun_items",
    "encoding": "gbk",
    "newline": "\r\n",
    "script": "cjk",
    "width": 26,
    "indent": "　　",
    "blank_between": True,
    "furniture_join": "　　",
    "markup": CJK_MARKUP,
    "repeated_labels": ["双拥短讯"],
    "date": "2026-09-16",
    "page": "6",
    "note": "淦水日报 2026-09-16 第6版 国防·双拥, GBK, CRLF; blank lines between indented paragraphs, wrapped at 26. A 国防教育月 lead (kicker, title, byline line with a 通讯员, caption + credit inside a sentence, the running head inside a sentence); a 链接 background box (label, title, two paragraphs); a 本报讯 征兵 story; a 通讯 with a —— subtitle ending at a 下转 jump line; 双拥短讯 column of two items.",
    "header": [("淦水日报", "2026年9月16日　星期三"), ("第6版", "国防·双拥")],
    "footer": [("责任编辑　龚　岚", "美术编辑　卜　凡")],
    "articles": [
        art(
            ("kicker", "全民国防教育月系列活动启动"),
            ("title", "国防知识进社区　千人同上“国防课”"),
            ("byline", "本报记者　尹浩然　通讯员　邝　蕾"),
            (
                "p",
                "9月15日上午，淦水市全民国防教育月系列活动在东湖街道文化广场启动。来自机关、学校、社区的一千余名群众参加了启动仪式，并在现场同上了一堂特别的“国防课”。",
            ),
            (
                "p",
                "授课的是市人武部退休干部、老兵宣讲团团员彭立新。他从家乡的抗战故事讲起，再讲到新时代的国防动员，台下不少孩子¦听得入了神。“国防不只是军人的事，每一个家庭都是国防的一部分。”彭立新说。",
                [
                    (
                        ("cap", "9月15日，老兵宣讲团团员彭立新在东湖街道为群众讲授国防知识。"),
                        ("credit", "通讯员　邝　蕾　摄"),
                    )
                ],
            ),
            (
                "p",
                "启动仪式后，广场上设置了国防知识问答、应急救护体验、防空警报识别等十二个互动展位。记者看到，在应急救护展位前，民兵教练员正手把手地教市民练习心肺复苏，排队体验的市民一直排到了广场¦入口。",
                [(("furn", "淦水日报　2026.9.16　国防·双拥"),)],
            ),
            (
                "p",
                "据了解，本次教育月将持续到10月中旬，全市将组织国防教育进机关、进学校、进企业、进社区、进农村等活动一百余场，并在9月19日全民国防教育日当天试鸣防空警报。",
            ),
        ),
        art(
            ("section", "链接"),
            ("title", "全民国防教育日"),
            (
                "p",
                "2001年8月31日，九届全国人大常委会第二十三次会议决定，将每年9月的第三个星期六设为全民国防教育日。",
            ),
            (
                "p",
                "设立全民国防教育日，是为了增强全民的国防观念，普及国防知识，激发爱国热情。每年这一天前后，各地都会组织形式多样的国防教育活动。",
            ),
            **box_label("链接"),
        ),
        art(
            ("title", "今年秋季征兵体检全面展开"),
            (
                "p",
                "本报讯（记者　尹浩然）9月14日，我市2026年下半年征兵体检在市征兵体检站全面展开，首批二百一十名应征青年走进体检站接受体检。",
            ),
            (
                "p",
                "今年我市继续实行“阳光征兵”，体检结果在网上公示，接受社会监督。市征兵办负责人介绍，大学毕业生报名人数比去年增加了一成多，其中理工科专业的占了一半以上。",
            ),
            byline=[None, "尹浩然"],
        ),
        art(
            ("title", "退役不褪色　山村来了“兵支书”"),
            ("subtitle", "——记青石镇柳塘村党支部书记滕亚军", "记青石镇柳塘村党支部书记滕亚军"),
            ("byline", "本报记者　贾思远"),
            (
                "p",
                "清晨六点，柳塘村的村道上已经响起了脚步声。退役军人滕亚军每天都要把全村走一遍，看看哪户的院墙要修，哪段水渠要清。",
            ),
            (
                "p",
                "刚回村时，不少村民并不看好这个“当兵的”。滕亚军没有多说，先带头把村口堵了多年的排水沟挖通了。“部队教给我的，就是说到做到。”他说。",
            ),
            (
                "p",
                "2021年，在部队服役十二年的滕亚军回到家乡，被村民推选为村党支部书记。这几年，他带着村里的年轻人修了三公里产业路，办起了茶叶合作社，去年全村人均收入比五年前",
            ),
            ("furn", "（下转第7版）"),
        ),
        art(
            ("section", "双拥短讯"),
            ("title", "驻淦部队官兵走进敬老院"),
            (
                "p",
                "近日，驻淦某部二十名官兵来到城南敬老院，为老人们打扫卫生、理发、表演节目。官兵们表示，将把这项活动坚持下去。",
            ),
            **box_label("双拥短讯"),
        ),
        art(
            ("title", "双拥公园新增国防教育长廊"),
            (
                "p",
                "日前，淦水双拥公园国防教育长廊建成开放。长廊全长一百二十米，用六十块展板介绍了我市拥军优属的历史和人物。",
            ),
            **box_label("双拥短讯"),
        ),
        art(
            ("title", "军属子女入学服务专窗开通"),
            (
                "p",
                "市教育局近日在政务服务中心开通军属子女入学服务专窗，现役军人子女转学、入学手续可一次办结。",
            ),
            **box_label("双拥短讯"),
        ),
    ],
}

SHUPING = {
    "name": "zh_utf8_lf_dushu_shuping_page_shuming_hao_titles_signed_review_book_data_line_zuozhe_chuban_dingjia_caption_shuying_midsentence_author_interview_xinshu_sudi_items_reader_signature",
    "encoding": "utf-8",
    "newline": "\n",
    "script": "cjk",
    "width": 28,
    "indent": "　　",
    "blank_between": False,
    "furniture_join": "　",
    "markup": CJK_MARKUP,
    "repeated_labels": ["新书速递"],
    "date": "2026-04-23",
    "page": "B8",
    "note": "鹭屿晨报 2026-04-23 B8 读书, UTF-8 without BOM, LF; indented paragraphs, no blank lines inside an article, wrapped at 28. A signed review (kicker, 《》 title, □ signature line under the title, a book data line `《…》　作者：…　出版：…　定价：…` as the first paragraph, a 书影 caption + credit inside a sentence); an author story (quoted title, byline line, the author's words in quotes); 新书速递 column of three books (title 《…》, a data line, a paragraph); a reader's recommendation ending with a bracketed signature.",
    "header": [("鹭屿晨报", "2026年4月23日", "星期四"), ("B8", "读书")],
    "footer": [("本版编辑　沈　禾", "投稿邮箱：dushu@luyucb.cn")],
    "articles": [
        art(
            ("kicker", "新书评介"),
            ("title", "在《河口的钟声》里，听见一座小城"),
            ("byline", "□　章若溪", "章若溪"),
            ("row", "《河口的钟声》　作者：闻砚秋　出版：南屿文艺出版社　定价：58.00元"),
            (
                "p",
                "读闻砚秋的长篇小说《河口的钟声》，像是跟着一位老邮差，把一座江边小城从头走到尾。小说写的是上世纪八十年代的河口镇，一座钟楼、一条老街、几户人家，写了他们三十年间的聚散。",
            ),
            (
                "p",
                "作者没有写大事件，写的都是¦小事：谁家的孩子考上了大学，谁家的铺子换了招牌，码头上的渡船什么时候停了。可正是这些小事，让人看见一个时代怎样慢慢改变了人们的生活。",
                [
                    (
                        ("cap", "《河口的钟声》书影"),
                        ("credit", "资料图片"),
                    )
                ],
            ),
            (
                "p",
                "书中最动人的，是钟楼看守人老魏。他每天准点敲钟，敲了四十年，直到钟楼被列为文物。小说的最后一章，老魏站在钟楼下，听见新装的电子钟响起，“像是听见了自己的回声”。",
            ),
            (
                "p",
                "这部小说的语言朴素，节奏舒缓，不急着讲故事，也不急着下结论。它提醒我们，所谓故乡，不过是一些人、一些声音和一些再也回不去的日子。",
            ),
            **column_kicker("新书评介"),
        ),
        art(
            ("title", "“写小城，是写我自己的来处”"),
            ("byline", "本报记者　柯　蔓"),
            (
                "p",
                "《河口的钟声》出版一个月来已经三次加印。日前，作者闻砚秋在鹭屿书城与读者见面，谈起了这本书的写作。",
            ),
            (
                "p",
                "“我在河口长到十八岁，后来去了外地，每次回去都觉得它变了一点。”闻砚秋说，这本书前后写了六年，改了四稿，“写小城，其实是写我自己的来处”。",
            ),
            ("p", "她透露，下一部作品将写河口镇的一所小学，目前已经完成了初稿。"),
        ),
        art(
            ("section", "新书速递"),
            ("title", "《山河有信》"),
            ("row", "作者：邵听澜　出版：海澄人民出版社　定价：46.00元"),
            (
                "p",
                "一位乡村邮递员三十年的工作笔记，记下了山区邮路上的人和事，也记下了一封封家书背后的牵挂。",
            ),
            **box_label("新书速递"),
        ),
        art(
            ("title", "《纸上园林》"),
            ("row", "作者：戚望舒　出版：东篱书局　定价：68.00元"),
            (
                "p",
                "作者用二十篇随笔走访江南十座古典园林，从亭台花木讲到造园人的心思，书中配有作者手绘的园林平面图八十余幅。",
            ),
            **box_label("新书速递"),
        ),
        art(
            ("title", "《给孩子的天气书》"),
            ("row", "作者：俞晓川　出版：蓝鲸少儿出版社　定价：39.80元"),
            (
                "p",
                "一位气象工作者写给小学生的科普读物，用二十四节气串起风、云、雨、雪的知识，适合亲子共读。",
            ),
            **box_label("新书速递"),
        ),
        art(
            ("kicker", "读者荐书"),
            ("title", "一本陪我度过冬天的书"),
            (
                "p",
                "去年冬天，我在医院陪护母亲，随身带了一本《窗外的四季》。每天晚上读上几页，书里那些关于花草、关于四季的文字，让漫长的夜晚变得安静下来。推荐给每一位正在经历难处的朋友。（读者　顾晴川）",
            ),
            **column_kicker("读者荐书"),
        ),
    ],
}

TIANQI = {
    "name": "zh_gb18030_lf_tianqi_huanbao_page_aqi_table_box_header_row_shuju_laiyuan_credit_benbaoxun_lead_forecast_story_byline_line_caption_midsentence_running_head_midsentence_wenxin_tishi_box_rare_char_name",
    "encoding": "gb18030",
    "newline": "\n",
    "script": "cjk",
    "width": 25,
    "indent": "　　",
    "blank_between": True,
    "furniture_join": "　",
    "markup": CJK_MARKUP,
    "not_decodable_as": ["gbk"],
    "date": "2026-11-20",
    "page": "A7",
    "note": "岷川晚报 2026-11-20 A7 天气·环保, GB18030 (𬇙 U+2C1D9 in a name, not in GBK), LF; blank lines between indented paragraphs, wrapped at 25. A 本报讯 air-quality story; an 空气质量日报 box (label, title, a header row and six district rows, `数据来源：…` line, its last paragraph); a cold-wave forecast (kicker, title, byline line with a 通讯员, caption + credit inside a sentence); a river clean-up story naming 𬇙 twice (the running head inside a sentence); a 天气预报 box (label, title, three forecast rows, the 气象台 issue line as credit); a 绿色生活 本报讯 item; a 温馨提示 box.",
    "header": [("岷川晚报", "2026年11月20日", "星期五"), ("A7", "天气·环保")],
    "footer": [("本版编辑　蒲　凌", "校对　严　婕")],
    "articles": [
        art(
            ("title", "上周全市空气质量优良天数达六天"),
            (
                "p",
                "本报讯（记者　谭一帆）记者昨日从市生态环境局获悉，11月13日至19日，我市城区空气质量优良天数为六天，轻度污染一天，细颗粒物平均浓度为每立方米三十一微克，同比下降百分之九。",
            ),
            (
                "p",
                "市生态环境局有关负责人表示，入冬以后，静稳天气增多，污染物不易扩散。下一步将加强工地扬尘和渣土车管理，并在重污染天气来临前提前发布预警。",
            ),
            (
                "p",
                "今年以来，全市已淘汰老旧柴油货车一千二百余辆，完成三十六家企业的锅炉改造。1月至10月，全市空气质量优良天数比例为百分之八十八点四，比去年同期提高二点一个百分点。",
            ),
            byline=[None, "谭一帆"],
        ),
        art(
            ("section", "空气质量日报"),
            ("title", "昨日各区空气质量"),
            ("row", "区　域　　AQI　　首要污染物　　等级"),
            ("row", "城关区　　48　　—　　优"),
            ("row", "江北区　　63　　PM2.5　　良"),
            ("row", "高新区　　57　　PM10　　良"),
            ("row", "西坝区　　71　　PM2.5　　良"),
            ("row", "桃源县　　39　　—　　优"),
            ("row", "龙泉县　　104　　PM2.5　　轻度污染"),
            ("srow", "数据来源：岷川市生态环境监测站"),
            **box_label("空气质量日报"),
        ),
        art(
            ("kicker", "本周末将迎今冬首场寒潮"),
            ("title", "最低气温降至2℃　出门记得添衣"),
            ("byline", "本报记者　谭一帆　通讯员　岳　晴"),
            (
                "p",
                "记者从市气象台获悉，受强冷空气影响，本周六起我市将出现明显降温，过程降温幅度达八到十度，周日早晨城区最低气温将降至2℃左右，山区¦可能出现今冬首场霜冻。",
                [
                    (
                        ("cap", "11月19日，市民在滨江路上晨练。"),
                        ("credit", "本报记者　谭一帆　摄"),
                    )
                ],
            ),
            (
                "p",
                "市气象台首席预报员介绍，冷空气过后，我市将以晴冷天气为主，早晚温差较大。设施农业要做好大棚保温，果园要及时做好防冻措施。",
            ),
        ),
        art(
            ("title", "桃源河治理后白鹭回来了"),
            ("byline", "本报记者　柴　宁"),
            (
                "p",
                "“以前一到夏天，河里的味道都飘进家里。现在你看，白鹭都回来了。”站在桃源河边，住在附近三十多年的居民鄢𬇙指着河心的小洲对记者说。",
            ),
            (
                "p",
                "桃源河全长十一公里，曾是城区污染最重的河道之一。三年来，当地截断了沿河四十二个排污口，新建了两座污水处理站，河水已经稳定达到¦地表水Ⅲ类标准。",
                [(("furn", "岷川晚报　A7　2026年11月20日"),)],
            ),
            (
                "p",
                "治理后的河岸修起了四公里长的步道和两处亲水平台。每天傍晚，沿河散步、钓鱼的市民络绎不绝。去年以来，环保志愿者在河边记录到的鸟类已有四十六种，比治理前多了一倍。",
            ),
            (
                "p",
                "鄢𬇙如今也成了一名护河志愿者，每周和邻居们沿河巡查两次。“河是大家的，要大家一起来护。”他说。",
            ),
        ),
        art(
            ("section", "天气预报"),
            ("title", "未来三天天气"),
            ("row", "11月21日（星期六）　阴转小雨　6℃～13℃　北风4～5级"),
            ("row", "11月22日（星期日）　小雨转阴　2℃～8℃　北风3～4级"),
            ("row", "11月23日（星期一）　晴　1℃～10℃　微风"),
            ("line", "岷川市气象台　11月19日17时发布"),
            **box_label("天气预报"),
        ),
        art(
            ("kicker", "绿色生活"),
            ("title", "旧衣回收箱进驻八十个小区"),
            (
                "p",
                "本报讯（记者　柴　宁）即日起，全市八十个小区陆续设置旧衣回收箱。回收的旧衣物经过分拣消毒后，一部分捐给山区学校，一部分加工成再生纤维。市民也可以在手机上预约上门回收。",
            ),
            byline=[None, "柴　宁"],
            **column_kicker("绿色生活"),
        ),
        art(
            ("section", "温馨提示"),
            ("title", "雾霾天外出请注意防护"),
            (
                "p",
                "空气质量较差时，老人、儿童和患有呼吸道疾病的人群应减少户外活动；外出时可佩戴口罩，回家后及时洗脸、漱口。",
            ),
            **box_label("温馨提示"),
        ),
    ],
}

YUEJU = {
    "name": "zht_big5hkscs_lf_hk_xiqu_yueju_page_cantonese_quotes_jizhe_byline_line_caption_she_midsentence_yanchu_timetable_box_rows_laoguan_interview_liyuan_duanxun_items_running_head_midsentence",
    "encoding": "big5hkscs",
    "newline": "\n",
    "script": "cjk",
    "width": 24,
    "indent": "　　",
    "blank_between": False,
    "furniture_join": "　",
    "markup": CJK_MARKUP,
    "not_decodable_as": ["cp950", "big5"],
    "repeated_labels": ["梨園短訊"],
    "date": "2026-11-23",
    "page": "C6",
    "note": "香江夕報 2026-11-23 C6 戲曲天地, Big5-HKSCS (嘅 咗 喺 哋 啲 嚟, not in cp950), LF; indented paragraphs, no blank lines inside an article, wrapped at 24. A 粵劇 premiere story (kicker, title, `記者　X` byline line, Cantonese quotes in 「」, caption + `本報記者　X攝` inside a sentence); a 本週演出 box (label, title, four timetable rows); a veteran actor's story (the running head inside a sentence); a 台下看戲 column signed `文：X` at its end; 梨園短訊 column of three items.",
    "header": [("香江夕報", "2026年11月23日", "星期一"), ("C6", "戲曲天地")],
    "footer": [("編輯：區嘉敏", "美術：司徒朗")],
    "articles": [
        art(
            ("kicker", "新編粵劇《珠江月》首演"),
            ("title", "年輕文武生挑大樑　觀眾起立鼓掌"),
            ("byline", "記者　鄺詠儀"),
            (
                "p",
                "新編粵劇《珠江月》前晚在油麻地新光戲院首演，由入行十年的文武生岑卓軒擔正。三個鐘頭嘅演出完場時，全場觀眾起立鼓掌，掌聲持續咗足足三分鐘。",
            ),
            (
                "p",
                "劇本由編劇家甘慧心用兩年時間寫成，講述清末一對¦船家兄妹喺珠江上嘅悲歡離合。岑卓軒在謝幕時眼泛淚光：「我哋排咗半年，今晚終於交到功課，多謝師傅，多謝大家。」",
                [
                    (
                        ("cap", "岑卓軒（右）與花旦聶曉彤在《珠江月》中的對手戲。"),
                        ("credit", "本報記者　車家俊攝"),
                    )
                ],
            ),
            (
                "p",
                "不少觀眾是專程帶同子女入場的。任職教師的觀眾談太說：「以前成日覺得粵劇係老人家睇嘅，今晚啲後生仔女睇得好投入。」",
            ),
            (
                "p",
                "《珠江月》餘下四場門票已差不多售罄。主辦單位表示，正與戲院商討加場，最快下月公布詳情。",
            ),
        ),
        art(
            ("section", "本週演出"),
            ("title", "新光戲院　本週戲目"),
            ("row", "11月24日（二）　《珠江月》　晚上7時30分"),
            ("row", "11月26日（四）　《紫釵記》　晚上7時30分"),
            ("row", "11月28日（六）　《帝女花》　下午2時"),
            ("row", "11月29日（日）　《珠江月》　晚上7時30分"),
            **box_label("本週演出"),
        ),
        art(
            ("title", "八旬老倌：只要有人睇就繼續唱"),
            ("byline", "記者　鄺詠儀"),
            (
                "p",
                "今年八十二歲的老倌龐少棠，十三歲入行，踏台板已近七十年。近年他仍然每星期到社區中心教街坊唱曲。",
            ),
            (
                "p",
                "「我唔覺得辛苦，唱戲係我一世嘅事。」龐少棠笑說，只要仲有人嚟睇，他就會繼續唱落去。他最近正協助戲曲中心整理¦早年的演出錄音，希望留給後輩參考。",
                [(("furn", "香江夕報　C6　戲曲天地"),)],
            ),
            (
                "p",
                "龐少棠記得，五六十年代戲班要跟住神功戲四圍走，喺竹棚度一做就係十幾日。「嗰陣冇咩錢，但係好開心，一班人食住大鑊飯，夜晚就開鑼。」他說，當年一齊出道嘅師兄弟，而家仲有三個喺度唱。",
            ),
            (
                "p",
                "今年年初，龐少棠把自己珍藏多年的三十多本手抄曲本捐給了戲曲中心。他說：「擺喺屋企都係鋪塵，不如畀後生仔睇吓，學吓。」",
            ),
        ),
        art(
            ("kicker", "台下看戲"),
            ("title", "新戲要留得住後生觀眾"),
            (
                "p",
                "近年新編粵劇愈來愈多，題材由古代宮廷伸展到近代市井，唱詞亦加入不少今日觀眾聽得明嘅說法。這是好事，因為戲曲要有新觀眾，先至有將來。",
            ),
            (
                "p",
                "不過，新戲唔等於要丟低舊嘢。《珠江月》好看，正正因為佢保留咗傳統嘅唱腔同做手，只係換咗一個更貼近觀眾嘅故事。老戲迷睇得過癮，後生觀眾亦聽得明。",
            ),
            (
                "p",
                "希望各個劇團繼續用心創作，亦希望政府同戲院多啲支持年輕演員，畀佢哋有更多上台嘅機會。",
            ),
            ("byline", "文：梁伯言"),
            **column_kicker("台下看戲"),
        ),
        art(
            ("section", "梨園短訊"),
            ("title", "粵劇體驗班下月招生"),
            (
                "p",
                "灣仔區戲曲推廣會下月開辦兒童粵劇體驗班，逢星期六上課，對象為八至十二歲兒童，費用全免，即日起接受報名，額滿即止。查詢可致電推廣會辦事處。",
            ),
            **box_label("梨園短訊"),
        ),
        art(
            ("title", "戲曲中心舉辦戲服展覽"),
            (
                "p",
                "戲曲中心即日起至下月底舉辦「錦繡梨園」戲服展覽，展出五十多套由名伶捐出的舊戲服，部分已有六十年歷史。",
            ),
            **box_label("梨園短訊"),
        ),
        art(
            ("title", "粵曲私伙局聯歡晚會"),
            (
                "p",
                "深水埗區十個粵曲私伙局將於下月十二日在區內社區會堂舉行聯歡晚會，演唱多首經典粵曲，歡迎街坊免費入場。",
            ),
            **box_label("梨園短訊"),
        ),
    ],
}

MINSU = {
    "name": "zht_cp950_crlf_taiwan_zongjiao_minsu_page_raojing_kicker_title_jizhe_baodao_bracket_lead_caption_sheying_midsentence_xiajie_jump_jiaotong_guanzhi_numbered_box_bingpu_story_minsu_duanbo_items_cp950_only_char",
    "encoding": "cp950",
    "newline": "\r\n",
    "script": "cjk",
    "width": 23,
    "indent": "　　",
    "blank_between": True,
    "furniture_join": "　",
    "markup": CJK_MARKUP,
    "not_decodable_as": ["big5"],
    "repeated_labels": ["民俗短波"],
    "date": "2026-05-09",
    "page": "B2",
    "note": "溪洲新報 中華民國115年5月9日 B2 宗教民俗, cp950 (恒 not in strict Big5), CRLF; blank lines between indented paragraphs, wrapped at 23. A 遶境 story (kicker, title, 〔記者X／溪洲報導〕 lead, 昨（8）日, caption + （記者X／攝影） inside a sentence, 下接B3版 jump); a 交通管制 box (label, title, four numbered points); a 餅舖 story with a byline line; a 傳承 story (kicker, title, byline line); 民俗短波 column of three items.",
    "header": [("溪洲新報", "中華民國115年5月9日", "星期六"), ("B2", "宗教民俗")],
    "footer": [("編輯　葉怡君", "美編　卓世豪")],
    "articles": [
        art(
            ("kicker", "媽祖遶境三天兩夜"),
            ("title", "十萬信眾隨香　溪洲街頭萬人空巷"),
            (
                "p",
                "〔記者廖于萱／溪洲報導〕溪洲朝天宮一年一度的媽祖遶境活動昨（8）日凌晨起駕，三天兩夜將行經溪洲、埔心、竹圍三個鄉鎮，預估¦隨香信眾超過十萬人次。",
                [
                    (
                        ("cap", "媽祖神轎昨日凌晨起駕，信眾沿路跪拜「鑽轎腳」。"),
                        ("credit", "（記者廖于萱／攝影）"),
                    )
                ],
            ),
            (
                "p",
                "起駕儀式在凌晨一點舉行，廟埕前早已擠滿信眾。朝天宮主任委員鍾文雄表示，今年首度推出電子香條，信眾可用手機查詢神轎即時位置，減少在路邊久候。",
            ),
            (
                "p",
                "沿途不少店家和住戶在門口擺出香案，準備礦泉水、饅頭和熱茶請隨香客享用。來自高雄的信眾阮美玲說，她已經連續十二年跟著走完全程，「走得很累，但心裡很踏實」。",
            ),
            (
                "p",
                "縣府動員警力三百餘人維持秩序，沿途設置十二處醫護站。縣長在起駕前上香祈福，祝願",
            ),
            ("furn", "（下接B3版）"),
            byline=[None, "廖于萱"],
        ),
        art(
            ("section", "交通管制"),
            ("title", "遶境期間管制路段"),
            ("row", "一、中山路（民族路至光復路）：8日至10日全日禁止汽車通行。"),
            ("row", "二、朝天宮周邊：禁止停車，違者拖吊。"),
            ("row", "三、溪洲火車站前：設置接駁車站，免費接駁至廟口。"),
            ("row", "四、如遇臨時管制，請依現場員警指揮。"),
            **box_label("交通管制"),
        ),
        art(
            ("title", "百年餅舖趕製平安餅"),
            ("byline", "記者　洪詩涵"),
            (
                "p",
                "遶境前一週，位在朝天宮旁的百年老店恒順餅舖每天清晨四點就開工，趕製信眾要帶回家的平安餅。第四代老闆蕭振宏說，這幾天每天要做三千多個，全家人都下來幫忙。",
            ),
            (
                "p",
                "蕭振宏說，平安餅的做法一百年來沒有改變，麥芽、花生和芝麻都用在地食材，「吃的是一份心安」。",
            ),
            (
                "p",
                "除了平安餅，餅舖今年也推出印有媽祖圖案的小鳳梨酥，包裝由在地大學生設計，推出三天就賣出兩千盒。蕭振宏說，希望年輕人透過這些小點心，也能認識家鄉的信仰文化。",
            ),
        ),
        art(
            ("kicker", "傳承"),
            ("title", "返鄉青年組神將團　扛起家鄉記憶"),
            ("byline", "記者　廖于萱"),
            (
                "p",
                "遶境隊伍中，一支全由二、三十歲年輕人組成的神將團格外引人注目。團長溫子豪在台北擔任工程師，每年遶境前都會請假回鄉，帶著團員練步伐。",
            ),
            (
                "p",
                "「小時候跟著阿公看遶境，長大後才發現，這是家鄉最重要的記憶。」溫子豪說，神將團成立五年，團員從六人增加到三十多人，其中不少人和他一樣在外地工作，遶境時才回來。",
            ),
            (
                "p",
                "每尊神將重達三十公斤，扛一次就要走上好幾個小時，團員們輪流上陣。溫子豪說，大家都是自願參加，「累是累，但只要聽到鞭炮聲，就又有力氣了」。",
            ),
        ),
        art(
            ("section", "民俗短波"),
            ("title", "埔心福德祠舉辦平安宴"),
            (
                "p",
                "埔心福德祠今（9）日晚間在廟前廣場席開八十桌，宴請遶境隊伍及鄉親，祈求地方平安。菜色全由在地總舖師料理，並邀請鄉內長輩上台表演南管。",
            ),
            **box_label("民俗短波"),
        ),
        art(
            ("title", "竹圍國小學童表演陣頭"),
            (
                "p",
                "竹圍國小陣頭隊明（10）日將在媽祖回鑾時演出，三十名學童練習宋江陣已有兩個月。",
            ),
            **box_label("民俗短波"),
        ),
        art(
            ("title", "環保團體呼籲少放鞭炮"),
            (
                "p",
                "溪洲環保聯盟呼籲信眾以電子鞭炮代替傳統鞭炮，並自備環保杯碗，減少遶境沿線的垃圾與空氣污染。",
            ),
            **box_label("民俗短波"),
        ),
    ],
}

QIPAI = {
    "name": "zh_utf16be_bom_lf_tiyu_qipai_page_xiangqi_match_benbaoxun_subtitle_dash_qipu_box_move_rows_pingzhu_credit_weiqi_column_signed_square_qixun_items_running_head_midsentence",
    "encoding": "utf-16-be",
    "bom": b"\xfe\xff",
    "newline": "\n",
    "script": "cjk",
    "width": 27,
    "indent": "　　",
    "blank_between": False,
    "furniture_join": "　",
    "markup": CJK_MARKUP,
    "repeated_labels": ["棋讯"],
    "date": "2026-07-02",
    "page": "B7",
    "note": "桐江晚报 2026-07-02 B7 棋牌天地, UTF-16 BE with BOM, LF; indented paragraphs, no blank lines inside an article, wrapped at 27. A 象棋 tournament story (title, —— subtitle, 本报讯 lead, the running head inside a sentence); a 棋谱 box (label 名局欣赏, the game as title, seven move rows, a 评注 credit line); a 桥牌 story (byline line with a 通讯员); a 围棋 column 弈林闲话 signed □ at its end; 棋讯 column of three items.",
    "header": [("桐江晚报", "2026年7月2日　星期四"), ("B7", "棋牌天地")],
    "footer": [("责任编辑　樊　青", "版式　苗　苗")],
    "articles": [
        art(
            ("title", "市象棋公开赛落幕　十七岁少年夺冠"),
            ("subtitle", "——一百二十八名棋手角逐七轮", "一百二十八名棋手角逐七轮"),
            (
                "p",
                "本报讯（记者　鲍嘉禾）6月30日，为期三天的桐江市象棋公开赛在市体育中心落幕。来自全省的一百二十八名棋手经过七轮较量，十七岁的高中生郑青川以六胜一和的不败战绩夺得冠军。",
            ),
            (
                "p",
                "郑青川七岁学棋，师从市棋院教练龙振邦。第五轮他执红先行，与上届冠军陆一鸣鏖战九十回合，¦最终以一个兵的优势取胜，这盘棋被裁判组评为本届比赛的最佳对局。",
                [(("furn", "桐江晚报　B7　棋牌天地"),)],
            ),
            (
                "p",
                "本届比赛首次设立了少儿组和女子组，参赛人数比上届增加了三成。少儿组冠军由十岁的小学生葛一诺获得，女子组冠军则被市棋院教练柏雯收入囊中。",
            ),
            (
                "p",
                "赛后，郑青川说，这次比赛让他看到了自己在残局上的不足，“暑假要好好补一补残局”。市棋类协会表示，明年将争取承办省级赛事，让更多本地棋手在家门口参加高水平比赛。",
            ),
            byline=[None, "鲍嘉禾"],
        ),
        art(
            ("section", "名局欣赏"),
            ("title", "第五轮　郑青川（红）先胜陆一鸣（黑）"),
            ("row", "1．炮二平五　马8进7"),
            ("row", "2．马二进三　车9平8"),
            ("row", "3．车一平二　卒7进1"),
            ("row", "4．兵七进一　马2进3"),
            ("row", "5．马八进七　象3进5"),
            ("row", "6．车二进六　炮8平9"),
            ("row", "7．车二平三　炮9退1"),
            ("line", "（市棋院教练　龙振邦　评注）"),
            **box_label("名局欣赏"),
        ),
        art(
            ("title", "老年桥牌联赛开打"),
            ("byline", "本报记者　鲍嘉禾　通讯员　詹　柳"),
            (
                "p",
                "6月28日，桐江市第三届老年桥牌联赛在市老年活动中心开赛，来自十四个街道的二十八支队伍参赛，参赛选手平均年龄六十六岁。",
            ),
            (
                "p",
                "联赛采用主客场双循环赛制，每周六下午比赛，将持续到10月底。年纪最大的参赛选手、八十一岁的退休教师冉德明说，打桥牌要算要记，“比吃什么补品都管用”。",
            ),
        ),
        art(
            ("kicker", "弈林闲话"),
            ("title", "棋盘边的老茶馆"),
            (
                "p",
                "城西老街口有一家开了四十年的茶馆，一进门就能听见落子的声音。每天下午，七八张方桌上摆满了围棋盘，泡一壶茶，一坐就是半天。",
            ),
            (
                "p",
                "茶馆的常客大多是退休老人，也有放了暑假的孩子。老人们下棋不计输赢，输了的续一壶茶，赢了的讲一讲刚才那步妙手。一盘棋下完，天也就黑了。",
            ),
            (
                "p",
                "去年老街改造，不少人担心茶馆要关门。后来街道专门把茶馆留了下来，还重新修了门面。如今，这里挂上了“社区围棋角”的牌子，周末还有棋院的老师来给孩子们讲棋。",
            ),
            ("byline", "□　石　砚", "石　砚"),
            **column_kicker("弈林闲话"),
        ),
        art(
            ("section", "棋讯"),
            ("title", "暑期少儿围棋班开课"),
            (
                "p",
                "市棋院暑期少儿围棋班将于7月6日开课，分启蒙班和提高班，每周上课三次，每班限招二十人，报名可到市体育中心二楼棋院办公室，也可以拨打棋院电话咨询。",
            ),
            **box_label("棋讯"),
        ),
        art(
            ("title", "社区棋王擂台赛报名"),
            (
                "p",
                "由市棋类协会主办的社区棋王擂台赛即日起报名，比赛设象棋、围棋、五子棋三个项目，每个社区限报六人。",
            ),
            **box_label("棋讯"),
        ),
        art(
            ("title", "桐江棋手省赛获佳绩"),
            (
                "p",
                "在日前结束的全省青少年围棋锦标赛上，桐江代表队获得团体第三名，十二岁的晏子墨获得男子少年组个人亚军，这是我市棋手近五年来在该项赛事中的最好成绩。",
            ),
            **box_label("棋讯"),
        ),
    ],
}


BASQUE = {
    "name": "eu_utf8bom_crlf_basque_herri_astekaria_kicker_caps_title_sarrera_subtitle_testua_byline_line_syllable_hyphenation_guillemets_caption_argazkia_midsentence_jarraipena_jump_laburrak_items",
    "encoding": "utf-8",
    "bom": b"\xef\xbb\xbf",
    "newline": "\r\n",
    "script": "latin",
    "width": 50,
    "indent": "",
    "blank_between": True,
    "furniture_join": "  |  ",
    "markup": "-|",
    "repeated_labels": ["LABURRAK"],
    "date": "2026-11-27",
    "page": "5",
    "note": "Ibarreko Hitza 2026-11-27 page 5 HERRIAK, Basque, UTF-8 with BOM, CRLF; blank lines between paragraphs, wrapped at 50 with syllable hyphenation. A bertso story (capital kicker KULTURA, title, sarrera as subtitle, `Testua: X` byline line, « » quotes, caption + `Argazkia: X` inside a sentence); a council story ending at a `(Jarraipena 7. orrialdean)` jump; a pilota story with a byline line; LABURRAK column of two items.",
    "header": [("IBARREKO HITZA", "2026ko azaroaren 27a, ostirala", "5 HERRIAK")],
    "footer": [("ibarrekohitza.eus", "Harpidetzak: 943 555 214")],
    "articles": [
        art(
            ("kicker", "KULTURA"),
            ("title", "Bertsolari gazteak plazara itzuli dira Larrainen"),
            (
                "subtitle",
                "Hamabi bertsolarik hartu zuten parte larunbateko saioan, eta bostehun lagun inguru bildu ziren herriko frontoian.",
            ),
            ("byline", "Testua: Ane Zubiaurre"),
            (
                "p",
                "Larraingo frontoia txiki geratu zen larunbat arra~tsal~de~an. Bertso Eskolak antolatutako saioan hamabi bertsolari gaztek kantatu zuten, eta horietatik zortzi lehen aldiz igo ziren ¦oholtzara herriko jendearen aurrean.",
                [
                    (
                        ("cap", "Bertsolari gazteak saioaren amaieran, frontoiko oholtzan."),
                        ("credit", "Argazkia: Iker Goikoetxea"),
                    )
                ],
            ),
            (
                "p",
                "Gai-jartzailea Maite Olaizola izan zen, eta gaiak herriko kontuekin lotu zituen: errota zaharra, ibaiko uholdeak eta plazako jaiak. «Gazteek oso ondo erantzun dute, eta jendeak ikaragarri gozatu du», esan zuen saioaren ondoren.",
            ),
            (
                "p",
                "Bertso Eskolak hogei ikasle ditu gaur egun, ha~ma~zor~tzi urtetik beherakoak gehienak. Antolatzaileen asmoa da datorren urtean bi saio egitea, uda~be~rri~an bat eta udazkenean bestea.",
            ),
        ),
        art(
            ("title", "Udalak igerileku estali berria eraikiko du"),
            ("byline", "Jon Arrieta"),
            (
                "p",
                "Ibarreko Udalak igerileku estali berria eraikiko du kiroldegiaren ondoan. Atzo goizeko osoko bilkuran onartu zuten proiektua, alderdi guztien aldeko botoekin, eta lanak 2027ko uda~be~rri~an hasiko dira.",
            ),
            (
                "p",
                "Proiektuak 4,2 milioi euroko aurrekontua du, eta horren erdia Gipuzkoako Foru Al~dun~di~ak ordainduko du. Alkateak azaldu zuenez, igerilekuak hogeita bost metroko luzera izango du eta",
            ),
            ("furn", "(Jarraipena 7. orrialdean)"),
        ),
        art(
            ("title", "Aranburu eta Etxaniz, txapeldun Ibarreko pilota txapelketan"),
            ("byline", "Mikel Lasa"),
            (
                "p",
                "Oier Aranburu eta Xabier Etxaniz izan dira aurtengo Ibarreko pilota txapelketako irabazleak. Igandeko finalean 22-17 irabazi zieten Urkiola anaiei, frontoia lepo beteta zegoela.",
            ),
            (
                "p",
                "Partida oso estua izan zen hasieran, baina Aranburuk bost tanto jarraian egin zituen hamabosgarren tantoaren ondoren. «Gure herrian irabaztea berezia da beti», esan zuen Etxanizek, irribarrez.",
            ),
            (
                "p",
                "Txapelketan hamasei bikotek hartu dute parte aurten, iaz baino lau gehiagok. Antolatzaileek adierazi dutenez, datorren urtean emakumeen mailako txa~pel~ke~ta ere antolatuko dute lehen aldiz.",
            ),
        ),
        art(
            ("section", "LABURRAK"),
            ("title", "Liburutegiak ordutegia luzatu du"),
            (
                "p",
                "Udal liburutegia larunbat goizetan ere zabalik egongo da abenduaren 5etik aurrera, hamarretatik ordu biak arte.",
            ),
            **box_label("LABURRAK"),
        ),
        art(
            ("title", "Odol-emaileen bilera"),
            (
                "p",
                "Odol-emaileen elkarteak urteko batzar nagusia egingo du asteartean, arratsaldeko zazpietan, kultur etxean.",
            ),
            **box_label("LABURRAK"),
        ),
    ],
}

ALBANIAN = {
    "name": "sq_cp1250_crlf_albanian_gazete_lokale_mbititull_kicker_title_nentitull_subtitle_nga_byline_line_hyphenation_guillemets_caption_foto_midsentence_running_head_midsentence_shkurt_items",
    "encoding": "cp1250",
    "newline": "\r\n",
    "script": "latin",
    "width": 48,
    "indent": "   ",
    "blank_between": False,
    "furniture_join": " \u2022 ",
    "markup": "-\u2022",
    "repeated_labels": ["SHKURT"],
    "date": "2026-11-26",
    "page": "3",
    "note": "Kumbona e Lumëzës 2026-11-26 page 3 LAJME LOKALE, Albanian, Windows-1250 (ë ç, « », •), CRLF; indented paragraphs, no blank lines inside an article, wrapped at 48 with hyphenation. A road story (capital mbititull as kicker, title, nëntitull as subtitle, `Nga X` byline line, « » quotes, caption + `Foto: X` inside a sentence); a music school anniversary (the running head inside a sentence); a market story; SHKURT column of two items.",
    "header": [("KUMBONA E LUMËZËS", "E enjte, 26 nëntor 2026", "Faqe 3"), "LAJME LOKALE"],
    "footer": [("Redaksia: Rruga e Kalasë 12, Lumëzë", "kumbona@lumeza.al")],
    "articles": [
        art(
            ("kicker", "INFRASTRUKTURA"),
            ("title", "Rruga e re lidh fshatrat e malësisë me qytetin"),
            (
                "subtitle",
                "Pas tre vitesh punimesh, banorët e pesë fshatrave arrijnë në Lumëzë për njëzet minuta.",
            ),
            ("byline", "Nga Arben Hoxha"),
            (
                "p",
                "Rruga e re që lidh fshatrat e Malësisë së Lumëzës me qendrën e qytetit u përu~ru~a të hënën në një cere~moni me banorë e nxënës. Rruga është një~mbë~dhjetë kilo~metra e gjatë dhe ka kushtuar rreth katër milionë euro.",
            ),
            (
                "p",
                "«Më parë, për të shkuar te mjeku në qytet, na duhej gjithë ¦dita», tha Nexhmije Bala, një banore e fshatit Gurëz. «Tani autobusi kalon tri herë në ditë.»",
                [
                    (
                        ("cap", "Banorët e fshatit Gurëz në ditën e përurimit të rrugës."),
                        ("credit", "Foto: Elira Kola"),
                    )
                ],
            ),
            (
                "p",
                "Kryetari i bashkisë, Fatmir Dervishi, dek~la~roi se vitin e ardhshëm do të asfal~to~hen edhe tre rrugë të tjera rurale, për të cilat janë paraparë rreth dy milionë euro nga buxheti i bash~ki~së.",
            ),
        ),
        art(
            ("title", "Shkolla e muzikës feston pesëdhjetë vjetorin"),
            ("byline", "Nga Mimoza Lleshi"),
            (
                "p",
                "Shkolla e muzikës «Gjon Kumbona» e Lumëzës feston këtë javë pesëdhjetë vjet nga theme~li~mi. Për këtë rast, nxënësit dhe mësuesit e saj do të japin një koncert të ¦madh të shtunën në mbrëmje, në sallën e Pallatit të Kulturës.",
                [(("furn", "Kumbona e Lumëzës \u2022 Faqe 3"),)],
            ),
            (
                "p",
                "Drej~to~re~sha e shkollës, Valbona Shehu, tha se gjatë këtyre pesë dekadave kanë mbaruar shkollën më shumë se dy mijë nxënës. Disa prej tyre sot luajnë në orkes~tra të njohura brenda dhe jashtë vendit.",
            ),
        ),
        art(
            ("title", "Tregu i së enjtes rikthehet në sheshin e vjetër"),
            ("byline", "Nga Arben Hoxha"),
            (
                "p",
                "Pas rikon~struk~sio~nit të sheshit, tregu tradi~cio~nal i së enjtes u kthye sot në vendin e tij të vjetër. Fermerët e zonës sollën mollë, arra, djathë e mjaltë, ndërsa çmimet ishin pak më të ulëta se javën e kaluar.",
            ),
            (
                "p",
                "«Këtu kemi shitur që nga koha e gjyshërve», tha fermeri Ilir Marku, që prej tridhjetë vitesh sjell djathë nga fshati Qafëz. Sipas bashkisë, në shesh janë vendosur gjashtë~dhjetë tezga të reja, ndërsa parkimi i makinave është zhven~do~sur në rrugën paralele.",
            ),
        ),
        art(
            ("section", "SHKURT"),
            ("title", "Ndërpritet uji në lagjen Kalaja"),
            (
                "p",
                "Ndër~marr~ja e ujë~sjellë~sit njofton se të premten, nga ora 9 deri në orën 14, do të ndërpritet furnizimi me ujë në lagjen Kalaja për shkak të punimeve.",
            ),
            **box_label("SHKURT"),
        ),
        art(
            ("title", "Panair libri në bibliotekë"),
            (
                "p",
                "Biblioteka e qytetit organizon nga 1 deri më 7 dhjetor një panair libri me botime të autorëve vendas. Hyrja është falas.",
            ),
            **box_label("SHKURT"),
        ),
    ],
}

GAELIC = {
    "name": "gd_latin1_lf_gaelic_community_paper_le_byline_line_english_story_by_byline_bilingual_page_caption_dealbh_midsentence_running_foot_midsentence_naidheachdan_goirid_items_grave_accents",
    "encoding": "iso-8859-1",
    "newline": "\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank_between": True,
    "furniture_join": " - ",
    "markup": "-",
    "repeated_labels": ["NAIDHEACHDAN GOIRID"],
    "date": "2026-11-26",
    "page": "4",
    "note": "Guth a' Chaolais 2026-11-26 page 4, Scottish Gaelic with one English story, ISO-8859-1 (à è ì ò ù), LF; blank lines between paragraphs, wrapped at 46, hyphenated only where a word is split (real hyphens such as an-dràsta never end a line). A fèis story (title, deck as subtitle, `Le X` byline line, caption + `Dealbh: X` inside a sentence); an English ferry story (`By X`, the running foot inside a sentence); a Gaelic school story; NAIDHEACHDAN GOIRID column of two items.",
    "header": [("GUTH A' CHAOLAIS", "Diardaoin, 26 Samhain 2026", "Duilleag 4")],
    "footer": [("Guth a' Chaolais - Pàipear-naidheachd na coimhearsnachd", "£1.20")],
    "articles": [
        art(
            ("title", "Fèis a' Chaolais a' comharrachadh fichead bliadhna"),
            (
                "subtitle",
                "Còrr air ceud sgoilear a' gabhail pàirt ann an seachdain de chiùil is dannsa",
            ),
            ("byline", "Le Catrìona NicAoidh"),
            (
                "p",
                "Chaidh Fèis a' Chaolais a chumail airson an fhichead~amh turas an t-seachdain seo chaidh, agus bha còrr air ceud sgoilear às na h-eileanan a' gabhail pàirt innte. Bha clasaichean ann ann am fìdhlei~reachd, pìo~bai~reachd, ¦seinn agus dannsa.",
                [
                    (
                        ("cap", "Sgoilearan na fèise aig a' chuirm mu dheireadh."),
                        ("credit", "Dealbh: Ruairidh MacLeòid"),
                    )
                ],
            ),
            (
                "p",
                "Thuirt cathraiche na fèise, Seonag Dhòmh~nal~lach, gun robh i air leth toilichte. \"Nuair a thòisich sinn, cha robh ach fichead sgoilear againn. Tha e mìor~bhail~each cho mòr 's a dh'fhàs an fhèis,\" thuirt i.",
            ),
            (
                "p",
                "Chaidh cuirm mhòr a chumail anns an talla oidhche Haoine, agus bha an talla làn gu an doras. Tha luchd-eagrachaidh an dòchas gum bi an fhèis nas motha buileach an ath-bhliadhna.",
            ),
        ),
        art(
            ("title", "Winter ferry timetable brings fewer sailings"),
            ("byline", "By Donald Morrison"),
            (
                "p",
                "Island~ers have criti~cised the new winter timetable for the Caolas ferry, which cuts the number of daily sailings from six to four between December and March.",
            ),
            (
                "p",
                "The operator said the change was needed to allow ¦the older of its two vessels to go into dry dock for essen~tial re~pairs. Community council chairman Iain Mac~In~nes said the cuts would hit workers and pupils hardest.",
                [(("furn", "Guth a' Chaolais - 26 Samhain 2026"),)],
            ),
            (
                "p",
                "A public meeting on the timetable will be held in the village hall next Tuesday evening. Repre~sen~ta~tives of the oper~ator and of the council's transport com~mit~tee have agreed to attend.",
            ),
        ),
        art(
            ("title", "Sgoil ùr Ghàidhlig a' fosgladh a dorsan"),
            ("byline", "Le Iain Moireasdan"),
            (
                "p",
                "Dh'fhosgail sgoil-àraich ùr Ghàidhlig ann am Port a' Chaolais Diluain. Tha ochd clann deug clàr~aichte aig an sgoil an-dràsta, agus tha dùil gum bi barrachd ann as t-earrach.",
            ),
            (
                "p",
                "Thuirt an tidsear, Mòrag Chaimbeul, gun robh pàrantan air a bhith ag iarraidh sgoil mar seo airson ùine mhòir. \"Tha seo a' ciall~ach~adh gum faigh a' chlann Gàidhlig bhon chiad latha,\" thuirt i.",
            ),
        ),
        art(
            ("section", "NAIDHEACHDAN GOIRID"),
            ("title", "Cèilidh airson an talla"),
            (
                "p",
                "Bidh cèilidh ann an talla a' bhaile oidhche Shathairne gus airgead a thogail airson mullach ùr. Tòisichidh e aig ochd uairean.",
            ),
            **box_label("NAIDHEACHDAN GOIRID"),
        ),
        art(
            ("title", "Clasaichean còmhraidh"),
            (
                "p",
                "Tòisichidh clasaichean còmhraidh Gàidhlig do luchd-ionnsachaidh anns an leabharlann Dimàirt. Tha iad saor an-asgaidh.",
            ),
            **box_label("NAIDHEACHDAN GOIRID"),
        ),
    ],
}

NZ1924 = {
    "name": "en_nz_utf8_crlf_1924_country_paper_stock_sale_report_yarding_price_lines_own_correspondent_credit_local_and_general_paragraphs_advertisement_midsentence_county_council_hyphenation",
    "encoding": "utf-8",
    "newline": "\r\n",
    "script": "latin",
    "width": 46,
    "indent": "    ",
    "blank_between": False,
    "furniture_join": "    ",
    "markup": "-",
    "date": "1924-06-17",
    "page": "5",
    "note": "The Wairangi Gazette 1924-06-17 page 5, New Zealand country paper, UTF-8 (no BOM; `£` the only non-ASCII character), CRLF; indented paragraphs, no blank lines inside a story, wrapped at 46 with hyphenation. A stock sale report (title, deck as subtitle, `(From our own Correspondent.)` credit, price lines one per class), LOCAL AND GENERAL (a title over separate paragraphs), a county council report cut inside a sentence by a three-line advertisement (furniture), a football result.",
    "header": [("THE WAIRANGI GAZETTE.", "TUESDAY, JUNE 17, 1924.", "PAGE FIVE.")],
    "footer": [],
    "articles": [
        art(
            ("title", "DALEMORE STOCK SALE."),
            ("subtitle", "GOOD YARDING AND FIRM PRICES."),
            ("line", "(From our own Correspondent.)"),
            (
                "p",
                "There was a good yarding of sheep and a small entry of cattle at the Dalemore yards on Thursday, when Messrs. Hartley and Gunn held their monthly sale. There was a large atten~dance of buyers, and com~pe~ti~tion for fat sheep was keen throughout.",
            ),
            (
                "p",
                "Fat cattle were in short supply, and all pens were cleared at prices show~ing a slight ad~vance on last sale. Store sheep sold well, but aged ewes were hard to quit. Quotations:",
            ),
            ("row", "Prime wethers, 38s 6d to 43s."),
            ("row", "Medium wethers, 33s to 37s."),
            ("row", "Fat ewes, 26s to 31s 6d."),
            ("row", "Fat steers, to £12 10s."),
            ("row", "Dairy heifers, £7 5s to £9."),
        ),
        art(
            ("title", "LOCAL AND GENERAL."),
            (
                "p",
                "The heavy rain of Saturday night caused the Wairangi River to rise several feet, and the low-lying paddocks near the bridge were under water on Sunday morning. No stock is reported lost.",
            ),
            (
                "p",
                "The Wairangi Brass Band will give a concert in the Town Hall on Friday evening in aid of the fund for new in~stru~ments. An ex~cel~lent pro~gramme has been arranged.",
            ),
            (
                "p",
                "Mr. A. J. Pennycook, for many years headmaster of the Dalemore School, has been trans~fer~red to Te Aroha. He will be farewelled by resi~dents on Wed~nes~day next.",
            ),
        ),
        art(
            ("title", "COUNTY COUNCIL."),
            (
                "p",
                "The monthly meeting of the Wairangi County Council was held on Friday, Cr. J. McAlister presid~ing. The en~gi~neer reported that the Back Road had been badly scoured by the recent rains, and that a culvert near Thomp~son's corner ¦would have to be replaced before the winter was much fur~ther ad~vanced.",
                [
                    (
                        ("furn", "W. H. BRIGGS AND SON,"),
                        ("furn", "SADDLERS AND HARNESS MAKERS."),
                        ("furn", "Repairs Promptly Executed."),
                    )
                ],
            ),
            (
                "p",
                "It was decided to call tenders for the work at once. A letter was received from the set~tlers at Upper Kowhai asking that the road to the dairy factory be metalled, and the matter was re~ferred to the en~gi~neer for a report.",
            ),
        ),
        art(
            ("title", "FOOTBALL."),
            (
                "p",
                "On Saturday, at Dalemore, Wairangi defeated Kowhai by 11 points to 6 in the senior com~pe~ti~tion. The ground was heavy after the rain, and the forwards had the better of the day.",
            ),
            (
                "p",
                "Wairangi scored two tries and a penalty goal, and Kowhai two penalty goals. For the winners, Ross and Fen~wick were promi~nent in the loose, while Tane Hohaia, at full-back, kicked splen~didly through~out the game. Next Saturday Wairangi meets Upper Kowhai at home.",
            ),
        ),
    ],
}

PAGES = [GUOFANG, SHUPING, TIANQI, YUEJU, MINSU, QIPAI, BASQUE, ALBANIAN, GAELIC, NZ1924]
