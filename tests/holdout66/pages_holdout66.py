"""The text of every holdout66 page, written once: make_holdout66_pages.py prints it and writes the gold.

The page format is holdout63's (see pages_holdout63.py), unchanged. `("row", line)` prints a line of a table,
an index, a dated entry or a poem (one gold paragraph per printed line, no blank line between rows);
`("end", line)` prints a line that is no paragraph of the gold. All papers, people, firms, clubs, teams,
orchestras and events are invented.
"""

SHUICHAN = {
    "name": "zh_gbk_crlf_shuichan_market_page_price_table_header_row_unit_yuan_per_jin_analysis_story_running_head_midsentence",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "舟湾日报 2027-09-14 第6版 水产行情, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A market page "
    "for fish and seafood (水产): a price table `本周水产批发价格` (header row, one row per kind, 元/斤), then a short analysis "
    "story with title, byline line and a running head in mid-sentence.",
    "date": "2027-09-14", "page": "6",
    "head": ["舟湾日报　2027年9月14日　星期二", "第6版　水产行情　　责任编辑：汪　澄"],
    "foot": ["舟湾日报社　　价格来源：舟湾水产批发市场　　热线：0580-3126600"],
    "furniture": ["舟湾日报", "2027年9月14日", "星期二", "第6版", "水产行情", "责任编辑：汪　澄", "舟湾日报·水产行情",
                  "舟湾日报社", "价格来源：舟湾水产批发市场", "热线：0580-3126600"],
    "run": ["舟湾日报·水产行情"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["本周水产批发价格"], "title": "本周水产批发价格",
         "body": [("row", "品种　　　　本周价　　上周价　　涨跌"), ("row", "带鱼　　　　28.00　　 26.50　　+1.50"),
                  ("row", "小黄鱼　　　22.00　　 22.00　　 0.00"), ("row", "梭子蟹　　　65.00　　 58.00　　+7.00"),
                  ("row", "海虾　　　　48.00　　 50.00　　-2.00"), ("row", "鲳鱼　　　　36.00　　 34.00　　+2.00"),
                  ("row", "单位：元/斤　　9月13日收市价")]},
        {"lines": ["开海半月　蟹价走高鱼价趋稳", "本报记者　邬　凡"], "title": "开海半月　蟹价走高鱼价趋稳",
         "byline": ["本报记者　邬　凡", "邬　凡", "邬凡"],
         "body": ["开海已经半个月，舟湾水产批发市场的货量逐日增加。本周梭子蟹每斤涨了七元，是涨幅最大的品种。",
                  "市场管理处的统计显示，本周梭子蟹到货量比上周少了两成，而中秋节临近，酒店和单位的订货{run}明显增多，"
                  "供不应求推高了价格。",
                  "带鱼和鲳鱼小幅上涨，小黄鱼持平，海虾因为养殖虾大量上市，价格略有回落。业内人士预计，节后蟹价将回落到"
                  "每斤五十元左右。"]},
    ],
}

