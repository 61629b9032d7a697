"""The text of every holdout132 page, written once: make_holdout132_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-130 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line); `("h", line)` a heading inside an article; `("end", line)` a printed line that is no
paragraph of the gold. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end. The Latin rows are padded to their columns by `ramp()`
(holdout126's to 130's), so the printed spacing is reproducible. The jackpot ticket's combinations and prizes, the
scratch ticket's counts, payout and win rate, the rollover's sums and draw days, the jockeys' strike rates, the raid
tally's totals in cents, the odds' margins, the raffle's takings, the betting slip's picks and tax, the seized
machines' sums and the bingo card's column ranges are computed here from the figures they rest on, and the weekdays
from the dates. All papers, games, draws, clubs, jockeys, people, sums, telephone numbers and events are invented;
real places (counties, towns, districts, racecourses) are settings only.
"""

from datetime import date, timedelta
from math import comb

WEEKDAYS_ZH = "一二三四五六日"


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    """The Chinese weekday of a date, `星期三`."""
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    """The English weekday and date of a Latin masthead, `Wednesday 11.03.2037`."""
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def share(part, whole, places=1):
    """A percent share rounded half up, as a string: `38.5`."""
    scaled = part * 10 ** (places + 2) * 2 // whole
    scaled = (scaled + 1) // 2
    text = str(scaled)
    return f"{text[:-places] or '0'}.{text[-places:]}" if places else text


def cents(value):
    """A sum in cents, grouped: 1248050 -> `12,480.50`."""
    return f"{value // 100:,}.{value % 100:02d}"


# 1. A welfare lottery's jackpot won on a 56-yuan multiple ticket: 8 red balls and 1 blue, 28 single bets.
RED_PICKED, RED_DRAWN = 8, 6
BETS = comb(RED_PICKED, RED_DRAWN)
FIRST_HITS = 1
THIRD_HITS = comb(6, 5) * comb(RED_PICKED - 6, 1)  # five reds right, one wrong, blue right
FOURTH_HITS = comb(6, 4) * comb(RED_PICKED - 6, 2)
assert FIRST_HITS + THIRD_HITS + FOURTH_HITS == BETS == 28
FIRST_PRIZE, THIRD_PRIZE, FOURTH_PRIZE = 5126380, 3000, 200
WON = FIRST_PRIZE + THIRD_HITS * THIRD_PRIZE + FOURTH_HITS * FOURTH_PRIZE
DAY1 = date(2037, 4, 21)
TIERS1 = [("一等奖", "●●●●●●＋○", "浮动"), ("二等奖", "●●●●●●", "浮动"), ("三等奖", "●●●●●＋○", f"{THIRD_PRIZE}元"),
          ("四等奖", "●●●●●或●●●●＋○", f"{FOURTH_PRIZE}元"), ("五等奖", "●●●●或●●●＋○", "10元"), ("六等奖", "○", "5元")]

JACKPOT_PAGE = {
    "name": "zh_gbk_crlf_lottery_page_multiple_ticket_wins_jackpot_story_byline_caption_credit_running_head_midquote_glued_prize_tiers_table_header_row_ball_pattern_cells_filled_and_hollow_circles_fullwidth_plus_huo_alternatives_legend_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "涔阳日报 2037-04-21 第6版 都市, GBK, CRLF; blank-line paragraphs, wrapped at 22. A lottery page: a player's "
    f"56-yuan multiple ticket (8 red balls, 1 blue, {BETS} single bets) wins the invented welfare game 彩虹球's first "
    f"prize and {THIRD_HITS} third and {FOURTH_HITS} fourth prizes, {WON}元 in all (title with a full-width gap, the "
    "byline line `本报记者　冼　蔚`, a caption and its credit inside a sentence, the centre head's “” quotation cut by "
    "the running head before `奖。”`), then, with no blank line, **the table `彩虹球奖级设置`: a header row `奖级　中奖条件"
    "　单注奖金`, six rows whose middle cells are ball patterns of filled and hollow circles joined by a full-width plus "
    "(`●●●●●＋○`), two of them offering two patterns joined by `或`, the top prizes `浮动`, and a legend row "
    "`注：●为红球，○为蓝球`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-04-21", "page": "6",
    "head": [f"涔阳日报　　2037年4月21日　{weekday(DAY1)}", "第6版　都市　　责任编辑：阙　萍"],
    "foot": ["涔阳日报社出版　　新闻热线：0736-5184293"],
    "furniture": ["涔阳日报", "2037年4月21日", weekday(DAY1), "第6版", "都市", "责任编辑：阙　萍", "涔阳日报·都市",
                  "涔阳日报社出版", "新闻热线：0736-5184293"],
    "run": ["涔阳日报·都市"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["56元复式票　中出彩虹球一等奖", "本报记者　冼　蔚"], "title": "56元复式票　中出彩虹球一等奖",
         "byline": ["本报记者　冼　蔚", "冼　蔚", "冼蔚"],
         "captions": ["中奖彩民戴着卡通头套领奖。"], "credits": ["（本报记者　冼　蔚　摄）"],
         "body": [f"市福彩中心昨天通报，一位彩民用一张56元的复式票，中出彩虹球第2037044期一等奖，连同三等奖、"
                  f"四等奖共得奖金{WON}元。",
                  f"这张票选了{RED_PICKED}个红球、1个蓝球，共{BETS}注，{{cap}}除1注一等奖外，另有{THIRD_HITS}注三等奖、"
                  f"{FOURTH_HITS}注四等奖。",
                  "福彩中心主任邬家成提醒彩民理性购彩，“中了大奖要及时兑奖，一等奖要在60天内到市中心兑"
                  "{run}奖。”"]},
        {"glued": True, "lines": ["彩虹球奖级设置"], "title": "彩虹球奖级设置",
         "body": [("row", "奖级　中奖条件　单注奖金")]
         + [("row", f"{tier}　{balls}　{prize}") for tier, balls, prize in TIERS1]
         + [("row", "注：●为红球，○为蓝球")]},
    ],
}

