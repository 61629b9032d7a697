"""School, young readers' and sports pages of dailies in Latin script, plain text, hard-wrapped:
a caption set into the text over its credit on a label word the cleaner has no list for; a desk
line whose section's name is hyphenated; a results table under a story's tail carried past the
running head, with a header row and a key of the abbreviations its rows print; a story's text
going on past the picture on a quotation; a page written in Pe̍h-ōe-jī, which joins its
syllables with hyphens, a line ending on one; a grant notice whose head was read into the
carried tail's block, with a deadline sentence of dates and the office signing it; a riddle box's
question row flush under its numbered riddles. Pages written for the classes (an Ilocano schools
page, a Hokkien young readers' page, a Kabuverdianu grants page; a Sranan riddle box's blocks), not
copied from any gold page."""

from paperarchive.classify import _stanzas_over_a_signature_set_right
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks, clean_text
from paperarchive.rules.registry import Context
from paperarchive.rules.subheads import split_run_in_subhead

ILOCANO = """DAMDAMAG | Sabado, Marso 6, 2027 | Panid 2
Pag-adal | Editor: Rosa Lim

Tallo nga estudyante ti Laoag
nangabak iti quiz bee
Insurat ni Carlo Agbayani

LAOAG - Tallo nga estudyante ti Laoag
Science High ti nangabak iti rehional
a quiz bee idi Huebes, kuna ti prin-
sipal ti eskuelaan.

Kinuna ni Gng. Marites Ramos, ti coach
da, nga nagadal dagiti ubbing iti
tallo a bulan para iti daytoy.

Dagiti nangabak iti entablado ti Vigan.
Potograpiya: Lito Cabrera

"Nagbannog kami, ngem naragsak kami
ita nga aldaw," kinuna ni Ana Dalo,
ti kapitan ti grupo.

Agturong dagiti estudyante iti
nasional a quiz bee iti Manila iti
sumaruno a bulan, kas kinuna ti
opisina ti rehion. Tumulong ti ili iti

Damdamag | Pag-adal

pletek.
Dagiti nangabak

No. Nagan              Eskuela Puntos
1   Dalo, Ana          LSH     98
2   Ramos, Paolo       LSH     95
3   Cruz, Mia          BNS     91
LSH: Laoag Science High
BNS: Batac National School

Damdamag | padalan@damdamag.example.ph
"""


def _article(page, title):
    return next(article for article in page.articles if article.title == title)


def test_a_desk_line_under_the_masthead_names_a_hyphenated_section():
    page = clean_text(ILOCANO)
    assert page.articles[0].title == "Tallo nga estudyante ti Laoag nangabak iti quiz bee"
    assert "Pag-adal | Editor: Rosa Lim" in page.furniture


def test_a_caption_over_a_credit_on_an_unknown_label_leaves_the_text():
    story = clean_text(ILOCANO).articles[0]
    assert [(caption.text, caption.credit) for caption in story.captions] == [("Dagiti nangabak iti entablado ti Vigan.", "Potograpiya: Lito Cabrera")]
    assert not any("Potograpiya" in paragraph for paragraph in story.paragraphs)


def test_the_text_goes_on_past_the_picture_on_a_quotation():
    story = clean_text(ILOCANO).articles[0]
    assert story.paragraphs[1] == (
        "Kinuna ni Gng. Marites Ramos, ti coach da, nga nagadal dagiti ubbing iti tallo a bulan para iti daytoy. "
        '"Nagbannog kami, ngem naragsak kami ita nga aldaw," kinuna ni Ana Dalo, ti kapitan ti grupo.'
    )


def test_a_table_with_a_header_row_and_a_key_is_a_box_of_its_own():
    page = clean_text(ILOCANO)
    assert [article.title for article in page.articles] == ["Tallo nga estudyante ti Laoag nangabak iti quiz bee", "Dagiti nangabak"]
    table = _article(page, "Dagiti nangabak")
    assert [" ".join(row.split()) for row in table.paragraphs] == [
        "No. Nagan Eskuela Puntos",
        "1 Dalo, Ana LSH 98",
        "2 Ramos, Paolo LSH 95",
        "3 Cruz, Mia BNS 91",
        "LSH: Laoag Science High",
        "BNS: Batac National School",
    ]
    assert not table.captions and not page.articles[0].headings


