"""The text of every holdout46 page, written once: make_holdout46_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head,
`{col}` a column break; `~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit, a source line). All papers, people, firms,
schools, clubs and events are invented.
"""

SHENGTAI = {
    "name": "zh_gbk_lf_shengtai_huanbao_page_yinti_zhuti_wen_tu_byline_caption_no_credit_midsentence_running_head_"
    "kongqi_zhiliang_paiming_table_shuju_laiyuan_circled_number_tips_box_puguangtai_jizhe_zaifang_shengtai_kuaixun",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "岚州日报 2026-12-14 第6版 生态环保, GBK, LF; blank-line paragraphs with a two-space indent, wrapped "
    "at 22. A wetland bird-count story (引题, 主题, byline line `文/图　本报记者　阮清和` so the caption has no "
    "credit, the caption inside a sentence, the running head inside a sentence); under the label 数据 an "
    "air-quality ranking table (a header row, six district rows, a `注：` row) with a `数据来源：` line (its last paragraph); a "
    "环保小贴士 box of circled-number tips; a 曝光台 follow-up piece (`记者再访` kicker line, a lead "
    "`本报记者　阮清和` reporter named inside the lead); a 生态快讯 column of two items.",
    "date": "2026-12-14",
    "page": "6",
    "head": ["岚州日报　　2026年12月14日　星期一", "第6版　生态环保　　　责任编辑：邬　杨　　视觉：柏小舟"],
    "foot": ["新闻热线：0745-2218800　　邮箱：stjz@lzrb.example.cn　　本版校对：衣晓晴"],
    "furniture": [
        "岚州日报",
        "2026年12月14日",
        "星期一",
        "第6版",
        "生态环保",
        "责任编辑：邬　杨",
        "视觉：柏小舟",
        "岚州日报·生态环保",
        "新闻热线：0745-2218800",
        "邮箱：stjz@lzrb.example.cn",
        "本版校对：衣晓晴",
    ],
    "run": ["岚州日报·生态环保"],
    "labels": ["生态快讯"],
    "articles": [
        {
            "lines": [
                "越冬候鸟数量连续三年增长",
                "青溪湿地迎来两万只“冬客”",
                "文/图　本报记者　阮清和",
            ],
            "kicker": "越冬候鸟数量连续三年增长",
            "title": "青溪湿地迎来两万只“冬客”",
            "byline": ["文/图　本报记者　阮清和", "本报记者　阮清和", "阮清和"],
            "captions": ["一群小天鹅在青溪湿地浅水区觅食。"],
            "body": [
                "清晨七点，薄雾还没散去，青溪湿地保护站的观测员苗永福已经架好了望远镜。"
                "“你看那一片白的，是小天鹅，前天数过，有三百四十多只。”",
                "记者从岚州市林业局获悉，今年11月下旬开展的越冬水鸟同步调查显示，青溪湿地共记录到水鸟"
                "43种、约2.1万只，{cap}数量比去年同期增加了一成多，已经连续三年增长。"
                "其中，白琵鹭、鸿雁等国家重点保护鸟类的数量明显增多。",
                "苗永福在保护站工作了十二年。他说，十年前湿地周边还有不少鱼塘和采砂场，"
                "冬天来的鸟不到现在的一半。近几年，当地退塘还湿一千多亩，{run}又在核心区设置了"
                "禁入区域，鸟儿“住得安稳了，来的也就多了”。",
                "湿地周边的村民也成了护鸟队伍的一员。下游的沙洲村组织了十几名村民巡护队，"
                "每天沿湖岸巡查，清理废弃渔网，劝阻捕鸟行为。村民汤德明说：“以前嫌鸟吃庄稼，"
                "现在来看鸟的人多了，村里办起了农家乐，鸟成了大家的‘财神’。”",
                "保护站提醒，观鸟爱好者请在指定观测点活动，不要靠近鸟群拍摄，更不要投喂，以免惊扰候鸟越冬。",
            ],
        },
        {
            "lines": ["数据", "11月各区县环境空气质量排名"],
            "section": ["数据", None],
            "kicker": [None, "数据"],
            "title": "11月各区县环境空气质量排名",
            "body": [
                ("row", "排名　区县　　　优良天数　　PM2.5（微克/立方米）"),
                ("row", "1　　青溪县　　　30　　　　　21"),
                ("row", "2　　枫林区　　　29　　　　　24"),
                ("row", "3　　云岭县　　　29　　　　　26"),
                ("row", "4　　城南区　　　27　　　　　31"),
                ("row", "5　　白沙区　　　26　　　　　33"),
                ("row", "6　　港口区　　　24　　　　　38"),
                ("row", "注：排名按综合指数由低到高排列，综合指数越低，空气质量越好。"),
                ("srow", "数据来源：岚州市生态环境局"),
            ],
        },
        {
            "lines": ["环保小贴士", "冬季取暖这样更环保"],
            "section": ["环保小贴士", None],
            "kicker": [None, "环保小贴士"],
            "title": "冬季取暖这样更环保",
            "body": [
                "①空调制热温度设在18℃至20℃之间，每调低1℃，可节电约一成。",
                "②电暖器不要长时间空烧，人离开房间时随手关闭。",
                "③不在室内和阳台焚烧树叶、纸张取暖，农村地区尽量使用清洁能源。",
            ],
        },
        {
            "lines": ["曝光台", "记者再访", "河道旁的建筑垃圾清走了"],
            "section": ["曝光台", None],
            "kicker": ["记者再访", "曝光台"],
            "title": "河道旁的建筑垃圾清走了",
            "byline": [None, "阮清和"],
            "body": [
                "本报记者　阮清和　11月20日，本版曝光了城南区金塘河沿岸堆放建筑垃圾的问题。"
                "12月12日，记者再次来到现场看到，河岸边的垃圾已经清运完毕，裸露的地面覆盖了防尘网。",
                "城南区城管局工作人员介绍，报道刊发后，该局联合街道连续作业五天，共清运建筑垃圾"
                "约900吨，并对倾倒垃圾的运输车辆进行了查处。下一步将在河道沿线加装监控，防止问题反弹。",
            ],
        },
        {
            "lines": ["生态快讯", "全市新增三处“口袋公园”"],
            "section": ["生态快讯", None],
            "kicker": [None, "生态快讯"],
            "title": "全市新增三处“口袋公园”",
            "body": [
                "本报讯　记者从市园林绿化中心获悉，枫林区、白沙区的三处“口袋公园”近日建成开放，"
                "总面积约1.2万平方米，种植乔木、灌木三十余种。",
            ],
        },
        {
            "lines": ["废旧电池回收箱进驻120个小区"],
            "section": ["生态快讯", None],
            "kicker": [None, "生态快讯"],
            "title": "废旧电池回收箱进驻120个小区",
            "byline": [None, "包　蕾", "包蕾"],
            "body": [
                "本报讯（见习记者　包　蕾）市生态环境局联合供销社在全市120个小区设置了废旧电池、"
                "过期药品回收箱，居民投放满十次可兑换一包环保垃圾袋。",
            ],
        },
    ],
}

