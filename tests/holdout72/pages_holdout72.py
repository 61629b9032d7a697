"""The text of every holdout72 page, written once: make_holdout72_pages.py prints it and writes the gold.

The page format is holdout69's (see pages_holdout69.py), unchanged. `("row", line)` prints a line of a table, a rota,
a ranked list or a programme (one gold paragraph per printed line, no blank line between rows); `("h", line)` prints a
heading inside an article (gold `headings`); `("end", line)` prints a line that is no paragraph of the gold.
Classified ads are printed as page lines and listed as furniture (the convention of holdout12, holdout18 and the
later classified sets). All papers, people, firms, pharmacies, books, programmes and events are invented.
"""

YAODIAN = {
    "name": "zh_gbk_crlf_yaodian_zhiban_pharmacy_on_duty_page_rota_rows_address_hours_beside_flu_story_caption_credit_midsentence_running_head",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "江湄晚报 2027-03-13 第6版 健康, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A health page: "
    "a flu story (title, byline line, a caption and its credit inside a sentence, the running head in mid-sentence) beside "
    "a pharmacy-on-duty rota `本周夜间值班药店` (header row, five rows: pharmacy, address, hours, phone; a note row).",
    "date": "2027-03-13", "page": "6",
    "head": ["江湄晚报　2027年3月13日　星期六", "第6版　健康　　责任编辑：冉　卉"],
    "foot": ["江湄晚报社　　健康热线：0719-6602233"],
    "furniture": ["江湄晚报", "2027年3月13日", "星期六", "第6版", "健康", "责任编辑：冉　卉", "江湄晚报·健康",
                  "江湄晚报社", "健康热线：0719-6602233"],
    "run": ["江湄晚报·健康"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["流感进入高发期　专家提醒勤洗手", "本报记者　蒲　欣"], "title": "流感进入高发期　专家提醒勤洗手",
         "byline": ["本报记者　蒲　欣", "蒲　欣", "蒲欣"],
         "captions": ["市民在社区医院接种流感疫苗。"], "credits": ["本报记者　蒲　欣　摄"],
         "body": ["近一周来，我市各医院发热门诊的就诊人数明显增加。市疾控中心监测显示，流感已进入春季高发期。",
                  "市人民医院呼吸科主任谭立群说，老人、孩子和有慢性病的人{cap}是重点人群，出现高烧、咳嗽要及时就医，"
                  "不要自行乱用抗生素。",
                  "疾控专家提醒，室内要常开窗通风，外出回家后用流动水洗手，{run}人多的地方最好戴上口罩。"]},
        {"lines": ["本周夜间值班药店"], "title": "本周夜间值班药店",
         "body": [("row", "药店　　　　　地址　　　　　　值班时间"),
                  ("row", "仁和堂大药房　解放路118号　　20:00-次日8:00"),
                  ("row", "百姓药房　　　新华街23号　　　20:00-24:00"),
                  ("row", "康泰药店　　　东湖路6号　　　 全天24小时"),
                  ("row", "同心大药房　　滨江路201号　　20:00-次日8:00"),
                  ("row", "益民药店　　　西门口45号　　 20:00-24:00"),
                  ("row", "值班电话：0719-6609120")]},
    ],
}

