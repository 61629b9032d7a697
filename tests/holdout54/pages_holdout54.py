"""The text of every holdout54 page, written once: make_holdout54_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head;
`~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit, a source line). All papers, people, firms,
schools, clubs, associations, troupes, teams and events are invented.
"""

XIQU = {
    "name": "zh_gbk_crlf_xiqu_piaoyou_page_kicker_title_byline_caption_she_midsentence_running_head_yanchu_table_"
    "jumu_shuminghao_price_range_changci_box_banshi_label_over_lyric_rows_piaoyou_yuandi",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "槐城晚报 2027-03-05 第14版 戏曲·票友, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A troupe's revival story (kicker, title, byline line `本报记者　牛　岚`, caption + "
    "`（牛　岚　摄）` inside a sentence, the running head inside a quotation); a performance table (header row "
    "`日期　剧目　剧场　票价`, rows with the play in 《》 and a price range `80—380元`, a wrapped `购票：` note); a "
    "唱词欣赏 box: a 板式 label in 【】 over four lyric rows, signed `（槐城市豫剧团供稿）` under them; a 票友园地 "
    "label over one 本报讯 item.",
    "date": "2027-03-05",
    "page": "14",
    "head": ["槐城晚报　2027年3月5日　星期五　第14版", "戏曲·票友　　　　责任编辑：司马青　　校对：樊　星"],
    "foot": ["槐城晚报社出版　　新闻热线：0371-6616800　　本版投稿：xiqu@huaicheng.example.cn"],
    "furniture": [
        "槐城晚报",
        "2027年3月5日",
        "星期五",
        "第14版",
        "戏曲·票友",
        "责任编辑：司马青",
        "校对：樊　星",
        "槐城晚报·戏曲票友",
        "槐城晚报社出版",
        "新闻热线：0371-6616800",
        "本版投稿：xiqu@huaicheng.example.cn",
    ],
    "run": ["槐城晚报·戏曲票友"],
    "labels": [],
    "markup": ["（）"],
    "articles": [
        {
            "lines": ["沉寂三十年的老戏重回舞台", "《双锁柜》复排首演一票难求", "本报记者　牛　岚"],
            "kicker": "沉寂三十年的老戏重回舞台",
            "title": "《双锁柜》复排首演一票难求",
            "byline": ["本报记者　牛　岚", "牛　岚", "牛岚"],
            "captions": ["青年演员陈素云（右）在《双锁柜》中饰演刘素英。"],
            "credits": ["（牛　岚　摄）"],
            "body": [
                "3月3日晚，槐城市豫剧团复排的传统戏《双锁柜》在槐城大剧院首演。这出戏上一次在本地"
                "完整演出，还是三十年前。",
                "为了把老戏“抠”回来，剧团请出了当年的主演、八十一岁的范桂香。她每天到排练厅，"
                "一句一句给年轻{cap}演员说戏，连一个甩袖的角度都不放过。",
                "首演的票在开售当天就被抢光，不少老戏迷从周边县里赶来。退休工人郭长顺说：“小时候"
                "跟着爷爷看过，{run}今天又听到这个腔，眼泪都下来了。”",
                "剧团团长马卫东介绍，《双锁柜》将作为今年的重点剧目，下半年走进乡镇巡演。",
            ],
        },
        {
            "lines": ["三月演出信息"],
            "title": "三月演出信息",
            "body": [
                ("row", "日期　　剧目　　　　　剧场　　　　票价"),
                ("row", "3月8日　《穆桂英挂帅》　槐城大剧院　80—380元"),
                ("row", "3月15日　《双锁柜》　　槐城大剧院　80—280元"),
                ("row", "3月22日　《朝阳沟》　　人民会堂　　50—180元"),
                ("row", "3月29日　折子戏专场　　人民会堂　　30元"),
                "购票：槐城大剧院售票处，或拨打0371-6625588。",
            ],
        },
        {
            "lines": ["唱词欣赏", "《双锁柜》选段"],
            "section": ["唱词欣赏", None],
            "kicker": [None, "唱词欣赏"],
            "title": "《双锁柜》选段",
            "source": ["槐城市豫剧团供稿", "槐城市豫剧团"],
            "body": [
                ("row", "【豫剧·二八板】"),
                ("row", "柜里藏着知心人，"),
                ("row", "娘问一声我心惊。"),
                ("row", "有心说出真情话，"),
                ("row", "又怕爹爹不应承。"),
                ("end", "（槐城市豫剧团供稿）"),
            ],
        },
        {
            "lines": ["票友园地", "社区票房迎来第一百位会员"],
            "section": ["票友园地", None],
            "kicker": [None, "票友园地"],
            "title": "社区票房迎来第一百位会员",
            "body": [
                "本报讯　建设路社区“梨园之家”票房日前迎来第一百位会员。票房成立五年来，每周二、"
                "周五晚上开唱，会员中年纪最大的八十六岁，最小的只有九岁。",
            ],
        },
    ],
}

