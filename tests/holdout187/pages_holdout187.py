"""The text of every holdout187 page, written once: make_holdout187_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-185 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("more", line)` a printed line with no blank line before it (here
the lead's jump line, furniture); `{cap}` drops the lead's photo caption and its credit into a sentence; `{run}` drops
the running head into a paragraph; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's
rules); `runin_briefs()` (holdout161's) the digest column, its label printed once over three run-in briefs.
Every page is a front page: a masthead band (paper, date with weekday, issue number, price), two ears (a weather box
of two or three lines and a `今日导读` / `Inside today` index of three page references), all furniture; a lead story
(kicker or deck, byline, a dateline opening its first paragraph, four paragraphs, a photo caption with its credit
dropped inside a sentence, the last paragraph cut mid-sentence by the jump line `（下转第3版）` / `Continued on Page 3`,
furniture); a second story (head, byline, a quotation cut by the running head); a standalone picture (a title-like
line and the credit, no story); a digest column of three briefs under its label, each opening on a bold-like run-in
head after `■`. Weekdays and sums are computed and asserted. All papers, people, institutions, sums and events are
invented; real places are settings only.
"""

from datetime import date, timedelta
from functools import partial

from writtenpages import EN, EN_MONTHS, english, md, ordered, runin_briefs, syllables, weekday

VOWELS = "aeiouyàèìòùáéíóúąęįǫų"
syl = partial(syllables, vowels=VOWELS)
BOX = "■"


def lead(title, byline, names, body, caption, credit, jump, kicker=None, deck=None):
    """The lead story: kicker over the title or deck under it, the byline, its paragraphs (the dateline opens the first;
    one carries `{cap}`), the jump line under the last, cut paragraph with no blank line (furniture)."""
    lines = ([kicker] if kicker else []) + [title] + ([deck] if deck else []) + [byline]
    return {"lines": lines, "kicker": kicker, "title": title, "subtitle": deck, "byline": [byline] + names,
            "captions": [caption], "credits": [credit], "body": list(body) + [("more", jump)]}


def story(title, byline, names, body, glued=False):
    """The second story: head the title, the byline, its paragraphs (one cut by the running head)."""
    art = {"lines": [title, byline], "title": title, "byline": [byline] + names, "body": list(body)}
    if glued:
        art["glued"] = True
    return art


def picture(title, credit, glued=False):
    """A standalone picture (**new**): its one title-like line the title, the credit under it a credit, no paragraph
    and no caption."""
    art = {"lines": [title, credit], "title": title, "credits": [credit], "body": []}
    if glued:
        art["glued"] = True
    return art


def briefs(label, items, runin, glued=False, box=BOX):
    """The digest column: runin_briefs() with a `■` before each bold-like run-in head (markup; `■ ` on a Latin page,
    whose run-in head ends in `: `)."""
    arts = runin_briefs(label, items, runin)
    for art in arts:
        art["runin_lead"] = box if runin == "\u3000" else box + " "
    if glued:
        arts[0]["glued"] = True
    return arts


def split_zh(line):
    return [x for x in line.split("\u3000") if x]


def zh_page(name, encoding, newline, width, blank, note, day, page_no, masthead, ears, foot, run, jump, not_in=(),
            bom=False):
    """A Chinese front page: the masthead lines' pieces (split at full-width spaces) and the ears' and foot's whole
    lines are furniture, with the running head and the jump line."""
    furniture = [p for line in masthead for p in split_zh(line)] + list(ears) + [run, jump] + list(foot)
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": list(masthead) + list(ears), "foot": list(foot), "furniture": furniture,
            "run": [run], "labels": [], "markup": [BOX * 3]}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, masthead, ears, foot, run, jump,
               bom=False, box=BOX):
    """A Latin front page: the masthead's and foot's ` · ` joins are markup, their pieces furniture; the ears' lines
    whole furniture; the briefs' `■` and the `: ` after each run-in head markup."""
    joins = sum(line.count(" · ") for line in list(masthead) + list(foot))
    pieces = [p for line in list(masthead) + list(foot) for p in line.split(" · ")]
    furniture = pieces + list(ears) + [run, jump]
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": list(masthead) + list(ears), "foot": list(foot), "furniture": furniture, "run": [run],
            "labels": [], "markup": ["·" * joins, box * 3, ":" * 3]}


def zh_day(day):
    return f"{day.year}年{day.month}月{day.day}日"


JUMP = "（下转第3版）"
JUMP_T = "（下轉第3版）"


