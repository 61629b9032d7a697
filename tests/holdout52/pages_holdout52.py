"""The text of every holdout52 page, written once: make_holdout52_pages.py prints it and writes the gold.

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
schools, clubs, associations and events are invented.
"""

WUYE = {
    "name": "zh_gbk_crlf_wuye_jiayuan_page_kicker_title_byline_caption_she_midsentence_running_head_wuyefei_"
    "shouzhi_gongshi_table_yuan_to_fen_heji_row_issuer_date_rows_yezhu_biaojue_households_and_area_share_rows",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "渭川晚报 2027-04-17 第12版 物业·家园, GBK, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. An old-estate story (kicker, title, byline line `本报记者　秦　岚`, caption + `（秦　岚　摄）` "
    "inside a sentence, the running head inside a sentence); a quarterly service-fee accounts notice (header "
    "row, income and spending rows in 元 to the fen, a `合计` row, the issuers' and date rows under it); under "
    "the label 业主表决 a vote result with rows giving households and share of floor area; a 物业小贴士 item.",
    "date": "2027-04-17",
    "page": "12",
    "head": ["渭川晚报　2027年4月17日　星期六", "第12版　物业·家园　　　责任编辑：党　妍　　美编：师小川"],
    "foot": ["物业服务投诉热线：0913-2281345　　本版校对：雷　鸣"],
    "furniture": [
        "渭川晚报",
        "2027年4月17日",
        "星期六",
        "第12版",
        "物业·家园",
        "责任编辑：党　妍",
        "美编：师小川",
        "渭川晚报·物业家园",
        "物业服务投诉热线：0913-2281345",
        "本版校对：雷　鸣",
    ],
    "run": ["渭川晚报·物业家园"],
    "labels": [],
    "articles": [
        {
            "lines": ["老旧小区引入专业物业一年间", "“没人管”的院子有了管家", "本报记者　秦　岚"],
            "kicker": "老旧小区引入专业物业一年间",
            "title": "“没人管”的院子有了管家",
            "byline": ["本报记者　秦　岚", "秦　岚", "秦岚"],
            "captions": ["枫林苑小区重新划线后，车辆停放整齐。"],
            "credits": ["（秦　岚　摄）"],
            "body": [
                "走进建于上世纪九十年代的枫林苑小区，楼道里的杂物清走了，地面画上了整齐的停车位，门口"
                "多了一个值班岗亭。一年前，这里还是一个没有物业的“散居院”。",
                "去年3月，在街道牵头下，小区业主投票选聘了专业物业公司，物业费定为每平方米每月0.6元。"
                "“刚开始很多人担心钱花得不明白，”业委会主任郭建平说，“所以我们定下规矩，每个季度把{cap}"
                "每一笔收支都贴到公告栏上。”",
                "一年下来，小区的物业费收缴率从最初的六成多提高到九成以上。住在5号楼的退休教师郑秀芝"
                "说，过去下水道堵了要自己找人，现在{run}打个电话，半小时就有人来。",
                "街道有关负责人介绍，辖区内还有十一个无物业小区，今年将参照枫林苑的做法逐个推进。",
            ],
        },
        {
            "lines": ["枫林苑小区2027年第一季度物业费收支公示"],
            "title": "枫林苑小区2027年第一季度物业费收支公示",
            "body": [
                ("row", "项　　目　　　　　　金额（元）"),
                ("row", "物业费收入　　　　　86,420.00"),
                ("row", "停车费收入　　　　　12,600.00"),
                ("row", "保洁、保安人员工资　61,350.00"),
                ("row", "公共水电费　　　　　 8,236.45"),
                ("row", "设施维修　　　　　　 9,870.50"),
                ("row", "合计结余　　　　　　19,563.05"),
                ("row", "枫林苑小区业主委员会　枫林物业服务中心"),
                ("row", "2027年4月10日"),
            ],
        },
        {
            "lines": ["业主表决", "电动车充电棚增设方案获通过"],
            "section": ["业主表决", None],
            "kicker": [None, "业主表决"],
            "title": "电动车充电棚增设方案获通过",
            "body": [
                "枫林苑小区日前就在3号楼北侧增设电动车充电棚一事征求全体业主意见，共发放表决票526份，表决结果如下：",
                ("row", "同　意　412户　占总建筑面积78.6%"),
                ("row", "反　对　 38户　占总建筑面积 7.1%"),
                ("row", "弃　权　 76户　占总建筑面积14.3%"),
                "按照规定，同意的户数和面积均超过三分之二，方案通过，充电棚预计5月底前建成。",
            ],
        },
        {
            "lines": ["物业小贴士", "装修前先到物业登记"],
            "section": ["物业小贴士", None],
            "kicker": [None, "物业小贴士"],
            "title": "装修前先到物业登记",
            "body": [
                "业主装修房屋，应当事先告知物业服务企业，不得拆改承重墙；装修垃圾要袋装后运到指定地点，"
                "每天12时至14时不得进行有噪声的施工。",
            ],
        },
    ],
}

