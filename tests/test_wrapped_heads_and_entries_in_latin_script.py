"""Latin-script pages whose heads, lists and reading boxes are laid out by sense, not by the column:
a first head wrapped over two lines above a labelled writer's line, a numbered list of one-line rows
closed by a labelled field, a reading box's entries set with a hanging indent under a head glued to
the story's carried last words, and a desk line whose post word is hyphenated. Short pages written
for these rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

_LEAD = (
    "\n"
    "MOMBASA – Mvua kubwa ilinyesha usiku\n"
    "kucha na kufunga barabara tatu za\n"
    "mji, na wakazi wa mitaa ya chini\n"
    "walihamia shule ya msingi ya Majengo.\n"
    "\n"
    "Afisa wa kaunti, Bi Halima Said,\n"
    "alisema maji yatapungua kesho na\n"
    "barabara zitafunguliwa tena mchana.\n"
)


def _page(head: str, writer: str = "Mwandishi: Juma Bakari") -> str:
    return "SAUTI YA PWANI · Jumanne 4 Machi 2031 · Ukurasa 5\nHabari · Mhariri: Amina Omar\n\n" + head + writer + "\n" + _LEAD


def test_a_first_head_wrapped_over_a_capital_is_one_title_over_its_labelled_writer():
    # the second line opens on a place's name, its first word short enough to have fit on the line
    # above: before, the head's title and its subtitle
    article = clean_text(_page("Wezi wa pikipiki wazidi, watu\nLikoni waanza doria tena\n")).articles[0]
    assert (article.title, article.subtitle) == ("Wezi wa pikipiki wazidi, watu Likoni waanza doria tena", None)
    assert article.byline == "Mwandishi: Juma Bakari"


def test_a_first_head_wrapped_over_a_figure_is_one_title():
    # the second line opens on a figure: before, the first line was the kicker
    article = clean_text(_page("Mvua yafunga njia\n3 za mji wa Mombasa\n")).articles[0]
    assert (article.kicker, article.title) == (None, "Mvua yafunga njia 3 za mji wa Mombasa")


# A page of indented paragraphs, the lead flush under the writer's line with no blank line.
_INDENTED_LEAD = (
    "   MOMBASA – Wizi wa pikipiki mjini\n"
    "umepungua mwaka huu. Polisi wanasema\n"
    "pikipiki 120 ziliibwa mwaka jana, na\n"
    "mwaka huu ni 95 tu hadi sasa.\n"
    "   Msemaji wa polisi, Bw Ali Musa, ali-\n"
    "sema doria za usiku zimeongezwa na\n"
    "kamera zimewekwa sokoni na shuleni.\n"
)


def test_a_first_head_wrapped_near_the_column_is_no_paragraph():
    # the first line so wide the next word would not fit, over indented paragraphs: before, an
    # untitled paragraph, the writer's line the title
    page = "SAUTI YA PWANI · Jumanne 4 Machi 2031 · Ukurasa 5\nHabari · Mhariri: Amina Omar\n\n"
    page += "Wizi wa pikipiki wapungua, polisi\nwasifu doria za usiku\nKalamu: Juma Bakari\n" + _INDENTED_LEAD
    article = clean_text(page).articles[0]
    assert article.title == "Wizi wa pikipiki wapungua, polisi wasifu doria za usiku"
    assert article.byline == "Kalamu: Juma Bakari"
    assert article.paragraphs[0].startswith("MOMBASA – ")


_SENTENCES_BOX = (
    "\n"
    "Hukumu za mahakama\n"
    "\n"
    "1. Ali Hamisi, Likoni – miaka 3 jela\n"
    "2. Said Omari, Kisauni – miaka 2\n"
    "3. Musa Juma, Likoni – miaka 2 jela\n"
    "Faini ya kila mmoja: KSh 80,000\n"
    "\n"
    "Sauti ya Pwani · habari@sautiyapwani.example.ke\n"
)


def test_a_field_under_a_numbered_lists_last_row_is_a_row_of_its_own():
    articles = clean_text(_page("Mvua yafunga barabara za mji\n") + _SENTENCES_BOX).articles
    box = articles[-1]
    assert box.title == "Hukumu za mahakama"
    assert box.paragraphs == [
        "1. Ali Hamisi, Likoni – miaka 3 jela",
        "2. Said Omari, Kisauni – miaka 2",
        "3. Musa Juma, Likoni – miaka 2 jela",
        "Faini ya kila mmoja: KSh 80,000",
    ]


_READING_PAGE = (
    "O JORNAL DO VALE · Quinta, 8 de maio de 2031 · Página 4\n"
    "Cultura · Editora: Rita Sousa\n"
    "\n"
    "Biblioteca da vila reabre com sala\n"
    "nova para crianças e jovens\n"
    "Por Tiago Martins\n"
    "\n"
    "VILA REAL – A biblioteca municipal\n"
    "reabriu ontem depois de seis meses\n"
    "de obras, com uma sala nova para os\n"
    "leitores mais novos da vila.\n"
    "\n"
    "A diretora, Ana Lopes, disse que a\n"
    "sala vai ter sessões de leitura todas\n"
    "as semanas: «Queremos que venham\n"
    "\n"
    "O Jornal do Vale · Cultura\n"
    "\n"
    "cá todos os dias».\n"
    "Para ler mais\n"
    "\n"
    "Lopes, A.: Livros da nossa terra\n"
    "   e das serras. Vila Real, 2029.\n"
    "Sousa, R. M.: Contos do rio para\n"
    "   crianças. Porto, 2027.\n"
    "Martins, T.: As feiras do vale e\n"
    "   os seus ofícios. Braga, 2030.\n"
    "\n"
    "O Jornal do Vale · cultura@jornaldovale.example.pt\n"
)


def test_a_reading_lists_hanging_indent_entries_are_one_paragraph_each_under_the_glued_head():
    articles = clean_text(_READING_PAGE).articles
    assert [a.title for a in articles] == ["Biblioteca da vila reabre com sala nova para crianças e jovens", "Para ler mais"]
    assert articles[0].paragraphs[-1].endswith("«Queremos que venham cá todos os dias».")
    assert articles[1].paragraphs == [
        "Lopes, A.: Livros da nossa terra e das serras. Vila Real, 2029.",
        "Sousa, R. M.: Contos do rio para crianças. Porto, 2027.",
        "Martins, T.: As feiras do vale e os seus ofícios. Braga, 2030.",
    ]


def test_a_desk_line_whose_post_word_is_hyphenated_is_furniture():
    page = _page("Mvua yafunga barabara za mji\n").replace("Habari · Mhariri: Amina Omar", "Habari – Mhariri-mkuu: Amina Omar")
    cleaned = clean_text(page)
    assert "Habari – Mhariri-mkuu: Amina Omar" in cleaned.furniture
    assert cleaned.articles[0].title == "Mvua yafunga barabara za mji"
