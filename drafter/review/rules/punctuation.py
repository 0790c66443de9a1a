"""Punctuation (GB/T 15834-2011 basics): half-width marks in Chinese text, unpaired quotes
and brackets, doubled marks, a 顿号 between titles in 书名号, a full stop after a heading."""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.heading_stops import is_sentence, stop_is_style
from drafter.corpus.headings import speaker_label
from drafter.corpus.markers import match_marker
from drafter.review.registry import Example, rule

_HALF = re.compile(
    r"(?<=[\u4e00-\u9fff])[,;:?!](?=[\u4e00-\u9fff“”]|$)|(?<=[\u4e00-\u9fff”])[,;:?!](?=[\u4e00-\u9fff])"
)
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_PAREN = re.compile(r"\(([\u4e00-\u9fff][^()]*)\)")
_DOUBLED = re.compile(r"([。，、；：？！])\1+|[，、；：][。，、；：]|。[，、；：。]")
_DUN_TITLES = re.compile(r"》、《")
# a space before a closing mark or a comma of Chinese text, or after an opening mark: pasted
# from a web page ("劝进书 ”，", "理由之一 ，"); full-width marks carry their own white
_SPACED_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff”’）》」』])[ \u00a0]+(?=[”’）》」』，。、：；！？])"
    r"|(?<=[“‘（《「『])[ \u00a0]+(?=[\u4e00-\u9fff])"
)
_PAIRS = (
    ("“", "”", "引号"),
    ("‘", "’", "单引号"),
    ("《", "》", "书名号"),
    ("（", "）", "括号"),
    ("【", "】", "方括号"),
)


@rule(
    "punctuation.halfwidth",
    "punctuation",
    "warning",
    "中文里的半角标点",
    "中文文稿应使用全角标点，半角逗号、冒号、括号在正式文稿中不规范",
    fires=[
        Example("要抓好落实«,»确保见效。", suggestion="，"),
        Example("会议强调«:»要抓好落实。", suggestion="："),
        Example("县委办公室«(县档案局)»负责。", suggestion="（县档案局）"),
    ],
    passes=["增长3.5%，达到1,200万元。", "参照ISO 9001:2015标准。", "县委办公室（县档案局）负责。"],
)
def check_halfwidth(ctx):
    """Half-width , ; : ? ! and brackets between Chinese characters."""
    for para in ctx.paras:
        text = para.text
        for m in _HALF.finditer(text):
            yield ctx.finding(
                para, m.start(), m.end(), f"中文中使用了半角“{m.group()}”", _FULL[m.group()]
            )
        for m in _HALF_PAREN.finditer(text):
            yield ctx.finding(para, m.start(), m.end(), "中文中使用了半角括号", f"（{m.group(1)}）")


def _unpaired(text: str, open_: str, close: str) -> list[tuple[int, str]]:
    """Positions of marks that have no partner, and which mark they are."""
    stack: list[int] = []
    lone: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch == open_:
            stack.append(i)
        elif ch == close:
            if stack:
                stack.pop()
            else:
                lone.append((i, ch))
    lone += [(i, open_) for i in stack]
    lone.sort()
    return lone


