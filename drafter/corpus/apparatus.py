"""Editorial apparatus: what an editor or a website added around the author's text.

Published speeches come wrapped: an editor's note (【导读】, 编者按, a 题解 in a block
quote, a starred note on the title) before the text; a source line
(（《…选集》第五卷，…第48页）), endnotes (注释 with [1] [2] …) and appended material
(【参考资料】, a related document, reader comments) after it. None of that is the speech:
it must not be outlined, indexed as the speaker's words, or copied into a draft. But it
is worth keeping, so it is split off here into an :class:`Apparatus` the reader shows
apart, instead of being dropped like site clutter.

Rules look for explicit signals only (a label, brackets, a block quote, a note mark the
text refers to) and for where they stand: notes in the top zone of the text, endnotes and
appendices in its last part. A speech that merely mentions 注释 or 参考资料 keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from drafter.corpus.char_blocks import holds_block
from drafter.corpus.model import Apparatus, Block
from drafter.corpus.provenance_notes import provenance_note

TOP_ZONE = 14  # blocks: an editor's note stands under the title, never further down

# 【导  读】… / 编者按：… / 【背景】…: a labelled note; the label is dropped, the text kept
_NOTE_LABEL = re.compile(
    r"^[【\[［]\s*(导\s*读|编\s*者\s*按|编者的话|编\s*者\s*注|按\s*语|背\s*景|题\s*解|提\s*要|内容提要)"
    r"\s*[】\]］][：:\s\u3000]*"
    r"|^(编者按|编者的话|编者注|按语|题解|内容提要|导读|录入者注|整理者注|译者注|校者注|摘要|核心提示)"
    r"\s*[：:]\s*"
)
# "（《…》一文按语）", "（根据…记录稿整理）" under the title: what the text is
_HEADER_REMARK = re.compile(
    r"^[（(]《[^》]{1,80}》(一文)?(的)?(按语|批语|批示|序言|前言|说明)[）)]$"
    # where the text was translated or transcribed from: "（译自…档案俄文稿）",
    # "（根据讲话录音整理）"
    r"|^[（(](译自|譯自|根据|根據|据|據)[^（）()]{2,60}(稿|整理|记录|記錄|译出|譯出|本)[）)]$"
)
_NOTE_STARTS = ("这是", "本文", "此文", "这篇")
# 〔未删节本〕 / 〔《毛选》删节本〕 / 〔说明〕: an editor's bracketed label over the text
_EDITION_LABEL = re.compile(r"^〔[^〕]{0,10}(本|说明|按|注)〕")
# 范文 sites: "下面是小编为大家整理的…，供大家参考", "以上就是…希望对大家有所帮助"
_SITE_PREFACE = re.compile(
    r"小编|供大家参考|仅供参考|希望对(大家|您|你)有(所)?帮助|欢迎(大家)?(阅读|借鉴|参考)"
    r"|本文(由|为).{0,10}(整理|收集|发布)|更多.{0,12}(请|敬请)(关注|访问|点击)"
)
_ENDNOTE_LABEL = re.compile(r"^[【\[［]?\s*(注\s*释|注|尾注|脚注|注解)\s*[】\]］]?\s*[：:]?$")
_ENDNOTE = re.compile(r"^[\[［〔【](\d{1,3})[\]］〕】]")
_NOTE_MARK = re.compile(r"[\[［〔](\d{1,3})[\]］〕]")
_TRAILING_NOTE = re.compile(r"^(注|说明|附注|备注)\s*[：:]\s*\S")
# "（《毛泽东选集》第五卷，人民出版社1977年4月第1版，第3―7页）", "（原载《人民日报》…）"
_SOURCE_LINE = re.compile(
    r"^[（(](原载|载|转载自|选自|摘自|录自|根据|出自)?\s*《[^》]{1,40}》[^（）()]{0,60}"
    r"(卷|版|页|期|日|号|年|刊|报)[^（）()]{0,12}[）)]?$"
)
_APPENDIX_LABEL = re.compile(
    r"^[【\[［]\s*(参考资料|参考文献|相关资料|背景资料|延伸阅读|附\s*录|附\s*件|资料链接|链接|华为文件|蓝血文章|相关文章|相关文件)"
    r"\s*[】\]］]$|^(参考资料|参考文献|附\s*录|背景资料)\s*[：:]?$"
)
# 附录：关于若干历史问题的决议: an appended document under a label that names it (a 选集 prints
# the resolution that settled what the speech spoke of after the speech's own notes)
_TITLED_APPENDIX = re.compile(
    r"^附\s*录\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]\s*[^\s：:。；，].{0,30}$"
)
_TITLED_MAX = 36  # characters of such a label, title and all
# 附件 / 附件2 / 名词解释 / 名词注释 alone on a line in the last part of a report: what the
# office appended after the speech (民生实事 lists, glossaries), not its closing
_ANNEX_LABEL = re.compile(
    r"^(附\s*件\s*[0-9０-９一二三四五六七八九十]{0,2}|名词(解释|注释|解释和注释))\s*[：:]?$"
)
# "（执笔：刘振华　李梦瑶）": who wrote a report up for the office, on a line of its own
# wherever it stands; where the text came from, never its words
_WRITER_LINE = re.compile(r"^[（(]?\s*执\s*笔\s*人?\s*[：:]\s*[^（()）。；：:]{2,40}[）)]?$")
# 【公司文件】, 【相关材料】: a label naming appended material by what it is
_MATERIAL_LABEL = re.compile(
    r"^[【\[［][\u4e00-\u9fff]{0,6}(文件|文章|资料|材料|文献|附录|附件)[】\]］]$"
)
_BRACKET_LABEL = re.compile(r"^[【\[［][^】\]］\d第]{2,8}[】\]］]$")
_COMMENTS_LABEL = re.compile(
    r"^[【\[［]?\s*(网友评论|读者评论|发表评论|评论区|网友留言|读者留言|精彩评论|热门评论|全部评论|用户评论"
    r"|最新评论|相关评论|评论(?=\s*[（(]\d))\s*(?:[（(]\s*\d+\s*条?[）)])?\s*[】\]］]?\s*[：:]?"
    # the block's button beside its label: "网友评论（3条）　　我要评论"
    r"(?:\s*[【\[［]?(?:我要评论|发表评论|我来说两句)[】\]］]?)?\s*$"
)


@dataclass
class ApparatusResult:
    """The blocks of the author's text and the apparatus taken from around them."""

    blocks: list[Block]
    apparatus: Apparatus
    preface: list[str] = field(default_factory=list)  # site prefaces: clutter, dropped


