"""The text of every holdout160 page, written once: the page is drawn from it and the gold is made from it.

All papers, clubs, players, reporters, photographers and events are invented; real towns and regions are only
settings. A field given as a list lists every acceptable reading; its first element is the one printed. Body
items: a string is a paragraph. A sports page holds a match report under a large score head (kicker, byline, a
photo with caption and credit set inside a column's text), a results box (`table` with `box`: a frame rule round a
reversed label, a head and rows of two teams, a score and a ground), a standings table (`table` with `rules`: ruled
columns) computed here from the table before the round and the round's results (asserted), a briefs column (each
brief's head run in bold at the head of its text, `runin`), a running head and a page foot.
"""

import datetime

WEEKDAYS_ZH = "一二三四五六日"


def check_date(iso, printed, zh=True):
    """The printed date line names the weekday the date falls on."""
    day = datetime.date.fromisoformat(iso)
    want = "星期" + WEEKDAYS_ZH[day.weekday()] if zh else day.strftime("%A")
    assert want in printed, (iso, printed, want)


def standings(before, results, points):
    """The table after a round: `before` {team: (won, drawn, lost)} with every team on the same games played, one
    league (wins = losses, draws even); `results` [(home, home score, away score, away)] with every team once;
    `points` (win, draw, loss). Returns [(team, played, won, drawn, lost, points)] best first, no tie on points."""
    played = {sum(v) for v in before.values()}
    assert len(played) == 1, before
    assert sum(v[0] for v in before.values()) == sum(v[2] for v in before.values()), before
    assert sum(v[1] for v in before.values()) % 2 == 0, before
    teams = [t for r in results for t in (r[0], r[3])]
    assert sorted(teams) == sorted(before), (teams, before)
    table = {t: list(v) for t, v in before.items()}
    for home, hs, as_, away in results:
        if hs == as_:
            table[home][1] += 1
            table[away][1] += 1
        else:
            win, lose = (home, away) if hs > as_ else (away, home)
            table[win][0] += 1
            table[lose][2] += 1
    rows = [(t, sum(v), v[0], v[1], v[2], v[0] * points[0] + v[1] * points[1] + v[2] * points[2]) for t, v in table.items()]
    rows.sort(key=lambda r: -r[5])
    pts = [r[5] for r in rows]
    assert len(set(pts)) == len(pts), rows
    return rows


def brief(title, text, label, sep, first_one=False):
    return {
        "label": label if first_one else None,
        "section": [label, None] if first_one else [None, label],
        "title": title,
        "runin": True,
        "runin_sep": sep,
        "ncol": 1,
        "body": [text],
    }


# ---------------------------------------------------------------- 1. simplified, table tennis, four columns

PP_BEFORE = {"东湖队": (6, 0, 2), "青云队": (5, 0, 3), "白沙队": (5, 0, 3), "江滨队": (4, 0, 4), "红光队": (2, 0, 6), "石门队": (2, 0, 6)}
PP_ROUND = [("东湖队", 3, 1, "青云队"), ("白沙队", 3, 2, "红光队"), ("石门队", 3, 0, "江滨队")]
PP_TABLE = standings(PP_BEFORE, PP_ROUND, (2, 0, 1))
assert [r[0] for r in PP_TABLE] == ["东湖队", "白沙队", "青云队", "江滨队", "石门队", "红光队"], PP_TABLE
PP_GROUNDS = ["市体育馆", "白沙中学体育馆", "石门镇文体中心"]
check_date("2028-05-15", "2028年5月15日　星期一")
check_date("2028-05-14", "星期日")

