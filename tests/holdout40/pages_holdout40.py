"""The text of every holdout40 page, written once: make_holdout40_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head,
`{col}` a column break; `~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a 小标题 heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit, a notice's time line). An article with `runin`
(a separator such as `: `) is a run-in item: no head line, its title printed at the start of
its first paragraph. All papers, people, firms and events are invented.
"""

QIXIANG = {
    "name": "zh_gbk_crlf_qixiang_fangzai_page_kicker_title_byline_shixisheng_caption_ziliao_tupian_"
    "midsentence_running_head_yujing_xinhao_notice_fangyu_zhinan_rows_issuer_time_signature_sanri_rows",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "澄川日报 2026-12-01 第7版 气象·防灾, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A 寒潮 story (kicker, title, byline line with 实习生, caption + `本报资料图片` inside a "
    "sentence, the running head inside a sentence); a 寒潮蓝色预警信号 notice (label 预警发布, numbered "
    "防御指南 rows, signed by the 气象台 with its issue-time line); a 未来三天天气 box of day rows with a "
    "`数据来源：` line (its last paragraph); a 气象小课堂 piece under a byline line naming the 气象台; a 防灾提示 column of two items.",
    "date": "2026-12-01",
    "page": "7",
    "head": ["澄川日报　　2026年12月1日　星期二", "第7版　气象·防灾　　　　责任编辑：汤若岚"],
    "foot": ["气象服务热线：12121　　本版邮箱：qixiang@ccrb.example.cn　　校对：闵　芳"],
    "furniture": [
        "澄川日报",
        "2026年12月1日",
        "星期二",
        "第7版",
        "气象·防灾",
        "责任编辑：汤若岚",
        "2026.12.1　澄川日报　气象·防灾",
        "气象服务热线：12121",
        "本版邮箱：qixiang@ccrb.example.cn",
        "校对：闵　芳",
    ],
    "run": ["2026.12.1　澄川日报　气象·防灾"],
    "labels": ["防灾提示"],
    "articles": [
        {
            "lines": ["今冬首场寒潮明起影响我市", "最低气温将跌破零下五摄氏度", "本报记者　鲁晓川　实习生　夏一凡"],
            "kicker": "今冬首场寒潮明起影响我市",
            "title": "最低气温将跌破零下五摄氏度",
            "byline": ["本报记者　鲁晓川　实习生　夏一凡", "鲁晓川"],
            "captions": ["去年寒潮期间，环卫工人在城南大桥上撒布融雪剂。"],
            "credits": ["本报资料图片"],
            "body": [
                "记者昨天从市气象台获悉，受强冷空气影响，12月2日至4日我市将出现今冬首次寒潮天气过程，"
                "全市平均气温下降8至10摄氏度，北部山区最低气温可达零下7摄氏度。",
                "市气象台首席预报员葛明远介绍，这次冷空气来得早、强度大，降温主要集中在2日夜间到3日白天，"
                "{cap}其间还将伴有4到6级偏北风，山区和水库周边阵风可达8级，部分乡镇有小到中雪。",
                "“最需要注意的是3日和4日早晨的道路结冰。”葛明远提醒，桥面、匝道和背阴路段最容易结冰，"
                "驾车出行要减速慢行，{run}尽量避开早晚高峰前后的低温时段。",
                "据了解，市城管、交通等部门已提前备好融雪剂1200吨、除雪车辆46台，并在主要桥梁安排人员"
                "值守，一旦出现积雪结冰将第一时间处置。",
                "市应急管理局也发出通知，要求各地加强对危旧房屋、农村大棚和临时工棚的巡查，"
                "及时转移危险区域人员，并做好电力、燃气和供水设施的防冻保障。",
            ],
        },
        {
            "lines": ["预警发布", "澄川市气象台发布寒潮蓝色预警信号"],
            "section": ["预警发布", None],
            "kicker": [None, "预警发布"],
            "title": "澄川市气象台发布寒潮蓝色预警信号",
            "byline": ["澄川市气象台", None],
            "credits": ["2026年12月1日16时20分"],
            "body": [
                "预计12月2日夜间起，我市日最低气温将下降10摄氏度以上，最低气温小于等于0摄氏度，"
                "陆地平均风力可达5级以上，请注意防范。",
                ("row", "防御指南："),
                ("row", "1．注意添衣保暖，老人、儿童和慢性病患者减少外出；"),
                ("row", "2．对大棚蔬菜、畜禽圈舍采取加固保温措施；"),
                ("row", "3．做好水管、水表等设施的防冻工作。"),
                ("end", "澄川市气象台"),
                ("end", "2026年12月1日16时20分"),
            ],
        },
        {
            "lines": ["未来三天天气"],
            "title": "未来三天天气",
            "body": [
                ("row", "12月2日　阴转小雪　北风5～6级　-2℃～6℃"),
                ("row", "12月3日　小雪转多云　北风4～5级　-5℃～1℃"),
                ("row", "12月4日　晴　北风3级　-6℃～2℃"),
                ("srow", "数据来源：澄川市气象台"),
            ],
        },
        {
            "lines": ["气象小课堂", "寒潮预警信号分几级？", "市气象台　宁　静"],
            "section": ["气象小课堂", None],
            "kicker": [None, "气象小课堂"],
            "title": "寒潮预警信号分几级？",
            "byline": ["市气象台　宁　静", "宁　静", "宁静"],
            "body": [
                "寒潮预警信号分为蓝色、黄色、橙色、红色四级，颜色越深，表示降温幅度越大、"
                "影响越严重。其中蓝色预警表示48小时内最低气温将要下降8摄氏度以上。",
                "需要提醒的是，预警级别主要看降温幅度和最低气温，而不是看当天冷不冷。"
                "收到预警后，市民应及时关注后续天气预报，合理安排出行和生产生活。",
            ],
        },
        {
            "lines": ["防灾提示", "农业部门指导农户防冻保苗"],
            "section": ["防灾提示", None],
            "kicker": [None, "防灾提示"],
            "title": "农业部门指导农户防冻保苗",
            "byline": [None, "包　蕾", "包蕾"],
            "body": [
                "本报讯（通讯员　包　蕾）寒潮来临前，市农业农村局组织38名技术人员分赴各乡镇，指导农户"
                "给越冬蔬菜加盖草帘、给柑橘树干刷白，并提醒养殖户检查圈舍门窗，防止畜禽受冻。",
            ],
        },
        {
            "lines": ["全市开放避寒救助点二十四处"],
            "section": ["防灾提示", None],
            "kicker": [None, "防灾提示"],
            "title": "全市开放避寒救助点二十四处",
            "body": [
                "本报讯　市民政局昨天公布，寒潮期间全市24处救助管理站和社区服务中心将全天开放避寒点，"
                "为流浪乞讨人员和有需要的群众提供热水、棉被和临时住宿，求助电话0735-2261110。",
            ],
        },
    ],
}

