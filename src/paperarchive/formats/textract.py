"""Amazon Textract output (JSON) → regions of printed lines, or a layout's text.

Shapes read:
- Textract's own response (`DetectDocumentText`, `AnalyzeDocument`, or the pages of
  `GetDocumentAnalysis` saved as a list of responses): `{"Blocks": [...]}`, each block
  with a `BlockType` (PAGE, LINE, WORD, LAYOUT_*, TABLE …), an `Id`, its
  `Geometry.BoundingBox` (`Left`, `Top`, `Width`, `Height` as shares of the page) and
  `Relationships` (`CHILD` ids). A LINE is a printed line with its `Text` (its WORDs
  say it again, and are not read). Where the response has layout blocks (`FeatureTypes`
  LAYOUT), Textract gives them in its reading order, each pointing at its lines (a
  LAYOUT_LIST at its entries' LAYOUT_TEXT blocks): a region each, in that order, titles
  and section headers as heads, LAYOUT_HEADER, LAYOUT_FOOTER and LAYOUT_PAGE_NUMBER as
  furniture, a figure's lines (words in a photo or a chart) left out. Without a layout,
  the lines are grouped into regions by their boxes, as a PaddleOCR result's are
  (`paddle._grouped`), and ordered as every format's regions are.
- a list of layout blocks as people save them from a layout run (`textract_layout_text`):
  `[{"block_type": "LAYOUT_TITLE", "reading_order": 3, "ocr_result": "…"}, …]`, no boxes and
  no lines, so read as MinerU's content list is: plain text in `reading_order`, a head
  marked `#`, a figure left out. Each text is said twice over there (`said_once`) and its
  lines are run together: a hyphen then a space is a line end, a jump line and a dashed
  signature stand apart, and in a title block only what follows a jump line is the head
  (`_paragraphs`); a head Textract labelled as text is one (`_head_as_text`), and a writer's
  name it boxed as a section header under a head is none.
"""

from __future__ import annotations

import re

from ..errors import EmptyPageError
from .reading import Box, Line, Region, bounds, line_text

# Textract's boxes are shares of the page's width and height; lines are measured in a nominal
# page of this many units (a tabloid page's scan, taller than wide), so that a line's height and
# its letters' advance compare as they do on an engine's pixels.
_PAGE_WIDTH, _PAGE_HEIGHT = 2000.0, 2800.0
_ROLES = {
    "LAYOUT_TITLE": "heading",
    "LAYOUT_SECTION_HEADER": "heading",
    "LAYOUT_HEADER": "header",
    "LAYOUT_FOOTER": "footer",
    "LAYOUT_PAGE_NUMBER": "page-number",
    "LAYOUT_TABLE": "table",
}
_HEADS = frozenset({"LAYOUT_TITLE", "LAYOUT_SECTION_HEADER"})
# What holds no running text: a picture's words (a photo's signs, a chart's labels).
_NO_TEXT = frozenset({"LAYOUT_FIGURE"})
_SPACES = re.compile(r"\s+")
# A jump line inside or at the end of a block whose lines were joined with spaces: "… reported
# that Briyume, Continued on page 2", "… how much was collect Continued on page 2 Heavy Security
# In Jakande's House". Apart, it is the jump line `classify.PAGE_POINTER` knows.
_JUMP_LINE = re.compile(r"(?:^|\s+)(\(?(?:Continued|Cont'd|Contd\.?) (?:on|from) [Pp]age \w+\.?\)?)(?:\s+|$)")
# A writer's name opened by a dash after the block's last sentence: "… Nations Cup. - Femi Olabode".
_SIGNED_AT_END = re.compile(r"(?<=[.!?\"”’])\s+(?=[-–—] ?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3}$)")


def textract_regions(data) -> list[list[Region]]:
    """The regions of each page of a Textract response.

    >>> def block(kind, ident, left, top, width, height, text=None, children=()):
    ...     b = {"BlockType": kind, "Id": ident, "Geometry": {"BoundingBox": {"Left": left, "Top": top, "Width": width, "Height": height}}}
    ...     return b | ({"Text": text} if text else {}) | ({"Relationships": [{"Type": "CHILD", "Ids": list(children)}]} if children else {})
    >>> blocks = [block("LINE", "l1", 0.1, 0.10, 0.5, 0.01, "Harbour frozen"), block("LINE", "l2", 0.1, 0.111, 0.5, 0.01, "for a week")]
    >>> [[line.text for line in r.lines] for r in textract_regions({"Blocks": blocks})[0]]
    [['Harbour frozen', 'for a week']]
    >>> layout = [block("LAYOUT_TITLE", "t", 0.1, 0.1, 0.5, 0.01, children=["l1"]), block("LAYOUT_TEXT", "x", 0.1, 0.111, 0.5, 0.01, children=["l2"])]
    >>> [(r.role, r.lines[0].text) for r in textract_regions({"Blocks": blocks + layout})[0]]
    [('heading', 'Harbour frozen'), (None, 'for a week')]
    """
    pages: dict[object, list[dict]] = {}
    for block in _blocks(data):
        pages.setdefault(block.get("Page", 1), []).append(block)
    out = [_page(blocks) for blocks in pages.values()]
    if not any(out):
        if not pages:
            from . import MarkupError

            raise MarkupError("not a Textract response: no Blocks")
        raise EmptyPageError("the Textract response holds no text (no LINE block)")
    return out


