"""Stories on real library pages (tests/real, SOURCES.tsv there): iArchives' ghost lines,
headline decks whose font sizes say nothing, datelines in capitals, specks before a
paragraph, centred display lines, bracketed wire lines."""

from functools import cache
from pathlib import Path

from paperarchive.api import clean_file
from paperarchive.classify import SOURCE
from paperarchive.formats.alto import alto_regions

REAL = Path(__file__).parent / "real"
WINCHESTER = REAL / "kba_sn86069133.1910-10-31.alto"  # iArchives ALTO 1.1, NDNP
TRIBUNE = REAL / "chronam_ocr.xml"  # docWORKS ALTO, Chronicling America


@cache
def articles(path: Path):
    return clean_file(path).page.articles


def story(path: Path, title_start: str):
    return next(a for a in articles(path) if (a.title or "").startswith(title_start))


def test_ghost_lines_glued_from_two_lines_are_left_out():
    """"Old Lim I" / "LimII" (a 435-high ghost over the line) / "Jucklin": no "LimII" anywhere."""
    text = "\n".join(p for a in articles(WINCHESTER) for p in [a.title or "", a.subtitle or "", *a.paragraphs])
    assert "Lim I Jucklin" in text
    for ghost in ("LimII", "MonMI", "teanmOPERA", "SUPPLEMENTALIs", "WeekThe"):
        assert ghost not in text, ghost


# The line as iArchives wrote it (Winchester News, 1910-10-31): the last String is a ghost.
_GHOST_WORD_LINE = """<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Layout><Page ID="P1" HEIGHT="30000" WIDTH="20000">
<PrintSpace><TextBlock ID="B1" HPOS="11500" VPOS="17000" WIDTH="2600" HEIGHT="900">
<TextLine HEIGHT="147.0" WIDTH="2409.0" HPOS="11583.0" VPOS="17283.0">
<String HEIGHT="108.0" WIDTH="210.0" HPOS="11583.0" VPOS="17301.0" CONTENT="will"/><SP/>
<String HEIGHT="126.0" WIDTH="438.0" HPOS="11877.0" VPOS="17304.0" CONTENT="appear"/><SP/>
<String HEIGHT="99.0" WIDTH="111.0" HPOS="12390.0" VPOS="17304.0" CONTENT="at"/></TextLine>
<TextLine HEIGHT="444.0" WIDTH="2472.0" HPOS="11580.0" VPOS="17229.0">
<String HEIGHT="111.0" WIDTH="348.0" HPOS="11580.0" VPOS="17466.0" CONTENT="house"/><SP/>
<String HEIGHT="72.0" WIDTH="141.0" HPOS="12006.0" VPOS="17496.0" CONTENT="on"/><SP/>
<String HEIGHT="129.0" WIDTH="585.0" HPOS="12231.0" VPOS="17457.0" CONTENT="Saturday"/><SP/>
<String HEIGHT="129.0" WIDTH="306.0" HPOS="12894.0" VPOS="17451.0" CONTENT="night"/><SP/>
<String HEIGHT="444.0" WIDTH="399.0" HPOS="13653.0" VPOS="17229.0" CONTENT="operaI"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>"""


def test_a_ghost_word_glued_onto_a_lines_end_is_dropped_and_the_line_keeps_its_height():
    (region,) = alto_regions(_GHOST_WORD_LINE)[0]
    last = region.lines[-1]
    assert last.text == "house on Saturday night"
    assert last.box.height < 200  # no longer 444: the line is text type, not a headline


def test_a_headlines_lines_in_one_tall_type_stay_one_headline():
    """iArchives sizes: "POLICE WILL BE" 33, "OUT IN FORCE" 10, both ~450 high over text 140."""
    police = story(WINCHESTER, "POLICE WILL BE")
    assert police.title.startswith("POLICE WILL BE OUT IN FORCE")
    assert police.subtitle.startswith("Police Chief McCord Intends")
    assert story(WINCHESTER, "REV").title.endswith("WATTS COMPLIMENTED")
    assert story(WINCHESTER, "NEW TOBACCO").title == "NEW TOBACCO WARfHOUSf"  # as the engine read it


def test_a_dateline_in_capitals_opens_the_text_not_the_headline():
    child = story(WINCHESTER, "CHILD FALLS AND")
    assert "STERLING" not in child.title
    assert child.paragraphs[0].startswith("MT STERLING Ky Oct")


def test_a_long_lower_case_text_is_not_run_into_the_capitals_headline_above():
    opera = story(WINCHESTER, "OPERA HOUSE")
    assert opera.title == "OPERA HOUSE"
    assert opera.paragraphs[0].startswith("from the Lexington Herald The play")


def test_a_speck_before_a_capital_does_not_join_a_paragraph_the_layout_opened():
    """Opie Read's ten reasons: "…contributors to current periodicals" / "it His name is…"."""
    opie = next(a for a in articles(WINCHESTER) if any(p.startswith("it His name is familiar") for p in a.paragraphs))
    assert any(p.endswith("current periodicals") for p in opie.paragraphs)


