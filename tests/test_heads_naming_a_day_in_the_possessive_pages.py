"""A head over a column's extract that names the day of the paper or sitting it reports in the
possessive ("FROM MONDAY EVENING'S COURIER.", "Thursday's Sitting."): its weekday dates no page, so
the head is the extract's title, neither the issue's date line under the masthead nor a running
head. Pages written for the class, in a layout file and in plain text, cleaned through the public
API."""

from test_born_digital_alto import born_digital_alto, column

from paperarchive.api import clean_file

_PROMOTIONS = [
    "ADMIRALTY, MARCH 1, 1841.",
    "Commander R. Ashby to be Captain of the",
    "Vesta frigate, vice Lowther, who retires",
    "on half-pay at his own request.",
    "Lieutenant J. Farrow to the Comet sloop,",
    "vice Pell, promoted to the rank of Commander.",
]
_OTHER = [
    "The frost which set in on Sunday has closed",
    "the canal above the locks, and the barges",
    "bound for the city lie frozen at the wharf.",
    "The coal merchants expect a rise in price.",
]


def test_a_head_naming_whose_paper_an_extract_is_from_is_its_title_under_the_masthead(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(300, 40, 60, "THE WEEKLY HERALD")],
            [(330, 120, 25, "WEDNESDAY, MARCH 3, 1841.")],
            [(120, 180, 25, "FROM MONDAY EVENING'S COURIER.")],
            column(75, 230, _PROMOTIONS, (0, 1, 4)),
            [(200, 430, 25, "THE FROST.")],
            column(75, 480, _OTHER),
        ]),
        encoding="utf-8",
    )
    read = clean_file(page).page
    titles = [a.title for a in read.articles]
    assert "FROM MONDAY EVENING'S COURIER." in titles
    assert all("COURIER" not in line for line in read.furniture)


def test_a_head_naming_a_sitting_by_its_day_in_a_text_page_is_no_running_head(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "FROM TUESDAY'S GAZETTE.\n\n"
        "    The Board of Trade has given notice that the duties on timber\n"
        "from the northern ports will be reduced from the first of May next,\n"
        "and that the new rates will be published in the next number.\n\n"
        "    Several petitions against the reduction were presented by the\n"
        "shipowners of the eastern ports, and were laid on the table.\n",
        encoding="utf-8",
    )
    read = clean_file(page).page
    assert [a.title for a in read.articles][:1] == ["FROM TUESDAY'S GAZETTE."]
    assert all("GAZETTE" not in line for line in read.furniture)
