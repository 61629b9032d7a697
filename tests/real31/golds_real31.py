#!/usr/bin/env python3
"""Gold for the six tests/real31 crops, read from the Hakenkreuzbanner ground truth (UB-Mannheim/hkb-gt).

The GT is a human transcription (Transkribus, status GT, OCR-D level 2 with ſ and ⸗ kept). Each
gold is written here as a plan of the page: which GT lines make a title, subtitle, heading or the
body of an article, in reading order (read from the region boxes and the lines' indents, not from
any cleaner). The text itself is the GT's, taken line by line (`L`, `span`), so it is not retyped.
Paragraphs inside a body span open where a line is indented against its region's left edge (25 px
or more); a span continuing a paragraph into another region joins it unless its first line is
indented. Line-end ⸗ or - is dropped before a lower-case continuation and kept (no space) before
a capital or a digit. The GT's own typos are kept, but for the running head `„Haken reuzbanner“`
(furniture, written as printed: „Hakenkreuzbanner“) and one title noted below.

Usage: golds_real31.py   (writes <page>.gold.json for each crop and INDEX.json beside this file)
"""
import json
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDENT = 25


class Page:
    def __init__(self, name):
        root = ET.parse(HERE / name).getroot()
        ns = {"p": root.tag.split("}")[0][1:]}
        self.lines = {}
        self.left = {}
        for reg in root.iter(f"{{{ns['p']}}}TextRegion"):
            rows = []
            for line in reg.findall("p:TextLine", ns):
                xs = [int(p.split(",")[0]) for p in line.find("p:Coords", ns).get("points").split()]
                rows.append((min(xs), line.find("p:TextEquiv/p:Unicode", ns).text or ""))
            self.lines[reg.get("id")] = rows
            self.left[reg.get("id")] = statistics.median(x for x, _ in rows) if rows else 0

    def L(self, region, i):
        return self.lines[region][i][1].strip()

    def indented(self, region, i):
        return self.lines[region][i][0] - self.left[region] >= INDENT


def join(lines):
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out[-1] in "⸗-" and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + line if line[:1].islower() else out + line
        else:
            out = out + " " + line
    return out


def body(page, *spans):
    """Paragraphs of spans (region, first, last) in reading order, cut at indented lines."""
    paras, cur = [], []
    for region, first, last in spans:
        for i in range(first, last + 1):
            if page.indented(region, i) and cur:
                paras.append(join(cur))
                cur = []
            cur.append(page.L(region, i))
    if cur:
        paras.append(join(cur))
    return paras


def article(title, paragraphs, section=None, kicker=None, subtitle=None, byline=None, headings=()):
    return {"section": section, "kicker": kicker, "title": title, "subtitle": subtitle,
            "byline": byline, "source": None, "headings": list(headings),
            "paragraphs": list(paragraphs), "captions": []}


HEAD = "„Hakenkreuzbanner“"
SUNDAY = "Sonntag, 21. November 1937"
TAIL = ("Text from the human ground truth of UB-Mannheim/hkb-gt (Transkribus, status GT; ſ, ⸗ and the "
        "GT's typos kept), crop of whole regions of the page file, copied otherwise unchanged. "
        "Score with --fuzzy 0.9.")


def briefkasten():
    name = "hkb_1937-11-21_p11_briefkasten_fragen.page.xml"
    p = Page(name)
    sec = ["Fragen und Antworten", None]
    arts = []
    for r in ("r5", "r6", "r7", "r8", "r9", "r11", "r12", "r13"):
        n = len(p.lines[r])
        arts.append(article(p.L(r, 0), body(p, (r, 1, n - 1)), section=sec))
    note = ("Hakenkreuzbanner, Mannheim, Sunday 21 November 1937, the page 'HB-Briefkasten' (readers' "
            "questions), its left column: the column head 'Fragen und Antworten' (section, or none) over "
            "eight answered questions, each under a flush topic label (title: 'Urlaubs- und Lohnfragen', "
            "'Arbeitsvermittlung', ...) and made of one or two answers, each opening at an indent with the "
            "reader's cipher ('85.', 'K. St.', 'M. 100.', 'St. 100.'), one paragraph per answer. The "
            "running heads '„Hakenkreuzbanner“' (the GT reads '„Haken reuzbanner“'), 'HB-Briefkaſten' "
            "and the date line are furniture. Left out of the crop (whole regions): the item 'Wir möchten "
            "heiraten' and the column's last item, and the page's other columns. " + TAIL)
    return name, {"note": note,
                  "page": {"furniture": [HEAD, "HB-Briefkaſten", SUNDAY], "date": "1937-11-21"},
                  "articles": arts}


