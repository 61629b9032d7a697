"""A paper's name whose article ends on an apostrophe ("GUTH A' CHAOLAIS", as Scottish Gaelic
and Irish names print "a'", "na h-") is still its masthead's name: its foot at the page's end,
the name over a motto and the price, is furniture, not the last story's paragraph. A page
written for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """FIOS A' GHLINNE - Diciadain, 3 Dùbhlachd 2026 - Duilleag 2

Drochaid ùr thairis air an abhainn
Le Seumas MacRath

Chaidh an drochaid ùr fhosgladh Diluain an
dèidh dà bhliadhna de dh'obair, agus bha
mòran den bhaile an làthair.

Thuirt an comhairliche gun robh an drochaid
a' sàbhaladh fichead mionaid do dhaoine a bha
a' dol don sgoil.

Fios a' Ghlinne - Pàipear na sgìre - £1.00
"""


def test_the_foot_naming_the_paper_with_its_price_is_furniture():
    page = clean_text(PAGE)
    (story,) = page.articles
    assert story.title == "Drochaid ùr thairis air an abhainn"
    assert not any("£1.00" in paragraph for paragraph in story.paragraphs)
    assert "Fios a' Ghlinne - Pàipear na sgìre - £1.00" in page.furniture


# A colon inside a word, a long vowel's mark (Tohono O'odham's "a:ga", "ha:ṣañ"), is the name's too.
LENGTH_MARK = """GE'E JE:J · Saturday 14.06.2041 · Page 3

Ha:ṣañ bahidaj
By Ana Enos

TOPAWA – The harvest camp opened on
Monday, and forty families came to it
from the villages along the wash.

Ge'e Je:j · news@ge-eje.example.org
"""


def test_the_foot_naming_a_paper_with_a_colon_inside_a_word_is_furniture():
    page = clean_text(LENGTH_MARK)
    (story,) = page.articles
    assert story.paragraphs[-1].endswith("along the wash.")
    assert "Ge'e Je:j · news@ge-eje.example.org" in page.furniture
