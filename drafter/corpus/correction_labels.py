"""What the user reads of corrections: the reader's header (已更正 3 处), the names 撤销/重做
give a step (设为二级标题「加强队伍建设」), the corrections a changed file lost, and the
headings whose level nothing leads up to (层级待核).

One place for these words, so the menu, the header, the status line and ``drafter library``
name the same correction alike.
"""

from __future__ import annotations

from drafter.corpus.apparatus_moves import APPARATUS_OPS, PART_LABELS
from drafter.corpus.correction_ops import CHECKED_STEP, META_LABELS, without_last_step
from drafter.corpus.corrections import HEADING_PUNCT
from drafter.corpus.model import Outline


def done_mark(ops: list[dict], changed: int | None = None) -> str:
    """What the reader's header says of stored corrections: headings changed (已更正 N 处),
    fields of 编辑信息 (信息已更正：标题、日期), an outline confirmed as right (提纲已核对); ""
    when they change nothing. ``changed`` is the net count of headings changed
    (``Outline.corrected``); without it each heading op counts. One 编辑信息 of six fields
    read 已更正 6 处, a confirmed outline 已更正 1 处, and a heading demoted then put back at
    its level 已更正 2 处, as if headings had been moved."""
    if changed is None:
        changed = sum(1 for op in ops if op.get("op") in ("heading", "unheading", *APPARATUS_OPS))
    fields = list(dict.fromkeys(op.get("field") for op in ops if op.get("op") == "meta"))
    parts = [f"已更正 {changed} 处"] if changed else []
    if fields:
        parts.append("信息已更正：" + "、".join(META_LABELS.get(f, f) for f in fields if f))
    if not changed and any(op.get("op") == "confirm" for op in ops):
        parts.append("提纲已核对")
    return " · ".join(parts)


_LEVEL_NAMES = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六"}


_LABEL_CHARS = 14


def _quoted(text: str | None) -> str:
    """A paragraph as a menu entry names it: its first words in 「」."""
    text = _short(text or "")
    return f"「{text}」" if text else ""


def step_moves_headings(ops: list[dict]) -> bool:
    """Whether the user's last action in ``ops`` made or unmade headings (not only 编辑信息 or
    提纲无误): only then do search results change their heading paths, and the status line
    said they had after a date was edited."""
    last = ops[len(without_last_step(ops)) :]
    return any(op.get("op") in ("heading", "unheading", *APPARATUS_OPS) for op in last)


def step_label(ops: list[dict]) -> str:
    """The user's last action in ``ops`` as 撤销/重做 name it (设为二级标题「加强队伍建设」,
    编辑信息（日期）, 不是标题「三、狠抓落实」): the menu said only 撤销上一处更正, and one taking
    back a heading undid the 编辑信息 made after it without saying so. "" for no ops.

    A paragraph made a heading is 设为 (its op carries the user's cut), a heading given
    another level 改为; one 编辑信息… of several fields names them all, a 同类编号 run its size."""
    if not ops:
        return ""
    last = ops[len(without_last_step(ops)) :]
    kinds = {op.get("op") for op in last}
    if kinds == {"meta"}:
        fields = dict.fromkeys(META_LABELS.get(op.get("field"), op.get("field")) for op in last)
        return "编辑信息（" + "、".join(f for f in fields if f) + "）"
    if _recut(last):  # corrections.recut_ops: a run-in heading given another end
        return f"标题取到{_quoted(_heading_part(last[1]))}"
    if len(last) > 1:
        levels = {op.get("level") for op in last}
        if kinds == {"unheading"}:
            return f"{len(last)} 段不再作标题"
        if kinds == {"heading"} and len(levels) == 1:
            name = _LEVEL_NAMES.get(int(next(iter(levels)) or 1), "")
            return f"{len(last)} 段设为{name}级标题"
        return f"同类编号一并更正（{len(last)} 段）"
    op = last[0]
    kind = op.get("op")
    if kind == "confirm":
        return "提纲无误"
    if kind == "checked":
        return CHECKED_STEP
    if kind == "unheading":
        return f"不是标题{_quoted(op.get('text'))}（与上一节合并）"
    if kind == "heading":
        name = _LEVEL_NAMES.get(int(op.get("level") or 1), "")
        verb = "设为" if "cut" in op else "改为"
        return f"{verb}{name}级标题{_quoted(_heading_part(op))}"
    if kind in APPARATUS_OPS:
        return apparatus_label(op)
    return "更正"


