"""Stories on library pages whose text is right (human PAGE ground truth): what the line
geometry tells the cleaner where the text cannot. A column as a transcriber draws it in PAGE XML,
one region around all its items, written for the case (formats/page.py)."""

from paperarchive.api import clean_file

_BODY = 40  # a text line's height, in pixels
_PITCH = 44  # from one line's top to the next's


def _line(text: str, left: int, top: int, right: int) -> str:
    return (
        f'<TextLine><Coords points="{left},{top} {right},{top} {right},{top + _BODY} {left},{top + _BODY}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
    )


def _column(tmp_path, head_top: int):
    """A column in one region: a letter's last paragraph (closed by dashes, no sentence's end), then (at `head_top`) a report's head set
    centred in the text's type, then the report's text."""
    rows = [
        ("Als nun aber ein Magiſtratsmitglied und ein Stadt⸗", 40, 1000),
        ("verordneter ſich nicht entblödeten, die Stadt in Ge⸗", 0, 1000),
        ("fahr zu bringen, da haben Magiſtrat und Stadtver⸗", 0, 1000),
        ("ordnete kein Wort dazu geſagt. — —", 0, 600),
    ]
    lines = [_line(text, x0, n * _PITCH, x1) for n, (text, x0, x1) in enumerate(rows)]
    lines.append(_line("Marktpreiſe vom 16. December.", 300, head_top, 720))
    report = [
        ("Der Weizen galt auf dem heutigen Markte mehr als", 40, 1000),
        ("in der vorigen Woche, der Roggen blieb im Preiſe", 0, 1000),
        ("wie er war, und Hafer wurde wenig angeboten, weil", 0, 1000),
        ("die Wege im Kreiſe ſchlecht ſind.", 0, 600),
    ]
    top = head_top + _PITCH + 10
    lines += [_line(text, x0, top + n * _PITCH, x1) for n, (text, x0, x1) in enumerate(report)]
    bottom = top + len(report) * _PITCH
    path = tmp_path / "kreisblatt.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1100" imageHeight="1200">'
        f'<TextRegion id="c1"><Coords points="0,0 1000,0 1000,{bottom} 0,{bottom}"/>' + "".join(lines) + "</TextRegion>"
        "</Page></PcGts>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_a_head_set_centred_with_a_blank_line_above_it_opens_the_report_under_it(tmp_path):
    page = _column(tmp_path, 3 * _PITCH + 80)
    report = next(a for a in page.articles if a.title == "Marktpreiſe vom 16. December.")
    assert report.paragraphs[0].startswith("Der Weizen galt")
    assert not any("Marktpreiſe" in p for a in page.articles for p in a.paragraphs)