SHUIYA = {
    "name": "zh_gb18030_lf_shuiya_readers_hotline_service_page_duzhe_fanying_complaint_label_bumen_huiying_reply_label_office_signature_rare_char_name_second_short_item",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "北川晨报 2027-11-08 第8版 民生·热线, GB18030 (`𫖮` U+2B5AE in the caller's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A readers' hotline page on tap-water pressure (水压): a complaint under a "
    "`读者反映` label and the water company's reply under a `部门回应` label, the reply signed by the office on a line of "
    "its own; a second short hotline item; a caption and its credit inside a sentence of the complaint.",
    "date": "2027-11-08", "page": "8",
    "head": ["北川晨报　第8版　民生·热线", "2027年11月8日　星期一　　编辑：武　宁"],
    "foot": ["北川晨报民生热线：0431-96180　　每天8:00—20:00"],
    "furniture": ["北川晨报", "第8版", "民生·热线", "2027年11月8日", "星期一", "编辑：武　宁",
                  "北川晨报民生热线：0431-96180", "每天8:00—20:00"],
    "labels": [], "markup": [],
    "articles": [
        {"lines": ["读者反映", "住在六楼　水龙头只流细水"], "kicker": ["读者反映", None], "section": [None, "读者反映"],
         "title": "住在六楼　水龙头只流细水",
         "captions": ["钱女士家厨房的水龙头只能流出细细的一股水。"], "credits": ["（读者供图）"],
         "body": ["11月5日，家住北川市青松小区的读者钱𫖮打来热线：入秋以来，她家的自来水一到早晚用水高峰就变得"
                  "很小，洗澡时{cap}热水器常常打不着火，家里的老人只好等到半夜再洗。",
                  "钱女士说，她给自来水公司打过三次电话，每次都说会派人来看，但一直没有人上门。"]},
        {"lines": ["部门回应"], "title": "部门回应", "byline": ["北川市自来水公司客服中心", None],
         "body": ["接到本报转来的反映后，自来水公司11月6日派维修人员上门检查，发现青松小区的二次供水泵房有一台水泵"
                  "损坏，高层住户的水压因此不足。维修人员当天更换了水泵。11月7日回访时，钱女士家的水压已经恢复正常。"
                  "今后接到报修，我们将在二十四小时内上门。",
                  ("end", "北川市自来水公司客服中心")]},
        {"lines": ["楼道灯坏了谁来修"], "title": "楼道灯坏了谁来修",
         "body": ["读者闵先生反映，他住的南街8号楼楼道灯坏了一个多月。记者联系社区后，社区当天就找人换了灯泡。"]},
    ],
}

ZAOLIN = {
    "name": "zh_utf8_nobom_crlf_zaolin_year_chronicle_dashiji_dated_entries_date_u3000_gap_intro_paragraph_compiler_line_at_foot_running_head_midentry",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "青岚日报 2027-12-30 第12版 年终特刊, UTF-8 without BOM, CRLF; blank-line paragraphs, wrapped at 22. A chronicle "
    "of the county's year of afforestation (造林): title, an unsigned intro, then dated entries each one paragraph opened "
    "by its date (`3月12日　…`), one entry cut by the running head; no byline (the compiler's line at the foot `本报资料室整理` "
    "is kept as the byline).",
    "date": "2027-12-30", "page": "12",
    "head": ["青岚日报　2027年12月30日　星期四", "第12版　年终特刊　　　责任编辑：庞　林　　美编：宋　苇"],
    "foot": ["青岚日报社出版　　地址：青岚县文昌路1号"],
    "furniture": ["青岚日报", "2027年12月30日", "星期四", "第12版", "年终特刊", "责任编辑：庞　林", "美编：宋　苇",
                  "青岚日报·年终特刊", "青岚日报社出版", "地址：青岚县文昌路1号"],
    "run": ["青岚日报·年终特刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["2027年青岚县造林绿化大事记"], "title": "2027年青岚县造林绿化大事记",
         "byline": ["本报资料室整理", None],
         "body": ["这一年，青岚县完成造林两万三千亩，森林覆盖率达到百分之五十八。以下是一年来的几件大事。",
                  "1月8日　县里召开造林绿化工作会议，确定全年在北山和清水河两岸造林两万亩。",
                  "3月12日　植树节当天，三千多名干部群众在北山栽下油松和侧柏四万株。",
                  "5月20日　清水河防护林工程通过验收，河两岸新添林带三十公里，"
                  "{run}沿河六个村的风沙明显减少。",
                  "8月3日　县林业站在北山发现一片野生红豆杉，已划为保护小区。",
                  "10月16日　全县第一家林下中药材合作社在柳坪村成立，四十二户村民入股。",
                  "12月1日　冬季造林结束，全年造林面积超过计划三千亩。",
                  ("end", "本报资料室整理")]},
    ],
}

