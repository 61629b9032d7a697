"""The text of every holdout57 page, written once: make_holdout57_pages.py prints it and writes the gold.

The page format is holdout54's (see pages_holdout54.py): each page gives its encoding and layout
(script, width, indent, blank lines between paragraphs), its furniture (printed head and foot lines,
the gold's furniture strings, the running head dropped inside a sentence at `{run}`), and its
articles. An article's `lines` are printed above its text; its gold fields are given apart, a list
holding every acceptable reading (first: the printed one). A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head; `~` marks where
a Latin word may be hyphenated), or a tuple: `("row", line)` a table or list line kept as printed
(a paragraph of the gold), `("h", line)` a heading, `("end", line)` a printed line that is no text
of the gold's paragraphs (a signature, a source line). All papers, people, firms, clubs, temples,
associations and events are invented.
"""

SHIWU = {
    "name": "zh_gbk_crlf_shiwu_zhaoling_page_kicker_title_byline_caption_she_midsentence_running_head_"
    "zhaoling_table_fullwidth_bar_cells_bianhao_rows_renling_note_xunwu_qishi_signed_shizhu_phone",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "桐州晚报 2027-04-09 第7版 城事·招领, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A metro lost-and-found story (kicker, title, byline line `本报记者　钱　朗`, caption + "
    "`（钱　朗　摄）` inside a sentence, the running head inside a quotation); a 本周招领 table whose cells are "
    "divided by the full-width bar `｜` (header row `编号｜物品｜拾获地点｜拾获日期`, rows with four-digit numbers) "
    "and a wrapped `认领：` note; a 寻物启事 under its label: one paragraph, then the owner's line `失主：孟女士　"
    "电话：13905710426` under it.",
    "date": "2027-04-09",
    "page": "7",
    "head": ["桐州晚报　2027年4月9日　星期五", "第7版　城事·招领　　　责任编辑：施　然　　校对：冯　洁"],
    "foot": ["桐州晚报社出版　　新闻热线：0571-8860110　　招领信息：zhaoling@tongzhou.example.cn"],
    "furniture": [
        "桐州晚报",
        "2027年4月9日",
        "星期五",
        "第7版",
        "城事·招领",
        "责任编辑：施　然",
        "校对：冯　洁",
        "桐州晚报·城事",
        "桐州晚报社出版",
        "新闻热线：0571-8860110",
        "招领信息：zhaoling@tongzhou.example.cn",
    ],
    "run": ["桐州晚报·城事"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["地铁失物招领处一年收到三千多件物品", "一把旧钥匙也在等主人", "本报记者　钱　朗"],
            "kicker": "地铁失物招领处一年收到三千多件物品",
            "title": "一把旧钥匙也在等主人",
            "byline": ["本报记者　钱　朗", "钱　朗", "钱朗"],
            "captions": ["工作人员为拾到的雨伞贴上编号。"],
            "credits": ["（钱　朗　摄）"],
            "body": [
                "在地铁2号线桐州东站的一间小屋里，货架上整整齐齐码着雨伞、背包、手机和各式各样的钥匙。"
                "这里是地铁的失物招领处，去年一年共收到乘客遗失物品三千二百多件。",
                "每件物品进门，工作人员都要登记、拍照、编号，再贴上标签分类{cap}存放，贵重物品还要放进保险柜。",
                "负责招领处的沈玉梅说：“最多的是雨伞，下雨天一天能收几十把。有一把旧钥匙放了半年，"
                "{run}我们一直舍不得处理，总觉得主人会回来找。”",
                "据介绍，无人认领的物品保存满一年后，将按规定移交有关部门处理。",
            ],
        },
        {
            "lines": ["本周招领"],
            "title": "本周招领",
            "body": [
                ("row", "编号｜物品｜拾获地点｜拾获日期"),
                ("row", "0412｜黑色双肩包｜桐州东站｜4月2日"),
                ("row", "0417｜老花镜（棕色）｜文昌路站｜4月3日"),
                ("row", "0425｜儿童滑板车｜市民中心站｜4月5日"),
                ("row", "0431｜蓝色保温杯｜桐州东站｜4月6日"),
                "认领：请携带本人身份证件，到桐州东站B口失物招领处办理，工作时间为每天9时至17时。",
            ],
        },
        {
            "lines": ["寻物启事", "寻找一本红色相册"],
            "section": ["寻物启事", None],
            "kicker": [None, "寻物启事"],
            "title": "寻找一本红色相册",
            "byline": ["失主：孟女士　电话：13905710426", "孟女士", None],
            "body": [
                "本人4月4日下午在3路公交车上遗失红色布面相册一本，内有家中老人年轻时的照片数十张，"
                "对本人意义重大。如有拾到者，恳请联系，必有酬谢。",
                ("end", "失主：孟女士　电话：13905710426"),
            ],
        },
    ],
}

