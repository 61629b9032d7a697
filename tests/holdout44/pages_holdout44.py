"""The text of every holdout44 page, written once: make_holdout44_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head,
`{col}` a column break; `~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit, a source line). An article with `runin`
(a separator such as `: `) is a run-in item: no head line, its title printed at the start of
its first paragraph. All papers, people, firms, schools, clubs and events are invented.
"""

LAONIAN = {
    "name": "zh_gbk_crlf_laonian_daxue_page_yinti_zhuti_byline_shixisheng_caption_she_midsentence_running_head_"
    "kecheng_table_header_zhu_row_koushu_zhengli_byline_yinling_kuaixun",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 23,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "澄川日报 2026-12-08 第7版 银龄生活, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 23. A 老年大学 story (引题, 主题, byline line `本报记者　蒋文澜　实习生　冉　悦`, caption + "
    "`实习生　冉　悦　摄` inside a sentence, the running head inside a sentence); under the label 课程表 a "
    "course table (a header row, five course rows, a `注：` row) with a `资料来源：` line (its last paragraph); a first-person "
    "piece told by a student, its byline line `口述：学员　冯桂兰　整理：本报记者　蒋文澜`; a 银龄快讯 column "
    "of two items.",
    "date": "2026-12-08",
    "page": "7",
    "head": ["澄川日报　　2026年12月8日　星期二　　第7版", "银龄生活　　　　责任编辑：樊丽萍　　版式：郝　军"],
    "foot": ["银龄热线：0739-5267788　　投稿邮箱：yinling@ccrb.example.cn　　校对：庄小雨"],
    "furniture": [
        "澄川日报",
        "2026年12月8日",
        "星期二",
        "第7版",
        "银龄生活",
        "责任编辑：樊丽萍",
        "版式：郝　军",
        "澄川日报·银龄生活　第7版",
        "银龄热线：0739-5267788",
        "投稿邮箱：yinling@ccrb.example.cn",
        "校对：庄小雨",
    ],
    "run": ["澄川日报·银龄生活　第7版"],
    "labels": ["银龄快讯"],
    "articles": [
        {
            "lines": [
                "春季学期1月5日起网上报名",
                "市老年大学新开十二门课",
                "本报记者　蒋文澜　实习生　冉　悦",
            ],
            "kicker": "春季学期1月5日起网上报名",
            "title": "市老年大学新开十二门课",
            "byline": ["本报记者　蒋文澜　实习生　冉　悦", "蒋文澜"],
            "captions": ["市老年大学智能手机班的学员在老师指导下学习用手机挂号。"],
            "credits": ["实习生　冉　悦　摄"],
            "body": [
                "记者昨天从澄川市老年大学获悉，2027年春季学期将新开智能手机应用、短视频拍摄、"
                "八段锦、葫芦丝等十二门课程，全校课程总数达到86门，计划招收学员5200人次。",
                "“每学期一开放报名，热门课几分钟就满了。”老年大学教务处处长祝海平说，"
                "去年秋季学期，书法、声乐和智能手机三类课程的报名人数都超过了名额的三倍。"
                "为此，学校把部分课程搬进了社区，{cap}在城东、城西两个街道设立了教学点。",
                "记者在智能手机班看到，二十多位学员正跟着老师练习用手机缴纳水电费。"
                "67岁的学员卢建国说，以前每次缴费都要让女儿帮忙，{run}现在自己在家就能办好，"
                "“还学会了给孙子发视频”。",
                "祝海平介绍，春季学期报名采取网上报名为主、现场报名为辅的方式。"
                "每位学员最多可报三门课，在读学员可优先续报原课程，新学员按报名先后顺序录取。"
                "不会使用手机的老人，可由子女代为报名，也可到学校一楼服务台现场办理。",
            ],
        },
        {
            "lines": ["课程表", "2027年春季学期新开课程（部分）"],
            "section": ["课程表", None],
            "kicker": [None, "课程表"],
            "title": "2027年春季学期新开课程（部分）",
            "body": [
                ("row", "课程名称　　　　上课时间　　　　　学费（元/学期）"),
                ("row", "智能手机应用　　周一上午9:00　　　200"),
                ("row", "短视频拍摄　　　周二下午2:30　　　260"),
                ("row", "八段锦　　　　　周三上午8:30　　　160"),
                ("row", "葫芦丝入门　　　周四下午2:30　　　220"),
                ("row", "家庭营养与烹饪　周五上午9:00　　　240"),
                ("row", "注：80岁以上学员及低保家庭老人学费减半，教材费另计。"),
                ("srow", "资料来源：澄川市老年大学教务处"),
            ],
        },
        {
            "lines": [
                "七十岁，我登上了合唱舞台",
                "口述：学员　冯桂兰　整理：本报记者　蒋文澜",
            ],
            "title": "七十岁，我登上了合唱舞台",
            "byline": ["口述：学员　冯桂兰　整理：本报记者　蒋文澜", "冯桂兰", "蒋文澜"],
            "body": [
                "我年轻时在纺织厂当挡车工，三班倒，一干就是三十年，唱歌只能在车间里哼两句。"
                "退休以后，带了几年外孙，等孩子上了小学，我才觉得心里空落落的。",
                "三年前，邻居拉着我去老年大学报了声乐班。第一节课老师让大家练气息，"
                "我一口气还没数到十就喘不上来了，回家后偷偷在阳台上练了一个月。",
                "今年国庆，我们班代表学校参加全市老年合唱比赛，唱的是《我和我的祖国》。"
                "站在台上，看到儿子和外孙在台下举着手机录像，我眼泪一下子就出来了。",
                "现在我每周上两次课，还在班里当了“生活委员”。有人问我这把年纪学唱歌图什么，"
                "我说，图个开心，也图个有事可干、有人说话。",
            ],
        },
        {
            "lines": ["银龄快讯", "社区助餐点增至46个"],
            "section": ["银龄快讯", None],
            "kicker": [None, "银龄快讯"],
            "title": "社区助餐点增至46个",
            "byline": [None, "席　悦", "席悦"],
            "body": [
                "本报讯（记者　席　悦）记者从市民政局获悉，今年我市新建社区老年助餐点12个，"
                "全市助餐点总数达到46个，60岁以上老人每餐可享受2元至5元不等的补贴。",
            ],
        },
        {
            "lines": ["“银发课堂”教老人识骗防骗"],
            "section": ["银龄快讯", None],
            "kicker": [None, "银龄快讯"],
            "title": "“银发课堂”教老人识骗防骗",
            "body": [
                "本报讯　12月5日，城西街道联合派出所在社区活动室开设“银发课堂”，民警结合近期案例，"
                "向八十多名老人讲解了保健品推销、冒充公检法等常见骗术，并现场教老人安装反诈软件。",
            ],
        },
    ],
}