# 1. GBK county daily, CRLF, blank-line, glued: village canteens for the elderly.
DAY1 = date(2046, 3, 6)
VILLAGES1, OPEN1 = 140, 126
assert OPEN1 * 100 // VILLAGES1 == 90
MEALS1 = 3 + 4 + 5  # yuan: breakfast, lunch, supper for those over eighty
P1 = zh_page(
    "zh_gbk_crlf_county_front_page_village_canteens_ears_lead_kicker_caption_jump_"
    "second_story_glued_run_head_midquote_picture_glued_briefs_glued",
    "gbk", "\r\n", 21, True,
    "汧溪日报 2046-03-06 第1版 要闻 (an invented county daily), GBK, CRLF; blank-line paragraphs, wrapped at 21. "
    "Masthead band and two ears (`【天气】` box of three lines, `【今日导读】` of three page references), furniture; "
    f"the lead under the kicker `民生实事` (village canteens for the elderly, {OPEN1} of {VILLAGES1} villages), a "
    "caption with its credit dropped inside a sentence, cut mid-sentence by `（下转第3版）`; **the second story glued "
    "under the jump line** (an old man's words cut by the running head); **the standalone picture glued under it**; "
    "`简讯` (three run-in briefs, `■` heads), **the first glued under the picture's credit**.",
    DAY1, "1",
    ["汧溪日报", f"{zh_day(DAY1)}　{weekday(DAY1)}　第8123期　今日8版　零售价1.50元", "第1版　要闻　　值班编委：许蓁"],
    ["【天气】", "今天　多云转小雨　8～15℃", "明天　阴　7～12℃", "【今日导读】", "一张饭卡的来历　第3版",
     "春耕物资到村到户　第5版", "老街灯笼铺的新订单　第7版"],
    ["汧溪日报社出版　　地址：汧溪县西关路9号　　广告热线：6218 3307"],
    "汧溪日报·要闻", JUMP)
P1["articles"] = [
    lead("村村有了“幸福食堂”", "本报记者　蔺　秋　常　禾", ["蔺　秋", "常　禾"], [
        f"本报讯　{md(DAY1 - timedelta(days=1))}中午，柳岙村幸福食堂里坐满了老人。记者从县民政局获悉，全县{VILLAGES1}个"
        f"行政村中已有{OPEN1}个建成村级幸福食堂，覆盖率达到九成。",
        "食堂大多利用闲置的村小学、老村委办公室改建，由村里请本村的妇女掌勺。八十岁以上老人吃一日三餐，"
        f"早餐3元、午餐4元、晚餐5元，一天合计{MEALS1}元，其余由县财政和村集体补贴。",
        "“以前一个人在家，中午常常就着咸菜{cap}吃一碗面。”柳岙村82岁的甘守田老人说，现在每天走几步路就能吃上热饭热菜，"
        "还能和老伙计们说说话。",
        "县民政局负责人介绍，今年将把剩下的14个村全部纳入，并",
    ], "图为柳岙村幸福食堂的老人们在吃午饭。", "本报记者　常　禾　摄", JUMP, kicker="民生实事"),
    story("送餐员是村里的年轻人", "本报记者　蔺　秋", ["蔺　秋"], [
        "每天上午十一点，白庙村的三轮车准时从食堂出发，把饭菜送到行动不便的老人家里。开车的是返乡青年祁小川。",
        "他说，车上一共装着九个保温桶，最远的一户在山腰上，来回要二十分钟。",
        "“饭还热着呢。”瘫痪多年的詹大爷接过饭盒，对记者说，“这孩子天天来，比闹钟{run}还准。”",
        "村党支部书记介绍，送餐的补贴由村集体出，村里已有五名年轻人报名轮流送餐。",
    ], glued=True),
    picture("春到汧溪河", "本报记者　邰　远　摄", glued=True),
    *briefs("简讯", [
        ("县城至岭口公交加密", "自3月10日起，县城至岭口镇的公交班次由每天八班增至十二班，首班车提前到早上六点。"),
        ("农技员下村指导春耕", "县农业农村局组织三十名农技员分赴各乡镇，现场指导育秧和春播。"),
        ("县图书馆延长开放时间", "县图书馆即日起周末开放到晚上八点，少儿阅览室同步延长。"),
    ], "　", glued=True),
]


# 2. GB18030 city daily, LF, indent-only, not glued; a rare Extension A character in a reporter's name.
RARE = "\u41d2"  # 䇒, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2046, 4, 17)
TOWERS2, DONE2 = 58, 41
VILLAGES2 = 23 + 18
assert VILLAGES2 == DONE2
P2 = zh_page(
    "zh_gb18030_lf_city_front_page_mountain_broadband_rare_char_byline_ears_lead_deck_caption_"
    "jump_second_story_run_head_midquote_picture_briefs_indent_only",
    "gb18030", "\n", 21, False,
    f"岫源日报 2046-04-17 第1版 要闻 (an invented city daily; `{RARE}` U+41D2, CJK Extension A, in the reporter's name "
    f"`柯　{RARE}`; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21, not glued. Masthead band, weather box "
    f"of two lines, `今日导读`; the lead (broadband towers for mountain villages, {DONE2} of {TOWERS2} built, **a deck "
    "under the title**), a caption dropped inside a sentence, cut by `（下转第3版）`; the second story (a teacher's words "
    "cut by the running head); the standalone picture; `简讯` (three run-in briefs).",
    DAY2, "1",
    ["岫源日报", f"{zh_day(DAY2)}　{weekday(DAY2)}　第15207期　今日16版　定价2元", "第1版　要闻"],
    ["天气：晴转多云　14～26℃", "东南风3级", "今日导读：", "茶山上的直播间　第3版", "一所村小的网课表　第6版",
     "宽带师傅的工具包　第9版"],
    ["岫源日报社　　新闻热线：8851 2266"],
    "岫源日报·要闻", JUMP)
