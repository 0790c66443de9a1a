"""Per-section statistics: 字数, speaking time at a chosen rate, share of the whole."""

from __future__ import annotations

from dataclasses import replace

from drafter.corpus.display import quote_cut
from drafter.study.layout import Layout, Node
from drafter.study.model import SectionStat
from drafter.study.questions import QUESTION_MARK
from drafter.study.text import count_chars

DEFAULT_RATE = 220  # characters a minute: a measured official speech (STYLE.md)
MIN_RATE, MAX_RATE = 60, 600


def seconds_for(chars: int, rate: int) -> int:
    """Speaking time in whole seconds of ``chars`` characters at ``rate`` per minute."""
    return round(chars * 60 / clamp_rate(rate))


def spoken(seconds: int) -> str:
    """A speaking time as every view and the CLI write it, so a writer comparing the reader,
    学习, the structure map and the draft sees one measure, not four ("约 214 分 25 秒",
    "约 214 分钟", "约 14 分半钟" and no hours before). The estimate is rough, so: under a
    minute "约 40 秒"; under an hour to the nearest half minute, "约 14 分钟" / "约 14 分半";
    an hour or more to the nearest minute, "约 1 小时 34 分" ("约 1 小时" on the hour).
    Nothing to say is "0 秒"."""
    seconds = max(0, int(seconds))
    if seconds == 0:
        return "0 秒"
    if seconds < 60:
        return f"约 {seconds} 秒"
    halves = (seconds + 15) // 30  # half minutes, a quarter minute and up rounds up
    if halves < 120:
        whole, half = divmod(halves, 2)
        return f"约 {whole} 分半" if half else f"约 {whole} 分钟"
    hours, minutes = divmod((seconds + 30) // 60, 60)
    return f"约 {hours} 小时 {minutes} 分" if minutes else f"约 {hours} 小时"


def spoken_for(chars: int, rate: int) -> str:
    """:func:`spoken` of ``chars`` characters at ``rate`` a minute (the reader and the draft
    count characters; 学习 has the seconds already)."""
    return spoken(max(1, seconds_for(chars, rate))) if chars > 0 else spoken(0)


def clamp_rate(rate: int | None) -> int:
    """A speaking rate within what Preferences allow (the default for none)."""
    return max(MIN_RATE, min(MAX_RATE, int(rate or DEFAULT_RATE)))


def share_label(share: float) -> str:
    """A share of the whole as a trainee reads it: whole per cents, but "<1%" for a part that
    has text and rounds to nothing — the 129 字 of one 坚持 in a 32,000-字 report read "0%",
    as if the part were empty."""
    whole = f"{share * 100:.0f}"
    return "<1%" if share > 0 and whole == "0" else f"{whole}%"


def section_stats(lay: Layout, rate: int) -> tuple[list[SectionStat], int]:
    """One row per section in reading order (each counts its heading, text and
    subsections) and the document's total 字数."""
    chars = [count_chars(p.text + p.ending) for p in lay.paragraphs]
    total = sum(chars)
    rows: list[SectionStat] = []
    for node in lay.nodes():
        n = sum(chars[node.heading : node.end])
        row = _row(node, n, total, rate)
        if node.after:
            row.after_chars = sum(chars[i] for i in node.after)
            row.after_paragraph = node.after[0]
        if node.children and node.own:
            row.before_chars = sum(chars[i] for i in node.own)
            row.before_paragraph = node.own[0]
        rows.append(row)
    return rows, total


def _row(node: Node, n: int, total: int, rate: int) -> SectionStat:
    return SectionStat(
        heading=node.section.heading,
        label=node.label,
        level=node.section.level,
        paragraph=node.heading,
        chars=n,
        seconds=seconds_for(n, rate),
        share=(n / total) if total else 0.0,
    )


def unheaded_body_chars(study) -> int:
    """字数 of the body of a text without headings, between its opening and closing (0 when it
    has headings, or no opening or closing to set the body apart from): the map and `drafter
    study` show it as one part, so opening, body and closing add up to the whole."""
    questions = getattr(study, "questions", [])
    if study.sections or not (study.opening.text or study.closing.text or questions):
        return 0
    chars = study.total_chars - count_chars(study.opening.text) - count_chars(study.closing.text)
    return max(chars, 0)


def lead_in_chars(study) -> int:
    """字数 of what stands between the opening and the first heading of a text with headings
    (0 when the opening runs up to it): a speech that starts its argument before its first
    heading (为什么要有革命党？…) had those paragraphs in no row of the map, and its parts did
    not add up to the whole."""
    if not study.sections or not study.opening.paragraphs:
        return 0
    if study.sections[0].paragraph <= study.opening.paragraphs[-1] + 1:
        return 0
    top = min(r.level for r in study.sections)
    parts = sum(r.chars for r in study.sections if r.level == top)
    chars = study.total_chars - count_chars(study.opening.text) - count_chars(study.closing.text)
    return max(chars - parts, 0)


LEAD_IN_LABEL = "〔正文〕小标题前的部分"


def lead_in_label(study) -> str:
    """The map's name for the body before the first heading: the words the roadmap of the
    opening gives its first part when that part is this stretch (我现在…讲几点意见。 then an
    unnumbered first point, then 第二点：… as headings: mao 5-059 reads 〔正文〕我们现在是处在一个
    社会大变动的时期 above 第二点：…), else :data:`LEAD_IN_LABEL`. Why: the trainee sees the
    first of the points the roadmap announced where the map would only say "before the
    headings"."""
    after = study.opening.paragraphs[-1] + 1 if study.opening.paragraphs else 0
    for road in study.roadmap:
        if road.sections and road.sections[0] == after and road.labels:
            return f"〔正文〕{road.labels[0]}"
    return LEAD_IN_LABEL


def bookend_label(bookend) -> str:
    """What the study views say of an opening or closing: its type, 未归类 when the study
    found one of no known type, 未找到 when it found none (a bare dash told the trainee
    nothing)."""
    if bookend.type:
        return bookend.type
    return "未归类" if bookend.text.strip() else "未找到"


# what the views say of a Q&A's opening: none, by the text's form, not one the study missed
QA_OPENING = "无（问答体）"


def opening_label(study) -> str:
    """What the study views say of ``study``'s opening: :func:`bookend_label`, but
    :data:`QA_OPENING` for a Q&A that opens on its first question. Why: the strip said
    开头：未找到 above 任正非答新员工问 as if the study had missed one, while ``drafter study``
    said the text has none (无（问答体，从第一问开始）)."""
    if not study.opening.text.strip() and study.questions:
        return QA_OPENING
    if opens_on_heading(study):
        return HEADED_OPENING
    return bookend_label(study.opening)


# what the views say when the text's first words are its first part's heading: none, by its
# form (任正非 1995 目前我们的形势和任务 opens on 一、历史回顾), not one the study missed
HEADED_OPENING = "无（从第一部分开始）"


def opens_on_heading(study) -> bool:
    """Whether ``study``'s text has no opening because its body starts on a heading: no opening
    found and the map's first row is a heading's, no text before it. The strip said 开头：未找到
    there, as if the study had missed an opening the text does not have."""
    rows = study.sections
    return not study.opening.text.strip() and bool(rows) and rows[0].part == "section"


LEAD_STRETCH_LABEL = "〔正文开始〕至第一个过渡句"
# a stretch opened by a part a roadmap lists (第一，从组织上动员群众), and the body before the
# first such part when no transition comes earlier
PART_MARK = "〔分项〕"
LEAD_PART_LABEL = "〔正文开始〕至第一个分项"
# the text of a Q&A before its first question (a host's words), and the question's own label
LEAD_QUESTION_LABEL = "〔正文开始〕至第一问"
QUESTION_MARK_LABEL = "〔问〕"
# characters of a transition a stretch's label keeps: at 40 a row of the 学习 dock's map ran to
# four or five lines at 1280x720, the stretches' lengths a scroll apart; the map's tooltip
# and the transitions list keep the whole sentence
STRETCH_WORDS = 22


def transition_stretches(lay: Layout, study) -> list[SectionStat]:
    """In a text without headings, the body cut at its transitions: a row from each transition
    up to the next one (or the closing), labelled with what the transition does and its first
    words (〔转入新话题〕现在我来讲一讲主观主义。), and a row for the body before the first
    (:data:`LEAD_STRETCH_LABEL`); ``part="stretch"``, one level under the body. 整顿党的作风's
    map showed its seven transitions without a length under one bar of 99%, so a trainee saw
    where the talk turns but not how long each turn runs. The parts a roadmap lists up to
    the closing cut it too (〔分项〕第一，…: :func:`_roadmap_cuts`; ``cut`` tells the two kinds
    apart, :data:`LEAD_PART_LABEL` before the first part). Empty when the text has headings,
    no body row (:func:`unheaded_body_chars`) or nothing inside the body to cut at. The rows add
    up to the body: the last takes what is left of it once the others are counted by whole
    paragraphs (an opening or closing that shares a paragraph with the body counts its own
    part of it)."""
    body = unheaded_body_chars(study)
    if not body:
        return []
    start = study.opening.paragraphs[-1] + 1 if study.opening.paragraphs else 0
    # an opening that stops inside its paragraph (…。为什么？…) leaves the rest of it to the body
    stop = getattr(study.opening, "stop", None) if study.opening.paragraphs else None
    if stop is not None:
        start -= 1
    end = study.closing.paragraphs[0] if study.closing.paragraphs else len(lay.paragraphs)
    # a Q&A's questions alone (a transition inside an answer is no part of the talk); else a
    # roadmap's parts first: where one stands at a transition, the part names it
    cuts: dict[int, tuple[str, str]] = _question_cuts(lay, study, start, end)
    turns = [] if cuts else sorted(study.transitions, key=lambda t: t.span.paragraph)
    if not cuts:
        cuts = dict(_roadmap_cuts(lay, study, start, end))
    for t in turns:
        p = t.span.paragraph
        if start <= p < end and p not in cuts:
            cuts[p] = (f"〔{t.role or '过渡句'}〕{quote_cut(t.text, STRETCH_WORDS)}", "transition")
    if not cuts:
        return []
    marks = sorted(cuts.items())
    if marks[0][0] > start:
        lead = {"roadmap": LEAD_PART_LABEL, "question": LEAD_QUESTION_LABEL}.get(
            marks[0][1][1], LEAD_STRETCH_LABEL
        )
        marks.insert(0, (start, (lead, "")))
    chars = [count_chars(p.text + p.ending) for p in lay.paragraphs]
    ends = [p for p, _ in marks[1:]] + [end]
    sizes = [sum(chars[p:e]) for (p, _), e in zip(marks, ends)]
    if stop is not None and marks[0][0] == start:  # less the opening's words before the stop
        sizes[0] = max(0, sizes[0] - count_chars(lay.paragraphs[start].text[:stop]))
    sizes[-1] = max(0, body - sum(sizes[:-1]))
    total, rate = study.total_chars, study.rate
    return [
        SectionStat(
            heading="",
            label=label,
            level=1,
            paragraph=p,
            chars=n,
            seconds=seconds_for(n, rate),
            share=n / total if total else 0.0,
            part="stretch",
            cut=cut,
        )
        for (p, (label, cut)), n in zip(marks, sizes)
    ]


def _question_cuts(lay: Layout, study, start: int, end: int) -> dict[int, tuple[str, str]]:
    """The questions of a Q&A in its body, each ``paragraph: (〔问〕the question, "question")``
    (:mod:`drafter.study.questions`): each row runs over its answer up to the next."""
    out: dict[int, tuple[str, str]] = {}
    for p in getattr(study, "questions", []):
        if start <= p < end:
            asked = QUESTION_MARK.sub("", lay.paragraphs[p].text.strip(), count=1)
            out[p] = (f"{QUESTION_MARK_LABEL}{quote_cut(asked, STRETCH_WORDS)}", "question")
    return out


def _roadmap_cuts(lay: Layout, study, start: int, end: int) -> list[tuple[int, tuple[str, str]]]:
    """The parts of a roadmap that lay out the body of a text without headings, each
    ``(paragraph, (〔分项〕its first words, "roadmap"))``: those of a roadmap whose parts all
    stand in the body and run up to the closing (or the end), so each part's length is
    exactly its paragraphs up to the next one. 必须注意经济工作 announces 下面的几点 and its
    第一，…第四， run to the closing: the map showed one 正文 bar of 97% and the outline
    nothing of the four. A list inside the argument (两个中国之命运's four 条件, one line each,
    with the talk going on after them) is no layout of the body and cuts nothing."""
    out: list[tuple[int, tuple[str, str]]] = []
    inside_closing = bool(study.closing.paragraphs and getattr(study.closing, "start", 0))
    for road in study.roadmap:
        parts = road.sections
        if not parts or any(p < start or p > end for p in parts):
            continue
        last = parts[-1]
        # up to the closing: the part before it, or the one the closing starts inside
        if not (last == end - 1 or (last == end and inside_closing)):
            continue
        for k, p in enumerate(parts):
            words = road.labels[k] if k < len(road.labels) else lay.paragraphs[p].text
            out.append((p, (f"{PART_MARK}{quote_cut(words, STRETCH_WORDS)}", "roadmap")))
    return out


def structure_rows(study, lay: Layout | None = None) -> list[SectionStat]:
    """The rows of the structure map that have a length, in its order: 〔开头〕, the body
    before the first heading (〔正文〕小标题前的部分) or, in a text without headings, between
    opening and closing (〔正文〕未分出标题, with ``lay`` followed by its stretches between
    transitions: :func:`transition_stretches`), each section, 〔结尾〕. The map, ``drafter study``
    and its ``--json`` read these, so the three show the same split: ``--json`` gave a
    speech without headings no rows at all, while the map showed 开头 / 正文 / 结尾."""
    total = study.total_chars

    def part(name: str, label: str, chars: int, paragraph: int | None) -> SectionStat:
        return SectionStat(
            heading="",
            label=label,
            level=0,
            paragraph=paragraph,
            chars=chars,
            seconds=seconds_for(chars, study.rate),
            share=chars / total if total else 0.0,
            part=name,
        )

    rows = []
    after = study.opening.paragraphs[-1] + 1 if study.opening.paragraphs else 0
    if study.opening.text:
        first = study.opening.paragraphs[0] if study.opening.paragraphs else None
        label = f"〔开头〕{bookend_label(study.opening)}"
        rows.append(part("opening", label, count_chars(study.opening.text), first))
    lead = lead_in_chars(study)
    if lead:
        rows.append(part("lead-in", lead_in_label(study), lead, after))
    body = unheaded_body_chars(study)
    if body:
        asked = len(getattr(study, "questions", []))
        label = f"〔正文〕问答，共 {asked} 问" if asked else "〔正文〕未分出标题"
        rows.append(part("body", label, body, after))
        if lay is not None:  # the body cut at its transitions, under it
            rows.extend(transition_stretches(lay, study))
    sections = with_after_rows(study.sections, part)
    titled = titled_closing(study)
    if titled is not None:  # it and the parts above it count the closing (copies: the
        closing = count_chars(study.closing.text)  # sections keep their own figures)
        level = titled.level + 1
        for at in range(len(sections) - 1, -1, -1):
            row = sections[at]
            if row.part == "section" and row.level < level:
                level = row.level
                chars = row.chars + closing
                share = chars / total if total else 0.0
                sections[at] = replace(
                    row, chars=chars, seconds=seconds_for(chars, study.rate), share=share
                )
    rows.extend(sections)
    if study.closing.text:
        first = study.closing.paragraphs[0] if study.closing.paragraphs else None
        label = f"〔结尾〕{bookend_label(study.closing)}"
        row = part("closing", label, count_chars(study.closing.text), first)
        if titled is not None:
            row.level = titled.level + 1  # under the heading that titles it
        rows.append(row)
    return rows


def titled_closing(study) -> SectionStat | None:
    """The last heading when it titles the closing: the closing starts at the paragraph right
    under it, so the part has no text but its closing (结　　论 over 论持久战's （一一九）结论是什么呢？
    …, 八、结束语 over its 同志们！). The gold convention keeps such a part a heading and its text the
    closing (tests/gold/README.md, "Closing convention"); the map showed 结论 at 2 字 and then
    〔结尾〕 at 1,041 字 beside it, as if the closing had swallowed the part. The map nests the
    closing under that heading instead, which counts it. The heading is a title (at most
    :data:`TITLE_CHARS`) over text like its siblings': a last point that says its whole piece
    in its heading line (（十七）在七年内，完成乡和大型合作社的电话网 of seventeen such, 四、在工商业…
    熟视无睹) is one of the points, and the closing after it is the whole text's, not its. None
    for any other text."""
    if not study.sections or not study.closing.paragraphs or getattr(study.closing, "start", 0):
        return None
    last = study.sections[-1]
    if last.paragraph is None or last.paragraph + 1 != study.closing.paragraphs[0]:
        return None
    if len(last.heading) > TITLE_CHARS:
        return None
    siblings = [r for r in study.sections[:-1] if r.level == last.level]
    over_text = [r for r in siblings if r.chars > count_chars(r.label) + 1]
    if siblings and len(over_text) * 2 <= len(siblings):
        return None  # points whose heading lines are all they say
    return last


# characters of a heading that can title a closing (五、脚踏实地，做挑战自我的长跑者 has 14; a
# point stated in one line of 40 is no title)
TITLE_CHARS = 30


AFTER_LABEL = "〔本部分其余正文〕"
BEFORE_LABEL = "〔小标题前的正文〕"
# 字数 of a part's text before its points from which the map gives it a row: a lead sentence
# (这方面要抓好三点：) is part of its heading's reading; a review of the year is not
BEFORE_MIN_CHARS = 100


def with_after_rows(sections: list, part) -> list:
    """``sections`` with, after the last sub-section of each part that has text after its
    points (:attr:`SectionStat.after_chars`), a row for that text one level down
    (:data:`AFTER_LABEL`, ``part="after"``), made by ``part(name, label, chars, paragraph)``.
    The 江西 report's 一、 counts 5,620 字 and its 一是…六是 2,211: the review after 六是
    (about 3,200 字) was in no row under it, and the sub-rows did not add up to the part.
    Likewise before the first sub-section, a row for the part's own text there when it is
    more than a lead sentence (:data:`BEFORE_LABEL`, ``part="before"``,
    :data:`BEFORE_MIN_CHARS`): the 2024 government report's 一、2023年工作回顾 counts 4,135
    字, its review of the year before 一是 (1,492) was in no row."""
    out: list = []
    pending: list[tuple] = []  # (section row, level of its sub-rows or None)

    def flush(level: int | None) -> None:
        while pending and (level is None or pending[-1][0].level >= level):
            owner, sub = pending.pop()
            row = part("after", AFTER_LABEL, owner.after_chars, owner.after_paragraph)
            row.level = sub if sub is not None else owner.level + 1
            out.append(row)

    before = None  # the row of a part's text before its points, waiting for their level
    for row in sections:
        if before is not None:
            before.level = row.level  # the part's first point follows it
            before = None
        flush(row.level)
        if pending and pending[-1][1] is None:
            pending[-1] = (pending[-1][0], row.level)
        out.append(row)
        if row.before_chars >= BEFORE_MIN_CHARS:
            before = part("before", BEFORE_LABEL, row.before_chars, row.before_paragraph)
            before.level = row.level + 1
            out.append(before)
        if row.after_chars:
            pending.append((row, None))
    flush(None)
    return out


def standing_transitions(study, corrected: bool = False) -> list:
    """The transitions the structure map lists as the skeleton still to be headed: all of
    them in a text without headings, and, once the user has corrected the outline, those
    that did not become headings. A speech without headings (整顿党的作风) showed its
    transitions in the map, a right-click each from becoming headings; after the first one
    was made a heading the map showed that one section and none of the rest, so the user had
    to find each again in the text. A text with its own headings, left uncorrected, keeps
    its map of headings alone."""
    if study.sections and not corrected:
        return []
    headed = {row.paragraph for row in study.sections}
    return [t for t in study.transitions if t.span.paragraph not in headed]


def body_before_headings(study) -> tuple[str, int, int | None]:
    """(label, 字数, first paragraph) of the body that stands before any heading, for the
    aligned outline of 对照 and 并排对照: 〔正文〕小标题前的部分 (:func:`lead_in_chars`) or, in a
    text without headings, 〔正文〕未分出标题 (:func:`unheaded_body_chars`); ("", 0, None) when
    there is none. The structure map has shown both rows since the parts had to add up to the
    whole, but side by side a speech that argues before its first heading (为什么要有革命党？)
    went from 〔开头〕 straight to 一、, its 900 characters in no row."""
    after = study.opening.paragraphs[-1] + 1 if study.opening.paragraphs else 0
    chars = lead_in_chars(study)
    if chars:
        return lead_in_label(study), chars, after
    chars = unheaded_body_chars(study)
    if chars:
        return "〔正文〕未分出标题", chars, after
    return "", 0, None
