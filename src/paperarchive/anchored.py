"""Whether any of several patterns matches at a line's start, asking only the alternatives that can.

`is_furniture` asks every line whether one of its standing patterns (`STANDING_LINE` and friends)
matches at its start: some sixty alternatives, each tried in turn, though most can only begin on
a few characters ("（", "第", "Continued") or need a word the line does not hold ("本版", "为准").
`AnyAtStart` reads each alternative's parse once and keeps two necessary conditions of a match:
the characters its match can begin with, and words one of which its match holds (printed the
same in either case, or, where the pattern ignores case, looked for in the line in lower case). A line is asked only the alternatives both allow: the answer is the same,
as no alternative left out could have matched (tests/test_anchored.py asks every line of every
gold page and of bench/corpus/S both ways).
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# (an ASCII letter that ignoring case matches only where `str.lower` makes it that letter: not "i"
# nor "s", which also match the dotless "ı" and the long "ſ", whose lower case is themselves)
_FOLDED = frozenset("abcdefghjklmnopqrtuvwxyzABCDEFGHJKLMNOPQRTUVWXYZ")


class _Unknown(Exception):
    """A construct the analysis does not read: the alternative is asked of every line."""


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives, as written.

    >>> alternatives(r"^a(?:b|c)|^[|(]x\\|y|z")
    ['^a(?:b|c)', '^[|(]x\\\\|y', 'z']
    """
    parts, start, depth, k, in_class = [], 0, 0, 0, False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k += 1 + (pattern[k + 1 : k + 2] == "^")
            k += pattern[k : k + 1] == "]"  # a "]" first in a class is the character
            continue
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:k])
            start = k + 1
        k += 1
    return [*parts, pattern[start:]]


def _one_character(op, av) -> str:
    """A regex of the one character a LITERAL, NOT_LITERAL or IN item matches."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    members = []
    for kind, value in av:
        if kind is sre.NEGATE:
            members.insert(0, "^")
        elif kind is sre.LITERAL:
            members.append(re.escape(chr(value)))
        elif kind is sre.RANGE:
            members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind is sre.CATEGORY and value in _CATEGORIES:
            members.append(_CATEGORIES[value])
        else:
            raise _Unknown(kind)
    return f"[{''.join(members)}]"


def _first_characters(items, flags: int) -> tuple[set[str], bool]:
    """Regexes of one character, one of which a match of `items` begins with, and whether the items
    can match nothing (then what follows them begins the match)."""
    found: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # (no width: the next item begins the match)
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN):
            one = _one_character(op, av)
            found.add(f"(?i:{one})" if flags & re.IGNORECASE else one)
            return found, False
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            branches, empty = [(sub, (flags | add) & ~remove)], False
        elif op is sre.BRANCH:
            branches, empty = [(sub, flags) for sub in av[1]], False
        elif op in _REPEATS:
            branches, empty = [(av[2], flags)], av[0] == 0
        else:
            raise _Unknown(op)  # ANY and the rest: any character may begin it
        for sub, sub_flags in branches:
            more, nothing = _first_characters(sub, sub_flags)
            found |= more
            empty = empty or nothing
        if not empty:
            return found, False
    return found, True


# A word a match holds: its text, and whether it is looked for in the line in lower case
Word = tuple[str, bool]


def _better(a: set[Word] | None, b: set[Word] | None) -> set[Word] | None:
    """Of two sets of words a match holds one of, the one whose shortest word is longest."""
    if a is None or b is None:
        return a if b is None else b
    shortest = lambda words: min(len(text) for text, _ in words)  # noqa: E731
    return a if (shortest(a), -len(a)) >= (shortest(b), -len(b)) else b


def _word(run: str, folded: bool) -> set[Word] | None:
    """A run of a pattern's letters as a word; looked for in lower case if case is ignored and it holds a letter."""
    return {(run, folded and run.upper() != run)} if run else None


