"""The text of every holdout34 page, written once: make_holdout34_pages.py prints it and writes the gold.

Each page: its encoding and layout (script, width, indent, blank lines between paragraphs),
its furniture (printed head and foot lines, the gold's furniture strings, the running head
dropped inside a sentence at `{run}`), and its articles. An article's `lines` are printed
as they stand above its text (labels, kickers, heads, byline lines); its gold fields are
given apart, a list holding every acceptable reading. A body item is a paragraph (wrapped;
`{cap}` drops the article's caption and credit inside it, `{run}` the running head,
`{col}` a column break; `~` marks where a Latin word may be hyphenated), or a tuple:
`("row", line)` a table or list line kept as printed (a paragraph of the gold),
`("h", line)` a 小标题 heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a jump line, a credit).
All papers, people, firms and events are invented.
"""

YINFA = {
    "name": "zh_gbk_crlf_yinfa_leling_page_kicker_title_byline_line_tongxunyuan_caption_midsentence_"
    "running_head_midsentence_duzhe_laixin_signed_letter_bianzhe_reply_laonian_daxue_course_rows_"
    "leling_duanxun_items",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 25,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "澄川晚报 2026-11-18 第11版 银发·乐龄, GBK, CRLF; blank-line paragraphs with a two-space "
    "indent, wrapped at 25. A 长者饭堂 story (kicker, title, byline line naming a 通讯员, caption + "
    "credit inside a sentence, the running head inside a sentence); a 读者来信 letter signed "
    "`读者　X（退休钳工）` at its end, then the 编者 reply opened by `编者：`; a 老年大学 course box "
    "(label, title, four course rows, a closing paragraph); 乐龄短讯 column of two items.",
    "date": "2026-11-18",
    "page": "11",
    "head": ["澄川晚报　　2026年11月18日　星期三", "第11版　银发·乐龄　　　责任编辑：华静秋"],
    "foot": ["本版热线：0557-83216600　　投稿邮箱：yinfa@ccwb.example.cn"],
    "furniture": [
        "澄川晚报",
        "2026年11月18日",
        "星期三",
        "第11版",
        "银发·乐龄",
        "责任编辑：华静秋",
        "澄川晚报　银发·乐龄　2026.11.18",
        "本版热线：0557-83216600",
        "投稿邮箱：yinfa@ccwb.example.cn",
    ],
    "run": ["澄川晚报　银发·乐龄　2026.11.18"],
    "labels": ["乐龄短讯"],
    "articles": [
        {
            "lines": ["老街社区“长者饭堂”开到家门口", "一碗热汤面　暖了老街坊", "本报记者　邵蔓青　通讯员　闵家树"],
            "kicker": "老街社区“长者饭堂”开到家门口",
            "title": "一碗热汤面　暖了老街坊",
            "byline": ["本报记者　邵蔓青　通讯员　闵家树", "邵蔓青"],
            "captions": ["11月16日中午，老人们在槐荫里长者饭堂用餐。"],
            "credits": ["邵蔓青　摄"],
            "body": [
                "每天上午十一点不到，槐荫里社区长者饭堂门口就排起了队。八十三岁的龚桂英端着自家的"
                "搪瓷碗，熟门熟路地找到靠窗的位置：“一荤两素一个汤，才十二块钱，比自己开火还省事。”",
                "这家饭堂是今年九月开张的，由社区{cap}腾出一间闲置的活动室改建而成，委托附近一家"
                "餐馆每天送餐。六十岁以上的老人凭卡就餐，八十岁以上和独居老人还能享受每餐三元的补贴。",
                "社区党委书记蔡玉明告诉记者，饭堂开张前，社区挨家挨户做过一次摸底，发现辖区里"
                "有一百四十多位独居或空巢老人，“很多老人一碗面条对付一天，子女在外地也放心不下。”",
                "对腿脚不便的老人，饭堂还提供送餐上门服务。每天中午，十几名志愿者提着保温箱走街串巷，"
                "顺便问一问老人身体怎么样、家里{run}有没有什么难处。两个多月来，饭堂已累计供餐一万两千多份。",
                "社区还打算在饭堂旁边开一间“银发茶室”，让老人们吃完饭能坐下来下下棋、聊聊天。",
            ],
        },
        {
            "lines": ["读者来信", "孙子教我用手机挂号"],
            "section": ["读者来信", None],
            "kicker": [None, "读者来信"],
            "title": "孙子教我用手机挂号",
            "byline": ["读者　蒋德培（退休钳工）", "蒋德培"],
            "body": [
                "编辑同志：我今年七十六岁，有高血压，每个月都要去医院开药。以前挂号要天不亮就去排队，"
                "现在医院改成网上预约，窗口号越来越少，我这个老头子一下子犯了难。",
                "上个月孙子放假回来，手把手教了我三个晚上。他把步骤写在一张卡片上，一步一步照着点，"
                "如今我自己也能在手机上挂号、看化验单了。",
                "我想说，不是每个老人都有孙子在身边。希望医院能多留几个人工窗口，社区也能办些"
                "手机课，让我们这些老年人跟上趟。",
                ("end", "读者　蒋德培（退休钳工）"),
                "编者：蒋师傅的来信说出了不少老年读者的心声。记者了解到，市卫健委已要求各医院保留"
                "不少于三成的现场号源，本报也将联合社区开设“银发手机课”，欢迎读者报名。",
            ],
        },
        {
            "lines": ["乐龄课堂", "市老年大学春季班开始报名"],
            "section": ["乐龄课堂", None],
            "kicker": [None, "乐龄课堂"],
            "title": "市老年大学春季班开始报名",
            "body": [
                ("row", "书法班　　　周二上午　　学费200元/学期"),
                ("row", "智能手机班　周三下午　　学费免收"),
                ("row", "合唱班　　　周四上午　　学费150元/学期"),
                ("row", "太极拳班　　周五上午　　学费150元/学期"),
                "报名时间为12月1日至12月15日，年满五十五周岁的本市居民可凭身份证到市老年大学"
                "教务处报名，每人限报两门课程。",
            ],
        },
        {
            "lines": ["乐龄短讯", "金婚老人同拍“婚纱照”"],
            "section": ["乐龄短讯", None],
            "kicker": [None, "乐龄短讯"],
            "title": "金婚老人同拍“婚纱照”",
            "body": [
                "本报讯　11月15日，二十六对结婚满五十年的老人在滨河公园拍摄了金婚纪念照。这是东湖街道"
                "连续第四年举办这项活动，照片将免费冲印装框送到老人家中。",
            ],
        },
        {
            "lines": ["防诈骗讲座走进养老院"],
            "section": ["乐龄短讯", None],
            "kicker": [None, "乐龄短讯"],
            "title": "防诈骗讲座走进养老院",
            "body": [
                "本报讯　近日，市公安局城西分局民警来到颐康养老院，用真实案例给老人们讲解“保健品诈骗”"
                "“冒充公检法”等常见骗局，提醒老人遇到陌生来电要多问一句、多等一天。讲座结束后，"
                "民警还给每位老人发了一张印有反诈热线的联系卡。",
            ],
        },
    ],
}