HUAHUI = {
    "name": "zh_gb18030_lf_yuanyi_huahui_page_title_futi_byline_caption_she_midsentence_running_head_huashi_"
    "hangqing_unit_price_rows_arrow_cells_wen_slash_expert_in_brackets_rare_char_huaqi_xunli_rows",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "楠江日报 2027-04-24 第9版 园艺·花卉, GB18030 (`𬸣` U+2CE23 in a writer's name, not in GBK), LF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. A peony-market story (主题, `——` "
    "副题, byline line `本报记者　袁　芳`, caption + `袁　芳　摄` inside a sentence, the running head inside a "
    "sentence); under the label 花市行情 a price table (header row, rows with unit prices `120元/盆`, `8元/枝` "
    "and an arrow cell `↑` `↓` `—`, a `注：` row); a how-to piece under `文／刘𬸣（市园林科研所高级工程师）` "
    "with three headings; a 花期 calendar of 上旬/中旬/下旬 rows.",
    "date": "2027-04-24",
    "page": "9",
    "head": ["楠江日报　2027年4月24日　星期六　第9版", "园艺·花卉　　　　主编：甘　露　　责编：葛晓云"],
    "foot": ["楠江日报社地址：楠江市滨河东路88号　　发行热线：0838-6612200"],
    "furniture": [
        "楠江日报",
        "2027年4月24日",
        "星期六",
        "第9版",
        "园艺·花卉",
        "主编：甘　露",
        "责编：葛晓云",
        "楠江日报·园艺花卉",
        "楠江日报社地址：楠江市滨河东路88号",
        "发行热线：0838-6612200",
    ],
    "run": ["楠江日报·园艺花卉"],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["一城春色半城花", "——楠江花卉市场迎来“牡丹季”", "本报记者　袁　芳"],
            "title": "一城春色半城花",
            "subtitle": "楠江花卉市场迎来“牡丹季”",
            "byline": ["本报记者　袁　芳", "袁　芳", "袁芳"],
            "captions": ["市民在花卉市场挑选盆栽牡丹。"],
            "credits": ["袁　芳　摄"],
            "body": [
                "进入四月，楠江花卉市场里最抢眼的是一排排盆栽牡丹。记者在市场看到，来自外地的三十多个"
                "品种集中上市，姚黄、魏紫、二乔等名品都有。",
                "花农曾庆余每年这个时候都要从外地拉来两车牡丹。他说，今年开春气温回升快，花期比去年"
                "提前了一周左右，{cap}三年生的盆栽卖得最好。",
                "市场管理方介绍，本周牡丹日均成交量超过两千盆。不少市民买花是为了阳台养护，{run}也有人专门来拍照打卡。",
                "业内人士提醒，盆栽牡丹买回家后不宜马上换盆，应放在通风向阳处，见干见湿浇水。",
            ],
        },
        {
            "lines": ["花市行情", "本周花卉价格"],
            "section": ["花市行情", None],
            "kicker": [None, "花市行情"],
            "title": "本周花卉价格",
            "body": [
                ("row", "品　种　　　　　规　格　　价　格　　涨跌"),
                ("row", "牡丹（盆栽）　　三年生　　120元/盆　↑"),
                ("row", "百合（西伯利亚）单　枝　　8元/枝　　↓"),
                ("row", "康乃馨　　　　　单　枝　　3元/枝　　—"),
                ("row", "绣球（盆栽）　　中　号　　45元/盆　 ↑"),
                ("row", "注：价格采集自楠江花卉市场，4月22日。"),
            ],
        },
        {
            "lines": ["月季换盆，这三步别省", "文／刘𬸣（市园林科研所高级工程师）"],
            "title": "月季换盆，这三步别省",
            "byline": ["文／刘𬸣（市园林科研所高级工程师）", "刘𬸣（市园林科研所高级工程师）", "刘𬸣"],
            "body": [
                "春季是月季换盆的好时候。不少花友换了盆，花反而不开了，问题往往出在细节上。",
                ("h", "选盆不宜过大"),
                "新盆比旧盆大一圈即可，盆太大，土长期不干，容易烂根。",
                ("h", "修根要舍得"),
                "脱盆后剪去发黑的老根和过长的根须，留下白色新根，伤口晾半天再上盆。",
                ("h", "缓苗别施肥"),
                "换盆后放在散射光处一周，只浇水不施肥，等新叶长出来再逐步移到阳光下。",
            ],
        },
        {
            "lines": ["四月花期表"],
            "title": "四月花期表",
            "body": [
                ("row", "上旬　牡丹　紫藤　郁金香"),
                ("row", "中旬　芍药　蔷薇　鸢尾"),
                ("row", "下旬　月季　石竹　绣球"),
            ],
        },
    ],
}

JIANHUA = {
    "name": "zh_utf8_bom_lf_cambodia_phnom_penh_huabao_huashe_page_title_futi_byline_usd_and_riel_sums_caption_"
    "she_midsentence_running_head_huaxiao_zhaosheng_rows_khmer_script_province_names_in_brackets_riel_fees",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "洞里华报 2027-05-08 第7版 华社新闻 (Phnom Penh), UTF-8 with BOM, LF; blank-line paragraphs with a "
    "two-space indent, wrapped at 22. A Chinese school's new building (title, `——` 副题, byline line "
    "`本报记者　林秋萍`, sums in US dollars with riel in brackets `约13亿瑞尔`, caption + `（林秋萍摄）` inside a "
    "sentence, the running head inside a sentence); a 华校招生 box of rows naming provinces with their Khmer "
    "names in brackets (`磅湛（កំពង់ចាម）`) and fees in dollars or riel, a `报名时间：` row; a 【本报讯】 "
    "speech contest item.",
    "date": "2027-05-08",
    "page": "7",
    "head": ["洞里华报　　2027年5月8日　星期六　　第7版", "华社新闻　　　　责任编辑：许绍南"],
    "foot": ["本报地址：金边莫尼旺大道218号　　电话：(855) 23 880 618"],
    "furniture": [
        "洞里华报",
        "2027年5月8日",
        "星期六",
        "第7版",
        "华社新闻",
        "责任编辑：许绍南",
        "洞里华报·华社新闻",
        "本报地址：金边莫尼旺大道218号",
        "电话：(855) 23 880 618",
    ],
    "run": ["洞里华报·华社新闻"],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["端华学校新教学楼落成启用", "——侨胞捐资逾三十万美元", "本报记者　林秋萍"],
            "title": "端华学校新教学楼落成启用",
            "subtitle": "侨胞捐资逾三十万美元",
            "byline": ["本报记者　林秋萍", "林秋萍"],
            "captions": ["落成典礼上，端华学校学生表演舞狮。"],
            "credits": ["（林秋萍摄）"],
            "body": [
                "金边端华学校新教学楼5月6日落成启用。新楼共四层，设有二十四间教室和一间图书馆，可容纳学生一千余人。",
                "学校董事长方德昌在典礼上说，新楼工程总造价约32万美元（约13亿瑞尔），全部来自本地和"
                "海外侨胞的捐款，其中最大的一笔{cap}捐款为5万美元。",
                "端华学校创办于上世纪初，目前有学生两千八百多人，其中约三分之一是柬埔寨本地学生。"
                "校长黄美玉表示，学校将{run}增开中柬双语班，让更多孩子学好中文。",
            ],
        },
        {
            "lines": ["外省华校招生简章"],
            "title": "外省华校招生简章",
            "body": [
                ("row", "学校　　　省份　　　　　　　　学费（每月）"),
                ("row", "崇正学校　磅湛（កំពង់ចាម）　　25美元"),
                ("row", "育华学校　桔井（ក្រចេះ）　　　8万瑞尔"),
                ("row", "启明学校　马德望（បាត់ដំបង）　30美元"),
                ("row", "报名时间：5月10日至5月31日，各校办公室现场报名。"),
            ],
        },
        {
            "lines": ["中柬双语演讲比赛决赛举行"],
            "title": "中柬双语演讲比赛决赛举行",
            "body": [
                "【本报讯】由柬华理事总会主办的第三届中柬双语演讲比赛决赛日前在金边举行，来自十二所"
                "华校的二十四名学生参赛。",
                "端华学校高二学生陈家宝获得一等奖，奖金400万瑞尔；二等奖和三等奖分别由崇正学校和育华学校的学生获得。",
            ],
        },
    ],
}

