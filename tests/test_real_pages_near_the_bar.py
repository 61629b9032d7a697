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
