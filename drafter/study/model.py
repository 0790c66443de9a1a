"""The study of one document as plain data, and its ``drafter study --json`` shape."""

from __future__ import annotations

from dataclasses import dataclass, field


def shown(index: int) -> int:
    """A paragraph index as every ``--json`` and every view names it: from 1, as the reader and
    the text output count (第 1 段), while the analysis indexes ``Document.paragraphs()`` from 0."""
    return index + 1


@dataclass
class Span:
    """A stretch of one paragraph: ``paragraph`` indexes :meth:`Document.paragraphs`, so the
    reader can colour exactly what the analysis found."""

    paragraph: int
    start: int
    end: int


@dataclass
class Frame:
    """A numeric summary (数字概括) such as 三个服务 or 四勤, and the items it counts.

    ``listed`` is true when the text spells out exactly ``number`` items for it; a frame
    only mentioned (a formula the reader is expected to know, 四个意识) keeps ``items`` empty.
    ``source`` says where the items came from: ``"inline"`` (a list in the same sentence),
    ``"ordinals"`` (一是…二是…), ``"sections"`` (the headings below) or ``""``.
    """

    phrase: str
    number: int
    span: Span
    items: list[str] = field(default_factory=list)
    item_spans: list[Span] = field(default_factory=list)
    source: str = ""
    quoted: bool = False
    mentions: list[Span] = field(default_factory=list)

    @property
    def listed(self) -> bool:
        """True when the text names every item the number promises (三个服务 followed by three items);
        otherwise the phrase is only mentioned.
        """
        return bool(self.items) and len(self.items) == self.number

    def to_json(self) -> dict:
        """The JSON form for ``drafter study --json``; spans become paragraph numbers (from 1)."""
        return {
            "phrase": self.phrase,
            "number": self.number,
            "items": list(self.items),
            "paragraph": shown(self.span.paragraph),
            "listed": self.listed,
            "source": self.source,
            "item_paragraphs": [shown(s.paragraph) for s in self.item_spans],
            "mentions": [shown(s.paragraph) for s in self.mentions],
        }


@dataclass
class Roadmap:
    """A sentence announcing the structure ("下面，我讲三点意见"), the parts it announces and
    the count it names, if any. ``sections`` are the paragraph indexes that open the parts:
    headings, or the numbered paragraphs (1、… 2、…) the outline keeps as text; ``labels``
    their first words, for lists that show the link without the document at hand. ``rule``
    names the reader that found it (one of :data:`ROADMAP_RULES`), so that what follows —
    the transitions, above all — asks how a sentence was read instead of reading it again."""

    text: str
    span: Span
    count: int | None
    sections: list[int] = field(default_factory=list)
    warning: str | None = None
    labels: list[str] = field(default_factory=list)
    rule: str = "lead"


# The readers of drafter.study.roadmap, by the name a Roadmap's ``rule`` carries.
COUNTED_STATEMENT = "counted statement"
LEAD_POINTER = "lead pointer"
SECTION_END = "section end"
ROADMAP_RULES = (
    "lead",  # a sentence of a lead speaking of the talk or dividing the matter
    LEAD_POINTER,  # a lead's last sentence pointing ahead (以下/如下/下列) at the sections
    "lead run-on",  # a lead's announcement whose first part runs on in its paragraph
    COUNTED_STATEMENT,  # a count of the parts ending a lead, whatever its verb (session 45)
    SECTION_END,  # a leaf section's last sentence pointing at the sections after it
    "heading",  # a heading pointing at what stands under it
    "before paragraphs",  # a pointer or colon before the numbered paragraphs it announces
    "talk over paragraphs",  # the speaker turning to the numbered paragraphs that follow
    "pointer run-on",  # 以下…： mid-paragraph, its first part run on after the colon
    "listed contents",  # a sentence listing the headings to come one by one
    "running text",  # a speaking verb and a count in running text, the parts after it
)


@dataclass
class Part:
    """One labelled part of the opening or closing (称呼, 会议目的, 肯定成绩, 号召 …)."""

    kind: str
    text: str
    span: Span