def landwirt():
    name = "hkb_1937-11-21_p11_landwirt_gardener.page.xml"
    p = Page(name)
    sec = ["Für den Landwirt, Obst- und Kleingärtner", None]
    arts = [
        article(p.L("r23", 0), body(p, ("r23", 1, len(p.lines["r23"]) - 1)), section=sec),
        # the answer runs from the foot of the left column to the foot of the next one (r24)
        article(p.L("r25", 0), body(p, ("r25", 1, len(p.lines["r25"]) - 1), ("r24", 0, len(p.lines["r24"]) - 1)), section=sec),
        # and this one from the foot of the middle column to the head of the right column (r27)
        article(p.L("r26", 0), body(p, ("r26", 1, len(p.lines["r26"]) - 1), ("r27", 0, len(p.lines["r27"]) - 1)), section=sec),
    ]
    note = ("Hakenkreuzbanner, Mannheim, Sunday 21 November 1937, page 'HB-Briefkasten', the garden "
            "corner at its foot: a banner across two columns 'Für den Landwirt, Obst- und Kleingärtner' "
            "(section, or none) over three readers' questions, each under a title ('Sind Kröten nützlich?', "
            "'Wie behandelt man Geſchirre?', 'Sind Ratten Seuchenträger?'), question and answer in one "
            "paragraph ('G. K. in Sch. Iſt es wahr … — Antwort: …'). The second and third answers run "
            "on into other columns: 'Geſchirre' from the foot of the left column to the foot of the "
            "middle one ('… in lauwarmem Waſſer, in dem | man etwas Pottaſche …'), 'Ratten' from the "
            "foot of the middle column to the TOP of the right column, above other items ('… bei uns | "
            "verbreitet ſind.'). No indent marks a paragraph inside the runs, so each answer is one "
            "paragraph. Running heads are furniture. The page's other items are left out of the crop. "
            + TAIL)
    return name, {"note": note,
                  "page": {"furniture": [HEAD, "HB-Briefkaſten", SUNDAY], "date": "1937-11-21"},
                  "articles": arts}


def boxing():
    name = "hkb_1937-11-21_p12_sport_boxing.page.xml"
    p = Page(name)
    sec = ["Sport und Spiel", None]
    r14, r15 = p.lines["r14"], p.lines["r15"]
    h1 = next(i for i, (_, t) in enumerate(r14) if t.startswith("Boxen kann man nicht"))
    h2 = next(i for i, (_, t) in enumerate(r14) if t.startswith("Vor allem Selbſtvertrauen"))
    h3 = next(i for i, (_, t) in enumerate(r15) if t.startswith("Doppeldeckung iſt"))
    heads = [p.L("r14", h1), p.L("r14", h2), p.L("r15", h3)]
    # the lead is set narrower than the columns (every line of it sits in from the edge):
    # one paragraph, up to the line 'ſind.' that closes it
    lead = next(i for i, (_, t) in enumerate(r14) if t.strip() == "ſind.")
    paras = ([join(p.L("r14", i) for i in range(lead + 1))] + body(p, ("r14", lead + 1, h1 - 1)) + body(p, ("r14", h1 + 1, h2 - 1)) +
             body(p, ("r14", h2 + 1, len(r14) - 1), ("r15", 0, h3 - 1)) +
             body(p, ("r15", h3 + 1, len(r15) - 1)))
    arts = [
        article(p.L("r10", 0), body(p, ("r11", 0, 21), ("r12", 0, 22)), section=sec, subtitle=p.L("r10", 1)),
        article(p.L("r13", 0), paras, section=sec, headings=heads),
    ]
    note = ("Hakenkreuzbanner, Mannheim, Sunday 21 November 1937, the sports page 'Sport und Spiel' "
            "(running head: furniture; section or none), two stories in the middle columns: (1) "
            "'Abbrucciati ſchlägt Beck nach Punkten' with the deck 'beim Internationalen Berufsboxabend in "
            "Düſſeldorf' (subtitle), three paragraphs over two columns, the second running across the "
            "column break ('… In der zweiten Weltergewichts⸗ | begegnung …'); (2) 'Schluß mit der "
            "mechaniſchen Boxlehre!', a lead paragraph and an article by the boxing teacher Konrad Stein "
            "(named in the lead, no byline line) with three centred subheads ('Boxen kann man nicht am "
            "Sandſack lernen', 'Vor allem Selbſtvertrauen', 'Doppeldeckung iſt Unſicherheit': headings), "
            "a paragraph running across the column break ('… und gip⸗ | felt in der Ueberwindung …'). "
            "The page's other items (a drawing and its credit, the tennis column, an advertisement) are "
            "left out of the crop. " + TAIL)
    return name, {"note": note,
                  "page": {"furniture": [HEAD, "Sport und Spiel", SUNDAY], "date": "1937-11-21"},
                  "articles": arts}


