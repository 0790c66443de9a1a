"""Cleaning's second step: the lines of a page or print that are not the text.

A site's banner and navigation, column names over the article, running headers repeated on
every printed page, a web page's related-links tail and a scraped summary that repeats the
text's beginning (line kinds: :mod:`drafter.corpus.boilerplate`). Each is dropped with its
reason into ``removed``, where metadata still reads a 来源 line or the summary's date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress, count, islice
from operator import attrgetter

from drafter.corpus.boilerplate import (
    SIZE_OPENERS,
    SIZE_WORDS,
    classify_line,
    is_banner,
    is_label_only,
    is_nav_bar,
    is_tail_marker,
    nav_steps,
)
from drafter.corpus.contents import CONTENTS_LABEL, contents_run
from drafter.corpus.dates import find_dates
from drafter.corpus.line_normalise import Line
from drafter.corpus.markers import match_marker
from drafter.corpus.masthead import MASTHEAD_TOP, masthead_line
from drafter.corpus.model import Block
from drafter.corpus.reflow import (
    DATE_FIRST,
    DATE_START,
    ends_sentence,
    genre_end,
)

_DIGITS = frozenset("0123456789")  # a contents entry ends in its page number
_SUMMARY_END = ("...", "…", "……", "。。。")
_LEAD_LABELS = (
    "导读：",
    "导读:",
    "摘要：",
    "摘要:",
    "内容摘要：",
    "核心提示：",
    "【导读】",
    "【摘要】",
)


def drop_clutter(
    lines: list[Line], removed: list[tuple[str, Block]], near_pages: set[str]
) -> list[Line]:
    """Drop clutter lines; the short lines standing next to a page number go into
    ``near_pages`` (candidates for a running header)."""
    out: list[Line] = []
    i = 0
    n = len(lines)
    in_size_switch = False
    parts = _part_numbers(lines)
    titles: list[str] = []  # title-like lines kept at the top, squashed
    title_firsts: set[str] = set()  # their first characters
    prose_seen = False  # a paragraph of the text read: no masthead below it
    while i < n:
        line = lines[i]
        text = line.block.text
        if i >= 30 and (len(text) > 90 or len(text) > 20 and text[-1] in "。！？；"):
            # past the top, a long line or a sentence: no rule below takes it (the checks
            # below would all say so; most lines of a long text are answered here)
            in_size_switch = text[0] in _SIZE_FIRST and text.startswith(SIZE_OPENERS)
            out.append(line)
            i += 1
            continue
        if text[-1] in _DIGITS:
            labelled = bool(out) and CONTENTS_LABEL.match(out[-1].block.text) is not None
            run = contents_run((x.block.text for x in islice(lines, i, None)), labelled)
            if run:
                # a contents list typed or exported as text, its 目录 label with it
                if labelled:
                    removed.append(("contents", out.pop().block))
                removed.extend(("contents", x.block) for x in lines[i : i + run])
                i += run
                continue
        if in_size_switch and text in SIZE_WORDS:
            removed.append(("boilerplate", line.block))
            i += 1
            continue
        in_size_switch = text[0] in _SIZE_FIRST and text.startswith(SIZE_OPENERS)
        label = is_label_only(text) if len(text) <= 8 else None
        if label and i + 1 < n and _is_label_value(label, lines[i + 1].block.text):
            # "来源：" then "四川日报": one removed line with the value, as a page shows it
            removed.append((label, Block(text + lines[i + 1].block.text)))
            i += 2
            continue
        # (asked once: read again below; its length first, no call for most lines)
        title_like = i < 30 and 6 <= len(text) <= 60 and _is_title_like(text)
        if title_like and any(x.block.text == text for x in out[-12:]):
            removed.append(("boilerplate", line.block))  # a page repeating its title
            i += 1
            continue
        repeated = (
            _repeats_title(lines, i, titles)
            # (a paragraph Word numbers is a heading sharing the title's words — 3、 and
            # 希望寄托在你们身上 under that title — not the title shown again)
            if titles and i < 30 and text[:1] in title_firsts and not line.block.numbering
            else 0
        )
        if repeated:
            # the page's title again at the top of its text, perhaps over two lines or
            # with a note mark ("…的报告*"): shown once
            removed.extend(("boilerplate", x.block) for x in lines[i : i + repeated])
            i += repeated
            continue
        if text in (">", "›", "»"):
            # a breadcrumb split over lines: 首页 / > / 政务信息 / > / 宁夏要闻
            removed.append(("boilerplate", line.block))
            if i + 1 < n and len(lines[i + 1].block.text) <= 12:
                removed.append(("boilerplate", lines[i + 1].block))
                i += 1
            i += 1
            continue
        if i < MASTHEAD_TOP and not prose_seen and masthead_line(text):
            # 份号 / 机密★1年 / 特急 / …文件 / 某政办〔2025〕12号 over the title, or a page's
            # hit counter: see masthead
            removed.append(("masthead", line.block))
            i += 1
            continue
        prose_seen = prose_seen or len(text) > 60
        reason = classify_line(text) or ("boilerplate" if i < 15 and is_banner(text) else None)
        if reason == "page-number" and line.block.heading_level is not None:
            reason = None  # "## 1": a part number the file marks as a heading
        if (
            reason is None
            and line.block.heading_level is None
            and i not in parts
            and text.isdigit()
            and len(text) <= 4
            and line.gap
            and i + 1 < n
            and lines[i + 1].gap
        ):
            reason = "page-number"  # a bare number standing between blank lines
        if reason is None and i in parts:
            # a part number: hinted as a heading, as "## 1" in Markdown (the outline takes
            # a bare arabic number in plain text for a page number otherwise)
            line = Line(Block(text, 2, line.block.numbering, line.block.kind), line.gap)
        if (
            reason == "boilerplate"
            and i < _BANNER_TOP
            and len(out) == 1
            and is_nav_bar(text)
            and _site_name_line(out[0])
        ):
            # the page's first line, right above its navigation: the site's name
            # ("某某县人民政府" over "网站首页 | 政务公开 | …"), not a line of the title
            removed.append(("boilerplate", out.pop().block))
        if reason == "timestamp" and i < _COLUMN_TOP and not prose_seen and _account_name(out):
            # "某某发布" over "2025-06-12 18:30": the account or paper posting the page,
            # left on a line of its own when its byline was copied (原创 / name / time)
            removed.append(("boilerplate", out.pop().block))
        if reason:
            removed.append((reason, line.block))
            if reason == "page-number":
                if out and len(out[-1].block.text) <= _RUNNING_MAX:
                    near_pages.add(out[-1].block.text)
                if i + 1 < n and len(lines[i + 1].block.text) <= _RUNNING_MAX:
                    near_pages.add(lines[i + 1].block.text)
            if reason == "page-number" and i + 1 < n:
                # a page break does not end a paragraph: the blank lines around it are layout
                nxt = lines[i + 1]
                lines[i + 1] = Line(nxt.block, False, True, nxt.indent)
            i += 1
            continue
        out.append(line)
        if i < 30 and (line.block.kind == "title" or title_like):
            titles.append(_TITLE_MARKS.sub("", text))  # for a page repeating its title
            title_firsts.add(titles[-1][:1])
        i += 1
    return out


_RUNNING_MAX = 40
_SIZE_FIRST = frozenset(w[0] for w in SIZE_OPENERS)  # (a quick answer for most lines)
_BANNER_TOP = 6  # lines: where a page's navigation follows the site's name


def _site_name_line(line: Line) -> bool:
    """Whether the page's first line can be a site's name: short, no punctuation, not the
    page's title (no <title> mark, no genre at its end, not opening as a title does)."""
    text = line.block.text
    return (
        len(text) <= 24
        and line.block.kind != "title"
        and line.block.heading_level is None
        and not _NAME_PUNCT.search(text)
        and not genre_end(text)
        and not text.startswith(("在", "关于", "《"))
    )


