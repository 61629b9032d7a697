"""Property and housing pages of dailies in Latin script, plain text, hard-wrapped: a story whose
paragraph names a speaker in apposition, the name cut at the line's end ("…, Amina" / "Juma, …"),
then a briefs column's label in sentence case glued under the story's last line over items whose
heads run into their text before `. `; a Brunei Malay story signed with its "by" spelled `Olih`.
Pages written for the classes (a Swahili housing page, a Brunei Malay rents page), not copied from
any gold page."""

from paperarchive.pipeline import clean_text

SWAHILI = """MWANGAZA WA PWANI · Jumanne 9.05.2028 · Ukurasa 7
Nyumba · Mhariri: Zuhura Hamisi

Wapangaji wa Likoni wapata
nyumba mpya za bei nafuu
Na Halima Omari

MOMBASA – Shirika la nyumba la kaunti
limekabidhi nyumba mia mbili kwa
wapangaji wa Likoni, kila moja kwa
kodi ya shilingi elfu nne kwa mwezi.

Mchuuzi wa Kongowea Mashariki, Amina
Juma, ndiye wa kwanza kupokea funguo:
“Tulikaa kwenye chumba kimoja miaka
kumi. Sasa watoto wangu wana nafasi
ya kusoma na kulala kwa

Mwangaza wa Pwani · Nyumba

amani.”
Habari za nyumba

Mabati. Bei ya mabati imepanda kwa
shilingi mia tatu kwa kila bati tangu
mwezi uliopita.

Viwanja vya Bamburi. Kaunti inauza
viwanja arobaini karibu na barabara
kuu; maombi yanapokelewa hadi Juni.

Ushauri wa bure. Wakili wa chama cha
wapangaji anasaidia bure kila Jumamosi
asubuhi kwenye ofisi za chama.

Mwangaza wa Pwani · habari@mwangaza.example.ke
"""


def test_a_name_cut_at_the_lines_end_stays_in_its_sentence():
    """A line ending on a name's first word inside an apposition, the name's last word opening the
    line under before its comma, is a line of the paragraph, though its words are capitalised as a
    head's. Before: "Mchuuzi wa Kongowea Mashariki, Amina" a heading of the story, the
    sentence cut in two."""
    story = clean_text(SWAHILI).articles[0]
    assert story.headings == []
    assert story.paragraphs[1].startswith("Mchuuzi wa Kongowea Mashariki, Amina Juma, ndiye wa kwanza")
    assert story.paragraphs[1].endswith("kulala kwa amani.”")


def test_a_sentence_case_briefs_label_over_run_in_heads_is_their_column():
    """The label in sentence case glued under the story's tail, over items whose heads run into
    their text before `. `: the label names the column (section or kicker), each head titles its
    item (without the stop that sets it off, as the run-in briefs of tests/test_briefs_banners.py). Before:
    "Habari za nyumba Mabati." one title, the label read into the first head."""
    articles = clean_text(SWAHILI).articles
    assert [a.title for a in articles[1:]] == ["Mabati", "Viwanja vya Bamburi", "Ushauri wa bure"]
    assert "Habari za nyumba" in (articles[1].section, articles[1].kicker)
    assert articles[1].paragraphs == ["Bei ya mabati imepanda kwa shilingi mia tatu kwa kila bati tangu mwezi uliopita."]
    assert articles[2].paragraphs[0].startswith("Kaunti inauza viwanja arobaini")


BRUNEI_MALAY = """BERITA BELAIT – Khamis, 2 Mac 2028 – Muka 6
Hartanah – Pengarang: Awang Rosli Damit

Sewa rumah di Kuala Belait
naik lima peratus
Olih Nurul Huda Pengiran Ahmad

KUALA BELAIT – Sewa rumah teres di
pekan ani naik lima peratus dalam
setahun, menurut tinjauan ejen hartanah.

Ejen hartanah, Dayang Salmah, kata
permintaan datang dari pekerja baru di
kawasan minyak.

Berita Belait – berita@belait.example.bn
"""


def test_a_brunei_malay_by_line_spelled_olih_is_the_byline():
    """Brunei Malay spells Malay's "Oleh" `Olih`: the line under the head is the byline, not its
    deck. Before: the subtitle, no byline."""
    story = clean_text(BRUNEI_MALAY).articles[0]
    assert story.title == "Sewa rumah di Kuala Belait naik lima peratus"
    assert story.byline == "Olih Nurul Huda Pengiran Ahmad"
    assert story.subtitle is None
