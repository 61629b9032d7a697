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
    "note": "鹭屿晨报 2026-04-23 B8 读书, UTF-8 without BOM, LF; indented paragraphs, no blank lines inside an article, wrapped at 28. A signed review (kicker, 《》 title, □ signature line under the title, a book data line `《…》　作者：…　出版：…　定价：…` as the first paragraph, a 书影 caption + credit inside a sentence); an author interview (byline line, 记者/答 not used: plain paragraphs with quotes); 新书速递 column of three books (title 《…》, a data line, a paragraph); a reader's recommendation ending with a bracketed signature.",
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
        ),
    ],
}
PAGES = [GUOFANG, SHUPING]
