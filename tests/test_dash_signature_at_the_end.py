"""A piece signed at its end on a line of its own that opens with a dash ("– Inês Tavares"), set
apart under its last sentence, is signed: the line (its name) is its byline, not its last paragraph. A page
written for the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "O ECO DA SERRA\n"
    "Semanário do Alto Minho • 6 de março de 2027 • Página 5 • 0,80 €\n\n"
    "ESCOLA\n"
    "Alunos plantam trezentas árvores na serra\n"
    "Texto: Rui Barbosa\n\n"
    "Os alunos da escola básica de Arcos plantaram\n"
    "trezentos carvalhos no baldio da freguesia, numa\n"
    "manhã de chuva miúda e muita lama.\n\n"
    "«Daqui a vinte anos voltamos para ver a mata»,\n"
    "disse uma das professoras à saída.\n\n"
    "Biblioteca abre ao sábado\n\n"
    "A biblioteca municipal passa a abrir ao sábado\n"
    "de manhã, das 9 às 13 horas, a partir de abril.\n"
    "Os leitores pediram-no há muito tempo.\n\n"
    "– Inês Tavares\n\n"
    "AGENDA\n"
    "Feira do fumeiro\n\n"
    "A feira do fumeiro volta ao largo da igreja no\n"
    "próximo domingo, com vinte produtores.\n\n"
    "O Eco da Serra, Rua Direita 10, Arcos • redacao@ecodaserra.example.pt\n"
)


def test_the_dashed_name_under_the_last_sentence_signs_the_piece():
    piece = next(a for a in clean_text(PAGE).articles if a.title == "Biblioteca abre ao sábado")
    assert piece.byline == "Inês Tavares"  # (the dash is markup, as holdout46's gold reads it first)
    assert piece.paragraphs[-1].endswith("há muito tempo.")
