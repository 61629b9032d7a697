"""Short pages of one story and a table or a list under it: the column measured on the story's few
lines, a table's header row of words, a running head's fields set apart by a lozenge or a broken
bar, a table's head under a paragraph a running head cut. Pages
written for these rules after holdout75's first run, not copied from it; each test fails without
its rule."""

import pytest

from paperarchive.blocks import page_column
from paperarchive.chars import display_width
from paperarchive.pipeline import clean_text

ALLOWANCE = (
    "港灣日報　2027年6月3日　星期四\n"
    "B4　社區　　　責任編輯：溫嘉欣\n\n"
    "交通津貼加碼　街坊慳住使\n"
    "下月起每月多咗一百蚊\n"
    "文：鄧志強\n\n"
    "　　下個月開始，合資格長者每月交通津貼會\n"
    "加一百蚊，錢會直接入八達通，唔使排隊呀，\n"
    "對好多老人家嚟講係好事。\n\n"
    "　　七十五歲嘅黃伯話：「我成日都要去醫院\n"
    "覆診，\n\n"
    "黃伯喺巴士站等車。\n"
    "（鄧志強攝）\n\n"
    "車錢都唔少，加咗錢就可以放心啲出去飲。」\n\n"
    "　　社署提醒，長者其實唔使親身去銀行辦理\n"
    "手續，錢會自動入數，如果\n\n"
    "港灣日報．社區\n\n"
    "收唔到可以打電話去社署查詢。\n\n"
    "津貼入數日期\n\n"
    "月份　　入數日\n"
    "7月　　7月5日（星期一）\n"
    "8月　　8月5日（星期四）\n"
    "9月　　9月6日（星期一）\n"
    "10月　　10月5日（星期二）\n"
    "11月　　11月5日（星期五）\n"
    "12月　　12月6日（星期一）\n"
    "註：款項會直接存入長者八達通卡。\n\n"
    "港灣日報有限公司出版　　讀者熱線：2811 3344\n"
)


def test_a_short_pages_column_is_measured_on_its_storys_lines_not_failed_by_a_note_under_a_table():
    """Before: no column (the table's note, in the band of widths, ended its sentence; the story's
    full lines, a paragraph's first line among them, were too few to outvote it)."""
    lines = [line.strip() for line in ALLOWANCE.splitlines()]
    raws = ALLOWANCE.splitlines()
    assert page_column(lines, [display_width(line) for line in lines], raws) is not None
    # (measured, the quote cut by the photo's caption joins again)
    assert clean_text(ALLOWANCE).articles[0].paragraphs[1] == "七十五歲嘅黃伯話：「我成日都要去醫院覆診，車錢都唔少，加咗錢就可以放心啲出去飲。」"


def test_a_cantonese_head_ending_on_spend_is_a_head_and_a_header_row_of_words_opens_a_table():
    """Before: "交通津貼加碼　街坊慳住使" a paragraph (使 read as a cut causative), and the table's
    title a subhead of the story, its header row of two words no row."""
    articles = clean_text(ALLOWANCE).articles
    assert [a.title for a in articles][-1] == "津貼入數日期"
    assert "交通津貼加碼　街坊慳住使" in (articles[0].title, articles[0].kicker)
    assert articles[1].paragraphs[:2] == ["月份　　入數日", "7月　　7月5日（星期一）"]
    assert "交通津貼加碼　街坊慳住使" not in articles[0].paragraphs


PICARD = (
    "CH’GAZETTE D’AMIÉNS ¦ Lundi 6 d’sétimbe 2027 ¦ Pache 3\n"
    "Quartiers\n\n"
    "L’marché d’Saint-Leu rouvert\n"
    "Pa Martine Leclercq\n\n"
    "AMIÉNS – Chés marchands d’légumes sont\n"
    "r’venus su l’place après trois mos d’ouvrages\n"
    "pour r’faire chés pavés et chés égouts.\n\n"
    "« Ch’est un bon jour pour tertous », qu’al\n"
    "dit Mme Leclercq, qui vind du fromage d’pis\n"
    "vingt ans su ch’marché.\n\n"
    "Ch’marché i s’tient chaque samedi matin d’pis\n"
    "six heures jusqu’à midi, quand i fait bieu\n"
    "comme quand i pleut, pour chés gins du\n\n"
    "Ch’Gazette d’Amiéns ¦ Pache 3\n\n"
    "quartier.\n"
    "Heures d’ouverture des étals\n\n"
    "Étal          Ouverture   Fermeture\n"
    "Légumes       6 h         12 h\n"
    "Fromages      7 h         12 h\n"
    "Poissons      6 h         11 h\n"
    "Fleurs        8 h         12 h\n\n"
    "Ch’Gazette d’Amiéns ¦ 3 rue d’Beauvais, Amiéns ¦ lettes@gazette.example.fr\n"
)


def test_a_running_heads_fields_set_apart_by_a_broken_bar_name_the_masthead_and_the_foot():
    """Before: the masthead "CH’GAZETTE D’AMIÉNS ¦ Lundi … ¦ Pache 3" the story's title, its section
    under it with it, and the address line at the foot the table's last paragraph."""
    page = clean_text(PICARD)
    assert page.articles[0].title == "L’marché d’Saint-Leu rouvert"
    assert "Ch’Gazette d’Amiéns ¦ 3 rue d’Beauvais, Amiéns ¦ lettes@gazette.example.fr" in page.furniture
    assert not any("lettes@" in p for a in page.articles for p in a.paragraphs)


@pytest.mark.parametrize("mark", ["◊", "♦", "‖", "■", "▪", "●"])
def test_a_lozenge_a_square_or_a_double_bar_parts_a_running_heads_fields_as_a_bar_does(mark):
    page = clean_text(PICARD.replace("¦", mark))
    assert page.articles[0].title == "L’marché d’Saint-Leu rouvert"
    assert not any("lettes@" in p for a in page.articles for p in a.paragraphs)


def test_a_tables_head_flush_under_a_paragraph_a_running_head_cut_heads_the_table():
    """Before: "Heures d’ouverture des étals", flush under "quartier." (the paragraph's last word,
    cut off by the running head) and wider than it, read as the story's last paragraph."""
    articles = clean_text(PICARD).articles
    assert [a.title for a in articles] == ["L’marché d’Saint-Leu rouvert", "Heures d’ouverture des étals"]
    assert articles[0].paragraphs[-1].endswith("pour chés gins du quartier.")
