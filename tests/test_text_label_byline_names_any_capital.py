"""A byline labelled with the language's word for the text (and the photos), "Text a foto:", over
a writer whose name opens on a capital beyond Latin-1 (Š, Ž, Ł, Č): the line is the byline, not
part of the title's deck. A page written for the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "ZVOLENSKÉ NOVINY\n"
    "Týždenník Podpoľania • 3. marca 2027 • strana 4 • 0,90 €\n\n"
    "ŠPORT\n"
    "Hokejisti vyhrali derby pred plným štadiónom\n"
    "Domáci zdolali súpera až v predĺžení\n"
    "Text a foto: Štefan Ďurica\n\n"
    "Zvolenskí hokejisti v sobotu zdolali susedov\n"
    "z Banskej Bystrice 3:2 po predĺžení. Víťazný\n"
    "gól strelil v 63. minúte mladý útočník.\n\n"
    "„Takú atmosféru sme tu dlho nezažili,“ povedal\n"
    "tréner po zápase. Na štadióne bolo vypredané.\n"
)


def test_the_labelled_line_is_the_byline_and_the_deck_stays_apart():
    article = clean_text(PAGE).articles[0]
    assert article.byline == "Text a foto: Štefan Ďurica"
    assert article.title == "Hokejisti vyhrali derby pred plným štadiónom"
    assert article.subtitle == "Domáci zdolali súpera až v predĺžení"
