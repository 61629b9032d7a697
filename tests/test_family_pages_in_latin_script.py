"""Family and food pages of dailies in Latin script, plain text, hard-wrapped: a recipe column
whose parts' subheads stand over amount-first ingredient rows lined up by runs of spaces (an amount
with no unit among them: "3       zariko") and over numbered steps, with a market brief glued by its
head under the last step; a births, weddings and anniversaries column under its label, each
announcement signed by its family on a line of its own and each next head printed flush under the
signature above it, the last signature closing the page. Pages written for the classes (a
Seychellois Creole recipe column, an Ewe family column), not copied from any gold page."""

from paperarchive.blocks import INGREDIENT_ROW
from paperarchive.pipeline import clean_text

SESELWA = """LAVWA LAKOT | vandredi 9 me 2031 | Paz 8
Lakwizin

Kari koko
Kari zourit avek zariko
Mariz Payet

Dimans, dan fanmi nou nou fer kari
zourit. Granmanman ti fer li dan en
marmit ar dife dibwa, me ou kapab fer
li lo gaz osi. Sa i pour sis dimoun.

Sa ou bezwen

1       zourit
3       zariko
2 kg    diri
1 kg    pomdeter
4       tomat
2       koko rape

Ki mannyer pour fer

1. Met koko rape dan dilo so, pres li
byen pour fer dile koko.

2. Koup zourit an gro moso, lav li
byen e met li dan marmit.

3. Met zariko, pomdeter ek tomat
ladan, vers dile koko lo la. Kwit li
dousman pandan en ler.
Bazar Sen Lwi lo Samdi
Bazar Sen Lwi i ouver samdi 17 me,
depi 7er ziska midi, kot legliz. I
pou annan zariko, pwason ek koko.

Lavwa Lakot | lakwizin@lavwa.example.sc
"""


def _articles():
    return clean_text(SESELWA).articles


def test_an_amount_lined_up_by_spaces_before_its_item_is_an_ingredient_row():
    assert INGREDIENT_ROW.match("1       zourit")
    assert INGREDIENT_ROW.match("3 zariko")
    assert not INGREDIENT_ROW.match("1. Met koko rape dan dilo so.")


def test_the_recipes_subheads_are_headings_of_the_recipe_over_its_rows():
    recipe = _articles()[0]
    assert recipe.title == "Kari zourit avek zariko"
    assert recipe.headings[:2] == ["Sa ou bezwen", "Ki mannyer pour fer"]
    assert "1       zourit" in recipe.paragraphs
    assert recipe.paragraphs[-1].startswith("3. Met zariko")


def test_a_head_flush_under_the_recipes_last_step_opens_the_next_piece():
    articles = _articles()
    assert [a.title for a in articles] == ["Kari zourit avek zariko", "Bazar Sen Lwi lo Samdi"]
    assert articles[1].paragraphs[0].startswith("Bazar Sen Lwi i ouver samdi 17 me,")
    assert "Bazar Sen Lwi lo Samdi" not in articles[0].headings


EWE = """TOGO NYATAKAKA · Memleɖa, 6 Oktoba 2029 · Page 4
Aƒeme

Dzidzɔnya
Vi aɖe va

Míedaa akpe na Mawu be edze vi ŋutsu
na mí. Wodzi ɖevi la le Tokoin kɔdzi
le Dzoɖa, 1 Oktoba 2029, eye eƒe ŋkɔ
enye Kodzo Mawuli Agbeko.

Akpe na mi katã si do gbe ɖa ɖe mía
ta le ŋkeke siawo me.

Agbeko ƒome, Kpalimé
Yao kple Abla ɖe
wo nɔewo le Lomé

Agbeko kple Mensah ƒomewo le gbeƒã
ɖem be Yao Agbeko kple Abla Mensah wɔ
srɔ̃ɖeɖe le Memleɖa, 29 Septemba 2029,
le Lomé sɔlemexɔ gã la me.

Le azã la megbe la, ƒometɔwo kple
xɔ̃wo ƒo ƒu ɖe aƒe la me eye woɖu nu
kple dzidzɔ. Mawu neyra wo.

Agbeko kple Mensah ƒome
Ƒe 40 le srɔ̃ɖeɖe me

Togbi Kodzo Dzakpasu ɖe Mama Ablavi
Dzakpasu le ƒe 1989 me. Wokpɔ ƒe 40
le srɔ̃ɖeɖe me le Kuɖa, 4 Oktoba 2029.
Wo viwo ene kple wo tɔgbuiyɔviwo da
akpe na Mawu.

Míedoa gbe ɖa be Mawu nana ƒe geɖe
wo kple dzidzɔ.

Wo viwo kple tɔgbuiyɔviwo

Togo Nyatakaka · aƒeme@nyatakaka.example.tg
"""


def test_a_columns_label_over_a_head_of_short_words_is_no_part_of_the_title():
    first = clean_text(EWE).articles[0]
    assert first.title == "Vi aɖe va"
    assert "Dzidzɔnya" in (first.kicker, first.section)


def test_a_family_signature_with_the_next_head_flush_under_it_signs_the_announcement_above():
    articles = clean_text(EWE).articles
    assert [a.title for a in articles] == ["Vi aɖe va", "Yao kple Abla ɖe wo nɔewo le Lomé", "Ƒe 40 le srɔ̃ɖeɖe me"]
    assert [a.byline for a in articles[:2]] == ["Agbeko ƒome, Kpalimé", "Agbeko kple Mensah ƒome"]
    assert articles[1].kicker is None and articles[2].kicker is None


def test_a_paragraphs_first_line_of_names_joined_by_a_small_word_of_the_language_stays_in_it():
    anniversary = clean_text(EWE).articles[-1]
    assert anniversary.paragraphs[0].startswith("Togbi Kodzo Dzakpasu ɖe Mama Ablavi Dzakpasu le ƒe 1989 me.")
    assert anniversary.headings == []


def test_the_last_family_signature_closing_the_page_signs_the_last_announcement():
    last = clean_text(EWE).articles[-1]
    assert last.byline == "Wo viwo kple tɔgbuiyɔviwo"
    assert "Wo viwo kple tɔgbuiyɔviwo" not in last.paragraphs
