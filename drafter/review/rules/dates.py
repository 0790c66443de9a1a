"""Dates: impossible dates, a weekday that does not match, two date styles in one text,
and 今年/去年/明年 or anniversaries and plan years that contradict the speech's own date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from drafter.numerals import parse_cn_number, parse_cn_year
from drafter.review.registry import Example, rule

_CN = "〇○零一二三四五六七八九十"
_FULL = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_FULL_CN = re.compile(rf"([{_CN}]{{4}})年([{_CN}]{{1,2}})月([{_CN}]{{1,3}})[日号]")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_BAD_MONTH = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,3})\s*月")
_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[)）]?")
_DASHED = re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])")
_WEEKDAYS = "一二三四五六日"


def _dates(text: str):
    """(match, year, month, day, style) for every full date written in ``text``."""
    for m in _FULL.finditer(text):
        yield m, int(m.group(1)), int(m.group(2)), int(m.group(3)), "arabic"
    for m in _FULL_CN.finditer(text):
        y = parse_cn_year(m.group(1))
        mo = parse_cn_number(m.group(2))
        d = parse_cn_number(m.group(3))
        if y and mo and d:
            yield m, y, mo, d, "chinese"
    for m in _DASHED.finditer(text):
        yield m, int(m.group(1)), int(m.group(2)), int(m.group(3)), "dashed"


@rule(
    "date.invalid",
    "date",
    "error",
    "不存在的日期",
    "日期在日历上不存在（12月32日、2月30日、13月），必是笔误",
    fires=[
        "会议于«2025年12月32日»召开。",
        "«2月30日»前完成。",
        "«2025年13月»启动。",
        "«2023年2月29日»召开。",
    ],
    passes=["会议于2025年12月31日召开。", "2024年2月29日召开。", "2月29日前完成。"],
)
def check_invalid(ctx):
    """Dates that do not exist (12月32日, 2月30日, 13月)."""
    for para in ctx.paras:
        text = para.text
        spans = []
        for m, y, mo, d, _style in _dates(text):
            spans.append((m.start(), m.end()))
            if not 1 <= mo <= 12:
                yield ctx.finding(para, m.start(), m.end(), f"{mo}月不存在")
            elif not 1 <= d <= calendar.monthrange(y if 1 <= y <= 9999 else 2000, mo)[1]:
                yield ctx.finding(para, m.start(), m.end(), f"{y}年{mo}月没有{d}日")
        for m in _MONTH_DAY.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            mo, d = int(m.group(1)), int(m.group(2))
            if not 1 <= mo <= 12:
                yield ctx.finding(para, m.start(), m.end(), f"{mo}月不存在")
            elif not 1 <= d <= calendar.monthrange(2000, mo)[1]:
                yield ctx.finding(para, m.start(), m.end(), f"{mo}月没有{d}日")
        for m in _BAD_MONTH.finditer(text):
            if not 1 <= int(m.group(2)) <= 12 and not any(s <= m.start() < e for s, e in spans):
                yield ctx.finding(para, m.start(), m.end(), f"{int(m.group(2))}月不存在")


@rule(
    "date.weekday",
    "date",
    "error",
    "星期与日期不符",
    "日期后注明的星期与日历不一致，其中必有一个写错（未写年份的按讲话日期推定年份）",
    fires=[
        "定于«2025年12月1日（星期三）»召开。",
        "«2024年3月5日周五»报到。",
        Example("今天是«3月15日（星期四）»，召开这次会议。", date="2024-03-15"),
        Example("请于«1月6日（周五）»前报送。", date="2024-12-20"),
        Example("去年«3月15日（星期五）»，我们召开了动员会。", date="2024-03-15"),
    ],
    passes=[
        "定于2025年12月1日（星期一）召开。",
        "2024年3月5日周二报到。",
        Example("今天是3月15日（星期五），召开这次会议。", date="2024-03-15"),
        Example("请于1月6日（周一）前报送。", date="2024-12-20"),
        Example("去年3月15日（星期三），我们召开了动员会。", date="2024-03-15"),
        "定于3月15日（星期四）召开。",
    ],
)
def check_weekday(ctx):
    """A weekday in brackets that does not match its date. A date written without its year
    (今天是3月15日（星期四）, the commonest way in a speech) is read in the year that puts
    it nearest the speech's own date, or the year before or after when 去年/明年 stands
    right before it; a text with no date of its own leaves such dates alone."""
    said_date = ctx.text.full_date
    for para in ctx.paras:
        text = para.text
        if said_date is not None:
            yield from _yearless_weekdays(ctx, para, said_date)
        for m, y, mo, d, _style in _dates(text):
            w = _WEEKDAY.match(text, m.end())
            if not w:
                continue
            try:
                real = dt.date(y, mo, d).weekday()
            except ValueError:
                continue
            said = _WEEKDAYS.index("日" if w.group(1) == "天" else w.group(1))
            if said != real:
                yield ctx.finding(
                    para,
                    m.start(),
                    w.end(),
                    f"{y}年{mo}月{d}日是星期{_WEEKDAYS[real]}，不是星期{w.group(1)}",
                    text[m.start() : w.start(1)] + _WEEKDAYS[real] + text[w.end(1) : w.end()],
                )


# a month and day without a year, or with 去年/明年 (前年, 今年, 后年) for one
_YEARLESS = re.compile(
    r"(?:(前年|去年|今年|明年|后年)|(?<![\d年]))(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"
)


def _yearless_weekdays(ctx, para, said: dt.date):
    """``check_weekday`` for 3月15日（星期四）: the month and day with a weekday, no year."""
    text = para.text
    for m in _YEARLESS.finditer(text):
        w = _WEEKDAY.match(text, m.end())
        if not w:
            continue
        rel, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
        if rel:
            years = [said.year + _REL[rel]]
        else:
            years = [said.year - 1, said.year, said.year + 1]
        dates = []
        for y in years:
            try:
                dates.append(dt.date(y, mo, d))
            except ValueError:
                continue  # 2月30日, or 2月29日 outside a leap year: check_invalid's matter
        if not dates:
            continue
        day = min(dates, key=lambda x: abs((x - said).days))
        said_weekday = _WEEKDAYS.index("日" if w.group(1) == "天" else w.group(1))
        if said_weekday == day.weekday():
            continue
        start = m.start(2)
        yield ctx.finding(
            para,
            start,
            w.end(),
            f"{mo}月{d}日（按讲话日期是{day.year}年）是星期{_WEEKDAYS[day.weekday()]}，"
            f"不是星期{w.group(1)}",
            text[start : w.start(1)] + _WEEKDAYS[day.weekday()] + text[w.end(1) : w.end()],
        )


@rule(
    "date.mixed_style",
    "date",
    "warning",
    "日期写法混用",
    "同一文稿中日期一会儿用阿拉伯数字、一会儿用汉字或短横线，应统一",
    fires=[
        "2025年3月5日召开第一次会议。\n«二〇二五年四月八日»召开第二次会议。\n2025年5月9日召开第三次会议。"
    ],
    passes=["2025年3月5日召开第一次会议。\n2025年4月8日召开第二次会议。"],
)
def check_mixed_style(ctx):
    """Full dates written in more than one style in one text."""
    seen: list[tuple[str, object, object]] = []
    for para in ctx.paras:
        for m, _y, _mo, _d, style in _dates(para.text):
            seen.append((style, para, m))
    styles = {s for s, _, _ in seen}
    if len(styles) < 2:
        return
    counts = {s: sum(1 for x, _, _ in seen if x == s) for s in styles}
    main = max(counts, key=lambda s: (counts[s], s == "arabic"))
    names = {"arabic": "阿拉伯数字", "chinese": "汉字", "dashed": "短横线"}
    for style, para, m in seen:
        if style != main:
            yield ctx.finding(
                para,
                m.start(),
                m.end(),
                f"日期用了{names[style]}写法，全文其余日期多用{names[main]}写法",
            )


_REL = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}
_REL_YEAR = re.compile(
    r"(今年|去年|明年|前年|后年)\s*[（(]?\s*(?:即|是|也就是)?\s*(\d{4})\s*年(?:[)）](?!\s*[（(]))?"
)
_YEAR_REL = re.compile(r"(\d{4})\s*年\s*[（(]?\s*(?:也就是|即)\s*(今年|去年|明年)")
_PLAN = re.compile(
    r"(今年|去年|明年)(?:是|为|将是)[^。；！？]{0,16}?[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:的|时期的)?"
    r"(开局之年|起步之年|开篇之年|第一年|收官之年|最后一年|第([一二三四五])年)"
)
_YEAR_IS = re.compile(
    r"(?<![\d年])((?:19|20)\d{2})年(?:是|为)[^。；！？]{0,30}?(?:开局|收官|关键|决胜|攻坚|起步|奠基)?之年"
)
_BACK = re.compile(r"以来|过去|回顾|那一年|当年|曾|已经|了")
_ANNIV = re.compile(
    r"(今年|去年|明年)(?:是|为|恰逢|正值|适逢|将迎来)[^。；！？]{0,20}?(\d{1,3}|[一二三四五六七八九十百]{1,5})\s*周年"
)


def plan_years(n: int) -> tuple[int, int]:
    """The years of the n-th five-year plan (1st 1953-1957; from the 3rd, 1966 on)."""
    if n == 1:
        return 1953, 1957
    if n == 2:
        return 1958, 1962
    start = 1966 + 5 * (n - 3)
    return start, start + 4


@rule(
    "date.relative",
    "date",
    "error",
    "今年/去年/明年与讲话日期矛盾",
    "“今年”“去年”所指的年份、规划年份或周年与讲话日期不符，多是沿用旧稿",
    fires=[
        Example("«今年（2024年）»是关键之年。", date="2026-03-01"),
        Example("«今年是“十四五”开局之年»。", date="2026-03-01"),
        Example("«今年是建党100周年»。", date="2025-07-01"),
        Example("«去年（2025年）»全县经济增长5%。", date="2025-03-01"),
        Example("«2024年是全面贯彻党的二十大精神的关键之年»，要抓好落实。", date="2026-03-01"),
    ],
    passes=[
        Example("今年（2026年）是关键之年。", date="2026-03-01"),
        Example("今年是“十五五”开局之年。", date="2026-03-01"),
        Example("今年是建党104周年。", date="2025-07-01"),
        Example("今年（2024年）是关键之年。"),
        Example("2021年是“十四五”开局之年，我们取得了好成绩。", date="2026-03-01"),
    ],
)
def check_relative(ctx):
    """今年/去年/明年, plan years and anniversaries against the speech's own date."""
    year = ctx.year
    if year is None:
        return
    events = ctx.lists.events
    for para in ctx.paras:
        text = para.text
        for m in _YEAR_IS.finditer(text):
            stated = int(m.group(1))
            if year - 1 <= stated <= year + 1 or _BACK.search(_sentence(text, m.start(), m.end())):
                continue  # last year (a report looks back on it), this, the next, or a look back
            yield ctx.finding(
                para,
                m.start(),
                m.end(),
                f"讲话日期为{year}年，却说{stated}年是“……之年”：多是沿用旧稿",
                level="warning",
            )
        if not any(w in text for w in _REL):
            continue
        for m in _REL_YEAR.finditer(text):
            want = year + _REL[m.group(1)]
            if int(m.group(2)) != want:
                yield ctx.finding(
                    para,
                    m.start(),
                    m.end(),
                    f"讲话日期为{year}年，“{m.group(1)}”应是{want}年",
                    level=_lenient(ctx, m.group(1), int(m.group(2))),
                )
        for m in _YEAR_REL.finditer(text):
            want = year + _REL[m.group(2)]
            if int(m.group(1)) != want:
                yield ctx.finding(
                    para,
                    m.start(),
                    m.end(),
                    f"讲话日期为{year}年，“{m.group(2)}”应是{want}年",
                    level=_lenient(ctx, m.group(2), int(m.group(1))),
                )
        for m in _PLAN.finditer(text):
            target = year + _REL[m.group(1)]
            n = 10 + "一二三四五六七八九".index(m.group(2)) + 1
            start, end = plan_years(n)
            kind = m.group(3)
            if kind in ("收官之年", "最后一年"):
                meant = end
            elif m.group(4):
                meant = start + "一二三四五".index(m.group(4))
            else:
                meant = start
            if meant != target:
                plan = f"“十{m.group(2)}五”"
                yield ctx.finding(
                    para,
                    m.start(),
                    m.end(),
                    f"{plan}的{kind}是{meant}年，而讲话日期为{year}年（{m.group(1)}是{target}年）",
                )
        for m in _ANNIV.finditer(text):
            raw = m.group(2)
            n = int(raw) if raw.isdigit() else parse_cn_number(raw)
            if not n:
                continue
            clause = text[m.start() : m.end()]
            target = year + _REL[m.group(1)]
            for ev in events:
                if ev.pattern.search(clause):
                    if ev.year + n != target:
                        yield ctx.finding(
                            para,
                            m.start(),
                            m.end(),
                            f"{m.group(1)}（{target}年）是“{ev.pattern.search(clause).group()}”{target - ev.year}周年，不是{n}周年",
                        )
                    break


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(c, 0, start) for c in "。；！？") + 1
    ends = [i for i in (text.find(c, end) for c in "。；！？") if i >= 0]
    return text[a : min(ends) if ends else len(text)]


def _lenient(ctx, word: str, stated: int) -> str | None:
    """A text dated in January that calls the past year 今年 was often written in
    December, and a year well after the speech is an editor's later note (编者按 of a
    1938 text saying 今年（2003年）): warnings, not errors."""
    if ctx.year is not None and stated > ctx.year + 2:
        return "warning"
    d = ctx.text.full_date
    if d is not None and d.month == 1 and word == "今年" and stated == d.year - 1:
        return "warning"
    return None
