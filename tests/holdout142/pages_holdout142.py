"""The text of every holdout142 page, written once: make_holdout142_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The camp sessions' places,
the club list's order, the troops' members, the camp fees, the camp days, the club ratings, the camp groups, the duty
pairs, the club days, the hike's heights, times and climb are computed or asserted here from the figures they rest
on, and the weekdays from the dates. All papers, camps, clubs, troops, figures, people, sums, telephone numbers and
events are invented; real places are settings only.
"""

import re
from datetime import date, timedelta

WEEKDAYS_ZH = "一二三四五六日"


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


def thousands(n, sep=" "):
    return f"{n:,}".replace(",", sep)


# 1. A children's palace opens its summer camp; four sessions of a week, a date range with a full-width tilde; the total.
DAY1 = date(2041, 6, 20)
START1 = [date(2041, 7, 8), date(2041, 7, 15), date(2041, 7, 22), date(2041, 7, 29)]
PLACES1 = [60, 60, 70, 50]
SESS1 = [(s, s + timedelta(days=6), n) for s, n in zip(START1, PLACES1)]
assert all(s > DAY1 for s in START1) and all(b.month == 7 or b.month == 8 for _, b, _ in SESS1)
TOTAL1 = sum(PLACES1)
assert TOTAL1 == 240
ORD1 = "一二三四"
CAMP_PAGE = {
    "name": "zh_gbk_crlf_youth_page_childrens_palace_summer_camp_signup_story_byline_caption_credit_running_head_midquote_glued_camp_session_table_header_row_fullwidth_tilde_date_range_cells_place_count_cells_two_cell_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "溳州晚报 2041-06-20 第5版 成长, GBK, CRLF; blank-line paragraphs, wrapped at 22. A youth page: the city's "
    f"children's palace opens sign-up for four week-long summer camp sessions with {TOTAL1} places (title with a "
    "full-width gap, the byline line `本报记者　宁　舒`, a caption and its credit inside a sentence, a parent's “” "
    "quotation cut by the running head before `放心。”`), then, with no blank line, **the table `夏令营营期`: a header "
    "row `期次　营期　名额`, four rows of a session (`第一期`), a date range joined by a full-width tilde "
    f"(`7月8日～7月14日`) and a place count (`60人`), and a total row of two cells `合计　4期　{TOTAL1}人` (summed)**; "
    "the table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-06-20", "page": "5",
    "head": [f"溳州晚报　　2041年6月20日　{weekday(DAY1)}", "第5版　成长　　责任编辑：甘　黎"],
    "foot": ["溳州晚报社出版　　新闻热线：0722-5830147"],
    "furniture": ["溳州晚报", "2041年6月20日", weekday(DAY1), "第5版", "成长", "责任编辑：甘　黎", "溳州晚报·成长",
                  "溳州晚报社出版", "新闻热线：0722-5830147"],
    "run": ["溳州晚报·成长"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"少年宫夏令营开始报名　四期共{TOTAL1}个名额", "本报记者　宁　舒"],
         "title": f"少年宫夏令营开始报名　四期共{TOTAL1}个名额",
         "byline": ["本报记者　宁　舒", "宁　舒", "宁舒"],
         "captions": ["去年夏令营的孩子们在湖边搭帐篷。"], "credits": ["（本报记者　宁　舒　摄）"],
         "body": [f"市少年宫今年的夏令营昨天开始报名，共分四期，每期七天，{TOTAL1}个名额先到先得。",
                  "营地设在城北的水库边，{cap}孩子们要学搭帐篷、认星星和野外做饭。",
                  "带着女儿来报名的家长卢小芸说，“孩子在家整天看手机，去营地住一周，有老师带着，我们也"
                  "{run}放心。”"]},
        {"glued": True, "lines": ["夏令营营期"], "title": "夏令营营期",
         "body": [("row", "期次　营期　名额")]
         + [("row", f"第{o}期　{md(a)}～{md(b)}　{n}人") for o, (a, b, n) in zip(ORD1, SESS1)]
         + [("row", f"合计　{len(SESS1)}期　{TOTAL1}人")]},
    ],
}

