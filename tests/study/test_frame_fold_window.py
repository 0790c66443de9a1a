"""A count is folded into a frame of the same number before it only when the words of that frame
name it again — never by the characters of the count itself.

_named_before compared the new count's noun with the earlier phrase and the four characters after
it; in one sentence those characters ran into the new count (X条鲜活的生命，X个破碎的家庭: the window
``，X个破`` held 破 of 破碎), so a rhetorical pair of counts of victims was taken for a formula named
twice and kept as a frame (modern blind set 16, x02). Own text below, not the set's.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames.pruning import prune
from drafter.study.layout import layout
from drafter.study.model import Frame, Span

TEXT = """在全市道路交通安全工作会议上的讲话

同志们：

上个月国道上的那起事故，四条年轻的生命，四个破裂的家庭，这个教训太深刻了。

各地要举一反三，立即开展隐患排查。
"""


def _frame(lay, phrase: str) -> Frame:
    para = next(p for p in lay.paragraphs if phrase in p.text)
    start = para.text.index(phrase)
    return Frame(phrase, 4, Span(para.index, start, start + len(phrase)))


def test_the_next_count_is_not_folded_by_its_own_characters():
    lay = layout(parse_text(TEXT, "t.txt"))
    lives, homes = _frame(lay, "四条年轻的生命"), _frame(lay, "四个破裂")
    kept = prune(lay, [lives, homes])
    assert lives.mentions == []  # before: [homes.span], which kept 四条年轻的生命 as a frame
    assert lives not in kept  # a plain count of lives, named once


def test_a_count_naming_the_frame_before_is_still_folded():
    text = TEXT.replace("四条年轻的生命，四个破裂的家庭", "出现了四种极端观点，这四种观点")
    lay = layout(parse_text(text, "t.txt"))
    first, again = _frame(lay, "四种极端观点"), _frame(lay, "四种观点")
    prune(lay, [first, again])
    assert [(s.paragraph, s.start) for s in first.mentions] == [
        (again.span.paragraph, again.span.start)
    ]