KEJI = {
    "name": "zh_gb18030_crlf_keji_shuma_page_zhuti_futi_byline_rare_char_caption_credit_midsentence_running_head_"
    "ascii_model_names_xinpin_sudi_box_canshu_rows_square_headings_pingce_shuma_kuaixun",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "鹭屿晚报 2026-12-15 B4版 科技·数码, GB18030 (`𫖮` U+2B5AE in a reporter's name, not in GBK), CRLF; "
    "no blank lines inside an article (indent-only paragraphs), wrapped at 21, ASCII model names and "
    "figures (`AI`, `5G`, `Wi-Fi 7`, `3999元`) kept whole. A trade-in story (主题, 副题, byline line "
    "`本报记者　甘𫖮　实习生　殷可心`, caption + credit inside a sentence, the running head inside a sentence, a "
    "column break); a 新品速递 box (a product name head, four `参数：值` rows, a `参考价` row); a hands-on "
    "review under `■` headings signed `本报记者　甘𫖮`; a 数码快讯 column of two items.",
    "date": "2026-12-15",
    "page": "B4",
    "head": ["鹭屿晚报", "2026年12月15日　星期二　B4　科技·数码　　　编辑：宫　澈　　美编：骆小禾"],
    "foot": ["科技新闻线索：0592-5090123　　微信公众号：鹭屿晚报科技"],
    "furniture": [
        "鹭屿晚报",
        "2026年12月15日",
        "星期二",
        "B4",
        "科技·数码",
        "编辑：宫　澈",
        "美编：骆小禾",
        "鹭屿晚报　科技·数码",
        "科技新闻线索：0592-5090123",
        "微信公众号：鹭屿晚报科技",
    ],
    "run": ["鹭屿晚报　科技·数码"],
    "labels": ["数码快讯"],
    "articles": [
        {
            "lines": [
                "旧手机换新机　补贴最高500元",
                "年底数码消费升温，AI手机和折叠屏成热门",
                "本报记者　甘𫖮　实习生　殷可心",
            ],
            "title": "旧手机换新机　补贴最高500元",
            "subtitle": "年底数码消费升温，AI手机和折叠屏成热门",
            "byline": ["本报记者　甘𫖮　实习生　殷可心", "甘𫖮"],
            "captions": ["市民在鹭屿中山路一家手机门店体验新款折叠屏手机。"],
            "credits": ["实习生　殷可心　摄"],
            "body": [
                "周末，记者走访鹭屿市区多家手机门店和电脑卖场发现，临近年底，前来咨询以旧换新的市民明显增多。"
                "不少门店在门口摆出“旧机最高抵扣500元”的展板，{cap}店员忙着为顾客检测旧手机。",
                "市商务局介绍，本轮数码产品以旧换新补贴将持续到明年1月31日，消费者购买单价不超过6000元的"
                "手机、平板电脑和智能手表，可按售价的15%享受补贴，每件最高500元，每类产品限购一件。",
                "“我这台用了五年，电池一天要充三次。”正在排队的市民樊先生说，他的旧手机估价380元，"
                "加上补贴，买一台3999元的5G手机{run}实际只要付三千出头。",
                "从销售情况看，带AI功能的手机和折叠屏手机最受欢迎。一家门店店长告诉记者，"
                "本月折叠屏手机的销量比上月翻了一番，购买者中三十岁以下的年轻人占了{col}六成。",
                "电脑卖场的情况也类似。一家电脑城的销售经理说，笔记本电脑的销量比去年同期增长了两成，"
                "其中不少是家长给准备考研、找实习的大学生购买的。",
                "业内人士提醒，旧手机交易前要备份资料、退出账号并恢复出厂设置，防止个人信息泄露。",
            ],
        },
        {
            "lines": ["新品速递", "青岚 Note 12 Pro"],
            "section": ["新品速递", None],
            "kicker": [None, "新品速递"],
            "title": "青岚 Note 12 Pro",
            "body": [
                ("row", "屏幕：6.7英寸OLED，120Hz刷新率"),
                ("row", "电池：5800mAh，支持90W快充"),
                ("row", "相机：5000万像素主摄＋800万像素超广角"),
                ("row", "网络：5G双卡，支持Wi-Fi 7"),
                ("row", "参考价：2599元起"),
            ],
        },
        {
            "lines": ["上手一周：千元平板能不能当学习机？"],
            "title": "上手一周：千元平板能不能当学习机？",
            "byline": ["本报记者　甘𫖮", "甘𫖮"],
            "body": [
                "最近不少家长问，孩子上网课、查资料，买一台一千多元的平板够不够用？"
                "记者借来一台售价1299元的11英寸平板，让上初二的侄女用了一周。",
                ("h", "■屏幕：看网课够用，长时间看要注意休息"),
                "这台平板的屏幕亮度不算高，白天靠窗使用时有些反光，晚上在台灯下看网课则比较清楚。"
                "护眼模式开启后画面偏黄，孩子一开始不太习惯。",
                ("h", "■续航：一天一充没压力"),
                "一周里，平均每天使用四个多小时，晚上剩余电量都在30%以上。充满电大约需要两个半小时。",
                ("h", "■管控：家长模式要提前设置"),
                "系统自带的家长模式可以限制使用时长和安装应用，但设置入口较深，建议家长买回来后先花十分钟"
                "把规则设好，再交给孩子。",
                ("end", "本报记者　甘𫖮"),
            ],
        },
        {
            "lines": ["数码快讯", "全市5G基站突破1.8万个"],
            "section": ["数码快讯", None],
            "kicker": [None, "数码快讯"],
            "title": "全市5G基站突破1.8万个",
            "body": [
                "本报讯　记者从市通信管理局获悉，截至11月底，全市累计建成5G基站18260个，"
                "主城区和全部乡镇实现5G网络连续覆盖。",
            ],
        },
        {
            "lines": ["电子产品回收点开到地铁站"],
            "section": ["数码快讯", None],
            "kicker": [None, "数码快讯"],
            "title": "电子产品回收点开到地铁站",
            "body": [
                "本报讯　即日起，地铁1号线、2号线的8个站点设置旧手机、充电宝回收柜，"
                "市民扫码即可查看回收价格，数据清除后出具证明。",
            ],
        },
    ],
}

PINGLUN = {
    "name": "zh_utf16le_bom_lf_pinglun_page_shelun_label_unsigned_benbao_pinglunyuan_square_byline_lailun_author_"
    "note_paragraph_caption_manhua_zuo_midsentence_running_head_sanyan_liangyu_signed_at_end_bracket_names",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 23,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "青陵日报 2026-12-16 第5版 评论, UTF-16 LE with BOM, LF; blank-line paragraphs with a two-space "
    "indent, wrapped at 23. An unsigned 社论 under its label; a 本报评论员 piece with a `□` byline line, the "
    "running head inside a sentence; a 来论 piece by a reader (`□　乔立新`), a cartoon's caption and "
    "`钟小楠　作` credit dropped inside a sentence, the author's note `（作者系…）` as its last paragraph; a "
    "三言两语 column of two short items each signed at its end with a bracketed name.",
    "date": "2026-12-16",
    "page": "5",
    "head": ["青陵日报　2026年12月16日　星期三　第5版", "评论　　　　　　责任编辑：沈慕白　　版式：卜　凡"],
    "foot": ["来稿请寄：plyb@qlrb.example.cn　　来稿请注明真实姓名、工作单位和联系电话"],
    "furniture": [
        "青陵日报",
        "2026年12月16日",
        "星期三",
        "第5版",
        "评论",
        "责任编辑：沈慕白",
        "版式：卜　凡",
        "青陵日报·评论　第5版",
        "来稿请寄：plyb@qlrb.example.cn",
        "来稿请注明真实姓名、工作单位和联系电话",
    ],
    "run": ["青陵日报·评论　第5版"],
    "labels": ["三言两语"],
    "articles": [
        {
            "lines": ["社论", "让“一老一小”在家门口有着落"],
            "section": ["社论", None],
            "kicker": [None, "社论"],
            "title": "让“一老一小”在家门口有着落",
            "body": [
                "岁末年初，不少家庭都在盘算同一件事：父母年纪大了，白天谁来照看；孩子放学早，"
                "下午四点到六点这段时间怎么办。“一老一小”的事，是家事，也是城市治理的大事。",
                "这两年，我市在社区建起了一批嵌入式养老服务站和托育点，老人能就近吃上热饭，"
                "孩子能在家门口写作业。但也要看到，服务点分布还不均衡，老城区场地紧张，"
                "新建小区配套跟不上，一些服务点开了门却“叫好不叫座”。",
                "老人和孩子的需求并不相同。老人要的是吃得上、看得上病、有人说说话；孩子要的是安全、"
                "有人辅导、有地方活动。把养老和托育放在同一个服务站里，可以共用场地和人手，"
                "也让两代人有了更多见面的机会，一些社区的“老少同乐”活动就很受欢迎。",
                "办好这件事，既要算“面积账”，更要算“需求账”。服务放在哪里、开到几点、收费多少，"
                "应当多听听居民的意见，而不是简单按指标铺开。把群众的小事当成自己的大事，"
                "“一老一小”才能真正有着落。",
            ],
        },
        {
            "lines": ["“最后一公里”不能变成“最后一道坎”", "□本报评论员　舒　岩"],
            "title": "“最后一公里”不能变成“最后一道坎”",
            "byline": ["□本报评论员　舒　岩", "本报评论员　舒　岩", "舒岩"],
            "body": [
                "据报道，一些群众到窗口办事，材料在网上已经提交过一遍，到了现场还要再交一遍纸质版；"
                "手机上显示“已受理”，却迟迟等不到下文。数据跑了路，群众却还在跑腿。",
                "出现这种情况，有技术的原因，更有观念的原因。有的部门习惯“见纸放心”，"
                "有的系统之间数据不通，{run}还有的工作人员怕担责任，宁可多要一份材料。",
                "“最后一公里”是服务群众的关键一步，不能变成群众眼里的“最后一道坎”。"
                "哪些材料可以免交、哪些环节可以合并，应当一项项列出清单，向社会公开，接受群众监督。",
            ],
        },
        {
            "lines": ["来论", "别让“打卡式”阅读冲淡了读书的乐趣", "□　乔立新"],
            "section": ["来论", None],
            "kicker": [None, "来论"],
            "title": "别让“打卡式”阅读冲淡了读书的乐趣",
            "byline": ["□　乔立新", "乔立新"],
            "captions": ["漫画：“今天读了吗？”"],
            "credits": ["钟小楠　作"],
            "body": [
                "寒假将至，不少学校给学生布置了阅读打卡任务：每天读够半小时，拍照上传，再写一段读后感。"
                "初衷是好的，可在一些家庭，打卡变成了家长的任务，孩子{cap}对着书拍完照就算完事。",
                "读书本来是件快乐的事。与其规定每天读多少页、写多少字，不如给孩子多一些选择的空间，"
                "让他们读自己喜欢的书，和同学、家人聊聊书里的故事。",
                "（作者系青陵师范学院附属小学教师）",
            ],
        },
        {
            "lines": ["三言两语", "“暖心椅”要常放"],
            "section": ["三言两语", None],
            "kicker": [None, "三言两语"],
            "title": "“暖心椅”要常放",
            "byline": ["（林　默）", "林　默", "林默"],
            "body": [
                "近日，不少银行网点、超市收银台旁放上了“暖心椅”，方便老人歇脚。好事要做长久，"
                "别等检查过了，椅子也收走了。",
                ("end", "（林　默）"),
            ],
        },
        {
            "lines": ["外卖骑手也需要“歇脚点”"],
            "section": ["三言两语", None],
            "kicker": [None, "三言两语"],
            "title": "外卖骑手也需要“歇脚点”",
            "byline": ["（苏　禾）", "苏　禾", "苏禾"],
            "body": [
                "寒风中，骑手们常常只能在路边等单。商场、写字楼能否腾出一角，"
                "放几把椅子、一台热水器，让他们喝口热水再出发？",
                ("end", "（苏　禾）"),
            ],
        },
    ],
}

