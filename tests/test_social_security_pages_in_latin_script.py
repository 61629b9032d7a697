"""Taxes, pensions and social-security pages in Latin script: a fund's notice glued under a story's
last words carried past the running head, its lead-in a paragraph of a few lines ending on a colon
over rows set flush right. Short pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

# A Lingala pensions page: a story cut by the running head in mid-quotation, then a fund's notice
# glued under its last words, its lead-in three lines ending on a colon, a header row and rows.
LINGALA_PAGE = (
    "MOKOLO YA LELO | Mokolo ya mibale, 4 Mai 2032 | Lokasa 7\n"
    "Bomoi | Mokambi: Mbala Ngoy\n"
    "\n"
    "Kasa ya pansio ebakisi mbongo\n"
    "ya bapansione ya mboka\n"
    "Mokomi: Lokombe Bosenge\n"
    "\n"
    "KINSHASA – Kasa ya pansio ya mboka\n"
    "eyebisi ete, banda sanza ya motoba,\n"
    "bapansione bakozwa mbongo mingi.\n"
    "\n"
    "Mokambi ya kasa, Tata Mputu Nsimba,\n"
    "alobi ete bomoi ekomi pasi mpe\n"
    "\n"
    "Bapansione bazali kozela na biro.\n"
    "Foto: Nzuzi Kiese\n"
    "\n"
    "mbongo ya kala ekoki lisusu te.\n"
    "\n"
    "Alobi: “Tolingi bapansione bazala na\n"
    "mbongo ya kolya mpe ya kosomba\n"
    "\n"
    "Mokolo ya Lelo | Bomoi\n"
    "\n"
    "nkisi.”\n"
    "Sango mpo na bapansione\n"
    "\n"
    "Kasa ya Pansio ya Mboka eyebisi\n"
    "bapansione ete, banda 1 Juin 2032,\n"
    "mbongo ya sanza ekozala boye:\n"
    "\n"
    "Ndenge                  Na sanza\n"
    "Pansio ya mosala        80.000 FC\n"
    "Pansio ya mwasi kufa    45.000 FC\n"
    "Pansio ya bolema        60.000 FC\n"
    "\n"
    "Mbongo ekofutama liboso ya mokolo\n"
    "ya 10 ya sanza na banki to na\n"
    "telefone.\n"
    "\n"
    "Kasa ya Pansio ya Mboka\n"
    "\n"
    "Mbanza-Ngungu, 20 Mai 2032\n"
    "\n"
    "Mokolo ya Lelo | sango@lelo.example.cd\n"
)


def test_a_notice_head_glued_under_a_carried_tail_over_a_lead_in_of_lines_and_rows_opens_the_notice():
    """The head flush under the story's carried last words stands over a lead-in of three lines
    ending on a colon, then a header row and rows set flush right: the head titles the notice, and
    the lead-in, rows and payment paragraph are the notice's, not the story's. Before: the head
    the story's last heading, the notice the story's paragraphs."""
    articles = clean_text(LINGALA_PAGE).articles
    story, notice = articles[:2]
    assert story.headings == []
    assert story.paragraphs[-1] == "Alobi: “Tolingi bapansione bazala na mbongo ya kolya mpe ya kosomba nkisi.”"
    assert notice.title == "Sango mpo na bapansione"
    assert notice.paragraphs[0] == "Kasa ya Pansio ya Mboka eyebisi bapansione ete, banda 1 Juin 2032, mbongo ya sanza ekozala boye:"
    assert notice.paragraphs[2] == "Pansio ya mosala 80.000 FC" or notice.paragraphs[2].split() == ["Pansio", "ya", "mosala", "80.000", "FC"]
    assert any(p.startswith("Mbongo ekofutama") for p in notice.paragraphs)


def test_a_notice_signed_by_its_issuer_over_its_place_and_date_row_keeps_the_row():
    """The body the notice's lead-in opens on signs it on a line set apart, its place-and-date row
    (a hyphenated place) under it: the issuer is the byline, the row the notice's last paragraph.
    Before: the issuer a paragraph, the row a piece of its own."""
    articles = clean_text(LINGALA_PAGE).articles
    assert len(articles) == 2
    notice = articles[1]
    assert notice.byline == "Kasa ya Pansio ya Mboka"
    assert notice.paragraphs[-1] == "Mbanza-Ngungu, 20 Mai 2032"


# The same notice dated French-style, its place-and-date row above its signer's name and post.
SIGNED_UNDER_THE_DATE = LINGALA_PAGE.replace(
    "Kasa ya Pansio ya Mboka\n\nMbanza-Ngungu, 20 Mai 2032\n", "Kinshasa, 20 Mai 2032\n\nMputu Nsimba, Mokambi ya Kasa\n"
)


def test_a_place_and_date_row_above_the_signers_name_and_post_is_the_last_paragraph():
    """French-style, the place-and-date row stands above the signer's line "Name, Post": the row is
    the notice's last paragraph and the line its byline. Before: both a piece of their own."""
    assert "Mputu Nsimba, Mokambi" in SIGNED_UNDER_THE_DATE
    articles = clean_text(SIGNED_UNDER_THE_DATE).articles
    assert len(articles) == 2
    assert articles[1].byline == "Mputu Nsimba, Mokambi ya Kasa"
    assert articles[1].paragraphs[-1] == "Kinshasa, 20 Mai 2032"


