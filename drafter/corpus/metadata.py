"""Metadata from the header zone of a document: title, speaker, date, occasion, genre.

A speech or report opens with a short header: a title (one to three lines, perhaps a
主题句 with a "——在…上的讲话" subtitle), the speaker's post and name, a date line, then
the salutation (同志们：) or the first paragraph. Only that zone (the first
``HEADER_SCAN`` blocks) and the boilerplate cleaning removed are read, so the cost does
not grow with the document. Whatever the header does not say stays ``None``: a wrong
date or speaker in the library is worse than a blank one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.dates import find_dates, has_time_of_day, range_start
from drafter.corpus.documents import DOCUMENT_END
from drafter.corpus.model import Block, Metadata

HEADER_SCAN = 15  # blocks; a header is never longer, and reading more costs speed

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u3000]+")

_SALUTATION = re.compile(
    r"^(?:(?:尊敬的|亲爱的)?[^。；：:！!]{0,30}"
    r"(?:同志们|代表|委员|同志|女士们|先生们|朋友们|同学们|老师们|来宾|领导))"
    r"\s*[：:！!，,]\s*$"
)
_BODY_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]"
    r"|第[一二三四五六七八九十]+(?:[，、：:]|句话|部分|章|条)|[一二三四五六七八九十]是"
    r"|首先|其次|再次|最后"
    # a part number or a named part standing alone opens the body (一 / 一　引言 / 引　言)
    r"|[一二三四五六七八九十]{1,3}(?:[ \u3000]+\S|$)|(?:引|导|前|序|绪)[ \u3000]*言$)"
)
_BOILERPLATE = re.compile(
    r"^(?:来源|信息来源|文章来源|稿件来源|作者|时间|发布时间|发表时间|更新时间|日期|发布日期"
    r"|责任编辑|编辑|责编|浏览次数|阅读量|点击|字号|【字号|【字体|打印|关闭|分享|当前位置)"
    # a label has its colon (or stands alone): "时间过得真快，…" is the opening, not a field
    r"(?:\s*[：:】]|\s|$)"
)
_WEB_CONTROL = re.compile(
    r"^(?:下载|打印|全屏|收藏|加大|还原|减小|[大中小]|[【】>＞]|首页|分享[：:]?|字号[：:]?"
    r"|打印本页|关闭窗口|返回顶部|【?字体[：:]?|\[bookmark:[^\]]*\])$"
)
_SITE_BANNER = re.compile(r"^.{2,24}(?:网站|门户网|门户|新闻网|网|客户端|公众号|官网)$")
_BANNER_PREFIX = re.compile(
    r"^.{2,20}?(?:门户网站|网站|门户网|新闻网|客户端|官网|词库|文库|范文网|范文大全|公文网|文秘网)"
    r"(?:\s*(?:https?://|www\.)\S+)?\s*(?=.{6,}$)"
    # a site's column over the title (您的位置：首页 > 云南要闻 / 云南要闻 / 2026年政府工作报告)
    r"|^[\u4e00-\u9fff]{2,4}要闻\s*(?=.{6,}$)"
)
# a site's column named alone over or under the headline ("领导之窗", "党建园地", "云南要闻"):
# names sites give their columns, never a document's title or a line of its header
_COLUMN_NAME = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:之窗|专栏|园地|要闻|频道)$|^(?:领导讲话|领导活动|政务公开|新闻中心)$"
)
_CRUMB_LINE = re.compile(r"(?:首页|当前位置|您的位置).{0,40}[>＞»›]")
_AUTHOR_ORG = re.compile(
    r"(?:调研组|课题组|考察组|工作组|督查组|研究室|研究中心|办公室|委员会|党组|政府|人民政府"
    r"|[^副]局|厅|委|办)$"
)
# a local office signing a title that names no genre: "县统计局", "中共青川县委办公室"
_LOCAL_OFFICE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{0,6}?[县市区省州镇乡][^的在]{1,10}$")
_PLACE_OCCASION = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,5}?)(省|市|县|区|旗|州|镇|乡)(?!人民代表|委员会)"
)
_NOT_PLACE = ("社区", "小区", "园区", "景区", "校区", "片区", "城区", "辖区")
# short lines under a title that are headings, not people
_NOT_NAMES = frozenset(
    [
        "前言",
        "引言",
        "导言",
        "序言",
        "概述",
        "总则",
        "附则",
        "摘要",
        "提要",
        "目录",
        "说明",
        "正文",
        "结语",
        "结论",
        "绪论",
        "开幕词",
        "闭幕词",
        "后记",
        "附件",
        "背景",
        "案情",
        "基本案情",
        "裁判结果",
        "典型意义",
        "全文",
        "按语",
        "编者按",
        "内容提要",
        "决议",
        "公告",
        "通告",
    ]
)
# 发文字号 such as "国办发〔2024〕3号" or "劳社部发[2008]3号"
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,4}号$")
_COMMENT = re.compile(r"^<!--.*-->$")
_CAPTION = re.compile(r"记者.{0,12}摄(?:影)?$")
_BREADCRUMB = frozenset((">", "＞", "»", "›", "->", "—>"))
_SOURCE = re.compile(r"(?:信息|文章|稿件)?来源\s*[：:]\s*(.*)$")
_URL = re.compile(r"(?:https?://|www\.)\S*", re.I)
_SOURCE_STOP = re.compile(
    r"\s+|(?:作者|时间|发布时间|发表时间|更新时间|日期|责任编辑|编辑|浏览|阅读|点击)\s*[：:]"
)

_PLACEHOLDER = r"(?:[xXＸｘ×＊*]{2,3}|某某|[xXＸ×]\s[xXＸ×](?:\s[xXＸ×])?)"
_NAME = (
    rf"(?:{_PLACEHOLDER}|[\u4e00-\u9fff](?:[\s\u3000]{{0,2}}[\u4e00-\u9fff]){{1,3}}"
    # a name of the ethnic minorities or a translated one: 艾尔肯·吐尼亚孜
    r"|[\u4e00-\u9fff]{2,6}(?:[·•・][\u4e00-\u9fff]{2,6}){1,2})"
)
_NAME_ONLY = re.compile(rf"^[（(]?\s*({_NAME})\s*[）)]?$")
_POST_WORDS = (
    "书记|副书记|常委|委员|主任|副主任|秘书长|总理|副总理|主席|副主席|部长|厅长|局长|处长"
    "|科长|省长|市长|区长|县长|州长|镇长|乡长|旗长|盟长|院长|校长|所长|站长|队长|组长"
    "|行长|董事长|总经理|经理|会长|理事长|主任委员|巡视员|调研员|专员|督察|检察长|庭长"
)
_POST_END = re.compile(rf"(?:{_POST_WORDS})$")
_POST_NAME = re.compile(rf"^(.{{0,40}}?(?:{_POST_WORDS}))[\s\u3000]*({_NAME})$")
# an office and a person, spaced apart: "综合科　李明", "县委办公室 王芳"
_UNIT_NAME = re.compile(
    r"^([\u4e00-\u9fff]{1,14}(?:科|处|室|办|局|部|中心|股|站|所|队|组|委|院|厅|司))"
    r"[ \u3000]+([\u4e00-\u9fff]{2,3})$"
)
_BRACKET_SUBTITLE = re.compile(
    r"^[（(].{0,24}?在.{2,60}上的(?:重要|总结|主旨|动员)?(?:讲话|致辞|报告|发言|主持词|讲话提纲)[）)]$"
)
_TITLE_SPEAKER = re.compile(
    rf"^(.{{0,24}}?(?:{_POST_WORDS}))([\u4e00-\u9fff]{{2,3}}?)(?:同志)?在.{{2,60}}上的"
)
_ROLE_NAME = re.compile(
    rf"^(?:报告人|述职人|讲话人|发言人|主讲人|汇报人|主持人|调研组)\s*[：:]\s*({_NAME})$"
)
_COMRADE_SPEECH = re.compile(
    rf"^({_NAME})同志在(.+)上的(讲话|重要讲话|讲话提纲|致辞|发言|报告|工作报告|总结讲话)"
)
_OCCASION = re.compile(
    r"在(.{2,60})上(?:的(?:重要|总结|主旨|动员|开幕|闭幕|即席)?"
    r"(?:讲话|致辞|报告|发言|主持词|讲话提纲|工作报告|述职报告))?"
)
_OCCASION_NO_ZAI = re.compile(
    r"^(.{2,60})上的(?:重要|总结|主旨|动员)?(?:讲话|致辞|报告|发言|主持词|讲话提纲)"
)
_SUBTITLE = re.compile(r"^(?:——|--|－－|—|―|─|-)\s*")
_SUBTITLE_CLOSE = re.compile(r"(?:上|讲话|致辞|报告|发言|主持词|提纲|会议|大会|[）)])$")
_SUBTITLE_TAIL = re.compile(r"(?:上|讲话|致辞|报告|发言|主持词|提纲)[\s\u3000]+(\S.{0,40})$")
_SENTENCE_END = re.compile(r"[。！？!?；;]")

# (keyword, genre): the longest keyword the title ends with wins, so "…政府工作报告" is a
# 工作报告, not a bare 报告.
_GENRES = (
    ("政府工作报告", "工作报告"),
    ("工作报告", "工作报告"),
    ("述职述廉报告", "述职报告"),
    ("述职报告", "述职报告"),
    ("调研报告", "调研报告"),
    ("调查报告", "调研报告"),
    ("考察报告", "调研报告"),
    ("报告", "报告"),
    ("汇报", "报告"),
    ("讲话提纲", "讲话"),
    ("讲话稿", "讲话"),
    ("发言稿", "讲话"),
    ("发言材料", "讲话"),
    ("讲稿", "讲话"),
    ("主持辞", "主持词"),
    ("工作要点", "要点"),
    ("规划纲要", "规划"),
    ("规划", "规划"),
    ("倡议书", "倡议书"),
    ("心得体会", "心得体会"),
    ("讲话", "讲话"),
    ("致辞", "讲话"),
    ("致词", "讲话"),
    ("发言", "讲话"),
    ("主持词", "主持词"),
    ("工作总结", "总结"),
    ("总结", "总结"),
    ("实施意见", "意见"),
    ("指导意见", "意见"),
    ("意见", "意见"),
    ("通知", "通知"),
    ("方案", "方案"),
    ("决定", "决定"),
    ("决议", "决议"),
    ("条例", "法规"),
    ("办法", "法规"),
    ("规定", "法规"),
    ("细则", "法规"),
    ("解释", "法规"),
)
_GENRE_OF = dict(_GENRES)
# a note on a line of its own under the title: how the text was made or published
_HEADER_NOTE = re.compile(
    r"^[（(][^（()）]{0,16}(?:整理|节选|摘编|删节|审阅|审定|记录|公开发布|发表)[^（()）]{0,8}[）)]$"
)
_TRAILING_NOTE = re.compile(r"(?:\s*[（(][^（()）]{0,20}[）)])+\s*$")  # （摘要） （试行）
# "中华人民共和国印花税法", "…保护法": a law; but not 方法, 做法, 看法, 工作法
_LAW = re.compile(r"(?<![方做看想说写用干工作])法$")
_GENRE_END = re.compile("(?:" + "|".join(k for k, _ in _GENRES) + r")(?:[（(][^）)]*[）)])?$")
_LEVEL = re.compile(r"全(国|省|市|区|县|州|盟|旗|镇|乡)")
_CONGRESS_LEVEL = re.compile(
    r"(省|自治区|市|州|县|区|旗|镇|乡)(?:第?[一二三四五六七八九十]+届)?"
    r"(?:人民代表大会|代表大会|党代会|政协)"
)
_CONGRESS_UNIT = {"自治区": "区"}
# a meeting the party's or the state's centre holds speaks for the whole country
# ("中国共产党第七届中央委员会第二次全体会议", "中共中央政治局会议", "最高国务会议")
_CENTRAL = re.compile(r"(?:中国共产党|中共)?(?:第[一二三四五六七八九十]+届)?中央|最高国务|国务院")
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


def _norm(text: str) -> str:
    return _INVISIBLE.sub("", text).strip().strip("\u3000").strip()


def _squeeze(text: str) -> str:
    return _SPACES.sub("", text)


def _is_name(text: str) -> bool:
    squeezed = _squeeze(text).strip("（()）")
    if not squeezed or squeezed in _NOT_NAMES or _GENRE_END.search(squeezed):
        return False
    return bool(_NAME_ONLY.match(text.strip()))


def _clean_name(text: str) -> str:
    return _squeeze(text).strip("（()）")


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


def _source_value(text: str) -> str | None:
    m = _SOURCE.search(text)
    if not m:
        return None
    value = _URL.sub("", m.group(1)).strip(" \u3000:：")
    value = _SOURCE_STOP.split(value, maxsplit=1)[0].strip("【】[]")
    return value or None


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
            or _GENRE_END.search(part) is not None
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
        if _GENRE_END.search(title[:cut]):
            return title[:cut]
    return title


def genre_of(text: str | None) -> str | None:
    """The genre a title (or subtitle) names with its last word: "…上的讲话" is a 讲话,
    "关于印发…方案的通知" a 通知. A genre word inside the title ("学习…讲话精神的体会")
    says nothing about the document, so it does not count."""
    if not text:
        return None
    stem = _TRAILING_NOTE.sub("", text).rstrip(' \u3000”"')
    if stem.endswith("》"):
        opened = stem.rfind("《")
        if stem[:opened].strip(' \u3000“"—-－―'):
            # "…在干部大会上讲解《十大管理工作要点》": the work a talk is about, not its genre
            return None
        stem = stem.rstrip("》")
    best = max((k for k, _ in _GENRES if stem.endswith(k)), key=len, default=None)
    if best:
        return _GENRE_OF[best]
    return "法规" if _LAW.search(stem) else None


def occasion_of(text: str | None) -> str | None:
    """The meeting in "在…上的讲话" (or "…开班仪式上的讲话" without 在)."""
    if not text:
        return None
    m = _OCCASION.search(text)
    if m:
        occasion = m.group(1)
    else:
        m = _OCCASION_NO_ZAI.match(text)
        if not m:
            return None
        occasion = m.group(1)
    occasion = re.sub(r"^\d{4}年\d{1,2}月\d{1,2}日", "", occasion).strip()
    return occasion or None


def level_of(*texts: str | None) -> str | None:
    """The administrative level (全国, 全省 …) the occasion or title speaks for."""
    for text in texts:
        if not text:
            continue
        m = _LEVEL.search(text)
        if m:
            return "全" + m.group(1)
        m = _CONGRESS_LEVEL.search(text)
        if m:
            unit = _CONGRESS_UNIT.get(m.group(1), m.group(1))
            return "全" + unit
    occasion = texts[0] if texts else None
    if occasion and _CENTRAL.match(occasion):
        return "全国"
    if occasion:
        # "青川区2024年度…表彰大会": a meeting a 区 holds for the whole 区
        m = _PLACE_OCCASION.match(occasion)
        if m and occasion[m.end() - 2 : m.end()] not in _NOT_PLACE:
            return "全" + m.group(1)
    return None


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


def _looks_like_title(text: str, block: Block) -> bool:
    if block.kind == "title" or block.heading_level == 1:
        return True
    if len(text) > 60 or _SENTENCE_END.search(text) or _BODY_MARKER.match(text):
        return False
    if text.endswith(("：", ":", "，", ",")) or (
        _FIELD_LINE.match(text) and not _SAID_HEADLINE.match(_squeeze(text))
    ):
        return False  # "地点：县委会议室" is a field of a notice, not a title line
    return not ("，" in text and len(text) > 40)


_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]\S")

# a news report's headline on a speech: the speaker did something at the meeting ("周明远在
# 全市…大会上强调 奋力…", "院长郑国华在…会议上作工作报告"), where the speech's own title
# says what it is ("在…上的讲话": 上 is followed by 的)
_NEWS_HEADLINE = re.compile(
    r"^[^，。；！？]{0,30}?在[^，。；！？]{2,60}?(?:上|时|期间)"
    r"(?:强调|指出|要求|表示|提出|号召|作(?:政府)?(?:工作)?报告|发表(?:重要)?讲话|讲话(?!稿)"
    r"|作动员讲话|作专题党课|讲授|宣讲)"
)
# a 范文 site's headline for the text it serves: "…的讲话范文（精选）", "…讲话稿范文3篇",
# "…主持词（通用5篇）"
_TEMPLATE_HEADLINE = re.compile(
    r"(?:范文大全|范文|范本|模板|合集)(?:[（(]?(?:精选|通用|最新|优选)?\d*篇?[）)]?)?$"
    r"|[（(](?:精选|通用|最新|优选)\d*篇?[）)]$|[（(]\d+篇[）)]$"
)


# the page's info fields run onto a header line after a space: "…的讲话　来源：…　2025-10-09"
_INFO_TAIL = re.compile(
    r"(?<=\S{6})[ \u3000]+(?=(?:来源|信息来源|文章来源|发布时间|发布日期|发表时间|作者|时间)[：:])"
)
_COLUMN_TAG = re.compile(r"^[【\[［][\u4e00-\u9fff]{2,8}[】\]］]\s*(?=\S{6,})")
_SITE_SUFFIX = re.compile(
    r"(?<=\S{6})\s*(?:[_|｜]|——|--|-|－)\s*[^_|｜\s—-]{2,24}"
    r"(?:人民政府|政府网|网站|门户网?|新闻网|网|官网|客户端)$"
)
_DATE_SUFFIX = re.compile(
    r"(?<=\S{6})[（(]\s*((?:\d{4}|[〇○零一二三四五六七八九]{4})年[^（()）]{2,8}日)\s*[）)]$"
)
# a news headline in a speaker's words: "县长李文华：守牢森林防火安全底线" (a post and a name,
# a colon, what the speaker said), which a site puts over the speech's own title
_SAID_HEADLINE = re.compile(
    rf"^.{{0,24}}?(?:{_POST_WORDS})[\u4e00-\u9fff]{{2,3}}[：:][^。！？；：:，,]{{6,40}}$"
)
# the label of one piece on a 范文 site's page ("篇一：在…上的讲话", "篇2：…")
_PIECE_LABEL = re.compile(r"^篇\s*[一二三四五六七八九十\d]{1,2}\s*[：:、.]\s*(\S.{3,60})$")
# a 范文 site names itself in its banner, breadcrumb or byline (范文网, 作者：小编)
_TEMPLATE_SITE = re.compile(r"范文|小编")


def _titled_site(text: str) -> bool:
    """A title with the site's name after it ("在…上的讲话-某某大学新闻网", as a browser's tab
    shows the page), not the site's banner, though it ends as one does."""
    m = _SITE_SUFFIX.search(text)
    return m is not None and _own_title(_squeeze(text[: m.start()]))


