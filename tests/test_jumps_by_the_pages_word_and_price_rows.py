"""An Aymara weekly: its jump line names the page by the number before the page's own word for a
page, in a case ending ("Sarantaskakiwa 5 laphinxa", its folio "Laphi 4"), and ends its story,
the head under it opening the next; a caption's credit labelled in a word with an apostrophe
("Jamuq'a: Ana Choque"); a price list set with dot leaders, each item its own line. A page
written for the classes, not copied from any gold page."""

from paperarchive.pipeline import clean_text

AYMARA = """JAYMA ARU
Chukiyawu semanario | 3 lapaka phaxsi 2026 | Laphi 4 | Bs 3

YAPU
Ch'uqi yapuchañataki machaq yatichäwinaka
Qillqiri: Juana Mamani Quispe

ACHACACHI – Aka semanana kimsa tunka ayllunakata
jaqinakaw Achacachi markaru tantachasipxäna, ch'uqi
yapuchañ machaq thakinak yatiqañataki.

Yatichiri Pedro Condori sänwa: «Nayra yapuchäwinak
janiw armañasäkiti». Jupanakax patak kasta

Ayllu jaqinakax plazan ch'uqi ajllisipki.
Jamuq'a: Ana Choque

ch'uqinak uñjapxäna, mä yapun ukhama.

Jutir maranx yaqha yatichäwinak Sorata markan
lurapxani. Ukatakix ayllunakax jichhat

Sarantaskakiwa 5 laphinxa

Yatiqañ utanakan pä arut yatichapxi

Jisk'a markan mä yatiqañ utanx wawanakax aymar
arut kastilla arut yatiqapxi. Awk taykanakax
kusisitaw sarnaqapxi.

ALJAÑ CHANINAKA

Ch'uqi (mä arroba) .......... Bs 45,00
Tunta (mä kilo) ............. Bs 12,50
Jupha (mä kilo) ............. Bs 18,00
"""


def test_a_jump_line_naming_the_pages_word_after_the_number_ends_its_story():
    page = clean_text(AYMARA)
    assert "Sarantaskakiwa 5 laphinxa" in page.furniture
    titles = [a.title for a in page.articles]
    assert "Yatiqañ utanakan pä arut yatichapxi" in titles
    (school,) = [a for a in page.articles if a.title == "Yatiqañ utanakan pä arut yatichapxi"]
    assert school.paragraphs[0].startswith("Jisk'a markan")


def test_a_caption_credited_under_a_label_with_an_apostrophe_leaves_the_text():
    page = clean_text(AYMARA)
    story = page.articles[0]
    assert [c.text for c in story.captions] == ["Ayllu jaqinakax plazan ch'uqi ajllisipki."]
    assert "Jupanakax patak kasta ch'uqinak uñjapxäna" in " ".join(story.paragraphs)


def test_a_price_list_set_with_dot_leaders_keeps_each_item_on_its_line():
    page = clean_text(AYMARA)
    (prices,) = [a for a in page.articles if a.title == "ALJAÑ CHANINAKA"]
    assert prices.paragraphs == ["Ch'uqi (mä arroba) .......... Bs 45,00", "Tunta (mä kilo) ............. Bs 12,50", "Jupha (mä kilo) ............. Bs 18,00"]
