"""A cartoon set between two halves of a commentary's sentence, its caption marked 漫画 and its
maker credited by name and 作 a wide space apart ("何　川　作"), or 绘: the caption leaves the
text, the credit with it, and the sentence reads on. Before: the credit read as the piece's
byline and the sentence's rest as another story. A page written for the class, not copied from
any gold page."""

from paperarchive.pipeline import clean_text

COMMENT = """江州晚报　2026年12月11日　星期五　第6版　观点

来论
别让“校门口的堵”成了常态
□　陶　然
　　每到放学时分，不少学校门口车辆扎堆，接孩子
的家长把路堵得水泄不通。交警疏导、学校错峰放
学，效果总是维持不了几天，一到雨天，又

漫画：“又堵上了”
何　川　作

回到老样子。
　　治堵不能只靠临时措施。学校周边能否划出临时
停车区，放学时段能否安排志愿者引导，都值得
一试。
"""


def test_a_cartoons_caption_and_its_makers_credit_leave_the_sentence_they_cut():
    page = clean_text(COMMENT)
    (piece,) = page.articles
    assert [c.text for c in piece.captions] == ["漫画：“又堵上了”"]
    assert "一到雨天，又回到老样子。" in piece.paragraphs[0]