# 2. A scratch ticket's prize structure per batch: the counts, the payout (65%) and the win rate.
PRICE2, BATCH = 20, 1200000
TIERS2 = [(1000000, 2), (100000, 12), (10000, 60), (1000, 1200), (100, 24000), (50, 60000), (20, 260000)]
PAID2 = sum(p * n for p, n in TIERS2)
assert PAID2 * 100 == 65 * PRICE2 * BATCH  # the payout is exactly 65% of the batch's sales
WINNERS2 = sum(n for _, n in TIERS2)
WIN_RATE = share(WINNERS2, BATCH)
RARE = "\u4d09"  # 䴉, CJK Extension A: in GB18030, not in GBK
TICKET = f"朱{RARE}迎春"
DAY2 = date(2037, 1, 26)

SCRATCH_PAGE = {
    "name": "zh_gb18030_lf_lottery_page_scratch_ticket_launched_story_rare_char_in_ticket_name_byline_caption_credit_running_head_midquote_indent_only_glued_prize_structure_table_header_row_prize_and_count_per_batch_total_row_payout_rule_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"汶溪晚报 2037-01-26 第7版 生活 (`{RARE}` U+4D09, CJK Extension A, in the invented scratch ticket's name "
    f"`{TICKET}`; in GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A lottery page: a "
    f"new 20-yuan scratch ticket goes on sale, {BATCH} tickets a batch, seven prize tiers, a win rate of {WIN_RATE}% "
    "(title with a full-width gap, the byline line `本报记者　籍　岚`, a caption and its credit inside a sentence, the "
    "deputy head's “” quotation cut by the running head before `付。”`), then, with no blank line, **the table "
    f"`{TICKET}奖级`: a header row `奖金（元）　每组张数`, seven rows of a prize and its count per batch, a total row "
    f"`合计　{WINNERS2}` adding the counts, and a rule row `每组{BATCH}张，返奖率65%` (the payout checked to be 65% "
    "of a batch's sales)**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-01-26", "page": "7",
    "head": [f"汶溪晚报　　2037年1月26日　{weekday(DAY2)}", "第7版　生活　　责任编辑：宓　棠"],
    "foot": ["汶溪晚报社　　读者热线：0587-6213490"],
    "furniture": ["汶溪晚报", "2037年1月26日", weekday(DAY2), "第7版", "生活", "责任编辑：宓　棠", "汶溪晚报·生活",
                  "汶溪晚报社", "读者热线：0587-6213490"],
    "run": ["汶溪晚报·生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"“{TICKET}”即开票　今起上市", "本报记者　籍　岚"], "title": f"“{TICKET}”即开票　今起上市",
         "byline": ["本报记者　籍　岚", "籍　岚", "籍岚"],
         "captions": ["销售员在网点展示新票。"], "credits": ["（本报记者　籍　岚　摄）"],
         "body": [f"省福彩中心新发行的“{TICKET}”即开票今天起在全市网点上市，每张{PRICE2}元，最高奖金"
                  f"{TIERS2[0][0] // 10000}万元。",
                  f"这款票每组{BATCH}张，设七个奖级，{{cap}}中奖面为{WIN_RATE}%，返奖率65%。",
                  "市福彩中心副主任鲍远清说，即开票当场刮开当场兑奖，“1万元以下的奖金，在任何一个网点都可以兑"
                  "{run}付。”"]},
        {"glued": True, "lines": [f"{TICKET}奖级"], "title": f"{TICKET}奖级",
         "body": [("row", "奖金（元）　每组张数")]
         + [("row", f"{p}　{n}") for p, n in TIERS2]
         + [("row", f"合计　{WINNERS2}"), ("row", f"每组{BATCH}张，返奖率65%")]},
    ],
}

# 3. A Taiwan lottery's jackpot rolling over: the last five draws (Mondays and Thursdays), none won.
DRAWS = [(27, date(2037, 4, 2), 1426), (28, date(2037, 4, 6), 1508), (29, date(2037, 4, 9), 1613),
         (30, date(2037, 4, 13), 1702), (31, date(2037, 4, 16), 1835)]
assert all(day.weekday() in (0, 3) for _, day, _ in DRAWS)
assert all(a < b for (_, _, a), (_, _, b) in zip(DRAWS, DRAWS[1:]))
assert [n for n, _, _ in DRAWS] == list(range(27, 32))
NEXT_DRAW = date(2037, 4, 20)
assert NEXT_DRAW.weekday() == 0
ROLLOVERS = 19
DAY3 = date(2037, 4, 17)
assert DAY3 == DRAWS[-1][1] + timedelta(days=1)