@rule(
    "punctuation.unpaired",
    "punctuation",
    "error",
    "引号、括号、书名号不成对",
    "成对的标点缺了一半，读者无法判断引文或书名到哪里为止",
    fires=[
        "学习«《»条例要求。",
        "要做到«“»三个服务。",
        "县委办公室«（»县档案局负责。",
        "要«”»落实好。",
    ],
    passes=[
        "学习《条例》要求。",
        "要做到“三个服务”。",
        "包括（一）（二）两项。",
        "办好“中国’99昆明世界园艺博览会”。",
    ],
)
def check_unpaired(ctx):
    """Quotes, brackets and 书名号 without their partner in the paragraph."""
    paras = ctx.paras
    lone_by_para = [
        {
            name: _lone(p.text, open_, close)
            for open_, close, name in _PAIRS
            if open_ in p.text or close in p.text
        }
        for p in paras
    ]
    for k, para in enumerate(paras):
        for open_, close, name in _PAIRS:
            for i, ch in lone_by_para[k].get(name, []):
                if ch == open_ and (
                    _closed_later(lone_by_para, k, name, close)
                    or (ch == "“" and _quote_continues(paras, k))
                ):
                    continue  # a quotation or an aside running over several paragraphs
                if ch == close and _opened_earlier(lone_by_para, k, name, open_):
                    continue
                side = "后" if ch == open_ else "前"
                level = None if name in ("书名号", "方括号") else "warning"
                yield ctx.finding(
                    para, i, i + 1, f"{name}“{ch}”没有与之配对的{side}半个", level=level
                )


# two digits after an apostrophe and no third: a year cut short ('99), not a closing quote
_YEAR_ABBREVIATION = re.compile(r"\d{2}(?!\d)")


def _lone(text: str, open_: str, close: str) -> list[tuple[int, str]]:
    """Unpaired marks, leaving out list markers "1）" and apostrophes in English (I’m)."""
    out = []
    for i, ch in _unpaired(text, open_, close):
        prev = text[i - 1 : i]
        nxt = text[i + 1 : i + 2]
        if ch in "’‘" and prev.isascii() and prev.isalpha() and (not nxt or nxt.isascii()):
            continue
        if ch == "’" and _YEAR_ABBREVIATION.match(text, i + 1):
            continue  # ’99 for 1999: 中国’99昆明世界园艺博览会
        if (
            ch == "）"
            and prev.isalnum()
            and prev.isascii()
            and (i == 1 or text[i - 2] in "；;：:，,。 ")
        ):
            continue
        out.append((i, ch))
    return out


def _closed_later(lone, k: int, name: str, close: str) -> bool:
    return any(ch == close for later in lone[k + 1 : k + 16] for _i, ch in later.get(name, []))


def _opened_earlier(lone, k: int, name: str, open_: str) -> bool:
    return any(
        ch == open_ for earlier in lone[max(0, k - 15) : k] for _i, ch in earlier.get(name, [])
    )


def _quote_continues(paras, k: int) -> bool:
    """GB/T 15834 4.1.3.4: a quotation over several paragraphs opens every paragraph and
    closes only at the last; an unclosed “ whose next paragraph opens with “ is fine."""
    nxt = paras[k + 1].text if k + 1 < len(paras) else ""
    return nxt.startswith("“")


@rule(
    "punctuation.doubled",
    "punctuation",
    "warning",
    "标点重复",
    "两个标点连用（，，或，。）多半是修改时留下的",
    fires=["要抓好落实«，，»确保见效。", "要抓好落实«。。»", "要抓好落实«，。»"],
    passes=["要抓好落实……确保见效。", "这是为什么？！", "——我们要记住。"],
)
def check_doubled(ctx):
    """Two marks in a row (，， or ，。), usually left by an edit."""
    for para in ctx.paras:
        for m in _DOUBLED.finditer(para.text):
            keep = m.group()[-1] if m.group()[-1] in "。？！" else m.group()[0]
            yield ctx.finding(para, m.start(), m.end(), f"标点“{m.group()}”重复", keep)


@rule(
    "punctuation.space",
    "punctuation",
    "warning",
    "全角标点旁多了空格",
    "全角标点自带空白，旁边再加空格在 Word 里留下一道空隙，行末遇上时标点还会被排到下一行行首（避头尾失效）；多是从网页复制带来的",
    fires=[
        Example("策动向江青写“劝进书« »”，又是加紧。", suggestion=""),
        Example("我看理由之一« »，就是起草。", suggestion=""),
        Example("要学习“« »两个确立”。", suggestion=""),
    ],
    passes=["参照ISO 9001:2015标准。", "区委常委、办公室主任　张三", "增长 5%，达到 1,200 万元。"],
)
def check_spaced_marks(ctx):
    """A space before a closing mark or comma, or after an opening mark, in Chinese text."""
    for para in ctx.paras:
        for m in _SPACED_MARK.finditer(para.text):
            yield ctx.finding(para, m.start(), m.end(), "全角标点旁多了空格", "")


