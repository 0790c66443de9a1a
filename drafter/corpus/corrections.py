"""The user's corrections to a read document, replayed on every read.

Reading is a guess; the user has the last word. A correction is a small JSON object (an
"op") stored in the library beside the document, never in the user's file, and applied
to the freshly read :class:`Document` each time it is loaded or indexed:

* ``{"op": "meta", "field": "title", "value": "…"}``: set title, subtitle, speaker, post,
  date, occasion or genre (``None`` clears it);
* ``{"op": "heading", "para": 12, "text": "…", "level": 2}``: make paragraph 12 a heading
  at that level, or give a heading a new level (this also splits a section there); with
  ``"cut": 9`` its first 9 characters are the heading and the rest stays text (a run-in
  heading, as the reader asked or proposed: :func:`heading_cut`);
* ``{"op": "unheading", "para": 12, "text": "…"}``: the heading is body text after all;
  its paragraphs join the section before it (a merge);
* ``{"op": "confirm"}``: the outline is right as read (clears 结构待核);
* ``{"op": "checked", "was": "<sha256>"}``: the ops before it, made on the version of the
  file whose content hash is ``was``, were checked against the file as it is now (更正已核对);
  it changes nothing on replay, and is there so that 撤销 names the check and takes it back
  (the library then stores the ops as made on ``was`` again: 更正待复核 returns).

A structural op that changes the outline sets its confidence to 1.0: the user has checked
it. ``Outline.corrected`` counts the paragraphs the ops leave headed otherwise than the machine
read them, the net effect: a heading demoted and then put back at its level changes nothing,
counts 0 and leaves the machine's confidence (and 结构待核) as they were, as an undo would.

``para`` is the paragraph's index in :meth:`Document.paragraphs` at the time the op was
made and ``text`` its text then. Ops are replayed in order; each finds its paragraph by
text near ``para``, so a correction made on one version of a file still lands where the
text is the same in the next; where the user reworded that paragraph a little, on the one
that reads almost the same (:mod:`drafter.corpus.near_text`; ``Applied.moved``), and an
op whose text is gone is reported (``Applied.skipped``, :func:`lost_labels`), not
guessed. Either way the library flags the corrections for re-check (更正待复核).
Everything here is pure: no I/O, no Qt.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import uuid
from dataclasses import dataclass, field

from drafter.corpus.dates import find_dates
from drafter.corpus.markers import DI, LAST, match_marker
from drafter.corpus.model import Document, Outline, Section
from drafter.corpus.near_text import moved_cut, near_match
from drafter.corpus.section_tails import lift_tails
from drafter.numerals import parse_cn_year

META_FIELDS = ("title", "subtitle", "speaker", "post", "date", "occasion", "genre")
META_LABELS = {
    "title": "标题",
    "subtitle": "副标题",
    "speaker": "讲话人",
    "post": "职务",
    "date": "日期",
    "occasion": "场合",
    "genre": "文种",
}
"""What the user calls each of :data:`META_FIELDS`: one table for the reader's header
(信息已更正：标题、日期) and ``library edit``'s options and lines, so the two never name a
field differently."""
_HEADING_PUNCT = "。；：，、.;:, \u3000"
_SENTENCE = re.compile(r"[。！？；]")


class CorrectionError(ValueError):
    """An op that cannot be valid whatever the document: an unknown field, a bad date."""


@dataclass
class Applied:
    """The corrected document, the ops that no longer found their paragraph (``skipped``)
    and those that found it reworded (``moved``: applied to the paragraph that reads almost
    the same, for the user to re-check)."""

    document: Document
    skipped: list[dict] = field(default_factory=list)
    changed: int = 0  # paragraphs headed otherwise than the machine read them (net)
    moved: list[dict] = field(default_factory=list)


def validate_date(value: str) -> str:
    """An ISO date a user typed ("2025-02-03", "2025-02", "2025", "2025年2月3日"), checked
    for being a real day: 2025-02-30 is refused with a message in Chinese."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?", value)
    if not m:
        dates = find_dates(value)
        if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(value):
            return dates[0].iso
        year = _chinese_year(value)
        if year is not None:
            return validate_date(year)
        raise CorrectionError(f"“{value}”不是日期（应写作 2025-02-03、2025-02 或 2025）")
    year, month, day = (int(g) if g else None for g in m.groups())
    if not 1000 <= year <= 2999:
        raise CorrectionError(f"“{value}”：年份 {year} 不合理")
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise CorrectionError(f"“{value}”：没有 {month} 月")
    if day is None:
        return f"{year:04d}-{month:02d}"
    import calendar

    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise CorrectionError(f"“{value}”：{year} 年 {month} 月只有 {last} 天")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _chinese_year(value: str) -> str | None:
    """``value`` with a leading year written digit by digit in Chinese numerals
    (二〇一八年, 二〇一八年3月) put in Arabic digits, or None when it leads with no such year.
    The dates in the text read 二〇一八年三月 but not a year alone, so 编辑信息 took a full
    Chinese date and refused the year by itself, which the library's dates allow."""
    m = re.fullmatch(r"(\S{4})(年.*)?", value)
    year = parse_cn_year(m.group(1)) if m else None
    if m is None or year is None or m.group(1).isascii():
        return None
    return f"{year:04d}{m.group(2) or ''}"


