"""A draft copied out of a chat with an AI assistant: the speech is the draft the assistant
sent, the chat around it apparatus.

Writers now ask an assistant (豆包, 文心一言, Kimi, DeepSeek, ChatGPT …) for a first draft and
copy the whole exchange into a text file: the prompt (我：帮我写一篇…), the assistant's turn
(AI助手： then 好的，以下是一篇致辞稿，供您参考：), the draft, often between ``---`` rules and in
Markdown (``**bold**`` leads, a ``> `` quote), the assistant's notes on it (**写作说明：** and a
numbered list), and the writer's reply (我：好，就用这个。). Read as a speech, the notes'
1.…2.…3. stood as its headings, the prompt as its opening and the draft's title unread.

The rule, in the shape of :mod:`.chat_copy`: lines opening with a user's label (我： 用户：
User:) and an assistant's (AI助手： 助手： a named assistant's) cut the file into turns; with
both kinds there, the assistant's longest turn holds the draft. Inside it the draft is the
longest stretch between rule lines (``---``), or, with no rules, the turn without a first
line that introduces it (…以下是…： / …供您参考：) and without the notes that follow it (a
写作说明：/说明：/注： label and everything after). The user's turns and the labels are chrome,
the assistant's other words notes. A draft written in Markdown is read as Markdown (its
``**`` and ``>`` marks are the assistant's, as the Markdown reader reads them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.model import Block

_ASSISTANTS = (
    r"AI助手|AI|助手|智能助手|ChatGPT|GPT-?4o?|GPT|豆包|文心一言|文心|Kimi|DeepSeek|通义千问|通义"
    r"|智谱清言|讯飞星火|星火|腾讯元宝|元宝|Claude|Copilot|Gemini|Assistant"
)
_USERS = r"我|用户|提问|User|You"
# a turn's label, alone on its line or before the turn's first words
_TURN = re.compile(
    rf"^\s*(?:(?P<ai>{_ASSISTANTS})|(?P<user>{_USERS}))\s*[：:]\s*(?P<rest>.*)$", re.IGNORECASE
)
# a rule line the assistant sets the draft between
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*[—─=]{3,}\s*$")
# the assistant's words introducing the draft: 好的，以下是一篇致辞稿，供您参考：
_INTRO = re.compile(r"(?:以下|下面|如下|为您|供您参考|供参考).{0,30}[：:]$")
# the assistant's notes after the draft: **写作说明：** / 说明： / 注： / 修改建议：
_NOTES_LABEL = re.compile(
    r"^\s*[*_#>\s]*(?:写作说明|撰写说明|写作思路|说明|注|备注|修改建议|使用建议|使用说明|温馨提示|提示)"
    r"\s*[*_]*\s*[：:]"
)
_MARKDOWN = re.compile(r"\*\*[^*]+\*\*|^\s*>\s|^\s*#{1,6}\s", re.M)

_LOOK = 30  # blocks: the first turn's label stands within them
_MIN_DRAFT = 200  # characters of the assistant's longest turn: less, a chat, no draft


@dataclass
class AssistantChat:
    """An assistant chat cut apart: the draft's blocks and the chat's furniture."""

    blocks: list[Block]
    notes: list[str] = field(default_factory=list)  # the assistant's own words on the draft
    chrome: list[str] = field(default_factory=list)  # labels standing alone: dropped
    markdown: bool = False  # the draft was read as Markdown


@dataclass
class _Turn:
    ai: bool
    label: str  # the label line as written
    lines: list[int] = field(default_factory=list)  # the turn's lines (blank ones too)


def _turn(text: str) -> re.Match | None:
    if len(text) > 400 or ("：" not in text[:16] and ":" not in text[:16]):
        return None
    return _TURN.match(text)


def split_assistant_chat(blocks: list[Block]) -> AssistantChat | None:
    """The chat cut apart if ``blocks`` are a chat with an AI assistant holding a draft, else
    None (the usual case, answered by a look at the first blocks)."""
    texts = [b.text for b in blocks]
    if not any(_turn(t) for t in texts[:_LOOK]):
        return None
    turns: list[_Turn] = []
    head: list[int] = []
    for k, t in enumerate(texts):
        m = _turn(t)
        if m is not None:
            turns.append(_Turn(m.group("ai") is not None, t.strip()))
            if m.group("rest").strip():
                turns[-1].lines.append(k)
        elif turns:
            turns[-1].lines.append(k)
        elif t.strip():
            head.append(k)
    if head or not any(t.ai for t in turns) or all(t.ai for t in turns):
        return None
    ai = [t for t in turns if t.ai]
    core = max(ai, key=lambda t: _size(texts, t.lines))
    if _size(texts, core.lines) < _MIN_DRAFT:
        return None
    draft, before, after = _draft_lines(texts, core)
    chat = AssistantChat([])
    for t in turns:
        if t is core:
            chat.chrome.append(_label_only(t.label))
            chat.notes.extend(_joined(texts, before))
            chat.notes.extend(_joined(texts, after))
        elif t.ai:
            said = _joined(texts, t.lines)
            if said and not said[0].startswith(t.label):
                chat.chrome.append(t.label)
            chat.notes.extend(said)
        else:
            said = [texts[k].strip() for k in t.lines if texts[k].strip()]
            if said and not said[0].startswith(t.label):
                chat.chrome.append(t.label)
            chat.notes.extend(said)
    lines = [texts[k] for k in draft]
    if _MARKDOWN.search("\n".join(lines)):
        # imported here: a plain-text read loads no other reader (tests/test_cli_imports.py)
        from drafter.corpus.readers.markdown import parse_markdown

        chat.blocks = parse_markdown([_label_free(texts, k, core) for k in draft])
        chat.markdown = True
    else:
        chat.blocks = [blocks[k] for k in draft]
    return chat


def _size(texts: list[str], lines: list[int]) -> int:
    return sum(len(texts[k].strip()) for k in lines)


def _label_only(label: str) -> str:
    m = _TURN.match(label)
    return label[: m.start("rest")].strip() if m else label


def _label_free(texts: list[str], k: int, turn: _Turn) -> str:
    """Line ``k``'s text without the turn's label when the label stands on it."""
    if turn.lines and k == turn.lines[0] and texts[k].strip() == turn.label:
        m = _TURN.match(texts[k])
        return m.group("rest") if m else texts[k]
    return texts[k]


def _joined(texts: list[str], lines: list[int]) -> list[str]:
    out = [texts[k].strip() for k in lines if texts[k].strip() and not _RULE.match(texts[k])]
    return out


def _draft_lines(texts: list[str], turn: _Turn) -> tuple[list[int], list[int], list[int]]:
    """The draft's lines in the assistant's ``turn``, and the turn's lines before and after
    it (the assistant's own words)."""
    lines = turn.lines
    rules = [i for i, k in enumerate(lines) if _RULE.match(texts[k])]
    if rules:
        cuts = [-1, *rules, len(lines)]
        pieces = [lines[a + 1 : b] for a, b in zip(cuts, cuts[1:])]
        best = max(range(len(pieces)), key=lambda i: _size(texts, pieces[i]))
        before = [k for p in pieces[:best] for k in p]
        after = [k for p in pieces[best + 1 :] for k in p]
        draft = pieces[best]
    else:
        before, draft, after = [], list(lines), []
    # the intro line, when the draft's stretch opens with it
    first = next((i for i, k in enumerate(draft) if texts[draft[i]].strip()), None)
    if first is not None and _INTRO.search(texts[draft[first]].strip()):
        before.extend(draft[: first + 1])
        draft = draft[first + 1 :]
    # the notes after the draft: a notes label and everything under it
    end = next((i for i, k in enumerate(draft) if i and _NOTES_LABEL.match(texts[k])), None)
    if end is not None and _size(texts, draft[:end]) >= _MIN_DRAFT:
        after[:0] = draft[end:]
        draft = draft[:end]
    return draft, before, after