# 2. A middle school's club fair: club, weekday and clock time fused in one cell, places; the closing day.
RARE = "\u40ae"  # 䂮, CJK Extension A: in GB18030, not in GBK
CLUBS2 = [("篮球社", 1, "16:10", 25), ("话剧社", 2, "16:10", 15), ("机器人社", 3, "16:10", 20), ("天文社", 5, "19:00", 12)]
assert [d for _, d, *_ in CLUBS2] == sorted(d for _, d, *_ in CLUBS2)
PLACES2 = sum(n for *_, n in CLUBS2)
DAY2 = date(2041, 9, 5)
DUE2 = date(2041, 9, 12)
assert DUE2 > DAY2
FAIR_PAGE = {
    "name": "zh_gb18030_lf_student_clubs_page_middle_school_club_fair_story_byline_rare_char_in_student_name_caption_credit_running_head_midquote_indent_only_glued_club_recruitment_table_header_row_weekday_clock_fused_cells_place_cells_closing_day_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"淯城日报 2041-09-05 第8版 校园 (`{RARE}` U+40AE, CJK Extension A, in the student's name `葛{RARE}`; in GB18030, "
    "not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A student-clubs page: a middle school's club "
    f"fair opens the new year's recruitment, {PLACES2} places in four clubs (title with a full-width gap, the byline "
    "line `本报记者　简　宁`, a caption and its credit inside a sentence, a club head's “” quotation cut by the running "
    "head before `上天。”`), then, with no blank line, **the table `社团招新一览`: a header row `社团　活动时间　招新人数`, "
    "four rows of a club, a weekday fused with a clock time in one cell (`周三16:10`) and a place count (`20人`), and "
    f"a closing-day row `报名截止：{md(DUE2)}`**; the table is an article, its head the title, each printed row a "
    "paragraph.",
    "date": "2041-09-05", "page": "8",
    "head": [f"淯城日报　　2041年9月5日　{weekday(DAY2)}", "第8版　校园　　责任编辑：柴　菁"],
    "foot": ["淯城日报社　　新闻热线：0377-6215039"],
    "furniture": ["淯城日报", "2041年9月5日", weekday(DAY2), "第8版", "校园", "责任编辑：柴　菁", "淯城日报·校园",
                  "淯城日报社", "新闻热线：0377-6215039"],
    "run": ["淯城日报·校园"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["中学社团招新　机器人社门前排长队", "本报记者　简　宁"],
         "title": "中学社团招新　机器人社门前排长队",
         "byline": ["本报记者　简　宁", "简　宁", "简宁"],
         "captions": ["新生在操场上的社团摊位前填写报名表。"], "credits": ["（本报记者　简　宁　摄）"],
         "body": [f"新学期第一周，城南一所中学的社团在操场上摆摊招新，四个社团共招{PLACES2}人。",
                  "机器人社的摊位前排起长队，{cap}不少新生一口气报了两三个社团。",
                  f"机器人社社长、初三学生葛{RARE}说，“我们今年要做一台会投篮的机器人，还想带着学弟学妹把它送"
                  "{run}上天。”"]},
        {"glued": True, "lines": ["社团招新一览"], "title": "社团招新一览",
         "body": [("row", "社团　活动时间　招新人数")]
         + [("row", f"{c}　周{WEEKDAYS_ZH[d - 1]}{t}　{n}人") for c, d, t, n in CLUBS2]
         + [("row", f"报名截止：{md(DUE2)}")]},
    ],
}

# 3. Taiwan: a city's scout troops go to a jamboree; troop number, school, members; the leaders' meeting.
TROOPS3 = [(12, "澂東國小", 16), (35, "南埔國中", 22), (41, "新榕國中", 18), (58, "澂西國小", 20)]
assert [t for t, *_ in TROOPS3] == sorted(t for t, *_ in TROOPS3)
SCOUTS3 = sum(n for *_, n in TROOPS3)
DAY3 = date(2041, 7, 12)
MEET3 = date(2041, 7, 18)
assert MEET3 > DAY3
TROOP_PAGE = {
    "name": "zht_big5_cr_taiwan_scouts_page_troops_leave_for_jamboree_story_byline_caption_credit_running_head_midquote_glued_troop_list_header_row_troop_number_cells_school_cells_member_count_cells_leaders_meeting_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "澂港日報 2041-07-12 A6 青春 (`中華民國130年7月12日`, Taiwan, Kaohsiung), Big5, CR; blank-line paragraphs, "
    f"wrapped at 20. A scouts page: {len(TROOPS3)} of the city's scout troops, {SCOUTS3} scouts, go to a summer jamboree "
    "(title with a full-width gap, the byline line `記者邱郁婷／高雄報導`, a caption and its credit inside a sentence, a "
    "troop leader's 「」 quotation cut by the running head before `帳篷。」`), then, with no blank line, **the list "
    "`出團名單`: a header row `團次　學校　人數`, four rows of a troop number (`第35團`), a school and a member count "
    f"(`22人`), and a leaders' meeting row `領隊會議：{md(MEET3)}`**; the list is an article, its head the title, each "
    "printed row a paragraph.",
    "date": "2041-07-12", "page": "A6",
    "head": [f"澂港日報　中華民國130年7月12日　{weekday(DAY3)}", "A6　青春　　編輯：房筱雯"],
    "foot": ["澂港日報社　讀者服務專線：(07)3619-248"],
    "furniture": ["澂港日報", "中華民國130年7月12日", weekday(DAY3), "A6", "青春", "編輯：房筱雯", "澂港日報．青春",
                  "澂港日報社", "讀者服務專線：(07)3619-248"],
    "run": ["澂港日報．青春"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{len(TROOPS3)}團童軍出發　{SCOUTS3}人參加大露營", "記者邱郁婷／高雄報導"],
         "title": f"{len(TROOPS3)}團童軍出發　{SCOUTS3}人參加大露營",
         "byline": ["記者邱郁婷／高雄報導", "邱郁婷"],
         "captions": ["童軍在校園裡練習綁繩結。"], "credits": ["（記者邱郁婷攝）"],
         "body": [f"高雄市{len(TROOPS3)}個童軍團共{SCOUTS3}名童軍，下週將參加在山區營地舉行的五天大露營。",
                  "出發前各團每週集訓兩次，{cap}從搭帳篷、生火到夜間定向都要練熟。",
                  "南埔國中的團長說，「孩子們第一次在山上住五天，最要緊的是學會照顧自己，再來才是搭好"
                  "{run}帳篷。」"]},
        {"glued": True, "lines": ["出團名單"], "title": "出團名單",
         "body": [("row", "團次　學校　人數")] + [("row", f"第{t}團　{s}　{n}人") for t, s, n in TROOPS3]
         + [("row", f"領隊會議：{md(MEET3)}")]},
    ],
}

