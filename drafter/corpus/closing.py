"""Closings a speech marks by how it ends rather than how the closing begins.

The outline finds a closing from its first words (同志们， / 各位代表！ / 总之， / 最后，).
Many real speeches give no such opener and still wind up in a way any speechwriter
recognises (read on ../shared/corpus/speeches): they thank the audience at the end of the
last paragraph ("…我的讲话完了，谢谢大家！"), end in slogans ("全国人民大团结万岁！"), call
the audience to act ("让我们…"), wish them well ("最后，祝大家…", "预祝…圆满成功"), say the
speech is over ("我的讲演至此为止"), sum it up ("一共讲了十点", "总起来说几句"), or ask
the readers to correct it ("…希望读者不吝指教。"). Only
the last few paragraphs are looked at, so a phrase in the body never starts a closing.
"""

from __future__ import annotations

import re

# paragraphs at the end of the text where a closing cue counts
WINDOW = 3

_NUMBER = r"(?:[（(][一二三四五六七八九十百零〇○\d]{1,5}[）)])?"  # (一二○) paragraph numbers

# a paragraph that opens the closing
_OPENS = re.compile(
    rf"^{_NUMBER}(?:"
    r"让我们|(?:最后，?)?(?:我)?(?:衷心)?(?:预|敬)?祝(?:愿)?(?:大家|各位|同志们|全体|这次|本次|会议|培训|您)"
    r"|最后(?:我)?(?:再)?(?:一次)?(?:衷心)?(?:感)?谢谢"
    # thanks to the audience opening a last paragraph: "再次谢谢你们这些年的努力，…"
    r"|(?:再次|最后|在此|借此机会)[，,]?(?:我)?(?:再次|衷心|真诚)?(?:地)?(?:感谢|谢谢)(?:大家|各位|你们|同志们)"
    r"|(?:我的)?(?:讲话|讲演|演讲|发言|报告)(?:就)?(?:至此为止|到此为止|到这里|完了)"
    r"|(?:一共|总共|以上)(?:讲了|谈了|说了)[两三四五六七八九十\d]+(?:点|个问题|个方面|条)"
    r"|以上(?:是|就是)?(?:我|本人)?[^，。,]{0,12}(?:总结|汇报|述职|报告|发言|讲话)[，,。]"
    r"|(?:说到这里，)?(?:我们)?(?:可以)?(?:总起来|归纳起来|概括起来)(?:说|讲)"
    r")"
)
# a paragraph that ends the speech: thanks, "the speech is over", a stage note
_ENDS = re.compile(
    r"(?:谢谢(?:大家|各位|同志们)?[^。！!？?]{0,24}[。！!]"
    r"|(?:批评指正|不吝指教|批评指教|给以指正)[。！!]?"
    r"|(?:讲话|讲演|发言)(?:就)?(?:到这里|完了)[。！!，,]?[^。！!]{0,12}[。！!]?"
    r"|[（(](?:热烈)?(?:鼓掌|掌声)[^（()）]{0,12}[）)]"
    # the meeting's success celebrated or wished for in the last words
    r"|(?:庆祝|预祝|祝)(?:这次|这个|本次|此次)?(?:会议|大会|盛会|会)[^。！!，,]{0,12}(?:成功|胜利)[。！!])"
    r"(?:[（(][^（()）]{1,20}[）)])?$"  # a date in brackets after it: （2015年9月24日）
)
_SLOGAN = re.compile(r"^[^。；;]{2,60}万岁[！!]$")


def closing_by_cue(
    texts: list[str], start: int, end: int | None = None, keep: int = 0
) -> int | None:
    """Where a closing begins among the last paragraphs of ``texts[start:end]`` by its own
    cues; None when they have none. ``end`` is where a signature or a closing formula was
    found (the cues are read above it). ``keep`` paragraphs from ``start`` stay in the
    body unless a paragraph opens the closing in so many words: a last section's only
    paragraph that ends with thanks is that section's text, and the thanks with it."""
    n = len(texts) if end is None else end
    lo = max(start, n - WINDOW)
    if lo >= n:
        return None
    # slogans at the very end: the run of them is the closing
    j = n
    while j - 1 >= start and _SLOGAN.match(texts[j - 1]):
        j -= 1
    if j < n:
        return j
    for i in range(lo, n):
        if _OPENS.match(texts[i]):
            return i
    if n - 1 >= start + keep and _ENDS.search(texts[n - 1]):
        return n - 1
    return None
