"""The text of every holdout175 page, written once: make_holdout175_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-170 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here the Q&A's foot signature,
its byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules); `"runin"` runs a brief's bold head into its
first line (holdout161's); `Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's
labelled item set solid, and the notice's foot, the issuer and the date each set flush right.
Every page is a transport and roads page: a report on a new bus route, a bridge reopening or road works (kicker,
title, byline, a driver's or commuter's words cut by the running head, a caption with its credit inside a
sentence), a timetable or route-change table under its label (a header row on some pages, a note line under the
rows), a boxed traffic notice between two rule lines (road, section, dates and hours, the detour; the issuing office
and date flush right at its foot), a motorist's or commuter's Q&A answered by an official and signed at its foot,
and three travel briefs run in on bold heads. Weekdays and sums are computed and asserted. All papers, companies,
routes, offices, people, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    Lines,
    aligned,
    english,
    flush_right,
    ordered,
    solid,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúäëöüʉ"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker):
    """The report: kicker, title, byline (as printed, then the name), caption and credit."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def table(label, rows, note, glued=False):
    """A timetable or route-change table under its label: the label is the title, one paragraph per printed row
    (the header row and the note line under the rows included)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows] + [("row", note)]}
    if glued:
        art["glued"] = True
    return art


def notice(page, rule, title, items, issuer, day_line):
    """A boxed traffic notice between two rule lines (holdout170's): its head the title, each labelled item one
    paragraph set solid, the issuing office (the byline; none accepted) and the date (a paragraph) flush right."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def qa(label, title, body, signature, names, glued=False):
    """A Q&A column: the label its kicker (section accepted), the question's head its title, the answering
    official's foot signature its byline as printed (the name alone accepted), never a paragraph."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def briefs(label, items, runin):
    """Three briefs (holdout161's): the label, printed once, is the first item's section (none accepted) and
    accepted on the others; the kicker is accepted on every item; each brief's bold run-in head is its title."""
    return [{"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
             "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
            for i, (title, text) in enumerate(items)]


def zh_page(name, encoding, not_in, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule):
    return {"name": name, "encoding": encoding, "not_in": not_in, "newline": newline, "script": "zh", "width": width,
            "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [], "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the three briefs' ` – `
    run-in joins are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [" – "] * 3}


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper: a new bus route to three northern estates; the timetable glued under the report's last
#    line (header row, note); a night closure notice; the Q&A glued under the box's foot rule; three briefs.
DAY1 = date(2043, 3, 20)
SIGN1, FROM1, TO1 = date(2043, 3, 18), date(2043, 3, 23), date(2043, 4, 30)
ordered(SIGN1, DAY1, FROM1, TO1)
LEGS1 = [4.6, 3.9, 5.3]
assert round(sum(LEGS1), 1) == 13.8
ROUTE1_PAGE = zh_page(
    "zh_gbk_crlf_city_transport_page_new_bus_route_northern_estates_report_kicker_byline_caption_credit_running_head_driver_midquote_glued_timetable_header_note_night_closure_box_glued_signed_qa_runin_briefs",
    "gbk", [], "\r\n", 21, True,
    "沣浦晚报 2043-03-20 第7版 城市交通 (a city evening paper's transport page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A report on a new bus route to three northern estates (kicker `新线开通`, title with a full-width "
    "gap, byline line, a caption and its credit inside a sentence, a driver's “” words cut by the running head before "
    f"`放心。”`; {' + '.join(map(str, LEGS1))} = {sum(LEGS1):.1f} 公里, asserted); then, **with no blank line under the "
    "report's last line**, the timetable `新线运营时刻` (a header row `线路　起点　终点　首班　末班`, three rows, the note "
    "`注：…`); a night closure notice between two rule lines (labelled items set solid, the office and date flush "
    "right); then, **with no blank line under the box's foot rule**, the Q&A `出行问答` signed at its foot by an "
    "official; three briefs under `出行提示` run in on their heads.",
    DAY1, "7", ["沣浦晚报", f"2043年3月20日　{weekday(DAY1)}　　第7版　城市交通　　编辑：聂　筠"],
    ["沣浦晚报社　　新闻热线：0571-8830476"],
    ["沣浦晚报", "2043年3月20日", weekday(DAY1), "第7版", "城市交通", "编辑：聂　筠", "沣浦晚报·城市交通",
     "沣浦晚报社", "新闻热线：0571-8830476"], "沣浦晚报·城市交通", ZH_RULE21)
ROUTE1_PAGE["articles"] = [
    report(["新线开通", "867路今起通车　城北三小区不再绕行", "本报记者　阮　漪"], "867路今起通车　城北三小区不再绕行",
           ["本报记者　阮　漪", "阮　漪", "阮漪"], ["首班车驶出芦荡新村首末站。"], ["（本报记者　阮　漪　摄）"],
           [f"今天清晨6时，公交867路从芦荡新村首末站发出首班车。新线经过芦荡新村、栖霞苑和桂岸小区，三段路程分别为"
            f"{LEGS1[0]}公里、{LEGS1[1]}公里和{LEGS1[2]}公里，全程{sum(LEGS1):.1f}公里，终点设在火车东站。",
            "过去，三个小区的居民要步行一公里多才能坐上公交车。{cap}首班车上，二十多位乘客大多是赶早班的上班族。",
            "驾驶员邬长林开了十九年公交，他说：“这条路上坡多、弯道多，我们提前跑了两个星期，每个站点都记在心里，"
            "乘客可以{run}放心。”"], "新线开通"),
    table("新线运营时刻", ["线路　起点　终点　首班　末班", "867路　芦荡新村　火车东站　6:00　21:30",
                     "867区间　栖霞苑　火车东站　6:30　19:00", "852路（调整）　桂岸小区　市民中心　6:10　20:40"],
          "注：节假日867区间停开，867路发车间隔为15分钟。", glued=True),
    notice(ROUTE1_PAGE, ZH_RULE21, "夜间封闭施工通告",
           ["路段：滨湖大道（望江路口至梅林路口）北侧两条车道", f"时间：{FROM1.month}月{FROM1.day}日（{zhou(FROM1)}）至"
            f"{TO1.month}月{TO1.day}日（{zhou(TO1)}），每日22时至次日5时", "绕行：北行车辆请经望江路、梅林路绕行，公交"
            "站点临时南移50米。"], "沣浦市公安局交通警察支队", f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    qa("出行问答", "公交卡丢了，余额还能找回吗？", [
        "问：我上周在地铁站丢了一张记名公交卡，卡里还有一百多元。补办一张新卡，旧卡里的钱能转过来吗？",
        "答：记名卡挂失后，余额可以转到新卡上。请带上身份证到任意一个公交服务网点办理挂失，七个工作日后再来领新卡。"
        "不记名的卡无法挂失，建议平时把卡绑定到手机上。",
    ], "沣浦公交集团客服中心　主任　柏晓岚", ["柏晓岚"], glued=True),
    *briefs("出行提示", [
        ("学生乘车半价", "本市中小学生凭学生卡乘坐公交车享受半价，寒暑假照常优惠。"),
        ("失物招领", "公交集团失物招领处设在火车东站公交枢纽二楼，每天8时至18时开放，乘客可凭有效证件认领。"),
        ("渡轮冬季班次", "沣江渡口冬季班次从每小时两班减为一班，末班船提前到18时30分。"),
    ], "　"),
]

PAGES = [ROUTE1_PAGE]
