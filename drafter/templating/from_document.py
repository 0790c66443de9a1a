"""Turning any document's outline into a template: "write the next one like this one".

Each heading becomes a slot whose example is the original heading and whose hint says
what that part did (marker, length, how many sub-points and paragraphs, how it began);
the numbering styles the document used are kept per level, and where one part numbers
its points differently (一要… here, 一是… there) or the author punctuated a number
differently (第一， among 第二、), the heading keeps that too; the title and occasion
become parameters.
"""

from __future__ import annotations

from collections import Counter

import tomli_w

from drafter.corpus.closing import before_appendix
from drafter.corpus.display import book_title, document_title
from drafter.corpus.model import Document, Section
from drafter.drafts.convert import draft_from_document
from drafter.drafts.model import DraftNode
from drafter.drafts.numbering import parse_marker
from drafter.drafts.written_markers import written_marker
from drafter.templating.numbering import cn_count, cn_number

_SNIPPET = 40


def marker_style(marker: str) -> str:
    """The numbering style of a marker as written: "（二）" -> "cn_paren", "" -> "none"."""
    parsed = parse_marker(marker)
    return parsed[0] if parsed else "none"


def template_from_document(
    doc: Document,
    name: str,
    title: str | None = None,
    own_defaults: bool = True,
    keep_headings: bool = False,
    listed: bool = False,
) -> str:
    """The source text of a template that reproduces ``doc``'s structure.

    ``title`` is the template's display title (default: 仿《document title》).
    ``own_defaults=False`` leaves the form's 标题 and 会议或场合 empty: a structure taken
    from one example (a frame, a group of headings) is for a new speech, and a draft made
    from it must not carry the example's title unnoticed.
    ``keep_headings=True`` makes each slot the document's own heading, to edit, instead of
    "……" or the siblings' shared words ("坚持……"): a writer who made a template of a
    whole speech (以此文为模板, ``template from``) expects its skeleton, headings kept and
    bodies to fill; a draft of "……" under the speech's own title gave nothing to edit.
    ``listed=True``: the top-level sections were items the original listed in one sentence
    (以文辅政、督查落实、信息服务三项核心业务), no headings of their own, and the hints say so
    (they said 不带编号，小标题单独成行 of words that never stood on a line).
    """
    m = doc.metadata
    doc_title = (m.title or "").strip()
    draft = draft_from_document(doc)  # numbering as a draft of this document keeps it
    styles = draft.numbering if doc.outline.sections else _level_styles(doc.outline.sections)
    front = {
        "name": name,
        "title": title or (f"仿{book_title(doc_title)}结构" if doc_title else name),
        "category": m.genre or "讲话",
        "occasion": m.occasion or "",
        "description": _description(doc, listed),
        "numbering": styles or ["cn_dun"],
        "source": doc.path,
        "params": [
            {"name": "title", "label": "标题", "default": doc_title if own_defaults else ""},
            {
                "name": "occasion",
                "label": "会议或场合",
                "default": (m.occasion or "") if own_defaults else "",
            },
        ],
    }
    lines = ["+++", tomli_w.dumps(front).rstrip("\n"), "+++"]
    lines.append("# {{ title }}")
    lines.append(": 场合 = {{ occasion }}")
    if m.genre:
        lines.append(f": 文种 = {_lit(m.genre)}")
    lines.append("")
    preamble = doc.outline.preamble
    lines.append("[开头]")
    if preamble:
        lines.append(f"@ {_lit(_part_hint('原文开头', preamble))}")
        lines.append(f"> {_lit(_snippet(_first_real(preamble)))}")
    else:
        lines.append("@ 原文没有单独的开头，直接进入正文。可用一两句话交代会议任务后展开。")
    lines.append("")
    for i, (section, node) in enumerate(zip(doc.outline.sections, draft.sections)):
        _emit(
            section,
            node,
            i,
            len(doc.outline.sections),
            doc.outline.sections,
            0,
            lines,
            keep_headings,
            listed,
        )
    lines.append("")
    lines.append("[结尾]")
    # the closing's own paragraphs: an appendix the outline keeps after it (附件：… / 附表 /
    # 附：) is no part of the talk, cut where the study and a draft cut it
    closing = doc.outline.closing[: before_appendix(doc.outline.closing)]
    if closing:
        lines.append(f"@ {_lit(_part_hint('原文结尾', closing))}")
        lines.append(f"> {_lit(_snippet(_first_real(closing)))}")
    else:
        lines.append("@ 原文没有单独的结尾段，最后一部分讲完即收束。可酌情加一段号召性的话。")
    return "\n".join(lines) + "\n"


