"""A report's dateline (a place, a comma, the day with its stop and the month) opens the report,
even where the engine read it in lower case — an agency's sign before the place, or a misread
place — and even where the line above it was cut at the scan's edge, ending no sentence. Pages
written for the case (the Kölnische Zeitung's Transkribus files of 1924 have both)."""

from paperarchive.api import clean_file
from paperarchive.models import Block, Kind
from paperarchive.rules import Context
from paperarchive.rules.columns import join_column_break


def test_an_agencys_sign_before_the_place_opens_the_report_under_its_head():
    head = Block(("Ein Unfall des amerikanischen Luftschiffs.",), 1, gap=2, kind=Kind.SHORT)
    report = Block(("eca New York, 17. Jan. (Telegr.) Das lenkbare Luftschiff ist gestern schwer beschädigt worden.",), 3, gap=1, kind=Kind.BODY)
    out, fixes = join_column_break((head, report), Context())
    assert out == (head, report) and not fixes


def test_a_sentence_going_on_in_lower_case_under_a_cut_head_still_joins():
    left = Block(("Der Rat tagt wie jedes Jahr",), 1, kind=Kind.BODY)
    right = Block(("am Montag, 12. Jan. im Rathaus der Stadt.",), 3, gap=1, kind=Kind.BODY)
    out, _ = join_column_break((left, right), Context())
    assert [b.text for b in out] == ["Der Rat tagt wie jedes Jahr am Montag, 12. Jan. im Rathaus der Stadt."]


def _line(text: str, left: int, top: int, right: int = 1290) -> str:
    # a hand-drawn line's box, taller than the lines' pitch (80 high, 36 apart)
    return f'<TextLine><Coords points="{left},{top} {right},{top} {right},{top + 80} {left},{top + 80}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>'


def test_a_dateline_set_in_opens_a_paragraph_under_a_line_cut_at_the_edge(tmp_path):
    lines = [("WTB Berlin, 17. Jan. (Telegr.) Die in manchen Zeitungen verbreitete", 234)]
    lines += [(f"Nachricht über die Sitzung des Verbandes beruht auf einem Irrtum {n}", 194) for n in range(5)]
    lines += [("deſſen Einberufung in der nächſten Zeit nicht in A", 192)]  # cut at the scan's edge
    lines += [("caesen, 17. Jan. (Telegr.) Der Redakteur der Volkszeitung iſt heute zum", 233)]
    lines += [(f"Miniſter ernannt worden und hat das Amt ſchon angetreten, Zeile {n}", 199) for n in range(3)]
    lines += [("der Unabhängigen.", 193)]
    rows = "".join(_line(text, left, 100 + 36 * n, 1290 if n != 6 else 880) for n, (text, left) in enumerate(lines))
    region = f'<TextRegion id="r1" type="paragraph"><Coords points="190,100 1300,100 1300,600 190,600"/>{rows}</TextRegion>'
    head = '<TextRegion id="h1" type="heading"><Coords points="380,10 1130,10 1130,90 380,90"/>' + _line("Neueste Nachrichten", 380, 10, 1130) + "</TextRegion>"
    path = tmp_path / "spalte.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1400" imageHeight="800">'
        + head
        + region
        + "</Page></PcGts>",
        encoding="utf-8",
    )
    paragraphs = [p for article in clean_file(path).page.articles for p in article.paragraphs]
    assert len(paragraphs) == 2 and paragraphs[1].startswith("caesen, 17. Jan.")
