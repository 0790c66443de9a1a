"""An interview's intertitles written as a keyword, a colon and a phrase (回望2025：稳中有进…).

A newspaper interview groups its question-and-answer turns under intertitles the editor
wrote, and the editor writes them as a keyword and a phrase joined by a colon: the 新华社
interview of ren 20160305 heads its turns with ``1、成功密码：坚持只做一件事`` …
``10、中国企业走出去：…`` (numbered, so the markers read them). Left unnumbered, as the
intertitles of mao's 和英国记者贝特兰的谈话 are (抗日战争的情况和教训 over 问：/答： turns,
level 1 in the gold), such a line was set aside by :func:`.title_lines.looks_like_heading`,
for which a colon in a line standing alone makes a label (单位：万元, 时间：…, 来源：…).
Here the colon is allowed where the line stands over a turn: in a dialogue
(:func:`.turns.is_dialogue`), a line standing alone whose next paragraph opens on a
speaker's turn, whose words before the colon name no one who speaks and no field, and whose words
after it are a phrase (no stop, no second colon); two such lines or more, as intertitles
come. modern_blind7 t10 (our own fixture) is the case that showed it; no text of ../shared
outside the interviews named has such a line over a turn.
"""

from __future__ import annotations

import re

from drafter.corpus.group_score import TURN
from drafter.corpus.turns import is_dialogue

# keyword (2-10 characters) + colon + phrase (4-30), nothing else on the line
_KEYED_TITLE = re.compile(r"([^：:，,。！？；;\s]{2,10})[：:]([^：:。！？；;]{4,30})")
# words before a colon that make a field or a question's label, not a keyword
_FIELDS = (
    "时间",
    "地点",
    "来源",
    "主持",
    "单位",
    "问题",
    "提问",
    "回答",
    "记者",
    "编者",
    "作者",
    "附",
    "注",
)
_MIN_TITLES = 2
_TITLE_MIN, _TITLE_MAX = 6, 40  # the line's length (a looks_like_heading line's at most)


def keyed_intertitles(texts: list[str], skip: set[int]) -> list[int]:
    """The paragraphs that are an interview's keyed intertitles (回望2025：…, 谋划2026：…)
    standing over its turns, or [] when there are fewer than two or the text is no
    dialogue."""
    # (the lines first, the dialogue after: most texts hold no such line, and the turns are
    # counted over every paragraph)
    lines = []
    for i, text in enumerate(texts[:-1]):
        if i in skip or not _TITLE_MIN <= len(text) <= _TITLE_MAX:
            continue
        if "：" not in text and ":" not in text:
            continue
        m = _KEYED_TITLE.fullmatch(text)
        if m is None or m.group(1).startswith(_FIELDS):
            continue
        if TURN.match(texts[i + 1]) is None:
            continue  # over prose, not over a turn: a label or a subtitle
        lines.append((i, m.group(1)))
    if len(lines) < _MIN_TITLES or not is_dialogue(texts):
        return []
    # who speaks: the labels that open a turn longer than any title (记者：…, 林振华：…)
    speakers = {m.group(1) for t in texts if len(t) > _TITLE_MAX and (m := TURN.match(t))}
    found = [i for i, key in lines if key not in speakers]
    return found if len(found) >= _MIN_TITLES else []
