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

from drafter.corpus.closing.phrases import SENTENCE

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
    r"|(?:我的)?(?:讲话|讲演|演讲|发言|报告)(?:就)?(?:(?:至此|到此|就此)(?:为止|完结|结束)|到这里|完了|完毕)"
    # 我要对你说的话大致已经说完了。: what the speaker had to say is said
    r"|我(?:要|想)?(?:对[^。，]{1,6})?(?:说|讲|谈)的话[^。，]{0,6}(?:说|讲|谈)完了"
    r"|(?:一共|总共|以上)(?:讲了|谈了|说了)[两三四五六七八九十\d]+(?:点|个问题|个方面|条)"
    # the speaker's pledge on the occasion itself (我将以这次民主生活会为新的起点，…): a 对照检查
    # 材料's last word before its formula (modern_blind10 w05; ../shared holds none)
    r"|(?:我|我们|本人)(?:将|要|一定)?(?:以|把)(?:这次|此次|本次)[^。，]{0,20}(?:为|作为)(?:新的)?(?:起点|契机)"
    r"|以上(?:是|就是)?(?:我|本人)?[^，。,]{0,12}(?:总结|汇报|述职|报告|发言|讲话)[，,。]"
    r"|(?:说到这里，)?(?:我们)?(?:可以)?(?:总起来|归纳起来|概括起来)(?:说|讲)"
    # the chair declaring the meeting open or closed (现在，我宣布：…开幕！)
    r"|(?:现在[，,]?)?我宣布[：:，,]?[^。]{0,40}(?:开幕|闭幕|开始|结束|成立|启动)"
    # the items laid out looked back on as a whole (这些就是…在一九四九年所应努力求其实现的主要的具体的
    # 任务。 / 以上就是我们的主要措施。)
    r"|(?:以上|这些|上述)(?:的)?(?:这些)?(?:就是|都是)[^。]{0,50}(?:任务|意见|要求|主张|办法|措施)[。，,]"
    # what was said called the speaker's hope or view (以上，是我的希望，就当作发刊词。)
    r"|以上[，,]?(?:是|就是)(?:我的|我们的)?(?:希望|意见|看法|想法|建议)"
    # the speaker's hope for the listeners opening one of the last paragraphs (我希望大家不要做昙花一现
    # 的英雄。…)
    r"|我(?:衷心|真诚)?(?:地)?希望(?:大家|你们|同志们|各位)"
    # the speaker restating what matters most, as the body is done (让我再说一遍： / 我再次强调，…)
    r"|(?:让)?我(?:再|再次|再一次)(?:说|讲|强调|重复)(?:一遍|一下|一次)?[：:，,]"
    # a spoken remark ending itself (好，今天就讲这些。 / 我就说到这里。): the talk is over
    r"|(?:好[，,]?)?(?:今天|我)?(?:就)?(?:先)?(?:讲|说|谈)(?:这些|到这里|到这儿|这么多|这几点)[。！!，,]"
    # a 表态发言's pledge to those above (请县委放心，我们一定…): the promise the whole speech makes
    r"|请[^。，！!]{1,24}放心[，,！!。]"
    r")"
)
# a paragraph that ends the speech: thanks, "the speech is over", a stage note
_ENDS = re.compile(
    r"(?:谢谢(?:大家|各位|同志们)?[^。！!？?]{0,24}[。！!]"
    # greetings, respects or thanks offered in form (在此，我代表…向…表示衷心的感谢！ /
    # 我谨向大家致以新春的祝福！)
    r"|(?:致以|送上|表示|致)[^。！!？?]{0,20}(?:祝福|问候|敬意|祝贺|感谢|谢意)[。！!]"
    # thanks in other words, to the listeners (非常感谢！ / 感谢大家的聆听。)
    r"|(?:非常|十分|衷心|再次)感谢[。！!]|感谢(?:大家|各位|你们|您|同志们)[^。！!？?，,]{0,12}[。！!]"
    r"|(?:批评指正|不吝指教|批评指教|给以指正)[。！!]?"
    r"|(?:讲话|讲演|发言)(?:就)?(?:到这里|完了)[。！!，,]?[^。！!]{0,12}[。！!]?"
    r"|[（(](?:热烈)?(?:鼓掌|掌声)[^（()）]{0,12}[）)]"
    # the meeting dismissed, the listeners bidden goodbye (没有我们就散会。 / 好，那再见。)
    r"|(?:散会|再见)[。！!]?"
    # the meeting's success celebrated or wished for in the last words
    r"|(?:庆祝|预祝|祝)(?:这次|这个|本次|此次)?(?:会议|大会|盛会|会)[^。！!，,]{0,12}(?:成功|胜利)[。！!])"
    r"(?:[（(][^（()）]{1,20}[）)])?$"  # a date in brackets after it: （2015年9月24日）
)
# where an _ENDS match can start: every character one of its forms starts with, and its
# longest match (one more character: $ stands before a last newline too); and every first
# character of an _OPENS match (tests/corpus/test_quick_answers.py keeps them in step)
_ENDS_FIRST = re.compile("[不再十发庆感批散祝给致表衷讲谢送非预（(]")
_ENDS_WIDTH = 52
_OPENS_FIRST = frozenset("(一上以借再先今发可在好就归总我报敬最本概演现祝衷让请讲说谈这预（")
_SLOGAN = re.compile(r"^[^。；;]{2,60}万岁[！!]$")
# the speaker looking back on the whole talk in a paragraph's first sentence (今天讲的主要是这几点。
# / 趁着今天开学的机会，我讲了这许多话，…): what follows is the wind-up
SAID = re.compile(
    r"(?:今天|这次|我)[^。，；]{0,4}(?:讲|说|谈)(?:的|了)(?:主要)?(?:就)?(?:是)?"
    r"(?:这|这么|这许|以上|上面)(?:几点|些|许多|多|几个|一点)"
    # 我今天想讲的就是这一点: what he meant to say, said
    r"|^我(?:今天|这次)?(?:想|要)?(?:讲|说|谈)的(?:就是|主要是|是)(?:这|这么|这些|以上)"
    # the occasion taken to say a few words (借着今天的机会讲几句话，希望…)
    r"|^(?:借|趁)着?(?:今天|这次|此次|这个)[^。，；]{0,8}(?:讲|说|谈)了?(?:几句|这些|这许多|这么多)话?"
    # the speaker on how much he has said (所以我来讲了许多。/ 我今天讲了这么多)
    r"|我(?:今天|这次)?(?:来)?(?:讲|说|谈)了(?:这|这么|这许)?(?:许多|很多|半天|好多)"
    # what the listeners brought today (今天你们提出了很多好建议 / 你们今天胶片思路很清晰 / 今天和专家
    # 座谈): the speaker turns from the matter to the meeting and the people in it
    r"|^(?:今天|这次)[，,]?(?:你们|大家|各位)[^。，；]{0,4}(?:提出|提的|汇报|讲的|发言|谈的)"
    r"|^(?:你们|大家)(?:今天|这次)的?(?:汇报|胶片|发言|材料|报告|讲解)"
    r"|^(?:今天|这次)(?:和|跟|同)[^。，；]{1,10}(?:座谈|交流|见面|聊)"
    # his pleasure at what he saw today (今天我还是很高兴，看到大家都在认真做这件事，…)
    r"|^今天我[^。，；]{0,4}(?:很|非常|特别)高兴"
    # his verdict on their work (任总：挺好的，你们做的不错，…)
    r"|^(?:[^。，：:]{1,8}[：:])?(?:挺好的?|很好|不错)[，,]你们[^。，；]{0,8}(?:做的|做得|干得|干的)(?:不错|很好|挺好)"
)

