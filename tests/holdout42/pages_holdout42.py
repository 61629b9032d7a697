"""The text of every holdout42 page, written once: make_holdout42_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head,
`{col}` a column break; `~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a 小标题 heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit, a source line). An article with `runin`
(a separator such as `: `) is a run-in item: no head line, its title printed at the start of
its first paragraph. All papers, people, firms, schools, clubs and events are invented.
"""

ZHAOSHENG = {
    "name": "zh_gbk_crlf_zhijiao_zhaosheng_page_title_futi_byline_tongxunyuan_caption_she_midsentence_"
    "running_head_zhaosheng_jihua_table_header_zhu_row_baoming_xuzhi_rows_jiaoyuju_signature_xiaoyuan_kuaixun",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "临溪日报 2026-12-03 第6版 教育·招生, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A 职业教育 story (主题, 副题, byline line with 通讯员, caption + `通讯员　江　岚　摄` "
    "inside a sentence, the running head inside a sentence); a 招生计划 table under the label 招生信息 "
    "(a header row, five 专业 rows, a `注：` row) with a `资料来源：` line (its last paragraph); a 报名须知 notice of labelled "
    "rows signed by the 教育局 with a date line; a 校园快讯 column of two items.",
    "date": "2026-12-03",
    "page": "6",
    "head": ["临溪日报　　2026年12月3日　星期四", "第6版　教育·招生　　　　责任编辑：邵明澜　　美编：柯　宁"],
    "foot": ["招生咨询热线：0578-8812345　　邮箱：jiaoyu@lxrb.example.cn　　校对：庞晓雯"],
    "furniture": [
        "临溪日报",
        "2026年12月3日",
        "星期四",
        "第6版",
        "教育·招生",
        "责任编辑：邵明澜",
        "美编：柯　宁",
        "临溪日报　教育·招生　2026年12月3日",
        "招生咨询热线：0578-8812345",
        "邮箱：jiaoyu@lxrb.example.cn",
        "校对：庞晓雯",
    ],
    "run": ["临溪日报　教育·招生　2026年12月3日"],
    "labels": ["校园快讯"],
    "articles": [
        {
            "lines": [
                "我市中职学校明年新增三个专业",
                "智能制造、养老护理成报考热门",
                "本报记者　祁文瀚　通讯员　江　岚",
            ],
            "title": "我市中职学校明年新增三个专业",
            "subtitle": "智能制造、养老护理成报考热门",
            "byline": ["本报记者　祁文瀚　通讯员　江　岚", "祁文瀚"],
            "captions": ["临溪市高级技工学校的学生在实训车间练习数控编程。"],
            "credits": ["通讯员　江　岚　摄"],
            "body": [
                "记者昨天从市教育局获悉，2027年我市中等职业学校计划招生6800人，比今年增加400人，"
                "其中新增工业机器人、智慧健康养老服务和电子商务直播三个专业。",
                "市教育局职成教科负责人施卫东介绍，新增专业是根据本地企业用工需求确定的。"
                "“去年全市规上工业企业技能岗位缺口超过3000人，{cap}其中一半集中在智能制造领域。”",
                "记者在市高级技工学校看到，新建的实训楼已经投入使用。学校招生办主任龙海鹰说，"
                "学生在校期间可以考取职业技能等级证书，{run}毕业后既能直接就业，也能通过职教高考升入高职院校。",
                "据悉，今年全市中职毕业生升学率达到62%，比三年前提高了近20个百分点。市教育局提醒，"
                "家长和学生选择专业时要多到学校实地看一看，不要轻信所谓“包分配”“保升学”的宣传。",
            ],
        },
        {
            "lines": ["招生信息", "临溪市高级技工学校2027年招生计划"],
            "section": ["招生信息", None],
            "kicker": [None, "招生信息"],
            "title": "临溪市高级技工学校2027年招生计划",
            "body": [
                ("row", "专业　　　　　　学制　　计划　　学费（元/年）"),
                ("row", "数控技术应用　　三年　　120人　　2400"),
                ("row", "工业机器人　　　三年　　90人　　2400"),
                ("row", "汽车维修　　　　三年　　80人　　2200"),
                ("row", "智慧健康养老　　三年　　60人　　2000"),
                ("row", "电子商务直播　　二年　　50人　　2000"),
                ("row", "注：以上专业学生均可按规定享受免学费和国家助学金政策。"),
                ("srow", "资料来源：临溪市高级技工学校招生办"),
            ],
        },
        {
            "lines": ["2027年中等职业学校注册入学报名须知"],
            "title": "2027年中等职业学校注册入学报名须知",
            "byline": ["临溪市教育局", None],
            "credits": ["2026年12月2日"],
            "body": [
                "为做好2027年中等职业学校注册入学工作，现将有关事项告知如下：",
                ("row", "报名对象：本市户籍或在本市就读的应届、往届初中毕业生；"),
                ("row", "报名时间：2026年12月10日至2027年1月15日；"),
                ("row", "报名方式：登录市中招服务平台网上填报，或到就读学校现场登记；"),
                ("row", "咨询电话：0578-8812345（工作日8:30－17:30）。"),
                ("end", "临溪市教育局"),
                ("end", "2026年12月2日"),
            ],
        },
        {
            "lines": ["校园快讯", "临溪二中学生机器人队获省赛一等奖"],
            "section": ["校园快讯", None],
            "kicker": [None, "校园快讯"],
            "title": "临溪二中学生机器人队获省赛一等奖",
            "byline": [None, "葛　航", "葛航"],
            "body": [
                "本报讯（通讯员　葛　航）日前，在省青少年机器人竞赛中，临溪二中代表队凭借自主设计的"
                "“垃圾分拣小车”获得高中组一等奖，这是该校连续第三年在这项比赛中获奖。指导老师介绍，队员们利用课后时间反复调试，"
                "光是分拣用的摄像头就换了三种。",
            ],
        },
        {
            "lines": ["城北小学开设“周三农场课”"],
            "section": ["校园快讯", None],
            "kicker": [None, "校园快讯"],
            "title": "城北小学开设“周三农场课”",
            "body": [
                "本报讯　城北小学利用校园东侧一块闲置空地开辟了“小小农场”，每周三下午，"
                "四至六年级学生轮流在这里种菜、浇水、记录生长情况，首批种下的青菜已经收获。",
            ],
        },
    ],
}

