"""The text of every holdout37 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, places, programmes, firms and events are invented. A list value gives every
acceptable reading; its first element is the one printed. `credits` are photo credits (unscored).
"""


def article(title, paragraphs, **fields):
    """One gold article: every field the gold format has, null unless given."""
    art = {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": paragraphs,
        "captions": [],
        "credits": [],
    }
    art.update(fields)
    return art


WENHUA = {
    "stem": "zh_sim_wenhua_page_vertical_fukan_essay_column_beside_horizontal_stories_wenhua_jianxun",
    "furniture": {
        "masthead": ["澄潭日报", "2026年12月2日　星期三", "第7版　文化"],
        "foot": "澄潭日报　第7版　文化　责任编辑：苗　青　版式：温　岚",
    },
    "date": "2026-12-02",
    "page": ["第7版", "7"],
    "articles": [
        article(
            "老手艺人走进社区课堂",
            [
                "每周六上午，澄潭市南门社区活动室里总是坐得满满当当。72岁的竹编艺人郑守田"
                "把一捆捆竹篾摆上桌，手把手教居民编竹篮、竹灯笼。",
                "今年9月起，市文化馆联合二十个社区开设“非遗社区课堂”，请来竹编、剪纸、"
                "木版年画等八个项目的传承人轮流授课，每期十二课时，全部免费。",
                "“以前总担心手艺没人学，现在周末来上课的有退休老人，也有带着孩子的年轻父母。”"
                "郑守田说，最小的学员才八岁，已经能独立编出一只小竹篮。",
                "市文化馆馆长谭素云介绍，三个月来课堂已开课一百六十余节，参与居民超过三千人次。"
                "明年将把课堂搬进中小学，并为学得好的学员举办作品展。",
                "在剪纸课上，传承人龚秀兰带来一套老花样，讲解每种纹样的来历。"
                "学员苏敏说：“剪的是花样，听的是老澄潭的故事。”",
            ],
            kicker="非遗项目传承人轮流授课",
            byline=["本报记者　骆清禾", "骆清禾"],
            captions=["南门社区居民跟随竹编艺人郑守田（左）学编竹灯笼。"],
            credits=["本报记者　骆清禾　摄"],
        ),
        article(
            "冬日腌菜记",
            [
                "立冬一过，外婆就开始张罗腌菜。院子里的竹竿上晾满了青菜，叶子在太阳底下慢慢打蔫，"
                "空气里都是一股清清的菜香。",
                "腌菜要选晴天。外婆把晾好的菜一棵棵码进大缸，撒一层盐，码一层菜，"
                "再叫我光着脚站进去踩。我踩得起劲，外婆就在旁边笑，说踩得越实，腌出来越香。",
                "那口缸放在灶屋的角落里，上面压着一块青石。整个冬天，"
                "外婆隔几天就掀开看看，捞出一棵，切碎了炒肉末，就是一家人最下饭的菜。",
                "如今外婆已经不在了，城里也难找到那样的大缸。每到冬天，"
                "我总会想起那块青石，想起外婆说的那句话：「日子要踩实了，才有滋味。」",
            ],
            section="副刊·潭影",
            byline="柯晚照",
        ),
        article(
            "古籍修复室首次向市民开放",
            [
                "本报讯（记者 庞悦）12月1日，澄潭市图书馆古籍修复室首次向市民开放参观。"
                "修复师现场演示了补书、托裱等工序，六十名预约市民走进修复室，近距离观看古籍“治病”。",
                "据介绍，市图书馆藏有古籍一万二千余册，其中近三成存在虫蛀、霉变等问题。"
                "修复室今年已修复古籍八十余册。今后每月第一个周二将固定开放，市民可通过图书馆公众号预约。",
            ],
            byline=[None, "记者 庞悦", "庞悦"],
        ),
        article(
            "澄潭戏曲周本月开幕",
            [
                "第九届澄潭戏曲周将于12月12日开幕，越剧、黄梅戏、花鼓戏等十二台剧目将在大剧院和"
                "三个社区剧场轮流上演，其中六场为惠民演出，票价二十元。",
            ],
            section=["文化简讯", None],
        ),
        article(
            "青年版画作品展在美术馆展出",
            [
                "由市美术家协会主办的青年版画作品展日前在市美术馆开展，展出四十位青年作者的"
                "一百零六件作品，展期至明年1月10日，免费参观。",
            ],
            section=[None, "文化简讯"],
        ),
    ],
}

