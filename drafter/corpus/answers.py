"""Answer points in an interview: 任正非：第一，… then 第二，… and 第三，… paragraphs.

In a transcript, a speaker may answer a question in numbered points, each a paragraph of
its own; the first carries the speaker's label before its number (任正非：第一，华为的发展…),
so it did not start with a marker and the points were lost, or read from 第二 on. Here
such a first point is found by its shape: a short speaker's label and a colon, then the
first number of a run that goes on at once in the next paragraphs (at least to 第三),
in a dialogue (the paragraph before is another speaker's turn). The parser reads the
point from the text after the label; the label stays in the text as a line of its own
before the heading (:func:`drafter.corpus.outline_tree.build_tree`), so nothing is lost.

Not answer points: a lead-in with a colon outside a dialogue (这就是：第一，…), points
scattered over an answer's paragraphs (第一，… three paragraphs … 第二，…), two points only
(首先，… 其次，…: a way to start an answer more than a list), and the points of an answer in
an unnumbered Q&A — two questions or more put since the last numbered paragraph (徐雅滨：…
任总：… 徐雅滨：… 任总：第一，…): such an exchange has no headings, its answers' points are
deeper than any (tests/gold/README.md, set 8's rule; blind set 32's ren 20110614, whose
座谈 after 【提问环节】 had its answer points read under the summary's last part 五、). Under a
numbered part or question the one question put is that part's, and its answer's points are
the part's own (set 7's ren 20160305: 1、成功密码… 记者：… 任正非：第一，…)."""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.markers import match_marker

MIN_POINTS = 3
_LABEL = re.compile(r"([^\s，。：:！？、（）()“”]{1,6})[：:][ \u3000]*")
_FAMILIES = frozenset((mk.DI, mk.DI_NOUN))


# a numbered question of a 座谈 put by its asker: "2、李航（…首席科学家）：…"
_NUMBERED_TURN = re.compile(r"^\d{1,2}[、.．][^。！？：:]{1,40}[：:]")
# what a speaker may say before his first point: a clause taking up the matter
# ("在我们公司的创新问题上，第一，…") or a verb of talk ("我讲第一点，…")
_LEAD = re.compile(r"我(?:先|再|想|就|来)?(?:讲|谈|说)(?=第)|[^，。：:！？；;\s]{2,16}[，,]")
_REPLY_REACH = 2  # paragraphs after the first point where the second may stand


def answer_points(texts: list[str]) -> dict[int, int]:
    """Paragraphs that open a speaker's answer in points, as {index: length of the label
    and colon} (the point starts after them)."""
    out: dict[int, int] = {}
    for i in range(1, len(texts) - 1):
        text = texts[i]
        m = _LABEL.match(text)
        if m is None:
            continue
        first = match_marker(text[m.end() :])
        if first is None and _NUMBERED_TURN.match(texts[i - 1]):
            reply = _replied_points(texts, i, m.end())
            if reply:
                out[i] = reply
            continue
        if first is None or first.ordinal != 1 or first.family not in _FAMILIES:
            continue
        if i + MIN_POINTS > len(texts):
            continue
        turn = _LABEL.match(texts[i - 1])
        if turn is None or turn.group(1) == m.group(1):
            continue  # not a dialogue: a lead-in to a list, or the same speaker going on
        if _questions_since_part(texts, i, m.group(1)) >= _UNNUMBERED_QA:
            continue  # an answer in an unnumbered Q&A: its points are deeper than headings
        following = [match_marker(t) for t in texts[i + 1 : i + MIN_POINTS]]
        if all(
            p is not None and p.family == first.family and p.ordinal == k + 2
            for k, p in enumerate(following)
        ):
            out[i] = m.end()
    return out


_UNNUMBERED_QA = 2  # questions put under one part that make its exchange an unnumbered Q&A


def _questions_since_part(texts: list[str], i: int, answerer: str) -> int:
    """The turns of speakers other than ``answerer`` between paragraph ``i`` and the last
    paragraph before it opening with a marker of its own (a part, a numbered question; not
    a speaker's label): the questions put under that part so far."""
    asked = 0
    for j in range(i - 1, -1, -1):
        turn = _LABEL.match(texts[j])
        if turn is None:
            # a point of an answer (第二个要求，…) is no part: the questions before it count
            if (m := match_marker(texts[j])) is not None and m.family not in _FAMILIES:
                break
            continue
        if turn.group(1) != answerer:
            asked += 1
    return asked


def _replied_points(texts: list[str], i: int, label_end: int) -> int:
    """The answer to a numbered question of a 座谈 in two points or more, the first after a
    few words of lead-in ("任总：在…问题上，第一，…" / "任总：我讲第一点，…"), the second
    opening one of the next paragraphs: the length up to the first point's marker, else 0.
    Under a numbered question the points are the only parts the answer has (tests/gold/
    README.md, blind set 44's ren 20120712)."""
    text = texts[i]
    lead = _LEAD.match(text, label_end)
    if lead is None:
        return 0
    first = match_marker(text[lead.end() :])
    if first is None or first.ordinal != 1 or first.family not in _FAMILIES:
        return 0
    for j in range(i + 1, min(i + 1 + _REPLY_REACH, len(texts))):
        nxt = match_marker(texts[j])
        if nxt is not None:
            return lead.end() if nxt.family == first.family and nxt.ordinal == 2 else 0
    return 0