XINPAN = {
    "name": "zh_gb18030_lf_xinpan_property_listings_page_listing_rows_area_price_beside_market_story_rare_char_name_caption_credit_running_head_midsentence",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "澄江日报 2027-03-11 第14版 房产, GB18030 (`𠮷` U+20BB7 in an agent's name, not in GBK), LF; indent-only "
    "paragraphs, wrapped at 21. A property page: a market story (kicker `楼市观察`, title, byline line, a caption and its "
    "credit inside a sentence, the running head in mid-sentence, a quotation), then a listings box `本周新盘速递` (header row and five listing rows: estate, "
    "district, size, price, each one paragraph) with a price disclaimer as its last paragraph.",
    "date": "2027-03-11", "page": "14",
    "head": ["澄江日报　第14版　房产", "2027年3月11日　星期四　　编辑：蓝　宇"],
    "foot": ["澄江日报房产部　　广告热线：0728-5573300"],
    "furniture": ["澄江日报", "第14版", "房产", "2027年3月11日", "星期四", "编辑：蓝　宇", "澄江日报房产部",
                  "广告热线：0728-5573300", "澄江日报·房产"],
    "run": ["澄江日报·房产"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["楼市观察", "开春新房成交回暖", "本报记者　钟　岩"], "kicker": ["楼市观察", None],
         "title": "开春新房成交回暖", "byline": ["本报记者　钟　岩", "钟　岩", "钟岩"],
         "captions": ["南湖片区一处在售楼盘的样板间。"], "credits": ["（本报记者　钟　岩　摄）"],
         "body": ["据市住建局网签数据统计，2月下旬以来，全市新建商品住宅日均成交一百四十余套，比春节前增加近三成。",
                  "从成交结构看，九十到一百二十平方米的改善型{cap}户型最受欢迎，南湖和高铁新城两个{run}片区成交占了一半。",
                  "做了十多年中介的周𠮷祥说：“来看房的多是想换大房子的家庭，首次置业的年轻人还在观望。”"]},
        {"lines": ["本周新盘速递"], "title": "本周新盘速递",
         "body": [("row", "楼盘　　　　片区　　　面积　　　　　均价"),
                  ("row", "澄湖雅苑　　南湖　　　89-128平方米　　9800元/平方米"),
                  ("row", "翠屏府　　　高铁新城　95-140平方米　　10500元/平方米"),
                  ("row", "江岸名邸　　滨江　　　118-180平方米　 13200元/平方米"),
                  ("row", "桂园小区　　城北　　　76-102平方米　　7600元/平方米"),
                  ("row", "锦绣华庭　　开发区　　88-115平方米　　8200元/平方米"),
                  "以上价格由开发商提供，仅供参考，以售楼处公示为准。"]},
    ],
}

PAIHANGBANG = {
    "name": "zht_big5_crlf_taiwan_paihangbang_bestseller_chart_page_ranked_rows_title_author_publisher_review_beside_kicker_caption_credit_midsentence_running_head",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "竹港日報 中華民國116年3月14日 B6 閱讀, Big5 (strict), CRLF; indent-only paragraphs, wrapped at 21. A books page: "
    "a bestseller chart `本週暢銷書排行榜` (header row and eight ranked rows: rank, title in 《》, author, publisher, each one "
    "paragraph; a source row), then a review of the chart's first book (kicker `書評`, title, byline line `文／易書涵`, a "
    "caption and its credit inside a sentence, 「」 quotes, the running head in mid-sentence).",
    "date": "2027-03-14", "page": "B6",
    "head": ["竹港日報　B6　閱讀", "中華民國116年3月14日　星期日"],
    "foot": ["竹港日報閱讀版　　投稿信箱：books@zhugang.example.tw"],
    "furniture": ["竹港日報", "B6", "閱讀", "中華民國116年3月14日", "星期日", "竹港日報．閱讀", "竹港日報閱讀版",
                  "投稿信箱：books@zhugang.example.tw"],
    "run": ["竹港日報．閱讀"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["本週暢銷書排行榜"], "title": "本週暢銷書排行榜",
         "body": [("row", "名次　書名　　　　　　　作者　　　出版社"),
                  ("row", "1　《海風吹過的小鎮》　邱映雪　　青嵐出版"),
                  ("row", "2　《一個人的早餐》　　韋子恆　　木舟文化"),
                  ("row", "3　《數字會說話》　　　范明哲　　長河書房"),
                  ("row", "4　《阿嬤的菜園》　　　溫惠蘭　　青嵐出版"),
                  ("row", "5　《夜行列車》　　　　石之安　　星野出版"),
                  ("row", "6　《慢慢來也可以》　　潘若瑜　　木舟文化"),
                  ("row", "7　《山城舊事》　　　　卓文彬　　長河書房"),
                  ("row", "8　《給十七歲的信》　　萬佳穎　　星野出版"),
                  ("row", "資料來源：竹港各大書店3月5日至11日銷售統計")]},
        {"lines": ["書評", "在小鎮的風裡　找回慢下來的自己", "文／易書涵"], "kicker": ["書評", None],
         "title": "在小鎮的風裡　找回慢下來的自己", "byline": ["文／易書涵", "易書涵"],
         "captions": ["《海風吹過的小鎮》作者邱映雪。"], "credits": ["（青嵐出版提供）"],
         "body": ["連續三週登上榜首的《海風吹過的小鎮》，是邱映雪的第一本長篇小說。故事從一名離開臺北的女孩寫起，"
                  "她回到外婆住的海邊小鎮，接下一間快要關門的雜貨店。",
                  "作者用很淡的筆調寫小鎮的人：每天來買菸的老船長、放學後{cap}來寫功課的孩子、總是說「明天再付」的鄰居。"
                  "沒有大事發生，卻讓人一頁接一頁讀下去。",
                  "邱映雪在後記寫道：「我想寫的是，慢下來並不是失敗。」這句話，或許正是這本書{run}打動這麼多讀者的原因。"]},
    ],
}

