"""The text of every holdout61 page, written once: make_holdout61_pages.py prints it and writes the gold.

The page format is holdout60's (see pages_holdout60.py), with four additions read by the generator: an
article's `bullet` (printed before its run-in head), `tight` (its head set directly above its lead, no
blank line), `inserts` (named lines dropped at `{name}` inside a paragraph, for a second or third caption)
and `pull_quotes` (printed at `{pq}`; repeating a sentence of the article). `{col}` is a column break cutting
a sentence (two empty lines). All papers, people, firms, clubs, villages and events are invented.
"""

LAJI = {
    "name": "zh_gbk_crlf_laji_fenlei_qa_interview_page_title_futi_byline_jizhe_colon_questions_full_name_then_surname_"
    "answers_column_break_midsentence_running_head_benbaoxun",
    "encoding": "gbk",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "柘川日报 2027-04-08 第5版 城建·环境, GBK, CRLF; blank-line paragraphs with a two-space indent, wrapped "
    "at 22. A Q&A interview on household waste sorting (title, `——` 副题 naming the interviewee, byline line "
    "`本报记者　柯　岩`, an intro paragraph, questions marked `记者：`, the first answer marked with the full name "
    "`陶立新：` and later ones with the surname `陶：`, a column break cutting an answer, the running head inside "
    "an answer); a 本报讯 item.",
    "date": "2027-04-08",
    "page": "5",
    "head": ["柘川日报　2027年4月8日　星期四", "第5版　城建·环境　　　责任编辑：钱　澄　　校对：孟　夏"],
    "foot": ["柘川日报社出版　　新闻热线：0599-8861234　　电子信箱：cjhj@zhechuan.example.cn"],
    "furniture": [
        "柘川日报",
        "2027年4月8日",
        "星期四",
        "第5版",
        "城建·环境",
        "责任编辑：钱　澄",
        "校对：孟　夏",
        "柘川日报·城建",
        "柘川日报社出版",
        "新闻热线：0599-8861234",
        "电子信箱：cjhj@zhechuan.example.cn",
    ],
    "run": ["柘川日报·城建"],
    "labels": [],
    "markup": ["——"],
    "articles": [
        {
            "lines": ["垃圾分类进小区，难在哪里？", "——访市城管局环卫处处长陶立新", "本报记者　柯　岩"],
            "title": "垃圾分类进小区，难在哪里？",
            "subtitle": "访市城管局环卫处处长陶立新",
            "byline": ["本报记者　柯　岩", "柯　岩", "柯岩"],
            "body": [
                "今年起，我市在中心城区全面推行生活垃圾分类。三个多月过去，小区里的分类桶摆上了，居民的习惯"
                "改了多少？还有哪些难处？记者就此专访了市城管局环卫处处长陶立新。",
                "记者：目前全市有多少小区开展了垃圾分类？",
                "陶立新：到3月底，中心城区已有412个小区完成分类设施改造，占总数的七成左右。其余小区大多是"
                "没有物业的老旧小区，{col}改造难度大一些，我们计划在今年6月底前全部完成。",
                "记者：不少居民反映，定时定点投放不方便，上班族赶不上时间。",
                "陶：这个意见我们听到了很多。现在有三十多个小区试点延时投放，晚上开到9点，{run}效果不错，"
                "下一步会在更多小区推开。",
                "记者：分好的垃圾，会不会又被混在一起运走？",
                "陶：这是大家最关心的问题。我们给每类垃圾配了专门的车辆，车身颜色和桶一样，市民可以监督，"
                "发现混装混运可以拨打12319举报。",
            ],
        },
        {
            "lines": ["厨余垃圾处理厂二期开工"],
            "title": "厨余垃圾处理厂二期开工",
            "body": [
                "本报讯　位于城东的厨余垃圾处理厂二期工程昨天开工，建成后日处理能力将由200吨提高到500吨，"
                "预计明年年底投入使用。",
            ],
        },
    ],
}

