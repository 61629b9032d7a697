"""A lead's columns that an engine boxed paragraph by paragraph (Tesseract's ALTO: a block per
paragraph, none a column high), ending together over a blank across the page, with a table and
a box in the row under them: the row is read after the lead's columns, not on in its first
column. ALTO pages written for the class (Swahili, no gold page's text)."""

from conftest import clean_alto_blocks


def _line(left: int, top: int, text: str, height: int = 24) -> tuple[str, tuple[int, int, int, int]]:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{13 * len(word)}" HEIGHT="{height}" WC="0.9"/>')
        x += 13 * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left - 13}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>', (left, top, x - 13, top + height)


def _block(*lines: tuple[str, tuple[int, int, int, int]]) -> str:
    left, top = min(box[0] for _, box in lines), min(box[1] for _, box in lines)
    right, bottom = max(box[2] for _, box in lines), max(box[3] for _, box in lines)
    inner = "".join(xml for xml, _ in lines)
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{bottom - top}">{inner}</TextBlock>'


def _paragraph(left: int, top: int, *texts: str) -> str:
    return _block(*[_line(left + (26 if k == 0 else 0), top + 38 * k, text) for k, text in enumerate(texts)])


# Four columns 408 apart (text about 390 wide: gutters under 20), each paragraph a block of its own,
# breaking at its own depth; the first and third columns end together, the second runs round a
# photo, the fourth ends high.
_COLUMNS = (
    ((374, "Klabu ya picha ya Mwanza", "imeanza darasa la kamera kwa", "vijana wa mtaa kila Jumamosi", "asubuhi karibu na soko la", "samaki."),
     (564, "Vijana thelathini walifika siku", "ya kwanza na kamera zao za", "simu, wengine na kamera za", "zamani za wazazi wao, na", "wote walipiga picha."),
     (792, "Mwalimu Neema Mushi", "aliwaonyesha jinsi ya kusimama", "mbele ya mwanga wa asubuhi.")),
    ((374, "Kila mmoja alipiga picha kumi", "za soko la samaki karibu na", "ziwa na kuzileta darasani."),
     (811, "Picha bora zitaonyeshwa mwezi", "ujao katika ukumbi wa maktaba.")),
    ((374, "Kiingilio ni bure kwa wote", "wanaopenda picha."),
     (450, "Klabu inatafuta kamera za", "zamani ambazo watu hawazitumii", "tena ili vijana wazitumie kwa", "masomo yao ya kila wiki na", "kwa maonyesho."),
     (640, "Mwenyekiti alisema darasa", "litaendelea hadi mwisho wa", "mwaka huu na vijana wengine", "wanakaribishwa kujiunga nao", "bila kulipa chochote."),
     (830, "Wazazi pia wamealikwa kuja", "kuona kazi za watoto wao.")),
    ((374, "Darasa lijalo litafundisha", "picha za usiku karibu na", "taa za bandari."),
     (488, "Kila kijana ataleta picha", "moja bora ya wiki hii ili", "wenzake waijadili pamoja na", "mwalimu wao kabla ya somo", "jipya kuanza.")),
)


def _page(tmp_path):
    blocks = [_block(_line(72, 215, "Vijana wajifunza kupiga picha ziwani", height=49)), _block(_line(72, 332, "Na Halima Juma", height=17))]
    for k, paragraphs in enumerate(_COLUMNS):
        blocks += [_paragraph(72 + 408 * k, top, *texts) for top, *texts in paragraphs]
    blocks.append(_block(_line(72, 754, "Darasa la kwanza", height=19)))  # a subhead in the first column
    blocks.append(_block(_line(480, 702, "Vijana wakipiga picha sokoni.", height=20), _line(700, 754, "Picha: Juma Said", height=17)))
    # under a blank across the page, the club's timetable (its rows reaching to the first gutter
    # and over it) and a box whose head stands level with the timetable's first row
    blocks += [
        _block(_line(72, 952, "Ratiba ya darasa", height=19)),
        _block(_line(72, 991, "Tarehe Somo", height=17)),
        _block(_line(72, 1032, "2 Oktoba Kushika kamera vizuri", height=17)),
        _block(_line(72, 1067, "9 Oktoba Picha za sokoni mchana", height=22)),
        _block(_line(72, 1102, "16 Oktoba Kuchagua picha bora kabisa", height=22), _line(72, 1137, "23 Oktoba Picha za usiku", height=22)),
        _block(_line(72, 1172, "30 Oktoba Maonyesho ya picha", height=22)),
        _block(_line(906, 1025, "Picha nzuri kwa simu", height=29)),
        _block(_line(932, 1071, "1. Safisha lenzi kabla ya kupiga."), _line(932, 1109, "2. Simama na jua nyuma yako."), _line(932, 1147, "3. Shika simu kwa mikono miwili.")),
    ]
    return clean_alto_blocks(tmp_path, *blocks)


def test_a_row_under_paragraph_boxed_columns_is_read_after_them(tmp_path):
    page = _page(tmp_path)
    lead = page.articles[0]
    assert lead.title == "Vijana wajifunza kupiga picha ziwani"
    text = " ".join(paragraph for article in page.articles for paragraph in article.paragraphs)
    assert text.index("aliwaonyesha") < text.index("Kila mmoja") < text.index("Kiingilio ni bure") < text.index("jipya kuanza.") < text.index("2 Oktoba")


def test_the_second_and_third_columns_open_their_own_paragraphs(tmp_path):
    paragraphs = [paragraph for article in _page(tmp_path).articles for paragraph in article.paragraphs]
    assert "Kila mmoja alipiga picha kumi za soko la samaki karibu na ziwa na kuzileta darasani." in paragraphs
    assert "Kiingilio ni bure kwa wote wanaopenda picha." in paragraphs
