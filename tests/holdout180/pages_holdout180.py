"""The text of every holdout180 page, written once: make_holdout180_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-175 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here the column's foot signature,
its byline); `("more", line)` a printed line with no blank line before it (the box's closing rule); `{cap}` drops
the photo caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be
split at a line end (`syl()`, holdout151's rules); `"runin"` runs a brief's bold head into its first line
(holdout161's); `Lines(text, printed)` (holdout157's) a row printed as the given lines: a notice's labelled item set
solid, and the notice's foot, the issuer and the date each set flush right.
Every page is a rivers, water and environment page: a river clean-up, tree-planting or water-supply report (kicker,
title, byline, the dateline at the head of the first paragraph, a volunteer's words cut by the running head, a photo
caption with its credit inside a sentence); a water-quality or air-quality table under its label (site, reading,
grade; a unit line over it on some pages, a source line under it on others); a boxed water-cut or burning-ban notice
between two rule lines (area, dates and hours, what to do; the issuing office and date flush right at its foot); a
naturalist's column of two or three paragraphs signed at its foot with name and post; and three briefs run in on
bold heads (a bird count, a recycling day, a well tested). Weekdays and sums are computed and asserted. All papers,
river groups, offices, people, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    Lines,
    aligned,
    english,
    flush_right,
    indonesian,
    ordered,
    solid,
    syllables,
    weekday,
    zhou,
    zhou_t,
)

VOWELS = "aeiouáéíóúäëöü"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker):
    """The report: kicker, title, byline (as printed, then the name), caption and credit; the dateline stays at the
    head of the first paragraph (holdout171's and 175's)."""
    return {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
            "body": body, "kicker": kicker}


def table(label, rows, glued=False):
    """A water- or air-quality table under its label: the label is the title, one paragraph per printed line (the
    unit line over the rows, the header row and the source line under them included: holdout171's)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def notice(page, rule, title, items, issuer, day_line):
    """A boxed water-cut or burning-ban notice between two rule lines (holdout170's, 175's): its head the title,
    each labelled item one paragraph set solid, the issuing office (the byline; none accepted) and the date (a
    paragraph) flush right."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def column(label, title, body, signature, names, glued=False):
    """The naturalist's column: the label its kicker (section accepted), the head its title, the foot signature
    (post and name, as printed; the name alone accepted) its byline, never a paragraph (holdout175's Q&A)."""
    art = {"lines": [label, title], "kicker": [label, None], "section": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def briefs(label, items, runin):
    """Three briefs (holdout161's, 175's): the label, printed once, is the first item's section (none accepted) and
    accepted on the others; the kicker is accepted on every item; each brief's bold run-in head is its title."""
    return [{"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
             "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
            for i, (title, text) in enumerate(items)]


def zh_page(name, encoding, not_in, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule,
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": not_in, "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the three briefs' ` – `
    run-in joins are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [" – "] * 3}


def zh_articles(page, rep, tab, box, col, short, glued):
    """A Chinese page's seven articles: the report, the table (glued under the report's last line if `glued`), the
    notice, the column (glued under the box's foot rule if `glued`) and three briefs run in on a full-width space."""
    return [report(*rep), table(*tab, glued=glued), notice(page, *box), column(*col, glued=glued),
            *briefs(short[0], short[1], "　")]


def latin_articles(page, rep, tab, box, col, short, glued):
    """A Latin page's seven articles, as `zh_articles`; the briefs run in on ` – `, hyphenated."""
    return [report(*rep), table(*tab, glued=glued), notice(page, *box), column(*col, glued=glued),
            *briefs(short[0], [(t, syl(x)) for t, x in short[1]], " – ")]


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper, CRLF, blank-line: 312 volunteers clear a river in a day; the water-quality table glued
#    under the report's last line (header row, source line); a night water cut; the column glued under the box's
#    foot rule; three briefs.
DAY1 = date(2045, 4, 12)
CLEAN1, SIGN1, CUT1 = date(2045, 4, 9), date(2045, 4, 10), date(2045, 4, 18)
ordered(CLEAN1, SIGN1, DAY1, CUT1)
TEAMS1 = [126, 104, 82]
TONS1 = [1.6, 1.5, 0.9]
assert sum(TEAMS1) == 312 and round(sum(TONS1), 1) == 4.0
RIVER1_PAGE = zh_page(
    "zh_gbk_crlf_city_environment_page_river_cleanup_volunteers_report_kicker_dateline_caption_credit_running_head_midquote_glued_water_quality_table_source_line_water_cut_box_glued_naturalist_column_runin_briefs",
    "gbk", [], "\r\n", 21, True,
    "苇川晚报 2045-04-12 第6版 环境 (an invented city evening paper), GBK, CRLF; blank-line paragraphs, wrapped at 21. "
    "A river clean-up report (kicker `清河行动`, title with a full-width gap, byline line, the dateline `本报讯` at the "
    f"head of paragraph 1, the caption and its credit inside a sentence, a volunteer's “” words cut by the running head "
    f"before `回来看看。”`; {' + '.join(map(str, TEAMS1))} = {sum(TEAMS1)} volunteers and "
    f"{' + '.join(map(str, TONS1))} = {sum(TONS1):.1f} 吨, asserted); then, **with no blank line under the report's last "
    "line**, the table `芦泾河水质监测` (a header row, three rows, the source line `数据来源：…`); a water-cut notice "
    "between two rule lines; then, **with no blank line under the box's foot rule**, the column `自然笔记` signed at "
    "its foot; three briefs under `环保简讯` run in on their heads.",
    DAY1, "6", ["苇川晚报", f"2045年4月12日　{weekday(DAY1)}　　第6版　环境　　编辑：向　蘅"],
    ["苇川晚报社　　新闻热线：0573-8821596"],
    ["苇川晚报", "2045年4月12日", weekday(DAY1), "第6版", "环境", "编辑：向　蘅", "苇川晚报·环境", "苇川晚报社",
     "新闻热线：0573-8821596"], "苇川晚报·环境", ZH_RULE21)
RIVER1_PAGE["articles"] = zh_articles(
    RIVER1_PAGE,
    (["清河行动", "三百余名志愿者清理芦泾河　一天捞出垃圾四吨", "本报记者　尹　澈"], "三百余名志愿者清理芦泾河　一天捞出垃圾四吨",
     ["本报记者　尹　澈", "尹　澈", "尹澈"], ["志愿者在芦泾河滩地上分拣打捞上岸的垃圾。"], ["（本报记者　尹　澈　摄）"],
     [f"本报讯　{CLEAN1.month}月{CLEAN1.day}日（{zhou(CLEAN1)}），“护河青年”等三支志愿队伍共{sum(TEAMS1)}人，分段清理"
      f"芦泾河。三支队伍分别有{TEAMS1[0]}人、{TEAMS1[1]}人和{TEAMS1[2]}人，上游、中段和入江口三段分别捞出垃圾"
      f"{TONS1[0]}吨、{TONS1[1]}吨和{TONS1[2]}吨，合计{sum(TONS1):.1f}吨。",
      "打捞上来的多是塑料袋、泡沫盒和废旧轮胎。{cap}中午时分，河面上已经看不到漂浮物。",
      "第一次参加的大学生沈语桐说：“小时候我在这条河边抓过小鱼，后来就不敢靠近了。以后每个月，我都要"
      "{run}回来看看。”"], "清河行动"),
    ("芦泾河水质监测", ["监测点　溶解氧（毫克/升）　类别", "上游渡口　7.6　Ⅱ类", "鹭桥　6.1　Ⅲ类", "入江口　4.8　Ⅳ类",
                 "数据来源：苇川市水文站"]),
    (ZH_RULE21, "停水通告",
     ["停水区域：芦泾路、鹭桥新村、渡口街一带", f"停水时间：{CUT1.month}月{CUT1.day}日（{zhou(CUT1)}）22时至次日6时",
      "温馨提示：请用户提前储水，恢复供水初期水质可能浑浊，放水片刻即可。"], "苇川市自来水公司",
     f"{SIGN1.year}年{SIGN1.month}月{SIGN1.day}日"),
    ("自然笔记", "白鹭回到了鹭桥", [
        "鹭桥这个地名，老人们说是因为早年桥下常有白鹭。二十年前河水发黑，白鹭就不见了。",
        "这两年河水清了，小鱼小虾多了，白鹭也跟着回来。清晨站在桥上，能看见它们贴着水面慢慢飞过去。",
        "看白鹭请站远一点，不要投喂，也不要用闪光灯拍照。",
    ], "苇川市湿地保护站　研究员　钟　蓼", ["钟　蓼", "钟蓼"]),
    ("环保简讯", [
        ("白鹭数量增加", "鹭桥湿地本月观鸟调查共记录白鹭二百一十只，比去年同期多三十六只。"),
        ("周六回收日", "本月最后一个周六，各社区设点回收旧衣物、废电池和旧家电，可兑换环保袋。"),
        ("古井水质达标", "渡口街百年古井经检测，各项指标符合生活饮用水标准，井边已立牌公示。"),
    ]),
    True)
PAGES = [RIVER1_PAGE]
