"""The text of every holdout186 page, written once: make_holdout186_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-185 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph);
`("more", line)` a printed line that is no paragraph with no blank line before it (a family's signature, a box's
closing rule); `{cap}` drops the portrait's caption and its credit into a sentence, `{run}` the running head; `~`
marks where a Latin word may be split at a line end (`syl()`, holdout151's rules); `solid()` (holdout157's) a
notice's text set solid; `Lines` (holdout157's) a row printed as given lines.
Every page is an obituaries and family notices page: an obituary feature of a local person (kicker, title, the
years of life on a line under the title, byline, four or five paragraphs, a relative's words cut by the running head,
a portrait's caption with its credit inside a sentence); a box of two or three death notices in the paper's standing
form (the column's label over a rule, each notice titled by the name, its text set solid, the family's signature at
its foot; a closing rule); a thanks notice signed by a family; a column of births or weddings (two or three name
heads, each one or two sentences); a standing line of the notice desk at the foot (furniture). Ages are computed
from the dates, weekdays from the dates (asserted). All papers, people, halls, firms and events are invented; real
places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, EN_MONTHS, english, flush_right, md, ordered, solid, syllables, weekday, zhou, zhou_t

VOWELS = "aeiouáéíóúàèìòùâêîôûäëïöü"
syl = partial(syllables, vowels=VOWELS)


def age(born, died):
    """Full years of life."""
    return died.year - born.year - ((died.month, died.day) < (born.month, born.day))


def ymd(day):
    return f"{day.year}年{day.month}月{day.day}日"


def obituary(kicker, title, years, byline, names, body, caption, credit, zh=True):
    """The obituary feature: kicker, title, the years of life on a line under the title the subtitle (holdout158's
    rule: as printed, the Chinese ones also without their brackets, none accepted), the byline as printed then the
    name; a portrait's caption and credit dropped inside a sentence (`{cap}`)."""
    sub = [years, years.strip("（）"), None] if zh else [years, None]
    return {"lines": [kicker, title, years, byline], "kicker": kicker, "title": title, "subtitle": sub,
            "byline": [byline] + names, "captions": [caption], "credits": [credit], "body": list(body)}


def column(page, label, items, rule=None, solid_set=False, signed=True):
    """A column under one label (holdout158's `notices()`): each item an article titled by the name printed on a
    line of its own; the label, printed once, is the first item's section (none accepted) and accepted on the others,
    the kicker accepted on every item. With `rule` the column is boxed: a rule over the label and one under the last
    item (markup), each item's text set solid and its family's signature under it its byline (none accepted;
    holdout93's rule). `solid_set`: every name after the first printed straight under the item above (no blank
    line; holdout158's)."""
    out = []
    for i, item in enumerate(items):
        name, text, signature = item if signed else (item[0], item[1], None)
        lines = ([rule] if rule and i == 0 else []) + ([label] if i == 0 else []) + [name]
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": name,
               "tight": True, "lines": lines, "body": [solid(text, page) if rule else text]}
        if signature:
            art["body"].append(("more", flush_right(signature, page)))
            art["byline"] = [signature, None]
        if rule and i == len(items) - 1:
            art["body"].append(("more", rule))
        if solid_set and i:
            art["glued"] = True
        out.append(art)
    return out


def thanks(page, title, text, signature, glued=False):
    """A thanks notice: its head the title, one paragraph, the family's signature flush right its byline (none
    accepted; **new**: holdout93's family-signature rule carried to a thanks notice)."""
    art = {"lines": [title], "title": title, "tight": True, "byline": [signature, None],
           "body": [text, ("more", flush_right(signature, page))]}
    if glued:
        art["glued"] = True
    return art


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule, not_in=(),
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot and its two rules are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2}


def zh_notice(born, died, funeral, who, hall, zhou_fn=zhou, sui="岁"):
    """A Chinese death notice's text: the dates, the age (computed), the farewell's day, weekday, hour and hall."""
    text = (f"{who}，{ymd(born)}生，{ymd(died)}逝世，享年{age(born, died)}{sui}。定于{md(funeral)}（{zhou_fn(funeral)}）"
            f"上午9时在{hall}举行告别仪式。")
    if sui == "歲":  # the traditional pages
        text = text.replace("定于", "定於").replace("9时", "9時").replace("举行告别仪式", "舉行告別式")
    return text


# 1. GBK county evening paper, CRLF, blank-line; the notices set solid (each name under the signature above).
DAY1 = date(2046, 3, 20)
BORN1, DIED1, FUNERAL1 = date(1934, 8, 9), date(2046, 3, 16), date(2046, 3, 22)
ordered(DIED1, DAY1, FUNERAL1)
AGE1 = age(BORN1, DIED1)
assert AGE1 == 111
YEARS1 = 56  # the years he mended the county's clocks, 1958 to 2014
assert 2014 - 1958 == YEARS1
N1 = [("贺秀兰", date(1941, 2, 3), date(2046, 3, 17), date(2046, 3, 23)),
      ("彭守义", date(1950, 11, 28), date(2046, 3, 18), date(2046, 3, 24))]
for _, _b, d, f in N1:
    ordered(d, DAY1, f)
RULE1 = "━" * 21
P1 = zh_page(
    "zh_gbk_crlf_county_obituaries_family_notices_clock_mender_life_years_line_portrait_caption_credit_running_head_"
    "relative_words_boxed_notices_solid_family_signature_thanks_signed_births_column_notice_desk_line",
    "gbk", "\r\n", 21, True,
    "泾川晚报 2046-03-20 第7版 人生 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    "21. An obituary of the county's clock mender (kicker `送别`, title, `（1934—2046）` under it, byline, five "
    "paragraphs, a portrait's caption and credit inside a sentence, a daughter's words cut by the running head); a box "
    "`讣告` of two notices (**the second name set solid under the first notice's signature `家属敬告`**); a thanks "
    "notice `鸣谢` signed by a family; a births column `喜讯` (two name heads, **set solid**); the notice desk's line "
    "at the foot.",
    DAY1, "7", ["泾川晚报", f"{ymd(DAY1)}　{weekday(DAY1)}　　第7版　人生　　编辑：鲍　芹"],
    ["讣告、启事刊登：每日8:30—17:00　电话：0871-6620157"],
    ["泾川晚报", ymd(DAY1), weekday(DAY1), "第7版", "人生", "编辑：鲍　芹", "泾川晚报·人生",
     "讣告、启事刊登：每日8:30—17:00", "电话：0871-6620157"],
    "泾川晚报·人生", RULE1)
