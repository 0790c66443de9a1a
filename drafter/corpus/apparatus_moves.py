"""The user's word on what is apparatus: text moved out of the speech into 附录, 编者按, 注释,
来源, 现场记录 or 网页杂项 (a saved page's 打印/关闭/分享到 lines), and apparatus put back
into the speech.

The reader guesses what is the speaker's and what an editor added around it; when it
guesses wrong, 不是标题 was the only fix, and it merged an appended document (ren 20160810's
附：诺亚方舟实验室座谈回答, an appendix in the gold) into the speech's last part, where search
showed its answers under 五、 and the study view counted them as the speech. Two ops, replayed
by :func:`drafter.corpus.corrections.apply_corrections` among the others:

* ``{"op": "apparatus", "para": 38, "text": "…", "part": "appendix", "to_end": true}``:
  paragraph 38 (with ``to_end``, it and every paragraph after it) is ``part`` of the
  apparatus, not the speech; a heading taken out alone leaves its paragraphs to the section
  before it, as 不是标题 does;
* ``{"op": "unapparatus", "part": "appendix", "at": 0, "text": "…", "to_end": true}``: the
  ``at``-th paragraph of that part (found by its text; with ``to_end``, the rest of the part
  after it too) is the speech's after all: an editor's note goes back before the text, any
  other part back after the body, before the closing.

Both find their paragraph by text, so they hold while the file is unchanged and are
reported (``Applied.skipped``) when the file lost it. Pure: no I/O, no Qt.
"""

from __future__ import annotations

from drafter.corpus.apparatus_parts import APPARATUS_SECTIONS, part_blocks
from drafter.corpus.model import Apparatus

APPARATUS_OPS = ("apparatus", "unapparatus")
"""The op kinds of this module (the structural ones besides heading and unheading)."""

PART_LABELS = dict(APPARATUS_SECTIONS)
"""Each part's name as the reader shows it (appendix: 附录)."""

MOVABLE_PARTS = ("appendix", "notes", "endnotes", "source", "stage_notes", "site_chrome")
"""The parts a user can move text into, in the order the menu offers them."""


def apparatus_op(para: int, text: str, part: str, to_end: bool = False) -> dict:
    """The op saying paragraph ``para`` (``text``), and with ``to_end`` all after it, is
    ``part`` of the apparatus. ValueError for a part the apparatus has not."""
    return _move_op(part, to_end, op="apparatus", para=para, text=text, part=part)


def unapparatus_op(part: str, at: int, text: str, to_end: bool = False) -> dict:
    """The op saying the ``at``-th paragraph of ``part`` (``text``), and with ``to_end`` the
    rest of that part, is the speech's text. ValueError for a part the apparatus has not."""
    return _move_op(part, to_end, op="unapparatus", part=part, at=at, text=text)


def _move_op(part: str, to_end: bool, /, **fields) -> dict:
    """An op of this module: ``fields`` in the order given (the stored JSON keeps it), with
    ``to_end`` only when set, for a part the apparatus has."""
    if part not in PART_LABELS:
        raise ValueError(f"unknown apparatus part: {part}")
    return {**fields, "to_end": True} if to_end else fields


def part_texts(apparatus: Apparatus, part: str) -> list[str]:
    """The paragraphs of one part (the source line is one)."""
    value = getattr(apparatus, part, None)
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def add_to_part(apparatus: Apparatus, part: str, texts: list[str]) -> bool:
    """Put ``texts`` (taken out of the speech) into ``part``: after the editor's notes there
    are (they stand before the text, as the speech's first lines did), before what the
    other parts hold (they stand after it, and the text came first). False for a part the
    apparatus has not."""
    if part not in PART_LABELS or not texts:
        return False
    if part == "source":
        apparatus.source = "\n".join([*texts, *part_texts(apparatus, "source")])
        return True
    now = part_texts(apparatus, part)
    setattr(apparatus, part, [*now, *texts] if part == "notes" else [*texts, *now])
    return True


def take_from_part(apparatus: Apparatus, op: dict) -> list[str] | None:
    """Take the paragraphs ``op`` (an ``unapparatus`` op) names out of their part and return
    them: the one with its text nearest ``at`` (and with ``to_end`` those after it). None
    when the part has no such paragraph (the file changed)."""
    part, text = op.get("part"), op.get("text")
    if part not in PART_LABELS or not isinstance(text, str):
        return None
    texts = part_texts(apparatus, part)
    at = op.get("at") if isinstance(op.get("at"), int) else 0
    found = [i for i, t in enumerate(texts) if t == text]
    if not found:
        return None
    i = min(found, key=lambda k: abs(k - at))
    end = len(texts) if op.get("to_end") else i + 1
    taken, rest = texts[i:end], texts[:i] + texts[end:]
    if part == "source":
        apparatus.source = "\n".join(rest) or None
    else:
        setattr(apparatus, part, rest)
    return taken


def parts_of(apparatus: Apparatus) -> list[tuple[str, list[str]]]:
    """Every part's paragraphs, to tell whether ops changed the apparatus at all (a move
    and its way back change nothing, and count nothing)."""
    return [(name, part_texts(apparatus, name)) for name in PART_LABELS]


def apparatus_at(apparatus: Apparatus | None, start: int, block: int) -> tuple[str, int] | None:
    """What block ``block`` of the reader shows, below a text of ``start`` paragraphs: (part,
    paragraph of that part), the paragraph -1 for the part's label line (the whole part).
    None for the text's own blocks, the rule line, or past the end."""
    for name, _label, label_at, paragraphs in part_blocks(apparatus, start):
        if label_at <= block <= label_at + len(paragraphs):
            return name, block - label_at - 1
    return None
