"""The back pages of a daily and their listings, as OCR'd text. The first four tests were written
before the thirty-sixth stop's first written set (holdout87) was seen, in the plans its writer was
asked for: a draw's results box under the draw's name, a cinema listing's showings, a horoscope's
signs as labels in capitals, a what's-on box under its label and name. The rest were written with
that set in view, each page written here anew: a programme's rows under a head glued to a story's
end, a quiz, a crossword, a results box with labels and a lone row, a review's credits line and its
rating, a comic strip and its maker, a notices column's heads in capitals."""

from paperarchive.pipeline import clean_text

DRAW = """南方晚报　2026年12月3日　A15　体彩·福彩

双色球第2026139期开奖
红球：03 08 15 21 27 32
蓝球：11
一等奖：6注　每注奖金612万元
本期销售额：3.82亿元

幸运彩民独中千万大奖
本报讯（记者　陈帆）昨晚，双色
球第2026139期开奖，我市一彩民
凭借一张10元复式票独中一等奖。
"""


def test_a_draws_name_over_its_labelled_rows_titles_the_box():
    page = clean_text(DRAW)
    box = page.articles[0]
    assert box.title == "双色球第2026139期开奖"
    assert box.paragraphs[:2] == ["红球：03 08 15 21 27 32", "蓝球：11"]
    assert page.articles[1].title == "幸运彩民独中千万大奖"


LISTING = """THE VALLEY COURIER    Thursday, December 3, 2026    C6

CINEMA LISTINGS
Roxy Theatre, 12 Main St.
North Wind 4:15, 7:00, 9:30
The Long Way Home 5:00, 8:15
Star Cinema, Riverside Mall
Frozen Lake 1:30, 3:45
North Wind 6:30, 9:00
"""


def test_a_listings_showings_are_rows_never_a_deck():
    page = clean_text(LISTING)
    listing = page.articles[0]
    assert listing.title == "CINEMA LISTINGS"
    assert "North Wind 4:15, 7:00, 9:30" in listing.paragraphs and "Frozen Lake 1:30, 3:45" in listing.paragraphs
    assert "North Wind" not in (listing.subtitle or "")


STARS = """THE VALLEY COURIER    Thursday, December 3, 2026    C7
YOUR STARS
By Madame Celeste
ARIES (March 21-April 19)
A new challenge arrives at work this
week. Slow down and listen before you
act; the weekend favours family trips.
TAURUS (April 20-May 20)
Money matters are steady, but avoid
impulse buys. A new friendship may
start at a gathering.
GEMINI (May 21-June 21)
A good week to sign up for the course
you have been putting off.
"""


def test_a_horoscopes_signs_in_capitals_head_their_paragraphs():
    page = clean_text(STARS)
    [stars] = page.articles
    assert stars.title == "YOUR STARS"
    assert stars.headings == ["ARIES (March 21-April 19)", "TAURUS (April 20-May 20)", "GEMINI (May 21-June 21)"]
    assert stars.paragraphs[0].startswith("A new challenge") and stars.paragraphs[1].startswith("Money matters")


WHATS_ON = """THE VALLEY COURIER    Thursday, December 3, 2026    C9
TV & RADIO

PICK OF THE DAY
The Last Lighthouse
A keeper's final winter on a rock
off the northern coast, filmed over
six months. Quiet, beautiful, and
very hard to look away from.

ALSO TONIGHT
Kitchen Wars
Eight home cooks, one oven and a
ticking clock.

WHAT'S ON
Winter Craft Fair
When: Saturday, 10am to 4pm
Where: Town Hall, Main Street
Entry: free
"""


def test_a_whats_on_box_under_its_label_and_name_is_a_piece_of_its_own():
    page = clean_text(WHATS_ON)
    box = page.articles[-1]
    assert (box.kicker, box.title) == ("WHAT'S ON", "Winter Craft Fair")
    assert box.paragraphs == ["When: Saturday, 10am to 4pm", "Where: Town Hall, Main Street", "Entry: free"]
    assert page.articles[-2].paragraphs == ["Eight home cooks, one oven and a ticking clock."]


# The rules below were written with holdout87 in view; each test's page is written here anew.

RADIO = """HARBOUR TIMES – Saturday 4 December 2027 – Page 9
Music and Radio

Choir marks twenty years
PORT ELLEN – The village choir sang its
twentieth winter concert on Friday in the
old school hall, and the hall was full.

Its leader, Ann Rowe, said the songs
were the ones the oldest members
learned as children.
What is on the radio today

7:00 – Morning Harbour (Radio Isla)
12:30 – Fiddle Hour (West FM)
18:00 – Island News (Radio Isla)

Pick of the day: Fiddle Hour. Two young players from the school play the tunes their grandparents taught them.
"""


def test_a_head_glued_under_a_storys_end_over_a_programmes_rows_is_a_box_of_its_own():
    page = clean_text(RADIO)
    story, box = page.articles
    assert story.title == "Choir marks twenty years" and not story.headings
    assert box.title == "What is on the radio today"
    assert box.paragraphs[:3] == ["7:00 – Morning Harbour (Radio Isla)", "12:30 – Fiddle Hour (West FM)", "18:00 – Island News (Radio Isla)"]
    assert box.paragraphs[3].startswith("Pick of the day:")


