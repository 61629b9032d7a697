"""Lines into blocks: which printed lines are a table's rows, on short pages written for each case."""

from paperarchive.pipeline import clean_text


def test_a_standings_table_set_apart_under_a_results_block_keeps_a_row_a_paragraph():
    page = (
        "Ridge FC edge Dale Town, 2–1\n"
        "By Sam Hale\n\n"
        "HOLLOW – Ridge FC beat Dale Town by\n"
        "two goals to one on Sunday at the\n"
        "river ground, and they stay on top of\n"
        "the league with three rounds to play.\n\n"
        "The winner came from a corner ten\n"
        "minutes from the end of the match.\n"
        "Round 4 results\n\n"
        "Ridge      2–1  Dale\n"
        "Hollow     0–0  Brook\n"
        "Mill       3–2  Glen\n\n"
        "Table\n\n"
        "Team       W   L\n"
        "Ridge      6   2\n"
        "Brook      5   3\n"
        "Mill       4   4\n"
        "Dale       2   6\n\n"
        "Brook host the leaders\n"
        "on Saturday\n"
        "HOLLOW – Brook United meet Ridge FC\n"
        "on Saturday in the match that may\n"
        "decide the league this season.\n"
    )
    articles = {a.title: a for a in clean_text(page).articles}
    assert [" ".join(p.split()) for p in articles["Table"].paragraphs] == ["Team W L", "Ridge 6 2", "Brook 5 3", "Mill 4 4", "Dale 2 6"]
    assert articles["Brook host the leaders on Saturday"].kicker is None
