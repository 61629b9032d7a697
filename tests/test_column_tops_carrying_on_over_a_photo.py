"""A photo set inside a column's text, on an engine's ALTO page: the column's first lines, over the
photo and short, carry on the sentence the column before left open at its foot; they are the
story's text, never a subhead (pages written for the class, no gold page's text)."""

from pathlib import Path

_STYLES = '<Styles><TextStyle ID="BODY" FONTSIZE="11"/><TextStyle ID="BIG" FONTSIZE="24"/></Styles>'


def _line(left: int, top: int, text: str, style: str = "BODY") -> str:
    height = {"BODY": 30, "BIG": 70}[style]
    x, strings = left, []
    for word in text.split():
        width = (height * 3 // 5) * len(word)
        strings.append(f'<String STYLEREFS="{style}" CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}"/>')
        x += width + height // 2
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


def _block(left: int, top: int, *texts: str, indent: tuple[int, ...] = (0,), style: str = "BODY") -> str:
    """A block of lines 40 apart; the lines numbered in `indent` set in by an em."""
    pitch = 40 if style == "BODY" else 90
    lines = "".join(_line(left + (30 if n in indent else 0), top + pitch * n, text, style) for n, text in enumerate(texts))
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="520" HEIGHT="{pitch * len(texts)}">{lines}</TextBlock>'


def _clean(tmp_path: Path, *blocks: str):
    from paperarchive.api import clean_file

    page = tmp_path / "photo_in_column.alto.xml"
    page.write_text(
        f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">{_STYLES}<Layout><Page WIDTH="1800" HEIGHT="1400">'
        f"<PrintSpace>{''.join(blocks)}</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    return clean_file(page).page


def _photo(left: int, top: int) -> str:
    return f'<Illustration HPOS="{left}" VPOS="{top}" WIDTH="520" HEIGHT="200"/>'


def test_a_columns_short_top_over_a_photo_carries_on_the_column_before(tmp_path):
    page = _clean(
        tmp_path,
        _block(100, 100, "Klabu ya Picha Mjini", style="BIG"),
        _block(
            100, 220,
            "Klabu ya picha ya mji wetu ilianza",
            "mafunzo ya kamera kwa vijana wa",
            "shule za sekondari wiki hii. Vijana",
            "thelathini walipiga picha sokoni,",
            "bandarini na katika bustani ya mji.",
        ),
        _block(100, 430, "Maonyesho ya Desemba"),
        _block(
            100, 475,
            "Mwenyekiti wa klabu alisema picha",
            "bora zitachaguliwa kwa ajili ya",
            "maonyesho makubwa ya mwaka ujao, na",
            "maonyesho hayo yatafanyika mwezi",
        ),
        _block(
            640, 220,
            "Desemba ndani ya Ukumbi",
            "Mkuu Mombasa.",
            "Kila mtu anakaribishwa kujiunga",
            indent=(2,),
        ),
        _photo(640, 350),
        _block(640, 570, "Vijana wakipiga picha sokoni."),
        _block(640, 615, "Picha: Amina Salim"),
        _block(
            640, 665,
            "na klabu, ada yake ni ndogo sana",
            "kwa kila mwezi wa mwaka.",
        ),
        _block(1180, 220, "Kamera za Zamani Klabuni"),
        _block(
            1180, 265,
            "Kamera za zamani zinatunzwa na",
            "klabu, na simu za mkononi pia",
            "zinatumika katika mafunzo haya.",
        ),
    )
    story = page.articles[0]
    assert story.title == "Klabu ya Picha Mjini"
    assert "Desemba ndani ya Ukumbi Mkuu Mombasa." not in story.headings
    # (a head at the next column's top, over a column closed on its stop, stays one)
    assert "Kamera za Zamani Klabuni" in [*story.headings, *(a.title for a in page.articles)]
    assert any(p.endswith("maonyesho hayo yatafanyika mwezi Desemba ndani ya Ukumbi Mkuu Mombasa.") for p in story.paragraphs)
