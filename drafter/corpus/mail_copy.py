"""A speech that reached the office as an e-mail saved as text: the mail's furniture is
apparatus, the speech the document.

A draft travels by mail: a colleague forwards the final text with a covering note, a
reviewer replies above the quoted draft, and the copy saved from the mail client (Outlook,
Foxmail, 163/QQ mail, Thunderbird, Gmail) carries it all: header blocks (发件人/From,
发送时间/Sent/Date, 收件人/To, 抄送/Cc, 主题/Subject), separators (-------- 转发邮件信息 --------,
-----Original Message-----, ---------- Forwarded message ---------), a reply's attribution
line (在 2027年6月2日 10:12，某某 写道： / On …, … wrote:), the note above the forwarded text,
and after it the attachment line ([附件] 讲话稿.docx (36.2KB)) and the mail system's notice
(温馨提示：本邮件…). Read as a speech, the sender's name stood as a heading and the mail's
send time as the date.

The rule: header blocks (two or more header fields, one of them the sender) and their
separators cut the copy into the mail's texts; the longest is the document (a forward's
text is below the note, a reply's quoted draft below the reply), the headers are its source
line, the other texts notes, and the attachment and notice lines after it chrome (dropped).
A quoted draft (every line ``> …``) is read without its quote marks. The speech's own title
and date are read from the speech as ever; the mail's subject is only a stand-in title when
it has none. The mail's send time is when the copy was sent, never the speech's date (as a
page's 发布时间 is not: tests/gold/README.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.dates import find_dates
from drafter.corpus.model import Block

# a header field's label (Chinese clients, Outlook, Thunderbird, Gmail), then its colon
_FIELD = re.compile(
    r"^\s*(?:发件人|寄件人|发信人|收件人|收信人|抄送人?|密送|发送时间|发送日期|发信时间|发件时间|日期|时间"
    r"|主题|标题|附件|From|To|Cc|Bcc|Sent|Date|Subject|Attachments?)\s*[:：]",
    re.IGNORECASE,
)
# the sender's field: a header block has one, which a meeting record's 时间：/主题： lines have not
_SENDER = re.compile(r"^\s*(?:发件人|寄件人|发信人|From)\s*[:：]", re.IGNORECASE)
_SUBJECT = re.compile(r"^\s*(?:主题|标题|Subject)\s*[:：]\s*(.*)$", re.IGNORECASE)
# a client's separator over a forwarded or quoted mail
_SEPARATOR = re.compile(
    r"^[\s\-=_—>]*(?:转发的?邮件(?:信息)?|原始邮件|邮件原文|Original Message|Forwarded message"
    r"|Forwarded e-?mail|Begin forwarded message:?)[\s\-=_—]*$",
    re.IGNORECASE,
)
# a reply's attribution line over the quoted mail (在 2027年6月2日 16:48，某某 <…> 写道： / On …
# wrote:), with the time or the address it always names: a speech's 他在信中写道： has neither
_ATTRIBUTION = re.compile(
    r"^\s*(?:在|于|On\b)?.{0,100}(?:\d:\d\d|@).{0,80}(?:写道|wrote)\s*[:：]\s*$", re.IGNORECASE
)
# a bare rule line (Outlook's ________________ over a reply's header): a separator only
# where header fields follow, since a speech may set such a line between its parts
_RULE_LINE = re.compile(r"^[\s\-=_—]{10,}$")
# what the client adds after the text: the attachment line, its notice, a phone's signature
_CHROME = re.compile(
    r"^\s*(?:\[附件\]|【附件】|附件[:：]?\s*\S.*\.(?:docx?|wps|pdf|xlsx?|ofd|zip|rar|txt)\b"
    r"|\S.*\.(?:docx?|wps|pdf|xlsx?|ofd|zip|rar)\s*[(（]\s*[\d.]+\s*[KMG]B?\s*[)）]"
    r"|温馨提示|免责声明|本邮件|此邮件|发自我的|来自.{0,12}(?:邮箱|客户端)|Sent from my|This e-?mail)",
    re.IGNORECASE,
)
# a subject's client prefixes (转发: / 回复: / Fwd: / Re:) and a draft's state (（定稿）)
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:转发|回复|答复|Fwd?|Re|FW|AW)\s*[:：]\s*)+", re.IGNORECASE)
_DRAFT_STATE = re.compile(
    r"[（(](?:定稿|送审稿|修改稿|征求意见稿|初稿|终稿|[^（）()]{0,4}稿)[）)]$"
)
_QUOTED = re.compile(r"^\s*(?:>\s?)+")

_MIN_TEXT = 200  # characters of the mail's longest text: less, a short mail, not a text in one
_LOOK = 40  # blocks: a mail copy opens with a header or a separator within them


@dataclass
class MailCopy:
    """A mail copy cut apart: the document's blocks and the mail's furniture."""

    blocks: list[Block]
    headers: list[str] = field(default_factory=list)  # header and separator lines: the source
    notes: list[str] = field(default_factory=list)  # the mail's other texts (a covering note)
    chrome: list[str] = field(default_factory=list)  # attachment and notice lines: dropped
    subject: str | None = None  # the stand-in title, when the speech has none


# what a line opening a mail's header or separator starts with, past any spaces and quote
# marks, after a line end: _opens_mail's first look, for many lines at once
_MAIL_FIRST = re.compile(r"\n[ >]*[发寄FfBb\-=_—]")


def _opens_mail(text: str) -> bool:
    """Whether a line may open a mail's header or separator (its first characters only: a
    speech's line is answered without a regular expression)."""
    head = text.lstrip(" >")[:1]
    if not head or head[0] not in "发寄FfBb-=_—":
        return False
    text = _QUOTED.sub("", text)
    return bool(_SENDER.match(text) or _SEPARATOR.match(text))


