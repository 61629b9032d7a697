"""The text of every holdout143 page, written once: make_holdout143_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, grid or notice (one gold paragraph per printed line). `{cap}` drops the caption
and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end.
The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The dan promotions, the simul's
tally, the sudoku grid, the bidding, the rating changes, the memory records, the draughts cross-table, the word
search, the Swiss standings with their tie-break and the knockout's match scores are computed or asserted here from
the figures they rest on, and the weekdays from the dates. All papers, clubs, events, figures, people, sums,
telephone numbers and games are invented; real places are settings only.
"""

import re
from datetime import date
from fractions import Fraction

WEEKDAYS_ZH = "一二三四五六日"
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def md(day):
    return f"{day.month}月{day.day}日"


def half(x):
    """A score with a half point as printed: 2½, ½, 3."""
    whole = int(x)
    rest = "½" if x - whole else ""
    return (str(whole) if whole or not rest else "") + rest


# 1. A city's amateur Go dan tournament; the promotions: name, old grade, new grade; where the certificates wait.
GRADES1 = ["业余1级", "业余初段", "业余2段", "业余3段", "业余4段", "业余5段"]
PROMO1 = [("何　骁", "业余3段"), ("蒋明川", "业余初段"), ("柴　蕾", "业余1级"), ("吕定邦", "业余4段"), ("温一苇", "业余2段")]
ROWS1 = [(n, g, GRADES1[GRADES1.index(g) + 1]) for n, g in PROMO1]
assert "业余初段" in [b for _, _, b in ROWS1] and all(GRADES1.index(b) == GRADES1.index(a) + 1 for _, a, b in ROWS1)
DAY1 = date(2041, 3, 20)
CERT1 = date(2041, 3, 27)
assert CERT1 > DAY1
DAN_PAGE = {
    "name": "zh_gbk_crlf_mind_sports_page_go_dan_tournament_promotions_story_byline_caption_credit_running_head_midquote_glued_promotion_list_header_row_amateur_grade_cells_first_dan_cell_certificate_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "泫州晚报 2041-03-20 第11版 棋苑, GBK, CRLF; blank-line paragraphs, wrapped at 22. A mind-sports page: the "
    f"city's amateur Go dan tournament ends with {len(ROWS1)} players promoted (title with a full-width gap, the byline "
    "line `本报记者　邝　岩`, a caption and its credit inside a sentence, a retired teacher's “” quotation cut by the "
    "running head before `下棋。”`), then, with no blank line, **the list `升段名单`: a header row "
    f"`姓名　原段位　新段位`, {len(ROWS1)} rows of a name (two-character names with a full-width gap), the old and the "
    "new amateur grade (`业余3段　业余4段`; one from a kyu grade to first dan, `业余1级　业余初段`), and a certificate "
    f"row `证书领取：{md(CERT1)}起`**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2041-03-20", "page": "11",
    "head": [f"泫州晚报　　2041年3月20日　{weekday(DAY1)}", "第11版　棋苑　　责任编辑：危　朗"],
    "foot": ["泫州晚报社出版　　新闻热线：0763-5521904"],
    "furniture": ["泫州晚报", "2041年3月20日", weekday(DAY1), "第11版", "棋苑", "责任编辑：危　朗", "泫州晚报·棋苑",
                  "泫州晚报社出版", "新闻热线：0763-5521904"],
    "run": ["泫州晚报·棋苑"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"业余围棋段位赛落幕　{len(ROWS1)}人升段", "本报记者　邝　岩"],
         "title": f"业余围棋段位赛落幕　{len(ROWS1)}人升段",
         "byline": ["本报记者　邝　岩", "邝　岩", "邝岩"],
         "captions": ["棋手在第七轮对局中长考。"], "credits": ["（本报记者　邝　岩　摄）"],
         "body": [f"为期三天的全市业余围棋段位赛前天在文化馆落幕，一百零六名棋手参赛，{len(ROWS1)}人获得升段。",
                  "比赛每人下七轮，{cap}年纪最大的参赛者六十八岁，最小的九岁。",
                  "升上业余5段的退休教师吕定邦说，“退休以后天天打谱，今年总算又上了一段，以后还要接着"
                  "{run}下棋。”"]},
        {"glued": True, "lines": ["升段名单"], "title": "升段名单",
         "body": [("row", "姓名　原段位　新段位")] + [("row", f"{n}　{a}　{b}") for n, a, b in ROWS1]
         + [("row", f"证书领取：{md(CERT1)}起")]},
    ],
}

# 2. A Chinese-chess grandmaster's simultaneous display against six; board, challenger, result; the master's tally.
RARE = "\u3e8c"  # 㺌, CJK Extension A: in GB18030, not in GBK
SIMUL2 = [(1, "葛建业", "大师胜"), (2, f"彭{RARE}", "和"), (3, "韦振东", "大师胜"), (4, "苗晓宁", "挑战者胜"),
          (5, "鲁长庚", "大师胜"), (6, "包一凡", "大师胜")]
