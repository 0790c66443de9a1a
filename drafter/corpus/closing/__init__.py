"""How a speech's closing (结尾) is found and where it starts, one module a kind of sign.

Where to look for a change:

- :mod:`~drafter.corpus.closing.phrases`: sentence cuts and the phrase classes all rules share
  (thanks, wishes, calls, salutations, 最后，+ one more point, the body's marks, a dateline);
- :mod:`~drafter.corpus.closing.cues`: the cues of the last few paragraphs (让我们… / 谢谢大家！
  / …万岁！ / 今天讲的主要是这几点), :func:`closing_by_cue`;
- :mod:`~drafter.corpus.closing.labels`: 结束语 and appendix labels (附件1), where the closing's
  own words begin and end;
- :mod:`~drafter.corpus.closing.settle`: where a found closing really begins
  (:func:`settle_start`, shared by the outline and the study), :func:`closing_like`;
- :mod:`~drafter.corpus.closing.last_paragraph`: a closing no opener announced, read off the last
  paragraphs (:func:`closing_at_end`: farewells, wind-ups, verses, codas);
- :mod:`~drafter.corpus.closing.exchange`: minutes and exchanges of labelled turns;
- :mod:`~drafter.corpus.closing.turn_to_whole`: the late signs of the turn to the whole (the
  occasion, a verdict, antithetical lines, the title echoed, the three marks together);
- :mod:`~drafter.corpus.closing.first_part`: a last paragraph taking up the first part's words
  again rather than the last part's (:func:`returns_to_first_part`);
- :mod:`~drafter.corpus.closing.last_part`: a last numbered part that is the conclusion;
- :mod:`~drafter.corpus.closing.wishes`: last lines that only wish or thank, under the call
  that starts the closing (:func:`call_above_wishes`);
- :mod:`~drafter.corpus.closing.names_items`: a paragraph naming the talk's short parts
  together (:func:`closing_naming_parts`).

Where the closing starts once the outline has its headings is :mod:`drafter.corpus.closing_start`,
which asks these in order. Every public name is re-exported here, so ``closing.<name>`` (as
docs/outline.md §4 names them) stays the one way to reach it.
"""

from __future__ import annotations

from drafter.corpus.closing.cues import WINDOW, closing_by_cue, said_all
from drafter.corpus.closing.exchange import (
    answer_closing_above_thanks,
    closing_after_last_answer,
    is_exchange,
    speaker_turns,
)
from drafter.corpus.closing.first_part import returns_to_first_part
from drafter.corpus.closing.labels import (
    APPENDIX_FIRST,
    LABEL_FIRST,
    appendix_label,
    before_appendix,
    closing_label,
    closing_words,
)
from drafter.corpus.closing.last_paragraph import (
    asks_reply,
    closing_at_end,
    ends_calling,
    turns_to_close,
    verse_line,
)
from drafter.corpus.closing.last_part import rallying_part, takes_up_title
from drafter.corpus.closing.names_items import closing_naming_parts
from drafter.corpus.closing.phrases import (
    ADDRESS,
    LAST_POINT,
    SALUTATION,
    SALUTATION_START,
    VOCATIVE_START,
    undated,
)
from drafter.corpus.closing.settle import cheers_start, closing_like, settle_start
from drafter.corpus.closing.turn_to_whole import (
    antithesis_start,
    echoes_title,
    judges_whole,
    occasion_start,
    takes_up_more,
    turns_to_whole,
)
from drafter.corpus.closing.wishes import call_above_wishes

__all__ = [
    "ADDRESS",
    "APPENDIX_FIRST",
    "LABEL_FIRST",
    "LAST_POINT",
    "SALUTATION",
    "SALUTATION_START",
    "VOCATIVE_START",
    "WINDOW",
    "answer_closing_above_thanks",
    "antithesis_start",
    "call_above_wishes",
    "appendix_label",
    "asks_reply",
    "before_appendix",
    "cheers_start",
    "closing_after_last_answer",
    "closing_at_end",
    "closing_by_cue",
    "closing_label",
    "closing_like",
    "closing_naming_parts",
    "closing_words",
    "echoes_title",
    "ends_calling",
    "is_exchange",
    "judges_whole",
    "occasion_start",
    "rallying_part",
    "returns_to_first_part",
    "said_all",
    "settle_start",
    "speaker_turns",
    "takes_up_more",
    "takes_up_title",
    "turns_to_close",
    "turns_to_whole",
    "undated",
    "verse_line",
]
