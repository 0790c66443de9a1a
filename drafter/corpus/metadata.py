"""Metadata from the header zone of a document: title, speaker, date, occasion, genre.

A speech or report opens with a short header: a title (one to three lines, perhaps a
主题句 with a "——在…上的讲话" subtitle), the speaker's post and name, a date line, then
the salutation (同志们：) or the first paragraph. Only that zone (the first
``HEADER_SCAN`` blocks) and the boilerplate cleaning removed are read, so the cost does
not grow with the document. Whatever the header does not say stays ``None``: a wrong
date or speaker in the library is worse than a blank one.

Where things live: this module scans the header zone and reads the page's info lines
(source, time) and what cleaning removed; which line is the title, the subtitle, the speaker
or the date is :mod:`drafter.corpus.header_lines`' decision, the title's joining and tidying
:mod:`drafter.corpus.header_title`'s; the dates of the body when the header has none (a date line
above the salutation, a signature's date) are :mod:`drafter.corpus.body_dates`'; what the lines say is read with :mod:`drafter.corpus.genre_occasion`
(genre, occasion, level), :mod:`drafter.corpus.header_speaker` (names and posts) and
:mod:`drafter.corpus.page_chrome` (a web page's banner, info bar and headline), each line
compared as :mod:`drafter.corpus.header_text` normalises it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from drafter.corpus.body_dates import body_date
from drafter.corpus.dates import find_dates, has_time_of_day
from drafter.corpus.genre_occasion import (
    genre_of,
    level_of,
    minutes_occasion,
    occasion_of,
    opening_genre,
    opening_level,
    opening_occasion,
)
from drafter.corpus.header_lines import (
    DOC_NUMBER,
    SENTENCE_END,
    SUBTITLE,
    Header,
    add_header_speakers,
    is_date_line,
    question_title,
    read_line,
    subtitled_title,
)
from drafter.corpus.header_speaker import (
    TITLE_SPEAKER,
    is_name,
    join_speakers,
    name_before_zai,
    speakers_before_zai,
)
from drafter.corpus.header_text import SALUTATION, SALUTATION_LAST, norm_line, squeeze
from drafter.corpus.header_title import join_title, tidy_title
from drafter.corpus.issuer_line import OCCASION_TITLE, issuer_over_title
from drafter.corpus.model import Block, Metadata
from drafter.corpus.page_chrome import (
    BOILERPLATE,
    BREADCRUMB,
    CAPTION,
    COLUMN_NAME,
    COMMENT,
    CRUMB_LINE,
    INFO_LINE_MAX,
    INFO_TAIL,
    SITE_BANNER,
    SOURCE,
    TEMPLATE_SITE,
    WEB_CONTROL,
    info_bar,
    source_value,
    titled_site,
    without_chrome,
    without_column,
)
from drafter.corpus.print_lines import paper_line
from drafter.corpus.reflow import genre_end
from drafter.corpus.signers import signers

HEADER_SCAN = 15  # blocks; a header is never longer, and reading more costs speed


@dataclass
class MetadataResult:
    """The metadata read, the body blocks after the header zone, and any warnings."""

    metadata: Metadata
    body: list[Block]  # the blocks after the header zone
    warnings: list[str] = field(default_factory=list)
    # a page's info lines as written (来源：天津日报, 时间：2026-02-03): where and when the
    # text was published, kept with the document as its source line (see the pipeline)
    page_info: list[str] = field(default_factory=list)


def _is_summary(reason: str, text: str) -> bool:
    if "summary" in reason.lower() or "摘要" in reason:
        return True
    return len(text) > 40 and text.rstrip().endswith(("...", "…"))


# a journal's issue line over a report it prints ("《青川政协》2025年第4期（总第86期）"): where
# the text was published, its source line, never a line of its title
_ISSUE_LINE = re.compile(
    r"^[（(]?《[^《》]{2,24}》\s*(?:[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*)?"
    r"第\s*[\d一二三四五六七八九十]{1,3}\s*期\s*[）)]?(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?"
    r"[）)]?$"
)


# the issuing office's mark heading an official document's 版头 (GB/T 9704 发文机关标志:
# 中共溪口镇委员会文件, 国务院办公厅文件), over the 文号 line: who issued it, not its title
_ISSUER_MARK = re.compile(
    r"^(?!关于)[\u4e00-\u9fff（）()]{1,28}"
    r"(?:委员会|政府|办公厅|办公室|中央|党组|党委|党工委|委|部|局|厅|院|署|会)\s*文\s*件$"
)


def _issuer_over_title(text: str, below: list[Block]) -> bool:
    """Whether ``text`` is an issuing office's name standing alone over a speech's own title
    (在…上的讲话): the office that issued it, not the title's first line. Over any other
    line it is kept, as 某某县委员会 / 关于…的决定 is one title broken in two."""
    nxt = next((norm_line(b.text) for b in below if b.text.strip()), "")
    return issuer_over_title(text, squeeze(nxt))


def _read_boilerplate(text: str, header: Header) -> bool:
    """Consume a web boilerplate line, keeping its source or date. True if it was one."""
    if (text[0] in "《（(" and "期" in text and _ISSUE_LINE.match(text)) or (
        "年" in text and "日" in text and paper_line(text)
    ):
        header.source = header.source or text
        if text not in header.info:
            header.info.append(text)
        return True
    if header.expect_source:
        header.expect_source = False
        if len(text) <= 20 and not BOILERPLATE.match(text) and not find_dates(text):
            header.source = header.source or text
            return True
    if (
        WEB_CONTROL.match(text)
        or CAPTION.search(text)
        or CRUMB_LINE.search(text)
        or COMMENT.match(text)
        or DOC_NUMBER.fullmatch(text)
        or (not header.title_parts and len(text) <= 34 and _ISSUER_MARK.match(text))
        or (not header.title_parts and SITE_BANNER.match(text) and not titled_site(text))
        or (len(text) <= 10 and COLUMN_NAME.match(text))
    ):
        return True
    if not BOILERPLATE.match(text):
        if has_time_of_day(text) and find_dates(text) and (len(text) <= 30 or info_bar(text)):
            _keep_info(header, text, find_dates(text)[0].iso, source_value(text))
            return True
        return False
    source = source_value(text)
    if not source and SOURCE.search(text):
        header.expect_source = True
    dates = find_dates(text)
    _keep_info(header, text, dates[0].iso if dates else None, source)
    return True


# a record's own field under its title ("时间：2026年3月2日上午9:00地点：…", "日期：2026年1月30日"):
# when the meeting was held or the text dated, written as a reader writes a day; a site's
# info line (发布时间：…, 时间：2026-02-09 beside 来源：, a bare time stamp) says when the page
# was posted, which is not the text's date
_FIELD_DATE = re.compile(
    r"^(?:会议)?(?:时间|日期)\s*[：:]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
)


def _keep_info(header: Header, text: str, published: str | None, source: str | None) -> None:
    """Take a page's info line's date and source where none was read yet, and keep the
    line as written when it gave one of them (the document's source line). A record's
    时间： field is kept apart as the fallback for the text's own date (:data:`_FIELD_DATE`)."""
    gave = False
    if (
        published
        and header.held is None
        and _FIELD_DATE.match(text)
        and not source
        and not info_bar(text)
    ):
        header.held = published
    if len(text) <= 60 and TEMPLATE_SITE.search(text):
        header.template = True  # the byline of a 范文 site's copy: its time is no date
    if source and header.source is None:
        header.source, gave = source, True
    if published and header.published is None:
        header.published, gave = published, True
    text = without_chrome(text)
    if gave and len(text) <= INFO_LINE_MAX and text not in header.info:
        # one line can give the date and then the source (two passes over it): kept once,
        # or the source line read “发布时间：… 来源：…” twice over
        header.info.append(text)


_RESTATED_WITHIN = 4  # lines between a page's headline and the text's own title
_FURNITURE_MAX = 12  # characters: a label or an account's name, not a line of the text
_POSTED_MAX = 60  # characters: a line that dates the page (its time, its info bar)
# a news report's lead that hands over to the text it prints ("3月28日，…出席会议并讲话。讲话
# 全文如下："): the report's words, as its headline is, never the text's
_LEAD_IN = re.compile(r"(?:如下|全文)\s*[：:]$")


def _restates(line: str, own: str) -> bool:
    """Whether ``line`` is the text's own title that the headline ``own`` (its column's and
    speaker's labels off) gives: the same, or the same title with its issuer named in full
    where the headline shortened it ("政协青峪县委员会2026年上半年工作情况报告" under
    "县政协2026年上半年工作情况报告"): the end they share holds most of the headline."""
    if line == own:
        return True
    if SENTENCE_END.search(line) or len(line) > 2 * len(own):
        return False
    shared = len(os.path.commonprefix([line[::-1], own[::-1]]))
    return shared >= 6 and shared * 3 >= len(own) * 2


# a subtitle that makes the line over it a title says what the text is (——在…上的讲话, ——…的
# 实践与探索, ——访…), in more characters than an epigraph's author (——习近平)
_TITLE_SUBTITLE_MIN = 6
# the indent a text's paragraphs open with, at most (characters: 　　 or four spaces); a line
# centred with spaces is set in further
_PARAGRAPH_INDENT = 4


def _indented_under_flush_title(
    top: list[Block], i: int, title_indent: int | None, text: str
) -> bool:
    """Whether the line ``i`` under a title typed flush opens the body: indented as the
    body's paragraphs are (the line after it, a sentence, is indented the same), where the
    title was not, so it is the text's first heading (对…的一点看法 / 　　中国农话的现状及发展
    趋势 / 　　中国是一个农业大国，…。), not the title's second line. A writer sets a title's
    lines alike; a subtitle, a date or a speaker's line (a bracket, a dash, a genre word
    last as in 在…上的讲话, a space inside) is not read here."""
    indent = top[i].indent
    if title_indent != 0 or not 0 < indent <= _PARAGRAPH_INDENT:
        return False
    if (
        text[:1] in "（(《"
        or SUBTITLE.match(text)
        or genre_end(text)
        or " " in text
        or "\u3000" in text
        or is_date_line(text)
    ):
        return False
    below = next((b for b in top[i + 1 :] if b.text.strip()), None)
    if below is None or below.indent != indent:
        return False
    after = norm_line(below.text)
    return len(after) > len(text) and SENTENCE_END.search(after) is not None


# a title that names the occasion and the genre itself: 在…大会上的讲话 (致辞, 发言 …)


def _heads_its_own_block(text: str, below: str | None) -> bool:
    """Whether ``text`` is the text's own title line opening its own title block on a page:
    a line that reads as a title with a ``——`` subtitle right under it, or a 在…上的讲话 title
    over the speaker's name or the date (a news page that prints a speech in full under its
    own headline, modern_blind10 w10: the speech's title is the text's, the headline the
    report's)."""
    squeezed = squeeze(text)
    if (
        below is not None
        and OCCASION_TITLE.match(squeezed)
        and (is_name(squeeze(below)) or is_date_line(below))
    ):
        return True
    if below is None or not SUBTITLE.match(below) or SUBTITLE.match(text):
        return False
    sub = squeeze(SUBTITLE.sub("", below))
    if len(sub) < _TITLE_SUBTITLE_MIN or len(below) > 80 or is_name(sub):
        return False
    return (
        _TITLE_SUBTITLE_MIN <= len(squeezed) <= 40
        and not SENTENCE_END.search(squeezed)
        and not BOILERPLATE.match(squeezed)
        and not find_dates(squeezed)
    )


def _restated_headline(top: list[Block], page: bool = False) -> tuple[set[int], set[int]]:
    """The page's headline "组工讲堂｜当好…" ("青峪讲堂｜顾长风：当好…": a speaker's label after
    the column's) and the short lines under it (an article's 原创 mark, its account's name)
    when the text's own title "当好…" follows them, and apart the lines between that date
    the page (WeChat's "2026-05-06", a 发布时间 bar): the headline is the column's, the short
    lines the platform's, the dates when the page was posted, and the header is read from
    the title on (a WeChat article saved from the browser, a news page). On a saved web page
    (``page``) the same holds for any headline when the text opens with a title block of
    its own (its title and a ``——`` subtitle: "柳塘乡：坚持…" over "坚持…" / "——…的实践与
    探索"): the site wrote the headline, the author the block, and the author's title wins.
    Empty sets when no headline gives way so."""
    # (the first line with text is asked first: only a page's <title> starts it, and no
    # plain text file has one, so most texts are answered before any other line is read)
    if next((b.kind for b in top if norm_line(b.text)), None) != "title":
        return set(), set()
    lines = [(i, t) for i, b in enumerate(top) if (t := norm_line(b.text))]
    first, headline = lines[0]
    own = squeeze(without_column(headline))
    column = own != squeeze(headline) and len(own) >= 6
    if not column and not page:
        return set(), set()
    furniture, posted = {first}, set()
    for k in range(1, min(len(lines), _RESTATED_WITHIN + 2)):
        j, text = lines[k]
        if column and _restates(squeeze(text), own):
            return furniture, posted
        if page and _heads_its_own_block(text, lines[k + 1][1] if k + 1 < len(lines) else None):
            return furniture, posted
        if find_dates(text) and (len(text) <= _POSTED_MAX or info_bar(text)):
            posted.add(j)  # when the page was posted: its date, never the text's
        elif len(squeeze(text)) <= _FURNITURE_MAX or (page and _LEAD_IN.search(text)):
            furniture.add(j)
        else:
            break
    return set(), set()


def extract_metadata(
    blocks: list[Block],
    removed: list[tuple[str, Block]] | None = None,
    *,
    page: bool = False,
    info_under: str | None = None,
) -> MetadataResult:
    """Read the header zone at the top of ``blocks`` and return the body after it.

    ``removed`` is what cleaning took out as (reason, block); its 来源 lines give the
    source, a record's 时间 field a fallback date, and a scraped summary line a date to
    check the document's own date against. ``page`` says the blocks are a saved web page's,
    whose first title line is the site's headline (see :func:`_restated_headline`).
    ``info_under`` is the line cleaning found a page's removed info lines right under
    (:func:`drafter.corpus.clean.info_under`): a title line ends there.
    """
    header = Header()
    warnings: list[str] = []
    end = 0
    top = blocks[: HEADER_SCAN * 3]
    tops = [block.text.strip() for block in top]
    # (most headers hold no breadcrumb arrow standing alone: one look in C says so)
    crumbs = (
        set()
        if BREADCRUMB.isdisjoint(tops)
        else {j for i, t in enumerate(tops) if t in BREADCRUMB for j in (i - 1, i, i + 1)}
    )
    furniture, posted = _restated_headline(top, page)
    crumbs |= furniture
    seen = 0
    title_indent = None  # the indent of the title's first line (a text file's)
    for i, block in enumerate(top):
        text = norm_line(block.text)
        if not text or i in crumbs:
            end = i + 1
            continue
        if i in posted:  # the page's posting date between its headline and the title
            _keep_info(header, text, find_dates(text)[0].iso, source_value(text))
            end = i + 1
            continue
        if (
            block.heading_level is not None
            and block.kind != "title"
            and header.title_parts
            and not (SUBTITLE.match(text) or is_date_line(text))
        ):
            break  # a Markdown/Word heading after the title starts the body
        if block.numbering and header.title_parts and block.kind != "title":
            break  # a paragraph Word numbers ("第一章" in its list numbering): a heading
        # (a salutation ends in its mark, the text being stripped; an info bar run onto the
        # title holds a space and a colon: tried only where they stand)
        if text[-1] in SALUTATION_LAST and SALUTATION.match(text):
            break
        if _read_boilerplate(text, header) or (
            not header.title_parts and _issuer_over_title(text, top[i + 1 : i + 3])
        ):
            end = i + 1
            continue
        m = (
            INFO_TAIL.search(text)
            if (" " in text or "\u3000" in text) and ("：" in text or ":" in text)
            else None
        )
        if (
            m
            and not SENTENCE_END.search(text[: m.start()])
            and _read_boilerplate(text[m.start() :].strip(), header)
        ):
            # "在…上的讲话　来源：县政府办　2025-10-09": the page's info bar run onto the title
            text = text[: m.start()].strip()
            block = Block(text, block.heading_level, block.numbering, block.kind)
        if block.kind == "table" and "\t" in block.text.strip():
            break  # a row of cells (工作目标 | 造林五万亩): the body laid out in a table, no title
        seen += 1
        bar_under = bool(info_under) and text.endswith(norm_line(info_under))
        if (
            not header.title_parts
            and seen == 1
            and (
                question_title(text, top[i + 1 : i + 3], bar_under)
                or subtitled_title(text, top[i + 1 : i + 3])
            )
        ):
            block = Block(block.text, block.heading_level, block.numbering, "title")
        if header.info_closed:
            below = next((norm_line(b.text) for b in top[i + 1 : i + 3] if b.text.strip()), "")
            header.group_below = bool(below) and (
                bool(SUBTITLE.match(below)) or is_date_line(below)
            )
        if header.title_parts and _indented_under_flush_title(top, i, title_indent, text):
            break
        had_title = bool(header.title_parts)
        if seen > HEADER_SCAN or not read_line(text, block, header):
            break
        if not had_title and header.title_parts:
            title_indent = block.indent
        header.info_closed = header.info_closed or bar_under and bool(header.title_parts)
        end = i + 1

    # the salutation and everything after it is body; with no header at all only the
    # clutter above the body is dropped
    body = blocks[end:]
    title = join_title(header.title_parts) if header.title_parts else None
    if title:
        title, dated = tidy_title(title)
        header.date = header.date or dated

    # boilerplate that cleaning already removed
    summary_dates: list[str] = []
    for reason, block in removed or []:
        text = norm_line(block.text)
        source = source_value(text)
        if source and header.source is None:
            _keep_info(header, text, None, source)
        if len(text) <= 60 and TEMPLATE_SITE.search(text):
            header.template = True
        if _is_summary(reason, text):
            dates = find_dates(text)
            if dates:
                summary_dates.append(dates[0].iso)
        elif reason == "timestamp" or BOILERPLATE.match(text) or has_time_of_day(text):
            dates = find_dates(text)
            if dates and header.published is None:
                _keep_info(header, text, dates[0].iso, None)
    if header.source is None and removed:
        # "来源：" on one line and the paper's name on the next
        for (_, a), (_, b) in zip(removed, removed[1:]):
            if SOURCE.search(norm_line(a.text)) and not source_value(norm_line(a.text)):
                name = norm_line(b.text)
                if name and len(name) <= 20 and not BOILERPLATE.match(name):
                    header.source = name
                    break

    date = header.date
    if date:
        for other in summary_dates:
            if len(other) == len(date) and other != date:
                warnings.append(
                    f"date conflict: the document's date line says {date}, "
                    f"the scraped summary says {other}; kept {date}"
                )
                break
    else:
        # a record's 时间： field dates it, never a 范文 site's model text (written for no
        # day, offered any day); when the site posted a page is not the text's date (the
        # date convention, tests/gold/README.md): it stays in the source line
        date = body_date(body) or (None if header.template else header.held)

    subtitle = header.subtitle
    for text in (subtitle, title):
        pairs = speakers_before_zai(text) if header.speaker is None else None
        if pairs:  # "——县委书记张三、县长李四在…上的讲话": both, each with a post
            add_header_speakers(header, pairs)
    for text in (title, subtitle):
        squeezed = squeeze(text) if text and header.speaker is None else ""
        # (a post, a name, 在… and 上的: the pattern is tried only on a line holding 上的)
        m = TITLE_SPEAKER.match(squeezed) if "上的" in squeezed else None
        if m:  # "县长张宏伟在全县…会议上的讲话", "——区委书记张振宇在…上的讲话"
            header.post = header.post or m.group(1)
            header.speaker = m.group(2)
    if header.speaker is None:
        for text in (subtitle, title):
            name = name_before_zai(text)
            if name:  # "——任正非在市场部…仪式上的讲话": the speaker without a post
                header.speaker = name
                break
    if header.speaker is None and header.post is None:
        signed = signers([block.text for block in body[-4:]])
        if signed:  # an order signed "…军事委员会主席　毛泽东" / "…总司令　朱　德"
            header.post, header.speaker = join_speakers(signed) if len(signed) > 1 else signed[0]
    occasion = header.occasion or occasion_of(subtitle) or occasion_of(title)
    occasion = occasion or minutes_occasion(subtitle) or minutes_occasion(title)
    if occasion is None and title is None:
        occasion = opening_occasion(body)
    genre = genre_of(title) or genre_of(subtitle)
    if genre is None and title is None:
        genre = opening_genre(body)
    metadata = Metadata(
        title=title,
        subtitle=subtitle,
        speaker=header.speaker,
        post=header.post,
        date=date,
        occasion=occasion,
        genre=genre,
        # (a report that names no meeting still says whom it speaks for: 我代表国务院)
        level=level_of(occasion, title, subtitle) or opening_level(body),
        source=header.source,
    )
    return MetadataResult(metadata, body, warnings, header.info)
