"""The text of every holdout55 page, written once: make_holdout55_pages.py prints it and writes the gold.

The format is holdout54's (pages_holdout54.py): each page's encoding and layout (script, width,
indent, blank lines between paragraphs), its furniture (printed head and foot lines, the gold's
furniture strings, the running head dropped inside a sentence at `{run}`), and its articles. An
article's `lines` are printed as they stand above its text; its gold fields are given apart, a list
holding every acceptable reading. A body item is a paragraph (wrapped; `{cap}` drops the article's
caption and credit inside it, `{run}` the running head; `~` marks where a Latin word may be
hyphenated), or a tuple: `("row", line)` a table or list line kept as printed (a paragraph of the
gold), `("h", line)` a heading, `("end", line)` a printed line that is no text of the gold's
paragraphs (a signature, a source line). All papers, people, firms, schools, clubs, teams, works
and events are invented.
"""

BINZANG = {
    "name": "zh_gbk_crlf_binzang_fuwu_page_kicker_title_byline_caption_she_midsentence_running_head_jisao_yuyue_"
    "table_yiman_yu_status_cells_shuoming_note_zhengce_sudi_label",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "榆川日报 2027-03-30 第7版 殡葬服务, GBK, CRLF; blank-line paragraphs with a two-space indent, wrapped "
    "at 22. A Qingming booking story (kicker, title opening on a quoted word, byline line `本报记者　贺　岚`, "
    "caption + `（贺　岚　摄）` inside a sentence, the running head inside a quotation); a booking table whose "
    "cells are a status, `已满` or `余312` (header row `日期　上午　下午`), and a wrapped `说明：` note; a 政策速递 "
    "label over one 本报讯 item.",
    "date": "2027-03-30",
    "page": "7",
    "head": ["榆川日报　2027年3月30日　星期二　第7版", "殡葬服务　　　　责任编辑：危　雯　　校对：耿　新"],
    "foot": ["榆川日报社出版　　服务热线：0912-3316600"],
    "furniture": [
        "榆川日报",
        "2027年3月30日",
        "星期二",
        "第7版",
        "殡葬服务",
        "责任编辑：危　雯",
        "校对：耿　新",
        "榆川日报·殡葬服务",
        "榆川日报社出版",
        "服务热线：0912-3316600",
    ],
    "run": ["榆川日报·殡葬服务"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["清明祭扫高峰将至", "“云祭扫”预约上线首周近万人次", "本报记者　贺　岚"],
            "kicker": "清明祭扫高峰将至",
            "title": "“云祭扫”预约上线首周近万人次",
            "byline": ["本报记者　贺　岚", "贺　岚", "贺岚"],
            "captions": ["工作人员在北山公墓服务大厅帮助老人完成预约。"],
            "credits": ["（贺　岚　摄）"],
            "body": [
                "清明将至，市民政局今年首次推行祭扫分时预约。预约通道上线一周，已有九千六百多人次"
                "通过手机完成登记。",
                "北山公墓是全市祭扫人数最多的墓园。公墓负责人介绍，往年清明当天车辆排到两公里外，"
                "今年按上午、下午两个{cap}时段限流，每个时段不超过三千人。",
                "七十四岁的市民阎凤英不会用手机，是孙女帮她约的号。她说：“到了门口刷一下就进去，"
                "{run}不用再挤了，心里踏实。”",
            ],
        },
        {
            "lines": ["北山公墓祭扫预约情况"],
            "title": "北山公墓祭扫预约情况",
            "body": [
                ("row", "日期　　　上午　　　下午"),
                ("row", "4月3日　　已满　　　余312"),
                ("row", "4月4日　　已满　　　已满"),
                ("row", "4月5日　　余86　　　余540"),
                ("row", "4月6日　　余1260　　余1875"),
                "说明：数据截至3月29日18时，未预约市民可在公墓门口现场登记，按空余名额入园。",
            ],
        },
        {
            "lines": ["政策速递", "生态安葬补贴标准提高"],
            "section": ["政策速递", None],
            "kicker": [None, "政策速递"],
            "title": "生态安葬补贴标准提高",
            "body": [
                "本报讯　市民政局日前发布通知，自4月1日起，选择树葬、花坛葬和骨灰撒散的家庭，每例补贴由"
                "一千元提高到两千元。",
            ],
        },
    ],
}

