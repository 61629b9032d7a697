"""The text of every holdout164 page, written once: make_holdout164_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `"runin"` prints an item's title at the start of its first
paragraph (the gold keeps the text after it); `("end", line)` prints a line that is no paragraph (a signature, a
reprint's source line); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156 used them).
Every page is a local-history page: a feature (kicker, title, byline, dateline, an old photo's caption with its
credit and year inside a sentence, an old resident's quotation cut by the running head), a "this day in past years"
column of run-in entries under a label, a reprinted old short report in a box (its original date line opening the
text, kept in the old spelling, its paper's name and date in a source line under it) and a reader's memories piece
signed at its foot. Years are computed from the page's year (N years ago = year - N, asserted) and every weekday
printed, old ones too, is computed. All papers, people, institutions and events are invented; real places are
settings only.
"""

from datetime import date
from functools import partial

from writtenpages import syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
VOWELS = "aeiouáéíóúäëöüɨãẽĩõũâêôû"
syl = partial(syllables, vowels=VOWELS)
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def spanish_long(day):
    """An old date line's date: `lunes 23 de febrero de 1937`."""
    return f"{ES[day.weekday()]} {day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def zh_date(day):
    return f"{day.year}年{day.month}月{day.day}日"


def ago(page_day, years):
    """The year `years` before the page's year."""
    return page_day.year - years


def feature(lines, kicker, title, byline, caption, credit, body):
    """The local-history feature: printed head lines, kicker, title, byline (the line, then the name), a caption and
    its credit (with the photo's year) dropped inside a sentence, the body."""
    return {"lines": lines, "kicker": kicker, "title": title, "byline": byline, "captions": [caption],
            "credits": [credit], "body": body}


def past(label, entries, sep, glued=False):
    """The "this day in past years" column: each entry an article whose run-in head (a year, or `50年前`) is its
    title, the text after it its one paragraph; the label is the first entry's section (none accepted) and accepted
    on the others, and accepted as every entry's kicker (holdout151's `briefs()`, as holdout156's `column()`)."""
    out = []
    for i, (head, text) in enumerate(entries):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": head,
               "tight": True, "lines": [label] if i == 0 else [], "runin": sep, "body": [text]}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


def box(label, title, body, source_line, paper):
    """The reprinted old report in a box: its label the kicker (the section accepted instead), its printed head the
    title, the text opening on its original date line, the source line under it the article's source."""
    return {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
            "body": body + [("end", source_line)], "source": [source_line, paper]}


