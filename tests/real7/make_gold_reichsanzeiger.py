#!/usr/bin/env python3
"""Draft-and-decide gold for the Reichsanzeiger PAGE XML pages of tests/real7.

The page files are human ground truth (Transkribus, status GT) copied unchanged from
tboenig/reichsanzeiger-gt. This script reads their text lines in the file's reading order
and applies the decisions written out per page in PAGES (what each head is: section, title,
in-article heading; where an article starts). Paragraph starts are found from the GT line
geometry: a line whose left edge stands >= INDENT px right of the nearest lines around it
(skewed columns drift, so no fixed margin) opens a paragraph; a region that opens flush
continues the paragraph of the region before it (a column break). Line-end hyphens (⸗ or -)
are removed before a lower-case continuation and kept before a capital (Reichs⸗Geſetzblatt).
Text is the GT text (ſ, ⸗ and the GT's typos kept). Run from this directory; the notes (what a scorer should know per page) are in NOTES.
"""

import json
import re
import xml.etree.ElementTree as ET

INDENT = 45
SUSPENDED = {"und", "oder", "bis", "ſowie", "u."}


def _ns(tag):
    return tag.split("}")[1]


def regions(path):
    """[(region id, type, [(x0, y0, x1, y1, text)])] in the file's reading order."""
    page = next(e for e in ET.parse(path).getroot().iter() if _ns(e.tag) == "Page")
    refs = sorted((e for e in page.iter() if _ns(e.tag) == "RegionRefIndexed"), key=lambda e: int(e.get("index")))
    regs = {r.get("id"): r for r in page.iter() if _ns(r.tag) == "TextRegion"}
    out = []
    for rid in [e.get("regionRef") for e in refs]:
        r = regs.get(rid)
        if r is None or re.search(r"type:T\d+C\d+", r.get("custom") or ""):
            continue  # a loose table cell: read by table_rows
        lines = []
        for ln in r:
            if _ns(ln.tag) != "TextLine":
                continue
            pts = next(c for c in ln if _ns(c.tag) == "Coords").get("points").split()
            xs = [int(p.split(",")[0]) for p in pts]
            ys = [int(p.split(",")[1]) for p in pts]
            te = [c for c in ln if _ns(c.tag) == "TextEquiv"]
            u = [c for c in te[-1] if _ns(c.tag) == "Unicode"] if te else []
            lines.append((min(xs), min(ys), max(xs), max(ys), (u[0].text or "").strip() if u else ""))
        # some files list a region's lines out of order (indented and centred lines
        # after the flush ones): read them top to bottom
        lines.sort(key=lambda line: (line[1] + line[3]) / 2)
        out.append((rid, r.get("type") or "", lines))
    return out


def join(lines):
    s = ""
    for t in lines:
        if not s:
            s = t
        elif s[-1] in "⸗-" and t.split(" ")[0] in SUSPENDED:
            s = s + " " + t  # Zoll⸗ und Steuerweſen: the hyphen stands for a word part
        elif s[-1] in "⸗-" and t[:1].islower():
            s = s[:-1] + t
        elif s[-1] in "⸗-" and len(s) > 1 and s[-2].isalpha():
            s = s + t
        else:
            s = s + " " + t
    return s


def starts(lines):
    """Indices of lines that open a paragraph (indented against their neighbours)."""
    out = []
    for i, line in enumerate(lines):
        before = [lines[j][0] for j in range(max(0, i - 3), i)]
        after = [lines[j][0] for j in range(i + 1, min(len(lines), i + 4))]
        if not before and not after:
            continue
        # indented against the lines before AND after it: a block quote indented as a
        # whole opens one paragraph, not one per line
        if all(line[0] - min(side) >= INDENT for side in (before, after) if side):
            out.append(i)
    return out


