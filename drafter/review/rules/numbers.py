"""Numbers (GB/T 15835-2011 basics): full-width digits, Chinese and Arabic numerals mixed in
one figure, malformed ranges and percentages."""

from __future__ import annotations

import re

from drafter.review.registry import Example, rule

_FULLWIDTH = re.compile(r"[０-９]+(?:[．.][０-９]+)?")
_MIXED = re.compile(r"[〇○零一二三四五六七八九0-9]{2,}(?=年|月|日|万|亿|千|百|个|人|元|%)")
_ARABIC = frozenset("0123456789")
_CN_DIGITS = frozenset("〇○零一二三四五六七八九")
_MIXED_UNIT = re.compile(r"\d+[十百千](?=[万亿]?[元人个家项名吨户])")
_PCT_CN = re.compile(r"百分之\s*(\d+(?:\.\d+)?)")
_PCT_RANGE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[-－~～—]{1,2}\s*(\d+(?:\.\d+)?)\s*[%％]")
_PCT_SPACE = re.compile(r"(\d)\s+[%％]")
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-－]\s*((?:19|20)\d{2})(?=年)")


@rule(
    "number.fullwidth",
    "number",
    "warning",
    "全角数字",
    "GB/T 15835：阿拉伯数字用半角，全角数字在排版和检索时都会出错",
    fires=[
        Example("完成投资«１２»亿元。", suggestion="12"),
        # a full-width zero standing for 〇 in a year written in Chinese numerals
        Example("到二«０»一«０»年。", suggestion="〇"),
        Example("比二«０００»年翻两番。", suggestion="〇〇〇"),
    ],
    passes=["完成投资12亿元。", "完成投资十二亿元。"],
)
def check_fullwidth(ctx):
    """Full-width digits (１２), suggested in half-width: they break search and typesetting.
    A full-width zero among Chinese numerals (二０一０年) stands for 〇 and is
    suggested so; its half-width form would make 二0一0, a number half Arabic."""
    table = str.maketrans("０１２３４５６７８９．", "0123456789.")
    for para in ctx.paras:
        text = para.text
        for m in _FULLWIDTH.finditer(text):
            around = text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
            if set(m.group()) == {"０"} and any(c in _CN_DIGITS for c in around):
                message = "汉字数字中的零应写作“〇”，这里用了全角数字“０”"
                yield ctx.finding(para, m.start(), m.end(), message, "〇" * len(m.group()))
                continue
            yield ctx.finding(
                para, m.start(), m.end(), "数字用了全角字符", m.group().translate(table)
            )


@rule(
    "number.mixed",
    "number",
    "error",
    "一个数里混用汉字和阿拉伯数字",
    "同一个数不能一半汉字一半阿拉伯数字（二0二五年、3十万），读者会读错",
    fires=[
        "«二0二五»年工作要点。",
        "完成«2〇25»年目标。",
        "新增«3十»万元。",
        "«二零2五»年工作要点。",
    ],
    passes=[
        "2025年工作要点。",
        "二〇二五年工作要点。",
        "十四五时期。",
        "第1季度完成。",
        "3万元。",
        "给ISO9000一个地位。",
    ],
)
def check_mixed(ctx):
    """Chinese and Arabic numerals mixed in one number (二0二五年, 3十万)."""
    for para in ctx.paras:
        for m in _MIXED.finditer(para.text):
            chars = set(m.group())
            if not (chars & _ARABIC) or chars <= _ARABIC:
                continue
            if m.group()[-1] == "一" and m.group()[:-1].isdigit() and para.text[m.end()] == "个":
                continue  # ISO9000一个地位: the number, then 一个 (a), not one number
            year = len(m.group()) == 4 and para.text[m.end() : m.end() + 1] == "年"
            zero_only = chars & _ARABIC == {"0"}
            if zero_only:
                message = f"“{m.group()}”里的“0”是阿拉伯数字，汉字数字中的零应写作“〇”"
                fix = m.group().replace("0", "〇")
            else:
                message = f"“{m.group()}”混用了汉字和阿拉伯数字"
                fix = None
            level = None if year and not zero_only else "warning"
            kind = "zero" if zero_only else "mixed"  # 二0一一, 二00八: the one slip, twice
            yield ctx.finding(para, m.start(), m.end(), message, fix, level=level, kind=kind)
        for m in _MIXED_UNIT.finditer(para.text):
            yield ctx.finding(
                para,
                m.start(),
                m.end(),
                f"“{m.group()}”混用了汉字和阿拉伯数字，宜写作阿拉伯数字或“万”“亿”",
                level="warning",
                kind="unit",  # 3千, 2千, 1千: one habit
            )


