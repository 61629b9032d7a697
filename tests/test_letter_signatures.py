"""On a Chinese letters page, a letter opens "编辑同志：" and is signed on a line set in under its
last sentence (where the writer lives, and who): that line is the letter's byline, not the next
letter's kicker. A page written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped, segmented_rows

from paperarchive.models import Kind
from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=15)


SIGN = "\u3000" * 7


def test_each_letter_is_signed_by_the_line_set_in_under_it():
    page = (
        "渡口应当早日修好码头\n"
        + wrap("编辑同志：")
        + wrap("我们村在河东，赶集要坐渡船过河。渡口的石阶去年被大水冲坏了，老人孩子上下船很不方便，下雨天更容易滑倒。")
        + wrap("希望有关部门早日把码头修好。")
        + SIGN + "湖北省枝江县　赵德才\n\n"
        + "供销社应当多进农具\n"
        + wrap("编辑同志：")
        + wrap("春耕快到了，我们公社的供销社里锄头、镰刀都断了货，社员只好跑几十里路到县城去买，耽误了不少工夫。")
        + SIGN + "湖南省醴陵县　一个社员\n\n"
        + "来信请寄：本报群众工作部\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["渡口应当早日修好码头", "供销社应当多进农具"]
    assert [a.byline for a in articles] == ["湖北省枝江县　赵德才", "湖南省醴陵县　一个社员"]
    assert [a.kicker for a in articles] == [None, None]


def test_a_subhead_set_in_over_text_on_a_page_of_no_letters_stays_a_subhead():
    page = (
        "冬季农田管理要点\n\n"
        + wrap("入冬以后，各地要抓紧做好农田管理工作，重点是保墒防冻和清沟排渍，为明年丰收打好基础。")
        + SIGN + "小麦冬灌\n"
        + wrap("冬灌要在日平均气温降到五度左右时进行，灌水量不宜过大，做到夜冻昼消。")
    )
    articles = clean_text(page).articles
    assert [a.byline for a in articles] == [None]


def test_a_readers_signature_read_with_no_space_between_where_and_who_still_signs_the_letter():
    # an OCR engine drops the wide space a letters page sets between the reader's place and name
    page = (
        "小区门口的路灯该修了\n"
        + wrap("我们小区门口的三盏路灯坏了快一个月，晚上出门黑乎乎的，老人孩子走路很不安全，希望有关部门尽快修好。")
        + SIGN + "江北区读者林晓梅\n\n\n"
        + "公园厕所应当延长开放时间\n"
        + wrap("滨江公园的厕所晚上八点就关门了，可夏天晚上来公园散步的人很多，建议延长开放时间。")
        + SIGN + "青山市南湖街道读者周建国\n\n"
        + "来信请寄：本报读者服务部\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["小区门口的路灯该修了", "公园厕所应当延长开放时间"]
    assert [a.byline for a in articles] == ["江北区读者林晓梅", "青山市南湖街道读者周建国"]


def test_a_readers_name_over_a_street_address_signs_the_letter_and_the_next_head_opens_the_next():
    # a Latin letters column as classify leaves it: name, address and next head flush together
    letters = segmented_rows(
        ("LESERBRIEFE", Kind.SHORT, 1),
        ("Der Spielplatz muss bleiben", Kind.SHORT, 1),
        ("Mit Entsetzen habe ich gelesen, dass der Spielplatz am Mühlbach einem Parkplatz weichen soll.", Kind.BODY, 1),
        ("Wo sollen unsere Kinder dann spielen?", Kind.BODY, 1),
        ("Gerda Hoffmann", Kind.SHORT, 1),
        ("Lindenstraße 14, Oberau", Kind.SHORT, 0),
        ("Danke an die Feuerwehr", Kind.SHORT, 0),
        ("Als unser Keller im Sommer voll Wasser stand, war die Feuerwehr in zehn Minuten da. Vielen Dank!", Kind.BODY, 1),
        ("Hans und Ute Berger", Kind.SHORT, 1),
        ("Am Anger 3, Oberau", Kind.SHORT, 0),
    )
    assert [(a.title, a.byline) for a in letters] == [
        ("Der Spielplatz muss bleiben", "Gerda Hoffmann"),
        ("Danke an die Feuerwehr", "Hans und Ute Berger"),
    ]
    assert [[c.credit for c in a.captions] for a in letters] == [["Lindenstraße 14, Oberau"], ["Am Anger 3, Oberau"]]
    assert letters[0].paragraphs[-1] == "Wo sollen unsere Kinder dann spielen?"


def test_a_letters_one_paragraph_over_its_signature_stays_its_text_not_a_standfirst():
    # no story text under the signature: the paragraph over it is the letter, not its deck
    letters = segmented_rows(
        ("Takk til brannvesenet", Kind.HEADLINE, 1),
        ("Da det brant i låven vår i november, kom brannvesenet på ti minutter. Takk for innsatsen!", Kind.BODY, 1),
        ("KARI BERG", Kind.BYLINE, 1),
        ("Hvorfor stenger posten?", Kind.HEADLINE, 2),
        ("Posten i sentrum stenger i mars. Det er et tap for hele bygda.", Kind.BODY, 1),
    )
    assert (letters[0].subtitle, letters[0].byline) == (None, "KARI BERG")
    assert letters[0].paragraphs == ["Da det brant i låven vår i november, kom brannvesenet på ti minutter. Takk for innsatsen!"]


def test_a_head_after_a_signature_line_opens_the_next_letter_not_a_subhead():
    # Each letter's head set apart over its text, and the reader's line a block of its own
    # under the last sentence: what follows the signature is the next letter.
    page = (
        "# 小区门口的路灯该修了\n\n"
        "我住在城南花园，小区门口的三盏路灯坏了快两个月，晚上出门黑灯瞎火，老人孩子摔过好几回。\n\n"
        "希望有关部门尽快派人来修。\n\n"
        "南城区读者　贺立群\n\n"
        "菜市场早上也该开门\n\n"
        "我们这一片的菜市场九点才开门，上班族早上买不到菜。建议提前到七点开门，方便大家。\n\n"
        "北城区读者　孔小梅\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["小区门口的路灯该修了", "菜市场早上也该开门"]
    assert [a.byline for a in articles] == ["南城区读者　贺立群", "北城区读者　孔小梅"]
    assert [a.headings for a in articles] == [[], []]



def test_a_readers_name_of_two_padded_to_three_signs_the_letter_flush_under_its_text():
    # an indenting page: the signature flush straight under the letter's last line, no blank line
    page = (
        "读者来信\n公交站台没有遮雨棚\n"
        "　　城东路口的公交站台没有遮雨棚，下雨天大家\n只能站在雨里等车，希望能早点装上。\n"
        "读者　鲁　宁（城东街道）\n\n"
        "菜市场早上也该开门\n"
        "　　南门菜市场九点才开门，上班的人买不上早\n菜，希望能提前一些。\n"
        "读者　孔小梅（南门社区）\n"
    )
    articles = clean_text(page).articles
    assert [a.byline for a in articles] == ["读者　鲁宁（城东街道）", "读者　孔小梅（南门社区）"]  # (the padding unpadded)
    assert articles[0].paragraphs == ["城东路口的公交站台没有遮雨棚，下雨天大家只能站在雨里等车，希望能早点装上。"]


def test_a_readers_signature_with_a_surname_the_list_lacks_signs_the_piece_when_a_place_follows():
    # the label "读者" and the bracketed place say it is a signature, whatever the surname
    page = (
        "读者来信\n河边的老渡口\n"
        "　　小时候过河全靠渡船，船工一声吆喝，大家\n就挤上船去，半袋米也能换一趟。\n"
        "　　如今桥修好了，渡口只剩下一块石碑。\n"
        "读者　缑明远（东关社区）\n\n"
        "菜市场早上也该开门\n"
        "　　南门菜市场九点才开门，上班的人买不上早\n菜，希望能提前一些。\n"
        "读者　郗　岚（南门社区）\n"
    )
    articles = clean_text(page).articles
    assert [a.byline for a in articles] == ["读者　缑明远（东关社区）", "读者　郗岚（南门社区）"]
    assert articles[0].paragraphs[-1] == "如今桥修好了，渡口只剩下一块石碑。"


def test_a_letters_head_that_reads_like_a_writer_after_an_unknown_by_is_its_title_when_a_dash_signs_it_below():
    # ("Jembatan ke Pasar Lama": "Jembatan ke" could be a "by", "Pasar Lama" a name; the letter
    # names its writer at its foot, so the line over its text is its head)
    page = (
        "WARTA TELUK · Kamis, 6 Juni 2041 · Halaman 4\n"
        "Opini · Redaktur: Dani Rumere\n\n"
        "Surat Pembaca\n"
        "Jembatan ke Pasar Lama\n"
        "   Jembatan kayu ke pasar sudah lapuk sejak\n"
        "musim hujan. Anak sekolah takut lewat.\n"
        "— Yustina Maniani, Pasar Lama\n"
        "\n"
        "Sampah di pantai\n"
        "   Sampah plastik menumpuk di pantai setiap\n"
        "pagi. Mohon dinas kebersihan datang.\n"
        "— Markus Warami, Ambai\n"
    )
    articles = clean_text(page).articles
    assert [a.byline for a in articles] == ["Yustina Maniani, Pasar Lama", "Markus Warami, Ambai"]
    assert articles[0].title.endswith("Jembatan ke Pasar Lama") and articles[1].title == "Sampah di pantai"
    assert articles[0].paragraphs == ["Jembatan kayu ke pasar sudah lapuk sejak musim hujan. Anak sekolah takut lewat."]
