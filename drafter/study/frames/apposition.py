"""Items named right after a count, in the rest of its sentence (两条路，光明的路和黑暗的路;
两个管理线，一个财务管理线，一个物流管理线), and the clauses after a count that nothing marks as its
items (两个想不开，合在一块，就要打仗). Apart because one reading of the clauses after the count
answers both: items when something marks them, a sentence going on about the count when nothing
does."""

from __future__ import annotations

import re

from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.item_words import (
    BACK_REFERENCES,
    Items,
    parallel,
)
from drafter.study.layout import Layout
from drafter.study.words import tagged

_NUM = "[一二三四五六七八九十两]"


# 一条… / 另一种… / 还有一个…: a part of the apposition that names one of the items
_ONE_OPENER = re.compile(r"(?:还有|另外)?(?:另)?一(?:个|种|条)")


def apposition(lay: Layout, m) -> Items | None:
    """两条路，光明的路和黑暗的路。/ 两个管理线，一个财务管理线，一个物流管理线: the items
    named right after the frame, in the rest of its sentence (never in a heading, whose
    further clauses are the heading's own: 三、强化“三多”，强基固本，锐意进取) — when
    something marks them as the items (see :func:`unmarked_run`)."""
    found = _apposition(lay, m)
    if found is None or found[1]:
        return None
    return found[0]


def unmarked_run(lay: Layout, m) -> bool:
    """Whether the count is followed, in its sentence, by exactly as many clauses with verbs
    that nothing marks as its items (两个想不开，合在一块，就要打仗): the sentence goes on
    about the count — what follows it, not its parts. The count is still a frame the text
    states (a mentioned one), its items unread."""
    found = _apposition(lay, m)
    return found is not None and found[1]


def _apposition(lay: Layout, m) -> tuple[Items, bool] | None:
    if lay.paragraphs[m.paragraph].is_heading:
        return None
    text = lay.paragraphs[m.paragraph].text
    rest = text[m.end :]
    lead = re.match(r"[”’」\"]?[^，,。；;：:！？!?“”]{0,4}[，,]", rest)
    if not lead:
        return None
    start = m.end + lead.end()
    end = start
    while end < len(text) and text[end] not in "。；;！？!?：:":
        end += 1
    clause = text[start:end]
    if re.match(r"[。；;]\s*(?:第一|一是|首先|其一)", text[end:]):
        return None  # 两条政策，争取群众，…。第一条是…: the ordinals after are its items
    if re.match(r"第一|其一", clause):
        # 有两种世界革命，第一种是属于资产阶级和资本主义范畴的世界革命。: an ordinal run opens
        # here; the 和 inside its first item joins no two items
        return None
    if m.quoted:
        # a quoted formula runs on with other names (“三反”，肃反，思想改造); its items
        # follow only when the text says so: “两个维护”，即…
        said = re.match(r"(?:即|就是|也就是|也即)", clause)
        if not said:
            return None
        start += said.end()
        clause = clause[said.end() :]
    first = re.split(r"[，,]", clause, maxsplit=1)[0]
    listed = [p for p in first.split("、") if p]
    a_list = False
    if (
        len(listed) == m.number
        and "、" in first
        and all(len(p) <= 14 for p in listed)
        and not re.search(rf"{_NUM}[个项条种大点]", first + text[m.end : start])
        and not re.match(r"(?:一是|一要|一个|一种|第一|首先|其一)", first)
    ):
        clause = first  # 两个目标要求，大带宽、低时延，要求都…: the list is the first clause
        a_list = True
    parts = [
        p for p in re.split(r"[，,、]|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])", clause) if p
    ]
    ones = [bool(_ONE_OPENER.match(p)) for p in parts]
    if (
        len(parts) > m.number
        and all(ones[: m.number])
        and not ones[m.number]
        and not all(p.endswith("的") for p in parts[: m.number])
        and not re.search(r"[\u4e00-\u9fff]", lead.group())
    ):
        # 两条道路，一条A，一条B，归根结底…: the sentence goes on after the items (三个顾问公司，
        # 一个香港的，一个深圳的，…: things told apart by whose they are, a count of things;
        # 两个主线条，…: words between the count and the comma, a noun the mention cut short)
        parts = parts[: m.number]
    parts = [
        re.sub(
            r"^(?:(?:一(?:个|种|条|方面)|另一(?:个|种|条|方面)?)(?:就是|叫做|叫|是)?"
            r"|一是|一重是|二是|三是|还有|要么|或者|或是)",
            "",
            p,
        ).strip()
        for p in parts
    ]
    noun = m.phrase[-2:]
    if (
        len(parts) > m.number
        and not m.quoted
        and all(p.endswith(noun) and len(p) <= 8 for p in parts[: m.number])
        and (not parts[m.number].endswith(noun) or len(parts[m.number]) > 8)
    ):
        parts = parts[: m.number]  # 3类报表，A报表，B报表，C报表，就是…: items name the noun
    if any(p.startswith(BACK_REFERENCES) for p in parts):
        return None  # 两种观点，这两种观点总会交战: the sentence goes on about the frame
    if parts and parts[-1].endswith(m.phrase) and not re.search(r"[是有]", parts[-1]):
        parts[-1] = parts[-1][: -len(m.phrase)]  # 坚定的，动摇的，反对的三种立场
    if any(m.phrase in p for p in parts):
        return None  # 两重性嘛，罢工、罢课也是两重性: the sentence says the frame again
    if len(parts) != m.number or any(not p or len(p) > 14 for p in parts):
        return None
    if re.search(r"[\u4e00-\u9fff]着$", text[max(0, m.start - 2) : m.start]) and any(
        "了" in p for p in parts
    ):
        return None  # 他扛着两个炸药包，冲上了上甘岭，…: what he did next, not the things
    if any(_opens_with_conjunction(p) for p in parts):
        return None  # 两个东西，但再往前走一步…: a conjunction goes on with the sentence
    if any(re.match(r"我|你|他|她|大家|同志|咱", p) for p in parts):
        return None  # 有两个问题，同志们没有注意，我觉得…: the sentence goes on, people speak
    marked = (
        a_list  # a 、-list: 大带宽、低时延 (not any clause without a comma: 两种资源联动效应，提升…质量和水平)
        or all(ones[: m.number])  # 一个…，一个…
        or said_before(text[m.end : start])  # 即/就是 …
        or all(p.endswith(noun) or p.endswith("的") for p in parts)  # …的状态, 坚定的
        or parallel(parts)
    )
    # 两个想不开，合在一块，就要打仗 / 没有两个革命的胜利，没有建设的成绩，现在不同了: the
    # sentence goes on in clauses nothing marks as the items — they are what follows
    unmarked = not marked and any(_has_verb(p) for p in parts)
    return (parts, spans_in_order(text, m.paragraph, parts, start), "inline"), unmarked


def said_before(lead: str) -> bool:
    """Whether the words between a count and its items say what it is: 即, 就是, 也就是."""
    return bool(re.search(r"即|就是|也就是|也即|叫做|包括", lead))


def _has_verb(part: str) -> bool:
    """Whether a clause holds a verb (jieba v, vd, vn counts as noun): a statement, not a name."""
    return any(t in ("v", "vd", "vi", "vg") for _, t in tagged(part))


def _opens_with_conjunction(part: str) -> bool:
    """但… / 而且… (jieba tags 可以 a conjunction too: 可以在食堂吃饭 is an item)."""
    first = tagged(part[:4])[:1]
    return bool(first) and first[0][1] == "c" and first[0][0] != "可以"