HANGYUN = {
    "name": "zht_big5hkscs_lf_hk_hangyun_page_container_port_cantonese_quotes_jizhe_byline_line_caption_"
    "she_midsentence_xujian_jump_chuanqi_ship_schedule_box_header_row_ziliao_credit_benbaoxun_ferry_"
    "story_running_head_midsentence_hangyun_kuaixun_items",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "維港商報 2026-11-20 B8 航運物流, Big5-HKSCS (嘅 咗 喺 啲 嗰, not in cp950), LF; indented "
    "paragraphs, no blank lines inside an article, wrapped at 22. A container-port story (kicker, "
    "title, `記者　X` byline line, Cantonese quotes, caption + `本報記者　X攝` inside a sentence, "
    "the jump line `（續見B9）` after a cut sentence); a 本週船期 box (label, title, a header row and "
    "four ship rows, a `資料來源：` line (its last paragraph)); a 【本報訊】 ferry story with the running head inside a "
    "sentence; a 船長手記 column signed `文：老舵` at its end; 航運快訊 column of three items.",
    "date": "2026-11-20",
    "page": "B8",
    "head": ["維港商報　2026年11月20日　星期五", "B8　航運物流"],
    "foot": ["編輯：麥詠詩　　美術：屈子豪"],
    "furniture": [
        "維港商報",
        "2026年11月20日",
        "星期五",
        "B8",
        "航運物流",
        "維港商報　B8　航運物流",
        "（續見B9）",
        "編輯：麥詠詩",
        "美術：屈子豪",
    ],
    "run": ["維港商報　B8　航運物流"],
    "labels": ["航運快訊", "航運快訊"],
    "articles": [
        {
            "lines": ["葵青貨櫃量連升三個月", "碼頭工人日夜加班　船公司加密航班", "記者　溫家朗"],
            "kicker": "葵青貨櫃量連升三個月",
            "title": "碼頭工人日夜加班　船公司加密航班",
            "byline": ["記者　溫家朗", "溫家朗"],
            "captions": ["葵青貨櫃碼頭昨日有多艘貨輪同時裝卸。"],
            "credits": ["本報記者　古志明攝"],
            "body": [
                "港口協會昨日公布，上月葵青貨櫃碼頭處理約一百三十萬個標準箱，按年增加百分之六，"
                "已是連續第三個月回升。業界估計，年底前聖誕貨源出口，吞吐量仲會再升。",
                "在碼頭開吊機十八年的簡國威話，近排夜更幾乎日日爆滿：「以前夜晚得兩三隻船，"
                "而家成排泊{cap}喺度等，我哋一晚要做足十二個鐘，累都要頂住。」",
                "港口協會主席鄔志堅表示，貨量回升係好消息，但碼頭人手仍然緊張。「我哋今年請咗二百幾個"
                "新人，但係要一年半載先可以獨立開機。」協會正與職業訓練機構合辦吊機操作課程，"
                "學員完成後可直接入職。",
                "多間船公司已宣布由下月起加密來往香港與東南亞的航班。有船務代理表示，"
                "東南亞新廠房陸續投產，帶動了經香港轉運的貨量。不過，燃油價格近月再度上升，"
                "船公司已通知客戶明年初或會調整附加費，部分貨主",
                ("end", "（續見B9）"),
            ],
        },
        {
            "lines": ["本週船期", "抵港及離港貨輪"],
            "section": ["本週船期", None],
            "kicker": [None, "本週船期"],
            "title": "抵港及離港貨輪",
            "body": [
                ("row", "船名　　　　　　航線　　　抵港　　離港"),
                ("row", "東方明珠輪　　　港－新加坡　11/21　11/22"),
                ("row", "海泰號　　　　　港－胡志明市　11/22　11/23"),
                ("row", "長榮星　　　　　港－高雄　　11/23　11/23"),
                ("row", "南洋之光　　　　港－巴生港　11/24　11/26"),
                ("srow", "資料來源：維港航運資料社"),
            ],
        },
        {
            "lines": ["小輪公司添兩艘電動渡輪"],
            "title": "小輪公司添兩艘電動渡輪",
            "body": [
                "【本報訊】港島小輪公司昨日宣布，兩艘新造的電動渡輪將於明年初投入中環至"
                "坪洲航線，屆時每日可減少柴油用量約一千公升。",
                "公司發言人表示，新船每艘可載客二百人，船上設有充電座及無障礙座位。"
                "渡輪每次靠岸都會{run}利用上落客的十分鐘快速充電。",
                "新渡輪由本地船廠建造，船身採用鋁合金，比舊船輕三成。公司表示，如試行效果理想，"
                "未來五年會將旗下一半船隊換成電動船。",
                "長期搭船返工的坪洲居民祁太話：「個引擎聲細咗好多，希望班次都可以密啲。」",
            ],
        },
        {
            "lines": ["船長手記", "海上過聖誕"],
            "section": ["船長手記", None],
            "kicker": [None, "船長手記"],
            "title": "海上過聖誕",
            "byline": ["文：老舵", "老舵"],
            "body": [
                "行船三十年，有一半聖誕節係喺海上過嘅。最記得有一年船泊喺紅海外等入運河，"
                "廚房師傅用罐頭火腿整咗一餐「聖誕大餐」，全船二十幾個人圍埋一枱，各自打電話"
                "返屋企報平安。",
                "而家船上有衛星上網，後生船員可以隨時同家人視像，比我哋嗰陣幸福得多。不過"
                "海上生活始終寂寞，希望大家放假返到岸上，多啲陪下屋企人。",
                "講開又講，今年公司準船員帶家屬上船過節，聽講已經有三個同事報咗名，到時一定好熱鬧。",
                ("end", "文：老舵"),
            ],
        },
        {
            "lines": ["航運快訊", "海事處加強颱風季後巡查"],
            "section": ["航運快訊", None],
            "kicker": [None, "航運快訊"],
            "title": "海事處加強颱風季後巡查",
            "body": [
                "海事處表示，颱風季節已過，本月起會巡查各避風塘的繫泊設施及浮泡，"
                "損壞者須於一個月內修妥。船主如發現設施有問題，應盡快聯絡各區海事分處。",
            ],
        },
        {
            "lines": ["船員培訓中心招收學員"],
            "section": ["航運快訊", None],
            "kicker": [None, "航運快訊"],
            "title": "船員培訓中心招收學員",
            "body": [
                "航海訓練學院下月開辦甲板及輪機實習課程，對象為中學畢業生，學員完成課程後可"
                "獲船公司安排上船實習。課程費用全免，學員每月另有津貼。",
            ],
        },
        {
            "lines": ["貨櫃車司機可網上預約入閘"],
            "section": ["航運快訊", None],
            "kicker": [None, "航運快訊"],
            "title": "貨櫃車司機可網上預約入閘",
            "body": [
                "碼頭營運商宣布，下月起貨櫃車司機可透過手機程式預約入閘時段，預計可縮短輪候時間約四成。",
            ],
        },
    ],
}