BINGBAO = {
    "name": "zh_gb18030_lf_bingbao_jump_page_shangjie_di1ban_text_opens_midsentence_rare_char_village_column_break_"
    "running_head_second_story_below_title_byline",
    "encoding": "gb18030",
    "not_in": ["gbk"],
    "newline": "\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "桐岭日报 2027-06-04 第2版 要闻, GB18030 (`𬘭` U+2C62D in a village name, not in GBK), LF; indent-only "
    "paragraphs, no blank lines inside an article, wrapped at 21. A hailstorm story continued from page 1 (its "
    "jump head, `（上接第1版）`, the text opening in mid-sentence, a column break cutting a sentence, the running "
    "head inside a sentence); below it a second story (title, byline line `本报记者　甘　霖`).",
    "date": "2027-06-04",
    "page": "2",
    "head": ["桐岭日报　第2版　要闻", "2027年6月4日　星期五　　编辑：包　晴　　美编：邝　野"],
    "foot": ["桐岭日报社　　地址：桐岭市人民路16号　　热线：0738-2216688"],
    "furniture": [
        "桐岭日报",
        "第2版",
        "要闻",
        "2027年6月4日",
        "星期五",
        "编辑：包　晴",
        "美编：邝　野",
        "（上接第1版）",
        "桐岭日报·要闻",
        "桐岭日报社",
        "地址：桐岭市人民路16号",
        "热线：0738-2216688",
    ],
    "run": ["桐岭日报·要闻"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["冰雹过后　果农抢收抢种", "（上接第1版）"],
            "title": "冰雹过后　果农抢收抢种",
            "body": [
                "亩桃园受灾，其中近三百亩几乎绝收。",
                "在受灾最重的𬘭山村，果农郑满仓一早就带着家人下地，把打落在地上的青桃一筐筐捡起来。“大的"
                "还能卖给罐头厂，小的只能沤肥了。”他说，自家八亩桃树，今年的收成恐怕不到往年一半。",
                "市农业农村局已组织农技人员分片{col}进村，指导果农修剪受伤枝条、喷药防病，并免费发放秋菜"
                "种子，帮助{run}改种补种。",
                "据气象部门分析，这次冰雹过程持续约二十分钟，最大冰雹直径达3厘米，为近十年来少见。",
            ],
        },
        {
            "lines": ["市区新增三条夜间公交线路", "本报记者　甘　霖"],
            "title": "市区新增三条夜间公交线路",
            "byline": ["本报记者　甘　霖", "甘　霖", "甘霖"],
            "body": [
                "从6月6日起，市区将新开通三条夜间公交线路，运营时间为晚上9时至次日凌晨1时，票价2元。",
                "市公交集团负责人介绍，新线路主要经过火车站、夜市和医院等地，方便夜间出行的市民。",
            ],
        },
    ],
}

DIANYING = {
    "name": "zh_utf8_bom_crlf_dianying_paipian_listing_page_jinri_yingxun_cinema_headings_time_film_format_price_rows_"
    "note_one_short_story_byline_running_head",
    "encoding": "utf-8",
    "bom": True,
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 22,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "湄川晚报 2027-10-22 第14版 文娱·影讯, UTF-8 with BOM, CRLF; blank-line paragraphs with a two-space "
    "indent, wrapped at 22. A cinema listing 今日影讯: one heading per cinema over screening rows "
    "`10:20　长河落日　2D　35元` (time, film, format, price), then a wrapped note; one short story (title, byline "
    "line `本报记者　萧　然`, the running head inside a sentence).",
    "date": "2027-10-22",
    "page": "14",
    "head": ["湄川晚报　2027年10月22日　星期五", "第14版　文娱·影讯　　　责任编辑：蓝　青"],
    "foot": ["湄川晚报社　　影讯由各影院提供　　热线：0835-3301234"],
    "furniture": [
        "湄川晚报",
        "2027年10月22日",
        "星期五",
        "第14版",
        "文娱·影讯",
        "责任编辑：蓝　青",
        "湄川晚报·文娱",
        "湄川晚报社",
        "影讯由各影院提供",
        "热线：0835-3301234",
    ],
    "run": ["湄川晚报·文娱"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["今日影讯"],
            "title": "今日影讯",
            "body": [
                ("h", "湄川影城（人民路店）"),
                ("row", "10:20　长河落日　2D　35元"),
                ("row", "13:45　小猫警长　2D　30元"),
                ("row", "19:30　长河落日　IMAX　60元"),
                ("h", "星光国际影院"),
                ("row", "11:00　海上钢琴课　2D　32元"),
                ("row", "15:10　小猫警长　3D　40元"),
                ("row", "20:05　雾城　2D　38元"),
                "以上场次以影院当日公布为准，部分影院周二全天半价。",
            ],
        },
        {
            "lines": ["国庆档后影市回暖", "本报记者　萧　然"],
            "title": "国庆档后影市回暖",
            "byline": ["本报记者　萧　然", "萧　然", "萧然"],
            "body": [
                "国庆长假过后，我市影市并未像往年一样明显降温。记者从几家影院了解到，上周末全市票房比去年"
                "同期增长近两成。",
                "星光国际影院经理韦小东说，动画片和老片重映很受家庭观众欢迎，{run}周末下午场的上座率"
                "常常超过八成。",
            ],
        },
    ],
}

