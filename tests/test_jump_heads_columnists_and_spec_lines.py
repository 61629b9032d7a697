"""Pages written here in the shapes the thirty-fourth stop's written set (holdout81) showed after
its first run, in other languages and words than its pages: a story brought back from page one
under its own head and a jump line in Portuguese, which no list of jump words holds, with the next
story's head and its dateline flush under it; an advice column's name, its question as the head
and the columnist's name with her trade and town in brackets; a test drive's spec line under a
running foot and a correction box under it; a running foot naming two sections with dots; a
head of two phrases over a deck of two clauses; a masthead of 1872 dated in pieces; an Arpitan
photo credit; an untitled notice and a notice's head on a page printed before punctuation."""

from paperarchive.classify import is_furniture
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.segment import headline_over_deck, segment

JUMPED = """O JORNAL DA VILA • Quarta-feira, 9 de junho de 2027 • Página 5

Nova ponte sobre o rio Tâmega abre em julho
(Continuação da página 1)

as obras, que começaram há dois anos,
custaram quatro milhões de euros e
deram trabalho a sessenta pessoas.

O presidente da câmara disse que a
ponte vai encurtar em meia hora a
viagem até à vila.
Festa das cerejas
junta mil pessoas
RESENDE — A festa das cerejas voltou
ao largo da igreja no domingo, com
bancas de doze produtores da serra.
"""


def test_a_head_over_a_jump_line_in_any_language_is_the_storys_title():
    page = clean_text(JUMPED)
    bridge, fair = page.articles
    assert bridge.title == "Nova ponte sobre o rio Tâmega abre em julho"
    assert bridge.paragraphs[0].startswith("as obras, que começaram")
    assert "(Continuação da página 1)" in page.furniture
    assert fair.title == "Festa das cerejas junta mil pessoas"
    assert fair.paragraphs[0].startswith("RESENDE — A festa")


COLUMN = """THE VALLEY TIMES | Wednesday, May 5, 2027 | Page 12

Ask the Vet
Why does my cat eat grass?
Dana Okafor (veterinarian, Millbrook)

Q: My cat keeps eating the grass in our
yard and then throws up. Is she sick?

A: Most cats nibble grass now and then,
and most are fine. If she stops eating
her food or seems tired, bring her in.
"""


def test_a_columnists_name_with_her_trade_in_brackets_signs_the_question_over_it():
    article = clean_text(COLUMN).articles[0]
    assert (article.kicker, article.title) == ("Ask the Vet", "Why does my cat eat grass?")
    assert article.byline == "Dana Okafor (veterinarian, Millbrook)"
    assert [p[:2] for p in article.paragraphs] == ["Q:", "A:"]


SPECS = """江滨日报　2027年4月18日　星期日
B3　汽车

青岚S5亮相车展　续航六百公里
本报讯（记者 杨帆）新款电动轿车“青岚S5”昨天
在市车展亮相，续航里程达到六百公里，吸引了
不少市民驻足试乘。
　　销售人员介绍，车展期间下订的顾客可享受
五千元优惠，首批车辆下月交付。

江滨日报·汽车

续航600公里　快充30分钟　售价15.98万元起
更正
本报4月11日B3版《二手车交易量回升》一文中，“三成”应为“两成”，特此更正。

江滨日报社　　读者热线：0571-5552208
"""


def test_a_spec_line_under_a_running_foot_stays_the_storys_and_a_correction_box_opens_under_it():
    page = clean_text(SPECS)
    story, correction = page.articles
    assert story.paragraphs[-1] == "续航600公里　快充30分钟　售价15.98万元起"
    assert correction.title == "更正"
    assert correction.paragraphs[0].startswith("本报4月11日B3版")


def test_a_running_foot_of_the_papers_name_and_two_sections_set_apart_by_dots():
    page = clean_text("竹溪日報　A6　宗教．社區\n\n老街廟會週六登場\n　　竹溪老街的廟會週六上午登場，主辦單位預計\n吸引上萬人次，周邊道路將實施交通管制，\n\n竹溪日報．宗教．社區\n\n民眾可搭乘接駁車前往。\n")
    assert "竹溪日報．宗教．社區" in page.furniture
    assert page.articles[0].paragraphs == ["竹溪老街的廟會週六上午登場，主辦單位預計吸引上萬人次，周邊道路將實施交通管制，民眾可搭乘接駁車前往。"]


def test_a_head_of_two_phrases_over_a_deck_of_two_clauses():
    assert headline_over_deck(["老码头焕新　夜市回来了", "摊位增至一百二十个，营业到晚上十一点"])
    assert not headline_over_deck(["老码头焕新　夜市回来了", "夜市回来了，你去逛了吗？"])


def test_the_pieces_of_an_old_masthead_alone_on_their_lines_are_furniture():
    assert [is_furniture(t) for t in ("光緒二十年", "甲午五月", "十五日", "第六百號")] == [True, True, True, True]
    assert not any(is_furniture(t) for t in ("第六百號碼頭", "甲午戰爭", "十五日晚"))


def test_an_arpitan_photo_credit_ends_its_caption():
    page = clean_text("Lo vilâjo at festâ sa fêta la demenge, avouéc la musica et lo\nbal dens la plaça.\n\nLa plaça de Cogne.\nFotô: Ana Favre\n\nLos enfants ant juyê tot lo jorn.\n")
    captions = [c for a in page.articles for c in a.captions]
    assert [(c.text, c.credit) for c in captions] == [("La plaça de Cogne.", "Fotô: Ana Favre")]


def test_a_line_set_apart_on_a_page_printed_before_punctuation_heads_the_next_piece():
    notice = "一本館新報每張取錢八文各遠處發賣每張取錢十文本館躉賣每張取錢六文凡有告白願列入本館新報者以五十字爲式"
    essay = "本館新報印行已及半月之久凡有奇聞要事耳目所周者罔不畢錄特是經費浩繁必非一人所能支持願四方君子有以助之"
    page = (Block((notice,), 1, kind=Kind.BODY), Block(("本館告白",), 3, gap=1, kind=Kind.SHORT), Block((essay,), 5, gap=1, kind=Kind.BODY))
    assert [(a.title, a.headings) for a in segment(page).articles] == [(None, []), ("本館告白", [])]
