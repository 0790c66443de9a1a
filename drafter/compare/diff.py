"""Compare two drafts: what changed in the outline, and in the text under each heading.

Matching comes first, because everything else follows from it. Headings are paired by
id when both drafts are versions of one draft (ids survive saves), then by equal words,
then by similar words (a rename); a pair whose parent or sibling order changed is a
move, whose depth changed a re-level. Numbers are never compared: a draft stores a
heading's words and derives its marker (一、 二、) from its position, so a section
renumbered only because another moved is not reported; the form of a marker is (第一、
written 第一， as the head's review asked: a ``marker`` change). Paragraphs are then aligned
under each pair of headings (and in the opening and closing) and a changed paragraph
gets a character diff.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from drafter.compare.changes import (
    CLOSING,
    OPENING,
    Comparison,
    HeaderChange,
    OutlineChange,
    ParagraphChange,
)
from drafter.compare.moved_headings import restore_moved_headings
from drafter.compare.textdiff import char_diff, similarity
from drafter.compare.tracked import mark_editors
from drafter.drafts.anchors import TITLE_FIELDS
from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.numbering import heading_text, markers

# Below this similarity two headings are not "the same heading renamed".
RENAME_THRESHOLD = 0.5
# Below this two paragraphs are a removal and an addition, not one changed paragraph.
CHANGE_THRESHOLD = 0.4
# At or above this a paragraph removed in one place and added in another is one moved
# (and reworded) paragraph; only paragraphs of some length, and only when the pairs to
# weigh are few (exactly equal paragraphs are paired however many).
MOVE_THRESHOLD = 0.8
_MOVE_MIN_CHARS = 20
_MOVE_PAIRS = 400
# How far (in headings or paragraphs) a rename or an edited paragraph is looked for.
_WINDOW = 40


def _norm(text: str) -> str:
    return "".join(text.split()).rstrip("。；;，,：:")


class _Tree:
    """Parent, depth, path and printed heading of every node of one draft."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.parent: dict[str, str | None] = {}
        self.depth: dict[str, int] = {}
        self.path: dict[str, list[str]] = {}
        self.order: list[DraftNode] = []
        self.children: dict[str | None, list[str]] = {}
        marks = markers(draft)
        self.marks = marks
        self.printed: dict[str, str] = {}

        def visit(nodes: list[DraftNode], parent: DraftNode | None, depth: int, path: list[str]):
            self.children[parent.id if parent else None] = [n.id for n in nodes]
            for n in nodes:
                self.parent[n.id] = parent.id if parent else None
                self.depth[n.id] = depth
                self.path[n.id] = [*path, n.heading.strip()]
                self.printed[n.id] = heading_text(draft, n, marks) or n.heading.strip()
                self.order.append(n)
                visit(n.children, n, depth + 1, self.path[n.id])

        visit(draft.sections, None, 1, [])


_NUMBER = re.compile(r"[0-9０-９]+|[一二三四五六七八九十百零〇两]+|首先|其次|再次|此外|然后|最后")


def _marker_form(mark: str) -> str:
    """A heading marker without its number (第一、 and 第三、 alike, 首先， and 其次， too):
    what the writer chose, not where the heading stands."""
    return _NUMBER.sub("N", mark.strip())


