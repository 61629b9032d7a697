"""An advice column: a reader's letter signed with a pen name on a line of its own, then the
answer under its small label set alone on a line ("答：", "Reply:"). The label is a heading of
the column (a subhead over the answer), the pen name the letter's last paragraph. Text written
for the rules (no gold page's)."""

from paperarchive.pipeline import clean_text

CHINESE = """邻里信箱

孩子总是不肯睡觉，我该怎么办？

主持人　林文静

林老师：您好！我家女儿今年六岁，每天晚上都不肯睡觉，总要闹到十一点多才肯上床，我和她爸爸都很累。

请问有什么好办法吗？

　　　　　　　　　　　　困倦爸爸（江苏无锡）

答：

困倦爸爸：您好！六岁的孩子精力旺盛，睡前不妨少看电视，多陪她读读绘本，慢慢就会养成早睡的习惯。

坚持一个月，您就会看到变化。
"""

ENGLISH = """Ask Auntie Mere

My neighbour's dog barks all night

Dear Auntie, the dog next door barks from dusk until dawn, and my children cannot sleep. I have asked the owner twice to keep it inside, but nothing has changed. What can I do?

Tired in Kaikohe

Reply:

Dear Tired, write the owner a short and friendly letter, keep a copy, and note the nights the barking goes on. If nothing changes within a month, the council's animal team will step in.
"""


def test_an_answer_label_alone_on_its_line_heads_the_answer():
    article = clean_text(CHINESE).articles[0]
    assert "答：" in article.headings
    assert article.paragraphs[-2].startswith("困倦爸爸：您好！")


def test_a_pen_name_over_the_answer_label_closes_the_letter():
    article = clean_text(CHINESE).articles[0]
    assert article.paragraphs.index("困倦爸爸（江苏无锡）") == article.paragraphs.index("请问有什么好办法吗？") + 1


def test_an_english_reply_label_alone_heads_the_answer():
    article = clean_text(ENGLISH).articles[0]
    assert "Reply:" in article.headings
    assert "Reply:" not in "".join(article.paragraphs)
