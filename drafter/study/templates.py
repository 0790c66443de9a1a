"""One click from a structure to a template: a mined frame or heading pattern becomes a
user template that keeps the original's numbering (一是 stays 一是, 一要 stays 一要).

The structure is taken from one example document: the group of sibling sections it was
found in (with their sub-sections), or, for a frame whose items sit inside a paragraph,
one section per item. The template is then written by
:func:`drafter.templating.from_document.template_from_document`, which keeps each level's
marker style, so the numbering a template produces is the numbering the model text used.
"""

from __future__ import annotations

import copy
import re

from drafter.corpus.display import book_title
from drafter.corpus.model import Document, Outline, Section
from drafter.drafts.numbering import parse_marker
from drafter.study.frames import find_frames
from drafter.study.layout import Node, layout
from drafter.templating.from_document import template_from_document

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class StructureError(Exception):
    """The example document no longer holds the structure (edited, or a different parse)."""


def structure_template(
    doc: Document,
    paragraph: int,
    name: str,
    title: str | None = None,
    items: list[str] | None = None,
) -> str:
    """Template source for the structure found at ``paragraph`` of ``doc``: the sibling
    group whose first heading is there, else the frame mentioned there.

    ``items`` (the example's items, as mined) pick the frame when one paragraph lists
    several: 两个表率, 六种意识 and 五个坚持 in one paragraph made every one of them a
    template of 两个表率.
    """
    lay = layout(doc)
    node = lay.by_paragraph.get(paragraph)
    group: list[Node] | None = None
    here = [f for f in find_frames(lay) if f.span.paragraph == paragraph and f.listed]
    frame = next((f for f in here if items and list(f.items) == list(items)), None)
    frame = frame or (here[0] if here else None)
    if frame is not None and frame.source == "sections":
        heads = {s.paragraph for s in frame.item_spans}
        group = [n for n in lay.nodes() if n.heading in heads]
    elif node is not None and node.heading == paragraph:
        siblings = lay.siblings_of(node.parent)
        group = siblings[siblings.index(node) :]
    if group:
        sections = [copy.deepcopy(n.section) for n in group]
        # the group becomes the top level of the template
        _relevel(sections, 1)
        label = title or _title(doc, frame.phrase if frame else None, len(sections))
    elif frame is not None:
        texts = [p.text for p in doc.paragraphs()]
        markers = _inline_markers(texts, frame.item_spans, len(frame.items))
        sections = [
            Section(level=1, marker=marker, heading=item)
            for item, marker in zip(frame.items, markers)
        ]
        label = title or f"{frame.phrase}（{len(sections)}项）"
    else:
        raise StructureError(f"第 {paragraph + 1} 段没有可以做成模板的结构")
    part = Document(
        path=doc.path,
        format=doc.format,
        metadata=copy.deepcopy(doc.metadata),
        outline=Outline(
            preamble=list(doc.outline.preamble),
            sections=sections,
            # the closing's own paragraphs, as the study reads them: an appendix after it
            # (附件：… / 附表 / 附：, Layout.appendix) is no closing of the model text
            closing=list(doc.outline.closing[: len(lay.closing)]),
        ),
        raw_text="",
    )
    return template_from_document(part, name, title=label, own_defaults=False, listed=not group)


def template_name(phrase: str) -> str:
    """A file-safe template name for a structure: 结构-四勤, 结构-坚持…"""
    return "结构-" + (_UNSAFE.sub("", phrase.replace("…", "X")) or "未命名")[:40]


def file_name(title: str) -> str:
    """The file name (without suffix) a template the user titled ``title`` is saved under:
    the title itself less what a file name cannot hold, so the gallery lists the template
    under the words the user typed (结构-四勤 before showed as “四勤”（4项）)."""
    return _UNSAFE.sub("", title)[:60] or "未命名"


# what may stand before an ordinal that opens a clause (：一是腿勤，二是口勤)
_CLAUSE_START = "：:，,；;。、 \u3000（(“"
# the longest ordinal read before an item: 第十一， / 首先，
_LONGEST_MARKER = 4


def _inline_markers(texts: list[str], spans, count: int) -> list[str]:
    """The ordinal each item of a frame in running text is said with (一是腿勤，二是口勤 →
    一是, 二是), so a template made of it numbers its parts as the original did: they came
    out bare, 一是 lost, the one numbering a frame in running text has. One style counting
    1, 2, 3 … over every item, or no markers at all (以文辅政、督查落实、信息服务 has none)."""
    found: list[str] = []
    for span in list(spans)[:count]:
        text = texts[span.paragraph] if span.paragraph < len(texts) else ""
        marker = ""
        for k in range(min(_LONGEST_MARKER, span.start), 0, -1):
            word = text[span.start - k : span.start]
            opens = span.start == k or text[span.start - k - 1] in _CLAUSE_START
            if opens and parse_marker(word.rstrip("，,：:")) is not None:
                marker = word.rstrip("，,：:")
                break
        found.append(marker)
    parsed = [parse_marker(m) if m else None for m in found]
    if len(found) == count and all(parsed):
        styles = {p[0] for p in parsed}
        if len(styles) == 1 and [p[1] for p in parsed] == list(range(1, count + 1)):
            return found
    return [""] * count


def _relevel(sections: list[Section], level: int) -> None:
    for s in sections:
        s.level = level
        _relevel(s.children, level + 1)


def _title(doc: Document, phrase: str | None, count: int) -> str:
    source = f"仿{book_title(doc.metadata.title)}" if doc.metadata.title else "仿范文"
    what = f"“{phrase.strip('“”')}”" if phrase else f"{count}个并列部分"
    return f"{what}结构（{source}）"
