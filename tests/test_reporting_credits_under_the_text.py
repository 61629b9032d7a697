"""A line naming who else reported a story, set under its last paragraph ("—With reporting by …",
Tagalog "—May ulat ni …", Spanish "—Con información de …"), is a credit, not the story's last
paragraph. Page written for the rule, not copied from any gold page."""

from paperarchive.pipeline import clean_text

PAGE = """BALITANG BAYBAY                  Lunes, Marso 2, 2026

Bagong pantalan sa Tabaco

Ni JOSE RAMOS

   LUNGSOD NG TABACO — Bubuksan na sa susunod
na buwan ang bagong pantalan ng lungsod,
ayon sa tanggapan ng alkalde nitong
Linggo.
   Nagkakahalaga ng ₱120 milyon ang proyekto
na magpapabilis sa biyahe ng mga pasahero
patungong Catanduanes.
   Sinabi ng alkalde na magkakaroon din ng
bagong terminal para sa mga bus at jeep sa
tabi ng pantalan.
   {credit}
"""


def test_a_reporting_credit_under_the_text_is_no_paragraph():
    for credit in ("—May ulat ni Ana Lopez", "—With reporting by Dan Ortiz", "—Con información de Luis Mora"):
        article = clean_text(PAGE.format(credit=credit)).articles[0]
        assert article.paragraphs[-1].startswith("Sinabi ng alkalde"), (credit, article.paragraphs)
        assert all(credit not in p for a in clean_text(PAGE.format(credit=credit)).articles for p in a.paragraphs)


def test_a_sentence_that_names_a_report_stays_text():
    line = "—May ulat na ang pulisya tungkol sa aksidente kahapon."
    assert line.lstrip("—") in " ".join(clean_text(PAGE.format(credit=line)).articles[0].paragraphs)
