"""Each repair rule on real snippets: what it changes, and what it must leave alone."""

from paperarchive.blocks import split_blocks
from paperarchive.classify import classify, is_standalone_line
from paperarchive.formats.markdown import markdown_text
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.repair import repair
from paperarchive.rules import RULES, Context
from paperarchive.rules.columns import join_column_break
from paperarchive.rules.lexicon import Lexicon

# pyspellchecker's English list, as the cleaner reads a page: an English page's words are
# mostly in it (Lexicon.reads_english).
WORDS = Lexicon()


def run(text: str, *only: str):
    """Blocks of `text` after the named rules (and only those) ran."""
    blocks = classify(split_blocks(text, is_standalone_line))
    disabled = [name for name in RULES if name not in only]
    repaired = repair(blocks, Context(WORDS.for_page(text)), disabled)
    return repaired.blocks, repaired.fixes


def texts(blocks, kind=None):
    return [b.text for b in blocks if kind is None or b.kind is kind]


def test_join_column_break_rejoins_a_sentence_cut_by_a_blank_line():
    text = "对23个社区党群服务中心进行改造提升，设置插花、烘焙、剪纸\n\n等个性功能室62间；开辟室外活动场地23处。"
    blocks, fixes = run(text, "join_column_break")
    assert texts(blocks) == ["对23个社区党群服务中心进行改造提升，设置插花、烘焙、剪纸等个性功能室62间；开辟室外活动场地23处。"]
    assert [f.rule for f in fixes] == ["join_column_break"]


def test_join_column_break_leaves_finished_paragraphs_apart():
    text = "主题党日活动有温度，群众满意。\n\n随后，精彩的文艺表演将现场气氛推向高潮。"
    blocks, fixes = run(text, "join_column_break")
    assert len(blocks) == 2 and not fixes


def test_join_column_break_never_joins_body_to_a_following_kicker():
    text = "昌吉州党委党校机关党支部党员表示将继续努力\n\n昌吉州教育系统\n\n# 技能大比武淬炼党务“真功夫”"
    blocks, _ = run(text, "join_column_break")
    assert "昌吉州教育系统" in texts(blocks)


def test_join_column_break_keeps_a_letter_elided_against_its_word_apart_from_the_word_before():
    # "Ar"+"c", "bal"+"l" would make the words "arc" and "ball": the elided letter belongs to its own word.
    breton = "Tud zo er gêr o deus goulennet ivez kentelioù brezhoneg. Ar\n\nc'huzul a zivizo war ar mennad-se e-pad e emvod."
    french = "Ils étaient plus de trois cents à danser au bal\n\nl'an passé, et autant sont attendus samedi soir."
    assert texts(run(breton, "join_column_break")[0]) == [breton.replace("\n\n", " ")]
    assert texts(run(french, "join_column_break")[0]) == [french.replace("\n\n", " ")]


def test_a_block_opening_with_a_comma_continues_even_after_a_full_stop():
    blocks, _ = run("他说：大家要团结。\n\n，这是第二句的后半。", "join_column_break")
    assert texts(blocks) == ["他说：大家要团结。，这是第二句的后半。"]


def test_caption_and_credit_leave_the_paragraph_which_is_rejoined():
    text = (
        "此次主题党日活动，不仅为养老院老人送去了温暖与\n\n\n\n"
        "10月28日，昌吉州党委党校机关党支部党员为养老院老人献上小合唱《歌唱祖国》。\n\n"
        "□本报记者 廖冬云撰\n\n"
        "欢乐，更是一堂生动的党性教育实践课。"
    )
    blocks, fixes = run(text, "lift_caption", "join_column_break")
    assert texts(blocks, Kind.BODY) == ["此次主题党日活动，不仅为养老院老人送去了温暖与欢乐，更是一堂生动的党性教育实践课。"]
    assert texts(blocks, Kind.CAPTION) == ["10月28日，昌吉州党委党校机关党支部党员为养老院老人献上小合唱《歌唱祖国》。"]
    assert texts(blocks, Kind.CREDIT) == ["本报记者 廖冬云撰"]
    assert [f.rule for f in fixes] == ["lift_caption", "join_column_break"]


def test_a_byline_is_not_taken_for_a_photo_credit():
    blocks, _ = run("□本报通讯员 万鹏程\n\n近年来，昌吉市为进一步拓宽城市基层治理格局。", "lift_caption")
    assert [b.kind for b in blocks] == [Kind.BYLINE, Kind.BODY]


def test_stray_space_after_fullwidth_comma_goes_real_separators_stay():
    blocks, _ = run("## 以“点”为基， 靶向夯实工作根基\n\n# “党建+”赋能社区治理 擦亮群众幸福底色", "tighten_fullwidth_spacing")
    assert texts(blocks) == ["以“点”为基，靶向夯实工作根基", "“党建+”赋能社区治理 擦亮群众幸福底色"]


def test_padded_two_character_name_closes_up_two_names_keep_their_space():
    blocks, _ = run("□审校/张 鹏\n\n□本报通讯员 汤璇 柴悦", "unpad_two_char_name")
    assert texts(blocks) == ["审校/张鹏", "本报通讯员 汤璇 柴悦"]


