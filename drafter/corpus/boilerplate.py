"""Recognising the clutter a web page or a printout leaves in pasted text.

Each rule answers "is this line clutter, and why?" with a reason that cleaning records in
``CleanResult.removed`` (metadata still reads the ``source`` and ``summary`` lines from there).
Rules look at whole lines only: a body sentence that merely mentions 来源 or 打印 stays.
"""

from __future__ import annotations

import re

from drafter.corpus.apparatus_labels import is_apparatus_label
from drafter.corpus.closing.labels import closing_label

# Lines that are nothing but a page widget: buttons, font-size switches, share bars.
CHROME_WORDS = frozenset(
    [
        "下载",
        "打印",
        "全屏",
        "收藏",
        "分享",
        "网站地图",
        "联系我们",
        "关于我们",
        "网站声明",
        "隐私政策",
        "无障碍",
        "繁体",
        "简体",
        "English",
        "手机版",
        "登录",
        "注册",
        "搜索",
        "评论",
        "点赞",
        "转发",
        "复制链接",
        "分享：",
        "分享:",
        "分享到",
        "分享到：",
        "分享到:",
        "打印本页",
        "关闭窗口",
        "关闭",
        "返回",
        "返回顶部",
        "返回首页",
        "纠错",
        "我要纠错",
        "【纠错】",
        "（完）",
        "(完)",
        "【完】",
        "（全文完）",
        "【",
        "】",
        "[",
        "]",
        "【打印】",
        "【关闭】",
        "【关闭窗口】",
        "【打印本页】",
        "【收藏】",
        "加大",
        "还原",
        "减小",
        "【字号：",
        "【字体：",
        "字号：",
        "字体：",
        "字号",
        "阅读量：",
        "浏览量：",
        "浏览次数：",
        "点击数：",
        "发表时间：",
        "发布时间：",
        "扫一扫在手机打开当前页",
        "扫一扫",
        "微信",
        "微博",
        "QQ空间",
        "qq空间",
        "当前位置：",
        "您的位置：",
        "您现在的位置：",
        "当前位置:",
        "您的位置:",
        "首页",
        ">",
        "›",
        "»",
        "上一篇",
        "下一篇",
        "默认",
        "打印文章",
        "关闭本页",
        "字体大小",
        # the accessibility and version switches of a government site's top bar
        "无障碍浏览",
        "无障碍阅读",
        "长者模式",
        "关怀模式",
        "关怀版",
        "适老化",
        "繁體",
        "繁体版",
        "简体版",
        "移动版",
        "读屏专用",
        # a web editor's placeholders left in the page ("bold text", "italic text")
        "粗体文字",
        "斜体文字",
    ]
)
# Font-size switch values: only clutter right after 【字号： / 【字体：.
SIZE_WORDS = frozenset(["大", "中", "小", "加大", "还原", "减小", "默认", "】", "【"])
SIZE_OPENERS = ("【字号", "【字体", "字号：", "字体：", "字号:", "字体:")

