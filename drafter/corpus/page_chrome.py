"""A web page's lines around a document's header: the site's banner, column and breadcrumb, its
controls (打印, 字号), its info bar (来源：… 发布时间：… 浏览次数), a news report's or a 范文
site's headline over the document's own title, and what a site wraps a title in (【栏目】…,
…_某某县人民政府, …（2025年10月8日）).

:mod:`drafter.corpus.metadata` reads the header with these and keeps the page's source and
time as the document's source line.
"""

from __future__ import annotations

import re

from drafter.corpus.genre_occasion import GENRE_END
from drafter.corpus.header_speaker import POST_NAME, POST_WORDS, is_name
from drafter.corpus.header_text import squeeze

BOILERPLATE = re.compile(
    # (a paper's source line may stand in brackets under the title: "（来源：青山日报）")
    r"^(?:[（(]\s*(?=(?:信息|文章|稿件)?来源))?"
    r"(?:来源|信息来源|文章来源|稿件来源|作者|时间|发布时间|发表时间|更新时间|日期|发布日期"
    r"|责任编辑|编辑|责编|浏览次数|阅读量|点击|字号|【字号|【字体|打印|关闭|分享|当前位置)"
    # a label has its colon (or stands alone): "时间过得真快，…" is the opening, not a field
    r"(?:\s*[：:】]|\s|$)"
)
WEB_CONTROL = re.compile(
    r"^(?:下载|打印|全屏|收藏|加大|还原|减小|[大中小]|[【】>＞]|首页|分享[：:]?|字号[：:]?"
    r"|打印本页|关闭窗口|返回顶部|【?字体[：:]?|\[bookmark:[^\]]*\]"
    # an old site's left-column label and the label over a page's attached files
    r"|栏目导航|【(?:相关)?附件(?:下载)?】|相关附件[：:]?)$"
)
SITE_BANNER = re.compile(r"^.{2,24}(?:网站|门户网|门户|新闻网|网|客户端|公众号|官网)$")
BANNER_PREFIX = re.compile(
    r"^.{2,20}?(?:门户网站|网站|门户网|新闻网|客户端|官网|词库|文库|范文网|范文大全|公文网|文秘网)"
    r"(?:\s*(?:https?://|www\.)\S+)?\s*(?=.{6,}$)"
    # a site's column over the title (您的位置：首页 > 云南要闻 / 云南要闻 / 2026年政府工作报告)
    r"|^[\u4e00-\u9fff]{2,4}要闻\s*(?=.{6,}$)"
)
# a site's column named alone over or under the headline ("领导之窗", "党建园地", "云南要闻"):
# names sites give their columns, never a document's title or a line of its header
COLUMN_NAME = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:之窗|专栏|园地|要闻|频道)$|^(?:领导讲话|领导活动|政务公开|新闻中心)$"
)
CRUMB_LINE = re.compile(r"(?:首页|当前位置|您的位置).{0,40}[>＞»›]")
COMMENT = re.compile(r"^<!--.*-->$")
CAPTION = re.compile(r"记者.{0,12}摄(?:影)?$")
BREADCRUMB = frozenset((">", "＞", "»", "›", "->", "—>"))
SOURCE = re.compile(r"(?:信息|文章|稿件)?来源\s*[：:]\s*(.*)$")
_URL = re.compile(r"(?:https?://|www\.)\S*", re.I)
_SOURCE_STOP = re.compile(
    r"\s+|(?:作者|时间|发布时间|发表时间|更新时间|日期|责任编辑|编辑|浏览|阅读|点击)\s*[：:]"
)


def source_value(text: str) -> str | None:
    """What a page's 来源 line names (来源：某某日报), its web address and the info bar's next
    field cut off; None when the line names no source. Metadata keeps it as the document's
    source."""
    m = SOURCE.search(text)
    if not m:
        return None
    value = _URL.sub("", m.group(1)).strip(" \u3000:：")
    value = _SOURCE_STOP.split(value, maxsplit=1)[0].strip("【】[]")
    if value.endswith(("）", ")")) and not re.search(r"[（(]", value):
        value = value[:-1]  # "（来源：杉溪日报）": the bracket the whole line stands in
    return value or None


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
TEMPLATE_HEADLINE = re.compile(
    r"(?:范文大全|范文|范本|模板|合集)(?:[（(]?(?:精选|通用|最新|优选)?\d*篇?[）)]?)?$"
    r"|[（(](?:精选|通用|最新|优选)\d*篇?[）)]$|[（(]\d+篇[）)]$"
)


