"""A second speaker's part: his name alone on a line (``李明华：``) after the first speaker's talk.

Minutes of a meeting where, after the speaker the header (or the title) names, another
takes the floor set his part off with his name and a colon on a line of its own, over
his own paragraphs and points. That line is the part's heading (level 1, no marker, the
name without its colon) and his points go under it: set 16's call on ren 20160805, whose
three speakers' name lines head their talks (tests/gold/README.md). Where all the
speakers have such lines, :func:`drafter.corpus.plain_candidates._speaker_parts` reads
them; here only the second has one, the first being the header's speaker, whose talk
opens the text with no name over it.

Not a second speaker's part: a dialogue's turns (问：/答：, an interview's names again and
again: :func:`drafter.corpus.turns.is_dialogue`), a line naming the header's own speaker
(任总： in 任正非's talk: the host passing him the floor), a salutation or a label
(同志们： 各位代表： 主要是： 结束语：, which are not a person's name), a name opening the
text (a letter's 林彪同志：), and a name over fewer than ``_PART_MIN`` paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.corpus.candidates import PLAIN, Candidate
from drafter.corpus.headings import PLACEHOLDERS, SURNAMES, name_line
from drafter.corpus.turns import is_dialogue


def second_speaker_part(
    heads: list[Candidate],
    texts: list[str],
    speaker: str | None,
    header: str = "",
    runs: list[list[Candidate]] | None = None,
) -> list[Candidate]:
    """``heads`` with a second speaker's name line put in at level 1, after the chooser has
    chosen: the headings after it are his, one level under it (his 1、…7、 at level 2 where
    the chooser, seeing no line over them, made them level 1); the headings before it, the
    first speaker's, stay as they are. The chooser leaves a single unnumbered line aside
    (one line is no level), so the line is put back here, as :mod:`.missed_parts` does for
    the parts it misses. Where the chooser took none of his points, his numbered run from
    ``runs`` (the numbered runs read, chosen or not) is put under him: the first speaker's
    parts already hold runs of that family (一、 over 1、2、3、 in ren 20170723), so the
    chooser reads his 1、…7、, standing under no part of theirs, as a list; under his name
    line they are his points, as the first speaker's 1、2、 are his."""
    taken = {c.index for c in heads}
    at = second_speaker_line(texts, taken, speaker, header)
    if at is None:
        return heads
    after = [c for c in heads if c.index > at]
    if not after and (points := _his_points(runs or [], at, taken)):
        after = [replace(c, level=2) for c in points]
        heads = [*heads, *after]
    shift = 2 - min((c.level for c in after), default=2)
    line = Candidate(at, PLAIN, 0, "", texts[at].rstrip("：:"), "", level=1)
    moved = [replace(c, level=c.level + shift) if c.index > at else c for c in heads]
    return sorted([*moved, line], key=lambda c: c.index)


def _his_points(runs: list[list[Candidate]], at: int, taken: set[int]) -> list[Candidate]:
    """The second speaker's numbered points: the first run wholly after his name line
    ``at`` and none of it chosen, counted from 1 without a gap, two or more items, each a
    heading's length; [] if there is none."""
    for run in sorted(runs, key=lambda r: r[0].index if r else -1):
        if (
            len(run) >= 2
            and run[0].index > at
            and run[0].ordinal == 1
            and not any(c.index in taken for c in run)
            and all(b.ordinal == a.ordinal + 1 for a, b in zip(run, run[1:]))
            and all(c.headlike and c.family != PLAIN for c in run)
        ):
            return run
    return []


def second_speaker_line(
    texts: list[str], skip: set[int], speaker: str | None, header: str = ""
) -> int | None:
    """The paragraph that is a second speaker's name line, or None.

    ``speaker``: the header's speaker field; ``header``: the title and what else the header
    says (a title may name both speakers): who opens, :func:`first_speaker`. One line of the
    body, and only one, is a person's name and a colon alone; the name is not the first
    speaker's, or, when no first speaker is named, it is the partner the title names
    (:func:`partner_named`: 与李明华在…); a name of two characters, which a label word of
    two (任务： 方法： 安排：) may look like, is named again in the header or the body, or is
    a surname and 总 (王总：, how a company's minutes name a leader); at
    least ``_PART_MIN`` paragraphs stand before the line (the first speaker's talk) and
    after it (the second's); the text is no dialogue."""
    first = first_speaker(speaker, header)
    lines = [i for i, t in enumerate(texts) if i not in skip and name_line(t)]
    if len(lines) != 1:
        return None
    at = lines[0]
    name = texts[at][:-1]
    if not first and name != partner_named(header):
        return None  # nobody named speaks first, and the title names no partner
    if first and name[0] == first[0]:
        return None  # the header's speaker (任总： in 任正非's talk), not a second one
    if len(name) == 2 and name not in PLACEHOLDERS and not name.endswith("总"):
        elsewhere = header + speaker + "".join(t for i, t in enumerate(texts) if i != at)
        if name not in elsewhere:
            return None
    if at < _PART_MIN or len(texts) - at - 1 < _PART_MIN:
        return None
    if is_dialogue(texts):
        return None
    return at


def first_speaker(speaker: str | None, header: str) -> str:
    """Who speaks first: the first name of the header's speaker field (several are joined
    with 、), else the name a title opens with before 与/和/、/在 ("张建国与李明华在…上的讲话",
    which the header's reader, finding two names, leaves out of the field); "" if neither."""
    if speaker and speaker.strip():
        return speaker.split("、")[0].strip()
    m = _TITLE_FIRST.match(header)
    return m.group(1) if m is not None and m.group(1)[0] in SURNAMES else ""


# a title naming its speakers first: 张建国与李明华在… 张建国、李明华在… 张建国在…
_TITLE_FIRST = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:同志)?[与和、在]")


def partner_named(header: str) -> str:
    """The person a title names as speaking beside its unnamed author ("与李明华在…座谈会上的
    讲话": a collection of one leader's talks leaves his own name off the title, and "与X"
    names the one who shared the floor), else "". His name line in the body then heads his
    part though no first speaker is named: the title itself says he is the second."""
    m = _TITLE_PARTNER.match(header.lstrip("#").strip())
    return m.group(1) if m is not None and m.group(1)[0] in SURNAMES else ""


# a title opening on its partner: 与李明华在… / 与李明华同志在…
_TITLE_PARTNER = re.compile(r"与([\u4e00-\u9fff]{2,3}?)(?:同志)?[在就座谈交对]")


_PART_MIN = 3  # paragraphs of each speaker's talk, at least (plain_candidates._SPEAKER_TALK)
