"""The outline markup a template body renders to, and its parser into a Draft.

One item per line (blank lines are ignored; indentation only matters for headings)::

    # 标题                      the draft's title
    : 场合 = 全市……会议         a metadata field (标题 副标题 讲话人 职务 日期 场合 文种)
    : 编号 = 第一， 一是         numbering styles, one per level
    [开头]  [正文]  [结尾]       opening, body (the default), closing
    - 小标题                    a heading on its own line; indent to nest
    + 小标题                    a heading that runs into its paragraph (一是……。)
    : 下级编号 = 一是            under a heading: its sub-headings' numbering, where it
                                differs from their level's (一要… here, 一是… there)
    : 编号标点 = ，              under a heading: the mark after its number as the author
                                wrote it (第一， among 第二、 第三、)
    : 原编号 = 第一点，          under a heading: its whole marker as the author wrote it,
                                where no numbering style says it (第一点， 一　); the
                                draft renumbers it in that form when its group is edited
    @ 写作提示                  a hint for the heading / opening / closing above it
    > 示例                      an example phrasing for it

Hints and examples never become text of the draft: on a heading they fill ``hint`` and
``example``; on the opening and closing both go into ``opening_hint``/``closing_hint``
(examples prefixed 示例：).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.drafts.model import Draft, DraftMeta, DraftNode
from drafter.drafts.numbering import MARKER_PUNCT
from drafter.templating.model import TemplateError
from drafter.templating.numbering import style_name
from drafter.templating.source import parse_numbering

MAX_NODES = 1_000
MAX_DEPTH = 9  # heading levels (official documents use four; a deep tree breaks export)

META_KEYS = {
    "title": "title",
    "标题": "title",
    "subtitle": "subtitle",
    "副标题": "subtitle",
    "speaker": "speaker",
    "讲话人": "speaker",
    "post": "post",
    "职务": "post",
    "date": "date",
    "日期": "date",
    "occasion": "occasion",
    "场合": "occasion",
    "genre": "genre",
    "文种": "genre",
}
NUMBERING_KEYS = {"numbering", "编号"}
CHILD_NUMBERING_KEYS = {"child_numbering", "下级编号"}
MARKER_PUNCT_KEYS = {"marker_punct", "编号标点"}
WRITTEN_MARKER_KEYS = {"written_marker", "原编号"}
MAX_WRITTEN_MARKER = 12  # as a draft file allows (drafter.drafts.model)
_BARE_NUMBER_END = "0123456789０１２３４５６７８９一二三四五六七八九十百零〇"
PARTS = {
    "开头": "opening",
    "opening": "opening",
    "正文": "body",
    "body": "body",
    "结尾": "closing",
    "closing": "closing",
}
# Full-width forms a Chinese input method produces.
_WIDE = str.maketrans({"＃": "#", "：": ":", "＠": "@", "＞": ">", "－": "-", "＋": "+"})


@dataclass
class Skeleton:
    """What the markup says, before it is put into a Draft."""

    meta: dict = field(default_factory=dict)
    numbering: list[str] | None = None
    sections: list[DraftNode] = field(default_factory=list)
    opening: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)


def parse_skeleton(text: str, filename: str) -> Skeleton:
    """Parse rendered markup. Errors name the file and the line of the rendered outline."""
    sk = Skeleton()
    part = "body"
    stack: list[tuple[int, DraftNode]] = []  # (indent, node) from level 1 down
    current: DraftNode | None = None  # the heading hints and examples attach to
    count = 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue

        def fail(why: str, lineno=lineno, line=line) -> TemplateError:
            shown = line.strip()
            shown = shown if len(shown) <= 30 else shown[:30] + "…"
            return TemplateError(f"{filename}, rendered line {lineno}: {why}: {shown}")

        stripped = line.lstrip(" \t\u3000")
        indent = _indent(line[: len(line) - len(stripped)])
        head = stripped[:1].translate(_WIDE)
        rest = stripped[1:].strip()
        if stripped.startswith(("[", "【")) and stripped.endswith(("]", "】")):
            key = stripped[1:-1].strip()
            if key not in PARTS:
                raise fail("unknown part (use [开头] [正文] [结尾])")
            part = PARTS[key]
            current = None
        elif head == "#":
            sk.meta["title"] = rest
        elif head == ":":
            key, sep, value = rest.replace("＝", "=").partition("=")
            key = key.strip()
            if not sep:
                raise fail("a field line is ': 名称 = 内容'")
            if key in NUMBERING_KEYS:
                try:
                    sk.numbering = parse_numbering(value.strip(), filename)
                except TemplateError as exc:
                    raise fail(str(exc).split(": ", 1)[1]) from None
            elif key in CHILD_NUMBERING_KEYS | MARKER_PUNCT_KEYS | WRITTEN_MARKER_KEYS:
                if current is None or part != "body":
                    raise fail(f"'{key}' must follow a heading")
                value = value.strip()
                if key in WRITTEN_MARKER_KEYS:
                    if not value or len(value) > MAX_WRITTEN_MARKER:
                        raise fail(f"'{key}' is a marker of 1 to {MAX_WRITTEN_MARKER} characters")
                    # a marker ending in its bare number (一　) is set apart from the words by
                    # the full-width space the line itself cannot keep at its end
                    current.written_marker = value + (
                        "\u3000" if value[-1] in _BARE_NUMBER_END else ""
                    )
                elif key in CHILD_NUMBERING_KEYS:
                    style = style_name(value)
                    if style is None:
                        raise fail(f"unknown numbering style '{value}'")
                    current.child_numbering = style
                else:
                    if len(value) != 1 or value not in MARKER_PUNCT:
                        raise fail(f"'{key}' is one mark of {MARKER_PUNCT}")
                    current.marker_punct = value
            elif key in META_KEYS:
                sk.meta[META_KEYS[key]] = value.strip()
            else:
                raise fail(f"unknown field '{key}'")
        elif head in "-+":
            if part == "closing":
                raise fail("headings cannot go in [结尾]")
            part = "body"
            count += 1
            if count > MAX_NODES:
                raise fail(f"more than {MAX_NODES} headings")
            node = DraftNode(heading=rest, run_in=head == "+")
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if len(stack) >= MAX_DEPTH:
                raise fail(f"headings nested more than {MAX_DEPTH} levels deep")
            (stack[-1][1].children if stack else sk.sections).append(node)
            stack.append((indent, node))
            current = node
        elif head in "@>":
            if part in ("opening", "closing") and current is None:
                target = sk.opening if part == "opening" else sk.closing
                target.append(rest if head == "@" else f"示例：{rest}")
            elif current is not None:
                attr = "hint" if head == "@" else "example"
                old = getattr(current, attr)
                setattr(current, attr, f"{old}\n{rest}" if old else rest)
            else:
                raise fail("a hint or example must follow [开头], [结尾] or a heading")
        else:
            raise fail("cannot read this line (lines start with # : [ - + @ >)")
    return sk


def _indent(prefix: str) -> int:
    """Indentation as a width: a tab counts 4 and a full-width space 2, since writers indent with
    whatever their input method gives."""
    return sum(4 if c == "\t" else 2 if c == "\u3000" else 1 for c in prefix)


def build_draft(sk: Skeleton, numbering: list[str] | None, genre: str, name: str) -> Draft:
    """Put a parsed skeleton into a fresh Draft (no text: only headings and hints)."""
    meta = DraftMeta(**sk.meta)
    if not meta.genre:
        meta.genre = genre
    draft = Draft(
        meta=meta,
        sections=sk.sections,
        opening_hint="\n".join(sk.opening),
        closing_hint="\n".join(sk.closing),
        template=name,
    )
    styles = sk.numbering or numbering
    if styles:
        draft.numbering = list(styles)
    return draft