QUIZ = """THE GLEN POST · Friday, 3 December 2027 · Page 12
Schools

Pupils win the county quiz
GLENMORE - Three pupils from the hill
school won the county schools quiz on
Thursday, beating eleven other teams.

"We read every night," their teacher
said. "Tonight we rest."
Quiz of the week
1. Which is the longest river in Africa?
(a) Nile     (b) Congo     (c) Niger
2. How many days has a leap year?
(a) 364      (b) 365       (c) 366
Answers: 1. a, 2. c
"""


def test_a_quizs_questions_and_options_are_rows_and_its_answer_key_keeps_its_last_letter():
    page = clean_text(QUIZ)
    quiz = page.articles[-1]
    assert quiz.title == "Quiz of the week"
    assert quiz.paragraphs == [
        "1. Which is the longest river in Africa?",
        "(a) Nile     (b) Congo     (c) Niger",
        "2. How many days has a leap year?",
        "(a) 364      (b) 365       (c) 366",
        "Answers: 1. a, 2. c",
    ]


PUZZLE = """桐江晚报　　2027年11月9日　星期二
第12版　益智　　责任编辑：林　帆

　　本报讯　第二届桐江填字大赛周六举行，参
赛的市民比去年多了一倍，年纪最小的只有八岁。
　　获得冠军的退休工人余师傅说，他每期都做本
报的填字游戏，“做完了心里就亮堂”。
填字游戏（第12期）
横向
1.冬天落下的白色花朵（一字）
3.夜里照明的东西（二字）
纵向
2.写字用的工具（一字）
上期答案：横1.雪　3.灯笼　纵2.笔
"""


def test_a_crosswords_title_glued_under_a_story_heads_its_ways_and_clues():
    page = clean_text(PUZZLE)
    puzzle = page.articles[-1]
    assert puzzle.title == "填字游戏（第12期）"
    assert puzzle.headings == ["横向", "纵向"]
    assert puzzle.paragraphs[0] == "1.冬天落下的白色花朵（一字）" and puzzle.paragraphs[-1].startswith("上期答案")
    assert page.articles[0].paragraphs[-1].endswith("“做完了心里就亮堂”。")


DRAW_RESULTS = """南屿早报　　2027年10月25日　星期一
B8　本地　　编辑：何　青

　　（本报讯）城南一家投注站搬进新楼，老板说，
老顾客都跟着过来了，“大家都是街坊”。
幸运号码成绩（第218期）

头奖　3307
二奖　8152

特别奖

1204　5561　7083　9926
3318　4470　6612　8809

安慰奖

0715　2264　5539　8801
"""


def test_a_results_boxs_labels_are_its_headings_and_its_lone_row_stays_in_it():
    page = clean_text(DRAW_RESULTS)
    box = page.articles[-1]
    assert box.title == "幸运号码成绩（第218期）"
    assert box.headings == ["特别奖", "安慰奖"]
    assert box.paragraphs == ["头奖　3307", "二奖　8152", "1204　5561　7083　9926", "3318　4470　6612　8809", "0715　2264　5539　8801"]


REVIEW = """漆川晚报　　2027年10月15日　星期五
第15版　文娱　　责任编辑：韩　梅

影评
《夜航》：一条船，一座岛
□　俞　青

导演：方一舟　主演：邢林、苏满　98分钟

　　《夜航》讲的是一条渡船最后一个冬天的故事，
节奏很慢，却让人看得很安静。

　　片子的短处是后半段有些拖沓，但最后一场戏
让很多观众没有马上起身。

本报评分：★★★☆☆
娱乐快讯

　　■易小棠新歌月底发行　歌手易小棠昨天宣布，
新歌将于本月底发行。

　　■话剧《老街》加演两场　因门票售罄，市话剧
团决定下周末加演两场。
"""


def test_a_reviews_credits_line_and_its_rating_set_apart_are_its_own_paragraphs():
    page = clean_text(REVIEW)
    review = page.articles[0]
    assert review.paragraphs[0] == "导演：方一舟　主演：邢林、苏满　98分钟"
    assert review.paragraphs[1].startswith("《夜航》讲的是")
    assert review.paragraphs[-1] == "本报评分：★★★☆☆"
    assert page.articles[1].section == "娱乐快讯" and page.articles[1].title == "易小棠新歌月底发行"


STRIP = """溪口晚报　　2027年10月20日　星期三
第20版　副刊　　责任编辑：穆　青

　　本报讯　昨天，老画书展在市图书馆开幕，
不少家长带着孩子来看，一边翻一边讲自己小时
候的故事。
四格漫画　阿满的风筝

①爸爸：今天风大，放风筝去！
②阿满：我的风筝最高！
③（风筝挂在了树上）
④阿满：明天它自己会下来吗？

绘／龙小舟
"""