FANGXUN = {
    "name": "zh_utf8_lf_fangxun_shuiqing_page_title_futi_byline_caption_she_midsentence_running_head_shuiwei_rows_"
    "up_down_arrow_signed_decimals_roman_numeral_iv_response_notice_numbered_items_issuer_and_date_rows_square_bullets",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "汶阳日报 2027-06-18 第3版 防汛·水情, UTF-8 without BOM, LF; indent-only paragraphs, no blank lines "
    "inside an article, wrapped at 21. A flood-season story (title, `——` 副题, byline line `本报记者　鲁　川　"
    "通讯员　邵海平`, caption + `（鲁　川　摄）` inside a sentence, the running head inside a sentence); a 今日水情 "
    "table of water levels (header row, rows with decimals and `↑0.32`/`↓0.05` changes, a wrapped `注：` note); a "
    "command's notice starting a `Ⅳ级` (U+2163) emergency response, numbered 一、二、三、 paragraphs, the issuer "
    "and the date printed under it; a 防汛小贴士 box of `■` rows.",
    "date": "2027-06-18",
    "page": "3",
    "head": ["汶阳日报　第3版　防汛·水情", "2027年6月18日　星期五　　编辑：鲁　静　　美编：孔　繁"],
    "foot": ["汶阳日报社　　地址：汶阳市泰山路58号　　防汛值班电话：0538-8216120"],
    "furniture": [
        "汶阳日报",
        "第3版",
        "防汛·水情",
        "2027年6月18日",
        "星期五",
        "编辑：鲁　静",
        "美编：孔　繁",
        "汶阳日报·防汛水情",
        "汶阳日报社",
        "地址：汶阳市泰山路58号",
        "防汛值班电话：0538-8216120",
    ],
    "run": ["汶阳日报·防汛水情"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["汛前排查不留死角", "——全市百余座小型水库完成安全检查", "本报记者　鲁　川　通讯员　邵海平"],
            "title": "汛前排查不留死角",
            "subtitle": "全市百余座小型水库完成安全检查",
            "byline": ["本报记者　鲁　川　通讯员　邵海平", "鲁　川　邵海平", "鲁　川"],
            "captions": ["6月16日，巡查人员在石门水库查看坝体渗水情况。"],
            "credits": ["（鲁　川　摄）"],
            "body": [
                "入汛以来，全市水利部门对一百一十二座小型水库逐一开展安全检查，查出的三十七处隐患"
                "已全部落实整改责任人。",
                "在石门水库，巡查员高立新沿着大坝一步一步往前走，手里的铁锹不时敲一敲坝坡。他说，"
                "雨季每天至少巡查两遍，{cap}大雨时要在坝上守一整夜。",
                "市水利局有关负责人表示，今年将在三十座重点水库加装水位自动监测设备，"
                "数据直接传到{run}市防汛指挥中心，做到早发现、早预警。",
            ],
        },
        {
            "lines": ["今日水情"],
            "title": "今日水情",
            "body": [
                ("row", "站名　　　水位（米）　警戒水位　涨落"),
                ("row", "汶阳站　　28.46　　　29.00　　↑0.32"),
                ("row", "石门水库　112.08　　　114.50　　↑0.15"),
                ("row", "东平闸　　41.73　　　43.20　　↓0.05"),
                "注：数据为6月18日8时实测，涨落与前一日同时相比。",
            ],
        },
        {
            "lines": ["汶阳市防汛抗旱指挥部", "关于启动防汛Ⅳ级应急响应的通告"],
            "title": "汶阳市防汛抗旱指挥部关于启动防汛Ⅳ级应急响应的通告",
            "byline": ["汶阳市防汛抗旱指挥部", None],
            "body": [
                "根据气象部门预报，6月19日至21日我市将出现强降雨过程。经研究，决定自6月18日12时起"
                "启动防汛Ⅳ级应急响应。现将有关事项通告如下：",
                "一、各县（市、区）防汛责任人即日起上岗到位，实行24小时值班。",
                "二、山区群众注意防范山洪和地质灾害，接到转移通知后立即撤离。",
                "三、雨天请勿到河道、水库周边游泳、垂钓。",
                ("end", "汶阳市防汛抗旱指挥部"),
                ("row", "二〇二七年六月十八日"),
            ],
        },
        {
            "lines": ["防汛小贴士"],
            "title": "防汛小贴士",
            "body": [
                ("row", "■　暴雨天尽量减少外出，不在低洼地带停车。"),
                ("row", "■　遇到积水路段不要贸然涉水通过。"),
                ("row", "■　家中常备手电、雨具和应急药品。"),
            ],
        },
    ],
}