def _page_headline(text: str) -> bool:
    """Whether a title line is a page's headline over a document: a news report's (the
    speaker did something somewhere, or says something: 县长李文华：…) or a 范文 site's (the
    text offered as a model)."""
    return bool(
        _NEWS_HEADLINE.match(text) or _SAID_HEADLINE.match(text) or _TEMPLATE_HEADLINE.search(text)
    )


def _own_title(text: str) -> bool:
    """Whether a line reads as a document's own title: it names its genre at the end
    ("…上的讲话", "…的调研报告") or opens as a title does ("在…", "关于…")."""
    if _page_headline(text):
        return False
    return bool(_GENRE_END.search(text)) or text.startswith(("在", "关于"))


# the fields of a page's info bar under its headline ("2025-04-20 10:15　来源：…　作者：…
# 【字体：大 中 小】【打印】"): a time stamp with two of them is the bar, not a date line
_INFO_FIELD = re.compile(r"(?=来源[：:]|作者[：:]|编辑[：:]|浏览|点击|【字体|【字号|【打印|【关闭)")


def _info_bar(text: str) -> bool:
    """Whether ``text`` is a page's info bar: a time stamp and two site fields or more."""
    return len(text) <= 120 and "。" not in text and len(_INFO_FIELD.findall(text)) >= 2


