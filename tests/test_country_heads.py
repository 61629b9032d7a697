"""A small quarto paper of the 18th century as a transcriber draws it in PAGE XML: the paper's
name printed either side of a woodcut, the issue's number, year, weekday and date in pieces on
the rows around it; then two columns of reports, each country's under its name set centred in
the text's own type ("Schweden." / "Stockholm, vom 14. May. …"). A page written for the case."""

from paperarchive.api import clean_file

_BODY = 40  # a text line's height, in pixels


def _region(rid: str, left: int, top: int, right: int, lines: list[tuple[str, int, int]], height: int = _BODY) -> str:
    """A TextRegion whose box holds its lines (each: text, left, right), one under the other."""
    rows = "".join(
        f'<TextLine><Coords points="{x0},{top + n * (height + 4)} {x1},{top + n * (height + 4)} {x1},{top + n * (height + 4) + height} {x0},{top + n * (height + 4) + height}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
        for n, (text, x0, x1) in enumerate(lines)
    )
    bottom = top + len(lines) * (height + 4)
    return f'<TextRegion id="{rid}" type="paragraph"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{rows}</TextRegion>'


def _text(words: str, count: int, left: int, right: int, last: str) -> list[tuple[str, int, int]]:
    return [(f"{words} {n}", left, right) for n in range(count)] + [(last, left, right - 300)]


def _page(tmp_path, *, woodcut: bool = True, date: str = "14. May."):
    left, middle, right = 60, 920, 1760
    head = (
        [_region("n1", 160, 230, 480, [("Nr. 12.", 160, 480)], 70), _region("n2", 1320, 230, 1700, [("1779.", 1320, 1700)], 70)]
        + (
            [_region("m1", 70, 400, 550, [("Berner", 70, 550)], 120), _region("m2", 1270, 400, 1750, [("Blatt", 1270, 1750)], 120)]
            if woodcut
            else [_region("m1", 600, 400, 1220, [("Berner Blatt", 600, 1220)], 120)]
        )
        + [_region("d1", 150, 590, 470, [("Dienstag,", 150, 470)], 60), _region("d2", 1280, 590, 1730, [("den 3. Brachmonat.", 1280, 1730)], 60)]
    )
    column1 = [
        # the head's box reaches a few pixels into the report's under it
        _region("c1", 400, 790, 580, [("Schweden.", 400, 580)]),
        _region("c2", left, 826, middle, [(f"Stockholm, vom {date} Der Reichstag hat", left + 40, middle)] + _text("die Steuern des Landes bewilligt und geht", 8, left, middle, "nun bald aus einander.")),
        _region("c3", left, 1270, middle, [("Gothenburg, vom 16. May. Drey Schiffe", left + 40, middle)] + _text("der Compagnie sind aus Canton wieder glücklich", 6, left, middle, "hier eingelaufen.")),
    ]
    column2 = [
        _region("c4", middle + 20, 790, right, _text("in der Stadt erwartet man die Flotte aus", 12, middle + 20, right, "Westindien in wenigen Tagen.")),
        _region("c5", 1200, 1366, 1480, [("Portugal", 1200, 1480)]),
        _region("c6", middle + 20, 1400, right, [("Lissabon, den 2ten May. Die Königin hat", middle + 60, right)] + _text("den Hof nach Queluz verlegt, wo er den", 6, middle + 20, right, "Sommer über bleiben wird.")),
    ]
    path = tmp_path / "blatt.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1820" imageHeight="2400">'
        + "".join(head + column1 + column2)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_a_countrys_name_over_the_last_report_of_a_column_titles_it_and_is_no_foot_line(tmp_path):
    page = _page(tmp_path)
    assert "Portugal" not in page.furniture
    portugal = next(a for a in page.articles if a.paragraphs[0].startswith("Lissabon"))
    assert portugal.title == "Portugal"
    assert not any(p.startswith("Lissabon") for a in page.articles if a is not portugal for p in a.paragraphs)


def test_a_countrys_name_titles_all_the_dated_reports_under_it(tmp_path):
    page = _page(tmp_path)
    sweden = next(a for a in page.articles if a.title == "Schweden.")
    assert sweden.section is None
    assert [p.split(",")[0] for p in sweden.paragraphs] == ["Stockholm", "Gothenburg"]


def test_a_masthead_printed_either_side_of_a_woodcut_is_furniture_with_its_date(tmp_path):
    for page in (_page(tmp_path), _page(tmp_path, woodcut=False)):
        assert {"Dienstag,", "den 3. Brachmonat."} <= set(page.furniture)
        assert "Berner" in " ".join(page.furniture)
        fields = [f for a in page.articles for f in (a.title, a.kicker, a.section, a.subtitle) if f]
        assert not any("Berner" in f or "Blatt" in f or "Brachmonat" in f for f in fields), fields


def test_a_reports_place_and_day_set_centred_over_it_opens_its_first_paragraph(tmp_path):
    left, right = 100, 1100
    lines = [
        ("ESPAGNE.", 520, 680),
        ("Cadix, 3 mars.", 500, 700),  # centred over the report
        ("On écrit de cette ville que la flotte est rentrée", left + 40, right),
        ("hier au soir, après une traversée de vingt jours.", left, right - 200),
        ("Le gouverneur a fait publier l'ordre suivant :", left + 40, right),
        ("les vaisseaux resteront au port jusqu'au printemps.", left, right - 150),
        ("Au quartier-général de Séville, le 1er mars.", left + 40, right - 250),  # the order's closing line
        ("Le capitaine-général DON LUIS.", left + 300, right),
    ]
    region = _region("r", left, 100, right, lines)
    path = tmp_path / "gazette.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page>' + region + "</Page></PcGts>",
        encoding="utf-8",
    )
    paragraphs = [p for a in clean_file(path).page.articles for p in a.paragraphs]
    assert paragraphs[0].startswith("Cadix, 3 mars. On écrit de cette ville")
    assert "Au quartier-général de Séville, le 1er mars." in paragraphs


def test_the_first_reports_date_misread_still_keeps_the_reports_under_their_country(tmp_path):
    # "vom 1,. Mav." is no date any more, but its place and "vom" still date the report
    page = _page(tmp_path, date="1,. Mav.")
    sweden = next(a for a in page.articles if a.title == "Schweden.")
    assert [p.split(",")[0] for p in sweden.paragraphs] == ["Stockholm", "Gothenburg"]