P1["articles"] = [
    obituary("送别", "修了一辈子钟的温师傅", "（1934—2046）", "本报记者　阮　湉", ["阮　湉", "阮湉"], [
        f"本报讯　县城老字号“温记钟表”的温德厚师傅{md(DIED1)}在家中去世，享年{AGE1}岁。",
        f"温师傅十八岁学徒，1958年在东街开铺，修钟修表{YEARS1}年，{{cap}}县里老人说，谁家的座钟不走了，"
        "第一个想到的就是他。",
        "他修表从不多收钱。零件坏了，能修的修，不能修的自己车一个，收的还是原价。",
        "女儿温雅琴说：“爸爸最后一次进铺子是去年冬天，他摸着那台老座钟说，钟停了不怕，"
        "{run}人还在就能修好。”",
        f"温师傅身后有一女一子。告别仪式定于{md(FUNERAL1)}（{zhou(FUNERAL1)}）上午在泾川殡仪馆举行。",
    ], "温德厚师傅2012年在铺子里修座钟。", "（家属供图）"),
    *column(P1, "讣告", [
        (N1[0][0], zh_notice(N1[0][1], N1[0][2], N1[0][3], "贺秀兰女士，泾川县供销社退休职工", "泾川殡仪馆福寿厅"),
         "家属敬告"),
        (N1[1][0], zh_notice(N1[1][1], N1[1][2], N1[1][3], "彭守义先生，原泾川二中教师", "泾川殡仪馆永安厅"),
         "家属敬告"),
    ], rule=RULE1, solid_set=True),
    thanks(P1, "鸣谢", "家父温德厚病重期间及逝世后，承蒙县医院医护人员、东街街坊和各位亲友关怀慰问，谨此致谢。",
           "温雅琴　温雅诚　率全家　敬谢"),
    *column(P1, "喜讯", [
        ("邝家添丁", "邝立新、韦小棠夫妇3月12日喜得千金，取名邝一禾，母女平安。", None),
        ("苗家得孙", "苗国栋先生之长孙苗子衿3月14日出生于县妇幼保健院，体重3.4公斤。", None),
    ], solid_set=True),
]


# 2. GB18030 city daily, LF, indent-only; notices after a blank line; a rare Extension A character in a name.
RARE = "\u3a1c"  # 㨜, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2046, 5, 8)
BORN2, DIED2 = date(1940, 1, 25), date(2046, 5, 4)
ordered(DIED2, DAY2)
AGE2 = age(BORN2, DIED2)
assert AGE2 == 106
N2 = [("聂桂珍", date(1944, 6, 30), date(2046, 5, 5), date(2046, 5, 10)),
      ("孔繁华", date(1939, 12, 1), date(2046, 5, 6), date(2046, 5, 11)),
      ("晏兆林", date(1952, 3, 14), date(2046, 5, 6), date(2046, 5, 9))]
for _, _b, d, f in N2:
    ordered(d, DAY2, f)
RULE2 = "─" * 21
P2 = zh_page(
    "zh_gb18030_lf_city_obituaries_family_notices_ferry_ticket_seller_life_years_line_rare_char_portrait_caption_"
    "credit_running_head_son_words_three_boxed_notices_thanks_weddings_column_indent_only_notice_desk_line",
    "gb18030", "\n", 21, False,
    f"岷桥日报 2046-05-08 第12版 悼念 (an invented city daily; `{RARE}` U+3A1C, CJK Extension A, in the reporter's "
    "name; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21, nothing glued. An obituary of a ferry "
    "ticket seller (kicker `怀念`, `（1940—2046）` under the title, a son's words cut by the running head, the "
    "portrait's caption and credit inside a sentence); a box `讣告` of three notices, each after a blank line; "
    "`鸣谢`; a weddings column `喜结良缘` (two name heads); the notice desk's line.",
    DAY2, "12", ["岷桥日报", f"{ymd(DAY2)}　{weekday(DAY2)}　　第12版　悼念"],
    ["岷桥日报社　　讣告登报：工作日9:00—16:30　电话：028-8375096"],
    ["岷桥日报", ymd(DAY2), weekday(DAY2), "第12版", "悼念", "岷桥日报·悼念", "岷桥日报社",
     "讣告登报：工作日9:00—16:30", "电话：028-8375096"],
    "岷桥日报·悼念", RULE2, not_in=["gbk"])
P2["articles"] = [
    obituary("怀念", "渡口售票亭里的四十年", "（1940—2046）", f"本报记者　祁　{RARE}", [f"祁　{RARE}", f"祁{RARE}"], [
        f"岷江老渡口的售票员俞凤英{md(DIED2)}去世，享年{AGE2}岁。",
        "从1962年到2002年，她在渡口那间小小的售票亭里卖了四十年船票，{cap}一张票从五分钱卖到两块钱。",
        "赶早班船的人都记得她：谁忘了带钱，她先垫上；下雨天，她把自己的伞借给没伞的学生。",
        "儿子俞建平说：“妈妈退休以后还常去江边坐着，看新修的大桥，她说桥好是好，"
        "{run}就是少了一声船笛。”",
        "遵其遗愿，丧事从简，骨灰撒入岷江。",
    ], "俞凤英在渡口售票亭前。", "（资料图片）"),
    *column(P2, "讣告", [
        (N2[0][0], zh_notice(N2[0][1], N2[0][2], N2[0][3], "聂桂珍女士，岷桥纺织厂退休职工", "岷桥殡仪馆安乐厅"),
         "家属敬告"),
        (N2[1][0], zh_notice(N2[1][1], N2[1][2], N2[1][3], "孔繁华先生，原岷桥市第三医院医师", "岷桥殡仪馆松鹤厅"),
         "家属敬告"),
        (N2[2][0], zh_notice(N2[2][1], N2[2][2], N2[2][3], "晏兆林先生，退休公交司机", "岷桥殡仪馆长青厅"),
         "家属敬告"),
    ], rule=RULE2),
    thanks(P2, "鸣谢", "先母俞凤英辞世，承蒙老渡口的老同事、街坊邻里和亲朋好友前来吊唁，俞家上下铭感于心。",
           "俞建平　俞建华　暨全家　叩谢"),
    *column(P2, "喜结良缘", [
        ("瞿晓峰　戴雨桐", "两位新人定于5月18日在岷江饭店举行婚礼，敬请亲友光临。", None),
        ("廖启明　樊思琪", "新郎新娘5月1日在本市登记结婚，谨此告知亲友。", None),
    ]),
]


