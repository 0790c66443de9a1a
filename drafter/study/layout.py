"""Where each section of a document sits in its paragraph list.

Every study pass needs the same map: for a section, the index of its heading paragraph,
its own paragraphs, its children and the paragraph range of its whole subtree. Indexes
are those of :meth:`Document.paragraphs`, the address the reader and library use.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from drafter.corpus.articles import article_start
from drafter.corpus.closing import before_appendix
from drafter.corpus.model import Document, Section


@dataclass
class Node:
    """One section with its addresses. ``end`` is one past the subtree's last paragraph.
    ``own`` are the section's paragraphs before its children, ``after`` its own text after
    them (:attr:`Section.after`: a report part's review after its points 一是…六是), which
    the part's 字数 counts and no point's does."""

    section: Section
    parent: Node | None
    depth: int
    heading: int
    own: list[int] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    end: int = 0
    after: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The section's heading text, as the structure map and exercises show it."""
        return self.section.label


# A number a frame can have (两, 三 … or 一 with a counter, as in “坚持一个原则”; “3个100万”).
_FIGURE = re.compile("[0-9０-９]")
_NUMBERED = re.compile('[二三四五六七八九十两]|一[个种条项点]|[“"‘][0-9]{1,2}[个项条件大种]')


def not_after(chars: str, first: str) -> str:
    """A regex for one character of the class ``first`` not preceded by any of ``chars``
    (the body of a ``[...]`` class): the same matches as ``(?<![chars])first``, written with
    the class first. A pattern that opens with a lookbehind makes the regex engine try it at
    every position of a paragraph; one that opens with a class lets it skip to the characters
    that can start a match, and mining scans millions of characters with a dozen of these.
    (The lookbehind sees two characters, the last being the one just matched, so it refuses
    exactly what the leading one refused; at the start of the text both let it through.)"""
    return f"{first}(?<![{chars}]{first})"


def not_after_any(chars: str, alternatives: list[str]) -> str:
    """A regex for the first of ``alternatives`` (words of plain characters, no regex syntax;
    tried in the order given) that
    stands where ``(?<![chars])`` lets it: the same matches as
    ``(?<![chars])(?:a|b|…)``, each alternative written with its first character first (see
    :func:`not_after`), so the regex engine skips to the characters that can start one
    instead of trying the lookbehind at every position."""
    return "(?:" + "|".join(not_after(chars, a[0]) + a[1:] for a in alternatives) + ")"


def not_after_any_gate(chars: str, alternatives: list[str]) -> str:
    """A regex that matches wherever :func:`not_after_any` (same arguments) does: any first
    character of the alternatives, then any second one, as two classes. A long alternation
    (a lexicon of formulas) is tried branch by branch at every numeral of a text; this one
    costs one class test there, so as :meth:`Layout.sparse_hits`'s gate it picks the few
    paragraphs the alternation need be run in."""
    firsts = "".join(sorted({re.escape(a[0]) for a in alternatives}))
    if any(len(a) < 2 for a in alternatives):
        return not_after(chars, f"[{firsts}]")
    seconds = "".join(sorted({re.escape(a[1]) for a in alternatives}))
    return not_after(chars, f"[{firsts}]") + f"[{seconds}]"


@dataclass
class Layout:
    """The paragraphs of a document and the section tree over them. ``title`` and ``genre``
    (what the title names, ``Metadata.genre``) tell a regulation (法规: …条例/办法/规定/细则/解释),
    a text of provisions the study reads apart from a talk.

    ``paragraphs`` are the speech the study analyses: the opening, the sections and the
    closing. An appendix the outline keeps after the closing (附件：… / 附表 / 附录：…, see
    :func:`drafter.corpus.closing.before_appendix`) is no word of the talk: its paragraphs are
    in ``appendix`` (numbered on after the last of ``paragraphs``, as
    :meth:`Document.paragraphs` numbers them), for the views that show the whole text, and no
    pass finds a frame, a roadmap, a transition or a part of the closing in them."""

    paragraphs: list[Para]
    roots: list[Node]
    preamble: list[int]
    closing: list[int]
    by_paragraph: dict[int, Node]
    genre: str | None = None
    title: str | None = None
    appendix: list[Para] = field(default_factory=list)
    _numbered: list[Para] | None = field(default=None, repr=False, compare=False)
    _articles: tuple[int | None] | None = field(default=None, repr=False, compare=False)
    _figured: list[Para] | None = field(default=None, repr=False, compare=False)
    _joined: tuple[str, list[int]] | None = field(default=None, repr=False, compare=False)

    def first_article(self) -> int | None:
        """The paragraph the articles begin at when the text is made of them (a law, a
        regulation, a 办法: 第一条 第二条 …), by the outline's own reading
        (:func:`drafter.corpus.articles.article_start`, articles set as a law sets them); None
        for a speech, even one that quotes or lists rules. Such a text lists provisions, not the parts of a talk, and opens
        with its purpose clause, not with a speaker's opening."""
        if self._articles is None:
            self._articles = (article_start([p.text for p in self.paragraphs], as_law=True)[0],)
        return self._articles[0]

    def hits(self, rx: re.Pattern, needs: str = "") -> Iterator[tuple[Para, re.Match]]:
        """Every match of ``rx`` as (paragraph, match), searched only in the paragraphs that
        hold a number of two or more (or 一 with a counter): what every frame pattern needs,
        and mining runs a dozen of them over thousands of long documents whose paragraphs
        mostly hold none, so the paragraphs are picked once per document. ``needs``: a
        character every match of ``rx`` holds (朵, 条), so a paragraph without it is skipped
        unsearched."""
        if self._numbered is None:
            self._numbered = [p for p in self.paragraphs if _NUMBERED.search(p.text)]
        for para in self._numbered:
            if needs and needs not in para.text:
                continue
            for m in rx.finditer(para.text):
                yield para, m

    def sparse_hits(
        self, rx: re.Pattern, needs: str = "", gate: re.Pattern | None = None
    ) -> Iterator[tuple[Para, re.Match]]:
        """The same as :meth:`hits`, for a pattern most paragraphs do not match: one search
        over the numbered paragraphs joined by newlines finds the next paragraph that may
        match, and the paragraphs before it are skipped unsearched (a paragraph matching
        alone matches there too, so no search of the joined text passes over it). Only for a
        pattern with no anchor (^ $ \\A \\Z \\b) and no negative lookaround a newline
        would fail: at a paragraph's edge the newline must let through whatever the edge
        of the text lets through.

        ``gate``: a pattern that matches (under the same conditions) every paragraph ``rx``
        matches, searched over the joined text instead of ``rx`` when ``rx`` opens with what
        the regex engine must try at every position (a run of any characters before the
        number); ``rx`` then runs only in the paragraphs the gate picks. Without a gate, a
        ``needs`` character picks the paragraphs by a substring test, cheaper than any
        joined search (字 stands in one numbered paragraph in a hundred)."""
        numbered = self._numbered_list()
        if needs and gate is None:
            picked: Iterator[Para] = (p for p in numbered if needs in p.text)
        else:
            picked = (numbered[at] for at in self._may_match(gate or rx))
        for para in picked:
            if not needs or needs in para.text:
                for m in rx.finditer(para.text):
                    yield para, m

    def numbered_matching(self, patterns: tuple[re.Pattern, ...]) -> list[Para]:
        """The numbered paragraphs (those :meth:`hits` searches) that one of ``patterns`` may
        match, in reading order: every one that does, found as :meth:`sparse_hits` finds
        them (the same conditions on the patterns; a pattern may be a gate standing for
        another, see :meth:`sparse_hits`)."""
        numbered = self._numbered_list()
        picked: set[int] = set()
        for rx in patterns:
            picked.update(self._may_match(rx))
        return [numbered[at] for at in sorted(picked)]

    def _numbered_list(self) -> list[Para]:
        if self._numbered is None:
            self._numbered = [p for p in self.paragraphs if _NUMBERED.search(p.text)]
        return self._numbered

    def _may_match(self, rx: re.Pattern) -> Iterator[int]:
        """The positions in the numbered paragraphs of those ``rx`` may match alone (a
        superset of those it does), by searches of their text joined by newlines."""
        numbered = self._numbered_list()
        if self._joined is None:
            starts, pos = [], 0
            for p in numbered:
                starts.append(pos)
                pos += len(p.text) + 1
            self._joined = ("\n".join(p.text for p in numbered), starts)
        joined, starts = self._joined
        at, count = 0, len(starts)
        while at < count:
            found = rx.search(joined, starts[at])
            if found is None:
                return
            at = max(at, bisect.bisect_right(starts, found.start()) - 1)
            yield at
            at += 1

    def figured(self) -> list[Para]:
        """The paragraphs that hold a figure (0-9, full width too), picked once per document:
        every pattern of a count written in figures needs one, and most paragraphs of a
        speech hold none."""
        if self._figured is None:
            self._figured = [p for p in self.paragraphs if _FIGURE.search(p.text)]
        return self._figured

    def nodes(self) -> list[Node]:
        """Every section node, depth first in reading order."""
        out: list[Node] = []

        def visit(node: Node) -> None:
            out.append(node)
            for child in node.children:
                visit(child)

        for root in self.roots:
            visit(root)
        return out

    def siblings_of(self, node: Node | None) -> list[Node]:
        """The children of ``node`` (the top-level sections for ``None``)."""
        return self.roots if node is None else node.children


@dataclass(frozen=True)
class Para:
    """What the study passes need of a paragraph (the same index, text, heading flag and
    part as :class:`~drafter.corpus.model.Paragraph`, without the heading path, which
    mining over thousands of documents would build for nothing)."""

    index: int
    text: str
    is_heading: bool
    part: str
    ending: str = ""  # a heading's closing punctuation, which 字数 counts (Paragraph.ending)


def layout(doc: Document) -> Layout:
    """Map ``doc``'s outline onto its paragraph indexes (same walk as Document.paragraphs)."""
    paragraphs = _paragraphs(doc)
    pos = len(doc.outline.preamble)
    by_paragraph: dict[int, Node] = {}

    def visit(section: Section, parent: Node | None, depth: int) -> Node:
        nonlocal pos
        node = Node(section, parent, depth, pos)
        by_paragraph[pos] = node
        pos += 1
        for _ in section.paragraphs:
            node.own.append(pos)
            by_paragraph[pos] = node
            pos += 1
        for child in section.children:
            node.children.append(visit(child, node, depth + 1))
        for _ in section.after:
            node.after.append(pos)
            by_paragraph[pos] = node
            pos += 1
        node.end = pos
        return node

    roots = [visit(s, None, 1) for s in doc.outline.sections]
    preamble = list(range(len(doc.outline.preamble)))
    own = before_appendix(doc.outline.closing)  # the closing's own paragraphs, then any appendix
    closing = list(range(pos, pos + own))
    appendix = [Para(p.index, p.text, False, "appendix") for p in paragraphs[pos + own :]]
    del paragraphs[pos + own :]
    meta = doc.metadata
    return Layout(
        paragraphs, roots, preamble, closing, by_paragraph, meta.genre, meta.title, appendix
    )


def _paragraphs(doc: Document) -> list[Para]:
    """Document.paragraphs() in the same order, lighter."""
    out: list[Para] = []
    for text in doc.outline.preamble:
        out.append(Para(len(out), text, False, "preamble"))

    def visit(section: Section) -> None:
        out.append(Para(len(out), section.label, True, "body", section.ending))
        for text in section.paragraphs:
            out.append(Para(len(out), text, False, "body"))
        for child in section.children:
            visit(child)
        for text in section.after:
            out.append(Para(len(out), text, False, "body"))

    for section in doc.outline.sections:
        visit(section)
    for text in doc.outline.closing:
        out.append(Para(len(out), text, False, "closing"))
    return out
