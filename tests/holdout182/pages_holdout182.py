"""The text of every holdout182 page, written once: make_holdout182_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-174 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("h", line)` a crosshead inside the feature (a gold heading, not a
new article); `("row", line)` prints lines of their own (one gold paragraph); `{cap}` drops the photo's caption and
its credit into a paragraph, `{run}` the running head, `{pq}` the pull quote (the quote and its speaker's line);
`~` marks where a Latin word may be split at a line end (`syl()`, holdout151's rules); `solid()` (holdout157's) a
box's point set solid. Every page is a science and technology page: a long feature (kicker, title, deck, byline,
five paragraphs under two crossheads, a researcher's words cut by the running head, a photo's caption and credit
dropped inside a sentence, a pull quote repeated from the text with its speaker), a fact box of three or four
numbered or bulleted points under its label, an unsigned two-question explainer under its head, a glossary box of
three terms and a one-paragraph brief (a stargazing evening or a science-fair result). Weekdays and sums are
computed and asserted. All papers, people, labs, devices, sums and events are invented; real places are settings
only.
"""

from datetime import date
from functools import partial

from writtenpages import english, ordered, solid, syllables, weekday, zhou

VOWELS = "aeiouáéíóúäëöüąęįǫų"
syl = partial(syllables, vowels=VOWELS)


def feature(kicker, title, deck, byline, names, body, caption, credit, quote, speaker, glued=False):
    """The long feature: the kicker over the title (the section accepted), the deck its subtitle, the byline line as
    printed (the name alone accepted); crossheads are its headings; the pull quote and its speaker's line are its
    pull quotes, two entries as printed (**new**: holdout, 7, 10, 20, 76 joined quote and speaker in one entry; the shared
    layout prints one entry a line, so the two printed lines are two entries here)."""
    art = {"lines": [kicker, title, deck, byline], "section": [None, kicker], "kicker": [kicker, None],
           "title": title, "subtitle": deck, "byline": [byline] + names, "captions": [caption], "credits": [credit],
           "pull_quotes": [quote, speaker], "body": list(body)}
    if glued:
        art["glued"] = True
    return art


def box(title, items, page, glued=False):
    """A box under its label (the fact box, the glossary): the label the title, each point or term set solid, one
    paragraph each, its number, bullet or term kept (**new**)."""
    art = {"lines": [title], "title": title, "tight": True, "body": [solid(x.replace("~", ""), page) for x in items]}
    if glued:
        art["glued"] = True
    return art


def piece(title, paras, glued=False):
    """An unsigned piece under its head (the explainer: its questions and answers one paragraph each; the brief)."""
    art = {"lines": [title], "title": title, "tight": True, "body": list(paras)}
    if glued:
        art["glued"] = True
    return art


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, not_in=(),
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": []}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, joins,
               bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins}


# 1. GBK county evening paper, CRLF, blank-line, glued: a county farm institute's soil-moisture probes; the fact box
#    glued under the feature's last line, the explainer, the glossary and the brief (a stargazing evening) glued too.
DAY1 = date(2045, 4, 12)
STAR1 = date(2045, 4, 19)
ordered(DAY1, STAR1)
PROBES1, FIELDS1, EACH1 = 96, 24, 4
assert FIELDS1 * EACH1 == PROBES1
SAVED1 = 18
SOIL_PAGE = zh_page(
    "zh_gbk_crlf_county_science_soil_moisture_probes_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_fact_box_glued_explainer_glossary_stargazing_brief_glued",
    "gbk", "\r\n", 21, True,
    "禾川晚报 2045-04-12 第6版 科技 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped at 21. "
    "The feature (kicker `田间新事`, title, deck, byline `本报记者　卢　嘉`; five paragraphs under two crossheads, the "
    "photo's caption and credit dropped inside a sentence, the researcher's “” words cut by the running head, a pull "
    f"quote with its speaker's line; {FIELDS1} × {EACH1} = {PROBES1} probes, asserted); **the fact box `小知识` glued "
    "under the feature's last line** (three numbered points), the explainer `问与答` (two questions), the glossary "
    f"`名词解释` (three terms), the brief `观星` ({STAR1.month}月{STAR1.day}日{zhou(STAR1)}), **each glued**.",
    DAY1, "6", ["禾川晚报", f"2045年4月12日　{weekday(DAY1)}　　第6版　科技　　责任编辑：严　蕾"],
    ["禾川晚报社　　新闻热线：0578-6613920"],
    ["禾川晚报", "2045年4月12日", weekday(DAY1), "第6版　科技", "责任编辑：严　蕾", "禾川晚报·科技", "禾川晚报社",
     "新闻热线：0578-6613920"],
    "禾川晚报·科技")
SOIL_PAGE["articles"] = [
    feature("田间新事", "土壤“会说话”，浇水不再靠经验", "县农科所在二十四块田里试用墒情探头", "本报记者　卢　嘉",
            ["卢　嘉", "卢嘉"], [
                f"开春以来，县农科所在北乡{FIELDS1}块试验田里，每块埋下{EACH1}根墒情探头，一共{PROBES1}根。探头"
                "每隔半小时把土壤湿度传到所里的电脑上。",
                "探头只有筷子长，{cap}埋在离地面二十厘米的地方，农户几乎看不出来。",
                ("h", "手机上看“渴不渴”"),
                "负责这个项目的农艺师汤明远说：“过去浇水全凭手感，抓一把土捏一捏，现在打开手机就知道哪块田"
                "{run}该浇了。”",
                f"一个月下来，试验田的用水比往年少了{SAVED1}%，麦苗长势和往年差不多。{{pq}}汤明远说：“省下的是水，"
                "也是农民的力气。”",
                ("h", "明年想推广到全县"),
                "农科所打算明年把探头推广到全县的种粮大户，价格还要再降一些，电池也要更耐用。",
            ], "图为农科所技术员在北乡试验田埋设墒情探头。", "本报记者　卢　嘉　摄",
            "“省下的是水，也是农民的力气。”", "——县农科所农艺师　汤明远"),
    box("小知识", [
        "1.墒情，指土壤里水分的多少，直接影响种子发芽和作物生长。",
        "2.小麦返青到拔节期最怕旱，这段时间要盯紧墒情。",
        "3.同一块田，高处和低处的墒情可能差很多，所以要多点测量。",
    ], SOIL_PAGE, glued=True),
    piece("问与答", [
        "问：探头埋在地里，会不会影响耕地？",
        "答：探头埋在犁不到的深度，耕地前也可以拔出来，不影响正常耕作。",
        "问：没有智能手机的农户怎么办？",
        "答：农科所会把数据每周打印出来，贴在村委会的公告栏上。",
    ], glued=True),
    box("名词解释", [
        "墒情：土壤的湿度情况，农民常说的“地有墒”就是土里有水。",
        "探头：插在土里测量湿度、温度的小装置。",
        "滴灌：用管子把水一滴一滴送到作物根部的浇水方法。",
    ], SOIL_PAGE, glued=True),
    piece("观星", [
        f"{STAR1.month}月{STAR1.day}日（{zhou(STAR1)}）晚上七点半，县青少年活动中心将在凤鸣山顶举办观星活动，"
        "天文爱好者协会带来四台望远镜，带大家看木星和猎户座大星云。活动免费，雨天取消。",
    ], glued=True),
]


