"""A box's label in capitals with one sentence flush under it, a proverb or a thought of the
week closed by a full stop, over a paragraph that explains it, under a story its writer signed
(over its text or at its end): the label heads the box and the saying is its first paragraph,
not a headline under a kicker. A page written for the class (not
copied from any gold page)."""

from paperarchive.pipeline import clean_text

STORY = (
    "MWANGAZA WA PWANI   Alhamisi, 3 Desemba 2026   Ukurasa 4\n\n"
    "BIASHARA\n"
    "Wavuvi wa Malindi wapata soko jipya la samaki\n"
    "Na Juma Said\n\n"
    "Wavuvi wa Malindi sasa wanauza samaki wao moja\nkwa moja kwa hoteli za Watamu baada ya chama\n"
    "chao kununua gari la barafu mwezi uliopita.\n\n"
    "Bei ya kilo moja ya samaki imepanda kutoka\nshilingi 250 hadi 320, wasema wanachama.\n\n"
)
BOX = (
    "METHALI YA WIKI\n"
    "Haba na haba hujaza kibaba.\n\n"
    "Kidogo kidogo, kwa subira, mtu hujenga kitu\nkikubwa; wavuvi wa Malindi ni mfano wa hilo.\n"
)


def test_the_label_heads_the_box_and_the_saying_opens_its_text():
    box = clean_text(STORY + BOX).articles[-1]
    assert box.title == "METHALI YA WIKI"
    assert box.kicker is None
    assert box.paragraphs[0] == "Haba na haba hujaza kibaba."
    assert box.paragraphs[1].startswith("Kidogo kidogo")


def test_under_a_story_signed_at_its_end_the_label_still_heads_the_box():
    box = clean_text(STORY.replace("Na Juma Said\n", "") + "Amina Mwakilema\n\n" + BOX).articles[-1]
    assert (box.title, box.paragraphs[0]) == ("METHALI YA WIKI", "Haba na haba hujaza kibaba.")


def test_a_kicker_over_a_headline_that_asks_stays_a_kicker():
    page = STORY + "UCHUMI\nNani atalipa daraja jipya la Mtwapa?\n\nHalmashauri ya kaunti inasema fedha zitatoka\nkwa wafadhili na ushuru wa barabara.\n"
    article = clean_text(page).articles[-1]
    assert (article.kicker, article.title) == ("UCHUMI", "Nani atalipa daraja jipya la Mtwapa?")