def table_rows(path, table):
    """Paragraphs for a table stored as loose cells (custom 'structure {type:T<t>C<c>;}'):
    the head as one paragraph, read column by column (each column's head lines top to
    bottom), then one paragraph per body row, read left to right. A row is the cells whose
    line centres lie within 22 px in y; the body starts at the first row opening with a
    number."""
    cells = []
    for r in ET.parse(path).getroot().iter():
        if _ns(r.tag) != "TextRegion":
            continue
        m = re.search(r"type:T(\d+)C(\d+)", r.get("custom") or "")
        if not m or int(m.group(1)) != table:
            continue
        for ln in r:
            if _ns(ln.tag) != "TextLine":
                continue
            pts = next(c for c in ln if _ns(c.tag) == "Coords").get("points").split()
            xs = [int(p.split(",")[0]) for p in pts]
            ys = [int(p.split(",")[1]) for p in pts]
            te = [c for c in ln if _ns(c.tag) == "TextEquiv"]
            u = [c for c in te[-1] if _ns(c.tag) == "Unicode"]
            cells.append(((min(ys) + max(ys)) / 2, min(xs), int(m.group(2)), (u[0].text or "").strip()))
    cells.sort()
    rows = []
    for c in cells:
        if rows and abs(c[0] - rows[-1][0][0]) < 22:
            rows[-1].append(c)
        else:
            rows.append([c])
    body = next(i for i, r in enumerate(rows) if min(r, key=lambda c: c[1])[3][:1].isdigit())
    head = [c for r in rows[:body] for c in r]
    cols = sorted({c[2] for c in head})
    out = [join([join([c[3] for c in sorted(head) if c[2] == col]) for col in cols])]
    out += [join([c[3] for c in sorted(r, key=lambda c: c[1])]) for r in rows[body:]]
    return out


def role_of(plan, text):
    if text in plan["roles"]:
        return plan["roles"][text]
    for pat, role in plan.get("role_patterns", []):
        if re.match(pat, text):
            return role
    return None


def build(path, plan):
    """Articles of the page, following plan:

    roles / role_patterns: what a line is: "title" (opens a new article), "section"
    (department head: sets the section of what follows; "section_reset" heads start a new
    section, others are added to it), "heading" (a head inside the article), "subtitle",
    "byline", "para" (a line that opens a paragraph), "furniture";
    furniture_regions: regions that are page furniture; starts: region -> line indices that
    open paragraphs (instead of the geometry); nostart: (region, line) that do not;
    runin: (region, line) -> title of a new article opened there (a run-in title);
    tables: region -> table number whose rows follow that region.
    """
    arts, cur, para, section = [], None, None, None
    furniture = []

    def new_article(title, key=None):
        nonlocal cur, para
        cur = {
            "title": title,
            "key": key or title,
            "section": section,
            "paras": [],
            "headings": [],
            "subtitle": [],
            "byline": [],
        }
        arts.append(cur)
        para = None

    def line_to_para(text, start):
        nonlocal para
        if cur is None:
            new_article(None, "(continued)")
        if start or para is None:
            para = [text]
            cur["paras"].append(para)
        else:
            para.append(text)

    for rid, typ, lines in regions(path):
        if rid in plan.get("furniture_regions", ()):
            if rid in plan.get("furniture_join", ()):
                furniture.append(join([line[4] for line in lines]))
            else:
                furniture += [line[4] for line in lines]
            continue
        st = set(plan["starts"][rid]) if rid in plan.get("starts", {}) else set(starts(lines))
        for i, line in enumerate(lines):
            text = line[4]
            if (rid, i) in plan.get("runin", {}):
                new_article(plan["runin"][(rid, i)], f"{rid}:{i}")
                line_to_para(text, True)
                continue
            role = role_of(plan, text)
            if role is None and typ == "heading":
                raise SystemExit(f"{path}: no role for heading line {text!r}")
            if role == "section":
                if section is None or text in plan.get("section_reset", ()):
                    section = text
                else:
                    section = section + " " + text
                cur = None
                para = None
            elif role == "title":
                new_article(text)
            elif role == "heading":
                cur["headings"].append(text)
                para = None
            elif role in ("subtitle", "byline"):
                cur[role].append(text)
                para = None
            elif role == "furniture":
                furniture.append(text)
            else:
                start = role == "para" or (i in st and (rid, i) not in plan.get("nostart", ()))
                line_to_para(text, start)
        if rid in plan.get("tables", {}):
            for row in table_rows(path, plan["tables"][rid]):
                line_to_para(row, True)
            para = None
    return arts, furniture


def gold(path, plan, note, date):
    arts, furniture = build(path, plan)
    out = []
    for a in arts:
        t = a["title"]
        sec = plan.get("sections", {}).get(a["section"], a["section"])
        sec = plan.get("title_sections", {}).get(a["key"], sec)
        sub = " ".join(a["subtitle"]) or None
        byl = " ".join(a["byline"]) or None
        out.append(
            {
                "section": sec,
                "kicker": None,
                "title": plan.get("titles", {}).get(a["key"], t),
                "subtitle": plan.get("subtitles", {}).get(sub, sub),
                "byline": [byl, None] if byl else None,
                "source": None,
                "headings": a["headings"],
                "paragraphs": [join(p) for p in a["paras"]],
                "captions": [],
            }
        )
    return {"note": note, "page": {"furniture": furniture, "date": date}, "articles": out}