@dataclass
class Bookend:
    """The opening (开头) or closing (结尾): its text, its parts and a type label such as
    开宗明义式 or 号召激励式 (``None`` when there is none). ``paragraphs`` are its paragraph
    indexes: usually the outline's preamble or closing, but a text without headings has its
    opening and closing told apart from the body here, so the views need the range."""

    type: str | None
    text: str
    parts: list[Part] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    # where it begins in its first paragraph: a closing may start inside one (…。总起来说，…)
    start: int = 0
    # where it ends in its last paragraph (None: at the paragraph's end): an opening may end
    # inside one, where the body's argument starts with a why-question (…。为什么？…)
    stop: int | None = None

    def to_json(self) -> dict:
        """The JSON form for ``drafter study --json``; each part keeps its paragraph number (from 1)."""
        return {
            "type": self.type,
            "text": self.text,
            "parts": [
                {"kind": p.kind, "text": p.text, "paragraph": shown(p.span.paragraph)}
                for p in self.parts
            ],
            "paragraphs": [shown(i) for i in self.paragraphs],
            "start": self.start,
            "stop": self.stop,
        }


@dataclass
class Transition:
    """A 过渡句 at a section boundary: ``kind`` is ``"lead-in"`` (opens a section) or
    ``"wrap-up"`` (closes one and leads on); ``role`` says in Chinese what it does for the
    talk (转入问题, 总结体会, 回顾上文, 引出下文, 转入新话题, 承上启下: see
    :data:`drafter.study.transitions.TRANSITION_ROLES`), since a mark alone teaches a trainee
    nothing about why the sentence stands there."""

    text: str
    span: Span
    kind: str
    role: str = ""


@dataclass
class SiblingFrame:
    """The shared frame of a group of parallel headings: ``pattern`` shows fixed text with
    ``…`` for each varying slot ("坚持…", "希望大家提高…"); ``slots`` holds, per heading,
    what fills each slot in order."""

    pattern: str
    headings: list[int]
    labels: list[str]
    slots: list[list[str]]
    level: int
    parent: str | None

    def to_json(self) -> dict:
        """The JSON form for ``drafter study --json``: the shared pattern, its slots and where each heading
        stands.
        """
        return {
            "pattern": self.pattern,
            "level": self.level,
            "parent": self.parent,
            "headings": list(self.labels),
            "slots": [list(s) for s in self.slots],
            "paragraphs": [shown(i) for i in self.headings],
        }


@dataclass
class SectionStat:
    """Length of one section (its heading, text and subsections): 字数, seconds of speaking
    at the chosen rate and share of the whole document's 字数. ``part`` says what the row
    is: ``"section"`` (a heading's), or one of the parts the structure map shows outside
    the headings, level 0 (``"opening"``, ``"lead-in"`` before the first heading, ``"body"``
    of a text without headings, ``"closing"``; and ``"after"``, one level under a part, for
    the part's own text after its points (:attr:`drafter.corpus.model.Section.after`), and
    ``"before"`` for a long one before them: see :func:`drafter.study.stats.structure_rows`;
    ``"stretch"`` cuts the body of a text without headings). ``after_chars`` / ``after_paragraph`` hold
    a section's text after its sub-sections (0 / None when it has none), which its ``chars``
    counts and no sub-section's row does."""

    heading: str
    label: str
    level: int
    paragraph: int | None
    chars: int
    seconds: int
    share: float
    frame: str | None = None
    pattern: str | None = None
    part: str = "section"
    after_chars: int = 0
    after_paragraph: int | None = None
    # a section's own text before its first sub-section (a report part's review of the year
    # before its 一是…六是), which its ``chars`` counts and no sub-section's row does
    before_chars: int = 0
    before_paragraph: int | None = None
    # what opens a "stretch" row: "transition", "roadmap" (a part a roadmap lists), "" for the
    # body before the first; the views colour and explain the two apart
    cut: str = ""

    def to_json(self) -> dict:
        """A ``sections`` row of ``drafter study --json``: the map's label as ``heading``, its
        paragraph numbered from 1 (None for a part with no paragraph of its own)."""
        return {
            "heading": self.label,
            "level": self.level,
            "chars": self.chars,
            "seconds": self.seconds,
            "share": round(self.share, 4),
            "frame": self.frame,
            "pattern": self.pattern,
            "paragraph": None if self.paragraph is None else shown(self.paragraph),
            "part": self.part,
            # a stretch's cut: "transition" or "roadmap" (a part a roadmap lists), "" otherwise
            "cut": self.cut,
        }