def yi(hundredths):
    """A sum in hundredths of 億: 1835 -> `18.35`."""
    return f"{hundredths // 100}.{hundredths % 100:02d}"


ROLLOVER_PAGE = {
    "name": "zht_big5_crlf_taiwan_lottery_page_jackpot_rolls_over_nineteen_draws_story_byline_caption_credit_running_head_midquote_glued_rollover_table_header_row_roc_year_draw_numbers_slash_dates_gangui_cells_next_draw_row",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澐埔日報 2037-04-17 A5 綜合 (`中華民國126年4月17日`), Big5, CRLF; blank-line paragraphs, wrapped at 20. A Taiwan "
    f"lottery page: the invented game 金運彩's first prize has rolled over {ROLLOVERS} draws to {yi(DRAWS[-1][2])}億元 "
    "(title with a full-width gap, the byline line `記者魏怡岑／彰化報導`, a caption and its credit inside a sentence, a "
    "shop owner's 「」 quotation cut by the running head before `客人。」`), then, with no blank line, **the table "
    "`金運彩頭獎累積`: a header row `期別　開獎日　頭獎　累積（億元）`, five rows whose first cells are nine-digit draw "
    "numbers opening on the ROC year (`126000027`), whose dates are slash dates (`4/2`, Mondays and Thursdays, checked), "
    "whose prize cell is the Taiwanese `槓龜` (no winner), the sums rising, and a closing row naming the next draw**; the "
    "table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-04-17", "page": "A5",
    "head": [f"澐埔日報　中華民國126年4月17日　{weekday(DAY3)}", "A5　綜合　　編輯：溫書妤"],
    "foot": ["澐埔日報社　讀者服務專線：(04)7258-316"],
    "furniture": ["澐埔日報", "中華民國126年4月17日", weekday(DAY3), "A5", "綜合", "編輯：溫書妤", "澐埔日報．綜合",
                  "澐埔日報社", "讀者服務專線：(04)7258-316"],
    "run": ["澐埔日報．綜合"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"金運彩連{ROLLOVERS}槓　頭獎衝破18億", "記者魏怡岑／彰化報導"],
         "title": f"金運彩連{ROLLOVERS}槓　頭獎衝破18億",
         "byline": ["記者魏怡岑／彰化報導", "魏怡岑"],
         "captions": ["彩券行外排隊的人潮。"], "credits": ["（記者魏怡岑攝）"],
         "body": [f"金運彩昨晚開獎，頭獎又沒有人中，已經連續{ROLLOVERS}期槓龜，累積金額衝上{yi(DRAWS[-1][2])}億元，"
                  "創下今年新高。",
                  "彰化市多家彩券行從中午起就湧進買氣，{cap}不少人合資包牌，想拚一次大獎。",
                  "在市區開店二十年的彩券行老闆張秀鳳說，「這幾天來買的人是平常的三倍，很多是一次買一千元的"
                  "{run}客人。」"]},
        {"glued": True, "lines": ["金運彩頭獎累積"], "title": "金運彩頭獎累積",
         "body": [("row", "期別　開獎日　頭獎　累積（億元）")]
         + [("row", f"126{n:06d}　{day.month}/{day.day}　槓龜　{yi(s)}") for n, day, s in DRAWS]
         + [("row", f"下期{NEXT_DRAW.month}月{NEXT_DRAW.day}日開獎，預估頭獎19.5億元")]},
    ],
}

# 4. Hong Kong racing: the jockeys' table at mid-season, wins, rides and the strike rate, two jockeys tied.
JOCKEYS = [("1", "何卓言", 34, 268), ("2", "蔡朗軒", 31, 246), ("3", "梁子駿", 27, 255), ("4=", "韋嘉樂", 22, 231),
           ("4=", "鄺永曦", 22, 198)]
assert all(a[2] >= b[2] for a, b in zip(JOCKEYS, JOCKEYS[1:]))
assert JOCKEYS[3][2] == JOCKEYS[4][2]  # the tie
RISER = JOCKEYS[1]
DAY4 = date(2037, 3, 16)
RACE_DAY = date(2037, 3, 15)
assert RACE_DAY.weekday() == 6 and DAY4.weekday() == 0  # a Sunday meeting, a Monday page