FENGZHENG = {
    "name": "zh_gb18030_lf_fengzheng_page_title_futi_byline_reporter_and_intern_rare_char_caption_she_midsentence_"
    "running_head_huojiang_rows_prize_colon_names_kite_in_brackets_dunhao_fangfei_tixing_parenthesized_numerals",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "桐川晚报 2027-04-19 第9版 文体·风筝, GB18030 (`䶮` U+4DAE in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. A kite-festival story (title, "
    "`——` 副题, byline line `本报记者　邵䶮　实习生　甘　露`, caption + `（邵䶮　摄）` inside a sentence, the "
    "running head inside a sentence); a 获奖名单 box of rows `一等奖：name（kite）`, two winners joined by `、`; "
    "a 放飞提醒 box of rows numbered `⑴ ⑵ ⑶` (U+2474…).",
    "date": "2027-04-19",
    "page": "9",
    "head": ["桐川晚报　第9版　文体·风筝", "2027年4月19日　星期一　　编辑：巫　琳　　美编：甄　朗"],
    "foot": ["桐川晚报社　　地址：桐川市鸢飞路6号　　新闻热线：0536-8811900"],
    "furniture": [
        "桐川晚报",
        "第9版",
        "文体·风筝",
        "2027年4月19日",
        "星期一",
        "编辑：巫　琳",
        "美编：甄　朗",
        "桐川晚报·文体",
        "桐川晚报社",
        "地址：桐川市鸢飞路6号",
        "新闻热线：0536-8811900",
    ],
    "run": ["桐川晚报·文体"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["百余只风筝同飞沙河滩", "——第十二届桐川风筝节开幕", "本报记者　邵䶮　实习生　甘　露"],
            "title": "百余只风筝同飞沙河滩",
            "subtitle": "第十二届桐川风筝节开幕",
            "byline": ["本报记者　邵䶮　实习生　甘　露", "邵䶮　甘　露", "邵䶮"],
            "captions": ["长达一百二十米的龙头蜈蚣风筝升空。"],
            "credits": ["（邵䶮　摄）"],
            "body": [
                "4月18日上午，第十二届桐川风筝节在沙河滩开幕，来自六个省份的三十二支代表队带来一百"
                "多只风筝。",
                "最引人注目的是老艺人王德厚和徒弟们扎的龙头蜈蚣，一百零八节，光放飞就用了二十个人。"
                "风筝{cap}升到半空时，河滩上响起一片掌声。",
                "风筝节将持续到4月20日，其间还有扎制技艺展示和少儿{run}绘画比赛，市民可免费入场。",
            ],
        },
        {
            "lines": ["传统扎制组获奖名单"],
            "title": "传统扎制组获奖名单",
            "body": [
                ("row", "一等奖：王德厚（龙头蜈蚣）"),
                ("row", "二等奖：卜秀兰（沙燕）、程小川（金鱼）"),
                ("row", "三等奖：柯建国（硬翅蝴蝶）、凌　霜（八卦）"),
            ],
        },
        {
            "lines": ["放飞提醒"],
            "title": "放飞提醒",
            "body": [
                ("row", "⑴　远离高压线、铁路和机场净空区。"),
                ("row", "⑵　雷雨和大风天气不要放飞。"),
                ("row", "⑶　风筝线缠住树枝时，不要爬树硬拽。"),
            ],
        },
    ],
}

GUJI = {
    "name": "zh_utf16le_bom_crlf_guji_xiufu_page_kicker_title_byline_caption_she_midsentence_running_head_shanben_"
    "rows_book_juan_count_dynasty_in_hexagonal_brackets_edition_zhanqi_note_guji_xiaozhishi_label",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "漳源日报 2027-05-22 第11版 古籍·书香, UTF-16 LE with BOM, CRLF; blank-line paragraphs with a two-space "
    "indent, wrapped at 22. A book-restorer story (kicker, title, byline line `本报记者　骆　青`, caption + "
    "`（骆　青　摄）` inside a sentence, the running head inside a sentence); a 善本 list whose rows give the "
    "book in 《》, its 卷 count, the dynasty in 〔〕 before the author, and the edition, with a wrapped `展期：` "
    "note; a 古籍小知识 label over one short explainer.",
    "date": "2027-05-22",
    "page": "11",
    "head": ["漳源日报　2027年5月22日　星期六", "第11版　古籍·书香　　责任编辑：郝　简"],
    "foot": ["漳源日报社出版　　读者来信：guji@zhangyuan.example.cn"],
    "furniture": [
        "漳源日报",
        "2027年5月22日",
        "星期六",
        "第11版",
        "古籍·书香",
        "责任编辑：郝　简",
        "漳源日报·书香",
        "漳源日报社出版",
        "读者来信：guji@zhangyuan.example.cn",
    ],
    "run": ["漳源日报·书香"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["市图书馆古籍修复室里的十年", "一页一页把老书“救”回来", "本报记者　骆　青"],
            "kicker": "市图书馆古籍修复室里的十年",
            "title": "一页一页把老书“救”回来",
            "byline": ["本报记者　骆　青", "骆　青", "骆青"],
            "captions": ["修复师戈晓帆用镊子揭开粘连的书页。"],
            "credits": ["（骆　青　摄）"],
            "body": [
                "市图书馆的古籍修复室不足四十平方米，修复师戈晓帆在这里工作了整整十年，经她手修好的"
                "古书已有三百一十二册。",
                "刚送来的书，有的被虫蛀得像筛子，有的受潮粘成了“书砖”。她先用蒸汽一点点{cap}"
                "揭开书页，再配上颜色相近的竹纸补洞，一册书往往要修两三个月。",
                "今年，馆里又招了两名年轻修复师。戈晓帆说，修书急不得，{run}要先学会坐得住。",
            ],
        },
        {
            "lines": ["本次展出善本（部分）"],
            "title": "本次展出善本（部分）",
            "body": [
                ("row", "《漳源县志》　十二卷　〔明〕陈之望纂　万历刻本"),
                ("row", "《梅溪诗钞》　四卷　〔清〕何季芳撰　道光抄本"),
                ("row", "《本草辑要》　八卷　〔清〕佚名撰　稿本"),
                "展期：5月25日至6月30日，市图书馆三楼古籍阅览室，每周一闭馆。",
            ],
        },
        {
            "lines": ["古籍小知识", "什么是“善本”"],
            "section": ["古籍小知识", None],
            "kicker": [None, "古籍小知识"],
            "title": "什么是“善本”",
            "body": [
                "善本一般指刻印精、校勘好、流传少的古书。年代久远并不是唯一标准，一部清代的精校本，也可能"
                "比一部粗劣的明代刻本更珍贵。",
            ],
        },
    ],
}

