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
    r"|(?:我的)?(?:讲话|讲演|演讲|发言|报告)(?:就)?(?:(?:至此|到此|就此)(?:为止|完结|结束)|到这里|完了|完毕)"
    # 我要对你说的话大致已经说完了。: what the speaker had to say is said
    r"|我(?:要|想)?(?:对[^。，]{1,6})?(?:说|讲|谈)的话[^。，]{0,6}(?:说|讲|谈)完了"
    r"|(?:一共|总共|以上)(?:讲了|谈了|说了)[两三四五六七八九十\d]+(?:点|个问题|个方面|条)"
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
_SLOGAN = re.compile(r"^[^。；;]{2,60}万岁[！!]$")
# the speaker looking back on the whole talk in a paragraph's first sentence (今天讲的主要是这几点。
# / 趁着今天开学的机会，我讲了这许多话，…): what follows is the wind-up
_SAID = re.compile(
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


def said_all(text: str) -> bool:
    """Whether a paragraph's first sentence looks back on the whole talk (see ``_SAID``).

    Why: a speaker who says 今天讲的主要是这几点 / 我讲了这许多话 has finished the body, so
    that paragraph opens the closing even with no closing formula (同志们 / 最后) to mark it;
    only the first sentence is read, because further into a paragraph such words can sum up
    one point of the body rather than the talk."""
    first = _SENTENCE.match(text.strip())
    return bool(first and _SAID.search(first.group(0)))


# a paragraph that opens on the occasion itself: today, this meeting (今天你们提出了… / 这次会开得有
# 成绩 / 今天不是打击和批评你们，… / 这次是我们自己在对标…). Not 今天，… (nowadays: 今天，世界战争的
# 危险…) nor 今天的 / 这次的 + anything but the session (今天的孩子 / 这次的流程变革)
_OCCASION = re.compile(
    r"^(?:今天|这次|本次|此次)(?!的(?!大会|会议|会|汇报|述职|座谈|交流|讨论))(?![，,])"
)
# among so many last paragraphs after the last part (as the other terms of address)
_OCCASION_TAIL = 5


def occasion_start(texts: list[str], lo: int) -> int | None:
    """The first of the last :data:`_OCCASION_TAIL` paragraphs (at ``lo`` or later) that
    opens on the occasion itself (今天…/这次…/本次…/此次…); None when none does. Why: the
    closing convention names "the meeting or the talk itself judged" as a turn to the whole;
    a speaker who, after his last part, starts a paragraph with today or this meeting has
    left the matter for the session (今天你们提出了很多好建议 / 这次会开得有成绩 / 今天不是
    打击和批评你们，是希望…). Over both golds, of the 11 texts with such a paragraph among
    the last five after the last part, 9 have their closing start there and 2 higher up;
    none has no closing or one further down. Figures mark the body's matter (今天大家要把第三
    季度的12项任务抓紧落实), as in :func:`turns_to_whole`. The caller asks it only when nothing
    else found a closing."""
    n = len(texts)
    for j in range(max(lo, n - _OCCASION_TAIL), n):
        text = undated(texts[j]).strip()
        if _OCCASION.match(text) and not _FIGURES.search(text):
            return j
    return None


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
        if _OPENS.match(texts[i]) or said_all(texts[i]):
            return i
    # the first of the last paragraphs that ends the speech (…没有我们就散会。（鼓掌）): what
    # follows it is said after the end (不要鼓掌，…好，那再见。), and the closing starts there
    for i in range(max(lo, start + keep), n):
        if _ENDS.search(texts[i]):
            return i
    return None


# a label that names what follows as the conclusion: a line of its own (结束语, 结 束 语：) or
# a bracketed lead (【结束语】谢谢大家…)
_LABEL = re.compile(r"^(?:【(?:结束语|结语|结束的话)】|(?:结束语|结语|结束的话)[：:]?$)")


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
    past a label standing alone on its line (结束语 over 各位代表！…), which titles the closing
    as 八、结束语 titles its part, so the closing starts at the paragraph under it; 0
    otherwise."""
    label = len(closing) > 1 and closing_label(closing[0])
    return 1 if label and not closing[0].strip().startswith("【") else 0


# the label over an appendix (附件1 / 附： / 附表 / 名词解释 / 附录：关于若干历史问题的决议): the
# outline keeps what stands under it after the closing, out of the sections
_APPENDIX = re.compile(
    r"^(附件\s*[0-9一二三四五六七八九十]*|附录\s*[0-9一二三四五六七八九十]*|附|名词解释|注释|附表)[:：]?$"
    r"|^(附件|附录)\s*[0-9一二三四五六七八九十]*[:：]\S.{0,28}$"  # 附录：关于若干历史问题的决议
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


# -- where the closing starts, once it is found (shared by the outline and the study) ------
#
# The outline finds a closing's first paragraph by its opener; the study used to move that
# start on its own (a long closing trimmed to its end, a last point 最后，解释一个问题 put
# back into the body, a last paragraph that hopes or thanks taken as a closing). Those
# decisions live here so that the reader's 结尾, the template made from a document and the
# study's labelled closing all begin at the same paragraph.

# One term of address: 各位/诸位 + the listeners (各位企业家朋友, 诸位代表先生), a plural in 们 that names people
# (同学们, 女士们, 老师们; not the pronouns 我们/你们/他们…), 尊敬的…/亲爱的….
_ADDRESS_TERM = (
    r"(?:[各诸]位[\u4e00-\u9fff]{0,8}|[\u4e00-\u9fff]{1,6}(?<![我你他她它咱人])们"
    r"|尊敬的[^，,：:！!。；]{1,30}|亲爱的[^，,：:！!。；]{1,20})"
)
# a paragraph that opens by addressing the listeners, one term or several joined by 、/和
# (各位来宾、朋友们，… / 女士们、先生们、朋友们！… / 同学们，…): the speaker turns from the
# subject to the people in the room, as 同志们，/各位代表， do
VOCATIVE_START = re.compile(
    rf"^(?![各诸]位[^，,！!：:、]*的){_ADDRESS_TERM}(?:[、和]{_ADDRESS_TERM})*[，,！!：:]"
)
# a salutation opening a paragraph, or standing alone on its line (各位代表！)
SALUTATION_START = VOCATIVE_START
# a salutation standing alone; several may be strung together (各位委员、各位同志们：)
SALUTATION = re.compile(
    r"^(?:(?:同志们|[各诸]位[\u4e00-\u9fff]{0,8}|尊敬的[^：:]{0,40}|亲爱的[^：:]{0,20}|女士们[^：:]{0,12}"
    r"|朋友们)[、，,]?)+[：:！!]?$"
)
# 最后，followed by the speaker taking up one more matter (最后，解释一个问题; 最后，我再讲一点)
# opens the body's last point, not the closing.
LAST_POINT = re.compile(
    r"^最后[，,]\s*(?:第[一二三四五六七八九十]{1,3}[，,、]"  # 最后，第六，我要说到…
    r"|(?:我|我们)?(?:再|还|顺便)?(?:想|要|需要|应该|应当)?(?:解释|讲|谈|说|说明|补充)"
    r"(?:一下|一个|一点|两点|几点|几句|到))"
)
# how a closing paragraph begins when nothing but its words marks it: a salutation that
# turns to the audience, or a summing-up, a call, a hope, thanks (最后，预祝…; 我希望…)
_BEGINS = re.compile(
    r"^(?:同志们|各位[\u4e00-\u9fff]{0,6})[，,！!]"
    r"|^(?:总之|总而言之|总起来说|总的来说|综上所述|一句话[，,]|最后[，,]|让我们|我(?:衷心|真诚)?希望"
    r"|希望(?:大家|同志们|各位|你们)|谢谢|其实我所(?:说|讲)的)"
)
# words of a closing's sentence: a call, a wish, thanks, a summing-up of the whole
_THANKS = re.compile(r"^谢谢|谢谢大家|谢谢各位")
_WISH = re.compile(
    r"预祝|祝[^。]{0,12}(?:成功|顺利|健康|快乐|愉快|吉祥|如意)|祝愿"
    # the season's greetings (先给大家问声新年好！ / 给大家拜个早年)
    r"|(?:新年|新春|春节|节日|中秋)(?:好|快乐)|拜(?:个)?(?:早)?年|问(?:声|个)好"
)
_CALL = re.compile(
    r"让我们(?!的)|我们要[^。]{0,30}(?:奋斗|努力|奋进)"
    r"|为[^。]{0,60}(?:而奋斗|作出(?!了)[^。]{0,6}贡献|努力奋斗)"
    r"|团结起来|争取更大的胜利|乘胜前进|奋勇前进"
)
# the first words of a salutation's paragraph that wind the speech up: a call to rally round
# (更加紧密地团结在…周围), or the report handed to the meeting (以上我报告了…，请大会审议)
_WIND_UP = re.compile(
    r"紧密地?团结在[^。]{0,30}周围|^以上[^。，]{0,6}(?:报告|讲|谈|说)了"
    # the speaker looks back on what the report has laid before the meeting (我们的中央委员会，
    # 已经向大会说明了全党面临的各项战斗任务): the body is done, the wind-up begins
    r"|已经向(?:大会|会议|全会|各位|大家)[^。，]{0,4}(?:说明|报告|阐述|讲|谈)了"
)
_SUM = re.compile(
    r"总之|总而言之|总起来说|总的来说|综上|使命光荣|责任重大|任务艰巨|大有可为"
    r"|(?:深远|重大)的?(?:影响|意义)"
    r"|归根(?:到|结)底|说到底|我所(?:说|讲)的[^。]{0,20}(?:意义|道理|意思)|也就在于此"
    r"|就是这样[。！!]?$|道理就在这里"
)
# the speaker addressing the listeners themselves, not the subject
_TO_AUDIENCE = re.compile(r"在座的(?:每一位|每一个人|各位|同志|同事|诸位)|在座各位")
# a closing slogan (打倒日本侵略者！ 毛主席万岁！万万岁！): short exclamations only
_EXCLAMATIONS = re.compile(r"^(?:[^。？?！!；;，,]{1,24}[！!])+$")
_QUOTED = re.compile(r"“[^“”]*”|‘[^‘’]*’|「[^「」]*」")
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")


def _sentences(text: str) -> list[str]:
    """A paragraph's sentences, cut after 。！？ (closing quotes stay with their sentence)."""
    return [s.strip() for s in _SENTENCE.findall(text.strip()) if s.strip()]


def closing_like(text: str) -> bool:
    """A paragraph of a closing: it begins as one, is a slogan, or its last sentence calls,
    wishes, thanks or sums up."""
    text = text.strip()
    sents = [s for s in _sentences(text) if not _STAGE.match(s)]  # （热烈的鼓掌）
    if not sents or _POINTS.search(text):
        return False  # points listed (…两条宗旨：第一是…第二是…) are the body's
    if _EXCLAMATIONS.match(text) or (_BEGINS.search(text) and not LAST_POINT.match(text)):
        return True
    if said_all(text):
        return True
    return any(rx.search(sents[-1]) for rx in (_THANKS, _WISH, _CALL, _SUM, _RALLY))


# a report's last call, however long the sentence: rally round the leadership, strive on to
# the goal, carry the cause forward (…紧密地团结在…周围，…为…不懈奋斗！/ …推向前进！)
_RALLY = re.compile(
    r"紧密地?团结在[^。]{0,40}周围|(?:不懈|团结|共同|努力)奋斗[！!]$"
    r"|从胜利走向(?:更大的)?胜利|推向前进[！!]$"
)


# a stage note standing as a sentence: （热烈的鼓掌） / （全场起立）
_STAGE = re.compile(r"^[（(][^（()）]{1,12}[）)]$")
# points listed inside a paragraph: 第一是…第二是… / 第一，…第二，…
_POINTS = re.compile(r"第一(?:是|[，,、：:])[^。]*?。?[^。]*第二(?:是|[，,、：:])")


def _parting(text: str) -> bool:
    """A last paragraph that only wishes, thanks or calls (…我很高兴地庆祝这个盛会的成功。):
    a closing even when no start cue opens it."""
    sents = [_QUOTED.sub("", s) for s in _sentences(text)]  # others' words are not its own
    return 0 < len(sents) <= 3 and all(
        any(rx.search(s) for rx in (_THANKS, _WISH, _CALL)) for s in sents
    )


# the speaker's last sentence wishes or thanks, announced as the last (最后，祝大家…)
_FAREWELL = re.compile(
    r"^最后[，,]\s*(?:我)?(?:再)?(?:一次)?(?:衷心|真诚)?(?:地)?(?:预祝|祝愿|祝|谢谢|感谢)"
)


def _bids_farewell(text: str) -> bool:
    """A last paragraph whose last sentences, from one that opens 最后，祝…/最后，感谢…, only
    wish, thank or call (…占领更大的市场。最后，祝大家马到成功！): the speaker ends the
    last point and bids farewell in one paragraph, and the paragraph is the closing. Why:
    the outline cuts at paragraphs, and a farewell announced as the last word belongs to
    the closing wherever the writer put the line break; the sentences after it must stay
    in that register, so that 最后，感谢… leading into more directives is not taken."""
    sents = [_QUOTED.sub("", s) for s in _sentences(text) if not _STAGE.match(s)]
    at = next((k for k, s in enumerate(sents) if k and _FAREWELL.match(s)), None)
    if at is None:
        return False
    return all(any(rx.search(s) for rx in (_THANKS, _WISH, _CALL, _FAREWELL)) for s in sents[at:])


# a vocative opening the last sentence: the speaker turns to the room (同志们，只要我们…)
_VOCATIVE = VOCATIVE_START


def _addresses_at_last(text: str) -> bool:
    """A last paragraph whose last sentence, not its first, opens by addressing the
    audience (…争取胜利。同志们，只要我们能团结，这个目的就一定能够达到。 / …全县青年们，
    努力啊！). Why: a speaker who names the listeners in the very last sentence has turned
    from the subject to them; the paragraph that ends so is the closing."""
    sents = [s for s in _sentences(text) if not _STAGE.match(s)]
    return len(sents) > 1 and bool(_VOCATIVE.match(sents[-1]))


# the speaker's verdict on what the audience reported today (你们今天的汇报挺好，…)
_VERDICT = re.compile(
    r"^(?:看了|听了)?(?:你们)?(?:今天|这次|刚才)(?:的)?(?:汇报|演示|讲解|述职|发言)"
    r"[^。]{0,16}(?:挺好|很好|不错|我很高兴|很满意)"
)


def _verdict(text: str) -> bool:
    """A last paragraph that opens on the speaker's verdict on today's report (你们今天的汇报
    挺好，下一步继续沟通。 / 看了你们今天的汇报内容，我很高兴…). Why: at a 汇报会 the
    leader's last word judges what was reported and says what comes next; that is the
    closing of the remarks, though no formula announces it."""
    return bool(_VERDICT.match(text.strip()))


def settle_start(texts: list[str], start: int, opens_part: bool = False) -> int | None:
    """Where a closing found at ``start`` (by its opener) really begins; None when it is none.

    - 最后，解释一个问题 opens the body's last point: no closing there.
    - Several paragraphs that open with a salutation (各位代表！山东是驻军大省… / 各位代表！
      五年看头年… / 各位代表！…让我们…): the unnumbered parts of a report after its last
      heading (国防, 政府自身建设) open with one as the closing does. The closing starts at the
      first whose first words call, wish or thank; when none does, at the first, unless it
      ``opens_part``: the first paragraph under the last heading, whose part it is
      (五、关于国内外团结 / 各位代表，我们大家都可以看到…), and the closing is the last one.
    - A long closing under a salutation standing alone (各位代表！ over 国防, 港澳, 外交 and
      the call), or opened by other words (总之，…), keeps only its trailing paragraphs that
      read as a closing, from a salutation among them if there is one; slogans alone are no
      closing, which then starts at a salutation standing alone a few paragraphs above
      them (同志们！), else where it was found.
    """
    if LAST_POINT.match(texts[start].strip()) or _last_step(texts, start):
        return None
    n = len(texts)
    if all(_EXCLAMATIONS.match(t.strip()) for t in texts[start:]):
        return _above_slogans(texts, start)
    first = texts[start].strip()
    alone = bool(SALUTATION.match(first))
    greeted = [j for j in range(start, n) if SALUTATION_START.match(texts[j].strip())]
    if not alone and len(greeted) > 1 and greeted[0] == start:
        calling = [j for j in greeted if _calls(_lead(texts, j))]
        # one that rallies (让我们… / 紧密团结在…周围) outranks one whose 我们要…努力 may still be
        # a part's own resolve (各位代表，…我们要…加强自身建设，…努力建设人民满意的政府)
        rallying = [j for j in calling if _rallies(_lead(texts, j))]
        if calling:
            return (rallying or calling)[0]
        # the salutation opens the last part's text (五、关于国内外团结 / 各位代表，我们大家都
        # 可以看到…): that part is body, its last salutation the closing
        return greeted[-1] if opens_part else _past_one_paragraph_codas(texts, greeted)
    if n - start <= 3 or (greeted[:1] == [start] and not alone):
        return start
    # 各位代表！ alone over each unnumbered part (民族, 国防, 港澳, 外交) and over the call: the
    # closing is the last block, when the text ends on its call
    last = greeted[-1] if alone and len(greeted) > 1 else None
    if last is not None and SALUTATION.match(texts[last].strip()) and closing_like(texts[n - 1]):
        return last
    k = n
    while k > start and closing_like(texts[k - 1]):
        k -= 1
    if k < n and all(_EXCLAMATIONS.match(t.strip()) for t in texts[k:]):
        above = [j for j in range(max(start, n - 4), k) if SALUTATION.match(texts[j].strip())]
        k = above[-1] if above else n
    if k < n and not SALUTATION_START.match(texts[k].strip()):
        k = next((j for j in greeted if j > k), k)
    if k == n and n - start > _SUMMING_TAIL and _SUMMING.match(first):
        return None  # 总之，… with the body's argument running on below: a point summed up
    return k if k < n else start


# a paragraph that opens by summing up (总之，… / 总而言之，…): the talk's closing when it is near the
# end, a point's own summing-up when more than ``_SUMMING_TAIL`` paragraphs of the body follow it
# and none of the last ones reads as a closing (总之，所有行业中，工业产业是竞争最充分的行业… and then
# 怎样才能在全球化中取得成功…？)
_SUMMING = re.compile(r"^(?:总之|总而言之|综上所述|总上|总括|总的来说|总起来说)")
_SUMMING_TAIL = 4


def _past_one_paragraph_codas(texts: list[str], greeted: list[int]) -> int:
    """Where the closing starts among paragraphs of ``texts`` that open with a salutation
    (``greeted``, none calling): past those that stand a paragraph alone, straight above
    another salutation, when a later one heads a block of paragraphs (同志们！…只要我们党
    把自身建设好… / 同志们！…，…， the long wind-up), unless the lone one speaks of the
    meeting itself (从这次大会到…). Why: a lone salutation paragraph right after the last
    part sums that part up (its subject, one paragraph); the speech's own closing is the
    block that runs on to the end, where the speaker turns to the whole."""
    n = len(texts)
    for k, j in enumerate(greeted):
        after = greeted[k + 1] if k + 1 < len(greeted) else n
        if after - j > 1 or _THIS_MEETING.search(texts[j]):
            return j
    return greeted[0]


# the speaker speaking of the meeting itself (从这次大会到十六大…): the whole, not a part
_THIS_MEETING = re.compile(
    r"(?:这次|本次|此次|我们这次)(?:大会|会议)"
    # the occasion by its own name: 以这次推介会为契机 / 本届茶文化旅游节 / 今天的开学典礼
    r"|(?:这次|本次|此次|本届|今天的)[\u4e00-\u9fff]{0,6}(?:会|节|典礼|仪式|论坛|活动)"
)


# the speaker speaking of the meeting he is at (今天有许多新员工参加，这是一个承前启后的大会 / 这次会议
# 开得很好): above the last hope, the turn from the matter to the room
_OF_THIS_MEETING = re.compile(
    r"(?:这次|本次|此次|今天的?)(?:大会|会议|会)|这是一[个次][^。，]{0,8}(?:大会|会议)"
)


# a step of a procedure told in order (首先… / 然后… / 最后，由董事会…审批)
_STEP = re.compile(r"^(?:首先|其次|然后|接着|随后|再次|第[一二三四五六七八九十]步)")


def _last_step(texts: list[str], start: int) -> bool:
    """最后， after a paragraph that began 然后/其次/接着…: the last step of a procedure the
    text lays down, not the speaker winding up."""
    return (
        texts[start].strip().startswith("最后")
        and start > 0
        and bool(_STEP.match(texts[start - 1].strip()))
    )


# an address that opens a paragraph and ends in 同志们！ (本军全体指挥员、战斗员同志们！…)
_ADDRESS = re.compile(r"^[^。，,！!？?]{0,20}同志们[！!]")
_SUMMONS = re.compile(r"我们号召|号召(?:全国|全体|各)")
_ITEM = re.compile(
    r"^(?:[（(][一二三四五六七八九十甲乙丙丁戊己庚辛壬癸\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]"
    r"|第[一二三四五六七八九十]{1,3}[，,、])"
)


def _above_slogans(texts: list[str], start: int) -> int:
    """Slogans at the very end (…万岁！) close a speech that calls just before them: the
    closing takes in the exclamations above them (打倒…！) and up to three paragraphs that
    call (…团结起来，坚决地实行…; 我们号召…; 本军全体指挥员、战斗员同志们！…)."""
    k = start
    while k - 1 >= 0 and _EXCLAMATIONS.match(texts[k - 1].strip()):
        k -= 1
    for _ in range(3):
        if k - 1 < 0:
            break
        text = texts[k - 1].strip()
        lead = "".join(_sentences(text)[:2])
        if _ITEM.match(text) or not (
            _ADDRESS.match(text) or _SUMMONS.search(lead) or _CALL.search(lead)
        ):
            break  # a numbered item ((丁)…) is the body's last point
        k -= 1
    return k


def cheers_start(texts: list[str]) -> int:
    """Where the run of cheers that ends a speech begins (…万岁！ / 庆贺…的成功！ / 打倒…！, short
    exclamations, one a paragraph); ``len(texts)`` when it ends on none. Why: counting "the
    last paragraphs" of a speech from above its cheers, a salutation over the last words and
    three 万岁！ lines (诸位代表先生：… / …万岁！ ×3) is as near the end as one over a closing
    that stops on its last sentence."""
    end = len(texts)
    while end - 1 >= 0 and _EXCLAMATIONS.match(texts[end - 1].strip()):
        end -= 1
    return end


def _lead(texts: list[str], j: int) -> str:
    """The first two sentences after the salutation that opens paragraph ``j`` (from the next
    paragraph when the salutation stands alone)."""
    rest = SALUTATION_START.sub("", texts[j].strip(), count=1).strip()
    if not rest and j + 1 < len(texts):
        rest = texts[j + 1]
    return "".join(_sentences(rest)[:2])


def _rallies(text: str) -> bool:
    """Words that rally the whole audience or hand the report over (让我们…, 紧密团结在…周围,
    以上…报告了), thank or wish: the closing's own words, never a part's resolve."""
    return bool(re.search(r"让我们(?!的)", text)) or any(
        rx.search(text) for rx in (_THANKS, _WISH, _WIND_UP)
    )


def _calls(text: str) -> bool:
    """Words that call, wish or thank (让我们…, 为…而奋斗, 预祝…, 谢谢…)."""
    return any(rx.search(text) for rx in (_THANKS, _WISH, _CALL, _WIND_UP))


# the last paragraph refers back to what the text listed (以上十项，… / 以上各项，请你早日回答。
# / 如能实行以上十二条，…)
_LISTED_ABOVE = re.compile(
    r"^[^。，,]{0,6}以上(?:[一二三四五六七八九十两\d]{1,3}|各)(?:项|点|条|件|个方面|个问题)"
    # the ways or measures laid out above, in the first sentence (我和政治局的同志觉得，要有以上
    # 这些方法，才能把党委的工作搞好。)
    r"|^[^。]{0,20}以上(?:这些|所说的|所讲的)(?:方法|办法|意见|措施|要求|原则|问题)"
)
# a short last word that the speaker's side or the listeners will surely win through (我们就一定会
# 持续发展的。 / …你们就一定会有希望！)
_SURELY = re.compile(r"(?:我们|你们)[^。，]{0,8}(?:一定(?:会|能)|必将|必定)")
# the speaker's own confidence in the outcome (我相信一定会有好的结果。 / 我相信你们是大有可为的)
_TRUSTS = re.compile(r"我(?:们)?(?:坚信|相信|深信)[^。]{0,20}(?:一定|必将|必定|大有可为)")
# a last sentence that forecasts the outcome of the whole struggle in the speaker's conviction
# (我们坚决相信，中国人民将要…得到完全的胜利… / 我们相信，…抗战的前途是光明的。)
_FORECAST = re.compile(
    r"^(?:我们|我)(?:坚决|完全|始终)?(?:坚信|相信|深信)[，,][^。！!]*(?:胜利|光明|必然|失败|前途)"
)
# at most so many characters in a last paragraph that ends on the speaker's own confidence
_TRUST_LENGTH = 120
# the last sentence hopes something of the listeners (希望全体员工共勉…; 希望每个办事处主任…; a letter
# to one reader: 希望您…)
_HOPE_FOR_THEM = re.compile(r"希望(?:你们|您|大家|全体|各位|同志们|每一?[个位])")


# at most so many sentences in a last paragraph that ends hoping something of the listeners
_HOPE_SENTENCES = 4


def _winds_up(text: str) -> bool:
    """A last paragraph that winds the speech up without a first word that says so: it refers
    back to the items listed above, is a short word of confidence (at most two sentences) or
    ends on one (…我们的目的一定会达到，也一定能达到。),
    or its last sentence hopes something of the listeners (and the paragraph is short, or
    hopes more than once: a long paragraph on its subject may end on one hope)."""
    sents = [_QUOTED.sub("", s) for s in _sentences(text)]
    if not sents:
        return False
    hopes = sum(1 for s in sents if _HOPE_FOR_THEM.search(s))
    return bool(
        _LISTED_ABOVE.match(text)
        or (len(sents) <= 2 and len(text) <= 80 and any(_SURELY.search(s) for s in sents))
        or _SURELY.search(sents[-1])
        or (len(text) <= _TRUST_LENGTH and _TRUSTS.search(sents[-1]))
        or _FORECAST.match(sents[-1])
        or (_HOPE_FOR_THEM.search(sents[-1]) and (hopes > 1 or len(sents) <= _HOPE_SENTENCES))
    )


# How a last paragraph reads when the speaker has turned from the subject to the listeners and
# what is to come (the closing of a talk that names no closing): sure of the outcome, calling
# on or hoping for the listeners, or looking back on the whole talk.
_SURE = re.compile(
    r"我们[^。，；]{0,12}(?:一定(?:会|能|可以)|必将|必定|就会|将会)"
    r"|只要我们[^。]{0,30}就(?:一定)?(?:会|能|可以)|一定(?:会|能|可以)(?:胜利|实现|成功|达到)"
    r"|(?:我们|我)(?:坚信|相信|深信|有(?:充分的)?信心)|^相信(?:你们|大家)|更加(?:美好|灿烂|辉煌|鲜艳)|大有希望|一天比一天"
    r"|没有什么(?:能|可以)?阻挡(?:我们|你们)"  # 没有什么能阻挡我们前进的步伐
    r"|走向胜利|屹立|站起来|前途(?:是)?光明"
    r"|我们(?:才|就)(?:会|能)?有(?:未来|希望|前途)"  # 我们只有…，我们才有未来！
)
_SUMMON = re.compile(
    r"希望(?:大家|你们|同志们|各位|全体|您们)|期望|期盼|寄予|寄托在|愿(?:您|你|大家)|祝贺|让我们(?!的)"
    r"|站出来|而奋斗|(?:努力|共同|不懈)奋斗|团结起来|迎接|吧[！!。]$"
    r"|而(?:不懈|共同)?努力[！!。]$|大家(?:共同|一起|一道)?努力[！!。]$"
)
_LOOK_BACK = re.compile(
    _SAID.pattern + r"|这就是(?:[^。，]{0,8}的(?:任务|目标|方针|希望)|[^。]{0,10}期望)"
)
# the body's marks: figures, examples, a label or a reporter's question, a point's ordinal
_SUBJECT = re.compile(
    r"\d|[０-９]|[%％]|比如|例如|譬如|记者|[：:]|^第[一二三四五六七八九十]|^最后一点"
)


def _turning(sentence: str) -> bool:
    return any(rx.search(sentence) for rx in (_SURE, _SUMMON, _LOOK_BACK))


def turns_to_close(text: str) -> bool:
    """Whether a paragraph reads as the wind-up of a talk that names no closing: none of the
    body's marks (figures, 比如, a label, an ordinal), and its last sentence and at least half
    of its sentences (or two) are sure of the outcome (我们就一定会…; 只要…就一定能…; 会更加
    美好), call on or hope for the listeners (希望大家…; 是英雄好汉的，站出来; 为…而奋斗;
    迎接它) or look back on the talk (这就是我们的任务). One reading of the whole paragraph, so
    a hope in passing inside a paragraph on the subject does not make it a closing."""
    text = text.strip()
    if _SUBJECT.search(text):
        return False
    sents = [_QUOTED.sub("", s) for s in _sentences(text) if not _STAGE.match(s)]
    sents = [s for s in sents if s.strip("，,。！!？? ")]
    if not sents or not _turning(sents[-1]):
        return False
    hits = sum(1 for s in sents if _turning(s))
    return hits * 2 >= len(sents) or hits >= 2


# thanks in any words, in a paragraph that opened with a greeting (请你们转达我对他们的感谢。)
_ANY_THANKS = re.compile(r"感谢|谢谢|谢意")


def _sends_off(text: str) -> bool:
    """A last paragraph that opens with greetings or wishes to the listeners and ends with
    thanks or wishes (就要过新年了，…先给大家问声新年好！…请你们转达我对他们的感谢。). Why: a
    speaker who greets the room at the end has left the subject, whatever he says between
    the greeting and the thanks (a word for the families, the year's hardships)."""
    sents = [_QUOTED.sub("", s) for s in _sentences(text) if not _STAGE.match(s)]
    if len(sents) < 2 or _SUBJECT.search(text):
        return False
    last = sents[-1]
    return bool(_WISH.search(sents[0])) and bool(_WISH.search(last) or _ANY_THANKS.search(last))


# a sentence that thanks the listeners or those they stand for (谢谢在叙利亚、也门……奋斗的员工，…)
_THANKS_THEM = re.compile(
    r"^(?:再次|最后[，,]?)?(?:谢谢|感谢)(?:大家|你们|各位|同志们|在|全体|所有)"
)


def _thanks_them(text: str) -> bool:
    """A short last paragraph (at most three sentences) whose last sentence opens by thanking
    the listeners or those they stand for (我鼓励你们奋斗，我自己会践行。谢谢在叙利亚、也门……
    奋斗的员工，…). Why: the speaker who ends by thanking the room has left the subject for
    the people; thanks followed by more directives (最后，感谢大家…。财政部门要…) are the
    last point's."""
    sents = [s for s in _sentences(text) if not _STAGE.match(s)]
    return 0 < len(sents) <= 3 and bool(_THANKS_THEM.match(sents[-1]))


def _opens_on_verse(text: str) -> bool:
    """A last paragraph that opens with a line of verse (沉舟侧畔千帆过，病树前头万木春。…): the
    speaker caps the talk with a couplet and draws its lesson. Why: a couplet is how the
    genre rounds a speech off; as the first sentence of the text's last paragraph it opens
    the wind-up, as it does standing alone (see :func:`verse_line`)."""
    first = _sentences(text)[:1]
    if not first or len(first[0]) == len(text.strip()) or not verse_line(first[0]):
        return False
    clauses = [c for c in _CLAUSES.split(first[0]) if c]
    return len(clauses) == 2 and not re.search(r"[我你他]", first[0])


def _flourish(text: str) -> bool:
    """A short last line that caps a closing (a verse, 我们一定会胜利的。): one or two
    sentences of at most 60 characters."""
    return len(text.strip()) <= 60 and len(_sentences(text)) <= 2


# a speaker's label opening a turn of minutes (胡厚崑： / 任总： / 广州代表处代表 孙福友：)
_TURN = re.compile(
    r"^([^\s，,。：:！!？?、（）()“”]{1,8}(?:[ \u3000][^\s，,。：:！!？?]{2,4})?)[：:]"
)
_TURN_COLON = 13  # the furthest a label's colon stands: 8 characters, a space and 4 more
# labels that are not speakers: a point's ordinal, a note, an example
_NOT_SPEAKER = re.compile(r"^(?:第|注|附|按|例|比如|如|原因|问题|目标|要求|时间|地点)")
# turns at least for minutes of an exchange
_MIN_TURNS = 6
# the one who asks: 问： / 记者： / 员工问：
_ASKER = re.compile(r"问|记者|主持")
# turns, by two speakers or more, for a text to be an exchange rather than one voice
_EXCHANGE_TURNS = 4


def is_exchange(texts: list[str]) -> bool:
    """Whether a text is an exchange of labelled turns (问：…/答：…, 任正非：…/员工：…): at
    least :data:`_EXCHANGE_TURNS` paragraphs open on a speaker's label and two speakers or
    more take them. Why: such a text ends on its last answer, and a paragraph standing last
    in it is no wind-up of one speaker's talk; a label that reports speech (发言人说：…, 发言人着重指出：…) is one voice
    quoted, not a turn."""
    labels = [label for _, label in speaker_turns(texts, 0) if not _REPORTED.search(label)]
    return len(labels) >= _EXCHANGE_TURNS and len(set(labels)) >= 2


def speaker_turns(texts: list[str], lo: int) -> list[tuple[int, str]]:
    """(paragraph, speaker) of each paragraph from ``lo`` on that opens on a speaker's label
    (任正非：… / 问：…), not on a label that is no speaker (第一：, 注：, 时间：). Shared by the
    reading of minutes (:func:`closing_after_last_answer`) and of exchanges (:func:`is_exchange`)."""
    out = []
    for i in range(lo, len(texts)):
        text = texts[i]
        head = (text.lstrip() if text[:1].isspace() else text)[: _TURN_COLON + 1]
        if "：" not in head and ":" not in head:
            continue  # no label's colon where one stands (most paragraphs are answered here)
        if (m := _TURN.match(text.strip())) and not _NOT_SPEAKER.match(m.group(1)):
            out.append((i, m.group(1)))
    return out


# a label that reports speech (发言人说： / 发言人着重指出：) rather than naming a speaker's turn
_REPORTED = re.compile(r"(?:说|指出|表示|认为|强调|宣布|声明|写道)$")


def closing_after_last_answer(texts: list[str], lo: int) -> int | None:
    """Minutes made of speakers' turns (a 座谈纪要) where one speaker answers the others: the
    turn another speaker takes after his last one, asking him nothing, starts the closing
    (胡厚崑：第一次开这么大的班，…任总…给大家做了精彩的回答 and the turns after it). Why: the
    one who answers takes the most turns, and once he has spoken for the last time what is
    left is the host's or the others' summing-up of the session; a last question he leaves
    unanswered is still the body's. None when the text is no such minutes."""
    turns = speaker_turns(texts, lo)
    if len(turns) < _MIN_TURNS:
        return None
    counts: dict[str, int] = {}
    for _, label in turns:
        counts[label] = counts.get(label, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    main = max(counts, key=counts.__getitem__)
    if counts[main] < 3 or counts[main] * 3 < len(turns) or ranked[1] * 2 > ranked[0]:
        return None  # no one speaker who answers (问/答 alike, an interview's 记者/任正非)
    if _ASKER.search(main):
        return None
    last = max(i for i, label in turns if label == main)
    after = next(((i, label) for i, label in turns if i > last), None)
    if after is None or counts[after[1]] > 2:
        return None  # a regular of the exchange speaking on, not the session summed up
    text = texts[after[0]].strip()
    first = _sentences(text[_TURN.match(text).end() :])[:1]
    if not first or first[0].endswith(("？", "?")) or _ASKER.search(text[:12]):
        return None
    return after[0]


def closing_at_end(texts: list[str], lo: int) -> int | None:
    """A closing no opener announced: the text's last paragraph (at ``lo`` or later) when it
    begins as a closing (同志们，… / 我希望… / 总之…), only wishes, thanks or calls, or winds
    up otherwise (see :func:`_winds_up`). It may
    begin a paragraph or two earlier, where the speaker turns from the subject to the people
    in the room (在座的每一位要…) before the last hope."""
    n = len(texts)
    if n - 1 < lo:
        return None
    texts = [*texts[:-1], undated(texts[-1])]
    tail = texts[n - 1].strip()
    begins = _BEGINS.search(tail) and not (LAST_POINT.match(tail) or _last_step(texts, n - 1))
    turned = n >= 3 and turns_to_close(tail)
    parting = _parting(tail) or _bids_farewell(tail) or _addresses_at_last(tail) or _verdict(tail)
    parting = (
        parting
        or _sends_off(tail)
        or _thanks_them(tail)
        or asks_reply(tail)
        or (n - 1 > lo and (verse_line(tail) or _opens_on_verse(tail)))
    )
    if not begins and not parting and not _winds_up(tail) and not turned:
        return _coda(texts, lo)
    start = n - 1
    for k in range(n - 2, max(n - 4, lo - 1), -1):
        lead = "".join(_sentences(texts[k])[:2])
        if _TO_AUDIENCE.search(lead) or _OF_THIS_MEETING.search(lead):
            start = k
    if start == n - 1 and (_flourish(tail) or _winds_up(tail)):
        # the closing begins above its last flourish, or above a last word of confidence,
        # where the speaker has already turned
        while start - 1 >= max(lo, n - 3) and turns_to_close(texts[start - 1]):
            start -= 1
    if start == n - 1 and _flourish(tail) and start - 1 >= lo and ends_calling(texts[start - 1]):
        start -= 1
    coda = _coda(texts, lo)
    return coda if coda is not None and coda < start else start


# asking the addressees for their view or a reply (你们对此意见如何，望考虑电告。 / 以上意见妥否，望复。)
_ASKS_REPLY = re.compile(
    r"(?:意见如何|妥否|可否|是否(?:同意|妥当))[^。！!]{0,12}[。？?]?$"
    r"|望[^。！!]{0,10}(?:电告|电复|见告|函告|告知|复电|回电|速复|即复|望复)[。！!]?$|[盼望]复[。！!]?$"
)
# at most so many characters in a request for a reply that ends a directive or a telegram
_REPLY_LENGTH = 40


# a first clause that says there is more to do or know (同志们还要懂得，… / 我们今天开会还要…)
_MORE_TO_DO = re.compile(r"^[^。，,；;！!？?]{0,12}还(?:要|得|需要|应当|应该)")


def takes_up_more(text: str) -> bool:
    """Whether a paragraph opens by taking up one more point: its first clause says the
    speaker or the listeners 还要 do or know something more (同志们还要懂得，近来… / 我们今天开会
    还要向全国人民表明一种态度，…). Why: the closing convention keeps a paragraph that takes up
    a further point in the body, as 最后，我再讲一点 is (tests/gold/README.md, sets 17 and 20:
    both such last paragraphs are called null, the speech's own closing sentences standing
    inside them where whole paragraphs cannot hold them); no gold closing starts so."""
    return bool(_MORE_TO_DO.match(text.strip()))


def asks_reply(text: str) -> bool:
    """Whether a last paragraph only asks the addressees for their view or a reply (你们对此意见
    如何，望考虑电告。): short, not a numbered item. Why: a directive or a telegram ends, after its
    last point, by turning to the ones it is sent to and asking them to answer; that request
    is its closing as a call to the room is a speech's, and its words are the genre's own."""
    text = text.strip()
    return (
        0 < len(text) <= _REPLY_LENGTH
        and not _ITEM.match(text)
        and not LAST_POINT.match(text)
        and bool(_ASKS_REPLY.search(text))
    )


# a verdict on the whole argument, in a sentence (这样看来，整风和生产两大运动…是明白无疑的了。)
_JUDGES = re.compile(r"^(?:这样看来|由此看来|由此可见|这样说来|总起来看|总的看来|可见)[，,]")
# at most so many characters in such a verdict standing as a paragraph of its own
_JUDGES_LENGTH = 80


def judges_whole(text: str) -> bool:
    """Whether a paragraph is a one-sentence verdict drawn from all that was argued (这样看来，
    …具有何种历史重要性，是明白无疑的了。): it opens on 这样看来/由此可见… and is short. Why: set
    as a paragraph of its own right above the wind-up (让我们…), the verdict is where the
    author leaves his last point for the whole, so the closing starts there; inside a longer
    paragraph 由此可见 only concludes that paragraph's point."""
    text = text.strip()
    return len(text) <= _JUDGES_LENGTH and len(_sentences(text)) == 1 and bool(_JUDGES.match(text))


def antithesis_start(texts: list[str], lo: int) -> int | None:
    """Where a pair of antithetical lines among the last paragraphs (战下去，团结下去，――中国必存。 /
    和下去，分裂下去，――中国必亡。) starts, at ``lo`` or later: two paragraphs side by side, each
    one sentence of two clauses or more ending in 。, of the same length (at most
    ``_ANTITHESIS_LENGTH``), alike in at least half their characters, place by place, and
    apart in ``_ANTITHESIS_APART`` at least. Why:
    after the argument an author who sets his thesis as two opposed lines, each a paragraph,
    has stopped arguing and started to rally; what follows (the choice put to all, the call)
    is one closing with them. Exclamations (…万岁！, 祝…胜利!) are the slogan rules'."""
    n = len(texts)
    for k in range(max(lo, n - _ANTITHESIS_TAIL), n - 1):
        a, b = texts[k].strip(), texts[k + 1].strip()
        if _antithetical(a, b):
            return k
    return None


# how far from the end a pair of antithetical lines may stand, and how long each may be
_ANTITHESIS_TAIL = 10
_ANTITHESIS_LENGTH = 30
# how many characters, place by place, two antithetical lines differ in at least
_ANTITHESIS_APART = 3


def _antithetical(a: str, b: str) -> bool:
    if a == b or len(a) != len(b) or not 6 <= len(a) <= _ANTITHESIS_LENGTH:
        return False
    if not (a.endswith("。") and b.endswith("。")) or _SUBJECT.search(a + b):
        return False
    if any(len(_sentences(t)) != 1 or len(_CLAUSES.split(t.rstrip("。"))) < 2 for t in (a, b)):
        return False
    same = sum(x == y for x, y in zip(a, b))
    # alike in half their characters, yet opposed in a few: not one line said twice over with
    # an ordinal changed (我们必须坚持第一条原则，… / …第二条原则，…)
    return same * 2 >= len(a) and len(a) - same >= _ANTITHESIS_APART


# a title's wrapper, not its subject: 在…上的讲话, 纪要, 座谈, 汇报 (the occasion's own words stay)
_TITLE_WRAPPER = re.compile(
    r"^(?:任正非|任总)?(?:在|与)|(?:上|时|中)?的(?:讲话|发言|谈话)$|讲话|纪要|座谈|会议|汇报|[^\u4e00-\u9fff]+"
)
# how many Han characters in a row a last paragraph must share with the title to take it up
_ECHO = 4


def echoes_title(text: str, title: str) -> bool:
    """Whether a last paragraph, in the speakers' own voice (opening 我们, not a numbered item),
    takes up the title's subject again in ``_ECHO`` Han characters in a row (我们坚定不移地…
    在华为当官要理解为一种责任 under 当干部是一种责任; …所以战略预备队是最重要的工作之一 in a
    talk 在战略预备队业务汇报上). Why: after the last point a speaker who returns to what the
    whole talk is about, as a resolve of all of us, has left that point for the whole; the
    caller asks it only when no other sign found a closing and the paragraph is not the last
    part's first text. A title echoed by a paragraph in another voice (a directive, a
    narrative) was too often the body's last point, so the 我们 is required."""
    text = text.strip()
    if not title or not text.startswith("我们") or _ITEM.match(text) or LAST_POINT.match(text):
        return False
    core = [c for c in _TITLE_WRAPPER.split(title) if len(c) >= _ECHO]
    return any(c[i : i + _ECHO] in text for c in core for i in range(len(c) - _ECHO + 1))


# the date an editor set after the last words (…而奋斗。（1998年1月16日）)
_DATELINE = re.compile(r"[（(][^（()）]{0,6}\d{2,4}\s*年[^（()）]{0,12}[）)]\s*$")


def undated(text: str) -> str:
    """A last paragraph without the date in brackets an editor set after it (…作出新的成绩。
    （2015年7月13日）). Why: the figures of a date are no mark of the body, and a date is no
    sentence of the speaker's; read with it, a closing looks like a paragraph of the subject."""
    return _DATELINE.sub("", text.rstrip()).rstrip() or text


# a verse line: clauses of Han characters only, cut by ，/。/！
_CLAUSES = re.compile(r"[，,。！!；;…]+")


def verse_line(text: str) -> bool:
    """Whether a paragraph is a line of verse (雄关漫道真如铁，而今迈步从头越。 / 春江水暖鸭先知，
    不破楼兰誓不还。 / 千古兴亡多少事，一江春水向东流，…): at most 40 characters, its first
    two clauses of four, five or seven Han characters alike in length, nothing but Han
    characters in them. Why: a speech that ends on a couplet after its prose caps its
    closing with it, as a slogan does; the shape says so whatever the words, and a body
    sentence is seldom two clauses of a verse's even measure."""
    text = _QUOTED.sub(lambda m: m.group(0)[1:-1], text.strip())
    if len(text) > 40 or _SUBJECT.search(text):
        return False
    clauses = [c for c in _CLAUSES.split(text) if c]
    if len(clauses) < 2:
        return False
    a, b = clauses[0], clauses[1]
    if len(clauses) > 2 and all(len(c) == 4 for c in clauses[:3]):
        return False  # 减少品种，扩大规模，提升工艺，降低成本。: a list of measures, not a couplet
    return len(a) == len(b) and len(a) in (4, 5, 7) and all(_VERSE.match(c) for c in (a, b))


# a clause of verse: Han characters, no 的, not a directive (要加强管理，要提高效率。)
_VERSE = re.compile(r"^(?!要|必须|应|不要|我们)[^的\W\d_a-zA-Z]+$")


def ends_calling(text: str) -> bool:
    """Whether a paragraph, free of the body's marks, ends on a call to the listeners (…我们需要
    团结一心，大家共同奋斗。 / 让我们…): above a last flourish (我们一定会成功的。) it is where
    the wind-up begins, though its first sentences still speak of the subject. Why: the
    flourish alone is too short a closing, and a call is the one sentence a speaker ends
    the body's last point with rarely, the closing with often."""
    text = text.strip()
    if _SUBJECT.search(text):
        return False
    sents = [_QUOTED.sub("", s) for s in _sentences(text) if not _STAGE.match(s)]
    return bool(sents) and bool(_CALL.search(sents[-1]) or _SUMMON.search(sents[-1]))


# a line of the coda: one short sentence, no figures, labels or markers of the body
_CODA_LINE = 32


def _coda(texts: list[str], lo: int) -> int | None:
    """A closing made of short lines after the body's long paragraphs (新的县城就在我们面前，
    我们应该迎接它。 / 伸出你的双手，…): at least two one-sentence
    lines at the very end, each of at most ``_CODA_LINE`` characters, under a paragraph of
    prose that is not one of them; the coda starts at the first that calls on the listeners
    or is sure of the outcome, with one line after it at least.
    Why: a speaker who drops from paragraphs to single lines has stopped explaining and
    begun to exhort; the lines are one closing, from the first."""
    n = len(texts)
    k = n
    while k - 1 >= lo and _coda_line(texts[k - 1]):
        k -= 1
    above = texts[k - 1].strip().rstrip("”’」』）)") if k - 1 >= lo else ""
    if n - k < 2 or not above.endswith(("。", "！", "!", "？")):
        return None  # no prose above the lines (a heading, a table): no coda
    # the coda begins at its first line that calls or looks ahead, and is two lines at least
    turn = next((j for j in range(k, n) if _exhorts(texts[j])), n)
    return turn if n - turn >= 2 else None


def _exhorts(line: str) -> bool:
    line = _QUOTED.sub("", line.strip())
    return _turning(line) or bool(_CALL.search(line))


def _coda_line(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= _CODA_LINE
        and text[-1] in "。！!"
        and len(_sentences(text)) == 1
        and not _SUBJECT.search(text)
        and not _ITEM.match(text)
    )


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
    prose = [t for t in under if not _EXCLAMATIONS.match(t.strip())]
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


# The three marks of a speaker turning from the last point to the whole (docs/outline.md §4,
# "the convention"), each a class of words, not a phrase: the listeners addressed, a hope, call
# or resolve, and the talk or the meeting itself spoken of.
_LISTENERS = re.compile(r"大家|同志们|你们|各位|诸位|在座|全党|全国|全体")
_RESOLVE = re.compile(r"希望|让我们|一定要|一定能|一定会|必将|应当|敢于|努力|奋斗|相信|坚信|祝")
_THE_TALK = re.compile(
    r"今天|这次|本次|此次|会议|大会|我(?:今天|这次|刚才|要|想)?(?:讲|说)(?:的|了|话)"
)
# a turn in an exchange (答：… / 任总：…): the answer to a question, not the speaker's wind-up
_LABELLED = re.compile(r"^[^。，,：:！!？?]{1,8}[：:]")
_FIGURES = re.compile(r"\d|[０-９]|[%％]")


def turns_to_whole(text: str) -> bool:
    """Whether a last paragraph bears all three marks of the turn to the whole: it addresses
    the listeners (大家, 你们, 同志们, 全体…), hopes, calls or resolves (希望, 一定要, 努力…),
    and speaks of the talk or the meeting itself (今天, 这次, 大会, 我…讲) — and none of the
    body's: figures, a number or 最后一点 opening a last point, a labelled turn of an exchange.

    Why: the cue rules name the formulas a closing opens with; a closing that has none still
    turns to the people in the room, asks something of them and speaks of the occasion, where
    the last point's own paragraphs speak of its matter. One of the marks alone is common in
    the body; all three together, in the last paragraph, were found in no gold text that ends
    on its last point (bench/closing_general.py measures the general signals, the caller asks
    this only when nothing else found a closing)."""
    text = text.strip()
    if _FIGURES.search(text) or _ITEM.match(text) or LAST_POINT.match(text):
        return False
    if text.startswith("最后一点") or _LABELLED.match(text):
        return False
    return all(rx.search(text) for rx in (_LISTENERS, _RESOLVE, _THE_TALK))
