"""The text of every holdout23 page, written once.

make_holdout23_pages.py draws each page from these strings and writes each gold from the
same strings, so the gold holds exactly the printed text. A list value gives every
acceptable reading; its first element is the one printed. In Latin paragraphs `~` marks
a place where a word may break at a line end (drawn as a hyphen there, never in the gold).
All papers, people, places and events are invented.
"""

VERTICAL = {
    "name": "zht_vert_rtl_two_tiers_vertical_heads_side_kicker_boxed_duanping_end_signature",
    "lang": "chi_tra_vert",
    "note": (
        "traditional, set VERTICALLY (columns read top to bottom, right to left, punctuation "
        "in vertical forms), in two tiers under a horizontal masthead; heads set vertically "
        "in larger type, the kicker a small column right of the head, the subtitle a column "
        "left of it; a boxed 短評 in the lower tier signed at its end"
    ),
    "furniture": ["青嶼日報", "中華民國一一五年十二月一日　星期二", "第三版", "地方新聞"],
    "date": "2026-12-01",
    "page": ["第三版", "3"],
    "articles": [
        {
            "section": None,
            "kicker": ["老街再生", None],
            "title": "染坊巷百年工坊修復完工",
            "subtitle": "藍染作坊週末起開放參觀",
            "byline": ["記者鄭雅文／青嶼報導", "鄭雅文", "記者鄭雅文"],
            "paragraphs": [
                "位於青嶼鎮染坊巷的百年藍染工坊，歷時兩年修復，昨天舉行完工典禮。"
                "鎮公所表示，工坊自本週六起開放民眾免費參觀，每天上午九時至下午五時。",
                "這座工坊建於清末，原為當地蔡姓家族經營，全盛時期雇有三十多名染工。"
                "四十年前停業後，屋頂塌陷，染缸也多半損毀。"
                "修復團隊依照老照片重建木造屋架，並保留了七口原有的陶製染缸。",
                "蔡家第五代後人蔡文彬說，小時候常在染缸旁玩耍，"
                "「今天再聞到藍草的味道，好像回到了從前」。"
                "鎮公所計畫明年開設體驗課程，由老師傅教導民眾製作藍染手帕。",
                "修復期間，工程團隊在牆角發現一批清末的染料帳簿，記錄了當年靛青的進貨價格與客戶名單。這批帳簿目前由鎮立文物館保存，將在工坊內展出複製本。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "濱海自行車道延伸至燈塔",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "【本報訊】青嶼鎮濱海自行車道第二期工程昨天動工，"
                "將從漁港延伸至北岬燈塔，全長四點二公里，預計明年六月完工。",
                "工程處指出，新路段沿途設置三處休息站與飲水設施，"
                "並在較陡的坡段加裝護欄。完工後，車友可從火車站一路騎到燈塔。",
                "工程期間，部分路段將實施交通管制，請用路人留意現場指示。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "國小學童走讀舊漁村",
            "subtitle": None,
            "byline": ["記者江國華／青嶼報導", "江國華", "記者江國華"],
            "paragraphs": [
                "青嶼國小五年級學生昨天走進舊漁村，聽老漁民講述當年出海捕魚的故事。"
                "七十八歲的吳金水帶著孩子們看修補漁網的方法，還示範如何辨認風向。",
                "帶隊老師表示，學校今年把走讀列入社會課，希望學生認識家鄉的歷史，下學期還將走訪鹽田與舊碼頭。",
                "吳金水說，現在願意學補網的年輕人不多，看到孩子們聽得這麼認真，他很欣慰，還答應下次教大家打繩結。",
            ],
        },
        {
            "section": ["短評", None],
            "kicker": [None, "短評"],
            "title": "老屋新生需要人氣",
            "subtitle": None,
            "byline": "林志遠",
            "paragraphs": [
                "工坊修好了，只是第一步。老屋要真正活起來，靠的是有人願意走進來。"
                "鎮公所若能與學校及社區合作，讓藍染走進課堂與市集，"
                "百年工坊才不會只是一處拍照的景點。"
                "老街再生，不只是修好一棟房子，更是把一門手藝和一段記憶留給下一代。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "漁港假日魚市延長營業",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "【本報訊】青嶼漁港假日魚市自本月起延長營業至晚間八時，"
                "漁會並增設二十個攤位，優先提供給當地年輕漁民使用。"
                "漁會表示，魚市每週六、日營業，並提供現撈漁獲代客料理服務。",
            ],
        },
    ],
}

SPAN = {
    "name": "zh_sim_4col_lead_head_spans_cols_2_3_photo_caption_drops_midsentence_side_stories",
    "lang": "chi_sim",
    "note": (
        "simplified, 4 narrow columns under a masthead bar; the lead's 引题 and head span "
        "columns 2-3 above its text; column 1 a one-column story, column 4 another; under a "
        "rule a story whose head spans columns 1-2 and whose text runs on into column 3 "
        "under a photo and its caption and credit, so the caption falls inside a sentence"
    ),
    "furniture": ["沅江晚报", "2026年12月1日　星期二", "A4", "城市"],
    "date": "2026-12-01",
    "page": ["A4", "4"],
    "articles": [
        {
            "section": None,
            "kicker": "老旧小区改造今年完成八成",
            "title": "百余部电梯装进老楼",
            "subtitle": None,
            "byline": ["本报记者　唐薇", "唐薇"],
            "paragraphs": [
                "记者昨日从市住建局获悉，今年全市计划改造的老旧小区已完成八成，"
                "共为一百一十二栋老楼加装了电梯，惠及居民四千余户。",
                "在桂花里小区，三号楼的电梯上月投入使用。住在六楼的退休教师贺玉兰说，"
                "以前下楼买菜要歇两回，现在几分钟就能来回。"
                "她的邻居、八十五岁的刘大爷已经三年没下过楼，电梯装好后，他第一次坐着轮椅到小区花园晒了太阳。",
                "市住建局相关负责人介绍，加装电梯的费用由政府补贴一部分，"
                "其余按楼层分摊，低楼层住户出资较少。明年还将推进雨污分流和停车位改造。",
                "据了解，今年的改造还同步更换了老化的供水管网，修补了屋面防水，并在二十多个小区增设了充电桩和晾晒区。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "江滨公园新添健身步道",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "本报讯　江滨公园新建的健身步道日前开放，全长二点六公里，"
                "铺设了透水塑胶路面，沿途设有里程标识和休息座椅。",
                "每天傍晚，不少市民在这里散步、慢跑。管理处提醒，步道禁止骑行电动车。"
                "步道沿线还将种植桂花和樱花，明年春天即可赏花。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "社区食堂开进工业园",
            "subtitle": None,
            "byline": ["记者　彭程", "彭程"],
            "paragraphs": [
                "位于城北工业园的第一家社区食堂本周开业，午餐一荤两素定价十五元，园区职工凭工牌还可再减两元。",
                "食堂负责人说，开业三天，每天供应午餐六百多份，最受欢迎的是红烧鱼块。"
                "园区管委会计划明年再开两家社区食堂，并试行晚餐供应。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "夜间集市点亮老码头",
            "subtitle": None,
            "byline": ["本报记者　齐帆　实习生　罗悦", "齐帆"],
            "paragraphs": [
                "入冬以来，沅江老码头的夜间集市人气不减。每到周末，"
                "一百多个摊位沿江排开，售卖小吃、手工艺品和本地土特产。",
                "集市由街道办与码头管理方共同举办，摊主免交场地费，只需遵守统一的卫生和收摊规定。"
                "街道办负责人表示，集市开办半年，已带动周边三十多家店铺延长营业时间。",
                "为保障安全，集市设置了消防通道和临时医疗点，每晚有志愿者巡查。",
                "摊主邓师傅在集市卖了五个月的米豆腐，他说生意最好的一晚卖出了四百多碗。"
                "明年春节前，集市还将增设一处儿童游乐区。",
            ],
            "captions": ["周末夜晚，市民在老码头夜间集市选购小吃。"],
            "credits": ["本报记者　齐帆　摄"],
        },
        {
            "section": None,
            "kicker": None,
            "title": "城南新增两条公交线路",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "本报讯　市公交集团昨日宣布，自12月5日起开通27路和31路公交线路，"
                "连接城南新区与高铁站，首末班时间为早六点半至晚九点。"
                "两条线路开通首月，乘客刷卡乘车可享受五折优惠。",
            ],
        },
    ],
}

BOXED = {
    "name": "zh_sim_lead_with_xiaobiaoti_tinted_box_yanshen_yuedu_interrupts_column_running_foot",
    "lang": "chi_sim",
    "note": (
        "simplified, 3 columns; the lead's head and 副题 across the page, its text with two "
        "bold 小标题 runs down columns 1-3, and a tinted, framed 延伸阅读 box with a "
        "reversed label stands at the top of column 3, so the lead's sentence jumps from "
        "the foot of column 2 to below the box; two stories under a rule; a running foot"
    ),
    "furniture": ["岚山日报", "2026年12月1日", "第5版", "科教", "第5版　责任编辑：闵晓　美术编辑：车琳"],
    "date": "2026-12-01",
    "page": ["第5版", "5"],
    "articles": [
        {
            "section": None,
            "kicker": None,
            "title": "山区学校用上“空中课堂”",
            "subtitle": "——岚山县二十三所村小接入城区名师直播课",
            "byline": ["本报记者　邵宁　通讯员　柯志强", "邵宁"],
            "headings": ["一块屏幕连起两间教室", "老师们也在“充电”"],
            "paragraphs": [
                "清晨八点，岚山县石门村小学的四年级教室里，"
                "十一名学生正通过屏幕与县城实验小学的同学一起上数学课。"
                "屏幕那头的老师提问，这边的孩子也举起了手。",
                "今年秋季学期起，全县二十三所村小全部接入“空中课堂”，"
                "每周共享城区学校的英语、音乐和美术等课程四十余节。",
                "石门村小学只有四名老师，过去音乐课常常由数学老师代上。"
                "校长吴德才说，现在孩子们跟着城里的音乐老师学会了五首新歌，"
                "期末还要在全校表演。",
                "为了让直播课更顺畅，县里为每所村小配备了高清摄像头和双向互动大屏，并安排技术人员每周巡检。",
                "县教育局还组织城区骨干教师每月下乡一次，与村小老师一起备课、听课。"
                "今年已有六十多名村小老师参加了线上培训。",
                "村小老师杨春梅说，直播课让她看到了不同的教法，她正尝试把课堂上的小组讨论搬进自己的语文课。"
                "“孩子们发言比以前积极多了。”",
                "县教育局局长方建国表示，明年将在每所村小配备一名专职音乐或美术教师，让“空中课堂”和线下教学相互补充。",
            ],
        },
        {
            "section": ["延伸阅读", None],
            "kicker": [None, "延伸阅读"],
            "title": "全省村小网络全覆盖",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "据省教育厅介绍，截至今年十月，全省村小和教学点已全部接入宽带网络，"
                "平均带宽达到一百兆。明年将为偏远学校配备录播设备。"
                "省教育厅同时推出了名师课堂资源库，已收录各学科优质课例两千余节。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "青少年科技节启幕",
            "subtitle": None,
            "byline": ["本报记者　闫冰", "闫冰"],
            "paragraphs": [
                "第十二届岚山市青少年科技节昨日开幕，来自四十六所中小学的三百多件作品参展，"
                "包括自动浇花装置、垃圾分类机器人等。",
                "今年的参展作品中，有四十件来自农村学校，其中一件用废旧零件制作的自动喂鸡器吸引了不少观众。",
                "科技节为期五天，其间还将举办航模比赛和科普讲座，全市学生可免费参观。"
                "组委会介绍，获奖作品将推荐参加全省青少年科技创新大赛。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "市图书馆延长开放时间",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "本报讯　为方便学生复习备考，市图书馆自本月起将自习室开放时间延长至晚上十点，周末照常开放。"
                "图书馆还在自习区增设了一百个座位和充电插座。"
                "读者可通过图书馆公众号预约座位。",
            ],
        },
    ],
}

ENGLISH = {
    "name": "en_weekly_drop_cap_lead_photo_credit_slash_corrections_box_agate_refer_line",
    "lang": "eng",
    "note": (
        "English community weekly, 3 columns: a two-line head across columns 1-2 over an "
        "italic deck and a By byline; the lead opens with a three-line DROP "
        "CAP; column 3 holds the lead's photo with its caption and a slash credit, then a "
        "ruled CORRECTIONS box; under a rule a story across columns 1-2 ending in a refer "
        "line and a brief in column 3"
    ),
    "furniture": [
        "THE ALDER VALLEY WEEKLY",
        "Wednesday, December 2, 2026",
        "Page 3",
        "COMMUNITY",
        "Alder Valley Weekly · 14 Mill Street, Carrow · news@aldervalleyweekly.example",
    ],
    "date": "2026-12-02",
    "page": ["Page 3", "3"],
    "articles": [
        {
            "section": None,
            "kicker": None,
            "title": "Carrow mill reopens as a food hall after six-year rescue",
            "subtitle": "Volunteers raised half the cost of saving the 1884 building",
            "byline": ["By NORA QUILLAN", "NORA QUILLAN", "Nora Quillan"],
            "paragraphs": [
                "The old Fen~wick grain mill on the banks of the Alder River opened its "
                "doors again on Sat~urday, six years after a win~ter storm tore away part "
                "of its roof and left the town wonder~ing whether the build~ing could be "
                "saved at all.",
                "The mill ground flour for more than eighty years before it closed in 1967. Later owners used it as a ware~house, and by the time of the storm it had stood empty for a decade.",
                "More than 1,400 people passed through the re~stored hall on the first "
                "day, accord~ing to the Carrow Mill Trust, which led the rescue. Eleven "
                "food stalls now fill the ground floor, and a bakery has taken over the "
                "former en~gine room.",
                "The trust raised about $2.1 million, rough~ly half of it from local "
                "do~nors. The rest came from a state her~itage grant and a loan that the "
                "stall~holders will repay through their rent.",
                "\u201cPeople kept telling us it was too far gone,\u201d said Mar~garet Doyle, "
                "who chairs the trust. \u201cNow their grand~children are eating lunch "
                "under the old pulley wheels.\u201d",
                "Upstairs, the trust plans a small museum on the history of mill~ing in the valley. It hopes to open it next summer.",
            ],
            "captions": ["Visitors fill the ground floor of the restored Fenwick mill on Saturday."],
            "credits": ["Photo / Tom Baird"],
        },
        {
            "section": ["CORRECTIONS", None],
            "kicker": [None, "CORRECTIONS"],
            "title": None,
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "A story on Page 5 of the Nov. 25 edition gave the wrong date for the "
                "Carrow li~brary book sale. The sale is on Dec. 12, not Dec. 5.",
                "The Weekly corrects errors of fact. Call the newsroom at 555-0142.",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "School board delays vote on later start times",
            "subtitle": None,
            "byline": ["By OWEN PRATT", "OWEN PRATT", "Owen Pratt"],
            "paragraphs": [
                "The Alder Valley school board put off a vote on later start times for "
                "the high school on Monday after parents asked for more time to weigh the "
                "ef~fect on bus routes and after-school jobs.",
                "Under the plan, classes would begin at 8:45 a.m. instead of 7:50 a.m. "
                "start~ing next fall. Board members said they would hold two public "
                "meet~ings in January before decid~ing.",
                "Several students spoke in favor of the change, saying early classes left them too tired to concen~trate. Bus drivers asked the board to con~sider how the new times would fit with the ele~mentary routes.",
                "See the meeting schedule on Page 6.",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "Tree lighting moved to Friday",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "The town tree lighting on the green has been moved to Friday at 6 p.m. "
                "because of the fore~cast of heavy rain on Saturday. Hot cider will be "
                "served by the Carrow Lions Club. "
                "The lighting will go ahead even if it rains on Friday.",
            ],
        },
    ],
}

SHUTI = {
    "name": "zh_sim_shuti_vertical_heads_beside_horizontal_text_two_tiers_side_column",
    "lang": "chi_sim",
    "note": (
        "simplified, horizontal text in 3 columns, but the two main stories carry 竖题: "
        "the head and its 副题 set VERTICALLY at the right of the story's text (columns 1-2), "
        "the byline line over the text; column 3 holds two one-column stories with "
        "ordinary horizontal heads"
    ),
    "furniture": ["澄湖日报", "2026年12月1日　星期二", "第6版", "乡村振兴"],
    "date": "2026-12-01",
    "page": ["第6版", "6"],
    "articles": [
        {
            "section": None,
            "kicker": None,
            "title": "稻田里养出致富蟹",
            "subtitle": "——澄湖县稻蟹共养面积突破五万亩",
            "byline": ["本报记者　滕月", "滕月"],
            "paragraphs": [
                "初冬时节，澄湖县白沙镇的稻田里，农户们正忙着起捕河蟹。"
                "种粮大户许长根一网下去，捞起十几只青背白肚的大蟹，乐得合不拢嘴。",
                "稻蟹共养就是在稻田四周挖出环沟，水稻插秧后放入蟹苗。"
                "河蟹吃掉田里的杂草和害虫，粪便又成了水稻的肥料，一块田收获两样产品。",
                "为了保证河蟹品质，县里组织农技人员驻村指导，统一供应蟹苗，并规定稻田里不得使用化学除草剂。",
                "许长根算了一笔账：今年他的二百亩稻田，每亩稻谷收入一千六百元，"
                "河蟹又多卖两千多元，比单种水稻多挣了一倍多。",
                "白沙镇农民合作社负责人说，今年的河蟹大多被上海、杭州的客商提前订走，价格比去年高出一成。"
                "目前，县里正在建设一座河蟹交易中心，预计明年秋季投入使用。",
                "县农业农村局介绍，全县稻蟹共养面积今年突破五万亩，"
                "带动四千多户农民增收。明年将统一注册品牌，让澄湖大米和河蟹一起走出去。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "乡村夜校开课了",
            "subtitle": None,
            "byline": ["记者　龚雪", "龚雪"],
            "paragraphs": [
                "每周二、周四晚上，白沙镇文化站的教室里坐满了村民。"
                "镇里开办的乡村夜校本月开课，首批开设电商直播、果树修剪和家庭急救三门课。",
                "五十二岁的村民钱桂芳报了直播课，她说想学着把自家腌的咸菜放到网上卖。",
                "文化站站长介绍，课程全部免费，每期八周，下学期还将增开手机摄影和普通话课。报名可到各村委会登记。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "古村落里办起民宿",
            "subtitle": None,
            "byline": ["本报通讯员　魏川", "魏川"],
            "paragraphs": [
                "青石板路、白墙黛瓦，澄湖县南塘村保存着四十多栋明清老宅。"
                "前年起，村里引进运营团队，把九栋闲置老宅改成了民宿。",
                "村民以房屋入股，每年按比例分红，不少年轻人也回村做起了管家和厨师。"
                "今年国庆假期，南塘村的民宿入住率超过九成。"
                "民宿管家大多是本村返乡青年，村里还请来酒店专业人员为他们培训。",
                "村党支部书记严立新说，下一步将修缮村里的古戏台，在节假日恢复演出，让游客住得下、留得住。",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "冬季农机检修进村",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "本报讯　县农机服务站近日组织技术人员分赴各乡镇，"
                "免费为农户检修拖拉机、收割机等农机具，已检修二百三十余台。"
                "服务站提醒农户，冬季农机停用前应放净机体内的存水，防止冻裂。",
            ],
        },
    ],
}


FRENCH = {
    "name": "fr_locale_read_by_fra_grey_reperes_box_bulleted_dates_pratique_line",
    "lang": "fra",
    "note": (
        "French local page, 3 columns, read by Tesseract's French model: a two-line head over "
        "columns 1-2, Par byline, text with « » guillemets and a closing Pratique line; "
        "column 3 a grey REPÈRES box (reversed label, head, three bulleted dated items, the "
        "bullets not in the gold); under a rule a story over columns 1-2 and a brief in column 3"
    ),
    "furniture": [
        "L’Écho des Causses",
        "Mardi 1er décembre 2026",
        "Page 9",
        "VIE LOCALE",
    ],
    "date": "2026-12-01",
    "page": ["Page 9", "9"],
    "articles": [
        {
            "section": None,
            "kicker": None,
            "title": "Le vieux moulin de Salvetat retrouve ses meules",
            "subtitle": None,
            "byline": ["Par Hélène Vidal", "Hélène Vidal"],
            "paragraphs": [
                "Il aura fallu trois ans de chantier et l’énergie d’une poignée de béné~voles "
                "pour que le moulin de Salvetat tourne à nouveau. Samedi, plus de deux cents "
                "habitants ont assisté à la première mouture de farine depuis 1952.",
                "Les deux meules de pierre, restaurées par un artisan de la vallée, ont été "
                "remises en place au printemps. Le canal d’amenée, envahi par les ronces, a "
                "été entière~ment dégagé par les membres de l’asso~ciation.",
                "Le chantier a coûté 186 000 euros, financés pour moitié par la région et le départe~ment. Le reste provient d’une souscrip~tion lancée en 2023, qui a réuni plus de quatre cents dona~teurs, dont beaucoup d’anciens habitants installés à Toulouse ou à Montpellier.",
                "« Nous voulions que les enfants du village sachent d’où vient leur pain », "
                "explique le président, Paul Costes. Des visites seront proposées aux écoles "
                "dès le mois de janvier.",
                "L’asso~ciation espère aussi relancer une petite production de farine de seigle, vendue sur le marché du village. Un meunier retraité de la vallée a accepté de former deux jeunes volon~taires aux gestes du métier.",
                "Pratique. Visites le samedi de 14 h à 17 h, entrée libre. Renseigne~ments à la mairie.",
            ],
        },
        {
            "section": ["REPÈRES", None],
            "kicker": [None, "REPÈRES"],
            "title": "Le moulin en dates",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "1790 : construction du moulin par la famille Bessière.",
                "1952 : arrêt de la meunerie, le bâtiment sert de grange.",
                "1999 : une tempête emporte une partie de la toiture.",
                "2023 : rachat par la commune pour un euro symbolique.",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "Le marché de Noël s’installe place de l’Église",
            "subtitle": None,
            "byline": ["Par Marc Delmas", "Marc Delmas"],
            "paragraphs": [
                "Vingt-huit exposants sont attendus samedi et dimanche pour le marché de Noël, "
                "qui quitte la salle des fêtes pour la place de l’Église. Produc~teurs de "
                "fromage, potiers et tourneurs sur bois y tiendront leurs stands.",
                "Le comité des fêtes promet une promenade en calèche et l’arrivée du père Noël "
                "dimanche à 16 heures. Une buvette sera tenue au profit de l’école.",
                "Les organisa~teurs recherchent encore des bénévoles pour le montage des chalets, vendredi à partir de 8 heures. Les personnes intéressées peuvent se faire connaître auprès de la mairie.",
            ],
        },
        {
            "section": None,
            "kicker": None,
            "title": "Collecte de sang jeudi",
            "subtitle": None,
            "byline": None,
            "paragraphs": [
                "L’Établissement français du sang organise une collecte jeudi de 15 h à 19 h "
                "à la salle polyvalente. Les donneurs sont invités à prendre rendez-vous en "
                "ligne et à ne pas venir à jeun. "
                "Une collation sera offerte à l’issue du don. Il faut être âgé de 18 à 70 ans et peser au moins 50 kilos.",
            ],
        },
    ],
}

PAGES = [VERTICAL, SPAN, BOXED, SHUTI, ENGLISH, FRENCH]
