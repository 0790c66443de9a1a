"""A formula of a number and a word with no counter (四害, 三优先) is found unquoted when the
words right after it define it — 就是/即 and a list of exactly as many items, or 是： and as many
semicolon parts each opening on the formula's word; a count followed by a time or place word
keeps no noun (这样两步之后 is 两步); the counts inside the items of a formula that counts
counts (“四个二”) are its parts, no frames. Sentences written for these tests; the real-text
figures are in the commit messages."""

from __future__ import annotations

from sentence_frames import frames_of, items_named


def test_a_formula_defined_by_a_list_after_jiushi():
    sentence = "今年春季要开展除三乱，就是清理乱堆、乱放、乱建，村里人人参加。"
    assert items_named(sentence, "三乱") == ["清理乱堆", "乱放", "乱建"]


def test_a_formula_defined_by_semicolon_parts_opening_on_its_word():
    # each part longer than the colon reader's parallel clauses, as a speaker's are
    sentence = (
        "选人用人坚持两优先。两优先是：优先使用基层一线的干部，让他们在急难险重的任务里多担担子、"
        "多压担子，干得好的年底考核时要单列名额；优先使用敢于担当的干部，为他们撑腰鼓劲，"
        "对他们在改革中出现的失误要区分情况、宽容对待，不能一棍子打死。"
    )
    assert items_named(sentence, "两优先") == ["优先使用基层一线的干部", "优先使用敢于担当的干部"]


def test_comma_clauses_closing_on_its_word_then_the_sentence_goes_on():
    sentence = "说到底只有两家，就是守旧的一家，革新的一家，大家要看清楚。"
    assert items_named(sentence, "两家") == ["守旧的一家", "革新的一家"]


def test_a_length_of_time_or_a_list_that_counts_itself_is_no_formula():
    phrases = [f.phrase for f in frames_of("两年内，即在去年和今年，我们办成了这件事。")]
    assert not any(p.startswith("两年") for p in phrases), phrases
    phrases = [f.phrase for f in frames_of("四周即东村、西村、南村、北村四个村，都要通知到。")]
    assert "四周" not in phrases, phrases


def test_a_definition_without_a_list_makes_no_frame():
    phrases = [f.phrase for f in frames_of("这个厂子三班，就是日夜不停地干活，很辛苦。")]
    assert "三班" not in phrases, phrases


def test_a_count_by_a_measure_keeps_no_time_word_as_its_noun():
    sentence = "第一步由村里初审，第二步由乡里复审。走完这样两步之后再报县里审批。"
    phrases = [f.phrase for f in frames_of(sentence)]
    assert "两步之后" not in phrases, phrases


def test_the_counts_inside_a_formula_of_counts_are_its_parts():
    sentence = (
        "全县实施“四个二”工程，即建好两支队伍、办好两件实事、用好两类资金、守好两条底线，成效明显。"
    )
    phrases = [f.phrase for f in frames_of(sentence)]
    assert "四个二" in phrases, phrases
    assert not {"两支队伍", "两件实事", "两类资金", "两条底线"} & set(phrases), phrases
