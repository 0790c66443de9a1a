"""Headings numbered by the writer's Word lists again, in a file written from their draft.

A draft opened from a Word file keeps the lists its headings were numbered with
(:mod:`drafter.drafts.source_lists`). Writing the draft back (the office head's 修订稿, a
清稿), :class:`WordLists` adds those list definitions to the new file's numbering part and,
once the body is built and marked, turns each such heading's typed number back into the
list's number (``w:numPr``): the writer's Word counts the headings again, and renumbers
them after the writer adds or moves one. A heading the head added among them takes its
siblings' list, so it is counted with them rather than typed in their middle.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from drafter.corpus.markers import match_marker
from drafter.corpus.readers.word_numbering import W_NS
from drafter.drafts.convert import BodyItem

# w:pPr children that come before w:numPr in the schema's order (CT_PPrBase)
_BEFORE_NUMPR = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr")
_BEFORE_NUMPR += ("w:widowControl",)


class WordLists:
    """The source's lists in a document being written: :meth:`ref` says which list an
    item is numbered by, :meth:`number` makes a built paragraph so numbered."""

    def __init__(self, document, draft) -> None:
        self._ids: dict[str, str] = {}  # the source's numId -> this document's
        if draft.source_lists:
            self._ids = _merge(document, draft.source_lists)
        self._sibling: dict[int, str] = {}  # id(node) -> a numbered sibling's list
        if self._ids:
            for parent in [draft.sections, *(n.children for t in draft.sections for n in t.walk())]:
                refs = [n.source_num for n in parent if n.source_num]
                for node in parent:
                    if refs and not node.unnumbered:
                        self._sibling[id(node)] = refs[0]

    def ref(self, item: BodyItem) -> tuple[str, str] | None:
        """(numId in this document, level) of the list that numbers ``item``'s heading or
        paragraph, None when it keeps its typed number."""
        if not self._ids:
            return None
        source = ""
        if item.node is not None and item.heading:
            source = item.node.source_num or self._sibling.get(id(item.node), "")
        elif item.paragraph is not None and item.kind == "paragraph":
            source = item.paragraph.source_num
        num_id, _, level = source.partition(":")
        new = self._ids.get(num_id)
        return (new, level or "0") if new else None

    def number(self, p: etree._Element, printed: str, ref: tuple[str, str]) -> bool:
        """Number paragraph ``p`` (printed as ``printed``) by list ``ref``: its typed number
        leaves the text (tracked changes around it and all), ``w:numPr`` comes in. False
        when the text opens with no number to take away (the writer deleted it)."""
        m = match_marker(printed)
        if m is None or not printed.startswith(m.text):
            return False
        count = len(m.text)
        count += len(printed[count:]) - len(printed[count:].lstrip())
        _drop_leading(p, count)
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = etree.Element(qn("w:pPr"))
            p.insert(0, ppr)
        num_pr = etree.Element(qn("w:numPr"))
        etree.SubElement(num_pr, qn("w:ilvl")).set(qn("w:val"), ref[1])
        etree.SubElement(num_pr, qn("w:numId")).set(qn("w:val"), ref[0])
        before = [el for el in ppr if el.tag in {qn(t) for t in _BEFORE_NUMPR}]
        if before:
            before[-1].addnext(num_pr)
        else:
            ppr.insert(0, num_pr)
        return True


def _drop_leading(p: etree._Element, count: int) -> None:
    """Take the first ``count`` characters of the text ``p`` shows off its runs; deleted
    text met before they are all taken (an old number a 修订稿 shows struck) goes too."""
    texts = [el for el in p.iter(qn("w:t"), qn("w:delText"))]
    for el in texts:
        if count <= 0:
            break
        text = el.text or ""
        if el.tag == qn("w:delText"):
            el.text = ""
        else:
            taken = min(count, len(text))
            el.text = text[taken:]
            count -= taken
        if not el.text:
            _drop_empty(el)


def _drop_empty(el: etree._Element) -> None:
    """Remove an emptied text's run, and the insertion or deletion it leaves empty."""
    run = el.getparent()
    if run is None or run.tag != qn("w:r"):
        return
    if any(c.tag not in (qn("w:rPr"), el.tag) for c in run):
        run.remove(el)
        return
    wrapper = run.getparent()
    wrapper.remove(run)
    if wrapper.tag in (qn("w:ins"), qn("w:del")) and not len(wrapper):
        wrapper.getparent().remove(wrapper)


def _numbering(document) -> etree._Element:
    """``document``'s numbering part's root, the part made when it has none (python-docx
    makes none itself)."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.oxml.parser import parse_xml
    from docx.parts.numbering import NumberingPart

    part = document.part
    try:
        return part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        element = parse_xml(f'<w:numbering xmlns:w="{W_NS}"/>'.encode())
        numbering = NumberingPart(
            PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING, element, part.package
        )
        part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)
        return element


def _merge(document, xml: str) -> dict[str, str]:
    """Add the lists of ``xml`` (a w:numbering element) to ``document``'s numbering part
    under fresh ids; returns the map from their numIds to the new ones."""
    source = etree.fromstring(xml)
    numbering = _numbering(document)
    abstract_ids = [
        int(a.get(qn("w:abstractNumId"), 0)) for a in numbering.iterfind(qn("w:abstractNum"))
    ]
    num_ids = [int(n.get(qn("w:numId"), 0)) for n in numbering.iterfind(qn("w:num"))]
    next_abstract = max(abstract_ids, default=-1) + 1
    next_num = max(num_ids, default=0) + 1
    abstracts: dict[str, str] = {}
    first_num = numbering.find(qn("w:num"))
    cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
    for abstract in source.iterfind(qn("w:abstractNum")):
        abstracts[abstract.get(qn("w:abstractNumId"))] = str(next_abstract)
        abstract.set(qn("w:abstractNumId"), str(next_abstract))
        next_abstract += 1
        if first_num is not None:
            first_num.addprevious(abstract)
        elif cleanup is not None:
            cleanup.addprevious(abstract)
        else:
            numbering.append(abstract)
    ids: dict[str, str] = {}
    for num in source.iterfind(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        target = abstracts.get(ref.get(qn("w:val")) if ref is not None else "")
        if target is None:
            continue
        ref.set(qn("w:val"), target)
        ids[num.get(qn("w:numId"))] = str(next_num)
        num.set(qn("w:numId"), str(next_num))
        next_num += 1
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            numbering.append(num)
    return ids


__all__ = ["WordLists"]
