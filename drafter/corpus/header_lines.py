"""A document's header, one line at a time: title, subtitle, speaker or date?

:func:`~drafter.corpus.metadata.extract_metadata` walks the first lines of a document and
hands each here; :func:`read_line` writes what the line says into a :class:`Header` and
answers False at the first line of the body. The rules are many and each is small (a
"——在…上的讲话" subtitle, "县长　李文华" under a title, "2025年2月3日 区委书记 张振宇"), so they
live together, apart from the scan that calls them and from the page's furniture
(:mod:`drafter.corpus.page_chrome`) that the scan drops before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.dates import find_dates, has_time_of_day, range_start
from drafter.corpus.documents import DOCUMENT_END
from drafter.corpus.genre_occasion import GENRE_END
from drafter.corpus.header_speaker import (
    AUTHOR_ORG,
    COMRADE_SPEECH,
    LOCAL_OFFICE,
    POST_END,
    POST_NAME,
    ROLE_NAME,
    UNIT_NAME,
    add_speakers,
    clean_name,
    is_name,
    posts_and_names,
    several_names,
)
from drafter.corpus.header_text import SPACES, norm_line, squeeze
from drafter.corpus.model import Block
from drafter.corpus.page_chrome import (
    PIECE_LABEL,
    SAID_HEADLINE,
    TEMPLATE_HEADLINE,
    own_title,
    page_headline,
)

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
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,4}号$")
_BRACKET_SUBTITLE = re.compile(
    r"^[（(].{0,24}?在.{2,60}上的(?:重要|总结|主旨|动员)?(?:讲话|致辞|报告|发言|主持词|讲话提纲)[）)]$"
)
# a run of dashes of any kind ("――" of two U+2015, "---"): one was cut, and the
# subtitle kept the rest ("―任正非在…")
SUBTITLE = re.compile(r"^(?:——|--|－－|—|―|─|-)+\s*")
_SUBTITLE_CLOSE = re.compile(r"(?:上|讲话|致辞|报告|发言|主持词|提纲|会议|大会|[）)])$")
_TALK_END = r"(?:上|讲话|致辞|报告|发言|主持词|提纲)"  # where a subtitle's talk ends
_SUBTITLE_TAIL = re.compile(_TALK_END + r"[\s\u3000]+(\S.{0,40})$")
# the speakers in brackets right after the talk: "在…上的讲话（张三、李四）"
_SUBTITLE_BRACKET_TAIL = re.compile(_TALK_END + r"[\s\u3000]*([（(][^（()）]{2,40}[）)])$")
SENTENCE_END = re.compile(r"[。！？!?；;]")
# a note on a line of its own under the title: how the text was made or published
_HEADER_NOTE = re.compile(
    r"^[（(][^（()）]{0,16}(?:整理|节选|摘编|删节|审阅|审定|记录|公开发布|发表)[^（()）]{0,8}[）)]$"
)
TITLE_CONTINUATION = re.compile(r"^(?:上的|的|上|开班|开幕|闭幕|讲话|报告|致辞|发言|告$)")
# a title line left open: "在全区…会议" + "上的讲话"; 上 only after 在 ("人民至上" is whole)
TITLE_OPEN_END = re.compile(r"(?:在|关于|的|和|与|及|暨|对|中|进一步|加强|推进|做好)$|^在.*上$")


_DOC_NUMBER_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{0,12}[【〔\[［(（]\d{4}[】〕\]］)）]\s*\d{1,4}\s*号$"
)


def is_date_line(text: str) -> bool:
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


@dataclass
class Header:
    """What the header lines read so far say, and the state the next line is read in (a
    subtitle left open, a 来源： waiting for its name on the next line): one line alone
    is often ambiguous, and the lines above decide it."""

    title_parts: list[str] = field(default_factory=list)
    title_closed: bool = False  # something other than a title line came after it
    # a page's info bar (来源：…, 发布时间：…) stood under the title: a plain line after it is
    # the text, never the title's second line (a new headline group may still replace it)
    info_closed: bool = False
    # the line being read has a subtitle (——…) or a date under it: under an info bar, a
    # new headline group (the text's own title under the page's headline), not the text
    group_below: bool = False
    subtitle: str | None = None
    speaker: str | None = None
    post: str | None = None
    date: str | None = None
    occasion: str | None = None
    source: str | None = None
    published: str | None = None  # when the page was posted (发布时间：…): never the date
    held: str | None = None  # a record's own 时间：/日期： field (fallback only)
    info: list[str] = field(default_factory=list)  # the lines source and published came from
    expect_source: bool = False
    subtitle_open: bool = False  # the subtitle line broke off mid-phrase
    styled_title: bool = False  # the title came from a block the file marks as its title
    template: bool = False  # a 范文 site's copy: its page time is not the text's date


def add_header_speakers(header: Header, pairs: list[tuple[str, str]]) -> None:
    """``pairs`` (post, name) as the header's speakers, after any a line above gave
    (:func:`~drafter.corpus.header_speaker.add_speakers`)."""
    header.post, header.speaker = add_speakers(header.post, header.speaker, pairs)


def _post_and_name(header: Header, post: str, name: str) -> None:
    """One post-and-name line: the speaker, or one more when a line above named one with a
    post (several speakers signed one under the other: the second line overwrote the first)."""
    post, name = SPACES.sub(" ", post).strip(), clean_name(name)
    if header.speaker and header.post:
        add_header_speakers(header, [(post, name)])
    else:
        header.post, header.speaker = post, name


def _looks_like_title(text: str, block: Block) -> bool:
    if block.kind == "title" or block.heading_level == 1 and not _BODY_MARKER.match(text):
        return True
    if len(text) > 60 or SENTENCE_END.search(text) or _BODY_MARKER.match(text):
        return False
    if text.endswith(("：", ":", "，", ",")) or (
        _FIELD_LINE.match(text) and not SAID_HEADLINE.match(squeeze(text))
    ):
        return False  # "地点：县委会议室" is a field of a notice, not a title line
    return not ("，" in text and len(text) > 40)


# (a space may follow the colon: Markdown's "**地点：** 县…" loses its stars, keeps the space)
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:][ \u3000\t]*\S")


def _take_speaker_tail(sub: str, header: Header) -> str:
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
            add_header_speakers(header, pairs)
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


def _set_subtitle(header: Header, sub: str) -> None:
    header.subtitle = sub
    header.title_closed = True
    header.subtitle_open = not _SUBTITLE_CLOSE.search(squeeze(sub))
    dates = find_dates(sub)
    if dates and header.date is None:
        header.date = dates[0].iso


# an issuing line under a title: the office that issues the text, set apart by a gap,
# then the day ("县委办公室　　　　2026年5月12日" under a 纪要 or 简报's title); a page's
# reader makes the gap one space (layout), so one space will do
_ISSUING = re.compile(r"^(\S{2,30}?)[ \u3000]+(\S{6,16})$")


def _read_issuing_line(text: str, header: Header) -> bool:
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


# a newspaper piece's byline under its title: its reporters, perhaps its day ("本报记者　陈思远
# 2026年1月30日", "本报全媒体记者 张三 李四", "记者：王五　通讯员：赵六", "本报讯（记者 张三）");
# a photo's credit ("本报记者 戴冰摄") is a caption, dropped before this is asked
_BYLINE = re.compile(
    r"^(?:本报|本刊|本台|本网|新华社|人民日报)?(?:全媒体|融媒体|首席|特约|驻[\u4e00-\u9fff]{1,6})?"
    r"(?:记者|通讯员)|^本报讯"
)
_BYLINE_MAX = 60  # characters: the reporters' names and a day, never a sentence of the text


def _read_byline(text: str, header: Header) -> bool:
    """Read a byline under a title: the reporters are not the speaker (the piece is about
    someone, 访杉溪县委书记林振华), and a full day on it is the piece's own date (the date
    convention, tests/gold/README.md). Without this the byline opened the body and the
    date was lost."""
    if len(text) > _BYLINE_MAX or SENTENCE_END.search(text) or not _BYLINE.match(text):
        return False
    dates = find_dates(text)
    if len(dates) > 1 or dates and has_time_of_day(text):
        return False  # a page's info bar (记者：… 2026-01-30 10:26), read as the site's
    if dates and dates[0].iso.count("-") == 2:
        header.date = header.date or dates[0].iso
    header.title_closed = True
    return True


_ACTS = ("发布", "通过", "批准", "印发", "公布", "施行", "修订", "修正", "签署", "颁布")


def _read_speaker_and_date(text: str, header: Header) -> bool:
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
        add_header_speakers(header, pairs)
    elif m:
        header.post = SPACES.sub(" ", m.group(1)).strip()
        header.speaker = clean_name(m.group(2))
    else:
        return False
    header.date = header.date or d.iso
    header.title_closed = True
    return True


def read_line(text: str, block: Block, header: Header) -> bool:
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

    if SUBTITLE.match(text) and len(text) <= 80:
        sub = SUBTITLE.sub("", text).strip()
        pairs = posts_and_names(sub) if header.title_parts else None
        if pairs:  # "—— 县委书记 张三　县长 李四": several sign with a dash
            add_header_speakers(header, pairs)
            header.title_closed = True
            return True
        tail = _SUBTITLE_TAIL.search(sub)
        # (not "在…上的讲话 县委书记 张三 县长 李四", the post taken up to 县长: its tail below)
        m = None if tail and posts_and_names(tail.group(1)) else POST_NAME.match(sub)
        if m and sub.startswith("访"):
            # "——访杉溪县委书记林振华": an interview's subtitle, naming whom it is with (the
            # one who speaks), not a speaker signing with a dash
            m = POST_NAME.match(sub[1:])
            if m and header.speaker is None:
                header.post = SPACES.sub(" ", m.group(1)).strip()
                header.speaker = clean_name(m.group(2))
            _set_subtitle(header, sub)
            return True
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

    if header.title_parts and _read_byline(text, header):
        return True

    if header.title_parts and _read_speaker_and_date(text, header):
        return True

    if header.title_parts and _read_issuing_line(text, header):
        return True

    if is_date_line(text) and not has_time_of_day(text):
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
        add_header_speakers(header, pairs)
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
        and not TITLE_CONTINUATION.match(squeezed)
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
        and not _BODY_MARKER.match(text)
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
        elif joined and header.info_closed and not header.group_below and block.kind != "title":
            # "统一战线中的独立自主问题", its 来源/发布时间 lines, then "帮助和让步应该是积极
            # 的…": the page's info bar ended the title, the line under it heads the text
            return False
        elif (
            joined
            and GENRE_END.search(squeeze(joined))
            and block.kind != "title"
            and not squeezed.startswith(("（", "("))
            and not TITLE_CONTINUATION.match(squeezed)
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


def question_title(text: str, after: list[Block], info_under: bool = False) -> bool:
    """A first line that asks or exclaims ("中国的红色政权为什么能够存在？") is the title when
    a date line stands under it, as under any title, or a page's info bar did
    (``info_under``: 来源：…/发布时间：… lines cleaning removed); plain text gives no other
    sign (a Word Title style or a page's <h1> does), and a sentence ending in ？ is prose
    otherwise."""
    squeezed = squeeze(text)
    if not squeezed.endswith(_QUESTION_TITLE_END) or len(squeezed) > 40:
        return False
    if SENTENCE_END.search(squeezed[:-1]):
        return False
    if info_under:
        return True
    nxt = next((b for b in after if b.text.strip()), None)
    return nxt is not None and is_date_line(norm_line(nxt.text))


_SUBTITLED_TITLE_MAX = 60  # the longest line _looks_like_title takes at all
_SUBTITLE_MIN = 6  # a subtitle that says what the text is, not an epigraph's author (——鲁迅)


def subtitled_title(text: str, after: list[Block]) -> bool:
    """A long first line with commas (BG机关要缩短经线，畅通纬线，…精减非作战组织的规模及
    运作方式, 45 characters) is the title when a ``——`` subtitle stands under it (——任正非在…
    上的讲话, ——任正非与…座谈纪要), as under any title: a line over 40 characters with a
    comma reads as a sentence of the body otherwise, and plain text gives no other sign (the
    source's ``#`` heading, a Word Title style, a page's <h1> do). Ren's titles run to 49
    characters typed so in a Notepad copy or a PDF."""
    squeezed = squeeze(text)
    if len(squeezed) > _SUBTITLED_TITLE_MAX or SENTENCE_END.search(squeezed):
        return False
    if SUBTITLE.match(text) or _BODY_MARKER.match(text) or text.endswith(("：", ":", "，", ",")):
        return False
    nxt = next((b for b in after if b.text.strip()), None)
    if nxt is None:
        return False
    below = norm_line(nxt.text)
    if not SUBTITLE.match(below):
        return False
    sub = squeeze(SUBTITLE.sub("", below))
    return len(sub) >= _SUBTITLE_MIN and not is_name(sub)