def test_ideographic_space_read_as_a_mark_in_a_byline_is_a_space_again_quoted_names_keep_their_quotes():
    page = "□本报记者”魏晓东 ”实习生_方芸\n\n□本报记者 “苏小禾\n\n□本报通讯员“老街”工作室"
    blocks, fixes = run(page, "ideographic_space_read_as_mark")
    assert texts(blocks, Kind.BYLINE) == ["本报记者\u3000魏晓东\u3000实习生\u3000方芸", "本报记者\u3000苏小禾", "本报通讯员“老街”工作室"]
    assert [f.rule for f in fixes] == ["ideographic_space_read_as_mark"] * 2


def test_hard_wrapped_chinese_lines_join_without_spaces():
    lines = ["本報訊 記者王小明報導：重陽節前夕，台北市政府", "社會局舉辦敬老活動，邀請長者欣賞表演並致贈"]
    text = "\n".join(lines * 3) + "\n禮物。"
    blocks, fixes = run(text, "join_wrapped_lines")
    assert texts(blocks) == ["".join(lines * 3) + "禮物。"]
    assert fixes[0].rule == "join_wrapped_lines"


def test_hyphen_of_a_split_word_goes_the_hyphen_of_a_compound_stays():
    text = "\n".join(
        [
            "Several of the vessels reported heavy losses of",
            "gear and catch. The schooner Gertrude Thebaud,",
            "which had taken nearly forty thousand pounds of",
            "haddock before the storm struck, was compelled to",
            "Captain Manuel Rose of the Kendall, a well-",
            "known figure along the waterfront, told the news-",
            "paper reporters that the storm had lasted twenty-",
            "five hours and that the fleet in the Har",
            "bor was safe; he went in",
            "to the office of the harbor master at once.",
        ]
    )
    blocks, fixes = run(text, "dehyphenate", "join_split_words", "join_wrapped_lines")
    (paragraph,) = texts(blocks)
    assert "a well-known figure" in paragraph
    assert "the newspaper reporters" in paragraph
    assert "twenty-five hours" in paragraph
    assert "in the Harbor was safe" in paragraph
    assert "went in to the office" in paragraph  # two real words are not glued
    removed = [f.removed for f in fixes if f.removed]
    assert removed == ["-"]


def test_a_closed_compound_the_word_list_holds_rarely_loses_its_line_end_hyphen():
    # pyspellchecker lists "afternoon" and "forenoon" at its floor (too rare in its corpus to be
    # frequent): still one word each, where "twenty-five" stays a compound.
    text = "\n".join(
        [
            "The county fair opened on Thursday after-",
            "noon with a parade of the school bands and",
            "the judging of cattle took the whole fore-",
            "noon on Friday, which lasted for twenty-",
            "five hours in all before the gates closed.",
        ]
    )
    blocks, fixes = run(text, "dehyphenate", "join_wrapped_lines")
    (paragraph,) = texts(blocks)
    assert "Thursday afternoon with" in paragraph and "whole forenoon on" in paragraph
    assert "twenty-five hours" in paragraph
    assert [f.removed for f in fixes if f.removed] == ["-", "-"]


def test_an_article_the_page_prints_with_its_hyphen_keeps_it_at_a_line_end():
    # Maltese joins its article to the noun with a hyphen (il-, tal-, għall-): a line may end
    # on it, and the word after is no syllable of it, though no word list knows either half.
    text = "\n".join(
        [
            "Il-kunsill lokali ħabbar li l-librerija l-ġdida mal-knisja se tiftaħ għall-",
            "pubbliku f'Jannar. Il-kotba għall-tfal u l-ħinijiet se jkunu mxandra mal-",
            "avviżi tal-parroċċa, u l-qarrejja żgħar se jkollhom kamra għalihom.",
        ]
    )
    blocks, fixes = run(text, "dehyphenate", "join_wrapped_lines")
    (paragraph,) = texts(blocks)
    assert "għall-pubbliku" in paragraph and "mal-avviżi" in paragraph
    assert not [f.removed for f in fixes if f.removed]


def test_words_split_across_a_column_break_are_rejoined_too():
    blocks, _ = run("the old municipal pier at the foot of Water street had been con-\n\ndemned by the engineer.", "join_column_break")
    assert texts(blocks) == ["the old municipal pier at the foot of Water street had been condemned by the engineer."]


def test_every_rule_has_a_summary_and_a_before_after_example():
    for rule in RULES.values():
        doc = rule.function.__doc__ or ""
        assert rule.summary, rule.name
        assert "Before:" in doc and "After:" in doc, rule.name


# One paragraph as a page prints it, 22 characters to the line.
HEKOU = (
    "河口镇地处三县交界，人口分散，过去群众办事常要跑到县城，往返一次就是大半天。为此，镇里从去年起推行“一站式”办理，"
    "群众反映的各类问题由镇便民中心统一受理、统一登记，再按问题类别分派给相关站所，限期答复。今年又把水电气暖报装、"
    "社保医保等高频事项下沉到村，分派到村级代办点，办理时间平均缩短三天。"
)


def printed(paragraph: str, width: int = 22) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


def test_lift_displaced_headline_takes_another_columns_headline_out_of_a_paragraph():
    lines = printed(HEKOU)
    lines.insert(-2, "港口冷链仓库扩建完工")  # the next column's headline, read into this one
    blocks, fixes = run("\n".join(lines), "lift_displaced_headline", "join_wrapped_lines")
    assert texts(blocks, Kind.BODY) == [HEKOU]
    assert texts(blocks, Kind.DISPLACED_HEADLINE) == ["港口冷链仓库扩建完工"]
    assert "lift_displaced_headline" in [f.rule for f in fixes]


