"""Phrases current only in some years (campaigns, bodies renamed in reforms, slogans),
judged against the speech's own date from the dated list (stale.toml)."""

from __future__ import annotations

from drafter.review.registry import Example, rule


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
    ],
    passes=[
        Example("要决胜全面建成小康社会。", date="2019-03-01"),
        Example("深入学习贯彻党的二十大精神。", date="2024-05-01"),
        Example("要决胜全面建成小康社会。"),
    ],
)
def check_stale(ctx):
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
                why = f"：{p.why}" if p.why else ""
                message = f"“{m.group()}”{problem}，与讲话日期{year}年不符{why}"
                yield ctx.finding(para, m.start(), m.end(), message, p.instead or None)


def _span(p) -> str:
    if p.valid_from and p.valid_to:
        return f"{p.valid_from}—{p.valid_to}年"
    if p.valid_to:
        return f"{p.valid_to}年及以前"
    return f"{p.valid_from}年以后"
