"""Where the study view marks a frame's item (drafter.study.text.item_place), without Qt: on
its own words at or after the reader's span, else just before it, else the span as given; and
find_frames itself places a polished item's span so (frames.finish)."""

from drafter.study.text import item_place


def test_an_item_inside_a_wider_span_is_marked_on_its_own_words():
    text = "坚持主观主义和宗派主义这两个怪物"
    assert item_place(text, "宗派主义", 0, 11) == (7, 11)


def test_a_span_a_character_late_finds_the_item_just_before_it():
    text = "利用“国内”“国外”两个市场"
    start = text.index("国外")
    assert item_place(text, "“国外", start, start + 2) == (start - 1, start + 2)


def test_an_item_not_in_the_text_is_marked_on_its_own_characters_or_nothing():
    # 国外 out of 国内外两个大局: its own 外, not 外两 (ux27's walk)
    text = "统筹国内外两个大局"
    at = text.index("外")
    assert item_place(text, "国外", at, at + 2) == (at, at + 1)
    assert item_place("两个市场", "国内", 0, 2) == (0, 0)  # none of it there: no mark
    assert item_place("两个市场", "", 1, 3) == (1, 3)


def test_the_core_places_a_one_word_pair_on_its_own_characters():
    from drafter.corpus.load import parse_text
    from drafter.study.frames import find_frames
    from drafter.study.layout import layout

    lay = layout(parse_text("当前，我们要统筹国内外两个大局，办好自己的事情。", "t.txt"))
    (frame,) = [f for f in find_frames(lay) if f.phrase == "两个大局"]
    marked = [lay.paragraphs[s.paragraph].text[s.start : s.end] for s in frame.item_spans]
    assert marked == ["国内", "外"]


def test_the_reader_marks_an_item_whose_quote_polishing_put_back():
    # “一带一路”建设、…三大战略: the reader cut the item after its opening quote, polishing put
    # the quote back; find_frames moves the span onto the polished item's own words
    from drafter.corpus.load import parse_text
    from drafter.study.frames import find_frames
    from drafter.study.layout import layout

    text = (
        "今年的工作要有侧重。\n\n继续推动区域协调发展，重点推进“一带一路”建设、京津冀协同发展、"
        "长江经济带发展“三大战略”，实施一批重大工程。"
    )
    lay = layout(parse_text(text, "t.txt"))
    (frame,) = [f for f in find_frames(lay) if f.phrase == "三大战略"]
    assert frame.items[0] == "“一带一路”建设"
    marked = [lay.paragraphs[s.paragraph].text[s.start : s.end] for s in frame.item_spans]
    assert marked == frame.items


def test_an_item_read_without_its_inner_quotes_is_marked_on_its_words():
    # 烟花爆竹“打非治违”: the item came without the quotes, and the mark fell on 、烟花爆竹“打
    # (ux27's walk in a 2026 provincial report)
    text = "“查找身边安全隐患”、烟花爆竹“打非治违”、货运企业“三上门两加强”行动"
    start = text.index("、烟花")
    assert item_place(text, "烟花爆竹打非治违", start, start + 8) == (
        text.index("烟花"),
        text.index("违") + 1,
    )
    # an item nowhere near is marked on nothing, not on words that are not it
    assert item_place(text, "安全生产", 3, 7) == (3, 3)