JOCKEYS_PAGE = {
    "name": "zht_big5hkscs_lf_hong_kong_racing_page_young_jockey_treble_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_jockeys_table_header_row_rank_with_tie_equals_wins_rides_strike_rate_as_of_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "灝海日報 2037-03-16 B3 體育 (Hong Kong), Big5-HKSCS (`喺 嘅 啲 嚟`; in neither cp950 nor Big5), LF; indent-only "
    "paragraphs, wrapped at 20. A Hong Kong racing page in Cantonese: a young jockey rides a treble at the Sunday meeting "
    f"and rises to second in the jockeys' table with {RISER[2]} wins (title with a full-width gap, the byline line "
    "`記者　麥卓謙`, a caption and its credit inside a sentence, the jockey's 「」 quotation cut by the running head before "
    "`場。」`), then, with no blank line, **the table `騎師榜`: a header row `名次　騎師　頭馬　出賽　勝出率`, five rows "
    "whose first cell is a rank, two tied at `4=`, the wins, the rides and the strike rate to one decimal (computed), and "
    "a closing row `統計截至3月15日`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-03-16", "page": "B3",
    "head": [f"灝海日報　2037年3月16日　{weekday(DAY4)}", "B3　體育　　編輯：冼志朗"],
    "foot": ["灝海日報社　　新聞熱線：2738 5149"],
    "furniture": ["灝海日報", "2037年3月16日", weekday(DAY4), "B3", "體育", "編輯：冼志朗", "灝海日報．體育", "灝海日報社",
                  "新聞熱線：2738 5149"],
    "run": ["灝海日報．體育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新秀連中三元　騎師榜升上第二", "記者　麥卓謙"], "title": "新秀連中三元　騎師榜升上第二",
         "byline": ["記者　麥卓謙", "麥卓謙"],
         "captions": ["蔡朗軒策騎頭馬衝過終點。"], "credits": ["（麥卓謙攝）"],
         "body": [f"新秀騎師{RISER[1]}琴日喺沙田日賽連贏三場，今季頭馬數字升到{RISER[2]}場，喺騎師榜排第二，"
                  f"只係落後榜首{JOCKEYS[0][2] - RISER[2]}場。",
                  f"佢今季出賽{RISER[3]}次，{{cap}}勝出率有{share(RISER[2], RISER[3])}%，係出道以嚟最好嘅一季。",
                  "佢賽後話：「我唔會諗住追冠軍，一場一場咁跑，盡力幫馬主同練馬師贏多啲"
                  "{run}場。」"]},
        {"glued": True, "lines": ["騎師榜"], "title": "騎師榜",
         "body": [("row", "名次　騎師　頭馬　出賽　勝出率")]
         + [("row", f"{rank}　{name}　{wins}　{rides}　{share(wins, rides)}%") for rank, name, wins, rides in JOCKEYS]
         + [("row", f"統計截至{RACE_DAY.month}月{RACE_DAY.day}日")]},
    ],
}

# 5. Sarawak: the police's raids on illegal gambling last month, by division, the cash seized in cents.
RAIDS = [("古晋省", 14, 37, 1248050), ("诗巫省", 9, 21, 631500), ("美里省", 11, 26, 890240), ("民都鲁省", 6, 15, 427790)]
RAIDS_N = sum(r for _, r, _, _ in RAIDS)
HELD = sum(h for _, _, h, _ in RAIDS)
CASH = sum(c for _, _, _, c in RAIDS)
DAY5 = date(2037, 8, 5)

RAIDS_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_sarawak_gambling_raids_page_story_dateline_xun_byline_caption_credit_running_head_midquote_indent_only_glued_raid_tally_table_header_row_division_raids_arrests_ringgit_two_decimals_total_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "沙岸日报 2037-08-05 第3版 砂州 (Kuching, Sarawak, Malaysia; simplified), UTF-8 without BOM, LF; indent-only "
    f"paragraphs, wrapped at 21. A gambling page: the state police's July raids on illegal gambling, {RAIDS_N} raids, "
    f"{HELD} arrests, {cents(CASH)} ringgit seized (the dateline `（古晋讯）` opening the lead, the byline line "
    "`记者　田佩珊`, a caption and its credit inside a sentence, a police officer's “” quotation cut by the running head "
    "before `线报。”`), then, with no blank line, **the table `7月取缔非法赌博`: a header row `省份　突击　被捕　赌款（令吉）`, "
    "four division rows whose last cell is a sum in ringgit with a thousands comma and two decimals (`12,480.50`), and a "
    f"total row `合计　{RAIDS_N}　{HELD}　{cents(CASH)}` (summed in cents)**; the table is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2037-08-05", "page": "3",
    "head": [f"沙岸日报　　2037年8月5日　{weekday(DAY5)}", "第3版　砂州　　编辑：符慧玲"],
    "foot": ["沙岸日报有限公司　　新闻热线：082-417 358"],
    "furniture": ["沙岸日报", "2037年8月5日", weekday(DAY5), "第3版", "砂州", "编辑：符慧玲", "沙岸日报·砂州",
                  "沙岸日报有限公司", "新闻热线：082-417 358"],
    "run": ["沙岸日报·砂州"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["警方上月突击赌窟　逮捕99人", "记者　田佩珊"], "title": "警方上月突击赌窟　逮捕99人",
         "byline": ["记者　田佩珊", "田佩珊"],
         "captions": ["警员检查起获的电脑。"], "credits": ["（警方提供）"],
         "body": [f"（古晋讯）警方上月在全州展开取缔非法赌博行动，在四个省突击{RAIDS_N}次，逮捕{HELD}人，"
                  f"起获赌款{cents(CASH)}令吉。",
                  "被捕者大多在店屋楼上经营网上赌博，{cap}警方也充公了58台电脑和手机。",
                  "州警察总部刑事调查主任阿末法立说，网上赌博已经转移到住家，“我们会继续突击，也欢迎公众提供"
                  "{run}线报。”"]},
        {"glued": True, "lines": ["7月取缔非法赌博"], "title": "7月取缔非法赌博",
         "body": [("row", "省份　突击　被捕　赌款（令吉）")]
         + [("row", f"{div}　{r}　{h}　{cents(c)}") for div, r, h, c in RAIDS]
         + [("row", f"合计　{RAIDS_N}　{HELD}　{cents(CASH)}")]},
    ],
}
assert HELD == 99

