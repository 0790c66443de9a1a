"""Word heading styles as the author's statement of structure (drafter/corpus/styled.py):
a minimal document, written for the project, whose Heading 2 style carries both
unnumbered headings and numbered （一） ones under one Heading 1 part."""

from __future__ import annotations

from drafter.corpus import load_document

PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实，确保见到实效。"
LOOKBACK = [
    "一年来，县域经济保持平稳增长，产业结构持续优化",
    "一年来，改革开放不断深化，营商环境明显改善",
    "一年来，民生保障更加有力，群众获得感持续增强",
]
LESSONS = [
    "坚持稳中求进，把握经济工作的节奏和力度",
    "坚持项目带动，着力提高发展的质量和效益",
    "坚持以人为本，切实办好群众关心的实事",
]
TASKS = ["扎实推进产业升级", "持续深化重点改革", "全力保障改善民生"]


def _read_back(d, tmp_path, name: str):
    """Save the Word document a test built and read it as the app reads any file."""
    path = tmp_path / name
    d.save(path)
    return load_document(path)


def _doc(new_docx, tmp_path):
    d = new_docx()
    d.add_paragraph("县人民政府工作报告", style="Title")
    d.add_paragraph(PARA)
    d.add_paragraph("一、过去一年的工作回顾", style="Heading 1")
    d.add_paragraph(PARA)
    for heading in LOOKBACK:
        d.add_paragraph(heading, style="Heading 2")
        d.add_paragraph(PARA * 2)
        d.add_paragraph(PARA)
    d.add_paragraph("一年来的实践，使我们有了几点深刻的体会。")
    for n, heading in zip("一二三", LESSONS):
        d.add_paragraph(f"（{n}）{heading}", style="Heading 2")
        d.add_paragraph(PARA)
    d.add_paragraph("二、今年的主要任务", style="Heading 1")
    d.add_paragraph(PARA)
    for n, heading in zip("一二三", TASKS):
        d.add_paragraph(f"（{n}）{heading}", style="Heading 2")
        d.add_paragraph(PARA * 2)
    d.add_paragraph("同志们，让我们团结一心，奋力完成全年各项目标任务！")
    return _read_back(d, tmp_path, "styled.docx")


def test_one_heading_style_over_numbered_and_unnumbered_headings(new_docx, tmp_path) -> None:
    doc = _doc(new_docx, tmp_path)
    parts = doc.outline.sections
    assert [(s.marker, s.heading) for s in parts] == [
        ("一、", "过去一年的工作回顾"),
        ("二、", "今年的主要任务"),
    ]
    # the unnumbered Heading 2 lines and the （一） ones are siblings: the style says so
    assert [s.heading for s in parts[0].children] == LOOKBACK + LESSONS
    assert all(s.level == 2 for s in parts[0].children)
    assert [s.heading for s in parts[1].children] == TASKS


def test_the_same_text_typed_without_styles_is_read_by_its_markers(tmp_path) -> None:
    """Plain text has no styles to go by: the rule is for Word only, and plain-text
    outlines are read as before."""
    lines = ["县人民政府工作报告", "", PARA, "", "一、过去一年的工作回顾", "", PARA, ""]
    for n, heading in zip("一二三", TASKS):
        lines += [f"（{n}）{heading}", "", PARA * 2, ""]
    lines += ["二、今年的主要任务", "", PARA, ""]
    for n, heading in zip("一二三", TASKS):
        lines += [f"（{n}）{heading}", "", PARA * 2, ""]
    path = tmp_path / "plain.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.outline.sections] == ["过去一年的工作回顾", "今年的主要任务"]
    assert [s.heading for s in doc.outline.sections[0].children] == TASKS


PARTS = {
    "过去五年的工作回顾": ["经济实力稳步提升", "改革开放持续深化", "人民生活明显改善"],
    "今后五年的目标任务": ["加快产业转型升级", "推进城乡融合发展", "建设生态文明", "增进民生福祉"],
    "加强政府自身建设": ["坚持依法行政", "持续改进作风", "从严正风肃纪"],
}


def test_bullet_sub_headings_stay_under_part_titles_without_numbers(new_docx, tmp_path) -> None:
    """Word bullets over paragraphs of their own are sub-headings by nature: they do not
    take the top level from part titles that stand alone without a number."""
    d = new_docx()
    d.add_paragraph("县人民政府工作报告", style="Title")
    d.add_paragraph(PARA)
    for part, subs in PARTS.items():
        d.add_paragraph(part)
        d.add_paragraph(PARA)
        for sub in subs:
            d.add_paragraph(sub, style="List Bullet")
            d.add_paragraph(PARA * 2)
            d.add_paragraph(PARA)
    doc = _read_back(d, tmp_path, "bullets.docx")
    assert [s.heading for s in doc.outline.sections] == list(PARTS)
    assert [[c.heading for c in s.children] for s in doc.outline.sections] == list(PARTS.values())