SHUIHUAN = {
    "name": "zh_utf16be_bom_crlf_penang_malaysia_shuihuan_opinion_page_unsigned_sheyan_editorial_two_signed_oped_wen_slash_bylines_author_note_running_head_midsentence",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "南岛日报 (Penang, Malaysia, simplified) 2027-10-22 第14版 言论, UTF-16 BE with BOM, CRLF; blank-line paragraphs, "
    "wrapped at 22. An opinion page on floods (水患): an unsigned editorial under the label `社言`, then two signed op-eds, "
    "each with a byline line `文／…` under its title and an author note `（作者是…）` as its last line; the running head cuts "
    "the second op-ed in mid-sentence. Ringgit sums `8000万令吉`.",
    "date": "2027-10-22", "page": "14",
    "head": ["南岛日报　NAN DAO JIT POH", "2027年10月22日　星期五　　第14版　言论"],
    "foot": ["本版文章观点不代表本报立场　　来稿请寄：yanlun@nandao.example.my"],
    "furniture": ["南岛日报", "NAN DAO JIT POH", "2027年10月22日", "星期五", "第14版", "言论", "南岛日报·言论",
                  "本版文章观点不代表本报立场", "来稿请寄：yanlun@nandao.example.my"],
    "run": ["南岛日报·言论"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["社言", "治水不能只靠临时抽水机"], "section": ["社言", None], "kicker": [None, "社言"],
         "title": "治水不能只靠临时抽水机",
         "body": ["本周一场暴雨，槟岛多处低洼地区再度积水，部分住宅区的水深及膝。每逢大雨，当局就调来临时抽水机，"
                  "雨停水退，问题又被搁在一边。",
                  "州政府去年宣布拨款8000万令吉提升排水系统，至今只完成了两段沟渠。我们希望当局公开工程进度，"
                  "让居民知道钱花在哪里。"]},
        {"lines": ["老社区的沟渠该重新规划", "文／邝国辉"], "title": "老社区的沟渠该重新规划",
         "byline": ["文／邝国辉", "邝国辉"],
         "body": ["我在亚依淡住了三十年，小时候家门前的沟渠很宽，下大雨也很少淹水。后来沟渠上盖了店屋和停车场，"
                  "水道越来越窄。",
                  "老社区的问题不是雨太大，而是水没有地方去。重新规划沟渠，比多买几台抽水机更有用。",
                  "（作者是退休土木工程师）"]},
        {"lines": ["让居民参与防灾演练", "文／曾慧玲"], "title": "让居民参与防灾演练",
         "byline": ["文／曾慧玲", "曾慧玲"],
         "body": ["水灾来时，最危险的往往是独居的老人。社区如果事先做好名单，安排邻居互相照应，"
                  "就能在{run}水涨起来之前把老人送到安全的地方。",
                  "建议各区每年雨季前举办一次演练，让居民熟悉疏散路线和临时收容中心的位置。",
                  "（作者是社区志工）"]},
    ],
}

