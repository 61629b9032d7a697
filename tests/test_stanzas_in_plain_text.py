"""A poem in stanzas of one length as an engine's plain text gives it, written here in the shape of
real14's damage (not its poem): Tesseract drops the blank line at some stanza breaks and sets one
in the middle of a stanza at others, and sets a stray word on a line of its own. Each stanza is
one paragraph, whatever the blank lines say (`classify._stanzas_of_one_length`)."""

from paperarchive.pipeline import clean_text

LANTERN = """The Lantern Keeper.

BY MARY ASHTON.

Upon the rock the keeper stands,

And trims the wick at night;
He holds the storm in steady hands,
And guards the harbour light.

When all the fishing boats are out,
And waves run wild and high,

He hears the sailors call and shout
Beneath the angry sky.

Through winter gales and summer haze
His lamp is burning clear;
The seamen bless him all their days
And know that home is near.
No letter comes, no friend draws nigh,

The gulls his only throng;
Yet still he watches, still the sky
Is brighter for his song.

So may we keep our little flame

Through every wind that blows,
And light the way for those who came
Where no kind harbour shows.
"""


def test_a_poems_stanzas_are_one_paragraph_each_whatever_the_engines_blank_lines():
    (article,) = clean_text(LANTERN).articles
    assert article.title == "The Lantern Keeper."
    assert [p.split("\n")[0] for p in article.paragraphs] == [
        "Upon the rock the keeper stands,",
        "When all the fishing boats are out,",
        "Through winter gales and summer haze",
        "No letter comes, no friend draws nigh,",
        "So may we keep our little flame",
    ]
    assert all(p.count("\n") == 3 for p in article.paragraphs)


CHANSON = """La rivière coule au fond du val,
Sous les saules penchés,

Elle chante un air matinal
Aux moulins cachés.
Les enfants viennent sur le bord,
Jeter des fleurs dans l'eau ;
Le vieux pêcheur attend le sort

Au creux de son bateau.

Et quand le soir tombe sur le pré,
La rivière s'endort ;
Le ciel d'argent est reflété

Jusqu'au lointain port.

La nuit descend sur les roseaux,
Le vent se tait enfin ;
Et l'on entend parmi les eaux
Chanter le vieux moulin.

Demain la rivière au matin

Reprendra son chemin,
Et moi, le cœur un peu chagrin,
Je l'attendrai demain.
"""


def test_a_french_poems_quatrains_come_apart_where_no_blank_line_parts_them():
    (article,) = clean_text(CHANSON).articles
    assert [p.split("\n")[0] for p in article.paragraphs] == [
        "La rivière coule au fond du val,",
        "Les enfants viennent sur le bord,",
        "Et quand le soir tombe sur le pré,",
        "La nuit descend sur les roseaux,",
        "Demain la rivière au matin",
    ]
