"""Kinds of occasion (培训会, 动员部署会, 座谈会 …) and the browse tree by kind, level and year.

A writer looking for a model asks "what did we say at the last 表彰会?", not "which file":
the library's occasions and titles are free text, so they are sorted into the kinds of
meeting speechwriters name, in an order where the more specific kind wins
(全市安全生产工作会议暨动员部署会 is a 动员部署会, not just a 工作会议).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from drafter.library.model import DocumentInfo, year_of

OTHER = "其他"
NO_YEAR = "未注明年份"
NO_LEVEL = "未注明层级"

# (kind, words that name it) — first match wins, so specific kinds come first.
OCCASION_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("党课", ("党课",)),
    ("开班式", ("开班", "开学典礼", "开学式")),
    ("结业式", ("结业", "毕业典礼")),
    ("培训会", ("培训", "研讨班", "轮训", "专题班", "读书班")),
    ("表彰会", ("表彰", "颁奖", "授奖", "命名", "先进事迹")),
    # a send-off rally (出征大会, 壮行会, 欢送会) mobilises as a 誓师大会 does
    ("动员部署会", ("动员", "部署", "誓师", "启动", "出征", "壮行", "欢送会")),
    # a dialogue with the staff (员工对话会, 沟通会) is a 座谈会 by another name
    ("座谈会", ("座谈", "恳谈", "茶话", "研讨会", "交流会", "对话会", "沟通会")),
    # a talk given on hearing a report (a company's …汇报会, 专题汇报); a bare 汇报 names a
    # genre in a title, so it counts only in an occasion (see _OCCASION_ONLY)
    ("汇报会", ("汇报会", "专题汇报", "听取汇报")),
    ("推进会", ("推进会", "现场会", "观摩", "调度会", "督导")),
    ("述职述廉", ("述职", "述廉", "民主生活会", "组织生活会")),
    ("专题学习", ("中心组", "学习会", "理论学习", "专题学习")),
    ("纪念会", ("纪念", "周年", "追悼", "诞辰")),
    ("致辞", ("致辞", "祝酒", "酒会", "开幕", "闭幕", "欢迎", "典礼", "年会", "新年")),
    # congresses and plenums (党代会, 中央全会, 人大, 政协): the report to the congress is
    # filed apart from the meetings that deploy work; a 政府工作报告 is given to a 人大
    (
        "代表大会",
        (
            "代表大会",
            "全会",
            "中央委员会",
            "委员会第",
            "政治协商会议",
            "党代会",
            "人代会",
            "职代会",
            "政府工作报告",
        ),
    ),
    ("工作会议", ("工作会议", "工作会", "工作大会", "全体会议", "常委会", "务虚会")),
    # a 报告会 is a meeting; a 调研报告 or 工作报告 names a genre, not an occasion
    ("讲话", ("讲话", "发言", "报告会", "谈话")),
)


# a bare 会议 or 大会 says a meeting was held, not which kind: it files the text as a 工作会议
# only when neither the occasion nor the title names a kind ("在…奋斗大会上为家属颁奖的
# 讲话" is a 表彰会 by its title)
_ANY_MEETING = ("会议", "大会")

# words that name a kind in an occasion (a meeting's name) but a genre in a title: "IFS推行
# 向任总专题汇报" is a meeting, "关于…情况的汇报" a document
_OCCASION_ONLY: dict[str, tuple[str, ...]] = {"汇报会": ("汇报",)}

# the genre of a text whose header names no meeting but that reports to a congress
# ("现在，我代表国务院，向大会报告政府工作": a 工作报告 with no title)
_GENRE_KIND = {"工作报告": "代表大会"}


def occasion_kind(occasion: str | None, title: str | None = None, genre: str | None = None) -> str:
    """The kind of occasion named by a document's occasion (or, failing that, its title,
    then its genre: a 工作报告 goes to a 代表大会); :data:`OTHER` when none says."""
    for text, own in ((occasion, True), (title, False)):
        if not text:
            continue
        for kind, words in OCCASION_KINDS:
            if kind == "讲话":
                break  # a talk of no named kind: only when no meeting is named either
            if any(w in text for w in words + (_OCCASION_ONLY.get(kind, ()) if own else ())):
                return kind
    for text in (occasion, title):
        if text and any(w in text for w in _ANY_MEETING):
            return "工作会议"
    for text in (occasion, title):
        if text and any(w in text for w in dict(OCCASION_KINDS)["讲话"]):
            return "讲话"
    return _GENRE_KIND.get(genre or "", OTHER)


@dataclass
class OccasionNode:
    """One node of the browse tree: a kind, a level under it or a year under that, with
    the ids of the documents below it."""

    label: str
    doc_ids: list[str] = field(default_factory=list)
    children: list[OccasionNode] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many documents sit below this node, shown beside its label."""
        return len(self.doc_ids)