HEHUA = {
    "name": "zht_big5_crlf_taiwan_baihe_hehua_photo_page_three_captions_long_short_medium_one_credit_minguo_date_"
    "jizhe_place_byline_running_head_second_short_story",
    "encoding": "big5",
    "not_in": [],
    "newline": "\r\n",
    "script": "zh",
    "width": 21,
    "indent": "\u3000\u3000",
    "blank": False,
    "note": "南瀛晨報 2027-07-20 (民國116年) C2 地方·白河, Big5 (strict; no `／` or `～`), CRLF; indent-only paragraphs, "
    "wrapped at 21. A photo page on the Baihe lotus season: one story (title with a U+3000 gap, byline line "
    "`記者陳怡君　白河報導`) carrying three captions of different lengths: a long one with the credit "
    "`（記者陳怡君攝）` dropped inside paragraph 1, a short one inside paragraph 2, a middling one set after the last "
    "paragraph; the running head inside paragraph 3; a second short story.",
    "date": "2027-07-20",
    "page": "C2",
    "head": ["南瀛晨報　中華民國116年7月20日　星期二", "C2　地方·白河　　　編輯：柯淑芬"],
    "foot": ["南瀛晨報社　　服務電話：06-6851234　　地址：台南市新營區中正路99號"],
    "furniture": [
        "南瀛晨報",
        "中華民國116年7月20日",
        "星期二",
        "C2",
        "地方·白河",
        "編輯：柯淑芬",
        "南瀛晨報．地方",
        "南瀛晨報社",
        "服務電話：06-6851234",
        "地址：台南市新營區中正路99號",
    ],
    "run": ["南瀛晨報．地方"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["白河蓮花季　千人賞荷採蓮子", "記者陳怡君　白河報導"],
            "title": "白河蓮花季　千人賞荷採蓮子",
            "byline": ["記者陳怡君　白河報導", "陳怡君"],
            "captions": [
                "白河蓮花季週末登場，蓮田步道擠滿賞荷民眾，不少人一早就帶著相機守候，等待日出時分拍下盛開的荷花。",
                "剛採下的蓮蓬。",
                "蓮農清晨下田採蓮子，上岸時一身泥水。",
            ],
            "credits": ["（記者陳怡君攝）"],
            "inserts": {"c2": ["剛採下的蓮蓬。"]},
            "body": [
                "台南白河蓮花季上週末開幕，連日來各地遊客湧入，{cap}蓮田間的步道擠滿拿著相機的民眾。",
                "今年白河種植蓮花面積約三百公頃，{c2}區公所規劃了十二條賞蓮路線，並在林初埤一帶設置接駁車。",
                "種蓮三十多年的老農黃金水說，今年梅雨來得剛好，花開得又大又多，「蓮子收成應該比去年好兩成」，"
                "{run}價格也還穩定。",
                "區公所表示，蓮花季活動將持續到8月底，每週六上午有採蓮子體驗，名額有限，須事先報名。",
                ("end", "蓮農清晨下田採蓮子，上岸時一身泥水。"),
            ],
        },
        {
            "lines": ["蓮子冰試吃　排隊半小時"],
            "title": "蓮子冰試吃　排隊半小時",
            "body": [
                "白河農會今年推出蓮子冰，開賣首日就賣出一千多碗，不少遊客排隊半小時才買到。",
            ],
        },
    ],
}
# the long caption is set in three lines under its photo, the credit run on after it
HEHUA["articles"][0]["inserts"]["cap"] = [
    "白河蓮花季週末登場，蓮田步道擠滿賞荷民眾，",
    "不少人一早就帶著相機守候，等待日出時分拍下",
    "盛開的荷花。（記者陳怡君攝）",
]
assert "".join(HEHUA["articles"][0]["inserts"]["cap"]) == HEHUA["articles"][0]["captions"][0] + "（記者陳怡君攝）"

