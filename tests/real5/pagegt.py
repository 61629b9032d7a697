import xml.etree.ElementTree as ET

HY = ("⸗", "-", "¬")
class Page:
    def __init__(self, path):
        r = ET.parse(path).getroot()
        self.ns = ns = r.tag.split('}')[0] + '}'
        self.regs = {}
        for e in r.iter():
            if e.tag.endswith('TextRegion'):
                L = []
                for ln in e.findall(ns + 'TextLine'):
                    u = ln.find(ns + 'TextEquiv/' + ns + 'Unicode')
                    pts = [tuple(map(int, p.split(','))) for p in ln.find(ns + 'Coords').get('points').split()]
                    L.append((min(p[0] for p in pts), max(p[0] for p in pts), (u.text or '').strip() if u is not None else ''))
                self.regs[e.get('id')] = L
    def text(self, rid, sep=' '):
        return joinlines([t for _, _, t in self.regs[rid]], sep)
    def lines(self, *rids):
        out = []
        for rid in rids:
            out += self.regs[rid]
        return out
def joinlines(ts, sep=' '):
    s = ''
    for t in ts:
        if not t:
            continue
        if not s:
            s = t
            continue
        if s[-1] in HY and t[:1].islower() and not s.endswith(' -'):
            s = s[:-1] + t
        elif s[-1] in HY and not s.endswith(' -') and not s.endswith(' ⸗'):
            s = s + t
        else:
            s = s + sep + t
    return s
def paras(lines, indent=60, first_new=False, starts=(), joins=()):
    """Split a run of lines into paragraphs: a line starts one when its left edge lies more than
    `indent` px right of the median left edge of its neighbours. starts/joins: line indexes forced."""
    out = []
    cur = []
    xs = [line[0] for line in lines]
    for i, (x0, _x1, t) in enumerate(lines):
        nb = sorted(xs[max(0, i - 3):i] + xs[i + 1:i + 4])
        med = nb[len(nb) // 2] if nb else x0
        new = (x0 - med > indent) or (i in starts)
        if i == 0:
            new = first_new or new
        if i in joins:
            new = False
        if new and cur:
            out.append(cur)
            cur = []
        cur.append(t)
    if cur:
        out.append(cur)
    return [joinlines(p) for p in out]
