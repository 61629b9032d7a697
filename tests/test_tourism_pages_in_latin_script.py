"""Tourism and leisure pages in Latin script (holdout111's shapes, on pages written for the test,
not copied from its golds): a briefs column's label read as text over three items, the last head
over two lines; a paragraph's opening cut mid-sentence by a dropped caption, thick with names; a
visitors' Q&A under a label glued over its question head, two labelled questions, the first cut
after its first line, one answerer's line of name and post between them and the answer, and a
writer's line on a label of three words."""

from paperarchive.pipeline import clean_text

BRIEFS = """\
BALITANG LAGUNA · Miyerkoles, 4 Marso 2026 · Pahina 5
Pasyalan · Patnugot: Liza Ramos

Bukas na muli ang lumang kumbento
sa bayan ng Pakil
Ni Jose Dimaculangan

PAKIL – Binuksan na muli ngayong linggo ang
lumang kumbento ng bayan, matapos ang dala-
wang taon ng pagkukumpuni. Itinayo ito noong
ika-17 siglo sa tabi ng simbahan.

Ayon kay Gng. Rosa Valdez ng samahan ng mga
gabay: “Gusto naming makita ng mga bisita
kung paano namuhay ang mga tao noon, hindi
lamang bilang isang

Balitang Laguna · Pasyalan

museo.”
Balita sa pasyalan
Lakad sa palayan ng Pagsanjan

Magdaraos ang samahan ng Pagsanjan ng
lakad na sampung kilometro sa palayan sa
Sabado. Magsisimula ito ng alas-siyete.

Sayawan sa plasa ng Paete

Magsasayaw ang mga taga-Paete sa plasa
ngayong Sabado ng gabi. Libre ang pasok.

Palihan ng paglililok sa Paete
bukas sa mga bata

Bukas ang palihan ng paglililok sa mga
batang walo hanggang labing-apat na taong
gulang. Isang linggo ito at libre.

Balitang Laguna · balita@laguna.example.ph
"""


def test_a_briefs_label_in_lower_case_glued_under_a_carried_tail_names_three_items_the_last_head_over_two_lines():
    page = clean_text(BRIEFS)
    story, *items = page.articles
    assert story.paragraphs[-1].endswith("bilang isang museo.”")
    assert "Balita sa pasyalan" not in story.paragraphs
    assert [item.title for item in items] == ["Lakad sa palayan ng Pagsanjan", "Sayawan sa plasa ng Paete", "Palihan ng paglililok sa Paete bukas sa mga bata"]
    assert items[0].section == "Balita sa pasyalan" or items[0].kicker == "Balita sa pasyalan"
    assert [len(item.paragraphs) for item in items] == [1, 1, 1]


CAPTION = """\
KABAR LEMBAH · Rabu, 30 Desember 2026 · Halaman 6
Wisata · Redaksi: Dewi Lestari

Harga kamar di Bukittinggi naik
menjelang Tahun Baru
Oleh Andi Saputra

BUKITTINGGI – Menjelang Tahun Baru, harga
kamar hotel dan losmen di Bukittinggi naik
dua kali lipat. Kamar yang biasanya Rp
300.000 semalam kini Rp 600.000.

Ketua Persatuan Hotel Agam Raya,
Budi Santoso Harahap, mengatakan tamu
datang dari Padang dan

Tamu di Ngarai Sianok, Bukittinggi.
Foto: Rina Wulandari

Pekanbaru, dan semua kamar sudah dipesan
sampai 2 Januari.

Kabar Lembah · redaksi@kabarlembah.example.id
"""


def test_a_paragraph_opening_thick_with_names_cut_by_a_dropped_caption_is_text_not_a_head():
    page = clean_text(CAPTION)
    (story,) = page.articles
    assert story.title == "Harga kamar di Bukittinggi naik menjelang Tahun Baru"
    assert story.paragraphs[-1] == (
        "Ketua Persatuan Hotel Agam Raya, Budi Santoso Harahap, mengatakan tamu datang dari Padang dan "
        "Pekanbaru, dan semua kamar sudah dipesan sampai 2 Januari."
    )
    assert [c.text for c in story.captions] == ["Tamu di Ngarai Sianok, Bukittinggi."]


QA = """\
EʋE NYADZƆDZƆWO · 19 Masi 2026 · Axa 4
Mɔzɔzɔ kple Dzodzoe · Ŋɔŋlɔla: Akosua Mensah

Mɔfiala siwo si agbalẽ mele o le
Keta ƒe mɔwo dzi
Ame si ŋlɔ: Kofi Agbeko

KETA – Mɔzɔlawo le nya ɖem le Keta be
mɔfiala siwo si agbalẽ mele o la biaa
ga gbogbo tso wo si.

Mɔzɔla aɖe si tso Accra gblɔ be: “Ŋutsu
aɖe xɔ 200 cedi le mía si, eye megblɔ
be nye fiala mele

Eʋe Nyadzɔdzɔwo · Mɔzɔzɔ kple Dzodzoe

o.”
Mɔzɔlawo ƒe biabiawo
Nuka wòle be mawɔ ne mɔfiala aɖe
ble mi?

Biabia: Míeva Keta le Kɔsiɖa.
Mɔfiala aɖe xɔ 150 cedi le mía si eye
wòdzo le mɔa dzi. Afi ka míate ŋu
ayi? (Kwame A., Accra)

Biabia: Meƒle tikiti le Lomé gake
mɔfiala la meva o. Mate ŋu axɔ nye ga
ya? (Ama S., Aflao)

Yawa Dzeble, mɔzɔzɔ dɔwɔƒe ƒe amegã

Ŋuɖoɖo: Mi katã miate ŋu ava mɔzɔzɔ
dɔwɔƒe le Keta, eye miaŋlɔ miaƒe nya
ɖe agbalẽ dzi.

Mɔfiala siwo si agbalẽ le la tsɔa kad
ɖe wo kɔ me. Mikpɔ kad la do ŋgɔ.

Eʋe Nyadzɔdzɔwo · nya@evenya.example.gh
"""


def test_a_visitors_qa_under_a_glued_label_two_questions_then_one_answerers_name_and_post():
    page = clean_text(QA)
    story, column = page.articles
    assert story.byline == "Ame si ŋlɔ: Kofi Agbeko"  # a writer's label of three words on its colon
    assert story.paragraphs[-1].endswith("nye fiala mele o.”")
    assert column.title == "Nuka wòle be mawɔ ne mɔfiala aɖe ble mi?"
    assert "Mɔzɔlawo ƒe biabiawo" in (column.section, column.kicker)
    assert column.byline == "Yawa Dzeble, mɔzɔzɔ dɔwɔƒe ƒe amegã"
    assert [p[:20] for p in column.paragraphs] == ["Biabia: Míeva Keta l", "Biabia: Meƒle tikiti", "Ŋuɖoɖo: Mi katã miat", "Mɔfiala siwo si agba"]
    assert column.paragraphs[0].endswith("Afi ka míate ŋu ayi? (Kwame A., Accra)")