JUANXUE = {
    "name": "zht_big5_crlf_taiwan_juanxue_page_kicker_title_jizhe_slash_place_byline_caption_she_midsentence_running_"
    "head_xueye_kucun_rows_days_and_status_reference_mark_note_row_juanxue_huodong_rows_weekday_in_brackets",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "桃竹時報 2027-01-15 B2 生活, a Taiwan daily, Big5 (strict), CRLF; indent-only paragraphs, no blank "
    "lines inside an article, wrapped at 21. A blood-donation story (kicker, title, byline line "
    "`記者林宛蓁／新竹報導`, caption + `（記者林宛蓁攝）` inside a sentence, the running head right after an "
    "opening `「`); a 今日血液庫存 table of days in stock and a status (`O型　3.1天　告急`) with a `※` note row; a "
    "捐血活動 box of rows giving the date with the weekday in brackets `1/16（六）`, the place and the hours.",
    "date": "2027-01-15",
    "page": "B2",
    "head": ["桃竹時報　中華民國116年1月15日　星期五", "B2　生活　　　　　主編：詹淑芬"],
    "foot": ["桃竹時報社　　讀者服務專線：(03)552-6600"],
    "furniture": [
        "桃竹時報",
        "中華民國116年1月15日",
        "星期五",
        "B2",
        "生活",
        "主編：詹淑芬",
        "桃竹時報／生活",
        "桃竹時報社",
        "讀者服務專線：(03)552-6600",
    ],
    "run": ["桃竹時報／生活"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["寒流加上寒假　O型血庫存告急", "捐血中心籲民眾挽袖", "記者林宛蓁／新竹報導"],
            "kicker": "寒流加上寒假　O型血庫存告急",
            "title": "捐血中心籲民眾挽袖",
            "byline": ["記者林宛蓁／新竹報導", "記者林宛蓁∕新竹報導", "林宛蓁"],
            "captions": ["竹北捐血室的護理師為捐血人量血壓。"],
            "credits": ["（記者林宛蓁攝）"],
            "body": [
                "連日寒流加上學校放寒假，新竹捐血中心的O型血庫存昨天降到三點一天，低於安全存量，"
                "中心呼籲民眾踴躍挽袖。",
                "中心主任江明哲表示，冬天願意出門捐血的人本來就少，校園捐血活動又停辦，每天{cap}"
                "來捐的人比平時少了將近三成。",
                "在竹北工作的捐血人郭家豪說：「{run}捐一袋血只要十幾分鐘，想到能幫到人，就覺得很值得。」",
            ],
        },
        {
            "lines": ["今日血液庫存"],
            "title": "今日血液庫存",
            "body": [
                ("row", "血型　　庫存天數　　狀態"),
                ("row", "A型　　　5.2天　　　正常"),
                ("row", "B型　　　4.6天　　　偏低"),
                ("row", "O型　　　3.1天　　　告急"),
                ("row", "AB型　　6.8天　　　正常"),
                ("row", "※庫存統計至1月14日24時，7天以上為安全存量。"),
            ],
        },
        {
            "lines": ["本週末捐血活動"],
            "title": "本週末捐血活動",
            "body": [
                ("row", "1/16（六）　竹北市公所前廣場　09:00-17:00"),
                ("row", "1/16（六）　新竹火車站前站　10:00-18:00"),
                ("row", "1/17（日）　湖口老街廟口　　09:00-16:00"),
                "凡捐血二百五十毫升以上者，可獲贈暖暖包一盒，數量有限，送完為止。",
            ],
        },
    ],
}