# 6. A sports lottery's fixed odds for the weekend's league matches: home, draw, away, each to two decimals.
MATCHES = [("周六001", "浠江队", "凫港队", 185, 325, 390), ("周六002", "岱湾队", "砾川队", 240, 305, 270),
           ("周日003", "杉坪队", "涔北队", 162, 360, 475)]
for *_, h, d, a in MATCHES:
    payout = 1 / (100 / h + 100 / d + 100 / a)
    assert 0.86 < payout < 0.92, payout  # the odds leave the operator its margin


def odds(value):
    return f"{value // 100}.{value % 100:02d}"


DAY6 = date(2037, 9, 18)
assert DAY6.weekday() == 4  # a Friday page, the matches on Saturday and Sunday

ODDS_PAGE = {
    "name": "zh_utf16le_bom_cr_sports_lottery_page_weekend_league_odds_story_byline_caption_credit_running_head_midquote_glued_fixed_odds_table_header_row_match_codes_home_away_three_decimal_odds_columns_rule_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "浠州都市报 2037-09-18 第8版 体坛, UTF-16 LE with BOM, CR; blank-line paragraphs, wrapped at 22. A sports "
    "lottery page: the provincial sports lottery's fixed odds for the weekend's three league matches go on sale (title "
    "with a full-width gap, the byline line `本报记者　宁　朔`, a caption and its credit inside a sentence, a lottery "
    "worker's “” quotation cut by the running head before `广告。”`), then, with no blank line, **the table `本周竞彩赔率`: "
    "a header row `场次　主队　客队　胜　平　负`, three rows whose first cell is a match code of weekday and number "
    "(`周六001`), two invented clubs and three odds to two decimals (the margin checked), and a rule row "
    "`赔率以出票时为准`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2037-09-18", "page": "8",
    "head": [f"浠州都市报　　2037年9月18日　{weekday(DAY6)}", "第8版　体坛　　责任编辑：蔺　沄"],
    "foot": ["浠州都市报社　　报料热线：0719-8463257"],
    "furniture": ["浠州都市报", "2037年9月18日", weekday(DAY6), "第8版", "体坛", "责任编辑：蔺　沄", "浠州都市报·体坛",
                  "浠州都市报社", "报料热线：0719-8463257"],
    "run": ["浠州都市报·体坛"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["周末联赛三场　竞彩今起开售", "本报记者　宁　朔"], "title": "周末联赛三场　竞彩今起开售",
         "byline": ["本报记者　宁　朔", "宁　朔", "宁朔"],
         "captions": ["彩民在体彩店查看赔率。"], "credits": ["（本报记者　宁　朔　摄）"],
         "body": ["省体彩中心昨天公布本周末三场联赛的竞彩赔率，今天起在各体彩店开售，单注最低2元。",
                  f"排名第一的{MATCHES[0][1]}主场迎战{MATCHES[0][2]}，{{cap}}主胜赔率{odds(MATCHES[0][3])}，"
                  "是三场中最低的。",
                  "体彩中心工作人员戚晓峰提醒，竞彩只能在实体店购买，“网上代购都不受保护，彩民不要轻信"
                  "{run}广告。”"]},
        {"glued": True, "lines": ["本周竞彩赔率"], "title": "本周竞彩赔率",
         "body": [("row", "场次　主队　客队　胜　平　负")]
         + [("row", f"{code}　{home}　{away}　{odds(h)}　{odds(d)}　{odds(a)}") for code, home, away, h, d, a in MATCHES]
         + [("row", "赔率以出票时为准")]},
    ],
}

# 7. Nandi: a school's harambee raffle for a bus, the tickets sold and the winning ticket numbers with their prizes.
TICKETS7, PRICE7 = 15230, 50
TAKEN7 = TICKETS7 * PRICE7
PRIZES7 = 214500
NET7 = TAKEN7 - PRIZES7
WINNERS7 = [("No. 04417", "Ng'ombe"), ("No. 11902", "Pikipiki"), ("No. 07365", "Televisheni"), ("No. 15208", "Mbuzi")]
assert all(1 <= int(t[4:]) <= TICKETS7 for t, _ in WINNERS7)
DRAW7 = date(2037, 4, 4)
DAY7 = date(2037, 4, 7)
assert DRAW7.weekday() == 5 and DAY7 - DRAW7 == timedelta(days=3)  # drawn on Saturday, printed on Tuesday
COLLECT7 = date(2037, 4, 30)