def split_apparatus(blocks: list[Block]) -> ApparatusResult:
    """Take editorial apparatus out of cleaned blocks; see the module docstring.

    The tail is read first (endnotes, source line, appendix, comments), then the top zone
    (notes), and last the [1] marks in the remaining text that point at endnotes found.
    """
    app = Apparatus()
    preface: list[str] = []
    body = list(blocks)
    # a 范文 site's line after everything ("更多精彩范文请访问…") goes first, so the source
    # line and the notes above it are found at the end of the text
    while len(body) > 1 and _is_site_preface(body[-1].text.strip()):
        preface.append(body.pop().text.strip())
    body = _split_tail(body, app)
    body = _split_top(body, app, preface)
    body = _take_writer_lines(body, app)
    # note marks go with the notes; a mark whose note the copy lost goes too (one look at
    # the whole text first: most texts have no mark at all, and then no block is read)
    whole = "\n".join([b.text for b in body])
    if "[" in whole or "［" in whole or "〔" in whole:
        body = [
            _strip_marks(b, app.marks) if "[" in b.text or "［" in b.text or "〔" in b.text else b
            for b in body
        ]
    if _holds_circled(whole):
        circled = {n for t in app.endnotes if (n := _circled_number(t)) is not None}
        body = [_strip_circled(b, app.marks, circled) for b in body]
    return ApparatusResult(body, app, preface)


def _take_writer_lines(blocks: list[Block], app: Apparatus) -> list[Block]:
    """Take "（执笔：…）" lines out of the text into its source line (see _WRITER_LINE)."""
    if not any("执笔" in b.text for b in blocks):
        return blocks  # most texts name no writer: one substring look a paragraph
    keep = []
    for b in blocks:
        t = b.text.strip()
        if t[:2] in _WRITER_FIRST and len(t) <= 48 and _WRITER_LINE.match(t):
            app.source = f"{app.source}　{t}" if app.source else t
            continue
        keep.append(b)
    return keep