_NAME_PUNCT = re.compile(r"[，。；：！？、,;:!?“”《》]")

_COLUMN_TOP = 30  # lines: a page's column name stands over its article


def drop_column_names(lines: list[Line], removed: list[tuple[str, Block]]) -> list[Line]:
    """Drop a page's column name standing alone at the top ("领导之窗" over the article) when
    the page's breadcrumb or menu bar, taken out as clutter, names it as a column on the way
    to the article ("当前位置：首页 > 领导之窗 > 领导讲话"). A breadcrumb's last step is the page
    itself (perhaps the article's title), so it never counts."""
    columns: set[str] = set()
    for reason, block in removed:
        text = block.text.strip()
        if reason != "boilerplate" or len(text) > 90:
            continue
        steps = nav_steps(text)
        if len(steps) < 3 or steps[0] not in _HOME_STEPS:
            continue
        ends_page = not _MENU_BAR.search(text)  # a menu's every item is a column
        for step in steps[1 : -1 if ends_page else None]:
            if 2 <= len(step) <= 8 and step not in _NOT_COLUMN:
                columns.add(step)
    if not columns:
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i < _COLUMN_TOP and line.block.text.strip() in columns:
            removed.append(("boilerplate", line.block))
            continue
        out.append(line)
    return out


_HOME_STEPS = frozenset(("首页", "网站首页", "主页"))
_NOT_COLUMN = _HOME_STEPS | {"正文", "返回首页"}  # steps that are never a column
_MENU_BAR = re.compile(r"^\S{1,6}(?:\s*[|｜丨]\s*\S{1,8}){2,}$")