ZHUANKE = {
    "name": "zh_gb18030_lf_zhuanke_page_title_futi_byline_rare_char_caption_she_midsentence_running_head_"
    "shangyin_rows_zhuwen_baiwen_type_seal_text_size_limi_times_sign_zhanxun_rows_heading_column_wen_kongge",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "梧城日报 2027-05-21 第11版 副刊·篆刻, GB18030 (`𫖯` U+2B5AF in the carver's name, not in GBK), LF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. A seal-carving exhibition story "
    "(title, `——` 副题, byline line `本报记者　吴　越`, caption + `（吴　越　摄）` inside a sentence, the running head "
    "inside a sentence); a 本期赏印 box of rows giving the seal's type (朱文/白文), its text in “” and its size "
    "`2.4×2.4厘米`; a 展讯 box of labelled rows (`展期：` `地点：` `开放：`); a 刀石漫谈 column under `文　石　坚` "
    "with one heading.",
    "date": "2027-05-21",
    "page": "11",
    "head": ["梧城日报　第11版　副刊·篆刻", "2027年5月21日　星期五　　编辑：章　砚　　美编：楼　一"],
    "foot": ["梧城日报社　　地址：梧城市凤凰路16号　　副刊来稿：fukan@wucheng.example.cn"],
    "furniture": [
        "梧城日报",
        "第11版",
        "副刊·篆刻",
        "2027年5月21日",
        "星期五",
        "编辑：章　砚",
        "美编：楼　一",
        "梧城日报·副刊",
        "梧城日报社",
        "地址：梧城市凤凰路16号",
        "副刊来稿：fukan@wucheng.example.cn",
    ],
    "run": ["梧城日报·副刊"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["方寸之间刻山河", "——青年篆刻家陈𫖯作品展开幕", "本报记者　吴　越"],
            "title": "方寸之间刻山河",
            "subtitle": "青年篆刻家陈𫖯作品展开幕",
            "byline": ["本报记者　吴　越", "吴　越", "吴越"],
            "captions": ["观众在展柜前细看陈𫖯的印作。"],
            "credits": ["（吴　越　摄）"],
            "body": [
                "5月20日，“方寸山河——陈𫖯篆刻作品展”在梧城美术馆开幕，一百二十方印章和五十幅印拓同时展出。",
                "陈𫖯今年三十四岁，十二岁起跟随外祖父学习刻印。他说，刻印要先写好篆字，一方印"
                "往往要反复{cap}设计十几稿，才肯动刀。",
                "展厅里，不少观众拿着放大镜一方一方细看。市书法家协会有关负责人表示，"
                "年轻一代{run}篆刻作者正在成长，这样的展览对普及篆刻艺术很有意义。",
            ],
        },
        {
            "lines": ["本期赏印"],
            "title": "本期赏印",
            "body": [
                ("row", "朱文　“山高水长”　2.4×2.4厘米"),
                ("row", "白文　“吉金乐石”　3.0×3.0厘米"),
                ("row", "朱文　“梧城陈氏”　1.8×3.6厘米"),
            ],
        },
        {
            "lines": ["展讯"],
            "title": "展讯",
            "body": [
                ("row", "展期：5月20日至6月20日"),
                ("row", "地点：梧城美术馆二楼3号厅"),
                ("row", "开放：9时至17时（周一闭馆）"),
            ],
        },
        {
            "lines": ["刀石漫谈", "印从书出", "文　石　坚"],
            "section": ["刀石漫谈", None],
            "kicker": [None, "刀石漫谈"],
            "title": "印从书出",
            "byline": ["文　石　坚", "石　坚", "石坚"],
            "body": [
                "前人论印，常说“印从书出”，意思是刻印的功夫首先在写字。篆字写不好，刀法再熟也刻不出好印。",
                ("h", "先写后刻"),
                "初学者不妨先临写秦汉印文，把字的疏密、方圆练熟，再拿起刻刀，自然事半功倍。",
            ],
        },
    ],
}

XIANXUE = {
    "name": "zh_utf8_bom_lf_xianxue_page_kicker_title_byline_caption_she_midsentence_running_head_"
    "xueku_horizontal_table_blood_type_header_row_kucun_status_row_xianxue_dian_rows_weekday_ranges_tixing_note",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "枫川日报 2027-06-14 第5版 健康·献血, UTF-8 with BOM, LF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A World Blood Donor Day story (kicker, title, byline line `本报记者　唐　宁　实习生　苏小雨`, "
    "caption + `（唐　宁　摄）` inside a sentence, the running head inside a quotation); a 今日血库 table laid out "
    "sideways: a header row of blood types `血型　A型　B型　O型　AB型` over one status row `库存　偏紧　正常　紧张"
    "　正常`, then a wrapped `提醒：` note; a 献血点 box of rows with weekday ranges `周一至周五`; a 本报讯 item.",
    "date": "2027-06-14",
    "page": "5",
    "head": ["枫川日报　2027年6月14日　星期一", "第5版　健康·献血　　　责任编辑：阮　清"],
    "foot": ["枫川日报社　　新闻热线：0791-8688123　　地址：枫川市滨江大道9号"],
    "furniture": [
        "枫川日报",
        "2027年6月14日",
        "星期一",
        "第5版",
        "健康·献血",
        "责任编辑：阮　清",
        "枫川日报·健康",
        "枫川日报社",
        "新闻热线：0791-8688123",
        "地址：枫川市滨江大道9号",
    ],
    "run": ["枫川日报·健康"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["世界献血者日", "一家三代齐上献血车", "本报记者　唐　宁　实习生　苏小雨"],
            "kicker": "世界献血者日",
            "title": "一家三代齐上献血车",
            "byline": ["本报记者　唐　宁　实习生　苏小雨", "唐　宁　苏小雨", "唐　宁"],
            "captions": ["邹建华（左）和女儿邹敏在献血车上一同献血。"],
            "credits": ["（唐　宁　摄）"],
            "body": [
                "6月14日是世界献血者日。当天上午，停在人民广场的献血车前排起了长队，其中有一家人格外引人注目。",
                "五十九岁的邹建华已经献血二十六年，累计献血一万多毫升。今年，他带着女儿{cap}和刚满十八岁的外孙一起来到献血车。",
                "外孙陈浩说：“外公常说，献血是能救命的事。今天我终于到了年龄，{run}第一次献血，一点都不害怕。”",
                "市中心血站介绍，入夏以来用血量增加，O型血库存偏紧，欢迎符合条件的市民参与献血。",
            ],
        },
        {
            "lines": ["今日血库"],
            "title": "今日血库",
            "body": [
                ("row", "血型　A型　B型　O型　AB型"),
                ("row", "库存　偏紧　正常　紧张　正常"),
                "提醒：献血前一晚请保证充足睡眠，献血当天吃清淡早餐，不要空腹。",
            ],
        },
        {
            "lines": ["献血点"],
            "title": "献血点",
            "body": [
                ("row", "人民广场献血车　周一至周日　8:30—17:30"),
                ("row", "滨江献血屋　周二至周六　9:00—18:00"),
                ("row", "市中心血站　周一至周五　8:00—17:00"),
            ],
        },
        {
            "lines": ["献血者可免费游景区"],
            "title": "献血者可免费游景区",
            "body": [
                "本报讯　即日起至6月30日，凭无偿献血证可免费游览枫川湿地公园等五家景区，每证限一人。",
            ],
        },
    ],
}

