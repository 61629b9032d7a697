"""An explainer's turns on a Latin page read as heads: a question on its letter ("P: …?"), set
apart by blank lines, read as a sentence-case head; turns on their label words ("Question: …" /
"Answer: …") under the explainer's head read as briefs, each label a headline. Pages written
for the conventions."""

from paperarchive.pipeline import clean_text

_LETTERS_PAGE = (
    "Nova ponte sobre o rio\n"
    "Por Ana Pires\n"
    "\n"
    "A comunidade inaugurou no sábado uma ponte\n"
    "suspensa sobre o rio, que as crianças\n"
    "atravessam todas as manhãs a caminho da\n"
    "escola.\n"
    "\n"
    "A ponte mede quarenta metros e foi feita\n"
    "pelos moradores em três meses.\n"
    "\n"
    "Perguntas\n"
    "P: Quanto peso aguenta a ponte nova?\n"
    "\n"
    "R: Até vinte pessoas de cada vez, dizem\n"
    "os técnicos da câmara municipal.\n"
    "\n"
    "P: Quem vai cuidar da ponte?\n"
    "\n"
    "R: Uma comissão de pais vai revê-la todos\n"
    "os meses.\n"
)


def test_questions_on_their_letters_are_the_explainers_paragraphs():
    qa = clean_text(_LETTERS_PAGE).articles[-1]
    assert qa.title == "Perguntas"
    assert qa.paragraphs == [
        "P: Quanto peso aguenta a ponte nova?",
        "R: Até vinte pessoas de cada vez, dizem os técnicos da câmara municipal.",
        "P: Quem vai cuidar da ponte?",
        "R: Uma comissão de pais vai revê-la todos os meses.",
    ]


_LABEL_WORDS_PAGE = (
    "Harbour light back on\n"
    "\n"
    "   The harbour light on the north pier\n"
    "shines again after the council replaced\n"
    "its lamp with a solar one last week.\n"
    "   Fishers say they can see it from the\n"
    "reef on a clear night.\n"
    "\n"
    "Your questions\n"
    "   Question: How long does the battery\n"
    "last?\n"
    "   Answer: Three nights without any sun,\n"
    "the council says.\n"
    "   Question: Who looks after the lamp?\n"
    "   Answer: The harbour master checks it\n"
    "every month.\n"
)


def test_label_words_that_come_back_are_turns_not_briefs():
    articles = clean_text(_LABEL_WORDS_PAGE).articles
    assert [a.title for a in articles] == ["Harbour light back on", "Your questions"]
    assert articles[-1].paragraphs == [
        "Question: How long does the battery last?",
        "Answer: Three nights without any sun, the council says.",
        "Question: Who looks after the lamp?",
        "Answer: The harbour master checks it every month.",
    ]
