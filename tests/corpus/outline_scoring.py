"""Scoring an outline against a hand-written expectation (shared by the gold and unseen tests
and bench/outline_quality.py, so the benchmark reports what the tests assert on)."""

from __future__ import annotations

import json
import re

from drafter.corpus.closing import closing_words

_IGNORED = re.compile(r"\[\d+\]|[\s\u3000]+")


def f1(expected: set, found: set) -> float:
    """F1 of two sets of headings; two empty sets agree perfectly."""
    if not expected and not found:
        return 1.0
    hits = len(expected & found)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def norm_heading(text: str) -> str:
    """A heading as compared: spaced characters (结　论) and note marks ([3]) do not count."""
    return _IGNORED.sub("", text)


def heading_set(sections: list, max_level: int = 2) -> set[tuple[int, str]]:
    """(level, marker + heading) of every heading down to ``max_level``; ``sections`` are
    gold-file dicts or :class:`~drafter.corpus.model.Section` objects."""
    out: set[tuple[int, str]] = set()

    def visit(s) -> None:
        d = s if isinstance(s, dict) else s.to_json()
        if d["level"] <= max_level:
            out.add((d["level"], norm_heading(d["marker"] + d["heading"])))
        for child in d.get("children", []):
            visit(child)

    for s in sections:
        visit(s)
    return out


def _squash(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text or "")


def closing_right(
    gold: dict,
    closing: list[str],
    paragraphs: list[str] | None = None,
    source_text: str | None = None,
) -> bool | None:
    """Whether the closing found starts where the gold's ``"closing"`` says, or is absent when
    the gold has none; None for a gold file without the field.

    The gold names the closing by its first characters, which a report repeats (each
    unnumbered part after the last heading may open with 各位代表！). Where the gold also
    records its line in the source (``"closing_line"``) and the caller passes the document's
    ``paragraphs`` in reading order (the closing is their tail) and the ``source_text``, the
    closing must start at that very paragraph; otherwise its first characters decide."""
    if "closing" not in gold:
        return None
    want = gold["closing"]
    if want is None:
        return not closing
    closing = closing[closing_words(closing) :]  # a 结束语 label line titles the closing
    if not closing or not _squash(closing[0]).startswith(_squash(want)):
        return False
    if paragraphs is None or source_text is None:
        return True
    at = gold_closing_index(gold, paragraphs, source_text)
    return True if at is None else at == len(paragraphs) - len(closing)


def gold_closing_index(gold: dict, paragraphs: list[str], source_text: str) -> int | None:
    """Which of ``paragraphs`` is the gold's closing line: the paragraph starting with the
    gold's first characters that stands as far from the end, among those that do, as the
    ``"closing_line"`` does among the source's lines (paragraphs and lines are counted from
    the end because the title, notes and opening above differ between the two); None when
    the gold records no line or the text does not hold it."""
    line, want = gold.get("closing_line"), _squash(gold.get("closing"))
    if not line or not want:
        return None
    lines = source_text.split("\n")[line - 1 :]
    rank = sum(1 for t in lines if _squash(t).lstrip(">*").startswith(want))
    hits = [i for i, t in enumerate(paragraphs) if _squash(t).startswith(want)]
    return hits[-rank] if 0 < rank <= len(hits) else None


_LABEL = re.compile(r"^【[^】]{0,6}】|^【?编者按[:：]?|^【|^(来源|出处)[:：]?")


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# a circled note mark left in the text: after a word, a figure or a closing mark (…的决议①。);
# not a list's numeral (：①…；②…) nor a lacking character (硫＠①)
_CIRCLED_MARK = re.compile(
    rf"(?<=[A-Za-z0-9０-９\u4e00-\u9fff。，！？”’」』》）)\]%％])([{_CIRCLED}])(?=([，。；：！？、”’」』）)\s]|$)?)"
)


def _circled_mark_in(text: str) -> bool:
    """Whether ``text`` holds a circled note mark: one before a stop, or one with no
    numeral next to it in the paragraph (a list numbers ① ② …)."""
    for m in _CIRCLED_MARK.finditer(text):
        k = _CIRCLED.index(m.group(1))
        near = any(0 <= j < len(_CIRCLED) and _CIRCLED[j] in text for j in (k - 1, k + 1))
        if m.group(2) is not None or not near:
            return True
    return False


def apparatus_in_body(gold: dict, texts: list[str]) -> list[dict]:
    """The gold's ``"apparatus"`` items still found among ``texts`` (the paragraphs, headings
    and title of the outline): chrome and endnote labels as whole lines, ``[n]`` marks
    anywhere, circled marks (①) where a note mark stands, the rest by their first characters."""
    left = []
    squashed = [_squash(t) for t in texts]
    for item in gold.get("apparatus", []):
        kind, first = item["kind"], _squash(item["first"])
        if kind == "marks" and first[:1] in _CIRCLED:
            hit = any(_circled_mark_in(t) for t in texts)
        elif kind == "marks":
            hit = any(re.search(r"\[\d+\]", t) for t in texts)
        elif kind == "endnotes":
            hit = any(s == first or re.match(r"\[\d+\]", s) for s in squashed)
        elif kind == "chrome":
            hit = first in squashed
        else:
            hit = bool(first) and any(first in s for s in squashed)
        if hit:
            left.append(item)
    return left


def apparatus_kept(gold: dict, apparatus: dict) -> tuple[int, int]:
    """(kept, expected): of the gold's notes, endnotes, source lines, appendices and
    comments, how many the document keeps (``apparatus``: its apparatus JSON, plus anything
    else it keeps them in, such as the metadata's source); chrome and marks are dropped.
    An item is found by its first five characters after any label (【导  读】, 编者按：), by
    the label itself where the gold's line is nothing else (【参考资料】 over an appendix; a
    label alone over notes, 编者按：, counts when the document keeps notes, as endnotes do),
    and without the bracket a source line is written in (（《…选集》…）, kept as 《…选集》…)."""
    blob = _squash(json.dumps(apparatus, ensure_ascii=False)).replace("【", "").replace("】", "")
    kept = expected = 0
    for item in gold.get("apparatus", []):
        if item["kind"] in ("marks", "chrome"):
            continue
        expected += 1
        first = _squash(item["first"])
        # the first characters after a label; a line that is all label (【参考资料】) by the
        # label's words; a source line by its words, not the brackets around it
        key = (_LABEL.sub("", first) or first.strip("【】")).lstrip("（(")[:5]
        # a label line alone (编者按：) names no words of its own: its kind's text kept
        label_only = not _LABEL.sub("", first) and item["kind"] in ("notes", "appendix")
        if (
            (item["kind"] == "endnotes" and apparatus.get("endnotes"))
            or (label_only and apparatus.get(item["kind"]))
            or (key and key in blob)
        ):
            kept += 1
    return kept, expected
