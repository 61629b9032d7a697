"""The text of every holdout150 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, clubs, shops, contests, prizes, prices and events are invented; real towns and regions are only
settings. A field given as a list lists every acceptable reading; its first element is the one printed. Body items:
a string is a paragraph; ("h", t) a heading. `photo_col` with `photo_after` sets the photo, its caption and credit
inside that column's text, after that many lines; a page's `gutter` narrows the gap between its columns. A `table`
is an article whose rows are its paragraphs (cells joined by `sep`); `label` sets a reversed label over an article
(its `section`); `box` rules a box round it; `runin` sets the title bold at the start of the first paragraph (a
brief's lead-in, its `runin_sep` markup); `tight` sets the first line of text directly under the head.
"""

SHEYING = {
    "stem": "zh_sim_photography_page_sheying_dasai_page_wide_head_narrow_gutter_four_column_lead_photo_inside_column_text_huojiang_mingdan_results_table_sheying_xiaoketang_how_to_box",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "gutter": 14,
    "masthead": ["望湖晨报", "2027年6月19日　星期六", "B6　摄影"],
    "date": "2027-06-19",
    "page": ["B6　摄影", "B6"],
    "foot": "望湖晨报　B6　摄影　　本版编辑：顾文澜　　投稿邮箱：sheying@wanghu.example.cn",
    "note": "A photography page of four columns set close together (a 14 px gutter): a photo contest story under a head across all four columns (kicker, title, subtitle, byline), its text running through the four columns, the winning photo with caption and credit set inside the third column's text (text above and below it), a subhead; under a rule a results table over two columns (head, a header row, one row a prize) and beside it a boxed how-to under a reversed `摄影小课堂` label (head, numbered tips).",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "第十届“湖光山色”摄影大赛揭晓",
                        "title": "一张雨中断桥　摘得年度金奖",
                        "subtitle": "三千多名影友投稿一万两千余幅　八十件作品下月起在湖滨美术馆展出",
                        "byline": ["本报记者　方晓岚", "方晓岚"],
                        "ncol": 4,
                        "photo_col": 2,
                        "photo_after": 3,
                        "caption": "金奖作品《断桥听雨》：雨中撑伞走过断桥的游人。",
                        "credit": "沈立诚　摄",
                        "body": [
                            "昨天下午，第十届“湖光山色”摄影大赛在湖滨美术馆揭晓。退休中学教师沈立诚的作品《断桥听雨》获得金奖，这也是他参赛六年来第一次拿到大奖。",
                            "本届大赛从今年三月开始征稿，共收到三千多名影友的一万两千余幅作品，数量比上届多了近三成。评委从中选出金奖一名、银奖三名、铜奖五名和优秀奖七十一名。",
                            "评委会主任、摄影家杜明远说，今年的作品有一个明显变化：拍风景的少了，拍人的多了。“镜头对准了在湖边生活的普通人，这是好事。”",
                            ("h", "等了三个雨天"),
                            "《断桥听雨》拍的是一个雨天的清晨，几位游人撑着伞走过断桥，湖面上一片白茫茫。沈立诚说，为了这张照片，他在断桥边等了三个雨天。",
                            "“前两次雨太小，桥上的人也太多。第三次雨下得正好，人也不多，我一口气拍了两百多张。”他说，自己用的是一台用了十多年的老相机，镜头也是二手的。",
                            "评委杜明远认为，这张照片好就好在“等”字上。“现在人人都有相机，拍照越来越快，肯花时间等一个画面的人反而少了。”",
                            "今年首次设立的青少年组也很受欢迎，收到中小学生作品一千多幅。评委认为，不少孩子的作品构图大胆，很有想法。",
                            "获奖和入选的八十件作品将于7月1日起在湖滨美术馆展出，为期一个月，市民可免费参观。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "title": "第十届“湖光山色”摄影大赛获奖名单",
                        "header": True,
                        "sep": "　",
                        "credit": "资料来源：大赛组委会",
                        "cols": [(0.0, "l"), (0.22, "l"), (0.46, "l")],
                        "rows": [
                            ["奖项", "作者", "作品"],
                            ["金奖", "沈立诚", "《断桥听雨》"],
                            ["银奖", "郭晓楠", "《渔舟唱晚》"],
                            ["银奖", "潘一鸣", "《孤山晨雾》"],
                            ["银奖", "韦佳宁", "《采茶的人》"],
                            ["铜奖", "邵乐天", "《苏堤春晓》"],
                            ["青少年组一等奖", "陆可心", "《外婆的船》"],
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "box": True,
                        "label": "摄影小课堂",
                        "section": ["摄影小课堂", None],
                        "brief": True,
                        "title": "雨天拍照记住三件事",
                        "ncol": 1,
                        "body": [
                            "1. 给相机套上防雨罩，没有的话，一个塑料袋也能顶用。",
                            "2. 快门速度放慢到六十分之一秒左右，雨丝会拍成细线。",
                            "3. 找有倒影的地方，积水和湖面都能让画面更有层次。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

XIUXIANGJI = {
    "stem": "zh_sim_scan_camera_repair_page_lao_xiangji_xiufu_lead_three_columns_photo_inside_first_column_text_subhead_yingxun_exhibition_briefs_column_bold_lead_ins_side_by_side_photo_club_stories",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": True,
    "seed": 150002,
    "angle": -0.4,
    "ncols": 4,
    "masthead": ["汉水晚报", "2027年7月8日　星期四", "C3　影像生活"],
    "date": "2027-07-08",
    "page": ["C3　影像生活", "C3"],
    "foot": "汉水晚报　C3　影像生活　　责任编辑：罗以宁　　美术编辑：唐小溪",
    "markup": ["。"],
    "note": "A camera and photo-club page (scanned): over three of four columns a story about an old-camera repairer (kicker, head, subtitle, byline, his photo with caption and credit set inside the first column's text, text above and below it, a subhead, the text running from the foot of each column to the top of the next); in the fourth a briefs column of exhibition notices under a reversed `影讯` label, each opening on a bold lead-in and its full stop; under a rule two stories side by side over two columns each, the first's head directly over its text, the second with a byline.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "老手艺",
                        "title": "巷子里的相机医生",
                        "subtitle": "修了四十年胶片相机　如今顾客大多是年轻人",
                        "byline": ["本报记者　孟子涵", "孟子涵"],
                        "ncol": 3,
                        "photo_col": 0,
                        "photo_after": 6,
                        "caption": "彭国华在拆一台上世纪七十年代的旁轴相机。",
                        "credit": "本报记者　孟子涵　摄",
                        "body": [
                            "在汉口一条老巷子里，有一间不到十平方米的小铺子，门口挂着一块木牌：修相机。店主彭国华今年六十五岁，从二十五岁起就跟相机打交道。",
                            "铺子里到处是拆开的相机、镜头和小零件，墙上挂着几十把大大小小的螺丝刀。彭国华说，有的零件比米粒还小，掉在地上就很难找回来。",
                            "“以前来修相机的多是照相馆和报社的人，现在来的大多是二十几岁的年轻人。”他说，这几年胶片相机重新流行，生意比十年前好了不少。",
                            ("h", "修不好的不收钱"),
                            "彭国华的规矩是：先检查，再报价，修不好的不收钱。一台老相机换快门帘，收费三百元左右；只是清洁和调校，一百元就够了。",
                            "最难修的是一些早已停产的老相机，零件买不到，只能自己做。他用一台旧车床，一点一点车出需要的小齿轮。",
                            "有人劝他把手艺教给别人。彭国华说，去年收了一个徒弟，是个学机械的大学生，“肯学，手也稳，我放心。”",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "影讯",
                        "section": ["影讯", None],
                        "title": "江城老照片展",
                        "runin": True,
                        "runin_sep": "。",
                        "ncol": 1,
                        "body": [
                            "7月10日至8月10日，市档案馆一楼展厅，展出百余幅老照片，免费参观。",
                        ],
                    },
                    {
                        "section": [None, "影讯"],
                        "title": "手机摄影讲座",
                        "runin": True,
                        "runin_sep": "。",
                        "ncol": 1,
                        "body": [
                            "7月17日下午两点，市图书馆报告厅，需提前在网上预约。",
                        ],
                    },
                    {
                        "section": [None, "影讯"],
                        "title": "二手器材交流会",
                        "runin": True,
                        "runin_sep": "。",
                        "ncol": 1,
                        "body": [
                            "7月24日全天，汉江文化广场，影友可带器材现场交换。",
                        ],
                    },
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "tight": True,
                        "title": "退休职工影友会办起暗房课",
                        "ncol": 2,
                        "body": [
                            "本报讯　江岸区退休职工影友会近日在社区活动中心办起了暗房课，二十多名会员第一次学会了自己冲洗胶卷、放大照片。",
                            "影友会会长介绍，暗房里的放大机和药水都是会员们凑钱买的，每周二、周四下午开放，会员可以预约使用。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "中学生拍下汉江一年四季",
                        "byline": ["实习生　邓雨桐", "邓雨桐"],
                        "ncol": 2,
                        "body": [
                            "一名高二学生用一年时间，每周在同一个地方拍下汉江，攒下了五十多张照片。",
                            "这组照片日前在学校展出，不少老师和同学看了都说，原来家门口的江这么好看。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

ZHANLAN = {
    "stem": "zh_tra_photography_exhibition_page_sheying_zhan_review_photo_inside_second_column_text_side_by_side_photographer_profile_two_columns_each_zhanlan_zixun_listing_table_four_columns",
    "script": "zh_tra",
    "tess": ("chi_tra", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["鷺江日報", "2027年8月14日　星期六", "D2　藝文·攝影"],
    "date": "2027-08-14",
    "page": ["D2　藝文·攝影", "D2"],
    "foot": "鷺江日報　D2　藝文·攝影　　責任編輯：葉書瑩　　美編：簡子鈞",
    "note": "A Taiwan arts page of photography: two stories side by side, each over two columns with its own head: on the left an exhibition review (kicker, head, byline, a photo with caption and credit set inside its second column's text, text above and below it); on the right a photographer's profile (kicker, head, subtitle, byline, a subhead, a quote); under a rule an exhibition listing table over four columns (head, header row, one row an exhibition) with its source line.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "展覽現場",
                        "title": "老碼頭的黑白記憶",
                        "byline": ["記者　鄭宜蓁／高雄報導", "鄭宜蓁", "記者　鄭宜蓁"],
                        "ncol": 2,
                        "photo_col": 1,
                        "photo_after": 3,
                        "caption": "觀眾在碼頭工人的照片前駐足。",
                        "credit": "記者　鄭宜蓁／攝影",
                        "body": [
                            "高雄駁二一間倉庫裡，六十幅黑白照片靜靜掛在牆上。照片裡是五十年前的碼頭：扛著麻袋的工人、等船的小販、在岸邊玩耍的孩子。",
                            "這些照片出自已故攝影師柯文德之手。他生前在碼頭邊開照相館，閒暇時就帶著相機到港口走走，一拍就是二十年。",
                            "柯文德的女兒說，父親留下了三千多卷底片，家人花了兩年時間整理，才挑出這次展出的作品。",
                            "不少觀眾在照片前認出了自己的長輩。一位老先生指著一張照片說：「這是我阿爸，那年他才三十歲。」",
                            "展覽到9月12日，週一休館。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "kicker": "攝影家側寫",
                        "title": "拍了三十年的海",
                        "subtitle": "賴永昌用一台大片幅相機記錄澎湖",
                        "byline": ["記者　王靖雯／澎湖報導", "王靖雯", "記者　王靖雯"],
                        "ncol": 2,
                        "body": [
                            "每天天還沒亮，賴永昌就扛著一台大片幅相機和三腳架出門。從三十歲到現在，他拍的幾乎都是同一片海。",
                            "大片幅相機又大又重，一次只能拍一張。賴永昌說，正因為慢，按下快門之前才會想清楚，「每一張底片都很貴，不可以亂拍。」",
                            ("h", "把底片留給下一代"),
                            "這些年，他把拍過的底片一一編號，記下拍攝的日期、地點和天氣，準備將來捐給縣立文化中心。",
                            "「海每天都不一樣，拍不完的。」賴永昌笑著說。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "label": "展覽資訊",
                        "section": ["展覽資訊", None],
                        "title": "本月攝影展",
                        "header": True,
                        "sep": "　",
                        "credit": "資料來源：各展覽單位",
                        "cols": [(0.0, "l"), (0.34, "l"), (0.66, "l")],
                        "rows": [
                            ["展覽", "地點", "日期"],
                            ["老碼頭的黑白記憶", "駁二藝術特區C7倉庫", "即日起至9月12日"],
                            ["島嶼之光", "澎湖縣立文化中心", "8月20日至9月30日"],
                            ["街角的人", "府城影像館", "8月21日至10月3日"],
                            ["青年攝影新人獎", "鷺江藝文中心", "8月28日至9月19日"],
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

FOTO_MENDE = {
    "stem": "men_mende_photo_club_page_kenema_foto_klob_page_wide_head_narrow_gutter_four_column_lead_photo_inside_second_column_text_club_programme_table_how_to_box_numbered_tips",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": False,
    "ncols": 4,
    "gutter": 14,
    "masthead": ["Kenema Kɔlɔ", "Kamisa, 23 September 2027", "Foto · 11"],
    "date": "2027-09-23",
    "page": ["Foto · 11", "11"],
    "foot": "Kenema Kɔlɔ · Foto · 11 · Editor: Fatmata Kpaka",
    "note": "A Mende paper's photography page of four columns set close together (a 14 px gutter): a photo club story under a head across all four columns (kicker, title, subtitle, byline `Sɛbɛ: …`), its text running through the four columns, a photo with caption and credit set inside the second column's text (text above and below it), a subhead; under a rule the club's programme as a table over two columns (head, header row, one row a meeting) with a source line, and beside it a boxed how-to under a reversed `Foto Karanɛ` label (head, numbered tips).",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Kenema Foto Klɔb",
                        "title": "Ndɔpɔisia ti foto gbatɛ kaamera lɔ",
                        "subtitle": "Klɔb mia ngi ndɔpɔisia kaamera hitaa hu lɔ, ta foto gbatɛ Kenema ta hu",
                        "byline": ["Sɛbɛ: Musu Lahai", "Musu Lahai"],
                        "ncol": 4,
                        "photo_col": 1,
                        "photo_after": 3,
                        "caption": "Ndɔpɔisia ti foto gbatɛ Kenema ma~kiti ma.",
                        "credit": "Foto: Alusine Bockarie",
                        "body": [
                            "Kenema Foto Klɔb ngi kaamera hitaa vɛ ndɔpɔisia va Sati ma. Ndɔpɔi lɔ~ɔ~li~sia ngi ta foto gbatɛ ma~kiti hu, kɔ~lɔ~kaa hu, kɛ ndɔ hu.",
                            "Klɔb mahei Joseph Kallon ngi yɛ, ndɔpɔisia ti foto gbatɛ vaa, ti nya lɔ~ni~ma. “Mu lɔ ti kaa, ti kaa kɛ hindei na ti gɛ ta hu,” ngi yɛ.",
                            ("h", "Foto ekzibishɔn Disemba"),
                            "Klɔb ngi foto kɔlɔ~ngɔ mia kɛ Kenema ta hu. Ti foto nasia va, ekzibishɔn ngi gbuangɔ Disemba ma Kenema Kɔmyuniti Hɔl hu.",
                            "Numui gbi ngi lo ngi wa klɔb hu. Klɔb ngi ndeɛ Sati gbi ma, luma 10 kɛ, Ngɔlɔ Strit ma. Kaamera kulɔ ngi wa, fon fale ma ngi wa.",
                            "Fatu Sesay, ndɔpɔi nyapui mia ngi ji, ngi yɛ: “Nya foto gbatɛ nya nje va, kɛ nya kɛkɛ va. Ti nya lɔni.” Ngi foto mia ti lee ekzibishɔn hu.",
                            "Klɔb ngi kaamera kulɔ saawa ngi gɔ ndɔpɔisia va. Ti lɔ kaamera hitaa hu kpindi gbi, ti foto gbatɛ ti ngi hu kɛ ti lee kɔlɔkaa hu.",
                            "Kenema mahei ngi wa klɔb hu Sati ma, ngi foto nasia kaa. Ngi yɛ, “Foto nasia ti nyandeni. Kenema ta ngi ti hu.”",
                            "Klɔb ngi hale kpɛlɛ ngi wa vɛ mu Kenema mahei va. Ngi yɛ, kaamera ti loo ti wa mɛlɛ ngi hu nasia, ti ndɔpɔisia ti gbatɛ ti foto.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "title": "Klɔb ndeɛ Ɔktoba ma",
                        "header": True,
                        "sep": " ",
                        "credit": "Klɔb sɛkritri: Hawa Conteh",
                        "cols": [(0.0, "l"), (0.28, "l")],
                        "rows": [
                            ["Lɔ", "Hindei"],
                            ["2 Ɔktoba", "Kaamera fɔlɔ kaa"],
                            ["9 Ɔktoba", "Foto gbatɛ ma~kiti hu".replace("~", "")],
                            ["16 Ɔktoba", "Foto kpɛtɛ kɔmpiuta ma"],
                            ["23 Ɔktoba", "Foto kɔlɔ~ngɔ".replace("~", "")],
                            ["30 Ɔktoba", "Ekzibishɔn foto golei"],
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "box": True,
                        "label": "Foto Karanɛ",
                        "section": ["Foto Karanɛ", None],
                        "brief": True,
                        "title": "Foto gbatɛ fon ma",
                        "ncol": 1,
                        "body": [
                            "1. Fon kaamera gɔlɔ ngi gbɔ ma, ngi vɔlɔ.",
                            "2. Foloi ngi bi woma, ngi hu bi gbatɛ.",
                            "3. Bi lɔ, bi fon hou lii, foto ngi kpɛtɛ.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

FOTO_SUSU = {
    "stem": "sus_scan_susu_camera_shop_page_kindia_foto_butiki_lead_three_columns_photo_inside_second_column_text_subhead_quote_briefs_column_bold_lead_ins_contest_results_table_beside_second_story",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": True,
    "seed": 150005,
    "angle": 0.35,
    "ncols": 4,
    "masthead": ["Kindia Kɛdi", "Sibiti, 30 oktobiri 2027", "Fotoe · 7"],
    "date": "2027-10-30",
    "page": ["Fotoe · 7", "7"],
    "foot": "Kindia Kɛdi · Fotoe · 7 · Sɛbɛli kuntigi: Mariama Sylla",
    "markup": ["."],
    "note": "A Susu paper's camera-shop and photo page (scanned): over three of four columns a story about a camera shop and repairer (kicker, head, subtitle, byline, a photo with caption and credit set inside the second column's text, text above and below it, a subhead, a quote, the text running from the foot of each column to the top of the next); in the fourth a briefs column under a reversed `Xibaaru` label, each brief opening on a bold lead-in and its full stop; under a rule a photo contest's results as a table over two columns (head, header row, one row a prize, a source line) and beside it a story over two columns whose head sits directly over its text.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Wali fiixi",
                        "title": "Kaamera yailanyi Kindia taa kui",
                        "subtitle": "Ibrahima Camara bara kaamera yailan ɲɛɛ tonge naani",
                        "byline": ["Sɛbɛli: Fatoumata Bangoura", "Fatoumata Bangoura"],
                        "ncol": 3,
                        "photo_col": 1,
                        "photo_after": 3,
                        "caption": "Ibrahima Camara kaamera nde yailanfe a xa butiki kui.",
                        "credit": "Fotoe: Sekou Soumah",
                        "body": [
                            "Ibrahima Camara a ra fotoe butiki ra Kindia makiti fɛma. A bara kaamera yailan ɲɛɛ tonge naani, a xa butiki nan na taa kui fotoe butiki singe ra.",
                            "A tan nan kaamera mati, a kaamera yailan fan. Muxune fama kaamera naxanye ra, e nan yailanma, e mu xi fama gbɛtɛ sarama.",
                            ("h", "Diine wali kolonma"),
                            "Ibrahima diine saxan nan xaranma a xɔn butiki kui. A naxa a fala, “Wali yi mu lan a lu n tan xa. Diine fan lan e a kolon.”",
                            "Ɲɛɛ yi, fotoe kaamera yailanma yire gbɛtɛ mu na Kindia. Muxune fama Mamou nun Dubréka fan, e kaamera yailanma a xɔn.",
                            "A naxa a fala fa fala telefoni fotoe bara gbo, kɔnɔ kaamera fotoe fan mu bɔnɔma. “Fotoe fanyi, kaamera nan a ra,” a naxa.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Xibaaru",
                        "section": ["Xibaaru", None],
                        "title": "Fotoe masenyi",
                        "runin": True,
                        "runin_sep": ". ",
                        "ncol": 1,
                        "body": [
                            "Kindia fotoe masenyi rabima Sibiti, novembiri xɔɔra 6, Kulturi Banxi kui.",
                        ],
                    },
                    {
                        "section": [None, "Xibaaru"],
                        "title": "Fotoe xaranyi",
                        "runin": True,
                        "runin_sep": ". ",
                        "ncol": 1,
                        "body": [
                            "Diine naxanye waxi fotoe xaranfe, e siga Kindia Fotoe Kulubu ra Alahadi yo Alahadi.",
                        ],
                    },
                    {
                        "section": [None, "Xibaaru"],
                        "title": "Kaamera mafuren",
                        "runin": True,
                        "runin_sep": ". ",
                        "ncol": 1,
                        "body": [
                            "Butiki nde bara kaamera nɛnɛne rafala makiti kui, e sare mu gbo.",
                        ],
                    },
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "title": "Fotoe yɛngɛfɛ: a sɔtɔxine",
                        "header": True,
                        "sep": " ",
                        "credit": "Kulubu sɛbɛli: Aminata Camara",
                        "cols": [(0.0, "l"), (0.2, "l"), (0.58, "l")],
                        "rows": [
                            ["Yire", "Fotoe tiini", "Sɛbɛli"],
                            ["1", "Kindia makiti", "Aissatou Diallo"],
                            ["2", "Xuruma xure", "Mamadou Keita"],
                            ["3", "Sɛɛmɛ diine", "Kadiatou Touré"],
                            ["4", "Kɔɔrɛ fɔxɔ", "Lansana Sylla"],
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "tight": True,
                        "title": "Fotoe kulubu bara kompiuta sɔtɔ",
                        "ncol": 2,
                        "body": [
                            "Kindia Fotoe Kulubu bara kompiuta firin sɔtɔ, a nun fotoe rafalama mashin keren. Kulubu xa muxune nɔma e fotoe rafalɛ e yɛtɛ ra iki.",
                            "Kulubu kuntigi Oumar Bah naxa a fala, kompiuta ye kulubu xa muxune malima. Kulubu xa yire na Kulturi Banxi fɛma.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [SHEYING, XIUXIANGJI, ZHANLAN, FOTO_MENDE, FOTO_SUSU]
