"""A bracketed line under a box that names who annotated, compiled or supplied it
("（…评注）", "（本栏稿件由…提供）") is the box's credit: not the next story's kicker, not a
paragraph, and the box's last paragraph is no photo caption over it. A page written for the
rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


def test_annotator_under_a_game_record_is_its_credit_not_the_next_kicker():
    page = (
        "临江晚报　2026年9月22日　星期二\n"
        "第6版　文体\n\n"
        "围棋名人赛次轮战罢\n"
        "本报记者　江帆\n"
        + wrap("九月二十一日，市围棋名人赛第三轮在市文化宫进行，十六名棋手捉对厮杀，何远执黑中盘战胜了上届冠军许明，以三战全胜的成绩领跑积分榜。")
        + wrap("赛后，何远说，这盘棋开局就抢到了实地，中盘又吃掉了对方一条大龙，“后面只要不出错就行”。本届比赛共进行七轮，下月中旬结束。")
        + "\n名局回顾\n"
        "第三轮　何远（黑）中盘胜许明（白）\n"
        "1．黑Q16　白D4\n"
        "2．黑Q3　白D16\n"
        "3．黑R5　白C10\n"
        "4．黑O17　白F3\n"
        "（市围棋协会　秦岭　整理）\n\n"
        "乒乓球业余联赛收官\n"
        "本报记者　江帆\n"
        + wrap("九月二十日，全市乒乓球业余联赛在体育馆收官，来自机关、企业和社区的三十二支球队参加了为期四个月的比赛。")
        + wrap("组委会表示，明年将增设青少年组和老年组，让更多孩子和老人走上球台，在家门口打上高水平的比赛。")
    )
    _, boxed, story = clean_text(page).articles
    assert boxed.title == "第三轮　何远（黑）中盘胜许明（白）"
    assert [c.credit for c in boxed.captions] == ["（市围棋协会　秦岭　整理）"]
    assert story.title == "乒乓球业余联赛收官" and story.kicker is None


def test_supplier_under_a_box_credits_it_and_leaves_its_last_paragraph_alone():
    last = "真相：蜂蜜含糖量高，并不适合一岁以内的婴儿食用。"
    page = (
        "健康辟谣\n"
        "这些说法不可信\n\n"
        + wrap("传言：喝蜂蜜水能给婴儿补充营养。")
        + "\n"
        + wrap(last)
        + "\n（本栏稿件由市疾控中心提供）\n"
    )
    box = clean_text(page).articles[-1]
    assert box.paragraphs[-1] == last
    assert [(c.text, c.credit) for c in box.captions] == [("", "（本栏稿件由市疾控中心提供）")]
    assert not any("提供" in p for p in box.paragraphs)


def test_the_tipsters_line_under_a_story_is_its_credit_not_the_next_kicker():
    page = (
        "江城晚报　2026年3月6日　星期五　第5版\n\n"
        "热线追踪\n"
        "小区路灯坏了半个月\n"
        + wrap("本报讯（记者　冯远）城东花园小区的十几盏路灯坏了半个月，居民晚上出门只能打着手电筒。记者昨日联系物业，物业表示已经报修。")
        + wrap("截至昨晚，小区的路灯已经全部修好，居民们说，晚上散步终于不用摸黑了。")
        + "（新闻线索提供者：王女士　奖金50元）\n\n"
        "公交站台换上新座椅\n"
        + wrap("本报讯　市公交公司近日为城区六十个公交站台换上了新座椅，方便老人和孕妇候车。")
        + wrap("公交公司表示，年底前还将为其余站台加装遮雨棚。")
    )
    tipped, story = clean_text(page).articles
    assert [c.credit for c in tipped.captions] == ["（新闻线索提供者：王女士　奖金50元）"]
    assert story.title == "公交站台换上新座椅" and story.kicker is None