DIANSHI = {
    "stem": "zh_sim_scan_dianshi_guangbo_page_programme_listings_grid_box_radio_box_beside_two_stories",
    "furniture": {
        "masthead": ["东滨晚报", "2026年12月2日　星期三", "B6　电视·广播"],
        "foot": "东滨晚报　B6　电视·广播　节目如有变动以电视台播出为准",
    },
    "date": "2026-12-02",
    "page": ["B6", "6"],
    "articles": [
        article(
            "今日电视节目",
            [
                "时间　新闻综合　都市生活　影视频道",
                "18:00　东滨新闻　生活帮办　海港人家（31）",
                "18:30　天气预报　百姓厨房　海港人家（32）",
                "19:00　转播新闻联播　开心市场　电影：山路",
                "19:35　滨江渔火（1）　法治现场　电影：山路",
                "20:30　今晚聚焦　健康到家　远山的灯（5）",
                "21:30　夜间新闻　城市夜话　远山的灯（6）",
            ],
            section="今日荧屏",
        ),
        article(
            "今日广播节目",
            [
                "07:00　早间新闻（FM 93.6）",
                "08:30　路况早知道（FM 101.2）",
                "12:00　午间戏曲（FM 93.6）",
                "17:30　晚高峰直播（FM 101.2）",
                "22:00　夜读时光（FM 88.4）",
            ],
        ),
        article(
            "纪录片《滨江渔火》今晚开播",
            [
                "由东滨广播电视台摄制的六集纪录片《滨江渔火》今晚19:35在新闻综合频道首播。"
                "摄制组历时两年，跟拍滨江沿岸五个渔村的十余户渔民家庭。",
                "纪录片从禁渔期写起，讲述老渔民上岸转产、年轻人回村开民宿、"
                "渔家菜走进城市餐馆的故事。导演邝思远说，拍摄中最打动他的，"
                "是渔民们面对变化时的乐观。",
                "第一集《上岸》聚焦七十岁的老渔民蔡长根。他打了五十年鱼，禁渔后和老伴一起当上了护渔员，每天沿江巡查。",
                "该片每晚播出一集，次日上午10:00重播，观众也可在东滨台客户端回看。",
            ],
            kicker="六集讲述滨江渔村变迁",
            byline=["本报记者　温若宁", "温若宁"],
            captions=["纪录片《滨江渔火》剧照：老渔民蔡长根在江边巡查。"],
            credits=["东滨广播电视台供图"],
        ),
        article(
            "交通广播开播三十周年",
            [
                "本报讯（记者 葛朗）12月1日，东滨交通广播迎来开播三十周年。电台当天推出十二小时特别直播，"
                "邀请老主持人回到直播间，与听众一起回忆三十年来的路况播报。",
                "三十年来，交通广播累计播报路况信息两百多万条，帮助听众寻回失物一万余件。"
                "不少出租车司机说，开车听交通广播，已经成了每天的习惯。",
                "台长伍建华表示，明年电台将开通夜间路况热线，并在客户端推出语音报路况服务。",
            ],
            byline=[None, "记者 葛朗", "葛朗"],
        ),
        article(
            "少儿春晚开始报名",
            [
                "东滨台2027少儿春节联欢晚会即日起开始征集节目，四至十四岁少年儿童均可报名，截止日期为12月20日。",
            ],
            section=["荧屏速递", None],
        ),
    ],
}