P2["articles"] = [
    lead("山里村子连上了光纤", f"本报记者　柯　{RARE}", [f"柯　{RARE}", f"柯{RARE}"], [
        f"本报讯　记者从市通信管理部门了解到，全市今年计划在偏远山区新建的{TOWERS2}座通信基站，已建成{DONE2}座，"
        f"北部山区{VILLAGES2}个行政村全部通上了光纤宽带。",
        "这些村子大多在海拔八百米以上，施工队要靠骡子把设备驮上山，一座基站往往要十来天才能建好。",
        "在云坪村，村民范月娥正对着手机{cap}直播卖笋干。她说，以前信号时有时无，现在一场直播能卖出两百多斤。",
        "市通信管理部门负责人表示，剩下的基站将在雨季前完工，同时",
    ], "图为云坪村村民在自家院子里直播。", f"本报记者　柯　{RARE}　摄", JUMP, deck="北部山区41个行政村全部通宽带"),
    story("村小的孩子上了同步课堂", "本报记者　滕　若", ["滕　若"], [
        "在石门村小学，五年级的七个孩子第一次和城里学校的同学一起上英语课。屏幕那头的老师点名提问，孩子们抢着举手。",
        "校长焦青山说，学校只有四位老师，英语和音乐一直开不齐。",
        "“网一通，城里的好老师就到了我们教室。”焦青山说，“下学期我们想把科学课也{run}接进来。”",
    ]),
    picture("岫河两岸油菜花开", "本报记者　闵　川　摄"),
    *briefs("简讯", [
        ("市区新增三处公共充电站", "市区滨江路、北门广场和体育中心新建的三处公共充电站本周投入使用。"),
        ("岫源至省城高铁增开班次", "自4月20日起，岫源至省城每天增开两趟高铁，晚间末班车推迟到21时40分。"),
        ("市民热线夜间接听", "市民服务热线即日起全天接听，夜间由专人值守。"),
    ], "　"),
]


# 3. Big5 Taiwan county daily (Hualien), CR, blank-line, glued: a mobile post office in the mountain townships.
DAY3 = date(2046, 5, 22)
assert DAY3.year - 1911 == 135
STOPS3 = 6 + 5 + 4
P3 = zh_page(
    "zht_big5_cr_taiwan_front_page_mobile_post_office_ears_lead_kicker_caption_jump_"
    "second_story_glued_run_head_midquote_picture_briefs_glued",
    "big5", "\r", 20, True,
    "東岸時報 2046-05-22 (`中華民國135年5月22日`) A1 要聞 (an invented county daily, Hualien county), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. Masthead band, `天氣` box of three lines, `今日導讀`; the lead under the "
    f"kicker `偏鄉服務` (a post-office van calling at {STOPS3} mountain stops), a caption dropped inside a sentence, cut "
    "by `（下轉第3版）`; **the second story glued under the jump line** (a grandmother's 「」 words cut by the running "
    "head); the standalone picture; `短訊` (three run-in briefs), **glued under the picture's credit**.",
    DAY3, "A1",
    ["東岸時報", f"中華民國135年5月22日　{weekday(DAY3)}　第9461號　每份新臺幣15元", "A1　要聞"],
    ["天氣　晴時多雲", "氣溫　22至30℃", "降雨機率　20％", "今日導讀", "山村的週末市集　A3", "部落學校的新球隊　A5",
     "港口的夜間魚市　A7"],
    ["東岸時報社　地址：花蓮縣東岸路66號　讀者專線：(03)835-1127"],
    "東岸時報．要聞", JUMP_T)
P3["articles"] = [
    lead("郵局開車上山　包裹送到部落口", "記者林映彤／花蓮報導", ["林映彤", "記者林映彤"], [
        f"【本報訊】{md(DAY3 - timedelta(days=1))}上午，一輛漆成綠色的行動郵局車開進萬榮鄉山區。縣內郵局與鄉公所合作，"
        f"在秀林、萬榮、卓溪三個山地鄉設了{STOPS3}個停靠點，每週各停一次。",
        "行動郵局車上可以寄信、領包裹，也能存提款。過去山上居民要領一個包裹，得搭一個多小時的客運下山。",
        "今年六十七歲的{cap}潘阿嬤領到孫子寄來的藥，笑著說，以後不用再麻煩鄰居幫忙帶。",
        "郵局表示，若試辦順利，明年將把停靠點擴大到",
    ], "圖為居民在行動郵局車前排隊領包裹。", "記者林映彤／攝", JUMP_T, kicker="偏鄉服務"),
    story("司機阿誠的山路日記", "記者高睿安／花蓮報導", ["高睿安", "記者高睿安"], [
        "開行動郵局車的是郵務士阿誠。他在山路上跑了十二年郵件，每個彎道都記得清清楚楚。",
        "每到一個停靠點，總有老人家提早在路邊等著。有人帶來一袋剛採的青菜，硬要塞給他。",
        "「他來，我們就知道今天是禮拜三。」一位阿嬤說，「比看日曆{run}還準。」",
    ], glued=True),
    picture("清水斷崖晨光", "記者鄭承翰／攝"),
    *briefs("短訊", [
        ("縣立體育場整修完工", "縣立體育場跑道整修工程已完工，下月起開放民眾夜間使用。"),
        ("公車增設部落站牌", "縣內公車新增七個部落站牌，乘客可在站牌處揮手招車。"),
        ("圖書館推出行動書車", "縣立圖書館行動書車每月到偏鄉國小巡迴一次，每次可借書兩百冊。"),
    ], "　", glued=True),
]


