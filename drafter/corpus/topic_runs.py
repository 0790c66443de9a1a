"""Unnumbered run-in topics in parallel (地主阶级和买办阶级。… 中产阶级。… / 在科技工作方面，…):
the headings of a text that numbers nothing, and how they sit beside a Word file's bold
leads."""

from __future__ import annotations

import re

from drafter.corpus.candidates import TOPIC, Candidate


def topic_runs(texts: list[str], taken: set[int]) -> list[list[Candidate]]:
    """Unnumbered run-in headings in parallel: three or more long paragraphs opening with
    a short phrase of their own that ends alike ("地主阶级和买办阶级。…", "中产阶级。…",
    "小资产阶级。…"): the topics of a text that numbers nothing."""
    found: list[Candidate] = []
    for i, text in enumerate(texts):
        if i in taken or len(text) < _TOPIC_BODY:
            continue
        m = _TOPIC.match(text) if "。" in text[:14] else None
        if m is None and text[:1] in _FRAME_FIRST:
            m = _TOPIC_FRAME.match(text)  # 在科技工作方面，…
        if m and not m.group(1).startswith(_THANKS) and not _POINTS_BACK.match(m.group(1)):
            found.append(Candidate(i, TOPIC, 0, "", m.group(1), text[m.end() :].lstrip()))
    # parallel: they begin alike (关于政权组织 / 关于劳动政策) or end alike (…阶级)
    by_start: dict[str, list[Candidate]] = {}
    by_end: dict[str, list[Candidate]] = {}
    for c in found:
        by_start.setdefault(c.heading[:2], []).append(c)
        by_end.setdefault(c.heading[-2:], []).append(c)
    runs: dict[int, list[Candidate]] = {}
    for c in found:
        group = max(by_start[c.heading[:2]], by_end[c.heading[-2:]], key=len)
        if len(group) >= 3:
            runs[id(group)] = group
    return list(runs.values())


_TOPIC = re.compile(r"([\u4e00-\u9fff]{2,12})。")
# a frame naming an area of work at the start of a paragraph, "在科技工作方面，": parallel
# ones (three or more that begin and end alike) are a report part's topics, run in. Not
# "在…问题上，": that states a position on a question (nine such paragraphs summing up a
# theory are prose to a careful reader)
_TOPIC_FRAME = re.compile(r"((?:在|关于|对于)[\u4e00-\u9fff、]{1,14}方面)，")
_FRAME_FIRST = frozenset("在关对")
_TOPIC_BODY = 80
# an answer's courtesy opening a turn, 谢谢你的提问。/ 谢谢这位记者。/ 谢谢。: three answers of
# a press conference begin alike but thank, they name no topic (modern_blind6 s08; no real
# text has an unnumbered heading that thanks)
_THANKS = ("谢谢", "感谢", "多谢")
# a sentence whose subject points back, 这是一片孕育好茶的土地。 / 这是一篇好文章。: it says
# something of what came before (the place, the article just quoted), it names no topic of
# its own — a heading has to read in the outline without the text above it. Mao's 按语 open
# three paragraphs with 这是一篇好文章。/这是一个普遍的严重的问题。/这是一个很有兴趣的故事。,
# none a heading; no run-in unnumbered heading of the gold opens so. (Lines standing alone
# are no topics: 青海's 这是…的五年。 lead lines head their paragraphs.)
_POINTS_BACK = re.compile(r"[这那](?:里|也|更|还|就|又|正|便|才|确实)?是")


def bold_run(
    run: list[Candidate],
    bold: list[int],
    taken: set[int] = frozenset(),
    alone: list[int] = (),
) -> bool:
    """Whether the bold leads of ``run``'s stretch are its items: those between its first
    and last item, and those between it and the numbered headings (``taken``) on either
    side of it, and the bold lines standing alone (``alone``) after its first item there.
    Nine bold leads under one numbered part (着力推动“四稳”政策落地。 …
    着力推动政府治理提效。), six of them short enough to read as run-in topics, are one
    run; the six alone made a level under the other three. (A bold line standing alone
    before the run may be its title.)"""
    lo, hi = run[0].index, run[-1].index
    before = max((i for i in taken if i < lo), default=-1)
    after = min((i for i in taken if i > hi), default=None)
    stretch = {i for i in bold if before < i and (after is None or i < after)}
    stretch |= {i for i in alone if lo < i and (after is None or i < after)}
    return stretch <= {c.index for c in run}
