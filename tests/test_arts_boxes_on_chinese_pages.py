"""Boxes printed under the stories of a Chinese culture page, and the joins inside those stories:
a cast list whose last role is a two-character name padded to three characters' width, a box of
two-cell rows of words (a gesture and what it does, a work and its composer) set apart under a
story that ended its sentence, an obituary's years in brackets under its head, a quotation led
into by a full-width colon and opening the next printed line, a speaker's words flush under a
photo's caption and credit, and a box's note row under its rows. Pages written for the rules,
not copied from any gold page."""

from paperarchive.pipeline import clean_text

# A Yue opera review, blank-line paragraphs indented, the running head before its last words,
# the cast list glued under them: one role a line, two of them padded names ("银　心", "四　九").
CAST_PAGE = """\
澄川日报　2027年11月5日　星期五
第7版　戏曲　　责任编辑：米　禾

越剧《梁祝》新版昨晚首演
本报记者　巫晓岚

　　昨晚，澄川越剧团新排的《梁山伯与祝英
台》在澄川大剧院首演，八百个座位全部坐满。

　　剧团这次请来两位年轻演员担纲主演，“十
八相送”一场唱了近二十分钟，台下掌声不断。

　　团长介绍，新版将在本月下旬到周边三个县
巡演，每个县演

澄川日报·戏曲

两场。
演职人员

梁山伯　石雨桐
祝英台　蓝晓月
祝公远　钱　柏
师　母　柯佳音
银　心　尤　然
四　九　雷晓东

澄川日报社出版　　戏曲部热线：0571-3365120
"""


def test_a_cast_list_glued_under_a_review_is_its_own_box_padded_roles_and_all():
    articles = clean_text(CAST_PAGE).articles
    assert [a.title for a in articles] == ["越剧《梁祝》新版昨晚首演", "演职人员"]
    assert articles[0].paragraphs[-1].endswith("每个县演两场。")
    assert not articles[0].headings
    assert articles[1].paragraphs == ["梁山伯　石雨桐", "祝英台　蓝晓月", "祝公远　钱　柏", "师　母　柯佳音", "银　心　尤　然", "四　九　雷晓东"]


# A phone column: indented paragraphs a blank line apart, a caption and its credit between two of
# its sentences (the sentence after them flush), then under the running head a box of two-cell
# rows of words and its note row, flush.
TIPS_PAGE = """\
岷江日报　2027年9月14日　星期二
第10版　数码　　责任编辑：贺　川

手机屏幕碎了，先别急着换
文／庄一帆

　　不少读者来信问，手机屏幕摔出裂纹后，
还能不能继续用。

　　其实，只要触控还灵敏，大多数手机都能先
用着。

贴一张钢化膜能防止裂纹继续扩大。
（资料图片）

想省钱的话，可以先到正规维修点检测，再决
定是换屏还是换机。

　　要提醒的是，维修前最好先备份照片和通讯
录，以免资料

岷江日报·数码

丢失。
本期小技巧

长按电源键　关机或重启
双击屏幕　点亮屏幕
三指下滑　截取屏幕
双指捏合　缩小页面
（部分机型的操作略有不同，以说明书为准）

岷江日报社出版　　读者来信：shuma@minjiang.example.cn
"""


def test_a_box_of_two_cell_rows_of_words_under_a_story_is_its_own_box():
    articles = clean_text(TIPS_PAGE).articles
    assert [a.title for a in articles] == ["手机屏幕碎了，先别急着换", "本期小技巧"]
    assert not articles[0].headings
    assert articles[1].paragraphs == ["长按电源键　关机或重启", "双击屏幕　点亮屏幕", "三指下滑　截取屏幕", "双指捏合　缩小页面", "（部分机型的操作略有不同，以说明书为准）"]


def test_a_boxs_note_row_does_not_make_the_page_one_of_flush_paragraphs():
    story = clean_text(TIPS_PAGE).articles[0]
    assert [c.text for c in story.captions] == ["贴一张钢化膜能防止裂纹继续扩大。"]
    assert story.paragraphs[1] == "其实，只要触控还灵敏，大多数手机都能先用着。想省钱的话，可以先到正规维修点检测，再决定是换屏还是换机。"