HOKKIEN = """TÂI-OÂN SIN-BÛN · 2027 nî 3 goe̍h 6 ji̍t · Tē 5 bīn
Gín-á Thian-tē · Pian-chi̍p: Lîm Bí-lêng

Sió-ha̍k-seng tī tô͘-su-koán tha̍k-chheh
Kì-chiá Ông Chì-bêng

Ko-hiông Chhī ê sió-ha̍k-seng chit-ê
Lé-pài-la̍k tī chhī-li̍p tô͘-su-koán kú-
pān tha̍k-chheh-hōe, ū saⁿ-cha̍p gōa
miâ gín-á chham-ka, ta̍k-ê to ū chhut-
lâi kóng ka-kī ê kò͘-sū.

Koán-tiúⁿ Tân Siok-hui kóng, chit-má
ê gín-á ài tha̍k-chheh, mā ài thiaⁿ
kò͘-sū, lāu-su tio̍h ū-êng kā in kóng.

Tē-it miâ ê Lí Ka-ûn sī sì nî-kip ê
ha̍k-seng. I kóng: "Góa ê a-kong
ta̍k-ji̍t to kā góa kóng

Tâi-oân Sin-bûn · Gín-á Thian-tē

kò͘-sū, góa mā beh kóng hō͘ pêng-iú
thiaⁿ."
Tit-chióng Miâ-toaⁿ

Miâ-chhù Sèⁿ-miâ      Ha̍k-hāu
1        Lí Ka-ûn      Tang-hng Kok-sió
2        Tiuⁿ Bí-hoa   Sai-hng Kok-sió

Tâi-oân Sin-bûn · gina@taioan.example.tw
"""


def test_a_syllable_hyphen_at_a_line_end_stays_on_a_page_that_joins_its_syllables():
    story = clean_text(HOKKIEN).articles[0]
    assert "kú-pān tha̍k-chheh-hōe" in story.paragraphs[0]
    assert "chhut-lâi kóng" in story.paragraphs[0]


def test_a_head_glued_under_the_carried_tail_over_a_header_row_heads_the_table():
    page = clean_text(HOKKIEN)
    assert [article.title for article in page.articles] == ["Sió-ha̍k-seng tī tô͘-su-koán tha̍k-chheh", "Tit-chióng Miâ-toaⁿ"]
    assert page.articles[0].paragraphs[-1].endswith('kò͘-sū, góa mā beh kóng hō͘ pêng-iú thiaⁿ."')
    assert [" ".join(row.split()) for row in page.articles[1].paragraphs][:2] == ["Miâ-chhù Sèⁿ-miâ Ha̍k-hāu", "1 Lí Ka-ûn Tang-hng Kok-sió"]


KABUVERDIANU = """NOTISIA DI ILHA · Sábadu, 6 di Marsu 2027 · Pájina 7
Skola · Editor: Rita Semedo

Sesenta bolsa pa studanti di
Santiagu
Di Jorge Tavares

PRAIA – Ministériu di Edukason sa ta
da sesenta bolsa pa studanti ki kaba
liseu. Es ta bai studa na Purtugal ô
na Brazil pa kuatu anu.

Ministra Ana Lopes fla ma bolsa e pa
studanti ku bon nota, ma tanbe pa
studanti di familia ki ka ten di el.

Ê fla: “Nu kre pa studanti bai, ma nu
kre pa es volta pa

Notisia di Ilha · Skola

tera.” Anu pasadu, Ministériu da
trinta bolsa so pa studanti di ilha.
Bolsa di Studu 2027

Dokumentu ki studanti debe da:

1. Kópia di bilheti di identidadi;
2. Sertifikadu di liseu ku nota;
3. Karta di pai ô mai di studanti.

Pididu ta fazedu na Ministériu,
Avenida 5 di Julhu, di dia 2 di
Abril te dia 30 di Maiu.

Diresaun di Bolsa di Studu

Notisia di Ilha · skola@notisia.example.cv
"""


def test_a_box_head_read_into_the_carried_tail_leaves_it_and_heads_the_notice():
    page = clean_text(KABUVERDIANU)
    assert [article.title for article in page.articles] == ["Sesenta bolsa pa studanti di Santiagu", "Bolsa di Studu 2027"]
    assert page.articles[0].paragraphs[-1].endswith("Anu pasadu, Ministériu da trinta bolsa so pa studanti di ilha.")


def test_a_deadline_sentence_of_dates_is_text_and_the_office_signs_the_notice():
    notice = clean_text(KABUVERDIANU).articles[1]
    assert notice.paragraphs[-1] == "Pididu ta fazedu na Ministériu, Avenida 5 di Julhu, di dia 2 di Abril te dia 30 di Maiu."
    assert notice.byline == "Diresaun di Bolsa di Studu"


