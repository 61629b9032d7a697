"""The text of every holdout38 page, written once: make_holdout38_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head,
`{col}` a column break; `~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a 小标题 heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit). An article with `runin` (a separator such as
` - `) is a run-in item: no head line, its title printed at the start of its first paragraph.
All papers, people, firms and events are invented.
"""

ZHAOPIN = {
    "name": "zh_gbk_crlf_zhaopin_rencai_page_kicker_title_byline_line_caption_midsentence_running_head_"
    "midsentence_gangwei_sudi_box_job_rows_xinxi_laiyuan_credit_qiuzhi_tixing_numbered_paragraphs_"
    "rencai_kuaixun_items",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 24,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "通江日报 2026-12-01 第6版 人才·就业, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 24. A 招聘会 story (kicker, two-part title, byline line, caption + credit inside a "
    "sentence, the running head inside a sentence); a 岗位速递 box of job rows (post, number, pay, firm) "
    "with a `信息来源：` line (its last paragraph); a 求职提醒 piece of 一是/二是/三是 paragraphs under a byline line; "
    "a 人才快讯 column of two 本报讯 items.",
    "date": "2026-12-01",
    "page": "6",
    "head": ["通江日报　　2026年12月1日　星期二", "第6版　人才·就业　　　　责任编辑：庞晓岚"],
    "foot": ["本版邮箱：rencai@tjrb.example.cn　　美编：吕　东　　校对：朱　立"],
    "furniture": [
        "通江日报",
        "2026年12月1日",
        "星期二",
        "第6版",
        "人才·就业",
        "责任编辑：庞晓岚",
        "人才·就业　2026.12.1　第6版",
        "本版邮箱：rencai@tjrb.example.cn",
        "美编：吕　东",
        "校对：朱　立",
    ],
    "run": ["人才·就业　2026.12.1　第6版"],
    "labels": ["人才快讯"],
    "articles": [
        {
            "lines": [
                "冬季促就业专项行动启动",
                "一场招聘会　揽才岗位四千余个",
                "本报记者　韦清源",
            ],
            "kicker": "冬季促就业专项行动启动",
            "title": "一场招聘会　揽才岗位四千余个",
            "byline": ["本报记者　韦清源", "韦清源"],
            "captions": ["求职者在招聘会现场向企业咨询岗位待遇。"],
            "credits": ["本报记者　韦清源　摄"],
            "body": [
                "11月29日上午，2026年通江市冬季促就业专项行动启动仪式暨大型人才招聘会在市会展中心举行。"
                "全市186家企业进场设摊，提供岗位4326个，当天初步达成就业意向1103人。",
                "记者在现场看到，机械制造、电子信息和现代物流三个展区最为热闹。通江精工机械有限公司的"
                "展位前排起了长队，人事主管钱丽娜告诉记者，公司今年新上了两条生产线，{cap}急需数控操作工和"
                "设备维修人员，“上午就收了七十多份简历，有十几个人当场约了面试”。",
                "今年的招聘会首次设置了“零工驿站”和“直播带岗”专区。市人社局就业促进科科长肖敏介绍，"
                "不少企业负责人在手机镜头前讲岗位、答疑问，线上观看人数超过两万人次，"
                "{run}部分岗位在直播间就收到了报名。",
                "来自外省的应届毕业生程昊在电气工程师岗位前停了很久。他说，老家在四川，学的是电气自动化，"
                "“这里的企业愿意给应届生机会，还提供人才公寓，我想留下来试试”。",
                "据了解，专项行动将持续到明年3月，其间全市将举办各类招聘活动五十余场，重点帮助高校毕业生、"
                "农村转移劳动力和就业困难人员找到合适岗位。",
            ],
        },
        {
            "lines": ["岗位速递", "本周部分招聘岗位"],
            "section": ["岗位速递", None],
            "kicker": [None, "岗位速递"],
            "title": "本周部分招聘岗位",
            "body": [
                ("row", "数控车床操作工　8名　月薪6000—8000元　通江精工机械有限公司"),
                ("row", "仓储管理员　5名　月薪4500—5500元　顺达物流（通江）有限公司"),
                ("row", "电气工程师　3名　年薪12万—18万元　江北新能源科技有限公司"),
                ("row", "幼儿园保育员　6名　月薪3800—4200元　通江市实验幼儿园"),
                ("row", "网约配送员　20名　按单计酬　城东零工驿站"),
                ("srow", "信息来源：通江市公共就业服务中心"),
            ],
        },
        {
            "lines": ["求职提醒", "求职时谨防这三类“坑”", "本报记者　肖潇"],
            "section": ["求职提醒", None],
            "kicker": [None, "求职提醒"],
            "title": "求职时谨防这三类“坑”",
            "byline": ["本报记者　肖潇", "肖潇"],
            "body": [
                "年底是求职高峰，也是招聘陷阱的多发期。市劳动保障监察支队梳理了近期接到的投诉，提醒求职者"
                "注意以下几种情况。",
                "一是收取各种名目的费用。凡是以体检费、服装费、培训费为由先收钱的，求职者都要提高警惕，"
                "正规用人单位不会在入职前向劳动者收取费用。",
                "二是以“试用”为名不签合同。有的单位让求职者“先干一个月看看”，既不签劳动合同也不缴社保，"
                "到期后以“不合格”为由辞退，工资也只发一半。",
                "三是夸大宣传的“高薪岗位”。一些招聘广告写着“轻松月入过万”，实际上是推销或者刷单，"
                "求职者应当通过正规渠道核实企业信息。",
            ],
        },
        {
            "lines": ["人才快讯", "高校毕业生见习补贴提高"],
            "section": ["人才快讯", None],
            "kicker": [None, "人才快讯"],
            "title": "高校毕业生见习补贴提高",
            "byline": [None, "石磊"],
            "body": [
                "本报讯（记者　石磊）从12月起，我市就业见习补贴标准由每人每月1800元提高到2100元，"
                "见习期满留用率达到50%以上的见习单位，还可获得每人1000元的一次性奖励。",
            ],
        },
        {
            "lines": ["二十名技能大师领到工作室牌匾"],
            "section": ["人才快讯", None],
            "kicker": [None, "人才快讯"],
            "title": "二十名技能大师领到工作室牌匾",
            "body": [
                "本报讯　11月27日，第三批市级技能大师工作室授牌仪式举行，来自制造、建筑、餐饮等行业的"
                "20名技能人才领到了牌匾，每个工作室将获得5万元建设经费。",
            ],
        },
    ],
}

