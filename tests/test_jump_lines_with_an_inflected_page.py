"""A jump line in a language that sets the page's number before the word for a page, or gives
the number a case ending ("Nadaljevanje na 6. strani", "Davomi 5-sahifada"), under text cut off
mid-sentence, is the page's furniture, and the head under it opens the next story. Pages
written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

SLOVENE = """PRIMORSKI GLAS  |  Petek, 4. decembra 2026  |  Stran 3

Občina bo obnovila staro šolo

Svetniki so v sredo soglasno potrdili
načrt za obnovo stare šole v Kopru, ki
bo po prenovi dobila knjižnico in
prostore za društva. Župan je dejal,

Nadaljevanje na 6. strani

Novi avtobusi za podeželje

Na progah proti Dekanom in Škofijam
bodo od januarja vozili štirje novi
avtobusi.

Primorski glas  |  Novice  |  3
"""

UZBEK = """SAMARQAND OQSHOMI  |  Juma, 4-dekabr 2026  |  3

Bozorda yangi do'konlar ochildi

Shahar markazidagi dehqon bozorida
o'tgan hafta o'n ikkita yangi do'kon
ochildi. Bozor rahbari Anvar Qodirov

Davomi 5-sahifada

Maktabga yangi kompyuterlar keltirildi

Tuman 12-maktabiga o'ttizta yangi
kompyuter keltirildi.
"""


def _stories(page):
    cleaned = clean_text(page)
    return cleaned, [(a.title, a.headings, a.continues) for a in cleaned.articles]


def test_a_number_before_the_page_word_ends_the_story_there():
    cleaned, stories = _stories(SLOVENE)
    assert "Nadaljevanje na 6. strani" in cleaned.furniture
    assert stories == [("Občina bo obnovila staro šolo", [], "6"), ("Novi avtobusi za podeželje", [], None)]
    assert cleaned.articles[0].paragraphs[-1].endswith("Župan je dejal,")


def test_a_page_number_with_its_case_ending_ends_the_story_there():
    cleaned, stories = _stories(UZBEK)
    assert "Davomi 5-sahifada" in cleaned.furniture
    assert stories == [("Bozorda yangi do'konlar ochildi", [], "5"), ("Maktabga yangi kompyuterlar keltirildi", [], None)]


def test_a_sentence_going_on_after_a_column_break_is_no_jump_line():
    page = SLOVENE.replace("Nadaljevanje na 6. strani", "ob 8. uri")
    cleaned = clean_text(page)
    assert "ob 8. uri" not in cleaned.furniture
    assert any("ob 8. uri" in p for a in cleaned.articles for p in a.paragraphs)
