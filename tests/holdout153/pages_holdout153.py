"""The text of every holdout153 page, written once: make_holdout153_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-151 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its lead; `("row", line)` prints a line of a results block, a standings table or a
fixtures list (one gold paragraph per printed line; a Latin row aligned with runs of spaces keeps one space in the
gold). `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin
word may be split at a line end (`syl()` marks them, holdout151's rules kept).
Every page is a sports results page: a match report whose head carries the score, a results block (home team,
score, away team), a standings table or a fixtures list, a second report or a preview, and a column of two or three
one-line-headed results briefs. The standings are computed here from the table before the round and the round's
results (the report's match among them); the scores in the reports, the heads, the rows and the tables, the dates,
the weekdays and the fixtures' weekdays are computed or asserted here. All papers, clubs' results, people, sums,
telephone numbers and events are invented; real places are settings only.
"""

from datetime import date, timedelta
from functools import partial

from writtenpages import EN, syllables, weekday, zhou

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
VOWELS = "aeiouàèéìîòùáíóúɨ"
syl = partial(syllables, vowels=VOWELS)


def english(day):
    return f"{EN[day.weekday()]} {day:%d.%m.%Y}"


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def italian(day):
    return f"{IT[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def next_day(day, wd):
    """The first date after `day` falling on weekday `wd` (0 = Monday)."""
    out = day + timedelta(days=1)
    while out.weekday() != wd:
        out += timedelta(days=1)
    return out


def football(base, results):
    """The table after the round: base {team: [won, drawn, lost, for, against]} before it, results [(home, hg, ag,
    away)]. Asserts the base is a table of one league (equal games, wins = losses, goals for = against)."""
    assert len({sum(r[:3]) for r in base.values()}) == 1
    assert sum(r[0] for r in base.values()) == sum(r[2] for r in base.values())
    assert sum(r[1] for r in base.values()) % 2 == 0
    assert sum(r[3] for r in base.values()) == sum(r[4] for r in base.values())
    table = {t: list(r) for t, r in base.items()}
    assert sorted(t for h, _, _, a in results for t in (h, a)) == sorted(base)  # every team plays once
    for h, hg, ag, a in results:
        table[h][3] += hg
        table[h][4] += ag
        table[a][3] += ag
        table[a][4] += hg
        if hg > ag:
            table[h][0] += 1
            table[a][2] += 1
        elif hg < ag:
            table[a][0] += 1
            table[h][2] += 1
        else:
            table[h][1] += 1
            table[a][1] += 1
    rows = [(t, w, d, lo, gf, ga, 3 * w + d) for t, (w, d, lo, gf, ga) in table.items()]
    rows.sort(key=lambda r: (-r[6], -(r[4] - r[5]), -r[4]))
    keys = [(r[6], r[4] - r[5], r[4]) for r in rows]
    assert len(set(keys)) == len(keys)  # no tie the table would have to break otherwise
    return rows


def pts(base, team):
    w, d, _, _, _ = base[team]
    return 3 * w + d


def wins(base, results):
    """A table of wins and losses (no draws): base {team: [won, lost]}, results [(home, hs, as, away)]."""
    assert len({sum(r) for r in base.values()}) == 1
    assert sum(r[0] for r in base.values()) == sum(r[1] for r in base.values())
    assert sorted(t for h, _, _, a in results for t in (h, a)) == sorted(base)
    table = {t: list(r) for t, r in base.items()}
    for h, hs, as_, a in results:
        assert hs != as_
        win, lose = (h, a) if hs > as_ else (a, h)
        table[win][0] += 1
        table[lose][1] += 1
    rows = sorted(((t, w, lo) for t, (w, lo) in table.items()), key=lambda r: -r[1])
    assert len({r[1] for r in rows}) == len(rows)
    return rows


def volley(base, results):
    """Volleyball: base {team: [won 3-0/3-1, won 3-2, lost 2-3, lost 0-3/1-3]}; points 3, 2, 1, 0."""
    assert sum(r[0] + r[1] for r in base.values()) == sum(r[2] + r[3] for r in base.values())
    assert sum(r[1] for r in base.values()) == sum(r[2] for r in base.values())
    assert len({sum(r) for r in base.values()}) == 1
    table = {t: list(r) for t, r in base.items()}
    for h, hs, as_, a in results:
        assert max(hs, as_) == 3 and min(hs, as_) < 3
        win, lose = (h, a) if hs > as_ else (a, h)
        five = min(hs, as_) == 2
        table[win][1 if five else 0] += 1
        table[lose][2 if five else 3] += 1
    rows = [(t, a + b, c + d, 3 * a + 2 * b + c) for t, (a, b, c, d) in table.items()]
    rows.sort(key=lambda r: (-r[3], -r[1]))
    assert len({(r[3], r[1]) for r in rows}) == len(rows)
    return rows


def signed(n):
    return f"+{n}" if n > 0 else str(n)