JIANKANG = {
    "name": "zh_gb18030_lf_jiankang_page_zhuti_futi_byline_tongxunyuan_caption_midsentence_column_break_running_"
    "head_zhuanjia_menzhen_table_header_rows_guahao_row_duzhe_wen_yisheng_da_rare_char_jiankang_kuaixun",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "榕西晚报 2026-12-09 A11版 健康周刊, GB18030 (`𬭚` U+2CB5A in a doctor's name, not in GBK), LF; "
    "no blank lines inside an article (indent-only paragraphs), wrapped at 21. A winter stroke story "
    "(主题, 副题, byline line `记者　骆一鸣　通讯员　卢　晓`, caption + credit inside a sentence, a column "
    "break inside a sentence, the running head inside a sentence); under the label 专家门诊 a weekly "
    "clinic table (a header row, five doctor rows, a `挂号：` row); a reader's question answered by a "
    "doctor (`读者　邱女士问：` / `…主治医师　邝𬭚答：` paragraphs); a 健康快讯 column of two items.",
    "date": "2026-12-09",
    "page": "A11",
    "head": ["榕西晚报", "2026年12月9日　星期三　A11　健康周刊　　　主编：骆晓岚　　责编：温　婧"],
    "foot": ["健康热线：0591-87653210　　本版图片除署名外均为资料图片"],
    "furniture": [
        "榕西晚报",
        "2026年12月9日",
        "星期三",
        "A11",
        "健康周刊",
        "主编：骆晓岚",
        "责编：温　婧",
        "榕西晚报·健康周刊",
        "健康热线：0591-87653210",
        "本版图片除署名外均为资料图片",
    ],
    "run": ["榕西晚报·健康周刊"],
    "labels": ["健康快讯"],
    "articles": [
        {
            "lines": [
                "天冷了，脑卒中患者明显增多",
                "医生提醒：出现“口角歪斜、一侧无力”要立即就医",
                "记者　骆一鸣　通讯员　卢　晓",
            ],
            "title": "天冷了，脑卒中患者明显增多",
            "subtitle": "医生提醒：出现“口角歪斜、一侧无力”要立即就医",
            "byline": ["记者　骆一鸣　通讯员　卢　晓", "骆一鸣"],
            "captions": ["市第二人民医院卒中中心医护人员在为一名患者做溶栓治疗。"],
            "credits": ["通讯员　卢　晓　摄"],
            "body": [
                "入冬以来，气温起伏较大，市第二人民医院卒中中心接诊的急性脑卒中患者比十月份增加了约三成，"
                "其中六十岁以上老人占七成以上。",
                "卒中中心主任、主任医师房立新介绍，脑卒中俗称“中风”，{cap}发病后救治越早，"
                "患者留下后遗症的可能就越小。“对缺血性脑卒中来说，发病后4.5小时以内是静脉溶栓的"
                "{col}黄金时间，耽误一分钟，就会有大约190万个脑细胞死亡。”",
                "房立新说，不少患者错过了最佳治疗时间，原因是家属以为老人只是“累了”“睡一觉就好”。"
                "上周，一位72岁的老人早上起床时说话含糊，{run}家人等到下午才把他送到医院，已经错过了溶栓时机。",
                "医生提醒，冬季要注意头部和颈部保暖，清晨起床不要太急，高血压、糖尿病患者要按时服药、"
                "定期监测。一旦发现家人突然口角歪斜、一侧手脚无力或说话不清，应立即拨打120。",
                "据了解，该院卒中中心已与全市42家乡镇卫生院建立远程会诊网络，基层医生可将患者的CT影像"
                "实时传给专家，由专家判断是否需要转诊，患者从入院到开始溶栓的平均时间缩短到了38分钟。",
            ],
        },
        {
            "lines": ["专家门诊", "市第二人民医院本周专家门诊安排"],
            "section": ["专家门诊", None],
            "kicker": [None, "专家门诊"],
            "title": "市第二人民医院本周专家门诊安排",
            "body": [
                ("row", "科室　　　　专家　　　职称　　　　出诊时间"),
                ("row", "神经内科　　房立新　　主任医师　　周一上午、周四全天"),
                ("row", "心血管内科　董雅琴　　主任医师　　周二上午"),
                ("row", "消化内科　　邝𬭚　　　主治医师　　周三下午、周五上午"),
                ("row", "内分泌科　　程　颖　　副主任医师　周三上午"),
                ("row", "康复医学科　易国梁　　主任医师　　周五下午"),
                ("row", "挂号：可通过医院公众号、自助机或拨打预约电话提前7天预约，停诊信息以当日公告为准。"),
            ],
        },
        {
            "lines": ["胃里总是反酸，要不要做胃镜？"],
            "title": "胃里总是反酸，要不要做胃镜？",
            "byline": [None, "邝𬭚"],
            "body": [
                "读者　邱女士问：我今年45岁，最近两个月吃完饭经常反酸、烧心，晚上躺下更明显，"
                "吃了几次胃药好一些，停药又犯。需要去做胃镜吗？",
                "市第二人民医院消化内科主治医师　邝𬭚答：反酸、烧心是胃食管反流的常见表现。"
                "症状反复超过一个月，或者出现吞咽困难、体重下降、黑便等情况，建议到消化内科就诊，"
                "由医生判断是否需要做胃镜。四十岁以上、有胃癌家族史的人，也应当定期检查。",
                "日常生活中，晚饭不要吃得太饱，饭后两三个小时内不要躺下，睡觉时可以把床头垫高一些；"
                "少喝浓茶、咖啡，少吃甜食和油炸食品，吸烟的朋友最好戒烟。",
            ],
        },
        {
            "lines": ["健康快讯", "流感疫苗接种点延长服务时间"],
            "section": ["健康快讯", None],
            "kicker": [None, "健康快讯"],
            "title": "流感疫苗接种点延长服务时间",
            "body": [
                "本报讯　记者从市疾控中心获悉，即日起至明年1月底，全市32个流感疫苗接种门诊周六照常开放，"
                "部分门诊工作日延长至晚上8点。",
            ],
        },
        {
            "lines": ["市中医院开设冬令膏方咨询门诊"],
            "section": ["健康快讯", None],
            "kicker": [None, "健康快讯"],
            "title": "市中医院开设冬令膏方咨询门诊",
            "byline": [None, "江　澈", "江澈"],
            "body": [
                "本报讯（通讯员　江　澈）市中医院治未病科本月起每周六上午开设膏方及冬令调理咨询门诊，"
                "市民可通过医院小程序预约。",
            ],
        },
    ],
}

