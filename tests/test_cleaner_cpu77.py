"""The cleaner's cheaper ways to the same answers, issue 15's seventy-seventh perf stop:

- `classify.engine_label_taken_off` returns a text holding no space and no bar at its start as
  it is, without the substitution: every misread `ENGINE_LABEL_MISREAD` takes off is one or the
  other, so the substitution changes no such text (asked of every gold and corpus line, and of
  their lines joined as `_labelled_row` joins a block's).
- `Block.text` is kept in a slot of that name, filled on the first read (`Block.__getattr__`),
  where a property was called on every read: the same text, and a record's equality, hash,
  repr and pickle still its fields alone.
"""

from __future__ import annotations

import pickle

import pytest
from test_anchored import _gold_and_corpus_lines as _every_line

from paperarchive import classify
from paperarchive.models import Block, Kind


def _substituted(text: str, inside: bool) -> str:  # the label taken off as it was, the substitution always asked
    return classify.ENGINE_LABEL_MISREAD.sub(lambda m: m.group() if m.group("inside") and not inside else "", text)


def test_a_label_without_space_or_bar_is_left_as_the_substitution_leaves_it():
    lines = _every_line()
    assert len(lines) > 10_000
    texts = [*lines, *("".join(lines[k : k + 3]) for k in range(0, len(lines) - 3, 3))]
    texts += ["", "|", "｜", "||耶點:香港中央圖書館", "｜日期：今天", "日期 : 即日至12 月 28 日", "管制路 段:中山路", "管制路\u3000段:中山路", "a|b: c"]
    for inside in (True, False):
        assert [classify.engine_label_taken_off(text, inside) for text in texts] == [_substituted(text, inside) for text in texts]
    # (and most lines are the unsearched kind: the shortcut is taken)
    assert sum(" " not in text and text[:1] not in "|｜" for text in lines) > len(lines) // 3


def test_a_blocks_text_is_its_lines_joined_kept_in_its_slot():
    block = Block(("第一行", "第二行"), 3, gap=1, kind=Kind.BODY)
    assert block.text == "第一行\n第二行" and block.text is block.text
    assert block.with_(lines=("另一行",)).text == "另一行"  # (a copy joins its own lines)
    copy = pickle.loads(pickle.dumps(block))
    assert copy == block and hash(copy) == hash(block) and repr(copy) == repr(block) and copy.text == block.text
    assert "第一行" not in repr(block.with_(lines=("x",)))  # (the kept text is no field: not shown)
    with pytest.raises(AttributeError):
        block.texts  # noqa: B018  (a name that is no slot still fails as before)
    with pytest.raises(AttributeError):
        block.text = "changed"  # (frozen: the slot is filled once, by the block itself)
