"""What a review produces: findings with a rule, a level, a Chinese message and an exact span.

A :class:`Finding` is plain, frozen data so the CLI prints it, the app lists it, comments
(i10-office) attach to it and a draft remembers it was dismissed, all without Qt.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Levels, most severe first. ``error`` 必错: certainly wrong, blocks a clean export;
# ``warning`` 疑似: probably wrong, a person should look; ``hint`` 提示: worth a glance.
LEVELS = ("error", "warning", "hint")
LEVEL_NAMES = {"error": "必错", "warning": "疑似", "hint": "提示"}

# Categories in the order the panel and the docs list them; the keys are part of the JSON.
CATEGORIES = {
    "numbering": "编号",
    "parallelism": "对仗",
    "count": "数目",
    "placeholder": "占位符",
    "date": "日期",
    "stale": "过时提法",
    "name": "人名职务",
    "wording": "用语",
    "punctuation": "标点",
    "number": "数字",
    "reuse": "查重",
}


def level_rank(level: str) -> int:
    """0 for error, 1 for warning, 2 for hint: sort and filter by severity."""
    return LEVELS.index(level)


@dataclass(frozen=True)
class Finding:
    """One problem found in a text.

    ``paragraph`` indexes ``Document.paragraphs()`` (for a draft: the paragraphs of the
    draft read as a document, headings included); ``start``/``end`` are character
    offsets in that paragraph's text and ``text`` is exactly ``paragraph_text[start:end]``.
    ``section`` is the heading path (markers included) the paragraph stands under.
    ``ref`` is the draft's node or paragraph id when the text is a draft, so the editor
    and comments can find the span after other paragraphs move.
    """

    rule: str
    category: str
    level: str
    message: str
    text: str
    suggestion: str | None = None
    paragraph: int | None = None
    start: int | None = None
    end: int | None = None
    section: tuple[str, ...] = ()
    ref: str | None = None
    context: str = field(default="", compare=False, repr=False)
    part: str = field(default="body", compare=False, repr=False)  # preamble/body/closing
    # what kind of problem this is, when the message names the instance (序次语“第一”…,
    # “二0一一”里的“0”…): findings of one rule, level and kind are the same problem met
    # again (drafter.review.groups); empty: the message itself says the kind
    kind: str = field(default="", compare=False, repr=False)

    @property
    def where(self) -> str:
        """Where the span is, as a reader finds it: the heading it stands under (its own
        label for a heading), or 开头 / 结尾."""
        if self.section:
            return self.section[-1]
        return {"preamble": "开头", "closing": "结尾"}.get(self.part, "正文")

    @property
    def key(self) -> str:
        """A stable identity for dismissing: the rule, the flagged text and its
        surroundings, not its position, so a dismissal survives edits elsewhere."""
        raw = f"{self.rule}\x1f{self.text}\x1f{self.context}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict:
        """The ``drafter review --json`` shape of one finding (see docs/review.md); the paragraph
        is numbered from 1 (第 1 段), as the text output and every other ``--json`` number it."""
        return {
            "rule": self.rule,
            "category": self.category,
            "level": self.level,
            "message": self.message,
            "text": self.text,
            "suggestion": self.suggestion,
            "location": {
                "paragraph": None if self.paragraph is None else self.paragraph + 1,
                "start": self.start,
                "end": self.end,
                "section": list(self.section),
            },
        }


@dataclass
class ReviewResult:
    """All findings of one review, the speech's date it was judged against, and the
    findings the writer dismissed (kept apart so the panel can show them again)."""

    path: str
    date: str | None
    findings: list[Finding]
    dismissed: list[Finding] = field(default_factory=list)
    # ``date`` is today's: the draft has no date yet (said so, not called the speech's date)
    undated: bool = False
    # the year the file's name gave a text that names no date (gwr_national_1978.txt)
    name_year: str | None = None

    def date_note(self) -> str:
        """What the review judged dates against, as the panel and the CLI say it: the speech's
        date, or today's for a draft not dated yet (an undated draft read 按讲话日期 2026-12-05
        核对, a date the writer never gave), or the year its file's name gives."""
        if not self.date:
            if self.name_year:
                return f"（文中未写日期，按文件名中的年份 {self.name_year} 年核对）"
            return ""
        if self.undated:
            return f"（稿件未填日期，按今天 {self.date} 核对）"
        return f"（按讲话日期 {self.date} 核对）"

    def count(self, level: str) -> int:
        """How many findings of ``level`` remain (dismissed ones not counted): the counts the
        审阅 panel and ``drafter review`` show for each level."""
        return sum(1 for f in self.findings if f.level == level)

    @property
    def has_errors(self) -> bool:
        """True when something at error level remains (the CLI then exits 1)."""
        return any(f.level == "error" for f in self.findings)

    def to_json(self) -> dict:
        """Exactly the ``drafter review --json`` document."""
        return {
            "file": self.path,
            "date": self.date,
            "findings": [f.to_json() for f in self.findings],
        }
