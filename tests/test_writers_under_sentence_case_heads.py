"""A writer's line led by a "by" of two words that ends on a joining word ("Texto de",
"Servizio di"), flush under a head in sentence case that its names make look like Title Case,
is the story's byline, not the head's second line: no Title Case head ends on a word in lower
case. Pages written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

PORTUGUESE = """GAZETA DO INTERIOR  |  Sexta-feira, 4 de dezembro de 2026  |  Página 5

Prefeitura de Campinas amplia horário
Texto de Ana Souza

Os postos de saúde dos bairros Jardim
Aurélia e Vila Nova vão atender até as 22
horas a partir de segunda-feira, anunciou
a secretaria municipal de saúde.

A medida vale até o fim de fevereiro e
deve ser estendida a outros bairros se a
procura for grande, disse o secretário.

Feira de artesanato volta à praça

A tradicional feira de artesanato volta
à Praça Carlos Gomes neste domingo, com
sessenta expositores da região.
"""

ITALIAN = """LA VOCE DELLE VALLI  |  Venerdì 4 dicembre 2026  |  Pagina 7

Nuova piazza per Borgo San Dalmazzo inaugurata
Servizio di Marco Bellini

Sabato mattina il sindaco ha tagliato il
nastro della nuova piazza davanti alla
stazione, dopo due anni di lavori e una
spesa di quasi un milione di euro.

I negozi della zona resteranno aperti
fino a sera, con musica e castagne per
tutti i visitatori.

Chiude per lavori la strada del colle

Da lunedì la strada provinciale del colle
resterà chiusa per tre settimane.
"""


def test_a_two_word_by_ending_on_de_under_a_sentence_case_head():
    story = clean_text(PORTUGUESE).articles[0]
    assert (story.title, story.byline) == ("Prefeitura de Campinas amplia horário", "Texto de Ana Souza")


def test_a_two_word_by_ending_on_di_under_a_sentence_case_head():
    story = clean_text(ITALIAN).articles[0]
    assert (story.title, story.byline) == ("Nuova piazza per Borgo San Dalmazzo inaugurata", "Servizio di Marco Bellini")


def test_a_title_case_head_goes_on_over_its_second_line():
    page = ITALIAN.replace("Nuova piazza per Borgo San Dalmazzo inaugurata\nServizio di Marco Bellini", "Council Votes to Fund Work\nShort of Repair Backlog")
    story = clean_text(page).articles[0]
    assert story.byline is None
