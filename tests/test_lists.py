"""Lists as papers print them: entries set with hanging indents (the first line at the column's
edge, runovers a little in), grouped under short heads centred in the column, in the entries'
own type. Casualty lists, contents lists, directories, results by county: the heads are the
list's headings, each entry a paragraph, however short. Pages written for the case, as PAGE
XML and ALTO with the geometry a library's file gives."""

from paperarchive.api import clean_file

HEIGHT, LEADING, MEASURE = 40, 52, 1200

# An election return under its headline, then a story set the usual way (first lines indented).
LIST = [
    ("Erie County.", "head"),
    ("Abbott, James, farmer, Millgrove — 2,315 votes,", "entry"),
    ("elected.", "runover"),
    ("Barton, Ruth, teacher, Akron — 1,940 votes.", "entry"),
    ("Cole, Henry, merchant, Lancaster — 412 votes.", "entry"),
    ("Niagara County.", "head"),
    ("Dunn, Walter, physician, Lockport — 3,007 votes,", "entry"),
    ("elected.", "runover"),
    ("Ellis, Mary, printer, Wilson — 1,288 votes.", "entry"),
    ("Orleans County.", "head"),
    ("Foster, Amos, miller, Albion — 1,702 votes,", "entry"),
    ("elected.", "runover"),
    ("Grant, Lydia, grocer, Medina — 1,655 votes, after a recount", "entry"),
    ("ordered by the county board.", "runover"),
]
STORY = [
    ("The county boards met on Tuesday to canvass the returns,", "indent"),
    ("and the clerks reported that every district had sent its", "full"),
    ("books in time for the count.", "last"),
    ("A recount was asked for in Medina, where the two candidates", "indent"),
    ("stood forty-seven votes apart when the polls had closed.", "last"),
]


def _lines(rows, top):
    """(text, left, top, right, height) for each row, set as its kind says."""
    out = []
    for text, kind in rows:
        width = min(MEASURE, 22 * len(text))
        left = {"head": (MEASURE - width) / 2, "runover": 60, "indent": 60}.get(kind, 0)
        right = left + width if kind in ("head", "runover", "last") else MEASURE
        out.append((text, left, top, right, HEIGHT))
        top += LEADING
    return out, top


def _page_xml(regions) -> str:
    body = []
    for n, (kind, lines) in enumerate(regions):
        top, bottom = lines[0][2], lines[-1][2] + lines[-1][4]
        body.append(f'<TextRegion id="r{n}" type="{kind}"><Coords points="0,{top} {MEASURE},{top} {MEASURE},{bottom} 0,{bottom}"/>')
        for k, (text, left, y, right, h) in enumerate(lines):
            body.append(
                f'<TextLine id="r{n}l{k}"><Coords points="{left:.0f},{y} {right:.0f},{y} {right:.0f},{y + h} {left:.0f},{y + h}"/>'
                f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
            )
        body.append("</TextRegion>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
        f'<Page imageFilename="x.png" imageWidth="{MEASURE}" imageHeight="3000">{"".join(body)}</Page></PcGts>'
    )


def _alto(regions) -> str:
    blocks = []
    for n, (_, lines) in enumerate(regions):
        top, bottom = lines[0][2], lines[-1][2] + lines[-1][4]
        rows = "".join(
            f'<TextLine HPOS="{left:.0f}" VPOS="{y}" WIDTH="{right - left:.0f}" HEIGHT="{h}">'
            + " ".join(f'<String CONTENT="{word}" HPOS="{left:.0f}" VPOS="{y}" WIDTH="10" HEIGHT="{h}"/>' for word in text.split())
            + "</TextLine>"
            for text, left, y, right, h in lines
        )
        blocks.append(f'<TextBlock ID="b{n}" HPOS="0" VPOS="{top}" WIDTH="{MEASURE}" HEIGHT="{bottom - top}">{rows}</TextBlock>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>'
        f'<Page WIDTH="{MEASURE}" HEIGHT="3000"><PrintSpace>{"".join(blocks)}</PrintSpace></Page></Layout></alto>'
    )


def _regions():
    # The headlines in display type, twice the height of the text.
    head = [("ASSEMBLY RETURNS BY COUNTY", 0, 0, MEASURE, 2 * HEIGHT)]
    listed, top = _lines(LIST, 120)
    story_head = [("CANVASS FINISHED", 300, top + 80, 900, 2 * HEIGHT)]
    story, _ = _lines(STORY, top + 200)
    return [("heading", head), ("paragraph", listed), ("heading", story_head), ("paragraph", story)]


