"""Frames the second look folds into a frame kept before them, as its mentions: a formula named
again by a longer or shorter form of its name (八项规定 … 八项规定精神) and a count that sums up the
very list an earlier count of the same number summed up (两件大事 … 减租和生产两件大工作). Apart
because folding decides how many frames the text holds, after every frame is read."""

from __future__ import annotations

import re

from drafter.study.frames.folding import fold, fold_into_previous
from drafter.study.frames.nearby_items import (
    NUMERAL,
    counted_noun,
    is_pronoun,
)
from drafter.study.frames.shared_qualifiers import shares_qualifiers
from drafter.study.layout import Layout
from drafter.study.model import Frame
from drafter.study.words import words

# a bare count (两个, 三种, 四大): no name of a formula another could hold
_BARE_NAME = re.compile(rf"{NUMERAL}{{1,2}}[个种条项类点件大者]?")


_QUOTES = re.compile(r"[“”\"‘’「」\s的个]")


def _names_again(name: str, other: str) -> bool:
    """Whether one formula name is the other cut at a word's end (八项规定 … 八项规定精神, 三极 …
    三极一带一区, 五网 … 五网合一; not 三保 … 三保障, 两高 … 两高一资, other formulas whose word runs
    on), or one whole part of the other, a compound (两基本点 of 一中心、两基本点)."""
    short, long = sorted((name, other), key=len)
    if short == long:
        return False
    if "、" in long and short in long.split("、"):
        return True
    if not long.startswith(short):
        return False
    end = 0
    for word in words(long):
        end += len(word)
        if end >= len(short):
            return end == len(short)
    return False


def fold_formula_parts(frames: list[Frame]) -> list[Frame]:
    """A formula named again by a longer or a shorter form of its name, of the same number
    (“三医联动一张网” … “三医联动”, 八项规定精神 … 八项规定, 三极一带一区 … “三极”, “五网” … “五网合一”:
    :func:`_names_again`), is a mention of the first, as the gold writes such a formula once;
    so is the part of a compound formula the text restates with items (一个中心、两个基本点 …
    四项基本原则、改革开放这两个基本点: b12's "a part of a formula is not a frame of its own").
    Only unlisted frames fold (a listed one only into a compound): no gold text holds two
    unlisted frames of one number one of whose names holds the other, while 两件事 … 两件 and
    两个问题 … 两个问题 with items of their own are frames apart."""

    def longer_or_shorter(out: list[Frame], frame: Frame) -> Frame | None:
        name = _QUOTES.sub("", frame.phrase)
        if _BARE_NAME.fullmatch(name):
            return None
        return next(
            (
                known
                for known in out
                if known.number == frame.number
                and not known.listed
                and (not frame.listed or "、" in known.phrase)
                and not _BARE_NAME.fullmatch(_QUOTES.sub("", known.phrase))
                and _names_again(name, _QUOTES.sub("", known.phrase))
            ),
            None,
        )

    return fold(frames, longer_or_shorter)


# how many paragraphs apart a second summary of one list may stand and still be its mention
_FOLD_REACH = 3


def _listed_with(lay: Layout, first: Frame, frame: Frame) -> bool:
    """Whether two counts stand side by side in a list (国际国内两个市场、两种资源, 国内外两个市场和
    两种资源): two formulas over one pair of qualifiers, not one frame named twice
    (:func:`~drafter.study.frames.shared_qualifiers.shares_qualifiers`)."""
    if first.span.paragraph != frame.span.paragraph:
        return False
    between = lay.paragraphs[frame.span.paragraph].text[first.span.end : frame.span.start]
    return between == "、" or shares_qualifiers(lay, first, frame)


def fold_same_list(lay: Layout, frames: list[Frame]) -> list[Frame]:
    """A count that sums up the very list an earlier count of the same number summed up, a
    few paragraphs before at most (两种统一战线，两种联盟 over 工人阶级和农民的联盟 / 工人阶级和
    民族资产阶级的联盟; 两件大事 … 减租和生产两件大工作), is a mention of that frame, not a frame
    of its own — the gold README's convention for a count that "folds into a frame already
    marked for the same items". In another paragraph, only when the two nouns share a
    character (两种方法 … 两个方法): 国内国际两个大局 and, paragraphs on, 国内国际两个市场 are two
    formulas over the same qualifiers, and so are 两个市场、两种资源 side by side. Only lists read inline (the words before or around each
    count): two frames whose items are one ordinal run or one set of headings (两次历史性飞跃
    and 两大理论成果 over 第一次…第二次…) are two summaries the writer made of it, and a pronoun
    first (两者 closing A、B) names no frame a later count could repeat."""

    def same_list(out: list[Frame], frame: Frame) -> Frame | None:
        if not (frame.listed and frame.source == "inline"):
            return None
        return next(
            (
                f
                for f in out
                if f.listed
                and f.source == "inline"
                and f.number == frame.number
                and f.items == frame.items
                and 0 <= frame.span.paragraph - f.span.paragraph <= _FOLD_REACH
                and (
                    frame.span.paragraph == f.span.paragraph
                    or bool(set(counted_noun(frame)) & set(counted_noun(f)))
                )
                and not is_pronoun(f)
                and not _listed_with(lay, f, frame)
            ),
            None,
        )

    return fold(frames, same_list)


# between two counts of one number: the second renames the first (十个问题，也就是十大关系;
# 两条缺点，同时又是两条优点) — a comma and an apposition marker, nothing else
_RENAMES = re.compile(r"[，,]?\s*(?:也就是说?|亦即|即|同时又是|同时也是)\s*")


def fold_renamed(lay: Layout, frames: list[Frame]) -> list[Frame]:
    """A count of the same number as the frame right before it in its sentence, joined to it
    only by an apposition marker (综合起来，一共有十个问题，也就是十大关系; 中国有两条缺点，同时又是两
    条优点), names the same things again: a mention of the first, not a frame of its own.
    ``frames`` in reading order."""

    def renames(prev: Frame, frame: Frame) -> bool:
        return (
            prev.number == frame.number
            and prev.span.paragraph == frame.span.paragraph
            and prev.span.end <= frame.span.start
            and _RENAMES.fullmatch(
                lay.paragraphs[frame.span.paragraph].text[prev.span.end : frame.span.start]
            )
            is not None
        )

    return fold_into_previous(frames, renames)