@rule(
    "number.percent",
    "number",
    "warning",
    "百分数写法",
    "GB/T 15835：百分数写作 5%，范围写作 5%～10%（两端都带 %），百分号前不空格",
    fires=[
        Example("增长«百分之5»。", suggestion="5%"),
        Example("增长«5-10%»。", suggestion="5%～10%"),
        Example("增长«5 %»。", suggestion="5%"),
    ],
    passes=["增长5%。", "增长5%～10%。", "增长百分之五。", "增长5%-10%之间。"],
)
def check_percent(ctx):
    """Percentages written 百分之5, 5-10% or 5 %."""
    for para in ctx.paras:
        t = para.text
        for m in _PCT_CN.finditer(t):
            yield ctx.finding(
                para, m.start(), m.end(), "“百分之”后接阿拉伯数字，写法混杂", f"{m.group(1)}%"
            )
        for m in _PCT_RANGE.finditer(t):
            yield ctx.finding(
                para,
                m.start(),
                m.end(),
                "百分数范围两端都应带 %，连接用浪纹线“～”",
                f"{m.group(1)}%～{m.group(2)}%",
            )
        for m in _PCT_SPACE.finditer(t):
            yield ctx.finding(para, m.start(), m.end(), "百分号前不应有空格", m.group(1) + "%")


@rule(
    "number.range",
    "number",
    "hint",
    "年份范围的连接号",
    "GB/T 15834：年份起止用一字线“—”或浪纹线“～”连接，不用短横“-”",
    fires=[Example("«2021-2025»年规划。", suggestion="2021—2025")],
    passes=["2021—2025年规划。", "2021～2025年规划。", "电话0571-2025。"],
)
def check_range(ctx):
    """Year ranges joined with a hyphen instead of a dash."""
    for para in ctx.paras:
        for m in _YEAR_RANGE.finditer(para.text):
            if int(m.group(1)) < int(m.group(2)):
                yield ctx.finding(
                    para,
                    m.start(),
                    m.end(),
                    "年份范围应使用一字线“—”连接",
                    f"{m.group(1)}—{m.group(2)}",
                )


_YEAR_AR = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?=年)")
_YEAR_CN = re.compile(r"(?<![〇○零一二三四五六七八九])[一二][〇○零一二三四五六七八九]{3}(?=年)")


@rule(
    "number.year_style",
    "number",
    "warning",
    "年份一会儿用阿拉伯数字一会儿用汉字",
    "GB/T 15835：同一文稿中同类数字的写法应一致；年份多用阿拉伯数字，个别写成汉字的应统一",
    fires=[
        "2024年完成投资。\n2025年计划投资。\n«二〇二五»年要抓好落实。\n2026年要再上台阶。",
    ],
    passes=[
        "2024年完成投资。\n2025年计划投资。",
        "二〇二四年完成投资。\n二〇二五年计划投资。",
        "2024年完成投资。\n2025年计划投资。\n2026年要再上台阶。\n"
        "学习《“十四五”规划和二〇三五年远景目标纲要》。\n2027年见成效。",
        # the Party's milestone wording, kept in Chinese numerals beside an Arabic 2035
        "2024年完成投资。\n2025年计划投资。\n2026年要再上台阶。\n"
        "实现2035年远景目标。\n为二〇三五年基本实现社会主义现代化打下坚实基础。",
        # a target year the text writes in Chinese numerals every time it names it
        "2024年完成投资。\n2025年计划投资。\n2026年要再上台阶。\n"
        "从党的二十大到二〇三五年，用13年时间基本实现现代化。",
    ],
)
def check_year_style(ctx):
    """Years written in Arabic numerals and in Chinese in one text. Left out: a year inside
    a quoted title (《…二〇三五年远景目标的建议》), the title's own wording; and a target
    year written in Chinese numerals on purpose (:func:`_chinese_by_convention`): a 2026
    government work report in Arabic figures that says 到二〇三五年 or 为二○三五年基本实现
    quotes the Party's milestones as the central documents write them, not a slip."""
    arabic, chinese = [], []
    paras = ctx.paras
    for k, para in enumerate(paras):
        if _whole_title(paras, k):
            continue
        titles = _title_spans(para.text)
        arabic += [(para, m) for m in _YEAR_AR.finditer(para.text) if not _inside(m, titles)]
        chinese += [(para, m) for m in _YEAR_CN.finditer(para.text) if not _inside(m, titles)]
    if not arabic or not chinese:
        return
    minority, main = (chinese, "阿拉伯数字") if len(chinese) <= len(arabic) else (arabic, "汉字")
    if len(minority) * 4 > len(arabic) + len(chinese):
        return  # no clear habit to hold the text to
    if minority is chinese:
        kept = _chinese_by_convention(chinese, arabic, ctx.year)
        minority = [(para, m) for para, m in chinese if _year_of(m.group()) not in kept]
    for para, m in minority:
        yield ctx.finding(para, m.start(), m.end(), f"全文年份多用{main}，这里写法不同")


