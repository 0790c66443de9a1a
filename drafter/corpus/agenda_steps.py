"""A host's agenda steps as the script's skeleton: 下面，进行第一项议程：宣读表彰决定。…

A host's script (主持词) moves the meeting on step by step: ``下面，进行第一项议程：…``,
``下面进行大会第二项议程，请…``, ``进行第三项议程，…``, ``现在进行第四项。`` Each opens a
paragraph, the ordinal said after a few words that lead into it (下面，进行 / 现在进行 /
接下来，进行 会议/大会 …), and the step itself runs on after it: what is done, who is asked to
speak. A speechwriter reading such a script takes those steps for its parts — level 1, the
lead-in with the ordinal as the marker, the rest of the first sentence as the heading.

No marker family reads them (the ordinal is not at the paragraph's start), and they are
taken only where nothing else heads the text: a record that wraps a speech in the host's
turns has the speech's own parts for its outline, and a host who sums up in 第一，…第三， points
has those (the modern fixtures' golds: modern_blind2 n12, blind4 q06, blind6 s07, blind7 t04;
blind9 v06 is the script with nothing but its steps). The roadmap that counts the steps
(今天的会议共有四项议程：一是…；二是…) says 项议程 without 进行第…, and is left as it is; so is
a speech's ``下面，我讲三点意见``.

Real texts: the 680 of ../shared hold no host's script (no paragraph there opens with a step
so said), so this is measured on the project's own fixtures only.
"""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate
from drafter.corpus.headings import SENTENCE_END, first_sentence

# the family of a host's agenda steps (no rank of its own: they are taken alone)
AGENDA = "agenda"

# the lead-in, the ordinal and what it counts, and the mark after it:
# 下面，进行第一项议程： / 下面进行大会第二项议程， / 进行第三项议程， / 现在进行第四项。
_STEP = re.compile(
    r"(?:(?:下面|现在|接下来|接着|首先|最后|下一步)[，,]?)?"
    r"(?:我们)?(?:进行|开始|举行)"
    r"(?:今天)?(?:大会|会议|本次会议|今天会议|今天大会|本次大会|座谈会|仪式)?的?"
    r"第(?P<num>[一二三四五六七八九十]{1,3})项"
    r"(?:议程|议题|内容|程序)?"
    r"(?P<mark>[：:，,。]|\s*)"
)
MIN_STEPS = 2  # two steps said so in turn are already a script's order


def agenda_steps_skeleton(texts: list[str]) -> list[Candidate] | None:
    """The host's steps, in order from the first, as level-1 candidates, or None.

    Called only when the chooser found no heading: each step opens its paragraph with the
    lead-in and the ordinal (:data:`_STEP`), numbered 1, 2, 3 … with none skipped or
    repeated, two or more; its heading is the rest of the paragraph's first sentence
    (empty when the step says nothing more: 下面进行第一项议程……)."""
    steps: list[Candidate] = []
    for i, text in enumerate(texts):
        m = _STEP.match(text)
        if m is None:
            continue
        number = mk.cn_to_int(m.group("num"))
        if number != len(steps) + 1:
            return None  # not the script's order: a step skipped, repeated or out of turn
        after = text[m.end() :].lstrip(" \u3000")
        heading, rest = first_sentence(after, SENTENCE_END)
        marker = text[: m.end()].rstrip(" \u3000")
        steps.append(Candidate(i, AGENDA, number, marker, heading.strip("…．. \u3000"), rest))
    return steps if len(steps) >= MIN_STEPS else None
