"""An opinion, health, weather and community page as OCR'd text, written here in the plans the
thirty-fourth stop's writers were asked for before any of their pages was seen: an editorial, a
signed commentary and letters to the editor, each letter signed with its district and name,
printed with no blank line; a Q&A column whose askers' signatures break over a line's end and
a corrections box under it; a weather story over a three-day box and a this-day-in-history box
of dated entries, the editor's line at the foot; a story continued from page one and the next
story's head, wrapped on two lines in sentence case, set flush under it."""

from paperarchive.pipeline import clean_text

OPINION = """江城日报
2026年3月12日 星期四
第6版 评论
社论
让老街巷的烟火气留下来
旧城改造走到今天，已经不再是简单的拆与建。
城西三条老街的改造方案公示后，居民提出
的意见多达四百余条，说明大家关心的不只是
房子新不新，还有邻里之间多年形成的生活方
式。
改造方案应当把这些意见当作设计的起点，而
不是走过场的程序。只有这样，老街巷的烟火
气才能留下来。
一堂思政课的分量
□ 刘文涛（江城师范学院教授）
前不久，一所中学把思政课搬到了社区食堂门
口，学生们一边帮老人打饭，一边听老人讲过
去的日子。
这样的课，比在教室里念十遍课本更有分量。
读者来信
小区门口的路灯该修了
我家住在滨江路口，小区门口的三盏路灯坏了
快一个月，晚上出门只能打手电。希望有关部
门尽快派人来修。
城东区 王秀兰
公交站牌应标注换乘信息
最近换乘公交时发现，很多站牌上没有标注换
乘线路，外地游客很不方便，建议在站牌上加
注换乘信息。
江城县 陈明
本版编辑 周敏 电话 0716-8801234
"""


def test_letters_under_a_label_set_apart_from_the_commentary_and_signed_by_district_and_name():
    page = clean_text(OPINION)
    assert [a.title for a in page.articles] == ["让老街巷的烟火气留下来", "一堂思政课的分量", "小区门口的路灯该修了", "公交站牌应标注换乘信息"]
    commentary, first_letter, second_letter = page.articles[1:]
    assert commentary.paragraphs[-1] == "这样的课，比在教室里念十遍课本更有分量。"
    assert (first_letter.byline, second_letter.byline) == ("城东区 王秀兰", "江城县 陈明")
    assert second_letter.paragraphs == ["最近换乘公交时发现，很多站牌上没有标注换乘线路，外地游客很不方便，建议在站牌上加注换乘信息。"]
    assert "本版编辑 周敏 电话 0716-8801234" in page.furniture


QUESTIONS = """健康周刊
名医问诊
孩子总是咳嗽怎么办
问：我家孩子六岁，入春以来一直咳嗽，晚上
更厉害，吃了药也不见好，该怎么办？（江城
市 李女士）
答：春季是儿童咳嗽的高发期，夜间咳嗽加重
要警惕过敏性咳嗽的可能。建议先到医院做过
敏原检测，不要自行长期服用止咳药。（市儿
童医院呼吸科主任医师 张建华）
问：老人血压早晚差别大，需要调药吗？（城
南区 赵先生）
答：早晚血压有一定波动是正常的，但如果差
值超过二十毫米汞柱，应当在医生指导下调整
服药时间。（市第一人民医院心内科副主任医
师 吴丽）
更正
本报3月5日第7版《春季养生话饮食》一文
中，“每日饮水一千毫升”应为“每日饮水一
千五百毫升”，特此更正。
"""


def test_an_askers_signature_broken_over_a_line_end_stays_in_the_question():
    page = clean_text(QUESTIONS)
    column, correction = page.articles
    assert column.headings == []
    assert column.paragraphs[0].endswith("该怎么办？（江城市 李女士）")
    assert [p[:2] for p in column.paragraphs] == ["问：", "答：", "问：", "答："]
    assert correction.title == "更正"


WEATHER = """江城日报
2026年3月12日 星期四 第5版 天气
天气
冷空气周末到 气温降八度
本报讯（记者 孙婷）市气象台昨天发布消息，
受北方冷空气影响，本周末我市将出现一次
明显降温过程，最低气温将降至三摄氏度左右，
北部山区可能出现霜冻。
气象专家提醒市民及时添衣，注意防寒保暖，
农户要做好春播作物的防冻准备，设施大棚夜
间要加盖草帘。
据介绍，这次冷空气过后，下周气温将逐步回
升，月底前后全市将进入气象意义上的春季。
未来三天天气
13日 多云转阴 8℃～16℃ 东北风3级
14日 小雨 5℃～10℃ 北风4级
15日 阴转晴 3℃～11℃ 北风3级
日出 6:21 日落 18:13
历史上的今天
1925年3月12日，孙中山在北京逝世。
1979年3月12日，第五届全国人大常委
会第六次会议决定，每年3月12日为我国的
植树节。
本版编辑 周敏
"""


def test_a_box_label_under_a_sentence_and_dated_entries_of_a_history_box():
    page = clean_text(WEATHER)
    story, box = page.articles[:2]
    assert story.paragraphs[-1] == "据介绍，这次冷空气过后，下周气温将逐步回升，月底前后全市将进入气象意义上的春季。"
    assert box.title == "未来三天天气"
    assert "1925年3月12日，孙中山在北京逝世。" in box.paragraphs
    assert "本版编辑 周敏" in page.furniture


CONTINUED = """THE HARBOR COURIER      A4      Tuesday, March 10, 2026

BRIDGE
Continued from Page A1
The state has set aside $3 million for the
repairs, but engineers say the full job
could cost twice that.
"We will not close the bridge unless we
have to," the mayor said.
Church to mark 150 years
with open house Sunday
St. Mark's Episcopal Church on Hill Street
will celebrate its 150th anniversary with an
open house Sunday from 1 to 4 p.m.
SERVICE NOTICES
Grace Lutheran: Lenten supper, Wednesday,
6 p.m., fellowship hall.
First Baptist: Choir practice, Thursday,
7 p.m.
"""


def test_a_head_wrapped_on_two_lines_flush_under_a_continued_story_opens_the_next():
    page = clean_text(CONTINUED)
    bridge, church = page.articles[:2]
    assert bridge.paragraphs[-1] == '"We will not close the bridge unless we have to," the mayor said.'
    assert church.title == "Church to mark 150 years with open house Sunday"
    assert church.paragraphs[0].startswith("St. Mark's Episcopal Church")


GARDENER = """ASK THE GARDENER
Q: My tomato leaves are turning yellow
from the bottom up. What am I doing
wrong?
- Linda, Oak Ridge
A: Yellowing lower leaves are usually a
sign of early blight or too much water.
Remove the affected leaves and water at
the base of the plant in the morning.
Q: When should I prune my roses?
- Tom, Millbrook
A: Late winter, just as the buds begin to
swell, is the best time in our area.
Send your questions to garden@courier.example.com.
"""


def test_a_columns_questions_and_answers_each_open_a_paragraph():
    page = clean_text(GARDENER)
    turns = [p for p in page.articles[0].paragraphs if p[:2] in ("Q:", "A:")]
    assert [p[:2] for p in turns] == ["Q:", "A:", "Q:", "A:"]
    assert turns[2] == "Q: When should I prune my roses?"