FAZHI = {
    "name": "zh_utf16be_bom_crlf_fazhi_page_yiansifa_column_title_byline_fayuan_tongxunyuan_caption_midsentence_"
    "running_head_bracket_headings_anqing_faguan_shuofa_fatiao_lianjie_box_fazhi_kuaixun",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "汀阳日报 2026-12-10 第8版 法治, UTF-16 BE with BOM, CRLF; blank-line paragraphs with a two-space "
    "indent, wrapped at 22. A court story (主题, 副题, byline line `本报记者　宁思远　通讯员　汀法宣`, caption + "
    "credit inside a sentence, the running head inside a sentence); an 以案说法 column piece with "
    "bracketed headings 【案情】 and 【法官说法】 and the judge's byline line `汀阳市中级人民法院　郁　婷`; a "
    "法条链接 box quoting a statute; a 法治快讯 column of two items.",
    "date": "2026-12-10",
    "page": "8",
    "head": ["汀阳日报　2026年12月10日　星期四", "第8版　法治　　　责任编辑：褚一帆　　美术编辑：潘　岳"],
    "foot": ["法治热线：0763-3361100　　电子邮箱：fazhi@tyrb.example.cn"],
    "furniture": [
        "汀阳日报",
        "2026年12月10日",
        "星期四",
        "第8版",
        "法治",
        "责任编辑：褚一帆",
        "美术编辑：潘　岳",
        "汀阳日报　法治　第8版",
        "法治热线：0763-3361100",
        "电子邮箱：fazhi@tyrb.example.cn",
    ],
    "run": ["汀阳日报　法治　第8版"],
    "labels": ["法治快讯"],
    "articles": [
        {
            "lines": [
                "“先收定金再跑路”装修公司老板获刑",
                "涉及业主63户，法院判决退赔全部损失",
                "本报记者　宁思远　通讯员　汀法宣",
            ],
            "title": "“先收定金再跑路”装修公司老板获刑",
            "subtitle": "涉及业主63户，法院判决退赔全部损失",
            "byline": ["本报记者　宁思远　通讯员　汀法宣", "宁思远"],
            "captions": ["庭审现场，被告人在法庭上陈述。"],
            "credits": ["通讯员　汀法宣　摄"],
            "body": [
                "以“限时特惠”为名收取装修定金，收钱后却迟迟不开工，最后关门失联。12月8日，"
                "汀阳市江滨区人民法院公开宣判一起合同诈骗案，被告人柴某以合同诈骗罪被判处有期徒刑六年，"
                "并处罚金二十万元，责令退赔63户业主的全部损失。",
                "法院审理查明，2024年起，柴某经营的装修公司资金周转困难，{cap}他仍以“交一万抵两万”"
                "等名义吸引业主签订装修合同，先后收取定金、首付款共计260余万元，其中大部分用于偿还个人债务。",
                "承办法官介绍，判断是否构成合同诈骗，关键看行为人签订合同时有没有履约能力和履约意愿。"
                "本案中，柴某在明知公司已无力施工的情况下，{run}仍然大量签约收款，并转移资金，具有非法占有的目的。",
                "法官提醒，消费者选择装修公司时，要查看其资质和经营情况，对明显低于市场价的优惠保持警惕，"
                "尽量按工程进度分期付款。",
            ],
        },
        {
            "lines": ["以案说法", "邻居家空调外机滴水，能要求移位吗？", "汀阳市中级人民法院　郁　婷"],
            "section": ["以案说法", None],
            "kicker": [None, "以案说法"],
            "title": "邻居家空调外机滴水，能要求移位吗？",
            "byline": ["汀阳市中级人民法院　郁　婷", "郁　婷", "郁婷"],
            "body": [
                ("h", "【案情】"),
                "老钟家住三楼，楼上邻居小贺家的空调外机正好装在他家卧室窗户上方。每到夏天，"
                "外机的冷凝水就滴在老钟家的窗台上，“嗒嗒”声整夜不停，窗台也被泡出了霉斑。"
                "老钟多次上门协商未果，诉至法院，要求小贺移装空调外机并赔偿损失。",
                ("h", "【法官说法】"),
                "不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。"
                "小贺安装空调外机未采取导水措施，冷凝水长期滴落，已经影响了老钟的正常生活，应当排除妨碍。",
                "经法院调解，小贺为外机加装了排水管，并赔偿老钟窗台维修费用800元。"
                "法官提醒，安装空调外机时应当考虑邻居的感受，相邻之间多一分体谅，就少一分纠纷。",
            ],
        },
        {
            "lines": ["法条链接"],
            "title": "法条链接",
            "body": [
                "《中华人民共和国民法典》第二百八十八条　不动产的相邻权利人应当按照有利生产、方便生活、"
                "团结互助、公平合理的原则，正确处理相邻关系。",
            ],
        },
        {
            "lines": ["法治快讯", "“法官进社区”月内走进30个小区"],
            "section": ["法治快讯", None],
            "kicker": [None, "法治快讯"],
            "title": "“法官进社区”月内走进30个小区",
            "body": [
                "本报讯　汀阳市中级人民法院本月起开展“法官进社区”活动，组织60名法官走进30个小区，"
                "围绕物业服务、邻里纠纷、养老诈骗等问题现场答疑。",
            ],
        },
        {
            "lines": ["一男子酒后驾驶电动自行车被罚"],
            "section": ["法治快讯", None],
            "kicker": [None, "法治快讯"],
            "title": "一男子酒后驾驶电动自行车被罚",
            "byline": [None, "封　岩", "封岩"],
            "body": [
                "本报讯（记者　封　岩）12月6日晚，交警在江滨路查处一名酒后驾驶电动自行车的男子，"
                "经检测其血液酒精含量为每百毫升56毫克，交警依法对其处以罚款。",
            ],
        },
    ],
}

XUANJU = {
    "name": "zht_cp950_lf_taiwan_difang_xuanju_page_minguo_date_futi_jizhe_slash_baodao_byline_caption_she_"
    "midsentence_running_head_canxuan_dengji_table_header_rows_circle_wen_jizhe_byline_xuanqing_kuaixun",
    "encoding": "cp950",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 20,
    "indent": "",
    "blank": True,
    "note": "溪洲時報 2026-09-01 (民國115年) 第4版 彰化縣, a Taiwan local page in election season, cp950, LF; "
    "no indent, blank lines between paragraphs, wrapped at 20. A 縣長 registration story (title, 副題 with "
    "a U+3000 gap, byline line `記者賴品蓁／彰化報導`, 「」 quotes, caption + `（記者賴品蓁攝）` inside a sentence, "
    "the running head inside a sentence); a registration table (a header row, five candidate rows, an "
    "`（依登記順序排列）` row) with a `資料來源：` credit; a 選情觀察 analysis under `◎文／記者洪士傑`; a "
    "選舉快訊 column of three items opening on `（記者X／鹿港報導）` and `【本報訊】`.",
    "date": "2026-09-01",
    "page": "4",
    "head": ["溪洲時報", "中華民國115年9月1日　星期二　第4版　彰化縣"],
    "foot": ["地方中心主任：童建勳　　本版編輯：魏筱涵　　讀者服務：(04)723-5566"],
    "furniture": [
        "溪洲時報",
        "中華民國115年9月1日",
        "星期二",
        "第4版",
        "彰化縣",
        "溪洲時報／彰化縣新聞",
        "地方中心主任：童建勳",
        "本版編輯：魏筱涵",
        "讀者服務：(04)723-5566",
    ],
    "run": ["溪洲時報／彰化縣新聞"],
    "labels": ["選舉快訊", "選舉快訊"],
    "articles": [
        {
            "lines": [
                "縣長選戰開跑　首日兩人登記",
                "兩大黨參選人同日完成手續　支持者擠滿選委會",
                "記者賴品蓁／彰化報導",
            ],
            "title": "縣長選戰開跑　首日兩人登記",
            "subtitle": "兩大黨參選人同日完成手續　支持者擠滿選委會",
            "byline": ["記者賴品蓁／彰化報導", "賴品蓁"],
            "captions": ["縣長參選人在支持者簇擁下前往選委會完成登記。"],
            "credits": ["（記者賴品蓁攝）"],
            "body": [
                "地方公職人員選舉昨天起受理參選登記，縣長選戰正式開跑。兩名主要政黨提名的縣長參選人昨天上午"
                "先後前往縣選舉委員會完成登記，各自帶著上百名支持者到場，選委會外的廣場一度擠得水洩不通。",
                "上午九點一到，現任副縣長周炳輝在立委、議員陪同下第一個抵達，{cap}他說自己在縣府服務八年，"
                "「最清楚地方需要什麼」，未來會優先處理交通和長照問題。",
                "十點半左右，前立委卓美華也率支持者前來登記。她強調要讓彰化「青年留得住、老人顧得好」，"
                "並點名縣內工業區污染問題，{run}承諾上任後公開所有工廠的排放資料。",
                "選委會表示，縣長、縣議員及鄉鎮市長參選登記至9月5日截止，每天上午8時30分至下午5時受理，"
                "參選人須備齊相關文件並繳交保證金，縣長參選人的保證金為新臺幣20萬元。",
                "為避免支持者聚集影響交通，選委會今天起在門口設置分流動線，並請參選人事先告知到場時間，"
                "警方也將派員在周邊{col}路口指揮交通，請民眾多利用大眾運輸工具。",
            ],
        },
        {
            "lines": ["縣議員參選登記　首日名單"],
            "title": "縣議員參選登記　首日名單",
            # the source line stays a credit (2026-12-05): the page section 彰化縣 is furniture,
            # and a furniture string inside a paragraph counts as a leak against the gold itself
            "credits": ["資料來源：彰化縣選舉委員會"],
            "body": [
                ("row", "選區　　　姓名　　　性別　年齡"),
                ("row", "第一選區　許文彥　　男　　52"),
                ("row", "第一選區　柯淑娟　　女　　47"),
                ("row", "第三選區　黃志堅　　男　　61"),
                ("row", "第五選區　楊博仁　　男　　34"),
                ("row", "第八選區　施雅琪　　女　　39"),
                ("row", "（依登記順序排列）"),
                ("end", "資料來源：彰化縣選舉委員會"),
            ],
        },
        {
            "lines": ["選情觀察", "議員選區重劃　老將新人都緊張", "◎文／記者洪士傑"],
            "section": ["選情觀察", None],
            "kicker": [None, "選情觀察"],
            "title": "議員選區重劃　老將新人都緊張",
            "byline": ["◎文／記者洪士傑", "文／記者洪士傑", "洪士傑"],
            "body": [
                "本屆縣議員選舉，因人口變動，員林和鹿港所在的選區各增加一席應選名額，山線選區則減少一席，"
                "不少尋求連任的議員必須重新經營選區。",
                "一名連任三屆的議員私下坦言，選區重劃後有三分之一的票倉「換了人」，過去熟悉的宮廟和里長"
                "都要重新拜訪，「等於從頭開始」。",
                "另一方面，今年投入議員選舉的新人明顯增加，其中不乏返鄉青年和社工、教師。"
                "地方人士分析，新人多半靠社群媒體拉抬聲量，能否轉化為實際選票，還要看基層組織。",
            ],
        },
        {
            "lines": ["選舉快訊", "鹿港鎮長三人有意參選"],
            "section": ["選舉快訊", None],
            "kicker": [None, "選舉快訊"],
            "title": "鹿港鎮長三人有意參選",
            "byline": [None, "簡宏毅"],
            "body": [
                "（記者簡宏毅／鹿港報導）鹿港鎮長選舉目前已有三人表態參選，包括兩名現任鎮民代表及一名退休校長，"
                "預計本週內陸續完成登記。",
            ],
        },
        {
            "lines": ["選委會徵求投開票所工作人員"],
            "section": ["選舉快訊", None],
            "kicker": [None, "選舉快訊"],
            "title": "選委會徵求投開票所工作人員",
            "body": [
                "【本報訊】縣選委會即日起徵求11月28日投開票所工作人員，年滿20歲、具中華民國國籍者均可報名，"
                "名額約8千人，可洽各鄉鎮市公所。",
            ],
        },
        {
            "lines": ["員林辦選舉說明會"],
            "section": ["選舉快訊", None],
            "kicker": [None, "選舉快訊"],
            "title": "員林辦選舉說明會",
            "body": [
                "【本報訊】縣選委會9月3日下午2時在員林市公所禮堂舉辦參選人說明會，"
                "說明競選經費、文宣及廣告物設置等規定，有意參選者可自由參加。",
            ],
        },
    ],
}

