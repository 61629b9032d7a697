"""Feature and supplement pages as OCR'd text, written here in the plans the thirty-fifth stop's
writers were asked for before any of their pages was seen: a serial's instalment over a call for
contributions whose address is cut at a line's end; a travel story over a box of labelled fields
and a readers' corner under it; a gadget review whose verdict box is a field a line, over the
next piece's head."""

from paperarchive.pipeline import clean_text

SERIAL = """青屿日报 第12版 副刊·连载
2026年12月4日 星期五

长篇连载
灯塔守望者（23）
第七章 雾夜
林海生 著

那一夜的雾来得格外早。老陈把煤油灯提到塔顶
的时候，港口的轮廓已经看不清了，只有远处渔
船上的灯火还在一明一灭地晃着。

“今晚怕是有船要回不来。”他对着空荡荡的灯
室说了一句，像是说给自己听，又像是说给二十
年前的那个人听。

阿秀上楼送饭，在楼梯口站了很久，终于开口问
他：“爹，你还在等那条船吗？”

（待续）

征稿启事
本版长期征集散文、随笔、短篇小说，来稿请注
明真实姓名、地址及联系电话，一经采用即付稿
酬。投稿邮箱：fukan@qingyu.e
xample.com
"""


def test_a_sentence_closed_at_a_line_start_keeps_its_line_and_an_address_cut_by_count_is_joined():
    page = clean_text(SERIAL)
    call = page.articles[-1]
    assert call.title == "征稿启事"
    assert call.paragraphs == ["本版长期征集散文、随笔、短篇小说，来稿请注明真实姓名、地址及联系电话，一经采用即付稿酬。投稿邮箱：fukan@qingyu.example.com"]
    assert "（待续）" in page.furniture and not any("投稿邮箱" in line for line in page.furniture)


TRAVEL = """岚江日报 第11版 旅游
2026年12月4日 星期五 责任编辑：许文

行走
冬游霞浦 赶一场滩涂的日出
文/图 本报记者 梁思远

凌晨五点半，北岐村的观景台上已经架满了三脚
架。摄影爱好者们裹着棉衣，盯着远处的滩涂。

除了看日出，游客还可以跟着渔民下滩，体验挖
蛏子、捡海螺。村里的民宿老板说，今年冬天的
预订比去年多了三成。

出行攻略
交通：福州乘动车约1小时到霞浦站，转乘景区专线
住宿：北岐村、东壁村均有民宿，周末需提前预订。
美食：海蛎煎、糟鳗鱼、霞浦紫菜
提醒：滩涂湿滑，请穿防滑鞋，涨潮前务必上岸。

读者来稿
小时候，外婆家门前有一棵老柿子树。每年霜降
以后，树上挂满了红灯笼似的柿子。
岚江市实验小学五年级 陈思琪
"""


def test_a_box_of_fields_under_a_story_is_a_box_of_its_own_and_the_label_under_it_opens_the_next_piece():
    page = clean_text(TRAVEL)
    assert [a.title for a in page.articles] == ["冬游霞浦 赶一场滩涂的日出", "出行攻略", "读者来稿"]
    story, box, corner = page.articles
    assert story.headings == [] and len(story.paragraphs) == 2
    assert box.paragraphs == [
        "交通：福州乘动车约1小时到霞浦站，转乘景区专线",
        "住宿：北岐村、东壁村均有民宿，周末需提前预订。",
        "美食：海蛎煎、糟鳗鱼、霞浦紫菜",
        "提醒：滩涂湿滑，请穿防滑鞋，涨潮前务必上岸。",
    ]
    assert corner.byline == "岚江市实验小学五年级 陈思琪"


