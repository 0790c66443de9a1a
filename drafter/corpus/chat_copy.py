"""A speech that reached the office in a chat and was kept as the chat's export: the
speech is the sender's messages joined, the chat around it apparatus.

A draft is sent in a chat (WeChat, QQ, DingTalk) too, often cut into several messages, with
a covering message before it and a colleague's replies between and after them; the export
a PC client or an export tool writes (与“县委办-某某”的聊天记录 / 导出时间：… / a day line
—— 2027-01-08 ——, or QQ's 消息记录 / 消息对象：… head) sets each message under a line naming
its sender and time (县委办-某某　09:41, or QQ's 2027-01-08 9:41:00 某某). Read as a
speech, the export's head stood as the title, its export date as the date, and the sender
lines and replies in the body.

The rule, in the shape of :mod:`.mail_copy`: three or more sender lines cut the export into
messages; the longest message is the speech's, and the speech runs over the same sender's
messages on either side of it that are text (several paragraphs, or one long one), passing
over other senders' short replies between them; the export's head is the source line, the
other messages (the covering message, the replies) notes, and sender, day and file lines
dropped. The speech's own title and date are then read from the speech as ever.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.model import Block

# a message's head line: the sender, then the time (县委办-某某　09:41 / 某某 2027-01-08 09:41:05),
# or QQ's date and time, then the sender (2027-01-08 9:41:00 某某)
_SENDER_LINE = re.compile(
    r"^\s*(?:(?P<a>[^\s。！？；，,：:][^。！？；，,：:]{0,23}?)[ \t\u3000]+"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+"
    r"(?P<b>[^\s。！？；，,：:][^。！？；，,：:]{0,23}?))\s*$"
)
# the export's own lines: its head, QQ's group and object lines
_EXPORT_LINE = re.compile(
    r"^\s*(?:与.{1,30}的聊天记录|.{0,20}聊天记录$|导出时间|导出日期|消息记录|消息分组|消息对象)"
)
# a rule line, or a day's rule between messages (———— 2027-01-08 ————): dropped
_RULE_LINE = re.compile(
    r"^\s*(?:[=\-—_─]{6,}|[—\-=─]{2,}\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[—\-=─]{2,})\s*$"
)
# a message that is a file, a picture or a sticker, not text
_FILE_MESSAGE = re.compile(r"^\s*[\[【](?:文件|图片|表情|语音|视频|链接|动画表情|File|Image)[\]】]")

_MIN_SENDERS = 3  # sender lines: fewer, not a chat export
_LOOK = 30  # blocks: an export shows a sender line within them
_MIN_SPEECH = 200  # characters of the longest message: less, a chat, not a text sent in one
_TEXT_MESSAGE = 80  # characters of a one-paragraph message that still is the speech's
_REPLY = 60  # characters: another sender's message between the speech's is a short reply


@dataclass
class ChatCopy:
    """A chat export cut apart: the speech's blocks and the chat's furniture."""

    blocks: list[Block]
    headers: list[str] = field(default_factory=list)  # the export's head: the source line
    notes: list[str] = field(default_factory=list)  # the other messages, sender first
    chrome: list[str] = field(default_factory=list)  # sender, day and file lines: dropped


def _sender(text: str) -> str | None:
    if ":" not in text:
        return None  # every sender line has its time's colon: most lines answered in C
    m = _SENDER_LINE.match(text)
    if m is None:
        return None
    return (m.group("a") or m.group("b")).strip()


@dataclass
class _Message:
    sender: str
    head: int  # the sender line's index
    lines: list[int]  # the message's lines with text

    def size(self, texts: list[str]) -> int:
        return sum(len(texts[k].strip()) for k in self.lines)

    def is_text(self, texts: list[str]) -> bool:
        """Whether the message is a piece of a text, not a chat line: several paragraphs,
        or one long one, and no file."""
        if not self.lines or _FILE_MESSAGE.match(texts[self.lines[0]]):
            return False
        return len(self.lines) >= 2 or self.size(texts) >= _TEXT_MESSAGE


def split_chat(blocks: list[Block]) -> ChatCopy | None:
    """The export cut apart if ``blocks`` are a chat export holding a text, else None (the
    usual case, answered by a look at the first blocks)."""
    texts = [b.text for b in blocks]
    if not any(_sender(t) for t in texts[:_LOOK] if len(t) < 60):
        return None
    messages: list[_Message] = []
    head: list[int] = []
    chrome: list[int] = []
    for k, t in enumerate(texts):
        if not t.strip():
            continue
        name = _sender(t) if len(t) < 60 else None
        if name is not None:
            messages.append(_Message(name, k, []))
        elif _RULE_LINE.match(t):
            chrome.append(k)
        elif _EXPORT_LINE.match(t):
            (head if not messages else chrome).append(k)
        elif messages:
            messages[-1].lines.append(k)
        else:
            head.append(k)
    if len(messages) < _MIN_SENDERS:
        return None
    # the export's head names itself, or the chat has turns (a sender speaks again): a
    # meeting's programme (开幕式　9:00 / 分组讨论　14:30) has neither
    named = any(_EXPORT_LINE.match(texts[k]) for k in head)
    if not named and len({m.sender for m in messages}) == len(messages):
        return None
    if len(head) > 4:
        return None  # a long text before the first sender line: not an export's head
    core = max(range(len(messages)), key=lambda i: messages[i].size(texts))
    owner = messages[core].sender
    if messages[core].size(texts) < _MIN_SPEECH:
        return None
    speech = {core}
    for step in (-1, 1):
        i = core + step
        while 0 <= i < len(messages):
            m = messages[i]
            if m.sender == owner:
                if not m.is_text(texts):
                    break
                speech.add(i)
            elif m.size(texts) > _REPLY or len(m.lines) > 1:
                break
            i += step
    copy = ChatCopy([])
    copy.headers = [texts[k].strip() for k in head]
    for i, m in enumerate(messages):
        copy.chrome.append(texts[m.head].strip())
        if i in speech:
            copy.blocks.extend(blocks[k] for k in m.lines)
        elif m.lines and _FILE_MESSAGE.match(texts[m.lines[0]]):
            copy.chrome.extend(texts[k].strip() for k in m.lines)
        else:
            copy.notes.extend(f"{m.sender}：{texts[k].strip()}" for k in m.lines)
    copy.chrome.extend(texts[k].strip() for k in chrome)
    return copy
