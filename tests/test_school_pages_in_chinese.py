"""Chinese education and young readers' pages, as plain text, in the shapes the forty-sixth stop's
written set (holdout97) printed, each page written here anew after that set was opened: a schools
page's kicker and title stacked in one block over the byline; a parents' Q&A whose question is
signed with a pen name, who answers it on a line of its own and her portrait's caption (her name
alone) set inside the answer; a pupil's composition signed by school and grade under its title,
its teacher's comment glued under it and signed at its foot; a reading list whose last row names
who drew it up."""

from paperarchive.pipeline import clean_text

ADMISSIONS = """湄江日报　　2027年3月9日　星期二
第5版　　责任编辑：韦　岚

县城三所公办初中今年计划招收新生1800人
初一新生7月5日起现场报名
本报记者　闵　河　通讯员　韦晓岚

　　昨天，县教体局公布了今年县城公办初中招生办
法。三所学校今年共设36个班，比去年多两个班。

　　按照办法，小学毕业生凭学籍卡到划片学校报名，
家长不必另交材料。

湄江日报社出版　　新闻热线：0738-5520199
"""


def test_a_kicker_and_a_title_stacked_in_one_block_over_the_byline_are_the_head():
    article = clean_text(ADMISSIONS).articles[0]
    assert article.kicker == "县城三所公办初中今年计划招收新生1800人"
    assert article.title == "初一新生7月5日起现场报名"
    assert article.byline is not None and article.byline.startswith("本报记者")
    assert article.paragraphs[0].startswith("昨天，县教体局")


PARENTS = """南洋晨报　2027年9月6日　星期一
第9版　　编辑：梁　雯

亲子问答
孩子沉迷手机游戏，该不该没收？

　　问：儿子今年小五，放学回家就抱着手机打
游戏，说他几句就发脾气。我想干脆把手机收起
来，又怕他更叛逆。（无奈爸爸）

心理咨询师　杜雅琴　答

　　答：不必急着没收。先弄清楚孩子为什么喜欢
这款游戏，是想和同学有共同话题，还是功课太闷。

　　不妨和孩子一起定下规矩，

杜雅琴
（受访者提供）

每天做完功课后玩半小时，周末可以多一点。

　　规矩定了，大人也要守，吃饭时不看手机。

南洋晨报社　　电邮：qinzi@nanyang.example.sg
"""


def test_who_answers_a_question_signed_with_a_pen_name_is_the_byline():
    article = clean_text(PARENTS).articles[0]
    assert article.title == "孩子沉迷手机游戏，该不该没收？"
    assert article.byline is not None and "杜雅琴" in article.byline
    assert article.paragraphs[0].endswith("（无奈爸爸）")
    assert article.paragraphs[1].startswith("答：不必急着没收。")


def test_a_portraits_name_over_who_supplied_it_inside_an_answer_is_a_caption():
    articles = clean_text(PARENTS).articles
    assert len(articles) == 1
    article = articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("杜雅琴", "（受访者提供）")]
    assert "不妨和孩子一起定下规矩，每天做完功课后玩半小时，周末可以多一点。" in article.paragraphs


ESSAY = """竹溪日報　中華民國116年10月2日　星期六
B4　　編輯：林佩君

阿公的腳踏車
竹溪國小五年級　簡若瑜
　　阿公有一台很舊的腳踏車，鈴鐺早就不會響了，
他還是每天騎著它去市場。
　　有一次我問阿公，為什麼不換一台新的？阿公笑
著說，舊的才知道哪裡會卡。
老師的話
　　若瑜寫阿公，只寫一台車，卻把一個人寫活了。
如果能多寫一點阿公騎車時的樣子，會更好。
指導老師　賴淑芬

竹溪日報社　讀者服務專線：(03)552-0188
"""


def test_a_teachers_comment_signed_under_a_pupils_signed_essay_is_a_piece_of_its_own():
    articles = clean_text(ESSAY).articles
    assert [a.title for a in articles] == ["阿公的腳踏車", "老師的話"]
    assert articles[0].byline == "竹溪國小五年級　簡若瑜"
    assert articles[0].subtitle is None
    assert articles[1].byline is not None and "賴淑芬" in articles[1].byline
    assert articles[1].paragraphs[0].startswith("若瑜寫阿公")


READING = """溪口晚报　　2027年1月20日　星期三
第8版　　责任编辑：牟　蕾

寒假亲子共读书目
书名　作者　适读年级
《雪地里的小狐狸》　向　晴　一至二年级
《爷爷的灯笼》　冉小舟　三至四年级
《飞过山顶的风》　俞望川　五至六年级
（区少儿图书馆推荐）

溪口晚报社　　读者热线：0739-8820661
"""


def test_who_drew_up_a_reading_list_under_its_rows_is_its_last_row():
    article = clean_text(READING).articles[0]
    assert article.title == "寒假亲子共读书目"
    assert article.byline is None
    assert article.paragraphs[-1] == "（区少儿图书馆推荐）"
