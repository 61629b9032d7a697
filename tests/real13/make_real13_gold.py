"""Write the gold of this set's five Prussian gazette spreads (PAGE ground truth), and check it.

Each page file is a PAGE XML human ground truth of the reichsanzeiger-gt project (CC0 1.0),
copied unchanged: the Transkribus transcription of one double page (or two facing pages) of the
Allgemeine Preußische Staats-Zeitung / Allgemeine Preußische Zeitung (1841, 1843) and of the
Deutscher Reichs-Anzeiger (1871, 1878, 1885). No page image is reachable here, so the gold text is
the ground truth's own text, line by line, and the structure is read from the ground truth
itself: region types (`header`, `page-number`, `reference`, `heading`, `paragraph`), the file's
reading order and the line geometry (indents, centred lines). The drafting rules are below
(`draft`); what the rules get wrong on a page is overridden in `PAGES` and said in README.md.

Run from any directory: it rewrites every `*.gold.json` of this set and `INDEX.json`, then checks
  - every page file decodes as UTF-8, parses as XML and is the unchanged source (SHA-256);
  - nothing lost, nothing added: every ground-truth line stands, once, in the gold (paragraph,
    title, deck, section or furniture), apart from whitespace and removed line-end hyphens;
  - the shared scorer fed the gold as its own prediction gives paragraph F1 1.000, all titles
    and 0 leaks (exact and at --fuzzy 0.9);
  - no furniture string stands inside a gold paragraph or title.
"""

import hashlib
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_clean.py")
# A line starts a paragraph when it stands this far (px) right of its neighbours' left edge.
INDENT = 45
# A line is a display line (a head, a deck) when it starts this far in and ends SHORT of the
# right edge of its region.
CENTRED = 120
SHORT = 40
SPLIT_MARKS = ("⸗", "-", "¬")


