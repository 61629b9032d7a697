"""The text of every holdout158 page, written once: make_holdout158_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("more", line)` prints a line that is not text (a family's
signature) with no blank line before it, `("end", line)` one with a blank line before it on blank-line pages (a
tribute's signature); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks
where a Latin word may be split at a line end (`syl()`, holdout151's and 156's rules).
Every page is an obituaries page: a feature obituary of one person (kicker, title, the years of life in the deck or
on a line under the title, byline, a dateline or opener, a caption with its credit inside a sentence, a quotation cut
by the running head, the survivors and the funeral in the last paragraph), a column of three or four death notices
under one label (each notice an article titled by the name, some set solid under the one above), and a tribute by a
reader or colleague signed at its foot. Ages are computed from the dates of birth and death, weekdays from the dates
(asserted). All papers, people, firms, halls and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import md, syllables, weekday

VOWELS = "aeiouáéíóúàèìòùäëöüɛɔ"
syl = partial(syllables, vowels=VOWELS)


def age(born, died):
    """Full years of life (not the nominal `虚岁`)."""
    return died.year - born.year - ((died.month, died.day) < (born.month, born.day))


def ymd(day):
    return f"{day.year}年{day.month}月{day.day}日"


def notices(label, items, glued=False, solid=()):
    """A column of death notices under one label: each notice an article titled by the name printed on a line of
    its own; the label, printed once, is the first notice's section (none accepted) and accepted on the others, the
    kicker accepted on every notice (holdout151's `briefs()` and 156's `column()` rule). An item is (name, paragraphs,
    signature or None); a family's signature under a notice is its byline (holdout93's rule, none accepted).
    `glued`: the label printed straight under the line above; `solid`: the notices (by index) whose name is printed
    straight under the notice above, with no blank line."""
    out = []
    for i, (name, paras, signature) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": name,
               "tight": True, "lines": ([label] if i == 0 else []) + [name], "body": list(paras)}
        if signature:
            art["body"].append(("more", signature))
            art["byline"] = [signature, None]
        if (glued and i == 0) or i in solid:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK city evening paper: the city's first woman bus driver; the notices' label glued under the obituary's last
#    line, the second notice set solid under the first; the tribute glued under the last notice.
DAY1 = date(2042, 3, 12)
BORN1, DIED1, FUNERAL1 = date(1951, 5, 21), date(2042, 3, 9), date(2042, 3, 15)
START1, RETIRED1 = 1971, 2002
AGE1 = age(BORN1, DIED1)
assert AGE1 == 90 and START1 - BORN1.year == 20 and RETIRED1 - START1 == 31
N1 = [("柯德昌", date(1948, 10, 3), date(2042, 3, 8), date(2042, 3, 13)),
      ("闵素珍", date(1955, 1, 17), date(2042, 3, 10), None),
      ("游福根", date(1950, 7, 30), date(2042, 3, 9), date(2042, 3, 14))]
A1 = [age(b, d) for _, b, d, _ in N1]
assert A1 == [93, 87, 91]
BUS_PAGE = {
    "name": "zh_gbk_crlf_city_evening_obituaries_page_first_woman_bus_driver_feature_kicker_deck_with_life_years_byline_caption_credit_running_head_midquote_glued_notices_label_solid_notices_family_signature_glued_readers_tribute_signed",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "淇城晚报 2042-03-12 第15版 逝者 (a city evening paper's obituaries page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A feature obituary of the city's first woman bus driver (kicker `送别`, title, **the deck holding "
    "the years of life** `本市第一位公交女司机邬桂芳（1951—2042）` (the subtitle), byline line, the opener `本报讯`, "
    "a caption and its credit inside a sentence, a “” quotation cut by the running head before `错不了。”`, the "
    f"survivors and the farewell on {FUNERAL1} in the last paragraph; age {AGE1} computed); then, **with no blank line "
    "under the obituary's last line**, the label `讣告` over three notices (each titled by the name on a line of its "
    "own; **the second set solid under the first**; the first signed by the family on a line of its own, its byline); "
    "then, **with no blank line under the last notice**, a reader's tribute signed `——读者　程立新` at its foot.",
    "date": "2042-03-12", "page": "15",
    "head": ["淇城晚报", f"2042年3月12日　{weekday(DAY1)}　　第15版　逝者　　编辑：冉　岫"],
    "foot": ["淇城晚报社　　讣告刊登热线：0739-5120476"],
    "furniture": ["淇城晚报", "2042年3月12日", weekday(DAY1), "第15版", "逝者", "编辑：冉　岫", "淇城晚报·逝者",
                  "淇城晚报社", "讣告刊登热线：0739-5120476"],
    "run": ["淇城晚报·逝者"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["送别", "她握了三十一年方向盘", "本市第一位公交女司机邬桂芳（1951—2042）", "本报记者　葛　汀"],
         "kicker": "送别", "title": "她握了三十一年方向盘",
         "subtitle": ["本市第一位公交女司机邬桂芳（1951—2042）", None],
         "byline": ["本报记者　葛　汀", "葛　汀", "葛汀"],
         "captions": ["邬桂芳（右）退休前与同事在8路车前合影。"], "credits": ["（家属供图）"],
         "body": [f"本报讯　本市第一位公交女司机邬桂芳于{ymd(DIED1)}凌晨在家中安详离世，享年{AGE1}岁。",
                  f"{START1}年，{START1 - BORN1.year}岁的邬桂芳考进淇城公交公司，{{cap}}成为全市第一位女司机。"
                  f"她先后开过8路、11路和夜班车，到{RETIRED1}年退休，一共开了{RETIRED1 - START1}年。",
                  "带过的徒弟记得她常说的一句话：“车上坐的都是别人家的亲人，开慢一点，稳一点，"
                  "{run}错不了。”",
                  f"邬桂芳的丈夫已先她而去。她身后留有一子一女和三个孙辈。遗体告别仪式定于{md(FUNERAL1)}"
                  f"（{weekday(FUNERAL1)}）上午9时在淇城殡仪馆松柏厅举行。"]},
        *notices("讣告", [
            (N1[0][0], [f"柯德昌先生，淇城第二棉纺厂退休职工，{ymd(N1[0][1])}生，{ymd(N1[0][2])}因病逝世，"
                        f"享年{A1[0]}岁。定于{md(N1[0][3])}（{weekday(N1[0][3])}）上午8时在淇城殡仪馆永安厅举行"
                        "告别仪式。"], "子　柯立新　女　柯立红　敬告"),
            (N1[1][0], [f"闵素珍女士，退休小学教师，{ymd(N1[1][1])}生，{ymd(N1[1][2])}病逝，享年{A1[1]}岁。"
                        "遵其遗愿，丧事从简，不举行告别仪式。"], None),
            (N1[2][0], [f"游福根先生，原淇城木器社职工，{ymd(N1[2][1])}生，{ymd(N1[2][2])}逝世，享年{A1[2]}岁。"
                        f"定于{md(N1[2][3])}（{weekday(N1[2][3])}）上午10时在淇城殡仪馆举行告别仪式。"], None),
        ], glued=True, solid=(1,)),
        {"lines": ["那一声“坐稳了”"], "title": "那一声“坐稳了”", "glued": True,
         "byline": ["读者　程立新", "程立新"],
         "body": ["上世纪八十年代，我每天坐8路车上学。开车的是一位短头发的女司机，车一起步，她总要回头喊一声"
                  "“坐稳了”。",
                  "后来我才知道她叫邬桂芳。昨天在报上看到她去世的消息，那一声“坐稳了”好像又在耳边。",
                  ("end", "——读者　程立新")]},
    ],
}

# 2. GB18030 county daily: a rural film projectionist of forty-one years; the notices after a blank line, the second
#    set solid under the first; the tribute after a blank line. Indent-only.
RARE = "\u40c5"  # 䃅, CJK Extension A: in GB18030 (four bytes), not in GBK
DAY2 = date(2042, 6, 18)
BORN2, DIED2, FUNERAL2 = date(1950, 11, 6), date(2042, 6, 14), date(2042, 6, 20)
SHOWN2_FROM, SHOWN2_TO = 1969, 2010
AGE2 = age(BORN2, DIED2)
assert AGE2 == 91 and SHOWN2_TO - SHOWN2_FROM == 41
SHOWS2 = 41 * 200  # about two hundred open-air shows a year
assert SHOWS2 == 8200
N2 = [("潘守仁", date(1946, 2, 11), date(2042, 6, 15), date(2042, 6, 19)),
      ("戚玉梅", date(1957, 8, 24), date(2042, 6, 16), date(2042, 6, 21)),
      ("龚长顺", date(1953, 4, 2), date(2042, 6, 13), None)]
A2 = [age(b, d) for _, b, d, _ in N2]
assert A2 == [96, 84, 89]
PROJECTIONIST_PAGE = {
    "name": "zh_gb18030_lf_county_obituaries_page_rural_film_projectionist_feature_kicker_life_years_line_under_title_rare_char_byline_caption_credit_running_head_midquote_indent_only_notices_one_solid_family_signature_villagers_tribute_kicker_signed",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"漕源日报 2042-06-18 第6版 追思 (a county daily's obituaries page; `{RARE}` U+40C5, CJK Extension A, in the "
    f"reporter's name `滕　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A feature "
    "obituary of a rural film projectionist (kicker `追忆`, title `郝德明：在山乡放了四十一年露天电影`, **the years "
    "of life `（1950—2042）` on a line of their own under the title** (the subtitle), byline line, the opener `本报讯`, "
    "a caption and its credit inside a sentence, a “” quotation cut by the running head before `送进山里了。”`, the "
    f"survivors and the farewell in the last paragraph; age {AGE2}, {SHOWN2_TO - SHOWN2_FROM} years and "
    f"{SHOWS2} shows computed); then, after a blank line, the label `讣告` over three notices (the second **set solid "
    "under the first**; the third signed by the family); then, after a blank line, a villager's tribute with the "
    "kicker `读者来稿`, signed `——青石坳村　严秋实` at its foot.",
    "date": "2042-06-18", "page": "6",
    "head": ["漕源日报", f"2042年6月18日　{weekday(DAY2)}　　第6版　追思"],
    "foot": ["漕源日报社　　地址：漕源县河西路27号　　邮编：423600"],
    "furniture": ["漕源日报", "2042年6月18日", weekday(DAY2), "第6版", "追思", "漕源日报·追思", "漕源日报社",
                  "地址：漕源县河西路27号", "邮编：423600"],
    "run": ["漕源日报·追思"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["追忆", "郝德明：在山乡放了四十一年露天电影", "（1950—2042）", f"本报记者　滕　{RARE}"],
         "kicker": "追忆", "title": "郝德明：在山乡放了四十一年露天电影",
         "subtitle": ["（1950—2042）", "1950—2042", None],
         "byline": [f"本报记者　滕　{RARE}", f"滕　{RARE}", f"滕{RARE}"],
         "captions": ["2009年，郝德明在青石坳村晒谷场上架放映机。"], "credits": [f"（本报记者　滕　{RARE}　摄）"],
         "body": [f"本报讯　县电影公司退休放映员郝德明于{ymd(DIED2)}在县人民医院病逝，享年{AGE2}岁。",
                  f"郝德明{SHOWN2_FROM}年当上放映员，{SHOWN2_TO}年退休，{SHOWN2_TO - SHOWN2_FROM}年里"
                  f"挑着放映机走遍全县的山村，{{cap}}每年放映两百来场，前后放了{SHOWS2}场上下。",
                  "他生前接受采访时说：“山里人进一趟城不容易。我把机子挑上山，白布一挂，城里的热闹就"
                  "{run}送进山里了。”",
                  f"郝德明的老伴早年病故，他身后留有二子一女。告别仪式定于{md(FUNERAL2)}（{weekday(FUNERAL2)}）"
                  "上午8时30分在漕源县殡仪馆举行。"]},
        *notices("讣告", [
            (N2[0][0], [f"潘守仁先生，漕源县供销社退休干部，{ymd(N2[0][1])}生，{ymd(N2[0][2])}逝世，享年{A2[0]}"
                        f"岁。定于{md(N2[0][3])}（{weekday(N2[0][3])}）上午9时在县殡仪馆举行告别仪式。"], None),
            (N2[1][0], [f"戚玉梅女士，城关镇退休职工，{ymd(N2[1][1])}生，{ymd(N2[1][2])}病逝，享年{A2[1]}岁。"
                        f"定于{md(N2[1][3])}（{weekday(N2[1][3])}）上午8时在县殡仪馆举行告别仪式。"], None),
            (N2[2][0], [f"龚长顺先生，漕源县农机厂退休工人，{ymd(N2[2][1])}生，{ymd(N2[2][2])}病逝，享年{A2[2]}岁。"
                        "丧事已从简办理。"], "妻　岑彩云　率子女　泣告"),
        ], solid=(1,)),
        {"lines": ["读者来稿", "晒谷场上的白银幕"], "kicker": ["读者来稿", None], "section": [None, "读者来稿"],
         "title": "晒谷场上的白银幕", "byline": ["青石坳村　严秋实", "严秋实"],
         "body": ["小时候，只要听说郝师傅要来，全村的孩子下午就搬着板凳去晒谷场占位置。天一黑，白银幕亮起来，"
                  "那是我们一年里最高兴的晚上。",
                  "后来村里通了电视，郝师傅来得少了。可每次路过晒谷场，我还能想起放映机转起来的声音。",
                  ("end", "——青石坳村　严秋实")]},
    ],
}

# 3. Big5 Taiwan county paper: a camphor-wood carver of Sanyi; the notices' label glued under the obituary's last
#    line, the third notice set solid under the second; the tribute glued under the last notice.
DAY3 = date(2042, 9, 5)
assert DAY3.year - 1911 == 131
BORN3, DIED3, FUNERAL3 = date(1949, 12, 28), date(2042, 9, 1), date(2042, 9, 13)
AGE3 = age(BORN3, DIED3)
assert AGE3 == 92
APPRENTICE3 = 1963
assert APPRENTICE3 - BORN3.year == 14 and DIED3.year - APPRENTICE3 == 79
N3 = [("黃秀琴", date(1952, 3, 19), date(2042, 8, 30), date(2042, 9, 7)),
      ("古阿鳳", date(1947, 6, 9), date(2042, 9, 2), date(2042, 9, 10)),
      ("劉添福", date(1958, 10, 14), date(2042, 8, 31), date(2042, 9, 9))]
A3 = [age(b, d) for _, b, d, _ in N3]
assert A3 == [90, 95, 83]
CARVER_PAGE = {
    "name": "zht_big5_cr_taiwan_obituaries_page_sanyi_wood_carver_feature_kicker_life_years_line_under_title_byline_dateline_caption_credit_running_head_midquote_glued_notices_label_solid_notices_glued_apprentices_tribute_signed",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "栗川日報 2042-09-05 (`中華民國131年9月5日`) A11 人物 (a county paper's obituaries page, Miaoli county, Taiwan), "
    "Big5, CR; blank-line paragraphs, wrapped at 20. A feature obituary of a camphor-wood carver of Sanyi (kicker "
    "`木雕師傅辭世`, title with a full-width gap, **the years of life `（1949—2042）` on a line under the title**, "
    "byline line `記者彭筱涵／三義報導` (the place in it), a caption and its credit inside a sentence, a 「」 quotation "
    "cut by the running head before `刻出來。」`, the survivors and the `告別式` in the last paragraph); then, **with no "
    "blank line**, the label `訃聞` over three notices (**the third set solid under the second**; the first signed "
    "by the family); then, **with no blank line under the last notice**, an apprentice's tribute signed `——學生　溫志誠`.",
    "date": "2042-09-05", "page": "A11",
    "head": [f"栗川日報　中華民國131年9月5日　{weekday(DAY3)}", "A11　人物　　編輯：邱韻如"],
    "foot": ["栗川日報社　訃聞刊登專線：(037)361-582"],
    "furniture": ["栗川日報", "中華民國131年9月5日", weekday(DAY3), "A11", "人物", "編輯：邱韻如", "栗川日報．人物",
                  "栗川日報社", "訃聞刊登專線：(037)361-582"],
    "run": ["栗川日報．人物"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["木雕師傅辭世", "三義刻樟木七十九年　詹阿土走了", "（1949—2042）", "記者彭筱涵／三義報導"],
         "kicker": "木雕師傅辭世", "title": "三義刻樟木七十九年　詹阿土走了",
         "subtitle": ["（1949—2042）", "1949—2042", None],
         "byline": ["記者彭筱涵／三義報導", "彭筱涵"],
         "captions": ["詹阿土生前在工作室裡修整一尊樟木觀音。"], "credits": ["（家屬提供）"],
         "body": [f"三義老木雕師傅詹阿土本月{DIED3.day}日在家中辭世，享壽{AGE3}歲。",
                  f"詹阿土{APPRENTICE3 - BORN3.year}歲跟著師傅學刻樟木，一刻就是{DIED3.year - APPRENTICE3}年，"
                  "{cap}晚年仍每天到工作室坐上半天。",
                  "他常對學生說：「木頭裡本來就有東西，你要耐心等它自己讓你"
                  "{run}刻出來。」",
                  f"詹阿土身後留有妻子、二男一女及孫輩六人。告別式訂{md(FUNERAL3)}（{weekday(FUNERAL3)}）"
                  "上午九時在三義鄉立殯儀館舉行。"]},
        *notices("訃聞", [
            (N3[0][0], [f"黃秀琴女士，{ymd(N3[0][1])}生，{ymd(N3[0][2])}壽終，享壽{A3[0]}歲。謹訂{md(N3[0][3])}"
                        f"（{weekday(N3[0][3])}）上午八時於苗栗市立殯儀館舉行家奠、公奠。"], "孝男　李志宏　暨全體家屬　泣告"),
            (N3[1][0], [f"古阿鳳女士，{ymd(N3[1][1])}生，{ymd(N3[1][2])}辭世，享壽{A3[1]}歲。謹訂{md(N3[1][3])}"
                        f"（{weekday(N3[1][3])}）上午十時於銅鑼鄉自宅舉行告別式。"], None),
            (N3[2][0], [f"劉添福先生，{ymd(N3[2][1])}生，{ymd(N3[2][2])}病逝，享年{A3[2]}歲。謹訂{md(N3[2][3])}"
                        f"（{weekday(N3[2][3])}）上午九時於頭屋鄉福德祠旁舉行告別式。"], None),
        ], glued=True, solid=(2,)),
        {"lines": ["師傅的那把圓刀"], "title": "師傅的那把圓刀", "glued": True,
         "byline": ["學生　溫志誠", "溫志誠"],
         "body": ["我二十歲進師傅的工作室，第一年只准磨刀。師傅說，刀磨不好，木頭會記得。",
                  "師傅走前把他用了五十年的圓刀交給我。刀柄磨得發亮，我捨不得用，只在開工前拿出來看一看。",
                  ("end", "——學生　溫志誠")]},
    ],
}

# 4. Big5-HKSCS Hong Kong district weekly in Cantonese: a neon-sign maker of Sham Shui Po; the notices' label glued
#    under the obituary's last line, the second notice solid under the first; the tribute glued under the last notice.
#    Indent-only.
DAY4 = date(2042, 11, 21)
BORN4, DIED4, FUNERAL4 = date(1947, 8, 2), date(2042, 11, 15), date(2042, 11, 27)
AGE4 = age(BORN4, DIED4)
assert AGE4 == 95
SIGNS4 = 60 * 40  # about forty signs a year for sixty years
assert SIGNS4 == 2400
N4 = [("麥偉強", date(1953, 5, 30), date(2042, 11, 14), date(2042, 11, 24)),
      ("袁少芬", date(1949, 1, 8), date(2042, 11, 16), date(2042, 11, 26)),
      ("鄧錦泉", date(1955, 12, 1), date(2042, 11, 12), None)]
A4 = [age(b, d) for _, b, d, _ in N4]
assert A4 == [89, 93, 86]
NEON_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_obituaries_page_neon_sign_maker_cantonese_feature_kicker_deck_with_life_years_byline_caption_credit_running_head_midquote_indent_only_glued_notices_label_solid_notices_glued_neighbours_tribute_signed",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "埗頭週報 2042-11-21 第9頁 社區 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 嚟 哋`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese feature obituary of a neon-sign maker "
    "(kicker `街坊送別`, title with a full-width gap, **the deck holding the years of life** `光叔盧志光（1947—2042）`, "
    "byline line `記者　岑凱澄`, a caption and its credit inside a sentence, a 「」 quotation cut by the running head "
    "before `光住。」`, the survivors and the funeral in the last paragraph); then, **with no blank line**, the label "
    "`訃告` over three notices (**the second set solid under the first**; the third signed); then, **with no blank "
    "line under the last notice**, a neighbour's tribute signed `——街坊　樊太` at its foot.",
    "date": "2042-11-21", "page": "9",
    "head": [f"埗頭週報　2042年11月21日　{weekday(DAY4)}　第9頁", "社區　　編輯：司徒健"],
    "foot": ["埗頭週報社　　熱線：2386 4172"],
    "furniture": ["埗頭週報", "2042年11月21日", weekday(DAY4), "第9頁", "社區", "編輯：司徒健", "埗頭週報．社區",
                  "埗頭週報社", "熱線：2386 4172"],
    "run": ["埗頭週報．社區"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["街坊送別", "屈咗六十年光管　霓虹燈師傅離世", "光叔盧志光（1947—2042）", "記者　岑凱澄"],
         "kicker": "街坊送別", "title": "屈咗六十年光管　霓虹燈師傅離世",
         "subtitle": ["光叔盧志光（1947—2042）", None], "byline": ["記者　岑凱澄", "岑凱澄"],
         "captions": ["光叔喺鋪頭屈光管。"], "credits": ["（資料圖片）"],
         "body": [f"深水埗街坊叫佢做光叔嘅霓虹燈師傅盧志光，上個禮拜六喺醫院離世，終年{AGE4}歲。",
                  f"光叔十幾歲入行，喺北河街一間細鋪屈咗六十年光管，{{cap}}按每年四十個招牌計，成世做過{SIGNS4}"
                  "個左右。",
                  "佢前年接受訪問時講：「而家啲招牌換晒LED，我明白。不過光管有把火喺入面，係人手一吋一吋"
                  "{run}光住。」",
                  f"光叔遺下太太、一子一女同四個孫。喪禮定於{md(FUNERAL4)}（{weekday(FUNERAL4)}）喺紅磡一間殯儀館"
                  "舉行，翌日出殯。"]},
        *notices("訃告", [
            (N4[0][0], [f"麥偉強先生，{ymd(N4[0][1])}生，{ymd(N4[0][2])}安息，享年{A4[0]}歲。設靈於{md(N4[0][3])}"
                        f"（{weekday(N4[0][3])}）晚上，翌日上午出殯。"], None),
            (N4[1][0], [f"袁少芬女士，{ymd(N4[1][1])}生，{ymd(N4[1][2])}辭世，享壽{A4[1]}歲。設靈於{md(N4[1][3])}"
                        f"（{weekday(N4[1][3])}）晚上，翌日上午出殯，隨即奉移火化。"], None),
            (N4[2][0], [f"鄧錦泉先生，{ymd(N4[2][1])}生，{ymd(N4[2][2])}病逝，享年{A4[2]}歲。遵其遺願，不設靈，"
                        "家人已於日前送別。"], "妻　鄧何麗貞　率子女　泣告"),
        ], glued=True, solid=(1,)),
        {"lines": ["樓下嘅光叔"], "title": "樓下嘅光叔", "glued": True, "byline": ["街坊　樊太", "樊太"],
         "body": ["我喺光叔樓上住咗三十年。佢鋪頭啲光管夜晚一開，成條街都紅紅綠綠，我哋細路就喺門口做功課。",
                  "佢唔多講嘢，但係邊個屋企燈壞咗，佢都會上嚟幫手睇吓。光叔，多謝你。",
                  ("end", "——街坊　樊太")]},
    ],
}

# 5. Malaysian (Ipoh) daily, simplified, UTF-8: a Chinese primary school's former headmaster; the notices after a
#    blank line, the third set solid under the second; the tribute after a blank line.
DAY5 = date(2042, 7, 9)
BORN5, DIED5, FUNERAL5 = date(1950, 9, 18), date(2042, 7, 7), date(2042, 7, 11)
HEAD5_FROM, HEAD5_TO = 1988, 2010
AGE5 = age(BORN5, DIED5)
assert AGE5 == 91 and HEAD5_TO - HEAD5_FROM == 22
PUPILS5, ROOMS5 = 380 + 420, 6
assert PUPILS5 == 800
N5 = [("谭亚妹", date(1949, 3, 3), date(2042, 7, 6), date(2042, 7, 10)),
      ("曾国良", date(1956, 11, 20), date(2042, 7, 5), date(2042, 7, 8)),
      ("黎秀英", date(1951, 2, 14), date(2042, 7, 7), date(2042, 7, 12))]
A5 = [age(b, d) for _, b, d, _ in N5]
assert A5 == [93, 85, 91]
HEADMASTER_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_ipoh_obituaries_page_chinese_school_headmaster_feature_kicker_deck_with_life_years_byline_dateline_caption_credit_running_head_midquote_notices_family_signature_one_solid_former_pupils_tribute_signed",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "坭城晨报 2042-07-09 第12版 悼念 (an invented Ipoh, Perak, Malaysia Chinese daily; simplified), UTF-8 "
    "without BOM, LF; blank-line paragraphs, wrapped at 21. A feature obituary of a Chinese primary school's former "
    "headmaster (kicker `教育界痛失良师`, title, **the deck holding the years of life** `掌校22年　骆锦河（1950—2042）`, "
    "byline line `报道：谢晓岚`, the dateline `（怡保8日讯）` opening paragraph 1, a caption and its credit inside a "
    "sentence, a “” quotation cut by the running head before `有书读。”`, the survivors and the funeral in the last "
    f"paragraph; age {AGE5}, {HEAD5_TO - HEAD5_FROM} years and the pupils computed); then, after a blank line, the "
    "label `讣闻` over three notices (the first signed by the family; **the third set solid under the second**); "
    "then, after a blank line, a former pupil's tribute signed `——学生　鲍慧珍（安顺）` at its foot.",
    "date": "2042-07-09", "page": "12",
    "head": [f"坭城晨报　2042年7月9日　{weekday(DAY5)}", "第12版　悼念　　编辑：符美玲"],
    "foot": ["坭城晨报社　讣闻刊登热线：05-254 7318"],
    "furniture": ["坭城晨报", "2042年7月9日", weekday(DAY5), "第12版", "悼念", "编辑：符美玲", "坭城晨报·悼念",
                  "坭城晨报社", "讣闻刊登热线：05-254 7318"],
    "run": ["坭城晨报·悼念"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["教育界痛失良师", "启明华小前校长骆锦河逝世", "掌校22年　骆锦河（1950—2042）", "报道：谢晓岚"],
         "kicker": "教育界痛失良师", "title": "启明华小前校长骆锦河逝世",
         "subtitle": ["掌校22年　骆锦河（1950—2042）", None], "byline": ["报道：谢晓岚", "谢晓岚"],
         "captions": ["骆锦河（左二）2009年与学生在新校舍前合影。"], "credits": ["（家属提供）"],
         "body": [f"（怡保8日讯）启明华小前校长骆锦河于{DIED5.day}日清晨在家中安详辞世，享寿{AGE5}岁。",
                  f"骆锦河{HEAD5_FROM}年出任校长，至{HEAD5_TO}年荣休，掌校{HEAD5_TO - HEAD5_FROM}年。任内他四处"
                  f"奔走筹款，{{cap}}为学校加建{ROOMS5}间课室，学生人数从380人增至{PUPILS5}人。",
                  "他生前常对老师们说：“一间华小能不能办下去，就看我们肯不肯多走一步，让每个孩子都"
                  "{run}有书读。”",
                  f"骆锦河遗下妻子、2子1女及5名孙儿。灵柩停放在怡保一家殡仪馆，订于{md(FUNERAL5)}"
                  f"（{weekday(FUNERAL5)}）上午10时出殡，安葬于华人义山。"]},
        *notices("讣闻", [
            (N5[0][0], [f"谭亚妹女士，{ymd(N5[0][1])}生，{ymd(N5[0][2])}寿终，享寿{A5[0]}岁。灵柩停放在兵如港"
                        f"住家，订于{md(N5[0][3])}（{weekday(N5[0][3])}）上午9时出殡，安葬于华人义山。"],
             "孝男　陈志强　孝女　陈美华　暨全体家属　敬告"),
            (N5[1][0], [f"曾国良先生，{ymd(N5[1][1])}生，{ymd(N5[1][2])}逝世，享年{A5[1]}岁。已于{md(N5[1][3])}"
                        f"（{weekday(N5[1][3])}）火化，骨灰安奉于金宝一间寺庙。"], None),
            (N5[2][0], [f"黎秀英女士，{ymd(N5[2][1])}生，{ymd(N5[2][2])}寿终，享寿{A5[2]}岁。订于{md(N5[2][3])}"
                        f"（{weekday(N5[2][3])}）上午8时出殡，移灵火化。"], None),
        ], solid=(2,)),
        {"lines": ["校长的脚踏车"], "title": "校长的脚踏车", "byline": ["学生　鲍慧珍（安顺）", "鲍慧珍"],
         "body": ["八十年代末，骆校长每天骑一辆旧脚踏车上班。哪个同学没来上课，放学后他就骑车到同学家里看看。",
                  "我家住在锡矿湖边，他来过三次。后来我也当了老师，才明白那几趟路有多远。",
                  ("end", "——学生　鲍慧珍（安顺）")]},
    ],
}

# 6. UTF-16 BE city daily: a children's doctor; the notices' label glued under the obituary's last line, the third
#    notice set solid under the second; a colleague's tribute glued under the last notice.
DAY6 = date(2042, 1, 16)
BORN6, DIED6, FUNERAL6 = date(1952, 4, 27), date(2042, 1, 13), date(2042, 1, 19)
CLINIC6_FROM, CLINIC6_TO = 1976, 2036
AGE6 = age(BORN6, DIED6)
assert AGE6 == 89 and CLINIC6_TO - CLINIC6_FROM == 60
N6 = [("单永福", date(1949, 6, 5), date(2042, 1, 12), date(2042, 1, 18)),
      ("尚桂英", date(1954, 9, 9), date(2042, 1, 14), date(2042, 1, 17)),
      ("蒲振华", date(1958, 12, 25), date(2042, 1, 11), date(2042, 1, 15)),
      ("卜淑琴", date(1947, 1, 30), date(2042, 1, 14), None)]
A6 = [age(b, d) for _, b, d, _ in N6]
assert A6 == [92, 87, 83, 94]
DOCTOR_PAGE = {
    "name": "zh_utf16be_bom_lf_city_obituaries_page_childrens_doctor_feature_kicker_life_years_line_under_title_byline_caption_credit_running_head_midquote_glued_notices_label_four_notices_solid_notice_glued_colleagues_tribute_kicker_signed",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溍州日报 2042-01-16 第8版 缅怀 (a city daily's obituaries page), UTF-16 BE with BOM, LF; blank-line "
    "paragraphs, wrapped at 22. A feature obituary of a children's doctor (kicker `医者`, title with quotation marks, "
    "**the years of life `（1952—2042）` on a line under the title**, byline line, the opener `本报讯`, a caption and "
    "its credit inside a sentence, a “” quotation cut by the running head before `放心。”`, the survivors and the "
    f"farewell in the last paragraph; age {AGE6}, {CLINIC6_TO - CLINIC6_FROM} years computed); then, **with no blank "
    "line**, the label `讣告` over four notices (**the third set solid under the second**; the fourth signed by the "
    "family); then, **with no blank line under the last notice**, a colleague's tribute under the kicker `同事追忆`, "
    "signed `——退休护士　卢晓芸` at its foot.",
    "date": "2042-01-16", "page": "8",
    "head": ["溍州日报", f"2042年1月16日　{weekday(DAY6)}　　第8版　缅怀"],
    "foot": ["溍州日报社出版　　讣告刊登热线：0379-6613082"],
    "furniture": ["溍州日报", "2042年1月16日", weekday(DAY6), "第8版", "缅怀", "溍州日报·缅怀", "溍州日报社出版",
                  "讣告刊登热线：0379-6613082"],
    "run": ["溍州日报·缅怀"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["医者", "“甘奶奶”的诊室熄灯了", "（1952—2042）", "本报记者　宁　筠"],
         "kicker": "医者", "title": "“甘奶奶”的诊室熄灯了", "subtitle": ["（1952—2042）", "1952—2042", None],
         "byline": ["本报记者　宁　筠", "宁　筠", "宁筠"],
         "captions": ["甘雪梅在诊室里给孩子听诊。"], "credits": ["（市儿童医院供图）"],
         "body": [f"本报讯　市儿童医院退休儿科医生甘雪梅于{ymd(DIED6)}病逝，享年{AGE6}岁。",
                  f"甘雪梅{CLINIC6_FROM}年进入市儿童医院，退休后仍在医院的义诊室坐诊，直到{CLINIC6_TO}年，"
                  f"前后{CLINIC6_TO - CLINIC6_FROM}年。几代溍州孩子都{{cap}}叫她“甘奶奶”。",
                  "她常对年轻医生说：“孩子说不清哪儿疼，你就多问一句，多看一眼，家长才能"
                  "{run}放心。”",
                  f"甘雪梅的丈夫已于多年前去世，她身后留有一女一外孙。遗体告别仪式定于{md(FUNERAL6)}"
                  f"（{weekday(FUNERAL6)}）上午9时在溍州市殡仪馆怀远厅举行。"]},
        *notices("讣告", [
            (N6[0][0], [f"单永福先生，溍州机床厂退休工人，{ymd(N6[0][1])}生，{ymd(N6[0][2])}逝世，享年{A6[0]}岁。"
                        f"定于{md(N6[0][3])}（{weekday(N6[0][3])}）上午8时在市殡仪馆举行告别仪式。"], None),
            (N6[1][0], [f"尚桂英女士，退休会计，{ymd(N6[1][1])}生，{ymd(N6[1][2])}病逝，享年{A6[1]}岁。"
                        f"定于{md(N6[1][3])}（{weekday(N6[1][3])}）上午9时在市殡仪馆举行告别仪式。"], None),
            (N6[2][0], [f"蒲振华先生，原溍州二中语文教师，{ymd(N6[2][1])}生，{ymd(N6[2][2])}病逝，享年{A6[2]}岁。"
                        f"已于{md(N6[2][3])}火化。"], None),
            (N6[3][0], [f"卜淑琴女士，{ymd(N6[3][1])}生，{ymd(N6[3][2])}在家中安详辞世，享年{A6[3]}岁。遵其遗愿，"
                        "丧事从简。"], "子　卜建国　女　卜建英　敬告"),
        ], glued=True, solid=(2,)),
        {"lines": ["同事追忆", "她的听诊器总是热的"], "kicker": ["同事追忆", None], "section": [None, "同事追忆"],
         "title": "她的听诊器总是热的", "glued": True, "byline": ["退休护士　卢晓芸", "卢晓芸"],
         "body": ["冬天查房，甘医生总把听诊器先放在手心里捂一会儿，再贴到孩子胸口。她说，凉的东西一碰，孩子就哭，"
                  "什么也听不清了。",
                  "我跟她共事二十年，学会的第一件事就是捂热听诊器。",
                  ("end", "——退休护士　卢晓芸")]},
    ],
}


MALAY_DAYS = ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"]
MALAY_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
                "November", "Disember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def malay(day):
    return f"{MALAY_DAYS[day.weekday()]}, {day.day} {MALAY_MONTHS[day.month - 1]} {day.year}"


def french(day):
    return f"{FR_DAYS[day.weekday()]} {day.day} {FR_MONTHS[day.month - 1]} {day.year}"


def english(day):
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


# 7. Sinama (Semporna, Sabah, Malaysia), Windows-1252: a boat builder of a sea village; the notices' label glued
#    under the obituary's last line, the second notice solid under the first; the tribute glued under the last one.
DAY7 = date(2042, 4, 25)
BORN7, DIED7, TAHLIL7 = date(1949, 8, 15), date(2042, 4, 21), date(2042, 4, 27)
AGE7 = age(BORN7, DIED7)
assert AGE7 == 92 and (TAHLIL7 - DIED7).days == 6  # the prayers on the seventh day, counting the day of death
BOATS7 = 3 * 60  # about three boats a year for sixty years
assert BOATS7 == 180
N7 = [("Dayang Rugayah Amil", date(1953, 1, 9), date(2042, 4, 20)),
      ("Kamarudin Jalil", date(1946, 10, 30), date(2042, 4, 22)),
      ("Hasanah Idjirani", date(1958, 5, 5), date(2042, 4, 23))]
A7 = [age(b, d) for _, b, d in N7]
assert A7 == [89, 95, 83]
BOAT_PAGE = {
    "name": "sml_cp1252_crlf_sinama_obituaries_page_sea_village_boat_builder_feature_kicker_title_two_lines_life_years_line_byline_dateline_caption_credit_running_head_midquote_glued_notices_label_solid_notice_glued_tribute_signed",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 41, "indent": "", "blank": True,
    "note": "Kabaran Semporna 2042-04-25 Halaman 8 (an invented weekly of Semporna, Sabah, Malaysia; Sinama (Central "
    "Sama) text, Malay furniture), Windows-1252 (`“ ” – —`; the glottal stop an ASCII apostrophe), CRLF; blank-line "
    "paragraphs, wrapped at 41 with hyphenation. A feature obituary of a boat builder of a sea village (kicker "
    "`Tukang lepa`, title over two lines, **the years of life `1949–2042` on a line under the title**, byline line "
    "`Sulat: Rosnah Sahali`, the dateline `SEMPORNA –`, a caption and its credit inside a sentence, a “” quotation "
    "cut by the running head before `dilaut.”`, the survivors, the burial and the prayers of the seventh day in the "
    f"last paragraph; age {AGE7} and {BOATS7} boats computed); then, **with no blank line**, the label `Pagmatay` "
    "over three notices (**the second set solid under the first**); then, **with no blank line under the last "
    "notice**, a tribute under the kicker `Pangentoman`, signed `— Abdulmajid Asrani, Bangau-Bangau` at its foot.",
    "date": "2042-04-25", "page": "8",
    "head": [f"KABARAN SEMPORNA · {malay(DAY7)} · Halaman 8", "Obituari · Penyunting: Julhasan Sakaran"],
    "foot": ["Kabaran Semporna · kabaran@semporna.example.my"],
    "furniture": ["KABARAN SEMPORNA", malay(DAY7), "Halaman 8", "Obituari", "Penyunting: Julhasan Sakaran",
                  "Kabaran Semporna · Obituari", "Kabaran Semporna", "kabaran@semporna.example.my"],
    "run": ["Kabaran Semporna · Obituari"], "labels": [], "markup": [" · "] * 5 + ["—"],
    "articles": [
        {"lines": ["Tukang lepa", "Matay na si Mastuli Jaafar,", "tukang lepa min Bangau-Bangau", "1949–2042",
                   "Sulat: Rosnah Sahali"],
         "kicker": "Tukang lepa", "title": "Matay na si Mastuli Jaafar, tukang lepa min Bangau-Bangau",
         "subtitle": ["1949–2042", None], "byline": ["Sulat: Rosnah Sahali", "Rosnah Sahali"],
         "captions": ["Mastuli Jaafar maka lepa baal na, 2031."], "credits": ["Foto: Kabaran Semporna"],
         "body": [syl(f"SEMPORNA – Matay na si Mastuli Jaafar, tukang lepa min Kampung Bangau-Bangau, ma llaw "
                      f"{MALAY_DAYS[DIED7.weekday()]}, {DIED7.day} {MALAY_MONTHS[DIED7.month - 1]} {DIED7.year}, "
                      f"ma luma' sigam. Umul na {AGE7} tahun."),
                  syl("Mastuli magbaal lepa min umul na sampu' lima tahun. Ma deyom enom pu' tahun, {cap}"
                      f"magbaal iya saga {BOATS7} lepa maka boggo, pinagpakay e' saga magdadilaut min Semporna "
                      "sampay Tawau."),
                  syl("Ma pagkabalikan na, iya amissala ma saga anak-mpu' na: “Lepa itu' mbal kayu hadja. Iya "
                      "luma' kitam, maka iya ya mbowa kitam pasakap ma {run}dilaut.”"),
                  syl(f"Pinataikutan iya e' h'nda na si Dayang Hapsa, anak na pitu', maka mpu' na duwampu' maka "
                      f"lima. Kinubul iya ma llaw {MALAY_DAYS[DIED7.weekday()]} ma kubul Kampung Bangau-Bangau. "
                      f"Tahlil ma llaw {MALAY_DAYS[TAHLIL7.weekday()]}, {TAHLIL7.day} "
                      f"{MALAY_MONTHS[TAHLIL7.month - 1]}, ma masjid kampung, pa'abay sambahayang Maghrib.")]},
        *notices("Pagmatay", [
            (N7[0][0], [syl(f"Matay ma llaw {MALAY_DAYS[N7[0][2].weekday()]}, {N7[0][2].day} "
                            f"{MALAY_MONTHS[N7[0][2].month - 1]} {N7[0][2].year}, umul {A7[0]} tahun. Kinubul ma "
                            "kubul Kampung Simunul. Tahlil ma luma' anak na ma Jalan Kastam.")], None),
            (N7[1][0], [syl(f"Matay ma llaw {MALAY_DAYS[N7[1][2].weekday()]}, {N7[1][2].day} "
                            f"{MALAY_MONTHS[N7[1][2].month - 1]} {N7[1][2].year}, umul {A7[1]} tahun. Pinataikutan "
                            "iya e' anak na lima. Kinubul ma kubul Pulau Bum-Bum.")], None),
            (N7[2][0], [syl(f"Matay ma llaw {MALAY_DAYS[N7[2][2].weekday()]}, {N7[2][2].day} "
                            f"{MALAY_MONTHS[N7[2][2].month - 1]} {N7[2][2].year}, umul {A7[2]} tahun. Magtahlil "
                            "saga kampung iya ma masjid Kampung Bangau-Bangau.")], None),
        ], glued=True, solid=(1,)),
        {"lines": ["Pangentoman", "Lepa nu pinagdaakan"], "kicker": ["Pangentoman", None],
         "section": [None, "Pangentoman"], "title": "Lepa nu pinagdaakan", "glued": True,
         "byline": ["Abdulmajid Asrani, Bangau-Bangau", "Abdulmajid Asrani"],
         "body": [syl("Ma umul ku sampu' tahun, Mastuli amandu' aku magbaal sagwan. Iya mbal amissala landu', "
                      "sago' tangan na ya amandu'."),
                  syl("Buwattitu, aku magbaal lepa ma lahat kami. Magsukul aku ma ka'a, Mma' Mastuli."),
                  ("end", "— Abdulmajid Asrani, Bangau-Bangau")]},
    ],
}


# 8. Potawatomi (Mayetta, Kansas, USA), UTF-16 LE: a language teacher; the notices after a blank line, the third set
#    solid under the second; the tribute after a blank line. Indent-only (three spaces).
DAY8 = date(2042, 10, 8)
BORN8, DIED8, FUNERAL8 = date(1948, 3, 4), date(2042, 10, 2), date(2042, 10, 11)
TAUGHT8_FROM, TAUGHT8_TO = 1994, 2030
AGE8 = age(BORN8, DIED8)
assert AGE8 == 94 and TAUGHT8_TO - TAUGHT8_FROM == 36
N8 = [("Harold Wabshkimkwa", date(1951, 7, 12), date(2042, 9, 29), date(2042, 10, 4)),
      ("Irene Mnokme Thomas", date(1955, 2, 20), date(2042, 10, 1), date(2042, 10, 9)),
      ("Vernon Kwéshkwa", date(1960, 11, 3), date(2042, 10, 3), date(2042, 10, 10))]
A8 = [age(b, d) for _, b, d, _ in N8]
assert A8 == [91, 87, 81]
LANGUAGE_PAGE = {
    "name": "pot_utf16le_bom_cr_potawatomi_obituaries_page_language_teacher_feature_kicker_title_two_lines_life_years_line_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_notices_one_solid_tribute_signed",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "   ",
    "blank": False,
    "note": "Mnokmi Dbajmowen 2042-10-08 Page 5 (an invented monthly of Mayetta, Kansas, USA; Potawatomi text, English "
    "furniture), UTF-16 LE with BOM (`é “ ” – —`), CR; **indent-only paragraphs (three spaces)**, wrapped at 40 with "
    "hyphenation. A feature obituary of a language teacher (kicker `Bodwéwadmimwen`, title over two lines, **the years "
    "of life `1948–2042` on a line under the title**, byline line `Wzhibii'ge: Daniel Wabnosah`, the dateline "
    "`MAYETTA –`, a caption and its credit inside a sentence, a “” quotation cut by the running head before "
    f"`wigwamen.”`, the survivors and the funeral in the last paragraph; age {AGE8} and "
    f"{TAUGHT8_TO - TAUGHT8_FROM} years computed); then, after a blank line, the label `Gi-mjajék` over three "
    "notices (**the third set solid under the second**, the second signed by the family); then, after a blank line, a "
    "tribute under the kicker `Mikwéndan`, signed `— Sharon Nmébin, Mayetta` at its foot.",
    "date": "2042-10-08", "page": "5",
    "head": [f"MNOKMI DBAJMOWEN · {english(DAY8)} · Page 5", "Walking On · Editor: Gerald Shkwéyabi"],
    "foot": ["Mnokmi Dbajmowen · news@mayetta.example.us"],
    "furniture": ["MNOKMI DBAJMOWEN", english(DAY8), "Page 5", "Walking On", "Editor: Gerald Shkwéyabi",
                  "Mnokmi Dbajmowen · Walking On", "Mnokmi Dbajmowen", "news@mayetta.example.us"],
    "run": ["Mnokmi Dbajmowen · Walking On"], "labels": [], "markup": [" · "] * 5 + ["—"],
    "articles": [
        {"lines": ["Bodwéwadmimwen", "Loretta Pambogo gi-kinomagé", "Bodwéwadmimwen", "1948–2042",
                   "Wzhibii'ge: Daniel Wabnosah"],
         "kicker": "Bodwéwadmimwen", "title": "Loretta Pambogo gi-kinomagé Bodwéwadmimwen",
         "subtitle": ["1948–2042", None], "byline": ["Wzhibii'ge: Daniel Wabnosah", "Daniel Wabnosah"],
         "captions": ["Loretta Pambogo ode kinomagéwgamgok, 2019."], "credits": ["Photo: Mnokmi Dbajmowen"],
         "body": [syl(f"MAYETTA – Loretta Pambogo gi-mjajé {english(DIED8)}, {AGE8} biboné. Gi-nigi Mayetta, "
                      "mine ngom Neshnabé ndenwémagnek gi-wabmawat."),
                  syl(f"Loretta gi-kinomagé Bodwéwadmimwen {{cap}}{TAUGHT8_FROM} ezhi {TAUGHT8_TO}, "
                      f"{TAUGHT8_TO - TAUGHT8_FROM} biboné. Kche bnojéyek gi-kinomagéwat, mine mnomadzewen "
                      "gi-zhiwébdowat wigwamek."),
                  syl("Mzhe gi-ekedot: “Bnojéyek wa bmadzewat Neshnabé, nasena wi gibdowat Bodwéwadmimwen, "
                      "ngom ezhi ndenwémagnek {run}wigwamen.”"),
                  syl(f"Gi-nagdamgok kwézesen nswi, gwisen niw, mine nosesek mdaswe ashi nanen. Jibékewen "
                      f"{english(FUNERAL8)}, 10:00 a.m., Neshnabé Kchi Wigwam, Mayetta. Mine wisnewen "
                      "nagech.")]},
        *notices("Gi-mjajék", [
            (N8[0][0], [syl(f"{A8[0]} biboné, gi-mjajé {english(N8[0][2])}. Gi-nokii Topeka mdaswe ashi nanen "
                            f"biboné. Jibékewen gi-zhiwébek {english(N8[0][3])}.")], None),
            (N8[1][0], [syl(f"{A8[1]} biboné, gi-mjajé {english(N8[1][2])}. Jibékewen "
                            f"{english(N8[1][3])}, 2:00 p.m., Neshnabé Kchi Wigwam.")],
             "Thomas ndenwémagnek"),
            (N8[2][0], [syl(f"{A8[2]} biboné, gi-mjajé {english(N8[2][2])}. Jibékewen "
                            f"{english(N8[2][3])}, 11:00 a.m., Holton.")], None),
        ], solid=(2,)),
        {"lines": ["Mikwéndan", "Ngashi Loretta"], "kicker": ["Mikwéndan", None], "section": [None, "Mikwéndan"],
         "title": "Ngashi Loretta", "byline": ["Sharon Nmébin, Mayetta", "Sharon Nmébin"],
         "body": [syl("Nin bnojé ngi-yaw pi Loretta ngi-kinomagoyan. Migwetch gi-kedo kobgishek, mine "
                      "gi-nagdamwat kche bnojéyek."),
                  syl("Ngom nin ngi-kinomagé nde bnojéyek. Migwetch, Ngashi Loretta. Gigawabmen."),
                  ("end", "— Sharon Nmébin, Mayetta")]},
    ],
}

# 9. Gurma (Diapaga, Burkina Faso), UTF-8 with BOM: a village midwife; the notices' label glued under the
#    obituary's last line, the third notice solid under the second; the tribute glued under the last notice.
DAY9 = date(2042, 2, 20)
BORN9, DIED9, FUNERAL9 = date(1953, 6, 24), date(2042, 2, 15), date(2042, 2, 28)
MIDWIFE9_FROM, MIDWIFE9_TO = 1976, 2018
AGE9 = age(BORN9, DIED9)
assert AGE9 == 88 and MIDWIFE9_TO - MIDWIFE9_FROM == 42
BABIES9 = 42 * 75  # about seventy-five births a year
assert BABIES9 == 3150
N9 = [("Yendoubouama Lompo", date(1950, 12, 2), date(2042, 2, 14), date(2042, 2, 22)),
      ("Tambi Mariama Ouali", date(1957, 4, 18), date(2042, 2, 16), date(2042, 2, 21)),
      ("Diadia Kombari", date(1961, 9, 7), date(2042, 2, 17), date(2042, 2, 23))]
A9 = [age(b, d) for _, b, d, _ in N9]
assert A9 == [91, 84, 80]
MIDWIFE_PAGE = {
    "name": "gux_utf8_bom_lf_gurma_obituaries_page_village_midwife_feature_kicker_title_two_lines_life_years_line_byline_dateline_caption_credit_running_head_midquote_glued_notices_label_solid_notice_glued_nurses_tribute_signed",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 41, "indent": "",
    "blank": True,
    "note": "Gulmu Labaali 2042-02-20 Page 7 (an invented weekly of Diapaga, Burkina Faso; Gurma text, French "
    "furniture), UTF-8 with BOM (`ɔ ŋ é ï “ ” – —`), LF; blank-line paragraphs, wrapped at 41 with hyphenation. A "
    "feature obituary of a village midwife (kicker `Pugidaano`, title over two lines, **the years of life `1953–2042` "
    "on a line under the title**, byline line `Diani: Ousmane Tankoano`, the dateline `DIAPAGA –`, a caption and its "
    "credit inside a sentence, a “” quotation cut by the running head before `nuani.”`, the survivors and the "
    f"funeral in the last paragraph; age {AGE9}, {MIDWIFE9_TO - MIDWIFE9_FROM} years and {BABIES9} births computed); "
    "then, **with no blank line**, the label `Bi kpe` over three notices (**the third set solid under the second**); "
    "then, **with no blank line under the last notice**, a nurse's tribute signed `— Aïssata Yonli, Diapaga`.",
    "date": "2042-02-20", "page": "7",
    "head": [f"GULMU LABAALI · {french(DAY9).capitalize()} · Page 7", "Nécrologie · Rédacteur : Paul Thiamobiga"],
    "foot": ["Gulmu Labaali · redaction@diapaga.example.bf"],
    "furniture": ["GULMU LABAALI", french(DAY9).capitalize(), "Page 7", "Nécrologie", "Rédacteur : Paul Thiamobiga",
                  "Gulmu Labaali · Nécrologie", "Gulmu Labaali", "redaction@diapaga.example.bf"],
    "run": ["Gulmu Labaali · Nécrologie"], "labels": [], "markup": [" · "] * 5 + ["—"],
    "articles": [
        {"lines": ["Pugidaano", "Tantiéba Mariama Ouoba, li pugidaano", "yaa Diapaga, kpe", "1953–2042",
                   "Diani: Ousmane Tankoano"],
         "kicker": "Pugidaano", "title": "Tantiéba Mariama Ouoba, li pugidaano yaa Diapaga, kpe",
         "subtitle": ["1953–2042", None], "byline": ["Diani: Ousmane Tankoano", "Ousmane Tankoano"],
         "captions": ["Tantiéba Ouoba leni bonbiila, 2012."], "credits": ["Foto : Gulmu Labaali"],
         "body": [syl(f"DIAPAGA – Tantiéba Mariama Ouoba kpe {french(DIED9)} o diegu nni, o bina n tie "
                      f"{AGE9}. O den tie pugidaano Diapaga dogu nni."),
                  syl(f"Tantiéba tuuni pugidaano tuonli {MIDWIFE9_FROM} hali {MIDWIFE9_TO}, {{cap}}bina "
                      f"{MIDWIFE9_TO - MIDWIFE9_FROM}. O todi ke bonbiila {BABIES9} n mali, ŋanduna "
                      "yaa dogu nni leni li kpaagu."),
                  syl("O den yedi: “Ya yogu kuli ke bonbiga baa mali, n gbadi ke U Tienu tieni ti pamanli, ki "
                      "tiandi ti leni li {run}nuani.”"),
                  syl(f"O yonbila n tie bisiba bilele leni o tɔmiba piiga. Li kuuli baa tieni {french(FUNERAL9)}, "
                      "yenma boakuuga nni, Diapaga dogu nni.")]},
        *notices("Bi kpe", [
            (N9[0][0], [syl(f"Kpe {french(N9[0][2])}, o bina n tie {A9[0]}. Li kuuli baa tieni "
                            f"{french(N9[0][3])}, Namounou.")], None),
            (N9[1][0], [syl(f"Kpe {french(N9[1][2])}, o bina n tie {A9[1]}. Li kuuli baa tieni "
                            f"{french(N9[1][3])}, Partiaga.")], None),
            (N9[2][0], [syl(f"Kpe {french(N9[2][2])}, o bina n tie {A9[2]}. Li kuuli baa tieni "
                            f"{french(N9[2][3])}, Diapaga dogu nni.")], None),
        ], glued=True, solid=(2,)),
        {"lines": ["N yaa canbaa Tantiéba"], "title": "N yaa canbaa Tantiéba", "glued": True,
         "byline": ["Aïssata Yonli, Diapaga", "Aïssata Yonli"],
         "body": [syl("Min den tie fidaano bonpiiga, Tantiéba bangidi nni li pugidaano tuonli. O den kaa "
                      "pundi nitoaba, ki cuoni ti leni li pamanli."),
                  syl("Mi tuonli kuli mani yaa yaa o maama. U Tienu n pa o foma."),
                  ("end", "— Aïssata Yonli, Diapaga")]},
    ],
}

# 10. Gonja (Damongo, Ghana), UTF-8: a tailor; the notices after a blank line, the second solid under the first;
#     the tribute after a blank line. Indent-only (four spaces).
DAY10 = date(2042, 8, 14)
BORN10, DIED10, BURIAL10 = date(1952, 1, 19), date(2042, 8, 3), date(2042, 8, 23)
SHOP10_FROM = 1970
AGE10 = age(BORN10, DIED10)
assert AGE10 == 90 and DIED10.year - SHOP10_FROM == 72
APPRENTICES10 = 5 * 12  # five apprentices a year for the twelve years of a training scheme
assert APPRENTICES10 == 60
N10 = [("Abudu Safo Kanyiti", date(1949, 5, 1), date(2042, 8, 6), date(2042, 8, 16)),
       ("Mary Adjoa Bawa", date(1956, 3, 12), date(2042, 8, 9), date(2042, 8, 30)),
       ("Seidu Kusubo", date(1959, 10, 22), date(2042, 8, 10), date(2042, 8, 24))]
A10 = [age(b, d) for _, b, d, _ in N10]
assert A10 == [93, 86, 82]
TAILOR_PAGE = {
    "name": "gjn_utf8_nobom_crlf_gonja_obituaries_page_town_tailor_feature_kicker_deck_with_life_years_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_notices_family_signature_one_solid_apprentices_tribute_signed",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "    ", "blank": False,
    "note": "Ngbanya Kasa 2042-08-14 Page 11 (an invented weekly of Damongo, Savannah Region, Ghana; Gonja text, English "
    "furniture), UTF-8 without BOM (`ɛ ɔ ŋ “ ” – —`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 38 "
    "with hyphenation. A feature obituary of the town's tailor (kicker `Kaŋkpa`, title, **the deck holding the years "
    "of life** `Mahama Saaka Bawa, 1952–2042`, byline line `Kagbɛ: Fuseini Kipo`, the dateline `DAMONGO –`, a caption "
    "and its credit inside a sentence, a “” quotation cut by the running head before `kasawule.”`, the survivors, the "
    f"burial and the funeral rites in the last paragraph; age {AGE10}, {DIED10.year - SHOP10_FROM} years and "
    f"{APPRENTICES10} apprentices computed); then, after a blank line, the label `Ebore ba fɔ` over three notices "
    "(**the second set solid under the first**, the third signed by the family); then, after a blank line, an "
    "apprentice's tribute signed `— Ibrahim Kanyiti, Tamale` at its foot.",
    "date": "2042-08-14", "page": "11",
    "head": [f"NGBANYA KASA · {english(DAY10)} · Page 11", "Obituaries · Editor: Rukaya Jinapor"],
    "foot": ["Ngbanya Kasa · desk@damongo.example.gh"],
    "furniture": ["NGBANYA KASA", english(DAY10), "Page 11", "Obituaries", "Editor: Rukaya Jinapor",
                  "Ngbanya Kasa · Obituaries", "Ngbanya Kasa", "desk@damongo.example.gh"],
    "run": ["Ngbanya Kasa · Obituaries"], "labels": [], "markup": [" · "] * 5 + ["—"],
    "articles": [
        {"lines": ["Kaŋkpa", "Damongo kaŋkpa kpa Ebore bu", "Mahama Saaka Bawa, 1952–2042", "Kagbɛ: Fuseini Kipo"],
         "kicker": "Kaŋkpa", "title": "Damongo kaŋkpa kpa Ebore bu",
         "subtitle": ["Mahama Saaka Bawa, 1952–2042", None], "byline": ["Kagbɛ: Fuseini Kipo", "Fuseini Kipo"],
         "captions": ["Mahama Saaka Bawa ka kaŋkpa lɔ, 2028."], "credits": ["Photo: Ngbanya Kasa"],
         "body": [syl(f"DAMONGO – Mahama Saaka Bawa, Damongo kaŋkpa, kpa Ebore bu {english(DIED10)}, ka be "
                      f"afee {AGE10}. Ɛ ba kpa kade ama kaŋkpa nɛ ko Damongo kasawule kikaŋ."),
                  syl(f"Mahama ba to kaŋkpa lɔ Damongo kasawule to {SHOP10_FROM}, afee {DIED10.year - SHOP10_FROM}. "
                      f"Ɛ kaleŋ nkpaŋ {APPRENTICES10} kaŋkpa kikaŋ, {{cap}}ŋmɛ ba chɛ Tamale, Bole maa Salaga."),
                  syl("Ɛ ba lar: “Kaŋkpa nɛ ko be ebɛ nkpaŋ kikaŋ. Mo ŋkpa a kaŋkpa alɛ, ebɛ ɛsa pɛ "
                      "{run}kasawule.”"),
                  syl(f"Ɛ kpa Ebore bu ka ɛ chɛ Ajara, ɛ bumbi anaŋ maa ɛ nnabi afee pi. Ba kpa ɛ "
                      f"{english(DIED10)} Damongo. Ebore ba fɔ kuliŋ be {english(BURIAL10)}, Damongo "
                      "kasawule.")]},
        *notices("Ebore ba fɔ", [
            (N10[0][0], [syl(f"Kpa Ebore bu {english(N10[0][2])}, afee {A10[0]}. Ba kpa ɛ Busunu. Kuliŋ be "
                             f"{english(N10[0][3])}.")], None),
            (N10[1][0], [syl(f"Kpa Ebore bu {english(N10[1][2])}, afee {A10[1]}. Kuliŋ be {english(N10[1][3])}, "
                             "Damongo, kasawule kaleŋ.")], None),
            (N10[2][0], [syl(f"Kpa Ebore bu {english(N10[2][2])}, afee {A10[2]}. Kuliŋ be {english(N10[2][3])}, "
                             "Sawla, Damongo kasawule kikaŋ.")], "Kusubo ebiɛ"),
        ], solid=(1,)),
        {"lines": ["Mahama ka kaŋkpa kikaŋ"], "title": "Mahama ka kaŋkpa kikaŋ",
         "byline": ["Ibrahim Kanyiti, Tamale", "Ibrahim Kanyiti"],
         "body": [syl("Mahama ba kaleŋ mo kaŋkpa 1998 nɛ. Ɛ ba lar: kasawule ko be nkpaŋ alɛ, ebɛ kikaŋ."),
                  syl("Ndɛ mo be kaŋkpa Tamale, mo kaleŋ nkpaŋ anaŋ Tamale kasawule. Ebore ba fɔ Mahama."),
                  ("end", "— Ibrahim Kanyiti, Tamale")]},
    ],
}

PAGES = [BUS_PAGE, PROJECTIONIST_PAGE, CARVER_PAGE, NEON_PAGE, HEADMASTER_PAGE, DOCTOR_PAGE, BOAT_PAGE, LANGUAGE_PAGE,
         MIDWIFE_PAGE, TAILOR_PAGE]