# 3. Big5 Taiwan county daily (Hualien), CR, blank-line, notices set solid.
DAY3 = date(2046, 9, 12)
BORN3, DIED3 = date(1936, 4, 17), date(2046, 9, 8)
ordered(DIED3, DAY3)
AGE3 = age(BORN3, DIED3)
assert AGE3 == 110 and DAY3.year - 1911 == 135
N3 = [("鍾阿滿", date(1938, 7, 7), date(2046, 9, 9), date(2046, 9, 15)),
      ("賴清福", date(1945, 10, 21), date(2046, 9, 10), date(2046, 9, 16))]
for _, _b, d, f in N3:
    ordered(d, DAY3, f)
RULE3 = "═" * 20
P3 = zh_page(
    "zht_big5_cr_taiwan_obituaries_family_notices_rice_noodle_shop_life_years_line_portrait_caption_credit_running_"
    "head_granddaughter_words_boxed_notices_solid_family_signature_thanks_signed_births_column_solid_notice_desk_line",
    "big5", "\r", 20, True,
    "濠溪日報 2046-09-12 (`中華民國135年9月12日`) A9 家事 (an invented county daily, Hualien county), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. An obituary of a rice-noodle shop's founder (kicker `街坊送別`, "
    "`（1936—2046）` under the title, a granddaughter's words cut by the running head, caption and credit inside a "
    "sentence); a box `訃告` of two notices, **set solid** (`家屬敬告`); `鳴謝`; a births column `弄璋弄瓦` (two name "
    "heads, **set solid**); the notice desk's line.",
    DAY3, "A9", [f"濠溪日報　中華民國135年9月12日　{weekday(DAY3)}", "A9　家事　　主編：溫婉如"],
    ["訃聞刊登專線：03-8562419（週一至週五9時至17時）"],
    ["濠溪日報", "中華民國135年9月12日", weekday(DAY3), "A9", "家事", "主編：溫婉如", "濠溪日報．家事",
     "訃聞刊登專線：03-8562419", "（週一至週五9時至17時）"],
    "濠溪日報．家事", RULE3)
P3["articles"] = [
    obituary("街坊送別", "米苔目阿嬤走了", "（1936—2046）", "記者　林芷瑄／花蓮報導", ["林芷瑄"], [
        f"在花蓮市場口賣了六十年米苔目的邱玉霞阿嬤，{md(DIED3)}在家中辭世，享壽{AGE3}歲。",
        "阿嬤二十歲起就在市場口擺攤，一碗米苔目從兩塊錢賣到五十元，{cap}湯頭始終是她自己熬的。",
        "老顧客說，阿嬤記得每個人的口味，誰不吃蔥、誰要多加韭菜，從來不會弄錯。",
        "孫女邱郁婷說：「阿嬤常講，做吃的要對得起人家，湯頭不能偷工，"
        "{run}客人吃得出來。」",
        "家屬表示，攤子將由邱郁婷接手，延續阿嬤的味道。",
    ], "邱玉霞阿嬤生前在攤位上煮米苔目。", "（家屬提供）"),
    *column(P3, "訃告", [
        (N3[0][0], zh_notice(N3[0][1], N3[0][2], N3[0][3], "鍾阿滿女士，花蓮縣農會退休職員", "花蓮市立殯儀館懷恩廳",
                             zhou_t, "歲"), "家屬敬告"),
        (N3[1][0], zh_notice(N3[1][1], N3[1][2], N3[1][3], "賴清福先生，退休漁民", "花蓮市立殯儀館至德廳", zhou_t, "歲"),
         "家屬敬告"),
    ], rule=RULE3, solid_set=True),
    thanks(P3, "鳴謝", "先祖母邱玉霞辭世期間，承蒙市場各攤商、老顧客及親友致電慰問，邱家感念在心。", "邱家全體家屬　敬謝"),
    *column(P3, "弄璋弄瓦", [
        ("潘家弄璋", "潘冠宇、高筱涵伉儷於9月5日喜獲麟兒，母子均安。", None),
        ("古家弄瓦", "古家長孫女古芮安9月7日誕生，全家歡喜。", None),
    ], solid_set=True),
]


# 4. Big5-HKSCS Hong Kong district weekly (Tai Po), CRLF, indent-only, Cantonese.
DAY4 = date(2046, 6, 27)
BORN4, DIED4 = date(1942, 9, 3), date(2046, 6, 21)
ordered(DIED4, DAY4)
AGE4 = age(BORN4, DIED4)
assert AGE4 == 103
N4 = [("何伍好", date(1939, 5, 16), date(2046, 6, 22), date(2046, 7, 2)),
      ("莫志強", date(1948, 1, 9), date(2046, 6, 23), date(2046, 7, 3))]
for _, _b, d, f in N4:
    ordered(d, DAY4, f)