YUEDU = {
    "name": "zht_utf8_bom_crlf_taiwan_yuedu_page_shuping_wen_slash_author_identity_byline_shuming_zuozhe_chuban_"
    "info_rows_caption_midsentence_running_head_xinshu_kuaidi_slash_rows_duzhe_toushu_signed_at_end_yuedu_kuaixun",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "",
    "blank": True,
    "note": "港都新報 2026-12-17 (民國115年) 第11版 閱讀, a Taiwan daily's books page, UTF-8 with BOM, CRLF; no "
    "indent, blank lines between paragraphs, wrapped at 21. A book review (title, 副題, byline line "
    "`文／黃詩涵（文字工作者）`, a 書名／作者／出版／定價 info block as the review's first lines, a cover caption "
    "+ `（南方灣出版社提供）` inside a sentence, the running head inside a sentence); a 新書快遞 list of four "
    "`《書名》／作者／出版社` rows; a reader's essay 我的第一本書 signed at its end `（高雄讀者　鄭雅文）`; a "
    "閱讀快訊 column of two items (`（記者X／高雄報導）` lead, `【本報訊】`).",
    "date": "2026-12-17",
    "page": "11",
    "head": ["港都新報　中華民國115年12月17日　星期四", "第11版　閱讀　　　　主編：宋佩珊　　美編：鍾以安"],
    "foot": ["投稿信箱：reading@kdnews.example.tw　　來稿請附真實姓名、地址及電話"],
    "furniture": [
        "港都新報",
        "中華民國115年12月17日",
        "星期四",
        "第11版",
        "閱讀",
        "主編：宋佩珊",
        "美編：鍾以安",
        "港都新報／閱讀",
        "投稿信箱：reading@kdnews.example.tw",
        "來稿請附真實姓名、地址及電話",
    ],
    "run": ["港都新報／閱讀"],
    "labels": ["閱讀快訊"],
    "articles": [
        {
            "lines": ["在鹽田與海風之間，寫一座小鎮", "讀蔡岳霖《海風裡的鹽》", "文／黃詩涵（文字工作者）"],
            "title": "在鹽田與海風之間，寫一座小鎮",
            "subtitle": "讀蔡岳霖《海風裡的鹽》",
            "byline": ["文／黃詩涵（文字工作者）", "黃詩涵（文字工作者）", "黃詩涵"],
            "captions": ["《海風裡的鹽》書封。"],
            "credits": ["（南方灣出版社提供）"],
            "body": [
                ("row", "書名：《海風裡的鹽》"),
                ("row", "作者：蔡岳霖"),
                ("row", "出版：南方灣出版社"),
                ("row", "定價：新臺幣380元"),
                "翻開這本書之前，我對台南七股的印象只有觀光鹽山和冬天的黑面琵鷺。作者卻在書裡告訴我們，"
                "那片白色的土地曾經養活了好幾代人，也讓好幾代人曬得一身黝黑。",
                "蔡岳霖的祖父是鹽工，{cap}他從小在鹽田邊長大，聽著刮鹽、挑鹽的號子入睡。"
                "全書十二篇散文，從阿公的斗笠寫到鹽場收曬後離鄉的同學，文字樸素，卻處處有畫面。",
                "最動人的是〈最後一季〉。作者寫一九九○年代鹽場停曬前的最後一個夏天，老鹽工們"
                "照常天未亮就下田，{run}收工時卻沒有人說話。那種沉默，比任何控訴都有力量。",
                "若說有什麼遺憾，是書末幾篇寫返鄉後的生活稍嫌匆促。但對想認識台灣鹽業記憶的讀者來說，"
                "這仍是一本值得細讀的書。",
            ],
        },
        {
            "lines": ["新書快遞"],
            "title": "新書快遞",
            "body": [
                ("row", "《島嶼的夜間飛行》／林怡君／青橋文化"),
                ("row", "《阿嬤的灶腳》／吳承翰／竹光出版"),
                ("row", "《從零開始學釣魚》／許哲銘／海岸書房"),
                ("row", "《給十七歲的信》／張雅筑／雨林出版社"),
            ],
        },
        {
            "lines": ["我的第一本書"],
            "title": "我的第一本書",
            "byline": ["（高雄讀者　鄭雅文）", "高雄讀者　鄭雅文", "鄭雅文"],
            "body": [
                "小學三年級那年，村裡的巡迴書車第一次開到我們學校。書車上的阿姨讓每個人挑一本帶回家，"
                "我挑了一本封面破了角的《小王子》。",
                "那時我看不懂玫瑰和狐狸的故事，只覺得那個小男孩很孤單。後來搬到城市，"
                "書早就不知道去哪裡了，可每次經過書店，我都會多看一眼架上的《小王子》。",
                "去年，我當了女兒學校的說故事志工。第一次上台，我講的就是小王子和狐狸。",
                ("end", "（高雄讀者　鄭雅文）"),
            ],
        },
        {
            "lines": ["閱讀快訊", "市圖夜間開放延長至十點"],
            "section": ["閱讀快訊", None],
            "kicker": [None, "閱讀快訊"],
            "title": "市圖夜間開放延長至十點",
            "byline": [None, "馮家維"],
            "body": [
                "（記者馮家維／高雄報導）市立圖書館總館自明年1月起，週五、週六開放時間延長至晚上10時，"
                "自習室同步延長，讀者可先上網預約座位。",
            ],
        },
        {
            "lines": ["二手書市集週末登場"],
            "section": ["閱讀快訊", None],
            "kicker": [None, "閱讀快訊"],
            "title": "二手書市集週末登場",
            "body": [
                "【本報訊】「港都二手書市集」12月19日、20日在駁二藝術特區舉行，二十多家獨立書店和"
                "個人書攤參加，民眾也可帶舊書來交換。",
            ],
        },
    ],
}

