"""The text of every holdout112 page, written once: make_holdout112_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-111 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold (a notice's issuer, who signs it, or an answerer's line: the byline). `"runin": sep` runs a
brief's title into its first paragraph. `{cap}` drops the caption and its credit into a paragraph, `{run}` the
running head; `~` marks where a Latin word may be split at a line end. The Latin table rows are padded to their
columns by `counts()` (holdout98's `aligned()` turned to set the counts flush right), so the printed spacing is reproducible. All
papers, zoos, animals, shelters, clinics, associations, offices, people, fees, counts, telephone numbers and events
are invented; real places (towns, districts, parks, wetlands, streets) are settings only.
"""


def counts(name, this, last):
    """A Latin species row whose two counts are set flush right in columns of five (the gold keeps one space)."""
    return name.ljust(14) + this.rjust(5) + last.rjust(6)


CHANGJINGLU = {
    "name": "zh_gbk_crlf_zoo_page_giraffe_calf_born_story_kicker_title_byline_caption_credit_running_head_midsentence_glued_dang_an_fact_box_labelled_lines_two_fields_on_one_line_latin_binomial_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "岑川日报 2031-04-09 第6版 自然周刊, GBK, CRLF; blank-line paragraphs, wrapped at 22. A zoo page: the "
    "invented city zoo's first giraffe calf born in the city (the kicker `长颈鹿家族再添新丁` over the title, the byline "
    "line `本报记者　乔　岚`, a caption and its credit inside a sentence, the running head before the last word "
    "`看到。`), then, with no blank line under its last line, the fact box `长颈鹿“小樱”档案`: labelled lines, **the "
    "first the trinomial in Latin letters `学名：Giraffa camelopardalis reticulata`, three of them holding two "
    "labelled fields parted by a full-width space (`出生：…　性别：雌`, `身高：…　体重：…`, `父亲：…　母亲：…`)**, then "
    "a food line and a first-showing line; the box is an article, its head the title, each printed line a paragraph, "
    "labels kept.",
    "date": "2031-04-09", "page": "6",
    "head": ["岑川日报　　2031年4月9日　星期三", "第6版　自然周刊　　责任编辑：戚　蔓"],
    "foot": ["岑川日报社出版　　新闻热线：0736-4471825"],
    "furniture": ["岑川日报", "2031年4月9日", "星期三", "第6版", "自然周刊", "责任编辑：戚　蔓", "岑川日报·自然周刊",
                  "岑川日报社出版", "新闻热线：0736-4471825"],
    "run": ["岑川日报·自然周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["长颈鹿家族再添新丁", "岑川动物园迎来首只本地出生的长颈鹿", "本报记者　乔　岚"],
         "kicker": ["长颈鹿家族再添新丁", None], "title": "岑川动物园迎来首只本地出生的长颈鹿",
         "byline": ["本报记者　乔　岚", "乔　岚", "乔岚"],
         "captions": ["长颈鹿幼崽“小樱”在妈妈身边学步。"], "credits": ["本报记者　乔　岚　摄"],
         "body": ["记者昨天从岑川动物园获悉，4月2日凌晨，园内的网纹长颈鹿“朵朵”顺利产下一只雌性幼崽。这是长颈鹿"
                  "落户岑川十年来，第一次在本地繁殖成功。",
                  "饲养员邵海波说，幼崽出生时身高约1.8米，体重62公斤，{cap}落地不到一个小时就站了起来，当天下午"
                  "便开始吃奶。",
                  "动物园给这只幼崽取名“小樱”。目前母女俩住在长颈鹿馆的室内产房，由饲养员和兽医二十四小时轮流"
                  "看护。",
                  "园方表示，幼崽要等满月、身体状况稳定后才和游客见面，预计“五一”假期前后就能在户外运动场"
                  "{run}看到。"]},
        {"glued": True, "lines": ["长颈鹿“小樱”档案"], "title": "长颈鹿“小樱”档案",
         "body": [("row", "学名：Giraffa camelopardalis reticulata"),
                  ("row", "出生：2031年4月2日凌晨3时　性别：雌"),
                  ("row", "身高：约1.8米　体重：62公斤"),
                  ("row", "父亲：高高（12岁）　母亲：朵朵（9岁）"),
                  ("row", "食物：母乳，满月后加喂树叶和苜蓿"),
                  ("row", "亮相：预计5月初，以园方公告为准")]},
    ],
}

