"""Markdown inline markup removed in linear time: code spans, links, images, tags, emphasis.

The reader needs the text of a line without its markup, not HTML. Regular expressions
such as ``(`+)(.+?)\\1`` or ``\\[([^\\]]*)\\]\\([^)]*\\)`` try every opening position against
the rest of the line, so a line of 16,000 backticks or 40,000 ``[`` ran for minutes while
the library's write lock was held. This scanner looks at each character a bounded number
of times whatever the input:

* code spans pair a backtick run with the next run of the same length (one forward
  pointer per length);
* links and images pair ``]`` with the nearest open ``[`` (a stack), and the following
  ``(url)`` or ``[ref]`` is found with a forward search whose result is remembered;
* emphasis pairs delimiter runs of ``*``, ``_`` and ``~~`` with a stack per character,
  using CommonMark's flanking rules in a simplified form (``_`` never inside a word).

Why not a Markdown library (markdown-it-py): it renders HTML from whole paragraphs, and
the reader keeps Markdown's *lines* as blocks so cleaning treats .md and .txt alike; this
scanner only has to find markup, and is linear by construction.
"""

from __future__ import annotations

import re

# Backslash escapes are set aside (as supplementary private-use characters) first.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_ESCAPED = re.compile("[\U000f0000-\U000f007f]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_BACKTICKS = re.compile(r"`+")


def strip_inline(text: str) -> str:
    """Text of a Markdown line without emphasis, links, images, code ticks and tags."""
    if not (
        # (the characters markup starts with, each looked for in C: a generator over them
        # took a Python step a character for every line, and most lines hold none)
        "*" in text
        or "_" in text
        or "`" in text
        or "[" in text
        or "!" in text
        or "<" in text
        or "~" in text
        or "\\" in text
    ):
        return text
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: chr(0xF0000 + ord(m.group(1))), text)
    out: list[str] = []
    for is_code, piece in _code_spans(text):
        out.append(piece if is_code else _emphasis(_links_and_tags(piece)))
    text = "".join(out)
    return _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - 0xF0000), text)


def _code_spans(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into (is code, text) pieces; code keeps its content without ticks."""
    if "`" not in text:
        return [(False, text)]
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for n, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(n)
    pointer = dict.fromkeys(by_length, 0)
    pieces: list[tuple[bool, str]] = []
    pos = 0
    n = 0
    while n < len(runs):
        start, end = runs[n]
        length = end - start
        same = by_length[length]
        k = pointer[length]
        while k < len(same) and same[k] <= n:
            k += 1
        pointer[length] = k
        if k == len(same):  # no closing run of this length: the ticks are text
            n += 1
            continue
        closer = same[k]
        c_start, c_end = runs[closer]
        content = text[end:c_start]
        if not content.strip(" "):
            n += 1
            continue
        pieces.append((False, text[pos:start]))
        pieces.append((True, content))
        pos = c_end
        n = closer + 1
    pieces.append((False, text[pos:]))
    return pieces


class _Finder:
    """``text.find(char, start)`` for increasing ``start``, each character read once."""

    def __init__(self, text: str, char: str) -> None:
        self.text = text
        self.char = char
        self.found = -2  # position of the last answer; -1: none after it

    def __call__(self, start: int) -> int:
        if self.found == -1 or (self.found >= start):
            return self.found
        self.found = self.text.find(self.char, start)
        return self.found


def _links_and_tags(text: str) -> str:
    """Links keep their text, images go, autolinks keep their address, tags go."""
    if "[" not in text and "<" not in text:
        return text
    out: list[str] = []
    stack: list[tuple[int, bool]] = []  # (index in out of the "[" or "![", is image)
    close_paren = _Finder(text, ")")
    close_bracket = _Finder(text, "]")
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "[":
            image = i > 0 and text[i - 1] == "!" and bool(out) and out[-1].endswith("!")
            if image:
                out[-1] = out[-1][:-1]
            stack.append((len(out), image))
            out.append("![" if image else "[")
            i += 1
        elif ch == "]" and stack:
            at, image = stack.pop()
            nxt = text[i + 1] if i + 1 < n else ""
            end = -1
            if nxt == "(":
                end = close_paren(i + 2)
            elif nxt == "[":
                end = close_bracket(i + 2)
            if end < 0:
                out.append("]")
                i += 1
                continue
            if image:
                del out[at:]
            else:
                out[at] = ""
            i = end + 1
        elif ch == "<":
            m = _AUTOLINK.match(text, i) or _TAG.match(text, i)
            if m is None:
                out.append("<")
                i += 1
            else:
                out.append(m.group(1) if m.re is _AUTOLINK else "")
                i = m.end()
        else:
            j = i + 1
            while j < n and text[j] not in "[]<":
                j += 1
            out.append(text[i:j])
            i = j
    return "".join(out)


def _is_space(ch: str) -> bool:
    return not ch or ch.isspace()


def _is_word(ch: str) -> bool:
    return bool(ch) and ch.isascii() and (ch.isalnum() or ch == "_")


def _emphasis(text: str) -> str:
    """``**strong**``, ``__strong__``, ``*em*``, ``_em_`` and ``~~struck~~`` lose their
    delimiters; a delimiter that cannot open or close (``2 * 3``, ``snake_case``) stays."""
    if not any(c in text for c in "*_~"):
        return text
    pieces: list[str] = []
    stacks: dict[str, list[int]] = {"*": [], "_": [], "~": []}
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in stacks:
            j = i + 1
            while j < n and text[j] not in stacks:
                j += 1
            pieces.append(text[i:j])
            i = j
            continue
        j = i + 1
        while j < n and text[j] == ch:
            j += 1
        run = text[i:j]
        before = text[i - 1] if i else ""
        after = text[j] if j < n else ""
        can_open = not _is_space(after)
        can_close = not _is_space(before)
        if ch == "_":
            can_open = can_open and not _is_word(before)
            can_close = can_close and not _is_word(after)
        if ch == "~" and len(run) < 2:
            can_open = can_close = False
        stack = stacks[ch]
        if can_close and stack:
            opener = stack.pop()
            pieces[opener] = ""
            pieces.append("")
        else:
            if can_open:
                stack.append(len(pieces))
            pieces.append(run)
        i = j
    return "".join(pieces)