_WRITER_FIRST = frozenset(("执笔", "（执", "(执"))


def writer_lines_only(source: str | None) -> bool:
    """Whether a source line holds nothing but "（执笔：…）" lines: the page's 来源/时间 line
    still goes in front of it (the pipeline), as it would where the text names no source."""
    return bool(source) and all(_WRITER_LINE.match(p) for p in source.split("　（"))


def is_apparatus_label(text: str) -> bool:
    """A label that opens apparatus (【参考资料】, 【编者按】, 注释): cleaning must keep it,
    even where it looks like a page's bracketed button."""
    return bool(
        _APPENDIX_LABEL.match(text)
        or _MATERIAL_LABEL.match(text)
        or _ENDNOTE_LABEL.match(text)
        or _COMMENTS_LABEL.match(text)
        or _NOTE_LABEL.fullmatch(text)
    )


# the speaker's own words (我讲几点意见，供大家参考。 / 以上是我的一点体会，仅供参考。) are the speech,
# unless the site speaks of itself (小编 / 本站 / 本文)
_SPEAKER_OWN = re.compile(r"我")
_SITE_SELF = re.compile(r"小编|本站|本文|网站|网友")


def _is_site_preface(text: str) -> bool:
    """A site's line about the text it serves (下面是小编为大家整理的…，供大家参考): clutter. Not
    a speaker offering his own words for reference, which the same phrases end."""
    if len(text) > 120 or not (
        # a character each of _SITE_PREFACE's phrases holds: six scans in C answer most
        # lines quicker than the search
        "编" in text or "参" in text or "帮" in text or "欢" in text or "本" in text or "更" in text
    ):
        return False
    if not _SITE_PREFACE.search(text):
        return False
    return not _SPEAKER_OWN.search(text) or bool(_SITE_SELF.search(text))


def _split_top(blocks: list[Block], app: Apparatus, preface: list[str]) -> list[Block]:
    out: list[Block] = []
    n = len(blocks)
    label_open = False  # "编者按：" alone on its line: the note follows
    body_seen = False
    link = _appendix_link(app)
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if i >= TOP_ZONE or not text:
            out.extend(blocks[i:])
            break
        if link and text.lstrip(_CONTENTS_BULLETS) == link:
            # "・ 附录：关于若干历史问题的决议" under the title: the page's contents line
            # pointing at the appended document the tail gave up, no word of the speech
            preface.append(text)
            continue
        if label_open:
            label_open = b.kind == "quote" and i + 1 < n and blocks[i + 1].kind == "quote"
            app.notes.append(text)
            continue
        if _NOTE_LABEL.fullmatch(text) and i + 1 < n:
            label_open = True
            continue
        if _is_site_preface(text):
            preface.append(text)
            continue
        if text[0] == "【" and text[-1] == "】" and _NOTE_LABEL.match(text[1:]):
            text = text[1:-1]  # 【编者按：…】
        m = _NOTE_LABEL.match(text)
        if m and len(text) > m.end():
            app.notes.append(text[m.end() :].strip())
            continue
        if b.kind == "quote" and _ends_prose(text) and len(text) >= 20:
            app.notes.append(text)  # a 题解 set as a block quote under the title
            continue
        if (
            b.kind == "bullet"
            # (a bullet the reader took for a sub-heading, one of several over text of
            # their own, is not the note, though it ends in 。: 为客户服务是…；…原动力。)
            and (
                _ends_prose(text)
                and b.heading_level is None
                or text.startswith(("这是", "本文", "此文", "这篇"))
            )
            and _lone(blocks, i, "bullet")
            and not body_seen
        ):
            app.notes.append(text)  # "* 这是…的讲话": the starred note on the title
            continue
        if _HEADER_REMARK.match(text):
            app.notes.append(text.strip("（()）"))
            continue
        if not body_seen and text[0] in "（(" and (note := provenance_note(text)) is not None:
            app.notes.append(note)  # （本纪要摘录了…的讲话内容）: the 题注 under the title
            continue
        if text[0] in "*＊" and text.lstrip("*＊ \u3000").startswith(_NOTE_STARTS):
            # "*这是…的讲话。": the starred note on the title, typed without a space (so
            # no bullet to the reader)
            app.notes.append(text.lstrip("*＊ \u3000"))
            continue
        if text[0] == "〔" and _EDITION_LABEL.match(text):
            # "〔未删节本〕…", "〔《毛选》删节本〕…", "〔说明〕此文为…": the editor on the version
            app.notes.append(text)
            continue
        if (
            text[0] in "【[［"
            and text[-1] in "】]］"
            and len(text) >= 30
            and not _speaker_turn(text[1:])
            and i + 1 < n
        ):
            app.notes.append(text[1:-1].strip())  # 【…】: an editor's bracketed paragraph
            continue
        out.append(b)
        # a paragraph of the text itself: a bullet after it is the text's (a Word bullet
        # over a part's first point), not the starred note under the title
        body_seen = body_seen or b.kind == "text" and len(text) >= _BODY_PARAGRAPH
    # site prefaces and closing lines at the very end: "以上就是…希望对大家有所帮助"
    while out and _is_site_preface(out[-1].text.strip()) and len(out) > 1:
        preface.append(out.pop().text.strip())
    return out