SHUINIAO = {
    "name": "zh_gb18030_lf_wetland_page_wintering_waterbird_census_story_byline_rare_char_caption_credit_running_head_midquote_glued_niaozhong_table_header_species_this_winter_last_winter_rows_star_marked_cells_note_row_source_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "泖江晚报 2031-01-22 第8版 绿色生活, GB18030 (`\U0002ccf6` U+2CCF6 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A wetland page: the winter's waterbird count on the invented 泖湖 finds "
    "the most birds in five years (title, byline line, a caption and its credit inside a sentence, the forestry "
    "officer's “” quotation cut by the running head before `恢复。”`), then, with no blank line, the table "
    "`泖湖越冬水鸟主要种类数量`: a header row `鸟种　今冬　去冬`, five species rows of two counts (thousands with "
    "commas, one `0`), **two species cells marked with a star `★` that a note row `注：★为…` explains**, and a "
    "source row; the table is an article, its head the title, each printed line a paragraph, the star kept, the "
    "source row last.",
    "date": "2031-01-22", "page": "8",
    "head": ["泖江晚报　　2031年1月22日　星期三", "第8版　绿色生活　　责任编辑：甘　雯"],
    "foot": ["泖江晚报社　　新闻热线：0573-6620914"],
    "furniture": ["泖江晚报", "2031年1月22日", "星期三", "第8版", "绿色生活", "责任编辑：甘　雯", "泖江晚报·绿色生活",
                  "泖江晚报社", "新闻热线：0573-6620914"],
    "run": ["泖江晚报·绿色生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["泖湖越冬水鸟数量创五年新高", "本报记者　应　\U0002ccf6"], "title": "泖湖越冬水鸟数量创五年新高",
         "byline": ["本报记者　应　\U0002ccf6", "应　\U0002ccf6", "应\U0002ccf6"],
         "captions": ["成群的小天鹅在泖湖浅滩觅食。"], "credits": ["本报记者　应　\U0002ccf6　摄"],
         "body": ["记者昨天从市林业局获悉，今冬泖湖湿地越冬水鸟同步调查共记录到水鸟52种、18,642只，比去冬增加约"
                  "17%，是五年来最多的一次。",
                  "这次调查由市林业局组织，三十多名观鸟志愿者和湿地保护站的工作人员分成八个小组，{cap}在同一天上午"
                  "沿湖岸同时计数。",
                  "市林业局野生动物保护科科长骆文涛说，小天鹅和白琵鹭明显增多，国家一级重点保护野生动物青头潜鸭"
                  "今年首次在泖湖被记录到。“退渔还湖以后，湿地的环境正在一点点{run}恢复。”"]},
        {"glued": True, "lines": ["泖湖越冬水鸟主要种类数量"], "title": "泖湖越冬水鸟主要种类数量",
         "body": [("row", "鸟种　今冬　去冬"),
                  ("row", "鸿雁　2,105　2,460"),
                  ("row", "小天鹅　1,846　1,210"),
                  ("row", "白琵鹭　326　287"),
                  ("row", "东方白鹳★　58　41"),
                  ("row", "青头潜鸭★　12　0"),
                  ("row", "注：★为国家一级重点保护野生动物。"),
                  ("row", "数据来源：泖江市林业局")]},
    ],
}

KUANGQUANBING = {
    "name": "zht_big5_crlf_taiwan_county_page_rabies_vaccination_tour_story_byline_line_caption_credit_running_head_midquote_glued_xunhui_zhushe_schedule_header_township_place_dates_hours_rows_two_dates_in_one_cell_note_row_contact_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "苓溪日報 2031-03-05 B2 鄉親園地 (`中華民國120年3月5日`), Big5, CRLF; indent-only paragraphs, wrapped at 21. "
    "A Taiwan county page: the invented county's animal disease control office starts its yearly rabies "
    "vaccination tour of the townships on Saturday the 8th (title, the byline line `記者邱郁雯／苓溪報導`, a caption "
    "and its credit inside a sentence, a vet's 「」 quotation cut by the running head before `毛孩。」`), then, with "
    "no blank line, the schedule `狂犬病疫苗巡迴注射日程`: a header row `鄉鎮　地點　日期　時間`, four township rows "
    "of place, dates in slash form and hours, **two of the date cells holding two days parted by `、` "
    "(`3/8、3/9`)**, a `註：` row and a contact row with the office's number; the schedule is an article, its head "
    "the title, each printed line a paragraph.",
    "date": "2031-03-05", "page": "B2",
    "head": ["苓溪日報　中華民國120年3月5日　星期三", "B2　鄉親園地　　編輯：游淑貞"],
    "foot": ["苓溪日報社　讀者服務專線：(05)532-7716"],
    "furniture": ["苓溪日報", "中華民國120年3月5日", "星期三", "B2", "鄉親園地", "編輯：游淑貞", "苓溪日報．鄉親園地",
                  "苓溪日報社", "讀者服務專線：(05)532-7716"],
    "run": ["苓溪日報．鄉親園地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["狂犬病疫苗巡迴注射　8日起跑", "記者邱郁雯／苓溪報導"], "title": "狂犬病疫苗巡迴注射　8日起跑",
         "byline": ["記者邱郁雯／苓溪報導", "邱郁雯"],
         "captions": ["獸醫師為家犬施打狂犬病疫苗。"], "credits": ["（記者邱郁雯攝）"],
         "body": ["苓溪縣動物防疫所將從8日起，到全縣各鄉鎮展開今年第一梯次的狂犬病疫苗巡迴注射，每劑收費100元，"
                  "飼主也可以現場幫寵物植入晶片、辦理登記。",
                  "防疫所指出，家中飼養的犬貓每年都要施打一劑狂犬病疫苗，{cap}去年全縣的注射率只有六成左右，今年"
                  "希望提高到七成以上。",
                  "防疫所獸醫師詹明哲提醒，帶狗出門要繫好牽繩，貓咪最好裝在外出籠裡，「現場狗多，容易緊張打架，"
                  "飼主一定要顧好自己的{run}毛孩。」"]},
        {"glued": True, "lines": ["狂犬病疫苗巡迴注射日程"], "title": "狂犬病疫苗巡迴注射日程",
         "body": [("row", "鄉鎮　地點　日期　時間"),
                  ("row", "苓溪市　中山公園　3/8、3/9　8:30—11:30"),
                  ("row", "竹圍鄉　農會廣場　3/10　8:30—11:00"),
                  ("row", "後湖鄉　活動中心　3/11、3/12　14:00—16:30"),
                  ("row", "石港鄉　國小操場　3/13　8:30—11:00"),
                  ("row", "註：雨天照常舉行，每劑100元。"),
                  ("row", "洽詢：動物防疫所(05)523-6871")]},
    ],
}

