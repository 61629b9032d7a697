"""Boxes and columns of a Chinese daily's national and international news pages, as plain text
(hard line breaks, a running head cutting the story's last sentence, a caption set into a
sentence, the box glued under the story's carried last words). Each page written here, in the
shapes holdout91's Chinese pages showed the cleaner losing: a map's or a chart's maker under its
caption, a quote box of several speakers each signed on a dash line, a 速览 column of briefs each
under its own head, and a jump head over a bare "（接A1）" that brings the story back."""

from paperarchive.pipeline import clean_text

MAP_PAGE = """云渡日报　　2028年6月2日　星期五
第7版　国际　　责任编辑：牟　晴

两国合建跨境铁路桥开工
　　据外电报道，两国交通部长1日在边境
小城出席跨境铁路桥开工仪式，大桥全长
一千二百米，计划三年建成。
　　按照协议，大桥建成后，

图为跨境铁路桥线路示意图。
（制图：芮　昉）

货运列车过境时间将缩短一半。
　　两国还商定在口岸设立联合查验中心，
旅客只需排一次队。
"""

CHART_PAGE = """青禾日报　　2028年6月3日　星期六
第4版　国内　　责任编辑：訾　婷

乡村快递网点三年翻一番
　　本报北京6月2日电（记者　仉　然）记者从
有关部门获悉，全国乡村快递网点已超过三十
万个，比三年前翻了一番。
　　有关负责人说，

近三年乡村快递网点数量（单位：万个）。
本报制图　仉　然

今年还将在山区新建一万个网点。
"""


def test_a_maps_maker_in_brackets_credits_the_caption_over_it():
    story = clean_text(MAP_PAGE).articles[0]
    assert [(c.text, c.credit.replace("\u3000", "")) for c in story.captions] == [("图为跨境铁路桥线路示意图。", "（制图：芮昉）")]
    assert story.paragraphs[1] == "按照协议，大桥建成后，货运列车过境时间将缩短一半。"
    assert not story.headings


def test_the_papers_own_chart_maker_credits_the_chart_caption_and_signs_no_story():
    articles = clean_text(CHART_PAGE).articles
    assert len(articles) == 1
    story = articles[0]
    assert [c.text for c in story.captions] == ["近三年乡村快递网点数量（单位：万个）。"]
    assert story.captions[0].credit.replace("\u3000", "") == "本报制图仉然"
    assert story.paragraphs[-1] == "有关负责人说，今年还将在山区新建一万个网点。"


QUOTE_BOX_PAGE = """柳塘日报　　2028年7月6日　星期四
第5版　国内　　责任编辑：籍　萌

城市公园夜间延时开放
　　本报讯（记者　祁　岚）从本月起，市区
十二座公园每晚开放到十一点，方便市民
夜间散步。

　　公园管理处说，延时开放期间将增派
巡逻人员，园内照明也已全部更换。

柳塘日报·国内

晚上出来走走。
市民心声

“下班晚，现在也能来公园走一圈了。”
——快递员　廉　朗
“灯亮了，带孩子出来更放心。”
——退休教师　郗文娟

柳塘日报社出版　　新闻热线：0711-5532190
"""


def test_a_quote_box_of_several_speakers_is_a_box_of_its_own_each_line_a_paragraph():
    articles = clean_text(QUOTE_BOX_PAGE).articles
    assert [a.title for a in articles] == ["城市公园夜间延时开放", "市民心声"]
    box = articles[1]
    assert box.paragraphs == [
        "“下班晚，现在也能来公园走一圈了。”",
        "——快递员　廉　朗",
        "“灯亮了，带孩子出来更放心。”",
        "——退休教师　郗文娟",
    ]
    assert box.byline is None and articles[0].byline != "退休教师　郗文娟"
    assert not articles[0].headings


BRIEFS_PAGE = """江渚日报　2028年8月9日　星期三
第6版　国际　　责任编辑：冼　宁

考察队抵达冰岛
本报特派记者　乔　槐

　　本报雷克雅未克8月8日电　考察队今天
抵达冰岛，将在这里停留一周，考察冰川的
变化。

　　队员们说，这次考察最难的是天气。

江渚日报·国际

新闻速览
智利南部发现古船残骸
　　智利考古人员日前在南部海岸发现一艘
古船残骸，船身长约二十米。（据外电）

印度开通最长山区隧道
　　印度北部一条长约十四公里的山区隧道
8日通车，穿越山区的时间缩短两小时。（据
外电）

江渚日报社出版　　国际部：0575-8810023
"""


def test_each_item_of_a_suolan_briefs_column_is_an_article_under_its_own_head():
    articles = clean_text(BRIEFS_PAGE).articles
    assert [a.title for a in articles] == ["考察队抵达冰岛", "智利南部发现古船残骸", "印度开通最长山区隧道"]
    assert articles[1].paragraphs == ["智利考古人员日前在南部海岸发现一艘古船残骸，船身长约二十米。（据外电）"]
    assert articles[2].paragraphs[0].endswith("（据外电）")
    assert not any(a.headings for a in articles)


JUMP_PAGE = """港灣日報　2028年9月14日　星期四
A2　港聞　　編輯：麥家欣

舊區小巴明年換新車
（接A1）

　　行走舊區嘅小巴，都要換成低地台
車款。運輸署發言人話，今年已經有三成
小巴換咗新車。

　　坐咗小巴四十年嘅黎伯話，新車好
易上落，「以前要爬好高，而家唔使」。

港灣日報社　　新聞熱線：2811 3307
"""


def test_a_jump_head_over_a_bare_jie_line_is_the_title_of_the_story_it_brings_back():
    articles = clean_text(JUMP_PAGE).articles
    assert len(articles) == 1
    story = articles[0]
    assert story.title == "舊區小巴明年換新車"
    assert story.paragraphs[0] == "行走舊區嘅小巴，都要換成低地台車款。運輸署發言人話，今年已經有三成小巴換咗新車。"
    assert len(story.paragraphs) == 2 and story.continued_from == "A1" and story.continues is None
    # the same bare line under text cut mid-sentence still sends that story on
    cut = clean_text(JUMP_ON_PAGE).articles[0]
    assert cut.title == "舊區小巴明年換新車" and cut.paragraphs[-1].endswith("預計") and cut.continues is not None


JUMP_ON_PAGE = """港灣日報　2028年9月14日　星期四
A2　港聞　　編輯：麥家欣

舊區小巴明年換新車
　　運輸署宣布，行走舊區嘅小巴明年起
都要換成低地台車款，預計
（接A6版）

天氣
明日多雲，有一兩陣驟雨。
"""