DUOLUNDUO = {
    "name": "zht_utf16be_bom_crlf_toronto_chinatown_page_title_byline_english_street_names_in_brackets_caption_"
    "she_midsentence_running_head_clinic_rows_with_canadian_postal_codes_celsius_with_fahrenheit_in_brackets",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "楓城華報 / MAPLE CITY CHINESE NEWS 2026-11-21 A6 社區新聞 (Toronto), UTF-16 BE with BOM, CRLF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22, Hong Kong style `「」` quotes. A flu-shot "
    "story (title, byline line `本報記者　馮穎思`, English street names in brackets `士巴丹拿道（Spadina Avenue）`, "
    "a Cantonese quote, caption + `（馮穎思攝）` inside a sentence, the running head inside a quotation); a box "
    "of clinic rows each ending on a Canadian postal code (`M5T 2C2`); a cold-snap item giving Celsius with "
    "Fahrenheit in brackets `零下14°C（7°F）`; a 【本報訊】 item.",
    "date": "2026-11-21",
    "page": "A6",
    "head": ["楓城華報　MAPLE CITY CHINESE NEWS", "2026年11月21日　星期六　A6　社區新聞"],
    "foot": ["楓城華報編輯部：多倫多登打士西街（Dundas St. W.）333號　電話：(416) 555-0188"],
    "furniture": [
        "楓城華報",
        "MAPLE CITY CHINESE NEWS",
        "2026年11月21日",
        "星期六",
        "A6",
        "社區新聞",
        "楓城華報．社區新聞",
        "楓城華報編輯部：多倫多登打士西街（Dundas St. W.）333號",
        "電話：(416) 555-0188",
    ],
    "run": ["楓城華報．社區新聞"],
    "articles": [
        {
            "lines": ["華埠免費流感疫苗站下周開放", "本報記者　馮穎思"],
            "title": "華埠免費流感疫苗站下周開放",
            "byline": ["本報記者　馮穎思", "馮穎思"],
            "captions": ["長者在華埠社區中心排隊登記接種疫苗。"],
            "credits": ["（馮穎思攝）"],
            "body": [
                "一年一度的流感季節將至，多倫多公共衛生局聯同華埠多個社區團體，下周起在士巴丹拿道"
                "（Spadina Avenue）一帶設立三個免費疫苗接種站，六個月以上人士均可接種。",
                "華埠社區中心主任梅志強表示，去年接種站共為四千多人接種，其中七成是長者，今年{cap}"
                "特別增加了粵語和普通話翻譯員。",
                "八十二歲的黎婆婆每年都來打針。她說：「以前唔識英文，驚講唔清楚，{run}而家有人幫手翻譯，好放心。」",
                "衛生局提醒，接種時須帶同安省健康卡（OHIP），沒有健康卡的新移民亦可接種。",
            ],
        },
        {
            "lines": ["免費接種站一覽"],
            "title": "免費接種站一覽",
            "body": [
                ("row", "華埠社區中心　士巴丹拿道180號　M5T 2C2"),
                ("row", "頤康長者會　　登打士西街421號　M5T 1G6"),
                ("row", "東區華人教會　謝拉德東街（Gerrard St. E.）618號　M4M 1Y3"),
                ("row", "開放時間：週一至週六上午10時至下午4時，毋須預約。"),
            ],
        },
        {
            "lines": ["首場寒流周末襲多倫多"],
            "title": "首場寒流周末襲多倫多",
            "body": [
                "【本報訊】加拿大環境部預測，今冬首場寒流本周末抵達大多倫多地區，周日晚氣溫將降至"
                "零下14°C（7°F），計及風寒效應，體感溫度低至零下22°C（零下8°F）。",
                "市政府提醒市民減少外出，並留意獨居長者；露宿者可致電311查詢暖身中心位置。",
            ],
        },
        {
            "lines": ["華埠聖誕燈飾下月亮燈"],
            "title": "華埠聖誕燈飾下月亮燈",
            "body": [
                "【本報訊】華埠商業改善區宣布，今年的聖誕燈飾將於12月5日傍晚亮燈，當晚設有舞獅表演，歡迎市民參加。",
            ],
        },
    ],
}