TIYU = {
    "name": "zh_utf8_bom_lf_xianbao_tiyu_page_cun_lanqiu_yinti_zhuti_futi_byline_caption_midsentence_"
    "column_break_running_head_jifenbang_table_header_rows_tongji_credit_saicheng_rows_tiyu_duanxun",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "岚江县报 2026-12-04 第4版 体育新闻, UTF-8 with BOM, LF; no blank lines inside an article (indent-only "
    "paragraphs), wrapped at 21. A 乡村篮球 final story (引题, 主题, 副题, byline line `记者　巫晓东`, "
    "caption + credit inside a sentence, a column break inside a sentence, the running head inside a "
    "sentence); a 积分榜 table (header row, six team rows) with a `统计：` credit; a 本周赛程 box of "
    "fixture rows; a 体育短讯 column of two items.",
    "date": "2026-12-04",
    "page": "4",
    "head": ["岚江县报", "2026年12月4日　星期五　第4版　体育新闻　　编辑：龚立峰"],
    "foot": ["新闻热线：0856-3325110　　地址：岚江县城关镇滨河路18号"],
    "furniture": [
        "岚江县报",
        "2026年12月4日",
        "星期五",
        "第4版",
        "体育新闻",
        "编辑：龚立峰",
        "岚江县报·体育新闻",
        "新闻热线：0856-3325110",
        "地址：岚江县城关镇滨河路18号",
    ],
    "run": ["岚江县报·体育新闻"],
    "labels": ["体育短讯"],
    "articles": [
        {
            "lines": [
                "全县乡镇篮球联赛总决赛周六开打",
                "石门镇队再战河口镇队",
                "去年决赛输两分，今年要把冠军拿回来",
                "记者　巫晓东",
            ],
            "kicker": "全县乡镇篮球联赛总决赛周六开打",
            "title": "石门镇队再战河口镇队",
            "subtitle": "去年决赛输两分，今年要把冠军拿回来",
            "byline": ["记者　巫晓东", "巫晓东"],
            "captions": ["12月1日晚，石门镇队（白衣）在半决赛中突破上篮。"],
            "credits": ["记者　巫晓东　摄"],
            "body": [
                "12月5日晚7时30分，岚江县第五届乡镇篮球联赛总决赛将在县体育馆举行，石门镇队与河口镇队"
                "连续第二年在决赛相遇。",
                "去年决赛，石门镇队在最后十秒被对手反超，以两分之差屈居亚军。队长杨光荣是镇上的货车司机，"
                "{cap}他说全队这一年没少下功夫：“白天各忙各的，晚上九点以后才凑齐人练球，"
                "{col}一周至少练三次。”",
                "河口镇队则以全胜战绩进入决赛。主教练龙启明是镇中学的体育老师，{run}他的队员有一半是自己"
                "教过的学生。“我们个子不高，就靠跑得快、传得准。”",
                "为了给两队加油，两个镇的村民早早订好了包车。石门镇一位村干部告诉记者，镇里已经准备了"
                "12辆大巴，“锣鼓队也跟着去”。",
                "县文体局介绍，本届联赛共有16支乡镇代表队参加，61场比赛现场观众累计超过5万人次。"
                "决赛当天，县体育馆将免费开放，并在馆外广场设置大屏幕直播。",
            ],
        },
        {
            "lines": ["联赛积分榜（截至12月3日）"],
            "title": "联赛积分榜（截至12月3日）",
            "body": [
                ("row", "名次　队名　　　胜　负　积分"),
                ("row", "1　　河口镇队　　9　0　18"),
                ("row", "2　　石门镇队　　8　1　17"),
                ("row", "3　　城关镇队　　6　3　15"),
                ("row", "4　　坝头乡队　　5　4　14"),
                ("row", "5　　青溪镇队　　4　5　13"),
                ("row", "6　　新寨乡队　　3　6　12"),
                ("srow", "统计：县篮球协会"),
            ],
        },
        {
            "lines": ["本周赛程"],
            "title": "本周赛程",
            "body": [
                ("row", "12月4日（周五）19:30　三四名决赛　城关镇队—坝头乡队"),
                ("row", "12月5日（周六）19:30　总决赛　　　石门镇队—河口镇队"),
                ("row", "地点：县体育馆（免费入场，18:30开始检票）"),
            ],
        },
        {
            "lines": ["体育短讯", "县老年门球赛落幕"],
            "section": ["体育短讯", None],
            "kicker": [None, "体育短讯"],
            "title": "县老年门球赛落幕",
            "body": [
                "本报讯　12月2日，县老年门球邀请赛在城关镇门球场落幕，来自8个乡镇的12支队伍参赛，坝头乡一队获得冠军。",
            ],
        },
        {
            "lines": ["滨河步道今起夜间亮灯"],
            "section": ["体育短讯", None],
            "kicker": [None, "体育短讯"],
            "title": "滨河步道今起夜间亮灯",
            "byline": [None, "吴　倩", "吴倩"],
            "body": [
                "本报讯（通讯员　吴　倩）全长4.2公里的滨河健身步道照明工程完工，即日起每晚6时至10时亮灯，"
                "方便群众夜间散步、跑步。",
            ],
        },
    ],
}

GANGAOTAI = {
    "name": "zh_gb18030_crlf_gangaotai_page_of_mainland_paper_benbao_zhu_xianggang_jizhe_byline_xiao_biaoti_"
    "rare_char_name_caption_midsentence_running_head_laiyuan_source_line_jianxun_items",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "东泉日报 2026-12-05 第5版 港澳台, GB18030 (`䶮` U+4DAE in a person's name, not in GBK), CRLF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A 香港 story by the paper's Hong Kong "
    "correspondent (byline line `本报驻香港记者　冼䶮文`, two 小标题, caption + credit inside a sentence, the "
    "running head inside a sentence); a 澳门 item closing on a `来源：` line (the source); a 台湾 item "
    "with the reporter named in its 电头; a 港澳台简讯 column of two items.",
    "date": "2026-12-05",
    "page": "5",
    "head": ["东泉日报", "2026年12月5日　星期六　农历十月二十六", "第5版　港澳台　　　本版编辑：滕慧芸"],
    "foot": ["本版邮箱：gat@dqrb.example.cn　　排版：乔　颖"],
    "furniture": [
        "东泉日报",
        "2026年12月5日",
        "星期六",
        "农历十月二十六",
        "第5版",
        "港澳台",
        "本版编辑：滕慧芸",
        "2026年12月5日　东泉日报　港澳台",
        "本版邮箱：gat@dqrb.example.cn",
        "排版：乔　颖",
    ],
    "run": ["2026年12月5日　东泉日报　港澳台"],
    "markup": ["来源："],
    "labels": ["港澳台简讯", "港澳台简讯"],
    "articles": [
        {
            "lines": ["在港东泉乡亲办起“周末课堂”", "本报驻香港记者　冼䶮文"],
            "title": "在港东泉乡亲办起“周末课堂”",
            "byline": ["本报驻香港记者　冼䶮文", "冼䶮文"],
            "headings": ["“让孩子记得家乡的话”", "从十几人到一百多人"],
            "captions": ["“周末课堂”上，孩子们跟着老师学唱东泉童谣。"],
            "credits": ["本报驻香港记者　冼䶮文　摄"],
            "body": [
                "每逢周六上午，香港北角一栋商业大厦的12楼就热闹起来。几十个孩子在这里学东泉方言、"
                "唱家乡童谣，这是香港东泉同乡会开办了五年的“周末课堂”。",
                ("h", "“让孩子记得家乡的话”"),
                "同乡会会长卢国栋1988年从东泉到香港打拼，如今经营一家物流公司。他说，很多在港出生的"
                "乡亲子女听得懂普通话和粤语，却不会说一句家乡话。“我们这代人{cap}有责任把乡音传下去。”",
                ("h", "从十几人到一百多人"),
                "课堂开办之初只有十几名学生，现在报名的已有一百多人，{run}老师全部是同乡会的志愿者。"
                "今年暑假，同乡会还组织了30名学生回东泉参加夏令营。",
                "志愿者老师温淑仪是一名退休护士，每周六都从沙田赶来上课。她自己编写了一套方言识字卡，"
                "把“灶间”“天井”“落雨”这些老词配上图画，孩子们一看就懂。",
                "“有个学生回家用家乡话跟奶奶打招呼，奶奶当场就哭了。”温淑仪说，这是她最难忘的一堂课。"
                "同乡会计划明年把课堂搬进更大的场地，并增开粤剧和东泉木偶戏兴趣班。",
            ],
        },
        {
            "lines": ["澳门与内地合办非遗展览开幕"],
            "title": "澳门与内地合办非遗展览开幕",
            "source": ["南粤新闻网", None],
            "body": [
                "由澳门一家文化协会与内地多个城市联合举办的非物质文化遗产展览12月3日在澳门开幕，"
                "展出剪纸、木雕、刺绣等展品300余件，展期一个月，市民和旅客可免费参观。",
                ("end", "来源：南粤新闻网"),
            ],
        },
        {
            "lines": ["台湾青年来东泉体验茶山采摘"],
            "title": "台湾青年来东泉体验茶山采摘",
            "byline": [None, "骆晴川"],
            "body": [
                "本报讯（记者　骆晴川）12月3日，20余名台湾青年走进东泉市云岭茶场，跟着茶农学采茶、"
                "炒茶。来自台中的林姓学员说，这里的制茶方法和家乡很像，“感觉像回到了外婆家”。",
                "据了解，这是今年东泉接待的第四批台湾青年交流团。茶场负责人说，明年春茶季还将开设"
                "为期一周的制茶研习班，欢迎更多台湾青年前来体验。",
            ],
        },
        {
            "lines": ["港澳台简讯", "东泉在港举办招商推介会"],
            "section": ["港澳台简讯", None],
            "kicker": [None, "港澳台简讯"],
            "title": "东泉在港举办招商推介会",
            "body": [
                "本报讯　12月2日，东泉市在香港举办投资推介会，现场签约项目11个，涉及物流、食品加工等领域，"
                "协议投资额约46亿元。",
            ],
        },
        {
            "lines": ["澳门乡亲捐建村小图书室"],
            "section": ["港澳台简讯", None],
            "kicker": [None, "港澳台简讯"],
            "title": "澳门乡亲捐建村小图书室",
            "body": [
                "本报讯　澳门东泉联谊会近日向东泉市溪口镇三所村小捐建图书室，捐赠图书6000册，"
                "并为每所学校配备了两台电脑。",
            ],
        },
        {
            "lines": ["香港中学生来东泉研学"],
            "section": ["港澳台简讯", None],
            "kicker": [None, "港澳台简讯"],
            "title": "香港中学生来东泉研学",
            "body": [
                "本报讯　12月1日至4日，香港一所中学的40名师生来到东泉，参观古村落、造纸作坊和海洋博物馆，"
                "并与东泉一中学生同上了一堂历史课。",
            ],
        },
    ],
}