def test_lift_displaced_headline_leaves_a_paragraph_that_ends_on_a_short_line():
    lines = printed(HEKOU) + ["港口冷链仓库扩建完工", "\u3000\u3000记者从市港口集团获悉，新建冷库日前投用。"]
    blocks, fixes = run("\n".join(lines), "lift_displaced_headline")
    assert not texts(blocks, Kind.DISPLACED_HEADLINE) and not fixes


def test_lift_displaced_headline_leaves_a_figure_carried_to_its_own_line():
    # a notice's time runs past its field's line: "14.30" is the field's last word, no headline
    story = [
        "The harbour board met on Monday and", "agreed to raise the mooring fees for the", "summer, after a long talk with the",
        "fishermen who use the quay every day of", "the week.",
    ]
    notice = [
        "Public hearing", "Subject: the new mooring fees for boats", "Date: Friday, 9 May 2042, beginning at", "14.30",
        "Place: the harbour office at Eastby", "Entry: any resident may come and speak.",
    ]
    blocks, fixes = run("\n".join([*story, "", *notice]), "lift_displaced_headline")
    assert not fixes and not texts(blocks, Kind.DISPLACED_HEADLINE)
    assert any(b.lines[-1] == "14.30" for b in blocks)


def test_lift_displaced_headline_leaves_a_labelled_items_end_over_the_next_label():
    # a notice's item runs two words onto a line of its own; the next item's label follows at once
    item = Block(("范围：沿江路（新华大桥至老码头路口）东侧三", "个车位"), 2, kind=Kind.BODY)
    following = Block(("日期：5月6日至5月20日，每日9时至17时",), 4, gap=0, kind=Kind.BODY)
    blocks, fixes = RULES["lift_displaced_headline"].function((item, following), Context(WORDS.for_page(item.text)))
    assert not fixes and blocks == (item, following)


def test_mark_data_panel_keeps_a_table_of_figures_out_of_the_story():
    text = (
        "港区集装箱吞吐量继续增长。\n\n"
        "本周主要港口吞吐量\n"
        "港口\u3000\u3000本周\u3000\u3000环比\n"
        "东港\u300012.6万箱\u3000+3.1%\n"
        "西港\u30008.4万箱\u3000-0.6%\n\n"
        "业内人士认为，旺季效应仍将持续。"
    )
    blocks, fixes = run(text, "mark_data_panel")
    assert texts(blocks, Kind.FURNITURE) == ["本周主要港口吞吐量", "港口\u3000\u3000本周\u3000\u3000环比", "东港\u300012.6万箱\u3000+3.1%", "西港\u30008.4万箱\u3000-0.6%"]
    assert texts(blocks, Kind.BODY) == ["港区集装箱吞吐量继续增长。", "业内人士认为，旺季效应仍将持续。"]


def test_mark_data_panel_takes_the_title_an_engine_set_apart_over_the_rows_when_it_names_their_unit():
    # (an engine's blocks: each row a block of its own, a line apart; the rows read as furniture already)
    rows = ["品名\u3000单位\u3000均价", "鲜鱼\u3000元/公斤\u300018.60", "鸡蛋\u3000元/公斤\u300010.20"]
    blocks = (
        Block(("今冬蔬菜供应充足，价格总体平稳。",), 1, kind=Kind.BODY),
        Block(("城南市场主要副食品零售价（12月1日）",), 3, gap=1, kind=Kind.SHORT),
        *(Block((row,), 5 + 2 * n, gap=1, kind=Kind.FURNITURE) for n, row in enumerate(rows)),
        Block(("业内人士认为，节前价格或将小幅上涨。",), 11, gap=1, kind=Kind.BODY),
        Block(("城南市场开设周末早市",), 13, gap=2, kind=Kind.SHORT),
        Block(("鲜鱼\u3000元/公斤\u300018.60",), 15, gap=1, kind=Kind.FURNITURE),
    )
    out, fixes = RULES["mark_data_panel"].function(blocks, Context())
    assert [f.before for f in fixes] == ["城南市场主要副食品零售价（12月1日）"]
    assert [b.text for b in out if b.kind is Kind.SHORT] == ["城南市场开设周末早市"]


def test_mark_data_panel_leaves_prose_with_wide_spaces_alone():
    text = "The council met on Tuesday.  It voted  to  extend the  ferry service."
    blocks, fixes = run(text, "mark_data_panel")
    assert not fixes and texts(blocks, Kind.FURNITURE) == []


def test_a_number_cut_at_its_decimal_point_is_joined_without_a_space():
    text = "基金设立于2023年，资金来自企业捐赠和居民捐款。两年来，基金累计筹集资金12.\n\n\n3万元，资助了楼道照明改造等19个项目。"
    blocks, _ = run(text, "join_column_break")
    assert texts(blocks) == ["基金设立于2023年，资金来自企业捐赠和居民捐款。两年来，基金累计筹集资金12.3万元，资助了楼道照明改造等19个项目。"]