RULE4 = "─" * 20
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_obituaries_family_notices_cantonese_market_scale_repairer_life_years_line_portrait_"
    "caption_credit_running_head_son_words_boxed_notices_thanks_weddings_column_indent_only_notice_desk_line",
    "big5hkscs", "\r\n", 20, False,
    "汀角週報 2046-06-27 第9頁 人生 (an invented district weekly, Tai Po; Cantonese, `嘅 喺 咗 啲 冇`, in neither "
    "cp950 nor Big5), CRLF; **indent-only**, wrapped at 20, nothing glued. An obituary of a market's scale repairer "
    "(kicker `街坊人物`, `（1942—2046）` under the title, a son's words cut by the running head, caption and credit "
    "inside a sentence); a box `訃告` of two notices; `鳴謝`; a weddings column `婚訊` (two name heads); the notice "
    "desk's line.",
    DAY4, "9", [f"汀角週報　{ymd(DAY4)}　{weekday(DAY4)}", "第9頁　人生"],
    ["汀角週報　啟事部：星期一至五上午10時至下午6時　電話：2658 3107"],
    ["汀角週報", ymd(DAY4), weekday(DAY4), "第9頁", "人生", "汀角週報．人生", "汀角週報",
     "啟事部：星期一至五上午10時至下午6時", "電話：2658 3107"],
    "汀角週報．人生", RULE4, not_in=["cp950", "big5"])
P4["articles"] = [
    obituary("街坊人物", "大埔街市嘅「秤王」", "（1942—2046）", "記者　石穎彤", ["石穎彤"], [
        f"喺大埔街市修咗五十年秤嘅魯炳坤，{md(DIED4)}喺醫院離世，享年{AGE4}歲。",
        "魯伯由細跟父親學整桿秤，後來啲檔口轉用電子秤，{cap}佢又自己學埋點整電子秤。",
        "街坊話，邊個檔口個秤唔準，搵魯伯睇一睇就搞掂，收費好平，有時仲冇收錢。",
        "兒子魯家傑話：「阿爸成日講，秤準唔準係良心嘢，秤差一錢，"
        "{run}街坊就食虧。」",
        "魯伯遺下一子一女及四名孫兒。",
    ], "魯炳坤喺街市檔口修秤。", "（家屬提供）"),
    *column(P4, "訃告", [
        (N4[0][0], zh_notice(N4[0][1], N4[0][2], N4[0][3], "何伍好女士，大埔原居民", "大埔殯儀館福澤堂", zhou_t, "歲"),
         "家屬敬告"),
        (N4[1][0], zh_notice(N4[1][1], N4[1][2], N4[1][3], "莫志強先生，退休小巴司機", "大埔殯儀館永思堂", zhou_t, "歲"),
         "家屬敬告"),
    ], rule=RULE4),
    thanks(P4, "鳴謝", "先父魯炳坤辭世，承蒙街市各檔主、街坊同親友慰問，魯家上下衷心感謝。", "魯家傑　魯家慧　敬謝"),
    *column(P4, "婚訊", [
        ("鄺子軒　譚詠嵐", "兩位新人7月12日喺大埔註冊結婚，晚上喺酒樓擺酒。", None),
        ("符俊傑　麥曉琳", "新人已於6月20日註冊，多謝各位街坊祝福。", None),
    ]),
]


# 5. UTF-8 (no BOM) Singapore daily, LF, blank-line; notices set solid.
DAY5 = date(2046, 8, 6)
BORN5, DIED5 = date(1937, 12, 11), date(2046, 8, 2)
ordered(DIED5, DAY5)
AGE5 = age(BORN5, DIED5)
assert AGE5 == 108
N5 = [("陈亚妹", date(1943, 3, 8), date(2046, 8, 3), date(2046, 8, 7)),
      ("黄金发", date(1949, 9, 19), date(2046, 8, 4), date(2046, 8, 8)),
      ("许丽娟", date(1956, 5, 2), date(2046, 8, 4), date(2046, 8, 9))]
for _, _b, d, f in N5:
    ordered(d, DAY5, f)
RULE5 = "━" * 21
P5 = zh_page(
    "zh_utf8_nobom_lf_singapore_obituaries_family_notices_kopitiam_owner_life_years_line_portrait_caption_credit_"
    "running_head_daughter_words_three_boxed_notices_solid_family_signature_thanks_signed_births_column_notice_desk_line",
    "utf-8", "\n", 21, True,
    "南汐早报 2046-08-06 第16版 人生 (an invented Singapore daily; `咖啡店`, `组屋`, `新元`), UTF-8 without BOM, LF; "
    "blank-line paragraphs, wrapped at 21. An obituary of a Toa Payoh coffee-shop owner (kicker `社区人物`, "
    "`（1937—2046）` under the title, a daughter's words cut by the running head, caption and credit inside a "
    "sentence); a box `讣告` of three notices, **set solid**; `鸣谢`; a births column `添丁志喜` (two name heads); "
    "the notice desk's line.",
    DAY5, "16", ["南汐早报", f"{ymd(DAY5)}　{weekday(DAY5)}　　第16版　人生"],
    ["讣告及启事刊登：星期一至星期六9时至18时　电话：6352 8014"],
    ["南汐早报", ymd(DAY5), weekday(DAY5), "第16版", "人生", "南汐早报·人生", "讣告及启事刊登：星期一至星期六9时至18时",
     "电话：6352 8014"],
    "南汐早报·人生", RULE5)