# 4. Big5-HKSCS Hong Kong district daily, Cantonese quotes, CRLF, indent-only, not glued: a community hall reopens.
DAY4 = date(2046, 9, 14)
COST4 = 1280 + 460
assert COST4 == 1740
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_front_page_community_hall_reopens_cantonese_quotes_ears_lead_deck_"
    "caption_jump_second_story_run_head_midquote_picture_briefs_indent_only",
    "big5hkscs", "\r\n", 20, False,
    "荃灣日報 2046-09-14 第1頁 港聞 (an invented Hong Kong district daily), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇`; in neither "
    "cp950 nor Big5), CRLF; **indent-only**, wrapped at 20, not glued. Masthead band, weather box of two lines, "
    f"`今日導讀`; the lead (a community hall reopened after a {COST4}萬元 refit, a deck), Cantonese quotes, a caption "
    "dropped inside a sentence, cut by `（下轉第3版）`; the second story (a dance teacher's Cantonese words cut by the "
    "running head); the standalone picture; `區區短訊` (three run-in briefs).",
    DAY4, "1",
    ["荃灣日報", f"{zh_day(DAY4)}　{weekday(DAY4)}　第3308期　港幣6元", "第1頁　港聞"],
    ["天氣：大致多雲　有一兩陣驟雨", "氣溫：27至32℃", "今日導讀：", "街坊舊相片展　第4頁", "屋邨乒乓球賽　第6頁",
     "小巴新路線　第8頁"],
    ["荃灣日報　　新聞熱線：2416 3082"],
    "荃灣日報．港聞", JUMP_T)
P4["articles"] = [
    lead("老會堂翻新重開　街坊返嚟跳舞", "記者　伍卓昇", ["伍卓昇"], [
        f"【本報訊】荃灣沙咀道社區會堂經過一年翻新，{md(DAY4 - timedelta(days=1))}重新開放。工程費用{COST4}萬元，"
        "其中1280萬元用於更換冷氣同電線，460萬元用於加建無障礙洗手間同升降機。",
        "開幕當日，會堂門口一早排滿街坊。七十幾歲嘅邵太話：「以前冇冷氣，夏天喺度跳舞跳到成身汗。」",
        "會堂舞台亦都換咗新燈，{cap}粵劇班嘅師傅話終於唔使自己帶燈嚟。",
        "民政事務處表示，會堂逢星期一休息，其餘日子",
    ], "圖為街坊喺翻新後嘅會堂排練粵劇。", "記者　伍卓昇　攝", JUMP_T, deck="工程費1740萬元　加建升降機"),
    story("排舞班二十年冇停過", "記者　關曉汶", ["關曉汶"], [
        "會堂二樓嘅排舞班，由退休護士譚姑娘帶咗二十年。翻新期間，班上三十幾個學員借用附近嘅學校禮堂繼續練。",
        "今次搬返嚟，學員特登帶咗蛋糕慶祝。",
        "「地板換咗，跳起上嚟腳都冇咁攰。」譚姑娘笑住講，「我哋會繼續跳，跳到{run}八十歲。」",
    ]),
    picture("城門河畔中秋燈影", "記者　梁鎮邦　攝"),
    *briefs("區區短訊", [
        ("荃灣公園泳池延長開放", "荃灣公園泳池延長開放至10月底，晚間開放至9時。"),
        ("街市增設冷氣", "楊屋道街市加裝冷氣工程下月動工，期間檔戶照常營業。"),
        ("長者免費驗眼", "區內三間長者中心本月舉辦免費驗眼，需預先登記。"),
    ], "　"),
]


# 5. UTF-8 without BOM Malaysian daily (Muar, Johor), LF, blank-line, glued: a clan association's centenary.
DAY5 = date(2046, 7, 9)
FOUNDED5 = 1946
assert DAY5.year - FOUNDED5 == 100
FUND5 = 85000 + 40000
P5 = zh_page(
    "zh_utf8_nobom_lf_malaysia_muar_front_page_association_centenary_ringgit_ears_lead_kicker_"
    "caption_jump_second_story_glued_run_head_midquote_picture_glued_briefs_glued",
    "utf-8", "\n", 21, True,
    "麻川日报 2046-07-09 第1版 头版 (an invented daily of Muar, Johor, Malaysia; `令吉`, `甘榜`), UTF-8 without BOM, "
    "LF; blank-line paragraphs, wrapped at 21. Masthead band, weather box of two lines, `今日导读`; the lead under the "
    f"kicker `百年会馆` (a clan association's centenary, a fund of {FUND5}令吉), a caption dropped inside a sentence, cut "
    "by `（下转第3版）`; **the second story glued under the jump line** (an old member's words cut by the running head); "
    "**the standalone picture glued under the story**; `简讯` (three run-in briefs), **glued under the picture**.",
    DAY5, "1",
    ["麻川日报", f"{zh_day(DAY5)}　{weekday(DAY5)}　第21874期　售价1令吉50仙", "第1版　头版"],
    ["天气：午后雷阵雨", "气温：24～33°C", "今日导读：", "甘榜里的手工糕点　第3版", "华小新礼堂落成　第5版",
     "河口渔民的早市　第8版"],
    ["麻川日报社　　读者热线：06-952 1180"],
    "麻川日报·头版", JUMP)