XINGZUO = {
    "name": "zht_big5hkscs_lf_hong_kong_xingzuo_horoscope_page_twelve_signs_headings_date_ranges_one_paragraph_each_cantonese_running_head_midsentence",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "朗灣日報 2027-03-12 C8 消閒, Big5-HKSCS (`啲 喺 咗 嘢`, in neither cp950 nor Big5), LF; blank-line paragraphs, wrapped "
    "at 20. A horoscope page: one article `本週星座運程` (byline line `文：星月師傅`, one intro paragraph, then twelve signs, "
    "each its name and date range as a heading over one short Cantonese paragraph); the running head cuts one sign's "
    "paragraph in mid-sentence.",
    "date": "2027-03-12", "page": "C8",
    "head": ["朗灣日報　2027年3月12日　星期五", "C8　消閒　　　責任編輯：駱嘉敏"],
    "foot": ["朗灣日報有限公司出版　　消閒版電郵：leisure@longwan.example.hk"],
    "furniture": ["朗灣日報", "2027年3月12日", "星期五", "C8", "消閒", "責任編輯：駱嘉敏", "朗灣日報．消閒",
                  "朗灣日報有限公司出版", "消閒版電郵：leisure@longwan.example.hk"],
    "run": ["朗灣日報．消閒"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["本週星座運程", "文：星月師傅"], "title": "本週星座運程", "byline": ["文：星月師傅", "星月師傅"],
         "body": ["3月13日至19日",
                  ("h", "白羊座（3月21日至4月19日）"), "工作上有新機會，要把握星期二之前嘅時間。",
                  ("h", "金牛座（4月20日至5月20日）"), "花錢要小心啲，唔好一時衝動買咗唔需要嘅嘢。",
                  ("h", "雙子座（5月21日至6月21日）"), "朋友會帶來好消息，週末適合出外走走。",
                  ("h", "巨蟹座（6月22日至7月22日）"), "家人需要你多啲陪伴，早啲返屋企食飯。",
                  ("h", "獅子座（7月23日至8月22日）"), "你嘅意見會得到上司支持，可以大膽講出嚟。",
                  ("h", "處女座（8月23日至9月22日）"), "身體有啲疲倦，記得早睡，{run}唔好捱夜。",
                  ("h", "天秤座（9月23日至10月23日）"), "感情運不錯，單身嘅朋友有機會喺聚會識到新朋友。",
                  ("h", "天蠍座（10月24日至11月22日）"), "做事要有耐性，急都冇用。",
                  ("h", "射手座（11月23日至12月21日）"), "適合學新嘢，報個短期課程會有收穫。",
                  ("h", "山羊座（12月22日至1月19日）"), "財運平穩，可以開始計劃一個小旅行。",
                  ("h", "水瓶座（1月20日至2月18日）"), "同事之間有啲誤會，講清楚就冇事。",
                  ("h", "雙魚座（2月19日至3月20日）"), "生日月份心情好，身邊人都會幫你。"]},
    ],
}

