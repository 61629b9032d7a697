"""The page's section label, a few words in capitals set flush under the running head in the
same block and a blank line over the first story ("NOTÍCIAS DA REGIÃO", "HABARI ZA MIKOANI"),
is the head's last line: the page's furniture, neither the first story's kicker nor its
section. Pages written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

PORTUGUESE = """A VOZ DO TÂMEGA
Sexta-feira, 4 de dezembro de 2026 · Página 6
NOTÍCIAS DA REGIÃO

Ponte sobre o rio reabre ao trânsito em janeiro

Por Joana Meireles

A ponte velha de Canaveses, fechada desde o
verão por causa de fissuras nos pilares, volta
a abrir aos carros no dia 8 de janeiro, anunciou
ontem a Câmara Municipal.

As obras custaram 640 mil euros e foram pagas
em parte com fundos europeus.

Feira do fumeiro bate recorde de visitantes

A feira do fumeiro recebeu mais de doze mil
pessoas no fim de semana.
"""

KINYARWANDA = """IJWI RY'IBURASIRAZUBA  •  Ku wa Gatanu, 4 Ukuboza 2026  •  Urupapuro 3
AMAKURU YO MU NTARA

UBUHINZI
Abahinzi b'ikawa bishimiye igiciro gishya
Koperative yatangaje ko izagura ikilo ku mafaranga 520.
Yanditswe na Aline Uwase
   Abahinzi b'ikawa bo mu Karere ka Ngoma bavuze
ko igiciro gishya kizabafasha kwishyura inguzanyo
bafashe mu mwaka ushize.
   Umuyobozi wa koperative yavuze ko izagura ikawa
yose abahinzi bazana kugeza mu kwezi kwa Werurwe.
"""


def test_a_label_flush_under_the_running_head_over_a_head_is_furniture():
    cleaned = clean_text(PORTUGUESE)
    assert "NOTÍCIAS DA REGIÃO" in cleaned.furniture
    story = cleaned.articles[0]
    assert (story.section, story.kicker, story.title) == (None, None, "Ponte sobre o rio reabre ao trânsito em janeiro")


def test_a_label_flush_under_the_running_head_over_a_kicker_is_no_section():
    cleaned = clean_text(KINYARWANDA)
    assert "AMAKURU YO MU NTARA" in cleaned.furniture
    story = cleaned.articles[0]
    assert (story.section, story.kicker, story.title) == (None, "UBUHINZI", "Abahinzi b'ikawa bishimiye igiciro gishya")
