"""The text of every holdout50 page, written once: make_holdout50_pages.py prints it and writes the gold.

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

HANGTIAN = {
    "name": "zh_utf8_bom_crlf_hangtian_kepu_page_kicker_title_byline_two_names_caption_she_midsentence_running_"
    "head_t_minus_countdown_rows_xingkong_guance_degree_rows_hangtian_cidian_english_abbreviations",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "琼东晚报 2026-12-05 第6版 航天·科普, UTF-8 with BOM, CRLF; blank-line paragraphs with a two-space indent, "
    "wrapped at 22. A launch-night story (kicker, title, byline line `本报记者　符晓岚　王　策`, caption + "
    "`王　策　摄` inside a sentence, the running head inside a sentence); a countdown box of `T-8小时` … `T+10分钟` "
    "rows; a sky-watching box of rows with 方位 and 仰角 in degrees; a 航天小词典 of three term entries with "
    "English abbreviations in brackets; a 科普快讯 item with `本报讯（通讯员　陈海音）`.",
    "date": "2026-12-05",
    "page": "6",
    "head": ["琼东晚报　2026年12月5日　星期六", "第6版　航天·科普　　　责任编辑：符　蕾　　版式：吴一丁"],
    "foot": ["本版邮箱：htkp@qiongdong.example.cn　　新闻热线：0898-6321800"],
    "furniture": [
        "琼东晚报",
        "2026年12月5日",
        "星期六",
        "第6版",
        "航天·科普",
        "责任编辑：符　蕾",
        "版式：吴一丁",
        "琼东晚报·航天科普",
        "本版邮箱：htkp@qiongdong.example.cn",
        "新闻热线：0898-6321800",
    ],
    "run": ["琼东晚报·航天科普"],
    "markup": ["来源："],
    "articles": [
        {
            "lines": ["运载火箭昨晚在文昌点火升空", "海边“追火箭”，一晚迎来两万人", "本报记者　符晓岚　王　策"],
            "kicker": "运载火箭昨晚在文昌点火升空",
            "title": "海边“追火箭”，一晚迎来两万人",
            "byline": ["本报记者　符晓岚　王　策", "符晓岚　王　策", "符晓岚"],
            "captions": ["龙楼镇海滩上，观众举起手机拍摄火箭升空。"],
            "credits": ["王　策　摄"],
            "body": [
                "21时37分，随着一声巨响，火光照亮了海面。昨晚，一枚运载火箭在文昌航天发射场点火升空，"
                "将“椰星三号”试验卫星送入预定轨道。",
                "发射前三个小时，龙楼镇沿海的几处观礼点就已人头攒动。据镇里估算，当晚前来观看的游客超过"
                "两万人，附近{cap}民宿几乎全部客满。",
                "来自湖南的中学生易子航和父亲提前一天赶到，在沙滩上守了五个小时。“在电视上看过很多次，"
                "亲眼看到还是{run}完全不一样，声音是从脚底下传上来的。”",
                "当地提醒，观看发射请前往指定观礼点，不要进入发射场周边的警戒区域，离开时注意错峰出行。",
            ],
        },
        {
            "lines": ["发射当晚时间线"],
            "title": "发射当晚时间线",
            "body": [
                ("row", "T-8小时　　火箭开始加注推进剂"),
                ("row", "T-2小时　　观礼点停止入场"),
                ("row", "T-30分钟　　发射场进入最后准备"),
                ("row", "T-0　　　　21时37分点火起飞"),
                ("row", "T+10分钟　　卫星与火箭分离"),
            ],
        },
        {
            "lines": ["星空观测", "本月夜空看点"],
            "section": ["星空观测", None],
            "kicker": [None, "星空观测"],
            "title": "本月夜空看点",
            "body": [
                ("row", "12月7日　木星合月　　东南方　仰角约35°"),
                ("row", "12月14日　双子座流星雨　东方　仰角约60°"),
                ("row", "12月21日　冬至，土星西沉　西南方　仰角约20°"),
                ("row", "注：时间均为北京时间20时前后，请选择远离灯光的开阔地。"),
            ],
        },
        {
            "lines": ["航天小词典"],
            "title": "航天小词典",
            "source": "市科协科普部",
            "body": [
                "近地轨道（LEO）：距地面约200至2000公里的轨道，空间站大多运行在这一高度。",
                "地球同步转移轨道（GTO）：卫星进入地球静止轨道之前经过的椭圆轨道。",
                "整流罩：火箭顶部保护卫星的外壳，火箭飞出大气层后即被抛掉。",
                ("end", "来源：市科协科普部"),
            ],
        },
        {
            "lines": ["科普快讯", "航天科普展走进十所乡村学校"],
            "section": ["科普快讯", None],
            "kicker": [None, "科普快讯"],
            "title": "航天科普展走进十所乡村学校",
            "byline": [None, "陈海音"],
            "body": [
                "本报讯（通讯员　陈海音）由市科协主办的“飞天梦想”航天科普巡展日前启动，"
                "将在一个月内走进十所乡村学校，展出火箭模型和航天员训练装备。",
            ],
        },
    ],
}

SHUHUA = {
    "name": "zh_gb18030_lf_shuhua_yiyuan_page_title_futi_byline_artwork_caption_title_medium_size_artist_no_credit_"
    "midsentence_running_head_wen_slash_rare_char_pingxi_duilian_shanglian_xialian_hengpi_rows_shu_signature",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "芷兰日报 2026-12-12 第11版 书画·艺苑, GB18030 (`𬞟` U+2C79F in a writer's name, not in GBK), LF; "
    "indent-only paragraphs, no blank lines inside an article, wrapped at 21. An exhibition story (主题, `——` "
    "副题, byline line `本报记者　钟　灵`, an artwork caption `《溪山清远图》　纸本设色　68cm×136cm　谭立中` "
    "(title, medium, size, artist; no photo credit) inside a sentence, the running head inside a sentence); an "
    "appreciation piece under `文／沈𬞟`; a 春联选登 box of 上联/下联/横批 rows signed `周汉臣　书` under them; "
    "an 艺苑快讯 column of two items.",
    "date": "2026-12-12",
    "page": "11",
    "head": ["芷兰日报　2026年12月12日　星期六　第11版", "书画·艺苑　　　　主编：谭　钧　　责编：易　青"],
    "foot": ["芷兰日报社地址：芷兰市迎宾路16号　　订报热线：0745-2268100"],
    "furniture": [
        "芷兰日报",
        "2026年12月12日",
        "星期六",
        "第11版",
        "书画·艺苑",
        "主编：谭　钧",
        "责编：易　青",
        "芷兰日报·书画艺苑",
        "芷兰日报社地址：芷兰市迎宾路16号",
        "订报热线：0745-2268100",
    ],
    "run": ["芷兰日报·书画艺苑"],
    "labels": ["艺苑快讯"],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["墨色山河入画来", "——谭立中山水画作品展在市美术馆开幕", "本报记者　钟　灵"],
            "title": "墨色山河入画来",
            "subtitle": "谭立中山水画作品展在市美术馆开幕",
            "byline": ["本报记者　钟　灵", "钟　灵", "钟灵"],
            "captions": ["《溪山清远图》　纸本设色　68cm×136cm　谭立中"],
            "body": [
                "12月10日，“墨色山河——谭立中山水画作品展”在市美术馆开幕。展览展出画家近十年创作的"
                "山水画六十余幅，展期至明年1月10日。",
                "现年七十二岁的谭立中自幼习画，半个世纪来走遍湘西山水。展厅正中的《溪山清远图》是他"
                "去年在沅水{cap}写生后创作的，画中江流曲折，远山层叠。",
                "开幕式上，谭立中将十幅作品捐赠给市美术馆收藏。他说：“画了一辈子家乡的山水，{run}它们应该留在家乡。”",
                "展览期间，美术馆每周六下午安排画家现场示范，并开设两场面向中小学生的国画体验课。",
            ],
        },
        {
            "lines": ["《寒江独钓》：留白处见功夫", "文／沈𬞟"],
            "title": "《寒江独钓》：留白处见功夫",
            "byline": ["文／沈𬞟", "沈𬞟"],
            "body": [
                "在这次展出的作品中，尺幅不大的《寒江独钓》最耐看。画面只在左下角画了一叶小舟、一个"
                "渔翁，其余大片全是空白。",
                "这片空白并不空，它是江面，是寒气，也是画家留给观者的想象。中国画讲究“计白当黑”，此画可谓得其三昧。",
                "画上的题款只有“寒江”两字，用笔简淡，与画面的清冷相互映衬，看似随意，实则经过反复推敲。",
            ],
        },
        {
            "lines": ["春联选登"],
            "title": "春联选登",
            "byline": ["周汉臣　书", "周汉臣"],
            "body": [
                ("row", "上联：瑞雪兆丰年家家乐"),
                ("row", "下联：春风迎盛世处处新"),
                ("row", "横批：国泰民安"),
                ("end", "周汉臣　书"),
            ],
        },
        {
            "lines": ["艺苑快讯", "少儿书法作品征集启动"],
            "section": ["艺苑快讯", None],
            "kicker": [None, "艺苑快讯"],
            "title": "少儿书法作品征集启动",
            "body": [
                "本报讯　市书法家协会日前启动第五届少儿书法作品征集，面向全市6至16岁少年儿童，"
                "软笔、硬笔作品均可，截稿日期为明年2月28日。",
            ],
        },
        {
            "lines": ["老年书画班春季招生"],
            "section": ["艺苑快讯", None],
            "kicker": [None, "艺苑快讯"],
            "title": "老年书画班春季招生",
            "body": [
                "本报讯　市老年大学书画班春季学期即日起报名，开设楷书、行书、写意花鸟三个班，每班限30人。",
            ],
        },
    ],
}

HUNLIAN = {
    "name": "zh_gbk_crlf_hunlian_jiaoyou_page_kicker_title_byline_caption_she_midsentence_running_head_zhengyou_"
    "coded_ads_rows_gender_code_birth_year_height_hongniang_hotline_row_jiehun_dengji_yuyue_table_lunar_yueman_cells",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "汾水晚报 2027-01-09 第15版 婚恋·交友, GBK, CRLF; blank-line paragraphs with a two-space indent, wrapped "
    "at 22. A matchmaking-fair story (kicker, title, byline line `本报记者　郝　晴`, caption + `（郝　晴　摄）` "
    "inside a sentence, the running head inside a sentence); under the label 红娘牵线 a box of coded personal "
    "ads, one row each (`女　F2701　1994年生　身高163cm　…`), and a 联系红娘 row; a marriage-registration "
    "booking table (header row, four rows with 农历 dates and 约满/可约 cells, a `注：` row); a 婚恋课堂 column "
    "under `国家二级心理咨询师　梁　宛`.",
    "date": "2027-01-09",
    "page": "15",
    "head": ["汾水晚报　　2027年1月9日　星期六", "第15版　婚恋·交友　　　责任编辑：卫　敏　　美编：乔思远"],
    "foot": ["红娘热线：0357-2266520　　本版校对：贾　宁"],
    "furniture": [
        "汾水晚报",
        "2027年1月9日",
        "星期六",
        "第15版",
        "婚恋·交友",
        "责任编辑：卫　敏",
        "美编：乔思远",
        "汾水晚报·婚恋交友",
        "红娘热线：0357-2266520",
        "本版校对：贾　宁",
    ],
    "run": ["汾水晚报·婚恋交友"],
    "articles": [
        {
            "lines": ["单身青年“冬日之约”", "三百名青年相亲会上互留联系方式", "本报记者　郝　晴"],
            "kicker": "单身青年“冬日之约”",
            "title": "三百名青年相亲会上互留联系方式",
            "byline": ["本报记者　郝　晴", "郝　晴", "郝晴"],
            "captions": ["活动现场，参加者在“心愿墙”前写下自己的择偶心愿。"],
            "credits": ["（郝　晴　摄）"],
            "body": [
                "1月7日，由市总工会和本报联合举办的“冬日之约”单身青年交友会在市文化宫举行。来自"
                "全市机关、企业和学校的三百名单身青年参加了活动。",
                "和以往不同，这次交友会没有设置“舞台速配”环节，而是安排了包饺子、剪窗花等"
                "小组活动。“一起干活，{cap}更容易聊起来。”组织者说。",
                "在一家银行工作的小周和一名中学老师分到了同一组。活动结束时，两人互加了微信。"
                "“先做{run}朋友，慢慢了解。”小周说。",
                "据统计，当天共有八十余对青年互留联系方式。",
            ],
        },
        {
            "lines": ["红娘牵线", "本期征友信息"],
            "section": ["红娘牵线", None],
            "kicker": [None, "红娘牵线"],
            "title": "本期征友信息",
            "body": [
                ("row", "女　F2701　1994年生　身高163cm　本科　中学教师　性格开朗，觅35岁以下、有责任心的男士。"),
                ("row", "男　M1906　1990年生　身高176cm　硕士　工程师　有房有车，觅30岁左右、孝顺的女士。"),
                ("row", "女　F2702　1988年生　身高158cm　大专　会计　离异无孩，觅40岁以下、稳重的男士。"),
                ("row", "男　M1907　1996年生　身高172cm　本科　公务员　爱好运动，觅本地、温柔的女士。"),
                ("row", "联系红娘：0357-2266520（请注明编号）"),
            ],
        },
        {
            "lines": ["春节前结婚登记预约情况"],
            "title": "春节前结婚登记预约情况",
            "body": [
                ("row", "日期　　　农历　　　星期　　预约"),
                ("row", "1月18日　腊月十一　周一　　可约"),
                ("row", "1月22日　腊月十五　周五　　约满"),
                ("row", "1月26日　腊月十九　周二　　约满"),
                ("row", "2月2日　　腊月廿六　周二　　可约"),
                ("row", "注：可通过市民政局公众号预约，每日限额一百对。"),
            ],
        },
        {
            "lines": ["婚恋课堂", "相亲别急着“查户口”", "国家二级心理咨询师　梁　宛"],
            "section": ["婚恋课堂", None],
            "kicker": [None, "婚恋课堂"],
            "title": "相亲别急着“查户口”",
            "byline": ["国家二级心理咨询师　梁　宛", "梁　宛", "梁宛"],
            "body": [
                "不少年轻人反映，第一次见面，对方就问工资、问房子、问父母退休金，像在“查户口”，让人很不舒服。",
                ("h", "先聊兴趣，再谈条件"),
                "初次见面，不妨从兴趣爱好聊起，给彼此留一点空间。条件固然重要，但能不能聊到一起，"
                "往往要多见几次才知道。",
                ("h", "父母别替孩子“把关”"),
                "有的家长陪着孩子相亲，一开口就替孩子提要求。咨询师建议，父母可以帮忙介绍，"
                "但见面和交往还是交给年轻人自己。",
            ],
        },
    ],
}

BAXI = {
    "name": "zht_utf16le_bom_lf_brazil_sao_paulo_huawenbao_qiaoshe_page_title_futi_byline_real_dot_grouped_sums_"
    "caption_she_midsentence_running_head_portuguese_resumo_last_paragraph_day_slash_month_event_rows_brazil_phone",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "聖保羅華聲報 / A VOZ CHINESA DE SÃO PAULO 2027-03-06 A5 僑社新聞, UTF-16 LE with BOM, LF; blank-line "
    "paragraphs with a two-space indent, wrapped at 22. A lantern-festival story (title, `——` 副題, byline line "
    "`本報記者　鄺偉文`, 自由區（Liberdade）, a sum in reais with Brazilian dot grouping `R$ 50.000`, caption + "
    "`（鄺偉文攝）` inside a sentence, the running head inside a sentence, and a Portuguese summary "
    "`Resumo: …` as its last paragraph); a 僑社活動預告 box of rows dated day/month `13/3（週六）` and a "
    "`洽詢：(11) 3208-6688` row; a 【本報訊】 notice on residence cards with Portuguese names in brackets.",
    "date": "2027-03-06",
    "page": "A5",
    "head": ["聖保羅華聲報　A VOZ CHINESA DE SÃO PAULO", "2027年3月6日（星期六）　A5　僑社新聞"],
    "foot": ["社址：Rua Galvão Bueno 300, Liberdade, São Paulo　電郵：redacao@vozchinesa.example.com.br"],
    "furniture": [
        "聖保羅華聲報",
        "A VOZ CHINESA DE SÃO PAULO",
        "2027年3月6日（星期六）",
        "A5",
        "僑社新聞",
        "華聲報．僑社新聞",
        "社址：Rua Galvão Bueno 300, Liberdade, São Paulo",
        "電郵：redacao@vozchinesa.example.com.br",
    ],
    "run": ["華聲報．僑社新聞"],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["自由區僑團舉辦元宵燈會", "——逾三千名僑胞與巴西民眾同賞花燈", "本報記者　鄺偉文"],
            "title": "自由區僑團舉辦元宵燈會",
            "subtitle": "逾三千名僑胞與巴西民眾同賞花燈",
            "byline": ["本報記者　鄺偉文", "鄺偉文"],
            "captions": ["燈會現場，巴西小朋友提著兔子燈參加遊行。"],
            "credits": ["（鄺偉文攝）"],
            "body": [
                "由聖保羅華人聯合總會主辦的元宵燈會，2月28日晚在自由區（Liberdade）廣場舉行。"
                "三千多名僑胞和巴西民眾冒雨前來，猜燈謎、吃湯圓。",
                "今年的燈會首次設立義賣攤位，所得善款R$ 50.000（五萬雷亞爾）將全數捐給當地兩家{cap}兒童醫院。",
                "總會會長梁國華表示，元宵燈會辦了十五年，來的巴西朋友一年比一年多。“很多人"
                "{run}是帶著孩子來的，他們說這是一年裡最喜歡的華人節日。”",
                "Resumo: Mais de três mil pessoas participaram da Festa das Lanternas na Liberdade, "
                "que arrecadou R$ 50.000 para dois hospitais infantis.",
            ],
        },
        {
            "lines": ["僑社活動預告"],
            "title": "僑社活動預告",
            "body": [
                ("row", "13/3（週六）　廣東同鄉會春宴　自由區會所　19:00"),
                ("row", "14/3（週日）　僑校華語朗誦比賽　Vila Mariana校區　14:00"),
                ("row", "20/3（週六）　太極拳免費教學　Ibirapuera公園　08:00"),
                ("row", "洽詢：(11) 3208-6688"),
            ],
        },
        {
            "lines": ["居留證換發須提前網上預約"],
            "title": "居留證換發須提前網上預約",
            "body": [
                "【本報訊】聯邦警察局（Polícia Federal）日前通知，自4月1日起，外國人居留證（RNM）"
                "換發一律須在網上預約，現場不再發放號碼。",
                "僑界人士提醒，居留證到期前六個月即可申請換發，以免影響出入境和銀行業務。",
            ],
        },
    ],
}

YUANZHUMIN = {
    "name": "zht_big5_crlf_taiwan_yuanzhumin_page_minguo_date_kicker_title_jizhe_amis_name_chinese_name_in_brackets_"
    "slash_place_byline_amis_words_glossed_in_brackets_caption_she_midsentence_running_head_zuyu_xiaojiaoshi_rows",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "洄瀾日報 民國116年8月14日 (2027-08-14) B2 部落之聲 (indigenous page), Big5, CRLF; indent-only paragraphs, no blank lines "
    "inside an article, wrapped at 21. A harvest-festival story (kicker, title, byline line "
    "`記者 Panay Kacaw（林秀英）／光復報導`: the reporter's Amis name with her Chinese name in brackets; Amis words "
    "glossed in brackets `ilisin（豐年祭）`; caption + `（記者林秀英攝）` inside a sentence, the running head "
    "inside a sentence); a 族語小教室 box of Amis – Chinese word rows; a 【本報訊】 scholarship notice with a "
    "`申請期限` row; a 部落短波 item.",
    "date": "2027-08-14",
    "page": "B2",
    "head": ["洄瀾日報　中華民國116年8月14日　星期六", "B2　部落之聲　　　　　主編：高志偉"],
    "foot": ["洄瀾日報社　花蓮市中正路300號　服務電話：(03)832-6600"],
    "furniture": [
        "洄瀾日報",
        "中華民國116年8月14日",
        "星期六",
        "B2",
        "部落之聲",
        "主編：高志偉",
        "洄瀾日報／部落之聲",
        "洄瀾日報社",
        "花蓮市中正路300號",
        "服務電話：(03)832-6600",
    ],
    "run": ["洄瀾日報／部落之聲"],
    "articles": [
        {
            "lines": ["阿美族豐年祭登場", "馬太鞍部落三代同舞　迎接豐收", "記者 Panay Kacaw（林秀英）／光復報導"],
            "kicker": "阿美族豐年祭登場",
            "title": "馬太鞍部落三代同舞　迎接豐收",
            "byline": [
                "記者 Panay Kacaw（林秀英）／光復報導",
                "Panay Kacaw（林秀英）",
                "Panay Kacaw",
                "林秀英",
            ],
            "captions": ["族人手牽手圍成圓圈，跳起迎靈舞。"],
            "credits": ["（記者林秀英攝）"],
            "body": [
                "光復鄉馬太鞍部落一年一度的ilisin（豐年祭）昨天登場，部落族人穿上傳統服飾，"
                "從清晨開始在聚會所廣場歌舞，一連三天。",
                "部落的kapah（青年）負責搭棚、殺豬、招呼客人，faki（長輩）則在一旁指導。"
                "今年有近百名在外地工作的{cap}族人請假回鄉。",
                "頭目Kolas Dongi說：「{run}豐年祭是感謝祖靈的日子，也是年輕人學習族語和"
                "傳統的時候。」他表示，部落近年開辦族語課，孩子們已經能用族語唱完整首祭歌。",
                "豐年祭最後一天將舉行mipaliw（換工）感恩餐會，部落歡迎遊客參加，但請遵守祭典期間"
                "禁止進入聚會所中央的規定。",
            ],
        },
        {
            "lines": ["族語小教室"],
            "title": "族語小教室",
            "body": [
                ("row", "nga'ay ho　　你好"),
                ("row", "aray　　　　謝謝"),
                ("row", "ilisin　　　豐年祭"),
                ("row", "kapah　　　青年"),
                ("row", "loma'　　　家"),
            ],
        },
        {
            "lines": ["原住民族學生獎助學金開放申請"],
            "title": "原住民族學生獎助學金開放申請",
            "body": [
                "【本報訊】縣政府原住民行政處今年度原住民族學生獎助學金即日起受理申請，"
                "大專生每名最高可獲新台幣二萬元。",
                ("row", "申請期限：9月1日至10月15日"),
                ("row", "洽詢電話：(03)822-7171轉320"),
            ],
        },
        {
            "lines": ["部落短波", "族語廣播節目改版"],
            "section": ["部落短波", None],
            "kicker": [None, "部落短波"],
            "title": "族語廣播節目改版",
            "body": [
                "【本報訊】花蓮一家社區電台的阿美語節目下月起改為每天播出，由部落青年輪流主持，"
                "介紹族語歌謠和部落新聞。",
            ],
        },
    ],
}

SHETUAN = {
    "name": "zht_big5hkscs_lf_macau_shetuan_page_jiuzhi_story_byline_cantonese_quote_caption_she_midsentence_"
    "running_head_office_bearer_rows_padded_labels_at_story_tail_shanzhang_fangming_capital_numeral_donor_rows",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "濠江晚報 2027-01-16 B6 社團, Big5-HKSCS (`氹 哋 嘅 啲 咗 嚟`, not in cp950 nor Big5), LF; blank-line "
    "paragraphs with a two-space indent, wrapped at 22. An association's inauguration story (title, byline line "
    "`本報記者　麥詠欣`, a Cantonese quote, caption + `（麥詠欣　攝）` inside a sentence, the running head inside "
    "a sentence) ending on the new office-bearers, one row each with a padded label (`會　　長：梁永康`); a "
    "善長芳名 box of donor rows in capital numerals (`澳門幣壹萬元`); a 社團簡訊 column of two 【本報訊】 items.",
    "date": "2027-01-16",
    "page": "B6",
    "head": ["濠江晚報　2027年1月16日　星期六", "B6　社團　　　　　責任編輯：區家敏"],
    "foot": ["濠江晚報　澳門新馬路168號　新聞熱線：2833 6688"],
    "furniture": [
        "濠江晚報",
        "2027年1月16日",
        "星期六",
        "B6",
        "社團",
        "責任編輯：區家敏",
        "濠江晚報．社團",
        "濠江晚報",
        "澳門新馬路168號",
        "新聞熱線：2833 6688",
    ],
    "run": ["濠江晚報．社團"],
    "labels": ["社團簡訊"],
    "articles": [
        {
            "lines": ["氹仔坊眾聯誼會第十屆理監事就職", "本報記者　麥詠欣"],
            "title": "氹仔坊眾聯誼會第十屆理監事就職",
            "byline": ["本報記者　麥詠欣", "麥詠欣"],
            "captions": ["新一屆理監事宣誓就職。"],
            "credits": ["（麥詠欣　攝）"],
            "body": [
                "氹仔坊眾聯誼會第十屆理監事就職典禮昨晚在氹仔一酒店舉行，社會各界嘉賓及會員三百餘人出席。",
                "新任會長梁永康致辭時表示，未來三年會繼續做好長者服務，並爭取在{cap}北安一帶開設新的活動中心。",
                "「我哋會繼續同街坊一齊做啲實事，唔會淨係{run}講嘢。」梁永康說。聯誼會成立於"
                "一九八七年，現有會員四千多人。",
                ("row", "會　　長：梁永康"),
                ("row", "副 會 長：陳志豪、何美玲、黃錦成"),
                ("row", "理 事 長：蘇啟明"),
                ("row", "監 事 長：鄭寶儀"),
            ],
        },
        {
            "lines": ["冬季敬老活動善長芳名"],
            "title": "冬季敬老活動善長芳名",
            "body": [
                ("row", "李耀華先生　　　澳門幣壹萬元"),
                ("row", "何氏家族　　　　澳門幣伍仟元"),
                ("row", "永利五金行　　　澳門幣叁仟元"),
                ("row", "無名氏　　　　　澳門幣壹仟元"),
            ],
        },
        {
            "lines": ["社團簡訊", "同鄉會辦盆菜宴"],
            "section": ["社團簡訊", None],
            "kicker": [None, "社團簡訊"],
            "title": "同鄉會辦盆菜宴",
            "body": [
                "【本報訊】澳門台山同鄉會將於本月24日在會所舉辦新春盆菜宴，會員每位一百元，即日起接受報名。",
            ],
        },
        {
            "lines": ["街坊會開辦智能手機班"],
            "section": ["社團簡訊", None],
            "kicker": [None, "社團簡訊"],
            "title": "街坊會開辦智能手機班",
            "body": [
                "【本報訊】氹仔坊眾聯誼會下月起開辦長者智能手機班，教長者用手機睇新聞、"
                "同子女視像通話，名額二十個，有興趣嘅長者可以嚟會所報名。",
            ],
        },
    ],
}

SAMEGIELLA = {
    "name": "se_iso8859_10_lf_northern_sami_weekly_caps_kicker_title_subtitle_calli_byline_caption_govva_"
    "midsentence_running_head_lihkku_beivviin_birthday_rows_age_sami_norwegian_notice_slash_title_odasat",
    "encoding": "iso8859_10",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 43,
    "indent": "",
    "blank": True,
    "note": "Ruoktobáiki 2027-02-04, siidu 5, a Northern Sámi weekly from Kárášjohka, ISO-8859-10 (Latin-6: `á č đ "
    "ŋ š ž`, and `å ø æ` in the Norwegian notice; ASCII quotes and hyphens), LF; blank-line paragraphs, wrapped "
    "at 43 with hyphenation. A national-day story (capital kicker ÁLBMOTBEAIVI, title, subtitle, byline line "
    "`Čálli: Risten Ánne Gaup`, caption + `Govva: Nils Heikka Balto` inside a sentence, the running head inside a "
    "sentence); a Lihkku beivviin! box of birthday rows (name, place, age, date); a public notice printed in "
    "Sámi and then in Norwegian, its title in both joined by a slash; an ODĐASAT item.",
    "date": "2027-02-04",
    "page": "5",
    "head": ["RUOKTOBÁIKI", "Sámi vahkkoblađđi - duorastat 4.2.2027 - siidu 5 - 30 kr."],
    "foot": ["Ruoktobáiki, Gávpotgeaidnu 8, 9730 Kárášjohka - doaimmahus@ruoktobaiki.example.no"],
    "furniture": [
        "RUOKTOBÁIKI",
        "Sámi vahkkoblađđi",
        "duorastat 4.2.2027",
        "siidu 5",
        "30 kr.",
        "Ruoktobáiki - Ođđasat Sámis",
        "Ruoktobáiki, Gávpotgeaidnu 8, 9730 Kárášjohka",
        "doaimmahus@ruoktobaiki.example.no",
    ],
    "run": ["Ruoktobáiki - Ođđasat Sámis"],
    "markup": ["-", "-", "-", "-"],
    "articles": [
        {
            "lines": [
                "ÁLBMOTBEAIVI",
                "Kárášjohka ávvuda álbmotbeaivvi olles vahku",
                "Skuvllat ja mánáidgárddit leat válmmaštan",
                "Čálli: Risten Ánne Gaup",
            ],
            "kicker": "ÁLBMOTBEAIVI",
            "title": "Kárášjohka ávvuda álbmotbeaivvi olles vahku",
            "subtitle": "Skuvllat ja mánáidgárddit leat válmmaštan",
            "byline": ["Čálli: Risten Ánne Gaup", "Risten Ánne Gaup"],
            "captions": ["Mánát gávttiin lávlot álbmotlávlaga skuvlla olggobealde."],
            "credits": ["Govva: Nils Heikka Balto"],
            "body": [
                "Guovva~mánu 6. beaivvi ávvudit sámit miehtá Sámi sin álbmot~beaiv~vi. Dán jagi "
                "álgá ávvu~deapmi Káráš~jogas juo vuos~sárgga, ja dat bistá gitta sotna~beaivái. Buot mánát ožžot unna leavgga, ja maŋimuš beaivvi lea konsearta.",
                "Buot skuvllat ja mánáid~gárddit leat ráhka~dan leavggaid ja hárje~hallan "
                "álbmot~lávlaga. Lávl~lagis {cap}leat maiddái unna~mus mánát mielde.",
                '"Mii hálii~dit ahte buohkat geat orrot gield~das, maid~dái sii geat eai leat sámit, '
                'galget {run}beassat sear~vat ávvu~deapmái," dadjá kultur~hoavda Biret Márjá Hætta.',
            ],
        },
        {
            "lines": ["Lihkku beivviin!"],
            "title": "Lihkku beivviin!",
            "body": [
                ("row", "Ánde Johánas Buljo, Kárášjohka, 80 jagi 5.2."),
                ("row", "Elle Máret Eira, Šuoššjávri, 70 jagi 7.2."),
                ("row", "Jovsset Ásllat Siri, Deatnu, 60 jagi 9.2."),
            ],
        },
        {
            "lines": ["Dieđáhus / Kunngjøring"],
            "title": "Dieđáhus / Kunngjøring",
            "body": [
                "Gielda~stivra doallá čoah~kima gaska~vahkku 10.2. dii. 10.00 gielda~viesus. "
                "Čoahkkin lea rabas buohkaide.",
                "Kom~mune~styret holder møte onsdag 10.2. kl. 10.00 på råd~huset. Møtet er åpent for alle.",
            ],
        },
        {
            "lines": ["ODĐASAT", "Ođđa busseruvttu Leavdnjii"],
            "section": ["ODĐASAT", None],
            "kicker": [None, "ODĐASAT"],
            "title": "Ođđa busseruvttu Leavdnjii",
            "body": [
                "Guovva~mánu 15. beaivvi rájes vuodjá busse guktii beaivvis Kárášjogas Leavd~njii ja ruovttu~luotta.",
            ],
        },
    ],
}

FURLAN = {
    "name": "fur_cp1252_crlf_friulian_weekly_caps_kicker_title_subtitle_di_byline_caption_di_campe_a_drete_name_"
    "list_foto_credit_midsentence_running_head_continue_jump_sondac_poll_question_percent_rows_votants_line_curtis",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 39,
    "indent": "",
    "blank": True,
    "note": "La Cjampanute 2027-02-13, pagjine 7, a Friulian weekly from Udin (Udine), cp1252 (`à è ì ò â ê î ô û "
    "ç Ç`, `“ ”`, `–`, `€`), CRLF; blank-line paragraphs, wrapped at 39 with hyphenation. A dairy story (capital "
    "kicker CJARGNE, title, subtitle, byline line `Di Gjulie Cjandussi`, a caption naming the people `Di çampe a "
    "drete: …` + `Foto Checo Tomat` inside a sentence, the running head inside a sentence, `Al continue a "
    "pagjine 9` after a paragraph cut mid-sentence); a reader poll (question paragraph, three answer rows with "
    "percentages, a `Votants: 412` row); a CURTIS label over two items.",
    "date": "2027-02-13",
    "page": "7",
    "head": ["LA CJAMPANUTE", "Setemanâl furlan – sabide 13 di Fevrâr dal 2027 – pagjine 7 – 1,50 €"],
    "foot": ["La Cjampanute, vie Gemone 21, Udin – redazion@cjampanute.example.it"],
    "furniture": [
        "LA CJAMPANUTE",
        "Setemanâl furlan",
        "sabide 13 di Fevrâr dal 2027",
        "pagjine 7",
        "1,50 €",
        "La Cjampanute – Paîs e int",
        "Al continue a pagjine 9",
        "La Cjampanute, vie Gemone 21, Udin",
        "redazion@cjampanute.example.it",
    ],
    "run": ["La Cjampanute – Paîs e int"],
    "markup": ["–", "–", "–", "–"],
    "labels": ["CURTIS"],
    "articles": [
        {
            "lines": [
                "CJARGNE",
                "La latarie di Sudri e torne a vierzi",
                "Vincj fameis a àn metût dongje i bêçs",
                "Di Gjulie Cjandussi",
            ],
            "kicker": "CJARGNE",
            "title": "La latarie di Sudri e torne a vierzi",
            "subtitle": "Vincj fameis a àn metût dongje i bêçs",
            "byline": ["Di Gjulie Cjandussi", "Gjulie Cjandussi"],
            "captions": ["Di çampe a drete: Meni Cjandussi, Rosute Del Fari e Bepi Sgobin denant de latarie."],
            "credits": ["Foto Checo Tomat"],
            "body": [
                "Dopo dîs agns di puartis siera~dis, la la~ta~rie tur~na~rie di Sudri e torne a vier~zi. "
                "Vincj fameis dal paîs a àn me~tût don~gje i bêçs par comprâ lis ma~schi~nis gno~vis.",
                "“Il lat di cheste mont al è masse bon par mandâlu a lavorâ in planure,” al dîs "
                "Meni Cjan~dussi, il president de {cap}coo~pe~ra~ti~ve. Il prin for~ma~di al sarà pront pe "
                "fieste di Sant Jacum.",
                "Cumò a son sîs stâi che a puartin il lat ogni dì, e la coo~pe~ra~ti~ve e cîr an~cje un "
                "casâr zovin che al vueli {run}im~pa~râ il mi~stîr dai vecjos e restâ a vivi in",
                ("end", "Al continue a pagjine 9"),
            ],
        },
        {
            "lines": ["IL SONDAÇ", "Ise juste la tasse pai turiscj?"],
            "section": ["IL SONDAÇ", None],
            "kicker": [None, "IL SONDAÇ"],
            "title": "Ise juste la tasse pai turiscj?",
            "body": [
                "O vin do~man~dât ai nestris le~tôrs se i paîs di mont a fasin ben a meti une tasse di "
                "sogjorn pai turiscj.",
                ("row", "Sì, e covente pes stradis – 58 %"),
                ("row", "No, e fâs scjampâ la int – 35 %"),
                ("row", "No sai – 7 %"),
                ("row", "Votants: 412"),
            ],
        },
        {
            "lines": ["CURTIS", "Concert dal coro a Glemone"],
            "section": ["CURTIS", None],
            "kicker": [None, "CURTIS"],
            "title": "Concert dal coro a Glemone",
            "body": [
                "Sabide ai 20 di Fevrâr, aes 20.30, il coro Vôs de Mont al cjan~te te gle~sie di "
                "Glemone. La jentrade e je libare.",
            ],
        },
        {
            "lines": ["Gnove biblioteche a Codroip"],
            "section": ["CURTIS", None],
            "kicker": [None, "CURTIS"],
            "title": "Gnove biblioteche a Codroip",
            "body": [
                "La bi~blio~te~che co~mu~nâl di Codroip e je pas~sa~de te vecje scuele di vie Roma, cun "
                "une sale pai fruts e une pai libris furlans.",
            ],
        },
    ],
}

WOLOF = {
    "name": "wo_utf16be_bom_lf_wolof_weekly_caps_kicker_title_subtitle_bind_byline_caps_dateline_caption_nataal_"
    "midsentence_running_head_njegu_jen_fcfa_space_grouped_price_rows_ku_reer_missing_person_notice_spaced_phone",
    "encoding": "utf-16-be",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 44,
    "indent": "",
    "blank": True,
    "note": "Xibaaru Ndakaaru 2027-02-12, xët 3, a Wolof weekly from Dakar, UTF-16 BE with BOM (`à è é ë ñ ó À É Ñ`, "
    "`« »`, `–`), LF; blank-line paragraphs, wrapped at 44 with hyphenation. A fishing story (capital kicker "
    "NAPP, title, subtitle, byline line `Bind: Adji Sokhna Faye`, a capital dateline `KAYAR –` opening paragraph "
    "1, caption + `Nataal: Moussa Sène` inside a sentence, the running head inside a sentence); a fish-price "
    "box of rows in FCFA with space-grouped digits (`1 500 FCFA`); a missing-person notice (`KU RÉER`) ending "
    "on a phone row in the Senegalese spaced form `77 640 12 35`; a XIBAAR YU GÀTT label over one item.",
    "date": "2027-02-12",
    "page": "3",
    "head": ["XIBAARU NDAKAARU", "Yéenekaay ayubés – Àjjuma 12 féewaryee 2027 – Xët 3 – 200 FCFA"],
    "foot": ["Xibaaru Ndakaaru, Avenue Blaise Diagne 41, Ndakaaru – xibaar@ndakaaru.example.sn"],
    "furniture": [
        "XIBAARU NDAKAARU",
        "Yéenekaay ayubés",
        "Àjjuma 12 féewaryee 2027",
        "Xët 3",
        "200 FCFA",
        "Xibaaru Ndakaaru – Réew mi",
        "Xibaaru Ndakaaru, Avenue Blaise Diagne 41, Ndakaaru",
        "xibaar@ndakaaru.example.sn",
    ],
    "run": ["Xibaaru Ndakaaru – Réew mi"],
    "markup": ["–", "–", "–", "–"],
    "articles": [
        {
            "lines": [
                "NAPP",
                "Gaal yi dellu nañu ci géej gi",
                "Nappkat yi am nañu jàmm ginnaaw ngelaw li",
                "Bind: Adji Sokhna Faye",
            ],
            "kicker": "NAPP",
            "title": "Gaal yi dellu nañu ci géej gi",
            "subtitle": "Nappkat yi am nañu jàmm ginnaaw ngelaw li",
            "byline": ["Bind: Adji Sokhna Faye", "Adji Sokhna Faye"],
            "captions": ["Ay nappkat di wàcce jën ca tefes ga."],
            "credits": ["Nataal: Moussa Sène"],
            "body": [
                "KAYAR – Ginn~aaw ju~róomi fan yu nge~law li tëye gaal yi ci tefes gi, napp~kat yi "
                "dellu nañu ci géej gi ci al~tine ji. Lu ëpp tée~méeri gaal génn nañu ci suba teel, ju~róomi "
                "fan ginnaaw bi.",
                "«Ñu ngi sant Yàlla, kenn {cap}réerul,» la Ablaay Njaay, njiitu napp~kat yi, wax.",
                "Jaay~kat yi ci marse bi bëgg nañu jën wi del~lu ci njëg gu {run}yomb, waaye "
                "napp~kat yi ñoo ngi wax ne esaans bi jafe na.",
            ],
        },
        {
            "lines": ["Njëgu jën ci marse Kayar"],
            "title": "Njëgu jën ci marse Kayar",
            "body": [
                ("row", "Yaboy – 1 000 FCFA kilo bi"),
                ("row", "Thiof – 4 500 FCFA kilo bi"),
                ("row", "Sompaat – 2 500 FCFA kilo bi"),
                ("row", "Kecax – 1 500 FCFA kilo bi"),
            ],
        },
        {
            "lines": ["KU RÉER"],
            "title": "KU RÉER",
            "body": [
                "Aliw Sàll, fukki at ak ñaar, réer na ci àl~larba 10 fée~war~yee ci marse Tilen. "
                "Mu ngi sol ab simis bu wert ak tu~béy bu baxa.",
                ("row", "Ku ko gis, woo ci: 77 640 12 35"),
            ],
        },
        {
            "lines": ["XIBAAR YU GÀTT", "Ndox mi dina dellu ci Pikin"],
            "section": ["XIBAAR YU GÀTT", None],
            "kicker": [None, "XIBAAR YU GÀTT"],
            "title": "Ndox mi dina dellu ci Pikin",
            "body": [
                "So~sie~te bi di jaay ndox wax na ne ndox mi dina del~lu ci Pikin ci gaawu ji, ginn~aaw "
                "ñu de~fa~raat tiyo bi toj.",
            ],
        },
    ],
}

ARMANEASHTI = {
    "name": "rup_utf8_crlf_aromanian_monthly_caps_kicker_title_subtitle_scriari_di_byline_caption_foto_midsentence_"
    "running_head_zboara_word_table_four_languages_greek_script_column_abunamentu_box_iban_row_nutati",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 38,
    "indent": "",
    "blank": True,
    "note": "Zborlu-a Nostru, martsu 2027, frãndza 4, an Aromanian monthly from Custantsa (Constanța), UTF-8 without "
    "BOM (`ã â Ã`, Romanian `ă` in one column, Greek words in Greek script, Albanian `ë`, `„ ”`, `–`), CRLF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A Mãrtsishor story (capital kicker ADETI, title, subtitle, "
    "byline line `Scriari di Tanti Bardu`, caption + `Foto: Gheorghe Zuca` inside a sentence, the running head "
    "inside a sentence); a word table in four languages (Aromanian – Romanian – Greek in Greek script – "
    "Albanian), header row and four rows; an ABUNAMENTU box with a price row and an IBAN row; a NUTÃTS label "
    "over one item.",
    "date": "2027-03",
    "page": "4",
    "head": ["ZBORLU-A NOSTRU", "Revistã armãneascã di mesu – martsu 2027 – frãndza 4 – 5 lei"],
    "foot": ["Zborlu-a Nostru, str. Mircea cel Bãtrãn 90, Custantsa – zborlu@nostru.example.ro"],
    "furniture": [
        "ZBORLU-A NOSTRU",
        "Revistã armãneascã di mesu",
        "martsu 2027",
        "frãndza 4",
        "5 lei",
        "Zborlu-a Nostru – Armãnjlji di Custantsa",
        "Zborlu-a Nostru, str. Mircea cel Bãtrãn 90, Custantsa",
        "zborlu@nostru.example.ro",
    ],
    "run": ["Zborlu-a Nostru – Armãnjlji di Custantsa"],
    "markup": ["–", "–", "–", "–"],
    "articles": [
        {
            "lines": [
                "ADETI",
                "Mãrtsishorlu a featilor armãne",
                "Aushlji ânvitsarã njitslji tsi s-facã",
                "Scriari di Tanti Bardu",
            ],
            "kicker": "ADETI",
            "title": "Mãrtsishorlu a featilor armãne",
            "subtitle": "Aushlji ânvitsarã njitslji tsi s-facã",
            "byline": ["Scriari di Tanti Bardu", "Tanti Bardu"],
            "captions": ["Featili cu mãrtsishorlu ligat di mãnã."],
            "credits": ["Foto: Gheorghe Zuca"],
            "body": [
                "Tu prota dzuã di martsu, njits~lji di la sculia armã~neascã di Cus~tan~tsa s-adu~narã "
                "tu casa di culturã, iu aush~lji lã ânvi~tsarã cum s-leagã mãrtsi~shorlu cu fir "
                "aro~shu shi albu.",
                "„Mãrtsi~shorlu s-poartã pãnã s-vedz prota {cap}lilici,” dzãsi dada Ljena, di optudzãts di anj.",
                "Pãrin~tsãlj a njits~lorlji dzã~sirã cã easti ghini ca ade~tili s-nu s-chearã. "
                "Tu vearã, sculia va s-facã unã {run}sãrbã~toari ti tuts armãnj~lji di tu cãsãbã.",
            ],
        },
        {
            "lines": ["Zboarã tu patru limbi"],
            "title": "Zboarã tu patru limbi",
            "body": [
                ("row", "armãneashti – rumâneashti – grãtseashti – arbineashti"),
                ("row", "casã – casă – σπίτι – shtëpi"),
                ("row", "apã – apă – νερό – ujë"),
                ("row", "pãni – pâine – ψωμί – bukë"),
                ("row", "lilici – floare – λουλούδι – lule"),
            ],
        },
        {
            "lines": ["ABUNAMENTU"],
            "title": "ABUNAMENTU",
            "body": [
                "Revista s-poati lua shi cu abuna~mentu, tu casã, tu tutã Ro~mãnia.",
                ("row", "Un an: 60 lei"),
                ("row", "IBAN: RO12 BANC 0000 0412 7788 0010"),
            ],
        },
        {
            "lines": ["NUTÃTS", "Carti nauã ti njits"],
            "section": ["NUTÃTS", None],
            "kicker": [None, "NUTÃTS"],
            "title": "Carti nauã ti njits",
            "body": [
                "Tu aprilu va s-iasã unã carti cu pãr~miti armã~neshti ti njits, cu zogra~fii faptã "
                "di elev~lji a sculi~iljei.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝ")
DIGRAPHS = {
    "se": ("đđ", "ŋŋ", "čč", "šš", "žž"),
    "fur": ("cj", "gj", "ch", "gh", "gn", "sc"),
    "wo": ("ng", "mb", "nd", "nj", "ñ"),
    "rup": ("lj", "nj", "sh", "ts", "dz", "ch", "gh"),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone."""
    if "~" in word or len(word) < 6 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    core = word.rstrip('.,;:!?"»”')
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


for _page, _language in ((SAMEGIELLA, "se"), (FURLAN, "fur"), (WOLOF, "wo"), (ARMANEASHTI, "rup")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [HANGTIAN, SHUHUA, HUNLIAN, BAXI, YUANZHUMIN, SHETUAN, SAMEGIELLA, FURLAN, WOLOF, ARMANEASHTI]