def test_a_centred_short_line_over_full_measure_text_is_its_headline():
    poland = story(TRIBUNE, "Poland: poland:: Poland:::")
    assert poland.paragraphs[0].startswith("Greatest Natural Medicinal Water Known.")


def test_a_wire_line_in_brackets_is_the_source():
    assert story(TRIBUNE, "RUSSIA IN TO STAY.").source == "Special to The New-York Tribune by Trench Cable."
    for line, source in [
        ("{Special to The New-York Tribune by Trench Cable.)", "Special to The New-York Tribune by Trench Cable."),
        ("[BY TELEGRAPH TO THE TRIBUNE.]", "BY TELEGRAPH TO THE TRIBUNE"),
        ("Special to The Daily Record.", "Special to The Daily Record."),
    ]:
        match = SOURCE.match(line)
        assert match and (match.group("special") or match.group("telegraph")) == source
    assert SOURCE.match("Special rates to The Fair grounds all week.") is None


SALT_LAKE = REAL / "chronam_uuml_thys_ocr.txt"  # Chronicling America plain text
TRIBUNE_TEXT = REAL / "chronam_ocr.txt"


def test_a_headline_in_capitals_under_a_full_line_of_plain_text_opens_its_own_block():
    """ocr.txt has no blank line before a headline: "…in that respect were." / "YOUNG ROCKEFELLER ."."""
    assert story(SALT_LAKE, "YOUNG ROCKEFELLER").title == "YOUNG ROCKEFELLER . TO BUILD BIG HOUSE"
    assert story(SALT_LAKE, "GENERAL STRIKE OF").title == "GENERAL STRIKE OF TIMBER WORKERS"
    paragraphs = [p for a in articles(SALT_LAKE) for p in a.paragraphs]
    assert not any(p.endswith(("YOUNG ROCKEFELLER .", "GENERAL STRIKE OF")) for p in paragraphs)


def test_a_run_in_headline_over_its_wire_line_is_not_run_into_the_paragraph_above():
    paragraphs = [p for a in articles(SALT_LAKE) for p in a.paragraphs]
    assert any(p.endswith("careful guard.") for p in paragraphs)
    assert not any("Sentenced for Robbery." in p for p in paragraphs)


def test_a_capitals_headline_is_titled_by_its_first_deck():
    fires = story(TRIBUNE_TEXT, "FOREST FIRES RAGING.")
    assert fires.title == "FOREST FIRES RAGING."
    assert fires.subtitle.startswith("HOTELS TUREATEXED.")


def test_in_unpunctuated_ocr_an_indented_line_opens_a_paragraph():
    paragraphs = [p for a in articles(WINCHESTER) for p in a.paragraphs]
    assert any(p.startswith("Most of the people here") for p in paragraphs)
    assert any(p.endswith("death of her father Mr Owcjii") for p in paragraphs)


# A head over a speck the engine read as "*", its box (a few dots high) under the head's foot,
# as on the Evening Star of 1868 (real23): the head is no ghost of the speck.
_HEAD_OVER_A_SPECK = """<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Layout><Page ID="P1" HEIGHT="30000" WIDTH="20000">
<PrintSpace><TextBlock ID="B1" HPOS="6000" VPOS="2000" WIDTH="3900" HEIGHT="1500">
<TextLine HEIGHT="660" WIDTH="3700" HPOS="6100" VPOS="2000">
<String HEIGHT="640" WIDTH="1600" HPOS="6100" VPOS="2000" CONTENT="BALTIMORE"/><SP/>
<String HEIGHT="660" WIDTH="1900" HPOS="7900" VPOS="2000" CONTENT="ELECTIONS."/></TextLine>
<TextLine HEIGHT="90" WIDTH="140" HPOS="7800" VPOS="2600"><String HEIGHT="90" WIDTH="140" HPOS="7800" VPOS="2600" CONTENT="*"/></TextLine>
<TextLine HEIGHT="150" WIDTH="3600" HPOS="6100" VPOS="2800">
<String HEIGHT="150" WIDTH="1000" HPOS="6100" VPOS="2800" CONTENT="Returns"/><SP/>
<String HEIGHT="150" WIDTH="500" HPOS="7200" VPOS="2800" CONTENT="from"/><SP/>
<String HEIGHT="150" WIDTH="1900" HPOS="7800" VPOS="2800" CONTENT="the wards."/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>"""


def test_a_head_over_a_speck_is_no_ghost_and_keeps_its_words(tmp_path):
    page = tmp_path / "head_over_speck.alto.xml"
    page.write_text(_HEAD_OVER_A_SPECK, encoding="utf-8")
    (story,) = clean_file(page).page.articles
    assert story.title == "BALTIMORE ELECTIONS."
    assert story.paragraphs == ["Returns from the wards."]
