"""A letter to the editor under its rubric (greeting, closing words, a signature with the writer's
town), a writer's line led by the language's "by" under a sentence-case head, a deck with the
writer's name set flush under it, a caption whose labelled credit the wrapping ran into it, a
briefs column whose run-in heads hold a hyphenated word, a paper's address at the page's foot set
a wide space from its e-mail address, and a paragraph cut by a picture on a joining word. Pages
written for the classes (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

RUNNING_HEAD = "AN t-EILEAN     Diardaoin 3 Dùbhlachd 2026     Duilleag 5\n\n"

LETTER = (
    RUNNING_HEAD
    + "Bàta ùr airson an eilein\n"
    "Le Iain MacLeòid\n\n"
    "Thàinig am bàta-aiseig ùr gu cidhe a' bhaile\nDiluain, agus thèid i an sàs an ath-sheachdain\n"
    "eadar an t-eilean agus tìr-mòr.\n\n"
    "Tha an comhairle ag ràdh gun toir am bàta\nsuas ri ceud gu leth neach air gach turas.\n\n"
    "Litir chun an Deasaiche\n"
    "Rathad a' chladaich\n\n"
    "A charaid, a Dheasaiche,\n\n"
    "Tha an rathad ri taobh a' chladaich air a bhith\ndùinte bho thoiseach an fhoghair, agus feumaidh\n"
    "clann na sgoile coiseachd air a' mhòr-rathad.\n"
    "Tha mi an dòchas gun cuir a' chomhairle ceart e.\n\n"
    "Is mise le meas,\n\n"
    "Seonag NicAoidh, Baile an Truiseil\n\n"
    "NAIDHEACHDAN GOIRID\n\n"
    "Latha-fosgailte - Bidh latha fosgailte aig an\nsgoil Disathairne bho dheich gu dà uair.\n\n"
    "Clas Gàidhlig - Tòisichidh clas ùr do luchd-\nionnsachaidh san talla Diciadain.\n\n"
    "Cèilidh na Nollaig - Bidh cèilidh san talla\nOidhche Haoine, a h-uile duine fàilte.\n\n"
    "An t-Eilean, 4 Sràid a' Chidhe, Steòrnabhagh     fios@an-t-eilean.example.scot\n"
)


def test_a_letter_under_its_rubric_keeps_its_greeting_closing_words_and_signature():
    letter = next(a for a in clean_text(LETTER).articles if a.title == "Rathad a' chladaich")
    assert letter.kicker == "Litir chun an Deasaiche"
    assert letter.paragraphs[0] == "A charaid, a Dheasaiche,"
    assert letter.paragraphs[1].startswith("Tha an rathad")
    assert letter.paragraphs[-1] == "Is mise le meas,"
    assert letter.byline == "Seonag NicAoidh, Baile an Truiseil"


def test_a_name_led_by_the_languages_by_under_a_sentence_case_head_is_its_writer():
    first = clean_text(LETTER).articles[0]
    assert (first.title, first.byline) == ("Bàta ùr airson an eilein", "Le Iain MacLeòid")
    assert first.headings == []


def test_briefs_whose_run_in_heads_hold_a_hyphenated_word_are_each_a_story():
    briefs = clean_text(LETTER).articles[-3:]
    assert [a.title for a in briefs] == ["Latha-fosgailte", "Clas Gàidhlig", "Cèilidh na Nollaig"]
    assert briefs[0].paragraphs == ["Bidh latha fosgailte aig an sgoil Disathairne bho dheich gu dà uair."]


def test_the_papers_address_a_wide_space_from_its_email_at_the_foot_is_furniture():
    page = clean_text(LETTER)
    assert "fios@an-t-eilean.example.scot" in page.furniture
    assert not any("Steòrnabhagh" in p for a in page.articles for p in a.paragraphs)


DECKED = (
    RUNNING_HEAD
    + "FOGHLAM\n"
    "Sgoil ùr gu bhith air a togail sa bhaile\n"
    "Tha cead dealbhachaidh air a thoirt, agus\ntòisichidh an obair san Fhaoilleach.\n"
    "Le Peigi Ní Ghallchóir\n\n"
    "Bidh sgoil ùr aig clann a' bhaile ron fhoghar\n2028, às dèidh don chomhairle cead a thoirt\n"
    "don phlana an t-seachdain sa chaidh.\n\n"
    "Tha ceithir fichead sgoilear air a' chlàr an-\ndiugh, ann an trì seòmraichean sealach.\n"
)


def test_a_deck_with_the_writers_name_flush_under_it_is_the_heads_deck_and_byline():
    article = clean_text(DECKED).articles[0]
    assert article.kicker == "FOGHLAM"
    assert article.subtitle == "Tha cead dealbhachaidh air a thoirt, agus tòisichidh an obair san Fhaoilleach."
    assert article.byline == "Le Peigi Ní Ghallchóir"
    assert article.paragraphs[0].startswith("Bidh sgoil ùr")


CUT_BY_A_PICTURE = (
    "LA VOIX DU CAUSSE     Jeudi 3 décembre 2026     Page 6\n\n"
    "La fanfare de Sauclières reprend du service\n\n"
    "Chaque vendredi soir, la salle des fêtes de\nSauclières résonne de nouveau. Quinze\n"
    "musiciens répètent depuis la rentrée.\n\n"
    "« Nous avons retrouvé les vieux cuivres dans\nun placard de l'école », raconte le chef.\n\n"
    "La commune a versé 9 000 euros pour acheter\ndes instruments neufs et\n\n"
    "Les musiciens lors de la répétition de vendredi.\nPhotographie : Lucien Barral\n\n"
    "payer un professeur qui vient de Millau tous\nles quinze jours. Les enfants apprennent le\n"
    "solfège le mercredi.\n"
)


def test_a_paragraph_cut_on_a_joining_word_by_a_caption_with_its_labelled_credit_reads_on():
    article = clean_text(CUT_BY_A_PICTURE).articles[0]
    assert article.paragraphs[-1] == (
        "La commune a versé 9 000 euros pour acheter des instruments neufs et payer un professeur qui vient de"
        " Millau tous les quinze jours. Les enfants apprennent le solfège le mercredi."
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Les musiciens lors de la répétition de vendredi.", "Photographie : Lucien Barral")
    ]
    assert article.paragraphs[1] == "« Nous avons retrouvé les vieux cuivres dans un placard de l'école », raconte le chef."


def test_a_deck_under_a_head_of_its_own_keeps_the_writers_name_set_flush_under_it():
    page = DECKED.replace("Sgoil ùr gu bhith air a togail sa bhaile", "Sgoil ùr sa bhaile")
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title) == ("FOGHLAM", "Sgoil ùr sa bhaile")
    assert article.subtitle == "Tha cead dealbhachaidh air a thoirt, agus tòisichidh an obair san Fhaoilleach."
    assert article.byline == "Le Peigi Ní Ghallchóir"


JUMPED = (
    RUNNING_HEAD
    + "Talla ùr don bhaile\n\n"
    "Chuir a' chomhairle romhpa Dimàirt gun tèid\ntalla ùr a thogail ri taobh na sgoile, agus\n"
    "gum pàigh an riaghaltas a' chuid as motha de\n\n"
    "Air a leantainn air duilleag 7\n\n"
    "Buaidh don sgioba iomain\n\n"
    "Bhuannaich sgioba iomain a' bhaile an cupa\nDisathairne, trì tadhail an aghaidh aon.\n"
)


def test_a_jump_line_in_words_not_known_under_cut_text_sends_the_story_on_and_the_head_below_opens_the_next():
    first, second = clean_text(JUMPED).articles
    assert first.continues == "7"
    assert second.title == "Buaidh don sgioba iomain"
