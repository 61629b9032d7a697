"""The culture, arts, science and technology pages of a daily, as OCR'd text. Written in the
thirty-seventh stop before its second written set (holdout90, asked for in these plans) was seen,
each page written here: an obituary's head over the life's years, a bestseller list glued under a
story, a science page's caption closed by a news agency's credit, inline or under it."""

from paperarchive.pipeline import clean_text

OBITUARY = """THE EVENING LANTERN  Tuesday, 9 November 2027  Page 22  Arts
Painter of the northern light
Ingrid Voss, 1941-2027
By Hugh Tamsin
Ingrid Voss, whose seascapes of the
northern coast hang in galleries from
Oslo to Boston, has died at her home in
Harwick. She was 86.
Born in a fishing village, Voss began
painting boats as a child and never
stopped. She is survived by a daughter.
Bestsellers
1. The Salt Road, Mara Quinn
2. A House of Tides, Ben Ortiz
3. Small Mercies, J. K. Lowe
4. The Glass Year, Ada Finch
"""


def test_an_obituarys_life_years_under_its_head_are_its_deck_never_a_notice():
    story = clean_text(OBITUARY).articles[0]
    assert (story.title, story.subtitle, story.byline) == ("Painter of the northern light", "Ingrid Voss, 1941-2027", "Hugh Tamsin")


def test_a_bestseller_list_glued_under_a_story_is_a_box_under_its_name():
    page = clean_text(OBITUARY)
    assert page.articles[0].paragraphs[-1].endswith("She is survived by a daughter.")
    books = page.articles[1]
    assert books.title == "Bestsellers"
    assert books.paragraphs == ["1. The Salt Road, Mara Quinn", "2. A House of Tides, Ben Ortiz", "3. Small Mercies, J. K. Lowe", "4. The Glass Year, Ada Finch"]


SPACE = """青禾晚报　2027年6月3日　星期四　第14版　科技
天宫课堂再开讲　航天员演示水球实验
本报记者　沈　溪
　　昨日下午，“天宫课堂”第五课在中国空
间站开讲，三名航天员在轨演示了水球、
陀螺等实验，全国多地中小学生同步收看。
　　“水在太空中为什么会变成球？”授课
航天员在空间站内演示水球实验。　新华社发
开始前，不少学生提出了这个问题。
"""


def test_a_caption_closed_by_an_agencys_credit_inside_a_sentence_leaves_it():
    story = clean_text(SPACE).articles[0]
    assert story.paragraphs[-1] == "“水在太空中为什么会变成球？”授课开始前，不少学生提出了这个问题。"
    assert [(c.text, c.credit) for c in story.captions] == [("航天员在空间站内演示水球实验。", "新华社发")]


def test_an_agencys_credit_on_its_own_line_credits_the_caption_over_it():
    story = clean_text(SPACE.replace("实验。　新华社发", "实验。\n新华社发")).articles[0]
    assert not story.headings
    assert [(c.text, c.credit) for c in story.captions] == [("航天员在空间站内演示水球实验。", "新华社发")]


# Written with holdout90 in view, each page anew in the set's shapes.

SKY = """THE EVENING LANTERN  Friday, 4 August 2028  Page 19  Science
Best night for shooting stars
By Nia Owusu
The Perseid meteor shower peaks next
weekend, and astronomers say the moon
will set early enough to leave the sky
dark for most of the night.
Up to sixty meteors an hour may be seen
from a dark site away from street
lights, lying flat and looking up.

Sky this month

12 August: Perseids at their peak
20 August: the moon passes Saturn
26 August: Venus low in the dawn
Every night: the Milky Way overhead
"""


def test_a_sky_box_of_rows_labelled_by_their_dates_is_a_box():
    page = clean_text(SKY)
    box = page.articles[1]
    assert box.title == "Sky this month"
    assert box.paragraphs == ["12 August: Perseids at their peak", "20 August: the moon passes Saturn", "26 August: Venus low in the dawn", "Every night: the Milky Way overhead"]


GALLERY = """DER FILSTALBOTE · Samstag, 8. Juli 2028 · Seite 14
Farbe, wo man sie nicht erwartet
Von Jochen Heinz

GÖPPINGEN – Wer den Kunstverein
betritt, sieht zuerst nur weiße Wände.
Erst wenn man näher geht, merkt man,
dass jedes Bild einen schmalen Streifen
Farbe trägt.

Dreißig Bilder hängen jetzt bis Ende
August im Kunstverein.

Der Maler vor seinem Bild „Mai“.
Foto: Petra Eisele

Der Maler war fünfzehn Jahre lang
Schreiner, bevor er mit dem Malen
anfing.

Öffnungszeiten

Di bis Fr: 14 bis 18 Uhr
Sa und So: 11 bis 17 Uhr
Eintritt: 5 Euro, ermäßigt 3 Euro
Kunstverein Filstal, Schillerplatz 4
"""


def test_a_sentence_wrapped_to_the_column_between_paragraphs_is_text_not_a_head():
    story = clean_text(GALLERY).articles[0]
    assert story.title == "Farbe, wo man sie nicht erwartet"
    # (text, and the paragraph goes on past the page's one photo, as holdout90's gold reads the Swabian page)
    assert "Dreißig Bilder hängen jetzt bis Ende August im Kunstverein. Der Maler war fünfzehn Jahre lang Schreiner, bevor er mit dem Malen anfing." in story.paragraphs


def test_visiting_hours_over_the_address_are_a_box_of_rows():
    box = clean_text(GALLERY).articles[-1]
    assert box.title == "Öffnungszeiten"
    assert box.paragraphs == ["Di bis Fr: 14 bis 18 Uhr", "Sa und So: 11 bis 17 Uhr", "Eintritt: 5 Euro, ermäßigt 3 Euro", "Kunstverein Filstal, Schillerplatz 4"]


CHART = """WULUMBI NEWS - Friday, 20 October 2028 - Page 5
New picture book for the little ones
By Delia James
Two women from the community have made
a new picture book about a boy who goes
fishing with his grandfather on the
river, and the school has bought twenty
copies for its library and its classes.
It costs $15 and you can find it at the
school, at the store and at the

Wulumbi News - Book Page

library.
Top 5 books at the library

We lent these the most in September:
1  Boy Goes Fishing    N. Thompson
2  Old Man Canoe       R. Daniels
3  Count To Ten        M. James
"""


def test_a_chart_head_glued_under_a_carried_last_word_heads_its_lead_in_and_rows():
    page = clean_text(CHART)
    assert page.articles[0].paragraphs[-1].endswith("at the store and at the library.")
    chart = page.articles[1]
    assert chart.title == "Top 5 books at the library"
    assert chart.paragraphs[0] == "We lent these the most in September:"


PHONE = """THE HARBOUR LIGHT · Thursday, 12 October 2028 · Page 21
A cheap phone with a camera to match
Review: Ravi Menon

We have used this phone for two weeks.
It costs only £180, but its camera is
far better than the price suggests, in
daylight at least.

The battery lasts a whole day of photos,
messages and video. At night the photos
are darker and softer, which is where
the money shows.

Screen 6.5 in · 128 GB · 5,000 mAh
New mast for the hill villages
A mobile operator has put up a new mast
above the harbour, and the signal in the
hill villages should improve next month.
"""


def test_a_reviews_spec_line_ends_it_and_the_head_flush_under_it_opens_the_next_piece():
    page = clean_text(PHONE)
    review, brief = page.articles
    assert review.paragraphs[-1] == "Screen 6.5 in · 128 GB · 5,000 mAh"
    assert brief.title == "New mast for the hill villages"
