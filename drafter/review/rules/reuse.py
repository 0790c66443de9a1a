"""Reuse (查重): paragraphs that largely repeat a library document, and tokens such a
paragraph still carries from its source's date (years, 今年/去年, figures, names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from drafter.corpus.display import book_title
from drafter.review.registry import Example, rule


@dataclass(frozen=True)
class _Source:
    title: str | None
    date: str | None
    text: str
    speaker: str | None = None


_OLD = (
    "全区办公室工作会议上的讲话\n（2023年2月10日）\n同志们：\n"
    "今年是全面贯彻党的二十大精神的开局之年，全区办公室系统要围绕中心、服务大局，"
    "2023年全区共办理文件12000件，督查督办事项完成率达到98%，信息采用量居全市第一。\n"
    "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n"
)


def _matches(ctx):
    """Library matches for the text's paragraphs, looked up once per review."""
    if "reuse" not in ctx.cache:
        found = {}
        if ctx.reuse is not None:
            body = [p for p in ctx.paras if not p.is_heading]
            # the text's own file is not a source it copies: a library document read
            # in the reader, or the file a draft was opened from (the office's watched
            # folder holds the staff's draft: every paragraph was 100% "copied" from it)
            own = ctx.text.opened_from or ctx.text.path
            # nor is another version of the same speech (same title, same date): the
            # writer's 初稿 in that folder while the head reviews the 二稿
            same = None
            if ctx.text.date and not ctx.text.undated:
                same = (ctx.text.title, ctx.text.date)
            hits = ctx.reuse.find([p.text for p in body], exclude_path=own, same_speech=same)
            found = {body[i].index: m for i, m in hits.items()}
        ctx.cache["reuse"] = found
    return ctx.cache["reuse"]


@rule(
    "reuse.copied",
    "reuse",
    "warning",
    "与资料库中的文稿大段重复",
    "段落大部分与资料库中的某篇文稿相同（查重），需确认是有意引用还是照搬旧稿；短于阈值的套话不计",
    fires=[
        Example(
            "同志们：\n«要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。»",
            date="2026-03-01",
            source=_OLD,
        )
    ],
    passes=[
        Example(
            "同志们：\n要坚持问题导向，聚焦群众急难愁盼，拿出务实管用的举措，推动各项工作落地见效。",
            date="2026-03-01",
            source=_OLD,
        )
    ],
    needs_library=True,
)
def check_copied(ctx):
    """Paragraphs that largely repeat a paragraph of a library document."""
    for index, m in _matches(ctx).items():
        para = ctx.paras[index]
        # an untitled document by its file's name: its folder path ran into 第2段 and
        # went into the comments sent back to the writer
        title = book_title(m.title) if m.title else f"文件“{PurePath(m.path).name}”"
        date = f"（{m.date}）" if m.date else ""
        yield ctx.finding(
            para,
            0,
            len(para.text),
            f"本段约{round(m.share * 100)}%（{m.shared}字）与资料库中{title}{date}第{m.paragraph + 1}段相同",
        )


_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
_RELATIVE = re.compile(r"今年|去年|明年|前年|上半年|下半年|前三季度|本届|近期")
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|个百分点|万亿|万|亿|个|人|元|项|家|公里|吨|户|倍)")


def _sources(ctx) -> dict[int, _Source]:
    out: dict[int, _Source] = {}
    for p in ctx.paras:
        if p.provenance is not None and p.provenance.original_text:
            pv = p.provenance
            out[p.index] = _Source(pv.title, pv.date, pv.original_text, pv.speaker)
    for index, m in _matches(ctx).items():
        out.setdefault(index, _Source(m.title, m.date, m.source_text))
    return out


@rule(
    "reuse.stale_token",
    "reuse",
    "warning",
    "沿用旧稿的年份、时间词、数字和人名",
    "从旧稿粘贴或插入的段落里，原稿年份、“今年/去年”、统计数字和人名都属于原稿的日期，换到新讲话里多半已经不对",
    fires=[
        Example(
            "同志们：\n«今年»是全面贯彻党的二十大精神的开局之年，全区办公室系统要围绕中心、服务大局，"
            "2023年全区共办理文件12000件，督查督办事项完成率达到98%，信息采用量居全市第一。",
            date="2026-03-01",
            source=_OLD,
        )
    ],
    passes=[
        Example(
            "同志们：\n今年是全面贯彻党的二十大精神的开局之年，全区办公室系统要围绕中心、服务大局，"
            "2023年全区共办理文件12000件，督查督办事项完成率达到98%，信息采用量居全市第一。",
            date="2023-03-01",
            source=_OLD,
        )
    ],
    needs_library=True,
)
def check_stale_tokens(ctx):
    """Years, 今年/去年, figures and names a borrowed paragraph kept from its source."""
    year = ctx.year
    if year is None:
        return
    for index, src in _sources(ctx).items():
        if not src.date or not src.date[:4].isdigit():
            continue
        src_year = int(src.date[:4])
        if src_year >= year:
            continue
        para = ctx.paras[index]
        text = para.text
        title = book_title(src.title) if src.title else "原稿"
        for m in _YEAR.finditer(text):
            y = int(m.group())
            if abs(y - src_year) <= 1 and m.group() in src.text:
                yield ctx.finding(
                    para,
                    m.start(),
                    m.end() + 1,
                    f"“{m.group()}年”沿用自{title}（{src_year}年），本讲话是{year}年，请核实",
                )
        for m in _RELATIVE.finditer(text):
            if m.group() in src.text:
                yield ctx.finding(
                    para,
                    m.start(),
                    m.end(),
                    f"“{m.group()}”沿用自{title}：原稿写于{src_year}年，本讲话是{year}年，所指时间已变",
                )
        for m in _FIGURE.finditer(text):
            if m.group() in src.text:
                yield ctx.finding(
                    para,
                    m.start(),
                    m.end(),
                    f"数字“{m.group()}”沿用自{src_year}年的{title}，请核实是否为最新数据",
                    level="hint",
                )
        if src.speaker and len(src.speaker) >= 2 and src.speaker in text:
            i = text.find(src.speaker)
            yield ctx.finding(
                para,
                i,
                i + len(src.speaker),
                f"人名“{src.speaker}”来自{src_year}年的{title}，请核实现任人选",
                level="hint",
            )