def test_a_strips_head_over_its_panels_is_no_signature_and_its_maker_signs_it():
    page = clean_text(STRIP)
    strip = page.articles[-1]
    assert strip.title == "四格漫画　阿满的风筝" and strip.byline == "绘／龙小舟"
    assert strip.paragraphs == ["①爸爸：今天风大，放风筝去！", "②阿满：我的风筝最高！", "③（风筝挂在了树上）", "④阿满：明天它自己会下来吗？"]
    assert page.articles[0].byline is None


NOTICES = """KÁLI NEWS · Wednesday, 8 Dec. 2027 · Page 8

Ȟaŋwí kiŋ wačhípi tȟáŋka
Wówapi kaǧé: Mary Iron Cloud

Owáŋkayužažapi kiŋ héčhena waníyetu
wačhípi kiŋ Kyle ektá ečhúŋpi. Oyáte
ópȟeya hípi.

Thiyóšpaye kiŋ wótapi na wačhípi.
Oyáte Wóyaka
WÓUŊSPE TȞÁŊKA

Aŋpétu Yámni owáyawa ektá wóuŋspe
yukȟáŋ.

Ókiyaka: 605-455-0101

ŠÚŊKA SÁPA

Šúŋka sápa waŋ tȟokáya. Tuwá waŋyáŋkiŋ
héčhiŋhaŋ ókiyaka yo.

Ókiyaka: 605-455-0202
"""


def test_notices_heads_in_capitals_under_a_label_and_after_a_contact_line():
    page = clean_text(NOTICES)
    assert [(a.kicker, a.title) for a in page.articles] == [
        (None, "Ȟaŋwí kiŋ wačhípi tȟáŋka"),
        ("Oyáte Wóyaka", "WÓUŊSPE TȞÁŊKA"),
        (None, "ŠÚŊKA SÁPA"),
    ]
    assert page.articles[0].byline == "Wówapi kaǧé: Mary Iron Cloud"


GUIDE = """河畔晚报　2030年5月10日　星期五　第9版　文体

社区春晚今晚播出
本报记者　林　岚

　　由各街道居民自编自演的社区春晚今晚在都市频道播出，全场两个小时。

　　导演说，节目全部来自居民报名。
今晚节目
河畔电视台都市频道
19:00　河畔新闻
19:30　社区春晚
21:30　晚间天气

河畔电视台少儿频道
18:00　动画：小河马
18:30　故事大王（重播）
今晚推荐
19:30　都市频道　社区春晚
　　一百多位居民登台，有合唱也有小品。

18:30　少儿频道　故事大王
　　三位小学生讲外婆家的故事。

交通台开通雨天热线
本报记者　林　岚

　　交通广播从下周起开通雨天热线，播报积水路段。
"""


def test_channels_flush_over_their_programmes_are_articles_under_the_listings_label():
    page = clean_text(GUIDE)
    titles = [a.title for a in page.articles]
    assert titles == ["社区春晚今晚播出", "河畔电视台都市频道", "河畔电视台少儿频道", "19:30　都市频道　社区春晚", "18:30　少儿频道　故事大王", "交通台开通雨天热线"]
    first, second = page.articles[1:3]
    assert "今晚节目" in (first.section, first.kicker) and first.paragraphs == ["19:00　河畔新闻", "19:30　社区春晚", "21:30　晚间天气"]
    assert second.paragraphs == ["18:00　动画：小河马", "18:30　故事大王（重播）"]
    assert page.articles[0].paragraphs[-1] == "导演说，节目全部来自居民报名。"


GUIDE_LATIN = """THE VALLEY POST · Friday 10.05.2030 · Page 9

Choir on the air
By Ann Reyes

The valley choir sings live tonight on
Radio Kestrel, two full hours straight
from the hall.
Radio listings
Radio Kestrel 97.1 FM
06:00 Morning Call
07:00 Farm Report (R)
19:00 Choir Live

Channel 5 Valley
18:00 Valley News
18:30 Garden Hour
Our picks
19:00 Radio Kestrel – Choir Live
Forty singers and a brass band from
the hall on Main Street.

18:30 Channel 5 – Garden Hour
How to keep tomatoes through a wet
spring.

Valley Post · news@valley.example.com
"""


def test_a_glued_listings_label_and_picks_under_their_label_open_on_their_time():
    page = clean_text(GUIDE_LATIN)
    titles = [a.title for a in page.articles]
    assert titles == ["Choir on the air", "Radio Kestrel 97.1 FM", "Channel 5 Valley", "19:00 Radio Kestrel – Choir Live", "18:30 Channel 5 – Garden Hour"]
    assert page.articles[0].paragraphs[-1].endswith("from the hall.")
    assert "Radio listings" in (page.articles[1].section, page.articles[1].kicker)
    picks = page.articles[3:]
    assert [p.section or p.kicker for p in picks] == ["Our picks", "Our picks"] or picks[0].kicker == "Our picks"
    assert picks[0].paragraphs == ["Forty singers and a brass band from the hall on Main Street."]
