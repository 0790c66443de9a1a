"""Character-level differences between two texts, cleaned up for people to read.

Chinese has no spaces to diff words by, so the unit is the character. A raw character
diff of an edited sentence is full of one-character "equal" islands (的, 和) between
changes, which read as noise in a redline; :func:`char_diff` folds such islands into
the change around them, as diff-match-patch's semantic cleanup does.
"""

from __future__ import annotations

from difflib import SequenceMatcher

# Equal runs this short between two changes are folded into the change.
_ISLAND = 1


def char_diff(old: str, new: str) -> list[tuple[str, str]]:
    """``[(op, text)]`` turning ``old`` into ``new``: ``op`` is ``"equal"``,
    ``"delete"`` (text only in old) or ``"insert"`` (text only in new). A replacement is
    a delete followed by an insert. Concatenating the equal and delete texts gives
    ``old``; the equal and insert texts give ``new``."""
    if old == new:
        return [("equal", old)] if old else []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    raw: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            raw.append(("equal", old[i1:i2]))
        else:
            if i2 > i1:
                raw.append(("delete", old[i1:i2]))
            if j2 > j1:
                raw.append(("insert", new[j1:j2]))
    return _cleanup(raw)


def _cleanup(ops: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Fold short equal islands between changes into the changes, then merge runs."""
    out = list(ops)
    changed = True
    while changed:
        changed = False
        for i in range(1, len(out) - 1):
            op, text = out[i]
            if op != "equal" or len(text) > _ISLAND:
                continue
            before, after = out[i - 1][0], out[i + 1][0]
            if before != "equal" and after != "equal":
                # delete X + insert X around the island: the island moves into both
                out[i : i + 1] = [("delete", text), ("insert", text)]
                changed = True
                break
        out = _merge(out)
    return out


def _merge(ops: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Adjacent runs of one kind merged; within a change, deletes before inserts."""
    result: list[tuple[str, str]] = []
    i = 0
    while i < len(ops):
        if ops[i][0] == "equal":
            text = ops[i][1]
            while i + 1 < len(ops) and ops[i + 1][0] == "equal":
                i += 1
                text += ops[i][1]
            if text:
                result.append(("equal", text))
            i += 1
            continue
        deleted, inserted = [], []
        while i < len(ops) and ops[i][0] != "equal":
            (deleted if ops[i][0] == "delete" else inserted).append(ops[i][1])
            i += 1
        if deleted:
            result.append(("delete", "".join(deleted)))
        if inserted:
            result.append(("insert", "".join(inserted)))
    return result


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0..1 (difflib's ratio; quick bounds first)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    m = SequenceMatcher(None, a, b, autojunk=False)
    if m.real_quick_ratio() < 0.3 or m.quick_ratio() < 0.3:
        return m.quick_ratio() * 0.5
    return m.ratio()


def counts(ops: list[tuple[str, str]]) -> tuple[int, int]:
    """``(characters inserted, characters deleted)`` of a diff."""
    added = sum(len(t) for op, t in ops if op == "insert")
    removed = sum(len(t) for op, t in ops if op == "delete")
    return added, removed


__all__ = ["char_diff", "counts", "similarity"]