WON2 = sum(r == "大师胜" for *_, r in SIMUL2)
DRAWN2 = sum(r == "和" for *_, r in SIMUL2)
LOST2 = sum(r == "挑战者胜" for *_, r in SIMUL2)
assert WON2 + DRAWN2 + LOST2 == len(SIMUL2) and (WON2, DRAWN2, LOST2) == (4, 1, 1)
NUM_ZH = "零一二三四五六七八九"
DAY2 = date(2041, 4, 17)
SIMUL_PAGE = {
    "name": "zh_gb18030_lf_chess_page_xiangqi_simultaneous_display_story_byline_rare_char_in_challenger_name_caption_credit_running_head_midquote_indent_only_glued_simul_result_table_header_row_board_number_cells_result_word_cells_tally_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"溧州日报 2041-04-17 第8版 弈林 (`{RARE}` U+3E8C, CJK Extension A, in the challenger's name `彭{RARE}`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A chess page: a Chinese-chess "
    f"grandmaster plays {len(SIMUL2)} club players at once in a park pavilion (title with a full-width gap, the byline "
    "line `本报记者　闫　旻`, a caption and its credit inside a sentence, the winning challenger's “” quotation cut by "
    "the running head before `输了。”`), then, with no blank line, **the table `车轮战战绩`: a header row "
    f"`台次　挑战者　结果`, {len(SIMUL2)} rows of a board number (`第1台`), a name and a result word (`大师胜`, `和`, "
    f"`挑战者胜`), and a tally row `大师：{WON2}胜{DRAWN2}和{LOST2}负` (counted)**; the table is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2041-04-17", "page": "8",
    "head": [f"溧州日报　　2041年4月17日　{weekday(DAY2)}", "第8版　弈林　　责任编辑：鄢　澄"],
    "foot": ["溧州日报社　　新闻热线：0519-8830627"],
    "furniture": ["溧州日报", "2041年4月17日", weekday(DAY2), "第8版", "弈林", "责任编辑：鄢　澄", "溧州日报·弈林",
                  "溧州日报社", "新闻热线：0519-8830627"],
    "run": ["溧州日报·弈林"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"特级大师一对{NUM_ZH[len(SIMUL2)]}　公园里下车轮战", "本报记者　闫　旻"],
         "title": f"特级大师一对{NUM_ZH[len(SIMUL2)]}　公园里下车轮战",
         "byline": ["本报记者　闫　旻", "闫　旻", "闫旻"],
         "captions": ["围观的棋迷在亭子外站了三圈。"], "credits": ["（本报记者　闫　旻　摄）"],
         "body": [f"象棋特级大师前天下午在湖心公园的亭子里同时对阵{NUM_ZH[len(SIMUL2)]}名棋手，"
                  f"两个半小时下来{NUM_ZH[WON2]}胜{NUM_ZH[DRAWN2]}和{NUM_ZH[LOST2]}负。",
                  "六张棋桌摆成一排，{cap}大师在桌子之间来回走，每步棋只想十几秒。",
                  "唯一赢棋的中学教师苗晓宁说，“下到残局我自己都不敢相信，大师看了半天，笑着说这盘是真的"
                  "{run}输了。”"]},
        {"glued": True, "lines": ["车轮战战绩"], "title": "车轮战战绩",
         "body": [("row", "台次　挑战者　结果")] + [("row", f"第{b}台　{n}　{r}") for b, n, r in SIMUL2]
         + [("row", f"大师：{WON2}胜{DRAWN2}和{LOST2}负")]},
    ],
}