HUAPAI = {
    "name": "zht_big5hkscs_lf_hong_kong_huapai_page_title_byline_cantonese_quotes_caption_she_midsentence_running_"
    "head_hangnei_shuyu_glossary_rows_term_in_corner_brackets_colon_gongzuofang_label_fee_and_phone_in_text",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "東角晚報 2027-02-03 B6 本地·人物, a Hong Kong evening paper, Big5-HKSCS (`嘢 㗎 啱 啲 嘅`, not in cp950 "
    "nor Big5), LF; blank-line paragraphs with a two-space indent, wrapped at 22. A flower-plaque (花牌) "
    "craftsman story (title with a U+3000 gap, byline line `本報記者　麥穎詩`, two Cantonese quotations, caption + "
    "`（麥穎詩攝）` inside one, the running head inside the other); a 行內術語 glossary box of rows "
    "`「term」：explanation` in Cantonese; a 工作坊 label over one item with a fee and a phone number.",
    "date": "2027-02-03",
    "page": "B6",
    "head": ["東角晚報　2027年2月3日　星期三", "B6　本地·人物　　　編輯：鄺家俊"],
    "foot": ["東角晚報有限公司出版　　新聞熱線：2577 3300"],
    "furniture": [
        "東角晚報",
        "2027年2月3日",
        "星期三",
        "B6",
        "本地·人物",
        "編輯：鄺家俊",
        "東角晚報．人物",
        "東角晚報有限公司出版",
        "新聞熱線：2577 3300",
    ],
    "run": ["東角晚報．人物"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["竹枝膠花紮足四十年　花牌師傅盼後繼有人", "本報記者　麥穎詩"],
            "title": "竹枝膠花紮足四十年　花牌師傅盼後繼有人",
            "byline": ["本報記者　麥穎詩", "麥穎詩"],
            "captions": ["鄧國興在元朗工場為新春花牌釘上膠花。"],
            "credits": ["（麥穎詩攝）"],
            "body": [
                "農曆新年將至，元朗一間花牌工場日夜趕工。六十三歲的師傅鄧國興十六歲入行，紮花牌紮咗"
                "足足四十七年。",
                "一個三層樓高嘅花牌，由紮竹架、釘膠花到寫大字，全部靠人手。鄧師傅話：「呢啲嘢冇得"
                "用機器做㗎，{cap}竹要紮得啱，颱風都吹唔冧。」",
                "近年訂單少咗，入行嘅後生更少。鄧師傅笑言：「我個仔都唔肯學，{run}不過有大學生嚟"
                "拜師，我好開心。」",
            ],
        },
        {
            "lines": ["行內術語"],
            "title": "行內術語",
            "body": [
                ("row", "「紮作」：用竹枝紮成花牌骨架。"),
                ("row", "「牌頭」：花牌最頂嘅裝飾，多數係龍鳳或者獅頭。"),
                ("row", "「擺期」：花牌搭好後擺放嘅日數，一般三至七日。"),
            ],
        },
        {
            "lines": ["工作坊", "花牌體驗班三月開班"],
            "section": ["工作坊", None],
            "kicker": [None, "工作坊"],
            "title": "花牌體驗班三月開班",
            "body": [
                "元朗一個社區藝術團體三月起逢星期日舉辦花牌體驗班，學員可親手紮一個小型花牌帶回家，"
                "費用$380，查詢：2479 6612。",
            ],
        },
    ],
}

FUZHUANG = {
    "name": "zh_utf8_bom_lf_italy_prato_huabao_fuzhuang_page_title_futi_byline_italian_district_name_glossed_euro_sum_"
    "caption_she_midsentence_running_head_zhanhui_box_bilingual_chinese_italian_label_rows_huashe_label",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "托斯卡纳华报 2027-04-23 第6版 服装·商贸, a Chinese weekly of Prato, Italy, simplified, UTF-8 with BOM, "
    "LF; blank-line paragraphs with a two-space indent, wrapped at 22. A garment-trade story (title, `——` 副题, "
    "byline line `本报记者　叶晓蓉`, the district `Macrolotto` with its Chinese name in brackets, a sum "
    "`€120万`, caption + `（叶晓蓉　摄）` inside a sentence, the running head inside a quotation); a trade-fair "
    "box of rows with bilingual Chinese–Italian labels (`时间 Data：`, `门票 Ingresso：gratuito（免费）`); a "
    "华社动态 label over one item.",
    "date": "2027-04-23",
    "page": "6",
    "head": ["托斯卡纳华报　2027年4月23日　星期五　第6版", "服装·商贸　　　　编辑：池丽珍"],
    "foot": ["托斯卡纳华报　Via Pistoiese 88, Prato　　电邮：redazione@huabao.example.it"],
    "furniture": [
        "托斯卡纳华报",
        "2027年4月23日",
        "星期五",
        "第6版",
        "服装·商贸",
        "编辑：池丽珍",
        "托斯卡纳华报·商贸",
        "托斯卡纳华报",
        "Via Pistoiese 88, Prato",
        "电邮：redazione@huabao.example.it",
    ],
    "run": ["托斯卡纳华报·商贸"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["快时尚批发商转型做自主品牌", "——华人服装企业聘请意大利设计师", "本报记者　叶晓蓉"],
            "title": "快时尚批发商转型做自主品牌",
            "subtitle": "华人服装企业聘请意大利设计师",
            "byline": ["本报记者　叶晓蓉", "叶晓蓉"],
            "captions": ["意大利设计师在华人服装厂的样衣间里修改版型。"],
            "credits": ["（叶晓蓉　摄）"],
            "body": [
                "在普拉托Macrolotto（大工业区）做了二十年服装批发的温州商人季建伟，今年春天推出了"
                "自己的女装品牌，第一季就卖进了米兰的三家买手店。",
                "为了做品牌，他投入€120万，聘请了两位意大利设计师，面料也改从本地纺织厂采购。"
                "他说，过去是别人{cap}出样他照做，现在要自己定款式。",
                "在工业区开店十多年的批发商宋美娟说：“靠便宜走量的路越来越难走，{run}大家都在想"
                "办法转型。”",
            ],
        },
        {
            "lines": ["普拉托服装采购展"],
            "title": "普拉托服装采购展",
            "body": [
                ("row", "时间 Data：2027年5月15日至16日"),
                ("row", "地点 Luogo：Via Galcianese 20, Prato"),
                ("row", "门票 Ingresso：gratuito（免费）"),
                ("row", "咨询 Info：+39 0574 612 880"),
            ],
        },
        {
            "lines": ["华社动态", "华商会举办意大利语培训班"],
            "section": ["华社动态", None],
            "kicker": [None, "华社动态"],
            "title": "华商会举办意大利语培训班",
            "body": [
                "本报讯　普拉托华商会5月起开办意大利语培训班，重点讲授合同、劳动法和税务常用语，"
                "首期招收学员四十名。",
            ],
        },
    ],
}