SHANGNIAO = {
    "name": "zht_big5_crlf_taiwan_shengtai_baoyu_page_kicker_title_jizhe_slash_place_byline_latin_binomial_"
    "in_brackets_caption_she_midsentence_running_head_pucha_table_up_down_triangle_change_cells_shengtai_duanbo",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "鹽田日報 2027-01-16 B4 生態保育 (Tainan), Big5 (strict), CRLF; indent-only paragraphs, no blank lines "
    "inside an article, wrapped at 21. A black-faced spoonbill census story (kicker, title with a U+3000 gap, "
    "byline line `記者陳怡君／七股報導`, Latin binomials in brackets `黑面琵鷺（Platalea minor）`, caption + "
    "`（記者陳怡君攝）` inside a sentence, the running head inside a sentence); a census table (header row, four "
    "rows with comma-grouped counts and a change cell opened by `▲` or `▼`, a `資料來源：` row); a 生態短波 "
    "label over one 【本報訊】 item.",
    "date": "2027-01-16",
    "page": "B4",
    "head": ["鹽田日報　2027年1月16日　星期六", "B4　生態保育　　　　編輯：柯佩真　美編：吳俊賢"],
    "foot": ["鹽田日報社　台南市安平區永華路二段100號　讀者服務專線：(06)299-8877"],
    "furniture": [
        "鹽田日報",
        "2027年1月16日",
        "星期六",
        "B4",
        "生態保育",
        "編輯：柯佩真",
        "美編：吳俊賢",
        "鹽田日報／生態保育",
        "鹽田日報社",
        "台南市安平區永華路二段100號",
        "讀者服務專線：(06)299-8877",
    ],
    "run": ["鹽田日報／生態保育"],
    "labels": [],
    "articles": [
        {
            "lines": ["黑面琵鷺度冬數量創新高", "七股潟湖　今冬記錄逾兩千隻", "記者陳怡君／七股報導"],
            "kicker": "黑面琵鷺度冬數量創新高",
            "title": "七股潟湖　今冬記錄逾兩千隻",
            "byline": ["記者陳怡君／七股報導", "陳怡君"],
            "captions": ["曾文溪口的黑面琵鷺群在退潮後覓食。"],
            "credits": ["（記者陳怡君攝）"],
            "body": [
                "全台黑面琵鷺同步普查結果昨天出爐，今年共記錄到四千一百多隻，其中兩千三百多隻在"
                "曾文溪口一帶度冬，雙雙創下新高。",
                "黑面琵鷺（Platalea minor）是全球瀕危的水鳥，每年十月從朝鮮半島西岸飛來台灣度冬，"
                "隔年春天北返。保育人士說，十多年前全球數量{cap}還不到兩千隻，如今已回升到七千隻左右。",
                "參與普查的志工郭振宗說，今年另外記錄到少見的琵嘴鷸（Calidris pygmaea）一隻，"
                "「大家在堤上守了{run}一個早上，看到的時候都不敢大聲說話。」",
            ],
        },
        {
            "lines": ["黑面琵鷺同步普查結果"],
            "title": "黑面琵鷺同步普查結果",
            "body": [
                ("row", "地點　　　　今年　　去年　　增減"),
                ("row", "曾文溪口　　2,318　　2,105　　▲213"),
                ("row", "七股鹽田　　　862　　　790　　▲72"),
                ("row", "四草濕地　　　415　　　430　　▼15"),
                ("row", "嘉義布袋　　　508　　　461　　▲47"),
                ("row", "資料來源：台灣琵鷺保育聯盟"),
            ],
        },
        {
            "lines": ["生態短波", "濕地導覽志工招募"],
            "section": ["生態短波", None],
            "kicker": [None, "生態短波"],
            "title": "濕地導覽志工招募",
            "body": [
                "【本報訊】台江濕地解說站即日起招募導覽志工，年滿十八歲、每月可服勤兩次者均可報名，"
                "錄取後須參加二十小時培訓。",
            ],
        },
    ],
}