def meta_op(field_name: str, value: str | None) -> dict:
    """A checked metadata op; an empty value clears the field."""
    if field_name not in META_FIELDS:
        raise CorrectionError(f"不能修改的字段：{field_name}")
    value = (value or "").strip() or None
    if value is not None and field_name == "date":
        value = validate_date(value)
    return {"op": "meta", "field": field_name, "value": value}


def done_mark(ops: list[dict], changed: int | None = None) -> str:
    """What the reader's header says of stored corrections: headings changed (已更正 N 处),
    fields of 编辑信息 (信息已更正：标题、日期), an outline confirmed as right (提纲已核对); ""
    when they change nothing. ``changed`` is the net count of headings changed
    (``Outline.corrected``); without it each heading op counts. One 编辑信息 of six fields
    read 已更正 6 处, a confirmed outline 已更正 1 处, and a heading demoted then put back at
    its level 已更正 2 处, as if headings had been moved."""
    if changed is None:
        changed = sum(1 for op in ops if op.get("op") in ("heading", "unheading"))
    fields = list(dict.fromkeys(op.get("field") for op in ops if op.get("op") == "meta"))
    parts = [f"已更正 {changed} 处"] if changed else []
    if fields:
        parts.append("信息已更正：" + "、".join(META_LABELS.get(f, f) for f in fields if f))
    if not changed and any(op.get("op") == "confirm" for op in ops):
        parts.append("提纲已核对")
    return " · ".join(parts)


CHECKED_STEP = "更正已核对"
"""What 撤销/重做 call keeping corrections made on an earlier version of the file."""


def checked_op(was: str | None) -> dict:
    """The op that records 更正已核对: the corrections made on content ``was`` hold for the
    file as it is now. Keeping them stored the same list again, so 撤销 after it named (and
    took back) the correction made before the check, and the check itself could not be
    undone."""
    return {"op": "checked", "was": was}


def checked_undone(ops: list[dict]) -> str | None:
    """The content hash to store ``ops`` without their last step as made on, when that step
    is a 更正已核对 (:func:`checked_op`): taking the check back makes them stale again.
    None when the last step is any other correction (stored on the current content)."""
    if not ops or ops[-1].get("op") != "checked":
        return None
    was = ops[-1].get("was")
    return was if isinstance(was, str) and was else None


def one_step(ops: list[dict]) -> list[dict]:
    """``ops`` marked as one user action (one 编辑信息… of several fields), so that undo
    takes them back together: each gets the same ``"step"`` key, ignored on replay."""
    step = uuid.uuid4().hex[:12]
    return [{**op, "step": step} for op in ops]


def without_last_step(ops: list[dict]) -> list[dict]:
    """``ops`` with the user's last action undone: the trailing ops sharing the last op's
    ``"step"`` (one 编辑信息… of several fields), or the last op alone when it has none."""
    if not ops:
        return []
    step = ops[-1].get("step")
    end = len(ops) - 1
    while step is not None and end > 0 and ops[end - 1].get("step") == step:
        end -= 1
    return list(ops[:end])


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
    return any(op.get("op") in ("heading", "unheading") for op in last)


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
    return "更正"


def _heading_part(op: dict) -> str:
    """What a 设为标题 op made the heading: the paragraph's lead up to the user's cut (the
    whole paragraph, quoted, read 设为一级标题「其次看国民党的党务。国民党为…」)."""
    text = op.get("text") or ""
    cut = op.get("cut")
    if isinstance(cut, int) and 0 < cut < len(text.rstrip()):
        return text[:cut].rstrip(_HEADING_PUNCT) or text
    return text


