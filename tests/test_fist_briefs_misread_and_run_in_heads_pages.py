"""A miscellany column of the 1860s as an engine reads it (Apex's PrimeOCR: every dash read `?`):
its briefs opened by a printer's fist, some fists read as letters ("fjr", "tar") or opening a
line inside the paragraph the engine boxed the brief above into; and items whose run-in head
holds a name's hyphen, a letter read `?` or a quoted word. Pages written for the classes, in
plain text, cleaned through the public API."""

from paperarchive.api import clean_file

_FISTS = (
    "THE HARBOR MASTERS.\n\n"
    "    The harbor masters of the port met yesterday at the custom house\n"
    "and agreed upon a new table of fees for the coming season.\n"
    "    They will meet again on Friday, when the pilots will be heard\n"
    "upon the question of the night signals.\n"
    "\n    ^\"The oystermen of Annapolis report a good season, and the boats\n"
    "are coming in loaded to the gunwales every morning.\n"
    "\n    >9* Captain Hollis, of the bark Juniper, has been awarded $2,500\n"
    "for the rescue of the crew of the sloop Wren off Cape Charles.\n"
    "qlx The Alexandria Gazette says the price of flour has risen two\n"
    "dollars the barrel within the fortnight.\n"
    "\n    tar A farmer near Leesburg has raised a pumpkin that weighs one\n"
    "hundred and twelve pounds, and means to send it to the fair.\n"
)


def _articles(tmp_path, text):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return clean_file(page).page.articles


def test_a_fist_opening_a_line_inside_a_block_opens_the_next_brief(tmp_path):
    paragraphs = [p for a in _articles(tmp_path, _FISTS) for p in a.paragraphs]
    assert "The Alexandria Gazette says the price of flour has risen two dollars the barrel within the fortnight." in paragraphs


def test_a_fist_read_as_letters_comes_off_its_brief(tmp_path):
    paragraphs = [p for a in _articles(tmp_path, _FISTS) for p in a.paragraphs]
    assert paragraphs[-1] == "A farmer near Leesburg has raised a pumpkin that weighs one hundred and twelve pounds, and means to send it to the fair."
    # (no column of fist briefs: the same opening is left as it was read)
    page = _FISTS.split("\n    ^\"")[0] + "\n    tar A farmer near Leesburg has raised a pumpkin.\n"
    assert "tar A farmer" in " ".join(p for a in _articles(tmp_path, page) for p in a.paragraphs)


_HEADS = (
    "The New Canal Bridge.\n\n"
    "    The new bridge over the canal was opened to carriages yesterday, and\n"
    "a great crowd walked across it in the evening.\n"
    "    The contractors were paid the last of their money on Saturday,\n"
    "and the toll house will be let by the council next week.\n"
    "    The old ferry will be laid up for the winter, and her crew have\n"
    "found work on the new wharves below the bridge.\n"
    "\n    Ex-Mayor Dalt?n.?We learn that the former mayor has declined the\n"
    "nomination offered him by the citizens' meeting of Tuesday last, and\n"
    "will not stand for the office this fall.\n"
    "\n    The End of the \"Blockade.\"?This morning the last of the old\n"
    "guard boats was towed down the river and sold at the navy yard for\n"
    "less than the price of her anchor chain.\n"
)


def test_run_in_heads_with_hyphens_misread_letters_and_quotes_head_their_items(tmp_path):
    titles = [a.title for a in _articles(tmp_path, _HEADS)]
    assert "Ex-Mayor Dalt?n." in titles
    assert 'The End of the "Blockade."' in titles