WUSHI = {
    "name": "zht_utf16le_bom_crlf_mauritius_port_louis_huabao_wushi_page_title_byline_french_street_name_"
    "glossed_rupee_sum_caption_she_midsentence_running_head_bilingual_tonggao_avis_chinese_then_french_paragraph_address_rows",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "僑聲報 / LE PHARE CHINOIS 2027-02-13 第4頁 僑社·文化, a Port Louis (Mauritius) Chinese paper, "
    "UTF-16 LE with BOM, CRLF; blank-line paragraphs with a two-space indent, wrapped at 22. A lion-dance story "
    "(title with a U+3000 gap, byline line `本報記者　陳美蓮`, a French street name glossed in brackets "
    "`Rue Royale（皇家街）`, a rupee sum `Rs 25,000`, a Hakka quotation, caption + `（陳美蓮攝）` inside a sentence, "
    "the running head inside the quotation); a bilingual notice `通告　AVIS`: a Chinese paragraph, the same in French, then the "
    "address as a Chinese row and a French row; a 【本報訊】 item.",
    "date": "2027-02-13",
    "page": "4",
    "head": ["僑聲報　LE PHARE CHINOIS", "2027年2月13日　星期六　第4頁　僑社·文化"],
    "foot": ["僑聲報　Chaussée Street, Port Louis　　電話：212 3388"],
    "furniture": [
        "僑聲報",
        "LE PHARE CHINOIS",
        "2027年2月13日",
        "星期六",
        "第4頁",
        "僑社·文化",
        "僑聲報．僑社",
        "僑聲報",
        "Chaussée Street, Port Louis",
        "電話：212 3388",
    ],
    "run": ["僑聲報．僑社"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["醒獅踩青迎新春　唐人街鑼鼓響徹", "本報記者　陳美蓮"],
            "title": "醒獅踩青迎新春　唐人街鑼鼓響徹",
            "byline": ["本報記者　陳美蓮", "陳美蓮"],
            "captions": ["仁和會館醒獅隊在皇家街商舖前採青。"],
            "credits": ["（陳美蓮攝）"],
            "body": [
                "大年初一上午，路易港唐人街的Rue Royale（皇家街）鑼鼓喧天，仁和會館醒獅隊沿街"
                "採青，為華人商舖送上新春祝福。",
                "醒獅隊今年有隊員二十八人，除了華裔子弟，還有六位克里奧爾族青年。他們從十二月起"
                "每晚{cap}在會館後院練習。",
                "會館今年為獅隊添置新獅頭兩個，花費Rs 25,000。教練鍾福來用客家話笑說：「獅頭係"
                "新个，{run}功夫係老个。」",
            ],
        },
        {
            "lines": ["通告　AVIS"],
            "title": "通告　AVIS",
            "body": [
                "本會館定於2月20日（週六）下午三時在會所舉行新春團拜，敬請各位鄉親出席。",
                "La Société Yan Fo tiendra sa réception du Nouvel An le samedi 20 février à 15 h, "
                "en son siège. Tous les membres sont invités.",
                ("row", "會館地址：Rue Joseph Rivière 42號"),
                ("row", "Adresse : 42, rue Joseph Rivière"),
            ],
        },
        {
            "lines": ["華文班新學期招生"],
            "title": "華文班新學期招生",
            "body": [
                "【本報訊】仁和會館華文班新學期3月6日開課，逢週六上午上課，分初級、中級兩班，"
                "歡迎各族裔兒童報名。",
            ],
        },
    ],
}