_LABEL = re.compile(
    r"^[【\[［（(]?(来源|信息来源|稿件来源|文章来源|本文来源|转载来源|作者|责任编辑|编辑|审核|校对|初审|复审|"
    r"终审|审校|文章录入|录入|网站标识码|发布时间|"
    r"更新时间|发表时间|发布日期|时间|日期|阅读量|阅读次数|阅读数|浏览量|浏览次数|浏览数|点击数|点击量|点击率|"
    r"点击次数|访问量|访问次数|阅读|浏览|本文链接|文章链接|原文地址|分享到?|字号|字体|上一篇|"
    r"下一篇|上一条|下一条|关键词|标签|附件下载|原标题|原文链接"
    # an OA system's print line at the foot of what it exported ("打印时间：… 打印人：…")
    r"|打印时间|打印日期|打印人|导出时间"
    # a clipped or reposted page's source line (剪藏自：某某网　http://…, as Evernote's and
    # 有道云笔记's web clipper write it under the clip)
    r"|剪藏自|转载自|转自)"
    r"\s*[：:]\s*(.*?)[】\]］）)]?$"
)
# the information box of a government site's 政府信息公开 page, one field a line; the field
# names are padded to one width ("文　　号："), so spaces may stand inside them
_INFO_BOX = re.compile(
    r"^[【\[［]?(索[\s\u3000]*引[\s\u3000]*号|发[\s\u3000]*布[\s\u3000]*机[\s\u3000]*构"
    r"|发文机关|发文单位|成[\s\u3000]*文[\s\u3000]*日[\s\u3000]*期|生成日期|发文日期|公开日期"
    r"|文[\s\u3000]*号|发文字号|主[\s\u3000]*题[\s\u3000]*分[\s\u3000]*类|主题词|体裁分类"
    r"|组配分类|服务对象|信息分类|所属机构|公开方式|公开范围|公开时限|有[\s\u3000]*效[\s\u3000]*性"
    r"|废止日期|失效日期|实施日期|信息名称"
    # the name and title fields, padded to the box's width ("名　　称：", "标　　题：")
    r"|名[\s\u3000]+称|标[\s\u3000]+题)[\s\u3000]*[：:]"
)
_SOURCE_LABELS = frozenset(
    ("来源", "信息来源", "稿件来源", "文章来源", "本文来源", "转载来源", "剪藏自", "转载自", "转自")
)
_TIME_LABELS = frozenset(("发布时间", "更新时间", "发表时间", "发布日期", "时间", "日期"))
_BREADCRUMB = re.compile(
    r"^(当前位置|您的位置|您现在的位置|位置)\s*[：:]|^首页\s*[>›»]|[>›»]\s*正文$"
)
_URL = re.compile(r"^(https?://|www\.)\S+$|^\S+\.(com|cn|net|org|gov\.cn)(/\S*)?$", re.I)
_FOOTER = re.compile(
    r"版权所有|Copyright|©|ICP备|ICP证|公网安备|主办单位[：:]|承办单位[：:]|主办[：:].{2,30}承办[：:]"
    r"|网站标识码",
    re.I,
)
# _FOOTER in two: its Chinese words and © (no case: searched without re.I, which made
# every character a case-folded try), and its Latin words under re.I as before
_FOOTER_HAN = re.compile(
    r"版权所有|©|公网安备|主办单位[：:]|承办单位[：:]|主办[：:].{2,30}承办[：:]|网站标识码"
)
_FOOTER_LATIN = re.compile(r"Copyright|ICP备|ICP证", re.I)
_SIZE_INLINE = re.compile(
    r"^[【\[]?字[号体][：:]?\s*[【\[]?\s*(大|中|小|加大|还原|减小|默认)(\s+\S{1,2}){1,3}\s*[】\]]?$"
)
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_HEX_ID = re.compile(r"^[0-9a-f]{16,}:?$")
_TIMESTAMP = re.compile(
    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}[:时]\d{1,2}([:分]\d{1,2})?秒?\s*(\S{0,12})$"
)
_PAGE_NUMBER = re.compile(
    r"^(?:[—－\-–―]+\s*\d{1,4}\s*[—－\-–―]+|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}\s*页?|[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?"
    r"|[·•]\s*\d{1,4}\s*[·•]|共\s*\d{1,4}\s*页\s*[，,/]?\s*第\s*\d{1,4}\s*页)$"
)
_CAPTION = re.compile(
    r"(记者\s*\S{0,8}\s*摄|\S摄$|摄影[：:]|图为|供图|新华社发|记者$|（图片来源|图片来源[：:]|资料图片"
    # "会议现场（资料图）", "（视频截图）": what the picture above is, in brackets at the end
    r"|[（(](?:资料图|视频截图|网络配图|图片源自网络)[）)]$"
    # "…作政府工作报告。新甘肃·甘肃日报记者 盛学卿": the photographer named without 摄
    r"|报告[。.]\S{0,16}记者\s*[\u4e00-\u9fff]{2,4}$)"
)
_CAPTION_REPORT = re.compile(
    r"^\S{0,16}(省长|市长|主席|总理|书记|县长|区长|州长|同志)\S{0,16}作(政府)?工作报告$"
    # "张工作政府工作报告。": the speaker's name alone before 作政府工作报告, the photo's line
    r"|^[\u4e00-\u9fff]{2,4}作政府工作报告[。.]?$"
)
TAIL_MARKERS = re.compile(
    r"^(相关报道|相关阅读|相关链接|相关新闻|相关附件|相关文章|延伸阅读|推荐阅读|热点推荐|相关推荐"
    r"|热门推荐|为你推荐|猜你喜欢"
    # a WeChat article's list of the account's earlier articles under the text
    r"|往期推荐|往期回顾|往期精选|往期精彩|往期阅读|精彩推荐|更多推荐)\s*[：:>》]*\s*$"
)
# "手机扫一扫", "扫描二维码分享到微信", "扫码阅读": a QR-code widget's caption
_SCAN_WIDGET = re.compile(r"^(手机|微信)?扫(一扫|描二维码|码)(分享|打开|阅读|关注|在手机)?|二维码$")
_HTML_COMMENT = re.compile(r"^<!--.*-->$")
# a WeChat article's furniture: the call to follow the account over the title ("点击上方蓝字
# 关注我们"), the call to press 在看 or to read the original, the QR code's caption (its end
# mark "- END -" is a tail marker: what follows it goes too); an account's own words about
# itself, never a line a speaker says
_WECHAT = re.compile(
    r"^(?:点击|戳|轻触)(?:上方|下方|顶部|底部|标题下方?)?[^。！？；]{0,14}关注[^。！？；]{0,10}$"
    r"|^[^。！？；]{0,12}(?:点|戳|给)[个一下亮击]{0,2}\s*[“\"「『]?在看[”\"」』]?[^。！？；]{0,16}$"
    r"|^[^。！？；]{0,6}分享[、，,\s]*点赞[、，,\s]*在看[^。！？；]{0,10}$"
    r"|^(?:阅读原文|长按(?:识别)?(?:图中)?二维码[^。！？；]{0,12})$",
)
# an article's credits, two or more on a line ("编辑｜王晓雯　审核｜陈立新", "文字：张三　图片：
# 李四"): who made the page, never the speaker's words
_CREDIT = (
    r"(?:责任编辑|编辑|责编|美编|审核|初审|复审|终审|校对|排版|文字|图片|摄影|撰稿|供稿|视频|监制"
    r"|统筹|策划|出品)\s*[：:｜|丨/]\s*[^\s：:｜|丨/。，；]{1,12}"
)
_CREDITS = re.compile(rf"^[（(]?{_CREDIT}(?:[\s\u3000]+{_CREDIT})+[）)]?$")
# the first characters a credits line opens with (its bracket or one of its words): a quick
# answer for every other short line
_CREDIT_FIRST = frozenset("（(责编美审初复终校排文图摄撰供视监统策出")
# what every line _WECHAT takes holds (a quick answer for every other short line)
_WECHAT_GATE = re.compile(r"关注|在看|阅读原文|二维码")