def test_a_bullet_sub_heading_ending_in_a_stop_near_the_top_is_not_a_note(
    new_docx, tmp_path
) -> None:
    """A lone bullet under the title that ends like prose is the starred note on the
    title; one the reader took for a sub-heading (one of several over text of their own)
    is a heading, though it ends in 。 and stands near the top."""
    subs = ["坚持稳中求进；把握工作的节奏和力度。", "深化改革创新，激发发展活力", "加强作风建设"]
    d = new_docx()
    d.add_paragraph("在全县经济工作会议上的讲话", style="Title")
    d.add_paragraph(PARA)
    d.add_paragraph("一、去年工作的简要回顾")
    d.add_paragraph(PARA * 2)
    d.add_paragraph("二、今年工作的总体要求")
    for sub in subs:
        d.add_paragraph(sub, style="List Bullet")
        d.add_paragraph(PARA * 2)
    d.add_paragraph("三、抓好工作落实")
    d.add_paragraph(PARA * 2)
    doc = _read_back(d, tmp_path, "top.docx")
    assert doc.apparatus.notes == []
    part = doc.outline.sections[1]
    assert [c.heading for c in part.children][0].startswith("坚持稳中求进")
    assert len(part.children) == 3


def test_a_run_numbered_partly_in_styled_paragraphs_stays_one_run(new_docx, tmp_path) -> None:
    """一是 and 三是 styled Heading 2 with 二是 run into its paragraph are one run of
    points read by their numbers, not two styled headings beside the unnumbered ones."""
    d = new_docx()
    d.add_paragraph("县人民政府工作报告", style="Title")
    d.add_paragraph(PARA)
    d.add_paragraph("一、过去一年的工作回顾", style="Heading 1")
    for heading in LOOKBACK:
        d.add_paragraph(heading, style="Heading 2")
        d.add_paragraph(PARA * 2)
    d.add_paragraph("二、今年的主要任务", style="Heading 1")
    d.add_paragraph(PARA)
    d.add_paragraph("一是扎实推进产业升级", style="Heading 2")
    d.add_paragraph(PARA * 2)
    d.add_paragraph("二是持续深化重点改革。" + PARA * 2)
    d.add_paragraph("三是全力保障改善民生", style="Heading 2")
    d.add_paragraph(PARA * 2)
    d.add_paragraph("三、加强政府自身建设", style="Heading 1")
    d.add_paragraph(PARA * 2)
    doc = _read_back(d, tmp_path, "partly.docx")
    parts = doc.outline.sections
    assert [s.heading for s in parts[0].children] == LOOKBACK
    assert [s.marker for s in parts[1].children] == ["一是", "二是", "三是"]


def test_a_lone_unnumbered_heading_after_numbered_ones_of_its_style(new_docx, tmp_path) -> None:
    """第一：…第三： run into their paragraphs and a question line, all four Heading 1: the
    question is their sibling (the style says so), with its 一、二、 answers under it, not a
    sub-heading of 第三."""
    d = new_docx()
    d.add_paragraph("抓好三件大事", style="Title")
    d.add_paragraph(PARA)
    for n, heading in zip("一二三", TASKS):
        d.add_paragraph(f"第{n}：{heading}。{PARA}", style="Heading 1")
        d.add_paragraph(PARA)
    d.add_paragraph("为什么要推进流程改革？", style="Heading 1")
    d.add_paragraph(PARA)
    for n, heading in zip("一二", LESSONS):
        d.add_paragraph(f"{n}、{heading}", style="Heading 2")
        d.add_paragraph(PARA)
    parts = _read_back(d, tmp_path, "question.docx").outline.sections
    assert [s.marker + s.heading for s in parts] == [
        *(f"第{n}：{h}" for n, h in zip("一二三", TASKS)),
        "为什么要推进流程改革",
    ]
    assert [s.heading for s in parts[3].children] == LESSONS[:2]


