"""Pages written here in the shapes the thirty-fourth stop's second written set (holdout83, kept
unseen until the lead's rules for holdout81) showed after its first run, in other languages and
words than its pages: a fishing story with a photo set between two paragraphs and credited in a
word for "picture" no list holds, then a rules box whose sentence opens its rows with a colon and
whose rows line their cells up with spaces; a page's label of two words joined by a hyphen under
the running head, over a head in sentence case and its writer's bare name; a profile's box of
quotations under the label "她说", no writer's signature."""

from paperarchive.classify import _signature_line
from paperarchive.pipeline import clean_text

FISHING = """ISLAND VOICE ◊ Friday, June 4, 2027 ◊ Page 7
Outdoors

Anglers get ready for snapper season
By Rosa Tillett

The snapper season opens on Monday, and
boats from Sarteneja to Punta Gorda are
being painted and patched for it.

Last year the catch was small because the
water was too warm.

A boat being painted at Sarteneja.
Pikcha: Devon Reyes

This year the men hope for better luck.

Snapper Rules for the Season

Anglers must keep to these rules from June 7
to October 31:

Size        12 inches or more
Bag         five fish a day
Roe         no fish with roe

Fisheries Department
"""


def test_a_photo_credited_in_an_unknown_word_between_two_paragraphs_and_a_box_of_aligned_rows():
    story, box = clean_text(FISHING).articles
    assert [(c.text, c.credit) for c in story.captions] == [("A boat being painted at Sarteneja.", "Pikcha: Devon Reyes")]
    assert story.paragraphs[-1] == "This year the men hope for better luck."
    assert box.title == "Snapper Rules for the Season"
    assert box.paragraphs[0] == "Anglers must keep to these rules from June 7 to October 31:"
    assert len(box.paragraphs) >= 4


SCHOOL = """GAZÈT LAKOU · vandredi 3 désanm 2027 · paj 4
Lavi-lakou

Lekòl Sentàn gen swasant an
Mariz Jozèf

Lekòl Sentàn nan Okap fete swasant an
depi li ouvri pòt li, samdi pase. Anpil
ansyen elèv te vini.

Direktè a di: "Se kay nou." Tout moun
te manje ansanm nan lakou lekòl la.
"""


def test_a_hyphenated_page_label_under_the_running_head_and_a_head_over_its_writers_bare_name():
    page = clean_text(SCHOOL)
    assert "Lavi-lakou" in page.furniture
    article = page.articles[0]
    assert (article.title, article.byline) == ("Lekòl Sentàn gen swasant an", "Mariz Jozèf")


def test_a_label_that_says_who_speaks_is_no_signature():
    assert not _signature_line("她说")
    assert _signature_line("石岚")
