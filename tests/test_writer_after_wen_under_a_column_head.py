"""A column's signed piece: the column's rubric, the piece's title and the writer's name after 文
("text by") and an ideographic space, the name padded to three characters' width, stacked over
the text. The third line is the byline, not the title's deck. A page written for the class (not
from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """梧城晚报　2027年6月4日　星期五　第7版　书画

茶余闲话
壶从泥出
文　柳　青
　　老辈人说，紫砂壶好不好，先看泥料，再看
做工。泥料不对，手艺再好也做不出好壶。
　　初学的人不妨多看老壶，摸一摸壶身的
手感，听一听壶盖的声音，日子久了，心里
自然有数。
"""


def test_a_writer_after_wen_is_the_byline():
    story = clean_text(PAGE).articles[0]
    assert (story.kicker, story.title, story.subtitle) == ("茶余闲话", "壶从泥出", None)
    assert story.byline == "文\u3000柳\u3000青"
    assert story.paragraphs[0].startswith("老辈人说")
