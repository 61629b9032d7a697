"""Pages whose headline is set on two short lines, the first ending on a semicolon (`;`, or the
full-width `；`, which grouping reads as a clause's end and sets apart from the line under it), a
blank line under the page's furniture and flush over a byline
(`classify._headline_cut_at_a_clause_mark`): the two lines are the story's title, not its first
paragraph. Pages written for the rule (not copied from any gold page), in English, Swahili and
Chinese."""

from paperarchive.api import clean_file


def _page(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean_file(str(path)).page


ENGLISH = """HARBOURSIDE EXPRESS · Friday 12.03.2038 · Page 4
News · Editor: Grace Mensah

Fire guts timber market;
200 traders count losses
By Ama Owusu

TAKORADI – A fire that started in a
sawmill shed on Thursday night swept
through the timber market, and about
200 traders lost their stock.

Firefighters from three stations took
four hours to put out the blaze.

Harbourside Express · news@harbourside.example.gh
"""

SWAHILI = """SAUTI YA PWANI · Jumatano 07.04.2038 · Ukurasa 3
Habari · Mhariri: Rehema Salim

Moto wateketeza soko;
wavuvi 80 wapata hasara
Na: Juma Bakari

MALINDI – Moto uliozuka usiku wa
Jumanne uliteketeza vibanda vya soko
la samaki, na wavuvi 80 wakapoteza
mali yao.

Zimamoto walifika baada ya saa moja.

Sauti ya Pwani · habari@sautiyapwani.example.ke
"""

CHINESE = """滨江日报　　2038年3月9日　星期二
第5版　社会　　责任编辑：阮　晴

仓库夜间突发大火；
六十名工人安全撤离
本报记者　骆　青

　　前晚11时许，城西一物流仓库突发大火，
值班人员发现后立即报警，六十名夜班工人在
十分钟内全部撤离。

　　消防部门出动车辆12台，经过三个小时将
明火扑灭，事故无人受伤。

滨江日报社　　新闻热线：0571-8800 1234
"""


def test_english_headline_on_a_semicolon_over_a_byline_is_the_title(tmp_path):
    page = _page(tmp_path, "english.txt", ENGLISH)
    article = page.articles[0]
    assert article.title == "Fire guts timber market; 200 traders count losses"
    assert article.byline in ("By Ama Owusu", "Ama Owusu")
    assert article.paragraphs[0].startswith("TAKORADI – A fire that started")
    assert not any("Fire guts" in p for p in article.paragraphs)


def test_swahili_headline_on_a_semicolon_over_a_byline_is_the_title(tmp_path):
    page = _page(tmp_path, "swahili.txt", SWAHILI)
    article = page.articles[0]
    assert article.title == "Moto wateketeza soko; wavuvi 80 wapata hasara"
    assert article.byline == "Na: Juma Bakari"
    assert article.paragraphs[0].startswith("MALINDI – Moto uliozuka")


def test_chinese_headline_on_a_full_width_semicolon_over_a_reporter_is_the_title(tmp_path):
    page = _page(tmp_path, "chinese.txt", CHINESE)
    article = page.articles[0]
    assert article.title == "仓库夜间突发大火；六十名工人安全撤离"
    assert article.byline is not None and "骆" in article.byline
    assert article.paragraphs[0].startswith("前晚11时许")


def test_a_speakers_colon_over_a_quoted_sentence_stays_the_text(tmp_path):
    text = ENGLISH.replace(
        "Firefighters from three stations took\nfour hours to put out the blaze.\n",
        "Firefighters from three stations took\nfour hours to put out the blaze.\n\nThe chief officer said:\n\"We will rebuild it.\"\nBy Kofi Asante\n",
    )
    page = _page(tmp_path, "speaker.txt", text)
    assert page.articles[0].title == "Fire guts timber market; 200 traders count losses"
    assert all(a.title != "The chief officer said: \"We will rebuild it.\"" for a in page.articles)