# 2. GB18030 city daily, LF, indent-only, not glued: a university lab's reservoir-inspecting underwater robot (the
#    engineer's name with a CJK Extension A character); then the fact box, the explainer, the glossary, the brief
#    (a science-fair result), each after a blank line.
RARE = "\u3a4f"  # 㩏, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 6, 7)
FAIR2 = date(2045, 6, 3)
ordered(FAIR2, DAY2)
DAMS2, DONE2, LEFT2 = 31, 19, 12
assert DONE2 + LEFT2 == DAMS2
ROBOT_PAGE = zh_page(
    "zh_gb18030_lf_city_science_underwater_robot_feature_rare_char_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_indent_only_fact_box_bullets_explainer_glossary_science_fair_brief",
    "gb18030", "\n", 22, False,
    f"澄泖日报 2045-06-07 第9版 科技 (an invented city daily; `{RARE}` U+3A4F, CJK Extension A, in the engineer's name "
    f"`葛　{RARE}` in the byline; in GB18030, not in GBK), LF; **indent-only**, wrapped at 22, the pieces apart. The "
    "feature (kicker `科技前沿`, title, deck, byline `本报记者　葛　" + RARE + "`, five paragraphs under two crossheads, "
    f"the photo's caption and credit inside a sentence, the engineer's “” words cut by the running head, a pull quote; "
    f"{DONE2} + {LEFT2} = {DAMS2} reservoirs, asserted); the fact box `小知识` (four bullets `●`), the explainer "
    f"`一问一答`, the glossary `术语`, the brief `科创赛` (the fair on {FAIR2.month}月{FAIR2.day}日{zhou(FAIR2)}).",
    DAY2, "9", ["澄泖日报", f"2045年6月7日　{weekday(DAY2)}　　第9版　科技"],
    ["澄泖日报社　　地址：澄泖市学府路128号　　邮编：653100"],
    ["澄泖日报", "2045年6月7日", weekday(DAY2), "第9版　科技", "澄泖日报·科技", "澄泖日报社", "地址：澄泖市学府路128号",
     "邮编：653100"],
    "澄泖日报·科技", not_in=["gbk"])
ROBOT_PAGE["articles"] = [
    feature("科技前沿", "小黄鱼潜进水库“体检”", "澄泖理工学院研制的水下机器人已巡检十九座水库", f"本报记者　葛　{RARE}",
            [f"葛　{RARE}", f"葛{RARE}"], [
                f"全市有中型水库{DAMS2}座，大坝水下部分过去要请潜水员下去看。今年起，澄泖理工学院研制的"
                f"水下机器人“小黄鱼”已经巡检了{DONE2}座，剩下{LEFT2}座计划年底前完成。",
                "“小黄鱼”身长不到一米，{cap}带着四个推进器和两盏灯，能在三十米深的水里停留两个小时。",
                ("h", "看得清裂缝，也看得清泥沙"),
                "项目负责人、机电学院副教授邵清和说：“水库底下一片漆黑，最难的是让它自己认路，不撞上"
                "{run}闸门和石头。”",
                "团队花了两年调试声呐和摄像头，{pq}现在机器人拍回的画面能分辨两毫米宽的裂缝。邵清和说："
                "“机器人不怕冷，也不怕深，潜水员就不用冒险了。”",
                ("h", "下一步：一次巡完整座坝"),
                "目前“小黄鱼”一次只能巡一段坝面，团队正在给它换更大的电池，争取明年一次巡完整座大坝。",
            ], "图为“小黄鱼”水下机器人在白沙水库下水。", "（澄泖理工学院供图）",
            "“机器人不怕冷，也不怕深，潜水员就不用冒险了。”", "——澄泖理工学院副教授　邵清和"),
    box("小知识", [
        "●水越深，光线越暗，十米以下就很难看清东西。",
        "●声呐靠声音的回声来“看”，在浑水里也能用。",
        "●水库大坝一般每年汛前都要检查一次。",
        "●潜水员在冷水里作业，每次不宜超过四十分钟。",
    ], ROBOT_PAGE),
    piece("一问一答", [
        "问：机器人在水下怎么和岸上联系？",
        "答：它拖着一根细长的电缆，画面和指令都通过电缆来回传送。",
        "问：电缆会不会缠住？",
        "答：会有这种风险，所以机器人每次下水前都要规划好路线，岸上还有人专门收放电缆。",
    ]),
    box("术语", [
        "声呐：利用声波在水中探测物体和测距的设备。",
        "推进器：让机器人在水里前进、转向的小螺旋桨。",
        "汛期：江河水位因降雨而明显上涨的时期。",
    ], ROBOT_PAGE),
    piece("科创赛", [
        f"{FAIR2.month}月{FAIR2.day}日（{zhou(FAIR2)}），全市青少年科技创新大赛在市科技馆揭晓，学府路中学初二学生"
        "制作的“雨水回收花架”获得一等奖，另有十二件作品获二等奖。",
    ]),
]