# 4. Hong Kong: a youth centre's summer camps, in Cantonese; camp length, members' and non-members' fee; enquiries.
FEES4 = [("日營", 120, 160), ("兩日一夜", 380, 460), ("三日兩夜", 620, 750)]
assert all(a < b for _, a, b in FEES4) and [a for _, a, _ in FEES4] == sorted(a for _, a, _ in FEES4)
DAY4 = date(2041, 6, 4)
FEE_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_youth_page_youth_centre_summer_camps_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_camp_fee_table_header_row_camp_length_cells_member_and_non_member_dollar_cells_enquiry_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "滘灣日報 2041-06-04 B6 社區 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 啲 嘢`; in neither cp950 nor Big5), CRLF; "
    "indent-only paragraphs, wrapped at 20. A youth page in Cantonese: a youth centre's summer camps at Sai Kung "
    "open for booking (title with a full-width gap, the byline line `記者　麥芷澄`, a caption and its credit inside a "
    "sentence, a mother's 「」 quotation cut by the running head before `瞓覺。」`), then, with no blank line, **the "
    "table `營費一覽`: a header row `營期　會員　非會員`, three rows of a camp length (`兩日一夜`) and two dollar fees, "
    "members' and non-members' (`$380　$460`), and an enquiry row `查詢：3958 2614`**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2041-06-04", "page": "B6",
    "head": [f"滘灣日報　2041年6月4日　{weekday(DAY4)}", "B6　社區　　編輯：顏卓琪"],
    "foot": ["滘灣日報社　　新聞熱線：2671 4093"],
    "furniture": ["滘灣日報", "2041年6月4日", weekday(DAY4), "B6", "社區", "編輯：顏卓琪", "滘灣日報．社區",
                  "滘灣日報社", "新聞熱線：2671 4093"],
    "run": ["滘灣日報．社區"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["青年中心暑期營開始報名　兩日一夜最搶手", "記者　麥芷澄"],
         "title": "青年中心暑期營開始報名　兩日一夜最搶手",
         "byline": ["記者　麥芷澄", "麥芷澄"],
         "captions": ["上年暑期營啲小朋友喺西貢海邊玩獨木舟。"], "credits": ["（麥芷澄攝）"],
         "body": ["青年中心今年暑假喺西貢營地辦三款營，頭一日開放報名，兩日一夜營半日就爆滿。",
                  "營入面有獨木舟、攀石同埋夜行，{cap}中心話今年加咗一倍導師。",
                  "帶住個仔嚟報名嘅林太話，「佢由細到大未試過離開屋企瞓，今次當係練吓膽，學吓自己執嘢同"
                  "{run}瞓覺。」"]},
        {"glued": True, "lines": ["營費一覽"], "title": "營費一覽",
         "body": [("row", "營期　會員　非會員")] + [("row", f"{k}　${a}　${b}") for k, a, b in FEES4]
         + [("row", "查詢：3958 2614")]},
    ],
}