DENGMI = {
    "name": "zh_gb18030_lf_dengmi_page_kicker_title_byline_rare_char_caption_she_midsentence_running_head_mimian_rows_"
    "da_yi_zi_target_in_brackets_shangqi_midi_answer_row_jingcai_row_mitan_manhua_wen_slash_heading",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "杏城晚报 2027-02-19 第12版 灯谜·雅趣, GB18030 (`𬭚` U+2CB5A in a reporter's name, not in GBK), LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A lantern-riddle fair story (kicker, title, "
    "byline line `本报记者　龚𬭚`, caption + `（龚𬭚　摄）` inside a sentence, the running head inside a "
    "quotation); a 本期灯谜 box of numbered riddle rows with the target in brackets (`（打一字）`, `（打一成语）`) "
    "and a wrapped `竞猜方式：` note; a 上期谜底 box of one numbered answer row; a 谜坛漫话 column under `文／祝守义` with "
    "a heading.",
    "date": "2027-02-19",
    "page": "12",
    "head": ["杏城晚报　　2027年2月19日　星期五", "第12版　灯谜·雅趣　　　责任编辑：祝　岚"],
    "foot": ["杏城晚报社　　订阅热线：0632-3301188　　谜友来信：dengmi@xingcheng.example.cn"],
    "furniture": [
        "杏城晚报",
        "2027年2月19日",
        "星期五",
        "第12版",
        "灯谜·雅趣",
        "责任编辑：祝　岚",
        "杏城晚报·灯谜雅趣",
        "杏城晚报社",
        "订阅热线：0632-3301188",
        "谜友来信：dengmi@xingcheng.example.cn",
    ],
    "run": ["杏城晚报·灯谜雅趣"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["元宵灯会猜谜活动昨晚开场", "千条谜语挂满古街", "本报记者　龚𬭚"],
            "kicker": "元宵灯会猜谜活动昨晚开场",
            "title": "千条谜语挂满古街",
            "byline": ["本报记者　龚𬭚", "龚𬭚"],
            "captions": ["市民在文庙街仰头猜灯谜。"],
            "credits": ["（龚𬭚　摄）"],
            "body": [
                "昨晚，文庙街两侧挂起了一千二百条灯谜，红灯笼下挤满了猜谜的市民。猜中一条，就能到兑奖台领一份小奖品。",
                "谜题由市灯谜学会的会员出题，从字谜到成语谜，难易都有。不少家长带着孩子一条条看过去，{cap}边看边商量。",
                "小学生任佳怡一口气猜中了八条，手里攥着奖品舍不得放下。她说：“有的谜要拐好几个弯"
                "才想得到，{run}猜中的时候特别开心。”",
                "猜谜活动将持续到2月21日，每晚18时至21时开放。",
            ],
        },
        {
            "lines": ["本期灯谜"],
            "title": "本期灯谜",
            "body": [
                ("row", "1. 一口咬掉牛尾巴（打一字）"),
                ("row", "2. 半部春秋（打一字）"),
                ("row", "3. 千里相逢（打一字）"),
                ("row", "4. 九十九（打一字）"),
                ("row", "5. 一百减一（打一成语）"),
                "竞猜方式：将答案发至本版邮箱，3月1日截止，猜中者抽取十名赠送图书。",
            ],
        },
        {
            "lines": ["上期谜底"],
            "title": "上期谜底",
            "body": [
                ("row", "1. 田　　2. 旦　　3. 朋　　4. 丰　　5. 一本正经"),
            ],
        },
        {
            "lines": ["谜坛漫话", "猜谜先要读懂“扣合”", "文／祝守义"],
            "section": ["谜坛漫话", None],
            "kicker": [None, "谜坛漫话"],
            "title": "猜谜先要读懂“扣合”",
            "byline": ["文／祝守义", "祝守义"],
            "body": [
                "常有读者问，灯谜怎样才算猜对。其实，谜面与谜底之间要处处对得上，这在谜界叫作“扣合”。",
                ("h", "字字有着落"),
                "以“一人一口”为例，谜底是“合”字：“人”“一”“口”三部分从上到下合起来，每个字都用上了，没有一个是多余的。",
                "初学者不妨从字谜入手，先拆后拼，慢慢就能体会到其中的乐趣。",
            ],
        },
    ],
}

ZONGQIN = {
    "name": "zht_utf16be_bom_lf_new_zealand_auckland_huabao_zongqin_page_title_futi_byline_maori_place_name_glossed_"
    "nzd_sum_caption_she_midsentence_running_head_jiangxuejin_rows_english_university_names_kia_ora_greeting",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "長白雲報 / THE LONG WHITE CLOUD CHINESE NEWS 2027-03-20 A7 社團·宗親, an Auckland Chinese weekly, "
    "UTF-16 BE with BOM, LF; blank-line paragraphs with a two-space indent, wrapped at 22. A clan association's "
    "spring banquet story (title, `——` 副題, byline line `本報記者　伍嘉欣`, the Māori place name "
    "`Tāmaki Makaurau（奧克蘭）` glossed in brackets, a sum `NZ$8,000`, caption + `（伍嘉欣攝）` inside a sentence, "
    "the running head inside a quotation); a scholarship list of winner rows with English university names; a "
    "【本報訊】 item opening on the Māori greeting `Kia ora` with an Auckland phone `(09) 525 8866`.",
    "date": "2027-03-20",
    "page": "A7",
    "head": ["長白雲報　THE LONG WHITE CLOUD CHINESE NEWS", "2027年3月20日　星期六　A7　社團·宗親"],
    "foot": ["長白雲報　廣告及訂閱：(09) 525 3300　　電郵：news@baiyun.example.nz"],
    "furniture": [
        "長白雲報",
        "THE LONG WHITE CLOUD CHINESE NEWS",
        "2027年3月20日",
        "星期六",
        "A7",
        "社團·宗親",
        "長白雲報．社團",
        "長白雲報",
        "廣告及訂閱：(09) 525 3300",
        "電郵：news@baiyun.example.nz",
    ],
    "run": ["長白雲報．社團"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["伍氏宗親會春宴　三代同堂四百人", "——籌得紐幣八千元資助青年會員升學", "本報記者　伍嘉欣"],
            "title": "伍氏宗親會春宴　三代同堂四百人",
            "subtitle": "籌得紐幣八千元資助青年會員升學",
            "byline": ["本報記者　伍嘉欣", "伍嘉欣"],
            "captions": ["伍氏宗親會長輩為青年會員頒發獎學金。"],
            "credits": ["（伍嘉欣攝）"],
            "body": [
                "紐西蘭伍氏宗親會上週六在Tāmaki Makaurau（奧克蘭）東區一間酒樓舉行春宴，"
                "四百多位宗親攜家帶口出席，不少家庭三代同堂。",
                "宗親會成立至今已六十八年，早年會員多從廣東台山來紐謀生。會長伍國樑致辭時說，"
                "第一代宗親在{cap}果園和洗衣館打拼，今天的子弟已經走進大學和各行各業。",
                "當晚的義賣共籌得NZ$8,000，全數撥入獎學金。八十七歲的老會員伍興笑言：「我哋嗰陣時"
                "連中學都讀唔起，{run}而家睇住後生仔讀大學，真係開心。」",
            ],
        },
        {
            "lines": ["2027年度獎學金得獎名單"],
            "title": "2027年度獎學金得獎名單",
            "body": [
                ("row", "伍樂天　　University of Auckland　　工程"),
                ("row", "伍詠琪　　Victoria University of Wellington　　法律"),
                ("row", "伍子謙　　AUT　　護理"),
                ("row", "伍嘉寶　　University of Otago　　醫學"),
            ],
        },
        {
            "lines": ["粵語班秋季開課"],
            "title": "粵語班秋季開課",
            "body": [
                "【本報訊】Kia ora！伍氏宗親會粵語班4月起逢週六上午在會所上課，歡迎六至十二歲"
                "的會員子弟報名，學費全免。查詢請致電(09) 525 8866。",
            ],
        },
    ],
}

