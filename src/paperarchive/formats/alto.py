"""ALTO XML → regions of printed lines (then `reading.to_blocks` makes the blocks).

Read by local element name, so ALTO v2, v3 and v4 (and the older CCS namespace
of v1, still in early Library of Congress batches) read alike. Used: every
TextBlock (also inside ComposedBlock and the page margins, where the running
heads are), its TextLines, their String, SP and HYP elements, and the positions
HPOS/VPOS/WIDTH/HEIGHT; GraphicalElements (Tesseract's rules) as rules between stories
(`reading.cut_at_rules`). Coordinates are only compared with each other, so the
MeasurementUnit (pixel, mm10, inch1200) does not matter.

Hyphenation: where the file names the whole word of a split (a String marked
SUBS_TYPE="HypPart1" with SUBS_CONTENT, and its HypPart2 the next String), the
engine has already decided: the line ends in the whole word and the next line
starts after its second part (`con-⏎ference` → `conference⏎`), where SUBS_CONTENT is
the two parts run together (iArchives writes `be-tween`: that decides nothing). Otherwise a
line ending in HYP, or in a HypPart1 String, is emitted ending in "-", and the
`dehyphenate` rule decides whether the hyphen goes, as for every other page.

Font sizes: a String's (or its TextLine's, TextBlock's) STYLEREFS naming a
TextStyle with FONTSIZE give the line its `size`: the size most of its letters are
set in. `reading.to_blocks` finds headlines by it.

Parsing is safe: no DTD, no entity declarations, no network (defusedxml).
"""

from __future__ import annotations

import difflib
import statistics
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree

from ..chars import ends_sentence, is_cjk
from ..errors import EmptyPageError
from .heads import border_speck, border_stripe, capitals_lines, figure_captions, head_specks, library_furniture
from .lists import list_heads
from .numbered import numbered_heads_within
from .reading import (
    Box,
    Line,
    Region,
    Word,
    bounds,
    join_words,
    line_text,
    listed_runs,
    order_regions,
    rejoin_label_cells,
    stops_read_as_commas,
)


def alto_regions(text: str) -> list[list[Region]]:
    """The text regions of each Page of an ALTO document, each page's in reading order.

    >>> doc = '''<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page><PrintSpace>
    ...   <TextBlock HPOS="0" VPOS="0" WIDTH="100" HEIGHT="30"><TextLine HPOS="0" VPOS="0" WIDTH="100" HEIGHT="12">
    ...     <String CONTENT="the"/><SP/><String CONTENT="news" SUBS_TYPE="HypPart1" SUBS_CONTENT="newspaper"/><HYP CONTENT="-"/>
    ...   </TextLine><TextLine HPOS="0" VPOS="14" WIDTH="80" HEIGHT="12">
    ...     <String CONTENT="paper" SUBS_TYPE="HypPart2" SUBS_CONTENT="newspaper"/><SP/><String CONTENT="said."/>
    ...   </TextLine></TextBlock></PrintSpace></Page></Layout></alto>'''
    >>> [[line.text for line in region.lines] for region in alto_regions(doc)[0]]
    [['the newspaper', 'said.']]
    """
    root = parse_xml(text)
    pages = [element for element in root.iter() if _name(element) == "Page"] or [root]
    sizes = _font_sizes(root)
    out = []
    for page in pages:
        words = _whole_words(page)
        blocks = _read_once([block for block in page.iter() if _name(block) == "TextBlock"])
        regions = [run for block in blocks if (region := _region(block, sizes, words)).lines for run in listed_runs(region)]
        rules = [box for element in page.iter() if _name(element) == "GraphicalElement" and (box := _box(element))]
        ordered = order_regions(figure_captions(rejoin_label_cells(regions), _figures(page)), rules)
        out.append(list_heads(numbered_heads_within(library_furniture(stops_read_as_commas(ordered)))))
    if not any(out):
        raise EmptyPageError("the ALTO page holds no text (no String in any TextLine)")
    return out


def parse_xml(text: str, kind: str = "ALTO") -> Element:
    """The document's root; a DOCTYPE, an entity declaration or bad XML is refused (with the
    format's name: every XML format is read through here)."""
    from . import MarkupError  # the package imports this module lazily

    try:
        return defusedxml.ElementTree.fromstring(text, forbid_dtd=True)
    except defusedxml.DTDForbidden:
        raise MarkupError(
            f"refused: the XML declares a document type (<!DOCTYPE>), which {kind} never needs"
            " and which can hide entity bombs or reads of local files",
            "remove the DOCTYPE line if the file is trusted",
        ) from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise MarkupError(
            "refused: the XML declares entities (<!ENTITY>), which can expand without end or read local files"
        ) from None
    except ParseError as error:
        raise MarkupError(f"not well-formed {kind}: {error}", "is the file complete?") from None