# 5. Malaysia: a Chinese primary school's prefects' leadership camp; day ordinals and their activities; the muster.
DAYS5 = [("第一天", "破冰游戏、分组、营旗设计"), ("第二天", "丛林徒步、营火晚会"), ("第三天", "队伍检讨、结业礼")]
DAY5 = date(2041, 11, 20)
PROG_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_student_clubs_page_prefects_leadership_camp_story_byline_caption_credit_running_head_midquote_glued_camp_programme_header_row_day_ordinal_cells_enumeration_comma_activity_cells_muster_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "砂岸日报 2041-11-20 第7版 校园 (Malaysia, Muar), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. "
    f"A student-clubs page: a Chinese primary school's prefects hold a {len(DAYS5)}-day leadership camp in the school "
    "holidays (title with a full-width gap, the byline line `记者　卓慧琳`, a caption and its credit inside a sentence, a "
    "prefect's “” quotation cut by the running head before `出来。”`), then, with no blank line, **the programme "
    "`营期日程`: a header row `日期　活动`, three rows of a day ordinal (`第一天`) and activities joined by the "
    "enumeration comma `、` (`丛林徒步、营火晚会`), and a muster row `集合：上午7时30分，校门口`**; the programme is an "
    "article, its head the title, each printed row a paragraph.",
    "date": "2041-11-20", "page": "7",
    "head": [f"砂岸日报　　2041年11月20日　{weekday(DAY5)}", "第7版　校园　　编辑：邝志伟"],
    "foot": ["砂岸日报社　　新闻热线：06-952 3817"],
    "furniture": ["砂岸日报", "2041年11月20日", weekday(DAY5), "第7版", "校园", "编辑：邝志伟", "砂岸日报·校园",
                  "砂岸日报社", "新闻热线：06-952 3817"],
    "run": ["砂岸日报·校园"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["华小学长团办领袖营　四十人学带队", "记者　卓慧琳"],
         "title": "华小学长团办领袖营　四十人学带队",
         "byline": ["记者　卓慧琳", "卓慧琳"],
         "captions": ["学长们在操场上练习队形。"], "credits": ["（卓慧琳摄）"],
         "body": [f"麻坡一所华小的学长团下周在校内办{len(DAYS5)}天领袖营，四十名学长要学怎样带队和分工。",
                  "营期内学长们住在礼堂，{cap}由老师和毕业的学长当辅导员。",
                  "当了两年学长的六年级学生黄佩珊说，“当学长不是只会喊安静，要先听同学讲，办法自然就会想"
                  "{run}出来。”"]},
        {"glued": True, "lines": ["营期日程"], "title": "营期日程",
         "body": [("row", "日期　活动")] + [("row", f"{d}　{a}") for d, a in DAYS5]
         + [("row", "集合：上午7时30分，校门口")]},
    ],
}

# 6. A university's student clubs rated for the year; club, members, a rating word; the rating day.
CLUBS6 = [("登山社", 128, "优秀"), ("动漫社", 96, "良好"), ("志愿者协会", 210, "优秀"), ("吉他社", 45, "合格")]
GOOD6 = sum(1 for *_, r in CLUBS6 if r == "优秀")
DAY6 = date(2041, 12, 18)
RATED6 = date(2041, 12, 15)
assert RATED6 < DAY6
RATING_PAGE = {
    "name": "zh_utf16be_bom_crlf_student_clubs_page_university_clubs_rated_story_byline_caption_credit_running_head_midquote_indent_only_glued_rating_table_header_row_member_count_cells_rating_word_cells_rating_day_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "汧城日报 2041-12-18 第6版 学府, UTF-16 BE with BOM, CRLF; indent-only paragraphs, wrapped at 22. A "
    f"student-clubs page: a university rates its student clubs for the year and {GOOD6} of the four named are rated "
    "优秀 (title with a full-width gap, the byline line `本报记者　樊　禾`, a caption and its credit inside a sentence, a "
    "club head's “” quotation cut by the running head before `下来。”`), then, with no blank line, **the table "
    "`社团年度评定`: a header row `社团　成员　评定`, four rows of a club, a member count (`128人`) and a rating word "
    f"(`优秀`, `良好`, `合格`), and a rating-day row `评定日期：{md(RATED6)}`**; the table is an article, its head the "
    "title, each printed row a paragraph.",
    "date": "2041-12-18", "page": "6",
    "head": [f"汧城日报　　2041年12月18日　{weekday(DAY6)}", "第6版　学府　　责任编辑：晏　远"],
    "foot": ["汧城日报社出版　　新闻热线：0917-3382560"],
    "furniture": ["汧城日报", "2041年12月18日", weekday(DAY6), "第6版", "学府", "责任编辑：晏　远", "汧城日报·学府",
                  "汧城日报社出版", "新闻热线：0917-3382560"],
    "run": ["汧城日报·学府"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["高校社团年度评定　登山社连续三年获优秀", "本报记者　樊　禾"],
         "title": "高校社团年度评定　登山社连续三年获优秀",
         "byline": ["本报记者　樊　禾", "樊　禾", "樊禾"],
         "captions": ["登山社社员在攀岩墙上训练。"], "credits": ["（本报记者　樊　禾　摄）"],
         "body": ["城东一所大学本周公布学生社团年度评定结果，登山社和志愿者协会获评优秀。",
                  "评定看活动次数、安全记录和社员满意度，{cap}获评优秀的社团明年活动经费增加三成。",
                  "登山社社长韦嘉树说，“我们一年出队二十多次没有出过事，靠的是每次出发前把安全规矩一条条"
                  "{run}定下来。”"]},
        {"glued": True, "lines": ["社团年度评定"], "title": "社团年度评定",
         "body": [("row", "社团　成员　评定")] + [("row", f"{c}　{m}人　{r}") for c, m, r in CLUBS6]
         + [("row", f"评定日期：{md(RATED6)}")]},
    ],
}