# 3. Big5 Taiwan county daily (Taitung), CR, blank-line, glued: school seismometers; the fact box glued under the
#    feature's last line, the explainer, the glossary and the brief (a stargazing evening), each glued.
DAY3 = date(2045, 9, 20)
STAR3 = date(2045, 9, 27)
ordered(DAY3, STAR3)
assert DAY3.year - 1911 == 134
SCHOOLS3, MOUNTAIN3, COAST3 = 43, 27, 16
assert MOUNTAIN3 + COAST3 == SCHOOLS3
QUAKE_PAGE = zh_page(
    "zht_big5_cr_taiwan_science_school_seismometers_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_fact_box_glued_explainer_glossary_stargazing_brief_glued",
    "big5", "\r", 20, True,
    "東瀾日報 2045-09-20 (`中華民國134年9月20日`) B3 科學 (an invented county daily, Taitung county), Big5, CR; blank-line "
    "paragraphs, wrapped at 20. The feature (kicker `科學新知`, title, deck, byline `記者林昱安／台東報導`; five paragraphs "
    "under two crossheads, the photo's caption and credit inside a sentence, the researcher's 「」 words cut by the "
    f"running head, a pull quote with its speaker; {MOUNTAIN3} + {COAST3} = {SCHOOLS3} schools, asserted); **the fact "
    "box `你知道嗎？` glued under the feature's last line** (three numbered points `一、`), the explainer `Q&A` "
    f"(`問：`/`答：`), the glossary `名詞小辭典`, the brief `賞星` ({STAR3.month}月{STAR3.day}日), **each glued**.",
    DAY3, "B3", [f"東瀾日報　中華民國134年9月20日　{weekday(DAY3)}", "B3　科學　　主編：高怡君"],
    ["東瀾日報社　新聞信箱：news@donglan.example.tw"],
    ["東瀾日報", "中華民國134年9月20日", weekday(DAY3), "B3　科學", "主編：高怡君", "東瀾日報．科學", "東瀾日報社",
     "新聞信箱：news@donglan.example.tw"],
    "東瀾日報．科學")
QUAKE_PAGE["articles"] = [
    feature("科學新知", "校園地震儀　孩子也能當觀測員", "台東四十三所國中小裝上低價地震儀", "記者林昱安／台東報導",
            ["林昱安"], [
                f"台東縣今年在{SCHOOLS3}所國中小裝上低價地震儀，其中山區{MOUNTAIN3}所、海線{COAST3}所。儀器只有"
                "便當盒大小，裝在教室角落，每秒把震動數據傳回大學的伺服器。",
                "這套儀器由東瀾大學地球科學系研發，{cap}一台成本不到一萬元，只有傳統地震儀的二十分之一。",
                ("h", "數據即時上網"),
                "計畫主持人、副教授胡靜嵐說：「台東地震多，測站卻太少，學校分布廣，剛好補上監測的"
                "{run}空白。」",
                "學生可以在網站上看到自己學校的震動曲線。{pq}胡靜嵐說：「孩子看得懂地震，就不會那麼害怕地震。」",
                ("h", "下學期進課堂"),
                "縣府教育處表示，下學期起自然課將加入地震儀的單元，讓學生學會讀懂震波圖。",
            ], "圖為卑南鄉一所國小的學生觀看地震儀傳回的曲線。", "記者林昱安／攝",
            "「孩子看得懂地震，就不會那麼害怕地震。」", "——東瀾大學副教授　胡靜嵐"),
    box("你知道嗎？", [
        "一、台灣每年有感地震約一千次，東部最多。",
        "二、地震波分成較快的P波和較慢的S波。",
        "三、震度是某地搖晃的程度，規模是地震本身的大小。",
    ], QUAKE_PAGE, glued=True),
    piece("Q&A", [
        "問：學校的地震儀能提前預警嗎？",
        "答：不能單獨預警，但它的數據能讓研究人員更快算出地震的位置。",
        "問：儀器放在教室，會不會被學生碰到而誤報？",
        "答：程式會比對附近其他學校的數據，只有一台在晃就不算地震。",
    ], glued=True),
    box("名詞小辭典", [
        "震央：地震發生處在地面上的正上方位置。",
        "震度：某一地點感受到的搖晃強弱，分為七級。",
        "伺服器：在網路上儲存和處理資料的電腦。",
    ], QUAKE_PAGE, glued=True),
    piece("賞星", [
        f"{STAR3.month}月{STAR3.day}日（週{'一二三四五六日'[STAR3.weekday()]}）晚上七點，東瀾大學天文社在鹿野高台"
        "舉辦秋季賞星夜，帶民眾看土星環和秋季四邊形，免費參加，遇雨取消。",
    ], glued=True),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, not glued: a secondary school's weather
#    balloon; the fact box, the explainer, the glossary and the brief (a science-fair result), apart.
DAY4 = date(2045, 3, 17)
FAIR4 = date(2045, 3, 11)
ordered(FAIR4, DAY4)
HEIGHT4, POP4 = 31, 29
assert POP4 < HEIGHT4
MINUTES4 = 150
assert MINUTES4 == 2 * 60 + 30
BALLOON_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_science_school_weather_balloon_cantonese_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_indent_only_fact_box_explainer_glossary_science_fair_brief",
    "big5hkscs", "\r\n", 20, False,
    "屯山週報 2045-03-17 第8頁 科普 (an invented Hong Kong district weekly; the school invented), Big5-HKSCS (`嘅 喺 咗 啲 "
    "嚟 冇`; in neither cp950 nor Big5), CRLF; Cantonese quotes; **indent-only**, wrapped at 20, the pieces apart. The "
    "feature (kicker `校園科研`, title, deck, byline `文：鄺穎彤`, five paragraphs under two crossheads, the photo "
    "inside a sentence, the teacher's 「」 words cut by the running head, a pull quote with its speaker; the balloon at "
    f"{HEIGHT4} km, burst at {POP4} km, {MINUTES4} minutes = 2 h 30 min, asserted); the fact box `科學小知識` "
    f"(three bullets `•`), the explainer `問與答`, the glossary `詞彙表`, the brief `科學比賽` ({FAIR4.month}月"
    f"{FAIR4.day}日).",
    DAY4, "8", ["屯山週報", f"2045年3月17日　{weekday(DAY4)}　　第8頁　科普"],
    ["屯山週報　　新聞熱線：2456 7190"],
    ["屯山週報", "2045年3月17日", weekday(DAY4), "第8頁　科普", "屯山週報．科普", "屯山週報", "新聞熱線：2456 7190"],
    "屯山週報．科普", not_in=["cp950", "big5"])
