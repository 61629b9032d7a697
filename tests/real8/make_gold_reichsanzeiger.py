#!/usr/bin/env python3
"""Write the gold of the Reichsanzeiger PAGE ground-truth pages of this set.

The text is the GT's line text (Transkribus, status GT; ſ, ⸗, ꝛc. kept as transcribed). Each
page's decisions are in PAGES: the role of every line that is not body text (furniture, title,
heading, byline, section); a `§. N.` line is a heading; a body line opens a new paragraph when it
is indented >= INDENT px against the column's flush margin there, or is listed in `starts`
(and never when listed in `nostart`). A region that opens flush continues the paragraph of the
region before (a column break). Run from this directory: python3 make_gold_reichsanzeiger.py
"""

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter

INDENT = 45
WINDOW = 6
KEEP_HYPHEN_BEFORE = ("und ", "oder ", "bis ", "ſowie ")
PARAGRAPH_MARK = re.compile(r"^§\. \d+\.$")


def page_lines(path):
    """Yield ((region id, line index), x, text) in the file's reading order."""
    root = ET.parse(path).getroot()
    ns = root.tag.split("}")[0] + "}"
    page = root.find(f"{ns}Page")
    regions = {r.get("id"): r for r in page.iter(f"{ns}TextRegion")}
    order = [ref.get("regionRef") for ref in page.iter(f"{ns}RegionRefIndexed")]
    for region_id in order or list(regions):
        for index, line in enumerate(regions[region_id].findall(f"{ns}TextLine")):
            points = line.find(f"{ns}Coords").get("points").split()
            x = min(int(point.split(",")[0]) for point in points)
            unicode = line.find(f"{ns}TextEquiv/{ns}Unicode")
            yield (region_id, index), x, (unicode.text or "").strip()


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
    furniture, articles, body, title = [], [], [], []
    group_of = {region: group for group in spec["furniture_groups"] for region in group}
    last_group = None

    def close_body():
        if body:
            articles[-1]["paragraphs"] += paragraphs(body, spec)
            body.clear()

    for key, x, text in page_lines(spec["file"]):
        role = spec["roles"].get(key) or spec["roles"].get(key[0])
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
        elif role == "title":
            close_body()
            title.append(text)
        elif role == "heading":
            close_body()
            articles[-1]["headings"].append(text)
        elif role == "byline":
            close_body()
            articles[-1]["byline"].append(text)
        else:
            if title or not articles:
                articles.append({"title": title, "byline": [], "headings": [], "paragraphs": []})
                title = []
            body.append((key, x, text))
    close_body()
    return furniture, articles


def check_nothing_lost(spec, furniture, found):
    """Every GT character is in the gold once, but the ⸗/- of split words (and whitespace)."""

    def letters(texts):
        return Counter(c for text in texts for c in text if not c.isspace() and c not in "⸗-")

    page = letters(text for _, _, text in page_lines(spec["file"]))
    parts = [*furniture, *spec.get("section_lines", ())]
    for article in found:
        parts += article["title"] + article["byline"] + article["headings"] + article["paragraphs"]
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
