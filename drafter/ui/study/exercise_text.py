"""What the 提纲练习 says: its introductions and notices, the line over a comparison, how an
attempt is named in the list of attempts, and why one could not be kept.

Apart from the widget (:mod:`.exercise`) because the words are read elsewhere too (the 笔记
tab lists attempts by :func:`attempt_label`, and need not import the widget for it) and are
tested as text, without a window.
"""

from __future__ import annotations

import logging

from drafter.study.attempts import Attempt, AttemptError
from drafter.study.exercise import Answer, average
from drafter.ui.errors import describe

log = logging.getLogger(__name__)

INTRO = (
    "提纲练习：下面隐去了原文的各级标题，只留每部分正文的开头。读完后为每部分拟一个标题，"
    "再点“对照原文”。"
)
INTRO_SAVED = "所写内容随写随存（仅保存在本机），下次打开这篇文稿时还在。"
INTRO_UNSAVED = "这篇文稿不在资料库中，练习不会保存。"
# A text with no headings found (a leader's essay in one flow, an outline the engine missed)
# left a blank form and a dead 对照原文 button, with nothing said.
NO_HEADINGS = (
    "这篇文稿没有识别出小标题，没有可练习的标题。可换一篇分部分讲的范文；"
    "如果原文其实有小标题，可在阅读器中右键段落，用“更正结构”标出来，再回到这里练习。"
)

# 对照原文 pressed with every box empty: the originals are shown, but no attempt is kept (ux64's
# walk found "相近度 0%（写了 0/20）" in 我的练习 for a look at the headings)
NOTHING_WRITTEN = (
    "还没有写任何标题，这次不记入“我的练习”。下面是原文的各级标题；"
    "想练习可点“新的练习”，先写标题再对照。"
)


SIMILARITY_TIP = "相近度：我的标题与原文标题的用字按顺序比较相同的程度（0–100%），未填的计 0"


def answers_summary(answers: list[Answer]) -> str:
    """One line over the comparison: how many headings were written and how close they are,
    the attempt's 相近度 first (all headings, the blanks as 0: the figure its line in the list
    of attempts shows), then the written ones' average when some were left blank. The line
    led with the written ones' average (平均相近度 13%) under a list saying 相近度 3% for the
    same attempt, and a trainee could not tell which was theirs (ux53)."""
    if not answers:
        return ""
    filled = [a for a in answers if a.mine]
    if not filled:
        return f"共 {len(answers)} 个标题，一个也没写。"
    line = f"写了 {len(filled)}/{len(answers)} 个标题，相近度 {average(answers) * 100:.0f}%"
    if len(filled) < len(answers):
        line += f"（未填的计 0；写了的平均 {average(filled) * 100:.0f}%）"
    return line + "。"


def attempt_time(attempt: Attempt) -> str:
    """When an attempt was last written (12-06 15:33), as the list of attempts and the line
    over its comparison name it."""
    return attempt.updated[5:16].replace("T", " ")


def attempt_label(attempt: Attempt) -> str:
    """How an attempt reads in the history list: its score or how far it got, then when.
    The figure leads: the closed list in a narrow 学习 dock cut the line's end, and read
    相近度 1 for 10% (the time stands again in the line under it)."""
    when = attempt_time(attempt)
    if attempt.revealed and attempt.score is not None:
        # 已对照 5% read as "5% of it compared": say what the number is, as `drafter notes` does
        # a low figure of few headings written says so: 相近度 5% beside an average of 43%
        # over the two written read as a poor attempt, not an unfinished one
        n = len(attempt.answers)
        part = f"（写了 {attempt.filled}/{n}）" if attempt.filled < n else ""
        return f"已对照，相近度 {attempt.score * 100:.0f}%{part}　{when}"
    return f"未完成（{attempt.filled}/{len(attempt.answers)}）　{when}"


def why_not_saved(exc: Exception) -> str:
    """Why an attempt could not be kept, in Chinese: an AttemptError says it already, a file error
    is described, the notes database's own (English) reason goes to the log only."""
    if isinstance(exc, AttemptError):
        return str(exc)
    if isinstance(exc, OSError):
        return describe(exc)
    log.warning("exercise attempt not saved: %s", exc)
    return "本机的笔记数据库无法写入（所写内容仍在表单中）"