def _wechat_words(text: str) -> bool:
    """``_WECHAT_GATE.search(text)`` as substring searches in C: the gate before _WECHAT
    on every short line, where the search's alternation costs more than four scans."""
    return "关注" in text or "在看" in text or "阅读原文" in text or "二维码" in text


# a site's clock at the top of the page: "今天是2025年10月9日 星期四", "今天：2025年10月9日"
_CLOCK = re.compile(
    r"^(?:今天是|今天[：:]|今日[：:]?)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?(?:\s*\S{0,12})?$"
)
# where an article was posted from, as WeChat and Toutiao show it beside the author: "发表于
# 浙江", "IP属地：北京"
_POSTED_FROM = re.compile(r"^(?:发表于|IP属地\s*[：:]?)\s*[\u4e00-\u9fff]{2,8}$")
_BRACKET_BUTTONS = re.compile(r"^(\s*[【\[［〔〖][^】\]］〕〗]{1,6}[】\]］〕〗])+\s*$")
_BANNER = re.compile(
    r"^[^\s，。；：！？、]{2,20}(门户网站|网站|政府网|新闻网|客户端|网|频道|官网|官方网站"
    r"|词库|文库|范文大全|范文|公文库|资料库|文档库)"
    r"(\s*[|｜丨/／-]?\s*(https?://|www\.)\S+|\s*(->|—>|[>＞›»])\s*[^\s，。；：！？、]{1,12}"
    # the column the page stands in ("海川财政网 | 党建园地"), the office running the site
    # ("海川决策参考网——市委政策研究室主办")
    r"|\s*[|｜丨]\s*[^\s，。；：！？、|｜丨]{2,8}|\s*(?:——|—|－－|--)\s*[^\s，。；：！？、]{2,20}主办)?$"
)