def test_a_credit_after_the_word_for_photo_leaves_the_text_with_its_caption():
    text = "市民在新开放的滨江公园散步。（图/本报记者 林青）\n\n公园全长三公里，沿线设有五处休息驿站。"
    blocks, _ = run(text, "lift_caption", "join_column_break")
    assert texts(blocks, Kind.CAPTION) == ["市民在新开放的滨江公园散步。"]
    assert texts(blocks, Kind.CREDIT) == ["（图/本报记者 林青）"]
    assert texts(blocks, Kind.BODY) == ["公园全长三公里，沿线设有五处休息驿站。"]


def test_drop_rule_lines_takes_the_rule_out_and_keeps_the_break_it_made():
    text = "these will be delivered in October.\n\n-----\n\nGRANGERS PLAN BIG PICNIC."
    blocks, fixes = run(text, "drop_rule_lines")
    assert texts(blocks) == ["these will be delivered in October.", "GRANGERS PLAN BIG PICNIC."]
    assert blocks[1].gap >= 2
    assert [(f.rule, f.removed) for f in fixes] == [("drop_rule_lines", "-----")]


def test_drop_margin_noise_takes_marks_off_either_end_of_a_line():
    text = "»    RUNAWAY.—A team belonging to Henry\nThe ladies of the Pleasant Valley grange |\nwill serve dinner on the grounds."
    blocks, fixes = run(text, "drop_margin_noise")
    assert [line for b in blocks for line in b.lines] == [
        "RUNAWAY.—A team belonging to Henry", "The ladies of the Pleasant Valley grange", "will serve dinner on the grounds."
    ]
    assert sorted(f.removed for f in fixes) == ["|", "»"]


def test_drop_margin_noise_takes_a_speck_exclamation_mark_off_a_lines_start():
    blocks = (
        Block(("Only Two Running on the", "Harbor Ferry Line."), 1, kind=Kind.SHORT),
        Block(("! PORTLAND, June 4.—The ferry company ran", "two boats today. Hurrah for the crew", "! shouted the crowd at the landing."), 3, kind=Kind.BODY),
    )
    out, fixes = RULES["drop_margin_noise"].function(blocks, Context())
    assert out[1].lines == ("PORTLAND, June 4.—The ferry company ran", *blocks[1].lines[1:])
    assert [f.removed for f in fixes] == ["!"]


def test_a_photo_credit_in_brackets_after_the_caption_sentence_goes_with_the_caption():
    text = (
        "The orchard is the work of the Eastside Neighbors Association, which leased the lot in 2024 and spent the summer clearing debris,\n\n"
        "Rosa Delgado and her grandson plant a pear tree on the lot on Saturday. (Photo by Jenna Cole)\n\n"
        "testing the soil and trucking in compost donated by a dairy farm."
    )
    blocks, _ = run(text, "lift_caption", "join_column_break")
    assert texts(blocks, Kind.CAPTION) == ["Rosa Delgado and her grandson plant a pear tree on the lot on Saturday."]
    assert texts(blocks, Kind.CREDIT) == ["(Photo by Jenna Cole)"]
    assert texts(blocks, Kind.BODY)[0].endswith("clearing debris, testing the soil and trucking in compost donated by a dairy farm.")


def test_a_margin_bar_after_a_line_end_hyphen_goes_and_the_word_is_decided_as_usual():
    # An 1890s column, about 48 characters to the line, with the gutter's rule read as "|".
    text = (
        "The company marched down Main street on Satur-\n"
        "day in good order, and Captain Hale, who com- |\n"
        "manded the detachment, was much complimented\n"
        "by the citizens along the walks. Some twenty- |\n"
        "five wagons followed the column to the fair\n"
        "ground, where the band played until dark."
    )
    blocks, fixes = run(text, "drop_margin_noise", "dehyphenate", "join_wrapped_lines")
    assert texts(blocks) == [
        "The company marched down Main street on Saturday in good order, and Captain Hale, who commanded the "
        "detachment, was much complimented by the citizens along the walks. Some twenty-five wagons followed "
        "the column to the fair ground, where the band played until dark."
    ]
    blocks, _ = run("Captain Hale, who com- | manded the detachment, was much complimented.", "drop_margin_noise", "dehyphenate", "join_wrapped_lines")
    assert texts(blocks) == ["Captain Hale, who commanded the detachment, was much complimented."]
    assert {"drop_margin_noise", "dehyphenate"} <= {f.rule for f in fixes}


def test_drop_speck_lines_drops_a_lone_dot_and_keeps_rule_lines_for_their_break():
    text = "where the old house which\n.\nwas built by his father stands at the gate.\n\n---\n\nFAIR OPENS TODAY."
    blocks, fixes = run(text, "drop_speck_lines", "drop_rule_lines", "join_wrapped_lines", "join_column_break")
    assert texts(blocks) == ["where the old house which was built by his father stands at the gate.", "FAIR OPENS TODAY."]
    assert blocks[-1].gap >= 2  # the rule's story break survives
    assert [f.rule for f in fixes].count("drop_speck_lines") == 1


def test_unwrap_latex_prints_the_formula_and_leaves_dollar_amounts_alone():
    text = "前三季度增长$4 . 7 \\%$，PM2.5浓度为$3 2 \\mu \\mathrm { g }$，气温$2 6 ^ { \\circ } \\mathrm { C }$。"
    blocks, fixes = run(text, "unwrap_latex")
    assert texts(blocks) == ["前三季度增长4.7%，PM2.5浓度为32μg，气温26°C。"]
    english = "The levy raises $48 million and the bond $3 million."
    assert texts(run(english, "unwrap_latex")[0]) == [english]


