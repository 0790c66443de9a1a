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

Where things live: this module replays ops on a document (:func:`apply_corrections`) and
marks the outline checked; :mod:`.correction_ops` makes the ops, groups them into steps and
undoes and redoes them, :mod:`.correction_labels` says them to the user, and
:mod:`.correction_runs` finds a run of paragraphs numbered alike to correct in one step.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field

from drafter.corpus.apparatus_moves import (
    APPARATUS_OPS,
    add_to_part,
    parts_of,
    take_from_part,
)
from drafter.corpus.correction_ops import META_FIELDS, one_step
from drafter.corpus.markers import match_marker
from drafter.corpus.model import Document, Outline, Section
from drafter.corpus.near_text import moved_cut, near_match
from drafter.corpus.section_tails import lift_tails

HEADING_PUNCT = "。；：，、.;:, \u3000"


_SENTENCE = re.compile(r"[。！？；]")


@dataclass
class Applied:
    """The corrected document, the ops that no longer found their paragraph (``skipped``)
    and those that found it reworded (``moved``: applied to the paragraph that reads almost
    the same, for the user to re-check)."""

    document: Document
    skipped: list[dict] = field(default_factory=list)
    changed: int = 0  # paragraphs headed otherwise than the machine read them (net)
    moved: list[dict] = field(default_factory=list)


def apply_corrections(doc: Document, ops: list[dict]) -> Applied:
    """``doc`` with ``ops`` replayed in order (``doc`` itself is left unchanged)."""
    if not ops:
        return Applied(doc)
    doc = copy.deepcopy(doc)
    skipped: list[dict] = []
    moved: list[dict] = []
    confirmed = False
    items = None  # the flat paragraph list, built on the first structural op
    apparatus_before = parts_of(doc.apparatus)
    apparatus_moves = 0
    moved_out: list[_MovedOut] = []
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
        if kind not in ("heading", "unheading", *APPARATUS_OPS):
            skipped.append(op)
            continue
        if items is None:
            items = _flatten(doc.outline)
        if kind in APPARATUS_OPS:
            if _move_apparatus(doc, items, op, moved_out):
                apparatus_moves += 1
            else:
                skipped.append(op)
            continue
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
        changed = sum(1 for item in items if _changed(item))
        if apparatus_moves and parts_of(doc.apparatus) != apparatus_before:
            changed += apparatus_moves  # one place per move (附录 from here to the end: 1)
        doc.outline = _rebuild(items, doc.outline)
        doc.outline.corrected = changed
        # the rebuilt tree puts a part's text after its points under the last point again
        lift_tails(doc.outline, doc.metadata.genre)
    if changed or confirmed:
        headed = [it.text for it in items or [] if it.level > 0 and it.was == 0]
        mark_checked(doc.outline, CORRECTED if changed else CONFIRMED, headed)
    return Applied(doc, skipped, changed, moved)


CORRECTED = "已人工更正"


STRUCTURAL_OPS = frozenset({"heading", "unheading", *APPARATUS_OPS})
"""The ops that change the outline or the apparatus (not 编辑信息, 提纲无误, 更正已核对): only
a replay tells whether they changed anything in the end."""


CONFIRMED = "已人工核对"


INFO_EDITED = "信息已更正"


def checked_mark(ops: list[dict], changed: int | None = None) -> str:
    """The library table's mark for a document with these corrections (made on its file as
    it is): 已人工更正 when headings were changed, 已人工核对 when the outline was confirmed,
    信息已更正 when only 编辑信息 fields were; "" for none. A title or date edited alone read
    “结构待核，已人工更正”, as if the doubtful outline had been put right.

    ``changed`` is what replaying ``ops`` changed (``Applied.changed``, the net count the
    reader's header says); with 0, outline ops that cancel out (a paragraph sent to 编者按
    and moved back, a heading's level changed and changed back) mark nothing, as the
    header says nothing: the table went on saying 已人工更正. None: each outline op counts."""
    kinds = {op.get("op") for op in ops}
    if kinds & STRUCTURAL_OPS and changed != 0:
        return CORRECTED
    if "confirm" in kinds:
        return CONFIRMED
    return INFO_EDITED if "meta" in kinds else ""