SHEQU = {
    "name": "zh_utf8bom_lf_shequ_bianmin_page_jiazhuang_dianti_story_byline_line_tongxunyuan_column_break_"
    "midsentence_tingshui_tingdian_notices_time_range_rows_issuer_date_signature_shequ_huodong_items",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 26,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "临江晚报 2026-11-30 A7 社区·便民, UTF-8 with BOM, LF; no blank lines, paragraphs start at a "
    "two-space indent, wrapped at 26. A 加装电梯 story (title with a quoted phrase, byline line with "
    "记者 and 通讯员, a column break inside a sentence, the running head inside a sentence); two 便民提示 "
    "notices (停水, 停电) with `时间：`/`范围：` rows and the issuing company and its date line at the "
    "end; a 社区活动 column of two items.",
    "date": "2026-11-30",
    "page": "A7",
    "head": ["临江晚报　2026年11月30日　星期一", "A7　社区·便民　　编辑：祁　月　　电话：0571-83226610"],
    "foot": ["社区新闻线索请拨打本报热线　96355"],
    "furniture": [
        "临江晚报",
        "2026年11月30日",
        "星期一",
        "A7",
        "社区·便民",
        "编辑：祁　月",
        "电话：0571-83226610",
        "临江晚报·社区　2026年11月30日",
        "社区新闻线索请拨打本报热线　96355",
    ],
    "run": ["临江晚报·社区　2026年11月30日"],
    "labels": ["便民提示", "社区活动"],
    "articles": [
        {
            "lines": ["老楼加装电梯，邻居们“一户一票”定下来", "本报记者　严小舟　通讯员　滕　佳"],
            "title": "老楼加装电梯，邻居们“一户一票”定下来",
            "byline": ["本报记者　严小舟　通讯员　滕　佳", "严小舟"],
            "body": [
                "上周六，西湖街道桂花苑小区7幢的电梯井开始打桩。住在6楼的周阿婆站在楼下看了半天，"
                "笑着说：“等了三年，总算等到这一天了。”",
                "桂花苑建于1994年，7幢共有18户，六十岁以上的老人占了一半。早在2023年，"
                "就有居民提出加装电梯，但一楼、二楼的住户担心采光和噪声，事情一直没有谈拢。",
                "今年4月，社区请来规划设计人员，把电梯井的位置从南面挪到北面，又给低层住户算了一笔账："
                "费用按楼层分摊，一楼不出钱，二楼只出两千元。社区书记俞{col}红梅带着方案一户一户上门，"
                "前后开了五次协商会。",
                "最让人犯难的是3楼的林先生家。他家老人常年卧床，担心施工影响休息。社区和施工方商量后，"
                "把打桩时间调整到每天上午9点至11点、下午2点至4点，林先生这才在同意书上签了字。",
                "10月底，18户居民最终“一户一票”全票通过。按照计划，电梯将在明年春节前投入使用，"
                "{run}总投资约68万元，其中政府补助20万元。",
            ],
        },
        {
            "lines": ["便民提示", "停水通知"],
            "section": ["便民提示", None],
            "kicker": [None, "便民提示"],
            "title": "停水通知",
            "byline": ["临江市自来水有限公司", None],
            "credits": ["2026年11月30日"],
            "body": [
                "因供水管网改造施工，需暂停部分区域供水，具体安排如下：",
                ("row", "停水时间：12月3日8:00—20:00"),
                ("row", "停水范围：解放路（中山路至环城北路段）两侧住户及商铺"),
                "请相关用户提前做好储水准备。如施工提前完成，将提前恢复供水。服务热线：96390。",
                ("end", "临江市自来水有限公司"),
                ("end", "2026年11月30日"),
            ],
        },
        {
            "lines": ["停电检修通知"],
            "section": ["便民提示", None],
            "kicker": [None, "便民提示"],
            "title": "停电检修通知",
            "byline": ["国网临江供电公司", None],
            "body": [
                "为保障冬季用电安全，我公司将对部分线路进行检修：",
                ("row", "12月4日7:30—17:00　湖墅南路、卖鱼桥一带"),
                ("row", "12月5日8:00—16:30　和睦新村、登云路部分小区"),
                "检修期间请用户关闭家中电器，以免来电时损坏。",
                ("end", "国网临江供电公司"),
            ],
        },
        {
            "lines": ["社区活动", "百岁老人过生日"],
            "section": ["社区活动", None],
            "kicker": [None, "社区活动"],
            "title": "百岁老人过生日",
            "body": [
                "11月27日，朝晖街道为辖区百岁老人钱桂英举办生日会。志愿者送上了长寿面和蛋糕，"
                "老人的孙女现场弹唱了一曲《茉莉花》。",
            ],
        },
        {
            "lines": ["旧衣回收箱进小区"],
            "section": ["社区活动", None],
            "kicker": [None, "社区活动"],
            "title": "旧衣回收箱进小区",
            "body": [
                "即日起，文晖社区在12个小区设置了旧衣回收箱。回收的衣物经过清洗消毒后，将捐给山区学校或者再生利用。",
            ],
        },
    ],
}

CISHAN = {
    "name": "zh_gb18030_lf_cishan_gongyi_page_yiri_juan_kicker_title_byline_line_rare_char_name_caption_"
    "midsentence_running_head_midsentence_aixinbang_donor_rows_shuju_laiyuan_credit_wen_slash_byline_"
    "gongyi_kuaixun_items",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 24,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "青埠日报 2026-11-28 第5版 公益·慈善, GB18030 (`\U0002c029` U+2C029 in the reporter's name, not in "
    "GBK), LF; blank-line paragraphs with a two-space indent, wrapped at 24. A 慈善一日捐 story (kicker, "
    "title, byline line with the rare character, caption + credit inside a sentence, the running head inside "
    "a sentence); an 爱心榜 box of donor rows with a `（排名不分先后）` row and a `数据来源：` line (its last paragraph); a "
    "volunteer story under `文／本报通讯员　X`; a 公益快讯 column of two items.",
    "date": "2026-11-28",
    "page": "5",
    "head": ["青埠日报　2026年11月28日　星期六　第5版", "公益·慈善　　责任编辑：阎　婕"],
    "foot": ["慈善热线：0532-86617000　　本版校对：侯　静"],
    "furniture": [
        "青埠日报",
        "2026年11月28日",
        "星期六",
        "第5版",
        "公益·慈善",
        "责任编辑：阎　婕",
        "2026年11月28日　青埠日报　公益·慈善",
        "慈善热线：0532-86617000",
        "本版校对：侯　静",
    ],
    "run": ["2026年11月28日　青埠日报　公益·慈善"],
    "labels": ["公益快讯", "公益快讯"],
    "articles": [
        {
            "lines": [
                "第十二届“慈善一日捐”活动收官",
                "全市募集善款1860万元",
                "本报记者　冯\U0002c029",
            ],
            "kicker": "第十二届“慈善一日捐”活动收官",
            "title": "全市募集善款1860万元",
            "byline": ["本报记者　冯\U0002c029", "冯\U0002c029"],
            "captions": ["市民在街头募捐点扫码捐款。"],
            "credits": ["本报记者　冯\U0002c029　摄"],
            "body": [
                "记者从市慈善总会获悉，为期一个月的第十二届“慈善一日捐”活动日前结束，全市共有2300多家"
                "单位、31万余人次参与，募集善款1860.4万元，比去年增长一成多。",
                "今年的活动首次在商场、地铁站和菜市场设置了27个街头募捐点。市民只要用手机扫一扫，"
                "一块钱也能{cap}捐。市慈善总会秘书长鲍志远说，街头募捐点的捐款笔数占到了总数的四成，"
                "“很多人捐的是零钱，但心意一点不少”。",
                "善款将主要用于困难家庭冬季救助、大病医疗救助和助学项目。其中，寒假前将向1600户"
                "困难家庭每户发放1000元过冬补助，{run}明年春季学期资助困难学生800名。",
                "在市南区一处募捐点值守的志愿者告诉记者，有位环卫工人连着三天来捐款，每次十块钱，"
                "问他名字，他摆摆手就走了。还有一群小学生把卖手抄报义卖得来的钱装在信封里送了过来，"
                "信封上写着“给需要帮助的人”。",
                "鲍志远表示，每一笔善款的去向都会在总会网站上公开，接受捐赠人和社会的监督。",
            ],
        },
        {
            "lines": ["爱心榜", "本期部分捐赠单位和个人"],
            "section": ["爱心榜", None],
            "kicker": [None, "爱心榜"],
            "title": "本期部分捐赠单位和个人",
            "body": [
                ("row", "青埠港务集团有限公司　　50万元"),
                ("row", "海湾食品股份有限公司　　30万元"),
                ("row", "市第二人民医院全体职工　　12.6万元"),
                ("row", "崂东小学师生　　3.2万元"),
                ("row", "匿名市民　　2万元"),
                ("row", "（排名不分先后）"),
                ("srow", "数据来源：青埠市慈善总会"),
            ],
        },
        {
            "lines": ["退休教师的“周三课堂”", "文／本报通讯员　邵　蕾"],
            "title": "退休教师的“周三课堂”",
            "byline": ["文／本报通讯员　邵　蕾", "邵蕾"],
            "body": [
                "每周三下午四点，台东街道的社区活动室里都会坐满孩子。给他们辅导功课的，是72岁的退休数学老师谭振国。",
                "五年前，谭老师发现小区里不少孩子的父母下班晚，放学后没人管，就在社区的支持下办起了"
                "免费的“周三课堂”。如今，课堂已经有了11名志愿者，大多是退休教师和在校大学生。",
                "课堂上，谭老师从不直接告诉孩子答案。“先自己想十分钟，想不出来再问。”读初二的小宇说，"
                "以前一做应用题就头疼，现在成绩已经排到了班里的前十名。",
                "志愿者队伍里年纪最小的是青埠大学大二学生鞠然。她每周三下课后坐四站公交赶过来，"
                "专门给孩子们辅导英语。她说，在这里找到了自己想做的事，毕业后打算报考师范类的研究生。",
                "“孩子们叫我一声谭爷爷，我就觉得这事值。”谭老师说，只要身体允许，他会一直干下去。",
            ],
        },
        {
            "lines": ["公益快讯", "“暖冬包”送到环卫工手中"],
            "section": ["公益快讯", None],
            "kicker": [None, "公益快讯"],
            "title": "“暖冬包”送到环卫工手中",
            "body": [
                "本报讯　11月26日，市青年志愿者协会向一线环卫工人发放了500份“暖冬包”，内有手套、护膝、保温杯等物品。",
            ],
        },
        {
            "lines": ["无偿献血屋延长开放时间"],
            "section": ["公益快讯", None],
            "kicker": [None, "公益快讯"],
            "title": "无偿献血屋延长开放时间",
            "byline": [None, "孔繁宇"],
            "body": [
                "本报讯（通讯员　孔繁宇）为缓解冬季用血紧张，从12月1日起，市区5个献血屋的开放时间延长至晚上8点。",
            ],
        },
        {
            "lines": ["“爱心冰箱”三年送出四万份餐食"],
            "section": ["公益快讯", None],
            "kicker": [None, "公益快讯"],
            "title": "“爱心冰箱”三年送出四万份餐食",
            "body": [
                "本报讯　设在中山路的“爱心冰箱”日前迎来三周岁。三年来，周边二十多家饭店和面包房每天把"
                "当天未售完的餐食放进冰箱，供有需要的人免费取用，累计送出餐食四万余份。志愿者每天两次"
                "检查食品的保质期。",
            ],
        },
    ],
}