# A concert review: its programme box after a blank line, the running head between them.
PROGRAMME_PAGE = """\
北滨日报　2027年10月18日　星期一
C2　艺苑　　编辑：桂　宁

青年民乐团奏响秋日音乐会
本报记者　靳小禾

　　北滨青年民乐团前晚在市音乐厅举行秋季音
乐会，演出五首作品，其中两首是本地作曲家
的新作。

　　压轴的《丰年》用唢呐和锣鼓模仿庙会的热
闹场面，不少观众听得跟着打起了拍子。

　　乐团团长介绍，今年团里新招了十二名大学
生乐手，平均年龄不到二十三岁。

　　指挥在谢幕时说，希望更多年轻人走进音乐
厅听民乐。

北滨日报·艺苑

演出曲目

《秋收》　作曲：包远川
《山溪》　作曲：祁晓彤
《渔舟》　作曲：卞思远
《月夜》　作曲：伍子澄
《丰年》　作曲：詹立夫

北滨日报社　　艺苑组电邮：yiyuan@beibin.example.cn
"""


def test_a_programme_box_set_apart_under_a_review_is_its_own_box():
    articles = clean_text(PROGRAMME_PAGE).articles
    assert [a.title for a in articles] == ["青年民乐团奏响秋日音乐会", "演出曲目"]
    assert not articles[0].headings
    assert articles[1].paragraphs[0] == "《秋收》　作曲：包远川" and len(articles[1].paragraphs) == 5


# An obituary: the head, the years of the life in full-width brackets, the byline line; a
# caption and its credit between the halves of a sentence, the text after them filling its line
# to a hanging colon, the quotation opening the next line.
OBITUARY_PAGE = """\
港灣日報　2027年8月3日　星期二
C5　藝文　　編輯：韋詠儀

書法家羅秉堅辭世
（1938—2027）
記者　溫嘉欣

　　本地書法家羅秉堅前日喺家中辭世，享年
89歲。

　　羅秉堅年輕時喺上環做過印刷工人，四十
歲先開班教書法，

羅秉堅喺書房寫字。
（家屬提供）

學生遍佈港九新界同離島。佢嘅學生蔡志明話：
「佢成日講，寫字要慢，做人都要慢。」

港灣日報社　　藝文組熱線：2571 8830
"""


def test_an_obituarys_years_in_brackets_under_its_head_are_its_deck():
    article = clean_text(OBITUARY_PAGE).articles[0]
    assert (article.title, article.subtitle) == ("書法家羅秉堅辭世", "（1938—2027）")


def test_a_quotation_led_into_by_a_full_width_colon_goes_on_its_paragraph():
    article = clean_text(OBITUARY_PAGE).articles[0]
    assert article.paragraphs[-1] == "羅秉堅年輕時喺上環做過印刷工人，四十歲先開班教書法，學生遍佈港九新界同離島。佢嘅學生蔡志明話：「佢成日講，寫字要慢，做人都要慢。」"


# A museum story on an indent-only page (no blank lines between paragraphs): a caption and its
# credit between two sentences, the donor's words flush under them.
DONATION_PAGE = """\
汀州日报　　2027年12月1日　星期三
第9版　文博　　责任编辑：葛　岚

市档案馆收到一批老照片
本报记者　程　越
　　市档案馆昨天宣布，今年共收到市民捐赠的
老照片三千多张，数量为历年最多。
　　退休摄影师骆文山把自己拍了五十年的底片
全部捐给了档案馆。

骆文山（左）向工作人员介绍一张老照片。
（本报记者　程　越　摄）

他说：“照片放在家里会坏，放在档案馆，大
家都能看。”
　　档案馆将从明年1月起分批展出这些照片。
"""


def test_a_speakers_words_flush_under_a_caption_go_on_the_paragraph_above():
    article = clean_text(DONATION_PAGE).articles[0]
    assert article.paragraphs[1] == "退休摄影师骆文山把自己拍了五十年的底片全部捐给了档案馆。他说：“照片放在家里会坏，放在档案馆，大家都能看。”"
    assert [c.text for c in article.captions] == ["骆文山（左）向工作人员介绍一张老照片。"]