NANZHOU = {
    "name": "zh_utf8_crlf_malaysia_huawenbao_difang_page_baodao_colon_byline_place_date_xun_lead_lingji_"
    "caption_sheying_credit_midsentence_running_head_shetuan_huodong_rows_jianxun_xun_leads",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 20,
    "indent": "",
    "blank": True,
    "note": "南洲日报 2026-12-06 A14版 柔南新闻, a Malaysian Chinese-language daily's local page, UTF-8 "
    "without BOM, CRLF; no indent, blank lines between paragraphs, wrapped at 20. A 华小 story (title, "
    "副题, byline line `报道：陈慧玲`, a `（麻坡5日讯）` place-and-day lead, 令吉 sums, caption + "
    "`（摄影：黄国强）` inside a sentence, the running head inside a sentence); a 巴刹 story under "
    "`报道／摄影：郑伟杰`; a 社团活动 box of rows; a 简讯 column of two items opening on `（…讯）`.",
    "date": "2026-12-06",
    "page": "A14",
    "head": ["南洲日报　NAN ZHOU DAILY", "2026年12月6日　星期日　A14　柔南新闻"],
    "foot": ["柔南办事处：麻坡亚福路88号　电话：06-9521188　电邮：muar@nanzhou.example.my"],
    "furniture": [
        "南洲日报",
        "NAN ZHOU DAILY",
        "2026年12月6日",
        "星期日",
        "A14",
        "柔南新闻",
        "柔南新闻｜南洲日报",
        "柔南办事处：麻坡亚福路88号",
        "电话：06-9521188",
        "电邮：muar@nanzhou.example.my",
    ],
    "run": ["柔南新闻｜南洲日报"],
    "labels": ["简讯"],
    "articles": [
        {
            "lines": ["育华华小新校舍动土", "董事部仍需筹款120万令吉", "报道：陈慧玲"],
            "title": "育华华小新校舍动土",
            "subtitle": "董事部仍需筹款120万令吉",
            "byline": ["报道：陈慧玲", "陈慧玲"],
            "captions": ["州议员许文德（左三）与董事部成员为新校舍主持动土仪式。"],
            "credits": ["（摄影：黄国强）"],
            "body": [
                "（麻坡5日讯）经过八年争取，巴口育华华小新校舍今早正式动土，预计2028年完工，届时可容纳学生600人。",
                "董事长拿督林振福在致词时表示，新校舍工程费约480万令吉，目前已筹得360万令吉，"
                "{cap}董事部将在明年初举办义走和慈善晚宴，希望各界继续慷慨解囊。",
                "他说，该校现有学生420人，其中近三成是友族学生，{run}旧校舍的课室早已不敷使用，"
                "部分班级只能借用礼堂上课。",
                "许文德也宣布，州政府将拨款10万令吉作为建校基金，并承诺协助向相关部门申请校地围篱工程拨款。",
                "出席者包括州议员许文德、家协主席邓秀娟及校长沈美玲等人。",
            ],
        },
        {
            "lines": ["大街巴刹提升工程完成", "报道／摄影：郑伟杰"],
            "title": "大街巴刹提升工程完成",
            "byline": ["报道／摄影：郑伟杰", "郑伟杰"],
            "body": [
                "（麻坡5日讯）耗资150万令吉的大街巴刹提升工程日前完成，摊贩们已陆续搬回新摊位营业。",
                "菜贩何亚妹说，以前下雨天巴刹里到处积水，顾客都不愿意进来，现在地面和排水都重做了，"
                "“环境好了，生意也会好起来”。",
                "市议会表示，巴刹楼上的小贩中心也将在明年进行类似的提升工程，预计耗资80万令吉。",
            ],
        },
        {
            "lines": ["社团活动"],
            "title": "社团活动",
            "body": [
                ("row", "12月8日晚上8时　潮州会馆　会员大会"),
                ("row", "12月12日上午8时　福建会馆　免费义诊及捐血运动"),
                ("row", "12月13日晚上7时　中华总会礼堂　年终联欢晚宴，每桌1200令吉"),
            ],
        },
        {
            "lines": ["简讯", "甘榜乌达路段明起封路"],
            "section": ["简讯", None],
            "kicker": [None, "简讯"],
            "title": "甘榜乌达路段明起封路",
            "body": [
                "（峇株巴辖5日讯）为配合提升排水系统，甘榜乌达一段500公尺道路将从明天起封闭两星期，"
                "公共工程局呼吁驾驶人士改道行驶。",
            ],
        },
        {
            "lines": ["东甲启智华小学生书法夺金"],
            "section": ["简讯", None],
            "kicker": [None, "简讯"],
            "title": "东甲启智华小学生书法夺金",
            "body": [
                "（东甲5日讯）东甲启智华小六年级学生黄子萱在全国华小书法比赛中获得高级组金奖，"
                "这是该校首次在这项比赛中夺得金奖。",
            ],
        },
    ],
}