def _match_nodes(old: _Tree, new: _Tree) -> dict[str, str]:
    """old id -> new id: by shared id, then equal words, then similar words."""
    pairs: dict[str, str] = {}
    used: set[str] = set()
    new_ids = {n.id for n in new.order}
    for n in old.order:
        if n.id in new_ids:
            pairs[n.id] = n.id
            used.add(n.id)
    by_words: dict[str, list[str]] = {}
    for n in new.order:
        if n.id not in used:
            by_words.setdefault(_norm(n.heading), []).append(n.id)
    for n in old.order:
        if n.id in pairs:
            continue
        candidates = [c for c in by_words.get(_norm(n.heading), []) if c not in used]
        if candidates:
            # several equal headings: the one under the matched parent, else the first
            parent_new = pairs.get(old.parent[n.id] or "")
            best = next((c for c in candidates if new.parent[c] == parent_new), candidates[0])
            pairs[n.id] = best
            used.add(best)
    # renames: similar words, preferring the same matched parent and position
    left_old = [n for n in old.order if n.id not in pairs]
    left_new = [n for n in new.order if n.id not in used]
    scored = []
    under: dict[str | None, list[DraftNode]] = {}
    for b in left_new:
        under.setdefault(new.parent[b.id], []).append(b)
    for i, a in enumerate(left_old):
        parent_new = pairs.get(old.parent[a.id] or "")
        # candidates: the new headings under the matched parent, and those near the same
        # place in reading order (two unrelated long reports stay linear, not quadratic)
        at = round(i * len(left_new) / max(len(left_old), 1))
        near = left_new[max(0, at - _WINDOW) : at + _WINDOW]
        seen: set[str] = set()
        candidates = []
        for b in (under.get(parent_new, []) if parent_new is not None else []) + near:
            if b.id not in seen:
                seen.add(b.id)
                candidates.append(b)
        grams_a = _bigrams(a.heading)
        for b in candidates:
            grams_b = _bigrams(b.heading)
            shared = len(grams_a & grams_b)
            if shared * 4 < min(len(grams_a), len(grams_b)):
                continue  # under a quarter of the character pairs in common: not a rename
            s = similarity(_norm(a.heading), _norm(b.heading))
            same_place = new.parent[b.id] == parent_new
            if same_place and old.depth[a.id] == new.depth[b.id]:
                s += 0.15  # the same slot: a reworded heading, not a new one
            if s >= RENAME_THRESHOLD:
                scored.append((s, a.id, b.id))
    for _s, a, b in sorted(scored, key=lambda t: -t[0]):
        if a not in pairs and b not in used:
            pairs[a] = b
            used.add(b)
    return pairs


def _bigrams(text: str) -> set[str]:
    """Character pairs of a heading: a set test far cheaper than a sequence match."""
    t = _norm(text)
    return {t[i : i + 2] for i in range(len(t) - 1)} or {t}


def _moved_in_order(old_ids: list[str], new_ids: list[str]) -> set[str]:
    """Ids (new side) of siblings that left the longest common order: the moved ones."""
    matcher = SequenceMatcher(None, old_ids, new_ids, autojunk=False)
    kept = set()
    for block in matcher.get_matching_blocks():
        kept.update(new_ids[block.b : block.b + block.size])
    return {i for i in new_ids if i not in kept}


def _outline_changes(old: _Tree, new: _Tree, pairs: dict[str, str]) -> list[OutlineChange]:
    back = {v: k for k, v in pairs.items()}
    changes: list[OutlineChange] = []
    # siblings reordered under the same parent
    moved_in_order: set[str] = set()
    for new_parent, kids in new.children.items():
        old_parent = back.get(new_parent) if new_parent else None
        if new_parent is not None and old_parent is None:
            continue
        old_kids = [pairs[k] for k in old.children.get(old_parent, []) if k in pairs]
        same = [k for k in kids if k in back and old.parent[back[k]] == old_parent]
        old_same = [k for k in old_kids if k in same]
        moved_in_order |= _moved_in_order(old_same, same)
    for n in new.order:
        nid = n.id
        if nid not in back:
            changes.append(
                OutlineChange(
                    "add", None, new.printed[nid], new.path[nid], None, nid, 0, new.depth[nid]
                )
            )
            continue
        oid = back[nid]
        common = dict(
            old=old.printed[oid],
            new=new.printed[nid],
            path=new.path[nid],
            old_id=oid,
            new_id=nid,
            old_level=old.depth[oid],
            new_level=new.depth[nid],
        )
        old_parent = old.parent[oid]
        moved = pairs.get(old_parent or "") != new.parent[nid] or nid in moved_in_order
        if moved:
            changes.append(OutlineChange("move", **common))
        if old.depth[oid] != new.depth[nid]:
            changes.append(OutlineChange("level", **common))
        if _norm(old.draft.find(oid).heading) != _norm(n.heading):
            changes.append(OutlineChange("rename", **common))
        old_mark, new_mark = old.marks.get(oid, ""), new.marks.get(nid, "")
        # a heading moved or re-levelled is numbered in the style of where it went
        if (
            not moved
            and old.depth[oid] == new.depth[nid]
            and (_marker_form(old_mark) != _marker_form(new_mark))
        ):
            changes.append(
                OutlineChange("marker", old_marker=old_mark, new_marker=new_mark, **common)
            )
    for n in old.order:
        if n.id not in pairs:
            changes.append(
                OutlineChange(
                    "remove", old.printed[n.id], None, old.path[n.id], n.id, None, old.depth[n.id]
                )
            )
    return changes


