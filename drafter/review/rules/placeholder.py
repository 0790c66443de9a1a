"""Placeholders left in a text: XX, ××, ○○, 某某, X月X日, 【待补】 and empty template slots.

Every one is an error before export. Published texts sometimes hide a name as "xx主任"
(lower case next to a title); in a document read from a file that is reported as a
warning, since the text may be a redacted copy rather than an unfinished draft.
"""

from __future__ import annotations

import re

from drafter.corpus.markers import match_marker
from drafter.review.registry import Example, rule

_TITLE_AFTER = re.compile(
    r"^(书记|副书记|主任|副主任|区长|县长|市长|省长|局长|部长|同志|处长|秘书长|主席|总经理|董事长)"
)
_TITLE_BEFORE = re.compile(
    r"(书记|主任|区长|县长|市长|省长|局长|部长|处长|秘书长|主席|总经理|董事长|常委|领导)$"
)

_X_RUN = re.compile(r"(?<![A-Za-z0-9])(?:[Xx]{2,}|[×✕╳]{2,})(?![A-Za-z0-9])")
_X_DATE = re.compile(
    r"(?:\d{2}[Xx×]{2}|[Xx×]{1,4})年(?:[Xx×\d]{1,2}月(?:[Xx×\d]{1,2}日)?)?|[Xx×]{1,2}月[Xx×\d]{1,2}日|\d{1,2}月[Xx×]{1,2}日"
)
_X_SINGLE = re.compile(
    r"(?<=[\u4e00-\u9fff])[X×](?=同志|书记|主任|县|市|区|镇|乡|村|局|部|单位|公司|项目|个|名|人|万|亿|家)"
)
_CIRCLES = re.compile(r"(?<![〇○零一二三四五六七八九十])[○〇]{2,}(?![〇○零一二三四五六七八九十年])")
_MOU = re.compile(r"某某+")
_TODO = re.compile(
    r"[【\[［]\s*(?:待[^】\]］]{0,8}|请?(?:补充|填写|核实|补)[^】\]］]{0,8}|略|此处[^】\]］]{0,8}|TODO|XX|…+)?\s*[】\]］]|[（(]\s*(?:待(?:补|定|核实|填|补充|确认)[^）)]{0,6}|此处[^）)]{0,8})\s*[）)]"
)
_SLOT = re.compile(r"^(?:……|…|\.{3,}|。{3,}|…+)+$")


def is_slot(text: str) -> bool:
    """Whether ``text`` is an empty template slot (only ……): placeholder.slot reports it,
    and the checks that compare a heading with its siblings leave it out, since a slot
    has no words to compare (parallelism read 一是…… 三是…… as a frame ending in ……)."""
    return bool(_SLOT.match(text.strip()))


def read_from_file(ctx) -> bool:
    """Whether the text was read from a file: a document, or a draft opened from one (the
    writer's .docx, its ``source``) whose stand-ins are the file's. One rule for both, so
    ``drafter review 初稿.docx`` and its ``--comment`` (which reviews it opened as a draft),
    and 审稿 on it in the app, judge the same xxx alike; a draft written here is strict."""
    return ctx.text.kind == "document" or bool(ctx.text.opened_from)


def _is_redaction(ctx, para, m, runs: int) -> bool:
    """In a text read from a file (:func:`read_from_file`), stand-ins used three times or
    more are a published copy's redactions (市委秘书长xx, XX主任XXX), as is any when the
    speaker line itself is redacted (县委书记 ××); and one that names no
    person or place is a speaker's "such-and-such" (首席XX官): warnings, not errors.
    "XX同志", "××县" in a text that does not redact are errors."""
    if not read_from_file(ctx):
        return False
    if runs >= 3 or _X_RUN.fullmatch(ctx.text.speaker.strip()):
        return True  # the copy redacts names, its speaker line too
    after = para.text[m.end() : m.end() + 3]
    before = para.text[max(0, m.start() - 4) : m.start()]
    slot = _TITLE_AFTER.match(after) or _TITLE_BEFORE.search(before) or _PLACE_AFTER.match(after)
    return not slot


