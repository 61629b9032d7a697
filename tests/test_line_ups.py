"""A team's line-up under a match report is text, however short its lines (classify.py
`LINE_UP`): not a head, not a byline. A PAGE page drawn for the case, the report in one column."""

from paperarchive.api import clean_file
from paperarchive.classify import LINE_UP

BODY = 27  # a body line's height, in pixels


def page_xml(*regions: tuple[str, list[str], int]) -> str:
    """A PAGE page of one column: each region (type, lines, top), its lines 40 pixels apart."""
    out, refs = [], []
    for n, (kind, lines, top) in enumerate(regions):
        rows = "".join(
            f'<TextLine id="r{n}l{k}"><Coords points="90,{top + 40 * k} 570,{top + 40 * k} 570,{top + 40 * k + BODY} 90,{top + 40 * k + BODY}"/>'
            f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
            for k, text in enumerate(lines)
        )
        bottom = top + 40 * len(lines)
        out.append(f'<TextRegion id="r{n}" type="{kind}"><Coords points="90,{top} 570,{top} 570,{bottom} 90,{bottom}"/>{rows}</TextRegion>')
        refs.append(f'<RegionRefIndexed index="{n}" regionRef="r{n}"/>')
    return (
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="700" imageHeight="1200">'
        f'<ReadingOrder><OrderedGroup id="g">{"".join(refs)}</OrderedGroup></ReadingOrder>' + "".join(out) + "</Page></PcGts>"
    )


REPORT = [
    "The home side started well and led by two",
    "goals at the break, but the visitors came",
    "back strongly after the interval and drew",
    "level in the last minute of the game.",
]


def test_line_ups_under_a_report_are_its_paragraphs(tmp_path):
    """Two line-ups and the referee's line under a report, then the next report: before, the
    first line-up was read as the report's byline, the second as the next story's head."""
    path = tmp_path / "page.xml"
    path.write_text(
        page_xml(
            ("heading", ["Late Goal Saves a Point"], 60),
            ("paragraph", REPORT, 130),
            ("paragraph", ["Rovers: Hart; Cole, Dunn; Ford, Gale, Hill; Ives, Judd,", "Kemp, Lowe, Moss."], 310),
            ("paragraph", ["United: Nash; Oake, Pike; Reed, Sime, Tait; Vale, Webb,", "Yard, Zell, Amis."], 400),
            ("paragraph", ["The referee, Mr. Lee of Hull, had a quiet", "afternoon."], 490),
            ("heading", ["Cup Tie Ends in a Draw"], 600),
            ("paragraph", REPORT, 670),
        ),
        encoding="utf-8",
    )
    first, second = clean_file(path).page.articles
    assert first.title == "Late Goal Saves a Point" and first.byline is None
    assert first.paragraphs[1:3] == [
        "Rovers: Hart; Cole, Dunn; Ford, Gale, Hill; Ives, Judd, Kemp, Lowe, Moss.",
        "United: Nash; Oake, Pike; Reed, Sime, Tait; Vale, Webb, Yard, Zell, Amis.",
    ]
    assert second.title == "Cup Tie Ends in a Draw"


def test_a_label_over_a_sentence_is_no_line_up():
    assert LINE_UP.match("Note: The meeting; was held on Friday.") is None
    assert LINE_UP.match("VfR Mannheim: Jacob; Conrad, Jakob; Fütterer, Rößling, Feth; Krämer, Luhmann, Lutz, Danner, Heim.")