PAIQIU = {
    "name": "zht_big5_crlf_taiwan_paiqiu_volleyball_sports_page_match_report_set_scores_line_standings_table_header_row_kicker_jizhe_place_byline",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "南屏時報 中華民國116年5月16日 B6 體育, Big5 (strict; no `／` or `～`: set scores use ASCII `-`), CRLF; "
    "indent-only paragraphs, wrapped at 21. A sports page on volleyball (排球): a match report (kicker, title, byline line "
    "`記者鄭宇翔　臺中報導`, a set-scores line kept as a paragraph), then a standings table `企業聯賽積分榜` (header row, "
    "one row per team).",
    "date": "2027-05-16", "page": "B6",
    "head": ["南屏時報　B6　體育", "中華民國116年5月16日　星期日"],
    "foot": ["南屏時報體育組　　電話：(04)2235-6600"],
    "furniture": ["南屏時報", "B6", "體育", "中華民國116年5月16日", "星期日", "南屏時報體育組", "電話：(04)2235-6600"],
    "labels": [], "markup": [],
    "articles": [
        {"lines": ["企業排球聯賽", "雲峰鋼鐵逆轉　搶下冠軍點", "記者鄭宇翔　臺中報導"], "kicker": ["企業排球聯賽", None],
         "title": "雲峰鋼鐵逆轉　搶下冠軍點", "byline": ["記者鄭宇翔　臺中報導", "記者鄭宇翔", "鄭宇翔"],
         "body": ["企業排球聯賽冠軍賽第三戰昨晚在臺中開打，雲峰鋼鐵先丟一局，隨後連贏三局，以3比1擊敗海岸電力，"
                  "系列賽取得二勝一敗，只差一勝就能封王。",
                  "各局比分：23-25、25-21、25-19、25-22。",
                  "主攻手潘子豪全場攻下24分，是勝利的最大功臣。他賽後說：「第一局太緊張，後來大家放開打，球就進了。」"
                  "第四戰明晚在同一場地進行。"]},
        {"lines": ["企業聯賽積分榜"], "title": "企業聯賽積分榜",
         "body": [("row", "名次　隊名　　　　勝　負　積分"), ("row", "１　　雲峰鋼鐵　　14　４　 41"),
                  ("row", "２　　海岸電力　　13　５　 38"), ("row", "３　　北辰銀行　　10　８　 30"),
                  ("row", "４　　玉山運通　　 ７　11　 22")]},
    ],
}

YINYUEHUI = {
    "name": "zht_big5hkscs_lf_hong_kong_yinyuehui_concert_review_facts_box_programme_conductor_venue_ticket_rows_wen_byline_cantonese_quote_running_head_midquote",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "東港日報 2027-03-05 C3 文藝, Big5-HKSCS (`嘅 咗`, in neither cp950 nor Big5), LF; blank-line paragraphs, wrapped at 20. "
    "A concert (音樂會) review with its facts box: title, subtitle, byline line `文：龐詠詩`, a Cantonese quotation cut by "
    "the running head; a box of six rows (concert, orchestra, conductor, date, venue, tickets) under its own head.",
    "date": "2027-03-05", "page": "C3",
    "head": ["東港日報　2027年3月5日　星期五", "C3　文藝　　　責任編輯：溫子晴"],
    "foot": ["東港日報有限公司出版　　文藝版電郵：culture@donggang.example.hk"],
    "furniture": ["東港日報", "2027年3月5日", "星期五", "C3", "文藝", "責任編輯：溫子晴", "東港日報．文藝",
                  "東港日報有限公司出版", "文藝版電郵：culture@donggang.example.hk"],
    "run": ["東港日報．文藝"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["海港之夜　青年樂手交出好成績", "東港青年管弦樂團新季首演", "文：龐詠詩"],
         "title": "海港之夜　青年樂手交出好成績", "subtitle": "東港青年管弦樂團新季首演", "byline": ["文：龐詠詩", "龐詠詩"],
         "body": ["東港青年管弦樂團上周六在尖沙咀香港文化中心開始新一季演出。樂團團員平均只有十九歲，"
                  "卻把一首四十分鐘的交響曲演奏得相當完整。",
                  "下半場的第二樂章，大提琴聲部的合奏尤其動人。指揮尹家樂說：「佢哋練咗成個寒假，今晚係佢哋"
                  "{run}自己嘅演出。」",
                  "美中不足的是銅管在終章略嫌太響，蓋過了弦樂。整體而言，這是一場值得一聽的音樂會。"]},
        {"lines": ["演出資料"], "title": "演出資料",
         "body": [("row", "音樂會：《海港之夜》"), ("row", "演出：東港青年管弦樂團"), ("row", "指揮：尹家樂"),
                  ("row", "日期：2027年2月27日　晚上8時"), ("row", "地點：香港文化中心音樂廳"),
                  ("row", "票價：港幣180元、280元、380元")]},
    ],
}