JAWA = {
    "name": "jv_latin1_lf_javanese_weekly_caps_kicker_title_subtitle_dening_byline_caption_foto_midsentence_"
    "running_head_pipe_separated_head_wayangan_rows_weekday_and_pasaran_day_lakon_dhalang_parikan_two_rows",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 40,
    "indent": "",
    "blank": True,
    "note": "Warta Mataram 2027-03-05, kaca 5, a Javanese weekly from Yogyakarta, ISO-8859-1 (`è é`, straight "
    "quotes, no dashes: the head is joined by ` | `), LF; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A children's gamelan story (capital kicker BUDAYA, title, subtitle, byline line `Dening Sri "
    "Wahyuni` (\"by\"), caption + `Foto: Bagus Priyanto` inside a quotation, the running head inside a "
    "sentence); a WAYANGAN box of rows giving the weekday and its Javanese market day (`Setu Pahing`), the play "
    "and the puppeteer; a PARIKAN box of two rhyming rows.",
    "date": "2027-03-05",
    "page": "5",
    "head": ["WARTA MATARAM", "Kalawarti basa Jawa | Jemuwah, 5 Maret 2027 | kaca 5 | Rp 5.000"],
    "foot": ["Warta Mataram, Jl. Kaliurang 21, Yogyakarta | redaksi@wartamataram.example.id"],
    "furniture": [
        "WARTA MATARAM",
        "Kalawarti basa Jawa",
        "Jemuwah, 5 Maret 2027",
        "kaca 5",
        "Rp 5.000",
        "Warta Mataram | Budaya",
        "Warta Mataram, Jl. Kaliurang 21, Yogyakarta",
        "redaksi@wartamataram.example.id",
    ],
    "run": ["Warta Mataram | Budaya"],
    "markup": ["|", "|", "|", "|"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "BUDAYA",
                "Bocah-bocah sinau gamelan ing pendhapa",
                "Saben Minggu sore pendhapa kampung ramé",
                "Dening Sri Wahyuni",
            ],
            "kicker": "BUDAYA",
            "title": "Bocah-bocah sinau gamelan ing pendhapa",
            "subtitle": "Saben Minggu sore pendhapa kampung ramé",
            "byline": ["Dening Sri Wahyuni", "Sri Wahyuni"],
            "captions": ["Bocah-bocah kampung Suryowijayan nabuh saron ing pendhapa."],
            "credits": ["Foto: Bagus Priyanto"],
            "body": [
                "Saben Minggu sore, pendhapa kampung Suryowijayan ramé swarané gamelan. Luwih saka "
                "telung puluh bocah sinau nabuh saron, bonang lan kendhang.",
                "Pak Harjono, guru karawitan sing wis umur pitung puluh taun, ngendika: \"Bocah saiki "
                "cepet banget sinaune. Sing penting {cap}aja isin lan aja kesusu.\"",
                "Wong tuwané bocah-bocah kabèh urunan kanggo tuku gamelan anyar. Sésuk ing sasi Mèi, "
                "bocah-bocah bakal {run}tampil ing pendhapa kelurahan.",
            ],
        },
        {
            "lines": ["WAYANGAN SASI MARET"],
            "title": "WAYANGAN SASI MARET",
            "body": [
                ("row", "Setu Pahing, 6 Maret - Wahyu Makutharama - Ki Sugeng Lelono"),
                ("row", "Setu Legi, 20 Maret - Semar Mbangun Kahyangan - Ki Joko Prasetyo"),
                ("row", "Kabèh wiwit jam 21.00 ing pendhapa kelurahan."),
            ],
        },
        {
            "lines": ["PARIKAN"],
            "title": "PARIKAN",
            "body": [
                ("row", "Tuku gula ana ing pasar,"),
                ("row", "sinau gamelan aja nganti kesasar."),
            ],
        },
    ],
}

