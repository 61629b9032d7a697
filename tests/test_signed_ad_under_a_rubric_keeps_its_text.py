"""A column of small ads as a library's transcriber draws it in PAGE XML, a region to an ad, where
a rubric set centred ("Hunder.", "Lost.") stands over one ad whose last line ends a sentence and
whose seller is set right on a line of his own under it ("…henvend Dem til meg." / "        O.
Dahl, Bakken."). The seller is the ad's signer (its byline), and the ad's text stays its
paragraph: it is no standfirst over the next ad, which is an untitled item of its own. Pages
written for the case: a Norwegian column in the style of a country paper of the 1900s, and an
English one of a market town's weekly."""

from test_small_ads_each_an_article import _INDENT, _LEFT, _RIGHT, _article_of, _page

_NORSK = [
    [("En brukt symaskin", 360, 840), ("selges rimelig hos", _LEFT, 640), ("Nilsen, Torvet 3.", 700, 1060)],
    [("Ved kjøres hjem billig fra Løkken gård.", _LEFT, _RIGHT)],
    [("To unge geiter selges", _INDENT, 1000), ("Haugen, Moen.", 640, 1060)],
    [("Hunder.", 520, 700)],
    [
        ("En rødbrun tispe, tre år gammel, god", _INDENT, _RIGHT),
        ("vakthund, selges for 10 kroner. Likeså en", _LEFT, _RIGHT),
        ("valp, henvend Dem til meg.", _LEFT, 760),
        ("O. Dahl, Bakken.", 640, 1060),
    ],
    [("Et værelse med kost", _INDENT, 900), ("leies ut fra 1 mai", _LEFT, 620), ("Elvegaten 14.", 700, 1060)],
]

_ENGLISH = [
    [("A good mangle", 380, 820), ("for sale cheap at", _LEFT, 620), ("Webb's, Bridge Street.", 640, 1080)],
    [("Seed potatoes, best sorts, at the mill.", _LEFT, _RIGHT)],
    [("Lost.", 540, 660)],
    [
        ("A black spaniel, white on the chest, answers", _INDENT, _RIGHT),
        ("to Rover; strayed on Tuesday. A reward of five", _LEFT, _RIGHT),
        ("shillings to the finder.", _LEFT, 720),
        ("T. HOLLAND, Mill Lane.", 660, 1070),
    ],
    [
        ("Lodgings for a single gentleman,", _INDENT, _RIGHT),
        ("apply within", _LEFT, 520),
        ("No. 6, Church Row.", 680, 1060),
    ],
]


def test_a_rubrics_one_ad_keeps_its_text_over_its_seller_set_right(tmp_path):
    page = _page(tmp_path, _NORSK)
    dog = _article_of(page, "En rødbrun tispe")
    assert dog.title == "Hunder."
    assert dog.subtitle is None
    assert dog.paragraphs == [
        "En rødbrun tispe, tre år gammel, god vakthund, selges for 10 kroner. Likeså en valp, henvend Dem til meg."
    ]
    assert dog.byline == "O. Dahl, Bakken."


def test_the_ad_under_the_signed_one_is_an_untitled_item_of_its_own(tmp_path):
    page = _page(tmp_path, _NORSK)
    room = _article_of(page, "Et værelse")
    assert room.title is None
    assert room.byline is None
    assert room.paragraphs == ["Et værelse med kost leies ut fra 1 mai Elvegaten 14."]


def test_an_english_lost_notice_signed_set_right_keeps_its_text(tmp_path):
    page = _page(tmp_path, _ENGLISH)
    lost = _article_of(page, "A black spaniel")
    assert lost.title == "Lost."
    assert lost.subtitle is None
    assert lost.paragraphs == [
        "A black spaniel, white on the chest, answers to Rover; strayed on Tuesday. A reward of five shillings to the finder."
    ]
    assert lost.byline == "T. HOLLAND, Mill Lane."
    lodgings = _article_of(page, "Lodgings")
    assert lodgings.title is None
    assert lodgings.paragraphs == ["Lodgings for a single gentleman, apply within No. 6, Church Row."]