def occasion_tree(docs: Iterable[DocumentInfo]) -> list[OccasionNode]:
    """kind -> audience level -> year, kinds in :data:`OCCASION_KINDS` order (then 其他),
    levels by size (then 未注明层级), years newest first (then 未注明年份)."""
    tree: dict[str, dict[str, dict[str, list[str]]]] = {}
    for d in docs:
        kind = occasion_kind(
            getattr(d, "occasion", None), getattr(d, "title", None), getattr(d, "genre", None)
        )
        level = getattr(d, "level", None) or NO_LEVEL
        found = year_of(getattr(d, "date", None))
        year = str(found) if found else NO_YEAR
        tree.setdefault(kind, {}).setdefault(level, {}).setdefault(year, []).append(d.id)
    order = [k for k, _ in OCCASION_KINDS] + [OTHER]
    out: list[OccasionNode] = []
    for kind in sorted(tree, key=order.index):
        levels = tree[kind]
        kind_node = OccasionNode(kind)

        # 未注明层级 last, as 其他 and 未注明年份 are: the larger of a kind's levels, it stood
        # above 全区 and 全市 under 培训会 (company talks of no level), the first row opened
        sizes = {lv: sum(map(len, years.values())) for lv, years in levels.items()}
        for level in sorted(levels, key=lambda lv: (lv == NO_LEVEL, -sizes[lv], lv)):
            years = levels[level]
            level_node = OccasionNode(level)
            for year in sorted(years, key=lambda y: (y != NO_YEAR, y), reverse=True):
                ids = years[year]
                level_node.children.append(OccasionNode(year, list(ids)))
                level_node.doc_ids.extend(ids)
            kind_node.children.append(level_node)
            kind_node.doc_ids.extend(level_node.doc_ids)
        out.append(kind_node)
    return out


# the bigrams every speech title shares (在…会议上的讲话): no sign of a common subject
_TITLE_FILLER = frozenset({"上的", "的讲", "讲话", "议上", "会上", "大会", "会议", "的发", "发言"})


# the bigrams of the words that name a kind of occasion (代表大会, 培训, 工作会议 …): the kind is
# weighed on its own, and counted again as subject a 政府工作报告 was set beside a 1934 speech
# to a 工农兵代表大会 (工作, 代表, 表大 in common) before another 政府工作报告
_KIND_WORDS = frozenset(
    w[i : i + 2] for _kind, words in OCCASION_KINDS for w in words for i in range(len(w) - 1)
)


def _subject(d: DocumentInfo) -> set[str]:
    text = "".join(filter(None, (getattr(d, "title", None), getattr(d, "occasion", None))))
    return {text[i : i + 2] for i in range(len(text) - 1)} - _TITLE_FILLER - _KIND_WORDS


def closest_peer(docs: Iterable[DocumentInfo], doc_id: str) -> str | None:
    """The document a trainee would first set beside ``doc_id``: given at the same kind of
    occasion (a 培训会 speech beside another), of the same genre, on the same subject
    (words its title and occasion share: 办公室主任), nearest in length; never a copy of
    the same text (the same title and length, saved as .txt and .docx). None when there is
    no other document. The 对照 tab offered the library's first document instead (a
    政府工作报告 beside a training-course speech), one more search before each comparison."""
    docs = list(docs)
    me = next((d for d in docs if d.id == doc_id), None)
    others = [d for d in docs if d.id != doc_id]
    if me is None or not others:
        return others[0].id if others else None

    def chars(d: DocumentInfo) -> int:
        return getattr(d, "chars", None) or 0

    size = max(chars(me), 1)

    def copy(d: DocumentInfo) -> bool:
        same_title = getattr(d, "title", None) == getattr(me, "title", None)
        return same_title and abs(chars(d) - size) <= size // 100

    def kind(d: DocumentInfo) -> str:
        return occasion_kind(
            getattr(d, "occasion", None), getattr(d, "title", None), getattr(d, "genre", None)
        )

    mine, genre, subject = kind(me), getattr(me, "genre", None), _subject(me)

    def score(d: DocumentInfo) -> tuple:
        shared = len(subject & _subject(d))
        points = 2 * (mine != OTHER and kind(d) == mine)
        points += genre is not None and getattr(d, "genre", None) == genre
        points += min(shared, 3)
        ratio = max(chars(d), 1) / size
        # among equals, the one sharing more of the subject before the one nearer in length:
        # a 全市办公室系统文秘业务培训会议 speech was offered a company's 秘书业务培训班 talk
        # (业务培训, three words) ahead of the 全区办公室主任暨文秘业务培训会议 speech
        # (办公室…文秘业务培训, seven), which was five times longer
        return (copy(d), -points, -shared, max(ratio, 1 / ratio))

    return min(others, key=score).id
