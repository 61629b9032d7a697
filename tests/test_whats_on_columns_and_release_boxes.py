"""An arts page's pieces under a review: the critic's verdict line at the review's foot, a what's-on
column under its label (entries opening on a venue or a day, run in), and a new-release box whose
details line closes it. The verdict is the review's last paragraph, the column one article under
its label (a paragraph an entry, holdout87's what's-on box), the details line the box's last
paragraph. Pages written for the rules, not copied from any gold page."""

from paperarchive.pipeline import clean_text

# A culture page: a play review closed by its verdict line, the what's-on label set solid under
# it, three entries opening on a venue and a wide space, then a new-book box between rules and a
# timetable's label glued under the box's foot rule.
CHINESE_PAGE = """\
桐溪晚报
2031年4月11日　星期五　　第9版　文化　　编辑：秦　苇

剧评
老戏台上演新故事
本报记者　邵　澜

　　话剧《渡口》4月5日在桐溪剧场首演，八百个
座位全部坐满，演员都是本地的年轻人。

　　导演说，这出戏排了整整一年，道具全是从
老街上借来的旧物。

本报评分：四星
周末去哪儿
　　桐溪剧场　4月12日（周六）晚7时30分，话剧
《渡口》第二轮演出，票价50元至120元。

　　江南书屋　4月13日（周日）下午2时，作家见
面会，免费入场，需提前预约。

　　桐溪博物馆　每天9时至17时，“老街旧物”
展览，免费参观。

─────────────────────
新书架
《渡口人家》
　　长篇小说，写一个渡口三代摆渡人的故事，
文字平实，读来亲切。

柯望舒　著　桐溪文艺出版社　312页　56元
─────────────────────
本周放映
《春渡》　桐溪影城　10:30　15:00
《河灯》　江南影院　14:20　19:40

桐溪晚报社　　热线：0571-8812345
"""


def test_a_whats_on_column_under_a_verdict_line_is_one_article_under_its_label():
    articles = clean_text(CHINESE_PAGE).articles
    assert [a.title for a in articles] == ["老戏台上演新故事", "周末去哪儿", "《渡口人家》", "本周放映"]
    assert articles[0].paragraphs[-1] == "本报评分：四星"
    assert [p[:5] for p in articles[1].paragraphs] == ["桐溪剧场　", "江南书屋　", "桐溪博物馆"]
    assert not articles[1].section


def test_a_new_books_details_line_is_the_boxs_last_paragraph():
    box = clean_text(CHINESE_PAGE).articles[2]
    assert box.paragraphs[-1] == "柯望舒　著　桐溪文艺出版社　312页　56元"
    assert not box.byline


# A Latin arts page: the concert review's verdict "Score: 4/5", the listings' label under it, the
# entries a venue and a dash before the day, then an album box whose details line closes it, a
# timetable's label glued under its foot rule.
LATIN_PAGE = """\
THE VALE COURIER · Friday, 8 May 2031 · Page 6
Arts · Editor: Rhona Carrick

Concert
Brass band fills the old mill
By Ewan Tally

MILLBROOK – The Millbrook Silver Band
played to a full house in the old mill on
Saturday, with two hundred people on the
benches and more standing at the door.

The band's leader said the mill had not
heard a band since it closed in 1962.

Score: 4/5
Out and about
Mill Hall – Saturday 16 May, 7 p.m.: the
band again, tickets 8 pounds, telephone
01632 960 114.

Riverside Church – Sunday 17 May, 3
p.m.: organ recital, free.

======================================
New album
Mill Songs
The band's first record: ten old tunes
played in the mill where they were written.

Vale Records · 10 tracks · GBP 12
======================================
Showtimes
Mill Hall      16 May  7 p.m.
Old Church     17 May  3 p.m.

The Vale Courier · arts@vale.example
"""


def test_a_latin_verdict_line_closes_the_review_and_the_listings_are_one_article():
    articles = clean_text(LATIN_PAGE).articles
    assert articles[0].paragraphs[-1] == "Score: 4/5"
    listings = next(a for a in articles if a.title == "Out and about")
    assert not listings.section and not listings.kicker
    assert [p.split(" – ")[0] for p in listings.paragraphs] == ["Mill Hall", "Riverside Church"]


def test_a_latin_albums_details_line_is_the_boxs_last_paragraph():
    box = next(a for a in clean_text(LATIN_PAGE).articles if a.title and a.title.endswith("Mill Songs"))
    assert box.paragraphs[-1] == "Vale Records · 10 tracks · GBP 12"
    assert not box.byline


# An indent-only arts page (invented, Shona-like wording with English days): a day-led what's-on
# entry on a weekly day ("Every Friday – …") and a release box whose label over the record's name
# is the wider of the two lines under its top rule.
INDENTED_LATIN_PAGE = """\
NHAU DZEMAGUTA · Friday, 3 March 2045 · Page 6
What's On · Editor: Rufaro Dube

Zviyo zvevhiki
   Saturday 4 March – Civic Hall, 7 p.m.:
mbira dzaTafara, US$2.
   Sunday 5 March – Mutare Museum, 2 p.m.:
nziyo dzechinyakare, mahara.
   Every Friday – Town library lawn, 3 p.m.:
nziyo dzevana, mahara.

========================================
Dambarefu idzva
Rwizi
   Dambarefu rechipiri raTafara: nziyo
sere dzakarekodwa paRwizi rweSave.
Tafara Records · 8 tracks · US$6
========================================
"""


def test_a_weekly_day_opening_an_entry_is_no_head_and_a_wider_box_label_over_an_indent_is_a_label():
    articles = clean_text(INDENTED_LATIN_PAGE).articles
    assert [a.title for a in articles] == ["Zviyo zvevhiki", "Rwizi"]
    assert articles[0].paragraphs[-1].startswith("Every Friday – Town library lawn, 3 p.m.:")
    assert "Dambarefu idzva" in (articles[1].section, articles[1].kicker)