def mark_checked(outline: Outline, how: str, headed: list[str] | None = None) -> None:
    """The user's word replaces the machine's guess: confidence 1, no doubts shown, and why
    (``how``). The machine's doubts are kept aside (``machine_doubts``) for the re-check of
    corrections made on an earlier version of the file, the one place they still help —
    less those the user's corrections answered (:func:`answered_doubt`: ``headed``, the
    paragraphs the user made headings): 更正待复核's tooltip went on saying “首先”“其次”
    were not taken as headings over the very paragraphs the user had made headings."""
    if not hasattr(outline, "confidence"):
        return
    # replayed on a document already corrected (a correction waiting to be saved), the
    # doubts are those set aside then
    doubts = outline.doubts or outline.machine_doubts
    outline.machine_doubts = [d for d in doubts if not answered_doubt(d, headed or [])]
    outline.doubts = []
    outline.confidence = 1.0
    outline.checked = how


_QUOTE = re.compile(r"“([^”]+)”")


def answered_doubt(doubt: str, headed: list[str]) -> bool:
    """Whether ``doubt`` (one of the machine's reasons for 结构待核) says paragraphs were not
    taken as headings (…未当作标题, …未归入提纲) and names, in quotes, the start of a
    paragraph the user made a heading (``headed``): the user has answered it. Doubts naming
    nothing the user headed, and those of another kind, stand."""
    if not headed or ("未当作标题" not in doubt and "未归入提纲" not in doubt):
        return False
    for quoted in _QUOTE.findall(doubt):
        start = quoted.rstrip("…").strip()
        if start and any(text.startswith(start) for text in headed):
            return True
    return False


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
    # the machine's heading as labelled, kept through ops: a heading cut elsewhere (标题取整行,
    # 自选标题取到哪里) stays at its level and is a correction all the same
    was_label: str = ""


