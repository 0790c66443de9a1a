"""Where a numeric frame is *mentioned*: the counted phrases (三个服务, 四点希望, 三句话),
the quoted formulas (“四勤”, “五个三”), the abbreviations spelled out at once (三查（…）) and
the counts in figures (3类报表, 21条举措), each as a :class:`~drafter.study.frames.mention.Mention`
with the key that makes its repeats one frame. The readers of one kind live apart:
:mod:`~drafter.study.frames.quoted_mentions` (in quotes), :mod:`~drafter.study.frames.counted_mentions`
(a number and its counter, with the guards that refuse plain counts of things: 三个月, 两个人,
三点半) and :mod:`~drafter.study.frames.package_mentions` (八条 known by its count).

What a mention's items are is :mod:`drafter.study.frames.finders`'s question; which frames a
document keeps is :mod:`drafter.study.frames`'s.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.counted_mentions import counted_mention, guarded_count
from drafter.study.frames.lexicon import FORMULA_GATE, unquoted_formulas
from drafter.study.frames.measures import MEASURES
from drafter.study.frames.mention import (
    NOT_COUNTED_AFTER,
    NUMERAL,
    Mention,
    mention_key,
)
from drafter.study.frames.nouns import PLAIN_NOUNS as _PLAIN_NOUNS
from drafter.study.frames.nouns import noun_after
from drafter.study.frames.package_mentions import package_mention
from drafter.study.frames.quoted_mentions import quoted_mention
from drafter.study.frames.summary_nouns import SUMMARY_NOUN
from drafter.study.layout import Layout, not_after
from drafter.study.model import Frame

# Counter words of a summary; 个方面/句话 are nouns themselves. 重 counts layers of a thing
# (两重任务, 三重压迫, 两重性), never the words it opens (重要, 重点, 重大, 重新 …).
# 对 counts pairs only before 关系/矛盾 (三对关系: 发展和安全、集约和分散…), never 对 the preposition.
_COUNTER = r"(?:个方面|个层面|个问题|个字|句话|层意思|件事|件|面(?=红旗|旗)|重(?=性|[\u4e00-\u9fff])(?![要点大新复量庆视建组申返走温叠阳围])|层(?![楼次级面皮])|部分|个|点|项|条|大|种|类|方面|座|笔|者|对(?=关系|矛盾))"
_RE_COUNTED = re.compile(
    rf"({not_after('第一二三四五六七八九十百千万两几零〇0-9０-９.', NUMERAL)}{NUMERAL}?)({_COUNTER})"
)
# 三查（查阶级、查工作、查斗志）: a number and a word with its items in brackets or after
# a colon right away — an abbreviation the text spells out at once; or defined by the words
# after it (除四害，就是消灭老鼠、麻雀、苍蝇、蚊子; 三优先是：优先…；优先…；优先…)
_RE_ABBREVIATION = re.compile(
    "("
    + not_after("第一二三四五六七八九十百千万两几零〇0-9０-９.这那此每各", "[二三四五六七八九十两]")
    + r"[二三四五六七八九十两]?)([\u4e00-\u9fff]{1,2})"
    + r"(?=[（(：:]|[，,]?(?:就是|即是|即)|是[：:])"
)
# what the word of a defined abbreviation never opens with: a counter, a unit of time or of
# measure (两年内，即…; 十倍就是…; 四周即…), so the count is a quantity, not a formula
_NOT_AN_ABBREVIATION = frozenset("个项条种点类倍部份批年月天日时分秒周岁次人名位")
_RE_ARABIC_COUNT = re.compile(
    "(" + not_after(r"0-9０-９.%．~～\-—", "[2-9]") + ")"
    r"(个|类|种|项|条|点|大)(?=[\u4e00-\u9fff])"
)
# 优化营商环境21条升级举措, 10件惠民实事, ２０条措施: a package of ten or more measures named
# by its count in figures — reports name their policy packages so, and the reader is meant to
# recall the package, not to read its items here (a mentioned formula, as “40条” quoted).
# 69项支持政策, 36条政策 count the policies issued, a quantity: no package (b7, b14 gold)
_RE_ARABIC_PACKAGE = re.compile(
    r"(?<![0-9０-９.．%~～\-—+＋])([1-9１-９][0-9０-９])([条项件])"
    r"([\u4e00-\u9fff]{0,8}?(?:措施|举措|实事))"
)
# 5个1 (not 2个1类, 3个10%): N ones written in figures, the formula 五个一
_RE_ARABIC_ONES = re.compile(r"(?<![0-9０-９.．%])([3-9])个1(?![0-9０-９.．%类级号期])")
_RE_QUOTED = re.compile(r"[“\"‘「]([^”\"’」“‘「\n]{1,14})[”\"’」]")

# a grade counted in stars (县级“五星”党组织, 对照“五星”标准 under 星级评定, 被评为“五星级”基层
# 党组织): a rating, not a frame, unless the text names each star (“五星”：支部过硬星、…)
_STARS = re.compile(r"[一二三四五六七八九十]星级?")


def mentions(lay: Layout, refused: list[tuple[Frame, str]] | None = None) -> list[Mention]:
    """Every mention of a count or formula; with ``refused``, the counts a guard of
    :func:`~drafter.study.frames.counted_mentions.counted_mention` refused are added to it as
    ``(frame, "guard")``."""
    out: list[Mention] = []
    # the paragraphs holding a number that one of the four patterns below may match
    for para in lay.numbered_matching((_RE_QUOTED, _RE_COUNTED, FORMULA_GATE, _RE_ABBREVIATION)):
        text = para.text
        taken: list[tuple[int, int]] = []
        for m in _RE_QUOTED.finditer(text):
            mention = quoted_mention(para.index, text, m)
            if mention and _STARS.fullmatch(mention.phrase.strip('“”"')) and not mention.strict:
                mention.strict = (
                    "listed"  # 县级“五星”党组织: a star rating unless its stars are named
                )
            if mention:
                out.append(mention)
                taken.append((m.start(), m.end()))
        for m in _RE_COUNTED.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            mention = counted_mention(para.index, text, m) or package_mention(para.index, text, m)
            if mention:
                out.append(mention)
                taken.append((m.start(), mention.end))
            elif refused is not None:
                guarded = guarded_count(para.index, text, m)
                if guarded:
                    refused.append((guarded, "guard"))
        for m in unquoted_formulas(text):
            # 实行三反运动: a formula writers quote (“三反”), here without its quotes
            if any(a <= m.start() < b for a, b in taken):
                continue
            phrase = m.group(1)
            number = parse_cn_number(phrase[0])
            out.append(
                Mention(
                    para.index,
                    m.start(),
                    m.end(),
                    phrase,
                    number,
                    True,
                    mention_key(number, phrase[1:]),
                )
            )
            taken.append((m.start(), m.end()))
        for m in _RE_ABBREVIATION.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if text[m.end() : m.end() + 1] not in "（(：:" and (
                m.group(2)[0] in _NOT_AN_ABBREVIATION | NOT_COUNTED_AFTER
                or m.group(2)[0] in MEASURES
            ):
                # 两年内，即…: a length of time defined, no formula; 三步曲，即…: a count by a
                # measure word, which frames.measures reads
                continue
            number = parse_cn_number(m.group(1))
            if number and 2 <= number <= 12:
                phrase = m.group(0)
                key = mention_key(number, m.group(2))
                out.append(
                    Mention(para.index, m.start(), m.end(), phrase, number, False, key, "bracket")
                )
    for para in lay.figured():  # figures are not among the paragraphs hits() picks
        text = para.text
        quoted_at = [(m.start(), m.end()) for m in _RE_QUOTED.finditer(text)]
        for m in _RE_ARABIC_ONES.finditer(text):
            # 把巴西作为5个1率先实现的样板点: “五个一” written in figures, a formula
            number = int(m.group(1))
            key = f"{number}:一"
            out.append(Mention(para.index, m.start(), m.end(), m.group(0), number, False, key))
        for m in _RE_ARABIC_PACKAGE.finditer(text):
            if any(a <= m.start() < b for a, b in quoted_at):
                continue  # “10件民生实事” quoted: read as quoted already
            if f"{m.group(3)[-2:]}{m.group(1)}{m.group(2)}" in text:
                # 制定整改措施14条…目前14条整改措施已全部落实: the paragraph gives the same
                # count as a quantity after its noun, so it tallies measures, names no package
                continue
            number = int(m.group(1))
            key = mention_key(number, m.group(2) + m.group(3))
            out.append(Mention(para.index, m.start(), m.end(), m.group(0), number, True, key))
        for m in _RE_ARABIC_COUNT.finditer(text):
            # 我们将来有3类报表，A报表，B报表，C报表: a count in figures, a frame only when
            # the text names its items
            number = int(m.group(1))
            noun = noun_after(text[m.end() :])
            if (
                noun
                and noun not in _PLAIN_NOUNS
                and (m.group(2) in "类种" or SUMMARY_NOUN.match(noun))
                and noun not in ("重点", "工程")  # 8个重点县, 6个工程: named places, projects
            ):  # 3类报表, 5个方面; 6个千亿, 3个省级: figures in reports, counts of things
                end = m.end() + len(noun)
                key = mention_key(number, m.group(2) + noun)
                phrase = text[m.start() : end]
                out.append(
                    Mention(para.index, m.start(), end, phrase, number, False, key, "listed")
                )
    return out
