"""The text of every holdout25 page, written once: the drawing and the gold both come from it.

Each page is a dict: its file stem, the furniture strings (in print order), date, page readings,
a note and its articles. An article field holding a list lists every acceptable reading, the
printed one first (the one drawn). In Latin text a `~` marks where a word may be hyphenated at a
line end; it is neither drawn nor in the gold.
"""


def art(title, paragraphs, **fields):
    """One gold article: every field present, in the gold format's order."""
    return {
        "section": fields.get("section"),
        "kicker": fields.get("kicker"),
        "title": title,
        "subtitle": fields.get("subtitle"),
        "byline": fields.get("byline"),
        "source": fields.get("source"),
        "headings": list(fields.get("headings", [])),
        "paragraphs": list(paragraphs),
        "captions": list(fields.get("captions", [])),
        "credits": list(fields.get("credits", [])),
    }


VERTICAL = {
    "stem": "zh_sim_vert_single_tier_rtl_head_columns_tongxunyuan_byline_laiyuan_column",
    "note": (
        "simplified Chinese set vertically in one tier under a horizontal masthead: columns of"
        " 24 cells read top to bottom, right to left, punctuation in vertical forms; five"
        " stories separated by vertical rules, each opened by a bold head column (the lead's"
        " head larger), byline columns, paragraphs opening two cells down; the last story"
        " closed by a 来源：新华社 column."
    ),
    "furniture": ["榆阳日报", "二〇二六年十二月一日　星期二", "第四版", "书香"],
    "date": "2026-12-01",
    "page": ["第四版", "4"],
    "articles": [
        art(
            "古籍修复室里的年轻人",
            [
                "走进榆阳图书馆四楼的古籍修复室，三张长案上摊着泛黄的书页，空气里有淡淡的糨糊香。"
                "二十七岁的修复师康小满正用镊子夹起一片薄如蝉翼的竹纸，一点点补在虫蛀的缺口上。",
                "这间修复室成立于二〇一九年，目前有修复师五人，平均年龄不到三十岁。五年来，"
                "他们共修复馆藏明清刻本一百四十余册，其中包括一部清代乾隆年间刊刻的《榆阳县志》。",
                "康小满说，修一页纸，快则半天，慢则一周。最难的是配纸，颜色、厚薄、纹路都要和原书相近。"
                "为了找到合适的竹纸，她曾跟着老师傅跑遍了邻近三个县的手工纸坊。",
                "馆长滕立新介绍，明年修复室将搬进新馆，面积扩大一倍，并设立参观通道，让市民隔着玻璃看修书。"
                "修复师们还计划开设公益课，教市民给家中的旧书做简单修补。",
            ],
            byline=["本报记者　苗青", "苗青"],
        ),
        art(
            "乡村书屋添新书两万册",
            [
                "本报讯　日前，市新华书店向全市六十个村级农家书屋捐赠图书两万余册，"
                "涵盖种植养殖、医疗保健、儿童读物等门类。",
                "各村书屋还将配备一名管理员，每周开放不少于四天，并定期组织村民交流种田养畜的经验。",
                "据介绍，这批图书由村民投票选出，其中果树修剪、家禽防疫类图书最受欢迎。",
            ],
        ),
        art(
            "老城墙下听评书",
            [
                "每逢周六下午，南门城墙根下的茶社总是座无虚席。七十一岁的评书艺人霍长庚一拍醒木，"
                "《杨家将》的故事便开了场。",
                "茶社负责人说，评书场去年恢复以来，已演出一百余场，听众从老人扩展到不少年轻人和外地游客。"
                "下个月起，茶社还将开设少儿评书班。",
                "霍长庚十四岁拜师学艺，说书已近六十年。他说，只要台下还有人听，他就一直说下去。",
            ],
            byline=["本报通讯员　柴文彬", "柴文彬"],
        ),
        art(
            "全国公共图书馆年接待读者超十亿人次",
            [
                "记者日前从有关部门获悉，今年前十个月，全国公共图书馆共接待读者十亿余人次，"
                "举办各类阅读推广活动三十余万场，线上借阅量同比增长近三成，其中少儿读者约占三成。",
            ],
            source="新华社",
        ),
        art(
            "市图书馆推出夜间借阅",
            [
                "本报讯　自本周起，市图书馆一楼借阅区每周三、周五开放至晚上九点，"
                "市民凭身份证即可办理借书证，每人每次可借图书五册，借期一个月，逾期可在网上续借一次。",
            ],
        ),
    ],
}