XINGSHAN = {
    "name": "zht_big5hkscs_lf_hong_kong_hiking_page_title_byline_cantonese_quote_caption_she_midsentence_running_"
    "head_route_card_rows_star_difficulty_rating_reader_diary_signed_with_web_handle_in_brackets",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "香江夜報 2027-03-13 C4 郊遊·行山 (Hong Kong), Big5-HKSCS (`嘅 啲 咗 嚟`, not in cp950 nor Big5), LF; "
    "blank-line paragraphs with a two-space indent, wrapped at 22. A country-trail story (title, byline line "
    "`本報記者　區嘉欣`, a Cantonese quote, caption + `（區嘉欣攝）` inside a sentence, the running head inside "
    "the quotation); a route card of labelled rows with a star difficulty rating `難度：★★★☆☆`; a reader's "
    "hiking diary in Cantonese signed at its end with a web handle `（網名：山系阿May）`; a 【本報訊】 fire-danger "
    "item.",
    "date": "2027-03-13",
    "page": "C4",
    "head": ["香江夜報　2027年3月13日　星期六", "C4　郊遊·行山　　　　編輯：司徒朗　美術：方綺雯"],
    "foot": ["香江夜報　新聞熱線：2388 6600　電郵：news@hkyebao.example.hk"],
    "furniture": [
        "香江夜報",
        "2027年3月13日",
        "星期六",
        "C4",
        "郊遊·行山",
        "編輯：司徒朗",
        "美術：方綺雯",
        "香江夜報．郊遊",
        "香江夜報",
        "新聞熱線：2388 6600",
        "電郵：news@hkyebao.example.hk",
    ],
    "run": ["香江夜報．郊遊"],
    "articles": [
        {
            "lines": ["春日郊遊人潮湧　西貢海岸線最受捧", "本報記者　區嘉欣"],
            "title": "春日郊遊人潮湧　西貢海岸線最受捧",
            "byline": ["本報記者　區嘉欣", "區嘉欣"],
            "captions": ["行山人士沿海岸石灘前往西灣。"],
            "credits": ["（區嘉欣攝）"],
            "body": [
                "天氣回暖，上周日不少市民到郊外行山。西貢東郊野公園一帶由朝早開始已經人頭湧湧，"
                "往來北潭涌的巴士要加開班次。",
                "漁農自然護理署數字顯示，今年首兩個月郊野公園的遊客人次較去年同期增加約一成半，"
                "其中海岸路線{cap}最受歡迎。",
                "第一次行海岸線的大學生陳嘉儀話：「啲沙好白，海水又清，成條路都好靚，{run}不過曬到"
                "成身紅晒，下次一定要帶定帽嚟。」",
                "署方提醒，部分海岸路段沒有遮蔭及補給，出發前應預備足夠食水，並留意天氣及潮汐。",
            ],
        },
        {
            "lines": ["路線資料"],
            "title": "路線資料",
            "body": [
                ("row", "起點：北潭涌巴士總站"),
                ("row", "終點：西灣村"),
                ("row", "全長：約11公里"),
                ("row", "需時：4至5小時"),
                ("row", "難度：★★★☆☆"),
                ("row", "交通：九巴94號、專線小巴7號"),
            ],
        },
        {
            "lines": ["行山日記：第一次去咗蚺蛇尖"],
            "title": "行山日記：第一次去咗蚺蛇尖",
            "byline": ["（網名：山系阿May）", "山系阿May"],
            "body": [
                "成日聽人講蚺蛇尖係「香港三尖」之一，今次終於約埋班朋友去試吓。上山嗰段真係好斜，行幾步就要停一停。",
                "去到山頂望落大浪灣，之前嘅辛苦即刻唔記得晒。落山之後我哋喺西灣食咗碗豆腐花，先至搭船返西貢。",
                ("end", "（網名：山系阿May）"),
            ],
        },
        {
            "lines": ["紅色火災危險警告下勿生火"],
            "title": "紅色火災危險警告下勿生火",
            "body": [
                "【本報訊】天文台昨日發出紅色火災危險警告，漁護署提醒市民切勿在郊野公園內生火或燒烤，"
                "違例者最高可被罰款二千元及監禁一個月。",
            ],
        },
    ],
}

KURMANCI = {
    "name": "ku_iso8859_9_crlf_kurmanji_weekly_caps_kicker_title_subtitle_ji_aliye_ve_circumfix_byline_caption_"
    "wene_midsentence_running_head_proverb_rows_with_turkish_translation_dawetname_wedding_labelled_rows",
    "encoding": "iso8859_9",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Dengê Amedê 2027-05-14, rûpel 6, a Kurmanji Kurdish weekly from Amed (Diyarbakır), ISO-8859-9 "
    "(Latin-5: `ç ê î ş û Ç Ê Î Ş`, Turkish `ı ğ İ`, `« »`; ASCII `-`, Latin-5 having no dashes), CRLF; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A storytelling festival (capital kicker ÇAND, title, "
    "subtitle, byline line `Ji aliyê Berfîn Demir ve` (a circumfix 'by'), caption + `Wêne: Azad Kaya` inside a "
    "sentence, the running head inside a `« »` quotation); a GOTINÊN PÊŞIYAN box of proverb rows each with its "
    "Turkish translation after ` - `; a DAWETNAME wedding invitation of labelled rows (`Bûk:`, `Zava:`, `Roj:`, "
    "`Cih:`); a NÛÇEYÊN KURT label over one item.",
    "date": "2027-05-14",
    "page": "6",
    "head": ["DENGÊ AMEDÊ", "Rojnameya heftane - În 14 Gulan 2027 - Rûpel 6 - 15 TL"],
    "foot": ["Dengê Amedê, Kolana Gazî 12, Amed - nuce@dengeamede.example.com"],
    "furniture": [
        "DENGÊ AMEDÊ",
        "Rojnameya heftane",
        "În 14 Gulan 2027",
        "Rûpel 6",
        "15 TL",
        "Dengê Amedê - Çand û Jiyan",
        "Dengê Amedê, Kolana Gazî 12, Amed",
        "nuce@dengeamede.example.com",
    ],
    "run": ["Dengê Amedê - Çand û Jiyan"],
    "markup": ["-", "-", "-", "-"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "ÇAND",
                "Festîvala çîrokan li Amedê dest pê kir",
                "Zarokên ji çil gundan beşdar bûn",
                "Ji aliyê Berfîn Demir ve",
            ],
            "kicker": "ÇAND",
            "title": "Festîvala çîrokan li Amedê dest pê kir",
            "subtitle": "Zarokên ji çil gundan beşdar bûn",
            "byline": ["Ji aliyê Berfîn Demir ve", "Berfîn Demir"],
            "captions": ["Zarok li baxçeyê Mala Dengbêjan guh didin çîrokbêjekî."],
            "credits": ["Wêne: Azad Kaya"],
            "body": [
                "Festîvala çîrokan a sêyemîn roja Şemiyê li baxçeyê Mala Dengbêjan bi beşdariya bi sedan "
                "zarokan dest pê kir. Festîval dê heta dawiya hefteyê bidome.",
                "Çîrokbêjên ji Amed, Mêrdîn û Êlihê çîrokên kevin ên wek Mem û Zîn bi zimanekî hêsan ji "
                "zarokan re gotin. Li gorî amadekaran, ji çil gundên {cap}derdorê zarok bi otobêsan hatin.",
                "Çîrokbêj Xalid Arslan got: «Dema zarok çîrokan bi zimanê dayika xwe {run}guhdarî dikin, "
                "çavên wan dibiriqin. Ev çîrok mîrateya me ne.»",
                "Amadekaran ragihand ku ew ê çîrokên ku di festîvalê de hatin gotin di pirtûkekê de "
                "kom bikin û belaş li dibistanan belav bikin.",
            ],
        },
        {
            "lines": ["GOTINÊN PÊŞIYAN"],
            "title": "GOTINÊN PÊŞIYAN",
            "body": [
                ("row", "Dilop dilop dibe gol. - Damlaya damlaya göl olur."),
                ("row", "Mirov bi mirovan mirov e. - İnsan insanla insandır."),
                ("row", "Ava bi kelek nayê kişandin. - Su kalburla taşınmaz."),
            ],
        },
        {
            "lines": ["DAWETNAME"],
            "title": "DAWETNAME",
            "body": [
                "Em bi kêfxweşî we vedixwînin dawetê zarokên xwe Hêvî û Baran. Hûn bi xêr bên.",
                ("row", "Bûk: Hêvî Aslan"),
                ("row", "Zava: Baran Yıldız"),
                ("row", "Roj: Şemî, 22 Gulan 2027, saet 14.00"),
                ("row", "Cih: Salona Şehrezad, Bağlar, Amed"),
            ],
        },
        {
            "lines": ["NÛÇEYÊN KURT", "Kursa zimanê Kurdî ya havînê"],
            "section": ["NÛÇEYÊN KURT", None],
            "kicker": [None, "NÛÇEYÊN KURT"],
            "title": "Kursa zimanê Kurdî ya havînê",
            "body": [
                "Navenda Çandê ya Sûrê ji bo zarokên di navbera heft û diwanzdeh saliyê de kursa "
                "zimanê Kurdî ya havînê vedike. Qeydkirin heta 1ê Hezîranê didome.",
            ],
        },
    ],
}