LUYOU = {
    "stem": "zh_tra_hk_luyou_page_travel_feature_tinted_info_box_label_lines_lvyou_kuaixun_items",
    "furniture": {
        "masthead": ["海灣日報", "2026年12月2日　星期三", "C3　旅遊"],
        "foot": "海灣日報　C3　旅遊　編輯：岑家明　美術：葉思敏",
    },
    "date": "2026-12-02",
    "page": ["C3", "3"],
    "articles": [
        article(
            "漁村石屋變民宿　島上慢活兩天",
            [
                "從中環碼頭乘街渡出發，約五十分鐘便到東嶼島。島上只有一條主街，"
                "兩旁是上世紀五十年代建成的石屋，不少已空置多年。",
                "三年前，島民組織「東嶼村活化小組」，與業主商討把舊石屋改建成民宿。"
                "至今已有九間石屋翻新開業，保留原有的花崗岩外牆和木窗，室內則換上新式浴室。",
                "經營民宿的陸志強在島上長大，十多年前出城工作，疫情後回鄉。他說：「以前週末島上冷冷清清，"
                "現在假日幾乎全滿，住客過半是二三十歲的年輕人。」",
                "住客可跟漁民出海收網，或在退潮時到石灘看寄居蟹。傍晚坐在碼頭看日落，"
                "再到街口的大排檔吃一頓海鮮，是不少人最難忘的體驗。",
                "不過，島民也擔心遊客太多影響生活。活化小組規定，每晚留宿人數上限為八十人，並請遊客把垃圾帶走。",
            ],
            kicker="冬日出遊",
            subtitle="東嶼島舊村活化　假日住客過半是年輕人",
            byline=["記者　麥穎儀", "麥穎儀"],
            captions=["東嶼島主街兩旁的石屋已有九間改建成民宿。"],
            credits=["（記者　麥穎儀攝）"],
        ),
        article(
            "東嶼島旅遊資訊",
            [
                "交通：中環五號碼頭乘街渡，每日六班，單程約五十分鐘。",
                "住宿：石屋民宿每晚六百至一千二百元，須提前預訂。",
                "飲食：街口大排檔營業至晚上九時，逢週二休息。",
                "注意：島上沒有銀行，請自備現金。",
            ],
        ),
        article(
            "郵輪碼頭明年增三條航線",
            [
                "【本報訊】旅遊發展局昨日宣布，明年將有三條新郵輪航線以本港為母港，"
                "目的地包括台灣、日本沖繩及越南。預計明年郵輪旅客人次可較今年增加兩成。",
                "業界表示，新航線有助吸引海外旅客在港停留，帶動酒店及零售業生意。",
            ],
        ),
        article(
            "郊野公園推夜間導賞團",
            [
                "漁農部門本月推出郊野公園夜間導賞團，由導賞員帶領市民觀察螢火蟲及夜行動物，"
                "每團限二十人，費用全免，網上報名。",
            ],
            section=["旅遊快訊", None],
        ),
        article(
            "長者乘渡輪享半價",
            [
                "多條離島渡輪航線由下月起為六十五歲以上長者提供半價優惠，週末及公眾假期同樣適用。",
            ],
            section=[None, "旅遊快訊"],
        ),
        article(
            "山頂纜車聖誕夜加開班次",
            [
                "山頂纜車公司表示，聖誕前夕及除夕晚上將加開班次，服務延長至凌晨一時，"
                "並提醒市民提早出發，避開晚上八時至十時的人潮高峰。",
            ],
            section=[None, "旅遊快訊"],
        ),
    ],
}

LOKALES = {
    "stem": "de_scan_lokalteil_dachzeile_vorspann_von_byline_foto_credit_polizeibericht_column_read_by_deu",
    "furniture": {
        "masthead": ["Ostertaler Kurier", "Mittwoch, 2. Dezember 2026", "Seite 15 | Lokales"],
        "foot": "Ostertaler Kurier | Lokales | Seite 15",
    },
    "date": "2026-12-02",
    "page": ["Seite 15", "15"],
    "articles": [
        article(
            "Bagger rollen im März an",
            [
                "Nach fast zwanzig Jahren Planung wird die Ortsumgehung von Brechtal gebaut. "
                "Das Regierungspräsidium hat am Montag den letzten Auftrag vergeben, die Arbeiten "
                "sollen Anfang März beginnen.",
                "Täglich fahren rund 14.000 Autos und Lastwagen durch die enge Hauptstraße. "
                "Anwohner klagen seit Jahren über Lärm, Abgase und Risse in den Hauswänden.",
                "„Wir haben so lange darauf gewartet, dass wir es kaum glauben können“, sagt "
                "Gerda Hollmann, die seit vierzig Jahren an der Hauptstraße wohnt.",
                "Die neue Straße wird 3,8 Kilometer lang und führt östlich am Ort vorbei. "
                "Geplant sind zwei Brücken und ein Tunnel unter dem Mühlberg. Die Kosten "
                "liegen bei rund 46 Millionen Euro.",
                "Bürgermeister Tobias Reinhardt rechnet mit einer Bauzeit von drei Jahren. "
                "Während der Arbeiten wird die Kreisstraße nach Oberau zeitweise gesperrt.",
                "Der Naturschutzbund hatte gegen die Trasse geklagt, weil sie ein Brutgebiet "
                "des Rotmilans berührt. Nun sollen Ersatzflächen am Waldrand angelegt werden.",
            ],
            kicker="Ortsumgehung Brechtal",
            subtitle="Letzter Auftrag vergeben: Die Umgehungsstraße soll die Hauptstraße "
            "vom Durchgangsverkehr befreien. Anwohner atmen auf.",
            byline=["Von Katrin Albers", "Katrin Albers"],
            captions=["Noch rollt der Verkehr durch die enge Hauptstraße von Brechtal."],
            credits=["Foto: Jens Möller"],
        ),
        article(
            "Einbruch in Vereinsheim",
            [
                "Brechtal. Unbekannte sind in der Nacht zum Montag in das Vereinsheim des "
                "Sportvereins eingebrochen. Sie stahlen einen Fernseher und Getränke. "
                "Die Polizei bittet um Hinweise.",
            ],
            section=["Polizeibericht", None],
        ),
        article(
            "Radfahrerin leicht verletzt",
            [
                "Oberau. Eine 62-jährige Radfahrerin ist am Dienstagmorgen an der Einmündung "
                "zur Bahnhofstraße von einem Auto erfasst worden. Sie kam mit leichten "
                "Verletzungen ins Krankenhaus.",
            ],
            section=[None, "Polizeibericht"],
        ),
        article(
            "Zeugen nach Unfallflucht gesucht",
            [
                "Lindenau. Auf dem Parkplatz des Supermarkts an der Talstraße hat ein "
                "Unbekannter am Samstag einen grauen Kombi beschädigt und ist weggefahren. "
                "Der Schaden liegt bei etwa 2000 Euro.",
            ],
            section=[None, "Polizeibericht"],
        ),
        article(
            "Weihnachtsmarkt öffnet am Freitag",
            [
                "Der Brechtaler Weihnachtsmarkt auf dem Kirchplatz öffnet am Freitag um 17 Uhr. "
                "Dreißig Buden bieten Glühwein, Handwerk und Gebäck an. Der Erlös des "
                "Vereinsstands geht an die Tafel.",
                "Am Samstag singt der Kinderchor der Grundschule, am Sonntag kommt der Nikolaus.",
            ],
            byline=["Von Jonas Feld", "Jonas Feld"],
        ),
    ],
}

