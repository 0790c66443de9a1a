"""The Word lists a draft's headings were numbered with, taken from the file it was opened from.

A writer's 一、 and 1. are often Word's automatic numbering (``w:numPr``), not typed. The
reader prints the number into the text; a file written back from the draft (the office
head's 修订稿, a 清稿) typed it there, and the writer's Word no longer renumbered the
headings after one was added or moved. :func:`list_definitions` keeps the definitions of the
lists the draft's headings used (:attr:`~drafter.drafts.model.Draft.source_lists`), which
the Word exporter puts back (drafter/export/word_lists.py).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from drafter.corpus.readers.word_numbering import W_NS, qn


def list_refs(draft) -> set[str]:
    """The lists ("numId:ilvl") the draft's headings and paragraphs keep from their file."""
    refs = {p.source_num for p in _paragraphs(draft) if p.source_num}
    refs.update(n.source_num for top in draft.sections for n in top.walk() if n.source_num)
    return refs


def _paragraphs(draft):
    yield from draft.opening
    for top in draft.sections:
        for node in top.walk():
            yield from node.paragraphs
    yield from draft.closing


def list_definitions(path: Path, refs: set[str]) -> tuple[str, set[str]]:
    """The XML of a ``w:numbering`` holding the ``w:num`` of ``refs`` ("numId:ilvl") in the
    .docx at ``path`` and the ``w:abstractNum`` they point to, with the refs it could carry.
    A list defined through a numbering style (``w:numStyleLink``: its levels live in the
    list that style numbers by) is carried with the levels of that list, since the written
    file has no such style to follow the link to. ("", set()) when the file has no
    numbering part."""
    import docx

    from drafter.corpus.readers.safe_zip import checked_docx

    part = docx.Document(checked_docx(path, path.name)).part
    root = None
    for rel in part.rels.values():
        if rel.reltype.endswith("/relationships/numbering") and not rel.is_external:
            root = getattr(rel.target_part, "element", None)
    if root is None:
        return "", set()
    abstracts = {a.get(qn("w:abstractNumId")): a for a in root.iterfind(qn("w:abstractNum"))}
    linked = _style_lists(part, root, abstracts)
    wanted = {ref.split(":", 1)[0] for ref in refs}
    nums, used = [], {}
    for num in root.iterfind(qn("w:num")):
        num_id = num.get(qn("w:numId"))
        if num_id not in wanted:
            continue
        ref = num.find(qn("w:abstractNumId"))
        abstract = abstracts.get(ref.get(qn("w:val")) if ref is not None else None)
        link = abstract.find(qn("w:numStyleLink")) if abstract is not None else None
        if link is not None:
            abstract = linked.get(link.get(qn("w:val"), ""))
        if abstract is None:
            continue
        abstract_id = abstract.get(qn("w:abstractNumId"))
        if link is not None:
            num = _copy(num)
            num.find(qn("w:abstractNumId")).set(qn("w:val"), abstract_id)
        nums.append(num)
        used[abstract_id] = abstract
    out = etree.Element(qn("w:numbering"), nsmap={"w": W_NS})
    for abstract in used.values():
        out.append(_copy(abstract))
    for num in nums:
        out.append(_copy(num))
    carried = {n.get(qn("w:numId")) for n in nums}
    kept = {ref for ref in refs if ref.split(":", 1)[0] in carried}
    if not kept:
        return "", set()
    return etree.tostring(out, encoding="unicode"), kept


def _style_lists(part, root, abstracts) -> dict:
    """Numbering style id -> the ``w:abstractNum`` holding its levels: the list the style's
    ``w:numPr`` numbers by, else the definition that names the style in ``w:styleLink``."""
    found = {}
    for abstract in abstracts.values():
        link = abstract.find(qn("w:styleLink"))
        if link is not None and link.get(qn("w:val")):
            found[link.get(qn("w:val"))] = abstract
    num_abstract = {}
    for num in root.iterfind(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        if ref is not None:
            num_abstract[num.get(qn("w:numId"))] = abstracts.get(ref.get(qn("w:val")))
    try:
        styles = part.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return found
    for style in styles.iterfind(qn("w:style")):
        num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        target = num_abstract.get(num_id.get(qn("w:val"))) if num_id is not None else None
        if target is not None and target.find(qn("w:numStyleLink")) is None:
            found[style.get(qn("w:styleId"))] = target
    return found


def _copy(element):
    """A copy of a list element without what ties it to the source's other parts: a level's
    paragraph style (``w:pStyle``: the written file has its own styles), the numbering
    style it defines or follows, and a picture bullet."""
    copied = etree.fromstring(etree.tostring(element))
    for tag in ("w:pStyle", "w:lvlPicBulletId", "w:styleLink", "w:numStyleLink"):
        for el in list(copied.iter(qn(tag))):
            el.getparent().remove(el)
    etree.cleanup_namespaces(copied)  # the source's document-wide declarations, unused here
    return copied


def keep_lists(draft, path: Path) -> None:
    """Store on ``draft`` the definitions of the Word lists its headings keep from ``path``,
    and forget the list of any heading whose list cannot be carried (it keeps its typed
    number)."""
    refs = list_refs(draft)
    if not refs:
        return
    xml, kept = list_definitions(path, refs)
    draft.source_lists = xml
    for p in _paragraphs(draft):
        if p.source_num and p.source_num not in kept:
            p.source_num = ""
    for top in draft.sections:
        for node in top.walk():
            if node.source_num and node.source_num not in kept:
                node.source_num = ""


__all__ = ["keep_lists", "list_definitions", "list_refs"]