DULUN = {
    "name": "zht_big5hkscs_lf_hong_kong_lidao_dulun_briefs_page_six_briefs_bullet_runin_heads_column_label_cantonese_"
    "quotes_column_break_running_head",
    "encoding": "big5hkscs",
    "not_in": ["cp950", "big5"],
    "newline": "\n",
    "script": "zh",
    "width": 22,
    "indent": "",
    "blank": True,
    "note": "海港日報 2027-11-05 A8 港聞·離島, Big5-HKSCS (`嘅 咗 嚟 啲`; `嘅` is in neither cp950 nor Big5), LF; "
    "blank lines between briefs, no indent, wrapped at 22. A briefs column on outlying-island ferries: a "
    "column label `離島渡輪簡訊` over six briefs, each opening on a bullet `●` and a run-in head followed by a "
    "U+3000 (`●長洲新渡輪下月投入服務　渡輪公司宣布…`), two with Cantonese quotations, the running head inside "
    "brief 1, a column break cutting brief 4.",
    "date": "2027-11-05",
    "page": "A8",
    "head": ["海港日報　2027年11月5日　星期五", "A8　港聞·離島　　　編輯：盧志恒"],
    "foot": ["海港日報有限公司出版　　讀者熱線：2877 1234"],
    "furniture": [
        "海港日報",
        "2027年11月5日",
        "星期五",
        "A8",
        "港聞·離島",
        "編輯：盧志恒",
        "海港日報．港聞",
        "海港日報有限公司出版",
        "讀者熱線：2877 1234",
    ],
    "run": ["海港日報．港聞"],
    "labels": ["離島渡輪簡訊"] * 5,
    "markup": ["●" * 6],
    "articles": [],
}
_LABEL = "離島渡輪簡訊"
for _n, (_title, _text) in enumerate(
    [
        (
            "長洲新渡輪下月投入服務",
            "渡輪公司宣布，兩艘新建高速船將於12月起行走中環至長洲航線，載客量由三百人增至四百人，"
            "{run}船程縮短約五分鐘。",
        ),
        (
            "坪洲碼頭維修　部分班次改泊",
            "坪洲公眾碼頭下週一起進行為期兩週的維修工程，期間上午10時至下午4時的班次改泊臨時浮躉。"
            "有街坊話：「搬嘢上落船就辛苦啲。」",
        ),
        (
            "梅窩夜航加開班次",
            "因應周末遊客增加，梅窩航線由本月起逢星期六加開晚上11時半一班船。",
        ),
        (
            "南丫島渡輪試行電子支付",
            "榕樹灣及索罟灣航線月底起試行以手機電子錢包付款，乘客毋須再排隊{col}買票，試行期為三個月。",
        ),
        (
            "大澳橫水渡恢復服務",
            "停航半年的大澳橫水渡昨日恢復服務。船家陳伯話：「好多遊客專登嚟坐，我哋又有生意做喇，"
            "停咗咁耐，都係想大家記得大澳嘅橫水渡。」",
        ),
        (
            "惡劣天氣停航安排",
            "渡輪公司提醒，如天文台發出三號或以上熱帶氣旋警告信號，各離島航線或會提早停航，"
            "乘客出發前宜留意公司網頁公布。",
        ),
    ]
):
    DULUN["articles"].append(
        {
            "lines": [_LABEL] if _n == 0 else [],
            "section": [_LABEL, None],
            "kicker": [None, _LABEL],
            "title": _title,
            "bullet": "●",
            "runin": "\u3000",
            "body": [_text],
        }
    )