ZHONGKAO = {
    "name": "zh_utf16be_bom_lf_zhongkao_admissions_cut_off_page_fenshuxian_table_header_row_school_rows_story_quotes_kicker_caption_credit_midsentence_running_head",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岚州日报 2027-07-09 第5版 教育, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. An admissions page "
    "after the senior-high entrance exam (中考): a story (kicker `中考放榜`, title, subtitle, byline line, quotes from a "
    "principal and a parent, a caption and its credit inside a sentence, the running head in mid-sentence), then a cut-off "
    "table `2027年市区普通高中录取分数线` (header row, six school rows, a note row).",
    "date": "2027-07-09", "page": "5",
    "head": ["岚州日报　2027年7月9日　星期五", "第5版　教育　　责任编辑：宁　静"],
    "foot": ["岚州日报社　　教育热线：0351-7726018"],
    "furniture": ["岚州日报", "2027年7月9日", "星期五", "第5版", "教育", "责任编辑：宁　静", "岚州日报·教育",
                  "岚州日报社", "教育热线：0351-7726018"],
    "run": ["岚州日报·教育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["中考放榜", "市区普高录取线公布", "第一中学统招线为612分", "本报记者　唐　韵"],
         "kicker": ["中考放榜", None], "title": "市区普高录取线公布", "subtitle": "第一中学统招线为612分",
         "byline": ["本报记者　唐　韵", "唐　韵", "唐韵"],
         "captions": ["考生在学校查询录取结果。"], "credits": ["本报记者　唐　韵　摄"],
         "body": ["昨天，市招生考试院公布了今年市区普通高中第一批录取分数线。今年全市共有两万一千多名考生参加中考，总分700分。",
                  "第一中学统招线为612分，比去年高出5分。第一中学校长邵明远说：“今年高分段考生比较多，{cap}竞争更激烈了。”",
                  "在第三中学门口等孩子的家长吴女士说：“孩子考了587分，上了第一志愿，我们全家都松了一口气。”",
                  "市招生考试院提醒，第二批学校的志愿{run}补报将于7月12日开始，请考生按时登录系统填报。"]},
        {"lines": ["2027年市区普通高中录取分数线"], "title": "2027年市区普通高中录取分数线",
         "body": [("row", "学校　　　　　　统招线　　择校线"),
                  ("row", "岚州市第一中学　612　　　605"),
                  ("row", "岚州市实验中学　598　　　590"),
                  ("row", "岚州市第三中学　581　　　572"),
                  ("row", "岚州外国语学校　576　　　568"),
                  ("row", "岚州市第五中学　553　　　545"),
                  ("row", "岚州市第八中学　530　　　521"),
                  ("row", "注：以上为第一批录取分数线，满分700分。")]},
    ],
}