PINGPONG = {
    "stem": "zh_sim_sports_page_pingpang_tuanti_liansai_four_columns_score_head_photo_in_second_column_briefs_column_runin_heads_results_box_across_page_ruled_standings_two_columns",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "markup": ["。"],
    "masthead": ["柳岸日报", "2028年5月15日　星期一", "第7版　体育"],
    "date": "2028-05-15",
    "page": ["第7版　体育", "7"],
    "foot": "柳岸日报　第7版　体育　　责任编辑：韦清和　　美术编辑：莫小燕",
    "note": "A sports page of four columns: a table-tennis team league's match report under a large score head across three columns (kicker, head `东湖队3∶1力克青云队`, byline, a photo with caption and credit set inside the second column's text); in the fourth a briefs column under a reversed label `体坛快讯`, each brief's head run in bold; under a rule a results box across all four columns (a frame rule round a reversed label `赛果`, a head and three rows of home team, score, away team and ground); under another rule a standings table over two columns with ruled columns (header, six rows of rank, team, played, won, lost, points; a note under it) and two one-column stories beside it.",
    "rows": [
        [
            (
                [
                    {
                        "kicker": "市乒乓球团体联赛第九轮",
                        "title": "东湖队3∶1力克青云队",
                        "byline": ["本报记者　覃晓岚", "覃晓岚"],
                        "ncol": 3,
                        "caption": "第三盘双打，东湖队韦子航（右）和蓝一鸣在比赛中。",
                        "credit": "本报记者　梁　川　摄",
                        "photo_col": 1,
                        "photo_after": 2,
                        "body": [
                            "5月14日晚，市乒乓球团体联赛第九轮在市体育馆打响。积分榜第一的东湖队以3∶1战胜五胜三负的青云队，继续以1分优势领跑。",
                            "第一盘，东湖队主力韦子航以3∶1战胜青云队的老将黄立新，开局顺利。第二盘，青云队小将潘乐乐连扳两局，以3∶2取胜，把总比分扳成1∶1。",
                            "关键的第三盘双打，韦子航和蓝一鸣配合默契，以3∶0拿下。第四盘，东湖队的罗嘉怡顶住压力，以3∶1获胜，为球队锁定胜局。",
                            "赛后，东湖队教练覃国强说：“队员们今晚发挥得很稳，但联赛还剩最后一轮，我们不能放松。”",
                            "本轮另外两场比赛，白沙队3∶2险胜红光队，石门队3∶0完胜江滨队。第十轮比赛将于5月21日进行。",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    brief("少儿乒乓球夏令营报名", "市乒乓球协会今年暑期开设三期少儿夏令营，每期十天，7岁至12岁儿童可报名。", "体坛快讯", "。", True),
                    brief("全民健身跑周日开跑", "5月21日早上七点，全民健身跑在江滨公园举行，全程五公里，报名已满三千人。", "体坛快讯", "。"),
                    brief("老年门球赛落幕", "市老年门球赛日前落幕，十六支队伍参赛，柳北区代表队获得冠军。", "体坛快讯", "。"),
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "box": True,
                        "label": "赛果",
                        "section": ["赛果", None],
                        "title": "第九轮　5月14日（星期日）",
                        "sep": "　",
                        "cols": [(0.0, "l"), (0.24, "l"), (0.4, "l"), (0.68, "l")],
                        "rows": [[h, f"{a}∶{b}", w, g] for (h, a, b, w), g in zip(PP_ROUND, PP_GROUNDS)],
                    }
                ],
                0,
                4,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "title": "积分榜（第九轮后）",
                        "header": True,
                        "sep": "　",
                        "credit": "注：胜一场积2分，负一场积1分",
                        "cols": [(0.02, "l"), (0.2, "l"), (0.5, "l"), (0.64, "l"), (0.76, "l"), (0.88, "l")],
                        "rules": [0.17, 0.46, 0.61, 0.73, 0.85],
                        "rows": [["名次", "球队", "场次", "胜", "负", "积分"]]
                        + [[str(i + 1), t, str(p), str(w), str(lo), str(pt)] for i, (t, p, w, _d, lo, pt) in enumerate(PP_TABLE)],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "末轮东湖队战白沙队",
                        "ncol": 1,
                        "body": [
                            "联赛最后一轮，东湖队将在市体育馆迎战第二名白沙队。东湖队只要获胜，就能夺得冠军。",
                            "白沙队主教练说，全队会全力争胜。",
                        ],
                    }
                ],
                2,
                1,
            ),
            (
                [
                    {
                        "title": "新球台进社区",
                        "ncol": 1,
                        "body": [
                            "市体育局近日为二十个社区送去四十张新球台，居民在家门口就能打球。",
                            "球台每天早上六点到晚上九点开放，免费使用。",
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
    ],
}

# ---------------------------------------------------------------- 2. Taiwan, handball, three columns

HB_BEFORE = {"海燕隊": (3, 0, 1), "金鷹隊": (3, 0, 1), "青松隊": (1, 0, 3), "銀河隊": (1, 0, 3)}
HB_ROUND = [("金鷹隊", 28, 25, "海燕隊"), ("青松隊", 31, 27, "銀河隊")]
HB_TABLE = standings(HB_BEFORE, HB_ROUND, (2, 1, 0))
assert [r[0] for r in HB_TABLE] == ["金鷹隊", "海燕隊", "青松隊", "銀河隊"], HB_TABLE
check_date("2028-06-12", "2028年6月12日　星期一")
check_date("2028-06-11", "星期日")

HANDBALL = {
    "stem": "zh_tra_sports_page_shouqiu_liansai_three_columns_score_head_over_two_columns_photo_briefs_column_results_box_across_page_ruled_standings_one_column_under_wider_box",
    "script": "zh_tra",
    "tess": ("chi_tra", "txt"),
    "scan": False,
    "ncols": 3,
    "markup": ["。"],
    "masthead": ["蘭溪日報", "2028年6月12日　星期一", "B5　運動"],
    "date": "2028-06-12",
    "page": ["B5　運動", "B5"],
    "foot": "蘭溪日報　B5　運動　　主編：游雅雯　　讀者服務專線（03）935-0000",
    "note": "A Taiwan sports page of three columns: a county handball league's match report over two columns under a large score head (kicker, head `金鷹隊28比25擊退海燕隊`, byline, a photo with caption and credit set inside the first column's text); in the third a briefs column under a reversed label `球場快訊`, each brief's head run in bold; under a rule a results box across all three columns (a frame rule round a reversed label `賽果`, a head and two rows of home team, score, away team and hall); under another rule a standings table in one column with ruled columns (header, four rows; a note) and beside it a story over two columns.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "縣社會組手球聯賽第五輪",
                        "title": "金鷹隊28比25擊退海燕隊",
                        "byline": ["記者林冠廷／宜蘭報導", "林冠廷"],
                        "ncol": 2,
                        "caption": "金鷹隊陳柏翰（中）突破防守射門。",
                        "credit": "記者林冠廷／攝影",
                        "photo_col": 0,
                        "photo_after": 3,
                        "body": [
                            "縣社會組手球聯賽第五輪11日在縣立體育館登場，金鷹隊以28比25擊退同樣四戰三勝的海燕隊，單獨登上積分榜第一。",
                            "上半場兩隊互有領先，金鷹隊以13比14落後一分進入休息室。下半場開賽後，金鷹隊門將吳承恩連續擋下三次射門，隊友趁機打出一波5比0攻勢。",
                            "金鷹隊主將陳柏翰全場射進9球，是場上得分最多的球員。他說：「下半場大家防守更積極，我只是把握住機會。」",
                            "海燕隊教練張志明表示，球隊最後十分鐘體力下滑，失誤太多，下週會好好調整。",
                            "另一場比賽，青松隊以31比27勝銀河隊，拿下本季第二勝。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    brief("少年手球營開課", "縣體育會暑假開辦少年手球營，國小四年級到國中二年級學生都可以報名。", "球場快訊", "。", True),
                    brief("體育館週末整修", "縣立體育館17日、18日整修地板，暫停開放。", "球場快訊", "。"),
                    brief("路跑名額增加", "冬山河路跑因報名踴躍，主辦單位再增加五百個名額。", "球場快訊", "。"),
                ],
                2,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "box": True,
                        "label": "賽果",
                        "section": ["賽果", None],
                        "title": "第五輪　6月11日（星期日）",
                        "sep": "　",
                        "cols": [(0.0, "l"), (0.22, "l"), (0.4, "l"), (0.66, "l")],
                        "rows": [[h, f"{a}比{b}", w, "縣立體育館"] for h, a, b, w in HB_ROUND],
                    }
                ],
                0,
                3,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "title": "積分表（第五輪後）",
                        "header": True,
                        "sep": "　",
                        "credit": "勝一場得2分",
                        "size": 22,
                        "cols": [(0.02, "l"), (0.36, "l"), (0.54, "l"), (0.7, "l"), (0.85, "l")],
                        "rules": [0.33, 0.51, 0.67, 0.82],
                        "rows": [["隊名", "出賽", "勝", "敗", "積分"]]
                        + [[t, str(p), str(w), str(lo), str(pt)] for t, p, w, _d, lo, pt in HB_TABLE],
                    }
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "title": "女子組海燕隊三連勝",
                        "byline": ["記者林冠廷／宜蘭報導", "林冠廷"],
                        "ncol": 2,
                        "body": [
                            "手球聯賽女子組同日進行第三輪，海燕隊以22比18擊敗金鷹隊，取得三連勝，暫居第一。",
                            "海燕隊隊長李佳穎說，隊上有一半球員是高中生，大家每週練球三次，默契愈來愈好。",
                        ],
                    }
                ],
                1,
                2,
            ),
        ],
    ],
}

