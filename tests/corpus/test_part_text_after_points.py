"""A report's part goes on after its run of one-paragraph points (一是…三是…, then 五年来，…
同时，我们也清醒看到…): that text is the part's (Section.after), not its last point's. Under
the last point it made 六是社会大局保持稳定 20% of the 江西 report in the study's 字数 and
headed the review and the problems 六是… in the reader and in search."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.corrections import apply_corrections
from drafter.corpus.model import Document, Section
from drafter.study.analyze import analyze
from drafter.study.layout import layout

REPORT = """政府工作报告
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2025年工作回顾
一是经济增长好于预期。全年地区生产总值增长百分之五点二，增速高于全国平均水平。
二是产业发展向新图强。新兴产业增加值增长百分之九，新设立科技企业一千二百家。
三是社会大局保持稳定。重点领域风险总体可控，安全生产形势持续向好。
五年来，我们锚定目标，接续奋斗，持续加强政府自身建设，行政效能稳步提升。
同时，我们也清醒看到，发展中还存在不少困难和问题，我们一定直面问题，努力解决。
二、2026年工作安排
今年要重点做好以下工作。
（一）扩大内需。持续扩大有效投资，深入开展提振消费专项行动。
（二）建设现代化产业体系。培育壮大新兴产业，改造提升传统产业。
各位代表！让我们团结一心，奋勇争先，为完成全年目标任务而努力奋斗！
"""

REVIEW = "五年来，我们锚定目标，接续奋斗，持续加强政府自身建设，行政效能稳步提升。"
PROBLEMS = "同时，我们也清醒看到，发展中还存在不少困难和问题，我们一定直面问题，努力解决。"


def _report() -> Document:
    doc = parse_text(REPORT, "省政府工作报告.txt")
    assert doc.metadata.genre and "报告" in doc.metadata.genre
    return doc


def test_the_text_after_the_points_is_the_parts_own():
    doc = _report()
    part = doc.outline.sections[0]
    assert [c.label for c in part.children] == [
        "一是经济增长好于预期",
        "二是产业发展向新图强",
        "三是社会大局保持稳定",
    ]
    assert part.children[-1].paragraphs == ["重点领域风险总体可控，安全生产形势持续向好。"]
    assert part.after == [REVIEW, PROBLEMS]


def test_reading_order_and_heading_paths():
    """The reader and the search index take Document.paragraphs: the text stands after the
    points, in the same order as in the file, headed by the part."""
    doc = _report()
    paras = doc.paragraphs()
    texts = [p.text for p in paras]
    at = texts.index(REVIEW)
    assert texts[at - 1] == "重点领域风险总体可控，安全生产形势持续向好。"
    assert texts[at + 1] == PROBLEMS
    assert texts[at + 2] == "二、2026年工作安排"
    assert paras[at].section == ["一、2025年工作回顾"]
    assert paras[at + 1].section == ["一、2025年工作回顾"]
    # no text is lost or doubled
    assert "\n".join(texts).count("同时，我们也清醒看到") == 1


def test_the_study_counts_it_for_the_part_not_the_last_point():
    doc = _report()
    study = analyze(doc)
    rows = {r.label: r for r in study.sections}
    last = rows["三是社会大局保持稳定"]
    part = rows["一、2025年工作回顾"]
    points = sum(rows[k].chars for k in rows if k[1:2] == "是")
    assert last.chars == len("三是社会大局保持稳定。重点领域风险总体可控，安全生产形势持续向好。")
    assert part.chars == len("一、2025年工作回顾") + points + len(REVIEW) + len(PROBLEMS)
    # the parts, opening and closing still add up to the whole
    lay = layout(doc)
    top = sum(r.chars for r in study.sections if r.level == 1)
    assert top <= study.total_chars
    assert lay.roots[0].after and lay.by_paragraph[lay.roots[0].after[0]] is lay.roots[0]


def test_json_round_trip_keeps_it():
    doc = _report()
    data = doc.outline.sections[0].to_json()
    assert data["after"] == [REVIEW, PROBLEMS]
    assert "after" not in doc.outline.sections[1].to_json()  # other sections as documented
    assert Section.from_json(data).after == [REVIEW, PROBLEMS]


def test_a_speech_keeps_its_last_points_paragraphs_without_a_turn():
    """A speech often carries its last point over several paragraphs: without a report's
    genre or a turn to the whole (同志们！ 以上… 同时…), they stay the point's."""
    speech = REPORT.replace("政府工作报告", "在全省经济工作会议上的讲话").replace(
        "同时，我们也清醒看到", "我们也要看到"
    )
    speech = speech.replace(REVIEW, "这一点很重要，要继续抓好。")
    doc = parse_text(speech, "讲话.txt")
    assert not (doc.metadata.genre and "报告" in doc.metadata.genre)
    part = doc.outline.sections[0]
    assert part.after == []
    assert len(part.children[-1].paragraphs) == 3


def test_a_speech_turning_to_the_whole_gives_it_to_the_part():
    speech = REPORT.replace("政府工作报告", "在全省经济工作会议上的讲话")
    speech = speech.replace(REVIEW + "\n", "")
    doc = parse_text(speech, "讲话.txt")
    assert doc.outline.sections[0].after == [PROBLEMS]


def test_a_correction_keeps_it_and_the_paragraph_indexes():
    """Corrections address paragraphs by their index in Document.paragraphs and rebuild the
    tree: the part's text after its points survives, and the indexes stay those the reader
    showed."""
    doc = _report()
    texts = [p.text for p in doc.paragraphs()]
    i = texts.index("今年要重点做好以下工作。")
    fixed = apply_corrections(doc, [{"op": "heading", "para": i, "text": texts[i], "level": 2}])
    assert fixed.changed == 1
    assert fixed.document.outline.sections[0].after == [REVIEW, PROBLEMS]
    after = [p.text for p in fixed.document.paragraphs()]
    assert len(after) == len(texts)
    assert [k for k, (a, b) in enumerate(zip(texts, after)) if a != b] in ([], [i])
    # a heading op on the text after the points finds it where the reader showed it
    j = texts.index(PROBLEMS)
    made = apply_corrections(doc, [{"op": "heading", "para": j, "text": PROBLEMS, "level": 2}])
    assert made.changed == 1
    assert made.document.outline.sections[0].children[-1].label.startswith("同时")


def test_jiangxi_report_sixth_point(shared_dir):
    """The 江西 report: 六是社会大局保持稳定 is one paragraph; the five-year review and the
    problems after it are part 一's."""
    from drafter.corpus import load_document

    doc = load_document(shared_dir / "corpus/structure/gwr_province_2026_江西省.txt")
    part = doc.outline.sections[0]
    assert part.children[-1].label == "六是社会大局保持稳定"
    assert len(part.children[-1].paragraphs) == 1
    assert len(part.after) == 11
    assert part.after[-1].startswith("同时，我们也清醒认识到")
    study = analyze(doc)
    rows = {r.label: r for r in study.sections}
    assert rows["六是社会大局保持稳定"].chars < 500  # it was 3,547 字 (20%)
    assert rows["六是社会大局保持稳定"].share < 0.03
    points = [r for r in study.sections if r.label[1:2] == "是" and r.level == 2]
    assert len(points) == 6 and max(r.chars for r in points) < 500
    top = [r for r in study.sections if r.level == 1]
    assert rows["一、2025年工作及“十四五”时期发展回顾"].chars > 5000
    assert sum(r.chars for r in top) <= study.total_chars