# 7. Pite Sámi: a summer camp for Sámi children at Árjepluovve; group, children, leader's name; the first day.
GROUPS7 = [("Rievsak", 9, "Anna Stenberg"), ("Guossa", 8, "Nils Sparrok"), ("Gierdde", 10, "Elle Kuhmunen"),
           ("Boazo", 9, "Per Labba")]
CHILDREN7 = sum(n for _, n, _ in GROUPS7)
assert CHILDREN7 == 36
DAY7 = date(2041, 6, 14)
START7 = date(2041, 7, 2)
assert START7 > DAY7
GROUP_PAGE = {
    "name": "sje_latin4_crlf_pite_sami_youth_page_sami_childrens_summer_camp_story_byline_dateline_ascii_hyphen_caption_credit_running_head_midquote_straight_quotes_glued_camp_group_list_header_row_group_cells_count_cells_leader_name_cells_start_date_row",
    "encoding": "iso8859-4", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Sárggo (an invented Pite Sámi weekly, Árjepluovve / Arjeplog, Sweden) 2041-06-14 Page 4 Youth, **ISO-8859-4 "
    "/ Latin-4** (`á å ä đ ŋ ŧ`; no curly quotes, no dash, no middle dot: straight `\"` quotes, an ASCII hyphen and "
    "` | ` joins), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A Pite Sámi youth page: the Sámi "
    f"youth association holds a summer camp for {CHILDREN7} children in {len(GROUPS7)} groups (title over two lines, "
    "byline line `Tjálle: Maja Sparrok`, the dateline `ÁRJEPLUOVVE -` with an ASCII hyphen opening the lead, a caption "
    "and its credit inside a sentence, a leader's straight-quoted quotation cut by the running head before "
    "`duojev.\"`), then, with no blank line, **the list `Leajra juhkusa`: a header row `Juhkka Mánáj Jođeđiddje`, "
    f"{len(GROUPS7)} rows of a group named after an animal, a count and the leader's two-word name as the last cell "
    f"(`Rievsak 9 Anna Stenberg`), and a start row `Álggo: {START7.day}.{START7.month}.{START7.year}`**; the list is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-06-14", "page": "4",
    "head": [f"SÁRGGO | {english(DAY7)} | Page 4", "Youth | Editor: Karin Länta"],
    "foot": ["Sárggo | sarggo@arjeplog.example.se"],
    "furniture": ["SÁRGGO", english(DAY7), "Page 4", "Youth", "Editor: Karin Länta", "Sárggo | Youth", "Sárggo",
                  "sarggo@arjeplog.example.se"],
    "run": ["Sárggo | Youth"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Gässeleajrra mánájda", "Árjepluovven ålggi", "Tjálle: Maja Sparrok"],
         "title": "Gässeleajrra mánájda Árjepluovven ålggi",
         "byline": ["Tjálle: Maja Sparrok", "Maja Sparrok"],
         "captions": ["Mánáj tjåhkkåhi gåđe ålggon."], "credits": ["Govva: Lars Nutti"],
         "body": ["ÁRJEPLUOVVE - Sá~me~nuo~raj~sie~bre ål~ggi gäs~se~leaj~ra~v má~ná~jda, "
                  f"ja {CHILDREN7} máná li~jji jå~ke~ta~mi. Leaj~rra ál~gge ju~li~mán~no "
                  f"{START7.day}. bäive.",
                  f"Mánáj li~jji {len(GROUPS7)} juh~kon, {{cap}}ja juh~kka juh~kka~sin lä "
                  "åk~ta jo~đe~đid~dje.",
                  "Jo~đe~đid~dje Anna Stenberg hållá: \"Mánáj bå~đi gå~đe~ŧij ja vár~ráj, "
                  "ja sij oahpa~ji sá~me~gie~lav ja {run}duojev.\""]},
        {"glued": True, "lines": ["Leajra juhkusa"], "title": "Leajra juhkusa",
         "body": [("row", ramp((10, 7, 16), "Juhkka", "Mánáj", "Jođeđiddje"))]
         + [("row", ramp((10, 7, 16), g, str(n), who)) for g, n, who in GROUPS7]
         + [("row", f"Álggo: {START7.day}.{START7.month}.{START7.year}")]},
    ],
}

