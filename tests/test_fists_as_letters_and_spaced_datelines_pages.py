"""A miscellany column of briefs opened by a printer's fist, some fists read as letters, and a
foreign-news column whose letter-spaced datelines the engine lost all but a few glyphs of
("L o n d o n, 2 9. Dec." read "2 9 E", "P a r i s, 2 7. Dez." read "a s, 27. Dez."); and an
issue's folio strip, its volume, place and date in one line. Pages written for the classes, in
plain text or a layout file, cleaned through the public API."""

from test_born_digital_alto import born_digital_alto, column
from test_fist_briefs_misread_and_run_in_heads_pages import _articles

from paperarchive.api import clean_file
from paperarchive.formats.heads import issue_line

_BRIEFS = (
    "The Fire Company's Ball.\n\n"
    "    The members of the Union fire company will give their annual ball\n"
    "at the armory on Thursday evening, and the hall is being decorated.\n"
    "    The band of the regiment has been engaged for the occasion.\n"
    "\n    ^\"The coal dealers of Georgetown have raised the price of coal\n"
    "fifty cents the ton since Monday.\n"
    "\n    >9* Sergeant Blake, of the mounted police, has been promoted\n"
    "for his conduct at the fire on Water street.\n"
    "\n    qir The Frederick Examiner says the wheat crop of the county is the\n"
    "largest that has been gathered in ten years.\n"
    "\n    tar A sailor who fell from the masthead of the schooner Lark has\n"
    "been taken to the infirmary, and will recover.\n"
)


def test_a_brief_opened_by_a_fist_read_as_letters_is_an_untitled_item_of_its_own(tmp_path):
    articles = _articles(tmp_path, _BRIEFS)
    for opening in ("The Frederick Examiner says", "A sailor who fell"):
        (article,) = [a for a in articles if any(p.startswith(opening) for p in a.paragraphs)]
        assert article.title is None
        assert len(article.paragraphs) == 1


_TELEGRAMS = (
    "Kabel-Nachrichten.\n\n"
    "Die Eisenbahn nach Triest.\n\n"
    "    Die Regierung hat beschlossen, die Bahn nach Triest noch in diesem\n"
    "Winter zu vollenden, und hat die Gelder dafür bewilligt. Die Arbeiten\n"
    "sollen sofort beginnen, sobald das Wetter es erlaubt.\n"
    "    Eine Depesche aus Laibach meldet, daß die Brücke über die Save\n"
    "durch das Hochwasser schwer beschädigt worden ist.\n"
    "\n3 1 E\n\n"
    "aus Rom zufolge wird gemeldet, daß die Flotte nach Malta abgegangen\n"
    "sei und dort weitere Befehle erwarten werde, und daß die Regierung\n"
    "keine Auskunft über ihre Absichten geben wolle.\n"
    "\nDer Hafen von Brest.\n\n"
    "    o m, 30. Dez. Die Regierung hat den Hafen von Brest für die Schiffe\n"
    "aller Nationen wieder geöffnet, nachdem das Eis gebrochen ist, und\n"
    "die ersten Dampfer sind heute eingelaufen.\n"
)


_TRIEST = ["Die Regierung hat beschlossen, die Bahn", "nach Triest noch in diesem Winter zu", "vollenden, und hat die Gelder dafür", "bewilligt. Die Arbeiten sollen sofort", "beginnen, sobald das Wetter es erlaubt."]
_ROM = ["aus Rom zufolge wird gemeldet, daß die", "Flotte nach Malta abgegangen sei und", "dort weitere Befehle erwarten werde, und", "daß die Regierung keine Auskunft über", "ihre Absichten geben wolle."]


def test_glyphs_left_of_a_letter_spaced_dateline_are_no_head(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(160, 100, 25, "Die Eisenbahn nach Triest.")],
            column(75, 140, _TRIEST),
            [(240, 300, 25, "3 1 E")],  # set centred over its report: "R o m, 3 1. Dez." as the engine kept it
            column(75, 335, _ROM, ()),
            [(180, 500, 25, "Der Hafen von Brest.")],
            column(75, 540, _TRIEST),
        ]),
        encoding="utf-8",
    )
    articles = clean_file(page).page.articles
    paragraphs = [p for a in articles for p in a.paragraphs]
    assert any("daß die Flotte nach Malta abgegangen sei" in p for p in paragraphs)
    assert all("Flotte" not in f"{a.title} {a.kicker} {a.byline} {a.section}" for a in articles)


def test_a_dateline_whose_place_lost_its_letters_opens_the_report_under_its_head(tmp_path):
    paragraphs = [p for a in _articles(tmp_path, _TELEGRAMS) for p in a.paragraphs]
    assert any(p.startswith("o m, 30. Dez. Die Regierung hat den Hafen") for p in paragraphs)


def test_an_issues_folio_strip_is_an_issue_line_however_long():
    assert issue_line("Elfter Jahrgang. New Ulm, Minn., Mittwoch, den 9. März, 1881.")
    assert issue_line("VOL. XII. RICHMOND, VA., SATURDAY, JUNE 4, 1870.")
    assert not issue_line("The volume of the year 1881 was printed on a Wednesday in New Ulm.")
