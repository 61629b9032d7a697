"""Two Chinese head lines stacked over a story: which is the kicker (引题) and which the title
(主题), told by what the upper line says (figures, an occasion) or, in markdown, by the heading's
rank. The pages are written for these tests (no gold page's text)."""

from paperarchive.pipeline import clean_text

OCCASION_PAGE = """青岚日报　2026年10月16日　星期五　第5版　体育

2026年秋季全民运动会今日开幕
千名师生同场竞技
本报记者　方晓宁

　　十月十五日上午，青岚市2026年秋季全民运动会在市体育中心开幕，来自全市四十所学校的一千余名师生参加开幕式。
　　本届运动会设田径、游泳、跳绳等十二个大项，比赛将持续五天。

县篮球联赛昨晚收官
城关队卫冕成功
本报记者　石　磊

　　昨晚，县篮球联赛决赛在县体育馆举行，城关队以八十六比七十九战胜河西队，第二次捧起冠军奖杯。
　　赛后，城关队队长表示，球队下赛季将继续以本地青年球员为主。

河堤步道改造工程
今年已完成三公里
本报记者　柯　一

　　记者从市住建局获悉，河堤步道改造工程今年已完成三公里，剩余路段将在明年春季前完工。
"""


def test_an_upper_line_with_a_date_or_naming_an_occasion_is_the_kicker_over_the_title():
    games, league, path = clean_text(OCCASION_PAGE).articles
    assert (games.kicker, games.title) == ("2026年秋季全民运动会今日开幕", "千名师生同场竞技")
    assert (league.kicker, league.title) == ("县篮球联赛昨晚收官", "城关队卫冕成功")
    # no figure or occasion in the upper line: still one title over two lines
    assert (path.kicker, path.title) == (None, "河堤步道改造工程今年已完成三公里")


MARKDOWN_PAGE = """# 青岚日报 体育版

## 体育

### 全运会倒计时一百天

# 主场馆建设进入收尾阶段

青岚市体育局昨日表示，全运会主场馆的看台和跑道已全部完工，场馆将于下月交付使用。

## 场馆周边道路改造完成

记者从市交通局获悉，主场馆周边五条道路的改造工程已全部完成。
"""


def test_a_smaller_markdown_heading_under_a_section_label_is_the_kicker_of_the_headline_under_it():
    story = next(a for a in clean_text(MARKDOWN_PAGE).articles if a.title == "主场馆建设进入收尾阶段")
    assert (story.section, story.kicker) == ("体育", "全运会倒计时一百天")


INTERVIEW_PAGE = """青岚日报　2026年11月3日　星期二　第6版　城建

老街改造，钱从哪里来？
——访区住建局局长韩一鸣
本报记者　唐　棠

　　今年，我区启动了五条老街的改造工程。改造资金怎么筹？居民要不要出钱？记者就此专访了区住建局局长韩一鸣。

　　记者：五条老街的改造，总投资是多少？

　　韩一鸣：总投资约一亿二千万元，其中区财政出资七成，其余由街道和产权单位分担。
"""


def test_a_question_over_a_dashed_deck_is_the_headline_and_the_deck_its_subtitle():
    story = clean_text(INTERVIEW_PAGE).articles[0]
    assert (story.title, story.subtitle) == ("老街改造，钱从哪里来？", "访区住建局局长韩一鸣")
    assert story.byline == "本报记者\u3000唐棠"
    assert story.paragraphs[0].startswith("今年，我区启动了五条老街")
