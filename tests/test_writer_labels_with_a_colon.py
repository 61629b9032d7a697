"""A writer's line may open on the language's label for the writer and a colon, in a language
whose label the cleaner does not know: "Qoraa: Cali Xasan Maxamed" (Somali), "Muallif: Aziz
Karimov" (Uzbek). Under a head and its deck, right over the text, it is the story's byline, not
more of the deck. Pages written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

SOMALI = """Dalka Maanta

Suuqa Xoolaha ee Burco oo Dib u Furmay

Ganacsatadu waxay sheegeen in qiimuhu kor u kacay

Qoraa: Cali Xasan Maxamed

BURCO — Suuqa xoolaha ee magaalada
Burco ayaa dib loo furay toddobaadkan
kadib markii la dhammeeyey dayactirka
xeryaha iyo ceelasha biyaha.

Ganacsatada ayaa sheegay in ay
filayaan in dhoofinta xoolaha ay
kordhi doonto bilaha soo socda.

Dalka Maanta  |  Dhaqaalaha  |  5
"""

UZBEK = """Vodiy Haqiqati

Qo'qonda yangi bozor qurilmoqda

Savdo majmuasi kelgusi yilning bahorida ochiladi

Muallif: Aziz Karimov

Qo'qon shahrida qurilayotgan yangi dehqon
bozorining birinchi navbati yakunlandi.
Bozorda besh yuzdan ortiq savdo rastasi
bo'ladi.

Shahar hokimligi ma'lumotiga ko'ra, qurilish
uchun o'n ikki milliard so'm ajratilgan.

Vodiy Haqiqati  |  Jamiyat  |  4
"""


def test_a_labelled_writer_under_a_deck_is_the_byline():
    for page, title, deck, byline in (
        (SOMALI, "Suuqa Xoolaha ee Burco oo Dib u Furmay", "Ganacsatadu waxay sheegeen in qiimuhu kor u kacay", "Qoraa: Cali Xasan Maxamed"),
        (UZBEK, "Qo'qonda yangi bozor qurilmoqda", "Savdo majmuasi kelgusi yilning bahorida ochiladi", "Muallif: Aziz Karimov"),
    ):
        story = clean_text(page).articles[0]
        assert (story.title, story.subtitle, story.byline) == (title, deck, byline)
        assert story.paragraphs[0].split()[0] in ("BURCO", "Qo'qon")