FANGCHAN = {
    "name": "zh_gb18030_lf_fangchan_loushi_page_yinti_title_dash_futi_byline_line_rare_char_name_caption_"
    "midsentence_xiazhuan_jump_xinpan_price_table_header_row_shuju_laiyuan_credit_zhiye_wenda_qa_"
    "running_head_midsentence_loushi_jianxun_items",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 26,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "江洲都市报 2026-11-21 A14 房产·楼市, GB18030 (𬭊 U+2CB4A in the reporter's name, not in "
    "GBK), LF; blank-line paragraphs with a two-space indent, wrapped at 26. A 楼市 story (引题, "
    "title, `——` 副题, byline line, caption + credit inside a sentence, `（下转A15版）` after a cut "
    "sentence); a 新盘 price table (label, title, header row and five rows, a `数据来源：` line (its last paragraph)); a "
    "置业问答 Q&A (three `问：`/`答：` pairs, the adviser line as byline, the running head inside an "
    "answer); 楼市简讯 column of three items.",
    "date": "2026-11-21",
    "page": "A14",
    "head": ["江洲都市报", "2026年11月21日　星期六　A14　房产·楼市"],
    "foot": ["编辑：甘露　　校对：邝海燕"],
    "furniture": [
        "江洲都市报",
        "2026年11月21日",
        "星期六",
        "A14",
        "房产·楼市",
        "2026.11.21　房产·楼市　A14",
        "（下转A15版）",
        "编辑：甘露",
        "校对：邝海燕",
    ],
    "run": ["2026.11.21　房产·楼市　A14"],
    "markup": ["——"],
    "labels": ["楼市简讯", "楼市简讯"],
    "articles": [
        {
            "lines": [
                "11月上半月新房成交环比上涨一成",
                "改善型楼盘成了“香饽饽”",
                "——三居室以上户型成交占比首次过半",
                "本报记者　韩𬭊",
            ],
            "kicker": "11月上半月新房成交环比上涨一成",
            "title": "改善型楼盘成了“香饽饽”",
            "subtitle": "三居室以上户型成交占比首次过半",
            "byline": ["本报记者　韩𬭊", "韩𬭊"],
            "captions": ["购房者在城东一处楼盘的售楼处了解户型。"],
            "credits": ["本报记者　韩𬭊　摄"],
            "body": [
                "记者从市房产交易中心获悉，11月1日至15日，全市新建商品住房网签成交2863套，"
                "环比上涨10.4%。其中，建筑面积120平方米以上的三居室、四居室共成交1471套，"
                "占比首次超过一半。",
                "周末走访城东几处新盘，记者看到售楼处里{cap}前来看房的多是带着孩子的年轻家庭。"
                "在一家楼盘的样板间里，购房者俞先生说，家里二孩刚上小学，老人也要来帮忙带，"
                "“两居室实在住不下，这次想一步到位”。他和妻子已经连续看了三个周末，"
                "最看重的是离学校近、小区里有老人活动的地方。",
                "城东一家楼盘的销售经理裘文斌告诉记者，本月以来，该楼盘139平方米的四居室已卖出"
                "六十多套，“来看房的客户问得最多的是学区和车位，价格反倒排在后面”。",
                "业内人士分析，今年以来公积金贷款额度提高、首付比例下调，降低了改善型购房的门槛。"
                "不过也有中介提醒，部分郊区楼盘配套尚不完善，购房者应",
                ("end", "（下转A15版）"),
            ],
        },
        {
            "lines": ["楼市数据", "本周部分新盘备案均价"],
            "section": ["楼市数据", None],
            "kicker": [None, "楼市数据"],
            "title": "本周部分新盘备案均价",
            "body": [
                ("row", "楼盘名称　　　　区域　　　均价（元/平方米）"),
                ("row", "澜湾府　　　　　城东　　　18650"),
                ("row", "书香苑三期　　　高新区　　15320"),
                ("row", "云栖里　　　　　滨湖　　　21480"),
                ("row", "锦绣江南　　　　城南　　　12970"),
                ("row", "青溪花园　　　　经开区　　11250"),
                "以上均价为备案均价，实际成交价格以买卖合同为准。",
                ("srow", "数据来源：江洲市房产交易中心"),
            ],
        },
        {
            "lines": ["置业问答", "公积金贷款额度怎么算？", "答疑：市住房公积金管理中心　柯晓岚"],
            "section": ["置业问答", None],
            "kicker": [None, "置业问答"],
            "title": "公积金贷款额度怎么算？",
            "byline": ["答疑：市住房公积金管理中心　柯晓岚", "柯晓岚"],
            "body": [
                "问：我和爱人都缴纳公积金，想买第二套房子，最多能贷多少？（读者　邹先生）",
                "答：按照现行政策，夫妻双方均正常缴存的，最高可贷80万元；购买第二套住房的，"
                "首付比例不低于30%。具体额度还要看缴存余额和{run}还款能力，以审批结果为准。",
                "问：二手房能不能用公积金贷款？（读者　温女士）",
                "答：可以。房龄加贷款年限一般不超过50年，办理前请先到中心网站查询房屋评估要求。",
                "问：提前还款要不要交违约金？（读者　阮先生）",
                "答：公积金贷款提前还款不收违约金，但每年提前还款次数不超过两次，请提前五个工作日在网上预约。",
            ],
        },
        {
            "lines": ["楼市简讯", "两处老旧小区加装电梯开工"],
            "section": ["楼市简讯", None],
            "kicker": [None, "楼市简讯"],
            "title": "两处老旧小区加装电梯开工",
            "body": [
                "本报讯　11月19日，城南街道桃园新村和纺机宿舍两处老旧小区的12部加装电梯同时开工，"
                "预计明年春节前投入使用。加装费用由政府补贴一半，其余由住户按楼层分摊。",
            ],
        },
        {
            "lines": ["人才公寓第三批配租启动"],
            "section": ["楼市简讯", None],
            "kicker": [None, "楼市简讯"],
            "title": "人才公寓第三批配租启动",
            "body": [
                "本报讯　高新区人才公寓第三批共320套房源即日起接受申请，"
                "符合条件的高校毕业生租金可享受五折优惠，租期最长三年。申请人可登录高新区政务网"
                "填报材料。",
            ],
        },
        {
            "lines": ["物业服务收费须公示"],
            "section": ["楼市简讯", None],
            "kicker": [None, "楼市简讯"],
            "title": "物业服务收费须公示",
            "body": [
                "本报讯　市住建局近日发文，要求全市住宅小区物业企业在小区出入口显著位置公示"
                "服务内容、收费标准和投诉电话，公示内容每半年更新一次。未按要求公示的，将被记入企业信用档案。",
            ],
        },
    ],
}

JIANKANG = {
    "name": "zh_utf16le_bom_crlf_jiankang_zhoukan_page_byline_line_tongxunyuan_xiaobiaoti_headings_"
    "running_head_midsentence_zhuanjia_menzhen_schedule_rows_yuyue_line_jiankang_tixing_numbered_box_"
    "laiyuan_source_line_jiankang_kuaixun_items",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 24,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "青禾日报 2026-11-24 第7版 健康周刊, UTF-16 LE with BOM, CRLF; indented paragraphs, no "
    "blank lines inside an article, wrapped at 24. A winter heart-attack story (title, byline line "
    "naming a 通讯员, three 小标题, the running head inside a sentence); a patient's story; a 专家门诊 schedule box "
    "(label, title, five weekday rows, a closing 预约 paragraph); a 健康提醒 box of three numbered "
    "points closed by `来源：市疾控中心`; 健康快讯 column of two items.",
    "date": "2026-11-24",
    "page": "7",
    "head": ["青禾日报", "2026年11月24日　星期二　第7版　健康周刊"],
    "foot": ["本版编辑：翟晓雯　　健康热线：12320"],
    "furniture": [
        "青禾日报",
        "2026年11月24日",
        "星期二",
        "第7版",
        "健康周刊",
        "青禾日报·健康周刊　第7版",
        "本版编辑：翟晓雯",
        "健康热线：12320",
    ],
    "run": ["青禾日报·健康周刊　第7版"],
    "markup": ["来源："],
    "labels": ["健康快讯"],
    "articles": [
        {
            "lines": ["天冷了，胸口闷痛别“硬扛”", "本报记者　景慧　通讯员　祁文涛"],
            "title": "天冷了，胸口闷痛别“硬扛”",
            "byline": ["本报记者　景慧　通讯员　祁文涛", "景慧"],
            "body": [
                "入冬以来，市第二人民医院胸痛中心接诊的急性心肌梗死患者明显增多，仅上周就"
                "收治了十九例，其中近一半是五十岁以下的中青年。",
                ("h", "发病前常有“信号”"),
                "心内科主任医师乔立新介绍，不少患者发病前几天就出现过胸闷、胸痛，有的表现为"
                "牙痛、左肩痛，很容易被当成小毛病。“有位四十多岁的患者胸口痛了两天，一直以为"
                "是胃不舒服，送来时{run}已经错过了最佳救治时间。”",
                ("h", "发作时要马上拨打120"),
                "乔立新提醒，胸痛持续超过十五分钟、休息后不能缓解的，应立即拨打120，不要自己"
                "开车或步行去医院。等待救护车时要保持安静，有条件的可在医生指导下服用阿司匹林。",
                ("h", "冬季保暖也是“护心”"),
                "专家建议，有高血压、糖尿病的市民冬季要按时服药，清晨起床不要太猛，出门前先在"
                "室内活动几分钟。晨练最好等太阳出来以后再去，运动量以微微出汗为宜。",
            ],
        },
        {
            "lines": ["装上支架第三天，他就下了床", "本报记者　景慧"],
            "title": "装上支架第三天，他就下了床",
            "byline": ["本报记者　景慧", "景慧"],
            "body": [
                "五十二岁的出租车司机黎国平至今记得那个凌晨：他刚交完班，胸口突然像压了一块石头，"
                "冷汗把衣服都湿透了。妻子当即拨打了120。",
                "从救护车接上他到血管开通，只用了七十八分钟。医生在他的冠状动脉里放了一枚支架，"
                "第三天他就能下床走动了。",
                "“以前总觉得自己身体好，烟一天抽一包。”黎国平说，出院后他把烟戒了，每天晚饭后"
                "和妻子在小区里走半个小时，“这回是真怕了”。他还把医生写的注意事项贴在了冰箱门上。",
            ],
        },
        {
            "lines": ["专家门诊", "市第二人民医院本周专家门诊"],
            "section": ["专家门诊", None],
            "kicker": [None, "专家门诊"],
            "title": "市第二人民医院本周专家门诊",
            "body": [
                ("row", "周一上午　心内科　　乔立新　主任医师"),
                ("row", "周二下午　内分泌科　阮秋萍　主任医师"),
                ("row", "周三上午　呼吸科　　鲁振华　副主任医师"),
                ("row", "周四全天　骨科　　　孟庆余　主任医师"),
                ("row", "周五上午　儿科　　　詹小宁　副主任医师"),
                "挂号请通过医院微信公众号或拨打114预约，就诊时请携带医保卡。",
            ],
        },
        {
            "lines": ["健康提醒", "寒潮来袭　谨防一氧化碳中毒"],
            "section": ["健康提醒", None],
            "kicker": [None, "健康提醒"],
            "title": "寒潮来袭　谨防一氧化碳中毒",
            "source": ["市疾控中心", None],
            "body": [
                "1.使用燃气热水器、煤炉取暖时，门窗要留缝通风，不要在密闭的浴室内洗澡过久。",
                "2.出现头痛、头晕、恶心等症状时，要立即打开门窗，把患者移到空气新鲜的地方。",
                "3.中毒较重、意识不清的，要马上拨打120，不要自行处理。",
                ("end", "来源：市疾控中心"),
            ],
        },
        {
            "lines": ["健康快讯", "全市启动老年人流感疫苗免费接种"],
            "section": ["健康快讯", None],
            "kicker": [None, "健康快讯"],
            "title": "全市启动老年人流感疫苗免费接种",
            "body": [
                "本报讯　即日起至明年1月31日，本市户籍65岁以上老人可到就近的社区卫生服务中心"
                "免费接种流感疫苗，接种时请携带身份证。行动不便的老人可由家属向社区预约上门接种。",
            ],
        },
        {
            "lines": ["市中医院开设“膏方门诊”"],
            "section": ["健康快讯", None],
            "kicker": [None, "健康快讯"],
            "title": "市中医院开设“膏方门诊”",
            "body": [
                "本报讯　市中医院膏方门诊将于12月1日开诊，由五名中医专家轮流坐诊，"
                "市民可通过医院网站预约。医院提醒，膏方须经医生辨证开具，不宜自行购买服用。",
            ],
        },
    ],
}