# an account's or a paper's name: four to twelve characters, no punctuation (a person's name
# of two or three, a speaker over his date line, stays)
_ACCOUNT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{4,12}$")


def _account_name(out: list[Line]) -> bool:
    """Whether the last line kept, under a first one, is a name standing alone above a
    posting time (see drop_clutter)."""
    return (
        len(out) >= 2
        and out[-1].block.kind != "title"
        and out[-1].block.heading_level is None
        and _ACCOUNT.match(out[-1].block.text) is not None
        and not find_dates(out[-1].block.text)
    )


_TEXT = attrgetter("block.text")
_TWO_AT_MOST = (2).__ge__


def _part_numbers(lines: list[Line]) -> set[int]:
    """Indices of bare numbers that number the parts of the text ("1", "2" … each alone on
    a line after a finished sentence), not its pages. Both run 1, 2, 3; a page break falls
    anywhere, mostly inside a sentence, while a part begins after one. So: at least two
    bare numbers, in order from 1 or 2, each after a line that ends a sentence."""
    # (the lines of two characters at most found in C, no Python step a line: a text has
    # few or none)
    short = compress(count(), map(_TWO_AT_MOST, map(len, map(_TEXT, lines))))
    found = [
        i
        for i in short
        if lines[i].block.text.isdecimal()  # (not isdigit: ① and ² are digits int() refuses)
        and lines[i].block.heading_level is None
    ]
    if len(found) < 2:
        return set()
    values = [int(lines[i].block.text) for i in found]
    steps = [b - a for a, b in zip(values, values[1:])]
    if values[0] > 2 or any(step not in (1, 2) for step in steps) or steps.count(2) > 1:
        return set()  # in order; one number may be missing (typed onto a paragraph)
    if any(i == 0 or not ends_sentence(lines[i - 1].block.text) for i in found):
        return set()
    return set(found)