LONGZHOU = {
    "name": "zht_big5_crlf_taiwan_duanwu_longzhou_page_kicker_title_jizhe_slash_place_byline_caption_she_midsentence_"
    "running_head_mingci_result_rows_fen_miao_times_jiaotong_guanzhi_rows_zhi_time_ranges_road_section_in_brackets",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "蘭陽時報 2027-06-10 B3 宜蘭綜合, Big5 (strict), CRLF; indent-only paragraphs, no blank lines inside an "
    "article, wrapped at 21. A dragon-boat race story (kicker, title, byline line `記者游孟哲／冬山報導`, caption "
    "+ `（記者游孟哲攝）` inside a sentence, the running head right after an opening `「`); a results table (header "
    "row `名次　隊伍　成績`, rows with times `2分08秒53`); a traffic-control box of rows with `06:00至18:00` time "
    "ranges and bracketed road sections, a `洽詢：` row; a 【本報訊】 item on rice dumplings.",
    "date": "2027-06-10",
    "page": "B3",
    "head": ["蘭陽時報　B3　宜蘭綜合", "2027年6月10日　星期四　　主編：游雅筑"],
    "foot": ["蘭陽時報社　宜蘭市中山路三段88號　服務專線：(03)932-6600"],
    "furniture": [
        "蘭陽時報",
        "B3",
        "宜蘭綜合",
        "2027年6月10日",
        "星期四",
        "主編：游雅筑",
        "蘭陽時報／宜蘭綜合",
        "蘭陽時報社",
        "宜蘭市中山路三段88號",
        "服務專線：(03)932-6600",
    ],
    "run": ["蘭陽時報／宜蘭綜合"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["端午龍舟賽冬山河開划", "國中女子隊　奪冠破紀錄", "記者游孟哲／冬山報導"],
            "kicker": "端午龍舟賽冬山河開划",
            "title": "國中女子隊　奪冠破紀錄",
            "byline": ["記者游孟哲／冬山報導", "游孟哲", "記者游孟哲∕冬山報導"],
            "captions": ["頭城國中女子隊奮力划槳，率先衝過終點。"],
            "credits": ["（記者游孟哲攝）"],
            "body": [
                "冬山河端午龍舟賽昨天預賽開划，三十二支隊伍在河面上競逐，兩岸擠滿加油的民眾，鑼鼓聲此起彼落。",
                "頭城國中女子隊以2分08秒53奪得女子組冠軍，比去年的大會紀錄快了一秒多。隊員們"
                "每天清晨到河邊{cap}練習，持續了兩個月。",
                "教練林志遠說：「孩子們手上都磨出了繭，{run}這個冠軍是她們一槳一槳划出來的。」決賽將在端午節當天舉行。",
            ],
        },
        {
            "lines": ["女子組預賽成績"],
            "title": "女子組預賽成績",
            "body": [
                ("row", "名次　隊伍　　　　　成績"),
                ("row", "１　　頭城國中　　　2分08秒53"),
                ("row", "２　　羅東鎮公所　　2分10秒07"),
                ("row", "３　　蘇澳漁會　　　2分11秒92"),
            ],
        },
        {
            "lines": ["端午節交通管制"],
            "title": "端午節交通管制",
            "body": [
                ("row", "6月19日　06:00至18:00　河濱路（中山橋至新生橋）"),
                ("row", "6月19日　09:00至17:00　親水公園停車場（僅供接駁車）"),
                ("row", "洽詢：冬山分局交通組(03)959-1234"),
            ],
        },
        {
            "lines": ["買粽子認明標示"],
            "title": "買粽子認明標示",
            "body": [
                "【本報訊】端午將至，縣衛生局提醒民眾購買粽子時注意包裝上的有效日期與保存方式，"
                "冷藏粽子買回後應盡快食用。",
            ],
        },
    ],
}