_CN_VALUE = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
# the Party's milestone wording after a year (二〇三五年远景目标, 基本实现, 基本建成…)
_MILESTONE = re.compile(r"年(?:远景目标|基本实现|基本建成|全面建成|全面实现)")
# a year named as a target: 到二〇三五年, 至二〇二〇年, 为二〇三五年…打下基础
_TARGET_BEFORE = frozenset("到至为")


def _year_of(digits: str) -> int:
    """The year a run of Arabic or Chinese digits (二〇三五, 二○三五, 2035) names."""
    return int("".join(_CN_VALUE.get(c, c) for c in digits))


def _chinese_by_convention(chinese, arabic, own_year: int | None) -> set[int]:
    """The years a text writes in Chinese numerals as a convention rather than by a slip:
    each (1) met in the Party's fixed milestone wording (二〇三五年远景目标, 为二○三五年基本
    实现…, quoted as the central documents write them even beside an Arabic 2035年), or
    (2) a target year (到/至/为 before it, later than the text's own year when that is
    known) that the text writes in Chinese every time it names it. The 2026 reports of
    广东 (从党的二十大到二〇三五年) and 湖南 (为二○三五年基本实现…, beside 2035年远景目标)
    were told their 2035 was a slip. A current year written once in Chinese among Arabic
    ones (二〇二五年要抓好落实) names no target and is still flagged."""
    in_arabic = {_year_of(m.group()) for _para, m in arabic}
    kept: set[int] = set()
    for para, m in chinese:
        year = _year_of(m.group())
        if _MILESTONE.match(para.text, m.end()):
            kept.add(year)
            continue
        before = para.text[m.start() - 1 : m.start()]
        later = own_year is None or year > own_year
        if before in _TARGET_BEFORE and later and year not in in_arabic:
            kept.add(year)
    return kept


_TITLE = re.compile(r"《[^《》]*》")


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Where 《…》 titles stand in ``text``."""
    return [m.span() for m in _TITLE.finditer(text)]


def _inside(m: re.Match, spans: list[tuple[int, int]]) -> bool:
    """Whether the match lies within one of ``spans``."""
    return any(a <= m.start() and m.end() <= b for a, b in spans)


def _whole_title(paras, k: int) -> bool:
    """A paragraph that is a title's words alone, its 《 ending the paragraph before and
    its 》 opening the next (a web page or PDF broke the line at the marks: the 2021 政府工作
    报告's 《\n中共中央关于制定…二〇三五年远景目标的建议\n》)."""
    before = paras[k - 1].text.rstrip() if k > 0 else ""
    after = paras[k + 1].text.lstrip() if k + 1 < len(paras) else ""
    return before.endswith("《") and after.startswith("》")


_RANGE_UNIT = re.compile(
    r"(?<![\d.万亿])(\d+(?:\.\d+)?)\s*[-－~～—]{1,2}\s*(\d+(?:\.\d+)?)\s*(万亿|万|亿)"
)


@rule(
    "number.range_unit",
    "number",
    "warning",
    "数值范围省略了“万”“亿”",
    "GB/T 15835：数值范围两端的“万”“亿”都不能省略，3～5万会被读成“3到5万”",
    fires=[Example("投资«3-5亿»元。", suggestion="3亿～5亿")],
    passes=["投资3亿～5亿元。", "投资3-5个亿元的项目有5个。", "电话0571-2025万"],
)
def check_range_unit(ctx):
    """Ranges that drop 万/亿 on one end (3-5亿)."""
    for para in ctx.paras:
        for m in _RANGE_UNIT.finditer(para.text):
            a, b, unit = m.groups()
            if "." not in a + b and float(a) >= float(b):
                continue  # not a range (a code, a date)
            if len(a) > 5 or len(b) > 5 or (a.startswith("0") and a[1:2].isdigit()):
                continue  # a phone number or a code
            yield ctx.finding(
                para, m.start(), m.end(), f"数值范围两端都应带“{unit}”", f"{a}{unit}～{b}{unit}"
            )