XIANLUO = {
    "name": "zht_cp950_crlf_thai_chinese_daily_bangkok_page_foli_buddhist_year_benbaoxun_thai_names_"
    "romanized_in_brackets_baht_prices_caption_midsentence_gefu_jianxun_place_leads_qiaoshe_story_"
    "running_head_midsentence_huijia_rate_box_rows_cp950_only_char",
    "encoding": "cp950",
    "not_in": ["big5"],
    "newline": "\r\n",
    "script": "zh",
    "width": 24,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "湄南新報 2026-11-25 第5版 泰國新聞, cp950 (`裏`, not in strict Big5), CRLF; blank-line "
    "paragraphs with a two-space indent, wrapped at 24; the masthead gives the Buddhist year 佛曆2569. "
    "A 【本報訊】 story on a Bangkok metro line (Thai names with romanized names in brackets, fares in "
    "銖, caption + `（本報攝）` inside a sentence); 各府簡訊 column of three items, each opened by a "
    "place lead (`清邁訊：`); a 僑社 story with a byline line and the running head inside a sentence; "
    "a 今日匯價 box (label, title, header row and five currency rows, a note, a `資料來源：` "
    "line, its last paragraph).",
    "date": "2026-11-25",
    "page": "5",
    "head": ["湄南新報　佛曆2569年（2026年）11月25日　星期三", "第5版　泰國新聞"],
    "foot": ["本版主編：許振聲　　廣告專線：02-2238866"],
    "furniture": [
        "湄南新報",
        "佛曆2569年（2026年）11月25日",
        "星期三",
        "第5版",
        "泰國新聞",
        "湄南新報　泰國新聞　5",
        "本版主編：許振聲",
        "廣告專線：02-2238866",
    ],
    "run": ["湄南新報　泰國新聞　5"],
    "labels": ["各府簡訊", "各府簡訊"],
    "articles": [
        {
            "lines": ["捷運紫線南延段明年十月通車", "全程票價十四至四十二銖"],
            "kicker": "捷運紫線南延段明年十月通車",
            "title": "全程票價十四至四十二銖",
            "captions": ["紫線南延段三育站月台工程已近完成。"],
            "credits": ["（本報攝）"],
            "body": [
                "【本報訊】交通部長頌猜．旺西里（Somchai Wongsiri）昨日視察捷運紫線南延段工地"
                "時表示，全長二十三公里的南延段已完成百分之八十七，預計明年十月通車，屆時由暖武里"
                "到拉嘉布拉納只需四十分鐘。",
                "南延段共設十七個車站，其中十一個位於地下。記者在三育站看到，{cap}月台屏蔽門已"
                "安裝完畢，工人正在站廳裏鋪設地磚。",
                "頌猜部長說，通車後票價為十四至四十二銖，並可與藍線、綠線轉乘。他同時要求承建商"
                "加快恢復沿線道路，減少對交通的影響。工程人員表示，餘下工程主要是軌道測試和信號系統"
                "安裝，明年六月起將進行試運行。",
                "住在暖武里的上班族阿蓬（Apinya Thongdee）說，她每天開車進城要兩個小時，"
                "「等紫線通到市中心，我就可以把車留在家裏了」。",
                "交通部估計，南延段通車後每日載客量可達十五萬人次，可紓緩三森路及拉嘉布拉納一帶"
                "長期塞車的問題。沿線多個新建公寓項目近月已紛紛以「步行五分鐘到站」作招徠。",
            ],
        },
        {
            "lines": ["各府簡訊", "清邁花卉節下月開幕"],
            "section": ["各府簡訊", None],
            "kicker": [None, "各府簡訊"],
            "title": "清邁花卉節下月開幕",
            "body": [
                "清邁訊：第四十九屆清邁花卉節將於十二月五日至七日舉行，府尹巴實．乍侖蓬"
                "（Prasit Charoenphon）表示，今年花車巡遊將首次在夜間舉行，"
                "沿途將有三十多輛以鮮花裝飾的花車參加。",
            ],
        },
        {
            "lines": ["合艾榴槤季延長"],
            "section": ["各府簡訊", None],
            "kicker": [None, "各府簡訊"],
            "title": "合艾榴槤季延長",
            "body": [
                "宋卡訊：今年雨水充足，合艾一帶榴槤收成期延長至十二月中旬，金枕頭產地價每公斤"
                "約一百二十銖，比上月回落兩成。不少馬來西亞遊客專程越境前來品嚐。",
            ],
        },
        {
            "lines": ["湄公河畔蠟燭節吸引遊客"],
            "section": ["各府簡訊", None],
            "kicker": [None, "各府簡訊"],
            "title": "湄公河畔蠟燭節吸引遊客",
            "body": [
                "烏汶訊：烏汶府本月舉辦的河畔蠟燭節三天吸引遊客逾八萬人次，府內旅館入住率接近九成，"
                "夜市攤販生意比平日好了一倍。府尹表示，明年將把活動延長至五天。",
            ],
        },
        {
            "lines": ["潮州同鄉會捐贈救護車", "記者　林美珠"],
            "title": "潮州同鄉會捐贈救護車",
            "byline": ["記者　林美珠", "林美珠"],
            "body": [
                "北欖府潮州同鄉會昨日向北欖醫院捐贈兩輛救護車，價值共三百六十萬銖。同鄉會"
                "理事長陳德華（Dechawat Saetan）表示，款項全部來自會員捐獻。",
                "醫院院長素帕蓬醫生（Dr. Supaporn Kaewmanee）致謝時說，醫院{run}原有的三輛救護車已"
                "使用超過十年，新車將主要用於偏遠村落的病人轉送。",
                "同鄉會近年每年都向府內學校和醫院捐款，今年還設立了五十個獎學金名額，"
                "資助家境清寒的中小學生，每名每年五千銖。",
                "捐贈儀式後，同鄉會青年組還在醫院門口舉辦義剪和量血壓活動，吸引不少附近居民參加。"
                "陳德華說，同鄉會成立八十多年，取之社會，用之社會，是前輩留下的傳統。",
            ],
        },
        {
            "lines": ["今日匯價", "泰銖兌換參考價"],
            "section": ["今日匯價", None],
            "kicker": [None, "今日匯價"],
            "title": "泰銖兌換參考價",
            "body": [
                ("row", "幣別　　　買入　　賣出"),
                ("row", "美元　　　35.12　　35.48"),
                ("row", "人民幣　　4.86　　4.98"),
                ("row", "新加坡元　26.30　　26.75"),
                ("row", "馬來西亞幣　7.82　　8.06"),
                ("row", "日圓（100）　22.95　　23.60"),
                "以上匯價僅供參考，實際以銀行櫃檯公布為準。",
                ("srow", "資料來源：暹京商業銀行"),
            ],
        },
    ],
}

