"""Service pages (banking, savings, insurance, fares) whose table or box is glued under the story:
a Latin price list whose cells carry a currency's sign ("₵12.50"), its header row opening on an
empty cell; a Latin rota's name set with single spaces over rows aligned by runs of spaces, glued under a
sentence's end carried past a running head; a
Chinese coverage box whose heads stand alone between blank lines, each over rows of one item,
glued under a quotation's end carried past a running head. Pages written for the rules (not
copied from any gold page)."""

from paperarchive.api import clean_file

FARES = """NKWANTABISA DAILY · Tuesday 14.05.2035 · Page 6
Transport · Editor: Kofi Asante

Lorry station no foforo
abue wɔ Techiman

TECHIMAN – Lorry station foforo a aban
asi no abue nnɛ, na drivers bebree
aba hɔ anɔpa yi ara.

Station panyin, Yaw Mensah, kae sɛ
ka a ɛwɔ hɔ no nsakrae, na ɔkɔm biara
nni mu.

Fare a wɔtua
            Kɔ nkoaa   Kɔ ba
Sunyani        ₵12.50     ₵24.00
Kumasi         ₵30.00     ₵58.00
Wenchi          ₵8.00     ₵15.00
Tamale         ₵65.00    ₵125.00
Office: Station Road, Techiman

Nkwantabisa Daily · news@nkwantabisa.example.gh
"""

ROTA = """KIBARU JI · Alarba 12.03.2034 · Xët 3
Koom · Editor: Moussa Ndiaye

Jigéen ñi ci Pikine defar nañu natt

PIKINE – Fukki jigéen ci Pikine defar
nañu natt: weer wu nekk, ku nekk dina
joxe FCFA 5.000, te kenn dina jël lépp.

Awa Diop, ki ko tàmbali, wax na ne natt
bi dimbali na jigéen ñi ci seen

Kibaru Ji – Koom

njaay.
Natt bu 2034
Mars       Awa Diop          FCFA 50.000
Awril      Fatou Sall        FCFA 50.000
Mee        Khady Ba          FCFA 50.000
Suwe       Aminata Fall      FCFA 50.000
Sulet      Ndeye Sarr        FCFA 50.000
Joxe: FCFA 5.000 ci weer

Kibaru Ji · kibaru@pikine.example.sn
"""

COVER = """汀江日报　　2035年9月9日　星期日
第4版　民生　　责任编辑：宁　川

医保新规下月实施　住院报销比例提高
本报记者　柏　舟

　　市医保局昨天发布通知，自10月1日起，参保
居民住院费用的报销比例提高5个百分点。

　　医保局工作人员说，美容项目和保健品不在报
销范围内，“看病之前最好先问清楚，哪些能报，

汀江日报·民生

哪些不能报。”
医保报销范围

可以报销

门诊费用
住院费用
慢性病药品

不能报销

美容项目
保健食品
最高比例：住院费用90%

汀江日报社　新闻热线：0597-2233000
"""


def _clean(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean_file(path).page


def test_a_price_list_of_currency_signed_cells_under_an_empty_header_cell_is_its_own_article(tmp_path) -> None:
    story, fares = _clean(tmp_path, "fares.txt", FARES).articles
    assert story.paragraphs[-1].endswith("nni mu.")
    assert fares.title == "Fare a wɔtua"
    assert len(fares.paragraphs) == 6
    assert fares.paragraphs[1].split() == ["Sunyani", "₵12.50", "₵24.00"]
    assert fares.paragraphs[-1] == "Office: Station Road, Techiman"


def test_a_rota_name_in_single_spaces_over_rows_aligned_by_spaces_is_the_rota_title(tmp_path) -> None:
    story, rota = _clean(tmp_path, "rota.txt", ROTA).articles
    assert story.paragraphs[-1].endswith("ci seen njaay.")
    assert rota.title == "Natt bu 2034"
    assert [p.split()[0] for p in rota.paragraphs] == ["Mars", "Awril", "Mee", "Suwe", "Sulet", "Joxe:"]


def test_a_box_of_heads_set_apart_over_item_rows_under_a_carried_quotation_end(tmp_path) -> None:
    story, box = _clean(tmp_path, "cover.txt", COVER).articles
    assert story.paragraphs[-1].endswith("哪些不能报。”")
    assert box.title == "医保报销范围"
    assert box.headings == ["可以报销", "不能报销"]
    assert box.paragraphs == ["门诊费用", "住院费用", "慢性病药品", "美容项目", "保健食品", "最高比例：住院费用90%"]