_CONTENTS_BULLETS = "・•·*＊-－ \u3000"


def _appendix_link(app: Apparatus) -> str:
    """The label the appended material opens with (附录：关于若干历史问题的决议, 【参考资料】),
    which a page's contents line under the title may repeat; "" when there is none."""
    first = app.appendix[0] if app.appendix else ""
    if len(first) > _TITLED_MAX:
        return ""
    return first if is_apparatus_label(first) or _TITLED_APPENDIX.match(first) else ""


def _split_tail(blocks: list[Block], app: Apparatus) -> list[Block]:
    n = len(blocks)
    if n < 3:
        return blocks
    start = max(1, int(n * 0.4))
    # Cleaned blocks carry no surrounding spaces, and every label is short: one pass over
    # the lengths finds the few lines worth a regular expression.
    short = [
        i
        for i, b in enumerate(blocks)
        if i and (len(b.text) <= 16 or len(b.text) <= _TITLED_MAX and b.text[:1] == "附")
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
            _APPENDIX_LABEL.match(t)
            or _TITLED_APPENDIX.match(t)
            or _related_piece(texts, i)
            or (i >= start and (_COMMENTS_LABEL.match(t) or _ANNEX_LABEL.match(t)))
        ):
            cut = i
            break
    labelled = any(
        i < cut
        and "注" in blocks[i].text  # (every label's word holds 注: most lines answer here)
        and len(texts[i]) <= 12
        and _ENDNOTE_LABEL.match(texts[i])
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
        if _ENDNOTE_LABEL.match(t) and not labelled:
            mode = "endnotes"
            continue
        if (
            _APPENDIX_LABEL.match(t)
            or _TITLED_APPENDIX.match(t)
            or _COMMENTS_LABEL.match(t)
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
        and (_SOURCE_LINE.match(keep[-2].text.strip()) or _ENDNOTE.match(keep[-2].text.strip()))
    ):
        signed.append(keep.pop())
    while keep:
        t = keep[-1].text.strip()
        if not t:
            keep.pop()
            continue
        m = _ENDNOTE.match(t)
        if m and inline_marks is None:
            inline_marks = _inline_marks([b.text for b in blocks])
        if m and m.group(1) in inline_marks and len(keep) > start:
            app.endnotes.insert(at, t)
            keep.pop()
            continue
        if _SOURCE_LINE.match(t) and app.source is None:
            app.source = t.strip("（()）")
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
            and _ENDNOTE_LABEL.match(t.strip())
            and _next_is_endnote(blocks, i)
        ):
            i += 1
            first = True
            while i < n:
                t = blocks[i].text.strip()
                if blocks[i].kind == "bullet" or t.startswith(("*", "＊")):
                    t = "* " + t.lstrip("*＊ \u3000")  # the note on the title's asterisk
                elif t and first and not _ENDNOTE.match(t) and not _CIRCLED_NOTE.match(t):
                    # the note on the title with its asterisk lost (a page, a Word file):
                    # the first paragraph under the label, before note [1]
                    t = "* " + t
                elif t and not _ENDNOTE.match(t) and not _CIRCLED_NOTE.match(t):
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
    m = _ENDNOTE.match(endnotes[-1])
    if m is None:
        return None
    want = int(m.group(1)) + 1
    for j in range(i, len(blocks)):
        text = blocks[j].text.strip()
        if text.startswith(("附录", "附件", "附：")) or _ENDNOTE_LABEL.match(text):
            return None  # an appended document or another piece's notes: not this note
        found = _ENDNOTE.match(text)
        if found and int(found.group(1)) == want:
            return j
    return None