LUBAO = {
    "name": "zh_utf16be_bom_lf_1962_tielu_lubao_railway_paper_slogan_furniture_yinti_tongxunyuan_byline_"
    "xiaobiaoti_running_head_midsentence_xiaopinglun_pen_name_signature_benbaoxun_lead_tonggao_train_rows",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 26,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "岭路工人 1962-03-14 第二版, the paper of an invented railway sub-bureau, UTF-16 BE with "
    "BOM, LF; indented paragraphs, no blank lines inside an article, wrapped at 26. A slogan line "
    "under the masthead (furniture); a 通讯 on a locomotive crew (引题, title, `通讯员　X` byline line, "
    "Chinese-numeral dates, two 小标题, the running head inside a sentence); a 小评论 signed with a "
    "pen name `路　石` at its end; a 本报讯 item whose lead names the 通讯员; a 工人来信 letter signed by "
    "a passenger at its end; a timetable 通告 (title, four train rows between two paragraphs, signed "
    "by the sub-bureau, date line).",
    "date": "1962-03-14",
    "page": "2",
    "head": ["岭路工人　　第二版", "一九六二年三月十四日　星期三", "鼓足干劲　安全正点　多拉快跑"],
    "foot": ["江岭铁路分局政治处编印　　内部发行"],
    "furniture": [
        "岭路工人",
        "第二版",
        "一九六二年三月十四日",
        "星期三",
        "鼓足干劲　安全正点　多拉快跑",
        "岭路工人　一九六二年三月十四日",
        "江岭铁路分局政治处编印",
        "内部发行",
    ],
    "run": ["岭路工人　一九六二年三月十四日"],
    "articles": [
        {
            "lines": ["安全行车一千天", "沙溪机务段三组包乘机车创新纪录", "通讯员　骆长庚"],
            "kicker": "安全行车一千天",
            "title": "沙溪机务段三组包乘机车创新纪录",
            "byline": ["通讯员　骆长庚", "骆长庚"],
            "body": [
                "三月九日，沙溪机务段“前进”型一一〇七号机车三个包乘组，实现了安全行车一千天，"
                "比原订计划提前了四十多天，"
                "走行四十二万多公里，没有发生一件行车事故，成为全分局的一面红旗。",
                ("h", "把机车当成自己的家"),
                "司机长邬德顺常说：“机车就是咱们的家，家里的东西要心中有数。”每次出乘前，"
                "他都要带着副司机、司炉把机车从头到尾检查一遍，哪一颗螺丝松了，哪一处{run}"
                "漏了气，都逃不过他们的眼睛。",
                ("h", "老师傅带出新司炉"),
                "去年新分来的三名青年司炉，跟着老师傅学了半年，现在都能独立烧火。"
                "青年司炉庞小根说：“师傅教我们的不光是技术，还有对人民负责的精神。”",
                "在庆祝大会上，分局领导给三个包乘组颁发了奖旗。邬德顺代表包乘组表示，"
                "要争取在今年年底前实现安全行车一千三百天，为支援农业多拉快跑。",
                "会后，机务段党总支号召全段职工开展“学一一〇七、赶一一〇七”的竞赛。"
                "目前已有九个包乘组订出了安全行车的保证计划，并互相挑战应战。",
            ],
        },
        {
            "lines": ["小评论", "红旗要越扛越红"],
            "section": ["小评论", None],
            "kicker": [None, "小评论"],
            "title": "红旗要越扛越红",
            "byline": ["路　石", None],
            "body": [
                "一千天无事故，不是一天两天的功夫，是一千个日日夜夜认真负责干出来的。"
                "成绩面前，最要紧的是不骄不躁，把一千天当成新的起点。",
                "安全工作没有止境。一颗螺丝没拧紧，一个信号没看清，都可能前功尽弃。"
                "越是出了成绩，越要把规章制度执行得一丝不苟。",
                "春运刚过，客货运输任务仍然很重。希望全分局的职工都向一一〇七号机车学习，"
                "人人把好安全关，让红旗越扛越红。",
                ("end", "路　石"),
            ],
        },
        {
            "lines": ["杨柳站职工义务修好站台雨棚"],
            "title": "杨柳站职工义务修好站台雨棚",
            "byline": [None, "柯德明"],
            "body": [
                "本报讯　杨柳站通讯员柯德明报道：上月一场大风把杨柳站站台雨棚刮坏了一段。"
                "站上十一名职工利用休班时间，自己动手找料、上房，只用四天就把雨棚修好了，"
                "为国家节约修理费二百多元。旅客们看了都说：“这个站的同志真是把车站当成了自己的家。”站党支部已对参加"
                "修理的职工提出表扬。",
            ],
        },
        {
            "lines": ["工人来信", "建议候车室多放几条长凳"],
            "section": ["工人来信", None],
            "kicker": [None, "工人来信"],
            "title": "建议候车室多放几条长凳",
            "byline": ["岭城站旅客　顾大年", "顾大年"],
            "body": [
                "编辑同志：我经常在岭城站坐车去沙溪。候车室只有六条长凳，赶上早车人多，"
                "不少老人和带孩子的妇女只好站着等一个多钟头。",
                "站上的同志服务态度是好的，就是这个小问题一直没有解决。建议车站想想办法，"
                "多放几条长凳，方便旅客。冬天候车室的炉子也希望能早点生起来。",
                ("end", "岭城站旅客　顾大年"),
            ],
        },
        {
            "lines": ["关于调整部分旅客列车运行时刻的通告"],
            "title": "关于调整部分旅客列车运行时刻的通告",
            "byline": ["江岭铁路分局", None],
            "credits": ["一九六二年三月十日"],
            "body": [
                "自三月二十日起，下列旅客列车运行时刻调整如下，请旅客和各站互相转告：",
                ("row", "第三十一次　岭城开　七时十五分　沙溪到　十时四十分"),
                ("row", "第三十二次　沙溪开　十三时整　　岭城到　十六时二十分"),
                ("row", "第二一五次　岭城开　十八时三十分　杨柳到　二十时零五分"),
                ("row", "第二一六次　杨柳开　六时十分　　岭城到　七时四十五分"),
                "特此通告。",
                ("end", "江岭铁路分局"),
                ("end", "一九六二年三月十日"),
            ],
        },
    ],
}

