"""What the sixty-second held-out set's engine pages (and real27's library ALTO) showed, each rule on
pages written for it (not copied from any gold page):

- a letters page signs each letter flush right under it with the writer's name and, in brackets,
  the town and trade ("王大同（新竹縣・工程師）"), no byline over the text; a running head an engine
  read between a letter and its signature does not move the signature to the next letter;
- a CJK line that stops short on a closing quote (the engine lost the full stop after it) ends its
  paragraph, so an interview's "记者：" question under it is a paragraph of its own;
- a diary's rows, each opened by its day, date and a dash and wrapped onto its hour, are a paragraph
  each, under the diary's head;
- a name alone between a note's last sentence and the page's foot signs the note;
- the rules round a card's name, read as words of dashes, are no part of the name."""

import json

from conftest import clean_alto_blocks, hard_wrapped

from paperarchive.formats import read_blocks
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks, clean_text
from paperarchive.segment import segment


def test_a_letter_signed_with_name_town_and_trade_in_brackets_is_signed_by_that_writer():
    page = (
        "竹風日報　2027年5月6日　星期四　第9版\n民意論壇　　編輯：林　青\n\n"
        "請重畫斑馬線\n\n"
        + hard_wrapped("每天早上送孩子上學，校門口的斑馬線早已磨得看不清楚，機車從兩旁呼嘯而過。", 20)
        + hard_wrapped("盼望縣府趁暑假重新畫線，並在上學時段派員指揮交通。", 20)
        + "王大同（新竹縣・工程師）\n\n"
        "公園路燈請儘快修好\n\n"
        + hard_wrapped("社區公園的路燈壞了一個多月，晚上散步的長輩只能摸黑走路，已經有人跌倒。", 20)
        + "李秀蘭（花蓮市）\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["請重畫斑馬線", "公園路燈請儘快修好"]
    assert [a.byline for a in articles] == ["王大同（新竹縣・工程師）", "李秀蘭（花蓮市）"]
    assert all("（" not in p for a in articles for p in a.paragraphs)
    assert articles[1].section is None and articles[1].kicker is None


def test_a_signature_read_after_a_running_head_signs_the_letter_above_it():
    blocks = (
        Block(("請別再佔用人行道",), 1, kind=Kind.SHORT),
        Block(("人行道上停滿機車，推嬰兒車的家長只好走到車道上。",), 3, gap=1, kind=Kind.BODY),
        Block(("竹風日報　2027年5月6日　星期四",), 5, gap=1, kind=Kind.FURNITURE),
        Block(("陳文彬（竹北市）",), 7, gap=1, kind=Kind.BYLINE),
        Block(("圖書館延長開放時間",), 9, gap=1, kind=Kind.SHORT),
        Block(("考季將到，希望圖書館能開到晚上十點，讓學生有地方唸書。",), 11, gap=1, kind=Kind.BODY),
    )
    articles = segment(blocks).articles
    assert [(a.title, a.byline) for a in articles] == [("請別再佔用人行道", "陳文彬（竹北市）"), ("圖書館延長開放時間", None)]


def rapidocr(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


def test_a_cjk_line_stopping_short_on_a_closing_quote_ends_its_paragraph():
    # the engine lost the "。" after "老字号”": the short line ends the paragraph all the same
    rows = [
        ("上周，记者来到城南的老街，", 120, 100, 450, 130),
        ("走访了一家开了六十年的铜器铺，", 70, 140, 450, 170),
        ("听店主讲了讲这块“老字号”", 70, 180, 300, 210),
        ("记者：您家的铜壶为什么这么", 120, 220, 450, 250),
        ("耐用？", 70, 260, 150, 290),
        ("店主：全靠一锤一锤敲出来，", 120, 300, 450, 330),
        ("一把壶要敲上万下才算成。", 70, 340, 380, 370),
    ]
    page = clean_blocks(read_blocks("page.json", rapidocr(rows)))
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert paragraphs[0].endswith("“老字号”")
    assert paragraphs[1] == "记者：您家的铜壶为什么这么耐用？"


def test_a_diarys_rows_each_opened_by_day_date_and_dash_are_its_paragraphs_under_its_head():
    # lines as RapidOCR boxes a column: a label, the diary's head in display type, four events
    # each wrapped onto a second line ending on its hour, and a note to readers
    rows = [
        ("Diary", 70, 100, 170, 130),
        ("What's happening", 70, 160, 400, 205),  # the head in display type
        ("Monday 12 Sept – Quiz night,", 70, 240, 450, 270),
        ("Red Lion, 8.00", 70, 280, 260, 310),
        ("Tuesday 13 Sept – Choir practice,", 70, 320, 450, 350),
        ("Chapel vestry, 7.30", 70, 360, 320, 390),
        ("Friday 16 Sept – Barn dance at", 70, 400, 450, 430),
        ("the village hall, 9.00", 70, 440, 340, 470),
        ("Sunday 18 Sept – Harvest service,", 70, 480, 450, 510),
        ("St Mary's, 10.30", 70, 520, 280, 550),
        ("Send us your events by Friday.", 70, 560, 440, 590),
    ]
    articles = clean_blocks(read_blocks("page.json", rapidocr(rows))).articles
    diary = next(a for a in articles if any(p.startswith("Monday") for p in a.paragraphs))
    assert diary.title == "What's happening"
    assert diary.paragraphs == [
        "Monday 12 Sept – Quiz night, Red Lion, 8.00",
        "Tuesday 13 Sept – Choir practice, Chapel vestry, 7.30",
        "Friday 16 Sept – Barn dance at the village hall, 9.00",
        "Sunday 18 Sept – Harvest service, St Mary's, 10.30",
        "Send us your events by Friday.",
    ]


def test_a_name_alone_between_a_notes_last_sentence_and_the_page_foot_signs_the_note():
    page = (
        "青川日报　2027年3月4日　星期四　第7版\n\n"
        "记者手记\n\n"
        "走进老街的一天\n\n"
        + hard_wrapped("那天下午，老街上的铜匠铺还开着门，敲打声从巷口一直传到河边。", 20)
        + hard_wrapped("老手艺能不能传下去，靠的不只是手艺人，也靠愿意停下脚步的我们。", 20)
        + "\n林小舟\n\n"
        "青川日报　第7版　本版编辑：陶　然\n"
    )
    articles = clean_text(page).articles
    note = next(a for a in articles if a.title == "走进老街的一天")
    assert note.byline == "林小舟"
    assert note.paragraphs[-1].endswith("愿意停下脚步的我们。")


def _alto_line(left: int, top: int, text: str, height: int = 30) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="{height}"/>')
        x += 18 * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


def test_the_rules_round_a_cards_name_read_as_words_of_dashes_are_no_part_of_it(tmp_path):
    # a card's name between double rules, as FineReader reads them: a word of dashes on each line
    card = (
        '<TextBlock HPOS="100" VPOS="100" WIDTH="700" HEIGHT="110">'
        + _alto_line(100, 100, "HALLAN KAUPPAHUONE --------", 50)
        + _alto_line(100, 160, "--------- PUUTAVARALIIKE", 50)
        + "</TextBlock>"
        '<TextBlock HPOS="100" VPOS="260" WIDTH="700" HEIGHT="70">'
        + _alto_line(100, 260, "Tampere, Hämeenkatu 12. Puhelin 455.")
        + _alto_line(100, 300, "Myy lautoja ja hirsiä edullisesti.")
        + "</TextBlock>"
    )
    page = clean_alto_blocks(tmp_path, card)
    assert page.articles[0].title == "HALLAN KAUPPAHUONE PUUTAVARALIIKE"
    assert "-" not in page.articles[0].title