BALLOON_PAGE["articles"] = [
    feature("校園科研", "中學生放氣球上太空邊緣", "屯山書院學生自製探空氣球　升上三萬米高空", "文：鄺穎彤",
            ["鄺穎彤"], [
                f"屯山書院一班中四學生上月喺元朗放咗一個自製探空氣球，氣球升到約{HEIGHT4}公里高空，"
                f"喺{POP4}公里左右爆開，前後飛咗{MINUTES4}分鐘。",
                "氣球下面吊住一個發泡膠箱，{cap}入面有相機、溫度計同定位器，全部都係學生自己砌。",
                ("h", "追氣球追到大埔"),
                "帶隊嘅物理科老師祁卓賢話：「氣球爆咗之後，降落傘會帶住個箱跌返落嚟，我哋要揸車一路"
                "{run}追。」",
                "最後個箱跌咗喺大埔一個菜園，學生攞返啲相，見到地球嘅弧線。{pq}祁卓賢話：「課本講一百次都冇用，"
                "親眼見一次就明。」",
                ("h", "下次想量臭氧"),
                "學生而家整緊第二個氣球，想加一個感應器量高空嘅臭氧，暑假前再放。",
            ], "圖為屯山書院學生喺操場準備放氣球。", "（屯山書院提供）",
            "「課本講一百次都冇用，親眼見一次就明。」", "——屯山書院物理科老師　祁卓賢"),
    box("科學小知識", [
        "•越高空氣越稀薄，氣球會越脹越大，最後爆開。",
        "•三萬米高空嘅氣溫可以低過零下五十度。",
        "•放探空氣球之前，要先通知民航處。",
    ], BALLOON_PAGE),
    piece("問與答", [
        "問：點解氣球唔會一直升上太空？",
        "答：因為氣球脹到某個大小就會爆，太空嘅邊界仲高好多。",
        "問：學生點知個箱跌咗喺邊？",
        "答：箱入面嘅定位器會不斷發送位置，學生用手機就睇到。",
    ]),
    box("詞彙表", [
        "探空氣球：帶住儀器升上高空量度天氣嘅氣球。",
        "臭氧：高空入面一種會擋住紫外線嘅氣體。",
        "定位器：用衛星訊號計算所在位置嘅小儀器。",
    ], BALLOON_PAGE),
    piece("科學比賽", [
        f"{FAIR4.month}月{FAIR4.day}日（{weekday(FAIR4)}），全港中學生科學比賽喺九龍灣舉行，屯山書院憑「自動淋花"
        "系統」攞咗初中組亞軍，評判讚佢哋用舊手機做控制器，慳錢又環保。",
    ]),
]


# 5. UTF-8 without BOM Singapore daily, LF, blank-line, glued: a polytechnic's facade-inspecting drone; the fact box
#    glued under the feature's last line, the explainer, the glossary and the brief (a stargazing evening), glued.
DAY5 = date(2045, 8, 14)
STAR5 = date(2045, 8, 23)
ordered(DAY5, STAR5)
BLOCKS5, MINUTES5, OLD5 = 60, 20, 180
assert OLD5 == 9 * MINUTES5
DRONE_PAGE = zh_page(
    "zh_utf8_nobom_lf_singapore_science_facade_inspection_drone_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_fact_box_glued_explainer_glossary_stargazing_brief_glued",
    "utf-8", "\n", 21, True,
    "南岚日报 2045-08-14 第12版 科技 (an invented Singapore daily; simplified characters, Singapore usage `组屋`, `理工学院`), "
    "UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. The feature (kicker `新科技`, title, deck, byline "
    "`报道：符慧琳`; five paragraphs under two crossheads, the photo inside a sentence, the lecturer's “” words cut by "
    f"the running head, a pull quote with its speaker; {MINUTES5} minutes against {OLD5} = 9 × {MINUTES5}, asserted); "
    "**the fact box `你知道吗？` glued under the feature's last line** (three numbered points `(1)`), the explainer "
    f"`简单问答`, the glossary `小词典`, the brief `观星夜` ({STAR5.day}日{zhou(STAR5)}), **each glued**.",
    DAY5, "12", ["南岚日报", f"2045年8月14日　{weekday(DAY5)}　　第12版　科技"],
    ["南岚日报　　新闻热线：6319 2288"],
    ["南岚日报", "2045年8月14日", weekday(DAY5), "第12版　科技", "南岚日报·科技", "南岚日报", "新闻热线：6319 2288"],
    "南岚日报·科技")
DRONE_PAGE["articles"] = [
    feature("新科技", "无人机为组屋外墙“听诊”", "理工学院团队研发外墙检测无人机", "报道：符慧琳", ["符慧琳"], [
        f"组屋外墙的瓷砖用久了会松脱，过去检查一栋楼要搭吊篮，花上三个小时。裕廊理工学院团队研发的无人机，"
        f"只要{MINUTES5}分钟就能检查完一面外墙，今年已在{BLOCKS5}栋组屋试用。",
        "无人机带着热成像镜头，{cap}能看出瓷砖背后有没有空洞。",
        ("h", "热成像找出空鼓"),
        "项目负责人、讲师卓嘉仪说：“太阳晒过以后，空鼓的瓷砖比旁边的热一点，镜头一拍就"
        "{run}看得出来。”",
        "团队用三年时间收集了上万张照片，教电脑自己找问题。{pq}卓嘉仪说：“机器先看，人再复查，检查员就不用吊在半空了。”",
        ("h", "明年扩大试用"),
        "市镇理事会表示，如果试用顺利，明年将把无人机检测扩大到更多老组屋。",
    ], "图为理工学院学生在组屋楼下操作检测无人机。", "（裕廊理工学院提供）",
        "“机器先看，人再复查，检查员就不用吊在半空了。”", "——裕廊理工学院讲师　卓嘉仪"),
    box("你知道吗？", [
        "(1)热成像镜头拍的不是光，而是物体发出的热。",
        "(2)下午阳光最强时，瓷砖的温差最容易看出来。",
        "(3)无人机在住宅区飞行，须事先向有关部门申请准证。",
    ], DRONE_PAGE, glued=True),
    piece("简单问答", [
        "问：无人机会不会拍到住户家里？",
        "答：镜头只对准外墙，照片会自动模糊窗户部分。",
        "问：下雨天能不能飞？",
        "答：不能，雨天墙面温度太平均，也看不出空鼓。",
    ], glued=True),
    box("小词典", [
        "空鼓：瓷砖和墙面之间出现空隙，敲起来声音发空。",
        "热成像：把物体表面的温度变成彩色图像的技术。",
        "准证：新加坡对许可证的习惯叫法。",
    ], DRONE_PAGE, glued=True),
    piece("观星夜", [
        f"本月{STAR5.day}日（{zhou(STAR5)}）晚上8时，裕廊东民众俱乐部天文小组在屋顶花园举办观星夜，"
        "用六台望远镜观赏月球环形山和土星，公众可免费参加。",
    ], glued=True),
]


