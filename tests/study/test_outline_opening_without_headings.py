"""``drafter outline`` of a text without headings names its opening as the study does. On a
real talk with no headings (nine paragraphs, the last a closing) it said "[开头] 9 段": the
whole talk was its opening, while ``drafter study`` labelled the first paragraph alone
开门见山式 and the reader called all nine 正文. Now both outlines show the study's opening,
then the rest as 正文."""

from __future__ import annotations

from drafter.commands.outline import render_tree
from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.study.bookends import opening_count

TALK = """这次到几个基层单位走了走，看到大家干劲很足，心里很高兴。

我想先说说学习的问题。学习不是一阵子的事，要天天学、月月学，把学到的东西用到工作上去。

再说说作风的问题。作风实不实，群众看得最清楚，我们要多到一线去，多听群众的意见。

还有团结的问题。一个单位团结了，什么困难都能克服；不团结，再好的条件也会白白浪费。

希望大家把今天讲的这些记在心上，落实到行动中，共同把我们的工作做得更好。
"""

HEADED = """同志们：

今天召开会议，主要是部署下半年的工作。

一、提高认识

要认识到这项工作的重要意义。

二、抓好落实

要一项一项抓好落实。
"""


def test_a_text_without_headings_shows_the_studys_opening_then_the_body():
    doc = parse_text(TALK, "talk.txt")
    assert not doc.outline.sections
    study = analyze(doc)
    k = opening_count(doc)
    assert k == study.opening.paragraphs[-1] + 1 < len(doc.outline.preamble)
    lines = render_tree(doc).splitlines()
    opening = next(line for line in lines if "[开头]" in line)
    body = next(line for line in lines if "[正文]" in line)
    assert opening.startswith(f"  [开头] {k} 段 · 这次到几个基层单位")
    assert body.startswith(f"  [正文] {len(doc.outline.preamble) - k} 段 · 我想先说说")
    assert lines.index(opening) < lines.index(body)


def test_a_text_with_headings_keeps_its_whole_preamble_as_the_opening():
    doc = parse_text(HEADED, "talk.txt")
    assert opening_count(doc) == len(doc.outline.preamble) == 2
    assert not any("[正文]" in line for line in render_tree(doc).splitlines())


# an argument begun before the first heading: a why-question in the preamble's second paragraph
ARGUED = """今天召开全县工作会议，部署全年工作。

为什么要开好这次会？因为全年的任务很重，时间很紧，不开会统一思想就干不好。这是第一层意思。

还有一层意思，就是各部门的配合要更紧密，不能各唱各的调。

一、提高认识

要认识到这项工作的重要意义，把思想统一到部署上来。

二、抓好落实

要一项一项抓好落实，不能停在口头上。
"""


def test_an_argument_before_the_first_heading_is_body_not_opening():
    from drafter.study.stats import lead_in_chars

    doc = parse_text(ARGUED, "talk.txt")
    study = analyze(doc)
    assert doc.outline.sections and len(doc.outline.preamble) == 3
    assert opening_count(doc) == 1 == len(study.opening.paragraphs)
    lines = render_tree(doc).splitlines()
    assert any(line.startswith("  [开头] 1 段 · 今天召开全县工作会议") for line in lines)
    assert any(line.startswith("  [正文] 2 段 · 为什么要开好这次会") for line in lines)
    lead = lead_in_chars(study)
    top = sum(r.chars for r in study.sections if r.level == 1)
    opening = len(study.opening.text.replace("\n", ""))
    closing = len(study.closing.text.replace("\n", ""))
    assert lead > 0 and opening + lead + top + closing == study.total_chars