def test_a_question_row_grouped_with_the_riddle_over_it_leaves_it_as_a_row_not_a_subhead():
    # (the line grouping may read the question row into the last riddle's block, as on a page
    # whose column is measured wider: the rule that sets a run-in subhead apart meets it so)
    riddle = Block(("2. Mi e waka, ma mi no abi futu.", "Suma mi de?"), 20, kind=Kind.BODY)
    answers = Block(("Piki: 1. Wan liba. 2. Wan oloisi.",), 22, kind=Kind.BODY)
    blocks, _ = split_run_in_subhead((riddle, answers), Context())
    assert [(block.text, block.kind) for block in blocks] == [
        ("2. Mi e waka, ma mi no abi futu.", Kind.BODY),
        ("Suma mi de?", Kind.BODY),
        ("Piki: 1. Wan liba. 2. Wan oloisi.", Kind.BODY),
    ]


def test_a_pupils_name_and_class_under_a_story_title_are_its_byline():
    page = (
        "HARBOUR NEWS · Friday, 5 March 2027 · Page 8\nYoung Readers · Editor: Jo Lane\n\n"
        "The Big Storm\nAna Lopez, Class 4, Hill Primary School\n\n"
        "Last night the wind blew so hard that\nour roof shook and the lights went out.\n"
    )
    story = clean_text(page).articles[0]
    assert story.title == "The Big Storm" and story.byline == "Ana Lopez, Class 4, Hill Primary School"


def test_a_young_artists_drawing_set_inside_a_sentence_is_a_caption_over_its_credit():
    page = (
        "HARBOUR NEWS · Friday, 5 March 2027 · Page 8\nYoung Readers · Editor: Jo Lane\n\n"
        "The Big Storm\nAna Lopez, Class 4, Hill Primary School\n\n"
        "Last night the wind blew so hard that\nour roof shook and the lights went out.\n\n"
        "In the morning we walked to the beach,\n\n"
        "Drawing: “The broken boat” by Tom Reyes (8)\n(school photo)\n\n"
        "where a small boat lay on its side.\n"
    )
    story = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in story.captions] == [("Drawing: “The broken boat” by Tom Reyes (8)", "(school photo)")]
    assert story.paragraphs[-1] == "In the morning we walked to the beach, where a small boat lay on its side."


def test_a_poem_signed_flush_right_keeps_its_stanzas_its_poet_and_the_label_glued_under_it():
    # (the page's lines one block each, as a hard-wrapped column of short lines is grouped)
    lines = [
        ("The Big Storm", 1, Kind.SHORT, False), ("Ana Lopez, Class 4, Hill Primary School", 0, Kind.BYLINE, False),
        ("Last night the wind blew so hard that", 1, Kind.SHORT, False), ("our roof shook and the lights went out.", 0, Kind.BODY, False),
        ("Rain", 0, Kind.SHORT, False), ("The rain comes down,", 0, Kind.BODY, False), ("on roof and lane,", 0, Kind.BODY, False),
        ("the gutters sing.", 0, Kind.BODY, False), ("The rain goes by,", 1, Kind.BODY, False), ("the sun comes out,", 0, Kind.BODY, False),
        ("the puddles shine.", 0, Kind.BODY, False), ("Tom Reyes, Class 5", 1, Kind.SHORT, True), ("Think and Answer", 0, Kind.SHORT, False),
        ("1. 4 + 5 = ?", 0, Kind.ROW, False), ("2. What falls but never breaks?", 0, Kind.ROW, False), ("Answers: 1. 9 2. rain", 0, Kind.SHORT, False),
    ]
    blocks = tuple(Block((text,), n, gap=gap, indent=indent, kind=kind) for n, (text, gap, kind, indent) in enumerate(lines))
    kinds = [b.kind for b in _stanzas_over_a_signature_set_right(blocks)]
    assert kinds[4:8] == [Kind.HEADLINE, Kind.BODY, Kind.BODY, Kind.BYLINE]
    articles = clean_blocks(blocks).articles
    poem = next(a for a in articles if a.title == "Rain")
    assert poem.byline == "Tom Reyes, Class 5"
    assert poem.paragraphs == ["The rain comes down, on roof and lane, the gutters sing.", "The rain goes by, the sun comes out, the puddles shine."]


def test_a_quizs_answers_line_under_its_questions_closes_the_quiz():
    lines = [
        ("Think and Answer", 1, Kind.SHORT), ("1. 4 + 5 = ?", 0, Kind.ROW), ("2. What falls but never breaks?", 0, Kind.BODY),
        ("Answers: 1. 9 2. rain", 0, Kind.SHORT), ("Pen Pals", 1, Kind.HEADLINE), ("I like football and want a friend who reads.", 1, Kind.BODY),
    ]
    blocks = tuple(Block((text,), n, gap=gap, kind=kind) for n, (text, gap, kind) in enumerate(lines))
    quiz, column = clean_blocks(blocks).articles
    assert quiz.title == "Think and Answer" and quiz.paragraphs[-1] == "Answers: 1. 9 2. rain"
    assert column.title == "Pen Pals"