TETUN = {
    "name": "tet_utf8_lf_tetum_weekly_caps_kicker_title_subtitle_husi_byline_caption_foto_midsentence_running_"
    "head_us_dollar_cent_price_rows_merkadu_anunsiu_vaga_job_notice_requirement_rows_deadline_row",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Jornál Matebian 2027-06-12, pájina 4, a Tetum weekly from Dili (Timor-Leste), UTF-8 without BOM "
    "(`á é í ó ú ñ`, `“ ”`, `–`, ASCII `'` for the glottal stop), LF; blank-line paragraphs, wrapped at 41 "
    "with hyphenation. A school story (capital kicker EDUKASAUN, title, subtitle, byline line `Husi Ana Soares` "
    "('from'), caption + `Foto: Zito da Costa` inside a sentence, the running head inside a quotation); a market "
    "price box of rows in US dollars and cents (`$0.75`); an ANÚNSIU VAGA job notice: a paragraph, requirement "
    "rows opened by `-`, a deadline row; a NOTÍSIA BADAK label over one item.",
    "date": "2027-06-12",
    "page": "4",
    "head": ["JORNÁL MATEBIAN", "Semanáriu – Sábadu, 12 Juñu 2027 – Pájina 4 – $1.00"],
    "foot": ["Jornál Matebian, Rua Jacinto Cândido, Dili – redasaun@matebian.example.tl"],
    "furniture": [
        "JORNÁL MATEBIAN",
        "Semanáriu",
        "Sábadu, 12 Juñu 2027",
        "Pájina 4",
        "$1.00",
        "Jornál Matebian – Edukasaun no Sosiedade",
        "Jornál Matebian, Rua Jacinto Cândido, Dili",
        "redasaun@matebian.example.tl",
    ],
    "run": ["Jornál Matebian – Edukasaun no Sosiedade"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "EDUKASAUN",
                "Eskola foun ba labarik sira iha Atauro",
                "Komunidade servisu hamutuk durante fulan neen",
                "Husi Ana Soares",
            ],
            "kicker": "EDUKASAUN",
            "title": "Eskola foun ba labarik sira iha Atauro",
            "subtitle": "Komunidade servisu hamutuk durante fulan neen",
            "byline": ["Husi Ana Soares", "Ana Soares"],
            "captions": ["Labarik sira hamriik iha eskola foun nia oin iha loron inaugurasaun."],
            "credits": ["Foto: Zito da Costa"],
            "body": [
                "Eskola báziku foun iha suku Makili, illa Atauro, loke ninia odamatan iha loron Segunda "
                "liuba. Eskola ne'e iha sala aula neen no biblioteka ida.",
                "Inan-aman sira iha suku ne'e servisu hamutuk durante fulan neen atu lori fatuk no ai "
                "husi tasi ibun. Xefe suku Domingos Ximenes {cap}dehan katak eskola tuan ne'ebé uluk "
                "iha sala rua de'it.",
                "Manorin Rosa Pereira hatete: “Uluk labarik balu tenke la'o oras rua atu to'o eskola. "
                "Agora sira {run}bele mai ho ain de'it, iha minutu sanulu.”",
                "Ministériu Edukasaun promete atu haruka manorin tolu tan molok tinan eskolár foun "
                "hahú iha fulan Setembru.",
            ],
        },
        {
            "lines": ["Folin iha merkadu Comoro"],
            "title": "Folin iha merkadu Comoro",
            "body": [
                ("row", "Foos lokál – $0.75 kilo ida"),
                ("row", "Batar – $0.50 kilo ida"),
                ("row", "Ikan tasi – $3.00 kilo ida"),
                ("row", "Manu-tolun – $0.20 ida"),
                ("row", "Modo-tahan – $0.25 kesak ida"),
            ],
        },
        {
            "lines": ["ANÚNSIU VAGA"],
            "title": "ANÚNSIU VAGA",
            "body": [
                "Organizasaun Lafaek Ki'ik buka ema na'in rua atu servisu hanesan fasilitadór ba "
                "programa lee no hakerek iha munisípiu Ermera.",
                ("row", "- Hatene ko'alia no hakerek Tetun no Portugés"),
                ("row", "- Iha esperiénsia servisu ho labarik"),
                ("row", "- Bele hela iha Ermera"),
                ("row", "Prazu: haruka karta ba lafaek.kiik@example.tl molok 30 Juñu 2027."),
            ],
        },
        {
            "lines": ["NOTÍSIA BADAK", "Futeból feto iha Baukau"],
            "section": ["NOTÍSIA BADAK", None],
            "kicker": [None, "NOTÍSIA BADAK"],
            "title": "Futeból feto iha Baukau",
            "body": [
                "Ekipa feto sanulu husi munisípiu haat sei kompete iha turnéiu futeból iha Baukau iha "
                "loron 19 to'o 21 Juñu. Tama ba estádiu la selu.",
            ],
        },
    ],
}

