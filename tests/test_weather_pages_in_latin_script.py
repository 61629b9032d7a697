"""Weather, environment and emergency pages in Latin script: a masthead whose date is written year
first with the page's number before its abbreviated word, a desk line naming its editor with no
colon, and a briefs column's label glued under a story's last words carried past the running foot.
Short pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

# A Lithuanian local page: the masthead in the Baltic order ("2027 m. kovo 6 d.", "3 psl."), the desk
# line under it, a story cut by the running foot in mid-quotation, and a water-cut notice glued
# under the story's last words over its header row and rows.
BALTIC_PAGE = (
    "KAIMO ŽINIOS · Šeštadienis, 2027 m. kovo 6 d. · 3 psl.\n"
    "Rajonas · Redaktorius Jonas Petrauskas\n"
    "\n"
    "Potvynis užliejo kelią – pirmadienį\n"
    "kelios gatvės liks be vandens\n"
    "Rašė Asta Kazlauskienė\n"
    "\n"
    "ALYTUS – Naktį pakilęs Nemunas\n"
    "užliejo kelią tarp dviejų kaimų, ir\n"
    "vandentiekio stotis liko be srovės.\n"
    "\n"
    "Bendrovės vadovas Petras Jonaitis\n"
    "sakė, kad pirmadienį teks išjungti\n"
    "vandenį kelioms gatvėms.\n"
    "\n"
    "„Atsiprašome gyventojų, bet darbus\n"
    "baigsime iki\n"
    "\n"
    "Kaimo žinios · Rajonas\n"
    "\n"
    "vakaro“, – sakė P. Jonaitis.\n"
    "Pirmadienį, kovo 8 d., be vandens\n"
    "\n"
    "Gatvė                   Laikas\n"
    "Liepų g.                8.00–12.00\n"
    "Sodų g. 1–15            9.00–13.00\n"
    "Ežero g.                10.00–15.00\n"
    "Teiraukitės tel. (8 315) 52 100\n"
    "\n"
    "Kaimo žinios · redakcija@zinios.example.lt\n"
)


def test_a_masthead_dated_year_first_with_its_page_before_the_word_is_furniture():
    page = clean_text(BALTIC_PAGE)
    assert "KAIMO ŽINIOS · Šeštadienis, 2027 m. kovo 6 d. · 3 psl." in page.furniture
    assert page.articles[0].title == "Potvynis užliejo kelią – pirmadienį kelios gatvės liks be vandens"
    assert page.articles[0].subtitle is None


def test_a_desk_line_naming_its_editor_with_no_colon_under_the_masthead_is_furniture():
    page = clean_text(BALTIC_PAGE)
    assert "Rajonas · Redaktorius Jonas Petrauskas" in page.furniture
    assert all("Redaktorius" not in (a.title or "") for a in page.articles)


def test_the_running_foot_repeating_the_papers_name_stays_out_of_the_cut_quotation():
    story = clean_text(BALTIC_PAGE).articles[0]
    assert story.paragraphs[-1] == "„Atsiprašome gyventojų, bet darbus baigsime iki vakaro“, – sakė P. Jonaitis."


def test_a_notice_head_glued_under_the_storys_last_words_opens_the_notice():
    page = clean_text(BALTIC_PAGE)
    assert [a.title for a in page.articles] == [
        "Potvynis užliejo kelią – pirmadienį kelios gatvės liks be vandens",
        "Pirmadienį, kovo 8 d., be vandens",
    ]
    assert page.articles[1].paragraphs[-1] == "Teiraukitės tel. (8 315) 52 100"
    assert all("redakcija@" not in p for a in page.articles for p in a.paragraphs)


# A Northern Sami nature page: a briefs column's label and its first item's head glued under the
# story's last words carried past the running foot, the item's text a blank line under them.
SAMI_PAGE = (
    "SÁMI ÁIGI · Duorastat 13.07.2028 · Siidu 4\n"
    "Luondu · Doaimmaheaddji: Inga Hætta\n"
    "\n"
    "Skuvlamánát čokke rustti\n"
    "jávregáttis\n"
    "Čálli Máret Somby\n"
    "\n"
    "GUOVDAGEAIDNU – Bearjadaga čoahkkanedje\n"
    "guoktelogi skuvlamáná jávregáddái ja\n"
    "čokke čuođi kilo rustti.\n"
    "\n"
    "“Mii háliidit juohke geasi dán\n"
    "dahkat, vai jávri bissu\n"
    "\n"
    "Sámi áigi · Luondu\n"
    "\n"
    "buhtisin,” Somby dadjá.\n"
    "Ruoná eallin\n"
    "Geavahuvvon biktasat vuovdimis\n"
    "\n"
    "Searvegoddi vuovdá geavahuvvon biktasiid\n"
    "lávvordaga diibmu 10–14.\n"
    "\n"
    "Ođđa sihkkelbáiki skuvlla lusa\n"
    "\n"
    "Gielda lea bidjan ođđa sihkkelbáikki\n"
    "skuvlla ja busseastta lusa.\n"
    "\n"
    "Sámi áigi · doaimmahus@aigi.example.no\n"
)


def test_a_briefs_label_glued_under_a_carried_tail_heads_the_column_not_the_storys_paragraph():
    articles = clean_text(SAMI_PAGE).articles
    assert [a.title for a in articles] == [
        "Skuvlamánát čokke rustti jávregáttis",
        "Geavahuvvon biktasat vuovdimis",
        "Ođđa sihkkelbáiki skuvlla lusa",
    ]
    assert articles[0].paragraphs[-1] == "“Mii háliidit juohke geasi dán dahkat, vai jávri bissu buhtisin,” Somby dadjá."
    assert "Ruoná eallin" in (articles[1].section, articles[1].kicker)
    assert articles[1].paragraphs == ["Searvegoddi vuovdá geavahuvvon biktasiid lávvordaga diibmu 10–14."]


def test_the_pages_last_line_opening_on_the_papers_name_and_a_join_is_its_foot():
    # the masthead opens on the paper's name in capitals; the foot gives its town and region, no contact
    page = clean_text(
        "LA VOZ DEL VALLE - Lunes 03.03.2042 - Página 4\n"
        "El Tiempo - Editor: Marcos Pérez\n\n"
        "Llega el frío\n"
        "Por: Ana Rojas\n"
        "  SAN MARCOS - Las noches seguirán frías toda la\n"
        "semana en el valle, y en los cerros habrá escarcha\n"
        "antes del amanecer, dijo el observatorio.\n"
        "  Los agricultores cubren sus plantas con plástico\n"
        "para protegerlas del hielo de la madrugada.\n\n"
        "La Voz del Valle - San Marcos, Sololá\n"
    )
    [story] = page.articles
    assert story.paragraphs[-1].endswith("de la madrugada.")
    assert "La Voz del Valle - San Marcos, Sololá" in page.furniture