def test_styled_part_titles_claim_the_unnumbered_level(new_docx, tmp_path):
    """Three unnumbered part titles styled Heading 1 over numbered Heading 2 points, with
    short one-sentence lines over paragraphs in the parts: the titles hold the unnumbered
    level, as typed part titles do, so those lines are not read as bold lead lines."""
    titles = ["过去五年工作的基本总结", "今后五年的目标和任务", "关于对外交往工作"]
    leads = [
        f"{w}工作取得明显成效。"
        for w in ("农业", "工业", "交通", "水利", "教育", "科技", "文化", "卫生", "体育")
    ]
    d = new_docx()
    d.add_paragraph("各位代表：")
    d.add_paragraph(PARA)
    for k, title in enumerate(titles):
        d.add_paragraph(title, style="Heading 1")
        for n, task in zip("一二三", TASKS):
            d.add_paragraph(f"{n}、{task}", style="Heading 2")
            for lead in leads[k * 3 : k * 3 + 3]:
                d.add_paragraph(lead)
                d.add_paragraph(PARA * 3)
    parts = _read_back(d, tmp_path, "parts.docx").outline.sections
    got = [(s.heading, [c.heading for c in s.children]) for s in parts]
    assert got == [(t, TASKS) for t in titles]
    assert all(not c.children for s in parts for c in s.children)


def test_a_first_point_that_word_bulleted_before_numbered_ones(new_docx, tmp_path) -> None:
    """一是 lost to a Word bullet (the bullet took the number's place), 二是、三是 typed:
    the bullet is the first point, not a paragraph before a run that starts at 二."""
    d = new_docx()
    d.add_paragraph("抓好三件大事", style="Title")
    d.add_paragraph("一、当前存在的问题", style="Heading 1")
    for _ in range(14):  # the bullet stands well below the title (no note on it)
        d.add_paragraph(PARA)
    d.add_paragraph("跨部门的流程还没有贯通，仍是目前最大的短板。", style="List Bullet")
    d.add_paragraph(PARA)
    d.add_paragraph("二是运营管理与先进水平还有较大差距。")
    d.add_paragraph(PARA)
    d.add_paragraph("三是简化管理问题已经提上日程。")
    d.add_paragraph(PARA)
    d.add_paragraph("二、今后的主要任务", style="Heading 1")
    d.add_paragraph(PARA)
    first = _read_back(d, tmp_path, "bullet.docx").outline.sections[0]
    assert [c.marker + c.heading for c in first.children] == [
        "跨部门的流程还没有贯通，仍是目前最大的短板",
        "二是运营管理与先进水平还有较大差距",
        "三是简化管理问题已经提上日程",
    ]


def _two_runs(new_docx, tmp_path, plain: str):
    """A report whose Heading 2 carries unnumbered headings and two runs of 一是… each
    beside unnumbered headings of its part; in the second run the member ``plain`` (一 or
    三) is run into its paragraph and left plain."""
    d = new_docx()
    d.add_paragraph("县人民政府工作报告", style="Title")
    d.add_paragraph(PARA)
    d.add_paragraph("一、今年的主要任务", style="Heading 1")
    d.add_paragraph(PARA)
    for k, task in zip("一二三", TASKS):
        d.add_paragraph(f"{k}是{task}", style="Heading 2")
        d.add_paragraph(PARA * 2)
    for heading in LESSONS[:2]:
        d.add_paragraph(heading, style="Heading 2")
        d.add_paragraph(PARA * 2)
    d.add_paragraph("二、加强政府自身建设", style="Heading 1")
    d.add_paragraph(PARA)
    d.add_paragraph(LOOKBACK[0], style="Heading 2")
    d.add_paragraph(PARA * 2)
    for k, point in zip("一二三", ["坚持依法行政", "坚持勤俭办事", "坚持从严治政"]):
        if k == plain:
            d.add_paragraph(f"{k}是{point}。" + PARA * 2)  # run into its paragraph
        else:
            d.add_paragraph(f"{k}是{point}", style="Heading 2")
            d.add_paragraph(PARA * 2)
    d.add_paragraph(LOOKBACK[1], style="Heading 2")
    d.add_paragraph(PARA * 2)
    return _read_back(d, tmp_path, f"runs{plain}.docx")


def test_two_runs_of_one_family_in_a_style_level_each_whole(new_docx, tmp_path) -> None:
    """Heading 2 carries unnumbered headings and, in each part, a run of 一是…三是 among
    them; in the second run one member (the first, or the last) is run into its paragraph
    and left plain. Each run is the style level's whole, beside the unnumbered headings
    (the gwr 2001, 2002 and 1999 reports as Word files lost a plain 第一， before a styled
    第二，, or the unnumbered Heading 2 lines beside their 一是 runs)."""
    for plain in "一三":
        parts = _two_runs(new_docx, tmp_path, plain).outline.sections
        assert [s.label for s in parts[0].children] == [
            *(f"{k}是{t}" for k, t in zip("一二三", TASKS)),
            *LESSONS[:2],
        ]
        assert [s.marker for s in parts[1].children] == ["", "一是", "二是", "三是", ""]
