"""The text of every holdout30 page, written once (all papers, people, firms and events invented).

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


KEPU = {
    "name": "zh_gbk_crlf_kepu_tansuo_page_jindi_xiaoxingxing_story_byline_line_caption_sheying_"
    "midsentence_xiazhuan_jump_zhishi_lianjie_box_running_head_midsentence_kexue_piyao_"
    "liuyan_zhenxiang_pairs_kexie_credit",
    "encoding": "gbk",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 44,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": (),
    "date": "2026-12-04",
    "page": "B6",
    "note": "澴水晚报 2026-12-04 B6 科普·探索, GBK, CRLF; blank-line paragraphs with a U+3000 "
    "indent, hard-wrapped at 22 characters. A 小行星 story (kicker, title, byline line with a "
    "通讯员), a caption + credit inside a sentence, `（下转B7版）`; a 知识链接 box (label, "
    "title, two paragraphs); a 冬季静电 story with the running head inside a sentence; a "
    "科学辟谣 box of `流言：`/`真相：` paragraphs with the 科协 credit line under it.",
    "items": [
        ("furn", "澴水晚报　2026年12月4日　星期五　B6　科普·探索"),
        ("furn", "主编：钟启明　　责任编辑：蒋　黎　　美编：付　彤"),
        (
            "art",
            {
                "head": [
                    ("kicker", "本市天文爱好者连续观测四十个夜晚"),
                    ("title", "一颗近地小行星的编号里有了“澴水”"),
                    ("byline", "本报记者　邵一帆　通讯员　柯　岚"),
                ],
                "alts": {"byline": ["本报记者　邵一帆　通讯员　柯　岚", "邵一帆", "本报记者　邵一帆"]},
                "body": [
                    (
                        "p",
                        "12月3日，澴水市青少年天文台收到国际小行星中心发来的确认邮件：由该台"
                        "指导教师罗振宇和两名高中生共同发现的一颗近地小行星，获得了国际临时"
                        "编号2026 WH7。这是本市业余观测者首次独立发现近地小行星。",
                    ),
                    (
                        "p",
                        "罗振宇告诉记者，这颗小行星直径约120米，绕太阳运行一周约需1.9年。"
                        "今年10月下旬，他们在例行巡天时注意到一个移动很快的暗弱光点，随后"
                        "连续四十个夜晚追踪观测，¦累计拍摄图像2300多张，才把它的轨道算准。",
                        [
                            ("caption", "罗振宇（左）和学生在天文台圆顶内调试望远镜。"),
                            ("credit", "通讯员　柯　岚　摄"),
                        ],
                    ),
                    (
                        "p",
                        "参与发现的高二学生葛小满说，最难的是阴雨天多，好几次刚找到目标，云就"
                        "上来了。“我们排了值班表，每个晴夜都有人守到凌晨两点。”",
                    ),
                    (
                        "p",
                        "省天文学会秘书长滕嘉禾表示，按照惯例，小行星的轨道被多次精确测定后，"
                        "发现者将获得命名提名权。天文台已计划征集市民意见，希望用“澴水”为它",
                    ),
                    ("furn", "（下转B7版）"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "知识链接"), ("title", "什么是近地小行星")],
                "alts": {"kicker": ["知识链接", None], "section": [None, "知识链接"]},
                "body": [
                    (
                        "p",
                        "近地小行星是指轨道近日点距离小于1.3个天文单位的小行星。目前人类已发现"
                        "的近地小行星超过3万颗，其中绝大多数不会对地球构成威胁。",
                    ),
                    (
                        "p",
                        "小行星被发现后先获得临时编号，轨道确定后再获得永久编号，发现者随后"
                        "可以提出名称，经国际天文学联合会审议通过后正式公布。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "冬天为什么总被“电”一下"),
                    ("byline", "本报记者　邵一帆"),
                ],
                "alts": {"byline": ["本报记者　邵一帆", "邵一帆"]},
                "body": [
                    (
                        "p",
                        "入冬以来，不少市民发现，开车门、摸门把手时常被“电”得一哆嗦。澴水"
                        "学院物理系副教授尤书琴解释，冬季空气干燥，人体与衣物摩擦产生的电荷"
                        "不容易散失，积累到一定程度，¦碰到金属物体就会瞬间放电。",
                        [("furn", "B6　科普·探索　2026.12.4")],
                    ),
                    (
                        "p",
                        "尤书琴说，静电电压虽然可达数千伏，但电流很小、时间极短，一般不会伤害"
                        "人体。想要减少静电，可以在室内使用加湿器，少穿化纤衣物，勤洗手、"
                        "多涂护手霜；开车门前先用钥匙碰一下车身，也能把电荷提前放掉。",
                    ),
                    (
                        "p",
                        "她特别提醒，加油站内静电可能引燃油气，加油前应先触摸静电释放器，加油过程中不要回到车内。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "青少年科技节收到作品四百余件")],
                "body": [
                    (
                        "p",
                        "本报讯（记者　蒋　黎）12月2日，第十一届澴水市青少年科技创新节作品"
                        "征集结束，全市62所中小学共报送科技发明、科学论文和科幻画作品416件，"
                        "比上届增加近一百件。",
                    ),
                    (
                        "p",
                        "市科协相关负责人介绍，今年新增“人工智能与生活”专题，学生可以提交"
                        "自己编写的小程序和智能装置。评审结果将于本月下旬公布，优秀作品将"
                        "推荐参加省赛。",
                    ),
                ],
                "alts": {"byline": [None, "蒋　黎"]},
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "科学辟谣"), ("title", "这些说法靠谱吗")],
                "alts": {"kicker": ["科学辟谣", None], "section": [None, "科学辟谣"]},
                "body": [
                    ("p", "流言：冬天用热水泡脚，水越烫越好。"),
                    (
                        "p",
                        "真相：水温过高容易烫伤皮肤，糖尿病患者尤其要当心。泡脚水温以40℃左右为宜，时间不超过20分钟。",
                    ),
                    ("p", "流言：手机充电时玩游戏，电池会爆炸。"),
                    (
                        "p",
                        "真相：使用原装充电器、电池无破损时，边充边用并不会引起爆炸，但会让手机发热、加快电池老化。",
                    ),
                    ("credit", "（本栏稿件由澴水市科协提供）"),
                ],
            },
        ),
    ],
}


CHANGBAO = {
    "name": "zh_utf16be_bom_lf_1993_changbao_factory_paper_neibu_ziliao_masthead_qihao_furniture_"
    "chejian_xinwen_tongxunyuan_byline_line_guangrongbang_list_lines_anquan_kuaixun_"
    "end_signature_office_zhigong_yuandi_poem_running_head_midsentence",
    "encoding": "utf-16-be",
    "bom": b"\xfe\xff",
    "newline": "\n",
    "script": "cjk",
    "cols": 40,
    "indent": "\u3000\u3000",
    "blank": False,
    "gap_between": True,
    "not_in": (),
    "date": "1993-06-18",
    "page": "1",
    "note": "江岸机床厂报 第347期 1993-06-18, front page (page 1 only in the foot line), "
    "UTF-16 BE with BOM, LF; paragraphs marked only by a U+3000 indent, a blank line between "
    "articles, hard-wrapped at 20 characters. Masthead furniture (name, 主办 line with the "
    "issue number, date, 内部资料 line); a 车间新闻 story with a `二车间通讯员　X` byline "
    "line and the page's foot line `江岸机床厂报　第347期　第1版` inside a sentence; a 五月份生产标兵 "
    "光荣榜 (list lines, one paragraph each); a 安全生产 item signed `（厂安全科）` at its "
    "foot; a 职工园地 poem (one paragraph per line) signed `装配车间　X`.",
    "items": [
        ("furn", "江岸机床厂报"),
        ("furn", "中共江岸机床厂委员会主办　　　第347期"),
        ("furn", "1993年6月18日　星期五"),
        ("furn", "（内部资料　免费交流）"),
        (
            "art",
            {
                "head": [
                    ("section", "车间新闻"),
                    ("title", "二车间提前十二天完成上半年任务"),
                    ("byline", "二车间通讯员　方大勇"),
                ],
                "alts": {
                    "section": ["车间新闻", None],
                    "kicker": [None, "车间新闻"],
                    "byline": ["二车间通讯员　方大勇", "方大勇"],
                },
                "body": [
                    (
                        "p",
                        "6月16日下午，随着最后一台C6140车床床身通过检验，二车间提前十二天完"
                        "成了厂部下达的上半年生产任务，共加工床身1860件，一次交验合格率达到"
                        "98.7%，比去年同期提高了2.3个百分点。",
                    ),
                    (
                        "p",
                        "今年以来，车间在全体职工中开展“比质量、比效率、比安全”劳动竞赛，"
                        "把任务分解到班组、落实到机台。导轨磨削是车间的“卡脖子”工序，¦老师"
                        "傅邱德厚带领青年工人连续攻关一个多月，改进了夹具，把每件的磨削时间"
                        "从五个小时缩短到三个半小时。",
                        [("furn", "江岸机床厂报　第347期　第1版")],
                    ),
                    (
                        "p",
                        "车间主任温建华说，下半年出口订单增加，车间将继续抓好质量，确保全年任务圆满完成。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "厂部召开职工代表大会"),
                    ("subtitle", "——讨论通过《工资分配改革试行办法》", "讨论通过《工资分配改革试行办法》"),
                ],
                "body": [
                    (
                        "p",
                        "本报讯　6月12日，厂第九届职工代表大会第三次会议在厂俱乐部召开，"
                        "一百四十六名职工代表出席。会议听取了厂长贺振邦所作的《关于深化企业"
                        "内部改革的报告》，讨论通过了《工资分配改革试行办法》。",
                    ),
                    (
                        "p",
                        "按照试行办法，从七月份起，全厂实行岗位技能工资制，奖金与车间产量、"
                        "质量和成本挂钩，拉开档次。贺振邦在报告中说，改革的目的是调动大家"
                        "的积极性，多劳多得，绝不搞平均主义，也不让老实人吃亏。",
                    ),
                    (
                        "p",
                        "代表们还就职工住房、子弟学校搬迁和食堂伙食等问题提出了二十三条提案，"
                        "厂部表示将在一个月内逐条答复。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "五月份生产标兵光荣榜")],
                "body": [
                    ("p", "铸造车间：齐长林　曹秀英"),
                    ("p", "一车间：汤建国　刘桂芝　聂小平"),
                    ("p", "二车间：邱德厚　姚　军"),
                    ("p", "装配车间：戴春生　钱慧敏"),
                    ("p", "工具车间：何永利"),
                    ("end", "byline", "厂工会　厂团委"),
                ],
                "alts": {"byline": ["厂工会　厂团委", None]},
            },
        ),
        (
            "art",
            {
                "head": [("title", "安全月检查查出隐患二十一处")],
                "alts": {"byline": ["厂安全科", None]},
                "body": [
                    (
                        "p",
                        "六月是全国“安全生产月”。6月1日至15日，厂安全科会同各车间对全厂"
                        "设备、电气线路和消防器材进行了拉网式检查，共查出隐患二十一处，"
                        "已整改十七处，其余四处限期在本月底前整改完毕。",
                    ),
                    (
                        "p",
                        "检查中发现，个别职工上班不戴防护眼镜，行车下站人。厂部重申，违反"
                        "安全操作规程的，一经查实，扣发当月奖金。",
                    ),
                    ("end", "byline", "（厂安全科）", "厂安全科"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "厂子弟学校迎来建校三十周年")],
                "alts": {"byline": ["厂工会　龚　平", "龚　平", None]},
                "body": [
                    (
                        "p",
                        "6月10日，厂子弟学校举行建校三十周年庆祝会。三十年来，学校共培养"
                        "初中毕业生四千多名，其中不少人又回到厂里，成为技术骨干。厂党委书记"
                        "唐国栋到会讲话，并向学校赠送了一台电子琴和二百册图书。",
                    ),
                    ("end", "byline", "厂工会　龚　平"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("section", "职工园地"), ("title", "夜班")],
                "alts": {
                    "section": ["职工园地", None],
                    "kicker": [None, "职工园地"],
                    "byline": ["装配车间　卢红梅", "卢红梅"],
                },
                "body": [
                    ("p", "车间的灯亮到天明，"),
                    ("p", "机床唱着不停的歌。"),
                    ("p", "铁屑像星星落下，"),
                    ("p", "我们把月亮车成了圆。"),
                    ("p", "下班的时候，"),
                    ("p", "江上的汽笛刚刚醒来。"),
                    ("end", "byline", "装配车间　卢红梅"),
                ],
            },
        ),
    ],
}


NIUYUE = {
    "name": "zht_cp950_crlf_us_chinese_daily_niuyue_shequ_page_benbao_jizhe_niuyue_baodao_lead_"
    "english_names_in_brackets_caption_sheying_midsentence_running_head_midsentence_"
    "shequ_huodong_listing_box_time_place_lines_phone_numbers",
    "encoding": "cp950",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 46,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": (),
    "date": "2026-12-02",
    "page": "B3",
    "note": "美東華聲報 2026-12-02 B3 社區新聞 (a New York Chinese-language daily), cp950, "
    "CRLF; blank-line paragraphs with a U+3000 indent, hard-wrapped at 23 characters. A "
    "華埠 story with a `【本報記者陳麗萍紐約報導】` lead, English names in brackets and a "
    "caption + `（記者陳麗萍／攝）` inside a sentence; a 法拉盛 story with the running head "
    "inside a sentence; a 社區活動 box whose items are a title line and a "
    "`時間：`/`地點：`/`電話：` line each.",
    "items": [
        ("furn", "美東華聲報　2026年12月2日　星期三　B3　社區新聞"),
        (
            "art",
            {
                "head": [
                    ("kicker", "華埠商會籌備農曆新年活動"),
                    ("title", "明年花車巡遊改走包厘街"),
                ],
                "alts": {"byline": [None, "陳麗萍"]},
                "body": [
                    (
                        "p",
                        "【本報記者陳麗萍紐約報導】華埠商會（Chinatown Business Association）"
                        "11月30日晚召開會員大會，確定2027年農曆新年花車巡遊將於2月14日舉行，"
                        "路線由原來的勿街改為包厘街（Bowery），以容納更多觀眾。",
                    ),
                    (
                        "p",
                        "商會會長伍國樑表示，今年巡遊吸引了約五萬名觀眾，勿街路段過窄，"
                        "不少長者和推嬰兒車的家庭¦擠不進去。新路線全長約1.2英里，沿途將設"
                        "三處觀禮區，並與市警第五分局（5th Precinct）協調封路安排。",
                        [
                            ("caption", "華埠商會會員大會上，伍國樑（中）介紹新的巡遊路線。"),
                            ("credit", "（記者陳麗萍／攝）"),
                        ],
                    ),
                    (
                        "p",
                        "今年共有三十八個社團報名參加巡遊，商會預計活動經費約十二萬元，"
                        "除市府撥款外，其餘向商戶募集。有意贊助的商戶可致電（212）555-0186"
                        "查詢。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "法拉盛圖書館中文藏書增至三萬冊"),
                    ("byline", "本報記者　黃志恆"),
                ],
                "alts": {"byline": ["本報記者　黃志恆", "黃志恆"]},
                "body": [
                    (
                        "p",
                        "皇后區公共圖書館法拉盛分館（Flushing Library）宣布，今年新購中文圖書"
                        "四千二百冊，中文藏書總數已超過三萬冊，是全市中文館藏最多的公共圖書館。",
                    ),
                    (
                        "p",
                        "分館館長瑪麗．柯恩（Mary Cohen）說，華裔讀者最常借閱的是小說、"
                        "育兒和保健類書籍，¦最近一年兒童繪本的借閱量增加了四成。館方"
                        "每週六上午舉辦中文親子故事會，由義工用普通話和粵語輪流講故事。",
                        [("furn", "B3　社區新聞　美東華聲報　2026.12.2")],
                    ),
                    (
                        "p",
                        "辦理借書證只需攜帶附有照片的證件和住址證明，不限移民身分。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "中華公所頒發獎學金　二十名學生獲獎")],
                "alts": {"byline": [None, "林嘉明"]},
                "body": [
                    (
                        "p",
                        "【本報記者林嘉明紐約報導】紐約中華公所11月29日在會所禮堂舉行第四十六屆"
                        "獎學金頒獎典禮，二十名華裔高中畢業生各獲頒二千元獎學金，其中多人"
                        "來自華埠周邊的新移民家庭。",
                    ),
                    (
                        "p",
                        "中華公所主席李耀宗致詞時勉勵學生，不要忘記自己的根，學好中文，"
                        "將來回饋社區。獲獎學生、就讀史岱文森高中（Stuyvesant High School）的"
                        "鄺曉晴說，父母在衣廠和餐館工作，這筆錢會用來買大學的課本。",
                    ),
                    (
                        "p",
                        "典禮上，多個同鄉會和商號也捐出款項，令明年的獎學金名額增至二十五個。",
                    ),
                ],
            },
        ),
        ("label", "社區活動"),
        (
            "art",
            {
                "head": [("title", "長者免費報稅講座")],
                "alts": label_alts("社區活動"),
                "body": [
                    ("p", "時間：12月5日（週六）上午10時至12時"),
                    ("p", "地點：華人社區服務中心（曼哈頓伊莉莎白街88號）"),
                    ("p", "電話：（212）555-0142"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "冬季流感疫苗接種日")],
                "alts": label_alts("社區活動"),
                "body": [
                    ("p", "時間：12月6日（週日）下午1時至4時"),
                    ("p", "地點：法拉盛華人浸信會禮堂，須攜帶保險卡"),
                    ("p", "電話：（718）555-0137"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "粵劇票友聖誕聯歡")],
                "alts": label_alts("社區活動"),
                "body": [
                    ("p", "時間：12月19日（週六）晚上7時"),
                    ("p", "地點：布碌崙八大道僑聲會所，入場免費"),
                ],
            },
        ),
    ],
}


MAJING = {
    "name": "zht_big5hkscs_lf_hk_majing_racing_page_benbaoxun_race_report_cantonese_jockey_quotes_"
    "gaa_zo_hai_lei_caption_midsentence_saiguo_results_lines_mafang_xiaoxi_items_running_foot_"
    "midsentence_tipster_column_signed_pen_name_at_foot",
    "encoding": "big5hkscs",
    "newline": "\n",
    "script": "cjk",
    "cols": 44,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": ("cp950", "big5"),
    "date": "2026-11-30",
    "page": "C8",
    "note": "港島日報 2026-11-30 C8 馬經 (Hong Kong), Big5-HKSCS (`嘅 咗 喺 啲 嚟 嗰 啱`, not in "
    "cp950), LF; blank-line paragraphs with a U+3000 indent, hard-wrapped at 22 characters. A "
    "race report (kicker, title, `【本報訊】` lead, a jockey's and a trainer's Cantonese quotes, "
    "a caption + credit inside a sentence); a 賽果 box of result lines (one paragraph each) "
    "under `賽果撮要`; 馬房消息 items, the running foot inside one; a tipster column signed "
    "`（金手指）` at its foot.",
    "items": [
        ("furn", "港島日報　2026年11月30日　星期一　C8　馬經"),
        (
            "art",
            {
                "head": [
                    ("kicker", "沙田一級賽　大外疊上後發制人"),
                    ("title", "「星河駿」力壓大熱奪冠"),
                ],
                "body": [
                    (
                        "p",
                        "【本報訊】沙田馬場昨日上演一級賽港島盃（一千六百米），由梁家泰訓練、"
                        "潘文傑策騎嘅「星河駿」起步後留守後列，入直路後大外疊上，最後一百米"
                        "追過領放嘅大熱門「金鑽豪情」，以一個馬位勝出，獨贏派彩八十七元五角。",
                    ),
                    (
                        "p",
                        "潘文傑賽後表示：「佢今日好聽話，轉彎時我都唔敢催佢，入直路我一叫佢"
                        "就嚟，最後嗰段¦衝得好勁。」這是他本季第三場一級賽勝仗。",
                        [
                            ("caption", "潘文傑策騎「星河駿」衝過終點。"),
                            ("credit", "本報記者　梁志輝攝"),
                        ],
                    ),
                    (
                        "p",
                        "練馬師梁家泰笑言：「上仗佢喺跑道上面蹄有啲唔妥，休息咗三個禮拜，"
                        "今次狀態啱啱好。」他透露，「星河駿」下一站將出戰一月的香港金盃。",
                    ),
                    (
                        "p",
                        "昨日沙田全日投注額錄得十二億三千萬元，較去年同日上升百分之四，入場人數約四萬二千人。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "賽果撮要"), ("title", "昨日沙田部分賽果")],
                "alts": {"kicker": ["賽果撮要", None], "section": [None, "賽果撮要"]},
                "body": [
                    ("p", "第一場　一千二百米　頭馬：金運來　騎師：何子朗　獨贏：46.5"),
                    ("p", "第三場　一千四百米　頭馬：醒目仔　騎師：潘文傑　獨贏：28.0"),
                    ("p", "第五場　一千米　頭馬：天天向上　騎師：麥家輝　獨贏：112.5"),
                    ("p", "第八場　一千六百米　頭馬：星河駿　騎師：潘文傑　獨贏：87.5"),
                    ("p", "第十場　一千八百米　頭馬：好運當頭　騎師：鍾永聰　獨贏：35.0"),
                ],
            },
        ),
        ("label", "馬房消息"),
        (
            "art",
            {
                "head": [("title", "「金鑽豪情」賽後流鼻血")],
                "alts": label_alts("馬房消息"),
                "body": [
                    (
                        "p",
                        "昨日敗北的大熱門「金鑽豪情」賽後被發現流鼻血，按規例須停賽三個月。"
                        "練馬師黎志堅話：「佢跑到最後兩百米已經唔對路，¦冇辦法，只可以等佢"
                        "休息好先再諗。」",
                        [("furn", "港島日報　馬經　C8　2026.11.30")],
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "新馬「快樂伙伴」周三試閘")],
                "alts": label_alts("馬房消息"),
                "body": [
                    (
                        "p",
                        "由英國購入的三歲馬「快樂伙伴」將於周三早上在沙田試閘。馬主表示，"
                        "匹馬嚟咗香港兩個月，已經習慣咗天氣，希望明年初可以出賽。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "何子朗停賽四日")],
                "alts": label_alts("馬房消息"),
                "body": [
                    (
                        "p",
                        "騎師何子朗昨日第六場策騎「勁勢」時，於最後三百米打斜，阻礙"
                        "另一匹馬走位，被競賽董事小組判罰停賽四個賽馬日，即日起生效。"
                        "何子朗表示會接受判決，唔會上訴。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("section", "貼士王"), ("title", "周三跑馬地　留意輕磅馬")],
                "alts": {
                    "section": ["貼士王", None],
                    "kicker": [None, "貼士王"],
                    "byline": ["金手指", None],
                },
                "body": [
                    (
                        "p",
                        "跑馬地周三夜賽以低班馬為主，跑道彎位急，檔位同磅重好關鍵。筆者最睇好"
                        "第四場嘅「好時光」，佢上仗被困喺馬群入面冇位出，今次排二檔，負磅又"
                        "輕咗五磅，只要起步順利，應該有力一搏。",
                    ),
                    (
                        "p",
                        "另外第七場嘅「威風小子」近況穩定，晨操時間亦越嚟越快，可以搭配。"
                        "至於熱門「銀河戰士」，佢喺跑馬地從未贏過，今次排大外檔，唔宜重注。",
                    ),
                    (
                        "p",
                        "最後提提各位，天文台話周三晚有驟雨，跑道如果轉爛，就要留意啲"
                        "有泥地經驗嘅馬。賭馬要有節制，輸咗唔好追。",
                    ),
                    ("end", "byline", "（金手指）", "金手指"),
                ],
            },
        ),
    ],
}


MEISHI = {
    "name": "zh_gb18030_lf_meishi_xunwei_page_laozihao_fenguan_story_byline_line_rare_char_name_"
    "caption_sheying_midsentence_running_head_midsentence_jiachang_caipu_box_shicai_zuofa_"
    "numbered_steps_meishi_ditu_list_lines_dizhi_renjun",
    "encoding": "gb18030",
    "newline": "\n",
    "script": "cjk",
    "cols": 42,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": ("gbk",),
    "date": "2026-12-05",
    "page": "A11",
    "note": "湘沅都市报 2026-12-05 A11 寻味·美食, GB18030 (`𬞟` U+2C79F in a name, not in GBK), "
    "LF; blank-line paragraphs with a U+3000 indent, hard-wrapped at 21 characters. A 老字号 "
    "粉馆 story (kicker, title, byline line), the owner `沈𬞟` named twice, a caption + "
    "credit inside a sentence, the running head inside a sentence; a 家常菜谱 box (title, "
    "`食材：` line, four numbered `做法` lines, a `小贴士：` line, one paragraph each); a "
    "美食地图 list of three shops, each a `■` item line (markup) with its address and price "
    "line; a 本报讯 item.",
    "items": [
        ("furn", "湘沅都市报　2026年12月5日　星期六　A11　寻味·美食"),
        ("furn", "责任编辑：晏　秋　　校对：廖　萍"),
        (
            "art",
            {
                "head": [
                    ("kicker", "一碗米粉守了三代人"),
                    ("title", "凌晨四点，老街口的灶火先醒"),
                    ("byline", "本报记者　邝晓雯"),
                ],
                "alts": {"byline": ["本报记者　邝晓雯", "邝晓雯"]},
                "body": [
                    (
                        "p",
                        "凌晨四点，沅陵老街口还是一片漆黑，“沈记米粉”的后厨已经亮起了灯。"
                        "六十二岁的店主沈𬞟把前一晚熬了八个小时的骨头汤重新烧开，香气顺着"
                        "门缝飘到街上。",
                    ),
                    (
                        "p",
                        "沈记米粉开张于1958年，最早是沈𬞟的祖父挑着担子沿街叫卖。店里的"
                        "米粉至今用本地早稻米磨浆、蒸皮、切条，¦每天只做三百斤，卖完就关门。",
                        [
                            ("caption", "沈𬞟在后厨给米粉浇上刚熬好的牛骨汤。"),
                            ("credit", "本报记者　邝晓雯　摄"),
                        ],
                    ),
                    (
                        "p",
                        "“汤是米粉的魂。”沈𬞟说，牛骨要先焯水去腥，再加草果、八角、桂皮等"
                        "十几味香料小火慢熬，中途不能加冷水。不少在外地工作的沅陵人回乡，"
                        "下了车第一件事就是来吃一碗粉。",
                    ),
                    (
                        "p",
                        "如今，沈𬞟的女儿沈佳怡辞去省城的工作回到店里，开通了网上订购，"
                        "把真空包装的米粉和汤料寄往全国各地。¦她说，老味道不能变，但卖粉"
                        "的法子可以变。今年以来，网店已卖出米粉两万多份。",
                        [("furn", "A11　寻味·美食　2026年12月5日")],
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "家常菜谱"), ("title", "萝卜丝鲫鱼汤")],
                "alts": {"kicker": ["家常菜谱", None], "section": [None, "家常菜谱"]},
                "body": [
                    ("p", "食材：鲫鱼1条（约400克），白萝卜半根，生姜3片，葱1根，盐、白胡椒适量。"),
                    ("p", "做法：1.鲫鱼洗净，用厨房纸吸干表面水分；白萝卜去皮切细丝。"),
                    ("p", "2.锅中放少许油，放入姜片，鲫鱼两面各煎2分钟至金黄。"),
                    ("p", "3.倒入开水没过鱼身，大火煮10分钟，汤色变白后放入萝卜丝。"),
                    ("p", "4.再煮5分钟，加盐和白胡椒调味，撒上葱花即可。"),
                    ("p", "小贴士：一定要倒开水，汤才会又白又浓。"),
                ],
            },
        ),
        ("label", "美食地图"),
        (
            "art",
            {
                "head": [("title", "■王婆婆糍粑", "王婆婆糍粑")],
                "alts": label_alts("美食地图"),
                "body": [
                    ("p", "地址：沅陵县太常街17号　　人均：12元"),
                    ("p", "现打的糯米糍粑裹上黄豆粉和红糖，软糯香甜，下午三点后常常售罄。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■江边烤鱼", "江边烤鱼")],
                "alts": label_alts("美食地图"),
                "body": [
                    ("p", "地址：沅江路滨江夜市B区　　人均：65元"),
                    ("p", "选用沅江里的鳜鱼和黄骨鱼，炭火慢烤，配上酸萝卜和紫苏，适合三五好友。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■阿花甜酒冲蛋", "阿花甜酒冲蛋")],
                "alts": label_alts("美食地图"),
                "body": [
                    ("p", "地址：府前巷3号　　人均：8元"),
                    ("p", "自酿的糯米甜酒冲入鸡蛋，再撒一把桂花，冬天喝一碗，浑身暖和。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "沅陵米粉制作技艺入选市级非遗")],
                "body": [
                    (
                        "p",
                        "本报讯　日前，市人民政府公布第六批市级非物质文化遗产代表性项目名录，"
                        "沅陵米粉制作技艺等23个项目入选。据了解，沅陵县现有米粉店400余家，"
                        "从业人员超过两千人。",
                    ),
                    (
                        "p",
                        "县文旅局相关负责人表示，下一步将编写米粉制作技艺传承读本，举办"
                        "米粉技艺比赛，并扶持老字号开设体验工坊，让游客亲手做一碗沅陵粉。",
                    ),
                ],
            },
        ),
    ],
}


DUIHUA = {
    "name": "zh_utf8bom_crlf_renwu_duihua_page_interview_yinti_zhuti_daoyu_subtitle_byline_line_"
    "jizhe_colon_interviewee_colon_qa_paragraphs_renwu_mingpian_box_running_head_midsentence_"
    "caption_midsentence_caifang_shouji_signed_at_foot",
    "encoding": "utf-8-sig",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 44,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": (),
    "date": "2026-12-07",
    "page": "7",
    "note": "清溪日报 2026-12-07 第7版 人物·对话, UTF-8 with BOM, CRLF; blank-line paragraphs "
    "with a U+3000 indent, hard-wrapped at 22 characters. An interview: 引题 `对话乡村夜校"
    "创办人许兰芝`, 主题, a 导语 paragraph set apart (the subtitle), byline line, then "
    "`记者：`/`许兰芝：` paragraphs with the running head and a caption + credit inside "
    "answers; a 人物名片 box (label, name line, three lines); a 采访手记 signed `（严澈）` "
    "at its foot.",
    "items": [
        ("furn", "清溪日报　2026年12月7日　星期一　第7版　人物·对话"),
        (
            "art",
            {
                "head": [
                    ("kicker", "对话乡村夜校创办人许兰芝"),
                    ("title", "“夜里的一盏灯，能照亮好多人”"),
                    (
                        "subtitle",
                        "五年前，退休教师许兰芝在村里办起了夜校。如今，夜校从一间教室"
                        "发展到十二个教学点，学员超过两千人次。近日，记者来到桃岭村，"
                        "听她讲述夜校的故事。",
                    ),
                    ("byline", "本报记者　严　澈"),
                ],
                "alts": {"byline": ["本报记者　严　澈", "严　澈"]},
                "body": [
                    ("p", "记者：当初为什么想到办夜校？"),
                    (
                        "p",
                        "许兰芝：我退休回到村里，发现很多留守的妇女和老人想学东西，白天要"
                        "下地、带孩子，没有时间。有位大姐跟我说，她连孙子的作业本都看不懂，"
                        "心里难受。我想，晚上大家有空，那就办夜校吧。",
                    ),
                    ("p", "记者：刚开始顺利吗？"),
                    (
                        "p",
                        "许兰芝：第一天晚上只来了七个人，还有两个是来看热闹的。我就挨家挨户"
                        "去请，先教大家用智能手机，怎么视频通话、怎么网上交电费，¦大家觉得"
                        "有用，一传十、十传百，教室很快就坐满了。",
                        [("furn", "第7版　人物·对话　2026年12月7日")],
                    ),
                    ("p", "记者：现在夜校都教些什么？"),
                    (
                        "p",
                        "许兰芝：识字、手机、种养技术、电商直播，还有跳舞和唱歌。课程都是"
                        "学员自己点的。我们请了农技站的技术员、镇医院的医生，¦还有从城里"
                        "回来的年轻人来当老师，都不要报酬。",
                        [
                            ("caption", "许兰芝（右）在夜校教学员使用手机缴费。"),
                            ("credit", "本报记者　严　澈　摄"),
                        ],
                    ),
                    ("p", "记者：您对夜校的将来有什么打算？"),
                    (
                        "p",
                        "许兰芝：我今年六十八了，总有干不动的一天。现在最要紧的是带出一批"
                        "年轻的志愿者，让这盏灯一直亮下去。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "人物名片"), ("title", "许兰芝")],
                "alts": {"kicker": ["人物名片", None], "section": [None, "人物名片"]},
                "body": [
                    ("p", "1958年生，清溪县桃岭村人，中学高级教师。"),
                    ("p", "2021年退休后创办桃岭乡村夜校，累计开课一千二百余节。"),
                    ("p", "2025年被评为全省“最美志愿者”。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("section", "采访手记"), ("title", "灯下的笔记本")],
                "alts": {
                    "section": ["采访手记", None],
                    "kicker": [None, "采访手记"],
                    "byline": ["严澈", None],
                },
                "body": [
                    (
                        "p",
                        "采访那天晚上，夜校正在上电商直播课。教室最后一排，一位七十多岁的"
                        "老人戴着老花镜，在笔记本上一笔一画地记着“上架”“链接”几个字。"
                        "他说，儿子在外地，他想自己把家里的茶叶卖出去。",
                    ),
                    (
                        "p",
                        "许兰芝说，夜校没有考试，也不发文凭，但每个人都带着笔记本来。那些"
                        "歪歪扭扭的字，是乡村最动人的风景。",
                    ),
                    ("end", "byline", "（严澈）", "严澈"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "全县乡村夜校已达八十六所")],
                "body": [
                    (
                        "p",
                        "本报讯　记者从县文明办获悉，自桃岭村办起第一所乡村夜校以来，"
                        "全县已有86个村建起夜校，今年累计开课四千多节，参加学习的村民"
                        "超过三万人次。县里每年安排专项资金，为夜校添置投影仪、桌椅和"
                        "图书，并组织农技、卫生、法律等方面的志愿者下乡授课。",
                    )
                ],
            },
        ),
    ],
}


LATVIJA = {
    "name": "lv_latin7_lf_novada_laikraksts_macron_cedilla_low_high_quotes_ievads_byline_line_"
    "domes_sede_numbered_decisions_caption_foto_midsentence_uzzinai_fact_box_"
    "lasitaju_vestule_signed_at_foot_running_head_midsentence",
    "encoding": "iso8859_13",
    "newline": "\n",
    "script": "latin",
    "cols": 50,
    "indent": "",
    "blank": True,
    "not_in": ("cp1252", "iso8859_4"),
    "date": "2026-12-04",
    "page": "2",
    "note": "Mēmeles Vēstis 2026-12-04 page 2 NOVADĀ (a Latvian district paper), ISO-8859-13 "
    "(`ā ē ī ū ģ ķ ļ ņ č š ž`, `„ ”`), LF; blank-line paragraphs, hard-wrapped at 50 columns, "
    "Latvian words hyphenated at a line end. A council-meeting report (title, ievads as "
    "subtitle, byline line) with five numbered decisions (one paragraph each) and a caption + "
    "`Foto: X` inside a sentence; an UZZIŅAI fact box; a reader's letter under LASĪTĀJU "
    "VĒSTULES signed at its foot with name and parish; a library item with the running head "
    "inside a sentence.",
    "items": [
        ("furn", "MĒMELES VĒSTIS   Piektdiena, 2026. gada 4. decembris   NOVADĀ   2"),
        (
            "art",
            {
                "head": [
                    ("title", "Dome atbalsta jaunu skolēnu autobusu iegādi"),
                    (
                        "subtitle",
                        "Novada domes kārtējā sēdē deputāti lēma par skolēnu pārvadājumiem, "
                        "ielu apgaismojumu un nekustamā īpašuma nodokļa atvieglojumiem.",
                    ),
                    ("byline", "Ilze Kalniņa"),
                ],
                "body": [
                    (
                        "p",
                        "Ceturtdien, 3. decembrī, novada domes sēdē piedalī~jās 13 no 15 "
                        "deputā~tiem. Darba kārtībā bija 24 jautājumi, un sēde ilga gandrīz "
                        "četras stundas. Svarīgākie pieņemtie lēmumi:",
                    ),
                    (
                        "p",
                        "1. iegā~dāties divus jaunus skolēnu auto~busus, kopējās izmaksas "
                        "līdz 310 000 eiro, no tiem 70 procentus sedzot no valsts budžeta "
                        "mērķdotā~cijas;",
                    ),
                    (
                        "p",
                        "2. ierīkot ielu apgaismo~jumu Skaistkalnes ciemā, Dārza un Skolas ielā;",
                    ),
                    (
                        "p",
                        "3. piešķirt nekustamā īpašuma nodokļa atvieglo~jumu 50 procentu "
                        "apmērā daudz~bērnu ¦ ģimenēm, kuras deklarē~jušas dzīvesvietu novadā;",
                        [
                            ("caption", "Deputāti balso par skolēnu autobusu iegādi."),
                            ("credit", "Foto: Jānis Ozoliņš"),
                        ],
                    ),
                    (
                        "p",
                        "4. pagari~nāt Bauskas ielas remont~darbu līgumu līdz nākamā gada 30. aprīlim;",
                    ),
                    ("p", "5. apstipri~nāt jaunu pirms~skolas izglī~tības iestādes nolikumu."),
                    (
                        "p",
                        "Domes priekšsē~dētājs Raimonds Bērziņš pēc sēdes sacīja: „Vecie "
                        "autobusi ir nobrau~kuši vairāk nekā miljonu kilo~metru, un ziemā tie "
                        "bieži salūst. Jaunie autobusi skolēnus sāks vadāt nākamā mācību "
                        "gada sākumā.”",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "UZZIŅAI"), ("title", "Skolēnu pārvadājumi novadā")],
                "alts": {"kicker": ["UZZIŅAI", None], "section": [None, "UZZIŅAI"]},
                "body": [
                    ("p", "Novadā ir 11 skolēnu autobusu marš~ruti."),
                    ("p", "Katru dienu ar tiem uz skolu brauc aptu~veni 640 bērnu."),
                    ("p", "Autobusi kopā gadā nobrauc ap 420 000 kilometru."),
                    ("p", "Avots: novada pašvaldība"),  # 2026-12-05: the box's last line, a paragraph
                ],
            },
        ),
        (
            "art",
            {
                "head": [("section", "LASĪTĀJU VĒSTULES"), ("title", "Paldies glābējiem")],
                "alts": {
                    "section": ["LASĪTĀJU VĒSTULES", None],
                    "kicker": [None, "LASĪTĀJU VĒSTULES"],
                    "byline": ["Valdis Liepiņš", "Valdis Liepiņš, Bārbeles pagastā", None],
                },
                "body": [
                    (
                        "p",
                        "Novembra beigās stiprā vēja laikā uz mūsu mājas jumta uzkrita "
                        "liels koks. Ugunsdzē~sēji glābēji iera~dās jau pēc divdes~mit "
                        "minūtēm, nozā~ģēja koku un nosedza jumtu ar plēvi, lai naktī "
                        "neietecētu ūdens.",
                    ),
                    (
                        "p",
                        "Gribu no sirds pateik~ties Bauskas daļas vīriem par ātro un "
                        "rūpī~go darbu, kā arī kaimiņiem, kuri nāka~majā dienā palī~dzēja "
                        "savākt zarus.",
                    ),
                    ("end", "byline", "Valdis Liepiņš, Bārbeles pagastā", "Valdis Liepiņš"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Bibliotēkā notiks grāmatu maiņas diena")],
                "body": [
                    (
                        "p",
                        "Sestdien, 12. decembrī, no plkst. 10 līdz 14 novada centrā~lajā "
                        "bibliotē~kā notiks grāmatu maiņas diena. Ikviens var atnest līdz "
                        "desmit izlasītām grāmatām un ¦ paņemt citas. Īpaši gaidītas ir "
                        "bērnu grāmatas un iz~ziņas litera~tūra.",
                        [("furn", "2   NOVADĀ   MĒMELES VĒSTIS   4. decembris, 2026")],
                    ),
                    (
                        "p",
                        "Bibliotēkas vadī~tāja Marta Vītola stāsta, ka pagā~jušajā gadā "
                        "grāmatu maiņā piedalījās vairāk nekā simts cilvēku, un daudzi "
                        "lūdza šādu pasā~kumu rīkot biežāk.",
                    ),
                    ("end", "byline", "M. Vītola"),
                ],
            },
        ),
    ],
}


SLOVENIJA = {
    "name": "sl_latin2_crlf_lokalni_tednik_c_s_z_caron_nadnaslov_kicker_podnaslov_besedilo_in_foto_"
    "byline_slovene_hyphenation_caption_midsentence_no_credit_napovednik_event_lines_"
    "na_kratko_items_running_foot_midsentence",
    "encoding": "iso8859_2",
    "newline": "\r\n",
    "script": "latin",
    "cols": 48,
    "indent": "",
    "blank": True,
    "not_in": ("cp1252",),
    "date": "2026-12-03",
    "page": "5",
    "note": "Kolpski tednik 2026-12-03 page 5 LOKALNO (a Slovene local weekly), ISO-8859-2 "
    "(`č š ž Č Š Ž`; ASCII quotes, no dashes), CRLF; blank-line paragraphs, hard-wrapped at 48 "
    "columns, Slovene words hyphenated at a line end. Capital nadnaslov (kicker), title, "
    "podnaslov (subtitle), `Besedilo in foto: X` byline line, a caption with no credit inside "
    "a sentence; a fire-brigade story with `Piše: X`; a NAPOVEDNIK box of dated event lines "
    "(one paragraph each); NA KRATKO items, the running foot inside one.",
    "items": [
        ("furn", "KOLPSKI TEDNIK   Četrtek, 3. decembra 2026   LOKALNO   5"),
        (
            "art",
            {
                "head": [
                    ("kicker", "OBČINA"),
                    ("title", "Vrtec v Dragatušu bo dobil dva nova oddelka"),
                    (
                        "subtitle",
                        "Občinski svet je potrdil projekt prizidka, gradnja se bo začela "
                        "spomladi, otroci pa naj bi se v nove prostore preselili septembra.",
                    ),
                    ("byline", "Besedilo in foto: Maja Kranjc"),
                ],
                "alts": {"byline": ["Maja Kranjc", "Besedilo in foto: Maja Kranjc"]},
                "body": [
                    (
                        "p",
                        "Na torkovi seji so svetniki soglasno podprli investi~cijo v prizidek "
                        "k vrtcu v Dragatušu, ki je že več let premaj~hen. Na čakal~nem "
                        "seznamu je trenut~no 27 otrok, starši pa morajo varstvo iskati v "
                        "sosed~njih obči~nah.",
                    ),
                    (
                        "p",
                        "Prizidek bo stal na južni strani obsto~ječe stavbe in bo imel dve "
                        "igral~nici, gardero~bo ter ¦ večna~menski prostor, ki ga bodo lahko "
                        "uporab~ljala tudi društva iz kraja.",
                        [("caption", "Obstoječi vrtec v Dragatušu je postal pretesen.")],
                    ),
                    (
                        "p",
                        '"Projekt je vreden 1,2 milijona evrov, od tega bo 600.000 evrov '
                        'prispevalo mini~strstvo za vzgojo in izobraže~vanje," je povedal '
                        "župan Janez Kocjan. Izvajal~ca bodo izbrali na javnem razpisu, ki "
                        "bo objav~ljen še letos.",
                    ),
                    (
                        "p",
                        'Ravna~teljica vrtca Mojca Šterk je odloči~tve vesela: "Končno ne bo '
                        "treba več zavra~čati staršev. Nov prostor bomo uporabili tudi za "
                        'gibalne dejav~nosti, ko je zunaj slabo vreme."',
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "Gasilci iz Vinice dobili novo cisterno"),
                    ("byline", "Piše: Tomaž Novak", "Tomaž Novak"),
                ],
                "body": [
                    (
                        "p",
                        "Prosto~voljno gasilsko društvo Vinica je v nedeljo prevzelo novo "
                        "gasilsko vozilo s cisterno za 4000 litrov vode. Vozilo je stalo "
                        "260.000 evrov, denar so zbrali občina, gasilska zveza in krajani, "
                        "ki so lani daro~vali več kot 40.000 evrov.",
                    ),
                    (
                        "p",
                        "Povelj~nik društva Marko Pezdirc je povedal, da je bilo staro "
                        "vozilo že 31 let in da so zanj težko dobili rezerv~ne dele. Gasilci "
                        "so letos posre~dovali pri 46 interven~cijah, največ pri poplavah in "
                        "podrtih drevesih po neurju v juliju.",
                    ),
                    (
                        "p",
                        "Vozilo je blagoslo~vil domači župnik, sloves~nost pa so pripravili "
                        "tudi učenci osnovne šole s kratkim kultur~nim programom.",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "NAPOVEDNIK"), ("title", "Kam ta konec tedna")],
                "alts": {"kicker": ["NAPOVEDNIK", None], "section": [None, "NAPOVEDNIK"]},
                "body": [
                    ("p", "Petek, 4. decembra, ob 18. uri: odprtje razstave jaslic, Kulturni dom Črnomelj"),
                    ("p", "Sobota, 5. decembra, ob 10. uri: miklavžev sejem, trg pred cerkvijo v Vinici"),
                    ("p", "Sobota, 5. decembra, ob 19. uri: koncert Moškega pevskega zbora Lipa, Adlešiči"),
                    ("p", "Nedelja, 6. decembra, ob 9. uri: pohod na Žeželj, zbor pri gasilskem domu"),
                ],
            },
        ),
        ("label", "NA KRATKO"),
        (
            "art",
            {
                "head": [("title", "Zapora ceste pri Preloki")],
                "alts": label_alts("NA KRATKO"),
                "body": [
                    (
                        "p",
                        "Zaradi sana~cije plazu bo cesta med Preloko in Žuniči od 7. do 18. "
                        "decembra zaprta za ves promet. Obvoz ¦ je urejen prek Adlešičev.",
                        [("furn", "5   LOKALNO   Kolpski tednik, 3. decembra 2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Brezplačno merjenje sladkorja")],
                "alts": label_alts("NA KRATKO"),
                "body": [
                    (
                        "p",
                        "Društvo diabetikov bo v sredo, 9. decembra, med 8. in 11. uro v "
                        "zdrav~stvenem domu izvajalo brez~plačne meritve krvnega sladkorja "
                        "in tlaka.",
                    )
                ],
            },
        ),
    ],
}


GALEGO = {
    "name": "gl_utf8_lf_semanario_comarcal_antetitulo_kicker_entradilla_subtitle_texto_byline_"
    "galician_hyphenation_caption_foto_midsentence_continua_na_paxina_jump_resultado_line_"
    "opinion_column_caps_name_role_line",
    "encoding": "utf-8",
    "newline": "\n",
    "script": "latin",
    "cols": 52,
    "indent": "",
    "blank": True,
    "not_in": (),
    "date": "2026-12-05",
    "page": "8",
    "note": "A Voz do Ulla 2026-12-05 page 8 COMARCA (a Galician comarcal weekly), UTF-8 (no BOM), "
    "LF; blank-line paragraphs, hard-wrapped at 52 columns, Galician words hyphenated at a line "
    "end, `« »`. Capital antetítulo (kicker), title, entradilla (subtitle), `Texto: X` byline "
    "line, a caption + `Foto: X` inside a sentence, `Continúa na páxina 9`; a football "
    "report whose first paragraph is the score line; an OPINIÓN column with the author's "
    "name in capitals and role on one line.",
    "items": [
        ("furn", "A VOZ DO ULLA   Sábado, 5 de decembro de 2026   COMARCA   8"),
        (
            "art",
            {
                "head": [
                    ("kicker", "TRADICIÓNS"),
                    ("title", "A Festa da Castaña enche Vilamaior de veciños e visitantes"),
                    (
                        "subtitle",
                        "Máis de tres mil persoas pasaron o domingo polo magosto popular, "
                        "que este ano cumpriu a súa vixésima quinta edición.",
                    ),
                    ("byline", "Texto: Uxía Barreiro", "Uxía Barreiro"),
                ],
                "body": [
                    (
                        "p",
                        "A praza da igrexa de Vilamaior quedou pequena o pasado domingo. Dende "
                        "primeira hora da mañá, os veciños da parro~quia acenderon as foguei~ras "
                        "onde se asaron preto de oitocentos quilos de castañas, repar~tidas de "
                        "balde entre todos os asisten~tes.",
                    ),
                    (
                        "p",
                        "«Empezamos hai vinte e cinco anos cun magosto para os da aldea e "
                        "agora vén xente de Santiago e ¦ de Lalín», contou Manuel Vilariño, "
                        "presi~dente da asocia~ción veciñal A Souteira, organiza~dora da festa.",
                        [
                            ("caption", "Veciñas de Vilamaior asando castañas na praza da igrexa."),
                            ("credit", "Foto: Brais Otero"),
                        ],
                    ),
                    (
                        "p",
                        "A xornada incluíu un obra~doiro de cestaría, actua~cións de tres "
                        "grupos de gaitas e un concurso de doces de castaña no que "
                        "partici~paron dezaoito receitas. O primeiro premio foi para unha "
                        "torta de castaña e mel de Carme Souto, veciña de Ribadulla.",
                    ),
                    (
                        "p",
                        "O alcalde, Ramón Figueiras, anun~ciou que o Concello estuda declarar "
                        "a festa de interese turís~tico e que o próximo ano se habili~tará un "
                        "aparca~doiro disua~sorio na antiga",
                    ),
                    ("furn", "Continúa na páxina 9"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("kicker", "FÚTBOL · PREFERENTE"),
                    ("title", "O Ulla CF gaña no campo do líder"),
                ],
                "alts": {"kicker": ["FÚTBOL · PREFERENTE", None]},
                "body": [
                    ("p", "Bergantiños B 1 - Ulla CF 2"),
                    (
                        "p",
                        "O Ulla CF conse~guiu a primeira vitoria da tempada fóra da casa e "
                        "nada menos que no campo do líder. Os de Ramón Liste adian~táronse "
                        "no minuto 12 cun cabe~zazo de Iago Castro e, tras o empate local "
                        "antes do descanso, Dani Pazos marcou o gol da vitoria a dez minutos "
                        "do final.",
                    ),
                    (
                        "p",
                        "«Sabiamos que había que sufrir. O equipo traba~llou moito e mereceu "
                        "os tres puntos», dixo o ades~trador ao remate do encon~tro. Co triunfo, "
                        "o Ulla sobe ata o sexto posto da clasifica~ción.",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("section", "OPINIÓN"),
                    ("title", "As escolas que pechamos"),
                    ("byline", "XOÁN CASTRO · Mestre xubilado"),
                ],
                "alts": {
                    "section": ["OPINIÓN", None],
                    "kicker": [None, "OPINIÓN"],
                    "byline": ["XOÁN CASTRO · Mestre xubilado", "XOÁN CASTRO"],
                },
                "body": [
                    (
                        "p",
                        "Cando come~cei a dar clase, en 1979, había na nosa comarca trinta e "
                        "dúas escolas unita~rias. Hoxe quedan catro. Cada vez que se pecha "
                        "unha, a aldea perde algo máis que unha aula: perde o lugar onde se "
                        "xunta~ban as nais ás catro da tarde, o patio onde xogaban os nenos "
                        "ao saír e a luz acesa nas noites de inverno.",
                    ),
                    (
                        "p",
                        "Non pido volver ao pasado. Pido que, antes de decidir, se pregunte "
                        "ás familias e se conte tamén o que non aparece nos orza~mentos.",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Aberta a matrícula do curso de gaita e pandeireta")],
                "body": [
                    (
                        "p",
                        "A escola de música tradicional de Vilamaior abre ata o 20 de "
                        "decembro o prazo de matrí~cula para o segundo tri~mestre. As clases "
                        "de gaita, pandeireta e canto impár~tense os martes e xoves no local "
                        "social, e a cota men~sual é de quince euros. Os menores de doce "
                        "anos non pagan.",
                    )
                ],
            },
        ),
    ],
}


ESPERANTO = {
    "name": "eo_latin3_crlf_monata_gazeto_esperanto_c_g_h_j_s_circumflex_u_breve_numero_masthead_"
    "kongreso_report_de_nia_korespondanto_byline_caption_foto_midsentence_el_la_asocioj_"
    "items_running_head_midsentence_essay_signed_at_foot",
    "encoding": "iso8859_3",
    "newline": "\r\n",
    "script": "latin",
    "cols": 56,
    "indent": "",
    "blank": True,
    "not_in": ("iso8859_2", "cp1252"),
    "date": None,
    "page": "3",
    "note": "La Lanterno, a monthly Esperanto paper, no. 214, December 2026 (no day printed: date null), page 3, ISO-8859-3 "
    "(`ĉ ĝ ĥ ĵ ŝ ŭ Ĉ Ŝ`), CRLF; blank-line paragraphs, hard-wrapped at 56 columns, words "
    "hyphenated at a line end. Masthead with the issue number; a congress report (title, "
    "deck as subtitle, `De nia korespondanto X` byline line, a caption + `Foto: X` inside a "
    "sentence); EL LA ASOCIOJ items, the running head inside one; an essay under LINGVA "
    "ANGULETO signed at its foot.",
    "items": [
        ("furn", "LA LANTERNO   Numero 214   Decembro 2026   Paĝo 3"),
        (
            "art",
            {
                "head": [
                    ("title", "Tricent gesamideanoj en la Balta Kongreso"),
                    (
                        "subtitle",
                        "Dum kvin tagoj esperantistoj el dek du landoj kunvenis ĉe la "
                        "marbordo por prelegoj, ekskursoj kaj koncertoj.",
                    ),
                    ("byline", "De nia korespondanto Petro Kovalski"),
                ],
                "alts": {"byline": ["Petro Kovalski", "De nia korespondanto Petro Kovalski"]},
                "body": [
                    (
                        "p",
                        "La dekunua Balta Esperanto-Kongreso okazis de la 20-a ĝis la 24-a "
                        "de novem~bro en la malgranda haven~urbo Sventoji. Aliĝis 312 "
                        "personoj, el kiuj preskaŭ sepdek parto~prenis kongreson unua~foje.",
                    ),
                    (
                        "p",
                        "En la inaŭ~guro la prezi~danto de la organiza komi~tato, Rasa "
                        "Jankute, memo~rigis, ke la unua kongreso en 1996 havis nur okdek "
                        'partoprenan~tojn. "Hodiaŭ ni bezonis la plej grandan salonon ¦ de '
                        'la urbo, kaj eĉ ĝi apenaŭ sufiĉis", ŝi diris.',
                        [
                            ("caption", "La kongresanoj antaŭ la urbodomo de Sventoji."),
                            ("credit", "Foto: Ana Ferreira"),
                        ],
                    ),
                    (
                        "p",
                        "La progra~mo enhavis pli ol tridek prele~gojn, inter~alie pri la "
                        "histo~rio de la Esperanto-gazetaro en la baltaj landoj kaj pri "
                        "ret~kursoj por komen~cantoj. Grandan sukce~son havis la vespera "
                        "koncerto de la junulara ĥoro el Tartu.",
                    ),
                    (
                        "p",
                        "La venonta kongreso okazos en 2028. La komitato ankoraŭ serĉas "
                        "urbon, kiu povos gastigi ĝin; propo~nojn oni sendu ĝis la fino de "
                        "marto.",
                    ),
                ],
            },
        ),
        ("label", "EL LA ASOCIOJ"),
        (
            "art",
            {
                "head": [("title", "Nova kurso en Linz")],
                "alts": label_alts("EL LA ASOCIOJ"),
                "body": [
                    (
                        "p",
                        "La loka klubo komencis en januaro semaj~nan kurson por "
                        "komencantoj. La lecio~noj okazas ĉiun ĵaŭdon vespere en la urba "
                        "biblioteko ¦ kaj estas senpa~gaj por lernejanoj.",
                        [("furn", "Paĝo 3   La Lanterno   Decembro 2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Zamenhof-Tago en Lyon")],
                "alts": label_alts("EL LA ASOCIOJ"),
                "body": [
                    (
                        "p",
                        "La 15-an de decembro la lionaj esperantistoj festos la Zamenhof-"
                        "Tagon per libro-ekspo~zicio kaj kunmanĝo. Gastoj el aliaj urboj "
                        "estas bonvenaj; oni aliĝu ĉe la klubestro ĝis la 10-a.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Dudek jaroj de la klubo en Brno")],
                "alts": label_alts("EL LA ASOCIOJ"),
                "body": [
                    (
                        "p",
                        "La esperanta klubo Verda Ponto festis sian dudek~jariĝon per "
                        "akcepto en la urbodomo. La klubo nun havas kvardek membrojn kaj "
                        "eldonas ĉiumonatan bulte~non, kiun ricevas ankaŭ la urba "
                        "biblio~teko.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("section", "LINGVA ANGULETO"), ("title", 'Ĉu "ŝati" aŭ "ami"?')],
                "alts": {
                    "section": ["LINGVA ANGULETO", None],
                    "kicker": [None, "LINGVA ANGULETO"],
                    "byline": ["Miĥaelo Brandt", None],
                },
                "body": [
                    (
                        "p",
                        'Legan~tino demandis nin, ĉu oni diru "mi ŝatas kafon" aŭ "mi amas '
                        'kafon". Ambaŭ estas ĝustaj, sed ili ne estas samaj. Ŝati signi~fas '
                        "trovi ion agrabla; ami esprimas multe pli profun~dan senton.",
                    ),
                    (
                        "p",
                        "Tial ni ŝatas bonan kafon, sed amas nian fami~lion. Kiu diras, ke "
                        "li amas kafon, ŝercas aŭ tre ŝatas ĝin. La lingvo lasas al ni "
                        "ambaŭ vortojn, kaj ni elektu laŭ la sento.",
                    ),
                    ("end", "byline", "Miĥaelo Brandt"),
                ],
            },
        ),
    ],
}
PAGES = [KEPU, CHANGBAO, NIUYUE, MAJING, MEISHI, DUIHUA, LATVIJA, SLOVENIJA, GALEGO, ESPERANTO]