def test_unwrap_latex_prints_a_formula_in_tex_parentheses_and_leaves_an_escaped_bracket_alone():
    # olmOCR delimits inline math with \( \): a number or TeX inside; a markdown escape holds words
    text = "全年用水量下降\\(3.6\\)%，细颗粒物\\(\\mathrm{PM}_{2.5}\\)浓度下降。\\(通讯员 林海\\)"
    blocks, fixes = run(text, "unwrap_latex")
    assert texts(blocks) == ["全年用水量下降3.6%，细颗粒物PM2.5浓度下降。\\(通讯员 林海\\)"]
    assert [f.rule for f in fixes] == ["unwrap_latex"]


def test_picture_links_go_and_an_html_table_becomes_furniture_rows():
    text = (
        "港区吞吐量继续增长。\n\n![](images/8f3c1a2b9d.jpg)\n\n"
        "<table><tr><td>指标</td><td>增速</td></tr><tr><td>集装箱</td><td>5.2%</td></tr></table>\n\n本月新开两条航线。"
    )
    blocks, fixes = run(text, "drop_markup_images", "mark_html_table")
    assert texts(blocks, Kind.FURNITURE) == ["指标\u3000增速\n集装箱\u30005.2%"]
    assert texts(blocks, Kind.BODY) == ["港区吞吐量继续增长。", "本月新开两条航线。"]
    assert {f.rule for f in fixes} == {"drop_markup_images", "mark_html_table"}


MARKED_HEADLINE_BETWEEN_HALVES = (
    "# 湄川日报 2026年6月3日 星期三 第2版\n\n"
    "# 社区食堂扩容至四十家\n\n"
    "本报讯（记者 庄若岚）记者从市民政局获悉，今年全市社区食堂将由28家扩容至40家。\n\n"
    "去年以来，已有15个街道的食堂实现了线上订餐，但与老人的实际需\n\n"
    "# 夏季游泳场馆下周开放\n\n"
    "求相比，送餐上门的覆盖面仍然偏小。\n\n"
    "## 旧桥加固工程完工\n\n"
    "结构加固之后，旧桥的限载由10吨提高到20吨。\n"
)


def test_a_marked_headline_between_two_halves_of_a_sentence_leaves_it_and_the_sentence_is_joined():
    blocks, fixes = run(MARKED_HEADLINE_BETWEEN_HALVES, "lift_headline_between_paragraph_halves")
    assert texts(blocks, Kind.DISPLACED_HEADLINE) == ["夏季游泳场馆下周开放"]
    assert "去年以来，已有15个街道的食堂实现了线上订餐，但与老人的实际需\n求相比，送餐上门的覆盖面仍然偏小。" in texts(blocks)
    assert [f.rule for f in fixes] == ["lift_headline_between_paragraph_halves"]


def test_a_marked_heading_after_a_finished_sentence_stays_where_it_is():
    blocks, _ = run(MARKED_HEADLINE_BETWEEN_HALVES, "lift_headline_between_paragraph_halves")
    assert "旧桥加固工程完工" not in texts(blocks, Kind.DISPLACED_HEADLINE)
    assert "旧桥加固工程完工" in texts(blocks)


def test_an_ad_or_notice_box_between_two_halves_of_a_sentence_becomes_furniture_and_the_sentence_joins():
    page = (
        "市立醫院昨日宣布、新建門診大樓將於下月啟用、屆時每日可\n\n"
        "▲國貨毛巾▲　永昌織造廠出品　各大商號均有代售\n\n"
        "應診病人兩千人次、較舊樓增加一倍。\n\n"
        "The new grange hall on the county road will be\n"
        "dedicated on Saturday afternoon, June 14, and\n"
        "a dinner will be served by the ladies of the\n"
        "grange in the basement. Speakers will include the\n\n"
        "FRESH FISH FRIDAYS!\n"
        "Call 3-1170  HARBOR MARKET  Front Street\n\n"
        "officers of the state grange and the mayor.\n"
    )
    blocks, fixes = run(page, "join_wrapped_lines", "mark_display_insert", "join_column_break")
    assert texts(blocks, Kind.FURNITURE) == [
        "國貨毛巾▲　永昌織造廠出品　各大商號均有代售",
        "FRESH FISH FRIDAYS!",
        "Call 3-1170  HARBOR MARKET  Front Street",
    ]
    assert texts(blocks, Kind.BODY) == [
        "市立醫院昨日宣布、新建門診大樓將於下月啟用、屆時每日可應診病人兩千人次、較舊樓增加一倍。",
        "The new grange hall on the county road will be dedicated on Saturday afternoon, June 14, and a dinner will be"
        " served by the ladies of the grange in the basement. Speakers will include the officers of the state grange"
        " and the mayor.",
    ]