def _read_boilerplate(text: str, header: _Header) -> bool:
    """Consume a web boilerplate line, keeping its source or date. True if it was one."""
    if header.expect_source:
        header.expect_source = False
        if len(text) <= 20 and not _BOILERPLATE.match(text) and not find_dates(text):
            header.source = header.source or text
            return True
    if (
        _WEB_CONTROL.match(text)
        or _CAPTION.search(text)
        or _CRUMB_LINE.search(text)
        or _COMMENT.match(text)
        or _DOC_NUMBER.fullmatch(text)
        or (not header.title_parts and _SITE_BANNER.match(text) and not _titled_site(text))
        or (len(text) <= 10 and _COLUMN_NAME.match(text))
    ):
        return True
    if not _BOILERPLATE.match(text):
        if has_time_of_day(text) and find_dates(text) and (len(text) <= 30 or _info_bar(text)):
            _keep_info(header, text, find_dates(text)[0].iso, _source_value(text))
            return True
        return False
    source = _source_value(text)
    if not source and _SOURCE.search(text):
        header.expect_source = True
    dates = find_dates(text)
    _keep_info(header, text, dates[0].iso if dates else None, source)
    return True


def _keep_info(header: _Header, text: str, published: str | None, source: str | None) -> None:
    """Take a page's info line's date and source where none was read yet, and keep the
    line as written when it gave one of them (the document's source line)."""
    gave = False
    if source and header.source is None:
        header.source, gave = source, True
    if published and header.published is None:
        header.published, gave = published, True
    text = _without_chrome(text)
    if gave and len(text) <= _INFO_LINE_MAX and text not in header.info:
        # one line can give the date and then the source (two passes over it): kept once,
        # or the source line read “发布时间：… 来源：…” twice over
        header.info.append(text)