def _emit(
    section: Section,
    node: DraftNode,
    index: int,
    total: int,
    siblings: list[Section],
    depth: int,
    lines: list,
    keep_headings: bool = False,
    listed: bool = False,
) -> None:
    """Write one section of the source document as template markup: a slot the writer fills, the
    hint saying what the part did, the original heading as the example, the numbering quirks kept
    (编号标点, 下级编号, 原编号, so 一是 stays 一是), then its sub-sections. With
    ``keep_headings`` the slot is the heading itself (see :func:`template_from_document`)."""
    pad = "  " * depth
    lead = "+" if section.run_in else "-"
    slot = section.heading.strip() if keep_headings and section.heading.strip() else ""
    slot = slot or _slot(siblings)
    lines.append(f"{pad}{lead} {_lit(slot)}")
    hint = _listed_hint(section, index, total) if listed else _section_hint(section, index, total)
    lines.append(f"{pad}@ {_lit(hint)}")
    lines.append(f"{pad}> {_lit(section.heading)}")
    written = written_marker(section.marker or "")
    if written and parse_marker(written) is None:
        # a number no draft style writes (第二点， 一　): the heading keeps it as written, or
        # the template's headings came out bare (…… where the speech said 第二点，……); a
        # marker, not words of the slot, so the draft renumbers it when the writer edits
        lines.append(f"{pad}: 原编号 = {_lit(written)}")
    if node.marker_punct:
        lines.append(f"{pad}: 编号标点 = {node.marker_punct}")
    if node.child_numbering:
        lines.append(f"{pad}: 下级编号 = {node.child_numbering}")
    for j, (child, child_node) in enumerate(zip(section.children, node.children)):
        _emit(
            child,
            child_node,
            j,
            len(section.children),
            section.children,
            depth + 1,
            lines,
            keep_headings,
        )


def _slot(siblings: list[Section]) -> str:
    """What the writer fills in: the siblings' shared lead word ("坚持……") or "……"."""
    heads = [s.heading for s in siblings if s.heading]
    if len(heads) >= 2:
        prefix = _common_prefix(heads)
        if len(prefix) == 1 and prefix not in _ONE_CHARACTER_LEADS:
            # one character the names share by chance (民族主义、民权主义、民生主义 of a
            # listed frame like 三民主义) is no lead word: the items read 民…… three times
            return "……"
        if 1 <= len(prefix) <= 6 and all(len(h) > len(prefix) for h in heads):
            return prefix + "……"
    return "……"


# Single characters that stand as a lead word of parallel headings (抓党建、抓发展; 强基础、
# 强队伍): a shared first character of one of these is a slot; any other is chance.
_ONE_CHARACTER_LEADS = frozenset("抓强促优稳保防治建推提增深严守聚育兴以把让用做要在向为靠重")


def _common_prefix(words: list[str]) -> str:
    """The lead words all sibling headings share (坚持, 着力), trailing punctuation cut: the slot a
    parallel group of headings has in common."""
    first = words[0]
    n = 0
    while n < len(first) and all(len(w) > n and w[n] == first[n] for w in words):
        n += 1
    prefix = first[:n]
    if n < len(first) and first[n] in _DIGITS:
        # a number the headings differ in (2016年… / 2017年…) is not a shared lead word: the
        # slot read 201……; cut back to before the number
        prefix = prefix.rstrip(_DIGITS)
    return prefix.rstrip("，,、：:；;。 ")


_DIGITS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千"