def _add_endnote(app: Apparatus, text: str) -> None:
    if _SOURCE_LINE.match(text) and app.source is None:
        app.source = text.strip("（()）")
    elif _ENDNOTE.match(text) or _CIRCLED_NOTE.match(text) or text[0] == "*" or not app.endnotes:
        app.endnotes.append(text)
    else:
        app.endnotes[-1] += "\n" + text  # a note that runs over two paragraphs


_CIRCLED_NOTE = re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]")


def _inline_marks(texts: list[str]) -> set[str]:
    """Note numbers the text refers to ("…国家主义派[1]和…"), not counting a line that
    starts with one (that is the note itself)."""
    marks: set[str] = set()
    for t in texts:
        if "[" in t or "［" in t or "〔" in t:
            for m in _NOTE_MARK.finditer(t):
                if m.start() > 0:
                    marks.add(m.group(1))
    return marks


def _next_is_endnote(blocks: list[Block], i: int) -> bool:
    """Whether a note follows the label at ``i``: a numbered one, or the note on the title
    (its asterisk or bullet, or none left, when note [1] comes right after it)."""
    plain = 0
    for b in blocks[i + 1 : i + 6]:
        t = b.text.strip()
        if not t:
            continue
        if _ENDNOTE.match(t) or _CIRCLED_NOTE.match(t) or b.kind == "bullet" or t[0] in "*＊":
            return plain == 0 or _ENDNOTE.match(t) is not None and endnote_number(t) == "1"
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


def _ends_prose(text: str) -> bool:
    return text[-1] in "。！？”）)…"


_BODY_PARAGRAPH = 60  # characters of a paragraph that is the text's, not a title or date


def _lone(blocks: list[Block], i: int, kind: str) -> bool:
    before = blocks[i - 1].kind if i > 0 else None
    after = blocks[i + 1].kind if i + 1 < len(blocks) else None
    return before != kind and after != kind


def _speaker_turn(text: str) -> bool:
    """ "黄俊武：流程变革…": a question put in a meeting, bracketed by the minutes."""
    head = text.split("：", 1)[0] if "：" in text[:12] else ""
    return 0 < len(head) <= 8


_MARK_IN_PROSE = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff，。；：！？、”’」』》）)])[\[［〔](\d{1,3})[\]］〕]"
)


MARK_ANCHOR_CHARS = 10  # body characters before a mark that say where it stood


def _strip_marks(block: Block, marks: list[tuple[str, str]] | None = None) -> Block:
    """ "…国家主义派[1]和…" -> "…国家主义派和…": a mark right after a word or a
    punctuation mark (never "[1]" opening a line, nor "a[1]" in code). Each mark taken
    out is added to ``marks`` as (the body text just before it, its number)."""
    text = block.text
    if not ("[" in text or "［" in text or "〔" in text):
        return block
    cuts = ((m.start(), m.end(), m.group(1)) for m in _MARK_IN_PROSE.finditer(text))
    return _cut_marks(block, cuts, marks)


def _cut_marks(
    block: Block, cuts: Iterable[tuple[int, int, str]], marks: list[tuple[str, str]] | None
) -> Block:
    """``block`` with the note marks at ``cuts`` (start, end, number; in order) taken out of
    its text, each added to ``marks`` as (the body text just before it, its number): the one
    way [n] marks and circled marks leave the body, so both are placed back alike."""
    text = block.text
    pieces: list[str] = []
    done = 0
    kept = ""
    for start, end, number in cuts:
        pieces.append(text[done:start])
        done = end
        if marks is not None:
            kept = (kept + pieces[-1])[-MARK_ANCHOR_CHARS:]
            marks.append((kept, number))
    if not pieces:
        return block
    pieces.append(text[done:])
    return replace(block, text="".join(pieces))


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _holds_circled(text: str) -> bool:
    """Whether ``text`` holds a circled number (①…⑳): twenty scans in C (quicker than a
    class), made only where a character of their block U+2400–24FF stands (one scan,
    :mod:`.char_blocks`; most texts hold none)."""
    return holds_block(text, 0x24) and any(c in text for c in _CIRCLED)


