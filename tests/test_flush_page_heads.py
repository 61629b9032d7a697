"""Heads on a page that sets its paragraphs flush: a one-phrase line set apart by a blank line
(over it, or only under it where the blank above is lost), perhaps ending on its full stop as
older papers print heads. Pages written for the rule (not copied from any gold page)."""

import textwrap

from paperarchive.pipeline import clean_text


def column(*paragraphs: str) -> str:
    """Paragraphs set flush in a column 50 characters wide, no blank line between them."""
    return "\n".join(textwrap.fill(p, 50) for p in paragraphs) + "\n"


GERMAN = (
    "Aus der Stadt.\n\n"
    "Der neue Schlachthof.\n"
    "Baubeginn im März.\n\n"
    + column(
        "Der Stadtrat hat in ſeiner geſtrigen Sitzung den Bau eines neuen Schlachthofes beſchloſſen. Die "
        "Koſten ſind auf 420 000 Mk. veranſchlagt, von denen die Sparkaſſe die Hälfte als Darlehen gibt.",
        "Die Pläne liegen vom Montag an im Rathauſe aus. Einwendungen ſind binnen vierzehn Tagen beim "
        "Stadtbauamt ſchriftlich einzureichen, ſonſt gelten ſie als verſpätet.",
    )
    + "Ein Jubiläum im Turnverein.\n\n"
    + column(
        "Der Turnverein Jahn beging am Sonntag ſein fünfzigjähriges Beſtehen mit einem Feſtzug durch die "
        "Stadt und einem Schauturnen auf dem Marktplatze, das viele Zuſchauer fand.",
        "Am Abend fand im Schützenhauſe ein Kommers ſtatt, bei dem die Gründer des Vereins geehrt wurden.",
        "Der Vorſitzende dankte der Stadt für die Überlaſſung der Turnhalle.",
        "Zum Schluß ſang man das Turnerlied, und die Jugend turnte noch lange.",
    )
    + "Wer kennt den Toten?\n\n"
    + column(
        "Im Walde bei Lunzenau wurde geſtern die Leiche eines etwa vierzigjährigen Mannes gefunden. Die "
        "Polizei bittet um Mitteilungen, die zur Feſtſtellung ſeiner Perſon dienen können.",
    )
)


def test_heads_ending_on_a_full_stop_open_their_stories_on_a_flush_page():
    articles = clean_text(GERMAN).articles
    assert [a.title for a in articles] == ["Der neue Schlachthof.", "Ein Jubiläum im Turnverein.", "Wer kennt den Toten?"]
    assert articles[0].subtitle == "Baubeginn im März."
    assert len(articles[1].paragraphs) == 4 and articles[1].paragraphs[0].startswith("Der Turnverein Jahn")


def test_a_one_line_paragraph_flush_between_paragraphs_stays_text():
    page = column(
        "The council met on Tuesday evening to hear the report of the committee on the water supply, "
        "which recommended that a new reservoir be built above the mill dam before next summer.",
        "It was so ordered.",
        "The clerk then read a letter from the gas company asking leave to lay mains in Church street, "
        "which was referred to the committee on streets with power to act.",
    )
    article = clean_text(page).articles[0]
    assert article.title is None and "It was so ordered." in article.paragraphs
