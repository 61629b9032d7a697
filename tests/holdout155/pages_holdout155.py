"""The text of every holdout155 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, writers, readers, cartoonists and events are invented; real towns and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed. Body items: a string
is a paragraph; ("h", t) a heading. `frame` rules a frame round an article under its standing `label` (an
unsigned editorial, the label its section); `bio` is a signed column's one-line note at its foot in smaller type
(its last paragraph); `pull` = (k, quote) sets a pull quote in large type across the article's two columns after
its first k paragraphs; `cartoon` draws a cartoon (standing alone when the article has no body); a letter is a
`brief` head, its text, and `sign` sets its writer's name right-aligned on its last line (its byline).
"""

PINGLUN = {
    "stem": "zh_sim_opinion_page_pinglun_three_columns_framed_shelun_under_standing_label_cartoon_beside_letters_column_under_editorial_signed_column_pull_quote_across_two_columns_author_note",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": False,
    "ncols": 3,
    "masthead": ["青阳日报", "2028年3月16日　星期四", "A6　评论"],
    "date": "2028-03-16",
    "page": ["A6　评论", "A6"],
    "foot": "青阳日报　A6　评论　　本版编辑：童书远　　来信请寄：青阳日报评论部　plxx@qingyang.example.cn",
    "note": "An opinion page of three columns: an unsigned editorial over two columns in a frame under the standing label `本报社论` set above the frame; beside it a cartoon standing alone (reversed label `漫画`, its title, the drawing, caption and the artist's credit); under a rule a letters column in the first column, under the editorial (reversed label `读者来信`, three letters, each a short bold head, its text and the writer's name right-aligned on its last line), and beside it a signed column over two columns (head, the writer's name under it, a pull quote in large type across both columns between two rules, a one-line note on the writer at its foot in smaller type).",
    "rows": [
        [
            (
                [
                    {
                        "frame": True,
                        "label": "本报社论",
                        "section": ["本报社论", None],
                        "title": "给公交站台多添几把椅子",
                        "ncol": 2,
                        "body": [
                            "全市现有公交站台一千二百多个，其中有候车座椅的还不到一半。早晚高峰，站台上挤满了人，老人和孕妇只能站着等车，有的一等就是二十分钟。",
                            "添一把椅子，花不了多少钱。一张不锈钢长椅，连安装不过两千元左右，一百个站台也就二十来万元。与每年上亿元的公交补贴相比，这笔钱并不算多。",
                            "难的是地方。不少站台建在窄窄的人行道上，放了椅子，行人就走不过去。这需要规划、交通和城管几个部门坐下来一起想办法，能拓宽的拓宽，能挪位的挪位，实在放不下的，也可以装上可以翻折的靠板。",
                            "城市好不好，往往就看这些小地方。让等车的人能坐一会儿，是一件实实在在的好事。我们希望今年的民生实事里，能看到这一项。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "cartoon": True,
                        "label": "漫画",
                        "section": ["漫画", None],
                        "title": "“你也听听？”",
                        "cartoon_h": 360,
                        "caption": "长椅上，一位乘客把手机声音开到最大。",
                        "credit": "钟小禾　作",
                    }
                ],
                2,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "读者来信",
                        "section": ["读者来信", None],
                        "brief": True,
                        "title": "医院停车何时不再难",
                        "byline": ["越城区读者　施一帆", "施一帆"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "上周带母亲去市第二医院复查，光排队进停车场就用了四十分钟。医院周边能不能多划一些临时车位？",
                        ],
                    },
                    {
                        "section": [None, "读者来信"],
                        "brief": True,
                        "title": "菜价标签请写大一点",
                        "byline": ["柯桥区读者　邹美华", "邹美华"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "超市里的价格标签字太小，老年人戴上老花镜也看不清。建议商家把价格印得大一些。",
                        ],
                    },
                    {
                        "section": [None, "读者来信"],
                        "brief": True,
                        "title": "夜里施工扰民",
                        "byline": ["上虞区读者　贺　明", "贺　明", "贺明"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "我家附近的工地常常施工到夜里十一点多，孩子没法睡觉。希望有关部门管一管。",
                        ],
                    },
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "title": "车厢里，请把声音调小",
                        "byline": ["□　温若溪", "温若溪"],
                        "ncol": 2,
                        "pull": (2, "公共场所的安静，是大家一起守着的。"),
                        "bio": "（作者系青阳师范学院文学院副教授）",
                        "body": [
                            "前几天坐地铁回家，邻座的年轻人用手机看短视频，声音开得很大，整节车厢都能听见。没有人去提醒他，大家只是皱皱眉头，把脸转了过去。",
                            "这样的场景，很多人都遇到过。手机外放看起来是小事，却让身边的人没法休息，也没法安心看书。",
                            "公共场所的安静，是大家一起守着的。一副耳机并不贵，戴上它，既不影响自己，也不打扰别人。",
                            "有的城市已经把“禁止外放”写进了乘车守则，列车上也会播放提醒。我想，规定是一方面，更重要的是每个人心里都有别人。",
                            "下次在车厢里听到很大的声音，不妨轻轻说一句：“请把声音调小一点，好吗？”多数人都会理解的。",
                        ],
                    }
                ],
                1,
                2,
            ),
        ],
    ],
}

