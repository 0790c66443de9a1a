"""The grammatical shape of a short heading, for the parallelism (对仗) checks.

Sibling headings of a speech are written to one frame: 加强领导 / 压实责任 / 强化督查 are
all verb + object (动宾), 提高站位、统一思想 is 4 + 4 characters. A writer who puts 作风建设
(a noun phrase) among them breaks the frame, though no lead word or ending is shared.

jieba's part-of-speech tagger (jieba.posseg) reads the words; it is noisy on headings
(着力 comes out as a noun, 深化 as an abbreviation), so a short list of lead verbs of the
genre overrides it, and a heading whose shape is unclear is classed ``"?"`` and never
named as the odd one. Only three shapes are told apart:

* ``"VO"``: a verb (after optional adverbs such as 切实/进一步) followed by its object;
* ``"N"``: a noun phrase without any verb (作风建设, 2016年重点工作, 国防和军队建设);
* ``"?"``: everything else (subject + predicate clauses, verbal nouns first, sentences).
"""

from __future__ import annotations

import re
from functools import lru_cache


def _set(text: str) -> frozenset[str]:
    """A word list written as space-separated text (easier to read and edit)."""
    return frozenset(text.split())


# Verbs that lead headings of the genre; jieba tags several of them wrongly.
LEAD_VERBS = _set(
    """加强 推动 推进 坚持 深化 强化 提升 提高 巩固 健全 完善 落实 抓好 做好 狠抓 突出 聚焦
    围绕 统筹 促进 增强 构建 打造 守住 筑牢 扛起 压实 优化 扩大 培育 实施 坚守 树立 严守
    严格 规范 保障 维护 防范 化解 破解 激发 激活 夯实 织密 做实 做细 做优 做强 做大 用好
    抓实 抓牢 抓紧 抓住 把握 把好 把准 守牢 牢记 践行 弘扬 传承 发挥 凝聚 汇聚 锻造 锤炼
    提振 释放 拓展 拓宽 延伸 补齐 补强 补上 厚植 涵养 营造 塑造 建强 建好 建立 建成 创新
    改进 改善 整治 治理 服务 融入 对接 加快 全面 着眼 立足 紧扣 紧盯 瞄准 坚定 增进 丰富
    保持 确保 锚定 树牢 树立 聚力 发展 繁荣 推行 开展 开创 谱写 书写 勇担 担当 履行 当好 争当 争做 做到 实现"""
)
# Adverbs and modals that may stand before the lead verb (切实加强…, 要着力…).
LEAD_ADVERBS = _PRE = _set(
    """要 必须 切实 进一步 全面 更加 不断 着力 大力 坚决 深入 持续 全力 扎实 积极 努力
    奋力 自觉 始终 继续 加快 有效 精准 统筹 主动 认真 务必 更好 更好地 坚定不移 毫不动摇"""
)
# what may open a four-character word jieba made of an adverb and a verb (严格考核)
_OPENERS = LEAD_VERBS | LEAD_ADVERBS
_PUNCT = re.compile(r"[\s，,、；;：:。！？!?“”‘’\"'《》（）()【】—…·]")
_SEGMENT = re.compile(r"[，,、；;：:]")

_pos = None


def _tagger():
    """jieba.posseg, imported on first use (the dictionary takes a moment to load) and
    kept quiet: its log lines are not the reviewer's business."""
    global _pos
    if _pos is None:
        import logging

        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        _pos = jieba.posseg
    return _pos


@lru_cache(maxsize=4096)
def words(heading: str) -> tuple[tuple[str, str], ...]:
    """The heading's words and jieba part-of-speech flags, punctuation left out."""
    tagged = _tagger().lcut(heading)
    return tuple((w, f) for w, f in tagged if w.strip() and not _PUNCT.fullmatch(w))


def _is_verb(word: str, flag: str) -> bool:
    """A verb by tag or by the genre list, also when jieba glued an adverb to it
    (全面提高, 努力提高, 优先发展 come out as one word)."""
    if word in LEAD_VERBS or flag in ("v", "vd", "vi", "vl", "vg"):
        return True
    if len(word) == 4 and word[:2] in _OPENERS and _dictionary_tag(word[2:]) in ("v", "vn"):
        return True  # 严格考核, 严格管理: jieba's one word (tagged a name) is 严格 + a verb
    return len(word) > 2 and word[-2:] in LEAD_VERBS