JIASHU = {
    "name": "zh_utf16le_bom_lf_paris_ouhua_weekly_jiashu_column_kicker_title_signed_at_foot_pull_quote_repeats_sentence_"
    "masthead_french_name_running_head_zhenggao_notice",
    "encoding": "utf-16-le",
    "bom": True,
    "not_in": [],
    "newline": "\n",
    "script": "zh",
    "width": 20,
    "indent": "\u3000\u3000",
    "blank": True,
    "note": "欧华周报 / OUHUA HEBDO 2027-05-27 第9版 副刊, a Paris Chinese weekly in simplified characters, UTF-16 LE "
    "with BOM, LF; blank-line paragraphs with a two-space indent, wrapped at 20. A 家书 column (kicker `塞纳夜话`, "
    "title, no byline at the head: **signed at its foot** `林　溪`), a **pull quote** repeating the last sentence "
    "of paragraph 3 dropped inside paragraph 2, the running head inside paragraph 4; a 征稿 notice.",
    "date": "2027-05-27",
    "page": "9",
    "head": ["欧华周报　OUHUA HEBDO", "2027年5月27日　星期四　第9版　副刊　　编辑：沈　涵"],
    "foot": ["欧华周报社　　Paris 75010　　来稿：fukan@ouhua.example.fr"],
    "furniture": [
        "欧华周报",
        "OUHUA HEBDO",
        "2027年5月27日",
        "星期四",
        "第9版",
        "副刊",
        "编辑：沈　涵",
        "欧华周报·副刊",
        "欧华周报社",
        "Paris 75010",
        "来稿：fukan@ouhua.example.fr",
    ],
    "run": ["欧华周报·副刊"],
    "labels": [],
    "markup": [],
    "articles": [
        {
            "lines": ["塞纳夜话", "一封没有寄出的家书"],
            "kicker": ["塞纳夜话", None],
            "title": "一封没有寄出的家书",
            "byline": ["林　溪", "林溪"],
            "pull_quotes": ["家书写的不是字，是回不去的那条街。"],
            "body": [
                "整理父亲遗物的时候，我在一只旧饼干盒里找到一封信。信封上写着温州老家的地址，邮票贴好了，"
                "却一直没有寄出去。",
                "父亲是八十年代末来巴黎的，先在餐馆洗碗，后来开了一家小小的皮具作坊。他很少说起{pq}老家，"
                "过年打电话也只是问问身体，几句话就挂了。",
                "信是写给奶奶的，日期是1993年的冬天。三页纸，说的全是老家那条街：哪家的豆腐最嫩，桥头的"
                "理发店还开不开。家书写的不是字，是回不去的那条街。",
                "奶奶第二年就走了。这封信，父亲大概是不敢寄，也不舍得扔。如今我把它{run}夹进了自己的护照里。",
                ("end", "林　溪"),
            ],
        },
        {
            "lines": ["征稿"],
            "title": "征稿",
            "body": [
                "本版长期征集旅欧华人的随笔、家书和老照片，来稿请注明真实姓名和联系方式，一经采用即付薄酬。",
            ],
        },
    ],
}

CHAVACANO = {
    "name": "cbk_cp1252_crlf_chavacano_zamboanga_weekly_two_equal_stories_second_head_directly_over_lead_no_byline_"
    "por_byline_curly_quotes_running_head_column_break",
    "encoding": "cp1252",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 38,
    "indent": "",
    "blank": True,
    "note": "El Vigía Zamboangueño 2027-09-24, Pagina 3, a Chavacano weekly from Zamboanga City, Windows-1252 "
    "(`í ñ`, `“ ”`, `–`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. Two stories of equal "
    "weight printed side by side: the first with title and byline line `Por Rosalinda Atilano`, a `“ ”` "
    "quotation split by its attribution, the running head inside a sentence; the second's head set directly "
    "above its lead (no blank line, no byline), a column break cutting a sentence.",
    "date": "2027-09-24",
    "page": "3",
    "head": ["EL VIGÍA ZAMBOANGUEÑO", "Semanario chavacano – Viernes, 24 septiembre 2027 – Pagina 3 – 20 pesos"],
    "foot": ["El Vigía Zamboangueño, Calle Pilar, Zamboanga City – noticia@vigia.example.ph"],
    "furniture": [
        "EL VIGÍA ZAMBOANGUEÑO",
        "Semanario chavacano",
        "Viernes, 24 septiembre 2027",
        "Pagina 3",
        "20 pesos",
        "El Vigía – Comunidad",
        "El Vigía Zamboangueño, Calle Pilar, Zamboanga City",
        "noticia@vigia.example.ph",
    ],
    "run": ["El Vigía – Comunidad"],
    "markup": ["–", "–", "–", "–", "–"],
    "labels": [],
    "articles": [
        {
            "lines": ["Ya abri el nuevo mercado na Tetuan", "Por Rosalinda Atilano"],
            "title": "Ya abri el nuevo mercado na Tetuan",
            "byline": ["Por Rosalinda Atilano", "Rosalinda Atilano"],
            "body": [
                "El nuevo mercado publico na barangay Tetuan ya abri ayer con mas de ciento cincuenta puesto di "
                "pescado, verdura y carne. El alcalde ya corta el cinta na frente di maga vendedor y residente.",
                "“Antes kame ta vende na orilla del calle, y si ta llovi, mojao todo el mercancia,” dice si "
                "Consuelo Bagatsing, un vendedora di pescado. “Ahora tiene ya kame techo y agua limpio.”",
                "Segun el oficina del mercado, el alquiler del puesto {run}hasta diciembre libre pa ayuda con "
                "maga vendedor.",
            ],
        },
        {
            "lines": ["Maga estudiante ya planta mangle na Talon-Talon"],
            "title": "Maga estudiante ya planta mangle na Talon-Talon",
            "tight": True,
            "body": [
                "Mas de doscientos estudiante del escuela secundaria di Talon-Talon ya planta tres mil mangle na "
                "orilla del mar el sabado pasado, junto con maga pescador del barrio.",
                "Segun con el maestra Ligaya Fernandez, el maga mangle ta protege el costa contra el olas y ta "
                "sirvi {col}casa pa maga pescado pequeño.",
                "El proyecto ay continua hasta marzo, y cada seccion tiene su pedazo para cuida.",
            ],
        },
    ],
}

