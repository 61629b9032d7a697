"""The text of every holdout26 page, written once (all papers, people and events invented).

An item is ("furn", line), ("label", column label printed once), or ("art", article). An
article has "head" lines (field, printed[, gold text without its markup]), "body" items
("p", text[, lines dropped inside it after the `¦`]), ("heading", …), ("caption", …),
("credit", …), ("furn", …) or ("end", field, printed[, gold]); and "alts", the fields'
acceptable readings. A `~` in Latin text is where the layout may split a word with a hyphen.
"""


def label_alts(label):
    """An item under a column label: the label is its section, its kicker, or neither."""
    return {"section": [label, None], "kicker": [None, label]}


LVYOU = {
    "name": "zh_gbk_crlf_wenlv_zhoukan_travel_page_yinxing_story_byline_line_tongxunyuan_"
    "caption_sheying_midsentence_xiazhuan_jump_chuxing_gonglve_box_list_lines_youji_wen_tu_"
    "byline_running_head_midsentence_wenlv_zixun_diamond_items",
    "encoding": "gbk",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 44,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": (),
    "date": "2026-11-20",
    "page": "B6",
    "note": "澧阳晚报 2026-11-20 B6 文旅周刊, GBK, CRLF; blank-line paragraphs with a U+3000 "
    "indent, hard-wrapped at 22 characters. A 银杏 travel story (kicker, title, a byline line "
    "with a 通讯员), a caption + credit dropped inside a sentence, a （下转B7版） jump; an 出行攻略 "
    "box of 交通/门票/住宿/提示 lines (one paragraph each); a 游记 with a 文／图 byline line and the "
    "running head inside a sentence; 文旅资讯 items marked ◆ (markup).",
    "items": [
        ("furn", "澧阳晚报　2026年11月20日　星期五　B6　文旅周刊"),
        ("furn", "责任编辑：邹　岚　　美术编辑：唐　琪"),
        (
            "art",
            {
                "head": [
                    ("kicker", "初冬赏银杏正当时"),
                    ("title", "千年古寺银杏黄　山村一日游客两万"),
                    ("byline", "本报记者　符晓岚　通讯员　龚　平"),
                ],
                "alts": {"byline": ["本报记者　符晓岚　通讯员　龚　平", "符晓岚", "本报记者　符晓岚"]},
                "body": [
                    (
                        "p",
                        "11月18日一早，澧阳县双溪镇鹿鸣寺前的停车场就停满了车。寺内那株树龄"
                        "逾千年的银杏进入最佳观赏期，满树金黄，落叶铺地，不少游客天不亮就从市区赶来拍照。",
                    ),
                    (
                        "p",
                        "据双溪镇文旅办统计，进入11月以来，鹿鸣寺周边单日游客最多时超过两万人次，"
                        "比去年同期增长近三成。为缓解交通压力，镇里在¦镇中学操场临时增设了600个停车位，"
                        "并开通从县城汽车站发车的银杏专线，每20分钟一班。",
                        [
                            ("caption", "游客在鹿鸣寺千年银杏树下拍照留念。"),
                            ("credit", "本报记者　符晓岚　摄"),
                        ],
                    ),
                    (
                        "p",
                        "热闹的不只是寺里。寺前的鹿鸣村有47户村民办起了农家乐和民宿，腊肉、"
                        "擂茶和柚子皮糖成了游客最爱带走的土特产。村民覃桂英家的民宿只有六间房，"
                        "这个周末已经全部订满，“银杏一黄，我们一年的收入就有了一半。”",
                    ),
                    (
                        "p",
                        "县文旅局相关负责人介绍，今年县里把银杏观赏与周边的石门峡、老街古",
                    ),
                    ("furn", "（下转B7版）"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "出行攻略"), ("title", "自驾还是坐专线？")],
                "alts": {"kicker": ["出行攻略", None], "section": [None, "出行攻略"]},
                "body": [
                    (
                        "p",
                        "交通：自驾从市区出发约1.5小时，周末上午9时至11时寺前路段易拥堵，建议错峰出行；银杏专线每人单程8元。",
                    ),
                    ("p", "门票：鹿鸣寺免费开放，石门峡景区门票60元，凭当日专线车票可优惠10元。"),
                    ("p", "住宿：鹿鸣村民宿每晚180元至360元，节假日需提前预订。"),
                    ("p", "提示：古树周围设有护栏，请勿攀折枝条、捡拾白果。"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "在石门峡，听一夜溪声"), ("byline", "文／图　柯　远")],
                "alts": {"byline": ["文／图　柯　远", "柯　远"]},
                "body": [
                    (
                        "p",
                        "去石门峡之前，朋友说那里最好的不是白天的瀑布，而是夜里的溪声。我将信将疑，"
                        "订了峡口一家临水的木屋。",
                    ),
                    (
                        "p",
                        "傍晚进峡，两岸的枫香已经红透，山道边的溪水清得能数出石头上的纹路。走到"
                        "第三道瀑布时天色暗了下来，守林的老杨打着手电送我出峡，一路上给我讲这条溪"
                        "怎样在¦一年四季里换着脾气。",
                        [("furn", "B6　文旅周刊　2026.11.20")],
                    ),
                    (
                        "p",
                        "那一夜我几乎没有睡。溪声时高时低，像有人在窗外絮絮地说话。天亮推窗，"
                        "雾从峡谷里慢慢升起来，我才明白朋友的话。",
                    ),
                    (
                        "p",
                        "离开时，木屋的主人塞给我一包自家炒的野山茶，说明年春天再来，峡里的映山红开得满山都是。",
                    ),
                    (
                        "p",
                        "回程的车上，我一直在想，一条溪能让人记住，大概是因为它从不急着赶路。",
                    ),
                ],
            },
        ),
        ("label", "文旅资讯"),
        (
            "art",
            {
                "head": [("title", "◆澧阳博物馆推出冬季夜场", "澧阳博物馆推出冬季夜场")],
                "alts": label_alts("文旅资讯"),
                "body": [
                    (
                        "p",
                        "12月起，澧阳博物馆每周五、周六开放夜场至晚上9时，夜场推出“灯下看陶”"
                        "导览，每场限30人，需提前一天在官方公众号预约。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "◆老街古戏台恢复周末演出", "老街古戏台恢复周末演出")],
                "alts": label_alts("文旅资讯"),
                "body": [
                    (
                        "p",
                        "修缮一年的澧阳老街万寿宫古戏台日前重新开台，本地花鼓戏剧团每周六、"
                        "周日下午各演出一场，观众可免费入场。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "◆“跟着非遗去旅行”线路发布", "“跟着非遗去旅行”线路发布")],
                "alts": label_alts("文旅资讯"),
                "body": [
                    (
                        "p",
                        "市文化和旅游局11月17日发布三条“跟着非遗去旅行”冬季线路，串联竹编、"
                        "擂茶、花鼓戏等12个非遗项目体验点，游客集齐六个体验点印章可兑换文创礼品一份。",
                    )
                ],
            },
        ),
    ],
}

Y1956 = {
    "name": "zh_utf8bom_crlf_1956_dangbao_partial_simplification_mixed_forms_slogan_banner_"
    "xinhuashe_dianxun_chinese_numeral_dates_tongxun_byline_line_difang_jianxun_items_"
    "running_head_midsentence_no_blank_paragraphs",
    "encoding": "utf-8-sig",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 40,
    "indent": "\u3000\u3000",
    "blank": False,
    "gap_between": True,
    "not_in": (),
    "date": "1956-03-14",
    "page": "2",
    "note": "沅江日报 1956-03-14 第二版, UTF-8 with BOM, CRLF; paragraphs marked only by a U+3000 "
    "indent, a blank line between articles, hard-wrapped at 20 characters. The first batch of "
    "简化字 is in use and the rest still printed in full forms (这 个 们 为 beside 計劃 農 運動 進行 合併), "
    "as in the months after 1956-02-01. A slogan banner and the dated running head inside a "
    "sentence (furniture); a 新华社 telegram with its 电头 in paragraph 1; a 通讯 with a byline "
    "line; three 各地简讯 items under one label.",
    "items": [
        ("furn", "沅江日报　　一九五六年三月十四日　星期三　　第二版"),
        ("furn", "为提前完成第一个五年計劃而奋斗！"),
        (
            "art",
            {
                "head": [("title", "全省春耕准备工作普遍展开")],
                "alts": {"source": [None, "新华社"]},
                "body": [
                    (
                        "p",
                        "新华社长沙十三日电　湖南省各地農業生产合作社正在积极進行春耕准备工作。"
                        "据省農林厅统计，到三月十日止，全省已经积肥八亿多担，整修塘坝十二万多处，"
                        "准备好的稻种可以满足早稻播种的需要。",
                    ),
                    (
                        "p",
                        "各地合作社在准备工作中普遍订出了今年的增产計劃。许多社根据去年的经验，"
                        "推广双季稻和密植，改良農具。常德专区已有两千多个社添置了新式步犁和双轮双铧犁，"
                        "并组织了農具手培训班。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "红旗農业生产合作社的春天"),
                    ("byline", "本报记者　方　明"),
                ],
                "alts": {"byline": ["本报记者　方　明", "方　明"]},
                "body": [
                    (
                        "p",
                        "天刚亮，红旗社的社员们就扛着锄头下田了。这个社是去年冬天由四个初级社"
                        "合併成的，全社有二百一十三户，土地一千四百多亩。",
                    ),
                    (
                        "p",
                        "社主任周德厚告诉记者：“今年我们要求每亩比去年多收一百斤谷子。办法就是"
                        "多积肥、早翻耕、选好种。”全社分成九个生产队，每队都订了包工計劃，哪一块田"
                        "由谁负责，什么时候完成，都写在队里的¦黑板上。",
                        [("furn", "沅江日报　一九五六年三月十四日")],
                    ),
                    (
                        "p",
                        "青年突击队是社里的一支生力军。二十四个青年男女，一个冬天挑塘泥三千多担，"
                        "还在社里的荒坡上开出了三十亩新田。突击队长刘秀英说，她们要在春耕中再立新功。",
                    ),
                    (
                        "p",
                        "社里也有困难。耕牛不够，有的生产队只好几家合用一头牛。社务委员会决定"
                        "发动社员互相调剂，并向信用合作社贷款购买耕牛十头。",
                    ),
                ],
            },
        ),
        ("label", "各地简讯"),
        (
            "art",
            {
                "head": [("title", "益阳县开办扫盲冬学")],
                "alts": label_alts("各地简讯"),
                "body": [
                    (
                        "p",
                        "益阳县今冬共开办冬学一千二百多所，参加学习的農民有五万多人。许多合作社"
                        "把识字運動和记工、算账结合起来，社员学了就能用。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "沅江航运公司增开客班")],
                "alts": label_alts("各地简讯"),
                "body": [
                    (
                        "p",
                        "为了方便沿江群众往来，沅江航运公司从三月十日起增开沅陵至常德的客班船，"
                        "每两天一班，票价比过去降低一成。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "桃源县供销社收购桐油")],
                "alts": label_alts("各地简讯"),
                "body": [
                    (
                        "p",
                        "桃源县供销合作社今年已收购桐油四千多担，比去年同期增加一倍。社员用卖"
                        "桐油的钱买回了肥料和農具。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "常德市举办青年技术表演赛")],
                "alts": label_alts("各地简讯"),
                "body": [
                    (
                        "p",
                        "常德市青年团委和市工会日前联合举办青年技术表演赛，有纺织、機械、"
                        "印刷等八个行业的三百多名青年工人参加。纺织厂女工李桂芝在一小时内"
                        "接头二百四十次，获得第一名。",
                    )
                ],
            },
        ),
    ],
}

HK_YULE = {
    "name": "zht_big5hkscs_lf_hk_yule_entertainment_page_jizhe_byline_lines_english_names_"
    "brackets_cantonese_quotes_hkscs_chars_caption_credit_midsentence_xuji_jump_"
    "yuquan_sudi_dot_items_running_head_midsentence",
    "encoding": "big5hkscs",
    "newline": "\n",
    "script": "cjk",
    "cols": 48,
    "indent": "",
    "blank": True,
    "not_in": ("cp950", "big5"),
    "date": "2026-11-26",
    "page": "C2",
    "note": "維港晨報 2026-11-26 C2 娛樂, Big5-HKSCS (嘅 咗 喺 哋 啲, not in cp950), LF; no indent, "
    "blank-line paragraphs, hard-wrapped at 24 characters. A concert story: title, 記者 byline "
    "line, English names in brackets, Cantonese quotes in 「」, a caption + 記者 credit inside a "
    "sentence, a （續見C4） jump; an interview with the running head inside a sentence; 娛圈速遞 "
    "items marked ● (markup).",
    "items": [
        ("furn", "維港晨報　2026年11月26日　星期四　C2　娛樂"),
        (
            "art",
            {
                "head": [
                    ("title", "麥靖雯紅館開騷　五萬歌迷齊大合唱"),
                    ("byline", "記者　黃詠詩"),
                ],
                "alts": {"byline": ["記者　黃詠詩", "黃詠詩"]},
                "body": [
                    (
                        "p",
                        "歌手麥靖雯（Winnie）一連五場的紅館演唱會前晚圓滿結束，五場合共吸引"
                        "約五萬名歌迷入場。尾場安哥時她唱出成名作《海旁》，全場歌迷齊聲大合唱，"
                        "佢喺台上忍唔住眼濕濕，之後講：「多謝大家陪咗我十年，我會繼續唱落去。」",
                    ),
                    (
                        "p",
                        "今次演唱會由音樂人梁啟文（Kelvin Leung）擔任音樂總監，舞台設計以"
                        "維港夜景為主題，中段更有升降台將麥靖雯¦送到場館中央，近距離同歌迷互動。",
                        [
                            ("caption", "麥靖雯尾場唱出《海旁》時感觸落淚。"),
                            ("credit", "記者　盧家俊攝"),
                        ],
                    ),
                    (
                        "p",
                        "完騷後麥靖雯接受訪問，被問到會否加開場數，佢笑言：「而家仲未諗到，"
                        "我要休息下先，啲歌迷都話我瘦咗。」",
                    ),
                    (
                        "p",
                        "場外亦十分熱鬧。不少歌迷由下午開始已在紅館外排隊買紀念品，"
                        "手燈、毛巾同海報都一度賣斷貨。有從馬來西亞專程飛來的歌迷"
                        "黃小姐（Michelle）說，今次係佢第三次睇麥靖雯開騷：「佢每次都有驚喜，"
                        "值得搭飛機過嚟。」",
                    ),
                    (
                        "p",
                        "主辦單位表示，五場演唱會門票開售當日已經全部售罄，"
                        "由於反應熱烈，明年將安排麥靖雯到澳門及新加坡加開演出，詳情稍後公布。",
                    ),
                    (
                        "p",
                        "麥靖雯又透露明年將推出新專輯，其中兩首",
                    ),
                    ("furn", "（續見C4）"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "新晉演員陳凱晴：拍劇好似返學"),
                    ("byline", "記者　鄧子軒"),
                ],
                "alts": {"byline": ["記者　鄧子軒", "鄧子軒"]},
                "body": [
                    (
                        "p",
                        "憑處境劇《大廈管理處》入屋的新晉演員陳凱晴（Kay），昨日出席品牌活動，"
                        "談到首次擔正，她坦言壓力好大：「每日開工好似返學噉，導演會逐場同我哋講戲，"
                        "我做得唔好就再嚟過。」",
                    ),
                    (
                        "p",
                        "陳凱晴畢業於演藝學院，入行前曾在茶餐廳兼職三年。她說拍攝期間最難忘"
                        "是與老戲骨¦何志強的對手戲：「佢教我點樣用眼神做戲，我學到好多。」",
                        [("furn", "C2　娛樂　2026年11月26日")],
                    ),
                    (
                        "p",
                        "陳凱晴的家人最初並不支持她入行。她說爸爸以前做的士司機，"
                        "成日擔心娛樂圈唔穩定，直至看到她在劇中的表現，先至開始幫她儲剪報。",
                    ),
                    (
                        "p",
                        "她又透露劇集開拍前曾跟真正的大廈管理員學師兩個星期，"
                        "「原來管理員要識好多嘢，修水喉、收包裹、調解鄰居爭執，真係唔易做。」",
                    ),
                    (
                        "p",
                        "《大廈管理處》第二輯預計明年年中開拍，陳凱晴表示希望角色可以有更多感情戲。",
                    ),
                    (
                        "p",
                        "問到會否拍拖，她即刻揮手否認：「冇時間呀，而家淨係想做好啲角色。」",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "本周收視"), ("title", "處境劇連續三周稱王")],
                "alts": {"kicker": ["本周收視", None], "section": [None, "本周收視"]},
                "body": [
                    (
                        "p",
                        "根據電視台公布的上周收視數字，《大廈管理處》以平均28點再度登上榜首，"
                        "大結局更錄得最高33點。排第二的是古裝劇《嶺南醫館》，平均24點；"
                        "資訊節目《搵食街坊》以19點排第三。",
                    ),
                    (
                        "p",
                        "有電視評論人認為，處境劇題材貼地，對白多用日常廣東話，觀眾睇得好親切，所以收視可以維持。",
                    ),
                ],
            },
        ),
        ("label", "娛圈速遞"),
        (
            "art",
            {
                "head": [("title", "●《暖冬》電影首映", "《暖冬》電影首映")],
                "alts": label_alts("娛圈速遞"),
                "body": [
                    (
                        "p",
                        "由導演林嘉俊執導的電影《暖冬》昨晚在尖沙咀舉行首映禮，一眾主角齊齊"
                        "現身，電影將於下月三日正式上映。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "●樂隊重組開巡迴騷", "樂隊重組開巡迴騷")],
                "alts": label_alts("娛圈速遞"),
                "body": [
                    (
                        "p",
                        "九十年代樂隊「北角號」宣布重組，明年春天將在香港、澳門及台北舉行巡迴"
                        "演唱會，門票下月開售。主音阿浩話：「大家都老咗，但係仲夾得到。」",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "●電台DJ轉戰網台", "電台DJ轉戰網台")],
                "alts": label_alts("娛圈速遞"),
                "body": [
                    (
                        "p",
                        "資深電台DJ區文樂日前宣布約滿離巢，下月起在網上電台主持深夜節目，繼續同聽眾傾心事。佢話：「做咗廿年收音機，轉個平台試下新嘢。」",
                    )
                ],
            },
        ),
    ],
}

TW_CAIJING = {
    "name": "zht_cp950_crlf_taiwan_caijing_chanye_page_minguo_date_jizhe_slash_baodao_lead_"
    "byline_in_paragraph_caption_sheying_midsentence_jie_jump_taigu_panhou_box_list_lines_"
    "chanye_duanbo_square_items_running_head_midsentence",
    "encoding": "cp950",
    "newline": "\r\n",
    "script": "cjk",
    "cols": 46,
    "indent": "\u3000\u3000",
    "blank": False,
    "gap_between": True,
    "not_in": ("big5",),
    "date": "2026-11-27",
    "page": "A4",
    "note": "臺島財經報 民國115年11月27日 A4 產業動態, cp950 (碁, not in strict Big5), CRLF; "
    "U+3000 indents, no blank lines inside an article, hard-wrapped at 23 characters. A "
    "story led by 〔記者X／台北報導〕 (byline in paragraph 1), a caption + （記者X攝） inside a "
    "sentence, （接A6版）; a 台股盤後 box of index lines (one paragraph each); 產業短波 items "
    "marked ■ (markup), the running head inside one.",
    "items": [
        ("furn", "臺島財經報　中華民國115年11月27日　星期五　A4　產業動態"),
        (
            "art",
            {
                "head": [
                    ("kicker", "半導體設備在地化"),
                    ("title", "竹科設備商擴廠　三年投資120億元"),
                ],
                "alts": {"byline": [None, "林佳蓉"]},
                "body": [
                    (
                        "p",
                        "〔記者林佳蓉／台北報導〕半導體設備商宏碁精密昨（26）日宣布，將在新竹"
                        "科學園區寶山基地擴建第二座廠房，未來三年投資新台幣120億元，新廠預計"
                        "2028年第二季量產，可增加約600個工作機會。",
                    ),
                    (
                        "p",
                        "宏碁精密董事長許文彬表示，近年晶圓廠積極推動設備在地化，公司去年營收"
                        "成長近四成，現有廠房產能已滿載。新廠將以蝕刻與清洗設備的關鍵¦零組件為主，"
                        "並設立研發中心，與國內大學合作培育人才。",
                        [
                            ("caption", "宏碁精密董事長許文彬（中）說明擴廠計畫。"),
                            ("credit", "（記者林佳蓉攝）"),
                        ],
                    ),
                    (
                        "p",
                        "法人分析，國內設備商過去多以代理國外品牌為主，自製比率偏低。隨著先進製程"
                        "擴產，晶圓廠為降低供應鏈風險，逐步提高採購國產設備的比重。",
                    ),
                    (
                        "p",
                        "據經濟部統計，今年前三季半導體設備產值達新台幣1,560億元，較去年同期成長"
                        "18.4%，其中出口占四成。經濟部官員表示，將持續以研發補助協助業者"
                        "開發關鍵零組件，並媒合國內晶圓廠試用國產設備。",
                    ),
                    (
                        "p",
                        "宏碁精密昨日股價上漲3.2%，以每股新台幣186元作收，成交量放大至平日的兩倍。",
                    ),
                    (
                        "p",
                        "不過，也有業者指出，設備產業人才缺口仍大，尤其是機構設計與軟體整合"
                        "工程師供不應求。許文彬坦言，公司今年已將新進工程師起薪調高一成，"
                        "並與新竹地區三所科技大學開設產學專班，預估明年",
                    ),
                    ("furn", "（接A6版）"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "台股盤後"), ("title", "加權指數收漲86點")],
                "alts": {"kicker": ["台股盤後", None], "section": [None, "台股盤後"]},
                "body": [
                    ("p", "加權指數　22,418.35　＋86.12　＋0.39%"),
                    ("p", "櫃買指數　263.47　－1.05　－0.40%"),
                    ("p", "成交金額　3,871.6億元"),
                    (
                        "p",
                        "外資昨日買超新台幣58.3億元，投信賣超12.1億元，自營商買超4.7億元。"
                        "電子類股指數上漲0.62%，金融類股指數下跌0.18%。",
                    ),
                ],
            },
        ),
        ("label", "產業短波"),
        (
            "art",
            {
                "head": [("title", "■觀光工廠冬季客源回溫", "觀光工廠冬季客源回溫")],
                "alts": label_alts("產業短波"),
                "body": [
                    (
                        "p",
                        "〔記者陳冠廷／宜蘭報導〕經濟部統計，今年前十月全台觀光工廠入園人次"
                        "約1,720萬，較去年同期成長一成一。宜蘭縣的糕餅與醬油觀光工廠"
                        "入園人數居全國之冠，業者表示，冬季¦團客已陸續回流。",
                        [("furn", "A4　產業動態　115.11.27")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■茶葉外銷創十年新高", "茶葉外銷創十年新高")],
                "alts": label_alts("產業短波"),
                "body": [
                    (
                        "p",
                        "〔記者黃品妤／南投報導〕農業部資料顯示，今年前十月茶葉外銷量達"
                        "8,650公噸，為近十年新高，主要市場為美國、日本與中東。南投縣茶商"
                        "公會理事長廖明哲說，高山烏龍茶在海外的接受度逐年提高。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■中小企業貸款展延再延半年", "中小企業貸款展延再延半年")],
                "alts": label_alts("產業短波"),
                "body": [
                    (
                        "p",
                        "〔記者林佳蓉／台北報導〕金管會昨日宣布，受國際景氣影響的中小企業，"
                        "其貸款本金展延措施將再延長半年至明年6月底，已有約3,200家企業申請。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■花蓮民宿業者推冬季優惠", "花蓮民宿業者推冬季優惠")],
                "alts": label_alts("產業短波"),
                "body": [
                    (
                        "p",
                        "〔記者吳志豪／花蓮報導〕花蓮縣民宿協會宣布，12月至明年2月平日入住"
                        "可享房價八折，並與在地業者合作推出部落體驗行程。協會表示，"
                        "今年秋季住房率已回升至六成。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "■彰化自行車外銷訂單回穩", "彰化自行車外銷訂單回穩")],
                "alts": label_alts("產業短波"),
                "body": [
                    (
                        "p",
                        "〔記者蔡承翰／彰化報導〕彰化縣自行車零件業者指出，歐洲通路商庫存去化接近尾聲，"
                        "第四季訂單已較第三季增加約兩成，業者對明年上半年營運審慎樂觀。",
                    )
                ],
            },
        ),
    ],
}

WENBO = {
    "name": "zh_gb18030_lf_wenbo_kaogu_page_zhanguo_tombs_yinti_futi_dash_byline_line_xiao_"
    "biaoti_headings_4byte_name_caption_sheying_midsentence_zhuanjia_jiedu_box_wenbo_zixun_"
    "items_editor_line_midsentence",
    "encoding": "gb18030",
    "newline": "\n",
    "script": "cjk",
    "cols": 42,
    "indent": "\u3000\u3000",
    "blank": True,
    "not_in": ("gbk",),
    "date": "2026-12-01",
    "page": "7",
    "note": "沅湘日报 2026-12-01 第7版 文博·考古, GB18030 (𬀩 U+2C029 in a name, not in GBK), "
    "LF; blank-line paragraphs with a U+3000 indent, hard-wrapped at 21 characters. A dig story: "
    "引题 (kicker), title, `——` 副题 (the dash is markup), byline line, two 小标题 (headings), "
    "a caption + credit inside a sentence; a 专家解读 box with the expert's name line as byline; "
    "文博资讯 items, the editor line inside a sentence of one.",
    "items": [
        ("furn", "沅湘日报　2026年12月1日　星期二　第7版　文博·考古"),
        (
            "art",
            {
                "head": [
                    ("kicker", "沅水中游考古再获重要发现"),
                    ("title", "辰溪发掘战国墓群四十二座"),
                    ("subtitle", "——出土青铜剑、漆耳杯等文物一百三十余件", "出土青铜剑、漆耳杯等文物一百三十余件"),
                    ("byline", "本报记者　聂　晗　通讯员　田晓峰"),
                ],
                "alts": {
                    "byline": ["本报记者　聂　晗　通讯员　田晓峰", "聂　晗", "本报记者　聂　晗"],
                },
                "body": [
                    (
                        "p",
                        "记者11月28日从省文物考古研究院获悉，为配合沅江航道整治工程，考古人员在"
                        "辰溪县潭湾镇发掘战国至西汉墓葬四十二座，出土青铜器、陶器、漆木器等文物"
                        "一百三十余件（套），为研究战国时期楚文化向湘西推进提供了新材料。",
                    ),
                    (
                        "p",
                        "这是沅水中游近年来规模最大的一次战国墓葬发掘。发掘工作从今年4月开始，"
                        "历时七个多月，考古人员先后清理墓葬四十二座、灰坑十余处，"
                        "并对墓地周边进行了系统勘探。",
                    ),
                    ("heading", "墓葬分布密集"),
                    (
                        "p",
                        "墓群位于沅江东岸一处台地上，墓葬排列有序，方向大体一致。考古领队王𬀩"
                        "介绍，这些墓多为长方形竖穴土坑墓，其中六座带有墓道，规模较大的一座"
                        "墓室长5.2米，随葬品也最丰富。",
                    ),
                    ("heading", "漆器保存完好"),
                    (
                        "p",
                        "令考古人员惊喜的是，两座墓中出土的漆耳杯、漆盒色泽鲜亮，"
                        "黑底朱纹清晰可见。由于墓室长期¦浸在地下水中，漆器与外界空气隔绝，"
                        "才得以保存至今。",
                        [
                            ("caption", "考古人员在清理一座战国墓中出土的青铜剑。"),
                            ("credit", "本报记者　聂　晗　摄"),
                        ],
                    ),
                    (
                        "p",
                        "目前，出土漆器已运往省文物保护中心进行脱水加固，整理和研究工作"
                        "预计持续两年。考古队还将在明年春季对墓群北侧的一处疑似居址进行试掘，"
                        "以寻找与墓葬同时期的生活遗存。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("section", "专家解读"),
                    ("title", "沅水流域是楚文化西进的通道"),
                    ("byline", "解读专家：谭正仪（省博物馆研究馆员）"),
                ],
                "alts": {
                    "section": ["专家解读", None],
                    "kicker": [None, "专家解读"],
                    "byline": ["解读专家：谭正仪（省博物馆研究馆员）", "谭正仪"],
                },
                "body": [
                    (
                        "p",
                        "从已发表的材料看，战国中期以后，楚人沿沅水逐步向上游推进，沿线留下了"
                        "不少城址和墓地。这次发现的墓葬，既有典型的楚式鼎、敦、壶组合，也有本地"
                        "特色的陶釜，说明楚文化与当地土著文化在这里长期交融。",
                    ),
                    (
                        "p",
                        "值得注意的是，部分墓中随葬的青铜剑和戈带有明显的使用痕迹，墓主人生前可能是"
                        "驻守沅水沿线的军士。这为研究楚国在这一带的军事布防提供了实物证据。",
                    ),
                    (
                        "p",
                        "此外，墓葬中出土的铜镜和玉璧数量虽少，但制作精良，应当来自楚国腹地，"
                        "反映出当时沅水沿线与江汉平原之间已有较为频繁的往来。",
                    ),
                    (
                        "p",
                        "谭正仪建议，对出土的青铜兵器和漆器开展科技检测，弄清其原料来源和制作工艺，"
                        "这将有助于回答楚文化如何在沅水流域扎根的问题。",
                    ),
                    (
                        "p",
                        "下一步应把这批墓地与附近的古城址结合起来研究，弄清当时的聚落布局和交通路线。",
                    ),
                ],
            },
        ),
        ("label", "文博资讯"),
        (
            "art",
            {
                "head": [("title", "省博物馆“青铜湖湘”特展开幕")],
                "alts": label_alts("文博资讯"),
                "body": [
                    (
                        "p",
                        "11月26日，“青铜湖湘——省藏商周青铜器精品展”在省博物馆开幕，展出"
                        "青铜器一百二十件，其中四十余件为首次公开展出，展期至明年3月。",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "古城遗址公园年底开园")],
                "alts": label_alts("文博资讯"),
                "body": [
                    (
                        "p",
                        "位于黔阳的古城遗址公园建设已近尾声，园内设城墙展示区和考古体验区，"
                        "市民可在考古人员指导下¦体验模拟发掘，公园计划于12月30日开园。",
                        [("furn", "本版编辑：罗　湘　　校对：胡一鸣")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "第三次“寻访老字号”征集启动")],
                "alts": label_alts("文博资讯"),
                "body": [
                    (
                        "p",
                        "省文物局近日启动第三次“寻访老字号”老物件征集活动，面向社会征集老招牌、"
                        "老账本、老工具等与本地商号有关的实物和照片，入选物件将在明年5月18日"
                        "国际博物馆日期间展出。",
                    )
                ],
            },
        ),
    ],
}

CHUNYUN = {
    "name": "zh_utf16be_bom_lf_chunyun_chuxing_page_benbaoxun_jizhe_lead_jiakai_lieche_list_"
    "lines_checi_times_chuxing_tishi_box_jizhe_shouji_end_signature_running_head_midsentence_"
    "caption_midsentence",
    "encoding": "utf-16-be",
    "bom": b"\xfe\xff",
    "newline": "\n",
    "script": "cjk",
    "cols": 48,
    "indent": "\u3000\u3000",
    "blank": False,
    "gap_between": True,
    "not_in": (),
    "date": "2027-01-23",
    "page": "A5",
    "note": "潇湘都市报 2027-01-23 A5 出行·春运, UTF-16 BE with BOM, LF; U+3000 indents, no blank "
    "lines inside an article, hard-wrapped at 24 characters. A 本报讯（记者X） lead (byline in "
    "paragraph 1), a caption + credit inside a sentence; a 加开列车一览 box of train lines (one "
    "paragraph each, train numbers and times kept whole); a 出行提示 box; a 记者手记 signed at its "
    "end in brackets (byline), the running head inside a sentence.",
    "items": [
        ("furn", "潇湘都市报　2027年1月23日　星期六　A5　出行·春运"),
        (
            "art",
            {
                "head": [
                    ("kicker", "2027年春运今日启幕"),
                    ("title", "铁路预计发送旅客86万人次"),
                ],
                "alts": {"byline": [None, "贺川"]},
                "body": [
                    (
                        "p",
                        "本报讯（记者　贺川　实习生　莫晓雨）1月23日，为期40天的2027年春运正式启动。"
                        "记者从铁路部门获悉，春运首日省内各主要车站预计发送旅客86万人次，"
                        "长沙南站预计发送旅客21万人次，为全省最多。",
                    ),
                    (
                        "p",
                        "为应对客流高峰，铁路部门在春运首周加开旅客列车38列，其中夜间高铁12列。"
                        "长沙南站在进站口增设了¦12条快速安检通道，并在候车室设置重点旅客服务区，"
                        "为老人、孕妇和带小孩的旅客提供帮助。",
                        [
                            ("caption", "1月22日，旅客在长沙南站候车室排队检票。"),
                            ("credit", "本报记者　贺川　摄"),
                        ],
                    ),
                    (
                        "p",
                        "民航方面，黄花机场春运期间计划保障航班1.8万架次，比去年增长7%。"
                        "公路客运则继续推行“定制客运”，旅客可通过手机预约上门接送。",
                    ),
                    (
                        "p",
                        "记者在长沙南站看到，不少务工人员选择提前返乡。在广州打工的邵阳人"
                        "刘建国带着妻子和两个孩子，一早就到了车站：“今年早点回去，陪老人多"
                        "住些日子。”车站志愿者告诉记者，春运首日共有200多名志愿者在站内"
                        "引导旅客、帮助搬运行李。",
                    ),
                    (
                        "p",
                        "针对今年春运返乡客流中老年旅客增多的情况，长沙南站还开设了“爱心通道”，"
                        "70岁以上旅客、孕妇和残疾旅客可由工作人员全程陪同进站上车。"
                        "车站相关负责人表示，春运期间将每天安排100名工作人员和志愿者在"
                        "“爱心通道”值守。",
                    ),
                    (
                        "p",
                        "此外，长沙南站还在出站口增设了出租车和网约车临时上客点，"
                        "并与地铁部门协调，春运期间地铁2号线末班车延长运营30分钟。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "加开列车一览"), ("title", "首周加开部分夜间高铁")],
                "alts": {"kicker": ["加开列车一览", None], "section": [None, "加开列车一览"]},
                "body": [
                    ("p", "G4301次　长沙南—广州南　22:15开　次日00:48到"),
                    ("p", "G4305次　长沙南—深圳北　22:40开　次日01:52到"),
                    ("p", "G4312次　怀化南—杭州东　21:05开　次日04:30到"),
                    ("p", "D4420次　衡阳东—南昌西　21:30开　次日01:16到"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "出行提示"), ("title", "错峰购票　提前进站")],
                "alts": {"kicker": ["出行提示", None], "section": [None, "出行提示"]},
                "body": [
                    (
                        "p",
                        "春运车票预售期为15天，旅客可在12306网站和手机客户端购票。"
                        "节前客流高峰预计出现在1月30日至2月4日，请旅客尽量错峰出行。",
                    ),
                    ("p", "乘坐高铁请至少提前40分钟到站，携带身份证原件进站。"),
                    (
                        "p",
                        "遇雨雪天气，请关注车站公告和12306客户端的列车运行信息，列车停运的可免费办理退票。",
                    ),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("kicker", "记者手记"), ("title", "一张站台票里的年味")],
                "alts": {"kicker": ["记者手记", None], "section": [None, "记者手记"]},
                "body": [
                    (
                        "p",
                        "凌晨五点的长沙南站，灯火通明。站台上，58岁的保洁员谭阿姨已经扫完了"
                        "第三遍地。她在这个站台干了九年，“春运最忙，也最有意思，每天都能看到"
                        "一家人在这里分开，又在这里¦团圆。”",
                        [("furn", "A5　出行·春运　2027年1月23日")],
                    ),
                    (
                        "p",
                        "车站广播一遍遍提醒检票，拖着行李箱的年轻人小跑着进站，手里提着腊肉、"
                        "土鸡蛋。对他们来说，这趟车通往的，是家。",
                    ),
                    (
                        "p",
                        "天色渐亮，第一趟开往广州南的高铁缓缓驶出站台。谭阿姨直起腰，"
                        "把扫帚靠在柱子边，说她今年除夕也要在站里过：“等大家都到了家，"
                        "我再回去吃团圆饭。”",
                    ),
                    ("end", "byline", "（本报记者　贺川）", "本报记者　贺川"),
                ],
            },
        ),
    ],
}

IRISH = {
    "name": "en_ie_utf8_lf_irish_provincial_weekly_fadas_gaa_report_by_line_district_court_"
    "before_judge_caption_photo_credit_midsentence_continued_page_jump_parish_notes_place_"
    "heads_lotto_line_running_head_midsentence",
    "encoding": "utf-8",
    "newline": "\n",
    "script": "latin",
    "cols": 60,
    "indent": "",
    "blank": True,
    "not_in": (),
    "date": "2026-11-25",
    "page": "14",
    "note": "The Kilbrannagh Champion 2026-11-25 page 14, UTF-8, LF; blank-line paragraphs, "
    "hard-wrapped at 60 columns with line-end hyphenation. A GAA county final report (title, "
    "deck, `By` byline), Irish names with fadas, a caption + `Picture: X` inside a sentence, "
    "`Continued on page 16`; a District Court report; PARISH NOTES with one place head per "
    "parish (title), the running head inside a sentence.",
    "items": [
        ("furn", "THE KILBRANNAGH CHAMPION    Wednesday, November 25, 2026    Page 14"),
        (
            "art",
            {
                "head": [
                    ("title", "Drumcarra end 31-year wait for senior title"),
                    ("subtitle", "Late Ó Dálaigh point seals one-point win over Ballinacree"),
                    ("byline", "By Seán Mac Giolla Rua", "Seán Mac Giolla Rua"),
                ],
                "alts": {"subtitle": ["Late Ó Dálaigh point seals one-point win over Ballinacree", None]},
                "body": [
                    (
                        "p",
                        "Drumcarra 1-14 Ballinacree 2-10. There were scenes of "
                        "un~believable joy at Páirc Uí Mhurchú on Sunday afternoon as "
                        "Drumcarra claimed the Kilbrannagh senior football champion~ship "
                        "for the first time since 1995, Cathal Ó Dálaigh kicking the "
                        "winning point deep into injury time.",
                    ),
                    (
                        "p",
                        "Ballinacree, chasing a third title in five years, looked the "
                        "stronger side for long spells and led by four points at the "
                        "break after goals from Éamonn Tierney and the lively Pádraig "
                        "Quinlivan. But Drumcarra ¦ never panicked, and a goal from "
                        "full-forward Niall Breheny on 44 minutes brought them right back "
                        "into the contest.",
                        [
                            ("caption", "Drumcarra captain Ciarán Mulvihill lifts the cup."),
                            ("credit", "Picture: Declan Furlong"),
                        ],
                    ),
                    (
                        "p",
                        "Manager Tomás Geraghty paid tribute to his players afterwards. "
                        "\u201cThey never stopped believing. Half of these lads weren\u2019t born "
                        "the last time we won it, and the whole parish will be",
                    ),
                    ("furn", "Continued on page 16"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Man fined for driving without insurance")],
                "body": [
                    (
                        "p",
                        "A 34-year-old Kilcrone man was fined \u20ac600 and disqualified from "
                        "driving for two years at Kilbrannagh District Court on Tuesday, "
                        "before Judge Úna Devane.",
                    ),
                    (
                        "p",
                        "Garda Róisín Keaveney told the court she stopped the accused, "
                        "Martin Hession, of Chapel Road, Kilcrone, at a checkpoint on the "
                        "N61 at Cloonfad on March 3 last. He was unable to produce "
                        "evidence of insurance.",
                    ),
                    (
                        "p",
                        "Solicitor Brendan Kelleher said his client had let the policy "
                        "lapse after losing his job and had since taken out new cover. "
                        "Judge Devane allowed six months to pay. She warned that the "
                        "courts were seeing too many uninsured drivers on rural roads and "
                        "that the next offender before her could expect a custodial "
                        "sentence.",
                    ),
                ],
            },
        ),
        ("label", "PARISH NOTES"),
        (
            "art",
            {
                "head": [("title", "KILCRONE")],
                "alts": label_alts("PARISH NOTES"),
                "body": [
                    (
                        "p",
                        "The Christmas lights will be switched on in the village square "
                        "on Friday, December 4 at 7pm. Santa has promised to call to the "
                        "community hall afterwards. Lotto: No jackpot winner. Numbers "
                        "drawn were 4, 11, 19, 27. Next week\u2019s jackpot is \u20ac8,400.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "CLOONFAD")],
                "alts": label_alts("PARISH NOTES"),
                "body": [
                    (
                        "p",
                        "Congratulations to Aoife Ní Bhriain, who was placed second in the "
                        "under-16 Connacht ¦ Scór na nÓg solo singing final in Tuam last "
                        "weekend. The ICA will hold its annual Christmas fair in the "
                        "school on Sunday next from 11am to 4pm.",
                        [("furn", "14    THE KILBRANNAGH CHAMPION    November 25, 2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "BALLINACREE")],
                "alts": label_alts("PARISH NOTES"),
                "body": [
                    (
                        "p",
                        "Sympathy is extended to the family of the late Bridget (Bridie) "
                        "Costello, Knockroe, who died peacefully last week. Active "
                        "retire~ment group meets every Thursday in the parish centre; new "
                        "members are always welcome.",
                    )
                ],
            },
        ),
    ],
}

CATALA = {
    "name": "ca_cp1252_crlf_catalan_comarcal_weekly_avantitol_kicker_subtitol_byline_pipe_"
    "place_middle_dot_ela_geminada_caption_foto_midsentence_continua_pagina_jump_breus_items_"
    "running_head_midsentence_hyphenation",
    "encoding": "cp1252",
    "newline": "\r\n",
    "script": "latin",
    "cols": 51,
    "indent": "",
    "blank": True,
    "not_in": (),
    "date": "2026-11-27",
    "page": "6",
    "note": "El Correu de la Segarra 2026-11-27 page 6 COMARCA, Windows-1252 (à è é í ï ò ó ú ç, "
    "the middle dot of l·l, ’ « »), CRLF; blank-line paragraphs, hard-wrapped at 51 columns "
    "with line-end hyphenation (never at l·l). Avantítol (kicker), títol, subtítol (subtitle), "
    "a `NAME | Place` byline line, a caption + `Foto: X` inside a sentence, `Continua a la "
    "pàgina 7`; a second story; BREUS items, the running head inside one.",
    "items": [
        ("furn", "EL CORREU DE LA SEGARRA  |  Divendres, 27 de novembre de 2026  |  COMARCA  |  6"),
        (
            "art",
            {
                "head": [
                    ("kicker", "PATRIMONI"),
                    ("title", "Sant Guim recupera el molí fariner del segle XVIII"),
                    (
                        "subtitle",
                        "L’Ajuntament invertirà 240.000 euros en la restauració, que "
                        "inclourà un petit centre d’interpretació",
                    ),
                    ("byline", "JORDI PUIGVERT | Sant Guim de la Plana"),
                ],
                "alts": {
                    "kicker": ["PATRIMONI", None],
                    "byline": ["JORDI PUIGVERT | Sant Guim de la Plana", "JORDI PUIGVERT"],
                },
                "body": [
                    (
                        "p",
                        "El molí fariner de cal Soler, tancat des de fa més de cinquanta "
                        "anys, tornarà a obrir les portes l’estiu vinent. El ple de "
                        "l’Ajun~tament de Sant Guim de la Plana va aprovar dimarts el "
                        "projecte de res~tau~ració, que té un pressu~post de 240.000 euros.",
                    ),
                    (
                        "p",
                        "L’edifici, documen~tat per primera vegada el 1762, conserva encara "
                        "les dues moles i bona part de ¦ l’engranatge de fusta. «És una "
                        "peça única a la comarca i no podíem deixar que s’acabés "
                        "d’ensorrar», va explicar l’alcaldessa, Montserrat Vilaró.",
                        [
                            ("caption", "L’interior del molí, amb les moles originals."),
                            ("credit", "Foto: Marc Solé"),
                        ],
                    ),
                    (
                        "p",
                        "La intervenció inclourà la consolidació de la coberta, la "
                        "restauració de la maquinària i un petit centre "
                        "d’interpretació on es podrà veure com es feia la farina. "
                        "L’Ajuntament compta amb una subven~ció de la Diputació de Lleida "
                        "que cobrirà el",
                    ),
                    ("furn", "Continua a la pàgina 7"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "La Fira del Torró de Cervera tanca amb 18.000 visitants"),
                    ("byline", "REDACCIÓ | Cervera"),
                ],
                "alts": {"byline": ["REDACCIÓ | Cervera", "REDACCIÓ", None]},
                "body": [
                    (
                        "p",
                        "La vint-i-dosena edició de la Fira del Torró i la Xocolata a la "
                        "Pedra va tancar diumenge amb uns 18.000 visitants, una xifra "
                        "similar a la de l’any passat. Els organitza~dors destaquen "
                        "l’èxit dels tallers infan~tils i de la mostra de torrons "
                        "artesans, amb 46 parades.",
                    ),
                    (
                        "p",
                        "Enguany la fira ha estrenat un espai dedicat a la xocolata a la "
                        "pedra feta a mà, on tres obradors de la Segarra han mostrat tot "
                        "el procés, des del torrat del cacau fins a la rajola. Les "
                        "demostracions s’han fet cada hora i han omplert la carpa tots dos dies.",
                    ),
                    (
                        "p",
                        "La regidora de Promoció Econòmica, Laia Ferrer, va assegurar que "
                        "la fira «ja és un referent a tot el país» i va anunciar que "
                        "l’any vinent s’ampliarà a tres dies. Els restau~rants de la ciutat "
                        "també van notar l’afluència de públic: molts van penjar el cartell "
                        "de complet tant dissabte com diumenge al migdia.",
                    ),
                ],
            },
        ),
        ("label", "BREUS"),
        (
            "art",
            {
                "head": [("title", "Nova línia de bus a Guissona")],
                "alts": label_alts("BREUS"),
                "body": [
                    (
                        "p",
                        "A partir del 7 de desembre, una nova línia d’autobús unirà "
                        "Guissona amb l’estació de Cervera sis vegades al dia, de "
                        "dilluns a dissabte. El bitllet senzill costarà 1,80 euros.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Col·lecta de joguines a Torà")],
                "alts": label_alts("BREUS"),
                "body": [
                    (
                        "p",
                        "L’associació de veïns de Torà organitza una col·lecta de joguines "
                        "noves per a les famílies de la comarca amb menys recursos. Es "
                        "poden portar a la biblioteca fins al ¦ 18 de desembre, en horari "
                        "de tarda.",
                        [("furn", "6  |  COMARCA  |  El Correu de la Segarra")],
                    )
                ],
            },
        ),
    ],
}

EESTI = {
    "name": "et_cp1257_lf_estonian_county_paper_otilde_s_caron_z_caron_low_high_quotes_"
    "juhtlaus_lead_subtitle_byline_caps_compound_hyphenation_caption_foto_midsentence_loe_"
    "edasi_jump_luhidalt_items_running_head_midsentence",
    "encoding": "cp1257",
    "newline": "\n",
    "script": "latin",
    "cols": 52,
    "indent": "",
    "blank": True,
    "not_in": ("cp1252",),
    "date": "2026-11-26",
    "page": "3",
    "note": "Emajõe Teataja 2026-11-26 page 3 UUDISED, Windows-1257 (õ ä ö ü š ž, „ “), LF; "
    "blank-line paragraphs, hard-wrapped at 52 columns, long compounds hyphenated at a line "
    "end. Title, a bold lead (subtitle), a capital byline line, a caption + `Foto: X` inside a "
    "sentence, `Loe edasi lk 4`; a second story with a byline line; LÜHIDALT items, the "
    "running head inside one.",
    "items": [
        ("furn", "EMAJÕE TEATAJA   Neljapäev, 26. november 2026   UUDISED   3"),
        (
            "art",
            {
                "head": [
                    ("title", "Kärkna külas avatakse talveks uus rahvamaja"),
                    (
                        "subtitle",
                        "Vald panustas remonti 310 000 eurot, külaselts lubab maja ellu äratada juba jõuluks.",
                    ),
                    ("byline", "KAUR LEPIK"),
                ],
                "alts": {"byline": ["KAUR LEPIK", "Kaur Lepik"]},
                "body": [
                    (
                        "p",
                        "Kärkna vana koolimaja, mis seisis tühjana üle kümne aasta, on "
                        "saanud uue katuse, akende ja küttesüsteemi. Valla~valitsus "
                        "kinnitas eelmisel nädalal, et hoone antakse detsemb~ri algusest "
                        "küla~seltsi kasutusse.",
                    ),
                    (
                        "p",
                        "„Meil polnud kohta, kus koos käia. Nüüd saame teha nii "
                        "laste~ringe kui ka eakate päevi,“ rääkis küla~seltsi juhatuse "
                        "liige Ülle Tamm. Seltsi ¦ esimene suurem ettevõtmine on "
                        "jõululaat 13. detsemb~ril.",
                        [
                            ("caption", "Külaseltsi liikmed uue rahvamaja saalis."),
                            ("credit", "Foto: Toomas Rebane"),
                        ],
                    ),
                    (
                        "p",
                        "Vallavanem Andrus Põder märkis, et remon~di rahastas suures osas "
                        "Euroopa Liidu maaelu toetus. Valla enda osa oli 62 000 eurot. "
                        "Järgmi~sena plaanib vald korrastada maja ümbruse ja rajada",
                    ),
                    ("furn", "Loe edasi lk 4"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "Tartu–Jõgeva liinile tuleb lisabuss"),
                    ("byline", "MARI-LIIS KASK"),
                ],
                "alts": {"byline": ["MARI-LIIS KASK", "Mari-Liis Kask"]},
                "body": [
                    (
                        "p",
                        "Alates 1. detsemb~rist hakkab Tartu ja Jõgeva vahel sõitma "
                        "tööpäeviti üks lisabuss, mis väljub Tartu bussijaamast kell "
                        "16.45. Ühistranspordi~keskuse sõnul on õhtune buss olnud juba "
                        "mitu kuud ülerahvastatud.",
                    ),
                    (
                        "p",
                        "Pileti hind jääb samaks, täispilet maksab 4,20 eurot. Õpilased ja "
                        "pensio~närid sõidavad soodustusega.",
                    ),
                    (
                        "p",
                        "Maakonna ühistranspordi~keskus lubab jaanuaris üle vaadata ka "
                        "teiste valla liinide sõiduplaanid. Elanikud saavad oma ettepanekuid "
                        "saata keskuse kodulehe kaudu kuni 20. detsembrini.",
                    ),
                    (
                        "p",
                        "Bussifirma esindaja sõnul sõidab liinil uus ja ligipääsetav buss, kuhu "
                        "mahub ka ratastool ning lapsevanker.",
                    ),
                    (
                        "p",
                        "Jõgeva valla~volikogu liige Siim Raudsepp ütles, et lisabussi nõudsid "
                        "eelkõige Tartus töötavad inimesed, kes pidid seni õhtuti tunni aega "
                        "järgmist bussi ootama. „See on väike muutus, aga paljude jaoks väga "
                        "oluline,“ lisas ta.",
                    ),
                ],
            },
        ),
        ("label", "LÜHIDALT"),
        (
            "art",
            {
                "head": [("title", "Raamatukogu pikendab lahtiolekuaegu")],
                "alts": label_alts("LÜHIDALT"),
                "body": [
                    (
                        "p",
                        "Luunja raamatukogu on detsemb~ris avatud ka laupäeviti kella "
                        "10–14. Jõuluajal saab raamatukogust laenutada ¦ ka lauamänge.",
                        [("furn", "3   EMAJÕE TEATAJA   26. november 2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Päästjad hoiatavad õhukese jää eest")],
                "alts": label_alts("LÜHIDALT"),
                "body": [
                    (
                        "p",
                        "Päästeamet tuletab meelde, et jääle minek on praegu eluohtlik. "
                        "Emajõel ja Peipsi järvel on jää alles mõne sentimeetri paksune.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Žürii valis parima jõulukaunistuse")],
                "alts": label_alts("LÜHIDALT"),
                "body": [
                    (
                        "p",
                        "Valla jõulukaunistuste konkursi võitis Vedu küla pere Šmidtid, "
                        "kelle aeda kaunistab kolmemeetrine valgustatud põhjapõder.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Kooliõpilased kogusid toitu")],
                "alts": label_alts("LÜHIDALT"),
                "body": [
                    (
                        "p",
                        "Kõrveküla põhikooli õpilased kogusid toidu~panga heaks üle 400 "
                        "kilogrammi kuivaineid ja konserve. Annetused jagatakse enne jõule "
                        "valla abivajavatele peredele.",
                    )
                ],
            },
        ),
    ],
}

AFRIKAANS = {
    "name": "af_utf16le_bom_crlf_afrikaans_platteland_weekly_deur_byline_apostrophe_n_article_"
    "circumflex_diaeresis_compound_hyphenation_caption_foto_midsentence_sien_bladsy_jump_nuus_"
    "in_kort_items_running_head_midsentence",
    "encoding": "utf-16-le",
    "bom": b"\xff\xfe",
    "newline": "\r\n",
    "script": "latin",
    "cols": 57,
    "indent": "",
    "blank": True,
    "not_in": (),
    "date": "2026-11-27",
    "page": "2",
    "note": "Die Noordweste Bode 2026-11-27 page 2 NUUS, UTF-16 LE with BOM, CRLF; blank-line "
    "paragraphs, hard-wrapped at 57 columns, long compounds hyphenated at a line end. Title, "
    "intro (subtitle), a `Deur X` byline (`Deur` is markup), Afrikaans `'n`, ê ë ô û, a "
    "caption + `Foto: X` inside a sentence, `Sien bladsy 3`; a farm story; NUUS IN KORT items, "
    "the running head inside one.",
    "items": [
        ("furn", "DIE NOORDWESTE BODE   Vrydag 27 November 2026   NUUS   Bladsy 2"),
        (
            "art",
            {
                "head": [
                    ("title", "Dorp se nuwe watertenk sal kraantjies weer laat loop"),
                    (
                        "subtitle",
                        "Inwoners van Klipdrift sit al maande lank sonder betroubare water.",
                    ),
                    ("byline", "Deur Annelie Swanepoel", "Annelie Swanepoel"),
                ],
                "body": [
                    (
                        "p",
                        "Die munisipa~liteit het Dinsdag begin met die bou van 'n nuwe "
                        "watertenk op die koppie bokant Klipdrift, en inwo~ners hoop dat dit "
                        "'n einde sal maak aan die water~onderbrekings wat die dorp al sedert "
                        "Maart teister.",
                    ),
                    (
                        "p",
                        "Die tenk sal twee miljoen liter kan hou en word met 'n toelae van "
                        "R14 miljoen van die provinsie ¦ gebou. Volgens die burge~meester, "
                        "mnr. Jacobus Venter, behoort die werk teen Maart voltooi te wees.",
                        [
                            ("caption", "Werkers begin met die fondament van die nuwe tenk."),
                            ("credit", "Foto: Pieter du Plessis"),
                        ],
                    ),
                    (
                        "p",
                        "\u201cOns het lank genoeg gewag. Ons kinders moet elke oggend met "
                        "emmers water skool toe,\u201d sê me. Elsabé Botha, wat al twintig "
                        "jaar in die dorp woon. Die inwoners~vereniging het in Oktober 'n "
                        "petisie met meer as",
                    ),
                    ("furn", "Sien bladsy 3"),
                ],
            },
        ),
        (
            "art",
            {
                "head": [
                    ("title", "Boere glo goeie reën red die mieliesaaiseisoen"),
                    ("byline", "Deur Hennie Louw", "Hennie Louw"),
                ],
                "body": [
                    (
                        "p",
                        "Die goeie reëns van die afge~lope twee weke het boere in die "
                        "Lichtenburg-omgewing laat glimlag. Volgens die plaaslike "
                        "landbou-unie het die meeste boere reeds klaar geplant.",
                    ),
                    (
                        "p",
                        "\u201cDie grond is nat tot diep onder, en dit gee 'n mens hoop,\u201d "
                        "sê mnr. Gert Fourie, wat 'n mielie- en beesplaas buite die dorp "
                        "bedryf. Hy waarsku egter dat inset~koste vanjaar hoër is as ooit.",
                    ),
                ],
            },
        ),
        ("label", "NUUS IN KORT"),
        (
            "art",
            {
                "head": [("title", "Kersmark by kerksaal")],
                "alts": label_alts("NUUS IN KORT"),
                "body": [
                    (
                        "p",
                        "Die NG gemeente hou op Saterdag 5 Desember 'n kersmark in die "
                        "kerksaal. Daar sal koeksisters, pannekoek en tuisge~maakte ¦ "
                        "konfyt te koop wees.",
                        [("furn", "2   DIE NOORDWESTE BODE   27 November 2026")],
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Pad na Coligny herstel")],
                "alts": label_alts("NUUS IN KORT"),
                "body": [
                    (
                        "p",
                        "Padwerke op die R503 tussen die dorp en Coligny is afgehandel. "
                        "Moto~riste word gevra om steeds versigtig te ry by die nuwe "
                        "spoedwalle naby die skool.",
                    )
                ],
            },
        ),
        (
            "art",
            {
                "head": [("title", "Skaakklub soek lede")],
                "alts": label_alts("NUUS IN KORT"),
                "body": [
                    (
                        "p",
                        "Die skaakklub kom elke Woensdagaand om 18:30 in die biblio~teek "
                        "bymekaar. Beginners van alle ouder~domme is welkom; skakel "
                        "mev. Ronel Kruger by 018 632 4410.",
                    )
                ],
            },
        ),
    ],
}

PAGES = [LVYOU, Y1956, HK_YULE, TW_CAIJING, WENBO, CHUNYUN, IRISH, CATALA, EESTI, AFRIKAANS]
