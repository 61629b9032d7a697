"""Tables and lists glued under a service page's story (issue 12, holdout128's class): a table's
header row under its title, whether a Chinese row of column names over rows of words and figures
or a Latin one whose last cell names its unit in brackets, and a list of one- or two-word items
closed by a labelled figure row. Pages written for these tests, cleaned through the public API."""

from paperarchive.api import clean_file

_SWIMMING = """安河日报　　2036年7月8日　星期二
第5版　民生

游泳馆暑期加开场次
本报记者　米　澜

　　暑期到来，市游泳馆从本周六起每天加开两个场次，每日接待量增至
三百六十人次。馆方提醒市民提前在网上预约。
　　馆长韩立秋说，午间场人数较少，适合带孩子的家庭。
游泳馆暑期每日场次

场次　名额
9:00—11:00　120人
11:30—13:30　60人
14:00—16:00　100人
16:30—18:30　80人
合计　360人
以上场次自2036年7月12日起执行

安河日报社出版　　热线：0571-5550123
"""


def _articles(tmp_path, name, text, encoding="utf-8"):
    page = tmp_path / name
    page.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return clean_file(page).page.articles


def test_a_chinese_header_row_over_rows_of_words_and_figures_is_the_tables_first_row(tmp_path):
    articles = _articles(tmp_path, "swim.txt", _SWIMMING)
    table = articles[-1]
    assert table.title == "游泳馆暑期每日场次"
    assert table.paragraphs[0] == "场次　名额"
    assert table.paragraphs[-2:] == ["合计　360人", "以上场次自2036年7月12日起执行"]


_SEIZURE = """HABARI ZA PWANI · 14.05.2036 · Ukurasa 4
Jamii · Mhariri: Salim Bakari

Forodha yakamata sukari
na mafuta Horohoro
Na: Amina Juma
  HOROHORO - Maafisa wa forodha wamekamata
magunia ya sukari na madumu ya mafuta
katika lori lililotoka Kenya. Thamani ni
2.950.000 shilingi.
  Mkuu wa kituo, Hamisi Omari, alisema
dereva alikimbia baada ya kusimamishwa

Lori lililokamatwa kituoni Horohoro.
Picha: Rashidi Mwinyi

na askari wa doria. «Tutaendelea kukagua
kila gari linalopita usiku wa

Habari za Pwani · Jamii

manane.»
Mali iliyokamatwa
Bidhaa           Idadi    Thamani (TSh)
Sukari     40 magunia   1.600.000
Mafuta      30 madumu     900.000
Mchele      15 magunia    450.000
Jumla                   2.950.000

Habari za Pwani · habari@tanga.example.tz
"""


def test_a_latin_header_row_naming_its_unit_in_brackets_is_the_tables_first_row(tmp_path):
    articles = _articles(tmp_path, "seizure.txt", _SEIZURE)
    assert [a.title for a in articles] == ["Forodha yakamata sukari na mafuta Horohoro", "Mali iliyokamatwa"]
    rows = [" ".join(p.split()) for p in articles[1].paragraphs]
    assert rows[0] == "Bidhaa Idadi Thamani (TSh)"
    assert rows[-1] == "Jumla 2.950.000"
    assert not articles[1].headings


_GOODS = """HABARI ZA MPAKANI · Alhamisi 12.03.2036 · Ukurasa 6
Biashara · Mhariri: Joseph Mollel

Wafanyabiashara wa Namanga
wafurahia utaratibu mpya
Na: Neema Laizer

NAMANGA - Wafanyabiashara wadogo katika
mpaka wa Namanga wamefurahia utaratibu
mpya wa kulipa kodi uliyoanza mwezi uliopita.

Afisa wa forodha, Peter Sanga, alisema
mfanyabiashara anayeleta bidhaa zisizozidi

Wafanyabiashara mpakani Namanga.
Picha: Daudi Kimaro

USD 1,500 hahitaji wakala. Mfanyabiashara
Grace Lyimo alisema: "Sasa tunaokoa

Habari za Mpakani · Biashara

muda."
Bidhaa zinazoruhusiwa

Mahindi
Maharage
Samaki wakavu
Vitenge
Ndizi
Kikomo: USD 1,500

Habari za Mpakani · habari@arusha.example.tz
"""


def test_a_list_of_one_or_two_word_items_closed_by_a_labelled_figure_is_one_row_a_line(tmp_path):
    articles = _articles(tmp_path, "goods.txt", _GOODS, encoding="latin-1")
    assert [a.title for a in articles] == ["Wafanyabiashara wa Namanga wafurahia utaratibu mpya", "Bidhaa zinazoruhusiwa"]
    assert articles[1].paragraphs == ["Mahindi", "Maharage", "Samaki wakavu", "Vitenge", "Ndizi", "Kikomo: USD 1,500"]
    assert articles[1].kicker is None
