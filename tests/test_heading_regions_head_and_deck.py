"""A daily's column as a transcriber draws it in PAGE XML: each report under heading regions of
its own, one line each — a head of a few words in large type, a deck under it in smaller type, a
department's name in large type over a report's head — then the report's text. A page written
for the case (the Kölnische Zeitung's Transkribus files of 1924 draw their heads so)."""

from paperarchive.api import clean_file

_BODY = 50  # a text line's height, in pixels


def _region(rid: str, top: int, lines: list[str], height: int = _BODY, kind: str = "paragraph", left: int = 60, right: int = 1300) -> str:
    """A TextRegion whose box holds its lines, one under the other; a paragraph's first line indented."""
    rows = []
    for n, text in enumerate(lines):
        y = top + n * (height + 6)
        x0 = left + 40 if kind == "paragraph" and n == 0 else left
        x1 = right if kind == "heading" or n < len(lines) - 1 else right - 400
        rows.append(f'<TextLine><Coords points="{x0},{y} {x1},{y} {x1},{y + height} {x0},{y + height}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>')
    bottom = top + len(lines) * (height + 6)
    return f'<TextRegion id="{rid}" type="{kind}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{"".join(rows)}</TextRegion>'


def _text(place: str) -> list[str]:
    return [f"{place}, 16. Jan. (Telegr.) Über die Verhandlungen der beiden"] + [f"Regierungen erfährt das Blatt aus guter Quelle Zeile {n}, daß" for n in range(6)] + ["die Einigung bald erwartet wird."]


def _page(tmp_path, regions: list[str]):
    """The page, its reading order the regions' as listed (a transcriber's, whatever their places)."""
    ids = [region.split('"')[1] for region in regions]
    order = "".join(f'<RegionRefIndexed index="{n}" regionRef="{rid}"/>' for n, rid in enumerate(ids))
    path = tmp_path / "spalte.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="2500" imageHeight="3000">'
        + f'<ReadingOrder><OrderedGroup id="ro">{order}</OrderedGroup></ReadingOrder>'
        + "".join(regions)
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_a_sentence_head_over_a_smaller_deck_region_is_title_and_deck(tmp_path):
    page = _page(
        tmp_path,
        [
            _region("h1", 100, ["Das adriatische Bündnis."], 72, "heading", 300, 1100),
            _region("h2", 180, ["Bevorstehende Begegnung der beiden Minister."], 48, "heading", 200, 1200),
            _region("t1", 240, _text("Belgrad")),
        ],
    )
    article = page.articles[0]
    assert (article.title, article.subtitle, article.kicker) == ("Das adriatische Bündnis.", "Bevorstehende Begegnung der beiden Minister.", None)


def test_a_question_in_large_type_is_a_head_not_the_rubric_of_the_reports_under_it(tmp_path):
    page = _page(
        tmp_path,
        [
            _region("h1", 100, ["Wer wird sein Nachfolger?"], 86, "heading", 250, 1150),
            _region("h2", 194, ["Die Entscheidung fällt am Montag."], 58, "heading", 350, 1050),
            _region("t1", 260, _text("London")),
            _region("h3", 760, ["Vom baltischen Schulwesen."], 60, "heading", 350, 1050),
            _region("t2", 830, _text("Reval")),
        ],
    )
    first, second = page.articles[:2]
    assert (first.title, first.subtitle, first.section) == ("Wer wird sein Nachfolger?", "Die Entscheidung fällt am Montag.", None)
    assert (second.title, second.section) == ("Vom baltischen Schulwesen.", None)


def test_a_departments_name_over_a_reports_head_stays_over_it(tmp_path):
    # a name of a word, no stop: the department, however large its type
    page = _page(
        tmp_path,
        [
            _region("h1", 100, ["Westdeutschland"], 80, "heading", 450, 950),
            _region("h2", 190, ["Überfall auf eine Sparkasse."], 56, "heading", 400, 1000),
            _region("t1", 260, _text("Mörs")),
        ],
    )
    article = page.articles[0]
    assert article.title == "Überfall auf eine Sparkasse." and article.subtitle is None
    assert "Westdeutschland" in (article.section, article.kicker)


def test_heads_of_about_one_size_stay_a_kicker_or_section_over_the_title(tmp_path):
    page = _page(
        tmp_path,
        [
            _region("h1", 100, ["Hilfe für Deutschlands Not."], 66, "heading", 300, 1100),
            _region("h2", 180, ["Die Hilfe der Deutschböhmen."], 54, "heading", 350, 1050),
            _region("t1", 250, _text("Berlin")),
        ],
    )
    article = page.articles[0]
    assert article.title == "Die Hilfe der Deutschböhmen." and article.subtitle is None


def test_a_banner_the_reading_order_puts_after_the_column_under_it_is_read_first(tmp_path):
    # the transcriber's order lists the banner last; it stands over the column's head, across two columns
    page = _page(
        tmp_path,
        [
            _region("h1", 200, ["Fragen der innern Politik."], 60, "heading", 400, 1000),
            _region("h2", 270, ["Der Reichskanzler über die Denkschrift."], 58, "heading", 300, 1100),
            _region("t1", 340, _text("Berlin")),
            _region("b1", 60, ["Innere und äußere Sorgen."], 110, "heading", 700, 2400),
        ],
    )
    paragraphs = [p for article in page.articles for p in article.paragraphs]
    assert not any("Sorgen" in p for p in paragraphs)
    assert page.articles[0].title == "Der Reichskanzler über die Denkschrift."
