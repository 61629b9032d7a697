"""Reports of the sittings of courts and Houses, as London papers of the 1820s set them: each
report under the body that sat, in capitals, and the day it sat, after a dash or a comma
("KING'S BENCH.—YESTERDAY.", "SURREY SESSIONS, Tuesday, March 2."). That line is the report's
headline, not a paragraph of the report above it; the head of each case in it ("ATTEMPTED
THEFT.") is a heading of that report, not a story of its own. Pages written for the class: a
column of a library's ALTO (one TextBlock a head or a paragraph, a paragraph's first line set
in) and the same column as plain text."""

from paperarchive.api import clean_file
from paperarchive.pipeline import clean_text

_COLUMN = (
    ("text", "the Jury, after a short consultation, found him Guilty,", "and he was sentenced to three months' imprisonment."),
    ("head", "KING'S BENCH.—YESTERDAY."),
    ("text", "The Court sat at ten, and the argument in the case of", "the Bridge Company was resumed by Mr. Serjeant PELL,", "who spoke until the rising of the Court."),
    ("text", "The further hearing stands over until Thursday, when", "the remaining affidavits will be read."),
    ("head", "BOW-STREET POLICE OFFICE.—THIS DAY."),
    ("text", "Thomas Reeve, a hackney coachman, was charged with", "furiously driving in the Strand, whereby a poor woman", "was thrown down and much hurt."),
    ("text", "The Magistrate fined him forty shillings, which he paid."),
    ("head", "SURREY SESSIONS, Tuesday, March 2."),
    ("text", "The Court met at ten o'clock, the Chairman and a full", "bench of Magistrates being present, and the calendar was", "found to be unusually heavy for the season."),
    ("text", "John Mills was indicted for stealing a copper kettle,", "the property of his master, and was found Guilty."),
)
_HEADS = ["KING'S BENCH.—YESTERDAY.", "BOW-STREET POLICE OFFICE.—THIS DAY.", "SURREY SESSIONS, Tuesday, March 2."]


def _alto(column, flush: bool = False) -> str:
    """`flush`: the paragraphs between two heads set with no space between them, in one TextBlock
    (as a library's OCR reads a column's run of text), the heads apart."""
    blocks, top = [], 200
    for n, (kind, *lines) in enumerate(column):
        rows = []
        for k, line in enumerate(lines):
            left = 300 if kind == "head" else 135 if k == 0 else 100
            width = 400 if kind == "head" else 900 - left
            words = "<SP/>".join(f'<String CONTENT="{w.replace(chr(34), "&quot;")}"/>' for w in line.split())
            rows.append(f'<TextLine HPOS="{left}" VPOS="{top + 40 * k}" WIDTH="{width}" HEIGHT="30">{words}</TextLine>')
        if flush and kind == "text" and n and column[n - 1][0] == "text":
            blocks[-1][1].extend(rows)
        else:
            blocks.append((top, rows))
        top += 40 * len(lines) + (24 if kind == "head" else 0 if flush else 8)
    return (
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="1100" HEIGHT="3000"><PrintSpace>'
        + "".join(f'<TextBlock HPOS="100" VPOS="{y}" WIDTH="900" HEIGHT="{40 * len(rows)}">{"".join(rows)}</TextBlock>' for y, rows in blocks)
        + "</PrintSpace></Page></Layout></alto>"
    )


def _plain(column) -> str:
    return "\n\n".join(lines[0] if kind == "head" else "\n".join(("    " + lines[0], *lines[1:])) for kind, *lines in column) + "\n"


def _assert_one_report_a_sitting(articles) -> None:
    assert [a.title for a in articles] == [None, *_HEADS]  # the column opens inside the report before
    assert [len(a.paragraphs) for a in articles] == [1, 2, 2, 2]
    assert not any(head in p for a in articles for p in a.paragraphs for head in _HEADS)


def test_a_sittings_head_in_alto_heads_its_own_report(tmp_path):
    page = tmp_path / "sittings.alto.xml"
    page.write_text(_alto(_COLUMN), encoding="utf-8")
    _assert_one_report_a_sitting(clean_file(page).page.articles)


def test_a_sittings_head_in_plain_text_heads_its_own_report():
    _assert_one_report_a_sitting(clean_text(_plain(_COLUMN)).articles)