TONGA = {
    "name": "to_utf16le_bom_crlf_tongan_weekly_caps_kicker_title_subtitle_fai_e_byline_caption_ta_midsentence_"
    "running_head_okina_words_lotu_sapate_church_service_rows_pongipongi_efiafi_times_fakamalo_thanks_notice_signed",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 42,
    "indent": "",
    "blank": True,
    "note": "Ko e Tāpuaki 2027-07-09, peesi 3, a Tongan weekly from Nukuʻalofa, UTF-16 LE with BOM (fakauʻa U+02BB "
    "`ʻ` in most lines, toloi `ā ē ī ō ū`, `“ ”`, `–`), CRLF; blank-line paragraphs, wrapped at 42 with "
    "hyphenation. A school-building story (capital kicker AKO, title, subtitle, byline line `Fai ʻe Siosaia "
    "Lātū` ('done by'), caption + `Tā: Mele Fifita` inside a sentence, the running head inside a quotation); "
    "a Sunday-services box of rows with times in the Tongan day-parts `pongipongi` and `efiafi`; a FAKAMĀLŌ "
    "thanks notice from a family, signed at its end `Mei he fāmili ʻo Taufa`; a NGAAHI ONGOONGO NOUNOU label over "
    "one item.",
    "date": "2027-07-09",
    "page": "3",
    "head": ["KO E TĀPUAKI", "Nusipepa fakauike – Falaite 9 Siulai 2027 – Peesi 3 – T$1.50"],
    "foot": ["Ko e Tāpuaki, Hala Taufaʻahau, Nukuʻalofa – ongoongo@tapuaki.example.to"],
    "furniture": [
        "KO E TĀPUAKI",
        "Nusipepa fakauike",
        "Falaite 9 Siulai 2027",
        "Peesi 3",
        "T$1.50",
        "Ko e Tāpuaki – Ngaahi Ongoongo",
        "Ko e Tāpuaki, Hala Taufaʻahau, Nukuʻalofa",
        "ongoongo@tapuaki.example.to",
    ],
    "run": ["Ko e Tāpuaki – Ngaahi Ongoongo"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "AKO",
                "Fakaava ʻa e fale ako foʻou ʻi Haʻapai",
                "Ko e tokoni ʻa e kāinga ʻi muli",
                "Fai ʻe Siosaia Lātū",
            ],
            "kicker": "AKO",
            "title": "Fakaava ʻa e fale ako foʻou ʻi Haʻapai",
            "subtitle": "Ko e tokoni ʻa e kāinga ʻi muli",
            "byline": ["Fai ʻe Siosaia Lātū", "Siosaia Lātū"],
            "captions": ["Ko e fānau ako ʻi Lifuka ʻi he ʻaho fakaava ʻo e fale ako."],
            "credits": ["Tā: Mele Fifita"],
            "body": [
                "Naʻe fakaava ʻi he uike kuo ʻosí ʻa e fale ako foʻou ʻo e ʻApiako Pulelulu ʻi Lifuka, "
                "Haʻapai. ʻOku ʻi ai ʻa e loki ako ʻe valu mo e laipeli ʻe taha.",
                "Naʻe langa ʻa e fale ako ʻaki ʻa e paʻanga naʻe tānaki ʻe he kāinga Tonga ʻi Nuʻu Sila "
                "mo ʻAositelēlia. Naʻe pehē ʻe he ʻulu ako ko Lesieli Havili, {cap}ko e fale ako motuʻa "
                "naʻe maumau ʻi he afā ʻi he taʻu ʻe ua kuo hili.",
                "Naʻe pehē ʻe ha faiako: “ʻOku fiefia ʻaupito ʻa e fānau, he ʻoku ʻikai ke toe tō ʻa e "
                "ʻuha {run}ki loto ʻi he loki ako.”",
                "ʻOku ako ʻi he ʻapiako ni ʻa e fānau ʻe toko teau nimangofulu mei he ngaahi kolo ʻe fā ʻo Lifuka.",
            ],
        },
        {
            "lines": ["Ngaahi lotu ʻo e Sāpate"],
            "title": "Ngaahi lotu ʻo e Sāpate",
            "body": [
                ("row", "Siasi Uesiliana, Kolomotuʻa – 10.00 pongipongi"),
                ("row", "Siasi Katolika, Maʻufanga – 7.30 pongipongi"),
                ("row", "Siasi Tonga Tauʻatāina, Haveluloto – 5.00 efiafi"),
            ],
        },
        {
            "lines": ["FAKAMĀLŌ"],
            "title": "FAKAMĀLŌ",
            "byline": ["Mei he fāmili ʻo Taufa", "fāmili ʻo Taufa", None],
            "body": [
                "ʻOku mau fakamālō loto hounga ki he kāinga, kaungāmeʻa mo e siasi ʻi he tokoni mo e "
                "lotu lolotonga ʻa e mahaki ʻo ʻemau tamai ʻofeina, Sione Taufa.",
                ("end", "Mei he fāmili ʻo Taufa"),
            ],
        },
        {
            "lines": ["NGAAHI ONGOONGO NOUNOU", "Fakataha ʻa e kau toutai ʻi Vavaʻu"],
            "section": ["NGAAHI ONGOONGO NOUNOU", None],
            "kicker": [None, "NGAAHI ONGOONGO NOUNOU"],
            "title": "Fakataha ʻa e kau toutai ʻi Vavaʻu",
            "body": [
                "ʻE fai ha fakataha ʻa e kau toutai ʻo Vavaʻu ʻi Neiafu ʻi he Tuʻapulelulu 15 Siulai ke "
                "alea ki he ngaahi lao foʻou ki he toutai.",
            ],
        },
    ],
}

