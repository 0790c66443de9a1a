"""Editorial apparatus: what an editor or a website added around the author's text.

Published speeches come wrapped: an editor's note (【导读】, 编者按, a 题解 in a block
quote, a starred note on the title) before the text; a source line
(（《…选集》第五卷，…第48页）), endnotes (注释 with [1] [2] …) and appended material
(【参考资料】, a related document, reader comments) after it. None of that is the speech:
it must not be outlined, indexed as the speaker's words, or copied into a draft. But it
is worth keeping, so it is split off here into an :class:`Apparatus` the reader shows
apart, instead of being dropped like site clutter.

Rules look for explicit signals only (a label, brackets, a block quote, a note mark the
text refers to) and for where they stand: notes in the top zone of the text, endnotes and
appendices in its last part. A speech that merely mentions 注释 or 参考资料 keeps them.

Where things live: this module runs the passes in order and takes the writer's line
(（执笔：…）); :mod:`.apparatus_tail` reads what follows the text, :mod:`.apparatus_top` what
stands under the title, :mod:`.apparatus_labels` the labels both and cleaning share, and
:mod:`.note_marks` the note marks in the body and where a view puts them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress, count
from operator import attrgetter

from drafter.corpus.apparatus_tail import split_tail
from drafter.corpus.apparatus_top import is_site_preface, split_top
from drafter.corpus.model import Apparatus, Block
from drafter.corpus.note_marks import circled_number, holds_circled, strip_circled, strip_marks

# "（执笔：刘振华　李梦瑶）": who wrote a report up for the office, on a line of its own
# wherever it stands; where the text came from, never its words
_WRITER_LINE = re.compile(
    r"^[（(]?\s*(?:执\s*笔\s*人?|记\s*录\s*整\s*理(?:\s*人)?)\s*[：:]\s*[^（()）。；：:]{2,40}[）)]?$"
)


@dataclass
class ApparatusResult:
    """The blocks of the author's text and the apparatus taken from around them."""

    blocks: list[Block]
    apparatus: Apparatus
    preface: list[str] = field(default_factory=list)  # site prefaces: clutter, dropped


def split_apparatus(blocks: list[Block]) -> ApparatusResult:
    """Take editorial apparatus out of cleaned blocks; see the module docstring.

    The tail is read first (endnotes, source line, appendix, comments), then the top zone
    (notes), and last the [1] marks in the remaining text that point at endnotes found.
    """
    app = Apparatus()
    preface: list[str] = []
    body = list(blocks)
    # a 范文 site's line after everything ("更多精彩范文请访问…") goes first, so the source
    # line and the notes above it are found at the end of the text
    while len(body) > 1 and is_site_preface(body[-1].text.strip()):
        preface.append(body.pop().text.strip())
    body = split_tail(body, app)
    body = split_top(body, app, preface)
    body = _take_stage_notes(body, app)
    # note marks go with the notes; a mark whose note the copy lost goes too (one look at
    # the whole text first: most texts have no mark at all, and then no block is read)
    whole = "\n".join([b.text for b in body])
    if "执笔" in whole or "记录整理" in whole:  # (the same look for a writer's line: most
        # texts name none)
        body = _take_writer_lines(body, app)
        whole = "\n".join([b.text for b in body])
    if "[" in whole or "［" in whole or "〔" in whole:
        body = [
            strip_marks(b, app.marks) if "[" in b.text or "［" in b.text or "〔" in b.text else b
            for b in body
        ]
    if holds_circled(whole):
        circled = {n for t in app.endnotes if (n := circled_number(t)) is not None}
        body = [strip_circled(b, app.marks, circled) for b in body]
    return ApparatusResult(body, app, preface)


def _take_writer_lines(blocks: list[Block], app: Apparatus) -> list[Block]:
    """Take "（执笔：…）" lines out of the text into its source line (see _WRITER_LINE)."""
    if not any("执笔" in b.text or "记录整理" in b.text for b in blocks):
        return blocks  # most texts name no writer: one substring look a paragraph
    keep = []
    for b in blocks:
        t = b.text.strip()
        if t[:2] in _WRITER_FIRST and len(t) <= 48 and _WRITER_LINE.match(t):
            app.source = f"{app.source}　{t}" if app.source else t
            continue
        keep.append(b)
    return keep


