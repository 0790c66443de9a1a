"""Sentences and characters: the small text helpers every study pass shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.corpus.display import count_chars as display_count_chars

_END = "。！？!?"
_CLOSE = "”’」』）)"


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph with its character span (start inclusive, end exclusive)."""

    start: int
    end: int
    text: str


# A sentence's end: a stop and the stops and closing quotes right after it
_SENTENCE_END = re.compile(f"[{_END}][{_END}{_CLOSE}]*")


def sentences(text: str) -> list[Sentence]:
    """Split a paragraph after 。！？ (closing quotes stay with their sentence), so a span
    found in the sentence maps back onto the paragraph. (Every study pass splits every
    paragraph, so the ends are found by one regex scan rather than a loop over characters.)"""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        piece = text[start:end]
        if piece.strip():
            out.append(Sentence(start, end, piece))
        start = end
    if text[start:].strip():
        out.append(Sentence(start, len(text), text[start:]))
    return out


def count_chars(text: str) -> int:
    """字数 as writers count it: every character except white space (punctuation counts,
    as in Word's 字数 for Chinese text)."""
    return display_count_chars(text)  # one definition with the library table and reader


_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


def first_clause(text: str) -> str:
    """Text up to the first clause mark: the key words of a heading or an enumerated item
    ("保持协调“畅通”", "腿勤")."""
    m = _CLAUSE_END.search(text)
    return (text[: m.start()] if m else text).strip()


# 在七年内, 今后, 同时: a clause that only says when or links on — the item is the next one
_SETTING = re.compile(
    r"(?:在|于|从|自)?[\u4e00-\u9fff〇○]{0,6}?(?:年|月|天|时期|时间|世纪|世纪中叶|世纪末|年代)(?:内|以内|之内|以前|之前|以后|之后|期间|以来)?"
    r"|同时|此外|另外|当前|目前|今后|现在|今年|明年|近期|为此|因此"
    # 在前面已经说过的, 大家知道, 我认为: an aside of the talk, not the item
    r"|在?(?:前面|上面|上文)(?:已经)?(?:说过|讲过|提到过?|谈过)的?|如前所述|众所周知|大家(?:都)?知道"
    r"|我(?:认为|觉得|想|看)|应该说|坦率地说|总的来说|一般说来|具体地说|具体来说|换句话说"
    r"|(?:这里)?再?重复(?:地)?(?:说一说|说一下|一下|一遍)"
    # 3—5年内: a span of years in figures
    r"|[0-9０-９]{1,4}(?:[—\-－~～至到][0-9０-９]{1,4})?(?:年|个月)(?:内|以内|之内|以后|之后)"
)
# 在国内，唤起民众 / 在特区政府区域内，实行… / 如果有人来侵略我们，予以坚决回击 / 通过内部整合
# 研发资源，成立…: a clause that only says where, on what condition or by what means — the
# item is what is done there
# a clause that opens the next item of a run (第二个是…, 二是…, 其二, 另一个…): a first clause that
# only sets the ground (通过认证后职级是否提升，第二个是…) is the item itself, not a way into that one
_NEXT_ORDINAL = re.compile(
    r"(?:第[二三四五六七八九十]|[二三四五六七八九十]是|其[二三四五六七八九十次]|另一|其次|再次|最后[，,])"
)
_FRAME_CLAUSE = re.compile(
    r"在[\u4e00-\u9fff、]{1,14}?(?:内|里|里边|里面|以内)"
    r"|在(?:国内|国外|国际上|农村|城市|城里|乡下|党内|党外|内部|外部)"
    # 在发展生产和提高经济效益的基础上，继续改善城乡人民生活: the ground the thing is done on
    r"|在[^，,。；;：:！？!?]{2,16}?(?:的)?(?:基础上|前提下|条件下|情况下|同时)"
    r"|(?:如果|假如|假若|倘若|要是|若是|万一)[^，,。；;：:！？!?]{1,16}"
    r"|通过[^，,。；;：:！？!?]{2,14}"
    # 根据当地的资源特点和社会条件，继续发展乡镇企业 / 随着经济建设的发展，…: the ground or
    # the course the thing is done by, not the thing
    # (a clause that ends on what it is based on: 根据形势变化及时调整工作重点 is the thing done)
    r"|(?:根据|按照|依照|依据|遵照|针对|立足于?|随着)[^，,。；;：:！？!?]{0,12}"
    r"(?:条件|特点|要求|部署|精神|需要|需求|实际|情况|规定|原则|安排|变化|发展|推进|形势|规律|指示)"
    # 同流域规划相结合，大量地兴修小型水利: what the work goes with, a means
    r"|(?:同|与|和|跟)[^，,。；;：:！？!?]{2,12}相结合"
    # 和朝鲜人民一起，打回到三八线: with whom the thing is done, not the thing
    r"|(?:同|与|和|跟)[^，,。；;：:！？!?]{2,12}(?:一起|一道|一块儿?)"
)


# not X but Y: the item is what the writer affirms — A的精神，不是X，而是Y / 不是X，而是Y
_RATHER = re.compile(
    r"(?:[^，,。；;：:！？!?]{1,16}[，,])?\s*(?:并)?不是[^，,。；;：:！？!?]{1,30}"
    # 不是为了团结，为了进步，…，而是个人攻击: the X may run over a few clauses
    r"(?:[，,][^，,。；;：:！？!?]{1,30}){0,4}[，,]\s*而是"
    r"([^，,。；;：:！？!?]+)"
)
# 国内的，即A: the clause 即 opens names what a bare 的-phrase only qualified
_NAMED = re.compile(r"[，,]\s*(?:即|也就是|就是)([^，,。；;：:！？!?]{2,32})")
# 其一是说，矛盾存在于…: 说 / 是说 after an ordinal only leads into the item, as 是 does
_BARE_COPULA = frozenset(("是", "就是", "即", "也就是", "就是说", "为", "乃是", "说", "是说"))