# the page's info fields run onto a header line after a space: "…的讲话　来源：…　2025-10-09"
INFO_TAIL = re.compile(
    r"(?<=\S{6})[ \u3000]+(?=(?:来源|信息来源|文章来源|发布时间|发布日期|发表时间|作者|时间)[：:])"
)
COLUMN_TAG = re.compile(r"^[【\[［][\u4e00-\u9fff]{2,8}[】\]］]\s*(?=\S{6,})")
# a column's label before a bar over the headline ("学习园地｜…", "青峪讲堂|…"), as WeChat
# accounts and news columns title their pieces: the column's, never a word of the title
COLUMN_BAR = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[｜|]\s*(?=\S{6,})")
# the speaker's label opening a headline after its column ("顾长风：…", "县委副书记丁亚楠：…")
_SPEAKER_LABEL = re.compile(r"^(\S{2,16}?)[：:]\s*(?=\S{6,}$)")
SITE_SUFFIX = re.compile(
    r"(?<=\S{6})\s*(?:[_|｜]|——|--|-|－)\s*[^_|｜\s—-]{2,24}"
    r"(?:人民政府|政府网|网站|门户网?|新闻网|网|官网|客户端)$"
)
DATE_SUFFIX = re.compile(
    r"(?<=\S{6})[（(]\s*((?:\d{4}|[〇○零一二三四五六七八九]{4})年[^（()）]{2,8}日)\s*[）)]$"
)
# a news headline in a speaker's words: "县长李文华：守牢森林防火安全底线" (a post and a name,
# a colon, what the speaker said), which a site puts over the speech's own title
SAID_HEADLINE = re.compile(
    rf"^.{{0,24}}?(?:{POST_WORDS})[\u4e00-\u9fff]{{2,3}}[：:][^。！？；：:，,]{{6,40}}$"
)
# the label of one piece on a 范文 site's page ("篇一：在…上的讲话", "篇2：…")
PIECE_LABEL = re.compile(r"^篇\s*[一二三四五六七八九十\d]{1,2}\s*[：:、.]\s*(\S.{3,60})$")
# a 范文 site names itself in its banner, breadcrumb or byline (范文网, 作者：小编), or shows
# itself by its byline and column: a text by no one (作者：佚名, 作者：未知) filed under a kind
# of text (栏目：动员讲话, 栏目：心得体会), where a government page names an office and files
# its leaders' speeches under 领导讲话
TEMPLATE_SITE = re.compile(
    r"范文|小编|作者\s*[：:]\s*(?:佚名|未知|匿名|网友|网络)"
    r"|栏目\s*[：:]\s*(?!领导|重要)[\u4e00-\u9fff]{0,6}"
    r"(?:讲话稿?|致辞|发言稿?|主持词|演讲稿?|心得体会|范文|总结|报告)(?![\u4e00-\u9fff])"
)


def titled_site(text: str) -> bool:
    """A title with the site's name after it ("在…上的讲话-某某大学新闻网", as a browser's tab
    shows the page), not the site's banner, though it ends as one does."""
    m = SITE_SUFFIX.search(text)
    return m is not None and own_title(squeeze(text[: m.start()]))


def without_column(title: str) -> str:
    """A headline without its column's label (学习园地｜…) and, after that label, without
    the speaker's (顾长风：…, 县委副书记丁亚楠：…): what is left is the title the author gave
    the text. A title with no column label is returned as it is: "毛泽东：…" alone may be
    a title as its author wrote it."""
    m = COLUMN_BAR.match(title)
    if m is None:
        return title
    rest = title[m.end() :]
    label = _SPEAKER_LABEL.match(rest)
    if label and (POST_NAME.match(label[1]) or len(label[1]) <= 3 and is_name(label[1])):
        rest = rest[label.end() :]
    return rest


def page_headline(text: str) -> bool:
    """Whether a title line is a page's headline over a document: a news report's (the
    speaker did something somewhere, or says something: 县长李文华：…) or a 范文 site's (the
    text offered as a model)."""
    return bool(
        _NEWS_HEADLINE.match(text)
        or SAID_HEADLINE.match(text)
        or TEMPLATE_HEADLINE.search(text)
        or _column_said(text)
    )


def _column_said(text: str) -> bool:
    """A column's label, then a speaker's ("【宣讲】甘若愚：筑牢…", "青峪讲堂｜顾长风：当好…"):
    a site's label for a speech it carries, never the title its author gave it (a title
    "毛泽东：…" with no column label is left as one)."""
    m = COLUMN_TAG.match(text) or COLUMN_BAR.match(text)
    if m is None:
        return False
    label = _SPEAKER_LABEL.match(text[m.end() :])
    return bool(label) and bool(
        POST_NAME.match(label[1]) or len(label[1]) <= 3 and is_name(label[1])
    )


def own_title(text: str) -> bool:
    """Whether a line reads as a document's own title: it names its genre at the end
    ("…上的讲话", "…的调研报告") or opens as a title does ("在…", "关于…")."""
    if page_headline(text):
        return False
    return bool(GENRE_END.search(text)) or text.startswith(("在", "关于"))


# the fields of a page's info bar under its headline ("2025-04-20 10:15　来源：…　作者：…
# 【字体：大 中 小】【打印】"): a time stamp with two of them is the bar, not a date line
_INFO_FIELD = re.compile(r"(?=来源[：:]|作者[：:]|编辑[：:]|浏览|点击|【字体|【字号|【打印|【关闭)")


def info_bar(text: str) -> bool:
    """Whether ``text`` is a page's info bar: a time stamp and two site fields or more."""
    return len(text) <= 120 and "。" not in text and len(_INFO_FIELD.findall(text)) >= 2


INFO_LINE_MAX = 60

# the site's own fields in a page's info bar: its view counter (浏览次数：1024, 阅读量 88)
# and its buttons (【字体：大 中 小】【打印】, 分享到): the site's chrome, not the text's
# source, so the source line kept as written leaves them out
_CHROME_FIELD = re.compile(
    r"[【\[［(（]?\s*(?:浏览|阅读|点击|访问)(?:次数|量|数|率)?\s*(?:[：:]\s*\d*|\d+)\s*次?\s*[】\]］)）]?"
    r"|[【\[［]\s*(?:字体|字号|打印|关闭|收藏|纠错|分享)[^】\]］]{0,10}[】\]］]"
    r"|字[号体]\s*[：:]\s*[大中小\s]+|分享到\s*[：:]?"
)


def without_chrome(text: str) -> str:
    """A page's info line without the site's chrome (:data:`_CHROME_FIELD`), its gaps
    closed: what the source line shows of it."""
    if not _CHROME_FIELD.search(text):
        return text
    return re.sub(r"[ \u3000]{2,}", "\u3000", _CHROME_FIELD.sub("\u3000", text)).strip(" \u3000")