# 6. UTF-16 BE with BOM city evening paper, LF, indent-only, not glued: a university's student-built cubesat; the
#    fact box, the explainer, the glossary and the brief (a science-fair result), apart.
DAY6 = date(2045, 11, 9)
FAIR6 = date(2045, 11, 5)
ordered(FAIR6, DAY6)
ORBIT6, LAPS6 = 500, 15
assert 24 * 60 // 96 == LAPS6
SAT_PAGE = zh_page(
    "zh_utf16be_bom_lf_city_science_student_cubesat_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_indent_only_fact_box_explainer_glossary_science_fair_brief",
    "utf-16-be", "\n", 22, False,
    "泺城晚报 2045-11-09 第14版 科普 (an invented city evening paper), UTF-16 BE with BOM, LF; **indent-only**, wrapped "
    "at 22, the pieces apart. The feature (kicker `科学故事`, title, deck, byline `本报记者　柴　琳　通讯员　伍一帆`, five "
    "paragraphs under two crossheads, the photo inside a sentence, the student's “” words cut by the running head, a "
    f"pull quote with its speaker; {ORBIT6} km orbit, 96 minutes a lap, {LAPS6} laps a day, asserted); the fact box "
    f"`科普小贴士` (four points `①`), the explainer `你问我答`, the glossary `关键词`, the brief `科技节` "
    f"({FAIR6.month}月{FAIR6.day}日{zhou(FAIR6)}).",
    DAY6, "14", ["泺城晚报", f"2045年11月9日　{weekday(DAY6)}　　第14版　科普　　编辑：滕　越"],
    ["泺城晚报社　　读者热线：96123"],
    ["泺城晚报", "2045年11月9日", weekday(DAY6), "第14版　科普", "编辑：滕　越", "泺城晚报·科普", "泺城晚报社",
     "读者热线：96123"],
    "泺城晚报·科普", bom=True)
SAT_PAGE["articles"] = [
    feature("科学故事", "大学生造的卫星“上岗”了", "泺城航天学院“泺星一号”入轨满月", "本报记者　柴　琳　通讯员　伍一帆",
            ["柴　琳", "柴琳", "伍一帆"], [
                f"上个月，泺城航天学院学生自己设计的小卫星“泺星一号”搭乘火箭升空，进入约{ORBIT6}公里高的轨道，"
                f"每96分钟绕地球一圈，一天转{LAPS6}圈。",
                "卫星只有一个鞋盒大，{cap}重不到四公斤，却装着相机、电池和两块太阳能板。",
                ("h", "四年做出一颗星"),
                "学生团队负责人、大四学生苗思远说：“第一次收到卫星发回的信号，实验室里所有人都跳了起来，"
                "那是我们守了一整夜的{run}声音。”",
                "团队前后换了三届学生，光是电路板就改了十几版。{pq}苗思远说：“做卫星没有捷径，每颗螺丝都要拧三遍。”",
                ("h", "拍下黄河入海口"),
                "目前卫星已拍回两百多张照片，其中有黄河入海口的清晰画面。学院准备把照片做成展览，下个月在图书馆展出。",
            ], "图为学生在实验室组装“泺星一号”。", "（泺城航天学院供图）",
            "“做卫星没有捷径，每颗螺丝都要拧三遍。”", "——泺城航天学院学生　苗思远"),
    box("科普小贴士", [
        "①立方体卫星以十厘米见方为一个单位。",
        "②卫星越低，绕地球一圈用的时间越短。",
        "③太空没有空气散热，电路板很容易过热。",
        "④业余无线电爱好者也能收到小卫星的信号。",
    ], SAT_PAGE),
    piece("你问我答", [
        "问：小卫星会一直留在太空吗？",
        "答：不会，它会慢慢降低高度，几年后在大气层里烧毁。",
        "问：普通人能看见它吗？",
        "答：它太小，用肉眼看不到，但可以在网上查到它经过的时间。",
    ]),
    box("关键词", [
        "轨道：卫星绕地球运行的路线。",
        "地面站：在地上接收卫星信号、发送指令的设备。",
        "太阳能板：把阳光变成电能，给卫星供电的板子。",
    ], SAT_PAGE),
    piece("科技节", [
        f"{FAIR6.month}月{FAIR6.day}日（{zhou(FAIR6)}），第九届泺城中小学生科技节落幕，共评出一等奖二十件，实验中学"
        "的“会提醒喝水的水杯”获发明类金奖。",
    ]),
]


# 7. Arapaho (Ethete, Wind River, Wyoming, USA), Windows-1252, CRLF, indent-only (four spaces), glued: a tribal
#    college lab's snowpack sensors; the fact box glued under the feature's last line, the rest glued too.
DAY7 = date(2045, 2, 15)
STAR7 = date(2045, 2, 21)
ordered(DAY7, STAR7)
POLES7, CREEKS7, EACH7 = 18, 6, 3
assert CREEKS7 * EACH7 == POLES7
ARAPAHO_PAGE = latin_page(
    "arp_cp1252_crlf_arapaho_science_snowpack_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_indent_only_four_spaces_fact_box_glued_explainer_glossary_stargazing_brief_glued",
    "cp1252", "\r\n", 40, "    ", False,
    "Wind River Ledger 2045-02-15 Page 7 (an invented weekly of Ethete, Wind River, Wyoming; Arapaho text, English "
    "furniture), **Windows-1252** (`á é í ó ú ’ “ ” — ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at "
    "40 with hyphenation. The feature (kicker `Science`, title, deck, byline `By Lenora Brave Hawk`; five paragraphs "
    "under two crossheads, the photo's caption and credit inside a sentence, the researcher's “” words cut by the "
    f"running head, a pull quote with its speaker; {CREEKS7} × {EACH7} = {POLES7} snow poles, asserted); **the fact box "
    "`Did you know?` glued under the feature's last line** (three numbered points), the explainer `Héétebinóó’ei` "
    f"(`Q:`/`A:`), the glossary `Words to know`, the brief `Stargazing` ({english(STAR7)}), **each glued**.",
    DAY7, "7", [f"WIND RIVER LEDGER · {english(DAY7)} · Page 7", "Science & Technology · Editor: Marcus Old Elk"],
    ["Wind River Ledger · news@windriverledger.example"],
    ["WIND RIVER LEDGER", english(DAY7), "Page 7", "Science & Technology", "Editor: Marcus Old Elk",
     "Wind River Ledger · Science", "Wind River Ledger", "news@windriverledger.example"],
    "Wind River Ledger · Science", 5)
