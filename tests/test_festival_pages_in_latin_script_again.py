"""Festival and church pages in Latin script again (holdout113's shapes, on pages written for the
test, not copied from its golds): a paragraph printed straight under a photo's caption and credit
set into a story, in a language that capitalises its nouns, so that its sentence reads as Title
Case; a church's services listing whose parish names stand as heads over rows of day, hour and
service; a box whose head is a question over steps numbered from 1, glued under a story's last
words."""

from paperarchive.pipeline import clean_text

UNDER_CREDIT = """\
D'LËTZEBUERGER DUERF · Samschdeg, 4. Dezember 2032 · Säit 9
Kierch a Glawen · Redaktioun: Josée Weber

Zäitgeescht a Bräich
am Advent
Vum Marc Hoffmann

ECHTERNACH – Am Advent ginn an der Par
nach dräi Kranzsegnungen gehalen. D'Joer
virdrun waren et nach sechs.

D'Kommioun huet an dräi Dierfer Leit
fonnt, déi d'Kränz bannen.

D'Kranzsegnung an der Basilika.
Foto: Paul Schmit

Duerfir halen Laien an de klenge Dierfer
um Hellegen Owend eng Andacht, mat
Kribbespill a Lidder.

De Paschtouer seet: „Mir halen dee Brauch,
soulaang d'Leit matmaachen.“

D'Lëtzebuerger Duerf · redaktioun@duerf.example.lu
"""


def test_a_paragraph_under_a_caption_and_credit_goes_on_the_story_in_a_language_capitalising_nouns():
    page = clean_text(UNDER_CREDIT)
    assert len(page.articles) == 1
    story = page.articles[0]
    assert story.title == "Zäitgeescht a Bräich am Advent"
    assert not story.headings
    assert story.paragraphs[1].endswith("Andacht, mat Kribbespill a Lidder.")
    assert [c.credit for c in story.captions] == ["Foto: Paul Schmit"]


LISTING = """\
FRYSKE KRANTE · Tiisdei, 21 desimber 2032 · Side 6
Tsjerke · Redaksje: Sjoukje de Vries

Minder tsjinsten mei
de Krystdagen
Troch Jelle Hoekstra

SNITS – Dit jier binne der yn de parochy
mar twa nachtmissen. Ferline jier wiene
it noch fjouwer.

Pastoar Tjalling Bouma moat mei twa
kapelaans fiif tsjerken betsjinje.

Hy seit: „Wy kinne net mear yn elk
doarp in mis hâlde. Mar wa't mei Kryst
nei de tsjerke wol, fynt by ús altyd in

Fryske Krante · Tsjerke

plak.“
Tsjinsten mei Kryst

St. Martinus, Snits

Krystjûn, 22 oere: Nachtmis
1e Krystdei, 10 oere: Heechmis

St. Vitus, Boalsert

Krystjûn, 19 oere: Bernetsjinst
2e Krystdei, 11 oere: Mis

St. Bonifatius, Dokkum

Krystjûn, 21 oere: Nachtmis
1e Krystdei, 9.30 oere: Mis
Alle tiden sûnder garânsje.

Fryske Krante · redaksje@krante.example.nl
"""


def test_parish_names_over_service_rows_are_headings_of_one_listing():
    page = clean_text(LISTING)
    assert [a.title for a in page.articles] == ["Minder tsjinsten mei de Krystdagen", "Tsjinsten mei Kryst"]
    listing = page.articles[1]
    assert not listing.kicker
    assert listing.headings == ["St. Martinus, Snits", "St. Vitus, Boalsert", "St. Bonifatius, Dokkum"]
    assert listing.paragraphs[0] == "Krystjûn, 22 oere: Nachtmis"
    assert listing.paragraphs[-1] == "Alle tiden sûnder garânsje."


QUESTION_BOX = """\
JARIDAR AREWA – Laraba, 14 Afrilu 2032 – Shafi 8
Al'adu – Editan: Hauwa Bello

Bikin suna a
garin Kano
Daga Musa Abdullahi

KANO – Bikin suna babban al'amari ne a
kasar Hausa. A rana ta bakwai bayan
haihuwa, dangi suna taruwa a gidan uba.

Kakar jaririn ta ce: “Wannan al'ada ta
kakanninmu ce, ba za mu bar ta

Jaridar Arewa – Al'adu

ba.”
Yaya ake yin suna?

1. Da safe, liman yana yin addu'a a
kofar gida.

2. Liman yana fadin sunan jaririn sau
uku.

3. Ana raba goro da alawa ga mutane.

Da yamma, mata suna dafa abinci ga
baki.

Jaridar Arewa – labarai@arewa.example.ng
"""


def test_a_question_over_numbered_steps_heads_a_box_of_its_own():
    page = clean_text(QUESTION_BOX)
    assert [a.title for a in page.articles] == ["Bikin suna a garin Kano", "Yaya ake yin suna?"]
    story, box = page.articles
    assert story.paragraphs[-1].endswith("ba za mu bar ta ba.”")
    assert box.paragraphs[0].startswith("1. Da safe")
    assert box.paragraphs[-1] == "Da yamma, mata suna dafa abinci ga baki."
