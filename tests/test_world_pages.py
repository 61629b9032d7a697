"""The national and international news pages of a daily, as OCR'd text. Written in the
thirty-seventh stop's second round before its written sets (holdout91 and holdout92, asked for in
these plans) were seen, each page written here: a head and its deck flush over a wire lead that
opens on its dateline, with no blank line on the page; a caption wrapped over its agency's credit
inside a quotation; briefs signed by their agency, each its own paragraph."""

from paperarchive.pipeline import clean_text

WORLD = """THE DALE GAZETTE  Wednesday, 3 May 2028  Page 12  World
Ceasefire holds on second day
Talks to resume in Geneva on Friday
GENEVA, May 2 (Reuters) - A ceasefire
between the two sides held for a second
day on Tuesday, and mediators said talks
would resume on Friday.
"Both delegations have agreed to come
back to the table," a spokesman for the
A mediator arrives at the talks on
Tuesday. REUTERS/Anna Keller
mediators said.
How we got here
March 2: fighting breaks out in the north
March 20: first talks collapse
April 28: ceasefire agreed in Geneva
World briefs
TOKYO - Japan's central bank left rates
unchanged on Tuesday, as expected. (AP)
LIMA - Peru's congress approved a new
budget after a week of debate. (AFP)
"""


def test_a_head_and_deck_flush_over_a_wire_dateline_lead_are_its_title_and_subtitle():
    story = clean_text(WORLD).articles[0]
    assert (story.title, story.subtitle) == ("Ceasefire holds on second day", "Talks to resume in Geneva on Friday")
    assert story.paragraphs[0].startswith("GENEVA, May 2 (Reuters) - A ceasefire between the two sides")


def test_a_caption_whose_last_line_holds_a_word_before_the_agencys_credit_is_lifted_whole():
    story = clean_text(WORLD).articles[0]
    assert story.paragraphs[1] == '"Both delegations have agreed to come back to the table," a spokesman for the mediators said.'
    assert [(c.text, c.credit) for c in story.captions] == [("A mediator arrives at the talks on Tuesday.", "REUTERS/Anna Keller")]


def test_briefs_signed_by_their_agency_are_a_paragraph_each():
    briefs = clean_text(WORLD).articles[-1]
    assert briefs.title == "World briefs"
    assert [p.split(" - ")[0] for p in briefs.paragraphs] == ["TOKYO", "LIMA"]


ZH_WORLD = """青禾日报　2028年5月3日　星期三　第8版　国际
停火协议进入第二天
新华社日内瓦5月2日电（记者　万　川）
冲突双方停火协议2日进入第二天，调
停方表示，和谈将于本周五在日内瓦恢复。
　　调停方发言人说：“双方代表团都已
同意重返谈判桌。”
大事记
3月2日　北部爆发冲突
3月20日　首轮谈判破裂
4月28日　双方在日内瓦达成停火
国际简讯
■日本央行2日宣布维持利率不变。
（据新华社）
■秘鲁国会经过一周辩论通过新预算。
（据新华社）
"""


def test_chinese_briefs_on_their_bullets_closed_by_their_source_are_a_paragraph_each():
    briefs = clean_text(ZH_WORLD).articles[-1]
    assert briefs.title == "国际简讯"
    assert len(briefs.paragraphs) == 2 and briefs.paragraphs[1].startswith("■秘鲁国会")


# Written with holdout91's Latin pages in view, each page anew in the set's shapes.

BRIDGE = """THE RIVER BUGLE · Friday, 7 December 2028 · Page 4
New bridge over the Canje opens at last
Story by Dana Fraser

NEW AMSTERDAM – After nine years of
waiting, the new bridge over the river
opened to traffic yesterday morning, and
hundreds came out to watch the first
cars cross it.

"I won't believe it till I see it," said a
fruit seller who has worked by the old
bridge for thirty years. "Now we can get
to school without waiting for the

The River Bugle · Home News

ferry."
How we got here

2019 Sep   Government promises a bridge
2022 Mar   Work starts on the east bank
2028 Dec   Bridge opens to traffic
"""


def test_a_timeline_head_glued_under_a_carried_last_word_over_its_rows_heads_them():
    page = clean_text(BRIDGE)
    assert page.articles[0].paragraphs[-1].endswith('"Now we can get to school without waiting for the ferry."')
    timeline = page.articles[1]
    assert timeline.title == "How we got here" and len(timeline.paragraphs) == 3


CONTINUED = """SAUTI YA PWANI – Alhamisi, 25 Januari 2029 – Ukurasa 3
Habari

Daraja jipya kukamilika mwezi Juni
(Kutoka ukurasa 1)

mwezi Juni, waziri wa ujenzi alisema
Jumatano. Alisema daraja hilo lina
urefu wa mita mia nne na malori
makubwa yataweza kupita bila shida.

Wafanyabiashara wa soko la Konyo

Mafundi kazini kwenye daraja jipya.
Picha: Juma Ali

walisema daraja litarahisisha kazi
yao, kwa sababu watu hawatakaa
muda mrefu njiani.
"""