# a short line before a call to act (安全生产只有起点，没有终点。让我们… / 重任在肩，更须砥砺奋进。
# 让我们…): the maxim sums the whole up, and the call that follows it is the closing's — or the
# hope for all the listeners (结业不是终点，而是新的起点。希望同志们…) or the speaker's own pledge
# (荣誉只代表过去，奋斗永远在路上。回去以后，我将…) that the maxim turns to
_MAXIM_CALL = re.compile(
    r"^[^。！!？?；;：:\d]{4,20}[。！!]"
    r"(?:让我们|希望(?:大家|你们|同志们|各位|全体)|(?:[^。，,！!]{1,6}[，,])?我将)"
)
# a maxim of two clauses (约谈不是目的，整改才是关键。 / 移风易俗，非一日之功。), not a task (要…),
# then the charge to every unit in the hall (…各乡镇、各部门要… / 今天被约谈的单位，要…): all
# of them, not one point's; a paragraph opening with an ordinal (第二点，讲一讲作风。) is a
# point of the body, not a maxim
_MAXIM_CHARGE = re.compile(
    r"^(?!要|第[一二三四五六七八九十\d]|其[一二三四五])[^。！!？?；;：:\d，,]{2,10}[，,][^。！!？?；;：:\d，,]{2,10}[。！!]"
    r"[^。！!？?]{0,16}?(?:各(?:地|级|部门|单位|乡镇)|[^。，,各]{0,6}的单位)[^。！!？?，,]{0,10}?"
    r"[，,]?(?:都|也)?要"
)

# the first characters of the SAID forms not tied to the sentence's start
_SAID_LATER = re.compile("[今这我]")


def said_all(text: str) -> bool:
    """Whether a paragraph's first sentence looks back on the whole talk (see ``SAID``).

    Why: a speaker who says 今天讲的主要是这几点 / 我讲了这许多话 has finished the body, so
    that paragraph opens the closing even with no closing formula (同志们 / 最后) to mark it;
    only the first sentence is read, because further into a paragraph such words can sum up
    one point of the body rather than the talk."""
    first = SENTENCE.match(text.strip())
    if not first:
        return False
    sentence = first.group(0)
    # ``SAID.search(sentence)``, tried where a match can start: at the sentence's start (every
    # form), later only at 今/这/我 (the forms not tied to the start begin so); the search
    # tried its dozen forms at every character
    return SAID.match(sentence) is not None or any(
        SAID.match(sentence, m.start()) for m in _SAID_LATER.finditer(sentence, 1)
    )


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
        text = texts[i]
        opens = text[:1] in _OPENS_FIRST and _OPENS.match(text)
        if opens or said_all(text) or _MAXIM_CALL.match(text) or _MAXIM_CHARGE.match(text):
            return i
    # the first of the last paragraphs that ends the speech (…没有我们就散会。（鼓掌）): what
    # follows it is said after the end (不要鼓掌，…好，那再见。), and the closing starts there
    for i in range(max(lo, start + keep), n):
        if _ends(texts[i]):
            return i
    return None


def _ends(text: str) -> bool:
    """``_ENDS.search(text)``, tried only where a match can start: a match ends the paragraph
    and is at most _ENDS_WIDTH characters long, and starts at a character one of its words
    starts with (_ENDS_FIRST). The search tried its forms at every character of the paragraph."""
    match = _ENDS.match
    return any(
        match(text, m.start())
        for m in _ENDS_FIRST.finditer(text, max(0, len(text) - _ENDS_WIDTH - 1))
    )