_WRITER_FIRST = frozenset(("执笔", "（执", "(执", "记录", "（记", "(记"))

# a recorder's or editor's note standing alone in brackets where something was not taken down
# or not spoken: （观看专题片，略） （交流发言和通报略） （彭真：休息十五分钟） （全场鼓掌）. Inline notes
# （…（笑声）…（略）。） stay in their paragraph, as the gold files leave them: only a whole
# paragraph is set apart. 略 after 战/策/方/谋/韬/侵/领/忽 is a word (（筹资战略） labels a 华为基本法
# article), not "omitted".
_STAGE_NOTE = re.compile(r"^[（(]([^（()）]{1,40})[）)]$")
_STAGE_WORD = re.compile(
    r"(?<![战策方谋韬侵领忽])略$|鼓掌|掌声|笑声|大笑|哄笑|起立|休息|默哀|奏国歌|奏乐|播放|放映|观看"
    # a host script's cue for what happens between his lines (（宣读决定） （颁奖，合影）
    # （程远航同志讲话）): the ceremony's steps, not the host's words
    r"|宣读|颁奖|颁证|领奖|授旗|授牌|合影|宣誓|齐唱|奏唱|入场|退场|^[^在]{1,12}同志(?:讲话|发言|致辞)$"
)


# a speaker's own direction in his 讲话提纲, standing alone in brackets under a label of what he
# does at that point (（开场：简要讲会议目的…约3分钟） （插话：…） （强调：散会后…）): a note to
# the speaker, never words of the speech. Only these labels: a name before the colon
# (（梁华：…）, （问题：…）) is a turn of a recorded exchange, which is the text.
_DIRECTION = re.compile(
    r"^(?:开场|插话|强调|脱稿|即兴|提示|过渡|互动|停顿|视情况?)[：:]"
    # or the drafter's prompt to him, standing alone in a draft where he may add his own
    # words (（这里可以结合去年的例子讲两句。） （此处可插入本地案例）): no words of the speech
    r"|^(?:在?这里|此处|这儿)(?:可以?|需要?|要|请|不妨|视情况?|适当|最好)[^。，]{0,6}?"
    r"(?:结合|补充|举|插入?|展开|讲|说|加|穿插|联系|引用|介绍)"
)


def _take_stage_notes(blocks: list[Block], app: Apparatus) -> list[Block]:
    """Take stage notes standing alone (see _STAGE_NOTE; a speaker's direction, _DIRECTION,
    too) out of the body into ``app.stage_notes``: they are the record's apparatus or the
    speaker's cue, not the speech's words, so
    neither the outline, the closing nor the index may read them as the speech; the reader
    still shows them, under 现场记录 (not 编者按: the recorder wrote them, not an editor)."""
    taken = set()
    # (only the paragraphs opening with a bracket after any space, found in C: most
    # paragraphs open with neither, and are kept without a Python step)
    for i in compress(count(), map(_BRACKET_FIRST.match, map(_TEXT, blocks))):
        t = blocks[i].text.strip()
        if (m := _STAGE_NOTE.match(t)) and (
            _STAGE_WORD.search(m.group(1)) or _DIRECTION.match(m.group(1))
        ):
            app.stage_notes.append(t)
            taken.add(i)
    if not taken:
        return list(blocks)
    return [b for i, b in enumerate(blocks) if i not in taken]


# a paragraph's first character after its white space (what str.strip takes away) is a bracket
_BRACKET_FIRST = re.compile(r"\s*+[（(]")
_TEXT = attrgetter("text")


def writer_lines_only(source: str | None) -> bool:
    """Whether a source line holds nothing but "（执笔：…）" lines: the page's 来源/时间 line
    still goes in front of it (the pipeline), as it would where the text names no source."""
    return bool(source) and all(_WRITER_LINE.match(p) for p in source.split("　（"))
