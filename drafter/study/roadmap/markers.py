"""What opens a part: the marker of a numbered paragraph or section heading.

The outline's marker grammar (:func:`drafter.corpus.markers.match_marker`) and the forms it
leaves as text but a roadmap's parts open with all the same: a bare numeral heading (一　地主阶级),
第一种： / 第一阶段, 甲、乙、丙, 一曰 / 一，, and a number set off by a space (1　党的…).
"""

from __future__ import annotations

import re

from drafter.corpus.markers import Marker, match_marker
from drafter.corpus.noun_ordinals import labelled_family
from drafter.numerals import parse_cn_number

# a heading marker that is a numeral alone (一　地主阶级, 二　资产阶级: the numeral and a space, as
# essays head their sub-sections), which the paragraph grammar does not take for a marker
_BARE_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")


# a heading's marker numbered after a noun (锦囊一： / 故事二), which the outline keeps as the
# marker of a run of intertitles (drafter.corpus.noun_ordinals) and match_marker does not read
_NOUN_NUMBERED = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{1,4}?)(?P<num>[一二三四五六七八九十]{1,3})[：:]?"
)


def heading_marker(text: str | None) -> Marker | None:
    """The marker of a section heading: what :func:`match_marker` reads, a bare numeral
    (``"一\u3000"``) the outline kept as the heading's marker, or a number after the noun the
    writer numbers his intertitles by (锦囊一：, one family a noun)."""
    found = match_marker(text)
    if found is None and text and _BARE_NUMERAL.fullmatch(text.strip()):
        return Marker("bare", parse_cn_number(text.strip()), text.strip(), "")
    labelled = _NOUN_NUMBERED.fullmatch(text.strip()) if found is None and text else None
    if labelled:
        family = labelled_family(labelled.group("noun"))
        return Marker(family, parse_cn_number(labelled.group("num")), text.strip(), "")
    return found


# 第一种：… 第二种：… / 第一阶段先… 第四个阶段… (kinds, classes and stages the heading
# grammar does not take for markers) and 甲、… 乙、… 丙、…
_KIND = re.compile(
    r"^第([一二三四五六七八九十]{1,2})"
    r"(?:(?:种|类|条)[：:，,、]|个?(?:部分|阶段|步)|个[^，。：:]{0,4}[，,：:]|是)"
)


_GAN = "甲乙丙丁戊己庚辛壬癸"


_STEM = re.compile(f"^([{_GAN}])(?:[、，,．.]|[ \u3000]+)")


# 一曰全国讨汪。… 二曰加紧团结。 (classical items) and 一，拥护抗战到底… 二，… (items numbered with a
# bare numeral and a comma, which the heading grammar leaves as text)
_NUMERAL_ITEM = re.compile(r"^([一二三四五六七八九十]{1,3})(曰|[，,])")


# 1　党的领导机关要有正确的指导路线… (a number set off by a space, no stop)
_SPACED_NUMBER = re.compile(r"^([0-9]{1,2})[ \u3000]+(?=[\u4e00-\u9fff])")


# 1.10月底前完成… / 2.2027年起将… / 20.2026年10件民生实事：… — a figure and a full stop right
# before a date opening the item's text, which the outline's grammar reads as a decimal (1.10)
_NUMBER_BEFORE_DATE = re.compile(r"^([0-9]{1,2})[.．](?=[0-9]{4}年|(?:1[0-2]|[1-9])月)")


def part_marker(text: str) -> tuple[str, int, str] | None:
    """(family, ordinal, word) of the marker opening a part, or None."""
    text = text.strip()
    marker = match_marker(text)
    if marker is not None and marker.family != "article":  # 第一条， in a speech is a point
        return marker.family, marker.ordinal, marker.word
    m = _NUMBER_BEFORE_DATE.match(text)
    if m:
        return "arabic", int(m.group(1)), ""  # one run with 3.春节前… after it
    m = _KIND.match(text)
    if m:
        return "kind", parse_cn_number(m.group(1)), ""
    m = _STEM.match(text)
    if m:
        return "stem", _GAN.index(m.group(1)) + 1, ""
    m = _NUMERAL_ITEM.match(text)
    if m:
        family = "yue" if m.group(2) == "曰" else "numeral_comma"
        return family, parse_cn_number(m.group(1)), ""
    m = _SPACED_NUMBER.match(text)
    if m:
        return "spaced_number", int(m.group(1)), ""
    return None