CAIJING = {
    "name": "zht_big5hkscs_crlf_hk_caijing_page_title_futi_byline_cantonese_broker_quote_caption_midsentence_"
    "running_head_shoushi_hangqing_table_header_rows_zhuanlan_label_name_line_caijing_kuaixun",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "灣仔商報 2026-12-11 B2 財經, a Hong Kong daily, Big5-HKSCS (Cantonese `啲 咗 嘅 嚟 㗎`, none in "
    "cp950), CRLF; no blank lines inside an article (indent-only paragraphs), wrapped at 22. A market "
    "story (title, 副題 with a U+3000 gap, byline line `本報記者　溫卓琳`, a broker's Cantonese quote, "
    "caption + `（本報記者攝）` inside a sentence, the running head inside a sentence); a 收市行情 box (a "
    "header row, four index rows, a currency row) with a `資料來源：` line (its last paragraph); a column under its name "
    "錢搵錢 with its writer's name alone on a line; a 財經快訊 column of two items.",
    "date": "2026-12-11",
    "page": "B2",
    "head": ["灣仔商報　2026年12月11日　星期五", "B2　財經　　　　編輯：尹浩賢　　美術：司徒靜"],
    "foot": ["本報地址：香港灣仔告士打道188號12樓　　財經組電郵：biz@wcbiz.example.hk"],
    "furniture": [
        "灣仔商報",
        "2026年12月11日",
        "星期五",
        "B2",
        "財經",
        "編輯：尹浩賢",
        "美術：司徒靜",
        "灣仔商報　財經　B2",
        "本報地址：香港灣仔告士打道188號12樓",
        "財經組電郵：biz@wcbiz.example.hk",
    ],
    "run": ["灣仔商報　財經　B2"],
    "labels": ["財經快訊", "財經快訊"],
    "articles": [
        {
            "lines": ["港股三連升　成交重上二千億", "科技股領漲　散戶入市仍審慎", "本報記者　溫卓琳"],
            "title": "港股三連升　成交重上二千億",
            "subtitle": "科技股領漲　散戶入市仍審慎",
            "byline": ["本報記者　溫卓琳", "溫卓琳"],
            "captions": ["投資者在中環一間證券行留意股價走勢。"],
            "credits": ["（本報記者攝）"],
            "body": [
                "港股昨日連升第三日，恒生指數收市報23418點，升286點或1.24%，全日成交額2076億元，"
                "為近一個月以來首次重上二千億元水平。",
                "分析指，美國通脹數據低過預期，市場憧憬減息步伐加快，資金重新流入科技股，{cap}恒生科技指數"
                "全日升2.3%，多隻電動車及晶片股升幅超過5%。",
                "不過，散戶入市態度仍然審慎。在中環經營證券行十多年的經紀伍志恆表示，近日查詢開戶的客人"
                "多咗，但真正落盤的不多：「好多人話等回調先入，啲散戶俾之前跌市嚇怕咗，{run}而家見升都唔敢追。」",
                "另有策略師提醒，恒指短期已累積一定升幅，23800點附近有阻力，投資者不宜過分進取，"
                "宜分段吸納業績穩定的收息股。",
                "外圍方面，日韓股市昨日亦普遍向好，日經平均指數升0.8%，韓國綜合指數升1.1%。"
                "美股期貨在亞洲時段窄幅上落，市場關注美國聯儲局下周議息結果。",
            ],
        },
        {
            "lines": ["收市行情（12月10日）"],
            "title": "收市行情（12月10日）",
            "body": [
                ("row", "指數　　　　　收市　　　升跌"),
                ("row", "恒生指數　　　23418　　+286"),
                ("row", "國企指數　　　8412　　 +117"),
                ("row", "恒生科技指數　5236　　 +118"),
                ("row", "滬深300　　　 4102　　 +21"),
                ("row", "港元兌美元　　7.7912"),
                ("srow", "資料來源：綜合市場報價"),
            ],
        },
        {
            "lines": ["錢搵錢", "退休儲蓄唔好淨係睇回報", "區志強"],
            "section": ["錢搵錢", None],
            "kicker": [None, "錢搵錢"],
            "title": "退休儲蓄唔好淨係睇回報",
            "byline": "區志強",
            "body": [
                "上星期有位讀者來信，話自己五十五歲，想將強積金全部轉入高風險股票基金，"
                "「搏佢十年翻一番」。我嘅答案係：唔好咁做。",
                "離退休愈近，可以承受虧損嘅時間就愈短。萬一退休前一兩年遇上大跌市，"
                "未必等得到反彈，到時要提取嘅錢就會大打折扣。",
                "比較穩陣嘅做法，係隨住年紀逐步增加債券及保守基金嘅比例，同時預留一筆足夠兩三年"
                "生活費嘅現金，咁就唔使喺市況差嘅時候被迫賣出資產。回報固然重要，但退休錢最緊要係攞得到㗎。",
            ],
        },
        {
            "lines": ["財經快訊", "本港零售銷售連升兩個月"],
            "section": ["財經快訊", None],
            "kicker": [None, "財經快訊"],
            "title": "本港零售銷售連升兩個月",
            "body": [
                "【本報訊】政府統計處數字顯示，10月零售業總銷貨價值按年上升3.1%，連續第二個月錄得升幅，"
                "其中珠寶首飾及藥物化妝品類別升幅較大。",
            ],
        },
        {
            "lines": ["兩新股下周招股"],
            "section": ["財經快訊", None],
            "kicker": [None, "財經快訊"],
            "title": "兩新股下周招股",
            "body": [
                "【本報訊】市場消息指，一間內地醫療器械公司及一間本地連鎖餐飲集團計劃下周招股，"
                "合共集資約18億元，最快本月底掛牌。",
            ],
        },
        {
            "lines": ["金價連跌三日"],
            "section": ["財經快訊", None],
            "kicker": [None, "財經快訊"],
            "title": "金價連跌三日",
            "body": [
                "【本報訊】國際金價昨日再跌0.6%，每盎司報2318美元，連跌三個交易日。本港金飾店"
                "足金飾品每兩牌價同步下調，有金舖職員指：「呢幾日嚟買金嘅客人反而多咗。」",
            ],
        },
    ],
}