# a circled note mark: right after a word or a closing mark, never opening a paragraph, nor
# after ＠ (a character the font lacks, noted at the end: 硫＠①); one followed by words is
# a mark where the notes carry its number (…的决议①指出…) or where no numeral next to it
# stands in the paragraph, else it numbers a list (主要有：①…；②…)
_CIRCLED_MARK = re.compile(
    rf"(?<=[A-Za-z0-9０-９\u4e00-\u9fff。，；！？、”’」』》）)\]%％])([{_CIRCLED}])(?=([，。；：！？、”’」』）)\s]|$)?)"
)


_ANY_CIRCLED = re.compile(f"[{_CIRCLED}]")


def _circled_number(text: str) -> str | None:
    """The number of a note that starts with a circled numeral ("① 见…" -> "1")."""
    text = text.lstrip()
    if text and text[0] in _CIRCLED:
        return str(_CIRCLED.index(text[0]) + 1)
    return None


def _listed(text: str, numeral: str) -> bool:
    """Whether ``numeral`` has a neighbour in ``text`` (② beside ① or ③): a list's numbers."""
    k = _CIRCLED.index(numeral)
    return any(0 <= j < len(_CIRCLED) and _CIRCLED[j] in text for j in (k - 1, k + 1))


def _strip_circled(block: Block, marks: list[tuple[str, str]], noted: set[str]) -> Block:
    """ "…的决议①。" -> "…的决议。": circled note marks out of the body (see
    :data:`_CIRCLED_MARK`), each kept in ``marks`` as :func:`_strip_marks` keeps [n] marks.
    ``noted``: the numbers of the circled endnotes the text carries."""
    text = block.text
    if _ANY_CIRCLED.search(text) is None:
        return block

    def cuts() -> Iterator[tuple[int, int, str]]:
        for m in _CIRCLED_MARK.finditer(text):
            number = str(_CIRCLED.index(m.group(1)) + 1)
            if m.group(2) is None and number not in noted and _listed(text, m.group(1)):
                continue  # words follow, no note bears it, the next or last numeral is here: a list
            yield m.start(), m.end(1), number

    return _cut_marks(block, cuts(), marks)


@dataclass
class NotePlacement:
    """Where a note mark goes back in the shown text: after ``offset`` characters of
    paragraph ``paragraph``; ``note`` is its endnote ("[1] 国家主义派指…")."""

    paragraph: int
    offset: int
    number: str
    note: str


def endnote_number(text: str) -> str | None:
    """The number an endnote starts with ("[3] …" -> "3", "〔03〕…" -> "3"), or None."""
    m = _ENDNOTE.match(text)
    if m is None:
        return _circled_number(text)  # "① 见…"
    return m.group(1).lstrip("0") or "0"


def endnote_numbers(endnotes: list[str]) -> dict[str, str]:
    """The endnotes by their number ("1" -> "[1] 国家主义派指…"); the first one wins."""
    out: dict[str, str] = {}
    for text in endnotes:
        number = endnote_number(text)
        if number is not None and number not in out:
            out[number] = text
    return out


def note_placements(paragraphs: list[str], apparatus: Apparatus | None) -> list[NotePlacement]:
    """Put the note marks taken out of the body back where they stood, for a view.

    Marks are found in text order, each after the first occurrence of its anchor at or
    after the previous one, so a repeated phrase does not pull a mark backwards; a mark
    whose anchor is gone (a corrected paragraph, a title line) or whose note is missing
    is left out rather than put in the wrong place.
    """
    if apparatus is None or not apparatus.marks:
        return []
    notes = endnote_numbers(apparatus.endnotes)
    out: list[NotePlacement] = []
    para, pos = 0, 0
    for anchor, number in apparatus.marks:
        note = notes.get(number.lstrip("0") or "0")
        if note is None or not anchor:
            continue
        i, start = para, pos
        while i < len(paragraphs):
            found = paragraphs[i].find(anchor, start)
            if found >= 0:
                para, pos = i, found + len(anchor)
                out.append(NotePlacement(i, pos, number, note))
                break
            i, start = i + 1, 0
    return out