_INFO_LINE_MAX = 60

# the site's own fields in a page's info bar: its view counter (浏览次数：1024, 阅读量 88)
# and its buttons (【字体：大 中 小】【打印】, 分享到): the site's chrome, not the text's
# source, so the source line kept as written leaves them out
_CHROME_FIELD = re.compile(
    r"[【\[［(（]?\s*(?:浏览|阅读|点击|访问)(?:次数|量|数|率)?\s*(?:[：:]\s*\d*|\d+)\s*次?\s*[】\]］)）]?"
    r"|[【\[［]\s*(?:字体|字号|打印|关闭|收藏|纠错|分享)[^】\]］]{0,10}[】\]］]"
    r"|字[号体]\s*[：:]\s*[大中小\s]+|分享到\s*[：:]?"
)


def _without_chrome(text: str) -> str:
    """A page's info line without the site's chrome (:data:`_CHROME_FIELD`), its gaps
    closed: what the source line shows of it."""
    if not _CHROME_FIELD.search(text):
        return text
    return re.sub(r"[ \u3000]{2,}", "\u3000", _CHROME_FIELD.sub("\u3000", text)).strip(" \u3000")


def _take_speaker_tail(sub: str, header: _Header) -> str:
    """Split "——在…上的讲话 李强" or "…会议上 陕西省省长 赵刚" into the subtitle and the
    speaker (and post) written after it."""
    m = _SUBTITLE_TAIL.search(sub)
    if not m:
        return sub
    tail = m.group(1).strip()
    post_name = _POST_NAME.match(tail)
    if post_name:
        header.post = header.post or _SPACES.sub(" ", post_name.group(1)).strip()
        header.speaker = header.speaker or _clean_name(post_name.group(2))
    elif _is_name(tail):
        header.speaker = header.speaker or _clean_name(tail)
    else:
        return sub
    return sub[: m.start(1)].strip()