TAIHUA = {
    "name": "zht_big5_lf_thai_huawenbao_taihua_shehui_page_benbao_manggu_xun_lead_no_byline_baht_caption_benbao_"
    "she_midsentence_running_head_shankuan_fangminglu_rows_yizi_taiwen_source_line_meiri_taiyu_box_jianxun_one_item",
    "encoding": "big5",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "湄南日報 2026-12-18 第7版 泰華社會, a Bangkok Chinese-language daily, traditional characters, Big5 (strict, no cp950 extras), "
    "LF; no blank lines inside an article (indent-only paragraphs), wrapped at 22. A flood-relief story "
    "(title, 副題, no byline, `【本報曼谷訊】` lead, 泰銖 sums, caption + `（本報攝）` inside a sentence, the "
    "running head inside a sentence); a 善款芳名錄 list of donors and sums (rows, a `（續昨）` row) under its "
    "label; a 泰國要聞 item translated from a Thai paper with its source line `（譯自泰文《晨光報》）`; a 每日泰語 "
    "box (a romanized phrase and its gloss); a 簡訊 label over one item (`（本報合艾訊）`). A second story under a byline line `本報記者　蘇錦華`.",
    "date": "2026-12-18",
    "page": "7",
    "head": ["湄南日報　THE MENAM CHINESE DAILY", "佛曆2569年　西曆2026年12月18日　星期五　第7版　泰華社會"],
    "foot": ["社址：曼谷石龍軍路1088號　　新聞部電話：02-2345678　　每份20銖"],
    "furniture": [
        "湄南日報",
        "THE MENAM CHINESE DAILY",
        "佛曆2569年",
        "西曆2026年12月18日",
        "星期五",
        "第7版",
        "泰華社會",
        "湄南日報　泰華社會",
        "社址：曼谷石龍軍路1088號",
        "新聞部電話：02-2345678",
        "每份20銖",
    ],
    "run": ["湄南日報　泰華社會"],
    "markup": ["（譯自）"],
    "labels": ["簡訊"],
    "articles": [
        {
            "lines": ["七僑團聯合賑災　首批物資運抵南部", "善款逾八百萬銖　救援隊將分批南下"],
            "title": "七僑團聯合賑災　首批物資運抵南部",
            "subtitle": "善款逾八百萬銖　救援隊將分批南下",
            "captions": ["僑團志工在會館前將大米、飲用水裝車。"],
            "credits": ["（本報攝）"],
            "body": [
                "【本報曼谷訊】泰國南部多府連日暴雨成災，本市潮州、客屬、海南等七個僑團日前成立聯合賑災小組，"
                "發動僑社募捐。截至十七日，各界捐款已逾八百萬銖，首批大米、飲用水和藥品已於昨日清晨運抵宋卡府。",
                "賑災小組召集人、潮安同鄉會理事長鄭國樑表示，此次災情嚴重，{cap}不少災民的房屋和農田被淹，"
                "最缺的是乾糧、飲用水和藥品。小組將與當地府政府和慈善團體合作，確保物資直接送到災民手中。",
                "據了解，第二批物資包括一千箱速食麵和五百張草蓆，預定本週日出發。小組同時招募懂泰語、"
                "會駕駛的志工，{run}報名者可於每日上午九時至下午四時到潮安同鄉會登記。",
                "宋卡府災民收容中心負責人昨日致電賑災小組表示感謝。他說，中心目前收容災民一千四百多人，"
                "其中老人和兒童佔了一半，僑團送來的物資解了燃眉之急。",
                "鄭國樑說，僑胞在泰國生活了好幾代，泰國就是家，家鄉有難，大家理應出一份力。",
            ],
        },
        {
            "lines": ["泰華作協出版年度散文選", "本報記者　蘇錦華"],
            "title": "泰華作協出版年度散文選",
            "byline": ["本報記者　蘇錦華", "蘇錦華"],
            "body": [
                "泰華寫作人協會編選的《湄南河畔（二○二六）》日前出版，收錄四十二位會員的散文六十篇，"
                "內容包括僑居生活、家鄉記憶和泰國風土人情。",
                "協會會長馬秀英在首發式上說，泰華文學已走過近百年，老一輩作家逐漸凋零，"
                "協會近年開辦寫作班，鼓勵年輕一代用華文寫下自己的故事。這次入選的作者中，"
                "最年輕的是一名十九歲的大學生。",
                "首發式上，幾位作者分享了寫作經歷。一位在唐人街經營藥材店六十年的老作者說，"
                "他白天看店，晚上寫稿，幾十年來在報上發表了三百多篇文章，這次是第一次有作品收入選集。",
                "該書在曼谷各華文書店發售，每冊二百五十銖，收入將撥作協會出版基金。",
            ],
        },
        {
            "lines": ["善款芳名錄", "南部水災賑災捐款（第三批）"],
            "section": ["善款芳名錄", None],
            "kicker": [None, "善款芳名錄"],
            "title": "南部水災賑災捐款（第三批）",
            "body": [
                ("row", "（續昨）"),
                ("row", "泰國福山同鄉會　　　　二十萬銖"),
                ("row", "曼谷華僑米商公會　　　十五萬銖"),
                ("row", "林氏宗親總會　　　　　十萬銖"),
                ("row", "許美蓮女士　　　　　　五萬銖"),
                ("row", "無名氏　　　　　　　　二萬銖"),
            ],
        },
        {
            "lines": ["泰國要聞", "政府擬延長電費補貼至明年三月"],
            "section": ["泰國要聞", None],
            "kicker": [None, "泰國要聞"],
            "title": "政府擬延長電費補貼至明年三月",
            "source": ["泰文《晨光報》", "譯自泰文《晨光報》", "（譯自泰文《晨光報》）"],
            "body": [
                "能源部官員表示，為減輕民眾生活負擔，政府擬將每月用電量三百度以下家庭的電費補貼延長至明年三月底，"
                "相關方案將於下週提交內閣會議審議。",
                "據統計，全國約有一千五百萬戶家庭符合補貼條件，延長三個月所需經費約一百二十億銖。",
                ("end", "（譯自泰文《晨光報》）"),
            ],
        },
        {
            "lines": ["每日泰語"],
            "title": "每日泰語",
            "body": [
                "Mai pen rai（麥本萊）：沒關係、不要緊。",
                "泰國人常把這句話掛在嘴邊，遇到小麻煩時說一句，氣氛就輕鬆多了。",
            ],
        },
        {
            "lines": ["簡訊", "合艾華校舉辦華語演講比賽"],
            "section": ["簡訊", None],
            "kicker": [None, "簡訊"],
            "title": "合艾華校舉辦華語演講比賽",
            "body": [
                "（本報合艾訊）合艾地區六所華文學校上週末聯合舉辦華語演講比賽，"
                "八十多名學生參賽，育德學校三名學生分獲小學組前三名。",
            ],
        },
    ],
}