ZHIAN = {
    "name": "zh_utf8_bom_crlf_zhian_police_log_page_jingqing_timed_entries_one_paragraph_each_under_one_head_beside_court_story_kicker_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "临溪晚报 2027-03-10 第4版 法治, UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped at 22. A police log and "
    "court page: `一周治安播报` (byline line `通讯员　钱　朗`, five dated and timed entries, each one paragraph under the one "
    "head: they are printed under one title with no heads of their own), then a court story (kicker `庭审现场`, title, byline "
    "line, a caption and its credit inside a sentence, the running head in mid-sentence).",
    "date": "2027-03-10", "page": "4",
    "head": ["临溪晚报　2027年3月10日　星期三", "第4版　法治　　责任编辑：鲁　平"],
    "foot": ["临溪晚报社　　新闻热线：0579-8350110"],
    "furniture": ["临溪晚报", "2027年3月10日", "星期三", "第4版", "法治", "责任编辑：鲁　平", "临溪晚报·法治",
                  "临溪晚报社", "新闻热线：0579-8350110"],
    "run": ["临溪晚报·法治"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["一周治安播报", "通讯员　钱　朗"], "title": "一周治安播报", "byline": ["通讯员　钱　朗", "钱　朗", "钱朗"],
         "body": ["3月3日22时许，城东派出所接到报警，称人民路一家烧烤店有人酒后打架。民警到场后将两名男子带回调查，二人均被处以行政拘留。",
                  "3月4日上午，一名老人在火车站走失。巡警根据老人口袋里的药盒联系上医院，两小时后帮他找到了家人。",
                  "3月5日15时，南门菜市场一名摊主报称手机被盗。民警调看监控，当晚在网吧抓获嫌疑人严某。",
                  "3月6日凌晨，交警在滨河路查获一名酒后驾驶的司机，其血液酒精含量为每百毫升96毫克，已涉嫌危险驾驶罪。",
                  "3月7日，市公安局反诈中心成功拦截一起冒充客服的诈骗，为市民余女士挽回损失八万元。"]},
        {"lines": ["庭审现场", "谎称能办入学　骗走家长三十万", "本报记者　邢　铮"], "kicker": ["庭审现场", None],
         "title": "谎称能办入学　骗走家长三十万", "byline": ["本报记者　邢　铮", "邢　铮", "邢铮"],
         "captions": ["庭审现场。"], "credits": ["本报记者　邢　铮　摄"],
         "body": ["3月8日，临溪市城西区人民法院公开审理了一起诈骗案。被告人施某自称认识学校领导，能帮孩子进入重点小学。",
                  "检察机关指控，2025年至2026年，施某先后收取六名家长共计三十万元“活动费”，{cap}钱到手后便不再接电话。",
                  "庭审中，施某对指控的事实没有异议，表示愿意退赔。法庭将{run}择期宣判。"]},
    ],
}

SLONSKI = {
    "name": "szl_cp1250_crlf_silesian_worship_page_msze_service_times_by_parish_rows_beside_feature_od_byline_caption_credit_midsentence_running_head",
    "encoding": "cp1250", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Ślonski Wochynblat (an invented Silesian-language weekly, Chorzów) 2027-03-13 strona 8, Windows-1250 (`ł ś ż ć ń ô "
    "„ ”`), CRLF; blank-line paragraphs, wrapped at 40 with hyphenation. A worship page: service times by parish "
    "`Msze we niydziela` (six rows: church, town, times, each one paragraph), then a feature on an organ restored (title, "
    "byline line `Ôd Ewa Kluczniok`, a caption and its credit inside a sentence, the running head in mid-sentence, a quotation).",
    "date": "2027-03-13", "page": "8",
    "head": ["ŚLONSKI WOCHYNBLAT / Sobota 13 marca 2027 / Strona 8", "Wiara"],
    "foot": ["Ślonski Wochynblat / ul. Wolności 40 Chorzów / redakcyjo@wochynblat.example.pl"],
    "furniture": ["ŚLONSKI WOCHYNBLAT", "Sobota 13 marca 2027", "Strona 8", "Wiara", "Ślonski Wochynblat / Strona 8",
                  "Ślonski Wochynblat", "ul. Wolności 40 Chorzów", "redakcyjo@wochynblat.example.pl"],
    "run": ["Ślonski Wochynblat / Strona 8"], "labels": [], "markup": [" / ", " / ", " / ", " / ", " / "],
    "articles": [
        {"lines": ["Msze we niydziela"], "title": "Msze we niydziela",
         "body": [("row", "Kościół św. Jadwigi, Chorzów: 7.00, 9.00, 11.00, 18.00"),
                  ("row", "Kościół św. Barbary, Bytom: 8.00, 10.30, 17.00"),
                  ("row", "Kościół Mariacki, Katowice: 7.30, 9.30, 12.00"),
                  ("row", "Kościół ewangelicki, Mikołów: 10.00"),
                  ("row", "Kaplica szpitalno, Ruda: 9.00"),
                  ("row", "Kościół św. Józefa, Siymianowice: 8.00, 11.00")]},
        {"lines": ["Stare ôrgany zaś grajom", "Ôd Ewa Kluczniok"], "title": "Stare ôrgany zaś grajom",
         "byline": ["Ôd Ewa Kluczniok", "Ewa Kluczniok"],
         "captions": ["Ôrganista Paweł Wyleżoł przi nowych piszczałkach."], "credits": ["Fot. Marek Szołtysek"],
         "body": ["Po dwóch latach roboty we koś~cie~le św. Jadwigi zaś grajom stare ôrgany. Ôsta~ły zbu~do~wa~ne w 1912 roku "
                  "i bez woj~na były mocno zni~szczo~ne.",
                  "Na re~mont skłodali sie ludzie z cołkij pa~ra~fii. Fa~chow~cy z Kra~ko~wa {cap}wy~mie~niyli wiyncyj jak "
                  "trzis~ta pisz~cza~łek.",
                  "„Te ôrgany majom swoj głos, kiery pa~miyn~ta~jom nasze starziki” – pado ôr~ga~nis~ta Paweł Wyleżoł. "
                  "Piyrszy koncert by~dzie we niy~dzie~la {run}ô 16.00 po po~łed~niu."]},
    ],
}

