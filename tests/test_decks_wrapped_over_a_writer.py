"""A deck wrapped at the column as the text is, ending no sentence, between its headline and
the writer's name line is the story's deck, not its first paragraph. Page written for this
test (no gold page's text)."""

from paperarchive.pipeline import clean_text

GAELIC_PAGE = """AN T-EILEANACH - Dihaoine, 5 Màrt 2027 - Duilleag 3

Còisir a' bhaile a' comharrachadh leth-cheud bliadhna

Barrachd air ceud seinneadair a' tighinn còmhla
airson oidhche mhòr ann an talla a' bhaile

Le Màiri NicLeòid

Chaidh còisir a' bhaile a stèidheachadh leth-cheud
bliadhna air ais le buidheann bheag de thuathanaich,
agus tha i air seinn aig mòdan air feadh na dùthcha.

Thuirt an stiùiriche, Seonaidh Moireach, gun robh an
oidhche na cothrom taing a thoirt don a h-uile duine
a sheinn leis a' chòisir thar nam bliadhnaichean.

Fèill na Nollaig anns an talla

Bidh fèill na Nollaig ann an talla a' bhaile Disathairne,
le bùthan ciùird agus biadh ionadail, agus seinnidh
clann na sgoile aig meadhan-latha.
"""


def test_a_deck_wrapped_as_text_over_the_writers_name_is_the_deck():
    story = clean_text(GAELIC_PAGE).articles[0]
    assert story.title == "Còisir a' bhaile a' comharrachadh leth-cheud bliadhna"
    assert story.subtitle == "Barrachd air ceud seinneadair a' tighinn còmhla airson oidhche mhòr ann an talla a' bhaile"
    assert story.byline is not None and "Màiri NicLeòid" in story.byline
    assert story.paragraphs[0].startswith("Chaidh còisir a' bhaile")
