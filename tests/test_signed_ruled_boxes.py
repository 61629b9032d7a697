"""A notice boxed solid between two rule lines and signed at its foot (the issuer set in over its
date) whose items open on no label: the line under the top rule is its title, each item a
paragraph, the date its last one, and the column glued under the closing rule is an article of
its own (classify._items_in_a_signed_ruled_box). A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "HARBOUR NEWS · Tuesday, 6 April 2027 · Page 5 · Town\n\n"
    "Library\n"
    "Old sea charts go on show in Eastby\n"
    "By Anna Reef\n\n"
    "EASTBY – The town library opened a show\n"
    "of forty old sea charts on Monday, each\n"
    "one given by the families of the bay.\n"
    "Opening hours\n"
    "Room       Days            Hours\n"
    "Reading    Monday-Friday   9.00-17.00\n"
    "* Closed on public holidays\n\n"
    "======================================\n"
    "Old pictures wanted\n"
    "Pictures of the harbour and the boats\n"
    "before 1970\n"
    "{item}\n"
    "                   Eastby Town Library\n"
    "                  Eastby, 2 April 2027\n"
    "======================================\n"
    "Thing of the week\n"
    "A lamp from the old lighthouse\n"
    "The brass lamp hung in the tower for\n"
    "sixty years before the light went over\n"
    "to electric power in the year 1961.\n\n"
    "It stands by the front desk until May,\n"
    "with the keeper's log open beside it.\n\n"
    "Harbour News · news@harbour.example.org\n"
)


def test_a_signed_box_of_unlabelled_items_is_a_notice_apart():
    articles = clean_text(_PAGE.format(item="Pictures are scanned and given back")).articles
    box = next(a for a in articles if a.title == "Old pictures wanted")
    assert box.paragraphs == ["Pictures of the harbour and the boats before 1970", "Pictures are scanned and given back", "Eastby, 2 April 2027"]
    assert any(a.title == "A lamp from the old lighthouse" for a in articles)


def test_an_unsigned_box_is_left_alone():
    page = _PAGE.format(item="Pictures are scanned and given back").replace("                   Eastby Town Library\n                  Eastby, 2 April 2027\n", "")
    assert "Old pictures wanted" not in [a.title for a in clean_text(page).articles]