YESHI = {
    "name": "zht_big5_crlf_taiwan_chiayi_yeshi_page_kicker_title_jizhe_place_byline_caption_she_midsentence_"
    "running_head_yingye_grid_weekday_header_filled_hollow_circle_marks_legend_row_benbaoxun",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "諸羅時報 2027-08-05 C2 嘉義生活, Big5 (strict), CRLF; indent-only paragraphs, no blank lines inside an "
    "article, wrapped at 21. A night-market story (kicker, title with a U+3000 gap, byline line `記者江佩蓉　"
    "嘉義報導`, caption + `（記者江佩蓉攝）` inside a sentence, the running head inside a quotation); a 營業日 "
    "grid: a weekday header row `攤區　一　二　三　四　五　六　日` over rows of `●`/`○` marks, and a legend row "
    "`●營業　○公休`; a 【本報訊】 item.",
    "date": "2027-08-05",
    "page": "C2",
    "head": ["諸羅時報　C2　嘉義生活", "2027年8月5日　星期四　　主編：江淑華"],
    "foot": ["諸羅時報社　嘉義市中山路二段166號　服務專線：(05)227-8800"],
    "furniture": [
        "諸羅時報",
        "C2",
        "嘉義生活",
        "2027年8月5日",
        "星期四",
        "主編：江淑華",
        "諸羅時報．嘉義生活",
        "諸羅時報社",
        "嘉義市中山路二段166號",
        "服務專線：(05)227-8800",
    ],
    "run": ["諸羅時報．嘉義生活"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["老夜市搬家　攤商齊心拚轉型", "新場地週六開張　增設座位區", "記者江佩蓉　嘉義報導"],
            "kicker": "老夜市搬家　攤商齊心拚轉型",
            "title": "新場地週六開張　增設座位區",
            "byline": ["記者江佩蓉　嘉義報導", "江佩蓉"],
            "captions": ["攤商在新場地試營業，民眾排隊購買雞肉飯。"],
            "credits": ["（記者江佩蓉攝）"],
            "body": [
                "營業四十多年的東門夜市將在本週六遷到新場地，一百二十個攤位重新抽籤配置，並增設三百個座位。",
                "夜市自治會會長林金福說，舊場地空間狹小，下雨天只能收攤，新場地有遮雨棚，"
                "攤商們都很{cap}期待。",
                "賣了三十年雞肉飯的蔡阿嬤笑說：「搬到新地方，{run}老客人找得到就好。」自治會表示，"
                "開張首週每晚有街頭藝人表演。",
            ],
        },
        {
            "lines": ["東門夜市營業日"],
            "title": "東門夜市營業日",
            "body": [
                ("row", "攤區　一　二　三　四　五　六　日"),
                ("row", "美食　○　●　●　●　●　●　●"),
                ("row", "遊戲　○　○　●　○　●　●　●"),
                ("row", "服飾　○　○　○　○　●　●　●"),
                ("row", "●營業　○公休"),
            ],
        },
        {
            "lines": ["夜市周邊加開接駁車"],
            "title": "夜市周邊加開接駁車",
            "body": [
                "【本報訊】配合夜市遷移，市府即日起週五至週日晚間加開接駁車，由火車站前每二十分鐘發一班，"
                "免費搭乘。",
            ],
        },
    ],
}

YULAN = {
    "name": "zht_big5hkscs_lf_hong_kong_yulan_shenghui_page_title_byline_cantonese_quote_caption_she_midsentence_"
    "running_head_jiemu_schedule_lunar_date_rows_over_time_item_rows_pingan_mi_rows_benbaoxun",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "獅子山晚報 2027-08-16 A9 社區·節慶, Big5-HKSCS (`啱 嘢 喺 噉`, not in cp950 nor Big5), LF; blank-line "
    "paragraphs with a two-space indent, wrapped at 22. A Hungry Ghost festival story (title with a U+3000 gap, "
    "byline line `本報記者　麥詠詩`, two Cantonese quotations, caption + `（麥詠詩攝）` inside one, the running "
    "head inside the other); a 節目表 whose lunar-date rows (`七月十四（8月15日）`) stand over time-and-item rows "
    "(`晚上7時　神功戲《六國大封相》`); a 派平安米 box of rows; a 【本報訊】 item.",
    "date": "2027-08-16",
    "page": "A9",
    "head": ["獅子山晚報　2027年8月16日　星期一", "A9　社區·節慶　　　編輯：麥志強"],
    "foot": ["獅子山晚報有限公司出版　　讀者熱線：2577 3300"],
    "furniture": [
        "獅子山晚報",
        "2027年8月16日",
        "星期一",
        "A9",
        "社區·節慶",
        "編輯：麥志強",
        "獅子山晚報．社區",
        "獅子山晚報有限公司出版",
        "讀者熱線：2577 3300",
    ],
    "run": ["獅子山晚報．社區"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["盂蘭勝會開鑼　街坊早起排隊攞米", "本報記者　麥詠詩"],
            "title": "盂蘭勝會開鑼　街坊早起排隊攞米",
            "byline": ["本報記者　麥詠詩", "麥詠詩"],
            "captions": ["街坊在球場外排隊輪候領取平安米。"],
            "credits": ["（麥詠詩攝）"],
            "body": [
                "一年一度的盂蘭勝會昨日在慈雲山球場開鑼，竹棚戲台搭起，連續三晚上演神功戲，並向長者派發平安米。",
                "八十二歲的何婆婆清早六點已經喺球場外排隊。她話：「今年啱啱夠膽出嚟，"
                "攞包米返屋企，{cap}心安啲。」",
                "主辦的街坊福利會主席梁偉明表示，今年準備咗三千包平安米，比去年多五百包。他話："
                "「呢啲嘢係傳統，{run}後生一輩都要識，噉先傳得落去。」",
            ],
        },
        {
            "lines": ["盂蘭勝會節目表"],
            "title": "盂蘭勝會節目表",
            "body": [
                ("row", "七月十四（8月15日）"),
                ("row", "晚上7時　神功戲《六國大封相》"),
                ("row", "七月十五（8月16日）"),
                ("row", "上午10時　派平安米"),
                ("row", "晚上7時半　神功戲《帝女花》"),
                ("row", "七月十六（8月17日）"),
                ("row", "晚上9時　燒衣送神"),
            ],
        },
        {
            "lines": ["派平安米"],
            "title": "派平安米",
            "body": [
                ("row", "對象：六十五歲或以上長者"),
                ("row", "地點：慈雲山球場正門"),
                ("row", "數量：每人一包（五斤），派完即止"),
            ],
        },
        {
            "lines": ["消防處提醒勿亂燒衣"],
            "title": "消防處提醒勿亂燒衣",
            "body": [
                "【本報訊】消防處提醒市民，燒衣時應使用化寶爐，切勿在樓梯或後巷焚燒，離開前要確保火種完全熄滅。",
            ],
        },
    ],
}

