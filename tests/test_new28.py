"""Rules written for the twenty-eighth stop's newest sets (holdout65, real28), each tested on text of its own."""
from paperarchive.classify import is_furniture
from paperarchive.pageinfo import info_from_furniture


def test_front_page_index_row_is_furniture():
    # two cells of a front page's index read as one line, with and without the engine's spaces
    assert is_furniture("第3版　体育　山地赛下月开跑　第7版　文化　老戏台重新开锣")
    assert is_furniture("第3版体育　山地赛下月开跑 第7版文化老戏台重新开锣 第10版副刊冬夜里的灯")
    # a headline holding 第 still reads as one cell
    assert is_furniture("第3版　体育　第二届山地赛开跑　第7版　文化　老戏台重新开锣")
    # one cell alone may be a sentence's line; a sentence naming two pages is no index
    assert not is_furniture("第7版刊登的那封读者来信")
    assert not is_furniture("第3版的报道引起关注，第7版也有读者来信回应。")


def test_index_row_gives_no_page_number():
    info = info_from_furniture(["第3版体育山地赛下月开跑 第7版文化老戏台重新开锣", "青禾日报　第1版　要闻"])
    assert info.page == "1"