FOROYSKT = {
    "name": "fo_latin1_lf_faroese_bygdarblad_weekly_caps_kicker_title_lead_subtitle_tekstur_byline_line_"
    "hyphenation_caption_mynd_midsentence_framhald_jump_running_head_midsentence_itrottur_results_rows_"
    "stutt_items_eth_o_slash",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "Norðvíkarblaðið 2026-11-26 síða 4, a Faroese village weekly, ISO-8859-1 (ð ø á í ó ú ý æ), "
    "LF; blank-line paragraphs, wrapped at 46 with hyphenation. The school story (capital kicker "
    "SKÚLI, title, lead as subtitle, `Tekstur: X` byline line, caption + `Mynd: X` inside a sentence, "
    "`Framhald á síðu 6` after a cut sentence); a bus story with the running head inside a sentence; "
    "ÍTRÓTTUR: a football report with three result rows; STUTT column of two items.",
    "date": "2026-11-26",
    "page": "4",
    "head": ["NORÐVÍKARBLAÐIÐ                    Hósdagur 26. november 2026", "Síða 4"],
    "foot": ["Norðvíkarblaðið kemur út hvønn hósdag. Lýsingar: tel. 45 12 30"],
    "furniture": [
        "NORÐVÍKARBLAÐIÐ",
        "Hósdagur 26. november 2026",
        "Síða 4",
        "Norðvíkarblaðið - 26. november 2026 - 4",
        "Framhald á síðu 6",
        "Norðvíkarblaðið kemur út hvønn hósdag.",
        "Lýsingar: tel. 45 12 30",
    ],
    "run": ["Norðvíkarblaðið - 26. november 2026 - 4"],
    "labels": ["STUTT"],
    "articles": [
        {
            "lines": [
                "SKÚLI",
                "Nýggi skúlin í Norðvík tikin í nýtslu",
                "Fleiri enn 200 fólk vóru til staðar, tá ið",
                "nýggi skúlin í Norðvík varð vígdur leygardagin.",
                "Tekstur: Rannvá Dalsgaard",
            ],
            "kicker": "SKÚLI",
            "title": "Nýggi skúlin í Norðvík tikin í nýtslu",
            "subtitle": "Fleiri enn 200 fólk vóru til staðar, tá ið nýggi skúlin í Norðvík varð vígdur leygardagin.",
            "byline": ["Tekstur: Rannvá Dalsgaard", "Rannvá Dalsgaard"],
            "captions": ["Næmingarnir í 3. flokki sungu, tá ið skúlin varð vígdur."],
            "credits": ["Mynd: Jóannes Hammershaimb"],
            "body": [
                "Nýggi skúlin hevur kostað umleið 48 mió. krónur, og har eru pláss fyri 180 "
                "næmingum frá 1. til 9. flokk. Gamli skúlin frá 1962 var ov lítil, og í fleiri "
                "ár hava tveir flokkar gingið í skúla í fyri~bils~hølum í bygdar~húsinum.",
                "Borgarstjórin, Sámal við Á, takkaði øllum, ið høvdu arbeitt við verk~ætlanini. "
                "Hetta er ein stórur dagur fyri bygdina, og ein skúli er {cap}hjartað í eini "
                "bygd, segði hann.",
                "Næmingarnir høvdu sjálvir gjørt eina fram~sýning um søguna hjá skúlanum, og eldri "
                "bygdarfólk, sum sjálvi høvdu gingið í gamla skúlanum, fortaldu um, hvussu tað var "
                "at ganga í skúla fyri 60 árum síðan.",
                "Skúla~stjórin, Turið Lamhauge, sigur, at nýggju hølini geva nýggja møguleikar. "
                "Nú hava vit eitt rættiligt handa~verks~høli og eitt skúla~bókasavn, sum eisini "
                "verður opið fyri bygdar~fólkinum tvey kvøld um vikuna. Kommunan hevur",
                ("end", "Framhald á síðu 6"),
            ],
        },
        {
            "lines": ["Nýggj bussrúta til Havnar frá januar"],
            "title": "Nýggj bussrúta til Havnar frá januar",
            "body": [
                "Frá 6. januar koyrir bussurin fýra ferðir um dagin millum Norðvík og "
                "Tórshavn. Higartil hava ferðandi mátt skift bussi á Kambsdali, men nú verður "
                "rútan beinleiðis.",
                "Kommunu~stýris~limurin Hanus Joensen sigur, at serliga lesandi og fólk, "
                "ið arbeiða í Havn, hava ynskt sær {run}betri ferðasamband í mong ár.",
                "Ferðaseðlarnir kosta tað sama sum áður, og børn undir 12 ár ferðast ókeypis. Nýggja "
                "ferða~ætlanin verður løgd út á heima~síðuna hjá kom~mun~uni í næstu viku.",
            ],
        },
        {
            "lines": ["ÍTRÓTTUR", "NVÍK vann seinasta dystin"],
            "section": ["ÍTRÓTTUR", None],
            "kicker": [None, "ÍTRÓTTUR"],
            "title": "NVÍK vann seinasta dystin",
            "body": [
                "NVÍK endaði kappingina við einum 2-1 sigri á heimavølli móti Sandvíkar ÍF. "
                "Bæði málini hjá heimaliðnum skoraði Rói Thomsen í seinna hálvleiki. Við sigrinum "
                "endar NVÍK sum nummar fýra í 2. deild, tað besta í nógv ár.",
                ("row", "NVÍK - Sandvíkar ÍF 2-1"),
                ("row", "Gøtu Bóltfelag - FF Oyrar 0-0"),
                ("row", "Skála ÍF - Víkingur II 3-2"),
            ],
        },
        {
            "lines": ["STUTT", "Jólaljósini tendrað fyrsta sunnudag í advent"],
            "section": ["STUTT", None],
            "kicker": [None, "STUTT"],
            "title": "Jólaljósini tendrað fyrsta sunnudag í advent",
            "body": [
                "Jólaljósini á torginum verða tendrað sunnudagin 29. november kl. 16. Skúlakórið "
                "syngur, og jólamaðurin kemur við góðgæti til børnini.",
            ],
        },
        {
            "lines": ["Bókasavnið stongt í viku 49"],
            "section": ["STUTT", None],
            "kicker": [None, "STUTT"],
            "title": "Bókasavnið stongt í viku 49",
            "body": [
                "Bygdarbókasavnið flytur inn í nýggja skúlan og er tí stongt alla viku 49. "
                "Lánarar kunnu lata bøkur inn í brævkassan við dyrnar. Nýggja bókasavnið letur upp "
                "mánadagin 7. desember klokkan 14.",
            ],
        },
    ],
}