RAFFLE_PAGE = {
    "name": "niq_latin1_crlf_nandi_raffle_page_school_bus_harambee_story_byline_dateline_ascii_hyphen_caption_credit_running_head_midquote_glued_winning_tickets_list_header_row_numbered_tickets_leading_zeros_prize_words_collection_row",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Kiptaiyat ab Kapsabet (an invented Nandi weekly, Kapsabet, Nandi County, Kenya) 2037-04-07 Page 6 Jamii, "
    "Latin-1 (ASCII quotes and apostrophes, `·` in the heads), CRLF; blank-line paragraphs, wrapped at 38 with "
    f"hyphenation. A Nandi raffle page: a school's harambee raffle for a bus sold {TICKETS7:,} tickets at Ksh {PRICE7}, "
    f"Ksh {TAKEN7:,} in all, Ksh {NET7:,} after the prizes (title over two lines, byline line `Kosir: Jepkemboi Kosgei`, "
    "the dateline `KAPSABET -` with an ASCII hyphen opening the lead, a caption and its credit inside a sentence, the "
    "head teacher's ASCII \"\" quotation cut by the running head before `lagok.\"`), then, with no blank line, **the list "
    "`Tiketisiek che kinyoru`: a header row, four rows of a ticket number with `No.` and leading zeros (`No. 04417`, each "
    f"within the {TICKETS7:,} sold, checked) and a prize named in a word (`Ng'ombe`), and a collection row**; the list "
    "is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2037-04-07", "page": "6",
    "head": [f"KIPTAIYAT AB KAPSABET · {english(DAY7)} · Page 6", "Jamii · Editor: Kibet Sang"],
    "foot": ["Kiptaiyat ab Kapsabet · kiptaiyat@kapsabet.example.ke"],
    "furniture": ["KIPTAIYAT AB KAPSABET", english(DAY7), "Page 6", "Jamii", "Editor: Kibet Sang",
                  "Kiptaiyat ab Kapsabet · Jamii", "Kiptaiyat ab Kapsabet", "kiptaiyat@kapsabet.example.ke"],
    "run": ["Kiptaiyat ab Kapsabet · Jamii"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Raffle ab sukul", "konyoru basi ne lel", "Kosir: Jepkemboi Kosgei"],
         "title": "Raffle ab sukul konyoru basi ne lel",
         "byline": ["Kosir: Jepkemboi Kosgei", "Jepkemboi Kosgei"],
         "captions": ["Lakwet kogerge tiketi ne konyor."], "credits": ["Picha: Kiprop Tanui"],
         "body": [f"KAPSABET - Sukul ne bo Kaptumo ko~ki~nyo~ru Ksh {TAKEN7:,} en raffle ab harambee, "
                  f"ko~ki~al~tos pich tiketisiek {TICKETS7:,} en Ksh {PRICE7} age tugul.",
                  f"Ki~ki~kwer~ei~ti draw en Sabato, {{cap}}ak ko~ki~to~ret~ei~ti ko~ru~tik Ksh {NET7:,} "
                  "ne kiyai basi.",
                  "Kiruogindet ab sukul, Kiprono Chelimo, ko~mwa: \"Basi ne lel ko~ti~nye la~go~kyok "
                  "chemo~ki~we~cho ki~ba~rak ko~ti~lil ne bo {run}lagok.\""]},
        {"glued": True, "lines": ["Tiketisiek che kinyoru"], "title": "Tiketisiek che kinyoru",
         "body": [("row", ramp((12, 14), "Tiketi", "Kiyoktab"))]
         + [("row", ramp((12, 14), t, prize)) for t, prize in WINNERS7]
         + [("row", f"Kiyoktab kou {COLLECT7:%d.%m.%Y} en sukul")]},
    ],
}

# 8. Kipsigis: a Bomet farmer's six-match jackpot, the slip's picks (1, X, 2) agreeing with the scores, and the tax.
SLIP = [("Sotik", "Longisa", "1", "2:0"), ("Ndanai", "Silibwet", "X", "1:1"), ("Mogogosiek", "Kapkatet", "2", "0:3"),
        ("Chebole", "Kaplong", "1", "3:1"), ("Sigor", "Mulot", "X", "0:0"), ("Tenwek", "Kembu", "2", "1:2")]


def outcome(score):
    """The 1X2 result of a score: `1` home win, `X` draw, `2` away win."""
    home, away = (int(x) for x in score.split(":"))
    return "1" if home > away else "X" if home == away else "2"


RIGHT8 = sum(outcome(score) == pick for *_, pick, score in SLIP)
assert RIGHT8 == len(SLIP) == 6
STAKE8, GROSS8 = 99, 2416380
TAX8 = GROSS8 * 20 // 100  # withholding tax of 20% on the winnings
NET8 = GROSS8 - TAX8
DAY8 = date(2037, 5, 12)

