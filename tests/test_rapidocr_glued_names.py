"""RapidOCR's Latin reading drops the narrow space between words in a line of names: the
writer's name glued to the byline's word ("ByMarthaQuinlan", "ParÉlodieMarchand"), the paper's
name in its running foot ("VallmoPosten"). The spaces are put back in such lines, so the byline
reads as one and the foot names the paper; running text, where the engine glues lower-case
words too, is left as read. Pages written for the class (not copied from any gold page)."""

import json

import pytest

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


def story(head: str, byline: str, text: list[str]):
    lines = [("Monday, 4 May 2026", 90, 20, 400, 50), (head, 90, 100, 900, 160), (byline, 90, 190, 380, 222)]
    lines += [(line, 90 + (30 if k == 0 else 0), 240 + 40 * k, 700, 272 + 40 * k) for k, line in enumerate(text * 2)]
    return clean_blocks(read_blocks("page.json", paddle(lines)))


@pytest.mark.parametrize(
    ("head", "byline", "name", "text"),
    [
        ("Ferry Timetable Changes In May", "ByMarthaQuinlan", "Quinlan",
         ["The harbour board will run the", "ferry every forty minutes from", "the first of May, its chairman", "said at the meeting on Tuesday."]),
        ("La médiathèque agrandit sa salle de lecture", "ParÉlodieMarchand", "Marchand",
         ["Dès le mois prochain, la", "médiathèque de Saint-Aubin ouvrira", "ses portes le dimanche matin,", "a annoncé la maire mardi soir."]),
        ("Nuova piscina per la scuola media", "diTommasoRiva", "Riva",
         ["I lavori per la nuova piscina", "della scuola media inizieranno", "a marzo e dureranno un anno,", "ha detto il sindaco ieri sera."]),
    ],
)
def test_a_byline_glued_to_its_word_is_the_byline(head, byline, name, text):
    cleaned = story(head, byline, text)
    assert [a.title for a in cleaned.articles] == [head]
    assert name in (cleaned.articles[0].byline or "")
    assert not any(name in p for p in cleaned.articles[0].paragraphs)


def test_the_papers_name_glued_in_its_foot_is_the_masthead_not_a_kicker():
    text = ["The harbour board will run the", "ferry every forty minutes from", "the first of May, its chairman", "said at the meeting on Tuesday."]
    lines = [("Vallmo Posten", 600, 30, 1200, 100), ("Ferry Timetable Changes In May", 90, 160, 900, 220)]
    lines += [(line, 90 + (30 if k == 0 else 0), 250 + 40 * k, 700, 282 + 40 * k) for k, line in enumerate(text * 3)]
    lines += [("12|Sport|VallmoPosten", 90, 800, 500, 830)]
    cleaned = clean_blocks(read_blocks("page.json", paddle(lines)))
    assert [(a.kicker, a.title) for a in cleaned.articles] == [(None, "Ferry Timetable Changes In May")]
    assert "Vallmo Posten" in cleaned.furniture


def test_a_jump_line_glued_at_its_comma_and_page_is_furniture_not_the_next_head():
    text = ["The harbour board will run the", "ferry every forty minutes from", "the first of May, its chairman", "said at the meeting on Tuesday."]
    lines = [("Vallmo Posten", 600, 20, 1200, 90), ("Ferry Timetable Changes In May", 90, 120, 900, 180)]
    lines += [(line, 90 + (30 if k == 0 else 0), 190 + 40 * k, 700, 222 + 40 * k) for k, line in enumerate(text * 2)]
    lines += [("SeeFERRY,PageB4", 90, 530, 330, 570), ("Pier Lights Back On", 90, 610, 900, 670)]
    lines += [(line, 90 + (30 if k == 0 else 0), 700 + 40 * k, 700, 732 + 40 * k) for k, line in enumerate(text)]
    cleaned = clean_blocks(read_blocks("page.json", paddle(lines)))
    assert [a.title for a in cleaned.articles] == ["Ferry Timetable Changes In May", "Pier Lights Back On"]
    assert cleaned.articles[0].continues == "B4"