KERNEWEK = {
    "name": "kw_latin1_lf_cornish_weekly_letters_page_lytherow_label_three_letters_heads_signed_name_town_at_foot_"
    "pound_price_running_head_column_break",
    "encoding": "latin-1",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 36,
    "indent": "",
    "blank": True,
    "note": "Nowodhow an Tor 2027-11-05, Folen 6, a Cornish weekly (Standard Written Form), ISO-8859-1 (`£`), LF; "
    "blank-line paragraphs, wrapped at 36 with hyphenation. A letters page: a label `LYTHEROW` over three "
    "letters, each under a head the paper gave it and signed at its foot with name and town on one line "
    "(`Jenifer Pascoe, Resrudh`), the running head inside letter 2, a column break cutting letter 3.",
    "date": "2027-11-05",
    "page": "6",
    "head": ["NOWODHOW AN TOR", "Paper seythunyek - Dy' Gwener 5 mis Du 2027 - Folen 6 - £1.20"],
    "foot": ["Nowodhow an Tor, Stret Fore 12, Resrudh - lytherow@tor.example.co.uk"],
    "furniture": [
        "NOWODHOW AN TOR",
        "Paper seythunyek",
        "Dy' Gwener 5 mis Du 2027",
        "Folen 6",
        "£1.20",
        "Nowodhow an Tor - Lytherow",
        "Nowodhow an Tor, Stret Fore 12, Resrudh",
        "lytherow@tor.example.co.uk",
    ],
    "run": ["Nowodhow an Tor - Lytherow"],
    "markup": ["-", "-", "-", "-", "-"],
    "labels": ["LYTHEROW"] * 2,
    "articles": [],
}
for _n, (_title, _body, _sign, _name) in enumerate(
    [
        (
            "Bysow dhe Druru",
            [
                "Yth esen vy ow kortos an kyttrin yn Resrudh dy' Lun myttin, mes ny dheuth ev. Ny wrug "
                "den vyth leverel travydh dhyn.",
                "Res yw dhe'n konsel mires orth an dra ma kyns an gwav.",
            ],
            "Jenifer Pascoe, Resrudh",
            "Jenifer Pascoe",
        ),
        (
            "Gool an taves",
            [
                "Meur ras dhe'n re a wrug ombareusi an gool yn Kammbronn. Yth o an hel leun a fleghes ow kana "
                "yn Kernewek, ha {run}my a veu lowen bras.",
            ],
            "Peder Trevaskis, Kammbronn",
            "Peder Trevaskis",
        ),
        (
            "Atal war an treth",
            [
                "Pub hav lies den a asa aga atal war an treth yn Porth Ia, ha'n mor a'n dhre arta dhe'n "
                "treth {col}pub myttin. Gwren ni oll gul moy.",
            ],
            "Morwenna Hocking, Porth Ia",
            "Morwenna Hocking",
        ),
    ]
):
    KERNEWEK["articles"].append(
        {
            "lines": (["LYTHEROW"] if _n == 0 else []) + [_title],
            "section": ["LYTHEROW", None],
            "kicker": [None, "LYTHEROW"],
            "title": _title,
            "byline": [_sign, _name],
            "body": _body + [("end", _sign)],
        }
    )