FEIHUA = {
    "name": "zht_utf8_lf_philippine_huawenbao_feihua_shequ_page_title_futi_byline_shi_xun_lead_peso_caption_"
    "midsentence_running_head_shetuan_dongtai_rows_jinghe_notice_signed_association_jianxun_sugwu_xun",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 24,
    "indent": "",
    "blank": True,
    "note": "岷灣商報 2026-12-12 第7版 菲華社會, a Chinese-language daily in Manila, traditional, UTF-8 without "
    "BOM, LF; no indent, blank lines between paragraphs, wrapped at 24. A medical-mission story (title, "
    "副題, byline line `本報記者　施文彬`, a `（岷市訊）` lead, 披索 sums, caption + `（施文彬攝）` inside a "
    "sentence, the running head inside a sentence); a 社團動態 box of three rows; a 敬賀 notice (one "
    "paragraph) signed by an association; a 簡訊 column of two items opening on `（宿務訊）` and `本報訊`.",
    "date": "2026-12-12",
    "page": "7",
    "head": ["岷灣商報　MANILA BAY CHINESE DAILY", "2026年12月12日　星期六　第7版　菲華社會"],
    "foot": ["本報地址：岷里拉王彬街828號　　電話：(02)8241-3366　　社會版電郵：shehui@mbcd.example.ph"],
    "furniture": [
        "岷灣商報",
        "MANILA BAY CHINESE DAILY",
        "2026年12月12日",
        "星期六",
        "第7版",
        "菲華社會",
        "岷灣商報　菲華社會　第7版",
        "本報地址：岷里拉王彬街828號",
        "電話：(02)8241-3366",
        "社會版電郵：shehui@mbcd.example.ph",
    ],
    "run": ["岷灣商報　菲華社會　第7版"],
    "labels": ["簡訊"],
    "articles": [
        {
            "lines": ["蓮城同鄉會赴描轆義診", "三百多名村民受惠　另捐贈大米及文具", "本報記者　施文彬"],
            "title": "蓮城同鄉會赴描轆義診",
            "subtitle": "三百多名村民受惠　另捐贈大米及文具",
            "byline": ["本報記者　施文彬", "施文彬"],
            "captions": ["義診醫生為描轆村民量血壓。"],
            "credits": ["（施文彬攝）"],
            "body": [
                "（岷市訊）菲律濱蓮城同鄉會日前聯同兩家華人醫院的醫護人員，前往描轆省一個偏遠漁村舉辦義診，"
                "為三百多名村民免費看病、派藥，並捐贈大米五百包及學童文具一批，總值約四十五萬披索。",
                "同鄉會理事長許振輝表示，這是該會今年第三次下鄉義診。{cap}他說，很多村民一年也看不上一次醫生，"
                "「有的老人血壓很高，自己完全不知道」。",
                "隨隊的內科醫生柯美玲說，當天求診的以高血壓、皮膚病及兒童腸胃病居多，醫療隊已將需要"
                "進一步治療的十多名病人轉介到省立醫院，{run}相關費用由同鄉會負責。",
                "村長在答謝時用菲語說，華社多年來一直幫助村民，村民都記在心裏。許振輝則表示，同鄉會明年將"
                "在村內小學設立獎學金，資助品學兼優的學生。",
                "據了解，該會義診活動自二〇一八年開始，至今已走訪十一個省份，受惠村民累計超過四千人，"
                "所需藥品大部分由會員及華人藥商捐{col}助，醫護人員均為義務參與。",
            ],
        },
        {
            "lines": ["社團動態"],
            "title": "社團動態",
            "body": [
                ("row", "12月13日（日）上午十時　菲華青年聯誼會　計順市敬老聯歡會"),
                ("row", "12月15日（二）下午六時　菲律濱蓮城同鄉會　第十二屆理事就職典禮"),
                ("row", "12月19日（六）上午九時　菲華中學校友會　王彬街社區清潔日"),
            ],
        },
        {
            "lines": ["敬賀"],
            "title": "敬賀",
            "byline": ["菲律濱蓮城同鄉會　敬賀", "菲律濱蓮城同鄉會", None],
            "body": [
                "本會名譽理事長許振輝先生令郎許家明君與陳麗娟小姐謹訂於十二月二十日在岷里拉舉行婚禮，"
                "謹此敬賀，並祝百年好合，永浴愛河。",
                ("end", "菲律濱蓮城同鄉會　敬賀"),
            ],
        },
        {
            "lines": ["簡訊", "宿務華校舉辦中文演講比賽"],
            "section": ["簡訊", None],
            "kicker": [None, "簡訊"],
            "title": "宿務華校舉辦中文演講比賽",
            "body": [
                "（宿務訊）宿務五所華校日前聯合舉辦中學生中文演講比賽，四十多名學生參賽，"
                "題目包括「我的家鄉」和「我眼中的中華文化」。",
            ],
        },
        {
            "lines": ["華人醫院增設洗腎中心"],
            "section": ["簡訊", None],
            "kicker": [None, "簡訊"],
            "title": "華人醫院增設洗腎中心",
            "body": [
                "本報訊　一家華人醫院新設的洗腎中心日前啟用，設有二十張洗腎床，貧困病人可申請半價優惠。",
            ],
        },
    ],
}