REVIEW = """THE HARBOUR STAR, FRIDAY, DECEMBER 4, 2026 PAGE 14

Small phone, big battery: the Nimbus 7 on test
By Dana Kerr

The Nimbus 7 is the rare phone that fits
in a jeans pocket and still lasts two
days. I used it for a week as my only
phone, and never once reached for a
charger before bedtime.

VERDICT
Good: battery life, size, price.
Bad: camera in low light, speaker.
Score: 4/5

Knit one, purl one
By Meg Fallon

Winter is here and the Harbour Knitters
meet again on Tuesday evenings at the
library. Beginners are welcome.
"""


def test_a_verdict_box_keeps_a_field_a_paragraph_and_the_next_piece_keeps_its_head():
    page = clean_text(REVIEW)
    assert [a.title for a in page.articles] == ["Small phone, big battery: the Nimbus 7 on test", "VERDICT", "Knit one, purl one"]
    verdict, knitting = page.articles[1:]
    assert verdict.paragraphs == ["Good: battery life, size, price.", "Bad: camera in low light, speaker.", "Score: 4/5"]
    assert (knitting.subtitle, knitting.byline) == (None, "Meg Fallon")


# The rules below were written with holdout84 in view (the stop's first written set); each test
# is a page of its own in the shape that set printed.

PHOTO_ESSAY = """THE SOUND CRIER ◊ Saturday, May 1, 2027 ◊ Page 6
Picture Page

Nets on the green
By Ada Moultrie

Every spring the net makers of Ferry Point
mend their seines on the church green. They
have done so for ninety years.

Old Sam Pinckney ties a knot in the seine.
Snap: Lou Grant

The twine comes from the mainland store,
and the floats are cut from cork by hand.

The nets dry on the fence.
Snap: Lou Grant
Nets for sale at the fair
The Ferry Point fair will sell the nets on
Saturday, May 8, from nine in the morning.

The fair table at noon.
Snap: Crier staff

All money goes to the church roof.
"""


def test_a_label_the_page_credits_open_on_marks_every_credit_and_a_head_flush_under_one_opens_its_story():
    page = clean_text(PHOTO_ESSAY)
    essay = page.articles[0]
    assert [c.credit for c in essay.captions][:2] == ["Snap: Lou Grant", "Snap: Lou Grant"]
    credits = [c.credit for a in page.articles for c in a.captions]
    assert credits == ["Snap: Lou Grant", "Snap: Lou Grant", "Snap: Crier staff"]
    texts = [p for a in page.articles for p in a.paragraphs]
    assert "The fair table at noon." not in texts and not any(p.startswith("Nets for sale") for p in texts)
    assert "Nets for sale at the fair" in [*(a.title for a in page.articles), *(h for a in page.articles for h in a.headings)]


RECIPE = """KRIOL KABAR – sábadu, 3 di julhu di 2027 – pajina 4
Kumida

Sopa di fijon pa tempu di tchuba
Pa Binta Sané

Sopa di fijon i kumida di tempu di
tchuba. Binta ta kusinha-l tudu sábadu
pa si famili, ku pon di padaria.

Kusas ku bu pirsisa

2 kupu di fijon
1 sabola
3 denti di alhu
Sal ku pimenta

Kuma ku bu ta fasi

1. Laba fijon, pui-l na iagu un noti.
2. Firbi fijon ku sabola ku alhu dus ora.
3. Pui sal ku pimenta, bu kume kinti.

Kriol Kabar – pajina 4
"""


def test_a_recipes_parts_over_ingredient_rows_and_numbered_steps_stay_in_the_recipe():
    page = clean_text(RECIPE)
    assert len(page.articles) == 1
    recipe = page.articles[0]
    assert recipe.headings == ["Kusas ku bu pirsisa", "Kuma ku bu ta fasi"]
    assert recipe.paragraphs[1:] == [
        "2 kupu di fijon",
        "1 sabola",
        "3 denti di alhu",
        "Sal ku pimenta",
        "1. Laba fijon, pui-l na iagu un noti.",
        "2. Firbi fijon ku sabola ku alhu dus ora.",
        "3. Pui sal ku pimenta, bu kume kinti.",
    ]


