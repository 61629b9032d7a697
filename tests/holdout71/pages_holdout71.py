"""The text of every holdout71 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, shops, churches, schools and events are invented; real towns and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold.
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
A `table` article is drawn as a block (an optional reversed label, its title as the head, rows of cells at fixed
fractions of the width, a bold ruled header row when `header`, a `credit` line under the rows) and scored as an
article whose paragraphs are its rows. `listing` sets an article's paragraphs flush left in smaller type.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
"""

LUQU = {
    "stem": "zh_sim_exam_admissions_page_luqu_fenshuxian_cutoff_tables_header_row_story_photo_zhiyuan_tianbao_box",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 6,
    "masthead": ["汀州晨报", "2027年7月25日　星期日", "第5版　教育"],
    "date": "2027-07-25",
    "page": ["第5版　教育", "第5版", "5"],
    "foot": "汀州晨报　第5版　教育　　责任编辑：罗　茜　　招考咨询热线：0597-8836120",
    "note": "An admissions page: a lead story on the year's cut-off marks over four columns (kicker, head, subtitle, byline with a 通讯员, a subhead, a photo heading its fourth column with caption and credit); beside it in the right third a reversed `录取控制分数线` label over two cut-off tables (`本科批次`, `专科批次`) with bold ruled header rows and the exam office's issue line under the second; under a rule a short second story over four columns and a framed reminder box.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "今年高考各批次录取控制分数线昨日公布",
                        "title": "本科物理类划线四百四十二分",
                        "subtitle": "考生可于二十七日起登录招考网站填报志愿",
                        "byline": ["本报记者　詹一帆　通讯员　邱晓岚", "詹一帆", "本报记者　詹一帆"],
                        "ncol": 3,
                        "photo_col": 2,
                        "caption": "昨天上午，一中高三班主任在教室里帮学生核对成绩和位次。",
                        "credit": "本报记者　詹一帆　摄",
                        "body": [
                            "记者昨天从市招生考试办公室获悉，今年高考各批次录取控制分数线已经划定。本科批次物理类为四百四十二分，历史类为四百六十一分，均比去年略有下降。",
                            "市招考办负责人介绍，今年全市共有两万一千多名考生参加高考，物理类考生人数首次超过历史类，占总人数的六成以上。",
                            ("h", "位次比分数更有参考价值"),
                            "不少家长拿到成绩后第一件事就是比较往年分数线。招考办提醒，由于每年试题难度不同，单看分数容易误判，考生应更多参考自己在全省的位次。",
                            "一中高三年级组长说，学校这几天安排了志愿填报讲座，每位班主任都要和学生逐一面谈，“不求最好，但求最合适”。",
                            "据悉，本科批次志愿填报时间为七月二十七日至三十日，专科批次另行安排。",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "table": True,
                        "label": "录取控制分数线",
                        "section": ["录取控制分数线", None],
                        "title": "本科批次",
                        "header": True,
                        "sep": "　",
                        "cols": [(0.0, "l"), (0.42, "l"), (1.0, "r")],
                        "rows": [
                            ["类别", "科类", "分数线"],
                            ["普通类", "物理类", "442"],
                            ["普通类", "历史类", "461"],
                            ["体育类", "物理类", "386"],
                            ["体育类", "历史类", "398"],
                            ["艺术类", "美术", "375"],
                        ],
                    },
                    {
                        "table": True,
                        "section": [None, "录取控制分数线"],
                        "title": "专科批次",
                        "header": True,
                        "sep": "　",
                        "credit": "市招生考试办公室　7月24日发布",
                        "cols": [(0.0, "l"), (0.42, "l"), (1.0, "r")],
                        "rows": [
                            ["类别", "科类", "分数线"],
                            ["普通类", "物理类", "220"],
                            ["普通类", "历史类", "220"],
                        ],
                    },
                ],
                4,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "title": "山区学校首次有学生过线清华强基计划",
                        "byline": ["本报记者　詹一帆", "詹一帆"],
                        "ncol": 3,
                        "body": [
                            "在连城县溪口中学，今年有一名学生的成绩达到了清华大学强基计划的入围线，这在该校建校六十年来还是第一次。",
                            "这名学生的班主任说，他家离学校二十多公里，初中起就住校，每周只回家一次。高三这一年，他每天晚上都在教室里多学一个小时。",
                            "校长表示，学校将用这件事鼓励更多山里的孩子，“只要肯下功夫，山区学生一样能走出去”。",
                        ],
                    }
                ],
                0,
                4,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "填报志愿三提醒",
                        "ncol": 1,
                        "body": [
                            "一要看清招生章程中的选科要求和体检要求；",
                            "二要拉开志愿梯度，做到冲、稳、保搭配；",
                            "三要按时提交并牢记密码，不要请他人代填。",
                        ],
                    }
                ],
                4,
                2,
            ),
        ],
    ],
}

