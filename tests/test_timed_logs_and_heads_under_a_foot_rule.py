"""A police page's pieces glued together (pages written for the class, not from any gold page):
a police log's label set solid under a court report's last sentence, over entries that each open on
their hour, heads the log (classify._log_labels_glued_under_a_last_sentence); a column's head as
wide as the measure, set solid under its label glued under a box's closing rule, is the column's
title, not its first paragraph's first line (classify._heads_flush_on_a_sentence)."""

from paperarchive.pipeline import clean_text

_LOG = (
    "RIVER WEEKLY · Tuesday, 6 April 2027 · Page 4\n\n"
    "Court\n"
    "Man fined for taking a neighbour's canoe\n"
    "By Ann Lowe\n\n"
    "EASTBY – A man who took his neighbour's\n"
    "canoe for a week was fined two hundred\n"
    "dollars in the district court on Monday.\n\n"
    "He told the court he meant to give the\n"
    "canoe back when the river fell.\n"
    "Police log\n"
    "At 21.40, Sunday – officers found a boy\n"
    "asleep in the market and took him home.\n\n"
    "At 06.15, Monday – a van with its lights\n"
    "on stood open on the bridge road.\n\n"
    "At 14.30, Monday – two dogs were taken\n"
    "back to their owner on the hill.\n\n"
    "River Weekly · news@river.example.org\n"
)


def test_a_label_glued_under_a_last_sentence_over_timed_entries_heads_the_log():
    articles = clean_text(_LOG).articles
    assert [a.title for a in articles] == ["Man fined for taking a neighbour's canoe", "Police log"]
    assert articles[0].paragraphs[-1].endswith("when the river fell.")
    assert articles[1].paragraphs[0].startswith("At 21.40, Sunday")


_COLUMN = (
    "RIVER WEEKLY · Tuesday, 6 April 2027 · Page 4\n\n"
    "==============================\n"
    "Witness wanted\n"
    "When: Friday, 2 April 2027, 9.00 p.m.\n"
    "Where: the ferry ramp, Eastby\n"
    "Call: Eastby Police, 555 0199.\n"
    "Eastby Police\n"
    "Eastby, 5 April 2027\n"
    "==============================\n"
    "Police advice\n"
    "Chain the boat to a post every night\n"
    "Boat owners who leave the motor on\n"
    "the boat make it easy to take. Chain\n"
    "the boat and take the fuel line home.\n\n"
    "Tell the post at once if a boat is gone;\n"
    "the boat is found sooner that way.\n\n"
    "Sgt. Mary Tobias, Eastby Police\n\n"
    "River Weekly · news@river.example.org\n"
)


def test_a_head_as_wide_as_the_measure_under_a_label_glued_under_the_rule_heads_the_column():
    column = clean_text(_COLUMN).articles[-1]
    assert column.title == "Chain the boat to a post every night"
    assert column.paragraphs[0].startswith("Boat owners who leave")


_CHINESE_LOG = (
    "岚江晚报\n"
    "2031年4月8日　星期二　　第6版　政法\n\n"
    "以案说法\n"
    "借车不还被判返还\n"
    "本报记者　柏　青\n"
    "　　岚江区人民法院昨天审结一起借车纠纷，判决\n"
    "借车人十日内返还车辆。\n"
    "　　法官说：“借东西要按时还，这样邻里之间才\n\n"
    "岚江晚报·政法\n\n"
    "能长久相处。”\n"
    "{label}\n"
    "　　21时10分，岚东派出所接到报警，一辆电动车\n"
    "停在路口无人认领。民警联系车主取回。\n"
    "　　6时40分，一名老人在公园晨练时走失，民警\n"
    "半小时后将老人送回家。\n"
    "　　15时许，两名司机在加油站发生争执，民警到\n"
    "场调解。\n\n"
    "岚江晚报社　　新闻热线：0123-5550100\n"
)


def test_a_label_opening_on_digits_glued_over_timed_entries_heads_a_chinese_log():
    articles = clean_text(_CHINESE_LOG.format(label="110警讯")).articles
    assert [a.title for a in articles] == ["借车不还被判返还", "110警讯"]
    assert articles[1].paragraphs[0].startswith("21时10分，岚东派出所")


_SIGNED_COLUMN = (
    "岚江晚报\n"
    "2031年4月8日　星期二　　第6版　政法\n\n"
    "平安课堂\n"
    "出门记得锁好车\n"
    "　　电动车被盗多发生在夜间。停车时请使用车锁，\n"
    "尽量停放在有监控的地方。\n\n"
    "岚江区公安分局　二级警长　郁　林\n\n"
    "{foot}\n"
)


def test_an_officer_of_a_less_common_surname_signs_the_column():
    column = clean_text(_SIGNED_COLUMN.format(foot="岚江晚报社　　新闻热线：0123-5550100")).articles[-1]
    assert column.byline is not None and column.byline.endswith("郁林")
    assert column.paragraphs == ["电动车被盗多发生在夜间。停车时请使用车锁，尽量停放在有监控的地方。"]


def test_the_readers_line_of_the_paper_is_its_foot():
    page = clean_text(_SIGNED_COLUMN.format(foot="岚江晚报社　讀者服務專線：(03)555-0100"))
    assert page.articles[-1].byline is not None
    assert any("讀者服務專線" in line for line in page.furniture)


def test_a_kicker_naming_a_numbered_sitting_stands_over_its_title():
    page = clean_text(
        "岚江晚报\n2031年4月8日　星期二　　第4版　人大\n\n"
        "区人大常委会第七次会议\n"
        "河堤加固预算获通过\n"
        "本报记者　柏　青\n\n"
        "　　区人大常委会昨天举行第七次会议，表决通过了河堤加固工程预算。\n"
    )
    assert (page.articles[0].kicker, page.articles[0].title) == ("区人大常委会第七次会议", "河堤加固预算获通过")