YIHUI = {
    "name": "zht_cp950_crlf_taiwan_xianyihui_page_minguo_date_yinti_zhuti_jizhe_slash_baodao_lead_caption_"
    "sheying_midsentence_xiajie_jump_zhixun_shunxu_box_rows_yihui_kuaixun_items_running_head_midsentence",
    "encoding": "cp950",
    "not_in": ["big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "南濱日報 民國115年12月1日 (2026-12-01) B2 屏東縣政, cp950 (`碁` in a councillor's name, not in strict "
    "big5), CRLF; blank-line paragraphs with a two-space indent, wrapped at 22. A 總質詢 story (引題 as "
    "kicker, 主題, the lead `【記者X／屏東報導】` in paragraph 1, caption + `（記者X／攝影）` inside a sentence, "
    "`（下接B3版）` after a paragraph cut mid-sentence); a 議事日程 box of 總質詢 order rows; a 議會快訊 "
    "column of three items with `【記者X／屏東報導】` leads, the running head inside one.",
    "date": "2026-12-01",
    "page": "B2",
    "head": ["南濱日報　　中華民國115年12月1日　星期二", "B2　屏東縣政"],
    "foot": ["本版主編：溫佩珊　　新聞熱線：(08)732-5511"],
    "furniture": [
        "南濱日報",
        "中華民國115年12月1日",
        "星期二",
        "B2",
        "屏東縣政",
        "南濱日報　屏東縣政　115.12.1",
        "（下接B3版）",
        "本版主編：溫佩珊",
        "新聞熱線：(08)732-5511",
    ],
    "run": ["南濱日報　屏東縣政　115.12.1"],
    "labels": ["議會快訊", "議會快訊", "議會快訊"],
    "articles": [
        {
            "lines": ["縣議會定期會總質詢", "議員追問長照據點不足　縣府允明年增設12處"],
            "kicker": "縣議會定期會總質詢",
            "title": "議員追問長照據點不足　縣府允明年增設12處",
            "byline": [None, "鄭雅雯"],
            "captions": ["縣議員林碁祥（右）在總質詢時拿出長照據點分布圖質問縣府。"],
            "credits": ["（記者鄭雅雯／攝影）"],
            "body": [
                "【記者鄭雅雯／屏東報導】屏東縣議會第21屆第4次定期會昨（30）日進入總質詢，長照據點不足"
                "成為議員關注焦點。縣府社會處長回應，明年將再增設12處巷弄長照站，優先布建在偏鄉。",
                "縣議員林碁祥指出，全縣65歲以上人口已超過兩成，但部分山地鄉和沿海村落，長輩要坐"
                "{cap}四十分鐘的車才能到最近的據點，「很多人乾脆就不去了」。他要求縣府提出時程表，"
                "並檢討交通接送服務。",
                "林碁祥舉例，牡丹鄉一處據點去年因為找不到場地而停辦，十幾位長輩只能待在家裡。"
                "「部落的長輩不是不想出門，是沒有地方可以去。」他建議縣府活用閒置的校舍和活動中心，"
                "由在地的協會承接，縮短籌備時間。",
                "社會處長黃淑芬答詢時表示，縣府已盤點全縣27處閒置空間，其中9處已完成初步評估，"
                "明年上半年可望先開辦5處；針對交通不便的村落，也將增加復康巴士的班次，"
                "並試辦共乘接送。",
                "縣議員蔡宛儒則關心照顧服務員人力。她說，服務員薪資偏低、工作辛苦，流動率居高不下，"
                "有些據點一年內換了三次人。黃淑芬表示，縣府已爭取中央經費，明年起將提高"
                "服務員的交通補助，並與",
                ("end", "（下接B3版）"),
            ],
        },
        {
            "lines": ["議事日程", "本週總質詢順序"],
            "section": ["議事日程", None],
            "kicker": [None, "議事日程"],
            "title": "本週總質詢順序",
            "body": [
                ("row", "12月1日（二）　上午　林碁祥、蔡宛儒　下午　黃振邦"),
                ("row", "12月2日（三）　上午　潘美玲、古明德　下午　許家豪"),
                ("row", "12月3日（四）　上午　王志遠、陳素娥　下午　縣長答詢"),
                ("row", "12月4日（五）　上午　綜合答詢　下午　臨時提案"),
            ],
        },
        {
            "lines": ["議會快訊", "東港漁港清淤　議員要求加速"],
            "section": ["議會快訊", None],
            "kicker": [None, "議會快訊"],
            "title": "東港漁港清淤　議員要求加速",
            "byline": [None, "許博仁"],
            "body": [
                "【記者許博仁／東港報導】東港漁港航道淤積，漁船進出常要等漲潮。縣議員黃振邦昨天在議會"
                "質詢時表示，清淤工程已延宕半年，要求縣府在明年春季漁汛前完工。縣府海洋局回應，"
                "第二階段清淤將於本月中旬開工。",
            ],
        },
        {
            "lines": ["校園午餐食材　議員籲多用在地農產"],
            "section": ["議會快訊", None],
            "kicker": [None, "議會快訊"],
            "title": "校園午餐食材　議員籲多用在地農產",
            "byline": [None, "鄭雅雯"],
            "body": [
                "【記者鄭雅雯／屏東報導】縣議員潘美玲建議，國中小營養午餐應提高在地農產的比例，"
                "讓學童吃到新鮮的蔬果，也幫農民{run}找到穩定通路。教育處表示，目前比例約三成，"
                "明年目標提高到四成，並將在萬丹、高樹等鄉鎮試辦由學校直接向農會採購，減少中間運銷成本。",
            ],
        },
        {
            "lines": ["議長盃槌球賽　六十隊參加"],
            "section": ["議會快訊", None],
            "kicker": [None, "議會快訊"],
            "title": "議長盃槌球賽　六十隊參加",
            "byline": [None, "許博仁"],
            "body": [
                "【記者許博仁／屏東報導】第十屆議長盃槌球錦標賽上週六在縣立體育場登場，全縣各鄉鎮"
                "共有六十隊、近四百名長輩參加，年紀最大的選手已經91歲。最後由高樹鄉長青隊奪冠，"
                "議長親自頒發獎盃，並宣布明年獎金加倍。",
            ],
        },
        {
            "lines": ["縣道185線拓寬　議員盼年底前發包"],
            "section": ["議會快訊", None],
            "kicker": [None, "議會快訊"],
            "title": "縣道185線拓寬　議員盼年底前發包",
            "byline": [None, "周子謙"],
            "body": [
                "【記者周子謙／內埔報導】縣道185線內埔至萬巒路段車流量大，路面狹窄，近三年發生"
                "二十多起車禍。縣議員古明德要求工務處加快用地取得，年底前完成發包。工務處表示，"
                "目前已取得九成用地，預計明年3月動工。",
            ],
        },
    ],
}
ZHUANLAN = {
    "name": "zht_big5hkscs_lf_hk_fukan_zhuanlan_page_standing_column_names_pen_name_wen_colon_byline_lines_"
    "cantonese_prose_gaa_zo_hai_illustration_chatu_credit_midsentence_zuozhe_jianjie_note_paragraph_zhenggao",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 20,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "維港日報 2026-12-02 副刊 C6 人間, Big5-HKSCS (`嘅 咗 喺 啲 哋 嚟 嗰`, not in cp950), LF; no blank "
    "lines inside a piece, paragraphs start at a two-space indent, wrapped at 20. Three signed 專欄 pieces, "
    "each under its standing column name, title and a `文：X` pen-name line, in prose mixing written Chinese "
    "and Cantonese; the first with an illustration credit `插圖：X` dropped inside a sentence and a "
    "bracketed writer's note `（作者為…）` as its last paragraph; the second ending on a 作者簡介 paragraph; "
    "the page's 徵稿 notice signed by the 副刊編輯部.",
    "date": "2026-12-02",
    "page": "C6",
    "head": ["維港日報　2026年12月2日　星期三", "副刊　人間　C6"],
    "foot": ["副刊來稿請寄：fukan@vhdaily.example.hk　　版面編輯：甘慧儀"],
    "furniture": [
        "維港日報",
        "2026年12月2日",
        "星期三",
        "副刊　人間　C6",
        "副刊來稿請寄：fukan@vhdaily.example.hk",
        "版面編輯：甘慧儀",
    ],
    "articles": [
        {
            "lines": ["街坊茶檔", "奶茶師傅嘅手", "文：阿麥"],
            "section": ["街坊茶檔", None],
            "kicker": [None, "街坊茶檔"],
            "title": "奶茶師傅嘅手",
            "byline": ["文：阿麥", "阿麥"],
            "credits": ["插圖：小丁"],
            "body": [
                "樓下茶餐廳嘅奶茶師傅叫波叔，喺呢間舖頭撞茶撞咗三十幾年。佢隻右手成日包住塊毛巾，"
                "問佢做乜，佢話燙親咗都唔知幾多次，包住好過冇。",
                "撞奶茶講手勢。茶葉要幾隻撈埋，用絲襪袋煲，再由一個煲撞落另一個煲，"
                "撞七八次，茶味先至夠{cap}厚。波叔話而家啲後生仔學兩個禮拜就話識，"
                "其實撞出嚟啲茶冇骨。",
                "上個月舖頭話要執笠，業主加租加咗四成。最後一日，街坊排晒隊嚟飲最後一杯，"
                "有個阿伯飲完仲問波叔要咗個舊杯留低做紀念。我坐喺嗰度，睇住佢將個煲洗得乾乾淨淨，"
                "好似聽日照樣開舖咁。",
                "（作者為退休中學教師，著有《西營盤舊事》）",
            ],
        },
        {
            "lines": ["山邊夜話", "冬至前夜的電車", "文：葉子晴"],
            "section": ["山邊夜話", None],
            "kicker": [None, "山邊夜話"],
            "title": "冬至前夜的電車",
            "byline": ["文：葉子晴", "葉子晴"],
            "body": [
                "小時候，冬至前一晚總是跟母親搭電車去北角外婆家。電車叮叮地走得很慢，母親把一袋"
                "湯圓抱在膝上，怕壓壞了。我坐在上層最前的位子，看兩旁的霓虹一盞盞往後退。",
                "外婆家的飯桌永遠不夠大，表兄弟姊妹坐滿一地。外婆一邊搓湯圓一邊罵我哋食飯唔乖，"
                "罵完又偷偷塞一粒花生糖落我手心。舅父負責煲湯，一煲就是一整個下午，"
                "滿屋都是陳皮和豬骨的香味，我們這些細路就在走廊追來追去。",
                "那時候的電車沒有冷氣，冬天的風從窗縫鑽進來，母親就把我的手塞進她的大衣口袋。"
                "到了英皇道，她總會說一句「就快到了」，其實還有七八個站。",
                "外婆走了十年，北角的舊樓也拆了。今年冬至前夜，我又搭了一次電車，坐在同一個位子，"
                "才發覺電車原來一直都是這樣慢，是我們走得太快。",
                "作者簡介：葉子晴，香港出生，現職社工，業餘寫作，本欄逢週三刊出。",
            ],
        },
        {
            "lines": ["講飲講食", "蘿蔔糕要幾多蘿蔔", "文：肥貓"],
            "section": ["講飲講食", None],
            "kicker": [None, "講飲講食"],
            "title": "蘿蔔糕要幾多蘿蔔",
            "byline": ["文：肥貓", "肥貓"],
            "body": [
                "一到年尾，屋企就開始傾今年整幾多底蘿蔔糕。我阿媽嘅規矩係蘿蔔要多過粉，"
                "一斤粘米粉配三斤蘿蔔，蒸出嚟先夠滑。",
                "臘腸、臘肉、蝦米、冬菇，樣樣要切到細細粒，炒香先再撈落去。阿媽話最緊要係耐性，"
                "蒸嘅時候唔好成日開蓋睇，一開就前功盡廢。",
                "屋企細，廚房得一個爐頭，一日最多蒸兩底。嗰幾日成間屋都係蘿蔔味，連隔籬屋嘅貓都走過嚟門口坐住唔走。",
                "今年我終於學識晒，阿媽試咗一啖，淨係講咗句：「都得㗎。」我當佢係讚我。",
            ],
        },
        {
            "lines": ["海旁散步", "碼頭的釣魚佬", "文：陳小舟"],
            "section": ["海旁散步", None],
            "kicker": [None, "海旁散步"],
            "title": "碼頭的釣魚佬",
            "byline": ["文：陳小舟", "陳小舟"],
            "body": [
                "西環碼頭一到黃昏就排滿釣魚佬，十幾支魚竿一字排開，好似一排天線。佢哋多數唔講嘢，"
                "就算講，都係講今日啲魚唔肯食餌。",
                "有個戴漁夫帽嘅伯伯日日都嚟，釣到魚又放返落海。我問佢點解唔攞返屋企，佢笑笑口話："
                "「我釣嘅唔係魚，係時間。」我諗咗成晚，都唔知佢係咪講笑。",
                "後來碼頭圍咗板，話要改建做海濱長廊。伯伯冇再出現，我亦唔知佢搬咗去邊度釣。"
                "有時夜晚行過，總覺得海風入面少咗啲乜嘢。",
            ],
        },
        {
            "lines": ["人間徵稿"],
            "title": "人間徵稿",
            "byline": ["副刊編輯部", None],
            "body": [
                "本版長期徵求散文、隨筆及生活小品，每篇一千字以內，題材不限，請附真實姓名、"
                "筆名及聯絡電話。來稿一經刊出，即致薄酬。稿件如一個月內未見刊出，"
                "作者可自行處理，恕不退稿。",
                ("end", "副刊編輯部"),
            ],
        },
    ],
}

YUYE = {
    "name": "zh_utf16le_bom_lf_haiyang_yuye_page_dongxun_daiyu_story_byline_line_tongxunyuan_xiao_biaoti_"
    "headings_running_head_midsentence_yugang_hangqing_box_header_row_price_rows_shuju_laiyuan_credit_"
    "haiqu_yubao_rows_fabu_credit_yuye_kuaixun_items",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 25,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "岚海日报 2026-11-27 第4版 海洋·渔业, UTF-16 LE with BOM, LF; blank-line paragraphs with a two-space "
    "indent, wrapped at 25. A 冬汛 story (title, byline line with 记者 and 通讯员, two 小标题, the running "
    "head inside a sentence); a 渔港行情 box (title, header row, five price rows, a `数据来源：` line (its last paragraph)); a "
    "海区预报 box of three day rows with its issuer line (a credit); a 渔业快讯 column of two items.",
    "date": "2026-11-27",
    "page": "4",
    "head": ["岚海日报", "2026年11月27日　星期五　农历十月十九", "第4版　海洋·渔业　　责任编辑：乐　帆"],
    "foot": ["本版热线：0580-2018866　　校对：贺小芹"],
    "furniture": [
        "岚海日报",
        "2026年11月27日",
        "星期五",
        "农历十月十九",
        "第4版",
        "海洋·渔业",
        "责任编辑：乐　帆",
        "岚海日报　2026年11月27日　第4版",
        "本版热线：0580-2018866",
        "校对：贺小芹",
    ],
    "run": ["岚海日报　2026年11月27日　第4版"],
    "labels": ["渔业快讯", "渔业快讯"],
    "articles": [
        {
            "lines": ["冬汛带鱼旺发　渔港一天卸货三百吨", "本报记者　龚海潮　通讯员　俞　帆"],
            "title": "冬汛带鱼旺发　渔港一天卸货三百吨",
            "byline": ["本报记者　龚海潮　通讯员　俞　帆", "龚海潮"],
            "body": [
                "11月25日凌晨四点，岚港中心渔港的码头上已经灯火通明。一艘艘渔船靠岸，渔民们把一箱箱"
                "带鱼从船舱里搬上来，过秤、装车，一直忙到天亮。据渔港管理站统计，当天全港卸货量超过"
                "三百吨，其中带鱼占了七成。",
                ("h", "“今年的带鱼个头大”"),
                "“浙岚渔12078”号船老大虞德兴出海二十多年了。他一边清点渔获一边说，这一网出去五天，"
                "打了两千多箱，“今年的带鱼个头大，四指宽的占了一半，价格也好”。",
                "渔业专家分析，今年冬汛带鱼旺发，与连续多年实施伏季休渔、{run}严格执行幼鱼比例"
                "管理有直接关系。近海带鱼资源正在逐步恢复。",
                ("h", "“鲜”字做足了文章"),
                "为了让带鱼卖出好价钱，不少渔船装上了超低温冷藏设备，捕上来的鱼在船上就速冻保鲜。"
                "渔港旁新建的水产品交易中心实行电子竞价，外地客商在手机上就能下单。",
                "渔嫂们也没闲着。码头边的分拣棚里，四十多名妇女按大小把带鱼分成三档，"
                "手快的一天能分两百多箱。51岁的渔嫂金秀娣说，冬汛这两个月，她能挣到一万多块钱，"
                "“比在厂里上班划算”。",
                "不过，船老大们也有烦心事。今年柴油价格比去年高，一趟出海光油钱就要四五万元，"
                "加上船员工资不断上涨，一些小船的利润被压得很薄。虞德兴说，他正和几户船东商量，"
                "明年合伙换一条更省油的新船。",
                "交易中心负责人介绍，冬汛以来，岚港带鱼已经销往全国二十多个省市，还有一部分通过冷链出口到韩国和日本。",
            ],
        },
        {
            "lines": ["渔港行情", "岚港中心渔港主要品种收购价"],
            "section": ["渔港行情", None],
            "kicker": [None, "渔港行情"],
            "title": "岚港中心渔港主要品种收购价",
            "body": [
                ("row", "品种　　规格　　价格（元/斤）"),
                ("row", "带鱼　　四指　　38—42"),
                ("row", "带鱼　　三指　　22—25"),
                ("row", "小黄鱼　统货　　16—18"),
                ("row", "梭子蟹　三两以上　55—60"),
                ("row", "鲳鱼　　统货　　45—50"),
                ("srow", "数据来源：岚港渔港管理站（11月26日）"),
            ],
        },
        {
            "lines": ["未来三天海区预报"],
            "title": "未来三天海区预报",
            "credits": ["岚海市海洋预报台发布"],
            "body": [
                ("row", "27日　北到东北风6到7级　浪高2到2.5米"),
                ("row", "28日　北风5到6级　浪高1.5到2米"),
                ("row", "29日　东北风4到5级　浪高1到1.5米"),
                ("end", "岚海市海洋预报台发布"),
            ],
        },
        {
            "lines": ["渔业快讯", "渔船安全检查启动"],
            "section": ["渔业快讯", None],
            "kicker": [None, "渔业快讯"],
            "title": "渔船安全检查启动",
            "byline": [None, "俞帆"],
            "body": [
                "本报讯（通讯员　俞帆）即日起至12月底，市海洋与渔业局对全市1460艘渔船开展冬季安全"
                "大检查，重点查看救生设备、消防器材和通导设备。",
            ],
        },
        {
            "lines": ["渔民夜校开课"],
            "section": ["渔业快讯", None],
            "kicker": [None, "渔业快讯"],
            "title": "渔民夜校开课",
            "body": [
                "本报讯　11月24日，沈岙渔民夜校开课，首期课程讲解北斗终端使用和海上急救，"
                "六十多名渔民参加。夜校每周二、周四晚上上课，持续到明年1月，课程免费，渔嫂也可以报名，"
                "结业后发给培训证书。",
            ],
        },
        {
            "lines": ["人工鱼礁投放完成"],
            "section": ["渔业快讯", None],
            "kicker": [None, "渔业快讯"],
            "title": "人工鱼礁投放完成",
            "body": [
                "本报讯　今年我市在东极海域投放的320个混凝土人工鱼礁已全部就位，礁区面积约1.2平方公里，"
                "将为鱼类提供产卵和栖息场所。附近海域今后将禁止拖网作业，违者将依法从重处罚。",
            ],
        },
    ],
}

GAEILGE = {
    "name": "ga_utf8_lf_irish_language_weekly_caps_kicker_title_sliocht_subtitle_le_byline_line_fadas_"
    "uru_seimhiu_prefix_hyphens_hyphenation_caption_grianghraf_midsentence_running_head_midsentence_"
    "ar_lean_jump_nuacht_ghearr_runin_items",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "An Ghaoth Aniar uimhir 318, 2026-11-27, leathanach 4, an Irish-language weekly, UTF-8 (fadas, "
    "“ ” quotes), LF; blank-line paragraphs, wrapped at 46 with hyphenation; Irish prefix hyphens "
    "(`t-oileán`, `n-oileán`, `sean-nós`, `ró-fhada`) never split at a line end. A school story (capital "
    "kicker OIDEACHAS, title, sliocht as subtitle, `Le X` byline line, caption + `Grianghraf: X` inside a "
    "sentence, the running head inside a sentence, `Ar lean ar leathanach 6` after a paragraph cut "
    "mid-sentence); a ferry story; a letter to the editor signed with name and place; a NUACHT GHEARR "
    "column of three run-in items (`Title - text`).",
    "date": "2026-11-27",
    "page": "4",
    "head": ["AN GHAOTH ANIAR", "Uimhir 318     Dé hAoine 27 Samhain 2026     Leathanach 4"],
    "foot": ["An Ghaoth Aniar, Sráid an Chalaidh, An Cheathrú Rua     eagarthoir@gaothaniar.example.ie"],
    "furniture": [
        "AN GHAOTH ANIAR",
        "Uimhir 318",
        "Dé hAoine 27 Samhain 2026",
        "Leathanach 4",
        "4     An Ghaoth Aniar     27.11.2026",
        "Ar lean ar leathanach 6",
        "An Ghaoth Aniar, Sráid an Chalaidh, An Cheathrú Rua",
        "eagarthoir@gaothaniar.example.ie",
    ],
    "run": ["4     An Ghaoth Aniar     27.11.2026"],
    "markup": ["-", "-", "-"],
    "labels": ["NUACHT GHEARR", "NUACHT GHEARR"],
    "articles": [
        {
            "lines": [
                "OIDEACHAS",
                "Scoil nua le tógáil i gCill Rónáin",
                "Tá cead pleanála faighte ag bord na scoile",
                "agus tosófar ar an obair i mí Feabhra.",
                "Le Máire Ní Fhlatharta",
            ],
            "kicker": "OIDEACHAS",
            "title": "Scoil nua le tógáil i gCill Rónáin",
            "subtitle": "Tá cead pleanála faighte ag bord na scoile agus tosófar ar an obair i mí Feabhra.",
            "byline": ["Le Máire Ní Fhlatharta", "Máire Ní Fhlatharta"],
            "captions": ["Daltaí Scoil Chill Rónáin taobh amuigh de na seomraí réamhdhéanta."],
            "credits": ["Grianghraf: Pádraig Mac Donncha"],
            "body": [
                "Beidh scoil nua ag páistí Chill Rónáin faoi Mheán Fómh~air 2028, tar éis don "
                "chomhair~le contae cead plea~nála a thabhairt don togra an tseachtain seo caite. "
                "Cosnóidh an foirg~neamh nua 4.2 milliún euro.",
                "Tá 96 dalta ar rolla na scoile faoi láthair, agus tá siad ag foghlaim i dtrí "
                "sheomra réamhdhéan~ta le sé bliana anuas. “Is lá mór é seo don phobal ar fad,” a "
                "dúirt an príomh~oide, Colm Ó Conghai~le. “Bhí na páistí ag fanacht ró-fhada.”",
                "Beidh ocht seomra ranga, halla spóirt agus seomra ceoil sa scoil nua. Tá an Roinn "
                "Oidea~chais ag íoc as {cap}an gcuid is mó den chostas, agus bhailigh coiste na "
                "dtuismi~theoirí 60,000 euro le dhá bhliain anuas.",
                "Deir an bord bainis~tíochta go bhfuil súil acu go mbeidh an obair tógála "
                "críochnai~the roimh shamhradh 2028. Idir an dá linn, {run}beidh na ranganna ar siúl "
                "sna seomraí réamhdhéan~ta mar is gnách, agus tá an bord ag iarraidh ar an Roinn",
                ("end", "Ar lean ar leathanach 6"),
            ],
        },
        {
            "lines": ["Bád breise don gheimhreadh", "Le Seán Ó Cualáin"],
            "title": "Bád breise don gheimhreadh",
            "byline": ["Le Seán Ó Cualáin", "Seán Ó Cualáin"],
            "body": [
                "Cuirfear bád farantóir~eachta breise ar an mbealach idir an tOileán Mór agus an "
                "ché ó Luan go hAoine i rith an gheimh~ridh, a d'fhó~gair an comh~lacht an tseachtain "
                "seo. Fágfaidh an bád nua an t-oileán ar a seacht a chlog ar maidin.",
                "Bhí muin~tir na n-oileán ag éileamh na seir~bhíse le fada. Dúirt Nóra Bheag Ní "
                "Chonghai~le, atá ina cónaí ar an oileán le caoga bliain, go mbeidh sé i bhfad "
                "níos éasca anois dul chuig an doch~túir ar an mórthír.",
            ],
        },
        {
            "lines": ["Litir chuig an Eagarthóir", "Soilse na sráide"],
            "section": ["Litir chuig an Eagarthóir", None],
            "kicker": [None, "Litir chuig an Eagarthóir"],
            "title": "Soilse na sráide",
            "byline": ["Tomás Mac Fhlannchadha, Ros Muc", "Tomás Mac Fhlannchadha"],
            "body": [
                "A Eagarthóir, a chara,",
                "Tá soilse na sráide ar an mbóthar ó Ros Muc go dtí an cros~bhóthar múchta le "
                "trí mhí. Tá sé dorcha ag a cúig a chlog anois, agus bíonn páistí ag siúl abhaile "
                "ón mbus scoile. Iarraim ar an gcomhair~le iad a dheisiú gan mhoill.",
                "Is mise, le meas,",
                ("end", "Tomás Mac Fhlannchadha, Ros Muc"),
            ],
        },
        {
            "lines": ["NUACHT GHEARR"],
            "runin": " - ",
            "section": ["NUACHT GHEARR", None],
            "kicker": [None, "NUACHT GHEARR"],
            "title": "Ceardlann sean-nóis",
            "body": [
                "Beidh ceardlann amhránaí~ochta ar an sean-nós ar siúl i Halla an Phobail Dé "
                "Sathairn seo chugainn ó 2 go 5 i.n. Fáilte roimh chách, óg agus aosta.",
            ],
        },
        {
            "runin": " - ",
            "section": ["NUACHT GHEARR", None],
            "kicker": [None, "NUACHT GHEARR"],
            "title": "Éadaí te",
            "body": [
                "Tá Coiste Forbar~tha an Cheantair ag bailiú cótaí agus geansai~the don "
                "gheimhreadh. Is féidir iad a fhágáil sa siopa pobail go dtí an 12 Nollaig.",
            ],
        },
        {
            "runin": " - ",
            "section": ["NUACHT GHEARR", None],
            "kicker": [None, "NUACHT GHEARR"],
            "title": "Ceolchoirm Nollag",
            "body": [
                "Seinnfidh cór na scoile agus banna ceoil an pharóiste sa séipéal Oíche Nollag "
                "ag a naoi a chlog. Rachaidh an t-airgead chuig an ospi~déal.",
            ],
        },
    ],
}

OCCITAN = {
    "name": "oc_cp1252_crlf_occitan_lengadocian_weekly_caps_kicker_title_chapeau_subtitle_per_byline_line_"
    "guillemets_nbsp_curly_apostrophe_hyphenation_caption_fotografia_midsentence_running_head_"
    "midsentence_seguida_jump_en_breu_runin_items",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 45,
    "indent": "",
    "blank": True,
    "note": "La Votz del Segalar n° 1127, 2026-11-26, pagina 3, an Occitan (Lengadocian) weekly, Windows-1252 "
    "(`ò è à í ó ç`, `« »` with U+00A0 inside, `’`, `–`), CRLF; blank-line paragraphs, wrapped at 45 "
    "with hyphenation (`Joan-Pèire`, `grand-paire` keep theirs, never split at a line end). A chestnut "
    "cooperative story (capital kicker AGRICULTURA, title, chapeau as subtitle, `Per X` byline line, "
    "caption + `Fotografia: X` inside a sentence, the running head inside a sentence); a school story "
    "cut mid-sentence before `Seguida en pagina 5`; an EN BRÈU column of three run-in items (`Title – text`).",
    "date": "2026-11-26",
    "page": "3",
    "head": ["LA VOTZ DEL SEGALAR", "N° 1127     Dijòus 26 de novembre de 2026     Pagina 3"],
    "foot": ["Redaccion: 4, carrièra del Fòrt, 12800 Naucèla     votz@segalar.example.org"],
    "furniture": [
        "LA VOTZ DEL SEGALAR",
        "N° 1127",
        "Dijòus 26 de novembre de 2026",
        "Pagina 3",
        "La Votz del Segalar     26.11.2026     3",
        "Seguida en pagina 5",
        "Redaccion: 4, carrièra del Fòrt, 12800 Naucèla",
        "votz@segalar.example.org",
    ],
    "run": ["La Votz del Segalar     26.11.2026     3"],
    "markup": ["–", "–", "–"],
    "labels": ["EN BRÈU", "EN BRÈU"],
    "articles": [
        {
            "lines": [
                "AGRICULTURA",
                "Los castanhièrs del Segalar tornan viure",
                "Una cooperativa novèla vòl relançar la castanha",
                "del país, oblidada dempuèi cinquanta ans.",
                "Per Joan-Pèire Delpuèch",
            ],
            "kicker": "AGRICULTURA",
            "title": "Los castanhièrs del Segalar tornan viure",
            "subtitle": "Una cooperativa novèla vòl relançar la castanha del país, oblidada dempuèi cinquanta ans.",
            "byline": ["Per Joan-Pèire Delpuèch", "Joan-Pèire Delpuèch"],
            "captions": ["Marineta Cabrol dins un castanhal de la comuna de Sant Just."],
            "credits": ["Fotografia: Loís Bessièra"],
            "body": [
                "Dins los bòsques de Naucèla, los castanhiè~rs vièlhs son pertot. Mas dempuèi las "
                "annadas setanta, degun o quasi los cultiva pas pus. Una vintena d’agricul~tors an "
                "decidit de cambiar aquò\u00a0: dissabte passat, an creat la coopera~tiva "
                "«\u00a0Casta~nhas del Segalar\u00a0».",
                "«\u00a0Mon grand-paire ne vendiá cada an doas tonas a Rodés\u00a0», ditz Marineta Cabrol, "
                "presi~denta de la cooperativa. «\u00a0Uèi, las castanhas tomban e se pèrdon dins "
                "l’èrba. Es una vergo~nha.\u00a0»",
                "La cooperativa a ja plantat tres cents arbres joves e crompat un secador per "
                "{cap}las castanhas. Lo Depar~tament a donat una ajuda de 40 000 èuros, e la "
                "Region deuriá ne far autant l’an que ven.",
                "Las primiè~ras castanhas secadas e la farina seràn vendu~das al mercat de Naucèla "
                "a partir del mes de decembre, {run}puèi dins las botigas de la region. La "
                "cooperativa espèra vendre dètz tonas d’aquí a cinc ans.",
                "Los sòcis se recampan cada primièr dimars del mes a la sala de Sant Just. Los "
                "proprie~taris que an de castanhals abandonats e que los vòlon far tornar viure "
                "pòdon prene contacte amb la coopera~tiva.",
            ],
        },
        {
            "lines": ["Una classa bilingüa a Sauvatèrra", "Per Maria Cabanas"],
            "title": "Una classa bilingüa a Sauvatèrra",
            "byline": ["Per Maria Cabanas", "Maria Cabanas"],
            "body": [
                "A la dintrada de setembre de 2027, l’escòla publica de Sauvatèrra dobrirà una "
                "classa bilingüa occitan-francés per los mai pichons. Lo conselh munici~pal a "
                "votat lo projèc~te a l’unanimitat dimars de ser.",
                "Dètz-e-uèch familhas an ja dich qu’inscri~vián lors enfants. «\u00a0Es una bona "
                "novèla per lo vilatge\u00a0», ditz lo cònsol, Francés Guiral, que vòl tanben que la "
                "comuna pague una part del trans~pòrt per los enfants que demòran dins los",
                ("end", "Seguida en pagina 5"),
            ],
        },
        {
            "lines": ["EN BRÈU"],
            "runin": " – ",
            "section": ["EN BRÈU", None],
            "kicker": [None, "EN BRÈU"],
            "title": "Lòto",
            "body": [
                "Lo lòto de l’escòla se debana~rà dimenge a 14 oras a la sala comunala. Totes los "
                "profiè~ches anaràn al viatge de fin d’annada.",
            ],
        },
        {
            "runin": " – ",
            "section": ["EN BRÈU", None],
            "kicker": [None, "EN BRÈU"],
            "title": "Mercat de Nadal",
            "body": [
                "Lo mercat de Nadal se tendrà lo 13 de decembre sus la plaça de la glèisa, amb "
                "una trentena de produc~tors del país e un talhièr per los enfants.",
            ],
        },
        {
            "runin": " – ",
            "section": ["EN BRÈU", None],
            "kicker": [None, "EN BRÈU"],
            "title": "Teatre",
            "body": [
                "La tropa de Carmauç jogarà «\u00a0Lo Mètge malgrat el\u00a0» divendres a 20 oras 30 a "
                "la sala de las fèstas. Intrada\u00a0: 8 èuros.",
            ],
        },
    ],
}

CORSU = {
    "name": "co_utf16be_bom_lf_corsican_village_weekly_caps_kicker_title_subtitle_da_byline_line_guillemets_"
    "nbsp_grave_accents_chj_ghj_hyphenation_caption_ritrattu_midsentence_running_head_midsentence_"
    "seguita_jump_in_breve_runin_items_em_dash",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 43,
    "indent": "",
    "blank": True,
    "note": "A Voce di u Pumonte n° 542, 2026-11-27, pagina 6, a Corsican weekly, UTF-16 BE with BOM (`à è ì ò ù`, "
    "`chj`/`ghj`, `« »` with U+00A0 inside, ASCII apostrophes), LF; blank-line paragraphs, wrapped at 43 with "
    "hyphenation. A village band story (capital kicker CULTURA, title, deck as subtitle, `Da X` byline line, "
    "caption + `Ritrattu: X` inside a sentence, the running head inside a sentence); a road story cut "
    "mid-sentence before `Seguita in pagina 8`; an IN BREVE column of three run-in items (`Title — text`).",
    "date": "2026-11-27",
    "page": "6",
    "head": ["A VOCE DI U PUMONTE", "N° 542     Venneri 27 di nuvembre 2026     Pagina 6"],
    "foot": ["Redazzione: 3, carrughju Fesch, 20000 Aiacciu     voce@pumonte.example.org"],
    "furniture": [
        "A VOCE DI U PUMONTE",
        "N° 542",
        "Venneri 27 di nuvembre 2026",
        "Pagina 6",
        "6     A Voce di u Pumonte     27.11.2026",
        "Seguita in pagina 8",
        "Redazzione: 3, carrughju Fesch, 20000 Aiacciu",
        "voce@pumonte.example.org",
    ],
    "run": ["6     A Voce di u Pumonte     27.11.2026"],
    "markup": ["—", "—", "—"],
    "labels": ["IN BREVE", "IN BREVE"],
    "articles": [
        {
            "lines": [
                "CULTURA",
                "A banda di Zicavu ripiglia fiatu",
                "Dopu à vint'anni di silenziu, a banda di u",
                "paese hà ripresu e prove cù quindeci",
                "musicanti, da i dodeci à l'ottant'anni.",
                "Da Anna Maria Filippi",
            ],
            "kicker": "CULTURA",
            "title": "A banda di Zicavu ripiglia fiatu",
            "subtitle": "Dopu à vint'anni di silenziu, a banda di u paese hà ripresu e prove cù quindeci "
            "musicanti, da i dodeci à l'ottant'anni.",
            "byline": ["Da Anna Maria Filippi", "Anna Maria Filippi"],
            "captions": ["I musicanti di a banda durante a prova di venneri scorsu."],
            "credits": ["Ritrattu: Petru Mattei"],
            "body": [
                "Ogni venneri sera, a sala cumunale di Zicavu s'empie di musica. Quindeci musi~canti "
                "si ritrovanu per a prova di a banda, chì ùn sunava più dapoi u 2006, quandu u so "
                "ultimu capi~banda era mortu.",
                "«\u00a0Avemu ritrovu i vechji strumenti in un armariu di a scola\u00a0», conta "
                "Ghjacumu Santoni, u novu capibanda. «\u00a0Certi eranu ruzzinati, ma un arti~gianu "
                "d'Aiacciu l'hà rimessi in sestu.\u00a0»",
                "A cumuna hà datu 12 000 euri per cumprà trè strumenti novi è {cap}pagà un maestru "
                "di musica chì vene da Sartè ogni quindeci ghjorni. I zitelli di a scola "
                "impa~ranu a leghje a musica u mercuri dopu meziornu.",
                "A prima surtita di a banda serà per a festa di Santa Lucia, u 13 di dicembre, "
                "nantu à a piazza di a {run}chjesa. Dopu, i musicanti volenu sunà ancu in i paesi "
                "vicini, cum'è una volta, per e feste di l'estate.",
            ],
        },
        {
            "lines": ["A strada di u colle torna aperta", "Da Petru Santu Leca"],
            "title": "A strada di u colle torna aperta",
            "byline": ["Da Petru Santu Leca", "Petru Santu Leca"],
            "body": [
                "Dopu sei mesi di travagliu, a strada trà Zicavu è Cozzà hè torna aperta à a "
                "circula~zione dapoi luni. Una parte di a muntagna era falata in aprile, dopu à e "
                "grande piogge, è i paisani devianu fà un giru di quaranta chilometri.",
                "«\u00a0Eramu tagliati da u mondu\u00a0», dice Maria Ghjuvanna Orsini, chì tene a "
                "buttega di u paese. U cunsigliu dipartimintale hà spesu 1,8 milione d'euri per "
                "rinfurzà a muntagna, ma certi eletti dumandanu digià chì si faci un muru ancu "
                "più altu prima di l'inguernu, perchè i tecnichi anu trovu",
                ("end", "Seguita in pagina 8"),
            ],
        },
        {
            "lines": ["IN BREVE"],
            "runin": " — ",
            "section": ["IN BREVE", None],
            "kicker": [None, "IN BREVE"],
            "title": "Donu di sangue",
            "body": [
                "U camiò di u donu di sangue serà nantu à a piazza marti da 8 ore à meziornu. "
                "Ùn scurdate micca un documentu d'identità.",
            ],
        },
        {
            "runin": " — ",
            "section": ["IN BREVE", None],
            "kicker": [None, "IN BREVE"],
            "title": "Merendella",
            "body": [
                "A merendella di l'associu di i parenti si farà dumenica à 15 ore in a sala "
                "cumunale. Ogni famiglia porta un piattu.",
            ],
        },
        {
            "runin": " — ",
            "section": ["IN BREVE", None],
            "kicker": [None, "IN BREVE"],
            "title": "Corsi di lingua",
            "body": [
                "I corsi di lingua corsa per i grandi ripiglianu ghjovi à 18 ore à a biblioteca. "
                "Sò di rigalu è aperti à tutti.",
            ],
        },
    ],
}

SERBSKI = {
    "name": "hsb_latin2_crlf_upper_sorbian_weekly_caps_kicker_title_subtitle_bare_name_byline_line_l_stroke_"
    "e_caron_r_caron_ascii_quotes_hyphenation_caption_foto_midsentence_running_head_midsentence_"
    "pokrocowanje_jump_krotke_powesce_runin_items",
    "encoding": "iso-8859-2",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Łužiski Posoł čo. 47, 2026-11-27, strona 5, an Upper Sorbian weekly, ISO-8859-2 (`ł ě č ř ž š ć ń ó`, "
    "ASCII double quotes: the code page has no low-high quotes), CRLF; blank-line paragraphs, wrapped at 41 "
    "with hyphenation. A kindergarten story (capital kicker KUBŁANJE, title, deck as subtitle, a byline line "
    "that is the bare name, caption + `Foto: X` inside a sentence, the running head inside a sentence); a "
    "council story cut mid-sentence before `Pokročowanje na stronje 7`; a KRÓTKE POWĚSĆE column of three "
    "run-in items (`Title - text`).",
    "date": "2026-11-27",
    "page": "5",
    "head": ["ŁUŽISKI POSOŁ", "Čo. 47     Pjatk, 27. nowembra 2026     Strona 5"],
    "foot": ["Redakcija: Hornjoserbska 12, 02625 Budyšin     redakcija@posol.example.de"],
    "furniture": [
        "ŁUŽISKI POSOŁ",
        "Čo. 47",
        "Pjatk, 27. nowembra 2026",
        "Strona 5",
        "Łužiski Posoł     27. 11. 2026     5",
        "Pokročowanje na stronje 7",
        "Redakcija: Hornjoserbska 12, 02625 Budyšin",
        "redakcija@posol.example.de",
    ],
    "run": ["Łužiski Posoł     27. 11. 2026     5"],
    "markup": ["-", "-", "-"],
    "labels": ["KRÓTKE POWĚSĆE", "KRÓTKE POWĚSĆE"],
    "articles": [
        {
            "lines": [
                "KUBŁANJE",
                "Nowa pěstowarnja w Chrósćicach wotewrjena",
                "Wot póndźele maja 46 dźěći nowe rumy.",
                "Twarba je wjace hač milion eurow płaćiła.",
                "Jadwiga Kralowa",
            ],
            "kicker": "KUBŁANJE",
            "title": "Nowa pěstowarnja w Chrósćicach wotewrjena",
            "subtitle": "Wot póndźele maja 46 dźěći nowe rumy. Twarba je wjace hač milion eurow płaćiła.",
            "byline": "Jadwiga Kralowa",
            "captions": ["Dźěći z nawodnicu Marju Šołćic w nowej zahrodźe."],
            "credits": ["Foto: Feliks Haza"],
            "body": [
                "Wot póndźele chodźi 46 dźěći do noweje pěstowar~nje w Chrósći~cach. Stare twar~jenje "
                "bě pře~małe a hižo njebě po předpi~sach, praji wjesnja~nosta Jurij Wjenka.",
                '"Smy jara zbožow~ni", praji nawod~nica pěstowarnje Marja Šołćic. "Dźěći móža nětko '
                'tež zwonka hrać, přetož mamy wulku zahrodu."',
                "W nowym domje su štyri skupin~ske rumy, wulka kuch~nja a spanska stwa. Jědź za "
                "dźěći so kóždy dźeń {cap}na městnje wari, a to z produk~tow ze wsy.",
                "Dźěći so w pěstowar~ni serbsce a němsce wuča. Po {run}słowach nawod~nicy so w "
                "třoch ze štyrjoch skupin jenož serbsce rěči.",
            ],
        },
        {
            "lines": ["Kulturny dom budźe ponowjeny", "Bianka Nukowa"],
            "title": "Kulturny dom budźe ponowjeny",
            "byline": "Bianka Nukowa",
            "body": [
                "Gmejn~ska rada je na swojim posedźe~nju wutoru rozsu~dźiła, zo so kultur~ny dom w "
                "Ralbicach w přichod~nym lěće ponowi. Třěcha a wokna su stare, a w zymje je w "
                "sali jara zyma.",
                "Kulturny dom je wažne městno za wjes. Tu swjeća so kwasy, tu zetkawa so chór a "
                "tu hraje kóžde lěto dźiwadłowa skupina. Wjesnjanosta Wjenka je prajił, zo budźe "
                "sala tež za čas twarby za chór wotewrjena.",
                "Ponow~jenje budźe něhdźe 400 000 eurow płaćić. Połojcu zapłaći Swobod~ny stat "
                "Sakska, druhu połojcu chce gmejna z",
                ("end", "Pokročowanje na stronje 7"),
            ],
        },
        {
            "lines": ["Chrósćicy dobyja derby"],
            "title": "Chrósćicy dobyja derby",
            "byline": ["Měrćin Kral", None],
            "body": [
                "Kopańcarjo SJ Chrósćicy su njedźelu derby přećiwo Ralbicam z 3:1 dobyli. Před "
                "wjace hač 300 přihladowarjemi su domjacy hižo po połhodźinje z 2:0 wjedli.",
                "Po přestawce su hosćo jedne wrota třělili a hrali lěpje. Ale w 80. mjeńšinje je "
                "Bosćan Nuk z třećimi wrotami dobyće wěsćił.",
                "Z dobyćom su Chrósćičenjo nětko na druhim městnje tabele. Přichodnu njedźelu "
                'hraja w Kamjencu. Trenar Jan Šěca je z mustwom spokojom: "Hólcy su dźensa '
                'wulce wojowali."',
                ("end", "Měrćin Kral"),
            ],
        },
        {
            "lines": ["KRÓTKE POWĚSĆE"],
            "runin": " - ",
            "section": ["KRÓTKE POWĚSĆE", None],
            "kicker": [None, "KRÓTKE POWĚSĆE"],
            "title": "Adwentny koncert",
            "body": [
                "Chór Lipa spěwa prěnju adwent~nu njedźelu w 17 hodź. w cyrkwi w Chrósćicach. Zastup je darmot~ny, dary za ponowjenje pišćelow su witane.",
            ],
        },
        {
            "runin": " - ",
            "section": ["KRÓTKE POWĚSĆE", None],
            "kicker": [None, "KRÓTKE POWĚSĆE"],
            "title": "Darjenje krwje",
            "body": [
                "Čerwje~ny křiž přeproša srjedu wot 15 do 19 hodź. na darjenje krwje do šule w Ralbicach.",
            ],
        },
        {
            "runin": " - ",
            "section": ["KRÓTKE POWĚSĆE", None],
            "kicker": [None, "KRÓTKE POWĚSĆE"],
            "title": "Hodowne wiki",
            "body": [
                "Hodowne wiki budu sobotu 12. decembra wot 14 hodź. na wjesnym nawsu. Wobdźělitej so "
                "tež wobě šuli. Za dźěći budźe mikławš z darami.",
            ],
        },
    ],
}

PAGES = [ZHAOPIN, SHEQU, CISHAN, YIHUI, ZHUANLAN, YUYE, GAEILGE, OCCITAN, CORSU, SERBSKI]
