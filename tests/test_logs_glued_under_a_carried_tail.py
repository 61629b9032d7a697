"""A police log's label set flush under a court report's last words, which the page's running head
cut from the sentence above ("…请到平台上" / "溪岸晨讯·法治" / "核实。”" / "警情通报" / "　　凌晨2时，…"),
opens the log on a page that sets its paragraphs a blank line apart
(classify._heads_glued_under_a_read_back_tail); and a masthead named on no 报, opening the page's
foot too, names its running heads (classify._name_opening_the_foot). A page written for the class
(not from any gold page)."""

from conftest import hard_wrapped

from paperarchive.classify import _heads_glued_under_a_read_back_tail
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text


def _page(masthead: str) -> str:
    return (
        f"{masthead}\n2027年6月9日　星期三　　第6版　法治\n\n"
        "庭审现场\n冒充快递骗取理赔　男子获刑十个月\n本报记者　施　岚\n\n"
        + hard_wrapped("昨天，溪岸区法院审理一起冒充快递员诈骗案，被告人骗取两名市民共计九千元，被判处有期徒刑十个月。", 20)
        + "\n　　庭审中，被告人的家人坐在旁听席，\n\n被告人在庭上认罪。\n（本报记者　施　岚　摄）\n\n被告人低头听完宣判。\n\n"
        + hard_wrapped("审判长宣判后提醒市民：“快递丢了要赔钱的电话，一律先挂断，再到平台上", 20)
        + f"\n{masthead}·法治\n\n核实。”\n警情通报\n"
        + hard_wrapped("凌晨2时，东门派出所接到报警，一辆电动车在小区门口被盗，民警当天找回。", 20)
        + "\n"
        + hard_wrapped("上午9时，一名老人在公园走失，巡逻民警半小时后把老人送回家。", 20)
        + "\n"
        + hard_wrapped("下午5时，两辆轿车在桥头轻微剐蹭，交警到场处理。", 20)
        + f"\n{masthead}　　新闻热线：0571-5550199\n"
    )


def test_a_label_glued_under_the_carried_tail_opens_the_log():
    b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)  # noqa: E731
    page = (b(Kind.BODY, 1, "他提醒市民：“一律先挂断，再到平台上核实。”"), b(Kind.FURNITURE, 1, "溪岸晨讯·法治"), b(Kind.SHORT, 0, "警情通报"),
            b(Kind.BODY, 0, "凌晨2时，东门派出所接到报警。"), b(Kind.BODY, 1, "上午9时，一名老人在公园走失。"))
    assert _heads_glued_under_a_read_back_tail(page)[2].kind is Kind.HEADLINE
    assert _heads_glued_under_a_read_back_tail(page[:4] + (page[4].with_(gap=0),))[2].kind is Kind.SHORT  # indent-only: a subhead


def test_a_masthead_named_on_no_bao_names_its_running_head():
    page = clean_text(_page("溪岸晨讯"))
    assert "溪岸晨讯·法治" in page.furniture
    assert [a.title for a in page.articles] == ["冒充快递骗取理赔　男子获刑十个月", "警情通报"]


def test_a_masthead_named_on_no_bao_over_a_readers_hotline_foot_names_its_running_head():
    # (a foot whose hotline no imprint pattern knows: the name, a wide space, the paper's contacts)
    page = clean_text(_page("溪岸晨讯").replace("新闻热线", "读者热线"))
    assert "溪岸晨讯·法治" in page.furniture
    assert [a.title for a in page.articles] == ["冒充快递骗取理赔　男子获刑十个月", "警情通报"]



def test_a_label_named_like_a_paper_flush_over_the_log_is_no_furniture():
    page = clean_text(_page("溪岸晚报").replace("警情通报", "警情快报"))
    assert [a.title for a in page.articles] == ["冒充快递骗取理赔　男子获刑十个月", "警情快报"]
    assert "警情快报" not in page.furniture