RWANDA = {
    "name": "rw_cp1252_crlf_kinyarwanda_weekly_caps_kicker_title_subtitle_yanditswe_na_byline_caption_ifoto_"
    "midsentence_running_head_ibyangombwa_byatakaye_lost_document_rows_name_and_place_itangazo_label",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 41,
    "indent": "",
    "blank": True,
    "note": "Inkuru za Huye 2027-03-19, urupapuro 3, a Kinyarwanda weekly from Huye, Windows-1252 (`“ ”`, `’`, "
    "`–`), CRLF; blank-line paragraphs, wrapped at 41 with hyphenation. A coffee-price story (capital kicker "
    "UBUHINZI, title, subtitle, byline line `Yanditswe na Claudine Uwase` (\"written by\"), caption + `Ifoto: "
    "Eric Habimana` inside a sentence, the running head inside a quotation); an IBYANGOMBWA BYATAKAYE box of "
    "lost-document rows (the document, its owner, where it was lost) and a note row; an ITANGAZO label over one "
    "item.",
    "date": "2027-03-19",
    "page": "3",
    "head": ["INKURU ZA HUYE", "Ikinyamakuru cya buri cyumweru – Ku wa Gatanu 19 Werurwe 2027 – Urupapuro 3 – 500 Frw"],
    "foot": ["Inkuru za Huye, BP 214 Huye – amakuru@inkuruhuye.example.rw"],
    "furniture": [
        "INKURU ZA HUYE",
        "Ikinyamakuru cya buri cyumweru",
        "Ku wa Gatanu 19 Werurwe 2027",
        "Urupapuro 3",
        "500 Frw",
        "Inkuru za Huye – Ubukungu",
        "Inkuru za Huye, BP 214 Huye",
        "amakuru@inkuruhuye.example.rw",
    ],
    "run": ["Inkuru za Huye – Ubukungu"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "UBUHINZI",
                "Abahinzi b’ikawa bishimiye igiciro gishya",
                "Ikilo cy’ikawa y’amarebe cyageze ku mafaranga 410",
                "Yanditswe na Claudine Uwase",
            ],
            "kicker": "UBUHINZI",
            "title": "Abahinzi b’ikawa bishimiye igiciro gishya",
            "subtitle": "Ikilo cy’ikawa y’amarebe cyageze ku mafaranga 410",
            "byline": ["Yanditswe na Claudine Uwase", "Claudine Uwase"],
            "captions": ["Abahinzi ba koperative Twitezimbere bagemura ikawa ku ruganda rwa Maraba."],
            "credits": ["Ifoto: Eric Habimana"],
            "body": [
                "Abahinzi b’ikawa bo mu karere ka Huye barishimira igiciro gishya cy’ikawa y’amarebe, "
                "cyavuye ku mafaranga 350 kigera kuri 410 ku kilo.",
                "Umuyobozi wa koperative Twitezimbere, Jean Bosco Nsengiyumva, avuga ko abanyamuryango "
                "bayo barenga magana atandatu {cap}bazabona inyungu nyinshi muri uyu mwaka.",
                "Umuhinzi Vestine Mukamana yagize ati: “Ubu nzabasha kwishyurira abana amashuri "
                "{run}ntagurishije ihene.”",
            ],
        },
        {
            "lines": ["IBYANGOMBWA BYATAKAYE"],
            "title": "IBYANGOMBWA BYATAKAYE",
            "body": [
                ("row", "Indangamuntu ya Mukandayisenga Olive – yatakariye i Ngoma"),
                ("row", "Perimi ya Habyarimana Innocent – yatakariye mu isoko rya Huye"),
                ("row", "Ikarita y’ubwishingizi ya Nshimiyimana Eric – i Tumba"),
                ("row", "Uwabibonye yabizana ku biro by’umurenge."),
            ],
        },
        {
            "lines": ["ITANGAZO", "Isoko rishya rya Rango rizafungurwa muri Mata"],
            "section": ["ITANGAZO", None],
            "kicker": [None, "ITANGAZO"],
            "title": "Isoko rishya rya Rango rizafungurwa muri Mata",
            "body": [
                "Ubuyobozi bw’akarere buramenyesha abacuruzi ko isoko rishya rya Rango rizafungurwa "
                "tariki ya 5 Mata 2027. Ibibanza bizatangwa hakurikijwe urutonde.",
            ],
        },
    ],
}

