"""Shapes of Latin-script local pages, on pages written for them (not copied from a gold
page): a speaker's words opened by a dash on a line of their own, as Nordic, Slavic and
Hungarian papers quote, start a paragraph even under a line that fills the column; a
sports report's score rows, one side a line with its scorers in brackets, are paragraphs
of the report, never the head of the story under them; a fact box's bulleted items are
paragraphs each, the bullet left off."""

from paperarchive.pipeline import clean_text

_QUOTED = (
    "Bystyret i Lillevik vedtok tirsdag å bygge ny\n"
    "idrettshall ved ungdomsskolen. Hallen skal stå\n"
    "klar til skolestart høsten 2028 og får plass til\n"
    "tre håndballbaner og en klatrevegg for elevene.\n"
    "- Vi har ventet på dette i mer enn ti år, og nå\n"
    "kan endelig barna trene nær hjemmet, sier leder\n"
    "Ingrid Bakke i idrettslaget.\n"
    "Prosjektet er beregnet til å koste 140 millioner\n"
    "kroner, og kommunen søker om spillemidler.\n"
)


def test_a_dash_opening_a_speakers_words_starts_a_paragraph_under_a_full_line():
    paragraphs = clean_text("Ny idrettshall i Lillevik\n\n" + _QUOTED).articles[0].paragraphs
    assert paragraphs[0].endswith("klatrevegg for elevene.")
    assert paragraphs[1].startswith("- Vi har ventet på dette")


_SPORTS = (
    "BOWLS\n"
    "\n"
    "Harbour Club Win the Coastal Shield\n"
    "    Harbour Club beat Westfield by 21 shots in\n"
    "the final of the Coastal Shield on Saturday.\n"
    "Playing at home, the rinks skipped by J. Ward\n"
    "and P. Quinn were never behind all afternoon.\n"
    "Harbour Club 96 (J. Ward 28, P. Quinn 25)\n"
    "Westfield 75 (K. Foley 22; S. Marsh 19)\n"
    "Harbour Club won by 21 shots.\n"
    "\n"
    "CHURCH NOTES\n"
    "    The harvest festival will be held at St.\n"
    "Mary's on Sunday next at 11 a.m.\n"
)


def test_score_rows_under_a_match_report_are_its_paragraphs_not_the_next_head():
    articles = clean_text(_SPORTS).articles
    report = next(a for a in articles if a.title == "Harbour Club Win the Coastal Shield")
    assert "Harbour Club 96 (J. Ward 28, P. Quinn 25)" in report.paragraphs
    assert "Westfield 75 (K. Foley 22; S. Marsh 19)" in report.paragraphs
    church = next(a for a in articles if a.title == "CHURCH NOTES")
    assert church.kicker is None


_FACT_BOX = (
    "Ny barnehage i Nordvik\n"
    "\n"
    "Kommunen bygger en ny barnehage i Nordvik,\n"
    "og den skal stå ferdig neste høst.\n"
    "\n"
    "FAKTA\n"
    "Nordvik barnehage\n"
    "\n"
    "· Barnehagen får plass til 60 barn i fire\n"
    "avdelinger.\n"
    "· Bygget koster 48 millioner kroner.\n"
    "· Åpningen er planlagt i august 2027.\n"
)


def test_a_fact_boxs_bulleted_items_are_each_a_paragraph_without_the_bullet():
    assert clean_text(_FACT_BOX).articles[-1].paragraphs == [
        "Barnehagen får plass til 60 barn i fire avdelinger.",
        "Bygget koster 48 millioner kroner.",
        "Åpningen er planlagt i august 2027.",
    ]
