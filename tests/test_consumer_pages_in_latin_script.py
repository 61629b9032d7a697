"""Motoring and consumer pages of dailies in Latin script, plain text, hard-wrapped: a story whose
sentence a photo's caption and credit cut at a comma, its rest opening on a name, then a briefs
column's label glued under the story's last line over headed items, the first head flush under
the label; a driving-test Q&A under its column's label, the head a question wrapped on two lines,
the examiner's line (a label, the post, the name) between the reader's question and the answer.
Pages written for the classes (a Krio roads page, a Dutch driving-licence column), not copied
from any gold page."""

from paperarchive.pipeline import clean_text

KRIO = """AWOKO NYUZ · Wɛnzdɛ, 10 Mɛ 2028 · Pej 5
Rod ɛn Motoka · Ɛditɔ: Aminata Conteh

Okada rayda dɛn fɔ wɛr ɛlmɛt
na Makɛni
Rayt bay Ibrahim Sesay

MAKƐNI – Frɔm tide, ɔl di okada rayda
dɛn na Makɛni fɔ wɛr ɛlmɛt, ɛn di
pasenja sɛf fɔ wɛr wan.

Rayda we nɔ wɛr ɛlmɛt go lɔs in bayk
fɔ tu wik. Di ɔfisa we de kia fɔ di
rod sef na Makɛni,

Okada rayda dɛn de wet na di jɔnkshɔn.
Foto: Mohamed Kallon

Abdul Koroma, se di wok go go te
Disɛmba.

“Bɔku pipul dɔn wund dɛn ed pan dis
rod. Wi nɔ want mɔ bɔt dɛn kayn
tin na dis

Awoko Nyuz · Rod ɛn Motoka

distrik,” i se.
Shɔt Nyuz
Nyu bɔs stɛshɔn dɔn opin

Di nyu bɔs stɛshɔn na di Lunsar rod dɔn
opin. Di ol wan go bi makit.

Tɛks fɔ motoka go ap

Di ministri se di tɛks fɔ smɔl motoka
go ap frɔm Julay.

Nyu layt dɛn na di brij

Di kansul dɔn put fɔti nyu layt na di
brij we de go Magburaka, so pipul go
waka na nɛt.

Awoko Nyuz · nyuz@awoko.example.sl
"""


def test_a_sentence_cut_at_a_comma_by_a_photo_goes_on_under_its_caption():
    """The text above the photo stops on a comma, so the short block under the caption and credit
    finishes its sentence, though a name opens it. Before: that block a heading of the story."""
    story = clean_text(KRIO).articles[0]
    assert story.headings == []
    assert story.paragraphs[1] == (
        "Rayda we nɔ wɛr ɛlmɛt go lɔs in bayk fɔ tu wik. Di ɔfisa we de kia fɔ di rod sef na Makɛni, "
        "Abdul Koroma, se di wok go go te Disɛmba."
    )
    assert [c.text for c in story.captions] == ["Okada rayda dɛn de wet na di jɔnkshɔn."]


def test_a_briefs_label_glued_under_the_story_heads_three_items():
    """The column's label, glued under the story's last line (its tail under a running head), and
    the first item's head flush under it are a head group: each item is a story titled by its
    head. Before: one story titled by the label, the first head read into its text and the
    others its headings."""
    articles = clean_text(KRIO).articles
    assert [a.title for a in articles[1:]] == ["Nyu bɔs stɛshɔn dɔn opin", "Tɛks fɔ motoka go ap", "Nyu layt dɛn na di brij"]
    assert "Shɔt Nyuz" in (articles[1].section, articles[1].kicker)
    assert articles[1].paragraphs == ["Di nyu bɔs stɛshɔn na di Lunsar rod dɔn opin. Di ol wan go bi makit."]
    assert all(not a.headings for a in articles)


DUTCH = """DE WESTKUST | Dinsdag 14 maart 2028 | Pagina 11
Auto en verkeer | Redactie: Els Vermeulen

Vragen over rijexamens
Hoe vaak mag mijn zoon het examen
opnieuw doen?

Vraag: Mijn zoon is twee keer gezakt
voor het praktijkexamen. Hoe vaak mag
hij het nog proberen? Moet hij opnieuw
beginnen met de theorie? (Marc D., Ieper)

Antwoordt: examinator Hilde Claeys

Antwoord: Met een voorlopig rijbewijs
mag hij het examen zo vaak afleggen als
nodig, zolang dat rijbewijs geldig is.

Bij het examen let de examinator vooral
op het inhalen, de spiegels en het
parkeren.

De Westkust | lezers@westkust.example.be
"""


def test_a_question_flush_under_the_columns_label_is_the_head():
    """The label and the two-line question flush under it, the reader's question a blank line
    below: the question is the head, the label its kicker or section. Before: the label the title
    and the question a paragraph."""
    qa = clean_text(DUTCH).articles[0]
    assert qa.title == "Hoe vaak mag mijn zoon het examen opnieuw doen?"
    assert "Vragen over rijexamens" in (qa.section, qa.kicker)


def test_the_examiners_line_between_question_and_answer_is_the_byline():
    """A labelled line naming the examiner's post and name between the question and the answer,
    each opened by its own label word, is the column's byline; the question stays its first
    paragraph, not a deck. Before: the line a heading (or the question the subtitle)."""
    qa = clean_text(DUTCH).articles[0]
    assert qa.byline == "Antwoordt: examinator Hilde Claeys"
    assert qa.headings == []
    assert qa.subtitle is None
    assert qa.paragraphs[0].startswith("Vraag: Mijn zoon is twee keer gezakt")
    assert qa.paragraphs[1].startswith("Antwoord: Met een voorlopig rijbewijs")
