"""A recipe page set indent-only with its paragraphs at the indent: an eatery's info line wrapped
after a semicolon goes on; a cook's line labelled in two words, the last closing on a glottal stop
(apostrophe), is the byline; the method's label flush under the
ingredients' last item (an item with no amount, at the amount column's indent) is a heading, not that
item's words; a readers' tips column whose name runs to four words, each tip signed under its text, is
a column of briefs under that name; a produce table's head set apart over its rows heads a piece of
its own. Text written for the conventions."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "HARBOUR WEEKLY · Friday 3 May 2041 · Page 8\n"
    "Kitchen · Editor: Ruth Bell\n"
    "\n"
    "Bean pot for a cold night\n"
    "Cook: Mary Hollis\n"
    "   A pot of beans feeds a whole family for\n"
    "two days, and it costs very little to make.\n"
    "   Mary Hollis has cooked it every winter\n"
    "since she was a girl at the harbour.\n"
    "Ingredients\n"
    "2 cups  beans         1     onion\n"
    "3       carrots       2     bay leaves\n"
    "1 lb    bacon\n"
    "        salt\n"
    "The method\n"
    "   1. Soak the beans in water for a whole\n"
    "night.\n"
    "   2. Cook the bacon and the onion, then add\n"
    "the beans and the carrots.\n"
    "   3. Let it simmer for two hours.\n"
    "\n"
    "Tips from our readers\n"
    "   Rice – Rinse it twice before you cook it,\n"
    "and it will not stick.\n"
    "— Ann Hale, Eastby\n"
    "\n"
    "   Onions – Keep them in a dry and dark\n"
    "place, away from the potatoes.\n"
    "— Tom Reed, Westby\n"
    "\n"
    "Prices at the quay\n"
    "Item     Price          Where\n"
    "Cod      $6 a pound     Fish quay\n"
    "Leeks    $2 a bunch     Market hall\n"
    "Apples   $3 a bag       Market hall\n"
    "\n"
    "Harbour Weekly · kitchen@harbour.example.com\n"
)


_PAGE2 = (
    "HARBOUR WEEKLY · Friday 3 May 2041 · Page 8\n"
    "Kitchen · Editor: Ruth Bell\n"
    "\n"
    "Fish soup at the end of the pier\n"
    "By Tom Reed\n"
    "   The little kitchen at the end of the\n"
    "pier sells one soup a day, and it is gone\n"
    "by two in the afternoon.\n"
    "   A bowl costs $8 and bread costs $2, so\n"
    "two people pay $20.\n"
    "Address: 12 Pier Road, Eastby;\n"
    "7:00–14:00,17:00–21:00; two people $20.\n"
    "\n"
    "Our kitchen\n"
    "Corn cakes\n"
    "Kuk'inel wa': Ana Tuyuc\n"
    "   Corn cakes are made in every house on\n"
    "the island when the new corn comes in.\n"
    "   Ana Tuyuc learned them from her aunt\n"
    "and makes them on the first of the month.\n"
)


def test_the_methods_label_under_an_item_with_no_amount_is_a_heading():
    recipe = clean_text(_PAGE).articles[0]
    assert "salt" in recipe.paragraphs and not any("The method" in p for p in recipe.paragraphs)


def test_a_readers_tips_column_of_four_words_heads_its_signed_briefs():
    articles = clean_text(_PAGE).articles
    rice = next(a for a in articles if a.title == "Rice")
    assert "Tips from our readers" in (rice.kicker, rice.section)
    assert not any("Tips from our readers" in p for a in articles for p in a.paragraphs)


def test_a_tables_head_set_apart_over_its_rows_is_its_title():
    table = next(a for a in clean_text(_PAGE).articles if a.title == "Prices at the quay")
    assert table.paragraphs[0].startswith("Item") and len(table.paragraphs) == 4


def test_an_info_line_wrapped_after_a_semicolon_is_one_paragraph():
    review = clean_text(_PAGE2).articles[0]
    assert review.paragraphs[-1] == "Address: 12 Pier Road, Eastby; 7:00–14:00,17:00–21:00; two people $20."


def test_a_cooks_label_of_two_words_closing_on_a_glottal_stop_is_the_byline():
    recipe = next(a for a in clean_text(_PAGE2).articles if a.title and "Corn cakes" in a.title)
    assert recipe.byline == "Kuk'inel wa': Ana Tuyuc" and recipe.subtitle is None