SUPPLEMENT = """滨城晚报　2027年3月6日　星期六
第12版　副刊　　　责任编辑：严 岚

长篇连载
雾港旧事（十二）
第五章　夜航
□ 宋 涛

　　轮船在雾里走得很慢，船头的灯照不出
十步远。阿林站在甲板上，听见汽笛一声接
一声地响。

插图：雾中汽笛
罗小帆　绘

　　船靠岸的时候，天已经快亮了，码头上只
有两个挑夫在等活。

（未完待续）
作者简介

　　宋涛，滨城人，当过十五年海员，著有散
文集《船上的灯》。

滨城晚报　第12版
"""


def test_a_head_under_a_serials_closing_line_opens_a_box_and_a_drawings_name_over_its_maker_is_its_caption():
    page = clean_text(SUPPLEMENT)
    assert [a.title for a in page.articles] == ["雾港旧事（十二）", "作者简介"]
    serial = page.articles[0]
    assert [(c.text, c.credit) for c in serial.captions] == [("插图：雾中汽笛", "罗小帆　绘")]
    assert serial.headings == ["第五章　夜航"] or serial.subtitle == "第五章　夜航"


REVIEW_HK = """港灣日報　2027年5月8日　星期六
B6　科技　　　責任編輯：鄺家明

智能手錶平價之選
記者　岑子朗

　　記者戴住一隻四百幾蚊嘅智能手錶行咗成個
星期，計步、心跳都算準，瞓覺都戴住都唔覺
得重。

　　最大問題係個錶帶，戴耐咗手腕會痕，要換
過一條布錶帶先舒服。

售價：HK$468　續航：7日　重量：32克

評分

優點：平、輕、電池耐
缺點：錶帶唔透氣
總評：★★★★☆
"""


def test_a_spec_line_of_three_fields_is_the_reviews_last_row_not_the_verdict_boxs_kicker():
    page = clean_text(REVIEW_HK)
    review, verdict = page.articles
    assert review.paragraphs[-1] == "售價：HK$468　續航：7日　重量：32克"
    assert (verdict.title, verdict.kicker) == ("評分", None)


INTERVIEW = """DORFBLATT · Samstach, 9. Oktower 2027 · Seit 3
Leit vun hie

Gespreech
„Die Kerb is unser Fest“
Von Paulo Weber

Der Bernardo Kraus is 80 Johr alt un
spielt seit sechzich Johr Akkordeon uff
der Kerb.

Blatt: Wann hot Ihr angefang?
"""


def test_a_section_phrase_under_the_running_head_is_furniture_and_a_quoted_head_under_its_label_is_the_title():
    page = clean_text(INTERVIEW)
    story = page.articles[0]
    assert (story.title, story.kicker) == ("„Die Kerb is unser Fest“", "Gespreech")
    assert "Leit vun hie" in page.furniture


ADVICE = """溪岸日报　D2　家庭
2027年5月6日　星期四

亲子信箱
女儿不肯练琴，要不要逼她？
　　女儿今年九岁，学钢琴三年了，最近每次练琴
都要哭一场，说同学都不用练。我该坚持吗？
—纠结的妈妈（城南）
心理咨询师　罗晓岚
　　您好。九岁的孩子不愿练琴，多半不是不喜欢
音乐，而是觉得练习太枯燥。
　　不妨和孩子一起定个小目标，练会一首她自己
喜欢的曲子，再慢慢加量。

溪岸日报·家庭
"""


def test_an_answer_under_the_readers_signature_and_the_answerers_byline_stays_in_the_letters_piece():
    page = clean_text(ADVICE)
    assert len(page.articles) == 1
    column = page.articles[0]
    assert (column.title, column.byline) == ("女儿不肯练琴，要不要逼她？", "心理咨询师　罗晓岚")
    assert column.paragraphs[1:3] == ["—纠结的妈妈（城南）", "您好。九岁的孩子不愿练琴，多半不是不喜欢音乐，而是觉得练习太枯燥。"]
