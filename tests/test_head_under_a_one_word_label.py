"""A head in sentence case set straight under a column's label of one capitalised word ("Listy",
"Leserbriefe") is the head of the label's first piece, not a line of text run into the letter
under it; the letter's signature set apart under it, a name and the word for "from" before a
place ("Eva z Lipové"), is its byline. A page written for the class (not copied from any gold page)."""

from pages_of_our_own import FOOTBRIDGE_STORY

from paperarchive.pipeline import clean_text

PAGE = (
    "HLAS ÚDOLÍ\n"
    "Týdeník pro Horní Pomoraví • 5. února 2027 • strana 2 • 15 Kč\n\n"
    "OBEC\n"
    "Nová lávka přes řeku je hotová\n"
    + FOOTBRIDGE_STORY
    + "Listy\n"
    "Děkujeme za nové hřiště u školy\n\n"
    "Naše děti si nové hřiště moc oblíbily a chodí\n"
    "tam každý den po škole. Děkujeme obci i všem,\n"
    "kdo pomáhali při stavbě.\n\n"
    "Eva z Lipové\n\n"
    "ZPRÁVY\n"
    "Knihovna bude v pátek zavřená\n\n"
    "Obecní knihovna bude v pátek zavřená kvůli\n"
    "inventuře. Knihy lze vrátit do schránky.\n\n"
    "Hlas údolí, Náměstí 3, Bohdíkov • redakce@hlas.example.cz\n"
)


def test_the_line_under_the_label_is_the_letters_head():
    letter = clean_text(PAGE).articles[-2]
    assert letter.title == "Děkujeme za nové hřiště u školy"
    assert "Listy" in (letter.kicker, letter.section)
    assert letter.paragraphs[0].startswith("Naše děti si nové hřiště")


def test_the_signature_set_apart_under_the_letter_is_its_byline():
    letter, news = clean_text(PAGE).articles[-2:]
    assert letter.byline == "Eva z Lipové"
    assert (news.kicker or news.section, news.title) == ("ZPRÁVY", "Knihovna bude v pátek zavřená")
