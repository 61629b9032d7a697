"""The text of every holdout90 page, written once: make_holdout90_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py, itself holdout86's, holdout83's, holdout77's, holdout75's and
holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous article's last
line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints a line of a
list or box (one gold paragraph per printed line); `("end", line)` a printed line that is no paragraph of the gold;
`("more", line)` the same with no blank line before it. `{cap}` drops the caption and its credit into a paragraph,
`{run}` the running head; `~` marks where a Latin word may be split at a line end. All papers, people, troupes, bands,
museums, firms, books, songs, works, figures and events are invented; real places are settings only, and the play
《穆桂英挂帅》 and the roles in its cast list are those of the traditional repertoire.
"""

JINGJU = {
    "name": "zh_gbk_crlf_culture_page_peking_opera_review_byline_caption_credit_running_head_midsentence_glued_yanyuanbiao_cast_list_box_role_and_actor_rows_band_line",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "棠溪日报 2028-01-14 第6版 文艺, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A culture "
    "page: a review of a Peking opera company's new staging of 《穆桂英挂帅》 (title, byline line, a caption and its "
    "credit inside a sentence, a quotation, the running head in mid-sentence), then, with no blank line under its last "
    "line, the box `演员表`: six rows `role　actor` (one role a line) and a band line `司鼓：…　京胡：…`; the box is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2028-01-14", "page": "6",
    "head": ["棠溪日报　　2028年1月14日　星期五", "第6版　文艺　　责任编辑：闵　珂"],
    "foot": ["棠溪日报社出版　　文艺部热线：0736-4418025"],
    "furniture": ["棠溪日报", "2028年1月14日", "星期五", "第6版", "文艺", "责任编辑：闵　珂", "棠溪日报·文艺",
                  "棠溪日报社出版", "文艺部热线：0736-4418025"],
    "run": ["棠溪日报·文艺"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新版《穆桂英挂帅》首演满堂彩", "本报记者　戚　然"], "title": "新版《穆桂英挂帅》首演满堂彩",
         "byline": ["本报记者　戚　然", "戚　然", "戚然"],
         "captions": ["凌雪芳（中）在剧中饰演穆桂英。"], "credits": ["本报记者　戚　然　摄"],
         "body": ["前晚，棠溪市京剧团新排的《穆桂英挂帅》在棠溪大剧院首演，一千二百个座位座无虚席，不少观众从"
                  "外地专程赶来。",
                  "这一版由剧团青年演员凌雪芳挑梁主演穆桂英。{cap}“挂帅”一场，她的唱腔层层推进，台下掌声一次比一次"
                  "热烈。老戏迷龚先生说：“嗓子亮，身段也稳，有老一辈的味道。”",
                  "导演邬长庚介绍，新版保留了传统唱段，舞台和灯光重新设计，全剧压缩到两个半小时。下月，剧团将带着"
                  "这出戏到周边{run}五个县巡演。"]},
        {"glued": True, "lines": ["演员表"], "title": "演员表",
         "body": [("row", "穆桂英　凌雪芳"),
                  ("row", "杨宗保　邹　彬"),
                  ("row", "佘太君　樊玉琴"),
                  ("row", "杨文广　芮　晨"),
                  ("row", "杨金花　晏小雨"),
                  ("row", "王　伦　郝立东"),
                  ("row", "司鼓：潘　渝　京胡：柏　森")]},
    ],
}

