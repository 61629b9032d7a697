"""An item a country weekly of the 1800s clipped from another paper is credited on a line of its own
under it: "--Exchange.", "—Ex.", "—Selected.". The line is the item's source, not its last paragraph
nor a deck. Page written for the rule, not copied from any gold page."""

from paperarchive.pipeline import clean_text

PAGE = """THE PRAIRIE BUGLE.

VOL. IX. MILLTOWN, NEBRASKA, FRIDAY, MARCH 4, 1898. NO. 9.

A Wonderful Churn.

   A farmer in Ohio has built a churn
that is worked by his dog. The dog
walks on a wheel and the butter comes
in twenty minutes.
   {credit}

Frost Spoils the Peaches.

   The late frost has done much harm
to the peach buds in the valley.
"""


def test_a_dashed_exchange_credit_is_the_items_source():
    for credit, name in (("--Exchange.", "Exchange"), ("—Ex.", "Ex"), ("—Selected.", "Selected")):
        articles = clean_text(PAGE.format(credit=credit)).articles
        churn = next(a for a in articles if a.title == "A Wonderful Churn.")
        assert churn.source == name, (credit, churn.source, churn.subtitle)
        assert all(credit not in p for p in churn.paragraphs)


def test_a_dashed_line_of_words_stays_what_it_was():
    articles = clean_text(PAGE.format(credit="--Exchange Bank of Milltown.")).articles
    assert all(a.source is None for a in articles)
