"""The text of every holdout56 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms, schools, clubs and events are invented; real cities, regions and places are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
`source_sign` sets the source's printed reading flush right under the last paragraph.
"""

XIANXUE = {
    "stem": "zh_sim_xianxue_page_quanmeiti_jizhe_byline_jizhe_she_credit_time_range_site_box_koushu_zhengli_signed_story_tongxunyuan_bracket_sign",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["青岫晚报", "2026年12月17日　星期四", "A7　公益"],
    "date": "2026-12-17",
    "page": ["A7　公益", "A7"],
    "foot": "青岫晚报　A7　公益　　新闻热线：0577-8851360　　责任编辑：闻　溪　校对：冯小岚",
    "note": "A 公益 page on blood donation: a lead with 引题 (kicker), head and 副题 under a byline `全媒体记者　X` (no 本报), a photo heading its second column credited `记者　X　摄`, a quote running on under the caption; a reversed 献血点 label over a framed list of donation sites, one a line with opening hours as a time range `8:30—17:30`, closing on a bracketed note; a reversed 献血者说 label over a first-person story signed flush right `口述：X　整理：记者　Y`; an item signed at its end by a bracketed `（通讯员　X）`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "冬季用血需求增加　血站库存偏紧",
                        "title": "全城爱心接力　半月献血四千人次",
                        "subtitle": "O型、B型血仍较紧张，血站呼吁符合条件的市民就近献血",
                        "byline": ["全媒体记者　章　蔚", "章　蔚"],
                        "photo_col": 1,
                        "caption": "市民在人民广场献血屋排队等候献血。",
                        "credit": "记者　邵一帆　摄",
                        "body": [
                            "入冬以来，青岫市中心血站的库存持续偏紧。记者昨天从市中心血站了解到，本月1日至15日，全市共有4000多人次参加无偿献血，献血量比上月同期增加了近三成，但O型和B型血仍然供不应求。",
                            "市中心血站采供血科负责人何立新告诉记者，每年冬季都是用血的高峰期，一方面手术和急诊病人增多，另一方面天气寒冷、学校放假，来献血的人相对减少。“现在每天的用血量在300袋左右，O型血的库存只够用三四天。”",
                            "昨天上午，人民广场献血屋里坐满了人。在一家物流公司工作的小伙子孙鹏已经是第11次献血了，“听说血库紧张，下了夜班就过来了。”",
                            "血站提醒，献血前一天要吃清淡食物、睡好觉，献血当天不要空腹。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "献血点",
                        "section": ["献血点", None],
                        "box": True,
                        "listing": True,
                        "title": "城区固定献血点",
                        "byline": None,
                        "body": [
                            "人民广场献血屋　8:30—17:30",
                            "火车站献血车　9:00—16:30",
                            "中心血站献血大厅　8:00—17:00",
                            "大学城献血屋　9:30—18:00",
                            "（节假日照常开放）",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "献血者说",
                        "section": ["献血者说", None],
                        "title": "十年献血六十次，我觉得很值",
                        "sign": True,
                        "byline": [
                            "口述：顾长青　整理：记者　章　蔚",
                            "顾长青　章　蔚",
                            "记者　章　蔚",
                            "章　蔚",
                        ],
                        "body": [
                            "我第一次献血是在大学里，那时候只是觉得新鲜。后来我父亲做心脏手术，用了别人献的血，我才真正明白这件事的意义。",
                            "现在我每隔一个月去献一次血小板，十年下来一共献了六十次。身体一直挺好，单位体检的指标也都正常。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "我市新增两辆流动献血车",
                        "sign": True,
                        "byline": ["（通讯员　吕佳音）", "吕佳音", "通讯员　吕佳音"],
                        "body": [
                            "由爱心企业捐赠的两辆流动献血车日前正式投入使用，将主要开往郊县和工业园区，方便上班族就近献血。",
                            "每辆车可同时容纳四人献血。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

CAILANZI = {
    "stem": "zh_sim_scan_cailanzi_page_jianxi_jizhe_byline_jizhe_she_credit_arrow_price_box_jiage_jiance_source_sign_wen_da_runins",
    "script": "zh_sim",
    "tess": ("chi_sim", "txt"),
    "scan": True,
    "seed": 56002,
    "angle": 0.5,
    "ncols": 4,
    "masthead": ["洹上都市报", "2026年12月18日　星期五", "B2　菜篮子"],
    "date": "2026-12-18",
    "page": ["B2　菜篮子", "B2"],
    "foot": "洹上都市报　B2　菜篮子　　价格热线：0372-5160888　　编辑：罗　蔓",
    "note": "A scanned 菜篮子 (food-market prices) page: a lead with 引题 (kicker), head and 副题 under a byline naming a reporter and a trainee reporter `本报记者　X　见习记者　Y`, a photo heading its second column credited `本报记者　X　摄`; a reversed 今日菜价 label over a framed price list, one vegetable a line with its price per 斤 and an up or down arrow `↑` `↓`, closing on a source line `（数据来源：市价格监测中心）`; a reversed 菜场问答 label over a question and answer opened by `问：` and `答：`; an unsigned short item.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "寒潮过后菜价小幅上涨",
                        "title": "叶菜涨了　根茎菜稳中有降",
                        "subtitle": "批发市场日均上市蔬菜超过一千吨，供应总体充足",
                        "byline": [
                            "本报记者　潘　越　见习记者　丁可欣",
                            "本报记者　潘　越",
                            "潘　越",
                            "潘　越　丁可欣",
                        ],
                        "photo_col": 1,
                        "caption": "昨天上午，市民在东风路菜市场选购蔬菜。",
                        "credit": "本报记者　潘　越　摄",
                        "body": [
                            "受上周寒潮影响，本周我市叶菜价格出现小幅上涨。记者昨天走访城区多家农贸市场发现，菠菜、油麦菜、小白菜每斤比上周贵了五角到一元，而土豆、白萝卜、大白菜等耐储存的根茎菜价格基本稳定，部分品种还略有下降。",
                            "在东风路菜市场经营蔬菜摊位十多年的摊主马秀琴说，降温后外地的叶菜运过来损耗大，进价高了，“好在大白菜、萝卜都是本地产的，量足，价钱跟上个月差不多。”",
                            "市商务局相关负责人表示，目前全市蔬菜储备充足，批发市场日均上市量保持在一千吨以上，预计随着气温回升，叶菜价格将逐步回落。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "今日菜价",
                        "section": ["今日菜价", None],
                        "box": True,
                        "listing": True,
                        "title": "主要蔬菜零售均价",
                        "byline": None,
                        "source_sign": True,
                        "source_row": True,  # 2026-12-05: the source line under the box's rows is its last paragraph
                        "source": ["（数据来源：市价格监测中心）", "市价格监测中心", "数据来源：市价格监测中心"],
                        "body": [
                            "大白菜　0.9元/斤　↓",
                            "白萝卜　1.1元/斤　↓",
                            "土豆　1.6元/斤　→",
                            "菠菜　4.5元/斤　↑",
                            "小白菜　3.8元/斤　↑",
                            "西红柿　3.2元/斤　↑",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "菜场问答",
                        "section": ["菜场问答", None],
                        "title": "冬天买的青菜怎样存放？",
                        "byline": None,
                        "body": [
                            "问：一次买多了青菜，放冰箱两天就蔫了，有什么办法能多放几天？",
                            "答：叶菜买回家后先不要洗，用厨房纸包好再装进保鲜袋，竖着放在冰箱冷藏室，一般能放三到五天。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "平价菜店增至一百二十家",
                        "byline": None,
                        "body": [
                            "记者从市商务局获悉，今年我市新增平价菜店二十家，总数达到一百二十家，店内十五种常见蔬菜的价格比周边市场低一成以上。",
                            "市民可在“洹上民生”公众号查询离家最近的平价菜店。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

SHUFA = {
    "stem": "zh_tra_shufa_page_square_mark_byline_name_she_credit_zhanlan_field_box_xizi_headings_chaxun_phone_line",
    "script": "zh_tra",
    "tess": ("chi_tra", "pdf"),
    "scan": False,
    "ncols": 4,
    "masthead": ["港東晨報", "2026年12月19日　星期六", "C5　墨韻"],
    "date": "2026-12-19",
    "page": ["C5　墨韻", "C5"],
    "foot": "港東晨報　C5　墨韻　　責任編輯：駱雅文　　美術編輯：蘇志恆",
    "note": "A Hong Kong traditional-character 書法 (calligraphy) page, section 墨韻: a lead with 引題 (kicker), head and 副題 under a byline opened by a black square `■本報記者　X`, a photo heading its second column credited `X　攝` (name, space, 攝); a reversed 展覽資料 label over a framed card of field lines (日期, 時間, 地點, 入場); a reversed 習字小貼士 label over a short piece broken by two bold 小標題 headings; an unsigned item closing on a `查詢：` line with an eight-digit Hong Kong telephone number.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "百幅作品橫跨真草隸篆",
                        "title": "老中青三代同場揮毫　墨香滿堂",
                        "subtitle": "書法學會成立四十周年聯展今起一連十天開放",
                        "byline": ["■本報記者　梁敏儀", "本報記者　梁敏儀", "梁敏儀"],
                        "photo_col": 1,
                        "caption": "年紀最小的參展者、十一歲的馮卓霖在開幕禮上即席揮毫。",
                        "credit": "梁敏儀　攝",
                        "body": [
                            "由本港書法團體墨林書法學會主辦的成立四十周年聯展，昨日在香港中央圖書館展覽館開幕。展覽共展出一百零八幅作品，涵蓋真、草、隸、篆各種書體，參展者年紀最大的八十七歲，最小的只有十一歲。",
                            "學會會長麥錦堂表示，學會成立時只有十多名會員，如今已發展至六百多人，近年報讀書法班的年輕人明顯增加。「不少人整天對着電腦和手機，提筆寫字反而成了一種放鬆。」",
                            "開幕禮上，多位資深會員即席揮毫，寫下「墨緣四十載」等賀詞，吸引不少市民駐足觀看。",
                            "主辦單位表示，展期內每逢周末下午均設示範及導賞。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "展覽資料",
                        "section": ["展覽資料", None],
                        "box": True,
                        "listing": True,
                        "title": "墨緣四十載書法聯展",
                        "byline": None,
                        "body": [
                            "日期：即日至12月28日",
                            "時間：上午十時至下午七時",
                            "地點：香港中央圖書館展覽館",
                            "入場：免費",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "習字小貼士",
                        "section": ["習字小貼士", None],
                        "title": "初學楷書先練基本筆畫",
                        "byline": None,
                        "body": [
                            ("h", "執筆要鬆而穩"),
                            "手指不宜握得太緊，手腕放鬆，寫字時筆桿保持垂直。",
                            ("h", "每天練習半小時"),
                            "與其一星期寫一次、每次幾個鐘頭，不如每天練習半小時，進步會更快。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "兒童書法比賽接受報名",
                        "byline": None,
                        "body": [
                            "第十二屆全港兒童硬筆書法比賽即日起接受報名，分初小、高小兩組，截止日期為明年1月15日。",
                            "查詢：2817 6430",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

CEBELARSTVO = {
    "stem": "sl_cebelarstvo_page_caps_kicker_pise_byline_fotografija_credit_euro_per_kg_price_box_initials_bracket_sign",
    "script": "latin",
    "tess": ("eng", "tsv"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Savinjski kurir", "Sreda, 16. decembra 2026", "Čebelarstvo · Stran 14"],
    "date": "2026-12-16",
    "page": ["Čebelarstvo · Stran 14", "14"],
    "foot": "Savinjski kurir · Čebelarstvo · Stran 14",
    "note": "A Slovenian weekly's beekeeping (Čebelarstvo) page read by Tesseract eng into TSV (no Slovenian model is installed, so the carons of č, š, ž are the engine's to lose): a caps kicker, a head, a bold deck (subtitle), a byline line `Piše: X`, a photo with a `Fotografija: X` credit heading its second column; a reversed `Na tržnici` label over a framed price list, one honey a line with a price in euros per kilogram `12,50 € / kg` (decimal comma), closing on a sentence; a reversed `Čebelarski nasvet` label over a piece signed flush right by initials in brackets `(mk)`; an unsigned item.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "ZIMSKA OSKRBA",
                        "title": "Čebele so zimo dočakale v dobri kondiciji",
                        "subtitle": "Čebelarji v Spodnji Savinjski dolini letos zazimili več družin kot lani",
                        "byline": ["Piše: Tanja Kovačič", "Tanja Kovačič"],
                        "photo_col": 1,
                        "caption": "Čebelar Franc Podgoršek pregleduje panje v svojem čebelnjaku v Preboldu.",
                        "credit": "Fotografija: Matej Zupan",
                        "body": [
                            "Po toplem in sušnem poletju so se čebelarji bali, da bodo čebele v zimo odšle oslabljene. Jesenski pregledi so pokazali nasprotno: večina družin je močnih, zalog hrane pa je dovolj do pomladi.",
                            "Predsednik čebelarskega društva Franc Podgoršek pravi, da je letos v društvu zazimilo skoraj tisoč družin, kar je okoli deset odstotkov več kot lani. „Pozimi čebel ne smemo motiti. Dovolj je, da vsake toliko preverimo, ali so žrela prosta in ali so panji suhi,“ je povedal.",
                            "Med letošnjo sezono so čebelarji največ preglavic imeli z varojo, ki so jo zatirali avgusta in znova konec novembra.",
                            "Prvi pregled družin bo na vrsti marca.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Na tržnici",
                        "section": ["Na tržnici", None],
                        "box": True,
                        "listing": True,
                        "title": "Cene medu v Celju",
                        "byline": None,
                        "body": [
                            "Cvetlični med 12,50 € / kg",
                            "Akacijev med 16,00 € / kg",
                            "Kostanjev med 14,00 € / kg",
                            "Gozdni med 15,50 € / kg",
                            "Cene veljajo pri nakupu neposredno od čebelarja.",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Čebelarski nasvet",
                        "section": ["Čebelarski nasvet", None],
                        "title": "Zakaj med pozimi kristalizira",
                        "sign": True,
                        "byline": ["(mk)", "mk", None],
                        "body": [
                            "Kristalizacija je naraven proces in ne pomeni, da je med pokvarjen. Če ga želite znova utekočiniti, kozarec počasi segrejte v vodni kopeli, a voda naj ne bo toplejša od 40 stopinj.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Društvo vabi na tečaj za začetnike",
                        "byline": None,
                        "body": [
                            "Čebelarsko društvo Prebold bo januarja pripravilo tečaj za začetnike. Predavanja bodo ob četrtkih zvečer v gasilskem domu, spomladi pa bodo udeleženci delo spoznali še v čebelnjaku.",
                            "Prijave zbirajo do 10. januarja.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

SEENED = {
    "stem": "et_scan_seened_page_caps_kicker_caps_name_comma_role_byline_caps_foto_credit_latin_name_box_paren_numbered_tips_info_phone_line",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": True,
    "seed": 56005,
    "angle": -0.6,
    "ncols": 4,
    "masthead": ["Lõuna Kaja", "Laupäev, 10. oktoober 2026", "Loodus · Lk 9"],
    "date": "2026-10-10",
    "page": ["Loodus · Lk 9", "9"],
    "foot": "Lõuna Kaja · Loodus · Lk 9",
    "note": "A scanned Estonian weekly's nature (Loodus) page on mushroom picking, read by Tesseract eng into hOCR (no Estonian model is installed, so õ, ä, ö, ü are the engine's to lose): a caps kicker, a head, a bold deck (subtitle), a byline line of the writer's name in capitals and their role after a comma `KADRI ILVES, reporter`, a photo heading its second column credited in capitals `FOTO: X`; a reversed `Ära korja!` label over a framed list of poisonous mushrooms, one a line with its Latin name in brackets, closing on a sentence; a reversed `Seenelise meelespea` label over three tips opened by `1)`, `2)`, `3)`, each its own paragraph; an unsigned item closing on an `Info:` line with a telephone number.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "SEENEHOOAEG",
                        "title": "Kukeseeni jätkub metsas kauemaks kui tavaliselt",
                        "subtitle": "Soe ja niiske september tõi Võrumaa metsadesse rekordilise seenesaagi",
                        "byline": ["KADRI ILVES, reporter", "KADRI ILVES", "Kadri Ilves"],
                        "photo_col": 1,
                        "caption": "Marje Kask korjas Haanja metsast paari tunniga korvitäie kukeseeni.",
                        "credit": "FOTO: ANDRES PÄRN",
                        "body": [
                            "Võrumaa metsades on sel sügisel seeni nii palju, et vanemad seenelised ei mäleta varasemast sellist aastat. Kukeseeni, puravikke ja riisikaid leiab veel oktoobri keskelgi.",
                            "Haanjas elav Marje Kask käib metsas peaaegu iga päev. „Eile sain paari tunniga korvi täis ja ei pidanud kodust kaugele minemagi,“ rääkis ta. Seened kupatab ja külmutab ta talveks, osa teeb soolaseks.",
                            "Seeneteadlane Urmas Saar hoiatab siiski, et seenesaagi kõrval tuleb hoolega vaadata, mida korvi panna. Igal sügisel satub haiglasse inimesi, kes on söönud mürgiseid seeni.",
                            "Kahtluse korral jäta seen parem metsa.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Ära korja!",
                        "section": ["Ära korja!", None],
                        "box": True,
                        "listing": True,
                        "title": "Kõige ohtlikumad mürgiseened",
                        "byline": None,
                        "body": [
                            "Roheline kärbseseen (Amanita phalloides)",
                            "Valge kärbseseen (Amanita virosa)",
                            "Kevadkogritsa (Gyromitra esculenta)",
                            "Punane kärbseseen (Amanita muscaria)",
                            "Mürgistuse korral pöördu kohe arsti poole.",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "label": "Seenelise meelespea",
                        "section": ["Seenelise meelespea", None],
                        "title": "Kuidas seeni korjata ja hoida",
                        "byline": None,
                        "body": [
                            "1) Korja ainult neid seeni, mida tunned kindlalt.",
                            "2) Lõika seen noaga maapinna lähedalt ära ja puhasta see kohe metsas.",
                            "3) Kodus töötle seened samal päeval, sest korvis lähevad need kiiresti riknema.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Seenenäitus Võru kultuurimajas",
                        "byline": None,
                        "body": [
                            "Võru seeneklubi korraldab pühapäeval kultuurimajas seenenäituse, kus saab oma korvi sisu asjatundjatel üle vaadata lasta.",
                            "Info: tel 5341 7720",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [XIANXUE, CAILANZI, SHUFA, CEBELARSTVO, SEENED]
