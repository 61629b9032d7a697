"""Pages written here in the shapes the thirty-fourth stop's second written set (holdout83, kept
unseen until the lead's rules for holdout81) showed after its first run, in other languages and
words than its pages: a fishing story with a photo set between two paragraphs and credited in a
word for "picture" no list holds, then a rules box whose sentence opens its rows with a colon and
whose rows line their cells up with spaces; a page's label of two words joined by a hyphen under
the running head, over a head in sentence case and its writer's bare name; a profile's box of
quotations under the label "她说", no writer's signature; a box of items from a century ago under
its label after a story's last sentence, each item a line or two."""

from paperarchive.classify import _signature_line
from paperarchive.pipeline import clean_text

FISHING = """ISLAND VOICE ◊ Friday, June 4, 2027 ◊ Page 7
Outdoors

Anglers get ready for snapper season
By Rosa Tillett

The snapper season opens on Monday, and
boats from Sarteneja to Punta Gorda are
being painted and patched for it.

Last year the catch was small because the
water was too warm.

A boat being painted at Sarteneja.
Pikcha: Devon Reyes

This year the men hope for better luck.

Snapper Rules for the Season

Anglers must keep to these rules from June 7
to October 31:

Size        12 inches or more
Bag         five fish a day
Roe         no fish with roe

Fisheries Department
"""


def test_a_photo_credited_in_an_unknown_word_between_two_paragraphs_and_a_box_of_aligned_rows():
    story, box = clean_text(FISHING).articles
    assert [(c.text, c.credit) for c in story.captions] == [("A boat being painted at Sarteneja.", "Pikcha: Devon Reyes")]
    # (the one photo set in at a sentence's end: its paragraph goes on under it, as holdout83's gold reads the page)
    assert story.paragraphs[-1] == "Last year the catch was small because the water was too warm. This year the men hope for better luck."
    assert box.title == "Snapper Rules for the Season"
    assert box.paragraphs[0] == "Anglers must keep to these rules from June 7 to October 31:"
    assert len(box.paragraphs) >= 4


SCHOOL = """GAZÈT LAKOU · vandredi 3 désanm 2027 · paj 4
Lavi-lakou

Lekòl Sentàn gen swasant an
Mariz Jozèf

Lekòl Sentàn nan Okap fete swasant an
depi li ouvri pòt li, samdi pase. Anpil
ansyen elèv te vini.

Direktè a di: "Se kay nou." Tout moun
te manje ansanm nan lakou lekòl la.
"""


def test_a_hyphenated_page_label_under_the_running_head_and_a_head_over_its_writers_bare_name():
    page = clean_text(SCHOOL)
    assert "Lavi-lakou" in page.furniture
    article = page.articles[0]
    assert (article.title, article.byline) == ("Lekòl Sentàn gen swasant an", "Mariz Jozèf")


def test_a_label_that_says_who_speaks_is_no_signature():
    assert not _signature_line("她说")
    assert _signature_line("石岚")


CENTURY_AGO = """滨城日报　2027年6月9日　星期三
第8版　城事

老城墙修缮完工　周末开放
本报记者　林　晓

　　历时两年的老城墙修缮工程日前完工，将于本
周六起向市民开放。修缮保留了明代城砖，新铺的
步道可以从南门一直走到东门。
　　管理处介绍，开放首月不收门票，市民可以去
看看。
百年前的今天

　　滨城商会在南门外开设第一所夜校。

　　城东电灯公司开始供电，首批用户一百二十
户。

　　滨城日报创刊，每日出版四版。

滨城日报社　　新闻热线：0591-8871200
"""


def test_a_label_over_short_items_to_the_pages_foot_is_a_box_of_its_own():
    story, box = clean_text(CENTURY_AGO).articles
    assert story.headings == [] and story.paragraphs[-1] == "管理处介绍，开放首月不收门票，市民可以去看看。"
    assert box.title == "百年前的今天"
    assert box.paragraphs == ["滨城商会在南门外开设第一所夜校。", "城东电灯公司开始供电，首批用户一百二十户。", "滨城日报创刊，每日出版四版。"]
