"""Older Chinese gold pages' shapes lifted by general rules: a box's head glued under a story's
last words carried past the running head, over a blank line and a run of flush rows (a week's
outlook, one line a day; a vox pop, one saying a line; a quote box, one quote a line). The head
opens the box's piece and each row is a paragraph of its own. Pages written for the rules (not
copied from any gold page)."""

from paperarchive.pipeline import clean_text

OUTLOOK = (
    "江城晚报\u30002027年5月12日\u3000星期三\n"
    "第8版\u3000天气·生活\u3000\u3000责任编辑：柯\u3000宁\n\n"
    "雷雨季来了\u3000出门记得带伞\n"
    "本报记者\u3000祁\u3000阳\n\n"
    "\u3000\u3000本周起，我市进入雷雨多发季节，午后常有短时强降\n"
    "水。市气象台提醒市民，\n\n"
    "市民在公交站台避雨。\n"
    "本报记者\u3000祁\u3000阳\u3000摄\n\n"
    "出门前关注天气预报，雷雨天气不要在大树下避雨。\n\n"
    "\u3000\u3000预报员介绍，今年的雷雨季比往年早了一周，主要是\n"
    "南方暖湿气流来得早，白天气温升得快，\n\n"
    "江城晚报·天气·生活\n\n"
    "午后容易出现雷阵雨。\n"
    "一周天气预报\n\n"
    "5月13日\u3000周四\u3000雷阵雨\u300021～29℃\n"
    "5月14日\u3000周五\u3000多云\u300022～30℃\n"
    "5月15日\u3000周六\u3000阵雨\u300020～27℃\n"
    "5月16日\u3000周日\u3000晴\u3000\u300019～28℃\n"
    "日出\u300005:41\u3000\u3000日落\u300019:12\n\n"
    "江城晚报社\u3000\u3000新闻热线：0731-5550123\n"
)

VOX_POP = (
    "港灣日報\u30002028年6月3日\u3000星期六\n"
    "A5\u3000港聞\u3000\u3000責任編輯：冼詠恩\n\n"
    "街市翻新停業半年\u3000街坊要搭車買餸\n"
    "記者\u3000歐陽朗\n\n"
    "\u3000\u3000區內一個老街市下個月起停業半年\n"
    "進行翻新，街坊擔心以後買餸要搭車\n"
    "去第二區。\n\n"
    "\u3000\u3000負責部門話，\n\n"
    "街市門口貼咗停業通告。\n"
    "（記者歐陽朗攝）\n\n"
    "工程會分兩期進行，預計年底完成。\n\n"
    "\u3000\u3000街坊組織召集人鍾家強就話：「翻\n"
    "新之前，應該喺附近設個臨時\n\n"
    "港灣日報．港聞\n\n"
    "街市。」\n"
    "街坊心聲\n\n"
    "何婆婆（75歲）：「搭車買餸真係唔方便。」\n"
    "梁先生（司機）：「翻新咗都係好事。」\n"
    "鄧小姐（文員）：「希望租金唔好加。」\n\n"
    "港灣日報社\u3000新聞熱線：2811 0000\n"
)


def test_an_outlook_box_glued_under_the_carried_tail_is_a_piece_of_rows():
    story, box = clean_text(OUTLOOK).articles
    assert story.paragraphs[-1].endswith("午后容易出现雷阵雨。")
    assert not story.headings
    assert box.title == "一周天气预报"
    assert box.paragraphs == [
        "5月13日\u3000周四\u3000雷阵雨\u300021～29℃",
        "5月14日\u3000周五\u3000多云\u300022～30℃",
        "5月15日\u3000周六\u3000阵雨\u300020～27℃",
        "5月16日\u3000周日\u3000晴\u3000\u300019～28℃",
        "日出\u300005:41\u3000\u3000日落\u300019:12",
    ]


def test_a_vox_pop_glued_under_the_carried_tail_gives_each_saying_its_paragraph():
    story, box = clean_text(VOX_POP).articles
    assert not story.headings
    assert box.title == "街坊心聲"
    assert box.paragraphs == ["何婆婆（75歲）：「搭車買餸真係唔方便。」", "梁先生（司機）：「翻新咗都係好事。」", "鄧小姐（文員）：「希望租金唔好加。」"]