# 8. Skolt Sámi: a youth club's lake camp at Čeʹvetjääuʹrr; a duty rota of Finnish weekday, date and a pair; the leader.
FI_DAYS = ["ma", "ti", "ke", "to", "pe", "la", "su"]
ROTA8 = [(date(2041, 7, 7), "Ville", "Elli"), (date(2041, 7, 8), "Aleksi", "Sanna"),
         (date(2041, 7, 9), "Jouni", "Kaisa"), (date(2041, 7, 10), "Mikko", "Anni")]
assert [d for d, *_ in ROTA8] == [ROTA8[0][0] + timedelta(days=i) for i in range(len(ROTA8))]
YOUTHS8 = 2 * len(ROTA8)
assert len({n for _, a, b in ROTA8 for n in (a, b)}) == YOUTHS8
DAY8 = date(2041, 7, 3)
assert ROTA8[0][0] > DAY8
ROTA_PAGE = {
    "name": "sms_utf16le_bom_lf_skolt_sami_youth_page_youth_club_lake_camp_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_duty_rota_header_row_finnish_weekday_date_cells_plus_joined_pair_cells_leader_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Saaʹǩǩ (an invented Skolt Sámi weekly, Čeʹvetjääuʹrr / Sevettijärvi, Inari, Finland) 2041-07-03 Page 6 Youth, "
    "UTF-16 LE with BOM (`â õ ʹ ǩ ǧ đ š ž å ä “ ” – ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, "
    f"wrapped at 40 with hyphenation. A Skolt Sámi youth page: the village youth club's {YOUTHS8} young people go to a "
    "four-day lake camp (title over two lines, byline line `Ǩeeʹrjteei: Elli Feodoroff`, the dateline "
    "`ČEʹVETJÄÄUʹRR –` opening the lead, a caption and its credit inside a sentence, a girl's “” quotation cut by "
    "the running head before `kueʹli.”`), then, with no blank line, **the duty rota `Vuõʹrr`: a header row "
    f"`Peiʹvv Nuõr`, {len(ROTA8)} rows of a Finnish weekday abbreviation and a dotted day-month (`ma 7.7.`) and two "
    "first names joined by a plus sign (`Ville + Elli`), and a leader row `Jođtteei: Anja Semenoff`**; the rota is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-07-03", "page": "6",
    "head": [f"SAAʹǨǨ · {english(DAY8)} · Page 6", "Youth · Editor: Tiina Sanila"],
    "foot": ["Saaʹǩǩ · saakk@sevettijarvi.example.fi"],
    "furniture": ["SAAʹǨǨ", english(DAY8), "Page 6", "Youth", "Editor: Tiina Sanila", "Saaʹǩǩ · Youth", "Saaʹǩǩ",
                  "saakk@sevettijarvi.example.fi"],
    "run": ["Saaʹǩǩ · Youth"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Nuõrâi kerhoo vuâlgg", "jääuʹrre neellj peiʹvvu", "Ǩeeʹrjteei: Elli Feodoroff"],
         "title": "Nuõrâi kerhoo vuâlgg jääuʹrre neellj peiʹvvu",
         "byline": ["Ǩeeʹrjteei: Elli Feodoroff", "Elli Feodoroff"],
         "captions": ["Nuõr kåʹrǧǧe vueʹnnsid rieʹddest."], "credits": ["Kuv: Jouni Moshnikoff"],
         "body": ["ČEʹVETJÄÄUʹRR – Nuõ~râi ker~hoo vuâlgg neellj peiʹvvu jääuʹrre, "
                  f"ja {YOUTHS8} nuõrr lie mieʹldd. Juõ~k~kõš peiʹvv kuõʹhtt nuõr ooʹđđe "
                  "pur~rmõõžž puk~ka~di.",
                  "Nuõr kuä~ll~stõõlle ja vue~ʹnn~sin vuõ~ʹj~je, {cap}ja eeʹǩǩeež "
                  "mainste ǩiõč~č~lõõžžin.",
                  "Nuõrr Sanna Jefremoff mainsti: “Jääuʹr rieʹddest mij ooʹđđep "
                  "kååʹtt~ses, pââ~ʹš~šep ja pur~r~ap ǩiõ~č~č~lõõžž {run}kueʹli.”"]},
        {"glued": True, "lines": ["Vuõʹrr"], "title": "Vuõʹrr",
         "body": [("row", ramp((12, 16), "Peiʹvv", "Nuõr"))]
         + [("row", ramp((12, 16), f"{FI_DAYS[d.weekday()]} {d.day}.{d.month}.", f"{a} + {b}")) for d, a, b in ROTA8]
         + [("row", "Jođtteei: Anja Semenoff")]},
    ],
}

# 9. Tsakhur: a village school's dance club wins at Qax; the clubs' days as dotted Azerbaijani abbreviations; sign-up.
AZ_DAYS = ["B.e.", "Ç.a.", "Ç.", "C.a.", "C.", "Ş.", "B."]
CLUBS9 = [("Rəqs", (0, 3), "15:00"), ("Şahmat", (1, 4), "14:30"), ("Xor", (2, 5), "16:00"), ("Rəsm", (0, 4), "13:30")]
assert all(a < b for _, (a, b), _ in CLUBS9)
DAY9 = date(2041, 9, 12)
DUE9 = date(2041, 9, 20)
assert DUE9 > DAY9
AZ_MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
             "dekabr"]