IGBO = {
    "name": "ig_utf8_lf_igbo_weekly_caps_kicker_title_subtitle_site_n_aka_byline_caps_dateline_caption_foto_"
    "midsentence_running_head_bolu_score_rows_team_goals_dash_goals_team_ozi_ndi_ozo_label_over_item",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 34,
    "indent": "",
    "blank": True,
    "note": "Ọkụ Nsụka 2027-05-07, peeji 2, an Igbo weekly from Nsukka, UTF-8 without BOM (the dotted vowels `ị ọ "
    "ụ Ị Ọ Ụ`, `“ ”`, `–`), LF; blank-line paragraphs, wrapped at 34 with hyphenation. A clinic story "
    "(capital kicker AHỤIKE, title, subtitle, byline line `Site n’aka Chidinma Eze` (\"from the hand of\"), a "
    "capital dateline `OBUKPA –` opening paragraph 1, caption + `Foto: Obinna Ugwu` inside a quotation, the "
    "running head inside a sentence); a BỌỌLỤ box of score rows `team 2 – 1 team`; an OZI NDỊ ỌZỌ label over "
    "one item.",
    "date": "2027-05-07",
    "page": "2",
    "head": ["ỌKỤ NSỤKA", "Akwụkwọ akụkọ izu ụka – Fraịdee 7 Mee 2027 – Peeji 2 – ₦300"],
    "foot": ["Ọkụ Nsụka, 12 Enugu Road, Nsụka – akuko@okunsuka.example.ng"],
    "furniture": [
        "ỌKỤ NSỤKA",
        "Akwụkwọ akụkọ izu ụka",
        "Fraịdee 7 Mee 2027",
        "Peeji 2",
        "₦300",
        "Ọkụ Nsụka – Obodo Anyị",
        "Ọkụ Nsụka, 12 Enugu Road, Nsụka",
        "akuko@okunsuka.example.ng",
    ],
    "run": ["Ọkụ Nsụka – Obodo Anyị"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "AHỤIKE",
                "Ụlọ ọgwụ ọhụrụ emepela n’Obukpa",
                "Ndị inyom dị ime agaghịzi eje ije dị anya",
                "Site n’aka Chidinma Eze",
            ],
            "kicker": "AHỤIKE",
            "title": "Ụlọ ọgwụ ọhụrụ emepela n’Obukpa",
            "subtitle": "Ndị inyom dị ime agaghịzi eje ije dị anya",
            "byline": ["Site n’aka Chidinma Eze", "Chidinma Eze"],
            "captions": ["Ndị nọọsụ na-elekọta ụmụaka n’ụlọ ọgwụ ọhụrụ ahụ."],
            "credits": ["Foto: Obinna Ugwu"],
            "body": [
                "OBUKPA – Ụlọ ọgwụ ọhụrụ mepere n’obodo Obukpa na Mọnde gara aga. Ọ nwere akwa "
                "iri abụọ na ndị nọọsụ asatọ.",
                "Onyeisi obodo, Igwe Cyril Ugwuanyi, kwuru sị: “Tupu taa, ndị inyom dị ime na-eje "
                "ije awa abụọ ruo {cap}Nsụka. Ugbu a, ọgwụ dị n’akụkụ anyị.”",
                "Ndị obodo nyere ala e wuru ụlọ ọgwụ ahụ, ụmụ afọ Obukpa bi na mba ọzọ {run}nyekwara "
                "ego maka ngwa ọrụ.",
            ],
        },
        {
            "lines": ["BỌỌLỤ"],
            "title": "BỌỌLỤ",
            "body": [
                ("row", "Nsụka Rangers 2 – 1 Obollo Stars"),
                ("row", "Ọpị United 0 – 0 Ede-Oballa FC"),
                ("row", "Obukpa Youths 3 – 2 Ibagwa Rovers"),
            ],
        },
        {
            "lines": ["OZI NDỊ ỌZỌ", "Ahịa Orie Ọrba ga-emeghe n’abalị"],
            "section": ["OZI NDỊ ỌZỌ", None],
            "kicker": [None, "OZI NDỊ ỌZỌ"],
            "title": "Ahịa Orie Ọrba ga-emeghe n’abalị",
            "body": [
                "Ndị ọchịchị ime obodo ekwela ka ahịa Orie Ọrba na-emeghe ruo elekere itoolu nke "
                "abalị, malite na ọnwa Juun.",
            ],
        },
    ],
}

