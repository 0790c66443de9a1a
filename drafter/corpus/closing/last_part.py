"""A last numbered part that is the speech's conclusion though not called 结束语: short, and
titled to rally the audience or with the document's own title."""

from __future__ import annotations

import re

from drafter.corpus.closing.phrases import EXCLAMATIONS

# a part's title that rallies the audience rather than names a subject: 团结起来, 为…而奋斗,
# 争取更大的胜利 (at the end of the title: 同争取将来的胜利关系极大 names a subject)
_RALLY_TITLE = re.compile(
    r"团结起来|^为[^，,。]{2,40}而(?:奋斗|斗争)$|[，,]为[^，,。]{2,40}而(?:奋斗|斗争)$"
    r"|争取(?:更大的|新的|最后的)?胜利$"
)
# at most so many paragraphs (slogans aside) under a rallying title for it to be the closing
_RALLY_PART = 4


def rallying_part(title: str, under: list[str]) -> bool:
    """Whether the last part, titled ``title`` with the paragraphs ``under`` it, is the
    speech's conclusion though it is not called 结束语: its title rallies the audience
    (八、全党团结起来，争取更大的胜利 / 七、为争取…而斗争) and it is short, at most
    ``_RALLY_PART`` paragraphs besides closing slogans (…万岁！). Why: a report or a
    speech that ends on such a part gives its subject to the parts above and only sums up
    and calls here; a long part under such a title (论联合政府's 全党团结起来，为实现党的任务
    而斗争, seven paragraphs on the Party's style of work) is body, its closing inside it."""
    return _short_part(under) and bool(_RALLY_TITLE.search(title))


def _short_part(under: list[str]) -> bool:
    """Whether a last part's paragraphs ``under`` its title are few enough for it to be the
    closing: at least one and at most ``_RALLY_PART`` besides slogans (…万岁！)."""
    prose = [t for t in under if not EXCLAMATIONS.match(t.strip())]
    return 0 < len(prose) <= _RALLY_PART


# at least so many Han characters in a last part's title for it to take up the document's title
_TITLE_PART = 6


def takes_up_title(title: str, doc_title: str, under: list[str]) -> bool:
    """Whether the last part, titled ``title`` with the paragraphs ``under`` it, is the
    document's title taken up whole (its Han characters, at least :data:`_TITLE_PART`, stand in
    ``doc_title`` or hold it: 五、脚踏实地，做挑战自我的长跑者 under 脚踏实地，做挑战自我的长跑者
    消费者BG 2015年中沟通大会) and short, at most ``_RALLY_PART`` paragraphs besides slogans.
    Why: the closing convention (tests/gold/README.md) settles that such a part stays a
    heading and its text is the closing: the speaker comes back to what the whole talk is
    about. A long part under such a title (六、干部要担负起公司价值观的传承, six paragraphs)
    argues its point, and its closing, if any, is read as at any text's end."""
    head = _NOT_HAN.sub("", title)
    whole = _NOT_HAN.sub("", doc_title)
    if len(head) < _TITLE_PART or not whole or not (head in whole or whole in head):
        return False
    return _short_part(under)


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
