"""A correspondent's letter dated by its place and the day of the week alone, on a line between
the paper's credit and the text ("ROME, Thursday night.", "Budapeſt, Dienstag abend."), as
British and Continental papers dated their own men's letters: the letter's first words, never a
subhead or the deck under the head. Pages written for the class (a London weekly's and a Vienna
daily's foreign letters), as plain text."""

from paperarchive.pipeline import clean_text


def _story(head: str, credit: str, dateline: str, text: str):
    (story,) = clean_text(f"{head}\n\n{credit}\n\n{dateline}\n\n{text}\n").articles
    return story


def test_a_place_and_weekday_under_the_correspondents_credit_opens_the_letter():
    story = _story(
        "THE PAPAL CONSISTORY.",
        "(From Our Own Correspondent.)",
        "ROME, Thursday night.",
        "The Consistory was held this morning in the Hall of the Throne, and four new Cardinals received the hat.",
    )
    assert story.title == "THE PAPAL CONSISTORY."
    assert story.subtitle is None and story.headings == []
    assert story.paragraphs[0] == "ROME, Thursday night."


def test_a_place_and_weekday_under_a_writers_byline_is_no_subhead():
    story = _story(
        "DIE KRISE IN UNGARN",
        "Von unſerem Korreſpondenten.",
        "Budapeſt, Dienstag abend.",
        "Das Kabinett hat heute dem König ſeine Entlaſſung angeboten, nachdem das Abgeordnetenhaus das Budget abgelehnt hatte.",
    )
    assert story.title == "DIE KRISE IN UNGARN"
    assert story.headings == [] and story.subtitle is None
    assert story.paragraphs[0] == "Budapeſt, Dienstag abend."