JIAOTONG = {
    "name": "zh_gb18030_lf_jiaotong_chuxing_page_yinti_zhuti_futi_byline_caption_midsentence_column_break_"
    "rare_char_station_gongjiao_route_rows_company_signature_guanzhi_rows_jiaojing_signature_chuxing_kuaixun",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "赣阳晚报 2026-12-02 A9版 交通·出行, GB18030 (`鿍` U+9FCD in a stop's name, not in GBK), LF; no "
    "blank lines inside an article (indent-only paragraphs), wrapped at 21. A 地铁 story (引题, 主题, 副题, "
    "byline line, caption + credit inside a sentence, a column break inside a sentence, the running head "
    "inside a sentence); a 公交线路调整 notice of route rows, signed by the bus company with a date line; "
    "a 交通管制 notice with 管制时间/管制路段/绕行线路 rows signed by the traffic police; a 出行快讯 column of "
    "three items.",
    "date": "2026-12-02",
    "page": "A9",
    "head": ["赣阳晚报", "2026年12月2日　星期三　　A9　交通·出行"],
    "foot": ["出行服务热线：0797-12328　　编辑：邬青禾　　美编：章　弛"],
    "furniture": [
        "赣阳晚报",
        "2026年12月2日",
        "星期三",
        "A9",
        "交通·出行",
        "A9　交通·出行　赣阳晚报",
        "出行服务热线：0797-12328",
        "编辑：邬青禾",
        "美编：章　弛",
    ],
    "run": ["A9　交通·出行　赣阳晚报"],
    "labels": ["出行快讯", "出行快讯"],
    "articles": [
        {
            "lines": [
                "全长9.6公里　新设车站6座",
                "地铁2号线东延段28日开通",
                "首班车6时发出，末班车延至23时",
                "记者　芦小曼",
            ],
            "kicker": "全长9.6公里　新设车站6座",
            "title": "地铁2号线东延段28日开通",
            "subtitle": "首班车6时发出，末班车延至23时",
            "byline": ["记者　芦小曼", "芦小曼"],
            "captions": ["工作人员在东延段终点站石鿍站进行开通前的设备调试。"],
            "credits": ["记者　芦小曼　摄"],
            "body": [
                "昨日，记者从赣阳地铁集团获悉，地铁2号线东延段已完成全部验收工作，将于12月28日上午10时"
                "开通初期运营。东延段自现有终点高铁东站起，向东经蓉江新区，止于石鿍站，全长9.6公里，"
                "新设车站6座。",
                "开通后，2号线全线首班车6时发出，末班车由22时30分延至23时，高峰时段行车间隔由6分钟缩短为"
                "{cap}4分30秒。东延段各站均设有无障碍电梯，其中蓉江新区站可与在建的4号线换乘。",
                "地铁集团运营分公司负责人介绍，试运行期间列车已累计空载运行1.2万列次，各项指标均达到开通"
                "要求。为方便沿线居民接驳，公交集团同步调整了5条线路，{col}新开1条地铁接驳专线。",
                "开通初期，东延段各站将安排志愿者在站厅引导乘客购票、换乘，"
                "并对60周岁以上老人实行免费乘车，凭身份证或老年卡刷闸进站。",
                "东延段沿线的蓉江新区是近年来城市向东发展的重点区域，目前已有12所学校、3家医院和"
                "20多个住宅小区投入使用，常住人口超过15万人，早晚高峰公交站台排队现象突出。",
                "家住石鿍村的出租车司机曾德胜说，以前进城要倒两趟公交，{run}差不多一个钟头，"
                "“以后坐地铁二十分钟就到高铁站，跑车拉客都方便多了”。",
            ],
        },
        {
            "lines": ["关于调整部分公交线路的公告"],
            "title": "关于调整部分公交线路的公告",
            "byline": ["赣阳市公共交通集团有限公司", None],
            "credits": ["2026年12月1日"],
            "body": [
                "为做好地铁2号线东延段开通后的公交接驳，自12月28日起，我公司对以下线路进行调整：",
                ("row", "12路：取消“纺织厂”站，终点站延伸至石鿍站；"),
                ("row", "27路：改经蓉江大道、东升路运行，其余走向不变；"),
                ("row", "新开D3路：高铁东站至蓉江新区站，首末班时间6:00—21:30。"),
                "特此公告。",
                ("end", "赣阳市公共交通集团有限公司"),
                ("end", "2026年12月1日"),
            ],
        },
        {
            "lines": ["关于赣江二桥维修期间实行交通管制的通告"],
            "title": "关于赣江二桥维修期间实行交通管制的通告",
            "byline": ["赣阳市公安局交通警察支队", None],
            "body": [
                "因赣江二桥伸缩缝更换和桥面维修施工需要，根据《中华人民共和国道路交通安全法》有关规定，"
                "决定对赣江二桥实行交通管制。现将有关事项通告如下：",
                ("row", "管制时间：2026年12月5日0时至12月20日24时"),
                ("row", "管制路段：赣江二桥东桥头至西桥头"),
                ("row", "绕行线路：过江车辆请经赣江一桥或赣江三桥通行"),
                "管制期间，行人和非机动车可经桥面右侧临时通道通行。",
                ("end", "赣阳市公安局交通警察支队"),
            ],
        },
        {
            "lines": ["出行快讯", "元旦火车票12月18日开售"],
            "section": ["出行快讯", None],
            "kicker": [None, "出行快讯"],
            "title": "元旦火车票12月18日开售",
            "body": [
                "本报讯　铁路部门提醒，元旦假期首日即2027年1月1日的火车票将于12月18日开售，旅客可通过"
                "铁路12306网站和手机客户端购票，赣阳站将临时增开直通车12对。",
            ],
        },
        {
            "lines": ["城北客运站恢复夜班车"],
            "section": ["出行快讯", None],
            "kicker": [None, "出行快讯"],
            "title": "城北客运站恢复夜班车",
            "byline": [None, "欧阳晴"],
            "body": [
                "本报讯（记者　欧阳晴）从本周起，城北客运站恢复发往瑞金、于都两地的夜班车，每晚19时30分"
                "发车，票价与日班车相同。",
            ],
        },
        {
            "lines": ["共享单车新增停放点300处"],
            "section": ["出行快讯", None],
            "kicker": [None, "出行快讯"],
            "title": "共享单车新增停放点300处",
            "body": [
                "本报讯　市城管局日前在地铁站出入口、公交枢纽周边新划设共享单车停放点300处，"
                "对乱停乱放的车辆，运营企业须在30分钟内清理。",
            ],
        },
    ],
}

XINXIANG = {
    "name": "zh_utf8_lf_minsheng_xinxiang_page_reader_wen_department_da_paragraphs_caption_midsentence_"
    "jizhe_zhuizong_byline_running_head_banshi_zhinan_step_rows_laixin_count_rows",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 23,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "沙洲日报 2026-12-03 第5版 民生·信箱, UTF-8 without BOM, LF; blank-line paragraphs with a two-space "
    "indent, wrapped at 23. A 民生信箱 column (label printed once) of three reader questions, each a title, "
    "a `读者X问：` paragraph and a `某局答：` paragraph (the department's reply), the first with a "
    "photo caption inside its answer; a 记者追踪 story (byline line, the running head inside a sentence); "
    "a 办事指南 box of step rows; a 本周来信 box of count rows with a `统计：` credit.",
    "date": "2026-12-03",
    "page": "5",
    "head": ["沙洲日报　2026年12月3日　星期四　第5版", "民生·信箱　　主编：严嘉禾　责任编辑：冉　宁"],
    "foot": ["来信请寄：沙洲市滨江路18号沙洲日报社民生信箱　邮编：215600　　电子邮箱：xinxiang@szrb.example.cn"],
    "furniture": [
        "沙洲日报",
        "2026年12月3日",
        "星期四",
        "第5版",
        "民生·信箱",
        "主编：严嘉禾",
        "责任编辑：冉　宁",
        "沙洲日报·民生信箱",
        "来信请寄：沙洲市滨江路18号沙洲日报社民生信箱　邮编：215600",
        "电子邮箱：xinxiang@szrb.example.cn",
    ],
    "run": ["沙洲日报·民生信箱"],
    "labels": ["民生信箱", "民生信箱"],
    "articles": [
        {
            "lines": ["民生信箱", "老旧小区能装电动车充电桩吗？"],
            "section": ["民生信箱", None],
            "kicker": [None, "民生信箱"],
            "title": "老旧小区能装电动车充电桩吗？",
            "captions": ["城西街道一小区内新装的电动自行车充电桩。"],
            "credits": ["本报记者　贺　萌　摄"],
            "body": [
                "读者金先生问：我住在城西街道的一个老小区，电动自行车只能在楼道里充电，很不安全。"
                "小区能不能装集中充电桩？该找谁申请？",
                "市住建局答：老旧小区可由业主委员会或社区居委会提出申请，经街道审核后，由供电公司现场"
                "勘察，{cap}费用按照“政府补一点、企业让一点、居民出一点”的办法分担。今年全市已有"
                "63个小区建成集中充电点。",
            ],
        },
        {
            "lines": ["孩子转学要准备哪些材料？"],
            "section": ["民生信箱", None],
            "kicker": [None, "民生信箱"],
            "title": "孩子转学要准备哪些材料？",
            "body": [
                "读者郁女士问：我们一家刚从外地搬来，孩子读小学三年级，寒假后想转到家附近的学校，需要准备什么？",
                "市教育局答：请携带户口簿或居住证、房产证明或租房合同、原学校学籍信息，于1月10日前到"
                "所在片区学校登记，学位紧张时由区教育局统筹安排。",
            ],
        },
        {
            "lines": ["公园健身器材坏了谁来修？"],
            "section": ["民生信箱", None],
            "kicker": [None, "民生信箱"],
            "title": "公园健身器材坏了谁来修？",
            "body": [
                "读者俞大爷问：滨江公园东门的几台健身器材坏了一个多月，一直没人修。",
                "市园林局答：经核实，这批器材已过质保期，我局已安排维修，预计12月10日前修复。"
                "市民发现问题可拨打12345热线反映。",
            ],
        },
        {
            "lines": ["记者追踪", "路灯亮了，回家的路不再黑", "本报记者　贺　萌"],
            "section": ["记者追踪", None],
            "kicker": [None, "记者追踪"],
            "title": "路灯亮了，回家的路不再黑",
            "byline": ["本报记者　贺　萌", "贺　萌", "贺萌"],
            "body": [
                "11月19日本版刊登读者来信，反映港城路北段二十多盏路灯不亮。记者日前回访看到，这些路灯已全部修好。",
                "市城管局路灯所工作人员说，故障是地下电缆老化造成的，他们连夜更换了近400米电缆，"
                "{run}还对整条路的灯具做了检修。住在附近的居民汤阿姨说：“晚上出来散步，心里踏实多了。”",
            ],
        },
        {
            "lines": ["办事指南", "居住证网上办理流程"],
            "section": ["办事指南", None],
            "kicker": [None, "办事指南"],
            "title": "居住证网上办理流程",
            "body": [
                ("row", "第一步：登录“沙洲政务”小程序，选择“居住证申领”；"),
                ("row", "第二步：上传身份证、居住地址证明和近期照片；"),
                ("row", "第三步：审核通过后，到所选派出所领取证件。"),
            ],
        },
        {
            "lines": ["本周来信"],
            "title": "本周来信",
            "body": [
                ("row", "城市管理　　23件"),
                ("row", "物业服务　　19件"),
                ("row", "教育医疗　　15件"),
                ("row", "其他　　　　29件"),
                ("srow", "统计：本报民生信箱"),
            ],
        },
    ],
}