# A Karakalpak-style page: the head wrapped where its second line opens on a figure, the writer's
# bare name under it; then a tax column's label, question head and answerer's line read as one
# block flush under the story's last words carried past the running head.
UZBEK_TAX_PAGE = (
    "XALQ SO'ZI – Chorshanba, 10-noyabr 2032 – Bet 4\n"
    "Iqtisod – Redaktor: Dilnoza Karimova\n"
    "\n"
    "Mulk va yer soliqlarini\n"
    "1-dekabrgacha to'lang\n"
    "Aziz Rahimov\n"
    "\n"
    "NUKUS – Soliq inspeksiyasi fuqarolarga\n"
    "yer solig'ini to'lash muddati\n"
    "uzaytirilganini ma'lum qildi.\n"
    "\n"
    "Inspeksiya boshlig'i aytishicha, soliq\n"
    "xabarnomalari pochta orqali yuborilgan.\n"
    "\n"
    "U shunday dedi: “Soliqni o'z vaqtida\n"
    "to'lang, aks holda har kuni penya\n"
    "\n"
    "Xalq so'zi – Iqtisod\n"
    "\n"
    "hisoblanadi.”\n"
    "Soliq bo'yicha savol-javob\n"
    "Nafaqaxo'rlar yer solig'ini to'laydimi?\n"
    "Javob beruvchi: S. Tojiyeva\n"
    "\n"
    "Savol: Men 66 yoshdaman. Uyim yonidagi\n"
    "yer uchun soliq to'laymanmi? (Chimboy\n"
    "tumani, Q. Aliyev)\n"
    "\n"
    "Javob: Nafaqaxo'rlarga 0,04 gektargacha\n"
    "bo'lgan yer uchun soliq olinmaydi.\n"
    "\n"
    "Xalq so'zi – xat@xalq.example.uz\n"
)


def test_a_head_cut_at_a_figure_over_a_bare_name_titles_the_story():
    """The head's second line opens on a figure ("1-dekabrgacha"), read as a block of its own: the
    two lines are the title and the bare name under them the byline. Before: the head an untitled
    paragraph, the name the title."""
    story = clean_text(UZBEK_TAX_PAGE).articles[0]
    assert story.title == "Mulk va yer soliqlarini 1-dekabrgacha to'lang"
    assert story.byline == "Aziz Rahimov"


def test_a_columns_label_question_and_answerer_read_as_one_block_head_the_column():
    """Label, question head and answerer's line flush under the story's carried last words: kicker,
    title and byline of the column. Before: one paragraph of the story with the first turn."""
    column = clean_text(UZBEK_TAX_PAGE).articles[-1]
    assert column.title == "Nafaqaxo'rlar yer solig'ini to'laydimi?"
    assert column.byline == "Javob beruvchi: S. Tojiyeva"
    assert (column.kicker or column.section) == "Soliq bo'yicha savol-javob"
    assert column.paragraphs[0].startswith("Savol: Men 66 yoshdaman.")