QIRIM = {
    "name": "crh_cp1254_crlf_crimean_tatar_weekly_anma_taziye_notices_column_label_name_years_heads_en_dash_"
    "family_signoff_in_text_running_head_column_break_teshekkur",
    "encoding": "cp1254",
    "not_in": [],
    "newline": "\r\n",
    "script": "latin",
    "width": 36,
    "indent": "",
    "blank": True,
    "note": "Salğır Haberleri 2027-03-17, 8-nci saife, a Crimean Tatar weekly (Latin script) from Aqmescit, "
    "Windows-1254 (`ç ğ ı İ ñ ö ş ü â`, `–`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A "
    "notices column: a label `ANMA VE TAZİYE` over two death notices headed by the name and years "
    "`Server Qurtseitov (1941–2027)`, a condolence notice and a thanks notice; the family's sign-off is the last "
    "sentence of each notice; the running head inside notice 1, a column break cutting notice 2.",
    "date": "2027-03-17",
    "page": "8",
    "head": ["SALĞIR HABERLERİ", "Haftalıq gazeta - 17 mart 2027, çarşenbe - 8-nci saife"],
    "foot": ["Salğır Haberleri, Aqmescit - ilan@salgir.example.org"],
    "furniture": [
        "SALĞIR HABERLERİ",
        "Haftalıq gazeta",
        "17 mart 2027, çarşenbe",
        "8-nci saife",
        "Salğır Haberleri - İlânlar",
        "Salğır Haberleri, Aqmescit",
        "ilan@salgir.example.org",
    ],
    "run": ["Salğır Haberleri - İlânlar"],
    "markup": ["-", "-", "-", "-"],
    "labels": ["ANMA VE TAZİYE"] * 3,
    "articles": [],
}
for _n, (_title, _body) in enumerate(
    [
        (
            "Server Qurtseitov (1941–2027)",
            "Ömrüniñ 86-ncı yılında Aqmescitte vefat etti. Server ağa uzun yıllar mektepte "
            "{run}oca olıp çalıştı. Cenaze namazı 18 martta saat 13.00-de olacaq. Ailesi.",
        ),
        (
            "Sefiye Emirova (1950–2027)",
            "Sevimli anamız ve büyük anamız 15 martta Aqyar şeerinde aramızdan ayrıldı. "
            "Allah rahmet {col}eylesin. Evlâtları ve torunları.",
        ),
        (
            "Taziye",
            "Salğır Haberleri gazetasınıñ hadimleri Server Qurtseitovnıñ ailesine ve yaqınlarına derin "
            "taziyelerini bildireler.",
        ),
        (
            "Teşekkür",
            "Babamız Refat Seitablayevniñ cenazesine kelgen ve bizni yalnız taşlamağan episine "
            "teşekkür etemiz. Ailesi.",
        ),
    ]
):
    QIRIM["articles"].append(
        {
            "lines": (["ANMA VE TAZİYE"] if _n == 0 else []) + [_title],
            "section": ["ANMA VE TAZİYE", None],
            "kicker": [None, "ANMA VE TAZİYE"],
            "title": _title,
            "body": [_body],
        }
    )