def _words(items, flags: int) -> set[Word] | None:
    """Words one of which every match of `items` holds, so that `in` finds it as the pattern does:
    as printed, or where case is ignored in lower case (asked of the line in lower case), each
    character printed the same in either case or a letter of `_FOLDED`; None if none is known.

    >>> sorted(_words(sre_parse.parse("(?i)^(?=.{0,9}(?:writer|Author))|^导读").data, re.IGNORECASE))
    [('author', True), ('ter', True), ('导读', False)]
    """
    best, run = None, ""
    folded = bool(flags & re.IGNORECASE)
    for op, av in items:
        if op is sre.LITERAL and (not folded or chr(av) in _FOLDED or chr(av).lower() == chr(av) == chr(av).upper()):
            run += chr(av).lower() if folded else chr(av)
            continue
        best, run = _better(best, _word(run, folded)), ""
        if op is sre.SUBPATTERN:
            best = _better(best, _words(av[3], (flags | av[1]) & ~av[2]))
        elif op is sre.ASSERT and av[0] == 1:  # a lookahead: its text is the line's too
            best = _better(best, _words(av[1], flags))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _words(av[2], flags))
        elif op is sre.BRANCH:
            each = [_words(sub, flags) for sub in av[1]]
            if all(words is not None for words in each):
                best = _better(best, set().union(*each))
    return _better(best, _word(run, folded))


def _any_word(words) -> re.Pattern | None:
    """A search for any of the words (the longest asked first), None for none."""
    words = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


_Entry = tuple[re.Pattern | None, re.Pattern | None, tuple[re.Pattern, ...], tuple[re.Pattern, ...]]


class AnyAtStart:
    """`any(p.match(text) for p in patterns)`, each alternative asked only of a line that can begin
    it and holds one of its words. Built on the first question (the alternatives' parses and
    compiles cost about 60 ms: not at import)."""

    def __init__(self, *patterns: re.Pattern) -> None:
        self.patterns = patterns
        self._compiled: list[re.Pattern] | None = None
        # a line's first character → the words its alternatives need (None: none), as printed and in
        # lower case, the alternatives to ask of a line holding one of them, and those to ask of a line holding none
        self._by_line_start: dict[str, _Entry] = {}
        # the same, by the alternatives a first character allows (their indices): shared by every such character
        self._by_alternatives: dict[tuple[int, ...], _Entry] = {}

    def _read(self) -> None:
        self._compiled, self._starts, self._needs = [], [], []
        for pattern in self.patterns:
            # (whole, asked of every line, where the parts cannot be asked apart: a back reference
            # would point elsewhere in a part alone, a flag other than case changes what the parse reads)
            # (or a part that does not compile alone: a construct `alternatives` misread)
            apart = not pattern.flags & ~(re.IGNORECASE | re.UNICODE) and not _refers_back(sre_parse.parse(pattern.pattern, pattern.flags).data)
            parts = alternatives(pattern.pattern) if apart else [pattern.pattern]
            try:
                compiled = [re.compile(part, pattern.flags) for part in parts]
            except re.error:
                parts, compiled, apart = [pattern.pattern], [pattern], False
            for part, one in zip(parts, compiled):
                self._compiled.append(one)
                starts, needs = _conditions(part, pattern.flags) if apart else (None, None)
                self._starts.append(starts)
                self._needs.append(needs)

    def _for_line_start(self, first: str) -> _Entry:
        """The alternatives a line opening on `first` can match, and the words they need: only
        those words are searched for (a search through the whole line, the costlier the more
        words it tries at each place). A word of another alternative, one that cannot begin
        on `first`, tells nothing of these: both ways, no alternative is asked that could match
        without one of its own words in the line."""
        which = tuple(k for k, starts in enumerate(self._starts) if starts is None or first and starts.match(first))
        # (most first characters, every Han one that opens no alternative, allow the same ones: their
        # words are joined and their pattern looked up once, not once a character: ~1,300 a corpus)
        entry = self._by_alternatives.get(which)
        if entry is None:
            allowed = [(self._compiled[k], self._needs[k]) for k in which]
            words = set().union(*(needs for _, needs in allowed if needs))
            printed, lowered = (_any_word(text for text, folded in words if folded is lower) for lower in (False, True))
            entry = self._by_alternatives[which] = (printed, lowered, tuple(c for c, _ in allowed), tuple(c for c, needs in allowed if needs is None))
        self._by_line_start[first] = entry
        return entry

    def match(self, text: str) -> bool:
        if self._compiled is None:
            self._read()
        first = text[:1]
        printed, lowered, worded, unworded = self._by_line_start.get(first) or self._for_line_start(first)
        # (the line in lower case only where no word as printed is found: most lines hold neither)
        holds = printed is not None and printed.search(text) is not None or lowered is not None and lowered.search(text.lower()) is not None
        for compiled in worded if holds else unworded:
            if compiled.match(text):
                return True
        return False


