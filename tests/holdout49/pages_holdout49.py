"""The text of every holdout49 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms and events are invented; real cities and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
`source_sign` sets the source's printed reading flush right under the last paragraph.
"""

JIUYE = {
    "stem": "zh_sim_jiuye_page_yinti_lead_jizhe_shixisheng_byline_gangwei_suji_box_salary_lines_qiuzhi_ketang_numbered_xiaobiaoti_laiyuan_line_flush_right",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["澄川日报", "2026年12月3日　星期四", "第6版　就业"],
    "date": "2026-12-03",
    "page": ["第6版　就业", "6"],
    "foot": "澄川日报　第6版　就业　　求职热线：0739-12333　　责任编辑：柯　岚　美编：龚晓雯",
    "note": "A 就业 (jobs) page: a lead with 引题 (kicker) and 主题 under a byline line naming a reporter and an intern, a photo with `X　摄` credit heading its second column; a reversed 岗位速递 label over a framed box of one job a line with its monthly pay; a 求职课堂 piece with numbered 小标题 headings `一、…`; an item closing on a source line `（来源：…）` set flush right.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "岁末年初促就业",
                        "title": "首场招聘会提供岗位五千余个",
                        "subtitle": "120家企业进场招人　技能岗位最抢手",
                        "byline": ["本报记者　柯雨桐　实习生　潘　越", "本报记者　柯雨桐", "柯雨桐"],
                        "photo_col": 1,
                        "caption": "12月2日，求职者在招聘会现场向企业咨询岗位信息。",
                        "credit": "柯雨桐　摄",
                        "body": [
                            "12月2日上午，澄川市2027年“春风行动”首场大型招聘会在市人力资源市场举行。120家企业带来岗位5200余个，现场人头攒动，不少求职者一早就在门口排起了长队。",
                            "记者在现场看到，数控车床操作工、电工、焊工等技能岗位最受企业青睐，一家机械制造企业的招聘负责人说：“我们今天要招四十个技工，有证书的月薪能开到九千元。”",
                            "市就业服务中心负责人介绍，今年的招聘会比往年提前了一个多月，主要是为了帮助企业提前锁定春节后的用工需求。现场还设置了政策咨询台和简历诊断区，为求职者提供免费服务。",
                            "据统计，当天共有3600余人进场求职，1100余人与企业达成初步就业意向。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "岗位速递",
                        "section": ["岗位速递", None],
                        "box": True,
                        "listing": True,
                        "title": "本周重点招聘岗位",
                        "byline": None,
                        "body": [
                            "数控车床操作工　月薪6500—9000元",
                            "跨境电商客服　月薪5000—7000元",
                            "养老护理员　月薪5500—7500元",
                            "汽车维修技师　月薪7000—10000元",
                            "（岗位详情可拨打12333咨询）",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "求职课堂",
                        "section": ["求职课堂", None],
                        "title": "面试之前　先做好这三件事",
                        "byline": None,
                        "body": [
                            "临近年底，不少求职者开始参加面试。市就业服务中心的职业指导师提醒，面试前多花一点时间准备，成功率会高不少。",
                            ("h", "一、摸清单位底细"),
                            "上网查一查企业的主营业务和近期新闻，面试时能说出一两点，会让面试官觉得你有诚意。",
                            ("h", "二、准备自我介绍"),
                            "用一分钟讲清楚自己的经历和特长，最好结合应聘岗位举一个具体的例子。",
                            ("h", "三、提前规划路线"),
                            "至少提前十五分钟到达，迟到往往是面试中最难挽回的失分项。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "灵活就业人员社保补贴开始申领",
                        "byline": None,
                        "source_sign": True,
                        "source": ["（来源：澄川市人社局）", "澄川市人社局", "来源：澄川市人社局"],
                        "body": [
                            "即日起，在我市登记的灵活就业人员可申领2026年度社会保险补贴，补贴标准为个人实际缴纳养老保险费的三分之二，每人每年最高不超过4800元。",
                            "符合条件的人员可通过“澄川就业”微信公众号在线申请，也可到户籍所在地街道便民服务中心办理，申领截止时间为12月31日。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

WENSHI = {
    "stem": "zh_sim_scan_wenshi_page_jizhe_zhengli_byline_danganguan_gongtu_credit_dashiji_box_year_lines_shihai_gouchen_signed_bracket_zhengji_qishi_fields",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": True,
    "seed": 49002,
    "angle": -0.8,
    "ncols": 4,
    "masthead": ["岫阳晚报", "2026年12月4日　星期五", "B7　文史"],
    "date": "2026-12-04",
    "page": ["B7　文史", "B7"],
    "foot": "岫阳晚报　B7　文史　　投稿邮箱：wenshi@xiuyang.example　　本版编辑：钱慕秋",
    "note": "A scanned 文史 (local history) page: a lead under a byline line `本报记者　X　整理` (compiled by), a photo heading its second column credited `岫阳市档案馆供图`; a reversed 岫阳大事记 label over a framed box of one year a line; a reversed 史海钩沉 label over an essay signed flush right in brackets `（X）`; a 征集启事 (call for old photographs) with contact field lines, signed flush right by the page's desk.",
    "rows": [
        [
            (
                [
                    {
                        "title": "一座老码头的百年沉浮",
                        "subtitle": "从木帆船到集装箱　岫阳港见证城市变迁",
                        "byline": ["本报记者　萧定安　整理", "本报记者　萧定安", "萧定安"],
                        "photo_col": 1,
                        "caption": "上世纪五十年代的岫阳老码头，江边停满了木帆船。",
                        "credit": "岫阳市档案馆供图",
                        "body": [
                            "沿着滨江公园的石阶往下走，几根锈迹斑斑的系缆桩仍立在江边。很少有人知道，这里曾是岫阳最繁忙的地方。",
                            "1921年，招商轮船局在岫阳设立分局，江边搭起了第一座木栈桥。此后的三十多年里，粮食、桐油和布匹从这里装船运往下游，码头一带茶馆、客栈林立，人称“小汉口”。",
                            "1958年，第一座钢筋混凝土码头建成，装卸工人从肩挑背扛改用吊车作业。八十年代，岫阳港开通了第一条集装箱航线，老码头的货运量逐年减少。",
                            "2019年，老码头停止使用并改建为滨江公园，部分栈桥和系缆桩被原样保留下来。如今，每到傍晚，附近的老居民总爱来这里散步，给孙辈讲讲当年码头上的故事。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "岫阳大事记",
                        "section": ["岫阳大事记", None],
                        "box": True,
                        "listing": True,
                        "title": "港口百年",
                        "byline": None,
                        "body": [
                            "1921年　招商轮船局设岫阳分局",
                            "1958年　建成钢筋混凝土码头",
                            "1987年　开通首条集装箱航线",
                            "2019年　老码头改建为滨江公园",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "史海钩沉",
                        "section": ["史海钩沉", None],
                        "title": "“渡口巷”地名的由来",
                        "sign": True,
                        "byline": ["（柳望舒）", "柳望舒"],
                        "body": [
                            "老城区的渡口巷并不临江，很多年轻人觉得这个名字有些奇怪。据清代县志记载，明朝时这里是一条通往江边渡船的小路，后来江岸北移，渡口也随之迁走，只留下了这个地名。",
                            "巷口至今还保存着一块“古渡遗址”石碑，是1936年当地商会所立。",
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
                        "title": "征集老码头老照片",
                        "sign": True,
                        "byline": ["岫阳晚报文史部", None],
                        "source": [None, "岫阳晚报文史部"],
                        "body": [
                            "为记录岫阳港的变迁，本报现向社会征集老码头、老街巷的照片和实物，一经采用将赠送纪念品。",
                            "联系电话：0739-5562180",
                            "征集时间：即日起至2027年3月31日",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

MINSU = {
    "stem": "zh_tra_taiwan_minsu_page_minguo_date_jizhe_slash_place_byline_tu_slash_tigong_credit_miaohui_xingshili_box_lunar_dates_zhijiao_quotes_jiaotong_guanzhi_fields",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": False,
    "ncols": 4,
    "masthead": ["嵐港日報", "中華民國115年12月3日　星期四", "B3　民俗"],
    "date": "2026-12-03",
    "page": ["B3　民俗", "B3"],
    "foot": "嵐港日報　B3　民俗　　新聞熱線：(05) 586-2210　　編輯：鍾淑芬",
    "note": "A traditional-character Taiwan 民俗 (folk religion) page with a 民國 date: a lead with 引題 (kicker) under a byline line `記者X／Y報導`, a photo heading its second column credited `圖／…提供`; a reversed 廟會行事曆 label over a framed box of one festival a line by its lunar date (`初三`, `十五`, `廿二`); a reversed 民俗小百科 label over an unsigned explainer with 「」 quotes; an item of traffic-control field lines `管制時間：`/`管制路段：`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "百年香路　信眾相隨",
                        "title": "溪洲天后宮遶境　三天兩夜徒步百里",
                        "byline": ["記者林佩蓉／溪洲報導", "林佩蓉", "記者林佩蓉"],
                        "photo_col": 1,
                        "caption": "信眾沿途跪地鑽轎，祈求新的一年平安順利。",
                        "credit": "圖／溪洲天后宮提供",
                        "body": [
                            "溪洲天后宮一年一度的媽祖遶境將於本週六起駕，今年適逢建廟一百週年，廟方預估三天兩夜的行程將吸引超過兩萬名信眾隨香，是歷年來規模最大的一次。",
                            "廟方主委廖正雄表示，遶境路線全長約五十公里，途經溪洲、二崙、西螺三個鄉鎮的二十八座宮廟，沿途都有民眾準備點心和茶水「結緣」，讓徒步的香客補充體力。",
                            "今年廟方也首度推出手機定位服務，信眾只要掃描廟方提供的條碼，就能即時查看神轎所在位置，不必再守在路邊苦等。",
                            "廟方提醒，隨香民眾應穿著輕便鞋子、注意補充水分，年長者量力而行，切勿勉強走完全程。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "廟會行事曆",
                        "section": ["廟會行事曆", None],
                        "box": True,
                        "listing": True,
                        "title": "農曆十一月",
                        "byline": None,
                        "body": [
                            "初三　三山國王聖誕　鳳林宮",
                            "十五　冬季祭典　溪洲天后宮",
                            "十九　謝平安　二崙福德祠",
                            "廿二　平安宴　西螺振文宮",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "民俗小百科",
                        "section": ["民俗小百科", None],
                        "title": "什麼是「鑽轎腳」？",
                        "byline": None,
                        "body": [
                            "遶境時常見信眾跪在路旁，讓神轎從頭頂經過，俗稱「鑽轎腳」。民間相信這樣可以消災解厄、祈求平安。",
                            "民俗學者提醒，鑽轎腳時要聽從廟方人員指揮，依序排隊，避免推擠發生危險。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "遶境期間　部分路段交通管制",
                        "byline": None,
                        "body": [
                            "溪洲分局表示，為配合遶境活動，將在神轎經過時實施交通管制，請用路人提早改道。",
                            "管制時間：12月5日至7日",
                            "管制路段：中山路、復興路及溪洲大橋",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PROMET = {
    "stem": "hr_otocni_tjednik_promet_page_caps_nadnaslov_bold_lead_pise_colon_byline_snimio_credit_red_plovidbe_box_departure_time_lines_city_date_hina_dateline",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Otočni glasnik", "Srijeda, 2. prosinca 2026.", "Promet 7"],
    "date": "2026-12-02",
    "page": ["Promet 7", "7"],
    "foot": "Otočni glasnik · Promet · 7",
    "note": "A Croatian island weekly's transport page read by Tesseract eng into a searchable PDF (no Croatian model is installed): a caps nadnaslov (kicker), a head, a bold lead (subtitle), a byline line `Piše: X`, Croatian quotes „…“ and č ć đ š ž, a photo with `Snimio: X` credit heading its second column; a reversed `Red plovidbe` label over a framed ferry timetable, one row of departure times a line; a reversed `Ceste` label over a short item; an item opening with the dateline `SPLIT, 1. prosinca (Hina) –`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "TRAJEKTNE LINIJE",
                        "title": "Zimski red plovidbe donosi manje polazaka",
                        "subtitle": "Otočani upozoravaju da se nakon osam sati navečer s kopna više ne mogu vratiti kući",
                        "byline": ["Piše: Ivana Radić", "Ivana Radić"],
                        "photo_col": 1,
                        "caption": "Trajekt u supetarskoj luci čeka posljednje putnike.",
                        "credit": "Snimio: Tomislav Kurtović",
                        "body": [
                            "Od prvog prosinca trajekti između Splita i Supetra plove po zimskom redu plovidbe, a to znači tri polaska dnevno manje nego u jesen. Posljednji brod iz Splita sada isplovljava u 20 sati.",
                            "„Tko radi u Splitu do osam, više ne stigne kući isti dan. To nije nikakav život,“ kaže Marija Jurišić iz Supetra, koja svaki dan putuje na posao u splitsku bolnicu. Slično razmišljaju i učenici koji pohađaju škole na kopnu.",
                            "Iz brodara odgovaraju da je zimi broj putnika i vozila gotovo upola manji te da dodatna putovanja ne bi bila isplativa. Ipak, najavili su da će petkom i nedjeljom uvesti jedan večernji polazak više.",
                            "Općinsko vijeće Supetra o zimskom redu plovidbe raspravljat će na sjednici idućeg tjedna.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Red plovidbe",
                        "section": ["Red plovidbe", None],
                        "box": True,
                        "listing": True,
                        "title": "Split – Supetar",
                        "byline": None,
                        "body": [
                            "6:15 · 9:00 · 11:30",
                            "14:00 · 17:15 · 20:00",
                            ("h", "Supetar – Split"),
                            "5:00 · 7:30 · 10:15",
                            "12:45 · 15:30 · 18:30",
                            "Vrijedi do 31. ožujka.",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Ceste",
                        "section": ["Ceste", None],
                        "title": "Cesta prema Milni zatvorena do petka",
                        "byline": None,
                        "body": [
                            "Zbog sanacije potpornog zida kod Nerežišća promet cestom prema Milni zatvoren je do petka. Obilazak je moguć preko Ložišća, a autobusi voze prema izmijenjenom voznom redu.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Otočanima besplatno parkiranje u luci",
                        "byline": None,
                        "source": [None, "Hina"],
                        "body": [
                            "SPLIT, 1. prosinca (Hina) – Stanovnici srednjodalmatinskih otoka od ove će godine na parkiralištu u splitskoj luci moći besplatno ostaviti automobil do dvanaest sati, odlučilo je Gradsko vijeće.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

KINHTEBIEN = {
    "stem": "vi_scan_bao_tinh_kinh_te_bien_page_caps_kicker_bold_sapo_bai_va_anh_byline_uncredited_photo_gia_hai_san_box_nguon_line_signed_caps_at_foot",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": True,
    "seed": 49005,
    "angle": 0.6,
    "ncols": 4,
    "masthead": ["Báo Cửa Biển", "Thứ Năm, ngày 3 tháng 12 năm 2026", "Kinh tế biển · Trang 5"],
    "date": "2026-12-03",
    "page": ["Kinh tế biển · Trang 5", "5"],
    "foot": "Báo Cửa Biển · Kinh tế biển · Trang 5",
    "note": "A scanned Vietnamese provincial daily's sea-economy (fisheries) page read by Tesseract eng into plain text (no Vietnamese model is installed): a caps kicker, a head, a bold sapo (subtitle), a byline line `Bài và ảnh: X` (text and photo by one writer, so the photo has no credit), stacked diacritics (ặ ữ ở ế); a reversed `Giá hải sản` label over a framed box of one catch a line with its price, closing on a `Nguồn:` line; a reversed `Thời tiết biển` label over a short item; an item signed flush right in capitals.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "NGHỀ CÁ",
                        "title": "Ngư dân trúng đậm mùa cá cơm cuối năm",
                        "subtitle": "Giá cá cơm tăng gần 20% so với cùng kỳ, nhiều tàu về bến đầy khoang",
                        "byline": ["Bài và ảnh: Trần Minh Khoa", "Trần Minh Khoa"],
                        "photo_col": 1,
                        "caption": "Ngư dân phường Cửa Lở bốc cá cơm lên bờ sáng 2/12.",
                        "body": [
                            "Khoảng năm giờ sáng, cảng cá Cửa Lở đã tấp nập tàu thuyền cập bến. Trên các khoang thuyền, những mẻ cá cơm trắng bạc được ngư dân chuyển lên bờ, thương lái đứng chờ sẵn để cân và chở đi các nơi.",
                            "Ông Lê Văn Hưởng, chủ tàu có bốn lao động, cho biết chuyến biển ba ngày vừa qua đánh bắt được gần hai tấn cá cơm. “Năm nay cá về nhiều, giá lại cao hơn năm ngoái, trừ chi phí dầu và đá lạnh, mỗi người được chia hơn năm triệu đồng,” ông nói.",
                            "Theo Ban quản lý cảng cá, từ đầu tháng 11 đến nay đã có hơn 300 lượt tàu cập cảng với sản lượng khoảng 1.200 tấn hải sản, trong đó cá cơm chiếm hơn một nửa.",
                            "Ngành chức năng khuyến cáo ngư dân theo dõi chặt chẽ thông tin thời tiết và không ra khơi khi có gió mạnh.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Giá hải sản",
                        "section": ["Giá hải sản", None],
                        "box": True,
                        "listing": True,
                        "title": "Tại cảng Cửa Lở sáng 2/12",
                        "byline": None,
                        "body": [
                            "Cá cơm tươi · 28.000 đ/kg",
                            "Mực ống · 185.000 đ/kg",
                            "Tôm sú · 260.000 đ/kg",
                            "Cá thu · 210.000 đ/kg",
                            "Nguồn: Ban quản lý cảng cá",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Thời tiết biển",
                        "section": ["Thời tiết biển", None],
                        "title": "Gió mạnh cấp 6 trên vùng biển phía Bắc",
                        "byline": None,
                        "body": [
                            "Do ảnh hưởng của không khí lạnh, từ đêm 4/12 vùng biển phía Bắc có gió đông bắc mạnh cấp 6, giật cấp 8, biển động. Tàu thuyền hoạt động trên vùng biển này cần chủ động phòng tránh.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Hỗ trợ ngư dân lắp thiết bị giám sát hành trình",
                        "sign": True,
                        "byline": ["THU HÀ", "Thu Hà"],
                        "body": [
                            "Tỉnh vừa dành 6 tỷ đồng hỗ trợ chủ tàu có chiều dài từ 15 mét trở lên lắp đặt thiết bị giám sát hành trình, mỗi tàu được hỗ trợ tối đa 15 triệu đồng. Việc đăng ký thực hiện tại Chi cục Thủy sản đến hết tháng 12.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [JIUYE, WENSHI, MINSU, PROMET, KINHTEBIEN]
