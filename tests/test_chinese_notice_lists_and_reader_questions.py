"""A Chinese 便民 page: a notice whose colon opens a list of labelled entries set flush (wider than
the text's measure, or short of it), signed by a police or public-health body; a reader-questions
column, each question over "网友X问：" and the office's answer; the paper's name joined to the page's
by a middle dot as a running head inside a story; a table whose figures are aligned by a plain
space; a writer's two-character name padded to three under a headline. A page written for the
classes (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)

PAGE = (
    "青浦晚报　2026年12月9日　星期三　第6版\n"
    "便民·服务\n\n"
    "关于滨河停车场改造期间暂停使用的通告\n"
    + wrap("因滨河停车场地面改造和充电设施安装需要，经研究决定暂停该停车场对外服务。现将有关事项通告如下：")
    + "暂停时间：2026年12月12日至2027年1月20日\n"
    "替代车位：滨河公园东门临时停车区、青浦体育馆地下车库\n"
    "咨询电话：021-69870011\n"
    + wrap("改造期间给市民出行带来的不便，敬请谅解。")
    + "青浦区公安分局交通警察支队\n\n"
    "网友问政\n"
    "社保卡丢了怎么补办？\n"
    + wrap("网友“阿杰”问：我的社保卡上周丢了，补办要去哪里，多久能拿到？")
    + wrap("区人社局答：可在“青浦人社”公众号申请补办，也可到就近的银行网点办理，一般七个工作日内可领取新卡。")
    + "\n小区门口的路灯什么时候修？\n"
    + wrap("网友“夜归人”问：华新路小区门口的两盏路灯坏了半个月，晚上回家很不方便。")
    + wrap("区城管局答：经现场核实，路灯电缆被施工挖断，已于12月5日修复。")
    + "\n大风黄色预警信号\n"
    + wrap("预计今天夜间到明天白天，我区沿江地区将出现8级以上大风，请注意防范。")
    + "\n青浦区气象台\n\n"
    "2026年12月9日9时40分\n\n"
    "社区书场重新开张\n"
    + "殷　红\n"
    + wrap("周末的午后，老街社区书场又响起了熟悉的弦索声。停了两年的书场")
    + "青浦晚报·便民服务\n"
    + hard_wrapped("今年秋天重新装修后开张，每场都有五六十位老人来听。", width=20, indent="")
    + "\n冬季用电高峰将至\n"
    + wrap("供电公司提醒，入冬后取暖用电明显增加，居民使用电暖器时要注意线路安全，")
    + "\n去年冬天，电力工人在巡查线路。\n本报资料图片\n\n"
    + hard_wrapped("不要私拉乱接电线，发现隐患及时拨打热线报修。", width=20, indent="")
    + "\n读者来信\n"
    "停车收费应当更透明\n"
    + wrap("上周我在滨河路停车一个小时，缴费时才发现收了二十元，现场却没有任何收费标准的公示。")
    + wrap("希望有关部门督促各停车场把收费标准挂在入口处，让市民们都能够明明白白地消费。")
    + "读者　顾先生（朱家角）\n\n"
    "本周菜价\n"
    "冬笋多少钱一斤？\n"
    "品种　　　　甲市场　　乙市场\n"
    "冬笋　　　　　18元　　　16元\n"
    "青菜　　　　　 3元　　　 4元\n"
    "\n本月便民服务统计\n"
    "服务项目　　　　　次数\n"
    "家电维修　　　　　 86\n"
    "理发义剪　　　　　112\n"
    "法律咨询　　　　　 47\n"
)


def test_a_notices_labelled_entries_under_its_colon_are_paragraphs_of_their_own():
    notice = clean_text(PAGE).articles[0]
    assert notice.title == "关于滨河停车场改造期间暂停使用的通告"
    assert notice.paragraphs[1:4] == [
        "暂停时间：2026年12月12日至2027年1月20日",
        "替代车位：滨河公园东门临时停车区、青浦体育馆地下车库",
        "咨询电话：021-69870011",
    ]
    assert notice.headings == []


def test_a_notice_is_signed_by_a_police_detachment():
    notice = clean_text(PAGE).articles[0]
    assert notice.byline == "青浦区公安分局交通警察支队"
    assert notice.paragraphs[-1] == "改造期间给市民出行带来的不便，敬请谅解。"


def test_each_readers_question_heads_its_own_item():
    titles = [a.title for a in clean_text(PAGE).articles]
    assert titles[1:3] == ["社保卡丢了怎么补办？", "小区门口的路灯什么时候修？"]
    second = clean_text(PAGE).articles[2]
    assert second.paragraphs[0].startswith("网友“夜归人”问：") and second.paragraphs[1].startswith("区城管局答：")


def test_the_papers_name_dotted_to_the_pages_is_a_running_head():
    page = clean_text(PAGE)
    story = next(a for a in page.articles if a.title == "社区书场重新开张")
    assert "青浦晚报·便民服务" in page.furniture
    assert story.paragraphs == ["周末的午后，老街社区书场又响起了熟悉的弦索声。停了两年的书场今年秋天重新装修后开张，每场都有五六十位老人来听。"]


def test_a_padded_two_character_name_under_a_headline_signs_it():
    story = next(a for a in clean_text(PAGE).articles if a.title == "社区书场重新开张")
    assert story.byline == "殷　红"


def test_a_caption_credited_to_the_papers_files_leaves_the_sentence_it_was_set_into():
    story = next(a for a in clean_text(PAGE).articles if a.title == "冬季用电高峰将至")
    assert story.paragraphs == ["供电公司提醒，入冬后取暖用电明显增加，居民使用电暖器时要注意线路安全，不要私拉乱接电线，发现隐患及时拨打热线报修。"]
    assert [c.text for c in story.captions] == ["去年冬天，电力工人在巡查线路。"]


def test_a_readers_letter_signed_flush_under_its_last_line():
    letter = next(a for a in clean_text(PAGE).articles if a.title == "停车收费应当更透明")
    assert letter.byline == "读者　顾先生（朱家角）"
    assert letter.paragraphs[-1] == "希望有关部门督促各停车场把收费标准挂在入口处，让市民们都能够明明白白地消费。"


def test_a_question_over_the_table_it_asks_of_is_its_title():
    table = next(a for a in clean_text(PAGE).articles if "冬笋" in "".join(a.paragraphs))
    assert table.title == "冬笋多少钱一斤？"
    assert table.paragraphs[0] == "品种　　　　甲市场　　乙市场"


def test_figures_aligned_by_a_plain_space_keep_their_rows():
    table = clean_text(PAGE).articles[-1]
    assert table.title == "本月便民服务统计"
    assert table.paragraphs == ["服务项目　　　　　次数", "家电维修　　　　　 86", "理发义剪　　　　　112", "法律咨询　　　　　 47"]



def test_a_warning_signed_a_blank_line_under_its_text_and_dated_to_the_minute():
    page = clean_text(PAGE)
    warning = next(a for a in page.articles if a.title == "大风黄色预警信号")
    after = page.articles[page.articles.index(warning) + 1]
    assert warning.byline == "青浦区气象台"
    assert warning.paragraphs == ["预计今天夜间到明天白天，我区沿江地区将出现8级以上大风，请注意防范。"]
    assert (after.title, after.kicker, after.section) == ("社区书场重新开张", None, None)