def _blocks(data) -> list[dict]:
    """Every block of a response, or of a list of responses (one per page of a long document)."""
    responses = data if isinstance(data, list) else [data]
    return [
        block
        for response in responses if isinstance(response, dict) and isinstance(response.get("Blocks"), list)
        for block in response["Blocks"] if isinstance(block, dict)
    ]


def _page(blocks: list[dict]) -> list[Region]:
    by_id = {block.get("Id"): block for block in blocks}
    lines = {block.get("Id"): line for block in blocks if block.get("BlockType") == "LINE" and (line := _line(block)).text}
    layout = [block for block in blocks if str(block.get("BlockType", "")).startswith("LAYOUT_")]
    if not layout:
        from .paddle import _grouped

        return _grouped(list(lines.values()))
    listed = {ident for block in layout if block.get("BlockType") == "LAYOUT_LIST" for ident in _children(block)}
    regions, claimed = [], set()
    for block in layout:
        if block.get("Id") in listed:
            continue  # an entry of a list, read with its list
        kind = block.get("BlockType")
        # A list's entries (LAYOUT_TEXT blocks) are a region each; any other block, one region of its lines.
        parts = [by_id[i] for i in _children(block) if i in by_id] if kind == "LAYOUT_LIST" else [block]
        for part in parts:
            ids = [i for i in _children(part) if i in lines] or _inside(_box(part), lines, claimed)
            claimed.update(ids)
            found = tuple(lines[i] for i in ids)
            if found and kind not in _NO_TEXT:
                regions.append(Region(found, _box(part) or bounds([line.box for line in found]), _ROLES.get(kind)))
    rest = [line for ident, line in lines.items() if ident not in claimed]
    if rest:  # lines no layout block holds: placed by their boxes, after the layout's
        from .paddle import _grouped

        regions += _grouped(rest)
    return regions


def _inside(box: Box | None, lines: dict, claimed: set) -> list:
    """The lines no block has claimed whose middles lie in a layout block's box, top to bottom:
    the lines of a LAYOUT_TABLE or LAYOUT_KEY_VALUE, which point at a TABLE's cells or at
    KEY_VALUE_SETs and their WORDs rather than at LINEs, so that a table's rows stay where
    the layout reads them (not after the page's last block)."""
    if box is None:
        return []
    found = [
        (line.box.top, line.box.left, ident) for ident, line in lines.items()
        if ident not in claimed and line.box is not None
        and box.left <= (line.box.left + line.box.right) / 2 <= box.right and box.top <= (line.box.top + line.box.bottom) / 2 <= box.bottom
    ]
    return [ident for *_, ident in sorted(found)]


def _children(block: dict) -> list:
    return [
        ident
        for relation in block.get("Relationships") or [] if isinstance(relation, dict) and relation.get("Type") == "CHILD"
        for ident in relation.get("Ids") or []
    ]


def _line(block: dict) -> Line:
    return Line(line_text(_SPACES.sub(" ", str(block.get("Text") or "")).strip()), _box(block))


def _box(block: dict) -> Box | None:
    """A block's box on the nominal page, or None when it has none."""
    try:
        box = block["Geometry"]["BoundingBox"]
        left, top = float(box["Left"]) * _PAGE_WIDTH, float(box["Top"]) * _PAGE_HEIGHT
        return Box(left, top, left + float(box["Width"]) * _PAGE_WIDTH, top + float(box["Height"]) * _PAGE_HEIGHT)
    except (KeyError, TypeError, ValueError):
        return None


