"""How an official notice in a gazette is signed under its closing place and date, in the
shapes of the Reichsanzeiger's PAGE ground truth (not its pages): the office and the signer's
name on one line with a deputy's mark between them ("Der Landrat. J. V.: Kramer."); the office
on a line of its own over the name ("Der Königliche Bergrat." / "Hoffmann."), or the words that
introduce the signer ("Zur Beglaubigung:"); and a proclamation that ends the sheet on the
sovereign's name alone, nothing under it but the page's foot. Each is the notice's byline, not
its last paragraph. Pages written for the class: a provincial gazette of the 1880s in PAGE XML."""

from test_decree_closings import _LEFT, _PITCH, _RIGHT, _region

from paperarchive.api import clean_file

_NOTICES = (
    (
        "Bekanntmachung.",
        [
            "Die Fähre über die Weichſel bei Kulm bleibt wegen der",
            "Ausbeſſerung ihrer Landeſtege vom 12. bis zum 20. Juni",
            "geſchloſſen. Der Verkehr wird während dieſer Zeit über",
            "die Brücke bei Graudenz geleitet.",
        ],
        "Kulm, den 2. Juni 1884.",
    ),
    (
        "Bekanntmachung.",
        [
            "Der Viehmarkt in Schwetz wird des Feſtes wegen vom",
            "Montag auf den Dienſtag verlegt. Händler, die Vieh aus",
            "den Nachbarkreiſen auftreiben, haben die Geſundheits⸗",
            "ſcheine am Eingang des Marktes vorzuzeigen.",
        ],
        "Schwetz, den 4. Juni 1884.",
    ),
    (
        "Verkauf.",
        [
            "Im Gaſthof zur Poſt in Tuchel werden am 16. Juni",
            "dreißig Raummeter Kiefernholz aus dem Forſtrevier",
            "Lindenbuſch meiſtbietend verkauft. Die Bedingungen",
            "werden im Termine bekannt gemacht.",
        ],
        "Tuchel, den 5. Juni 1884.",
    ),
)


def _notice(rid: str, top: int, notice: tuple, signature: list[str]) -> tuple[str, int]:
    """A head's region over the text's, which ends on the place and date and the signature's lines set right."""
    head, text, dateline = notice
    y = top + 2 * _PITCH
    rows = [(line, (_LEFT + (50 if k == 0 else 0), _RIGHT if k < len(text) - 1 else _RIGHT - 520), y + _PITCH * k) for k, line in enumerate(text)]
    y += _PITCH * len(text)
    rows.append((dateline, (_LEFT + 50, _LEFT + 560), y))
    for k, line in enumerate(signature):  # set in towards the right, the name further in under the office
        y += _PITCH
        rows.append((line, (_LEFT + 350 + 300 * k, min(_RIGHT, _LEFT + 350 + 300 * k + 22 * len(line))), y))
    return _region(f"{rid}h", [(head, (_LEFT + 480, _RIGHT - 480), top)]) + _region(f"{rid}t", rows), y + 3 * _PITCH


def _gazette(tmp_path, signatures: tuple[list[str], list[str]]) -> list:
    """Two notices signed so, and a third under them (so the second's signature is no page foot)."""
    first, y = _notice("a", 40, _NOTICES[0], signatures[0])
    second, y = _notice("b", y + _PITCH, _NOTICES[1], signatures[1])
    third, y = _notice("c", y + _PITCH, _NOTICES[2], ["Der Oberförſter. Wendland."])
    path = tmp_path / "amtsblatt.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">'
        f'<Page imageWidth="1400" imageHeight="{y + 100}">{first}{second}{third}</Page></PcGts>',
        encoding="utf-8",
    )
    return clean_file(path).page.articles


def test_a_deputys_mark_between_office_and_name_still_signs_the_notice(tmp_path):
    signed = ("Der Landrat. J. V.: Kramer.", "Die Polizeiverwaltung. I. A.: von Below.")
    articles = _gazette(tmp_path, ([signed[0]], [signed[1]]))
    assert [(a.title, a.byline) for a in articles[:2]] == [("Bekanntmachung.", signed[0]), ("Bekanntmachung.", signed[1])]
    assert [a.paragraphs[-1] for a in articles[:2]] == [_NOTICES[0][2], _NOTICES[1][2]]


def test_the_office_on_a_line_of_its_own_over_the_name_is_part_of_the_signature(tmp_path):
    articles = _gazette(tmp_path, (["Der Königliche Bergrat.", "Hoffmann."], ["Zur Beglaubigung:", "Lemke."]))
    assert [a.byline for a in articles[:2]] == ["Der Königliche Bergrat. Hoffmann.", "Zur Beglaubigung: Lemke."]
    assert [a.paragraphs[-1] for a in articles[:2]] == [_NOTICES[0][2], _NOTICES[1][2]]


def test_a_name_alone_under_the_last_proclamation_of_the_sheet_signs_it(tmp_path):
    text = [
        "An mein Volk! Die Stunde der Entſcheidung hat geſchlagen.",
        "Ich rufe Euch auf, in Treue zuſammenzuſtehen, wie Eure",
        "Väter es gethan haben, und vertraue auf Gott und auf",
        "Eure Kraft.",
    ]
    rows = [(line, (_LEFT + (50 if k == 0 else 0), _RIGHT if k < len(text) - 1 else _RIGHT - 800), 200 + _PITCH * k) for k, line in enumerate(text)]
    y = 200 + _PITCH * len(text)
    rows.append(("Stuttgart, Schloß, den 3. März 1885.", (_LEFT + 50, _LEFT + 700), y + _PITCH))
    sign = _region("s", [("Karl.", (_RIGHT - 240, _RIGHT - 100), y + 3 * _PITCH)])
    foot = _region("f", [("Druck und Verlag der Hofbuchdruckerei in Stuttgart.", (_LEFT + 200, _RIGHT - 200), y + 6 * _PITCH)])
    head = _region("h", [("Aufruf.", (_LEFT + 500, _RIGHT - 500), 60)])
    path = tmp_path / "extrablatt.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">'
        f'<Page imageWidth="1400" imageHeight="{y + 8 * _PITCH}">{head}{_region("t", rows)}{sign}{foot}</Page></PcGts>',
        encoding="utf-8",
    )
    (proclamation,) = [a for a in clean_file(path).page.articles if a.paragraphs]
    assert proclamation.title == "Aufruf."
    assert proclamation.byline == "Karl."
    assert proclamation.paragraphs[-1] == "Stuttgart, Schloß, den 3. März 1885."
