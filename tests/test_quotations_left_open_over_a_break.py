"""A story's last paragraph that opens a quotation mid-line ("… powiedziała nam: „Czterdzieści") and
closes it after a running head, a table's head glued under it: the paragraph is the story's, not
the kicker of the table's article, whatever marks the page quotes in (`chars.quotation_left_open`).

Before: the quotation's first line, read as a head, took the lines joined to it across the break
along, and the whole paragraph became the kicker of the table under it (no character lost, so
`test_no_text_lost_on_gold_pages` could not tell). After: the story's last paragraph."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from paperarchive.api import clean_file

_PAGE = (
    "GŁOS DOLINY · Wtorek 14.03.2045 · Strona 3\n"
    "Gospodarka · Redaktor: Anna Wiśniewska\n"
    "\n"
    "Nowa sieć ciepła,\n"
    "mieszkańcy płacą\n"
    "Tekst: Piotr Zieliński\n"
    "\n"
    "NOWY TARG – Rura ciepłownicza dotarła do\n"
    "ulicy Lipowej, przyłącze kosztuje 6 800\n"
    "zł za mieszkanie.\n"
    "\n"
    "Mieszkańcy cieszą się z ciepła,\n"
    "ale\n"
    "\n"
    "Monterzy układają rury przy szkole.\n"
    "Fot. Jan Mazur\n"
    "\n"
    "narzekają na cenę.\n"
    "\n"
    "{speaker} {open}{first}\n"
    "zim paliłem węglem, a teraz wreszcie\n"
    "\n"
    "Głos Doliny · Gospodarka\n"
    "\n"
    "odpocznę.{close}\n"
    "Koszt przyłącza\n"
    "\n"
    "Pozycja               Cena\n"
    "Rura 12 m          2 900 zł\n"
    "Licznik            1 400 zł\n"
    "Grzejnik           1 900 zł\n"
    "Montaż               600 zł\n"
    "Razem: 6 800 zł\n"
    "\n"
    "Głos Doliny · redakcja@glosdoliny.example.pl\n"
)
# The quote styles Latin papers print, each an opening and a closing mark.
_STYLES = [("„", "”"), ("„", "“"), ("“", "”"), ("«", "»"), ("»", "«"), ("‹", "›"), ("「", "」")]


def _clean(tmp_path, name, speaker="Pani Ewa Kowalska powiedziała nam:", quote=("„", "”"), first="Czterdzieści", encoding="utf-8"):
    page = _PAGE.format(speaker=speaker, open=quote[0], close=quote[1], first=first).replace("\n", "\r\n")
    path = tmp_path / name
    path.write_bytes(page.encode(encoding))
    return clean_file(path).page


def test_a_quotation_opened_with_a_low_mark_over_a_running_head_is_the_storys_last_paragraph(tmp_path):
    page = _clean(tmp_path, "glos.txt", encoding="cp1250")
    story, table = page.articles
    assert story.title == "Nowa sieć ciepła, mieszkańcy płacą"
    assert story.paragraphs[-1] == "Pani Ewa Kowalska powiedziała nam: „Czterdzieści zim paliłem węglem, a teraz wreszcie odpocznę.”"
    assert table.title == "Koszt przyłącza"
    assert table.kicker is None
    assert table.paragraphs[0].startswith("Pozycja")


_WORDS = st.sampled_from(["Pani", "Ewa", "Marek", "sąsiad", "radny", "Kowalska", "emeryt", "Jan", "stwierdził", "mówi"])


@settings(max_examples=40, deadline=None)
@example(speaker="Pani Ewa Kowalska powiedziała nam:", quote=("„", "”"), first="Czterdzieści")
@given(
    speaker=st.lists(_WORDS, min_size=2, max_size=4).map(lambda words: " ".join(words) + ":"),
    quote=st.sampled_from(_STYLES),
    first=st.sampled_from(["Czterdzieści", "Przez czterdzieści", "Trzydzieści", "Od wielu"]),
)
def test_no_line_of_a_quotation_cut_by_a_running_head_leaves_the_story(tmp_path_factory, speaker, quote, first):
    page = _clean(tmp_path_factory.mktemp("q"), "page.txt", speaker, quote, first)
    story = page.articles[0]
    text = " ".join(story.paragraphs)
    for line in (f"{speaker} {quote[0]}{first}", "zim paliłem węglem, a teraz wreszcie", f"odpocznę.{quote[1]}"):
        assert line in text, (quote, line)
    assert all(article.kicker is None for article in page.articles)