DANCERS9 = 16
CLUB_PAGE = {
    "name": "tkr_utf8_bom_crlf_tsakhur_student_clubs_page_school_dance_club_wins_story_byline_dateline_caption_credit_running_head_midquote_glued_club_timetable_header_row_slash_joined_dotted_weekday_abbreviation_cells_clock_cells_sign_up_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 34, "indent": "", "blank": True,
    "note": "Mıxı Xəbər (an invented Tsakhur weekly, Qax district, Azerbaijan) 2041-09-12 Page 5 Youth, UTF-8 with BOM "
    "(`ə ı ş ç ğ ö ü İ “ ” – ·`), CRLF; blank-line paragraphs, wrapped at 34 with hyphenation. A Tsakhur student-clubs "
    f"page: a village school's dance club of {DANCERS9} children wins first place at a festival in Qax (title over two "
    "lines, byline line `Müəllif: Aygün Rəhimova`, the dateline `İLİSU –` opening the lead, a caption and its credit "
    "inside a sentence, the teacher's “” quotation cut by the running head before `qələbəsidir.”`), then, with no "
    "blank line, **the timetable `Dərnəklərin vaxtı`: a header row `Dərnək Günlər Saat`, "
    f"{len(CLUBS9)} rows of a club, two Azerbaijani weekday abbreviations with their dots joined by a slash "
    "(`B.e./C.a.`) and a clock time, and a sign-up row "
    f"`Qeydiyyat: {DUE9.day} {AZ_MONTHS[DUE9.month - 1]} {DUE9.year}`**; the timetable is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-09-12", "page": "5",
    "head": [f"MIXI XƏBƏR · {english(DAY9)} · Page 5", "Youth · Editor: Ramil Musayev"],
    "foot": ["Mıxı Xəbər · mixi@qax.example.az"],
    "furniture": ["MIXI XƏBƏR", english(DAY9), "Page 5", "Youth", "Editor: Ramil Musayev", "Mıxı Xəbər · Youth",
                  "Mıxı Xəbər", "mixi@qax.example.az"],
    "run": ["Mıxı Xəbər · Youth"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Məktəbin rəqs dərnəyi", "festivalda birinci yer ixhena", "Müəllif: Aygün Rəhimova"],
         "title": "Məktəbin rəqs dərnəyi festivalda birinci yer ixhena",
         "byline": ["Müəllif: Aygün Rəhimova", "Aygün Rəhimova"],
         "captions": ["Dərnəyin uşaqları səhnədə oyun ha."], "credits": ["Foto: Elvin Qasımov"],
         "body": ["İLİSU – İli~su~na mək~tə~bin rəqs dər~nə~yi Qax~da~ni fes~ti~val~da bi~rin~ci "
                  f"yer ix~he~na, dər~nə~yi~ka {DANCERS9} uşaq ixha.",
                  f"Mək~təb~də {len(CLUBS9)} dər~nək ixha~ra, {{cap}}ham~ma~sı dərs~lə~ri~kan "
                  "qı~ra~ğa~na.",
                  "Mü~əl~lim Sə~bi~nə Əli~ye~va ha: “Uşaq~ba~rı hər yiğ iş~lə~mi~şa, bu qə~lə~bə "
                  "uşaq~ba~rın {run}qələbəsidir.”"]},
        {"glued": True, "lines": ["Dərnəklərin vaxtı"], "title": "Dərnəklərin vaxtı",
         "body": [("row", ramp((10, 12, 8), "Dərnək", "Günlər", "Saat"))]
         + [("row", ramp((10, 12, 8), c, f"{AZ_DAYS[a]}/{AZ_DAYS[b]}", t)) for c, (a, b), t in CLUBS9]
         + [("row", f"Qeydiyyat: {DUE9.day} {AZ_MONTHS[DUE9.month - 1]} {DUE9.year}")]},
    ],
}

# 10. Khinalug: young scouts climb from Xınalıq to a pass; stage, height in metres, clock time; the climb.
STAGES10 = [("Kənd", 2350, "07:00"), ("Bulaq", 2580, "09:15"), ("Yaylaq", 2910, "11:30"), ("Aşırım", 3140, "13:45")]
assert [h for _, h, _ in STAGES10] == sorted(h for _, h, _ in STAGES10)
assert [t for *_, t in STAGES10] == sorted(t for *_, t in STAGES10)
CLIMB10 = STAGES10[-1][1] - STAGES10[0][1]
assert CLIMB10 == 790


def minutes(clock):
    h, m = clock.split(":")
    return 60 * int(h) + int(m)


