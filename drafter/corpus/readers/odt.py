"""OpenDocument text (.odt, LibreOffice Writer's and many 信创 desktops' own format), read
from its ``content.xml`` directly: headings from ``text:h`` and their outline level, list
numbers rendered from the list style (the number exists nowhere else), bold runs through
the automatic styles, footnotes and endnotes after the text as ``[n]`` notes, comments
left out, tracked changes read as if accepted.

Read directly rather than converted to .docx by LibreOffice (:mod:`.convert`): the same
headings, numbers and notes come out in a few milliseconds instead of a LibreOffice start
of seconds a file, and no LibreOffice need be installed. The Word reader's ideas are
reused, not copied: its number formats (:func:`.word_numbering.format_number`), its
bullet headings (:func:`.word.bullet_headings`) and its reading of a title set by hand.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from drafter.corpus.bounds import MAX_STYLE_CHAIN
from drafter.corpus.emphasis import bold_start
from drafter.corpus.model import Block, RawDocument, ReadError
from drafter.corpus.readers.body_tables import BODY_LABEL, table_layout
from drafter.corpus.readers.bullet_headings import bullet_headings
from drafter.corpus.readers.official_title import OFFICIAL_TITLE_FONT, OFFICIAL_TITLE_PT
from drafter.corpus.readers.para_indent import CENTRED, indent_chars, length_pt
from drafter.corpus.readers.safe_zip import checked_package
from drafter.corpus.readers.word_numbering import format_number

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_DEFAULT_PT = 12.0  # LibreOffice's default font size, where no style sets one
_NOT_ZIP = "not a valid OpenDocument .odt file (damaged, or another format renamed .odt)"

# what a paragraph holds that is not its own visible text: comments, notes (read after the
# text), a list number LibreOffice caches, fields' hidden parts, frames and drawings
_SKIP = {_OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "note", _TEXT + "number"}
_SKIP |= {_TEXT + t for t in ("tracked-changes", "hidden-text", "hidden-paragraph")}
_BLOCKS_SKIP = {_TEXT + t for t in ("tracked-changes", "table-of-content", "sequence-decls")}
_BLOCKS_SKIP |= {_TEXT + t for t in ("variable-decls", "user-field-decls", "illustration-index")}
_TITLE_NAMES = {"title", "标题"}
# how many paragraphs of text may stand above a text frame still read as the head's own (a
# 发文机关 in one frame, the title in the next): the head's lines, never a sidebar further down
_BOXED_HEAD = 3
_QUOTE_NAMES = {"quotations", "quote", "引用", "引文"}
# ODF num-format -> Word's w:numFmt, so the Word reader's formatting serves both
_FORMATS = {
    "1": "decimal",
    "a": "lowerLetter",
    "A": "upperLetter",
    "i": "lowerRoman",
    "I": "upperRoman",
    "": "none",
}
_FORMAT_STARTS = {
    "一": "chineseCounting",
    "壹": "chineseLegalSimplified",
    "甲": "ideographTraditional",
    "子": "ideographZodiac",
    "①": "decimalEnclosedCircle",
    "⑴": "decimalEnclosedParen",
    "⒈": "decimalEnclosedFullstop",
    "１": "decimalFullWidth",
}


@dataclass
class _Style:
    parent: str | None
    display: str
    bold: bool | None
    centred: bool
    big: bool  # set as an official title: 小标宋, or 18 pt and up
    list_style: str | None
    outline: int | None  # style:default-outline-level
    margin: str | None = None  # fo:margin-left of its paragraph properties
    text_indent: str | None = None  # fo:text-indent of its paragraph properties
    size: float | None = None  # its font size in points


@dataclass
class _ListLevel:
    bullet: bool
    fmt: str
    prefix: str
    suffix: str
    start: int
    display: int
    char: str


def _bold(props) -> bool | None:
    if props is None:
        return None
    weight = props.get(_STYLE + "font-weight-asian") or props.get(_FO + "font-weight")
    if weight is None:
        return None
    return weight == "bold" or (weight.isdigit() and int(weight) >= 600)


def _styles(*roots) -> tuple[dict[str, _Style], dict[str, dict[int, _ListLevel]]]:
    """Paragraph and text styles (named and automatic) and list styles of the parts."""
    styles: dict[str, _Style] = {}
    lists: dict[str, dict[int, _ListLevel]] = {}
    for root in roots:
        if root is None:
            continue
        for st in root.iter(_STYLE + "style"):
            name = st.get(_STYLE + "name") or ""
            para = st.find(_STYLE + "paragraph-properties")
            text = st.find(_STYLE + "text-properties")
            size = (
                (text.get(_STYLE + "font-size-asian") or text.get(_FO + "font-size") or "")
                if text is not None
                else ""
            )
            font = (
                (text.get(_STYLE + "font-name-asian") or text.get(_STYLE + "font-name") or "")
                if text is not None
                else ""
            )
            pts = re.match(r"([\d.]+)pt$", size)
            outline = st.get(_STYLE + "default-outline-level")
            styles[name] = _Style(
                parent=st.get(_STYLE + "parent-style-name"),
                display=(st.get(_STYLE + "display-name") or name).lower(),
                bold=_bold(text),
                centred=para is not None and para.get(_FO + "text-align") == "center",
                big=bool(OFFICIAL_TITLE_FONT.search(font))
                or (pts is not None and float(pts.group(1)) >= OFFICIAL_TITLE_PT),
                list_style=st.get(_STYLE + "list-style-name"),
                outline=int(outline) if outline and outline.isdigit() else None,
                margin=para.get(_FO + "margin-left") if para is not None else None,
                text_indent=para.get(_FO + "text-indent") if para is not None else None,
                size=float(pts.group(1)) if pts is not None else None,
            )
        for ls in (*root.iter(_TEXT + "list-style"), *root.iter(_TEXT + "outline-style")):
            levels: dict[int, _ListLevel] = {}
            for lvl in ls:
                bullet = lvl.tag == _TEXT + "list-level-style-bullet"
                if lvl.tag not in (
                    _TEXT + "list-level-style-number",
                    _TEXT + "list-level-style-bullet",
                    _TEXT + "outline-level-style",
                ):
                    continue
                fmt = lvl.get(_STYLE + "num-format") or ""
                start = lvl.get(_TEXT + "start-value") or "1"
                display = lvl.get(_TEXT + "display-levels") or "1"
                levels[int(lvl.get(_TEXT + "level") or 1)] = _ListLevel(
                    bullet,
                    _FORMATS.get(fmt) or _FORMAT_STARTS.get(fmt[:1], "decimal"),
                    lvl.get(_STYLE + "num-prefix") or "",
                    lvl.get(_STYLE + "num-suffix") or "",
                    int(start) if start.isdigit() else 1,
                    int(display) if display.isdigit() else 1,
                    lvl.get(_TEXT + "bullet-char") or "",
                )
            # the outline style (chapter numbering) is the document's one, whatever its name:
            # LibreOffice names it "Outline", and text:h finds it by no name at all
            key = "\0outline" if ls.tag == _TEXT + "outline-style" else ls.get(_STYLE + "name")
            lists[key or ""] = levels
    return styles, lists


class _Reader:
    """Walks ``office:text`` into blocks, counting list numbers as it goes."""

    def __init__(self, styles, lists) -> None:
        self.styles = styles
        self.lists = lists
        self.counters: dict[str, dict[int, int]] = {}  # list identity -> level -> count
        self.last_of_style: dict[str, str] = {}  # list style -> its last list's identity
        self.ids: dict[str, str] = {}  # xml:id of a list -> its identity
        self.notes: list[str] = []
        self.bullet_kinds: dict[int, str] = {}
        self.seen = 0
        self.cut = False

    def chain(self, name: str | None):
        seen: set[str] = set()
        while name and name in self.styles and name not in seen:
            if len(seen) >= MAX_STYLE_CHAIN:
                self.cut = True
                return
            seen.add(name)
            yield self.styles[name]
            name = self.styles[name].parent

    def first(self, name: str | None, attr: str):
        for style in self.chain(name):
            value = getattr(style, attr)
            if value not in (None, False):
                return value
        return None

    def indent(self, style: str | None) -> int:
        """A paragraph's first-line indent in characters (:mod:`.para_indent`), from its
        style's margin and text indent (following the parents); CENTRED when centred."""
        if self.first(style, "centred"):
            return CENTRED
        margin, first = self.first(style, "margin"), self.first(style, "text_indent")
        if margin is None and first is None:
            return 0
        font = self.first(style, "size") or _DEFAULT_PT
        return indent_chars(length_pt(margin, font) + length_pt(first, font), font)

    def blocks(self, container, list_ctx=None):
        for child in container:
            tag = child.tag
            if tag in _BLOCKS_SKIP:
                continue
            if tag in (_TEXT + "p", _TEXT + "h"):
                yield from self.paragraph(child, list_ctx)
            elif tag == _TEXT + "list":
                yield from self.list(child, list_ctx)
            elif tag == _TABLE + "table":
                yield from self.table(child)
            elif tag in (_TEXT + "section", _TEXT + "index-body", _OFFICE + "text"):
                yield from self.blocks(child, list_ctx)
            elif isinstance(tag, str) and tag.startswith(_DRAW) and self.seen < _BOXED_HEAD:
                yield from self.boxes(child)  # a frame anchored to the page, at the top

    def list(self, lst, outer):
        style = lst.get(_TEXT + "style-name") or (outer[0] if outer else None)
        depth = outer[2] + 1 if outer else 1
        if outer:
            identity = outer[1]
        elif lst.get(_TEXT + "continue-list") in self.ids:
            identity = self.ids[lst.get(_TEXT + "continue-list")]
        elif lst.get(_TEXT + "continue-numbering") == "true" and style in self.last_of_style:
            identity = self.last_of_style[style]
        else:
            identity = f"{style}#{len(self.ids) + len(self.counters)}"
            self.counters[identity] = {}
        self.counters.setdefault(identity, {})
        if style:
            self.last_of_style[style] = identity
        xml_id = lst.get("{http://www.w3.org/XML/1998/namespace}id")
        if xml_id:
            self.ids[xml_id] = identity
        for item in lst:
            if item.tag not in (_TEXT + "list-item", _TEXT + "list-header"):
                continue
            ctx = (style, identity, depth, item.tag == _TEXT + "list-item", item)
            yield from self.blocks(item, ctx)

    def label(self, ctx) -> tuple[str | None, bool, str]:
        """(the number or bullet a list paragraph shows, is a bullet, bullet kind)."""
        style, identity, depth, is_item, item = ctx
        if not is_item:
            return None, False, ""
        levels = self.lists.get(style or "", {})
        level = levels.get(depth)
        if level is None:
            return None, False, ""
        if level.bullet:
            return None, True, f"{depth}:{level.char}"
        counts = self.counters[identity]
        restart = item.get(_TEXT + "start-value")
        if restart and restart.isdigit():
            counts[depth] = int(restart)
        else:
            counts[depth] = counts.get(depth, level.start - 1) + 1
        for deeper in [d for d in counts if d > depth]:
            del counts[deeper]
        for d in range(1, depth):
            # a nested item before any item of its parent level: the parent counts as
            # once met, as LibreOffice numbers it (1.1 甲; the next outer item is 2)
            counts.setdefault(d, (levels.get(d) or level).start)
        parts = []
        for d in range(max(1, depth - level.display + 1), depth + 1):
            lv = levels.get(d) or level
            parts.append(format_number(counts[d], lv.fmt))
        number = ".".join(p for p in parts if p)
        return (f"{level.prefix}{number}{level.suffix}" if number else None), False, ""

    def paragraph(self, p, list_ctx) -> list[Block]:
        style = p.get(_TEXT + "style-name")
        names = [s.display for s in self.chain(style)]
        is_title = any(n in _TITLE_NAMES for n in names)
        level = None
        if p.tag == _TEXT + "h":
            raw = p.get(_TEXT + "outline-level") or "1"
            level = int(raw) if raw.isdigit() and 1 <= int(raw) <= 9 else None
        elif not is_title:
            outline = self.first(style, "outline")
            level = outline if outline and 1 <= outline <= 9 else None
        label, bullet, kind = (None, False, "")
        if list_ctx is not None:
            label, bullet, kind = self.label(list_ctx)
        elif p.tag == _TEXT + "h" and p.get(_TEXT + "is-list-header") != "true":
            label = self.outline_label(level, p)
        out: list[str] = []
        marks: list[bool] = []
        para_bold = bool(self.first(style, "bold"))
        self.runs(p, out, marks, para_bold)
        parts = "".join(out).split("\n")
        if self.seen < _BOXED_HEAD and not label and not any(x.strip() for x in parts):
            boxed = self.boxes(p)
            if boxed:
                return boxed
        if level is not None or is_title:
            parts = ["".join(x.strip() for x in parts)]
        blocks = [Block(part) for part in parts]
        first = blocks[0]
        first.heading_level = None if is_title else level
        first.numbering = label
        first.indent = self.indent(style)
        if level is None and not is_title:
            first.bold = bold_start(out, marks)
        if any(part.strip() for part in parts):
            self.seen += 1
            if level is None and not is_title and self.seen <= 3:
                is_title = bool(self.first(style, "centred")) and (
                    self.set_big(p, style) or (self.seen == 1 and first.bold == first.text.strip())
                )
        if is_title:
            first.kind = "title"
        elif bullet and level is None:
            first.kind = "bullet"
            self.bullet_kinds[id(first)] = kind
        elif level is None and any(n in _QUOTE_NAMES for n in names):
            for block in blocks:
                block.kind = "quote"
        return blocks

    def boxes(self, anchor) -> list[Block]:
        """The paragraphs of the text frames and shapes in ``anchor``, an otherwise empty
        paragraph (or a page-anchored frame) among the head's first lines.

        A title, or a red-head's 发文机关, is sometimes typed in a floating frame (LibreOffice's
        ``draw:frame``/``draw:text-box``) or text shape (``draw:custom-shape``, as Word's text
        boxes come out of LibreOffice); its text is nowhere else in the body, so it is read
        in its anchor's place, once. Frames further down are sidebars, left out as before.
        """
        blocks: list[Block] = []
        for inner in anchor.iter(_TEXT + "p", _TEXT + "h"):
            if inner is anchor:
                continue
            up = inner.getparent()
            while up is not None and up is not anchor:
                if up.tag in (_TEXT + "p", _TEXT + "h", _TEXT + "note", _OFFICE + "annotation"):
                    break
                up = up.getparent()
            if up is anchor:
                blocks.extend(b for b in self.paragraph(inner, None) if b.text.strip())
        return blocks

    def set_big(self, p, style: str | None) -> bool:
        """Whether a paragraph is set as an official title (in 小标宋, or 18 pt and up) by
        its style or by the text styles of its spans, as Word sets it on its runs."""
        if self.first(style, "big"):
            return True
        return any(
            self.first(span.get(_TEXT + "style-name"), "big") for span in p.iter(_TEXT + "span")
        )

    def outline_label(self, level: int | None, h) -> str | None:
        """A heading's number from the outline style (chapter numbering), if it has one, as
        LibreOffice prints it before the heading: the number is in no text of the file (a
        cached ``text:number`` may be stale or absent). ``text:restart-numbering`` with
        ``text:start-value`` on the heading restarts the count there."""
        levels = self.lists.get("\0outline", {})
        lv = levels.get(level or 0)
        if lv is None or lv.fmt == "none" or level is None:
            return None
        counts = self.counters.setdefault("\0outline", {})
        restart = h.get(_TEXT + "start-value") or ""
        if h.get(_TEXT + "restart-numbering") == "true":
            counts[level] = (int(restart) if restart.isdigit() else lv.start) - 1
        counts[level] = counts.get(level, lv.start - 1) + 1
        for deeper in [d for d in counts if d > level]:
            del counts[deeper]
        for d in range(1, level):
            # a deeper heading before any of its parent level's (甲 at level 2 first): the
            # parent counts as once met, as LibreOffice prints it (1.1 甲; the first level-1
            # heading after it is 2, not 1)
            counts.setdefault(d, (levels.get(d) or lv).start)
        parts = [
            format_number(counts[d], (levels.get(d) or lv).fmt)
            for d in range(max(1, level - lv.display + 1), level + 1)
        ]
        return f"{lv.prefix}{'.'.join(parts)}{lv.suffix}"

    def runs(self, element, out: list[str], marks: list[bool], bold: bool) -> None:
        """Visible text of a paragraph with each piece's boldness; notes go to the notes."""
        if element.text:
            out.append(element.text)
            marks.append(bold)
        for child in element:
            tag = child.tag
            if tag == _TEXT + "note":
                self.note(child, out, marks)
            elif tag in _SKIP:
                pass
            elif tag == _TEXT + "s":
                count = child.get(_TEXT + "c") or "1"
                out.append(" " * min(int(count) if count.isdigit() else 1, 100))
                marks.append(bold)
            elif tag == _TEXT + "tab":
                out.append("\t")
                marks.append(bold)
            elif tag == _TEXT + "line-break":
                out.append("\n")
                marks.append(bold)
            elif tag == _TEXT + "span":
                own = self.first(child.get(_TEXT + "style-name"), "bold")
                self.runs(child, out, marks, bold if own is None else own)
            elif isinstance(tag, str) and tag.startswith(_TEXT):
                self.runs(child, out, marks, bold)  # links, fields, bookmarks, ruby
            # (another vocabulary's element, a frame or a drawing, is not the text)
            if child.tail:
                out.append(child.tail)
                marks.append(bold)

    def note(self, note, out: list[str], marks: list[bool]) -> None:
        """A footnote or endnote: its mark stays in the text as "[n]", its text after the
        text as "[n] …", as a PDF's notes are read (the apparatus takes them aside)."""
        number = len(self.notes) + 1
        body = note.find(_TEXT + "note-body")
        texts: list[str] = []
        if body is not None:
            for p in body.iter(_TEXT + "p", _TEXT + "h"):
                parts: list[str] = []
                self.runs(p, parts, [], False)
                texts.append("".join(parts).strip())
        self.notes.append(f"[{number}] {' '.join(t for t in texts if t)}")
        out.append(f"[{number}]")
        marks.append(False)

    def table(self, tbl):
        rows = list(tbl.iter(_TABLE + "table-row"))
        cells = [[c for c in row if c.tag == _TABLE + "table-cell"] for row in rows]
        if all(len(row) <= 1 for row in cells):
            for row in cells:
                for cell in row:
                    yield from self.blocks(cell)
            return
        paras = [[self.cell_paragraphs(cell) for cell in row] for row in cells]
        texts = [[" ".join(x for x in ps if x) for ps in row] for row in paras]
        how, where = table_layout(texts, lambda r, c: paras[r][c])
        if how == "parts":
            # a report written in a label | prose table (as in Word: readers/body_tables):
            # its rows are the body's parts, read as paragraphs; the column heads dropped
            for r in where:
                for cell in cells[r]:
                    yield from self.blocks(cell)
            return
        for r, row in enumerate(texts):
            if how == "cell" and r == where[0]:
                # a form whose one cell holds the text (an OA 发文稿纸's 正文 cell): its
                # paragraphs are the body, in their place; the form's other rows stay rows
                yield from self.body_cell(cells[r][where[1]])
            elif any(row):
                yield Block("\t".join(row), kind="table")

    def cell_paragraphs(self, cell) -> list[str]:
        """The texts of a table cell's paragraphs and headings, in order (nested ones too),
        as the table's rows and the body-table tests read them."""
        parts = []
        for p in cell.iter(_TEXT + "p", _TEXT + "h"):
            pieces: list[str] = []
            self.runs(p, pieces, [], False)
            parts.append("".join(pieces).strip())
        return parts

    def body_cell(self, cell):
        """The paragraphs of a form's body cell, without the cell's own label over them
        (正　　文：, which names the cell, not a line of the text)."""
        children = list(cell)
        if (
            children
            and children[0].tag == _TEXT + "p"
            and BODY_LABEL.match("".join("".join(self.cell_paragraphs(children[0])).split()))
        ):
            children = children[1:]
        yield from self.blocks(children)