def _set_subtitle(header: _Header, sub: str) -> None:
    header.subtitle = sub
    header.title_closed = True
    header.subtitle_open = not _SUBTITLE_CLOSE.search(_squeeze(sub))
    dates = find_dates(sub)
    if dates and header.date is None:
        header.date = dates[0].iso


_NAME_ZAI = re.compile(
    r"^([\u4e00-\u9fff]{2,3}?)(?:同志)?在(.{2,60})上(?:的(?:重要|总结|主旨|动员|开幕|闭幕|即席)?"
    r"(?:讲话|致辞|报告|发言|主持词|讲话提纲|工作报告|述职报告|讲话稿)"
    # "任正非在科以上干部大会上讲解《…要点》": a talk on a document
    r"|(?:讲解|解读|讲授|传达|阐述)《[^《》]{1,40}》)$"
)
# words that stand before 在 in a subtitle and are not a person
_NOT_NAME_ZAI = re.compile(
    r"^(今天|我们|大家|会议|大会|全体|领导|主任|书记|同志|本人|笔者)|[委会府部局厅院处办组司]$"
)


_OPENING_MEETING = re.compile(
    r"(?:召开|举行|举办)(?:了)?(?:这次|这个|今天的|本次|此次)?(?!的)"
    r"([^，。；：！？、“”的]{2,30}?(?:会议|大会|座谈会|培训班|推进会|动员会|现场会|表彰会|研讨会|报告会))"
)


