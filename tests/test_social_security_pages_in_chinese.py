"""Social-security and money pages of Chinese dailies: a guide's box of numbered steps glued under
a story's last words carried past the running head, and a Q&A column whose answerer's line is
printed once, in brackets, at the column's foot. Pages written for the rules, not copied from any
gold page."""

from paperarchive.pipeline import clean_text

# A story, its last words carried under the running head, then glued under them a guide's head
# over four steps, each opening on its number and the step's name with a colon, then two rows.
GUIDE_PAGE = """\
岚江日报　2029年4月11日　星期三
第6版　民生服务　　责任编辑：阮　青

医保电子凭证可在窗口激活
本报记者　符晓晴

　　市医疗保障局昨天发布消息，从本月起，全市
各医保服务窗口都可以帮助市民激活医保电子凭证，
老年人不会用手机的，可以请工作人员代为操作。

　　市医保局工作人员介绍，激活后看病买药只需
出示二维码，不用再带实体卡，也

岚江日报·民生服务

不怕丢失。
医保电子凭证激活指南

　　1.取号：到任一医保服务窗口取号，说明办
理电子凭证激活。

　　2.核验：出示本人身份证原件，工作人员核
对身份信息。

　　3.绑定：在手机上打开医保App，扫描窗口二
维码完成绑定。

　　4.试用：到窗口旁的自助机上试扫一次，确认
可以正常使用。

服务窗口：各区政务服务中心医保窗口
咨询电话：0736-12393

岚江日报社出版　　新闻热线：0736-5512800
"""


def test_a_guides_head_glued_under_a_carried_tail_over_numbered_steps_opens_the_guide():
    page = clean_text(GUIDE_PAGE)
    story, guide = page.articles[0], page.articles[-1]
    assert guide.title == "医保电子凭证激活指南"
    assert "医保电子凭证激活指南" not in story.headings
    assert story.paragraphs[-1].endswith("不怕丢失。")
    assert guide.paragraphs[0].startswith("1.取号：")
    assert guide.paragraphs[3].startswith("4.试用：")


# A short story, then glued under its carried last words a Q&A column: its label, its head, two
# questions each signed by district and reader, each answer under its question, and at the
# column's foot, once and in brackets, the answerer's labelled line.
QA_PAGE = """\
鷗港日報　2029年5月9日　星期三
B4　理財　　編輯：溫靜儀

醫保計劃參加人數創新高
記者　岑嘉欣

　　當局公布，今年首四個月自願醫保計劃新增
投保人約三萬，總數突破一百二十萬，係計劃推
出以嚟最多。

　　有顧問提醒，揀保單唔好淨係睇保費，亦要
睇清楚

鷗港日報．理財

賠償上限。
醫保信箱
轉保會唔會冇咗保障？

　　問：我想將醫保轉去另一間保險公司，之前
嘅病會唔會唔再保？（觀塘讀者　黃先生）

　　答：轉保之前已經有嘅病，新公司可能當作
投保前已有病症處理，頭幾年未必賠，轉之前最
好問清楚。

　　問：屋企人可唔可以同我用同一張保單？
（大埔讀者　陳太）

　　答：可以加入家屬，不過每個人嘅保費會按
年齡另外計。

（解答：保險顧問　鄧家俊）

鷗港日報社　　讀者熱線：2398 4411
"""


def test_an_answerers_line_in_brackets_at_a_qa_columns_foot_is_its_byline():
    page = clean_text(QA_PAGE)
    column = page.articles[-1]
    assert column.title == "轉保會唔會冇咗保障？"
    assert column.byline == "（解答：保險顧問　鄧家俊）"
    assert column.paragraphs[-1].startswith("答：可以加入家屬")
    assert all("鄧家俊" not in p for p in column.paragraphs)