def item_clause(text: str) -> str:
    """The key words of an enumerated item: its first clause, or the next one when the
    first only sets the time (（九）在七年内，基本上消灭…虫害 -> 基本上消灭…虫害), the place, the
    condition or the means (在国内，唤起民众 -> 唤起民众; 如果有人来侵略我们，予以坚决回击 ->
    予以坚决回击)."""
    first = first_clause(text)
    if first in _BARE_COPULA:  # 第二条是，我们的组织要…: the copula only leads into the item
        rest = text[text.find(first) + len(first) :].lstrip("，,：: ")
        if rest and rest[0] not in "。；;！？!?":
            text, first = rest, first_clause(rest) or first
    if first.endswith("的是") and len(first) <= 16:
        # 今年的会不一样的是，会期压缩了: a clause closing on 的是 points at the next one
        rest = text[text.find(first) + len(first) :].lstrip("，,：: ")
        if rest and rest[0] not in "。；;！？!?" and first_clause(rest):
            text, first = rest, first_clause(rest)
            said = re.match(r"[\u4e00-\u9fff]{1,4}的是", first)
            if said and len(first) - said.end() >= 2:  # 展示的是融合产业链 -> 融合产业链
                text, first = text[said.end() :], first[said.end() :]
    for _ in range(2):  # 用十五年时间，即在一九八○年以前，建成…: settings one after another
        if not (first and len(first) <= 10 and _SETTING.fullmatch(first.removeprefix("即"))):
            break
        rest = text[text.find(first) + len(first) :].lstrip("，,、 ")
        if not rest or rest.startswith(("。", "；", ";", "！", "？")) or _NEXT_ORDINAL.match(rest):
            break
        text, first = rest, first_clause(rest) or first
    named = _NAMED.match(text, text.find(first) + len(first)) if first else None
    if named and first.endswith("的") and len(first) <= 4:
        # 第一种是国内的，即工人阶级和资产阶级的矛盾: what 即 names. A bare 的-phrase of a word or
        # two (国内的, 党外的) only qualifies; a longer one names the item by what it has and 即
        # explains it (第一部分是有余钱剩米的，即用其体力…所得: 有余钱剩米的)
        return named.group(1)
    rather = _RATHER.match(text[text.find(first) :]) if first else None
    if rather and 2 <= len(rather.group(1)) <= 32:
        return rather.group(1)  # 法务人员最伟大的精神，不是通读百书，而是要有敏锐的嗅觉
    if first and len(first) <= 18 and _FRAME_CLAUSE.fullmatch(first):
        # the clause after a place, condition or means, when it is a short one of its own
        # (在划分阶级成分中，在许多地方把…: a long run-on keeps the setting as the item)
        rest = text[text.find(first) + len(first) :].lstrip("，,、 ")
        second = first_clause(rest) if rest and rest[0] not in "。；;！？!?" else ""
        if 2 <= len(second) <= 24 and not _NEXT_ORDINAL.match(second):
            return second
    return first


def item_place(text: str, item: str, start: int, end: int) -> tuple[int, int]:
    """Where to mark a frame's item in its paragraph ``text``: its own words at or after the
    reader's span (``start``..``end``; a span may cover the unit the item was cut from), else
    just before it (a span a character late: 国内国外两个市场 marked 外两 for 国外, and an
    item opening with “ lost its first character), else as much of the span as is the
    item's own (:func:`own_run`)."""
    if not item:
        return start, end
    ahead = text.find(item, start)
    if 0 <= ahead < end + len(item):
        return ahead, ahead + len(item)
    behind = text.rfind(item, max(0, start - len(item)), start + len(item))
    if behind >= 0:
        return behind, behind + len(item)
    quoted = _quoted_place(text, item, start, end)
    return quoted if quoted is not None else own_run(text, item, start, end)


def own_run(text: str, item: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start``..``end`` cut to its longest leading run of characters that stands
    in ``item`` (empty, at ``start``, when its first character does not): an item the text
    does not write out (国外 out of 国内外两个大局) was marked on the characters after the one
    before it, 外两, a 两 that is no part of it; now on 外, its own, and an item nowhere near
    (国内 for a span on 两个) on nothing rather than on words that are not it."""
    stop = start
    while stop < min(end, len(text)) and text[start : stop + 1] in item:
        stop += 1
    return start, stop


_QUOTES = "“”‘’\"'「」『』"


def _quoted_place(text: str, item: str, start: int, end: int) -> tuple[int, int] | None:
    """``item`` as the text writes it with quotation marks inside (烟花爆竹“打非治违”, an item
    read without them), near the span: from its first to its last own character."""
    core = [c for c in item if c not in _QUOTES]
    if len(core) < 2:
        return None
    gap = f"[{re.escape(_QUOTES)}]*"
    pattern = re.compile(gap.join(re.escape(c) for c in core))
    lo = max(0, start - len(item) - 2)
    for m in pattern.finditer(text, lo):
        if m.start() > end + len(item):
            break
        return m.start(), m.end()
    return None
