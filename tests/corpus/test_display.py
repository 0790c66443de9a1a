"""One rule for naming a document and for the 结构待核 mark, shared by every view."""

from __future__ import annotations

from drafter.cli import main
from drafter.corpus import display, parse_text
from drafter.library import model


def test_untitled_outline_shows_its_first_words_not_a_placeholder(tmp_path, capsys):
    path = tmp_path / "003_e00d83e4667ee5ea.txt"
    path.write_text(
        "同志们：\n\n这次会议的主要任务是总结去年的工作，部署今年的任务。\n\n"
        "一、去年工作回顾\n\n去年全县各项工作稳步推进。\n",
        encoding="utf-8",
    )
    assert main(["outline", str(path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("《这次会议的主要任务是总结去年的工作")
    assert "[无标题]" in first and "（无标题）" not in first and "003_e00d" not in first


def test_document_title_is_the_library_rule():
    doc = parse_text("今天，我们召开全县安全生产工作会议，主要任务是部署安全生产工作。\n")
    expected = model.display_title(
        doc.metadata.title,
        doc.metadata.occasion,
        model.excerpt_of([p.text for p in doc.paragraphs()]),
    )
    assert display.document_title(doc) == expected


def test_one_low_confidence_threshold_for_every_view():
    assert model.LOW_CONFIDENCE is display.LOW_CONFIDENCE
    assert display.needs_review(display.LOW_CONFIDENCE - 0.01)
    assert not display.needs_review(display.LOW_CONFIDENCE)
    assert not display.needs_review(None)
    info = model.DocumentInfo.__dataclass_fields__
    assert "confidence" in info


def test_quote_cut_keeps_a_short_text_and_ends_a_long_one_at_a_phrase_break():
    from drafter.corpus.display import quote_cut

    assert quote_cut("加强队伍建设", 16) == "加强队伍建设"
    # a phrase break in the second half of the limit: the phrase, then …
    assert (
        quote_cut("经济增速是综合性指标，今年预期目标设定为百分之六", 16) == "经济增速是综合性指标…"
    )
    # none: cut at the limit, and … says the line goes on
    assert (
        quote_cut("一二三四五六七八九十甲乙丙丁戊己庚", 16) == "一二三四五六七八九十甲乙丙丁戊己…"
    )
    # a break too early keeps the limit rather than two characters
    assert quote_cut("是的，一二三四五六七八九十甲乙丙丁戊己", 10) == "是的，一二三四五六七…"


def test_count_paragraphs_counts_all_and_the_headings_among_them():
    from drafter.corpus.display import count_paragraphs

    doc = parse_text(
        "在全县会议上的讲话\n同志们：\n一、提高认识\n我们要认识到重要性。\n二、狠抓落实\n要层层抓落实。\n"
    )
    paragraphs = doc.paragraphs()
    total, headings = count_paragraphs(paragraphs)
    assert total == len(paragraphs)
    assert headings == sum(1 for p in paragraphs if p.is_heading) > 0


def test_a_bare_numeral_part_shows_its_first_words(tmp_path, capsys):
    """一 alone on a line over its paragraphs (the 1960 report) is a part with no heading
    words: the outline showed 一（2 段） 二（1 段）; it now shows the numeral and the part's
    first words, the heading itself still empty (tests/gold/README.md)."""
    assert display.part_label("一", "下面我首先说一下纲要执行的情况。") == (
        "一 · 下面我首先说一下纲要执行的情况。"
    )
    assert display.part_label("一、加强领导", "要加强领导。") == "一、加强领导"
    assert display.part_label("（二）", None) == "（二）"
    path = tmp_path / "report.txt"
    path.write_text(
        "各位代表：\n\n现在我向大会作报告。\n\n一\n\n农业发展纲要是高速度地发展农业的纲领。\n\n"
        "纲要公布以后，各地积极执行。\n\n二\n\n下面说一下纲要在过去四年中执行的情况。\n\n"
        "粮食的亩产量逐年提高。\n",
        encoding="utf-8",
    )
    assert main(["outline", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  一 · 农业发展纲要是高速度地发展农业的纲领。（2 段）" in out
    assert "  二 · 下面说一下纲要在过去四年中执行的情况。" in out
    doc = parse_text(path.read_text(encoding="utf-8"))
    assert [s.heading for s in doc.outline.sections] == ["", ""]