# An outline number opening the line (一、 （一） 1.): a heading that ends in 网 or 库
# (织密…服务网, 建好…数据库) is the text's own, a site banner is never numbered.
_OUTLINE_START = re.compile(
    r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．](?!\d))"
)

SENTENCE_END = "。！？!?…；;"


def strip_inline(text: str) -> str:
    """Remove inline marks that never belong to the text (``[bookmark: …]``)."""
    if "[bookmark" in text:
        text = _BOOKMARK.sub("", text)
    return text


def classify_line(text: str) -> str | None:
    """Why this whole line is clutter (a reason for ``removed``), or None if it is text.

    Checks run cheapest first: most body lines are long and end in 。, which excludes them
    from every rule at once.
    """
    n = len(text)
    if n > 90:
        # (an export's field line runs long with the file's title in it)
        if n <= 160 and text[-1] not in "。！？；" and "导出" in text and _export_stamp(text):
            return "boilerplate"
        return None
    if text in CHROME_WORDS:
        return "boilerplate"
    first, last = text[0], text[-1]
    if last in "。！？；" and n > 20:
        return None
    if first in _LABEL_FIRST:
        m = _LABEL.match(text)
        if m:
            return _label_reason(m.group(1), m.group(2))
    if first in _INFO_FIRST and _INFO_BOX.match(text):
        return "info-box"
    if first in _PAGE_FIRST and _PAGE_NUMBER.match(text):
        return "page-number"
    if first.isascii():
        if _TIMESTAMP.match(text):
            return "timestamp"
        if _HEX_ID.match(text) or _URL.match(text) or _HTML_COMMENT.match(text):
            return "boilerplate"
    if (first in _CRUMB_FIRST or ">" in text or "›" in text or "»" in text) and _BREADCRUMB.search(
        text
    ):
        return "boilerplate"
    if (
        first in "【[［〔〖"
        and _BRACKET_BUTTONS.match(text)
        and not is_apparatus_label(text)
        # (【结束语】 / 【结尾】 standing alone is the author's label over the closing, no button)
        and not closing_label(text)
    ):
        return "boilerplate"
    if (
        n <= 60
        # (_all_chrome's own first look, asked here: most short lines answer it, no call)
        and ("首页" in text or "主页" in text or first in _CHROME_FIRST or first.isspace())
        and _all_chrome(text)
    ):
        return "boilerplate"
    if "字" in text and _SIZE_INLINE.match(text):
        return "boilerplate"
    if n < 60 and _footer(text):
        return "boilerplate"
    if n <= 20 and ("扫" in text or "二维码" in text) and _SCAN_WIDGET.search(text):
        return "boilerplate"
    if n <= 30 and _wechat_words(text) and _WECHAT.match(text):
        return "boilerplate"
    if n <= 60 and first in _CREDIT_FIRST and _CREDITS.match(text):
        return "boilerplate"
    if n <= 16 and first in "发I" and _POSTED_FROM.match(text):
        return "boilerplate"
    if first == "今" and n <= 40 and _CLOCK.match(text):
        return "boilerplate"
    if n <= 30 and last in "入对描R" and _TYPIST.match(text):
        return "boilerplate"
    if "导出" in text and _export_stamp(text):
        return "boilerplate"
    if first in "▲△" and n <= 80 and "。" not in text[:-1]:
        # "▲ 居民在“板凳会”上商议…": the mark points up at the picture above, a caption
        return "caption"
    caption = n < 80 and last not in "：:" and _may_be_caption(text)
    if caption and (_caption_match(text) or _CAPTION_REPORT.match(text)):
        return "caption"
    return None