P5["articles"] = [
    lead("会馆百岁　三代人同台", "本报记者　甘秀玲", ["甘秀玲"], [
        f"（麻坡讯）创立于{FOUNDED5}年的麻坡永德会馆，{md(DAY5 - timedelta(days=2))}晚在会馆礼堂举行百年庆典，"
        "四百多名会员和家属出席，不少家庭三代人同桌。",
        f"会馆主席颜德发在致词时宣布，会馆设立百年教育基金，首期款项{FUND5}令吉，其中85000令吉由会员捐献，"
        "40000令吉由会馆拨出，用于资助会员子女升学。",
        "庆典上，{cap}会馆的舞狮队和华乐团先后表演，台下掌声不断。",
        "颜德发表示，会馆接下来将整理百年会员名册，并",
    ], "图为会馆舞狮队在庆典上表演。", "本报记者　甘秀玲　摄", JUMP, kicker="百年会馆"),
    story("九旬老会员的账本", "本报记者　苏伟杰", ["苏伟杰"], [
        "92岁的老会员卢振南，把一本用了四十年的旧账本捐给会馆。账本上用毛笔记着当年每一笔会费和捐款。",
        "他说，年轻时在会馆当过十年义务财政，每一分钱都记得清清楚楚。",
        "“账本交给会馆，我就放心了。”卢振南说，“以后的年轻人翻开它，就知道会馆是怎样一点一点{run}撑起来的。”",
    ], glued=True),
    picture("麻河落日", "本报记者　许家宏　摄", glued=True),
    *briefs("简讯", [
        ("市议会修补甘榜道路", "市议会拨款修补五条甘榜道路，工程预计本月底完成。"),
        ("华小开放报名", "区内六所华小即日起开放明年一年级新生报名。"),
        ("河滨公园增设路灯", "河滨公园步道新增四十盏路灯，晚间散步更安全。"),
    ], "　", glued=True),
]


# 6. UTF-16 LE with BOM city evening paper, CRLF, indent-only, glued throughout: emergency shelters.
DAY6 = date(2046, 11, 12)
SHELTERS6 = 36 + 12
BEDS6 = 48 * 200
assert BEDS6 == 9600
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_front_page_emergency_shelters_ears_lead_deck_caption_jump_"
    "second_story_glued_run_head_midquote_picture_glued_briefs_glued_indent_only",
    "utf-16-le", "\r\n", 22, False,
    "涪州晚报 2046-11-12 第1版 要闻 (an invented city evening paper), UTF-16 LE with BOM, CRLF; **indent-only**, wrapped "
    f"at 22, **glued throughout**: masthead band, weather box of three lines, `今日导读`; the lead ({SHELTERS6} "
    f"emergency shelters, {BEDS6} places, a deck), a caption dropped inside a sentence, cut by `（下转第3版）`; **the "
    "second story glued under the jump line** (a volunteer's words cut by the running head); **the standalone picture "
    "glued under the story**; **`简讯` glued under the picture's credit**.",
    DAY6, "1",
    ["涪州晚报", f"{zh_day(DAY6)}　{weekday(DAY6)}　第11872期　今日12版　每份1元", "第1版　要闻"],
    ["【天气】", "阴有小雨　9～14℃", "北风2～3级", "【今日导读】", "社区里的急救课　第3版", "老城区的消防通道　第4版",
     "冬季供暖提前试运行　第6版"],
    ["涪州晚报社　　地址：涪州市江北路118号"],
    "涪州晚报·要闻", JUMP, bom=True)
P6["articles"] = [
    lead("全市48处应急避难场所挂牌", "本报记者　邱　澄", ["邱　澄"], [
        f"本报讯　记者{md(DAY6 - timedelta(days=1))}从市应急管理局获悉，全市已有{SHELTERS6}处应急避难场所完成改造并挂牌，"
        f"其中学校操场36处、体育场馆12处，每处按200人设置，共可容纳{BEDS6}人。",
        "每处避难场所都配备了应急照明、饮用水和简易床铺，门口设有统一的绿色标识牌。",
        "在北关中学，{cap}操场边的储物间里整齐码放着折叠床和棉被，管理员每月清点一次。",
        "市应急管理局负责人介绍，市民可通过手机地图查询最近的避难场所，下一步还将",
    ], "图为北关中学操场上新设的避难场所标识牌。", "本报记者　邱　澄　摄", JUMP, deck="学校操场和体育场馆可容纳9600人"),
    story("一次没有预告的演练", "本报记者　简　琪", ["简　琪"], [
        "上周五下午，南湖社区突然响起警报。三分钟内，两百多名居民在志愿者带领下有序来到附近的小学操场。",
        "社区志愿者队长汤卫国拿着喇叭清点人数，一户一户核对。",
        "“平时多练一次，真有事就少慌一分。”汤卫国说，“下次我们打算在晚上再{run}演练一回。”",
    ], glued=True),
    picture("初冬的涪江大桥", "本报记者　严　松　摄", glued=True),
    *briefs("简讯", [
        ("地铁二号线试运行", "地铁二号线本周开始空载试运行，预计明年春节前开通。"),
        ("老旧小区加装电梯", "今年第三批老旧小区加装电梯项目已开工，共涉及二十六个单元。"),
        ("江滨步道夜间亮灯", "江滨步道即日起每晚亮灯至23时。"),
    ], "　", glued=True),
]