def textract_layout_text(items) -> str:
    """A saved list of Textract layout blocks as the plain text it prints: blocks in their
    `reading_order`, heads marked `#` (as MinerU's titles are), figures left out.

    >>> print(textract_layout_text([
    ...     {"block_type": "LAYOUT_TEXT", "reading_order": 2, "ocr_result": "The harbour froze. The harbour froze."},
    ...     {"block_type": "LAYOUT_FIGURE", "reading_order": 3, "ocr_result": "EXIT EXIT"},
    ...     {"block_type": "LAYOUT_TITLE", "reading_order": 1, "ocr_result": "Ice Ice"}]), end="")
    # Ice
    <BLANKLINE>
    The harbour froze.
    """
    from . import MarkupError

    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise MarkupError("not a list of Textract layout blocks: it is not a list of objects with a block_type")
    paragraphs = []
    for item in sorted(items, key=_reading_order):
        kind = str(item.get("block_type") or "")
        text = said_once(" ".join(str(item.get("ocr_result") or "").split()))
        if kind in _NO_TEXT or not text:
            continue
        under_head = bool(paragraphs) and paragraphs[-1].startswith("# ")
        # (a writer's name Textract boxed as a section header under the head is no head of its own:
        # marked, it took the story from its head, "Lagos VIPs Shun Saleh" / "# Charles Owoeye")
        head = kind in _HEADS and not (under_head and _WRITER.match(text)) or kind == "LAYOUT_TEXT" and _head_as_text(text)
        paragraphs += _paragraphs(text, head)
    if not paragraphs:
        raise EmptyPageError("the Textract layout blocks hold no text")
    return "\n\n".join(paragraphs) + "\n"


def _paragraphs(text: str, head: bool) -> list[str]:
    """A block's text, whose printed lines the saved list joined with spaces, as the paragraphs
    and lines it still shows. A jump line is a paragraph of its own (furniture, not the words
    of the story it ends), and so is a dashed writer's name after the last sentence (the story's
    signature, not its last words); a hyphen then a space is a line end (`reading._lost_line_ends`:
    "Nige- rian", which `dehyphenate` joins as for any line end). In a head's block, what stands
    before a jump line is the end of the story above, and only what follows the last one is the
    head (Textract boxed a story's last lines, its jump line and the next story's head as one title).

    >>> _paragraphs("the notorious Nige- rian way, Briyume said. Continued on page 2", False)
    ['the notorious Nige-\\nrian way, Briyume said.', 'Continued on page 2']
    >>> _paragraphs("the last ferry left. Continued on page 2 Harbour Closes For Winter", True)
    ['the last ferry left.', 'Continued on page 2', '# Harbour Closes For Winter']
    >>> _paragraphs("as the council said. - Tom Walker", False)
    ['as the council said.', '- Tom Walker']
    """
    from .reading import _lost_line_ends

    pieces = [piece for part in _JUMP_LINE.split(text) for piece in _SIGNED_AT_END.split(part) if piece.strip()]
    last = max((k for k, piece in enumerate(pieces) if not _JUMP_LINE.fullmatch(piece)), default=None)
    return [("# " if head and k == last else "") + "\n".join(_lost_line_ends((piece,))) for k, piece in enumerate(pieces)]


# A display head's words: a few, each of four letters or more capitalised, no sentence's stop
# after them (the dots of a head that runs on to the next are no stop), no clause's comma.
_HEAD_WORD = re.compile(r"[^\W\d_]{4,}")
_HEAD_WORDS = 12
# A writer's name: two or three words, each capitalised or in capitals ("Charles Owoeye", "TOM WALKER").
_WRITER = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]{2,}|[A-Z]\.)(?: (?:[A-Z][a-z'’-]+|[A-Z]{2,})){1,2}$")


def _head_as_text(text: str) -> bool:
    """A display head Textract labelled LAYOUT_TEXT: a few words in Title Case or capitals with
    no sentence's stop and no clause's comma ("Lagos VIPs Shun Saleh", "Mandela To Hold Power
    Till 1999.."); a line of text cut into a block of its own is in lower case ("Assessing the
    gallery"), a date line has its comma ("Thursday 22 December, 1994").

    >>> _head_as_text("Bus Fares Rise Again"), _head_as_text("Council Meets Till 1999.."), _head_as_text("Assessing the harbour")
    (True, True, False)
    >>> _head_as_text("Thursday 22 December, 1994"), _head_as_text("Tom Walker said so."), _head_as_text("Fares Rise By N50,000")
    (False, False, True)
    """
    words = _HEAD_WORD.findall(text)
    stop = text.rstrip()[-1:] in ".!?:;" and not text.rstrip().endswith("..")
    return 0 < len(text.split()) <= _HEAD_WORDS and bool(words) and all(w[0].isupper() for w in words) and not stop and not re.search(r",\s", text)


def _reading_order(item: dict) -> float:
    try:
        return float(item.get("reading_order"))
    except (TypeError, ValueError):
        return float("inf")  # unnumbered blocks last, in the order given (the sort is stable)


def said_once(text: str) -> str:
    """A block's text said once where it is said twice over: a script that reads a layout
    block with Textract's `DetectDocumentText` and joins the `Text` of every block the
    response holds joins its LINEs and then its WORDs, which say the same words again
    ("Alex Oni Alex Oni"). Only an exact repeat, halved at a space, is one.

    >>> said_once("Lagos VIPs Shun Saleh Lagos VIPs Shun Saleh"), said_once("Bye bye"), said_once("No no no")
    ('Lagos VIPs Shun Saleh', 'Bye bye', 'No no no')
    """
    half = len(text) // 2
    if len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return text