FENGHUA = {
    "name": "zht_big5hkscs_crlf_vancouver_huawenbao_bendi_page_bracket_lead_jizhe_place_baodao_cantonese_quote_caption_"
    "she_midsentence_running_head_zhuan_jump_huodong_rows_zhuanlan_credential_line_duzhe_laixin_jianxun",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "楓華日報 2026-12-19 A9 大溫本地, a Vancouver Chinese-language daily in Hong Kong style, Big5-HKSCS "
    "(Cantonese `咗 啲 喺 嚟`, none in cp950), CRLF; blank-line paragraphs with a two-space indent, wrapped at "
    "22. A story whose reporter is named inside the bracketed lead `【本報記者梁家豪列治文報道】` (no byline "
    "line), a resident's Cantonese quote, 加元 sums, caption + `（梁家豪攝）` inside a sentence, the running "
    "head inside a sentence, a jump line `（轉A10版）` after a paragraph cut mid-sentence; a 社區活動 calendar "
    "(a header row, four rows); a tax column 稅務錦囊 under a writer's line with her credential "
    "`■曾慧儀（註冊專業會計師）`; a reader's letter signed at its end `本拿比讀者　何太`; a 社區簡訊 column of two `【本報訊】` items.",
    "date": "2026-12-19",
    "page": "A9",
    "head": ["楓華日報　2026年12月19日　星期六", "A9　大溫本地　　　編輯：關子朗"],
    "foot": ["新聞熱線：604-555-0188　　電郵：news@fenghua.example.ca"],
    "furniture": [
        "楓華日報",
        "2026年12月19日",
        "星期六",
        "A9",
        "大溫本地",
        "編輯：關子朗",
        "楓華日報　大溫本地　A9",
        "（轉A10版）",
        "新聞熱線：604-555-0188",
        "電郵：news@fenghua.example.ca",
    ],
    "run": ["楓華日報　大溫本地　A9"],
    "labels": ["社區簡訊"],
    "articles": [
        {
            "lines": ["列治文華人長者中心擴建", "明年秋季啟用　日間名額增一倍"],
            "title": "列治文華人長者中心擴建",
            "subtitle": "明年秋季啟用　日間名額增一倍",
            "byline": [None, "梁家豪"],
            "captions": ["長者在中心活動室參加太極班。"],
            "credits": ["（梁家豪攝）"],
            "body": [
                "【本報記者梁家豪列治文報道】服務列治文華人長者逾二十年的松柏長者中心，"
                "昨日宣布擴建計劃，預計明年秋季啟用，日間護理名額由四十個增至八十個。",
                "中心總幹事黎寶珊表示，近年區內華人長者人數上升，{cap}中心輪候日間護理的長者"
                "超過一百人，部分要等大半年。擴建工程總開支約四百二十萬加元，其中三百萬元由省政府撥款，"
                "其餘由中心向社區募集。",
                "每星期來中心三次的梅伯說：「屋企冇人陪，嚟呢度有人傾偈、有人一齊食飯，"
                "日子過得快啲。」他希望擴建後多開幾班粵曲班，{run}「而家報名都報唔到」。",
                "記者昨日到訪中心，只見活動室擠滿長者，有人打麻雀，有人練書法。負責接待的義工表示，"
                "中心每日供應午餐，每餐收費五元，不少長者一早坐巴士前來，下午四時才離開。",
                "黎寶珊說，新大樓將增設",
                ("end", "（轉A10版）"),
            ],
        },
        {
            "lines": ["社區活動", "本週社區活動一覽"],
            "section": ["社區活動", None],
            "kicker": [None, "社區活動"],
            "title": "本週社區活動一覽",
            "body": [
                ("row", "日期　　時間　　　　活動　　　　　　　地點"),
                ("row", "12/20　上午10時　　長者防騙講座　　　　松柏長者中心"),
                ("row", "12/21　下午2時　　 聖誕親子手工班　　　本拿比公共圖書館"),
                ("row", "12/23　晚上7時　　 粵曲欣賞會　　　　　列治文文化中心"),
                ("row", "12/27　上午9時　　 新移民報稅簡介　　　華埠社區會堂"),
            ],
        },
        {
            "lines": ["稅務錦囊", "年底前做好三件事　明年報稅更輕鬆", "■曾慧儀（註冊專業會計師）"],
            "section": ["稅務錦囊", None],
            "kicker": [None, "稅務錦囊"],
            "title": "年底前做好三件事　明年報稅更輕鬆",
            "byline": ["■曾慧儀（註冊專業會計師）", "曾慧儀（註冊專業會計師）", "曾慧儀"],
            "body": [
                "又到年尾，不少讀者問，有冇啲事情要喺十二月三十一日之前做好？以下三點供大家參考。",
                "第一，如有意供款入退休儲蓄計劃，今年的供款可用來扣減明年報稅的收入；"
                "第二，慈善捐款要在年底前完成，並保留正式收據；第三，醫療開支單據要整理好，"
                "全家人的醫療費可以合併申報。",
                "另外，長者要留意，年滿七十一歲當年年底前，退休儲蓄計劃須轉為退休收入基金或年金，"
                "否則整筆款項會被當作收入計稅。",
                "各人情況不同，如有疑問，最好向專業人士查詢。",
            ],
        },
        {
            "lines": ["讀者來信", "公園路燈壞咗兩個月"],
            "section": ["讀者來信", None],
            "kicker": [None, "讀者來信"],
            "title": "公園路燈壞咗兩個月",
            "byline": ["本拿比讀者　何太", "何太"],
            "body": [
                "編輯先生：我住在本拿比鐵道站附近，屋企後面個公園有三支路燈壞咗兩個月，"
                "晚上行過好黑。我已經打過兩次電話去市政府，到而家都未有人嚟修。",
                "冬天五點鐘就天黑，好多老人家同學生放學都要經過公園，希望有關部門盡快處理。",
                ("end", "本拿比讀者　何太"),
            ],
        },
        {
            "lines": ["社區簡訊", "華埠夜市籌備明年復辦"],
            "section": ["社區簡訊", None],
            "kicker": [None, "社區簡訊"],
            "title": "華埠夜市籌備明年復辦",
            "body": [
                "【本報訊】華埠商會表示，停辦三年的華埠夏季夜市籌備明年七月復辦，"
                "商會正與市府商討場地及保安安排，有意擺檔的商戶可於一月底前登記。",
            ],
        },
        {
            "lines": ["素里圖書館增設中文繪本區"],
            "section": ["社區簡訊", None],
            "kicker": [None, "社區簡訊"],
            "title": "素里圖書館增設中文繪本區",
            "body": [
                "【本報訊】素里公共圖書館城中分館新設中文兒童繪本區，藏書約一千二百冊，"
                "逢週六上午另有義工以廣東話及普通話講故事。",
            ],
        },
    ],
}