ARAPAHO_PAGE["articles"] = [
    feature("Science", "Hiiíniisíh: nííne’éénoo hoséíno", "Little Wind College lab counts the snow on six creeks",
            "By Lenora Brave Hawk", ["Lenora Brave Hawk"], [
                syl(f"Néhe’ hiisi, Little Wind College hiit {POLES7} hóótoonóó’oo tóónotii {CREEKS7} niiciihéhe’ "
                    f"hiit, {EACH7} hóótoonóó’oo beebeet. Hoséíno nohkúúsoo hiniiteeneihí’, néhe’ computer "
                    "heetniiniitóuuhu’."),
                syl("Hóótoonóó’oo nóóbeet, {cap}hoséíno niihóóto’ hootoonéíhi’ wóxhoox hinííni’."),
                ("h", "Nec hoséíno hiit"),
                syl("Néhe’ lab héetneyéi’eihí’ Dr. Gloria Sun Road nih’íítoot: “Hoséíno héetniitóuuhu’, "
                    "néé’eesóó’ nec héétniisíh tóónotii hinóno’éí "
                    "{run}niiciihéhe’.”"),
                syl("Beh’éíhoho’ nih’eenéisínihíí3i’ hoséíno heesóó’. {pq}Sun Road nih’íítoot: “Hoséíno "
                    "ceese’ hiiníisóó, nec hinóno’éí hiisi’.”"),
                ("h", "Nííne’éénoo hiisi"),
                syl("Néhe’ lab héétniiniitóuuhu’ hoséíno heesóó’ nííne’éénoo hiisi, ranchers nohkúúsoo "
                    "beebeet heetníistóó3i’ nec niiciihéhe’."),
            ], "Students check a snow pole on Trout Creek.", "Photo: Dwayne Friday",
            "“Hoséíno ceese’ hiiníisóó, nec hinóno’éí hiisi’.”", "— Dr. Gloria Sun Road"),
    box("Did you know?", [
        syl("1. Ten inches of fresh snow hold about one inch of water."),
        syl("2. Snow melting in the Wind River Mountains fills the rivers until July."),
        syl("3. A snow pole is read by a small camera that takes one picture every hour."),
    ], ARAPAHO_PAGE, glued=True),
    piece("Héétebinóó’ei", [
        syl("Q: Heetníistóó3i’ hóótoonóó’oo hoséíno hiitéén?"),
        syl("A: Hóótoonóó’oo beebeet ceese’ camera, computer heetniiniitóuuhu’ hiisi."),
        syl("Q: Ranchers heetníistóó3i’ néhe’ heesóó’?"),
        syl("A: Little Wind College nohkúúsoo website héétniiniitóuuhu’ beebeet hiisi."),
    ], glued=True),
    box("Words to know", [
        syl("Hoséíno — snow, and the water it holds for spring."),
        syl("Snowpack — all the snow lying on the mountains at one time."),
        syl("Nec — water; the creeks and rivers fed by melting snow."),
    ], ARAPAHO_PAGE, glued=True),
    piece("Stargazing", [
        syl(f"On {english(STAR7)}, the Little Wind College astronomy club will set up telescopes behind the "
            "Ethete community hall at 7 p.m. to look at Jupiter and the Orion nebula. Bring a warm blanket; free."),
    ], glued=True),
]


# 8. Achuar (Taisha, Morona Santiago, Ecuador), Mac OS Roman, CR, blank-line, not glued: a community's solar
#    rain gauges; the fact box, the explainer, the glossary and the brief (a science-fair result), apart.
ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def spanish(day):
    return f"{ES[day.weekday()]} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


DAY8 = date(2045, 5, 10)
FAIR8 = date(2045, 5, 3)
ordered(FAIR8, DAY8)
GAUGES8, VILLAGES8, EACH8 = 14, 7, 2
assert VILLAGES8 * EACH8 == GAUGES8
ACHUAR_PAGE = latin_page(
    "acu_macroman_cr_achuar_science_solar_rain_gauges_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_blank_line_fact_box_explainer_glossary_science_fair_brief",
    "mac_roman", "\r", 42, "", True,
    "La Voz del Pastaza 2045-05-10 Página 9 (an invented weekly of Taisha, Morona Santiago, Ecuador; Achuar text, "
    "Spanish furniture), **Mac OS Roman** (`á é í ó ñ “ ” — ·`), **CR**; blank-line paragraphs, wrapped at 42 with "
    "hyphenation, the pieces apart. The feature (kicker `Ciencia`, title, deck, byline `Por Nantar Tsamarain`; five "
    "paragraphs under two crossheads, the photo inside a sentence, the technician's “” words cut by the running head, "
    f"a pull quote with its speaker; {VILLAGES8} × {EACH8} = {GAUGES8} gauges, asserted); the fact box `¿Sabía usted?` "
    f"(four bullets `·`), the explainer `Iniakmamu` (`P:`/`R:`), the glossary `Chichamrum`, the brief `Feria de "
    f"ciencias` ({spanish(FAIR8)}).",
    DAY8, "9", [f"LA VOZ DEL PASTAZA · {spanish(DAY8)} · Página 9", "Ciencia y Tecnología · Editora: Rosa Tiwiram"],
    ["La Voz del Pastaza · redaccion@vozdelpastaza.example.ec"],
    ["LA VOZ DEL PASTAZA", spanish(DAY8), "Página 9", "Ciencia y Tecnología", "Editora: Rosa Tiwiram",
     "La Voz del Pastaza · Ciencia", "La Voz del Pastaza", "redaccion@vozdelpastaza.example.ec"],
    "La Voz del Pastaza · Ciencia", 5)
