"""A department's banner in capitals, a blank line over the first head in capitals under it (a
country weekly's correspondents' letters, each under its place), is the section, not a headline
with the place as its deck; a head in capitals with its deck set close keeps both. Pages written
for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

LETTERS = """THE PRAIRIE BUGLE.
VOL. IV. ELMWOOD, NEBRASKA, FRIDAY, MARCH 6, 1891. NO. 10.

COUNTY CORRESPONDENCE.

WILLOW BEND.

   March 3.--The roads are very bad since
the thaw and few farmers come to town.
   Henry Voss has rented the Olsen place
and will move onto it next week.
                        RAMBLER.

CEDAR HILL.

   March 4.--The school will close on the
twentieth with a program in the evening.
   Mrs. Anna Beck is visiting her sister
at Lincoln for a few days.
                        X. Y. Z.
"""

DECKED = """THE PRAIRIE BUGLE.
VOL. IV. ELMWOOD, NEBRASKA, FRIDAY, MARCH 6, 1891. NO. 10.

BARN BURNED.
LOSS IS HEAVY.

   The barn of Peter Lund, three miles west
of town, burned on Tuesday night with all
the hay and two horses in it.
"""


def test_a_banner_over_a_place_head_is_the_letters_section():
    articles = clean_text(LETTERS).articles
    assert [a.title for a in articles] == ["WILLOW BEND.", "CEDAR HILL."]
    assert articles[0].section == "COUNTY CORRESPONDENCE."
    assert articles[0].subtitle is None


def test_a_head_with_its_deck_set_close_keeps_its_deck():
    (article,) = clean_text(DECKED).articles
    assert article.title == "BARN BURNED."
    assert article.section is None