# 7. Gwich'in (Fort Yukon, Alaska, USA), UTF-16 BE with BOM, LF, blank-line, glued: a fish camp school.
DAY7 = date(2046, 6, 20)
CHILDREN7 = 14 + 9
P7 = latin_page(
    "gwi_utf16be_bom_lf_gwichin_front_page_fish_camp_school_ears_lead_kicker_caption_"
    "jump_second_story_glued_run_head_midquote_picture_briefs_glued_hyphenation",
    "utf-16-be", "\n", 40, "", True,
    "Gwichyaa Drum 2046-06-20 Page 1 Front page (an invented weekly of Fort Yukon, Alaska; Gwich'in text, English "
    "furniture), UTF-16 BE with BOM (`ą ǫ ì à “ ” – ·`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. "
    f"Masthead band, weather box of two lines, `Inside today` index; the lead under the kicker `Fish camp` ({CHILDREN7} "
    "children at a fish-camp school), a caption dropped inside a sentence, cut by `Continued on Page 3`; **the second "
    "story glued under the jump line** (an elder's words cut by the running head); the standalone picture; `In brief` "
    "(three run-in briefs after `■`, `: ` markup), **glued under the picture's credit**.",
    DAY7, "1",
    [f"GWICHYAA DRUM · {english(DAY7)} · No. 1123 · $1.00", "Page 1 · Front page · Editor: Marjorie Tritt-Solomon"],
    ["Weather: sun and cloud, 12 to 24 °C", "Yukon River: falling slowly", "Inside today:",
     "Smokehouse roofs, Page 3", "Spring carnival results, Page 5", "Letters from Chalkyitsik, Page 7"],
    ["Gwichyaa Drum · news@gwichyaadrum.example.com"],
    "Gwichyaa Drum · Front page", "Continued on Page 3", bom=True)
P7["articles"] = [
    lead("Tr'iinin łuk ch'ok'ąįį gwiintł'òo", "By Annie Peter-Carroll", ["Annie Peter-Carroll"], [
        syl(f"GWICHYAA ZHEE – {CHILDREN7} tr'iinin łuk ch'ok'ąįį zhìt gwiintł'òo gwandak gahgwidandaii. Dinjii "
            "zhuh ginjik nakhwaii gwiindaii, łuk yaagoonaatthak ts'à' vadzaih dhidląįį."),
        syl("Shalak naii tr'iinin ts'à' łuk ch'ok'ąįį nagwidandaii; neeshraii gwiinzìi, tr'iinin gwatsal ts'à' "
            "niłii'ee nagaahtsii."),
        syl("Tr'iinin łuk {cap}yaagoonaatthak gahgwidandaii, ginjik gwiinzii gwich'in nakhwaii gwandak."),
        syl("Jidii gwiinzìi, tr'iinin naii ch'ihłak gwanlii ts'à'"),
    ], "Tr'iinin łuk ch'ok'ąįį zhìt gwiintł'òo.", "Photo: Dale Frank", "Continued on Page 3", kicker="Fish camp"),
    story("Shitsii gwandak nagahtsii", "By Roy Esau", ["Roy Esau"], [
        syl("Shitsii Paul Solomon łuk ch'ok'ąįį gwandak gahgwidandaii; tr'iinin naii gwiinzìi gaahtsii."),
        syl("Shitsii niłii'ee gwandak: łuk yaagoonaatthak ts'à' vadzaih gwich'in nakhwaii."),
        syl("“Tr'iinin naii ginjik gwiinzìi,” shitsii nahgwaa, “gwich'in ginjik nakhwaii {run}gwanlii.”"),
    ], glued=True),
    picture("Han Zhit Ch'oodak", "Photo: Lena Tritt"),
    *briefs("In brief", [
        ("Clinic hours", syl("Jidii clinic gwiinzìi, Monday ts'à' Friday nagaahtsii.")),
        ("Boat landing", syl("Han gwiinzìi boat landing gwanlii ts'à' tr'iinin naii gaahtsii.")),
        ("Library books", syl("Ginjik mahsi' choo, library niłii'ee gwandak gwanlii.")),
    ], ": ", glued=True),
]


# 8. Makushi (Lethem, Rupununi, Guyana), ISO-8859-1, CRLF, indent-only (four spaces), not glued: a savannah well.
DAY8 = date(2046, 2, 25)
WELLS8 = 7 + 5
P8 = latin_page(
    "mbc_latin1_crlf_makushi_front_page_savannah_wells_ears_lead_deck_caption_jump_"
    "second_story_run_head_midquote_picture_briefs_indent_only_four_spaces_hyphenation",
    "iso-8859-1", "\r\n", 38, "    ", False,
    "Rupununi Star 2046-02-25 Page 1 Front page (an invented weekly of Lethem, Guyana; Makushi text, English "
    "furniture), **ISO-8859-1** (straight quotes `\"`), CRLF; **indent-only (four spaces)**, wrapped at 38 with "
    f"hyphenation, not glued. Masthead band, weather box of two lines, index; the lead ({WELLS8} new wells in savannah "
    "villages, a deck), a caption dropped inside a sentence, cut by `Continued on Page 3`; the second story (a "
    "toshao's words cut by the running head); the standalone picture; `In brief` (three run-in briefs).",
    DAY8, "1",
    [f"RUPUNUNI STAR · {english(DAY8)} · No. 784 · G$ 200", "Page 1 · Front page"],
    ["Weather: dry, hot, 23 to 35 C", "Wind: north-east, light", "Inside today:", "Cassava mill reopens, Page 3",
     "Rodeo grounds cleared, Page 5", "Bridge at Moco-Moco, Page 6"],
    ["Rupununi Star · desk@rupununistar.example.gy"],
    "Rupununi Star · Front page", "Continued on Page 3", box="*")