def tennis():
    name = "hkb_1937-11-21_p12_sport_tennis_ranking.page.xml"
    p = Page(name)
    sec = ["Sport und Spiel", None]
    r = "r16"
    lines = p.lines[r]
    idx = {i: t for i, (_, t) in enumerate(lines)}

    def find(text):
        return next(i for i, t in idx.items() if t.strip() == text)

    a_meis = find("Nat onale Tennis⸗Meiſterſchaften")
    a_kav = find("Kavallerieſchule Hannover")
    a_saar = find("Saar⸗Sportſperre aufgehoben")
    a_spiel = find("Spielausfälle in der Bezirksklaſſe")
    a_mann = find("Die unfere Mannfchaften ſpielen:")
    a_kal = find("HB-Vereinskalender")
    arts = [
        article(p.L(r, 0), body(p, (r, 2, a_meis - 1)), section=sec, subtitle=p.L(r, 1)),
        # the GT reads 'Nat onale' (a broken i): the title is written as printed
        article("Nationale Tennis⸗Meiſterſchaften", body(p, (r, a_meis + 1, a_kav - 1)), section=sec),
        article(join([p.L(r, a_kav), p.L(r, a_kav + 1)]), body(p, (r, a_kav + 2, a_saar - 1)), section=sec),
        article(p.L(r, a_saar), body(p, (r, a_saar + 1, a_spiel - 1)), section=sec),
    ]
    # fixture list: one line, then two division labels (headings) over one paragraph per match
    heads, paras = [], [p.L(r, a_spiel + 1)]
    for i in range(a_spiel + 2, a_mann):
        t = p.L(r, i)
        (heads if t.startswith("Abteilung") else paras).append(t)
    arts.append(article(p.L(r, a_spiel), paras, section=sec, headings=heads))
    # line-ups: a team name (heading) over its eleven in four centred rows (one paragraph)
    heads, paras, cur = [], [], []
    for i in range(a_mann + 1, a_kal):
        t = p.L(r, i)
        if t.endswith(":"):
            if cur:
                paras.append(" ".join(cur))
            heads.append(t)
            cur = []
        else:
            cur.append(t)
    paras.append(" ".join(cur))
    arts.append(article(p.L(r, a_mann), paras, section=sec, headings=heads))
    arts.append(article(p.L(r, a_kal), body(p, (r, a_kal + 1, len(lines) - 1)), section=sec))
    note = ("Hakenkreuzbanner, Mannheim, Sunday 21 November 1937, the sports page 'Sport und Spiel', its "
            "right-hand column, which the GT holds as ONE region: seven items under centred heads (titles): "
            "'Die deutſche Tennisrangliſte' with the deck 'Gottfried v. Cramm und Marieluiſe Horn' (subtitle) "
            "and the two rankings as run-in paragraphs ('Männer: 1. G. v. Cramm …', 'Frauen: …'); "
            "'Nationale Tennis-Meiſterſchaften' (the GT reads 'Nat onale'); 'Kavallerieſchule Hannover / "
            "zieht nach Berlin um' (a two-line title); 'Saar-Sportſperre aufgehoben'; 'Spielausfälle in "
            "der Bezirksklaſſe', a list: the line 'Am 21. November fallen folgende Spiele aus:', the labels "
            "'Abteilung 1:' and 'Abteilung 2:' (headings) and one paragraph per fixture; the line-ups "
            "under 'Die unfere Mannfchaften ſpielen:' (as the GT reads it; the print is probably "
            "'Wie unſere Mannſchaften ſpielen:'), four team names (headings) each over its eleven set as "
            "a pyramid of four centred rows (one paragraph per team, rows in reading order); and "
            "'HB-Vereinskalender', two club notices (one paragraph each, opening at the indent). "
            "Running heads are furniture. " + TAIL)
    return name, {"note": note,
                  "page": {"furniture": [HEAD, "Sport und Spiel", SUNDAY], "date": "1937-11-21"},
                  "articles": arts}


