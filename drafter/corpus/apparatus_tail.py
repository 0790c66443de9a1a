"""Apparatus after the text: appended material (【参考资料】, 附录：…, 附件, reader comments),
endnotes (注释 with [1] [2] …, the ＠① notes on missing glyphs, an encyclopedia's ↑ notes),
the source line (（《…选集》第五卷，…第48页）) and a list of editions.

Read from the last part of the text (an explicit label from early on, since an appended
document may be longer than the speech): a speech that only mentions 注释 keeps it.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import attrgetter

from drafter.corpus.apparatus_labels import (
    APPENDIX_LABEL,
    COMMENTS_LABEL,
    ENDNOTE,
    ENDNOTE_LABEL,
    TITLED_APPENDIX,
    TITLED_MAX,
)
from drafter.corpus.model import Apparatus, Block
from drafter.corpus.note_marks import circled_mark_numbers, endnote_number

_NOTE_MARK = re.compile(r"[\[［〔](\d{1,3})[\]］〕]")


_TRAILING_NOTE = re.compile(r"^(注|说明|附注|备注)\s*[：:]\s*\S")


# "（《毛泽东选集》第五卷，人民出版社1977年4月第1版，第3―7页）", "（原载《人民日报》…）"
_SOURCE_LINE = re.compile(
    r"^[（(](原载|载|转载自|选自|摘自|录自|根据|出自)?\s*《[^》]{1,40}》[^（）()]{0,60}"
    r"(卷|版|页|期|日|号|年|刊|报)[^（）()]{0,12}[）)]?$"
)


# 附件 / 附件2 / 名词解释 / 名词注释 alone on a line in the last part of a report: what the
# office appended after the speech (民生实事 lists, glossaries), not its closing; 附表一 / 附表1
# alone over a table's caption (a law's 环境保护税税目税额表) as well
_ANNEX_LABEL = re.compile(
    r"^(附\s*[件表]\s*[0-9０-９一二三四五六七八九十]{0,2}|名词(解释|注释|解释和注释))\s*[：:]?$"
)


# an official document's 版记 (GB/T 9704) under the text: the copy-to line (抄送：…) and the
# printing office with its date (…办公室　2027年1月20日印发), and a 简报's 报/发 line: the
# office's record of how the paper went out, not the text's end (its date is not the text's either)
_IMPRINT = re.compile(
    r"^(?:(?:抄送|分送|发送|印送)\s*[：:]\S.{0,200}"
    # a 简报's 报送 line (报：县委…　发：各代表团…　（共印150份）): whom the issue went to
    r"|(?:报|报送|送)\s*[：:]\S.{0,200}?(?:[\s\u3000](?:发|分发|发送)\s*[：:]\S.{0,200}"
    r"|[（(]共印\s*\d+\s*份[）)])"
    r"|\S.{0,40}?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}日\s*印\s*发)$"
)


# a minutes' record of who attended, under its text (出席：卢某、邹某 / 列席：县发改局…
# / 记录：…): the office's record of the meeting, not the minutes' closing (modern_blind10
# w06; ../shared holds no such line)
_ATTENDANCE = re.compile(
    r"^(?:出席|列席|参加|缺席|请假|记录)(?:人员|领导|单位|会议人员)?\s*[：:]\s*\S.{0,300}$"
)


# a newspaper piece's byline in brackets after its text: "（本报记者　阮星河）"
_END_BYLINE = re.compile(
    r"^[（(](?:本报|本刊|新华社|本台)?(?:全媒体)?(?:特约)?记者[\s\u3000]*[\u4e00-\u9fff\s\u3000、]{2,24}[）)]$"
)


# an editor's word on the text at its very end: "（本文有删节）", "（有删减）": what was done to the
# text, never the speaker's words (modern_blind16 x04)
_CUT_NOTE = re.compile(
    r"^[（(](?:本文|全文|此文|原文|讲话)?(?:有|略有|已)(?:删节|删减)[。.]?[）)]$"
)


_BRACKET_LABEL = re.compile(r"^[【\[［][^】\]］\d第]{2,8}[】\]］]$")


# (split_tail's short lines: 16 characters at most, or a 附 label of TITLED_MAX)
_TITLED_OR_SHORTER = max(TITLED_MAX, 16).__ge__
_TEXT = attrgetter("text")


def split_tail(blocks: list[Block], app: Apparatus) -> list[Block]:
    """``blocks`` without the appended material, endnotes, source line and editions after the
    text, each put in ``app``: read first, so the notes above a source line are found at the
    end of the text and the top zone knows the appendix a contents line names."""
    n = len(blocks)
    if n < 3:
        return blocks
    start = max(1, int(n * 0.4))
    # Cleaned blocks carry no surrounding spaces, and every label is short: one pass over
    # the lengths finds the few lines worth a regular expression.
    # (the lines short enough found in C first: a long text has few)
    short = [
        i
        for i in compress(count(), map(_TITLED_OR_SHORTER, map(len, map(_TEXT, blocks))))
        if i and (len(blocks[i].text) <= 16 or blocks[i].text[:1] == "附")
    ]
    texts = _Texts(blocks)
    inline_marks: set[str] | None = None  # read only when a note line ends the text
    cut = n
    # an appended document may be longer than the speech: an explicit label counts
    # from early on, reader comments only in the last part
    first = max(1, int(n * 0.15))
    for i in short:
        if i < first:
            continue
        t = texts[i]
        if not t:
            continue
        if (
            APPENDIX_LABEL.match(t)
            or TITLED_APPENDIX.match(t)
            or _related_piece(texts, i)
            or (i >= start and (COMMENTS_LABEL.match(t) or _ANNEX_LABEL.match(t)))
        ):
            cut = i
            break
    labelled = any(
        i < cut
        and "注" in blocks[i].text  # (every label's word holds 注: most lines answer here)
        and len(texts[i]) <= 12
        and ENDNOTE_LABEL.match(texts[i])
        for i in short
    )
    # appended material (and any endnotes inside it), read in order. Where the speech has
    # notes of its own under a 注释 label above, notes under one inside the appended
    # material are that document's (the 决议 a 选集 appends numbers its own [1] [2] …): they
    # stay with it, label and all, not among the speech's notes
    mode = "appendix"
    for i in range(cut, n):
        t = texts[i]
        if not t:
            continue
        if ENDNOTE_LABEL.match(t) and not labelled:
            mode = "endnotes"
            continue
        if (
            APPENDIX_LABEL.match(t)
            or TITLED_APPENDIX.match(t)
            or COMMENTS_LABEL.match(t)
            or _ANNEX_LABEL.match(t)
        ):
            mode = "appendix"
        if mode == "endnotes":
            _add_endnote(app, t)
        else:
            app.appendix.append(t)
    keep = _take_endnote_sections(blocks[:cut], app) if labelled else blocks[:cut]

    # endnotes, trailing notes and the source line standing at the end of the text; they
    # come after any read from 注释 sections above, in text order
    at = len(app.endnotes)
    keep = _take_editions(keep, app)
    keep = _take_glyph_notes(keep, app, at)
    keep = _take_arrow_notes(keep, app, at)
    # a date signed under everything (a Word file laid out as an official document puts
    # the date last): the source line and notes above it are still the text's end
    signed: list[Block] = []
    if (
        len(keep) > 2
        and _SIGNED_DATE.match(keep[-1].text.strip())
        and (_SOURCE_LINE.match(keep[-2].text.strip()) or ENDNOTE.match(keep[-2].text.strip()))
    ):
        signed.append(keep.pop())
    byline = None  # an end byline read as the source: a book's source line may stand over it
    run_next = ""  # the number of the note above the last one taken, in a run of them
    while keep:
        t = keep[-1].text.strip()
        if not t:
            keep.pop()
            continue
        m = ENDNOTE.match(t)
        if m and inline_marks is None:
            inline_marks = _inline_marks([b.text for b in blocks])
        if m and m.group(1) in inline_marks and (len(keep) > start or m.group(1) == run_next):
            # (a run numbered down by one, each note's mark in the text, goes on past the
            # last 60%: a PDF's footnotes, gathered after a short text, may outnumber its
            # paragraphs — fifteen notes under seven paragraphs)
            app.endnotes.insert(at, t)
            keep.pop()
            run_next = str(int(m.group(1)) - 1)
            continue
        if _SOURCE_LINE.match(t) and (app.source is None or app.source == byline):
            # (under it a paper's "（本报记者 李春华 整理）", read first: both are the source)
            app.source = "　".join(x for x in (t.strip("（()）"), byline) if x)
            keep.pop()
            continue
        if app.source is None and len(t) <= 30 and _END_BYLINE.match(t):
            app.source = byline = t.strip("（()）")
            keep.pop()
            continue
        # (wherever the end stands: endnotes or an appended document taken from under the
        # text may leave fewer lines than the 40% the other tail lines are looked for in)
        if len(keep) > 1 and (_IMPRINT.match(t) or _ATTENDANCE.match(t)):
            app.appendix.insert(0, t)
            keep.pop()
            continue
        if len(keep) > 1 and _CUT_NOTE.match(t):
            app.notes.append(t)
            keep.pop()
            continue
        if _TRAILING_NOTE.match(t) and app.endnotes and len(t) <= 200:
            app.endnotes.insert(at, t)
            keep.pop()
            continue
        break
    return keep + signed


# "○ 四四年版毛泽东选集卷二" / "※ 解放四期　　一九三七•五•二四": an editor's list of the
# editions a text appeared in, one per line under a mark, at the very end; the first
# edition may wear a ● ("●解放五七期  一九三八．一一．二五" over ※ lines), a mark that
# alone says no more than a bullet
_EDITION_LINE = re.compile(r"^[※○◎●]\s*\S")


_EDITION_MARKS = "※○◎"


def _take_editions(keep: list[Block], app: Apparatus) -> list[Block]:
    """Take a list of two or more edition lines off the end of the text: where it was
    published is the source (or, when a source line was found, goes with the notes)."""
    j = len(keep)
    while j > 0 and (t := keep[j - 1].text.strip()) and len(t) <= 80 and _EDITION_LINE.match(t):
        j -= 1
    editions = [b.text.strip() for b in keep[j:]]
    if len(editions) < 2 or not any(t[0] in _EDITION_MARKS for t in editions):
        return keep
    if app.source is None:
        app.source = "；".join(editions)
    else:
        app.notes.extend(editions)
    return keep[:j]


# "字库未存字注释：" then "＠①原字石右加安": a typesetter's notes on the characters its font
# lacked (the text prints ＠① where each one stands), the last lines of the text
_GLYPH_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,8}注\s*释\s*[：:]?$")


_GLYPH_NOTE = re.compile(r"^[＠@][①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")


def _take_glyph_notes(keep: list[Block], app: Apparatus, at: int) -> list[Block]:
    """Take a qualified notes label (字库未存字注释：) and the ＠① notes under it off the end
    of the text: endnotes, kept with the document (the ＠① in the text stay, standing for
    the characters)."""
    j = len(keep)
    while j > 0 and _GLYPH_NOTE.match(keep[j - 1].text.strip()):
        j -= 1
    if j == len(keep) or j == 0 or not _GLYPH_LABEL.match(keep[j - 1].text.strip()):
        return keep
    app.endnotes[at:at] = [keep[j - 1].text.strip(), *(b.text.strip() for b in keep[j:])]
    return keep[: j - 1]


_SIGNED_DATE = re.compile(
    r"^[（(]?[0-9〇○零一二三四五六七八九]{4}\s*年\s*[0-9〇○零一二三四五六七八九十]{1,2}\s*月"
    r"(?:\s*[0-9〇○零一二三四五六七八九十]{1,3}\s*日)?[）)]?$"
)


_BACK_ARROW = frozenset("↑^⇧")


def _take_arrow_notes(keep: list[Block], app: Apparatus, at: int) -> list[Block]:
    """Endnotes as an online encyclopedia prints them: each after a back-link arrow
    ("↑" on its line, or "↑ 音译，…"), in the order of the marks [1] [2] … in the text.
    Two or more, or one the text marks, at the very end are the notes, numbered in turn."""
    j = len(keep)
    notes: list[str] = []
    while j > 0:
        t = keep[j - 1].text.strip()
        if j >= 2 and keep[j - 2].text.strip() in _BACK_ARROW and t and t[0] not in _BACK_ARROW:
            notes.append(t)
            j -= 2
        elif len(t) > 2 and t[0] in _BACK_ARROW and t[1] in " \u3000":
            notes.append(t[2:].strip())
            j -= 1
        else:
            break
    if not notes or len(notes) < 2 and "1" not in _inline_marks([b.text for b in keep[:j]]):
        return keep
    notes.reverse()
    app.endnotes[at:at] = [f"[{k}] {t}" for k, t in enumerate(notes, 1)]
    return keep[:j]


class _Texts:
    """``blocks[i].text.strip()`` on demand, as a sequence (most lines are never read)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [b.text.strip() for b in self.blocks[i]]
        return self.blocks[i].text.strip()

    def __len__(self) -> int:
        return len(self.blocks)