# ---------------------------------------------------------------- 3. simplified (scanned), ice hockey, two columns

IH_BEFORE = {"雪狼队": (5, 0, 0), "北风队": (3, 0, 2), "白鹤队": (1, 0, 4), "冰凌队": (1, 0, 4)}
IH_ROUND = [("白鹤队", 4, 2, "雪狼队"), ("北风队", 5, 3, "冰凌队")]
IH_TABLE = standings(IH_BEFORE, IH_ROUND, (3, 1, 0))
assert [r[0] for r in IH_TABLE] == ["雪狼队", "北风队", "白鹤队", "冰凌队"], IH_TABLE
check_date("2028-01-17", "2028年1月17日　星期一")
check_date("2028-01-16", "星期日")

ICEHOCKEY = {
    "stem": "zh_sim_scan_sports_page_bingqiu_liansai_two_columns_score_head_across_both_photo_in_first_column_results_box_across_page_ruled_standings_one_column_briefs_beside",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": True,
    "seed": 160003,
    "angle": -0.5,
    "ncols": 2,
    "markup": ["。"],
    "masthead": ["鹤乡晚报", "2028年1月17日　星期一", "A10　冰雪体育"],
    "date": "2028-01-17",
    "page": ["A10　冰雪体育", "A10"],
    "foot": "鹤乡晚报　A10　冰雪体育　　本版编辑：关雪松",
    "note": "A sports page of two columns (scanned): an amateur ice-hockey league's match report under a large score head across both columns (kicker, head `白鹤队4∶2爆冷胜雪狼队`, byline, a photo with caption and credit set inside the first column's text); under a rule a results box across the page (a frame rule round a reversed label `赛果`, a head and two rows of home team, score, away team and rink); under another rule a standings table in the first column with ruled columns (header, four rows; a note) and beside it a briefs column under a reversed label `冰雪短波`, each brief's head run in bold.",
    "rows": [
        [
            (
                [
                    {
                        "big": True,
                        "kicker": "城市业余冰球联赛第六轮",
                        "title": "白鹤队4∶2爆冷胜雪狼队",
                        "byline": ["本报记者　关　越", "关　越", "关越"],
                        "ncol": 2,
                        "caption": "白鹤队队员（左）在门前争抢。",
                        "credit": "本报记者　于海波　摄",
                        "photo_col": 0,
                        "photo_after": 2,
                        "body": [
                            "1月16日下午，城市业余冰球联赛第六轮在龙沙冰场进行。此前只赢一场的白鹤队以4∶2战胜此前五战全胜的雪狼队，爆出本赛季最大冷门。",
                            "第一节，雪狼队先进一球。第二节，白鹤队连进两球反超，雪狼队很快扳平。第三节，白鹤队前锋孙立伟在三分钟内连进两球，锁定胜局。",
                            "孙立伟是一名中学体育老师，本场独进三球。他说：“我们每周只练两次，能赢雪狼队，大家都很高兴。”",
                            "雪狼队虽然输球，仍以15分排在第一。另一场比赛，北风队5∶3战胜冰凌队，积分升到12分。",
                            "雪狼队队长赵明远说：“我们输得心服口服，下一轮会好好调整。”本赛季联赛共有四支球队参加，每队要打十二场比赛。",
                        ],
                    }
                ],
                0,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "box": True,
                        "label": "赛果",
                        "section": ["赛果", None],
                        "title": "第六轮　1月16日（星期日）",
                        "sep": "　",
                        "cols": [(0.0, "l"), (0.24, "l"), (0.4, "l"), (0.66, "l")],
                        "rows": [[h, f"{a}∶{b}", w, "龙沙冰场"] for h, a, b, w in IH_ROUND],
                    }
                ],
                0,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "title": "积分榜（第六轮后）",
                        "header": True,
                        "sep": "　",
                        "credit": "注：胜一场积3分",
                        "cols": [(0.02, "l"), (0.3, "l"), (0.48, "l"), (0.64, "l"), (0.8, "l")],
                        "rules": [0.27, 0.45, 0.61, 0.77],
                        "rows": [["球队", "场次", "胜", "负", "积分"]]
                        + [[t, str(p), str(w), str(lo), str(pt)] for t, p, w, _d, lo, pt in IH_TABLE],
                    }
                ],
                0,
                1,
            ),
            (
                [
                    brief("冰场延长开放", "春节前，龙沙冰场每天开放到晚上九点，学生凭学生证半价。", "冰雪短波", "。", True),
                    brief("少儿滑冰班招生", "市滑冰协会寒假开设少儿滑冰班，每班二十人，报名从本周三开始。", "冰雪短波", "。"),
                    brief("冬泳比赛周六举行", "市冬泳协会1月22日在嫩江边举行冬泳比赛，二百多名冬泳爱好者报名。", "冰雪短波", "。"),
                ],
                1,
                1,
            ),
        ],
    ],
}

