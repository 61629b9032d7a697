"""A jump line in a language of short words spends up to eight words before the page's number
("Za a ci gaba a shafi na 7", Hausa, "it will be continued on page 7"). Under text cut off
mid-sentence it is furniture, the story records the page it goes on on, and the head under it
opens the next story (before, segment asked for six words at most, so the next story's head
became a heading inside the cut story and its text ran on there). A page written for the class
(not from any gold page)."""

from paperarchive.pipeline import clean_text

HAUSA = """GASKIYA TA KANO
Jaridar mako-mako  |  Alhamis, 3 ga Disamba, 2026  |  Shafi na 4

Manoma sun yi murna da girbin masara a Dawakin Tofa

Daga Aminu Sani Garba

Manoma a karamar hukumar Dawakin Tofa sun
bayyana farin cikinsu game da girbin masara na
bana, wanda suka ce ya ninka na bara sau biyu.

"Muna godiya ga gwamnati, amma muna bukatar
rumbuna domin adana hatsinmu," in ji Malam Usman,
wanda ya kara da cewa

Za a ci gaba a shafi na 7

An bude sabuwar asibiti a Gwarzo

An bude sabuwar asibitin kula da mata masu juna
biyu a garin Gwarzo ranar Litinin. Asibitin na da
gadaje arba'in da likitoci hudu.
"""


def test_a_jump_line_of_eight_words_ends_the_story_and_the_next_head_opens_one():
    cleaned = clean_text(HAUSA)
    assert "Za a ci gaba a shafi na 7" in cleaned.furniture
    assert [(a.title, a.headings, a.continues) for a in cleaned.articles] == [
        ("Manoma sun yi murna da girbin masara a Dawakin Tofa", [], "7"),
        ("An bude sabuwar asibiti a Gwarzo", [], None),
    ]