# an office system's export head over what it exported: the system's name and 文件导出
# (某某县协同办公平台　文件导出, OA系统　公文导出)
_EXPORT_HEAD = re.compile(
    r"^[\u4e00-\u9fffA-Za-z（）()]{0,24}(?:平台|系统|OA|办公)[\s\u3000]*(?:文件|公文|文档|正文)?导出$"
)
# its field line: who exported it and when, among the file's fields (文件标题：…　密级：无　导出人：…
# 导出时间：2027-04-09 08:52)
_EXPORT_FIELD = re.compile(r"(?:^|[\s\u3000])导出(?:人|时间|日期|单位|部门)\s*[：:]")
_FIELD_LABEL = re.compile(r"(?:^|[\s\u3000])[\u4e00-\u9fff]{2,5}\s*[：:]")


def _export_stamp(text: str) -> bool:
    """Whether ``text`` is a line an office system's 导出 sets over what it exported (its head,
    or its field line naming who exported the file and when, with at least one other field).
    Why: an OA system's 导出Word puts the file's title among those fields, and the line above
    the speech's own title was read as the title and kept in the body."""
    if _EXPORT_HEAD.match(text):
        return True
    return bool(_EXPORT_FIELD.search(text)) and len(_FIELD_LABEL.findall(text)) >= 2


def _footer(text: str) -> bool:
    """``_FOOTER_HAN.search(text) or _FOOTER_LATIN.search(text)``, each asked only of a line
    holding words it needs, found by substring searches in C: a footer's fixed words, 主办
    or 承办 for the sponsor's fields, a C for Copyright and ICP (re.I folds no other
    character to c). A character-class search for their first characters answered too few
    lines: 公, 主 and 网 stand in many a line of the text."""
    return (
        "版权所有" in text
        or "©" in text
        or "公网安备" in text
        or "网站标识码" in text
        or ("主办" in text or "承办" in text)
        and _FOOTER_HAN.search(text) is not None
        or ("C" in text or "c" in text)
        and _FOOTER_LATIN.search(text) is not None
    )


# an online library's credit to who typed the text in: "感谢 某某 录入", "先知 录入及校对"
_TYPIST = re.compile(
    r"^(?:(?:感谢|谢谢)\s*\S{1,16}\s*|\S{1,16}\s+)(?:录入|扫描|OCR)(?:及|并|、)?(?:校对)?$"
)


def _caption_match(text: str) -> bool:
    """A photo caption or byline; a line that merely ends in 记者 or 摄 (a hard-wrapped
    line cut after "…新闻记者") is one only when short and without a clause before it."""
    m = _CAPTION.search(text)
    if m is None:
        return False
    if m.end() == len(text) and (
        m.group() == "记者" or len(m.group()) == 2 and m.group()[1] == "摄"
    ):
        return len(text) <= 24 and "，" not in text
    return True


_LABEL_FIRST = frozenset(
    "来剪信稿文本转作责编审校初复终录网发更时日阅浏点访分字上下关标附原打导【[（(［"
)
_INFO_FIRST = frozenset("索发成生公文主体组服信所有废失实名标【[［")
_PAGE_FIRST = frozenset("—－-–―第0123456789Pp·•共")
_CRUMB_FIRST = frozenset("当您位首")


_TOKEN_SPLIT = re.compile(r"[\s|｜丨/·•]+")
# what a widget's word or a label can start with: a line starting with anything else (no
# bracket, no separator) has a first word that is neither, and so is no bar of widgets
_WIDGET_FIRST = frozenset(w[0] for w in CHROME_WORDS) | _LABEL_FIRST


