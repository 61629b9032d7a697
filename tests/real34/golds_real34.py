#!/usr/bin/env python3
"""Gold for the six tests/real34 crops, read from the Chronicling Germany PAGE files of the
Kölnische Zeitung, January 1924 (Digital-History-Bonn/Chronicling-Germany-Code, tests/data).

The PAGE files hold hand-drawn regions typed heading / paragraph / header / caption and line text
from Transkribus, part of it corrected by hand (status IN_PROGRESS). Each gold is written here as a
plan of the crop: which regions make a title, subtitle, section or the body of an article, in
reading order (read from the region boxes, the short rules between items and the lines' indents,
not from any cleaner). The text itself is the file's, taken line by line, so it is not retyped: ſ
and the file's misreadings are kept, but for the words listed in FIXES, where the print is certain. Paragraphs open where a line is indented against its region's
left edge (25 px or more). Line-end - is dropped before a lower-case continuation and kept (no
space) before a capital or a digit. An item after a short rule with no head of its own is an
article without a title.

Usage: golds_real34.py   (writes <page>.gold.json for each crop and INDEX.json beside this file)
"""
import json
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDENT = 25
R = "region_"


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

    def L(self, region, i=0):
        return self.lines[R + region][i][1].strip()

    def body(self, region):
        """Paragraphs of a whole region, cut at indented lines."""
        rid = R + region
        paras, cur = [], []
        for x, text in self.lines[rid]:
            if x - self.left[rid] >= INDENT and cur:
                paras.append(join(cur))
                cur = []
            cur.append(text)
        if cur:
            paras.append(join(cur))
        return paras


def join(lines):
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out[-1] == "-" and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + line if line[:1].islower() else out + line
        else:
            out = out + " " + line
    return out


def article(title, paragraphs, section=None, kicker=None, subtitle=None, source=None):
    return {"section": section, "kicker": kicker, "title": title, "subtitle": subtitle,
            "byline": None, "source": source, "headings": [],
            "paragraphs": list(paragraphs), "captions": []}


def wtb(paras):
    """A report opening on the agency's mark 'WTB ' may give it as the source (or none)."""
    return ["WTB", None] if paras and paras[0].startswith("WTB ") else None


TAIL = ("Text from the Chronicling Germany PAGE file (Transkribus; hand-drawn regions, line text partly "
        "corrected by hand; ſ and the file's misreadings kept but for the words listed in golds_real34.FIXES, "
        "where the print is certain), crop of whole regions of the page file, "
        "copied otherwise unchanged. Score with --fuzzy 0.9.")


def p141(p):
    return {"furniture": [p.L("1701888823203_2800"), p.L("1701888808047_2794"), p.L("1701888827077_2803")],
            "date": "1924-01-18"}


def p135(p):
    return {"furniture": [p.L("1701880673141_1210"), p.L("1701880373752_1205"), p.L("1701880679510_1213")],
            "date": "1924-01-17"}


def hilfe():
    name = "kz_1924-01-18_s0141_hilfe_deutschboehmen.page.xml"
    p = Page(name)
    head = p.L("1701931846305_121")
    sec, kick = [head, None], [None, head]
    a1 = p.body("1701932237871_207")
    a2 = p.body("1701932255733_212")
    arts = [article(p.L("1701931840449_118"), a1, section=sec, kicker=kick, source=wtb(a1)),
            article(None, a2, section=sec, source=wtb(a2))]
    note = ("Kölnische Zeitung, Friday 18 January 1924, Zweite Morgen-Ausgabe, Nr. 44 (scan 0141), head of "
            "the left column: the head 'Hilfe für Deutſchlands Not.' over two reports (section, or kicker of "
            "the first, or none), 'Die Hilfe der Deutſchböhmen.' (title) with one paragraph, then after a "
            "short rule an untitled item of two reports ('WTB Berlin, 15. Jan. Die Rektoren …', 'WTB "
            "Saarbrücken, 15. Jan. …', each opening at an indent). The running head (the file reads "
            "'Zweike' for 'Zweite'), the date line and '1924 ο Nr. 44' are furniture. " + TAIL)
    return name, {"note": note, "page": p141(p), "articles": arts}


