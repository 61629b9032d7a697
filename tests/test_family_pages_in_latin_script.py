"""Family and food pages of dailies in Latin script, plain text, hard-wrapped: a recipe column
whose parts' subheads stand over amount-first ingredient rows lined up by runs of spaces (an amount
with no unit among them: "3       zariko") and over numbered steps, with a market brief glued by its
head under the last step. A page written for the classes (a Seychellois Creole recipe column), not
copied from any gold page."""

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
