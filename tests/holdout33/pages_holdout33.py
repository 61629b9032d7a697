"""The text of every holdout33 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, places, firms and events are invented. A list value gives every acceptable
reading; its first element is the one printed. `credits` are photo credits (unscored).
"""


def article(title, paragraphs, **fields):
    """One gold article: every field the gold format has, null unless given."""
    art = {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": paragraphs,
        "captions": [],
        "credits": [],
    }
    art.update(fields)
    return art


YAOWEN = {
    "stem": "zh_sim_yaowen_front_masthead_daodu_index_box_three_head_sizes_duanping_box",
    "furniture": {
        "masthead": ["澄溪日报", "2026年12月2日　星期三", "第1版　要闻　今日8版"],
        "index": [
            "今日导读",
            "2版　全市新增城市书房十二处",
            "3版　冬闲时节农技课开进村",
            "5版　老街修缮方案征求意见",
            "7版　澄溪少年合唱团获邀出国演出",
        ],
        "foot": "澄溪日报社出版　地址：澄溪市滨河路88号　邮编：537100　定价：1.50元",
    },
    "date": "2026-12-02",
    "page": ["第1版", "1"],
    "articles": [
        article(
            "全市集中供暖提前五天开栓",
            [
                "连日来气温骤降，澄溪市集中供暖于11月28日提前五天全面开栓，"
                "主城区及两个新区共计十一万八千户居民家中暖气陆续升温。",
                "记者从市城市管理局获悉，今年供暖季前，全市新建换热站二十四座，"
                "改造老旧供热管网四十六公里，三百一十个老旧小区首次实现集中供暖全覆盖。"
                "为避免开栓初期管网“跑冒滴漏”，各供热企业组织三百余名维修人员分片值守，"
                "接到报修后城区一小时内到场。",
                "在北关街道柳荫小区，七十六岁的住户潘桂芝摸着暖气片说：“以前冬天烧煤炉，"
                "屋里一股煤烟味，今年头一回用上暖气，孙子来了也不怕冻着了。”",
                "市城市管理局有关负责人介绍，今年全市还开通了供热服务热线和网上报修平台，"
                "居民可实时查询室温监测数据。对室温不达标的住户，供热企业须在二十四小时内上门处理，"
                "并按规定退还相应热费。",
            ],
            kicker="新建换热站二十四座　老旧小区全覆盖",
            subtitle="十一万八千户居民家中暖气陆续升温",
            byline=["本报记者　韦晓岚", "韦晓岚"],
            captions=["11月28日，供热企业维修人员在柳荫小区检查换热站设备。"],
            credits=["本报记者　韦晓岚　摄"],
        ),
        article(
            "澄溪港铁水联运班列开行满千列",
            [
                "本报讯（记者 覃明远）12月1日上午，一列满载陶瓷砖的集装箱班列从澄溪港铁路专用线驶出，"
                "标志着澄溪港铁水联运班列今年开行突破一千列，比去年同期增长三成。",
                "据介绍，澄溪港今年新开通至西部三个内陆港的班列线路，货物在港口“下船即上车”，"
                "平均转运时间由两天缩短至八小时。港口企业还与铁路部门共同推行“一单到底”，"
                "企业只需办理一次手续即可完成全程运输。",
            ],
            byline=[None, "记者 覃明远", "覃明远"],
        ),
        article(
            "首批二十所乡村学校用上直饮水",
            [
                "近日，石门、青冈等五个乡镇的二十所乡村学校完成直饮水设备安装，四千余名师生告别了自带开水的日子。",
                "该项目由市教育局和市卫生健康委员会联合实施，每所学校按学生人数配备净水设备，"
                "并由专人每月检测水质。明年，全市还将为另外三十六所乡村学校安装直饮水设备。",
            ],
            byline=["本报通讯员　黎　青", "黎　青", "黎青"],
        ),
        article(
            "让温暖走进每一户",
            [
                "供暖提前开栓，是一件看得见、摸得着的民生实事。暖气热不热，"
                "居民心里最有数；服务好不好，群众评价最公道。",
                "开栓只是开始。供热企业要把热线接通、把维修人员派到楼道里，"
                "把“室温达标”落实到每一户，让这个冬天真正暖到人心里。",
            ],
            section=["短评", None],
            byline=["钟　言", "钟言"],
        ),
    ],
}