def test_the_papers_own_notice_between_two_halves_of_a_sentence_is_furniture():
    story = (
        "市立醫院昨日宣布、新建門診大樓共有十二層、設有門診及檢驗部門、工程歷時兩年、"
        "耗資三百餘萬元、全部由市庫撥付、院方並添購各項新式儀器、延聘專科醫師十餘人、將於下月"
    )
    rest = "啟用、屆時每日可應診病人兩千人次、較舊樓增加一倍。"
    page = (
        "醫院新樓下月啟用\n"
        + "\n".join(story[k : k + 16] for k in range(0, len(story), 16))
        + "\n\n本報緊要啟事\n本報自下月起每逢星期日增出畫刊一張\n\n"
        + "\n".join(rest[k : k + 16] for k in range(0, len(rest), 16))
        + "\n"
    )
    clean = clean_text(page)
    assert "本報緊要啟事" in clean.furniture
    assert clean.articles[0].paragraphs == [story + rest]


def test_a_headline_or_a_finished_sentence_around_a_wide_spaced_line_is_left_alone():
    page = (
        "市立醫院新建門診大樓下月啟用。\n\n"
        "▲國貨毛巾▲　永昌織造廠出品　各大商號均有代售\n\n"
        "應診病人兩千人次、較舊樓增加一倍。\n\n"
        "新大樓共有十二層、設有門診及檢驗部門、可\n\n"
        "市區公車路線調整　新增兩條\n\n"
        "停放車輛兩百部。\n"
    )
    blocks, fixes = run(page, "mark_display_insert")
    assert not fixes


def test_a_boxs_date_set_flush_right_is_no_half_sentence_for_a_head_under_it_to_interrupt():
    rule = "─" * 21
    page = (
        "龙舟赛周六开赛\n本报记者　龚　川\n\n"
        "　　第十届槐江龙舟赛将于本周六上午开赛，共\n有二十支队伍报名参加。\n\n"
        + rule + "\n端午龙舟赛交通管制公告\n"
        "路段：槐江路（东门桥至西门桥）\n时间：5月22日（周六）8时至12时\n"
        "绕行：机动车请经人民路绕行，沿线公\n交站点暂停使用。\n"
        "　　　　　　　　　　　槐州端午龙舟赛组委会\n"
        "　　　　　　　　　　　2027年5月18日\n"
        + rule + "\n节庆人物\n划了三十年龙舟的老蒲\n本报记者　龚　川\n\n"
        "　　蒲大成今年五十八岁，从十几岁起就在槐江\n上划龙舟，村里的龙舟队有一半队员是他带出来\n的。\n"
    )
    clean = clean_text(page)
    assert "本报记者　龚川" not in clean.furniture
    notice, profile = clean.articles[1], clean.articles[2]
    assert notice.paragraphs[-1] == "2027年5月18日"
    assert (profile.kicker, profile.title) == ("节庆人物", "划了三十年龙舟的老蒲")


def test_a_sentences_first_half_cut_off_by_a_column_break_is_joined_not_taken_for_a_subhead():
    page = (
        "老師傅修了四十年鐘錶，店裡的工具大多是他\n"
        "自己做的。他說，好工具比好手藝更難找。\n\n"
        "他修錶最講究耐心，一只老懷錶可以拆上二十\n\n"
        "次。他常說：「錶不會騙人，你用不用心，它\n"
        "走幾天就知道。」\n\n"
        "穩中求進，老店迎來新客\n\n"
        "今年以來，店裡的年輕客人多了起來。\n"
    )
    blocks, fixes = run(page, "join_wrapped_lines", "join_column_break")
    assert "他修錶最講究耐心，一只老懷錶可以拆上二十次。他常說：「錶不會騙人，你用不用心，它走幾天就知道。」" in texts(blocks, Kind.BODY)
    assert "穩中求進，老店迎來新客" in texts(blocks, Kind.SHORT)  # a headline with a comma stays one


def test_a_margin_mark_before_a_figure_or_a_quote_and_after_a_figure_goes_too():
    page = (
        "The vote in the council stood 14 |\n"
        "to 3 against the ordinance, and the\n"
        "| 200 petitioners went home. One said:\n"
        '| "We will come again next month."\n'
    )
    blocks, _ = run(page, "drop_margin_noise")
    assert tuple(line for block in blocks for line in block.lines) == (
        "The vote in the council stood 14",
        "to 3 against the ordinance, and the",
        "200 petitioners went home. One said:",
        '"We will come again next month."',
    )


def test_markdown_bold_marks_come_off_a_lead_so_that_it_opens_its_story():
    page = (
        "## 西環泳池下月重開\n\n"
        "**【本報訊】**康文署昨日宣布，西環泳池完成翻新，下月一日重開。\n\n"
        "署方表示，新泳池設有__暖水池__，冬季亦會開放。\n"
    )
    blocks, fixes = run(page, "drop_markdown_emphasis")
    assert texts(blocks)[1:] == ["【本報訊】康文署昨日宣布，西環泳池完成翻新，下月一日重開。", "署方表示，新泳池設有暖水池，冬季亦會開放。"]
    assert [f.removed for f in fixes] == ["****", "____"]
    assert texts(run("2 ** 3 = 8 and a__b", "drop_markdown_emphasis")[0]) == ["2 ** 3 = 8 and a__b"]