NICHTAMTLICH = ["Nichtamtliches. Deutſches Reich.", "Nichtamtliches.", "Deutſches Reich.", None]

PAGES = {
    "reichsanzeiger_1914-06-29_sarajevo_country_heads_spread.page.xml": dict(
        date="1914-06-29",
        roles={
            "Miniſterium für Handel und Gewerbe.": "title",
            "Evangeliſcher Oberkirchenrat.": "title",
            "Abgereiſt:": "title",
            "Nichtamtliches.": "section",
            "Deutſches Reich.": "section",
            "Preußen. Berlin, 29. Juni 1914.": "title",
            "Bayern.": "title",
            "Sachſen⸗Meiningen.": "title",
            "Oeſterreich⸗Ungarn.": "title",
            "Rußland.": "title",
            "Italien.": "title",
            "Spanien.": "title",
            "Türkei.": "title",
            "Griechenland.": "title",
            "Serbien.": "title",
            "Montenegro.": "title",
            "Albanien.": "title",
            "Amerika.": "title",
            "Aſien.": "title",
            "Statiſtik und Volkswirtſchaft.": "section",
            "Zur Arbeiterbewegung.": "title",
            "Handel und Gewerbe.": "title",
            "Kunſt und Wiſſenſchaft.": "title",
            "Verdingungen.": "title",
            "Britiſch⸗Südafrika.": "heading",
            "Verkehrsweſen.": "title",
        },
        section_reset={"Nichtamtliches.", "Statiſtik und Volkswirtſchaft."},
        furniture_regions={"r47"},
        sections={
            "Nichtamtliches. Deutſches Reich.": NICHTAMTLICH,
            "Statiſtik und Volkswirtſchaft.": ["Statiſtik und Volkswirtſchaft.", None],
        },
        titles=dict(
            [("Preußen. Berlin, 29. Juni 1914.", ["Preußen.", "Preußen. Berlin, 29. Juni 1914."])]
            + [
                (t, [t, None])
                for t in ("Handel und Gewerbe.", "Kunſt und Wiſſenſchaft.", "Verdingungen.", "Verkehrsweſen.")
            ]
        ),
        title_sections=dict(
            [
                (t, ["Nichtamtliches.", None])
                for t in (
                    "Oeſterreich⸗Ungarn.",
                    "Rußland.",
                    "Italien.",
                    "Spanien.",
                    "Türkei.",
                    "Griechenland.",
                    "Serbien.",
                    "Montenegro.",
                    "Albanien.",
                    "Amerika.",
                    "Aſien.",
                )
            ]
            + [
                (t, [None, "Statiſtik und Volkswirtſchaft.", t])
                for t in ("Handel und Gewerbe.", "Kunſt und Wiſſenſchaft.", "Verdingungen.", "Verkehrsweſen.")
            ]
        ),
    ),
    "reichsanzeiger_1920-07-06_plebiscite_weather_tables_notices_spread.page.xml": dict(
        date="1920-07-06",
        roles=dict(
            [
                (t, "title")
                for t in (
                    "Preußen.",
                    "Oeſterreich.",
                    "Großbritannien und Irland.",
                    "Frankreich.",
                    "Belgien.",
                    "Litauen.",
                    "Lettland.",
                    "Dänemark.",
                    "Schweden.",
                    "Griechenland.",
                    "Aſien.",
                    "Arbeitsſtreitigkeiten.",
                    "Kunſt und Wiſſenſchaft.",
                    "Aeronautiſches Obſervatorium.",
                    "Familiennachrichten.",
                    "Bekanntmachung.",
                )
            ]
            + [
                ("Statiſtik und Volkswirtſchaft.", "section"),
                ("Amtliches.", "section"),
                ("Deutſches Reich.", "section"),
                ("(Weitere „Statiſtiſche Nachrichten“ ſ. i. d. Erſten Beilage.)", "furniture"),
                ("(Fortſetzung aus dem Hauptblatt.)", "furniture"),
                ("Lindenberg, Kr. Beeskow.", "subtitle"),
                ("4. Juli 1920. — Ballonaufſtieg von 6 ¾ a bis 7 ¾ a.", "para"),
                ("¼ bedeckt. Sicht 8 km.", "para"),
                ("5. Juli 1920. — Drachenaufſtieg von 1 ¼ a bis 3 ¼ a.", "para"),
                ("Der Reichsarbeitsminiſter.", "byline"),
            ]
        ),
        role_patterns=[(r"J\. A\.: ", "byline"), (r"Berlin, den \d+\. Juni 1920\.$", "para")],
        section_reset={"Statiſtik und Volkswirtſchaft.", "Amtliches."},
        furniture_regions={"r12", "r15", "r16"},
        furniture_join={"r12"},
        starts={"r24": [1, 5, 9, 12, 14, 22]},
        nostart={("r11", 1), ("r14", 1)},
        runin={("r7", 0): ["Die Hohenſtaufenbauten in Unteritalien.", None]},
        tables={"r8": 0, "r10": 1},
        sections={
            "Amtliches. Deutſches Reich.": ["Amtliches. Deutſches Reich.", "Amtliches.", "Deutſches Reich.", None],
            "Statiſtik und Volkswirtſchaft.": ["Statiſtik und Volkswirtſchaft.", None],
        },
        titles={"Kunſt und Wiſſenſchaft.": ["Kunſt und Wiſſenſchaft.", None]},
        subtitles={"Lindenberg, Kr. Beeskow.": ["Lindenberg, Kr. Beeskow.", None]},
        title_sections={
            "Kunſt und Wiſſenſchaft.": [None, "Kunſt und Wiſſenſchaft.", "Statiſtik und Volkswirtſchaft."],
            "r7:0": ["Kunſt und Wiſſenſchaft.", None, "Statiſtik und Volkswirtſchaft."],
            "Aeronautiſches Obſervatorium.": [None, "Kunſt und Wiſſenſchaft.", "Statiſtik und Volkswirtſchaft."],
            "Familiennachrichten.": [None, "Kunſt und Wiſſenſchaft.", "Statiſtik und Volkswirtſchaft."],
        },
    ),
}

