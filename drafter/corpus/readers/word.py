"""Word .docx files: paragraphs and table rows in body order, with heading styles and numbering.

We walk the body XML ourselves instead of ``Document.paragraphs`` because that skips
tables (whose text users expect to keep, in place), text inside tracked insertions and
content controls, and knows nothing of the label automatic numbering puts before a heading.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from drafter.corpus.bounds import MAX_STYLE_CHAIN
from drafter.corpus.contents import CONTENTS_LABEL
from drafter.corpus.emphasis import bold_start, line_bold_starts
from drafter.corpus.markers import match_marker
from drafter.corpus.masthead import masthead_line
from drafter.corpus.model import Block, RawDocument, ReadError
from drafter.corpus.readers.body_tables import BODY_LABEL, table_layout
from drafter.corpus.readers.bullet_headings import bullet_headings
from drafter.corpus.readers.official_title import OFFICIAL_TITLE_FONT, OFFICIAL_TITLE_PT
from drafter.corpus.readers.safe_zip import checked_docx
from drafter.corpus.readers.word_numbering import Numbering, qn
from drafter.corpus.readers.word_runs import MC, W, bold_font, join_parts, runs_text
from drafter.corpus.readers.word_styles import Styles, child_val, half_points, int_or_none

P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML, ALT_CHUNK = (
    W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "altChunk")
)
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
FLD_CHAR, INSTR, FLD_SIMPLE = W + "fldChar", W + "instrText", W + "fldSimple"

# how many paragraphs of text may stand above a text box that is still read as the head's
# own (a 发文机关 in one box and the title in the next, a title under a typed issuer line):
# the head's lines, never the body's sidebars further down
_BOXED_HEAD = 3


class _BodyReader:
    def __init__(
        self, styles: Styles, numbering: Numbering, part=None, name: str = "", depth: int = 0
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.part = part  # the document part, whose relationships lead to altChunk parts
        self.name = name  # the file's name, for warnings
        self.depth = depth  # how many altChunks this body is inside (0: the file's own)
        self.warnings: list[str] = []
        self._bullet = False  # the paragraph being read is in a bulleted list
        self._bullet_kind = ""  # and what its bullet looks like (Numbering.bullet_kind)
        self._list_num: tuple[str, int] | None = None  # the numbered list it is in
        self.bullet_kinds: dict[int, str] = {}  # id(block) -> bullet kind, for bullet blocks
        self._seen = 0  # paragraphs with text read so far (a title stands at the top)
        # the instructions of the fields open at this point of the body (TOC, PAGEREF, …;
        # "" until a field's instruction is read): a TOC field's result is the contents
        # list, whether or not Word gave its entries the TOC styles
        self._fields: list[str] = []
        self._contents_label: list[Block] | None = None  # the last paragraph: a 目录 label
        self.dropped: set[int] = set()  # id() of blocks read before it was clear they go

    def blocks(self, container) -> Iterator[Block]:
        for child in container:
            tag = child.tag
            if tag == P:
                yield from self.paragraph(child)
            elif tag == TBL:
                yield from self.table(child)
            elif tag == SDT:
                if not _is_toc_control(child):
                    content = child.find(SDT_CONTENT)
                    if content is not None:
                        yield from self.blocks(content)
            elif tag == CUSTOM_XML:
                yield from self.blocks(child)
            elif tag == ALT_CHUNK:
                yield from self.alt_chunk(child)

    def alt_chunk(self, element) -> list[Block]:
        """The paragraphs of the part an altChunk imports here (:mod:`.word_chunks`)."""
        from drafter.corpus.readers.word_chunks import chunk_blocks

        rel = self.part.rels.get(element.get(_R_ID) or "") if self.part is not None else None
        if rel is None or rel.is_external:
            return []
        blocks = chunk_blocks(rel.target_part, self.name, self.warnings, _read_package, self.depth)
        for block in blocks:
            if block.kind == "title" and self._seen:
                block.kind = "text"  # (a title only at the top of the document)
            if block.text.strip():
                self._seen += 1
        return blocks

    def _label(self, p, style_id: str | None) -> str | None:
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id = child_val(num_pr, "w:numId")
        ilvl = int_or_none(child_val(num_pr, "w:ilvl"))
        s_num, s_ilvl, s_style = self.styles.numbering(style_id)
        if num_id is None:
            num_id = s_num
            if ilvl is None:
                ilvl = s_ilvl
                if ilvl is None and num_id and s_style:
                    ilvl = self.numbering.level_for_style(num_id, s_style)
        if num_id is None:
            return None
        self._bullet = self.numbering.is_bullet(num_id, ilvl or 0)
        if self._bullet:
            self._bullet_kind = self.numbering.bullet_kind(num_id, ilvl or 0)
        else:
            self._list_num = (num_id, ilvl or 0)
        return self.numbering.label(num_id, ilvl or 0)

    def paragraph(self, p) -> list[Block]:
        ppr = p.find(qn("w:pPr"))
        style_id = child_val(ppr, "w:pStyle") or self.styles.default
        if self._in_contents(p) or self.styles.is_toc(style_id):
            if self._contents_label:
                # "目　录" over the list: read as a paragraph before the entries showed
                # what it labels
                self.dropped.update(id(b) for b in self._contents_label)
                self._seen -= 1
                self._contents_label = None
            return []
        level, is_title = self.styles.heading(style_id)
        own_outline = int_or_none(child_val(ppr, "w:outlineLvl"))
        if own_outline is not None and not is_title:
            level = own_outline + 1 if 0 <= own_outline <= 8 else None
        self._bullet = False
        self._list_num = None
        label = self._label(p, style_id)
        out: list[str] = []
        marks: list[bool] = []
        para_bold = self.styles.bold(style_id)
        para_bold = self.styles.bold_default if para_bold is None else para_bold
        runs_text(p, out, marks, lambda rpr: self.styles.run_bold(rpr, para_bold))
        parts = "".join(out).split("\n")
        if self._seen < _BOXED_HEAD and not label and not any(part.strip() for part in parts):
            boxed = self._text_boxes(p)
            if boxed:
                return boxed
        if label and not any(part.strip() for part in parts) and not self._bullet:
            # a numbered paragraph with no text shows its number alone ("一" standing
            # for a part): the label is the paragraph's whole visible text
            parts, label = [label.strip()], None
        if level is not None or is_title:
            parts = [join_parts(parts)]
        blocks = [Block(part) for part in parts]
        first = blocks[0]
        first.heading_level = level
        first.numbering = label
        first.indent = self.styles.indent(p, ppr, style_id)
        if label:
            first.list_num = self._list_num
        if level is None and not is_title:
            first.bold = bold_start(out, marks)
            if first.bold:
                first.bold_font = bold_font(p, self.styles, style_id, para_bold)
            if len(blocks) > 1:  # a line after a manual break opens in bold too
                for block, start in zip(blocks[1:], line_bold_starts(out, marks)[1:]):
                    block.bold = start
                    if start:
                        block.bold_font = bold_font(p, self.styles, style_id, para_bold)
        if any(part.strip() for part in parts) and not (
            level is None and not is_title and masthead_line("".join(parts))
        ):
            # (a 版头's lines over an issued document's title, 份号 to 文号, in large red
            # type: neither the title nor a paragraph counted before it)
            self._seen += 1
            self._contents_label = blocks if CONTENTS_LABEL.match("".join(parts).strip()) else None
            if level is None and not is_title:
                # set as a title by hand: in an official title's font or size, or (the
                # first paragraph) centred and in bold
                is_title = (self._seen <= 3 and _official_title(p, ppr)) or (
                    self._seen == 1 and _bold_centred(first, ppr)
                )
        if is_title:
            first.kind = "title"
        elif self._bullet and level is None:
            first.kind = "bullet"
            self.bullet_kinds[id(first)] = self._bullet_kind
        elif level is None and self.styles.is_quote(style_id):
            for block in blocks:
                block.kind = "quote"
        return blocks

    def _in_contents(self, p) -> bool:
        """Whether paragraph ``p`` is part of a TOC field's result: the field open where it
        begins, or opened in it. Word's "insert table of contents" makes one field whose
        entries carry the TOC 1/TOC 2 styles, but a file pasted or converted from elsewhere
        keeps the field (hyperlinks, PAGEREF page numbers) with its entries in any style."""
        inside = "TOC" in self._fields
        for el in p.iter(FLD_CHAR, INSTR, FLD_SIMPLE):
            if el.tag == INSTR:
                if self._fields and not self._fields[-1]:
                    self._fields[-1] = (el.text or "").strip().split(" ", 1)[0].upper()
            elif el.tag == FLD_SIMPLE:
                inside = inside or (el.get(qn("w:instr")) or "").split()[:1] == ["TOC"]
            elif el.get(qn("w:fldCharType")) == "begin":
                self._fields.append("")
            elif el.get(qn("w:fldCharType")) == "end" and self._fields:
                self._fields.pop()
            inside = inside or "TOC" in self._fields
        return inside

    def _text_boxes(self, p) -> list[Block]:
        """The paragraphs of the text boxes anchored in an empty paragraph at the top.

        A title is sometimes typed in a floating text box (to place it freely or colour
        it) anchored in an otherwise empty paragraph at the top, and a red-head's 发文机关
        in another above it; their text is nowhere else in the body, so within the head's
        first lines (:data:`_BOXED_HEAD`) the boxes' paragraphs are read as the document's
        own, in their anchor's place, once (the VML copy under mc:Fallback is skipped).
        Boxes further down are sidebars and logos, left out as before.
        """
        blocks: list[Block] = []
        for box in p.iter(W + "txbxContent"):
            if any(anc.tag == MC + "Fallback" for anc in box.iterancestors()):
                continue
            for inner in _children(box, P):
                blocks.extend(b for b in self.paragraph(inner) if b.text.strip())
        return blocks

    def paragraph_text(self, p) -> str:
        block = self.paragraph(p)
        text = " ".join(b.text.strip() for b in block if b.text.strip())
        label = block[0].numbering if block else None
        return f"{label}{text}" if label and text else text

    def table(self, tbl) -> Iterator[Block]:
        rows = [_cells(tr) for tr in _children(tbl, TR)]
        if all(len(cells) <= 1 for cells in rows):
            # A one-column table is a layout box (web pages pasted into Word): its
            # paragraphs are the document's paragraphs.
            for cells in rows:
                for tc in cells:
                    yield from self.blocks(tc)
            return
        state = (self._seen, self._contents_label)
        texts_of = [[self.cell_text(tc) for tc in cells] for cells in rows]
        how, where = table_layout(
            texts_of, lambda r, c: [self.paragraph_text(p) for p in _children(rows[r][c], P)]
        )
        if how == "parts":
            # a report written in a label | prose table: its rows are the body's parts,
            # read again as paragraphs (the cell texts above were only looked at)
            self._seen, self._contents_label = state
            for r in where:
                for tc in rows[r]:
                    yield from self.blocks(tc)
            return
        if how == "cell":
            # a form whose one cell holds the text (an OA 发文处理单's 正文 cell): the
            # cell's paragraphs are the body, read in their place as the document's own;
            # the form's rows around it stay table rows (:mod:`..draft_form`)
            self._seen, self._contents_label = state
            r, c = where
            for k, texts in enumerate(texts_of):
                if k == r:
                    yield from self._body_cell(rows[k][c])
                elif any(texts):
                    yield Block("\t".join(texts), kind="table")
            return
        for texts in texts_of:
            if any(texts):
                yield Block("\t".join(texts), kind="table")

    def _body_cell(self, tc) -> Iterator[Block]:
        """The paragraphs of a form's body cell, without the cell's own label over them
        (正　　文：, which names the cell, not a line of the text)."""
        children = list(_children(tc, P, TBL))
        if (
            children
            and children[0].tag == P
            and BODY_LABEL.match("".join(self.paragraph_text(children[0]).split()))
        ):
            children = children[1:]
        yield from self.blocks(children)

    def cell_text(self, tc) -> str:
        parts: list[str] = []
        for child in _children(tc, P, TBL):
            if child.tag == P:
                parts.append(self.paragraph_text(child))
            else:
                parts.extend(
                    " ".join(self.cell_text(c) for c in _cells(tr)) for tr in _children(child, TR)
                )
        return " ".join(p for p in parts if p)


# GB/T 9704: a document's title is centred in 2号 小标宋 (22 pt): readers.official_title


def _official_title(p, ppr) -> bool:
    """A paragraph laid out as an official title: centred, in a 小标宋 font or large."""
    jc = child_val(ppr, "w:jc")
    if jc not in ("center", "centre"):
        return False
    for rpr in p.iter(qn("w:rPr")):
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None and any(
            OFFICIAL_TITLE_FONT.search(fonts.get(qn(f"w:{a}")) or "")
            for a in ("eastAsia", "ascii", "hAnsi")
        ):
            return True
        size = half_points(child_val(rpr, "w:sz"))
        if size is not None and size >= 2 * OFFICIAL_TITLE_PT:  # w:sz is in half-points
            return True
    return False


def _bold_centred(block: Block, ppr) -> bool:
    """The first paragraph of a file, centred and in bold throughout: its title as people
    set it by hand, whatever its length (a talk's title of 47 characters with a comma was
    read as body, the text alone taking no title that long), unless it opens as a part
    heading (一、), a subtitle (——) or a bracketed date would."""
    text = block.text.strip()
    return (
        child_val(ppr, "w:jc") in ("center", "centre")
        and bool(text)
        and block.bold == text
        and not text.startswith(("—", "-", "（", "("))
        and match_marker(text) is None
    )


def _children(element, *tags: str) -> Iterator:
    """Children with one of ``tags``, looking through content controls and custom XML."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, *tags)
        elif child.tag == CUSTOM_XML:
            yield from _children(child, *tags)