NONGYE = {
    "name": "zht_cp950_lf_taiwan_nongye_page_minguo_date_futi_jizhe_slash_baodao_byline_caption_tu_slash_"
    "tigong_midsentence_running_head_hangqing_price_table_header_rows_wen_slash_byline_zuozhe_wei_note_nongxun",
    "encoding": "cp950",
    "not_in": ["big5"],
    "newline": "\n",
    "script": "zh",
    "width": 20,
    "indent": "",
    "blank": True,
    "note": "嘉南時報 115-12-04 (2026) B3版 農情, cp950 (`嫺` in a farmer's name, not in strict Big5), LF; no "
    "indent, blank lines between paragraphs, wrapped at 20. A 高麗菜 price story (title, 副題, byline line "
    "`記者邱雅嫺／雲林報導`, 「」 quotes, caption + `（圖／西螺果菜市場提供）` inside a sentence, the running "
    "head inside a sentence); a 行情 box (header row with its unit, five price rows) with a `資料來源：` "
    "line, its last paragraph; an 農業新知 piece under `文／…` closing on `（作者為…）`; a 農訊 column of two items.",
    "date": "2026-12-04",
    "page": "B3",
    "head": ["嘉南時報　　中華民國115年12月4日　星期五", "B3　農情　　　　　　主編：魏志鴻"],
    "foot": ["嘉南時報農情組　　讀者專線：(05)537-2211　　nongye@jnt.example.tw"],
    "furniture": [
        "嘉南時報",
        "中華民國115年12月4日",
        "星期五",
        "B3",
        "農情",
        "主編：魏志鴻",
        "農情　B3　嘉南時報",
        "嘉南時報農情組",
        "讀者專線：(05)537-2211",
        "nongye@jnt.example.tw",
    ],
    "run": ["農情　B3　嘉南時報"],
    "labels": ["農訊", "農訊"],
    "articles": [
        {
            "lines": ["高麗菜盛產價跌", "產地價每公斤不到6元　農會啟動收購", "記者邱雅嫺／雲林報導"],
            "title": "高麗菜盛產價跌",
            "subtitle": "產地價每公斤不到6元　農會啟動收購",
            "byline": ["記者邱雅嫺／雲林報導", "邱雅嫺"],
            "captions": ["西螺果菜市場內堆滿高麗菜，拍賣價格一路走低。"],
            "credits": ["（圖／西螺果菜市場提供）"],
            "body": [
                "入冬後天氣穩定，高麗菜進入盛產期，雲林產地價格連日下滑，昨天每公斤已跌破6元，"
                "不少菜農直呼「連工錢都不夠」。",
                "在二崙種了三分地高麗菜的廖姓菜農說，今年種植面積比去年多，{cap}加上颱風少、"
                "收成好，菜一起冒出來，「採了賣不到錢，不採又怕爛在田裡」。",
                "縣府農業處表示，已協調農會以每公斤7元收購，{run}優先供應學校午餐及加工廠，"
                "並呼籲農民分批採收、避免集中上市。",
                "農會總幹事張景輝說，收購的高麗菜除了直接出售，也會交給加工廠做成泡菜和脫水蔬菜，"
                "預計可消化約300公噸，「能幫一點是一點」。",
                "也有年輕農民自己想辦法。在崙背經營農場的王姓青農把高麗菜切好真空包裝，透過網路團購"
                "直接賣給消費者，一週就賣出兩千多包。",
            ],
        },
        {
            "lines": ["今日行情", "西螺果菜市場拍賣行情（12月3日）"],
            "section": ["今日行情", None],
            "kicker": [None, "今日行情"],
            "title": "西螺果菜市場拍賣行情（12月3日）",
            "body": [
                ("row", "品名　　　上價　　中價　　下價（元／公斤）"),
                ("row", "高麗菜　　8.5　　5.8　　3.2"),
                ("row", "青花菜　　42.0　　35.5　　28.0"),
                ("row", "胡蘿蔔　　18.6　　14.2　　10.5"),
                ("row", "小白菜　　22.3　　16.8　　11.0"),
                ("row", "番茄　　　36.4　　29.0　　21.7"),
                ("row", "洋蔥　　　24.5　　19.3　　15.8"),
                ("srow", "資料來源：農產品批發市場交易行情站"),
            ],
        },
        {
            "lines": ["農業新知", "冬季設施蔬菜如何防寒？", "文／蔡明勳"],
            "section": ["農業新知", None],
            "kicker": [None, "農業新知"],
            "title": "冬季設施蔬菜如何防寒？",
            "byline": ["文／蔡明勳", "蔡明勳"],
            "body": [
                "寒流來襲前，設施內可覆蓋不織布保溫，夜間關閉側窗，清晨再適度通風，避免濕度過高引發病害。",
                "露天栽培的葉菜類則可於寒流前一天傍晚灌水，利用土壤保溫減輕寒害。寒流過後若遇晴天，"
                "不宜立即全面揭開覆蓋物，應逐步通風，讓作物慢慢適應溫度變化。",
                "此外，寒害過後應加強肥培管理，可酌量噴施葉面肥幫助植株恢復生長，但切忌一次施用過量。",
                "（作者為臺南區農業改良場助理研究員）",
            ],
        },
        {
            "lines": ["農訊", "水林番薯節週日登場"],
            "section": ["農訊", None],
            "kicker": [None, "農訊"],
            "title": "水林番薯節週日登場",
            "byline": [None, "黃俊達"],
            "body": [
                "〔記者黃俊達／雲林報導〕水林番薯節6日在鄉公所廣場舉行，現場有烤番薯、番薯創意料理及農特產展售，"
                "鄉公所準備1000份番薯餅免費送給民眾。",
            ],
        },
        {
            "lines": ["農民曆講座開放報名"],
            "section": ["農訊", None],
            "kicker": [None, "農訊"],
            "title": "農民曆講座開放報名",
            "body": [
                "〔本報訊〕嘉義縣農會本月13日舉辦「看懂農民曆」講座，邀請退休農校教師主講節氣與耕作，"
                "名額80人，免費報名，額滿為止。",
            ],
        },
        {
            "lines": ["稻田冬季綠肥補助開跑"],
            "section": ["農訊", None],
            "kicker": [None, "農訊"],
            "title": "稻田冬季綠肥補助開跑",
            "byline": [None, "詹雅琪"],
            "body": [
                "〔記者詹雅琪／嘉義報導〕嘉義縣二期稻作收割後，農民可申請種植田菁、太陽麻等綠肥作物，"
                "每公頃補助最高9000元，即日起至月底前向各鄉鎮公所登記，逾期不受理。",
            ],
        },
    ],
}

SHEQU = {
    "name": "zht_big5hkscs_crlf_macau_shequ_page_jizhe_byline_cantonese_quote_caption_jizhe_she_midsentence_"
    "running_head_huodong_rows_mingxie_qishi_signed_family_date_line_shequ_duanxun",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "濠江晨報 2026-12-07 B4版 民生, a Macau daily, Big5-HKSCS (`氹` in 氹仔, Cantonese `啱 哋 喺`, none "
    "in cp950), CRLF; no blank lines inside an article (indent-only paragraphs), wrapped at 21. A 長者飯堂 "
    "story (title, 副題, byline line `記者　麥綺雯`, a Cantonese quote in 「」, caption + `（記者　麥綺雯　攝）` "
    "inside a sentence, the running head inside a sentence); a 本週社區活動 box of rows; a 鳴謝啟事 "
    "signed by a family with a date line; a 社區短訊 column of two items.",
    "date": "2026-12-07",
    "page": "B4",
    "head": ["濠江晨報", "2026年12月7日　星期一　B4　民生　　責任編輯：區詠琪"],
    "foot": ["民生熱線：2888 6123　　地址：澳門新馬路36號5樓　　校對：陸家駿"],
    "furniture": [
        "濠江晨報",
        "2026年12月7日",
        "星期一",
        "B4",
        "民生",
        "責任編輯：區詠琪",
        "濠江晨報　民生　B4",
        "民生熱線：2888 6123",
        "地址：澳門新馬路36號5樓",
        "校對：陸家駿",
    ],
    "run": ["濠江晨報　民生　B4"],
    "labels": ["社區短訊", "社區短訊"],
    "articles": [
        {
            "lines": ["氹仔舊城區長者飯堂擴座", "每日午市增至八十個座位　街坊讚價錢實惠", "記者　麥綺雯"],
            "title": "氹仔舊城區長者飯堂擴座",
            "subtitle": "每日午市增至八十個座位　街坊讚價錢實惠",
            "byline": ["記者　麥綺雯", "麥綺雯"],
            "captions": ["長者在擴座後的飯堂內用膳，不少人結伴而來。"],
            "credits": ["（記者　麥綺雯　攝）"],
            "body": [
                "由氹仔一個街坊互助會營運的長者飯堂完成擴建，由本月起每日午市座位由四十個增至八十個，"
                "六十五歲以上長者憑證每餐收費二十元。",
                "互助會理事長鄺志明表示，飯堂開辦三年，輪候用膳的長者愈來愈多，{cap}以往不少人要排隊"
                "半小時，擴座後可大大縮短等候時間。",
                "飯堂負責人介紹，餐單每星期更換，每餐一湯兩餸一飯，少鹽少油，亦會為有需要的長者"
                "提供碎餐及軟餐，患糖尿病的長者可預先登記，改用糙米飯。",
                "住在附近的八十歲陳婆婆幾乎每日都來，她笑言：「啲餸好啱我哋老人家口味，又有人傾偈，"
                "{run}喺屋企一個人食飯冇味道。」",
                "據介紹，飯堂擴建費用約一百二十萬元，由基金資助及街坊捐款支付，新增的廚房設備"
                "可以同時為行動不便的長者準備送飯服務，每日送餐約三十份。",
                "互助會稱，飯堂亦歡迎義工報名協助派餐及清潔，有意者可致電互助會查詢。",
            ],
        },
        {
            "lines": ["本週社區活動"],
            "title": "本週社區活動",
            "body": [
                ("row", "12月8日（二）　上午10時　氹仔街坊互助會　長者智能手機班"),
                ("row", "12月10日（四）　下午3時　下環社區中心　親子冬至湯圓製作"),
                ("row", "12月12日（六）　上午9時　黑沙環公園　健步行及健康檢查"),
                ("row", "12月13日（日）　下午2時30分　氹仔街坊互助會　長者卡拉OK同樂日"),
                ("row", "報名：請親臨各中心或致電查詢，名額有限。"),
            ],
        },
        {
            "lines": ["鳴謝"],
            "title": "鳴謝",
            "byline": ["林府家屬　敬啟", "林府家屬", None],
            "credits": ["二〇二六年十二月七日"],
            "body": [
                "先父林國華老先生於本年十一月二十日安詳辭世，治喪期間承蒙各界親友致送花圈、"
                "親臨弔唁，隆情厚誼，存歿均感，因未能一一踵謝，謹此鳴謝。",
                ("end", "林府家屬　敬啟"),
                ("end", "二〇二六年十二月七日"),
            ],
        },
        {
            "lines": ["社區短訊", "望廈坊會冬至派米"],
            "section": ["社區短訊", None],
            "kicker": [None, "社區短訊"],
            "title": "望廈坊會冬至派米",
            "body": [
                "本報訊　望廈一坊會將於本月十九日上午向區內長者及低收入家庭派發白米及食油，"
                "合資格人士請於十五日前到會址登記。",
            ],
        },
        {
            "lines": ["路環步行徑重新開放"],
            "section": ["社區短訊", None],
            "kicker": [None, "社區短訊"],
            "title": "路環步行徑重新開放",
            "body": [
                "本報訊　路環一段步行徑完成護土牆加固工程，已於昨日重新開放，市民可沿路前往山頂涼亭。"
                "當局提醒市民雨後路滑，宜穿著合適鞋履，並切勿離開步行徑範圍。",
            ],
        },
        {
            "lines": ["青洲長者中心招募義工"],
            "section": ["社區短訊", None],
            "kicker": [None, "社區短訊"],
            "title": "青洲長者中心招募義工",
            "body": [
                "本報訊　青洲一長者中心現正招募探訪義工，每月探訪區內獨居長者兩次，協助閱讀信件及"
                "陪同覆診。中心將為義工提供基本培訓，年滿十六歲人士均可報名，"
                "查詢可於辦公時間致電中心。",
            ],
        },
    ],
}