# 3. Taiwan: a sudoku contest; this week's puzzle as a grid of nine rows; the answer promised for next week.
DIGITS3 = [3, 7, 1, 9, 5, 2, 8, 4, 6]
SOLVED3 = [[DIGITS3[(r * 3 + r // 3 + c) % 9] for c in range(9)] for r in range(9)]
for _r in range(9):
    assert sorted(SOLVED3[_r]) == list(range(1, 10)) and sorted(SOLVED3[i][_r] for i in range(9)) == list(range(1, 10))
for _b in range(9):
    assert sorted(SOLVED3[3 * (_b // 3) + i][3 * (_b % 3) + j] for i in range(3) for j in range(3)) == list(range(1, 10))
MASK3 = ["101001010", "010110001", "001000110", "100010100", "011101010", "001010001", "011000100", "100011010",
         "010100101"]
GRID3 = [[str(SOLVED3[r][c]).translate(FULL) if MASK3[r][c] == "1" else "．" for c in range(9)] for r in range(9)]
GIVEN3 = sum(m.count("1") for m in MASK3)
DAY3 = date(2041, 5, 22)
SUDOKU_PAGE = {
    "name": "zht_big5_cr_taiwan_puzzles_page_sudoku_contest_story_byline_caption_credit_running_head_midquote_glued_sudoku_grid_nine_rows_fullwidth_digit_cells_fullwidth_dot_blank_cells_answer_next_week_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "濛港日報 2041-05-22 B6 益智 (`中華民國130年5月22日`, Taiwan, Kaohsiung), Big5, CR; blank-line paragraphs, "
    "wrapped at 20. A puzzles page: a city library's sudoku contest draws families and retirees (title with a "
    "full-width gap, the byline line `記者潘詠嵐／高雄報導`, a caption and its credit inside a sentence, the winner's "
    "「」 quotation cut by the running head before `填數字。」`), then, with no blank line, **the puzzle `本週數獨`: nine "
    "rows of nine cells parted by full-width spaces, each a full-width digit (`５`) or a full-width dot for a blank "
    f"(`．`), {GIVEN3} digits given (the grid is a valid solution's cells, checked), and a row `答案下週本版刊出`**; the "
    "puzzle is an article, its head the title, each printed row a paragraph.",
    "date": "2041-05-22", "page": "B6",
    "head": [f"濛港日報　中華民國130年5月22日　{weekday(DAY3)}", "B6　益智　　編輯：龔淑雯"],
    "foot": ["濛港日報社　讀者服務專線：(07)3316-582"],
    "furniture": ["濛港日報", "中華民國130年5月22日", weekday(DAY3), "B6", "益智", "編輯：龔淑雯", "濛港日報．益智",
                  "濛港日報社", "讀者服務專線：(07)3316-582"],
    "run": ["濛港日報．益智"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["圖書館數獨賽　退休會計師奪冠", "記者潘詠嵐／高雄報導"],
         "title": "圖書館數獨賽　退休會計師奪冠",
         "byline": ["記者潘詠嵐／高雄報導", "潘詠嵐"],
         "captions": ["參賽者在閱覽室裡埋頭解題。"], "credits": ["（記者潘詠嵐攝）"],
         "body": ["高雄一間市立圖書館週末舉辦數獨比賽，八十四人報名，最快的參賽者十一分鐘解完最難的一題。",
                  "比賽分三個難度，{cap}每題限時三十分鐘。",
                  "奪冠的退休會計師說，「我做了四十年帳，退休以後手癢，每天早上配咖啡一定要"
                  "{run}填數字。」"]},
        {"glued": True, "lines": ["本週數獨"], "title": "本週數獨",
         "body": [("row", "　".join(row)) for row in GRID3] + [("row", "答案下週本版刊出")]},
    ],
}

# 4. Hong Kong: a bridge league's hand of the week, in Cantonese; the bidding by seat; the opening lead.
BIDS4 = [["1梅花", "不叫", "1紅心", "不叫"], ["1無將", "不叫", "3無將", "不叫"], ["不叫", "不叫"]]
CALLS4 = [c for row in BIDS4 for c in row]
assert CALLS4[-3:] == ["不叫"] * 3 and sum(len(r) for r in BIDS4) == 10
DAY4 = date(2041, 6, 5)
BRIDGE_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_bridge_page_league_hand_of_the_week_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_bidding_table_seat_header_row_call_cells_short_last_row_opening_lead_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "瀚灣日報 2041-06-05 C3 牌藝 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 啲 嘢`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A bridge page in Cantonese: a club bridge league's final and its hand "
    "of the week (title with a full-width gap, the byline line `記者　麥思穎`, a caption and its credit inside a "
    "sentence, the winning captain's 「」 quotation cut by the running head before `打落去。」`), then, with no blank "
    "line, **the bidding `叫牌過程`: a header row of the four seats `南　西　北　東`, rows of calls with Arabic "
    "numerals and suit names (`1梅花　不叫　1紅心　不叫`), a short last row of two passes, and an opening-lead row "
    "`首引：黑桃Q`**; the bidding is an article, its head the title, each printed row a paragraph.",
    "date": "2041-06-05", "page": "C3",
    "head": [f"瀚灣日報　2041年6月5日　{weekday(DAY4)}", "C3　牌藝　　編輯：岑子晴"],
    "foot": ["瀚灣日報社　　新聞熱線：2718 6043"],
    "furniture": ["瀚灣日報", "2041年6月5日", weekday(DAY4), "C3", "牌藝", "編輯：岑子晴", "瀚灣日報．牌藝",
                  "瀚灣日報社", "新聞熱線：2718 6043"],
    "run": ["瀚灣日報．牌藝"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["橋牌聯賽決賽　一副3無將定輸贏", "記者　麥思穎"],
         "title": "橋牌聯賽決賽　一副3無將定輸贏",
         "byline": ["記者　麥思穎", "麥思穎"],
         "captions": ["兩隊喺灣仔一間會所打決賽。"], "credits": ["（麥思穎攝）"],
         "body": ["業餘橋牌聯賽上星期六打完決賽，兩隊打咗四十八副牌，最後淨係差六個IMP。",
                  "最關鍵嗰副牌係第四十一副，{cap}南家做莊打3無將，啱啱好攞足九墩。",
                  "贏咗嘅隊長話，「我哋啲隊員平均年紀七十歲，腦筋仲好清醒，明年一定繼續"
                  "{run}打落去。」"]},
        {"glued": True, "lines": ["叫牌過程"], "title": "叫牌過程",
         "body": [("row", "南　西　北　東")] + [("row", "　".join(row)) for row in BIDS4] + [("row", "首引：黑桃Q")]},
    ],
}

# 5. Malaysia: a chess open's rating changes; player, rating before and after, the signed change; the next list.
RATED5 = [("黄启铭", 1812, 1840), ("邓丽珊", 1755, 1746), ("许家豪", 1690, 1721), ("蔡永康", 1634, 1629)]
ROWS5 = [(n, a, b, f"{b - a:+d}") for n, a, b in RATED5]
assert sum(b - a > 0 for _, a, b in RATED5) == 2
DAY5 = date(2041, 8, 28)
NEXT5 = date(2041, 10, 1)
assert NEXT5 > DAY5
RATING_PAGE = {
    "name": "zh_utf8_bom_crlf_malaysia_chess_page_johor_bahru_open_rating_changes_story_byline_caption_credit_running_head_midquote_glued_rating_table_header_row_four_digit_rating_cells_signed_change_cells_next_list_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "沣洲日报 2041-08-28 第9版 棋艺 (Malaysia, Johor Bahru), UTF-8 with BOM, CRLF; blank-line paragraphs, wrapped "
    "at 21. A chess page: a Johor Bahru chess open and what it did to the local players' ratings (title with a "
    "full-width gap, the byline line `记者　关诗琪`, a caption and its credit inside a sentence, a young player's “” "
    "quotation cut by the running head before `下棋。”`), then, with no blank line, **the table `等级分变动`: a "
    f"header row `棋手　赛前　赛后　升降`, {len(ROWS5)} rows of a name, two four-digit ratings and a signed change "
    f"(`+28`, `-9`; computed), and a row `下期公布：{md(NEXT5)}`**; the table is an article, its head the title, "
    "each printed row a paragraph.",
    "date": "2041-08-28", "page": "9",
    "head": [f"沣洲日报　　2041年8月28日　{weekday(DAY5)}", "第9版　棋艺　　责任编辑：骆嘉慧"],
    "foot": ["沣洲日报社　　读者热线：07-3348 120"],
    "furniture": ["沣洲日报", "2041年8月28日", weekday(DAY5), "第9版", "棋艺", "责任编辑：骆嘉慧", "沣洲日报·棋艺",
                  "沣洲日报社", "读者热线：07-3348 120"],
    "run": ["沣洲日报·棋艺"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["新山国际象棋公开赛　本地棋手两升两降", "记者　关诗琪"],
         "title": "新山国际象棋公开赛　本地棋手两升两降",
         "byline": ["记者　关诗琪", "关诗琪"],
         "captions": ["棋手在公开赛最后一轮按下棋钟。"], "credits": ["（关诗琪摄）"],
         "body": [f"上周末在新山举行的国际象棋公开赛共有一百三十人参赛，四名本地棋手中两人等级分上升，"
                  f"升得最多的是{ROWS5[2][0]}。",
                  "公开赛一共九轮，{cap}每轮限时九十分钟。",
                  f"等级分升了{RATED5[0][2] - RATED5[0][1]}分的{RATED5[0][0]}说，“明年我想去新加坡参加比赛，"
                  "多跟高手"
                  "{run}下棋。”"]},
        {"glued": True, "lines": ["等级分变动"], "title": "等级分变动",
         "body": [("row", "棋手　赛前　赛后　升降")] + [("row", f"{n}　{a}　{b}　{c}") for n, a, b, c in ROWS5]
         + [("row", f"下期公布：{md(NEXT5)}")]},
    ],
}

# 6. A city memory championship; each discipline's winner and record with its own unit; the overall champion.
RECS6 = [("5分钟数字", "柏　峤", "352个"), ("快速扑克", "章若愚", "31.08秒"), ("人名头像", "柏　峤", "87个"),
         ("二进制数字", "戴秋禾", "1,044个")]
WINS6 = {n: sum(w == n for _, w, _ in RECS6) for _, n, _ in RECS6}
CHAMP6 = max(WINS6, key=WINS6.get)
assert WINS6[CHAMP6] == 2 and sorted(WINS6.values()) == [1, 1, 2]
DAY6 = date(2041, 9, 24)
MEMORY_PAGE = {
    "name": "zh_utf16be_bom_lf_mind_sports_page_city_memory_championship_story_byline_caption_credit_running_head_midquote_indent_only_glued_discipline_winners_table_header_row_mixed_unit_record_cells_overall_champion_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "淦阳日报 2041-09-24 第12版 脑力, UTF-16 BE with BOM, LF; indent-only paragraphs, wrapped at 22. A mind-sports "
    "page: the city's first memory championship (title with a full-width gap, the byline line `本报记者　殳　晴`, a "
    "caption and its credit inside a sentence, the overall champion's “” quotation cut by the running head before "
    "`画面。”`), then, with no blank line, **the table `单项冠军`: a header row `项目　冠军　成绩`, "
    f"{len(RECS6)} rows of a discipline, a winner and a record in its own unit (`352个`, `31.08秒`, `1,044个` with a "
    f"thousands comma), and a row `全能冠军：{CHAMP6}` (the winner of most disciplines, counted)**; the table is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2041-09-24", "page": "12",
    "head": [f"淦阳日报　　2041年9月24日　{weekday(DAY6)}", "第12版　脑力　　责任编辑：祁　越"],
    "foot": ["淦阳日报社　　新闻热线：0797-2265318"],
    "furniture": ["淦阳日报", "2041年9月24日", weekday(DAY6), "第12版", "脑力", "责任编辑：祁　越", "淦阳日报·脑力",
                  "淦阳日报社", "新闻热线：0797-2265318"],
    "run": ["淦阳日报·脑力"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["首届城市记忆锦标赛　五分钟记住三百多个数字", "本报记者　殳　晴"],
         "title": "首届城市记忆锦标赛　五分钟记住三百多个数字",
         "byline": ["本报记者　殳　晴", "殳　晴", "殳晴"],
         "captions": ["选手戴着耳罩记忆扑克牌。"], "credits": ["（本报记者　殳　晴　摄）"],
         "body": ["首届城市记忆锦标赛周日在科技馆举行，五十七名选手比了四个单项，最年长的选手已经六十一岁。",
                  "快速扑克要求记住一整副洗乱的牌，{cap}冠军只用了三十一秒多。",
                  f"拿下两个单项的{CHAMP6.replace('　', '')}说，“背数字靠的不是死记，是把每两位数变成一个人或者"
                  "一样东西，再串成一幅"
                  "{run}画面。”"]},
        {"glued": True, "lines": ["单项冠军"], "title": "单项冠军",
         "body": [("row", "项目　冠军　成绩")] + [("row", f"{e}　{n}　{r}") for e, n, r in RECS6]
         + [("row", f"全能冠军：{CHAMP6}")]},
    ],
}

# 7. Yine: a draughts round robin at Sepahua; the cross-table with its x diagonal and half points; the arbiter.
PLAYERS7 = ["Ana Yumbato", "Luis Sebastián", "Elsa Rojas", "Marco Cushichinari"]
RES7 = {(0, 1): 1, (0, 2): Fraction(1, 2), (0, 3): 1, (1, 2): 1, (1, 3): Fraction(1, 2), (2, 3): 1}
GRID7 = [[None if i == j else (RES7[(i, j)] if i < j else 1 - RES7[(j, i)]) for j in range(4)] for i in range(4)]
PTS7 = [sum(x for x in row if x is not None) for row in GRID7]
assert sum(PTS7) == 6 and PTS7 == sorted(PTS7, reverse=True) and PTS7[0] == Fraction(5, 2)
DAY7 = date(2041, 7, 17)
W7 = (22, 3, 3, 3, 3, 5)
CROSS_PAGE = {
    "name": "pib_cp1252_crlf_yine_games_page_sepahua_draughts_round_robin_story_byline_dateline_caption_credit_running_head_midquote_glued_cross_table_header_row_x_diagonal_cells_half_point_cells_points_column_arbiter_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Gitsjeru Sepahua (an invented Yine weekly, Sepahua, Ucayali, Peru) 2041-07-17 Page 7 Games, cp1252 "
    "(`“ ” – ½ á ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Yine games page: four players "
    "play a draughts round robin at the river port (title over two lines, byline line `Giyolu: Rosa Shaco`, the "
    "dateline `SEPAHUA –` opening the lead, a caption and its credit inside a sentence, the winner's “” quotation cut "
    "by the running head before `damas.”`), then, with no blank line, **the cross-table `Damas tabla`: a header row "
    "`Nº Jugador 1 2 3 4 Pts`, four rows of a number, a name, four result cells with `x` on the diagonal and half "
    f"points (`½`), and the points (`{half(PTS7[0])}`; each pair's results sum to one, the points summed), and an "
    "arbiter row `Árbitro: Julio Pérez`**; the table is an article, its head the title, each printed row a paragraph "
    "(one space kept between cells).",
    "date": "2041-07-17", "page": "7",
    "head": [f"GITSJERU SEPAHUA · {english(DAY7)} · Page 7", "Games · Editor: Wilder Fasabi"],
    "foot": ["Gitsjeru Sepahua · gitsjeru@sepahua.example.pe"],
    "furniture": ["GITSJERU SEPAHUA", english(DAY7), "Page 7", "Games", "Editor: Wilder Fasabi",
                  "Gitsjeru Sepahua · Games", "Gitsjeru Sepahua", "gitsjeru@sepahua.example.pe"],
    "run": ["Gitsjeru Sepahua · Games"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Damas pirana wa", "Sepahua wyoka", "Giyolu: Rosa Shaco"],
         "title": "Damas pirana wa Sepahua wyoka",
         "byline": ["Giyolu: Rosa Shaco", "Rosa Shaco"],
         "captions": ["Ana Yumbato hitsaka damas tablaklu."], "credits": ["Foto: Nilo Urquía"],
         "body": ["SEPAHUA – Pa~ya~lu hi~ne~ka~ka~lu yi~ne~tu ga~nni~ka~ta~na~lu da~mas "
                  "wyo~ka, Ana Yu~mba~to ga~nni~ka~ta "
                  f"{half(PTS7[0])} pun~tos.",
                  "Ha~mne~ka~lu gi~tsje~ru~ka~ta, {cap}ru~ma~ta~na~lu wa gi~ya~ka~lu pa~ya~lu "
                  "ka~ni~ta~na~ka.",
                  "Ana Yumbato ga~ta: “Nu~tsru~ka~ta nu~pa~ta~nru~lu, ha~na~ka~lu pi~ra~na "
                  "ga~nni~ka~ta~na~ka~lu {run}damas.”"]},
        {"glued": True, "lines": ["Damas tabla"], "title": "Damas tabla",
         "body": [("row", ramp(W7, "Nº Jugador", "1", "2", "3", "4", "Pts"))]
         + [("row", ramp(W7, f"{i + 1} {p}", *["x" if x is None else half(x) for x in GRID7[i]], half(PTS7[i])))
            for i, p in enumerate(PLAYERS7)]
         + [("row", "Árbitro: Julio Pérez")]},
    ],
}

# 8. Tikuna: a word-search contest at Caballococha; a grid of letters; the words hidden in it.
GRID8 = ["NGEXUTAB", "AMOEXIRA", "KUTAMEPU", "UDEGATAE", "ROPURUNA", "EMAGUTRI"]
WORDS8 = ["NGEXU", "TAMEPU", "PURUNA", "NAKURE", "MAGU"]
COLS8 = ["".join(row[c] for row in GRID8) for c in range(len(GRID8[0]))]
assert all(len(r) == 8 for r in GRID8) and all(any(w in line for line in GRID8 + COLS8) for w in WORDS8)
DAY8 = date(2041, 9, 11)
WORD_PAGE = {
    "name": "tca_macroman_cr_tikuna_puzzles_page_caballococha_word_search_contest_story_byline_dateline_caption_credit_running_head_midquote_glued_letter_grid_six_rows_of_spaced_capitals_words_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Ngüxü Caballococha (an invented Tikuna weekly, Caballococha, Loreto, Peru) 2041-09-11 Page 8 Puzzles, Mac "
    "Roman (`“ ” – ü ·`), CR; blank-line paragraphs, wrapped at 36 with hyphenation. A Tikuna puzzles page: a "
    "word-search contest in the town's school hall on a Saturday for all ages (title over two lines, byline line "
    "`Ümatüci: Nelly Ahuanari`, the dateline `CABALLOCOCHA –` opening the lead, a caption and its credit inside a "
    "sentence, the winner's “” quotation cut by the running head before `duü.”`), then, with no blank line, **the "
    f"puzzle `Sopa de letras`: {len(GRID8)} rows of {len(GRID8[0])} capital letters parted by single spaces "
    "(`N G E X U T A B`), and a row of the words to find `Ore: NGEXU, TAMEPU, PURUNA, NAKURE, MAGU` (each found in "
    "the grid across or down, checked)**; the puzzle is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2041-09-11", "page": "8",
    "head": [f"NGÜXÜ CABALLOCOCHA · {english(DAY8)} · Page 8", "Puzzles · Editor: Rider Manihuari"],
    "foot": ["Ngüxü Caballococha · nguxu@caballococha.example.pe"],
    "furniture": ["NGÜXÜ CABALLOCOCHA", english(DAY8), "Page 8", "Puzzles", "Editor: Rider Manihuari",
                  "Ngüxü Caballococha · Puzzles", "Ngüxü Caballococha", "nguxu@caballococha.example.pe"],
    "run": ["Ngüxü Caballococha · Puzzles"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ore ngiãcüxü", "ga Caballococha", "Ümatüci: Nelly Ahuanari"],
         "title": "Ore ngiãcüxü ga Caballococha",
         "byline": ["Ümatüci: Nelly Ahuanari", "Nelly Ahuanari"],
         "captions": ["Yatügüü ore ngiãcü na papera."], "credits": ["Foto: Julio Coello"],
         "body": ["CABALLOCOCHA – Ngu~e~ta~cü~ga~ru~üü~ne~ta pe~ta~ü~ga~ru ore ngiã~cü~xü, "
                  "ta~mü~ü~ga~ru~ne~ta i~na~ü~ta~ne~ta ngu~e~ta~cü.",
                  "Ya~tü~gü~ü~ga~ru~ne~ta tü~ma~ü~ta~ne~ta, {cap}ngu~e~ta~cü~ga~ru~ne~ta "
                  "pe~ta~ü~ga~ru~ne~ta ore.",
                  "Pe~ta~ü~ga~ru, Elsa Cayetano, nü~ma: “Ngu~e~ta~cü~ga~ru ore ngiã~cü~xü, "
                  "ta~mü~ü~ga~ru~ne~ta {run}duü.”"]},
        {"glued": True, "lines": ["Sopa de letras"], "title": "Sopa de letras",
         "body": [("row", " ".join(row)) for row in GRID8] + [("row", "Ore: " + ", ".join(WORDS8))]},
    ],
}

