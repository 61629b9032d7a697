"""A report's place and date set alone on a line between the byline and the text ("CINCINNATI,
March 12.", "Marseille, 3 mai.") open the report's text: never a subhead, nor the deck under
the head. Pages written for the class (an American weekly's flood report; a French daily's
strike news), as plain text."""

from paperarchive.pipeline import clean_text


def _story(head: str, byline: str, dateline: str, text: str):
    (story,) = clean_text(f"{head}\n\n{byline}\n\n{dateline}\n\n{text}\n").articles
    return story


def test_a_dateline_under_a_writers_byline_is_the_reports_first_paragraph():
    story = _story(
        "FLOOD ON THE OHIO.",
        "By HENRY A. WALSH.",
        "CINCINNATI, March 12.",
        "The river rose four feet during the night, and the lower streets of the city are under water.\n\n"
        "Relief boats were sent to Newport at daylight.",
    )
    assert story.title == "FLOOD ON THE OHIO."
    assert story.headings == [] and story.subtitle is None
    assert story.paragraphs[0] == "CINCINNATI, March 12."


def test_a_dateline_under_the_papers_own_correspondent_is_no_deck():
    story = _story(
        "LA GRÈVE DES DOCKERS",
        "(De notre correspondant à Marseille.)",
        "Marseille, 3 mai.",
        "Les dockers ont refusé ce matin de reprendre le travail, et aucun navire n'a pu être déchargé.",
    )
    assert story.title == "LA GRÈVE DES DOCKERS"
    assert story.subtitle is None and story.headings == []
    assert story.paragraphs[0] == "Marseille, 3 mai."