P5["articles"] = [
    obituary("社区人物", "大巴窑咖啡店的“林叔”", "（1937—2046）", "报道：梁蕙宁", ["梁蕙宁"], [
        f"在大巴窑组屋楼下经营咖啡店五十多年的林添福，{md(DIED5)}在家中安详离世，享年{AGE5}岁。",
        "林叔1968年接手父亲的咖啡摊，后来搬进组屋楼下的店面，{cap}一杯咖啡乌从两角卖到一元八角。",
        "老街坊说，林叔每天清晨五点开门，风雨无阻，过年也只休息两天。",
        "女儿林美玲说：“爸爸常说，开店不是为了赚大钱，街坊早上有个地方坐，"
        "{run}喝杯热咖啡就好。”",
        "林叔身后留下二女一子和五名孙辈。",
    ], "林添福在咖啡店里冲咖啡。", "（家属提供）"),
    *column(P5, "讣告", [
        (N5[0][0], zh_notice(N5[0][1], N5[0][2], N5[0][3], "陈亚妹女士，退休小贩", "宏茂桥殡仪馆"), "家属敬告"),
        (N5[1][0], zh_notice(N5[1][1], N5[1][2], N5[1][3], "黄金发先生，退休巴士司机", "武吉巴督殡仪馆"), "家属敬告"),
        (N5[2][0], zh_notice(N5[2][1], N5[2][2], N5[2][3], "许丽娟女士，退休护士", "宏茂桥殡仪馆"), "家属敬告"),
    ], rule=RULE5, solid_set=True),
    thanks(P5, "鸣谢", "先父林添福仙逝，承蒙诸亲友、咖啡店老顾客及邻里前来吊唁，并赐花圈挽联，林府家属衷心感谢。",
           "林府家属　敬谢"),
    *column(P5, "添丁志喜", [
        ("杨家弄璋", "杨志豪、苏佩琪伉俪于7月28日喜获麟儿，取名杨睿恩。", None),
        ("欧家千金", "欧俊贤、卢慧敏伉俪的千金欧语晴7月30日出世，母女平安。", None),
    ]),
]


# 6. UTF-16 BE (BOM) city evening paper, CRLF, indent-only; notices set solid; births and weddings set solid.
DAY6 = date(2046, 11, 19)
BORN6, DIED6 = date(1945, 2, 27), date(2046, 11, 15)
ordered(DIED6, DAY6)
AGE6 = age(BORN6, DIED6)
assert AGE6 == 101
N6 = [("季春生", date(1947, 8, 12), date(2046, 11, 16), date(2046, 11, 21)),
      ("邵佩芬", date(1953, 6, 6), date(2046, 11, 17), date(2046, 11, 22))]
for _, _b, d, f in N6:
    ordered(d, DAY6, f)
RULE6 = "─" * 21
P6 = zh_page(
    "zh_utf16be_bom_crlf_city_obituaries_family_notices_school_janitor_bell_ringer_life_years_line_portrait_caption_"
    "credit_running_head_grandson_words_boxed_notices_solid_thanks_signed_weddings_solid_indent_only_notice_desk_line",
    "utf-16-be", "\r\n", 21, False,
    "鄞塘晚报 2046-11-19 第14版 缅怀 (an invented city evening paper), UTF-16 BE with BOM, CRLF; **indent-only**, "
    "wrapped at 21. An obituary of a school's janitor who rang its bell for forty years (kicker `送别`, "
    "`（1945—2046）` under the title, a grandson's words cut by the running head, caption and credit inside a "
    "sentence); a box `讣告` of two notices, **set solid**; `鸣谢`; a weddings column `新婚志喜` (two name heads, "
    "**set solid**); the notice desk's line.",
    DAY6, "14", ["鄞塘晚报", f"{ymd(DAY6)}　{weekday(DAY6)}　　第14版　缅怀"],
    ["本版启事受理：周一至周五8:30—17:30　热线：0574-8751326"],
    ["鄞塘晚报", ymd(DAY6), weekday(DAY6), "第14版", "缅怀", "鄞塘晚报·缅怀", "本版启事受理：周一至周五8:30—17:30",
     "热线：0574-8751326"],
    "鄞塘晚报·缅怀", RULE6, bom=True)
P6["articles"] = [
    obituary("送别", "敲了四十年上课钟", "（1945—2046）", "本报记者　于　荻", ["于　荻", "于荻"], [
        f"鄞塘实验小学的老校工樊有根{md(DIED6)}去世，享年{AGE6}岁。",
        "1966年到2006年，学校的上课钟都是他敲的。他每天第一个到校，{cap}最后一个锁门。",
        "不少学生毕业多年后回校，第一句话就问：“樊伯伯还在吗？”",
        "孙子樊一鸣说：“爷爷退休那天，把钟锤擦得锃亮交给学校，说钟声要准，"
        "{run}孩子们才不会迟到。”",
        "那口铜钟如今陈列在学校的校史室里。",
    ], "樊有根在校园里敲钟。", "（学校供图）"),
    *column(P6, "讣告", [
        (N6[0][0], zh_notice(N6[0][1], N6[0][2], N6[0][3], "季春生先生，原鄞塘造船厂工人", "鄞塘殡仪馆永福厅"),
         "家属敬告"),
        (N6[1][0], zh_notice(N6[1][1], N6[1][2], N6[1][3], "邵佩芬女士，退休会计", "鄞塘殡仪馆瑞安厅"), "家属敬告"),
    ], rule=RULE6, solid_set=True),
    thanks(P6, "鸣谢", "先父樊有根病逝，承蒙实验小学历届师生、邻居和亲友关心，樊家深表谢忱。", "樊家全体　敬谢"),
    *column(P6, "新婚志喜", [
        ("沈浩然　贝欣怡", "两位新人11月23日在鄞塘大酒店举行婚礼。", None),
        ("金子墨　郁佳", "新人于11月11日登记结婚，谨告亲友。", None),
    ], solid_set=True),
]

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


def en_day(day):
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def en_notice(born, died, service, who, hall):
    """An English death notice's text: dates, age (computed), the service's weekday, date, hour and hall."""
    return (f"{who}, born {en_day(born)}, died {en_day(died)}, aged {age(born, died)}. Service "
            f"{EN[service.weekday()]}, {EN_MONTHS[service.month - 1]} {service.day}, 10 a.m., at {hall}.")


def es_notice(born, died, service, who, hall):
    """A Spanish death notice's text."""
    return (f"{who}, nacido el {born.day} de {ES_MONTHS[born.month - 1]} de {born.year}, falleció el {died.day} de "
            f"{ES_MONTHS[died.month - 1]} a los {age(born, died)} años. Misa el {ES[service.weekday()]} "
            f"{service.day} a las 10 h en {hall}.")