@dataclass
class Study:
    """Everything the study view and ``drafter study`` show for one document."""

    path: str
    title: str | None
    frames: list[Frame]
    roadmap: list[Roadmap]
    opening: Bookend
    closing: Bookend
    transitions: list[Transition]
    siblings: list[SiblingFrame]
    sections: list[SectionStat]
    total_chars: int
    total_seconds: int
    rate: int
    warnings: list[str] = field(default_factory=list)
    # the structure map's rows with a length, in its order: the opening, the body before
    # the first heading (or, with no headings, between opening and closing), the sections,
    # the closing (drafter.study.stats.structure_rows; ``sections`` holds the headings')
    structure: list[SectionStat] = field(default_factory=list)
    # the paragraphs that put the floor's questions, in a text made of questions and answers
    # (drafter.study.questions): they cut its body, and the first is no opening
    questions: list[int] = field(default_factory=list)

    def in_outline(self, road: Roadmap) -> list[bool]:
        """For each part ``road`` links, whether the outline shows it as a heading. A roadmap
        may announce parts the outline keeps in the running text (第一，… paragraphs it did not
        take for headings, a list of ——坚持… lines): said as 领起 4 节 they were sections the
        trainee looked for in the outline and could not find."""
        headings = {s.paragraph for s in self.sections}
        return [i in headings for i in road.sections]

    def roadmap_reach(self, road: Roadmap) -> str:
        """What ``road`` leads, in the words every view uses: 领起 N 节 when each part is a
        heading of the outline, 领起 N 项 when the parts stand in the running text and are no
        headings (so the outline beside it shows none of them), both counts when mixed."""
        shown_as = self.in_outline(road)
        n, headed = len(shown_as), sum(shown_as)
        if headed == n:
            return f"领起 {n} 节"
        if not headed:
            return f"领起 {n} 项（在正文段落里，不是小标题）"
        return f"领起 {n} 部分（{headed} 节是小标题，{n - headed} 项在正文段落里）"

    @property
    def listed_frames(self) -> list[Frame]:
        """Numeric summaries whose items the text spells out: the ones worth taking apart."""
        return [f for f in self.frames if f.listed]

    @property
    def mentioned_frames(self) -> list[Frame]:
        """Numeric summaries the text only refers to, with their items given elsewhere (or nowhere)."""
        return [f for f in self.frames if not f.listed]

    def to_json(self) -> dict:
        """The ``drafter study --json`` object (the keys the issue names, plus details). Every
        paragraph in it is numbered from 1, as in the reader, ``drafter notes --json`` and
        ``drafter review --json``."""
        return {
            "path": self.path,
            "title": self.title,
            "frames": [f.to_json() for f in self.frames],
            "roadmap": [r.text for r in self.roadmap],
            "roadmap_links": [
                {
                    "text": r.text,
                    "paragraph": shown(r.span.paragraph),
                    "count": r.count,
                    "sections": [shown(i) for i in r.sections],
                    # each part a heading of the outline, or a paragraph of the running text
                    "in_outline": self.in_outline(r),
                    "labels": list(r.labels),
                    "warning": r.warning,
                }
                for r in self.roadmap
            ],
            "opening": self.opening.to_json(),
            "closing": self.closing.to_json(),
            "transitions": [
                {
                    "text": t.text,
                    "paragraph": shown(t.span.paragraph),
                    "kind": t.kind,
                    "role": t.role,
                }
                for t in self.transitions
            ],
            "siblings": [s.to_json() for s in self.siblings],
            # every part the structure map times, so a text without headings still shows
            # its split (开头 / 正文 / 结尾); ``part`` tells a heading's row from the others
            "sections": [s.to_json() for s in self.structure or self.sections],
            "total_chars": self.total_chars,
            "total_seconds": self.total_seconds,
            "rate": self.rate,
            "warnings": list(self.warnings),
            "questions": [shown(i) for i in self.questions],
        }
