"""A briefs column whose items each open on a box, bullet or star mark and a run-in head closed by
a colon ("■ Ferry times: …", "* Road works: …"): each item a brief under its head, the column's
label their section, also where the label is glued under a picture's credit; a brief's text
parted from its head's line by the grouping runs on under it. Pages written for the rules
(English words, an invented paper and people), not copied from any gold page."""

from paperarchive.classify import _run_in_brief_heads
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text

_STORY = (
    "Harbour wall mended\n"
    "\n"
    "The harbour wall was mended last week after\n"
    "the winter storms broke two of its stones.\n"
    "\n"
)

_STARRED = _STORY + (
    "In brief\n"
    "    * Ferry times: The first ferry leaves at\n"
    "seven on weekdays from the north quay.\n"
    "\n"
    "    * Market day: Stalls open on the green on\n"
    "Saturday morning from eight.\n"
)

_UNDER_A_CREDIT = _STORY + (
    "Boats at dawn\n"
    "Photo: Mary Bell\n"
    "In brief\n"
    "■ Ferry times: The first ferry leaves at\n"
    "seven on weekdays from the north quay.\n"
    "\n"
    "■ Market day: Stalls open on the green on\n"
    "Saturday morning from eight.\n"
)


def _briefs(text: str) -> list[tuple[str, str]]:
    return [(a.title, a.paragraphs[0]) for a in clean_text(text).articles if a.title in ("Ferry times", "Market day")]


def test_starred_run_in_heads_under_a_label_are_briefs():
    assert _briefs(_STARRED) == [
        ("Ferry times", "The first ferry leaves at seven on weekdays from the north quay."),
        ("Market day", "Stalls open on the green on Saturday morning from eight."),
    ]


def test_a_label_glued_under_a_pictures_credit_heads_boxed_briefs():
    assert _briefs(_UNDER_A_CREDIT) == [
        ("Ferry times", "The first ferry leaves at seven on weekdays from the north quay."),
        ("Market day", "Stalls open on the green on Saturday morning from eight."),
    ]


def test_a_briefs_text_parted_from_its_heads_line_runs_on():
    b = lambda gap, kind, text: Block((text,), 1, gap=gap, kind=kind)  # noqa: E731
    column = (
        b(1, Kind.SHORT, "In brief"), b(0, Kind.BODY, "■ Ferry times: The first ferry leaves"), b(0, Kind.SHORT, "at seven on weekdays."),
        b(1, Kind.BODY, "■ Market day: Stalls open on Saturday."),
    )
    assert [(x.kind, x.text) for x in _run_in_brief_heads(column)][1:4] == [
        (Kind.HEADLINE, "Ferry times"), (Kind.BODY, "The first ferry leaves\nat seven on weekdays."), (Kind.HEADLINE, "Market day"),
    ]