SLIP_PAGE = {
    "name": "sgc_utf16be_bom_lf_kipsigis_betting_page_farmer_wins_jackpot_story_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_glued_betting_slip_table_header_row_matches_1x2_picks_scores_right_count_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "    ", "blank": False,
    "note": "Ngalek ab Bomet (an invented Kipsigis weekly, Bomet, Kenya) 2037-05-12 Page 11 Michezo, UTF-16 BE with BOM "
    "(a Latin page; `“ ” – ·`), LF; **indent-only paragraphs (four spaces, no blank lines)**, wrapped at 40 with "
    f"hyphenation. A Kipsigis betting page: a tea farmer's Ksh {STAKE8} six-match jackpot wins Ksh {GROSS8:,}, "
    f"Ksh {NET8:,} after 20% tax (title over two lines, byline line `Ne kosir: Chepngeno Koech`, the dateline `BOMET –` "
    "opening the lead, a caption and its credit inside a sentence, the winner's “” quotation cut by the running head "
    "before `tuga.”`), then, with no blank line, **the table `Tiketab jackpot`: a header row `Mechi 1X2 Goals`, six "
    "rows of a match (`Sotik v Longisa`, two invented village clubs joined by `v`), a pick `1`, `X` or `2` and the score "
    "`2:0` (each pick checked against its score), and a closing row `Kararan 6/6`**; the table is an article, its head "
    "the title, each printed row a paragraph (one space kept between cells).",
    "date": "2037-05-12", "page": "11",
    "head": [f"NGALEK AB BOMET · {english(DAY8)} · Page 11", "Michezo · Editor: Kipngeno Mutai"],
    "foot": ["Ngalek ab Bomet · ngalek@bomet.example.ke"],
    "furniture": ["NGALEK AB BOMET", english(DAY8), "Page 11", "Michezo", "Editor: Kipngeno Mutai",
                  "Ngalek ab Bomet · Michezo", "Ngalek ab Bomet", "ngalek@bomet.example.ke"],
    "run": ["Ngalek ab Bomet · Michezo"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Rurutiyot ab Bomet", "konyor jackpot ab mechi", "Ne kosir: Chepngeno Koech"],
         "title": "Rurutiyot ab Bomet konyor jackpot ab mechi",
         "byline": ["Ne kosir: Chepngeno Koech", "Chepngeno Koech"],
         "captions": ["Kiplangat ak tiketab jackpot."], "credits": ["Picha: Kipkorir Rono"],
         "body": [f"BOMET – Rurutiyot ab chai ne bo Sotik, Wesley Kiplangat, ko~ko~nyor Ksh {GROSS8:,} en "
                  f"jackpot ab mechi {len(SLIP)}, ko~ki~ge~ter~ei Ksh {STAKE8} ak~ine.",
                  f"Ko~ki~ib~ei kodi ne bo 20%, {{cap}}ko~ki~to~ret~ei Ksh {NET8:,} en M-Pesa abgera.",
                  "Kiplangat ko~mwa: “Ka~a~ge~ter~ei ko~le~ne~tos ko~ti~nye~ne ko~ti~ngo~be~lu~ne "
                  "ka~nyo~ru age~ne~ge ne~mi~ten~ye {run}tuga.”"]},
        {"glued": True, "lines": ["Tiketab jackpot"], "title": "Tiketab jackpot",
         "body": [("row", ramp((24, 5, 7), "Mechi", "1X2", "Goals"))]
         + [("row", ramp((24, 5, 7), f"{home} v {away}", pick, score)) for home, away, pick, score in SLIP]
         + [("row", f"Kararan {RIGHT8}/{len(SLIP)}")]},
    ],
}

# 9. Taita: the county's crackdown on gambling machines by ward, seized = destroyed + held for court.
WARDS9 = [("Wundanyi", 58, 41), ("Mwatate", 47, 35), ("Voi", 73, 52), ("Taveta", 36, 29)]
SEIZED9 = sum(s for _, s, _ in WARDS9)
BURNT9 = sum(b for _, _, b in WARDS9)
COURT9 = SEIZED9 - BURNT9
DAY9 = date(2037, 6, 25)

MACHINES_PAGE = {
    "name": "dav_macroman_lf_taita_gambling_machines_crackdown_page_story_byline_dateline_caption_credit_running_head_midquote_glued_seized_machines_table_header_row_seized_destroyed_held_difference_column_total_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Masho ga Wundanyi (an invented Taita weekly, Wundanyi, Taita Taveta County, Kenya) 2037-06-25 Page 3 "
    "Habari, Mac Roman (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 36 with hyphenation. A Taita gambling page: "
    f"the county's officers seized {SEIZED9} gambling machines in four areas and burnt {BURNT9}, keeping {COURT9} for "
    "court (title over two lines, byline line `Ni: Mwakio Mwandawiro`, the dateline `WUNDANYI –` opening the lead, a "
    "caption and its credit inside a sentence, a county officer's “” quotation cut by the running head before "
    "`wana.”`), then, with no blank line, **the table `Mashine za kamari`: a header row `Kwanda Zagwa Zasoma Kotini`, "
    "four rows of an area, machines seized, burnt and the difference held for court (computed), flush right, and a total "
    f"row `Jumla {SEIZED9} {BURNT9} {COURT9}`**; the table is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2037-06-25", "page": "3",
    "head": [f"MASHO GA WUNDANYI · {english(DAY9)} · Page 3", "Habari · Editor: Mghanga Mwakisha"],
    "foot": ["Masho ga Wundanyi · masho@wundanyi.example.ke"],
    "furniture": ["MASHO GA WUNDANYI", english(DAY9), "Page 3", "Habari", "Editor: Mghanga Mwakisha",
                  "Masho ga Wundanyi · Habari", "Masho ga Wundanyi", "masho@wundanyi.example.ke"],
    "run": ["Masho ga Wundanyi · Habari"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": [f"Mashine {SEIZED9} za kamari", "zagwa na kusomwa", "Ni: Mwakio Mwandawiro"],
         "title": f"Mashine {SEIZED9} za kamari zagwa na kusomwa",
         "byline": ["Ni: Mwakio Mwandawiro", "Mwakio Mwandawiro"],
         "captions": ["Mashine zisomwa Wundanyi."], "credits": ["Picha: Mwanyumba Kishombe"],
         "body": [f"WUNDANYI – Wa~bo~ma~ji wa kaunti wa~ga~a mashine {SEIZED9} za kamari mo ma~du~ka~ni "
                  f"na ma~ba~a~ni, na wa~so~ma {BURNT9} kala ya i~ja~ma~ni.",
                  f"Mashine {COURT9} zi~ka~ba~nywa ku~le~twa ko~ti~ni, {{cap}}iko wa~ndu wa~ka~wa~da~mba~nywa "
                  "ma~shta~ka.",
                  "Mbomaji wa kaunti, Mercy Wakesho, wa~de~da: “Mashine idi zi~ka~we~nya~nya wa~sha~na na "
                  "ku~ru~ma pesa za {run}wana.”"]},
        {"glued": True, "lines": ["Mashine za kamari"], "title": "Mashine za kamari",
         "body": [("row", ramp((10, 7, 8, 8), "Kwanda", "Zagwa", "Zasoma", "Kotini"))]
         + [("row", ramp((10, 7, 8, 8), name, str(s), str(b), str(s - b))) for name, s, b in WARDS9]
         + [("row", ramp((10, 7, 8, 8), "Jumla", str(SEIZED9), str(BURNT9), str(COURT9)))]},
    ],
}

