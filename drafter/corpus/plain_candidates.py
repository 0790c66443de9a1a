"""Pass 3 of the outline: unnumbered headings. Part titles standing alone, documents under
one title, a news summary's headlines, the name lines of several speakers' talks, a Word
file's bold leads and a report's lead lines with the theme lines over them, gathered as
candidates for :mod:`.structure` to take as a level."""

from __future__ import annotations

import re

from drafter.corpus.candidates import PLAIN, TWO_CHAR_SIBLINGS, Candidate, two_char_titles
from drafter.corpus.documents import document_titles, signer_lines
from drafter.corpus.emphasis import bold_lead, bold_leads
from drafter.corpus.headings import SENTENCE_END, TRAILING, despace, first_sentence
from drafter.corpus.intertitles import keyed_intertitles
from drafter.corpus.lead_lines import DASH, MIN_LEADS, dash_leads, lead_lines, lead_shaped
from drafter.corpus.model import Block
from drafter.corpus.newsreport import news_subheads, unnamed_titles
from drafter.corpus.themes import theme_lines
from drafter.corpus.title_lines import looks_like_heading, named_part


def plain_candidates(
    texts: list[str],
    taken: set[int],
    titles: int = 0,
    bold: tuple[set[int], set[int]] | None = None,
    shown: list[str] | None = None,
    word_bold: list[tuple[int, str]] | None = None,
    bold_open: set[int] | None = None,
) -> list[Candidate]:
    """Short lines standing alone between paragraphs, without a marker: part titles
    ("问题的提起", "结　　论", "引言"), which :mod:`structure` may take as a level.
    ``titles``: unnumbered part titles found otherwise (a Word file's styled headings);
    ``bold``: paragraphs whose first words the page set apart (:mod:`.emphasis`);
    ``shown``: the paragraphs as the reader sees them, with the numbers Word's automatic
    numbering puts before them (:func:`shown_texts`); ``word_bold``: the paragraphs a Word file
    opens with a bold lead, with their bold words, where it marks its leads in bold
    (:func:`.emphasis.word_bold_leads`; None where it does not): a bold line standing
    alone is such a line, a bold lead run into its paragraph a run-in heading of the same
    kind, and no line set otherwise is a lead or a title (but for a named part);
    ``bold_open``: the paragraphs that open in bold, leads or not (妥协还是抗战？腐败还是进步？
    standing alone in bold is a title, though two questions are no lead)."""
    documents = document_titles(texts, taken)  # a 命令 and a 谈话 under one title
    out = [Candidate(i, PLAIN, 0, "", texts[i], "") for i in documents]
    skip = taken | set(documents) | signer_lines(texts, documents)
    for i in news_subheads(texts, skip):  # a news summary's headlines, without their stop
        heading, rest = first_sentence(texts[i], SENTENCE_END)
        out.append(Candidate(i, PLAIN, 0, "", heading, rest, subhead=True))
        skip.add(i)
    for i in _speaker_parts(texts, skip):
        out.append(Candidate(i, PLAIN, 0, "", texts[i].rstrip("：:"), ""))
        skip = skip | {i}
    for i in keyed_intertitles(texts, skip):  # 回望2025：… over an interview's turns
        out.append(Candidate(i, PLAIN, 0, "", texts[i], "", keyed=True))
        skip = skip | {i}
    # where the file marks its unnumbered headings in bold, a short line it leaves plain is
    # text (主要是：, 各位代表！, a line a stray paragraph mark broke off), not a title; a
    # named part (引言, 结论) is one however it is set
    bold_at = (bold_open or set()) | {i for i, _ in word_bold} if word_bold else None
    for i, text in enumerate(texts):
        if i in skip:
            continue
        if named_part(text) or (looks_like_heading(texts, i) and (bold_at is None or i in bold_at)):
            heading = despace(text.rstrip(TRAILING))
            out.append(Candidate(i, PLAIN, 0, "", heading, ""))
    if word_bold:
        found = {c.index for c in out}
        out += [
            _bold_candidate(i, texts[i], words)
            for i, words in word_bold
            if i not in skip and i not in found
        ]
    if len(out) >= TWO_CHAR_SIBLINGS:
        # among many short titles, one of two characters over its paragraph ("比较", "谈判")
        # is one of them, not a stray word
        found = {c.index for c in out}
        out += [
            Candidate(i, PLAIN, 0, "", texts[i], "") for i in two_char_titles(texts, skip | found)
        ]
    # lead lines share the unnumbered level: only where no part title claims it, or
    # where one or two part titles stand over many leads (首先报告…的工作 over a report
    # whose every point opens with its bold lead sentence)
    claimed = len(out) + titles
    leads = (
        []
        if claimed > 2 or word_bold is not None
        else bold_leads(
            texts,
            taken,
            bold or (set(), set()),
            lead_shaped,
            lambda: lead_lines(shown or texts, taken),
        )
    )
    if claimed and len(leads) < max(MIN_LEADS * 2, 4 * claimed):
        leads = []
    # lead lines the writer marked with a dash (——扎实抓好…。 over its paragraph, two or more)
    # show themselves as bold ones would: fewer than the usual four are enough
    dashed = len(leads) >= 2 and all(texts[i].startswith(DASH) for i in leads)
    if len(leads) < MIN_LEADS and not dashed:
        leads = []
    if claimed <= 2 and word_bold is None:
        # dash lines over paragraphs of their own, two or more in a part, with or without a
        # stop (——学习他们…的优良作风): the writer's mark, whatever their length or bold
        leads = sorted(set(leads) | set(dash_leads(texts, skip)))
    if leads:
        out.extend(Candidate(i, PLAIN, 0, "", texts[i].rstrip(TRAILING), "") for i in leads)
        # parallel theme lines standing over the leads: the tier above them
        themes = theme_lines(texts, leads, skip)
        at = {i for i, _, _ in themes}
        out = [c for c in out if c.index not in at]  # a lead read as a theme is one
        for i, heading, rest in themes:
            out.append(Candidate(i, PLAIN, 0, "", heading, rest, theme=True))
    out.sort(key=lambda c: c.index)
    inside = unnamed_titles(texts, [c.index for c in out if not c.subhead])
    for c in out:
        c.subhead = c.subhead or c.index in inside
    return out


