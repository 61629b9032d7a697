"""A rubric of three or four words in capitals, flush over a one-line head in sentence case with
no stop, is the head's kicker, as a rubric of a word or two is; a head in capitals over a Title
Case deck stays the headline. Pages written for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

ESTONIAN = """MAAKONNA HÄÄL
Neljapäev, 5. märts 2026

KOOLIMAJA SAAB UUE KATUSE
Vallavolikogu kinnitas remondi eelarve

Kärsa koolimaja katus lekib juba mitmendat talve.
Remont läheb maksma ligi 180 000 eurot.

Kaspar Tamm

Vallavolikogu kinnitas teisipäeval Kärsa koolimaja katuse
remondi. Tööd algavad mai alguses ja peavad valmis saama
enne uue õppeaasta algust, ütles vallavanem Mari Kask.

Vallavanema sõnul on katus lekkinud juba mitu talve ja
klassides on tulnud vett kausiga kokku korjata.
"""

ENGLISH = """THE RIVERTON LEDGER   Thursday, March 5, 2026   Page 4

MOTOR CAR IN DITCH
Driver Escapes With Cuts

   A motor car driven by Harold Beck of Elm Street left the
county road near the Miller farm on Tuesday evening and
turned over in the ditch. Mr. Beck was taken home by a
neighbor and is recovering.
"""


def test_a_rubric_of_four_words_over_a_sentence_case_head_is_its_kicker():
    (article,) = clean_text(ESTONIAN).articles
    assert article.kicker == "KOOLIMAJA SAAB UUE KATUSE"
    assert article.title == "Vallavolikogu kinnitas remondi eelarve"


def test_a_head_in_capitals_over_a_title_case_deck_stays_the_headline():
    (article,) = clean_text(ENGLISH).articles
    assert article.title == "MOTOR CAR IN DITCH"
    assert article.subtitle == "Driver Escapes With Cuts"
