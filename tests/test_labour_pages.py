"""Jobs, careers and labour pages of a daily, as plain text, each page written here anew (not a
held-out set's page): a statement or a box whose head is printed straight under a story's last
line (no blank line) is an article of its own, signed at its foot or made of rows; a firm's
notice keeps all its numbered heads; a labour Q&A's answerer printed between the question and
the answer is its byline; a statement's date under its signer is its last paragraph."""

from paperarchive.pipeline import clean_text

# A mine strike story over the miners' union's statement (in Asturian), the statement's head glued
# under the story's last line after a running head, signed by the union and dated by place.
STATEMENT = """LA VOZ DEL NALÓN | Martes, 4 d'abril de 2028 | Páxina 7
Trabayu | Editora: Marta Quirós

Paru na mina de Carbayín
Por Lena Fernández

SAMA - Unos doscientos mineros de Carbayín
dexaron de trabayar el llunes pela mañana
porque nun cobren les hores dende xineru.

La empresa diz que los pagos tárdaron pol
sistema nuevu de nómines y que van facese

La Voz del Nalón | Trabayu

esti mes.
Comunicáu del sindicatu

Los mineros de Carbayín lleven tres meses
esperando por unes perres que ganaron.
Pidimos a la empresa que pague en siete díes.

Pidimos tamién al conceyu que se xunte col
sindicatu enantes de camudar les quendes.

Sindicatu Mineru del Nalón

Sama, 3 d'abril de 2028

La Voz del Nalón | cartes@vozdelnalon.example.com
"""

# A hotel story over a cooking school's box of course, hours and fee rows, the box's head glued
# under the story's last line after a running head.
BOX = """THE COAST POST | Monday, 10 April 2028 | Page 9
Work | Editor: Ada Penn

Kitchens short of cooks before summer
By Tom Reyes

BAYTOWN - Hotels along the bay are still looking
for cooks and waiters, two months before the
season opens.

For that the town's catering school opens today
its enrolment for short courses for those who

The Coast Post | Work

want to start work soon.
Courses at the catering school

The courses start on 2 May and end before the
season. Applicants must be eighteen or older.

Course              Hours   Fee
Waiter              120     180 EUR
Kitchen assistant   160     240 EUR
Front desk          100     150 EUR
Enrolment: until 24 April
Contact: school@coastpost.example.com

The Coast Post | news@coastpost.example.com
"""

# A firm's recruitment notice glued under a jobs story, three numbered heads, the third over
# labelled contact rows, the firm signing and the date under it.
NOTICE = """岚江日报　2028年4月11日　星期二
第6版　就业　　责任编辑：叶青

港区新仓投用　新增岗位三百个
　　本报讯　港区新建冷库本月投入使用，入驻企业预计新增岗位三百个左右。

　　港区管委会说，岗位以装卸工、叉车司机和理货员为主，“多数岗位不要求工作经验”。

岚江日报·就业
招聘启事

　　岚江恒通冷链物流有限公司因新冷库投入使用，现面向社会招聘以下人员：

一、招聘岗位

1. 理货员　10名
2. 叉车司机　15名

二、任职要求

1. 年龄20至45周岁；
2. 叉车司机须持证上岗。

三、联系方式

联系人：柯先生
电话：0739-5521180

岚江恒通冷链物流有限公司

2028年4月10日

岚江日报社出版　　广告热线：0739-5520000
"""

# A labour Q&A: the reader's question glued under the head, the answerer's line "答覆／post　name"
# between the question and the answer.
QA = """桐江日報　中華民國117年4月14日　星期五
A8　職場　　編輯：林若芸

職場問答
颱風天停班　公司可以扣薪嗎？
　　問：颱風天縣政府宣布停班，我沒去上班，
公司說要扣一天薪水，這樣合法嗎？（南港　陳
先生）
答覆／桐江縣勞工處勞動條件科科長　許志明
　　答：陳先生您好。縣政府宣布停班時，勞工
未出勤，雇主不得視為曠職，也不得強迫勞工補
班。
　　如果公司仍然扣薪，可以向勞工處申訴。

桐江日報社　讀者服務專線：(03)558-0000
"""


def _titles(page):
    return [a.title for a in clean_text(page).articles]


def test_a_statements_head_glued_under_a_story_opens_an_article_signed_at_its_foot():
    articles = clean_text(STATEMENT).articles
    assert [a.title for a in articles] == ["Paru na mina de Carbayín", "Comunicáu del sindicatu"]
    story, statement = articles
    assert not story.headings
    assert story.paragraphs[-1].endswith("que van facese esti mes.")
    assert "Sindicatu Mineru del Nalón" not in story.headings + story.paragraphs
    assert statement.paragraphs[0].startswith("Los mineros de Carbayín")
    assert statement.paragraphs[-1] == "Sama, 3 d'abril de 2028"


def test_a_boxs_head_glued_under_a_story_over_rows_opens_an_article():
    articles = clean_text(BOX).articles
    assert [a.title for a in articles] == ["Kitchens short of cooks before summer", "Courses at the catering school"]
    assert not articles[0].headings
    assert articles[0].paragraphs[-1].endswith("who want to start work soon.")
    assert articles[1].paragraphs[1].split() == ["Course", "Hours", "Fee"]


def test_a_firms_notice_keeps_its_numbered_heads_and_is_signed_by_the_firm():
    # (the shape the notice's lines have reached classify's last passes: each numbered head a short
    # line, the third over labelled contact rows; before, the third a headline of its own)
    from paperarchive.classify import _event_fact_lines
    from paperarchive.models import Block, Kind

    def line(kind, text, gap=1):
        return Block((text,), 1, gap=gap, kind=kind)

    page = (
        line(Kind.SHORT, "一、招聘岗位"), line(Kind.BODY, "1. 理货员　10名"),
        line(Kind.SHORT, "二、任职要求"), line(Kind.BODY, "1. 年龄20至45周岁；"),
        line(Kind.SHORT, "三、联系方式"), line(Kind.BODY, "联系人：柯先生"), line(Kind.BODY, "电话：0739-5521180", gap=0),
    )
    assert [b.kind for b in _event_fact_lines(page)][4] is Kind.SHORT
    assert [b.kind for b in _event_fact_lines(page[4:])][0] is Kind.HEADLINE  # (alone, an item's head over its facts)
    notice = clean_text(NOTICE).articles[-1]
    assert notice.title == "招聘启事"
    assert notice.paragraphs[-1] == "2028年4月10日"


def test_the_answerers_line_with_a_slash_between_question_and_answer_is_the_byline():
    column = clean_text(QA).articles[0]
    assert column.title == "颱風天停班　公司可以扣薪嗎？"
    assert column.byline == "答覆／桐江縣勞工處勞動條件科科長　許志明"
    assert not column.headings
    assert column.subtitle is None
    assert column.paragraphs[0].startswith("問：颱風天縣政府宣布停班")
    assert column.paragraphs[1].startswith("答：陳先生您好。")
