"""Chinese law, court and city-traffic pages, as plain text, in the shapes the forty-seventh stop's
written set (holdout98) printed, each page written here anew after that set was opened: a legal
Q&A column whose answering lawyer's line stands under the head and whose second question is glued
under the first answer; a court story over a box of the judgment's operative lines closed by its
case number in brackets; a road-works story over a closure box whose note in brackets sits between
the phase rows and the detour rows."""

from paperarchive.pipeline import clean_text

LAW_QA = """江汀晚报　　2027年3月4日　星期四
第7版　法治　　责任编辑：蔺　舟

律师门诊
邻居摄像头对着我家门，能要求拆吗？
解答律师：穆　𬬭（江汀明衡律师事务所）
　　读者问：对门邻居在楼道里装了一个摄像头，
正对着我家大门，我们进出都被拍下来。我跟他说
了几次，他都不理。我该怎么办？（读者　范女士）
　　律师答：在自家门口装摄像头本身并不违法，
但镜头正对他人家门，记录他人出入，侵犯了他人
的隐私权。
　　建议范女士先请物业出面协调；协调不成，可
以向法院起诉，要求对方调整镜头方向或者拆除，
并留存好照片等证据。
快递放进驿站丢了，谁来赔？
　　读者问：我的快递被放进小区驿站，去取时却
找不到了，驿站和快递公司互相推脱。我该找谁？
（读者　邝先生）
　　律师答：快递员未经同意把快件放进驿站，快
递公司应当承担赔偿责任。邝先生可以先向快递公
司索赔，也可以向邮政管理部门申诉。

江汀晚报社　　法治热线：0571-6612030
"""


def test_the_answering_lawyers_line_under_the_head_is_the_byline():
    article = clean_text(LAW_QA).articles[0]
    assert article.title == "邻居摄像头对着我家门，能要求拆吗？"
    assert (article.byline or "").replace("\u3000", "") == "解答律师：穆𬬭（江汀明衡律师事务所）"
    assert article.subtitle is None
    assert article.paragraphs[0].startswith("读者问：")


def test_a_question_glued_under_the_last_answer_heads_the_next_item():
    articles = clean_text(LAW_QA).articles
    assert [a.title for a in articles] == ["邻居摄像头对着我家门，能要求拆吗？", "快递放进驿站丢了，谁来赔？"]
    assert articles[0].paragraphs[-1].endswith("并留存好照片等证据。")
    assert articles[1].paragraphs[0].startswith("读者问：我的快递")


VERDICT = """滄溪日報　　中華民國116年9月2日　星期四
A8　社會

網拍詐騙收簿手　判刑10月
　　【記者葉承諺／滄溪報導】一名31歲黃姓男子
替詐騙集團收取人頭帳戶存摺，滄溪地方法院昨天
依幫助詐欺罪判處他有期徒刑10月。
　　法官指出，黃男明知對方要拿帳戶詐騙，仍先
後收取12本存摺，致多名被害人受騙匯款。
　　法官另指出，黃男犯後坦承，但未與任何被害
人和解，量刑不宜從輕。
判決主文（節錄）
黃○○處有期徒刑拾月。
扣案之存摺拾貳本均沒收。
（116年度金簡字第57號，可上訴）

滄溪日報社　社會中心　新聞專線：(06)233-5170
"""


def test_a_judgments_operative_lines_glued_under_the_story_are_a_box_of_their_own():
    articles = clean_text(VERDICT).articles
    assert [a.title for a in articles] == ["網拍詐騙收簿手　判刑10月", "判決主文（節錄）"]
    assert articles[0].paragraphs[-1].endswith("量刑不宜從輕。")
    assert articles[1].paragraphs == ["黃○○處有期徒刑拾月。", "扣案之存摺拾貳本均沒收。", "（116年度金簡字第57號，可上訴）"]


ROADWORKS = """汀城日报　　2027年4月8日　星期四
第3版　城事　　责任编辑：秦　岚

汀江路下月起分段改造
本报记者　聂　川

　　记者昨天从市城管局获悉，汀江路将于5月6日
起分段改造，工期约两个月。

　　市城管局提醒，改造期间请市民提前规划路线，
尽量选择公共交通出行。
汀江路改造期间交通组织

路段　时间　封闭方式
北段　5月6日—5月31日　全封闭
南段　6月1日—6月30日　半封闭
（半封闭指保留一条车道通行）
货车：经环城北路绕行；
公交：8路临时改经新华路。

汀城日报社出版　　新闻热线：0737-5520188
"""


def test_a_tables_note_in_brackets_is_a_row_of_its_own_over_the_labelled_rows():
    articles = clean_text(ROADWORKS).articles
    box = articles[-1]
    assert box.title == "汀江路改造期间交通组织"
    assert "（半封闭指保留一条车道通行）" in box.paragraphs
    assert "货车：经环城北路绕行；" in box.paragraphs