def _flatten(outline: Outline) -> list[_Item]:
    items = [_Item(t, "preamble") for t in outline.preamble]

    def visit(s: Section) -> None:
        items.append(
            _Item(
                s.label, "body", s.level, s.marker, s.heading, s.run_in, s.ending, s.level, s.label
            )
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
    sentence is for the user to cut (设为一级标题 on one made all of it a bold heading).

    A ；is no cut in a short paragraph of one sentence: that is a line standing alone, a
    heading whole with both its halves (tests/gold/README.md: （一）…；…。 keeps both), as
    ren 20100910's theme lines 在云计算领域…灭亡；做事要充满霸气，做人一定要谦卑。 are; Alt+1
    headed it with its first half and the user needed three more clicks (标题取整行)."""
    m = match_marker(text)
    skip = len(m.text) if m else 0
    stop = _LEAD_END.search(text, skip)
    if stop is None or not text[stop.end() :].strip() or stop.end() > HEADING_LEAD:
        return None
    if stop.group() in "；;" and _one_short_sentence(text):
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
        heading = text.rstrip(HEADING_PUNCT) or text
        m = match_marker(heading)
        marker, rest = (m.text, m.rest) if m else ("", heading)
        _put_heading(items, i, level, marker, rest, _ending(text, heading))
        return
    if cut is not None and 0 < cut < len(text) and text[cut:].strip():
        # the user's cut (or the one the reader proposed): the lead heads, the rest is text
        lead, tail = text[:cut], text[cut:].strip()
        m = match_marker(lead)
        marker, rest = (m.text, m.rest) if m else ("", lead)
        heading = rest.rstrip(HEADING_PUNCT) or rest
        _put_heading(items, i, level, marker, heading, _ending(rest, heading), tail)
        return
    m = match_marker(text)
    marker, rest = (m.text, m.rest) if m else ("", text)
    sentence = _SENTENCE.search(rest)
    if sentence and sentence.end() < len(rest) and len(rest) > 40 and not _title_line(text):
        # a run-in heading: the first sentence heads the paragraph, the rest stays text
        head, tail = rest[: sentence.end()], rest[sentence.end() :].strip()
        heading = head.rstrip(HEADING_PUNCT)
        _put_heading(items, i, level, marker, heading, _ending(head, heading), tail)
        return
    heading = rest.rstrip(HEADING_PUNCT) or rest
    _put_heading(items, i, level, marker, heading, _ending(rest, heading))


def _put_heading(
    items: list[_Item],
    i: int,
    level: int,
    marker: str,
    heading: str,
    ending: str,
    tail: str | None = None,
) -> None:
    """Head ``items[i]`` as the user chose, keeping what the machine read of it (was,
    was_label) so _changed still compares with the reader; with ``tail``, a run-in heading
    whose text follows as a paragraph of its own. One place for the four ways _make_heading
    heads a paragraph (whole line, the user's cut, first sentence, whole paragraph)."""
    item = items[i]
    run_in = tail is not None
    items[i] = _Item("", "body", level, marker, heading, run_in, ending, item.was, item.was_label)
    items[i].text = _label(items[i])
    if tail is not None:
        items.insert(i + 1, _Item(tail, "body"))


def run_in_line(doc: Document, index: int) -> str | None:
    """The whole line a run-in heading was cut from, when paragraph ``index`` of ``doc`` is
    one (the reader cut 一、加强领导。要抓好落实…… at its first stop, and the rest is the
    paragraph after it): its label, its stop and that rest, as :func:`_make_body` joins them
    back. None for any other paragraph."""
    k = 0
    found: Section | None = None

    def visit(section: Section) -> bool:
        nonlocal k, found
        if k == index:
            found = section
            return True
        k += 1 + len(section.paragraphs)
        if any(visit(child) for child in section.children):
            return True
        k += len(section.after)
        return False

    k = len(doc.outline.preamble)
    if index < k or not any(visit(s) for s in doc.outline.sections) or found is None:
        return None
    if not found.run_in or not found.paragraphs:
        return None
    label = found.label
    return label + (found.ending or _run_in_punct(label)) + found.paragraphs[0]


def recut_ops(doc: Document, index: int, level: int, cut: int | None = None) -> list[dict]:
    """One step that makes the run-in heading at ``index`` take ``cut`` characters of its
    whole line (:func:`run_in_line`; None: all of it) at ``level``: the heading made text
    again, its line joined, and that line made a heading with the user's cut. Turning the
    cut 一、加强领导 into the whole line took 不是标题, a right click on the joined paragraph,
    自选标题取到哪里, a level and the dialog: about nine clicks. [] when ``index`` is no
    run-in heading."""
    line = run_in_line(doc, index)
    if line is None:
        return []
    label = doc.paragraphs()[index].text
    cut = len(line) if cut is None else cut
    ops = [
        {"op": "unheading", "para": index, "text": label},
        {"op": "heading", "para": index, "text": line, "level": level, "cut": cut},
    ]
    return one_step(ops)


_SENTENCE_STOP = re.compile(r"[。！？!?]")
_SENTENCE_TAIL = "。！？!?…”’」』）) \u3000"


def _one_short_sentence(text: str) -> bool:
    """Whether ``text`` is one sentence (no 。！？ before its end) of at most
    :data:`_TITLE_LINE` characters: a line standing alone, whatever ；it holds."""
    body = text.rstrip().rstrip(_SENTENCE_TAIL)
    return len(text) <= _TITLE_LINE and _SENTENCE_STOP.search(body) is None


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


def _changed(item: _Item) -> bool:
    """Whether the ops leave ``item`` headed otherwise than the machine read it: another
    level, or a heading of its level cut elsewhere (三、深入改革经济体制和扩大对外开放 where the
    machine took the sentence after it too, which the reader's header did not count)."""
    if item.level != item.was:
        return True
    return bool(item.level and item.was_label and item.text != item.was_label)


@dataclasses.dataclass
class _MovedOut:
    """Paragraphs an ``apparatus`` op took out during one replay, kept so that an
    ``unapparatus`` op taking them back puts them where they were, as they were."""

    part: str
    texts: list[str]  # as the part holds them (a heading with its closing punctuation)
    items: list[_Item]
    after: _Item | None  # the item that followed them (None: they ran to the end)
    back: list[bool]


def _move_apparatus(
    doc: Document, items: list[_Item], op: dict, moved_out: list[_MovedOut]
) -> bool:
    """Replay an ``apparatus`` / ``unapparatus`` op (:mod:`drafter.corpus.apparatus_moves`):
    paragraphs taken out of ``items`` into ``doc.apparatus``, or put back from it: where
    an earlier op of this replay took them from (``moved_out``), a heading again a heading,
    so a move and its way back leave the outline as it was; else an editor's note before
    the text, any other part after the body, before the closing. False when the op's
    paragraph is not there."""
    if op.get("op") == "apparatus":
        i = _find(items, op)
        if i is None:
            return False
        end = len(items) if op.get("to_end") else i + 1
        taken = [item.text + item.ending if item.level else item.text for item in items[i:end]]
        if not add_to_part(doc.apparatus, str(op.get("part")), taken):
            return False
        after = items[end] if end < len(items) else None
        moved = list(items[i:end])
        moved_out.append(_MovedOut(str(op.get("part")), taken, moved, after, [False] * len(moved)))
        del items[i:end]  # a heading's paragraphs join the section before, as 不是标题
        return True
    texts = take_from_part(doc.apparatus, op)
    if texts is None:
        return False
    if _put_back(items, moved_out, str(op.get("part")), texts):
        return True
    if op.get("part") == "notes":
        items[0:0] = [_Item(t, "preamble") for t in texts]
    else:
        at = next((k for k, item in enumerate(items) if item.part == "closing"), len(items))
        items[at:at] = [_Item(t, "body") for t in texts]
    return True


def _index_of(items: list[_Item], item: _Item | None) -> int | None:
    """Where ``item`` itself (not an equal one) is in ``items``; len(items) for None."""
    if item is None:
        return len(items)
    return next((k for k, other in enumerate(items) if other is item), None)


def _put_back(items: list[_Item], moved_out: list[_MovedOut], part: str, texts: list[str]) -> bool:
    """Put ``texts``, taken back out of ``part``, where an earlier op of the replay took
    them from, before the item that followed them; False (nothing changed) when no such
    move holds them all or that item is gone (another op rewrote it)."""
    for move in reversed(moved_out):
        if move.part != part:
            continue
        picked: list[int] = []
        for text in texts:
            j = next(
                (
                    k
                    for k, t in enumerate(move.texts)
                    if t == text and not move.back[k] and k not in picked
                ),
                None,
            )
            if j is None:
                break
            picked.append(j)
        else:
            places = []
            for j in sorted(picked):
                later = [move.items[k] for k in range(j + 1, len(move.items)) if move.back[k]]
                anchor = later[0] if later else move.after
                if _index_of(items, anchor) is None:
                    return False
                places.append((j, anchor))
            for j, anchor in places:
                items.insert(_index_of(items, anchor), move.items[j])
                move.back[j] = True
            return True
    return False


def _make_body(items: list[_Item], i: int) -> None:
    item = items[i]
    if not item.level:
        return
    text = item.text
    if item.run_in and i + 1 < len(items) and not items[i + 1].level:
        text = text + (item.ending or _run_in_punct(text)) + items.pop(i + 1).text
    else:
        text += item.ending  # "加强领导。" stays whole, not "加强领导"
    items[i] = _Item(text, "body", was=item.was, was_label=item.was_label)


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
