"""Two layout classes of short pages, written for the rules (not copied from any gold page): a
head of two lines whose second opens on a figure (the count the first line's phrase goes on to:
one head wrapped, no kicker over a title), and a lead's first line alone on its dateline over
the rest of the lead, on a page too short to measure its column (one paragraph, not two)."""

from paperarchive.api import clean_file

WRECKS = """MATANGI VAVAʻU · Tuesday 14.05.2041 · Page 6
Environment · Editor: Sione Fifita

Toʻo ʻe he loli
48 kaa motuʻa mei he vao
Fai ʻe: Mele Tupou

NEIAFU - Naʻe toʻo ʻe he loli ʻa e kolo ʻa e
kaa motuʻa ʻe 48 mo e ʻaisi ʻe 12 mei he ngaahi
vao ʻi he ʻaho ʻe nima.

Ko e kaa motuʻa ʻoku fakaʻauha ʻa e kelekele,
pea ʻoku tokoni ʻa e polokalama ni ki he kakai.

Matangi Vavaʻu · Environment
"""

GAS = """NAVIS KURIER · Thursday 11.09.2042 · Page 5
Energy · Editor: Lena Brandt

Fernwärme kommt
in die Altstadt
Von: Jonas Keller

NAWIS – Die Stadtwerke legen Rohre
Navisgasse entlang, für jedes Haus
zusammen 31 200 Euro.

Die Anwohner warten seit dem Winter.

Ein Bagger steht in der Kirchgasse.
Foto: Paul Roth

Die Arbeit dauert noch sechs Wochen.

Der Markt bleibt in dieser Zeit offen.

Navis Kurier · Energy
"""


def _story(tmp_path, text: str, encoding: str = "utf-8", newline: str = "\n"):
    page = tmp_path / "page.txt"
    page.write_bytes(text.replace("\n", newline).encode(encoding))
    return clean_file(page).page.articles[0]


def test_a_phrase_over_a_line_opening_on_a_count_is_one_head(tmp_path):
    story = _story(tmp_path, WRECKS)
    assert story.kicker is None
    assert story.title == "Toʻo ʻe he loli 48 kaa motuʻa mei he vao"
    assert story.byline == "Fai ʻe: Mele Tupou"
    assert story.paragraphs[0].startswith("NEIAFU - Naʻe toʻo")


def test_a_dateline_line_alone_goes_on_into_its_lead(tmp_path):
    story = _story(tmp_path, GAS, "mac_roman", "\r")
    assert story.title == "Fernwärme kommt in die Altstadt"
    assert story.paragraphs[0] == "NAWIS – Die Stadtwerke legen Rohre Navisgasse entlang, für jedes Haus zusammen 31 200 Euro."
