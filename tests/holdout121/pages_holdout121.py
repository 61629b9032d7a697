"""The text of every holdout121 page, written once: make_holdout121_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-120 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `cells()`
(holdout116's, 118's and 120's), so the printed spacing is reproducible. All papers, cinemas' association, films,
publishers, books, museums, foundations, troupes, plays, singers, albums, songs, festivals, people, sums, counts,
telephone numbers and events are invented; real places (towns, districts, villages, rivers) are settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


PIAOFANG = {
    "name": "zh_gbk_crlf_cinema_page_spring_festival_box_office_story_byline_caption_credit_running_head_midquote_glued_box_office_top_five_table_unit_row_header_row_rank_title_two_sums_rows_total_row_source_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "杉州日报 2034-02-28 第10版 文娱周刊, GBK, CRLF; blank-line paragraphs, wrapped at 23. A cinema page: the "
    "invented city's cinemas take over a hundred million yuan in the Spring Festival week (title with a full-width "
    "gap, the byline line `本报记者　缪　岑`, a caption and its credit inside a sentence, the projection association "
    "secretary's “” quotation cut by the running head before `影院。”`), then, with no blank line, the table "
    "`春节档本市票房前五名`: a unit row `单位：万元`, a header row `排名　片名　档期票房　累计票房`, **five rows each "
    "holding a rank, a title in 《》 and two sums to one decimal, the week's and the running total "
    "(`1　《山海少年》　3126.4　3302.8`)**, a total row `前五名合计　9951.4` (the week's column only) and a source "
    "row; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2034-02-28", "page": "10",
    "head": ["杉州日报　　2034年2月28日　星期二", "第10版　文娱周刊　　责任编辑：尤　苒"],
    "foot": ["杉州日报社出版　　新闻热线：0745-6613027"],
    "furniture": ["杉州日报", "2034年2月28日", "星期二", "第10版", "文娱周刊", "责任编辑：尤　苒", "杉州日报·文娱周刊",
                  "杉州日报社出版", "新闻热线：0745-6613027"],
    "run": ["杉州日报·文娱周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["春节档本市票房破亿　国产片包揽前五", "本报记者　缪　岑"], "title": "春节档本市票房破亿　国产片包揽前五",
         "byline": ["本报记者　缪　岑", "缪　岑", "缪岑"],
         "captions": ["市民在影城大厅排队取票。"], "credits": ["（本报记者　缪　岑　摄）"],
         "body": ["记者昨天从市电影放映协会获悉，今年春节档（2月18日至24日），全市42家影院共放映1.9万场，接待观众约"
                  "236万人次，票房收入合计1.06亿元，比去年同期增长17%。",
                  "协会秘书长邵建平介绍，今年春节档票房前五名全部是国产影片，{cap}其中动画片和喜剧片最受家庭观众欢迎，"
                  "不少影院在大年初二、初三加开了午夜场。",
                  "他说，春节档过后，电影市场将进入平稳期，“各家影院要把好片子排在好时段，让观众愿意再走进"
                  "{run}影院。”"]},
        {"glued": True, "lines": ["春节档本市票房前五名"], "title": "春节档本市票房前五名",
         "body": [("row", "单位：万元"),
                  ("row", "排名　片名　档期票房　累计票房"),
                  ("row", "1　《山海少年》　3126.4　3302.8"),
                  ("row", "2　《大年初一》　2468.9　2591.5"),
                  ("row", "3　《赶海的人》　2017.3　2180.6"),
                  ("row", "4　《熊猫回家》　1352.6　1408.2"),
                  ("row", "5　《新春快递》　986.2　1021.7"),
                  ("row", "前五名合计　9951.4"),
                  ("row", "资料来源：杉州市电影放映协会")]},
    ],
}

MULU = {
    "name": "zh_gb18030_lf_books_page_old_boatman_essay_collection_story_byline_rare_char_caption_credit_running_head_midquote_glued_table_of_contents_part_heads_over_title_dot_leader_page_number_rows_afterword_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "樟阳晚报 2034-04-26 第6版 书香周刊, GB18030 (`\U0002b5ae` U+2B5AE, CJK Extension C, in the reporter's name "
    "and credit; not in GBK), LF; indent-only paragraphs, wrapped at 21. A books page: an 82-year-old former boatman "
    "publishes his first book of essays on the river's old wharves (title with a full-width gap, the byline line "
    "`本报记者　臧　\U0002b5ae`, a caption and its credit inside a sentence, the book editor's “” quotation cut by the "
    "running head before `书名。”`), then, with no blank line, **the book's contents `《河埠旧事》目录（节选）`: three "
    "part heads `辑一　码头` (headings), each over rows of an essay's title, a dot leader of `……` and its page number "
    "(`老码头……3`), and a last row for the afterword `后记……61` under the third part**; the contents are an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2034-04-26", "page": "6",
    "head": ["樟阳晚报　　2034年4月26日　星期三", "第6版　书香周刊　　责任编辑：计　莼"],
    "foot": ["樟阳晚报社　　读者热线：0796-8254310"],
    "furniture": ["樟阳晚报", "2034年4月26日", "星期三", "第6版", "书香周刊", "责任编辑：计　莼", "樟阳晚报·书香周刊",
                  "樟阳晚报社", "读者热线：0796-8254310"],
    "run": ["樟阳晚报·书香周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老船工八旬出书　写尽樟江码头旧事", "本报记者　臧　\U0002b5ae"],
         "title": "老船工八旬出书　写尽樟江码头旧事",
         "byline": ["本报记者　臧　\U0002b5ae", "臧　\U0002b5ae", "臧\U0002b5ae"],
         "captions": ["胡长庚在家中翻看新书样书。"], "credits": ["（本报记者　臧　\U0002b5ae　摄）"],
         "body": ["在樟江上撑了四十多年船的胡长庚，今年82岁。上周，他的第一本散文集《河埠旧事》由樟阳文艺出版社出版，"
                  "首印3000册。",
                  "全书收录散文36篇，写的是老码头、渡船和两岸的人家。胡长庚说，这些文章是他退休后{cap}用铅笔一笔一笔"
                  "写在作业本上的，前后写了九年。",
                  "责任编辑卢静怡说，书稿送来时是七个作业本，“老人家的字很工整，几乎不用改，我们只是帮他分了辑、起了"
                  "{run}书名。”"]},
        {"glued": True, "lines": ["《河埠旧事》目录（节选）"], "title": "《河埠旧事》目录（节选）",
         "body": [("h", "辑一　码头"),
                  ("row", "老码头……3"),
                  ("row", "挑夫……11"),
                  ("row", "夜渡……18"),
                  ("h", "辑二　船"),
                  ("row", "我的第一条船……27"),
                  ("row", "桐油……35"),
                  ("h", "辑三　人家"),
                  ("row", "剃头铺……44"),
                  ("row", "外婆的茶……52"),
                  ("row", "后记……61")]},
    ],
}

MENPIAO = {
    "name": "zht_big5_lf_taiwan_museum_page_art_museum_reopens_story_byline_caption_credit_running_head_midquote_glued_ticket_information_box_ticket_type_price_rows_bracketed_conditions_free_entry_row_free_sunday_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "竹嶼日報 2034-04-12 A9 藝文風景 (`中華民國123年4月12日`), Big5, LF; blank-line paragraphs, wrapped at 20. A "
    "Taiwan museum page: an invented county art museum reopens on Saturday after eighteen months of works, with a "
    "ceramics show and new ticket prices (title with a full-width gap, the byline line `記者柯品妤／竹嶼報導`, a "
    "caption and its credit inside a sentence, the director's 「」 quotation cut by the running head before "
    "`客廳。」`), then, with no blank line, the box `竹嶼美術館門票資訊`: **rows of a ticket type and its price, the "
    "conditions in brackets after the price (`優待票　80元（學生、65歲以上長者）`), a free-entry row naming who goes "
    "free, and a closing row for the free first Sunday**; the box is an article, its head the title, each printed row "
    "a paragraph.",
    "date": "2034-04-12", "page": "A9",
    "head": ["竹嶼日報　中華民國123年4月12日　星期三", "A9　藝文風景　　編輯：章筱涵"],
    "foot": ["竹嶼日報社　讀者服務專線：(03)962-5518"],
    "furniture": ["竹嶼日報", "中華民國123年4月12日", "星期三", "A9", "藝文風景", "編輯：章筱涵", "竹嶼日報．藝文風景",
                  "竹嶼日報社", "讀者服務專線：(03)962-5518"],
    "run": ["竹嶼日報．藝文風景"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["竹嶼美術館整修完工　週六重新開館", "記者柯品妤／竹嶼報導"], "title": "竹嶼美術館整修完工　週六重新開館",
         "byline": ["記者柯品妤／竹嶼報導", "柯品妤"],
         "captions": ["美術館新設的兒童展區。"], "credits": ["（記者柯品妤攝）"],
         "body": ["閉館整修一年半的竹嶼美術館，4月15日（週六）重新開館。館方表示，這次整修花費新臺幣1億2,000萬元，"
                  "更新了空調和照明，也新設兒童展區。",
                  "館長杜孟璋說，重新開館的首檔展覽是「海風與窯火」，展出本地陶藝家六十年來的{cap}作品約一百二十件，"
                  "展期到8月底。",
                  "他也說，門票在整修後略為調整，但仍保留每月一天免費參觀，「希望大家常常來，把美術館當成自己家的"
                  "{run}客廳。」"]},
        {"glued": True, "lines": ["竹嶼美術館門票資訊"], "title": "竹嶼美術館門票資訊",
         "body": [("row", "全票　150元"),
                  ("row", "優待票　80元（學生、65歲以上長者）"),
                  ("row", "團體票　120元（20人以上）"),
                  ("row", "免費：6歲以下兒童、身心障礙者及陪同者1人"),
                  ("row", "每月第一個星期日全館免費參觀")]},
    ],
}

RENCI = {
    "name": "zht_big5hkscs_crlf_hong_kong_museum_page_museum_attendance_up_story_cantonese_byline_caption_credit_running_head_midquote_glued_attendance_table_header_row_museum_count_signed_percent_change_rows_total_row_source_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鷗灣日報 2034-03-15 A10 文娛 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟 睇 諗 啲`; in neither cp950 nor Big5), "
    "CRLF; indent-only paragraphs, wrapped at 20. A Hong Kong museum page in Cantonese: an invented foundation's six "
    "museums draw 5.1 million visits last year, nearly a tenth more, though the art museum falls (title with a "
    "full-width gap, the byline line `記者　冼穎琳`, a caption and its credit inside a sentence, the foundation "
    "spokeswoman's 「」 quotation cut by the running head before `返嚟。」`), then, with no blank line, the table "
    "`海濱博物館基金轄下各館去年入場人次`: a header row `博物館　入場人次　按年變幅`, **six rows of a museum, its "
    "visits with thousands commas and a signed change (`海濱科技館　1,482,600　+15.2%`, `海濱藝術館　563,900　-6.5%`)**, "
    "a total row `合計　5,100,000　+9.1%` and a source row; the table is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2034-03-15", "page": "A10",
    "head": ["鷗灣日報　2034年3月15日　星期三", "A10　文娛　　編輯：岑家豪"],
    "foot": ["鷗灣日報社　　新聞熱線：2867 3094"],
    "furniture": ["鷗灣日報", "2034年3月15日", "星期三", "A10", "文娛", "編輯：岑家豪", "鷗灣日報．文娛", "鷗灣日報社",
                  "新聞熱線：2867 3094"],
    "run": ["鷗灣日報．文娛"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["博物館人次回升　科技館最旺場", "記者　冼穎琳"], "title": "博物館人次回升　科技館最旺場",
         "byline": ["記者　冼穎琳", "冼穎琳"],
         "captions": ["小朋友喺科技館睇恐龍骨。"], "credits": ["（冼穎琳攝）"],
         "body": ["海濱博物館基金轄下六間博物館去年入場人次回升，合共錄得五百一十萬人次，比前年多咗接近一成，"
                  "科技館繼續排第一。",
                  "基金發言人程樂怡話，去年幾個大型展覽都好受歡迎，特別係暑假嘅恐龍展，{cap}好多家長帶埋細路嚟，"
                  "排隊排到出門口。",
                  "不過藝術館人次就跌咗，佢話館方要諗吓點樣吸引後生，「唔係淨係擺啲畫喺度，要俾人有理由再"
                  "{run}返嚟。」"]},
        {"glued": True, "lines": ["海濱博物館基金轄下各館去年入場人次"], "title": "海濱博物館基金轄下各館去年入場人次",
         "body": [("row", "博物館　入場人次　按年變幅"),
                  ("row", "海濱科技館　1,482,600　+15.2%"),
                  ("row", "海濱歷史館　1,036,400　+8.7%"),
                  ("row", "海濱兒童館　985,300　+21.4%"),
                  ("row", "海濱海事館　702,800　+3.1%"),
                  ("row", "海濱藝術館　563,900　-6.5%"),
                  ("row", "海濱茶具館　329,000　-2.2%"),
                  ("row", "合計　5,100,000　+9.1%"),
                  ("row", "資料來源：海濱博物館基金")]},
    ],
}

FENCHANG = {
    "name": "zh_utf16le_bom_lf_theatre_page_new_play_premiere_story_byline_caption_credit_running_head_midquote_glued_scene_list_prologue_scene_epilogue_rows_place_and_time_of_each_scene_running_time_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "潆州晚报 2034-05-17 第7版 文艺周刊, **UTF-16 LE with BOM**, LF; blank-line paragraphs, wrapped at 22. A "
    "theatre page: the invented city's drama troupe premieres a new play about a ferryman's family in the war years "
    "on Saturday (title with a full-width gap, the byline line `本报记者　喻　菲`, a caption and its credit inside a "
    "sentence, the director's “” quotation cut by the running head before `脸上。”`), then, with no blank line, "
    "**the play's scene list `话剧《渡口》分场`: a prologue row, three scene rows and an epilogue row, each `scene　"
    "place　time` (`第一场　老秦家　1938年春`), and a running-time row `全剧约140分钟，中场休息15分钟。`**; the list is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2034-05-17", "page": "7",
    "head": ["潆州晚报　　2034年5月17日　星期三", "第7版　文艺周刊　　责任编辑：晏　澜"],
    "foot": ["潆州晚报社出版　　新闻热线：0739-4402718"],
    "furniture": ["潆州晚报", "2034年5月17日", "星期三", "第7版", "文艺周刊", "责任编辑：晏　澜", "潆州晚报·文艺周刊",
                  "潆州晚报社出版", "新闻热线：0739-4402718"],
    "run": ["潆州晚报·文艺周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["话剧《渡口》周六首演　讲述战火中的摆渡人", "本报记者　喻　菲"],
         "title": "话剧《渡口》周六首演　讲述战火中的摆渡人",
         "byline": ["本报记者　喻　菲", "喻　菲", "喻菲"],
         "captions": ["演员在排练厅联排。"], "credits": ["（本报记者　喻　菲　摄）"],
         "body": ["市话剧团新创大型话剧《渡口》将于5月20日（周六）晚在潆州大剧院首演，连演三场。",
                  "该剧以潆江边一个渡口为背景，讲述摆渡人老秦一家在抗战年间冒着炮火{cap}接送难民过江的故事，剧本三易"
                  "其稿，排练历时五个月。",
                  "导演殷志远说，舞台上搭了一条能在“江面”上移动的木船，“观众坐在台下，要能感觉到江风吹在{run}脸上。”"]},
        {"glued": True, "lines": ["话剧《渡口》分场"], "title": "话剧《渡口》分场",
         "body": [("row", "序幕　渡口　1937年冬"),
                  ("row", "第一场　老秦家　1938年春"),
                  ("row", "第二场　江心　1938年秋"),
                  ("row", "第三场　难民棚　1939年夏"),
                  ("row", "尾声　渡口　1945年秋"),
                  ("row", "全剧约140分钟，中场休息15分钟。")]},
    ],
}

KANWU = {
    "name": "zh_utf8_bom_lf_malaysia_books_page_novel_reprinted_with_cut_chapters_story_byline_yibao_xun_opener_caption_credit_running_head_midquote_glued_errata_table_header_row_page_line_wrong_right_rows_note_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "坤岸日报 (an invented Perak Chinese daily) 2034-06-07 第11版 文艺春秋, UTF-8 with BOM, LF; indent-only "
    "paragraphs, wrapped at 21. A Malaysian books page: a dead Ipoh writer's novel of the tin-mining years is "
    "reprinted with the two chapters cut in 1968 (title with a full-width gap, the byline line `记者　刘美仪`, the "
    "lead opened by `（怡保讯）`, a caption and its credit inside a sentence, the writer's daughter's “” quotation cut "
    "by the running head before `好。”`), then, with no blank line, **the reprint's errata `《锡埠风云》再版勘误`: a "
    "header row `页　行　误　正` and four rows of page, line, the misprint and the right reading (`203　2　琉琅　琉瑯`)**, "
    "and a note row; the errata are an article, its head the title, each printed row a paragraph.",
    "date": "2034-06-07", "page": "11",
    "head": ["坤岸日报　2034年6月7日　星期三", "第11版　文艺春秋　　编辑：邝慧玲"],
    "foot": ["坤岸日报社　　新闻热线：05-254 3716"],
    "furniture": ["坤岸日报", "2034年6月7日", "星期三", "第11版", "文艺春秋", "编辑：邝慧玲", "坤岸日报·文艺春秋",
                  "坤岸日报社", "新闻热线：05-254 3716"],
    "run": ["坤岸日报·文艺春秋"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["《锡埠风云》再版　补回删去两章", "记者　刘美仪"], "title": "《锡埠风云》再版　补回删去两章",
         "byline": ["记者　刘美仪", "刘美仪"],
         "captions": ["梁慧珠翻阅再版新书。"], "credits": ["（刘美仪摄）"],
         "body": ["（怡保讯）已故马华作家梁秋帆的长篇小说《锡埠风云》日前由本地出版社再版，书中写的是上世纪锡矿繁荣"
                  "年代的怡保。",
                  "梁秋帆的女儿梁慧珠说，这本书1968年初版时，出版社为了控制页数删去了两章，{cap}这次再版按父亲留下的"
                  "手稿补回，全书增加了约两万字。",
                  "她说，新书印好后才发现几处错字，出版社决定随书附上勘误表，“错了就认，总比装作没看见{run}好。”"]},
        {"glued": True, "lines": ["《锡埠风云》再版勘误"], "title": "《锡埠风云》再版勘误",
         "body": [("row", "页　行　误　正"),
                  ("row", "27　5　梁秋凡　梁秋帆"),
                  ("row", "112　14　1957年　1952年"),
                  ("row", "203　2　琉琅　琉瑯"),
                  ("row", "341　9　亚娇　阿娇"),
                  ("row", "注：行数以该页正文第一行起算。")]},
    ],
}

WEELO = {
    "name": "aa_cp1252_crlf_afar_music_page_singer_first_album_story_byline_dateline_caption_credit_running_head_midquote_glued_tracklist_numbered_title_duration_rows_aligned_by_spaces_durations_flush_right_total_time_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Qafar Xaagu (an invented Afar paper, Samara, Afar Region, Ethiopia) 2034-11-22 Sahfa 5 Weelo kee Aada, "
    "**cp1252** (`· – “ ”`), CRLF; blank-line paragraphs, wrapped at 39 with hyphenation. An Afar music page: a young "
    "singer puts out her first album, six songs recorded in a Samara studio (title over two lines, byline line "
    "`Xaafe: Maxammad Axmad`, the dateline `SAMARA –` opening the lead, a caption and its credit inside a sentence, "
    "her “” quotation cut by the running head before `kinni.”`), then, with no blank line, **the album's track list "
    "`Albumat tan weelo`: six numbered rows `1.  title  4:12` aligned by runs of spaces, the durations flush right, and "
    "a total-time row `Inkih  25:00`**; the list is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2034-11-22", "page": "5",
    "head": ["QAFAR XAAGU · Arbaca 22 Noofembar 2034 · Sahfa 5", "Weelo kee Aada · Muxarrir: Faaxima Cumar"],
    "foot": ["Qafar Xaagu · xaagu@qafarxaagu.example.et"],
    "furniture": ["QAFAR XAAGU", "Arbaca 22 Noofembar 2034", "Sahfa 5", "Weelo kee Aada", "Muxarrir: Faaxima Cumar",
                  "Qafar Xaagu · Weelo kee Aada", "Qafar Xaagu", "xaagu@qafarxaagu.example.et"],
    "run": ["Qafar Xaagu · Weelo kee Aada"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kadiija Cali sinni naharsi", "albuma Samarat yeyyeeqe", "Xaafe: Maxammad Axmad"],
         "title": "Kadiija Cali sinni naharsi albuma Samarat yeyyeeqe",
         "byline": ["Xaafe: Maxammad Axmad", "Maxammad Axmad"],
         "captions": ["Kadiija Cali studiyo addal."], "credits": ["Foto: Cabdu Yaasin"],
         "body": ["SAMARA – Qafar weeloytu Kadiija Cali, Kamiisi ayro sinni naharsi albuma ummat~tal yey~yee~qe. Albumat "
                  "leheyi weelo tan, inkih 25 daqiiqa.",
                  "Kadiija albuma Samara magaa~lal tan stu~diyo addal lammu alsa {cap}taamitte. Weeloy Awash gubal "
                  "tan ummat~taa kee baaxoh xii~nis~sa.",
                  "Kadiija iyye: “Ah weelo yi inaa kee yi abba weeloy. Yoo baritte weelo {run}kinni.”"]},
        {"glued": True, "lines": ["Albumat tan weelo"], "title": "Albumat tan weelo",
         "body": [("row", cells((4, 18, 5), "1.", "Samara", "4:12", right=True)),
                  ("row", cells((4, 18, 5), "2.", "Awash Gubal", "3:48", right=True)),
                  ("row", cells((4, 18, 5), "3.", "Yi Inaa", "5:05", right=True)),
                  ("row", cells((4, 18, 5), "4.", "Qaleh Ayro", "3:31", right=True)),
                  ("row", cells((4, 18, 5), "5.", "Saaku", "4:26", right=True)),
                  ("row", cells((4, 18, 5), "6.", "Gadda Weelo", "3:58", right=True)),
                  ("row", cells((22, 5), "Inkih", "25:00", right=True))]},
    ],
}

UDUUNNE = {
    "name": "sid_latin1_cr_sidamo_museum_page_household_objects_exhibition_story_byline_dateline_caption_credit_running_head_midquote_glued_lenders_list_header_row_name_village_count_rows_aligned_by_spaces_total_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Hawaasa Odoo (an invented Sidaamu Afoo paper, Hawassa, Sidama Region, Ethiopia) 2034-10-18 Qoola 4 Budunxe, "
    "ISO 8859-1 (`« » ·`; Latin-1 has no dash, so `HAWAASA -`), **CR** line ends; blank-line paragraphs, wrapped at "
    "36 with hyphenation. A Sidamo museum page: the town museum shows 146 old household objects lent by families of "
    "five villages for the new-year season (title over two lines, byline line `Borreessaancho: Dawit Handiso`, the "
    "dateline `HAWAASA -` opening the lead, a caption and its credit inside a sentence, the curator's «» quotation cut "
    "by the running head before `woroonsa.»`), then, with no blank line, **the lenders' list `Uduunne abbino manna`: a "
    "header row `Su'ma  Ganda  Kiiro`, five rows of a lender, the village and the number of objects lent, aligned by "
    "runs of spaces with the counts flush right, and a total row `Baala  146`**; the list is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2034-10-18", "page": "4",
    "head": ["HAWAASA ODOO · Rooba 18 Okotoobere 2034 · Qoola 4", "Budunxe · Qixxeessaancho: Tsehay Lemma"],
    "foot": ["Hawaasa Odoo · odoo@hawaasaodoo.example.et"],
    "furniture": ["HAWAASA ODOO", "Rooba 18 Okotoobere 2034", "Qoola 4", "Budunxe", "Qixxeessaancho: Tsehay Lemma",
                  "Hawaasa Odoo · Budunxe", "Hawaasa Odoo", "odoo@hawaasaodoo.example.et"],
    "run": ["Hawaasa Odoo · Budunxe"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Sidaamu uduunne Hawaasa", "mu'iziyeeminni leellitanno", "Borreessaancho: Dawit Handiso"],
         "title": "Sidaamu uduunne Hawaasa mu'iziyeeminni leellitanno",
         "byline": ["Borreessaancho: Dawit Handiso", "Dawit Handiso"],
         "captions": ["Uduunne mu'iziyeemi giddo."], "credits": ["Foto: Bekele Wole"],
         "body": ["HAWAASA - Fichchee ayaana daafira Hawaasa mu'iziyeemi Sidaamu mannu gedeinni uduunne "
                  "leel~lish~shanno. Leellishshu Kamisa barira hanafe, sase agana turanno.",
                  "Mu'iziyeemi gashshaancho Almaz Dukale kuleem~manni, leellishshu giddo noo 146 uduunne konturi "
                  "{cap}gandoonni manni abbinoho. Manni uduunne baalanka ayaanahossi aa'ite.",
                  "Almaz togo yitino: «Uduunne mu'iziyee~mira'nni ka'e mannara hig~gi~tanno, kuni manna "
                  "{run}woroonsa.»"]},
        {"glued": True, "lines": ["Uduunne abbino manna"], "title": "Uduunne abbino manna",
         "body": [("row", cells((17, 12), "Su'ma", "Ganda", "Kiiro")),
                  ("row", cells((17, 12, 5), "Lemma Bunkure", "Yirgalem", "31", right=True)),
                  ("row", cells((17, 12, 5), "Tigist Abbiye", "Aleta Wendo", "28", right=True)),
                  ("row", cells((17, 12, 5), "Hanna Sodicho", "Bensa", "35", right=True)),
                  ("row", cells((17, 12, 5), "Wondimu Gudura", "Dale", "22", right=True)),
                  ("row", cells((17, 12, 5), "Ayele Koyra", "Hula", "30", right=True)),
                  ("row", cells((29, 5), "Baala", "146", right=True))]},
    ],
}

SPEULDAOGEN = {
    "name": "drt_macroman_lf_drents_theatre_page_village_play_in_a_barn_story_byline_dateline_caption_credit_running_head_midquote_indent_only_glued_performance_dates_list_weekday_date_status_rows_aligned_by_spaces_start_and_price_row",
    "encoding": "mac-roman", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "  ", "blank": False,
    "note": "De Esbode (an invented Drents weekly, Drenthe, the Netherlands) 2034-07-05 Ziede 7 Uutgaon, Mac OS Roman "
    "(`ö ë ’ – “ ” €`), LF; **indent-only paragraphs (two spaces), the set's one Latin page without blank lines**, "
    "wrapped at 38 with hyphenation. A Drents theatre page: a village drama club plays a play its director wrote in "
    "Drents in a big farm barn, and the first two nights are sold out (title over two lines, byline line `Deur Harm "
    "Lubbers`, the dateline `ORVELTE –` opening the lead, a caption and its credit inside a sentence, the director's "
    "“” quotation cut by the running head before `was.”`), then, with no blank line, **the dates list `Speuldaogen "
    "’t Veenwief`: five rows of a weekday, a date and the state of the tickets (`vr 7 juli  uutverkocht`, `vr 14 juli  "
    "nog kaorten`), aligned by runs of spaces, and a row giving the start and the price**; the list is an article, its "
    "head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2034-07-05", "page": "7",
    "head": ["DE ESBODE – woensdag 5 juli 2034 – Ziede 7", "Uutgaon – Redactie: Geesje Kuiper"],
    "foot": ["De Esbode – redactie@esbode.example.nl"],
    "furniture": ["DE ESBODE", "woensdag 5 juli 2034", "Ziede 7", "Uutgaon", "Redactie: Geesje Kuiper",
                  "De Esbode – Uutgaon", "De Esbode", "redactie@esbode.example.nl"],
    "run": ["De Esbode – Uutgaon"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Toneelkloeb speult ’t Veenwief", "in de schure van Orvelte", "Deur Harm Lubbers"],
         "title": "Toneelkloeb speult ’t Veenwief in de schure van Orvelte",
         "byline": ["Deur Harm Lubbers", "Harm Lubbers"],
         "captions": ["De speulers bij de repetitie."], "credits": ["Foto: Aaltje Meijer"],
         "body": ["ORVELTE – Toneelkloeb De Brink uut Orvelte speult disse zummer ’t Veenwief, een olde vertelling "
                  "over een wief dat allennig in ’t veen woont. De speulers staot in een grote boeren~schure midden "
                  "in ’t dörp.",
                  "Regisseur Jantien Wever hef ’t stok zels in ’t Drents schreven. Ze het twaalf speulers; de "
                  "jongste is negen en de oldste {cap}achtenzeuventig. Ze repeteert al sinds jannewaori twee "
                  "aovends in de weke.",
                  "Veur de eerste twee aovends bin alle kaorten al vot. Wever: “Dat hadden wij nooit docht. De "
                  "meensen willen blieks geern heuren hoe ’t hier vrogger {run}was.”"]},
        {"glued": True, "lines": ["Speuldaogen ’t Veenwief"], "title": "Speuldaogen ’t Veenwief",
         "body": [("row", cells((14,), "vr 7 juli", "uutverkocht")),
                  ("row", cells((14,), "za 8 juli", "uutverkocht")),
                  ("row", cells((14,), "vr 14 juli", "nog kaorten")),
                  ("row", cells((14,), "za 15 juli", "nog kaorten")),
                  ("row", cells((14,), "vr 21 juli", "nog kaorten")),
                  ("row", "Begin 20.30 uur, kaorten € 15")]},
    ],
}

VUELIE = {
    "name": "sma_utf16be_bom_crlf_southern_sami_music_page_joik_festival_story_byline_dateline_caption_credit_running_head_midquote_glued_next_evening_running_order_time_performer_rows_aligned_by_spaces_ticket_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Saemien Biejjie (an invented Southern Sami weekly, Snåase/Snåsa, Norway) 2034-09-13 Bielie 4 Kultuvre, "
    "**UTF-16 BE with BOM** (`å ï æ ø · – “ ”`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A "
    "Southern Sami music page: a new joik festival's first Saturday draws many young people (title over two lines, "
    "byline line `Tjaelije: Elle Danielsen`, the dateline `SNÅASE –` opening the lead, a caption and its credit "
    "inside a sentence, an old joiker's “” quotation cut by the running head before `jeala.”`), then, with no blank "
    "line, **the running order of the festival's second Saturday `Mubpie laavvoedahke, 16.9.`: four rows of a start "
    "time and a performer aligned by runs of spaces (`18.00   Sara Bientie`), and a ticket row**; the running order is "
    "an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2034-09-13", "page": "4",
    "head": ["SAEMIEN BIEJJIE · gaskevahkoe 13.09.2034 · Bielie 4", "Kultuvre · Redaktööre: Ingrid Jåma"],
    "foot": ["Saemien Biejjie · saemien@biejjie.example.no"],
    "furniture": ["SAEMIEN BIEJJIE", "gaskevahkoe 13.09.2034", "Bielie 4", "Kultuvre", "Redaktööre: Ingrid Jåma",
                  "Saemien Biejjie · Kultuvre", "Saemien Biejjie", "saemien@biejjie.example.no"],
    "run": ["Saemien Biejjie · Kultuvre"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Jïjnjh noere almetjh", "vueliefestivaalesne", "Tjaelije: Elle Danielsen"],
         "title": "Jïjnjh noere almetjh vueliefestivaalesne",
         "byline": ["Tjaelije: Elle Danielsen", "Elle Danielsen"],
         "captions": ["Nils Bientie vuelieminie."], "credits": ["Guvvie: Kari Toven"],
         "body": ["SNÅASE – Jïjnjh almetjh bööti laavvoedahken Snåasan, dan voestes vueliefestivaalese. Govhte "
                  "vuelie~tjæjjah lin dåeniesne, jïh gåetie lij dievie.",
                  "Festivaalen åejvie, Sara Bientie, jeehti jïjnjh noere almetjh lin {cap}dïsnie. Dah sïjhtieh "
                  "vuelieh lïeredh jïh jïjtjh orre vuelieh darjodh.",
                  "Nils Bientie, 82 jaepieh, jeehti: “Manne lim dam aajhtoem vuajneme. Daelie vuelie vihth "
                  "{run}jeala.”"]},
        {"glued": True, "lines": ["Mubpie laavvoedahke, 16.9."], "title": "Mubpie laavvoedahke, 16.9.",
         "body": [("row", cells((8,), "18.00", "Sara Bientie")),
                  ("row", cells((8,), "18.45", "Noere vuelietjæjjah")),
                  ("row", cells((8,), "19.30", "Nils Bientie")),
                  ("row", cells((8,), "20.30", "Snåasen kåre")),
                  ("row", "Billedth: 200 kr")]},
    ],
}

PAGES = [PIAOFANG, MULU, MENPIAO, RENCI, FENCHANG, KANWU, WEELO, UDUUNNE, SPEULDAOGEN, VUELIE]