def briefs(label, items, glued=False):
    """A briefs column: the label, printed once, is the first item's section (none accepted) and accepted on the
    others; the kicker is accepted on every item; each item's one-line head is its title."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": ([label] if i == 0 else []) + [title], "body": [text]}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


def aligned(cells, widths):
    """A Latin row with its columns aligned by runs of spaces (the last cell not padded)."""
    return "".join(c.ljust(w) for c, w in zip(cells[:-1], widths)) + cells[-1]


# 1. GBK city evening paper: a football league round, the report glued over the round's results; the standings;
#    a preview; a glued briefs column.
DAY1 = date(2042, 5, 12)
BASE1 = {"城南队": [4, 2, 1, 13, 7], "江湾队": [4, 1, 2, 11, 8], "新港队": [4, 2, 1, 10, 6],
         "石桥队": [2, 1, 4, 8, 10], "南湖队": [2, 1, 4, 7, 11], "钢厂队": [1, 1, 5, 5, 12]}
ROUND1 = [("城南队", 3, 1, "江湾队"), ("新港队", 0, 0, "石桥队"), ("南湖队", 2, 1, "钢厂队")]
TABLE1 = football(BASE1, ROUND1)
assert sorted(BASE1, key=lambda t: (-pts(BASE1, t), -(BASE1[t][3] - BASE1[t][4])))[0] == "城南队"  # led before too
assert TABLE1[0][0] == "城南队" and TABLE1[1][0] == "新港队"
GAP1 = TABLE1[0][6] - TABLE1[1][6]
assert GAP1 == 2 and TABLE1[0][6] == 17
GOALS1 = [("江湾队", 11), ("城南队", 54), ("城南队", 70), ("城南队", 86)]
assert (sum(t == "城南队" for t, _ in GOALS1), sum(t == "江湾队" for t, _ in GOALS1)) == ROUND1[0][1:3]
FOOTBALL_PAGE = {
    "name": "zh_gbk_crlf_sports_results_page_city_football_report_score_in_head_kicker_byline_caption_credit_running_head_midquote_glued_results_block_standings_goal_difference_preview_glued_briefs",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汭阳晚报 2042-05-12 第7版 体育 (a city evening paper's sports page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 22. A football league report whose head carries the score with the ratio colon `∶` (U+2236) (kicker "
    "`城市足球联赛第8轮`, title `城南队3∶1逆转江湾队`, byline line `本报记者　邴　澍`, a caption and its credit inside "
    "a sentence, the coach's “” quotation cut by the running head before `追。”`, the goals 11′, 54′, 70′, 86′ "
    "agreeing with 3∶1); then, **with no blank line under the report's last line, the results block `第8轮赛果`** "
    "(three rows `home　score　away`); the standings `积分榜` (a header row and six rows with a signed goal "
    "difference, computed from the table before the round and the round's results); a preview opened by `本报讯　`; "
    "then, **with no blank line**, the label `赛场快讯` over three one-line-headed results briefs.",
    "date": "2042-05-12", "page": "7",
    "head": ["汭阳晚报", f"2042年5月12日　{weekday(DAY1)}　　第7版　体育　　责任编辑：匡　峤"],
    "foot": ["汭阳晚报社　　体育部热线：0736-5281940"],
    "furniture": ["汭阳晚报", "2042年5月12日", weekday(DAY1), "第7版", "体育", "责任编辑：匡　峤", "汭阳晚报·体育",
                  "汭阳晚报社", "体育部热线：0736-5281940"],
    "run": ["汭阳晚报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城市足球联赛第8轮", "城南队3∶1逆转江湾队", "本报记者　邴　澍"],
         "kicker": "城市足球联赛第8轮", "title": "城南队3∶1逆转江湾队",
         "byline": ["本报记者　邴　澍", "邴　澍", "邴澍"],
         "captions": ["城南队前锋（红衣）在禁区内射门。"], "credits": ["（本报记者　邴　澍　摄）"],
         "body": [f"昨天下午，城市足球联赛第8轮在滨江足球场进行。城南队先失一球，随后连进三球，以3∶1逆转江湾队，"
                  f"积{TABLE1[0][6]}分继续领跑，领先第二名新港队{GAP1}分。",
                  f"江湾队开场第{GOALS1[0][1]}分钟由队长闫牧远头球破门，{{cap}}下半场城南队换上两名年轻前锋，"
                  f"第{GOALS1[1][1]}分钟扳平比分，第{GOALS1[2][1]}分钟和第{GOALS1[3][1]}分钟又各进一球。",
                  "赛后，城南队主教练庞立川说：“落后的时候我跟队员们讲，别急，还有八十分钟，一个球一个球往回"
                  "{run}追。”"]},
        {"glued": True, "lines": ["第8轮赛果"], "title": "第8轮赛果",
         "body": [("row", f"{h}　{hg}∶{ag}　{a}") for h, hg, ag, a in ROUND1]},
        {"lines": ["积分榜"], "title": "积分榜",
         "body": [("row", "名次　球队　胜　平　负　净胜球　积分")]
         + [("row", f"{i}　{t}　{w}　{d}　{lo}　{signed(gf - ga)}　{p}")
            for i, (t, w, d, lo, gf, ga, p) in enumerate(TABLE1, 1)]},
        {"tight": True, "lines": ["女子联赛周六开幕　六队争冠"], "title": "女子联赛周六开幕　六队争冠",
         "body": ["本报讯　城市女子足球联赛本周六在滨江足球场开幕，六支球队将进行双循环比赛，揭幕战由去年冠军"
                  "南湖队对阵新军石桥队。"]},
        *briefs("赛场快讯", [
            ("乒乓球团体赛电厂队夺冠", "在市乒乓球团体赛决赛中，电厂队以3∶1战胜二中队，获得冠军。"),
            ("门球邀请赛落幕", "为期两天的门球邀请赛昨天落幕，东湖社区队五战全胜夺冠。"),
            ("少年篮球赛实验小学卫冕", "少年篮球赛小学组决赛中，实验小学队以42∶37战胜城关小学队，成功卫冕。"),
        ], glued=True),
    ],
}

# 2. GB18030 daily: a basketball league round won by a last-second three (deck); the round's results glued under
#    the report; the next round's fixtures; a women's report; briefs. Indent-only.
RARE = "\u376a"  # 㝪, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 4, 14)
ROUND2 = [("钢城队", 91, 88, "江北队"), ("汽配队", 76, 82, "大学城队"), ("开发区队", 95, 79, "老城队")]
RUN2 = (88, 88)  # the score with three seconds left; the three-pointer made it 91:88
assert (RUN2[0] + 3, RUN2[1]) == ROUND2[0][1:3]
NEXT2 = next_day(DAY2, 5)  # the next round: Saturday and Sunday
FIX2 = [(NEXT2, "19:30", "江北队", "汽配队"), (NEXT2, "19:30", "大学城队", "开发区队"),
        (NEXT2 + timedelta(days=1), "19:30", "老城队", "钢城队")]
assert all(d > DAY2 for d, *_ in FIX2) and sorted(t for *_, h, a in FIX2 for t in (h, a)) == sorted(
    t for h, _, _, a in ROUND2 for t in (h, a))
BASKET_PAGE = {
    "name": "zh_gb18030_lf_sports_results_page_basketball_report_score_in_head_deck_rare_char_byline_caption_credit_running_head_midquote_indent_only_glued_results_block_fixtures_list_second_report_briefs",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"汶澜日报 2042-04-14 第12版 体育新闻 (`{RARE}` U+376A, CJK Extension A, in the reporter's name `鄂　{RARE}`; in "
    "GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A basketball league report whose head carries "
    "the score with an ASCII colon (title `钢城队91:88险胜江北队`, **deck** `最后3秒邬一鸣命中三分` (the subtitle), "
    "byline line, a caption and its credit inside a sentence, the player's “” quotation cut by the running head "
    "before `投了。”`, the run `88:88` + 3 = `91:88`, asserted); then, **with no blank line under the report, the "
    "results block `第11轮赛果`** (three rows); the fixtures list `第12轮赛程` (three rows `date　weekday　time　"
    "home—away`, the weekdays computed); a women's report opened by `本报讯　`; the label `赛事短讯` over two "
    "one-line-headed results briefs.",
    "date": "2042-04-14", "page": "12",
    "head": ["汶澜日报", f"2042年4月14日　{weekday(DAY2)}　　第12版　体育新闻"],
    "foot": ["汶澜日报社　　地址：汶澜市新华路88号　　热线：0635-8217630"],
    "furniture": ["汶澜日报", "2042年4月14日", weekday(DAY2), "第12版", "体育新闻", "汶澜日报·体育新闻",
                  "汶澜日报社", "地址：汶澜市新华路88号", "热线：0635-8217630"],
    "run": ["汶澜日报·体育新闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["钢城队91:88险胜江北队", "最后3秒邬一鸣命中三分", f"本报记者　鄂　{RARE}"],
         "title": "钢城队91:88险胜江北队", "subtitle": "最后3秒邬一鸣命中三分",
         "byline": [f"本报记者　鄂　{RARE}", f"鄂　{RARE}", f"鄂{RARE}"],
         "captions": ["钢城队后卫邬一鸣（左）突破上篮。"], "credits": [f"（本报记者　鄂　{RARE}　摄）"],
         "body": ["昨晚，城市篮球联赛第11轮在西岭篮球馆进行，钢城队凭借后卫邬一鸣终场前3秒的三分球，以91:88险胜"
                  "江北队。",
                  "江北队全场大部分时间领先，第三节结束时还领先9分，{cap}第四节钢城队加强防守，最后两分钟打出一波"
                  f"8:0的小高潮，把比分追成{RUN2[0]}:{RUN2[1]}。",
                  "邬一鸣赛后说：“那个球出手的时候我心里也没底，教练说最后一攻交给我，我就{run}投了。”"]},
        {"glued": True, "lines": ["第11轮赛果"], "title": "第11轮赛果",
         "body": [("row", f"{h}　{hs}:{as_}　{a}") for h, hs, as_, a in ROUND2]},
        {"lines": ["第12轮赛程"], "title": "第12轮赛程",
         "body": [("row", f"{d.month}月{d.day}日　{zhou(d)}　{t}　{h}—{a}") for d, t, h, a in FIX2]},
        {"tight": True, "lines": ["女子组大学城队三连胜"], "title": "女子组大学城队三连胜",
         "body": ["本报讯　城市篮球联赛女子组昨晚同场进行，大学城队以68:61战胜开发区队，取得三连胜。大学城队中锋"
                  "韦晓棠全场拿下24分。"]},
        *briefs("赛事短讯", [
            ("职工排球赛教师队夺冠", "全市职工排球赛昨天结束决赛，教师队以3:1战胜医院队，夺得冠军。"),
            ("业余网球公开赛落幕", "业余网球公开赛男子单打决赛中，宋予川以2:0战胜柴景行，获得冠军。"),
        ]),
    ],
}

# 3. Big5 Taiwan: a county amateur baseball league (games behind); a second report with the results glued under
#    it; the standings; a glued briefs column.
DAY3 = date(2042, 6, 9)
BASE3 = {"吉安隊": [8, 2], "壽豐隊": [7, 3], "鳳林隊": [5, 5], "玉里隊": [4, 6], "光復隊": [4, 6], "瑞穗隊": [2, 8]}
ROUND3 = [("吉安隊", 7, 4, "壽豐隊"), ("鳳林隊", 5, 2, "玉里隊"), ("光復隊", 6, 1, "瑞穗隊")]
TABLE3 = wins(BASE3, ROUND3)
LEAD3 = TABLE3[0]


def behind(row):
    gb = ((LEAD3[1] - row[1]) + (row[2] - LEAD3[2])) / 2
    return "—" if gb == 0 else (f"{gb:.0f}" if gb == int(gb) else f"{gb:.1f}")


assert TABLE3[0][0] == "吉安隊" and TABLE3[1][0] == "壽豐隊" and behind(TABLE3[1]) == "2"
assert TABLE3[2][0] == "鳳林隊" and TABLE3[2][1:] == (6, 5)
RUNS3 = (1, 3, 3)  # 吉安 runs: first five innings, sixth, eighth
assert sum(RUNS3) == ROUND3[0][1] and ROUND3[0][2] == 4
BASEBALL_PAGE = {
    "name": "zht_big5_cr_taiwan_sports_results_page_county_baseball_report_score_in_head_kicker_byline_caption_credit_running_head_midquote_second_report_glued_results_block_standings_games_behind_glued_briefs",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "璞溪日報 2042-06-09 (`中華民國131年6月9日`) B6 運動 (Hualien county, Taiwan), Big5, CR; blank-line "
    "paragraphs, wrapped at 20. A county amateur baseball report whose head carries the score with `比` (kicker "
    "`縣社會組棒球聯賽`, title `吉安隊7比4擊敗壽豐隊`, byline line `記者游品涵／花蓮報導`, a caption and its credit "
    "inside a sentence, the manager's 「」 quotation cut by the running head before `拚來的。」`, the runs 1 + 3 + 3 = "
    "7 and `2場勝差` asserted); a second report opened by `【記者游品涵／花蓮報導】`; then, **with no blank line "
    "under its last line, the results block `第11輪賽果`** (three rows); the standings `戰績表` (`隊名　勝　敗　勝差`, "
    "six rows, the leader's games behind `—`); then, **with no blank line under the last row**, the label `球壇快訊` "
    "over two one-line-headed results briefs.",
    "date": "2042-06-09", "page": "B6",
    "head": [f"璞溪日報　中華民國131年6月9日　{weekday(DAY3)}", "B6　運動　　編輯：溫郁庭"],
    "foot": ["璞溪日報社　讀者服務專線：(03)8326-517"],
    "furniture": ["璞溪日報", "中華民國131年6月9日", weekday(DAY3), "B6", "運動", "編輯：溫郁庭", "璞溪日報．運動",
                  "璞溪日報社", "讀者服務專線：(03)8326-517"],
    "run": ["璞溪日報．運動"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["縣社會組棒球聯賽", "吉安隊7比4擊敗壽豐隊", "記者游品涵／花蓮報導"],
         "kicker": "縣社會組棒球聯賽", "title": "吉安隊7比4擊敗壽豐隊",
         "byline": ["記者游品涵／花蓮報導", "游品涵"],
         "captions": ["吉安隊打者在八局揮出安打。"], "credits": ["（記者游品涵攝）"],
         "body": [f"縣社會組棒球聯賽第11輪昨天在縣立棒球場進行，吉安隊以7比4擊敗壽豐隊，戰績{LEAD3[1]}勝{LEAD3[2]}敗，"
                  f"領先第二名壽豐隊{behind(TABLE3[1])}場勝差。",
                  f"壽豐隊前五局以4比{RUNS3[0]}領先，{{cap}}吉安隊在第六局攻下{RUNS3[1]}分追平，八局下再靠兩支安打"
                  f"攻下{RUNS3[2]}分，逆轉比賽。",
                  "吉安隊總教練賴志宏說，「球員落後時沒有放棄，每個人都想把球打出去，這場勝利是大家一起{run}拚來的。」"]},
        {"tight": True, "lines": ["鳳林隊5比2勝玉里隊　穩居第三"], "title": "鳳林隊5比2勝玉里隊　穩居第三",
         "byline": [None, "記者游品涵／花蓮報導", "記者游品涵", "游品涵"],
         "body": ["【記者游品涵／花蓮報導】同日另一場比賽，鳳林隊投手林冠宇投滿九局只失2分，幫助球隊以5比2擊敗"
                  f"玉里隊，戰績{TABLE3[2][1]}勝{TABLE3[2][2]}敗，穩居第三。"]},
        {"glued": True, "lines": ["第11輪賽果"], "title": "第11輪賽果",
         "body": [("row", f"{h}　{hs}比{as_}　{a}") for h, hs, as_, a in ROUND3]},
        {"lines": ["戰績表"], "title": "戰績表",
         "body": [("row", "隊名　勝　敗　勝差")] + [("row", f"{t}　{w}　{lo}　{behind((t, w, lo))}")
                                                  for t, w, lo in TABLE3]},
        *briefs("球壇快訊", [
            ("縣長盃桌球賽落幕", "縣長盃桌球賽昨天落幕，社會男子團體組由新城隊以3比2險勝秀林隊，奪得冠軍。"),
            ("慢速壘球邀請賽", "慢速壘球邀請賽週日結束，豐濱隊以12比9擊敗富里隊奪冠。"),
        ], glued=True),
    ],
}

# 4. Big5-HKSCS Hong Kong, Cantonese: a district football league (standings with goal difference), a preview,
#    briefs. Indent-only, nothing glued.
DAY4 = date(2042, 10, 20)
assert (DAY4 - timedelta(days=1)).weekday() == 6  # the round was played on Sunday, 星期日
BASE4 = {"東涌海鷗": [3, 1, 1, 9, 5], "屯門晨光": [3, 0, 2, 8, 6], "沙田藍星": [2, 2, 1, 7, 5],
         "西貢漁民": [2, 1, 2, 6, 7], "元朗青苗": [1, 1, 3, 5, 8], "柴灣鐵騎": [1, 1, 3, 4, 8]}
ROUND4 = [("東涌海鷗", 2, 0, "屯門晨光"), ("沙田藍星", 1, 1, "西貢漁民"), ("元朗青苗", 3, 2, "柴灣鐵騎")]
TABLE4 = football(BASE4, ROUND4)
assert TABLE4[0][0] == "東涌海鷗" and TABLE4[1][0] == "沙田藍星"
GAP4 = TABLE4[0][6] - TABLE4[1][6]
assert GAP4 == 4
WINS4 = {t: w for t, w, *_ in TABLE4}
assert WINS4["元朗青苗"] == 2  # 今季第二場贏波
FOOTBALL_HK_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_sports_results_page_district_football_report_cantonese_kicker_byline_caption_credit_running_head_midquote_indent_only_results_block_standings_preview_briefs",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鰂灣日報 2042-10-20 C4 體育 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 哋 冇 嚟`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A district football league report in Cantonese whose head carries the "
    "score (kicker `地區足球聯賽甲組`, title `東涌海鷗2比0贏晨光　穩坐榜首`, byline line `記者　岑卓瑤`, a caption and "
    "its credit inside a sentence, the coach's 「」 quotation cut by the running head before `成績。」`); then, after a "
    "blank line, the results block `本輪賽果` (three rows); the standings `積分榜` (`名次　球隊　勝　和　負　得失球　"
    "積分`, six rows, computed from the table before the round); a `【本報訊】` preview; the label `波壇快訊` over "
    "two one-line-headed results briefs. No article is glued on this page.",
    "date": "2042-10-20", "page": "C4",
    "head": [f"鰂灣日報　2042年10月20日　{weekday(DAY4)}", "C4　體育　　編輯：麥卓琳"],
    "foot": ["鰂灣日報社　　熱線：2561 7304"],
    "furniture": ["鰂灣日報", "2042年10月20日", weekday(DAY4), "C4", "體育", "編輯：麥卓琳", "鰂灣日報．體育",
                  "鰂灣日報社", "熱線：2561 7304"],
    "run": ["鰂灣日報．體育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["地區足球聯賽甲組", "東涌海鷗2比0贏晨光　穩坐榜首", "記者　岑卓瑤"],
         "kicker": "地區足球聯賽甲組", "title": "東涌海鷗2比0贏晨光　穩坐榜首",
         "byline": ["記者　岑卓瑤", "岑卓瑤"],
         "captions": ["海鷗前鋒（白衫）起腳射門。"], "credits": ["（岑卓瑤攝）"],
         "body": [f"地區足球聯賽甲組第6輪星期日喺海濱球場開波，東涌海鷗主場2比0贏屯門晨光，積{TABLE4[0][6]}分，"
                  f"拋離第二位嘅沙田藍星{GAP4}分。",
                  "上半場兩隊都冇乜機會，{cap}下半場第52分鐘海鷗隊長蕭家朗頭槌破網，第80分鐘後備入替嘅梁浩鋒再入"
                  "一球。",
                  "海鷗教練戴永信話：「我哋啲球員好多都係放咗工先嚟練波，佢哋肯捱，先至有今日嘅{run}成績。」"]},
        {"lines": ["本輪賽果"], "title": "本輪賽果",
         "body": [("row", f"{h}　{hg}比{ag}　{a}") for h, hg, ag, a in ROUND4]},
        {"lines": ["積分榜"], "title": "積分榜",
         "body": [("row", "名次　球隊　勝　和　負　得失球　積分")]
         + [("row", f"{i}　{t}　{w}　{d}　{lo}　{signed(gf - ga)}　{p}")
            for i, (t, w, d, lo, gf, ga, p) in enumerate(TABLE4, 1)]},
        {"tight": True, "lines": ["青苗下輪挑戰海鷗"], "title": "青苗下輪挑戰海鷗",
         "byline": None,
         "body": ["【本報訊】元朗青苗贏咗今季第二場波，下星期日會去東涌挑戰榜首海鷗。青苗教練話，會用三條中堅"
                  "死守，搏一個和波。"]},
        *briefs("波壇快訊", [
            ("五人足球賽朗天封王", "區際五人足球賽決賽，朗天隊以4比3險勝海怡隊，奪得冠軍。"),
            ("乒乓球團體賽", "區議會盃乒乓球團體賽星期六完咗，長者組由愛民隊以3比1贏出。"),
        ]),
    ],
}

# 5. UTF-8 Malaysian (Penang) daily: a badminton team league (deck), the results glued under the report, the next
#    round's fixtures, a preview with a place tag, a glued briefs column.
DAY5 = date(2042, 7, 16)
ROUND5 = [("北海队", 3, 2, "大山脚队"), ("日落洞队", 4, 1, "亚依淡队"), ("浮罗山背队", 0, 5, "威南队")]
assert all(hs + as_ == 5 for _, hs, as_, _ in ROUND5)  # five rubbers a tie
DECIDER5 = (23, 21)
assert DECIDER5[0] - DECIDER5[1] == 2 and DECIDER5[0] > 21  # a game won at deuce
NEXT5 = next_day(DAY5, 1)  # next Tuesday
FIX5 = [(NEXT5, "大山脚队", "日落洞队"), (NEXT5, "亚依淡队", "浮罗山背队"), (NEXT5 + timedelta(days=1), "威南队", "北海队")]
assert all(d > DAY5 for d, *_ in FIX5)
BADMINTON_PAGE = {
    "name": "zh_utf8_nobom_crlf_malaysia_sports_results_page_badminton_team_league_report_deck_byline_caption_credit_running_head_midquote_glued_results_block_fixtures_list_place_tag_preview_glued_briefs",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "屿光日报 槟城版 2042-07-16 A14 体育 (a Malaysian Chinese daily's Penang edition; simplified), UTF-8 "
    "without BOM, CRLF; blank-line paragraphs, wrapped at 21. A badminton team league report whose head carries the "
    "tie's score (title `北海队3比2险胜大山脚队`, **deck** `混双决胜局23比21定胜负` (the subtitle), byline line "
    "`记者　卢佩珊`, a caption and its credit inside a sentence, the player's “” quotation cut by the running head "
    "before `赢了。”`); then, **with no blank line, the results block `第5轮成绩`** (three rows, each tie's five "
    "rubbers adding up, asserted); the fixtures list `第6轮赛程` (`date（weekday）　time　home对away`, computed); "
    "a preview opened by the place tag `（槟城讯）`; then, **with no blank line**, the label `赛果简报` over three "
    "one-line-headed results briefs.",
    "date": "2042-07-16", "page": "A14",
    "head": ["屿光日报　槟城版", f"2042年7月16日　{weekday(DAY5)}　　A14　体育　　主编：温卓凡"],
    "foot": ["屿光日报槟城办事处　　电话：04-228 6417"],
    "furniture": ["屿光日报", "槟城版", "2042年7月16日", weekday(DAY5), "A14", "体育", "主编：温卓凡", "屿光日报·体育",
                  "屿光日报槟城办事处", "电话：04-228 6417"],
    "run": ["屿光日报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["北海队3比2险胜大山脚队", f"混双决胜局{DECIDER5[0]}比{DECIDER5[1]}定胜负", "记者　卢佩珊"],
         "title": "北海队3比2险胜大山脚队", "subtitle": f"混双决胜局{DECIDER5[0]}比{DECIDER5[1]}定胜负",
         "byline": ["记者　卢佩珊", "卢佩珊"],
         "captions": ["北海队混双组合在决胜局庆祝得分。"], "credits": ["（卢佩珊摄）"],
         "body": ["槟州羽球团体联赛第5轮昨晚在日落洞羽球馆进行，北海队以3比2险胜大山脚队，保持不败。",
                  "两队前四场打成2比2，{cap}最后一场混双，北海队的陈志豪和林慧妤在决胜局以"
                  f"{DECIDER5[0]}比{DECIDER5[1]}胜出。",
                  "林慧妤说：“最后几分手一直在抖，只想着把球打过去，没想到真的{run}赢了。”"]},
        {"glued": True, "lines": ["第5轮成绩"], "title": "第5轮成绩",
         "body": [("row", f"{h}　{hs}比{as_}　{a}") for h, hs, as_, a in ROUND5]},
        {"lines": ["第6轮赛程"], "title": "第6轮赛程",
         "body": [("row", f"{d.month}月{d.day}日（{zhou(d)}）　晚上8时　{h}对{a}") for d, h, a in FIX5]},
        {"tight": True, "lines": ["州青年赛下月举行"], "title": "州青年赛下月举行",
         "body": ["（槟城讯）槟州青年羽球赛下月在北海举行，设男女单打和双打共六个项目，即日起接受报名。"]},
        *briefs("赛果简报", [
            ("乒乓联赛日落洞夺冠", "槟州乒乓联赛昨天结束，日落洞队在决赛以3比1击败北海队夺冠。"),
            ("保龄球黄俊彬摘金", "全国保龄球公开赛昨天结束，槟州选手黄俊彬以六局1286分夺得男子组冠军。"),
            ("藤球赛威南队卫冕", "州藤球锦标赛决赛中，威南队以2比1击败亚依淡队，成功卫冕。"),
        ], glued=True),
    ],
}

# 6. UTF-16 LE city evening paper: a women's volleyball league won in five sets (set scores computed); results;
#    standings by volleyball points; a second report; briefs. Indent-only, nothing glued.
DAY6 = date(2042, 3, 25)
SETS6 = [(21, 25), (23, 25), (25, 20), (25, 22), (15, 12)]  # 龙文 first
WON6 = sum(a > b for a, b in SETS6)
assert (WON6, len(SETS6) - WON6) == (3, 2)
assert all((max(a, b) >= (15 if i == 4 else 25)) and abs(a - b) >= 2 for i, (a, b) in enumerate(SETS6))
BASE6 = {"芗城队": [3, 1, 0, 1], "龙文队": [2, 1, 1, 1], "长泰队": [2, 0, 0, 3], "角美队": [1, 0, 1, 3]}
ROUND6 = [("龙文队", 3, 2, "芗城队"), ("角美队", 1, 3, "长泰队")]
TABLE6 = volley(BASE6, ROUND6)
assert TABLE6[0][0] == "芗城队" and TABLE6[1][0] == "龙文队" and TABLE6[0][3] - TABLE6[1][3] == 1
assert TABLE6[1][3] == 11
VOLLEY_PAGE = {
    "name": "zh_utf16le_bom_lf_sports_results_page_womens_volleyball_report_set_scores_kicker_byline_caption_credit_running_head_midquote_indent_only_results_block_standings_volleyball_points_briefs",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "漳溪晚报 2042-03-25 第10版 体育 (a city evening paper), UTF-16 LE with BOM, LF; indent-only paragraphs, "
    "wrapped at 22. A women's volleyball league report whose head carries the score `3∶2` (kicker `城市女排联赛`, "
    "title `龙文队3∶2力克芗城队`, byline line `本报记者　阮　蓓`, the five set scores `21∶25、23∶25、25∶20、25∶22、"
    "15∶12` agreeing with 3∶2, a caption and its credit inside a sentence, the setter's “” quotation cut by the "
    "running head before `攻手。”`); then, after a blank line, the results block `第6轮赛果` (two rows); the standings "
    "`积分榜` (`名次　球队　胜　负　积分`, volleyball points 3/2/1/0 computed from the table before the round); a "
    "本报讯 second report; the label `体坛短波` over two one-line-headed results briefs. Nothing glued.",
    "date": "2042-03-25", "page": "10",
    "head": ["漳溪晚报", f"2042年3月25日　{weekday(DAY6)}　　第10版　体育　　责任编辑：滕　珂"],
    "foot": ["漳溪晚报社　　新闻热线：0596-3108275"],
    "furniture": ["漳溪晚报", "2042年3月25日", weekday(DAY6), "第10版", "体育", "责任编辑：滕　珂", "漳溪晚报·体育",
                  "漳溪晚报社", "新闻热线：0596-3108275"],
    "run": ["漳溪晚报·体育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城市女排联赛", "龙文队3∶2力克芗城队", "本报记者　阮　蓓"],
         "kicker": "城市女排联赛", "title": "龙文队3∶2力克芗城队",
         "byline": ["本报记者　阮　蓓", "阮　蓓", "阮蓓"],
         "captions": ["龙文队副攻（左）拦网。"], "credits": ["（本报记者　阮　蓓　摄）"],
         "body": ["城市女排联赛第6轮昨晚在滨海排球馆进行，龙文队在先输两局的情况下连扳三局，以3∶2力克芗城队，"
                  f"积分追到{TABLE6[1][3]}分，只比芗城队少{TABLE6[0][3] - TABLE6[1][3]}分。五局比分为"
                  + "、".join(f"{a}∶{b}" for a, b in SETS6) + "。",
                  "第三局龙文队换上二传手卢思彤，{cap}进攻节奏明显加快。",
                  "卢思彤赛后说：“上场前教练只说了一句，别怕丢分，把球传到位，剩下的交给{run}攻手。”"]},
        {"lines": ["第6轮赛果"], "title": "第6轮赛果",
         "body": [("row", f"{h}　{hs}∶{as_}　{a}") for h, hs, as_, a in ROUND6]},
        {"lines": ["积分榜"], "title": "积分榜",
         "body": [("row", "名次　球队　胜　负　积分")]
         + [("row", f"{i}　{t}　{w}　{lo}　{p}") for i, (t, w, lo, p) in enumerate(TABLE6, 1)]},
        {"tight": True, "lines": ["长泰队3∶1胜角美队"], "title": "长泰队3∶1胜角美队",
         "body": ["本报讯　同晚另一场比赛，长泰队主攻手严雨桐拿下19分，帮助球队以3∶1战胜角美队，保住积分榜"
                  "第三位。"]},
        *briefs("体坛短波", [
            ("少儿游泳赛落幕", "全市少儿游泳比赛周日落幕，实验小学代表队以六金列金牌榜首位。"),
            ("门球赛龙海队夺冠", "老年门球邀请赛决赛中，龙海队以14∶11战胜石码队，获得冠军。"),
        ]),
    ],
}
assert [r[0] for r in TABLE6].index("长泰队") == 2  # 保住第三位: third before the round too
assert sorted(BASE6, key=lambda t: -(3 * BASE6[t][0] + 2 * BASE6[t][1] + BASE6[t][2])).index("长泰队") == 2

# 7. Masbatenyo (Masbate City, Philippines), UTF-16 BE: a barangay basketball league; the results glued under the
#    report; the standings (won, lost); a preview; a glued briefs column.
DAY7 = date(2042, 8, 4)
BASE7 = {"Bapor": [7, 1], "Nursery": [5, 3], "Ibingay": [4, 4], "Usab": [4, 4], "Kinamaligan": [3, 5], "Tugbo": [1, 7]}
ROUND7 = [("Nursery", 91, 88, "Bapor"), ("Ibingay", 77, 70, "Usab"), ("Tugbo", 80, 64, "Kinamaligan")]
TABLE7 = wins(BASE7, ROUND7)
assert [r[0] for r in TABLE7[:2]] == ["Bapor", "Nursery"]
LATE7 = (88, 88)  # level in the last minute; the three at the end made it 91–88
assert LATE7[0] + 3 == ROUND7[0][1] and LATE7[1] == ROUND7[0][2]
NEXT7 = next_day(DAY7, 5)
BASKET_PH_PAGE = {
    "name": "msb_utf16be_bom_crlf_masbatenyo_sports_results_page_barangay_basketball_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_results_rows_aligned_standings_preview_glued_briefs",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Balita Masbate 2042-08-04 Page 8 Sports (an invented Masbate City paper, Philippines; Masbatenyo text, "
    "English furniture), UTF-16 BE with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A barangay basketball league report whose head carries the score `91–88` (kicker `Liga sa "
    "Barangay`, title over two lines, byline line `Sinurat ni Joanna Lepasana`, the dateline `MASBATE CITY –`, a "
    "caption and its credit inside a sentence, the player's “” quotation cut by the running head before `bola.”`); "
    "then, **with no blank line under the report, the results block `Resulta san Round 9`** (three rows aligned "
    "with runs of spaces); the standings `Standing` (a header row `Team D P` and six rows, won and lost); a preview "
    "with the dateline; then, **with no blank line**, the label `Iba pa nga resulta` over two one-line-headed "
    "results briefs.",
    "date": "2042-08-04", "page": "8",
    "head": [f"BALITA MASBATE · {english(DAY7)} · Page 8", "Sports · Editor: Ramil Espinosa"],
    "foot": ["Balita Masbate · balita@masbate.example.ph"],
    "furniture": ["BALITA MASBATE", english(DAY7), "Page 8", "Sports", "Editor: Ramil Espinosa",
                  "Balita Masbate · Sports", "Balita Masbate", "balita@masbate.example.ph"],
    "run": ["Balita Masbate · Sports"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Liga sa Barangay", "Nursery nagdaog sa Bapor,", "91–88", "Sinurat ni Joanna Lepasana"],
         "kicker": "Liga sa Barangay", "title": "Nursery nagdaog sa Bapor, 91–88",
         "byline": ["Sinurat ni Joanna Lepasana", "Joanna Lepasana"],
         "captions": ["Si Ronel Abapo samtang nagatira sa huring segundo."], "credits": ["Kuha ni Dexter Almonte"],
         "body": [syl("MASBATE CITY – Ginpukan san Nursery an nangunguna nga Bapor, 91–88, kagab-i sa Liga sa "
                      "Barangay sa plaza, salamat sa tres ni Ronel Abapo sa huring tulo ka segundo. Nakapuntos si "
                      "Abapo sin 27, kaupod an napulo kag duwa nga rebound."),
                  syl(f"Nakauna an Bapor sa tulo ka quarter, {{cap}}pero sa huring minuto nakaabot an Nursery sa "
                      f"{LATE7[0]}–{LATE7[1]}."),
                  syl("Suno kay Abapo: “Wara ako nahadlok, an sabi san amon coach ako an matira, kaya "
                      "ginbuhian ko lang an {run}bola.”")]},
        {"glued": True, "lines": ["Resulta san Round 9"], "title": "Resulta san Round 9",
         "body": [("row", aligned([h, f"{hs}–{as_}", a], [13, 7])) for h, hs, as_, a in ROUND7]},
        {"lines": ["Standing"], "title": "Standing",
         "body": [("row", aligned(["Team", "D", "P"], [14, 4]))]
         + [("row", aligned([t, str(w), str(lo)], [14, 4])) for t, w, lo in TABLE7]},
        {"tight": True, "lines": ["Ibingay kontra Nursery", "sa Sabado"], "title": "Ibingay kontra Nursery sa Sabado",
         "body": [syl(f"MASBATE CITY – Magsasampo an Ibingay ngan Nursery sa Sabado, {NEXT7.day} sin Agosto, "
                      "sa plaza. An makadaog maiyan sa ikaduwa nga puwesto.")]},
        *briefs("Iba pa nga resulta", [
            ("Volleyball san kababayen-an", syl("Nagdaog an Mobo kontra Milagros, 3–1, sa finals san volleyball "
                                                "san kababayen-an sa Mobo.")),
            ("Football sa eskwelahan", syl("Nagdaog an Masbate National High kontra Cataingan, 2–0, sa "
                                           "football san mga estudyante.")),
        ], glued=True),
    ],
}
assert NEXT7.month == 8 and NEXT7.weekday() == 5
assert [r[0] for r in TABLE7].index("Ibingay") == 2 and [r[0] for r in TABLE7].index("Nursery") == 1

# 8. Istriot (Rovinj, Istria, Croatia), Windows-1252: a village football league; the results; a second report
#    glued under the last results row; the Sunday fixtures; briefs. Indent-only with three spaces.
DAY8 = date(2042, 9, 15)
ROUND8 = [("Ruveîgno", 2, 0, "Dignan"), ("Vale", 1, 1, "Gajana"), ("Fasana", 0, 3, "Sisan")]
GOALS8 = [58, 81]
assert len(GOALS8) == ROUND8[0][1] and ROUND8[0][2] == 0
SUN8 = next_day(DAY8, 6)
FIX8 = [("Dignan", "Vale"), ("Gajana", "Fasana"), ("Sisan", "Ruveîgno")]
assert sorted(t for p in FIX8 for t in p) == sorted(t for h, _, _, a in ROUND8 for t in (h, a))
FOOTBALL_IST_PAGE = {
    "name": "ist_cp1252_cr_istriot_sports_results_page_village_football_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_results_rows_aligned_glued_second_report_fixtures",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 41, "indent": "   ", "blank": False,
    "note": "La Cuntrada 2042-09-15 Pagina 9 Sport (an invented Rovinj paper, Istria, Croatia; Istriot text, Italian "
    "furniture), Windows-1252 (`î ò ù à ì “ ” ’ – ·`), CR; **indent-only paragraphs (three spaces)**, wrapped at 41 "
    "with hyphenation. A village football league report whose head carries the score `2–0` (kicker `Lìga de i "
    "paìsi`, title over two lines, byline line `De Nadia Rocco`, the dateline `RUVEÎGNO –`, a caption and its credit "
    "inside a sentence, the coach's “” quotation cut by the running head before `copa.”`, the goals at 58 and 81 "
    "agreeing with 2–0); then, after a blank line, the results block `Risultadi` (three rows aligned with runs of "
    "spaces); then, **with no blank line under the last row**, a second report with the dateline `FASANA –`; the "
    "fixtures list `Partide de duminiga` (three rows, the Sunday's date computed); the label `In curto` over two "
    "one-line-headed results briefs.",
    "date": "2042-09-15", "page": "9",
    "head": [f"LA CUNTRADA · {italian(DAY8)} · Pagina 9", "Sport · Redazione: Marino Sponza"],
    "foot": ["La Cuntrada · cuntrada@ruveigno.example.hr"],
    "furniture": ["LA CUNTRADA", italian(DAY8), "Pagina 9", "Sport", "Redazione: Marino Sponza",
                  "La Cuntrada · Sport", "La Cuntrada", "cuntrada@ruveigno.example.hr"],
    "run": ["La Cuntrada · Sport"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Lìga de i paìsi", "Ruveîgno bato Dignan", "2–0 in casa", "De Nadia Rocco"],
         "kicker": "Lìga de i paìsi", "title": "Ruveîgno bato Dignan 2–0 in casa",
         "byline": ["De Nadia Rocco", "Nadia Rocco"],
         "captions": ["El nùmaro nuve de Ruveîgno cul balòn."], "credits": ["Foto: Elvis Pauletich"],
         "body": [syl("RUVEÎGNO – La scuadra de Ruveîgno ga bato Dignan 2–0 a la Valdibora, cu doûi gol in tel "
                      "sicondo tenpo, e la resta in sima de la clasifica. La Valdibora "
                      "gera piena de tifusi, e i zugaduri ga ringrasià duta la zente."),
                  syl(f"El primo tenpo xì stà sensa gol; {{cap}}al minuto {GOALS8[0]} Matteo Benussi ga segnà de "
                      f"testa, e al minuto {GOALS8[1]} ga radupià Ivan Devescovi."),
                  syl("L’alenadur Franco Quarantotto ga dito: “I fioi ga zugà cul cour, ma la stajon xì ancura "
                      "longa e nu ghe vol pinsà {run}ala copa.”")]},
        {"lines": ["Risultadi"], "title": "Risultadi",
         "body": [("row", aligned([h, f"{hs}–{as_}", a], [11, 5])) for h, hs, as_, a in ROUND8]},
        {"glued": True, "tight": True, "lines": ["Sisan vinsi a Fasana"], "title": "Sisan vinsi a Fasana",
         "body": [syl("FASANA – Sisan ga vinto 3–0 a Fasana, cu doûi gol del zuvano Luca Zaccai "
                      "e uno de testa de Piero Ive. I tifusi de Sisan ga cantà fin ala sira e ga "
                      "aplaudì i zugaduri.")]},
        {"lines": ["Partide de duminiga"], "title": "Partide de duminiga",
         "body": [("row", aligned([f"{SUN8.day}.{SUN8.month}.", "16.00", f"{h} – {a}"], [8, 7])) for h, a in FIX8]},
        *briefs("In curto", [
            ("Balanoto", syl("I zuvani de Ruveîgno ga bato Pula 9–7 in tel turneo de istà, davanti a "
                              "cinquesento tifusi.")),
            ("Bucie", syl("La cubia de Vale ga vinto el turneo de bucie de San Zuane, 13–9 in finale.")),
        ]),
    ],
}

# 9. Lenje (Kabwe, Central Province, Zambia), ISO-8859-1: a township football league; the standings; the results
#    with a second report glued under the last row; a glued briefs column.
DAY9 = date(2042, 2, 24)
assert (DAY9 - timedelta(days=1)).weekday() == 6  # mu Sondo: on Sunday
BASE9 = {"Makululu Rangers": [5, 2, 1, 15, 7], "Chowa United": [4, 3, 1, 13, 8], "Katondo Eagles": [4, 2, 2, 12, 9],
         "Bwacha Lions": [3, 1, 4, 9, 11], "Mukobeko Stars": [2, 1, 5, 8, 14], "Natuseko Pioneers": [1, 1, 6, 6, 14]}
ROUND9 = [("Chowa United", 2, 1, "Makululu Rangers"), ("Bwacha Lions", 1, 1, "Katondo Eagles"),
          ("Natuseko Pioneers", 3, 1, "Mukobeko Stars")]
TABLE9 = football(BASE9, ROUND9)
assert pts(BASE9, "Makululu Rangers") > pts(BASE9, "Chowa United")  # Makululu led before the round
assert TABLE9[0][0] == "Chowa United" and TABLE9[0][6] == 18
FOOTBALL_ZM_PAGE = {
    "name": "leh_latin1_lf_lenje_sports_results_page_township_football_report_byline_dateline_caption_credit_running_head_midquote_standings_rows_aligned_results_block_glued_second_report_glued_briefs",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 39, "indent": "", "blank": True,
    "note": "Kabwe Lizwi 2042-02-24 Page 14 Sport (an invented Kabwe paper, Central Province, Zambia; Lenje text, "
    "English furniture), ISO-8859-1 (its only byte beyond ASCII the `·` of the head joins; straight quotes and "
    "ASCII hyphens in the scores `2-1`), LF; blank-line paragraphs, wrapped at 39 with hyphenation. A township "
    "football league report whose head carries the score (title over two lines, byline line `Kulemba: Bupe "
    "Mwansa`, the dateline `KABWE -`, a caption and its credit inside a sentence, the coach's \"\" quotation cut by "
    "the running head before `tulazunda.\"`); the standings `Ligi` (`Team W D L GD Pts` and six rows aligned with "
    "runs of spaces, computed from the table before the round, the winners going top on 18 points); the results "
    "block `Zyakacitika mu Round 9` (three rows); then, **with no blank line under the last row**, a second report "
    "with the dateline; then, **with no blank line**, the label `Zimwi zyakacitika` over two one-line-headed results "
    "briefs.",
    "date": "2042-02-24", "page": "14",
    "head": [f"KABWE LIZWI · {english(DAY9)} · Page 14", "Sport · Editor: Mwape Chileshe"],
    "foot": ["Kabwe Lizwi · news@kabwelizwi.example.zm"],
    "furniture": ["KABWE LIZWI", english(DAY9), "Page 14", "Sport", "Editor: Mwape Chileshe", "Kabwe Lizwi · Sport",
                  "Kabwe Lizwi", "news@kabwelizwi.example.zm"],
    "run": ["Kabwe Lizwi · Sport"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Chowa United bazunda", "Makululu Rangers 2-1", "Kulemba: Bupe Mwansa"],
         "title": "Chowa United bazunda Makululu Rangers 2-1", "byline": ["Kulemba: Bupe Mwansa", "Bupe Mwansa"],
         "captions": ["Bakasowa ba Chowa United kabalipilaya."], "credits": ["Photo: Kelvin Banda"],
         "body": [syl(f"KABWE - Chowa United bakazunda Makululu Rangers 2-1 pa Kasanda Ground mu Sondo, alimwi "
                      f"lino ndibo bali atala lya ligi a mapointi {TABLE9[0][6]}."),
                  syl("Makululu bakatanga kunjizya bola mu maminiti 20, {cap}pele Chowa bakapiluka a mabola obile "
                      "mu ciindi cabili."),
                  syl("Mukufunzi wa Chowa, Chanda Mwiinga, wakati: \"Twakalwana kusikila kumamanino, basankwa "
                      "bangu tabakaleka kusyoma {run}kuti tulazunda.\"")]},
        {"lines": ["Ligi"], "title": "Ligi",
         "body": [("row", aligned(["Team", "W", "D", "L", "GD", "Pts"], [18, 3, 3, 3, 4]))]
         + [("row", aligned([t, str(w), str(d), str(lo), signed(gf - ga), str(p)], [18, 3, 3, 3, 4]))
            for t, w, d, lo, gf, ga, p in TABLE9]},
        {"lines": ["Zyakacitika mu Round 9"], "title": "Zyakacitika mu Round 9",
         "body": [("row", aligned([h, f"{hg}-{ag}", a], [18, 5])) for h, hg, ag, a in ROUND9]},
        {"glued": True, "tight": True, "lines": ["Natuseko Pioneers bazunda", "Mukobeko Stars 3-1"],
         "title": "Natuseko Pioneers bazunda Mukobeko Stars 3-1",
         "body": [syl("KABWE - Natuseko Pioneers bakazunda Mukobeko Stars 3-1 pa Bwacha Ground, alimwi "
                      "bakasiya ncibaka camamanino.")]},
        *briefs("Zimwi zyakacitika", [
            ("Netball", syl("Kabwe Queens bakazunda Mulungushi Sisters 34-29 mu mamanino a mukombe.")),
            ("Volleyball", syl("Kasanda Spikers bakazunda Chimanimani Youth 3-0 mu Musabata.")),
        ], glued=True),
    ],
}
assert [r[0] for r in TABLE9][-1] == "Mukobeko Stars"  # Natuseko left the bottom place
assert min(BASE9, key=lambda t: pts(BASE9, t)) == "Natuseko Pioneers"

# 10. Mixtec (San Juan Mixtepec, Oaxaca, Mexico), UTF-8 with BOM: a village basketball tournament; the results;
#     the fixtures; a preview; a glued briefs column. Indent-only with four spaces.
DAY10 = date(2042, 11, 17)
ROUND10 = [("Yuku Kaa", 78, 75, "Ndua Yoo"), ("Itia Nuu", 64, 59, "Kava Kuii"), ("Ñuu Ndeyu", 70, 81, "Yute Cuii")]
Q10 = (40, 46)  # at half time, Yuku Kaa first
assert Q10[0] < Q10[1] and ROUND10[0][1] > ROUND10[0][2]
SAT10 = next_day(DAY10, 5)
FIX10 = [(SAT10, "16:00", "Ndua Yoo", "Itia Nuu"), (SAT10, "18:00", "Kava Kuii", "Yute Cuii"),
         (SAT10 + timedelta(days=1), "16:00", "Yuku Kaa", "Ñuu Ndeyu")]
assert sorted(t for *_, h, a in FIX10 for t in (h, a)) == sorted(t for h, _, _, a in ROUND10 for t in (h, a))
ABBR10 = {5: "Sáb", 6: "Dom"}
BASKET_MX_PAGE = {
    "name": "mix_utf8_bom_lf_mixtec_sports_results_page_village_basketball_report_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_results_rows_aligned_fixtures_list_preview_glued_briefs",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 41, "indent": "    ", "blank": False,
    "note": "Ita Savi 2042-11-17 Página 6 Deportes (an invented paper of San Juan Mixtepec, Oaxaca, Mexico; Mixtec "
    "(Tu'un Savi) text, Spanish furniture), UTF-8 with BOM (`ñ á é ɨ “ ” – ·`), LF; **indent-only paragraphs (four "
    "spaces)**, wrapped at 41 with hyphenation. A village basketball tournament report whose head carries the score "
    "`78–75` (title over two lines, byline line `Tutu: Marisela Ramírez López`, the dateline `SAN JUAN MIXTEPEC –`, "
    "a caption and its credit inside a sentence, the player's “” quotation cut by the running head before `yo.”`, "
    "the half-time score 40–46 behind); then, after a blank line, the results block `Ña ni kuu` (three rows aligned "
    "with runs of spaces); the fixtures list `Partido ña vaji` (three rows `Sáb 22.11.  16:00  home – away`, the "
    "weekdays computed); a preview with the dateline; then, **with no blank line**, the label `Tu'un luli` over two "
    "one-line-headed results briefs.",
    "date": "2042-11-17", "page": "6",
    "head": [f"ITA SAVI · {spanish(DAY10)} · Página 6", "Deportes · Editor: Fidel Ortiz Bautista"],
    "foot": ["Ita Savi · itasavi@mixtepec.example.mx"],
    "furniture": ["ITA SAVI", spanish(DAY10), "Página 6", "Deportes", "Editor: Fidel Ortiz Bautista",
                  "Ita Savi · Deportes", "Ita Savi", "itasavi@mixtepec.example.mx"],
    "run": ["Ita Savi · Deportes"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Yuku Kaa ni kanaa", "78–75 nuu Ndua Yoo", "Tutu: Marisela Ramírez López"],
         "title": "Yuku Kaa ni kanaa 78–75 nuu Ndua Yoo",
         "byline": ["Tutu: Marisela Ramírez López", "Marisela Ramírez López"],
         "captions": ["Ta Julián Cruz ni chi'i pelota nuu aro."], "credits": ["Foto: Aurelio Santiago"],
         "body": [syl("SAN JUAN MIXTEPEC – Ñuu Yuku Kaa ni kanaa 78–75 nuu ñuu Ndua Yoo nuu torneo de "
                      "básquetbol ña kuu vikó ñuu, ta Julián Cruz ni chi'i uni punto nuu ndɨ'ɨ segundo. Ta "
                      "jugadores Yuku Kaa ni kusii ini, ta presidente municipal ni chi'i iin trofeo nuu campeonato."),
                  syl(f"Ndua Yoo ni kuu nuu {Q10[1]}–{Q10[0]} nuu medio tiempo, {{cap}}ta nuu ndɨ'ɨ kuarto ni "
                      "nakuaa Yuku Kaa, ta autoridades ñuu ni chi'i felicitaciones nuu jugadores."),
                  syl("Ta Julián Cruz ni ka'an: “Ni kuu kusii ini ndo'o, ta tu'un ña ni ka'an entrenador ni "
                      "chindee yo'o ña kanaa {run}yo.”")]},
        {"lines": ["Ña ni kuu"], "title": "Ña ni kuu",
         "body": [("row", aligned([h, f"{hs}–{as_}", a], [12, 7])) for h, hs, as_, a in ROUND10]},
        {"lines": ["Partido ña vaji"], "title": "Partido ña vaji",
         "body": [("row", aligned([f"{ABBR10[d.weekday()]} {d.day}.{d.month}.", t, f"{h} – {a}"], [13, 7]))
                  for d, t, h, a in FIX10]},
        {"tight": True, "lines": ["Ñaa'a kuu torneo", "nuu domingo"], "title": "Ñaa'a kuu torneo nuu domingo",
         "body": [syl("SAN JUAN MIXTEPEC – Ñaa'a uni ñuu kuu torneo de básquetbol nuu domingo, ta ñuu ña kanaa "
                      "kuaa iin trofeo ña ni sa'a ta'an ñuu. Ta comisariado ni ka'an ña organizadores "
                      "kuni kuaa inscripciones nuu viernes.")]},
        *briefs("Tu'un luli", [
            ("Voleibol", syl("Ñaa'a Itia Nuu ni kanaa 2–0 nuu Kava Kuii nuu cancha ñuu.")),
            ("Fútbol", syl("Yute Cuii ni kanaa 3–1 nuu Ñuu Ndeyu nuu sábado.")),
        ], glued=True),
    ],
}

PAGES = [FOOTBALL_PAGE, BASKET_PAGE, BASEBALL_PAGE, FOOTBALL_HK_PAGE, BADMINTON_PAGE, VOLLEY_PAGE, BASKET_PH_PAGE,
         FOOTBALL_IST_PAGE, FOOTBALL_ZM_PAGE, BASKET_MX_PAGE]
