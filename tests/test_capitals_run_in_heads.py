"""One-paragraph stories of an English paper of the 1820s, each opening on its head and deck in
capitals run into the text, each closed by a stop and a dash ("THE RING.—THE FIGHT AT
MOULSEY.—Of all the…"): the heads are the story's title, and the story is not a paragraph of the
report above it. A race's odds run in the same way ("DERBY.—5 to 2 agst…") are items of the
betting, and stay its paragraphs. Pages written for the class, in plain text."""

from paperarchive.pipeline import clean_text

_MEETING = (
    "NEWMARKET CRAVEN MEETING.\n\n"
    "    The course was in excellent order, and the attendance of\n"
    "the nobility and gentry was more numerous than for many years.\n"
    "    The Craven Stakes were won easily by Lord Jersey's colt,\n"
    "the favourite, who made all the running from the Ditch.\n"
)


def test_heads_in_capitals_run_into_a_story_title_it():
    page = _MEETING + (
        "\n    THE RING.—THE FIGHT AT MOULSEY.—Of all the meetings of the\n"
        "fancy within our memory, none drew a greater crowd than that\n"
        "of yesterday, when the two men met at an early hour upon the\n"
        "Hurst, and fought forty rounds before the West-countryman gave in.\n"
        "\n    THE THEATRES.—DRURY LANE.—Last night a new comedy, in three\n"
        "acts, was produced at this theatre, and was received throughout\n"
        "with the loudest applause by a crowded and fashionable house.\n"
    )
    meeting, fight, comedy = clean_text(page).articles
    assert len(meeting.paragraphs) == 2
    assert fight.title == "THE RING.—THE FIGHT AT MOULSEY."
    assert fight.paragraphs[0].startswith("Of all the meetings of the fancy")
    assert comedy.title == "THE THEATRES.—DRURY LANE."
    assert comedy.paragraphs[0].startswith("Last night a new comedy")


def test_a_races_odds_run_in_stay_the_bettings_items():
    page = _MEETING + (
        "    DERBY.—5 to 2 agst Comus—4 to 1 agst Lancer—7 to 1 agst\n"
        "Vesta—10 to 1 agst Corsair—20 to 1 agst the Sultan colt.\n"
        "    OAKS.—3 to 1 agst Rosalind—6 to 1 agst Nell—9 to 1 agst\n"
        "Miss Fanny—12 to 1 agst Brunette.\n"
    )
    (meeting,) = clean_text(page).articles
    assert [p[:6] for p in meeting.paragraphs[2:]] == ["DERBY.", "OAKS.—"]