MALAGASY = {
    "name": "mg_latin1_lf_malagasy_weekly_caps_kicker_title_subtitle_nosoratan_i_byline_caption_sary_midsentence_"
    "running_head_guillemet_quote_toetrandro_rows_town_min_max_degree_filazana_fivoriana_labelled_rows_vaovao_fohy",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Taratra Atsimo 2027-07-09, pejy 5, a Malagasy weekly from Fianarantsoa, ISO-8859-1 (`ô à`, "
    "`« »`, `°`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A rice-seed story (capital kicker "
    "FAMBOLENA, title, subtitle, byline line `Nosoratan'i Hery Rakotomalala`, a `« »` quotation, caption + "
    "`Sary: Fara Andrianina` inside it, the running head inside a sentence); a TOETR'ANDRO box of weather rows "
    "`Fianarantsoa - 9° / 21°`; a FILAZANA notice of a meeting (a paragraph, then labelled `Daty:` `Ora:` "
    "`Toerana:` rows); a VAOVAO FOHY label over one item.",
    "date": "2027-07-09",
    "page": "5",
    "head": ["TARATRA ATSIMO", "Gazety isan-kerinandro - Zoma 9 Jolay 2027 - Pejy 5 - Ar 1000"],
    "foot": ["Taratra Atsimo, Lalana Ranavalona 12, Fianarantsoa - taratra@atsimo.example.mg"],
    "furniture": [
        "TARATRA ATSIMO",
        "Gazety isan-kerinandro",
        "Zoma 9 Jolay 2027",
        "Pejy 5",
        "Ar 1000",
        "Taratra Atsimo - Faritra",
        "Taratra Atsimo, Lalana Ranavalona 12, Fianarantsoa",
        "taratra@atsimo.example.mg",
    ],
    "run": ["Taratra Atsimo - Faritra"],
    "markup": ["-", "-", "-", "-"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "FAMBOLENA",
                "Masomboly vaovao ho an'ny tantsaha",
                "Vary mahatohitra hatsiaka no hambolena",
                "Nosoratan'i Hery Rakotomalala",
            ],
            "kicker": "FAMBOLENA",
            "title": "Masomboly vaovao ho an'ny tantsaha",
            "subtitle": "Vary mahatohitra hatsiaka no hambolena",
            "byline": ["Nosoratan'i Hery Rakotomalala", "Hery Rakotomalala"],
            "captions": ["Tantsaha any Isorana mizaha ny tanimbary voalohany."],
            "credits": ["Sary: Fara Andrianina"],
            "body": [
                "Tantsaha miisa roanjato any amin'ny kaominina Isorana no nahazo masomboly vary vaovao "
                "tamin'ity herinandro ity. Mahatohitra ny hatsiaka amin'ny ririnina io karazam-bary io.",
                "« Taloha, maty ny vary rehefa nangatsiaka be ny andro », hoy Ramatoa Voahangy, "
                "mpamboly. « Amin'ity taona {cap}ity, manantena vokatra betsaka izahay. »",
                "Hizara masomboly amin'ny kaominina valo hafa ny fikambanan'ny tantsaha "
                "rehefa vita ny {run}fijinjana voalohany amin'ny volana oktobra.",
            ],
        },
        {
            "lines": ["TOETR'ANDRO"],
            "title": "TOETR'ANDRO",
            "body": [
                ("row", "Fianarantsoa - 9° / 21°"),
                ("row", "Ambositra - 8° / 20°"),
                ("row", "Ihosy - 12° / 26°"),
                ("row", "Manakara - 17° / 25°"),
            ],
        },
        {
            "lines": ["FILAZANA"],
            "title": "FILAZANA",
            "body": [
                "Manasa ny mpikambana rehetra amin'ny fivoriambe isan-taona ny fikambanan'ny "
                "mpivarotra eny amin'ny tsena.",
                ("row", "Daty: Sabotsy 17 Jolay 2027"),
                ("row", "Ora: 9 ora maraina"),
                ("row", "Toerana: Efitrano fivoriana, Tsena Zoma"),
            ],
        },
        {
            "lines": ["VAOVAO FOHY", "Nohavaozina ny tetezana any Alakamisy"],
            "section": ["VAOVAO FOHY", None],
            "kicker": [None, "VAOVAO FOHY"],
            "title": "Nohavaozina ny tetezana any Alakamisy",
            "body": [
                "Vita ny fanamboarana ny tetezana mampitohy an'i Alakamisy sy ny tanàna. Afaka mandalo "
                "indray ny fiara kely sy ny taxi-brousse.",
            ],
        },
    ],
}