def lost_labels(skipped: list[dict]) -> list[str]:
    """The corrections that found no paragraph after the file changed, each named as 撤销
    names a step (设为一级标题「其次看国民党的党务」, 不是标题「第一，…」（与上一节合并）):
    they were dropped from the outline without a word, and the user could not tell which
    heading to set again."""
    return [
        step_label([{k: v for k, v in op.items() if k != "step"}])
        for op in skipped
        if op.get("op") in ("heading", "unheading")
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


_NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百零〇○两]+")
_MARKER_END = "，,、：:．. \u3000"


def _marker_shape(text: str) -> tuple[int, str, str] | None:
    """The marker opening ``text`` as (ordinal, shape, marker as written): the shape is
    its family and its words without the number (第二点， and 第三点、 share 第点; 一是 and
    二是 share 是), so siblings written with a different stop still count as one run; 首先，
    第二， 其次， 最后， are one family however each is written."""
    m = match_marker(text.strip())
    if m is None:
        return None
    words = "" if m.family == DI else _NUMERALS.sub("", m.text).rstrip(_MARKER_END)
    return m.ordinal, f"{m.family}:{words}", m.text.rstrip(_MARKER_END)


def marker_run(texts: list[str], levels: dict[int, int], index: int) -> list[int]:
    """The paragraphs numbered in one run with paragraph ``index`` (itself included, in
    order), so that one correction can take them all: 第二点…第六点 of a speech read as
    plain text, made headings one by one, took five right clicks and fifteen menu entries.

    ``texts`` are the paragraphs as the reader lists them, ``levels`` the heading
    paragraphs' levels. A run is the paragraphs whose marker has the same shape and
    counts on (2, 3, 4 … after 1; 最后 ends it), headings or text alike (第二点 made a
    heading first, 第三点…第六点 still text, are one run); a heading with siblings of its
    level takes them alone. It stops at a number out of turn
    (a new list) and at a heading that is not of the run and not below ``index`` (a new
    part: the 第一/第二 under 二、 are not those under 一、). Fewer than two paragraphs make
    no run: []."""
    start = _marker_shape(texts[index]) if 0 <= index < len(texts) else None
    if start is None:
        return []
    level = levels.get(index)
    if level is not None:
        # a heading's run is first its sibling headings alone: a 一、二、 list in the text
        # under 一、 is not the next of 一、二、三、; text joins only a heading left alone
        # (第二点 made a heading by hand, 第三点… still text)
        headed = _counted_run(texts, index, start, lambda i: levels.get(i) == level, levels)
        if len(headed) > 1:
            return headed
    run = _counted_run(texts, index, start, lambda i: True, levels)
    return run if len(run) > 1 else []


def _counted_run(texts, index, start, allowed, levels) -> list[int]:
    """The paragraphs around ``index`` of ``start``'s shape that ``allowed`` admits and that
    count on from it; others of that shape are passed over when not admitted, and a heading
    not of the run and not below ``index`` ends it."""
    level = levels.get(index)

    def member(i: int) -> tuple[int, str, str] | None:
        shape = _marker_shape(texts[i])
        return shape if shape is not None and shape[1] == start[1] and allowed(i) else None

    def boundary(i: int) -> bool:
        other = levels.get(i)
        return other is not None and (level is None or other <= level)

    run = [index]
    expected = start[0]
    for i in range(index + 1, len(texts)):  # forward: 3, 4, … (最后 closes)
        shape = member(i)
        if shape is not None:
            if expected == LAST or shape[0] not in (expected + 1, LAST):
                break
            run.append(i)
            expected = shape[0]
        elif boundary(i):
            break
    expected = start[0]
    for i in range(index - 1, -1, -1):  # backward: 1, 2 before it
        shape = member(i)
        if shape is not None:
            if expected == LAST:
                expected = shape[0] + 1  # 最后 follows whatever came before it
            if shape[0] != expected - 1:
                break
            run.insert(0, i)
            expected = shape[0]
        elif boundary(i):
            break
    return run


def run_label(texts: list[str], run: list[int]) -> str:
    """A run as a menu names it: its first and last markers and its size
    (第二点…第六点，共 5 段)."""
    first, last = _marker_shape(texts[run[0]]), _marker_shape(texts[run[-1]])
    return f"{first[2] if first else ''}…{last[2] if last else ''}，共 {len(run)} 段"


