"""A district paper's front page, its articles run together: a briefs column's label and its
first head glued under the second story's last sentence, the first brief's text flush under its
head and the next briefs each a one-line head set apart over flush text, is a column of briefs,
not the story's last paragraph; on an indent-only page a brief's short text at the indent that
ends its sentence, under a flush one-line head, is the brief's text, not a head; a label of a
word or two over a head wrapped onto a figure is the kicker over one title; and a story opening
on its own dateline ("本报讯…") under a column of briefs that opened on none leaves the column,
while under briefs that each open so it is one more brief. Pages written for the classes
(Quechua, Ewe and Chinese words, invented papers and people), cleaned through the public API."""

from paperarchive.api import clean_file


def _page(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode("utf-8"))
    return clean_file(page).page


# Blank-line paragraphs; the briefs' label and first head glued under the second story.
QUECHUA_PAGE = """\
WILLAKUY HUANTA · Lunes 12.05.2042 · Página 1
Portada · Editora: Juana Pariona Quispe
Kay yachaypi: Chakra, pág. 3 · Yachay, pág. 5 · Raymi, pág. 7

Minka
Huanta llaqtapi runakuna
musuq yarqata ruranku
Qillqaq: Rosa Mendoza

HUANTA – Huanta llaqtapi 245 runakuna kimsa
punchawpi Ccochaccasa yarqata musuqta ruran-
ku. Iskay waranqa metro yarqam paramanta
allichasqa kachkan.

Lunes punchawmi qallarirqanku,

Runakuna yarqapaq rumikunata apachkanku.
Foto: Pedro Huamán

miercoles punchawtaq yaku purirqa.

Machu Teodoro Quispe nirqa: “Ñawpa
pachapi llapa ayllum yarqata allichaq ka-
rqa, kunanqa yaku chayamun

Willakuy Huanta · Portada

chakrakunaman.”

Municipalidadmi cementota apamurqa, runa-
kunataq llamkarqanku chaymanta
Qatiy 3 paginapi
Luricocha yachay wasi
musuq tichuta chaskin
LURICOCHA – Luricocha llaqtapi yachay wasi
musuq calaminakunata chaskirqa. Yachachiq-
kunam nirqanku manañam wawakuna parapi
hukuchakunqakuchu.
Uchuy willakuy
Wakakuna hampiq chayamun
Wakakuna hampiq Huanta llaqtaman sabado
punchaw chayamunqa, wakayuqkunam plazaman
hamunanku.

Lima karru mana risqachu
Lima llaqtaman karru martes punchaw mana
rinqachu, ñanmi paramanta pakikurqa.

Musuq radio
Huanta radiom musuq willakuykunata runa
simipi sapa domingo willanqa.

Willakuy Huanta · willakuy@huanta.example.pe
"""


def test_a_briefs_label_and_head_glued_under_a_story_over_briefs_set_apart_name_a_column(tmp_path):
    articles = _page(tmp_path, QUECHUA_PAGE).articles
    story = next(a for a in articles if a.title == "Luricocha yachay wasi musuq tichuta chaskin")
    assert len(story.paragraphs) == 1 and story.paragraphs[0].endswith("hukuchakunqakuchu.")
    brief = next(a for a in articles if a.title == "Wakakuna hampiq chayamun")
    assert "Uchuy willakuy" in (brief.section, brief.kicker)
    assert brief.paragraphs == [
        "Wakakuna hampiq Huanta llaqtaman sabado punchaw chayamunqa, wakayuqkunam plazaman hamunanku."
    ]
    assert [a.title for a in articles][-2:] == ["Lima karru mana risqachu", "Musuq radio"]