SRPSKI = {
    "name": "sr_cp1250_crlf_serbian_latin_council_report_skupstina_sednica_numbered_items_intro_byline_caps_dateline_running_head_midsentence",
    "encoding": "cp1250", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Moravski glasnik (Čačak, Serbian in Latin script) 2027-06-12 strana 4, Windows-1250 (`č ć đ š ž Š Ž „ “`), CRLF; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A council report: title, byline line, an intro with a "
    "capital dateline, then the session's decisions as numbered items (`1.`, `2.` …), each one paragraph; the running "
    "head cuts item 3 in mid-sentence; a closing paragraph.",
    "date": "2027-06-12", "page": "4",
    "head": ["MORAVSKI GLASNIK · Subota, 12. jun 2027. · Strana 4", "GRAD"],
    "foot": ["Moravski glasnik · Redakcija: Čačak · Telefon: 032 555 140"],
    "furniture": ["MORAVSKI GLASNIK", "Subota, 12. jun 2027.", "Strana 4", "GRAD", "Moravski glasnik · 4",
                  "Moravski glasnik", "Redakcija: Čačak", "Telefon: 032 555 140"],
    "run": ["Moravski glasnik · 4"], "labels": [], "markup": [" · ", " · ", " · ", " · "],
    "articles": [
        {"lines": ["Odbornici usvojili plan za novi most", "Piše: Dragana Milovanović"],
         "title": "Odbornici usvojili plan za novi most", "byline": ["Piše: Dragana Milovanović", "Dragana Milovanović"],
         "body": ["ČAČAK - Skupština grada je na sed~ni~ci u petak, posle ras~pra~ve koja je trajala više od šest sati, "
                  "usvojila sve tačke dnevnog reda. Odbornici su odlu~či~li sle~de~će:",
                  "1. Usvojen je rebalans budžeta za 2027. godinu, kojim se za izgrad~nju novog mo~sta preko Morave "
                  "izdvaja 180 miliona dinara.",
                  "2. Usvojen je plan detalj~ne regu~la~cije za naselje Ljubić, gde će biti izgrađen novi vrtić.",
                  "3. Javnom komunalnom predu~ze~ću „Zelenilo“ odobreno je da zaposli još dvanaest radnika za "
                  "održa~va~nje {run}parkova i šetališta pored reke.",
                  "4. Za novog direk~to~ra Doma kulture imenovan je Nenad Petrović, do sada zamenik direktora.",
                  "Opozi~cio~ni odbornici glasali su protiv rebalansa, uz obraz~loženje da je most preskup. "
                  "Sledeća sednica zaka~za~na je za kraj jula."]},
    ],
}

