"""Opinion and weekend pages in Latin script, as OCR'd text: written in the thirty-eighth stop's
second round with holdout94 (letters, advice columns, polls) in view, each page written here in
the shapes that set showed: a letter signed over the desk's reply, an advice column's letter
signed over an answer opening on the writer's name, a poll glued under a column, a letter glued
under an editorial's carried last word, a cartoon's caption over its maker."""

from paperarchive.pipeline import clean_text

LETTERS = """THE FENWAY GAZETTE – Saturday 9 October 2027 – Page 12
Letters – Editor: Anna van Dyke

Your Letters
Where has the late bus gone?

Since September the last bus from the
station leaves at nine. Those of us who
work late have no way home.

I hope the council thinks again.

Mary Holt, Westfield

Editor: The council says the timetable
will be looked at again in the new
year.
Keep the library open on Sundays

The library is the only warm place
many of us have on a Sunday afternoon.
Please think of us before you close it.

Peter Grant, Eastgate

The Fenway Gazette – letters@fenway.example
"""


def test_a_name_and_town_over_the_desks_reply_sign_the_letter():
    page = clean_text(LETTERS)
    first, second = page.articles
    assert (first.kicker, first.title, first.byline) == ("Your Letters", "Where has the late bus gone?", "Mary Holt, Westfield")
    assert first.paragraphs[-1] == "Editor: The council says the timetable will be looked at again in the new year."
    assert (second.title, second.byline) == ("Keep the library open on Sundays", "Peter Grant, Eastgate")
    assert "Letters – Editor: Anna van Dyke" in page.furniture


ADVICE = """THE FENWAY GAZETTE | Saturday 9 October 2027 | Page 14
Family | Editor: Joan Kerr

Talk to Aunt Nell
My son will not go to school

Dear Aunt Nell, my boy is thirteen and
for two months he has refused to go to
school. Every morning he says he is ill.

What should I do?

Worried Mum, Eastgate

Worried Mum, do not be angry with him
yet. Boys of that age often stop talking
to their parents. Take him out alone and
ask him gently what is wrong.
"""


def test_an_advice_columns_letter_is_signed_over_the_answer_that_names_its_writer():
    (letter,) = clean_text(ADVICE).articles
    assert (letter.kicker, letter.title, letter.byline) == ("Talk to Aunt Nell", "My son will not go to school", "Worried Mum, Eastgate")
    assert letter.paragraphs[-1].startswith("Worried Mum, do not be angry")
    assert not letter.headings


POLL = """THE FENWAY GAZETTE · Saturday 9 October 2027 · Page 13
Opinion · Editor: Joan Kerr

Speak Your Mind
Keep the old market hall

The market hall has stood on the square
for two hundred years. Pulling it down
for a car park would be a loss to all.

(Ruth Ames is a member of the Fenway
Civic Society.)
Question of the week

Should the market hall be kept?
Yes            64%
No             29%
Not sure        7%
Readers who answered: 318

The Fenway Gazette · opinion@fenway.example
"""


def test_a_poll_glued_under_a_column_is_a_box_of_its_own():
    column, poll = clean_text(POLL).articles
    assert column.paragraphs[-1] == "(Ruth Ames is a member of the Fenway Civic Society.)"
    assert poll.title == "Question of the week"
    assert [p.split() for p in poll.paragraphs] == [
        ["Should", "the", "market", "hall", "be", "kept?"], ["Yes", "64%"], ["No", "29%"], ["Not", "sure", "7%"], ["Readers", "who", "answered:", "318"],
    ]


EDITORIAL = """FENWAY ISLAND NEWS / Saturday 4 December 2027 / Page 6
Comment / Editor: Ruth Ames

Our Say
Fuel costs too much

On every island the price of fuel has
gone up again. Many families cannot
fill the boat to go fishing.

Cartoon: A boat sits on the beach, no fuel.
Drawing: Tom Gela

We ask the state government to look at
this. A fuel subsidy for the islands is
not a big thing; it is our right to have
it. It is not too late to make it

Fenway Island News / Comment

right.
Thank you to the clinic

I want to thank the nurses at the
clinic. When I was sick in November
they looked after me well.

Lily Nona, Badu

Fenway Island News / letters@fin.example
"""


def test_a_letter_glued_under_an_editorials_carried_last_word_is_its_own():
    page = clean_text(EDITORIAL)
    editorial, letter = page.articles
    assert (editorial.kicker, editorial.title, editorial.byline) == ("Our Say", "Fuel costs too much", None)
    assert editorial.captions[0].text == "Cartoon: A boat sits on the beach, no fuel." and editorial.captions[0].credit == "Drawing: Tom Gela"
    assert (letter.title, letter.byline) == ("Thank you to the clinic", "Lily Nona, Badu")
    assert "Comment / Editor: Ruth Ames" in page.furniture