# an editor's note under a collected speech's title: "* 这是毛泽东在…召开的第二次全国工农兵
# 代表大会上所作的结论的一部分", "这是…在最高国务会议第十一次（扩大）会议上的讲话"
_NOTE_OCCASION = re.compile(
    r"^[*＊\s]*这是[^。；]{0,20}?在([^。；]{2,70}?)上(?:所作|作)?的(?:[^。；，]{0,6}?)"
    r"(?:讲话|报告|结论|开幕词|闭幕词|演说|讲演|发言|总结|致辞|祝词)"
)
# what calls the meeting, before its name: "…在江西瑞金召开的", "中共中央召集的"
_CONVENED = re.compile(r"^.*(?:召开|举行|召集|主持)的")
# a company's minutes named after the meeting: "巴塞罗那通信展小型恳谈会纪要", "与华为大学
# 教育学院座谈会纪要", "——IFS推行向任总专题汇报纪要"; "关于…讲话的纪要" names no meeting
_MINUTES_OCCASION = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}(?=[与在和]))?(?:与|在|和)?(.{2,50}?(?:会|座谈|汇报|交流))的?纪要$"
)
# a subtitle that names the meeting and stops ("——任正非在消费者BG服务策略汇报会")
_SUBTITLE_MEETING = re.compile(r"在(.{2,50}?(?:会|会议|大会|座谈|汇报))$")
# a congress's report names its congress as the subject of its first sentence
# ("中国共产党第十六次全国代表大会，是我们党在新世纪召开的第一次代表大会")
_OPENING_CONGRESS = re.compile(r"^(?![这本今此]|我们)([^，。；]{4,40}?(?:代表大会|全体会议))，是")


def note_occasion(notes: list[str]) -> str | None:
    """The meeting an editor's note on the title names (a collected works' "* 这是…在…
    会议上的讲话", set aside as apparatus): the text's own heading says only its theme."""
    for note in notes[:2]:
        m = _NOTE_OCCASION.match(_norm(note))
        if m:
            occasion = _CONVENED.sub("", m.group(1))
            occasion = re.sub(r"^[\d〇○零一二三四五六七八九十年月日至]{4,}", "", occasion).strip()
            # "…召集的会议": the note says a meeting was held, not which
            return occasion if len(occasion) >= 4 else None
    return None


def _minutes_occasion(text: str | None) -> str | None:
    """The meeting a title or subtitle of minutes (…纪要) or a cut-off subtitle names."""
    if not text:
        return None
    text = _squeeze(text)
    m = _MINUTES_OCCASION.match(text) or _SUBTITLE_MEETING.search(text)
    return m.group(1) if m else None


def _opening_occasion(body: list[Block]) -> str | None:
    """The meeting an untitled speech names in its first sentences ("今天，召开这次全县
    办公室主任会议，…"): what the text says about itself, so the library can name it."""
    for block in body[:3]:
        text = _norm(block.text)
        first = re.split(r"[。！？]", text, maxsplit=1)[0]
        m = _OPENING_MEETING.search(first) or _OPENING_CONGRESS.match(first)
        if m:
            return m.group(1)
    return None


# a report's own words: "我代表国务院，向大会报告政府工作" (a 工作报告), "我代表第十五届
# 中央委员会向大会作报告" / "我受…委托，向大会作报告" (a congress's 报告)
_OPENING_REPORT = re.compile(
    r"(?:代表|受)[^，。；！？]{1,30}?[，,]?\s*向[^，。；！？]{0,24}?(?:大会|全会|会议)\s*"
    r"(?:(报告[^，。；！？]{0,12}?工作|作[^，。；！？]{0,6}?工作报告)|作报告)"
)


def _opening_genre(body: list[Block]) -> str | None:
    """The genre an untitled text names in its first sentences: a report to a congress
    with no header ("现在，我代表国务院，向大会报告政府工作，请予审议") is a 工作报告,
    one "向大会作报告" a 报告, said by the text itself, so the library can file it with
    the titled ones."""
    for block in body[:3]:
        text = _norm(block.text)
        # "本届政府…任期即将结束。现在，我代表国务院，…": the second sentence at most
        m = _OPENING_REPORT.search("。".join(re.split(r"[。！？]", text, maxsplit=2)[:2]))
        if m:
            return "工作报告" if m.group(1) else "报告"
    return None


def _name_before_zai(text: str | None) -> str | None:
    """The speaker a subtitle names with no post: "任正非在…上的讲话" -> "任正非"."""
    if not text:
        return None
    m = _NAME_ZAI.match(_squeeze(text))
    if not m or _NOT_NAME_ZAI.search(m.group(1)) or _POST_END.search(m.group(1)):
        return None
    return m.group(1)


_ACTS = ("发布", "通过", "批准", "印发", "公布", "施行", "修订", "修正", "签署", "颁布")


def _read_speaker_and_date(text: str, header: _Header) -> bool:
    """One line with the speaker and the date: "2025年2月3日 区委书记 张振宇",
    "区委书记 张振宇（2025年2月3日）"."""
    dates = find_dates(text)
    if len(dates) != 1 or len(text) > 60:
        return False
    d = dates[0]
    rest = (text[: d.start] + " " + text[d.end :]).strip(" \u3000（()）—-－―")
    rest = rest.replace("（）", "").replace("()", "").strip(" \u3000")
    if rest.startswith(("在", "于")) or rest.endswith(_ACTS):
        # "2026年1月27日在…会议上 省长 赵某" is a subtitle; "…委员会发布" an act
        return False
    m = _POST_NAME.match(rest)
    if not m:
        return False
    header.post = _SPACES.sub(" ", m.group(1)).strip()
    header.speaker = _clean_name(m.group(2))
    header.date = header.date or d.iso
    header.title_closed = True
    return True


