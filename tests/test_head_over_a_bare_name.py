"""A story's head in sentence case (one the case does not mark as a head) set apart under a list's rows, with its writer's name alone
flush under it and the text a blank line below, is a head and a byline: not a row of the list
above, nor the name a subhead. A page written for the class (not copied from any gold page)."""

from pages_of_our_own import DORFBOTE_OPENING

from paperarchive.pipeline import clean_text

PAGE = (
    DORFBOTE_OPENING
    + "TERMINE\n\n"
    "Sa., 7. 2. – Fasching im Gemeindesaal, 19.00\n"
    "So., 8. 2. – Kinderfasching mit Musik, 14.00\n"
    "Mi., 11. 2. – Seniorennachmittag im Pfarrheim, 15.00\n\n"
    "Englisch lernen im neuen Kurs\n"
    "Anna Berger\n\n"
    "Die Volkshochschule bietet ab März einen neuen\n"
    "Kurs für Erwachsene an, die Englisch lernen\n"
    "wollen. Er kostet 60 Euro im Halbjahr.\n\n"
    "Dorfbote, Hauptstraße 4, Obertal • redaktion@dorfbote.example.de\n"
)


def test_the_head_and_the_name_under_the_rows_open_a_story():
    articles = clean_text(PAGE).articles
    assert articles[-2].title == "TERMINE" and len(articles[-2].paragraphs) == 3
    course = articles[-1]
    assert (course.title, course.byline) == ("Englisch lernen im neuen Kurs", "Anna Berger")
    assert course.paragraphs[0].startswith("Die Volkshochschule bietet ab März")
