"""The text of every holdout62 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, shops, clubs, bus companies and events are invented; real towns, counties and villages are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold (an interviewer's question);
("q", t) a pull quote between two rules, repeating a sentence of the text (the gold's unscored `pull_quotes`).
`runin` sets the title bold at the head of the first paragraph; `runin_sep` after it is markup (named in `markup`).
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
`jump_in` is a continuation line over a story carried from another page (furniture).
`photos` is a grid of (caption, credit) photos under the text; `ncol` fixes an article's text columns.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
"""

ZHUANFANG = {
    "stem": "zh_sim_qa_interview_page_bold_questions_name_colon_answers_jizhe_she_credit_shouji_signed_note",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["越溪日报", "2026年12月4日　星期五", "A7　人物"],
    "date": "2026-12-04",
    "page": ["A7　人物", "A7"],
    "foot": "越溪日报　A7　人物　　本版编辑：章　芮　　校对：罗一鸣",
    "note": "A 人物 page given whole to one interview: kicker, head, 副题, byline, a photo heading the fourth text column with a caption and a reporter's `摄` credit, two paragraphs of introduction, then five questions set bold and opened `记者：` each followed by an answer opened `祁文澜：`; under it, across the page, a reversed 记者手记 label over the reporter's note signed flush right with his name.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "对话·匠人",
                        "title": "修一本书，要比读一本书慢得多",
                        "subtitle": "古籍修复师祁文澜：二十六年间补好三千多册旧书",
                        "byline": ["本报记者　宋知远", "宋知远"],
                        "ncol": 4,
                        "photo_col": 3,
                        "caption": "祁文澜在工作台前修补一册虫蛀的清代刻本。",
                        "credit": "本报记者　宋知远　摄",
                        "body": [
                            "在绍兴城西一座老宅改成的修复室里，五张工作台一字排开，台上摊着待修的旧书，屋里弥漫着淡淡的糨糊味。今年58岁的祁文澜从1990年起学习古籍修复，二十六年来经她手修好的旧书已有三千多册。",
                            "近日，记者走进越溪古籍修复中心，和她聊了聊这门“慢手艺”。",
                            ("b", "记者：一本破损的古书送到您手上，第一步做什么？"),
                            "祁文澜：先不动手，先看。看纸张、看虫洞、看霉斑，把每一页的情况拍照、登记，写成修复档案。有的书光是检查就要一个星期。",
                            ("b", "记者：修复用的纸从哪里来？"),
                            "祁文澜：补纸要和原书的纸“对上”，颜色、厚薄、帘纹都要相近。我们库里存着两百多种手工纸，找不到合适的，就自己用植物染料一点点染。",
                            ("b", "记者：最难修的是哪一本？"),
                            "祁文澜：是一部被水泡过的家谱，几十页粘成了一块“书砖”。我们先蒸，再一页一页揭，揭了整整四个月。揭开那天，捐书的老人在这里坐了一下午。",
                            ("b", "记者：现在愿意学这门手艺的年轻人多吗？"),
                            "祁文澜：比前些年多了。中心今年招了三个学徒，都是大学毕业生。我跟他们说，手要稳，心更要静，一天补不了几页是常事。",
                            ("b", "记者：您对他们最常说的一句话是什么？"),
                            "祁文澜：“宁可不修，不可乱修。”修坏了，就再也回不去了。",
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
                        "label": "记者手记",
                        "section": ["记者手记", None],
                        "title": "慢下来，才接得住时间",
                        "byline": ["宋知远", "本报记者　宋知远"],
                        "sign": True,
                        "ncol": 3,
                        "body": [
                            "采访那天，祁文澜用了一上午补一张书页上的三个虫洞。她说，急不得，纸比人更记得住力气。",
                            "在一切都讲求快的今天，这间修复室里的时间像是被放慢了。正是这份慢，让那些差一点散佚的文字，又能被后人一页页翻开。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

TOUSHU = {
    "stem": "zh_tra_letters_page_four_letters_signed_name_town_role_brackets_flush_right_no_bylines_on_top",
    "script": "zh_tra",
    "tess": ("chi_tra", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["南溟日報", "2027年3月8日　星期一", "A11　讀者投書"],
    "date": "2027-03-08",
    "page": ["A11　讀者投書", "A11"],
    "foot": "南溟日報　A11　讀者投書　　投書信箱：opinion@nanming-daily.tw　　主編：蔡宛如",
    "note": "A Taiwan daily's letters page: four letters of equal weight in a two-by-two grid, each under its own head, no byline over the text, each signed flush right under its last paragraph with the writer's name and, in full-width brackets, the town (one with a district, two with an occupation after a middle dot).",
    "rows": [
        [
            (
                [
                    {
                        "title": "公車減班　偏鄉長者怎麼看病",
                        "byline": ["林美玲（台南市・退休教師）", "林美玲", "林美玲（台南市）"],
                        "sign": True,
                        "body": [
                            "客運公司日前宣布，從四月起將通往山區的幾條路線由每天六班減為三班。對住在山上的長者來說，這不只是少了幾班車，而是看病、領藥都變得困難。",
                            "我的鄰居阿伯每週要到市區洗腎三次，過去可以搭早上七點的車，看完再搭中午的車回家；減班以後，他得在醫院外面等到下午四點。",
                            "希望主管機關與業者坐下來談，至少保留就醫時段的班次，或以預約小巴補上缺口。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "騎樓不是停車場",
                        "byline": ["陳建宏（高雄市）", "陳建宏"],
                        "sign": True,
                        "body": [
                            "每天推著嬰兒車出門，最怕的就是走騎樓。機車一台接一台停滿，推車只能繞到車道上，和汽車擦身而過。",
                            "市府說要推動騎樓整平，但整平之後若仍任由機車佔用，行人還是沒有路走。取締之外，也該在附近增設機車格，讓騎士有地方停。",
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
                        "title": "營養午餐漲價　請先說明",
                        "byline": ["黃淑芬（屏東縣・家長）", "黃淑芬", "黃淑芬（屏東縣）"],
                        "sign": True,
                        "body": [
                            "孩子帶回通知單，下學期營養午餐每餐要調漲五元。物價上漲，家長可以理解，但通知單上只有一句「因應食材成本」，沒有任何數字。",
                            "學校若能把食材價格、廚工薪資等支出攤開來說明，相信多數家長都願意共同分擔。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "感謝那位撿到錢包的司機",
                        "byline": ["吳志明（台南市永康區）", "吳志明"],
                        "sign": True,
                        "body": [
                            "上週五晚上，我搭計程車回家，下車時把錢包掉在後座，裡面有證件和剛領的薪水。",
                            "隔天一早，派出所打電話給我，說有位司機把錢包送了過去，分文未少。他不肯留下姓名，只說「換作是我掉了，也會著急」。",
                            "謹藉貴報一角，向這位司機大哥說聲謝謝。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

SHIJUE = {
    "stem": "zh_sim_scan_photo_page_six_photo_grid_captions_sheying_baodao_byline_second_story_two_photos_each_credited",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": True,
    "seed": 62003,
    "angle": 0.5,
    "ncols": 4,
    "masthead": ["青屿晚报", "2026年10月9日　星期五", "A8　视觉"],
    "date": "2026-10-09",
    "page": ["A8　视觉", "A8"],
    "foot": "青屿晚报　A8　视觉　　图片编辑：何　湛　　版式：郁　青",
    "note": "A scanned 视觉 (photo) page: a photo story across the page (kicker, head, byline `本报记者　潘向东　摄影报道`, two paragraphs of text) over a grid of six photos in two rows of three, each with its own caption and no credit (the byline names the photographer); under it a second photo story whose two photos each carry a caption and a credit of their own.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "镜头·秋收",
                        "title": "稻浪翻金　农机下田",
                        "byline": ["本报记者　潘向东　摄影报道", "本报记者　潘向东", "潘向东"],
                        "ncol": 2,
                        "photo_cols": 3,
                        "body": [
                            "寒露前后，余干县二十多万亩晚稻陆续成熟。连日晴好，当地抢抓农时，收割机、烘干机昼夜运转，田间地头一派繁忙。",
                            "今年全县新增大型收割机一百二十台，多数村庄实现了“收割、运输、烘干”一条龙，农户少了晒谷的辛苦，稻谷也卖上了好价钱。",
                        ],
                        "photos": [
                            ("10月7日清晨，收割机在瑞洪镇的稻田里作业。", None),
                            ("农户将刚收下的稻谷装袋。", None),
                            ("烘干中心里，稻谷从传送带上送进烘干塔。", None),
                            ("种粮大户熊国平抓起一把稻谷查看成色。", None),
                            ("收割后的田里，孩子们在稻草堆间玩耍。", None),
                            ("满载稻谷的货车驶出村口。", None),
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
                        "title": "晨雾中的老渡口",
                        "byline": None,
                        "ncol": 2,
                        "photo_cols": 2,
                        "body": [
                            "信江边的康山渡口已有上百年历史。大桥通车后，渡船只在早晚各开两班，摆渡人吴老汉说，他会一直撑到没人坐为止。",
                        ],
                        "photos": [
                            ("清晨，渡船载着赶集的村民驶离岸边。", "通讯员　谢　岚　摄"),
                            ("摆渡人吴老汉在船头收缆绳。", "读者　方一舟　供图"),
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PISTILL = {
    "stem": "is_column_page_pistill_label_top_byline_hofundur_er_note_pull_quote_between_rules_framhald_af_bls_continued_story",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": False,
    "ncols": 4,
    "markup": [],
    "masthead": ["Héraðsvökull", "Fimmtudagur 14. október 2027", "Skoðun · 12"],
    "date": "2027-10-14",
    "page": ["Skoðun · 12", "12"],
    "foot": "Héraðsvökull · Skoðun · 12",
    "note": "An Icelandic regional weekly's opinion page: a signed column under a reversed `Pistill` label (head, the columnist's name over the text, a pull quote between two rules at the head of its second column repeating a sentence of its fourth paragraph, closing on the author's note `Höfundur er …`); beside it a story continued from the front page under the line `Framhald af bls. 1`, its jump head short, its first paragraph beginning mid-sentence in lower case.",
    "rows": [
        [
            (
                [
                    {
                        "label": "Pistill",
                        "section": ["Pistill", None],
                        "title": "Þegar síðasta bókabúðin lokar",
                        "byline": ["Sigrún Hallgrímsdóttir", None],
                        "ncol": 3,
                        "body": [
                            "Um mánaðamótin skellti síðasta bókabúðin á Egilsstöðum í lás. Eigandinn hafði rekið hana í tuttugu og tvö ár og sagði mér að hann hefði einfaldlega ekki fundið neinn sem vildi taka við.",
                            "Ég veit að margir kaupa bækur á netinu núna og að bókasafnið er opið fimm daga vikunnar. Samt finnst mér eins og eitthvað hafi horfið úr bænum sem verður ekki bætt með pöntunarhnappi.",
                            "Í bókabúðinni hittist fólk sem annars hefði aldrei talað saman. Þar fengu börn að sitja á gólfinu og lesa heilu kaflana án þess að nokkur bæði þau að fara.",
                            ("q", "Bær án bókabúðar er ekki fátækari bær, en hann er hljóðlátari."),
                            "Bær án bókabúðar er ekki fátækari bær, en hann er hljóðlátari. Það heyrist minna af þeim samtölum sem kvikna þegar ókunnugt fólk stendur hlið við hlið við sömu hilluna.",
                            "Kannski getur sveitar~félagið boðið ódýrt húsnæði í gamla kaup~félags~húsinu, eða kannski taka nokkrir bókaunnendur sig saman og reka búð í sjálf~boða~vinnu. Aðrir bæir hafa gert það.",
                            "Ég skora á okkur öll að hugsa málið áður en við venjumst þögninni.",
                            "Höfundur er grunnskólakennari á Egilsstöðum.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "jump_in": "Framhald af bls. 1",
                        "title": "Ný áætlun í vor",
                        "byline": None,
                        "body": [
                            "sagði Ásgeir Magnússon, framkvæmda~stjóri Héraðs~ferða ehf., í samtali við blaðið.",
                            "Samkvæmt nýju áætluninni verða ferðir milli Egilsstaða og Seyðisfjarðar fjórar á dag á virkum dögum í stað tveggja. Fyrsta ferð fer frá Egilsstöðum klukkan 7.15.",
                            "Um helgar verður ekið tvisvar á dag. Far~gjaldið helst óbreytt, 650 krónur fyrir fullorðna, en börn yngri en tólf ára ferðast frítt.",
                            "Áætlunin tekur gildi 1. apríl og verður endur~skoðuð að ári.",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
    ],
}

BYR = {
    "stem": "cy_scan_briefs_page_run_in_bold_heads_full_stop_newyddion_label_dyddiadur_listings_en_dash_entries_closing_note",
    "script": "latin",
    "tess": ("eng", "tsv"),
    "scan": True,
    "seed": 62005,
    "angle": -0.6,
    "ncols": 4,
    "markup": ["."],
    "masthead": ["Utgorn Teifi", "Dydd Iau, 9 Medi 2027", "Tudalen 5 · Newyddion yr ardal"],
    "date": "2027-09-09",
    "page": ["Tudalen 5 · Newyddion yr ardal", "5"],
    "foot": "Utgorn Teifi · Tudalen 5 · 9 Medi 2027",
    "note": "A scanned Welsh community paper's page of briefs: a reversed `Newyddion yn fyr` label over six briefs in three columns, each opening with its head run in bold on the same line and closed by a full stop (markup), no other head; in the fourth column a reversed `Dyddiadur` label over a listing of coming events, one a line with an en dash after the day and date, closing on a note to readers.",
    "rows": [
        [
            (
                [
                    {
                        "label": "Newyddion yn fyr",
                        "section": ["Newyddion yn fyr", None],
                        "runin": True,
                        "runin_sep": ". ",
                        "title": "Ffair Haf Llandudoch",
                        "byline": None,
                        "body": [
                            "Cododd ffair haf y pentref dros £2,300 eleni at gronfa to'r neuadd. Diolch i bawb a fu'n pobi, yn gwerthu ac yn cario byrddau."
                        ],
                    },
                    {
                        "section": [None, "Newyddion yn fyr"],
                        "runin": True,
                        "runin_sep": " ",
                        "title": "Llongyfarchiadau",
                        "byline": None,
                        "body": [
                            "i Elin Puw, Penparc, ar ennill y wobr gyntaf am ganu unawd dan 19 oed yn yr Eisteddfod yn Aberteifi fis diwethaf."
                        ],
                    },
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "section": [None, "Newyddion yn fyr"],
                        "runin": True,
                        "runin_sep": ". ",
                        "title": "Dŵr ar y ffordd",
                        "byline": None,
                        "body": [
                            "Bydd y ffordd rhwng Cenarth a Llechryd ar gau bob nos o 7 tan 6 y bore o ddydd Llun nesaf am bythefnos tra bo'r cwmni dŵr yn gosod pibell newydd."
                        ],
                    },
                    {
                        "section": [None, "Newyddion yn fyr"],
                        "runin": True,
                        "runin_sep": ". ",
                        "title": "Côr newydd",
                        "byline": None,
                        "body": [
                            "Mae Côr y Castell yn chwilio am leisiau newydd, yn enwedig tenoriaid. Ymarferion nos Fawrth yn Festri Bethania am 7.30."
                        ],
                    },
                ],
                1,
                1,
            ),
            (
                [
                    {
                        "section": [None, "Newyddion yn fyr"],
                        "runin": True,
                        "runin_sep": ". ",
                        "title": "Tŷ'r ysgol",
                        "byline": None,
                        "body": [
                            "Gwerthwyd hen dŷ'r ysgol ym Mlaenporth i deulu lleol sy'n bwriadu ei droi'n gaffi a siop fach erbyn y gwanwyn."
                        ],
                    },
                    {
                        "section": [None, "Newyddion yn fyr"],
                        "runin": True,
                        "runin_sep": ". ",
                        "title": "Diolch",
                        "byline": None,
                        "body": [
                            "Dymuna teulu'r diweddar Gwilym Rees, Glanrhyd, ddiolch o galon am bob arwydd o gydymdeimlad a ddangoswyd iddynt yn eu profedigaeth."
                        ],
                    },
                ],
                2,
                1,
            ),
            (
                [
                    {
                        "label": "Dyddiadur",
                        "section": ["Dyddiadur", None],
                        "title": "Beth sy' 'mlaen",
                        "byline": None,
                        "listing": True,
                        "body": [
                            "Gwener 10 Medi – Noson lawen, Neuadd Penparc, 7.30",
                            "Sadwrn 11 Medi – Bore coffi, Capel Bethania, 10–12",
                            "Sul 12 Medi – Cymanfa ganu, Capel Blaenannerch, 6.00",
                            "Mercher 15 Medi – Sgwrs gan y Cylch Hanes, Llyfrgell Aberteifi, 7.00",
                            "Anfonwch eich digwyddiadau at y golygydd erbyn dydd Llun.",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
    ],
}

PAGES = [ZHUANFANG, TOUSHU, SHIJUE, PISTILL, BYR]