def run_ops(
    texts: list[str], levels: dict[int, int], run: list[int], level: int | None
) -> list[dict]:
    """One user action over a whole run: each paragraph made a heading at ``level`` (or,
    with None, made body text), as one step for 撤销上一处更正; paragraphs already so get
    no op. The ops go last paragraph first, so a run-in heading split (or merged back)
    does not move the ones still to come."""
    ops = []
    for i in reversed(run):
        if levels.get(i) == level:
            continue
        if level is None:
            ops.append({"op": "unheading", "para": i, "text": texts[i]})
        else:
            ops.append({"op": "heading", "para": i, "text": texts[i], "level": level})
    return one_step(ops)


class RedoSteps:
    """What 撤销上一处更正 took back, per document, so that 重做 can put it back: the reader
    had undo but no redo, and a correction undone by mistake had to be made again by hand.
    Each undo records the ops before and after it; redo is offered while the document's
    ops are still those after (any other correction since makes the record moot)."""

    def __init__(self) -> None:
        self._steps: dict[str, list[tuple[list[dict], list[dict]]]] = {}

    def undone(self, doc_id: str, before: list[dict], after: list[dict]) -> None:
        """An undo of ``doc_id`` changed its ops from ``before`` to ``after``."""
        steps = self._steps.setdefault(doc_id, [])
        if steps and steps[-1][1] != before:
            steps.clear()  # the ops were changed since the last undo: start again
        steps.append((list(before), list(after)))

    def redo(self, doc_id: str, ops: list[dict]) -> list[dict] | None:
        """The ops to store to redo the last undo of ``doc_id`` whose ops are now ``ops``,
        or None when there is nothing to redo (or ``ops`` changed since the undo)."""
        steps = self._steps.get(doc_id) or []
        if not steps or steps[-1][1] != ops:
            return None
        return list(steps[-1][0])

    def redone(self, doc_id: str) -> None:
        """The last undo of ``doc_id`` was redone: the one before it is next."""
        steps = self._steps.get(doc_id) or []
        if steps:
            steps.pop()


def apply_corrections(doc: Document, ops: list[dict]) -> Applied:
    """``doc`` with ``ops`` replayed in order (``doc`` itself is left unchanged)."""
    if not ops:
        return Applied(doc)
    doc = copy.deepcopy(doc)
    skipped: list[dict] = []
    moved: list[dict] = []
    confirmed = False
    items = None  # the flat paragraph list, built on the first structural op
    for op in ops:
        kind = op.get("op")
        if kind == "meta":
            if op.get("field") in META_FIELDS:
                setattr(doc.metadata, op["field"], op.get("value"))
            else:
                skipped.append(op)
            continue
        if kind == "confirm":
            confirmed = True  # the user looked at the outline and it is right
            continue
        if kind == "checked":
            continue  # a record of the check, for 撤销 (the library keeps staleness)
        if kind not in ("heading", "unheading"):
            skipped.append(op)
            continue
        if items is None:
            items = _flatten(doc.outline)
        cut = op.get("cut")
        cut = cut if isinstance(cut, int) else None
        i = _find(items, op)
        if i is None:
            i = _find_reworded(items, op)
            if i is None:
                skipped.append(op)
                continue
            moved.append(op)
            cut = moved_cut(op.get("text") or "", items[i].text, cut)
        if kind == "heading":
            _make_heading(items, i, int(op.get("level") or 1), cut)
        else:
            _make_body(items, i)
    changed = 0
    if items is not None:
        changed = sum(1 for item in items if item.level != item.was)
        doc.outline = _rebuild(items, doc.outline)
        doc.outline.corrected = changed
        # the rebuilt tree puts a part's text after its points under the last point again
        lift_tails(doc.outline, doc.metadata.genre)
    if changed or confirmed:
        mark_checked(doc.outline, CORRECTED if changed else CONFIRMED)
    return Applied(doc, skipped, changed, moved)


CORRECTED = "已人工更正"
CONFIRMED = "已人工核对"
INFO_EDITED = "信息已更正"


def checked_mark(ops: list[dict]) -> str:
    """The library table's mark for a document with these corrections (made on its file as
    it is): 已人工更正 when headings were changed, 已人工核对 when the outline was confirmed,
    信息已更正 when only 编辑信息 fields were; "" for none. A title or date edited alone read
    “结构待核，已人工更正”, as if the doubtful outline had been put right."""
    kinds = {op.get("op") for op in ops}
    if kinds & {"heading", "unheading"}:
        return CORRECTED
    if "confirm" in kinds:
        return CONFIRMED
    return INFO_EDITED if "meta" in kinds else ""