SARDU = {
    "name": "sc_latin9_lf_sardinian_limba_sarda_comuna_weekly_euro_sign_caps_kicker_title_subtitle_dae_byline_"
    "line_swiss_free_guillemets_hyphenation_caption_fotografia_midsentence_running_head_sighit_jump_literas_"
    "letter_in_curtzu_period_runin",
    "encoding": "iso-8859-15",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "Sa Boghe de Baronia 2026-12-04, pàgina 3, a Sardinian weekly in the Limba Sarda Comuna spelling, "
    "ISO-8859-15 (`€`, `à è ì ò ù`, not in Latin-1), LF; blank-line paragraphs, wrapped at 46 with hyphenation. "
    "A market story (capital kicker BIDDA, title, subtitle, byline line `dae Antonella Sanna`, `«…»` quotes, "
    "caption + `Fotografia: X` inside a sentence, the running head inside a sentence, `Sighit a pàgina 5` "
    "after a paragraph cut mid-sentence); a choir story; a letter under LÌTERAS (`Caru diretore,` … "
    "`Gràtzias.`, signed `Mariangela Cucca, Galtellì`); an IN CURTZU column of three run-in items whose "
    "lead-in ends with a full stop.",
    "date": "2026-12-04",
    "page": "3",
    "head": ["SA BOGHE DE BARONIA", "Chenàbura 4 de Nadale 2026 - Pàgina 3 - € 1,50"],
    "foot": ["Sa Boghe de Baronia - Via Nazionale 41, Orosei - redatzione@boghe.example.it"],
    "furniture": [
        "SA BOGHE DE BARONIA",
        "Chenàbura 4 de Nadale 2026",
        "Pàgina 3",
        "€ 1,50",
        "Sa Boghe de Baronia / Bidda e territòriu",
        "Sighit a pàgina 5",
        "Sa Boghe de Baronia",
        "Via Nazionale 41, Orosei",
        "redatzione@boghe.example.it",
    ],
    "run": ["Sa Boghe de Baronia / Bidda e territòriu"],
    "markup": ["-", "-", "-", "-", ".", ".", "."],
    "labels": ["INCURTZU", "INCURTZU"],
    "articles": [
        {
            "lines": [
                "BIDDA",
                "Su mercadu de sa pedra torrat a Orosei",
                "Tres dies de festa pro sos artesanos de su",
                "granitu e de su màrmaru de sa Baronia",
                "dae Antonella Sanna",
            ],
            "kicker": "BIDDA",
            "title": "Su mercadu de sa pedra torrat a Orosei",
            "subtitle": "Tres dies de festa pro sos artesanos de su granitu e de su màrmaru de sa Baronia",
            "byline": ["dae Antonella Sanna", "Antonella Sanna"],
            "captions": ["Unu artesanu de Orosei traballat unu blocu de màrmaru in su laboratòriu suo."],
            "credits": ["Fotografia: Bachisio Mura"],
            "body": [
                "Dae su 11 a su 13 de nadale sa pratza de Santa Maria at a torrare a ospi~tare su mercadu "
                "de sa pedra, sa festa chi dat valore a su traballu de sos artesanos de sa Baronia. Custu annu "
                "sos espo~sitores ant a èssere prus de 40, benende finas dae Nùgoro e dae s'Ogiastra.",
                "«Est un'ocasione pro mustrare chi sa pedra nostra no est isceti materiale de cava, ma "
                "cultura», narat Gavino Fadda, presi~dente de sa coope~rativa Su Marmuraju, chi or~ganizat "
                "s'eventu paris cun su Comunu. Pro sa prima borta b'at a èssere {cap}finas unu laboratòriu "
                "pro sos pitzinnos de sas iscolas.",
                "S'assessora a sa cultura, Paola Mele, at annun~tziadu unu contri~butu de 25.000 € e at "
                "naradu chi su mercadu {run}est oramai un'apun~tamentu chi atirat visita~dores "
                "finas in s'ierru, cando sos albergos de sa costa sunt guasi totu serrados.",
                "Sos organi~zadores ant a pònnere a disponi~mentu unu bus de badas dae sa marina de Cala "
                "Liberotu, e sas carrelas de su tzentru ant a èssere serradas a sas màchinas dae sas 9 de "
                "mangianu finas a",
                ("end", "Sighit a pàgina 5"),
            ],
        },
        {
            "lines": ["Su coru de Siniscola cantat in Casteddu", "dae Pedru Ladu"],
            "title": "Su coru de Siniscola cantat in Casteddu",
            "byline": ["dae Pedru Ladu", "Pedru Ladu"],
            "body": [
                "Su coru polifò~nicu Santa Lughia de Siniscola at a cantare domìniga in sa cresia de "
                "Sant'Anna in Casteddu, in su cuntzertu de Nadale organizadu dae s'associa~tzione "
                "Amigos de su Cantu.",
                "Su diretore, Tonino Pinna, at prepa~radu unu programma de dòighi cantos, medas de issos "
                "in limba sarda, e duos in cum~pagnia de su coru de pitzinnos de sa scola de mù~sica.",
            ],
        },
        {
            "lines": ["LÌTERAS", "Sa carrela de su portu est unu perìgulu"],
            "section": ["LÌTERAS", None],
            "kicker": [None, "LÌTERAS"],
            "title": "Sa carrela de su portu est unu perìgulu",
            "byline": ["Mariangela Cucca, Galtellì", "Mariangela Cucca"],
            "body": [
                "Caru diretore,",
                "dae unu annu sa carrela chi dae Galtellì andat a su portu est prena de istampos e chena "
                "lughe. Cada note bi passant pitzinnos in bitzicleta e betzos a pee. Pregontamus a sa "
                "Provìntzia cando at a incu~mintzare sos traballos promì~tidos.",
                "Gràtzias.",
                ("end", "Mariangela Cucca, Galtellì"),
            ],
        },
        {
            "lines": ["IN CURTZU"],
            "runin": ". ",
            "section": ["IN CURTZU", None],
            "kicker": [None, "IN CURTZU"],
            "title": "Biblioteca",
            "body": [
                "Dae lunis sa biblio~teca comunale at a èssere aberta finas su sàbadu a mangianu, dae sas 9 a sas 13.",
            ],
        },
        {
            "runin": ". ",
            "section": ["IN CURTZU", None],
            "kicker": [None, "IN CURTZU"],
            "title": "Donu de sàmbene",
            "body": [
                "S'autoemo~teca de sos donadores de sàmbene at a èssere in pratza de su Comunu su 12 de nadale, dae sas 8 a "
                "sas 12.",
            ],
        },
        {
            "runin": ". ",
            "section": ["IN CURTZU", None],
            "kicker": [None, "IN CURTZU"],
            "title": "Tòmbula",
            "body": [
                "Sa pro loco organizat sa tòmbula de Nadale su 20 de nadale in sa sala de sa parrò~chia. "
                "Su ghetu andat a sa mensa de sos pòveros.",
            ],
        },
    ],
}