SHEHUI = {
    "stem": "zh_sim_scan_shehui_page_stories_separated_only_by_rules_no_white_space_benbaoxun_briefs",
    "furniture": {
        "masthead": ["汀南晚报", "2026年12月2日　星期三", "A07　社会"],
        "foot": "汀南晚报　A07　社会　新闻热线：96531　责任编辑：顾　岚",
    },
    "date": "2026-12-02",
    "page": ["A07", "7"],
    "articles": [
        article(
            "电梯困人半小时　消防员十分钟破门救出",
            [
                "11月30日晚8时许，汀南市城东区锦绣花园一部电梯突然停在七楼和八楼之间，一名老人和两名小学生被困其中。",
                "城东消防救援站接警后迅速出动，十分钟后赶到现场。消防员先通过对讲机安抚被困人员，"
                "再切断电梯电源，用专用工具打开层门，将三人逐一救出。经检查，三人均未受伤。",
                "消防员提醒，乘梯时如遇电梯故障，应立即按下紧急呼叫按钮，不要强行扒门，耐心等待救援。物业公司表示，已联系维保单位对该电梯进行全面检修。",
            ],
            byline=["本报记者　宋亦凡　通讯员　谭　磊", "宋亦凡　谭　磊", "宋亦凡"],
        ),
        article(
            "的哥捡到钱包　一路打听送还失主",
            [
                "本报讯　11月29日中午，出租车司机邹建平在车后座发现一个黑色钱包，里面有三千余元现金和多张银行卡。",
                "邹建平回忆，当天上午他曾在汀南火车站载过一名外地乘客。他先后到火车站服务台、"
                "附近派出所询问，最终通过派出所联系上失主。失主甘先生赶来后，"
                "掏出五百元表示感谢，被邹建平婉言谢绝。",
            ],
        ),
        article(
            "社区食堂开进老街　老人吃饭不用愁",
            [
                "本报讯（记者 闫书韵）12月1日，城西区老街社区长者食堂正式开业，"
                "六十岁以上老人每餐只需十元就能吃上两荤一素。",
                "食堂由社区闲置用房改建，可同时容纳四十人就餐。对行动不便的独居老人，"
                "社区志愿者每天中午送餐上门。开业第一天，食堂共接待老人一百二十余人次。",
            ],
            byline=[None, "记者 闫书韵", "闫书韵"],
        ),
        article(
            "冒充快递员行骗　两名男子落网",
            [
                "本报讯　近日，汀南市公安局南湖分局破获一起冒充快递员实施诈骗案，抓获犯罪嫌疑人两名。",
                "经查，两人以“快递丢失、原价理赔”为由，诱骗受害人扫码下载软件并转账，"
                "先后骗取十余名市民共计八万余元。警方提醒，快递理赔请通过官方渠道办理，"
                "切勿轻信陌生来电。目前，两名犯罪嫌疑人已被依法刑事拘留，案件正在进一步侦办中。",
            ],
            section=["警情", None],
        ),
        article(
            "七旬老人义务修车二十年",
            [
                "在城北区桥头巷口，每天早上都能看到七十二岁的老人蒋德厚摆开修车摊。"
                "二十年来，他为街坊邻居修自行车、打气、补胎，从不收钱。",
                "“手艺放着也是放着，能帮一点是一点。”蒋德厚说。",
                "街坊们过意不去，常给他送来水果和热茶。",
            ],
            byline=["实习生　房小禾", "房小禾"],
        ),
    ],
}