XUNMAO = {
    "name": "zht_big5hkscs_lf_hong_kong_community_page_lost_pets_after_typhoon_story_cantonese_byline_caption_credit_running_head_midquote_glued_xunmao_qishi_lost_cat_notice_paragraph_labelled_rows_owner_phone_row_reward_line",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "灣澄日報 2031-08-20 A11 街坊動態 (an invented Hong Kong daily), Big5-HKSCS (`嘅 喺 咗 嗰 佢 啲 搵`; in neither "
    "cp950 nor Big5), LF; blank-line paragraphs, wrapped at 20. A Hong Kong community page in Cantonese: animal "
    "groups get twice as many calls about lost pets after a No. 8 typhoon signal (title, the byline line "
    "`記者　麥穎彤`, a caption and its credit inside a sentence, a volunteer's 「」 quotation cut by the running head "
    "before `主人。」`), then, with no blank line, an owner's notice `尋貓啟事`: a Cantonese paragraph, four labelled "
    "rows (name, breed, marks, place lost), **the owner's row `聯絡：陳小姐　6132 4857` and an unlabelled reward "
    "line `如有發現，必有重酬。` under it**; the notice is an article, its head the title, each printed row a "
    "paragraph, no byline (the owner's name accepted).",
    "date": "2031-08-20", "page": "A11",
    "head": ["灣澄日報　2031年8月20日　星期三", "A11　街坊動態　　編輯：岑凱欣"],
    "foot": ["灣澄日報社　　讀者熱線：2761 3048"],
    "furniture": ["灣澄日報", "2031年8月20日", "星期三", "A11", "街坊動態", "編輯：岑凱欣", "灣澄日報．街坊動態",
                  "灣澄日報社", "讀者熱線：2761 3048"],
    "run": ["灣澄日報．街坊動態"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["颱風過後　走失寵物求助急增", "記者　麥穎彤"], "title": "颱風過後　走失寵物求助急增",
         "byline": ["記者　麥穎彤", "麥穎彤"],
         "captions": ["義工喺大角咀街頭張貼尋貓街招。"], "credits": ["（麥穎彤攝）"],
         "body": ["八號風球上星期除咗之後，動物團體收到嘅走失寵物求助多咗一倍，單係大角咀同旺角一帶就有十幾宗。",
                  "護毛會義工蘇嘉敏話，打風嗰陣有啲主人開窗透氣，{cap}貓仔受驚就由窗口走咗出去，有幾隻到而家仲未"
                  "搵返。",
                  "佢提醒主人要幫寵物植入晶片，同埋喺窗口裝好防貓網，「晶片入面有主人資料，就算走失咗，獸醫都可以"
                  "即刻搵到{run}主人。」"]},
        {"glued": True, "lines": ["尋貓啟事"], "title": "尋貓啟事", "byline": [None, "陳小姐"],
         "body": ["本人愛貓「豆豉」於8月13日晚上喺大角咀住所走失，至今未返，一家人好擔心，懇請街坊留意。",
                  ("row", "名字：豆豉（公，3歲）"),
                  ("row", "品種：英國短毛貓"),
                  ("row", "特徵：全身灰色，戴紅色頸圈"),
                  ("row", "走失地點：大角咀福全街一帶"),
                  ("row", "聯絡：陳小姐　6132 4857"),
                  ("row", "如有發現，必有重酬。")]},
    ],
}

