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
Text is the GT text (ſ, ⸗ and the GT's typos kept). Run from this directory.
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
    refs = sorted((e for e in page.iter() if _ns(e.tag) == "RegionRefIndexed"),
                  key=lambda e: int(e.get("index")))
    regs = {r.get("id"): r for r in page.iter() if _ns(r.tag) == "TextRegion"}
    out = []
    for rid in [e.get("regionRef") for e in refs]:
        r = regs.get(rid)
        if r is None:
            continue
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
    for i, l in enumerate(lines):
        before = [lines[j][0] for j in range(max(0, i - 3), i)]
        after = [lines[j][0] for j in range(i + 1, min(len(lines), i + 4))]
        if not before and not after:
            continue
        # indented against the lines before AND after it: a block quote indented as a
        # whole opens one paragraph, not one per line
        if all(l[0] - min(side) >= INDENT for side in (before, after) if side):
            out.append(i)
    return out


def build(path, plan):
    """plan: {"roles": {text of a head line: role}, "skip": set of region ids, ...}

    roles: "title" (opens a new article), "section" (sets the section of what follows),
    "heading" (a head inside the current article), "dateline" (ignored here, folded into
    title alternatives by plan["titles"]).
    """
    arts, cur, para, section = [], None, None, None
    roles = plan["roles"]

    def new_article(title):
        nonlocal cur, para
        cur = {"title": title, "section": section, "paras": [], "headings": []}
        arts.append(cur)
        para = None

    def flush_line(text, start):
        nonlocal para
        if cur is None:
            new_article(None)
        if start or para is None:
            para = [text]
            cur["paras"].append(para)
        else:
            para.append(text)

    for rid, typ, lines in regions(path):
        if rid in plan.get("skip", ()):
            continue
        st = set(starts(lines))
        for i, l in enumerate(lines):
            text = l[4]
            role = roles.get(text)
            if role is None and typ == "heading":
                raise SystemExit(f"{path}: no role for heading line {text!r}")
            if role == "section":
                section = text if section is None or plan.get("section_reset", {}).get(text) else section + " " + text
                if plan.get("section_reset", {}).get(text):
                    section = text
                cur = None
                para = None
            elif role == "title":
                new_article(text)
            elif role == "heading":
                cur["headings"].append(text)
                para = None
            else:
                flush_line(text, i in st or (i == 0 and typ == "paragraph" and rid in plan.get("newpar", ())))
    return arts


def gold(path, plan, note, date):
    arts = build(path, plan)
    out = []
    for a in arts:
        t = a["title"]
        sec = plan.get("sections", {}).get(a["section"], a["section"])
        sec = plan.get("title_sections", {}).get(t, sec)
        out.append({
            "section": sec,
            "kicker": None,
            "title": plan.get("titles", {}).get(t, t),
            "subtitle": None,
            "byline": None,
            "source": None,
            "headings": a["headings"],
            "paragraphs": [join(p) for p in a["paras"]],
            "captions": [],
        })
    return {"note": note, "page": {"furniture": plan.get("furniture", []), "date": date},
            "articles": out}


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
            "Bayern.": "title", "Sachſen⸗Meiningen.": "title", "Oeſterreich⸗Ungarn.": "title",
            "Rußland.": "title", "Italien.": "title", "Spanien.": "title", "Türkei.": "title",
            "Griechenland.": "title", "Serbien.": "title", "Montenegro.": "title",
            "Albanien.": "title", "Amerika.": "title", "Aſien.": "title",
            "Statiſtik und Volkswirtſchaft.": "section",
            "Zur Arbeiterbewegung.": "title",
            "Handel und Gewerbe.": "title",
            "Kunſt und Wiſſenſchaft.": "title",
            "Verdingungen.": "title",
            "Britiſch⸗Südafrika.": "heading",
            "Verkehrsweſen.": "title",
        },
        section_reset={"Nichtamtliches.": True, "Statiſtik und Volkswirtſchaft.": True},
        sections={
            "Nichtamtliches. Deutſches Reich.": NICHTAMTLICH,
            "Statiſtik und Volkswirtſchaft.": ["Statiſtik und Volkswirtſchaft.", None],
        },
        titles={"Preußen. Berlin, 29. Juni 1914.": ["Preußen.", "Preußen. Berlin, 29. Juni 1914."]},
        title_sections=dict(
            [(t, ["Nichtamtliches.", None]) for t in (
                "Oeſterreich⸗Ungarn.", "Rußland.", "Italien.", "Spanien.", "Türkei.",
                "Griechenland.", "Serbien.", "Montenegro.", "Albanien.", "Amerika.", "Aſien.")]
            + [(t, [None, "Statiſtik und Volkswirtſchaft."]) for t in (
                "Handel und Gewerbe.", "Kunſt und Wiſſenſchaft.", "Verdingungen.",
                "Verkehrsweſen.")]),
    ),
}

if __name__ == "__main__":
    import sys
    notes = json.load(open("notes_reichsanzeiger.json", encoding="utf-8"))
    for name, plan in PAGES.items():
        g = gold(name, plan, notes[name], plan["date"])
        with open(name + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, len(g["articles"]), "articles",
              sum(len(a["paragraphs"]) for a in g["articles"]), "paragraphs")