ZHUANFANG = {
    "stem": "zh_tra_hk_zhuanfang_qa_wen_da_bold_questions_portrait_photo_credit_benbaoxun_briefs_column",
    "furniture": {
        "masthead": ["港島晨報", "2026年12月2日　星期三", "A12　專訪"],
        "foot": "港島晨報　A12　專訪　2026年12月2日",
    },
    "date": "2026-12-02",
    "page": ["A12", "12"],
    "articles": [
        article(
            "紮鐵四十年　老師傅教後生「睇圖」",
            [
                "在地盤紮了四十年鐵，葉錦泉今年六十二歲，仍然每星期有三晚到工會上課，"
                "教年輕學徒睇圖、計料。他說，行業缺人，最怕手藝斷層。",
                "問：你當年點樣入行？",
                "答：我十六歲跟阿叔落地盤，最初只係搬鐵、遞工具。嗰陣冇人教你睇圖，全靠自己偷師，錯咗就俾師傅罵。",
                "問：而家學徒同以前有乜唔同？",
                "答：而家啲後生讀書多，識用電腦睇圖，學得好快。但係紮鐵始終係體力活，"
                "夏天地盤好熱，有啲人做幾個月就走咗。",
                "問：工會可以做啲乜幫手留人？",
                "答：我哋同培訓機構合作，學徒有津貼，又有師傅一對一帶。最緊要係俾佢哋見到前途，做得好，人工唔會差。",
                "問：有冇女仔入行？",
                "答：有，今年班上有三個女仔，做嘢好細心，紮出嚟啲鐵好企理。",
                "問：點解你覺得睇圖咁重要？",
                "答：圖則睇錯，成條柱就要拆過，浪費料又浪費時間。我成日同學徒講，"
                "落手之前睇三次，問清楚先做，唔好怕醜。",
                "問：行業前景點睇？",
                "答：未來十年公營房屋同醫院工程多，紮鐵工人一定唔愁開工。",
                "問：你打算幾時退休？",
                "答：教到冇人要我教為止啦。",
            ],
            section=["專訪", None],
            subtitle="紮鐵工會主席葉錦泉：行業要靠年輕人接棒",
            byline=["記者　麥穎詩", "麥穎詩"],
            captions=["葉錦泉認為，學徒制度要有人肯教、有人肯學。"],
            credits=["（記者區俊暉攝）"],
        ),
        article(
            "建造業議會增設夜間課程",
            [
                "【本報訊】建造業議會昨日宣布，明年一月起增設十二個夜間技術課程，"
                "包括紮鐵、釘板及砌磚，方便在職人士進修。課程學費全免，"
                "完成課程並通過考核者可獲發證書。",
                "議會發言人表示，近年報讀技術課程的人數持續上升，其中三成為三十歲以下的轉行人士。",
            ],
        ),
        article(
            "地盤工人中暑個案按年減少",
            [
                "【本報訊】勞工處資料顯示，今年夏天共錄得十四宗地盤工人中暑個案，"
                "較去年減少六宗。勞工處表示，會繼續巡查地盤，確保僱主安排足夠休息時間及飲用水。勞工處亦會向僱主派發防暑指引。",
            ],
        ),
        article(
            "青年紮鐵比賽周日舉行",
            [
                "【本報訊】第三屆青年紮鐵技能比賽將於本周日在屯門訓練中心舉行，"
                "共有四十二名三十歲以下的學徒參賽，冠軍可獲獎金一萬元。比賽設公開組及學徒組，市民可免費入場觀賽。",
            ],
        ),
    ],
}

JIAOYU = {
    "stem": "zh_sim_jiaoyu_page_xiaotieshi_box_numbered_points_lead_with_headings_side_stories",
    "furniture": {
        "masthead": ["桐江日报", "2026年12月2日　星期三", "第6版　教育"],
        "foot": "桐江日报　第6版　教育　责任编辑：方　敏　版式：林　一",
    },
    "date": "2026-12-02",
    "page": ["第6版", "6"],
    "articles": [
        article(
            "课后一小时　孩子们爱上了运动",
            [
                "下午4点半，桐江市实验小学的操场上热闹起来：跳绳的、踢毽子的、打篮球的，"
                "四百多名学生分成二十个社团，开始了每天一小时的课后运动。",
                "今年秋季学期起，桐江市在全市中小学推行“课后一小时运动”，"
                "要求学校在课后服务时段安排至少一小时体育活动。",
                "“一开始担心孩子累，影响写作业。”四年级学生家长欧阳丽说，“没想到孩子回家后精神更好，作业写得更快了。”",
                "今年，实验小学学生的体质健康达标率比去年提高了六个百分点。",
                "实验小学校长詹慧敏介绍，学校根据学生兴趣开设社团，体育老师不够，"
                "就请来社区的退休教练和大学生志愿者帮忙。",
                "场地不足的学校则错峰使用操场，或借用附近社区的篮球场和健身广场。城东一所小学还把屋顶平台改成了跳绳场地。",
                "市教育局计划明年为五十所学校新建或改造运动场地，并培训三百名兼职体育辅导员。",
            ],
            kicker="桐江推行“课后一小时运动”",
            byline=["本报记者　庞秋实", "庞秋实"],
            headings=["社团多了　选择多了", "场地不够　想办法补"],
        ),
        article(
            "冬季运动注意这几点",
            [
                "1. 运动前充分热身，活动关节，时间不少于十分钟。",
                "2. 早晨气温低，户外运动宜安排在上午十点以后。",
                "3. 运动后及时擦干汗水、添加衣物，避免受凉。",
                "4. 运动强度循序渐进，出现头晕、胸闷应立即停止。",
                "5. 多喝温水，不要在运动后马上大量饮用冷饮。",
                "6. 雾霾或大风天气改在室内活动，减少户外长跑。",
            ],
            section=["小贴士", None],
        ),
        article(
            "职业院校开设养老护理专业",
            [
                "本报讯　桐江职业技术学院今年新开设智慧健康养老服务专业，首批招收学生六十名。"
                "学生在校学习两年，第三年进入合作养老机构实习，毕业后可获得相应职业技能等级证书。",
                "学院负责人介绍，目前全市养老机构护理人员缺口超过两千人，这一专业的学生还未毕业就已被多家机构预订。",
            ],
        ),
        article(
            "中小学寒假时间公布",
            [
                "本报讯　市教育局日前公布，全市中小学明年寒假自1月24日开始，2月22日结束。"
                "教育局要求各校合理布置寒假作业，不得要求家长批改作业。家长可通过学校公众号查询具体安排。",
                "各校放假前须对校舍、食堂进行安全检查，并向家长发放假期安全提示。",
            ],
        ),
    ],
}