XIANGCUN = {
    "name": "zh_utf16be_bom_lf_xiangcun_zhenxing_page_yinti_zhuti_byline_tongxunyuan_xiao_biaoti_caption_"
    "midsentence_running_head_cunwu_gongkai_account_rows_cunweihui_signature_zuozhe_danwei_note_kuaixun",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 24,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "湘岭日报 2026-12-02 第4版 乡村振兴, UTF-16 BE with BOM, LF; blank-line paragraphs with a two-space "
    "indent, wrapped at 24. A 合作社 story (引题, 主题 with a U+3000 gap, byline line with 通讯员, two 小标题, "
    "caption + credit inside a sentence, the running head inside a sentence); a 村务公开 box (a 财务收支 "
    "account: header row, income and spending rows, balance) signed by the 村民委员会 with a date line; a "
    "contributed piece closing on `（作者单位：…）`; a 乡村快讯 column of three items.",
    "date": "2026-12-02",
    "page": "4",
    "head": ["湘岭日报", "2026年12月2日　星期三　农历十月廿四", "第4版　乡村振兴　　责任编辑：龙　芸　　版式：石　岩"],
    "foot": ["乡村振兴新闻热线：0743-8215566　　投稿邮箱：xczx@xlrb.example.cn"],
    "furniture": [
        "湘岭日报",
        "2026年12月2日",
        "星期三",
        "农历十月廿四",
        "第4版",
        "乡村振兴",
        "责任编辑：龙　芸",
        "版式：石　岩",
        "湘岭日报　乡村振兴　2026年12月2日",
        "乡村振兴新闻热线：0743-8215566",
        "投稿邮箱：xczx@xlrb.example.cn",
    ],
    "run": ["湘岭日报　乡村振兴　2026年12月2日"],
    "labels": ["乡村快讯", "乡村快讯"],
    "articles": [
        {
            "lines": ["一棵油茶树带富一个村", "柳塘村　荒山坡变成“绿色银行”", "本报记者　麻春燕　通讯员　田德兵"],
            "kicker": "一棵油茶树带富一个村",
            "title": "柳塘村　荒山坡变成“绿色银行”",
            "byline": ["本报记者　麻春燕　通讯员　田德兵", "麻春燕"],
            "headings": ["从“没人要”到“抢着种”", "从卖茶籽到卖茶油"],
            "captions": ["柳塘村村民在油茶基地采摘茶果。"],
            "credits": ["通讯员　田德兵　摄"],
            "body": [
                "初冬时节，走进花垣县柳塘村，漫山遍野的油茶树挂满了茶果，村民们正忙着采摘、晾晒。"
                "今年，村里1800亩油茶进入盛产期，预计产值超过600万元。",
                ("h", "从“没人要”到“抢着种”"),
                "七年前，柳塘村的山坡大多荒着。村党支部书记向明辉带头成立油茶专业合作社，"
                "动员村民以土地入股，{cap}起初报名的只有11户。“大家怕投了钱看不到回头。”向明辉说。",
                "第三年油茶挂果，入股的农户每亩分到了400多元。第四年报名入社的一下子增加到"
                "132户，如今全村九成以上农户都是合作社社员。",
                ("h", "从卖茶籽到卖茶油"),
                "去年，合作社建起了压榨车间，注册了“柳塘山”茶油品牌，每斤茶油比原来卖茶籽多赚"
                "二十多元，{run}产品还通过直播卖到了广东、浙江等地。",
                "今年，合作社又带动周边4个村发展油茶1.2万亩，并与县职业学校合作开设油茶种植培训班，"
                "已培训农民技术员260多人次。向明辉说，下一步要把茶油深加工做起来，让乡亲们的"
                "腰包更鼓。",
            ],
        },
        {
            "lines": ["村务公开", "柳塘村2026年第三季度财务收支公开"],
            "section": ["村务公开", None],
            "kicker": [None, "村务公开"],
            "title": "柳塘村2026年第三季度财务收支公开",
            "byline": ["柳塘村村民委员会", None],
            "credits": ["2026年10月12日"],
            "body": [
                ("row", "项目　　　　　　　　金额（元）"),
                ("row", "上季度结余　　　　　152,340.00"),
                ("row", "合作社分红收入　　　286,500.00"),
                ("row", "上级补助资金　　　　120,000.00"),
                ("row", "道路维修支出　　　　 98,760.00"),
                ("row", "五保户慰问支出　　　 12,400.00"),
                ("row", "本季度结余　　　　　447,680.00"),
                ("row", "以上账目经村务监督委员会审核。"),
                ("end", "柳塘村村民委员会"),
                ("end", "2026年10月12日"),
            ],
        },
        {
            "lines": ["冬季油茶林管护要抓好三件事", "舒　平"],
            "title": "冬季油茶林管护要抓好三件事",
            "byline": ["舒　平", "舒平"],
            "body": [
                "采果之后，油茶林进入冬季管护期。首先要清理林地杂草和病枝，减少病虫越冬场所；其次要"
                "施好冬肥，每株施有机肥5到10公斤；再次要做好幼林防冻，可在根部培土覆草。",
                "对树龄超过三十年、产量明显下降的老油茶林，可以在冬季进行截干更新或高位嫁接，"
                "两到三年后即可恢复产量。具体技术可咨询各乡镇农业综合服务站。",
                "（作者单位：花垣县林业局）",
            ],
        },
        {
            "lines": ["乡村快讯", "全县新建村级冷库十二座"],
            "section": ["乡村快讯", None],
            "kicker": [None, "乡村快讯"],
            "title": "全县新建村级冷库十二座",
            "body": [
                "本报讯　今年以来，花垣县利用衔接资金新建村级冷库12座，总库容达到3600吨，"
                "解决了猕猴桃、柑橘等农产品旺季集中上市“卖难”的问题。",
            ],
        },
        {
            "lines": ["农民夜校开课"],
            "section": ["乡村快讯", None],
            "kicker": [None, "乡村快讯"],
            "title": "农民夜校开课",
            "byline": [None, "龙　琴", "龙琴"],
            "body": [
                "本报讯（通讯员　龙　琴）11月28日晚，排吾乡农民夜校开课，县农技专家为百余名村民讲解冬季养殖防疫知识。",
            ],
        },
        {
            "lines": ["“村晚”筹备启动"],
            "section": ["乡村快讯", None],
            "kicker": [None, "乡村快讯"],
            "title": "“村晚”筹备启动",
            "body": [
                "本报讯　花垣县2027年“村晚”筹备工作日前启动，全县将在元旦至春节期间举办村级"
                "文艺晚会30场，节目全部由村民自编自演。",
            ],
        },
    ],
}