WRAP = {
    "stem": "zh_sim_lead_text_wraps_around_inset_photo_caption_beside_short_lines_bottom_band",
    "note": (
        "simplified, 3 columns: the lead over columns 1-2 (kicker, 76 px head, byline line with"
        " a reporter and a 通讯员); a photo inset straddling the gutter of columns 1-2 with its"
        " caption and credit under it, the lead's lines beside it shortened (the text wraps around the"
        " photo), so the caption lines stand beside lines of the story; column 3 two stories"
        " under short rules; a story across all three columns at the foot under a rule."
    ),
    "furniture": ["沙洲晚报", "2026年12月1日　星期二", "A3", "社区"],
    "date": "2026-12-01",
    "page": ["A3", "3"],
    "articles": [
        art(
            "三万户居民今冬告别“冷暖气”",
            [
                "入冬以来，城东花园小区的李秋菊老人不用再裹着棉被看电视了。她家的暖气片摸上去烫手，"
                "室温稳定在二十度以上。“往年屋里只有十三四度，今年总算暖和了。”",
                "据了解，城东片区的供热管网大多铺设于上世纪九十年代，管道老化、保温层脱落，"
                "热量在半路就损失了不少。今年四月起，市供热公司投入一点二亿元，对片区内"
                "四十六公里管网进行了全面更换。",
                "施工期间，为减少对居民出行的影响，工程队采取分段开挖、夜间作业的方式，"
                "每段路面恢复后再开挖下一段。供热公司还在每个小区设立了临时服务点，"
                "收集居民反映的问题。",
                "供热公司负责人介绍，改造后管网热损失下降了近四成，三万余户居民受益。"
                "今冬供暖期间，公司将安排专人每天巡查，居民家中温度不达标的，可拨打热线报修，"
                "维修人员两小时内上门。",
                "住在七楼的张师傅说，改造前他家暖气片上热下凉，冬天只能开电暖器补温，"
                "每月电费要多出两百多元。“现在家里暖和了，电暖器也收进了柜子。”",
            ],
            kicker="城东片区供热管网改造完工",
            byline=["本报记者　邝宇　通讯员　舒可", "邝宇", "本报记者　邝宇"],
            captions=["11月28日，供热公司工作人员在城东花园小区入户检查暖气温度。"],
            credits=["本报记者　邝宇　摄"],
        ),
        art(
            "菜市场延长营业至晚九点",
            [
                "本报讯　从本月起，城区六家农贸市场的营业时间由晚七点延长至晚九点，方便下班较晚的市民买菜。",
                "市场方面表示，延时段内将保证蔬菜、肉类和豆制品的供应，并安排管理人员值守。",
            ],
        ),
        art(
            "义诊送进楼栋里",
            [
                "上周六，市第二人民医院的十二名医生来到西岸街道，在居民楼下支起桌子，为老人测血压、查血糖。",
                "活动持续了一上午，共为三百余名居民提供了咨询，还为行动不便的老人上门看诊。",
            ],
            byline=["本报记者　宁萱", "宁萱"],
        ),
        art(
            "冬季用气高峰将至　燃气公司提醒注意安全",
            [
                "随着气温下降，全市即将进入冬季用气高峰。市燃气公司昨日提醒，居民使用燃气热水器和壁挂炉时要保持通风，"
                "不要在浴室内安装直排式热水器，发现燃气泄漏应立即关闭阀门、打开门窗，到室外拨打抢修电话。",
                "燃气公司还表示，本月将对老旧小区的燃气立管进行免费检查，检查人员均持工作证上门，"
                "不收取任何费用，请居民注意辨别。",
            ],
        ),
    ],
}

