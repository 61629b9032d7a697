"""Chinese service and community pages, hard-wrapped at the column: tables and lists set among
the stories, a lead story under a kicker, columns of marked items, a question for a headline,
Latin names carried over a line end, the paper's running head inside a sentence. Pages written
for the classes (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks, clean_text

wrap = partial(hard_wrapped, width=18)

MASTHEAD = "青峰晚报　2026年3月12日　星期四　第6版　生活·服务\n\n"
# A story of a dozen lines at the page's column, as every page has one.
STORY = wrap(
    "本报讯　老城区十二条背街小巷的改造工程昨日全部完工，新铺的石板路和路灯让居民出行更加方便。"
    "改造期间，施工单位采取分段封闭、错时作业的办法，尽量减少对居民生活的影响，街坊们纷纷点赞。"
) + wrap(
    "据介绍，这次改造还同步更换了地下的供水和排水管道，解决了部分楼栋多年来水压不足、雨天积水的问题，"
    "下一步还将在小巷里增设休息座椅和晾晒架。"
)


def test_a_tables_rows_on_a_hard_wrapped_page_are_paragraphs_one_a_row():
    page = (
        MASTHEAD
        + "本周菜价\n"
        + "（单位：元/斤）\n\n"
        + "品种　　　本周　　上周\n"
        + "青菜　　　2.40　　2.60\n"
        + "土豆　　　3.10　　3.00\n"
        + "（数据来源：市物价监测中心）\n\n"
        + "出行提示\n\n"
        + "3月14日（周六）　东门大街封闭施工\n"
        + "3月15日（周日）　环城公交改线运行\n\n"
        + "春季义诊周末举行\n\n"
        + STORY
    )
    clean = clean_text(page)
    prices, notice, story = clean.articles
    assert prices.title == "本周菜价"
    # (the source line under the rows is the table's last row: tests/gold/README.md)
    assert prices.paragraphs == ["品种　　　本周　　上周", "青菜　　　2.40　　2.60", "土豆　　　3.10　　3.00", "（数据来源：市物价监测中心）"]
    assert notice.title == "出行提示" and len(notice.paragraphs) == 2
    assert story.title == "春季义诊周末举行" and story.kicker is None
    assert prices.subtitle is None and "（数据来源：市物价监测中心）" not in clean.furniture


def test_the_pages_lead_is_a_kicker_over_its_title_unless_every_head_is_set_over_a_deck():
    page = MASTHEAD + "老城背街小巷改造完工\n石板路亮起来　街坊笑开颜\n\n" + STORY
    lead = clean_text(page).articles[0]
    assert (lead.kicker, lead.title) == ("老城背街小巷改造完工", "石板路亮起来　街坊笑开颜")

    decked = page + "\n菜市场今起恢复营业\n摊位增加两成　早市延长一小时\n\n" + STORY
    first, second = clean_text(decked).articles
    assert (first.title, first.subtitle) == ("老城背街小巷改造完工", "石板路亮起来　街坊笑开颜")
    assert (second.title, second.subtitle) == ("菜市场今起恢复营业", "摊位增加两成　早市延长一小时")


def test_a_latin_word_carried_to_the_next_line_does_not_end_the_paragraph():
    """"San" fitted on the line, "Bernardino" would not have (a 20-character column): the short
    line is the paragraph's, not a subhead."""
    page = (
        MASTHEAD
        + "乡贤回乡捐建图书室\n\n"
        + hard_wrapped("本报讯　老城区十二条背街小巷的改造工程昨日全部完工，新铺的石板路和路灯让居民出行更加方便。改造期间，施工单位采取分段封闭、错时作业的办法，尽量减少对居民生活的影响，街坊们纷纷点赞。", width=20)
        + "　　捐资发起人、美国加州（San\n"
        + "Bernardino）同乡会会长李国华今年七十岁，\n"
        + "他说家乡的孩子应当有书可读。\n"
    )
    article = clean_text(page).articles[0]
    assert article.paragraphs[-1] == "捐资发起人、美国加州（San Bernardino）同乡会会长李国华今年七十岁，他说家乡的孩子应当有书可读。"
    assert article.headings == []


