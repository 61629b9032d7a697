"""A gazette's table as Transkribus exports it in PAGE XML: every cell a TextRegion of its own,
marked `structure {type:T0C2;}`, the cells named after the text in the reading order. The table's
rows are the page's text, each row's cells read left to right. A page written for the case (a harbour office's
tide table under its notice)."""

from paperarchive.api import clean_file


def _cell(rid: str, left: int, top: int, right: int, bottom: int, text: str, custom: str = "structure {type:T0C0;}") -> str:
    line = f'<TextLine><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>'
    return f'<TextRegion id="{rid}" custom="{custom}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{line}</TextRegion>'


def test_a_transcribed_tables_cells_are_read_a_row_a_paragraph(tmp_path):
    notice = (
        _cell("h", 100, 40, 700, 80, "Bekanntmachung.", "structure {type:heading;}")
        + _cell("p", 100, 100, 900, 140, "Das Hafenamt giebt die Wasserſtände der Woche bekannt:", "structure {type:paragraph;}")
    )
    head = [("Tag", 100, 200), ("Hochwaſſer", 300, 500), ("Niedrigwaſſer", 600, 860)]
    rows = [[("Montag", 100, 200), ("5 Uhr 12", 300, 460), ("11 Uhr 40", 600, 760)], [("Dienstag", 100, 220), ("5 Uhr 58", 300, 460), ("12 Uhr 25", 600, 760)]]
    cells = [_cell(f"c0{k}", x0, 160, x1, 200, text) for k, (text, x0, x1) in enumerate(head)]
    cells += [_cell(f"c{r + 1}{k}", x0, 220 + 50 * r, x1, 260 + 50 * r, text) for r, row in enumerate(rows) for k, (text, x0, x1) in enumerate(row)]
    order = "".join(f'<RegionRefIndexed index="{n}" regionRef="{rid}"/>' for n, rid in enumerate(["h", "p"] + [f"c{r}{k}" for r in range(3) for k in range(3)]))
    path = tmp_path / "hafen.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1000" imageHeight="400">'
        f'<ReadingOrder><OrderedGroup id="o">{order}</OrderedGroup></ReadingOrder>' + notice + "".join(cells) + "</Page></PcGts>",
        encoding="utf-8",
    )
    page = clean_file(path).page
    article = page.articles[0]
    assert article.title == "Bekanntmachung." and not page.furniture
    text = " ".join(" ".join(p.split()) for p in article.paragraphs)
    assert text.endswith("bekannt: Tag Hochwaſſer Niedrigwaſſer Montag 5 Uhr 12 11 Uhr 40 Dienstag 5 Uhr 58 12 Uhr 25")
