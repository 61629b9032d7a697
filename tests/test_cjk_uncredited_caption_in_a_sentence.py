"""A Chinese page that indents its paragraphs, a photo's caption set flush between blank lines
inside a sentence, with no credit under it (the byline's "文/图" credits the photo), the sentence
going on flush after it: the caption is a caption and the sentence one paragraph. A page written
for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

PAGE = (
    "澄江日报　2026年12月3日　星期四　第8版　生态\n\n"
    "白鹭回到了南湖\n"
    "文/图　本报记者　邵　川\n\n"
    + wrap("清晨，南湖湿地的薄雾还没散去，护鸟员杜长林已经沿着湖岸走了一圈。")
    + "\n"
    + wrap("记者从市林业局获悉，今年秋季鸟类调查显示，南湖湿地共记录到白鹭等水鸟三十余种，")
    + "\n几只白鹭在南湖浅滩上觅食。\n\n"
    + wrap("数量比去年增加了两成。近几年，湖区周边关停了多家养殖场，水质明显好转。", indent="")
    + "\n"
    + wrap("杜长林说，鸟多了，来看鸟的人也多了，他们最担心的是有人投喂和靠近拍摄。")
)


def test_the_uncredited_caption_leaves_the_sentence_whole():
    story = clean_text(PAGE).articles[0]
    assert [c.text for c in story.captions] == ["几只白鹭在南湖浅滩上觅食。"]
    assert story.paragraphs[1].endswith("共记录到白鹭等水鸟三十余种，数量比去年增加了两成。近几年，湖区周边关停了多家养殖场，水质明显好转。")
    assert len(story.paragraphs) == 3
