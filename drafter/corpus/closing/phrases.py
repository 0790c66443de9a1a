"""The words every closing reader shares: a paragraph cut into sentences, and the classes of
phrase (thanks, a wish, a call, a salutation, 最后，+ one more point, the body's marks) that the
cue, settling and last-paragraph rules all ask about, so that each class is written once."""

from __future__ import annotations

import functools
import re

# One term of address: 各位/诸位 + the listeners (各位企业家朋友, 诸位代表先生), a plural in 们 that names people
# (同学们, 女士们, 老师们; not the pronouns 我们/你们/他们…), 尊敬的…/亲爱的….
_ADDRESS_TERM = (
    r"(?:[各诸]位[\u4e00-\u9fff]{0,8}|[\u4e00-\u9fff]{1,6}(?<![我你他她它咱人])们"
    r"|尊敬的[^，,：:！!。；]{1,30}|亲爱的[^，,：:！!。；]{1,20})"
)
# a paragraph that opens by addressing the listeners, one term or several joined by 、/和
# (各位来宾、朋友们，… / 女士们、先生们、朋友们！… / 同学们，…): the speaker turns from the
# subject to the people in the room, as 同志们，/各位代表， do
ADDRESS = rf"(?![各诸]位[^，,！!：:、]*的){_ADDRESS_TERM}(?:[、和]{_ADDRESS_TERM})*"
VOCATIVE_START = re.compile(rf"^{ADDRESS}[，,！!：:]")
# a salutation opening a paragraph, or standing alone on its line (各位代表！)
SALUTATION_START = VOCATIVE_START
# a salutation standing alone; several may be strung together (各位委员、各位同志们：)
SALUTATION = re.compile(
    r"^(?:(?:同志们|[各诸]位[\u4e00-\u9fff]{0,8}|尊敬的[^：:]{0,40}|亲爱的[^：:]{0,20}|女士们[^：:]{0,12}"
    rf"|朋友们|{_ADDRESS_TERM})[、，,和]?)+[：:！!]?$"
)
# 最后，followed by the speaker taking up one more matter (最后，解释一个问题; 最后，我再讲一点)
# opens the body's last point, not the closing.
LAST_POINT = re.compile(
    r"^最后[，,]\s*(?:第[一二三四五六七八九十]{1,3}[，,、]"  # 最后，第六，我要说到…
    r"|(?:我|我们)?(?:再|还|顺便)?(?:想|要|需要|应该|应当)?(?:解释|讲|谈|说|说明|补充)"
    r"(?:一下|一个|一点|两点|几点|几句|到))"
)
# words of a closing's sentence: a call, a wish, thanks, a summing-up of the whole
THANKS = re.compile(r"^谢谢|谢谢大家|谢谢各位")
WISH = re.compile(
    r"预祝|祝[^。]{0,12}(?:成功|顺利|健康|快乐|愉快|吉祥|如意)|祝愿"
    # the season's greetings (先给大家问声新年好！ / 给大家拜个早年)
    r"|(?:新年|新春|春节|节日|中秋)(?:好|快乐)|拜(?:个)?(?:早)?年|问(?:声|个)好"
)
CALL = re.compile(
    r"让我们(?!的)|我们要[^。]{0,30}(?:奋斗|努力|奋进)"
    r"|为[^。]{0,60}(?:而奋斗|作出(?!了)[^。]{0,6}贡献|努力奋斗)"
    r"|团结起来|争取更大的胜利|乘胜前进|奋勇前进"
)
# a closing slogan (打倒日本侵略者！ 毛主席万岁！万万岁！): short exclamations only
EXCLAMATIONS = re.compile(r"^(?:[^。？?！!；;，,]{1,24}[！!])+$")
QUOTED = re.compile(r"“[^“”]*”|‘[^‘’]*’|「[^「」]*」")
SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")


def sentences_of(text: str) -> list[str]:
    """A paragraph's sentences, cut after 。！？ (closing quotes stay with their sentence).
    A new list each call; the cut itself is remembered for the last few paragraphs, as a
    text's last paragraph is cut by a dozen closing rules in turn."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in SENTENCE.findall(text.strip()) if s.strip())


# a stage note standing as a sentence: （热烈的鼓掌） / （全场起立）
STAGE = re.compile(r"^[（(][^（()）]{1,12}[）)]$")
# a numbered item opening a paragraph ((丁)… / 三、 / 第二，): a point of the body
ITEM = re.compile(
    r"^(?:[（(][一二三四五六七八九十甲乙丙丁戊己庚辛壬癸\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]"
    r"|第[一二三四五六七八九十]{1,3}[，,、])"
)
# the body's marks: figures, examples, a label or a reporter's question, a point's ordinal
SUBJECT = re.compile(
    r"\d|[０-９]|[%％]|比如|例如|譬如|记者|[：:]|^第[一二三四五六七八九十]|^最后一点"
)


def own_sentences_of(text: str) -> list[str]:
    """A paragraph's sentences in the speaker's own words: stage notes standing as a sentence
    (（热烈的鼓掌）) left out, quoted words (“…”) taken out of the rest. Four readings of a last
    paragraph (a farewell, a send-off, a turn to the close, a last call) ask exactly this:
    a new list each call, the reading itself remembered."""
    return list(_own_sentences(text))


@functools.lru_cache(maxsize=16)
def _own_sentences(text: str) -> tuple[str, ...]:
    return tuple(QUOTED.sub("", s) for s in _sentences(text) if not STAGE.match(s))


# the date an editor set after the last words (…而奋斗。（1998年1月16日）)
_DATELINE = re.compile(r"[（(][^（()）]{0,6}\d{2,4}\s*年[^（()）]{0,12}[）)]\s*$")


def undated(text: str) -> str:
    """A last paragraph without the date in brackets an editor set after it (…作出新的成绩。
    （2015年7月13日）). Why: the figures of a date are no mark of the body, and a date is no
    sentence of the speaker's; read with it, a closing looks like a paragraph of the subject."""
    return _DATELINE.sub("", text.rstrip()).rstrip() or text


# a verse line: clauses of Han characters only, cut by ，/。/！
CLAUSES = re.compile(r"[，,。！!；;…]+")
FIGURES = re.compile(r"\d|[０-９]|[%％]")
