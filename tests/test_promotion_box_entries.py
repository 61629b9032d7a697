"""A promotion box in a library's column region (one TextBlock for the column): entries each
opening on a quoted title in capitals, their first line hanging out left of the rest. The
capitals open no story and make no head: each entry stays text of the box. Lines written for the
class, in a region cut as `formats.reading` cuts one."""

from paperarchive.formats.reading import Box, Line, Region, _stories

_TEXT = (
    (130, "closed the meeting, and the members went home"),
    (100, "well content with the year's work."),
    (200, "TOMORROW"),
)
_ENTRIES = (
    ("“THE FERRY THAT", "CROSSED IN A GALE”—A", "captain tells of his worst", "night on the bay."),
    ("“WHO WILL PAY FOR", "THE NEW BRIDGE?”—An", "able discussion of the coun-", "ty's bonds, by HENRY L."),
    ("MOSS.",),
    ("“TEN YEARS OF THE", "CITY BAND”—Pictures and", "stories of its concerts."),
)


def _region(entries):
    lines, top = [], 100
    for left, text in _TEXT:
        lines.append(Line(text, Box(left, top, left + 14 * len(text), top + 30)))
        top += 40
    for entry in entries:
        top += 20
        for k, text in enumerate(entry):
            left = 100 if k == 0 and entry is not _ENTRIES[2] else 130
            lines.append(Line(text, Box(left, top, left + 14 * len(text), top + 30)))
            top += 40
    return Region(tuple(lines), Box(100, 100, 800, top))


def _cut(entries):
    return [(part.lines[0].text, kind.value) for part, _, kind in _stories(_region(entries), lambda line: line.box.height, 30.0, library=True)]


def test_hanging_quoted_entries_open_no_stories():
    heads = [text for text, kind in _cut(_ENTRIES) if kind == "short"]
    assert not any(text.startswith("“") or text == "MOSS." for text in heads)


def test_one_quoted_line_in_capitals_is_left_to_the_heads():
    # (no list of entries: the capitals under "TOMORROW" are read as its head's lines, as before)
    assert _cut(_ENTRIES[:1])[1:] == [("TOMORROW", "short"), ("captain tells of his worst", "unknown")]