# 9. Kandozi: a Swiss chess tournament at San Lorenzo; the standings with a Buchholz tie-break; the rounds.
STAND9 = [("Ruth Chapaiz", Fraction(9, 2), 14), ("Hugo Sandi", 4, Fraction(27, 2)), ("Iris Tiwi", 3, 15),
          ("Abel Pizango", 3, Fraction(25, 2)), ("Nora Kashpa", Fraction(5, 2), 11)]
ROUNDS9 = 5
assert all(p <= ROUNDS9 for _, p, _ in STAND9)
assert STAND9 == sorted(STAND9, key=lambda s: (-s[1], -s[2]))  # points first, then Buchholz
assert STAND9[2][1] == STAND9[3][1] and STAND9[2][2] > STAND9[3][2]  # a tie on points parted by Buchholz
DAY9 = date(2041, 10, 23)
W9 = (18, 5, 7)
SWISS_PAGE = {
    "name": "cbu_latin1_lf_kandozi_chess_page_san_lorenzo_swiss_tournament_story_byline_dateline_caption_credit_running_head_midquote_glued_standings_header_row_half_point_cells_buchholz_tie_break_cells_rounds_row",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Tsiyapi San Lorenzo (an invented Kandozi weekly, San Lorenzo, Datem del Marañón, Loreto, Peru) 2041-10-23 "
    "Page 6 Chess, Latin-1 (`« » ½ ñ ·`), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Kandozi "
    f"chess page: a {ROUNDS9}-round Swiss tournament in the town's communal hall (title over two lines, byline line "
    "`Tarokarini: Delia Yumpa`, the dateline `SAN LORENZO -` with an ASCII hyphen opening the lead, a caption and its credit inside a "
    "sentence, the winner's «» quotation cut by the running head before `ajedrez.»`), then, with no blank line, "
    "**the standings `Ajedrez tabla` (the top five of the table): a header row `Jugador Pts Buch.`, five rows of a name, points with half points "
    f"(`{half(STAND9[0][1])}`) and a Buchholz tie-break with half points (`{half(STAND9[1][2])}`), two players on "
    f"equal points parted by it (order asserted), and a row `Rondas: {ROUNDS9}`**; the standings are an article, its "
    "head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-10-23", "page": "6",
    "head": [f"TSIYAPI SAN LORENZO · {english(DAY9)} · Page 6", "Chess · Editor: Mario Chuintam"],
    "foot": ["Tsiyapi San Lorenzo · tsiyapi@sanlorenzo.example.pe"],
    "furniture": ["TSIYAPI SAN LORENZO", english(DAY9), "Page 6", "Chess", "Editor: Mario Chuintam",
                  "Tsiyapi San Lorenzo · Chess", "Tsiyapi San Lorenzo", "tsiyapi@sanlorenzo.example.pe"],
    "run": ["Tsiyapi San Lorenzo · Chess"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Ajedrez tsirokari", "San Lorenzo tsapa", "Tarokarini: Delia Yumpa"],
         "title": "Ajedrez tsirokari San Lorenzo tsapa",
         "byline": ["Tarokarini: Delia Yumpa", "Delia Yumpa"],
         "captions": ["Ruth Chapaiz iroshi ajedrez tablanka."], "credits": ["Foto: Efraín Irarica"],
         "body": ["SAN LORENZO - Ta~ro~ka~ri~ni~ka~ro~ni ka~ma~ri~ta~ka~ri a~je~drez "
                  f"tsi~ro~ka~ri, Ruth Cha~paiz {half(STAND9[0][1])} pun~tos ta~tsa~ro~ka.",
                  f"Ro~nda {ROUNDS9} ka~ma~ri~ta~ka~ri, {{cap}}Iris Tiwi Abel Pi~za~ngo "
                  "ta~pa~shi~ni~ka~ri~ni ka~ma~ri~ta~ka~ri Buchholz.",
                  "Ruth Chapaiz tirota: «Ka~ma~ri~ta~ka~ri~ni~ka~ro ta~ro~ka~ri, "
                  "a~pa~shi~ni~ka~ri~ni ta~tsa~ro~ka {run}ajedrez.»"]},
        {"glued": True, "lines": ["Ajedrez tabla"], "title": "Ajedrez tabla",
         "body": [("row", ramp(W9, "Jugador", "Pts", "Buch."))]
         + [("row", ramp(W9, n, half(p), half(b))) for n, p, b in STAND9]
         + [("row", f"Rondas: {ROUNDS9}")]},
    ],
}

