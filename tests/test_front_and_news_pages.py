"""News pages at the front of a daily, as OCR'd text, in the shapes the thirty-fifth stop's second
written set (holdout86) printed, each written here anew: a masthead with its weather ear and a
breaking story's update line; a page in a language the cleaner has no words for, its masthead
naming the paper and page as its foot does, a pull quote cut short from the text, a head wider
than the column set flush on its lead; an international page whose dateline names the agency
in brackets and whose second story is signed with a label, a name and a town; an election page
signed with a three-word "by" and a results table whose middle row fills its cells."""

from paperarchive.pipeline import clean_text

FRONT = """汀洲日报　　2027年4月2日　星期五　　今日天气：晴转多云　12～21℃
第1版　要闻　　责任编辑：梁　栩

城东快速路今晨全线贯通
（更新：4月2日　上午9时15分）
　　本报讯（记者　严　可）今天上午八时，城东快
速路最后一段桥面完成合龙，这条全长十四公里的
道路全线贯通。

　　快速路通车后，从城东新区到火车站只要十五
分钟，比原来缩短一半。

汀洲日报·要闻
"""


def test_a_masthead_with_its_weather_ear_and_an_update_line_are_the_pages_furniture():
    page = clean_text(FRONT)
    assert [a.title for a in page.articles] == ["城东快速路今晨全线贯通"]
    assert page.furniture[0].startswith("汀洲日报") and "（更新：4月2日　上午9时15分）" in page.furniture
    assert page.articles[0].paragraphs[0].startswith("本报讯（记者　严　可）今天上午八时")


VILLAGE = """KYLÄVIESTI • suovattu 9.10.2027 • s. 5
Uudizet

Kylän koulu sai uvven katon
Tekstu: Anna Pekkoeva

Kylän koulun vahnu katto vuoti kaikel
kezäl, i lapset istuttih luokas
vedrat pertin keskel.

”Nygöi meil on kuiva i lämmin luokka,
i lapset voijah opastuo rauhas”, sanou
školan johtai Irina Kalinina.

”Meil on kuiva luokka.”

Uuzi katto maksoi kaksisadua tuhattu.
Kirjastoh tulou uuzi lugemisluokka lapsile
Kylän kirjastoh avatah talvel lugemis-
luokka, kuduas lapset voijah istuo i
lugie.

Kyläviesti • s. 5
"""


def test_a_masthead_sharing_the_foots_fields_a_shortened_pull_quote_and_a_wide_head_on_its_lead():
    page = clean_text(VILLAGE)
    assert [a.title for a in page.articles] == ["Kylän koulu sai uvven katon", "Kirjastoh tulou uuzi lugemisluokka lapsile"]
    assert page.furniture[:2] == ("KYLÄVIESTI • suovattu 9.10.2027 • s. 5", "Uudizet")
    school = page.articles[0]
    assert school.pull_quotes == ["”Meil on kuiva luokka.”"]
    assert "”Meil on kuiva luokka.”" not in school.paragraphs


WORLD = """TE AO FOU · Tuesday 7 September 2027 · Page 4
Te Ao

Leaders meet in Apia on ocean plan
APIA (Pacific Wire) – Leaders of twelve
island nations met in Apia on Monday to
agree a plan for the fishing grounds they
share across the western ocean.

The talks close on Friday with a signed
statement, officials said.

New clinic opens on Futuna next month
Writer: Malia Tafili, Futuna

The new clinic at Leava will open in
January with ten beds and a maternity
room, the health office said.

Te Ao Fou · Page 4
"""


def test_a_dateline_naming_its_agency_opens_the_lead_and_a_labelled_writer_with_a_town_is_the_byline():
    page = clean_text(WORLD)
    assert [a.title for a in page.articles] == ["Leaders meet in Apia on ocean plan", "New clinic opens on Futuna next month"]
    summit, clinic = page.articles
    assert summit.paragraphs[0].startswith("APIA (Pacific Wire) – Leaders of twelve")
    assert clinic.byline == "Writer: Malia Tafili, Futuna"


ELECTION = """TE LEO O NUKU – Aho Lua, 9 Novema 2027 – Itulau 2
Tala Fou

Nā filifiliga o te fono a te nuku
Na tuhi e Sina Tavita

Na fai te filifiliga o te fono i te Aho
Tahi. E tokaono nā tagata na tū ki te
filifiliga, ma e tokatolu na filifilia.

Nā fuainumela
Atafu, Faipule     Sione Lui      101
Atafu, Pulenuku    Lui Ioane      77
Nukunonu, Faipule  Petelo Ala     96
Nukunonu, Pulenuku Telesia Pasi   91
Fakaofo, Faipule   Aleki Lui      88

Te Leo o Nuku – Itulau 2
"""


def test_a_three_word_by_signs_the_story_and_a_results_row_that_fills_its_cells_stays_a_row():
    page = clean_text(ELECTION)
    story, results = page.articles
    assert story.byline == "Na tuhi e Sina Tavita"
    assert results.title == "Nā fuainumela"
    assert len(results.paragraphs) == 5 and results.paragraphs[3].startswith("Nukunonu, Pulenuku Telesia Pasi")