ACHUAR_PAGE["articles"] = [
    feature("Ciencia", "Yumi nekamtai: etsa tanishmaya", "Siete comunidades achuar miden la lluvia con energía solar",
            "Por Nantar Tsamarain", ["Nantar Tsamarain"], [
                syl(f"Achuar aents {VILLAGES8} nunkanam yumi nekamtai {GAUGES8} aparatos awajtusar, {EACH8} "
                    "aparatos matsatkamunam. Etsa tanishmaya computadora yumi nekamtairmaya ejerawai."),
                syl("Aparato uchichi ainiawai, {cap}jeanam ayamrukmaya, nunka entsa yumirmaya nekaatai."),
                ("h", "Yumi nekas kuichkimtai"),
                syl("Técnico Kunki Santiak timiayi: “Yaunchu yumi nekachamin ainiaji; yamaikia computadora "
                    "penker nekaawai, aents ajanam {run}takakmasmaya.”"),
                syl("Nuwa uchiri ainia nekaawaru. {pq}Kunki Santiak timiayi: “Yumi nekaji nuka, ajanam penker "
                    "takakmastatji.”"),
                ("h", "Entsa nampenmaya"),
                syl("Universidad amazónica yumi nekamtairmaya ejerawai, entsa nampenmaya, aents "
                    "jeamtainiatnum nekaatai."),
            ], "Jóvenes revisan un pluviómetro en Wasakentsa.", "Foto: Yankuam Chumpi",
            "“Yumi nekaji nuka, ajanam penker takakmastatji.”", "— Kunki Santiak, técnico"),
    box("¿Sabía usted?", [
        "· En la Amazonía ecuatoriana llueven más de tres metros al año.",
        "· Un pluviómetro mide la lluvia en milímetros.",
        "· Un panel solar pequeño basta para enviar los datos.",
        "· Los datos ayudan a prever las crecidas de los ríos.",
    ], ACHUAR_PAGE),
    piece("Iniakmamu", [
        syl("P: Aparato yumi nekamtai warinia ejerawa?"),
        syl("R: Etsa tanishmaya panel solar, computadora satelital nekamtai ejerawai."),
        syl("P: Yaki aparato iirtinia?"),
        syl("R: Matsatkamunam uchichi aents nuwa, aishmank yamaram iirtiniaji."),
    ]),
    box("Chichamrum", [
        "Yumi: lluvia; el agua que cae del cielo.",
        "Etsa: sol; aquí, la energía que mueve el aparato.",
        "Entsa: río; crece cuando llueve mucho.",
    ], ACHUAR_PAGE),
    piece("Feria de ciencias", [
        syl(f"El {spanish(FAIR8)}, en la feria de ciencias del cantón Taisha, el colegio intercultural de "
            "Wasakentsa ganó el primer lugar con un secador solar de cacao hecho con botellas recicladas."),
    ]),
]


# 9. Dogrib / Tłı̨chǫ (Behchokǫ̀, Northwest Territories, Canada), UTF-16 LE with BOM, LF, blank-line, glued: ice
#    radar on the winter road; the fact box glued under the feature's last line, the rest glued too.
DAY9 = date(2045, 1, 24)
STAR9 = date(2045, 1, 31)
ordered(DAY9, STAR9)
KM9, READS9 = 120, 240
assert READS9 == KM9 * 2
TLICHO = "Tł\u0131\u0328chǫ"
ICE_PAGE = latin_page(
    "dgr_utf16le_bom_lf_dogrib_tlicho_science_winter_road_ice_radar_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_fact_box_glued_explainer_glossary_stargazing_brief_glued",
    "utf-16-le", "\n", 37, "", True,
    f"North Slave Weekly 2045-01-24 Page 5 (an invented weekly of Behchokǫ̀, Northwest Territories; {TLICHO} (Dogrib) "
    "text with its combining ogonek on dotless ı and its grave accents, English furniture), UTF-16 LE with BOM, LF; "
    "blank-line paragraphs, wrapped at 37 with hyphenation. The feature (kicker `Science`, title, deck, byline `By "
    "Rosalie Mantla`; five paragraphs under two crossheads, the photo inside a sentence, the technician's “” words cut "
    f"by the running head, a pull quote with its speaker; {KM9} km read every 500 m = {READS9} readings, asserted); "
    "**the fact box `Did you know?` glued under the feature's last line** (three numbered points), the explainer "
    f"`Questions`, the glossary `{TLICHO} words`, the brief `Stargazing` ({english(STAR9)}), **each glued**.",
    DAY9, "5", [f"NORTH SLAVE WEEKLY · {english(DAY9)} · Page 5", "Science · Editor: Joseph Wetrade"],
    ["North Slave Weekly · news@northslave.example.ca"],
    ["NORTH SLAVE WEEKLY", english(DAY9), "Page 5", "Science", "Editor: Joseph Wetrade", "North Slave Weekly · Science",
     "North Slave Weekly", "news@northslave.example.ca"],
    "North Slave Weekly · Science", 5, bom=True)
ICE_PAGE["articles"] = [
    feature("Science", "Tı̨ nàowoò: radar tı gha", "A sled-mounted radar reads the ice of the winter road",
            "By Rosalie Mantla", ["Rosalie Mantla"], [
                syl(f"Dzęh gots'ǫ {TLICHO} tıdeè k'è radar gha {KM9} kilometre hazǫǫ nàdeè. Radar 500 metre "
                    f"gots'ǫ tı nıhtł'è k'è wets'ı̨ı̨ hoghàgodı, {READS9} wets'ı̨ı̨ nàdeè."),
                syl("Radar sled k'è nàdeè, {cap}skidoo gha Behchokǫ̀ gots'ǫ Whatì ts'ǫ̀ nàdeè."),
                ("h", "Tı nıhtł'è sìı nàowoò"),
                syl("Technician Lucy Zoe wegodı: “Ehtsè tı k'è ełexè nàowoò hoghàgodı, radar sìı tı "
                    "nıhtł'è {run}ghàts'ı̨ı̨.”"),
                syl("Radar wets'ı̨ı̨ computer k'è ełexè nàdeè; transportation department ełexè "
                    "wets'ı̨ı̨ hoghàgodı, satellite ełexè. {pq}Lucy Zoe wegodı: “Radar tı wegha "
                    "nàowoò, ehtsè nàowoò hazǫǫ ełexè.”"),
                ("h", "Dǫ hazǫǫ gha"),
                syl("Tı wets'ı̨ı̨ website k'è nàdeè; dǫ hazǫǫ winter road k'è nàdeè sìı ghàts'ı̨ı̨ "
                    "hoghàgodı. Community government, elders, truckers hazǫǫ ełexè kilometre gots'ǫ "
                    "kilometre tı nıhtł'è ghàts'ı̨ı̨."),
            ], "The radar sled crosses Marian Lake at dawn.", "Photo: Peter Rabesca",
            "“Radar tı wegha nàowoò, ehtsè nàowoò hazǫǫ ełexè.”", "— Lucy Zoe, technician"),
    box("Did you know?", [
        "1. Lake ice must be about 70 cm thick before a loaded truck may cross.",
        "2. Snow on top of the ice keeps it from growing thicker.",
        "3. Radar sends a pulse down and times its echo off the water below.",
    ], ICE_PAGE, glued=True),
    piece("Questions", [
        syl("Q: Why not drill holes in the ice, as before?"),
        syl("A: Drilling is still done to check the radar, but the radar reads the whole road in a day."),
        syl("Q: Can the radar see cracks?"),
        syl("A: It sees where the ice is thin; crews then look for cracks on foot."),
    ], glued=True),
    box(f"{TLICHO} words", [
        "Tı — water, lake; the lake ice the road runs on.",
        "Nàowoò — knowledge, the way of doing things.",
        "Ehtsè — grandfather; the elders who read the ice.",
    ], ICE_PAGE, glued=True),
    piece("Stargazing", [
        syl(f"On {english(STAR9)}, the Behchokǫ̀ youth centre will hold an aurora and star night on the lake "
            "shore from 9 p.m., with two telescopes and hot tea. Dress for minus thirty; free."),
    ], glued=True),
]


