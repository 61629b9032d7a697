"""Farm pages in Latin script (holdout114's shapes, on pages written for the test, not copied from
its golds): a weather box glued under a story's carried tail, its rows a day and its date; an
alert glued so, a lead-in over district rows, signed by an office with a place-and-date row under
it; a meeting notice glued so, an intro, an agenda head over numbered items, signed for the
committee; a head's second line opened by "di" over the byline; a paragraph's first line ending on
a name cut in two; an answerer's long name under a title over the institute, between the turns."""

from paperarchive.pipeline import clean_text

WEATHER = """\
KABAR DESA · Rabu, 8 Desember 2032 · Halaman 7
Tani · Redaksi: Siti Aminah

Petani Cianjur mulai tanam padi
Oleh Dedi Supriatna

CIANJUR – Petani di Kecamatan Cugenang
mulai menanam padi minggu ini karena
hujan sudah turun sejak akhir bulan
lalu.

Ketua kelompok tani, Asep Hidayat,
mengatakan: “Kalau hujan terus begini,
panen bulan Maret akan bagus sekali
untuk semua

Kabar Desa · Tani

petani.”
Cuaca untuk petani

Rabu 8/12: berawan, hujan sore, 22–29 °C
Kamis 9/12: hujan lebat, 21–27 °C
Jumat 10/12: berawan, 22–28 °C
Saran: jaga saluran air kalau hujan.
Sumber: Stasiun Cuaca Cianjur

Kabar Desa · redaksi@kabardesa.example.id
"""


def test_a_weather_box_glued_under_a_carried_tail_is_its_own_piece_one_paragraph_a_row():
    page = clean_text(WEATHER)
    story, box = page.articles
    assert story.paragraphs[-1].endswith("untuk semua petani.”")
    assert box.title == "Cuaca untuk petani"
    assert box.paragraphs == [
        "Rabu 8/12: berawan, hujan sore, 22–29 °C",
        "Kamis 9/12: hujan lebat, 21–27 °C",
        "Jumat 10/12: berawan, 22–28 °C",
        "Saran: jaga saluran air kalau hujan.",
        "Sumber: Stasiun Cuaca Cianjur",
    ]


ALERT = """\
MWANGAZA WA PWANI | 11 Agosti 2032 | Ukurasa 4
Mifugo | Mhariri: Rehema Salim

Homa ya nguruwe yagunduliwa Kilifi
Na Bakari Omari

KILIFI – Homa ya nguruwe imegunduliwa
katika vijiji vitatu vya kaunti, kwa
mujibu wa Ofisi ya Mifugo ya Kilifi.

Daktari wa mifugo, Zawadi Mwende,
alisema: “Tunawaomba wafugaji wasihamishe
nguruwe hadi tutakapodhibiti

Mwangaza wa Pwani | Mifugo

ugonjwa.”
Tahadhari ya homa ya nguruwe

Ofisi ya Mifugo inawajulisha wafugaji
wote kwamba ugonjwa umepatikana katika
maeneo haya:

Rabai: Mwawesa, Ruruma, Kambe
Malindi: Ganda, Shella
Magarini: Adu

Kuhamisha nguruwe kutoka maeneo haya
kumepigwa marufuku hadi itangazwe tena.

Daktari wa Mifugo wa Kaunti, Kilifi

Kilifi, 9 Agosti 2032

Mwangaza wa Pwani | habari@pwani.example.ke
"""


def test_an_alert_glued_under_a_carried_tail_keeps_its_rows_and_its_date_row_under_the_signing_office():
    page = clean_text(ALERT)
    story, alert = page.articles
    assert story.paragraphs[-1].endswith("tutakapodhibiti ugonjwa.”")
    assert alert.title == "Tahadhari ya homa ya nguruwe"
    assert "Rabai: Mwawesa, Ruruma, Kambe" in alert.paragraphs
    assert alert.byline == "Daktari wa Mifugo wa Kaunti, Kilifi"
    assert alert.paragraphs[-1] == "Kilifi, 9 Agosti 2032"


