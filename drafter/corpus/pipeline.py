"""The reading pipeline itself: raw blocks -> clean -> apparatus -> metadata -> outline ->
Document, and one file read through it under the time limit.

It sits below both ways of running it: :mod:`drafter.corpus.load` (in this process) and
:mod:`drafter.corpus.isolated` (in a worker process, for callers off the main thread), so
neither has to import the other to reach it.
"""

from __future__ import annotations

from pathlib import Path

from drafter.corpus.apparatus import split_apparatus, writer_lines_only
from drafter.corpus.assistant_chat import split_assistant_chat
from drafter.corpus.bounds import time_limit
from drafter.corpus.chat_copy import split_chat
from drafter.corpus.clean import clean_blocks, hard_wrapped
from drafter.corpus.compilation import speech_item
from drafter.corpus.draft_form import draft_form, top_fields
from drafter.corpus.genre_occasion import level_of, note_occasion
from drafter.corpus.mail_copy import split_mail
from drafter.corpus.meeting_head import meeting_head
from drafter.corpus.metadata import extract_metadata
from drafter.corpus.model import ASIDE, PREFACE, Document, RawDocument
from drafter.corpus.outline import parse_outline
from drafter.corpus.printed_head import printed_head
from drafter.corpus.readers import read_file
from drafter.corpus.section_tails import lift_tails
from drafter.corpus.traditional import (
    Restorer,
    is_traditional,
    opening_text,
    restore_document,
    simplified_raw,
)

WORD_FORMATS = frozenset({"docx", "doc", "wps", "rtf", "odt"})
# Formats whose blocks are whole paragraphs (never re-joined like lines of a text file).
# A PDF's are the reader's: it re-flows lines by their place on the page (fill, indent,
# gaps, the page's foot), which says more than the words; re-joined as lines, a heading
# without a stop ran into the paragraph under it, and a paragraph ending in a note mark
# (…战线。”[1]) into the next.
PARAGRAPH_FORMATS = WORD_FORMATS | {"html", "mhtml", "pdf", "ofd"}


def build_document(raw: RawDocument) -> Document:
    """Clean, read metadata from and outline a document a reader has produced. A document
    in traditional characters is read through a simplified copy and given back in its own
    characters (:mod:`drafter.corpus.traditional`)."""
    if not is_traditional(opening_text(raw)):
        return _build(raw, raw.text)
    copy = simplified_raw(raw)
    doc = _build(copy, raw.text)
    back = Restorer(
        "\n".join([b.text for b in raw.blocks] + list(raw.hints.values())),
        "\n".join([b.text for b in copy.blocks] + list(copy.hints.values())),
    )
    restore_document(doc, back)
    return doc