YANGQUAN = {
    "name": "zh_utf16le_bom_crlf_city_page_dog_licence_and_yearly_check_story_byline_caption_credit_running_head_midquote_glued_yangquan_dengji_tonggao_numbered_heads_fees_table_header_item_fee_deadline_rows_under_first_head_issuer_date_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "沂陵日报 2031-02-26 第4版 城事, UTF-16 LE with BOM, CRLF; blank-line paragraphs, wrapped at 22. A city "
    "page: dog registration and the yearly check open on 1 March and can now be done on a phone (title, the byline "
    "line `本报记者　庞　越`, a caption and its credit inside a sentence, a police officer's “” quotation cut by the "
    "running head before `审核的。”`), then, with no blank line, the city police bureau's notice `关于做好2031年度"
    "养犬登记和年检工作的通告`: an introductory paragraph, **the numbered head `一、收费标准` over a fees table (a header "
    "row `项目　收费　办理期限` and four rows of item, fee and deadline, one fee `免收`), the numbered head "
    "`二、办理方式` over a paragraph**, `特此通告。`, the issuer's line (the byline, none accepted) and the date row; "
    "the numbered heads are headings, each printed table row a paragraph.",
    "date": "2031-02-26", "page": "4",
    "head": ["沂陵日报　　2031年2月26日　星期三", "第4版　城事　　责任编辑：荀　芸"],
    "foot": ["沂陵日报社出版　　新闻热线：0539-7715260"],
    "furniture": ["沂陵日报", "2031年2月26日", "星期三", "第4版", "城事", "责任编辑：荀　芸", "沂陵日报·城事",
                  "沂陵日报社出版", "新闻热线：0539-7715260"],
    "run": ["沂陵日报·城事"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["养犬登记年检3月1日开办　今年起可网上办理", "本报记者　庞　越"],
         "title": "养犬登记年检3月1日开办　今年起可网上办理", "byline": ["本报记者　庞　越", "庞　越", "庞越"],
         "captions": ["市民带着宠物犬在派出所办理年检。"], "credits": ["本报记者　庞　越　摄"],
         "body": ["记者昨天从市公安局获悉，2031年度养犬登记和年检工作将于3月1日开始，到6月30日结束。今年起，市民"
                  "可以在手机上办理年检，不必再跑派出所。",
                  "市公安局治安支队民警介绍，去年全市登记在册的犬只有4.2万只，{cap}但仍有不少犬只没有登记，遛狗不"
                  "牵绳、犬只伤人的投诉也时有发生。",
                  "民警提醒，办理登记前须先给犬只接种狂犬病疫苗，“没有有效的免疫证明，系统是通不过{run}审核的。”"]},
        {"glued": True, "lines": ["关于做好2031年度养犬登记和年检工作的通告"],
         "title": "关于做好2031年度养犬登记和年检工作的通告",
         "byline": ["沂陵市公安局", None],
         "body": ["为加强养犬管理，保障市民人身安全，根据《沂陵市养犬管理条例》，现将2031年度养犬登记和年检有关"
                  "事项通告如下：",
                  ("h", "一、收费标准"),
                  ("row", "项目　收费　办理期限"),
                  ("row", "首次登记　200元　取得犬只之日起30日内"),
                  ("row", "年度检验　100元　3月1日至6月30日"),
                  ("row", "补办犬牌　20元　随时办理"),
                  ("row", "导盲犬、扶助犬　免收　随时办理"),
                  ("h", "二、办理方式"),
                  "市民可携带犬只免疫证明到户籍所在地派出所办理，也可以通过“沂陵警务”小程序在网上办理年检。逾期"
                  "未办理的，依照条例予以处罚。",
                  "特此通告。",
                  ("end", "沂陵市公安局"),
                  ("row", "2031年2月24日")]},
    ],
}