NAPULITANO = {
    "name": "nap_iso8859_15_crlf_neapolitan_monthly_caps_kicker_title_subtitle_e_byline_caption_foto_midsentence_"
    "running_head_leading_apostrophe_articles_lotto_estrazione_rows_ruota_five_numbers_smorfia_note_lettera_signed",
    "encoding": "iso8859-15",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "'O Vico 2027-10, paggena 3, a Neapolitan monthly from Naples, ISO-8859-15 (`à è ì ò ù`, `€`, ASCII "
    "apostrophes of the elided articles `'o` `'a` `'e`), CRLF; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A story on a Sanità bakery (capital kicker RIONE SANITÀ, title, subtitle, byline line `'e "
    "Gennaro Esposito`, caption + `Foto: Titina Russo` inside a sentence, the running head inside a sentence); an "
    "ESTRAZIONE D''O LOTTO box of rows naming the wheel and five numbers (`Napule 17 - 48 - 90 - 3 - 71`) and a "
    "wrapped smorfia note; a LETTERE label over a reader's letter signed under its text.",
    "date": "2027-10",
    "page": "3",
    "head": ["'O VICO", "Mensile napulitano - ottobre 2027 - paggena 3 - 1,50 €"],
    "foot": ["'O Vico, via Vergini 21, Napule - redazione@ovico.example.it"],
    "furniture": [
        "'O VICO",
        "Mensile napulitano",
        "ottobre 2027",
        "paggena 3",
        "1,50 €",
        "'O Vico - 'E quartiere",
        "'O Vico, via Vergini 21, Napule",
        "redazione@ovico.example.it",
    ],
    "run": ["'O Vico - 'E quartiere"],
    "markup": ["-", "-", "-", "-"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "RIONE SANITÀ",
                "'O furno 'e donna Carmela fa cient'anne",
                "Tre generazione 'e panettiere int'a stessa puteca",
                "'e Gennaro Esposito",
            ],
            "kicker": "RIONE SANITÀ",
            "title": "'O furno 'e donna Carmela fa cient'anne",
            "subtitle": "Tre generazione 'e panettiere int'a stessa puteca",
            "byline": ["'e Gennaro Esposito", "Gennaro Esposito"],
            "captions": ["Donna Carmela e 'o nipote Ciro annanze a 'o furno a legna."],
            "credits": ["Foto: Titina Russo"],
            "body": [
                "Dint'o rione Sanità ce sta nu furno ca appiccia 'o fuoco ogne matina d'all'anno "
                "1927. Mo 'o furno fa cient'anne e 'o quartiere fa festa.",
                "Donna Carmela tene ottantaquatt'anne e ancora se sceta primma d'e quatto. \"'O pane "
                "vò tiempo\", dice, \"e vò {cap}pacienza.\"",
                "Pe' festeggià, 'a famiglia ha pigliato na decisione: dummeneca 'o pane se regala "
                "a tutte {run}chille ca passano pe' sotto 'a puteca.",
            ],
        },
        {
            "lines": ["ESTRAZIONE D''O LOTTO"],
            "title": "ESTRAZIONE D''O LOTTO",
            "body": [
                ("row", "Napule 17 - 48 - 90 - 3 - 71"),
                ("row", "Roma 22 - 5 - 64 - 38 - 80"),
                ("row", "Bari 11 - 77 - 29 - 56 - 1"),
                "Smorfia: 17 'a disgrazia, 48 'o muorto ca parla, 90 'a paura.",
            ],
        },
        {
            "lines": ["LETTERE", "'O vico senza luce"],
            "section": ["LETTERE", None],
            "kicker": [None, "LETTERE"],
            "title": "'O vico senza luce",
            "byline": ["Assuntina Capasso, vico Lammatari", "Assuntina Capasso"],
            "body": [
                "Caro direttore, 'a tre mise 'o lampione d'o vico nuosto sta stutato. 'A sera 'e "
                "viecchie nun ponno ascì. Quanno 'o Comune se ne ricorda?",
                ("end", "Assuntina Capasso, vico Lammatari"),
            ],
        },
    ],
}

