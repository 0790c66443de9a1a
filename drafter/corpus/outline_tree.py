"""The last pass of the outline: the chosen headings, levels and closing made into the tree
of sections with their paragraphs (:class:`drafter.corpus.model.Outline`)."""

from __future__ import annotations

from drafter.corpus.candidates import Candidate
from drafter.corpus.closing_start import find_closing
from drafter.corpus.headings import heading_ending, to_sentence_end
from drafter.corpus.model import Outline, Section


def build_tree(
    texts: list[str], heads: list[Candidate], title: str = "", closes: bool = True
) -> Outline:
    """The outline of ``texts`` with ``heads`` as its headings: paragraphs before the first
    heading are the preamble, each heading's run-in text and the paragraphs after it are its
    section's, a heading nests under the last one of a higher level, and from where
    :func:`.closing_start.find_closing` says the closing starts (``title`` helps it) the rest
    is the closing. A speaker's label before a point keeps its own line above it.
    ``closes``: whether the text can have a closing at all; a text made of articles (a law,
    :func:`.articles.article_start`) has none — its last lines are its enacting or repeal
    article (本规定自…起施行 / …同时废止), which the search for a speech's 结尾 took for one,
    and that search cost a law some 5% of its reading for nothing else."""
    outline = Outline()
    head_at = {c.index: c for c in heads}
    closing = find_closing(texts, heads, title) if closes else None
    end = closing if closing is not None else len(texts)
    path: list[Section] = []
    done = 0  # texts up to here are placed
    # the paragraphs between two headings go to the open section (or the preamble) as one
    # slice: most paragraphs are no heading
    for i in sorted(k for k in head_at if k < end):
        (path[-1].paragraphs if path else outline.preamble).extend(texts[done:i])
        done = i + 1
        c = head_at[i]
        heading, rest = to_sentence_end(texts[i], c.heading, c.rest)
        section = Section(c.level, c.marker, heading, [], [], run_in=bool(rest))
        section.ending = heading_ending(texts[i], rest)
        if rest:
            section.paragraphs.append(rest)
        del path[c.level - 1 :]
        if c.label:  # a speaker's label before the point: its own line above the heading
            (path[-1].paragraphs if path else outline.preamble).append(c.label)
        if path:
            section.level = path[-1].level + 1
            path[-1].children.append(section)
        else:
            section.level = 1
            outline.sections.append(section)
        path.append(section)
    (path[-1].paragraphs if path else outline.preamble).extend(texts[done:end])
    if closing is not None:
        outline.closing = texts[closing:]
    return outline
