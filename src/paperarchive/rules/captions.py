"""Photo captions and credits that OCR dropped into the running text."""

from __future__ import annotations

import re

from ..chars import display_width, ends_sentence
from ..models import Fix, Kind
from .registry import Blocks, Context, rule

# Caption openers: "图为…", "上图：…", "Above: …".
CAPTION_CUE = re.compile(r"^(?:图为|圖為|上图|上圖|下图|下圖|左图|左圖|右图|右圖|图：|圖：|Above:|Below:|Left:|Right:|PHOTO:)")
_MAX_CAPTION_WIDTH = 240  # about two printed caption lines


@rule("lift_caption")
def lift_caption(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Mark a photo caption (and its credit) so it leaves the running text for the article's captions.

    A caption is a short sentence followed by a photo credit, or one that opens with a
    caption cue. The paragraph it interrupted is rejoined by `join_column_break`.

    Before: "…送去了温暖与 ⏎⏎ 10月28日，…献上小合唱《歌唱祖国》。 ⏎⏎ □本报记者 廖冬云撰 ⏎⏎ 欢乐，更是…"
    After:  caption "10月28日，…献上小合唱《歌唱祖国》。" credited "本报记者 廖冬云撰"
    """
    out = list(blocks)
    fixes = []
    for i, block in enumerate(out):
        if block.kind not in (Kind.BODY, Kind.SHORT) or display_width(block.text) > _MAX_CAPTION_WIDTH:
            continue
        credited = i + 1 < len(out) and out[i + 1].kind is Kind.CREDIT
        cued = bool(CAPTION_CUE.match(block.text)) and ends_sentence(block.text)
        if credited or cued:
            out[i] = block.with_(kind=Kind.CAPTION)
            fixes.append(Fix("lift_caption", block.start, block.text, "→ captions"))
    return tuple(out), fixes
