"""A page's section label in sentence case under its running head, a police log's head over its
dated entries, a sentence's opening clauses cut from the rest by a caption, a photo credit in
Acholi and a Mac Roman page's punctuation: pages written for these rules after holdout70's first
run (not copied from it); each test fails without its rule."""

from paperarchive.classify import PHOTO_CREDIT
from paperarchive.decode import decode
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.rules.columns import _no_head

PAGE = (
    "THE LAKE HERALD • 14 October 2027 • Page 6\n"
    "Life in Town\n\n"
    "From the station desk\n\n"
    "14 October, 21:40: Two men were held after a shop on Mill\n"
    "Road was broken into. They are in custody.\n\n"
    "15 October, 06:15: A car hit a cyclist on the bypass near the\n"
    "school. No one was badly hurt.\n\n"
    "16 October, 14:00: A purse was taken from a stall at the\n"
    "market. Officers are looking for a woman in a red coat.\n\n"
    "17 October, 19:30: A fight broke out at a bar on Quay Street\n"
    "and was stopped by officers before anyone was injured.\n\n"
    "Council to light the river path\n"
    "By Ann Okello\n\n"
    "The council will put lights along the river path before the\n"
    "winter, after walkers asked for them at three meetings. The\n"
    "path runs for two miles from the old mill to the boat club,\n"
    "and most of it has no light at all after five in the evening.\n"
    "Walkers say they have turned back on dark nights for years.\n\n"
    "The engineer, Tom Ayo, and the mayor, Ruth Ocen, both\n\n"
    "The river path at dusk.\n"
    "Cal: Grace Akello\n\n"
    "agreed the work would be done by the end of November.\n"
)


def test_a_sentence_case_label_under_the_running_head_is_furniture_and_the_log_keeps_its_head():
    page = clean_text(PAGE)
    assert "Life in Town" in page.furniture
    log = page.articles[0]
    assert log.title == "From the station desk" and [p[:3] for p in log.paragraphs] == ["14 ", "15 ", "16 ", "17 "]


def test_clauses_cut_by_a_caption_are_no_head():
    left = Block(("Ladit lupolis, Ocen Patrick, owaco ni",), 29, gap=1, kind=Kind.SHORT)
    right = Block(("gibiketo lupolis i yo madito dyewor.",), 34, gap=1, kind=Kind.BODY)
    assert _no_head(left, left.text, right)


def test_cal_credits_a_picture_only_before_its_colon():
    assert PHOTO_CREDIT.match("Cal: Grace Akello") and not PHOTO_CREDIT.match("Cal Thomas")


def test_mac_roman_quotes_and_bullets_are_not_read_as_cp1252_capitals():
    data = "LOK MA NYEN • Pot 5\r“Wamito ni lwak gukony wa ki lok,” en owaco.\r".encode("mac-roman")
    assert decode(data).text.startswith("LOK MA NYEN • Pot 5")


# The story under each box (its column measured on it).
SCHOOL_STORY = (
    "Hill Road pupils do well again\n"
    "By Rose Dizon\n\n"
    "Three hundred and fifty pupils sat the exams at Hill Road\n"
    "this year, and more of them passed in every subject than in\n"
    "any year since the school opened its new wing in 2019.\n"
    "The head teacher said the pupils had worked hard all year\n"
    "and that their teachers had given up many evenings to help.\n"
    "Parents filled the hall on Thursday to hear the results read\n"
    "out, and the pupils who came top in each subject were given\n"
    "book tokens by the mayor, who had sat the same exams there\n"
    "himself forty years ago and said he had done rather worse.\n"
    "The school will open its library in the evenings next year\n"
    "so that pupils who have no quiet room at home can study.\n\n"
)

RESULTS_AND_ROLL = (
    "THE VALLEY NEWS / Friday, April 2, 2027 / Page 4\n\n"
    "Exam results: Hill Road School\n\n"
    "Grade     Pupils    Per cent\n"
    "A         48        11,3\n"
    "B         131       30,8\n"
    "C         174       40,9\n"
    "Total: 353\n\n"
) + SCHOOL_STORY

SERVICES_AND_ROLL = (
    "THE VALLEY NEWS / Friday, April 2, 2027 / Page 5\n\n"
    "Mass times\n"
    "St Paul's, Market Street: 07:00, 09:30\n"
    "Holy Cross, Bridge Road: 08:00\n"
    "St Mary's, Chapel Lane: 09:00, 17:00\n\n"
    "Our graduates\n\n"
    "Hill Road School\n\n"
    "Aquino, Maria Teresa C.\n"
    "Bautista, Rolando M.\n"
    "Dela Cruz, Angelica P.\n\n"
    "Bridge Road School\n\n"
    "Lacson, Kristine Joy D.\n"
    "Manalo, Jerome B.\n"
    "Yabut, Carlo N.\n\n"
) + SCHOOL_STORY


def test_a_results_tables_rows_under_its_column_heads_and_its_total_are_its_paragraphs():
    table = clean_text(RESULTS_AND_ROLL).articles[0]
    assert table.title == "Exam results: Hill Road School"
    assert [p.split()[0] for p in table.paragraphs] == ["Grade", "A", "B", "C", "Total:"]


def test_a_service_lists_rows_and_a_roll_of_names_under_its_schools():
    articles = clean_text(SERVICES_AND_ROLL).articles
    masses = next(a for a in articles if a.title == "Mass times")
    assert [p.split(",")[0] for p in masses.paragraphs] == ["St Paul's", "Holy Cross", "St Mary's"]
    roll = articles[1]
    assert (roll.title, roll.headings) == ("Our graduates", ["Hill Road School", "Bridge Road School"])
    assert roll.paragraphs[0] == "Aquino, Maria Teresa C." and len(roll.paragraphs) == 6


def test_mfonyin_credits_a_picture():
    assert PHOTO_CREDIT.match("Mfonyin: Ekow Quansah")