TOKPISIN = {
    "name": "tpi_cp1252_crlf_tok_pisin_weekly_caps_kicker_title_subtitle_stori_colon_byline_line_curly_quotes_"
    "kina_sums_hyphenation_caption_piksa_midsentence_running_head_go_long_pes_jump_tok_bilong_yu_letter_"
    "nius_sot_em_dash_runin",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 44,
    "indent": "",
    "blank": True,
    "note": "Tok Save Ples 2026-12-04, pes 4, a Tok Pisin weekly from Papua New Guinea, Windows-1252 (`“ ” ’ —`), "
    "CRLF; blank-line paragraphs, wrapped at 44 with hyphenation. A market story (capital kicker PROVINS, "
    "title, subtitle, byline line `Stori: Lucy Wambi` with a label and a colon, kina sums `K180,000`, "
    "caption + `Piksa: X` inside a sentence, the running head inside a sentence, `Go long pes 6` after a "
    "paragraph cut mid-sentence); a rugby league report under `Stori: Ben Kaupa`; a letter under "
    "TOK BILONG YU (`Edita,` … `Tenkyu.`, signed `Mary Sine, Kainantu`); a NIUS SOT column of three "
    "run-in items with an em dash.",
    "date": "2026-12-04",
    "page": "4",
    "head": ["TOK SAVE PLES", "Fraide, Disemba 4, 2026          Pes 4          K1.50"],
    "foot": ["Tok Save Ples, PO Box 512, Goroka, EHP     Imel: nius@toksave.example.pg"],
    "furniture": [
        "TOK SAVE PLES",
        "Fraide, Disemba 4, 2026",
        "Pes 4",
        "K1.50",
        "TOK SAVE PLES — NIUS BILONG PROVINS",
        "Go long pes 6",
        "Tok Save Ples, PO Box 512, Goroka, EHP",
        "Imel: nius@toksave.example.pg",
    ],
    "run": ["TOK SAVE PLES — NIUS BILONG PROVINS"],
    "markup": ["—", "—", "—"],
    "labels": ["NIUSSOT", "NIUSSOT"],
    "articles": [
        {
            "lines": [
                "PROVINS",
                "Ol meri bilong Asaro i opim nupela maket",
                "Ol i no ken salim kaikai long rot moa",
                "Stori: Lucy Wambi",
            ],
            "kicker": "PROVINS",
            "title": "Ol meri bilong Asaro i opim nupela maket",
            "subtitle": "Ol i no ken salim kaikai long rot moa",
            "byline": ["Stori: Lucy Wambi", "Lucy Wambi"],
            "captions": ["Ol meri maket i sindaun insait long nupela haus maket long Asaro."],
            "credits": ["Piksa: Thomas Kerua"],
            "body": [
                "Moa long 200 meri maket bilong Asaro long Istan Hailans Provins i amam~as long Mande taim "
                "gav~man bilong distrik i opim nupela haus maket i kostim K180,000.",
                "“Bipo mipela i sindaun long graun klostu long rot na ren i save pundaun long mipela,” "
                "Janet Kuman, hetmeri bilong ol meri maket, i tok. “Nau mipela i gat ples i orait.”",
                "Memba bilong distrik, Joseph Ongi, i tok nupela maket i gat 120 tebol, wanpela haus "
                "{cap}pekpek na wara long wasim han. Em i tok distrik bai wokim narapela maket "
                "long Lufa long nekis yia.",
                "Tasol sampela meri i wari long pe bilong tebol. Ol i tok K5 long wanpela de em i "
                "bik~pela mani {run}long ol meri i save salim kaukau na kumu tasol, na ol i laik "
                "askim kaun~sil long daunim pe long",
                ("end", "Go long pes 6"),
            ],
        },
        {
            "lines": ["Asaro Iguls i winim Kainantu 22–14", "Stori: Ben Kaupa"],
            "title": "Asaro Iguls i winim Kainantu 22–14",
            "byline": ["Stori: Ben Kaupa", "Ben Kaupa"],
            "body": [
                "Asaro Iguls i winim Kainantu Raiders 22–14 long fainal bilong Hailans Ragbi Lig long "
                "Sarere long Goroka, na moa long 5,000 manme~ri i kam lukim.",
                "Fulbek Samuel Gande i skorim tupela trai na kisim nem olsem pleia bilong gem. Iguls bai "
                "kisim K10,000 na ol bai go pilai long Lae long Janu~eri.",
                "Kots bilong Iguls, Peter Yawi, i tok tenkyu long ol sapota. “Ol i bin kam long olgeta "
                "gem, long ren na long san. Dispela win em i bilong ol tu,” em i tok.",
            ],
        },
        {
            "lines": ["TOK BILONG YU", "Wara i no kam long haus sik"],
            "section": ["TOK BILONG YU", None],
            "kicker": [None, "TOK BILONG YU"],
            "title": "Wara i no kam long haus sik",
            "byline": ["Mary Sine, Kainantu", "Mary Sine"],
            "body": [
                "Edita,",
                "Inap tripela wik nau paip wara i no kam long haus sik bilong Kainantu. Ol nes i mas "
                "karim wara long baket na ol sikman i no inap wasim skin. Plis, husat i lukau~tim dis~pela "
                "wok i mas stretim kwik. Sampela mama i karim pikinini long haus sik na ol i no gat "
                "klinpela wara long wasim ol. Dispela i no stret.",
                "Tenkyu.",
                ("end", "Mary Sine, Kainantu"),
            ],
        },
        {
            "lines": ["NIUS SOT"],
            "runin": " — ",
            "section": ["NIUS SOT", None],
            "kicker": [None, "NIUS SOT"],
            "title": "Kalabus long bia",
            "body": [
                "Polis bilong Goroka i tok ol bai kalabusim ol man husat i dring bia long rot long taim "
                "bilong Krismas.",
            ],
        },
        {
            "runin": " — ",
            "section": ["NIUS SOT", None],
            "kicker": [None, "NIUS SOT"],
            "title": "Skul i pinis",
            "body": [
                "Ol praimeri skul long provins bai pinis long Fraide, Disemba 11, na opim gen long Febru~eri.",
            ],
        },
        {
            "runin": " — ",
            "section": ["NIUS SOT", None],
            "kicker": [None, "NIUS SOT"],
            "title": "Singsing Krismas",
            "body": [
                "Ol lain sios bilong Goroka bai singsing long Krismas Iv long Nort Goroka Pak. Olgeta "
                "manme~ri i ken kam.",
            ],
        },
    ],
}