def mark_checked(outline: Outline, how: str) -> None:
    """The user's word replaces the machine's guess: confidence 1, no doubts shown, and why
    (``how``). The machine's doubts are kept aside (``machine_doubts``) for the re-check of
    corrections made on an earlier version of the file, the one place they still help."""
    if not hasattr(outline, "confidence"):
        return
    if outline.doubts:
        outline.machine_doubts = list(outline.doubts)
    outline.doubts = []
    outline.confidence = 1.0
    outline.checked = how


# --- the flat form: one item per paragraph, as Document.paragraphs() lists them ------------


@dataclass
class _Item:
    text: str  # what Document.paragraphs() shows (a heading's label)
    part: str  # preamble, body, closing
    level: int = 0  # > 0 for a heading
    marker: str = ""
    heading: str = ""
    run_in: bool = False
    ending: str = ""  # the punctuation that closed the heading (Section.ending)
    was: int = 0  # the level the machine gave this paragraph (0: text), kept through ops


def _flatten(outline: Outline) -> list[_Item]:
    items = [_Item(t, "preamble") for t in outline.preamble]

    def visit(s: Section) -> None:
        items.append(
            _Item(s.label, "body", s.level, s.marker, s.heading, s.run_in, s.ending, s.level)
        )
        items.extend(_Item(t, "body") for t in s.paragraphs)
        for child in s.children:
            visit(child)
        items.extend(_Item(t, "body") for t in s.after)

    for s in outline.sections:
        visit(s)
    items.extend(_Item(t, "closing") for t in outline.closing)
    return items


def _find(items: list[_Item], op: dict) -> int | None:
    """The paragraph an op means: the one at ``para`` if its text is the same, else the
    nearest one with that text (the file changed around it), else None."""
    text = op.get("text")
    para = op.get("para")
    if not isinstance(para, int):
        para = 0
    if text is None:
        return para if 0 <= para < len(items) else None
    if 0 <= para < len(items) and items[para].text == text:
        return para
    found = [i for i, item in enumerate(items) if item.text == text]
    return min(found, key=lambda i: abs(i - para)) if found else None


def _find_reworded(items: list[_Item], op: dict) -> int | None:
    """The paragraph an op means when its text was reworded in the file: the one that
    reads almost the same, nearest to where it was (a heading for 不是标题; any paragraph
    for 设为/改为N级标题, which the file may now have as a heading or as text). None when
    there is none, or the op names no text."""
    text = op.get("text")
    if not isinstance(text, str):
        return None
    para = op.get("para") if isinstance(op.get("para"), int) else 0
    unheading = op.get("op") == "unheading"
    allowed = [bool(item.level) or not unheading for item in items]
    return near_match([item.text for item in items], allowed, text, para)


_LEAD_END = re.compile(r"[：:。！？；;]")
HEADING_LEAD = 60
"""Characters: a lead longer than this is no heading the reader proposes by itself, and
a paragraph longer than this with no natural cut is not made a heading whole unasked."""


def heading_cut(text: str) -> int | None:
    """Where a run-in heading a user marks in ``text`` ends: the characters up to and
    with the first ：。！？； after its marker, when text follows it and the lead is at most
    :data:`HEADING_LEAD` long (“一、加强领导：要…” heads with 一、加强领导). None when there
    is no such cut: a short line is then a heading whole, a long paragraph of one long
    sentence is for the user to cut (设为一级标题 on one made all of it a bold heading)."""
    m = match_marker(text)
    skip = len(m.text) if m else 0
    stop = _LEAD_END.search(text, skip)
    if stop is None or not text[stop.end() :].strip() or stop.end() > HEADING_LEAD:
        return None
    if not text[skip : stop.start()].strip():
        return None
    return stop.end()