def police():
    name = "hkb_1937-11-21_p06_police_traffic.page.xml"
    p = Page(name)
    r20 = p.lines["r20"]
    t_feier = next(i for i, (_, t) in enumerate(r20) if t.startswith("Totengedächtnisfeier"))
    t_wetter = next(i for i, (_, t) in enumerate(r20) if t.startswith("Wie wird das Wetter?"))
    arts = [
        # the police report runs on under an optician's advertisement (r19) in mid-sentence
        article(p.L("r18", 0), body(p, ("r18", 1, len(p.lines["r18"]) - 1), ("r20", 0, t_feier - 1))),
        article(join([p.L("r19", 0), p.L("r19", 1)]), [p.L("r19", 2)]),
        article(join([p.L("r20", t_feier), p.L("r20", t_feier + 1)]),
                body(p, ("r20", t_feier + 2, t_wetter - 1))),
        article(p.L("r20", t_wetter), body(p, ("r20", t_wetter + 2, len(r20) - 1)),
                subtitle=[p.L("r20", t_wetter + 1), None]),
    ]
    arts[3]["source"] = [p.L("r20", t_wetter + 1), None]
    note = ("Hakenkreuzbanner, Mannheim, Sunday 21 November 1937, a local page, the foot of its right-hand "
            "column: 'Die Polizei meldet:' (title) with three items opening at an indent with a run-in "
            "head ('Verkehrsunfälle.', 'Verkehrsüberwachung.', 'Wegen Ruheſtörung …'), one paragraph "
            "each; an optician's advertisement 'Wenn die Augen / nimmer taugen / geh' zu Platz, "
            "Rathausbogen 4-9' is set INSIDE the second item, between '… gebührenpflichtig' and "
            "'verwarnt …' (the gold joins the sentence; the advertisement is its own small article, "
            "title the two display lines, paragraph the address line); then 'Totengedächtnisfeier / in "
            "der Konkordienkirche' (two-line title, one paragraph) and 'Wie wird das Wetter?' with the "
            "line 'Bericht der Reichswetterdienſtſtelle Frankfurt / M.' (subtitle, or none: it may be read "
            "as the report's source) and two paragraphs. The GT holds these last two items and the end of "
            "the police report in one region. Running heads are furniture. " + TAIL)
    return name, {"note": note,
                  "page": {"furniture": [HEAD, SUNDAY], "date": "1937-11-21"},
                  "articles": arts}


def football():
    name = "hkb_1941-09-01_p05_football_openers.page.xml"
    p = Page(name)
    r10 = p.lines["r10"]
    last = p.L("r10", len(r10) - 1)
    assert last.endswith(" H. S.")
    vfr = body(p, ("r9", 0, len(p.lines["r9"]) - 1), ("r10", 0, len(r10) - 1))
    vfr[-1] = vfr[-1][: -len(" H. S.")]
    r15 = p.lines["r15"]
    arts = [
        article(p.L("r6", 0), body(p, ("r7", 0, len(p.lines["r7"]) - 1)),
                subtitle=join([p.L("r6", 1), p.L("r6", 2)])),
        article(p.L("r8", 0), vfr, subtitle=p.L("r8", 1), byline=["H. S.", None]),
        article(p.L("r11", 0),
                body(p, ("r12", 0, len(p.lines["r12"]) - 1), ("r13", 0, len(p.lines["r13"]) - 1),
                     ("r14", 0, len(p.lines["r14"]) - 1)),
                subtitle=p.L("r11", 1)),
        article(p.L("r15", 0), body(p, ("r15", 3, len(r15) - 1)),
                subtitle=join([p.L("r15", 1), p.L("r15", 2)])),
    ]
    for a in arts:
        a["section"] = None
    note = ("Hakenkreuzbanner, Mannheim, Monday 1 September 1941 (file hkb_1941-09-03_0005), a sports page, "
            "the opening day of the football championship (Bereichsklaſſe Nordbaden) in Mannheim: a "
            "three-column head 'Drei Meiſterſchaftsſpiele — drei Senſationen' with a two-line deck "
            "(subtitle) over a two-column-wide lead of two paragraphs; then three match reports, each under "
            "a head and a deck (subtitle): 'Auf die leichte Schulter genommen' (VfR Mannheim – Plankſtadt, "
            "across two columns, team line-ups as indented paragraphs, the referee line ending with the "
            "initials 'H. S.' (byline, or left in the paragraph)), 'Feudenheims imponierender Endſpurt' "
            "(Waldhof – Feudenheim: from the foot of the left column through the foot of the middle one "
            "to the TOP of the right-hand column, '… der | Läuferreihe.' / 'Um ſo freudiger …'), and "
            "'Geörg überrumpelte Neckarau' with the two-line deck 'Verdientes 2:2 Unentſchieden gegen die / "
            "SpV Sandhofen' under it in the right-hand column. No section line on this crop. The results "
            "column, the Hitler Youth games and an advertisement on the page are left out (whole regions). "
            "The GT's 'DfR' (for VfR) in the second deck and its other typos are kept. Running heads are "
            "furniture. " + TAIL)
    return name, {"note": note,
                  "page": {"furniture": [HEAD, "Montag, 1. September 1941"], "date": "1941-09-01"},
                  "articles": arts}


def main():
    index = {}
    for make in (briefkasten, landwirt, boxing, tennis, police, football):
        name, gold = make()
        out = name + ".gold.json"
        (HERE / out).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        index[out] = f"tests/real31/{name}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
