"""Cards and notices on a library's ALTO page: a name set large whose sentence runs on small
in lower case (an agency's card: "Northern Cattle Insurance" / "insures horses and cattle …")
is the card's title, its text the card's (pages written for each class, no gold page's text)."""

from pathlib import Path

_STYLES = (
    '<Styles><TextStyle ID="BODY" FONTSIZE="11"/><TextStyle ID="NAME" FONTSIZE="18"/>'
    '<TextStyle ID="BIG" FONTSIZE="24"/></Styles>'
)


def _line(left: int, top: int, text: str, style: str = "BODY", spaced: int = 0) -> str:
    """A line of words; `spaced`: extra room between the words (letter-spaced type)."""
    height = {"BODY": 30, "NAME": 50, "BIG": 70}[style]
    x, strings = left, []
    for word in text.split():
        width = (height * 3 // 5) * len(word)
        strings.append(f'<String STYLEREFS="{style}" CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}"/>')
        x += width + height // 2 + spaced
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


def _block(top: int, *lines: str, height: int = 200) -> str:
    return f'<TextBlock HPOS="100" VPOS="{top}" WIDTH="900" HEIGHT="{height}">{"".join(lines)}</TextBlock>'


def _clean(tmp_path: Path, *blocks: str):
    from paperarchive.api import clean_file

    page = tmp_path / "cards.alto.xml"
    page.write_text(
        f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">{_STYLES}<Layout><Page WIDTH="2000" HEIGHT="3000">'
        f"<PrintSpace>{''.join(blocks)}</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    return clean_file(page).page


_NOTICE = (
    _block(
        1200,
        _line(100, 1200, "The town library is open every weekday from ten"),
        _line(100, 1240, "to four and on Saturday mornings from nine to"),
        _line(100, 1280, "noon, the reading room until eight at night."),
    ),
)


def test_a_name_in_display_type_over_its_sentence_in_lower_case_is_the_cards_title(tmp_path):
    page = _clean(
        tmp_path,
        _block(100, _line(150, 100, "Northern Cattle Insurance", "NAME")),
        _block(
            170,
            _line(100, 170, "insures horses and cattle at the"),
            _line(100, 210, "lowest rates in the province."),
            _line(160, 250, "Agent in Milltown: the district vet."),
        ),
        *_NOTICE,
    )
    card = next(a for a in page.articles if "horses" in " ".join(a.paragraphs))
    assert card.title == "Northern Cattle Insurance"
    assert card.paragraphs[0].startswith("insures horses and cattle")


def test_a_name_set_large_at_the_top_of_its_block_heads_the_text_under_it(tmp_path):
    page = _clean(
        tmp_path,
        _block(
            100,
            _line(150, 100, "Exchangebooks", "BIG"),
            _line(100, 180, "bound in hard covers, of every size, are for"),
            _line(100, 220, "sale at the office of this paper."),
        ),
        *_NOTICE,
    )
    card = next(a for a in page.articles if "covers" in " ".join(a.paragraphs))
    assert card.title == "Exchangebooks"
    assert card.paragraphs[0] == "bound in hard covers, of every size, are for sale at the office of this paper."


def test_a_trade_in_text_type_over_a_name_in_display_type_is_the_names_kicker(tmp_path):
    page = _clean(
        tmp_path,
        _block(100, _line(100, 100, "Lawsuits and estates handled at fair fees by"), _line(100, 140, "the old firm of Lund and Sons, Milltown."), height=70),
        _block(  # the next card, two lines' space under it
            260,
            _line(110, 260, "Maanmittari Jyväskylässä", spaced=180),  # spaced out to the measure
            _line(150, 300, "Jonas Whitaker", "NAME"),
            _line(100, 360, "Measures lands and draws plans of every kind for"),
            _line(100, 400, "farms and town lots. Travels to the country."),
        ),
        *_NOTICE,
    )
    card = next(a for a in page.articles if "Measures" in " ".join(a.paragraphs))
    assert (card.kicker, card.title) == ("Maanmittari Jyväskylässä", "Jonas Whitaker")


def test_a_paragraphs_short_last_line_misread_as_a_speck_still_ends_it(tmp_path):
    page = _clean(
        tmp_path,
        _block(
            100,
            _line(150, 100, "Doctor Anna Berg, at the hospital, receives on"),
            _line(100, 140, "weekdays from nine to eleven in the morning and"),
            _line(100, 180, "on Sundays and on holidays from ten to eleven in the"),
            _line(100, 220, "•• PP"),
            _line(150, 260, "Doctor Paul Lind is away on a journey until the"),
            _line(100, 300, "first of August and sees no patients before then."),
        ),
        *_NOTICE,
    )
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert any(p.startswith("Doctor Paul Lind") for p in paragraphs)
    assert any(p.startswith("Doctor Anna Berg") and "holidays" in p and "Lind" not in p for p in paragraphs)
