"""The data model shared by every stage of reading a document.

The pipeline is ``read -> clean -> metadata -> outline`` (see ``drafter.corpus.load``):

* a reader turns a file into a :class:`RawDocument`: a list of :class:`Block` (one per
  line or Word paragraph) plus hints the format gives for free (Word heading styles,
  Markdown ``#`` levels, automatic numbering);
* cleaning removes boilerplate and re-joins broken lines, still as blocks;
* metadata takes the header zone (title, speaker, date ...) off the top;
* the outline parser turns the remaining body into a tree of :class:`Section`.

Everything here is plain data with no Qt, so the core can be tested and used from the
command line alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

# Markers that end in a word rather than punctuation and read with a space after them:
# 第一章 总则, 第二节 一般规定, 第一部分 形势, 第三编 分则, 第一篇 …
_WORD_MARKER_ENDS = frozenset("章节编篇分")


class ReadError(Exception):
    """A file could not be read as a document.

    The message is one line a user can act on and names the file, e.g.
    ``"report.bin: not a text file (binary content)"``.
    """


#: :attr:`Block.kind` of what a reader found folded away in the file (a Markdown
#: ``<details>`` block): apparatus the pipeline keeps with the document, out of the body
ASIDE = "aside"
#: :attr:`Block.kind` of a writer's note the file itself sets above the text (a blog
#: post's teaser over ``<!--more-->``): apparatus kept as the document's notes, not its body
PREFACE = "preface"


# (slots: a text file makes a block for each of its lines, and every stage reads their
# fields; without a __dict__ they are made and read quicker)
@dataclass(slots=True)
class Block:
    """One line (text files) or paragraph (Word, PDF after re-flow) of a document.

    ``heading_level`` is set only when the file format itself says the block is a heading
    (a Word "Heading 2" style, a Markdown ``##``); ``numbering`` holds the label of Word's
    automatic numbering (``"一、"``) when the text itself carries no marker. ``kind`` is
    ``"text"``, ``"table"`` (text from a table cell row), ``"title"`` (a Word Title style) or
    :data:`ASIDE` (folded away in the file: apparatus, taken out before cleaning) or
    :data:`PREFACE` (a note the file sets above the text, taken out the same way).
    ``bold`` holds the words the paragraph opens with in bold (a Word file's run-in lead
    sentence, or the whole text when all of it is bold): a Word summary marks its lower
    headings so, and the outline reads them where the document does it consistently.
    ``list_num`` is the Word list (``numId``, level) that printed ``numbering``, and
    ``bold_font`` the East Asian font of the bold lead (its run's, else its style's): what a
    file written from the document keeps of the writer's (drafter/drafts/source_styles.py).
    ``indent`` is how many indent characters (spaces, full-width spaces, tabs) the line
    opened with in a text file: where the body's paragraphs are indented, a title set flush
    stands above one indented like them (mao 论联合政府's sub-titles under 我们的具体纲领), a
    mark the outline reads only between otherwise equal levels (:mod:`.indented_titles`).
    A word processor's reader gives the paragraph's first-line indent in characters instead
    (``readers.para_indent``; -1 for a centred paragraph).
    """

    text: str
    heading_level: int | None = None
    numbering: str | None = None
    kind: str = "text"
    bold: str = ""
    list_num: tuple[str, int] | None = field(default=None, repr=False, compare=False)
    bold_font: str = field(default="", repr=False, compare=False)
    indent: int = field(default=0, repr=False, compare=False)


_new = object.__new__


def text_block(text: str) -> Block:
    """``Block(text)``, made without the dataclass ``__init__``: a text file makes one block
    for each of its lines (a hundred a document), and in Python 3.11 calling a class whose
    ``__init__`` is Python code enters a new interpreter frame from C, while a call of this
    function runs in its caller's and its slot stores are specialised; a line's block costs
    about a fifth less. Every field of :class:`Block` is set here to its default
    (tests/corpus/test_quick_answers.py compares the two for every field)."""
    b = _new(Block)
    b.text = text
    b.heading_level = None
    b.numbering = None
    b.kind = "text"
    b.bold = ""
    b.list_num = None
    b.bold_font = ""
    b.indent = 0
    return b


@dataclass
class RawDocument:
    """What a reader returns: the file's text as blocks, before any cleaning."""

    path: str
    format: str  # "txt", "docx", "md", "pdf", "doc", "wps", "rtf", "odt", "ofd", "html" ...
    blocks: list[Block]
    encoding: str | None = None  # detected encoding of text files
    warnings: list[str] = field(default_factory=list)
    # What the file says about itself outside its text (a web page's title, publication
    # date and source): candidates that fill metadata the text does not give.
    hints: dict[str, str] = field(default_factory=dict)
    # the text the blocks join to, when the reader has it whole already (a text file's
    # decoded text): :attr:`text` is then not joined again from every line
    joined: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The raw text, one block per line: what the user's file said."""
        if self.joined is not None:
            return self.joined
        return "\n".join([b.text for b in self.blocks])


@dataclass
class Metadata:
    """What a document says about itself. Unknown values are ``None``, never guessed."""

    title: str | None = None
    subtitle: str | None = None
    speaker: str | None = None  # name as written, e.g. "李强" or "xxx"
    post: str | None = None  # "国务院总理", "区委常委、办公室主任"
    date: str | None = None  # ISO "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is given)
    occasion: str | None = None  # "全区办公室主任暨文秘业务培训会议"
    genre: str | None = None  # 讲话, 工作报告, 总结, 意见, 通知, 方案, 调研报告 ...
    level: str | None = None  # 全国, 全省, 全市, 全区, 全县 ...
    source: str | None = None  # from a 来源： line


@dataclass
class Section:
    """One numbered (or unnumbered) part of the outline.

    ``heading`` excludes the marker and trailing punctuation; ``marker`` is the marker as
    written (``"一、"``, ``"（一）"``, ``"第一，"``, ``"一是"``, ``""`` for unnumbered).
    ``run_in`` is true when the heading was the first sentence of a paragraph; the rest of
    that paragraph is then ``paragraphs[0]``. ``ending`` is the punctuation that closed the
    heading as written (``"："`` for "二、…内控是非常有效的：" on its own line, ``"。"`` for a
    run-in heading's full stop, ``""`` for none): ``heading`` drops it to read as a title, but
    a closing colon is what makes a heading announce the parts under it (the study's roadmap
    reads it), so the outline keeps it here rather than making readers search the raw text.
    Not in :meth:`to_json` (``drafter outline --json`` stays as documented); the cached
    parse keeps it.
    ``after`` is the section's own text after its sub-points: a report's part 一、 lists its
    run-in points 一是…六是 a paragraph each and then goes on with the five-year review and
    the problems, which are the part's, not the sixth point's
    (:mod:`drafter.corpus.section_tails`). It stands after ``children`` in reading order.
    """

    level: int
    marker: str
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    run_in: bool = False
    ending: str = ""
    after: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Marker and heading as a reader sees them: "一、加强领导", "一是腿勤", and
        "第二章 犯罪" (a chapter or part marker ends in a word, so a space separates it)."""
        if self.marker and self.marker[-1] in _WORD_MARKER_ENDS and self.heading:
            return f"{self.marker} {self.heading}"
        return self.marker + self.heading

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_json(self) -> dict:
        """The JSON form (gold files, ``drafter outline --json``); children nested, and
        ``after`` (the text after them) only where the section has some, so the shape of
        every other section stays as documented."""
        data = {
            "level": self.level,
            "marker": self.marker,
            "heading": self.heading,
            "paragraphs": list(self.paragraphs),
            "children": [c.to_json() for c in self.children],
        }
        if self.after:
            data["after"] = list(self.after)
        return data

    @classmethod
    def from_json(cls, data: dict) -> Section:
        """Rebuild from the JSON form; ``marker``, ``paragraphs``, ``run_in``, ``ending`` and
        ``after`` are optional so hand-written gold files stay short (and a cached parse written before
        ``ending`` existed still reads).
        """
        return cls(
            level=int(data["level"]),
            marker=data.get("marker", ""),
            heading=data["heading"],
            paragraphs=list(data.get("paragraphs", [])),
            children=[cls.from_json(c) for c in data.get("children", [])],
            run_in=bool(data.get("run_in", False)),
            ending=str(data.get("ending") or ""),
            after=list(data.get("after") or []),
        )


@dataclass
class Outline:
    """The body of a document: opening, sections and closing."""

    preamble: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    # how sure the parser is of the headings and levels (0..1), and why it doubts
    # (Chinese, for the user: "第一层标题有两种读法：…"); see docs/outline.md
    confidence: float = 1.0
    doubts: list[str] = field(default_factory=list)
    # who vouches for the outline when the user did ("已人工更正" / "已人工核对", from
    # drafter.corpus.corrections); then ``doubts`` is empty and the machine's reasons
    # wait in ``machine_doubts`` for the one place they help: a re-check after the file changed
    checked: str = ""
    machine_doubts: list[str] = field(default_factory=list)
    # how many paragraphs the user's corrections leave headed otherwise than the machine
    # read them (made headings, made text, given another level): the net effect, so that a
    # heading demoted and put back counts 0, not 2 (drafter.corpus.corrections; not stored)
    corrected: int = 0
    # what the confidence was weighed from (drafter.corpus.confidence; not stored)
    signals: dict[str, float] = field(default_factory=dict)

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in document order."""
        for section in self.sections:
            yield from section.walk()


@dataclass
class Paragraph:
    """One searchable unit of a document, with where it stands in the outline.

    ``index`` is the paragraph's position in :meth:`Document.paragraphs` order and is the
    stable address used by the library, search results and draft provenance.
    ``section`` is the heading path from level 1 down, each with its marker
    (``["一、认真履行办公室工作职责", "（一）..."]``).
    ``ending`` is a heading's closing punctuation as written (:attr:`Section.ending`), which
    its text drops: 字数 counts it (:func:`drafter.corpus.display.written`), so the count
    does not change when the user makes a paragraph a heading or a heading text again.
    """

    index: int
    text: str
    section: list[str]
    is_heading: bool
    # "preamble", "body" or "closing"; "appendix" for an appended document the library
    # indexes after the text (drafter.corpus.apparatus.searchable_apparatus)
    part: str
    ending: str = ""


@dataclass
class Apparatus:
    """Material around the text, kept with the document but out of its body.

    ``notes`` are editor's notes and remarks before the text (导读, 编者按, 题解);
    ``stage_notes`` a record's notes standing alone in it of what happened in the hall or
    was not taken down (（观看专题片，略）, （全场鼓掌）), in text order: the recorder's, not an
    editor's, so the reader shows them under a label of their own (现场记录);
    ``endnotes`` the numbered notes after it ("[1] 国家主义派指…"); ``source`` the line
    saying where the text was published; ``appendix`` what was appended (参考资料, a
    related document, reader comments), label lines included so the reader can show
    where each part begins.

    ``site_chrome`` is a saved web page's furniture the reader failed to drop (打印本页,
    关闭窗口, 分享到：, 责任编辑：…) that the user marked 网页杂项: neither the speaker's nor
    an editor's, shown apart under its own label and never searched.

    ``marks`` remembers where the note marks ([1]) stood, which are taken out of the body
    so the index and drafts never carry them: (anchor, number) in text order, the anchor
    being the few characters of body text right before the mark. The reader puts the mark
    back there as a link to its note; a correction or a changed header cannot misplace it,
    as a character offset could be.
    """

    notes: list[str] = field(default_factory=list)
    endnotes: list[str] = field(default_factory=list)
    source: str | None = None
    appendix: list[str] = field(default_factory=list)
    marks: list[tuple[str, str]] = field(default_factory=list)
    stage_notes: list[str] = field(default_factory=list)
    site_chrome: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(
            self.notes
            or self.stage_notes
            or self.endnotes
            or self.source
            or self.appendix
            or self.site_chrome
        )

    def to_json(self) -> dict:
        """The ``"apparatus"`` object of ``drafter outline --json``: the issue's four keys,
        ``notes`` holding every note around the text, the stage notes after the editor's
        (as since they left the body), and, when there are stage notes, ``stage_notes``
        naming them, the last of ``notes``; ``site_chrome`` when the user marked web-page
        lines 网页杂项 (in no other key). ``marks`` are for views and travel in the
        library's cache, which keeps every field."""
        out = {
            "notes": [*self.notes, *self.stage_notes],
            "endnotes": list(self.endnotes),
            "source": self.source,
            "appendix": list(self.appendix),
        }
        if self.stage_notes:
            out["stage_notes"] = list(self.stage_notes)
        if self.site_chrome:  # a key of its own: the four keep their meaning
            out["site_chrome"] = list(self.site_chrome)
        return out

    @classmethod
    def from_json(cls, data: dict | None) -> Apparatus:
        """Tolerant inverse of :meth:`to_json` and of the library cache's every-field dict
        (a library written before it had none): stage notes repeated at the end of
        ``notes``, as :meth:`to_json` writes them, are not kept twice."""
        data = data or {}
        notes = list(data.get("notes") or [])
        stage = list(data.get("stage_notes") or [])
        if stage and notes[-len(stage) :] == stage:
            del notes[-len(stage) :]
        return cls(
            notes=notes,
            stage_notes=stage,
            endnotes=list(data.get("endnotes") or []),
            source=data.get("source"),
            appendix=list(data.get("appendix") or []),
            marks=[(str(a), str(n)) for a, n in data.get("marks") or []],
            site_chrome=list(data.get("site_chrome") or []),
        )


@dataclass
class Document:
    """A read, cleaned and outlined document."""

    path: str
    format: str
    metadata: Metadata
    outline: Outline
    raw_text: str  # the file's text before cleaning, kept for the reader and provenance
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    # editor's notes, endnotes, source line and appended material: kept, not indexed
    apparatus: Apparatus = field(default_factory=Apparatus)

    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph in reading order: preamble, then each heading followed by its
        paragraphs, children and own text after them (:attr:`Section.after`, under the
        section's own heading path), then the closing. Headings are paragraphs too
        (``is_heading=True``, text = marker + heading)."""
        out: list[Paragraph] = []

        def add(text: str, path: list[str], is_heading: bool, part: str, end: str = "") -> None:
            out.append(Paragraph(len(out), text, list(path), is_heading, part, end))

        for text in self.outline.preamble:
            add(text, [], False, "preamble")

        def visit(section: Section, parent: list[str]) -> None:
            label = section.label
            path = [*parent, label]
            add(label, path, True, "body", section.ending)
            for text in section.paragraphs:
                add(text, path, False, "body")
            for child in section.children:
                visit(child, path)
            for text in section.after:
                add(text, path, False, "body")

        for section in self.outline.sections:
            visit(section, [])
        for text in self.outline.closing:
            add(text, [], False, "closing")
        return out

    @property
    def body_text(self) -> str:
        """The cleaned text, one paragraph per line (what counts as 字数)."""
        return "\n".join(p.text for p in self.paragraphs())

    def to_json(self) -> dict:
        """The ``drafter outline --json`` shape (see README)."""
        m = self.metadata
        return {
            "title": m.title,
            "subtitle": m.subtitle,
            "speaker": m.speaker,
            "post": m.post,
            "date": m.date,
            "occasion": m.occasion,
            "genre": m.genre,
            "level": m.level,
            "source": m.source,
            "confidence": self.outline.confidence,
            "doubts": list(self.outline.doubts),
            "checked": self.outline.checked or None,
            "warnings": list(self.warnings),
            "preamble": list(self.outline.preamble),
            "sections": [s.to_json() for s in self.outline.sections],
            "closing": list(self.outline.closing),
            "apparatus": self.apparatus.to_json(),
        }

    def metadata_dict(self) -> dict:
        """The metadata as a plain dict, for JSON output and the library catalog."""
        return asdict(self.metadata)
