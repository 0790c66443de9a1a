"""Official wording and confusable words, from the office-editable list (wording.toml)."""

from __future__ import annotations

from drafter.review.registry import Example, rule, unknown_date_note


@rule(
    "wording.list",
    "wording",
    "warning",
    "规范用语与易混词",
    "用字用词不合规范（截止/截至、做出/作出、启用/起用……），词表在 wording.toml 中由本单位维护",
    fires=[
        Example("«截止»目前已完成。", suggestion="截至"),
        Example("党中央«做出»重大决策部署。", suggestion="作出"),
        Example("大胆«启用»年轻干部。", suggestion="起用"),
        Example("要«再接再励»。", suggestion="再接再厉"),
        Example("«其它»工作。", suggestion="其他"),
        Example("我们要«不断的»加强组织建设。", suggestion="不断地"),
        Example("各部门办公室要«认真的»在公文办理上下功夫。", suggestion="认真地"),
        Example(
            "习近平总书记强调，要全面贯彻«新时代中国特色社会主义思想»。",
            suggestion="习近平新时代中国特色社会主义思想",
        ),
        Example("党中央«做出»重大决策部署。", suggestion="作出", date="2020-05-01"),
    ],
    passes=[
        "报名截止日期为3月5日。",
        "截至目前已完成。",
        "做出成绩。",
        "启用新印章。",
        "其他工作。",
        "这是最彻底的贯彻，发挥积极的推动作用，找到有效的解决方案。",
        "提供便捷、主动的在线服务。",
        Example("党中央做出重大决策部署。", date="1978-02-26"),
        Example("其它工作。", date="1988-03-25"),
        "全面贯彻新时代中国特色社会主义思想。",
    ],
)
def check_wording(ctx):
    """Wrong forms from the office's wording list, with the right one as suggestion; an
    entry with a year (``from``) only for texts dated that year or later, one that names a
    person (``speaker``) not in that person's own text."""
    whole = "\n".join(p.text for p in ctx.paras)
    entries = [
        w
        for w in ctx.lists.wording
        if w.applies(ctx.year) and not w.spoken_by_named(ctx.text.speaker, whole)
    ]
    for para in ctx.paras:
        text = para.text
        for w in entries:
            for m in w.wrong.finditer(text):
                if not m.group() or ctx.lists.ignored(m.group()):
                    continue
                right = m.expand(w.right)
                message = f"“{m.group()}”应为“{right}”" + (f"：{w.why}" if w.why else "")
                if w.valid_from is not None and ctx.text.date_unknown:
                    message += unknown_date_note(ctx.text, w.valid_from)
                yield ctx.finding(para, m.start(), m.end(), message, right, level=w.level)