@rule(
    "punctuation.dun_titles",
    "punctuation",
    "hint",
    "书名号之间的顿号",
    "GB/T 15834：标有书名号的并列成分之间通常不用顿号",
    fires=[Example("学习《条例》«、»《规定》。", suggestion="")],
    passes=["学习《条例》和《规定》。", "学习《条例》《规定》。"],
)
def check_dun_titles(ctx):
    """A 顿号 between two titles in 书名号 (GB/T 15834 says none is needed)."""
    for para in ctx.paras:
        for m in _DUN_TITLES.finditer(para.text):
            yield ctx.finding(para, m.start() + 1, m.start() + 2, "书名号之间一般不用顿号", "")


def _asked(para) -> bool:
    """A heading that is a question put (ends with ？) or a speaker's turn (与会人：…,
    王小明：…, （G/U产品部张昕）…): minutes number the questions, and the outline reads them
    as its headings."""
    return para.asks or bool(speaker_label(para.heading.strip()))


def _question_turn(para, siblings) -> bool:
    """``para`` is a numbered question in minutes or an interview, not a title: its own
    words open with a speaker's label, or most of the numbered lines beside it are questions
    (2、与会人：想听听您对中美贸易战的看法。 among 1、…？ 3、…？). Its closing 。 is the
    asker's, and a 。 inside it ends one of his sentences: neither is a heading's stop."""
    if speaker_label(para.heading.strip()):
        return True
    asked = sum(_asked(h) for h in siblings)
    return len(siblings) >= 3 and asked * 2 > len(siblings)


def _draft_heading_stops(ctx):
    """In a draft the heading is typed whole: a 。 inside a heading that does not run into
    its paragraph is flagged where it stands; the closing 。 only where the same text read
    as a document is flagged (not 一是腿勤。 nor a heading written as a sentence): opened
    as a draft, a writer's file showed nine stops its ``drafter review`` had let stand."""
    wrong_end = {para.index for para in _wrong_end_stops(ctx)}
    siblings = _siblings(ctx)
    for para in ctx.paras:
        if not para.is_heading or para.run_in:
            continue
        if _question_turn(para, siblings[para.parent]):
            continue
        start = len(para.text) - len(para.heading) - (1 if para.ends_with_stop else 0)
        words = para.text[start:]
        for i, ch in enumerate(words):
            if ch != "。":
                continue
            if i == len(words) - 1 and para.ends_with_stop and para.index not in wrong_end:
                continue
            yield ctx.finding(
                para,
                start + i,
                start + i + 1,
                "标题中不应有句号（标题与正文连排时才用句号）",
                "",
            )


