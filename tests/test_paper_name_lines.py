"""The paper's name that opens a Chinese page names its own lines: the masthead with the page's
section set far apart, and a running foot of the name, the section and the page's number read
into a paragraph, are furniture, and the paragraph runs on across the foot. A page written for
the rule (not copied from any gold page)."""

from functools import partial

from conftest import cjk_lines

from paperarchive.pipeline import clean_text

wrap = partial(cjk_lines, width=17)


def test_the_masthead_and_a_foot_inside_a_paragraph_are_furniture():
    first = wrap("本报讯　东湖公园管理处本周在湖边和北岸的山坡上补种了樱花树三百株，预计明年三月即可开花。")
    page = "\n".join(
        ["东江晚报" + "\u3000" * 10 + "城市新闻", "2026年3月2日　星期一　第5版", "", "东湖公园补种樱花", ""]
        + first
        + ["东江晚报　城市新闻　5"]
        + wrap("届时公园将延长开放时间，并增设临时停车场。", indent="")
        + wrap("管理处提醒游客，赏花时不要攀折花枝，不要在草坪上生火野炊。")
    ) + "\n"
    cleaned = clean_text(page)
    assert "东江晚报\u3000城市新闻\u30005" in cleaned.furniture and cleaned.furniture[0].startswith("东江晚报")
    story = cleaned.articles[0]
    assert story.title == "东湖公园补种樱花" and story.section is None and story.kicker is None
    assert story.paragraphs[0].endswith("即可开花。届时公园将延长开放时间，并增设临时停车场。")
    assert len(story.paragraphs) == 2