def _bold_candidate(i: int, text: str, bold: str) -> Candidate:
    """A Word file's bold lead as an unnumbered run-in heading: the bold words (without
    their stop), the rest of the paragraph its text; a bold line standing alone whole."""
    lead = bold_lead(text, bold) or text
    return Candidate(i, PLAIN, 0, "", lead.rstrip(TRAILING), text[len(lead) :].lstrip())


def shown_texts(blocks: list[Block]) -> list[str]:
    """Each paragraph as the reader sees it: a Word label that automatic numbering shows
    (一、 （一）) before its text. Lead lines are read against the part headings and points
    around them, whose numbers a Word file may hold only in its numbering."""
    return [f"{b.numbering.strip()}{b.text}" if b.numbering else b.text for b in blocks]


# "郭平：" alone on a line: a speaker's name (2-4 characters) and a colon, over that
# speaker's talk
_SPEAKER_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
_SPEAKER_TALK = 3  # paragraphs at least under each speaker
_SPEAKERS_MAX = 6


def _speaker_parts(texts: list[str], skip: set[int]) -> list[int]:
    """Name lines of a meeting where several leaders each gave a talk ("郭平：", "徐直军：",
    "任正非：" each alone over paragraphs of their own): the talks are the parts. Only
    two to six names, each named once and each over three or more paragraphs, so an
    interview's alternating turns (记者： / 任正非：, names again and again) stay turns."""
    lines = [
        i
        for i, t in enumerate(texts)
        if i not in skip and len(t) <= 5 and _SPEAKER_LINE.fullmatch(t) is not None
    ]
    if not 2 <= len(lines) <= _SPEAKERS_MAX:
        return []
    names = [texts[i][:-1] for i in lines]
    if len(set(names)) < len(names):
        return []
    ends = lines[1:] + [len(texts)]
    if any(end - i - 1 < _SPEAKER_TALK for i, end in zip(lines, ends)):
        return []
    return lines
