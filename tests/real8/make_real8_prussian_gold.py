#!/usr/bin/env python3
"""Write the gold of the Reichsanzeiger PAGE ground-truth pages of this set.

The text is the GT's line text (Transkribus, status GT; ſ, ⸗, ꝛc. kept as transcribed). Each
page's decisions are in PAGES: the role of every line that is not body text (furniture, title,
subtitle, source, heading, byline, section); a `§. N.` line is a heading; a body line opens a new
paragraph when it is indented >= INDENT px against the column's flush margin there (not in the
`ragged` regions), or is listed in `starts` (and never when listed in `nostart`). A region that
opens flush continues the paragraph of the region before (a column break). A table (cells stored
as loose regions) goes where `order` puts it, one paragraph per row. The script asserts that the
gold holds every character of the GT. Run from this directory: python3 make_real8_prussian_gold.py
"""

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter

INDENT = 45
WINDOW = 6
KEEP_HYPHEN_BEFORE = ("und ", "oder ", "bis ", "ſowie ")
PARAGRAPH_MARK = re.compile(r"^§\. \d+\.$")


TABLE_CELL = re.compile(r"structure \{type:(T\d+)C(\d+);")
ROW_TOLERANCE = 15


def text_of(line, ns):
    unicode = line.find(f"{ns}TextEquiv/{ns}Unicode")
    return (unicode.text or "").strip() if unicode is not None else ""


def left_and_top(element, ns):
    points = element.find(f"{ns}Coords").get("points").split()
    return min(int(p.split(",")[0]) for p in points), min(int(p.split(",")[1]) for p in points)


def parse(path):
    root = ET.parse(path).getroot()
    ns = root.tag.split("}")[0] + "}"
    page = root.find(f"{ns}Page")
    return ns, page, {r.get("id"): r for r in page.iter(f"{ns}TextRegion")}


def table_rows(regions, ns, table):
    """A table's rows, top to bottom: cells whose tops lie within ROW_TOLERANCE px share a row;
    a row is its non-empty cells, left to right, each cell's lines joined."""
    cells = []
    for region in regions.values():
        match = TABLE_CELL.search(region.get("custom", ""))
        if match and match.group(1) == table:
            text = join([text_of(line, ns) for line in region.findall(f"{ns}TextLine")])
            if text:
                cells.append((left_and_top(region, ns)[1], int(match.group(2)), text))
    rows = []
    for top, column, text in sorted(cells):
        if rows and top - rows[-1][0] <= ROW_TOLERANCE:
            rows[-1][1].append((column, text))
        else:
            rows.append((top, [(column, text)]))
    return [" ".join(text for _, text in sorted(row)) for _, row in rows]


def page_lines(spec):
    """Yield ((region id, line index), x, text) in reading order: the file's, or spec["order"]
    (where a table id stands for its rows, yielded with x None); lines of the regions in
    spec["sort_lines"] top to bottom (the GT lists them out of order)."""
    ns, page, regions = parse(spec["file"])
    order = spec.get("order") or [r.get("regionRef") for r in page.iter(f"{ns}RegionRefIndexed")]
    for region_id in order:
        if region_id not in regions:
            for index, row in enumerate(table_rows(regions, ns, region_id)):
                yield (region_id, index), None, row
            continue
        lines = list(enumerate(regions[region_id].findall(f"{ns}TextLine")))
        if region_id in spec.get("sort_lines", ()):
            lines.sort(key=lambda item: left_and_top(item[1], ns)[1])
        for index, line in lines:
            yield (region_id, index), left_and_top(line, ns)[0], text_of(line, ns)


def all_gt_text(path):
    """Every line text of the file (table cells included), for the nothing-lost check."""
    ns, page, _ = parse(path)
    return [text_of(line, ns) for line in page.iter(f"{ns}TextLine")]


