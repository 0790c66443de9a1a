"""An order of parts spoken instead of a count: 我先讲A，再讲B (one sentence or two).

:data:`SEQUENCE` reads the order inside one sentence (the roadmap counts it as parts with no
number), :func:`order_runs_on` the first step in one sentence and the next in the sentence
after it.
"""

from __future__ import annotations

import re

from drafter.study.roadmap.inline import in_quotes
from drafter.study.roadmap.talk_words import NOW

_SAY = "(?:讲|谈|说|介绍|汇报|报告)"
# 先讲…，再讲… (not 先讲了…，再讲了…, which looks back)
# (and 今天我想讲的，…，然后讲到…: the speaker's own first topic, then the next; 首先…，然后再
# 说到…)
# (我们就先来分析A的问题，然后再着重地分析B的问题 — an essay's verbs of analysis order its
# matter as a talk's verbs of saying do, an adverb (着重地) before the second)
_ANALYSE = "(?:分析|研究|论述|说明|讨论)"
SEQUENCE = re.compile(
    f"(?:首先|先|我[^，。]{{0,4}}?(?:想|要|准备){_SAY}的?){_SAY}?(?![了过])[^。？！]{{1,40}}?[，,；;]"
    f"\\s*(?:再|然后|接着|之后)再?[，,]?(?:{_SAY}|说到|讲到|谈到)(?![了过])"
    # a verb of analysis both times (not 先调查一下，然后再研究决定: a plan of work)
    f"|(?:首先|先)(?:来|就来)?{_ANALYSE}(?![了过])[^。？！]{{1,40}}?[，,；;]"
    f"\\s*(?:再|然后|接着)再?[，,]?(?:[\u4e00-\u9fff]{{1,3}}地)?{_ANALYSE}(?![了过])"
)
# the first step of an order in one sentence (下面，我先报告一下“六五”计划的执行情况，因为…。) and
# the next in the sentence after it (然后，再就…，作若干必要的说明。)
_FIRST_STEP = re.compile(f"(?:首先|先)(?:来|就来)?(?:{_SAY}|{_ANALYSE})(?![了过])")
_NEXT_STEP = re.compile(
    f"^(?:然后|接着|其次)[，,]?再?[^。？！]{{0,60}}?(?:{_SAY}|{_ANALYSE}|说到|讲到|谈到)(?![了过])"
)


def order_runs_on(sentence: str, following: str) -> bool:
    """Whether ``sentence`` takes the first step of an order of parts (我先报告一下A) and the
    sentence after it the next (然后，再就B…作若干必要的说明。): the speaker now (我 / 下面 …), a
    verb of saying or of analysis after 先, and one after 然后/接着/再 opening the next sentence —
    the order :data:`SEQUENCE` reads in one sentence, run over two."""
    body = sentence.strip()
    step = _FIRST_STEP.search(body)
    if step is None or in_quotes(body, step.start()) or not NOW.search(body[: step.start()]):
        return False
    return bool(_NEXT_STEP.match(following.strip()))
