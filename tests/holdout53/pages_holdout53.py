"""The text of every holdout53 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, schools, clubs and events are invented; real cities, regions and places are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
`source_sign` sets the source's printed reading flush right under the last paragraph.
"""

MENGCHONG = {
    "stem": "zh_sim_mengchong_page_wen_tu_byline_uncredited_caption_dai_lingyang_box_pet_lines_wangyou_yisheng_speaker_runins_xinxi_laiyuan_source_sign",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["澜江都市报", "2026年12月12日　星期六", "B6　萌宠"],
    "date": "2026-12-12",
    "page": ["B6　萌宠", "B6"],
    "foot": "澜江都市报　B6　萌宠　　萌宠热线：0739-6637120　　责编：邝　怡　美编：柯小满",
    "note": "A 萌宠 (pets) page: a lead with 引题 (kicker), head and 副题 under a combined writer-and-photographer byline `文/图　本报记者　X`, so the photo heading its second column has a caption and no credit; a reversed 等你回家 label over a framed box of animals waiting for adoption, one animal a line (name, breed, sex, age, state), closing on a contact line; a reversed 宠物医生信箱 label over a letter answered in two paragraphs opened by their speakers `网友“X”：` and `宠物医生　X：`; an unsigned item closing on a source line set flush right `（信息来源：X）`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "气温骤降　宠物医院就诊量明显上升",
                        "title": "天冷了，给毛孩子做好“冬季保养”",
                        "subtitle": "兽医提醒：老年犬猫的关节和呼吸道最需关注",
                        "byline": ["文/图　本报记者　柏　舟", "本报记者　柏　舟", "柏　舟"],
                        "photo_col": 1,
                        "caption": "宠物医生为一只12岁的老年犬检查关节。",
                        "body": [
                            "本周寒潮过境，澜江城区最低气温降到零下3℃。记者走访城区几家宠物医院发现，近几天带犬猫来看病的市民明显多了，感冒、关节疼痛和肠胃不适是最常见的问题。",
                            "在江北一家宠物医院，执业兽医师许宁正在给一只12岁的金毛检查后腿。“老年犬一到冬天关节就容易僵硬，主人会发现它不爱上下楼、起身变慢。”许宁说，这时候要给狗狗垫厚一点的窝，散步时间可以缩短，但不要完全不出门。",
                            "对于猫咪，许宁提醒，天冷以后猫喝水变少，容易引发泌尿系统疾病，可以在家里多放几个水碗，或者在猫粮里适当加些温水。短毛犬外出时可以穿件衣服，但回家后要及时脱下，以免捂出皮肤病。",
                            "另外，不少宠物喜欢钻进暖气片、电暖器旁边取暖，主人要留意防止烫伤。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "等你回家",
                        "section": ["等你回家", None],
                        "box": True,
                        "listing": True,
                        "title": "本周待领养",
                        "byline": None,
                        "body": [
                            "豆豆　中华田园犬　公　2岁　已绝育",
                            "年糕　橘猫　母　1岁　已免疫",
                            "布丁　比熊犬　公　5岁　已绝育",
                            "芝麻　狸花猫　母　8个月　已驱虫",
                            "领养咨询：澜江市小动物保护协会　0739-6637188",
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
                        "label": "宠物医生信箱",
                        "section": ["宠物医生信箱", None],
                        "title": "猫咪总是舔毛正常吗？",
                        "byline": None,
                        "body": [
                            "网友“橘子汽水”：我家猫每天要舔毛好几个小时，肚子上还有一块毛变稀了，这正常吗？",
                            "宠物医生　许　宁：舔毛是猫正常的清洁行为，但如果总是反复舔同一处，舔到掉毛，可能是皮肤病、过敏或者紧张焦虑引起的，建议带到医院做个皮肤检查。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "养犬登记年检本月底截止",
                        "byline": None,
                        "source_sign": True,
                        "source": [
                            "（信息来源：市犬管办）",
                            "市犬管办",
                            "信息来源：市犬管办",
                        ],
                        "body": [
                            "今年的养犬登记年检将于12月31日截止，犬主可携带犬只免疫证明和登记证到各区犬类管理服务点办理，也可以通过“澜江公安”小程序在线办理。",
                            "逾期未年检的，登记证将被注销。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

YUANYI = {
    "stem": "zh_sim_scan_yuanyi_page_jizhe_and_shixisheng_byline_shoufangzhe_gongtu_credit_celsius_note_box_circled_number_step_paragraphs_time_place_lines",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": True,
    "seed": 53002,
    "angle": -0.5,
    "ncols": 4,
    "masthead": ["泺源晨报", "2026年12月14日　星期一", "C3　园艺"],
    "date": "2026-12-14",
    "page": ["C3　园艺", "C3"],
    "foot": "泺源晨报　C3　园艺　　读者热线：0531-8960233　　编辑：苗　圃　校对：单一禾",
    "note": "A scanned 园艺 (gardening) page: a lead with 引题 (kicker), head and 副题 under a byline line naming a reporter and an intern `本报记者　X　实习生　Y`, a photo heading its second column credited `受访者供图` (no name); a reversed 本月宜种 label over a framed planting table, one vegetable a line, closing on a bracketed note with a degree sign `10℃`; a reversed 种植小课堂 label over three steps opened by circled numbers `①②③`, each its own paragraph; an unsigned item whose last paragraphs are a `时间：` line and a `地点：` line.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "冬天的阳台也能“种出”一片绿",
                        "title": "阳台小菜园　冬日照样有收成",
                        "subtitle": "选对品种、管好温度和光照，菠菜生菜蒜苗都能种",
                        "byline": [
                            "本报记者　苏　禾　实习生　田　野",
                            "本报记者　苏　禾",
                            "苏　禾",
                            "苏　禾　田　野",
                        ],
                        "photo_col": 1,
                        "caption": "市民吴女士家阳台上的冬季小菜园。",
                        "credit": "受访者供图",
                        "body": [
                            "天气转冷，不少市民以为阳台上的花盆只能空着过冬。家住历下区的吴女士却不这么想，她家十来平方米的封闭阳台上，菠菜、生菜和蒜苗长得正旺，“隔几天就能掐一把下锅，比买的还新鲜。”",
                            "市农科院蔬菜研究所的高级农艺师孔令山告诉记者，冬季阳台种菜，关键是选对品种。菠菜、生菜、香菜这类叶菜耐寒、生长快，最适合新手；番茄、辣椒等喜温的果菜则最好等到开春再种。",
                            "孔令山说，封闭阳台白天温度一般能保持在10℃以上，要注意的是光照和通风。“冬天日照时间短，盆栽最好放在朝南的窗边，中午气温高的时候开窗透透气，可以减少病虫害。”",
                            "浇水则要“见干见湿”，宁少勿多，最好在上午浇。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "本月宜种",
                        "section": ["本月宜种", None],
                        "box": True,
                        "listing": True,
                        "title": "12月阳台种植表",
                        "byline": None,
                        "body": [
                            "菠菜　撒播　约40天采收",
                            "生菜　育苗移栽　约35天采收",
                            "蒜苗　蒜瓣直插　约20天采收",
                            "香菜　浸种后撒播　约45天采收",
                            "（室内温度宜保持在10℃以上）",
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
                        "label": "种植小课堂",
                        "section": ["种植小课堂", None],
                        "title": "三步自制厨余堆肥",
                        "byline": None,
                        "body": [
                            "①把果皮、菜叶切碎，与园土按一比一的比例混合，装进带盖的桶里。",
                            "②每隔三四天翻动一次，保持湿润但不要积水。",
                            "③大约一个月后，颜色变深、闻不到异味，就可以混进盆土里使用了。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "花友交流会本周日在植物园举行",
                        "byline": None,
                        "body": [
                            "泺源植物园将举办冬季花友交流会，现场有专家讲解年宵花养护，花友们还可以带上自家的多肉、绿萝来交换。",
                            "时间：12月20日（周日）上午9时",
                            "地点：泺源植物园温室展厅",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

CHAYI = {
    "stem": "zh_tra_chayi_page_jizhe_slash_place_baodao_byline_jizhe_slash_she_credit_degree_range_box_wen_slash_signed_profile",
    "script": "zh_tra",
    "tess": ("chi_tra", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["嵐山日報", "2026年12月13日　星期日", "D2　茶藝"],
    "date": "2026-12-13",
    "page": ["D2　茶藝", "D2"],
    "foot": "嵐山日報　D2　茶藝　　讀者服務：(049)2358-1766　　編輯：詹若蘭",
    "note": "A traditional-character 茶藝 (tea) page: a lead with 引題 (kicker), head and 副題 under a Taiwan-style byline `記者X／南投報導` (reporter, slash, place and 報導), a photo heading its second column credited `記者X／攝`; a reversed 泡茶要訣 label over a framed brewing card of field lines, one with a temperature range in degrees and a full-width tilde `90°C～95°C`, closing on a bracketed note; a reversed 茶人茶事 label over a profile signed flush right `文／X`; an unsigned item.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "冬茶上市　茶農趁晴搶收",
                        "title": "高山冬片香氣足　產量少價格穩",
                        "subtitle": "氣溫偏低茶葉生長慢　今年冬茶品質受好評",
                        "byline": ["記者林冠廷／南投報導", "林冠廷", "記者林冠廷"],
                        "photo_col": 1,
                        "caption": "茶農趁著晴天，在鹿谷鄉的茶園採收冬茶。",
                        "credit": "記者林冠廷／攝",
                        "body": [
                            "進入十二月，南投鹿谷、竹山一帶的高山茶園陸續採收冬茶。今年入冬後氣溫偏低，茶芽生長較慢，雖然產量比去年少了約兩成，但茶農普遍認為品質更好，香氣也更濃。",
                            "在鹿谷鄉種茶三十多年的茶農張文雄說，冬茶採收要看天氣，「一定要等天晴，露水乾了才能採，下雨天採的茶葉水分太多，做出來的茶就不香。」他說，今年清晨山上氣溫只有攝氏8度左右，工人五點多就要上山。",
                            "鹿谷鄉農會表示，冬茶因產量少，價格向來比春茶略高，今年每斤價格大致與去年持平，預計月底前完成採收，農會並將在下旬舉辦冬茶評鑑。",
                            "農會也提醒消費者，購買時可認明產地標章，以免買到混充的進口茶。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "泡茶要訣",
                        "section": ["泡茶要訣", None],
                        "box": True,
                        "listing": True,
                        "title": "高山烏龍這樣泡",
                        "byline": None,
                        "body": [
                            "茶葉：約5公克",
                            "水溫：90°C～95°C",
                            "浸泡：第一泡50秒",
                            "回沖：每泡多加10秒",
                            "（以150毫升茶壺計算）",
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
                        "label": "茶人茶事",
                        "section": ["茶人茶事", None],
                        "title": "三代人守著一片茶園",
                        "sign": True,
                        "byline": ["文／陳靜宜", "陳靜宜"],
                        "body": [
                            "凍頂山腳下的吳家，從祖父那一代就開始種茶。今年二十八歲的吳承翰大學畢業後回到家鄉，跟著父親學做茶，也開始在網路上介紹自家的茶。",
                            "他說，做茶最難的是焙火，「火候差一點，味道就完全不一樣，只能一次一次慢慢試。」",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "冬茶比賽評鑑　22日公布結果",
                        "byline": None,
                        "body": [
                            "鹿谷鄉農會冬季優良茶比賽共收到一千二百多件茶樣，將由評審依外觀、香氣、滋味等項目評分，結果預定12月22日公布。",
                            "得獎茶葉將於明年元旦起在農會展售中心販售。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

AHEDRES = {
    "stem": "tl_ahedres_page_caps_kicker_ni_byline_kuha_ni_credit_chess_move_lines_box_en_dash_score_lines_ulat_ng_patnugutan",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Balita ng Bayan", "Linggo, Disyembre 13, 2026", "Ahedres · Pahina 18"],
    "date": "2026-12-13",
    "page": ["Ahedres · Pahina 18", "18"],
    "foot": "Balita ng Bayan · Ahedres · Pahina 18",
    "note": "A Tagalog weekly's chess (Ahedres) page read by Tesseract eng into a searchable PDF (no Tagalog model is installed; the page needs no letter outside English): a caps kicker, a head, a bold deck (subtitle), a byline line `Ni X` (Tagalog `Ni` for `By`), a photo with a `Kuha ni X` credit heading its second column; a reversed `Mga Tira` label over a framed game score, one numbered move pair a line in algebraic notation (`3. d4 cxd4`), closing on a result line; a reversed `Mga Resulta` label over one game's result a line with an en dash `1–0`; an item under the staff byline `Ulat ng Patnugutan`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "PAMBANSANG KAMPEONATO",
                        "title": "Batang taga-Iloilo, bagong kampeon ng ahedres",
                        "subtitle": "Labinlimang taong gulang na si Paolo Villanueva, tinalo ang mga beterano sa huling round",
                        "byline": ["Ni Ramon dela Cruz", "Ramon dela Cruz"],
                        "photo_col": 1,
                        "caption": "Nag-iisip si Paolo Villanueva sa kanyang huling laro sa Lungsod ng Pasig.",
                        "credit": "Kuha ni Liza Manalo",
                        "body": [
                            "Isang labinlimang taong gulang na estudyante mula sa Iloilo ang itinanghal na bagong kampeon ng pambansang paligsahan sa ahedres noong Sabado, matapos talunin ang ilan sa pinakamahuhusay na manlalaro ng bansa.",
                            "Nakakuha si Paolo Villanueva ng pitong puntos sa siyam na round. Sa huling laro, tinalo niya si Gregorio Santos, isang International Master na tatlong beses nang naging kampeon. “Hindi ko inasahan na mananalo ako. Gusto ko lang maglaro nang maayos,” sabi ni Villanueva matapos ang laro.",
                            "Natuto siyang maglaro sa edad na anim, tinuruan ng kanyang lolo sa kanilang bahay sa Jaro. Ngayon ay nagsasanay siya ng apat na oras araw-araw pagkatapos ng klase.",
                            "Siya ang kakatawan sa bansa sa paligsahan sa Asya sa susunod na taon.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Mga Tira",
                        "section": ["Mga Tira", None],
                        "box": True,
                        "listing": True,
                        "title": "Villanueva laban kay Santos",
                        "byline": None,
                        "body": [
                            "1. e4 c5",
                            "2. Nf3 d6",
                            "3. d4 cxd4",
                            "4. Nxd4 Nf6",
                            "5. Nc3 a6",
                            "6. Be3 e5",
                            "Nanalo ang Puti sa ika-41 na tira.",
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
                        "label": "Mga Resulta",
                        "section": ["Mga Resulta", None],
                        "title": "Ikasiyam na round",
                        "listing": True,
                        "byline": None,
                        "body": [
                            "Villanueva 1–0 Santos",
                            "Reyes 0–1 Bautista",
                            "Garcia 1–0 Mendoza",
                            "Aquino 0–1 Lim",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Libreng aralin sa ahedres para sa mga bata",
                        "byline": ["Ulat ng Patnugutan", None],
                        "body": [
                            "Magbubukas ang Samahan ng Ahedres ng Pasig ng libreng aralin para sa mga batang edad walo hanggang labing-apat tuwing Sabado ng umaga sa bulwagan ng barangay. Magdala lamang ng sariling kuwaderno.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

KRAF = {
    "stem": "ms_scan_kraf_page_caps_kicker_oleh_byline_foto_credit_bahan_box_quantity_lines_numbered_step_paragraphs_tarikh_masa_lines",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": True,
    "seed": 53005,
    "angle": 0.6,
    "ncols": 4,
    "masthead": ["Suara Pantai Timur", "Selasa, 15 Disember 2026", "Kraf · Halaman 22"],
    "date": "2026-12-15",
    "page": ["Kraf · Halaman 22", "22"],
    "foot": "Suara Pantai Timur · Kraf · Halaman 22",
    "note": "A scanned Malay daily's crafts (Kraf) page read by Tesseract eng into plain text (no Malay model is installed; Malay needs no letter outside English): a caps kicker, a head, a bold deck (subtitle), a byline line `Oleh X` (Malay `Oleh` for `By`), a photo with a `Foto: X` credit heading its second column; a reversed `Bahan-bahan` label over a framed list of materials, one with its quantity a line (`Kain kapas putih 50 x 50 cm`), closing on a sentence; a reversed `Langkah demi langkah` label over three numbered steps `1.` `2.` `3.`, each its own paragraph; an unsigned item whose last paragraphs are field lines `Tarikh:`, `Masa:`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "WARISAN TEKSTIL",
                        "title": "Batik blok kembali diminati anak muda",
                        "subtitle": "Bengkel di Kuala Terengganu penuh setiap hujung minggu sejak cuti sekolah bermula",
                        "byline": ["Oleh Nurul Huda Ahmad", "Nurul Huda Ahmad"],
                        "photo_col": 1,
                        "caption": "Peserta bengkel mencop corak bunga cengkih pada kain kapas.",
                        "credit": "Foto: Hafiz Rahman",
                        "body": [
                            "Seni batik blok yang pernah dianggap kuno kini kembali mendapat perhatian, terutama dalam kalangan anak muda yang mahu belajar membuat kain sendiri.",
                            "Pengusaha bengkel batik di Kampung Ladang, Encik Zulkifli Musa, berkata tempat bengkelnya penuh setiap Sabtu dan Ahad sejak cuti sekolah bermula bulan lalu. “Dulu yang datang kebanyakannya pelancong. Sekarang ramai pelajar universiti dan pekerja muda yang mahu cuba sendiri,” katanya.",
                            "Menurutnya, setiap peserta diajar cara memanaskan lilin, mencop corak dengan blok tembaga dan mewarnakan kain. Dalam masa tiga jam, mereka boleh membawa pulang sehelai sapu tangan hasil tangan sendiri.",
                            "Bayaran bagi setiap sesi ialah RM45 termasuk semua bahan.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Bahan-bahan",
                        "section": ["Bahan-bahan", None],
                        "box": True,
                        "listing": True,
                        "title": "Untuk sehelai sapu tangan",
                        "byline": None,
                        "body": [
                            "Kain kapas putih 50 x 50 cm",
                            "Lilin batik 200 g",
                            "Blok cop tembaga 1 buah",
                            "Pewarna kain 3 warna",
                            "Semua bahan boleh dibeli di kedai kraf.",
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
                        "label": "Langkah demi langkah",
                        "section": ["Langkah demi langkah", None],
                        "title": "Cara mencop corak pertama",
                        "byline": None,
                        "body": [
                            "1. Panaskan lilin sehingga cair sepenuhnya.",
                            "2. Celupkan permukaan blok ke dalam lilin, kemudian tekan pada kain dengan kuat.",
                            "3. Warnakan kain, biarkan kering, lalu rebus untuk menanggalkan lilin.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Pameran kraf di Pasar Payang",
                        "byline": None,
                        "body": [
                            "Lebih dua puluh pengusaha kraf tempatan akan mempamerkan dan menjual batik, songket dan anyaman mengkuang di pameran kraf hujung minggu ini.",
                            "Tarikh: 19 hingga 20 Disember",
                            "Masa: 10 pagi hingga 6 petang",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [MENGCHONG, YUANYI, CHAYI, AHEDRES, KRAF]
