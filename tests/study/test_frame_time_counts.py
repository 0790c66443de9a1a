"""A count of time units is no frame, even when the months or days it counts are named.

The gold README puts 三个月 among plain counts and leaves out "counts of years or times"; a bare
count closing a list still made 十二月、一月两个月 and 八月…十二月，只有五个月 frames with their months
as items (b19, b21: 2 spurious frames, no gold frame of the kind in any group). Own sentences."""

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.plain_counts import counts_time
from drafter.study.model import Frame, Span


def _phrases(text: str) -> list[str]:
    return [f.phrase for f in analyze(parse_text(f"标题\n\n{text}\n", "t.txt")).frames]


def test_months_closing_a_count_of_months_make_no_frame():
    assert _phrases("又经过十一月、十二月两个月，会员人数翻了一番。") == []


def test_a_quoted_formula_with_a_time_word_is_a_name():
    assert not counts_time(Frame("三个年", 3, Span(0, 0, 3), quoted=True))
    assert counts_time(Frame("两个月", 2, Span(0, 0, 3)))
    assert not counts_time(Frame("两个时期", 2, Span(0, 0, 4)))