YAOJU = {
    "stem": "zh_tra_scan_pharmacy_on_duty_page_lianjia_zhiban_yaoju_rota_rows_beside_flu_vaccine_story_yejian_jizhen_box",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": True,
    "seed": 71002,
    "angle": -0.7,
    "ncols": 4,
    "masthead": ["嵐港日報", "中華民國116年10月10日　星期日", "A7　醫療保健"],
    "date": "2027-10-10",
    "page": ["A7　醫療保健", "A7"],
    "foot": "嵐港日報　A7　醫療保健　　值班資訊如有異動，以衛生局公告為準",
    "note": "A scanned Taiwan daily's health page: over columns 1–2 a story on flu vaccination (kicker, head, subtitle, byline `記者許筱涵／嵐港報導`, a subhead, a photo heading its second column with caption and credit); over columns 3–4 a reversed `連假值班藥局` label over a rota table (藥局, 地址, 電話; a bold ruled header row) with the health bureau's line under it, and under it a framed `夜間急診` box; under a rule across the page a short second story.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "公費流感疫苗明起開打",
                        "title": "長者幼兒優先　醫師籲勿觀望",
                        "subtitle": "今年疫苗涵蓋四種病毒株　全縣合約院所共一百二十家",
                        "byline": ["記者許筱涵／嵐港報導", "許筱涵"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "衛生所護理師昨天清點剛送到的流感疫苗。",
                        "credit": "記者許筱涵／攝影",
                        "body": [
                            "公費流感疫苗明天起開打，第一階段對象為六十五歲以上長者、六個月以上幼兒及醫事人員。衛生局表示，今年疫苗共有四種病毒株，民眾可至全縣一百二十家合約院所接種。",
                            "衛生局長說，去年流感高峰時急診擠滿病人，其中多數重症個案都沒有接種疫苗，「打疫苗是最簡單的保護」。",
                            ("h", "連假期間也能接種"),
                            "為方便上班族，部分衛生所連假期間仍開設接種門診，民眾出門前可先上衛生局網站查詢。",
                            "醫師提醒，接種後若出現輕微發燒或手臂痠痛，通常一兩天內就會改善，不必過度擔心。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "table": True,
                        "label": "連假值班藥局",
                        "section": ["連假值班藥局", None],
                        "title": "10月9日至11日",
                        "header": True,
                        "sep": "　",
                        "credit": "資料來源：嵐港縣衛生局",
                        "source_row": True,  # 2026-12-05: the source line under the rows is the table's last paragraph
                        "cols": [(0.0, "l"), (0.36, "l"), (1.0, "r")],
                        "rows": [
                            ["藥局", "地址", "電話"],
                            ["仁和藥局", "中正路112號", "3321-456"],
                            ["長安藥局", "民生路58號", "3345-210"],
                            ["福德藥局", "光復路7號", "3367-082"],
                            ["永春藥局", "港口街31號", "3312-775"],
                            ["康寧藥局", "大同路205號", "3389-614"],
                        ],
                    },
                    {
                        "box": True,
                        "title": "夜間急診",
                        "ncol": 1,
                        "body": [
                            "嵐港醫院急診室二十四小時開放，地址：中山路一段1號，電話：3310-119。",
                            "兒童夜間發燒可先撥打衛生局諮詢專線，由護理師協助判斷是否需要就醫。",
                        ],
                    },
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "title": "社區藥師到府送藥　獨居長者受惠",
                        "ncol": 3,
                        "body": [
                            "嵐港縣藥師公會今年起推動社區藥師到府送藥服務，由藥師親自把慢性病處方藥送到獨居長者家中，並順便檢查家裡有沒有過期藥品。",
                            "住在港口街的八十二歲陳阿嬤說，以前每個月都要搭公車去醫院拿藥，現在藥師會來家裡，還會教她怎麼分藥盒。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

CHANGXIAO = {
    "stem": "zh_sim_bestseller_page_changxiao_shubang_ranked_rows_shuping_review_beside_cover_photo_xinshu_sudi_box",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["江澜晚报", "2027年6月13日　星期日", "第11版　读书"],
    "date": "2027-06-13",
    "page": ["第11版　读书", "第11版", "11"],
    "foot": "江澜晚报　第11版　读书　　编辑：陶　然　　榜单数据由江澜书城提供",
    "note": "A books page: over columns 1–2 a reversed `畅销书榜` label over a ranked table (排名, 书名, 作者; a bold ruled header row; ten rows) with the bookshop's line under it; over columns 3–4 a review (kicker, head, subtitle, byline `文／邵清禾`, a subhead, the book's cover photo heading its second column with caption and credit); under a rule a framed `新书速递` box of three short notices over four columns.",
    "rows": [
        [
            (
                [
                    {
                        "table": True,
                        "label": "畅销书榜",
                        "section": ["畅销书榜", None],
                        "title": "本周虚构类前十名",
                        "header": True,
                        "sep": "　",
                        "credit": "统计时间：6月6日至12日　江澜书城",
                        "cols": [(0.0, "l"), (0.12, "l"), (1.0, "r")],
                        "rows": [
                            ["排名", "书名", "作者"],
                            ["1", "《雾港来信》", "沈知秋"],
                            ["2", "《盐田上的夏天》", "梁　禾"],
                            ["3", "《第七个渡口》", "何嘉树"],
                            ["4", "《外婆的樟木箱》", "程晓棠"],
                            ["5", "《北纬三十度的雪》", "叶　舟"],
                            ["6", "《夜航船》", "柯远山"],
                            ["7", "《银杏街十二号》", "苏念青"],
                            ["8", "《风从海上来》", "邓子衿"],
                            ["9", "《灯塔守望者》", "韦　澄"],
                            ["10", "《旧城少年》", "钟一鸣"],
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "big": True,
                        "kicker": "榜首新书",
                        "title": "一封信，牵出港城半个世纪",
                        "subtitle": "读沈知秋长篇小说《雾港来信》",
                        "byline": ["文／邵清禾", "邵清禾"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "《雾港来信》封面。",
                        "credit": "出版社供图",
                        "body": [
                            "小说从一封迟到了四十年的信写起。邮递员在拆除的老邮局墙缝里发现了它，收信人早已搬离，寄信人也下落不明。",
                            "作者没有急着揭开谜底，而是跟着这封信，一户一户地敲开港城老街的门。每个人都记得一点当年的事，拼起来，才是一座城市的半个世纪。",
                            ("h", "慢下来的叙事"),
                            "与作者此前的几部作品相比，这本书的节奏明显慢了下来。大量的篇幅写的是码头的雾、渡轮的汽笛和巷口的早点摊，读来却并不沉闷。",
                            "也有读者认为结尾过于圆满。但在我看来，这份温情恰恰是作者想留给这座城市的。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "box": True,
                        "title": "新书速递",
                        "ncol": 3,
                        "body": [
                            "《山野植物笔记》：一位中学生物老师用十年时间记录家乡山野里的三百种植物，配有手绘插图。",
                            "《我在小镇修钟表》：一位老钟表匠口述的六十年手艺人生活。",
                            "《给孩子的天文课》：天文馆讲解员写给小学生的二十堂课。",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

YORUBA = {
    "stem": "yo_scan_worship_services_page_eto_isin_church_rows_times_beside_story_irun_jimoh_mosque_box",
    "script": "latin",
    "tess": ("eng", "alto"),
    "scan": True,
    "seed": 71004,
    "angle": 0.5,
    "ncols": 4,
    "markup": [],
    "masthead": ["Akede Ọsẹ", "Ọjọ Abamẹta, 15 Oṣu Karun, 2027", "Ẹsin · 8"],
    "date": "2027-05-15",
    "page": ["Ẹsin · 8", "8"],
    "foot": "Akede Ọsẹ · Ẹsin · 8 · Ẹ fi eto isin yin ranṣẹ si wa ni ọjọ Ọjọbọ",
    "note": "A scanned Yoruba weekly's religion page: over columns 1–2 a story on a church's new hall (kicker, head, subtitle, byline `Lati ọwọ Adebayo Ọladele`, a subhead, a photo heading its second column with caption and credit); over columns 3–4 a reversed `Eto Isin` label over a table of Sunday services (ijọ, adugbo, aago; a bold ruled header row) and a framed mosque box `Irun Jimọh` of three rows; under a rule a short second story.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "Ayẹyẹ ọdun aadọta ijọ",
                        "title": "Ijọ Mimọ Oke-Ado ṣi gbọngan tuntun",
                        "subtitle": "Ẹgbẹrun meji eniyan lo pejọ si ibi isin idupẹ",
                        "byline": ["Lati ọwọ Adebayo Ọladele", "Adebayo Ọladele"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "Awọn ọmọ ẹgbẹ akọrin ijọ n kọrin ni gbọngan tuntun naa.",
                        "credit": "Fọto: Adebayo Ọladele",
                        "body": [
                            "Ijọ Mimọ to wa ni Oke-Ado, ni ilu Ibadan, ṣi gbọngan tuntun rẹ ni ọjọ Aiku to kọja, lati fi ṣe ayẹyẹ ọdun aadọta ti wọn da ijọ naa silẹ.",
                            "Gbọngan naa le gba eniyan ẹgbẹrun kan ati ẹẹdẹgbẹta, o si ni ile-iwe ọjọ isinmi fun awọn ọmọde.",
                            ("h", "Ọrẹ awọn ọmọ ijọ"),
                            "Alufaa agba ijọ naa, Reverend Samuel Adeyẹmi, sọ pe owo ti awọn ọmọ ijọ da jọ lo kọ gbọngan naa laarin ọdun mẹta.",
                            "“A dupẹ lọwọ gbogbo ẹni to ṣe iranlọwọ, kekere tabi nla,” lo sọ.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "table": True,
                        "label": "Eto Isin",
                        "section": ["Eto Isin", None],
                        "title": "Isin Ọjọ Aiku, 16 Oṣu Karun",
                        "header": True,
                        "cols": [(0.0, "l"), (0.55, "l"), (1.0, "r")],
                        "rows": [
                            ["Ijọ", "Adugbo", "Aago"],
                            ["Ijọ Mimọ", "Oke-Ado", "8:00"],
                            ["Ijọ Onitẹbọmi Ireti", "Mọkọla", "9:00"],
                            ["Ijọ Aposteli Ifẹ", "Agodi", "9:30"],
                            ["Ijọ Metodisti Jẹrusalẹmu", "Ọja-Oba", "10:00"],
                            ["Ijọ Katoliki Maria", "Bodija", "7:00"],
                        ],
                    },
                    {
                        "table": True,
                        "box": True,
                        "title": "Irun Jimọh",
                        "cols": [(0.0, "l"), (1.0, "r")],
                        "rows": [
                            ["Mọṣalaṣi Agba, Ọja-Oba", "1:15"],
                            ["Mọṣalaṣi Nurudeen, Agodi", "1:30"],
                            ["Mọṣalaṣi Alaafia, Bodija", "1:45"],
                        ],
                    },
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "title": "Awọn ọdọ ijọ meji ṣe iṣẹ imọtoto ni ọja",
                        "ncol": 3,
                        "body": [
                            "Ọgọrun awọn ọdọ lati ijọ meji ni Ibadan pejọ ni ọjọ Abamẹta lati gba ọja Bodija mọ. Wọn ko idọti kuro, wọn si gbẹ awọn gọta to ti di.",
                            "Olori awọn ọdọ naa sọ pe wọn yoo maa ṣe iṣẹ yii ni oṣu kọọkan.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

MALAGASY = {
    "stem": "mg_lottery_results_page_loto_winning_numbers_prize_table_sokajy_story_nataon_byline_second_story",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": False,
    "ncols": 4,
    "markup": [],
    "masthead": ["Ny Feo Atsinanana", "Alarobia, 8 Septambra 2027", "Loto · 12"],
    "date": "2027-09-08",
    "page": ["Loto · 12", "12"],
    "foot": "Ny Feo Atsinanana · Loto · 12",
    "note": "A Malagasy daily's lottery page: over columns 1–2 a reversed `Valim-pifanintsanana` label over the draw's winning numbers (one row of six numbers and a bonus row), then a prize table (sokajy, mpandresy, loka; a bold ruled header row) with the operator's line under it; over columns 3–4 the story of a jackpot winner (kicker, head, subtitle, byline `Nataon'i Lalaina Rasoanaivo`, a subhead, a photo heading its second column with caption and credit); under a rule a short second story.",
    "rows": [
        [
            (
                [
                    {
                        "table": True,
                        "label": "Valim-pifanintsanana",
                        "section": ["Valim-pifanintsanana", None],
                        "title": "Loto Faharoa, 7 Septambra",
                        "cols": [(0.0, "l"), (0.5, "l")],
                        "rows": [
                            ["Isa nivoaka:", "4 · 11 · 19 · 27 · 33 · 41"],
                            ["Isa fanampiny:", "16"],
                        ],
                    },
                    {
                        "table": True,
                        "section": [None, "Valim-pifanintsanana"],
                        "title": "Loka nozaraina",
                        "header": True,
                        "credit": "Loharano: Loterie Nationale Atsinanana",
                        "source_row": True,  # 2026-12-05: the source line under the rows is the table's last paragraph
                        "cols": [(0.0, "l"), (0.45, "r"), (1.0, "r")],
                        "rows": [
                            ["Sokajy", "Mpandresy", "Loka (Ar)"],
                            ["6 isa", "1", "412 500 000"],
                            ["5 isa + fanampiny", "3", "18 200 000"],
                            ["5 isa", "27", "1 150 000"],
                            ["4 isa", "864", "42 000"],
                            ["3 isa", "11 305", "5 000"],
                        ],
                    },
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "big": True,
                        "kicker": "Loto Faharoa",
                        "title": "Mpampianatra iray no nahazo ny loka lehibe",
                        "subtitle": "Efa roapolo taona izy no nilalao isa mitovy",
                        "byline": ["Nataon'i Lalaina Rasoanaivo", "Lalaina Rasoanaivo"],
                        "ncol": 2,
                        "photo_col": 1,
                        "caption": "Ny tapakila nandresy, naseho tao amin'ny biraon'ny loterie.",
                        "credit": "Sary: Lalaina Rasoanaivo",
                        "body": [
                            "Mpampianatra iray avy any Fenoarivo Atsinanana no nahazo ny loka lehibe tamin'ny Loto Faharoa natao ny alahady teo, dia ariary 412 tapitrisa sy 500 arivo.",
                            "Nilaza ny tompon'andraikitry ny loterie fa efa roapolo taona izy no nilalao isa enina mitovy isan-kerinandro.",
                            ("h", "Hanorina sekoly"),
                            "Tsy mbola nanambara ny anarany ilay mpandresy, saingy nilaza izy fa ny ampahany amin'ny vola dia hanorenana efitrano fianarana vaovao ao an-tanànany.",
                            "Ny fifanintsanana manaraka dia atao ny alahady 14 Septambra, ary efa misokatra ny fivarotana tapakila.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "title": "Mihamaro ny mpilalao an-tserasera",
                        "ncol": 3,
                        "body": [
                            "Araka ny tarehimarika navoakan'ny loterie, ny ampahatelon'ny tapakila amidy tamin'ity volana ity dia novidina tamin'ny finday.",
                            "Nampahatsiahy ny mpilalao anefa ny tompon'andraikitra fa tsy azo amidy amin'ny zaza tsy ampy taona ny tapakila.",
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}

PAGES = [LUQU, YAOJU, CHANGXIAO, YORUBA, MALAGASY]