P8["articles"] = [
    lead("Tuna pata yamariparu", "By Clarissa Alfred", ["Clarissa Alfred"], [
        syl(f"LETHEM - Tuna yamariparu {WELLS8} pata Makusi pemonkonyamoro ya. Savannah pe tuna enutukupe, "
            "pemonkonyamoro tuna ekaremasaku erepamiipu."),
        syl("Yamariparu pata tuna wei eporipai; 7 pata tuna North Rupununi ya, 5 pata tuna South Rupununi ya."),
        syl("Makusi pemonkonyamoro {cap}tuna ekaremasaku, wiriki pata Annai erepamiipu."),
        syl("Toshao pemonkonyamoro ekaremasaku, tuna yamariparu erepamiipu pata"),
    ], "Pemonkonyamoro tuna yamariparu Annai ya.", "Photo: Nigel Andries", "Continued on Page 3",
        deck="Tuna enutukupe savannah pata ya"),
    story("Toshao ekaremasaku", "By Joel Melville", ["Joel Melville"], [
        syl("Toshao Francis Ignatius pata Aranaputa ya tuna ekaremasaku; wei eporipai pemonkonyamoro."),
        syl("Paaru pata wei, tuna erepamiipu yamariparu pemonkonyamoro."),
        syl("\"Tuna enutukupe,\" toshao ekaremasaku, \"pemonkonyamoro tuna {run}erepamiipu.\""),
    ]),
    picture("Kanuku Yeperu Wei", "Photo: Sherlina Jacobs"),
    *briefs("In brief", [
        ("Road grading", syl("Lethem pata road grading erepamiipu Monday ya.")),
        ("School meals", syl("Pemonkonyamoro school meals ekaremasaku, wei pata.")),
        ("Radio hours", syl("Radio Kanuku Wei pata ekaremasaku tuna eporipai.")),
    ], ": ", box="*"),
]


# 9. Gamilaraay (Moree, New South Wales, Australia), UTF-8 with BOM, CR, blank-line, glued: a language nest.
DAY9 = date(2046, 8, 15)
KIDS9 = 11 + 8
P9 = latin_page(
    "kld_utf8_bom_cr_gamilaraay_front_page_language_nest_ears_lead_kicker_caption_jump_"
    "second_story_glued_run_head_midquote_picture_glued_briefs_glued_hyphenation",
    "utf-8", "\r", 40, "", True,
    "Mehi Valley Courier 2046-08-15 Page 1 Front page (an invented weekly of Moree, New South Wales; Gamilaraay text, "
    "English furniture), UTF-8 with BOM (`“ ” – ·`), **CR**; blank-line paragraphs, wrapped at 40 with hyphenation. "
    f"Masthead band, weather box of three lines, index; the lead under the kicker `Garay` ({KIDS9} children at a "
    "language nest), a caption dropped inside a sentence, cut by `Continued on Page 3`; **the second story glued "
    "under the jump line** (an aunty's words cut by the running head); **the standalone picture glued under it**; "
    "`In brief` (three run-in briefs), **glued under the picture's credit**.",
    DAY9, "1",
    [f"MEHI VALLEY COURIER · {english(DAY9)} · No. 2231 · $2.20", "Page 1 · Front page · Editor: Joan Duncan"],
    ["Weather: fine, frost early", "Moree: 2 to 19 °C", "Rain: none expected", "Inside today:",
     "Cotton gin hours, Page 3", "Netball finals, Page 5", "Artesian baths timetable, Page 7"],
    ["Mehi Valley Courier · news@mehicourier.example.au"],
    "Mehi Valley Courier · Front page", "Continued on Page 3", bom=True)