CAIJIA = {
    "name": "zht_big5hkscs_lf_hong_kong_jiefang_caijia_page_title_byline_cantonese_quote_caption_she_midsentence_"
    "running_head_per_jin_price_rows_hkd_ranges_fullwidth_dash_zhu_row_wen_da_reader_letter_district_signature",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "維港晚報 2027-01-14 B4 街坊·民生, Big5-HKSCS (`啲 嘅 咗 嚟 哋`, not in cp950 nor Big5), LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A wet-market story (title, byline line "
    "`本報記者　區凱琳`, a Cantonese quotation, caption + `（區凱琳攝）` inside a sentence, the running head "
    "inside the quotation); a 今日街市菜價 box of per-斤 rows with HK$ ranges in a full-width dash "
    "(`$12－$16`) and a wrapped `註：` note; a 街坊信箱 letter (`問：` paragraph signed by district and name "
    "`（觀塘　陳太）`, `答：` paragraph); a 【本報訊】 item.",
    "date": "2027-01-14",
    "page": "B4",
    "head": ["維港晚報　2027年1月14日　星期四", "B4　街坊·民生　　　編輯：區志明"],
    "foot": ["維港晚報有限公司出版　　讀者熱線：2388 6600"],
    "furniture": [
        "維港晚報",
        "2027年1月14日",
        "星期四",
        "B4",
        "街坊·民生",
        "編輯：區志明",
        "維港晚報．街坊",
        "維港晚報有限公司出版",
        "讀者熱線：2388 6600",
    ],
    "run": ["維港晚報．街坊"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["寒流殺到　菜價一星期升兩成", "本報記者　區凱琳"],
            "title": "寒流殺到　菜價一星期升兩成",
            "byline": ["本報記者　區凱琳", "區凱琳"],
            "captions": ["紅磡街市的菜檔，菜心每斤賣到十六元。"],
            "credits": ["（區凱琳攝）"],
            "body": [
                "寒流持續，內地菜場減產，本港街市菜價一星期內普遍上升約兩成，菜心、芥蘭升幅最大。",
                "記者昨日到紅磡街市，菜心每斤賣十五至十六元。菜販黃姐話：「凍到啲菜都唔肯生，"
                "嚟貨少咗一半，{cap}我哋都冇辦法。」",
                "街坊李伯每朝都嚟買餸，佢話：「以前五十蚊買到兩餐，{run}而家要成八十蚊，唯有多買啲瓜。」",
                "漁護署表示，預計天氣回暖後，供應會在一至兩星期內回復正常。",
            ],
        },
        {
            "lines": ["今日街市菜價（每斤）"],
            "title": "今日街市菜價（每斤）",
            "body": [
                ("row", "菜心　　$12－$16"),
                ("row", "芥蘭　　$14－$18"),
                ("row", "白菜仔　$10－$12"),
                ("row", "番茄　　$8－$10"),
                "註：價格由本報記者於紅磡、北河及筲箕灣街市抽查。",
            ],
        },
        {
            "lines": ["街坊信箱", "大廈水錶點解咁貴？"],
            "section": ["街坊信箱", None],
            "kicker": [None, "街坊信箱"],
            "title": "大廈水錶點解咁貴？",
            "body": [
                "問：我住嘅大廈話要換水錶，每戶要夾一千幾蚊，係咪合理？（觀塘　陳太）",
                "答：大廈公用水錶屬業主共同擁有，更換費用一般按業權份數攤分。陳太可向法團索取報價單，"
                "如有疑問，可向民政事務處查詢。",
            ],
        },
        {
            "lines": ["長者可免費領暖包"],
            "title": "長者可免費領暖包",
            "body": [
                "【本報訊】寒冷天氣警告生效期間，各區長者中心即日起向六十五歲以上長者派發暖包，每人兩個，派完即止。",
            ],
        },
    ],
}

BOSANSKI = {
    "name": "bs_cp1250_crlf_bosnian_weekly_caps_kicker_title_subtitle_pise_byline_caption_foto_midsentence_running_"
    "head_vaktija_prayer_time_rows_sjecanje_memorial_notice_years_in_brackets_ozalosceni_line_kratko",
    "encoding": "cp1250",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 42,
    "indent": "",
    "blank": True,
    "note": "Glas Spreče 2027-04-09, strana 6, a Bosnian weekly from Gračanica, Windows-1250 (`č ć š ž Č Ć`, "
    "`„ “`, `–`), CRLF; blank-line paragraphs, wrapped at 42 with hyphenation. A market-hall story (capital "
    'kicker GRAČANICA, title, subtitle, byline line `Piše: Amra Hodžić` ("writes"), caption + `Foto: Edin '
    "Mujkić` inside a sentence, the running head inside a sentence); a VAKTIJA box of prayer-time rows for the "
    "week (`Zora 4.21 – Podne 12.47 – Akšam 19.31`) and a note row; a SJEĆANJE memorial notice (name with the "
    "years in brackets `(1951–2026)`, text, a mourners' line `Ožalošćeni: …` under it); a KRATKO label over "
    "one item.",
    "date": "2027-04-09",
    "page": "6",
    "head": ["GLAS SPREČE", "Sedmične novine – petak, 9. april 2027. – strana 6 – 2 KM"],
    "foot": ["Glas Spreče, Titova 14, Gračanica – redakcija@glasspreca.example.ba"],
    "furniture": [
        "GLAS SPREČE",
        "Sedmične novine",
        "petak, 9. april 2027.",
        "strana 6",
        "2 KM",
        "Glas Spreče – Naša čaršija",
        "Glas Spreče, Titova 14, Gračanica",
        "redakcija@glasspreca.example.ba",
    ],
    "run": ["Glas Spreče – Naša čaršija"],
    "markup": ["–", "–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "GRAČANICA",
                "Stara tržnica ponovo puna ljudi",
                "Nakon dvije godine obnove tezge su opet zauzete",
                "Piše: Amra Hodžić",
            ],
            "kicker": "GRAČANICA",
            "title": "Stara tržnica ponovo puna ljudi",
            "subtitle": "Nakon dvije godine obnove tezge su opet zauzete",
            "byline": ["Piše: Amra Hodžić", "Amra Hodžić"],
            "captions": ["Prodavačica Hajra Selimović na svojoj tezgi s domaćim sirom i kajmakom."],
            "credits": ["Foto: Edin Mujkić"],
            "body": [
                "Gradska tržnica u Gračanici ponovo je otvorena u subotu, nakon dvije godine radova. "
                "Pod novim krovom nalazi se osamdeset tezgi, a sve su već iznajmljene.",
                "„Ovdje sam prodavala i prije rata, i drago mi je što sam opet na svom mjestu“, kaže "
                "Hajra Selimović, koja na {cap}tržnicu dolazi iz Soko sela.",
                "Općina je za obnovu izdvojila četiristo hiljada maraka. Prodavači plaćaju zakup od "
                "trideset maraka mjesečno, a tržnica radi {run}svaki dan osim nedjelje.",
            ],
        },
        {
            "lines": ["VAKTIJA ZA GRAČANICU"],
            "title": "VAKTIJA ZA GRAČANICU",
            "body": [
                ("row", "Petak, 9. 4. – Zora 4.21 – Podne 12.47 – Akšam 19.31"),
                ("row", "Subota, 10. 4. – Zora 4.19 – Podne 12.47 – Akšam 19.32"),
                ("row", "Nedjelja, 11. 4. – Zora 4.17 – Podne 12.46 – Akšam 19.34"),
                ("row", "Vrijeme je izračunato za Gračanicu."),
            ],
        },
        {
            "lines": ["SJEĆANJE", "Mehmed Karić (1951–2026)"],
            "kicker": ["SJEĆANJE", None],
            "section": [None, "SJEĆANJE"],
            "title": "Mehmed Karić (1951–2026)",
            "byline": ["Ožalošćeni: supruga Fatima, sinovi Adnan i Emir s porodicama", None],
            "body": [
                "Devetog aprila navršava se godina dana otkako nije s nama naš dragi suprug, otac i djed. "
                "S ljubavlju i poštovanjem čuvamo uspomenu na njegovu dobrotu.",
                ("end", "Ožalošćeni: supruga Fatima, sinovi Adnan i Emir s porodicama"),
            ],
        },
        {
            "lines": ["KRATKO", "Biciklistička staza do Lukavice"],
            "section": ["KRATKO", None],
            "kicker": [None, "KRATKO"],
            "title": "Biciklistička staza do Lukavice",
            "body": [
                "Radovi na biciklističkoj stazi od centra grada do Lukavice počinju u maju. Staza će "
                "biti duga šest kilometara.",
            ],
        },
    ],
}