def _take_endnote_sections(blocks: list[Block], app: Apparatus) -> list[Block]:
    """Take out each 注释 label with the numbered notes under it, wherever it stands
    after the opening (a volume may print a second piece after the first one's notes)."""
    out: list[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        t = blocks[i].text
        if (
            i >= 1
            and len(t) <= 12
            and ENDNOTE_LABEL.match(t.strip())
            and _next_is_endnote(blocks, i)
        ):
            i += 1
            first = True
            while i < n:
                t = blocks[i].text.strip()
                if blocks[i].kind == "bullet" or t.startswith(("*", "＊")):
                    t = "* " + t.lstrip("*＊ \u3000")  # the note on the title's asterisk
                elif t and first and not ENDNOTE.match(t) and not _CIRCLED_NOTE.match(t):
                    # the note on the title with its asterisk lost (a page, a Word file):
                    # the first paragraph under the label, before note [1]
                    t = "* " + t
                elif t and not ENDNOTE.match(t) and not _CIRCLED_NOTE.match(t):
                    if _SOURCE_LINE.match(t) and app.source is None:
                        app.source = t.strip("（()）")
                        i += 1
                        continue
                    j = _next_numbered_note(blocks, i, app.endnotes)
                    if j is None:
                        break
                    # a note that runs over several paragraphs (a document quoted in
                    # full under [1]): all of it up to note [2] belongs to note [1]
                    app.endnotes[-1] += "".join(
                        "\n" + b.text.strip() for b in blocks[i:j] if b.text.strip()
                    )
                    i = j
                    continue
                if t:
                    _add_endnote(app, t)
                    first = False
                i += 1
            continue
        out.append(blocks[i])
        i += 1
    return out


def _next_numbered_note(blocks: list[Block], i: int, endnotes: list[str]) -> int | None:
    """Where the note after the last one read starts ([n+1] after [n]), if it does."""
    if not endnotes:
        return None
    m = ENDNOTE.match(endnotes[-1])
    if m is None:
        return None
    want = int(m.group(1)) + 1
    for j in range(i, len(blocks)):
        text = blocks[j].text.strip()
        if text.startswith(("附录", "附件", "附：")) or ENDNOTE_LABEL.match(text):
            return None  # an appended document or another piece's notes: not this note
        found = ENDNOTE.match(text)
        if found and int(found.group(1)) == want:
            return j
    return None


def _add_endnote(app: Apparatus, text: str) -> None:
    if _SOURCE_LINE.match(text) and app.source is None:
        app.source = text.strip("（()）")
    elif ENDNOTE.match(text) or _CIRCLED_NOTE.match(text) or text[0] == "*" or not app.endnotes:
        app.endnotes.append(text)
    else:
        app.endnotes[-1] += "\n" + text  # a note that runs over two paragraphs


_CIRCLED_NOTE = re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]")