TABLE = {
    "stem": "zh_sim_lead_story_with_ruled_table_of_figures_between_paragraphs_futi_side_briefs",
    "note": (
        "simplified, 3 columns: the lead over columns 1-2 (head, ——副题, byline line); its"
        " text runs down column 1, where a ruled table of figures (its title in a grey band,"
        " a bold header row, five rows, a 数据来源 line) stands between its second and third"
        " paragraphs, and on down column 2; column 3 two stories under short rules; a brief across columns 1-3 at"
        " the foot under a rule."
    ),
    "furniture": [
        "岷安日报",
        "2026年12月1日　星期二",
        "第2版",
        "财经",
        "前10月全市外贸主要数据",
        "项目　金额（亿元）　同比增长",
        "进出口总值　486.3　10.2%",
        "出口　302.7　13.5%",
        "进口　183.6　5.1%",
        "新能源汽车出口　41.9　62.8%",
        "农产品出口　28.4　17.3%",
        "数据来源：岷安海关",
    ],
    "date": "2026-12-01",
    "page": ["第2版", "2"],
    "articles": [
        art(
            "前十月全市外贸进出口增长一成",
            [
                "记者昨日从岷安海关获悉，今年前十个月，全市外贸进出口总值达四百八十六亿元，"
                "比去年同期增长一成以上，增速高于全省平均水平。",
                "其中，出口增长较快，达到三百亿元，一般贸易方式出口占比接近七成。"
                "民营企业仍是外贸主力，进出口额占全市总量的六成以上。",
                "从商品看，新能源汽车出口增长超过六成，成为拉动出口的主要力量。"
                "全市三家整车企业今年新开辟了中东和南美市场，出口车型从两款增加到九款。",
                "农产品出口同样表现亮眼。岷安的柑橘、茶叶和脱水蔬菜今年出口到二十多个国家和地区，"
                "多家企业通过了国际认证。",
                "海关有关负责人表示，下一步将继续压缩通关时间，帮助企业用好自贸协定的关税优惠。",
                "业内人士分析，随着西部陆海新通道班列加密，岷安企业的出口物流成本有望进一步下降，"
                "明年外贸有望保持平稳增长。",
            ],
            subtitle="新能源汽车和农产品出口成为新亮点",
            byline=["本报记者　聂远", "聂远"],
            source=[None, "岷安海关"],
        ),
        art(
            "新建冷链物流园投用",
            [
                "本报讯　位于城北的岷安冷链物流园日前投入使用，园区建有冷库八座，总库容六万吨，"
                "可满足全市生鲜农产品的储存和分拨需要。",
                "园区引入了智能温控系统，果蔬、肉类和水产品分区存放，每天可分拨货物八百吨。",
            ],
        ),
        art(
            "小微企业贷款利率再降",
            [
                "记者从市金融办了解到，十月份全市新发放的小微企业贷款平均利率为百分之三点九，"
                "比年初下降零点四个百分点。",
                "目前，全市已有二十一家银行推出无还本续贷产品，帮助企业缓解资金周转压力。"
                "今年以来已累计为两千多家企业办理续贷。",
            ],
            byline=["本报记者　甘露", "甘露"],
        ),
        art(
            "岷安港集装箱吞吐量创新高",
            [
                "本报讯　今年前十个月，岷安港集装箱吞吐量突破一百万标箱，创历史同期新高。"
                "港口新开通了两条直达东南亚的航线，每周往返航班增加到十四班。",
                "港务集团介绍，今年港区新增两台岸边集装箱起重机，船舶平均在港时间缩短了六个小时，"
                "明年还将启动三号码头扩建工程。",
            ],
        ),
    ],
}