def _all_chrome(text: str) -> bool:
    """A bar of page widgets on one line: "打印本页 | 关闭窗口", "网站地图 · 联系我们"."""
    if _menu_bar(text):
        return True  # a site's menu bar: "首页 | 政务公开 | 政务服务 | 互动交流"
    first = text[0]
    if first not in _WIDGET_FIRST and first not in _NOT_IN_WORD and not first.isspace():
        return False  # its first word starts here and can be no widget (most lines)
    if _TOKEN_SPLIT.search(text) is None:
        return False  # one token: no bar (most lines are answered here)
    first = _TOKEN_SPLIT.split(text, 1)[0].strip(_BRACKETS)
    if first and first not in CHROME_WORDS and not _LABEL.match(first):
        return False  # its first word is no widget (the test below, on that word alone)
    tokens = [t.strip(_BRACKETS) for t in _TOKEN_SPLIT.split(text) if t.strip(_BRACKETS)]
    return len(tokens) >= 2 and all(t in CHROME_WORDS or _LABEL.match(t) for t in tokens)


def nav_steps(text: str) -> list[str]:
    """The steps of a page's breadcrumb or menu bar, in order, without the label before a
    breadcrumb (当前位置：) and the brackets round a step ([首页]): "当前位置：首页 > 领导之窗 >
    领导讲话" and "首页 | 领导之窗 | 领导讲话" both give 首页, 领导之窗, 领导讲话. The arrows and
    bars part the steps (a step may hold a space: "互动 交流"); a line with neither is a
    menu typed with spaces, slashes or dots between its items ("首页 政务公开 互动交流").
    The one reading of navigation that cleaning (the column names a breadcrumb passes
    through) and the boilerplate rules (what a menu bar is) share."""
    steps = _NAV_SPLIT.split(_NAV_LABEL.sub("", text.strip()))
    if len(steps) == 1:
        steps = _TOKEN_SPLIT.split(steps[0])
    return [s for s in (step.strip(_BRACKETS) for step in steps) if s]


_NAV_SPLIT = re.compile(r"\s*(?:>>|->|[>＞›»|｜丨])\s*")
_NAV_ARROW = re.compile(r">|->|[＞›»]")
_NAV_LABEL = re.compile(r"^(?:您当前的位置|您现在的位置|当前位置|您的位置|位置)\s*[：:]\s*")


def _menu_bar(text: str) -> bool:
    """A site's menu bar or a breadcrumb from its home page: short steps from 首页 on, three
    or more (two where arrows lead from one to the next: "网站首页 > 领导讲话")."""
    if "页" in text:
        text = _SPACED_HOME.sub(r"\1页", text)  # "首　页 | 集团概况": spaced out to two wide
    if "首页" not in text and "主页" not in text:
        return False  # every home step names one of them (a short line's quick answer)
    steps = nav_steps(text)
    least = 2 if _NAV_ARROW.search(text) else 3
    return len(steps) >= least and steps[0] in _HOME and all(len(s) <= 8 for s in steps)


_BRACKETS = "【】[]［］〔〕〖〗"
# a menu's home step spaced out to the width of two characters (首　页), as old sites set it
_SPACED_HOME = re.compile(r"([首主])[ \u3000\xa0]+页")
# what no widget word holds: _TOKEN_SPLIT's separators and the brackets round a word
_NOT_IN_WORD = frozenset("|｜丨/·•" + _BRACKETS)
# what a line must start with to be a bar of widgets unless it names a home page
# (:func:`_all_chrome`'s first look, which classify_line asks before calling it)
_CHROME_FIRST = _WIDGET_FIRST | _NOT_IN_WORD
_HOME = frozenset(("首页", "网站首页", "主页", "返回首页"))