def _section_hint(section: Section, index: int, total: int) -> str:
    """The writing hint of a section: where it stood in the original (第几部分, 共几部分), how it was
    marked, run in or on its own line, and how long its heading and text were."""
    level = cn_number(section.level)
    if section.level <= 1:
        where = f"原文第{cn_number(index + 1)}部分（共{cn_count(total)}部分）"
    else:
        where = f"原文{level}级小标题第{cn_number(index + 1)}个（同级共{cn_count(total)}个）"
    marker = f"标记“{section.marker}”" if section.marker else "不带编号"
    form = "小标题融入段首" if section.run_in else "小标题单独成行"
    parts = [f"{where}，{marker}，{form}，小标题 {len(section.heading)} 字"]
    if section.children:
        parts.append(f"下设 {len(section.children)} 个要点")
    chars = sum(len(p) for s in section.walk() for p in (*s.paragraphs, *s.after))
    own = len(section.paragraphs) + len(section.after)
    if own:
        parts.append(f"本级正文 {own} 段")
    if chars:
        parts.append(f"全部约 {chars} 字")
    text = "，".join(parts) + "。"
    if section.paragraphs:
        text += f"原文这样展开：{_snippet(section.paragraphs[0])}"
    return text


def _listed_hint(section: Section, index: int, total: int) -> str:
    """The writing hint of a part that was an item the original listed in a paragraph: where
    it stood, the ordinal it was said with, and that here it becomes a part of its own (see
    ``listed`` in :func:`template_from_document`)."""
    said = f"以“{section.marker}”" if section.marker else ""
    return (
        f"原文在一段话中{said}并列列出的第{cn_number(index + 1)}项（共{cn_count(total)}项），"
        "没有单独设小标题；这里展开为一个部分，示例为原文的说法。"
    )


def _part_hint(what: str, paragraphs: list[str]) -> str:
    """The hint of the opening or closing: how many paragraphs and characters the original spent on
    it."""
    chars = sum(len(p) for p in paragraphs)
    return f"{what} {len(paragraphs)} 段，约 {chars} 字。参照原文写法起笔，示例为原文的开头。"


def _first_real(paragraphs: list[str]) -> str:
    """The first paragraph that says something (not a bare salutation like 同志们：)."""
    for text in paragraphs:
        if len(text.strip()) > 8:
            return text
    return paragraphs[0]


def _description(doc: Document, listed: bool = False) -> str:
    """The template's description: which document it was made from (by title, never a file name) and
    the shape of its outline, so the gallery says where the structure comes from. ``listed``:
    the parts were items the original listed in one paragraph (see
    :func:`template_from_document`), described as such: a template of 四勤 said in running
    text called itself 小标题一级4个, headings the original never had."""
    m = doc.metadata
    sections = doc.outline.sections
    # an untitled text is named as the library names it (occasion or first words), never by
    # its file path (issue 8: no file names as titles)
    source = book_title(m.title or document_title(doc))
    if listed:
        said = "、".join(f"{s.marker}{s.heading}" for s in sections[:6])
        return (
            f"按{source}中一段话并列列出的 {len(sections)} 项生成，每项展开为一个部分"
            f"（原文没有单独设小标题）。原文说法：{said}。"
        )
    counts = Counter(s.level for s in doc.outline.walk())
    shape = "、".join(f"{cn_number(level)}级{n}个" for level, n in sorted(counts.items()))
    tops = "；".join(s.heading for s in sections[:6])
    text = f"按{source}的结构生成：{len(sections)} 个部分"
    if shape:
        text += f"（小标题{shape}）"
    if tops:
        text += f"。原文主干：{tops}"
    return text + "。"


def _level_styles(sections: list[Section]) -> list[str]:
    """The most common marker style on each level, from level 1 down."""
    by_level: dict[int, Counter] = {}

    def visit(section: Section, depth: int) -> None:
        by_level.setdefault(depth, Counter())[marker_style(section.marker)] += 1
        for child in section.children:
            visit(child, depth + 1)

    for section in sections:
        visit(section, 0)
    return [by_level[d].most_common(1)[0][0] for d in sorted(by_level)]


def _snippet(text: str) -> str:
    """The first words of a paragraph on one line, cut with an ellipsis: an example, not the text
    itself."""
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "……"


def _lit(text: str) -> str:
    """Literal text for the template body: one line, and Jinja syntax kept inert."""
    text = " ".join(str(text).split())
    if any(ch in text for ch in "{}%#"):
        escaped = text.replace("\\", "\\\\").replace("'", "\\'")
        return "{{ '" + escaped + "' }}"
    return text
