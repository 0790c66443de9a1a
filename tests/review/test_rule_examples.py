"""Every rule's own examples (LanguageTool style): each must-fire example is flagged by
that rule exactly at the marked span, each near miss is left alone by it."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from drafter.library.library import Library
from drafter.review import ReviewConfig, all_rules, review_document, review_draft
from drafter.review.reuse import ReuseIndex
from drafter.review.text import document_from_lines, draft_from_lines, from_draft

RULES = all_rules()


def _unmark(text: str) -> tuple[list[str], list[tuple[int, str]]]:
    """Lines without the «» marks, and (line number, marked text) of each mark."""
    lines, marks = [], []
    for no, line in enumerate(text.split("\n")):
        while "«" in line:
            a = line.index("«")
            b = line.index("»", a)
            marks.append((no, a, line[a + 1 : b]))
            line = line[:a] + line[a + 1 : b] + line[b + 1 :]
        lines.append(line)
    return lines, marks


def _review(
    rule_id: str,
    lines: list[str],
    date: str | None,
    source: str | None = None,
    tmp=None,
    draft=False,
):
    cfg = ReviewConfig(disabled={r.id for r in RULES if r.id != rule_id})
    if draft:
        d = draft_from_lines(lines, date or "2026-03-02")
        return _DraftDoc(from_draft(d)), review_draft(d, cfg).findings
    doc = document_from_lines(lines, date=date)
    if source is None:
        return doc, review_document(doc, cfg).findings
    with _library(tmp, source) as index:
        return doc, review_document(doc, cfg, reuse=index).findings


class _DraftDoc:
    """The draft's paragraphs as the review numbers them, in Document.paragraphs() shape."""

    def __init__(self, text):
        self._paras = text.paras

    def paragraphs(self):
        return self._paras


@contextmanager
def _library(tmp, source: str):
    """A real throwaway library holding one document, and its reuse index."""
    (tmp / "src").mkdir()
    (tmp / "src" / "old.txt").write_text(source, encoding="utf-8")
    lib = Library.open(tmp / "lib", workers=1)
    for _ in lib.add([tmp / "src" / "old.txt"]):
        pass
    index = ReuseIndex.open(lib)
    index.ensure()
    try:
        yield index
    finally:
        index.close()
        lib.close()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_examples(rule):
    assert rule.fires, f"{rule.id} has no must-fire example"
    assert rule.passes, f"{rule.id} has no must-not-fire example"


def _examples(kind: str) -> list:
    """Every rule's must-fire (``fires``) or must-not-fire (``passes``) examples as
    (rule, example) cases, named by the rule id and the example's first words."""
    return [pytest.param(r, e, id=f"{r.id}-{e.text[:20]}") for r in RULES for e in getattr(r, kind)]


@pytest.mark.parametrize("rule,example", _examples("fires"))
def test_fires(rule, example, tmp_path):
    lines, marks = _unmark(example.text)
    assert marks, "a must-fire example marks its span with «»"
    doc, findings = _review(rule.id, lines, example.date, example.source, tmp_path, example.draft)
    paras = doc.paragraphs()
    got = {(f.paragraph, f.start, f.end) for f in findings}
    for f in findings:
        assert paras[f.paragraph].text[f.start : f.end] == f.text
    for line_no, col, marked in marks:
        raw = lines[line_no]
        line = raw.strip().lstrip("# ")
        col -= len(raw) - len(raw.lstrip().lstrip("# "))
        wants = []  # a line may occur twice (reuse.repeated flags the second copy)
        for p in paras:  # the paragraph this line became, and the mark's offset in it
            if p.text.endswith(line):
                off = len(p.text) - len(line) + col
            elif line.startswith(p.text) or line in p.text:
                off = p.text.find(line) + col if line in p.text else col
            elif p.text in line:
                off = col - line.index(p.text)
            else:
                continue
            if p.text[off : off + len(marked)] == marked:
                wants.append((p.index, off, off + len(marked)))
        assert wants, f"marked text {marked!r} not found in the document"
        assert any(want in got for want in wants), (
            f"{rule.id} did not flag {marked!r}; got {[(f.text, f.message) for f in findings]}"
        )
        if example.suggestion is not None:
            f = next(f for f in findings if (f.paragraph, f.start, f.end) in wants)
            assert f.suggestion == example.suggestion


@pytest.mark.parametrize("rule,example", _examples("passes"))
def test_passes(rule, example, tmp_path):
    lines, _ = _unmark(example.text)
    _doc, findings = _review(rule.id, lines, example.date, example.source, tmp_path, example.draft)
    assert not findings, [(f.text, f.message) for f in findings]