def _label_reason(label: str, value: str) -> str | None:
    if label in _SOURCE_LABELS:
        return "source"
    if label in ("时间", "日期"):
        # a page's "时间：2026-02-09"; a notice's "时间：2025年3月5日上午9时" is content
        return "timestamp" if _ISO_DATE.match(value) or not value else None
    if label in _TIME_LABELS:
        return "timestamp" if _looks_like_date(value) or not value else None
    if label in ("作者", "责任编辑", "编辑", "审核", "校对") and len(value) > 20:
        return None
    if label in ("阅读", "浏览") and not value[:1].isdigit():
        return None  # "阅读：《…》等书目" is content; "阅读：1234" a counter
    return "boilerplate"


def _may_be_caption(text: str) -> bool:
    return "摄" in text or "记者" in text or "图" in text or "新华社" in text or "报告" in text


_ISO_DATE = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def _looks_like_date(value: str) -> bool:
    return bool(re.match(r"^\s*\d{4}\s*[-/.年]", value))


def is_label_only(text: str) -> str | None:
    """A label whose value is on the next line (``来源：`` then ``四川日报``): its reason."""
    m = _LABEL.match(text)
    if m and not m.group(2).strip():
        label = m.group(1)
        if label in _SOURCE_LABELS:
            return "source"
        if label in _TIME_LABELS:
            return "timestamp"
        return "boilerplate"
    return None


_BANNER_CRUMB = re.compile(
    r"^[^\s，。；：！？、]{2,20}(门户网站|网站|政府网|新闻网|网|频道|官网|词库|文库|范文|资料库)"
    r"\s*(->|—>|[>＞›»])"
)


# a paper's or an office's banner by what it says of itself: the sponsor ("青川日报社主办"),
# its web address after its name ("青川日报社主办　　www.qcnews.com.cn", "青川发布 http://…")
_SPONSOR_BANNER = re.compile(
    # the site's own name may stand first (岚江新闻网　岚江日报社主办　　www.ljnews.com.cn)
    r"^(?:[^\s，。；：！？、“”]{2,20}(?:网站|新闻网|网|客户端|官网)[\s\u3000|｜丨/／-]+)?"
    r"[^\s，。；：！？、“”]{2,24}(?:主办|[\s\u3000|｜丨/／-]+(?:https?://|www\.)[\w./-]+)"
    r"(?:[\s\u3000|｜丨/／-]+(?:https?://|www\.)[\w./-]+)?$",
    re.I,
)


def is_banner(text: str) -> bool:
    """A site banner at the top of a page: "云岭市人民政府门户网站", "新华网", or one with
    its breadcrumb and links run on ("中文马克思主义文库 -> 毛泽东　相关链接：…"), or a paper's
    naming its sponsor or its address ("青川日报社主办　　www.qcnews.com.cn")."""
    if (
        ("主办" in text or "www" in text or "http" in text)
        and len(text) <= 60
        and _SPONSOR_BANNER.match(text)
    ):
        return True
    if not ("网" in text or "库" in text or "频道" in text or "范文" in text or "客户端" in text):
        return False  # each site word holds one of these (most lines are answered here)
    if _OUTLINE_START.match(text):
        return False  # "（一）织密居家社区养老服务网": a numbered heading, never a site's name
    return len(text) <= 60 and bool(_BANNER.match(text)) or bool(_BANNER_CRUMB.match(text))


def is_nav_bar(text: str) -> bool:
    """A page's navigation: its menu bar ("首页 | 政务公开 | 互动交流") or its breadcrumb
    ("当前位置：首页 > 领导讲话"). What stands alone above it at the top is the site's name."""
    if len(text) > 90:
        return False
    return bool(_BREADCRUMB.search(text)) or _menu_bar(text)


_END_MARK = re.compile(r"^[-—－–_=·•\s]*END[-—－–_=·•\s]*$", re.I)


def is_tail_marker(text: str) -> bool:
    """A line after which a web page lists related links, not the document; or a WeChat
    article's end mark ("- END -"), after which come the account's links and credits."""
    return len(text) <= 12 and bool(TAIL_MARKERS.match(text) or _END_MARK.match(text))
