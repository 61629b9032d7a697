"""The text of every holdout28 page, written once (all papers, people, firms and events invented).

An item is ("furn", line), ("label", column label printed once), or ("art", article). An
article has "head" lines (field, printed[, gold text without its markup]), "body" items
("p", text[, lines dropped inside it after the `¦`]), ("heading", …), ("caption", …),
("credit", …), ("furn", …) or ("end", field, printed[, gold]); and "alts", the fields'
acceptable readings. A `~` in Latin text is where the layout may split a word with a
hyphen; a word with its own hyphen may also split just after it (the hyphen stays).
"""


def label_alts(label):
    """An item under a column label: the label is its section, its kicker, or neither."""
    return {"section": [label, None], "kicker": [None, label]}


QICHE = {
    "name": "zh_gbk_crlf_qiche_keji_page_latin_model_names_e7_pro_800v_byline_line_caption_"
    "sheying_midsentence_xiazhuan_jump_canshu_box_spec_lines_shixisheng_running_head_"
    "midsentence_cheshi_kuaixun_triangle_items",
    "encoding": "gbk",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 44,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": (),
    "date": "2026-12-01",
    "page": "B4",
    "note": "汉川晚报 2026-12-01 B4 汽车·科技, GBK, CRLF; blank-line paragraphs with a U+3000 "
    "indent, hard-wrapped at 22 characters, Latin model names and units kept whole on a line "
    "(`岚途E7 Pro`, `800V`, `CLTC`, `L2+`, `OTA`). A 下线 story (kicker, title, byline line), "
    "a caption + credit inside a sentence, `（下转B5版）`; a 参数 box of spec lines (one "
    "paragraph each); a 科技 story with a 实习生 byline line and the running head inside a "
    "sentence; 车市快讯 items marked ▲ (markup).",
    "items": [
        ("furn", "汉川晚报　2026年12月1日　星期二　B4　汽车·科技"),
        ("furn", "责任编辑：聂　帆　　版式：古　玥"),
        (
            "art",
            {
                "head": [
                    ("kicker", "本地造中型纯电SUV年产能10万辆"),
                    ("title", "岚途E7 Pro首批量产车下线"),
                    ("byline", "本报记者　卢子航"),
                ],
                "alts": {"byline": ["本报记者　卢子航", "卢子航"]},
                "body": [
                    (
                        "p",
                        "11月30日上午，随着一辆银灰色的岚途E7 Pro驶下总装线，位于汉川经开区的"
                        "岚途汽车二期工厂正式投产。这是本市整车企业推出的第一款中型纯电SUV，"
                        "首批500辆将于12月中旬交付用户。",
                    ),
                    (
                        "p",
                        "岚途汽车总经理邬建平介绍，E7 Pro采用800V高压平台，CLTC工况续航最长"
                        "可达720公里，在超充桩上充电15分钟可补能约400公里。车上标配L2+级组合"
                        "辅助驾驶，¦支持OTA远程升级，后续还将陆续推送自动泊车等功能。",
                        [
                            ("caption", "岚途E7 Pro总装线上，工人正在对整车进行出厂前检测。"),
                            ("credit", "本报记者　卢子航　摄"),
                        ],
                    ),
                    (
                        "p",
                        "记者在总装车间看到，车身焊装环节已基本由机器人完成，一条生产线每90"
                        "秒就能下线一台车。二期工厂全面达产后，年产能将达到10万辆，带动本地"
                        "30多家零部件企业配套，其中电池包壳体、座椅和线束均由汉川企业供货。",
                    ),
                    (
                        "p",
                        "经开区管委会相关负责人表示，下一步将围绕电池回收、汽车软件等环节继续"
                        "招引项目，力争三年内形成产值超过",
                    ),
                    ("furn", "（下转B5版）"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "新车速览"), ("title", "岚途E7 Pro主要参数")],
                "alts": {"kicker": ["新车速览", None], "section": [None, "新车速览"]},
                "body": [
                    ("p", "车身尺寸：4890×1935×1680毫米，轴距2920毫米"),
                    ("p", "驱动形式：后驱单电机／四驱双电机"),
                    ("p", "电池容量：82.5kWh磷酸铁锂电池"),
                    ("p", "CLTC续航：单电机版720公里，双电机版650公里"),
                    ("p", "指导价：19.98万元至24.58万元"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "无人配送车开进老小区"),
                    ("byline", "本报记者　温　璇　实习生　车小禾"),
                ],
                "alts": {"byline": ["本报记者　温　璇　实习生　车小禾", "温　璇", "本报记者　温　璇"]},
                "body": [
                    (
                        "p",
                        "早上8点，一辆白色小车停在汉川市柳湾社区3栋楼下，车身屏幕亮起取件码。"
                        "居民秦阿姨在屏幕上输入手机尾号，侧门弹开，她取出网购的一箱牛奶，"
                        "前后不到半分钟。",
                    ),
                    (
                        "p",
                        "这是一家物流企业在本市试点的L4级无人配送车。车辆顶部装有激光雷达和"
                        "8个摄像头，能识别行人、电动车和路边停放的车辆，遇到障碍会自动减速"
                        "绕行。目前柳湾社区有两辆车运行，每天往返快递驿站¦和各楼栋之间约40"
                        "趟，高峰时段一车能装下60件包裹。",
                        [("furn", "B4　汽车·科技　2026.12.1")],
                    ),
                    (
                        "p",
                        "社区党委书记甘晓梅说，柳湾社区建成于上世纪90年代，老人多、楼道窄，"
                        "以前快递员送件难，老人取件也难。试点开始前，社区专门召开居民议事会，"
                        "把车辆行驶路线和限速定为每小时10公里。",
                    ),
                    (
                        "p",
                        "企业相关负责人告诉记者，试点期间将收集车辆在老旧小区的运行数据，"
                        "明年计划把无人配送车投放到更多社区，并在App上开放预约送货上门服务。",
                    ),
                ],
            },
        ),
        ("label", "车市快讯"),
        (
            "art",
            {
                "head": [("title", "▲本月起新能源车可预约上门充电", "本月起新能源车可预约上门充电")],
                "alts": label_alts("车市快讯"),
                "body": [
                    (
                        "p",
                        "12月起，本市供电部门推出移动充电车预约服务，车主可在“汉川充电”"
                        "小程序下单，充电车30分钟内到达，收费与公共快充桩相同。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "▲二手车交易市场迁至城北", "二手车交易市场迁至城北")],
                "alts": label_alts("车市快讯"),
                "body": [
                    (
                        "p",
                        "位于解放路的二手车交易市场将于12月10日整体搬迁至城北汽车城，新市场"
                        "设有检测、过户、上牌一站式服务窗口，周六、周日照常办公。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "▲冬季用车注意胎压变化", "冬季用车注意胎压变化")],
                "alts": label_alts("车市快讯"),
                "body": [
                    (
                        "p",
                        "气温下降后轮胎气压会随之降低。专业人士提醒，车主入冬后应每两周检查"
                        "一次胎压，SUV车型胎压一般保持在2.3至2.5bar之间。",
                    )
                ],
            },
        ),
    ],
}


TW_SHEHUI = {
    "name": "zht_cp950_lf_taiwan_shehui_page_minguo_date_jizhe_slash_baodao_byline_lines_"
    "drunk_driving_story_fanpai_caption_midsentence_fraud_story_165_running_foot_midsentence_"
    "jingfang_tixing_box_difang_panjue_item_cp950_only_char",
    "encoding": "cp950",
    "newline": "\n",
    "script": "cjk",
    "cols": 46,
    "indent": "\u3000\u3000",
    "blank": False,
    "gap_between": True,
    "not_in": ("big5",),
    "date": "2026-12-01",
    "page": "A9",
    "note": "中台日報 2026-12-01 (民國115年) A9 社會, cp950 (`銹` `恒`, not strict Big5), LF; U+3000 "
    "indents, no blank lines inside an article, hard-wrapped at 23 characters. A 酒駕 story "
    "(kicker, title, `記者X／台中報導` byline line, `昨（30）日`), a caption + `（記者X翻攝）` inside "
    "a sentence; a 詐騙 story with the running foot inside a sentence; a 警方提醒 box of three "
    "numbered lines; a court item; two ■ 社會短波 items (■ is markup).",
    "items": [
        ("furn", "中台日報　中華民國115年12月1日　星期二　A9　社會"),
        (
            "art",
            {
                "head": [
                    ("kicker", "酒測值超標逾三倍"),
                    ("title", "酒駕闖紅燈撞機車　男肇逃2小時落網"),
                    ("byline", "記者陳柏諺／台中報導"),
                ],
                "alts": {"byline": ["記者陳柏諺／台中報導", "陳柏諺", "記者陳柏諺"]},
                "body": [
                    (
                        "p",
                        "台中市北屯區昨（30）日凌晨發生酒駕肇逃事故，一名36歲陳姓男子駕駛"
                        "自小客車行經崇德路與松竹路口時闖紅燈，攔腰撞上一輛正常行駛的機車，"
                        "機車騎士被撞飛數公尺，陳男卻未停車，加速逃離現場。",
                    ),
                    (
                        "p",
                        "受傷的是56歲楊姓婦人，她清晨騎車前往市場擺攤，送醫時右腿骨折、"
                        "頭部擦傷，所幸意識清楚。北屯分局調閱沿線監視器，鎖定肇事車輛，"
                        "2小時後在陳男住處¦將他逮捕，酒測值高達每公升0.68毫克。",
                        [
                            ("caption", "陳男駕駛的自小客車撞擊後車頭嚴重凹陷。"),
                            ("credit", "（記者陳柏諺翻攝）"),
                        ],
                    ),
                    (
                        "p",
                        "陳男供稱前晚與朋友在熱炒店喝了五瓶啤酒，以為睡一覺就沒事，"
                        "撞到人後因為害怕才逃走。警方依公共危險及肇事逃逸罪嫌將他移送"
                        "台中地檢署偵辦，並吊扣駕照。",
                    ),
                    (
                        "p",
                        "警方統計，今年1月至11月，北屯區共發生酒駕事故43件，其中5件肇事逃逸。"
                        "警方呼籲民眾「酒後不開車」，聚餐喝酒請找代駕或搭乘計程車。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "假投資群組騙退休金　行員機警攔阻"),
                    ("byline", "記者游淑芬／豐原報導"),
                ],
                "alts": {"byline": ["記者游淑芬／豐原報導", "游淑芬", "記者游淑芬"]},
                "body": [
                    (
                        "p",
                        "豐原區一名70歲林姓退休教師，上月加入通訊軟體上的「飆股教學」群組，"
                        "群組內的「老師」每天報明牌，還有多名「學員」貼出獲利截圖。林翁"
                        "信以為真，前後匯出新台幣80萬元，昨天又到銀行要提領200萬元定存。",
                    ),
                    (
                        "p",
                        "承辦的行員發現林翁神情緊張，一直低頭回覆訊息，關心詢問用途，林翁"
                        "只說要「投資股票」。行員依反詐騙¦流程通報警方，豐原分局員警到場後"
                        "查看對話紀錄，確認是假投資詐騙，才讓林翁打消念頭。",
                        [("furn", "A9　社會　115.12.1")],
                    ),
                    (
                        "p",
                        "林翁事後說：「他們說穩賺不賠，我真的相信了，還好有人攔住我。」"
                        "警方已協助他報案，並將匯款帳戶列為警示帳戶。",
                    ),
                    (
                        "p",
                        "豐原分局長黃志銘表示，今年轄區已有12起假投資詐騙被行員及超商店員攔阻，"
                        "保住民眾財產逾新台幣1500萬元，將頒發感謝狀給這名行員。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "警方提醒"), ("title", "識破假投資詐騙三原則")],
                "alts": {"kicker": ["警方提醒", None], "section": [None, "警方提醒"]},
                "body": [
                    ("p", "一、保證獲利、穩賺不賠的投資，一定是詐騙。"),
                    ("p", "二、要求下載不明App或匯款到個人帳戶，一定是詐騙。"),
                    ("p", "三、有疑問請撥165反詐騙諮詢專線查證。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "鷹架生銹倒塌釀1死　包商判刑10月"),
                    ("byline", "記者林宛蓁／台中報導"),
                ],
                "alts": {"byline": ["記者林宛蓁／台中報導", "林宛蓁", "記者林宛蓁"]},
                "body": [
                    (
                        "p",
                        "台中市西屯區一處住宅工地去年3月發生鷹架倒塌，造成一名工人墜落"
                        "身亡。台中地院審理後認定，負責施工的包商林恒毅明知鷹架部分鋼管"
                        "已經生銹變形，卻未更換，也未設置安全網，依業務過失致死罪判處"
                        "有期徒刑10月，可上訴。",
                    ),
                    (
                        "p",
                        "判決指出，林恒毅犯後雖與家屬達成和解，賠償新台幣350萬元，但未盡安全"
                        "管理責任，導致一條人命消逝，仍應給予相當刑罰。",
                    ),
                ],
            },
        ),
        ("label", "社會短波"),
        (
            "art",
            {
                "head": [("title", "■大雅夜市機車失竊　警速破案", "大雅夜市機車失竊　警速破案")],
                "alts": label_alts("社會短波"),
                "body": [
                    (
                        "p",
                        "大雅分局前晚接獲夜市攤商報案，停在路邊的機車遭竊。警方循線在"
                        "3小時內找回機車，逮捕19歲張姓少年，依竊盜罪嫌移送。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■潭子老宅清晨火警　無人受傷", "潭子老宅清晨火警　無人受傷")],
                "alts": label_alts("社會短波"),
                "body": [
                    (
                        "p",
                        "潭子區一處三合院昨天清晨起火，消防局派員到場約20分鐘撲滅，"
                        "燒毀廚房約10平方公尺，起火原因待調查。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■后里老翁騎車失聯　熱心民眾尋獲", "后里老翁騎車失聯　熱心民眾尋獲")],
                "alts": label_alts("社會短波"),
                "body": [
                    (
                        "p",
                        "后里區一名82歲老翁前天騎單車外出未歸，家屬報警協尋。昨天上午一名"
                        "民眾在大甲溪畔發現老翁，協助他平安返家。",
                    )
                ],
            },
        ),
    ],
}


SANNONG = {
    "name": "zh_utf16le_bom_crlf_sannong_nongji_page_ganju_harvest_byline_line_tongxunyuan_"
    "running_head_midsentence_daxue_jieqi_nongshi_box_numbered_items_tianjian_shouji_zuozhe_xi_"
    "end_line_benbaoxun_no_reporter_caption_midsentence",
    "encoding": "utf-16-le",
    "bom": b"\xff\xfe",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 48,
    "indent": "\u3000\u3000",
    "blank": False,
    "gap_between": True,
    "not_in": (),
    "date": "2026-12-04",
    "page": "3",
    "note": "澧北农民报 2026-12-04 第3版 三农·农技, UTF-16 LE with BOM, CRLF; U+3000 indents, no "
    "blank lines inside an article, hard-wrapped at 24 characters. A 柑橘 harvest story (kicker, "
    "title, byline line with a 通讯员, the running head inside a sentence); a 大雪节气农事提醒 box "
    "of four `一、…` lines; a 田间手记 signed by a byline line and closed by a `（作者系…）` line "
    "(a paragraph); a 本报讯 item with no reporter and a caption + credit inside a sentence.",
    "items": [
        ("furn", "澧北农民报　2026年12月4日　星期五　第3版　三农·农技"),
        ("furn", "本版编辑：覃　禾　　电话：0736-5218846"),
        (
            "art",
            {
                "head": [
                    ("kicker", "冰糖橙亩产超四千斤"),
                    ("title", "橘园里算丰收账"),
                    ("byline", "本报记者　向春林　通讯员　严　冬"),
                ],
                "alts": {"byline": ["本报记者　向春林　通讯员　严　冬", "向春林", "本报记者　向春林"]},
                "body": [
                    (
                        "p",
                        "初冬时节，石门县太平镇金竹村的橘园里一片金黄。村民田大友踩着木梯"
                        "把一颗颗冰糖橙剪下来，轻轻放进竹篓，“今年雨水匀，果子甜，一亩能摘"
                        "四千多斤。”",
                    ),
                    (
                        "p",
                        "金竹村种植柑橘已有三十多年，过去品种老、管理粗，一斤卖不到一块钱。"
                        "前年起，村里跟县农业农村局合作，改种冰糖橙、推行测土配方施肥，"
                        "还请来农技员手把手教¦疏果和防治红蜘蛛。今年全村1800亩柑橘预计"
                        "产量比去年增加两成。",
                        [("furn", "第3版　三农·农技　2026年12月4日")],
                    ),
                    (
                        "p",
                        "销路也不再发愁。村里成立的合作社与长沙、广州的三家商超签了收购"
                        "协议，个头大、外观好的果子每斤收购价3.2元，小果则送进镇上的果汁厂。"
                        "合作社理事长田秋菊算了一笔账：扣除农资和人工，种一亩冰糖橙今年"
                        "能纯收入六千元左右。",
                    ),
                    (
                        "p",
                        "不过，丰收也带来了新烦恼。今年柑橘集中上市，采摘工难请，一天工钱涨到"
                        "了150元。村里正商量建一座冷库，把部分果子错峰销售，“春节前后再卖，"
                        "价钱还能高一些。”县农业农村局还组织了电商培训，已有20多户村民在网上"
                        "开店卖橘子。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "农事提醒"), ("title", "大雪节气农事提醒")],
                "alts": {"kicker": ["农事提醒", None], "section": [None, "农事提醒"]},
                "body": [
                    ("p", "一、油菜：及时清沟排渍，每亩追施尿素5公斤，防止冻害。"),
                    ("p", "二、柑橘：采果后及时修剪病虫枝，树干刷白防冻。"),
                    ("p", "三、蔬菜：大棚白天通风降湿，夜间加盖草帘保温。"),
                    ("p", "四、畜禽：圈舍堵好门窗缝隙，饮水不宜过凉。"),
                    ("p", "五、农机：入冬前对拖拉机、收割机进行保养，放尽水箱存水。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("kicker", "田间手记"),
                    ("title", "老农的“土办法”"),
                    ("byline", "黎　川"),
                ],
                "alts": {
                    "kicker": ["田间手记", None],
                    "section": [None, "田间手记"],
                    "byline": ["黎　川", None],
                },
                "body": [
                    (
                        "p",
                        "在农技站干了二十年，我常跟农户讲科学种田，可也常从他们那里学到东西。",
                    ),
                    (
                        "p",
                        "去年冬天到新安镇看油菜，发现周老汉家的菜苗比别家壮实。一问才知道，"
                        "他在沟边种了一圈蚕豆，既挡北风，又能肥田。这个办法书上没有写，"
                        "却是几代人在田里试出来的。",
                    ),
                    ("p", "这几年，县里推广的油菜机械直播、稻虾共作等新技术，很多也是在农户的老经验上改进而来的。"),
                    (
                        "p",
                        "推广新技术，不能只靠发资料、讲课。多到田埂上走走，把农民的经验"
                        "和科学的道理放在一起琢磨，路子才会越走越宽。",
                    ),
                    ("p", "（作者系石门县新安镇农技站站长）"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "县里开办冬季“田间课堂”")],
                "body": [
                    (
                        "p",
                        "本报讯　12月2日，石门县冬季“田间课堂”在维新镇开课，县农技推广中心"
                        "的8名专家分头走进村组，围绕油菜越冬管理、柑橘冬季清园等内容，"
                        "在地头为¦农户现场讲解、示范操作。",
                        [
                            ("caption", "农技专家在维新镇油菜田里向农户讲解追肥要点。"),
                            ("credit", "通讯员　严　冬　摄"),
                        ],
                    ),
                    (
                        "p",
                        "县农技推广中心主任彭志刚说，冬季是农民相对空闲的时候，把课堂搬到田间"
                        "地头，农户听得懂、学得会、用得上，比在会议室里讲效果好得多。",
                    ),
                    (
                        "p",
                        "据了解，今冬“田间课堂”将持续到明年1月底，覆盖全县21个乡镇，预计培训农户5000人次。",
                    ),
                ],
            },
        ),
    ],
}


JINIAN = {
    "name": "zh_gb18030_lf_jinian_page_danchen_100_zhounian_zuotanhui_benbaoxun_jizhe_lead_"
    "running_head_midsentence_shengping_box_huainian_essay_square_byline_ziliao_tupian_"
    "caption_midsentence_zhenggao_qishi_signed_rare_char_name",
    "encoding": "gb18030",
    "newline": "\n",
    "script": "cjk",
    "cols": 42,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": ("gbk",),
    "date": "2026-12-06",
    "page": "4",
    "note": "五溪日报 2026-12-06 第4版 纪念, GB18030 (`𬱖` U+2CC56 in a name, not in GBK), LF; "
    "blank-line paragraphs with a U+3000 indent, hard-wrapped at 21 characters. A 诞辰100周年 "
    "座谈会 story with a 本报讯（记者X） lead and the running head inside a sentence; a 生平 box; a "
    "怀念 essay with a `□　X` byline line and a caption + `（资料图片）` inside a sentence; a "
    "征稿启事 signed by the paper with a date line (a credit).",
    "items": [
        ("furn", "五溪日报　2026年12月6日　星期日　第4版　纪念"),
        (
            "art",
            {
                "head": [("title", "我市召开纪念舒𬱖同志诞辰100周年座谈会")],
                "body": [
                    (
                        "p",
                        "本报讯（记者　滕　越）12月5日，我市召开纪念舒𬱖同志诞辰100周年"
                        "座谈会，缅怀他为五溪山区教育事业作出的贡献。舒𬱖同志的生前同事、"
                        "学生代表和家属等80余人参加座谈。",
                    ),
                    (
                        "p",
                        "座谈会上，市第一中学退休教师向玉兰回忆，1962年她到山里教书，"
                        "是舒𬱖校长背着行李陪她走了一天山路，把她送到¦学校，还把自己的"
                        "棉被留给了她。",
                        [("furn", "2026年12月6日　星期日　五溪日报　第4版")],
                    ),
                    (
                        "p",
                        "舒𬱖同志的学生、市人大常委会原副主任龙启明在发言中说，当年他家里穷，"
                        "初中读了一半就想退学，是舒校长连续三次上门，又从自己工资里拿出钱替他"
                        "交了学费。“没有舒校长，就没有我的今天。”",
                    ),
                    (
                        "p",
                        "与会者表示，要学习舒𬱖同志扎根山区、甘为人梯的精神，把山区孩子的"
                        "教育办得更好。座谈会前，与会人员参观了“烛照五溪——舒𬱖同志生平"
                        "事迹展”。",
                    ),
                    (
                        "p",
                        "据了解，市教育基金会当天还设立了“舒𬱖助学金”，首期募集资金120万元，"
                        "每年资助山区家庭经济困难的高中学生100名。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "生平简介"), ("title", "舒𬱖同志生平")],
                "alts": {"kicker": ["生平简介", None], "section": [None, "生平简介"]},
                "body": [
                    (
                        "p",
                        "舒𬱖，1926年12月生，湖南辰溪人。1949年毕业于国立湘西师范学校，"
                        "同年参加工作，1956年加入中国共产党。",
                    ),
                    (
                        "p",
                        "他先后在辰溪县龙头庵、黄溪口等地任教，1978年起任辰溪县第二中学"
                        "校长，主持创办了全县第一所山区寄宿制中学，1988年离休。2009年1月"
                        "在辰溪病逝，享年83岁。",
                    ),
                    ("p", "他曾被评为全国优秀教师、湖南省劳动模范，主编的《山区复式教学手记》在湘西各县推广使用。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("kicker", "怀念"),
                    ("title", "父亲的那盏马灯"),
                    ("byline", "□　舒晓岚", "舒晓岚"),
                ],
                "alts": {"kicker": ["怀念", None], "section": [None, "怀念"]},
                "body": [
                    (
                        "p",
                        "家里的柜子上，一直放着一盏旧马灯。玻璃罩已经发黄，提手上缠着的布条"
                        "换过好几回。那是父亲当年走山路家访时用的。",
                    ),
                    (
                        "p",
                        "小时候，我常常半夜醒来，看见父亲提着马灯出门。他说哪个学生病了，"
                        "哪个学生家里不让读书了，他得去看看。山路难走，他有好几次摔进¦"
                        "田沟里，回来时裤腿上全是泥。",
                        [
                            ("caption", "1978年，舒𬱖（右二）与学生在校园里合影。"),
                            ("credit", "（资料图片）"),
                        ],
                    ),
                    (
                        "p",
                        "母亲说，父亲一辈子没给家里攒下什么钱，工资大半花在了学生身上。有一年"
                        "冬天，他把家里唯一的一件棉大衣送给了一个住校的学生，自己穿着单衣过了一冬。",
                    ),
                    (
                        "p",
                        "父亲离休后，常有学生来看他。有人当了医生，有人当了老师，也有人"
                        "回到村里当了支书。父亲总是笑着听，很少说话。",
                    ),
                    (
                        "p",
                        "前些年，我回到父亲工作过的黄溪口，那所木板房学校早已翻建成了教学楼。"
                        "一位老人听说我是舒校长的女儿，拉着我的手说了很久的话，临走时硬塞给我"
                        "一袋自家种的花生。",
                    ),
                    (
                        "p",
                        "如今父亲离开我们快十八年了。每次擦拭那盏马灯，我都觉得他还在山路上，为那些孩子照着回家的路。我想，这就是他留给我们最珍贵的东西。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "征稿启事")],
                "body": [
                    (
                        "p",
                        "为纪念舒𬱖同志诞辰100周年，本报“五溪人物”专栏即日起征集回忆文章"
                        "和老照片。来稿请注明作者姓名和联系方式，文章以2000字以内为宜。",
                    ),
                    ("p", "来稿一经采用，将在本报“五溪人物”专栏陆续刊发，并汇编成纪念文集。"),
                    ("p", "投稿邮箱：wuxirenwu@wxrb.example.cn"),
                    ("end", "byline", "五溪日报社"),
                    ("credit", "2026年12月6日"),
                ],
                "alts": {"byline": ["五溪日报社", None]},
            },
        ),
    ],
}


XIAOYUAN = {
    "name": "zh_utf8bom_lf_xiaoyuan_jiaoyu_page_qimo_kaoshi_anpai_notice_list_lines_"
    "benbaoxun_jizhe_lead_xiaoyuan_huodong_caption_midsentence_xuesheng_xizuo_class_byline_"
    "zhidao_jiaoshi_credit_jiazhang_ketang_column_wen_slash_byline_running_head_midsentence",
    "encoding": "utf-8-sig",
    "newline": "\n",
    "script": "cjk",
    "cols": 40,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": (),
    "date": "2026-12-08",
    "page": "7",
    "note": "江陵晚报 2026-12-08 第7版 校园·教育, UTF-8 with BOM, LF; blank-line paragraphs with a "
    "U+3000 indent, hard-wrapped at 20 characters. A 期末考试安排 story with a 本报讯（记者X） "
    "lead and three schedule lines (one paragraph each); a 校园活动 story with a caption + "
    "credit inside a sentence; a 学生习作 signed by a class line and closed by `指导教师：X` "
    "(a credit); a 家长课堂 column signed `文／X（…）` with the running head inside a sentence.",
    "items": [
        ("furn", "江陵晚报　2026年12月8日　星期二　第7版　校园·教育"),
        ("furn", "编辑：易　楠　　校对：罗小琴"),
        (
            "art",
            {
                "head": [
                    ("kicker", "寒假1月24日开始"),
                    ("title", "全市中小学期末考试时间确定"),
                ],
                "body": [
                    (
                        "p",
                        "本报讯（记者　龚佳怡）12月7日，市教育局发布2026—2027学年第一学期"
                        "期末工作安排。全市中小学期末考试集中在明年1月中旬进行，具体安排如下：",
                    ),
                    ("p", "小学：1月15日至16日，一、二年级不进行纸笔考试；"),
                    ("p", "初中：1月14日至16日，九年级由市教科院统一命题；"),
                    ("p", "高中：1月13日至16日，由各校自行组织。"),
                    (
                        "p",
                        "市教育局要求，各校不得公布考试成绩和排名，不得以任何形式提前"
                        "放假或组织集中补课。寒假从1月24日开始，2月23日开学。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "百名学生同上一堂非遗课")],
                "body": [
                    (
                        "p",
                        "本报讯（通讯员　夏　露）12月5日下午，荆南路小学操场上摆开了20张长桌，"
                        "四年级100多名学生跟着民间艺人学剪纸。一把剪刀、一张红纸，"
                        "不到半小时，¦孩子们就剪出了窗花、生肖和自己的名字。",
                        [
                            ("caption", "荆南路小学学生展示自己剪的窗花。"),
                            ("credit", "通讯员　夏　露　摄"),
                        ],
                    ),
                    (
                        "p",
                        "该校校长谢芸介绍，学校每学期都会请非遗传承人进校园，今年已开设剪纸、皮影和楚绣三门课程。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("kicker", "学生习作"),
                    ("title", "外婆的腌菜坛"),
                    ("byline", "江陵市实验中学初二（3）班　林小禾"),
                ],
                "alts": {
                    "kicker": ["学生习作", None],
                    "section": [None, "学生习作"],
                    "byline": ["江陵市实验中学初二（3）班　林小禾", "林小禾"],
                },
                "body": [
                    (
                        "p",
                        "外婆家的屋檐下，排着一溜黑黢黢的腌菜坛。每到冬天，外婆就把洗净"
                        "晾干的芥菜一层层码进坛里，撒一把盐，压一块青石。",
                    ),
                    (
                        "p",
                        "我问外婆为什么要压石头，她说：“菜和人一样，要压一压才有味道。”"
                        "那时我听不懂，只觉得外婆的腌菜配白粥最香。",
                    ),
                    (
                        "p",
                        "今年冬天，外婆的手抖得厉害，腌菜的活儿换成了我。我学着她的样子码菜、"
                        "撒盐、压石头，忽然明白了那句话的意思。",
                    ),
                    ("credit", "指导教师：郑秋云"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("kicker", "家长课堂"),
                    ("title", "考前焦虑，家长先别慌"),
                    ("byline", "文／覃　敏（江陵市第七中学心理教师）"),
                ],
                "alts": {
                    "kicker": ["家长课堂", None],
                    "section": [None, "家长课堂"],
                    "byline": ["文／覃　敏（江陵市第七中学心理教师）", "覃　敏"],
                },
                "body": [
                    (
                        "p",
                        "临近期末，不少家长发现孩子睡不好、吃得少，一提考试就烦躁。其实，"
                        "适度紧张是正常的，家长首先要稳住自己的情绪，不要把焦虑¦传给孩子。",
                        [("furn", "第7版　校园·教育　2026.12.8")],
                    ),
                    (
                        "p",
                        "建议家长少问分数，多问“今天有什么收获”；保证孩子每天有半小时"
                        "运动时间；考前一晚不要临时加题。如果孩子持续两周以上情绪低落，"
                        "应及时寻求学校心理老师的帮助。",
                    ),
                ],
            },
        ),
    ],
}


PINGLUN = {
    "name": "zh_utf8_crlf_pinglun_page_three_signed_opinion_pieces_benbao_pinglunyuan_byline_"
    "lailun_square_byline_zuozhe_xi_end_line_kuaiping_end_signature_wangyou_rejie_at_handle_"
    "lines_bianzhe_an_running_head_midsentence",
    "encoding": "utf-8",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 44,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": (),
    "date": "2026-12-09",
    "page": "A2",
    "note": "楚江都市报 2026-12-09 A2 评论·观点, UTF-8 (no BOM), CRLF; blank-line paragraphs with "
    "a U+3000 indent, hard-wrapped at 22 characters. Three signed opinion pieces: a 本报评论员 "
    "article with a byline line, a 来论 with a `□　X` byline and a `（作者系…）` end line (a "
    "paragraph), a 快评 signed at its end `（X）`; an 编者按 opening a 网友热议 piece of "
    "`@handle：…` lines (one paragraph each); the running head inside a sentence.",
    "items": [
        ("furn", "楚江都市报　2026年12月9日　星期三　A2　评论·观点"),
        ("furn", "主编：甘　霖　　责任编辑：聂小舟　　邮箱：pinglun@cjdsb.example.cn"),
        (
            "art",
            {
                "head": [
                    ("kicker", "本报评论员文章"),
                    ("title", "让“一老一小”在家门口安心"),
                    ("byline", "本报评论员　邵　衡"),
                ],
                "alts": {
                    "kicker": ["本报评论员文章", None],
                    "section": [None, "本报评论员文章"],
                    "byline": ["本报评论员　邵　衡", "邵　衡", "本报评论员"],
                },
                "body": [
                    (
                        "p",
                        "近日，我市首批20个社区“一老一小”服务综合体投入使用，老人能在楼下"
                        "吃上助餐、做上康复，双职工家庭的孩子放学后有了托管去处。",
                    ),
                    (
                        "p",
                        "民生工程办得好不好，要看群众用得方不方便。过去，养老和托育往往"
                        "分属不同部门，场地分散、服务割裂。把两类设施放在一个社区空间里"
                        "统筹建设，既节省¦用地，也让老人和孩子多了相处的机会。",
                        [("furn", "A2　评论·观点　2026年12月9日")],
                    ),
                    (
                        "p",
                        "好事还要办实。服务综合体建起来只是第一步，收费是否合理、人员是否"
                        "专业、运营能否持续，都需要在实践中不断完善。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("kicker", "来论"),
                    ("title", "老旧小区加装电梯，难在“一楼”"),
                    ("byline", "□　岑　立", "岑　立"),
                ],
                "alts": {"kicker": ["来论", None], "section": [None, "来论"]},
                "body": [
                    (
                        "p",
                        "老旧小区加装电梯，高层住户盼，低层住户怕。采光、噪音、房价，一楼住户的顾虑并非没有道理。",
                    ),
                    (
                        "p",
                        "化解分歧，不能只靠少数服从多数。一些城市的做法值得借鉴：由受益"
                        "住户按楼层分摊费用，对受影响较大的低层住户给予适当补偿，社区和"
                        "街道全程参与协商。",
                    ),
                    (
                        "p",
                        "更重要的是，加装电梯不是一户一家的事，而是整栋楼的公共事务。早沟通、"
                        "多协商，让每户人家都说得上话，分歧才能在楼道里化解，而不是闹到法庭上。",
                    ),
                    ("p", "（作者系楚江大学公共管理学院副教授）"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "快评"), ("title", "“临时停车5分钟”值得推广")],
                "alts": {
                    "kicker": ["快评", None],
                    "section": [None, "快评"],
                    "byline": ["舒　扬", None],
                },
                "body": [
                    (
                        "p",
                        "在学校和医院门口设置“临时停车5分钟”车位，看似小事，却解决了接送"
                        "孩子、看病取药的大难题。城市管理多一些这样的“小切口”，"
                        "市民的获得感就会多一分。",
                    ),
                    ("end", "byline", "（舒　扬）", "舒　扬"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "网友热议"), ("title", "你支持小区加装电梯吗？")],
                "alts": {"kicker": ["网友热议", None], "section": [None, "网友热议"]},
                "body": [
                    (
                        "p",
                        "编者按：本报客户端昨日发起话题讨论，一天内收到留言1200余条。现摘登部分网友观点。",
                    ),
                    ("p", "@江城小鱼：我家住七楼，父母腿脚不好，天天盼着装电梯。"),
                    ("p", "@老街坊王叔：住一楼的也是邻居，补偿要说清楚再动工。"),
                    ("p", "@楚江夜跑：建议政府多给补贴，别让邻里为钱伤了和气。"),
                    ("p", "@住在一楼的小陈：不反对装，但希望电梯井别挡住我家窗户。"),
                ],
            },
        ),
    ],
}


ROMANA = {
    "name": "ro_latin10_crlf_cotidian_judetean_comma_below_s_t_low_high_quotes_supratitlu_"
    "kicker_sapou_subtitle_de_byline_line_romanian_hyphenation_caption_foto_midsentence_"
    "continuare_in_pagina_jump_pe_scurt_items_running_head_midsentence",
    "encoding": "iso8859_16",
    "newline": "\r\n",
    "script": "latin",
    "cols": 54,
    "indent": "",
    "blank": True,
    "not_in": ("iso8859_2", "cp1250"),
    "date": "2026-12-03",
    "page": "4",
    "note": "Monitorul de Vâlceni 2026-12-03 page 4 ACTUALITATE, ISO-8859-16 (ș ț with the comma "
    "below, „ ”), CRLF; blank-line paragraphs, hard-wrapped at 54 columns, Romanian words "
    "hyphenated at a line end. Supratitlu (kicker), title, șapou (subtitle), `de X` byline "
    "line, a caption + `Foto: X` inside a sentence, `Continuare în pagina 5`; a second story; "
    "PE SCURT items, the running head inside one.",
    "items": [
        ("furn", "MONITORUL DE VÂLCENI   Joi, 3 decembrie 2026   ACTUALITATE   4"),
        (
            "art",
            {
                "head": [
                    ("kicker", "INVESTIȚIE"),
                    ("title", "Podul de la Bârsești, redeschis după doi ani de lucrări"),
                    (
                        "subtitle",
                        "Circulația pe drumul județean 703 a fost reluată ieri, cu o lună "
                        "înaintea termenului din contract.",
                    ),
                    ("byline", "de Ioana Mărgineanu", "Ioana Mărgineanu"),
                ],
                "body": [
                    (
                        "p",
                        "Locuitorii din Bârsești și din satele vecine nu mai sunt nevoiți "
                        "să ocolească 18 kilometri pentru a ajunge la oraș. Noul pod peste "
                        "Topolog, lung de 64 de metri, a fost dat în folo~sință miercuri "
                        "dimineață, în prezen~ța autorităților locale.",
                    ),
                    (
                        "p",
                        "„A fost cel mai greu an pentru noi. Copiii mergeau la școală cu "
                        "microbuzul pe drumul de pădure, iar iarna ¦ drumul era aproape "
                        "impracticabil”, a spus Elena Stănescu, învăță~toare în sat.",
                        [
                            ("caption", "Primele mașini trec peste noul pod de la Bârsești."),
                            ("credit", "Foto: Radu Ciobanu"),
                        ],
                    ),
                    (
                        "p",
                        "Lucrările au costat 11,4 milioane de lei, bani obți~nuți prin "
                        "Programul național de investiții. Preșe~dintele Consiliului "
                        "Județean, Mihai Tudoran, a declarat că anul viitor vor fi "
                        "reabilitate încă două poduri pe același drum, la Ciofrângeni și la",
                    ),
                    ("furn", "Continuare în pagina 5"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "Târg de Crăciun în centrul vechi, din 12 decembrie"),
                    ("byline", "de Andrei Popescu", "Andrei Popescu"),
                ],
                "body": [
                    (
                        "p",
                        "Primăria municipiului organizează și anul acesta Târgul de Crăciun "
                        "în Piața Unirii. Vor fi amenajate 40 de căsuțe din lemn, un patinoar "
                        "și o scenă pe care vor urca, în fiecare seară, coruri și ansambluri "
                        "folclo~rice din județ.",
                    ),
                    (
                        "p",
                        "Producătorii locali care doresc să participe se pot înscrie până "
                        "pe 8 decembrie la Serviciul de Relații cu Publicul. Taxa pentru o "
                        "căsuță este de 900 de lei pentru întreaga perioadă.",
                    ),
                    (
                        "p",
                        "Organizatorii spun că târgul va fi deschis zilnic între orele 10 și "
                        "22, până pe 6 ianuarie. Accesul publicului este gratuit.",
                    ),
                    (
                        "p",
                        "Pentru a evita aglomerația, Poliția Locală va închide circulația pe "
                        "strada Mircea cel Bătrân în weekend, între orele 16 și 23. Locuitorii "
                        "din zonă vor primi ecusoane de acces pentru autoturismele proprii.",
                    ),
                    (
                        "p",
                        "Anul trecut, târgul a fost vizitat de peste 60.000 de "
                        "persoane, iar organizatorii se așteaptă ca numărul să crească.",
                    ),
                ],
            },
        ),
        ("label", "PE SCURT"),
        (
            "art",
            {
                "head": [("title", "Apă oprită în cartierul Nord")],
                "alts": label_alts("PE SCURT"),
                "body": [
                    (
                        "p",
                        "Furnizarea apei va fi întreruptă vineri, între orele 8 și 16, pe "
                        "străzile Frasinului, Teiului și Morii, din cauza unor lucrări ¦ "
                        "la rețea.",
                        [("furn", "4   MONITORUL DE VÂLCENI   Joi, 3 decembrie 2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Donație pentru spitalul județean")],
                "alts": label_alts("PE SCURT"),
                "body": [
                    (
                        "p",
                        "O firmă din Vâlceni a donat secției de pediatrie două monitoare "
                        "pentru funcții vitale, în valoare de 46.000 de lei.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Concurs de colinde la Casa de Cultură")],
                "alts": label_alts("PE SCURT"),
                "body": [
                    (
                        "p",
                        "Grupurile de colindători din satele județului sunt așteptate pe "
                        "20 decembrie la concursul „Florile dalbe”. Înscrierile se fac "
                        "la sediul așeză~mântului cultural.",
                    )
                ],
            },
        ),
    ],
}


SLOVENSKO = {
    "name": "sk_cp1250_lf_regionalny_tyzdennik_interview_perex_subtitle_byline_caps_question_"
    "answer_paragraphs_slovak_hyphenation_l_caron_o_circumflex_caption_foto_autorka_"
    "midsentence_kratko_items_running_foot_midsentence",
    "encoding": "cp1250",
    "newline": "\n",
    "script": "latin",
    "cols": 50,
    "indent": "",
    "blank": True,
    "not_in": ("cp1252", "iso8859_2"),
    "date": "2026-12-07",
    "page": "6",
    "note": "Liptovský obzor 2026-12-07 page 6 REGIÓN, Windows-1250 (ľ ĺ ŕ ô ä ť ď ň, „ “), LF; "
    "blank-line paragraphs, hard-wrapped at 50 columns, Slovak words hyphenated at a line end. "
    "An interview: title, perex (subtitle), capital byline line, questions and answers as "
    "separate paragraphs (no prefixes), a caption + `Foto: autorka` inside an answer; a news "
    "story with a byline line; KRÁTKO items, the running foot inside one.",
    "items": [
        ("furn", "LIPTOVSKÝ OBZOR   pondelok 7. decembra 2026   REGIÓN   6"),
        (
            "art",
            {
                "head": [
                    ("title", "Včely v zime nespia, len šetria silami"),
                    (
                        "subtitle",
                        "Včelár Ľubomír Kráľ z Podtúrne chová včely už štyridsať rokov. "
                        "Hovorí, že najťažšie obdobie ich ešte len čaká.",
                    ),
                    ("byline", "MÁRIA HUDECOVÁ"),
                ],
                "alts": {"byline": ["MÁRIA HUDECOVÁ", "Mária Hudecová"]},
                "body": [
                    ("p", "Čo robí včelár v decembri, keď sú úle zatvorené?"),
                    (
                        "p",
                        "Hlavne nič nepokazí. Včely sa v úli zhlukujú do chumáča a "
                        "udržiavajú v jeho strede teplotu okolo dvadsať~päť stupňov. "
                        "Každé zbytočné otvorenie úľa ich stojí veľa energie.",
                    ),
                    ("p", "Koľko rodín máte dnes?"),
                    (
                        "p",
                        "Osemdesiat~dva. Kedysi som ich mal vyše sto, ale po ťažkej zime "
                        "v roku 2019 som začínal ¦ takmer od nuly. Vtedy mi prežila iba "
                        "tretina rodín.",
                        [
                            ("caption", "Ľubomír Kráľ pri úľoch v Podtúrni."),
                            ("credit", "Foto: autorka"),
                        ],
                    ),
                    ("p", "Čo je dnes pre včely najväčšia hrozba?"),
                    (
                        "p",
                        "Roztoč kliešťanka a potom počasie. Keď sa v januári oteplí, včely "
                        "vyletia, minú zásoby a pri ďalšom mraze už nemajú čo jesť. Preto "
                        "im na jeseň nechávam dosť vlastného medu.",
                    ),
                    ("p", "Majú o včelárstvo záujem aj mladí?"),
                    (
                        "p",
                        "Viac, ako by ste čakali. Minulý rok som mal na kurze v Liptovskom "
                        "Hrádku pätnásť ľudí, z toho polovica mala menej ako tridsať rokov. "
                        "Hovorím im, aby začali s dvoma úľmi a prvý rok sa hlavne poze~rali "
                        "a učili. Med príde sám, trpezli~vosť nie.",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "Autobusy budú jazdiť aj do Žiaru"),
                    ("byline", "PETER ORAVEC"),
                ],
                "alts": {"byline": ["PETER ORAVEC", "Peter Oravec"]},
                "body": [
                    (
                        "p",
                        "Od 14. decembra pribudnú na linke Liptovský Mikuláš – Žiar tri "
                        "nové spoje. Obec o ne žiadala už dva roky, pretože ráno chodil "
                        "jediný autobus, ktorý nestíhal nadväzovať na vlaky.",
                    ),
                    (
                        "p",
                        "„Ľudia, ktorí dochádzajú do práce, museli vstávať o pol piatej,“ "
                        "povedal starosta Žiaru Ján Môťov~ský. Nové spoje budú premávať "
                        "v pracovných dňoch, posledný odíde z mesta o 21.40.",
                    ),
                    (
                        "p",
                        "Samospráva kraja odhaduje, že nové spoje budú stáť približne "
                        "štyridsať tisíc eur ročne. Ak budú polo~prázdne, po roku ich "
                        "prehodnotí.",
                    ),
                    (
                        "p",
                        "Cestujúci si na nové spoje môžu kúpiť lístok aj cez mobilnú "
                        "aplikáciu. Dopravca zároveň sľúbil, že na ranný spoj pristaví väčší "
                        "autobus, aby sa doň zmestili aj študenti.",
                    ),
                ],
            },
        ),
        ("label", "KRÁTKO"),
        (
            "art",
            {
                "head": [("title", "Mikuláš príde na námestie")],
                "alts": label_alts("KRÁTKO"),
                "body": [
                    (
                        "p",
                        "Mesto pozýva deti v stredu o 16. hodine na Námes~tie osloboditeľov. "
                        "Mikuláš rozdá ¦ balíčky a vystúpi detský folklórny súbor.",
                        [("furn", "6   LIPTOVSKÝ OBZOR   7. 12. 2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Knižnica zbiera hračky")],
                "alts": label_alts("KRÁTKO"),
                "body": [
                    (
                        "p",
                        "Do 18. decembra môžete v mestskej knižnici odovzdať zachovalé "
                        "hračky a knihy. Dostanú ich deti z krízového centra.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Zľava na skipasy pre dôchodcov")],
                "alts": label_alts("KRÁTKO"),
                "body": [
                    (
                        "p",
                        "Lyžiarske stredisko pod Ďumbierom ponúka seniorom nad 65 rokov "
                        "celodenný skipas za 19 eur. Zľava platí počas celej sezóny.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Zber elektroodpadu")],
                "alts": label_alts("KRÁTKO"),
                "body": [
                    (
                        "p",
                        "V sobotu od 8. do 12. hodiny bude na parkovisku pri zimnom štadióne "
                        "pristavený kontajner na elek~troodpad. Odovzdať môžete chladničky, "
                        "práčky aj staré televízory.",
                    )
                ],
            },
        ),
    ],
}


MALTI = {
    "name": "mt_latin3_lf_gozo_weekly_h_bar_g_dot_z_dot_c_dot_article_hyphen_il_tal_split_at_"
    "line_end_kept_caps_byline_line_minn_byline_caption_ritratt_midsentence_ikompli_f_pagna_"
    "jump_fil_qosor_items_running_head_midsentence",
    "encoding": "iso8859_3",
    "newline": "\n",
    "script": "latin",
    "cols": 52,
    "indent": "",
    "blank": True,
    "not_in": ("iso8859_2", "cp1252"),
    "date": "2026-12-05",
    "page": "5",
    "note": "Il-Ħabbar t'Għawdex 2026-12-05 page 5 AĦBARIJIET, ISO-8859-3 (ħ ġ ż ċ Ħ Ġ Ż Ċ), "
    "LF; blank-line paragraphs, hard-wrapped at 52 columns, no syllable hyphenation: the "
    "article's own hyphen (`il-`, `tal-`, `għall-`) may end a line and stays in the word. "
    "Title, deck (subtitle), capital byline line, a caption + `Ritratt: X` inside a sentence, "
    "`Ikompli f'paġna 6`; a second story with a `minn X` byline line; FIL-QOSOR items, the "
    "running head inside one.",
    "items": [
        ("furn", "IL-ĦABBAR T'GĦAWDEX   Is-Sibt 5 ta' Diċembru 2026   AĦBARIJIET   5"),
        (
            "art",
            {
                "head": [
                    ("title", "Il-pjazza ta' Ħal Kerċem tinfetaħ qabel il-Milied"),
                    (
                        "subtitle",
                        "Wara disa' xhur ta' xogħlijiet, ir-residenti se jerġgħu jiltaqgħu fil-qalba tar-raħal.",
                    ),
                    ("byline", "MARIJA CAMILLERI"),
                ],
                "alts": {"byline": ["MARIJA CAMILLERI", "Marija Camilleri"]},
                "body": [
                    (
                        "p",
                        "Ix-xogħlijiet fuq il-pjazza ta' Ħal Kerċem, li bdew f'Marzu li "
                        "għadda, se jitlestew qabel il-Milied. Il-Kunsill Lokali qal li "
                        "l-pjazza se tinfetaħ għall-pubbliku nhar is-Sibt 19 ta' "
                        "Diċembru, b'kunċert mill-banda tar-raħal.",
                    ),
                    (
                        "p",
                        "Is-sindku Pawlu Grech spjega li l-proġett swa madwar 850,000 ewro "
                        "u jinkludi bankijiet ġodda, dwal aktar baxxi u ż-żewġ siġriet "
                        "tal-ħarrub li ilhom ¦ hemm għal aktar minn mitt sena.",
                        [
                            ("caption", "Il-pjazza ta' Ħal Kerċem waqt l-aħħar xogħlijiet."),
                            ("credit", "Ritratt: Kevin Xuereb"),
                        ],
                    ),
                    (
                        "p",
                        "Xi residenti lmentaw mill-ħsejjes u mit-traffiku matul ix-xogħlijiet, "
                        "iżda ħafna minnhom jgħidu li r-riżultat kien jixraq l-istennija. "
                        "'Issa t-tfal ikollhom fejn jilagħbu,' qalet Rita Said, omm ta' "
                        "tlett itfal.",
                    ),
                    (
                        "p",
                        "Il-Kunsill qed jippjana wkoll li jwessa' l-bankina tat-triq li twassal mill-pjazza sal-",
                    ),
                    ("furn", "Ikompli f'paġna 6"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "Vapur ġdid bejn Għawdex u Malta sas-sajf"),
                    ("byline", "minn Ġużeppi Farrugia", "Ġużeppi Farrugia"),
                ],
                "body": [
                    (
                        "p",
                        "Il-kumpanija tal-vapuri ħabbret li t-tielet vapur tal-passiġġieri, "
                        "li qed jinbena fi Spanja, se jibda jaqsam bejn l-Imġarr u "
                        "ċ-Ċirkewwa sa Ġunju li ġej.",
                    ),
                    (
                        "p",
                        "Il-vapur il-ġdid se jġorr sa 900 passiġġier u 200 karozza. "
                        "Il-kaptan Joe Mifsud qal li dan se jnaqqas il-kjuwijiet twal "
                        "fix-xhur tas-sajf, meta l-Għawdxin u t-turisti jistennew sa "
                        "sagħtejn biex jaqsmu.",
                    ),
                    (
                        "p",
                        "Il-vapur se jkollu wkoll kamra apposta għall-passiġġieri b'diżabbiltà u "
                        "spazju akbar għar-roti. Il-kumpanija qalet li l-prezz tal-biljett mhux se "
                        "jinbidel, u li l-vapur l-antik se jibqa' jintuża biss għat-trakkijiet "
                        "bil-lejl.",
                    ),
                    (
                        "p",
                        "Il-Ministeru għal Għawdex qal li qed jiddiskuti wkoll ma' "
                        "l-kumpanija biex jiżdiedu l-vjaġġi bil-lejl fil-weekends tas-sajf.",
                    ),
                ],
            },
        ),
        ("label", "FIL-QOSOR"),
        (
            "art",
            {
                "head": [("title", "Ġbir ta' ikel għall-familji")],
                "alts": label_alts("FIL-QOSOR"),
                "body": [
                    (
                        "p",
                        "Il-parroċċa tax-Xagħra qed tiġbor ikel f'landa u oġġetti tal-indafa "
                        "għall-familji fil-bżonn. Wieħed jista' jħalli ¦ l-għotjiet "
                        "fis-sagristija kuljum wara l-quddiesa ta' filgħodu.",
                        [("furn", "5   IL-ĦABBAR T'GĦAWDEX   5.12.2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Presepju ħaj f'Għajnsielem")],
                "alts": label_alts("FIL-QOSOR"),
                "body": [
                    (
                        "p",
                        "Il-presepju ħaj se jkun miftuħ kull nhar ta' Sibt u Ħadd minn "
                        "12 ta' Diċembru sas-6 ta' Jannar, bejn l-4 u t-8 ta' filgħaxija.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Triq magħluqa fir-Rabat")],
                "alts": label_alts("FIL-QOSOR"),
                "body": [
                    (
                        "p",
                        "Triq il-Ġnien se tibqa' magħluqa għat-traffiku sal-Ġimgħa minħabba "
                        "xogħlijiet fuq il-katusi tal-ilma.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Kors tal-ikel tradizzjonali")],
                "alts": label_alts("FIL-QOSOR"),
                "body": [
                    (
                        "p",
                        "Il-Kunsill Lokali tan-Nadur jorganizza kors qasir fuq il-ftira "
                        "Għawdxija u l-ġbejniet. Il-lezzjonijiet isiru l-Erbgħa filgħaxija "
                        "fiċ-ċentru tal-anzjani, u l-postijiet huma limitati għal għoxrin.",
                    )
                ],
            },
        ),
    ],
}


LIETUVA = {
    "name": "lt_latin7_lf_rajono_laikrastis_e_dot_u_macron_low_high_quotes_spaced_hyphen_dash_"
    "title_lead_subtitle_byline_first_name_surname_caps_lithuanian_hyphenation_caption_"
    "autores_nuotr_midsentence_nukelta_jump_trumpai_items_running_head_midsentence",
    "encoding": "iso8859_13",
    "newline": "\n",
    "script": "latin",
    "cols": 50,
    "indent": "",
    "blank": True,
    "not_in": ("cp1252", "iso8859_2"),
    "date": "2026-12-10",
    "page": "3",
    "note": "Nevėžio krantai 2026-12-10 page 3 RAJONO NAUJIENOS, ISO-8859-13 (ą č ę ė į š ų ū ž, "
    "„ “), LF; blank-line paragraphs, hard-wrapped at 50 columns, Lithuanian words hyphenated "
    "at a line end, a spaced ASCII hyphen as the dash (no en dash in the code page). Title, "
    "lead (subtitle), byline line `Rūta JANKAUSKIENĖ` (surname in capitals), a caption + "
    "`Autorės nuotr.` inside a sentence, `Nukelta į 4 p.`; a second story; TRUMPAI items, the "
    "running head inside one.",
    "items": [
        ("furn", "NEVĖŽIO KRANTAI   2026 m. gruodžio 10 d., ketvirtadienis   3"),
        (
            "art",
            {
                "head": [
                    ("title", "Senojoje mokykloje įsikurs bendruomenės namai"),
                    (
                        "subtitle",
                        "Rajono savivaldybė skyrė 240 tūkst. eurų buvusiai Pakruojėlio "
                        "mokyklai sutvarkyti. Darbai turėtų baigtis iki vasaros.",
                    ),
                    ("byline", "Rūta JANKAUSKIENĖ"),
                ],
                "alts": {"byline": ["Rūta JANKAUSKIENĖ", "Rūta Jankauskienė"]},
                "body": [
                    (
                        "p",
                        "Pakruojėlio kaimo mokykla buvo uždaryta prieš sep~tynerius metus, "
                        "kai joje liko vos dvylika mokinių. Nuo tada pastatas stovėjo "
                        "tuščias, o pro jo stogą ėmė lašėti vanduo.",
                    ),
                    (
                        "p",
                        "„Žmonės vis klausdavo, kas bus su mokykla. Čia mokėsi mūsų tėvai "
                        "ir seneliai“, - sakė bendruo~menės pirmininkė Dalia Vaitkienė. "
                        "Pasak jos, ¦ bendruomenė jau turi daug sumanymų: čia veiks "
                        "biblioteka, sporto salė ir dirbtuvės jaunimui.",
                        [
                            ("caption", "Buvusi Pakruojėlio mokykla laukia remonto."),
                            ("credit", "Autorės nuotr."),
                        ],
                    ),
                    (
                        "p",
                        "Bendruomenė jau surinko daugiau nei šimtą gyvento~jų parašų ir pati "
                        "prisidės prie darbų: vyrai žada talkose išardyti senas grindis, o "
                        "moterys - sutvarkyti aplinką.",
                    ),
                    (
                        "p",
                        "Savival~dybės adminis~tracijos direktorius Arūnas Petraitis sakė, "
                        "kad pirmiausia bus pakeistas stogas ir langai, įrengtas naujas "
                        "šildymas. Vėliau planuojama sutvarkyti ir mokyklos kiemą, kuriame",
                    ),
                    ("furn", "Nukelta į 4 p."),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "Gruodžio 19-ąją - kalėdinė mugė"),
                    ("byline", "Tomas BALČIŪNAS"),
                ],
                "alts": {"byline": ["Tomas BALČIŪNAS", "Tomas Balčiūnas"]},
                "body": [
                    (
                        "p",
                        "Gruodžio 19 dieną miesto aikštėje vyks tradicinė kalėdinė mugė. "
                        "Savo gaminius pristatys daugiau nei 50 rajono amati~ninkų ir "
                        "ūkininkų.",
                    ),
                    (
                        "p",
                        "Vaikų lauks Kalėdų senelis, o vakare aikštėje bus įžiebta "
                        "kalėdinė eglė. Renginio pradžia - 11 valandą, įėjimas nemokamas.",
                    ),
                    (
                        "p",
                        "Mugės organi~zatoriai primena, kad automobilius geriausia palikti prie "
                        "kultūros centro ar turga~vietės, nes centrinės gatvės tą dieną nuo 9 iki "
                        "20 valandos bus uždarytos eismui. Į mugę kviečiami ir prekybininkai iš "
                        "kaimyninių rajonų, registracija vyksta iki gruodžio 15 dienos.",
                    ),
                ],
            },
        ),
        ("label", "TRUMPAI"),
        (
            "art",
            {
                "head": [("title", "Biblioteka dirbs ir šeštadieniais")],
                "alts": label_alts("TRUMPAI"),
                "body": [
                    (
                        "p",
                        "Gruodį rajono viešoji biblioteka skaitytojų lauks ir šeštadieniais "
                        "nuo 10 iki 15 val. Čia ¦ taip pat galima pasiskolinti stalo žaidimų.",
                        [("furn", "3   NEVĖŽIO KRANTAI   2026-12-10")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Keičiasi autobusų tvarkaraštis")],
                "alts": label_alts("TRUMPAI"),
                "body": [
                    (
                        "p",
                        "Nuo gruodžio 14 dienos autobusas į Linkuvą iš autobusų stoties išvyks ne 7.10, o 7.25 val.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Ūkininkai kviečiami į seminarą")],
                "alts": label_alts("TRUMPAI"),
                "body": [
                    (
                        "p",
                        "Gruodžio 16 dieną kultūros centre vyks seminaras apie naujas "
                        "paramos taisykles. Būtina išankstinė registracija telefonu.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Rastas šuo laukia šeimininkų")],
                "alts": label_alts("TRUMPAI"),
                "body": [
                    (
                        "p",
                        "Šeduvos gyvūnų globos namuose laukia praėjusią savaitę Radviliškio "
                        "gatvėje rastas rudas mišrūnas. Šeimininkai prašomi skambinti globos "
                        "namams darbo dienomis nuo 9 iki 17 val.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Prasideda eglučių prekyba")],
                "alts": label_alts("TRUMPAI"),
                "body": [
                    (
                        "p",
                        "Nuo gruodžio 15 dienos miškų urėdijos aikštelėje prie Linkuvos kelio "
                        "bus galima įsigyti kalėdinių eglučių. Jos kainuos nuo 12 iki 30 eurų.",
                    )
                ],
            },
        ),
    ],
}

PAGES = [QICHE, TW_SHEHUI, SANNONG, JINIAN, XIAOYUAN, PINGLUN, ROMANA, SLOVENSKO, MALTI, LIETUVA]