SICILIANU = {
    "name": "scn_mac_roman_lf_sicilian_monthly_caps_kicker_title_subtitle_di_byline_caption_foto_midsentence_"
    "running_head_pruverbiu_with_italian_gloss_calannariu_festa_rows_day_dash_saint_place_littra_signed_name_place",
    "encoding": "mac_roman",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Lu Paisanu 2027-02, pàggina 5, a Sicilian monthly from Catania, Mac Roman (`à è ì â ô û À Û`, "
    "`“ ”`, `’`, `–`), LF; blank-line paragraphs, wrapped at 41 with hyphenation. A story on the almond bloom "
    "(capital kicker AGRICURTURA, title, subtitle, byline line `di Turi Scalia`, caption + `Foto: Nellu Grasso` "
    "inside a sentence, the running head inside a sentence); a PRUVERBIU DÛ MISI box (the proverb, then its "
    "Italian translation in brackets as a second row); a CALANNARIU box of feast rows `3 – Sant’Àita, Catania`; a "
    "reader's letter under LITTRI signed with name and town under its text.",
    "date": "2027-02",
    "page": "5",
    "head": ["LU PAISANU", "Misinaru sicilianu – frivaru 2027 – pàggina 5 – 2 €"],
    "foot": ["Lu Paisanu, via Crociferi 30, Catania – littri@lupaisanu.example.it"],
    "furniture": [
        "LU PAISANU",
        "Misinaru sicilianu",
        "frivaru 2027",
        "pàggina 5",
        "2 €",
        "Lu Paisanu – Terra nostra",
        "Lu Paisanu, via Crociferi 30, Catania",
        "littri@lupaisanu.example.it",
    ],
    "run": ["Lu Paisanu – Terra nostra"],
    "markup": ["–", "–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "AGRICURTURA",
                "Sciurìu lu mènnulu a Bronti",
                "Li cuntadini spèranu nta na bona cugghiuta",
                "di Turi Scalia",
            ],
            "kicker": "AGRICURTURA",
            "title": "Sciurìu lu mènnulu a Bronti",
            "subtitle": "Li cuntadini spèranu nta na bona cugghiuta",
            "byline": ["di Turi Scalia", "Turi Scalia"],
            "captions": ["Li mènnuli sciuruti supra la chiana di Bronti, cu la muntagna darreri."],
            "credits": ["Foto: Nellu Grasso"],
            "body": [
                "Cu tri simani d’anticipu, li mènnuli dâ chiana di Bronti sunnu già tutti sciuruti. "
                "Li campagni pàrinu cummigghiati di nivi bianca e rosa.",
                "“Quannu lu mènnulu sciuri prestu, si scanta dâ jilata”, dici Saru Lombardu, ca "
                "cultiva deci {cap}ettari sutta la muntagna. “Ma si lu tempu teni, l’annata è bona.”",
                "Pi la fini di lu misi, la cooperativa urganizza na jurnata di campagna aperta, cu "
                "visiti {run}e assaggi di pasta di mènnula.",
            ],
        },
        {
            "lines": ["PRUVERBIU DÛ MISI"],
            "title": "PRUVERBIU DÛ MISI",
            "body": [
                ("row", "Frivareddu curtu e amaru."),
                ("row", "(Febbraio è corto e amaro.)"),
            ],
        },
        {
            "lines": ["CALANNARIU"],
            "title": "CALANNARIU",
            "body": [
                ("row", "3 – Sant’Àita, Catania"),
                ("row", "14 – Festa dû mènnulu, Bronti"),
                ("row", "22 – Sagra dâ ricotta, Vizzini"),
            ],
        },
        {
            "lines": ["LITTRI", "La casa di me nonnu"],
            "section": ["LITTRI", None],
            "kicker": [None, "LITTRI"],
            "title": "La casa di me nonnu",
            "byline": ["Nunziu Pappalardu, Aci Trezza", "Nunziu Pappalardu"],
            "body": [
                "Caru diritturi, ogni vota ca passu davanti â casa di me nonnu, ora vacanti, mi veni "
                "na gran malincunìa. Picchì lu Cumuni nun aiuta a cu voli turnari a stari ntô paisi?",
                ("end", "Nunziu Pappalardu, Aci Trezza"),
            ],
        },
    ],
}

