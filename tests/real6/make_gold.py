"""Draft-and-fix gold builder for tests/real6 (Reichsanzeiger PAGE ground truth).

Reads the GT TextLines of a PAGE file, splits each text region into lines classed by
position (centred = title/signature/§ line, indented = paragraph start, flush =
continuation), builds articles (a heading region or a region opening with centred
lines starts one), then applies the per-page hand decisions in FIX (written after
reading the GT text and its line positions). Text = GT text; a line-end ⸗ before a
lower-case continuation is removed, before an upper-case one kept (Reichs⸗Geſetzblatt).
usage: python3 make_gold.py PAGEFILE.xml > PAGEFILE.xml.gold.json
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def coords(el):
    pts = [tuple(int(v) for v in p.split(',')) for p in el.get('points').split()]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)

def regions(path):
    root = ET.parse(path).getroot()
    ns = {'p': root.tag.split('}')[0][1:]}
    pg = root.find('p:Page', ns)
    order = [e.get('regionRef') for e in pg.iter(f"{{{ns['p']}}}RegionRefIndexed")]
    regs = {}
    for r in pg.iter(f"{{{ns['p']}}}TextRegion"):
        lines = []
        for ln in r.findall('p:TextLine', ns):
            u = ln.find('p:TextEquiv/p:Unicode', ns)
            t = (u.text or '') if u is not None else ''
            lines.append((t.strip(),) + coords(ln.find('p:Coords', ns)))
        regs[r.get('id')] = (r.get('type'), lines)
    ids = [i for i in order if i in regs] + [i for i in regs if i not in order]
    return [(i,) + regs[i] for i in ids]

def classify(lines):
    """'C' centred, 'I' indented (paragraph start), 'F' flush."""
    if not lines:
        return []
    L = sorted(ln[1] for ln in lines)[len(lines) // 5]
    R = max(ln[3] for ln in lines)
    W = max(R - L, 1)
    out = []
    for _t, x0, _y0, x1, _y1 in lines:
        if x0 > L + 0.12 * W and x1 < R - 0.06 * W:
            out.append('C')
        elif x0 > L + 0.035 * W:
            out.append('I')
        else:
            out.append('F')
    return out

def join(ls):
    s = ''
    for t in ls:
        if not s:
            s = t
        elif s.endswith(('⸗', '-')) and t[:1].islower():
            s = s[:-1] + t
        elif s.endswith('⸗'):
            s = s + t
        else:
            s = s + ' ' + t
    return s

def paras(lines, cls):
    out, cur = [], []
    for (t, *_), c in zip(lines, cls):
        if c in 'IC' and cur:
            out.append(join(cur))
            cur = []
        cur.append(t)
    if cur:
        out.append(join(cur))
    return out

def place_tables(regs, fix):
    """Untyped one-cell regions are table cells (the GT lists them after the text):
    each table (cells whose top lies in [y0, y1]) becomes one paragraph read row by row
    (cells whose tops are within 25 px form a row, left to right), put after region 'after'.
    'move' puts a region after another (text the GT left among the cells)."""
    moved = fix.get('move', {})
    cells = [r for r in regs if r[1] is None and r[0] not in moved and r[2]]
    regs = [r for r in regs if not (r[1] is None and r[0] not in moved)]
    for rid, after in moved.items():
        r = next(x for x in regs if x[0] == rid)
        regs.remove(r)
        regs.insert([x[0] for x in regs].index(after) + 1, r)
    for n, (after, y0, y1) in enumerate(fix['tables']):
        mine = sorted((c for c in cells if y0 <= min(ln[2] for ln in c[2]) <= y1),
                      key=lambda c: min(ln[2] for ln in c[2]))
        rows = []
        for c in mine:
            y = min(ln[2] for ln in c[2])
            if rows and y - rows[-1][0] <= 25:
                rows[-1][1].append(c)
            else:
                rows.append([y, [c]])
        words = []
        for _y, row in rows:
            for c in sorted(row, key=lambda c: min(ln[1] for ln in c[2])):
                words.append(join([ln[0] for ln in c[2]]))
        regs.insert([x[0] for x in regs].index(after) + 1, (f'table{n}', 'table', [(' '.join(words),)]))
    return regs

def build(path, fix):
    """fix: {'section': {rid or 'rid:i': name}, 'tag': {'rid:i': tag}, 'furniture': [rid], 'drop': [rid]}
    tags: T new article title, S subtitle, B byline, H heading, P paragraph start, J continuation,
    X furniture line, D drop, K kicker, A new article with no title (title None)."""
    regs = regions(path)
    for rid, after in fix.get('order', {}).items():
        r = next(x for x in regs if x[0] == rid)
        regs.remove(r)
        regs.insert([x[0] for x in regs].index(after) + 1, r)
    if fix.get('tables'):
        regs = place_tables(regs, fix)
    furniture, arts, section = [], [], None
    tag = fix.get('tag', {})
    cur = None
    def new(title):
        a = {'section': section, 'kicker': None, 'title': title, 'subtitle': None, 'byline': None,
             'source': None, 'headings': [], 'paragraphs': [], 'captions': [], '_l': []}
        arts.append(a)
        return a
    for rid, typ, lines in regs:
        if rid in fix.get('furniture', ()) or (typ in ('header', 'footer') and rid not in fix.get('keep', ())):
            # one furniture item per region; 'furniture_join' glues a region to the item before it
            # (a masthead split into three regions, a date line and its year)
            text = join([ln[0] for ln in lines])
            if rid in fix.get('furniture_join', ()) and furniture:
                furniture[-1] = furniture[-1] + ' ' + text
            else:
                furniture.append(text)
            continue
        if typ == 'table':
            cur['_l'].append(('P', lines[0][0]))
            continue
        if rid in fix.get('drop', ()) or (fix.get('drop_prefix') and rid.startswith(fix['drop_prefix'])):
            continue
        if rid in fix.get('section', {}):
            section = fix['section'][rid]
            continue
        if rid in fix.get('setsec', {}):
            section = fix['setsec'][rid]
        cls = classify(lines)
        if rid in fix.get('hanging', ()):
            L = sorted(ln[1] for ln in lines)[len(lines) // 5]
            cls = [c if c == 'C' else ('I' if ln[1] <= L + fix.get('hang', 20) else 'F') for ln, c in zip(lines, cls)]
        n = len(lines)
        auto = []
        if typ == 'heading':
            auto = ['T'] + ['TJ'] * (n - 1)
        else:
            k = 0
            while k < n and cls[k] == 'C':
                k += 1
            if rid in fix.get('hanging', ()):
                k = 0
            for i in range(n):
                c = cls[i]
                if rid in fix.get('hanging', ()) and c == 'C':
                    auto.append('H')
                elif i < k:
                    auto.append('T' if i == 0 else 'S')
                elif c == 'C' and all(cls[j] == 'C' or re.match(r'^[A-ZÄÖÜ][^,]*, den ', lines[j][0]) for j in range(i, n)):
                    auto.append('B')
                elif c == 'C' and len(lines[i][0]) <= 8:
                    auto.append('H')
                elif rid in fix.get('manual', ()):
                    auto.append('J')
                elif c in 'IC':
                    auto.append('P')
                else:
                    auto.append('J')
        for i, (t, *_rest) in enumerate(lines):
            key = f'{rid}:{i}'
            if key in fix.get('section', {}):
                section = fix['section'][key]
                continue
            g = tag.get(key, auto[i])
            if g == 'X':
                furniture.append(t)
                continue
            if g == 'D':
                continue
            if g == 'T':
                if cur is not None and cur['_l'] and cur['_l'][-1][0] == 'T' and i > 0 and auto[i-1] == 'T' and typ == 'heading':
                    cur['_l'].append(('TJ', t))
                    continue
                cur = new(None)
                cur['_l'].append(('T', t))
                continue
            if g == 'TJ':
                cur['_l'].append(('TJ', t))
                continue
            if g == 'A':
                cur = new(None)
                g = 'P'
            if cur is None:
                cur = new(None)
            cur['_l'].append((g, t))
    for a in arts:
        title, sub, byl, paras_, heads, kick = [], [], [], [], [], []
        for g, t in a['_l']:
            if g in ('T', 'TJ'):
                title.append(t)
            elif g == 'S':
                sub.append(t)
            elif g == 'K':
                kick.append(t)
            elif g == 'B':
                byl.append(t)
            elif g == 'H':
                heads.append(t)
                paras_.append(None)
            elif g == 'P' or not paras_ or paras_[-1] is None:
                paras_.append([t])
            else:
                paras_[-1].append(t)
        a['title'] = join(title) if title else None
        a['subtitle'] = join(sub) if sub else None
        a['kicker'] = join(kick) if kick else None
        a['byline'] = join(byl) if byl else None
        a['headings'] = heads
        a['paragraphs'] = [join(p) for p in paras_ if p]
        del a['_l']
    return furniture, arts

REPO = 'tboenig/reichsanzeiger-gt'
PAGES = {}

def alternatives(a, fix):
    """Every acceptable reading: a subtitle deck may be read into the title or dropped,
    a signature may be left out of the byline, the section may be the department head."""
    t, s, b = a['title'], a['subtitle'], a['byline']
    if s is not None and t is not None:
        a['title'] = [t, join([t, s])]
        a['subtitle'] = [s, None]
    if b is not None:
        a['byline'] = [b, None]
    sec = fix.get('sections', {}).get(a['section'])
    if sec is not None:
        a['section'] = sec

def main(names):
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    for name in names:
        fix = PAGES[name]
        furn, arts = build(os.path.join(here, name), fix)
        for a in arts:
            alternatives(a, fix)
        for k, ov in fix.get('override', {}).items():
            ov = dict(ov)
            if ov.get('paragraphs', [0])[-1:] == [None]:   # prepend to the built paragraphs
                ov['paragraphs'] = ov['paragraphs'][:-1] + arts[int(k)]['paragraphs']
            arts[int(k)].update(ov)
        for k in sorted((int(k) for k in fix.get('remove', ())), reverse=True):
            del arts[k]
        gold = {'note': fix.get('note'), 'page': {'furniture': furn, 'date': fix.get('date')}, 'articles': arts}
        with open(os.path.join(here, name + '.gold.json'), 'w') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')


SEC1 = ['Deutſches Reich.', 'Amtliches.', 'Amtliches. Deutſches Reich.', None]
PAGES['reichsanzeiger_1918-11-12_revolution_front.page.xml'] = {
    'src': 'data/reichsanzeiger-1820-1939/GT-PAGE/1918_268_0134.xml',
    'date': '1918-11-12',
    'hanging': ['r12', 'r13', 'r25'],
    'furniture_join': ['r2', 'r3', 'r10'],
    'order': {'r10': 'r8'},
    'section': {'r14': 'Amtliches.', 'r15:0': 'Deutſches Reich.'},
    'sections': {'Deutſches Reich.': SEC1},
    'tag': {
        'r12:0': 'H', 'r12:16': 'H', 'r13:0': 'H',   # contents: its sub-heads
        'r15:1': 'T', 'r15:2': 'P',
        'r19:0': 'A', 'r20:0': 'A',
        'r18:0': 'P', 'r18:7': 'P',
        'r21:1': 'S', 'r22:1': 'S', 'r23:1': 'S', 'r26:1': 'S', 'r27:1': 'S',
        'r24:0': 'P', 'r24:1': 'J', 'r24:2': 'J',
        'r25:25': 'J', 'r25:26': 'P', 'r25:27': 'J', 'r25:28': 'J',
        'r28:1': 'S', 'r28:2': 'S',
        'r27:13': 'P', 'r27:14': 'J',
    },
    'override': {
        '11': {'title': ['Bekanntmachung', 'Bekanntmachung über die Bildung von Wohnungsverbänden.',
                         'Bekanntmachung über die Bildung von Wohnungsverbänden. Vom 7. November 1918.'],
               'subtitle': ['über die Bildung von Wohnungsverbänden. Vom 7. November 1918.',
                            'über die Bildung von Wohnungsverbänden.', 'Vom 7. November 1918.', None]},
    },
}


SEC_DR = ['Deutſches Reich.', 'Nichtamtliches.', 'Nichtamtliches. Deutſches Reich.', None]
SEC_NA = ['Nichtamtliches.', None]


def _P(rid, idx, g='P'):
    return {f'{rid}:{i}': g for i in idx}


PAGES['reichsanzeiger_1918-11-08_notices_armistice_spread.page.xml'] = {
    'src': 'data/reichsanzeiger-1820-1939/GT-PAGE/1918_266_0126.xml',
    'date': '1918-11-08',
    'section': {'r13:0': 'Nichtamtliches.', 'r13:1': 'Deutſches Reich.'},
    'setsec': {'r27': 'Nichtamtliches.'},
    'override': {'12': {'title': ['Preußen.', 'Preußen. Berlin, 8. November 1918.'],
                        'subtitle': ['Berlin, 8. November 1918.', None]}},
    'sections': {'Deutſches Reich.': SEC_DR, 'Nichtamtliches.': SEC_NA},
    'manual': ['r28', 'r29'],
    'tag': dict(
        {'r1:0': 'T', 'r1:1': 'TJ', 'r2:8': 'B', 'r9:10': 'B',
         'r14:0': 'T', 'r21:16': 'J', 'r21:18': 'J', 'r21:19': 'P',
         'r29:46': 'P', 'r29:47': 'J'},
        **_P('r28', [0, 5, 19, 35, 64, 75, 89, 96, 99]),
        **_P('r29', [30, 34, 48, 58, 71, 77, 86])),
}


TABLE_1914 = ('Es wurden befördert deutſche Auswanderer im Monat Juli über 1914 1913 Bremen 614 795 '
              'Hamburg 671 803 deutſche Häfen zuſammen 1285 1598 fremde Häfen (ſoweit ermittelt) 56 614 '
              'überhaupt 1341 2212.')
SEC_KW = ['Kunſt und Wiſſenſchaft.', None]
SEC_VW = ['Verkehrsweſen.', None]
SEC_TM = ['Theater und Muſik.', None]
SEC_MF = ['Mannigfaltiges.', None]
_LIST = [f'r{i}' for i in range(33, 52)]
PAGES['reichsanzeiger_1914-08-18_misc_casualty_list_spread.page.xml'] = {
    'src': 'data/reichsanzeiger-1820-1939/GT-PAGE/1914_192_0589.xml',
    'date': '1914-08-18',
    'section': {'r4': 'Kunſt und Wiſſenſchaft.', 'r8': 'Verkehrsweſen.', 'r11': 'Theater und Muſik.',
                'r13': 'Mannigfaltiges.'},
    'setsec': {'r1': None, 'r32': None},
    'sections': {'Kunſt und Wiſſenſchaft.': SEC_KW, 'Verkehrsweſen.': SEC_VW,
                 'Theater und Muſik.': SEC_TM, 'Mannigfaltiges.': SEC_MF},
    'furniture': ['r25', 'r26'],
    'furniture_join': ['r28', 'r31'],
    'drop': [],
    'hanging': _LIST,
    'hang': 45,
    'tag': dict(
        {'r1:0': 'T', 'r1:1': 'TJ', 'r1:2': 'TJ', 'r2:0': 'T', 'r2:1': 'TJ',
         'r6:0': 'A', 'r9:0': 'A', 'r10:0': 'A', 'r12:0': 'A',
         'r14:0': 'A', 'r14:1': 'P', 'r5:0': 'A',
         'r15:0': 'A', 'r16:0': 'A', 'r17:0': 'A', 'r18:0': 'A', 'r19:0': 'A', 'r20:0': 'A',
         'r22:0': 'A', 'r23:0': 'A', 'r24:0': 'A',
         'r33:0': 'H', 'r44:0': 'H'}),
}
_p3 = PAGES['reichsanzeiger_1914-08-18_misc_casualty_list_spread.page.xml']
for _r in ('29016 29017 29020 29023 29026 29029 29032 29018 29021 29024 29027 29030 29033 '
           '29019 29022 29025 29028 29031 29034').split():
    pass
_p3['drop_prefix'] = 'TextRegion_17001302016'   # the emigration table's cells: given below
_p3['override'] = {'1': {'paragraphs': [TABLE_1914, None]},
                   # run-in titles (spaced type, first words of the paragraph)
                   '2': {'title': ['Die magnetiſche Aufnahme der Erde.', None]},
                   '13': {'title': ['Schwarzbrot und Weißbrot.', None]},
                   '14': {'title': ['Volkstümliche Vorträge.', None]}}


SEC_HT = ['Handelsteil.', None]
SEC_WA = ['Wirtſchaft des Auslandes.', 'Handelsteil.', None]
PAGES['reichsanzeiger_1939-09-01_war_economy_spread.page.xml'] = {
    'src': 'data/reichsanzeiger-1820-1939/GT-PAGE/1939_202_0006.xml',
    'date': '1939-09-01',
    'move': {'TextRegion_1700130127744_22541': 'r25'},
    'tables': [('r24', 1360, 1900), ('r25', 2560, 2640),
               ('TextRegion_1700130127744_22541', 2855, 3060), ('r26', 3421, 3600)],
    'furniture': ['r36'],
    'section': {'r14': 'Preußen.', 'r16': 'Nichtamtliches.', 'r21': 'Handelsteil.',
                'r32': 'Wirtſchaft des Auslandes.'},
    'setsec': {'r37': 'Handelsteil.'},
    'sections': {'Preußen.': ['Preußen.', None], 'Nichtamtliches.': ['Nichtamtliches.', None],
                 'Handelsteil.': SEC_HT, 'Wirtſchaft des Auslandes.': SEC_WA},
    'tag': dict(
        {'r4:0': 'H', 'r5:0': 'H', 'r6:0': 'H', 'r7:0': 'H', 'r8:0': 'H', 'r9:0': 'H',
         'r9:14': 'P', 'r9:15': 'B',
         'r25:0': 'P', 'r25:12': 'P', 'r25:13': 'J', 'r26:0': 'P', 'r27:0': 'P',
         'TextRegion_1700130127744_22541:3': 'J',
         'r10:0': 'T', 'r10:1': 'S', 'r10:2': 'S', 'r10:3': 'S', 'r10:19': 'H', 'r10:22': 'H', 'r10:38': 'H',
         'r17:0': 'A', 'r18:0': 'A', 'r19:0': 'A',
         'r23:0': 'S', 'r29:0': 'S', 'r30:0': 'T', 'r30:1': 'TJ',
         'r33:0': 'T', 'r34:0': 'T', 'r34:1': 'S', 'r37:0': 'A'}),
}


NOTES = {'reichsanzeiger_1918-11-12_revolution_front.page.xml': "Deutscher Reichsanzeiger und Preußischer Staatsanzeiger No. 268, Berlin, Tuesday 12 November 1918: the front page three days after the revolution, as PAGE XML ground truth of tboenig/reichsanzeiger-gt (CC0), file 1918_268_0134.xml, copied unchanged (a single page). Furniture: the masthead (three header regions), both ears (subscription and advertising prices), the date line with No., giro and postal-cheque numbers. Articles: the boxed contents list 'Inhalt des amtlichen Teils:' (its entries one paragraph each; 'Deutſches Reich.', 'Erſte Beilage:', 'Preußen.' as headings); under 'Amtliches.' / 'Deutſches Reich.' (section; either head, both, or none accepted): Ebert's proclamation 'Aufruf.', 'An Alle!', 'An die Arbeiter⸗ und Soldatenräte.' (running from column 1 into column 2), two untitled decrees (signed 'Die Reichsregierung. Ebert. Haaſe.' and 'Ebert. Haaſe.'), five 'Ausfuhrerleichterungen' notices with the same title and a 'für Waren des Abſchnitts …' deck (one of them with a two-column list of goods and statistical numbers, read as one paragraph per item), and the 'Bekanntmachung über die Bildung von Wohnungsverbänden. Vom 7. November 1918.' with § 1–§ 3 as headings (it continues on the next page). Signatures are bylines (or null); 'Berlin, den … 1918.' date lines stay paragraphs. Uncertain: whether the contents box is an article (here it is).", 'reichsanzeiger_1918-11-08_notices_armistice_spread.page.xml': "Deutscher Reichsanzeiger No. 266 (Friday 8 November 1918, the day before the revolution; the scan has no masthead, the date is from the 'Berlin, 8. November 1918.' line): a double page as PAGE XML ground truth of tboenig/reichsanzeiger-gt (CC0), file 1918_266_0126.xml, copied unchanged. Left: the end of the official part: a vacancy notice under 'Miniſterium für Landwirtſchaft, Domänen und Forſten.' and eleven police/food-office notices all titled 'Bekanntmachung.' (place/date line a paragraph, authority and signer the byline). Then 'Nichtamtliches.' / 'Deutſches Reich.' (section heads): one article per printed head: 'Preußen.' (run-in 'Berlin, 8. November 1918.' accepted in the title or as subtitle) holding all the unheaded Berlin reports that follow it (the Chancellor's appeal to Germans abroad, Bundesrat, the armistice radio messages to and from Foch, the SPD ultimatum with its five numbered demands, unrest in Bremen, Hamburg, Kiel), then 'Bayern.', 'Württemberg.', 'Anhalt.', 'Oldenburg.' (section Deutſches Reich.) and the foreign heads 'Oeſterreich⸗Ungarn.' (a long run of '—' items, including a quoted Bavarian army telegram with its signature kept as a paragraph), 'Polen.', 'Großbritannien und Irland.', 'Spanien.', 'Niederlande.', 'Norwegen.', 'Albanien.', 'Finnland.', 'Amerika.', 'Kriegsnachrichten.' (section Nichtamtliches. or null). The Austrian column is torn at its left edge in the scan: the GT keeps the clipped words ('e Grundlage', 'ndtags'), so does the gold. Paragraph breaks in that skewed column were set by hand.", 'reichsanzeiger_1914-08-18_misc_casualty_list_spread.page.xml': "Deutscher Reichsanzeiger, Tuesday 18 August 1914: a double page as PAGE XML ground truth of tboenig/reichsanzeiger-gt (CC0), file 1914_192_0589.xml, copied unchanged. Left: the last page of the main sheet: two statistical reports with multi-line centred titles (Berlin population etc. in June 1914; German overseas emigration in July 1914, whose small table the GT gives as untyped cell regions listed after everything else: the gold puts it, read row by row, as the report's first paragraph), then the department heads 'Kunſt und Wiſſenſchaft.', 'Verkehrsweſen.', 'Theater und Muſik.', 'Mannigfaltiges.' as SECTIONS of short unheaded items (one article each, title null; three items open with a spaced run-in title, 'Die magnetiſche Aufnahme der Erde.', 'Schwarzbrot und Weißbrot.', 'Volkstümliche Vorträge.', accepted as title or null, kept in the paragraph text); the dateline 'Berlin, 18. Auguſt 1914.' opens the first Mannigfaltiges item as a paragraph. Furniture: '(Fortſetzung des Nichtamtlichen in der Erſten Beilage.)', the imprint, and the 'Erſte Beilage' header of the right page (No. 193). Right: 'Verluſtliſte Nr. 4.', the fourth Prussian casualty list of the war, as ONE article: division/regiment/company lines are headings (60), each soldier's entry (hanging indent) a paragraph (142).", 'reichsanzeiger_1939-09-01_war_economy_spread.page.xml': "Deutscher Reichs- und Staatsanzeiger Nr. 202, Friday 1 September 1939 (the day Germany invaded Poland), pages 2 and 3, as PAGE XML ground truth of tboenig/reichsanzeiger-gt (CC0), file 1939_202_0006.xml, copied unchanged. Running heads are furniture, as is the 'Fortſetzung von „Wirtſchaft des Auslandes“ auf der nächſten Seite.' note. Left: 'Amtliche Spielbedingungen.' of the Reich lottery (§ 1.–§ 6. headings, signed by the president, byline), the decked 'Anordnung 54 / der Reichsſtelle für Lederwirtſchaft (Ergänzung der Anordnung 52). / Vom 1. September 1939.' (Artikel I.–III. and § 1–2 headings), two Reichsgeſetzblatt contents notices 'Bekanntmachung.' (one running across the column break), a Prussian 'Bekanntmachung.' (section Preußen.), three unheaded 'Nichtamtliches.' items. Right: section 'Handelsteil.': 'Die Sicherung unſerer Ernährung.' (two-line head, deck 'Was kann unſere Landwirtſchaft leiſten?') with FOUR small tables that the GT gives as untyped cell regions after everything else: each is one paragraph in the gold, read row by row (row = cells whose tops are within 25 px, left to right) and placed where it is printed; a cleaner that reads a table differently will miss those four paragraphs, which is acceptable. Then 'Berliner Börſe am 1. September.' (deck 'Aktien freundlich. Renten behauptet.'), 'Vorläufige Regelung des Zoll⸗ und Reiſeverkehrs in Danzig.', 'Meſſe⸗Ausklang.', 'Wirtſchaft des Auslandes.' (section) with two notes on the Bank of England, and the untitled Berlin food price list."}
for _k, _v in NOTES.items():
    PAGES[_k]['note'] = _v


if __name__ == '__main__':
    main(sys.argv[1:] or sorted(PAGES))
