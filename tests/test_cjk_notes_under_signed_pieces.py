"""Notes under a signed Chinese piece: a note on its writer printed as the page prints its
paragraphs (a blank line over it, flush) is the piece's last paragraph, not part of the byline;
a note on the piece itself ("（本文…）") is its credit. Pages written for these tests (no gold
page's text)."""

from paperarchive.pipeline import clean_text

FARM_PAGE = """南嶺農報　　中華民國116年3月5日　星期五
B2　農技

春耕前先測土
文／林志豪

春耕前先做土壤檢測，可以知道田裡缺什麼肥
料，避免一次施用過量，既省錢又保護土地。

各鄉鎮農會都有免費檢測服務，農民只要取樣
送件，兩週內就能拿到報告和施肥建議。

（作者為南嶺區農業改良場助理研究員）

農訊
竹崎梅花季週末登場

〔記者陳怡君／竹崎報導〕竹崎梅花季本週末在
公園舉行，現場有農特產展售和導覽活動。
"""


def test_a_writers_note_printed_as_a_paragraph_is_the_pieces_last_paragraph():
    column, brief = clean_text(FARM_PAGE).articles
    assert column.byline == "文／林志豪"
    assert column.paragraphs[-1] == "（作者為南嶺區農業改良場助理研究員）"
    assert (brief.title, brief.paragraphs[0][:6]) == ("竹崎梅花季週末登場", "〔記者陳怡君")


LAW_PAGE = FARM_PAGE.replace("（作者為南嶺區農業改良場助理研究員）", "（本文僅供參考，不構成專業意見。）")


def test_a_note_on_the_piece_itself_is_its_credit_not_a_paragraph():
    column = clean_text(LAW_PAGE).articles[0]
    assert column.paragraphs[-1].startswith("各鄉鎮農會都有免費檢測服務")
    assert "（本文僅供參考，不構成專業意見。）" in [c.credit for c in column.captions]
