"""Items a text introduces after a count's whole noun phrase (三个互相联系的问题，就是：A、B、C),
or gives as paragraphs that each open on a lead naming their subject (关于经济增长。… /
关于价格水平。…): two readers :func:`~drafter.study.frames.finders.resolve` falls back on.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.words import tagged

# 六个有机联系在一起的工作环节，那就是：A、B… / 三个互相联系的问题，就是：A、B、C: the noun the
# count counts stands after a modifier, and the list after it is introduced a few words on
_NOUN_TAIL = re.compile(
    r"[^，,。；;：:！？!?“”\n]{1,18}?"
    r"(?=[，,]\s*(?:那|这)?(?:就是|即|也就是|包括|分别是)|[：:])"
)
_INTRODUCER = re.compile(r"[，,]\s*(?:那|这)?(?=就是|即|也就是|包括|分别是)")


def introduced_after_noun(lay: Layout, frame: Frame) -> tuple[list[str], list[Span], str] | None:
    """The list introduced after the whole noun phrase of a count (its modifier and head
    noun run on past what the count's phrase holds): the items, their spans and the phrase
    up to the head noun; None unless the forward reader of an introduced list finds exactly
    ``frame.number`` units there."""
    from drafter.study.frames.forward import introduced_list

    span = frame.span
    text = lay.paragraphs[span.paragraph].text
    tail = _NOUN_TAIL.match(text, span.end)
    if not tail:
        return None
    end = tail.end()
    tags = tagged(text[span.start : end])
    plain_noun = (
        tags and tags[-1][1].startswith("n") and not any(t in ("v", "d") for _, t in tags[1:])
    )
    described = tags and "的" in text[span.end : end] and tags[-1][1].startswith(("n", "vn"))
    if not (plain_noun or described):
        return None  # 两个问题可以假设：: a predicate, not the noun going on
    lead = _INTRODUCER.match(text, end)
    shadow = Frame(frame.phrase, frame.number, Span(span.paragraph, span.start, end))
    if lead:
        shadow.span = Span(span.paragraph, span.start, end + lead.end() - lead.start())
    found = introduced_list(lay, shadow)
    if not found:
        return None
    return found[0], found[1], text[span.start : end]


# 关于经济增长。… / 关于价格水平。…: paragraphs that each open on a lead naming their subject;
# or on the angle they look from (从供给看，… / 从价格看，… / 从质量方面来看，…)
_PARAGRAPH_LEAD = re.compile(
    r"\s*(?:(?:关于|对于|至于)([^，,。；;：:！？!?]{2,16}?)(?:问题|方面)?[。：:]"
    r"|从([^，,。；;：:！？!?从]{1,8}?)(?:方面|角度|层面)?上?来?看[，,])"
)


def paragraph_leads(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The ``frame.number`` paragraphs right after a count that closes its paragraph, each
    opening on a short lead that names its subject (着重对两个目标加以说明。 → 关于经济增长。…
    关于价格水平。…): the subjects, when exactly that many paragraphs in a row open so; None
    otherwise."""
    span = frame.span
    text = lay.paragraphs[span.paragraph].text
    if re.search(r"[。！？!?]", text[span.end :].rstrip().rstrip("。！？!?：:")):
        return None  # the count is not in the paragraph's last sentence
    number = frame.number
    if not 2 <= number <= 10:
        return None
    items, spans = [], []
    for index in range(span.paragraph + 1, span.paragraph + number + 1):
        if index >= len(lay.paragraphs):
            return None
        m = _PARAGRAPH_LEAD.match(lay.paragraphs[index].text)
        if not m:
            return None
        g = 1 if m.group(1) else 2
        items.append(m.group(g))
        spans.append(Span(index, m.start(g), m.end(g)))
    after = span.paragraph + number + 1
    if after < len(lay.paragraphs) and _PARAGRAPH_LEAD.match(lay.paragraphs[after].text):
        return None  # more paragraphs open so than the count says
    if len(set(items)) != number:
        return None
    return items, spans
