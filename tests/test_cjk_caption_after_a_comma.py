"""On a Chinese page that opens its paragraphs flush, a one-line sentence set apart after a
paragraph cut at a comma is a photo's caption with no credit, and the sentence goes on after
it. Page written for this test (no gold page's text)."""

from paperarchive.pipeline import clean_text

PAGE = """北港日報　中華民國116年4月2日　星期五
C3　樂活

河濱步道整修完工
文、攝影／吳佩珊

北港溪河濱步道整修工程昨天完工，全長三
點二公里，沿途新設十二座涼亭和兩處親水
平台。公所表示，步道夜間照明改用太陽能
燈，每晚開到十一點，附近居民晚上散步時，

一群長輩在新完工的涼亭下泡茶聊天。

不必再擔心天黑看不清楚路面，安全許多。

住在附近的李阿姨說，以前步道坑坑洞洞，
下雨天常積水，現在走起來平穩多了，每天
早晚都會來走上一圈。
"""


def test_a_sentence_set_apart_after_a_comma_is_an_uncredited_caption():
    story = clean_text(PAGE).articles[0]
    assert [c.text for c in story.captions] == ["一群長輩在新完工的涼亭下泡茶聊天。"]
    assert story.paragraphs[0].endswith("附近居民晚上散步時，不必再擔心天黑看不清楚路面，安全許多。")
    assert len(story.paragraphs) == 2


UNWRAPPED_PAGE = """北港日報　中華民國116年4月2日　星期五　C3　樂活

河濱步道整修完工

北港溪河濱步道整修工程昨天完工，全長三點二公里，沿途新設十二座涼亭和兩處親水平台。公所表示，步道夜間照明改用太陽能燈，每晚開到十一點，

附近居民晚上散步更安全了。

住在附近的李阿姨說，以前步道坑坑洞洞，下雨天常積水，現在走起來平穩多了，每天早晚都會來走上一圈。
"""


def test_on_a_page_of_one_line_a_paragraph_the_cut_sentences_rest_is_no_caption():
    story = clean_text(UNWRAPPED_PAGE).articles[0]
    assert story.captions == []
    assert story.paragraphs[0].endswith("每晚開到十一點，附近居民晚上散步更安全了。")