NOTICE = """\
SAUTI YA MLIMA · Jumatano, 10 Machi 2032 · Ukurasa 6
Kilimo · Mhariri: Joseph Mollel

Wakulima wa chai walipwa zaidi
Na Neema Lyimo

MOSHI – Wakulima wa chai wa Chama cha
Ushirika cha Uru watalipwa shilingi 900
kwa kilo mwaka huu, zaidi ya mwaka jana.

Mwenyekiti, Elias Massawe, alisema:
“Tunataka wanachama wote waje kwenye
mkutano wa mwaka ili tujadili bei ya

Sauti ya Mlima · Kilimo

chai.”
Mkutano Mkuu wa Mwaka

Wanachama wote wa Chama cha Ushirika cha
Uru wanaalikwa kwenye mkutano mkuu wa
mwaka Jumamosi, 20 Machi 2032, ukumbini.

Ajenda

1. Sala na kufungua mkutano.

2. Kusoma kumbukumbu za mkutano uliopita.

3. Taarifa ya Mwenyekiti.

4. Mengineyo.

Kila mwanachama aje na kadi yake.

Kwa Kamati: Amina Juma, Katibu

Sauti ya Mlima · habari@mlima.example.tz
"""


def test_a_meeting_notice_glued_under_a_carried_tail_with_its_agenda_is_signed_for_the_committee():
    page = clean_text(NOTICE)
    story, notice = page.articles
    assert story.paragraphs[-1].endswith("bei ya chai.”")
    assert notice.title == "Mkutano Mkuu wa Mwaka"
    assert notice.paragraphs[1] == "1. Sala na kufungua mkutano."
    assert notice.byline == "Kwa Kamati: Amina Juma, Katibu"
    assert notice.paragraphs[-1] == "Kila mwanachama aje na kadi yake."


CLINIC = """\
BERITA PANTAI – Sabtu, 4 September 2032 – Muka 12
Ladang – Pengarang: Rosnah Ali

Musim menuai padi bermula
di Kota Bharu
Oleh Azman Che Hassan

KOTA BHARU – Petani sekitar Kota Bharu
mula menuai padi musim utama minggu ini
selepas cuaca panas beberapa hari.

Petani Kampung Sireh, Che Rosli
Che Omar, 58, berkata: “Kalau cuaca
baik, hasil tahun ini lebih banyak
dari

Berita Pantai – Ladang

dulu.”
Tanya Petani
Daun padi bertompok, kenapa?

Soalan: Padi saya baru sebulan, tapi
daun dia ada tompok perang kecil pada
hujung daun. Apa saya perlu buat? (Mak
Som, Kampung Pulau Melaka)

Dr. Nik Aminah Nik Yusof
Institut Penyelidikan Padi Pantai

Jawapan: Itu tanda penyakit bintik
perang. Jangan guna baja terlalu banyak.

Sembur racun kulat ikut sukatan pada
label jika tompok makin banyak.

Berita Pantai – berita@pantai.example.my
"""


def test_a_head_going_on_under_di_over_its_byline_and_a_name_cut_at_the_first_line_of_a_paragraph():
    page = clean_text(CLINIC)
    story = page.articles[0]
    assert story.title == "Musim menuai padi bermula di Kota Bharu"
    assert story.byline == "Oleh Azman Che Hassan"
    assert "Petani Kampung Sireh, Che Rosli Che Omar, 58, berkata:" in story.paragraphs[-1]


def test_an_answerers_long_name_under_a_title_over_the_institute_is_the_columns_byline():
    page = clean_text(CLINIC)
    column = page.articles[-1]
    assert column.title == "Daun padi bertompok, kenapa?"
    assert column.byline == "Dr. Nik Aminah Nik Yusof Institut Penyelidikan Padi Pantai"
    assert column.paragraphs[0].startswith("Soalan: ")
    assert column.paragraphs[1].startswith("Jawapan: ")
