"""The text of every holdout154 page, written once: make_holdout154_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-151 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its lead; `("h", line)` prints a subhead (a gold heading) and `("row", line)` a line of a
box (one gold paragraph per printed line); `{cap}` drops the caption and its credit into a paragraph, `{run}` the
running head, `{pq}` the pull quote; `~` marks where a Latin word may be split at a line end (`syl()` marks them,
holdout138's `tidy()` rules kept: never a lone letter on a side, never before a doubled vowel).
Every page is an interview page: a long interview (kicker or deck, title, byline, an intro of two or three
paragraphs, questions and answers, a profile box set between two answers, a pull quote, a caption with its credit
inside an answer, the running head cutting an answer) and a short second piece at the foot (a readers' Q&A column
answering two letters, or a short news story). The sums, the ages, the dates and the weekdays are computed or
asserted here. All papers, people, sums, telephone numbers and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
VOWELS = "aeiouäëöüáéíóúàèìòùāēīōū"
syl = partial(syllables, vowels=VOWELS)


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def french(day):
    return f"{FR[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def italian(day):
    return f"{IT[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def box(head, rows):
    """A profile box set between two answers: its head a heading of the interview, each printed line a paragraph."""
    return [("h", head)] + [("row", r) for r in rows]


def letters(label, title, body, glued=False):
    """A readers' Q&A column at the foot: the label is the section (the kicker or none accepted), the head the title;
    each question (signed at its end) and each answer a paragraph with its label kept."""
    art = {"section": [label, None], "kicker": [None, label], "title": title, "tight": True,
           "lines": [label, title], "body": body}
    if glued:
        art["glued"] = True
    return art


# 1. GBK mainland paper, 人物 page: a small mountain station's master retiring after 31 years; 问/答; a 人物名片
#    box; a glued readers' Q&A column answering two letters.
DAY1 = date(2041, 6, 14)
BORN1, CAME1 = 1981, 2010
YEARS1 = DAY1.year - CAME1
assert YEARS1 == 31 and CAME1 - BORN1 == 29 and DAY1.year - BORN1 == 60
STATION_PAGE = {
    "name": "zh_gbk_crlf_renwu_interview_mountain_station_master_kicker_deck_intro_wen_da_labels_mingpian_box_between_answers_pull_quote_caption_credit_in_answer_running_head_glued_readers_qa_two_letters",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "峄阳日报 2041-06-14 第5版 人物 (a city daily's people page), GBK, CRLF; blank-line paragraphs, wrapped at 22. "
    f"An interview with the master of a small mountain station retiring after {YEARS1} years (kicker `专访`, title "
    "with a full-width gap, **deck** `——访石门坎站站长葛长林` (the subtitle), byline line `本报记者　阎　朔`, an intro "
    "of two paragraphs, then four `问：` questions and four `答：` answers, each a paragraph with its label kept; "
    "**a `人物名片` box of four lines between the second answer and the third question** (its head a heading, each "
    "line a paragraph); a pull quote repeating the last answer's sentence `车再少，站台上也得有人接。` dropped inside "
    "the first answer; a caption and its credit inside the second answer; the running head cutting the third answer "
    "before `后来她孙子…`); then, **with no blank line under the last answer**, the readers' column `铁路问答` "
    "(section) under its head `慢车车票怎么买？`, answering two letters signed `（石门坎　万先生）` and "
    "`（龙潭　蔡女士）`. 2 articles.",
    "date": "2041-06-14", "page": "5",
    "head": ["峄阳日报", f"2041年6月14日　{weekday(DAY1)}　　第5版　人物"],
    "foot": ["本版编辑：钟　霖　　校对：严　青"],
    "furniture": ["峄阳日报", "2041年6月14日", weekday(DAY1), "第5版", "人物", "峄阳日报·人物",
                  "本版编辑：钟　霖", "校对：严　青"],
    "run": ["峄阳日报·人物"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["专访", f"大山里的小站　一守{YEARS1}年", "——访石门坎站站长葛长林", "本报记者　阎　朔"],
         "kicker": "专访", "title": f"大山里的小站　一守{YEARS1}年",
         "subtitle": ["——访石门坎站站长葛长林", "访石门坎站站长葛长林"],
         "byline": ["本报记者　阎　朔", "阎　朔", "阎朔"],
         "captions": ["葛长林在站台上检查道岔。"], "credits": ["（本报记者　阎　朔　摄）"],
         "pull_quotes": ["车再少，站台上也得有人接。"],
         "body": [f"石门坎站是峄阳铁路上最小的一个站，每天只停两趟慢车。站长葛长林在这里一守就是{YEARS1}年，"
                  "下个月他就要退休了。",
                  "6月12日，记者坐早上那趟慢车来到石门坎站，跟着他走了一遍站台和道岔，又在值班室里聊了一个下午。",
                  f"问：{YEARS1}年前，您为什么会来这么偏的小站？",
                  f"答：那年我{CAME1 - BORN1}岁，刚从线路工转成车站值班员，站上缺人，我就报了名。当时想着干两三年"
                  "就走，{pq}没想到一干就是一辈子。",
                  "问：小站的日子是什么样的？",
                  "答：每天两趟慢车，一趟早上七点四十，一趟下午四点十分。车少，可活儿不少，巡道、扫雪、看信号，"
                  "{cap}一样都不能落下。冬天雪大的时候，我们三个人轮班，一夜要扫好几遍道岔。",
                  *box("人物名片", ["葛长林", f"{BORN1}年生，峄阳县人", f"{CAME1}年起任石门坎站站长",
                                    "爱好：拉二胡"]),
                  "问：坐慢车的都是些什么人？",
                  "答：大多是沿线的山里人，赶集的、看病的、上学的。有个老太太每周三都坐早车去县城卖鸡蛋，坐了"
                  "二十多年，{run}后来她孙子考上大学，也是从我们这儿上的车。",
                  "问：退休以后，您最放不下的是什么？",
                  "答：放不下这趟慢车。现在公路修好了，开车去县城只要四十分钟，可慢车票价便宜、停的站多，山里的"
                  "老人还离不开它。我跟接班的小伙子说，车再少，站台上也得有人接。"]},
        letters("铁路问答", "慢车车票怎么买？", [
            "问：我父亲七十多岁，不会用手机，坐慢车还能在车站买票吗？（石门坎　万先生）",
            "答：可以。沿线小站都保留了人工售票窗口，没有窗口的站也可以上车后补票，不收手续费。",
            "问：坐慢车带的行李有重量限制吗？（龙潭　蔡女士）",
            "答：每位旅客可免费携带20千克行李，超过部分按规定办理托运。",
        ], glued=True),
    ],
}

# 2. GB18030 mainland paper, 对话 page: a township postman on a motorbike; 记者/name turns; a 小档案 box; a short
#    本报讯 story at the foot (not glued). Indent-only.
RARE = "\u3c37"  # 㰷, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2041, 9, 3)
PAPERS2, MAIL2 = 8, 4  # 万份 / 万件 a year
ITEMS2 = PAPERS2 + MAIL2
assert ITEMS2 == 12
KM2, YEARS2 = 200000, 16
DAYS2 = 260
assert round(KM2 / YEARS2 / DAYS2) == 48  # about 48 km a working day
POST_PAGE = {
    "name": "zh_gb18030_lf_duihua_interview_township_postman_deck_rare_char_byline_intro_jizhe_name_labels_xiaodangan_box_pull_quote_caption_credit_in_answer_running_head_indent_only_benbaoxun_story_at_foot",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"黔溪报 2041-09-03 第3版 对话 (a prefecture paper's interview page; `{RARE}` U+3C37, CJK Extension A, in the "
    f"reporter's name `覃　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. An interview "
    f"with a township postman who has ridden {KM2:,} km on a motorbike in {YEARS2} years (title with a full-width gap, "
    "**deck** `对话乡邮员吴光荣` (the subtitle), byline line, an intro of two paragraphs, then turns labelled "
    "`记者：` and `吴光荣：`, each a paragraph with its label kept; **a `小档案` box of four lines between two "
    "answers**; a pull quote inside an answer; a caption and its credit inside an answer; the running head cutting an "
    f"answer; {ITEMS2}万 items a year = {PAPERS2}万 papers + {MAIL2}万 letters and parcels, summed); then, after a "
    "blank line, a 本报讯 story. 2 articles.",
    "date": "2041-09-03", "page": "3",
    "head": ["黔溪报", f"2041年9月3日　{weekday(DAY2)}　　第3版　对话", "责任编辑：龙　沅"],
    "foot": ["黔溪报社　　新闻热线：0855-6214370"],
    "furniture": ["黔溪报", "2041年9月3日", weekday(DAY2), "第3版", "对话", "责任编辑：龙　沅", "黔溪报·对话",
                  "黔溪报社", "新闻热线：0855-6214370"],
    "run": ["黔溪报·对话"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["一辆摩托　跑了二十万公里", "对话乡邮员吴光荣", f"本报记者　覃　{RARE}"],
         "title": "一辆摩托　跑了二十万公里", "subtitle": "对话乡邮员吴光荣",
         "byline": [f"本报记者　覃　{RARE}", f"覃　{RARE}", f"覃{RARE}"],
         "captions": ["吴光荣把报纸送到寨子里。"], "credits": [f"（本报记者　覃　{RARE}　摄）"],
         "pull_quotes": ["山里人等的不是报纸，是外面的消息。"],
         "body": [f"吴光荣是雷公山下一个乡邮政所的乡邮员，负责全乡九个村的邮件投递。{YEARS2}年来，他骑坏了三辆"
                  "摩托车，跑了二十万公里。",
                  "上周，记者跟着他跑了一趟最远的邮路，来回一百二十多公里，路上说得最多的是“快到了”。",
                  "记者：每天要送多少东西？",
                  f"吴光荣：一年下来，报刊大约{PAPERS2}万份，信件和包裹大约{MAIL2}万件，加起来{ITEMS2}万件。"
                  "{pq}现在网购的人多了，包裹一年比一年多。",
                  "记者：路上最难的是什么？",
                  "吴光荣：最难是下雨天。山路滑，有一段全是泥巴，摩托车推着走，{cap}一身泥一身汗。有一回车翻到"
                  "沟里，我先把邮包抱上来，再去拉车。",
                  *box("小档案", ["吴光荣", "1990年生，苗族", f"{DAY2.year - YEARS2}年起任乡邮员", "负责邮路：九个村"]),
                  "记者：为什么一定要送到家？",
                  "吴光荣：寨子里老人多，有的不识字，我得念给他们听。山里人等的不是报纸，是外面的消息。有个"
                  "老人的儿子在外地打工，每个月寄一封信，{run}他就天天在路口等我。",
                  "记者：有没有想过换个工作？",
                  "吴光荣：想过，但舍不得。路一年比一年好走了，我打算再跑几年，把这条邮路交给年轻人。"]},
        {"tight": True, "lines": ["全县村级快递服务站增至126个"], "title": "全县村级快递服务站增至126个",
         "byline": [None, "记者　甘　霏", "甘　霏", "甘霏"],
         "body": ["本报讯（记者　甘　霏）记者从县商务局获悉，今年新建的38个村级快递服务站已全部投用，全县村级快递"
                  "服务站增至126个，群众在村里就能取寄包裹。"]},
    ],
}
assert 126 - 38 == 88

# 3. Big5 Taiwan paper, 人物 page: a sea-rescue volunteer in Penghu; questions and answers unlabelled, each its own
#    paragraph; a 小檔案 box; a glued 【記者…報導】 story.
DAY3 = date(2041, 7, 18)
ROC3 = DAY3.year - 1911
assert ROC3 == 130
RESCUED3 = [(2021, 2030, 41), (2031, 2040, 36), (2041, 2041, 3)]
N3 = sum(n for _, _, n in RESCUED3)
assert N3 == 80
RESCUE_PAGE = {
    "name": "zht_big5_cr_taiwan_renwu_interview_penghu_sea_rescue_volunteer_kicker_intro_unlabelled_questions_answers_xiaodangan_box_pull_quote_caption_credit_in_answer_running_head_glued_jizhe_baodao_story",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": f"澎海日報 2041-07-18 (`中華民國{ROC3}年7月18日`) B2 人物 (a Penghu paper, Taiwan), Big5, CR; blank-line "
    f"paragraphs, wrapped at 20. An interview with a fisherman who volunteers in sea rescue and has helped bring in "
    f"{N3} people in twenty years (41 + 36 + 3, summed; kicker `人物專訪`, title, byline line `記者洪雅筑／澎湖報導`, an "
    "intro of three paragraphs, then **questions and answers with no label at all** (bold questions in print; each "
    "question and each answer a paragraph, nothing added); **a `小檔案` box of four lines between two answers**; a "
    "pull quote inside an answer; a caption and its credit inside an answer; a 「」 quotation; the running head "
    "cutting an answer); then, **with no blank line under the last answer**, a story whose head sits above its lead "
    "`【記者許哲瑋／澎湖報導】`. 2 articles.",
    "date": "2041-07-18", "page": "B2",
    "head": [f"澎海日報　中華民國{ROC3}年7月18日　{weekday(DAY3)}", "B2　人物　　編輯：歐陽珮"],
    "foot": ["澎海日報社　讀者服務專線：(06)926-4418"],
    "furniture": ["澎海日報", f"中華民國{ROC3}年7月18日", weekday(DAY3), "B2", "人物", "編輯：歐陽珮",
                  "澎海日報．人物", "澎海日報社", "讀者服務專線：(06)926-4418"],
    "run": ["澎海日報．人物"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["人物專訪", "海上救難二十年　「能救一個是一個」", "記者洪雅筑／澎湖報導"],
         "kicker": "人物專訪", "title": "海上救難二十年　「能救一個是一個」",
         "byline": ["記者洪雅筑／澎湖報導", "洪雅筑"],
         "captions": ["許順發在漁港檢查救生圈。"], "credits": ["（記者洪雅筑攝）"],
         "pull_quotes": ["海上沒有別人，只有你。"],
         "body": [f"六十二歲的許順發在澎湖捕魚四十多年，也當了二十年海上救難志工。二十年來，他和隊友一起救回"
                  f"{N3}人。",
                  "救難隊的成員都是漁民，手機一響就得出海，不管是半夜還是颱風前。",
                  "日前，記者在漁港見到他，他剛從海上回來，身上還穿著雨衣。",
                  "當初為什麼加入救難隊？",
                  "年輕時我有個朋友在海上出事，船翻了，等了三個鐘頭才有人去，人沒救回來。{pq}那時候我就想，以後"
                  "有人出事，我要第一個到。",
                  "最難忘的一次救援是哪一次？",
                  "有一年冬天，一艘小船在外海拋錨，浪有三公尺高。我們開了兩個鐘頭才找到，{cap}船上三個人都凍得"
                  "說不出話。把人拉上來的時候，有一個年輕人一直哭。",
                  *box("小檔案", ["許順發", "1979年生，澎湖人", "漁民，海上救難志工", f"二十年救回{N3}人"]),
                  "出海救人會害怕嗎？",
                  "怕啊，可是不能想太多。我常跟年輕隊員說，「海上沒有別人，只有你。」你不去，就沒人去了。"
                  "我太太每次都說不要去，{run}可是我出門，她還是幫我把雨衣拿好。",
                  "對年輕人有什麼期待？",
                  "現在隊上最年輕的二十五歲，我希望多一點年輕人加入，學游泳、學急救，有一天用得到。"]},
        {"glued": True, "tight": True, "lines": ["漁港加裝夜間照明　月底完工"], "title": "漁港加裝夜間照明　月底完工",
         "byline": [None, "記者許哲瑋／澎湖報導", "記者許哲瑋", "許哲瑋"],
         "body": ["【記者許哲瑋／澎湖報導】為了方便漁民夜間進出港，一處漁港正加裝四十盞照明燈，預計月底完工，"
                  "救難船夜間出港也更安全。"]},
    ],
}
assert DAY3.year - 1979 == 62 and RESCUED3[0][0] == DAY3.year - 20  # 許順發: 62, a volunteer for twenty years

# 4. Big5-HKSCS Hong Kong district paper in Cantonese, 訪談: a red minibus driver of 30 years; 記者/name turns; a
#    小檔案 box; a glued readers' Q&A column (two letters). Indent-only.
DAY4 = date(2041, 5, 9)
FARE4 = (12.5, 6.3)  # adult fare, elderly fare (HK$)
assert round(FARE4[0] - FARE4[1], 1) == 6.2
MINIBUS_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_fangtan_interview_red_minibus_driver_cantonese_kicker_jizhe_name_labels_xiaodangan_box_pull_quote_caption_credit_in_answer_running_head_indent_only_glued_readers_qa_two_letters",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "荃西區報 2041-05-09 第4頁 訪談 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 嚟 佢 冇 啲`; "
    "in neither cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. An interview in Cantonese with a red "
    "minibus driver of thirty years (kicker `訪談`, title with a full-width gap, byline line `記者　麥詩蔚`, an intro "
    "of two paragraphs, then turns labelled `記者：` and `忠哥：`, each a paragraph with its label kept; **a `小檔案` "
    "box of four lines between two answers**; a pull quote inside an answer; a caption and its credit inside an "
    "answer; the running head cutting an answer); then, **with no blank line under the last answer**, the readers' "
    "column `街坊問答` (section) under its head `長者搭小巴有冇優惠？`, answering two letters signed `（荃灣　李太）` "
    f"and `（深井　陳生）` (fares ${FARE4[0]} and ${FARE4[1]}). 2 articles.",
    "date": "2041-05-09", "page": "4",
    "head": [f"荃西區報　2041年5月9日　{weekday(DAY4)}　第4頁", "訪談　　編輯：鄺嘉欣"],
    "foot": ["荃西區報社　　熱線：2416 3058"],
    "furniture": ["荃西區報", "2041年5月9日", weekday(DAY4), "第4頁", "訪談", "編輯：鄺嘉欣", "荃西區報．訪談",
                  "荃西區報社", "熱線：2416 3058"],
    "run": ["荃西區報．訪談"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["揸咗三十年紅van", "忠哥：最鍾意聽乘客講多謝", "記者　麥詩蔚"],
         "kicker": "揸咗三十年紅van", "title": "忠哥：最鍾意聽乘客講多謝",
         "byline": ["記者　麥詩蔚", "麥詩蔚"],
         "captions": ["忠哥喺小巴站等客。"], "credits": ["（麥詩蔚攝）"],
         "pull_quotes": ["揸車唔係淨係趕時間，係送人返屋企。"],
         "body": ["六十三歲嘅忠哥揸紅色小巴已經三十年，由荃灣揸去深井，一日揸十個鐘，熟客多到數唔晒。",
                  "佢下個月就退休，記者喺小巴站等咗佢兩轉車，先至同佢坐低傾偈。",
                  "記者：點解會揸小巴？",
                  "忠哥：以前喺工廠做嘢，工廠搬咗上大陸，我冇咗份工，有個朋友叫我考車牌，一揸就揸到而家。",
                  "記者：揸小巴最辛苦係咩？",
                  "忠哥：最辛苦係落雨同塞車。乘客趕返工，個個都催你，{cap}你又唔可以開快，安全第一。",
                  *box("小檔案", ["忠哥（原名鄧家忠）", "1978年生，荃灣長大", "紅色小巴司機三十年", "最鍾意：飲早茶"]),
                  "記者：有冇難忘嘅乘客？",
                  "忠哥：有個婆婆，日日朝早坐我架車去街市，佢行得慢，我就等佢坐好先開車。{pq}後來佢入咗老人院，"
                  "佢個女專登打電話嚟{run}多謝我。揸車唔係淨係趕時間，係送人返屋企。",
                  "記者：退休之後有咩打算？",
                  "忠哥：陪老婆去飲茶，周圍行下。不過我諗我都會坐下小巴，聽下啲後生司機點揸。"]},
        letters("街坊問答", "長者搭小巴有冇優惠？", [
            "問：我今年六十八歲，搭紅色小巴有冇長者優惠？（荃灣　李太）",
            f"答：紅色小巴票價由司機自定，部分路線有長者優惠，例如荃灣往深井一程成人{FARE4[0]}元，長者{FARE4[1]}元，"
            "上車前可以問清楚司機。",
            "問：喺小巴上面唔見咗銀包，可以點搵返？（深井　陳生）",
            "答：可以記低車牌同搭車時間，打去小巴站嘅負責人或者報警，好多司機收車時都會執到失物交返。",
        ], glued=True),
    ],
}
assert 2041 - 1978 == 63

# 5. UTF-8 Malaysian paper (Raub, Pahang), 人物: a durian farmer; 问/答; a 人物小档案 box; a glued （劳勿讯） story.
DAY5 = date(2041, 6, 27)
TREES5 = [("猫山王", 420), ("黑刺", 180), ("红虾", 100)]
N5 = sum(n for _, n in TREES5)
assert N5 == 700
DURIAN_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_renwu_interview_raub_durian_farmer_kicker_deck_intro_wen_da_labels_renwu_xiaodangan_box_pull_quote_caption_credit_in_answer_running_head_glued_place_tag_story",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "峦山日报 2041-06-27 B3 人物 (a Malaysian Chinese daily's Pahang pages, Raub (`劳勿`); simplified), UTF-8 "
    f"without BOM, LF; blank-line paragraphs, wrapped at 21. An interview with a second-generation durian farmer "
    f"({N5} trees = 420 + 180 + 100 by kind, summed; kicker `人物`, title, **deck** `专访劳勿榴莲园主黄志谦` (the "
    "subtitle), byline line `记者　邬慧敏`, an intro of two paragraphs, then `问：`/`答：` turns, each a paragraph "
    "with its label kept; **a `人物小档案` box of four lines between two answers**; a pull quote inside an answer; a "
    "caption and its credit inside an answer; the running head cutting an answer); then, **with no blank line under "
    "the last answer**, a story whose head sits above its lead, opened by the place tag `（劳勿讯）`, kept. "
    "2 articles.",
    "date": "2041-06-27", "page": "B3",
    "head": [f"峦山日报　　2041年6月27日　{weekday(DAY5)}", "B3　彭亨　人物　　主编：卓伟杰"],
    "foot": ["峦山日报　新闻热线：09-355 2817"],
    "furniture": ["峦山日报", "2041年6月27日", weekday(DAY5), "B3", "彭亨", "人物", "主编：卓伟杰", "峦山日报·彭亨",
                  "峦山日报", "新闻热线：09-355 2817"],
    "run": ["峦山日报·彭亨"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["人物", "守着父亲种下的榴莲树", "专访劳勿榴莲园主黄志谦", "记者　邬慧敏"],
         "kicker": "人物", "title": "守着父亲种下的榴莲树", "subtitle": "专访劳勿榴莲园主黄志谦",
         "byline": ["记者　邬慧敏", "邬慧敏"],
         "captions": ["黄志谦在园里捡榴莲。"], "credits": ["（邬慧敏摄）"],
         "pull_quotes": ["榴莲是等出来的，不是摘出来的。"],
         "body": [f"劳勿山区的榴莲季又到了。四十五岁的黄志谦守着父亲留下的榴莲园，园里有{N5}棵树，其中"
                  + "、".join(f"{k}{n}棵" for k, n in TREES5) + "。",
                  "每年这个时候，他天还没亮就进园，一直忙到天黑。记者日前到园里，跟他聊起这片果园的三十年。",
                  "问：您是怎样接手这片果园的？",
                  "答：园是我父亲三十年前开的。我本来在吉隆坡做会计，{pq}父亲身体不好，我就回来了，那年我三十岁。",
                  "问：种榴莲最难的是什么？",
                  "答：最难是天气。开花的时候下大雨，花就掉光了，一年白做。{cap}还有就是虫害，一不小心整棵树就"
                  "没了。",
                  *box("人物小档案", ["黄志谦", "1996年生，劳勿人", "榴莲园主，第二代", f"果园：{N5}棵榴莲树"]),
                  "问：为什么坚持等榴莲自己掉下来？",
                  "答：我父亲说过，榴莲是等出来的，不是摘出来的。自己掉下来的才够熟、够香，客人吃过一次就会"
                  "{run}再来。",
                  "问：下一代会接手吗？",
                  "答：我儿子在读农业，他说毕业后要回来。我很开心，这些树还可以再种三十年。"]},
        {"glued": True, "tight": True, "lines": ["劳勿榴莲节下月登场"], "title": "劳勿榴莲节下月登场",
         "body": ["（劳勿讯）一年一度的劳勿榴莲节将于下月第二个周末在市区广场举行，共有六十个摊位，主办单位预计"
                  "吸引两万名游客。"]},
    ],
}
assert DAY5.year - 1996 == 45 and 2041 - 2026 + 30 == 45

# 6. UTF-16 LE mainland paper, 人物: a lighthouse keeper on an island off Zhoushan; 问/答; a 人物名片 box; a readers'
#    Q&A column at the foot (not glued). Indent-only.
DAY6 = date(2041, 10, 22)
DUSK6, DAWN6 = 18, 6  # the light burns from 18:00 to 06:00 and is looked at once an hour
ROUNDS6 = 24 - DUSK6 + DAWN6
assert ROUNDS6 == 12
LIGHT_PAGE = {
    "name": "zh_utf16le_bom_crlf_renwu_interview_island_lighthouse_keeper_kicker_deck_two_name_byline_intro_wen_da_labels_mingpian_box_pull_quote_caption_credit_in_answer_running_head_indent_only_readers_qa_at_foot",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "甬东晚报 2041-10-22 第6版 人物 (a city evening paper, Zhoushan setting), UTF-16 LE with BOM, CRLF; "
    "indent-only paragraphs, wrapped at 22. An interview with a lighthouse keeper on a small island (kicker "
    "`人物·专访`, title, **deck** `——对话鹁鸪屿灯塔守护人施海生` (the subtitle), byline line `本报记者　柯　澄　"
    "通讯员　翁小舟`, an intro of three paragraphs, then `问：`/`答：` turns, each a paragraph with its label kept; "
    "**a `人物名片` box of four lines between two answers**; a pull quote inside an answer; a caption and its credit "
    "inside an answer; the running head cutting an answer); then, after a blank line, the readers' column "
    "`海岛问答` (section) under its head `怎样去鹁鸪屿看灯塔？`, answering two letters signed `（定海　方女士）` and "
    "`（普陀　屠先生）`. 2 articles.",
    "date": "2041-10-22", "page": "6",
    "head": ["甬东晚报", f"2041年10月22日　{weekday(DAY6)}　　第6版　人物"],
    "foot": ["本版责编：应　岚　　美编：倪　川"],
    "furniture": ["甬东晚报", "2041年10月22日", weekday(DAY6), "第6版", "人物", "甬东晚报·人物", "本版责编：应　岚",
                  "美编：倪　川"],
    "run": ["甬东晚报·人物"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["人物·专访", "一个人，一座塔，二十六年", "——对话鹁鸪屿灯塔守护人施海生",
                   "本报记者　柯　澄　通讯员　翁小舟"],
         "kicker": "人物·专访", "title": "一个人，一座塔，二十六年",
         "subtitle": ["——对话鹁鸪屿灯塔守护人施海生", "对话鹁鸪屿灯塔守护人施海生"],
         "byline": ["本报记者　柯　澄　通讯员　翁小舟", "柯　澄　翁小舟", "柯澄　翁小舟", "柯　澄"],
         "captions": ["施海生在灯塔顶层擦拭灯器。"], "credits": ["（翁小舟　摄）"],
         "pull_quotes": ["灯亮着，船就知道往哪里走。"],
         "body": ["鹁鸪屿是一座只有几户人家的小岛，岛顶有一座白色灯塔。施海生在这里守了二十六年，每天晚上，"
                  "他都要爬上塔顶看一看灯。",
                  "岛上没有商店，生活用品靠每周一班的交通船送来。",
                  "寒露过后，海上风大，记者搭交通船上岛，和他在灯塔下聊了一个晚上。",
                  "问：守灯塔每天要做些什么？",
                  f"答：白天擦灯、检查电池和太阳能板，晚上每隔一个钟头看一次灯，一晚上要看{ROUNDS6}次。",
                  "问：一个人在岛上，寂寞吗？",
                  "答：刚来那几年很寂寞，晚上只有海浪声。后来我学会了看云看浪，{cap}哪天起风、哪天有雾，我比天气"
                  "预报还准。",
                  *box("人物名片", ["施海生", "1975年生，舟山人", "2015年起守鹁鸪屿灯塔", "爱好：写日记"]),
                  "问：这些年最让您放心不下的是什么？",
                  "答：是灯。{pq}有一年台风把电线刮断了，我打着手电筒在塔顶守了一夜，用备用电源把灯点着，天亮"
                  "{run}才下来。",
                  "问：您想对年轻人说点什么？",
                  "答：灯亮着，船就知道往哪里走。这份工作不起眼，总要有人来做。"]},
        letters("海岛问答", "怎样去鹁鸪屿看灯塔？", [
            "问：听说鹁鸪屿的灯塔可以参观，平时怎么上岛？（定海　方女士）",
            "答：每周六上午有一班交通船从沈家门码头开往鹁鸪屿，下午返回。灯塔只在白天开放，需提前一天电话预约。",
            "问：岛上能过夜吗？（普陀　屠先生）",
            "答：岛上没有旅馆，暂不接待过夜游客，请按时乘船返回。",
        ]),
    ],
}
assert 2041 - 2015 == 26 and 2041 - 1975 == 66

# 7. Yaqui (Yoem Noki; Las Guásimas, Sonora, Mexico), Windows-1252: a fishing co-operative's head; `P:`/`R:` turns;
#    a `Perfil` box; a glued dateline story. Spanish furniture.
DAY7 = date(2041, 3, 15)
MEN7, WOMEN7 = 40, 24
MEMBERS7 = MEN7 + WOMEN7
assert MEMBERS7 == 64
BORN7 = 1984
FISH_PAGE = {
    "name": "yaq_cp1252_crlf_yaqui_entrevista_interview_fishing_cooperative_head_kicker_byline_dateline_p_r_labels_perfil_box_pull_quote_caption_credit_in_answer_running_head_hyphenation_glued_dateline_story",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Yoem Etehoim 2041-03-15 Página 4 Entrevista (an invented paper of the Yaqui pueblos, Sonora, Mexico; Yaqui "
    "text, Spanish furniture), Windows-1252 (`á é í ó “ ” – ·`), CRLF; blank-line paragraphs, wrapped at 36 with "
    f"hyphenation. An interview with the head of a fishing co-operative of {MEMBERS7} members ({MEN7} + {WOMEN7}, "
    "summed; kicker `Etehoa`, title over two lines, byline line `Hiokteme: Rosa Buitimea`, the dateline `WASIMAM –`, "
    "an intro of two paragraphs, then turns labelled `P:` and `R:` (pregunta, respuesta), each a paragraph with its "
    "label kept; **a `Perfil` box of three lines between two answers**; a pull quote inside an answer; a caption "
    "and its credit inside an answer; the running head cutting an answer); then, **with no blank line under the last "
    "answer**, a story with the dateline `VIKAM –`. 2 articles.",
    "date": "2041-03-15", "page": "4",
    "head": [f"YOEM ETEHOIM · {spanish(DAY7)} · Página 4", "Entrevista · Editor: Ramón Yocupicio"],
    "foot": ["Yoem Etehoim · etehoim@vikam.example.mx"],
    "furniture": ["YOEM ETEHOIM", spanish(DAY7), "Página 4", "Entrevista", "Editor: Ramón Yocupicio",
                  "Yoem Etehoim · Entrevista", "Yoem Etehoim", "etehoim@vikam.example.mx"],
    "run": ["Yoem Etehoim · Entrevista"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Etehoa", "Lucía Valenzuela: kuchu", "hoame aa yo'ore", "Hiokteme: Rosa Buitimea"],
         "kicker": "Etehoa", "title": "Lucía Valenzuela: kuchu hoame aa yo'ore",
         "byline": ["Hiokteme: Rosa Buitimea", "Rosa Buitimea"],
         "captions": ["Lucía Valenzuela kuchu wikiam ama ho'ak."], "credits": ["Foto: Jesús Matus"],
         "pull_quotes": ["“Ume baawe itom aa'e, itom usim betchi'ivo.”"],
         "body": [syl(f"WASIMAM – Lucía Valenzuela Wasimampo kuchu hoame kooperatiivapo yaura. {MEMBERS7} "
                      f"hoaram into: {MEN7} o'ouwim, {WOMEN7} hamuchim. Ume kooperatiiva bahi taewaim ama "
                      "yeu siika."),
                  syl("Inepo aapo'ik noki, senu ta'apo, kuchu batwepo siika."),
                  syl("P: Haisa em kuchu hoame yaurata aawek?"),
                  syl("R: In achai kuchu hoame aane. Inepo usiaka kaa tu'i hiohteme, ta'ap betana "
                      "kuchu hoa nee majtak. Hamuchim kia buere kaa kuchu hoame tuuri."),
                  syl("P: Hitasa em kooperatiivapo yoowe?"),
                  syl("R: Ume baawe, ume kuchu kaa yeu bitchu. {cap}Itepo ousi tekipanoa, ta'apo kuchu "
                      "wikiam amani ho'ak, ta'ap bahi tuka bitchuka weye."),
                  *box("Perfil", ["Lucía Valenzuela Matus", f"Yeu siika: {BORN7}, Wasimam",
                                  "Kooperatiiva yaura, 2036 betana"]),
                  syl("P: Hitasa hamuchim kooperatiivapo ya'ari?"),
                  syl("R: Hamuchim kuchu sawe, kuchu nenkawa, kooperatiivata {pq}tekil bepa hiokteme. "
                      "Senu ta'apo hamut aa yo'orek {run}yaura."),
                  syl("P: Hitasa em usim betchi'ivo aa'awa?"),
                  syl("R: Ume baawe itom aa'e, itom usim betchi'ivo. Itepo baawe tu'ulisi "
                      "aa hoowa.")]},
        {"glued": True, "tight": True, "lines": ["Vikampo yo'owe bato'im", "into machiria kari"],
         "title": "Vikampo yo'owe bato'im into machiria kari",
         "body": [syl("VIKAM – Vikampo yo'owe bato'im into machiria kari a hoowak, bahi "
                      "maestrom ama tekipanoa, domingo ta'apo yeu kibakne.")]},
    ],
}
assert DAY7.year - BORN7 == 57

# 8. Tohono O'odham (Sells, Arizona), UTF-8 with BOM, CR: a saguaro-harvest camp's keeper; `Q:`/`A:` turns; a
#    `Profile` box; a readers' Q&A column answering two letters at the foot (not glued). Indent-only, three spaces.
DAY8 = date(2041, 6, 20)
PAILS8 = [("Topawa", 14), ("Sells", 9), ("Ge Oidag", 7)]
N8 = sum(n for _, n in PAILS8)
assert N8 == 30
BORN8 = 1969
SAGUARO_PAGE = {
    "name": "ood_utf8_bom_cr_tohono_oodham_interview_saguaro_harvest_camp_keeper_kicker_dateline_q_a_labels_profile_box_pull_quote_caption_credit_in_answer_running_head_indent_three_spaces_readers_qa_two_letters",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "   ", "blank": False,
    "note": "Ha'icu A:ga 2041-06-20 Page 5 Interview (an invented paper of the Tohono O'odham country, Sells, Arizona; "
    "O'odham text, English furniture), UTF-8 with BOM (`ñ ṣ ḍ :` length marks, `“ ” – ·`), CR; **indent-only "
    "paragraphs (three spaces)**, wrapped at 40 with hyphenation. An interview with the keeper of a saguaro-fruit "
    f"harvest camp ({N8} pails of fruit = 14 + 9 + 7 by family camp, summed; kicker `Bahidaj`, title over two lines, "
    "byline line `O'ohan: Delia Manuel`, the dateline `SELLS –`, an intro of two paragraphs, then turns labelled "
    "`Q:` and `A:`, each a paragraph with its label kept; **a `Profile` box of three lines between two answers**; a "
    "pull quote inside an answer; a caption and its credit inside an answer; the running head cutting an answer); "
    "then, after a blank line, the readers' column `Ñ-ñiokĭ` (section) under its head, answering two letters "
    "signed at their end. 2 articles.",
    "date": "2041-06-20", "page": "5",
    "head": [f"HA'ICU A:GA · {english(DAY8)} · Page 5", "Interview · Editor: Leonard Antone"],
    "foot": ["Ha'icu A:ga · aga@sells.example.org"],
    "furniture": ["HA'ICU A:GA", english(DAY8), "Page 5", "Interview", "Editor: Leonard Antone",
                  "Ha'icu A:ga · Interview", "Ha'icu A:ga", "aga@sells.example.org"],
    "run": ["Ha'icu A:ga · Interview"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Bahidaj", "Verna Jose: ha:ṣañ bahidaj", "d g ñ-we:maḍ", "O'ohan: Delia Manuel"],
         "kicker": "Bahidaj", "title": "Verna Jose: ha:ṣañ bahidaj d g ñ-we:maḍ",
         "byline": ["O'ohan: Delia Manuel", "Delia Manuel"],
         "captions": ["Verna Jose kuipaḍ ab ha:ṣañ ḍaḍhaiwua."], "credits": ["Photo: Raymond Lopez"],
         "pull_quotes": ["“Ha:ṣañ bahidaj ab ha'icu tatamam, heg hekaj o ṣ-ap taṣ.”"],
         "body": [syl(f"SELLS – Verna Jose ha'icu Topawa ab bahidaj kii ha'ap ha-ñeñeidam. Ha:ṣañ bahidaj "
                      f"heg tash amjeḍ {N8} ha'a ab ha-ha'ap ho'ige: "
                      + ", ".join(f"{k} {n}" for k, n in PAILS8) + "."),
                  syl("Verna Jose ñ-ñiok g O'odham ha-ñiok tatamam mo ha:ṣañ bahidaj hekaj am o tatamam ha-wui."),
                  syl("Q: Ṣ-ap o ha:ṣañ bahidaj ha-cicwi?"),
                  syl("A: Ñ-je'e ab wud ñ-ma:sikam. Ha'icu am ñ-we:maḍ ha:ṣañ bahidaj, kuipaḍ "
                      "amjeḍ, {cap}heg hekaj ñ-we:maḍ ha-ṣaḍi."),
                  syl("Q: Ṣa:cu ha:ṣañ bahidaj heg ab ha'icu?"),
                  syl("A: Ha'icu ha:ṣañ bahidaj siyo ge ha'a {pq}ab o ñeñeida, ha'icu cukma ñ-je'e am "
                      "wuhioḍ bahidaj ab hihim."),
                  *box("Profile", ["Verna Jose", f"Born: {BORN8}, Topawa", "Camp keeper since 2011"]),
                  syl("Q: Ṣa:cu ab o ha-ñeñeida alidag?"),
                  syl("A: Ha:ṣañ bahidaj ab ha'icu tatamam, heg hekaj o ṣ-ap taṣ. Alidag "
                      "wud ñ-we:maḍ, ha'icu ha:ṣañ am ñ-ñeñeida {run}ge hemajkam."),
                  syl("Q: Ṣa:cu o ñeid ab kia?"),
                  syl("A: Ñia, ha'icu alidag bahidaj ha-ñeñeida, ha:ṣañ bahidaj heg o ṣ-ap tatamam.")]},
        letters("Ñ-ñiokĭ", "Bahidaj am kuipaḍ", [
            syl("Q: Ṣa:cu kuipaḍ ab ha'icu ha:ṣañ bahidaj hekaj? (Sharon M., Topawa)"),
            syl("A: Kuipaḍ wud ha:ṣañ ha-ḍa:k, ab hekaj ha'icu bahidaj am ṣ-ap ha-ñeñeida."),
            syl("Q: Ṣa:cu ab o ha'icu bahidaj ha'a ab ha-hu:? (Gerald F., Ge Oidag)"),
            syl("A: Bahidaj ha'a ab ha-hu: ge ṣ-ap ha-ñeñeida, ha'icu hemajkam am ñeid."),
        ]),
    ],
}
assert DAY8.year - BORN8 == 72 and DAY8.year - 2011 == 30

# 9. Tuamotuan (Paumotu; Takaroa, Tuamotu, French Polynesia), UTF-16 BE with BOM, LF: a pearl farmer; `Ui:` /
#    `Pāhono:` turns; a `Fiche` box; a glued dateline story. French furniture.
DAY9 = date(2041, 8, 6)
GRADES9 = [("A", 400), ("B", 1100), ("C", 1700)]
N9 = sum(n for _, n in GRADES9)
assert N9 == 3200
BORN9 = 1977
PEARL_PAGE = {
    "name": "pmt_utf16be_bom_lf_tuamotuan_entretien_interview_takaroa_pearl_farmer_kicker_dateline_ui_pahono_labels_fiche_box_pull_quote_caption_credit_in_answer_running_head_macrons_hyphenation_glued_dateline_story",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Te Vea Paumotu 2041-08-06 Page 3 Entretien (an invented paper of the Tuamotu, French Polynesia; Tuamotuan "
    "text, French furniture), UTF-16 BE with BOM (`ā ē ī ō ū`, `« » – ·`), LF; blank-line paragraphs, wrapped at 38 "
    f"with hyphenation. An interview with a pearl farmer of Takaroa ({N9} pearls = 400 + 1100 + 1700 by grade, "
    "summed; kicker `Ravapoe`, title over two lines, byline line `Tā: Hinano Tehei`, the dateline `TAKAROA –`, an "
    "intro of two paragraphs, then turns labelled `Ui:` (question) and `Pāhono:` (answer), each a paragraph with its "
    "label kept; **a `Fiche` box of three lines between two answers**; a pull quote inside an answer; a caption and "
    "its credit inside an answer; the running head cutting an answer); then, **with no blank line under the last "
    "answer**, a story with the dateline `MANIHI –`. 2 articles.",
    "date": "2041-08-06", "page": "3",
    "head": [f"TE VEA PAUMOTU · {french(DAY9)} · Page 3", "Entretien · Rédaction : Moana Teriitahi"],
    "foot": ["Te Vea Paumotu · vea@takaroa.example.pf"],
    "furniture": ["TE VEA PAUMOTU", french(DAY9), "Page 3", "Entretien", "Rédaction : Moana Teriitahi",
                  "Te Vea Paumotu · Entretien", "Te Vea Paumotu", "vea@takaroa.example.pf"],
    "run": ["Te Vea Paumotu · Entretien"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Ravapoe", "Tavita Puhetini: e toru tauatini", "poe i teie matahiti", "Tā: Hinano Tehei"],
         "kicker": "Ravapoe", "title": "Tavita Puhetini: e toru tauatini poe i teie matahiti",
         "byline": ["Tā: Hinano Tehei", "Hinano Tehei"],
         "captions": ["Tavita Puhetini e hakatika ana i te pārau."], "credits": ["Photo : Teva Mahinui"],
         "pull_quotes": ["« Ko te tai te metua o te poe. »"],
         "body": [syl(f"TAKAROA – I teie matahiti, ua hoko Tavita Puhetini e {N9} poe: "
                      + ", ".join(f"{n} poe {g}" for g, n in GRADES9)
                      + ". Ko tona fare ravapoe i te hiti o te tairoto."),
                  syl("E rima tamariki tona e e toru o ratou e rave ana i te ohipa i te fare ravapoe."),
                  syl("Ui: Nahea koe i haamata ai i te ohipa poe?"),
                  syl("Pāhono: Ko toku metua tane te ravapoe matamua i Takaroa. I te tau ua pakupaku au, "
                      "ua haere au i te tairoto e ana, e ua hapii au i te hakatika i te pārau."),
                  syl("Ui: Eaha te mea fifi roa i te ohipa poe?"),
                  syl("Pāhono: Te ahu o te tai. Mea ahu roa te tai i teie nei, {cap}e pohe te pārau "
                      "e rave rahi, e ere i te mea ohie."),
                  *box("Fiche", ["Tavita Puhetini", f"Fānau: {BORN9}, Takaroa", "Ravapoe mai te matahiti 2004"]),
                  syl("Ui: Eaha ta oe e parau i te mau tamarikiau?"),
                  syl("Pāhono: Ko te tai te metua o te poe. E tiaau tatou i te tairoto, e ore te "
                      "poe e {pq}noho ki te hoe tai repo. E hapii au i taku mau tamariki i te hakatika "
                      "i te tai {run}atoa."),
                  syl("Ui: Eaha to oe tiaturiraa no te matahiti ia tae mai?"),
                  syl("Pāhono: Ia maitai te tai, e ia rahi atu te poe maitai, e taiva ma te hakaaroha "
                      "i te tairoto.")]},
        {"glued": True, "tight": True, "lines": ["Manihi: e fare haapiiraa", "api no te ravapoe"],
         "title": "Manihi: e fare haapiiraa api no te ravapoe",
         "body": [syl("MANIHI – E fare haapiiraa api no te ravapoe i Manihi, e hapii te mau "
                      "tamarikiau i te hakatika i te pārau e i te tiaau i te tairoto.")]},
    ],
}
assert DAY9.year - BORN9 == 64

# 10. Mòcheno (Bersntol / Valle dei Mòcheni, Trentino, Italy), ISO 8859-1, LF: the valley's snow-plough driver;
#     `Blatl:` / `Lorenz:` turns; a `Scheda` box; a readers' Q&A column at the foot (not glued). Indent-only, two
#     spaces. Italian furniture.
DAY10 = date(2041, 1, 24)
KM10 = [("Palai", 9), ("Vlarotz", 7), ("Garait", 6)]
N10 = sum(k for _, k in KM10)
assert N10 == 22
BORN10 = 1979
SNOW_PAGE = {
    "name": "mhn_latin1_lf_mocheno_intervista_interview_valley_snow_plough_driver_kicker_dateline_name_labels_scheda_box_pull_quote_caption_credit_in_answer_running_head_guillemets_indent_two_spaces_readers_qa",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Bersntoler Blatl 2041-01-24 Pagina 5 Intervista (an invented paper of the Valle dei Mòcheni, Trentino, "
    "Italy; Mòcheno text, Italian furniture), ISO 8859-1 (`ò ü ö ì « »`; straight apostrophes, a hyphen for the "
    "dash), LF; **indent-only paragraphs (two spaces)**, wrapped at 40 with hyphenation. An interview with the "
    f"valley's snow-plough driver ({N10} km of road = 9 + 7 + 6 by village, summed; kicker `Der snea`, title over "
    "two lines, byline line `Gschrim va: Martina Toller`, the dateline `PALAI -`, an intro of two paragraphs, then "
    "turns labelled `Blatl:` (the paper) and `Lorenz:`, each a paragraph with its label kept; **a `Scheda` box of "
    "three lines between two answers**; a pull quote inside an answer; a caption and its credit inside an answer; "
    "the running head cutting an answer); then, after a blank line, the readers' column `De lesern vrong` "
    "(section) under its head, answering two letters signed at their end. 2 articles.",
    "date": "2041-01-24", "page": "5",
    "head": [f"BERSNTOLER BLATL · {italian(DAY10)} · Pagina 5", "Intervista · Redazione: Paolo Oberosler"],
    "foot": ["Bersntoler Blatl · blatl@palai.example.it"],
    "furniture": ["BERSNTOLER BLATL", italian(DAY10), "Pagina 5", "Intervista", "Redazione: Paolo Oberosler",
                  "Bersntoler Blatl · Intervista", "Bersntoler Blatl", "blatl@palai.example.it"],
    "run": ["Bersntoler Blatl · Intervista"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Der snea", "Lorenz Hofer: zbanzk joar", "afn bech va Palai", "Gschrim va: Martina Toller"],
         "kicker": "Der snea", "title": "Lorenz Hofer: zbanzk joar afn bech va Palai",
         "byline": ["Gschrim va: Martina Toller", "Martina Toller"],
         "captions": ["Der Lorenz Hofer pet en schneapfluag ka Vlarotz."], "credits": ["Foto: Elisa Pallaoro"],
         "pull_quotes": ["«Der bech muas offen sai, aa benn 's schneabet.»"],
         "body": [syl(f"PALAI - Der Lorenz Hofer hot zbanzk joar en schnea va de kamauner bechen gatun. {N10} "
                      "kilometer bech, " + ", ".join(f"{v} {k}" for v, k in KM10)
                      + ", muas er offen haltn, en gonzn bintarn."),
                  syl("Ber hom en Lorenz gatroffen en sai garasch ka Palai, pet de morgn~lichter."),
                  syl("Blatl: Benn hevesto u ze orbatn?"),
                  syl("Lorenz: Vour en voirn, ummanondre vinfa {pq}en der vria. Der earste bech is der sel "
                      "za de schual~kinder, de tuan se nèt gearn barten."),
                  syl("Blatl: Bos is s'schbarste?"),
                  syl("Lorenz: S'schbarste is der bint. De lahn kemmen oar {cap}ont der bech is zua, "
                      "noa muas i bartn ont de schaufl nemmen, oder en trak~tor van nochpaur."),
                  *box("Scheda", ["Lorenz Hofer", f"Gaboren: {BORN10}, Vlarotz", "Schneapfluagfoarer sait 2021"]),
                  syl("Blatl: Hosto nia hom pfortn?"),
                  syl("Lorenz: Pfortn hon i schoa hom, ober i hon aa gabisst, der bech muas offen sai, "
                      "aa benn 's schneabet. De leit bortn drau, der dokter van kamaun, der milch~bogn, {run}de "
                      "kinder."),
                  syl("Blatl: Bos machsto, benn de sunn kimmp?"),
                  syl("Lorenz: Noa gea i ka de olbm ont schau de pearg u, ont i denk u en naichtn bintar.")]},
        letters("De lesern vrong", "Benn kimmp der schneapfluag?", [
            syl("Vroog: Der bech za insern hof is olbm der leste. Benn kimmp der schnea~pfluag? (Anna, Garait)"),
            syl("Antbort: De beche za de schualn ont za de dokter kemmen vour, noa de hef; ruaft s'kamaun u."),
            syl("Vroog: Terf i en schnea afn bech tian? (Luca, Vlarotz)"),
            syl("Antbort: Na, der schnea van hof terf nèt afn bech kemmen, sischt muas der schnea~pfluag zruck."),
        ]),
    ],
}
assert DAY10.year - BORN10 == 62 and DAY10.year - 2021 == 20

PAGES = [STATION_PAGE, POST_PAGE, RESCUE_PAGE, MINIBUS_PAGE, DURIAN_PAGE, LIGHT_PAGE, FISH_PAGE, SAGUARO_PAGE,
         PEARL_PAGE, SNOW_PAGE]
