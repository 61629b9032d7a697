"""Real newspaper pages just short of issue 11's bar (paragraph F1 0.9, titles 90 %): the
classes of miss that hold on more than one page, on text written anew in the same shapes."""

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _articles(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    r = clean_file(path)
    return clean_json(r.path, r.decoded.encoding, r.page)["articles"]


_STORY = (
    "The new bridge over the river was opened yesterday\n"
    "afternoon before a great crowd of people from all\n"
    "parts of the county, who had come in by train.\n"
    "\n"
    "The mayor spoke briefly and cut the ribbon at the\n"
    "east end, and the band played until the evening.\n"
)


def test_capitals_head_on_two_lines_its_second_ending_on_a_comma_stays_one_title(tmp_path):
    """An 1898 front page's "THE UNITED" / "STATES CAPITOL," (the stop read as a comma): one title,
    not the title "THE UNITED" and a paragraph "STATES CAPITOL,"."""
    arts = _articles(tmp_path, "THE RIVER\nBRIDGE OPENED,\n\n" + _STORY)
    assert arts[0]["title"] == "THE RIVER BRIDGE OPENED,"
    assert arts[0]["paragraphs"][0].startswith("The new bridge over the river")


def test_comma_line_opening_the_text_block_is_the_heads_second_line(tmp_path):
    """A 1944 camp paper's "NOMINATIONS FOR" / "COUNCIL HELP TUES," flush over the story's first
    lines: the comma line is the head's, the story's first paragraph starts after it."""
    arts = _articles(tmp_path, "NEW BRIDGE FOR\nTHE COUNTY ROAD,\n" + _STORY)
    assert arts[0]["title"] == "NEW BRIDGE FOR THE COUNTY ROAD,"
    assert arts[0]["paragraphs"][0].startswith("The new bridge over the river")



_DECKS = (
    "OHIO VOLUNTEERS.\n"
    "\n"
    "History of This Regiment from\n"
    "Shiloh to the Sea.\n"
    "\n"
    "Companies Which Held the Ford\n"
    "Bridge—Led by Brave Captains, Gal-\n"
    "lantry and Courage Carried Them\n"
    "from Destruction on Hard-Fought\n"
    "Ground—Memorable Charges,\n"
    "\n"
)
_TEXT = (
    "The regiment known as the Ohio Volunteers,\n"
    "which had among its officers in the first year\n"
    "of the war such able soldiers as Grant and\n"
    "Sherman, ended its service in June, 1865, at\n"
    "Columbus, where the men were mustered out.\n"
    "\n"
    "The men took part in the march to the sea,\n"
    "though happily with little loss, so far as\n"
    "the records now show, save for one sergeant.\n"
)


def test_deck_going_on_to_a_comma_after_a_line_cut_mid_phrase_is_the_decks(tmp_path):
    """An 1898 deck "Organizations Which Did Gallant" over "Service—Led by …" / "Fields—Memorable
    Combats,": the deck's rest no paragraph, the story's first paragraph its own."""
    arts = _articles(tmp_path, _DECKS + _TEXT)
    assert arts[0]["subtitle"].endswith("Ground—Memorable Charges,")
    assert arts[0]["paragraphs"][0].startswith("The regiment known as the Ohio Volunteers")


def test_short_rule_read_as_one_dash_over_the_byline_keeps_the_story_whole(tmp_path):
    """"—" between a story's decks and its byline (a short rule): no story titled "—"."""
    arts = _articles(tmp_path, _DECKS.replace("Charges,", "Charges.") + "—\n\nBY JOHN BROWN,\nCo. D, 45th Ohio.\n\n" + _TEXT)
    assert len(arts) == 1
    assert arts[0]["title"] == "OHIO VOLUNTEERS."
    assert arts[0]["byline"]