def _build(raw: RawDocument, raw_text: str) -> Document:
    # what the file folds away (a Markdown <details> block: 会议议程（点击展开） over the agenda)
    # is kept with the document, out of the body, before anything reads the body
    folded = [b.text for b in raw.blocks if b.kind == ASIDE]
    # and a note the file sets above the text (a blog post's teaser over <!--more-->)
    preface = [b.text for b in raw.blocks if b.kind == PREFACE]
    if folded or preface:
        blocks = [b for b in raw.blocks if b.kind not in (ASIDE, PREFACE)]
    else:
        blocks = raw.blocks
    # a speech that came as an e-mail saved as text: the mail's headers, covering note and
    # attachment line go aside before anything reads the speech (see mail_copy)
    mail = split_mail(blocks)
    if mail is not None:
        blocks = mail.blocks
    # or in a chat, cut into messages (a WeChat/QQ export): the sender's messages are the
    # speech, the export's head its source line, the other messages notes (see chat_copy)
    chat = split_chat(blocks) if mail is None else None
    if chat is not None:
        blocks = chat.blocks
    # or copied out of a chat with an AI assistant: the draft it sent is the speech, the
    # prompts chrome, its words on the draft notes (see assistant_chat)
    asked = split_assistant_chat(blocks) if mail is None and chat is None else None
    if asked is not None:
        blocks = asked.blocks
    # Word paragraphs are paragraphs, and so are a PDF's re-flowed lines; lines of text
    # files may be cut anywhere, and so may the "paragraphs" of a page or a Word file made
    # of a hard-wrapped text (a line per <br> or per paragraph mark, all of one width)
    paragraphs = raw.format in PARAGRAPH_FORMATS and not hard_wrapped(blocks)
    cleaned = clean_blocks(blocks, paragraphs=paragraphs)
    # a meeting's papers bound as one file (cover, 目录, 议程, 通报, the speech): the speech
    # is the document, its cover furniture and the other items apparatus
    bound = speech_item(cleaned.blocks, cleaned.removed)
    if bound is not None:
        cleaned.blocks = bound.blocks
        cleaned.removed.extend(("cover", b) for b in bound.cover)
    # the drafting form the text went through (发文稿纸: 标题 / 文种 / 拟稿人 / 签发 …): the
    # text's source line, wherever it stands, never its title or date
    form = draft_form(cleaned.blocks)
    if form is not None:
        cleaned.blocks = form.blocks
    # a record's head set as a table (its caption, 时间/地点/主持人 rows): the record's
    # source line, its 时间 the date when the header gives none
    record = meeting_head(cleaned.blocks)
    if record is not None:
        cleaned.blocks = record.blocks
    if form is None:
        # any other table of fields over everything (文件编号 | … | 版本 | …): never the title;
        # or a series' head over the text (领导讲话材料 / …办公室　2027年7月12日印)
        form = top_fields(cleaned.blocks) or printed_head(cleaned.blocks)
        if form is not None:
            cleaned.blocks = form.blocks
    # the editor's and the website's additions go aside before the header is read
    split = split_apparatus(cleaned.blocks)
    meta = extract_metadata(
        split.blocks,
        cleaned.removed,
        page=raw.format in ("html", "mhtml"),
        info_under=cleaned.info_under,
    )
    about = " ".join(x for x in (meta.metadata.title, meta.metadata.occasion) if x)
    outline = parse_outline(
        meta.body,
        styles=raw.format in WORD_FORMATS,
        title=about,
        speaker=meta.metadata.speaker,
        stated=raw.format == "md" or (asked is not None and asked.markdown),
    )
    # a report's part goes on after its run of one-paragraph points (五年来，… 同时，我们也…):
    # that text is the part's, not its last point's
    lift_tails(outline.outline, meta.metadata.genre)
    # an appendix standing after the text (附件：初任培训班学员守则 over its rules) is
    # apparatus, kept with the document and shown apart, as one the tail's labels set aside
    # (【参考资料】, 附录：…) is; it stands above those in the text
    split.apparatus.appendix[:0] = folded + outline.appendix
    split.apparatus.notes[:0] = preface
    if bound is not None:
        split.apparatus.appendix.extend(bound.items)
    source = split.apparatus.source
    if meta.page_info and (source is None or writer_lines_only(source)):
        # a page's 来源：/时间： lines are where and when the text was published: its source
        # line, shown apart, when the text carries none of its own (who wrote it up, 执笔：…,
        # is said after them)
        split.apparatus.source = "　".join([*meta.page_info, *([source] if source else [])])
    if mail is not None:
        source = split.apparatus.source
        split.apparatus.source = "　".join([*mail.headers, *([source] if source else [])])
        split.apparatus.notes[:0] = mail.notes
    if chat is not None:
        source = split.apparatus.source
        split.apparatus.source = "　".join([*chat.headers, *([source] if source else [])])
        split.apparatus.notes[:0] = chat.notes
    if asked is not None:
        split.apparatus.notes[:0] = asked.notes
    if record is not None:
        source = split.apparatus.source
        split.apparatus.source = "　".join([*record.lines, *([source] if source else [])])
    if form is not None:
        source = split.apparatus.source
        split.apparatus.source = "　".join([*form.lines, *([source] if source else [])])
    m = meta.metadata
    if m.title is None and form is not None:
        m.title = form.title
    if m.date is None and record is not None:
        m.date = record.date
    if m.occasion is None and split.apparatus.notes:
        # "* 这是…在…会议上的讲话": the editor's note names the meeting the header does not
        m.occasion = note_occasion(split.apparatus.notes)
        m.level = m.level or level_of(m.occasion, m.title, m.subtitle)
    if mail is not None and mail.subject and not meta.metadata.title:
        meta.metadata.title = mail.subject  # the mail's subject names a text that has no title
    for key, value in raw.hints.items():  # what the file says outside its text
        if hasattr(meta.metadata, key) and not getattr(meta.metadata, key):
            setattr(meta.metadata, key, value)
    warnings = [*raw.warnings, *cleaned.warnings, *meta.warnings, *outline.warnings]
    return Document(
        path=raw.path,
        format=raw.format,
        metadata=meta.metadata,
        outline=outline.outline,
        raw_text=raw_text,
        warnings=warnings,
        encoding=raw.encoding,
        apparatus=split.apparatus,
    )


def read_within(path: str | Path, seconds: float) -> Document:
    """Read ``path`` through the whole pipeline, stopped after ``seconds`` of CPU time or
    the much longer wall-clock backstop (:func:`~drafter.corpus.bounds.time_limit`: an
    alarm, which works only on a process's main thread, which is why the worker process
    exists)."""
    # (a Path is passed on as it is: making a new one costs a few µs of every file read)
    path = path if isinstance(path, Path) else Path(path)
    with time_limit(seconds, path.name):
        return build_document(read_file(path))
