"""Transitions (过渡句): the sentences that carry the speech from one part to the next.

Looked for only where they can be: the first sentence of a section's text (a lead-in:
"这方面主要从…与大家交流", "做好X，关键在于…") and the last sentence before the next
section (a wrap-up: "为此，给大家提三点希望"). A sentence counts when it speaks about
the talk itself or links the parts (上面/刚才/下面/接下来/这方面/另外/同时/为此 …).
Roadmap sentences are reported as roadmap, not again here.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Roadmap, Span, Transition
from drafter.study.text import sentences

_LEAD_IN = re.compile(
    r"^(这方面|这一方面|这个方面|这个问题|关于|上面|前面|刚才|以上|除了|在[^，。]{0,12}(的同时|之外|基础上)|另外|此外|同时|再者|还有|接下来|其次|最后)"
    r"|(这方面|这一点|这个问题)[^。]{0,20}(交流|讲|谈|说)"
)
_WRAP_UP = re.compile(
    r"^(为此|因此|所以|总之|下面|接下来|由此)|(讲几点|以下几|如下几|下面[^。]{0,10}(讲|谈|说))"
)


def find_transitions(lay: Layout, roadmap: list[Roadmap]) -> list[Transition]:
    """Lead-in and wrap-up sentences at section boundaries, in reading order."""
    taken = {(r.span.paragraph, r.span.start) for r in roadmap}
    out: list[Transition] = []
    for node in lay.nodes():
        if not node.own:
            continue
        first = node.own[0]
        if node.section.run_in:
            first = node.own[1] if len(node.own) > 1 else None
        if first is not None:
            sents = sentences(lay.paragraphs[first].text)
            if (
                sents
                and (first, sents[0].start) not in taken
                and _LEAD_IN.search(sents[0].text.strip())
            ):
                s = sents[0]
                out.append(Transition(s.text.strip(), Span(first, s.start, s.end), "lead-in"))
        last = node.own[-1]
        sents = sentences(lay.paragraphs[last].text)
        if len(sents) >= 1 and node.children:
            s = sents[-1]
            if (last, s.start) not in taken and _WRAP_UP.search(s.text.strip()):
                out.append(Transition(s.text.strip(), Span(last, s.start, s.end), "wrap-up"))
    out.sort(key=lambda t: (t.span.paragraph, t.span.start))
    return out