SHONA = {
    "name": "sn_cp1252_crlf_shona_weekly_caps_kicker_title_subtitle_naka_byline_caps_dateline_caption_mufananidzo_"
    "midsentence_running_head_mitengo_yemafuta_rows_usd_per_litre_zvichaitika_dated_event_rows_nhau_pfupi",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 39,
    "indent": "",
    "blank": True,
    "note": "Nyeredzi yeManica 2027-09-17, peji 6, a Shona weekly from Mutare, Windows-1252 (`“ ”`, `’`, `–`), "
    "CRLF; blank-line paragraphs, wrapped at 39 with hyphenation. A clinic story (capital kicker UTANO, title, "
    "subtitle, byline line `Naka Tendai Mushonga` (\"by\"), a capital dateline `MUTARE –` opening paragraph 1, "
    "caption + `Mufananidzo: Rudo Chikore` inside a `“ ”` quotation, the running head inside a sentence); a "
    "MITENGO YEMAFUTA box of fuel-price rows in US dollars per litre (`Peturu – US$1.58/litre`) and a note row; "
    "a ZVICHAITIKA box of dated event rows; a NHAU PFUPI label over one item.",
    "date": "2027-09-17",
    "page": "6",
    "head": ["NYEREDZI YEMANICA", "Pepanhau yevhiki – Chishanu 17 Gunyana 2027 – Peji 6 – US$0.50"],
    "foot": ["Nyeredzi yeManica, 14 Herbert Chitepo Street, Mutare – nhau@nyeredzi.example.zw"],
    "furniture": [
        "NYEREDZI YEMANICA",
        "Pepanhau yevhiki",
        "Chishanu 17 Gunyana 2027",
        "Peji 6",
        "US$0.50",
        "Nyeredzi yeManica – Nhau dzeDunhu",
        "Nyeredzi yeManica, 14 Herbert Chitepo Street, Mutare",
        "nhau@nyeredzi.example.zw",
    ],
    "run": ["Nyeredzi yeManica – Nhau dzeDunhu"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "UTANO",
                "Kiriniki itsva yavhurwa kuSakubva",
                "Vanamai havachafambi nzendo refu",
                "Naka Tendai Mushonga",
            ],
            "kicker": "UTANO",
            "title": "Kiriniki itsva yavhurwa kuSakubva",
            "subtitle": "Vanamai havachafambi nzendo refu",
            "byline": ["Naka Tendai Mushonga", "Tendai Mushonga"],
            "captions": ["Vanamai vakamirira kubatsirwa pakiriniki itsva muSakubva."],
            "credits": ["Mufananidzo: Rudo Chikore"],
            "body": [
                "MUTARE – Kiriniki itsva yakavhurwa muSakubva neChipiri, uye vanamai vane vana vadiki "
                "havachafambi makiromita matanhatu kuenda kuchipatara chikuru.",
                "Mukoti mukuru, Amai Chipo Nyamande, vakati: “Takamirira zuva iri kwenguva refu. Ikozvino "
                "vanhu vanowana {cap}rubatsiro pedyo nemisha yavo.”",
                "Kiriniki iyi ichavhurwa mazuva ose evhiki kubva na7 mangwanani, uye vashandi vatsva "
                "vashanu {run}vachatanga basa mwedzi unouya.",
            ],
        },
        {
            "lines": ["MITENGO YEMAFUTA"],
            "title": "MITENGO YEMAFUTA",
            "body": [
                ("row", "Peturu – US$1.58/litre"),
                ("row", "Dhiziri – US$1.52/litre"),
                ("row", "Paraffin – US$1.20/litre"),
                ("row", "Mitengo yemagaraji eMutare neChitatu."),
            ],
        },
        {
            "lines": ["ZVICHAITIKA"],
            "title": "ZVICHAITIKA",
            "body": [
                ("row", "25 Gunyana – Mutambo wenziyo, Sakubva Stadium"),
                ("row", "2 Gumiguru – Musangano wevarimi, Penhalonga"),
            ],
        },
        {
            "lines": ["NHAU PFUPI", "Mvura yadzoka muDangamvura"],
            "section": ["NHAU PFUPI", None],
            "kicker": [None, "NHAU PFUPI"],
            "title": "Mvura yadzoka muDangamvura",
            "body": [
                "Mvura yapombwa zvakare kudzimba dzemuDangamvura mushure mekunge kanzuru yagadzirisa "
                "pombi huru. Vagari vakafara zvikuru.",
            ],
        },
    ],
}