def _make_heading(items: list[_Item], i: int, level: int, cut: int | None = None) -> None:
    item = items[i]
    level = max(1, min(level, 6))
    if item.level:
        item.level = level  # a new level for a heading
        return
    text = item.text
    if cut is not None and cut >= len(text.rstrip()):  # the user's choice: the whole line
        heading = text.rstrip(_HEADING_PUNCT) or text
        m = match_marker(heading)
        marker, rest = (m.text, m.rest) if m else ("", heading)
        items[i] = _Item("", "body", level, marker, rest, False, _ending(text, heading), item.was)
        items[i].text = _label(items[i])
        return
    if cut is not None and 0 < cut < len(text) and text[cut:].strip():
        # the user's cut (or the one the reader proposed): the lead heads, the rest is text
        lead, tail = text[:cut], text[cut:].strip()
        m = match_marker(lead)
        marker, rest = (m.text, m.rest) if m else ("", lead)
        heading = rest.rstrip(_HEADING_PUNCT) or rest
        items[i] = _Item("", "body", level, marker, heading, True, _ending(rest, heading), item.was)
        items[i].text = _label(items[i])
        items.insert(i + 1, _Item(tail, "body"))
        return
    m = match_marker(text)
    marker, rest = (m.text, m.rest) if m else ("", text)
    sentence = _SENTENCE.search(rest)
    if sentence and sentence.end() < len(rest) and len(rest) > 40 and not _title_line(text):
        # a run-in heading: the first sentence heads the paragraph, the rest stays text
        head, tail = rest[: sentence.end()], rest[sentence.end() :].strip()
        heading = head.rstrip(_HEADING_PUNCT)
        items[i] = _Item("", "body", level, marker, heading, True, _ending(head, heading), item.was)
        items[i].text = _label(items[i])
        items.insert(i + 1, _Item(tail, "body"))
        return
    heading = rest.rstrip(_HEADING_PUNCT) or rest
    items[i] = _Item("", "body", level, marker, heading, False, _ending(rest, heading), item.was)
    items[i].text = _label(items[i])


def heading_whole(text: str) -> bool:
    """Whether ``text`` made a heading is a heading whole without asking: a short line
    (:func:`_title_line`), or a short one with no cut at all (“加强组织领导。”)."""
    return _title_line(text) or (len(text) <= HEADING_LEAD and heading_cut(text) is None)


def _title_line(text: str) -> bool:
    """A short line that ends without a stop is a heading whole, its second sentence too
    (“一、不要做一个完人，做完人很痛苦的。要充分发挥自己的优点，…的人”, a line of a company
    speech made a heading in the reader, kept only its first sentence as the heading and
    its second as body text); a paragraph that ends as prose does opens with its heading."""
    return len(text) <= _TITLE_LINE and text.rstrip()[-1:] not in _PROSE_END


_TITLE_LINE = 60  # characters: a line this short standing alone is a heading whole
_PROSE_END = frozenset("。！？；…”’）)!?;")


def _ending(written: str, heading: str) -> str:
    """What the heading dropped from the end of what was written ("。", "：", ""), kept so
    字数 and the text, should the user take the heading back, stay as the file has them."""
    return re.sub(r"\s", "", written[len(heading) :])


def _make_body(items: list[_Item], i: int) -> None:
    item = items[i]
    if not item.level:
        return
    text = item.text
    if item.run_in and i + 1 < len(items) and not items[i + 1].level:
        text = text + (item.ending or _run_in_punct(text)) + items.pop(i + 1).text
    else:
        text += item.ending  # "加强领导。" stays whole, not "加强领导"
    items[i] = _Item(text, "body", was=item.was)


def _run_in_punct(label: str) -> str:
    return "" if label and label[-1] in "。！？；：" else "。"


def _label(item: _Item) -> str:
    return Section(item.level, item.marker, item.heading).label


def _rebuild(items: list[_Item], old: Outline) -> Outline:
    """The outline tree again, from the flat list: each heading opens a section under the
    nearest open one of a lower level; text goes to the section open above it."""
    out = Outline()  # then copied over ``old`` so fields added to Outline are kept
    stack: list[Section] = []
    seen_heading = False
    for item in items:
        if item.level:
            seen_heading = True
            section = Section(
                item.level, item.marker, item.heading, run_in=item.run_in, ending=item.ending
            )
            while stack and stack[-1].level >= item.level:
                stack.pop()
            (stack[-1].children if stack else out.sections).append(section)
            stack.append(section)
        elif item.part == "closing":
            out.closing.append(item.text)
        elif not seen_heading:
            out.preamble.append(item.text)
        else:
            stack[-1].paragraphs.append(item.text)
    return dataclasses.replace(
        old, preamble=out.preamble, sections=out.sections, closing=out.closing
    )