def memories(label, title, body, signature, name, glued=False):
    """The reader's memories piece: its label the kicker (section accepted), its head the title, signed at its foot
    (the signature the byline, never a paragraph: holdout149's letters)."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "body": body + [("end", signature)], "byline": [signature, name]}
    if glued:
        art["glued"] = True
    return art


# 1. GB18030 city evening paper, CRLF, blank-line: a clock tower's 83 years; the column glued under the feature;
#    a 1936 report in traditional characters; the memories piece glued under the box's source line.
RARE1 = "\u3bbe"  # 㮾, CJK Extension A: in GB18030, not in GBK
DAY1 = date(2041, 3, 8)
BUILT1 = 1958
assert DAY1.year - BUILT1 == 83
OLD1 = date(1936, 3, 8)
assert weekday(OLD1) != weekday(DAY1)
CLOCK_PAGE = {
    "name": "zh_gb18030_crlf_city_evening_local_history_page_clock_tower_feature_kicker_rare_char_byline_dateline_old_photo_caption_credit_year_running_head_midquote_glued_this_day_column_year_heads_boxed_1936_reprint_traditional_glued_memories_signed",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": f"湑州晚报 2041-03-08 第16版 往事 (a city evening paper's local-history page; `{RARE1}` U+3BBE, CJK "
    f"Extension A, in the reporter's name `邝　{RARE1}`: in GB18030, not in GBK), CRLF; blank-line paragraphs, wrapped "
    "at 21. A feature on a clock tower built in 1958 (kicker `老照片里的湑州`, title, byline line, `本报讯` opening "
    "paragraph 1, an old photo's caption and its credit `（资料图片，摄于1958年）` inside a sentence, an old resident's "
    "“” quotation cut by the running head before `抬头看。”`, 83 years = 2041 − 1958, asserted); then, **with no blank "
    "line under the feature's last line**, the label `当年今日` over three run-in entries (`1941年`, `50年前`, "
    "`2001年`: each its own article, the head its title); the box `旧报重刊` with a 1936 report in traditional "
    "characters opening `本報1936年3月7日訊`, its source line `（原載1936年3月8日星期日《湑州民報》）` under it; "
    "then, **with no blank line under the source line**, the memories piece `读者忆旧` signed at its foot.",
    "date": "2041-03-08", "page": "16",
    "head": ["湑州晚报", f"2041年3月8日　{weekday(DAY1)}　　第16版　往事　　编辑：甘　湄"],
    "foot": ["湑州晚报社出版　　新闻热线：0745-3316208"],
    "furniture": ["湑州晚报", "2041年3月8日", weekday(DAY1), "第16版", "往事", "编辑：甘　湄", "湑州晚报·往事",
                  "湑州晚报社出版", "新闻热线：0745-3316208"],
    "run": ["湑州晚报·往事"], "labels": [], "markup": [],
    "articles": [
        feature(["老照片里的湑州", "西门钟楼八十三年", f"本报记者　邝　{RARE1}"], "老照片里的湑州", "西门钟楼八十三年",
                [f"本报记者　邝　{RARE1}", f"邝　{RARE1}", f"邝{RARE1}"], "刚刚落成的西门钟楼。",
                f"（资料图片，摄于{BUILT1}年）",
                [f"本报讯　西门钟楼建成于{BUILT1}年，到今年已经{DAY1.year - BUILT1}年。钟楼高21米，四面各有一座钟，"
                 "当年是全城最高的房子。",
                 "一张老照片上，钟楼脚下{cap}还是一片菜地。",
                 "家住西门的老人向桂芝今年89岁，她说：“那时候家家没有表，早上听钟声起床，晚上听钟声收摊。钟一响，"
                 "满街的人都{run}抬头看。”",
                 "钟楼去年修过一回，四面的钟又走准了。"]),
        *past("当年今日", [
            ("1941年", "3月8日，湑州第一所女子夜校开课，首批学员四十二人。"),
            ("50年前", f"{ago(DAY1, 50)}年的今天，城区第一条柏油马路西门大街铺成通车。"),
            ("2001年", "湑州老城墙北段修复完工，城墙上开了一条步道。"),
        ], "　", glued=True),
        box("旧报重刊", "西門小學校舍落成",
            ["本報1936年3月7日訊　西門小學新建校舍業已落成，定於本月十日開學。該校設初級四班，招收學生一百六十名，"
             "學費全免，惟書籍須自備云。"],
            f"（原載{zh_date(date(1936, 3, 8))}{weekday(OLD1)}《湑州民報》）", "湑州民報"),
        memories("读者忆旧", "钟声陪我上夜班",
                 ["七十年代我在纺织厂上夜班，每天半夜十二点，钟楼的钟声一响，车间里的人就知道该换班了。",
                  "后来厂子搬走了，我也退了休，可每到半夜，还是会醒过来听一听。"],
                 "读者　舒德厚（城关镇）", "舒德厚", glued=True),
    ],
}
assert date(1936, 3, 8) == OLD1

# 2. GBK county daily, LF, indent-only, not glued: the village's first pump well; a 1938 report.
DAY2 = date(2041, 6, 12)
WELL2 = 1966
assert DAY2.year - WELL2 == 75
OLD2 = date(1938, 6, 12)
assert weekday(OLD2) != weekday(DAY2)
WELL_PAGE = {
    "name": "zh_gbk_lf_county_daily_history_page_first_pump_well_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_indent_only_this_day_column_years_ago_heads_boxed_1938_reprint_memories_signed_at_foot",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000",
    "blank": False,
    "note": "苕川日报 2041-06-12 第8版 史话 (a county daily's local-history page), GBK, LF; **indent-only** paragraphs, "
    "wrapped at 20. A feature on a village's first pump well, dug in 1966 (kicker `村史寻踪`, title, byline line, "
    "`本报讯` opening paragraph 1, an old photo's caption and its credit `（资料图片，摄于1966年）` inside a sentence, an "
    "old resident's “” quotation cut by the running head before `挑水了。”`, 75 years, asserted); then, after a blank "
    "line, the label `那年今日` over three run-in entries (`100年前`, `60年前`, `1996年`); the box `旧闻新读` with a "
    "1938 report in traditional characters opening `本報1938年6月11日訊`, its source line under it; the memories "
    "piece `我的记忆` signed at its foot.",
    "date": "2041-06-12", "page": "8",
    "head": ["苕川日报", f"2041年6月12日　{weekday(DAY2)}　　第8版　史话"],
    "foot": ["苕川日报社　　地址：苕川县河西路26号　　邮编：313340"],
    "furniture": ["苕川日报", "2041年6月12日", weekday(DAY2), "第8版", "史话", "苕川日报·史话", "苕川日报社",
                  "地址：苕川县河西路26号", "邮编：313340"],
    "run": ["苕川日报·史话"], "labels": [], "markup": [],
    "articles": [
        feature(["村史寻踪", "柳塘村的第一口压水井", "本报记者　蒯　芃"], "村史寻踪", "柳塘村的第一口压水井",
                ["本报记者　蒯　芃", "蒯　芃", "蒯芃"], "柳塘村的妇女在新井边打水。", f"（资料图片，摄于{WELL2}年）",
                [f"本报讯　柳塘村的第一口压水井是{WELL2}年打的，离今年已经{DAY2.year - WELL2}年。井在村口老槐树下，"
                 "如今还能压出水来。",
                 "村里留着一张老照片，{cap}井边排着一长队水桶。",
                 "83岁的村民蒋长根说：“没有这口井的时候，全村人要走三里路到河边挑水，有了井，小孩子也能帮家里"
                 "{run}挑水了。”",
                 "村里打算给这口井立一块碑，写上打井的年份和人名。"]),
        *past("那年今日", [
            ("100年前", f"{ago(DAY2, 100)}年6月，苕川县城第一家邮政代办所开办。"),
            ("60年前", f"{ago(DAY2, 60)}年的今天，苕川大桥动工，三年后建成。"),
            ("1996年", "6月12日，全县最后一个不通电话的乡接通了电话。"),
        ], "　"),
        box("旧闻新读", "柳塘鄉掘井",
            ["本報1938年6月11日訊　柳塘鄉入夏以來久旱不雨，河水乾涸，鄉民汲水須往返十餘里。鄉公所已僱工掘井兩口，"
             "聞月內可以竣工云。"],
            f"（原載{zh_date(OLD2)}{weekday(OLD2)}《苕川新聞》）", "苕川新聞"),
        memories("我的记忆", "井边的夏夜",
                 ["小时候的夏夜，我们总在井边乘凉。大人压上一桶凉水，把西瓜泡进去，等月亮升起来再切。",
                  "现在家家有了自来水，井边却再没有那么热闹了。"],
                 "读者　郁桂英（柳塘村）", "郁桂英"),
    ],
}

# 3. Big5 Taiwan town paper, CR, blank-line: the old street's fire bell; glued column; a 1951 report in the old
#    spelling (`臺`); the memories piece glued under the box's source line.
DAY3 = date(2041, 10, 5)
assert DAY3.year - 1911 == 130
BELL3 = 1955
assert DAY3.year - BELL3 == 86 and BELL3 - 1911 == 44
OLD3 = date(1951, 10, 5)
assert OLD3.year - 1911 == 40 and weekday(OLD3) != weekday(DAY3)
BELL_PAGE = {
    "name": "zht_big5_cr_taiwan_town_history_page_old_street_fire_bell_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_glued_this_day_column_year_heads_boxed_1951_reprint_old_spelling_glued_memories_signed",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鹿津日報 2041-10-05 (`中華民國130年10月5日`) A6 鄉土史話 (a town paper's local-history page, Lukang, "
    "Changhua county, Taiwan), Big5, CR; blank-line paragraphs, wrapped at 20. A feature on the old street's fire "
    "bell, hung in 民國44年 (1955) (kicker `老照片說故事`, title, byline-and-dateline line `記者施雅琳／鹿港報導`, an "
    "old photo's caption and its credit `（資料照片，攝於1955年）` inside a sentence, an old resident's 「」 quotation "
    "cut by the running head before `打鐘。」`, 86 years, asserted); then, **with no blank line**, the label `當年今日` "
    "over three run-in entries; the box `舊報重刊` with a 1951 report in the old spelling (`臺`) opening "
    "`本報民國四十年十月四日訊`, its source line under it; then, **with no blank line under the source line**, the "
    "memories piece `讀者憶舊` signed at its foot.",
    "date": "2041-10-05", "page": "A6",
    "head": [f"鹿津日報　中華民國130年10月5日　{weekday(DAY3)}", "A6　鄉土史話　　編輯：黃筱涵"],
    "foot": ["鹿津日報社　讀者服務專線：(04)7786-215"],
    "furniture": ["鹿津日報", "中華民國130年10月5日", weekday(DAY3), "A6", "鄉土史話", "編輯：黃筱涵", "鹿津日報．鄉土史話",
                  "鹿津日報社", "讀者服務專線：(04)7786-215"],
    "run": ["鹿津日報．鄉土史話"], "labels": [], "markup": [],
    "articles": [
        feature(["老照片說故事", "老街消防鐘　噹了八十六年", "記者施雅琳／鹿港報導"], "老照片說故事",
                "老街消防鐘　噹了八十六年", ["記者施雅琳／鹿港報導", "施雅琳"], "義消隊員在鐘架下合影。",
                f"（資料照片，攝於{BELL3}年）",
                [f"鹿港老街口的消防鐘，是民國{BELL3 - 1911}年由街坊集資掛上的，到今年已經{DAY3.year - BELL3}年。"
                 "當年街上有火警，就靠這口鐘叫人。",
                 "一張泛黃的老照片裡，{cap}鐘架還是木頭搭的。",
                 "九十一歲的老義消粘金水說，「那時候半夜聽到鐘響，大家穿著拖鞋就往外跑，我年輕腳快，常常是我"
                 "{run}打鐘。」",
                 "消防鐘現在不再用來報火警，每年只在消防節敲響一次。"]),
        *past("當年今日", [
            ("1961年", "10月5日，鹿港第一座公共電話亭在中山路設立。"),
            ("40年前", f"{ago(DAY3, 40)}年的今天，鹿津堤防加高工程完工。"),
            ("2011年", "老街口的百年古井整修完成，重新開放參觀。"),
        ], "　", glued=True),
        box("舊報重刊", "鹿港街新設消防隊",
            ["本報民國四十年十月四日訊　鹿港街民為防火災，自動組織消防隊一隊，隊員三十名，均係街內青年，"
             "並購置水龍一具。臺中縣府聞訊，特撥款補助云。"],
            f"（原載民國四十年十月五日{weekday(OLD3)}《鹿津新報》）", "鹿津新報"),
        memories("讀者憶舊", "鐘聲響起的那一夜",
                 ["民國五十幾年的一個冬夜，隔壁的布莊起火，消防鐘噹噹響了好久，整條街的人都提著水桶出來。",
                  "火撲滅後，阿公帶我去看那口鐘，說這口鐘救過很多人的家。"],
                 "讀者　許麗卿（鹿港鎮）", "許麗卿", glued=True),
    ],
}

# 4. Big5-HKSCS Hong Kong district weekly, CRLF, indent-only, in Cantonese: a rooftop school; a 1956 report.
DAY4 = date(2041, 11, 16)
SCHOOL4 = 1962
assert DAY4.year - SCHOOL4 == 79
OLD4 = date(1956, 11, 16)
assert weekday(OLD4) != weekday(DAY4)
ROOF_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_history_page_rooftop_school_cantonese_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_indent_only_this_day_column_years_ago_heads_boxed_1956_reprint_memories_signed_at_foot",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "海壇週報 2041-11-16 第8頁 街坊往事 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 嚟 啲`; in "
    "neither cp950 nor Big5), CRLF; **indent-only** paragraphs, wrapped at 20. A Cantonese feature on a rooftop "
    "school opened in 1962 (kicker `舊相重溫`, title, byline line `記者　鄺穎詩`, `【本報訊】` opening paragraph 1, an "
    "old photo's caption and its credit `（資料圖片，攝於1962年）` inside a sentence, an old resident's 「」 quotation "
    "cut by the running head before `讀書。」`, 79 years, asserted); then, after a blank line, the label `舊日今朝` "
    "over three run-in entries (`1971年`, `50年前`, `2006年`); the box `舊報重刊` with a 1956 report opening "
    "`本報1956年11月15日訊`, its source line under it; the memories piece `街坊憶舊` signed at its foot.",
    "date": "2041-11-16", "page": "8",
    "head": ["海壇週報", f"2041年11月16日　{weekday(DAY4)}　　第8頁　街坊往事"],
    "foot": ["海壇週報社　免費派發　　查詢：2586 4117"],
    "furniture": ["海壇週報", "2041年11月16日", weekday(DAY4), "第8頁", "街坊往事", "海壇週報．街坊往事", "海壇週報社", "免費派發",
                  "查詢：2586 4117"],
    "run": ["海壇週報．街坊往事"], "labels": [], "markup": [],
    "articles": [
        feature(["舊相重溫", "天台學校嘅鐘聲", "記者　鄺穎詩"], "舊相重溫", "天台學校嘅鐘聲",
                ["記者　鄺穎詩", "鄺穎詩"], "天台學校嘅學生喺晾衫竹下面上堂。", f"（資料圖片，攝於{SCHOOL4}年）",
                [f"【本報訊】{SCHOOL4}年，區內一幢徙置大廈嘅天台開咗一間小學，到今年已經{DAY4.year - SCHOOL4}年。"
                 "學校早已搬走，但唔少街坊仲記得。",
                 "喺一張舊相入面，{cap}學生坐喺木櫈上面跟老師讀書。",
                 "八十六歲嘅陳伯話：「嗰陣時屋企窮，冇錢去街外讀書，天台有間學校，阿媽先肯畀我上去"
                 "{run}讀書。」",
                 "區議會計劃喺大廈地下擺一個小展覽，請街坊借啲舊相嚟。"]),
        *past("舊日今朝", [
            ("1971年", "11月16日，區內第一間街坊福利會成立，首日有三百人入會。"),
            ("50年前", f"{ago(DAY4, 50)}年嘅今日，海壇郵政局搬入新址。"),
            ("2006年", "區內最後一間天台學校嘅舊址拆卸。"),
        ], "　"),
        box("舊報重刊", "徙置大廈天台將辦學校",
            ["本報1956年11月15日訊　本區徙置大廈居民子弟眾多，多無學可上。有教會團體擬借用大廈天台開辦小學，"
             "每月學費一元，現正向當局申請云。"],
            f"（原載{zh_date(OLD4)}{weekday(OLD4)}《海壇晚報》）", "海壇晚報"),
        memories("街坊憶舊", "天台上嘅風箏",
                 ["我喺天台學校讀咗三年，小息時最鍾意喺欄杆邊放風箏，風大嗰陣，老師都會出嚟睇。",
                  "後來學校搬咗，我再冇返過上去，但每次行過呢幢大廈都會抬頭望一望。"],
                 "讀者　梁美華（海壇）", "梁美華"),
    ],
}

# 5. Singapore daily, UTF-8 with BOM, LF, blank-line: a Chinatown remittance house; glued column; a 1939 report in
#    traditional characters; the memories piece glued under the box's source line.
DAY5 = date(2041, 8, 31)
PHOTO5 = 1953
assert DAY5.year - PHOTO5 == 88
OLD5 = date(1939, 8, 31)
assert weekday(OLD5) != weekday(DAY5)
REMIT_PAGE = {
    "name": "zh_utf8_bom_lf_singapore_history_page_chinatown_remittance_house_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_glued_this_day_column_year_heads_boxed_1939_reprint_traditional_glued_memories_signed",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": "椰汀早报 2041-08-31 第18版 老城岁月 (a Singapore daily's local-history page, simplified), UTF-8 with BOM, LF; "
    "blank-line paragraphs, wrapped at 21. A feature on a remittance house in Telok Ayer (直落亚逸) (kicker "
    "`城市记忆`, title, byline line, `本报讯` opening paragraph 1, an old photo's caption and its credit "
    "`（资料图片，摄于1953年）` inside a sentence, an old resident's “” quotation cut by the running head before "
    "`回信。”`, 88 years, asserted); then, **with no blank line**, the label `往日今朝` over three run-in entries "
    "(`1961年`, `70年前`, `2016年`); the box `旧报重刊` with a 1939 report in traditional characters opening "
    "`本報1939年8月30日訊`, its source line under it; then, **with no blank line under the source line**, the "
    "memories piece `读者忆往` signed at its foot.",
    "date": "2041-08-31", "page": "18",
    "head": ["椰汀早报", f"2041年8月31日　{weekday(DAY5)}　　第18版　老城岁月"],
    "foot": ["椰汀早报社　编辑部电邮：news@yeting.example.sg"],
    "furniture": ["椰汀早报", "2041年8月31日", weekday(DAY5), "第18版", "老城岁月", "椰汀早报·老城岁月", "椰汀早报社",
                  "编辑部电邮：news@yeting.example.sg"],
    "run": ["椰汀早报·老城岁月"], "labels": [], "markup": [],
    "articles": [
        feature(["城市记忆", "直落亚逸街的老信局", "本报记者　温婉祺"], "城市记忆", "直落亚逸街的老信局",
                ["本报记者　温婉祺", "温婉祺"], "信局伙计在柜台后登记侨批。", f"（资料图片，摄于{PHOTO5}年）",
                [f"本报讯　直落亚逸街一间两层店屋，七十多年前是替南来华工寄钱回乡的信局。一张{PHOTO5}年的老照片，"
                 f"到今年已经{DAY5.year - PHOTO5}年。",
                 "照片里的店堂不大，{cap}墙上挂满了写着乡镇名字的木牌。",
                 "92岁的林亚妹老人说：“我父亲每个月都来这里寄钱，不识字，就请信局的先生代写家书，半年才等到一封"
                 "{run}回信。”",
                 "店屋如今是一家书店，店主在门口挂了一块介绍信局的牌子。"]),
        *past("往日今朝", [
            ("1961年", "8月31日，牛车水一带第一所夜间补习学校开学。"),
            ("70年前", f"{ago(DAY5, 70)}年的今天，直落亚逸街一带的店屋改装自来水管。"),
            ("2016年", "直落亚逸街的三间老店屋获列为保留建筑。"),
        ], "　", glued=True),
        box("旧报重刊", "信局匯款踴躍",
            ["本報1939年8月30日訊　中秋將屆，本坡各信局匯款回國者甚眾。直落亞逸街一帶信局，連日門庭如市，"
             "夥伴日夜登記，猶應接不暇云。"],
            f"（原載{zh_date(OLD5)}{weekday(OLD5)}《南洋椰報》）", "南洋椰報"),
        memories("读者忆往", "替奶奶写信的日子",
                 ["小时候我替奶奶写信回乡，她说一句，我写一句，写完了再念给她听。",
                  "信写好，我们一起走到街口的信局，奶奶总要看着伙计把信收好才肯走。"],
                 "读者　钟丽芬（宏茂桥）", "钟丽芬", glued=True),
    ],
}

# 6. UTF-16 BE city daily, LF, indent-only: the 1954 flood and the old levee; the column glued under the feature;
#    a 1935 report; the memories piece glued under the box's source line.
DAY6 = date(2041, 7, 20)
FLOOD6 = 1954
assert DAY6.year - FLOOD6 == 87
OLD6 = date(1935, 7, 20)
assert weekday(OLD6) == weekday(DAY6)  # both Saturdays: the old weekday is printed in the source line only
LEVEE_PAGE = {
    "name": "zh_utf16be_bom_lf_city_daily_history_page_1954_flood_old_levee_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_indent_only_glued_this_day_column_glued_boxed_1935_reprint_traditional_memories_signed",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "汊口日报 2041-07-20 第12版 江城旧事 (a city daily's local-history page), UTF-16 BE with BOM, LF; "
    "**indent-only** paragraphs, wrapped at 22. A feature on the 1954 flood and the levee built after it (kicker "
    "`抗洪记忆`, title, byline line, `本报讯` opening paragraph 1, an old photo's caption and its credit "
    "`（资料图片，摄于1954年）` inside a sentence, an old resident's “” quotation cut by the running head before "
    "`江水。”`, 87 years, asserted); then, **with no blank line under the feature's last line**, the label "
    "`往年今日` over three run-in entries; then, **with no blank line under the last entry**, the box `旧报重刊` "
    "with a 1935 report in traditional characters opening `本報1935年7月19日訊` and its source line (the old "
    "weekday, a Saturday like the page's, printed in the source line only); the memories piece `读者回忆`, after a "
    "blank line, signed at its foot.",
    "date": "2041-07-20", "page": "12",
    "head": ["汊口日报", f"2041年7月20日　{weekday(DAY6)}　　第12版　江城旧事　　责任编辑：尹　漪"],
    "foot": ["汊口日报社　　读者热线：0712-6628410"],
    "furniture": ["汊口日报", "2041年7月20日", weekday(DAY6), "第12版", "江城旧事", "责任编辑：尹　漪", "汊口日报·江城旧事",
                  "汊口日报社", "读者热线：0712-6628410"],
    "run": ["汊口日报·江城旧事"], "labels": [], "markup": [],
    "articles": [
        feature(["抗洪记忆", "八十七年前的那场大水", "本报记者　聂　滢"], "抗洪记忆", "八十七年前的那场大水",
                ["本报记者　聂　滢", "聂　滢", "聂滢"], "市民在江堤上扛沙包。", f"（资料图片，摄于{FLOOD6}年）",
                [f"本报讯　{FLOOD6}年7月，汉江水位连日上涨，汊口城外的老堤几次告急，到今年已经"
                 f"{DAY6.year - FLOOD6}年。",
                 "一张老照片记下了当年的情景：{cap}堤上的人一个挨着一个。",
                 "住在江边的老人郑德全今年96岁，他说：“那年我十岁，跟着大人往堤上送饭，一低头，脚边就是"
                 "{run}江水。”",
                 "大水退后，城里用了两年时间把老堤加高加宽，就是今天的沿江大堤。"]),
        *past("往年今日", [
            ("1981年", "7月20日，汊口沿江大堤第一次全线铺上石板路面。"),
            ("30年前", f"{ago(DAY6, 30)}年的今天，汊口防洪纪念亭在江边落成。"),
            ("2021年", "沿江大堤上的老闸门修缮完工。"),
        ], "　", glued=True),
        {**box("旧报重刊", "江水陡漲城外告急",
               ["本報1935年7月19日訊　連日大雨，江水陡漲，城外堤岸多處滲漏。縣府已召集民夫二百名，連夜搶護，"
                "並勸沿江居民遷避高處云。"],
               f"（原載{zh_date(OLD6)}{weekday(OLD6)}《汊口商報》）", "汊口商報"), "glued": True},
        memories("读者回忆", "堤上的那盏马灯",
                 ["父亲是当年守堤的民工。他说夜里堤上没有电灯，全靠一盏盏马灯，一夜要巡三遍。",
                  "那盏马灯后来一直挂在我家门后，父亲走了，我还留着它。"],
                 "读者　邬秀芝（江滨街道）", "邬秀芝"),
    ],
}

PAGES_ZH = [CLOCK_PAGE, WELL_PAGE, BELL_PAGE, ROOF_PAGE, REMIT_PAGE, LEVEE_PAGE]


def latin_furniture(masthead, name, day, page_no, section, editor, mail, dash="–", entries=3):
    """The Latin pages' head, foot and furniture (holdout156's pattern): five ` · ` joins, markup; and the dash
    after each run-in year head of the "this day" column, markup too (the gold keeps the head as the title and the
    text after the dash as the paragraph)."""
    return {"head": [f"{masthead} · {spanish(day)} · Página {page_no}", f"{section} · {editor}"],
            "foot": [f"{name} · {mail}"],
            "furniture": [masthead, spanish(day), f"Página {page_no}", section, editor, f"{name} · {section}", name,
                          mail],
            "run": [f"{name} · {section}"], "labels": [], "markup": [" · "] * 5 + [dash] * entries}


# 7. Ch'orti' (Jocotán, Chiquimula, Guatemala), Windows-1252, CRLF, blank-line: the first school of an aldea;
#    the column glued under the feature; a 1937 notice in the old missionary spelling; memories glued under the box.
DAY7 = date(2041, 2, 23)
SCHOOL7 = 1952
assert DAY7.weekday() == 5 and DAY7.year - SCHOOL7 == 89
OLD7, ISSUE7 = date(1937, 2, 22), date(1937, 2, 23)
SCHOOL_PAGE = {
    "name": "caa_cp1252_crlf_chorti_history_page_first_village_school_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_glued_this_day_column_year_heads_boxed_1937_reprint_old_spelling_glued_memories_signed",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 42, "indent": "", "blank": True,
    "note": "Ojroner Jocotán 2041-02-23 (`Sábado`) Página 10 Historia (an invented weekly of Jocotán, Chiquimula, "
    "Guatemala; Ch'orti' text, Spanish furniture), Windows-1252 (`á é í ó ú “ ” – ·`), CRLF; blank-line paragraphs, "
    "wrapped at 42 with hyphenation. A feature on an aldea's first school, opened in 1952 (kicker `Numuy ajk'in`, "
    "title over two lines, byline line `Ajtz'ib'ir: Rosa Elvira Pérez`, the dateline `JOCOTÁN –`, an old photo's "
    "caption and its credit `(Foto de archivo, 1952)` inside a sentence, an old resident's “” quotation cut by the "
    "running head, 89 years, asserted); then, **with no blank line under the feature's last line**, the label "
    "`Ja'xir e ajk'in` over three run-in entries (`1961 –`, `50 jab' numuy –`, `2011 –`); the box `Ojroner numuy` "
    "with a 1937 notice in the old missionary spelling (`c`, `qu` for `k`, no glottal marks) opening "
    "`JOCOTAN, 22 de febrero de 1937.–`, its source line `(El Eco de Oriente, martes 23 de febrero de 1937)` under it; "
    "then, **with no blank line under the source line**, the memories piece `K'ajpesyaj` signed at its foot.",
    "date": "2041-02-23", "page": "10",
    **latin_furniture("OJRONER JOCOTÁN", "Ojroner Jocotán", DAY7, 10, "Historia", "Editora: Sandra Lemus",
                      "ojroner@jocotan.example.gt"),
    "articles": [
        feature(["Numuy ajk'in", "E b'ajxan escuela tama", "e aldea Tunucó", "Ajtz'ib'ir: Rosa Elvira Pérez"],
                "Numuy ajk'in", "E b'ajxan escuela tama e aldea Tunucó",
                ["Ajtz'ib'ir: Rosa Elvira Pérez", "Rosa Elvira Pérez"], "Ajkanseyaj Marcelino Ramírez tut e otot.",
                f"(Foto de archivo, {SCHOOL7})",
                [syl(f"JOCOTÁN – E b'ajxan escuela tama e aldea Tunucó ixin ajpatna tama e jab' {SCHOOL7}, inte' otot "
                     f"chinam, {DAY7.year - SCHOOL7} jab' numuy. Ajkanseyaj Marcelino Ramírez ukanseyan cuarenta "
                     "chuchu'r ixik y winik."),
                 syl("Tama inte' fotografía numuy, {cap}e chuchu'rob' wa'rob' tu'yeja' e ajkanseyaj."),
                 syl("E ajk'ampes Felipa Vásquez, noventa y cuatro jab', ub'ijnu: “Ne'n inxin tama e escuela "
                     "ajk'in lunes, inkanoy e letras y e números, y ink'otoy taka intata' tama e {run}kolmaktak.”"),
                 syl("Kay tama Tunucó ayan cuatrocientos chuchu'rob' ajkanseyajob' tama inte' escuela nojta'.")]),
        *past("Ja'xir e ajk'in", [
            ("1961", syl("E b'ajxan camión uyopi tama e tinamit Jocotán, taka e carretera numuy.")),
            ("50 jab' numuy", syl(f"Tama e jab' {ago(DAY7, 50)}, e tinamit ukumpa e b'ajxan puesto de salud "
                                  "tama Tunucó.")),
            ("2011", syl("E otot numuy tama e escuela ixin ajpatna otronyajr taka e ajtinamitob'.")),
        ], " – ", glued=True),
        box("Ojroner numuy", "Escuela tama Tunucó",
            [syl("JOCOTAN, 22 de febrero de 1937.– E aldea Tunucó uquani inte' escuela. Ajcanseyaj Marcelino "
                 "Ramires ajpatna inte' otot chinam, y uquanseyan treinta chuchur ixic y uinic tama e ajquin lunes.")],
            f"(El Eco de Oriente, {spanish_long(ISSUE7)})", "El Eco de Oriente"),
        memories("K'ajpesyaj", "E campana tama e escuela",
                 [syl("Ne'n inxin tama e escuela Tunucó tama e jab' 1960. Ajk'in ajk'in e campana ujk'ampa ne'n "
                      "y inxin taka inwijtz'in."),
                  syl("Kay e campana numuy turu tama e otot kanseyaj, y e chuchu'rob' ub'ijnuob' e ojroner numuy.")],
                 "Juana Ramírez, Tunucó", "Juana Ramírez", glued=True),
    ],
}
assert OLD7 < ISSUE7 and ISSUE7.strftime("%A") == "Tuesday"

# 8. Ayoreo (Campo Loro, Boquerón, Paraguay), UTF-16 LE with BOM, CR, indent-only (three spaces), not glued: a
#    community's founding; a 1941 report in Spanish of the time (`fué`, `dió`, `á`).
DAY8 = date(2041, 9, 14)
FOUNDED8 = 1979
assert DAY8.weekday() == 5 and DAY8.year - FOUNDED8 == 62
OLD8, ISSUE8 = date(1941, 9, 13), date(1941, 9, 14)
FOUNDING_PAGE = {
    "name": "ayo_utf16le_bom_cr_ayoreo_history_page_community_founding_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_indent_only_three_spaces_this_day_column_years_ago_heads_boxed_1941_reprint_old_spanish_memories_signed",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "   ",
    "blank": False,
    "note": "Ayoreode Uruode 2041-09-14 (`Sábado`) Página 7 Memoria (an invented weekly of Campo Loro, Boquerón, "
    "Paraguay; Ayoreo text, Spanish furniture), UTF-16 LE with BOM (`ã õ ĩ ũ ñ ü “ ” – ·`), CR; **indent-only "
    "paragraphs (three spaces)**, wrapped at 38 with hyphenation. A feature on the community's founding in 1979 "
    "(kicker `Uruode`, title over two lines, byline line `Ajningai: Teresa Picanerai`, the dateline `CAMPO LORO –`, "
    "an old photo's caption and its credit `(Foto de archivo, 1979)` inside a sentence, an old resident's “” "
    "quotation cut by the running head, 62 years, asserted); then, after a blank line, the label `Ore uruode "
    "ichãi` over three run-in entries (`1981 –`, `25 cucheguei –`, `2031 –`); the box `Jnanione uruode` with a "
    "1941 report in the Spanish of its time (`fué`, `dió`, `á`) opening `FILADELFIA, 13 de septiembre de 1941.–`, its "
    "source line under it; the memories piece `Yaquesõri` signed at its foot.",
    "date": "2041-09-14", "page": "7",
    **latin_furniture("AYOREODE URUODE", "Ayoreode Uruode", DAY8, 7, "Memoria", "Editor: Julio Etacore",
                      "uruode@campoloro.example.py"),
    "articles": [
        feature(["Uruode", "Campo Loro gotique:", "sesenta y dos años", "Ajningai: Teresa Picanerai"], "Uruode",
                "Campo Loro gotique: sesenta y dos años", ["Ajningai: Teresa Picanerai", "Teresa Picanerai"],
                "Ayoreode ichãi gotique jogüe cucherane.", f"(Foto de archivo, {FOUNDED8})",
                [syl(f"CAMPO LORO – Ayoreode chiquĩtũ Campo Loro yoque gotique {FOUNDED8} uyu, "
                     f"{DAY8.year - FOUNDED8} años. Ayoreode jnanione ujñaque guedaique ichãi, ore chõrane "
                     "jogüe cucherane enga pozo uaté."),
                 syl("Ujetiguei fotografía ichãi {cap}ayoreode uruode cucherane gotique."),
                 syl("Jnanione Ijnoi Etacore yacaringa: “Yoque chijnoque jeome ujñaque, yoque tomaringo pozo, "
                     "yoque cucherane chõrane guedaique {run}gotique.”"),
                 syl("Queda Campo Loro ayoreode cuchade ochocientos, cucherane escuela ujñaque.")]),
        *past("Ore uruode ichãi", [
            ("1981", syl("Ayoreode chõrane escuela ichãi Campo Loro, maestra Elena Chiquenoi.")),
            ("25 cucheguei", syl(f"{ago(DAY8, 25)} uyu, ayoreode gotique tanque cucherane jogüe ujñaque.")),
            ("2031", syl("Campo Loro gotique cucherane radio ayoreode enga uruode.")),
        ], " – "),
        box("Jnanione uruode", "Nuevo pozo en el Chaco",
            ["FILADELFIA, 13 de septiembre de 1941.– Fué terminada la perforación del pozo de la picada del norte. "
             "El agua dió buen resultado, y los vecinos acudieron á verla; se cree que bastará para todo el "
             "verano."],
            f"(El Chaco Boreal, {spanish_long(ISSUE8)})", "El Chaco Boreal"),
        memories("Yaquesõri", "Pozo uaté ichãi",
                 [syl("Yu yacaringa pozo uaté ichãi 1979. Chijnoque cucherane gotique, ayoreode yoque uruode "
                      "jogüe ujñaque."),
                  syl("Queda yu chõrane uruode chiquĩtũ, cucherane ujñaque guedaique Campo Loro.")],
                 "Rosa Posorajãi, Campo Loro", "Rosa Posorajãi"),
    ],
}
assert OLD8 < ISSUE8

# 9. Nivaclé (Mariscal Estigarribia, Boquerón, Paraguay), UTF-8 without BOM, CR, blank-line: the 1962 drought and
#    the reservoir; the column glued under the feature; a 1942 report in Spanish of the time; memories glued.
DAY9 = date(2041, 4, 27)
DROUGHT9 = 1962
assert DAY9.weekday() == 5 and DAY9.year - DROUGHT9 == 79
OLD9, ISSUE9 = date(1942, 4, 26), date(1942, 4, 27)
DROUGHT_PAGE = {
    "name": "cag_utf8_nobom_cr_nivacle_history_page_drought_year_reservoir_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_glued_this_day_column_year_heads_boxed_1942_reprint_old_spanish_glued_memories_signed",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 41, "indent": "", "blank": True,
    "note": "Nivacle Lhcliy 2041-04-27 (`Sábado`) Página 5 Historia (an invented weekly of Mariscal Estigarribia, "
    "Boquerón, Paraguay; Nivaclé text, Spanish furniture), UTF-8 without BOM (`ô á í ú “ ” – ·`), CR; blank-line "
    "paragraphs, wrapped at 41 with hyphenation. A feature on the 1962 drought and the reservoir dug after it "
    "(kicker `Vatsôque lhavoc`, title over two lines, byline line `Vatôjôyich: Marta Lhavo`, the dateline "
    "`MARISCAL ESTIGARRIBIA –`, an old photo's caption and its credit `(Foto de archivo, 1962)` inside a sentence, "
    "an old resident's “” quotation cut by the running head, 79 years, asserted); then, **with no blank line under "
    "the feature's last line**, the label `Lhavoc napi` over three run-in entries (`1971 –`, `40 lhavoc –`, "
    "`2021 –`); the box `Vatôjôyich napi` with a 1942 report in the Spanish of its time opening `MARISCAL "
    "ESTIGARRIBIA, 26 de abril de 1942.–`, its source line under it; then, **with no blank line under the source "
    "line**, the memories piece `Vacle'ey` signed at its foot.",
    "date": "2041-04-27", "page": "5",
    **latin_furniture("NIVACLE LHCLIY", "Nivacle Lhcliy", DAY9, 5, "Historia", "Editor: Ramón Vanôc",
                      "lhcliy@estigarribia.example.py"),
    "articles": [
        feature(["Vatsôque lhavoc", "Inôt napi: lhavoc 1962", "yi tajamar", "Vatôjôyich: Marta Lhavo"],
                "Vatsôque lhavoc", "Inôt napi: lhavoc 1962 yi tajamar", ["Vatôjôyich: Marta Lhavo", "Marta Lhavo"],
                "Nivacle lhcliy tajamar napi.", f"(Foto de archivo, {DROUGHT9})",
                [syl(f"MARISCAL ESTIGARRIBIA – Lhavoc {DROUGHT9} inôt chi pa'lh, {DAY9.year - DROUGHT9} lhavoc "
                     "napi. Nivacle lhcliy vatcataja tajamar, vatcataja inôt vatsôque comunidades."),
                 syl("Fotografía napi yi, {cap}nivacle lhcliy catsitaja tajamar vatsôque."),
                 syl("Nivacle Pedro Tôjaj, noventa lhavoc, yi'ôcl: “Inôt chi pa'lh, nivacle vatcataja "
                     "vatôjôyich, tajamar napi lhcliy vatsôque {run}inôtshi.”"),
                 syl("Tajamar napi yi inôt camionetas, escuela yi vatsôque comunidades.")]),
        *past("Lhavoc napi", [
            ("1971", syl("Nivacle lhcliy vatcataja escuela napi Mariscal Estigarribia.")),
            ("40 lhavoc", syl(f"Lhavoc {ago(DAY9, 40)}, inôt tanque vatsôque comunidades napi.")),
            ("2021", syl("Tajamar napi vatcataja inôtshi vatsôque, nivacle lhcliy catsitaja.")),
        ], " – ", glued=True),
        box("Vatôjôyich napi", "Sequía en el Chaco",
            ["MARISCAL ESTIGARRIBIA, 26 de abril de 1942.– La sequía continúa. El agua de los pozos dió para pocos "
             "días y el ganado fué llevado á las lagunas del sur. Se espera lluvia para fines del mes."],
            f"(La Voz del Chaco, {spanish_long(ISSUE9)})", "La Voz del Chaco"),
        memories("Vacle'ey", "Inôt chi pa'lh",
                 [syl("Yi vacle'ey lhavoc 1962, nivacle lhcliy catsitaja inôt vatsôque, tajamar napi."),
                  syl("Yi vatôjôyich inôt tajamar, nivacle vatcataja comunidades napi.")],
                 "Elena Tôjaj, Mariscal Estigarribia", "Elena Tôjaj", glued=True),
    ],
}
assert OLD9 < ISSUE9

# 10. Mocoví (Recreo, Santa Fe, Argentina), ISO-8859-1, CRLF, indent-only (four spaces), not glued: the cotton
#     pickers' camp of 1956; a 1936 report in Spanish of the time; `« »` quotes (no “ ” in Latin-1).
DAY10 = date(2041, 12, 7)
CAMP10 = 1956
assert DAY10.weekday() == 5 and DAY10.year - CAMP10 == 85
OLD10, ISSUE10 = date(1936, 12, 6), date(1936, 12, 7)
COTTON_PAGE = {
    "name": "moc_latin1_crlf_mocovi_history_page_cotton_pickers_camp_feature_kicker_byline_dateline_old_photo_caption_credit_year_running_head_midquote_guillemets_indent_only_four_spaces_this_day_column_years_ago_heads_boxed_1936_reprint_memories_signed",
    "encoding": "latin-1", "not_in": ["ascii"], "newline": "\r\n", "script": "latin", "width": 42, "indent": "    ",
    "blank": False,
    "note": "Moqoit Lataxac 2041-12-07 (`Sábado`) Página 9 Memoria (an invented weekly of Recreo, Santa Fe, Argentina; "
    "Mocoví text, Spanish furniture), **ISO-8859-1** (`á é í ó ñ « » ·`; no “ ” or – in it, so the quotation is in "
    "« » and the dateline ends ` -`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 42 with "
    "hyphenation. A feature on a cotton pickers' camp of 1956 (kicker `Lataxac`, title over "
    "two lines, byline line `Nachaxaic: Laura Salteño`, the dateline `RECREO -`, an old photo's caption and its "
    "credit `(Foto de archivo, 1956)` inside a sentence, an old resident's «» quotation cut by the running head, 85 "
    "years, asserted); then, after a blank line, the label `Naxa'a lataxac` over three "
    "run-in entries (`1966 -`, `100 años -`, `2016 -`); the box `Lataxac lpi` with a 1936 report in the Spanish of "
    "its time opening `RECREO, 6 de diciembre de 1936.-`, its source line `(El Heraldo de Recreo, lunes 7 de "
    "diciembre de 1936)` under it; the memories piece `Qaica'a` signed at its foot.",
    "date": "2041-12-07", "page": "9",
    **latin_furniture("MOQOIT LATAXAC", "Moqoit Lataxac", DAY10, 9, "Memoria", "Editor: Hugo Navarrete",
                      "lataxac@recreo.example.ar", dash="-"),
    "articles": [
        feature(["Lataxac", "Algodón lqataxa: ochenta", "y cinco años", "Nachaxaic: Laura Salteño"], "Lataxac",
                "Algodón lqataxa: ochenta y cinco años", ["Nachaxaic: Laura Salteño", "Laura Salteño"],
                "Moqoit naxayi algodón lqataxa.", f"(Foto de archivo, {CAMP10})",
                [syl(f"RECREO - Moqoit lotaxanaxa algodón lqataxa {CAMP10}, {DAY10.year - CAMP10} años. Moqoit "
                     "lachaxaqui naloxoqui cosechadores, qoyiguiñi campamento naloxoqui."),
                 syl("Fotografía lataxac {cap}moqoit lachaxaqui algodón naloxoqui."),
                 syl("Moqoit Ramón Nicolasi, noventa y dos años, ima: «Qomi qoyiguiñi algodón lqataxa, "
                     "naloxoqui campamento lotaxanaxa, qomi lachaxaqui {run}naloxoqui.»"),
                 syl("Lataxac campamento lotaxanaxa moqoit naloxoqui escuela.")]),
        *past("Naxa'a lataxac", [
            ("1966", syl("Moqoit lachaxaqui escuela naloxoqui Recreo.")),
            ("100 años", syl(f"{ago(DAY10, 100)}, moqoit lotaxanaxa algodón campamento naloxoqui.")),
            ("2016", syl("Moqoit lachaxaqui lataxac naloxoqui, qoyiguiñi campamento.")),
        ], " - "),
        box("Lataxac lpi", "Cosecha de algodón",
            ["RECREO, 6 de diciembre de 1936.- La cosecha de algodón fué buena este año. Numerosas familias "
             "indígenas acudieron á los campos del norte, y el patrón dió alojamiento á los cosechadores."],
            f"(El Heraldo de Recreo, {spanish_long(ISSUE10)})", "El Heraldo de Recreo"),
        memories("Qaica'a", "Campamento lataxac",
                 [syl("Qomi lachaxaqui campamento 1960, moqoit naloxoqui algodón lqataxa qoyiguiñi."),
                  syl("Lataxac naloxoqui campamento, moqoit lotaxanaxa escuela.")],
                 "Marta Salteño, Recreo", "Marta Salteño"),
    ],
}
assert OLD10 < ISSUE10 and ISSUE10 == date(1936, 12, 7) and ISSUE10.weekday() == 0

PAGES = [CLOCK_PAGE, WELL_PAGE, BELL_PAGE, ROOF_PAGE, REMIT_PAGE, LEVEE_PAGE, SCHOOL_PAGE, FOUNDING_PAGE, DROUGHT_PAGE,
         COTTON_PAGE]