def _cells(tr) -> list:
    return [tc for tc in _children(tr, TC) if not _is_merged_continuation(tc)]


def _is_merged_continuation(tc) -> bool:
    tc_pr = tc.find(qn("w:tcPr"))
    merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
    return merge is not None and merge.get(qn("w:val")) in (None, "continue")


def _is_toc_control(sdt) -> bool:
    pr = sdt.find(qn("w:sdtPr"))
    if pr is None:
        return False
    gallery = pr.find(f"{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and "Contents" in (gallery.get(qn("w:val")) or "")


def read_docx(path: Path, fmt: str = "docx", display_name: str | None = None) -> RawDocument:
    """Read a .docx file (``fmt``/``display_name`` differ when it was converted from .doc)."""
    name = display_name or path.name
    blocks, warnings = _read_package(checked_docx(path, name), name)
    return RawDocument(str(path), fmt, blocks, None, warnings)


def _read_package(package, name: str, depth: int = 0) -> tuple[list[Block], list[str]]:
    """The paragraphs and warnings of a Word package: the checked in-memory zip of a file
    (:func:`.safe_zip.checked_docx`), or the bytes of a .docx an altChunk imports
    (``depth`` chunks deep: checked here against the same limits)."""
    import docx  # python-docx; imported here so the other readers do not pay for it

    if isinstance(package, bytes):
        package = checked_docx(io.BytesIO(package), name)  # (a chunk: zipfile reads the bytes)
    try:
        document = docx.Document(package)
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on bad files
        raise ReadError(
            f"{name}: not a valid Word .docx file (damaged, or another format renamed .docx)"
        ) from exc
    part = document.part
    styles = Styles(_related_root(part, "styles"))
    numbering = Numbering.from_xml(_related_root(part, "numbering"), styles.num_ids())
    reader = _BodyReader(styles, numbering, part, name, depth)
    blocks = list(reader.blocks(document.element.body))
    if reader.dropped:
        blocks = [b for b in blocks if id(b) not in reader.dropped]
    blocks = bullet_headings(blocks, reader.bullet_kinds)
    warnings = [f"{name}: 样式继承链超过 {MAX_STYLE_CHAIN} 层，已截断"] if styles.cut else []
    warnings += reader.warnings
    return blocks, warnings


def _related_root(part, kind: str):
    """The XML root of the styles/numbering part, or ``None`` when the file has none.

    python-docx's ``numbering_part``/``styles`` would create a default part instead.
    """
    suffix = f"/relationships/{kind}"
    for rel in part.rels.values():
        if rel.reltype.endswith(suffix) and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None