def _is_header_start(texts: list[str], i: int) -> int:
    """The length of the header block starting at ``i`` (0: none). A block is two or more
    field lines in a row with the sender among them (a long field's wrapped line between
    them), after a separator if there is one; a separator naming itself or an attribution
    line alone counts too (a quoted mail's header may be gone)."""
    j = i
    worded = bool(_SEPARATOR.match(texts[j]) or _ATTRIBUTION.match(texts[j]))
    if worded or _RULE_LINE.match(texts[j]):
        j += 1
        while j < len(texts) and not texts[j].strip():
            j += 1
    k = j
    fields = 0
    sender = False
    while k < len(texts):
        if _FIELD.match(texts[k]):
            fields += 1
            sender = sender or bool(_SENDER.match(texts[k]))
        elif not (
            fields and texts[k][:1] in " \t" and k + 1 < len(texts) and _FIELD.match(texts[k + 1])
        ):
            break  # (a field's wrapped line, indented, with a field after it, goes on)
        k += 1
    if fields >= 2 and sender:
        return k - i
    return j - i if worded else 0


# a covering note's salutation (各学校、幼儿园： / 骆主任：) and its words of sending a text on
_SALUTATION = re.compile(r"^[^。！？；，,]{1,24}[：:]$")
_SENDS_ON = re.compile(
    r"现将|转发|转给|转去|发给你们|印发给|送上|附上|请.{0,12}(?:传达|学习|审核|审阅)"
)
_NOTE_LINES = 8  # lines with text: a covering note is a few lines, its sign-off among them


def _covering_note(texts: list[str], start: int, end: int) -> int | None:
    """The end of a covering note that opens the mail's longest text, or None. A note
    written above a forwarded text in the same mail (Outlook's forward with no separator
    left: 各学校、幼儿园：/ 现将…讲话转发给你们… / 县教育局办公室 / 2027年2月21日, then the
    speech) opens with a salutation, says it sends a text on and signs off with a day
    alone on its line; what follows is the text, long enough to be one."""
    lines = [k for k in range(start, end) if texts[k].strip()]
    if len(lines) < 4 or not _SALUTATION.match(texts[lines[0]].strip()):
        return None
    if not _SENDS_ON.search(texts[lines[1]]):
        return None
    for n, k in enumerate(lines[2:_NOTE_LINES], start=2):
        line = texts[k].strip()
        dates = find_dates(line)
        if len(dates) == 1 and dates[0].start == 0 and dates[0].end >= len(line) - 1:
            rest = sum(len(texts[j].strip()) for j in lines[n + 1 :])
            return k + 1 if rest >= _MIN_TEXT else None
    return None


def split_mail(blocks: list[Block]) -> MailCopy | None:
    """The copy cut apart if ``blocks`` are a mail saved as text, else None (the usual
    case, answered by a look at the first blocks' opening characters)."""
    top = blocks[:_LOOK]
    # (those characters looked for in C first, after each line end of the first blocks
    # joined: every block _opens_mail may take is found so; most texts have none)
    if _MAIL_FIRST.search("\n" + "\n".join([b.text for b in top])) is None:
        return None
    if not any(_opens_mail(b.text) for b in top):
        return None
    texts = [_QUOTED.sub("", b.text) if ">" in b.text[:8] else b.text for b in blocks]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        n = _is_header_start(texts, i) if texts[i].strip() else 0
        if n:
            runs.append((i, i + n))
            i += n
        else:
            i += 1
    if not any(e - s >= 2 for s, e in runs):
        return None
    segments: list[tuple[int, int]] = []
    start = 0
    for s, e in runs:
        segments.append((start, s))
        start = e
    segments.append((start, len(texts)))

    def size(seg: tuple[int, int]) -> int:
        return sum(len(texts[k].strip()) for k in range(*seg))

    body = max(segments, key=size)
    if size(body) < _MIN_TEXT:
        return None  # a short mail, not a text that travelled in one
    note_end = _covering_note(texts, *body)
    if note_end is not None:
        segments = sorted([*segments, (body[0], note_end)])
        body = (note_end, body[1])
    copy = MailCopy([])
    for s, e in runs:
        copy.headers.extend(t.strip() for t in texts[s:e] if t.strip())
    for seg in segments:
        if seg != body:
            copy.notes.extend(t.strip() for t in texts[seg[0] : seg[1]] if t.strip())
    end = body[1]
    while end > body[0] and (not texts[end - 1].strip() or _CHROME.match(texts[end - 1])):
        end -= 1
    copy.chrome = [t.strip() for t in texts[end : body[1]] if t.strip()]
    quoted = sum(1 for b in blocks[body[0] : end] if b.text.lstrip()[:1] == ">")
    lines = sum(1 for b in blocks[body[0] : end] if b.text.strip())
    for k in range(body[0], end):
        b = blocks[k]
        if quoted * 2 > lines and texts[k] != b.text:
            b = Block(texts[k].lstrip(" "), b.heading_level, b.numbering, b.kind, b.bold)
        copy.blocks.append(b)
    subjects = [
        _DRAFT_STATE.sub("", _SUBJECT_PREFIX.sub("", m.group(1))).strip()
        for t in copy.headers
        if (m := _SUBJECT.match(t))
    ]
    copy.subject = max(subjects, key=len, default=None) or None
    return copy
