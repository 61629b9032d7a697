"""A caption and its credit, the credit's label a word the cleaner does not know, set between
two halves of a sentence whose second half opens on a capitalised name (a club's, a town's):
the caption is lifted with its credit and the sentence reads on across it. A page written for
the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "ALS NIJVER NIEUWS   Woansdei 9 desimber 2026   5\n\n"
    "Reddingsboat krijt nije motor\n\n"
    "De reddingsboat fan it stasjon yn Holwert hat\nnei tweintich jier in nije motor krigen. De\n"
    "kosten waarden betelle troch de stichting en\n\n"
    "Bemanningsleden by de nije boat yn de haven.\n"
    "Ofbylding: Sjoerd Hoekstra\n\n"
    "Vrienden van de KNRM, dy't in jier lang jild\nynsammele op merken en feesten.\n\n"
    "De earste oefening mei de nije motor is op\nsneon om tsien oere yn de haven.\n"
)


def test_the_caption_between_the_halves_is_lifted_with_its_credit():
    article = clean_text(PAGE).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("Bemanningsleden by de nije boat yn de haven.", "Ofbylding: Sjoerd Hoekstra")]


def test_the_sentence_reads_on_across_the_caption():
    paragraphs = clean_text(PAGE).articles[0].paragraphs
    assert paragraphs[0].endswith("troch de stichting en Vrienden van de KNRM, dy't in jier lang jild ynsammele op merken en feesten.")
    assert not any("Ofbylding" in p or "Bemanningsleden" in p for p in paragraphs)


def test_a_credit_on_a_word_for_by_and_a_name_is_lifted_with_its_caption():
    """The credit may be a language's short word for "by" and the name, no colon, no word for
    photo (`classify._by_word_and_a_name`): "Fa Sjoerd Hoekstra" under the caption."""
    page = PAGE.replace("Ofbylding: Sjoerd Hoekstra", "Fa Sjoerd Hoekstra").replace("Vrienden van de KNRM, dy't", "fan de freonen, dy't")
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("Bemanningsleden by de nije boat yn de haven.", "Fa Sjoerd Hoekstra")]
    assert not any("Hoekstra" in p for p in article.paragraphs)
