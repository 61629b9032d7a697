"""Games pages (bingo, prize draws, league tables, odds) whose table is glued straight under the
story's last line: the table is an article of its own, its head the title, every printed row a
paragraph. A row of the card's grid with a word among its figures stays a row
(`classify._rows_between_rows`), a header row naming its unit in brackets is the first row
(`blocks._names_its_columns`), tied ranks ("4=") rank their rows (`blocks._ranked_row`), a short
"以…为准" note flush under the rows is the table's (`classify._note_flush_under_rows`); and a
paragraph's first line over a line cut at a comma by a photo is no heading
(`rules.columns._first_line_over_a_clause_cut`). Pages written for the rules, not copied from
any gold page."""

from paperarchive.api import clean_file

SWAHILI_BINGO = """SAUTI YA PWANI · Saturday 14.03.2037 · Page 9
Jamii · Mhariri: Rehema Mwinyi

Bingo ya msikiti
yasaidia zahanati ya Tiwi
Na: Salim Bakari

TIWI – Kamati ya msikiti wa Tiwi iliuza
kadi 860 za bingo kwa TSh 3,000 kila
moja, na ikapata TSh 2,180,000 kwa
zahanati.

Mshindi wa TSh 400,000 alikuwa Bi Zuhura
Mwanaisha Juma,

Wakazi wakicheza bingo ukumbini.
Picha: Omari Said

aliyekamilisha mstari wa kwanza mapema.

Imamu Hassan Ali alisema: “Bingo
imesaidia kuwakutanisha wazee na vija-
na

Sauti ya Pwani · Jamii

wote.”
Kadi iliyoshinda

B       I     N    G    O
7      21    35   49   64
3      18    42   57   70
5      26  FREE   53   61
9      29    38   46   73
14     16    31   60   67
Kadi namba 0527

Sauti ya Pwani · habari@sautiyapwani.example.tz
"""

CARD_ONLY = """HABARI ZA TANGA · Monday 08.02.2038 · Page 12
Michezo · Mhariri: Juma Kombo

Bingo ya shule
Na: Amina Shekue

TANGA – Shule ya msingi Usagara
ilipata TSh 640,000 katika bingo ya wazazi.

Mwalimu mkuu alisema fedha zitanunua vitabu.
Kadi iliyoshinda

B       I     N    G    O
11     22    40   51   66
6      19    33   48   72
2      30  FREE   55   69
13     17    36   47   75
8      25    44   59   63
Kadi namba 1142

Habari za Tanga · michezo@habari.example.tz
"""

PRIZE_TABLE = """澄溪日报　　2037年5月9日　星期六
第5版　民生　　责任编辑：闵　砚

“白鹭归巢”即开票　本周上市
本报记者　邝　荻
　　省福彩中心新一期“白鹭归巢”即开票本周
起在全市网点销售，每张10元，最高奖金50万
元。
　　这款票每组800000张，设六个奖级，

市民在网点购买新票。
（本报记者　邝　荻　摄）

中奖面为25.1%，返奖率62%。
　　福彩中心工作人员说，小额奖金可以在任何
一个网点当场兑付。
白鹭归巢奖级
奖金（元）　每组张数
500000　1
50000　8
5000　40
500　900
50　18000
10　181851
合计　200800
每组800000张，返奖率62%

澄溪日报社　　读者热线：0591-6620418
"""

RANKING = """澳灣日報　2037年6月8日　星期一
B5　體育　　編輯：溫以誠

見習騎師再勝兩場
記者　龐嘉穎
　　見習騎師屈子朗琴日喺跑馬地夜賽贏咗兩場。
　　佢話會繼續努力。
練馬師榜
名次　練馬師　頭馬　出賽　勝出率
1　葛志遠　41　402　10.2%
2　班俊熙　38　377　10.1%
3　關德昌　35　301　11.6%
4=　岑永樂　33　350　9.4%
4=　溥家豪　33　318　10.4%
統計截至6月7日

澳灣日報社　　新聞熱線：2816 4403
"""

ODDS = """沅江都市报　　2037年10月23日　星期五
第6版　体坛　　责任编辑：阚　瑜

周末杯赛两场　竞彩今起开售
本报记者　蒯　岩

　　省体彩中心昨天公布本周末两场杯赛的竞彩赔
率，今天起在各体彩店开售。

　　体彩中心提醒，竞彩只能在实体店购买，“代
购的彩票都不受保护，彩民要在店里当面

沅江都市报·体坛

出票。”
本周杯赛赔率

场次　主队　客队　胜　平　负
周六011　沅北队　溆浦队　2.05　3.10　3.35
周日012　辰溪队　麻阳队　1.72　3.45　4.20
赔率以彩票打印时为准

沅江都市报社　　报料热线：0745-2278816
"""


def _page(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean_file(str(path)).page


def test_a_card_row_with_a_word_among_its_figures_stays_a_row(tmp_path):
    page = _page(tmp_path, "card.txt", CARD_ONLY)
    story, card = page.articles
    assert card.title == "Kadi iliyoshinda"
    rows = [" ".join(p.split()) for p in card.paragraphs]
    assert rows[3] == "2 30 FREE 55 69"
    assert len(rows) == 7
    assert not any(line in ("2", "55", "69") or "FREE" in line for line in page.furniture)


def test_a_first_line_over_a_name_cut_at_a_comma_is_no_heading(tmp_path):
    page = _page(tmp_path, "bingo_story.txt", SWAHILI_BINGO)
    story = page.articles[0]
    assert story.headings == []
    assert "Mshindi wa TSh 400,000 alikuwa Bi Zuhura Mwanaisha Juma, aliyekamilisha mstari wa kwanza mapema." in story.paragraphs


def test_a_header_row_naming_its_unit_is_the_first_row_under_the_title(tmp_path):
    page = _page(tmp_path, "prizes.txt", PRIZE_TABLE)
    table = page.articles[-1]
    assert table.title == "白鹭归巢奖级"
    assert table.kicker is None
    assert table.paragraphs[0] == "奖金（元）\u3000每组张数"
    assert table.paragraphs[-1] == "每组800000张，返奖率62%"


def test_tied_ranks_are_rows_of_the_ranking(tmp_path):
    page = _page(tmp_path, "ranking.txt", RANKING)
    assert len(page.articles) == 2
    table = page.articles[-1]
    assert table.title == "練馬師榜"
    assert "4=\u3000岑永樂\u300033\u3000350\u30009.4%" in table.paragraphs
    assert "4=\u3000溥家豪\u300033\u3000318\u300010.4%" in table.paragraphs
    assert table.paragraphs[-1] == "統計截至6月7日"


def test_a_terms_note_flush_under_the_rows_is_the_tables_last_row(tmp_path):
    page = _page(tmp_path, "odds.txt", ODDS)
    table = page.articles[-1]
    assert table.title == "本周杯赛赔率"
    assert table.paragraphs[-1] == "赔率以彩票打印时为准"
    assert "赔率以彩票打印时为准" not in page.furniture
