"""The text of every holdout41 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms and events are invented; real cities and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
A page with `vertical` is set top to bottom, columns right to left; a `verse` piece sets one line a column
(lines end with a newline in the source), stanzas apart by an empty column; a stanza is one paragraph.
"""

LILUN = {
    "stem": "zh_sim_lilun_page_signed_essay_yi_er_san_headings_zuozhe_xi_affiliation_last_line_xuesi_box_xinshu_tuijie",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["汀澜日报", "2026年12月2日　星期三", "第9版　理论"],
    "date": "2026-12-02",
    "page": ["第9版　理论", "9"],
    "foot": "理论版邮箱：lilun@tinglan.example　　责任编辑：温若竹　　校对：包　晴",
    "note": "A 理论 page: a signed essay over three columns with numbered 小标题 (一、二、三、) and the author's affiliation `（作者系…）` set as its last line; a boxed 学思践悟 column with a unit-and-name byline line; a reversed 新书推介 label over a book note ending with the book's data line; a 本报讯 item under a 理论动态 label.",
    "rows": [
        [
            (
                [
                    {
                        "title": "以“小切口”推动基层治理“大提升”",
                        "byline": ["许明远"],
                        "body": [
                            "基层是社会治理的最末端，也是服务群众的最前沿。近年来，不少地方从群众反映最强烈的具体问题入手，以小切口撬动大变化，让治理成效看得见、摸得着。总结这些做法，可以得到三点启示。",
                            ("h", "一、找准群众最关心的“小切口”"),
                            "治理从哪里入手？答案往往就在群众的日常生活里。停车难、加装电梯难、老旧小区管网老化，这些事看起来不大，却天天牵动居民的心。汀澜市城南街道去年梳理出居民反映最集中的十二件事，逐件明确责任单位和完成时限，一年下来办结十件，居民满意度明显上升。",
                            "小切口之所以有效，在于它把抽象的治理目标变成了具体的任务清单，干部知道该干什么，群众知道该找谁。",
                            ("h", "二、用好数字技术这把“钥匙”"),
                            "数字技术为基层治理提供了新的工具。一些社区把网格员的走访记录、居民的诉求和部门的处理结果放进同一个平台，问题从发现到解决的每一步都有迹可循。但也要看到，技术只是手段，不能让填表、打卡挤占了干部入户走访的时间，更不能把不会使用智能手机的老年人挡在服务之外。",
                            ("h", "三、把制度优势转化为治理效能"),
                            "小切口要见大成效，离不开制度保障。要把行之有效的做法及时固定下来，明确街道、社区和物业各自的职责，建立群众评议机制，让治理成果由群众来评判。只有这样，基层治理才能从解决一件事走向解决一类事。",
                            "（作者系汀澜市委党校公共管理教研部教授）",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "学思践悟",
                        "section": ["学思践悟", None],
                        "box": True,
                        "title": "调研要多走“回头路”",
                        "byline": ["汀澜大学公共管理学院　钟秋言", "钟秋言"],
                        "body": [
                            "做调研，第一次去往往只能看到表面。村里的路修好了没有、合作社的账目清不清楚，要隔一段时间再去看一看，才能知道变化是真是假。",
                            "多走“回头路”，既是对群众负责，也是对自己的结论负责。写在纸上的经验，只有经得起反复检验，才能真正推广开来。",
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
                        "label": "新书推介",
                        "section": ["新书推介", None],
                        "title": "从田野里读懂乡村治理",
                        "byline": None,
                        "body": [
                            "作者用五年时间走访了西南地区的三十多个村庄，记录了村民议事会、红白理事会等基层组织的运作细节。书中没有空泛的议论，大量篇幅留给了村民自己的讲述，读来真实可感。",
                            "《乡土里的治理》，韦青山著，汀澜人民出版社2026年10月出版。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "label": "理论动态",
                        "section": ["理论动态", None],
                        "title": "市社科联举办青年学者论坛",
                        "byline": [None, "石　岚", "石岚"],
                        "body": [
                            "本报讯（记者　石　岚）11月29日，汀澜市社科联举办第五届青年学者论坛，来自市内高校和研究机构的四十余名青年学者围绕城乡融合发展、数字经济等议题作了交流。",
                            "论坛评选出优秀论文十二篇，获奖论文将结集出版。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

CHENGSHI = {
    "stem": "zh_sim_scan_chengshi_page_metro_lead_photo_jizhe_shouji_box_under_lead_chuxing_tishi_route_listing_box_benbaoxun_band",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": True,
    "seed": 41002,
    "angle": 0.8,
    "ncols": 4,
    "masthead": ["澄州晚报", "2026年12月2日　星期三", "第5版　城事"],
    "date": "2026-12-02",
    "page": ["第5版　城事", "5"],
    "foot": "澄州晚报　城事　2026年12月2日　第5版　新闻热线：0761-5582110",
    "note": "A scanned 城事 page: a lead with kicker and a two-name byline line, a photo heading its second column; under the lead in the same columns a boxed 记者手记 with its own head; a boxed 出行提示 column listing bus route changes one line each; a 本报讯 story in a band.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "地铁3号线二期本月28日开通",
                        "title": "沿线十二条公交线路同步调整",
                        "byline": ["本报记者　袁晓岑　实习生　田　野", "袁晓岑"],
                        "photo_col": 1,
                        "caption": "12月1日，工作人员在地铁3号线澄西站调试自动售票机。",
                        "credit": "本报记者　袁晓岑　摄",
                        "body": [
                            "记者从市交通运输局获悉，地铁3号线二期工程将于12月28日开通运营。届时，3号线将从目前的江滨站向西延伸至澄西站，新增车站七座，线路全长达到三十一公里。",
                            "为做好公交与地铁的衔接，公交集团对沿线十二条线路作了调整，其中四条线路缩短、三条线路延伸，一条与地铁走向高度重合的线路停运。调整方案此前已向社会公开征求意见，共收到市民建议六百余条。",
                            "“有的线路调整后，老人去医院反而要多换一次车。”市民代表在听证会上提出。对此，公交集团在澄西站和人民医院之间增开了一条社区巡游线，票价一元，每十五分钟一班。",
                            "市交通运输局有关负责人表示，开通初期将在各换乘站安排引导员，市民可通过“澄州公交”小程序查询调整后的线路和首末班时间。",
                        ],
                    },
                    {
                        "label": "记者手记",
                        "section": ["记者手记", None],
                        "box": True,
                        "title": "让换乘少走一步路",
                        "byline": None,
                        "body": [
                            "采访中，不少市民最关心的不是地铁跑得多快，而是出了站能不能马上坐上公交车。一条线路怎么调，关系到千家万户每天的出行。把换乘站台离地铁口的距离再缩短一点，把末班车的时间再往后延一点，城市的温度就在这些细节里。",
                        ],
                    },
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "出行提示",
                        "section": ["出行提示", None],
                        "box": True,
                        "title": "12月28日起调整的公交线路",
                        "byline": None,
                        "listing": True,
                        "body": [
                            "12路：改经新华街",
                            "27路：终点站延伸至地铁澄西站",
                            "33路：首班车提前至6:00",
                            "41路：缩短至人民医院站",
                            "K8路：停运，由地铁3号线替代",
                            "社区巡游1路：票价1元",
                            "咨询电话：0761-96128",
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
                        "title": "老旧小区加装电梯今年已完工八十六部",
                        "byline": [None, "方　静", "方静"],
                        "body": [
                            "本报讯（记者　方　静）记者从市住建局了解到，今年全市老旧小区已完工加装电梯八十六部，另有四十二部正在施工，惠及居民三千余户。",
                            "今年起，我市将加装电梯的补贴标准提高到每部二十五万元，并简化了审批流程，从申请到开工的时间由过去的半年缩短至两个月左右。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

FUKAN = {
    "stem": "zh_tra_vert_fukan_page_right_to_left_columns_reversed_column_label_essay_illustration_tu_credit_boxed_poem_stanzas_xiaopin",
    "script": "zh_tra",
    "tess": ("chi_tra_vert", "hocr"),
    "scan": False,
    "vertical": True,
    "ncols": 4,
    "masthead": ["海瀾日報", "中華民國115年12月2日　星期三", "D3　副刊"],
    "date": "2026-12-02",
    "page": ["D3　副刊", "D3"],
    "foot": "海瀾日報　副刊　D3　投稿信箱：fukan@hailan.example",
    "note": "A Taiwan 副刊 page set vertically, columns right to left (traditional, read by Tesseract with chi_tra_vert alone): an essay under a reversed vertical column label 浮世繪, its title and ◎ author in columns of their own, an illustration at its left end with a vertical 圖／ credit; a boxed poem of three stanzas, one line a column; a short 小品 beside it.",
    "rows": [
        [
            (
                [
                    {
                        "label": "浮世繪",
                        "section": ["浮世繪", None],
                        "big": True,
                        "title": "阿嬤的灶腳",
                        "byline": ["◎程若嵐", "程若嵐"],
                        "credit": "圖／杜予安",
                        "body": [
                            "小時候每到冬天，我最喜歡待的地方就是阿嬤的灶腳。那是老屋後頭一間低矮的房間，牆被柴煙燻得發黑，一口大灶佔去了一半的地方。",
                            "天還沒亮，阿嬤就起來生火。她先塞一把乾稻草，再架上幾根細柴，火苗一竄起來，整間灶腳就暖了。我縮在灶邊的小板凳上，看她把地瓜埋進灶口的熱灰裡，心裡只盼著早飯快點好。",
                            "阿嬤做菜從來不用秤，鹽放多少、火要多大，全憑一雙手。她常說：「煮飯跟做人一樣，急不得。」那時我聽不懂，只覺得她的菜怎麼吃都比別人家的香。",
                            "後來老屋改建，大灶拆了，換上了瓦斯爐。阿嬤嘴上說方便，卻常常一個人站在新廚房裡發呆。前年她走了，我才明白，她守著的不只是一口灶，而是一家人圍在一起的日子。",
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
                        "box": True,
                        "verse": True,
                        "title": "冬至",
                        "byline": ["◎葉聽潮", "葉聽潮"],
                        "body": [
                            "母親把糯米粉\n揉成一顆顆小小的月亮\n放進滾水裡",
                            "窗外的風\n一整夜都在敲門\n像遠行的人\n想起了回家的路",
                            "我們圍著一鍋湯圓\n數著碗裡的甜\n也數著\n空出來的那張椅子",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "巷口的修鞋攤",
                        "byline": ["◎林晚晴", "林晚晴"],
                        "body": [
                            "巷口的修鞋攤擺了三十年。老師傅姓賴，話不多，手上的針線卻從不停。",
                            "前些日子攤子收了，只留下一塊褪色的招牌。聽說賴師傅的手抖得厲害，再也拿不穩錐子了。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

NUSANTARA = {
    "stem": "id_harian_daerah_caps_rubrik_kicker_dateline_paper_dash_lead_reporter_initials_at_end_foto_caps_slash_credit_kilas_daerah_items_oleh_byline",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Kabar Lembayung", "Rabu, 2 Desember 2026", "Nusantara 14"],
    "date": "2026-12-02",
    "page": ["Nusantara 14", "14"],
    "foot": "14 | Nusantara | Kabar Lembayung",
    "note": "An Indonesian regional daily: a caps rubric kicker over the lead, no byline line, paragraph 1 opening with a dateline naming the paper (`GARUT, KABAR LEMBAYUNG — `) and the last paragraph ending with the reporter's initials `(RIS)`; a photo with the caps credit `KABAR LEMBAYUNG/RISA HANDAYANI` heading the lead's second column; a reversed `Kilas Daerah` label over two items opening with a place dateline and ending with initials; a story in a band with the byline line `Oleh ANDI PRASETYO`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "PERTANIAN",
                        "title": "Petani Garut Panen Cabai di Tengah Musim Hujan",
                        "byline": [None, "RIS"],
                        "photo_col": 1,
                        "caption": "Petani memetik cabai di Desa Sukamulya, Kabupaten Garut, Jawa Barat, Selasa (1/12/2026).",
                        "credit": "KABAR LEMBAYUNG/RISA HANDAYANI",
                        "body": [
                            "GARUT, KABAR LEMBAYUNG — Ratusan petani di Kecamatan Cikajang, Kabupaten Garut, mulai memanen cabai merah meskipun hujan turun hampir setiap hari. Hasil panen tahun ini diperkirakan naik sekitar 20 persen dibandingkan tahun lalu.",
                            "Ketua Kelompok Tani Mekar Sari, Ujang Suherman (52), mengatakan, petani sudah belajar dari gagal panen dua tahun lalu. Mereka kini menanam cabai di bawah naungan plastik agar tanaman tidak busuk terkena air hujan.",
                            "”Dulu banyak yang rugi karena buahnya rontok. Sekarang kami pakai mulsa dan atap plastik, jadi lebih aman,” kata Ujang, Selasa (1/12/2026).",
                            "Harga cabai merah di tingkat petani saat ini berkisar Rp 28.000 per kilogram. Menurut Dinas Pertanian Kabupaten Garut, sebagian hasil panen akan dikirim ke pasar induk di Jakarta dan Bandung menjelang akhir tahun. (RIS)",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Kilas Daerah",
                        "section": ["Kilas Daerah", None],
                        "title": "Jembatan Gantung Diperbaiki",
                        "byline": [None, "DEN"],
                        "body": [
                            "CIAMIS — Jembatan gantung yang menghubungkan dua desa di tepi Sungai Citanduy mulai diperbaiki pekan ini. Selama perbaikan, warga diminta menyeberang dengan perahu yang disediakan pemerintah desa. (DEN)",
                        ],
                    },
                    {
                        "section": [None, "Kilas Daerah"],
                        "title": "Festival Layang-layang Digelar",
                        "byline": [None, "ADH"],
                        "body": [
                            "PANGANDARAN — Sebanyak 120 peserta dari berbagai daerah mengikuti festival layang-layang di Pantai Barat, Minggu (29/11/2026). (ADH)",
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
                        "title": "Sekolah di Lereng Gunung Kekurangan Guru",
                        "byline": ["Oleh ANDI PRASETYO", "ANDI PRASETYO", "Andi Prasetyo"],
                        "body": [
                            "BANDUNG, KABAR LEMBAYUNG — Sejumlah sekolah dasar di daerah pegunungan Jawa Barat masih kekurangan guru. Di beberapa sekolah, satu guru harus mengajar dua kelas sekaligus.",
                            "Kepala SD Negeri Cibeureum, Nining Kurniasih, mengatakan, sekolahnya hanya memiliki empat guru tetap untuk enam kelas. Ia berharap pemerintah daerah segera menambah guru honorer yang mau tinggal di desa.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

SUOMI = {
    "stem": "fi_scan_paikallislehti_caps_kicker_bold_ingressi_teksti_ja_kuvat_byline_no_credit_rdquo_quotes_lyhyesti_column_read_by_eng",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": True,
    "seed": 41005,
    "angle": -1.1,
    "ncols": 4,
    "masthead": ["Järvilahden Sanomat", "Keskiviikko 2.12.2026", "Paikalliset 5"],
    "date": "2026-12-02",
    "page": ["Paikalliset 5", "5"],
    "foot": "5 | Paikalliset | Järvilahden Sanomat",
    "note": "A scanned Finnish local paper read by Tesseract eng (no Finnish model is installed): a caps kicker, a bold ingressi under the head, one byline line `Teksti ja kuvat: Aino Laaksonen` standing for the photo credit too (the caption has no credit), Finnish quotes ”…” on both sides and speech dashes, line-end hyphens at compound breaks, a reversed `Lyhyesti` label over two items, a story in a band with the reporter's name alone as its byline line.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "LIIKENNE",
                        "title": "Uusi kevyen liikenteen silta avataan jouluna",
                        "subtitle": "Silta yhdistää Rantakylän ja keskustan. Kävelymatka lyhenee lähes kilometrillä.",
                        "byline": ["Teksti ja kuvat: Aino Laaksonen", "Aino Laaksonen"],
                        "photo_col": 1,
                        "caption": "Työmaa~päällikkö Jari Heikkinen esitteli sillan kaiteita tiistaina.",
                        "body": [
                            "Järvilahden uusi kevyen liikenteen silta otetaan käyttöön 22. joulukuuta. Noin 180 metriä pitkä silta ylittää Kapeenselän ja yhdistää Rantakylän suoraan kaupungin keskustaan.",
                            "– Työt ovat edenneet aikataulussa, vaikka syksy oli sateinen. Viimeiset asfaltoinnit tehdään ensi viikolla, kertoo työmaa~päällikkö Jari Heikkinen.",
                            "Sillan rakentaminen maksoi noin 6,4 miljoonaa euroa. Kaupungin~hallitus hyväksyi hankkeen vuonna 2024, ja siihen saatiin valtiolta avustusta.",
                            "Rantakylässä asuva Liisa Mäkelä odottaa avajaisia innolla. ”Nyt pääsen töihin pyörällä ympäri vuoden”, hän sanoo.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Lyhyesti",
                        "section": ["Lyhyesti", None],
                        "title": "Joulukuusi syttyy torilla",
                        "byline": None,
                        "body": [
                            "Kaupungin joulukuusi sytytetään torilla lauantaina kello 16. Musiikki~opiston kuoro laulaa, ja tarjolla on glögiä ja piparkakkuja.",
                        ],
                    },
                    {
                        "section": [None, "Lyhyesti"],
                        "title": "Uimahalli suljetaan viikoksi",
                        "byline": None,
                        "body": [
                            "Uimahalli on suljettuna huolto~töiden vuoksi 7.–13. joulukuuta.",
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
                        "title": "Kirjasto pidentää aukioloaikojaan",
                        "byline": ["Mikko Rantala"],
                        "body": [
                            "Järvilahden pääkirjasto on tammikuusta alkaen auki myös sunnuntaisin. Lisäksi omatoimi~kirjasto avataan arkisin jo kello seitsemän.",
                            "– Asiakkaat ovat toivoneet pidempiä aukioloaikoja pitkään, sanoo kirjaston~johtaja Sari Nieminen.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [LILUN, CHENGSHI, FUKAN, NUSANTARA, SUOMI]