# 7. Cheyenne (Lame Deer, Northern Cheyenne Reservation, Montana), cp1252, CRLF, blank-line; notices set solid.
DAY7 = date(2046, 4, 15)
BORN7, DIED7 = date(1948, 10, 2), date(2046, 4, 10)
ordered(DIED7, DAY7)
AGE7 = age(BORN7, DIED7)
assert AGE7 == 97
N7 = [("Ruth Little Coyote", date(1950, 1, 19), date(2046, 4, 11), date(2046, 4, 17)),
      ("Elmer Walks Nice", date(1955, 7, 4), date(2046, 4, 12), date(2046, 4, 18))]
for _, _b, d, f in N7:
    ordered(d, DAY7, f)
RULE7 = "-" * 40
P7 = latin_page(
    "chy_cp1252_crlf_cheyenne_obituaries_family_notices_rodeo_saddle_maker_life_years_line_portrait_caption_credit_"
    "running_head_granddaughter_words_boxed_notices_solid_family_signature_thanks_births_solid_notice_desk_hyphenation",
    "cp1252", "\r\n", 40, "", True,
    "Ho'honáéva Weekly 2046-04-15 Page 6 Obituaries (an invented weekly of Lame Deer, Montana; Cheyenne text, English "
    "furniture and notices), **cp1252** (`á é ó â ê ' “ ” –`), CRLF; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. An obituary of a saddle maker (kicker `Hová'éhe`, `1948–2046` under the title, a granddaughter's "
    "words cut by the running head, caption and credit inside a sentence); a box `Death Notices` of two notices, "
    "**set solid** (`The family`); `Thanks`; a births column `Births` (two name heads, **set solid**); the notice "
    "desk's line.",
    DAY7, "6", [f"HO'HONÁÉVA WEEKLY · {english(DAY7)} · Page 6", "Obituaries · Editor: Lorna Spotted Elk"],
    ["Notices desk: Mon–Fri 9 a.m.–4 p.m. · (406) 555-0173"],
    ["HO'HONÁÉVA WEEKLY", english(DAY7), "Page 6", "Obituaries", "Editor: Lorna Spotted Elk",
     "Ho'honáéva Weekly · Obituaries", "Notices desk: Mon–Fri 9 a.m.–4 p.m.", "(406) 555-0173"],
    "Ho'honáéva Weekly · Obituaries", RULE7, 4)
P7["articles"] = [
    obituary("Hová'éhe", "Amos Black Horse, Saddle Maker", "1948–2046", "By Delia Two Moons", ["Delia Two Moons"], [
        syl(f"LAME DEER – Amos Black Horse, néhe'še mó'kehanotse he'kotsestse, died {en_day(DIED7)} at "
            f"home. He was {AGE7}."),
        syl("Tséhmanestsestse mó'kehanotse ho'honáéva néstsestovátsehe, {cap}naa Tsétsêhéstâhese hotóhkéso "
            "néhešetanótse."),
        syl("Ého'tánetse mó'kehanotse náháóhtséstovatsese; ma'heónevé'ho'e néhetotaetanótse hová'éhe."),
        syl("His granddaughter Maria Black Horse said: “Néxho'e éhnéméne, ‘mó'kehanotse tsé'tóhe "
            "{run}éhoháeotse.’”"),
        syl("He leaves two sons, a daughter and nine grandchildren. Néá'eše, nóheto."),
    ], "Amos Black Horse in his shop, 2031.", "Photo: family collection", zh=False),
    *column(P7, "Death Notices", [
        (N7[0][0], en_notice(N7[0][1], N7[0][2], N7[0][3], "Ruth Little Coyote of Busby", "Two Moons Chapel"),
         "The family"),
        (N7[1][0], en_notice(N7[1][1], N7[1][2], N7[1][3], "Elmer Walks Nice of Lame Deer", "Morning Star Hall"),
         "The family"),
    ], rule=RULE7, solid_set=True),
    thanks(P7, "Thanks", syl("Néá'eše to everyone who brought food, sang and sat with us at the wake of our father "
                             "Amos. Your kindness will be remembered."), "The Black Horse family"),
    *column(P7, "Births", [
        ("Kaya Rose Fisher", "Born March 30 to Dana and Wade Fisher of Ashland, 7 lb 2 oz.", None),
        ("Tobias Sun Bear", "Born April 3 to Lena Sun Bear of Lame Deer. Mother and son are well.", None),
    ], solid_set=True),
]


# 8. Anejom (Aneityum, Tafea Province, Vanuatu), ISO-8859-1, CR, indent-only (four spaces), nothing glued.
DAY8 = date(2046, 7, 24)
BORN8, DIED8 = date(1951, 3, 13), date(2046, 7, 19)
ordered(DIED8, DAY8)
AGE8 = age(BORN8, DIED8)
assert AGE8 == 95
N8 = [("Nelson Nalau", date(1953, 12, 24), date(2046, 7, 20), date(2046, 7, 26)),
      ("Mary Natmasiñ", date(1960, 2, 8), date(2046, 7, 21), date(2046, 7, 27)),
      ("Lui Nauka", date(1949, 6, 1), date(2046, 7, 21), date(2046, 7, 25))]
for _, _b, d, f in N8:
    ordered(d, DAY8, f)
RULE8 = "=" * 38
P8 = latin_page(
    "aty_latin1_cr_anejom_obituaries_family_notices_island_nurse_life_years_line_portrait_caption_credit_running_head_"
    "son_words_three_boxed_notices_thanks_weddings_column_indent_only_four_spaces_notice_desk_hyphenation",
    "iso-8859-1", "\r", 37, "    ", False,
    "Nupu Anejom 2046-07-24 Page 5 Family Notices (an invented monthly of Aneityum, Tafea, Vanuatu; Anejom text with "
    "`ñ`, English furniture and notices), **ISO-8859-1**, **CR**; **indent-only (four spaces)**, wrapped at 37 with "
    "hyphenation, nothing glued. An obituary of the island's nurse (kicker `Natimi Itai`, `1951-2046` under the "
    "title, a son's words cut by the running head, caption and credit inside a sentence); a box `Death Notices` of "
    "three notices; `Thanks`; a weddings column `Weddings` (two name heads); the notice desk's line.",
    DAY8, "5", [f"NUPU ANEJOM · {english(DAY8)} · Page 5", "Family Notices"],
    ["Notices: Anelcauhat office, Tue and Thu 8-12 · Tel 48 555 017"],
    ["NUPU ANEJOM", english(DAY8), "Page 5", "Family Notices", "Nupu Anejom · Family Notices",
     "Notices: Anelcauhat office, Tue and Thu 8-12", "Tel 48 555 017"],
    "Nupu Anejom · Family Notices", RULE8, 3)