RUCANG = {
    "name": "zh_gb18030_lf_culture_page_museum_new_acquisitions_story_byline_rare_char_donor_caption_credit_running_head_midsentence_glued_xinrucang_box_header_row_accession_number_rows_source_line",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "漾溪日报 2028-02-23 第9版 文博, GB18030 (`\U0002cc5f` U+2CC5F in the donor's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A culture page: a city museum's notice of last year's new acquisitions as a "
    "story (title, byline line, the donor's quotation, a caption and its credit inside a sentence, the running head in "
    "mid-sentence), then, with no blank line under its last line, the box `部分新入藏文物`: a header row "
    "`登记号　年代　名称　来源`, four rows each opened by an accession number `2027.003`, and a source line; the box "
    "is an article, its head the title, each printed line a paragraph.",
    "date": "2028-02-23", "page": "9",
    "head": ["漾溪日报　　2028年2月23日　星期三", "第9版　文博　　责任编辑：郁　檀"],
    "foot": ["漾溪日报社　　新闻热线：0573-8816402"],
    "furniture": ["漾溪日报", "2028年2月23日", "星期三", "第9版", "文博", "责任编辑：郁　檀", "漾溪日报·文博",
                  "漾溪日报社", "新闻热线：0573-8816402"],
    "run": ["漾溪日报·文博"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市博物馆去年新入藏文物83件", "本报记者　甄　澜"], "title": "市博物馆去年新入藏文物83件",
         "byline": ["本报记者　甄　澜", "甄　澜", "甄澜"],
         "captions": ["邵\U0002cc5f（右）向工作人员介绍一件青花瓷盘。"], "credits": ["（本报记者　甄　澜　摄）"],
         "body": ["漾溪市博物馆昨天公布，去年共新入藏文物83件（套），其中市民捐赠的有51件，数量为历年最多。",
                  "退休教师邵\U0002cc5f把家中收藏了四十多年的一批瓷器和拓片全部捐给了博物馆。{cap}他说：“东西放在"
                  "家里只有我一个人看，放到博物馆，大家都能看。”",
                  "馆长籍文远介绍，这批文物经过清理和登记后，将从3月1日起在二楼临时展厅展出{run}两个月。"]},
        {"glued": True, "lines": ["部分新入藏文物"], "title": "部分新入藏文物",
         "body": [("row", "登记号　年代　名称　来源"),
                  ("row", "2027.003　清　青花缠枝莲纹盘　邵\U0002cc5f捐赠"),
                  ("row", "2027.017　明　铜鎏金坐像　征集"),
                  ("row", "2027.042　民国　漾溪县城全图　邱家捐赠"),
                  ("row", "2027.058　宋　酱釉执壶　邵\U0002cc5f捐赠"),
                  ("row", "资料来源：漾溪市博物馆")]},
    ],
}

