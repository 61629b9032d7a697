"""An interview page sets a profile box of the person interviewed between two turns, and the
interview runs on under it (`rules.panels.mark_box_between_turns`): the box's head is a heading
of the interview, each of its lines a paragraph, and no second story starts there. Pages written
for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

CHINESE = """\
城西晚报
2040年3月2日　星期五　　第7版　人物

一把剪刀　剪了四十年
——对话理发师韩德明
本报记者　鲁　平
　　韩德明的理发店开在城西老街，店里只有一把椅
子，墙上挂着一面用了三十年的镜子。
　　记者：您是哪一年开始理发的？
　　韩德明：十八岁跟师傅学，学了三年才让我上
手。那时候一个月只能剪几十个头。
　　记者：老顾客多吗？
　　韩德明：多，有的祖孙三代都在我这儿剃头，
每逢过年门口要排长队。
人物名片
韩德明
1962年生，城西人
理发师，从业四十年
　　记者：以后还开下去吗？
　　韩德明：开到剪不动为止，街坊们还等着
我呢。

城西晚报社　　热线：0000-1234567
"""

LATIN = """\
THE VALLEY POST · Friday · Page 6

Meet the ferryman
Ole Varga: forty winters on the river
By: Anna Stein

   Ole Varga has carried people across the river
since he was a boy, and his father before him.
   Q: When did you first take the ferry across?
   A: My uncle let me steer it when I was twelve,
on a calm morning in early spring.
   Q: What is the hardest part of the work?
   A: Fog. You listen for the bank more than you
look for it, and you go slowly.
Profile
Ole Varga
Born: 1971, Lower Ford
Ferryman since 1989
   Q: Will you ever stop?
   A: When the river stops, perhaps, or when my
arms tell me so.
"""


def test_a_profile_box_between_two_turns_is_the_interviews_heading_and_paragraphs():
    articles = clean_text(CHINESE).articles
    assert len(articles) == 1
    interview = articles[0]
    assert interview.headings == ["人物名片"]
    assert ["韩德明", "1962年生，城西人", "理发师，从业四十年"] == interview.paragraphs[5:8]
    assert interview.paragraphs[-1] == "韩德明：开到剪不动为止，街坊们还等着我呢。"


def test_a_latin_profile_box_between_q_and_a_turns_stays_in_the_interview():
    articles = clean_text(LATIN).articles
    assert len(articles) == 1
    interview = articles[0]
    assert interview.headings == ["Profile"]
    assert "Born: 1971, Lower Ford" in interview.paragraphs
    assert "Ferryman since 1989" in interview.paragraphs
    assert interview.paragraphs[-1] == "A: When the river stops, perhaps, or when my arms tell me so."


UNLABELLED = """\
守林人　二十年不下山
本报记者　祁　松
　　秦大山在林场守了二十年，山上只有他一个人和
一条狗。
　　为什么会上山守林？
　　年轻时山上起过一次火，烧了三天三夜，我就想
总得有人守着。
小档案
秦大山
1968年生，林场职工
守林二十年
　　一个人在山上怕不怕？
　　不怕，狗比人还机灵，有动静它先叫。
"""


def test_a_box_between_unlabelled_questions_stays_in_the_interview():
    articles = clean_text(UNLABELLED).articles
    assert len(articles) == 1
    assert articles[0].headings == ["小档案"]
    assert "1968年生，林场职工" in articles[0].paragraphs


SPANISH = """\
LA VOZ DEL PUERTO · Viernes · Página 4

Entrevista
Marta Ochoa: el mar nos
da de comer a todos
Por: Pablo Ruiz

PUERTO – Marta Ochoa preside la co-
operativa de pescadoras del puerto
desde hace cinco años.

P: ¿Cuándo empezó usted a pescar en
el golfo?

R: A los doce años, con mi padre, en
una panga que todavía conservamos.

Perfil

Marta Ochoa Valdez
Nació: 1984, Puerto Peñasco
Pescadora desde 1996, presidenta

P: ¿Qué ha cambiado en la cooperati-
va desde entonces?

R: Ahora vendemos el pescado juntas
y nadie nos fija el precio.
"""


def test_p_and_r_turns_keep_a_box_line_wrapped_past_the_column_apart():
    # ("Nació: 1984, Puerto Peñasco" and the next word pass the column's width: one wrapped
    # paragraph, the box no box, until `P:`/`R:` are known as an interview's turns)
    interview = clean_text(SPANISH).articles[0]
    assert interview.headings == ["Perfil"]
    assert ["Marta Ochoa Valdez", "Nació: 1984, Puerto Peñasco", "Pescadora desde 1996, presidenta"] == interview.paragraphs[3:6]
    assert interview.paragraphs[6] == "P: ¿Qué ha cambiado en la cooperativa desde entonces?"
