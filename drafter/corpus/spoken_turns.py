"""A talk's spoken turns as its skeleton: 现在我来讲一讲主观主义。 … 现在我来讲一讲宗派主义的问题。

A speaker who numbers nothing may still move from part to part out loud, each turn a short
line of its own: ``现在我来讲一讲主观主义。``, ``下面谈谈干部问题。``, ``再讲一讲宗派主义的问题。``
(mao 3-006 整顿党的作风: an opening that names its three tasks, 反对主观主义以整顿学风，反对
宗派主义以整顿党风，反对党八股以整顿文风, then the two turns it had time for). A speechwriter
takes those turns for the talk's parts — level 1, the line as a whole its heading, as any
line standing alone (tests/gold/README.md).

A turn is a part only when the talk shows that its turns are its parts: one paragraph
before the first turn names every turn's topic (the talk announced them), or the talk opens
on its first turn (nothing but a greeting before it, so the turns run through the whole
body). Two turns or more, each a paragraph of its own; a turn run into its paragraph
(``其次讲一讲所谓“知识分子”的问题。因为…``, a topic inside 主观主义) is not one. Not read in a
dialogue (问：/答：, 任总： turns), where ``再谈谈我对奋斗者的看法。`` is one more answer.
A turn typed onto the end of the paragraph before it (a Word file that lost the paragraph
mark: ``…今天讲的就是这些。现在我来讲一讲宗派主义的问题。``) is split off at cleaning when a sibling
said with the same words stands alone (:func:`split_glued_turns`).
Taken only when nothing else heads the text, like the speaker's counted points
(:mod:`.spoken_points`).

A writer may also part a text in halves with sequence words run into the paragraphs that open
them: ``首先看国民党的军队。…`` then, many paragraphs on, ``其次看国民党的党务。…`` (mao 3-014
质问国民党, an editorial). Sequence words are common in prose, so only their strongest form
counts: paragraph-initial, in order from 首先 (其次, 再次, 最后), each said with the same verb of
looking or saying right after it (看 / 来看 / 说 / 谈 …) and a short topic for its whole first
sentence, and each opening a stretch of three paragraphs or more — the text's parts, not
points of a paragraph each (mao 3-002's 首先来说研究现状。/其次来说研究历史。, one paragraph
each inside its part 二, stay prose). Level 1, the sequence word the marker, the rest of the
first sentence the heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.corpus.candidates import Candidate
from drafter.corpus.model import Block
from drafter.corpus.turns import is_dialogue

# the family of a speaker's turns (no rank of its own: they are taken alone)
SPOKEN_TURN = "spoken_turn"

# a turn said as a line of its own: when (现在/下面/其次/再/接着/最后), who (我/我们), the verb
# said in a lighter form (讲一讲 讲讲 讲一下 谈一谈 谈谈 说一说), then the topic
_TURN = re.compile(
    r"^(?:现在|下面|其次|再|接着|然后|最后|首先)?[，,]?(?:我们?)?(?:首先|先|再|就|来|想)*"
    r"(?:讲一讲|讲讲|讲一下|谈一谈|谈谈|谈一下|说一说|说说)"
    r"(?:所谓)?(?P<topic>[^，,；;：:！？!?。]{2,24}?)(?:的问题|问题)?。?$"
)
MIN_TURNS = 2
# a half opened by a sequence word run into its paragraph: the word, the verb, a short topic as
# the whole first sentence (首先看国民党的军队。)
_HALF = re.compile(
    r"^(?P<word>首先|其次|再次|最后)(?P<verb>来看|看|来说|说|来讲|讲|来谈|谈)"
    r"(?P<topic>[^，,；;：:！？!?。“”]{2,14})。"
)
_HALF_ORDER = {"首先": 1, "其次": 2, "再次": 3}
_HALF_SPAN = 3  # paragraphs a half opens at least (its own included)
# the paragraphs before the first turn when the talk opens on it (a greeting, 同志们：)
_OPENS_ON = 2


def spoken_turns_skeleton(texts: list[str]) -> list[Candidate] | None:
    """The speaker's turns as level-1 candidates (the whole line the heading), or None.

    Called only when the chooser found no heading: two lines or more said as turns
    (:data:`_TURN`), in a text that is not a dialogue, whose topics one paragraph before
    the first turn names all together, or whose first turn stands among its first
    paragraphs."""
    turns = [(i, m) for i, t in enumerate(texts) if (m := _TURN.match(t)) is not None]
    if len(turns) < MIN_TURNS:
        return _halves(texts)
    if is_dialogue(texts):
        return None
    first = turns[0][0]
    topics = [_bare(m.group("topic")) for _, m in turns]
    announced = any(all(t in text for t in topics) for text in texts[:first])
    if not announced and first > _OPENS_ON:
        return None
    return [
        Candidate(i, SPOKEN_TURN, n, "", texts[i].rstrip("。 \u3000"), "")
        for n, (i, _) in enumerate(turns, 1)
    ]


# a turn typed onto the end of the paragraph before it (no paragraph mark): a sentence end, then
# a last sentence opened by a word of moving on (现在/下面/接着/然后/最后/再)
_GLUED_TURN = re.compile(
    r"(?<=[。！？])\s*((?:现在|下面|接着|然后|最后|再)[^。！？!?，,；;：:]{4,40}。?)$"
)
# the characters _TURN can open on (its optional when, comma, who and adverbs, then its
# verbs): a paragraph opening on another is no turn, answered before the regex is entered
_TURN_FIRST = frozenset("现下其再接然最首，,我先就来想讲谈说")
_TURN_MAX = 40  # characters of a turn standing alone
_GLUED_AFTER = 12  # characters of the paragraph before a turn typed onto it, at least


def split_glued_turns(blocks: list[Block]) -> list[Block]:
    """Split off a spoken turn typed onto the end of the paragraph before it
    (``…今天讲的就是这些。现在我来讲一讲宗派主义的问题。``), where another turn said the same
    way stands alone (``现在我来讲一讲主观主义。``): the same words before the topic, so the
    two are siblings and the glued one is the next part's heading line, not the paragraph's
    last sentence. A turn alone is rare and its words are fixed, so one sibling is proof
    enough; the skeleton (:func:`spoken_turns_skeleton`) still judges whether the turns head
    the talk."""
    leads = {
        _lead(t, m)
        for b in blocks
        if len(t := b.text) <= _TURN_MAX
        and t[:1] in _TURN_FIRST
        and (m := _TURN.match(t)) is not None
    }
    if not leads:
        return blocks
    out = list(blocks)
    for i in reversed(range(len(blocks))):
        b = blocks[i]
        if b.text[-1:] != "。":
            continue
        found = _GLUED_TURN.search(b.text, max(0, len(b.text) - _TURN_MAX - 2))
        if found is None or found.start(1) < _GLUED_AFTER:
            continue
        turn = _TURN.match(found.group(1))
        if turn is None or _lead(found.group(1), turn) not in leads:
            continue
        out[i : i + 1] = [
            replace(b, text=b.text[: found.start(1)].rstrip()),
            Block(found.group(1)),
        ]
    return out


def _lead(text: str, m: re.Match) -> str:
    """The words a turn says before its topic (现在我来讲一讲), 所谓 aside: what two turns of
    one speaker share."""
    return text[: m.start("topic")].removesuffix("所谓")


def _bare(topic: str) -> str:
    """The topic as a roadmap names it: without quotes (所谓“知识分子” -> 知识分子)."""
    return topic.strip("“”\"'‘’《》")


def _halves(texts: list[str]) -> list[Candidate] | None:
    """The parts a text opens with sequence words run in (首先看…。 / 其次看…。: see the module
    docstring) as level-1 candidates, or None."""
    found = [(i, m) for i, t in enumerate(texts) if t[:1] in "首其再最" and (m := _HALF.match(t))]
    if len(found) < MIN_TURNS or len({m.group("verb") for _, m in found}) != 1:
        return None
    order = [_HALF_ORDER.get(m.group("word"), len(found)) for _, m in found]
    if order != list(range(1, len(found) + 1)):
        return None
    ends = [i for i, _ in found[1:]] + [len(texts)]
    if any(end - i < _HALF_SPAN for (i, _), end in zip(found, ends)) or is_dialogue(texts):
        return None
    return [
        Candidate(
            i,
            SPOKEN_TURN,
            n,
            m.group("word"),
            m.group("verb") + m.group("topic"),
            texts[i][m.end() :].strip(),
        )
        for n, (i, m) in enumerate(found, 1)
    ]