ZUERI = {
    "name": "gsw_latin1_lf_swiss_german_weekly_story_beside_berichtigung_corrections_box_guillemets_swiss_thousands_byline_vo_running_head_midsentence",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Tössthaler Bott (a Swiss German-language weekly, Winterthur) 2027-04-10 Siite 3, ISO-8859-1 (`ä ö ü «»`), LF; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A story on a village bakery with, beside it, a corrections box "
    "`Berichtigung` (a title and one paragraph setting right a name printed wrong the week before); the running head cuts "
    "the story in mid-sentence; Swiss thousands `12'000 Franke`.",
    "date": "2027-04-10", "page": "3",
    "head": ["TÖSSTHALER BOTT | Samschtig, 10. April 2027 | Siite 3", "Region"],
    "foot": ["Tössthaler Bott | Redaktion Winterthur | redaktion@boettli.example.ch"],
    "furniture": ["TÖSSTHALER BOTT", "Samschtig, 10. April 2027", "Siite 3", "Region", "Tössthaler Bott | Siite 3",
                  "Tössthaler Bott", "Redaktion Winterthur", "redaktion@boettli.example.ch"],
    "run": ["Tössthaler Bott | Siite 3"], "labels": [], "markup": [" | ", " | ", " | ", " | "],
    "articles": [
        {"lines": ["D Dorfbäckerei blibt offe", "Vo Ueli Brunner"], "title": "D Dorfbäckerei blibt offe",
         "byline": ["Vo Ueli Brunner", "Ueli Brunner"],
         "body": ["Sit über achzg Jahr git s z Seen e Bäcke~rei, und fascht wär si uf Ändi März zuegange. De alt Bäck, "
                  "de Walter Frei, hät kei Nach~fol~ger gfunde.",
                  "Jetzt händ drei jungi Lüüt us em Quar~tier e Genosse~schaft gründet. Über hundert Familie händ "
                  "zämme 12'000 Franke zämme~gleit, damit de Ofe {run}wiiter brännt.",
                  "«Mir wänd am Morge wieder frischs Brot über d Strass hole», seit d Präsi~däntin Regula Meier. "
                  "Ab em Mäntig isch d Bäcke~rei wieder offe."]},
        {"lines": ["Berichtigung"], "title": "Berichtigung",
         "body": ["Im Artikel «Neui Bänkli am Weier» vom 3. April hämmer de Name vom Gmeind~rat falsch gschribe. "
                  "Er heisst Markus Egli, nöd Martin Egli. Mir bitted um Entschul~di~gung."]},
    ],
}