def test_each_marked_item_of_a_column_is_an_article_of_its_own():
    page = (
        MASTHEAD
        + "老城背街小巷改造完工\n\n"
        + STORY
        + "\n社区传真\n\n"
        + "◆东湖社区开办老年书法班\n"
        + wrap("东湖社区日前开办老年书法班，三十多位老人报名参加，每周上课两次。")
        + "◆西岭社区增设快递驿站\n"
        + wrap("西岭社区新设的快递驿站本周投入使用，居民下楼就能取件。")
    )
    articles = clean_text(page).articles[1:]
    assert [a.title for a in articles] == ["东湖社区开办老年书法班", "西岭社区增设快递驿站"]
    assert [len(a.paragraphs) for a in articles] == [1, 1]


def test_the_papers_running_head_inside_a_sentence_is_furniture():
    page = (
        "青峰侨报\n2026年3月12日　星期四　第6版　海外乡情\n\n"
        + "侨胞捐建乡村医务室\n\n"
        + "　　旅居海外的乡亲近日捐资二十万元，为\n"
        + "青峰侨报　2026.3.12　海外乡情\n"
        + "村里建起了一间医务室。\n"
        + STORY
    )
    clean = clean_text(page)
    assert clean.articles[0].paragraphs[0] == "旅居海外的乡亲近日捐资二十万元，为村里建起了一间医务室。"
    assert "青峰侨报　2026.3.12　海外乡情" in clean.furniture


def test_a_question_set_between_its_kicker_and_the_byline_is_the_title():
    page = (
        MASTHEAD
        + "网购退货屡遭拒绝\n"
        + "七天无理由退货，为何这么难？\n"
        + "本报记者　周　明\n\n"
        + STORY
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title) == ("网购退货屡遭拒绝", "七天无理由退货，为何这么难？")
    assert len(article.paragraphs) == 2


def test_a_hong_kong_jump_line_sends_the_story_on_and_the_table_under_it_has_its_own_head():
    page = (
        MASTHEAD
        + "老城背街小巷改造完工\n\n"
        + STORY
        + "\n新盤周末開售\n\n"
        + wrap("【本報訊】東區新盤「海灣軒」周末首輪開售二百伙，發展商表示，入票反應理想，不少買家是區內換樓客，")
        + "（續見B5）\n\n"
        + "二手成交\n上周主要屋苑成交\n\n"
        + "屋苑　　　單位　　　成交價\n"
        + "海灣花園　中層　　　680萬\n"
        + "東湖新邨　高層　　　520萬\n"
    )
    clean = clean_text(page)
    story, table = clean.articles[1:]
    assert story.title == "新盤周末開售" and "（續見B5）" in clean.furniture
    assert (table.kicker, table.title, len(table.paragraphs)) == ("二手成交", "上周主要屋苑成交", 3)


def test_the_pages_contact_line_at_its_foot_is_furniture():
    page = MASTHEAD + "老城背街小巷改造完工\n\n" + STORY + "\n服务热线　0571-88001234　　网址　www.qingfeng.example\n"
    clean = clean_text(page)
    assert "服务热线　0571-88001234　　网址　www.qingfeng.example" in clean.furniture
    assert all("热线" not in p for p in clean.articles[0].paragraphs)


def test_a_poem_set_flush_on_a_page_that_indents_its_prose_is_one_paragraph_a_stanza():
    page = (
        MASTHEAD
        + "老城背街小巷改造完工\n\n"
        + STORY
        + "\n春分\n□林　雨\n\n"
        + "河边的柳树\n先醒了过来\n"
        + "\n燕子衔着泥\n落在旧屋檐\n母亲把种子\n摊在竹匾上\n"
        + "\n我在信里写\n今年回家种田\n"
    )
    poem = clean_text(page).articles[1]
    assert poem.title == "春分"
    assert poem.paragraphs == ["河边的柳树\n先醒了过来", "燕子衔着泥\n落在旧屋檐\n母亲把种子\n摊在竹匾上", "我在信里写\n今年回家种田"]