KREYOL = {
    "name": "ht_utf8_bom_crlf_haitian_creole_weekly_caps_kicker_title_subtitle_pa_byline_line_caps_dateline_lead_"
    "hyphenation_caption_foto_midsentence_running_head_kontinye_jump_byline_at_end_pwoveb_box_an_bref_items",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "Zòrèy Nò 2026-12-11, paj 5, a Haitian Creole weekly from Cap-Haïtien, UTF-8 with BOM (`ò è`, `–`, "
    "`“ ”`), CRLF; blank-line paragraphs, wrapped at 46 with hyphenation. A library story (capital kicker "
    "LEKÒL, title, subtitle, byline line `Pa Rose-Mène Dorval`, a capital dateline `FÒ LIBÈTE, 9 desanm –` "
    "opening paragraph 1, caption + `Foto: X` inside a sentence, the running head inside a sentence, "
    "`Li kontinye nan paj 7` after a paragraph cut mid-sentence); a market story whose writer's name stands "
    "alone on the line after its last paragraph; a PWOVÈB SEMÈN NAN box; an AN BREF column of two items "
    "with titles on their own lines.",
    "date": "2026-12-11",
    "page": "5",
    "head": ["ZÒRÈY NÒ", "Jounal chak semèn nan Nò a – Vandredi 11 desanm 2026 – Paj 5 – 75 goud"],
    "foot": ["Redaksyon: 14, Ri 17 A, Okap, Ayiti     Imèl: redaksyon@zoreyno.example.ht"],
    "furniture": [
        "ZÒRÈY NÒ",
        "Jounal chak semèn nan Nò a",
        "Vandredi 11 desanm 2026",
        "Paj 5",
        "75 goud",
        "Zòrèy Nò / Nouvèl Lokal / Paj 5",
        "Li kontinye nan paj 7",
        "Redaksyon: 14, Ri 17 A, Okap, Ayiti",
        "Imèl: redaksyon@zoreyno.example.ht",
    ],
    "run": ["Zòrèy Nò / Nouvèl Lokal / Paj 5"],
    "markup": ["–", "–", "–"],
    "labels": ["ANBREF"],
    "articles": [
        {
            "lines": [
                "LEKÒL",
                "Yon bibliyotèk pou timoun louvri pòt li nan Fò Libète",
                "Plis pase 3 000 liv an kreyòl ak an fransè pou elèv lekòl yo",
                "Pa Rose-Mène Dorval",
            ],
            "kicker": "LEKÒL",
            "title": "Yon bibliyotèk pou timoun louvri pòt li nan Fò Libète",
            "subtitle": "Plis pase 3 000 liv an kreyòl ak an fransè pou elèv lekòl yo",
            "byline": ["Pa Rose-Mène Dorval", "Rose-Mène Dorval"],
            "captions": ["Elèv lekòl nasyonal la ap li nan nouvo bibliyotèk la mèkredi pase."],
            "credits": ["Foto: Wilner Jean-Baptiste"],
            "body": [
                "FÒ LIBÈTE, 9 desanm – Plis pase de san timoun te vin nan ino~gi~ra~syon pre~mye bi~bli~yo~tèk "
                "piblik pou jèn yo nan vil la, mèkredi pase, ansanm ak paran yo ak pwofesè yo.",
                "Bibliyotèk la, ki enstale nan yon ansyen depo bò pò a, gen plis pase 3 000 liv, "
                "pi fò ladan yo ekri an kreyòl. Yon aso~sya~syon jèn nan zòn nan, Limyè Fò Libète, "
                "te ranmase lajan pandan dezan pou {cap}repare batiman an ak achte etajè yo.",
                "“Anpil timoun isit la pa janm kenbe yon liv ki pa liv lekòl nan men yo,” "
                "Mirlande Saint-Fleur, pre~zi~dan aso~sya~syon an, te di. “Kounye a yo gen yon kote pou yo "
                "vin li, fè devwa yo epi tande istwa chak samdi maten.”",
                "Bibliyotèk la ap louvri chak jou depi inè apremidi rive sizè, sof dimanch. "
                "Timoun yo pa peye anyen pou yo {run}enskri, men yo dwe vini ak yon paran premye fwa a. "
                "Aso~sya~syon an di li bezwen vo~lon~tè pou ede ak lekti ak pou "
                "kenbe lòd nan sal la pandan",
                ("end", "Li kontinye nan paj 7"),
            ],
        },
        {
            "lines": ["Pri diri a monte ankò nan mache Okap"],
            "title": "Pri diri a monte ankò nan mache Okap",
            "byline": "Jean-Robert Pierre",
            "body": [
                "Machann nan Mache Kouvè a di pri yon mamit diri pase 240 goud nan semèn sa a, "
                "kont 205 goud nan kòmansman mwa novanm. Pri pwa ak lwil tou monte.",
                "“Kliyan yo ap achte mwatye sa yo te konn achte,” Madan Jocelyne Fénelon, ki vann "
                "manje sèk nan mache a depi ventan, te di. Li di kamyon ki pote machandiz soti "
                "Pòtoprens yo pran plis tan sou wout la, e frè trans~pò a vin pi chè.",
                "Kèk agwo~nòm nan Nò a mande pou gou~vèn~man an ede plantè diri nan plenn Limonad "
                "ak Milo, pou peyi a pa depann twòp sou diri enpòte.",
                ("end", "Jean-Robert Pierre"),
            ],
        },
        {
            "lines": ["PWOVÈB SEMÈN NAN"],
            "title": "PWOVÈB SEMÈN NAN",
            "body": [
                "Men anpil, chay pa lou.",
                "Lè anpil moun mete tèt ansanm pou yon travay, travay la vin pi fasil pou chak grenn moun.",
            ],
        },
        {
            "lines": ["AN BREF", "Kouran pral koupe nan Vertières"],
            "section": ["AN BREF", None],
            "kicker": [None, "AN BREF"],
            "title": "Kouran pral koupe nan Vertières",
            "body": [
                "Kon~pa~yi elek~tri~si~te a anonse kouran ap koupe nan katye Vertières madi 15 desanm, depi uit è "
                "dimaten rive twazè, pou yo ranplase de trans~fò~ma~tè.",
            ],
        },
        {
            "lines": ["Konkou chante Nwèl pou koral yo"],
            "section": ["AN BREF", None],
            "kicker": [None, "AN BREF"],
            "title": "Konkou chante Nwèl pou koral yo",
            "body": [
                "Sant kil~ti~rèl Okap ap òga~ni~ze yon konkou chante Nwèl pou koral legliz ak lekòl yo samdi "
                "19 desanm. Koral ki vle patisipe dwe enskri anvan 16 desanm.",
            ],
        },
    ],
}

PLATT = {
    "name": "nds_latin1_lf_low_german_plattduutsch_page_of_regional_daily_indent_paragraphs_caps_kicker_title_"
    "subtitle_vun_byline_line_hyphenation_caption_foto_midsentence_running_head_wieder_jump_woort_vun_de_"
    "week_box_reader_story_signed_at_end_termine_rows",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 50,
    "indent": "  ",
    "blank": False,
    "note": "Wümme-Kurier 2026-12-12, Siet 14, the weekly Low German (Plattdüütsch) page of an invented North "
    'German regional daily, ISO-8859-1 (`ü ö ä ß`; German `„“` quotes are not in Latin-1, so the text has ASCII `"`), LF; '
    "indent-only paragraphs (two spaces, no blank lines inside an article), wrapped at 50 with "
    "hyphenation. A mill story (capital kicker UT DE REGION, title, subtitle, byline line "
    "`Vun Hinnerk Brüning`, caption + `Foto: X` inside a sentence, the running head inside a sentence, "
    "`Wieder op Siet 15` after a paragraph cut mid-sentence); a DAT WOORT VUN DE WEEK box explaining one "
    "word; a reader's story signed at its end with name and village; a `Wat, wann, wo?` list of dated "
    "rows; a short note on Low German at school.",
    "date": "2026-12-12",
    "page": "14",
    "head": ["Wümme-Kurier  ·  Sünnavend, 12. Dezember 2026  ·  Siet 14", "PLATTDÜÜTSCH"],
    "foot": ["Plattdüütsch-Redaktschoon: Elke Vosteen  ·  platt@wuemme-kurier.example.de"],
    "furniture": [
        "Wümme-Kurier",
        "Sünnavend, 12. Dezember 2026",
        "Siet 14",
        "PLATTDÜÜTSCH",
        "WÜMME-KURIER  ·  PLATTDÜÜTSCH  ·  SIET 14",
        "Wieder op Siet 15",
        "Plattdüütsch-Redaktschoon: Elke Vosteen",
        "platt@wuemme-kurier.example.de",
    ],
    "run": ["WÜMME-KURIER  ·  PLATTDÜÜTSCH  ·  SIET 14"],
    "markup": ["·", "·", "·"],
    "articles": [
        {
            "lines": [
                "UT DE REGION",
                "De ole Mööl in Westerbeck dreiht sik wedder",
                "Na dree Johr Arbeit fiert de Vereen mit Backdag un Musik",
                "Vun Hinnerk Brüning",
            ],
            "kicker": "UT DE REGION",
            "title": "De ole Mööl in Westerbeck dreiht sik wedder",
            "subtitle": "Na dree Johr Arbeit fiert de Vereen mit Backdag un Musik",
            "byline": ["Vun Hinnerk Brüning", "Hinnerk Brüning"],
            "captions": ["De Möller Jürgen Tietjen wiest de Kinner, woans dat Korn to Mehl warrt."],
            "credits": ["Foto: Anke Meyerdierks"],
            "body": [
                "Dree Johr hebbt se schuuft, sammelt un buut, nu is dat so wiet: De ole Hollänner~mööl "
                "in Westerbeck dreiht ehr Flögels wedder in'n Wind. An'n Sünndag hett de Möhlen~vereen "
                "dat mit mehr as veerhunnert Lüüd fiert.",
                "De Mööl is 1871 buut worrn un hett bit 1958 Korn för de Buern ut de Ümgegend mahlt. "
                'Later hett se leddig stahn, un dat Dack wöör jümmer mehr kaputt. "As wi anfungen '
                'hebbt, kunnst du vun ünnen den Heven sehn", ver~tellt de Vör~sitter Klaus Dehlwes. '
                "Dat Geld för de nee'en Flögels, {cap}mehr as 180.000 Euro, is vun de Stiftung vun "
                "de Sparkass, vun't Land un vun veel lütte Spennen tosamen~kamen.",
                "De Vereen will de Mööl nu jeden eersten Sünndag in'n Maand apen maken. Denn warrt "
                "dor ok Broot backt, {run}un de Kinner köönt sülvst Korn mahlen. Een Deel vun dat "
                "Mehl schall later in'n Hof~laden ver~köfft warrn, seggt Dehlwes, un wenn allens "
                "goot geiht, will de Vereen in't tokamen Johr ok noch den olen Back~spieker",
                ("end", "Wieder op Siet 15"),
            ],
        },
        {
            "lines": ["DAT WOORT VUN DE WEEK", "Klönschnack"],
            "section": ["DAT WOORT VUN DE WEEK", None],
            "kicker": [None, "DAT WOORT VUN DE WEEK"],
            "title": "Klönschnack",
            "body": [
                "Wenn twee Lüüd an'n Gaardentuun staht un över dit un dat snacken, denn is dat en "
                'Klön~schnack. "Klönen" heet ge~mütlich ver~tellen, "Schnack" is dat Snacken sülvst. '
                "Dat Woort hett sik ok in't Hooch~düütsche rin~smuggelt.",
            ],
        },
        {
            "lines": ["Wiehnachten mit de Kaat vun Oma Trina"],
            "title": "Wiehnachten mit de Kaat vun Oma Trina",
            "byline": ["Greta Lüdemann, Scheeßel", "Greta Lüdemann"],
            "body": [
                "As ik lütt wöör, hebbt wi Wieh~nachten jümmers bi Oma Trina in ehr Kaat fiert. Dor "
                "geev dat keen Stroom, blots Kerzen un den olen Kachel~aven, un de ganze Stuuv röök na "
                "Bratappels.",
                "Mien Broder un ik mussen jedes Johr en Gedicht up~seggen, ehr dat dat Ge~schenken geev. "
                'Eenmal hett he dat Gedicht vergeten un eenfach "Frohe Wiehnachten, Oma!" raupen. Oma '
                "hett so lacht, dat ehr de Tranen över de Backen lepen.",
                ("end", "Greta Lüdemann, Scheeßel"),
            ],
        },
        {
            "lines": ["Wat, wann, wo?"],
            "title": "Wat, wann, wo?",
            "body": [
                ("row", "Sünndag, 13. Dezember, 15 Uhr: Wiehnachtsvörlesen op Platt in de Bökerie Ottersbarg"),
                (
                    "row",
                    "Dingsdag, 15. Dezember, 19.30 Uhr: Plattdüütsch Stammdisch in'n Gasthof Brunkhorst, Rotenborg",
                ),
                ("row", 'Freedag, 18. Dezember, 20 Uhr: De Speeldeel Westerbeck speelt "Dat Hoonerhuus"'),
            ],
        },
        {
            "lines": ["Platt in de Grundschool"],
            "title": "Platt in de Grundschool",
            "body": [
                "Ut dat tokamen Schooljohr köönt de Kinner an noch dree Grund~schoolen in'n Land~kreis "
                "Platt as Wahl~fack lehren. Dat Land bitahlt dor de Lehrer~stünnen för.",
            ],
        },
    ],
}

