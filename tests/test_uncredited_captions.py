"""A photo's caption with no credit under it, set between blank lines inside a sentence that goes
on in lower case after it: set aside as the caption, and the sentence joined. Page written for
the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """\
KULTURA
Knjižnica v Metliki bo odprta tudi ob sobotah

Mestna knjižnica bo od januarja odprta tudi ob
sobotah dopoldne, ko jo bodo lahko obiskali

Stara čitalnica v knjižnici je ob sobotah polna mladih bralcev.

predvsem šolarji in zaposleni, ki med tednom
nimajo časa. Knjižničarka Ana Horvat pravi, da
so si bralci to želeli že dolgo.
"""


def test_a_caption_set_into_a_sentence_is_the_caption_and_the_sentence_is_whole():
    article = clean_text(PAGE).articles[0]
    assert [c.text for c in article.captions] == ["Stara čitalnica v knjižnici je ob sobotah polna mladih bralcev."]
    assert article.paragraphs[0].startswith(
        "Mestna knjižnica bo od januarja odprta tudi ob sobotah dopoldne, ko jo bodo lahko obiskali predvsem šolarji"
    )


def test_a_short_title_line_inside_a_sentence_is_no_caption():
    page = PAGE.replace("Stara čitalnica v knjižnici je ob sobotah polna mladih bralcev.", "Kralj Peter II.")
    assert not clean_text(page).articles[0].captions
