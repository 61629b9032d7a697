"""A Latin weekly's poem on a ragged page: its title, its lines broken where the next word would
have fitted (or on a mark), going on in lower case, the poet's name alone under them. Each line is a
paragraph as printed, the title the poem's title and the name its byline; the prose around keeps
its wrapped paragraphs. A page written for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """LA GAZETTE DU VAL
Hebdomadaire du Condroz · Vendredi 11 décembre 2026 · Page 5

Le marché de Noël revient sur la place

Trente chalets de bois sont déjà montés sur
la place du village. Le marché de Noël sera
ouvert du vendredi 18 au dimanche 20 décembre
de dix heures à dix-neuf heures.

On y trouvera du fromage du pays, du miel et
des jouets de bois faits à la main par des
artisans de la région.

Le gel

Le gel a pris les prés ce matin,
et les haies sont toutes blanches,
les enfants courent au chemin,
le vieux chien dort sous les branches.
Et le village, blanc et muet,
attend Noël comme un secret.

Anne Dethier
"""


def test_each_line_of_the_poem_is_a_paragraph():
    story, poem = clean_text(PAGE).articles
    assert story.paragraphs == [
        "Trente chalets de bois sont déjà montés sur la place du village. Le marché de Noël sera ouvert du vendredi 18 au dimanche 20 décembre de dix heures à dix-neuf heures.",
        "On y trouvera du fromage du pays, du miel et des jouets de bois faits à la main par des artisans de la région.",
    ]
    assert poem.title == "Le gel"
    assert poem.paragraphs == [
        "Le gel a pris les prés ce matin,",
        "et les haies sont toutes blanches,",
        "les enfants courent au chemin,",
        "le vieux chien dort sous les branches.",
        "Et le village, blanc et muet,",
        "attend Noël comme un secret.",
    ]
    assert poem.byline == "Anne Dethier"
