"""Inside pages of a local paper as OCR'd text, written here (before the thirty-third stop's sets
were seen) in the plans their writers were asked for: a markets page whose 今日提示 box lists
one-line items under a mark; a review whose book data stands a field a line under the byline,
its star rating under the last sentence; a literary supplement whose essay ends on the writer's
note in brackets, a poem's head straight under it; a sports page whose match report has its score
under the head and the writer's beat under the byline, a results list under it."""

from paperarchive.pipeline import clean_text

MARKETS = """江城商报　财经周刊
2026年11月30日　第B2版

A股三大指数集体收涨
本报记者　郑远航
本周五，A股三大指数集体收涨。截至收
盘，沪指涨1.12%，报3418.56点；深证成指
涨1.53%，创业板指涨2.07%。两市成交额合
计1.26万亿元，较前一交易日放量。
今日提示
●国家统计局公布11月PMI数据
●两只新股今日申购
●沪深交易所周末进行技术测试
（以上信息仅供参考，不构成投资建议）
本地楼市成交回暖
本报讯（记者　沈佳）记者从市住建局获悉，
11月以来，全市新建商品房日均成交420套，
环比增长18%，其中改善型住房占比超过四成。
"""


def test_a_box_of_marked_one_line_items_is_text_not_the_next_storys_section_and_kicker():
    page = clean_text(MARKETS)
    last = page.articles[-1]
    assert (last.title, last.section, last.kicker) == ("本地楼市成交回暖", None, None)
    items = [p for a in page.articles for p in a.paragraphs if "申购" in p]
    assert items == ["两只新股今日申购"]


REVIEW = """东岸日报　文化
2026年12月1日　第12版

在小城的灯火里读懂故乡
——读《北岸灯火》
□ 陈墨
《北岸灯火》　李远著
江南文艺出版社　2026年9月版
定价：58.00元
读完李远的新作《北岸灯火》，我想起的是
少年时在码头边看过的那些渔火。全书十二
章，写的是一座江边小城四十年的变迁。
作者的笔调克制而温润，没有刻意的煽情，
却处处动人，那些等船的人都写得真切。
推荐指数：★★★★☆
新书速递
《山中岁月》　张青著　定价45元
《海风》　刘波著　定价39元
"""


def test_a_reviews_book_data_and_rating_are_its_own_lines_not_a_new_story():
    page = clean_text(REVIEW)
    review = page.articles[0]
    assert (review.title, review.byline) == ("在小城的灯火里读懂故乡", "陈墨")
    assert review.paragraphs[:3] == ["《北岸灯火》\u3000李远著", "江南文艺出版社\u30002026年9月版", "定价：58.00元"]
    assert "推荐指数：★★★★☆" in review.paragraphs
    assert "《北岸灯火》　李远著" not in [a.title for a in page.articles]


SUPPLEMENT = """南山晚报　副刊·南山
2026年12月2日　第15版

冬日的菜园
□ 方晓
立冬以后，母亲的菜园就安静了下来。白菜
裹紧了叶子，萝卜把自己埋进土里，只有几垄
蒜苗还绿得发亮，在风里轻轻摇着。
如今母亲老了，腰弯得更低，菜园却一年比一
年小。她说，种不动了，种一点是一点。
（作者系市作家协会会员，现居南山区）
雪夜（外一首）
□ 林秋
雪落在屋檐上
像一封迟到的信
"""


def test_a_writers_note_in_brackets_ends_the_piece_and_the_next_head_stands_under_it():
    page = clean_text(SUPPLEMENT)
    assert [a.title for a in page.articles] == ["冬日的菜园", "雪夜（外一首）"]
    assert not any("雪夜" in p for p in page.articles[0].paragraphs)
    assert page.articles[1].byline == "林秋"


SPORTS = """Rovers edge Harbour in extra time
ROVERS 3, HARBOUR 2 (a.e.t.)
By TOM ASHCROFT
Tribune Sports Writer
MILLBROOK — Dan Okafor's header four
minutes from the end of extra time sent
Millbrook Rovers into the county cup
final on Friday night, after Harbour
Athletic had twice come from behind.
OTHER RESULTS
Kingsbridge 1, Eastfield 0
Norton Town 4, Lowmoor 1
St Albans Wanderers 2, Ridgeway 2
Girls' swim team sets three records
By AMY CHEN
The Millbrook High girls' swim team
broke three school records at the
regional meet on Thursday, led by Grace
Liu in the 200-yard freestyle.
"""


def test_a_match_reports_score_over_the_byline_is_its_deck_and_a_results_list_is_rows():
    page = clean_text(SPORTS)
    report = page.articles[0]
    assert (report.title, report.subtitle) == ("Rovers edge Harbour in extra time", "ROVERS 3, HARBOUR 2 (a.e.t.)")
    assert "Tribune Sports Writer" in report.byline and report.paragraphs[0].startswith("MILLBROOK —")
    rows = [p for a in page.articles for p in a.paragraphs if "," in p and p[-1].isdigit()]
    assert rows == ["Kingsbridge 1, Eastfield 0", "Norton Town 4, Lowmoor 1", "St Albans Wanderers 2, Ridgeway 2"]
    assert page.articles[-1].title == "Girls' swim team sets three records"


CAMPUS = """实验中学举办首届科技节
实习生　何雨晴　通讯员　杨帆
本报讯　12月2日，青川市实验中学首届校园
科技节开幕。来自全校36个班级的200余件学
生作品参展，其中自制机器人、智能垃圾分类
箱等作品吸引了众多师生驻足。初二（5）班的
李浩然和同学花了两个月时间，做出一台能自
动浇花的小车。“我们失败了十几次，最后终
于成功了。”他说。
（青川市实验中学供稿）
本周电视节目
周六　19:30　青川新闻联播
周六　20:10　乡村大舞台
周日　19:30　一周要闻回顾
"""


def test_a_supplied_by_line_credits_the_piece_above_not_the_next_boxs_label():
    page = clean_text(CAMPUS)
    assert [a.title for a in page.articles] == ["实验中学举办首届科技节", "本周电视节目"]
    assert "（青川市实验中学供稿）" not in (page.articles[1].title or "")
