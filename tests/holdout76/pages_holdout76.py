"""The text of every holdout76 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, clubs, firms, shops, letters and events are invented; real towns and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold; ("s", t) a score line (bold, centred, a paragraph);
("q", quote, attribution)
a pull quote between two rules (it repeats a sentence of the text; unscored).
`label` sets a reversed label over an article (its `section`); `brief` sets the head in the deck size; `tight`
sets the first line of text directly under the head; `inline_byline` marks a byline printed only inside the first
paragraph's opener; `jump` is a jump line set flush right at the story's foot (furniture); `sign` sets the byline
flush right under the text (a letter's signature). A page with `vertical` is set in columns of characters read top
to bottom, right to left (`tiers`, each a row of stories right to left; `rows` is made from them for the gold).
"""

QIUSAI = {
    "stem": "zh_sim_sports_page_zuqiu_liansai_match_report_score_line_photo_jump_line_saiguo_sudi_results_briefs_benbaoxun_tight_head_second_story",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 6,
    "masthead": ["瓯江晨报", "2027年10月18日　星期一", "第7版　体育"],
    "date": "2027-10-18",
    "page": ["第7版　体育", "第7版", "7"],
    "foot": "瓯江晨报　第7版　体育　　责任编辑：郑　航　　体育热线：0577-8860215",
    "note": "A sports page: over four of six columns a match report (kicker, head, subtitle, byline, a bold score line opening the text, a subhead, a photo heading its first column with caption and credit, a jump line at its foot); in the right third a reversed `赛果速递` label over three results briefs, each a bold head set directly over its text; under a rule a second story over four columns whose head sits directly over a 本报讯（记者…） opener, and a third story over two columns.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "市民足球联赛昨晚决出冠军",
                        "title": "补时绝杀　鹿城队首夺联赛冠军",
                        "subtitle": "两队九十分钟战成一比一　替补前锋头球破门",
                        "byline": ["本报记者　夏一鸣", "夏一鸣"],
                        "ncol": 3,
                        "photo_col": 0,
                        "caption": "比赛最后时刻，鹿城队替补前锋高高跃起，头球攻入制胜一球。",
                        "credit": "本报记者　夏一鸣　摄",
                        "jump": "（下转第8版）",
                        "body": [
                            ("s", "鹿城队　2∶1　瓯海队"),
                            "昨晚的市体育中心座无虚席，八千多名球迷见证了市民足球联赛的最后一战。补时第三分钟，鹿城队替补前锋周立群头球破门，以二比一击败瓯海队，首次捧起冠军奖杯。",
                            "上半场第二十分钟，瓯海队利用角球率先进球。鹿城队并不慌乱，下半场开场不久由队长陈子豪远射扳平比分。",
                            ("h", "替补上场十分钟就进球"),
                            "周立群今年二十二岁，白天在一家汽修厂上班，晚上跟队训练。他在第八十三分钟替补登场，十分钟后就完成了绝杀。“球传过来的时候，我什么都没想，就是往前顶。”他说。",
                            "鹿城队主教练赛后说，这支球队里有教师、快递员，也有大学生，大家每周只能练两次，能拿冠军靠的是拼劲。",
                            "本届联赛从五月开赛，共有十六支业余球队参加，比赛一百二十场，观众累计超过六万人次。市足协表示，明年将增设女子组，并把",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "label": "赛果速递",
                        "section": ["赛果速递", None],
                        "brief": True,
                        "tight": True,
                        "title": "市运会篮球赛　乐清队夺冠",
                        "ncol": 1,
                        "body": [
                            "本报讯　市运会男子篮球决赛昨天结束，乐清队以七十八比七十一战胜瑞安队，永嘉队获得第三名。",
                        ],
                    },
                    {
                        "section": [None, "赛果速递"],
                        "brief": True,
                        "tight": True,
                        "title": "青少年游泳赛破两项纪录",
                        "ncol": 1,
                        "body": [
                            "本报讯　全市青少年游泳锦标赛周日闭幕，十二岁组一百米蛙泳和两百米自由泳两项纪录被打破。",
                        ],
                    },
                    {
                        "section": [None, "赛果速递"],
                        "brief": True,
                        "tight": True,
                        "title": "江心屿环岛跑千人参赛",
                        "ncol": 1,
                        "body": [
                            "本报讯　江心屿环岛跑前天开跑，一千二百名跑者参赛，男子组冠军成绩为三十一分零五秒。",
                        ],
                    },
                ],
                4,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "tight": True,
                        "title": "社区乒乓球馆周末免费开放",
                        "byline": ["记者　吴佳琪", "吴佳琪"],
                        "inline_byline": True,
                        "ncol": 3,
                        "body": [
                            "本报讯（记者　吴佳琪）从本周六起，鹿城区十个社区乒乓球馆在周末全天免费开放，市民带身份证登记即可入场。",
                            "区文体中心介绍，每个球馆设有四到六张球台，周末安排教练志愿服务，为初学者讲解发球和步法。",
                            "去年起，区里陆续把闲置的仓库和车库改成球馆，目前每周接待市民近三千人次。",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "title": "老将五十岁再登领奖台",
                        "ncol": 1,
                        "body": [
                            "在上周的市老年门球赛上，五十岁的林素琴带领球队获得亚军。",
                            "她年轻时是省队的短跑运动员，退役后在中学教体育，如今每天清晨仍在公园练球。",
                        ],
                    }
                ],
                4,
                2,
            ),
        ],
    ],
}