def test_a_caption_credited_to_a_bare_name_is_lifted_out_of_the_sentence_it_interrupts():
    page = (
        MASTHEAD
        + "老城背街小巷改造完工\n\n"
        + "　　本报讯　老城区十二条背街小巷的改\n"
        + "造工程昨日全部完工，新铺的石板路和路\n"
        + "灯让居民出行更加方\n\n"
        + "图为改造后的东门小巷，居民在路边聊天。\n"
        + "林　雨　摄\n\n"
        + "便。改造期间，施工单位分段封闭作业。\n"
        + STORY
    )
    article = clean_text(page).articles[0]
    assert article.paragraphs[0] == "本报讯　老城区十二条背街小巷的改造工程昨日全部完工，新铺的石板路和路灯让居民出行更加方便。改造期间，施工单位分段封闭作业。"
    assert [c.text for c in article.captions] == ["图为改造后的东门小巷，居民在路边聊天。"]


def test_an_old_papers_wired_items_each_open_on_their_place_under_their_own_head():
    """1930s punctuation: 。 at every pause; each item under the banner ends on its dispatch's date."""
    page = (
        "江聲日報　中華民國二十三年十一月九日　星期五　第二張\n\n"
        "本館專電\n\n"
        "鐵部令各路加開冬季客車\n"
        "　　南京　鐵道部以冬令旅客增多。昨令京\n"
        "滬、滬杭兩路。自本月十五日起。各加開\n"
        "客車一列。（八日專電）\n"
        "浙省府議決疏濬運河\n"
        "　　杭州　省府昨開常會。議決疏濬運河\n"
        "杭嘉段。需款三十萬元。由建設廳籌撥。\n"
        "限明春完工。（八日專電）\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["鐵部令各路加開冬季客車", "浙省府議決疏濬運河"]
    assert articles[1].paragraphs[0].startswith("杭州　省府昨開常會。")


def test_the_rows_of_a_spec_box_are_paragraphs_one_a_row_and_the_next_story_keeps_its_head():
    page = (
        MASTHEAD
        + "手机新品\n"
        + "青峰Q9主要配置\n\n"
        + wrap("屏幕：6.7英寸OLED曲面屏，分辨率2800×1260像素")
        + "\n"
        + wrap("处理器：八核芯片")
        + "\n"
        + wrap("电池：5500mAh")
        + "\n"
        + wrap("起售价：3299元")
        + "\n"
        + "春季义诊周末举行\n\n"
        + STORY
    )
    box, story = clean_text(page).articles
    assert (box.kicker, box.title) == ("手机新品", "青峰Q9主要配置")
    assert box.paragraphs == ["屏幕：6.7英寸OLED曲面屏，分辨率2800×1260像素", "处理器：八核芯片", "电池：5500mAh", "起售价：3299元"]
    assert story.title == "春季义诊周末举行" and story.kicker is None


def test_a_figure_printed_over_what_it_counts_opens_that_row_of_the_box_and_heads_no_story():
    page = (
        MASTHEAD
        + "数读城市\n"
        + "今年城区公交\n\n"
        + "126条\n"
        + "全市公交线路总数，比上年新增9条。\n\n"
        + "38%\n"
        + "新能源公交车占全部公交车的比例。\n\n"
        + "春季义诊周末举行\n\n"
        + STORY
    )
    box, story = clean_text(page).articles
    assert box.title == "今年城区公交"
    assert box.paragraphs == ["126条全市公交线路总数，比上年新增9条。", "38%新能源公交车占全部公交车的比例。"]
    assert story.title == "春季义诊周末举行"


def test_an_engines_figure_read_as_a_line_of_its_own_over_its_words_is_that_rows_first_words():
    # an OCR engine reads the box's big figures as lines of their own, set apart from the words under them
    box = [Block(("数读城市",), 1, kind=Kind.UNKNOWN), Block(("今年城区公交",), 2)]
    for n, (figure, words) in enumerate((("126条", "全市公交线路总数，比上年新增9条。"), ("38%", "新能源公交车占全部公交车的比例。"))):
        box += [Block((figure,), 4 + 4 * n, gap=2), Block((words,), 6 + 4 * n, gap=1)]
    story = [Block(("春季义诊周末举行",), 20, gap=2), Block(tuple(line.strip("\u3000") for line in STORY.splitlines()), 22, gap=1, indent=True)]
    first, second = clean_blocks(tuple(box + story)).articles
    assert first.title == "今年城区公交"
    assert first.paragraphs == ["126条全市公交线路总数，比上年新增9条。", "38%新能源公交车占全部公交车的比例。"]
    assert second.title == "春季义诊周末举行"


def test_an_answer_under_a_question_signed_by_the_reader_who_asked_is_its_own_paragraph():
    # The question ends on the asking reader's name in brackets, no full stop after it: the
    # answer a blank line below is the next paragraph, not the rest of a sentence.
    page = (
        "医保报销问答\n"
        "\n"
        "　　问：我在外地住院，回来后还能报销吗？（读者　石先生）\n"
        "\n"
        "　　答：可以。出院后三个月内，带上发票、费用清单和出院小结，到参保地\n"
        "医保窗口办理即可。\n"
        "\n"
        "　　问：门诊买药能不能用个人账户给父母付钱？（读者　龚女士）\n"
        "\n"
        "　　答：可以。个人账户可以家庭共济，绑定后父母看病买药都能用。\n"
    )
    [article] = clean_text(page).articles
    assert [p[:2] for p in article.paragraphs] == ["问：", "答：", "问：", "答："]


def test_a_writers_column_names_its_piece_and_the_writer_signs_under_the_last_sentence():
    # "编辑札记" over the piece's own head, near its width: the column's label, not the first
    # half of one title;
    # "文：林小眉" flush under the last sentence signs it.
    page = (
        "本报讯　市图书馆昨日起延长开放时间，工作日开放至晚上九点。\n"
        "\n"
        "编辑札记\n"
        "一盆炭火情\n"
        "　　小时候每到冬天，外婆总在堂屋里生一盆炭火，一家人围着烤\n"
        "火、剥花生、听收音机里的评书。\n"
        "　　如今家家有了暖气，那盆炭火却一直烧在记忆里，烧在每个\n"
        "回不去的冬天里，也烧在外婆那双布满老茧、总是暖和的手上。\n"
        "文：林小眉\n"
        "\n"
        "城事速递\n"
        "东湖公园梅花进入盛花期\n"
        "　　本报讯　东湖公园千余株梅花进入盛花期，公园延长开放至晚上八点。\n"
    )
    essay = clean_text(page).articles[1]
    assert essay.byline == "文：林小眉"
    assert (essay.kicker or essay.section, essay.title) == ("编辑札记", "一盆炭火情")
    assert essay.paragraphs[-1].endswith("也烧在外婆那双布满老茧、总是暖和的手上。")


def test_a_data_boxs_row_dating_what_it_lists_is_a_row_not_the_pages_date():
    rows = ["纪念币名称　青峰建城八百年", "发行日期　2026年4月8日", "面额　　　10元", "发行量　　300万枚"]
    page = MASTHEAD + STORY + "\n纪念币资料\n" + "\n".join(rows) + "\n\n春季义诊周末举行\n\n" + STORY
    clean = clean_text(page)
    box = next(a for a in clean.articles if a.title == "纪念币资料")
    assert box.paragraphs == rows
    assert "发行日期　2026年4月8日" not in clean.furniture


def test_a_draw_numbered_like_a_telephone_heads_its_results_box_under_its_label():
    rows = ["中奖号码　3　7　1", "直选　1826注　每注奖金1040元", "组选三　2905注　每注奖金346元"]
    page = MASTHEAD + "开奖公告\n体彩排列三第2026321期\n\n" + "\n".join(rows) + "\n\n春季义诊周末举行\n\n" + STORY
    box = clean_text(page).articles[0]
    assert box.title == "体彩排列三第2026321期" and "开奖公告" in (box.kicker, box.section)
    assert box.paragraphs == rows


def test_the_pages_editor_line_an_engine_read_without_its_wide_spaces_is_furniture():
    for foot in ("本版责编 苏岩 版式 吕 青", "本版责编苏岩版式吕青"):
        clean = clean_text(MASTHEAD + "春季义诊周末举行\n\n" + STORY + foot + "\n")
        assert foot.replace(" ", "") in [line.replace(" ", "") for line in clean.furniture]
        assert not any("苏岩" in p for a in clean.articles for p in a.paragraphs)