def _read_line(text: str, block: Block, header: _Header) -> bool:
    """Read one header line into ``header``. False when the line is body text."""
    squeezed = _squeeze(text)

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

    m = _PIECE_LABEL.match(text)
    if (
        m
        and header.title_parts
        and _TEMPLATE_HEADLINE.search(_squeeze("".join(header.title_parts)))
    ):
        # "篇一：在…上的讲话" under a 范文 site's headline: the first piece's own title
        header.template = True
        header.title_parts = [m.group(1).strip()]
        header.styled_title = False
        return True

    m = _COMRADE_SPEECH.match(squeezed)
    if m and not header.title_parts:
        header.speaker = _clean_name(m.group(1))
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
        m = _POST_NAME.match(sub)
        if m and header.title_parts and len(sub) <= 45:
            # "—— 县委书记 张宏伟": the speaker signs with a dash, no subtitle
            header.post = _SPACES.sub(" ", m.group(1)).strip()
            header.speaker = _clean_name(m.group(2))
            header.title_closed = True
            return True
        sub = _take_speaker_tail(sub, header)
        _set_subtitle(header, sub)
        if len(header.title_parts) >= 2 and _page_headline(_squeeze(header.title_parts[0])):
            # the page's headline over a main title and its "——在…上的讲话": the main
            # title is the document's own, the headline the site's
            header.title_parts = header.title_parts[1:]
        return True

    if header.title_parts and _read_speaker_and_date(text, header):
        return True

    if _is_date_line(text) and not has_time_of_day(text):
        if "在" in text and header.title_parts and header.subtitle is None:
            _set_subtitle(header, _take_speaker_tail(text.strip("（()）"), header))
        header.date = header.date or find_dates(text)[0].iso
        header.title_closed = bool(header.title_parts)
        return True

    m = _ROLE_NAME.match(text)
    if m:
        header.speaker = _clean_name(m.group(1))
        header.title_closed = bool(header.title_parts)
        return True

    spaced = " " in text or "\u3000" in text  # a post and a name set apart, as signed
    m = _POST_NAME.match(text) if not header.title_parts and spaced else None
    if m and len(text) <= 24 and header.speaker is None and not DOCUMENT_END.search(text):
        # "县长　李文华" where no title stands over it (the site's banner or headline went):
        # the speaker, not the title
        header.post = _SPACES.sub(" ", m.group(1)).strip()
        header.speaker = _clean_name(m.group(2))
        return True

    if header.title_parts or header.subtitle:
        m = _POST_NAME.match(text)
        # (not the title of a document inside the text: "中国共产党中央革命军事委员会命令" ends in
        # the kind of document, "委员" + "会命令" is no post and name)
        if m and len(text) <= 45 and not DOCUMENT_END.search(text):
            header.post = _SPACES.sub(" ", m.group(1)).strip()
            header.speaker = _clean_name(m.group(2))
            header.title_closed = True
            return True
        m = _UNIT_NAME.match(text)
        if m and _is_name(m.group(2)):
            # "综合科　李明" under a work summary's title: the writer's unit and name
            header.post = m.group(1)
            header.speaker = _clean_name(m.group(2))
            header.title_closed = True
            return True
        if _POST_END.search(squeezed) and len(squeezed) <= 30:
            header.post = text
            header.title_closed = True
            return True
        if _is_name(text) and (header.post or len(_clean_name(text)) <= 3):
            header.speaker = _clean_name(text)
            header.title_closed = True
            return True

    joined = _squeeze("".join(header.title_parts))
    if (
        joined
        and (_GENRE_END.search(joined) or _LOCAL_OFFICE.match(squeezed) and len(joined) >= 8)
        and _AUTHOR_ORG.search(squeezed)
        and not _TITLE_CONTINUATION.match(squeezed)
        and len(squeezed) <= 30
    ):
        # "关于…的调研报告" then "区委政策研究室调研组": the author, not more title
        header.speaker = header.speaker or text
        header.title_closed = True
        return True

    if header.title_parts and _SAID_HEADLINE.match(squeezed):
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
        if joined and _page_headline(_squeeze(joined)) and _own_title(squeezed):
            # the page's headline over the document's own title line ("周明远在…大会上强调
            # 奋力…" / "在…大会上的讲话"; "…的讲话范文（精选）" / "…的讲话"): the site wrote
            # the first, the author the second
            header.template = header.template or bool(_TEMPLATE_HEADLINE.search(_squeeze(joined)))
            header.title_parts = []
            header.styled_title = False
        elif joined and _GENRE_END.search(joined) and _GENRE_END.search(squeezed):
            # a site headline, then the document's own title: the headline's mark as the
            # page's title (a page's <title>, its <h1>) goes with it
            header.title_parts = []
            header.styled_title = False
        elif (
            joined
            and _GENRE_END.search(_squeeze(joined))
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
        header.title_parts.append(text)
        return True
    return False


_ABOVE_SALUTATION = 4  # blocks: a header line the reading stopped short of stands close


def _date_above_salutation(body: list[Block]) -> str | None:
    """The document's own date line when the header reading stopped above it: a line that
    is a date ("（2025年4月3日）") among the first lines of the body, before the salutation
    (同志们：). A line the reading did not know (a site's leftover, a line of the page)
    must not hand the date to the page's 发布时间."""
    for block in body[:_ABOVE_SALUTATION]:
        text = _norm(block.text)
        if _SALUTATION.match(text):
            return None
        bare = _squeeze(text).strip("（()）")
        dates = find_dates(bare) if len(bare) <= 16 else []
        if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(bare):
            return dates[0].iso if dates[0].iso.count("-") == 2 else None
    return None


_SIGNATURE_SCAN = 12  # blocks at the end where a 落款 or a speech's date line stands


def _signature_date(body: list[Block]) -> str | None:
    """The date a document is signed with at its end (a 通知's 落款 "…人民政府办公室" /
    "2025年12月20日", a speech dated under its last paragraph): a line that is one full
    date and nothing else, the last such line near the end. A header date wins over it."""
    for block in reversed(body[-_SIGNATURE_SCAN:]):
        text = _squeeze(_norm(block.text)).strip("（()）")
        if len(text) > 16 or "年" not in text:
            continue
        dates = find_dates(text)
        # a full date; or a month (a 总结 signed "二〇二五年十二月") on one of the last lines
        full = dates and dates[0].iso.count("-") == 2
        if len(dates) == 1 and (
            full or (dates[0].iso.count("-") == 1 and any(block is b for b in body[-3:]))
        ):
            d = dates[0]
            if d.start == 0 and d.end == len(text):
                return d.iso
    return None


_QUESTION_TITLE_END = ("？", "?", "！", "!")


def _question_title(text: str, after: list[Block]) -> bool:
    """A first line that asks or exclaims ("中国的红色政权为什么能够存在？") is the title when
    a date line stands under it, as under any title; plain text gives no other sign (a
    Word Title style or a page's <h1> does), and a sentence ending in ？ is prose otherwise."""
    squeezed = _squeeze(text)
    if not squeezed.endswith(_QUESTION_TITLE_END) or len(squeezed) > 40:
        return False
    if _SENTENCE_END.search(squeezed[:-1]):
        return False
    nxt = next((b for b in after if b.text.strip()), None)
    return nxt is not None and _is_date_line(_norm(nxt.text))


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
    crumbs = {
        j
        for i, block in enumerate(top)
        if block.text.strip() in _BREADCRUMB
        for j in (i - 1, i, i + 1)
    }
    seen = 0
    for i, block in enumerate(top):
        text = _norm(block.text)
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
        if _SALUTATION.match(text):
            break
        if _read_boilerplate(text, header):
            end = i + 1
            continue
        m = _INFO_TAIL.search(text)
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
        title = _BANNER_PREFIX.sub("", title)
        title = _strip_doc_number(title)
        # what a site wraps a title in: its column as a tag in front (【领导讲话】…), its
        # name after a bar (…的讲话_某某县人民政府), the day in brackets behind (…（2025年
        # 10月8日）), which is the document's date
        title = _COLUMN_TAG.sub("", title)
        title = _SITE_SUFFIX.sub("", title)
        m = _DATE_SUFFIX.search(title)
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
        text = _norm(block.text)
        source = _source_value(text)
        if source and header.source is None:
            _keep_info(header, text, None, source)
        if len(text) <= 60 and _TEMPLATE_SITE.search(text):
            header.template = True
        if _is_summary(reason, text):
            dates = find_dates(text)
            if dates:
                summary_dates.append(dates[0].iso)
        elif reason == "timestamp" or _BOILERPLATE.match(text) or has_time_of_day(text):
            dates = find_dates(text)
            if dates and header.published is None:
                _keep_info(header, text, dates[0].iso, None)
    if header.source is None and removed:
        # "来源：" on one line and the paper's name on the next
        for (_, a), (_, b) in zip(removed, removed[1:]):
            if _SOURCE.search(_norm(a.text)) and not _source_value(_norm(a.text)):
                name = _norm(b.text)
                if name and len(name) <= 20 and not _BOILERPLATE.match(name):
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
        date = (
            _date_above_salutation(body)
            or _signature_date(body)
            or (None if header.template else header.published)
        )

    subtitle = header.subtitle
    for text in (title, subtitle):
        m = _TITLE_SPEAKER.match(_squeeze(text)) if text and header.speaker is None else None
        if m:  # "县长张宏伟在全县…会议上的讲话", "——区委书记张振宇在…上的讲话"
            header.post = header.post or m.group(1)
            header.speaker = m.group(2)
    if header.speaker is None:
        for text in (subtitle, title):
            name = _name_before_zai(text)
            if name:  # "——任正非在市场部…仪式上的讲话": the speaker without a post
                header.speaker = name
                break
    occasion = header.occasion or occasion_of(subtitle) or occasion_of(title)
    occasion = occasion or _minutes_occasion(subtitle) or _minutes_occasion(title)
    if occasion is None and title is None:
        occasion = _opening_occasion(body)
    genre = genre_of(title) or genre_of(subtitle)
    if genre is None and title is None:
        genre = _opening_genre(body)
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