def _check(page):
    returns, story = page.articles
    assert returns.title == "ASSEMBLY RETURNS BY COUNTY"
    assert returns.headings == ["Erie County.", "Niagara County.", "Orleans County."]
    assert returns.paragraphs[:3] == [
        "Abbott, James, farmer, Millgrove — 2,315 votes, elected.",
        "Barton, Ruth, teacher, Akron — 1,940 votes.",
        "Cole, Henry, merchant, Lancaster — 412 votes.",
    ]
    assert returns.paragraphs[-1] == "Grant, Lydia, grocer, Medina — 1,655 votes, after a recount ordered by the county board."
    assert len(returns.paragraphs) == 7
    # Text set with indented first lines keeps its paragraphs as they were.
    assert story.title == "CANVASS FINISHED"
    assert len(story.paragraphs) == 2 and story.paragraphs[0].endswith("in time for the count.")


def test_a_list_in_page_xml_gives_its_group_heads_as_headings_and_each_entry_a_paragraph(tmp_path):
    path = tmp_path / "returns.page.xml"
    path.write_text(_page_xml(_regions()), encoding="utf-8")
    _check(clean_file(path).page)


def test_a_list_in_alto_reads_alike(tmp_path):
    path = tmp_path / "returns.alto.xml"
    path.write_text(_alto(_regions()), encoding="utf-8")
    _check(clean_file(path).page)


DECREE = [
    ("Verordnung über die Waſſerverſorgung.", "head"),
    ("Der Rat hat auf Grund des § 4 des Geſetzes folgende", "indent"),
    ("Verordnung erlaſſen:", "last"),
    ("§ 1", "head"),
    ("Die Gemeinden haben für die Verſorgung ihrer Einwohner", "indent"),
    ("mit Trinkwaſſer zu ſorgen.", "last"),
    ("§ 2", "head"),
    ("Dieſe Verordnung tritt mit dem Tage der Verkündung", "indent"),
    ("in Kraft; die Gemeinden melden ihre Brunnen binnen", "full"),
    ("vier Wochen dem Bezirksamte.", "last"),
]


def test_a_decrees_numbered_heads_inside_its_region_are_its_headings(tmp_path):
    # Boxed as one region, as library files often box an act: "§ 1" is too short to tell from
    # a speck by its box; it is a heading of the decree, not furniture nor text.
    lines, _ = _lines(DECREE, 0)
    path = tmp_path / "decree.page.xml"
    path.write_text(_page_xml([("paragraph", lines)]), encoding="utf-8")
    (decree,) = clean_file(path).page.articles
    assert decree.title == "Verordnung über die Waſſerverſorgung."
    assert decree.headings == ["§ 1", "§ 2"]
    assert decree.paragraphs == [
        "Der Rat hat auf Grund des § 4 des Geſetzes folgende Verordnung erlaſſen:",
        "Die Gemeinden haben für die Verſorgung ihrer Einwohner mit Trinkwaſſer zu ſorgen.",
        "Dieſe Verordnung tritt mit dem Tage der Verkündung in Kraft; die Gemeinden melden ihre Brunnen binnen vier Wochen dem Bezirksamte.",
    ]


NOTICES = [
    [("Bekanntmachung.", "head"), ("Der Höchſtpreis für weißen Kohl wird vom 8. November an", "indent"),
     ("auf zwölf Mark für den Zentner feſtgeſetzt.", "last"), ("Berlin, den 6. November 1918.", "head")],
    [("Bekanntmachung.", "head"), ("Dem Händler Hermann Knape hierſelbſt iſt der Handel mit", "indent"),
     ("Lebensmitteln wieder geſtattet worden.", "last"), ("Calbe a. S., den 4. November 1918.", "head")],
]


def test_a_head_centred_in_text_type_atop_a_page_region_opens_a_story(tmp_path):
    # Each notice its own region, its head set centred in the text's own type: no size tells it
    # from a subhead; the region it opens, under text that ends a sentence, does.
    regions, top = [], 0
    for notice in NOTICES:
        lines, top = _lines(notice, top)
        regions.append(("paragraph", lines))
    path = tmp_path / "notices.page.xml"
    path.write_text(_page_xml(regions), encoding="utf-8")
    first, second = clean_file(path).page.articles
    assert first.title == second.title == "Bekanntmachung."
    assert second.paragraphs[0].startswith("Dem Händler Hermann Knape")