XITSONGA = {
    "name": "ts_macroman_cr_xitsonga_lottery_results_page_draw_numbers_rows_prize_table_divisions_winners_rand_short_story_hi_byline_caption_credit_midsentence",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Xikhamba xa Giyani (an invented Xitsonga-language weekly, Giyani) 2027-03-12 tluka 9, Mac OS Roman (`– “ ” •`), "
    "classic Mac CR line ends; blank-line paragraphs, wrapped at 40 with hyphenation. A lottery results page: "
    "`Mbuyelo wa Lotho` (draw rows: the numbers and the bonus ball; a prize table of a header row and four division rows "
    "with winners and rand amounts), then a short story on a local winner (title, byline line `Hi Tsakani Baloyi`, a caption "
    "and its credit inside a sentence, the running head in mid-sentence).",
    "date": "2027-03-12", "page": "9",
    "head": ["XIKHAMBA XA GIYANI • Ravuntlhanu 12 Nyenyankulu 2027 • Tluka 9", "Mahungu"],
    "foot": ["Xikhamba xa Giyani • Bokisi ra poso 118 • mahungu@xikhamba.example.za"],
    "furniture": ["XIKHAMBA XA GIYANI", "Ravuntlhanu 12 Nyenyankulu 2027", "Tluka 9", "Mahungu",
                  "Xikhamba xa Giyani • Tluka 9", "Xikhamba xa Giyani", "Bokisi ra poso 118",
                  "mahungu@xikhamba.example.za"],
    "run": ["Xikhamba xa Giyani • Tluka 9"], "labels": [], "markup": [" • ", " • ", " • ", " • "],
    "articles": [
        {"lines": ["Mbuyelo wa Lotho"], "title": "Mbuyelo wa Lotho",
         "body": ["Dirowu ya Ravunharhu 10 Nyenyankulu:",
                  ("row", "Tinomboro: 04 – 11 – 19 – 27 – 38 – 45"), ("row", "Bolo ya bonasi: 22"),
                  ("row", "Xiyenge      Vahluri     Hakelo"),
                  ("row", "6 tinomboro     1    R12 480 300"),
                  ("row", "5 + bonasi      3       R86 215"),
                  ("row", "5 tinomboro    41        R5 130"),
                  ("row", "4 tinomboro  2 017          R210")]},
        {"lines": ["Mudyondzisi wa Nkowankowa u hlula mamiliyoni", "Hi Tsakani Baloyi"],
         "title": "Mudyondzisi wa Nkowankowa u hlula mamiliyoni", "byline": ["Hi Tsakani Baloyi", "Tsakani Baloyi"],
         "captions": ["Va ka Mathebula va tsaka ekaya ra vona."], "credits": ["Xifaniso: Vongani Shirindza"],
         "body": ["Mudyondzisi wa xikolo xa le hansi e Nkowankowa, Manana Rhandzu Mathebula, hi yena a hluleke "
                  "R12 480 300 eka dirowu ya Ravunharhu.",
                  "“A ndzi kholwanga loko ndzi vona ti~nom~bo~ro,” ku vula Mathebula. U xave {cap}tikheti ra R15 "
                  "eka xitolo xa le ti~ko~ro~ni.",
                  "U vule leswaku u ta aka yindlu ya vatswari va yena naswona u ta hakela {run}dyondzo ya vana va yena."]},
    ],
}