def join(lines):
    """Join printed lines: a line-end ⸗/- before a lower-case word is a split word."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif text[-1] in "⸗-" and line.startswith(KEEP_HYPHEN_BEFORE):
            text += " " + line
        elif text[-1] in "⸗-" and line[:1].islower():
            text = text[:-1] + line
        elif text[-1] in "⸗-":
            text += line
        else:
            text += " " + line
    return text


def paragraphs(body, spec):
    """Cut a run of body lines ((key, x, text)) into paragraphs by indent.

    The flush margin is the leftmost line within WINDOW lines in the same region (the columns
    are skewed: the margin drifts by 30-40 px down a column)."""
    out, current = [], []
    for i, (key, x, text) in enumerate(body):
        near = body[max(0, i - WINDOW) : i + WINDOW + 1]
        margin = min(other_x for other_key, other_x, _ in near if other_key[0] == key[0])
        by_indent = x - margin >= INDENT and key[0] not in spec.get("ragged", ())
        start = (by_indent or key in spec["starts"]) and key not in spec["nostart"]
        if current and start:
            out.append(join(current))
            current = []
        current.append(text)
    if current:
        out.append(join(current))
    return out


def build(spec):
    """Walk the page in reading order and give every line its role."""
    furniture, articles, body = [], [], []
    pending = {"title": [], "subtitle": [], "source": []}
    group_of = {region: group for group in spec["furniture_groups"] for region in group}
    last_group = None

    def close_body():
        if body:
            articles[-1]["paragraphs"] += paragraphs(body, spec)
            body.clear()

    def current_article():
        if any(pending.values()) or not articles:
            close_body()
            articles.append({**pending, "byline": [], "headings": [], "paragraphs": []})
            for key in pending:
                pending[key] = []
        return articles[-1]

    for key, x, text in page_lines(spec):
        role = spec["roles"].get(key) or spec["roles"].get(key[0])
        if role is None and x is None:
            role = "row"
        if role is None and PARAGRAPH_MARK.match(text):
            role = "heading"
        if role == "furniture":
            group = group_of.get(key[0], key[0])
            if furniture and group == last_group:
                furniture[-1] += " " + text
            else:
                furniture.append(text)
            last_group = group
        elif role == "section":
            continue
        elif role in pending:
            close_body()
            pending[role].append(text)
        elif role == "heading":
            close_body()
            articles[-1]["headings"].append(text)
        elif role == "byline":
            close_body()
            articles[-1]["byline"].append(text)
        elif role == "row":
            current_article()
            close_body()
            articles[-1]["paragraphs"].append(text)
        else:
            current_article()
            body.append((key, x, text))
    close_body()
    return furniture, articles


def check_nothing_lost(spec, furniture, found):
    """Every GT character is in the gold once, but the ⸗/- of split words (and whitespace)."""

    def letters(texts):
        return Counter(c for text in texts for c in text if not c.isspace() and c not in "⸗-")

    page = letters(all_gt_text(spec["file"]))
    parts = [*furniture, *spec.get("section_lines", ())]
    for article in found:
        for field in ("title", "subtitle", "source", "byline", "headings", "paragraphs"):
            parts += article[field]
    gold = letters(parts)
    assert page == gold, (spec["file"], page - gold, gold - page)


def gold_article(found, spec):
    """The gold record: a multi-line head is the title (or its first line + the rest as subtitle);
    spec["fields"] gives other readings for the article whose head starts with the key."""
    record = {
        "section": None,
        "kicker": None,
        "title": None,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": found["headings"],
        "paragraphs": found["paragraphs"],
        "captions": [],
    }
    if len(found["title"]) > 1:
        record["title"] = [join(found["title"]), found["title"][0]]
        record["subtitle"] = [None, join(found["title"][1:])]
    elif found["title"]:
        record["title"] = found["title"][0]
    if found["subtitle"]:
        record["subtitle"] = join(found["subtitle"])
    if found["source"]:
        record["source"] = [join(found["source"]), None]
        record["kicker"] = [None, join(found["source"])]
    if found["byline"]:
        record["byline"] = spec["bylines"](join(found["byline"]))
    head = found["title"][0] if found["title"] else None
    record.update(spec.get("fields", {}).get(head, {}))
    return record


def signatures_1891(joined):
    if joined.startswith("(L. S.)"):
        return [joined, joined.removeprefix("(L. S.) "), "Wilhelm J. R.", "von Caprivi.", None]
    return [joined, "von Caprivi.", None]


PAGES = {
    "reichsanzeiger_1891-01-01_east_africa_ordinance_front.page.xml": {
        "file": "reichsanzeiger_1891-01-01_east_africa_ordinance_front.page.xml",
        "page": {"date": "1891-01-01"},
        "fields": {
            "Verordnung,": {"section": ["Deutſches Reich.", None]},
            "Verfügung,": {"section": ["Deutſches Reich.", None]},
        },
        "section_lines": ["Deutſches Reich."],
        "bylines": signatures_1891,
        "roles": {
            **{f"r{i}": "furniture" for i in (1, 2, 3, 4, 5, 6, 7, 14)},
            "r8": "section",
            ("r9", 0): "title",
            ("r9", 1): "title",
            ("r9", 2): "title",
            "r12": "title",
            ("r11", 39): "byline",
            ("r11", 40): "byline",
            ("r13", 36): "byline",
            ("r13", 37): "byline",
        },
        # the centred second line of the preamble (König von Preußen ꝛc.) is not a new paragraph;
        # the place/date line after the one-line last § is one (no flush line to measure it by)
        "nostart": {("r9", 4)},
        # one furniture string per printed unit: the two-line paper name, the date line
        "furniture_groups": [("r1", "r2", "r3"), ("r5", "r6", "r7")],
        "starts": {("r13", 35)},
        "note": (
            "Deutscher Reichsanzeiger und Königlich Preußischer Staatsanzeiger Nr. 1, Berlin, "
            "Thursday 1 January 1891 (Mittags), FRONT PAGE, one page, PAGE XML human ground "
            "truth of the reichsanzeiger-gt project (CC0 1.0), copied unchanged. Furniture: the "
            "masthead, set in seven header regions and kept as three strings (the paper's "
            "two-line name with its 'und'; 'No. 1.'; the date line 'Berlin, Donnerſtag, den 1. "
            "Januar, Mittags. 1891.': the pieces alone, 'und' and '1891.', would be found inside "
            "the text), and the imprint footer. Under the department head 'Deutſches Reich.' "
            "(section, or none) two colonial LEGAL ACTS for German East Africa: (1) the "
            "Verordnung (ordinance) whose centred three-line title stands INSIDE the first "
            "paragraph region (title = the whole head, or 'Verordnung,' with the "
            "'betreffend …' lines as subtitle), the preamble 'Wir Wilhelm, … König von Preußen "
            "ꝛc. verordnen …' as one paragraph (the centred second line does not open one), "
            "TWENTY centred '§. N.' lines as headings inside the paragraph regions, the text "
            "running across three columns (column breaks inside sentences: 'Prozeß⸗"
            "Bevollmächtigten beſtellt hat, | angeordnet werden'), the closing formula and "
            "'Gegeben Berlin, …' as paragraphs, and the signature block '(L. S.) Wilhelm J. R.' "
            "/ 'von Caprivi.' as byline (or none); (2) the Verfügung (decree) under its own "
            "five-line centred head, §. 1.–§. 3., place/date line as a paragraph and the "
            "signature 'Der Reichskanzler' / 'von Caprivi.' as byline. Paragraphs by first-line "
            "indent; a line-end ⸗ is removed before a lower-case continuation and kept before a "
            "capital (Deutſch⸗Oſt⸗Afrika) or before 'und'/'oder' (Zahlungs⸗ und). GT spellings "
            "kept (Reichs Geſetzbl., vollſtredung, Wilhelm J. R.). Score with --fuzzy 0.9."
        ),
    },
    "staatszeitung_1829_nr73_mexico_conclave_spread.page.xml": {
        "file": "staatszeitung_1829_nr73_mexico_conclave_spread.page.xml",
        "page": {},
        "bylines": None,
        "roles": {
            "r2": "title",
            "r6": "title",
            "r12": "title",
            "r13": "furniture",
            "r22": "title",
        },
        "fields": {
            "Vermiſchte Nachrichten.": {
                "title": ["Vermiſchte Nachrichten.", None],
                "section": [None, "Vermiſchte Nachrichten."],
                "kicker": [None, "(Schluß des geſtern abgebrochenen Artikels.)"],
            },
            "(Eingeſandt.)": {"title": ["(Eingeſandt.)", None]},
        },
        # the four-line citation under the Latin quotation is a hanging block: one paragraph
        "nostart": {("r27", 1), ("r27", 2), ("r27", 3)},
        # column 3 lies in the gutter: the GT lines start wherever the first legible letter
        # is (llegiums, uͤſſen), so indents mean nothing there; its regions are its paragraphs
        "ragged": {"r16", "r17", "r18", "r19"},
        "starts": {("r17", 0), ("r18", 0), ("r19", 0)},
        "furniture_groups": [],
        "note": (
            "Allgemeine Preußische Staats-Zeitung (the Reichsanzeiger's predecessor), 1829, "
            "Nr. 73 (the GT names the file 1829_73_0295; the day is not printed on this spread), "
            "a DOUBLE PAGE of four wide columns with no running head or folio in the GT, PAGE "
            "XML human ground truth of the reichsanzeiger-gt project (CC0 1.0), copied "
            "unchanged. Long-s and the superscript-e umlaut kept as transcribed (ſ, aͤ with "
            "U+0364). Articles: (1) the spread OPENS MID-SENTENCE with the end of a report on "
            "New York from the page before (hauptſaͤchlichſten zu ſeyn: …): an untitled "
            "article; (2) 'Mexiko.' (country head = title): a company notice quoting letters, "
            "its paragraphs opening with „; (3) 'Inland.': two run-in dated items (Frankfurt "
            "a. O., 12. Maͤrz. / Koͤln, 6. Maͤrz.) in one article, the Cologne carnival item "
            "running over the column break into column 2; (4) 'Vermiſchte Nachrichten.' over "
            "one untitled item (title or section), with the continuation note '(Schluß des "
            "geſtern abgebrochenen Artikels.)' (furniture, or kicker) and a long account of "
            "the papal conclave across columns 2-4, with Italian and Latin formulas in "
            "Antiqua; (5) '(Eingeſandt.)' ('contributed', title or none): a letter on the "
            "Wrschowitz family with a LATIN BLOCK QUOTATION (Antiqua, hyphen '-' splits: "
            "po-/pulum) and its four-line source citation (one paragraph). The GT of column 2 "
            "LOSES letters at the line ends in the gutter (Die Vor / reitungen, ſch / laͤngere) "
            "and of column 3 at the line starts (Colle⸗ / um): kept as transcribed. Paragraphs "
            "by first-line indent, except in the gutter column 3, whose line starts are ragged "
            "from the lost letters: there the GT's regions are the paragraphs; line-end ⸗/- removed before a lower-case continuation, kept "
            "before a capital or 'und' (Baumwollen⸗ und). Score with --fuzzy 0.9."
        ),
    },
    "staatsanzeiger_1857_nr132_company_notices_italian_tables_spread.page.xml": {
        "file": "staatsanzeiger_1857_nr132_company_notices_italian_tables_spread.page.xml",
        "page": {},
        "bylines": lambda joined: [joined, None],
        # the GT lists the table cells after all the text: each table goes where it is printed
        "order": [
            "r1",
            "T0",
            *(f"r{i}" for i in range(2, 14)),
            "T1",
            "r14",
            "r15",
            "T2",
            *(f"r{i}" for i in range(16, 42)),
        ],
        "sort_lines": {"r27"},
        "roles": {
            **{r: "furniture" for r in ("r1", "r26", "r3", "r6", "r9", "r12", "r14", "r18")},
            **{r: "furniture" for r in ("r31", "r34")},
            **{r: "title" for r in ("r4", "r7", "r10", "r13", "r15", "r19", "r23", "r32")},
            **{r: "title" for r in ("r35", "r39")},
            "r17": "source",
            "r22": "source",
            "r24": "subtitle",
            "r16": "byline",
            "r21": "byline",
            "r30": "byline",
            ("r2", 6): "byline",
            ("r2", 7): "byline",
            ("r5", 24): "byline",
            ("r5", 25): "byline",
            ("r8", 18): "byline",
            ("r33", 22): "byline",
            ("r38", 14): "byline",
            ("r38", 15): "byline",
        },
        "fields": {
            "Sieg⸗Rheiniſcher Bergwerks⸗": {
                "title": [
                    "Sieg⸗Rheiniſcher Bergwerks⸗ und Hütten⸗Actien⸗Verein.",
                    "Sieg⸗Rheiniſcher Bergwerks⸗ und Hütten⸗Actien⸗Verein. Sechste Einzahlung von Zehn Prozent.",
                ],
                "subtitle": ["Sechste Einzahlung von Zehn Prozent.", None],
            },
        },
        # display-set notices (centred amounts and dates, bank lists with a bracketed place at
        # the right): their indents are layout, not paragraphs; the paragraphs are listed
        "ragged": {"r8", "r33", "r37", "r38", "r40"},
        "starts": {
            ("r8", 17),
            ("r28", 0),
            ("r33", 21),
            ("r37", 6),
            *(("r38", i) for i in (3, 8, 10, 12, 13)),
            *(("r40", i) for i in range(7)),
            ("r41", 0),
        },
        "nostart": {("r28", 9)},
        "furniture_groups": [],
        "note": (
            "Königlich Preußischer Staats-Anzeiger 1857 Nr. 132 (the GT names the file "
            "1857_132_0507; the notices are dated 2-6 June 1857), a DOUBLE PAGE of the "
            "advertisement supplement (folios 1080 and 1081), PAGE XML human ground truth of "
            "the reichsanzeiger-gt project (CC0 1.0), copied unchanged. Furniture: the two "
            "folios and TEN bracketed ORDER NUMBERS of the notices ([1286], [1292], …, [696]), "
            "each in its own region before the notice's head. Articles: (1) the end of a "
            "railway's call for payment begun on the page before, opening with a TWO-COLUMN "
            "TABLE of amounts (untitled; table rows are paragraphs) and closing with place/date "
            "and the signature 'Die Direction der Oppeln⸗Tarnowitzer Eiſenbahn.' (byline); "
            "company notices under centred heads, each with a place/date paragraph and a "
            "signature byline: Königsberger Privatbank; Bergbau⸗Actien⸗Geſellſchaft „Pluto.“ "
            "(DISPLAY-SET: centred amount and date lines and a list of banks inside one "
            "sentence: one paragraph); a Druckfehler⸗Berichtigung; Niederſchleſiſche Zweigbahn "
            "(the notice is only a TABLE of receipts: one paragraph per row, the ditto marks "
            "„ kept); the Weimar bank's Monats⸗Ueberſicht (a THREE-COLUMN balance table, "
            "Aktiva/Paſſiva, one paragraph per row, its date line a row); two ITALIAN notices "
            "of the Leopolda railway of Tuscany in full-width Antiqua, each introduced by "
            "'(Estratto dal Monitore Toscano No. 123.)' (source, or kicker) and headed SOCIETA "
            "ANONIMA / DELLA / STRADA FERRATA LEOPOLDA (title whole, or its first line), the "
            "second with the deck 'AVVISO per vendita …' as subtitle, numbered conditions, a "
            "list of agents (one paragraph) and the signature 'Il Direttore degli Affari "
            "Sociali Ubaldino Peruzzi.'; the Sieg⸗Rheiniſcher Bergwerks⸗ und Hütten⸗Actien⸗"
            "Verein (the last two head lines 'Sechste Einzahlung von Zehn Prozent.' are the "
            "subtitle); the Lübeck⸗Büchener railway's Generalverſammlung (display-set dates, a "
            "1) 2) agenda); a Bekanntmachung on the parliamentary shorthand reports with a "
            "LIST (one paragraph per line) and its total. The GT lists one region's lines out "
            "of order (the second Italian notice's continuation): read top to bottom. "
            "Paragraphs by first-line indent except in the display-set notices, whose "
            "paragraphs are listed; line-end ⸗/- removed before a lower-case continuation "
            "(respetti-/vamente). GT typos kept (II for Il, Deliberzzione, po rà). Score with "
            "--fuzzy 0.9."
        ),
    },
}


def main():
    for name, spec in PAGES.items():
        furniture, found = build(spec)
        check_nothing_lost(spec, furniture, found)
        gold = {
            "note": spec["note"],
            "page": {"furniture": furniture, **spec["page"]},
            "articles": [gold_article(a, spec) for a in found],
        }
        with open(f"{name}.gold.json", "w", encoding="utf-8") as out:
            out.write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