_PLACE_AFTER = re.compile(r"^(省|市|县|区|镇|乡|村|局|单位|街道|社区|年|月|日)")


@rule(
    "placeholder.x",
    "placeholder",
    "error",
    "占位符 XX、××、○○、某某",
    "起草时留下的占位符未替换，导出后会原样印在稿子上",
    fires=[
        "请«XX»同志讲话。",
        "«××»县要抓好落实。",
        "«某某»单位要牵头。",
        "会议由«○○»主持。",
        "«xxx»局要加强监管。",
    ],
    passes=[
        "二〇二五年工作要点。",
        "X射线检查设备已经到位。",
        "某些单位落实不力。",
        "某县某村的做法值得学习。",
    ],
)
def check_x(ctx):
    """XX, ××, ○○, 某某 left in the text (a published copy's redactions are warnings)."""
    from_file = read_from_file(ctx)
    runs = sum(len(_X_RUN.findall(p.text)) for p in ctx.paras) if from_file else 0
    for para in ctx.paras:
        text = para.text
        if not text:
            continue
        for pat in (_X_RUN, _CIRCLES, _MOU):
            for m in pat.finditer(text):
                if ctx.lists.ignored(m.group()):
                    continue
                if (
                    from_file
                    and pat is not _X_RUN
                    or pat is _X_RUN
                    and _is_redaction(ctx, para, m, runs)
                ):
                    yield ctx.finding(
                        para,
                        m.start(),
                        m.end(),
                        f"“{m.group()}”是占位符或隐去的名称；如果这是草稿，请补上实际内容",
                        level="warning",
                    )
                    continue
                yield ctx.finding(
                    para, m.start(), m.end(), f"占位符“{m.group()}”尚未替换为实际内容"
                )


@rule(
    "placeholder.date",
    "placeholder",
    "error",
    "占位日期 X月X日、20XX年",
    "日期留着占位符，印发后无法核对时间",
    fires=["会议定于«X月X日»召开。", "«20XX年»全县工作要点。", "于«3月X日»前报送。"],
    passes=["会议定于3月5日召开。", "2025年全县工作要点。"],
)
def check_x_date(ctx):
    """Dates and numbers left as X: X月X日, 20XX年, X县."""
    for para in ctx.paras:
        for m in _X_DATE.finditer(para.text):
            yield ctx.finding(
                para, m.start(), m.end(), f"日期“{m.group()}”是占位符，请填写具体日期"
            )
        for m in _X_SINGLE.finditer(para.text):
            yield ctx.finding(para, m.start(), m.end(), f"“{m.group()}”是占位符，请替换为实际内容")


@rule(
    "placeholder.todo",
    "placeholder",
    "error",
    "待补标记【待补】【待核实】",
    "起草者留给自己的待办标记，不能出现在定稿中",
    fires=["全年完成投资«【待核实】»亿元。", "参会人员«（待定）»。", "«【】»要抓好落实。"],
    passes=["【编者按】本文是作者的讲话。", "（根据录音整理）"],
)
def check_todo(ctx):
    """The writer's own to-do marks: 【待核实】, （待定）, empty 【】."""
    for para in ctx.paras:
        for m in _TODO.finditer(para.text):
            yield ctx.finding(para, m.start(), m.end(), f"待办标记“{m.group()}”尚未处理")


def _numbered_parts(ctx, para) -> bool:
    """Whether an empty heading is a part number (《改造我们的学习》 一 二 三 四): every
    heading under its parent is empty too, there are two or more, and this one has a
    paragraph of text under it. A template's unfilled slot stands among titled siblings
    or has nothing under it."""
    siblings = [p for p in ctx.paras if p.is_heading and p.parent == para.parent]
    if len(siblings) < 2 or any(p.heading.strip() for p in siblings):
        return False
    nxt = next((p for p in ctx.paras if p.index > para.index), None)
    return nxt is not None and not nxt.is_heading and len(nxt.text.strip()) >= 10