BISLAMA = {
    "name": "bi_utf16le_bom_crlf_bislama_weekly_caps_kicker_title_subtitle_stori_byline_caps_dateline_caption_foto_"
    "midsentence_running_head_sip_schedule_rows_day_ship_route_toktok_blong_wik_quote_dash_attribution_smol_nius",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 39,
    "indent": "",
    "blank": True,
    "note": "Nius Blong Vila 2027-05-14, pej 4, a Bislama weekly from Port Vila, UTF-16 LE with BOM (`“ ”`, "
    "`–`), CRLF; blank-line paragraphs, wrapped at 39 with hyphenation. A school-water story (capital kicker "
    "TANNA, title, subtitle, byline line `Stori: Jeffrey Kalo`, a capital dateline `LENAKEL –` opening "
    "paragraph 1, caption + `Foto: Mary Tari` inside a quotation, the running head inside a sentence); a SIP "
    "BLONG WIK YA box of shipping rows (`Mande 17 – MV Tina 3 – Vila i go Malakula`) and a note row; a TOKTOK "
    "BLONG WIK box: a quotation and its attribution row opening on a dash; a SMOL NIUS label over one item.",
    "date": "2027-05-14",
    "page": "4",
    "head": ["NIUS BLONG VILA", "Nius pepa blong evri wik – Fraede 14 Mei 2027 – Pej 4 – 100 vatu"],
    "foot": ["Nius Blong Vila, PO Box 912, Port Vila – nius@niusvila.example.vu"],
    "furniture": [
        "NIUS BLONG VILA",
        "Nius pepa blong evri wik",
        "Fraede 14 Mei 2027",
        "Pej 4",
        "100 vatu",
        "Nius Blong Vila – Ol Aelan",
        "Nius Blong Vila, PO Box 912, Port Vila",
        "nius@niusvila.example.vu",
    ],
    "run": ["Nius Blong Vila – Ol Aelan"],
    "markup": ["–", "–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "TANNA",
                "Niu tank blong wota i kasem skul",
                "Ol pikinini bae oli no moa wokbaot longwe",
                "Stori: Jeffrey Kalo",
            ],
            "kicker": "TANNA",
            "title": "Niu tank blong wota i kasem skul",
            "subtitle": "Ol pikinini bae oli no moa wokbaot longwe",
            "byline": ["Stori: Jeffrey Kalo", "Jeffrey Kalo"],
            "captions": ["Ol studen blong Lenakel Praemari Skul oli stap long fored blong niu tank."],
            "credits": ["Foto: Mary Tari"],
            "body": [
                "LENAKEL – Tri bigfala tank blong wota oli kasem Lenakel Praemari Skul long Tusde. "
                "Naoia, ol pikinini oli no nid blong wokbaot tu kilomita blong karem wota.",
                "Hedmasta Peter Nako i talem se: “Bifo, sam pikinini oli kam lat long klas from oli "
                "mas go karem {cap}wota fastaem. Naoia oli save stap long klas.”",
                "Ol papa mo mama blong skul oli wok tugeta blong mekem fandesen blong ol tank, mo "
                "komuniti i {run}givim kakae long ol wokman.",
            ],
        },
        {
            "lines": ["SIP BLONG WIK YA"],
            "title": "SIP BLONG WIK YA",
            "body": [
                ("row", "Mande 17 – MV Tina 3 – Vila i go Malakula"),
                ("row", "Wenesde 19 – MV Vatu Mauri – Vila i go Tanna"),
                ("row", "Fraede 21 – MV Big Sista – Santo i go Pentekos"),
                ("row", "Plis jekem taem wetem kampani blong sip."),
            ],
        },
        {
            "lines": ["TOKTOK BLONG WIK"],
            "title": "TOKTOK BLONG WIK",
            "body": [
                "“Wota i laef. Taem yumi lukaotem wota, yumi lukaotem ol pikinini blong yumi.”",
                ("row", "– Jif Willie Tamata, Lenakel"),
            ],
        },
        {
            "lines": ["SMOL NIUS", "Maket blong Luganvil i open bakegen"],
            "section": ["SMOL NIUS", None],
            "kicker": [None, "SMOL NIUS"],
            "title": "Maket blong Luganvil i open bakegen",
            "body": [
                "Maket haos blong Luganvil i open bakegen long Sarede afta we kaonsel i stretem ruf "
                "blong hem. Ol mama blong maket oli glad tumas.",
            ],
        },
    ],
}

