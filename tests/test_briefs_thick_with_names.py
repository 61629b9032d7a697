"""A brief's one sentence thick with names (a feast, a parish, a town, a day) and closed by a
full stop is its text, not an old-style headline ending in a full stop: some of its long words
stand in lower case, where every long word of such a headline is capitalised. A page written for
the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "O ECO DA RIBEIRA   Quinta-feira, 3 de dezembro de 2026   7\n\n"
    "Câmara aprova orçamento para o próximo ano\n\n"
    "A Câmara Municipal aprovou na segunda-feira o\norçamento para 2027, com os votos contra da\n"
    "oposição, que pedia mais verba para as estradas\ne menos para as festas do concelho.\n\n"
    "O presidente da Câmara disse que as obras na\nestrada da serra começam em março e que o\n"
    "concurso para a escola nova abre em abril, se\no tribunal de contas der o seu visto a tempo.\n\n"
    "NOTAS BREVES\n"
    "Missa do Galo na Matriz\n\n"
    "Celebra-se a missa do Galo na Matriz de São\nRoque de Vila Franca, com o Padre Anselmo\nQuiroga, no Domingo 24, depois das Vésperas.\n\n"
    "Mercado de Natal no Rossio\n\n"
    "O mercado de Natal abre no sábado no Rossio,\ncom produtores de toda a região.\n"
)


def test_the_sentence_thick_with_names_is_the_briefs_text():
    page = clean_text(PAGE)
    brief = next(a for a in page.articles if a.title == "Missa do Galo na Matriz")
    assert brief.paragraphs == ["Celebra-se a missa do Galo na Matriz de São Roque de Vila Franca, com o Padre Anselmo Quiroga, no Domingo 24, depois das Vésperas."]
    assert brief.subtitle is None


def test_the_next_brief_keeps_its_head():
    titles = [a.title for a in clean_text(PAGE).articles]
    assert titles[-1] == "Mercado de Natal no Rossio"

