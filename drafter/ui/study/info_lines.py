"""The 学习模式 info line's words and the legend: what a click on a frame or a roadmap
sentence spells out (its items or parts as links), the summary's warning link, where such a
link goes, and what each mark means.

The reader's page (:mod:`drafter.ui.study.study_page`) and the 并排对照 window
(:mod:`drafter.ui.study.side_by_side`) both show them, so they live apart from either widget.
"""

from __future__ import annotations

import html

from drafter.study.model import Study
from drafter.ui.study.annotated_view import AnnotatedView
from drafter.ui.study.study_marks import PHRASE

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# What each mark means: the reader's legend, and the 并排对照 window's (which has no notes).
# one entry group a line: run on, the popup broke 提纲句 into 提 / 纲句 at its edge
MARKS_LEGEND = (
    "<span style='background:#ffd6a5;font-weight:bold'>&nbsp;数字概括&nbsp;</span>"
    "<span style='background:#ffe4c4'>&nbsp;及其各项&nbsp;</span>（同色一组，点击联动）<br>"
    "<span style='color:#1f5fbf;text-decoration:underline'>提纲句</span>　"
    "<span style='color:#7a4fbf;text-decoration:underline'>过渡句</span>　"
    "<span style='color:#8a6d3b'>〔开头·结尾各部分〕</span><br>"
    # the headings' colours: a run-in 一是… in bold blue was read as one more 提纲句
    "标题按层级着色：<b style='color:#9b1c1c'>一级</b>　<b style='color:#1d4e89'>二级</b>　"
    "<b style='color:#2f6b2f'>三级</b><br><b style='color:#1d4e89'>一是……。</b>"
    "与正文连写的小标题照原文留在段首<br>"
)
LEGEND = (
    "<b>学习模式图例</b><br>"
    + MARKS_LEGEND
    + "<span style='background:#fff3a0;text-decoration:underline'>&nbsp;我的高亮&nbsp;</span>"
    "　<span style='background:#fff3a0;text-decoration:underline'>&nbsp;笔记</span>"
    "<b style='color:#b35900'>✎</b>（波浪线，在彩色词语上也看得见）<br>"
    "<span style='color:#5f6368;background:#f4f4f0'>&nbsp;灰字灰底&nbsp;</span>"
    "正文之后的编者按、注释等，不属于正文<br>"
    "点彩色词语看同组各项；点蓝色提纲句看它领起的各部分；<br>"
    "选中文字后点“高亮”或“写笔记…”（仅存本机）"
)


def number_mark(n: int) -> str:
    """① for item 0 …, then (21) beyond twenty: how the info line numbers a frame's items."""
    return _CIRCLED[n] if n < len(_CIRCLED) else f"({n + 1})"


def _short(label: str, limit: int = 12) -> str:
    """A heading cut to its first words for a one-line list of links (一、坚持“一个原则”…)."""
    return label if len(label) <= limit else label[:limit] + "…"


def frame_line(study: Study, colours: dict[int, str], frame: int, item: int = PHRASE) -> str:
    """The info line for a click on frame ``frame`` (its phrase, or item ``item``): the phrase in
    its colour, the number, each item as a link ``item:K:N`` to its place and ``phrase:K`` back;
    "" for a frame the study does not have. Shared by the reader's page and 并排对照."""
    if not 0 <= frame < len(study.frames):
        return ""
    f = study.frames[frame]
    colour = colours.get(frame, "#e8e8e8")
    head = (
        f"<span style='background:{colour};font-weight:bold'>&nbsp;{html.escape(f.phrase)}"
        f"&nbsp;</span>"
    )
    if not f.listed:
        return f"{head}　只提及，文中没有展开它的 {f.number} 项（读者应已熟知，或在别处讲过）。"
    where = ""
    if item != PHRASE and 0 <= item < len(f.items):
        where = f"“{html.escape(f.items[item])}”是 {head} 的第 {item + 1} 项。　"
        head = ""
    links = "　".join(
        f"<a href='item:{frame}:{n}'>{number_mark(n)}{html.escape(text)}</a>"
        for n, text in enumerate(f.items)
    )
    source = {
        "sections": "各项是下文的小标题",
        "ordinals": "各项用序数词领起",
        "inline": "各项列在同一句里",
    }.get(f.source, "")
    return (
        f"{where}{head}{'　' if head else ''}共 {f.number} 项"
        f"{'（' + source + '）' if source else ''}：{links}　"
        f"<a href='phrase:{frame}'>回到“{html.escape(f.phrase)}”</a>"
    )


def roadmap_line(study: Study, index: int) -> str:
    """The info line for a click on roadmap sentence ``index``: the count it promises and the
    sections it leads, each a link ``para:N``, with the warning when they disagree; "" for a
    sentence the study does not have. Shared by the reader's page and 并排对照."""
    if not 0 <= index < len(study.roadmap):
        return ""
    road = study.roadmap[index]
    labels = {s.paragraph: s.label for s in study.sections}
    # a part that is a paragraph, not a heading (第一，… / 必须坚持… / a first part run on after
    # the announcement), is named by its first words, not by a paragraph number
    words = dict(zip(road.sections, road.labels))
    links = " ｜ ".join(
        f"<a href='para:{h}'>{html.escape(_short(labels.get(h) or words.get(h) or str(h + 1)))}</a>"
        for h in road.sections
    )
    count = f"说了 {road.count} 个部分，" if road.count else ""
    warn = (
        f"<br><span style='color:#b00020'>⚠ {html.escape(road.warning)}</span>"
        if road.warning
        else ""
    )
    return (
        f"<b style='color:#1f5fbf'>提纲句</b>：{count}{study.roadmap_reach(road)}："
        f"{links or '（未找到对应的小标题）'}{warn}"
    )


def warning_link(study: Study) -> str:
    """The summary's ⚠ N 处提示, a link ``warn:`` to the roadmap sentence it is about when one
    carries it (the count alone sent the trainee searching the page); "" for no warning."""
    if not study.warnings:
        return ""
    label = f"⚠ {len(study.warnings)} 处提示"
    if any(road.warning for road in study.roadmap):
        return f"<a href='warn:' style='color:#b00020'>{label}</a>"
    return f"<span style='color:#b00020'>{label}</span>"


def follow_link(view: AnnotatedView, link: str) -> bool:
    """Go where a link of :func:`frame_line` or :func:`roadmap_line` points, in ``view``; False
    for a link of another kind (the page's note links)."""
    kind, _, rest = link.partition(":")
    parts = [int(x) for x in rest.split(":") if x.lstrip("-").isdigit()]
    if kind == "item" and len(parts) == 2:
        view.select_frame(parts[0], parts[1], reveal=True)
    elif kind == "phrase" and parts:
        view.select_frame(parts[0], reveal=True)
    elif kind == "para" and parts:
        view.scroll_to_paragraph(parts[0])
    else:
        return False
    return True