def _refers_back(items) -> bool:
    """Whether the parse holds a back reference or a group's condition, `\\1`, `(?P=name)`, `(?(1)…)`:
    read from the parse, not the source, where an optional bracket before a group, `\\(?(?:`,
    reads as a condition's `(?(` (PAGE_POINTER's five: it was asked whole of every line).

    >>> [_refers_back(sre_parse.parse(p).data) for p in (r"^(\\d)-\\1$", r"(?P<a>x)(?P=a)", r"(x)?(?(1)a|b)", r"^\\(?(?:a|b)\\)?$", r"\\\\1")]
    [True, True, True, False, False]
    """
    stack = [items]
    while stack:
        for op, av in stack.pop():
            if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
                return True
            for value in av if isinstance(av, (tuple, list)) else (av,):
                if isinstance(value, sre_parse.SubPattern):
                    stack.append(value)
                elif isinstance(value, list):  # (a branch's alternatives)
                    stack.extend(sub for sub in value if isinstance(sub, sre_parse.SubPattern))
    return False


def _conditions(part: str, flags: int) -> tuple[re.Pattern | None, set[Word] | None]:
    """What a match of one alternative needs: a first character the regex returned matches, one of
    the words returned in the line (None: no such condition known)."""
    tree = sre_parse.parse(part, flags)
    try:
        starts, empty = _first_characters(tree.data, tree.state.flags)
    except _Unknown:
        starts, empty = set(), True
    needs = _words(tree.data, tree.state.flags)
    # (a word of one character tells too: a colon, a bracket or 完 is in few of a page's lines)
    return None if empty else re.compile("|".join(sorted(starts))), needs or None


def needs_one_of(pattern: re.Pattern, marks: str, digit: bool = False) -> bool:
    """Whether every match of `pattern` holds one of the characters `marks` (or, with `digit`, a
    character `\\d` matches): an item every match passes through (not inside an optional part, not
    in only some branches) that matches nothing else. False where that is not known (a pattern with
    flags is not read). A line without such a character is not asked the pattern: it cannot match.

    >>> needs_one_of(re.compile(r"^\\w+(?: [–—-] \\w+){1,3}$"), "–—-"), needs_one_of(re.compile(r"^\\w+(?: - \\w+)?$"), "-")
    (True, False)
    >>> needs_one_of(re.compile(r"^(?:a|b)\\s?\\d{1,2}$"), "", digit=True), needs_one_of(re.compile(r"^[\\d.]+$"), "", digit=True)
    (True, False)
    """
    if pattern.flags & ~re.UNICODE:
        return False  # (case folding would let other characters match a mark)
    return _needs(sre_parse.parse(pattern.pattern, pattern.flags).data, marks, digit)


def _needs(items, marks: str, digit: bool) -> bool:
    def only_marks(kind, value) -> bool:  # one member of a class, wholly among the characters
        if kind is sre.LITERAL:
            return chr(value) in marks or digit and chr(value).isdecimal()  # (\d is what isdecimal holds)
        if kind is sre.RANGE:
            return all(chr(c) in marks or digit and chr(c).isdecimal() for c in range(value[0], value[1] + 1))
        return digit and kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT

    for op, av in items:
        if op is sre.LITERAL and only_marks(op, av):
            return True
        if op is sre.IN and av and all(only_marks(kind, value) for kind, value in av):  # (a negated class: NEGATE, not all)
            return True
        if op is sre.SUBPATTERN and _needs(av[3], marks, digit):
            return True
        if op in _REPEATS and av[0] >= 1 and _needs(av[2], marks, digit):
            return True
        if op is sre.BRANCH and all(_needs(sub, marks, digit) for sub in av[1]):
            return True
        if op is sre.ASSERT and _needs(av[1], marks, digit):  # (what a lookaround finds is in the line too)
            return True
    return False
