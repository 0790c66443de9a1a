"""The labels an author sets over a closing (结束语) or over an appendix (附件1 / 附表): where the
closing's own words begin and end inside the paragraphs the outline calls its closing."""

from __future__ import annotations

import re

# a label that names what follows as the conclusion: a line of its own (结束语, 结 束 语：,
# 【结尾】) or a bracketed lead (【结束语】谢谢大家…)
_LABEL = re.compile(r"^(?:【(?:结束语|结语|结尾|结束的话)】|(?:结束语|结语|结尾|结束的话)[：:]?$)")


def closing_label(text: str) -> bool:
    """Whether a paragraph opens with (or is) the label the author put over the conclusion:
    what follows it is the closing as the author marked it, taken whole, not trimmed."""
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]
    if first not in LABEL_FIRST:
        return False  # (the label's first character: most paragraphs are answered here)
    return bool(_LABEL.match(_SPACES.sub("", text.strip())))


_SPACES = re.compile(r"[ \u3000]+")
# what a closing label starts with (after any spaces): every other paragraph is no label
LABEL_FIRST = frozenset("【结")


def closing_words(closing: list[str]) -> int:
    """Where the closing's own words begin in ``closing`` (the outline's closing paragraphs):
    past a label standing alone on its line (结束语 over 各位代表！…, 【结尾】 over 战略预备队的
    意义…), which titles the closing as 八、结束语 titles its part, so the closing starts at the
    paragraph under it; 0 otherwise (【结束语】谢谢大家…: the label leads the words themselves)."""
    label = len(closing) > 1 and closing_label(closing[0])
    first = closing[0].strip() if label else ""
    # (a bracketed label leading the closing's first words, 【结束语】谢谢大家…, stays with them;
    # 【结尾】 alone on its line titles the paragraphs under it, as 结束语 does)
    return 1 if label and (not first.startswith("【") or first.endswith("】")) else 0


# the label over an appendix (附件1 / 附： / 附表 / 名词解释 / 附录：关于若干历史问题的决议): the
# outline keeps what stands under it after the closing, out of the sections
_APPENDIX = re.compile(
    r"^(附件\s*[0-9一二三四五六七八九十]*|附录\s*[0-9一二三四五六七八九十]*|附|名词解释|注释"
    r"|附表\s*[0-9０-９一二三四五六七八九十]*)[:：]?$"  # 附表一 alone over its caption
    r"|^(附件|附录)\s*[0-9一二三四五六七八九十]*[:：]\S.{0,28}$"  # 附录：关于若干历史问题的决议
    # a table appended with its caption (附表：2026年全县双拥工作主要数据, 附表1：…)
    r"|^附表\s*[0-9一二三四五六七八九十]*[:：]\S.{0,28}$"
)


def appendix_label(text: str) -> bool:
    """Whether a paragraph is the label an appendix opens with: the outline keeps the appendix
    after the closing, and the closing's own words end above it."""
    return len(text) <= 32 and text[:1] in APPENDIX_FIRST and bool(_APPENDIX.match(text))


APPENDIX_FIRST = "附名注"  # every character an _APPENDIX label starts with


def before_appendix(closing: list[str]) -> int:
    """How many of the outline's closing paragraphs are the closing itself, above an appendix
    (附件：… / 附表 / 附： over a table of tax rates) the outline keeps after it. A text with no
    closing (a law, a regulation) has only its appendix there, and that is no closing: thanks,
    calls or hopes read in an attachment's forms are not the speaker's last words."""
    return next((k for k, text in enumerate(closing) if appendix_label(text)), len(closing))