# ---------------------------------------------------------------- 4. Pukapukan (Cook Islands), rugby sevens, three columns

RS_BEFORE = {"Te Lupe": (2, 0, 0), "Mataliki": (1, 0, 1), "Te Kalo": (1, 0, 1), "Te Wawa": (0, 0, 2)}
RS_ROUND = [("Te Lupe", 24, 19, "Mataliki"), ("Te Kalo", 17, 12, "Te Wawa")]
RS_TABLE = standings(RS_BEFORE, RS_ROUND, (3, 2, 1))
assert [r[0] for r in RS_TABLE] == ["Te Lupe", "Te Kalo", "Mataliki", "Te Wawa"], RS_TABLE
# 24 = four tries (5) and two conversions (2); 19 = three tries and two conversions
assert 4 * 5 + 2 * 2 == 24 and 3 * 5 + 2 * 2 == 19
check_date("2028-07-10", "Monday 10 July 2028", zh=False)
check_date("2028-07-08", "Saturday", zh=False)

PUKAPUKA = {
    "stem": "pkp_pukapukan_sports_page_rugby_sevens_three_columns_briefs_column_left_score_head_over_two_columns_photo_results_box_across_page_ruled_standings_one_column",
    "script": "latin",
    "tess": ("eng", "tsv"),
    "scan": False,
    "ncols": 3,
    "markup": ["."],
    "masthead": ["Te Leo o Wale", "Monday 10 July 2028", "Page 6 · Tākalo"],
    "date": "2028-07-10",
    "page": ["Page 6 · Tākalo", "6"],
    "foot": "Te Leo o Wale · Page 6 · Tākalo · Editor: Tere Mātini",
    "note": "A Pukapukan (Cook Islands) weekly's sports page of three columns: in the first column a briefs column under a reversed label `Tala Poto`, each brief's head run in bold; beside it over two columns a rugby sevens report under a large score head (kicker, head `Te Lupe 24–19 Mataliki`, byline, a photo with caption and credit set inside the second column's text); under a rule a results box across all three columns (a frame rule round a reversed label `Ngā Tāpaka`, a head and two rows of team, score, team and ground); under another rule a story over two columns and beside it a standings table in one column with ruled columns (header, four rows; a note).",
    "rows": [
        [
            (
                [
                    brief("Tākalo netipolo", "Ka tākalo te netipolo o ngā wāwine i te lā 17 o Tiulai, i te malae o Loto.", "Tala Poto", ".", True),
                    brief("Wakatū vaka", "Ko te wakatū vaka o te motu ka wai i te lā 4 o Aokuso.", "Tala Poto", "."),
                    brief("Polo wōu", "Na tuku mai na polo wōu e ono e te Ekalesia ki na tamaliki o te akoga.", "Tala Poto", "."),
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "big": True,
                        "kicker": "Pukapuka Sevens, lā tolu",
                        "title": "Te Lupe 24–19 Mataliki",
                        "byline": ["Na Mele Tawaki", "Mele Tawaki"],
                        "ncol": 2,
                        "caption": "Ko Pilitati Wuatai o Te Lupe e wati atu ki te laina.",
                        "credit": "Ata: Tamu Ngakē",
                        "photo_col": 1,
                        "photo_after": 1,
                        "body": [
                            "Na lē te tīmi Te Lupe i a Mataliki, 24–19, i te lā 8 o Tiulai i te malae o Loto. Ko Te Lupe e tū ki mua o te laina, e iva ana pointi.",
                            "Na tuku mai e Mataliki na tai e lua i te wā mua, ka e wā atu te tīmi Te Lupe. Na tuku mai e lātou e wā tai ma na kōneti e lua, i te wā o te lua.",
                            "Na kī mai te kāpiteni Pilitati Wuatai: “Na tākalo mālōsi te tīmi kātoa. E wakawetai mātou ki na tāngata o Loto na wī mai.”",
                            "I te kēmu lua, na lē Te Kalo i a Te Wawa, 17–12. Ko te wakaotianga ka tū i te lā 15 o Tiulai.",
                            "Ko te ipu o te Pukapuka Sevens na wakatū e na tāngata o te motu i te mataiti 2026. E wā ana tīmi e tākalo nei, e tolu ana kēmu ki te tīmi tai.",
                        ],
                    }
                ],
                1,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "box": True,
                        "label": "Ngā Tāpaka",
                        "section": ["Ngā Tāpaka", None],
                        "title": "Lā tolu · Saturday 8 July",
                        "sep": " ",
                        "cols": [(0.0, "l"), (0.26, "l"), (0.42, "l"), (0.68, "l")],
                        "rows": [[h, f"{a}–{b}", w, "Malae o Loto"] for h, a, b, w in RS_ROUND],
                    }
                ],
                0,
                3,
            ),
        ],
        [
            (
                [
                    {
                        "title": "Te Kalo ka tākalo ki a Te Lupe",
                        "ncol": 2,
                        "body": [
                            "I te lā 15 o Tiulai, ka tākalo Te Kalo ki a Te Lupe i te wakaotianga. Ko te tīmi ka lē, ko tā lātou te ipu.",
                            "Ka mātaki mai na tāngata o na wolo kātoa e tolu, o Ngake, o Loto ma o Yato.",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "table": True,
                        "title": "Te laina",
                        "header": True,
                        "sep": " ",
                        "credit": "Lē 3, Lē ai 1",
                        "size": 21,
                        "cols": [(0.02, "l"), (0.44, "l"), (0.58, "l"), (0.72, "l"), (0.86, "l")],
                        "rules": [0.41, 0.55, 0.69, 0.83],
                        "rows": [["Tīmi", "P", "L", "A", "Pt"]]
                        + [[t, str(p), str(w), str(lo), str(pt)] for t, p, w, _d, lo, pt in RS_TABLE],
                    }
                ],
                2,
                1,
            ),
        ],
    ],
}