GEBANG = {
    "name": "zht_big5_crlf_taiwan_music_page_indie_band_story_jizhe_baodao_tight_head_caption_credit_running_head_midsentence_glued_danqubang_singles_chart_header_row_rank_last_week_xin_new_entry_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "桐嶼日報 2028-03-10 B6 影音 (`中華民國117年3月10日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. A "
    "Taiwan music page: a Taichung indie band's song at the top of the chart, its title directly above the "
    "`【記者藍郁婷／台中報導】` lead (song titles in 〈〉, a caption and its credit inside a sentence, a 「」 quotation, "
    "the running head in mid-sentence), then, with no blank line, the chart `本週華語單曲榜`: a header row "
    "`名次　上週　歌名／歌手`, five rows `rank　last week　〈song〉／singer` (`新` for a new entry) and a source line; "
    "the chart is an article, its head the title, each printed line a paragraph.",
    "date": "2028-03-10", "page": "B6",
    "head": ["桐嶼日報　中華民國117年3月10日　星期五", "B6　影音　　編輯：邱怡君"],
    "foot": ["桐嶼日報社　讀者服務專線：(04)2318-5560"],
    "furniture": ["桐嶼日報", "中華民國117年3月10日", "星期五", "B6", "影音", "編輯：邱怡君", "桐嶼日報．影音",
                  "桐嶼日報社", "讀者服務專線：(04)2318-5560"],
    "run": ["桐嶼日報．影音"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["晚班公車新歌奪冠　成軍八年首登榜首"], "title": "晚班公車新歌奪冠　成軍八年首登榜首",
         "tight": True, "byline": [None, "記者藍郁婷", "藍郁婷"],
         "captions": ["晚班公車在練團室排練新歌。"], "credits": ["（記者藍郁婷攝）"],
         "body": ["【記者藍郁婷／台中報導】台中獨立樂團晚班公車上月發行的新歌〈末班車以後〉，本週登上華語單曲榜"
                  "冠軍，是樂團成軍八年來第一次。",
                  "主唱溫子豪說，這首歌寫的是他在餐廳打工、每晚趕末班車回家的日子。{cap}「很多聽眾留言說，好像在聽"
                  "自己的故事。」",
                  "樂團下個月將在台中、台北、高雄各辦一場演唱會，門票本週六{run}開賣。"]},
        {"glued": True, "lines": ["本週華語單曲榜"], "title": "本週華語單曲榜",
         "body": [("row", "名次　上週　歌名／歌手"),
                  ("row", "1　4　〈末班車以後〉／晚班公車"),
                  ("row", "2　1　〈雨停的時候〉／葉柔安"),
                  ("row", "3　新　〈十七樓〉／許　澄"),
                  ("row", "4　2　〈慢慢來〉／魏家豪"),
                  ("row", "5　3　〈島嶼電台〉／海邊三人組"),
                  ("row", "資料來源：各串流平台統計")]},
    ],
}

FUWEN = {
    "name": "zht_big5hkscs_lf_hong_kong_arts_page_painter_obituary_life_dates_line_under_title_byline_cantonese_quote_caption_credit_running_head_midsentence_glued_zhuyao_zuopin_works_box_year_and_title_rows",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鷺角日報 2028-04-07 C4 藝文, Big5-HKSCS (`喺 嘅`; in neither cp950 nor Big5), LF; blank-line paragraphs, "
    "wrapped at 20. A Hong Kong arts page: an ink painter's obituary in Cantonese (title, the life-dates line "
    "`（1941—2028）` under it: the subtitle as holdout79 ruled, byline line `記者　施曉晴`, a caption and its credit "
    "inside a sentence, a 「」 quotation by a pupil, the running head in mid-sentence), then, with no blank line, the box "
    "`主要作品`: five rows `year　《title》`, one work a line; the box is an article, its head the title, each printed "
    "line a paragraph.",
    "date": "2028-04-07", "page": "C4",
    "head": ["鷺角日報　2028年4月7日　星期五", "C4　藝文　　編輯：馮詠詩"],
    "foot": ["鷺角日報社　　藝文組熱線：2571 6408"],
    "furniture": ["鷺角日報", "2028年4月7日", "星期五", "C4", "藝文", "編輯：馮詠詩", "鷺角日報．藝文", "鷺角日報社",
                  "藝文組熱線：2571 6408"],
    "run": ["鷺角日報．藝文"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["水墨畫家鄺錦棠病逝", "（1941—2028）", "記者　施曉晴"], "title": "水墨畫家鄺錦棠病逝",
         "subtitle": ["（1941—2028）", "1941—2028", None], "byline": ["記者　施曉晴", "施曉晴"],
         "captions": ["鄺錦棠去年喺畫室作畫。"], "credits": ["（家屬提供）"],
         "body": ["本地水墨畫家鄺錦棠前日喺醫院病逝，終年86歲。家人話佢走得好安詳。",
                  "鄺錦棠年輕時喺深水埗做過招牌師傅，三十歲先正式學畫，{cap}作品多數畫香港嘅街景同漁村。學生何靜儀"
                  "話：「佢成日講，畫畫唔使驚慢，最緊要睇清楚。」",
                  "家人表示，喪禮會以簡單形式舉行，佢部分作品明年會喺{run}中環展出。"]},
        {"glued": True, "lines": ["主要作品"], "title": "主要作品",
         "body": [("row", "1975　《長洲晨曦》"),
                  ("row", "1988　《油麻地果欄》"),
                  ("row", "1997　《維港煙花》"),
                  ("row", "2010　《大澳棚屋》"),
                  ("row", "2019　《舊街市》")]},
    ],
}

KUAIJIE = {
    "name": "zh_utf16be_bom_lf_digital_page_tech_column_mashang_shuo_label_wen_slash_byline_latin_key_names_in_text_caption_credit_running_head_midsentence_glued_kuaijiejian_box_shortcut_and_action_rows_note_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沄州日报 2028-05-18 第11版 数码, UTF-16 BE with BOM, LF; blank-line paragraphs, wrapped at 22. A technology "
    "page: a named columnist's column under the standing label `码上说` (the section; kicker or none accepted), its head, "
    "the writer's line `文／阮一苇`, Latin key names (`Ctrl`, `Shift`, `Command`) inside the Chinese text, a caption and "
    "its credit inside a sentence, the running head in mid-sentence; then, with no blank line, the box `本期快捷键`: "
    "four rows `shortcut　action` (`Ctrl+Shift+T　…`) and a bracketed note row; the box is an article, its head the "
    "title, each printed line a paragraph.",
    "date": "2028-05-18", "page": "11",
    "head": ["沄州日报　2028年5月18日　星期四", "第11版　数码　　责任编辑：柴　昀"],
    "foot": ["沄州日报社出版　　读者来信：shuma@yunzhou.example.cn"],
    "furniture": ["沄州日报", "2028年5月18日", "星期四", "第11版", "数码", "责任编辑：柴　昀", "沄州日报·数码",
                  "沄州日报社出版", "读者来信：shuma@yunzhou.example.cn"],
    "run": ["沄州日报·数码"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["码上说", "关掉的网页，还能找回来", "文／阮一苇"], "section": ["码上说", None],
         "kicker": [None, "码上说"], "title": "关掉的网页，还能找回来", "byline": ["文／阮一苇", "阮一苇"],
         "captions": ["键盘上的快捷键能省下不少时间。"], "credits": ["（资料图片）"],
         "body": ["上周有位读者来信说，她在网上填了一下午的表格，手一滑把浏览器的标签页关了，急得差点哭出来。",
                  "其实，大多数浏览器都能把刚关掉的标签页找回来。{cap}在Windows电脑上同时按下Ctrl、Shift和T三个键，"
                  "最近关闭的网页就会重新打开；苹果电脑则是Command、Shift和T。",
                  "要提醒的是，网页上还没提交的内容不一定能恢复。写长的东西，最好先在文档里写好，再复制{run}过去。"]},
        {"glued": True, "lines": ["本期快捷键"], "title": "本期快捷键",
         "body": [("row", "Ctrl+Shift+T　重新打开关闭的标签页"),
                  ("row", "Ctrl+L　选中地址栏"),
                  ("row", "Ctrl+F　在网页中查找文字"),
                  ("row", "Ctrl+D　收藏当前网页"),
                  ("row", "（苹果电脑把Ctrl换成Command）")]},
    ],
}

QUMU = {
    "name": "zh_utf8_nobom_crlf_singapore_arts_page_chinese_orchestra_concert_review_byline_xinjiapo_xun_caption_credit_running_head_midsentence_blank_line_then_yanchu_qumu_programme_box_work_and_composer_rows",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "南渚日报 (an invented Singapore Chinese daily) 2028-06-26 C3 艺苑, UTF-8 without BOM, CRLF; blank-line "
    "paragraphs, wrapped at 21. A Singapore arts page: a Chinese orchestra's concert reviewed (title, byline line, the "
    "lead opened by `（新加坡讯）`, a caption and its credit inside a sentence, the conductor's quotation cut by the "
    "running head), then, after a blank line (the one page of the set whose box is not glued), the box `演出曲目`: five "
    "rows `《work》　作曲：composer`, one piece a line; the box is an article, its head the title, each printed line a "
    "paragraph.",
    "date": "2028-06-26", "page": "C3",
    "head": ["南渚日报　2028年6月26日　星期一", "C3　艺苑　　编辑：柯　婷"],
    "foot": ["南渚日报社　　艺苑组电邮：yiyuan@nanzhu.example.sg"],
    "furniture": ["南渚日报", "2028年6月26日", "星期一", "C3", "艺苑", "编辑：柯　婷", "南渚日报·艺苑", "南渚日报社",
                  "艺苑组电邮：yiyuan@nanzhu.example.sg"],
    "run": ["南渚日报·艺苑"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["狮岭华乐团奏响本地新作", "本报记者　黄思颖"], "title": "狮岭华乐团奏响本地新作",
         "byline": ["本报记者　黄思颖", "黄思颖"],
         "captions": ["狮岭华乐团在音乐会上演奏。"], "credits": ["（狮岭华乐团提供）"],
         "body": ["（新加坡讯）狮岭华乐团前晚在维多利亚音乐厅举行年度音乐会，演出五首作品，其中三首是本地作曲家"
                  "的新作。",
                  "压轴的《甘榜的早晨》由年轻作曲家邓永杰创作，{cap}乐曲用二胡和扬琴模仿鸡鸣和小贩的叫卖声，不少观众"
                  "听得笑了起来。",
                  "指挥林韵秋在谢幕时说：“这些新曲子写的是我们自己的故事，希望大家多来{run}听。”"]},
        {"lines": ["演出曲目"], "title": "演出曲目",
         "body": [("row", "《狮城序曲》　作曲：卓文亮"),
                  ("row", "《河畔》　作曲：梁晓薇"),
                  ("row", "《甘榜的早晨》　作曲：邓永杰"),
                  ("row", "《月光下的码头》　作曲：韩子谦"),
                  ("row", "《欢腾》　作曲：罗佳伟")]},
    ],
}

AUSSTELLUNG = {
    "name": "swg_macroman_lf_swabian_culture_page_exhibition_review_vo_byline_dateline_caption_credit_running_head_midsentence_glued_oeffnungszeite_visiting_hours_box_day_and_hour_rows_entry_fee_address",
    "encoding": "mac-roman", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Dr Filstäler Bott (an invented Swabian daily) 2028-07-08 Seit 14 Kultur, Mac OS Roman (`ä ö ü ß „ “ ’ · –`), "
    "LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Swabian (Schwäbisch) culture page: an exhibition "
    "review (title over two lines, byline line `Vo Jochen Heinzelmann`, the dateline `GÖPPINGE –` opening the lead, a "
    "caption and its credit inside a sentence, the painter's „“ quotation cut by the running head), then, with no "
    "blank line, the box `Öffnungszeite`: two rows of days and hours, the entry fee and the address, each printed line a "
    "paragraph; the box is an article, its head the title.",
    "date": "2028-07-08", "page": "14",
    "head": ["DR FILSTÄLER BOTT · Samschdich, 8. Juli 2028 · Seit 14", "Kultur · Redaktion: Sabine Gaiser"],
    "foot": ["Dr Filstäler Bott · kultur@filstaeler-bott.example.de"],
    "furniture": ["DR FILSTÄLER BOTT", "Samschdich, 8. Juli 2028", "Seit 14", "Kultur", "Redaktion: Sabine Gaiser",
                  "Dr Filstäler Bott · Kultur", "Dr Filstäler Bott", "kultur@filstaeler-bott.example.de"],
    "run": ["Dr Filstäler Bott · Kultur"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Farb, wo mr se gar net", "erwartet", "Vo Jochen Heinzelmann"],
         "title": "Farb, wo mr se gar net erwartet", "byline": ["Vo Jochen Heinzelmann", "Jochen Heinzelmann"],
         "captions": ["Dr Udo Kächele vor seim Bild „Mai“."], "credits": ["Foto: Petra Eisele"],
         "body": ["GÖPPINGE – Wer en dr Kunscht~verei Filstal neikommt, sieht zerscht bloß wei~ße Wänd. Erscht wenn "
                  "mr näher na~goht, merkt mr, dass dr Maler Udo Kächele uff jedes Bild bloß en ganz schmale "
                  "Farb~streife gmolt hot.",
                  "Drei~ßig Bilder hänget jetzt bis End August em Kunscht~verei. {cap}Dr Kächele, der z’Ebersbach "
                  "wohnt, hot fuff~zeh Johr lang als Schrei~ner gschafft, bevor er mit em Male a~gfange hot.",
                  "„I will, dass d’Leit lang~sam gucket“, hot er bei dr Eröff~nung gsagt. „Wer schnell durch~lauft, "
                  "sieht nix. Wer stoh bleibt, sieht dr {run}Summer.“"]},
        {"glued": True, "lines": ["Öffnungszeite"], "title": "Öffnungszeite",
         "body": [("row", "Di bis Fr: 14 bis 18 Uhr"),
                  ("row", "Sa und So: 11 bis 17 Uhr"),
                  ("row", "Eitritt: 5 Euro, ermäßigt 3 Euro"),
                  ("row", "Kunschtverei Filstal, Schillerplatz 4")]},
    ],
}

MBWN = {
    "name": "za_cp1252_crlf_zhuang_science_page_meteor_shower_explainer_sij_byline_dateline_caption_ingj_credit_running_head_midsentence_glued_mbwn_ndwen_neix_night_sky_box_date_colon_event_rows",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Dahbwn Bau (an invented Zhuang-language daily, Guangxi) 2028-08-08 Mbaw 7 Gohyoz, Windows-1252 (only the "
    "dashes `–` of the head and foot are beyond ASCII: standard Zhuang writes its tones with Latin letters), CRLF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A Zhuang (Vahcuengh) science page: an explainer on a meteor "
    "shower (title, byline line `Sij: Lungz Vwnzbingz`, the dateline `NAMZNINGZ –` opening the lead, an expert's "
    "words, a caption and its credit `Ingj: …` inside a sentence, the running head in mid-sentence), then, with no "
    "blank line, the night-sky box `Mbwn Ndwen Neix` (the sky this month): four rows `date: event`; the box is an "
    "article, its head the title, each printed line a paragraph.",
    "date": "2028-08-08", "page": "7",
    "head": ["DAHBWN BAU – 2028 nienz 8 nyied 8 hauh, singhgiz ngeih – Mbaw 7", "Gohyoz"],
    "foot": ["Dahbwn Bau – gohyoz@dahbwnbau.example.cn"],
    "furniture": ["DAHBWN BAU", "2028 nienz 8 nyied 8 hauh, singhgiz ngeih", "Mbaw 7", "Gohyoz", "Dahbwn Bau – Gohyoz",
                  "Dahbwn Bau", "gohyoz@dahbwnbau.example.cn"],
    "run": ["Dahbwn Bau – Gohyoz"], "labels": [], "markup": [" – "] * 3,
    "articles": [
        {"lines": ["Haemh 12 hauh bae yawj liuzsingh", "Sij: Lungz Vwnzbingz"],
         "title": "Haemh 12 hauh bae yawj liuzsingh", "byline": ["Sij: Lungz Vwnzbingz", "Lungz Vwnzbingz"],
         "captions": ["Liuzsingh gwnz Bya Daihmingz."], "credits": ["Ingj: Vei Cunghyiz"],
         "body": ["NAMZNINGZ – Haemh 8 nyied 12 hauh daengz haet 13 hauh, vunz youq Gvangj~sih ndaej yawj raen "
                  "liuz~singh ceiq lai. Dangh~naeuz mbwn seuq, moix aen cung~daeuz ndaej raen 40 daengz 60 naed.",
                  "Conhgya Luz Sinhyiz naeuz, liuz~singh dwg gij rin iq youq gwnz mbwn doek roengz daeuj, {cap}haeuj "
                  "daengz ndaw heiq le couh coemh rongh.",
                  "De naeuz, yawj liuz~singh mbouj yungh aeu gij~maz dox~gaiq, ra giz mbwn laep, mbouj miz daeng, ninz "
                  "youq gwnz namh yawj couh {run}ndaej."]},
        {"glued": True, "lines": ["Mbwn Ndwen Neix"], "title": "Mbwn Ndwen Neix",
         "body": [("row", "8 nyied 12 hauh: liuzsingh ceiq lai"),
                  ("row", "8 nyied 20 hauh: ndwen caeuq Dujsingh"),
                  ("row", "8 nyied 26 hauh: haet raen Gimsingh"),
                  ("row", "Moix haemh: Mbwn Dah youq gwnz gyaeuj")]},
    ],
}

TEKNO = {
    "name": "xmm_latin1_cr_manado_malay_tech_page_phone_review_ulasan_byline_caption_credit_running_head_midsentence_spec_line_last_paragraph_middle_dots_glued_tight_head_tower_brief",
    "encoding": "latin-1", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Suar Tikala (an invented Manado daily, North Sulawesi) 2028-09-22 Halaman 10 Tekno, ISO 8859-1 (only the "
    "middle dots `·` of the head, foot and spec line are beyond ASCII), CR line ends; blank-line paragraphs, wrapped at "
    "37 with hyphenation. A Manado Malay technology page: a phone review in the first person (title, byline line "
    "`Ulasan: Rendy Pangalila`, a caption and its credit inside a sentence, the running head in mid-sentence), closed "
    "by the spec line `Layar 6,5 inci · 128 GB · 5.000 mAh` (its last paragraph, holdout81/84's spec line as a row), "
    "then, with no blank line, a brief whose title sits directly above its lead.",
    "date": "2028-09-22", "page": "10",
    "head": ["SUAR TIKALA · Jumat, 22 September 2028 · Halaman 10", "Tekno"],
    "foot": ["Suar Tikala · redaksi@suartikala.example.id"],
    "furniture": ["SUAR TIKALA", "Jumat, 22 September 2028", "Halaman 10", "Tekno", "Suar Tikala · Tekno",
                  "Suar Tikala", "redaksi@suartikala.example.id"],
    "run": ["Suar Tikala · Tekno"], "labels": [], "markup": [" · "] * 3,
    "articles": [
        {"lines": ["HP murah, mar kamera nyanda kalah", "Ulasan: Rendy Pangalila"],
         "title": "HP murah, mar kamera nyanda kalah", "byline": ["Ulasan: Rendy Pangalila", "Rendy Pangalila"],
         "captions": ["HP yang kita uji di Bunaken."], "credits": ["Foto: Rendy Pangalila"],
         "body": ["Kita so pake ini HP dua minggu. Harga cuma Rp 2,4 juta, mar dia pe kamera ter~nyata bagus "
                  "skali, apa~lagi kalu siang.",
                  "Dia pe ba~te~rai le tahan lama. {cap}Kita pake for foto, WhatsApp deng nonton video, satu hari "
                  "pe~nuh baru abis. Cuma kalu malam, foto agak ge~lap deng ku~rang ta~jam.",
                  "Jadi kalu ngana cari HP for se~ko~lah atau kerja, deng doi nyan~da ba~nyak, ini HP so cu~kup. Mar "
                  "kalu ngana suka ba~foto malam, tamba doi sadiki {run}jo.",
                  ("row", "Layar 6,5 inci · 128 GB · 5.000 mAh")]},
        {"glued": True, "lines": ["Menara baru di Tomohon"], "title": "Menara baru di Tomohon", "tight": True,
         "body": ["Ope~rator selu~ler so ba~pasang menara baru di Kakas~kasen, Tomohon. Sinyal di kampung-kampung "
                  "atas mo lebe bae mulai bulan de~pan."]},
    ],
}

BUK = {
    "name": "rop_utf16le_bom_crlf_australian_kriol_book_page_picture_book_launch_rait_bai_byline_caption_credit_running_head_midsentence_glued_top_5_library_chart_rows_rank_title_author_aligned",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Wulumbi Nyus (an invented Kriol weekly-turned-daily, Northern Territory) 2028-10-20 Peij 5 Buk Peij, UTF-16 LE "
    "with BOM (a Latin page in UTF-16; `“ ” – ’`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. An "
    "Australian Kriol book page: a new picture book by two women of Ngukurr (title, byline line `Rait bai Delia "
    "Joshua`, a caption and its credit inside a sentence, the writer's “” quotation, the running head in "
    "mid-sentence), then, with no blank line, the library's borrowing chart `Top 5 buk langa laibri`: a lead-in row and "
    "five rows `rank  title  author` aligned by runs of spaces; the chart is an article, its head the title, each "
    "printed line a paragraph (one space kept).",
    "date": "2028-10-20", "page": "5",
    "head": ["WULUMBI NYUS – Fraidei, 20 Oktoba 2028 – Peij 5", "Buk Peij"],
    "foot": ["Wulumbi Nyus – nyus@wulumbi.example.au"],
    "furniture": ["WULUMBI NYUS", "Fraidei, 20 Oktoba 2028", "Peij 5", "Buk Peij", "Wulumbi Nyus – Buk Peij",
                  "Wulumbi Nyus", "nyus@wulumbi.example.au"],
    "run": ["Wulumbi Nyus – Buk Peij"], "labels": [], "markup": [" – "] * 3,
    "articles": [
        {"lines": ["Nyubala pikja buk blanga ola", "biginini", "Rait bai Delia Joshua"],
         "title": "Nyubala pikja buk blanga ola biginini", "byline": ["Rait bai Delia Joshua", "Delia Joshua"],
         "captions": ["Nellie en Grace garra det buk."], "credits": ["Foto: Sam Raymond"],
         "body": ["Dubala ol~gamen brom Ngukurr bin meigim nyubala pikja buk, en im gar~ram stori blanga wan~bala "
                  "lilboi hu bin go fi~shing langa riba garra im gagu.",
                  "Nellie Thompson bin raitim det stori en Grace Ashley bin pein~tim ola pikja. {cap}Nellie im tok: "
                  "“Wi bin wandi ola bigi~nini ridim stori langa wi lang~gus, Kriol.”",
                  "Det buk im gar~ram 24 peij en im kos~tim $15. Yu kin fain~dim langa skul, langa stowa en langa "
                  "{run}laibri."]},
        {"glued": True, "lines": ["Top 5 buk langa laibri"], "title": "Top 5 buk langa laibri",
         "body": [("row", "Wi bin lendim mowa langa Septemba:"),
                  ("row", "1  Lilboi Go Fishing  N. Thompson"),
                  ("row", "2  Olmen Kenu         R. Daniels"),
                  ("row", "3  Kaunt Tu Ten       M. Joshua"),
                  ("row", "4  Emu en Jabiru      T. Hall"),
                  ("row", "5  Bigwan Reinbow     L. Ross")]},
    ],
}

PAGES = [JINGJU, RUCANG, GEBANG, FUWEN, KUAIJIE, QUMU, AUSSTELLUNG, MBWN, TEKNO, BUK]