YORUBA = {
    "name": "yo_utf16le_bom_lf_yoruba_weekly_underdots_tone_marks_combining_caps_kicker_title_subtitle_lati_"
    "owo_byline_line_hyphenated_compounds_unsplit_caption_aworan_midsentence_running_head_o_n_ba_a_lo_"
    "jump_iroyin_kekere_colon_runin",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 44,
    "indent": "",
    "blank": True,
    "note": "Akéde Ìbàdàn 2026-12-04, ojú ìwé 5, a Yoruba weekly, UTF-16 LE with BOM, LF; underdotted "
    "`ẹ ọ ṣ` with tone marks, some of them combining accents over an underdotted letter (`ọ̀`, `ẹ́`); "
    "blank-line paragraphs, wrapped at 44 with no line-end hyphenation; compounds with their own hyphen "
    "(`ilé-ìwé`, `Ilé-iṣẹ́`, `márùn-ún`) never split at a line end. A school story (capital kicker ẸKỌ́, title, subtitle, byline "
    "line `Láti ọwọ́ Adébáyọ̀ Ọládélé`, caption + `Àwòrán: X` inside a sentence, the running head inside a "
    "sentence, `Ó ń bá a lọ ní ojú ìwé 6` after a paragraph cut mid-sentence); a football report under "
    "`Láti ọwọ́ Fúnmiláyọ̀ Akíndélé`; an ÌRÒYÌN KÉKERÉ column of three run-in items with a colon.",
    "date": "2026-12-04",
    "page": "5",
    "head": ["AKÉDE ÌBÀDÀN", "Ọjọ́ Ẹtì, 4 Oṣù Kejìlá 2026      Ojú ìwé 5"],
    "foot": ["Akéde Ìbàdàn, 12 Ọ̀nà Ìwọ̀, Ìbàdàn      iroyin@akede.example.ng"],
    "furniture": [
        "AKÉDE ÌBÀDÀN",
        "Ọjọ́ Ẹtì, 4 Oṣù Kejìlá 2026",
        "Ojú ìwé 5",
        "Akéde Ìbàdàn | Ìròyìn | 5",
        "Ó ń bá a lọ ní ojú ìwé 6",
        "Akéde Ìbàdàn, 12 Ọ̀nà Ìwọ̀, Ìbàdàn",
        "iroyin@akede.example.ng",
    ],
    "run": ["Akéde Ìbàdàn | Ìròyìn | 5"],
    "markup": [":", ":", ":"],
    "labels": ["ÌRÒYÌNKÉKERÉ", "ÌRÒYÌNKÉKERÉ"],
    "articles": [
        {
            "lines": [
                "ẸKỌ́",
                "Ilé-ìwé tuntun ṣí sílẹ̀ ní Mọ́níyà",
                "Àwọn òbí ní ọmọ wọn kò ní rìn jìnnà",
                "lọ sí ilé-ìwé mọ́",
                "Láti ọwọ́ Adébáyọ̀ Ọládélé",
            ],
            "kicker": "ẸKỌ́",
            "title": "Ilé-ìwé tuntun ṣí sílẹ̀ ní Mọ́níyà",
            "subtitle": "Àwọn òbí ní ọmọ wọn kò ní rìn jìnnà lọ sí ilé-ìwé mọ́",
            "byline": ["Láti ọwọ́ Adébáyọ̀ Ọládélé", "Adébáyọ̀ Ọládélé"],
            "captions": ["Àwọn akẹ́kọ̀ọ́ àti olùkọ́ wọn níwájú ilé-ìwé tuntun náà ní Mọ́níyà."],
            "credits": ["Àwòrán: Tìmílẹ́yìn Àjàyí"],
            "body": [
                "Ilé-ìwé alákọ̀ọ́bẹ̀rẹ̀ tuntun kan ṣí sílẹ̀ ní àdúgbò Mọ́níyà ní Ìbàdàn lọ́jọ́ Ajé, "
                "ọmọ tó lé ní ẹgbẹ̀ta ni yóò sì máa kẹ́kọ̀ọ́ níbẹ̀ láti oṣù Ṣẹ́rẹ́ ọdún 2027.",
                "“Ọmọ wa kò ní máa rìn kìlómítà márùn-ún lójoojúmọ́ mọ́,” ni Ìyá Àbẹ̀ní Ògúnlànà, "
                "alága ẹgbẹ́ àwọn òbí, sọ. “Inú wa dùn gidigidi.”",
                "Olùkọ́ àgbà, Ọ̀gbẹ́ni Kúnlé Adéyẹmí, ní ilé-ìwé náà ní yàrá ìkẹ́kọ̀ọ́ méjìdínlógún, "
                "{cap}ilé ìkàwé àti pápá ìṣeré. Ó ní àwọn olùkọ́ mẹ́rìnlélógún ni Ilé-iṣẹ́ Ètò Ẹ̀kọ́ "
                "yóò gbà síbẹ̀.",
                "Àmọ́ àwọn òbí kan ń ṣe àníyàn nípa ọ̀nà tó lọ sí ilé-ìwé náà, {run}nítorí pé "
                "ó ti bàjẹ́ jù, tí òjò bá sì rọ̀, ọkọ̀ kò lè gba ibẹ̀ kọjá títí di",
                ("end", "Ó ń bá a lọ ní ojú ìwé 6"),
            ],
        },
        {
            "lines": ["Mọ́níyà Stars borí Ọ̀yọ́ United", "Láti ọwọ́ Fúnmiláyọ̀ Akíndélé"],
            "title": "Mọ́níyà Stars borí Ọ̀yọ́ United",
            "byline": ["Láti ọwọ́ Fúnmiláyọ̀ Akíndélé", "Fúnmiláyọ̀ Akíndélé"],
            "body": [
                "Ẹgbẹ́ agbábọ́ọ̀lù Mọ́níyà Stars borí Ọ̀yọ́ United pẹ̀lú àmì ayò méjì sí ọ̀kan nínú ìdíje "
                "ife ẹ̀yẹ Gómìnà tí wọ́n gbá ní pápá ìṣeré Adámásingbà lọ́jọ́ Àìkú.",
                "Ṣẹ́gun Àlàbí àti Tóbi Ọláyíwọlá ló gbá bọ́ọ̀lù wọlé fún Mọ́níyà Stars, nígbà tí Ọ̀yọ́ "
                "United gbá tiwọn wọlé ní ìṣẹ́jú kọkàndínlọ́gọ́rin.",
            ],
        },
        {
            "lines": ["ÌRÒYÌN KÉKERÉ"],
            "runin": ": ",
            "section": ["ÌRÒYÌN KÉKERÉ", None],
            "kicker": [None, "ÌRÒYÌN KÉKERÉ"],
            "title": "Ìpàdé àdúgbò",
            "body": [
                "Ìpàdé àwọn ará àdúgbò Mọ́níyà yóò wáyé ní gbọ̀ngàn ìlú lọ́jọ́ Àbámẹ́ta ní aago mẹ́wàá òwúrọ̀.",
            ],
        },
        {
            "runin": ": ",
            "section": ["ÌRÒYÌN KÉKERÉ", None],
            "kicker": [None, "ÌRÒYÌN KÉKERÉ"],
            "title": "Ẹ̀jẹ̀ fífún",
            "body": [
                "Àwọn òṣìṣẹ́ ilé ìwòsàn yóò gba ẹ̀jẹ̀ lọ́wọ́ àwọn tó bá fẹ́ fún aláìsàn ní ọjọ́rú tó ń bọ̀.",
            ],
        },
        {
            "runin": ": ",
            "section": ["ÌRÒYÌN KÉKERÉ", None],
            "kicker": [None, "ÌRÒYÌN KÉKERÉ"],
            "title": "Orin Kérésìmesì",
            "body": [
                "Ẹgbẹ́ akọrin ìjọ Àgùdà yóò kọ orin Kérésìmesì ní gbàgede ìlú lọ́jọ́ kẹtàlélógún oṣù yìí. "
                "Owó kankan kò sí.",
            ],
        },
    ],
}

