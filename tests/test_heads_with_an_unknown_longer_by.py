"""A head stack whose writer's line opens on the language's word for "by", capitalised as a
line's first word and longer than four letters (Lithuanian "Parašė", "wrote"), flush under a
headline and its deck in sentence case, the text a blank line below: the byline, not the deck's
last line; and the headline and its deck, set in one block over it, each a field of its own.
A page written for the classes, not copied from any gold page."""

from paperarchive.pipeline import clean_text

LITHUANIAN = """RAJONO ŽINIOS
Ketvirtadienis, 2026 m. gruodžio 10 d. · Puslapis 4

SAVIVALDA
Naujas tiltas per upę bus atidarytas pavasarį
Statybos darbai vyksta pagal numatytą grafiką
Parašė Jonas Petraitis

Tilto per Nerį statybos darbai prasidėjo rudenį,
ir tikimasi, kad pėstieji juo galės naudotis jau
gegužės mėnesį, sakė rajono meras.

Darbų kaina siekia apie tris milijonus eurų, o
pusę šios sumos skiria valstybė.
"""


def test_a_capitalised_by_of_six_letters_under_a_sentence_case_head_is_the_byline():
    page = clean_text(LITHUANIAN)
    (story,) = page.articles
    assert story.byline == "Parašė Jonas Petraitis"
    assert (story.title, story.subtitle) == ("Naujas tiltas per upę bus atidarytas pavasarį", "Statybos darbai vyksta pagal numatytą grafiką")
