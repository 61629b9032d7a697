"""The back pages of a daily and their listings, as OCR'd text, in the plans the thirty-sixth stop
asked its first written set (holdout87) for, each written here before that set was seen: a draw's
results box under the draw's name, a cinema listing's showings, a horoscope's signs as labels in
capitals over their paragraphs, a crossword's clue lists under their labels."""

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
