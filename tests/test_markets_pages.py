"""A markets page's story under its kicker and a head printed over two lines that names a listed
firm ("… Ltd") and a day, capitalised: the kicker, the head its title, the story no paid notice. A page written for the
convention, not copied from any gold page."""

import textwrap

from paperarchive.pipeline import clean_text

_TEXT = (
    "PORTSEA – Coastline Fisheries Ltd shares rose 0.12 on their first day of trading, to close at 1.46 after a busy morning.",
    "The company runs six boats out of the old harbour and a smokehouse on the quay, and sells most of its catch inland.",
    "Analyst Mary Dunn said the price reflected the firm's steady catch and its new cold store, but warned it was early days.",
)


def _page(kicker: str) -> str:
    return (
        "HARBOUR TIMES · Wednesday 3.06.2026 · Page 7\nBusiness · Editor: Ann Ray\n\n"
        f"{kicker}\nCoastline Fisheries Ltd\nup on Harbour Day\nBy: Peter Vale\n\n"
        + "\n\n".join(textwrap.fill(p, 32) for p in _TEXT)
        + "\n"
    )


def test_a_kicker_over_a_head_printed_over_two_lines_is_its_kicker():
    story = clean_text(_page("Markets")).articles[0]
    assert (story.kicker, story.title) == ("Markets", "Coastline Fisheries Ltd up on Harbour Day")


def test_a_head_naming_a_firm_over_its_byline_is_no_paid_notice():
    story = clean_text(_page("Market day")).articles[0]
    assert story.title is not None and story.title.endswith("Coastline Fisheries Ltd up on Harbour Day")
    assert story.paragraphs == list(_TEXT)