def test_a_letters_place_and_weekday_names_no_sitting():
    # a correspondent's letter dated by place and weekday under its head: the letter's first words
    page = "LATEST FROM FRANCE.\n\nPARIS, Tuesday.\n\n    The Chamber sat at two, and the Minister of Finance\nread the budget amid much noise from the benches.\n"
    (article,) = clean_text(page).articles
    assert article.title == "LATEST FROM FRANCE."


def test_a_cases_head_in_a_sittings_report_is_its_heading(tmp_path):
    column = (
        ("text", "the Jury, after a short consultation, found him Guilty,", "and he was sentenced to three months' imprisonment."),
        ("head", "WESTMINSTER SESSIONS.—YESTERDAY."),
        ("text", "The Sessions opened at nine, Mr. Serjeant LOCKE in the", "Chair, and the calendar was found to contain forty names."),
        ("head", "ATTEMPTED THEFT."),
        ("text", "William Pratt, a sweep, was indicted for attempting to", "steal a silver watch from the shop of Mr. Gosling, in", "Fleet-street, and was sentenced to six weeks' hard labour."),
        ("head", "KENT ASSIZES, Monday, March 8."),
        ("text", "The Commission was opened at Maidstone before Mr. Justice", "BAYLEY, and the Grand Jury were sworn at the usual hour."),
    )
    page = tmp_path / "cases.alto.xml"
    page.write_text(_alto(column), encoding="utf-8")
    _, sessions, assizes = clean_file(page).page.articles
    assert (sessions.title, sessions.headings) == ("WESTMINSTER SESSIONS.—YESTERDAY.", ["ATTEMPTED THEFT."])
    assert [p[:12] for p in sessions.paragraphs] == ["The Sessions", "William Prat"]
    assert assizes.title == "KENT ASSIZES, Monday, March 8."


# A House's report whose own head the engine garbled past reading ("MOUSE OF -I.4oltoB.—MoproAl"
# on a library's ALTO): its members' turns, names in capitals, still tell the report, and each
# subject's head in capitals in it is a heading, not a story of its own. Its paragraphs are set
# flush, its heads apart.
_HOUSE = (
    ("head", "PARLIAMENTARY INTELLIGENCE."),
    ("head", "IIOUSE OF LOIIDS—Frtdav."),
    ("text", "Lord ELDON took his seat on the woolsack at five, and", "several private Bills were read a second time."),
    ("text", "The Marquess of STAFFORD presented a petition from the", "silk-weavers of Macclesfield, praying for relief."),
    ("head", "TITHES IN IRELAND."),
    ("text", "Lord KING moved for a return of the tithes collected in", "the diocese of Cashel during the last seven years."),
    ("text", "Lord LIMERICK opposed the motion, which was negatived."),
    ("head", "THE POOR LAWS."),
    ("text", "The Bishop of CHESTER presented a petition from the", "Guardians of Stockport against the new Poor Law Act."),
)


def test_a_subjects_head_in_a_houses_report_is_its_heading(tmp_path):
    page = tmp_path / "house.alto.xml"
    page.write_text(_alto(_HOUSE, flush=True), encoding="utf-8")
    (report,) = [a for a in clean_file(page).page.articles if a.paragraphs]
    assert report.headings == ["TITHES IN IRELAND.", "THE POOR LAWS."]
    assert [p.split()[1] for p in report.paragraphs] == ["ELDON", "Marquess", "KING", "LIMERICK", "Bishop"]


def test_a_head_under_a_story_naming_one_man_opens_the_next_story(tmp_path):
    # one name in capitals makes no House's report: the head under it is the next story's
    column = (
        ("text", "and the meeting broke up at a late hour."),
        ("head", "THE NEW BRIDGE."),
        ("text", "Mr. TELFORD has laid before the Trustees his plans for", "the new bridge, which are much approved."),
        ("head", "FIRE AT DEPTFORD."),
        ("text", "Yesterday morning a fire broke out in the rope-walk of", "the Victualling Yard, and burned until noon."),
    )
    page = tmp_path / "stories.alto.xml"
    page.write_text(_alto(column, flush=True), encoding="utf-8")
    assert [a.title for a in clean_file(page).page.articles] == [None, "THE NEW BRIDGE.", "FIRE AT DEPTFORD."]