def _inline_marks(texts: list[str]) -> set[str]:
    """Note numbers the text refers to ("…国家主义派[1]和…", or a circled "…三会一课”①等"), not
    counting a line that starts with one (that is the note itself)."""
    marks: set[str] = set()
    for t in texts:
        if "[" in t or "［" in t or "〔" in t:
            for m in _NOTE_MARK.finditer(t):
                if m.start() > 0:
                    marks.add(m.group(1))
        marks |= circled_mark_numbers(t)  # (①: a PDF's page-foot note gathered as [1])
    return marks


def _next_is_endnote(blocks: list[Block], i: int) -> bool:
    """Whether a note follows the label at ``i``: a numbered one, or the note on the title
    (its asterisk or bullet, or none left, when note [1] comes right after it)."""
    plain = 0
    for b in blocks[i + 1 : i + 6]:
        t = b.text.strip()
        if not t:
            continue
        if ENDNOTE.match(t) or _CIRCLED_NOTE.match(t) or b.kind == "bullet" or t[0] in "*＊":
            return plain == 0 or ENDNOTE.match(t) is not None and endnote_number(t) == "1"
        plain += 1
        if plain > 1:
            return False
    return False


def _related_piece(texts: _Texts, i: int) -> bool:
    """A bracketed label alone on a line with another piece's 《title》 after it: the
    editor appended a related document (【华为文件】 / 《关于…的管理规定》)."""
    if not _BRACKET_LABEL.match(texts[i]):
        return False
    for t in texts[i + 1 : i + 4]:
        if t:
            return t.startswith("《")
    return False