SHOUYI = {
    "name": "zh_utf8_bom_lf_malaysia_pets_page_rainy_season_skin_disease_story_baodao_byline_caption_credit_running_head_midquote_glued_maohai_zhenliaoshi_qa_label_head_question_signed_clinic_then_vet_line_answer_two_follow_ons",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "南岸日报 (an invented Malaysian Chinese daily, Penang) 2031-11-19 C5 乐活, UTF-8 with BOM, LF; blank-line "
    "paragraphs, wrapped at 21. A Malaysian pets page: the north-east monsoon's rain brings a third more cats and "
    "dogs to Penang's vets with skin disease (title, the byline line `报道：杨慧琳`, a caption and its credit inside a "
    "sentence, a groomer's “” quotation cut by the running head before `发痒。”`), then, with no blank line, the vet's "
    "Q&A column: the label `毛孩诊疗室` (the section; kicker or none accepted), its head, a `问：` question signed at "
    "its end `（大山脚　陈女士）`, **the vet's line `北海宠物诊所　林伟强兽医`, the clinic first, then the name with "
    "the title `兽医` after it** (the byline; without the clinic, and the name alone, accepted), and the answer "
    "`答：…` with two unlabelled follow-ons; each turn a paragraph, labels and signature kept.",
    "date": "2031-11-19", "page": "C5",
    "head": ["南岸日报　2031年11月19日　星期三", "C5　乐活　　编辑：邝慧雯"],
    "foot": ["南岸日报社　　新闻热线：04-2267 3190"],
    "furniture": ["南岸日报", "2031年11月19日", "星期三", "C5", "乐活", "编辑：邝慧雯", "南岸日报·乐活",
                  "南岸日报社", "新闻热线：04-2267 3190"],
    "run": ["南岸日报·乐活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["雨季来临　宠物皮肤病求诊增三成", "报道：杨慧琳"], "title": "雨季来临　宠物皮肤病求诊增三成",
         "byline": ["报道：杨慧琳", "杨慧琳"],
         "captions": ["兽医为一只贵宾犬检查皮肤。"], "credits": ["（杨慧琳摄）"],
         "body": ["东北季候风带来连日大雨，槟城和威省多家宠物诊所表示，这个月因皮肤病求诊的猫狗比平时多了三成。",
                  "北海一家宠物诊所的兽医说，天气潮湿，毛发不容易干透，{cap}细菌和真菌就在皮肤上繁殖，长毛犬和老年"
                  "犬特别容易中招。",
                  "在大山脚开宠物美容店的黄秋萍说，洗澡后一定要把毛彻底吹干，“很多主人以为擦一擦就好，其实毛根还是"
                  "湿的，过几天狗狗就开始{run}发痒。”"]},
        {"glued": True, "lines": ["毛孩诊疗室", "狗狗一直抓耳朵怎么办？"],
         "section": ["毛孩诊疗室", None], "kicker": [None, "毛孩诊疗室"], "title": "狗狗一直抓耳朵怎么办？",
         "byline": ["北海宠物诊所　林伟强兽医", "林伟强兽医", "林伟强"],
         "body": ["问：我家的西施犬最近常常抓耳朵，还会甩头，耳朵里有一股怪味。请问它是不是生病了？该怎样处理？"
                  "（大山脚　陈女士）",
                  ("end", "北海宠物诊所　林伟强兽医"),
                  "答：抓耳朵、甩头、有异味，很可能是外耳炎。西施犬的耳朵下垂，耳道里毛多，雨季特别容易发炎。",
                  "建议尽快带狗狗看兽医，先检查耳道里是细菌、真菌还是耳螨，再对症用药。千万不要自己用棉花棒往里"
                  "挖，以免把分泌物推得更深。",
                  "平时洗澡时可以用棉球塞住耳朵，洗完后用干净的纱布把耳朵外侧擦干。"]},
    ],
}

