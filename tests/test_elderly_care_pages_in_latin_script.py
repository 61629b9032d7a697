"""Latin-script elderly-care pages: a police box of tips numbered from 1 glued under the carried
tail of a story (`classify._tips_numbered_from_one_under`), and a birthday list whose places head
rows of a name and an age aligned by spaces (`classify._places_over_name_and_figure_rows`). Pages
written for the cases (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

TIPS_PAGE = (
    "THE VALLEY POST • Tuesday, 3 March 2026 • Page 7\n"
    "Seniors • Editor: Mary Holt\n"
    "\n"
    "Two pensioners robbed outside\n"
    "the post office on pay day\n"
    "By Tom Reeve\n"
    "\n"
    "HALLFORD – Police in Hallford said two\n"
    "pensioners were robbed outside the post\n"
    "office on Friday, the day pensions are\n"
    "paid out.\n"
    "\n"
    "Sergeant Ann Cole said the thieves waited\n"
    "at the door and offered to help the old\n"
    "people with the cash machine.\n"
    "\n"
    "She said: “Nobody should give a card or a\n"
    "number to a stranger, even one who says\n"
    "he works for the\n"
    "\n"
    "The Valley Post • Seniors\n"
    "\n"
    "bank.”\n"
    "Advice from the police\n"
    "\n"
    "1. Go to the post office with a son, a\n"
    "daughter or a friend you trust.\n"
    "\n"
    "2. Never tell anybody your number.\n"
    "\n"
    "3. Count your money inside, not at the\n"
    "door.\n"
    "\n"
    "4. Call the station: 0155 402 331.\n"
    "\n"
    "The Valley Post • news@valleypost.example.com\n"
)

LIST_PAGE = (
    "THE COAST WEEKLY · Sunday, 12 July 2026 · Page 3\n"
    "Villages · Editor: Liisa Kask\n"
    "\n"
    "Old folks' day at the\n"
    "village hall\n"
    "By Peeter Saar\n"
    "\n"
    "ROOSA – The old folks' day was held at\n"
    "the village hall on Saturday. People from\n"
    "three villages came to eat and sing.\n"
    "\n"
    "The school choir sang old songs, and\n"
    "at the end all had fish soup and bread.\n"
    "\n"
    "Organiser Maie Tamm said: “We hold the\n"
    "day every year. It is good when the old\n"
    "people come together and\n"
    "\n"
    "The Coast Weekly · Villages\n"
    "\n"
    "talk.”\n"
    "Happy birthday!\n"
    "\n"
    "In July these readers turn:\n"
    "\n"
    "Roosa\n"
    "\n"
    "Helmi Lepik           90\n"
    "Karl Mets             85\n"
    "\n"
    "Vaida\n"
    "\n"
    "Anna Kuusk            95\n"
    "\n"
    "Kolga\n"
    "\n"
    "Evald Rebane          80\n"
    "Linda Pärn            80\n"
    "\n"
    "The Coast Weekly · news@coastweekly.example.ee\n"
)


def test_a_head_glued_under_a_carried_tail_over_tips_numbered_from_one_heads_the_box():
    story, box = clean_text(TIPS_PAGE).articles
    assert story.paragraphs[-1].endswith("he works for the bank.”")
    assert box.title == "Advice from the police"
    assert box.paragraphs[:2] == ["1. Go to the post office with a son, a daughter or a friend you trust.", "2. Never tell anybody your number."]


def test_places_over_name_and_age_rows_are_the_lists_headings_under_its_head():
    story, box = clean_text(LIST_PAGE).articles
    assert story.paragraphs[-1].endswith("come together and talk.”")
    assert box.title == "Happy birthday!"
    assert box.headings == ["Roosa", "Vaida", "Kolga"]
    assert box.paragraphs[0] == "In July these readers turn:"
    assert [" ".join(p.split()) for p in box.paragraphs[1:]] == ["Helmi Lepik 90", "Karl Mets 85", "Anna Kuusk 95", "Evald Rebane 80", "Linda Pärn 80"]
