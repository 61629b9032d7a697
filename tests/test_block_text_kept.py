"""A block's joined text is kept once asked (perf67): the same text as joining its lines, and
nothing else about the block changes — equality, hash, repr, pickling, copies — whether its
text was asked or not. The lines here are written for this test (a county bulletin's lines,
a Dutch notice's), in no page of a set."""

from __future__ import annotations

import copy
import pickle

from paperarchive.models import Block, Kind


def _bulletin() -> Block:
    return Block(("乌溪镇今年新修水渠三条，", "灌溉农田八百亩。"), 4, gap=1, kind=Kind.BODY)


def test_text_is_the_lines_joined_and_kept():
    block = _bulletin()
    assert block.text == "乌溪镇今年新修水渠三条，\n灌溉农田八百亩。"
    assert block.text is block.text  # joined once (the starting code joined the lines at every ask)


def test_asking_the_text_changes_nothing_else():
    asked, fresh = _bulletin(), _bulletin()
    assert asked.text.startswith("乌溪镇")
    assert asked == fresh and hash(asked) == hash(fresh) and repr(asked) == repr(fresh)
    assert "_text" not in repr(asked)
    for copied in (pickle.loads(pickle.dumps(asked)), copy.copy(asked), copy.deepcopy(asked)):
        assert copied == fresh and repr(copied) == repr(fresh) and copied.text == asked.text


def test_a_changed_copy_has_its_own_text():
    notice = Block(("De gemeenteraad vergadert", "op dinsdag 12 mei."), 9)
    assert notice.text.endswith("mei.")
    moved = notice.with_(lines=("De gemeenteraad vergadert op dinsdag 12 mei.",))
    assert moved.text == "De gemeenteraad vergadert op dinsdag 12 mei." and notice.text.count("\n") == 1
    assert notice._replace(start=10).text == notice.text