BAWULE = {
    "name": "bm_utf16be_bom_lf_bambara_wildlife_page_poaching_in_the_baoule_bush_story_byline_dateline_caption_credit_running_head_midquote_glued_ladonniya_forest_office_notice_intro_five_numbered_banned_acts_penalty_issuer_name_post_place_date_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Jolibaw Kunnafoni (an invented Bambara daily, Bamako, Mali) 2031-09-17 Ɲɛ 5 Dugukolo, UTF-16 BE "
    "with BOM (`ɛ ɔ ɲ Ɲ ŋ · – “ ”`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Bambara wildlife "
    "page: the invented bush-and-animals protection office finds 23 carcasses of hunted animals in the Baoulé bush "
    "(title over two lines, byline line `Musa Tarawele fɛ`, the dateline `KITA –` opening the lead, a caption and "
    "its credit inside a sentence, the office head's “” quotation cut by the running head before `kɔnɔ.”`), then, "
    "with no blank line, the office's notice `Ladɔnniya: Bawule kungo lakanali`: an introductory paragraph, **five "
    "banned acts numbered `1.` to `5.`, each a paragraph with its number kept**, a penalty paragraph, the issuer's "
    "line `Bakari Kulibali, Baarada ɲɛmaa` (name, then post after a comma: the byline, the name alone accepted) "
    "and a place-and-date row `Kita, 2031 sɛtanburukalo tile 15`.",
    "date": "2031-09-17", "page": "5",
    "head": ["JOLIBAW KUNNAFONI | Araba, sɛtanburukalo tile 17, 2031 | Ɲɛ 5",
             "Dugukolo | Sɛbɛnnikuntigi: Awa Keyita"],
    "foot": ["Jolibaw Kunnafoni | kunnafoni@jolibaw.example.ml"],
    "furniture": ["JOLIBAW KUNNAFONI", "Araba, sɛtanburukalo tile 17, 2031", "Ɲɛ 5", "Dugukolo",
                  "Sɛbɛnnikuntigi: Awa Keyita", "Jolibaw Kunnafoni | Dugukolo", "Jolibaw Kunnafoni",
                  "kunnafoni@jolibaw.example.ml"],
    "run": ["Jolibaw Kunnafoni | Dugukolo"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Donsow ye sogo caman faga", "Bawule kungo kɔnɔ", "Musa Tarawele fɛ"],
         "title": "Donsow ye sogo caman faga Bawule kungo kɔnɔ", "byline": ["Musa Tarawele fɛ", "Musa Tarawele"],
         "captions": ["Baarada ka baarakɛlaw bɛ kungo lajɛ."], "credits": ["Ja: Seyidu Konate"],
         "body": ["KITA – Kungo ni Sogow Lakanali Baarada ko donso dɔw ye sogo caman faga Bawule kungo kɔnɔ san "
                  "in na. Baarada ka baara~kɛlaw ye sogo su 23 sɔrɔ kungo kɔnɔ zuluyekalo ni uti~kalo la.",
                  "Baarada ɲɛmaa Bakari Kulibali ko donsow bɛ marifaw ni jɔw {cap}kɛ ka sogow minɛ, ani cikɛlaw "
                  "fana bɛ tasuma don kungo la walasa ka foro kuraw sɔrɔ.",
                  "A ko: “Ni an ma kungo lakana bi, sini an denw tɛna sogo si ye Bawule kungo {run}kɔnɔ.”"]},
        {"glued": True, "lines": ["Ladɔnniya: Bawule kungo lakanali"], "title": "Ladɔnniya: Bawule kungo lakanali",
         "byline": ["Bakari Kulibali, Baarada ɲɛmaa", "Bakari Kulibali"],
         "body": ["Kungo ni Sogow Lakanali Baarada b'a fɔ bɛɛ ye ko fɛn ninnu balilen don Bawule kungo kɔnɔ:",
                  "1. Ka sogo faga walima ka sogo minɛ.",
                  "2. Ka don kungo kɔnɔ ni marifa ye, walima ka jɔ ni baga bila yen.",
                  "3. Ka tasuma don kungo la.",
                  "4. Ka jiriw walima jiribolow tigɛ.",
                  "5. Ka misiw, sagaw ni bakaw gɛn ka don kungo kɔnɔ.",
                  "Mɔgɔ o mɔgɔ ye nin sariyaw tiɲɛ, o bɛna bila kiri la, a bɛna wari sara fana.",
                  ("end", "Bakari Kulibali, Baarada ɲɛmaa"),
                  ("row", "Kita, 2031 sɛtanburukalo tile 15")]},
    ],
}

DIERHEIM = {
    "name": "vmf_latin1_lf_east_franconian_animals_page_shelter_full_after_holidays_story_byline_dateline_caption_credit_running_head_midquote_guillemets_glued_dierisch_korz_animal_briefs_label_two_headed_items_then_one_run_in",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Der Maabodd (an invented East Franconian daily, Kitzingen, Lower Franconia) 2031-08-27 Seidn 9 "
    "Viechereien, ISO 8859-1 (`ä ö ü ß · » «`, no dash: Latin-1 has none), LF; blank-line paragraphs, wrapped at 38 "
    "with hyphenation. An East Franconian animals page: the invented animal shelter is full after the summer "
    "holidays (title over two lines, byline line `Vo Klaus Hofmann`, the dateline `KITZING -` opening the lead, a "
    "caption and its credit inside a sentence, the shelter head's quotation in German guillemets `»…«` cut by the "
    "running head before `versorgt.«`), then, with no blank line, the animal briefs `Dierisch korz`: the label (the "
    "first item's section; kicker or none accepted, and accepted on the others) over three items, **the first two "
    "under heads of their own, the third with no head line, its title `Hundeschwimma` run into its text with `: `**; "
    "each item one paragraph.",
    "date": "2031-08-27", "page": "9",
    "head": ["DER MAABODD · Middwoch, 27. Auguschd 2031 · Seidn 9", "Viechereien · Redakdion: Gerlinde Schömig"],
    "foot": ["Der Maabodd · redakdion@maabodd.example.de"],
    "furniture": ["DER MAABODD", "Middwoch, 27. Auguschd 2031", "Seidn 9", "Viechereien",
                  "Redakdion: Gerlinde Schömig", "Der Maabodd · Viechereien", "Der Maabodd",
                  "redakdion@maabodd.example.de"],
    "run": ["Der Maabodd · Viechereien"], "labels": [], "markup": [" · "] * 4 + [":"],
    "articles": [
        {"lines": ["Nach die Ferien is des Dierheim", "in Kitzing rappelvoll", "Vo Klaus Hofmann"],
         "title": "Nach die Ferien is des Dierheim in Kitzing rappelvoll", "byline": ["Vo Klaus Hofmann", "Klaus Hofmann"],
         "captions": ["Aans vo die Katzla aus'm Kardong."], "credits": ["Foto: Bernd Ulsamer"],
         "body": ["KITZING - Im Dierheim am Eselsberch is kaa Bladdz mehr frei. 46 Hund, 83 Katzn un a ganze Schar "
                  "Hasn un Meer~schweinla warten do grod auf a neus Dahaam, mehr wie jemals zuvor.",
                  "Vill vo dene Diere sin in die Summer~ferien abgebn worn oder einfach ausgsetzt. Drei junge Katzla "
                  "sin an der B8 {cap}in am Kardong gfundn worn, ohne Wasser und ohne Fressn.",
                  "Die Leiterin Monika Dürr sagt: »Mir ham jeds Joahr nach die Ferien des gleiche Elend. Wer si a "
                  "Dier anschafft, mou si fei aa überleng, wer's im Urlaub {run}versorgt.«"]},
        {"glued": True, "lines": ["Dierisch korz", "Storchn sin furt"],
         "section": ["Dierisch korz", None], "kicker": [None, "Dierisch korz"], "title": "Storchn sin furt",
         "body": ["Des Storchnpaar vom Kerchdach in Sulzfeld is am Wochnend nach Afrika aufgebrochn. Heuer ham die "
                  "zwaa drei Junge großzogn."]},
        {"lines": ["Schildkröt »Franz« widder daham"], "section": [None, "Dierisch korz"],
         "kicker": [None, "Dierisch korz"], "title": "Schildkröt »Franz« widder daham",
         "body": ["A Nachbar hat die Schildkröt aus Marktbreit im Salatbeet gfundn, fünfhunnerd Meter vom Gardn "
                  "weg. Drei Wochn war se furt."]},
        {"section": [None, "Dierisch korz"], "kicker": [None, "Dierisch korz"], "title": "Hundeschwimma",
         "runin": ": ",
         "body": ["Am Sunndoch derfn die Hund ins Freibad in Dettelbach, bevor des Wasser rausglassn wird. "
                  "Eintritt fünf Euro pro Hund."]},
    ],
}