def read_odt(path: Path) -> RawDocument:
    """Read an .odt file's text: body paragraphs, headings, list numbers, notes after it."""
    from lxml import etree

    name = path.name
    package = checked_package(path, name, "ODT 文件", _NOT_ZIP)
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        if "content.xml" not in names:
            raise ReadError(f"{name}: {_NOT_ZIP} (content.xml is missing)")
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        roots = {}
        for part in ("content.xml", "styles.xml"):
            if part not in names:
                continue
            try:
                roots[part] = etree.fromstring(archive.read(part), parser)
            except etree.XMLSyntaxError as exc:
                if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read(
                    "META-INF/manifest.xml"
                ):
                    raise ReadError(
                        f"{name}: the file is password-protected (encrypted); open it in "
                        "LibreOffice/WPS, remove the password and save it, then import it again"
                    ) from exc
                raise ReadError(
                    f"{name}: ODT 文件的 {part} 不是可读的 XML（文件已损坏），未读取"
                ) from exc
    content = roots["content.xml"]
    styles, lists = _styles(roots.get("styles.xml"), content)
    reader = _Reader(styles, lists)
    text = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if text is None:
        raise ReadError(f"{name}: not a text document (an .odt holds no office:text)")
    blocks = bullet_headings(list(reader.blocks(text)), reader.bullet_kinds)
    blocks.extend(Block(note) for note in reader.notes)
    warnings = [f"{name}: 样式继承链超过 {MAX_STYLE_CHAIN} 层，已截断"] if reader.cut else []
    return RawDocument(str(path), "odt", blocks, None, warnings)