def test_a_head_over_a_continued_from_line_in_the_pages_own_word_titles_the_rest_of_the_story():
    story = clean_text(CONTINUED).articles[0]
    assert story.title == "Daraja jipya kukamilika mwezi Juni"
    assert story.paragraphs[0].startswith("mwezi Juni, waziri wa ujenzi alisema Jumatano.")


def test_a_paragraphs_first_line_alone_over_a_photo_goes_on_in_lower_case_under_it():
    story = clean_text(CONTINUED).articles[0]
    assert story.paragraphs[-1] == "Wafanyabiashara wa soko la Konyo walisema daraja litarahisisha kazi yao, kwa sababu watu hawatakaa muda mrefu njiani."
    assert [(c.text, c.credit) for c in story.captions] == [("Mafundi kazini kwenye daraja jipya.", "Picha: Juma Ali")]


LAKE = """THE WEST AFRICA STAR · Monday, 11 December 2028 · Page 9
Lake Chad water rises a little

N'DJAMENA (West Africa News Agency) -
The water of Lake Chad rose this year
more than in any year since 2010, said
the people who work for the lake basin.

Rain was heavy in July and August,

Map: Lake Chad and its four countries.
Graphic: Afrinews

and the rivers that feed the lake, the
Chari and the Logone, ran full.
"""


def test_a_maps_caption_over_its_graphics_credit_leaves_the_sentence_it_was_set_into():
    story = clean_text(LAKE).articles[0]
    assert story.paragraphs[-1] == "Rain was heavy in July and August, and the rivers that feed the lake, the Chari and the Logone, ran full."
    assert [(c.text, c.credit) for c in story.captions] == [("Map: Lake Chad and its four countries.", "Graphic: Afrinews")]


# Written with holdout92's Latin pages in view (kept unseen until the rules above were done), each
# page anew in the set's shapes.

CANE = """FIJI SAMACHAR – Budh, 5 Juun 2029 – Panna 2
Desh – Sampaadak: Meena Devi

Mill ke kaam do hafta pichhe
Likhis: Arun Prasad

LAUTOKA – Ganna ke katai ii saal do
hafta deri se suru hoi, kaahe ki mill
me naya boiler abhi lagaawa jaat hai.
Kisaan log bolis ki unkar kamai bhi
deri se milega aur karja chukaana

Fiji Samachar – Desh

hai. (Samachar Seva)
Aage ka hoi?

2 Jun: mill me test chalai hoi
9 Jun: pahila ganna mill pahunchi
16 Jun: sab sector me katai suru
"""


def test_a_desk_line_under_the_masthead_in_any_language_is_furniture():
    page = clean_text(CANE)
    assert page.articles[0].title == "Mill ke kaam do hafta pichhe"
    assert any("Sampaadak" in line for line in page.furniture)


def test_a_desk_line_in_greek_over_a_page_in_latin_letters_is_furniture():
    # (a Greek paper's head and desk line over a story in another language's Latin letters)
    page = clean_text(
        "I ZËRI I FSHATIT · Τετάρτη 5.06.2030 · Σελίδα 3\n"
        "Χωριό · Επιμέλεια: Νίκος Παππάς\n\n"
        "Kroi i ri i katundit\n\n"
        "Katundi ka një krua të ri, që e ndreqën djemtë e\n"
        "katundit me duart e tyre gjatë verës.\n\n"
        "Uji vjen nga mali dhe është i ftohtë gjithë vitin.\n"
    )
    assert page.articles[0].title == "Kroi i ri i katundit"
    assert any("Επιμέλεια" in line for line in page.furniture)


def test_a_boxs_question_glued_under_a_last_sentence_signed_by_its_agency_names_the_box():
    page = clean_text(CANE)
    assert page.articles[0].paragraphs[-1].endswith("aur karja chukaana hai. (Samachar Seva)")
    box = page.articles[1]
    assert box.title == "Aage ka hoi?" and box.paragraphs[0] == "2 Jun: mill me test chalai hoi"



def test_a_head_wrapped_on_two_lines_glued_under_a_story_over_a_dateline_lead_titles_the_next_story():
    page = (
        "THE ISLAND NEWS  Tuesday  Page 4\n"
        "\n"
        "Harbour crane back at work\n"
        "\n"
        "The harbour crane lifted its first load in\n"
        "two months on Monday, after the spare\n"
        "part arrived on the supply boat.\n"
        "\n"
        "The harbour master said the queue of\n"
        "boats would be gone soon.\n"
        "Northpoint: a clinic\n"
        "for the fishing families\n"
        "NORTHPOINT – A new clinic opened at the\n"
        "wharf on Monday, with a nurse on duty\n"
        "every day and a doctor once a week.\n"
    )
    first, second = clean_text(page).articles
    assert first.title == "Harbour crane back at work"
    assert second.title == "Northpoint: a clinic for the fishing families"
    assert second.paragraphs[0].startswith("NORTHPOINT – A new clinic")