SHELUN_SCAN = {
    "stem": "zh_sim_scan_opinion_page_shelun_four_columns_letters_column_beside_framed_editorial_signed_column_pull_quote_across_two_columns_cartoon_two_columns_wide_author_note",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": True,
    "seed": 155002,
    "angle": 0.45,
    "ncols": 4,
    "masthead": ["运河晚报", "2028年4月11日　星期二", "A8　观点"],
    "date": "2028-04-11",
    "page": ["A8　观点", "A8"],
    "foot": "运河晚报　A8　观点　　责任编辑：叶知秋　　美术编辑：蒋小满",
    "note": "An opinion page of four columns (scanned): in the first column a letters column (reversed label `来信`, three letters, each a short bold head, its text and the writer's name right-aligned on its last line); beside it over three columns an unsigned editorial in a frame under the standing label `社论` set above the frame; under a rule a signed column over two columns (head, the writer's name under it, a pull quote in large type across both columns between two rules, a one-line note on the writer at its foot in smaller type) and beside it over two columns a cartoon standing alone (reversed label `漫画`, its title, the drawing, caption and the artist's credit).",
    "rows": [
        [
            (
                [
                    {
                        "label": "来信",
                        "section": ["来信", None],
                        "brief": True,
                        "title": "快递柜超时收费不合理",
                        "byline": ["广陵区读者　毛晓东", "毛晓东"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "小区的快递柜放了十二小时就开始收费，上班族晚上才回家，常常要多花一块钱。能不能延长到二十四小时？",
                        ],
                    },
                    {
                        "section": [None, "来信"],
                        "brief": True,
                        "title": "公交改线应早告知",
                        "byline": ["邗江区读者　卢佩琴", "卢佩琴"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "12路公交车上周突然改线，站牌却没有换，不少老人在原来的站台白等了半天。",
                        ],
                    },
                    {
                        "section": [None, "来信"],
                        "brief": True,
                        "title": "楼道堆物是隐患",
                        "byline": ["江都区读者　仇　杰", "仇　杰", "仇杰"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "我们楼的楼道里堆满了旧家具和纸箱，一旦着火，人都跑不出去。物业说了几次，没人理。",
                        ],
                    },
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "frame": True,
                        "label": "社论",
                        "section": ["社论", None],
                        "title": "给外卖骑手留一个歇脚处",
                        "ncol": 3,
                        "body": [
                            "中午十二点，城区的街头巷尾，到处是赶路的外卖骑手。他们一天要跑五六十单，饭常常在电动车上随便吃两口，想找个地方坐一坐、喝口热水，并不容易。",
                            "全市现有外卖骑手一万五千多人。去年以来，一些社区和商场试着开放了“骑手驿站”，有桌椅，有热水，能给手机充电，还能用一用洗手间。骑手们说，有这么一个地方，心里暖和多了。",
                            "可这样的驿站，眼下全市只有三十多个，大多集中在老城区，新城区几乎没有。有的驿站白天开放，晚上就关了门，而夜里送餐的骑手同样需要休息。",
                            "建驿站，不一定要新盖房子。社区服务中心、银行网点、加油站，都有现成的空间，多放几把椅子、一台饮水机，就能派上用场。平台企业也应出一份力，不能只管派单，不管骑手的冷暖。",
                            "骑手每天把饭菜送到我们手里，城市也该给他们留一个歇脚处。这件事不难，关键是有人去做。",
                        ],
                    }
                ],
                1,
                3,
            ),
        ],
        [
            (
                [
                    {
                        "title": "慢下来，给远方写封信",
                        "byline": ["□　薛　岚", "薛　岚", "薛岚"],
                        "ncol": 2,
                        "pull": (2, "一封信走得慢，可它让人把话想清楚了再说。"),
                        "bio": "（作者系扬州某中学语文教师）",
                        "body": [
                            "整理书柜时，翻出一沓旧信，是二十多年前读大学时，父亲从老家寄来的。信纸已经发黄，字迹却还清清楚楚，连他写错又划掉的字都在。",
                            "现在有了手机，想说什么，发条消息就行，几秒钟就能收到。可我总觉得，少了点什么。",
                            "一封信走得慢，可它让人把话想清楚了再说。写信的人要一笔一画地写，读信的人要一字一句地读，这份郑重，是消息给不了的。",
                            "去年开学，我让班上的学生给十年后的自己写一封信，封好交给我保管。有个孩子说，这是他第一次用笔写信，写完手都酸了，心里却很满足。",
                            "不妨在忙碌的日子里慢下来，给远方的亲人或朋友写一封信。也许对方收到时，会像我今天这样，看了很久。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "cartoon": True,
                        "label": "漫画",
                        "section": ["漫画", None],
                        "title": "午饭",
                        "cartoon_h": 380,
                        "caption": "两位骑手终于找到一张长椅，坐下来吃午饭。",
                        "credit": "蒋小满　作",
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

SHELUN_TW = {
    "stem": "zh_tra_opinion_page_shelun_framed_editorial_across_four_columns_under_standing_label_signed_column_pull_quote_across_two_columns_cartoon_one_column_letters_column_under_editorial",
    "script": "zh_tra",
    "tess": ("chi_tra", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["青嶺日報", "2028年5月20日　星期六", "A11　民意論壇"],
    "date": "2028-05-20",
    "page": ["A11　民意論壇", "A11"],
    "foot": "青嶺日報　A11　民意論壇　　主編：邱雅琪　　投書信箱：opinion@qingling.example.tw",
    "note": "A Taiwan daily's opinion page of four columns: across all four an unsigned editorial in a frame under the standing label `社論` set above the frame; under a rule a signed column over two columns (head, the writer's name and title under it, a pull quote in large type across both columns between two rules, a one-line note on the writer at its foot in smaller type), a cartoon standing alone in the third column (reversed label `漫畫`, its title, the drawing, caption and the artist's credit) and a letters column in the fourth (reversed label `讀者投書`, two letters, each a short bold head, its text and the writer's name right-aligned on its last line); the three pieces under the page-wide editorial.",
    "rows": [
        [
            (
                [
                    {
                        "frame": True,
                        "label": "社論",
                        "section": ["社論", None],
                        "title": "還給行人一條完整的騎樓",
                        "ncol": 4,
                        "body": [
                            "走在新竹市區的老街上，行人常常得在騎樓和馬路之間來回穿梭：這一段擺著機車，下一段堆著貨品，再往前又是店家的桌椅。推著嬰兒車的父母、坐輪椅的長者，只能冒險走到車道上。",
                            "騎樓本是為了讓人遮陽避雨、安全行走而設的。市府這幾年推動「騎樓整平」，已完成四十多公里，地面平了，占用的問題卻沒有少。去年全市接到的騎樓占用檢舉超過三千件，真正開罰的不到兩成。",
                            "我們理解小店家的難處，店面小，貨品和機車總得有地方放。但騎樓是大家的路，不是誰家的倉庫。市府可以在附近多設機車停車格，劃出店家可以擺放的範圍，其餘的部分，就該嚴格執法。",
                            "一條完整的騎樓，看起來平常，卻是一座城市對行人最基本的尊重。希望市府拿出決心，也希望店家將心比心，把路還給走路的人。",
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
                        "title": "把午休還給上班族",
                        "byline": ["文／馮思穎", "馮思穎"],
                        "ncol": 2,
                        "pull": (2, "休息不是偷懶，是為了走更長的路。"),
                        "bio": "（作者為職場心理諮商師）",
                        "body": [
                            "不少上班族的午休時間，是在辦公桌前一邊吃便當、一邊回信中度過的。主管一通電話、群組一則訊息，就能把短短一小時切得零零碎碎。",
                            "有研究指出，中午小睡二十分鐘，下午的專注力和效率都會明顯提高。許多人卻不敢休息，怕被看成不夠認真。",
                            "休息不是偷懶，是為了走更長的路。公司若能在午休時間少排會議、少傳訊息，員工下午做起事來反而更有精神。",
                            "我常建議來諮商的朋友，午休時把手機放遠一點，到外面走一走，或者趴在桌上閉眼休息。只要一小段時間，身心都能得到喘息。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "cartoon": True,
                        "label": "漫畫",
                        "section": ["漫畫", None],
                        "title": "借過",
                        "cartoon_h": 330,
                        "caption": "騎樓擺滿桌椅，兩位長者只好站在路邊。",
                        "credit": "林　柏　作",
                    }
                ],
                2,
                1,
            ),
            (
                [
                    {
                        "label": "讀者投書",
                        "section": ["讀者投書", None],
                        "brief": True,
                        "title": "綠燈秒數太短",
                        "byline": ["竹北市　呂美玲", "呂美玲"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "家門口的大路口，綠燈只有二十秒，我母親走到一半就變紅燈了。希望交通單位替長者多想一想，把秒數調長一些。",
                        ],
                    },
                    {
                        "section": [None, "讀者投書"],
                        "brief": True,
                        "title": "郵局窗口太少",
                        "byline": ["新竹市　江宏達", "江宏達"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "每到月初，郵局只開兩個窗口，排隊的人排到門外。能不能在尖峰時段多開幾個？",
                        ],
                    },
                ],
                3,
                1,
            ),
        ],
    ],
}

MVSKOKE = {
    "stem": "mus_mvskoke_opinion_page_two_columns_framed_editorial_under_standing_label_signed_column_pull_quote_across_two_columns_writer_note_letters_column_under_it_cartoon_beside",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": False,
    "ncols": 2,
    "masthead": ["Okmulkv Opunvkv", "Thursday, June 8, 2028", "Vkerrickv · 4"],
    "date": "2028-06-08",
    "page": ["Vkerrickv · 4", "4"],
    "foot": "Okmulkv Opunvkv · Vkerrickv · 4 · Editor: Nora Scott",
    "note": "A Mvskoke (Creek) weekly's opinion page of two columns: across both an unsigned editorial in a frame under the standing label `Pum Vkerrickv` set above the frame; under a rule a signed column across both (head, the writer's name under it, a pull quote in large type across both columns between two rules, a one-line note on the writer at its foot in smaller type); under another rule a letters column in the first column (reversed label `Nakcokv`, two letters, each a short bold head, its text and the writer's name and town right-aligned on its last line) and a cartoon standing alone in the second (reversed label `Nak-hayv`, its title, the drawing, caption and the artist's credit).",
    "rows": [
        [
            (
                [
                    {
                        "frame": True,
                        "label": "Pum Vkerrickv",
                        "section": ["Pum Vkerrickv", None],
                        "title": "Mvskoke opunvkv mvhakv cuko ofv",
                        "ncol": 2,
                        "body": [
                            "Okmulkv mvhakv cuko hvmken ofv, hopuetake pale hokkolen Mvskoke opunvkv kerrvkēt omēs. Mvhayv hokkolet hopuetake vnicvkēt, vce, rvro, hompetv, cuko nak hocefkv kerretv.",
                            "Este-Mvskokvlke vculvke estofis Mvskoke opunvkv opunvyēt omvtēs. Mucvnettv, hopuetake hvmkvn vcakē Mvskoke opunvkv kerreyvtēs.",
                            "Mvhakv cuko vculv tuccenen Mvskoke opunvkv kerretv omvranet, pum estvcakvlke vhakv hēran hayetvn pum vnicetv. Hopuetake opunvkv kerrvkēt omat, pum etvlwv vpēyvranis.",
                        ],
                    }
                ],
                0,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "title": "Pupuse sofke hayvtēs",
                        "byline": "Lorena Yahola",
                        "ncol": 2,
                        "pull": (2, "Hompetv hayetv pum vculvke ennaorkv omēs."),
                        "bio": "Lorena Yahola Okmulkv mvhakv cuko mvhayv os.",
                        "body": [
                            "Pupuse rvfo estomē mahen sofke hayēt omvtēs. Vce vcvsēt, uewv ofv hayēt, nettv hokkolen hompetv cuko ofv likepvtēs. Hvtvm hopuetake vpokvlke sofke hompetv ossetvn emvtēs.",
                            "Hvmkvn vm vpohkvtēs: “Sofke estomēt hayetvn kerretv?” Momen vm onvyvtēs: “Vcvkvyēcet, vhakv hēret hayvs. Rvfo estomis, vce heren vcvkvyecvs.”",
                            "Hompetv hayetv pum vculvke ennaorkv omēs. Mucvnettv pupuse sulkē sofke hayetv kerrvkekot. Hopuetake sofke kerrvkekot, vce hvyatkē hayetv kerrvkekot.",
                            "Mvhakv cuko ofv hopuetake sofke hayetv kerreyvranet, pupuse ennaorkv pun etvlwv ofv vpēyvranis.",
                        ],
                    }
                ],
                0,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Nakcokv",
                        "section": ["Nakcokv", None],
                        "brief": True,
                        "title": "Nene ocakat",
                        "byline": ["Calvin Fixico, Henryetta", "Calvin Fixico"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "Nene Okmulkv tvlofv ofv hvmken sulkē ocakat. Hopuetake mvhakv cuko vyēpet nene ofv vyēpvkekot. Estvcakvlke vnicvkēs.",
                        ],
                    },
                    {
                        "section": [None, "Nakcokv"],
                        "brief": True,
                        "title": "Mvto, mvhayvlke",
                        "byline": ["Ada Beaver, Eufaula", "Ada Beaver"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "Pum hopuetake Mvskoke opunvkv kerrēt omēs. Mvhayvlke vm vnicēt omvtēs. Mvto.",
                        ],
                    },
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "cartoon": True,
                        "label": "Nak-hayv",
                        "section": ["Nak-hayv", None],
                        "title": "Sofke",
                        "cartoon_h": 330,
                        "caption": "Hokkolet sofke hayetv vpohkvtēs.",
                        "credit": "Hayv: Travis Deere",
                    }
                ],
                1,
                1,
            ),
        ],
    ],
}

INUPIAQ_SCAN = {
    "stem": "ipk_scan_inupiaq_opinion_page_three_columns_signed_column_pull_quote_across_two_columns_beside_framed_editorial_one_column_letters_column_under_signed_column_cartoon_two_columns_wide",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": True,
    "seed": 155005,
    "angle": -0.35,
    "ncols": 3,
    "masthead": ["Nunam Tusaayugaat", "Thursday, July 13, 2028", "Isumaliuġutit · 6"],
    "date": "2028-07-13",
    "page": ["Isumaliuġutit · 6", "6"],
    "foot": "Nunam Tusaayugaat · Isumaliuġutit · 6 · Editor: Grace Nasruk",
    "note": "An Iñupiaq weekly's opinion page of three columns (scanned): over two columns a signed column (head, the writer's name under it, a pull quote in large type across both columns between two rules, a one-line note on the writer at its foot in smaller type) and in the third an unsigned editorial in a frame under the standing label `Uvagut Isumavut` set above the frame; under a rule a letters column in the first column, under the signed column (reversed label `Aglaat`, two letters, each a short bold head, its text and the writer's name and village right-aligned on its last line), and beside it over two columns a cartoon standing alone (reversed label `Qiñiġaq`, its title, the drawing, caption and the artist's credit).",
    "rows": [
        [
            (
                [
                    {
                        "title": "Aakaŋma uqaluktuaŋi",
                        "byline": "Ella Aġnasaaġa",
                        "ncol": 2,
                        "pull": (2, "Uqaluktuat iñuuniaġnikput tunniutiraġaat."),
                        "bio": "Ella Aġnasaaġa Utqiaġvigmi iḷisautrisuuruq.",
                        "body": [
                            "Aakaŋa ukiuġmi unnuaġmi uqaluktuaqtaqtuq. Taimani iñuuniaġnikun uqaluktuaqtaqtuq: umiaq, aġviq, siku, tuttut.",
                            "Uvaŋa mikiruŋa taimani. Tusaaqtaqtuŋa, aglaan uqaluktuat iḷaŋich puiguġaqtuŋa. Pakma aglaan aglaktuŋa.",
                            "Uqaluktuat iñuuniaġnikput tunniutiraġaat. Pakma aakaŋa aqiattuġuuruq, uqaluktuaŋi atautchikun aglaktavut.",
                            "Iḷisaqtit iḷisaġvigmi aglaktut, qiñiqtuat savaaŋich kiŋuvaanun. Quyanaqpak, aakaŋ.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "frame": True,
                        "label": "Uvagut Isumavut",
                        "section": ["Uvagut Isumavut", None],
                        "title": "Siġḷuat ikayuġlugich",
                        "ncol": 1,
                        "body": [
                            "Utqiaġvigmi siġḷuat qavsiñ auktut. Taimani siġḷuat nigliktut, aglaan maŋŋa uunaqsiruq.",
                            "Iñupiat niqiŋich aġviġmiñ siġḷuani piqaqtut. Siġḷuaq auppan, niqi piḷaŋniaqtuq.",
                            "Nunaaqqim savaktiŋi ikayuġniaqtut. Uvagut isumavut: atautchikun siġḷuat qaunagiligich.",
                        ],
                    }
                ],
                2,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Aglaat",
                        "section": ["Aglaat", None],
                        "brief": True,
                        "title": "Qimmiich aqqusiġmi",
                        "byline": ["John Kanayuq, Utqiaġvik", "John Kanayuq"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "Qimmiich aqqusiġmi aullaqtut. Iḷisaqtit iqsitchaqtut. Nunaaqqim qaunagiḷiŋich.",
                        ],
                    },
                    {
                        "section": [None, "Aglaat"],
                        "brief": True,
                        "title": "Quyanaqpak",
                        "byline": ["Mary Itta, Nuiqsut", "Mary Itta"],
                        "sign": True,
                        "ncol": 1,
                        "body": [
                            "Quyanaqpak iḷisaqtit savaaŋiñun. Niġiñiaqtugut atautchikun.",
                        ],
                    },
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "cartoon": True,
                        "label": "Qiñiġaq",
                        "section": ["Qiñiġaq", None],
                        "title": "Siġḷuaq",
                        "cartoon_h": 330,
                        "caption": "Aapa aakalu siġḷuam silataani utaqqiruk.",
                        "credit": "Titchiġaa: Samuel Aqpik",
                    }
                ],
                1,
                2,
            ),
        ],
    ],
}

PAGES = [PINGLUN, SHELUN_SCAN, SHELUN_TW, MVSKOKE, INUPIAQ_SCAN]
