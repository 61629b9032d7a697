"""The text of every holdout190 page, written once: make_holdout190_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-185 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("h", line)` a crosshead inside the feature (a gold heading, not a
new article); `("row", line)` prints lines of their own (one gold paragraph); `("end", line)` a printed line that is
no paragraph (here the pull quote, and the empty lines around it on indent-only pages); `("more", line)` a printed
line with no blank line before it (the pull quote's speaker); `{cap}` drops the photo's caption and its credit into a
sentence, `{run}` the running head; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's
rules); `solid()` (holdout157's) a box's point set solid. Every page is a health and medicine page (holdout182's
science-page family, new content): a long feature on a local clinic, treatment or public-health campaign (kicker,
title, deck, byline, a dateline lead, six paragraphs under two crossheads, a doctor's words cut by the running head, a
photo's caption and credit dropped inside a sentence, a pull quote and its speaker's line set **between** two
paragraphs), a fact box of three or four bulleted or numbered points under its label, a doctor's two-question Q&A
explainer, a glossary of three terms and a one-paragraph brief (a clinic's hours or a screening day). Weekdays and
sums are computed and asserted. All papers, people, clinics, sums and events are invented; real places are settings
only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, english, ordered, solid, syllables, weekday, zhou, zhou_t

VOWELS = "aeiouáéíóúàèìòùâêîôûäëïöüɔɛ"
syl = partial(syllables, vowels=VOWELS)


def feature(page, kicker, title, deck, byline, names, body, caption, credit, quote, speaker, glued=False):
    """The long feature (holdout182's): kicker over title over deck over byline. The kicker is the kicker (the section
    reading accepted), the deck the subtitle, the byline as printed (the name alone accepted); crossheads are headings;
    the pull quote and its speaker's line are two `pull_quotes` entries, as printed. `{pq}` in the body list (a string
    of its own) sets them between two paragraphs (**new**: holdout182 set them inside a sentence): on a blank-line page
    a blank line before the quote and after the speaker, on an indent-only page the same blank lines, printed."""
    items = []
    for item in body:
        if item == "{pq}":
            if page["blank"]:
                items += [("end", quote), ("more", speaker)]
            else:
                items += [("end", ""), ("end", quote), ("more", speaker), ("end", "")]
        else:
            items.append(item)
    art = {"lines": [kicker, title, deck, byline], "section": [None, kicker], "kicker": [kicker, None],
           "title": title, "subtitle": deck, "byline": [byline] + names, "captions": [caption], "credits": [credit],
           "pull_quotes": [quote, speaker], "body": items}
    if glued:
        art["glued"] = True
    return art


def box(title, items, page, glued=False):
    """A box under its label (the fact box, the glossary): the label the title, each point or term set solid, one
    paragraph each, its bullet, number or term kept (holdout182's)."""
    art = {"lines": [title], "title": title, "tight": True, "body": [solid(x, page) for x in items]}
    if glued:
        art["glued"] = True
    return art


def piece(title, paras, glued=False):
    """An unsigned piece under its head (the Q&A explainer: each question and answer one paragraph; the brief)."""
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


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run,
               bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot (counted from the printed lines) are markup."""
    joins = sum(line.count(" · ") for line in head + foot)
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins}


def zh_day(day):
    return f"{day.year}年{day.month}月{day.day}日"


# 1. GBK county evening paper, CRLF, blank-line, glued: a township clinic's stroke fast track; the fact box glued
#    under the feature's last line, the Q&A, the glossary and the brief (a carotid scan day) glued too.
DAY1 = date(2045, 5, 10)
SCAN1 = date(2045, 5, 20)
ordered(DAY1, SCAN1)
MARCH1, APRIL1 = 4, 5
TREATED1 = MARCH1 + APRIL1
assert TREATED1 == 9
P1 = zh_page(
    "zh_gbk_crlf_county_health_stroke_fast_track_feature_crossheads_caption_credit_run_head_midquote_"
    "pull_quote_between_fact_box_qa_glossary_scan_day_glued",
    "gbk", "\r\n", 21, True,
    f"浍川晚报 {DAY1.isoformat()} 第6版 健康 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. The feature (kicker `健康直通车`, title, deck, byline `本报记者　蔺　禾`; a `本报讯` dateline lead, "
    "six paragraphs under two crossheads, the photo's caption and credit dropped inside a sentence, the neurologist's "
    f"“” words cut by the running head, a pull quote and its speaker between two paragraphs; {MARCH1} + {APRIL1} = "
    f"{TREATED1} patients, asserted); **the fact box `小知识` glued under the feature's last line** (three `●` points), "
    f"the Q&A `医生答疑` (`问：`/`答：`), the glossary `名词解释`, the brief `义诊` ({SCAN1.month}月{SCAN1.day}日"
    f"{zhou(SCAN1)}), **each glued**.",
    DAY1, "6", ["浍川晚报", f"{zh_day(DAY1)}　{weekday(DAY1)}　　第6版　健康　　责任编辑：韦　汀"],
    ["浍川晚报社　　新闻热线：0391-7720516"],
    ["浍川晚报", zh_day(DAY1), weekday(DAY1), "第6版　健康", "责任编辑：韦　汀", "浍川晚报·健康", "浍川晚报社",
     "新闻热线：0391-7720516"],
    "浍川晚报·健康")
P1["articles"] = [
    feature(P1, "健康直通车", "乡镇卫生院开通卒中“绿色通道”", "中风病人在家门口就能溶栓", "本报记者　蔺　禾",
            ["蔺　禾", "蔺禾"], [
                "本报讯　今年三月起，浍川县北塬镇卫生院开通卒中急救绿色通道，镇上突发中风的病人做完头颅CT，"
                "可以在县医院医生的远程指导下当场溶栓，不必再转院。",
                ("h", "抢的是时间"),
                "卫生院去年添置了一台CT机，{cap}县医院神经内科的医生每天轮流在线值班，片子一传上去，十分钟内就有答复。",
                "县医院神经内科主任蒯岚说：“中风病人每耽误一分钟，就有大量脑细胞死去，所以要把病人留在离家最近的地方"
                "{run}抢救。”",
                "{pq}",
                f"开通两个月来，卫生院已为{TREATED1}名病人溶栓，其中三月{MARCH1}人、四月{APRIL1}人，从进门到用药平均"
                "只要四十分钟。",
                ("h", "村医学会“看脸”"),
                "卫生院还给全镇二十三名村医做了培训，教他们用“口角歪、手臂软、说话含糊”三个信号判断中风，发现后"
                "立即拨打急救电话。",
                "上个月，北塬镇东坡村的老人常桂香突发中风，被村医及时送来，如今已能下地走路。她的儿子说：“要是再往"
                "县城跑，后果不敢想。”",
            ], "图为北塬镇卫生院医生通过远程会诊为病人读片。", "本报记者　蔺　禾　摄",
            "“要把病人留在离家最近的地方抢救。”", "——县医院神经内科主任　蒯　岚"),
    box("小知识", [
        "●中风的三个信号：一侧口角歪斜，一侧手臂无力，说话含糊不清。",
        "●发现信号后不要自行喂药，让病人平躺，记下发病时间。",
        "●溶栓越早越好，发病四个半小时以内效果最佳。",
    ], P1, glued=True),
    piece("医生答疑", [
        "问：家里老人血压高，平时要注意什么？",
        "答：按时吃药，少吃咸菜，每天量一次血压，头晕手麻要马上就医。",
        "问：溶栓以后还要去县医院吗？",
        "答：病情稳定的可以留在卫生院康复，需要手术的再由救护车转到县医院。",
    ], glued=True),
    box("名词解释", [
        "溶栓：用药物把堵住血管的血块溶开，让血流恢复。",
        "CT：用X线给头部拍断层片，能分辨出血和梗塞。",
        "远程会诊：上级医院医生通过网络看片子、给意见。",
    ], P1, glued=True),
    piece("义诊", [
        f"{SCAN1.month}月{SCAN1.day}日（{zhou(SCAN1)}）上午八点，县医院将在北塬镇卫生院举办颈动脉超声筛查，"
        "六十岁以上居民凭身份证免费检查，名额一百个，额满为止。",
    ], glued=True),
]


# 2. GB18030 city daily, LF, indent-only, not glued: a hospital's stop-smoking clinic one year on (the doctor's name
#    with a CJK Extension A character); then the fact box, the Q&A, the glossary and the brief (clinic hours).
RARE = "\u36af"  # 㚯, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 8, 23)
SEEN2, QUIT2 = 240, 72
assert QUIT2 * 10 == SEEN2 * 3
P2 = zh_page(
    "zh_gb18030_lf_city_health_stop_smoking_clinic_rare_char_crossheads_caption_credit_run_head_"
    "midquote_pull_quote_indent_only_fact_box_qa_glossary_hours",
    "gb18030", "\n", 21, False,
    f"泚城日报 {DAY2.isoformat()} 第9版 医药 (an invented city daily; `{RARE}` U+36AF, CJK Extension A, in the "
    f"doctor's name `梅{RARE}`; in GB18030, not in GBK), LF; **indent-only**, wrapped at 21, not glued. The feature "
    "(kicker `门诊新事`, title, deck, byline; a dateline lead, six paragraphs under two crossheads, the caption and "
    f"credit inside a sentence, the doctor's words cut by the running head, the pull quote between paragraphs with a "
    f"blank line before and after; {QUIT2}/{SEEN2} = 30%, asserted); then `戒烟小贴士` (numbered), `专家问答`, "
    "`名词解释` and the brief `门诊时间`, each after a blank line.",
    DAY2, "9", ["泚城日报", f"{zh_day(DAY2)}　{weekday(DAY2)}　　第9版　医药"],
    ["泚城日报社　　热线：029-6174 3308"],
    ["泚城日报", zh_day(DAY2), weekday(DAY2), "第9版　医药", "泚城日报·医药", "泚城日报社", "热线：029-6174 3308"],
    "泚城日报·医药", not_in=["gbk"])
P2["articles"] = [
    feature(P2, "门诊新事", "戒烟门诊开诊一年", "二百四十人来求助，七十二人已戒烟半年以上", "本报记者　冯　遥",
            ["冯　遥", "冯遥"], [
                f"本报讯　市第三医院戒烟门诊开诊整整一年。一年里，门诊接诊{SEEN2}名吸烟者，其中{QUIT2}人已经半年"
                "没有碰烟，占三成。",
                ("h", "不只是发几片药"),
                "来门诊的人先要吹一口气，{cap}仪器测出呼气里的一氧化碳浓度，医生据此判断烟瘾轻重，再定方案。",
                f"门诊负责人、呼吸科副主任医师梅{RARE}说：“戒烟难的不是第一天，而是第三周，那时候最容易复吸，我们就在"
                "那几天{run}打电话。”",
                "{pq}",
                "门诊为每个人建了档案，第一、二、三、六周各随访一次，复吸的可以重新开始，不算失败。",
                ("h", "家里人也来陪诊"),
                "不少人是被家人拉来的。五十八岁的出租车司机邢师傅抽了三十年烟，女儿陪他来了四次，如今他已经戒了"
                "八个月。",
                "医院打算明年在三个社区卫生服务中心开设戒烟咨询点，让居民就近求助。",
            ], "图为医生在戒烟门诊为就诊者测量呼气一氧化碳。", "泚城市第三医院供图",
            "“戒烟难的不是第一天，而是第三周。”", f"——市第三医院呼吸科副主任医师　梅{RARE}"),
    box("戒烟小贴士", [
        "1.定下戒烟日，告诉家人和同事，请他们监督。",
        "2.扔掉打火机和烟灰缸，避开常去吸烟的地方。",
        "3.烟瘾上来时喝一杯水、做几次深呼吸，多数几分钟就会过去。",
        "4.复吸一次不要放弃，总结原因后重新开始。",
    ], P2),
    piece("专家问答", [
        "问：戒烟以后体重会增加吗？",
        "答：有些人会增加两三公斤，多吃蔬菜、多走路就能控制，比起吸烟的危害不值一提。",
        "问：电子烟能帮助戒烟吗？",
        "答：不建议。电子烟同样含有尼古丁，很多人最后两样都抽。",
    ]),
    box("名词解释", [
        "尼古丁：烟草里让人上瘾的物质。",
        "戒断反应：停止吸烟后出现的烦躁、失眠、注意力不集中等表现，一般两到四周减轻。",
        "复吸：戒烟一段时间后又开始吸烟。",
    ], P2),
    piece("门诊时间", [
        "戒烟门诊每周二、周四下午两点至五点开诊，地点在市第三医院门诊楼三楼呼吸科，挂普通号即可，首次就诊请带上"
        "近期体检报告。",
    ]),
]


# 3. Big5 Hualien county daily, CR, blank-line, glued: a home hospice team in the mountain villages of Yuli.
DAY3 = date(2045, 10, 18)
SCREEN3 = date(2045, 10, 28)
ordered(DAY3, SCREEN3)
assert DAY3.year - 1911 == 134
DOCTORS3, NURSES3, SOCIAL3 = 2, 3, 1
TEAM3 = DOCTORS3 + NURSES3 + SOCIAL3
assert TEAM3 == 6
P3 = zh_page(
    "zht_big5_cr_taiwan_health_home_hospice_team_crossheads_caption_credit_run_head_midquote_pull_"
    "quote_between_fact_box_qa_glossary_screening_day_glued",
    "big5", "\r", 20, True,
    "秀濱日報 2045-10-18 (`中華民國134年10月18日`) B4 醫療 (an invented county daily, Hualien county), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. The feature (kicker `在宅醫療`, title, deck, byline `記者溫若嵐／玉里報導`; a "
    "`【本報訊】` dateline lead, six paragraphs under two crossheads, the caption and credit inside a sentence, the "
    f"doctor's 「」 words cut by the running head, the pull quote between paragraphs; {DOCTORS3} + {NURSES3} + "
    f"{SOCIAL3} = {TEAM3} in the team, asserted); **the fact box `安寧小百科` glued under it** (`◆` points), `醫師解答` "
    f"(`問：`/`答：`), `名詞解釋`, the brief `篩檢日` ({SCREEN3.month}月{SCREEN3.day}日{zhou_t(SCREEN3)}), **each "
    "glued**.",
    DAY3, "B4", [f"秀濱日報　中華民國134年10月18日　{weekday(DAY3)}", "B4　醫療　　主編：簡亦寧"],
    ["秀濱日報社　讀者專線：03-8826 417"],
    ["秀濱日報", "中華民國134年10月18日", weekday(DAY3), "B4　醫療", "主編：簡亦寧", "秀濱日報．醫療", "秀濱日報社",
     "讀者專線：03-8826 417"],
    "秀濱日報．醫療")
P3["articles"] = [
    feature(P3, "在宅醫療", "安寧團隊走進山村", "讓病人在熟悉的家中走完最後一程", "記者溫若嵐／玉里報導",
            ["溫若嵐"], [
                f"【本報訊】玉里一家地區醫院的居家安寧團隊成立兩年，{DOCTORS3}名醫師、{NURSES3}名護理師和"
                f"{SOCIAL3}名社工，共{TEAM3}人，每週開車進山，照顧住在部落裡的末期病人。",
                ("h", "一趟路要兩小時"),
                "團隊的車上載著氧氣機、止痛藥和換藥包，{cap}最遠的一戶要沿著溪谷開兩個小時。",
                "團隊負責人、家醫科醫師賴承澤說：「病人想回家，我們就把病房搬到他家裡，讓他在自己的床上、家人的"
                "身邊{run}休息。」",
                "{pq}",
                "兩年來，團隊照顧過四十多位病人，大多數在家中安詳離世。護理師會教家屬翻身、拍背和處理疼痛。",
                ("h", "家屬也需要照顧"),
                "社工每個月到家裡探望一次，陪家屬聊天，協助申請補助，病人過世後還會再去關心一年。",
                "一位家屬說：「爸爸最後那幾天看得到窗外的田，聽得到孫子叫他，這是我們能給他最好的禮物。」",
            ], "圖為居家安寧團隊護理師到山區部落訪視病人。", "醫院提供",
            "「病人想回家，我們就把病房搬到他家裡。」", "——家醫科醫師　賴承澤"),
    box("安寧小百科", [
        "◆安寧照顧不是放棄治療，而是減輕疼痛與不適，讓病人舒服。",
        "◆健保給付居家安寧，符合資格的病人不必自費。",
        "◆家屬可向醫院的安寧共同照護護理師詢問申請方式。",
    ], P3, glued=True),
    piece("醫師解答", [
        "問：在家裡如果半夜疼痛加劇怎麼辦？",
        "答：團隊會留下二十四小時聯絡電話，並事先準備好止痛藥，教家屬依照指示使用。",
        "問：住得很遠也能申請嗎？",
        "答：可以。團隊會排定固定的訪視日，偏遠地區另有衛生所護理師協助。",
    ], glued=True),
    box("名詞解釋", [
        "安寧緩和醫療：以減輕症狀、維持生活品質為目標的照顧。",
        "預立醫療決定：事先寫下自己對急救與維生治療的意願。",
        "喘息服務：由專人暫時代替家屬照顧，讓家屬休息。",
    ], P3, glued=True),
    piece("篩檢日", [
        f"{SCREEN3.month}月{SCREEN3.day}日（{zhou_t(SCREEN3)}）上午九點至十二點，玉里鎮衛生所將舉辦大腸癌篩檢，"
        "五十歲至七十四歲民眾可免費領取糞便潛血檢查盒，請攜帶健保卡。",
    ], glued=True),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, not glued: a fall-prevention exercise class
#    for elders at a community centre in Tin Shui Wai.
DAY4 = date(2045, 11, 15)
SCAN4 = date(2045, 11, 25)
ordered(DAY4, SCAN4)
CLASSES4, EACH4 = 4, 15
ELDERS4 = CLASSES4 * EACH4
assert ELDERS4 == 60
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_health_fall_prevention_cantonese_crossheads_caption_credit_run_"
    "head_midquote_pull_quote_indent_only_box_qa_bone_scan",
    "big5hkscs", "\r\n", 20, False,
    f"嶺湖週報 {DAY4.isoformat()} 第8頁 健康 (an invented Hong Kong district weekly), Big5-HKSCS (`嘅 喺 咗 啲 嚟 嘢`; in "
    "neither cp950 nor Big5), CRLF; **indent-only**, wrapped at 20, not glued. The feature in Cantonese (kicker "
    "`長者健康`, title, deck, byline `記者：麥穎瑤`; a `（本報訊）` dateline lead, six paragraphs under two crossheads, "
    "the caption and credit inside a sentence, the physiotherapist's 「」 words cut by the running head, the pull "
    f"quote between paragraphs; {CLASSES4} × {EACH4} = {ELDERS4} elders, asserted); then `防跌貼士`, `問吓物理治療師`, "
    f"`詞彙` and the brief `骨質密度檢查日` ({SCAN4.month}月{SCAN4.day}日{zhou_t(SCAN4)}), each after a blank line.",
    DAY4, "8", ["嶺湖週報", f"{zh_day(DAY4)}　{weekday(DAY4)}　　第8頁　健康"],
    ["嶺湖週報　　熱線：2476 3185"],
    ["嶺湖週報", zh_day(DAY4), weekday(DAY4), "第8頁　健康", "嶺湖週報．健康", "嶺湖週報", "熱線：2476 3185"],
    "嶺湖週報．健康", not_in=["cp950", "big5"])
P4["articles"] = [
    feature(P4, "長者健康", "練好平衡　唔再驚跌", "天水圍社區中心開防跌運動班", "記者：麥穎瑤", ["麥穎瑤"], [
        f"（本報訊）天水圍一間社區中心今年開咗{CLASSES4}班防跌運動班，每班{EACH4}人，一共{ELDERS4}個長者參加，"
        "逢星期一、三喺禮堂上堂。",
        ("h", "由企穩開始"),
        "上堂先做熱身，再扶住椅背練單腳企，{cap}之後沿住地上嘅膠帶行直線，練腳步同平衡。",
        "負責教班嘅物理治療師區浩朗話：「好多長者跌親一次就唔敢出街，愈唔郁腳骨愈冇力，我哋要幫佢哋{run}行返出去。」",
        "{pq}",
        "中心喺開班前後幫每個長者做測試，十二個星期之後，大部分人企穩嘅時間長咗一倍。",
        ("h", "屋企都要執吓"),
        "治療師仲會上門睇長者屋企，提醒家人喺浴室裝扶手、喺走廊裝夜燈，將地上啲雜物執走。",
        "七十九歲嘅甘婆婆話：「以前落街要人扶，而家自己去街市買餸都得，個女都放心咗。」",
    ], "圖為長者喺物理治療師指導下扶住椅背練平衡。", "社區中心提供",
    "「我哋要幫佢哋行返出去。」", "——物理治療師　區浩朗"),
    box("防跌貼士", [
        "一、浴室同廁所裝扶手，地面鋪防滑墊。",
        "二、起身要慢，先坐喺床邊一陣先企起身。",
        "三、著合腳、鞋底有坑紋嘅鞋，唔好著拖鞋出街。",
    ], P4),
    piece("問吓物理治療師", [
        "問：屋企長者行路慢，係咪唔好俾佢出街好啲？",
        "答：唔係。適量行路可以保持腳骨力，最緊要係揀平坦嘅路，帶埋手杖。",
        "問：跌親之後應該點做？",
        "答：唔好即刻扯佢起身，先睇吓有冇受傷，痛得好犀利就要叫白車。",
    ]),
    box("詞彙", [
        "平衡力：身體喺企、行、轉身時保持穩定嘅能力。",
        "肌少症：年紀大肌肉流失，令腳骨冇力。",
        "骨質疏鬆：骨頭變薄變脆，跌親容易骨折。",
    ], P4),
    piece("骨質密度檢查日", [
        f"{SCAN4.month}月{SCAN4.day}日（{zhou_t(SCAN4)}）上晝十點至下晝四點，社區中心會同一間大學護理學院合辦骨質"
        "密度檢查，六十五歲或以上長者免費參加，請親身去中心登記。",
    ]),
]


# 5. UTF-8 without BOM Sibu (Sarawak, Malaysia) daily, LF, blank-line, glued: a neighbourhood's dengue clean-up
#    campaign; every piece after the feature glued.
DAY5 = date(2045, 3, 9)
ordered(date(2045, 3, 4), DAY5)
HOUSES5, SITES5 = 1260, 87
P5 = zh_page(
    "zh_utf8_nobom_lf_malaysia_sibu_health_dengue_cleanup_crossheads_caption_credit_run_head_midquote_"
    "pull_quote_between_fact_box_qa_glossary_hours_glued",
    "utf-8", "\n", 21, True,
    f"拉江日报 {DAY5.isoformat()} 第11版 家庭医药 (an invented Sibu daily, Sarawak, Malaysia: `骨痛热症`, `令吉`, "
    "`花园住宅区`), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. The feature (kicker `社区卫生`, title, "
    "deck, byline `本报记者　黎诗韵`; a `（诗巫讯）` dateline lead, six paragraphs under two crossheads, caption and credit "
    "inside a sentence, the health officer's words cut by the running head, the pull quote between paragraphs); "
    "**`防蚊须知` glued under the feature** (numbered `(1)`…), `医生信箱` (`问：`/`答：`), `小词典`, the brief "
    "`诊所时间`, **each glued**.",
    DAY5, "11", ["拉江日报", f"{zh_day(DAY5)}　{weekday(DAY5)}　　第11版　家庭医药"],
    ["拉江日报　　诗巫新闻部电话：084-31 6652"],
    ["拉江日报", zh_day(DAY5), weekday(DAY5), "第11版　家庭医药", "拉江日报·家庭医药", "拉江日报",
     "诗巫新闻部电话：084-31 6652"],
    "拉江日报·家庭医药")
P5["articles"] = [
    feature(P5, "社区卫生", "全区大扫除　不给蚊子留家", "花园住宅区居民合力清除积水", "本报记者　黎诗韵", ["黎诗韵"], [
        f"（诗巫讯）上星期六，诗巫一个花园住宅区的居民和卫生局人员一起大扫除，挨家挨户检查了{HOUSES5}间住家，"
        f"找出{SITES5}处积水。",
        ("h", "花盆底下也有孑孓"),
        "积水多半藏在花盆底盘、废轮胎和堵塞的屋檐沟里，{cap}卫生人员当场倒掉积水，并在沟渠喷洒药物。",
        "县卫生局官员卓振邦说：“骨痛热症没有特效药，最好的办法就是不让蚊子繁殖，每个星期花十分钟检查家里就够了，"
        "这比生病以后{run}住院划算得多。”",
        "{pq}",
        "今年头两个月，这个住宅区出现了十一宗骨痛热症病例，比去年同期多，居民委员会因此决定每月大扫除一次。",
        ("h", "屡劝不听者将被罚款"),
        "卫生局提醒，屋内外被发现蚊子幼虫的住户，第一次给予警告，再犯者可被罚款最高五百令吉。",
        "居民委员会主席颜秀英说：“大家多出一点力，孩子们就能安心在草场上玩。”",
    ], "图为卫生局人员和居民一起检查屋檐沟里的积水。", "本报记者　黎诗韵　摄",
    "“每个星期花十分钟检查家里就够了。”", "——县卫生局官员　卓振邦"),
    box("防蚊须知", [
        "(1)每周倒空花盆底盘、水桶和废弃容器里的积水。",
        "(2)盖好储水缸，清理屋檐沟里的落叶。",
        "(3)白天外出穿浅色长袖衣裤，涂上防蚊液。",
        "(4)发烧、全身酸痛、出红疹，应尽快到诊所验血。",
    ], P5, glued=True),
    piece("医生信箱", [
        "问：得过一次骨痛热症，以后就不会再得了吗？",
        "答：不会。这种病毒有四种类型，第二次感染往往更严重，仍要小心防蚊。",
        "问：发烧时可以吃止痛药吗？",
        "答：可以吃退烧药，但不要自己服用阿司匹林一类的止痛药，以免加重出血。",
    ], glued=True),
    box("小词典", [
        "孑孓：蚊子的幼虫，生活在积水里，约一星期变成蚊子。",
        "骨痛热症：由伊蚊传播的病毒感染，又称登革热。",
        "血小板：血液中帮助止血的细胞，病人血小板下降须留院观察。",
    ], P5, glued=True),
    piece("诊所时间", [
        "花园住宅区卫生诊所星期一至星期五上午八时至下午五时开放，星期六开放至中午十二时，星期日及公共假期休息，"
        "发烧病人可随时到诊所免费验血。",
    ], glued=True),
]


# 6. UTF-16 BE with BOM city evening paper, CRLF, indent-only, glued: a children's hospital's asthma school.
DAY6 = date(2045, 6, 28)
TEST6 = date(2045, 7, 8)
ordered(DAY6, TEST6)
TERMS6, FAMILIES6 = 6, 30
ALL6 = TERMS6 * FAMILIES6
assert ALL6 == 180
P6 = zh_page(
    "zh_utf16be_bom_crlf_city_health_asthma_school_crossheads_caption_credit_run_head_midquote_pull_"
    "quote_indent_only_fact_box_qa_glossary_lung_test_glued",
    "utf-16-be", "\r\n", 22, False,
    f"渭滨晚报 {DAY6.isoformat()} 第7版 健康周刊 (an invented city evening paper), UTF-16 BE with BOM, CRLF; "
    "**indent-only**, wrapped at 22, **glued**: the feature (kicker `医院开课了`, title, deck, byline `本报记者　宋　宁　"
    "通讯员　钱　晓`, either name accepted; dateline lead, six paragraphs under two crossheads, the caption and credit "
    f"inside a sentence, the paediatrician's words cut by the running head, the pull quote between paragraphs; "
    f"{TERMS6} × {FAMILIES6} = {ALL6} families, asserted); **`哮喘知识` glued under the feature** (`①②③`), `答疑` "
    f"glued, `名词解释` glued, the brief `肺功能筛查` ({TEST6.month}月{TEST6.day}日{zhou(TEST6)}) glued.",
    DAY6, "7", ["渭滨晚报", f"{zh_day(DAY6)}　{weekday(DAY6)}　　第7版　健康周刊"],
    ["渭滨晚报社　　地址：渭滨市北大街56号"],
    ["渭滨晚报", zh_day(DAY6), weekday(DAY6), "第7版　健康周刊", "渭滨晚报·健康周刊", "渭滨晚报社",
     "地址：渭滨市北大街56号"],
    "渭滨晚报·健康周刊", bom=True)
P6["articles"] = [
    feature(P6, "医院开课了", "“哮喘学校”教孩子自己管呼吸", "两年六期，一百八十个家庭结业",
            "本报记者　宋　宁　通讯员　钱　晓", ["宋　宁", "宋宁", "钱　晓", "钱晓"], [
                f"本报讯　市儿童医院的“哮喘学校”开办两年，已办了{TERMS6}期，每期{FAMILIES6}个家庭，共{ALL6}个家庭结业。"
                "孩子和家长一起上课，学会在家里管好哮喘。",
                ("h", "先学会用吸入器"),
                "第一课是吸入器的用法，{cap}护士拿着透明的练习装置，一步一步教孩子呼气、含嘴、吸气、屏气。",
                "儿童呼吸科主任医师姜慕言说：“很多孩子病情反复，不是药不管用，而是吸入的方法不对，药根本没有"
                "{run}进到肺里。”",
                "{pq}",
                "课程还教家长记录“哮喘日记”，每天用峰流速仪测一次，数值下降就要提前用药，不必等到喘起来再跑急诊。",
                ("h", "急诊次数少了"),
                "医院统计，结业孩子一年里的急诊次数比入学前少了一半多，请病假的天数也明显减少。",
                "九岁的小雨以前每到换季就住院，今年春天第一次没有请假。她说：“我现在自己会看峰流速仪了。”",
            ], "图为护士在“哮喘学校”教孩子使用吸入器。", "市儿童医院供图",
            "“药根本没有进到肺里。”", "——市儿童医院儿童呼吸科主任医师　姜慕言"),
    box("哮喘知识", [
        "①哮喘是可以控制的慢性病，规律用药的孩子可以正常上学、运动。",
        "②家里不养带毛的宠物，床单被套每周用热水洗一次。",
        "③感冒、冷空气和剧烈运动都可能诱发发作，外出备好急救药。",
    ], P6, glued=True),
    piece("答疑", [
        "问：长期用激素吸入剂会影响孩子长个子吗？",
        "答：吸入剂用量很小，按医嘱使用对身高影响微乎其微，反复发作对孩子的伤害更大。",
        "问：孩子不喘了，可以停药吗？",
        "答：不要自行停药，应由医生评估后逐步减量。",
    ], glued=True),
    box("名词解释", [
        "吸入器：把药物变成细雾直接送到气道的装置。",
        "峰流速仪：测量用力呼气时最快气流的小仪器。",
        "激素吸入剂：控制气道炎症的常用药，剂量只有口服的几十分之一。",
    ], P6, glued=True),
    piece("肺功能筛查", [
        f"{TEST6.month}月{TEST6.day}日（{zhou(TEST6)}）上午，市儿童医院将在门诊大厅为五至十四岁、经常咳嗽或喘息的"
        "孩子免费做肺功能筛查，请提前一天电话预约，名额八十个。",
    ], glued=True),
]


# 7. Caddo (Binger, Oklahoma, USA), Windows-1252, CRLF, blank-line, glued: a tribal clinic's diabetic foot-care day.
DAY7 = date(2045, 4, 19)
CLINIC7 = date(2045, 4, 26)
ordered(DAY7, CLINIC7)
MORNING7, AFTERNOON7 = 38, 26
FEET7 = MORNING7 + AFTERNOON7
assert FEET7 == 64
P7 = latin_page(
    "cad_cp1252_crlf_caddo_health_diabetic_foot_care_crossheads_caption_credit_run_head_midquote_"
    "pull_quote_between_fact_box_qa_glossary_glued_hyphenation",
    "cp1252", "\r\n", 40, "", True,
    f"Washita Plains Courier {DAY7.isoformat()} Page 5 Health & Wellness (an invented weekly of Binger, Oklahoma; "
    "Caddo text, English furniture), **Windows-1252** (`“ ” — ·`), CRLF; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. The feature (kicker `Kahdih`, title, deck, byline `By Renee Hasinai Edge`; a `BINGER, Okla. —` "
    "dateline lead, six paragraphs under two crossheads, the caption and credit inside a sentence, the podiatrist's "
    f"“” words cut by the running head, the pull quote between paragraphs; {MORNING7} + {AFTERNOON7} = {FEET7} "
    "patients, asserted); **`Good to know` glued under the feature** (numbered), `Ask the doctor` (`Q:`/`A:`), "
    f"`Words to know`, the brief `Foot clinic` ({english(CLINIC7)}), **each glued**.",
    DAY7, "5", [f"WASHITA PLAINS COURIER · {english(DAY7)} · Page 5", "Health & Wellness · Editor: Dale Whitebead"],
    ["Washita Plains Courier · news@washitacourier.example"],
    ["WASHITA PLAINS COURIER", english(DAY7), "Page 5", "Health & Wellness", "Editor: Dale Whitebead",
     "Washita Plains Courier · Wellness", "Washita Plains Courier", "news@washitacourier.example"],
    "Washita Plains Courier · Wellness")
P7["articles"] = [
    feature(P7, "Kahdih", "Hasinai kakiwah: nah kuhuh kah’yuh", "Tribal clinic checks 64 pairs of feet in one day",
            "By Renee Hasinai Edge", ["Renee Hasinai Edge"], [
                syl(f"BINGER, Okla. — Hasinai clinic nah kuhuh daha’, podiatrist kakiwah {FEET7} hasinay kuhuh: "
                    f"{MORNING7} wahnah kakiwah, {AFTERNOON7} kiyahnah. Diabetes kuhuh nah ha'ahat inikawa’."),
                ("h", "Kuhuh kakiwah"),
                syl("Nah nurse kah’yuh tsahkawih, {cap}kuhuh kakiwah nah monofilament, daha’ ha'ahat naniyah."),
                syl("Podiatrist Dr. Carla Tsatoke kiwat: “Diabetes hasinay kuhuh kah’yuh, nah kakiwah "
                    "wahnah, ha'ahat naniyah tsahkawih, nah kuhuh ha'ahat {run}inikawa’.”"),
                "{pq}",
                syl("Hasinai clinic kakiwah kuhuh nah daha’: nah shoes, nah socks, nah ha'ahat naniyah "
                    "tsahkawih kiyahnah."),
                ("h", "Ha'ahat naniyah"),
                syl("Nah kakiwah hasinay kuhuh nah inikawa’, clinic appointments kiwat daha’ tsahkawih "
                    "wahnah kiyahnah."),
                syl("Elder Lorene Weller kiwat: “Hasinai kuhuh ha'ahat, nah daha’ kakiwah inikawa’.”"),
            ], "Dr. Carla Tsatoke checks an elder's feet at the clinic.", "Photo: Marcus Inkanish",
            "“Nah kakiwah wahnah, ha'ahat naniyah tsahkawih.”", "— Dr. Carla Tsatoke"),
    box("Good to know", [
        "1. Look at your feet every night: cuts, blisters, redness.",
        "2. Wear socks and closed shoes, even in the house.",
        "3. Keep your blood sugar in the range your doctor sets.",
    ], P7, glued=True),
    piece("Ask the doctor", [
        syl("Q: Nah kuhuh kah’yuh tsahkawih, hasinay kakiwah?"),
        syl("A: Kakiwah wahnah: nah clinic kiwat, nah kuhuh ha'ahat inikawa’."),
        syl("Q: Hasinay shoes nah daha’?"),
        syl("A: Clinic kiwat shoes nah ha'ahat, kuhuh naniyah tsahkawih."),
    ], glued=True),
    box("Words to know", [
        "Kuhuh — foot, feet.",
        "Podiatrist — a doctor for the feet.",
        "Monofilament — a thin nylon thread pressed on the foot to test feeling.",
    ], P7, glued=True),
    piece("Foot clinic", [
        syl(f"The next foot clinic is on {english(CLINIC7)}, from 9 a.m. to 3 p.m. at the Binger tribal clinic. "
            "Bring your medicine list and the shoes you wear most days; walk-ins are welcome."),
    ], glued=True),
]


# 8. Cocama (Nauta, Loreto, Peru), Mac OS Roman, CR, indent-only (four spaces), not glued: a malaria bed-net
#    campaign along the river.
ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


DAY8 = date(2045, 9, 6)
HOMES8, NETS8 = 410, 1230
assert NETS8 == HOMES8 * 3
P8 = latin_page(
    "cod_macroman_cr_cocama_health_malaria_bed_nets_crossheads_caption_credit_run_head_midquote_"
    "pull_quote_indent_only_four_spaces_box_qa_hours_hyphenation",
    "mac_roman", "\r", 38, "    ", False,
    f"Ipurari {DAY8.isoformat()} Página 4 Salud (an invented weekly of Nauta, Loreto, Peru; Cocama text, Spanish "
    "furniture), **Mac OS Roman** (`á é í ó ú ñ “ ” — ·`), **CR**; **indent-only (four spaces)**, wrapped at 38 with "
    "hyphenation, not glued. The feature (kicker `Tsenu`, title, deck in Spanish, byline `Por Rosa Yaicate`; a "
    "`NAUTA —` dateline lead, six paragraphs under two crossheads, the caption and credit inside a sentence, the "
    f"doctor's words cut by the running head, the pull quote between paragraphs; {HOMES8} × 3 = {NETS8} nets, "
    "asserted); then `Para saber` (`•`), `Pregunte al médico` (`P:`/`R:`), `Palabras`, the brief `Horario de la "
    "posta`, each after a blank line.",
    DAY8, "4", [f"IPURARI · {spanish(DAY8)} · Página 4", "Salud · Editora: Marlene Pacaya"],
    ["Ipurari · redaccion@ipurari.example.pe"],
    ["IPURARI", spanish(DAY8), "Página 4", "Salud", "Editora: Marlene Pacaya", "Ipurari · Salud", "Ipurari",
     "redaccion@ipurari.example.pe"],
    "Ipurari · Salud")
P8["articles"] = [
    feature(P8, "Tsenu", "Mosquitero tsenura: ikian uri tapiara", f"Reparten {NETS8:,} mosquiteros en caseríos del Marañón".replace(",", "."),
            "Por Rosa Yaicate", ["Rosa Yaicate"], [
                syl(f"NAUTA — Posta médica yaukuara {NETS8} mosquitero, {HOMES8} tapiara kuarachi ukaiaria, "
                    "mutsanaka tsenura yauki. Ikian mosquiteroka ipurarikuaria malariaka tsenukatupa."),
                ("h", "Ikian uri tapiara"),
                syl("Promotora de salud yaukuara, {cap}mosquitero tsenura ukaiaria yakari, tapiara ritamakuara."),
                syl("Dr. Julio Tapullima ikua: “Malaria ikian ipurari yakari, mosquiteroka tsenukatupa, "
                    "kuarachi ukaiaria mutsanaka {run}yauki.”"),
                "{pq}",
                syl("Tapiara kuarachi ipurarikuaria: mosquiteroka yakari, mutsanaka ritamakuara, posta médica "
                    "ukaiaria."),
                ("h", "Tsenura ritamakuara"),
                syl("Promotorakana ikua mosquitero ukaiaria tsenura yakari, kuarachi ipurari mutsanaka "
                    "yaukuara."),
                syl("Ikian tapiara Elvira Tamani ikua: “Mosquiteroka ukaiaria, ipurari yakari tsenukatupa.”"),
            ], "Una promotora de salud muestra cómo colgar el mosquitero.", "Foto: Wilder Canayo",
            "“Mosquiteroka tsenukatupa, mutsanaka yauki.”", "— Dr. Julio Tapullima"),
    box("Para saber", [
        "• Duerma siempre bajo el mosquitero, también los niños.",
        "• Revise el mosquitero cada semana y cosa los huecos.",
        "• Si tiene fiebre y escalofríos, vaya a la posta el mismo día.",
    ], P8),
    piece("Pregunte al médico", [
        syl("P: ¿Mosquiteroka ikian yakari ukaiaria?"),
        syl("R: Ukaiaria tsenura, kuarachi ipurari yakari mutsanaka."),
        syl("P: ¿Malaria ritamakuara posta médica?"),
        syl("R: Posta médica mutsanaka yauki, ipurari tsenukatupa."),
    ]),
    box("Palabras", [
        "Tsenu — enfermedad, el que está enfermo.",
        "Mutsana — remedio, medicina.",
        "Tapiara — caserío, comunidad de la orilla.",
    ], P8),
    piece("Horario de la posta", [
        syl("La posta médica de Nauta atiende de lunes a sábado, de 7 a.m. a 7 p.m.; la prueba de malaria "
            "es gratuita y el resultado se entrega en media hora."),
    ]),
]


# 9. 'Are'are (Afio, South Malaita, Solomon Islands), UTF-8 with BOM, LF, blank-line, glued: a clinic's waiting house
#    for mothers near their time.
DAY9 = date(2045, 7, 20)
DAY_OPEN9 = date(2045, 7, 25)
ordered(DAY9, DAY_OPEN9)
BEDS9, ROOMS9 = 12, 4
assert BEDS9 == ROOMS9 * 3
P9 = latin_page(
    "alu_utf8_bom_lf_areare_health_mothers_waiting_house_crossheads_caption_credit_run_head_midquote_"
    "pull_quote_between_fact_box_qa_glossary_glued_hyphenation",
    "utf-8", "\n", 41, "", True,
    f"Rongo Malaita {DAY9.isoformat()} Page 6 Health (an invented weekly of Auki, Malaita; 'Are'are text from the "
    "south of the island, English furniture), UTF-8 with BOM (`“ ” — · ā`), LF; blank-line paragraphs, wrapped at 41 "
    "with hyphenation. The feature (kicker `Hanua`, title, deck, byline `By Janet Houasi`; an `AFIO —` dateline lead, "
    "six paragraphs under two crossheads, the caption and credit inside a sentence, the midwife's words cut by the "
    f"running head, the pull quote between paragraphs; {ROOMS9} × 3 = {BEDS9} beds, asserted); **`Facts` glued under "
    f"the feature** (`-` points), `Ask the nurse` (`Q:`/`A:`), `Words`, the brief `Antenatal day` "
    f"({english(DAY_OPEN9)}), **each glued**.",
    DAY9, "6", [f"RONGO MALAITA · {english(DAY9)} · Page 6", "Health · Editor: Moses Ha'apio"],
    ["Rongo Malaita · news@rongomalaita.example.sb"],
    ["RONGO MALAITA", english(DAY9), "Page 6", "Health", "Editor: Moses Ha'apio", "Rongo Malaita · Health",
     "Rongo Malaita", "news@rongomalaita.example.sb"],
    "Rongo Malaita · Health", bom=True)
P9["articles"] = [
    feature(P9, "Hanua", "Nima ni 'urao hā'ina i Afio", "A waiting house for mothers opens beside the clinic",
            "By Janet Houasi", ["Janet Houasi"], [
                syl(f"AFIO — Nima ni 'urao hā'ina ka ta'e i Afio, {ROOMS9} ruma, {BEDS9} peta. Keni ni 'urao "
                    "hā'ina ka noni mai hanua 'ana'ana, ka ta'e kirikiri ana nima ni waiwaiaraha."),
                ("h", "Keni ka noni mai"),
                syl("Keni 'urao ka kirikiri mai hanua, {cap}ka noni i nima ni 'urao hā'ina 'oro hiru ka ta'e."),
                syl("Midwife Grace Toritaha ka sae: “Keni ni 'urao hā'ina ka kirikiri mai, ana nima ni "
                    "waiwaiaraha ka ta'e 'ana'ana, ka ni ta'eta'e {run}manakauaraha.”"),
                "{pq}",
                syl("Nima ni waiwaiaraha ka ta'e hanua 'ana'ana; keni ka noni, midwife ka kirikiri ana "
                    "manakauaraha."),
                ("h", "Hanua ka ta'e"),
                syl("Mane ni hanua ka ta'e nima, ka kirikiri peta, ka noni manakauaraha ana keni ni 'urao."),
                syl("Keni Lucy Waiparo ka sae: “Ku noni i nima, ku kirikiri ana hanua, waiwaiaraha ka ta'e.”"),
            ], "Mothers rest on the veranda of the new waiting house.", "Photo: Afio Clinic",
            "“Nima ni waiwaiaraha ka ta'e 'ana'ana.”", "— Grace Toritaha, midwife"),
    box("Facts", [
        "- The house has four rooms and a kitchen; families bring food.",
        "- Mothers may come two weeks before the baby is due.",
        "- A midwife sleeps at the clinic every night.",
    ], P9, glued=True),
    piece("Ask the nurse", [
        syl("Q: Keni ka noni 'oro hiru i nima ni 'urao hā'ina?"),
        syl("A: Ka noni ruarua wiki, midwife ka kirikiri manakauaraha."),
        syl("Q: Mane ka noni i nima?"),
        syl("A: Mane ka ta'e hanua, keni ka noni ana nima."),
    ], glued=True),
    box("Words", [
        "'Urao — a woman soon to give birth.",
        "Nima — house.",
        "Antenatal check — the visits to the clinic before the birth.",
    ], P9, glued=True),
    piece("Antenatal day", [
        syl(f"The clinic holds its antenatal day on {english(DAY_OPEN9)} from 8 a.m.; every pregnant woman of the "
            "Afio area is welcome, with her clinic book."),
    ], glued=True),
]


# 10. Anufo (Chereponi, Northern Ghana), UTF-16 LE with BOM, CRLF, indent-only (three spaces), not glued: a health
#     centre's snakebite treatment and antivenom store.
DAY10 = date(2045, 12, 6)
OPEN10 = date(2045, 12, 9)
ordered(DAY10, OPEN10)
CASES10, SAVED10, SENT10 = 31, 27, 4
assert SAVED10 + SENT10 == CASES10
P10 = latin_page(
    "cko_utf16le_bom_crlf_anufo_health_snakebite_antivenom_crossheads_caption_credit_run_head_midquote_"
    "pull_quote_indent_only_three_spaces_box_qa_hyphenation",
    "utf-16-le", "\r\n", 40, "   ", False,
    f"Anufo Nsɛm {DAY10.isoformat()} Page 3 Health (an invented weekly of Chereponi, Northern Ghana; Anufo text with "
    "`ɔ ɛ`, English furniture), UTF-16 LE with BOM, CRLF; **indent-only (three spaces)**, wrapped at 40 with "
    "hyphenation, not glued. The feature (kicker `Ayalɛ`, title, deck, byline `By Abiba Kanjarga`; a `CHEREPONI —` "
    "dateline lead, six paragraphs under two crossheads, the caption and credit inside a sentence, the doctor's "
    f"words cut by the running head, the pull quote between paragraphs; {SAVED10} + {SENT10} = {CASES10} bites, "
    "asserted); then `Know this` (numbered), `Nurse's answers` (`Q:`/`A:`), `Words`, the brief `Clinic hours`, each "
    "after a blank line.",
    DAY10, "3", [f"ANUFO NSƐM · {english(DAY10)} · Page 3", "Health · Editor: Yakubu Mamprusi"],
    ["Anufo Nsɛm · desk@anufonsem.example.gh"],
    ["ANUFO NSƐM", english(DAY10), "Page 3", "Health", "Editor: Yakubu Mamprusi", "Anufo Nsɛm · Health",
     "Anufo Nsɛm", "desk@anufonsem.example.gh"],
    "Anufo Nsɛm · Health", bom=True)
P10["articles"] = [
    feature(P10, "Ayalɛ", "Ɔwɔ kaa: ayalɛbɔlɛ wɔ Chereponi", "Health centre keeps antivenom through the farming season",
            "By Abiba Kanjarga", ["Abiba Kanjarga"], [
                syl(f"CHEREPONI — Ayalɛbɔlɛ ne wɔ Chereponi, ɔwɔ kaa sranɛ {CASES10} afoɛ: {SAVED10} bɛ tɛ "
                    f"kɔkɔɔ, {SENT10} bɛ dɛ bɛ kɔ Tamale. Antivenom ne sua ayalɛbɔlɛ nu kɛ ɔwɔ kaa sranɛ."),
                ("h", "Ɔwɔ kaa sranɛ"),
                syl("Nurse ne fa antivenom, {cap}ɔ kɔ ayalɛbɔlɛ ne nu, ɔ ka sranɛ ne nɛ ayalɛ kɔkɔɔ."),
                syl("Dr. Fuseini Alhassan se: “Ɔwɔ kaa sranɛ a, ɔ ba ayalɛbɔlɛ nu ntɛntɛm, antivenom "
                    "ne wɔ, ɔ tɛ {run}kɔkɔɔ.”"),
                "{pq}",
                syl("Ayalɛbɔlɛ ne sua antivenom ne wɔ fridge nu; asaafoɛ ne kɔ afuo nu kɛ ɔwɔ kaa bɛ."),
                ("h", "Asaafoɛ ne sua"),
                syl("Nurse ne kɔ akuraa nu, ɔ kyerɛ asaafoɛ ne kɛ bɛ fa sranɛ ne ba ayalɛbɔlɛ nu "
                    "ntɛntɛm, bɛ ambɔ ayalɛ afoɛ."),
                syl("Afuofoɛ Issah Bawa se: “Ɔwɔ kaa me, me ba ayalɛbɔlɛ nu ntɛntɛm, me tɛ kɔkɔɔ.”"),
            ], "A nurse checks the antivenom store at Chereponi.", "Photo: Ghana Health Service",
            "“Ɔ ba ayalɛbɔlɛ nu ntɛntɛm.”", "— Dr. Fuseini Alhassan"),
    box("Know this", [
        "1. Keep the bitten limb still and lower than the heart.",
        "2. Do not cut the bite, suck it or tie a rope above it.",
        "3. Go to the health centre at once, even at night.",
        "4. Wear boots and carry a torch on the farm path after dark.",
    ], P10),
    piece("Nurse's answers", [
        syl("Q: Ɔwɔ kaa sranɛ, bɛ fa aduro afiɛ?"),
        syl("A: Daabi. Bɛ fa sranɛ ne ba ayalɛbɔlɛ nu ntɛntɛm."),
        syl("Q: Antivenom ne tua sika?"),
        syl("A: Daabi, ayalɛbɔlɛ ne fa ma kɔkɔɔ."),
    ]),
    box("Words", [
        "Ayalɛbɔlɛ — the health centre.",
        "Ɔwɔ — snake.",
        "Antivenom — the medicine against a snake's poison.",
    ], P10),
    piece("Clinic hours", [
        syl(f"From {english(OPEN10)}, the Chereponi health centre keeps its emergency room open day and night "
            "through the dry season; the outpatient clinic runs from 8 a.m. to 4 p.m., Monday to Friday."),
    ]),
]

assert EN[DAY7.weekday()] == "Wednesday" and EN[DAY9.weekday()] == "Thursday"

PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
