"""A column signed at its foot with a dash, its signer's name and role after it, and the
congregation's notices printed under it with no label, each run in on a head and a colon: the
signature is the column's byline, each notice a piece of its own under its head. Pages written
for the convention, not copied from any gold page."""

from paperarchive.pipeline import clean_text

_COLUMN = (
    "From the Pulpit\n"
    "Light in the winter months\n"
    "When the evenings draw in, the chapel lamps\n"
    "burn a little longer and more of us come to\n"
    "sit in the quiet before the service.\n"
    "\n"
    "Let us keep that quiet in our homes as well, and\n"
    "share our light with the neighbours in our street.\n"
    "\n"
    "— Revd Tomas Carrow, parish priest\n"
    "Bell ringers: The ringers practise in the tower\n"
    "on Tuesday at seven, and new hands are welcome.\n"
    "\n"
    "Harvest gifts: The harvest gifts raised 640 pounds\n"
    "for the food bank in the market town.\n"
    "\n"
    "Evensong: From the first Sunday of the month,\n"
    "evensong begins at four instead of six.\n"
)


def test_a_dashed_signature_with_a_role_signs_the_column():
    column = next(a for a in clean_text(_COLUMN).articles if a.title == "Light in the winter months")
    assert column.byline == "Revd Tomas Carrow, parish priest"
    assert column.paragraphs[-1] == "Let us keep that quiet in our homes as well, and share our light with the neighbours in our street."


def test_the_notices_under_the_signature_are_pieces_under_their_run_in_heads():
    articles = {a.title: a for a in clean_text(_COLUMN).articles}
    assert articles["Bell ringers"].paragraphs == ["The ringers practise in the tower on Tuesday at seven, and new hands are welcome."]
    assert articles["Harvest gifts"].paragraphs == ["The harvest gifts raised 640 pounds for the food bank in the market town."]
    assert articles["Evensong"].paragraphs == ["From the first Sunday of the month, evensong begins at four instead of six."]
    assert not articles["Evensong"].section and not articles["Evensong"].kicker


def test_a_head_run_in_on_a_colon_may_hold_a_glottal_stop():
    page = _COLUMN.replace("Bell ringers: The", "K'ay ti' Dios: The")
    assert "K'ay ti' Dios" in [a.title for a in clean_text(page).articles]