def _align(
    old: list[DraftParagraph], new: list[DraftParagraph]
) -> list[tuple[DraftParagraph | None, DraftParagraph | None]]:
    """Pairs of paragraphs in order: (old, new) for the same or a changed paragraph,
    (old, None) removed, (None, new) added."""
    old = [p for p in old if p.text.strip()]
    new = [p for p in new if p.text.strip()]
    a = [_norm(p.text) for p in old]
    b = [_norm(p.text) for p in new]
    out: list[tuple[DraftParagraph | None, DraftParagraph | None]] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(zip(old[i1:i2], new[j1:j2]))
            continue
        out.extend(_pair_block(old[i1:i2], new[j1:j2]))
    return out


def _pair_block(old: list[DraftParagraph], new: list[DraftParagraph]):
    """Within a block that differs: pair each new paragraph with the most similar old
    one after the last paired (order kept); the rest are removals and additions."""
    out = []
    i = 0
    for q in new:
        best, best_k = 0.0, -1
        for k in range(i, min(len(old), i + _WINDOW)):
            s = similarity(_norm(old[k].text), _norm(q.text))
            if s > best:
                best, best_k = s, k
        if best >= CHANGE_THRESHOLD:
            out.extend((p, None) for p in old[i:best_k])
            out.append((old[best_k], q))
            i = best_k + 1
        else:
            out.append((None, q))
    out.extend((p, None) for p in old[i:])
    # removals read best before the additions they sit among
    return out


def _paragraph_changes(
    old_paras: list[DraftParagraph],
    new_paras: list[DraftParagraph],
    path: list[str],
    node_id: str | None,
    para_map: dict[str, str],
    old_node_id: str | None = None,
    old_path: list[str] | None = None,
) -> list[ParagraphChange]:
    out = []
    for p, q in _align(old_paras, new_paras):
        if p is not None and q is not None:
            para_map[p.id] = q.id
            if _norm(p.text) == _norm(q.text):
                continue
            diff = char_diff(p.text.strip(), q.text.strip())
            out.append(
                ParagraphChange(
                    "change", path, p.text.strip(), q.text.strip(), diff, p.id, q.id, node_id
                )
            )
        elif p is not None:
            out.append(
                ParagraphChange(
                    "remove",
                    path,
                    p.text.strip(),
                    None,
                    [],
                    p.id,
                    None,
                    node_id,
                    list(path if old_path is None else old_path),
                    old_node_id,
                )
            )
        elif q is not None:
            out.append(ParagraphChange("add", path, None, q.text.strip(), [], None, q.id, node_id))
    return out