NOTES = {
    "reichsanzeiger_1914-06-29_sarajevo_country_heads_spread.page.xml": (
        "Deutscher Reichsanzeiger und Preußischer Staatsanzeiger Nr. 150, Berlin, Monday 29 June "
        "1914 (the day after the Sarajevo assassination), a double page of six columns, PAGE XML "
        "human ground truth (Transkribus, status GT; reichsanzeiger-gt 1914_150_0748, CC0), "
        "copied unchanged; no running heads are transcribed in this file, so no furniture. "
        "Articles: the page opens in the official part with three small notices under centred "
        "heads inside paragraph regions (Ministerium für Handel und Gewerbe., Evangelischer "
        "Oberkirchenrat., Abgereist:), section unknown on this page (null); then the department "
        "head 'Nichtamtliches.' over 'Deutsches Reich.' (section: either, both, or none for the "
        "German states; 'Nichtamtliches.' or none for the foreign countries); COUNTRY HEADS as "
        "titles (Preußen. with the run-in dateline 'Berlin, 29. Juni 1914.' on the same centred "
        "line: title 'Preußen.' or the whole line; Bayern., Sachsen-Meiningen., Oesterreich-"
        "Ungarn., Rußland., Italien., Spanien., Türkei., Griechenland., Serbien., Montenegro., "
        "Albanien., Amerika., Asien.), each one article holding all the unheaded reports under it"
        " ('—'-led items included); 'Preußen.' is long: the condolence leader on Franz Ferdinand,"
        " Bundesrat and embassy notes, a stamp-duty note, a digest of the "
        "Reichsversicherungsamt's Amtliche Nachrichten with one paragraph per indented decision "
        "(its footnote '*) Die neben …' sits at the column foot, kept as a paragraph of this "
        "article), the Kiel report; 'Oesterreich-Ungarn.' has an indented QUOTED SPEECH (one "
        "paragraph), the mayor's proclamation with its salutation line 'Mitbürger, Brüder!' (own "
        "paragraph); then 'Statistik und Volkswirtschaft.' over 'Zur Arbeiterbewegung.' (section "
        "+ title), and the department heads 'Handel und Gewerbe.', 'Kunst und Wissenschaft.', "
        "'Verdingungen.' (with the in-article country heading 'Britisch-Südafrika.'), "
        "'Verkehrswesen.', each over a single untitled item: the head is accepted as the item's "
        "title or as its section (title null), the section may also be 'Statistik und "
        "Volkswirtschaft.' or none. The cross-reference '(Weitere Nachrichten über „Handel u. "
        "Gewerbe“ ſ. i. d. Erſten Beilage.)' is furniture (as in real6). Paragraphs start where a"
        " line is indented against the lines before and after it (the columns are skewed; see "
        "make_gold_reichsanzeiger.py); the text is the GT text (ſ, ⸗ and the GT's typos kept: "
        "'Geiſtes. kranken', 'Duxazzo', 'zroiſchen'); line-end ⸗ removed before a lower-case "
        "continuation, kept before a capital and before 'und' (Zoll⸗ und Steuerweſen). Score with"
        " --fuzzy 0.9."
    ),
    "reichsanzeiger_1920-07-06_plebiscite_weather_tables_notices_spread.page.xml": (
        "Deutscher Reichsanzeiger und Preußischer Staatsanzeiger Nr. 147, Berlin, Tuesday 6 July "
        "1920: a double page, the last page of the main sheet (left, three columns) and the first"
        " page of the Erste Beilage (right, three columns), PAGE XML human ground truth "
        "(Transkribus, status GT; reichsanzeiger-gt 1920_147_0606, CC0), copied unchanged. NOTE: "
        "in this file the lines of most regions are listed out of order (flush lines first, then "
        "indented and centred ones); the gold reads every region top to bottom by line position. "
        "LEFT PAGE: it opens with the country head 'Preußen.' (its department head is on the page"
        " before: section null for the country articles) over the call of the Reich commissioner "
        "to the voters of the East Prussian plebiscite of 11 July 1920 (intro + the appeal), then"
        " the country heads Oesterreich., Großbritannien und Irland., Frankreich., Belgien. (the "
        "Spa conference, running into column 2), Litauen., Lettland., Dänemark., Schweden., "
        "Griechenland. (with a quoted army report, own paragraph), Asien. as titles of one "
        "article each ('—'-led items are paragraphs of it); 'Statistik und Volkswirtschaft.' "
        "(section) over 'Arbeitsstreitigkeiten.' (title, six strike reports); the cross-reference"
        " '(Weitere „Statistische Nachrichten“ …)' is furniture; 'Kunst und Wissenschaft.' over "
        "two items: Max Klinger's death (the head as its title, or null) and a book notice "
        "opening with the RUN-IN title 'Die Hohenstaufenbauten in Unteritalien.' (its own "
        "article, that title or null; the run-in words stay in the paragraph); 'Aeronautisches "
        "Observatorium.' with the place line 'Lindenberg, Kr. Beeskow.' (subtitle or none) over "
        "TWO WEATHER TABLES stored by the GT as loose cells after all the text (put in the gold "
        "where printed: the head as one paragraph read column by column, then one paragraph per "
        "height row, left to right, as transcribed: some rows lack cells; 'ſchreibt nicht "
        "Hydrograph' is a note in the humidity column), each after its date line and followed by "
        "its sky line; 'Familiennachrichten.' (one engagement notice); the continuation note "
        "'(Fortsetzung des Nichtamtlichen in der Ersten und Zweiten Beilage.)' and the imprint "
        "(Verantwortlicher Schriftleiter …, Verlag …, Druck …, Sieben Beilagen …) are furniture. "
        "RIGHT PAGE: the supplement head ('Erste Beilage' / 'zum Deutschen Reichsanzeiger und "
        "Preußischen Staatsanzeiger' / 'Nr. 147. Berlin, Dienstag, den 6. Juli 1920') and "
        "'(Fortsetzung aus dem Hauptblatt.)' are furniture; 'Amtliches.' over 'Deutsches Reich.' "
        "(section: either, both or none) over TWELVE consecutive notices all titled "
        "'Bekanntmachung.' of the Reich labour ministry (collective agreements declared binding "
        "or cancelled), each closed by a date line 'Berlin, den … Juni 1920.' (a paragraph) and "
        "the centred signature 'Der Reichsarbeitsminister. J. A.: …' (byline, or none); the "
        "'Einwendungen …' line is its own paragraph; one notice has an a) b) c) list (each item a"
        " paragraph, and the sentence's tail after the list another). Text as in the GT (ſ, ⸗ and"
        " typos such as 'Hafenhetriebsverein', 'Antrag. können', 'auf gehoben' kept); line-end ⸗ "
        "removed before a lower-case continuation. Score with --fuzzy 0.9."
    ),
}

if __name__ == "__main__":
    for name, plan in PAGES.items():
        g = gold(name, plan, NOTES[name], plan["date"])
        with open(name + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, len(g["articles"]), "articles", sum(len(a["paragraphs"]) for a in g["articles"]), "paragraphs")