# 10. Yagua: a knockout chess cup of river villages by Pebas; each stage's team match score on four boards; the cup.
BOARDS10 = 4
KO10 = [("Semifinal", "Pebas", Fraction(3), "Pijuayal", Fraction(1)),
        ("Semifinal", "Huanta", Fraction(5, 2), "Yanashi", Fraction(3, 2)),
        ("Tercer puesto", "Yanashi", Fraction(5, 2), "Pijuayal", Fraction(3, 2)),
        ("Final", "Pebas", Fraction(2), "Huanta", Fraction(2))]
assert all(a + b == BOARDS10 for _, _, a, _, b in KO10)
FINAL10 = KO10[-1]
assert FINAL10[2] == FINAL10[4]  # the final drawn 2-2, decided by the armageddon game below
DAY10 = date(2041, 11, 6)
W10 = (34, 12)


def dash(a, b):
    return f"{half(a)}–{half(b)}"


CUP_PAGE = {
    "name": "yad_utf16le_bom_lf_yagua_chess_page_pebas_river_villages_knockout_cup_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_knockout_results_stage_cells_en_dash_half_point_match_score_cells_armageddon_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Rúúy Pebas (an invented Yagua weekly, Pebas, Mariscal Ramón Castilla, Loreto, Peru) 2041-11-06 Page 5 "
    "Chess, UTF-16 LE with BOM (`“ ” – ½ ú ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, "
    "wrapped at 40 with hyphenation. A Yagua chess page: villages along the Amazon by Pebas play a knockout cup, "
    "four boards a team (title over two lines, byline line `Nijyamü: Lidia Manuyama`, the dateline `PEBAS –` "
    "opening the lead, a caption and its credit inside a sentence, the captain's “” quotation cut by the running "
    "head before `sanu.”`), then, with no blank line, **the results `Copa ajedrez`: a header row "
    "`Fase Equipos Resultado`, four rows of a stage, two villages and a match score with an en dash and half points "
    f"(`Semifinal Huanta – Yanashi 2½–1½`; each pair summing to {BOARDS10}, asserted), and a row "
    "`Armagedón: Pebas` for the drawn final**; the results are an article, its head the title, each printed row a "
    "paragraph (one space kept between cells).",
    "date": "2041-11-06", "page": "5",
    "head": [f"RÚÚY PEBAS · {english(DAY10)} · Page 5", "Chess · Editor: Óscar Pacaya"],
    "foot": ["Rúúy Pebas · ruuy@pebas.example.pe"],
    "furniture": ["RÚÚY PEBAS", english(DAY10), "Page 5", "Chess", "Editor: Óscar Pacaya", "Rúúy Pebas · Chess",
                  "Rúúy Pebas", "ruuy@pebas.example.pe"],
    "run": ["Rúúy Pebas · Chess"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Pebas jityu copa", "ajedrez rivyanu", "Nijyamü: Lidia Manuyama"],
         "title": "Pebas jityu copa ajedrez rivyanu",
         "byline": ["Nijyamü: Lidia Manuyama", "Lidia Manuyama"],
         "captions": ["Pebas jityu ajedrez mesa."], "credits": ["Foto: Tito Murayari"],
         "body": ["PEBAS – Ra~vu~rya~ta~nu~ma~ta~ra ra~vi~chi~mu~sa~ta~ra jityu a~je~drez copa, "
                  f"Pebas jityu Huanta {dash(FINAL10[2], FINAL10[4])} ri~ñu~ma~ta~ra.",
                  "Ri~ñu~ma~ta~ra~ra~vu~nu~su~ri~rya, {cap}ra~vu~rya~ta~nu~ma~ta~ra Armagedón "
                  "ri~chi~mu~sa~ta~ra.",
                  "Re~ji~sya~ta~nu, Jorge Mozombite, rá~va~ta: “Ra~vu~rya~ta~nu~ma~ta~ra "
                  "ri~chi~mu~sa~ta~ra jityu, ra~vi~chi~mu~sa~ta~ra {run}sanu.”"]},
        {"glued": True, "lines": ["Copa ajedrez"], "title": "Copa ajedrez",
         "body": [("row", ramp(W10, "Fase Equipos", "Resultado"))]
         + [("row", ramp(W10, f"{s} {a} – {b}", dash(x, y))) for s, a, x, b, y in KO10]
         + [("row", f"Armagedón: {FINAL10[1]}")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùyáíóúü"


def tidy(text):
    """Drop the split marks that would leave one letter on a side, touch an apostrophe or part a doubled vowel."""

    def word(match):
        parts = match.group(0).split("~")
        out = parts[0]
        for i, part in enumerate(parts[1:], 1):
            left, right = "".join(parts[:i]), "".join(parts[i:])
            ok = (len(left.lstrip("“«")) >= 2 and len(right.rstrip(".,:;»”")) >= 2 and not left.endswith("'")
                  and not right.startswith("'") and not (left[-1] in VOWELS and left[-1] == right[0]))
            out += ("~" if ok else "") + part
        return out

    return re.sub(r"[^\s{}]*~[^\s{}]*", word, text)


for _page in (CROSS_PAGE, WORD_PAGE, SWISS_PAGE, CUP_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [DAN_PAGE, SIMUL_PAGE, SUDOKU_PAGE, BRIDGE_PAGE, RATING_PAGE, MEMORY_PAGE, CROSS_PAGE, WORD_PAGE, SWISS_PAGE,
         CUP_PAGE]