WALON = {
    "name": "wa_latin9_crlf_walloon_weekly_caps_kicker_title_subtitle_scrit_pa_byline_line_guillemets_euro_"
    "hyphenation_caption_foto_midsentence_running_head_sute_jump_initials_signed_brief_poem_verse_rows_signed_"
    "runin_titles",
    "encoding": "iso8859-15",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 42,
    "indent": "",
    "blank": True,
    "note": "Li Clabot 2026-12-18, pådje 3, a Walloon weekly from the Liège country, ISO-8859-15 (`å ê ô è`, `€`, "
    "`« »`; no en dash in Latin-9, so head and foot are joined by ` · `), CRLF; blank-line paragraphs, wrapped at 42 with hyphenation. A theatre story (capital kicker "
    'TEYÅTE, title, subtitle, byline line `Scrît pa Mariyete Lhoest` ("written by"), `« »` quotes, caption + '
    "`Foto: X` inside a sentence, the running head inside a sentence, `Sûte al pådje 4` after a paragraph cut "
    "mid-sentence); a Christmas-market story signed at its end with initials in brackets `(J. B.)`; a poem "
    "(title, six verse lines printed as lines, the poet's name alone after it); an E COURT label over two "
    "briefs whose titles run into their text before a full stop.",
    "date": "2026-12-18",
    "page": "3",
    "head": ["LI CLABOT", "Gazete e walon do payis d' Lidje · Vénrdi 18 di decimbe 2026 · Pådje 3 · 2,50 €"],
    "foot": ["Redaccion: 7, ru des Moulneus, 4140 Sprimont · gazete@clabot.example.be"],
    "furniture": [
        "LI CLABOT",
        "Gazete e walon do payis d' Lidje",
        "Vénrdi 18 di decimbe 2026",
        "Pådje 3",
        "2,50 €",
        "Li Clabot | Nos viyaedjes | Pådje 3",
        "Sûte al pådje 4",
        "Redaccion: 7, ru des Moulneus, 4140 Sprimont",
        "gazete@clabot.example.be",
    ],
    "run": ["Li Clabot | Nos viyaedjes | Pådje 3"],
    "markup": ["·", "·", "·", "·", ".", "."],
    "labels": ["ECOURT"],
    "articles": [
        {
            "lines": [
                "TEYÅTE",
                "Les djonnes di Sprimont djouwnut e walon",
                "Ene troupe di vint-deus åmateurs rprind ene novele pîce po les fiesses",
                "Scrît pa Mariyete Lhoest",
            ],
            "kicker": "TEYÅTE",
            "title": "Les djonnes di Sprimont djouwnut e walon",
            "subtitle": "Ene troupe di vint-deus åmateurs rprind ene novele pîce po les fiesses",
            "byline": ["Scrît pa Mariyete Lhoest", "Mariyete Lhoest"],
            "captions": ["Les djoweus des Rafiås rpetèt al såle do patronådje."],
            "credits": ["Foto: Lucyin Dethier"],
            "body": [
                "Dispoy li moes d' setimbe, les djonnes del troupe «Les Rafiås» rpetèt tos les vénrdis al såle "
                "do patro~nådje. Ci côp chal, c' est ene pîce tote novele, «Li Mariaedje da Djosef», k' i "
                "ont tchoezi po les fiesses di l' an.",
                "«Nos grands-parints djåzént walon, mins nos, on l' a apris dins les lives», dit Mådlinne "
                "Collard, ki djowe li role del mere. Li troupe a vint-deus åma~teurs, do pus djonne, ki a "
                "{cap}catoize ans, å pus vî, ki a passé swessante-cénk.",
                "Li pîce a stî scrîte pa Djan-Pire Dossogne, on mwaisse di scole e pinsion. I {run}rconte "
                "l' is~twere d' on djonne ome ki vout mariyî ene båshele di l' ôte costé del Mouze, cwand ses "
                "parints n' el volèt nén.",
                "Les cwate rprezin~taedjes sont metous l' 26 et l' 27 di decimbe, et l' 2 et l' 3 di djanvî, "
                "al såle des fiesses di Sprimont. Les plaeces costèt 12 €, et c' est mitan pris po les efants. "
                "Li troupe a dedja vindou pus d' cint plaeces, et ele ratind",
                ("end", "Sûte al pådje 4"),
            ],
        },
        {
            "lines": ["Li martchî d' Noyé rvént so l' plaece"],
            "title": "Li martchî d' Noyé rvént so l' plaece",
            "byline": ["(J. B.)", "J. B."],
            "body": [
                "Trinte-cénk bårakes di bwès sont ddja metowes so l' plaece do Tiyou a Esneu. Li martchî "
                "d' Noyé serè drovou dispoy vénrdi 18 disk' a dimegne 20 di decimbe, di 11 eures å matén "
                "a 10 eures å nute.",
                "On î trovrè des pèkets, des gåfes, do frou~maedje do payis et des djeus d' bwès fwait "
                "a l' mwin. Li comité a dmandé a tos les mar~tchands di djåzer on pô walon avou les "
                "cliyints.",
                ("end", "(J. B.)"),
            ],
        },
        {
            "lines": ["Li nive"],
            "title": "Li nive",
            "byline": "Renée Piron",
            "body": [
                ("row", "Li nive tome tot doûcetmint"),
                ("row", "so les teus et les tchmins,"),
                ("row", "les efants rewaitèt al finiesse,"),
                ("row", "li vî tchén dwait dvant l' aesse."),
                ("row", "Et l' viyaedje, tot blanc, tot simpe,"),
                ("row", "ratind l' Noyé come on vî conte."),
                ("end", "Renée Piron"),
            ],
        },
        {
            "lines": ["E COURT"],
            "section": ["E COURT", None],
            "kicker": [None, "E COURT"],
            "title": "Cours di walon",
            "runin": ". ",
            "body": [
                "Li Mwaizon del Walonreye d' Esneu rmete ses cours po les grandes djins a pårti do 12 di djanvî, "
                "tos les londis al nute. Les ins~crip~cions si fijhèt å 04 380 12 34.",
            ],
        },
        {
            "section": ["E COURT", None],
            "kicker": [None, "E COURT"],
            "title": "Concert al glîze",
            "runin": ". ",
            "body": [
                "Li cour des Ptits Tchan~teus d' Sprimont tchantrè des Noyés e walon dimegne 20 di decimbe a 4 eures, "
                "al glîze Sint-Martén. L' intrêye est libe.",
            ],
        },
    ],
}