CHEWA = {
    "name": "ny_utf16be_bom_lf_chichewa_weekly_caps_kicker_title_subtitle_wolemba_byline_caption_chithunzi_"
    "midsentence_running_head_nyengo_weather_rows_day_dash_forecast_dash_degrees_celsius_mwachidule_label",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 37,
    "indent": "",
    "blank": True,
    "note": "Nkhani za Zomba 2027-01-22, tsamba 6, a Chichewa weekly from Zomba, Malawi, UTF-16 BE with BOM (`ŵ`, "
    "`’`, `“ ”`, `–`, `°`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A seed-distribution "
    "story (capital kicker ZAULIMI, title, subtitle, byline line `Wolemba: Chikondi Banda` (\"writer\"), caption "
    "+ `Chithunzi: Mphatso Phiri` inside a sentence, the running head inside a quotation); a NYENGO box of "
    "weather rows `day – forecast – 27°C` and a note row; a MWACHIDULE label over one item.",
    "date": "2027-01-22",
    "page": "6",
    "head": ["NKHANI ZA ZOMBA", "Nyuzipepala ya sabata – Lachisanu 22 Januwale 2027 – Tsamba 6 – K800"],
    "foot": ["Nkhani za Zomba, PO Box 377, Zomba – nkhani@zombanews.example.mw"],
    "furniture": [
        "NKHANI ZA ZOMBA",
        "Nyuzipepala ya sabata",
        "Lachisanu 22 Januwale 2027",
        "Tsamba 6",
        "K800",
        "Nkhani za Zomba – Zakumidzi",
        "Nkhani za Zomba, PO Box 377, Zomba",
        "nkhani@zombanews.example.mw",
    ],
    "run": ["Nkhani za Zomba – Zakumidzi"],
    "markup": ["–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": [
                "ZAULIMI",
                "Alimi a ku Thondwe alandira mbewu",
                "Mabanja oposa chikwi chimodzi apindula",
                "Wolemba: Chikondi Banda",
            ],
            "kicker": "ZAULIMI",
            "title": "Alimi a ku Thondwe alandira mbewu",
            "subtitle": "Mabanja oposa chikwi chimodzi apindula",
            "byline": ["Wolemba: Chikondi Banda", "Chikondi Banda"],
            "captions": ["Mayi Esnart Kalua alandira thumba la mbewu ya chimanga."],
            "credits": ["Chithunzi: Mphatso Phiri"],
            "body": [
                "Alimi oposa chikwi chimodzi m’dera la Thondwe alandira mbewu ya chimanga ndi nyemba "
                "kuchokera ku bungwe la Tilime Pamodzi sabata yatha.",
                "Mkulu wa bungweli, a Gift Chirwa, ati mlimi aliyense walandira matumba aŵiri a mbewu "
                "ndi {cap}feteleza wokwanira munda umodzi.",
                "Mayi Esnart Kalua ati: “Chaka chatha mvula inachedwa ndipo tinalibe mbewu. Chaka chino "
                "{run}tadzala msanga.”",
            ],
        },
        {
            "lines": ["NYENGO SABATA INO"],
            "title": "NYENGO SABATA INO",
            "body": [
                ("row", "Lolemba – Mvula yambiri – 24°C"),
                ("row", "Lachitatu – Mitambo – 27°C"),
                ("row", "Lachisanu – Dzuwa – 30°C"),
                ("row", "Zolosera za nthambi ya zanyengo."),
            ],
        },
        {
            "lines": ["MWACHIDULE", "Msewu wa ku Jali ukonzedwa"],
            "section": ["MWACHIDULE", None],
            "kicker": [None, "MWACHIDULE"],
            "title": "Msewu wa ku Jali ukonzedwa",
            "body": [
                "Khonsolo ya boma la Zomba yayamba kukonza msewu wa ku Jali umene unawonongeka ndi "
                "mvula. Ntchitoyi itha mu mwezi wa Marichi.",
            ],
        },
    ],
}

VOWELS = set("aeiouáàâãäåæéèêëíìîïóòôõöøúùûüịọụAEIOUÁÀÂÉÈÊÍÌÎÓÒÔÚÙÛỊỌỤ")
DIGRAPHS = {
    "jv": ("ng", "ny", "dh", "th"),
}
OPEN = {"rw", "ig", "ny"}  # Bantu and Igbo syllables are open: the break goes before the whole onset


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall (holdout54's rule; for the open-syllable
    languages, before a consonant or consonant cluster that follows a vowel), never leaving fewer
    than two letters before or three after it."""
    if "~" in word or len(word) < 6 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if "’" in word or "ʼ" in word or "'" in word:
        return word
    core = word.rstrip('.,;:!?"»”“')
    tail = word[len(core) :]
    out, n = "", len(core)
    for i, ch in enumerate(core):
        if 2 <= i <= n - 3 and core[i].isalpha() and core[i - 1].isalpha():
            pair = core[i - 1 : i + 1].lower()
            if language in OPEN:
                if ch not in VOWELS and core[i - 1] in VOWELS and any(c in VOWELS for c in core[i + 1 :]):
                    out += "~"
            elif ch not in VOWELS and core[i - 1] in VOWELS and core[i + 1] in VOWELS:
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


for _page, _language in ((JAWA, "jv"), (RWANDA, "rw"), (IGBO, "ig"), (CHEWA, "ny")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [BINZANG, FENGZHENG, GUJI, JUANXUE, HUAPAI, FUZHUANG, JAWA, RWANDA, IGBO, CHEWA]
