"""A page's section label in sentence case under its running head, a police log's head over its
dated entries, a sentence's opening clauses cut from the rest by a caption, a photo credit in
Acholi and a Mac Roman page's punctuation: pages written for these rules after holdout70's first
run (not copied from it); each test fails without its rule."""

from paperarchive.classify import PHOTO_CREDIT
from paperarchive.decode import decode
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.rules.columns import _no_head

PAGE = (
    "THE LAKE HERALD • 14 October 2027 • Page 6\n"
    "Life in Town\n\n"
    "From the station desk\n\n"
    "14 October, 21:40: Two men were held after a shop on Mill\n"
    "Road was broken into. They are in custody.\n\n"
    "15 October, 06:15: A car hit a cyclist on the bypass near the\n"
    "school. No one was badly hurt.\n\n"
    "16 October, 14:00: A purse was taken from a stall at the\n"
    "market. Officers are looking for a woman in a red coat.\n\n"
    "17 October, 19:30: A fight broke out at a bar on Quay Street\n"
    "and was stopped by officers before anyone was injured.\n\n"
    "Council to light the river path\n"
    "By Ann Okello\n\n"
    "The council will put lights along the river path before the\n"
    "winter, after walkers asked for them at three meetings. The\n"
    "path runs for two miles from the old mill to the boat club,\n"
    "and most of it has no light at all after five in the evening.\n"
    "Walkers say they have turned back on dark nights for years.\n\n"
    "The engineer, Tom Ayo, and the mayor, Ruth Ocen, both\n\n"
    "The river path at dusk.\n"
    "Cal: Grace Akello\n\n"
    "agreed the work would be done by the end of November.\n"
)


def test_a_sentence_case_label_under_the_running_head_is_furniture_and_the_log_keeps_its_head():
    page = clean_text(PAGE)
    assert "Life in Town" in page.furniture
    log = page.articles[0]
    assert log.title == "From the station desk" and [p[:3] for p in log.paragraphs] == ["14 ", "15 ", "16 ", "17 "]


def test_clauses_cut_by_a_caption_are_no_head():
    left = Block(("Ladit lupolis, Ocen Patrick, owaco ni",), 29, gap=1, kind=Kind.SHORT)
    right = Block(("gibiketo lupolis i yo madito dyewor.",), 34, gap=1, kind=Kind.BODY)
    assert _no_head(left, left.text, right)


def test_cal_credits_a_picture_only_before_its_colon():
    assert PHOTO_CREDIT.match("Cal: Grace Akello") and not PHOTO_CREDIT.match("Cal Thomas")


def test_mac_roman_quotes_and_bullets_are_not_read_as_cp1252_capitals():
    data = "LOK MA NYEN • Pot 5\r“Wamito ni lwak gukony wa ki lok,” en owaco.\r".encode("mac-roman")
    assert decode(data).text.startswith("LOK MA NYEN • Pot 5")