P8["articles"] = [
    obituary("Natimi Itai", "Elsie Nathaniel, Nurse of Anelcauhat", "1951-2046", "By Jimmy Nalin", ["Jimmy Nalin"], [
        syl(f"ANELCAUHAT - Elsie Nathaniel, natimi a iñhalupas an nelcauhat, is mas {en_day(DIED8)}. Is "
            f"{AGE8} an nohatag."),
        syl("Elsie is apam an nupu a Anelcauhat an 1975, is ika inhalupasaiyiñ ehele natimi, {cap}is "
            "aijamaiñ nupu a iñhalupas."),
        syl("Natimi jim asega is amjeg \"Elsie a inhalupasaiyiñ\", is atamaig nelcauhat apan Anejom."),
        syl("Nitai Elsie, Peter Nathaniel, is ago: \"Ahmas Elsie is ago, 'nelcauhat atimi a natimi jim {run}is "
            "amjeg.'\""),
        syl("Elsie is iñheti intas ehele, nitai eseij im natimi nohatag ehele."),
    ], "Elsie Nathaniel at the Anelcauhat aid post, 1994.", "Photo: Nathaniel family", zh=False),
    *column(P8, "Death Notices", [
        (N8[0][0], en_notice(N8[0][1], N8[0][2], N8[0][3], "Nelson Nalau of Umej", "Umej church"), "The family"),
        (N8[1][0], en_notice(N8[1][1], N8[1][2], N8[1][3], "Mary Natmasiñ of Anelcauhat", "Anelcauhat church"),
         "The family"),
        (N8[2][0], en_notice(N8[2][1], N8[2][2], N8[2][3], "Lui Nauka of Port Patrick", "Port Patrick church"),
         "The family"),
    ], rule=RULE8),
    thanks(P8, "Thanks", "Olgeñ to the nurses of Tanna, the island council and all who came to Anelcauhat for our "
           "mother Elsie.", "The Nathaniel family"),
    *column(P8, "Weddings", [
        ("Kalo Nauka and Ruth Nalin", "Married at Anelcauhat church on July 12.", None),
        ("Sam Natmas and Lina Nalau", "To marry at Umej on August 8. All are welcome.", None),
    ]),
]


# 9. Bube (Bubi; Bioko, Equatorial Guinea), UTF-8 with BOM, LF, blank-line; notices set solid; Spanish furniture.
DAY9 = date(2046, 10, 9)
BORN9, DIED9 = date(1947, 5, 28), date(2046, 10, 4)
ordered(DIED9, DAY9)
AGE9 = age(BORN9, DIED9)
assert AGE9 == 99
N9 = [("Teresa Bolopa", date(1952, 9, 14), date(2046, 10, 5), date(2046, 10, 10)),
      ("Julián Rioso", date(1946, 11, 30), date(2046, 10, 6), date(2046, 10, 11)),
      ("Pilar Boricó", date(1958, 4, 22), date(2046, 10, 7), date(2046, 10, 12))]
for _, _b, d, f in N9:
    ordered(d, DAY9, f)
RULE9 = "—" * 20
P9 = latin_page(
    "bvb_utf8_bom_lf_bube_obituaries_family_notices_cocoa_drier_keeper_life_years_line_portrait_caption_credit_"
    "running_head_daughter_words_three_boxed_notices_solid_family_signature_thanks_births_notice_desk_hyphenation",
    "utf-8", "\n", 40, "", True,
    "Ëlö Bötúkkú 2046-10-09 Página 11 Necrológicas (an invented weekly of Baney, Bioko; Bube text, Spanish furniture "
    "and notices), UTF-8 with BOM (`é ó ë ö ú ñ « » —`), LF; blank-line paragraphs, wrapped at 40 with hyphenation. "
    "An obituary of a cocoa drier's keeper (kicker `Bötúkkú`, `1947–2046` under the title, a daughter's words cut "
    "by the running head, caption and credit inside a sentence); a box `Esquelas` of three notices, **set solid** "
    "(`La familia`); `Agradecimiento`; a births column `Nacimientos` (two name heads); the notice desk's line.",
    DAY9, "11", [f"ËLÖ BÖTÚKKÚ · {spanish(DAY9)} · Página 11", "Necrológicas · Redacción de Baney"],
    ["Esquelas: de lunes a viernes, 9 a 14 h · Tel. 333 555 208"],
    ["ËLÖ BÖTÚKKÚ", spanish(DAY9), "Página 11", "Necrológicas", "Redacción de Baney", "Ëlö Bötúkkú · Necrológicas",
     "Esquelas: de lunes a viernes, 9 a 14 h", "Tel. 333 555 208"],
    "Ëlö Bötúkkú · Necrológicas", RULE9, 4, bom=True)