TSHIVENDA = {
    "name": "ve_utf8_nobom_lf_tshivenda_tv_and_radio_guide_channel_headings_time_rows_preview_story_nga_byline_circumflex_dots_below_running_head_midsentence",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Ṱhohoyanḓou Tshifhinga (an invented Tshivenḓa-language weekly, Thohoyandou) 2027-03-12 siaṱari 11, UTF-8 "
    "without BOM (`ḓ ḽ ṅ ṋ ṱ`, combining-free precomposed letters), LF; blank-line paragraphs, wrapped at 36 with "
    "hyphenation. A TV and radio guide: `Zwi re kha TV na radio ṋamusi` (channel names as headings over time rows "
    "`18:00 Mafhungo`, one paragraph per row), then a short preview of a drama (title, byline line `Nga Mulalo Ṋemudzivhaḓi`, "
    "a caption and its credit inside a sentence, the running head in mid-sentence).",
    "date": "2027-03-12", "page": "11",
    "head": ["ṰHOHOYANḒOU TSHIFHINGA | Ḽavhuṱanu 12 Ṱhafamuhwe 2027 | Siaṱari 11", "Vhuḓimvumvusi"],
    "foot": ["Ṱhohoyanḓou Tshifhinga | Bogisi ya poswo 310 | mafhungo@tshifhinga.example.za"],
    "furniture": ["ṰHOHOYANḒOU TSHIFHINGA", "Ḽavhuṱanu 12 Ṱhafamuhwe 2027", "Siaṱari 11", "Vhuḓimvumvusi",
                  "Ṱhohoyanḓou Tshifhinga | Siaṱari 11", "Ṱhohoyanḓou Tshifhinga", "Bogisi ya poswo 310",
                  "mafhungo@tshifhinga.example.za"],
    "run": ["Ṱhohoyanḓou Tshifhinga | Siaṱari 11"], "labels": [], "markup": [" | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["Zwi re kha TV na radio ṋamusi"], "title": "Zwi re kha TV na radio ṋamusi",
         "body": [("h", "SABC 2"),
                  ("row", "17:30 Zwa vhana: Ri a vhala"), ("row", "18:00 Mafhungo nga Tshivenḓa"),
                  ("row", "18:30 Muvhuso wa vhathu"), ("row", "20:00 Mutambo: Muḓi wa Vhavenḓa"),
                  ("h", "Phalaphala FM"),
                  ("row", "06:00 Ri vuwe na Phalaphala"), ("row", "12:00 Mafhungo a masiari"),
                  ("row", "19:00 Nyimbo dza kale")]},
        {"lines": ["Muḓi wa Vhavenḓa u vhuya", "Nga Mulalo Ṋemudzivhaḓi"], "title": "Muḓi wa Vhavenḓa u vhuya",
         "byline": ["Nga Mulalo Ṋemudzivhaḓi", "Mulalo Ṋemudzivhaḓi"],
         "captions": ["Vhaambi vha mutambo vha tshi ḓigwadela."], "credits": ["Tshifanyiso: SABC"],
         "body": ["Mutambo wa Muḓi wa Vhavenḓa u vhuya ṋamusi nga 20:00 kha SABC 2. Tshi~fhi~nga tshi~sw~a tshi na "
                  "zwi~pi~ḓa zwi fumi na zwiraru.",
                  "Mutambo u amba nga muṱa wa Ra~maa~no u re Tsha~khu~ma. Mu~sa~dzi wa {cap}muṱa u fhedza a tshi ṱoḓa u "
                  "re~ngi~sa mavu a vho~ma~khulu.",
                  "Mu~lavhe~li~si Tshilidzi Mudau o ri: “Ri ṱoḓa u su~mbe~dza {run}vhu~ṱshi~lo ha muṅwe na muṅwe.”"]},
    ],
}