ASTUR = {
    "name": "ast_cp1252_crlf_asturian_weekly_antetitulu_title_subtitle_caps_byline_middot_place_guillemets_"
    "hyphenation_caption_semeya_midsentence_running_head_sigue_jump_interview_dash_questions_axenda_rows_"
    "n_breve_items",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 48,
    "indent": "",
    "blank": True,
    "note": "La Corteya 2026-12-10, páxina 3, an Asturian-language weekly of the Nalón valley, Windows-1252 "
    "(`«» — á é í ó ú ñ ü`), CRLF; blank-line paragraphs, wrapped at 48 with hyphenation. A market story "
    "(antetítulu in capitals, title, subtitle, byline line in capitals with the place after a middle dot "
    "`XUAN FERNÁNDEZ · L'ENTREGU`, «» quotes, caption + `Semeya: X` inside a sentence, the running head "
    "inside a sentence, `Sigue na páxina 4` after a paragraph cut mid-sentence); an interview whose "
    "questions and answers open on an em dash; an AXENDA box of dated rows; two briefs under N'BREVE.",
    "date": "2026-12-10",
    "page": "3",
    "head": ["LA CORTEYA", "Selmanariu del Nalón  |  Xueves, 10 d'avientu de 2026  |  Páxina 3  |  1,20 €"],
    "foot": ["La Corteya  |  Cai Dorado, 7, 33930 Llangréu  |  redaición@lacorteya.example.es"],
    "furniture": [
        "LA CORTEYA",
        "Selmanariu del Nalón",
        "Xueves, 10 d'avientu de 2026",
        "Páxina 3",
        "1,20 €",
        "La Corteya  |  Conceyos  |  Páxina 3",
        "Sigue na páxina 4",
        "La Corteya",
        "Cai Dorado, 7, 33930 Llangréu",
        "redaición@lacorteya.example.es",
    ],
    "run": ["La Corteya  |  Conceyos  |  Páxina 3"],
    "markup": ["|" * 5],
    "labels": ["N'BREVE"],
    "articles": [
        {
            "lines": [
                "COMERCIU",
                "El mercáu de los domingos vuelve a la plaza de L'Entregu",
                "Los puestos de productores del valle pasen de doce a trenta",
                "XUAN FERNÁNDEZ · L'ENTREGU",
            ],
            "kicker": "COMERCIU",
            "title": "El mercáu de los domingos vuelve a la plaza de L'Entregu",
            "subtitle": "Los puestos de productores del valle pasen de doce a trenta",
            "byline": ["XUAN FERNÁNDEZ · L'ENTREGU", "XUAN FERNÁNDEZ"],
            "captions": ["Una vendedora de Tiraña col so puestu de quesos y miel."],
            "credits": ["Semeya: Covadonga Pola"],
            "body": [
                "Dempués de cuatro años na nave vieya del pozu, el mercáu de pro~duc~to~res del Nalón "
                "tornó'l domingu a la plaza, y fízolo con más puestos que nunca: trenta, ente "
                "quesos, miel, fabes, ver~du~res, em~bu~tíos y arte~sa~nía.",
                "«Equí la xente pasa, para, charra y merca. Na nave namás venía quien yá sabía que "
                "tábemos», es~pli~có Marisa Álvarez, que vende miel de Tiraña dende va quince años. "
                "La orga~ni~za~ción, l'aso~cia~ción {cap}Vezos del Nalón, calcula que pasaron per "
                "la plaza más de dos mil per~so~nes.",
                "«El conceyu va dexar la plaza llibre tolos domingos pela mañana hasta marzu, "
                "y dempués vamos ver {run}si'l mercáu sigue o si se fai tamién los sábados», "
                "dixo'l conceyal de comerciu, Pablo Suárez, que nun quixo dar más detalles "
                "hasta que se reúna la co~mi~sión en~car~ga~da de",
                ("end", "Sigue na páxina 4"),
            ],
        },
        {
            "lines": [
                "«La tonada nun ye cosa de vieyos»",
                "Lucía Menéndez, ganadora del concursu de Sama, canta dende los ocho años",
                "PAULA GARCÍA · SAMA",
            ],
            "title": "«La tonada nun ye cosa de vieyos»",
            "subtitle": "Lucía Menéndez, ganadora del concursu de Sama, canta dende los ocho años",
            "byline": ["PAULA GARCÍA · SAMA", "PAULA GARCÍA"],
            "body": [
                "Lucía Menéndez tien diecinueve años y el sábadu ganó'l concursu de tonada de "
                "Sama. Estudia Ma~xis~te~riu n'Uviéu y canta dende los ocho.",
                "—¿Cómo empezasti a cantar tonada?",
                "—Col mio güelu. Cantaba mientres facía la yerba y yo diba detrás re~pi~tien~do.",
                "—¿Hai más mozos cantando qu'enantes?",
                "—Munchos más. La tonada nun ye cosa de vieyos, ye cosa de quien la quiera cantar.",
            ],
        },
        {
            "lines": ["AXENDA"],
            "title": "AXENDA",
            "body": [
                ("row", "Vienres 11, 19.00: Conciertu de la Banda de Música, Casa de Cultura de Llangréu"),
                ("row", "Sábadu 12, 11.00: Andecha pa llimpiar el ríu, salida dende la ponte de Sama"),
                ("row", "Domingu 13, 17.30: Teatru n'asturianu, «La ñeña del molín», Centru Social de Barredos"),
            ],
        },
        {
            "lines": ["N'BREVE", "Zarra la piscina de Sotrondio"],
            "section": ["N'BREVE", None],
            "kicker": [None, "N'BREVE"],
            "title": "Zarra la piscina de Sotrondio",
            "body": [
                "La piscina cubierta de Sotrondio va tar zarrada dende'l llunes hasta'l 8 de xineru "
                "pa cambiar el sistema de ca~le~fac~ción.",
            ],
        },
        {
            "lines": ["Cursu de gaita pa rapazos"],
            "section": ["N'BREVE", None],
            "kicker": [None, "N'BREVE"],
            "title": "Cursu de gaita pa rapazos",
            "body": [
                "La escuela de música de Llaviana abre la ma~trí~cu~la pa un cursu de gaita pa rapazos "
                "ente ocho y catorce años. Les clases son los miércoles.",
            ],
        },
    ],
}

