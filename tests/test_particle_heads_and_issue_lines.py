"""On a Chinese page that sets every block a blank line apart, a headline ending in a particle
("…回来了") over its byline is a headline, not a paragraph's fragment; a forecast's issuing line
("…气象台　11月19日17时发布") is the box's credit, not the next story's kicker. A page written
for the cases (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "未来三天天气\n"
    "\n"
    "12月4日（星期五）　多云　3℃～11℃　北风3级\n"
    "12月5日（星期六）　晴　1℃～12℃　微风\n"
    "12月6日（星期日）　阴　4℃～10℃　东风2级\n"
    "\n"
    "青溪县气象台　12月3日17时发布\n"
    "\n"
    "老码头的渡船又开了\n"
    "\n"
    "本报记者　杭　越\n"
    "\n"
    "　　停航两年的老码头渡船昨天恢复运行。早上七点，第一班渡船\n"
    "载着三十多名乘客驶向对岸，不少老人专程赶来坐一趟。\n"
    "\n"
    "　　渡船公司负责人说，新船换了电动发动机，每半小时一班。\n"
)


def test_a_headline_ending_in_a_particle_over_its_byline_a_blank_line_apart_heads_its_story():
    story = clean_text(PAGE).articles[-1]
    assert (story.title, story.byline) == ("老码头的渡船又开了", "本报记者　杭越")
    assert story.paragraphs[0].startswith("停航两年的老码头渡船")


def test_a_forecasts_issuing_line_is_no_kicker():
    cleaned = clean_text(PAGE)
    assert "青溪县气象台　12月3日17时发布" in cleaned.furniture
    assert all(a.kicker != "青溪县气象台　12月3日17时发布" for a in cleaned.articles)