def _dictionary_tag(word: str) -> str:
    """jieba's dictionary part of speech for ``word`` ("" when it has none)."""
    _tagger().lcut("")  # the tag table is filled when the tagger first runs
    return _tagger().dt.word_tag_tab.get(word, "")


def _known(word: str) -> bool:
    """In jieba's dictionary, not guessed by its HMM (guesses such as 树牢 are unreliable)."""
    import jieba

    return bool(jieba.dt.FREQ.get(word))


_CLAUSE = _set(
    "要 是 有 能 会 把 将 让 使 不 没有 就 也 都 又 才 应 应该 必须 可以 如何 为什么 怎样"
)
# Abstract head nouns that end a noun phrase with a verb inside (国土空间开发格局).
_HEADS = _set(
    """水平 格局 体系 机制 能力 建设 工作 力度 制度 体制 质量 效能 环境 问题 任务 目标
    成效 作用 地位 家园 战略 格局 局面 态势 基础 保障 支撑 队伍 作风 形势 能力"""
)
_NOUNISH = ("n", "an", "ns", "nt", "nz", "nr", "m", "t", "s", "f", "b", "j", "l", "i")


@lru_cache(maxsize=4096)
def shape(heading: str) -> str:
    """``"VO"``, ``"N"`` or ``"?"`` for one single-clause heading (see the module doc)."""
    if not heading or _SEGMENT.search(heading) or len(heading) > 24:
        return "?"
    ws = list(words(heading))
    if len(ws) == 1:
        w, f = ws[0]
        noun = len(w) >= 4 and f in _NOUNISH and _known(w) and not _is_verb(w, f)
        return "N" if noun else "?"
    if not ws:
        return "?"
    i = 0
    while i < len(ws) - 1 and (
        ws[i][0] in _PRE
        or ws[i][1] in ("d", "ad")
        or (ws[i][1] in ("i", "l") and _is_verb(*ws[i + 1]))  # 千方百计增加…, 因地制宜加快…
    ):
        if ws[i][0] in LEAD_VERBS and not _is_verb(*ws[i + 1]):
            break  # 全面/加快 as the verb itself: 加快发展
        i += 1
    word, flag = ws[i]
    rest = ws[i + 1 :]
    if len(rest) >= 2 and flag == "vn" and rest[0][1] == "c" and _is_verb(*rest[1]):
        return "VO"  # 改革和完善…: two verbs joined by 和
    if _is_verb(word, flag) and rest and any(f[0] in "nvabmrslij" for _w, f in rest):
        return "VO"
    if i or _is_verb(word, flag) or flag not in _NOUNISH or len(word) < 2 or not _known(word):
        return "?"
    last_word, last = ws[-1]
    if last not in ("n", "nz", "vn", "l", "j", "a") and not _is_verb(last_word, last):
        return "?"
    nominal_head = any(last_word.endswith(h) for h in _HEADS) or (
        len(ws) > 2 and ws[-2][0] == "的"
    )  # …的加强
    if any(_is_verb(w, f) for w, f in ws[1:-1]) and not nominal_head:
        return "?"  # 高水平推进对外开放: an adverbial noun before a verb, not a noun phrase
    for w, f in ws[1:]:
        if w in _CLAUSE or f in ("d", "ad", "df", "p", "ul", "uz", "y"):
            return "?"  # 要/是/不/把…: a clause, not a noun phrase
        if f not in _NOUNISH and f not in ("v", "vn", "uj", "c", "eng", "a", "q", "r", "x"):
            return "?"
    return "N"


def segments(heading: str) -> tuple[int, ...]:
    """The lengths of the heading's comma/顿号-separated parts: 提高站位、统一思想 -> (4, 4)."""
    parts = [p for p in _SEGMENT.split(heading) if p]
    return tuple(len(_PUNCT.sub("", p)) for p in parts)