def drop_running_headers(
    lines: list[Line], near_pages: set[str], removed: list[tuple[str, Block]]
) -> list[Line]:
    """Drop a printout's running header or footer ("青川市人民政府公报　2025年第4期"): a
    short line that stands next to a page number and comes back at least once more. A
    heading repeated under each part ("存在问题") never stands by a page number twice."""
    counts: dict[str, int] = {}
    for x in lines:
        if x.block.text in near_pages:
            counts[x.block.text] = counts.get(x.block.text, 0) + 1
    running = {
        t for t, c in counts.items() if c >= 2 and match_marker(t) is None and not ends_sentence(t)
    }
    if not running:
        return lines
    out: list[Line] = []
    carry = False  # a page break stood before a dropped line: it belongs to the next one
    for x in lines:
        if x.block.text in running:
            removed.append(("running-header", x.block))
            carry = carry or x.page_break
            continue
        if carry:
            x = Line(x.block, False, True, x.indent)
            carry = False
        out.append(x)
    return out


_TITLE_MARKS = re.compile(r"[\s\u3000*＊]+|\[\d+\]")


def _repeats_title(lines: list[Line], i: int, titles: list[str]) -> int:
    """How many lines from ``i`` (one to three) repeat, joined, a title line kept above
    them (a Word/page title or a title-like line, squashed in ``titles``); 0 when they do
    not."""
    joined = ""
    for k in range(i, min(i + 3, len(lines))):
        joined += _TITLE_MARKS.sub("", lines[k].block.text)
        if len(joined) < 4:
            continue
        if joined in titles[-12:]:
            return k - i + 1
        if not any(t.startswith(joined) for t in titles[-12:]):
            return 0
    return 0


def _is_title_like(text: str) -> bool:
    """A title or date line, which a web page may show twice at its top."""
    return 6 <= len(text) <= 60 and bool(
        genre_end(text)
        # (DATE_START tried only where its match can start: most lines are answered here)
        or (text[0] in DATE_FIRST or text[0].isspace())
        and DATE_START.match(text)
    )


def _is_label_value(label: str, value: str) -> bool:
    """Whether ``value`` is the value of a label standing alone on the line before."""
    if len(value) > 24 or classify_line(value) or value.startswith(SIZE_OPENERS):
        return False
    if label == "source":
        return not any(ch in value for ch in "。，；！？")
    return value[:1].isdigit()


def drop_tail(lines: list[Line], removed: list[tuple[str, Block]]) -> list[Line]:
    """Cut a web page's tail ("相关报道：" and the links after it) in the last part."""
    seen = list(accumulate([len(x.block.text) for x in lines]))  # characters up to each line
    total = seen[-1] if seen else 0
    # (from the first line past half of the text's characters: the tail is looked for there)
    for i in range(bisect_right(seen, total * 0.5), len(lines)):
        text = lines[i].block.text
        if len(text) <= 12 and is_tail_marker(text):  # (its length first: no call for most)
            removed.extend(("boilerplate", x.block) for x in lines[i:])
            return lines[:i]
    return lines


def drop_summary(lines: list[Line], removed: list[tuple[str, Block]]) -> list[Line]:
    """Drop a scraped summary line: a long first line ending in "..." whose text is repeated
    by the lines after it (title, speaker, the first paragraph run together)."""
    for i in range(min(3, len(lines))):
        text = lines[i].block.text
        if i == 0 and text.startswith(_LEAD_LABELS) and len(text) >= 12:
            # (under the title the same label opens an editor's note: see apparatus.py)
            # a site's lead-in above the document ("导读：近日，…以下为讲话全文。")
            removed.append(("summary", lines[i].block))
            return lines[:i] + lines[i + 1 :]
        if len(text) < 30 or not text.endswith(_SUMMARY_END):
            continue
        body = "".join(x.block.text for x in lines[i + 1 : i + 40])
        core = text.rstrip(".…。")
        grams = [core[j : j + 6] for j in range(0, max(1, len(core) - 6), 3)]
        hits = sum(1 for g in grams if g in body)
        if grams and hits >= 0.6 * len(grams):
            removed.append(("summary", lines[i].block))
            return lines[:i] + lines[i + 1 :]
    return lines