UZBEK = {
    "name": "uz_utf8_lf_uzbek_latin_daily_caps_kicker_title_subtitle_muallif_byline_okina_turned_comma_letters_"
    "caption_surat_midsentence_running_head_poyezd_rows_departure_arrival_times_som_prices_qisqa_xabarlar",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Samarqand Tongi 2027-04-23, 4-sahifa, an Uzbek daily in Latin script from Samarkand, UTF-8 without "
    "BOM (`oʻ gʻ` with U+02BB, the `ʼ` U+02BC of `maʼlum`, `“ ”`, `–`), LF; blank-line paragraphs, wrapped at 41 "
    "with hyphenation. A craft-fair story (capital kicker HUNARMANDCHILIK, title, subtitle, byline line `Muallif: "
    "Dilnoza Qodirova`, caption + `Surat: Javlon Rahimov` inside a `“ ”` quotation, the running head inside a "
    "sentence); a POYEZDLAR JADVALI box of train rows giving route, departure and arrival and a price in soʻm "
    "(`Samarqand – Toshkent 07:40 – 09:52 285 000 soʻm`); a QISQA XABARLAR label over one item.",
    "date": "2027-04-23",
    "page": "4",
    "head": ["SAMARQAND TONGI", "Kundalik gazeta – 2027-yil 23-aprel, juma – 4-sahifa"],
    "foot": ["Samarqand Tongi, Registon koʻchasi 5, Samarqand – tahririyat@tongi.example.uz"],
    "furniture": [
        "SAMARQAND TONGI",
        "Kundalik gazeta",
        "2027-yil 23-aprel, juma",
        "4-sahifa",
        "Samarqand Tongi – Viloyat",
        "Samarqand Tongi, Registon koʻchasi 5, Samarqand",
        "tahririyat@tongi.example.uz",
    ],
    "run": ["Samarqand Tongi – Viloyat"],
    "markup": ["–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "HUNARMANDCHILIK",
                "Registonda hunarmandlar yarmarkasi ochildi",
                "Yuzdan ortiq usta oʻz buyumlarini namoyish etmoqda",
                "Muallif: Dilnoza Qodirova",
            ],
            "kicker": "HUNARMANDCHILIK",
            "title": "Registonda hunarmandlar yarmarkasi ochildi",
            "subtitle": "Yuzdan ortiq usta oʻz buyumlarini namoyish etmoqda",
            "byline": ["Muallif: Dilnoza Qodirova", "Dilnoza Qodirova"],
            "captions": ["Kulol usta Botir Nazarov yarmarkada koʻza yasamoqda."],
            "credits": ["Surat: Javlon Rahimov"],
            "body": [
                "Registon maydoni yonida uch kunlik hunarmandlar yarmarkasi ochildi. Unda viloyatning "
                "barcha tumanlaridan kelgan yuzdan ortiq usta qatnashmoqda.",
                "Kulol Botir Nazarov shunday dedi: “Bu kasbni bobomdan oʻrganganman. Endi oʻgʻlim ham "
                "loy bilan {cap}ishlashni yaxshi koʻradi.”",
                "Tashkilotchilarning maʼlum qilishicha, yarmarka har kuni soat 9 dan 19 gacha "
                "ishlaydi va {run}kirish bepul.",
            ],
        },
        {
            "lines": ["POYEZDLAR JADVALI"],
            "title": "POYEZDLAR JADVALI",
            "body": [
                ("row", "Samarqand – Toshkent 07:40 – 09:52 285 000 soʻm"),
                ("row", "Samarqand – Buxoro 10:15 – 11:50 190 000 soʻm"),
                ("row", "Samarqand – Qarshi 16:30 – 18:45 120 000 soʻm"),
            ],
        },
        {
            "lines": ["QISQA XABARLAR", "Siyob bozorida yangi yoʻlak"],
            "section": ["QISQA XABARLAR", None],
            "kicker": [None, "QISQA XABARLAR"],
            "title": "Siyob bozorida yangi yoʻlak",
            "body": [
                "Siyob bozori atrofida piyodalar uchun yangi yoʻlak qurib bitkazildi. Endi xaridorlar "
                "avtomobillar orasidan yurmaydi.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝ")
DIGRAPHS = {
    "mg": ("ts", "tr", "dr", "mb", "nd", "ng", "nj", "nt", "mp", "nk", "nts", "ndr"),
    "nap": ("ch", "gh", "gn", "gl", "sc"),
    "sn": ("ch", "sh", "zh", "dz", "ts", "mb", "nd", "ng", "nz", "sv", "zv", "bh", "dh", "vh", "mh", "nh", "ny",
           "pf", "ty", "dy", "rw", "kw", "gw", "mw", "nw", "tw", "dw", "bw", "hw", "sw", "zw", "pw", "mv"),
    "uz": ("sh", "ch", "ng"),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone.
    holdout54's rule, and never in a word holding an apostrophe of any kind (' ’ ʼ ʻ)."""
    if "~" in word or len(word) < 6 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if any(mark in word for mark in "'’ʼʻ"):
        return word
    if any(not ch.islower() for ch in word[1:] if ch.isalpha()):
        return word  # a name written with an inner capital (muSakubva) stays whole
    core = word.rstrip('.,;:!?"»”“')
    tail = word[len(core) :]
    out, n = "", len(core)
    for i, ch in enumerate(core):
        if 2 <= i <= n - 3 and core[i].isalpha() and core[i - 1].isalpha():
            pair = core[i - 1 : i + 1].lower()
            if ch not in VOWELS and core[i - 1] in VOWELS and core[i + 1] in VOWELS:
                out += "~"
            elif (
                ch not in VOWELS
                and core[i - 1] not in VOWELS
                and core[i + 1] in VOWELS
                and core[i - 2] in VOWELS
                and pair not in DIGRAPHS[language]
            ):
                out += "~"
        out += ch
    return out + tail


def hyphenable(text, language):
    words = []
    for word in text.split(" "):
        if "}" in word:
            mark, rest = word.split("}", 1)
            words.append(mark + "}" + syllables(rest, language))
        else:
            words.append(syllables(word, language))
    return " ".join(words)


for _page, _language in ((MALAGASY, "mg"), (NAPULITANO, "nap"), (SHONA, "sn"), (UZBEK, "uz")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [SHIWU, ZHUANKE, XIANXUE, WUSHI, YESHI, YULAN, MALAGASY, NAPULITANO, SHONA, UZBEK]