HAUSA = {
    "name": "ha_utf8_bom_crlf_hausa_weekly_caps_kicker_title_subtitle_daga_byline_caps_dateline_caption_hoto_"
    "midsentence_running_head_naira_sign_price_rows_gayyatar_aure_labelled_rana_lokaci_wuri_rows_a_takaice",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 38,
    "indent": "",
    "blank": True,
    "note": "Tauraron Zariya 2027-03-12, shafi 3, a Hausa weekly from Zaria, UTF-8 with BOM (the hooked letters "
    "`ɗ ƙ Ɓ Ɗ Ƙ`, `’`, `₦`, `“ ”`, `–`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A borehole "
    'story (capital kicker NOMA, title, subtitle, byline line `Daga Aisha Ɗanladi` ("from"), a capital dateline '
    "`ZARIYA –` opening paragraph 1, caption + `Hoto: Sani Ƙaura` inside a quotation, the running head inside a "
    "sentence); a FARASHIN KAYAN ABINCI box of rows with the naira sign `₦38,000`; a wedding invitation "
    "`GAYYATAR ƊAURIN AURE` (a paragraph, then labelled `Rana:` `Lokaci:` `Wuri:` rows); an A TAƘAICE label over "
    "one item.",
    "date": "2027-03-12",
    "page": "3",
    "head": ["TAURARON ZARIYA", "Jaridar mako-mako – Juma’a 12 ga Maris 2027 – Shafi 3 – ₦200"],
    "foot": ["Tauraron Zariya, Titin Kaduna 7, Zariya – labarai@tauraro.example.ng"],
    "furniture": [
        "TAURARON ZARIYA",
        "Jaridar mako-mako",
        "Juma’a 12 ga Maris 2027",
        "Shafi 3",
        "₦200",
        "Tauraron Zariya – Labaran Gida",
        "Tauraron Zariya, Titin Kaduna 7, Zariya",
        "labarai@tauraro.example.ng",
    ],
    "run": ["Tauraron Zariya – Labaran Gida"],
    "markup": ["–", "–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "NOMA",
                "Manoma sun samu sabuwar rijiyar burtsatse",
                "Za su iya noman rani a karon farko",
                "Daga Aisha Ɗanladi",
            ],
            "kicker": "NOMA",
            "title": "Manoma sun samu sabuwar rijiyar burtsatse",
            "subtitle": "Za su iya noman rani a karon farko",
            "byline": ["Daga Aisha Ɗanladi", "Aisha Ɗanladi"],
            "captions": ["Malam Bello Ƙaura yana ban ruwa a gonarsa ta tumatir."],
            "credits": ["Hoto: Sani Ƙaura"],
            "body": [
                "ZARIYA – Manoman ƙauyen Ɗan Magaji sun samu sabuwar rijiyar burtsatse mai amfani da "
                "hasken rana. Yanzu za su iya yin noman rani a karon farko.",
                "Malam Bello Ƙaura ya ce: “A da muna jiran damina kawai. Yanzu mun shuka tumatir da "
                "albasa, {cap}kuma ruwa ba ya ƙarewa.”",
                "Ƙungiyar manoman ƙauyen ta ce za ta koya wa matasa yadda ake kula da rijiyar, don "
                "kada ta {run}lalace nan da shekara guda.",
            ],
        },
        {
            "lines": ["FARASHIN KAYAN ABINCI"],
            "title": "FARASHIN KAYAN ABINCI",
            "body": [
                ("row", "Masara (buhu) – ₦38,000"),
                ("row", "Shinkafa (buhu) – ₦72,500"),
                ("row", "Wake (mudu) – ₦2,400"),
                ("row", "Farashin kasuwar Sabon Gari ranar Laraba."),
            ],
        },
        {
            "lines": ["GAYYATAR ƊAURIN AURE"],
            "title": "GAYYATAR ƊAURIN AURE",
            "body": [
                "Iyalan Alhaji Musa Ɓaure suna gayyatar ’yan uwa da abokan arziki zuwa ɗaurin auren "
                "ɗiyarsu Hauwa da angonta Abdullahi Sani.",
                ("row", "Rana: Asabar, 20 ga Maris 2027"),
                ("row", "Lokaci: Ƙarfe 10 na safe"),
                ("row", "Wuri: Babban Masallacin Sabon Gari"),
            ],
        },
        {
            "lines": ["A TAƘAICE", "An buɗe sabon asibiti a Giwa"],
            "section": ["A TAƘAICE", None],
            "kicker": [None, "A TAƘAICE"],
            "title": "An buɗe sabon asibiti a Giwa",
            "body": [
                "Gwamnatin ƙaramar hukumar Giwa ta buɗe sabon asibitin haihuwa mai gadaje talatin "
                "ranar Litinin. Asibitin zai riƙa aiki dare da rana.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝ")
DIGRAPHS = {
    "bs": ("lj", "nj", "dž"),
    "scn": ("ch", "gh", "gn", "sc", "dd", "mm"),
    "bi": ("ng",),
    "ha": ("sh", "ts", "fy", "gw", "ky", "kw", "ƙw", "ƙy"),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone."""
    if "~" in word or len(word) < 6 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if "’" in word or "ʼ" in word:
        return word
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


for _page, _language in ((BOSANSKI, "bs"), (SICILIANU, "scn"), (BISLAMA, "bi"), (HAUSA, "ha")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [XIQU, FANGXUN, DENGMI, ZONGQIN, LONGZHOU, CAIJIA, BOSANSKI, SICILIANU, BISLAMA, HAUSA]