P9["articles"] = [
    obituary("Bötúkkú", "Ramón Bosió, el del secadero", "1947–2046", "Por Elena Ribelo", ["Elena Ribelo"], [
        syl(f"BANEY – Ramón Bosió, bóyë bö secadero ë Baney, a lóbbé {DIED9.day} de "
            f"{ES_MONTHS[DIED9.month - 1]}. A bëtté {AGE9} ëbíé."),
        syl("Ramón a ëppó secadero a bötúkkúëlöë a Baney, {cap}ëlö bëbbëëëlö a rëbbólaëri ëcacao."),
        syl("Bëtúkkú ba Baney ba tëbbë: «Ramón a bëtté bóyë bö ëcacao, a hëllëbbërí bötúkkú»."),
        syl("Ëmmë ëlö a Ramón, Lucía Bosió, a ëtté: «Ëppa a ëtté, ‘ëcacao ë bóbé, ë rëbbó "
            "{run}bëbbë.’»"),
        syl("Ramón a bëtté ëmmë ëtta bëbbë. Wëëllé, Ëppa."),
    ], "Ramón Bosió ante el secadero de Baney, 2030.", "Foto: archivo familiar", zh=False),
    *column(P9, "Esquelas", [
        (N9[0][0], es_notice(N9[0][1], N9[0][2], N9[0][3], "Teresa Bolopa, de Rebola", "la iglesia de Rebola"),
         "La familia"),
        (N9[1][0], es_notice(N9[1][1], N9[1][2], N9[1][3], "Julián Rioso, de Baney", "la iglesia de Baney"),
         "La familia"),
        (N9[2][0], es_notice(N9[2][1], N9[2][2], N9[2][3], "Pilar Boricó, de Basupú", "la capilla de Basupú"),
         "La familia"),
    ], rule=RULE9, solid_set=True),
    thanks(P9, "Agradecimiento", "La familia agradece a los vecinos de Baney y a la cooperativa del cacao su "
           "compañía en el entierro de nuestro padre Ramón. Wëëllé.", "Familia Bosió Ribelo"),
    *column(P9, "Nacimientos", [
        ("Aurora Sipó Bolopa", "Nació el 27 de septiembre en Malabo, hija de Inés Bolopa y Carlos Sipó.", None),
        ("Mateo Riosó Buale", "Nació el 1 de octubre en Baney. Madre e hijo están bien.", None),
    ]),
]


# 10. Daasanach (Ileret, Marsabit County, Kenya), UTF-16 LE with BOM, LF, indent-only (three spaces).
DAY10 = date(2046, 2, 21)
BORN10, DIED10 = date(1950, 8, 8), date(2046, 2, 16)
ordered(DIED10, DAY10)
AGE10 = age(BORN10, DIED10)
assert AGE10 == 95
N10 = [("Lokwar Nyangaga", date(1956, 3, 3), date(2046, 2, 17), date(2046, 2, 23)),
       ("Nakuwa Lomodo", date(1961, 10, 10), date(2046, 2, 18), date(2046, 2, 24))]
for _, _b, d, f in N10:
    ordered(d, DAY10, f)
RULE10 = "=" * 40
P10 = latin_page(
    "dsh_utf16le_bom_lf_daasanach_obituaries_family_notices_lake_shore_teacher_life_years_line_portrait_caption_credit_"
    "running_head_son_words_boxed_notices_thanks_weddings_column_indent_only_three_spaces_notice_desk_hyphenation",
    "utf-16-le", "\n", 42, "   ", False,
    "Kuo Ileret 2046-02-21 Page 4 Family Notices (an invented weekly of Ileret, Marsabit County, Kenya; Daasanach "
    "text, English furniture and notices), UTF-16 LE with BOM (`“ ” ‘ ’ –`), LF; **indent-only (three spaces)**, "
    "wrapped at 42 with hyphenation, nothing glued. An obituary of the lake-shore school's first teacher (kicker "
    "`Gaal Ileret`, `1950–2046` under the title, a son's words cut by the running head, caption and credit inside a "
    "sentence); a box `Death Notices` of two notices; `Thanks`; a weddings column `Weddings` (two name heads); the "
    "notice desk's line.",
    DAY10, "4", [f"KUO ILERET · {english(DAY10)} · Page 4", "Family Notices · Editor: Grace Lokoli"],
    ["Notices desk: weekdays 8 a.m.–1 p.m. · 0700 555 194"],
    ["KUO ILERET", english(DAY10), "Page 4", "Family Notices", "Editor: Grace Lokoli", "Kuo Ileret · Family Notices",
     "Notices desk: weekdays 8 a.m.–1 p.m.", "0700 555 194"],
    "Kuo Ileret · Family Notices", RULE10, 4, bom=True)
P10["articles"] = [
    obituary("Gaal Ileret", "Lokorio Ekidor, the Teacher Under the Tree", "1950–2046", "By Peter Nakali",
             ["Peter Nakali"], [
                 syl(f"ILERET – Lokorio Ekidor, gaal ki sukul ki ileret hiyyo, raab {en_day(DIED10)}. Ku "
                     f"{AGE10} ganni."),
                 syl("Lokorio sukul ki gaaldaasanach kuni 1978 kebetaamaanegi harr, {cap}kuo ki nyiet "
                     "kebetiicheeni."),
                 syl("Gaal ki Ileret ki ye: “Lokorio gaal kebetaamaane hiyyo, kuo ki mesiet harr.”"),
                 syl("Innam Lokorio, Daniel Ekidor, ye: “Abba kie, ‘kuo ki nyiet ki dalaadi "
                     "{run}gaaldaasanach.’”"),
                 syl("Lokorio ki ne innam afur, nyiet tomon. Ayee, Abba."),
             ], "Lokorio Ekidor teaching under the tree, 1981.", "Photo: Ekidor family", zh=False),
    *column(P10, "Death Notices", [
        (N10[0][0], en_notice(N10[0][1], N10[0][2], N10[0][3], "Lokwar Nyangaga of Ileret", "Ileret mission church"),
         "The family"),
        (N10[1][0], en_notice(N10[1][1], N10[1][2], N10[1][3], "Nakuwa Lomodo of Sabarei", "Sabarei chapel"),
         "The family"),
    ], rule=RULE10),
    thanks(P10, "Thanks", "The family of Lokorio Ekidor thanks his former pupils, the fishermen's group and all who "
           "walked with him to the lake.", "The Ekidor family"),
    *column(P10, "Weddings", [
        ("Lomuria Akai and Nasike Ewoi", "Married at Ileret on February 7.", None),
        ("Ekal Lokoli and Aruba Nakali", "To marry on March 14 at the mission church.", None),
    ]),
]

assert EN[DAY10.weekday()] == "Wednesday" and ES[DAY9.weekday()] == "martes"
PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