def westdeutschland():
    name = "kz_1924-01-18_s0141_westdeutschland_vermischtes.page.xml"
    p = Page(name)
    west = [p.L("1701931877784_126"), None]
    verm = [p.L("1701931908610_134"), None]
    bodies = {r: p.body(r) for r in ("1701932270671_216", "1701932291533_221", "1701932314382_225",
                                     "1701932345774_231", "1701932350408_234")}
    arts = [
        article(p.L("1701931884329_129"), bodies["1701932270671_216"], section=west),
        article(None, bodies["1701932291533_221"], section=west),
        article(p.L("1701931912692_137"), bodies["1701932314382_225"], section=verm),
        article(p.L("1701931938630_144"), bodies["1701932345774_231"], section=verm),
        article(None, bodies["1701932350408_234"], section=verm),
    ]
    note = ("Kölnische Zeitung, Friday 18 January 1924, Zweite Morgen-Ausgabe (scan 0141), left column: "
            "the department head 'Weſtdeutſchland' (section, or none) over 'Überfall auf eine Sparkaſſe.' "
            "(Mörs) and, after a short rule, an untitled report from Bochum; then the department head "
            "'Vermiſchtes' over 'Nachtleben und ſtädtiſche Steuern.', 'Ein Unfall des amerikaniſchen "
            "Lenkluftſchiffs.' and, after a short rule, an untitled item of two reports (Bruno Paul's "
            "birthday, Berlin; Gerhard Ritter's chair, Hamburg — the file reads 'Hautburg'), each opening "
            "at an indent. Running head, date line and issue number are furniture. " + TAIL)
    return name, {"note": note, "page": p141(p), "articles": arts}


def sport():
    name = "kz_1924-01-18_s0141_sport_neueste_nachrichten.page.xml"
    p = Page(name)
    neu = [p.L("1701931960250_151"), None]
    b248 = p.body("1701932456969_248")
    arts = [
        article(None, p.body("1701932411754_239"), section=[p.L("1701931956233_148"), None]),
        article(p.L("1701932003581_156"), p.body("1701932438753_244"), section=neu),
        article(None, b248, section=neu),
    ]
    note = ("Kölnische Zeitung, Friday 18 January 1924, Zweite Morgen-Ausgabe (scan 0141), foot of the left "
            "column: the department head 'Sport-Nachrichten' (the file reads 'Sport-Nlachrichten'; "
            "section, or none) over one untitled paragraph (a hockey match); the department head "
            "'Neueſte Nachrichten' (section, or none) over 'Der deutſch-holländiſche "
            "Milchlieferungsvertrag.' and, after a short rule, an untitled item of two reports (the Reich "
            "coal union, Berlin — the file reads 'WTß'; Hermann Müller made Saxon minister — the place "
            "read 'caesen'). Running head, date line and issue number are furniture. " + TAIL)
    return name, {"note": note, "page": p141(p), "articles": arts}


def innere():
    name = "kz_1924-01-17_s0125_innere_politik.page.xml"
    p = Page(name)
    sec = [p.L("1700069094914_1389"), p.L("1700069098851_1392"), None]
    b1 = p.body("1700069231081_1441")
    arts = [
        article(p.L("1700069091445_1386"), b1, section=sec, source=wtb(b1)),
        article(p.L("1700069084461_1383"), p.body("1700069244502_1445"), section=sec),
        article(p.L("1700069077867_1380"), p.body("1700069260923_1449"), section=sec),
    ]
    note = ("Kölnische Zeitung, Thursday 17 January 1924, Erſte Morgen-Ausgabe, Nr. 40 (scan 0125, the "
            "front page; the masthead is not in the crop), second column: the banner 'Innere und äußere "
            "Sorgen.' set across the second and third columns and the column head 'Fragen der innern "
            "Politik.' (either is the section, or none) over three reports under their titles: the "
            "Chancellor's letter on the Bavarian memorandum (two paragraphs, the letter opening at an "
            "indent), the proceedings against the Hitler putschists, the trade unions' protest. " + TAIL)
    return name, {"note": note, "page": {"furniture": []}, "articles": arts}


def besetzt():
    name = "kz_1924-01-17_s0125_besetztes_gebiet.page.xml"
    p = Page(name)
    sec = [p.L("1700069103179_1395"), p.L("1700069098851_1392"), None]
    arts = [
        article(p.L("1700069107085_1398"), p.body("1700069303468_1461"), section=sec),
        article(p.L("1700069113102_1401"), p.body("1700069315593_1465"), section=sec),
        article(p.L("1700069117618_1404"), p.body("1700069328107_1469"), section=sec),
        article(None, p.body("1700069343499_1473"), section=sec),
        article(p.L("1700069122883_1407"), p.body("1700069351514_1477"), section=sec),
    ]
    note = ("Kölnische Zeitung, Thursday 17 January 1924, Erſte Morgen-Ausgabe, Nr. 40 (scan 0125, front "
            "page), third column: under the banner 'Innere und äußere Sorgen.' the column head 'Die Lage "
            "im beſetzten Gebiet.' (either is the section, or none) over five reports from the occupied "
            "Rhineland: four under their titles and one untitled after a short rule (General Deſtremau). "
            "'Verkehrserleichterungen für Kraftwagen.' has a second paragraph on house coke opening at an "
            "indent. Datelines '* Köln', '3 Düſſeldorf' keep the correspondents' signs. " + TAIL)
    return name, {"note": note, "page": {"furniture": []}, "articles": arts}