# 10. Emae (Emae island, Shefa, Vanuatu), UTF-8 with BOM, CRLF, indent-only (three spaces), not glued: a seismometer
#     watching the Karua undersea volcano; the fact box, the explainer, the glossary and the brief (a science-fair
#     result), apart.
DAY10 = date(2045, 7, 19)
FAIR10 = date(2045, 7, 14)
ordered(FAIR10, DAY10)
SENSORS10, ISLANDS10 = 4, 2
assert SENSORS10 == 2 * ISLANDS10
EMAE_PAGE = latin_page(
    "mmw_utf8_bom_crlf_emae_science_undersea_volcano_feature_two_crossheads_photo_caption_credit_running_head_midquote_pull_quote_indent_only_three_spaces_fact_box_explainer_glossary_science_fair_brief",
    "utf-8", "\r\n", 40, "   ", False,
    "Shefa Nius 2045-07-19 Pej 6 (an invented weekly of Port Vila, Vanuatu; Emae text, Bislama furniture), UTF-8 with "
    "BOM (`’ “ ” — ·`), CRLF; **indent-only paragraphs (three spaces)**, wrapped at 40 with hyphenation, the pieces "
    "apart. The feature (kicker `Saens`, title, deck, byline `Stori: Mereana Kalmet`; five paragraphs under two "
    "crossheads, the photo inside a sentence, the scientist's “” words cut by the running head, a pull quote with its "
    f"speaker; {SENSORS10} sensors on {ISLANDS10} islands, asserted); the fact box `Yu save?` (three numbered "
    f"points), the explainer `Kwestin mo ansa`, the glossary `Ol tok`, the brief `Saens fea` ({FAIR10.day}/"
    f"{FAIR10.month}, a Friday, asserted).",
    DAY10, "6", [f"SHEFA NIUS · Wenesdei {DAY10.day} Julae {DAY10.year} · Pej 6", "Saens mo Teknoloji · Edita: Joel Kalo"],
    ["Shefa Nius · nius@shefanius.example.vu"],
    ["SHEFA NIUS", f"Wenesdei {DAY10.day} Julae {DAY10.year}", "Pej 6", "Saens mo Teknoloji", "Edita: Joel Kalo",
     "Shefa Nius · Saens", "Shefa Nius", "nius@shefanius.example.vu"],
    "Shefa Nius · Saens", 5, bom=True)
assert DAY10.weekday() == 2 and FAIR10.weekday() == 4
EMAE_PAGE["articles"] = [
    feature("Saens", "Te mauga i lalo o te moana", "Ol saentis oli putum seismometa long Emae mo Tongoa",
            "Stori: Mereana Kalmet", ["Mereana Kalmet"], [
                syl(f"Te tangata saens e {SENSORS10} seismometa ni fakanofo i te fenua e {ISLANDS10}, Emae ma "
                    "Tongoa, ke fakarongo ki te mauga afi Karua i lalo o te moana."),
                syl("Te seismometa e fakanofo i te fare akoako, {cap}ma te solar panel i runga te fare."),
                ("h", "Te fenua e ngaueue"),
                syl("Te saentis Dr. Lisiate Manaroto e tuku: “Te mauga Karua e moe i lalo o te moana; kafai "
                    "ke ara, te fenua e ngaueue ma te moana e {run}fakaroro.”"),
                syl("Te tamariki o te fare akoako e matamata ki te computer. {pq}Dr. Manaroto e tuku: "
                    "“Te tamariki e matamata, te fenua e ora.”"),
                ("h", "Te tala ki te fenua"),
                syl("Kafai te mauga e ara, te tala e fano ki te telefoni o te tangata fenua i Emae ma Tongoa "
                    "i te miniti e rua."),
            ], "Sumatin oli lukluk seismometa long Sangava skul.", "Foto: Kalsakau Tari",
            "“Te tamariki e matamata, te fenua e ora.”", "— Dr. Lisiate Manaroto"),
    box("Yu save?", [
        "1. Karua hemi wan volkeno we i stap andanit long solwota.",
        "2. Seismometa i save harem smol seksek we man i no save harem.",
        "3. Vanuatu i gat moa long 80 aelan mo plante volkeno.",
    ], EMAE_PAGE),
    piece("Kwestin mo ansa", [
        syl("Kwestin: Te seismometa e tuku te tala ki ai?"),
        syl("Ansa: Ki te computer i Port Vila, ma ki te telefoni o te tangata fenua."),
        syl("Kwestin: Te tamariki e matamata fakapefea?"),
        syl("Ansa: Te computer i te fare akoako e fakaari te ngaueue o te fenua."),
    ]),
    box("Ol tok", [
        "Mauga afi — volkeno; maunten we i save sakem faea.",
        "Ngaueue — seksek blong graon, olsem eatkwek.",
        "Moana — solwota, bigfala solwota.",
    ], EMAE_PAGE),
    piece("Saens fea", [
        syl(f"Long Fraede {FAIR10.day} Julae, long saens fea blong Shefa provins, ol sumatin blong Sangava skul "
            "oli winim fas praes wetem wan smol wota pam we i wok long solar paoa."),
    ]),
]

PAGES = [SOIL_PAGE, ROBOT_PAGE, QUAKE_PAGE, BALLOON_PAGE, DRONE_PAGE, SAT_PAGE, ARAPAHO_PAGE, ACHUAR_PAGE, ICE_PAGE,
         EMAE_PAGE]