YIWEN = {
    "name": "zht_cp950_crlf_taiwan_wenhua_yanchu_page_futi_jizhe_slash_baodao_byline_running_head_kanban_"
    "listing_rows_wen_slash_byline_tu_slash_tigong_caption_midsentence_tortoise_bracket_leads_duanbo",
    "encoding": "cp950",
    "not_in": ["big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "",
    "blank": True,
    "note": "南瀛新報 2026-12-03 第B5版 文化·演出, cp950 (`銹` in an exhibition's name, not in strict Big5), CRLF; "
    "no indent, a blank line between paragraphs, wrapped at 22. A 音樂節 story (title, 副題, byline line "
    "`記者X／臺南報導`, the running head inside a sentence); an 藝文看板 box of listing rows (date and time, "
    "venue, show, price) with a `資料來源：` line (its last paragraph); an exhibition story under `文／X` with caption + "
    "`（圖／X提供）` inside a sentence; an 藝文短波 column of three items opening `〔記者X／臺南報導〕`.",
    "date": "2026-12-03",
    "page": "B5",
    "head": ["南瀛新報　中華民國115年12月3日　星期四", "B5　文化·演出"],
    "foot": ["本版主編：柯佩君　　美術編輯：何宗翰"],
    "furniture": [
        "南瀛新報",
        "中華民國115年12月3日",
        "星期四",
        "B5",
        "文化·演出",
        "南瀛新報　B5　文化·演出",
        "本版主編：柯佩君",
        "美術編輯：何宗翰",
    ],
    "run": ["南瀛新報　B5　文化·演出"],
    "labels": ["藝文短波", "藝文短波"],
    "articles": [
        {
            "lines": ["府城冬日音樂節週末登場", "三十組樂團輪番開唱　水岸舞台免費入場", "記者蘇郁婷／臺南報導"],
            "title": "府城冬日音樂節週末登場",
            "subtitle": "三十組樂團輪番開唱　水岸舞台免費入場",
            "byline": ["記者蘇郁婷／臺南報導", "蘇郁婷"],
            "body": [
                "第五屆府城冬日音樂節將於12月5日、6日在運河水岸舞台登場，共有三十組樂團參加，"
                "從搖滾、爵士到臺語歌謠都有，兩天全部免費入場。",
                "今年的演出分成「搖滾之夜」、「爵士午後」和「臺語金曲」三個主題，每天下午兩點開始，"
                "一直唱到晚上十點。現場也有二十多個文創市集攤位，販售在地設計的手作商品和小吃。",
                "主辦單位表示，今年特別邀請在地老牌樂團「赤崁之聲」壓軸演出，團長鄭文彬說，"
                "團員平均年齡超過六十歲，「能在家鄉的舞台唱歌，是最大的福氣」。",
                "為了疏導人潮，市府將在活動期間加開兩條免費接駁公車，{run}並在周邊設置三處臨時停車場，"
                "呼籲民眾多利用大眾運輸前往。",
                "文化局長許雅芳表示，音樂節五年來已從一個舞台擴大到三個，去年吸引超過八萬人次參加，"
                "今年也首度與周邊商家合作，憑入場手環可享餐飲優惠，希望把人潮帶進老街區。",
            ],
        },
        {
            "lines": ["藝文看板", "本週演出與展覽"],
            "section": ["藝文看板", None],
            "kicker": [None, "藝文看板"],
            "title": "本週演出與展覽",
            "body": [
                ("row", "12/4（五）19:30　文化中心演藝廳　《海風》舞蹈劇場　300～1200元"),
                ("row", "12/5（六）19:30　總爺藝文中心　南管夜曲　免費"),
                ("row", "12/6（日）14:30　新營文化中心　兒童偶戲《小鯨魚》　200元"),
                ("row", "12/6（日）19:00　府城聖光堂　聖誕合唱音樂會　免費"),
                ("row", "12/1～12/28　鹽埕藝術倉庫　《銹》裝置藝術展　免費"),
                ("srow", "資料來源：各主辦單位"),
            ],
        },
        {
            "lines": ["老鐵件的第二人生", "文／林佳穎"],
            "title": "老鐵件的第二人生",
            "byline": ["文／林佳穎", "林佳穎"],
            "captions": ["藝術家黃冠宇以舊船錨創作的作品。"],
            "credits": ["（圖／鹽埕藝術倉庫提供）"],
            "body": [
                "走進鹽埕藝術倉庫，迎面是一座用舊船錨焊成的巨大海鳥，鐵皮上斑駁的紅褐色銹痕，"
                "是它在海上漂泊多年的證明。",
                "這是藝術家黃冠宇的個展《銹》，展出他三年來在安平、將軍等漁港撿回的廢鐵件改造的作品。"
                "他說，這些鐵件曾經陪著漁民出海，{cap}「丟掉很可惜，我想讓它們再說一次故事」。",
                "展場最裡面的一件作品，是用四十多個生銹的漁船螺旋槳拼成的圓形屏風。黃冠宇說，"
                "每一個螺旋槳都磨損得不一樣，就像每一位討海人的手。展覽至12月28日，週一休館。",
                "倉庫管理單位表示，展期內每週六下午有藝術家親自導覽，並開放民眾帶家中的舊鐵件到場，"
                "由黃冠宇現場示範如何除銹、保存，名額有限，請提前上網預約。",
            ],
        },
        {
            "lines": ["藝文短波", "南管傳習班招生"],
            "section": ["藝文短波", None],
            "kicker": [None, "藝文短波"],
            "title": "南管傳習班招生",
            "byline": [None, "吳宜臻"],
            "body": [
                "〔記者吳宜臻／臺南報導〕總爺藝文中心明年春季南管傳習班即日起受理報名，"
                "招收十五歲以上學員二十名，每週六上課，學費全免。",
            ],
        },
        {
            "lines": ["古蹟夜拍活動額滿"],
            "section": ["藝文短波", None],
            "kicker": [None, "藝文短波"],
            "title": "古蹟夜拍活動額滿",
            "byline": [None, "蘇郁婷"],
            "body": [
                "〔記者蘇郁婷／臺南報導〕市文化資產管理處舉辦的「古蹟夜拍」體驗活動，"
                "開放報名不到一天，一百個名額就全部額滿，處方表示將考慮加開場次。",
            ],
        },
        {
            "lines": ["社區劇團徵團員"],
            "section": ["藝文短波", None],
            "kicker": [None, "藝文短波"],
            "title": "社區劇團徵團員",
            "byline": [None, "吳宜臻"],
            "body": [
                "〔記者吳宜臻／臺南報導〕成立二十年的安平社區劇團招募新團員，不限年齡與經驗，"
                "明年三月將在安平樹屋旁演出原創劇《鹽田的孩子》，有興趣者可洽安平區公所。",
            ],
        },
    ],
}

XIAOFEI = {
    "name": "zht_big5hkscs_crlf_hk_xiaofei_quanyi_page_tousu_column_byline_headings_cantonese_caption_"
    "ziliao_tupian_midsentence_running_head_gejia_header_price_rows_duzhe_laihan_signed_end_kuaixun",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "港島日報 2026-12-02 A12 消費·權益, Big5-HKSCS (`嘅 咗 喺 啲 嚟 哋 嘢`, not in cp950), CRLF; no blank "
    "lines inside an article (indent-only paragraphs), wrapped at 21. A 投訴有理 column piece (standing "
    "column name, title, byline line, two 小標題, Cantonese quotes, caption + `（資料圖片）` inside a sentence, "
    "the running head inside a sentence); a 格價 box (header row, price rows, `資料來源：` line (its last paragraph)); a "
    "讀者來函 letter signed at its end with the reader's district; a 消費快訊 column of three items.",
    "date": "2026-12-02",
    "page": "A12",
    "head": ["港島日報　　2026年12月2日　星期三", "A12　消費·權益"],
    "foot": ["投訴熱線：2891 6630　　電郵：consumer@gangdao.example.hk"],
    "furniture": [
        "港島日報",
        "2026年12月2日",
        "星期三",
        "A12",
        "消費·權益",
        "港島日報　A12　消費·權益　2026年12月2日",
        "投訴熱線：2891 6630",
        "電郵：consumer@gangdao.example.hk",
    ],
    "run": ["港島日報　A12　消費·權益　2026年12月2日"],
    "labels": ["消費快訊", "消費快訊"],
    "articles": [
        {
            "lines": ["投訴有理", "健身中心執笠　會員預繳費點追？", "記者　梁卓賢"],
            "section": ["投訴有理", None],
            "kicker": [None, "投訴有理"],
            "title": "健身中心執笠　會員預繳費點追？",
            "byline": ["記者　梁卓賢", "梁卓賢"],
            "headings": ["事主：上個月先續咗會", "律師：保留單據好重要"],
            "captions": ["預繳式消費糾紛近年有上升趨勢。"],
            "credits": ["（資料圖片）"],
            "body": [
                "位於觀塘的連鎖健身中心「力行健身」上月底突然停業，大批會員預繳的年費隨時化為烏有。"
                "本報上週接獲逾三十宗相關求助。",
                ("h", "事主：上個月先續咗會"),
                "任職文員的陳小姐話，佢上個月先俾咗一萬二蚊續兩年會籍，「職員仲話而家續最抵，點知"
                "一個月唔夠就閂門，{cap}打電話去都冇人聽」。",
                "另一名會員黃先生表示，佢哋一班會員已經開咗群組，準備一齊去消委會同警方舉報。"
                "佢話：「我哋唔係想搞事，只係想攞返啲錢。」",
                "消委會發言人證實，過去一星期接獲有關該公司的投訴共四十七宗，涉及金額約六十萬元，"
                "已將個案轉交警方跟進，並提醒市民簽約前要留意商戶的財政狀況。",
                "消委會又建議，市民購買預繳式服務時，應盡量選擇按月付款，避免一次過繳付大額款項；"
                "如商戶以「限時優惠」催促簽約，更要三思，唔好因為平咗少少就冒險。",
                ("h", "律師：保留單據好重要"),
                "執業律師容家敏指出，會員應保留合約、收據及信用卡簽賬紀錄，以信用卡付款者可即時"
                "向發卡銀行申請退單，{run}現金付款者則可考慮入稟小額錢債審裁處追討。",
            ],
        },
        {
            "lines": ["本週格價", "冬至食材邊度平？"],
            "section": ["本週格價", None],
            "kicker": [None, "本週格價"],
            "title": "冬至食材邊度平？",
            "body": [
                ("row", "貨品　　　　甲超市　　乙超市　　街市"),
                ("row", "急凍雞（一隻）　$68.9　　$72.5　　$65"),
                ("row", "芥蘭（一斤）　　$18.5　　$16.9　　$14"),
                ("row", "鮮冬菇（半斤）　$29.9　　$32.0　　$26"),
                ("row", "湯圓（一盒）　　$24.5　　$22.9　　$20"),
                ("srow", "資料來源：本報記者12月1日於北角實地格價"),
            ],
        },
        {
            "lines": ["讀者來函", "外賣平台收費要講清楚"],
            "section": ["讀者來函", None],
            "kicker": [None, "讀者來函"],
            "title": "外賣平台收費要講清楚",
            "byline": ["讀者　何太（將軍澳）", "何太"],
            "body": [
                "上星期我喺手機程式叫嘢食，落單時顯示運費八蚊，點知收單先發現多咗個「服務費」"
                "同「小額訂單附加費」，兩樣加埋多咗十幾蚊。",
                "我唔係話唔肯俾錢，但係啲收費應該一早講清楚，唔好等客人俾完錢先嚟加。希望有關部門同平台跟進吓。",
                "另外，有啲餐廳喺平台上嘅價錢比堂食貴兩三成，我覺得都應該標明，等大家可以自己揀。",
                ("end", "讀者　何太（將軍澳）"),
            ],
        },
        {
            "lines": ["消費快訊", "消委會測試電暖爐　兩款不合格"],
            "section": ["消費快訊", None],
            "kicker": [None, "消費快訊"],
            "title": "消委會測試電暖爐　兩款不合格",
            "body": [
                "消費者委員會昨日公布測試十二款電暖爐的結果，其中兩款在傾倒測試中未能自動斷電，"
                "有起火風險，已通知供應商跟進。",
            ],
        },
        {
            "lines": ["舊衫回收換購物券"],
            "section": ["消費快訊", None],
            "kicker": [None, "消費快訊"],
            "title": "舊衫回收換購物券",
            "body": [
                "一連三日嘅舊衫回收活動本週五起喺西環街市舉行，市民每交五件舊衫可換領二十元購物券，送完即止。",
            ],
        },
        {
            "lines": ["旅行社倒閉　旅客可申特惠補償"],
            "section": ["消費快訊", None],
            "kicker": [None, "消費快訊"],
            "title": "旅行社倒閉　旅客可申特惠補償",
            "body": [
                "旅遊業監管局提醒，上週結業嘅「順景旅遊」旅客，可於六個月內向旅遊業賠償基金申請"
                "特惠補償，金額為團費嘅九成。",
            ],
        },
    ],
}

ISIZULU = {
    "name": "zu_cp1252_crlf_isizulu_weekly_caps_kicker_title_subtitle_ngu_prefixed_byline_line_curly_quotes_"
    "ngo_kuka_number_hyphens_hyphenation_caption_isithombe_midsentence_running_head_iqhubeka_jump_letter_"
    "amafuphi_colon_runin",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 44,
    "indent": "",
    "blank": True,
    "note": "Izwi LaseMgungundlovu 2026-12-02, ikhasi 3, a Zulu (isiZulu) weekly, Windows-1252 (`“ ” ’ –`), CRLF; "
    "blank-line paragraphs, wrapped at 44 with hyphenation; Zulu hyphens after a prefix before a number or "
    "a capital (`kuka-600`, `ngo-2027`, `KwaZulu-Natal`, `i-Edendale`) never split at a line end. A school "
    "story (capital kicker EZEMFUNDO, title, subtitle, byline line `NguNomvula Mkhize` with the copula "
    "prefix glued to the name, caption + `Isithombe: X` inside a sentence, the running head inside a "
    "sentence, `Iqhubeka ekhasini 6` after a paragraph cut mid-sentence); a football report; a letter "
    "under IZINCWADI signed with name and place; an AMAFUPHI column of three run-in items (`Title: text`).",
    "date": "2026-12-02",
    "page": "3",
    "head": ["IZWI LASEMGUNGUNDLOVU", "ULwesithathu, 2 kuDisemba 2026     Ikhasi 3"],
    "foot": ["Izwi LaseMgungundlovu, 14 Church Street, Pietermaritzburg     izindaba@izwi.example.co.za"],
    "furniture": [
        "IZWI LASEMGUNGUNDLOVU",
        "ULwesithathu, 2 kuDisemba 2026",
        "Ikhasi 3",
        "Izwi LaseMgungundlovu  |  Izindaba  |  3",
        "Iqhubeka ekhasini 6",
        "Izwi LaseMgungundlovu, 14 Church Street, Pietermaritzburg",
        "izindaba@izwi.example.co.za",
    ],
    "run": ["Izwi LaseMgungundlovu  |  Izindaba  |  3"],
    "markup": [":", ":", ":"],
    "labels": ["AMAFUPHI", "AMAFUPHI"],
    "articles": [
        {
            "lines": [
                "EZEMFUNDO",
                "Isikole esisha sivulwa eMpophomeni",
                "Abazali bathi izingane ngeke zisahamba",
                "amakhilomitha ayisikhombisa ziya esikoleni",
                "NguNomvula Mkhize",
            ],
            "kicker": "EZEMFUNDO",
            "title": "Isikole esisha sivulwa eMpophomeni",
            "subtitle": "Abazali bathi izingane ngeke zisahamba amakhilomitha ayisikhombisa ziya esikoleni",
            "byline": ["NguNomvula Mkhize", "Nomvula Mkhize"],
            "captions": ["Abazali nothisha bebheka amakilasi amasha esikoleni saseMpophomeni."],
            "credits": ["Isithombe: Sipho Dlamini"],
            "body": [
                "Izingane ezingaphezu kuka-600 zaseMpophomeni zizoqala unyaka omusha wesikole "
                "ngoJanuwari 2027 esikoleni esisha esa~khiwe nguMnyango WezeMfundo KwaZulu-Natal. "
                "Isikole sibize imali engaba yizigidi ezingama-R48.",
                "“Sesikhathele ukubona izingane zethu zihamba ibanga elide ekuseni kusemnyama,” "
                "kusho uNkk Thembeka Zungu, ongusihlalo wekomidi laba~zali. “Namuhla siyajabula.”",
                "Uthishanhloko omusha, uMnu Bhekani Ngcobo, uthe isikole sinamakilasi angu-18, "
                "{cap}umtapo wolwazi kanye nenkundla yezemidlalo. Uthe bazoqasha othisha "
                "abangu-24 ngaphambi kokuba izikole zivulwe.",
                "Ilungu lomkhandlu, uMnu Sizwe Mthembu, uthe umgwaqo oya esikoleni uzolu~ngiswa "
                "ngoDisemba. Kodwa abazali bathi basakhatha~zekile {run}ngokuthi amabhasi "
                "ezikole azokwanela yini, ngoba izingane eziningi zihlala",
                ("end", "Iqhubeka ekhasini 6"),
            ],
        },
        {
            "lines": ["I-Young Stars inqoba kowamanqamu", "NguMlungisi Zondi"],
            "title": "I-Young Stars inqoba kowamanqamu",
            "byline": ["NguMlungisi Zondi", "Mlungisi Zondi"],
            "body": [
                "Iqembu lebhola lezinyawo i-Mpophomeni Young Stars linqobe i-Edendale Tigers "
                "ngo-2-1 emdlalweni wamanqamu weNdebe kaMeya ngeSonto, phambi kwaba~landeli "
                "abangaphezu kuka-3 000.",
                "Amagoli e-Young Stars ashaywe nguSandile Khumalo noLwazi Ndlovu, kanti "
                "elama-Tigers lishaywe nguThabo Mbatha ngomzuzu wama-80. Iqembu lizothola "
                "umklomelo wama-R20 000 nezi~ngubo ezintsha zokudlala.",
            ],
        },
        {
            "lines": ["IZINCWADI", "Amanzi ayaphela njalo eSinathingi"],
            "section": ["IZINCWADI", None],
            "kicker": [None, "IZINCWADI"],
            "title": "Amanzi ayaphela njalo eSinathingi",
            "byline": ["Busisiwe Cele, eSinathingi", "Busisiwe Cele"],
            "body": [
                "Mhleli,",
                "Sekuyinyanga yesithathu amanzi ephela izin~suku ezintathu isonto ngalinye "
                "endaweni yakithi. Abantu abadala nezingane bathwala amabhakede bewathatha "
                "emathangini kamasipala. Sicela umkhandlu usitshele ukuthi le nkinga "
                "izophela nini.",
                "Ngiyabonga.",
                ("end", "Busisiwe Cele, eSinathingi"),
            ],
        },
        {
            "lines": ["AMAFUPHI"],
            "runin": ": ",
            "section": ["AMAFUPHI", None],
            "kicker": [None, "AMAFUPHI"],
            "title": "Umhlangano womphakathi",
            "body": [
                "Kuzoba nomhlangano womphakathi ehholo lomphakathi laseMpophomeni ngoMgqibelo "
                "ngo-10 ekuseni, kuxoxwa ngokuphepha kwabantu emgwaqeni.",
            ],
        },
        {
            "runin": ": ",
            "section": ["AMAFUPHI", None],
            "kicker": [None, "AMAFUPHI"],
            "title": "Ukunikela ngegazi",
            "body": [
                "Isevisi yegazi izobe ise-Edendale ngoLwesihlanu kusukela ngo-9 kuya "
                "ngo-3 ntambama. Bonke abaneminyaka engaphezu kwe-16 bayamukelwa.",
            ],
        },
        {
            "runin": ": ",
            "section": ["AMAFUPHI", None],
            "kicker": [None, "AMAFUPHI"],
            "title": "Ikhwaya yesonto",
            "body": [
                "Ikhwaya yeSonto LamaWeseli izocula amaculo kaKhisimusi enkundleni yedolobha "
                "ngomhla ziyi-20 kuDisemba. Akukhokhwa lutho.",
            ],
        },
    ],
}

RUMANTSCH = {
    "name": "rm_latin1_lf_romansh_rumantsch_grischun_weekly_indent_paragraphs_caps_kicker_title_deck_da_byline_"
    "line_swiss_guillemets_ascii_apostrophes_hyphenation_caption_fotografia_midsentence_running_head_"
    "cuntinuaziun_jump_initials_sign_off_curtas_items",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 48,
    "indent": "  ",
    "blank": False,
    "note": "La Gasetta da Müstair nr. 48, 2026-12-02, pagina 3, a Romansh (Rumantsch Grischun) weekly, "
    "ISO-8859-1 (`à è é ü ö`, Swiss `« »` with no space inside, ASCII apostrophes), LF; no blank lines "
    "inside an article, each paragraph opening with a two-space indent, wrapped at 48 with hyphenation. A "
    "council story (capital kicker VISCHNANCA, title, deck as subtitle, `da X` byline line, caption + "
    "`Fotografia: X` inside a sentence, the running head inside a sentence, `Cuntinuaziun a la pagina 7` "
    "after a paragraph cut mid-sentence); a ski-lift story signed at its end with the writer's initials "
    "`(lma)`; a CURTAS column of three short items, each under its own head line.",
    "date": "2026-12-02",
    "page": "3",
    "head": ["LA GASETTA DA MÜSTAIR", "Mesemna, ils 2 da december 2026  *  Nr. 48  *  Pagina 3"],
    "foot": ["Redacziun: Via Maistra 12, 7537 Müstair  *  redacziun@gasetta.example.ch"],
    "furniture": [
        "LA GASETTA DA MÜSTAIR",
        "Mesemna, ils 2 da december 2026",
        "Nr. 48",
        "Pagina 3",
        "Pagina 3 - La Gasetta da Müstair",
        "Cuntinuaziun a la pagina 7",
        "Redacziun: Via Maistra 12, 7537 Müstair",
        "redacziun@gasetta.example.ch",
    ],
    "run": ["Pagina 3 - La Gasetta da Müstair"],
    "markup": ["*", "*", "*"],
    "labels": ["CURTAS", "CURTAS"],
    "articles": [
        {
            "lines": [
                "VISCHNANCA",
                "La scola da Sta. Maria survegn in nov tetg",
                "La radunanza communala ha approvà in credit da 1,8 milliuns",
                "francs. Las lavurs cumenzan la primavaira.",
                "da Gian Andri Bezzola",
            ],
            "kicker": "VISCHNANCA",
            "title": "La scola da Sta. Maria survegn in nov tetg",
            "subtitle": "La radunanza communala ha approvà in credit da 1,8 milliuns francs. "
            "Las lavurs cumenzan la primavaira.",
            "byline": ["da Gian Andri Bezzola", "Gian Andri Bezzola"],
            "captions": ["Il tetg da la chasa da scola è vegnì reparà provisoricamain."],
            "credits": ["Fotografia: Flurina Tuor"],
            "body": [
                "La radu~nanza commu~nala da la Val Müstair ha approvà venderdi saira cun 212 "
                "cunter 31 vuschs in credit da 1,8 milliuns francs per sanar la chasa da scola a "
                "Sta. Maria. Il tetg e las fa~nes~tras datan dals onns settanta.",
                "«Cura ch'i plova, stuain nus metter sadellas en la halla da gimnastica», ha "
                "ditg il president commu~nal Men Fadri Pitsch. Las lavurs duain cu~men~zar en "
                "avrigl 2027 e durar fin l'atun.",
                "Durant las lavurs vegnan ils scolars instru~ids en pavigliuns provi~sorics "
                "sper la halla poliva~lenta. Plirs geniturs han dumandà {cap}che la via da "
                "scola vegnia segirada cun in passapè nov.",
                "La supra~stanza communala ha er infurmà davart il preventiv 2027, che prevesa "
                "in deficit da 240'000 francs. Il pe da taglia resta tuttina, {run}ma la "
                "vischnanca vul examinar l'onn proxim, sche las taxas per l'aua e per la",
                ("end", "Cuntinuaziun a la pagina 7"),
            ],
        },
        {
            "lines": ["La pendiculara da Minschuns avra sonda"],
            "title": "La pendiculara da Minschuns avra sonda",
            "byline": ["(lma)", "lma", None],
            "body": [
                "Sche la naiv tegna, avra il territori da skis da Minschuns sonda la stagiun "
                "d'enviern. Las duas pendicularas e la runal per uffants èn pronts, ha "
                "communitgà il directer Duri Gross. Nov datti quest onn in abuna~ment da "
                "famiglia per 390 francs.",
                "Per la stagiun han las pendicularas engaschà 34 collavuraturs, la gronda part "
                "da la val. Il bus da skis vegn da Müstair mintga mesura ura, ils indigens "
                "viagian gratuitamain cun lur abunament.",
                "Il restaurant da muntogna è vegnì renovà la stad passada e porscha ussa 80 "
                "plazzas sin la terrassa. La pista da passlung tranter Tschierv e Lü vegn "
                "preparada cun in nov vehichel.",
                ("end", "(lma)"),
            ],
        },
        {
            "lines": ["CURTAS", "Concert d'advent"],
            "section": ["CURTAS", None],
            "kicker": [None, "CURTAS"],
            "title": "Concert d'advent",
            "body": [
                "Il chor masdà da Müstair chanta dumengia, ils 6 da december, a las 17.00 en la "
                "baselgia da Son Jon. L'entrada è libra, ina collecta va a la chasa da "
                "vegls.",
            ],
        },
        {
            "lines": ["Nov urari da la posta"],
            "section": ["CURTAS", None],
            "kicker": [None, "CURTAS"],
            "title": "Nov urari da la posta",
            "body": [
                "A partir dals 4 da schaner è l'agentura posta~la a Sta. Maria averta mintga di "
                "da lavur da las 8.00 a las 11.30 e da las 14.00 a las 17.00.",
            ],
        },
        {
            "lines": ["Tschertgads: collavuraturs"],
            "section": ["CURTAS", None],
            "kicker": [None, "CURTAS"],
            "title": "Tschertgads: collavuraturs",
            "body": [
                "La Gasetta tschertga correspundents per ils vitgs da Valchava e Fuldera. "
                "Interessads s'annunzian tar la redacziun.",
            ],
        },
    ],
}

HAWAII = {
    "name": "haw_utf16le_bom_crlf_hawaiian_language_weekly_okina_kahako_caps_kicker_title_subtitle_na_byline_"
    "line_hyphenation_caption_kii_midsentence_running_head_hoomau_jump_heihei_waa_results_nuhou_pokole_"
    "em_dash_runin",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "Ka Leo o Puna helu 122, 2026-12-02, ʻaoʻao 4, a Hawaiian-language weekly, UTF-16 LE with BOM "
    "(ʻokina U+02BB, kahakō `ā ē ī ō ū`, `“ ”`, `—`), CRLF; blank-line paragraphs, wrapped at 46 with "
    "hyphenation. A school story (capital kicker HOʻONAʻAUAO, title, subtitle, byline line `Na X`, caption + "
    "`Kiʻi: X` inside a sentence, the running head inside a sentence, `Ke hoʻomau ʻia ma ka ʻaoʻao 6` after a "
    "paragraph cut mid-sentence); a canoe-race story with a byline line; a NĀ NŪHOU PŌKOLE column of three "
    "run-in items (`Title — text`).",
    "date": "2026-12-02",
    "page": "4",
    "head": ["KA LEO O PUNA", "Helu 122     Pōʻakolu, Kēkēmapa 2, 2026     ʻAoʻao 4"],
    "foot": ["Ka Leo o Puna, P.O. Box 418, Keaʻau, Hawaiʻi 96749     leo@kaleoopuna.example.org"],
    "furniture": [
        "KA LEO O PUNA",
        "Helu 122",
        "Pōʻakolu, Kēkēmapa 2, 2026",
        "ʻAoʻao 4",
        "4     Ka Leo o Puna     Kēkēmapa 2, 2026",
        "Ke hoʻomau ʻia ma ka ʻaoʻao 6",
        "Ka Leo o Puna, P.O. Box 418, Keaʻau, Hawaiʻi 96749",
        "leo@kaleoopuna.example.org",
    ],
    "run": ["4     Ka Leo o Puna     Kēkēmapa 2, 2026"],
    "markup": ["—", "—", "—"],
    "labels": ["NĀ NŪHOU PŌKOLE", "NĀ NŪHOU PŌKOLE"],
    "articles": [
        {
            "lines": [
                "HOʻONAʻAUAO",
                "Kula kaiapuni hou ma Keaʻau",
                "E wehe ʻia ke kula i Ianuali no nā haumāna",
                "he 120, mai ka papa mālaaʻo a i ka papa ʻeono",
                "Na Leilani Kahale",
            ],
            "kicker": "HOʻONAʻAUAO",
            "title": "Kula kaiapuni hou ma Keaʻau",
            "subtitle": "E wehe ʻia ke kula i Ianuali no nā haumāna he 120, mai ka papa mālaaʻo a i ka papa ʻeono",
            "byline": ["Na Leilani Kahale", "Leilani Kahale"],
            "captions": ["Ke hoʻomākaukau nei nā mākua i ka māla ʻai o ke kula hou."],
            "credits": ["Kiʻi: Makana Kealoha"],
            "body": [
                "E wehe ʻia ana kekahi kula kaiapuni Hawaiʻi hou ma Keaʻau i ka mahina ʻo Ianuali "
                "2027. He 120 mau hau~māna e aʻo ʻia ma ka ʻōlelo Hawaiʻi wale nō, mai ka papa "
                "mālaaʻo a hiki i ka papa ʻeono.",
                "“He lā hoʻohau~ʻoli kēia no ko kākou kaiā~ulu,” wahi a ke kumu poʻo, ʻo Kawika "
                "Nāone. “Ua kali lōʻihi nā mākua no kēia lā.”",
                "Ua kūkulu ʻia nā lumi papa ʻeono ma ka ʻāina i hāʻawi ʻia e kekahi ʻohana "
                "kama~ʻā~ina o Keaʻau, {cap}a ua kōkua nā mākua i ka hana ʻana i ka māla ʻai "
                "a me ka hale ʻaina.",
                "Wahi a Nāone, ke ʻimi nei ke kula i ʻekolu mau kumu hou. Ua hōʻike mai "
                "kekahi mau haumāna o ke kulanui {run}i ko lākou make~make e aʻo ma laila, akā naʻe, "
                "ʻaʻole i lawa ke kālā no nā hale noho o nā kumu, a no laila ua noi ke",
                ("end", "Ke hoʻomau ʻia ma ka ʻaoʻao 6"),
            ],
        },
        {
            "lines": ["Lanakila ʻo Puna Kai ma ka heihei waʻa", "Na Keoni Akana"],
            "title": "Lanakila ʻo Puna Kai ma ka heihei waʻa",
            "byline": ["Na Keoni Akana", "Keoni Akana"],
            "body": [
                "Ua lanakila ka hui waʻa ʻo Puna Kai ma ka heihei waʻa o ka Pōʻaono i hala ma "
                "Kapoho, me ka manawa he 48 minuke a me 12 kekona no ka ʻāpana he ʻumi mile. "
                "ʻO ka hui ʻo Hilo Nalu ka lua, a ʻo Kaʻū Moana ke kolu.",
                "“Ua ikaika ka makani, akā ua hoʻo~manawa~nui ko mākou poʻe hoe,” wahi a ke "
                "kāpena, ʻo Pualani Kekumu. Ua komo nā hui he ʻumikūmāhā i ka hei~hei, ʻo ia ka "
                "nui loa ma nā maka~hiki he ʻumi i hala.",
            ],
        },
        {
            "lines": ["NĀ NŪHOU PŌKOLE"],
            "runin": " — ",
            "section": ["NĀ NŪHOU PŌKOLE", None],
            "kicker": [None, "NĀ NŪHOU PŌKOLE"],
            "title": "Papa lei hulu",
            "body": [
                "E mālama ʻia ana kekahi papa hana lei hulu ma ka hale kaiā~ulu o Pāhoa i ka "
                "Pōʻalima, mai ka hola 5 a i ka hola 8 o ke ahiahi. Manuahi no nā kūpuna.",
            ],
        },
        {
            "runin": " — ",
            "section": ["NĀ NŪHOU PŌKOLE", None],
            "kicker": [None, "NĀ NŪHOU PŌKOLE"],
            "title": "Hoʻomaʻemaʻe kahakai",
            "body": [
                "Ke kono ʻia nei nā kā~naka a pau e hui pū ma ke kaha~kai o Kehena i ka Pōʻaono, "
                "hola 7 o ke kaka~hiaka, e ʻohi i ka ʻōpala. E lawe mai i nā mīkina lima.",
            ],
        },
        {
            "runin": " — ",
            "section": ["NĀ NŪHOU PŌKOLE", None],
            "kicker": [None, "NĀ NŪHOU PŌKOLE"],
            "title": "ʻAha mele Kalikimaka",
            "body": [
                "E hīmeni ana ka papa mele o ke kula kiʻekiʻe ma ka hale pule o Keaʻau i ka lā "
                "20 o Kēkēmapa. E kōkua ke kālā i ʻohi ʻia i ka hua~kaʻi o nā haumāna.",
            ],
        },
    ],
}

LADINO = {
    "name": "lad_latin5_crlf_ladino_judeo_spanish_weekly_aki_yerushalayim_spelling_turkish_place_names_caps_"
    "kicker_title_subtitle_por_byline_line_hyphenation_caption_foto_midsentence_running_head_kontinua_"
    "jump_letter_signed_kurtas_hyphen_runin",
    "encoding": "iso-8859-9",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 45,
    "indent": "",
    "blank": True,
    "note": "El Kurier de Estambol nu. 214, 2026-12-02, pajina 5, a Ladino (Judeo-Spanish) weekly in the Aki "
    "Yerushalayim spelling, ISO-8859-9 (Turkish letters in place names: `ı ş ğ ö ü ç`, `Kadıköy`, "
    "`Beyoğlu`, `Şişli`), CRLF; ASCII quotes; blank-line paragraphs, wrapped at 45 with hyphenation. A "
    "school story (capital kicker KOMUNITA, title, subtitle, `Por X` byline line, caption + `Foto: X` "
    "inside a sentence, the running head inside a sentence, `Kontinua en la pajina 9` after a paragraph "
    "cut mid-sentence); a Hanuka concert story; a letter under LETRAS DE MELDADORES signed with name and "
    "district; a KURTAS column of three run-in items (`Title - text`).",
    "date": "2026-12-02",
    "page": "5",
    "head": ["EL KURIER DE ESTAMBOL", "Nu. 214     Mierkoles, 2 de Desiembre 2026     Pajina 5"],
    "foot": ["El Kurier de Estambol - Şişli, Estambol - redaksion@elkurier.example.com.tr"],
    "furniture": [
        "EL KURIER DE ESTAMBOL",
        "Nu. 214",
        "Mierkoles, 2 de Desiembre 2026",
        "Pajina 5",
        "El Kurier de Estambol     5     2.12.2026",
        "Kontinua en la pajina 9",
        "El Kurier de Estambol",
        "Şişli, Estambol",
        "redaksion@elkurier.example.com.tr",
    ],
    "run": ["El Kurier de Estambol     5     2.12.2026"],
    "markup": ["-", "-", "-", "-", "-"],
    "labels": ["KURTAS", "KURTAS"],
    "articles": [
        {
            "lines": [
                "KOMUNITA",
                "La eskola de Hasköy avre sus puertas",
                "Despues de sinko anyos de lavoros, el edifisio",
                "istoriko resivio a sus primeros elevos",
                "Por Rebeka Kohen",
            ],
            "kicker": "KOMUNITA",
            "title": "La eskola de Hasköy avre sus puertas",
            "subtitle": "Despues de sinko anyos de lavoros, el edifisio istoriko resivio a sus primeros elevos",
            "byline": ["Por Rebeka Kohen", "Rebeka Kohen"],
            "captions": ["Los elevos en el kortijo de la eskola renovada en Hasköy."],
            "credits": ["Foto: Izak Benaroya"],
            "body": [
                "La vieja eskola de la komunita en Hasköy, serrada dezde el anyo 1971, avrio de "
                "muevo sus puertas el djueves pasado. Agora es un sentro kultural i una eskola "
                "de lingua para 80 ninyos i mansevos de la sivdad.",
                '"Mis padres se ambezaron a meldar aki, i agora mis inyetos van a ambezar '
                'en el mizmo lugar", mos disho kon lagrimas en los ojos la Sinyora Estreya '
                "Alalu, de 84 anyos, ke bive en Kadıköy.",
                "Los lavoros kostaron 14 miliones de liras turkas i fueron pagados por una "
                "fondasion privada {cap}i por donasiones de famiyas de Estambol, de Izmir i "
                "de la diaspora en Amerika i en Israel.",
                "El direktor del sentro, Sinyor David Behar, mos espliko ke los kursos de "
                'Ladino se daran kada alhad. "Keremos ke los ninyos sepan {run}avlar la '
                'lingua de sus nonos", disho, i adjusto ke ya ay mas de sien demandas para el '
                "anyo ke viene, ansi ke la fondasion esta pen~sando en",
                ("end", "Kontinua en la pajina 9"),
            ],
        },
        {
            "lines": ["Konserto de kantikas para Hanuka", "Por Moshe Danon"],
            "title": "Konserto de kantikas para Hanuka",
            "byline": ["Por Moshe Danon", "Moshe Danon"],
            "body": [
                "El koro Las Estreyas de Balat dara un kon~serto de kantikas sefaradis para "
                "Hanuka el alhad 13 de Desiembre en la sala de la Kaza de Kultura en Beyoğlu. "
                "El programa inkluye kantikas de Salonik, de Edirne i de Rodes.",
                "La direktora del koro, Sinyora Luna Habib, konto ke los 22 kantadores se "
                "ambezaron las kantikas de grabasiones antiguas de sus famiyas. La entrada es "
                "debaldes.",
            ],
        },
        {
            "lines": ["LETRAS DE MELDADORES", "Una kaleja sin lus"],
            "section": ["LETRAS DE MELDADORES", None],
            "kicker": [None, "LETRAS DE MELDADORES"],
            "title": "Una kaleja sin lus",
            "byline": ["Sara Eskenazi, Kadıköy", "Sara Eskenazi"],
            "body": [
                "Kerido Kurier,",
                "Dezde ke empeso el invierno, la kaleja ke va de la kaza de ancianos a la "
                "stasion de vapo~res en Kadıköy esta eskura a las sinko de la tadre. Los "
                "ancianos ya no kyeren salir. Rogo a la munisipalita de meter lampas nuevas.",
                "Kon muncho respekto,",
                ("end", "Sara Eskenazi, Kadıköy"),
            ],
        },
        {
            "lines": ["KURTAS"],
            "runin": " - ",
            "section": ["KURTAS", None],
            "kicker": [None, "KURTAS"],
            "title": "Bazar de Hanuka",
            "body": [
                "Las damas de la organi~zasion de bienfezensia azen su bazar anual el alhad 6 "
                "de Desiembre en Şişli. Ay dulsuras, livros i lavoros de mano.",
            ],
        },
        {
            "runin": " - ",
            "section": ["KURTAS", None],
            "kicker": [None, "KURTAS"],
            "title": "Vapor a Büyükada",
            "body": [
                "Dezde el 1 de Desiembre el primer vapor a Büyükada parte de Kabataş a las 7 i media de la demanyana.",
            ],
        },
        {
            "runin": " - ",
            "section": ["KURTAS", None],
            "kicker": [None, "KURTAS"],
            "title": "Kurso de djudeo-espanyol",
            "body": [
                "Un muevo kurso para adultos empesa en Enero en la Kaza de Kultura. Las "
                "inskripsiones se azen por telefon.",
            ],
        },
    ],
}

PAGES = [QIXIANG, JIAOTONG, XINXIANG, XIANGCUN, YIWEN, XIAOFEI, ISIZULU, RUMANTSCH, HAWAII, LADINO]
