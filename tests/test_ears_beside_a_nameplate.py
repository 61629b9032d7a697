"""A nineteenth-century paper's masthead as a layout reading gives it: the left ear (the
subscription prices) first, then the day, the name in capitals and the date, then the right ear
(when and where the paper appears, its price). Before, the left ear's head was the first story's
title, the name the next one's over the right ear, and the page's real first story a subhead.
A page written for the class (a Belgian weekly of 1872), not copied from any gold page."""

from paperarchive.models import Block
from paperarchive.pipeline import clean_blocks


def page(*texts: tuple[str, ...], gaps: tuple[int, ...]) -> tuple[Block, ...]:
    blocks, start = [], 1
    for lines, gap in zip(texts, gaps):
        blocks.append(Block(lines, start, gap=gap))
        start += len(lines) + gap
    return tuple(blocks)


MASTHEAD = page(
    ("N° 48.",),
    ("CONDITIONS D'ABONNEMENT.",),
    ("Un an : 12 fr.", "Six mois : 7 fr.", "Trois mois : 4 fr."),
    ("SAMEDI",),
    ("LE MESSAGER.",),
    ("7 Décembre 1872.",),
    ("Le Messager paraît le samedi. On s'abonne au bureau", "du journal, rue Haute, 9, à Nivelles."),
    ("Prix du numéro : 10 centimes.",),
    ("LA FOIRE D'HIVER",),
    ("La foire d'hiver s'est tenue mardi sur la Grand'Place par un temps superbe.", "Les marchands de bestiaux étaient venus en grand nombre du Brabant et du Hainaut."),
    gaps=(0, 1, 1, 2, 1, 2, 1, 2, 1, 1),
)


def test_the_ears_beside_the_name_are_the_masthead():
    cleaned = clean_blocks(MASTHEAD)
    assert [a.title for a in cleaned.articles] == ["LA FOIRE D'HIVER"]
    for line in ("CONDITIONS D'ABONNEMENT.", "Trois mois : 4 fr.", "LE MESSAGER.", "Prix du numéro : 10 centimes."):
        assert any(line in f for f in cleaned.furniture), (line, cleaned.furniture)


def test_a_story_read_before_the_name_is_not_an_ear():
    story = Block(("Le conseil communal s'est réuni lundi soir pour voter le budget de l'année prochaine, qui",
                   "prévoit la réfection de la rue Haute et l'agrandissement de l'école des filles."), 1)
    cleaned = clean_blocks((story, *MASTHEAD[3:]))
    assert any("Le conseil communal" in p for a in cleaned.articles for p in a.paragraphs)