def _name(element: Element) -> str:
    """The local name of an element, without its namespace: `{…/alto/ns-v4#}String` → `String`."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _box(element: Element) -> Box | None:
    try:
        left, top = float(element.get("HPOS")), float(element.get("VPOS"))
        return Box(left, top, left + float(element.get("WIDTH")), top + float(element.get("HEIGHT")))
    except (TypeError, ValueError):  # missing or not a number: the element cannot be placed
        return None


def _figures(page: Element) -> list[Box]:
    """The boxes of the page's pictures, whose captions `figure_captions` finds: Illustration
    elements (Tesseract), and ComposedBlocks of TYPE Illustration (docWORKS, ABBYY via CCS) or
    the picture inside one (a GraphicalElement or Illustration: the block may hold its caption)."""
    out = []
    for element in page.iter():
        if _name(element) == "ComposedBlock" and element.get("TYPE") == "Illustration":
            inner = [child for child in element if _name(child) in ("Illustration", "GraphicalElement")]
            out += [box for child in inner if (box := _box(child))] or [box for box in [_box(element)] if box]
        elif _name(element) == "Illustration" and (box := _box(element)) and box not in out:
            out.append(box)
    return out


def _font_sizes(root: Element) -> dict[str, float]:
    """FONTSIZE of each TextStyle, by its ID."""
    sizes = {}
    for style in root.iter():
        if _name(style) == "TextStyle" and style.get("ID"):
            try:
                sizes[style.get("ID")] = float(style.get("FONTSIZE"))
            except (TypeError, ValueError):
                pass
    return sizes


def _size(element: Element, sizes: dict[str, float], inherited: float | None) -> float | None:
    """The font size an element's STYLEREFS name (several IDs may be listed), else its parent's."""
    found = [sizes[ref] for ref in (element.get("STYLEREFS") or "").split() if ref in sizes]
    return found[0] if found else inherited


def _whole_words(page: Element) -> dict[int, str | None]:
    """The Strings of a hyphenated word the file spells out whole: id of the HypPart1 String →
    the whole word (SUBS_CONTENT), id of its HypPart2 String → None (already written).

    Only when the second part is the very next String, with the same SUBS_CONTENT, and that
    is the two parts run together: the engine decided the hyphen goes (docWORKS: con-/ference,
    "conference"). iArchives writes the parts with their hyphen ("be-tween", "somo-what" in
    logan.alto): that decides nothing, and `dehyphenate` decides as for any line end."""
    strings = [element for element in page.iter() if _name(element) == "String"]
    out: dict[int, str | None] = {}
    split_at: dict[int, Element] = {}  # id of a HypPart2 String whose whole word is written → its HypPart1
    for first, second in zip(strings, strings[1:]):
        whole = first.get("SUBS_CONTENT")
        if (
            whole
            and first.get("SUBS_TYPE") == "HypPart1"
            and second.get("SUBS_TYPE") == "HypPart2"
            and second.get("SUBS_CONTENT") == whole
            and whole == (first.get("CONTENT") or "").rstrip(_HYPHENS) + (second.get("CONTENT") or "")
            and not _capital_after_small(first.get("CONTENT") or "", second.get("CONTENT") or "")
        ):
            out[id(first)], out[id(second)] = whole, None
            split_at[id(second)] = first
    for line in page.iter():
        if _name(line) == "TextLine" and split_at:
            _marks_after_the_whole_word(list(line), split_at, out)
    return out


def _capital_after_small(first: str, second: str) -> bool:
    """A "second part" that opens with a capital after a first part ending in a small letter is
    another word: the engine paired the split with the next String it listed, not the line the
    word goes on in. The Library of Congress's Tesseract ALTO lists a deck's first line last, and
    wrote its "Can-" (of Can-/cellation) whole as "FProblemCanTo", with the "To" of the next
    block's "To the Congress of the United States:".

    >>> _capital_after_small("FProblemCan", "To"), _capital_after_small("news", "paper"), _capital_after_small("NEWS", "PAPER")
    (True, False, False)
    """
    end = next((ch for ch in reversed(first.rstrip(_HYPHENS)) if ch.isalpha()), "")
    start = next((ch for ch in second if ch.isalpha()), "")
    return end.islower() and start.isupper()


def _marks_after_the_whole_word(children: list[Element], split_at: dict[int, Element], whole: dict[int, str | None]) -> None:
    """A line that holds only a split word's second part and the marks after it ("tions ?"):
    the marks go with the whole word, written on the line before ("positions ?"). Left on their
    line they made it a speck's, which went, and the question it closed ran on into the next
    paragraph (L'Union, Luxembourg, 1860: "… la hiérarchie des positions" / "Tient-elle …").

    >>> from xml.etree.ElementTree import fromstring
    >>> page = fromstring('<Page><TextLine><String CONTENT="posi" SUBS_TYPE="HypPart1" SUBS_CONTENT="positions"/><HYP/></TextLine>'
    ...     '<TextLine><String CONTENT="tions" SUBS_TYPE="HypPart2" SUBS_CONTENT="positions"/><SP/><String CONTENT="?"/></TextLine></Page>')
    >>> [v for v in _whole_words(page).values() if v]
    ['positions ?']

    Only marks that close a sentence or a quote (`_CLOSING_MARKS`): a lone dash there is a speck
    ("ternoon. -" in the Logan Republican's ALTO), and stays on its line to go with it.
    """
    for at, child in enumerate(children):
        first = split_at.get(id(child))
        if first is None:
            continue
        after = [c for c in children[at + 1 :] if _name(c) in ("SP", "String")]
        marks = [c for c in after if _name(c) == "String"]
        if marks and all(ch in _CLOSING_MARKS for c in marks for ch in c.get("CONTENT") or ""):
            whole[id(first)] = (whole[id(first)] or "") + "".join(" " if _name(c) == "SP" else c.get("CONTENT") or "" for c in after).rstrip()
            whole.update(dict.fromkeys(map(id, marks)))
        return  # (a second part opens its line)


_HYPHENS = "-\u00ad¬⸗\u2010"
_CLOSING_MARKS = frozenset("?!.,;:»”’\")]…")
_GHOST_WORD = 2.5  # a line's last word this many times as tall as its others is a ghost (`_ghost_word`)


def _read_once(blocks: list[Element]) -> list[Element]:
    """The page's TextBlocks with each block read twice kept once: a block whose lines lie where
    an earlier block's lie (`_SAME_PLACE` of each box shared) and read alike (`_SAME_TEXT`) is
    a second reading of the same print, and the reading the engine trusts more (its words' mean
    WC) is kept. The Library of Congress's Tesseract ALTO (ndnp-open-ocr, Highland Recorder,
    1895) puts a head and its decks each in two ComposedBlocks: "THE MESSAGE." / "No Forcible
    Increase of Territon" (WC 0.81) and again "THE MESSAGE." / "… of Territory" (0.83), so
    the head stack was read twice over before the text, the second copy as a deck.

    >>> from xml.etree.ElementTree import fromstring
    >>> def block(text, wc, top=0):
    ...     return fromstring(f'<TextBlock><TextLine HPOS="0" VPOS="{top}" WIDTH="300" HEIGHT="40"><String CONTENT="{text}" WC="{wc}"/></TextLine></TextBlock>')
    >>> [b[0][0].get("CONTENT") for b in _read_once([block("Territon", 0.66), block("Territory", 0.92), block("Territory", 0.92, top=80)])]
    ['Territory', 'Territory']
    """
    kept: list[tuple[Element, list[tuple[Box, str]]]] = []
    for block in blocks:
        lines = [(box, " ".join(s.get("CONTENT") or "" for s in line if _name(s) == "String")) for line in block if _name(line) == "TextLine" and (box := _box(line))]
        twin = next((at for at, (_, earlier) in enumerate(kept) if lines and _read_alike(lines, earlier)), None)
        if twin is None:
            kept.append((block, lines))
        elif _confidence(block) > _confidence(kept[twin][0]):
            kept[twin] = (block, lines)
    return [block for block, _ in kept]


_SAME_PLACE = 0.7  # two readings' line boxes share this much of the larger's area at least ...
_SAME_TEXT = 0.8  # ... and their text is this alike (difflib's ratio)


def _read_alike(lines: list[tuple[Box, str]], earlier: list[tuple[Box, str]]) -> bool:
    if len(lines) != len(earlier):
        return False
    for (box, text), (other, other_text) in zip(lines, earlier):
        width = box.shared_width(other)
        height = box.shared_height(other)
        larger = max(box.width * box.height, other.width * other.height)
        if width <= 0 or height <= 0 or width * height < _SAME_PLACE * larger:
            return False
        if difflib.SequenceMatcher(None, text, other_text, autojunk=False).ratio() < _SAME_TEXT:
            return False
    return True


def _confidence(block: Element) -> float:
    """The mean word confidence (WC) of a block's Strings; 0 where the file gives none."""
    found = []
    for string in block.iter():
        if _name(string) == "String":
            try:
                found.append(float(string.get("WC")))
            except (TypeError, ValueError):
                pass
    return statistics.fmean(found) if found else 0.0


def _region(block: Element, sizes: dict[str, float], words: dict[int, str | None]) -> Region:
    size = _size(block, sizes, None)
    elements = [element for element in block if _name(element) == "TextLine"]
    in_capitals = capitals_lines([[s.get("CONTENT") or "" for s in element if _name(s) == "String"] for element in elements])
    lines = tuple(
        line for element, capitals in zip(elements, in_capitals) if (line := _line(element, sizes, size, words, in_capitals=capitals)).text
    )
    if stripe := border_stripe(lines):  # a border beside the column read into its lines: read them without it
        lines = tuple(
            line for element, capitals in zip(elements, in_capitals) if (line := _line(element, sizes, size, words, stripe, capitals)).text
        )
    return Region(lines, _box(block) or bounds([line.box for line in lines]), ident=block.get("ID"))


def _line(
    element: Element,
    sizes: dict[str, float],
    block_size: float | None,
    whole: dict[int, str | None],
    stripe: tuple[float, float] | None = None,
    in_capitals: bool = False,
) -> Line:
    box = _box(element)
    if stripe is not None:  # the line's box reaches into the border's stripe: its words' bounds are the line's
        box = None
    line_size = _size(element, sizes, block_size)
    words: list[Word] = []
    letters: dict[float, int] = {}  # font size → letters set in it
    spaced = hyphenated = written_whole = part2_first = False
    for child in element:
        name = _name(child)
        if name == "String":
            content = child.get("CONTENT") or ""
            if stripe is not None and _in_stripe(_box(child), stripe) and border_speck(content):
                continue
            written_whole = id(child) in whole  # here, or on the line before: no hyphen to add
            part2_first = part2_first if words else child.get("SUBS_TYPE") == "HypPart2"
            hyphenated = child.get("SUBS_TYPE") == "HypPart1" and not written_whole
            if written_whole:
                content = whole[id(child)] or ""
            words.append(Word(content, _box(child), spaced))
            if (size := _size(child, sizes, line_size)) is not None:
                letters[size] = letters.get(size, 0) + len(content)
            spaced = False
        elif name == "SP":
            spaced = True
        elif name == "HYP":
            hyphenated = not written_whole
    size = max(letters, key=letters.get) if letters else line_size
    if box is None:
        box = bounds([word.box for word in words]) or _box(element)
    if part2_first:
        box = _reaching_its_first_word(box, words)
    if _ghost_word(words):
        words.pop()
        box = bounds([word.box for word in words]) or box
    if (kept := _without_rule_marks(words)) is not words:
        # the line starts where its text does; its end stays (a justified line's bar taken off
        # its end left it looking short, a paragraph's last line)
        words, inner = kept, bounds([word.box for word in kept])
        box = Box(inner.left, box.top, box.right, box.bottom) if inner and box else box
    if specks := head_specks([word.text for word in words], in_capitals):  # dust read as words in a capitals head
        words = [word for at, word in enumerate(words) if at not in specks]
    return Line(line_text(join_words(words, box.height if box else None), hyphenated), box, size, tuple(words))


def _reaching_its_first_word(box: Box | None, words: list[Word]) -> Box | None:
    """The box of a line that opens on a hyphenated word's second part, widened to the left edge
    of that word, where the engine drew it from the second word on. iArchives's ABBYY ALTO
    (Lancaster Intelligencer, 1881) does so: `TextLine HPOS="2228"` over `String CONTENT="tations."
    HPOS="1412"` (`HypPart2`), at the column's edge. Left as drawn, the line looked indented, a
    paragraph's first line, and the paragraph was cut in the middle of a sentence.

    >>> _reaching_its_first_word(Box(2228, 0, 4472, 160), [Word("tations.", Box(1412, 10, 1900, 150)), Word("It", Box(2228, 0, 2300, 150))])
    Box(left=1412, top=0, right=4472, bottom=160)
    """
    first = words[0].box if words else None
    if box is None or first is None or first.left >= box.left:
        return box
    return Box(first.left, box.top, box.right, box.bottom)


def _without_rule_marks(words: list[Word]) -> list[Word]:
    """A line's words without the column rule read into its start or end: a bar ("|") much
    taller than the line's letters (`_RULE_MARK`), and the specks of the next column's line ends
    beyond it (`border_speck`). The Library of Congress's Tesseract ALTO (Highland Recorder,
    1895) reads the rule left of a column into some of its lines: "; | agreement by which we",
    "t | with England and Germany", the bar 220 high among letters 100 high. Left in, the lines
    reached out past the column's edge, the lines between looked indented, and the paragraph
    was cut at each; the marks stayed in the text. The same list comes back when there is none,
    and for a CJK line, whose every glyph is one sign, as a speck is ("在于它 | 外。" on a drawn
    Chinese page read by Tesseract: a misread stroke, not a rule).

    >>> def word(text, left, height=100):
    ...     return Word(text, Box(left, 0, left + 40 * len(text), height), True)
    >>> [w.text for w in _without_rule_marks([word(";", 0), word("|", 60, 220), word("agreement", 120), word("by", 500), word("which", 600)])]
    ['agreement', 'by', 'which']
    >>> line = [word("agreement", 0), word("|", 400), word("by", 460)]  # a bar no taller than the letters: text
    >>> _without_rule_marks(line) is line
    True
    """
    letters = [word.box.height for word in words if word.box is not None and any(ch.isalpha() for ch in word.text)]
    if len(letters) < 2 or any(is_cjk(ch) for word in words for ch in word.text):  # a CJK glyph is a "speck" (one sign)
        return words
    height = statistics.median(letters)

    def bar(word: Word) -> bool:
        return word.box is not None and word.text and set(word.text) <= _RULE_BARS and word.box.height >= _RULE_MARK * height

    first = next((at for at, word in enumerate(words[: _RULE_SPECKS + 1]) if bar(word)), None)
    if first is not None and all(border_speck(word.text) for word in words[:first]):
        return words[first + 1 :]
    last = next((at for at in range(len(words) - 1, max(-1, len(words) - _RULE_SPECKS - 2), -1) if bar(words[at])), None)
    if last is not None and all(border_speck(word.text) for word in words[last + 1 :]):
        return words[:last]
    return words


_RULE_BARS = frozenset("|¦")
_RULE_MARK = 1.6  # a bar this many times as tall as the line's letters is a rule, not a letter
_RULE_SPECKS = 2  # the specks of the next column's line ends a rule mark may have beyond it


def _in_stripe(box: Box | None, stripe: tuple[float, float]) -> bool:
    return box is not None and (box.right <= stripe[0] or box.left >= stripe[1])


def _ghost_word(words: list[Word]) -> bool:
    """iArchives glues a ghost onto a line's end: a word of the next line run into this
    one's last, boxed over both lines (Winchester News, 1910: "house on Saturday night
    operaI-", the last word 444 high among words of 140, then "Time House of a Thousand").
    A last word of three letters or more this many times as tall as the line's
    other words, that are three or more, is one (`_GHOST_WORD`). Not in CJK: a vertical
    line's "words" are as tall as they are long.

    Nor a last word that closes its sentence with a stop: a ghost is the next line's start run
    on, and a stop ends the paragraph on this line, the word boxed tall with a smudge around it
    (Tesseract's ALTO of an 1890s Queensland column: "…framed with a chevaux de frise of epeers."
    the last word 70 high among words of 27; dropped, its stop went with it and the indented
    paragraph under it was joined on: "…frise of Stepping over the threshold…").

    >>> line = [Word(text, Box(at * 60, 0, at * 60 + 50, 27), True) for at, text in enumerate(("a", "frise", "of"))]
    >>> _ghost_word([*line, Word("operaI-", Box(200, 0, 260, 70), True)])
    True
    >>> _ghost_word([*line, Word("spears.", Box(200, 0, 260, 70), True)])
    False
    """
    if len(words) < 4 or any(word.box is None for word in words) or len(words[-1].text) < 3:
        return False
    if ends_sentence(words[-1].text):
        return False
    if any(is_cjk(char) for word in words for char in word.text):
        return False
    others = statistics.median(word.box.height for word in words[:-1])
    return words[-1].box.height >= _GHOST_WORD * others