TAHITI = {
    "name": "ty_utf8_bom_lf_tahitian_literary_supplement_prose_essay_and_poem_short_lines_two_stanzas_okina_macrons_na_byline_running_head_midsentence",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Te Vea Ārea (a Tahitian-language weekly, Papeete) 2027-08-19 ʻāpi 12, UTF-8 with BOM (`ʻ` U+02BB ʻeta, macrons "
    "`ā ē ī ō ū`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A literary supplement page: a prose essay "
    "(title, byline line `Nā Hinano Teriierooiterai`), the running head cutting it in mid-sentence; then a poem set in short "
    "lines in two stanzas (each printed line one gold paragraph), signed under its title.",
    "date": "2027-08-19", "page": "12",
    "head": ["TE VEA ĀREA – Mahana maha 19 nō ʻatete 2027 – ʻāpi 12", "PAPAʻA PĀPAʻI"],
    "foot": ["Te Vea Ārea – Papeete – vea@area.example.pf"],
    "furniture": ["TE VEA ĀREA", "Mahana maha 19 nō ʻatete 2027", "ʻāpi 12", "PAPAʻA PĀPAʻI", "Te Vea Ārea – ʻāpi 12",
                  "Te Vea Ārea", "Papeete", "vea@area.example.pf"],
    "run": ["Te Vea Ārea – ʻāpi 12"], "labels": [], "markup": [" – ", " – ", " – ", " – ", " – "],
    "articles": [
        {"lines": ["Te ʻaʻahiata i Papenoʻo", "Nā Hinano Teriierooiterai"], "title": "Te ʻaʻahiata i Papenoʻo",
         "byline": ["Nā Hinano Teriierooiterai", "Hinano Teriierooiterai"],
         "body": ["I te poipoi ʻātea, ua haere au i te pae taha~tai nō Papenoʻo. Te vai ra te mau poti tau~tai i "
                  "nià i te one ʻereʻere, e te hiʻo ra te mau ruʻau i te mo~ana.",
                  "Ua parau mai tōʻu metua va~hi~ne e, i tōna tau ʻapiʻi, e mea rahi aʻe te iʻa i roto i te ʻōutu. "
                  "I teie mahana, e mea iti ro~a {run}te iʻa e te mea ātea te tau~tai.",
                  "Ua hoʻi au i te fa~re ma te mana~manaʻo i te mau pa~rau a tōʻu metua vahine."]},
        {"lines": ["Te miti", "Nā Teva Maraetaata"], "title": "Te miti", "byline": ["Nā Teva Maraetaata", "Teva Maraetaata"],
         "body": [("row", "E te miti ē,"), ("row", "ʻua ʻite ʻoe i tōʻu tupuna,"), ("row", "ʻua ʻite ʻoe i tōʻu metua."),
                  ("stanza", "A hiʻo mai,"), ("row", "tei ʻō nei ā vau,"), ("row", "i te pae tahatai.")]},
    ],
}

SUNDA = {
    "name": "su_cp850_crlf_sundanese_weekly_front_page_dina_edisi_ieu_index_rows_page_numbers_two_teasers_tight_heads_kaca_refs_above_lead_story_byline_ku",
    "encoding": "cp850", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Warta Priangan (a Sundanese-language weekly, Bandung) 2027-02-24 kaca 1, DOS code page 850 (`é`), CRLF; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A front page: an index box `DINA ÉDISI IEU` (one row per "
    "section and page), two teasers each a head set tight over one paragraph ending with its page reference "
    "`(Kaca 5)`, above the lead story (title, byline line `Ku Asep Saepudin`, a caption and credit inside a sentence).",
    "date": "2027-02-24", "page": "1",
    "head": ["WARTA PRIANGAN", "Mingguan Basa Sunda * Rebo, 24 Pébruari 2027 * Kaca 1 * Rp8.000"],
    "foot": ["Warta Priangan * Jl. Cihampelas 140 Bandung * redaksi@wartapriangan.example.id"],
    "furniture": ["WARTA PRIANGAN", "Mingguan Basa Sunda", "Rebo, 24 Pébruari 2027", "Kaca 1", "Rp8.000",
                  "Warta Priangan", "Jl. Cihampelas 140 Bandung", "redaksi@wartapriangan.example.id"],
    "labels": [], "markup": [" * ", " * ", " * ", " * ", " * "],
    "articles": [
        {"lines": ["DINA ÉDISI IEU"], "title": "DINA ÉDISI IEU",
         "body": [("row", "Béja Daérah ........ 2"), ("row", "Tatanén ............ 5"), ("row", "Carita Pondok ...... 6"),
                  ("row", "Olahraga ........... 8")]},
        {"lines": ["Hasil paré di Cianjur naék"], "title": "Hasil paré di Cianjur naék", "tight": True,
         "body": ["Patani di Cianjur panén lang~kung seueur tibatan taun kamari. (Kaca 5)"]},
        {"lines": ["Putra Priangan meunang deui"], "title": "Putra Priangan meunang deui", "tight": True,
         "body": ["Klub ti Bandung éta meunang 2-0 dina pertan~dingan Minggu. (Kaca 8)"]},
        {"lines": ["Pasar Kosambi badé diwangun deui", "Ku Asep Saepudin"], "title": "Pasar Kosambi badé diwangun deui",
         "byline": ["Ku Asep Saepudin", "Asep Saepudin"],
         "captions": ["Padagang sayuran di Pasar Kosambi, Senén énjing."], "credits": ["Poto: Wawan Hermawan"],
         "body": ["Pamaréntah Kota Bandung badé ngawa~ngun deui Pasar Kosambi anu parantos yuswa langkung ti "
                  "lima puluh taun. Pangwa~ngu~nan dimimi~tian bulan Juni.",
                  "Para padagang bakal dipin~dah~keun heula ka pasar samen~ta~wis di {cap}sisi jalan Ahmad Yani. "
                  "Saur Ibu Euis Rukmini, pupuhu paguyu~ban pada~gang, warga satuju asal lapak di pasar anyar "
                  "henteu lang~kung awis.",
                  "Pasar anyar dijadwal~keun réngsé dina dua taun."]},
    ],
}

PAGES = [SHUICHAN, SHUIYA, ZAOLIN, SHUIHUAN, PAIQIU, YINYUEHUI, SRPSKI, ZUERI, TAHITI, SUNDA]