GAELG = {
    "name": "gv_utf8_lf_manx_gaelic_monthly_caps_kicker_title_subtitle_liorish_byline_pound_caption_jalloo_"
    "midsentence_running_head_tooilley_jump_caps_name_byline_letter_salutation_signed_at_end_ayns_giare",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Yn Skeeal 2026-12, duillag 2, a Manx Gaelic monthly from the Isle of Man, UTF-8 without BOM (`’`, "
    "`“ ”`, `£`, `–`, `ç`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A school story (capital "
    'kicker YNSAGHEY, title, subtitle, byline line `Liorish Breesha Kermode` ("by"), caption + `Jalloo: X` '
    "inside a sentence, the running head inside a sentence, `Tooilley er duillag 6` after a paragraph cut "
    "mid-sentence); a harbour story under a byline line in capitals `ORRY KINVIG`; a letter to the editor "
    "opening on the salutation `Y Reagheyder Vie,` and signed at its end `Illiam Corkill, Rhumsaa`; an AYNS "
    "GIARE column of two items with titles on their own lines.",
    "date": "2026-12",
    "page": "2",
    "head": ["YN SKEEAL", "Pabyr-naight Gaelgagh Ellan Vannin · Mee ny Nollick 2026 · Duillag 2 · £1.50"],
    "foot": ["Yn Skeeal, Thie Vondeish, Purt ny Hinshey · screeu@skeeal.example.im"],
    "furniture": [
        "YN SKEEAL",
        "Pabyr-naight Gaelgagh Ellan Vannin",
        "Mee ny Nollick 2026",
        "Duillag 2",
        "£1.50",
        "Yn Skeeal – Naight Ellan Vannin",
        "Tooilley er duillag 6",
        "Yn Skeeal, Thie Vondeish, Purt ny Hinshey",
        "screeu@skeeal.example.im",
    ],
    "run": ["Yn Skeeal – Naight Ellan Vannin"],
    "markup": ["·", "·", "·", "·"],
    "labels": ["AYNSGIARE"],
    "articles": [
        {
            "lines": [
                "YNSAGHEY",
                "Bunscoill Ghaelgagh dy ve ny smoo",
                "Kiare shamyryn noa son paitchyn Phurt ny Hinshey",
                "Liorish Breesha Kermode",
            ],
            "kicker": "YNSAGHEY",
            "title": "Bunscoill Ghaelgagh dy ve ny smoo",
            "subtitle": "Kiare shamyryn noa son paitchyn Phurt ny Hinshey",
            "byline": ["Liorish Breesha Kermode", "Breesha Kermode"],
            "captions": ["Paitchyn y vunscoill ec y thie noa ec jerrey yn ollick."],
            "credits": ["Jalloo: Juan Quayle"],
            "body": [
                "Ta’n vun~scoill Ghael~gagh ayns Purt ny Hinshey goll dy ve ny smoo, as bee kiare shamyryn noa "
                "aarloo roish toshiaght y vlein-scoill noa ayns Mean Fouyir.",
                "Ta 130 paitchyn ec y scoill nish, as ta’n earroo goll seose dagh blein. Dooyrt y "
                "ven-ainshter, Aalid Cregeen, dy vel ymmodee ayr~aghyn as moir~aghyn {cap}laccal "
                "yn~saghey trooid y Ghaelg son nyn baitchyn.",
                "“Cha nel dy-liooar dy roortys ain son ooilley ny paitchyn,” dooyrt ee. “Ta shin feer "
                "wooiagh dy vel {run}y Reiltys er choyrt yn argid dooin.” Ta’n obbyr costal £2.4 millioon.",
                "Bee ny shamyryn noa aarloo ec jerrey’n tourey, as bee thie-lioar noa ayns y "
                "vunscoill neesht, lesh lioaryn Gaelgagh son paitchyn veg as",
                ("end", "Tooilley er duillag 6"),
            ],
        },
        {
            "lines": ["Baatyn-eeastee çheet thie lesh eeast mie", "ORRY KINVIG"],
            "title": "Baatyn-eeastee çheet thie lesh eeast mie",
            "byline": ["ORRY KINVIG", "Orry Kinvig"],
            "body": [
                "Ta ny baatyn-eeastee ayns Doolish er ve çheet thie lesh eeast mie ec jerrey ny blein. Dooyrt "
                "fer-eeastee, Juan Skillicorn, dy vel ny queeinyn ny share na v’ad rish tree blee~antyn.",
                "Agh ta prios yn ooil as yn obbyr er jeet seose, as ta ymmodee eeas~teyryn aegey faagail yn "
                "obbyr. “Ta feme ain er deiney aegey,” dooyrt Juan Skillicorn.",
                "Ta Sheshaght ny Baatyn-eeastee jannoo coorsyn noa son aegid ’sy vlein noa, as ta "
                "shey deiney aegey er reggyral hannah.",
            ],
        },
        {
            "lines": ["Screeuyn", "Ta’n Ghaelg son dy chooilley pheiagh"],
            "section": ["Screeuyn", None],
            "kicker": [None, "Screeuyn"],
            "title": "Ta’n Ghaelg son dy chooilley pheiagh",
            "byline": ["Illiam Corkill, Rhumsaa", "Illiam Corkill"],
            "body": [
                "Y Reagheyder Vie,",
                "Va mee feer wooiagh lhaih my~chione ny ymmodee shesh~aghtyn Gael~gagh noa ayns ny baljyn. "
                "Ta mee jannoo ynsaghey ec y shesh~aght ayns Rhumsaa dagh Jeheiney, as ta kiare persoonyn as "
                "feed çheet dy reg~gyral.",
                "Ta mee shirveish er leeideilyn yn Ellan dy chur barrantys da ny sheshaghtyn shoh, son "
                "ta’n Ghaelg son dy chooilley pheiagh, aeg as shenn.",
                ("end", "Illiam Corkill, Rhumsaa"),
            ],
        },
        {
            "lines": ["AYNS GIARE", "Arrane Nollick ayns Balley Chashtal"],
            "section": ["AYNS GIARE", None],
            "kicker": [None, "AYNS GIARE"],
            "title": "Arrane Nollick ayns Balley Chashtal",
            "body": [
                "Bee arraneyn Nollick Gaelgagh ayns keeill Voirrey ayns Balley Chashtal Jedoonee 20 Mee ny "
                "Nollick ec shiaght er y chlag. Ta fastee da dy chooilley pheiagh.",
            ],
        },
        {
            "lines": ["Bus noa da Skeylley Chreest"],
            "section": ["AYNS GIARE", None],
            "kicker": [None, "AYNS GIARE"],
            "title": "Bus noa da Skeylley Chreest",
            "body": [
                "Veih’n chied laa jeh’n vlein noa, bee bus goll eddyr Skeylley Chreest as Purt ny Hinshey "
                "tree keayrtyn ’sy laa.",
            ],
        },
    ],
}

QHICHWA = {
    "name": "qu_utf16be_bom_crlf_quechua_weekly_caps_kicker_title_subtitle_qillqaq_byline_caps_dateline_soles_"
    "caption_rikchay_midsentence_running_head_qatiy_jump_dash_byline_at_end_qhatu_dot_leader_rows_pisi_willakuykuna",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "Inti Willakuy 2026-12-21, p'anqa 6, a Southern Quechua weekly from Cusco, UTF-16 BE with BOM (`ñ`, "
    "ejectives written with an ASCII apostrophe `p'anqa`, `« »`, `–`), CRLF; blank-line paragraphs, wrapped at 46 "
    "with hyphenation. A potato-farming story (capital kicker CHAKRA, title, subtitle, byline line "
    '`Qillqaq: Rosa Quispe Mamani` ("writer:"), a capital dateline `PISAQ (Qusqu) –` opening paragraph 1, '
    "`S/` sums, caption + `Rikch'ay: X` inside a sentence, the running head inside a sentence, `Qatiy 7 "
    "p'anqapi` after a paragraph cut mid-sentence); a school story signed at its end `– Efraín Condori`; a "
    "QHATU CHANINKUNA box of market prices (five rows with dot leaders, a source line as credit); a PISI WILLAKUYKUNA "
    "column of two items with titles on their own lines.",
    "date": "2026-12-21",
    "page": "6",
    "head": ["INTI WILLAKUY", "Qusqupa semanario | 21 qhapaq raymi killa 2026 | P'anqa 6 | S/ 1,50"],
    "foot": ["Av. Tullumayu 455, Qusqu | willakuy@intiwillakuy.example.pe"],
    "furniture": [
        "INTI WILLAKUY",
        "Qusqupa semanario",
        "21 qhapaq raymi killa 2026",
        "P'anqa 6",
        "S/ 1,50",
        "Inti Willakuy – Ayllukuna",
        "Qatiy 7 p'anqapi",
        "Av. Tullumayu 455, Qusqu",
        "willakuy@intiwillakuy.example.pe",
    ],
    "run": ["Inti Willakuy – Ayllukuna"],
    "markup": ["|", "|", "|", "|", "–"],
    "labels": ["PISIWILLAKUYKUNA"],
    "articles": [
        {
            "lines": [
                "CHAKRA",
                "Papa tarpuypi musuq yachaykuna",
                "Kinsa chunka ayllukunamanta runakuna Pisaqpi huñukurqanku",
                "Qillqaq: Rosa Quispe Mamani",
            ],
            "kicker": "CHAKRA",
            "title": "Papa tarpuypi musuq yachaykuna",
            "subtitle": "Kinsa chunka ayllukunamanta runakuna Pisaqpi huñukurqanku",
            "byline": ["Qillqaq: Rosa Quispe Mamani", "Rosa Quispe Mamani"],
            "captions": ["Ayllu runakuna Pisaq plazapi papa mukukunata akllachkanku."],
            "credits": ["Rikch'ay: Wilber Huamán"],
            "body": [
                "PISAQ (Qusqu) – Kay semanapi kinsa chunka ayllukunamanta runakuna Pisaq llaqtapi "
                "huñu~kurqanku, papa tarpuymanta musuq yachay~kunata yachanankupaq.",
                "Yachachiq Julián Ccori nirqan: «Ñawpa tarpuykunata mana qunqananchikchu, ichaqa "
                "paraqa manaña ñawpa hinachu chayamun». Paykunaqa 120 laya {cap}papakunata "
                "qawarqanku, huk chakrapi hina.",
                "Warmikunapas qharikunapas tapu~kurqanku yaku~manta, {run}chakra allichaymanta, papa "
                "muhu waqay~chay~manta~wan. Munici~pali~dadqa S/ 45 000 qullqita churarqan kay "
                "yachay~kunapaq.",
                "Hamuq watapi huk yachaykunata ruwanqaku Calca llaqtapi. Chaypaqmi ayllukunaqa kunanmantapacha",
                ("end", "Qatiy 7 p'anqapi"),
            ],
        },
        {
            "lines": ["Yachay wasipi iskay simipi yachachinku"],
            "title": "Yachay wasipi iskay simipi yachachinku",
            "byline": ["Efraín Condori", "– Efraín Condori"],
            "body": [
                "Chinchiru llaqtapi huk yachay wasipi warmakunaqa qhichwa simipi kastilla simipiwan "
                "yachakunku. Kay watapi 86 warmakuna yachay wasiman rirqanku.",
                "Yachachiq Marisol Huillca nin: «Warmakunaqa aswan allinta yachakunku mamanku "
                "simipi rimaspa». Tayta mamakunapas kusisqa kachkanku.",
                ("end", "– Efraín Condori"),
            ],
        },
        {
            "lines": ["QHATU CHANINKUNA"],
            "title": "QHATU CHANINKUNA",
            "credits": ["Pukyu: Vinocanchón qhatu, 19 qhapaq raymi killa"],
            "body": [
                ("row", "Papa (huk arroba) ........... S/ 18,00"),
                ("row", "Chuñu (huk kilo) ............ S/ 9,50"),
                ("row", "Sara (huk kilo) ............. S/ 4,20"),
                ("row", "Kinwa (huk kilo) ............ S/ 11,00"),
                ("row", "Habas (huk kilo) ............ S/ 5,80"),
                ("end", "Pukyu: Vinocanchón qhatu, 19 qhapaq raymi killa"),
            ],
        },
        {
            "lines": ["PISI WILLAKUYKUNA", "Raymi Urubambapi"],
            "section": ["PISI WILLAKUYKUNA", None],
            "kicker": [None, "PISI WILLAKUYKUNA"],
            "title": "Raymi Urubambapi",
            "body": [
                "Urubamba llaqtapi 24 p'unchawpi hatun raymi kanqa. Tususqakuna, takiqkuna "
                "ayllukunamanta hamunqaku plazaman.",
            ],
        },
        {
            "lines": ["Musuq ñan Ollantaytambuman"],
            "section": ["PISI WILLAKUYKUNA", None],
            "kicker": [None, "PISI WILLAKUYKUNA"],
            "title": "Musuq ñan Ollantaytambuman",
            "body": [
                "Ollantaytambuman musuq ñanta tukurqankuña. Kunanqa carrokuna iskay horas "
                "pisillapi Qusqumanta chayanku.",
            ],
        },
    ],
}

HILIGAYNON = {
    "name": "hil_cp1252_lf_hiligaynon_weekly_caps_kicker_title_subtitle_ni_byline_email_line_caps_dateline_"
    "caption_litrato_ni_midsentence_running_head_ipadayon_jump_imo_palad_horoscope_rows_mubo_nga_balita",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 45,
    "indent": "",
    "blank": True,
    "note": "Sidlangan 2026-12-20, pahina 3, a Hiligaynon (Ilonggo) weekly from Iloilo, Windows-1252 (`ñ`, "
    "`“ ” ’`, `–`, `•`; sums in `P`, as `₱` is not in cp1252), LF; blank-line paragraphs, wrapped at 45 with "
    "hyphenation. A bridge story (capital kicker BANWA, title, subtitle, byline line `Ni Ana Marie "
    "Gonzaga` with the reporter's e-mail on the line under it, a capital dateline `DAKBANWA SANG ILOILO –` "
    "opening paragraph 1, caption + `Litrato ni X` inside a sentence, the running head inside a sentence, "
    "`Ipadayon sa pahina 7` after a paragraph cut mid-sentence); a fishermen's story under `Ni Leo P. "
    "Salcedo`; an ANG IMO PALAD horoscope box of twelve one-line signs; a MUBO NGA BALITA column of one item.",
    "date": "2026-12-20",
    "page": "3",
    "head": ["SIDLANGAN", "Ang Pamantalaan sang Panay • Disyembre 20, 2026 • Pahina 3 • P20.00"],
    "foot": ["Sidlangan Publishing • Gen. Luna St., Iloilo City • balita@sidlangan.example.ph"],
    "furniture": [
        "SIDLANGAN",
        "Ang Pamantalaan sang Panay",
        "Disyembre 20, 2026",
        "Pahina 3",
        "P20.00",
        "SIDLANGAN • Balita sang Banwa",
        "Ipadayon sa pahina 7",
        "Sidlangan Publishing",
        "Gen. Luna St., Iloilo City",
        "balita@sidlangan.example.ph",
    ],
    "run": ["SIDLANGAN • Balita sang Banwa"],
    "markup": ["•", "•", "•", "•", "•", "anagonzaga@sidlangan.example.ph"],
    "articles": [
        {
            "lines": [
                "BANWA",
                "Bag-ong tulay sa Jaro, bukas na sa Enero",
                "Makaluwas sa traffic ang mga motorista sa Diversion Road",
                "Ni Ana Marie Gonzaga",
                "anagonzaga@sidlangan.example.ph",
            ],
            "kicker": "BANWA",
            "title": "Bag-ong tulay sa Jaro, bukas na sa Enero",
            "subtitle": "Makaluwas sa traffic ang mga motorista sa Diversion Road",
            "byline": ["Ni Ana Marie Gonzaga", "Ana Marie Gonzaga"],
            "captions": ["Ginatapos sang mga trabahador ang sidewalk sang bag-ong tulay sa Jaro."],
            "credits": ["Litrato ni Rodel Tupas"],
            "body": [
                "DAKBANWA SANG ILOILO – Mabuksan na sa publiko ang bag-ong tulay nga naga~angot sang Jaro kag "
                "La Paz sa ika-15 sang Enero, suno sa City Engineer’s Office.",
                "Suno kay Engr. Ramon Villanueva, ang tulay nga may kalabaon nga 220 metros naga~kantidad sang "
                "P380 milyon. Nagsugod ang {cap}pagpatindog sini sang Marso 2025.",
                "“Madamo nga motorista ang makaluwas sa traffic sa Diversion Road kon bukas na ini,” siling ni "
                "Villanueva. Ginpa~ngabay niya ang {run}publiko nga magpasensya samtang gina~tapos ang mga "
                "sidewalk kag suga sa kalsada.",
                "Ang mga negosyante sa palibot sang tulay nagsiling nga ginahulat nila ang pagbukas sini, "
                "kay sa sulod sang pila ka bulan nga pagpa~tindog nagnubo ang ila",
                ("end", "Ipadayon sa pahina 7"),
            ],
        },
        {
            "lines": ["Mga mangingisda sa Guimaras, may bag-ong baroto", "Ni Leo P. Salcedo"],
            "title": "Mga mangingisda sa Guimaras, may bag-ong baroto",
            "byline": ["Ni Leo P. Salcedo", "Leo P. Salcedo"],
            "body": [
                "Kwarenta ka mangi~ngisda sa banwa sang Nueva Valencia ang nakabaton sang bag-ong baroto kag "
                "pukot halin sa probinsya sang Guimaras sini nga semana.",
                "“Sang nag-agi nga bagyo, naguba ang akon baroto. Subong makapanagat na liwat ako,” siling "
                "ni Mang Isidro Gallego, 58, nga naga~panagat na halin pa sang iya pagkabata.",
                "Suno sa opisina sang agrikultura, may kantidad nga P2.4 milyon ang programa, kag "
                "may dugang pa nga ihatag sa Pebrero.",
            ],
        },
        {
            "lines": ["ANG IMO PALAD"],
            "title": "ANG IMO PALAD",
            "body": [
                ("row", "ARIES – Maayo nga adlaw para sa negosyo."),
                ("row", "TAURUS – Maghinay-hinay sa paggasto."),
                ("row", "GEMINI – May maayo nga balita halin sa malayo."),
                ("row", "CANCER – Tipigi ang imo kusog para sa pamilya."),
                ("row", "LEO – Magbulig sa abyan nga nagakinahanglan."),
                ("row", "VIRGO – Mapatuhay ang imo pasensya."),
                ("row", "LIBRA – Malipayon nga paghiliusa sa balay."),
                ("row", "SCORPIO – Likawi ang pagpakig-away."),
                ("row", "SAGITTARIUS – Bag-ong kahigayunan sa trabaho."),
                ("row", "CAPRICORN – Magpahuway kag mag-amlig sa lawas."),
                ("row", "AQUARIUS – Magsulat sa abyan nga dugay mo na wala makita."),
                ("row", "PISCES – Ang swerte nga numero: 7 kag 16."),
            ],
        },
        {
            "lines": ["MUBO NGA BALITA", "Dinagyang: pagpraktis sang mga tribu, ginsugdan na"],
            "section": ["MUBO NGA BALITA", None],
            "kicker": [None, "MUBO NGA BALITA"],
            "title": "Dinagyang: pagpraktis sang mga tribu, ginsugdan na",
            "body": [
                "Ginsugdan na sang napulo ka tribu ang ila pagpraktis para sa Dinagyang sa Enero. Ang mga "
                "eskwelahan sa Jaro kag Molo naghatag sang lugar para sa praktis sa gab-i.",
            ],
        },
    ],
}

PAGES = [SHENGTAI, KEJI, PINGLUN, YUEDU, TAIHUA, FENGHUA, WALON, GAELG, QHICHWA, HILIGAYNON]