@rule(
    "placeholder.slot",
    "placeholder",
    "error",
    "空的模板栏目",
    "标题或段落只有“……”或为空，是模板留下的空栏，导出会印出空标题",
    fires=["一、总体要求\n«……»\n二、重点任务\n要抓好落实。"],
    passes=[
        "要坚持问题导向……不断推进改革。",
        "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。",
    ],
)
def check_slot(ctx):
    """Template slots never filled: a heading or paragraph that is only ……, or empty."""
    for para in ctx.paras:
        text = para.text.strip()
        if para.is_heading:
            body = para.heading.strip()
            if not body:
                # in a document a bare 一 is a part number; so it is in a draft opened
                # from one, where every part is numbered bare and has its text
                if ctx.text.kind == "draft" and not _numbered_parts(ctx, para):
                    yield ctx.finding(para, 0, len(para.text), "标题为空，还没写（模板留下的空栏）")
            elif _SLOT.match(body):
                start = para.text.rfind(body)
                yield ctx.finding(
                    para, start, start + len(body), "标题只有省略号，还没写（模板留下的空栏）"
                )
            continue
        if text and _SLOT.match(text):
            start = para.text.find(text)
            yield ctx.finding(
                para, start, start + len(text), "段落只有省略号，还没写（模板留下的空栏）"
            )
            continue
        m = match_marker(text)
        if m is not None and m.rest.strip() and _SLOT.match(m.rest.strip()):
            rest = m.rest.strip()
            start = para.text.rfind(rest)
            yield ctx.finding(
                para, start, start + len(rest), "标题只有省略号，还没写（模板留下的空栏）"
            )


_ITEM_ENDS = ("。", "；", ";", "！", "？", "：", ":")


@rule(
    "placeholder.unwritten",
    "placeholder",
    "warning",
    "只有标题、还没写正文的部分",
    "草稿里一个部分只有标题，下面没有正文，也没有下级标题：从范文或模板起的稿子留下的骨架，"
    "导出会印出一个空标题",
    fires=[
        Example("# 提高站位\n要抓好落实。\n# «突出重点»\n# 强化保障\n要抓好落实。", draft=True),
        Example("# 提高站位\n## 抓学习\n要抓好落实。\n## «抓调研»", draft=True),
    ],
    passes=[
        Example("# 提高站位\n## 抓学习\n要抓好落实。\n## 抓调研\n要深入基层。", draft=True),
        "一、总体要求\n二、重点任务\n要抓好落实。",
    ],
)
def check_unwritten(ctx):
    """A draft's heading with no text under it and no sub-heading: a model speech's
    skeleton (以此文为模板 keeps its headings) not yet written. Its …… slots were caught
    by :func:`check_slot`; kept headings were not, and went out as empty parts. A document
    read from a file is left alone (a published list of headings is the author's), and so
    is a heading that is a sentence (ends in 。；：…): a point made in its own words."""
    if ctx.text.kind != "draft":
        return
    paras = ctx.paras
    for i, para in enumerate(paras):
        body = para.heading.strip()
        if not para.is_heading or para.run_in or not body or _SLOT.match(body):
            continue
        if para.ends_with_stop or body.endswith(_ITEM_ENDS):
            continue  # a point said in a sentence (法条, 电报's 一、…。) is its own text
        after = paras[i + 1 :]
        nxt = next((p for p in after if p.is_heading), None)
        stop = after.index(nxt) if nxt is not None else len(after)
        if any(p.text.strip() for p in after[:stop]):
            continue
        if nxt is not None and nxt.level > para.level and nxt.part == para.part:
            continue  # its sub-points carry the text
        start = para.text.rfind(body)
        yield ctx.finding(
            para, start, start + len(body), "这一部分只有标题，还没写正文（下面没有段落）"
        )