# Indent-only (four spaces): a kicker over a head wrapped onto a figure; the last brief's text short.
EWE_PAGE = """\
NYADZƆDZƆ KPANDO · Wuiɖa 09.10.2042 · Page 1
Front page · Editor: Kofi Agbeko
Inside: Agble 3 · Suku 5 · Fefe 8

Mɔ yeye
Kpando mɔ-gã ŋɔŋlɔ
22 kilomita didime
Ŋlɔla-nyadzɔdzɔ: Esi Amedzro
    KPANDO – Mɔ-gã yeye la didi kilo-
mita 22, Kpando–Dzolo 8, Dzolo–Gbefi
7, Gbefi–Sovie 7, eye wowu enu. Ame-
wo kple ʋuwo zɔna le edzi bɔbɔe ŋutɔ.
    Ƒe sia me la, asitsalawo

Dɔwɔlawo le mɔ-gã la ŋɔŋlɔm.
Photo: Yao Dzokoto

ƒle nu geɖe le Kpando asime kaba.
    Fiagã Togbe Dzobo gblɔ be: “Ƒe sia
me la, mɔ-gã la ana mía viwo naɖo
suku

Nyadzɔdzɔ Kpando · Front page

kaba.”
    Dumegãwo gblɔ be mɔ-gã la ayi
Sovie ŋu, eye woatu afɔmɔ
Turn to Page 6

Dzolo kɔƒe-suku yeye
ʋu ɖe ame siwo
    DZOLO – Dzolo kɔƒe-suku yeye ʋu ɖe
sukuviwo nu, eye nufialawo kpɔ dzi-
dzɔ ŋutɔ le esia ta kple ŋkuɖeɖe.

Nyadzɔdzɔ kpuiwo
Atike-xɔ
    Dɔktawo ava Kpando atike-xɔ me
le Memleɖa ŋdi.

Tsi-yeye
    Gbefi tsi-yeye la ava kɔƒewo me
kaba le ɣleti sia me.

Bɔl
    Kpando bɔlƒolawo ƒo bɔl le Sovie
le Kwasiɖa.

Nyadzɔdzɔ Kpando · nya@kpando.example.gh · 0244 318 902
"""


def test_a_label_over_a_head_wrapped_onto_a_figure_is_the_kicker_over_one_title(tmp_path):
    lead = _page(tmp_path, EWE_PAGE).articles[0]
    assert lead.kicker == "Mɔ yeye"
    assert lead.title == "Kpando mɔ-gã ŋɔŋlɔ 22 kilomita didime"
    assert lead.subtitle is None


def test_a_briefs_short_text_at_the_indent_under_a_flush_head_is_its_text(tmp_path):
    articles = _page(tmp_path, EWE_PAGE).articles
    assert [a.title for a in articles][-2:] == ["Tsi-yeye", "Bɔl"]
    assert articles[-1].paragraphs == ["Kpando bɔlƒolawo ƒo bɔl le Sovie le Kwasiɖa."]
    assert len(articles[-2].paragraphs) == 1


# A column of briefs with no opener, then a story glued under it that opens on 本报讯.
CHINESE_PAGE = """\
青溪日报　2042年3月18日　星期二　第1版
本版编辑：周　岚

社区简讯
北门街道开设老年食堂
　　北门街道为辖区老人开设食堂，每天中午供应
两荤两素，七十岁以上老人每餐优惠三元。

区图书馆延长开放时间
　　从本月起，区图书馆每天开放到晚上九点，周
末照常开放。

南湖公园步道维修完工
　　南湖公园环湖步道维修工程已经完工，步道重
新向市民开放。

区医院在社区设立家庭医生站
　　本报讯（记者　郑　欣）区人民医院日前在东
关、河西两个社区设立家庭医生站，居民可以在
站里量血压、测血糖，医生每周到站里坐诊三天。

青溪日报社　　地址：青溪区滨江路8号　　热线：0731-5528160
"""

# The same column, each brief opening on 本报讯: the last one is one more brief.
CHINESE_DATELINE_BRIEFS = (
    CHINESE_PAGE.replace("　　北门街道为", "　　本报讯　北门街道为")
    .replace("　　从本月起", "　　本报讯　从本月起")
    .replace("　　南湖公园环湖", "　　本报讯　南湖公园环湖")
)


def test_a_dateline_story_glued_under_briefs_with_no_opener_leaves_the_column(tmp_path):
    articles = _page(tmp_path, CHINESE_PAGE).articles
    story = next(a for a in articles if a.title == "区医院在社区设立家庭医生站")
    assert story.section is None
    brief = next(a for a in articles if a.title == "南湖公园步道维修完工")
    assert brief.section == "社区简讯"
    # where each brief of the column opens on 本报讯, one more opening so is one more brief
    articles = _page(tmp_path, CHINESE_DATELINE_BRIEFS).articles
    story = next(a for a in articles if a.title == "区医院在社区设立家庭医生站")
    assert story.section == "社区简讯"
