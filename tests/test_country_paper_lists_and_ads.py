"""A country paper of the 1920s: a market report's price list opened by a colon, one entry a
line, and a firm's display set line by line, blank lines between, into a sentence of a council
report. A page written for the cases (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "KOROMIKO SALEYARDS.\n"
    "\n"
    "There was a large yarding of cattle at the\n"
    "Koromiko yards on Wednesday, and a good attend-\n"
    "ance of buyers from the coast. Prices were firm\n"
    "for all good sorts of stock. Quotations:\n"
    "Fat bullocks, £11 to £13 5s.\n"
    "Springing heifers, £8 to £9 10s.\n"
    "Weaner calves, 25s to 32s 6d.\n"
    "\n"
    "ROAD BOARD.\n"
    "\n"
    "The engineer reported that the bridge over the\n"
    "Mangaone Stream had been damaged by the flood\n"
    "and that the decking of the approach\n"
    "\n"
    "T. R. HALLORAN AND SONS,\n"
    "\n"
    "GENERAL STOREKEEPERS.\n"
    "\n"
    "Best Prices for Butterfat.\n"
    "\n"
    "would need to be renewed before the spring. The\n"
    "board resolved to call for tenders at once.\n"
)


def test_a_price_list_opened_by_a_colon_keeps_one_entry_a_paragraph():
    report = clean_text(PAGE).articles[0]
    assert report.paragraphs[0].endswith("Prices were firm for all good sorts of stock. Quotations:")
    assert report.paragraphs[1:] == ["Fat bullocks, £11 to £13 5s.", "Springing heifers, £8 to £9 10s.", "Weaner calves, 25s to 32s 6d."]


def test_a_firms_display_set_line_by_line_inside_a_sentence_is_furniture():
    cleaned = clean_text(PAGE)
    board = cleaned.articles[-1]
    assert board.title == "ROAD BOARD."
    assert board.paragraphs == [
        "The engineer reported that the bridge over the Mangaone Stream had been damaged by the flood and that the decking of the approach "
        "would need to be renewed before the spring. The board resolved to call for tenders at once."
    ]
    assert {"T. R. HALLORAN AND SONS,", "GENERAL STOREKEEPERS.", "Best Prices for Butterfat."} <= set(cleaned.furniture)