SUGBO = {
    "name": "ceb_utf16le_bom_lf_cebuano_bisaya_weekly_caps_kicker_title_subtitle_ni_byline_line_peso_sign_"
    "hyphenation_caption_hulagway_midsentence_running_head_padayon_jump_pahibalo_notice_signed_kapitan_"
    "date_credit_mubo_nga_balita_items",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 42,
    "indent": "",
    "blank": True,
    "note": "Tingog sa Isla 2026-12-09, panid 3, a Cebuano (Bisaya) weekly from Cebu, UTF-16 LE with BOM "
    "(`₱` U+20B1, `ñ`, `“ ”`, `–`), LF; blank-line paragraphs, wrapped at 42 with hyphenation. A market "
    "story (capital kicker LUNGSOD, title, subtitle, byline line `Ni Maria Lourdes Cabahug`, peso sums "
    "`₱18 milyon`, caption + `Hulagway: X` inside a sentence, the running head inside a sentence, "
    "`Padayon sa panid 6` after a paragraph cut mid-sentence); a basketball story under `Ni Rey Tumulak`; a "
    "PAHIBALO notice signed by a barangay captain with his title on the next line and a date line; a "
    "MUBO NGA BALITA column of two items.",
    "date": "2026-12-09",
    "page": "3",
    "head": ["TINGOG SA ISLA", "Miyerkules, Disyembre 9, 2026 • Panid 3 • ₱15"],
    "foot": ["Tingog sa Isla • Kalye Colon, Sugbo • balita@tingog.example.ph"],
    "furniture": [
        "TINGOG SA ISLA",
        "Miyerkules, Disyembre 9, 2026",
        "Panid 3",
        "₱15",
        "Tingog sa Isla – Balita sa Lungsod",
        "Padayon sa panid 6",
        "Tingog sa Isla",
        "Kalye Colon, Sugbo",
        "balita@tingog.example.ph",
    ],
    "run": ["Tingog sa Isla – Balita sa Lungsod"],
    "markup": ["••••"],
    "labels": ["MUBONGABALITA"],
    "articles": [
        {
            "lines": [
                "LUNGSOD",
                "Bag-ong merkado sa Talisay giablihan na",
                "Mga tindera nga kaniadto sa daplin sa dalan adunay puwesto na",
                "Ni Maria Lourdes Cabahug",
            ],
            "kicker": "LUNGSOD",
            "title": "Bag-ong merkado sa Talisay giablihan na",
            "subtitle": "Mga tindera nga kaniadto sa daplin sa dalan adunay puwesto na",
            "byline": ["Ni Maria Lourdes Cabahug", "Maria Lourdes Cabahug"],
            "captions": ["Ang mga tindera sa isda sa sulod sa bag-ong merkado sa Talisay."],
            "credits": ["Hulagway: Jonathan Ybañez"],
            "body": [
                "Giablihan niadtong Lunes ang bag-ong publikong merkado sa Talisay nga nag~kan~ti~dad og "
                "₱18 milyon, ug diha~diha napuno kini sa mga pala~litay ug tindera.",
                "Matod ni Teresita Abellana, pre~si~den~te sa aso~sa~syon sa mga tindera, kapin sa 150 "
                "ka tindera ang naka~kuha og puwesto. “Kaniadto sa daplin mi sa dalan, inig ulan "
                "basa mi tanan,” {cap}ingon niya. “Karon naa na mi atop.”",
                "Ang matag puwesto adunay tubig ug kuryente, ug ang abang ₱40 lang matag adlaw. "
                "Apan pipila ka tindera ang nag~rek~la~mo nga gamay ra kaayo ang {run}mga puwesto "
                "alang sa mga na~ma~li~gya og utanon, ug nanga~yo sila nga du~ga~ngan kini sa dili pa "
                "ang Pasko aron dili na sila mobalik sa",
                ("end", "Padayon sa panid 6"),
            ],
        },
        {
            "lines": ["Minglanilla Tigers nidaog sa kampeonato", "Ni Rey Tumulak"],
            "title": "Minglanilla Tigers nidaog sa kampeonato",
            "byline": ["Ni Rey Tumulak", "Rey Tumulak"],
            "body": [
                "Gipildi sa Minglanilla Tigers ang Naga Sharks, 88–81, sa kata~pu~sang duwa sa liga sa "
                "basketbol sa haba~ga~tang Sugbo niadtong Domingo sa gym sa Minglanilla.",
                "Si Carlo Villamor ang nanguna sa Tigers nga adunay 27 ka puntos. “Alang ni sa among "
                "mga ginikanan nga kanunay nag~su~por~ta,” ingon niya human sa duwa.",
            ],
        },
        {
            "lines": ["PAHIBALO"],
            "title": "PAHIBALO",
            "byline": ["Hon. Ramon D. Alcoseba", "Ramon D. Alcoseba", None],
            "credits": ["Punong Barangay", "Disyembre 7, 2026"],
            "body": [
                "Gi~pa~hi~balo sa tanang mo~lupyo sa Barangay Lagtang nga walay tubig gikan sa alas 8 sa "
                "buntag hangtod alas 5 sa hapon sa Disyembre 12 tungod sa pag-ayo sa tubo.",
                ("end", "Hon. Ramon D. Alcoseba"),
                ("end", "Punong Barangay"),
                ("end", "Disyembre 7, 2026"),
            ],
        },
        {
            "lines": ["MUBO NGA BALITA", "Simbang Gabii sa Carcar"],
            "section": ["MUBO NGA BALITA", None],
            "kicker": [None, "MUBO NGA BALITA"],
            "title": "Simbang Gabii sa Carcar",
            "body": [
                "Mag~sugod ang Simbang Gabii sa pa~rok~ya sa Carcar sa Disyembre 16, alas 4 sa kaadlawon.",
            ],
        },
        {
            "lines": ["Libreng bakuna sa mga iro"],
            "section": ["MUBO NGA BALITA", None],
            "kicker": [None, "MUBO NGA BALITA"],
            "title": "Libreng bakuna sa mga iro",
            "body": [
                "Adunay libreng bakuna batok sa rabies alang sa mga iro ug iring sa plasa sa San Fernando "
                "karong Sabado.",
            ],
        },
    ],
}

PAGES = [LAONIAN, JIANKANG, FAZHI, XUANJU, CAIJING, FEIHUA, KREYOL, PLATT, ASTUR, SUGBO]