WALK10 = minutes(STAGES10[-1][2]) - minutes(STAGES10[0][2])
SCOUTS10 = 12
DAY10 = date(2041, 8, 9)
HIKE_PAGE = {
    "name": "kjj_utf8_nobom_cr_khinalug_scouts_page_young_scouts_climb_to_pass_story_byline_dateline_caption_credit_running_head_midquote_glued_route_stage_table_header_row_space_thousands_metre_cells_clock_cells_climb_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Ketş Xəbər (an invented Khinalug weekly, Xınalıq, Quba district, Azerbaijan) 2041-08-09 Page 3 Youth, UTF-8 "
    "without BOM (`ə ı ş ç ğ ö ü “ ” – ·`), CR; blank-line paragraphs, wrapped at 36 with hyphenation. A Khinalug "
    f"scouts page: {SCOUTS10} young scouts climb {CLIMB10} m from the village to a pass in {WALK10 // 60} h "
    f"{WALK10 % 60} min (title over two lines, byline line `Yazan: Nərmin Kətşli`, the dateline `XINALIQ –` "
    "opening the lead, a caption and its credit inside a sentence, the scout leader's “” quotation cut by the running "
    "head before `anladılar.”`), then, with no blank line, **the route table `Yolun nöqtələri`: a header row "
    f"`Nöqtə Hündürlük Saat`, {len(STAGES10)} rows of a stage, a height in metres with a space between thousands "
    f"(`2 580 m`) and a clock time (`09:15`), and a climb row `Qalxış: {CLIMB10} m` (computed)**; the table is an "
    "article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-08-09", "page": "3",
    "head": [f"KETŞ XƏBƏR · {english(DAY10)} · Page 3", "Youth · Editor: Vüqar Babayev"],
    "foot": ["Ketş Xəbər · ketsh@quba.example.az"],
    "furniture": ["KETŞ XƏBƏR", english(DAY10), "Page 3", "Youth", "Editor: Vüqar Babayev", "Ketş Xəbər · Youth",
                  "Ketş Xəbər", "ketsh@quba.example.az"],
    "run": ["Ketş Xəbər · Youth"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Gənc skautlar", "aşırıma qalxmışdır", "Yazan: Nərmin Kətşli"],
         "title": "Gənc skautlar aşırıma qalxmışdır",
         "byline": ["Yazan: Nərmin Kətşli", "Nərmin Kətşli"],
         "captions": ["Skautlar aşırımda dincəlir."], "credits": ["Foto: Rauf Dağlı"],
         "body": [f"XINALIQ – Kət~şin {SCOUTS10} gənc skau~tu kənd~dən aşı~rı~ma qalx~mış~dır, "
                  f"{CLIMB10} metr~lik yo~lu {WALK10 // 60} saat {WALK10 % 60} də~qi~qə~yə "
                  "get~miş~lər.",
                  "Skaut~la~rın ha~mı~sı on dörd yaş~dan yu~xa~rı~dır, {cap}ha~mı~sı "
                  "ça~dır~la~rı~nı özü da~şı~yıb.",
                  "Skaut rəh~bə~ri Tural Hə~sə~nov de~di: “Dağ~da hər ad~dım bir dərs~dir, "
                  "uşaq~lar bu~nu {run}anladılar.”"]},
        {"glued": True, "lines": ["Yolun nöqtələri"], "title": "Yolun nöqtələri",
         "body": [("row", ramp((10, 12, 8), "Nöqtə", "Hündürlük", "Saat"))]
         + [("row", ramp((10, 12, 8), s, f"{thousands(h)} m", t)) for s, h, t in STAGES10]
         + [("row", f"Qalxış: {CLIMB10} m")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùyáåäõəıöüİ"


def tidy(text):
    """Drop the split marks that would leave one letter on a side, touch an apostrophe or a prime, or part a doubled
    vowel (holdout138's, the prime `ʹ` added)."""

    def word(match):
        parts = match.group(0).split("~")
        out = parts[0]
        for i, part in enumerate(parts[1:], 1):
            left, right = "".join(parts[:i]), "".join(parts[i:])
            ok = (len(left.lstrip("“«\"")) >= 2 and len(right.rstrip(".,:;»”\"")) >= 2
                  and not left.endswith(("'", "ʹ")) and not right.startswith(("'", "ʹ"))
                  and not (left[-1] in VOWELS and left[-1] == right[0]))
            out += ("~" if ok else "") + part
        return out

    return re.sub(r"[^\s{}]*~[^\s{}]*", word, text)


for _page in (GROUP_PAGE, ROTA_PAGE, CLUB_PAGE, HIKE_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [CAMP_PAGE, FAIR_PAGE, TROOP_PAGE, FEE_PAGE, PROG_PAGE, RATING_PAGE, GROUP_PAGE, ROTA_PAGE, CLUB_PAGE,
         HIKE_PAGE]
