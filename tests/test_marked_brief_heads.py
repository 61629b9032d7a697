"""A Chinese brief's headline marked with a box ("◆", "■") as a byline's name is: phrases of four
characters or more are a headline, a name of two to four a byline. Pages written for the rule
(not copied from any gold page)."""

from paperarchive.classify import classify_block
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text


def wrap(text: str, width: int = 18) -> str:
    return "\n".join(text[k : k + width] for k in range(0, len(text), width)) + "\n"


def test_marked_phrases_are_headlines_and_marked_names_bylines():
    heads = ("◆公园新添健身器材", "■雨天路滑　多车追尾", "◆“跟着非遗去旅行”线路发布", "■《茶路千年》新书首发", "●電台DJ轉戰網台")
    kinds = {t: classify_block(Block((t,), 1), True).kind for t in (*heads, "□欧阳晓晴", "■林志明", "□本报记者陈思远")}
    assert [kinds[head] for head in heads] == [Kind.SHORT] * len(heads)
    assert kinds["□欧阳晓晴"] is kinds["■林志明"] is kinds["□本报记者陈思远"] is Kind.BYLINE


def test_marked_briefs_on_a_flush_page_are_stories_of_their_own():
    page = (
        "城东社区开办老年食堂\n\n"
        + wrap("本报讯　城东社区老年食堂昨日开张，六十岁以上的居民每餐只需付八元，社区每天还安排志愿者为行动不便的老人送餐上门。")
        + wrap("社区主任说，食堂的菜单每周更换一次，由居民代表一起商量确定，既要营养均衡，也要合老人的口味。")
        + "◆公园新添健身器材\n\n"
        + wrap("人民公园东门广场日前新添了二十多件健身器材，吸引了不少市民前来锻炼。管理处提醒市民注意安全。")
        + "◆雨天路滑　多车追尾\n\n"
        + wrap("昨天早上，环城路因下雨路滑发生一起多车追尾事故，所幸没有人员受伤。交警提醒雨天行车要减速慢行。")
    )
    titles = [a.title for a in clean_text(page).articles]
    assert titles[-2:] == ["公园新添健身器材", "雨天路滑　多车追尾"]


def test_an_unmarked_brief_head_with_its_blank_line_under_it_opens_a_story_and_a_column_fragment_does_not():
    page = (
        "城东社区开办老年食堂\n\n"
        + wrap("本报讯　城东社区老年食堂昨日开张，六十岁以上的居民每餐只需付八元，社区每天还安排志愿者为行动不便的老人送餐上门。")
        + wrap("社区主任说，食堂的菜单每周更换一次，由居民代表一起商量确定，既要营养均衡，也要合老人的口味。")
        + "公园新添健身器材\n\n"
        + wrap("人民公园东门广场日前新添了二十多件健身器材，吸引了不少市民前来锻炼。管理处提醒市民注意安全。")
        + wrap("管理处还说，器材由市体育局出资购买，今后每年都会检查维修一次。")
        + "与往年相比，今年的\n\n"
        + wrap("器材数量多了一倍，品种也更加丰富，适合老人和孩子使用的器材占了一半。")
    )
    titles = [a.title for a in clean_text(page).articles]
    assert titles == ["城东社区开办老年食堂", "公园新添健身器材"]


def test_a_marked_headline_with_figures_is_no_name():
    kinds = {t: classify_block(Block((t,), 1), True).kind for t in ("■县城新增3000个停车位", "◆前10月外贸增长8.5%", "■王小明")}
    assert kinds["■县城新增3000个停车位"] is kinds["◆前10月外贸增长8.5%"] is Kind.SHORT
    assert kinds["■王小明"] is Kind.BYLINE
