"""A report of a debate, as London papers of the 1820s printed Parliament: the clause of a
motion set short and closed by a comma ("On the question that the Speaker do leave the Chair
being put,"), then the member who spoke on it, his name in capitals, in a paragraph of his own
("Mr. PEEL said…"). The comma ends no sentence, but the indent and the short line end the
paragraph. Page written for the class: one TextBlock of a library's ALTO."""

from paperarchive.api import clean_file

_LEFT, _RIGHT, _PITCH = 100, 1000, 40
_LINES = (
    (0, _RIGHT, "The House having resolved itself into a Committee on the"),
    (0, _RIGHT, "Navy Estimates, and the first Resolution, for the wages of"),
    (0, 620, "the seamen, being proposed,"),
    (35, _RIGHT, "Mr. PEEL said that he could not suffer the vote to pass"),
    (0, _RIGHT, "without remarking on the great increase of the charge for"),
    (0, 700, "the dock-yards since the last Session."),
    (35, _RIGHT, "Sir G. COCKBURN replied, that the increase arose wholly"),
    (0, 560, "from the repairs of the fleet."),
)


def _page() -> str:
    rows = []
    for k, (indent, right, text) in enumerate(_LINES):
        words = "<SP/>".join(f'<String CONTENT="{w}"/>' for w in text.split())
        rows.append(f'<TextLine HPOS="{_LEFT + indent}" VPOS="{200 + _PITCH * k}" WIDTH="{right - _LEFT - indent}" HEIGHT="30">{words}</TextLine>')
    return (
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="1100" HEIGHT="3000"><PrintSpace>'
        '<TextBlock HPOS="300" VPOS="100" WIDTH="500" HEIGHT="30"><TextLine HPOS="420" VPOS="100" WIDTH="260" HEIGHT="30">'
        '<String CONTENT="NAVY"/><SP/><String CONTENT="ESTIMATES."/></TextLine></TextBlock>'
        f'<TextBlock HPOS="{_LEFT}" VPOS="200" WIDTH="{_RIGHT - _LEFT}" HEIGHT="{_PITCH * len(_LINES)}">{"".join(rows)}</TextBlock>'
        "</PrintSpace></Page></Layout></alto>"
    )


def test_a_members_turn_under_the_motions_clause_is_a_paragraph_of_its_own(tmp_path):
    page = tmp_path / "debate.alto.xml"
    page.write_text(_page(), encoding="utf-8")
    (debate,) = clean_file(page).page.articles
    assert debate.title == "NAVY ESTIMATES."
    assert [p.split()[-1] for p in debate.paragraphs] == ["proposed,", "Session.", "fleet."]