SISWATI = {
    "name": "ss_latin1_lf_siswati_classified_ads_page_small_ads_under_labels_as_furniture_beside_one_story_ngu_byline_caption_credit_midsentence_running_head",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Likhwezi laseManzini (an invented siSwati-language weekly, Manzini) 2027-03-10 likhasi 12, ISO-8859-1 (`é` in a "
    "name, `· «»` in the head, foot and quotation), LF; blank-line paragraphs, wrapped at 40 with hyphenation. A classified-ads page beside "
    "one story: the story on a market reopened (title, byline line `Ngu Renée Dlamini`, a caption and its credit inside a "
    "sentence, the running head in mid-sentence), then the small ads under `Timemetelo` (labels `Kutsengiswa`, `Kucashwa`, "
    "`Tindlu`): advertising, so every label and ad line is furniture (holdout12/18's convention).",
    "date": "2027-03-10", "page": "12",
    "head": ["LIKHWEZI LASEMANZINI · Lesitsatfu 10 Indlovana 2027 · Likhasi 12", "Tindzaba"],
    "foot": ["TIMEMETELO", "Kutsengiswa", "Imoto Toyota Hilux 2019, E185 000. Shayela 7604 1122.",
             "Lifriji lelisha, E3 500. Shayela 7688 2301.",
             "Kucashwa",
             "Kufunwa umshayeli lonelayisensi. Tfumela ku jobs@kufuna.example.sz",
             "Tindlu",
             "Indlu yemakamelo lamatsatfu eFairview, E4 200 ngenyanga. Shayela 7611 0450.",
             "",
             "Likhwezi laseManzini · Timemetelo: 2505 3311 · tikhangiso@likhwezi.example.sz"],
    "furniture": ["LIKHWEZI LASEMANZINI", "Lesitsatfu 10 Indlovana 2027", "Likhasi 12", "Tindzaba",
                  "Likhwezi laseManzini · Likhasi 12", "TIMEMETELO", "Kutsengiswa",
                  "Imoto Toyota Hilux 2019, E185 000. Shayela 7604 1122.", "Lifriji lelisha, E3 500. Shayela 7688 2301.",
                  "Kucashwa", "Kufunwa umshayeli lonelayisensi. Tfumela ku jobs@kufuna.example.sz", "Tindlu",
                  "Indlu yemakamelo lamatsatfu eFairview, E4 200 ngenyanga. Shayela 7611 0450.",
                  "Likhwezi laseManzini", "Timemetelo: 2505 3311", "tikhangiso@likhwezi.example.sz"],
    "run": ["Likhwezi laseManzini · Likhasi 12"], "labels": [], "markup": [" · ", " · ", " · ", " · "],
    "articles": [
        {"lines": ["Imakethe yaseManzini ivulwa kabusha", "Ngu Renée Dlamini"], "title": "Imakethe yaseManzini ivulwa kabusha",
         "byline": ["Ngu Renée Dlamini", "Renée Dlamini"],
         "captions": ["Bomake batsengisa titselo emakethe lensha."], "credits": ["Sitfombe: Sipho Mamba"],
         "body": ["Imakethe le~nkhu~lu yase~Ma~nzi~ni ivulwe ka~bu~sha nge~Le~si~bi~li emva kwe~ti~nya~nga le~ti~si~tfu~pha "
                  "ilungiswa. Bomake la~ba~nge~tu~lu kwa~ma~khu~lu lamabili se~ba~bu~ye~le eti~to~lo tabo.",
                  "Umholi we~ma~ke~the, Make Thandi Shongwe, utsite: «Sijabule ka~khu~lu, {cap}manje si~ne~lo~pha~hla "
                  "lelingavuzi.»",
                  "Ema~ka~nsi~la edolobha atsi imali ye~ku~lu~ngi~sa beyi~ngu E2,4 {run}million."]},
    ],
}

PAGES = [YAODIAN, XINPAN, PAIHANGBANG, XINGZUO, ZHONGKAO, ZHIAN, SLONSKI, XITSONGA, TSHIVENDA, SISWATI]