def test_a_fraktur_double_hyphen_read_as_equals_or_as_itself_joins_a_split_word_but_not_over_a_capital():
    text = "\n".join(
        [
            "In der geſtrigen Sitzung des Gemeinderates wurde",
            "die Vorlage nach kurzer Ausſprache einſtim=",
            "mig angenommen; die Koſten trägt die Gemein⸗",
            "de allein, wie der Bürgermeiſter erklärte. Der",
            "Kaſſenbericht ergab für das Jahr 3 + 4 =",
            "Sieben Poſten, die noch offen ſind, und wurde",
            "ohne Widerſpruch zur Kenntnis genommen.",
        ]
    )
    blocks, fixes = run(text, "dehyphenate", "join_wrapped_lines")
    (paragraph,) = texts(blocks)
    assert "einſtimmig angenommen" in paragraph and "die Gemeinde allein" in paragraph
    assert "3 + 4 = Sieben" in paragraph
    assert [f.removed for f in fixes if f.rule == "dehyphenate"] == ["=", "⸗"]


def test_a_paragraphs_first_line_left_at_a_column_foot_joins_the_next_columns_text():
    """An engine's page: a paragraph opens indented on the last line of a column, straight
    under the text, and runs on at the top of the next; alone it reads as a subhead."""
    blocks = (
        Block(("健身房、理发店、培训机构，预付卡几乎无处不在。可一旦商家关门跑路，消费者手里的卡就成了一张废纸。",), 0, gap=1, indent=True, kind=Kind.BODY),
        Block(("治理预付卡乱象，既要督促商家",), 4, gap=0, indent=True, kind=Kind.SHORT),
        Block(("把预收资金存入监管账户，也要提醒消费者理性办卡，不贪一时折扣。",), 6, gap=1, kind=Kind.BODY),
        Block(("稳中求进，老店迎来新客",), 9, gap=1, kind=Kind.SHORT),
        Block(("今年以来，店里的年轻客人多了起来，生意也比往年好做。",), 11, gap=1, indent=True, kind=Kind.BODY),
    )
    joined, _ = join_column_break(blocks, Context(WORDS.for_page("")))
    assert texts(joined, Kind.BODY)[1] == "治理预付卡乱象，既要督促商家把预收资金存入监管账户，也要提醒消费者理性办卡，不贪一时折扣。"
    assert "稳中求进，老店迎来新客" in texts(joined, Kind.SHORT)  # a head, set apart from the text over it


def test_drop_dotted_rules_takes_a_rule_read_as_dots_off_a_head():
    # A thin rule under a head and one beside another, read as dots by the engine (OmniPage, 1820s papers).
    blocks = (
        Block(("MARKET NEWS.", ".....ims..."), 1, kind=Kind.SHORT),
        Block(("The corn exchange was thinly attended this morning, and prices held.",), 4, 1, kind=Kind.BODY),
        Block(("POLICE OFFICE.—Bow Street ..........",), 6, 1, kind=Kind.SHORT),
    )
    out, fixes = RULES["drop_dotted_rules"].function(blocks, Context())
    assert texts(out) == ["MARKET NEWS.", blocks[1].text, "POLICE OFFICE.—Bow Street"]
    assert [f.rule for f in fixes] == ["drop_dotted_rules"] * 2


def test_drop_dotted_rules_leaves_dots_in_text_and_tables_alone():
    blocks = (
        Block(("The sum was paid .......... and the account closed at last.",), 1, kind=Kind.BODY),
        Block(("Wheat ........ 12s.", "Oats .........."), 3, 1, kind=Kind.BODY),
        Block(("ACCOUNTS.", "p.m.....and"), 6, 1, kind=Kind.SHORT),
    )
    out, fixes = RULES["drop_dotted_rules"].function(blocks, Context())
    assert out == blocks and not fixes


def test_drop_head_end_specks_takes_dust_off_a_heads_full_stop():
    blocks = (
        Block(("Schweden. r „r",), 1, kind=Kind.SHORT),
        Block(("Stockholm, vom 14. May. Der Reichstag hat die Steuern bewilligt.",), 3, 1, kind=Kind.BODY),
        Block(("HARBOUR NEWS. >",), 5, 1, kind=Kind.SHORT),
    )
    out, fixes = RULES["drop_head_end_specks"].function(blocks, Context())
    assert texts(out) == ["Schweden.", blocks[1].text, "HARBOUR NEWS."]
    assert [f.rule for f in fixes] == ["drop_head_end_specks"] * 2


def test_drop_head_end_specks_keeps_figures_words_and_text():
    blocks = (
        Block(("Zweite Abth. I.",), 1, kind=Kind.SHORT),
        Block(("Der Verein Hamburg E. V. in",), 3, 1, kind=Kind.SHORT),
        Block(("Er kam nach Hause. r",), 5, 1, kind=Kind.BODY),
        Block(("THE FLEET. r", "AT ANCHOR."), 7, 1, kind=Kind.SHORT),
    )
    out, fixes = RULES["drop_head_end_specks"].function(blocks, Context())
    assert out == blocks and not fixes


def test_a_formula_with_a_spaced_subscript_or_power_reads_as_printed_in_any_page():
    """One LaTeX reader serves a Markdown page and a text page with a stray formula alike."""
    text = "京津冀PM2.5浓度为$\\mathrm { P M } _ { 2 . 5 }$，新建场馆$1 2 0 0 \\mathrm { m } ^ { 2 }$。"
    assert texts(run(text, "unwrap_latex")[0]) == ["京津冀PM2.5浓度为PM2.5，新建场馆1200m²。"]
    assert markdown_text(text) == "京津冀PM2.5浓度为PM2.5，新建场馆1200m²。\n"