TAQBAYLIT = {
    "name": "kab_utf8_lf_kabyle_daily_serial_instalment_caps_kicker_title_part_subtitle_sghur_byline_epsilon_gamma_"
    "guillemets_recap_first_paragraph_to_be_continued_line_running_head_column_break_notice",
    "encoding": "utf-8",
    "not_in": [],
    "newline": "\n",
    "script": "latin",
    "width": 38,
    "indent": "",
    "blank": True,
    "note": "Asalu n Tizi 2027-02-11, Asebter 12, a Kabyle daily from Tizi Ouzou (Latin script), UTF-8 without BOM "
    "(`ɛ ɣ ḥ ṣ ẓ ǧ Ɛ`, `« »`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A serial instalment: "
    "capital kicker `UNGAL S TEḤRICIN`, title, subtitle naming the part (`Aḥric wis 4`), byline line "
    "`Sɣur Ɛli At Ɛmer`, a recap paragraph `Ayen iɛeddan: …`, a `« »` quotation, the running head inside a "
    "sentence, a column break cutting a sentence, and the line `(Ad yettwakemmel)` at its foot; a notice.",
    "date": "2027-02-11",
    "page": "12",
    "head": ["ASALU N TIZI", "Lexmis 11 Furar 2027 - Asebter 12 - 40 DA"],
    "foot": ["Asalu n Tizi, Tizi Wezzu - tira@asalu.example.dz"],
    "furniture": [
        "ASALU N TIZI",
        "Lexmis 11 Furar 2027",
        "Asebter 12",
        "40 DA",
        "(Ad yettwakemmel)",
        "Asalu n Tizi - Adlis",
        "Asalu n Tizi, Tizi Wezzu",
        "tira@asalu.example.dz",
    ],
    "run": ["Asalu n Tizi - Adlis"],
    "markup": ["-", "-", "-", "-"],
    "labels": [],
    "articles": [
        {
            "lines": ["UNGAL S TEḤRICIN", "Tiṭ n wasif", "Aḥric wis 4", "Sɣur Ɛli At Ɛmer"],
            "kicker": ["UNGAL S TEḤRICIN", None],
            "title": "Tiṭ n wasif",
            "subtitle": ["Aḥric wis 4", None],
            "byline": ["Sɣur Ɛli At Ɛmer", "Ɛli At Ɛmer"],
            "body": [
                "Ayen iɛeddan: Tasaɛdit tuɣal ɣer taddart-is deffir n ɛecrin n yiseggasen di Lezzayer. Tufa "
                "axxam n baba-s d ilem.",
                "Taṣebḥit, Tasaɛdit tekker zik. Tedda ɣer wasif akken tella tettedu di temẓi-ines, tesla i "
                "waman ttazzalen gar yeẓra.",
                "Tufa dinna tamɣart tettsired iceṭṭiḍen. Tenna-yas: «Ma d kemm, a yelli-s n Muḥend? "
                "Acḥal aya {run}i kem-ttraǧuɣ.»",
                "Tasaɛdit ur tessin ara d acu ara d-tini. Teqqim ɣef yiwet n tezrut, {col}tettmeslay d "
                "yiman-is armi d tameddit.",
                ("end", "(Ad yettwakemmel)"),
            ],
        },
        {
            "lines": ["Tamsizzelt n tullisin"],
            "title": "Tamsizzelt n tullisin",
            "body": [
                "Asalu n Tizi yessawal i yimyura imenza ad d-aznen tullisin-nsen send 31 Meɣres. Tullisin "
                "yifen ad d-ffɣent deg usebter-a.",
            ],
        },
    ],
}

VOWELS = set("aeiouyáàâãäåæéèêëíìîïóòôõöøúùûüýıAEIOUYÁÀÂÃÄÅÆÉÈÊËÍÌÎÏÓÒÔÕÖØÚÙÛÜÝI")
DIGRAPHS = {
    "cbk": ("ch", "ll", "rr", "ng", "qu"),
    "kw": ("dh", "th", "gh", "ch", "sh", "ll", "nn", "mm"),
    "crh": ("ng",),
    "kab": ("ts", "tt", "ǧǧ", "ḍḍ", "ṭṭ"),
}


def syllables(word, language):
    """`word` with `~` wherever a line-end hyphen may fall: before a lone consonant between vowels,
    or between two consonants (a language's digraphs kept whole), never leaving one letter alone.
    holdout57's rule: never in a word holding an apostrophe of any kind, a hyphen or an inner capital."""
    if "~" in word or len(word) < 7 or not word[:1].isalpha() or word.isupper() or "-" in word:
        return word
    if any(mark in word for mark in "'’ʼʻ"):
        return word
    if any(not ch.islower() for ch in word[1:] if ch.isalpha()):
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


for _page, _language in ((CHAVACANO, "cbk"), (KERNEWEK, "kw"), (QIRIM, "crh"), (TAQBAYLIT, "kab")):
    for _art in _page["articles"]:
        _art["body"] = [hyphenable(x, _language) if isinstance(x, str) else x for x in _art["body"]]

PAGES = [LAJI, BINGBAO, DIANYING, HEHUA, DULUN, JIASHU, CHAVACANO, KERNEWEK, QIRIM, TAQBAYLIT]
