"""Texts made of speakers' turns (问：…/答：…, 任正非：…/员工：…): whether a text is such an
exchange, and where the closing of a 座谈纪要 starts after the main speaker's last answer."""

from __future__ import annotations

import re
from itertools import compress, islice

from drafter.corpus.closing.phrases import sentences_of
from drafter.corpus.closing.settle import closing_like
from drafter.corpus.group_score import TURNS

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


def is_exchange(texts: list[str]) -> bool:
    """Whether a text is an exchange of labelled turns (问：…/答：…, 任正非：…/员工：…): at
    least :data:`TURNS` paragraphs open on a speaker's label and two speakers or
    more take them. Why: such a text ends on its last answer, and a paragraph standing last
    in it is no wind-up of one speaker's talk; a label that reports speech (发言人说：…, 发言人着重指出：…) is one voice
    quoted, not a turn."""
    labels = [label for _, label in speaker_turns(texts, 0) if not _REPORTED.search(label)]
    return len(labels) >= TURNS and len(set(labels)) >= 2


def speaker_turns(texts: list[str], lo: int) -> list[tuple[int, str]]:
    """(paragraph, speaker) of each paragraph from ``lo`` on that opens on a speaker's label
    (任正非：… / 问：…), not on a label that is no speaker (第一：, 注：, 时间：). Shared by the
    reading of minutes (:func:`closing_after_last_answer`) and of exchanges (:func:`is_exchange`)."""
    out = []
    # only the paragraphs with a colon where a label's stands (most paragraphs have none),
    # found in C: no Python step a paragraph
    for i in compress(range(lo, len(texts)), map(_LABEL_COLON.match, islice(texts, lo, None))):
        if (m := _TURN.match(texts[i].strip())) and not _NOT_SPEAKER.match(m.group(1)):
            out.append((i, m.group(1)))
    return out


# a colon within the first _TURN_COLON + 1 characters after the leading white space (\s is
# what str.strip takes away): where a label's colon stands
_LABEL_COLON = re.compile(rf"\s*+[^：:]{{0,{_TURN_COLON}}}[：:]")


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
    if len(ranked) < 2:
        return None  # one voice all through (a leader's talk quoting 同志们：): no one answered
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
    first = sentences_of(text[_TURN.match(text).end() :])[:1]
    if not first or first[0].endswith(("？", "?")) or _ASKER.search(text[:12]):
        return None
    return after[0]


def answer_closing_above_thanks(texts: list[str], start: int, lo: int, title: str = "") -> int:
    """Where an interview's closing starts when the one found is the asker's thanks (记者：
    谢谢程局长！): at the last answer's own closing paragraphs right above it, if it has any —
    paragraphs after the answer's first (the turn with its label stays the body's), each
    reading as a closing (a call, a hope, a summing-up: :func:`.settle.closing_like`) or
    taking the title up again (老百姓喝的每一口水，都连着民心。我们要让每一滴水都流得明明白白…
    under 让每一滴水都流得明明白白) — else ``start`` unchanged. Why: the interview ends on what
    the interviewee leaves the reader with; the reporter's thanks is a courtesy under it
    (modern_blind9 v08's gold). An answer that is one paragraph (林振华：我希望大家…) is a turn
    of the exchange, and the closing stays the thanks (modern_blind7 t10's gold; the closing
    convention of tests/gold/README.md: an answer's turn opens no closing). Found at the
    interviewee's thanks in reply (林振华：谢谢！也借贵报一角…), the closing starts at the
    asker's thanks it answers: the two are one exchange of courtesies (t10 again)."""
    if start - 1 > lo and _thanked(texts[start]) and _thanked(texts[start - 1], asker=True):
        start -= 1  # 林振华：谢谢！… answers 记者：谢谢林书记…！: the exchange of thanks is one
    text = texts[start].strip()
    m = _TURN.match(text)
    if m is None or not _ASKER.search(m.group(1)) or not _THANKS.match(text[m.end() :].strip()):
        return start
    j = start
    while j - 1 > lo and not _TURN.match(texts[j - 1].strip()):
        above = texts[j - 1].strip()
        if not (closing_like(above) or _takes_up_title(above, title)):
            break
        j -= 1
    # the paragraphs taken must lie under an answer's turn, not be the asker's own words
    turn = next((k for k in range(j - 1, lo - 1, -1) if _TURN.match(texts[k].strip())), None)
    if j == start or turn is None or _ASKER.search(_TURN.match(texts[turn].strip()).group(1)):
        return start
    return j


def _thanked(text: str, asker: bool = False) -> bool:
    """Whether ``text`` is a turn (the asker's, with ``asker``) that opens by thanking."""
    m = _TURN.match(text.strip())
    if m is None or asker and not _ASKER.search(m.group(1)):
        return False
    return text.strip()[m.end() :].lstrip().startswith(("谢谢", "感谢"))


# the asker's words of thanks, and nothing more than a wish with them (谢谢程局长！ / 谢谢林书记
# 接受我们的专访，祝…！)
_THANKS = re.compile(
    r"^(?:好的?[，,。]?)?(?:谢谢|感谢)[^。！!？?]{0,40}[。！!]?(?:祝[^。！!]{0,40}[。！!]?)?$"
)
_TITLE_RUN = 8  # Han characters in a row shared with the title: its subject taken up again
_TITLE_WORDS = 4  # a shorter stretch of the title's words taken up whole counts too


def _takes_up_title(text: str, title: str) -> bool:
    """Whether ``text`` repeats ``_TITLE_RUN`` Han characters in a row of ``title`` (or a
    shorter stretch of its words, of ``_TITLE_WORDS`` or more, whole: 让山林四季常青)."""
    for run in re.findall(r"[\u4e00-\u9fff]+", title):
        if len(run) < _TITLE_WORDS:
            continue
        span = min(_TITLE_RUN, len(run))
        if any(run[i : i + span] in text for i in range(len(run) - span + 1)):
            return True
    return False