def adria():
    name = "kz_1924-01-17_s0135_adria_baldwin_reval.page.xml"
    p = Page(name)
    arts = [
        article(p.L("1701881026164_1267"), p.body("1701881034561_1273"), subtitle=p.L("1701881030344_1270")),
        article(p.L("1701881050080_1277"), p.body("1701881061144_1283"), subtitle=p.L("1701881055445_1280")),
        article(p.L("1701881076263_1287"), p.body("1701881081067_1290")),
    ]
    note = ("Kölnische Zeitung, Thursday 17 January 1924, Abend-Ausgabe, Nr. 42 (scan 0135), left column "
            "below a story's end (left out): 'Das adriatiſche Bündnis.' with the deck 'Bevorſtehende "
            "Begegnung Paſchitſchs mit Muſſolini.' (subtitle; two paragraphs), 'Wer wird Baldwins "
            "Nachfolger?' with the deck 'Die Entſcheidung fällt am Montag.', 'Vom deutſch-baltiſchen "
            "Schulweſen.' (Reval). Running head, date line (read 'Donnerslag') and issue number are "
            "furniture. " + TAIL)
    return name, {"note": note, "page": p135(p), "articles": arts}


# Misreadings of the file corrected in the gold where the print is certain (the German word, the
# place or the name is beyond doubt); each pair is (as the file reads, as printed), with enough
# context to occur only where meant. Everything else the file misreads is kept as it reads.
FIXES = [
    ("Zweike Morgen", "Zweite Morgen"), ("Donnerslag,", "Donnerstag,"),
    ("die Deutſchhöhmen", "die Deutſchböhmen"), ("deutſchhoͤhmiſcher", "deutſchböhmiſcher"),
    ("Bevölterung", "Bevölkerung"), ("in leßzter Zeit", "in letzter Zeit"), ("Ehenſo", "Ebenſo"),
    ("Sonderammlungen", "Sonderſammlungen"), ("jächſiſchen", "ſächſiſchen"), ("Auch unnter", "Auch unter"),
    ("Die Rekioren", "Die Rektoren"), ("den Betrag v0f", "den Betrag von"), ("Saargebie?", "Saargebiet"),
    ("dortigen Kaiſe", "dortigen Kaſſe"), ("Bodenkredithank", "Bodenkreditbank"),
    ("Erweiteruna", "Erweiterung"), ("Abween heit", "Abweſenheit"),
    ("zurücgegangen", "zurückgegangen"), ("jetzt kaumn", "jetzt kaum"), ("Preſſebienſt", "Preſſedienſt"),
    ("Arbeitsloſigkezt", "Arbeitsloſigkeit"), ("Im Lauſe", "Im Laufe"), ("einjachere", "einfachere"),
    ("wurde hierber", "wurde hierbei"), ("im Winde freibe", "im Winde treibe"), ("Weſtfteid", "Weſtfield"),
    ("begeh Profeſſor", "begeht Profeſſor"), ("Bru’no", "Bruno"), ("fünfzigſtén Geburtsfag", "fünfzigſten Geburtstag"),
    ("herragende", "hervorragende"), ("Hautburg,", "Hamburg,"), ("Umverſität Heideiberg", "Univerſität Heidelberg"),
    ("Sport-Nlachrichten", "Sport-Nachrichten"), ("Ruthepauſe", "Ruhepauſe"), ("WTß Berlin", "WTB Berlin"),
    ("iſt ſofort nerhaftet", "iſt ſofort verhaftet"), ("heineingetragen", "hineingetragen"),
    ("Revoluitonsnacht", "Revolutionsnacht"), ("Tarijen", "Tarifen"),
    ("Einigung Südflawiens", "Einigung Südſlawiens"), ("ſüdflawiſche Frei", "ſüdſlawiſche Frei"),
    ("Italien und Südflawien", "Italien und Südſlawien"), ("unterrichtete Platt Wreme", "unterrichtete Blatt Wreme"),
]


def fix(value):
    if isinstance(value, str):
        for wrong, right in FIXES:
            value = value.replace(wrong, right)
        return value
    if isinstance(value, list):
        return [fix(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "note" else fix(v)) for k, v in value.items()}
    return value


def build(raw=False):
    """Name -> gold of every crop; raw=True leaves the file's misreadings uncorrected."""
    golds = {}
    for make in (hilfe, westdeutschland, sport, innere, besetzt, adria):
        name, gold = make()
        golds[name] = gold if raw else fix(gold)
    return golds


def main():
    index = {}
    for name, gold in build().items():
        (HERE / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        index[f"{name}.gold.json"] = f"tests/real34/{name}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