def compare_drafts(old: Draft, new: Draft) -> Comparison:
    """Everything that changed from ``old`` to ``new`` (see the module docstring). A
    paragraph that is, marker and words, a heading of the other side is read as that
    heading first (:func:`~drafter.compare.moved_headings.restore_moved_headings`): the
    comparison's ``old`` and ``new`` are then copies with it restored."""
    old, new = restore_moved_headings(old, new)
    old_tree, new_tree = _Tree(old), _Tree(new)
    pairs = _match_nodes(old_tree, new_tree)
    outline = _outline_changes(old_tree, new_tree, pairs)
    para_map: dict[str, str] = {}
    paragraphs = _paragraph_changes(old.opening, new.opening, [OPENING], None, para_map)
    back = {v: k for k, v in pairs.items()}
    for n in new_tree.order:
        o = old.find(back[n.id]) if n.id in back else None
        paragraphs += _paragraph_changes(
            o.paragraphs if o else [],
            n.paragraphs,
            new_tree.path[n.id],
            n.id,
            para_map,
            o.id if o else None,
            old_tree.path[o.id] if o else None,
        )
    for n in old_tree.order:
        if n.id not in pairs:
            paragraphs += _paragraph_changes(
                n.paragraphs, [], old_tree.path[n.id], None, para_map, n.id
            )
    paragraphs += _paragraph_changes(old.closing, new.closing, [CLOSING], None, para_map)
    paragraphs = _paired_moves(paragraphs)
    out = Comparison(old, new, outline, paragraphs, pairs, para_map, header_changes(old, new))
    out.tracked = mark_editors(out)  # whose edit each change is, when the writer tracked it
    return out


def _paired_moves(changes: list[ParagraphChange]) -> list[ParagraphChange]:
    """A paragraph removed in one place and added in another, the same words (spaces and
    the closing stop aside) or nearly (:data:`MOVE_THRESHOLD`, when there are few to weigh),
    is one ``"move"``, standing where it was added: the report said 删除段落 under one
    heading and 新增段落 under another, 328 字 added and 328 removed, and the head had to
    find for himself that the two were one paragraph moved."""
    removed = [c for c in changes if c.op == "remove"]
    added = [c for c in changes if c.op == "add"]
    if not removed or not added:
        return changes
    by_text: dict[str, list[ParagraphChange]] = {}
    for r in removed:
        by_text.setdefault(_norm(r.old or ""), []).append(r)
    source: dict[int, ParagraphChange] = {}  # id(added) -> the removal it is
    used: set[int] = set()
    for a in added:
        same = [r for r in by_text.get(_norm(a.new or ""), []) if id(r) not in used]
        if same and _norm(a.new or ""):
            source[id(a)] = same[0]
            used.add(id(same[0]))
    left_r = [r for r in removed if id(r) not in used]
    left_a = [a for a in added if id(a) not in source]
    if len(left_r) * len(left_a) <= _MOVE_PAIRS:
        scored = []
        for a in left_a:
            for r in left_r:
                if min(len(a.new or ""), len(r.old or "")) < _MOVE_MIN_CHARS:
                    continue
                s = similarity(_norm(r.old or ""), _norm(a.new or ""))
                if s >= MOVE_THRESHOLD:
                    scored.append((s, id(a), r))
        for _s, a_id, r in sorted(scored, key=lambda t: -t[0]):
            if a_id not in source and id(r) not in used:
                source[a_id] = r
                used.add(id(r))
    out = []
    for c in changes:
        if c.op == "remove" and id(c) in used:
            continue
        r = source.get(id(c)) if c.op == "add" else None
        if r is None:
            out.append(c)
            continue
        old, new = r.old or "", c.new or ""
        diff = [] if _norm(old) == _norm(new) else char_diff(old, new)
        out.append(
            ParagraphChange(
                "move",
                c.path,
                old,
                new,
                diff,
                r.old_id,
                c.new_id,
                c.node_id,
                list(r.old_path or r.path),
                r.old_node_id,
            )
        )
    return out


def header_changes(old: Draft, new: Draft) -> list[HeaderChange]:
    """The title-block fields written differently in ``new`` (spaces aside), in the order
    the title block shows them: the staff's draft with a new date or speaker compared as
    两稿内容相同, and its 修订稿 showed the change unmarked."""
    out = []
    for name, label in TITLE_FIELDS:
        before = str(getattr(old.meta, name, "") or "").strip()
        after = str(getattr(new.meta, name, "") or "").strip()
        if "".join(before.split()) != "".join(after.split()):
            out.append(HeaderChange(name, label, before, after))
    return out


__all__ = ["compare_drafts", "header_changes"]
