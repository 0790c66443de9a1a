"""A news agency's summary of a report (新华社: 周恩来总理在报告中指出…): the report's parts
stand as short title lines, and each stretch of the summary opens with a subhead — a line
standing alone that states a point and, as headlines do, has no full stop at its end
("这几年取得的巨大成就，是坚决执行自力更生方针的结果"). Lines of that shape are subheads when
several of them stand in a text whose paragraphs end as sentences do."""

from __future__ import annotations

import re

from drafter.corpus.markers import cn_to_int, match_marker
from drafter.corpus.reflow import ends_sentence

_SUBHEAD = (8, 70)  # characters: a headline, not a paragraph
_INNER_END = re.compile(r"[。！？!?]")
_NO_SUBHEAD = re.compile(r"[；;：:“”‘’「」《》（）()]")
_MIN_SUBHEADS = 3


def news_subheads(texts: list[str], taken: set[int]) -> list[int]:
    """The lines of ``texts`` that are a summary's subheads, or [] when fewer than
    ``_MIN_SUBHEADS`` stand in it or its paragraphs do not end as sentences (a scraped text
    that lost its stops has many unpunctuated lines, none of them subheads)."""
    found = [i for i in range(1, len(texts)) if i not in taken and _subhead(texts, i)]
    if len(found) < _MIN_SUBHEADS:
        return []
    prose = [t for t in texts if len(t) > _SUBHEAD[1]]
    if not prose or sum(1 for t in prose if ends_sentence(t)) < 0.9 * len(prose):
        return []
    reported = sum(1 for t in prose if _REPORTED.match(t))
    if reported < _MIN_REPORTED or reported < _REPORTED_SHARE * len(prose):
        return []  # a report in its own words: its unpunctuated lines are lead lines
    return found


# a summary reports what the speaker said, paragraph after paragraph: "周总理指出，…",
# "周恩来总理在报告中首先指出，…", "他说，…"
_REPORTED = re.compile(
    r"^[\u4e00-\u9fff]{1,12}?(?:在报告中)?(?:首先|接着|最后|还|又|强调|着重|进一步|坚决)?"
    r"(?:说|指出|表示|认为|谈到|宣布|提出|讲到|强调)"
)
_MIN_REPORTED = 5
_REPORTED_SHARE = 0.2


def _subhead(texts: list[str], i: int) -> bool:
    text = texts[i]
    if not _SUBHEAD[0] <= len(text) <= _SUBHEAD[1] or not "\u4e00" <= text[-1] <= "\u9fff":
        return False  # a headline ends on a word, without its stop
    stops = len(_INNER_END.findall(text))
    if stops > 1 or _NO_SUBHEAD.search(text) or not stops and "，" not in text:
        return False  # a sentence of clauses or two sentences; no label, quotation or title
    if match_marker(text) is not None:
        return False
    if i + 1 >= len(texts):
        return False  # a headline over nothing
    before, after = texts[i - 1], texts[i + 1]
    # between paragraphs: the line before ended (or is a part title), the one after is a
    # paragraph or the next subhead
    return (ends_sentence(before) or len(before) <= 20) and (
        ends_sentence(after) and len(after) > len(text) or _next_subhead(texts, i + 1)
    )


def _next_subhead(texts: list[str], j: int) -> bool:
    return (
        j + 1 < len(texts)
        and _SUBHEAD[0] <= len(texts[j]) <= _SUBHEAD[1]
        and "\u4e00" <= texts[j][-1] <= "\u9fff"
        and ends_sentence(texts[j + 1])
    )


_NAMED_PART = re.compile(r"第([一二三四五六七八九十])部分")
_NAMING_REACH = 40  # characters of the paragraph under a title where the summary names it


def unnamed_titles(texts: list[str], titles: list[int]) -> set[int]:
    """Title lines a summary shows to stand inside a part: where it names the report's
    parts under their titles ("周恩来总理报告的第二部分是关于…", "第三部分是关于…"), a title line
    between two parts numbered one apart, or one too many before the first part named, is
    a subhead of the part above it, not a part. Empty unless two parts are named."""
    named: dict[int, int] = {}
    for i in titles:
        m = _NAMED_PART.search(texts[i + 1][:_NAMING_REACH]) if i + 1 < len(texts) else None
        if m is not None and (n := cn_to_int(m.group(1))):
            named[i] = n
    if len(named) < 2:
        return set()
    out: set[int] = set()
    marks = sorted(named.items())
    first, n_first = marks[0]
    before = [i for i in titles if i < first]
    out.update(before[max(0, n_first - 1) :])  # parts 1 … n-1 come first
    for (a, n_a), (b, n_b) in zip(marks, marks[1:], strict=False):
        between = [i for i in titles if a < i < b]
        out.update(between[max(0, n_b - n_a - 1) :])
    return out