COMARCAS = {
    "stem": "es_diario_comarcas_antetitulo_caps_sumario_deck_por_byline_photo_en_breve_column",
    "furniture": {
        "masthead": ["DIARIO DE VALDECORZA", "Miércoles, 2 de diciembre de 2026", "Página 9 · Comarcas"],
        "foot": "Diario de Valdecorza · Comarcas · 9",
    },
    "date": "2026-12-02",
    "page": ["Página 9", "9"],
    "articles": [
        article(
            "El centro de salud de Orbena tendrá pediatra fijo desde enero",
            [
                "Las familias de Orbena y de los seis pueblos de su comarca ya no tendrán que "
                "viajar a la capital para llevar a sus hijos al pediatra. La consejería de "
                "Sanidad cubrirá en enero la plaza, vacante desde hace dos años.",
                "Hasta ahora, una pediatra de Valdecorza pasaba consulta en Orbena un día a la "
                "semana. El resto de los días, los padres debían recorrer cuarenta kilómetros "
                "de carretera de montaña.",
                "«Con un niño con fiebre, cuarenta kilómetros de curvas se hacen eternos», "
                "cuenta Marta Quiroga, madre de dos niñas y portavoz de la plataforma vecinal.",
                "La plataforma reunió más de tres mil firmas y se concentró cada mes ante el "
                "ayuntamiento. El alcalde, Ernesto Villamil, celebró la noticia y agradeció "
                "la constancia de los vecinos.",
                "La nueva pediatra atenderá de lunes a viernes por la mañana y dos tardes a la "
                "semana. La consejería ofrecerá además una vivienda en el pueblo.",
            ],
            kicker="SANIDAD RURAL",
            subtitle="La plaza llevaba dos años vacante. Los vecinos reunieron más de tres mil firmas para reclamarla.",
            byline=["Por Lucía Arnedo", "Lucía Arnedo"],
            captions=["Familias a la puerta del centro de salud de Orbena, ayer por la mañana."],
            credits=["Foto: Daniel Pazos"],
        ),
        article(
            "La Diputación arreglará el puente de Castrelo",
            [
                "La Diputación provincial aprobó ayer una partida de 380.000 euros para "
                "reparar el puente de piedra de Castrelo, cerrado a los camiones desde la "
                "riada de la pasada primavera.",
                "Las obras comenzarán en febrero y durarán unos cuatro meses. Mientras tanto, "
                "los vehículos pesados seguirán desviándose por la carretera de Sobrado.",
            ],
            byline=["Redacción", None],
        ),
        article(
            "Obras en la carretera de Sobrado",
            [
                "La carretera entre Orbena y Sobrado estará cortada al tráfico pesado hasta "
                "el 20 de diciembre por obras de mejora del firme.",
            ],
            section=["EN BREVE", None],
        ),
        article(
            "Feria de la castaña en Castrelo",
            [
                "Castrelo celebra el domingo su feria de la castaña, con puestos de productores "
                "locales, música tradicional y un concurso de asado.",
            ],
            section=[None, "EN BREVE"],
        ),
        article(
            "Nuevo horario de la biblioteca",
            [
                "La biblioteca municipal de Orbena abrirá también los sábados por la mañana "
                "a partir de la próxima semana.",
            ],
            section=[None, "EN BREVE"],
        ),
    ],
}

PAGES = [WENHUA, DIANSHI, LUYOU, LOKALES, COMARCAS]