# ---------------------------------------------------------------- 5. Roviana (Solomon Islands, scanned), futsal, four columns

FS_BEFORE = {"Mavo Blues": (2, 1, 0), "Zuzu Stars": (2, 0, 1), "Kapa FC": (1, 0, 2), "Reka United": (0, 1, 2)}
FS_ROUND = [("Mavo Blues", 3, 2, "Zuzu Stars"), ("Reka United", 1, 1, "Kapa FC")]
FS_TABLE = standings(FS_BEFORE, FS_ROUND, (3, 1, 0))
assert [r[0] for r in FS_TABLE] == ["Mavo Blues", "Zuzu Stars", "Kapa FC", "Reka United"], FS_TABLE
check_date("2028-08-21", "Monday 21 August 2028", zh=False)
check_date("2028-08-19", "Saturday", zh=False)

ROVIANA_SCAN = {
    "stem": "rug_scan_roviana_sports_page_futsal_four_columns_briefs_column_left_score_head_over_three_columns_photo_results_box_beside_ruled_standings_draws_column",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": True,
    "seed": 160005,
    "angle": 0.4,
    "ncols": 4,
    "markup": ["."],
    "masthead": ["Zinama Roviana", "Monday 21 August 2028", "Page 11 · Sports"],
    "date": "2028-08-21",
    "page": ["Page 11 · Sports", "11"],
    "foot": "Zinama Roviana · Page 11 · Sports · Munda, Western Province",
    "note": "A Roviana (Solomon Islands) weekly's sports page of four columns (scanned): in the first column a briefs column under a reversed label `Sa Sodoro`, each brief's head run in bold; beside it over three columns a futsal league report under a large score head (kicker, head `Mavo Blues 3–2 Zuzu Stars`, byline, a photo with caption and credit set inside the second column's text); under a rule a results box over two columns (a frame rule round a reversed label `Sa Resulti`, a head and two rows of team, score, team and ground, one a draw) and beside it a standings table over two columns with ruled columns (header, four rows with a drawn column; a note).",
    "rows": [
        [
            (
                [
                    brief("Netbol", "Sa netbol tadi barikaleqe si kote vagi pa rane 26 August.", "Sa Sodoro", ".", True),
                    brief("Suvu vaka", "Sa kaleqe tadi vaka pa Roviana Lagoon si kote tavete pa rane 2 September.", "Sa Sodoro", "."),
                    brief("Bolo vaqura", "Sa zinama Mavo si vagi bolo vaqura hike pude tadi koburu.", "Sa Sodoro", "."),
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "kicker": "Munda Futsal League, Round 4",
                        "title": "Mavo Blues 3–2 Zuzu Stars",
                        "byline": ["Sa Bubutu: Grace Pitu", "Grace Pitu"],
                        "ncol": 3,
                        "caption": "Sa Mavo Blues si dogoro sa gol vaqura pa Kokeqolo.",
                        "credit": "Piksa: Kevin Zama",
                        "photo_col": 1,
                        "photo_after": 2,
                        "body": [
                            "Sa Mavo Blues si kalu vagi sa Zuzu Stars 3–2 pa rane 19 August pa Kokeqolo Hall. Sa Mavo Blues si koa hinokara pa ulu pa sa laen, 10 sa poin.",
                            "Sa Zuzu Stars si vagi karu gol pa vuvuta. Sa Mavo Blues si vagi hike gol pa kore pa loloa, sa vina hike tadi Peter Kera.",
                            "“Lea sa kaqu tinoni pa sa tim,” gua sa kapiteni Peter Kera. “Leana sa tinoni pa Munda ke mae kalu dogoro.”",
                            "Sa Reka United meke sa Kapa FC si kalu vagi 1–1. Made sa tim pa sa Munda Futsal League, meke sa koreo meke sa barikaleqe si kalu mae dogoro pa Kokeqolo Hall. Sa Round 5 si kote koa pa rane 26 August.",
                        ],
                    }
                ],
                1,
                3,
            ),
        ],
        [
            (
                [
                    {
                        "table": True,
                        "box": True,
                        "label": "Sa Resulti",
                        "section": ["Sa Resulti", None],
                        "title": "Round 4 · Saturday 19 August",
                        "sep": " ",
                        "cols": [(0.0, "l"), (0.32, "l"), (0.44, "l"), (0.74, "l")],
                        "size": 21,
                        "rows": [[h, f"{a}–{b}", w, "Kokeqolo"] for h, a, b, w in FS_ROUND],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "table": True,
                        "title": "Sa Laen",
                        "header": True,
                        "sep": " ",
                        "credit": "Vagi 3, Ego 1",
                        "cols": [(0.02, "l"), (0.42, "l"), (0.54, "l"), (0.65, "l"), (0.76, "l"), (0.88, "l")],
                        "rules": [0.39, 0.51, 0.62, 0.73, 0.85],
                        "rows": [["Tim", "P", "W", "D", "L", "Pts"]]
                        + [[t, str(p), str(w), str(d), str(lo), str(pt)] for t, p, w, d, lo, pt in FS_TABLE],
                    }
                ],
                2,
                2,
            ),
        ],
    ],
}

PAGES = [PINGPONG, HANDBALL, ICEHOCKEY, PUKAPUKA, ROVIANA_SCAN]
