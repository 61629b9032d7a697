"""A report's place and date set alone on a line between the byline and the text ("CINCINNATI,
March 12.", "Marseille, 3 mai."), or its place and the day of the week as British and Continental
papers dated their own men's letters ("ROME, Thursday night.", "Budapeſt, Dienstag abend."), open
the report's text: never a subhead, nor the deck under the head. Pages written for the class (an
American weekly's flood report, a French daily's strike news, a London weekly's and a Vienna
daily's foreign letters), as plain text."""

import pytest

from paperarchive.pipeline import clean_text

_REPORTS = {
    "a writer's byline over the place and date": (
        "FLOOD ON THE OHIO.",
        "By HENRY A. WALSH.",
        "CINCINNATI, March 12.",
        "The river rose four feet during the night, and the lower streets of the city are under water.\n\n"
        "Relief boats were sent to Newport at daylight.",
    ),
    "the paper's own correspondent over the place and date": (
        "LA GRÈVE DES DOCKERS",
        "(De notre correspondant à Marseille.)",
        "Marseille, 3 mai.",
        "Les dockers ont refusé ce matin de reprendre le travail, et aucun navire n'a pu être déchargé.",
    ),
    "the correspondent's credit over the place and weekday": (
        "THE PAPAL CONSISTORY.",
        "(From Our Own Correspondent.)",
        "ROME, Thursday night.",
        "The Consistory was held this morning in the Hall of the Throne, and four new Cardinals received the hat.",
    ),
    "the own man's line over the place and weekday": (
        "DIE KRISE IN UNGARN",
        "Von unſerem Korreſpondenten.",
        "Budapeſt, Dienstag abend.",
        "Das Kabinett hat heute dem König ſeine Entlaſſung angeboten, nachdem das Abgeordnetenhaus das Budget abgelehnt hatte.",
    ),
}


@pytest.mark.parametrize(("head", "byline", "dateline", "text"), list(_REPORTS.values()), ids=list(_REPORTS))
def test_the_dateline_under_the_byline_is_the_reports_first_paragraph(head, byline, dateline, text):
    (story,) = clean_text(f"{head}\n\n{byline}\n\n{dateline}\n\n{text}\n").articles
    assert story.title == head
    assert story.subtitle is None and story.headings == []
    assert story.paragraphs[0] == dateline