SESELWA = {
    "name": "crs_macroman_cr_seychellois_creole_weekly_caps_kicker_title_subtitle_ekrir_par_byline_caption_foto_"
    "midsentence_running_head_sms_reader_message_rows_with_place_rupee_reward_lost_notice_phone_row",
    "encoding": "mac_roman",
    "not_in": [],
    "newline": "\r",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Lavwa Sesel 2027-04-03, paz 5, a Seychellois Creole (Kreol Seselwa) weekly from Victoria, Mac Roman "
    "(`é è à`, `“ ”`, `–`), classic Mac line ends (a lone CR on every line); blank-line paragraphs, wrapped at 40 "
    "with hyphenation. A fishing story (capital kicker LAPES, title, subtitle, byline line `Ekrir par Nadia "
    "Pillay` ('written by'), caption + `Foto: Ralph Labiche` inside a sentence, the running head inside a "
    "quotation); a box of readers' text messages, one row each, the message in quotes then ` – ` and the "
    "sender's district; a lost-dog notice with a reward in rupees `R 1 000` and a phone row; a NOUVEL KOURT "
    "label over one item.",
    "date": "2027-04-03",
    "page": "5",
    "head": ["LAVWA SESEL", "Zournal sak semenn – Sanmdi 3 Avril 2027 – Paz 5 – R 15"],
    "foot": ["Lavwa Sesel, Lari Albert, Victoria, Mahé – redaksyon@lavwasesel.example.sc"],
    "furniture": [
        "LAVWA SESEL",
        "Zournal sak semenn",
        "Sanmdi 3 Avril 2027",
        "Paz 5",
        "R 15",
        "Lavwa Sesel – Nouvel Lakour",
        "Lavwa Sesel, Lari Albert, Victoria, Mahé",
        "redaksyon@lavwasesel.example.sc",
    ],
    "run": ["Lavwa Sesel – Nouvel Lakour"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "LAPES",
                "Bann peser Bel Ombre i demann en nouvo lakwa",
                "Lamer i kraz zot bato pandan sak move tan",
                "Ekrir par Nadia Pillay",
            ],
            "kicker": "LAPES",
            "title": "Bann peser Bel Ombre i demann en nouvo lakwa",
            "subtitle": "Lamer i kraz zot bato pandan sak move tan",
            "byline": ["Ekrir par Nadia Pillay", "Nadia Pillay"],
            "captions": ["Bann peser Bel Ombre i ris zot pirog lo laplaz apre en move tan."],
            "credits": ["Foto: Ralph Labiche"],
            "body": [
                "Bann peser Bel Ombre in ekrir en let avek Minister Lapes pour demann li konstri en "
                "nouvo lakwa, akoz sak fwa ki lamer i move, zot bato i ganny domaze.",
                "Lo Mardi swar, trwa pirog ti kase kont bann ros. Bernard Hoareau, ki'n fer lapes dan "
                "sa lakot pandan trant an, i dir {cap}ki sa lakwa ki la i tro pti pour bann bato ozordi.",
                "“Nou pa demann laservis,” i dir. “Nou zis oule en landrwa an sekirite {run}pour nou "
                "bato, pour ki nou kapab kontinyen travay.”",
                "Minister in dir ki en lekip teknisyen pou vizit Bel Ombre dan le mwa Me pour etidye sa demann.",
            ],
        },
        {
            "lines": ["LAVWA LEKTER"],
            "title": "LAVWA LEKTER",
            "body": [
                ("row", "“Lalimyer lo semen Anse Royale in tonm depi de semenn.” – Anse Royale"),
                ("row", "“Mersi bann pompye ki ti vin vit Dimans swar.” – Baie Lazare"),
                ("row", "“Bis 7 zer pa pe pase ankor. Kwa ki pe arive?” – La Misère"),
            ],
        },
        {
            "lines": ["LISYEN IN PERDI"],
            "title": "LISYEN IN PERDI",
            "body": [
                "En pti lisyen zonn ki apel Bouboule in perdi Vandredi swar Mont Fleuri. I annan en "
                "kolye ble. Rekonpans R 1 000 pour nenport lakel ki retrouv li.",
                ("row", "Telefonn: 2 512 340"),
            ],
        },
        {
            "lines": ["NOUVEL KOURT", "Fer de mizik Praslin"],
            "section": ["NOUVEL KOURT", None],
            "kicker": [None, "NOUVEL KOURT"],
            "title": "Fer de mizik Praslin",
            "body": [
                "Bann group moutya ek kanmtole Praslin pou zwe Baie Ste Anne Sanmdi 10 Avril depi 4er "
                "apremidi. Lantre i gratis.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýāēīōūAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝĀĒĪŌŪ")
DIGRAPHS = {
    "ku": ("xw",),
    "tet": ("ll", "nh", "ng"),
    "to": ("ng",),
    "crs": ("ng", "nn"),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone.
    The Tongan fakauʻa counts as a letter, and no break falls just after it."""
    if "~" in word or len(word) < 6 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if "'" in word or "’" in word:
        return word
    core = word.rstrip('.,;:!?"»”')
    tail = word[len(core) :]
    out, n = "", len(core)
    for i, ch in enumerate(core):
        if 2 <= i <= n - 3 and core[i].isalpha() and core[i - 1].isalpha() and core[i - 1] != "ʻ":
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


for _page, _language in ((KURMANCI, "ku"), (TETUN, "tet"), (TONGA, "to"), (SESELWA, "crs")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [WUYE, HUAHUI, JIANHUA, DUOLUNDUO, SHANGNIAO, XINGSHAN, KURMANCI, TETUN, TONGA, SESELWA]