# 10. Chaga (Kivunjo): a church's bingo night for a school, the cards sold and the winning card, B 1-15 ... O 61-75.
CARD10 = [(4, 19, 33, 52, 68), (11, 24, 41, 47, 75), (2, 28, None, 59, 63), (15, 17, 39, 50, 71), (8, 30, 44, 56, 66)]
for row in CARD10:
    for col, n in enumerate(row):
        assert n is None or 15 * col + 1 <= n <= 15 * col + 15, (col, n)
assert CARD10[2][2] is None  # the free centre
CARDS10, PRICE10, PRIZE10 = 1240, 2000, 500000
NET10 = CARDS10 * PRICE10 - PRIZE10
DAY10 = date(2037, 11, 6)

BINGO_PAGE = {
    "name": "vun_utf8_bom_cr_chaga_kivunjo_bingo_page_church_bingo_night_school_fund_story_byline_dateline_caption_credit_running_head_midquote_glued_winning_card_table_bingo_letters_header_five_number_rows_bure_free_centre_card_number_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Mbonyi ya Marangu (an invented Chaga weekly in Kivunjo, Marangu, Kilimanjaro Region, Tanzania) 2037-11-06 "
    "Page 4 Jamii, UTF-8 with BOM (`“ ” – ·`), CR; blank-line paragraphs, wrapped at 40 with hyphenation. A Chaga "
    f"games page: a parish's bingo night sold {CARDS10:,} cards at TSh {PRICE10:,} and kept TSh {NET10:,} for a school "
    "after the prize (title over two lines, byline line `Kui: Neema Lyatuu`, the dateline `MARANGU –` opening the lead, "
    "a caption and its credit inside a sentence, the parish priest's “” quotation cut by the running head before "
    "`wana.”`), then, with no blank line, **the table `Kadi ilyishinda`: a header row of the letters `B I N G O`, five "
    "rows of five numbers each in its letter's range (B 1–15 … O 61–75, checked), the centre cell the word `BURE` "
    "(free), and a closing row `Kadi na. 0318`**; the table is an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2037-11-06", "page": "4",
    "head": [f"MBONYI YA MARANGU · {english(DAY10)} · Page 4", "Jamii · Mhariri: Elisante Mushi"],
    "foot": ["Mbonyi ya Marangu · mbonyi@marangu.example.tz"],
    "furniture": ["MBONYI YA MARANGU", english(DAY10), "Page 4", "Jamii", "Mhariri: Elisante Mushi",
                  "Mbonyi ya Marangu · Jamii", "Mbonyi ya Marangu", "mbonyi@marangu.example.tz"],
    "run": ["Mbonyi ya Marangu · Jamii"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Bingo ya kanisa", "ikaenenga shule ya Mamba", "Kui: Neema Lyatuu"],
         "title": "Bingo ya kanisa ikaenenga shule ya Mamba",
         "byline": ["Kui: Neema Lyatuu", "Neema Lyatuu"],
         "captions": ["Wandu wakiiya kadi ya bingo."], "credits": ["Picha: Godlisten Massawe"],
         "body": [f"MARANGU – Kanisa lya Mamba li~ka~wu~tsa kadi {CARDS10:,} ya bingo kya TSh {PRICE10:,} "
                  f"ki~mwi, na li~ka~ti~ka TSh {NET10:,} kya shule ya wa~na.",
                  f"Mndu a~ka~hi~nda TSh {PRIZE10:,} a~ka~wa Mama Upendo Temu, {{cap}}a~la~le~wa~la "
                  "na~mba ya mfu~ngo ko~mbi~ri.",
                  "Padri Leonard Kimaro a~ka~i~dze: “Bingo iki~wa nyi~so~ndo ka~ma ki~ndo kya "
                  "ku~wa~so~mbe~sa {run}wana.”"]},
        {"glued": True, "lines": ["Kadi ilyishinda"], "title": "Kadi ilyishinda",
         "body": [("row", ramp((4, 5, 6, 5, 5), "B", "I", "N", "G", "O"))]
         + [("row", ramp((4, 5, 6, 5, 5), *("BURE" if n is None else str(n) for n in row))) for row in CARD10]
         + [("row", "Kadi na. 0318")]},
    ],
}

PAGES = [JACKPOT_PAGE, SCRATCH_PAGE, ROLLOVER_PAGE, JOCKEYS_PAGE, RAIDS_PAGE, ODDS_PAGE, RAFFLE_PAGE, SLIP_PAGE,
         MACHINES_PAGE, BINGO_PAGE]