PUCCU = {
    "name": "fuc_utf8_nobom_crlf_pulaar_herders_page_livestock_thefts_near_podor_story_byline_dateline_caption_credit_running_head_midquote_glued_puccu_majjii_lost_horse_notice_paragraph_labelled_rows_owner_row_then_phone_row_reward_line",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Kabaaru Fuuta (an invented Pulaar daily, Saint-Louis, Senegal) 2031-06-25 Hello 3 Kulle e ladde, UTF-8 "
    "without BOM (`ɓ ɗ ŋ ñ ƴ – ’ “ ”`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A Pulaar "
    "herders' page: thieves take cattle and horses from two villages by the river near Podor (title over two lines, "
    "byline line `Binndi: Maymuuna Soh`, the dateline `PODOR –` opening the lead, a caption and its credit inside a "
    "sentence, the herders' leader's “” quotation cut by the running head before `jemma.”`), then, with no blank "
    "line, an owner's notice `Puccu majjii` (a horse lost): a paragraph, three labelled rows (colour and mark, age, "
    "place), **the owner's row `Joom mum: Haaruuna Sal` and, on a row of its own under it, the phone row `Noddu: 77 "
    "412 36 58`**, and an unlabelled reward line; the notice is an article, its head the title, each printed row a "
    "paragraph, no byline (the owner's name accepted).",
    "date": "2031-06-25", "page": "3",
    "head": ["KABAARU FUUTA – Alarba 25 suwe 2031 – Hello 3", "Kulle e ladde – Redaksiyoŋ: Aysata Bah"],
    "foot": ["Kabaaru Fuuta – kabaaru@fuuta.example.sn"],
    "furniture": ["KABAARU FUUTA", "Alarba 25 suwe 2031", "Hello 3", "Kulle e ladde", "Redaksiyoŋ: Aysata Bah",
                  "Kabaaru Fuuta – Kulle e ladde", "Kabaaru Fuuta", "kabaaru@fuuta.example.sn"],
    "run": ["Kabaaru Fuuta – Kulle e ladde"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Wujbe jawdi ina torra", "aynaaɓe Podor", "Binndi: Maymuuna Soh"],
         "title": "Wujbe jawdi ina torra aynaaɓe Podor", "byline": ["Binndi: Maymuuna Soh", "Maymuuna Soh"],
         "captions": ["Aynaaɓe e na’i mum en ɓadii Podor."], "credits": ["Natal: Alasan Kan"],
         "body": ["PODOR – Wujbe jawdi ina torra aynaaɓe diiwaan Podor. Nder lebbi tati, nagge 140 e puccuuji 12 "
                  "wujjaama e gure ɗiɗi ɓadiiɗe maayo.",
                  "Ardiiɗo kawtal aynaaɓe Gede, Demmba Jah, wiyi wujbe ɓen ina ngara jemma, {cap}ina ndoga e jawdi "
                  "ndin haa gure goɗ~ɗe, ɓe ngalaa ko ɓe kulata.",
                  "O wiyi: “Jemma kala min ndeenay na’i amen, kono min njiɗi sordaa~ši ɓee ara ndeena gure amen "
                  "{run}jemma.”"]},
        {"glued": True, "lines": ["Puccu majjii"], "title": "Puccu majjii", "byline": [None, "Haaruuna Sal"],
         "body": ["Puccu am majjii jemma 20 suwe 2031 e Gede. Mo yi’i ɗum, yo o noddu am.",
                  ("row", "Nguru: ɓaleejo, daneere e hoore"),
                  ("row", "Duubi: 6"),
                  ("row", "Nokku: Gede, ɓadii Podor"),
                  ("row", "Joom mum: Haaruuna Sal"),
                  ("row", "Noddu: 77 412 36 58"),
                  ("row", "Mo tawi ɗum heɓat njeenaari.")]},
    ],
}