def apparatus_label(op: dict) -> str:
    """An ``apparatus`` / ``unapparatus`` op as 撤销 and the status line name it: 标为附录
    「附：诺亚方舟实验室…」（至文末）, 移回正文「…」（原为编者按）."""
    part = PART_LABELS.get(str(op.get("part")), "附加内容")
    if op.get("op") == "apparatus":
        tail = "（至文末）" if op.get("to_end") else ""
        return f"标为{part}{_quoted(op.get('text'))}{tail}"
    tail = f"（原为{part}，至其末尾）" if op.get("to_end") else f"（原为{part}）"
    return f"移回正文{_quoted(op.get('text'))}{tail}"


def _recut(step: list[dict]) -> bool:
    """Whether ``step`` is a run-in heading recut (:func:`drafter.corpus.corrections.recut_ops`):
    the heading made text, then its joined line made a heading with the user's cut."""
    return (
        len(step) == 2
        and [op.get("op") for op in step] == ["unheading", "heading"]
        and step[0].get("para") == step[1].get("para")
        and "cut" in step[1]
    )


def _heading_part(op: dict) -> str:
    """What a 设为标题 op made the heading: the paragraph's lead up to the user's cut (the
    whole paragraph, quoted, read 设为一级标题「其次看国民党的党务。国民党为…」)."""
    text = op.get("text") or ""
    cut = op.get("cut")
    if isinstance(cut, int) and 0 < cut < len(text.rstrip()):
        return text[:cut].rstrip(HEADING_PUNCT) or text
    return text


def lost_labels(skipped: list[dict]) -> list[str]:
    """The corrections that found no paragraph after the file changed, each named as 撤销
    names a step (设为一级标题「其次看国民党的党务」, 不是标题「第一，…」（与上一节合并）):
    they were dropped from the outline without a word, and the user could not tell which
    heading to set again."""
    return [
        step_label([{k: v for k, v in op.items() if k != "step"}])
        for op in skipped
        if op.get("op") in ("heading", "unheading", *APPARATUS_OPS)
    ]


def level_warnings(outline: Outline | None) -> list[tuple[str, str]]:
    """Headings whose level no other heading leads up to, as (the heading's label, why), for a
    quiet warning (层级待核), never a refusal: 改为二级标题 on the first heading of a speech
    left a 二级标题 above every 一级标题, and nothing said so.

    None of the 444 gold outlines nor the reading of their 440 development texts has one (a
    speech may open with a heading the user wants lower, hence a warning): a heading below
    level 1 before the first 一级标题, or, with headings and no 一级标题 at all, the first
    heading."""
    sections = list(outline.walk()) if outline is not None else []
    if not sections:
        return []
    if not any(s.level == 1 for s in sections):
        first = sections[0]
        name = _LEVEL_NAMES.get(first.level, str(first.level))
        return [
            (first.label, f"提纲中没有一级标题，最高一级是{name}级标题「{_short(first.label)}」")
        ]
    out = []
    for section in sections:
        if section.level == 1:
            break
        name = _LEVEL_NAMES.get(section.level, str(section.level))
        out.append((section.label, f"{name}级标题「{_short(section.label)}」在第一个一级标题之前"))
    return out


def _short(text: str) -> str:
    """A heading as a warning quotes it: its first words."""
    text = " ".join((text or "").split())
    return text[:_LABEL_CHARS] + "…" if len(text) > _LABEL_CHARS else text
