"""The notes a model text's 提纲 carries besides its headings (开头（…）：…, 结尾（…）：…,
（未识别出标题层级））, read from the study of the text: one source for 打印提纲 and 导出提纲,
so the printed and the exported outline say the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from drafter.corpus.display import quote_cut
from drafter.drafts.model import Draft
from drafter.export.outline import OutlineNotes, model_text_outline
from drafter.study.analyze import analyze
from drafter.study.layout import layout
from drafter.study.model import Bookend
from drafter.study.stats import PART_MARK, QUESTION_MARK_LABEL, STRETCH_WORDS

NO_HEADINGS = "（未识别出标题层级）"
# said instead when the text's transitions stand for its parts (:func:`transition_skeleton`)
BY_TRANSITIONS = "（未分出标题，以下按过渡句列出各部分）"
# … when the parts a roadmap lists do (第一，…第四， after 下面的几点), alone or with transitions
BY_PARTS = "（未分出标题，以下按提纲句所列分项列出各部分）"
BY_PARTS_AND_TRANSITIONS = "（未分出标题，以下按提纲句所列分项和过渡句列出各部分）"
# … when the text is questions and answers (drafter.study.questions)
BY_QUESTIONS = "（问答体，以下按提问列出各部分）"


def skeleton_note(labels: list[str]) -> str:
    """The line that says what stands for the parts of a text without headings, from the
    labels of its stretches (:func:`drafter.study.stats.transition_stretches`): transitions,
    a roadmap's parts (〔分项〕…) or both; "按过渡句" said of 第一，…第四， was wrong."""
    if any(label.startswith(QUESTION_MARK_LABEL) for label in labels):
        return BY_QUESTIONS
    parts = any(label.startswith(PART_MARK) for label in labels)
    turns = any(not label.startswith((PART_MARK, "〔正文开始〕")) for label in labels)
    if parts:
        return BY_PARTS_AND_TRANSITIONS if turns else BY_PARTS
    return BY_TRANSITIONS


# what each part of an opening or a closing does, in the words a trainee's outline says it
PART_WORDS = {
    "称呼": "称呼听众",
    "致意": "致意问候",
    "会议目的": "说明会议目的",
    "交代事由": "交代事由",
    "肯定成绩": "肯定成绩",
    "形势": "分析形势",
    "意义": "阐明意义",
    "过渡": "过渡到正文",
    "号召": "发出号召",
    "希望要求": "提出希望和要求",
    "总结": "总结强调",
    "祝愿": "表达祝愿",
    "致谢": "表示感谢",
}


def bookend_line(name: str, bookend: Bookend) -> str:
    """开头（开门见山式）：称呼听众，交代事由，过渡到正文。: an opening's or closing's line in the
    outline, as a trainee's own outline would say it: its type in brackets, then what its
    parts do, in order and in words (:data:`PART_WORDS`). It read 〔开头〕开门见山式　过渡, a
    label and a bare step list no outline is written in. A part the study found but could
    not type is 未归类, as the 结构图 says, and then, with no parts to say, its first words
    (结尾（未归类）：“谢谢大家。今天就讲这些。”): a bare 结尾（未归类） (14 of the first 60 mao
    texts) gave the trainee nothing to find the closing by. A typed one without parts ends
    at the type."""
    kind = getattr(bookend, "type", None)
    text = (getattr(bookend, "text", "") or "").strip()
    if not kind and text:
        kind = "未归类"
    kinds = dict.fromkeys(p.kind for p in getattr(bookend, "parts", None) or [])
    steps = "，".join(PART_WORDS.get(k, k) for k in kinds)
    head = f"{name}（{kind}）" if kind else name
    if steps:
        return f"{head}：{steps}。"
    if text and not getattr(bookend, "type", None):
        return f"{head}：“{quote_cut(text.splitlines()[0], FIRST_WORDS)}”"
    return head


FIRST_WORDS = 30
"""Characters of an untyped opening's or closing's first paragraph its outline line quotes
(cut at a phrase break: :func:`~drafter.corpus.display.quote_cut`)."""


def model_text_outline_notes(doc: Any, study: Any = None) -> OutlineNotes:
    """The 〔开头〕/〔结尾〕 lines of a model text's 提纲 (not the 修订稿's notes on moved
    headings, :func:`drafter.export.redline.heading_move_notes`, which shared its old name
    ``outline_notes``), with ``study`` its analysis (made when not given): the
    opening's where the text has one before its first heading (or, without headings, the
    part the study tells apart), the closing's where the text or the study has one, and
    for a text without headings :data:`NO_HEADINGS`, or :data:`BY_TRANSITIONS` and its
    transitions (:func:`transition_skeleton`) when it turns at some."""
    lay = layout(doc)
    if study is None:
        study = analyze(doc)
    opening = bookend_line("开头", study.opening) if lay.preamble else ""
    closing = ""
    if lay.closing or study.closing.paragraphs:
        closing = bookend_line("结尾", study.closing)
    skeleton = transition_skeleton(study)
    labels = [row.label for row in study.structure if row.part == "stretch"]
    return OutlineNotes(
        opening=opening,
        closing=closing,
        no_headings=skeleton_note(labels) if skeleton else NO_HEADINGS,
        skeleton=skeleton,
    )