@rule(
    "punctuation.heading_stop",
    "punctuation",
    "warning",
    "单独成行的标题末尾有句号",
    "单独成行的标题末尾不加句号（标题与正文连排时才用句号）",
    fires=[
        "«一、总体要求»。\n要抓好落实。\n«二、重点任务»。\n要抓好落实。",
        # labels, however many: a stop after 总体要求 is a slip each time
        "«一、总体要求»。\n要抓好落实。\n«二、重点任务»。\n要抓好落实。\n«三、保障措施»。\n要抓好落实。",
        Example("# 总体要求«。»\n要抓好落实。\n# 重点任务\n要抓好落实。", draft=True),
    ],
    passes=[
        "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。",
        "一是抓学习。要抓好落实。\n二是抓落实。要抓好落实。",
        # every 一、 heading ends with 。 and some are sentences: the stop is the text's style
        "一、要抓学习，学深悟透。\n要抓好落实。\n二、要抓落实。\n要抓好落实。",
        # three statements, each ending with 。: a report's lead lines, the text's habit
        "（一）推动重要领域改革取得新突破。\n要抓好落实。\n（二）开创高水平对外开放新局面。\n"
        "要抓好落实。\n（三）增强内需拉动经济的主引擎作用。\n要抓好落实。",
        # minutes number the questions put: the asker's 。 is no heading's stop
        "1、与会人：公司对我们高层技术人员有什么期望？\n任总：要抓好落实，不断推进。\n"
        "2、与会人：想听听您对贸易形势的看法。\n任总：要抓好落实，不断推进。\n"
        "3、与会人：我们有没有计划减轻这种担心？\n任总：要抓好落实，不断推进。",
        "1、公司对我们高层技术人员有什么期望？\n要抓好落实，不断推进。\n"
        "2、想听听您对贸易形势的看法。\n要抓好落实，不断推进。\n"
        "3、我们有没有计划减轻这种担心？\n要抓好落实，不断推进。",
    ],
)
def check_heading_stop(ctx):
    """A full stop after (or, in a draft, inside) a heading standing on its own line."""
    if ctx.text.kind == "draft":
        yield from _draft_heading_stops(ctx)
        return
    for para in _wrong_end_stops(ctx):
        # the reader drops the 。 from the heading it shows, so the message quotes it:
        # "「（一）充分认识…重要性」 标题末尾不应有句号" left the head looking for a stop
        # that the flagged words did not show
        tail = para.text[-8:]
        yield ctx.finding(
            para,
            0,
            len(para.text),
            f"标题原文以“{'…' if len(para.text) > 8 else ''}{tail}。”结尾：单独成行的标题末尾不加句号，删去即可",
            kind="stop",  # seven headings of one text ending so are one habit, told once
        )


def _wrong_end_stops(ctx):
    """Stand-alone headings whose closing 。 is wrong: not a speech's 第一、…。 or 一是…。,
    not a dash-led 排比 line, not a heading written as a sentence, and not in a family (in
    the text, or under one parent) whose headings all end with 。 and some are sentences."""
    families: dict[str | None, list] = {}
    for para in ctx.paras:
        if not para.is_heading or para.run_in:
            continue
        m = match_marker(para.text)
        if para.marker and (m is None or m.family not in mk.RANK):
            continue  # 第一、…。/ 一是…。: speech headings are sentences and keep their stop
        if para.heading.startswith("——"):
            continue  # ——必须坚持…。: a dash-led line of a 排比 run is a sentence
        families.setdefault(m.family if m else None, []).append(para)
    siblings = _siblings(ctx)
    for heads in families.values():
        groups: dict[int | None, list] = {}
        for h in heads:
            groups.setdefault(h.parent, []).append(h)
        for para in heads:
            if not para.ends_with_stop or _is_sentence(para):
                continue
            if _question_turn(para, siblings[para.parent]):
                continue
            if _stop_style(heads) or _stop_style(groups[para.parent]):
                # The family (in the text, or under this parent) ends its headings with 。
                # as the text's style (政府工作报告 （一）…。 / 1、…，…。), so the short ones
                # keep the stop too. Flagged alone, two of five headings written alike
                # were wrong.
                continue
            yield para


def _siblings(ctx) -> dict[int | None, list]:
    """The stand-alone headings under each parent (None: the top), in text order."""
    out: dict[int | None, list] = {}
    for para in ctx.paras:
        if para.is_heading:
            out.setdefault(para.parent, []).append(para)
    return out


def _is_sentence(para) -> bool:
    """A heading of several clauses is a sentence; its stop is the style."""
    return is_sentence(para.heading)


def _stop_style(heads) -> bool:
    """The family's 。 is the text's style, not a slip (:func:`stop_is_style`, the judgement
    the outline view shares)."""
    return stop_is_style([(h.heading, h.ends_with_stop) for h in heads])