SAMOA = {
    "name": "sm_utf16be_bom_crlf_samoan_weekly_okina_macrons_caps_kicker_title_subtitle_tusia_e_byline_line_"
    "tala_sums_hyphenation_caption_ata_midsentence_running_head_faaauau_jump_tusi_letter_afioga_salutation_"
    "tala_puupuu_colon_runin",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Le Fetu o Savaiʻi 2026-12-04, itulau 3, a Samoan weekly, UTF-16 BE with BOM (ʻokina U+02BB, "
    "macrons `ā ē ī ō ū`, `“ ”`), CRLF; blank-line paragraphs, wrapped at 41 with hyphenation. A hospital "
    "story (capital kicker SOIFUA MALŌLŌINA, title, subtitle, byline line `Tusia e Malia Tuilagi`, tala sums "
    "`$2.4 miliona tala`, caption + `Ata: X` inside a sentence, the running head inside a sentence, "
    "`Faʻaauau i le itulau 7` after a paragraph cut mid-sentence); a rugby story under `Tusia e Iosefa "
    "Leota`; a letter under TUSI MAI LE ʻAU FAITAU (`Lau Afioga i le Faatonu,` … `Faʻafetai.`, signed "
    "`Sina Aiono, Leulumoega`); a TALA PUPUU column of three run-in items with a colon.",
    "date": "2026-12-04",
    "page": "3",
    "head": ["LE FETU O SAVAIʻI", "Aso Faraile, 4 Tesema 2026        Itulau 3"],
    "foot": ["Le Fetu o Savaiʻi, Pusa Meli 88, Salelologa        tala@fetu.example.ws"],
    "furniture": [
        "LE FETU O SAVAIʻI",
        "Aso Faraile, 4 Tesema 2026",
        "Itulau 3",
        "Le Fetu o Savaiʻi • Tala Faʻalotoifale • 3",
        "Faʻaauau i le itulau 7",
        "Le Fetu o Savaiʻi, Pusa Meli 88, Salelologa",
        "tala@fetu.example.ws",
    ],
    "run": ["Le Fetu o Savaiʻi • Tala Faʻalotoifale • 3"],
    "markup": [":", ":", ":"],
    "labels": ["TALAPUPUU", "TALAPUPUU"],
    "articles": [
        {
            "lines": [
                "SOIFUA MALŌLŌINA",
                "Ua tatala le fale tipitipi fou i Salelologa",
                "O le a le toe malaga atu tagata mamaʻi",
                "i Apia mo taotoga",
                "Tusia e Malia Tuilagi",
            ],
            "kicker": "SOIFUA MALŌLŌINA",
            "title": "Ua tatala le fale tipitipi fou i Salelologa",
            "subtitle": "O le a le toe malaga atu tagata mamaʻi i Apia mo taotoga",
            "byline": ["Tusia e Malia Tuilagi", "Malia Tuilagi"],
            "captions": ["O fomaʻi ma tausimaʻi i totonu o le fale tipitipi fou i Salelologa."],
            "credits": ["Ata: Iosefa Leota"],
            "body": [
                "Na tatala aloa~ʻia i le Aso Gafua le fale tipitipi fou i le fale~maʻi i Salelologa, "
                "lea na faʻa~aluina ai le $2.4 miliona tala. O le fale muamua lea o lona itu~aiga i Savaiʻi.",
                "“Ua leva ona faʻa~tali tagata o Savaiʻi mo lenei aso,” o le sau~noaga lea a le fomaʻi "
                "sinia, Dr Tavita Sapolu. “E le toe malaga atu ni tagata i le vaʻa i Upolu mo "
                "ni taotoga fai~gofie.”",
                "Na faʻa~matala e le pule o le fale~maʻi, Mele Faʻa~savalu, e lua potu taotoga ma sefulu "
                "{cap}moega o loʻo i totonu o le fale fou. O le a ʻauina mai isi tausi~maʻi e toʻa~fā "
                "mai Apia i le masina o Ianu~ari.",
                "Peitaʻi o loʻo po~pole nisi o tagata o le nuʻu ona o le le lava o taʻavale fesoa~soani. "
                "E tasi lava le taʻavale a le fale~maʻi {run}mo le motu atoa, ma e ma~sani ona umi se "
                "taimi e faʻa~tali ai le au mamaʻi mai i nuʻu mamao e pei o",
                ("end", "Faʻaauau i le itulau 7"),
            ],
        },
        {
            "lines": ["Manumalo Palauli i le lakapī", "Tusia e Iosefa Leota"],
            "title": "Manumalo Palauli i le lakapī",
            "byline": ["Tusia e Iosefa Leota", "Iosefa Leota"],
            "body": [
                "Na manumalo le ʻau lakapī a Palauli i le ʻau a Faʻasale~leaga i le sikoa e 24–17 i le "
                "taʻami~losaga muli~muli o le tau~vaga a Savaiʻi, na faia i le malae i Tua~sivi i le Aso Toʻonaʻi.",
                "Na sikoa e le kape~teni, Sione Leau~pepe, ni tai se lua. O le a maua e Palauli le ipu ma le "
                "$5,000 tala, ma o le a latou malaga atu i Apia i le masina fou.",
            ],
        },
        {
            "lines": ["TUSI MAI LE ʻAU FAITAU", "Ua leaga le auala i Leulumoega"],
            "section": ["TUSI MAI LE ʻAU FAITAU", None],
            "kicker": [None, "TUSI MAI LE ʻAU FAITAU"],
            "title": "Ua leaga le auala i Leulumoega",
            "byline": ["Sina Aiono, Leulumoega", "Sina Aiono"],
            "body": [
                "Lau Afioga i le Faatonu,",
                "Ua tolu masina nei o lepa le vai i luga o le auala i lo matou nuʻu i taimi uma e timu "
                "ai. E le mafai e fanau ona savavali i le ʻaʻai ma e faʻa~leagaina ai taʻavale. Matou te "
                "ʻaiʻoi atu i le Matagalue~ga ina ia toe faʻa~leleia vave.",
                "Faʻafetai.",
                ("end", "Sina Aiono, Leulumoega"),
            ],
        },
        {
            "lines": ["TALA PUPUU"],
            "runin": ": ",
            "section": ["TALA PUPUU", None],
            "kicker": [None, "TALA PUPUU"],
            "title": "Fono a le nuʻu",
            "body": [
                "O le a faia le fono a le nuʻu o Salelologa i le Aso Lulu i le itula e 4 i le afiafi, "
                "e tala~noaina ai le vai.",
            ],
        },
        {
            "runin": ": ",
            "section": ["TALA PUPUU", None],
            "kicker": [None, "TALA PUPUU"],
            "title": "Aʻoga ua tapunia",
            "body": [
                "E tapunia aʻoga tulagalua uma i Savaiʻi i le Aso Faraile, 11 Tesema, mo le malo~loga o le "
                "Kerisi~masi.",
            ],
        },
        {
            "runin": ": ",
            "section": ["TALA PUPUU", None],
            "kicker": [None, "TALA PUPUU"],
            "title": "Pese Kerisimasi",
            "body": [
                "O le a pe~pese aufai~pese a eka~lesia i le maketi i Salelologa i le po o le Aso Toʻonaʻi. "
                "E leai se totogi.",
            ],
        },
    ],
}

PAGES = [ZHAOSHENG, TIYU, GANGAOTAI, NANZHOU, NONGYE, SHEQU, SARDU, TOKPISIN, YORUBA, SAMOA]
