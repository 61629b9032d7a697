"""Older Latin-script held-out pages lifted by classes that hold on more than one page.

A story's head glued over its text under the last words of the story above, carried past the
running head, read as the text's first line (holdout83's Louisiana Creole page); a head glued
under a photo's credit read as the photo essay's subhead (holdout84's Gullah page): each opens a
story of its own. A word split at a line end whose rest carries a postposed article's hyphen
("pwo-⏎gram-lan", holdout87) rejoined; a name or an elided word split so ("Scar-⏎borough",
"morn-⏎in", holdout89 and holdout91) rejoined, their halves too rare for a compound's. A
department's or a family's name set apart under the page's last story, over the page's foot,
signs it (holdout83's rules box, holdout93's memorial notice). Pages written for these tests.
"""

from paperarchive.pipeline import clean_text

CARRIED_TAIL = """LAVWA LAKOT · jedi 4 mas 2027 · paj 3
Nouvèl

Lekòl Bèlvi gen yon nouvo bibliyotèk
pa Rose-Marie Pierre

Lekòl Bèlvi louvri yon bibliyotèk nan
ansyen sal klas la. Paran yo te pote
liv, e meri a te bay etajè yo.

Direktè a di timoun yo ka prete de liv
chak semèn, e yo dwe remèt yo nan

Lavwa Lakot · paj 3

lendi.
Match foutbòl pou tout fanmi yo
Klib Espwa ap fè yon gwo match samdi
pwochen sou teren an. Tout fanmi yo
ka vini; antre a gratis pou timoun.

Lavwa Lakot · 12 Ri Lamè · nouvel@lavwa.example.ht
"""


def test_a_head_opening_the_text_under_a_carried_tail_opens_its_own_story():
    page = clean_text(CARRIED_TAIL)
    assert [a.title for a in page.articles] == ["Lekòl Bèlvi gen yon nouvo bibliyotèk", "Match foutbòl pou tout fanmi yo"]
    assert page.articles[1].paragraphs[0].startswith("Klib Espwa ap fè")


HEAD_UNDER_A_CREDIT = """THE ISLAND WORD ◊ Friday, May 7, 2027 ◊ Page 6
Photo Page

Net Menders on the Point
By Delia Brown

Every morning the old men sit on the dock
and mend the nets. They have done it for
forty years, they say.

Joe Grant mends a seine on the dock.
Photo: Carl Wiggins

The twine comes from town, and the floats
from the beach. Nothing is thrown away.

Floats drying on the rail.
Photo: Carl Wiggins
Net mending class for the youth
The Point school will hold a net mending
class for the youth on June 12.

A net half mended.
Photo: Staff

Two of the old men will show them how.

The Island Word ◊ 4 Dock Road ◊ word@island.example.com
"""


def test_a_head_glued_under_a_credit_opens_its_own_story():
    page = clean_text(HEAD_UNDER_A_CREDIT)
    assert [a.title for a in page.articles] == ["Net Menders on the Point", "Net mending class for the youth"]
    assert "Net mending class for the youth" not in [h for a in page.articles for h in a.headings]


HYPHENED_RIGHT_PIECE = """LAVWA KWÉYÒL · Samdi 3 Avril 2027 · Paj 5
Radyo

Sé granmoun-yo ki ka kouté pi plis
Pa Anselm Joseph

Madlen Pierre, ki té ouvè pwo-
gram-lan, di sé granmoun-yo ki ka kriyé
pi souvan. “Yo ka di nou kouman lavi té
yé.” Pwogram-lan ka pasé chak jou.

Lavwa Kwéyòl · radyo@lavwa.example.lc
"""


def test_a_word_split_before_a_hyphened_rest_is_rejoined():
    page = clean_text(HYPHENED_RIGHT_PIECE)
    text = " ".join(page.articles[0].paragraphs)
    assert "ouvè pwogram-lan, di" in text and "pwo-gram" not in text


RARE_HALVES = """THE WINDWARD CALL · Monday, May 3, 2027 · Page 4
Village

Market day come back to Roxborough
By Lyris Thomas

De vendors start setting up early Satiday morn-
in, an by nine o'clock de whole street full. “People
come from Scar-
borough an from Speyside,” say Miss Ena.

The Windward Call · call@windward.example.tt
"""


def test_a_name_or_an_elided_word_split_at_a_line_end_is_rejoined():
    page = clean_text(RARE_HALVES)
    text = " ".join(page.articles[0].paragraphs)
    assert "Satiday mornin, an" in text and "from Scarborough an" in text


SIGNED_AT_THE_FOOT = """THE COAST NEWS ◊ Tuesday, July 6, 2027 ◊ Page 7
Community

In Memory
Mary Ann Sampson
1950 – 2027

Last winter our mother Mary went away.
On Saturday, July 10, we will hold a
dinner for her at the church hall, in
the evening. All her friends may come.

You are not here with us,
but you are always
in our hearts.

Sampson and Kimsey families

The Coast News ◊ 9 Front Street ◊ news@coast.example.bz
"""


def test_a_name_set_apart_over_the_page_foot_signs_the_last_story():
    page = clean_text(SIGNED_AT_THE_FOOT)
    last = page.articles[-1]
    assert last.byline == "Sampson and Kimsey families"
    assert "Sampson and Kimsey families" not in last.paragraphs