P9["articles"] = [
    lead("Gaaynggal garay winangaylanha", "By Tanya Walford", ["Tanya Walford"], [
        syl(f"MOREE – Yaama! {KIDS9} gaaynggal Gamilaraay garay winangaylanha yilaadhu. Ngiyani maran "
            "gayaluwaylanha, gaaynggal garay guwaaylanha ngaarrma."),
        syl("Gaaynggal 11 dhaymaa, gaaynggal 8 yilaadhu guwaaylanha; mayiny maran winangaylanha."),
        syl("Gaaynggal garay {cap}guwaaylanha, dhinawan ngaarrma yinarr winangaylanha."),
        syl("Yinarr guwaaylanha, gaaynggal garay yilaadhu ngaarrma ngiyani"),
    ], "Gaaynggal garay guwaaylanha ngaarrma.", "Photo: Rhys Binge", "Continued on Page 3", kicker="Garay"),
    story("Gunii garay guwaaylanha", "By Marcus Haines", ["Marcus Haines"], [
        syl("Gunii Aunty Roslyn Craigie gaaynggal garay guwaaylanha; ngiyani maran winangaylanha."),
        syl("Bagay gali ngaarrma, gaaynggal dhinawan garay winangaylanha."),
        syl("“Garay maran,” Aunty Roslyn guwaaylanha, “gaaynggal yilaadhu {run}winangaylanha.”"),
    ], glued=True),
    picture("Bagay Gali Yilaadhu", "Photo: Kayla Duncan", glued=True),
    *briefs("In brief", [
        ("Pool reopens", syl("Gali ngaarrma, pool yilaadhu Monday winangaylanha.")),
        ("Bus timetable", syl("Mayiny bus ngaarrma, yilaadhu guwaaylanha.")),
        ("Show day", syl("Ngiyani show day maran guwaaylanha, mayiny gayaluwaylanha.")),
    ], ": ", glued=True),
]


# 10. Mbunda (Kalabo, Western Province, Zambia), Windows-1252, LF, indent-only (three spaces), not glued: a ferry
#     pontoon over the Luanginga.
DAY10 = date(2046, 10, 8)
COST10 = 640_000 + 215_000
P10 = latin_page(
    "mck_cp1252_lf_mbunda_front_page_river_pontoon_kwacha_ears_lead_deck_caption_jump_"
    "second_story_run_head_midquote_picture_briefs_indent_only_three_spaces_hyphenation",
    "cp1252", "\n", 40, "   ", False,
    "Kalabo Evening Mail 2046-10-08 Page 1 Front page (an invented paper of Kalabo, Western Province, Zambia; Mbunda "
    "text, English furniture), **Windows-1252** (`“ ” – ·`), LF; **indent-only (three spaces)**, wrapped at 40 with "
    f"hyphenation, not glued. Masthead band, weather box of two lines, index; the lead (a new pontoon, K {COST10:,}, a "
    "deck), a caption dropped inside a sentence, cut by `Continued on Page 3`; the second story (a ferryman's words cut "
    "by the running head); the standalone picture; `In brief` (three run-in briefs).",
    DAY10, "1",
    [f"KALABO EVENING MAIL · {english(DAY10)} · No. 412 · K 15", "Page 1 · Front page"],
    ["Weather: hot, dry, 21 to 37 °C", "Luanginga River: low", "Inside today:", "Rice harvest prices, Page 3",
     "Clinic new wing, Page 4", "School football cup, Page 6"],
    ["Kalabo Evening Mail · news@kalabomail.example.zm"],
    "Kalabo Evening Mail · Front page", "Continued on Page 3", box="•")
P10["articles"] = [
    lead("Vantu vakwetu vanapu nakulikangaminyina", "By Mukela Chiyengi", ["Mukela Chiyengi"], [
        syl(f"KALABO – Vantu va Kalabo vanapu nakulikangaminyina pontoon yayihya ha Luanginga. Mali a K {COST10:,} "
            "yikulitumbula kuli vakwetu vakuvanikuluka."),
        syl("K 640,000 ngwavo kuli kuvalamisa pontoon, K 215,000 kuli kulikanganyina mukulo; vanike va sikola "
            "vanapu nakuyisenyamuka."),
        syl("Vantu vakulutanyina {cap}vanapu nakuyisenyamuka mukulo likumbi lyosena."),
        syl("Mwata wa Kalabo ngwavo pontoon yino yikulikangaminyina vantu vosena mukulo, kaha"),
    ], "Vantu vanapu nakulutanyina pontoon yayihya.", "Photo: Inonge Kabanda", "Continued on Page 3",
        deck="Mali a K 855,000 kuli pontoon ha Luanginga"),
    story("Mukwakulutanyina wa pontoon", "By Sitali Kapelwa", ["Sitali Kapelwa"], [
        syl("Mukwakulutanyina Kashweka Chiteta ngwavo vakulikangaminyina vantu likumbi lyosena."),
        syl("Vanike va sikola vanapu nakuyisenyamuka mukulo, vakulutanyina mema a Luanginga."),
        syl("“Vantu vakwetu,” Kashweka ngwavo, “pontoon yino yikulikangaminyina {run}vosena.”"),
    ]),
    picture("Mema a Luanginga Lyamutanya", "Photo: Mwangala Simasiku"),
    *briefs("In brief", [
        ("Clinic hours", syl("Chipatela cha Kalabo chikulikangaminyina likumbi lyosena.")),
        ("Market day", syl("Vantu vakulutanyina musika wa Kalabo ha Saturday.")),
        ("School fees", syl("Vanike va sikola vanapu nakulikangaminyina mukanda wa sikola.")),
    ], ": ", box="•"),
]

assert COST10 == 855_000 and FUND5 == 125_000 and STOPS3 == 15 and SHELTERS6 == 48 and MEALS1 == 12
assert KIDS9 == 19 and CHILDREN7 == 23 and WELLS8 == 12
assert EN[DAY7.weekday()] == "Wednesday" and EN_MONTHS[DAY7.month - 1] == "June"
ordered(DAY8, DAY1, DAY2, DAY3, DAY7, DAY5, DAY9, DAY4, DAY10, DAY6)

PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
