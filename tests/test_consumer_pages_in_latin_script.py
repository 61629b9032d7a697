"""Motoring and consumer pages of dailies in Latin script, plain text, hard-wrapped: a story whose
sentence a photo's caption and credit cut at a comma, its rest opening on a name, then a briefs
column's label glued under the story's last line over headed items, the first head flush under
the label; a driving-test Q&A under its column's label, the head a question wrapped on two lines,
the examiner's line (a label, the post, the name) between the reader's question and the answer.
Pages written for the classes (a Krio roads page, a Dutch driving-licence column), not copied
from any gold page.

Then (holdout110's consumer, retail and markets pages): a byline whose label word holds a raised
dot (Garo's raka) and whose name has a middle initial, a prices box after a blank line whose sums
carry a unit of two letters and whose header row names its columns in words, and a Q&A column whose
lawyer signs at the answer's foot, name then firm. Pages written for the cases (a Garo market page,
a Kenyan Swahili shop's offers, a Haitian Creole lawyer's column)."""

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


RAKA_BYLINE_PAGE = (
    "RONGSAL KHOBOR · Mongolbar, 4 March 2031 · Page 3\n"
    "Bajal · Editor: Rimpu N. Sangma\n"
    "\n"
    "Williamnagar bajalo mi·ni dam\n"
    "ka·sakaha\n"
    "Sea·gipa: Balsrang Ch. Marak\n"
    "\n"
    "WILLIAMNAGAR – Williamnagar bajalo\n"
    "mi·ni dam Sombaro ka·sakaha. Bajal\n"
    "gipa manderang uko nama·ja ine agana.\n"
    "\n"
    "Dokandar Pilseng A. Momin agana: “Chinga\n"
    "dam ka·sakgen.”\n"
    "\n"
    "Rongsal Khobor · khobor@rongsal.example.in\n"
)


def test_a_byline_labelled_by_a_word_with_a_raised_dot_under_its_head():
    story = clean_text(RAKA_BYLINE_PAGE).articles[0]
    assert story.title == "Williamnagar bajalo mi·ni dam ka·sakaha"
    assert story.byline is not None and "Balsrang Ch. Marak" in story.byline
    assert story.paragraphs[0].startswith("WILLIAMNAGAR – ")


PRICES_BOX_PAGE = (
    "SAUTI YA MJI · Jumatano, 9 Aprili 2031 · Ukurasa 5\n"
    "Biashara · Mhariri: Neema Otieno\n"
    "\n"
    "Duka jipya la jumla lafunguliwa\n"
    "Kisumu\n"
    "Na Achieng Ouma\n"
    "\n"
    "KISUMU – Duka kubwa la jumla limefunguliwa\n"
    "katikati ya mji wa Kisumu Jumamosi, na\n"
    "wateja wengi walifika kununua bidhaa.\n"
    "\n"
    "Mwenye duka alisema bei zitashuka kwa\n"
    "wiki nzima ya kwanza.\n"
    "\n"
    "Bei za wiki ya kwanza\n"
    "\n"
    "Bidhaa            Awali      Sasa\n"
    "Unga 2 kg         Sh 230     Sh 199\n"
    "Sukari 1 kg       Sh 180     Sh 165\n"
    "Maziwa lala 500ml Sh 410     Sh 379\n"
    "Mchele 5 kg       Sh 950     Sh 880\n"
    "Bei hizi ni hadi Jumapili 20 Aprili.\n"
    "\n"
    "Sauti ya Mji · habari@sautiyamji.example.ke\n"
)


def test_a_prices_box_after_a_blank_line_keeps_its_header_and_rows():
    box = clean_text(PRICES_BOX_PAGE).articles[-1]
    assert box.title == "Bei za wiki ya kwanza"
    rows = [" ".join(p.split()) for p in box.paragraphs]
    assert rows[0] == "Bidhaa Awali Sasa"
    assert rows[1] == "Unga 2 kg Sh 230 Sh 199"
    assert rows[3] == "Maziwa lala 500ml Sh 410 Sh 379"
    assert rows[-1] == "Bei hizi ni hadi Jumapili 20 Aprili."
    assert len(rows) == 6


LAWYER_AT_THE_FOOT_PAGE = (
    "LE NOUVELLISTE DU CAP | Jeudi, 12 juin 2031 | Page 7\n"
    "Lajan | Editè: Marlène Joseph\n"
    "\n"
    "Mande avoka a\n"
    "Èske m ka jwenn kòb mwen tounen?\n"
    "\n"
    "Kesyon: Mwen te peye yon avans 500 dola\n"
    "pou yon frijidè nan magazen Dorval nan\n"
    "mwa mas, epi kounye a magazen an fèmen.\n"
    "Èske kòb mwen pèdi? Kisa pou m fè?\n"
    "(Rose P., Limonade)\n"
    "\n"
    "Repons: Pa nesesèman. Si ou te peye ak\n"
    "yon kat kredi, rele bank ou touswit epi\n"
    "mande l anile peman an. Ou gen anpil fwa\n"
    "120 jou pou ou fè sa.\n"
    "\n"
    "Si ou te peye kach oswa ak yon chèk,\n"
    "kenbe resi a ak kontra a. Ou ka pote\n"
    "plent bay biwo pwokirè a epi, si magazen\n"
    "an fè fayit, enskri kòm kreyansye.\n"
    "\n"
    "Me Jean-Robert Pierre, Pierre & Fils\n"
    "\n"
    "Le Nouvelliste du Cap | lajan@nouvelliste.example.ht\n"
)


def test_a_lawyers_name_and_firm_at_the_answers_foot_is_the_byline():
    column = clean_text(LAWYER_AT_THE_FOOT_PAGE).articles[-1]
    assert column.byline is not None and "Jean-Robert Pierre" in column.byline
    assert column.paragraphs[-1].endswith("enskri kòm kreyansye.")
    assert all("Jean-Robert" not in p for p in column.paragraphs)