def test_a_secondary_pupils_name_and_form_under_an_essay_title_are_its_byline():
    for signed in ("Amina Juma, Kidato cha Tatu, Shule ya Sekondari Pwani", "Lucía Vaca, 2.º de secundaria, Colegio San José"):
        page = (
            "HARBOUR NEWS · Friday, 5 March 2027 · Page 8\nYoung Readers · Editor: Jo Lane\n\n"
            f"The Big Storm\n{signed}\n\n"
            "Last night the wind blew so hard that\nour roof shook and the lights went out.\n"
        )
        story = clean_text(page).articles[0]
        assert story.title == "The Big Storm" and story.byline == signed


def test_a_column_of_club_notices_under_its_label_is_one_article_with_their_heads():
    page = (
        "HARBOUR NEWS · Friday, 5 March 2027 · Page 8\nYoung Readers · Editor: Jo Lane\n\n"
        "The Big Storm\nAna Lopez, Class 4, Hill Primary School\n\n"
        "Last night the wind blew so hard that\nour roof shook and the lights went out.\n\n"
        "Club News\nChess Club\n    Chess Club meets on Monday in\nroom 4 after lunch.\n"
        "Art Society\n    Art Society paints the hall mural\non Thursday.\nSports Day\n    Sports Day is on 12 June, on\nthe lower field.\n"
    )
    column = clean_text(page).articles[-1]
    assert column.title == "Club News" and column.headings == ["Chess Club", "Art Society", "Sports Day"]
    assert column.paragraphs[0] == "Chess Club meets on Monday in room 4 after lunch."


def test_a_poets_line_set_in_and_read_as_a_row_under_verse_read_as_rows_still_signs_the_poem():
    lines = [
        ("our roof shook and the lights went out.", 0, Kind.BODY, False), ("Rain", 1, Kind.ROW, False),
        ("The rain comes down,", 0, Kind.ROW, False), ("on roof and lane,", 0, Kind.ROW, False), ("the gutters sing.", 0, Kind.ROW, False),
        ("The rain goes by,", 1, Kind.ROW, False), ("the sun comes out,", 0, Kind.ROW, False), ("the puddles shine.", 0, Kind.ROW, False),
        ("Tom Reyes, Grade 10", 0, Kind.ROW, True), ("Think and Answer", 1, Kind.SHORT, False),
    ]
    blocks = tuple(Block((text,), n, gap=gap, indent=indent, kind=kind) for n, (text, gap, kind, indent) in enumerate(lines))
    signed = _stanzas_over_a_signature_set_right(blocks)
    assert [(b.kind, b.text) for b in signed[1:4]] == [
        (Kind.HEADLINE, "Rain"), (Kind.BODY, "The rain comes down, on roof and lane, the gutters sing."),
        (Kind.BODY, "The rain goes by, the sun comes out, the puddles shine."),
    ]
    assert signed[4].kind is Kind.BYLINE


def test_a_head_in_lower_case_over_a_pupils_name_and_form_is_the_essays_title():
    page = (
        "HARBOUR NEWS · Friday, 5 March 2027 · Page 8\nYoung Readers · Editor: Jo Lane\n\n"
        "The big storm\nAna Lopez, Form 2, Hill High School\n\n"
        "Last night the wind blew so hard that\nour roof shook and the lights went\nout. We hid under the kitchen ta-\nble with my little brother.\n\n"
        "In the morning the street was full of\nbranches, and our neighbours came\nout to help us sweep the yard.\n"
    )
    story = clean_text(page).articles[0]
    assert story.title == "The big storm" and story.byline == "Ana Lopez, Form 2, Hill High School"


def test_a_young_pupils_photo_named_with_the_age_before_what_they_do_is_a_caption_over_its_credit():
    page = (
        "HARBOUR NEWS · Friday, 5 March 2027 · Page 8\nYoung Readers · Editor: Jo Lane\n\n"
        "The Big Storm\nAna Lopez, Class 4, Hill Primary School\n\n"
        "Last night the wind blew so hard that\nour roof shook and the lights went out.\n\n"
        "In the morning we walked to the beach,\n\n"
        "Foto: Tomás Reyes (14 años) en el muelle\n(foto de la escuela)\n\n"
        "where a small boat lay on its side.\n"
    )
    story = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in story.captions] == [("Foto: Tomás Reyes (14 años) en el muelle", "(foto de la escuela)")]
    assert story.paragraphs[-1] == "In the morning we walked to the beach, where a small boat lay on its side."