def test_split_contents_entries_sets_each_index_entry_apart():
    # A county weekly's front-page index, its page references misread as engines do ("Page l?").
    blocks = (
        Block(("In This Issue",), 1, kind=Kind.SHORT),
        Block(("Mill workers vote to accept the new", "wage scale. Page 2", "Bridge over Cedar creek opens to", "traffic. Page 3", "Harvest fair draws record crowd."), 3, 1, kind=Kind.BODY),
        Block(("Page 5", "School board names principal. Page l?", "Fire destroys barn near Elm Grove."), 8, indent=True, kind=Kind.BODY),
        Block(("Page 9",), 11, indent=True, kind=Kind.BODY),
    )
    out, fixes = RULES["split_contents_entries"].function(blocks, Context())
    assert [b.lines for b in out[1:]] == [
        ("Mill workers vote to accept the new", "wage scale. Page 2"),
        ("Bridge over Cedar creek opens to", "traffic. Page 3"),
        ("Harvest fair draws record crowd.", "Page 5"),
        ("School board names principal. Page l?",),
        ("Fire destroys barn near Elm Grove.", "Page 9"),
    ]
    assert {b.kind for b in out[1:]} == {Kind.ROW} and out[0] == blocks[0]
    assert {f.rule for f in fixes} == {"split_contents_entries"}


def test_split_contents_entries_leaves_a_story_with_jump_lines():
    # Two references to other pages in a run of text are a story's, not an index.
    blocks = (
        Block(("The council met on Monday, as reported on", "Page 2", "and voted to pave Main street."), 1, kind=Kind.BODY),
        Block(("The mayor's statement is printed on Page 4",), 5, 1, kind=Kind.BODY),
    )
    out, fixes = RULES["split_contents_entries"].function(blocks, Context())
    assert out == blocks and not fixes


def test_join_column_break_keeps_a_quotation_set_apart_after_its_dash():
    blocks = (
        Block(("We walked up to the churchyard with the old sexton, and he told us what the stone by the gate says:—",), 1, kind=Kind.BODY),
        Block(("“Here lies one who loved these hills and never once left them for the town.”",), 3, 1, kind=Kind.BODY),
        Block(("He had read it to every stranger who came, and to many who did not care to hear it.",), 5, 1, kind=Kind.BODY),
    )
    out, fixes = join_column_break(blocks, Context())
    assert out == blocks and not fixes
    # a hyphen at a word's end is a split word, no dash leading into the quotation
    split = (blocks[0].with_(lines=("We walked up to the churchyard, past the well-",)), blocks[1].with_(lines=("“kept” garden of the old sexton and his wife.",)))
    out, _ = join_column_break(split, Context(WORDS))
    assert len(out) == 1


def test_set_apart_public_address_takes_the_address_out_of_its_block():
    # A mayor's proclamation, the engine boxing its date line, address and first sentence together.
    blocks = (
        Block(("Lyon, le 4 mai 1832.", "Habitans de Lyon ,", "Le conseil municipal vous fait savoir que le pont sera", "rouvert demain."), 1, 1, kind=Kind.BODY),
        Block(("Soldiers of the line marched on, and the town", "was quiet by evening."), 6, 1, kind=Kind.BODY),
    )
    out, fixes = RULES["set_apart_public_address"].function(blocks, Context())
    assert [(b.lines, b.kind) for b in out] == [
        (("Lyon, le 4 mai 1832.",), Kind.BODY),
        (("Habitans de Lyon ,",), Kind.ROW),
        (("Le conseil municipal vous fait savoir que le pont sera", "rouvert demain."), Kind.BODY),
        (blocks[1].lines, Kind.BODY),
    ]
    assert [f.line for f in fixes] == [2]


def test_a_word_split_before_an_en_dash_between_two_places_is_rejoined():
    # A route's two ends joined by an en dash: the first place cut at the line's end is one word
    # with its dash and the next place kept after it.
    text = "\n".join(
        [
            "The bus from Tamsui to Karenu runs twice a day; the bus Ka-",
            "renu–Eastby, which Karenu asked for, runs on Sundays only.",
        ]
    )
    blocks, fixes = run(text, "dehyphenate", "join_wrapped_lines")
    (paragraph,) = texts(blocks)
    assert "the bus Karenu–Eastby, which" in paragraph


def test_a_stanza_ending_on_no_stop_is_no_half_sentence_for_a_listing_under_it_to_interrupt():
    # a poem's last stanza keeps its printed lines and ends at its blank line: the book note's
    # label and wide-spaced details under it are the note's, not an ad read into a sentence
    page = (
        "秋夜\n文／石　岚\n\n"
        "桂花落在窗台\n月亮走得很慢\n邻居的收音机\n唱着旧年的歌\n\n"
        "我把灯关了\n让风进来\n数一数院子里\n还剩几只蟋蟀\n\n"
        "新书推荐\n《河湾旧事》　方一苇　著　岑江文艺出版社　定价36元\n\n"
        "　　一本写河湾小镇的散文集，收文三十篇，写\n渡船、集市和镇上的老手艺人。\n"
    )
    clean = clean_text(page)
    assert not [f for f in clean.fixes if f.rule == "mark_display_insert"]
    note = clean.articles[-1]
    assert note.title == "新书推荐"
    assert note.paragraphs[0] == "《河湾旧事》　方一苇　著　岑江文艺出版社　定价36元"