LETZEBUERG = {
    "name": "lb_cp1252_crlf_luxembourgish_regional_weekly_caps_kicker_title_chapeau_vum_byline_line_"
    "low_high_quotes_hyphenation_caption_foto_midsentence_running_head_midsentence_sport_story_"
    "kuerz_noriichten_items_e_diaeresis",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 48,
    "indent": "",
    "blank": True,
    "note": "Éislécker Wochebuet Nr. 47, 2026-11-27, Säit 7, a Luxembourgish regional weekly, "
    "Windows-1252 (ë é ä, „ “ and ’), CRLF; blank-line paragraphs, wrapped at 48 with hyphenation "
    "(no word with a real hyphen split). The council story (capital kicker GEMENGEROT, title, "
    "chapeau as subtitle, `Vum X` byline line, caption + `Foto: X` inside a sentence, the running "
    "head inside a sentence); a club story with a quote; KUERZ NORIICHTEN column of three items.",
    "date": "2026-11-27",
    "page": "7",
    "head": ["Éislécker Wochebuet", "Nr. 47 · Freideg, 27. November 2026 · Säit 7 · Regioun"],
    "foot": ["Redaktioun: Grand-Rue 14, L-9710 Klierf · redaktioun@wochebuet.example.lu"],
    "furniture": [
        "Éislécker Wochebuet",
        "Nr. 47",
        "Freideg, 27. November 2026",
        "Säit 7",
        "Regioun",
        "7 · Éislécker Wochebuet · 27.11.2026",
        "Redaktioun: Grand-Rue 14, L-9710 Klierf",
        "redaktioun@wochebuet.example.lu",
    ],
    "run": ["7 · Éislécker Wochebuet · 27.11.2026"],
    "markup": ["·", "·", "·", "·"],
    "labels": ["KUERZ NORIICHTEN", "KUERZ NORIICHTEN"],
    "articles": [
        {
            "lines": [
                "GEMENGEROT",
                "Nei Maison relais fir 120 Kanner",
                "Den Hessebuerger Gemengerot huet e Méindeg",
                "eestëmmeg de Projet fir eng nei Kannerbetreiung",
                "guttgeheescht. D’Aarbechte sollen am Fréijoer ufänken.",
                "Vum Marc Schroeder",
            ],
            "kicker": "GEMENGEROT",
            "title": "Nei Maison relais fir 120 Kanner",
            "subtitle": "Den Hessebuerger Gemengerot huet e Méindeg eestëmmeg de Projet fir eng nei "
            "Kannerbetreiung guttgeheescht. D’Aarbechte sollen am Fréijoer ufänken.",
            "byline": ["Vum Marc Schroeder", "Marc Schroeder"],
            "captions": ["Um Terrain hannert der Schoul soll déi nei Maison relais entstoen."],
            "credits": ["Foto: Lex Kieffer"],
            "body": [
                "Déi al Maison relais an der Schoulstrooss ass scho laang ze kleng. Aktuell "
                "ginn do all Dag bal 90 Kanner betreit, op der Waardelëscht stinn der nach eng "
                "30. „Mir kënnen d’Elteren net méi vertréischten“, sot d’Buerger~meeschtesch "
                "Josée Thill-Reding virum Gemenge~rot.",
                "Dat neit Gebai gëtt op dem {cap}Terrain hannert der Grondschoul gebaut a kascht "
                "ronn 7,8 Milliou~nen Euro. Den Educatiouns~ministère iwwerhëlt e gudden Drëttel "
                "vun de Käschten.",
                "D’Oppositioun huet de Projet ënner~stëtzt, awer gefrot, datt de Schoulbus besser op "
                "d’Ëffnungszäite vun der Maison relais ofgestëmmt gëtt. D’Buerger~meeschtesch huet "
                "verspr~ach, d’Fro mat dem Bus~bedreiwer ze klären.",
                "Den Architekt Paul Wagener huet de Gemenge~réit d’Pläng virgestallt: zwee "
                "Stäck, eng grouss Kantin an e Gaart mat Spill~plaz. D’Gebai soll esou gebaut "
                "ginn, datt et méi spéit ouni vill Opwand {run}ëm eng Klass erweidert ka ginn.",
            ],
        },
        {
            "lines": ["Fanfare feiert hire 150. Gebuertsdag"],
            "title": "Fanfare feiert hire 150. Gebuertsdag",
            "body": [
                "Mat engem Galakon~zert am Centre culturel huet d’Fanfare Hessebuerg e Samschdeg "
                "hir 150 Joer gefeiert. Iwwer 300 Leit waren derbäi, wéi déi 46 Musikan~ten "
                "ënner der Leedung vum Dirigent Tom Hoffmann opgespillt hunn.",
                "„Ouni déi vill Fräi~wëlleg géif et eis haut net méi ginn“, sot de President "
                "Romain Feller. Fir d’Joer 2027 plangt d’Fanfare eng Rees an d’Partner~gemeng "
                "am Elsass. Nei Memberen, jonk wéi al, sinn ëmmer wëllkomm: d’Prouwe sinn all "
                "Donneschdeg um 20 Auer am Musekssall.",
            ],
        },
        {
            "lines": ["KUERZ NORIICHTEN", "Chrëschtmaart op der Plaz"],
            "section": ["KUERZ NORIICHTEN", None],
            "kicker": [None, "KUERZ NORIICHTEN"],
            "title": "Chrëschtmaart op der Plaz",
            "body": [
                "De Chrëschtmaart ass dëst Joer vum 4. bis de 6. Dezember op der Plaz virun der "
                "Kierch. Et gi kleng Chalets mat Handwierk, Glühwäin a Gromperekichelcher. De "
                "Gewënn geet un d’Kriibsliga.",
            ],
        },
        {
            "lines": ["Strooss fir d’Aarbechte gespaart"],
            "section": ["KUERZ NORIICHTEN", None],
            "kicker": [None, "KUERZ NORIICHTEN"],
            "title": "Strooss fir d’Aarbechte gespaart",
            "body": [
                "D’Strooss tëscht Hessebuerg an Uewerbrouch bleift wéinst Kanal~aarbechten bis "
                "Mëtt Dezember gespaart. Eng Deviatioun ass ausgeschellert.",
            ],
        },
        {
            "lines": ["Bluttspenden am Veräinsbau"],
            "section": ["KUERZ NORIICHTEN", None],
            "kicker": [None, "KUERZ NORIICHTEN"],
            "title": "Bluttspenden am Veräinsbau",
            "body": [
                "De Roude Kräiz organiséiert en Dënschdeg, den 1. Dezember, vu 16 bis "
                "19.30 Auer eng Bluttspend am Veräinsbau.",
            ],
        },
    ],
}

AZERBAYCAN = {
    "name": "az_utf8_lf_azerbaijani_rayon_newspaper_schwa_dotless_i_caps_kicker_title_lead_subtitle_"
    "byline_line_city_dateline_lead_hyphenation_caption_foto_midsentence_ardi_jump_running_head_"
    "midsentence_qisa_xeberler_items",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 46,
    "indent": "",
    "blank": True,
    "note": "Kürboyu Həftəlik 2026-11-26 səhifə 2, an Azerbaijani district weekly, UTF-8 (no BOM; ə ı ğ ş "
    "ç ö ü, NFC), LF; blank-line paragraphs, wrapped at 46 with hyphenation. The harvest story "
    "(capital kicker, title, lead as subtitle, byline line, caption + `Foto: X` inside a sentence, "
    "`Ardı 3-cü səhifədə` after a cut sentence); a bridge story opened by a place dateline with "
    "the running head inside a sentence; a school olympiad story; QISA XƏBƏRLƏR column of two items.",
    "date": "2026-11-26",
    "page": "2",
    "head": ["KÜRBOYU HƏFTƏLİK", "26 noyabr 2026-cı il, cümə axşamı · № 47 (1893) · səhifə 2"],
    "foot": ["Baş redaktor: Elçin Qasımlı · Tel.: (022) 245-18-30"],
    "furniture": [
        "KÜRBOYU HƏFTƏLİK",
        "26 noyabr 2026-cı il, cümə axşamı",
        "№ 47 (1893)",
        "səhifə 2",
        "Kürboyu Həftəlik · 2 · 26.11.2026",
        "Ardı 3-cü səhifədə",
        "Baş redaktor: Elçin Qasımlı",
        "Tel.: (022) 245-18-30",
    ],
    "run": ["Kürboyu Həftəlik · 2 · 26.11.2026"],
    "markup": ["·", "·", "·"],
    "labels": ["QISA XƏBƏRLƏR"],
    "articles": [
        {
            "lines": [
                "KƏND TƏSƏRRÜFATI",
                "Pambıq tədarükü planı artıqlaması ilə yerinə yetirilib",
                "Rayonda bu il 14 min tondan çox pambıq tədarük",
                "olunub, bu, ötən ilin göstəricisindən 12 faiz çoxdur.",
                "Aynur Məmmədzadə",
            ],
            "kicker": "KƏND TƏSƏRRÜFATI",
            "title": "Pambıq tədarükü planı artıqlaması ilə yerinə yetirilib",
            "subtitle": "Rayonda bu il 14 min tondan çox pambıq tədarük olunub, bu, ötən ilin "
            "göstəricisindən 12 faiz çoxdur.",
            "byline": "Aynur Məmmədzadə",
            "captions": ["Qarabucaq kəndində pambıq yığımı başa çatmaq üzrədir."],
            "credits": ["Foto: Rəşad Hüseynli"],
            "body": [
                "Rayon İcra Hakimiy~yə~tin~dən verilən məlumata görə, bu il pambıq 6 min 200 hektar "
                "sahədə əkilib. Orta məhsul~dar~lıq hər hektardan 23 sentner təşkil edib. "
                "Fermerlərin əksə~riy~yəti yığımda yeni kom~bayn~lar~dan istifadə edib.",
                "Qarabucaq kəndindəki fermer Tofiq Abbasov deyir ki, bu il suvarma suyu ilə "
                "problem olmayıb. {cap}Onun sözlərinə görə, dövlətin verdiyi sub~si~di~ya~lar və "
                "güzəştli gübrə fermerlərin işini xeyli asan~laş~dı~rıb.",
                "Tədarük mən~tə~qə~lə~rin~də pambığın qəbulu dekabrın ortalarına qədər davam edəcək. "
                "Rayon kənd təsərrüfatı idarəsinin rəisi bildirib ki, gələn il əkin sahələrinin "
                "ge~niş~lən~di~ril~mə~si üçün artıq",
                ("end", "Ardı 3-cü səhifədə"),
            ],
        },
        {
            "lines": ["Qarasu çayı üzərində yeni körpü istifadəyə verildi"],
            "title": "Qarasu çayı üzərində yeni körpü istifadəyə verildi",
            "body": [
                "Yenikənd, 24 noyabr. Qarasu çayı üzərində tikilən 86 metrlik körpü bu gün "
                "istifa~də~yə verilib. Körpü Yenikənd və Xanabad kəndlərini rayon mərkəzi ilə "
                "bir~ləş~di~rir.",
                "Əvvəllər kənd sakinləri rayon mərkəzinə çatmaq üçün 20 kilometr~dən artıq yol "
                "qət etməli olurdular. İndi bu məsafə {run}yeddi kilometrə qədər qısalıb. Körpünün "
                "tikintisinə 3,4 milyon manat vəsait sərf olunub.",
            ],
        },
        {
            "lines": ["Məktəblilərimiz olimpiadada uğur qazandı"],
            "title": "Məktəblilərimiz olimpiadada uğur qazandı",
            "body": [
                "Respublika fənn olim~pia~da~sı~nın zona mər~hə~lə~sin~də rayo~numuzun şagirdləri iki qızıl "
                "və üç gümüş medal qazanıblar. 2 nömrəli tam orta məktəbin 10-cu sinif şagirdi "
                "Nərgiz Əhmədli riyaziyyat üzrə birinci yerə layiq görülüb. Qaliblər fevral "
                "ayında Bakıda ke~çi~ri~lə~cək respublika mər~hə~lə~sin~də iştirak edəcəklər.",
            ],
        },
        {
            "lines": ["QISA XƏBƏRLƏR", "Kitabxanada yeni oxu zalı açıldı"],
            "section": ["QISA XƏBƏRLƏR", None],
            "kicker": [None, "QISA XƏBƏRLƏR"],
            "title": "Kitabxanada yeni oxu zalı açıldı",
            "body": [
                "Mərkəzi kitabxanada təmirdən sonra 40 yerlik yeni oxu zalı oxucuların "
                "ixti~ya~rına verilib. Zal həftə içi saat 9-dan 18-dək açıqdır.",
            ],
        },
        {
            "lines": ["Qış mövsümünə hazırlıq"],
            "section": ["QISA XƏBƏRLƏR", None],
            "kicker": [None, "QISA XƏBƏRLƏR"],
            "title": "Qış mövsümünə hazırlıq",
            "body": [
                "Rayon Qaz İstismar Sahəsinin əmək~daş~la~rı kəndlərdə qaz xətlərini yoxlayır. "
                "Sakinlərdən say~ğac~la~rın yanına maneəsiz keçid təmin etmələri xahiş olunur. "
                "Yoxlamalar dekabrın sonunadək davam edəcək.",
            ],
        },
    ],
}