_REPEAT_MIN = 30  # shorter lines repeat on purpose (口号, 祝词, 万岁!)


@rule(
    "reuse.repeated",
    "reuse",
    "warning",
    "同一段文字在稿中出现两次",
    "一段话与前文某段一字不差，多半是修改时粘贴了两次或删漏了旧段；短于30字的口号、呼语不计",
    fires=[
        "同志们：\n要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n"
        "«要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。»",
        "同志们：\n要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n"
        "«要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。»"
        "同时，要把调研成果转化为具体措施。",
    ],
    passes=[
        "同志们：\n要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n"
        "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为科学决策提供有力支撑。",
        "中华人民共和国万岁！\n中国共产党万岁！\n中华人民共和国万岁！",
        "同志们：\n要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。\n"
        "结论就是：“要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。”这就是结论。",
    ],
)
def check_repeated(ctx):
    """A body paragraph of 30 characters or more that repeats an earlier one word for
    word (spaces aside), or opens or ends with the whole of one (the copy ran into the
    paragraph next to it): the writer pasted it twice or kept the old version beside the
    new one. The library check cannot see it. A copy inside a paragraph is left alone:
    a conclusion may quote an earlier paragraph (论持久战's “……” summary)."""
    earlier: list[tuple[str, int, str]] = []  # (key, paragraph index, text as written)
    seen: dict[str, int] = {}
    pending = ""  # a run-in heading (一要…。) read apart from the rest of its paragraph
    for para in ctx.paras:
        if para.is_heading or para.part == "meta":
            pending = _key(para.text) if para.run_in else ""
            continue
        key, joined, pending = _key(para.text), pending + _key(para.text), ""
        if len(key) < _REPEAT_MIN:
            continue
        first = seen.get(key, seen.get(joined))
        if first is not None:
            lead = para.text.lstrip()
            span = (len(para.text) - len(lead), len(para.text.rstrip()))
        else:
            first, span = _copy_at_an_edge(para.text, key, earlier)
        if first is None:
            seen.setdefault(key, para.index)
            seen.setdefault(joined, para.index)
            earlier.append((key, para.index, para.text.strip()))
            continue
        where = _where(ctx, first, para)
        written = next((w for _k, i, w in earlier if i == first), "")
        same = "一字不差" if written == para.text.strip() else "文字相同"
        whole = span == (len(para.text) - len(para.text.lstrip()), len(para.text.rstrip()))
        message = (
            f"这一段与{where}{same}，是否重复粘贴？保留一段即可"
            if whole
            else f"这几句把{where}整段重复了一遍，是否重复粘贴？删去重复的部分即可"
        )
        yield ctx.finding(para, *span, message, None)


def _where(ctx, first: int, para) -> str:
    """The earlier copy named as a reader finds it: the paragraph just before, or the
    heading it stands under with its number in the text (第N段, as the listing counts):
    the app shows no paragraph numbers, so "前文第6段" alone sent the head counting."""
    body = [p for p in ctx.paras if p.part != "meta" and not p.is_heading]
    before = [p for p in body if p.index < para.index]
    if before and before[-1].index == first:
        return "上一段"
    other = next((p for p in ctx.paras if p.index == first), None)
    if other is not None and other.section and other.section != para.section:
        return f"前文“{other.section[-1][:14]}”下第{first + 1}段"
    if other is not None and other.section:
        return f"本节前面第{first + 1}段"
    return f"前文第{first + 1}段"


def _key(text: str) -> str:
    """A paragraph's words without spaces and punctuation: a copy whose comma was
    changed, or whose run-in heading was read apart, is still the same paragraph."""
    return re.sub(r"[\W_]+", "", text)


def _copy_at_an_edge(text: str, key: str, earlier) -> tuple[int | None, tuple[int, int]]:
    """The earlier paragraph this one opens or ends with, whole, and the copy's span."""
    for other, index, written in earlier:
        if other != key and (key.startswith(other) or key.endswith(other)):
            at = text.find(written) if key.startswith(other) else text.rfind(written)
            if at >= 0:
                return index, (at, at + len(written))
    return None, (0, 0)
