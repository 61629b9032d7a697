"""The text of every holdout172 page, written once: make_holdout172_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-170 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here a column's foot signature,
its byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156/157/166/170 used them);
`Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's labelled item set solid, and the
notice's foot, the issuer and the date each set flush right (the issuer the notice's byline, the date its last
paragraph); `"runin": sep` runs a brief's head into its paragraph (holdout151's `briefs()`, as 166 used it).
Every page is a health and clinics page: a report on a new clinic, a health drive or a screening day (kicker or deck,
title, byline, a nurse's or doctor's quotation cut by the running head, a caption with its credit inside a
sentence), a table of clinic hours under its label (clinic, days, hours, telephone; a header row on some pages; a
footnote row under it), a doctor's column or an ask-the-doctor column (question and answer turns run in) signed at
its foot by the doctor with title and post, a boxed notice of a free screening or vaccination round between two rule
lines (who, where, when, what to bring, the issuing health office and date at its foot), and three health briefs
with run-in heads under a label. Weekdays and sums are computed and asserted. All papers, clinics, health offices,
people, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    WEEKDAYS_ZH,
    aligned,
    boxed_notice,
    english,
    indonesian,
    md,
    ordered,
    swahili,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker=None, subtitle=None):
    """The health report: kicker (or a deck, the subtitle), title, byline (as printed, then the name), caption and
    credit."""
    art = {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
           "body": body}
    if kicker:
        art["kicker"] = kicker
    if subtitle:
        art["subtitle"] = subtitle
    return art


def hours(label, rows, note, glued=False):
    """A table of clinic hours under its label: the label is the title, one paragraph per printed row (the header
    row included, holdout166's and 170's tables), the footnote line under it the last row (holdout75's `註：` row)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows + [note]]}
    if glued:
        art["glued"] = True
    return art


def column(label, title, body, signature, names):
    """A doctor's column or ask-the-doctor column: the label its section (none accepted; kicker accepted), the head its
    title, each question and answer turn one paragraph with its turn word, the foot signature its byline as printed
    (the name alone accepted), never a paragraph (holdout170's, from 152's)."""
    return {"lines": [label, title], "section": [label, None], "kicker": [None, label], "title": title,
            "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}


def briefs(label, items, runin, glued=False):
    """A briefs column (holdout151's, as 166's): the label, printed once, is the first brief's section (none
    accepted) and accepted on the others; the kicker is accepted on every brief; each run-in head is its brief's
    title."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK county paper: a new community health station opens; the clinic hours glued under the report's last line
#    (a header row); a doctor's column; a free blood-sugar screening box; run-in briefs glued under the box's foot.
DAY1 = date(2043, 3, 11)
SIGN1, SCREEN1 = date(2043, 3, 9), date(2043, 3, 21)
ordered(SIGN1, DAY1, SCREEN1)
BUILD1, KIT1 = 82, 38
assert BUILD1 + KIT1 == 120
ZH_RULE21 = "─" * 21
STATION_PAGE = {
    "name": "zh_gbk_crlf_county_health_page_new_community_health_station_report_kicker_byline_caption_credit_running_head_nurse_midquote_glued_clinic_hours_header_footnote_signed_doctor_column_screening_box_glued_runin_briefs",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "沩岭晚报 2043-03-11 第6版 卫生天地 (a county paper's health page), GBK, CRLF; blank-line paragraphs, wrapped "
    "at 21. A report on a new community health station (kicker `民生实事`, title with a full-width gap, byline line, a "
    "caption and its credit inside a sentence, the head nurse's “” words cut by the running head before `排队。”`; "
    f"{BUILD1} + {KIT1} = {BUILD1 + KIT1} 万元, asserted); then, **with no blank line under the report's last line**, "
    "the clinic hours `门诊时间` (a header row `门诊　日期　时间　电话`, three rows, the footnote row `*节假日另行通知`); "
    "a doctor's column `医生手记` signed at its foot with post and title; a free blood-sugar screening notice between "
    "two rule lines (who, when, where, what to bring; the office and date flush right); then, **with no blank line "
    "under the box's foot rule**, the label `健康简讯` over three briefs whose heads are run in after a full-width space.",
    "date": "2043-03-11", "page": "6",
    "head": ["沩岭晚报", f"2043年3月11日　{weekday(DAY1)}　　第6版　卫生天地　　编辑：骆　沄"],
    "foot": ["沩岭晚报社　　新闻热线：0745-6631208"],
    "furniture": ["沩岭晚报", "2043年3月11日", weekday(DAY1), "第6版", "卫生天地", "编辑：骆　沄", "沩岭晚报·卫生天地",
                  "沩岭晚报社", "新闻热线：0745-6631208"],
    "run": ["沩岭晚报·卫生天地"], "labels": [], "markup": [ZH_RULE21] * 2,
}
STATION_PAGE["articles"] = [
    report(["民生实事", "柘坪社区卫生服务站开诊", "本报记者　缪　汐"], "柘坪社区卫生服务站开诊",
           ["本报记者　缪　汐", "缪　汐", "缪汐"], ["护士为老人测量血压。"], ["（本报记者　缪　汐　摄）"],
           [f"本周一，沩岭县柘坪社区卫生服务站正式开诊。服务站由旧村委会办公楼改建，装修投入{BUILD1}万元，添置设备"
            f"{KIT1}万元，共{BUILD1 + KIT1}万元，设有全科诊室、预防接种室和康复理疗室。",
            "开诊第一天，前来看病和咨询的居民排起了长队，{cap}候诊区里坐满了拿着医保卡的街坊。",
            "护士长邵静怡说：“以前量个血压、测个血糖都要坐半小时车去县医院，现在家门口就能做，老人再也不用起早"
            "{run}排队。”"], kicker="民生实事"),
    hours("门诊时间", ["门诊　日期　时间　电话", "全科门诊　周一至周六　8:00-17:30　0745-6632120",
                   "预防接种　周二、周四　8:30-11:30　0745-6632123", "中医理疗　周三、周五　14:00-17:00　0745-6632125"],
          "*节假日另行通知", glued=True),
    column("医生手记", "春天量血压　早晚各一次", [
        "春季早晚温差大，血压容易波动。有高血压的老人，最好每天早上起床后、晚上睡觉前各量一次，记在本子上，复诊时带给医生看。",
        "量血压前先安静坐五分钟，不要喝浓茶和咖啡。降压药要按时吃，不要觉得头不晕了就自己停药。",
    ], "沩岭县人民医院心内科　主治医师　阮　桐", ["阮　桐", "阮桐"]),
    boxed_notice(STATION_PAGE, ZH_RULE21, "免费测血糖通知",
           ["对象：本社区60岁以上居民", f"时间：{md(SCREEN1)}（{zhou(SCREEN1)}）上午7:30-10:30，请空腹前来",
            "地点：柘坪社区卫生服务站一楼大厅", "携带：身份证、医保卡，以往的化验单"],
           "沩岭县卫生健康局", f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    *briefs("健康简讯", [
        ("春季接种提醒", "3月起，各乡镇卫生院开设周末接种门诊，家长可通过电话预约。"),
        ("义诊进村", "县中医院专家每月第二个周六到偏远村组义诊，免费测血压、讲解用药。"),
        ("母婴室启用", "县妇幼保健院门诊楼新设母婴室，配有护理台和温水。"),
    ], "\u3000", glued=True),
]


# 2. GB18030 town paper: dentists visit the schools for free mouth check-ups; a deck under the title; the clinic hours
#    without a header; an ask-the-doctor column (问/答); a sealant booking box; briefs. Indent-only, not glued.
RARE = "\u3c00"  # 㰀, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2043, 5, 20)
SIGN2, SEAL2 = date(2043, 5, 18), date(2043, 5, 30)
ordered(SIGN2, DAY2, SEAL2)
PUPILS2, CARIES2 = 1260, 214
CLEAN2 = PUPILS2 - CARIES2
assert CLEAN2 == 1046
TEETH_PAGE = {
    "name": "zh_gb18030_lf_town_health_page_school_dental_checkups_report_deck_rare_char_byline_caption_credit_running_head_dentist_midquote_indent_only_clinic_hours_no_header_footnote_ask_the_doctor_qa_signed_sealant_box_runin_briefs",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"浛江日报 2043-05-20 第7版 健康生活 (a county daily's page; `{RARE}` U+3C00, CJK Extension A, in the reporter's "
    f"name `岑　{RARE}`; in GB18030, not in GBK), LF; **indent-only** paragraphs, wrapped at 21. A report on dentists' "
    "free mouth check-ups in the town's schools (title, **a deck under it** (the subtitle), byline line, a caption and "
    f"its credit inside a sentence, the dentist's “” words cut by the running head before `刷牙。”`; {CARIES2} + "
    f"{CLEAN2} = {PUPILS2} pupils, asserted); then, after a blank line, the clinic hours `口腔门诊时间` (**no header "
    "row**, a footnote row `*节假日另行通知`); an ask-the-doctor column `医生信箱` (`问：`/`答：` turns, the doctor's "
    "signature at its foot); a booking notice for free sealants between two rule lines; the label `卫生动态` over three "
    "briefs run in after a full-width space.",
    "date": "2043-05-20", "page": "7",
    "head": ["浛江日报", f"2043年5月20日　{weekday(DAY2)}　　第7版　健康生活"],
    "foot": ["浛江日报社　　地址：浛江县滨河路27号　　邮编：437118"],
    "furniture": ["浛江日报", "2043年5月20日", weekday(DAY2), "第7版", "健康生活", "浛江日报·健康生活", "浛江日报社",
                  "地址：浛江县滨河路27号", "邮编：437118"],
    "run": ["浛江日报·健康生活"], "labels": [], "markup": [ZH_RULE21] * 2,
}
TEETH_PAGE["articles"] = [
    report(["牙医进校园　千名学生查口腔", "镇卫生院为六所小学学生免费检查牙齿", f"本报记者　岑　{RARE}"],
           "牙医进校园　千名学生查口腔", [f"本报记者　岑　{RARE}", f"岑　{RARE}", f"岑{RARE}"],
           ["牙医为学生检查牙齿。"], [f"（本报记者　岑　{RARE}　摄）"],
           [f"本月上旬，浛口镇卫生院口腔科的医生走进全镇六所小学，为{PUPILS2}名学生免费检查口腔。检查发现，"
            f"{CARIES2}名学生有龋齿，其余{CLEAN2}名学生牙齿健康，检查结果已由班主任发给家长。",
            "检查在各校的卫生室进行，{cap}学生们排队张大嘴巴，不少孩子还是第一次看牙医。",
            "口腔科医师龚棣说：“孩子的蛀牙大多是因为睡前吃零食、刷牙不认真。家长最好每天晚上陪孩子认认真真"
            "{run}刷牙。”"], subtitle="镇卫生院为六所小学学生免费检查牙齿"),
    hours("口腔门诊时间", ["镇卫生院口腔科　周一至周五　8:00-12:00　0718-3527406",
                     "镇卫生院口腔科　周六　8:00-11:00　0718-3527406", "杏坪村卫生室　每月10日、25日　9:00-11:30　0718-3529013"],
          "*节假日另行通知"),
    column("医生信箱", "孩子换牙要注意什么？", [
        "问：我家孩子七岁，门牙松了还没掉，里面的新牙已经长出来了，要不要去医院拔掉？（浛口镇　一位家长）",
        "答：新牙从旧牙后面长出来，俗称“双排牙”，这在换牙期很常见。旧牙松动明显的，可以等它自己脱落；如果一个月还不掉，请带孩子到口腔科看看。",
        "问：换牙期间能不能吃糖？",
        "答：可以少量吃，但吃完要漱口，睡前刷牙后就不要再吃东西了。",
    ], "浛口镇卫生院口腔科　医师　龚　棣", ["龚　棣", "龚棣"]),
    boxed_notice(TEETH_PAGE, ZH_RULE21, "免费窝沟封闭预约",
           ["对象：本镇小学一年级、二年级学生", f"时间：{md(SEAL2)}（{zhou(SEAL2)}）上午8:30起",
            "地点：浛口镇卫生院门诊楼二楼口腔科", "携带：儿童预防接种证，由家长陪同"],
           "浛口镇卫生院", f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    *briefs("卫生动态", [
        ("儿童体检", "镇卫生院为全镇3岁至6岁儿童免费体检，各幼儿园将统一安排时间。"),
        ("家庭医生签约", "杏坪村、石桥村村民可到村卫生室签约家庭医生，签约后每年免费体检一次。"),
        ("爱牙讲座", "本月28日下午，镇卫生院在文化站举办爱牙讲座，欢迎家长带孩子参加。"),
    ], "\u3000"),
]


# 3. Big5 Taiwan township paper: an adult health-check day at the township health station; the clinic hours glued
#    under the report (a header row); a doctor's column; a free flu-jab box; briefs glued under the box's foot.
DAY3 = date(2043, 9, 16)
SIGN3, JAB3 = date(2043, 9, 14), date(2043, 10, 3)
ordered(SIGN3, DAY3, JAB3)
assert DAY3.year - 1911 == 132
WOMEN3, MEN3 = 178, 134
assert WOMEN3 + MEN3 == 312
ZH_RULE20 = "─" * 20
CHECK_PAGE = {
    "name": "zht_big5_cr_taiwan_health_page_township_health_check_day_report_kicker_byline_caption_credit_running_head_head_nurse_midquote_glued_clinic_hours_header_footnote_signed_doctor_column_flu_jab_box_glued_runin_briefs",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "霞濱日報 2043-09-16 (`中華民國132年9月16日`) B3 醫藥保健 (an invented township paper of Pingtung county, "
    "Taiwan), Big5, CR; blank-line paragraphs, wrapped at 20. A report on a health-check day at the (invented) 枋溪 "
    "township health station (kicker `社區健檢`, title with a full-width gap, byline line `記者鍾雅雯／屏東報導`, a "
    "caption and its credit inside a sentence, the head nurse's 「」 words cut by the running head before `健檢。」`; "
    f"{WOMEN3} + {MEN3} = {WOMEN3 + MEN3}, asserted); then, **with no blank line under the report's last line**, the "
    "clinic hours `門診時間` (a header row, a footnote row `＊國定假日休診`); a doctor's column `醫師專欄` signed at its "
    "foot; a free flu-jab notice between two rule lines; then, **with no blank line under the box's foot rule**, the "
    "label `保健快訊` over three briefs run in after a full-width space.",
    "date": "2043-09-16", "page": "B3",
    "head": [f"霞濱日報　中華民國132年9月16日　{weekday(DAY3)}", "B3　醫藥保健　　編輯：莊佩綺"],
    "foot": ["霞濱日報社　讀者服務專線：(08)872-6614"],
    "furniture": ["霞濱日報", "中華民國132年9月16日", weekday(DAY3), "B3", "醫藥保健", "編輯：莊佩綺", "霞濱日報．醫藥保健",
                  "霞濱日報社", "讀者服務專線：(08)872-6614"],
    "run": ["霞濱日報．醫藥保健"], "labels": [], "markup": [ZH_RULE20] * 2,
}
CHECK_PAGE["articles"] = [
    report(["社區健檢", "衛生所健檢日　三百鄉親到場", "記者鍾雅雯／屏東報導"], "衛生所健檢日　三百鄉親到場",
           ["記者鍾雅雯／屏東報導", "鍾雅雯"], ["護理師為長者抽血。"], ["（記者鍾雅雯攝）"],
           [f"枋溪鄉衛生所前天舉辦成人健檢日，一早就有鄉親排隊報到，全天共有{WOMEN3 + MEN3}人受檢，其中女性{WOMEN3}人、"
            f"男性{MEN3}人，檢查項目包括血壓、血糖、膽固醇和骨質密度。",
            "衛生所把活動中心布置成檢查站，{cap}志工在一旁協助長者填寫問卷。",
            "護理長林素珍說，「很多阿公阿嬤覺得自己沒病就不用檢查，其實高血壓、高血糖早期沒有感覺，所以每年都要來"
            "{run}健檢。」"], kicker="社區健檢"),
    hours("門診時間", ["門診　星期　時間　電話", "一般內科　週一至週五　8:00-12:00　(08)872-3310",
                   "兒童預防接種　週二、週四　14:00-16:30　(08)872-3312", "牙科　週三、週六　8:30-11:30　(08)872-3315"],
          "＊國定假日休診", glued=True),
    column("醫師專欄", "秋老虎發威　喝水少量多次", [
        "九月天氣仍然炎熱，長者口渴的感覺比較遲鈍，常常等到頭暈才想到喝水。建議每天喝水一千五百毫升左右，分成多次慢慢喝。",
        "在田裡工作要戴斗笠、穿淺色衣服，中午最熱的時候先休息。如果出現頭痛、噁心，要馬上到陰涼處坐下，必要時就醫。",
    ], "枋溪鄉衛生所　主治醫師　潘志遠", ["潘志遠"]),
    boxed_notice(CHECK_PAGE, ZH_RULE20, "公費流感疫苗接種",
           ["對象：六十五歲以上長者、國小學童", f"時間：{JAB3.month}月{JAB3.day}日（週{WEEKDAYS_ZH[JAB3.weekday()]}）上午8時至11時30分",
            "地點：枋溪鄉衛生所一樓", "攜帶：健保卡、身分證"],
           "枋溪鄉衛生所", f"中華民國132年{SIGN3.month}月{SIGN3.day}日"),
    *briefs("保健快訊", [
        ("巡迴醫療車", "每週五上午，醫療車開到山腳村活動中心，提供看診與量血壓。"),
        ("戒菸門診", "衛生所每週三晚間開設戒菸門診，免費提供諮詢。"),
        ("母乳哺育", "衛生所二樓哺乳室重新整理完成，歡迎媽媽使用。"),
    ], "\u3000", glued=True),
]


# 4. Big5-HKSCS Hong Kong weekly, Cantonese: a flu-jab day for elders at a community health centre; the clinic hours
#    (a header row); an ask-the-doctor column (問/答); a free dental check box; briefs. Indent-only, not glued.
DAY4 = date(2043, 10, 22)
SIGN4, TEETH4 = date(2043, 10, 19), date(2043, 11, 7)
ordered(SIGN4, DAY4, TEETH4)
ELDERS4, KIDS4 = 185, 75
assert ELDERS4 + KIDS4 == 260
JAB_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_health_page_elderly_flu_jab_day_cantonese_report_kicker_byline_caption_credit_running_head_nurse_midquote_indent_only_clinic_hours_header_footnote_ask_the_doctor_qa_signed_dental_box_runin_briefs",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "霖岸週報 2043-10-22 第6頁 健康醫藥 (an invented Hong Kong district weekly; the district 霖岸 and its health "
    "centre invented), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, "
    "wrapped at 20. A report on a flu-jab day for elders and children at a community health centre (kicker `打針日`, "
    "title, byline line, a caption and its credit inside a sentence, the nurse's 「」 words cut by the running head "
    f"before `打針。」`; {ELDERS4} + {KIDS4} = {ELDERS4 + KIDS4}, asserted); then, after a blank line, the clinic hours "
    "`診所時間` (a header row, a footnote row `＊公眾假期休息`); an ask-the-doctor column `問醫生` (`問：`/`答：` turns, "
    "signed at its foot); a free dental-check notice between two rule lines; the label `健康快訊` over three briefs.",
    "date": "2043-10-22", "page": "6",
    "head": ["霖岸週報", f"2043年10月22日　{weekday(DAY4)}　　第6頁　健康醫藥"],
    "foot": ["霖岸週報　　讀者熱線：2718 4063"],
    "furniture": ["霖岸週報", "2043年10月22日", weekday(DAY4), "第6頁", "健康醫藥", "霖岸週報．健康醫藥", "霖岸週報", "讀者熱線：2718 4063"],
    "run": ["霖岸週報．健康醫藥"], "labels": [], "markup": [ZH_RULE20] * 2,
}
JAB_PAGE["articles"] = [
    report(["打針日", "流感針日　街坊排隊打針", "記者　麥綺澄"], "流感針日　街坊排隊打針",
           ["記者　麥綺澄", "麥綺澄"], ["護士為婆婆打流感針。"], ["（記者　麥綺澄　攝）"],
           [f"霖岸社區健康中心上星期六舉辦流感疫苗接種日，一日之內共有{ELDERS4 + KIDS4}人打咗針，當中長者{ELDERS4}人、"
            f"小朋友{KIDS4}人。好多街坊一早嚟排隊，中心要加開兩個接種位。",
            "接種位設喺中心地下，{cap}打完針嘅長者要坐低休息十五分鐘先可以走。",
            "護士劉嘉儀話：「天氣轉涼，流感季節就嚟，長者同小朋友最好喺十一月之前打咗針。打完有啲手痛係正常，唔使驚，"
            "記住每年都要{run}打針。」"], kicker="打針日"),
    hours("診所時間", ["診所　日子　時間　電話", "霖岸社區健康中心　星期一至六　9:00-17:00　2718 5520",
                   "長者健康中心　星期一至五　8:30-16:30　2718 5538", "牙科診所　星期三　9:00-12:00　2718 5541"],
          "＊公眾假期休息"),
    column("問醫生", "打完流感針仲會唔會感冒？", [
        "問：我阿媽八十歲，舊年打咗流感針，但係冬天都有感冒，今年仲使唔使打？（霖岸　陳小姐）",
        "答：流感針係預防流行性感冒，唔係預防所有傷風感冒。打咗針，就算中咗流感，病情通常都會輕啲，所以長者每年都應該打。",
        "問：佢有高血壓，打針之前要注意啲乜？",
        "答：照平時食藥就得，打針嗰日帶埋覆診卡，話俾醫生知你食緊啲乜藥。",
    ], "霖岸社區健康中心　醫生　譚卓朗", ["譚卓朗"]),
    boxed_notice(JAB_PAGE, ZH_RULE20, "免費長者牙科檢查",
           ["對象：六十五歲以上、住喺霖岸區嘅長者", f"日期：{TEETH4.month}月{TEETH4.day}日（禮拜{WEEKDAYS_ZH[TEETH4.weekday()]}）上午9時至12時",
            "地點：霖岸社區健康中心二樓", "攜帶：身份證、長者咭"],
           "霖岸社區健康中心", f"{SIGN4.year}年{SIGN4.month}月{SIGN4.day}日"),
    *briefs("健康快訊", [
        ("行山飲水", "天氣仲熱，行山記得帶夠水，唔好一個人去。"),
        ("免費量血壓", "每個禮拜三下晝，健康中心喺街市門口擺檔幫街坊量血壓。"),
        ("戒煙熱線", "健康中心設有戒煙輔導，有興趣嘅街坊可以致電查詢。"),
    ], "\u3000"),
]


# 5. UTF-8 Malaysian daily (Johor Bahru): a free eye-screening day at a family clinic; the clinic hours glued under the
#    report (a header row); a doctor's column on heat and water; a free bone-density screening box; briefs glued.
DAY5 = date(2043, 8, 12)
SIGN5, BONE5 = date(2043, 8, 10), date(2043, 8, 23)
ordered(SIGN5, DAY5, BONE5)
SEEN5, GLASSES5 = 430, 96
assert SEEN5 - GLASSES5 == 334
EYE_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_health_page_free_eye_screening_report_kicker_byline_dateline_caption_credit_running_head_optometrist_midquote_glued_clinic_hours_header_footnote_signed_doctor_column_bone_density_box_glued_runin_briefs",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "南岭晨报 2043-08-12 第9版 保健与生活 (an invented Malaysian daily; Johor Bahru the setting; the 乐康诊所 clinic "
    "and the 士古来 residents' association's hall as drawn here invented), UTF-8 without BOM, LF; blank-line paragraphs, "
    "wrapped at 21. A report on a free eye-screening day (kicker `义诊活动`, byline line, `（新山讯）` at the start of "
    "paragraph 1, a caption and its credit inside a sentence, the optometrist's “” words cut by the running head before "
    f"`眼睛。”`; {SEEN5} − {GLASSES5} = {SEEN5 - GLASSES5}, asserted); then, **with no blank line under the report's "
    "last line**, the clinic hours `诊所营业时间` (a header row, a footnote row `*公共假期休息`); a doctor's column "
    "`医生专栏` signed at its foot; a free bone-density screening notice between two rule lines; then, **with no blank "
    "line under the box's foot rule**, the label `健康点滴` over three briefs run in after a full-width space.",
    "date": "2043-08-12", "page": "9",
    "head": ["南岭晨报", f"2043年8月12日　{weekday(DAY5)}　　第9版　保健与生活"],
    "foot": ["南岭晨报　　新闻热线：07-331 8826　　电邮：news@nanling.example.my"],
    "furniture": ["南岭晨报", "2043年8月12日", weekday(DAY5), "第9版", "保健与生活", "南岭晨报·保健与生活", "南岭晨报",
                  "新闻热线：07-331 8826", "电邮：news@nanling.example.my"],
    "run": ["南岭晨报·保健与生活"], "labels": [], "markup": [ZH_RULE21] * 2,
}
EYE_PAGE["articles"] = [
    report(["义诊活动", "免费验眼　四百居民受惠", "本报记者　邱慧珊"], "免费验眼　四百居民受惠",
           ["本报记者　邱慧珊", "邱慧珊"], ["验光师为小朋友检查视力。"], ["（摄影：黄梓谦）"],
           [f"（新山讯）乐康诊所上周日在士古来一座居民会所举办免费验眼活动，共有{SEEN5}名居民接受检查，其中{GLASSES5}"
            f"人需要配戴或更换眼镜，其余{SEEN5 - GLASSES5}人视力正常。",
            "活动从早上8时开始，{cap}不少家长带着孩子前来排队。",
            "验光师郭燕玲说：“孩子每天看手机、平板的时间太长，近视越来越早出现。每看半小时屏幕，就要望远处休息一下"
            "{run}眼睛。”"], kicker="义诊活动"),
    hours("诊所营业时间", ["诊所　日子　时间　电话", "乐康诊所（士古来）　星期一至六　8:30-21:00　07-335 1206",
                     "乐康诊所（新山市区）　星期一至五　9:00-18:00　07-224 7719", "乐康牙科　星期二至六　9:30-17:30　07-335 1280"],
          "*公共假期休息", glued=True),
    column("医生专栏", "天气炎热　多喝白开水", [
        "近来天气酷热，中午气温超过34度。在户外工作的朋友，每隔一小时就要喝水，不要等到口渴才喝；含糖饮料不能代替白开水。",
        "如果出现头晕、心跳加快、大量出汗，应立刻到阴凉处休息，用湿毛巾擦身。症状不见好转，要尽快到诊所求医。",
    ], "乐康诊所　家庭医生　梁国栋", ["梁国栋"]),
    boxed_notice(EYE_PAGE, ZH_RULE21, "免费骨质密度检查",
           ["对象：50岁以上居民", f"日期：{md(BONE5)}（{zhou(BONE5)}）上午9时至下午1时",
            "地点：乐康诊所（士古来）二楼", "携带：身份证，以及正在服用的药物名单"],
           "乐康诊所", f"{SIGN5.year}年{SIGN5.month}月{SIGN5.day}日"),
    *briefs("健康点滴", [
        ("捐血运动", "本月30日，士古来一座华团礼堂举办捐血运动，欢迎17岁以上公众参加。"),
        ("防蚊提醒", "雨季来临，居民应清理花盆底盘和屋檐积水，避免蚊子滋生。"),
        ("乐龄运动班", "居民会所逢星期二、四早上开设乐龄运动班，免费参加。"),
    ], "\u3000", glued=True),
]


# 6. UTF-16 LE city paper: community doctors take heat advice to building sites; the clinic hours glued under the
#    report (no header); a doctor's column; a free check-up box for street sweepers; briefs glued. Indent-only.
DAY6 = date(2043, 7, 8)
SIGN6, CHECK6 = date(2043, 7, 6), date(2043, 7, 18)
ordered(SIGN6, DAY6, CHECK6)
SITES6, PACKS6 = [350, 250], 600
assert sum(SITES6) == PACKS6
HEAT_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_health_page_heat_advice_on_building_sites_report_kicker_byline_caption_credit_running_head_doctor_midquote_indent_only_glued_clinic_hours_no_header_footnote_signed_doctor_column_checkup_box_glued_runin_briefs",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "洹州日报 2043-07-08 第5版 健康周刊 (an invented city daily), UTF-16 LE with BOM, CRLF; **indent-only**, "
    "wrapped at 22. A report on community doctors taking heat advice and summer packs to building sites (kicker "
    "`健康行动`, title, byline line, a caption and its credit inside a sentence, the doctor's “” words cut by the "
    f"running head before `喝水。”`; {' + '.join(map(str, SITES6))} = {PACKS6} packs, asserted); then, **with no blank "
    "line under the report's last line**, the clinic hours `夜间门诊时间` (**no header row**, a footnote row "
    "`*节假日另行通知`); a doctor's column `健康大讲堂` signed at its foot; a free check-up notice for street sweepers "
    "between two rule lines; then, **with no blank line under the box's foot rule**, the label `健康速递` over three "
    "briefs run in after a full-width space.",
    "date": "2043-07-08", "page": "5",
    "head": ["洹州日报", f"2043年7月8日　{weekday(DAY6)}　　第5版　健康周刊　　编辑：葛　湉"],
    "foot": ["洹州日报社　　新闻热线：0597-4412860"],
    "furniture": ["洹州日报", "2043年7月8日", weekday(DAY6), "第5版", "健康周刊", "编辑：葛　湉", "洹州日报·健康周刊",
                  "洹州日报社", "新闻热线：0597-4412860"],
    "run": ["洹州日报·健康周刊"], "labels": [], "markup": ["─" * 22] * 2,
}
HEAT_PAGE["articles"] = [
    report(["健康行动", "医生进工地　防暑知识送上门", "本报记者　祁　沅"], "医生进工地　防暑知识送上门",
           ["本报记者　祁　沅", "祁　沅"], ["医生为工人测量体温。"], ["（本报记者　祁　沅　摄）"],
           [f"连日高温，洹州市柳汀区社区卫生服务中心的医生来到两处建筑工地，为工人讲解防暑知识，送去防暑包"
            f"{PACKS6}份，其中东湖工地{SITES6[0]}份、滨江工地{SITES6[1]}份，每份装有藿香正气水、清凉油和电解质冲剂。",
            "讲座在工地食堂举行，{cap}工人们边吃午饭边听讲。",
            "全科医生魏晓岚说：“中暑最怕硬撑。感到头晕、恶心，就要马上停工，到阴凉处休息，小口小口地"
            "{run}喝水。”"], kicker="健康行动"),
    hours("夜间门诊时间", ["柳汀区社区卫生服务中心　周一至周五　18:00-21:00　0597-4435120",
                     "东湖社区卫生服务站　周二、周四　18:00-20:30　0597-4436218", "柳汀区中医院　每天　17:30-22:00　0597-4438801"],
          "*节假日另行通知", glued=True),
    column("健康大讲堂", "夏季饮水有讲究", [
        "夏天出汗多，每天饮水量应在两千毫升以上。白开水、淡盐水都是好选择，冰镇饮料一次不要喝太多，以免刺激肠胃。",
        "自来水烧开后饮用，桶装水开封后尽量在一周内喝完；外出游玩不要直接饮用山泉和井水。",
    ], "柳汀区中医院　主治医师　傅　瑶", ["傅　瑶", "傅瑶"]),
    boxed_notice(HEAT_PAGE, "─" * 22, "环卫工人免费体检通知",
           ["对象：全区在岗环卫工人", f"时间：{md(CHECK6)}（{zhou(CHECK6)}）上午7:00-10:00，请空腹",
            "地点：柳汀区社区卫生服务中心体检科", "携带：身份证、工作证"],
           "柳汀区卫生健康局", f"{SIGN6.year}年{SIGN6.month}月{SIGN6.day}日"),
    *briefs("健康速递", [
        ("暑期视力筛查", "区妇幼保健院暑假期间为中小学生免费检查视力，需提前电话预约。"),
        ("凉茶摊进社区", "柳汀区中医院在五个社区设立免费凉茶点，供应到8月底。"),
        ("游泳安全", "家长带孩子游泳要去正规泳池，不要到河塘戏水。"),
    ], "\u3000", glued=True),
]


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, colons=0, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the briefs' run-in colons are
    markup (holdout166's and 170's)."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [":"] * colons}


# 7. Gayo (Takengon, Central Aceh, Indonesia), UTF-8 with BOM, CRLF: a new village clinic opens; the clinic hours glued
#    under the report (a header row); a doctor's column; a free immunisation box; briefs glued. Blank-line paragraphs.
DAY7 = date(2043, 4, 22)
SIGN7, JAB7 = date(2043, 4, 20), date(2043, 5, 2)
ordered(SIGN7, DAY7, JAB7)
OLD7, KIDS7 = 84, 42
assert OLD7 + KIDS7 == 126
RULE7 = "=" * 38
GAYO_PAGE = latin_page(
    "gay_utf8_bom_crlf_gayo_health_page_new_village_clinic_report_kicker_byline_dateline_caption_credit_running_head_midwife_midquote_glued_clinic_hours_header_footnote_signed_doctor_column_immunisation_box_glued_runin_briefs_colon",
    "utf-8", "\r\n", 38, "", True,
    "Kabar Tawar 2043-04-22 Halaman 6 (an invented weekly of Takengon, Central Aceh, Indonesia; Gayo text, Indonesian "
    "furniture), UTF-8 with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A report on a "
    "new clinic in an invented village, Wih Porak (kicker `Klinik beru`, title over two lines, byline line `Tulisen: "
    "Salihin Ara`, the dateline `TAKENGON –`, a caption and its credit inside a sentence, the midwife's “” words cut by "
    f"the running head before `anak.”`; {OLD7} + {KIDS7} = {OLD7 + KIDS7}, asserted); then, **with no blank line under "
    "the report's last line**, the clinic hours `Jam buke klinik` (a header row, columns aligned by spaces, a footnote "
    "row); a doctor's column `Pesen dokter` signed at its foot; a free immunisation notice between two `=` rules; then, "
    "**with no blank line under the box's foot rule**, the label `Kabar sehat` over three briefs whose run-in heads end "
    "in `: ` (the colon is markup).",
    DAY7, "6", [f"KABAR TAWAR · {indonesian(DAY7)} · Halaman 6", "Kesehatan · Redaktur: Mahdi Reje"],
    ["Kabar Tawar · redaksi@tawar.example.id"],
    ["KABAR TAWAR", indonesian(DAY7), "Halaman 6", "Kesehatan", "Redaktur: Mahdi Reje", "Kabar Tawar · Kesehatan",
     "Kabar Tawar", "redaksi@tawar.example.id"], "Kabar Tawar · Kesehatan", RULE7, 5, colons=3, bom=True)
GAYO_PAGE["articles"] = [
    report(["Klinik beru", "Klinik beru i Wih Porak", "nge ibuke ken jema kampung", "Tulisen: Salihin Ara"],
           "Klinik beru i Wih Porak nge ibuke ken jema kampung", ["Tulisen: Salihin Ara", "Salihin Ara"],
           ["Bidan memeriksa ine si mureje."], ["Foto: Iwan Bener"],
           [syl(f"TAKENGON – Klinik beru i Kampung Wih Porak nge ibuke ari Senin. Ku lo pertama, {OLD7 + KIDS7} jema "
                f"nge mujurah ku klinik ni: {OLD7} jema tue urum {KIDS7} anak kucak."),
            syl("Jema kampung beluh ku klinik ari pagi, {cap}renye i periksa bidan urum dokter."),
            syl("Bidan Aminah Ali, si mujege klinik ni, berkata: “Nti nge beluh jeroh ku Takengon ken periksa tensi "
                "urum gule darah. Bidan ara i klinik ni tiep ari, ken pemeriksaen ine urum {run}anak.”"),
            syl("Reje Kampung Wih Porak berkata, klinik ni i dirikan ari wih ni kampung, urum bantuan jema tue "
                "si ara i kampung.")], kicker="Klinik beru"),
    hours("Jam buke klinik", aligned([("Klinik", "Ari", "Jam", "Telepon"),
                                      ("Klinik Wih Porak", "Senin-Sabtu", "08.00-16.00", "0643-21 4470"),
                                      ("Posyandu Bale", "Rebu", "09.00-12.00", "0643-21 4473"),
                                      ("Bidan Kampung", "Tiep ari", "16.00-20.00", "0852 6610 3318")]),
          "* Ari libur klinik tutup.", glued=True),
    column("Pesen dokter", "Inum wih si nge i rebus", [
        syl("Wih ari paip atau ari telege kona kotor. Rebus wih sawah mendidih, renye tos mungkin ku ceret si "
            "bersih. Anak kucak nti i osop inum wih si gere i rebus."),
        syl("Basuh sawah mu sabun sebelum mangan urum sesudah ari jamban, kerna penyakit mencret ara ari "
            "sawah si gere bersih."),
    ], "dr. Rahmi Ukurta, Klinik Wih Porak", ["Rahmi Ukurta"]),
    boxed_notice(GAYO_PAGE, RULE7, "Imunisasi gratis",
           ["Ken: anak umur 0 sawah 5 tun", f"Ari: {indonesian(JAB7)}, jam 08.00-12.00",
            "I: Klinik Wih Porak, Kampung Wih Porak", "Osop: buku KIA urum kartu keluarga"],
           "Puskesmas Bintang Wih", f"Takengon, {SIGN7.day} April {SIGN7.year}"),
    *briefs("Kabar sehat", [
        ("Senam jema tue", syl("Tiep Jumat pagi, jema tue senam bersama i lapangan kampung.")),
        ("Kelambu", syl("Puskesmas memberi kelambu ken ine si mureje urum anak kucak.")),
        ("Periksa gigi", syl("Dokter gigi beluh ku sekolah dasar Wih Porak ari Kamis.")),
    ], ": ", glued=True),
]


# 8. Haya (Bukoba, Kagera, Tanzania), UTF-16 BE with BOM, LF: a children's vaccination day; the clinic hours without a
#    header; an ask-the-doctor column (Ekibuzo/Eky'okugarukamu); a free screening box; briefs. Indent-only (three
#    spaces), not glued.
DAY8 = date(2043, 9, 9)
SIGN8, TEST8 = date(2043, 9, 7), date(2043, 9, 19)
ordered(SIGN8, DAY8, TEST8)
GIRLS8, BOYS8 = 320, 220
assert GIRLS8 + BOYS8 == 540
RULE8 = "=" * 40
HAYA_PAGE = latin_page(
    "hay_utf16be_bom_lf_haya_health_page_children_vaccination_day_report_kicker_byline_dateline_caption_credit_running_head_nurse_midquote_indent_only_three_spaces_clinic_hours_no_header_footnote_ask_the_doctor_qa_signed_screening_box_runin_briefs",
    "utf-16-be", "\n", 40, "   ", False,
    "Omukago 2043-09-09 Ukurasa 5 (an invented weekly of Bukoba, Kagera, Tanzania; Haya text, Swahili furniture), "
    "UTF-16 BE with BOM (`“ ” – ·`), LF; **indent-only paragraphs (three spaces)**, wrapped at 40 with hyphenation. A "
    "report on a children's vaccination day at an invented clinic, Kyamutwe (kicker `Okugema`, title over two lines, "
    "byline line `Na Neema Rutabanzibwa`, the dateline `BUKOBA –`, a caption and its credit inside a sentence, the "
    f"nurse's “” words cut by the running head before `murundi.”`; {GIRLS8} + {BOYS8} = {GIRLS8 + BOYS8}, asserted); "
    "then, after a blank line, the clinic hours `Saa za kliniki` (**no header row**, a footnote row); an ask-the-doctor "
    "column `Buuza omushaho` (`Ekibuzo:`/`Eky'okugarukamu:` turns, signed `Dkt.` at its foot); a free screening notice "
    "between two `=` rules; the label `Amakuru g'obwomezi` over three briefs on `: `.",
    DAY8, "5", [f"OMUKAGO · {swahili(DAY8)} · Ukurasa 5", "Afya · Mhariri: Projestus Rwegasira"],
    ["Omukago · habari@omukago.example.tz"],
    ["OMUKAGO", swahili(DAY8), "Ukurasa 5", "Afya", "Mhariri: Projestus Rwegasira", "Omukago · Afya", "Omukago",
     "habari@omukago.example.tz"], "Omukago · Afya", RULE8, 5, colons=3, bom=True)
HAYA_PAGE["articles"] = [
    report(["Okugema", "Abaana 540 bagemwa omu", "kliniki ya Kyamutwe", "Na Neema Rutabanzibwa"],
           "Abaana 540 bagemwa omu kliniki ya Kyamutwe", ["Na Neema Rutabanzibwa", "Neema Rutabanzibwa"],
           ["Omuhanguzi nagema omwana."], ["Picha: Deusdedit Mugisha"],
           [syl(f"BUKOBA – Abaana {GIRLS8 + BOYS8} bagemwa omu kliniki ya Kyamutwe ku Jumamosi: abaishiki {GIRLS8} "
                f"n'abatabani {BOYS8}. Abazaire baija kuruga omu byaro bisatu ebiri hambali ya kliniki."),
            syl("Abazaire baija n'abaana kara nyenkya, {cap}kandi balinda omu kibanja eky'ekiliniki."),
            syl("Omuhanguzi Agnes Mutalemwa yagamba: “Okugema kulinda abaana obulwaire. Omuzaire wena aleete omwana "
                "we, kandi atwale ekitabo ky'okugema buli {run}murundi.”")], kicker="Okugema"),
    hours("Saa za kliniki", aligned([("Kliniki ya Kyamutwe", "Jumatatu-Ijumaa", "saa 2-10", "0282 220 514"),
                                     ("Zahanati ya Kitendaguro", "Jumanne, Alhamisi", "saa 2-6", "0282 220 639"),
                                     ("Kliniki ya meno", "Jumatano", "saa 3-7", "0282 220 517")]),
          "* Sikukuu kliniki zifungwa."),
    column("Buuza omushaho", "Omwana ayina omuswija", [
        syl("Ekibuzo: Omwana wange w'emyaka ibiri ayina omuswija ekiro kyona. Ninkora ki? (Mama Kokushubira, "
            "Kashai)"),
        syl("Eky'okugarukamu: Omuhe amaizi mingi, omwozye n'amaizi agatali gakonjo, kandi omutwale ku kliniki "
            "ahonaho. Omuswija nigwaba gwa malaria."),
        syl("Ekibuzo: Ninsobora kumuha omubazi gw'omukulu?"),
        syl("Eky'okugarukamu: Ngaaha. Omuha omubazi gw'abaana gwonka, ogu omushaho akuhaire."),
    ], "Dkt. Joyce Kaijage, Kliniki ya Kyamutwe", ["Joyce Kaijage"]),
    boxed_notice(HAYA_PAGE, RULE8, "Okupimwa bure",
           ["Abo: abantu b'emyaka 40 n'okweyongera", f"Ekiro: {swahili(TEST8)}, saa 3 asubuhi",
            "Hanu: Kliniki ya Kyamutwe", "Otwale: kadi ya bima n'ekitabo ky'obwomezi"],
           "Kliniki ya Kyamutwe", f"Bukoba, {SIGN8.day} Septemba {SIGN8.year}"),
    *briefs("Amakuru g'obwomezi", [
        ("Amaizi", syl("Chemsha amaizi ag'okunywa; abaana bakanywa amaizi agatachemshirwe.")),
        ("Obutimba", syl("Kliniki nehayo obutimba bw'emibu ku bakazi abaine enda.")),
        ("Amainu", syl("Omushaho w'amainu naija ku shule ya Kyamutwe ku Alhamisi.")),
    ], ": "),
]


# 9. Lango (Lira, Uganda), ISO-8859-1, CR: a health drive on boiling drinking water and water tablets; the clinic hours
#    glued under the report (a header row); a doctor's column; a free eye check box; briefs glued. Blank-line paragraphs.
DAY9 = date(2043, 10, 21)
SIGN9, EYE9 = date(2043, 10, 19), date(2043, 10, 31)
ordered(SIGN9, DAY9, EYE9)
HOMES9 = [700, 500]
assert sum(HOMES9) == 1200
RULE9 = "=" * 34
LANGO_PAGE = latin_page(
    "laj_latin1_cr_lango_health_page_boiled_water_drive_report_kicker_byline_dateline_caption_credit_running_head_nurse_midquote_straight_quotes_glued_clinic_hours_header_footnote_signed_doctor_column_eye_check_box_glued_runin_briefs_colon",
    "latin-1", "\r", 34, "", True,
    "Dwon Lango 2043-10-21 Page 4 (an invented weekly of Lira, Uganda; Lango text, English furniture), **ISO-8859-1** "
    "(straight ASCII quotation marks; the ` · ` joins of the furniture the only non-ASCII letters), **CR**; blank-line "
    "paragraphs, wrapped at 34 with hyphenation. A report on a health drive teaching households to boil drinking water "
    "in two invented villages, Abaloboko and Alwitmac (kicker `Pii ma leng`, title over two lines, byline line `Coc: "
    "Brenda Akello`, the dateline `LIRA -` (a typed hyphen for the dash latin-1 lacks), a caption and its credit inside a sentence, the nurse's \"...\" words cut by "
    f"the running head before `kulu.\"`; {' + '.join(map(str, HOMES9))} = {sum(HOMES9)} homes, asserted); then, **with "
    "no blank line under the report's last line**, the clinic hours `Cawa me ot yat` (a header row, a footnote row); a "
    "doctor's column `Lok pa daktar` signed at its foot; a free eye-check notice between two `=` rules; then, **with no "
    "blank line under the box's foot rule**, the label `Lok me yot kom` over three briefs on `: `.",
    DAY9, "4", [f"DWON LANGO · {english(DAY9)} · Page 4", "Health and Living · Editor: Patrick Opio"],
    ["Dwon Lango · desk@dwonlango.example.ug"],
    ["DWON LANGO", english(DAY9), "Page 4", "Health and Living", "Editor: Patrick Opio", "Dwon Lango · Health and Living", "Dwon Lango",
     "desk@dwonlango.example.ug"], "Dwon Lango · Health and Living", RULE9, 5, colons=3)
LANGO_PAGE["articles"] = [
    report(["Pii ma leng", "Lutic me yot kom opwonyo", "dano i tedo pii me amata", "Coc: Brenda Akello"],
           "Lutic me yot kom opwonyo dano i tedo pii me amata", ["Coc: Brenda Akello", "Brenda Akello"],
           ["Nurse nyuto mon kit me tedo pii."], ["Photo: Samuel Ocen"],
           [syl(f"LIRA - Lutic me yot kom me Abaloboko Health Centre gubedo ka pwonyo dano kit me tedo pii me amata. "
                f"Gin gumiyo yat me pii bot ot {sum(HOMES9)}: ot {HOMES9[0]} i Abaloboko ki ot {HOMES9[1]} i Alwitmac."),
            syl("Dano gucokere i te yat madit i dye gang, {cap}ci gin guwinyo pwony ki lutic."),
            syl("Nurse Grace Apio owaco: \"Pii ma pe kitedo kelo two cado. Myero wutedi pii ducu ma wumato, nyo "
                "wuketo yat i iye, ci pe wumato pii ki wang {run}kulu.\""),
            syl("Ladit me gang Abaloboko, Moses Okeng, owaco ni lutela me Abaloboko ki Alwitmac gimito ni lutic "
                "me yot kom gudwog odoco, pien ikare me kot two cado nwongo pwoto lutino makato.")],
           kicker="Pii ma leng"),
    hours("Cawa me ot yat", aligned([("Ot yat", "Nino", "Cawa", "Cim"),
                                     ("Abaloboko Health Centre", "Monday-Saturday", "8.00-5.00", "0772 410 386"),
                                     ("Alwitmac clinic", "Tuesday, Friday", "9.00-1.00", "0772 410 392"),
                                     ("Dental clinic", "Wednesday", "9.00-12.00", "0772 410 395")]),
          "* I nino me yweyo ot yat gicegere.", glued=True),
    column("Lok pa daktar", "Lwok cingi ki caban", [
        syl("Two cado mako lutino makato. Lwok cingi ki caban ka i ayie ki coron, ka pwod pe i camo cam, ki ka "
            "i miyo atin cam."),
        syl("Ka atin bedo ki two cado, mii en pii ma kitedo ki ORS, ci i tere bot ot yat ka dong two pe ojuk."),
    ], "Dr. Denis Ogwal, Abaloboko Health Centre", ["Denis Ogwal"]),
    boxed_notice(LANGO_PAGE, RULE9, "Neno wang ma nono",
           ["Pi: dano ducu ma oteko mwaka 40", f"Nino: {english(EYE9)}, 9.00 a.m.",
            "Kabedo: Abaloboko Health Centre", "Kel: kad me ot yat ki yat ma i mato"],
           "Abaloboko Health Centre", f"Lira, {SIGN9.day} October {SIGN9.year}"),
    *briefs("Lok me yot kom", [
        ("Neet", syl("Ot yat miyo neet bot mon ma tye ki ic ki lutino matidi.")),
        ("Lak", syl("Daktar me lak bino i cukul me Alwitmac i nino me Thursday.")),
        ("Kulu", syl("Pe wulwok bongu i kulu ma dano gumato iye pii.")),
    ], ": ", glued=True),
]


# 10. Lamba (Masaiti, Copperbelt, Zambia), Windows-1252, CRLF: a blood-pressure screening day at a rural health post;
#     the clinic hours without a header; an ask-the-doctor column (Ilipusho/Icasuko); a free dental check box; briefs.
#     Indent-only (four spaces), not glued.
DAY10 = date(2043, 11, 25)
SIGN10, TEETH10 = date(2043, 11, 23), date(2043, 12, 5)
ordered(SIGN10, DAY10, TEETH10)
WOMEN10, MEN10 = 165, 115
assert WOMEN10 + MEN10 == 280
RULE10 = "=" * 47
LAMBA_PAGE = latin_page(
    "lam_cp1252_crlf_lamba_health_page_blood_pressure_screening_day_report_kicker_byline_dateline_caption_credit_running_head_nurse_midquote_indent_only_four_spaces_clinic_hours_no_header_footnote_ask_the_doctor_qa_signed_dental_box_runin_briefs",
    "cp1252", "\r\n", 47, "    ", False,
    "Ilyashi 2043-11-25 Page 7 (an invented weekly of Masaiti, Copperbelt, Zambia; Lamba text, English furniture), "
    "**Windows-1252** (`“ ” – ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 47 with hyphenation. A "
    "report on a blood-pressure screening day at an invented rural health post, Chimbwe (kicker `Ubumi`, title over two "
    "lines, byline line `Ulemba: Chanda Mwansa`, the dateline `MASAITI –`, a caption and its credit inside a sentence, "
    f"the nurse's “” words cut by the running head before `mwaka.”`; {WOMEN10} + {MEN10} = {WOMEN10 + MEN10}, "
    "asserted); then, after a blank line, the clinic hours `Inshita sha cipatala` (**no header row**, a footnote row); "
    "an ask-the-doctor column `Ipusheni dokota` (`Ilipusho:`/`Icasuko:` turns, signed `Dr.` at its foot); a free dental "
    "check notice between two `=` rules; the label `Amashiwi ya bumi` over three briefs on `: `.",
    DAY10, "7", [f"ILYASHI · {english(DAY10)} · Page 7", "Family Health · Editor: Joseph Kalaba"],
    ["Ilyashi · news@ilyashi.example.zm"],
    ["ILYASHI", english(DAY10), "Page 7", "Family Health", "Editor: Joseph Kalaba", "Ilyashi · Family Health", "Ilyashi",
     "news@ilyashi.example.zm"], "Ilyashi · Family Health", RULE10, 5, colons=3)
LAMBA_PAGE["articles"] = [
    report(["Ubumi", "Abantu 280 balipimwe", "ubulwele bwa mulopa", "Ulemba: Chanda Mwansa"],
           "Abantu 280 balipimwe ubulwele bwa mulopa", ["Ulemba: Chanda Mwansa", "Chanda Mwansa"],
           ["Nurse alepima umukalamba."], ["Photo: Moses Chileshe"],
           [syl(f"MASAITI – Abantu {WOMEN10 + MEN10} balipimwe ubulwele bwa mulopa pa Chimbwe Rural Health Post pa "
                f"Cisano: abanakashi {WOMEN10} na baume {MEN10}. Abantu bamo balishile ukufuma ku mishi iyatalamuka."),
            syl("Abantu balelolela mu mutande, {cap}kabili abakalamba balekala pa fipuna."),
            syl("Nurse Esther Mwelwa atile: “Ubulwele bwa mulopa tabuleyumfwika bwangu. Umuntu onse uwakwata imyaka "
                "40 afwile ukupimwa cila {run}mwaka.”")], kicker="Ubumi"),
    hours("Inshita sha cipatala", aligned([("Chimbwe Health Post", "Monday-Friday", "08.00-16.00", "0962 114 208"),
                                           ("Mobile clinic", "Tuesday", "09.00-13.00", "0962 114 215"),
                                           ("Maternity wing", "every day", "00.00-24.00", "0962 114 219")]),
          "* Pa nshiku sha kutusha tatwisula."),
    column("Ipusheni dokota", "Bushe umuti wa mulopa nalanwa lyonse?", [
        syl("Ilipusho: Dokota anjebele ukunwa umuti wa mulopa. Lelo nomba ndeumfwa bwino; bushe ndeka? (Mama "
            "Mutale, Chimbwe)"),
        syl("Icasuko: Iyo, mwileka. Muleumfwa bwino pantu umuti ulebomba. Nga mwaleka, ubulwele bukabwela."),
        syl("Ilipusho: Bushe ningalya umucele?"),
        syl("Icasuko: Lyeni umucele unono, kabili mulenda panshi cila bushiku."),
    ], "Dr. Mwape Lungu, Chimbwe Health Post", ["Mwape Lungu"]),
    boxed_notice(LAMBA_PAGE, RULE10, "Ukupima meno kwa fye",
           ["Bani: abana na bakalamba", f"Lilali: {english(TEETH10)}, 8.00 a.m.", "Kwisa: Chimbwe Health Post",
            "Leteni: NRC na kadi ya cipatala"], "Chimbwe Health Post", f"Masaiti, {SIGN10.day} November {SIGN10.year}"),
    *briefs("Amashiwi ya bumi", [
        ("Amenshi", syl("Pikeni amenshi ya kunwa, nangu mubikemo umuti wa menshi.")),
        ("Nsalu sha nsenya", syl("Cipatala cilepeela insalu sha nsenya ku banakashi abali ne fumo.")),
        ("Ukulya bwino", syl("Abakalamba, lyeni ifisabo na masamba cila bushiku.")),
    ], ": "),
]

PAGES = [STATION_PAGE, TEETH_PAGE, CHECK_PAGE, JAB_PAGE, EYE_PAGE, HEAT_PAGE, GAYO_PAGE, HAYA_PAGE, LANGO_PAGE,
         LAMBA_PAGE]