LANTEBUNG = {
    "name": "mak_cp1252_cr_makassarese_environment_page_mangrove_waterbird_count_at_lantebung_story_byline_dateline_caption_credit_running_head_midquote_glued_species_table_header_year_cells_counts_set_flush_right_by_spaces_source_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Kabara' Mangkasara' (an invented Makassarese daily, Makassar, South Sulawesi) 2031-01-15 Lempara' 8 "
    "Lingkungang, Windows-1252 (`– “ ”`, ASCII `'` for the glottal stop), CR line ends; blank-line paragraphs, wrapped at 37 "
    "with hyphenation. A Makassarese environment page: a bird count in the Lantebung mangroves finds more waterbirds "
    "than last year (title over two lines, byline line `Panulisi': Ikbal Daeng Nai`, the dateline `MAKASSAR –` "
    "opening the lead, a caption and its credit inside a sentence, the club head's “” quotation cut by the running "
    "head before `maraeng.”`), then, with no blank line, the table `Jangang-jangang ri Lantebung`: **a header row "
    "`Jenis  2031  2030` whose count columns are years, five species rows (Indonesian bird names) whose counts are "
    "set flush right by runs of spaces (`Bangau bluwok     38    21`)** and a source row; the table is an article, "
    "its head the title, each printed line a paragraph (one space kept), the source row last.",
    "date": "2031-01-15", "page": "8",
    "head": ["KABARA' MANGKASARA' – Araba', 15 Januari 2031 – Lempara' 8", "Lingkungang – Redaksi: Andi Nurhayati"],
    "foot": ["Kabara' Mangkasara' – redaksi@kabara.example.id"],
    "furniture": ["KABARA' MANGKASARA'", "Araba', 15 Januari 2031", "Lempara' 8", "Lingkungang",
                  "Redaksi: Andi Nurhayati", "Kabara' Mangkasara' – Lingkungang", "Kabara' Mangkasara'",
                  "redaksi@kabara.example.id"],
    "run": ["Kabara' Mangkasara' – Lingkungang"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Jai' jangang-jangang je'ne'", "battu ri bakau Lantebung", "Panulisi': Ikbal Daeng Nai"],
         "title": "Jai' jangang-jangang je'ne' battu ri bakau Lantebung",
         "byline": ["Panulisi': Ikbal Daeng Nai", "Ikbal Daeng Nai"],
         "captions": ["Jangang-jangang ri bakau Lantebung."], "credits": ["Foto: Syamsul Bahri"],
         "body": ["MAKASSAR – Jai' jangang-jangang je'ne' battu ri bakau Lantebung taung anne. Sensus le'ba' "
                  "nagappa 2.416 jangang-jangang, jaiangngangi na ri taung le'baka.",
                  "Sensus anjo nagaukang komunitas Pa'jangang Mangkasara' siagang maha~siswa ri allo Aha', 12 "
                  "Januari. Tallumpulo tau {cap}ambilangi jangang-jangang ri biring bakau.",
                  "Ketua komunitas, Rahmawati Daeng Ngintang, nakana: “Punna nipajagai bakauna, battu tonji "
                  "jangang-jangang. Mingka punna nitabbangi, lanaboyai pa'rasangang {run}maraeng.”"]},
        {"glued": True, "lines": ["Jangang-jangang ri Lantebung"], "title": "Jangang-jangang ri Lantebung",
         "body": [("row", counts("Jenis", "2031", "2030")),
                  ("row", counts("Kuntul kecil", "612", "540")),
                  ("row", counts("Cangak abu", "208", "231")),
                  ("row", counts("Blekok sawah", "344", "290")),
                  ("row", counts("Trinil pantai", "930", "705")),
                  ("row", counts("Bangau bluwok", "38", "21")),
                  ("row", "Sumber: Pa'jangang Mangkasara'")]},
    ],
}

PAGES = [CHANGJINGLU, SHUINIAO, KUANGQUANBING, XUNMAO, YANGQUAN, SHOUYI, BAWULE, DIERHEIM, PUCCU, LANTEBUNG]