CLARION = {
    "name": "en_jm_utf8bom_crlf_1957_jamaican_parish_weekly_caps_heads_decks_from_our_correspondent_credit_"
    "parish_council_hyphenation_cricket_scores_rows_produce_prices_rows_pounds_shillings_"
    "advertisement_midsentence_personal_items",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 46,
    "indent": "    ",
    "blank": False,
    "note": "The Southern Clarion 1957-08-10 page 3, an invented Jamaican parish weekly, UTF-8 with BOM "
    "(`£` and `½`), CRLF; four-space paragraph indents, no blank lines inside a story, wrapped at 46 "
    "with hyphenation. A parish council report (capital head, mixed-case deck as subtitle, "
    "`(From Our Correspondent.)` credit, a three-line advertisement inside a sentence); a cricket "
    "match with three score rows; PRODUCE PRICES (a title over four price rows); PERSONAL "
    "(a title over four separate paragraphs).",
    "date": "1957-08-10",
    "page": "3",
    "head": ["THE SOUTHERN CLARION, SATURDAY, AUGUST 10, 1957.          PAGE THREE"],
    "foot": [],
    "furniture": [
        "THE SOUTHERN CLARION, SATURDAY, AUGUST 10, 1957.",
        "PAGE THREE",
        "FOR FRESH BREAD AND PASTRIES",
        "TRY CHIN'S BAKERY, HIGH STREET.",
        "Orders Delivered Daily.",
    ],
    "ad": ["FOR FRESH BREAD AND PASTRIES", "TRY CHIN'S BAKERY, HIGH STREET.", "Orders Delivered Daily."],
    "articles": [
        {
            "lines": [
                "PARISH COUNCIL AND",
                "THE MARKET ROOF",
                "",
                "Repairs to Cost £640; Work to Begin",
                "Before the Rains",
                "",
                "(From Our Correspondent.)",
            ],
            "title": "PARISH COUNCIL AND THE MARKET ROOF",
            "subtitle": "Repairs to Cost £640; Work to Begin Before the Rains",
            "credits": ["(From Our Correspondent.)"],
            "body": [
                "MAGGOTTY HILL, Aug. 7. The monthly meeting of the Parish Council was held "
                "on Tuesday at the Court House, the Custos, the Hon. R. A. Fairclough, "
                "pre~siding. There was a full at~ten~dance of members.",
                "The Super~intendent of Works reported that the roof of the public market had "
                "been badly dam~aged in the heavy rains of June, and that the vendors had "
                "com~plained that their goods were spoiled whenever it {ad}rained. He esti~mated "
                "the cost of repairs at £640.",
                "Councillor D. McIntosh said the matter was urgent, as the market was the "
                "chief source of rev~enue of the parish. The estimate was approved, and the "
                "Super~intendent was in~structed to begin the work before the October rains.",
                "A letter was read from the Maggotty Hill Citizens' Asso~cia~tion asking that "
                "the road from the square to the railway station be tarred, as it became "
                "im~pass~able in wet weather. The matter was referred to the Roads Com~mit~tee, "
                "and the Council ad~journed at 4.30 p.m.",
            ],
        },
        {
            "lines": ["CRICKET", "", "Maggotty Hill Beat Lacovia by 34 Runs"],
            "section": [None, "CRICKET"],
            "kicker": ["CRICKET", None],
            "title": "Maggotty Hill Beat Lacovia by 34 Runs",
            "body": [
                "Maggotty Hill de~feated Lacovia by 34 runs in the Sunday League match played "
                "at Man~de~ville Road Park. Batting first, the home team made 142, of which "
                "E. Ramdial scored a fine 51. Lacovia were all out for 108 shortly before "
                "stumps, C. Bartley taking five wickets for 23 runs. The return match will be "
                "played at Lacovia on the 25th instant.",
                ("row", "Maggotty Hill 142 (E. Ramdial 51, V. Gayle 28)"),
                ("row", "Lacovia 108 (L. Morrison 37; C. Bartley 5 for 23)"),
                ("row", "Maggotty Hill won by 34 runs."),
            ],
        },
        {
            "lines": ["PRODUCE PRICES"],
            "title": "PRODUCE PRICES",
            "body": [
                "The following were the prices ruling at the Maggotty Hill market on Friday:",
                ("row", "Yams, per lb. .......... 3½d."),
                ("row", "Breadfruit, each ....... 4d. to 6d."),
                ("row", "Pimento, per lb. ....... 1s. 9d."),
                ("row", "Ginger, per lb. ........ 2s. 3d."),
            ],
        },
        {
            "lines": ["PERSONAL"],
            "title": "PERSONAL",
            "body": [
                "Miss Hyacinth Pottinger, teacher at the Maggotty Hill Gov~ern~ment School, has "
                "left for England, where she will take a course in do~mes~tic science.",
                "Mr. and Mrs. Alphonso Wint, of Spur Tree, are receiving con~grat~u~la~tions on the birth of a son.",
                "The Rev. G. O. Barrett will preach at the an~ni~ver~sary service of the Baptist Church on Sunday next.",
                "Mr. Cecil Harty, Head~mas~ter of the Santa Cruz Gov~ern~ment School, spent the "
                "week-end with rel~a~tives in the district.",
            ],
        },
    ],
}

PAGES = [YINFA, HANGYUN, FANGCHAN, JIANKANG, XIANLUO, LUBAO, FOROYSKT, LETZEBUERG, AZERBAYCAN, CLARION]
