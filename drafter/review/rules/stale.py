"""Phrases current only in some years (campaigns, bodies renamed in reforms, slogans),
judged against the speech's own date from the dated list (stale.toml)."""

from __future__ import annotations

import re

from drafter.corpus.markers import match_marker
from drafter.review.registry import Example, rule, unknown_date_note


@rule(
    "stale.phrase",
    "stale",
    "warning",
    "与讲话日期不符的时效提法",
    "提法只在某些年份通行（主题教育、机构名称、阶段性口号），过时或提前出现都说明稿子沿用了旧材料",
    fires=[
        Example("要«决胜全面建成小康社会»。", date="2025-03-01"),
        Example("配合«国家工商行政管理总局»开展检查。", date="2024-05-01"),
        Example("深入学习贯彻«党的二十大»精神。", date="2020-05-01"),
        Example(
            "今年经济形势复杂。我们要«统筹疫情防控和经济社会发展»，稳住基本盘。", date="2024-03-05"
        ),
    ],
    passes=[
        Example("要决胜全面建成小康社会。", date="2019-03-01"),
        Example("深入学习贯彻党的二十大精神。", date="2024-05-01"),
        Example("要决胜全面建成小康社会。"),
        Example(
            "过去一年，经济遇到多重冲击。我们高效统筹疫情防控和经济社会发展，优化调整防控措施。",
            date="2023-03-05",
        ),
        Example(
            "一、过去五年的工作\n坚持从严治党，开展党的群众路线教育实践活动，推进作风建设。"
            "\n二、今后的任务\n要抓好落实。",
            date="2017-10-18",
        ),
    ],
)
def check_stale(ctx):
    """Phrases from the dated list used outside the years they were current."""
    year = ctx.year
    if year is None:
        return
    for para in ctx.paras:
        text = para.text
        for p in ctx.lists.phrases:
            if p.valid_to is not None and year > p.valid_to:
                problem = f"已过时（通行于{_span(p)}）"
            elif p.valid_from is not None and year < p.valid_from:
                problem = f"在{year}年尚未出现（始于{p.valid_from}年）"
            else:
                continue
            for m in p.pattern.finditer(text):
                if ctx.lists.ignored(m.group()):
                    continue
                if (
                    p.valid_to is not None
                    and year > p.valid_to
                    and (
                        _looks_back(text, m.start(), m.end())
                        or _paragraph_looks_back(para, m.start())
                    )
                ):
                    continue  # 五年来…打赢脱贫攻坚战: a look back names the past as it was
                why = f"：{p.why}" if p.why else ""
                message = f"“{m.group()}”{problem}，与讲话日期{year}年不符{why}"
                if ctx.text.date_unknown:  # judged by today: say so, not that the text is wrong
                    message = f"“{m.group()}”{problem}{why}{unknown_date_note(ctx.text)}"
                yield ctx.finding(para, m.start(), m.end(), message, p.instead or None)


_BACK = re.compile(
    r"以来|过去|回顾|期间|时期|五年来|十年来|这些年|取得|成果|成效|胜利|完成了|开展了|实现了|打赢了|"
    r"历史性|巩固|拓展|深化|成功|经受|经验|当年|曾经|那时"
)


_AHEAD = re.compile(r"要|必须|坚决|奋力|努力|全力|确保|务必|继续")


def _looks_back(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a match looks back on the past (a report's review of
    the last five years names campaigns and bodies as they were then)."""
    if _AHEAD.search(text[max(0, start - 4) : start]):
        return False  # 要决胜…, 确保打赢…: a task set now, not a look back
    a = max(text.rfind(c, 0, start) for c in "。；！？") + 1
    ends = [i for i in (text.find(c, end) for c in "。；！？") if i >= 0]
    b = min(ends) if ends else len(text)
    sentence = text[a:b]
    return bool(_BACK.search(sentence)) or bool(re.search(r"(19|20)\d{2}年", sentence))


_OPENS_BACK = re.compile(
    r"^(过去|回顾|去年|上年|一年来|[一二三四五六七八九十两\d]+年(多)?来|这些年来|近年来|[^。；！？]{0,12}以来)"
)


def _paragraph_looks_back(para, start: int) -> bool:
    """Whether the paragraph opens by looking back (过去一年，我们… / 五年来…) or stands
    under a heading that reviews the past (一、过去一年工作回顾): every sentence of it
    then tells what was done, in the words current then."""
    text = para.text
    if _AHEAD.search(text[max(0, start - 4) : start]):
        return False
    first = re.split(r"[，。；！？]", text, maxsplit=1)[0]
    if _OPENS_BACK.search(first):
        return True
    return any("回顾" in h or _words(h).startswith("过去") for h in para.section)


def _words(heading: str) -> str:
    """A section heading without its number: a document's section path keeps the marker
    (一、过去五年的工作和历史性变革), a draft's does not; 过去 opens the words, not the line.
    With the marker left on, the 19th Congress report's look back at the campaigns of
    2013–2016 (开展党的群众路线教育实践活动和“三严三实”专题教育) read as stale."""
    m = match_marker(heading.strip())
    return m.rest.strip() if m else heading.strip()


def _span(p) -> str:
    if p.valid_from and p.valid_to:
        return f"{p.valid_from}—{p.valid_to}年"
    if p.valid_to:
        return f"{p.valid_to}年及以前"
    return f"{p.valid_from}年以后"