def load_scorer():
    """The shared scorer as a module, set to the fuzzy threshold this set is scored with."""
    spec = importlib.util.spec_from_file_location("score_clean", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.FUZZY = 0.9
    return module


SCORE = load_scorer()


def leaks_into(item, body):
    """True when the scorer would count furniture `item` as a leak in one of the body strings."""
    return any(SCORE.within(SCORE.norm(item), b) for b in body)


# stem: (source file, sha256 of the page file, page date or None, decisions)
# Decisions: `section` region ids whose heading is a department head over separate articles
# (besides the automatic ones, see `draft`); `one` region ids kept as ONE paragraph (hanging-
# indent lists the indent rule would cut wrongly); `title_first` paragraph regions whose first
# N lines are the title of a new article; `new` paragraph regions that start a new untitled
# article; `join` paragraph regions that go on the paragraph before them (a column or page break
# inside a paragraph).
PAGES = {
    "apz_1843-11-19_nr142_front_back_spread": dict(
        src="1843_142_0207",
        sha="a4e828d3c2ae9163",
        date="1843-11-19",
        section={"r31", "r57"},
        one={"r55", "r56", "r61"},
        title_first={"r24": 3, "r38": 1},
        new={"r59", "r61"},
        join=set(),
    ),
    "staatszeitung_1841_nr81_p342-343_foreign_news_spread": dict(
        src="1841_81_0181",
        sha="52e7dcc2e1eb41f2",
        date=None,
        section=set(),
        one=set(),
        title_first={},
        new=set(),
        join=set(),
    ),
    "reichsanzeiger_1871_nr155_p2906-2907_army_naturalisation_spread": dict(
        src="1871_155_0279",
        sha="83751d644ea517e6",
        date=None,
        section=set(),
        one=set(),
        title_first={},
        new={"r12"},
        join=set(),
    ),
    "reichsanzeiger_1878-10-22_nr249_socialist_law_spread": dict(
        src="1878_249_0449",
        sha="5b1a5d260f956421",
        date="1878-10-22",
        section=set(),
        one=set(),
        title_first={},
        new=set(),
        join=set(),
    ),
    "reichsanzeiger_1885_nr5_congo_protocols_notices_spread": dict(
        src="1885_5_0055",
        sha="1b59d90af0089e01",
        date=None,
        section=set(),
        one=set(),
        title_first={},
        new=set(),
        join=set(),
    ),
}


class Line:
    """One ground-truth line: its text and the left/right ends of its box."""

    def __init__(self, text, left, right):
        self.text, self.left, self.right = text, left, right


def regions(path):
    """The page's text regions in reading order: (id, type, [Line])."""
    root = ET.parse(path).getroot()
    ns = {"p": root.tag.split("}")[0][1:]}
    page = root.find("p:Page", ns)
    found = {}
    for region in page.iter(f"{{{ns['p']}}}TextRegion"):
        kind = region.get("type") or re.search(r"type:([\w-]+)", region.get("custom", "")).group(1)
        lines = []
        for line in region.findall("p:TextLine", ns):
            text = line.findtext("p:TextEquiv/p:Unicode", "", ns).strip()
            xs = [int(p.split(",")[0]) for p in line.find("p:Coords", ns).get("points").split()]
            if text:
                lines.append(Line(text, min(xs), max(xs)))
        found[region.get("id")] = (kind, lines)
    order = [e.get("regionRef") for e in page.iter(f"{{{ns['p']}}}RegionRefIndexed")]
    return [(rid, *found[rid]) for rid in order if found[rid][1]]


def join(texts):
    """Lines joined into running text: a line-end hyphen that only splits a word goes (a
    lower-case letter follows), one before a capital stays (`Berlin⸗` / `Frankfurter`)."""
    out = ""
    for text in texts:
        if out.endswith(SPLIT_MARKS) and text[:1].islower():
            out = out[:-1] + text
        elif out.endswith(SPLIT_MARKS):
            out += text
        else:
            out = f"{out} {text}" if out else text
    return out


def centred(line, lines):
    """A display line: well in from the left edge of its region and short of the right one."""
    left = min(x.left for x in lines)
    right = max(x.right for x in lines)
    return line.left - left > CENTRED and right - line.right > SHORT


def indented(i, lines):
    """True when line i stands right of the left edge of the lines around it (skew-proof)."""
    near = [x.left for j, x in enumerate(lines[max(0, i - 3) : i + 4], max(0, i - 3)) if j != i]
    return bool(near) and lines[i].left - statistics.median(near) > INDENT


def paragraphs(lines):
    """A region's lines cut into paragraphs: at an indented line (not the second of a run of
    lines indented alike), and where a run of display lines begins or ends."""
    kind = ["c" if centred(x, lines) else "i" if indented(i, lines) else "" for i, x in enumerate(lines)]
    out = []
    for i, line in enumerate(lines):
        run = i and kind[i] == kind[i - 1] and abs(line.left - lines[i - 1].left) < INDENT
        if not out or (kind[i] == "c") != (kind[i - 1] == "c") or (kind[i] == "i" and not run):
            out.append([])
        out[-1].append(line.text)
    return [join(p) for p in out]


def article(title=None, section=None):
    return {
        "section": section,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": [],
        "captions": [],
    }


def draft(stem):
    """The gold of one page from its regions and the decisions of PAGES[stem].

    header regions are furniture, page-number regions the page's `page`; reference regions (the
    advertisement numbers `[388 b]`) are furniture;
    a heading followed by another heading or by a reference is a department head: the section
    of the articles after it (two in a row: the inner, or both, or the outer accepted) until the
    next masthead; any other heading is the title of a new article; a paragraph region right
    after a reference or a department head starts a new article whose display first lines are
    its title; centred lines right after a title are
    its deck (subtitle); other regions go on the current article, cut into paragraphs.
    """
    spec = PAGES[stem]
    regs = regions(HERE / f"{stem}.page.xml")
    furniture, page_numbers, arts = [], [], []
    section, outer, fresh = None, None, False
    for k, (rid, kind, lines) in enumerate(regs):
        text = join(x.text for x in lines)
        after = regs[k + 1][1] if k + 1 < len(regs) else None
        before = regs[k - 1][1] if k else None
        if kind == "page-number":
            page_numbers.append(text)
        elif kind == "reference":
            furniture.append([text])
        elif kind == "header":
            section = outer = None  # a masthead or page head ends the department
            # consecutive header regions (masthead, date line, price box) form one group
            if before == "header":
                furniture[-1].append(text)
            else:
                furniture.append([text])
        elif kind == "heading" and (rid in spec["section"] or after in ("heading", "reference")):
            if before == "heading" and section is not None and outer is None:
                outer = section
            else:
                outer = None
            section = [text, f"{outer} {text}", outer] if outer else text
            fresh = True
        elif kind == "heading":
            arts.append(article(text, section))
            fresh = False
        else:
            head = spec["title_first"].get(rid, 0)
            if before == "reference" and not head:
                while head < len(lines) - 1 and centred(lines[head], lines):
                    head += 1
            if before == "reference" or rid in spec["new"] or head or fresh or not arts:
                arts.append(article(join(x.text for x in lines[:head]) or None, section))
                lines = lines[head:]
            fresh = False
            art = arts[-1]
            deck = 0
            if art["title"] and not art["paragraphs"] and not art["subtitle"]:
                while deck < len(lines) - 1 and centred(lines[deck], lines):
                    deck += 1
                if deck:
                    art["subtitle"] = join(x.text for x in lines[:deck])
                    lines = lines[deck:]
            pars = [join(x.text for x in lines)] if rid in spec["one"] else paragraphs(lines)
            if rid in spec["join"] and art["paragraphs"]:
                art["paragraphs"][-1] = join([art["paragraphs"][-1], pars.pop(0)])
            art["paragraphs"] += pars
    # Each header region is one furniture piece, except a piece the body also prints (`1843.`,
    # `Allgemeine`) or a one-word piece (`und`): a leak in any body, it is joined to its
    # neighbour in the group (`Allgemeine Preußiſche Zeitung.`, the date line + `1843.`).
    body = [SCORE.norm(p) for a in arts for p in a["paragraphs"] + [a["title"] or ""]]
    merged = []
    for group in furniture:
        pieces = []
        for k, item in enumerate(group):
            short = len(item) <= 4 or leaks_into(item, body)
            if short and pieces:
                pieces[-1] += " " + item
            elif short and k + 1 < len(group):
                group[k + 1] = f"{item} {group[k + 1]}"
            else:
                pieces.append(item)
        merged += pieces
    page = {"furniture": merged}
    if page_numbers:
        page["page"] = page_numbers if len(page_numbers) > 1 else page_numbers[0]
    if spec["date"]:
        page["date"] = spec["date"]
    return {"page": page, "articles": arts}, regs


def squeeze(text):
    return "".join(text.split())


def gold_strings(gold):
    page = gold["page"]
    numbers = page.get("page", [])
    out = list(page["furniture"]) + (numbers if isinstance(numbers, list) else [numbers])
    seen_sections = []
    for art in gold["articles"]:
        section = art["section"]
        if section and section not in seen_sections:
            seen_sections.append(section)
        out += [x for x in (art["title"], art["subtitle"]) if x] + art["paragraphs"]
    for section in seen_sections:
        out += [section[0], section[2]] if isinstance(section, list) else [section]
    return out


def check_nothing_lost(stem, gold, regs):
    """Every character of the ground truth stands in the gold and the gold adds none (whitespace
    and the removed line-end hyphens aside)."""
    page_chars = sorted(squeeze("".join(x.text for _, _, lines in regs for x in lines)))
    gold_chars = sorted(squeeze("".join(gold_strings(gold))))
    for mark in SPLIT_MARKS:
        while mark in page_chars and page_chars.count(mark) > gold_chars.count(mark):
            page_chars.remove(mark)
    if page_chars != gold_chars:
        lost = sorted(set(page_chars) - set(gold_chars))
        raise SystemExit(f"{stem}: gold and page text differ ({len(page_chars)} vs {len(gold_chars)}; {lost[:10]})")


def check_scorer(name, gold_path):
    for fuzzy in ([], ["--fuzzy", "0.9"]):
        out = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), str(gold_path), *fuzzy],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        n = len(json.loads(gold_path.read_text(encoding="utf-8"))["articles"])
        if not (out.startswith("paragraph F1 1.000") and f"titles {n}/{n}" in out and "leaks 0" in out):
            raise SystemExit(f"{name}: scorer on its own gold: {out}")


def check_furniture(stem, gold):
    body = [SCORE.norm(p) for a in gold["articles"] for p in a["paragraphs"] + [a["title"] or ""]]
    for item in gold["page"]["furniture"]:
        if leaks_into(item, body):
            raise SystemExit(f"{stem}: furniture {item!r} stands inside the body")


def main():
    index = {}
    for stem, spec in PAGES.items():
        path = HERE / f"{stem}.page.xml"
        raw = path.read_bytes()
        if hashlib.sha256(raw).hexdigest()[:16] != spec["sha"]:
            raise SystemExit(f"{stem}: page file is not the source file")
        raw.decode("utf-8")
        gold, regs = draft(stem)
        check_nothing_lost(stem, gold, regs)
        check_furniture(stem, gold)
        gold_path = HERE / f"{stem}.page.xml.gold.json"
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        check_scorer(stem, gold_path)
        index[gold_path.name] = f"tests/real13/{path.name}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(index)} golds written and checked")


if __name__ == "__main__":
    main()
