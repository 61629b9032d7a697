"""The text of every holdout80 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, clubs, companies, books, notices, works and events are invented; real towns and regions are
only settings. A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold; ("s", t) a score line
set bold and centred (a paragraph); ("v", [line, ...]) a stanza, each line on a line of its own (one paragraph).
`label` sets a reversed label over an article (its `section`); `brief` sets the head in the deck size; `tight`
sets the first line of text directly under the head; `inline_byline` marks a byline printed only inside the first
paragraph's opener; `sign` sets the byline flush right at the story's foot; `bookline` is a review's book data
line on its own line (an unscored credit); `box` rules a box round an article; a `block` is furniture (a results
box), each row one furniture string.
"""

FUKAN = {
    "stem": "zh_sim_literary_supplement_fukan_page_duchuan_essay_wen_byline_photo_qiutian_de_he_poem_stanza_lines_shubian_xiaoji_tight_head_signed_foot",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["溱湖晚报", "2027年10月23日　星期六", "第8版　副刊·凤城河"],
    "date": "2027-10-23",
    "page": ["第8版　副刊·凤城河", "第8版", "8"],
    "foot": "溱湖晚报　第8版　副刊·凤城河　　本版编辑：沈若晴　　投稿电话：0523-8612047",
    "note": "A literary supplement of four columns: over three an essay (head, byline `文／…`, a photo heading its second column with caption and credit, the text running from the foot of each column to the top of the next); in the fourth a short poem (head, byline `◎　…`, three stanzas whose lines are set one to a line, unwrapped); under a rule a second essay over four columns whose head sits directly over its text, signed flush right at its foot.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "title": "外公的渡船",
                        "byline": ["文／陆晓禾", "陆晓禾"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "溱潼古镇的老渡口，如今只剩一根系船的石桩。",
                        "credit": "陆晓禾　摄",
                        "body": [
                            "外公撑了三十年渡船。小时候我以为，河对岸的人都是外公的熟人，因为每个上船的人都会喊他一声“老周”，他就笑着点点头，把竹篙往水里一插。",
                            "渡口在镇子东头，一棵老柳树下面。船是木头做的，刷着桐油，太阳一晒，满船都是那股说不清的香味。船上放着一只搪瓷缸子，谁口渴了都可以舀河水喝，那时候的河水是清的。",
                            "过河的人有挑菜的，有赶集的，也有去对岸上学的孩子。外公不收孩子的钱，他说读书人过河，是要过到远处去的。有一年发大水，他在船上守了两天两夜，把一个村子的老人一趟一趟接过来。",
                            "后来河上架了桥，过河的人越来越少。外公还是每天早上把船擦一遍，坐在船头抽烟，看桥上的汽车开过去。母亲劝他把船卖了，他不肯，说船在，渡口就在。",
                            "外公走的那年秋天，船被镇上收去，放进了新建的民俗馆。我去看过一次，它躺在玻璃罩子里，干干净净的，再也闻不到桐油味。",
                            "前些天回老家，我又去了渡口。柳树还在，系船的石桩也还在，上面那道被缆绳磨出来的深槽，摸上去是滑的。河水慢慢地流，好像还在等一条船。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "title": "秋天的河",
                        "byline": ["◎　周青芷", "周青芷", "◎周青芷"],
                        "ncol": 1,
                        "body": [
                            ("v", ["秋天的河很慢", "慢得像一封信", "从上游寄到下游"]),
                            ("v", ["芦苇替它盖上邮戳", "白鹭是它的地址", "我是那个收信的人"]),
                            ("v", ["我没有拆开它", "只是站在岸边", "听它念给我听"]),
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
                        "tight": True,
                        "title": "旧书摊上的一封信",
                        "byline": ["顾　南", "顾南"],
                        "sign": True,
                        "ncol": 4,
                        "body": [
                            "周末在凤城河边的旧书摊上买了一本诗集，回家翻开，里面夹着一封没有寄出的信。信纸已经发黄，字是用钢笔写的，一笔一画很工整。",
                            "写信的人告诉远方的朋友，院子里的桂花开了，他把最香的一枝折下来，夹在了这本诗集里。我翻遍了整本书，没有找到桂花，只在第三十七页看到一块淡淡的黄印子。",
                            "我不知道这封信为什么没有寄出去，也不知道那个朋友后来怎么样了。我把信夹回原处，把书放在了书架最显眼的地方。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

KEXUE = {
    "stem": "zh_tra_scan_taiwan_science_campus_page_bianxing_lead_photo_subhead_xiaocidian_glossary_box_jizhe_baodao_bracket_opener_second_story",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": True,
    "seed": 80002,
    "angle": -0.5,
    "ncols": 4,
    "masthead": ["竹風日報", "2027年5月19日　星期三", "B3　科學校園"],
    "date": "2027-05-19",
    "page": ["B3　科學校園", "B3"],
    "foot": "竹風日報　B3　科學校園　　責任編輯：簡鈺婷　　讀者專線：03-5267-193",
    "note": "A Taiwanese science and campus page (scanned): over three of four columns a lead on high-school students who found a variable star (kicker, head, subtitle, byline, a photo heading its first column with caption and credit, a subhead, 「」 quotes); in the fourth column a boxed glossary under a reversed `小辭典` label (a head, one paragraph per term); under a rule a second story over four columns whose head sits directly over a 【記者…／…報導】 opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "高中生參與天文觀測計畫",
                        "title": "高中生找到　一顆新的變星",
                        "subtitle": "用學校望遠鏡連拍三個月　資料獲國際資料庫收錄",
                        "byline": ["記者蔡宜蓁／新竹報導", "蔡宜蓁"],
                        "ncol": 3,
                        "photo_col": 0,
                        "caption": "學生在頂樓觀測室調整望遠鏡。",
                        "credit": "記者蔡宜蓁／攝影",
                        "body": [
                            "新竹市一所高中的天文社學生，利用學校頂樓的望遠鏡連續觀測三個月，發現一顆過去沒有紀錄的變星，觀測資料日前獲國際變星資料庫收錄。",
                            "指導老師說，這顆星位在天鵝座，亮度大約每七個小時變暗一次，肉眼看不到，必須靠相機長時間曝光，再用電腦比對每張照片裡星星的亮度。",
                            ("h", "每晚輪班　拍下上千張影像"),
                            "十二名學生分成四組，每天晚上輪流到觀測室開機、對焦、拍照，遇到下雨或起霧就只能等。三個月下來，一共拍了一千八百多張影像。",
                            "負責整理資料的高二學生說，一開始以為是相機出了問題，「同一顆星，亮度怎麼一直在變？」後來把數據畫成光變曲線，才發現它的變化很有規律。",
                            "老師表示，學生從頭到尾自己寫程式處理影像，比課本上的實驗更接近真正的科學研究。「他們學到的不只是天文，還有耐心。」",
                            "天文社接下來打算和其他縣市的高中合作，在不同地點同時觀測，希望找到更多變星。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "box": True,
                        "label": "小辭典",
                        "section": ["小辭典", None],
                        "brief": True,
                        "title": "文中名詞",
                        "ncol": 1,
                        "body": [
                            "變星：亮度會隨時間改變的恆星，有的幾小時就變化一次，有的要好幾年。",
                            "光變曲線：把星星亮度依時間先後畫成的圖，可以看出變化的週期。",
                            "曝光：相機讓光線進入感光元件的過程，時間越長，越能拍到暗的星星。",
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
                        "tight": True,
                        "title": "校園裝太陽能板　一年省電費四十萬",
                        "byline": ["記者鄭凱文／新竹報導", "鄭凱文"],
                        "inline_byline": True,
                        "ncol": 4,
                        "body": [
                            "【記者鄭凱文／新竹報導】香山區一所國中去年在體育館和教學大樓屋頂裝設太陽能板，一年下來發電約十二萬度，替學校省下四十多萬元電費。",
                            "校長說，學校把發電數據放在川堂的螢幕上，學生每天都能看到今天發了多少電，自然課也用這些數據教學生算電費和減碳量。",
                            "學生會還提案，把省下的部分經費用來更換教室的老舊電扇，目前已經送交家長會討論。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

GONGGAO = {
    "stem": "zh_sim_notices_page_gonggao_taimen_story_photo_subhead_zhaobiao_tender_notice_boxed_signed_issuer_yishi_shengming_lost_document_box_benbaoxun_tight_head_second_story",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["鉴湖晚报", "2027年6月9日　星期三", "C6　公告"],
    "date": "2027-06-09",
    "page": ["C6　公告", "C6"],
    "foot": "鉴湖晚报　C6　公告　　责任编辑：俞明哲　　广告热线：0575-8516032",
    "note": "A notices page of four columns: over two a story on an old courtyard house opened to visitors (kicker, head, subtitle, byline, a photo heading its first column with caption and credit, a subhead, the text running from the foot of one column to the top of the next); beside it over two columns a boxed tender notice (head, numbered clauses, its issuer signed flush right at its foot) and under it a boxed column of lost-document notices under a reversed `声明·启事` label (head `遗失声明`, one paragraph per notice); under a rule a second story over four columns whose head sits directly over a 本报讯（记者…） opener.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "老台门修缮工程进入收尾",
                        "title": "仓桥老台门　下月起开门迎客",
                        "subtitle": "修缮保留了原有的石库门和天井",
                        "byline": ["本报记者　俞静文", "俞静文"],
                        "ncol": 2,
                        "photo_col": 0,
                        "caption": "修缮中的老台门天井，工人正在铺设青石板。",
                        "credit": "本报记者　俞静文　摄",
                        "body": [
                            "越城区仓桥直街一座建于清末的老台门，经过一年半的修缮，将于下月起免费向市民开放参观。",
                            "这座台门前后三进，原是一户酱园老板的住宅，后来住进了十几户人家。修缮前，不少房间墙体开裂，屋顶漏雨，天井里搭满了违章小屋。",
                            ("h", "旧砖旧瓦能用的都用上"),
                            "施工方介绍，拆下来的旧砖旧瓦经过挑选，能用的全部用回原处，门窗上的木雕请老师傅一件件修补，石库门上的字也按老照片重新描过。",
                            "“我们尽量让它看起来还是老样子。”负责修缮的工程师说，天井里的那口老井也清理干净，重新盖上了井圈。",
                            "台门开放后，一进将布置成老街生活展，二进和三进作为社区书房和手工艺教室。参观时间为每天上午九点到下午五点，周一闭馆。",
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
                        "brief": True,
                        "title": "越城区老旧小区雨污分流改造工程招标公告",
                        "byline": ["越州城市更新建设有限公司", None],
                        "sign": True,
                        "ncol": 2,
                        "body": [
                            "一、项目名称：越城区老旧小区雨污分流改造工程（第三标段）。",
                            "二、工程内容：三个小区的雨水、污水管道分开铺设及路面恢复，计划工期一百八十天。",
                            "三、投标人资格：具有市政公用工程施工总承包三级及以上资质，近三年无重大安全事故。",
                            "四、报名时间：2027年6月10日至6月16日，每天上午九点至十一点半，下午两点至五点。",
                            "五、联系方式：报名地点为本公司二楼招标办，联系人：何先生，电话：0575-8512306。",
                        ],
                    },
                    {
                        "box": True,
                        "label": "声明·启事",
                        "section": ["声明·启事", None],
                        "brief": True,
                        "title": "遗失声明",
                        "ncol": 2,
                        "listing": True,
                        "body": [
                            "绍兴市越城区禾盛五金店遗失营业执照副本一份，声明作废。",
                            "陈立群遗失绍兴市越城区府山街道某小区3幢502室房屋契税完税证明一份，声明作废。",
                            "绍兴柯桥青藤印务有限公司遗失公章一枚，声明作废。",
                            "王晓燕遗失其子王一帆出生医学证明一份，声明作废。",
                        ],
                    },
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "tight": True,
                        "title": "城区新增十二处夜间便民摊点",
                        "byline": ["记者　孟子涵", "孟子涵"],
                        "inline_byline": True,
                        "ncol": 4,
                        "body": [
                            "本报讯（记者　孟子涵）从本周五起，城区新增十二处夜间便民摊点，每天傍晚六点到晚上十点开放，摊主可以在网上免费申请摊位。",
                            "城管部门介绍，摊点主要设在小区周边的空地和停车场，摊位统一划线，收摊后由摊主负责清扫。首批摊位以修鞋、配钥匙、小吃和蔬果为主。",
                            "有居民担心噪音和油烟，城管部门表示，靠近住宅楼的摊点将不允许使用明火，并安排人员每晚巡查。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

INFIAMNA = {
    "stem": "lus_scan_mizo_sports_page_premier_league_match_report_score_line_ziaktu_byline_photo_subhead_result_box_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 80004,
    "angle": 0.6,
    "ncols": 4,
    "masthead": ["Aizawl Tlangau", "Inrinni, October 16, 2027", "Infiamna · 7"],
    "date": "2027-10-16",
    "page": ["Infiamna · 7", "7"],
    "foot": "Aizawl Tlangau · Infiamna · 7 · Editor: Vanlalhruaia Sailo",
    "note": "A Mizo daily's sports page (scanned): over three of four columns a match report (kicker, head, subtitle, byline `Ziaktu: …`, a bold centred score line under the head as its first paragraph, a photo heading its second column with caption and credit, a subhead, a quote, the text running from the foot of each column to the top of the next); in the fourth column a boxed results box under a reversed `Result` label (furniture, one string a row); under a rule a second story over four columns whose head sits directly over a dateline opener `LUNGLEI —`.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Mizoram Premier League",
                        "title": "Ramhlun Rangers-in hmun khatna an luah",
                        "subtitle": "Tuikual Athletic chu goal 2–1-in an hneh",
                        "byline": ["Ziaktu: Lalremruati Khiangte", "Lalremruati Khiangte"],
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Ramhlun Rangers player-te goal an thun hnuah an lawm.",
                        "credit": "Thlalâk: Lalremruati Khiangte",
                        "body": [
                            ("s", "Ramhlun Rangers 2 – 1 Tuikual Athletic"),
                            "Zirtawpni tlai khan Lammual-ah Ramhlun Rangers leh Tuikual Athletic an inkhel a, Ramhlun Rangers chuan goal 2–1-in an hneh a, league-ah hmun khatna an luah ta a ni.",
                            "Minute 20-naah Tuikual Athletic chuan corner atangin goal an thun hmasa a. Mipui tam tak an lo kal a, Lammual chu an khat vek a ni.",
                            "Half time hnuah Ramhlun Rangers chuan an khelh dan an thlak a. Minute 57-naah an striker Lalrinfela chuan lu-in goal a thun a, 1–1 an ni leh ta a ni.",
                            ("h", "Goal hnuhnung minute 88-naah"),
                            "Inkhel a tawp dawn hnaiah, minute 88-naah, Zothanpuia chuan penalty box pawn atangin goal a thun a, mipui an au nasa hle.",
                            "“Kan player-te hian an thawk rim hle a, an chunga lawm ka ti,” tiin Ramhlun Rangers coach Lalthangliana chuan a sawi.",
                            "Tuikual Athletic coach chuan an player pakhat a hliam avangin an khelh dan a danglam tih a sawi a, inkhel dang leh atan an inbuatsaih dawn tih a sawi bawk.",
                            "Ramhlun Rangers chuan Thawhlehni-ah Bethlehem Veng FC an inkhel leh dawn a ni.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "block": True,
                        "box": True,
                        "label": "Result",
                        "head": "MPL, Round 9-na",
                        "cell_strings": True,
                        "size": 21,
                        "cols": [(0.0, "l")],
                        "rows": [
                            ["Ramhlun 2–1 Tuikual"],
                            ["Bethlehem Veng 0–0 Kulikawn"],
                            ["Dawrpui 3–2 Chaltlang"],
                            ["Zemabawk 1–4 Saiha Hill"],
                            ["Inkhel leh: Thawhlehni, 4:00 PM"],
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
                        "tight": True,
                        "title": "Lunglei-ah volleyball inelna tan a ni",
                        "ncol": 4,
                        "body": [
                            "LUNGLEI — Volleyball inelna district tin atanga pawl sawm leh pahnih telna chu Ningani khan Lunglei-ah tan a ni a, ni nga chhung an inkhel dawn a ni.",
                            "Inkhelna chu zan lamah khawvar eng hnuaiah neih a ni a, mipui tam tak an lo en a. Hmeichhia leh mipa pawl hrang hrangin an inkhel ve ve a ni.",
                            "Inelna buatsaihtute chuan pawl hnehtu chu state level inelnaah an tel dawn tih an sawi.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

AMOXTLI = {
    "stem": "nhe_nahuatl_huasteca_arts_page_amoxtli_book_review_kijkuilojki_byline_book_data_line_cover_photo_subhead_kuikatl_brief_dateline_opener_second_story",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Tlen Panoua", "Jueves, 11 de noviembre de 2027", "Amoxtli iuan Kuikatl · 9"],
    "date": "2027-11-11",
    "page": ["Amoxtli iuan Kuikatl · 9", "9"],
    "foot": "Tlen Panoua · Amoxtli iuan Kuikatl · 9 · Tlayekanketl: Fidel Martínez Santiago",
    "note": "A Huasteca Nahuatl weekly's arts page: over three of four columns a book review (kicker, head, byline `Kijkuilojki …`, the book's data line on a line of its own under the byline, the cover as a photo heading its second column with caption and credit, a subhead, the text running from the foot of each column to the top of the next); in the fourth column a short music story (head, no byline); under a rule a second story over four columns whose head sits directly over a dateline opener `CHICONTEPEC —`.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Yankuik amoxtli",
                        "title": "Se amoxtli tlen kinnotsa totajwan",
                        "byline": ["Kijkuilojki Rosa Bautista Cruz", "Rosa Bautista Cruz"],
                        "bookline": "«Tlen kiijtojkej totajwan» · Juana Hernández Reyes · Tlamachtili · 168 pesos",
                        "ncol": 3,
                        "photo_col": 1,
                        "caption": "Iixko amoxtli «Tlen kiijtojkej totajwan».",
                        "credit": "Foto: Rosa Bautista Cruz",
                        "body": [
                            "Ipan ni yankuik amoxtli, Juana Hernández Reyes kitlalia tlen kiijtojkej ueuetlakamej iuan ueuesiuamej ipan ialtepe, Ixcatepec. Nochi tlajtoli kijkuilojki ika nawatl.",
                            "Amoxtli kipia kaxtolli iuan makuili kuentos. Sekinok kiijtouaj kenijki pejki milli, sekinok kiijtouaj tlen atl iuan tlen tepetl.",
                            ("h", "Tlajtoli tlen kalpan"),
                            "Juana kiijtoua ika chiknaui xiuitl kinnojnotsak itajwan iuan iteixmatkauan. Kinkakik, kijkuilojki iuan satepan kiyektlalik tlen kinkakik.",
                            "“Nikneki ma telpokamej kimachilikan tlen kiijtouayaj inueuejtajwan,” kiijtoj Juana ipan se tlajtolistli.",
                            "Ni amoxtli kuali kipoouaskej konemej iuan ueuetlakamej. Tlajtoli san kuali, amo ouij, iuan kipia miyak ixkopinkayotl tlen kichijkej konemej tlen tlamachtiloyan.",
                            "Kiixpantiskej amoxtli ipan Chicontepec ipan 20 noviembre, ipan kalli kampa mochiua tlamachtilistli.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "title": "Kuikanij tlen Huejutla tlakuikatiskej",
                        "ncol": 1,
                        "body": [
                            "Se kuikanij tlen Huejutla kuikatis ipan tlakatilistli tlen altepetl ipan 27 noviembre.",
                            "Yejuan kuikatiskej ika jarana iuan violín, iuan kiixpantiskej chikome yankuik kuikatl tlen kichijkej ika nawatl.",
                            "Amo tlaxtlauas akin kineki kiitaj.",
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
                        "tight": True,
                        "title": "Tlachiualmej ika ixtli ipan kalli tlen altepetl",
                        "ncol": 3,
                        "body": [
                            "CHICONTEPEC — Ipan kalli tlen altepetl motlalijkej sempoali ixtli tlen kichijkej tlachiuanij tlen kalpan. Nochi ixtli kichijkej ika kuauitl iuan kichiuayaj ipan xantolo.",
                            "Akin kineki kiitas ueli yas tlen lunes ixkich viernes, kema pejki tonati ixkich ma kalaki.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [FUKAN, KEXUE, GONGGAO, INFIAMNA, AMOXTLI]