class ExportedOutline(NamedTuple):
    """What :func:`export_model_text_outline` wrote: the file, the headings-only draft and
    the notes, so ``drafter export`` can say what the file holds (its summary line)."""

    path: Path
    draft: Draft
    notes: OutlineNotes


def export_model_text_outline(
    doc: Any, path: str | Path, fmt: str | None = None, style: Any = None, study: Any = None
) -> ExportedOutline:
    """Write the 提纲 of a model text (a library or file :class:`~drafter.corpus.Document`)
    as .docx/.md/.txt: its headings as written, the title it is known by, and the notes
    (〔开头〕…, the skeleton of a text without headings, 〔结尾〕…) from ``study`` (made when
    not given). One path for 学习 › 导出提纲 and ``drafter export FILE --outline-only``: the
    command went through the draft exporter alone and wrote 整顿党的作风's title block and
    nothing else, where the window wrote its opening, seven turns and closing."""
    from drafter.export import export_draft

    draft = model_text_outline(doc)
    notes = model_text_outline_notes(doc, study)
    out = export_draft(draft, path, fmt, style, outline_only=True, outline_notes=notes)
    return ExportedOutline(out, draft, notes)


def transition_skeleton(study: Any) -> tuple[str, ...]:
    """The lines that stand for the parts of a text without headings in its 提纲, in order:
    each transition the structure map cuts the body at (:func:`drafter.study.stats.transition_stretches`),
    whole, after what it does (〔转入新话题〕现在我来讲一讲主观主义。), and each part a roadmap
    lists there (〔分项〕第一，从组织上动员群众), after the roadmap sentence itself
    (〔提纲句〕因此，我要向同志们指出下面的几点：); () when the text has headings or the body
    neither."""
    said = {}
    for t in sorted(study.transitions, key=lambda t: t.span.paragraph):
        said.setdefault(t.span.paragraph, f"〔{t.role or '过渡句'}〕{t.text}")
    roads = {p: road for road in study.roadmap for p in road.sections}
    lines: list[str] = []
    for row in study.structure:
        if row.part != "stretch" or not row.cut:
            continue
        if row.cut == "roadmap":
            road = roads.get(row.paragraph)
            if road is None:
                lines.append(row.label)
                continue
            if road.sections[0] == row.paragraph:
                lines.append(f"〔提纲句〕{road.text}")
            k = road.sections.index(row.paragraph)  # its words whole, as a transition's are
            lines.append(f"{PART_MARK}{road.labels[k]}" if k < len(road.labels) else row.label)
        elif row.cut == "question":  # a Q&A's question (drafter.study.questions)
            lines.append(row.label)
        elif row.paragraph in said:
            lines.append(said[row.paragraph])
    return tuple(lines)


def transition_marks(doc: Any, study: Any = None) -> list[tuple[int, str]]:
    """Where a text turns, for the reader's outline pane: the paragraph and label of each
    transition, in order; ``study`` is made when not given.

    Without headings, the stretches the structure map cuts the body into
    (:func:`drafter.study.stats.transition_stretches`: 〔转入新话题〕现在我来讲一讲主观主义。, a
    roadmap's part 〔分项〕第一，从组织上动员群众, and 〔正文开始〕至… before the first): the pane showed only 开头 / 正文 / 结尾 for such a
    text while the map and the exported 提纲 listed its turns. With headings, every
    transition in a paragraph of the text that is not a heading (the pane puts it under the
    heading it stands in): one heading made the pane drop them all (关于中华人民共和国宪法
    草案's 回顾上文 and 最后，解释一个问题。 after its 第一、第二、). Empty without a transition."""
    if doc is None:
        return []
    headed = bool(getattr(getattr(doc, "outline", None), "sections", None))
    if study is None:
        study = analyze(doc)
    if not headed:
        return [(row.paragraph, row.label) for row in study.structure if row.part == "stretch"]
    paragraphs = doc.paragraphs()
    marks: list[tuple[int, str]] = []
    for t in sorted(study.transitions, key=lambda t: t.span.paragraph):
        p = t.span.paragraph
        if not 0 <= p < len(paragraphs) or paragraphs[p].is_heading:
            continue
        if not marks or marks[-1][0] != p:
            marks.append((p, f"〔{t.role or '过渡句'}〕{quote_cut(t.text, STRETCH_WORDS)}"))
    return marks


__all__ = [
    "BY_PARTS",
    "BY_QUESTIONS",
    "BY_PARTS_AND_TRANSITIONS",
    "BY_TRANSITIONS",
    "FIRST_WORDS",
    "NO_HEADINGS",
    "ExportedOutline",
    "bookend_line",
    "export_model_text_outline",
    "model_text_outline_notes",
    "skeleton_note",
    "transition_marks",
    "transition_skeleton",
]