ZHUANBAN = {
    "stem": "zh_sim_zhuanban_tonglan_head_over_five_cols_three_stories_lianjie_box_sponsor_foot",
    "note": (
        "simplified 专版 in 5 narrow columns: under the masthead a big 通栏 head (the 专版's"
        " theme, two phrases with a full-width space) across all five columns between heavy"
        " rules; under it three stories, each with its own head and byline line (columns 1-2,"
        " 3-4, 5) and a framed 链接 box with a reversed label at the foot of column 5; a"
        " sponsor line across the foot."
    ),
    "furniture": [
        "澧源日报",
        "2026年12月1日　星期二",
        "第8版",
        "专版",
        "本版由澧源市生态环境局　澧源日报社联合主办",
    ],
    "date": "2026-12-01",
    "page": ["第8版", "8"],
    "articles": [
        art(
            "退捕十年　江豚回来了",
            [
                "清晨六点，澧水入江口的江面上雾气未散。巡护员贺长林举起望远镜，"
                "不一会儿就兴奋地喊起来：“看，三头！”几头江豚正追逐着跃出水面。",
                "十年前，这片水域还是渔船密集的捕捞区。二〇一六年起，澧源全面实施禁捕退捕，"
                "三百多艘渔船上岸，渔民们转产做起了生态养殖和水上巡护。",
                "监测数据显示，澧水干流的鱼类已从禁捕前的五十多种恢复到八十余种，"
                "江豚的观测次数逐年增加，去年全年记录到四百多次。",
                "上岸的渔民大多有了新营生。四十八岁的贺长林原本以打鱼为生，如今每月领巡护工资，"
                "还和妻子在岸边开了一家小饭馆。他说，以前总担心鱼越打越少，现在看着江豚一年比一年多，"
                "心里高兴。他还自学了拍照，一有空就到江边拍江豚，照片在网上攒了不少粉丝，还被选进了市里的摄影展。",
            ],
            section=["护好一江碧水　守住百里青山", None],
            kicker=[None, "护好一江碧水　守住百里青山"],
            byline=["本报记者　邬晴", "邬晴"],
        ),
        art(
            "沿江化工企业全部搬离",
            [
                "站在澧水北岸的江堤上望去，曾经烟囱林立的化工厂区已变成一片绿地，新栽的水杉已有两人高。",
                "三年来，澧源先后关停搬迁沿江一公里范围内的化工企业二十三家，"
                "腾退岸线十一公里，全部用于建设湿地公园和防护林带。",
                "搬入园区的企业统一建设了污水处理设施，排放数据实时上传到监管平台。"
                "今年以来，澧水出境断面水质一直保持在二类以上。",
                "腾出来的岸线成了市民休闲的好去处。每到周末，湿地公园里有人骑行、有人钓鱼，"
                "不少家长带着孩子来观鸟。园区管理处统计，公园开放一年多来已接待游客六十余万人次。"
                "明年，北岸还将建成一条长十八公里的滨江绿道。",
            ],
            section=["护好一江碧水　守住百里青山", None],
            kicker=[None, "护好一江碧水　守住百里青山"],
            byline=["本报记者　范舟", "范舟"],
        ),
        art(
            "护河员老谢的一天",
            [
                "早上七点，护河员谢国平骑着电动车出了门。他负责的河段长八公里，每天走两趟。",
                "捡垃圾、查排口，这些事他已做了六年。",
            ],
            section=["护好一江碧水　守住百里青山", None],
            kicker=[None, "护好一江碧水　守住百里青山"],
            byline=["本报通讯员　芦笛", "芦笛"],
        ),
        art(
            "澧水流域概况",
            [
                "澧水发源于武陵山脉，在澧源境内长一百六十二公里，流域面积四千三百平方公里，"
                "沿岸有湿地公园三处、省级自然保护区一处，是江豚和中华秋沙鸭的重要栖息地。",
            ],
            section=["链接", None],
            kicker=[None, "链接"],
        ),
    ],
}

