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

import re
from datetime import date

from writtenpages import Lines, aligned, flush_right, solid, weekday

WEEKDAYS_ZH = "一二三四五六日"
EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SW = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
SW_MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
             "Novemba", "Desemba"]
ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
VOWELS = "aeiouáéíóúäëöüɨ"


def zhou(day):
    return "周" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{EN[day.weekday()]}, {day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def swahili(day):
    return f"{SW[day.weekday()]}, {day.day} {SW_MONTHS[day.month - 1]} {day.year}"


def indonesian(day):
    return f"{ID[day.weekday()]}, {day.day} {ID_MONTHS[day.month - 1]} {day.year}"


def syl(text):
    """Mark a split point before every consonant that stands between two vowels in a word of seven letters or more,
    never leaving fewer than two letters on a side (no word with an apostrophe or a combining mark is marked)."""

    def word(match):
        w = match.group(0)
        if len(w) < 7 or not w.isalpha():
            return w
        out = w[0]
        for i in range(1, len(w)):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if (w[i - 1].lower() in VOWELS and w[i].lower() not in VOWELS and nxt.lower() in VOWELS and i >= 2
                    and len(w) - i >= 3):
                out += "~"
            out += w[i]
        return out

    return re.sub(r"[^\W\d_]+", word, text)


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


def notice(page, rule, title, items, issuer, day_line):
    """A boxed screening or vaccination notice between two rule lines (holdout157's, as 166's and 170's): its head the
    title, each labelled item one paragraph set solid, the issuing office (the byline; none accepted) and the date
    (a paragraph) flush right at its foot."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


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


def ordered(*days):
    assert list(days) == sorted(days) and len(set(days)) == len(days), days


def md(day):
    return f"{day.month}月{day.day}日"


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
    "note": "沣岭晚报 2043-03-11 第6版 卫生天地 (a county paper's health page), GBK, CRLF; blank-line paragraphs, wrapped "
    "at 21. A report on a new community health station (kicker `民生实事`, title with a full-width gap, byline line, a "
    "caption and its credit inside a sentence, the head nurse's “” words cut by the running head before `排队。”`; "
    f"{BUILD1} + {KIT1} = {BUILD1 + KIT1} 万元, asserted); then, **with no blank line under the report's last line**, "
    "the clinic hours `门诊时间` (a header row `门诊　日期　时间　电话`, three rows, the footnote row `*节假日另行通知`); "
    "a doctor's column `医生手记` signed at its foot with post and title; a free blood-sugar screening notice between "
    "two rule lines (who, when, where, what to bring; the office and date flush right); then, **with no blank line "
    "under the box's foot rule**, the label `健康简讯` over three briefs whose heads are run in after a full-width space.",
    "date": "2043-03-11", "page": "6",
    "head": ["沣岭晚报", f"2043年3月11日　{weekday(DAY1)}　　第6版　卫生天地　　编辑：骆　沄"],
    "foot": ["沣岭晚报社　　新闻热线：0745-6631208"],
    "furniture": ["沣岭晚报", "2043年3月11日", weekday(DAY1), "第6版", "卫生天地", "编辑：骆　沄", "沣岭晚报·卫生天地",
                  "沣岭晚报社", "新闻热线：0745-6631208"],
    "run": ["沣岭晚报·卫生天地"], "labels": [], "markup": [ZH_RULE21] * 2,
}
STATION_PAGE["articles"] = [
    report(["民生实事", "北坪社区卫生服务站开诊", "本报记者　缪　汐"], "北坪社区卫生服务站开诊",
           ["本报记者　缪　汐", "缪　汐", "缪汐"], ["护士为老人测量血压。"], ["（本报记者　缪　汐　摄）"],
           [f"本周一，沣岭县北坪社区卫生服务站正式开诊。服务站由旧村委会办公楼改建，装修投入{BUILD1}万元，添置设备"
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
    ], "沣岭县人民医院心内科　主治医师　阮　桐", ["阮　桐", "阮桐"]),
    notice(STATION_PAGE, ZH_RULE21, "免费测血糖通知",
           ["对象：本社区60岁以上居民", f"时间：{md(SCREEN1)}（{zhou(SCREEN1)}）上午7:30-10:30，请空腹前来",
            "地点：北坪社区卫生服务站一楼大厅", "携带：身份证、医保卡，以往的化验单"],
           "沣岭县卫生健康局", f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
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
    notice(TEETH_PAGE, ZH_RULE21, "免费窝沟封闭预约",
           ["对象：本镇小学一年级、二年级学生", f"时间：{md(SEAL2)}（{zhou(SEAL2)}）上午8:30起",
            "地点：浛口镇卫生院门诊楼二楼口腔科", "携带：儿童预防接种证，由家长陪同"],
           "浛口镇卫生院", f"{SIGN2.year}年{SIGN2.month}月{SIGN2.day}日"),
    *briefs("卫生动态", [
        ("儿童体检", "镇卫生院为全镇3岁至6岁儿童免费体检，各幼儿园将统一安排时间。"),
        ("家庭医生签约", "杏坪村、石桥村村民可到村卫生室签约家庭医生，签约后每年免费体检一次。"),
        ("爱牙讲座", "本月28日下午，镇卫生院在文化站举办爱牙讲座，欢迎家长带孩子参加。"),
    ], "\u3000"),
]
PAGES = [STATION_PAGE, TEETH_PAGE]