SVENSKA = {
    "stem": "sv_scan_lokaltidning_vinjett_bold_ingress_byline_foto_credit_notiser_column_read_by_eng",
    "furniture": {
        "masthead": ["Ljungdalens Tidning", "Onsdag 2 december 2026", "Lokalt 8"],
        "foot": "8 | Lokalt | Ljungdalens Tidning",
    },
    "date": "2026-12-02",
    "page": ["Lokalt 8", "8"],
    "articles": [
        article(
            "Nattbussen till Sörbyn blir kvar året ut",
            [
                "Beskedet kom på tisdagen efter ett möte i regionens kollektivtrafiknämnd. "
                "Linje 47 skulle egentligen ha lagts ned den första januari. "
                "Beslutet kostar regionen omkring 1,4 miljoner kronor per år.",
                "– Vi har lyssnat på resenärerna. Många som jobbar skift i Ljungby har "
                "ingen annan väg hem, säger nämndens ordförande Göran Åkesson.",
                "Under hösten samlade pendlare in över tolvhundra namn mot nedläggningen. "
                "En av dem är undersköterskan Maja Öberg, som slutar sitt kvällspass "
                "strax före midnatt.",
                "– Utan bussen hade jag fått ta taxi eller sluta jobba natt. Nu kan jag "
                "andas ut, i alla fall ett år till, säger hon.",
                "Regionen ska under våren räkna på hur många som åker med linjen. "
                "Om resandet ökar kan den bli kvar även efter nästa år.",
                "Kritikerna i Sörbyn är ändå inte helt nöjda. Byalagets ordförande "
                "Lennart Sjöström vill att bussen också ska gå på helgerna.",
                "– Det är bra att vi får behålla linjen, men beskedet gäller bara ett år. "
                "Vi kommer att fortsätta driva frågan, säger han.",
            ],
            kicker="Kollektivtrafik",
            subtitle="Efter protester från pendlare backar regionen. Linje 47 fortsätter att gå även efter midnatt.",
            byline="Åsa Lindqvist",
            captions=["Maja Öberg väntar på nattbussen vid hållplatsen i Sörbyn."],
            credits=["Foto: Nils Ekström"],
        ),
        article(
            "Skolan i Björkå får ny idrottshall",
            [
                "Kommunfullmäktige sa på måndagskvällen ja till en ny idrottshall vid "
                "Björkå skola. Den gamla hallen från 1962 har stått stängd sedan i våras "
                "på grund av fuktskador.",
                "Bygget beräknas kosta 38 miljoner kronor och ska vara klart till hösten "
                "2028. Fram till dess åker eleverna buss till sporthallen i Ljungby.",
                "– Det har varit en jobbig tid för både elever och lärare. Nu ser vi "
                "äntligen ljuset i tunneln, säger rektor Karin Ödmark.",
                "Den nya hallen får plats för handboll och innebandy, och föreningarna "
                "i byn ska kunna hyra den på kvällar och helger.",
                "Oppositionen röstade emot och ville i stället renovera den gamla hallen. "
                "Enligt en utredning från i somras hade det dock blivit nästan lika dyrt.",
            ],
            byline="Erik Håkansson",
        ),
        article(
            "Julmarknad på torget",
            [
                "Söndagen den 13 december hålls julmarknad på Stortorget. Ett fyrtiotal "
                "försäljare kommer, och Lucia sjunger klockan 15. Parkeringen vid "
                "kyrkan är stängd under dagen.",
            ],
            section=["Notiser", None],
        ),
        article(
            "Biblioteket öppnar på lördagar",
            [
                "Från januari har stadsbiblioteket öppet även på lördagar mellan klockan "
                "10 och 14. Försöket pågår till sommaren.",
            ],
            section=[None, "Notiser"],
        ),
    ],
}

PAGES = [YAOWEN, SHEHUI, ZHUANFANG, JIAOYU, SVENSKA]