SPANISH = {
    "stem": "es_tabloid_reverse_kicker_two_line_caps_head_deck_photo_three_briefs_folio_foot",
    "note": (
        "Spanish tabloid page: a nameplate over a rule with the date, page and page section;"
        " a reverse-video kicker (white capitals on a black band), a two-line capitals head in"
        " heavy type across both columns, a deck, `Por …` byline; the lead's text in two"
        " columns, ragged right, a photo with its caption and credit at the top of column 2, so"
        " the sentence ending column 1 goes on under the caption; under a rule three briefs side"
        " by side (one with a line-end hyphen that only splits a word); a folio line at the foot."
    ),
    "furniture": [
        "LA ATALAYA",
        "Martes, 1 de diciembre de 2026",
        "Página 5",
        "CIUDAD",
        "5 · La Atalaya · Puerto Albarán",
    ],
    "date": "2026-12-01",
    "page": ["Página 5", "5"],
    "articles": [
        art(
            "CIERRA EL MERCADO DE LAS PALMERAS",
            [
                "Los cuarenta y dos puestos del Mercado de las Palmeras tendrán que bajar la"
                " persiana el próximo 15 de enero. El Ayunta~miento confirmó ayer que el"
                " edificio, inaugurado en 1961, no reúne las condi~ciones de seguridad"
                " exigidas y que las obras de reforma durarán al menos dos años.",
                "«Nos enteramos por la radio», lamentaba Rosario Quintana, que vende fruta en"
                " el mercado desde hace treinta años. Los comer~ciantes se reunieron por la"
                " tarde frente a la entrada principal y anun~ciaron que pedirán una reunión"
                " urgente con la alcaldesa. «Aquí hemos criado a nuestros hijos», añadió.",
                "Según el informe técnico, la cubierta presenta grietas y varias vigas han"
                " perdido resistencia por la humedad. El concejal de Urbanismo, Tomás Ledesma,"
                " aseguró que el Ayuntamiento habili~tará una carpa provisional en la plaza"
                " del Carmen para que los vendedores puedan seguir trabajando. Las obras"
                " costarán 3,2 millones de euros.",
                "Los vecinos del barrio temen que el cierre se alargue. La asociación vecinal"
                " recogerá firmas a partir del lunes para exigir un calendario de obras por"
                " escrito.",
                "El mercado, obra del arquitecto Julián Roca, fue durante décadas el centro de la"
                " vida comercial de Puerto Albarán. En los años ochenta llegó a tener más de"
                " noventa puestos, pero la apertura de dos grandes super~mercados en las afueras"
                " redujo la clientela a la mitad. Los vendedores que quedan confían en que la"
                " reforma devuelva al edificio el esplendor de otros tiempos.",
            ],
            kicker="ÚLTIMA HORA",
            subtitle="Los vendedores tendrán que dejar el edificio en enero por el mal estado de la cubierta",
            byline=["Por Inés Barral", "Inés Barral"],
            captions=["Los comerciantes, ayer, frente a la entrada principal del mercado."],
            credits=["Foto: Nuria Peñalba"],
        ),
        art(
            "Un autobús nocturno unirá el centro con el hospital",
            [
                "La línea N3 empezará a funcionar el 1 de enero con salidas cada"
                " cuarenta minutos entre la medianoche y las seis de la mañana. El billete"
                " costará lo mismo que en el servicio diurno.",
            ],
        ),
        art(
            "Vecinos de San Telmo piden más farolas",
            [
                "Un centenar de vecinos entregaron ayer en el registro municipal una"
                " petición para mejorar la ilumi~nación de las calles del barrio. Denuncian que"
                " varias calles llevan meses a oscuras.",
            ],
        ),
        art(
            "La biblioteca abrirá los domingos",
            [
                "La Biblioteca Municipal abrirá los domingos por la mañana a partir de"
                " febrero, tras la contratación de dos nuevos auxiliares. La sala infantil"
                " tendrá cuentacuentos a las once. La entrada es libre.",
            ],
        ),
    ],
}

PAGES = [VERTICAL, WRAP, TABLE, ZHUANBAN, SPANISH]