CAIJING = {
    "stem": "zh_tra_scan_hong_kong_business_page_caijing_lead_pull_quote_attribution_photo_jump_line_shichang_sulan_market_brief_benbaoxun_second_story",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": True,
    "seed": 76002,
    "angle": 0.6,
    "ncols": 4,
    "masthead": ["維港商報", "2027年5月20日　星期四", "B3　財經"],
    "date": "2027-05-20",
    "page": ["B3　財經", "B3"],
    "foot": "維港商報　B3　財經　　責任編輯：何思敏　　查詢熱線：2861 3047",
    "note": "A Hong Kong business page (scanned): over three of four columns a lead on a family noodle maker's new factory (kicker, head, subtitle, byline, a subhead, a pull quote with its attribution between two rules, a photo heading its second column with caption and credit, a jump line at its foot); in the fourth column a reversed `市場速覽` label over a short market brief (a bold head set directly over its text) and a second brief; under a rule a second story over four columns whose head sits directly over a 【本報訊】 opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "老字號麵廠三代經營　搬進新工業大廈",
                        "title": "竹昇麵變身出口貨　訂單翻一番",
                        "subtitle": "新廠房下月投產　每日產量增至五噸",
                        "byline": ["記者　梁嘉雯", "梁嘉雯"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "第三代東主在新廠房試機，麵條由機器切條後人手包裝。",
                        "credit": "記者梁嘉雯攝",
                        "jump": "（轉B4版）",
                        "body": [
                            "在深水埗經營了六十年的一家麵廠，下月將搬進葵涌的新工業大廈。第三代東主說，近兩年海外訂單不斷增加，舊舖已經不夠用，新廠房投產後，每日產量可由兩噸增至五噸。",
                            "麵廠由祖父在一九六七年創辦，最初只做街坊生意。十年前孫輩接手後，開始把竹昇麵真空包裝，賣到加拿大和澳洲的華人超市。",
                            ("h", "海外華人想念家鄉味"),
                            "東主說：「外國的華人最想念的，就是小時候吃過的那碗麵。」去年出口額佔營業額四成，今年首四個月的訂單已經比去年同期多一倍。",
                            ("q", "「外國的華人最想念的，就是小時候吃過的那碗麵。」", "——麵廠第三代東主"),
                            "新廠房面積約八千平方呎，添置了兩部壓麵機，但打麵的工序仍保留竹昇，由老師傅坐在竹上來回壓打。",
                            "業界人士指出，本地食品廠近年面對租金和人手的壓力，不少轉做網上零售和出口。麵廠計劃明年推出低鹽產品，並",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "市場速覽",
                        "section": ["市場速覽", None],
                        "brief": True,
                        "tight": True,
                        "title": "金價回落百二元",
                        "ncol": 1,
                        "body": [
                            "本地金飾店昨日的足金飾金賣出價每兩報二萬一千零八十元，較前日回落一百二十元，買入價同步下調。",
                        ],
                    },
                    {
                        "section": [None, "市場速覽"],
                        "brief": True,
                        "tight": True,
                        "title": "街市菜價平穩",
                        "ncol": 1,
                        "body": [
                            "批發市場資料顯示，本週本地菜心批發價每斤約九元，與上週相若；鮮魚價格則因天氣轉差略為上升。",
                        ],
                    },
                    {
                        "section": [None, "市場速覽"],
                        "brief": True,
                        "tight": True,
                        "title": "寫字樓租金微跌",
                        "ncol": 1,
                        "body": [
                            "地產代理統計，上月港島甲級寫字樓平均呎租較前月微跌百分之零點八，連跌第三個月，九龍東則大致持平。",
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
                        "title": "小店網購平台試行一年　三百商戶受惠",
                        "ncol": 4,
                        "body": [
                            "【本報訊】一個專為社區小店而設的網購平台試行一年，已有三百多間商戶加入，當中以乾貨店、涼茶舖和文具店最多。",
                            "平台負責人表示，商戶只需每月付一百元上架費，平台代為安排送貨，顧客可在同區店舖取貨，節省運費。",
                            "有參與的涼茶舖老闆說，網上訂單現時佔生意約一成，不少年輕顧客是在網上認識店舖後才上門光顧。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

BUDAYA = {
    "stem": "ace_acehnese_culture_page_seudati_feature_subheads_le_byline_photo_haba_buku_review_star_rating_line",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Haba Seuramoe", "Hamèh, 14 Oktober 2027", "Budaya · 9"],
    "date": "2027-10-14",
    "page": ["Budaya · 9", "9"],
    "foot": "Haba Seuramoe · Budaya · 9 · Redaktur: Cut Nyak Rahmah",
    "note": "An Acehnese daily's culture page: over three of four columns a long feature on a village Seudati group (kicker, head, subtitle, byline `Lé Nurul Hayati`, three subheads inside its columns, a photo heading its second column with caption and credit); in the fourth column a reversed `Haba Buku` label over a review (head, a star rating line under it, byline, text); under a rule a short second story over four columns whose head sits directly over a dateline opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Budaya gampông",
                        "title": "Seudati gampông Lamteuba hana mate",
                        "subtitle": "Aneuk muda lhèe ploh droe meurunoe ngon syèh tuha",
                        "byline": ["Lé Nurul Hayati", "Nurul Hayati"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Aneuk muda Lamteuba teungoh meurunoe Seudati bak meunasah gampông.",
                        "credit": "Foto: Nurul Hayati",
                        "body": [
                            "Tiep malam Jumeu'at, meunasah gampông Lamteuba lam Aceh Besar meuseu'uen ngon su tepok jaroe. Lapan droe aneuk muda meudong meubanja, jipeh dada ngon jiteupok jaroe meunurot su syèh.",
                            "Kelompok Seudati nyoe geupeudong lé Tgk. Ibrahim Daud, syèh tuha nyang ka meuseudati sit lheueh thôn 1975. Jinoe na lhèe ploh droe aneuk muda nyang meurunoe bak gobnyan.",
                            ("h", "Meurunoe nibak syèh tuha"),
                            "Tgk. Ibrahim kheun, bak masa jameun Seudati geupeutunyok bak kanduri blang ngon uroe raya. Teuma, lé aneuk muda jinoe leubeh galak keu hp nibak keu tari gampông.",
                            "\u201cMeunyoe hana soe nyang meurunoe, Seudati nyoe mate ngon geutanyoe,\u201d kheun gobnyan.",
                            ("h", "Pakaian ngon syair baro"),
                            "Kelompok nyoe peugot pakaian baro ngon peng nibak sumbangan ureueng gampông. Syair-syair geutuléh baro, meuhaba keu laot, blang, ngon aneuk muda nyang jak meurantoe.",
                            "Buleuen ukeue, kelompok nyoe jak meuseudati bak festival budaya di Banda Aceh. Nyoe keuh phon kali awak nyan meuseudati di luwa gampông.",
                            ("h", "Harapan keu uroe ukeue"),
                            "Geuchik Lamteuba, Muhammad Yusuf, kheun gampông ka geupeusiap saboh rumoh keu teumpat meurunoe. Gobnyan meuharap aneuk inong cit jeut meurunoe tari Aceh laén, lagèe Ranub Lampuan.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Haba Buku",
                        "section": ["Haba Buku", None],
                        "brief": True,
                        "title": "Hikayat Aneuk Laot",
                        "subtitle": ["Nilai: ★★★★☆", None],
                        "byline": ["Lé Zulfikar Ibrahim", "Zulfikar Ibrahim"],
                        "ncol": 1,
                        "body": [
                            "Buku nyoe meuhaba keu saboh keuluarga pukat di Ulee Lheue nyang udép ngon laot. Bahsa geuyue mudah, ngon le narit Aceh nyang ka jarang geungui.",
                            "Hikayat nyoe get keu aneuk sikula. Saboh kureueng: gamba hana meuwarna.",
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
                        "title": "Museum Tsunami buka kelas lukéh keu aneuk miet",
                        "ncol": 4,
                        "body": [
                            "BANDA ACEH — Museum Tsunami buka kelas lukéh keu aneuk miet tiep uroe Aleuhad, phon buleuen ukeue. Kelas nyoe hana bayeue.",
                            "Aneuk miet umu lapan sampoe dua blah thôn jeut meudaftar bak kantô museum. Tiep kelas na dua ploh droe aneuk.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

SURAT = {
    "stem": "bjn_scan_banjar_opinion_page_tajuk_editorial_no_byline_ulih_column_photo_jump_line_surat_pambaca_two_signed_letters",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": True,
    "seed": 76004,
    "angle": -0.5,
    "ncols": 4,
    "masthead": ["Suara Banua", "Jumahat, 22 Januari 2027", "Opini · 4"],
    "date": "2027-01-22",
    "page": ["Opini · 4", "4"],
    "foot": "Suara Banua · Opini · 4 · Redaktur Opini: Rahmah Fitriani",
    "note": "A Banjar daily's opinion page (scanned): over two of four columns an editorial under a reversed `Tajuk` label (head directly over its text, no byline); over the other two an opinion column (head, byline `Ulih Ahmad Fauzan`, a photo heading its second column with caption and credit, a jump line at its foot); under a rule a reversed `Surat Pambaca` label over two letters over two columns each, each with its head and signed at its foot.",
    "rows": [
        [
            (
                [
                    {
                        "label": "Tajuk",
                        "section": ["Tajuk", None],
                        "tight": True,
                        "title": "Sungai kita, tanggung jawab kita",
                        "ncol": 2,
                        "body": [
                            "Banyu sungai di Banjarmasin makin hari makin karuh. Sampah plastik hanyut di Sungai Martapura, wan banyak jamban masih langsung ka sungai.",
                            "Pamarintah kota sudah maulah program bersih sungai, tapi program itu kada cukup mun warga kada umpat. Sungai ini kada kawa dibersihakan ulih satu dinas haja.",
                            "Kami baharap, tiap kampung di pinggir sungai maulah regu bersih sungai. Anak sakulah kawa diajak, bubuhan padagang pasar kawa manyadiakan wadah sampah.",
                            "Sungai adalah muha kota kita. Mun sungai karuh, muha kita jua nang karuh.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Pasar terapung jangan sampai tinggal ngaran",
                        "byline": ["Ulih Ahmad Fauzan", "Ahmad Fauzan"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "Acil-acil bajualan di pasar terapung Lok Baintan, subuh hari.",
                        "credit": "Foto: Ahmad Fauzan",
                        "jump": "Basambung ka halaman 5",
                        "body": [
                            "Wayah ulun halus, pasar terapung Lok Baintan rami banar. Ratusan jukung datang subuh-subuh, mambawa sayur, buah, wan iwak.",
                            "Wayah ini jukung nang datang kada sampai saratus. Banyak acil nang sudah tuha, anak-anaknya labih katuju bagawi di kota.",
                            "Pasar terapung kada cuma wadah bajual-bali. Inya adalah sajarah wan budaya urang Banjar nang kada ada di wadah lain.",
                            "Ulun maulah usul: pamarintah kawa mambari bantuan jukung hanyar gasan padagang anum, wan maatur jadwal wisata supaya",
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
                        "label": "Surat Pambaca",
                        "section": ["Surat Pambaca", None],
                        "title": "Lampu jalan di Kelayan mati",
                        "byline": ["Siti Aisyah, Kelayan", "Siti Aisyah"],
                        "sign": True,
                        "ncol": 2,
                        "body": [
                            "Sudah dua bulan lampu jalan di Gang Sapakat, Kelayan, mati. Malam hari jalan pancar, anak-anak takutan bulik mangaji.",
                            "Kami sudah malapor ka kelurahan, tapi sampai wayah ini balum ada nang datang mambaiki. Mohon dinas tarait lakas manangani.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "section": [None, "Surat Pambaca"],
                        "title": "Tarima kasih gasan patugas puskesmas",
                        "byline": ["Muhammad Rizki, Martapura", "Muhammad Rizki"],
                        "sign": True,
                        "ncol": 2,
                        "body": [
                            "Ulun handak baucap tarima kasih gasan patugas puskesmas di Martapura. Waktu umanya ulun sakit, patugas datang ka rumah wan marawat baik banar.",
                            "Mudahan palayanan nang baik kaini tarus dijaga.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

ZHISHU = {
    "stem": "zh_tra_vertical_fishing_port_page_wuyu_lead_vertical_heads_right_photo_caption_subhead_jizhe_baodao_opener_second_story_third_story",
    "script": "zh_tra",
    "tess": ("chi_tra_vert", "alto"),
    "scan": False,
    "vertical": True,
    "masthead": ["南濱日報", "中華民國116年12月9日　星期四", "B2　農漁產業"],
    "date": "2027-12-09",
    "page": ["B2　農漁產業", "B2"],
    "foot": "南濱日報　B2　農漁產業　　責任編輯：蘇雅琪　　讀者服務專線：07-6910-258",
    "note": "A Taiwanese fishing and farming page set vertically (columns of characters read top to bottom, right to left, punctuation in vertical forms) under a horizontal masthead and foot: in the upper tier a lead on the mullet season at the right (kicker, head, subtitle and byline each a vertical column at its right, a subhead inside its columns, a photo with its caption and credit above the text of six columns) and a short story at its left whose head sits directly beside a 〔記者…／…報導〕 opener; in the lower tier two stories, the second with no byline.",
    "tiers": [
        {
            "cells": 28,
            "arts": [
                {
                    "big": True,
                    "kicker": "茄萣漁港迎來烏魚季",
                    "title": "烏金報到　漁民笑開懷",
                    "subtitle": "首週捕獲三千尾　比去年多兩成",
                    "byline": ["記者陳怡君／高雄報導", "陳怡君"],
                    "caption": "漁民在漁港卸下剛捕獲的烏魚，準備送往拍賣。",
                    "credit": "記者陳怡君／攝影",
                    "photo_at": 2,
                    "photo_cols": 7,
                    "photo_cells": 11,
                    "body": [
                        "冬至前後是烏魚洄游台灣西南海域的季節。高雄茄萣漁港這週迎來第一批烏魚，漁船滿載而歸，碼頭上一片忙碌。",
                        "漁會統計，本季第一週共捕獲三千多尾烏魚，比去年同期多了兩成。漁民說，今年東北季風來得早，海水溫度下降，烏魚群也提早南下。",
                        "老漁民黃水木出海四十多年，他說：「烏魚是討海人的年終獎金，抓得好，過年就好過。」",
                        ("h", "烏魚子加工忙不停"),
                        "漁港旁的加工廠也跟著忙碌起來。師傅把烏魚卵取出後，用鹽醃漬、壓平，再放在陽光下曬乾，前後要花七天才能做成烏魚子。",
                        "業者表示，今年的烏魚子每兩售價約三百元，與去年相近，已有不少民眾提前預訂作為年節禮品。",
                        "加工廠老闆娘說，近年年輕人回鄉接手家業，開始在網路上販售，還推出小包裝和即食烏魚子，吸引不少外地客人。",
                        "漁會提醒，烏魚季只有短短一個多月，漁民出海前應留意氣象預報，注意作業安全。",
                    ],
                },
                {
                    "tight": True,
                    "title": "漁港導覽　假日開放",
                    "byline": ["記者吳俊宏／高雄報導", "吳俊宏"],
                    "inline_byline": True,
                    "body": [
                        "〔記者吳俊宏／高雄報導〕茄萣區漁會即日起每逢週六、週日舉辦漁港導覽，由退休漁民帶領遊客參觀拍賣場與加工廠。",
                        "導覽每梯次三十人，全程約一小時，可上網報名。",
                    ],
                },
                {
                    "title": "漁民學校開課",
                    "body": [
                        "茄萣區漁會開辦的漁民學校本月開課，課程包括海上急救、漁船引擎保養和漁獲冷藏，共有四十名年輕漁民報名。",
                        "漁會表示，結業學員可取得證書，明年還將增開網路行銷課程。",
                    ],
                },
            ],
        },
        {
            "cells": 18,
            "arts": [
                {
                    "title": "稻田養鴨　農民省下除草費",
                    "byline": ["記者李雅婷／屏東報導", "李雅婷"],
                    "body": [
                        "屏東縣一位青年農民在稻田裡放養鴨子，鴨子吃掉雜草和害蟲，一年省下數萬元的除草費用。",
                        "他說，鴨子在田裡走動還能翻鬆泥土，稻米的品質也變好了。收割以後，鴨子還可以賣給附近的餐廳。",
                        "農會表示，這種做法不用農藥，明年將辦說明會，鼓勵更多農民試試看。",
                    ],
                },
                {
                    "title": "蓮霧盛產　價格回穩",
                    "body": [
                        "屏東蓮霧進入盛產期，批發價格回穩，農會呼籲民眾多多採購支持農民。",
                        "農會表示，今年天氣穩定，果實甜度比往年高，外銷訂單也比去年增加。",
                    ],
                },
                {
                    "title": "香蕉田改種咖啡",
                    "byline": ["記者張家豪／屏東報導", "張家豪"],
                    "body": [
                        "屏東縣一對青年夫妻把家裡的香蕉田改種咖啡，經過五年努力，今年終於收成，還在山腳下開了一家小咖啡館。",
                        "他們說，咖啡樹怕熱，所以種在香蕉樹下，讓香蕉葉替咖啡遮陽，兩種作物都有收入。",
                    ],
                },
            ],
        },
    ],
}
ZHISHU["rows"] = [[(tier["arts"], 0, 1)] for tier in ZHISHU["tiers"]]

PAGES = [QIUSAI, CAIJING, BUDAYA, SURAT, ZHISHU]
