"""Metadata from the header zone of a document: title, speaker, date, occasion, genre.

A speech or report opens with a short header: a title (one to three lines, perhaps a
主题句 with a "——在…上的讲话" subtitle), the speaker's post and name, a date line, then
the salutation (同志们：) or the first paragraph. Only that zone (the first
``HEADER_SCAN`` blocks) and the boilerplate cleaning removed are read, so the cost does
not grow with the document. Whatever the header does not say stays ``None``: a wrong
date or speaker in the library is worse than a blank one.

Where things live: this module reads the header line by line (which line is the title, the
subtitle, the speaker, the date); the dates of the body when the header has none (a date line
above the salutation, a signature's date) are :mod:`drafter.corpus.body_dates`'; what the lines say is read with :mod:`drafter.corpus.genre_occasion`
(genre, occasion, level), :mod:`drafter.corpus.header_speaker` (names and posts) and
:mod:`drafter.corpus.page_chrome` (a web page's banner, info bar and headline), each line
compared as :mod:`drafter.corpus.header_text` normalises it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.body_dates import body_date
from drafter.corpus.dates import find_dates, has_time_of_day, range_start
from drafter.corpus.documents import DOCUMENT_END
from drafter.corpus.genre_occasion import (
    GENRE_END,
    genre_of,
    level_of,
    minutes_occasion,
    occasion_of,
    opening_genre,
    opening_occasion,
)
from drafter.corpus.header_speaker import (
    AUTHOR_ORG,
    COMRADE_SPEECH,
    LOCAL_OFFICE,
    POST_END,
    POST_NAME,
    ROLE_NAME,
    TITLE_SPEAKER,
    UNIT_NAME,
    add_speakers,
    clean_name,
    is_name,
    join_speakers,
    name_before_zai,
    posts_and_names,
    several_names,
    speakers_before_zai,
)
from drafter.corpus.header_text import SALUTATION, SALUTATION_LAST, SPACES, norm_line, squeeze
from drafter.corpus.model import Block, Metadata
from drafter.corpus.page_chrome import (
    BANNER_PREFIX,
    BOILERPLATE,
    BREADCRUMB,
    CAPTION,
    COLUMN_NAME,
    COLUMN_TAG,
    COMMENT,
    CRUMB_LINE,
    DATE_SUFFIX,
    INFO_LINE_MAX,
    INFO_TAIL,
    PIECE_LABEL,
    SAID_HEADLINE,
    SITE_BANNER,
    SITE_SUFFIX,
    SOURCE,
    TEMPLATE_HEADLINE,
    TEMPLATE_SITE,
    WEB_CONTROL,
    info_bar,
    own_title,
    page_headline,
    source_value,
    titled_site,
    without_chrome,
)
from drafter.corpus.signers import signers

HEADER_SCAN = 15  # blocks; a header is never longer, and reading more costs speed

_BODY_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]"
    r"|第[一二三四五六七八九十]+(?:[，、：:]|句话|部分|章|条)|[一二三四五六七八九十]是"
    r"|首先|其次|再次|最后"
    # a part number or a named part standing alone opens the body (一 / 一　引言 / 引　言 /
    # 序言一, the first of two prefaces)
    r"|[一二三四五六七八九十]{1,3}(?:[ \u3000]+\S|$)"
    r"|(?:引|导|前|序|绪)[ \u3000]*言[ \u3000]*[一二三四五六七八九十]{0,2}$)"
)
# 发文字号 such as "国办发〔2024〕3号" or "劳社部发[2008]3号"
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,4}号$")
_BRACKET_SUBTITLE = re.compile(
    r"^[（(].{0,24}?在.{2,60}上的(?:重要|总结|主旨|动员)?(?:讲话|致辞|报告|发言|主持词|讲话提纲)[）)]$"
)
# a run of dashes of any kind ("――" of two U+2015, "---"): one was cut, and the
# subtitle kept the rest ("―任正非在…")
_SUBTITLE = re.compile(r"^(?:——|--|－－|—|―|─|-)+\s*")
_SUBTITLE_CLOSE = re.compile(r"(?:上|讲话|致辞|报告|发言|主持词|提纲|会议|大会|[）)])$")
_TALK_END = r"(?:上|讲话|致辞|报告|发言|主持词|提纲)"  # where a subtitle's talk ends
_SUBTITLE_TAIL = re.compile(_TALK_END + r"[\s\u3000]+(\S.{0,40})$")
# the speakers in brackets right after the talk: "在…上的讲话（张三、李四）"
_SUBTITLE_BRACKET_TAIL = re.compile(_TALK_END + r"[\s\u3000]*([（(][^（()）]{2,40}[）)])$")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# a note on a line of its own under the title: how the text was made or published
_HEADER_NOTE = re.compile(
    r"^[（(][^（()）]{0,16}(?:整理|节选|摘编|删节|审阅|审定|记录|公开发布|发表)[^（()）]{0,8}[）)]$"
)
_TITLE_CONTINUATION = re.compile(r"^(?:上的|的|上|开班|开幕|闭幕|讲话|报告|致辞|发言|告$)")
# a title line left open: "在全区…会议" + "上的讲话"; 上 only after 在 ("人民至上" is whole)
_TITLE_OPEN_END = re.compile(r"(?:在|关于|的|和|与|及|暨|对|中|进一步|加强|推进|做好)$|^在.*上$")


@dataclass
class MetadataResult:
    """The metadata read, the body blocks after the header zone, and any warnings."""

    metadata: Metadata
    body: list[Block]  # the blocks after the header zone
    warnings: list[str] = field(default_factory=list)
    # a page's info lines as written (来源：天津日报, 时间：2026-02-03): where and when the
    # text was published, kept with the document as its source line (see the pipeline)
    page_info: list[str] = field(default_factory=list)


_DOC_NUMBER_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{0,12}[【〔\[［(（]\d{4}[】〕\]］)）]\s*\d{1,4}\s*号$"
)


def _is_date_line(text: str) -> bool:
    """A line that is a date: alone or in brackets, followed by 在…上 (the occasion), or
    opening an adoption note ("2022年6月24日 …常务委员会第五次会议通过")."""
    dates = find_dates(text)
    if not dates:
        return False
    if range_start(text):
        return True  # "（一九五一年十一月――一九五二年三月）": a range under a collection's title
    rest = (text[: dates[0].start] + text[dates[0].end :]).strip(" \u3000（()）—-－―")
    # "2025年3月1日在…会议上" is a date line; "在2013年11月29日…会议上的讲话" a title
    opens = text[: dates[0].start].strip(" \u3000（(—-－―")
    if not rest or rest.startswith(("在", "于")) and not opens:
        return True
    if _DOC_NUMBER_LEAD.match(opens) and not text[dates[0].end :].strip(" \u3000）)"):
        return True  # "电邮讲话【2015】053号  2015年3月10日": the document's number and date
    if _HEADER_NOTE.match(f"（{rest.lstrip('，, ')}）"):
        return True  # "（2025年1月20日，根据录音整理）"
    lead = text[: dates[0].start].strip(" \u3000（(—-－―")
    return not lead and dates[0].iso.count("-") == 2 and len(text) <= 120 and "。" not in text


def _is_summary(reason: str, text: str) -> bool:
    if "summary" in reason.lower() or "摘要" in reason:
        return True
    return len(text) > 40 and text.rstrip().endswith(("...", "…"))


def _join_title(parts: list[str]) -> str:
    """Join title lines: a broken phrase ("…会议" + "上的讲话") directly, two complete
    slogans ("决胜全面建成小康社会" + "夺取…胜利") with a space as print does."""
    title = parts[0]
    for part in parts[1:]:
        direct = (
            len(part) < 4
            or len(title) < 4
            or _TITLE_CONTINUATION.match(part)
            or _TITLE_OPEN_END.search(title)
            or title.startswith(("在", "关于"))
            or _open_guanyu(title)
            or GENRE_END.search(part) is not None
        )
        title = title + part if direct else f"{title} {part}"
    return title


def _open_guanyu(title: str) -> bool:
    """A 关于 phrase not yet closed by its 的 ("中共发言人关于命令…重新逮捕" + "…的谈话"):
    the line was broken inside one phrase, not between two slogans."""
    at = title.find("关于")
    return at >= 0 and "的" not in title[at:]


def _strip_doc_number(title: str) -> str:
    """ "…的通知劳社部发[2008]3号" -> "…的通知": cut where the genre word ends."""
    m = _DOC_NUMBER.search(title)
    if not m or m.start() == 0:
        return title
    bracket = m.start() + re.search(r"[〔\[［(（]", m.group(0)).start()
    for cut in range(bracket - 1, max(bracket - 11, 0), -1):
        if GENRE_END.search(title[:cut]):
            return title[:cut]
    return title


@dataclass
class _Header:
    title_parts: list[str] = field(default_factory=list)
    title_closed: bool = False  # something other than a title line came after it
    subtitle: str | None = None
    speaker: str | None = None
    post: str | None = None
    date: str | None = None
    occasion: str | None = None
    source: str | None = None
    published: str | None = None  # 时间：/发表时间： lines (fallback only)
    info: list[str] = field(default_factory=list)  # the lines source and published came from
    expect_source: bool = False
    subtitle_open: bool = False  # the subtitle line broke off mid-phrase
    styled_title: bool = False  # the title came from a block the file marks as its title
    template: bool = False  # a 范文 site's copy: its page time is not the text's date


def _add_speakers(header: _Header, pairs: list[tuple[str, str]]) -> None:
    """``pairs`` (post, name) as the header's speakers, after any a line above gave
    (:func:`~drafter.corpus.header_speaker.add_speakers`)."""
    header.post, header.speaker = add_speakers(header.post, header.speaker, pairs)


def _post_and_name(header: _Header, post: str, name: str) -> None:
    """One post-and-name line: the speaker, or one more when a line above named one with a
    post (several speakers signed one under the other: the second line overwrote the first)."""
    post, name = SPACES.sub(" ", post).strip(), clean_name(name)
    if header.speaker and header.post:
        _add_speakers(header, [(post, name)])
    else:
        header.post, header.speaker = post, name


def _looks_like_title(text: str, block: Block) -> bool:
    if block.kind == "title" or block.heading_level == 1:
        return True
    if len(text) > 60 or _SENTENCE_END.search(text) or _BODY_MARKER.match(text):
        return False
    if text.endswith(("：", ":", "，", ",")) or (
        _FIELD_LINE.match(text) and not SAID_HEADLINE.match(squeeze(text))
    ):
        return False  # "地点：县委会议室" is a field of a notice, not a title line
    return not ("，" in text and len(text) > 40)


_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]\S")


# a journal's issue line over a report it prints ("《青川政协》2025年第4期（总第86期）"): where
# the text was published, its source line, never a line of its title
_ISSUE_LINE = re.compile(
    r"^[（(]?《[^《》]{2,24}》\s*(?:[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*)?"
    r"第\s*[\d一二三四五六七八九十]{1,3}\s*期\s*[）)]?(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?"
    r"[）)]?$"
)


def _read_boilerplate(text: str, header: _Header) -> bool:
    """Consume a web boilerplate line, keeping its source or date. True if it was one."""
    if text[0] in "《（(" and "期" in text and _ISSUE_LINE.match(text):
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
        or _DOC_NUMBER.fullmatch(text)
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


def _keep_info(header: _Header, text: str, published: str | None, source: str | None) -> None:
    """Take a page's info line's date and source where none was read yet, and keep the
    line as written when it gave one of them (the document's source line)."""
    gave = False
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


def _take_speaker_tail(sub: str, header: _Header) -> str:
    """Split "——在…上的讲话 李强" or "…会议上 陕西省省长 赵刚" into the subtitle and the
    speaker (and post) written after it; "…上的讲话 张三 李四" and "…上的讲话（张三、李四）"
    name several speakers (:func:`~drafter.corpus.header_speaker.several_names`)."""
    m = _SUBTITLE_TAIL.search(sub) or _SUBTITLE_BRACKET_TAIL.search(sub)
    if not m:
        return sub
    tail = m.group(1).strip()
    post_name = POST_NAME.match(tail)
    names = several_names(tail)
    pairs = posts_and_names(tail)
    if pairs:  # "…上的讲话 县委书记 张三 县长 李四"
        if header.speaker is None:
            _add_speakers(header, pairs)
    elif names:
        header.speaker = header.speaker or names
    elif m.re is _SUBTITLE_BRACKET_TAIL and not is_name(tail):
        return sub  # a bracket of something else after the talk: （摘要）, （2024年3月1日）
    elif post_name:
        header.post = header.post or SPACES.sub(" ", post_name.group(1)).strip()
        header.speaker = header.speaker or clean_name(post_name.group(2))
    elif is_name(tail):
        header.speaker = header.speaker or clean_name(tail)
    else:
        return sub
    return sub[: m.start(1)].strip()


def _set_subtitle(header: _Header, sub: str) -> None:
    header.subtitle = sub
    header.title_closed = True
    header.subtitle_open = not _SUBTITLE_CLOSE.search(squeeze(sub))
    dates = find_dates(sub)
    if dates and header.date is None:
        header.date = dates[0].iso


# an issuing line under a title: the office that issues the text, set apart by a gap,
# then the day ("县委办公室　　　　2026年5月12日" under a 纪要 or 简报's title)
_ISSUING = re.compile(r"^(\S{2,30}?)(?:[ \u3000]{2,}|\u3000)(\S{6,16})$")


def _read_issuing_line(text: str, header: _Header) -> bool:
    """Read "县委办公室　　　2026年5月12日" under a title: the text's own date, with the
    office that issued it as its author. Without this the line ran on into the title (an
    office is no post and name, and the date does not open the line)."""
    m = _ISSUING.match(text.strip())
    if not m or not AUTHOR_ORG.search(m.group(1)):
        return False
    dates = find_dates(m.group(2))
    if len(dates) != 1 or dates[0].iso.count("-") != 2 or dates[0].end < len(m.group(2)) - 1:
        return False
    header.speaker = header.speaker or m.group(1)
    header.date = header.date or dates[0].iso
    header.title_closed = True
    return True


_ACTS = ("发布", "通过", "批准", "印发", "公布", "施行", "修订", "修正", "签署", "颁布")


def _read_speaker_and_date(text: str, header: _Header) -> bool:
    """One line with the speaker and the date: "2025年2月3日 区委书记 张振宇",
    "区委书记 张振宇（2025年2月3日）"."""
    if len(text) > 60:
        return False
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    d = dates[0]
    rest = (text[: d.start] + " " + text[d.end :]).strip(" \u3000（()）—-－―")
    rest = rest.replace("（）", "").replace("()", "").strip(" \u3000")
    if rest.startswith(("在", "于")) or rest.endswith(_ACTS):
        # "2026年1月27日在…会议上 省长 赵某" is a subtitle; "…委员会发布" an act
        return False
    pairs = posts_and_names(rest)  # "2025年2月3日 县委书记 张三 县长 李四"
    m = None if pairs else POST_NAME.match(rest)
    if pairs:
        _add_speakers(header, pairs)
    elif m:
        header.post = SPACES.sub(" ", m.group(1)).strip()
        header.speaker = clean_name(m.group(2))
    else:
        return False
    header.date = header.date or d.iso
    header.title_closed = True
    return True


def _read_line(text: str, block: Block, header: _Header) -> bool:
    """Read one header line into ``header``. False when the line is body text."""
    squeezed = squeeze(text)

    if header.subtitle_open:
        header.subtitle_open = False
        if _SUBTITLE_CLOSE.search(squeezed) and len(squeezed) <= 40:
            _set_subtitle(header, header.subtitle + text)
            return True

    if (
        _HEADER_NOTE.match(squeezed)
        and (header.title_parts or header.subtitle)
        and not find_dates(text)
    ):
        return True  # "（根据录音整理）" under the title: a note, not more title

    m = PIECE_LABEL.match(text)
    if m and header.title_parts and TEMPLATE_HEADLINE.search(squeeze("".join(header.title_parts))):
        # "篇一：在…上的讲话" under a 范文 site's headline: the first piece's own title
        header.template = True
        header.title_parts = [m.group(1).strip()]
        header.styled_title = False
        return True

    m = COMRADE_SPEECH.match(squeezed) if "同志在" in squeezed else None  # (its words, first)
    if m and not header.title_parts:
        header.speaker = clean_name(m.group(1))
        header.occasion = m.group(2)
        header.title_parts = [text]
        header.title_closed = True
        return True

    if (
        header.title_parts
        and header.subtitle is None
        and _BRACKET_SUBTITLE.match(squeezed)
        and not find_dates(text)
    ):
        # "（在全区三级干部大会上的讲话）" under a slogan title
        _set_subtitle(header, _take_speaker_tail(text.strip(" \u3000（()）"), header))
        return True

    if _SUBTITLE.match(text) and len(text) <= 80:
        sub = _SUBTITLE.sub("", text).strip()
        pairs = posts_and_names(sub) if header.title_parts else None
        if pairs:  # "—— 县委书记 张三　县长 李四": several sign with a dash
            _add_speakers(header, pairs)
            header.title_closed = True
            return True
        tail = _SUBTITLE_TAIL.search(sub)
        # (not "在…上的讲话 县委书记 张三 县长 李四", the post taken up to 县长: its tail below)
        m = None if tail and posts_and_names(tail.group(1)) else POST_NAME.match(sub)
        if m and header.title_parts and len(sub) <= 45:
            # "—— 县委书记 张宏伟": the speaker signs with a dash, no subtitle
            header.post = SPACES.sub(" ", m.group(1)).strip()
            header.speaker = clean_name(m.group(2))
            header.title_closed = True
            return True
        sub = _take_speaker_tail(sub, header)
        _set_subtitle(header, sub)
        if len(header.title_parts) >= 2 and page_headline(squeeze(header.title_parts[0])):
            # the page's headline over a main title and its "——在…上的讲话": the main
            # title is the document's own, the headline the site's
            header.title_parts = header.title_parts[1:]
        return True

    if header.title_parts and _read_speaker_and_date(text, header):
        return True

    if header.title_parts and _read_issuing_line(text, header):
        return True

    if _is_date_line(text) and not has_time_of_day(text):
        if "在" in text and header.title_parts and header.subtitle is None:
            _set_subtitle(header, _take_speaker_tail(text.strip("（()）"), header))
        header.date = header.date or find_dates(text)[0].iso
        header.title_closed = bool(header.title_parts)
        return True

    m = ROLE_NAME.match(text)
    if m:
        header.speaker = clean_name(m.group(1))
        header.title_closed = bool(header.title_parts)
        return True

    pairs = posts_and_names(text) if len(squeezed) <= 60 else None
    if pairs and (header.title_parts or header.subtitle or header.speaker is None):
        # "县委书记 张三 县长 李四", "县委书记张三、县长李四同志": each person with a post
        _add_speakers(header, pairs)
        header.title_closed = bool(header.title_parts)
        return True

    spaced = " " in text or "\u3000" in text  # a post and a name set apart, as signed
    # (not "在…上的讲话　县长　李文华", a title signed on its line: that is read as a title)
    m = POST_NAME.match(text) if not header.title_parts and spaced else None
    if (
        m
        and len(text) <= 24
        and header.speaker is None
        and not DOCUMENT_END.search(text)
        and not _SUBTITLE_TAIL.search(text)
    ):
        # "县长　李文华" where no title stands over it (the site's banner or headline went):
        # the speaker, not the title
        header.post = SPACES.sub(" ", m.group(1)).strip()
        header.speaker = clean_name(m.group(2))
        return True

    names = several_names(text) if header.title_parts or header.subtitle else None
    if names and header.speaker is None:
        # "张三　李四" or "（张三、李四）" under the title: the speakers, not more title
        header.speaker = names
        header.title_closed = True
        return True

    if header.title_parts or header.subtitle:
        m = POST_NAME.match(text)
        # (not the title of a document inside the text: "中国共产党中央革命军事委员会命令" ends in
        # the kind of document, "委员" + "会命令" is no post and name)
        if m and len(text) <= 45 and not DOCUMENT_END.search(text):
            _post_and_name(header, m.group(1), m.group(2))
            header.title_closed = True
            return True
        m = UNIT_NAME.match(text)
        if m and is_name(m.group(2)):
            # "综合科　李明" under a work summary's title: the writer's unit and name
            header.post = m.group(1)
            header.speaker = clean_name(m.group(2))
            header.title_closed = True
            return True
        if POST_END.search(squeezed) and len(squeezed) <= 30:
            header.post = text
            header.title_closed = True
            return True
        if is_name(text) and (header.post or len(clean_name(text)) <= 3):
            header.speaker = clean_name(text)
            header.title_closed = True
            return True

    joined = squeeze("".join(header.title_parts))
    if (
        joined
        and (GENRE_END.search(joined) or LOCAL_OFFICE.match(squeezed) and len(joined) >= 8)
        and AUTHOR_ORG.search(squeezed)
        and not _TITLE_CONTINUATION.match(squeezed)
        and len(squeezed) <= 30
    ):
        # "关于…的调研报告" then "区委政策研究室调研组": the author, not more title
        header.speaker = header.speaker or text
        header.title_closed = True
        return True

    if header.title_parts and SAID_HEADLINE.match(squeezed):
        return False  # under a title, "主任李明：…" is a speaker's turn (minutes), no headline

    if _looks_like_title(text, block) or (
        # a long title the author typed as a heading at the very top ("## 非主航道组织要率先
        # 实现流程责任制，通过…"): a heading, so never a sentence of the body
        block.heading_level is not None
        and not header.title_parts
        and not header.title_closed
        and not header.subtitle
        and len(text) <= 80
        and not text.endswith(("。", "！", "？", "：", ":"))
    ):
        if header.title_closed:
            # a title after the speaker or date: body text, or a new headline group
            if header.speaker or header.date or header.subtitle:
                return False
            header.title_parts = []
            header.title_closed = False
        joined = "".join(header.title_parts)
        if joined and page_headline(squeeze(joined)) and own_title(squeezed):
            # the page's headline over the document's own title line ("周明远在…大会上强调
            # 奋力…" / "在…大会上的讲话"; "…的讲话范文（精选）" / "…的讲话"): the site wrote
            # the first, the author the second
            header.template = header.template or bool(TEMPLATE_HEADLINE.search(squeeze(joined)))
            header.title_parts = []
            header.styled_title = False
        elif joined and GENRE_END.search(joined) and GENRE_END.search(squeezed):
            # a site headline, then the document's own title: the headline's mark as the
            # page's title (a page's <title>, its <h1>) goes with it
            header.title_parts = []
            header.styled_title = False
        elif (
            joined
            and GENRE_END.search(squeeze(joined))
            and block.kind != "title"
            and not squeezed.startswith(("（", "("))
            and not _TITLE_CONTINUATION.match(squeezed)
        ):
            # "年终工作总结" is whole: "时间如白驹过隙" under it opens the text
            return False
        if len(header.title_parts) >= 3:
            return False
        if header.styled_title and block.kind != "title":
            # the file marks its title (Word's Title style, a centred 小标宋 line, a page's
            # <h1>): a plain line under it is not more title ("问题的提起" opening the text)
            return False
        header.styled_title = header.styled_title or (
            block.kind == "title" and not header.title_parts
        )
        if " " in text or "\u3000" in text:
            # "在…上的讲话　市委副书记　赵建国": the speaker signed on the title's line
            before = header.speaker
            text = _take_speaker_tail(text, header)
            header.title_closed = header.title_closed or header.speaker != before
        header.title_parts.append(text)
        return True
    return False


_QUESTION_TITLE_END = ("？", "?", "！", "!")


def _question_title(text: str, after: list[Block]) -> bool:
    """A first line that asks or exclaims ("中国的红色政权为什么能够存在？") is the title when
    a date line stands under it, as under any title; plain text gives no other sign (a
    Word Title style or a page's <h1> does), and a sentence ending in ？ is prose otherwise."""
    squeezed = squeeze(text)
    if not squeezed.endswith(_QUESTION_TITLE_END) or len(squeezed) > 40:
        return False
    if _SENTENCE_END.search(squeezed[:-1]):
        return False
    nxt = next((b for b in after if b.text.strip()), None)
    return nxt is not None and _is_date_line(norm_line(nxt.text))


_COLUMN_BAR = re.compile(r"[｜|]")
_RESTATED_WITHIN = 4  # lines between a page's headline and the text's own title
_FURNITURE_MAX = 12  # characters: a label or an account's name, not a line of the text


def _restated_headline(top: list[Block]) -> set[int]:
    """The page's headline "组工讲堂｜当好…" and the short lines under it (an article's
    原创 mark, its account's name) when the text's own title "当好…" follows them: the
    headline is the column's, those lines the platform's, and the header is read from the
    title on (a WeChat article saved from the browser). Lines that date or source the page
    are left to be read."""
    lines = [(i, norm_line(b.text)) for i, b in enumerate(top) if norm_line(b.text)]
    if not lines or top[lines[0][0]].kind != "title":
        return set()
    first, headline = lines[0]
    parts = _COLUMN_BAR.split(headline)
    if len(parts) != 2 or len(squeeze(parts[1])) < 6:
        return set()
    own = squeeze(parts[1])
    for k, (_, text) in enumerate(lines[1 : _RESTATED_WITHIN + 2], start=1):
        if squeeze(text) == own:
            between = [j for j, t in lines[1:k] if len(squeeze(t)) <= _FURNITURE_MAX]
            if len(between) == k - 1 and not any(find_dates(t) for _, t in lines[1:k]):
                return {first, *between}
            return set()
    return set()


def extract_metadata(
    blocks: list[Block], removed: list[tuple[str, Block]] | None = None
) -> MetadataResult:
    """Read the header zone at the top of ``blocks`` and return the body after it.

    ``removed`` is what cleaning took out as (reason, block); its 来源 lines give the
    source, its 时间 lines a fallback date, and a scraped summary line a date to check
    the document's own date against.
    """
    header = _Header()
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
    crumbs |= _restated_headline(top)
    seen = 0
    for i, block in enumerate(top):
        text = norm_line(block.text)
        if not text or i in crumbs:
            end = i + 1
            continue
        if (
            block.heading_level is not None
            and block.kind != "title"
            and header.title_parts
            and not (_SUBTITLE.match(text) or _is_date_line(text))
        ):
            break  # a Markdown/Word heading after the title starts the body
        if block.numbering and header.title_parts and block.kind != "title":
            break  # a paragraph Word numbers ("第一章" in its list numbering): a heading
        # (a salutation ends in its mark, the text being stripped; an info bar run onto the
        # title holds a space and a colon: tried only where they stand)
        if text[-1] in SALUTATION_LAST and SALUTATION.match(text):
            break
        if _read_boilerplate(text, header):
            end = i + 1
            continue
        m = (
            INFO_TAIL.search(text)
            if (" " in text or "\u3000" in text) and ("：" in text or ":" in text)
            else None
        )
        if (
            m
            and not _SENTENCE_END.search(text[: m.start()])
            and _read_boilerplate(text[m.start() :].strip(), header)
        ):
            # "在…上的讲话　来源：县政府办　2025-10-09": the page's info bar run onto the title
            text = text[: m.start()].strip()
            block = Block(text, block.heading_level, block.numbering, block.kind)
        seen += 1
        if not header.title_parts and seen == 1 and _question_title(text, top[i + 1 : i + 3]):
            block = Block(block.text, block.heading_level, block.numbering, "title")
        if seen > HEADER_SCAN or not _read_line(text, block, header):
            break
        end = i + 1

    # the salutation and everything after it is body; with no header at all only the
    # clutter above the body is dropped
    body = blocks[end:]
    title = _join_title(header.title_parts) if header.title_parts else None
    if title:
        # a site banner or a 发文字号 the cleaner joined onto the title
        title = BANNER_PREFIX.sub("", title)
        title = _strip_doc_number(title)
        # what a site wraps a title in: its column as a tag in front (【领导讲话】…), its
        # name after a bar (…的讲话_某某县人民政府), the day in brackets behind (…（2025年
        # 10月8日）), which is the document's date
        title = COLUMN_TAG.sub("", title)
        title = SITE_SUFFIX.sub("", title)
        m = DATE_SUFFIX.search(title)
        if m and (dated := find_dates(m.group(1))) and dated[0].iso.count("-") == 2:
            title = title[: m.start()]
            header.date = header.date or dated[0].iso
        # "…上的报告*": the asterisk calls the editor's note on the title (see apparatus)
        title = title.rstrip("*＊ ") or title
        if re.fullmatch(r"《[^《》]+》", title):
            title = title[1:-1]  # a title line that wears its own book marks: 《华为基本法》

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
        # the page's time is when the site posted the text: a fallback for a page of its
        # own, never for a 范文 site's model text (written for no day, offered any day)
        date = body_date(body) or (None if header.template else header.published)

    subtitle = header.subtitle
    for text in (subtitle, title):
        pairs = speakers_before_zai(text) if header.speaker is None else None
        if pairs:  # "——县委书记张三、县长李四在…上的讲话": both, each with a post
            _add_speakers(header, pairs)
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
        level=level_of(occasion, title, subtitle),
        source=header.source,
    )
    return MetadataResult(metadata, body, warnings, header.info)
