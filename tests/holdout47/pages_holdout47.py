"""The text of every holdout47 page, written once: the page is drawn from it and the gold is made from it.

All papers, people, firms and events are invented; real cities and regions are only settings.
A field given as a list lists every acceptable reading; its first element is the one printed.
`listing` sets an article's paragraphs as one-line entries (smaller type, no indent).
A body item that is a tuple ("h", text) is a heading (a 小标题 drawn bold); every other item is a paragraph.
Latin words may hold `~`: the only places a line may break inside a word (drawn with a hyphen, not in the gold).
`sign` sets the byline's printed reading flush right under the last paragraph instead of over the text.
"""

QICHE = {
    "stem": "zh_sim_qiche_page_white_square_byline_shoufangzhe_gongtu_credit_xinche_sudi_price_box_yongche_ketang_xiaobiaoti_benbaoxun_jizhe_tongxunyuan_bracket",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": False,
    "ncols": 4,
    "masthead": ["岚江商报", "2026年12月2日　星期三", "A11　汽车"],
    "date": "2026-12-02",
    "page": ["A11　汽车", "A11"],
    "foot": "岚江商报　A11　汽车　　汽车热线：0736-8826410　　编辑：庞静怡　校对：韩　冰",
    "note": "An 汽车 page: a lead under a `□本报记者　X` byline line (a white square before it), a photo heading its second column credited `受访者供图`; a reversed 新车速递 label over a framed box of one new model a line with its starting price; a 用车课堂 piece with bold 小标题 headings; an item opening `本报讯（记者　X　通讯员　Y）`.",
    "rows": [
        [
            (
                [
                    {
                        "title": "老小区充电难　“统建统营”来破题",
                        "subtitle": "首批12个小区建成共享充电桩436个　夜间谷时电价每度不到五毛",
                        "byline": ["□本报记者　甘立新", "本报记者　甘立新", "甘立新"],
                        "photo_col": 1,
                        "caption": "桂园小区车主在新建成的共享充电车位为车辆充电。",
                        "credit": "受访者供图",
                        "body": [
                            "晚上九点，桂园小区的地面停车场里，二十多个新划出的绿色车位几乎停满。车主邹先生扫码插枪后说：“以前只能开到三公里外的充电站排队，现在下楼就能充，一个月能省两百多块。”",
                            "桂园小区建成于2003年，没有地下车库，地面车位也十分紧张。过去，车主私拉电线“飞线充电”的情况屡禁不止，去年还发生过一起电线短路引发的险情。",
                            "今年5月起，岚江市选取12个老旧小区试点充电设施“统建统营”：由街道牵头、物业配合，引入一家运营企业统一建设、统一管理，业主不必再自己申请报装。截至11月底，首批小区已建成共享充电桩436个。",
                            "市发改委能源处负责人介绍，试点小区执行居民充电电价，夜间谷时段每度电不到五毛钱。明年，统建统营模式将推广到全市80个老旧小区。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "新车速递",
                        "section": ["新车速递", None],
                        "box": True,
                        "listing": True,
                        "title": "本月上市新车",
                        "byline": None,
                        "body": [
                            "星驰S7　纯电　18.98万元起",
                            "远航E3　纯电　11.58万元起",
                            "岚风X5　插混　15.38万元起",
                            "麒途MPV　燃油　21.99万元起",
                            "（以上为厂商指导价）",
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
                        "label": "用车课堂",
                        "section": ["用车课堂", None],
                        "title": "天冷了　电车续航缩水怎么办",
                        "byline": ["本报实习生　邵明悦", "邵明悦"],
                        "body": [
                            "入冬以来，不少新能源车主发现，同样充满电，能跑的里程比夏天少了一两成。业内人士表示，这是低温下电池活性下降造成的，掌握几个小技巧可以减少损失。",
                            ("h", "出门前预热电池"),
                            "多数车型支持在手机上预约出发时间，车辆会在充电时提前加热电池和座舱，出门后不必再大量耗电。",
                            ("h", "胎压别忽视"),
                            "气温每下降十度，胎压会降低约0.1个大气压，胎压不足会增加滚动阻力，建议每两周检查一次。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "岚江新增两处高速服务区超充站",
                        "byline": [None, "蒋一帆", "记者　蒋一帆", "记者　蒋一帆　通讯员　石　磊"],
                        "body": [
                            "本报讯（记者　蒋一帆　通讯员　石　磊）12月1日，岚沅高速白沙服务区和青竹服务区的超级充电站正式投入使用，每座站点配备8个大功率充电桩，电量从百分之二十充到百分之八十约需15分钟。",
                            "据介绍，至此岚江境内的高速服务区已实现充电设施全覆盖。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

SHENGHUO = {
    "stem": "zh_sim_scan_shenghuo_fuwu_page_tongxunyuan_first_byline_tianqi_yubao_box_three_days_tingdian_yugao_fields_signed_by_company_xianxing_tixing",
    "script": "zh_sim",
    "tess": ("chi_sim", "tsv"),
    "scan": True,
    "seed": 47002,
    "angle": 0.7,
    "ncols": 4,
    "masthead": ["汀溪日报", "2026年12月3日　星期四", "第7版　生活服务"],
    "date": "2026-12-03",
    "page": ["第7版　生活服务", "7"],
    "foot": "汀溪日报　第7版　生活服务　　服务热线：96128　　本版编辑：闵晓岚",
    "note": "A scanned 生活服务 page: a lead with 引题 (kicker), 主题 and a bold 副题 (subtitle) under a byline line naming the correspondent before the reporter, a photo with `X　摄` credit heading its second column; a reversed 天气预报 label over a framed box of one day a line; a reversed 停电预告 label over a notice of `停电时间：`/`停电线路：` lines signed flush right by the power company; a reversed 限行提醒 label over a short item.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "寒潮来袭",
                        "title": "本周末最低气温将跌破零度",
                        "subtitle": "市气象台发布寒潮蓝色预警　提醒市民做好防寒保暖",
                        "byline": ["通讯员　詹　露　本报记者　宁可欣", "本报记者　宁可欣", "宁可欣"],
                        "photo_col": 1,
                        "caption": "12月2日，汀溪市园林工人为行道树缠上防寒草绳。",
                        "credit": "宁可欣　摄",
                        "body": [
                            "记者从汀溪市气象台获悉，受强冷空气影响，本周五起我市将出现明显降温，过程降温幅度达8℃至10℃，周六早晨城区最低气温将降至零下2℃左右，北部山区可能出现冰冻。",
                            "市气象台首席预报员庞志远介绍，这是今年入冬以来最强的一次冷空气过程，降温同时伴有4至5级偏北风，体感温度更低。下周一起气温将逐步回升。",
                            "气象部门提醒，老人和儿童要及时添衣，室外水管和水表应做好包裹防冻；设施农业户要加固大棚，防范大风和低温对蔬菜的影响。驾车出行的市民应提前检查防冻液和轮胎。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "天气预报",
                        "section": ["天气预报", None],
                        "box": True,
                        "listing": True,
                        "title": "未来三天天气",
                        "byline": None,
                        "body": [
                            "4日　多云转小雨　2℃～9℃",
                            "5日　小雨转阴　-1℃～5℃",
                            "6日　晴　-2℃～6℃",
                            "偏北风4至5级",
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
                        "label": "停电预告",
                        "section": ["停电预告", None],
                        "title": "12月5日部分区域计划停电",
                        "sign": True,
                        "byline": ["汀溪市供电公司", None],
                        "source": [None, "汀溪市供电公司"],
                        "body": [
                            "因电力线路检修，以下区域将计划停电，请相关用户提前做好准备。",
                            "停电时间：12月5日8:00—17:00",
                            "停电线路：10千伏柳湾线",
                            "停电范围：城北区柳湾路、桂香路沿线部分小区及商户",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "label": "限行提醒",
                        "section": ["限行提醒", None],
                        "title": "明日尾号4和9限行",
                        "byline": None,
                        "body": [
                            "12月4日（星期五），我市二环路以内（不含二环路）机动车尾号为4和9的车辆限行，限行时间为7:00至20:00。新能源汽车不受限制。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

QIAOSHE = {
    "stem": "zh_tra_us_qiaobao_qiaoshe_page_bracket_jizhe_baodao_dateline_opening_text_sheying_credit_qiaoshe_huodong_box_mingxie_notice_signed_jinqi",
    "script": "zh_tra",
    "tess": ("chi_tra", "hocr"),
    "scan": False,
    "ncols": 4,
    "masthead": ["太平洋僑報", "2026年12月2日　星期三", "B4　僑社"],
    "date": "2026-12-02",
    "page": ["B4　僑社", "B4"],
    "foot": "太平洋僑報　B4　僑社　　新聞熱線：(415) 555-0182　　編輯：鄺慧賢",
    "note": "A traditional-character US Chinese daily's 僑社 (community) page: a lead whose first paragraph opens with the bracketed `【記者X／舊金山報導】`, a photo heading its second column credited `記者X／攝影`; a reversed 僑社活動 label over a framed box of one event a line with US-style dates `12/5`; a reversed 社區服務 label over an item giving a phone number; a framed 鳴謝 notice signed flush right `…　謹啟`.",
    "rows": [
        [
            (
                [
                    {
                        "title": "寧江會館慶祝成立一百二十週年",
                        "subtitle": "鄉親逾五百人出席晚宴　華埠商戶聯合贊助",
                        "byline": [
                            None,
                            "譚詠琪",
                            "記者譚詠琪",
                            "記者譚詠琪／舊金山報導",
                            "【記者譚詠琪／舊金山報導】",
                        ],
                        "photo_col": 1,
                        "caption": "寧江會館主席伍兆祥（中）與歷屆主席一同切蛋糕。",
                        "credit": "記者譚詠琪／攝影",
                        "body": [
                            "【記者譚詠琪／舊金山報導】舊金山華埠歷史最悠久的同鄉組織之一寧江會館，11月29日晚在華埠一家酒樓舉行成立一百二十週年慶祝晚宴，鄉親、僑領及各界嘉賓逾五百人出席，場面熱鬧。",
                            "會館主席伍兆祥致詞時表示，一百二十年前，一批來自廣東的先僑在華埠租下一間小屋，互相照應、接濟新來的鄉親，才有今天的會館。他說，會館將繼續辦好中文班和長者午餐，讓年輕一代記得自己從哪裡來。",
                            "晚宴上還舉行了醒獅表演和粵曲演唱，會館並向服務超過三十年的五位理事頒發紀念牌。多家華埠商戶聯合贊助了當晚的抽獎禮品。",
                            "據了解，會館明年將整修位於士德頓街的會所，並計劃出版一本紀念特刊，收集老照片和鄉親的口述回憶。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "僑社活動",
                        "section": ["僑社活動", None],
                        "box": True,
                        "listing": True,
                        "title": "本週活動",
                        "byline": None,
                        "body": [
                            "12/5　粵曲欣賞會　晚7時",
                            "12/6　長者健康講座　10時",
                            "12/6　中文班結業禮　14時",
                            "12/7　聖誕義賣　11時",
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
                        "label": "社區服務",
                        "section": ["社區服務", None],
                        "title": "免費報稅講座　下週六開講",
                        "byline": None,
                        "body": [
                            "華埠社區服務中心將於12月13日上午10時舉辦免費報稅講座，由義務會計師以粵語和國語講解新年度的報稅要點及低收入家庭可申請的退稅項目。",
                            "講座名額有限，有意參加者請致電(415) 555-0147報名。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "box": True,
                        "title": "鳴謝",
                        "sign": True,
                        "byline": ["寧江會館　謹啟", "寧江會館", None],
                        "body": [
                            "本會館成立一百二十週年慶祝晚宴承蒙各界鄉親及華埠商戶鼎力支持，慷慨捐贈禮品及善款，使晚宴圓滿成功，謹此致以衷心謝意。",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

KRIMI = {
    "stem": "sk_regionalny_tyzdennik_krimi_page_caps_kicker_perex_caps_byline_foto_credit_dolezite_cisla_box_policajny_zapisnik_caps_town_datelines_initials_signed",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": False,
    "ncols": 4,
    "masthead": ["Pohronský hlas", "Streda 2. decembra 2026", "Krimi 5"],
    "date": "2026-12-02",
    "page": ["Krimi 5", "5"],
    "foot": "5 | Krimi | Pohronský hlas",
    "note": "A Slovak regional weekly's police page read by Tesseract eng (no Slovak model is installed): a caps kicker, a head, a bold perex (subtitle), a byline line in capitals, Slovak quotes „…“ and háčeks, a photo with `Foto: X` credit heading its second column; a reversed `Dôležité čísla` label over a framed box of one number a line; a reversed `Z policajného zápisníka` label over two items, each opening with a capital town dateline and closing with the writer's initials in brackets.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "POLÍCIA VARUJE",
                        "title": "Podvodníci volajú seniorom ako falošní vnuci",
                        "subtitle": "Len za november pripravili dôchodcov v okrese o viac ako dvadsaťtisíc eur",
                        "byline": ["MÁRIA ĎURČEKOVÁ", "Mária Ďurčeková"],
                        "photo_col": 1,
                        "caption": "Policajti rozdávali seniorom letáky aj na trhovisku.",
                        "credit": "Foto: Juraj Melicher",
                        "body": [
                            "Telefón zazvoní večer a v slúchadle sa ozve plačlivý hlas: „Babka, to som ja, mal som nehodu a potrebujem peniaze.“ Podľa polície presne takto sa začínajú podvody, ktorým v novembri naleteli štyria dôchodcovia z okresu.",
                            "Podvodníci sa vydávajú za vnukov, lekárov alebo policajtov. Po peniaze si potom pošlú „kamaráta“, ktorý ich prevezme priamo pred domom. Najstaršia poškodená má deväť~desiatjeden rokov a prišla o všetky úspory.",
                            "Policajná hovorkyňa Zuzana Hrnčiarová radí, aby seniori hovor ukončili a príbuzného si overili na čísle, ktoré poznajú. „Polícia nikdy nežiada peniaze po telefóne ani ich nepríde vyzdvihnúť,“ zdôrazňuje.",
                            "Policajti tento týždeň obchádzajú kluby dôchodcov a rozdávajú letáky. Pomôcť môžu aj susedia a rodina, keď si všimnú, že sa starší človek správa nezvyčajne.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Dôležité čísla",
                        "section": ["Dôležité čísla", None],
                        "box": True,
                        "listing": True,
                        "title": "Kam volať",
                        "byline": None,
                        "body": [
                            "Tiesňová linka · 112",
                            "Polícia · 158",
                            "Záchranná služba · 155",
                            "Hasiči · 150",
                            "Obvodné oddelenie Brezno · 0961 123 480",
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
                        "label": "Z policajného zápisníka",
                        "section": ["Z policajného zápisníka", None],
                        "title": "Zlodej si odniesol motorovú pílu",
                        "byline": [None, "mď", "(mď)"],
                        "body": [
                            "POLOMKA. Z nezamknutej kôlne pri rodinnom dome zmizla v noci na pondelok motorová píla a sada náradia. Majiteľ vyčíslil škodu na 640 eur. Polícia prosí svedkov, aby sa ozvali na čísle 158. (mď)",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "section": [None, "Z policajného zápisníka"],
                        "title": "Vodič nafúkal takmer dve promile",
                        "byline": [None, "mď", "(mď)"],
                        "body": [
                            "BREZNO. Hliadka zastavila v sobotu popoludní na Hradnej ulici osobné auto, ktorého vodič jazdil v protismere. Dychová skúška ukázala 1,9 promile. Mužovi hrozí až trojročné väzenie. (mď)",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

KENT = {
    "stem": "tr_scan_yerel_gazete_kent_page_caps_ust_baslik_haber_colon_byline_fotograf_credit_nobetci_eczaneler_box_district_heads_vefat_notice_haber_merkezi",
    "script": "latin",
    "tess": ("eng", "pdf"),
    "scan": True,
    "seed": 47005,
    "angle": -0.6,
    "ncols": 4,
    "masthead": ["Körfez Ekspres", "2 Aralık 2026 Çarşamba", "Kent 3"],
    "date": "2026-12-02",
    "page": ["Kent 3", "3"],
    "foot": "Körfez Ekspres | Kent | 2 Aralık 2026 | 3",
    "note": "A scanned Turkish local daily's city page read by Tesseract eng into a searchable PDF (no Turkish model is installed): a caps üst başlık (kicker), a head, a byline line `Haber: X`, ı ğ ş İ, a photo with `Fotoğraf: X` credit heading its second column; a reversed `Nöbetçi Eczaneler` label over a framed box of district heads (headings) over one pharmacy a line; a reversed `Vefat` label over an obituary item; an item under the desk byline `Haber Merkezi`.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "BELEDİYE MECLİSİ",
                        "title": "Sahil yolu için ilk kazma vuruldu",
                        "byline": ["Haber: Selin Kocabaş", "Selin Kocabaş"],
                        "photo_col": 1,
                        "caption": "Temel atma törenine mahalle sakinleri de katıldı.",
                        "credit": "Fotoğraf: Burak Tunalı",
                        "body": [
                            "Ayvalık ile Altınova arasındaki sahil yolunun yenilenmesi için dün tören düzenlendi. Dört kilometrelik yolun iki yıl içinde tamamlanması ve bisiklet yolu ile birlikte hizmete açılması planlanıyor.",
                            "Törende konuşan Belediye Başkanı Orhan Dikmetaş, projenin ilçenin en büyük yatırımı olduğunu söyledi. “Yazın bu yolda trafik kilitleniyor, kışın ise dalgalar asfaltı söküyor. Artık kalıcı bir çözüm istiyoruz” dedi.",
                            "Meclis üyelerinden Gülşen Akyıldız ise çalışmalar sırasında esnafın mağdur edilmemesini istedi. Belediye, yolun bölüm bölüm kapatılacağını ve alternatif güzergâhların tabelalarla gösterileceğini açıkladı.",
                            "Yaklaşık 86 milyon liralık projenin bir bölümü kalkınma ajansının hibesiyle karşılanacak.",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "label": "Nöbetçi Eczaneler",
                        "section": ["Nöbetçi Eczaneler", None],
                        "box": True,
                        "listing": True,
                        "title": "2 Aralık Çarşamba",
                        "byline": None,
                        "body": [
                            ("h", "Ayvalık"),
                            "Deniz Eczanesi · Atatürk Cad. No: 14",
                            "Zeytin Eczanesi · Barbaros Cad. No: 3",
                            ("h", "Altınova"),
                            "Şifa Eczanesi · Cumhuriyet Mah. No: 27",
                            ("h", "Gömeç"),
                            "Ilgaz Eczanesi · Hükümet Cad. No: 8",
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
                        "label": "Vefat",
                        "section": ["Vefat", None],
                        "title": "Emekli öğretmen Hatice Güleryüz hayatını kaybetti",
                        "byline": None,
                        "body": [
                            "Ayvalık’ta kırk yıl boyunca ilkokul öğretmenliği yapan Hatice Güleryüz, 84 yaşında vefat etti. Güleryüz, bugün öğle namazını müteakip Yeni Mahalle Camii’nden kaldırılacak cenaze töreninin ardından toprağa verilecek.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Kan bağışı kampanyasına yoğun ilgi",
                        "byline": ["Haber Merkezi", None],
                        "body": [
                            "Körfez Gönüllüleri Derneği’nin kent meydanında kurduğu çadırda iki gün süren kampanyada 312 ünite kan toplandı. Bağışçıların yarısından fazlasının ilk kez kan verdiği öğrenildi.",
                        ],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [QICHE, SHENGHUO, QIAOSHE, KRIMI, KENT]
