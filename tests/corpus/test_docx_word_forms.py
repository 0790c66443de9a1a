"""Word work summaries as users type them: numbers only in Word's automatic numbering,
and level-3/4 headings marked by bold alone. Own text, documents built in the test with
python-docx."""

from __future__ import annotations

from drafter.corpus import load_document

PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
BODY = PARA * 4  # a long paragraph under a lead line


def _outline(doc) -> list[tuple[int, str]]:
    return [(s.level, s.marker + s.heading) for s in doc.outline.walk()]


def test_lead_lines_are_read_with_the_part_numbers_word_shows(
    new_docx, docx_helpers, tmp_path
) -> None:
    """一、 and 二、 exist only in Word's numbering. Two dash lines in the first part
    (——防汛救灾取得重大胜利。 over short paragraphs) are emphasis there; the second part
    writes its points as lead lines. A part's leads count in that part only, so the dash
    lines stay text as they do when the numbers are typed."""
    d = new_docx()
    docx_helpers.abstract_num(d, 41, [{"fmt": "chineseCounting", "text": "%1、"}])
    docx_helpers.num(d, 41, 41)
    docx_helpers.abstract_num(d, 42, [{"fmt": "chineseCounting", "text": "（%1）"}])
    docx_helpers.num(d, 42, 42)
    d.add_paragraph("政府工作报告")
    d.add_paragraph(PARA)
    docx_helpers.numbering(d.add_paragraph("一年来工作回顾"), 41)
    d.add_paragraph(PARA)
    d.add_paragraph("——防汛救灾取得重大胜利。")
    d.add_paragraph(
        "——经济平稳发展。全县生产总值比上年增长百分之七，财政收入稳步增加，城乡居民收入同步提高。"
    )
    d.add_paragraph("——首次承办全省运动会获得圆满成功。")
    d.add_paragraph("这些成就来之不易。" + PARA)
    for head in ("集中力量抗击洪灾", "适时适度调控经济", "注重统筹兼顾发展"):
        docx_helpers.numbering(d.add_paragraph(head), 42)
        d.add_paragraph(BODY)
    docx_helpers.numbering(d.add_paragraph("今年主要任务"), 41)
    d.add_paragraph(PARA)
    docx_helpers.num(d, 43, 42, {0: 1})  # （一） afresh in the second part
    for head in ("加强宏观调控", "深化经济体制改革"):
        docx_helpers.numbering(d.add_paragraph(head), 43)
        d.add_paragraph(BODY if head.startswith("加强") else PARA)
    leads = ("推进金融体制改革。", "推进投资体制改革。", "加快信用体系建设。", "深化国企改革。")
    for lead in leads:
        d.add_paragraph(lead)
        d.add_paragraph(BODY)
    docx_helpers.numbering(d.add_paragraph("扩大对外开放"), 43)
    d.add_paragraph(BODY)
    d.save(tmp_path / "numbered.docx")
    heads = _outline(load_document(tmp_path / "numbered.docx"))
    assert not [h for h in heads if "——" in h[1]], heads
    assert heads[:3] == [
        (1, "一、一年来工作回顾"),
        (2, "（一）集中力量抗击洪灾"),
        (2, "（二）适时适度调控经济"),
    ]
    assert (3, "推进金融体制改革") in heads


# varied body paragraphs (identical ones would be dropped as repeated page furniture)
BODIES = [
    f"第{n}项工作要对照年初目标逐项梳理，查找差距，明确责任人和完成时限，确保按期完成。" * 2
    for n in "一二三四五六七八九十"
]
LEADS = ["产业结构持续优化。", "城乡面貌明显改善。", "民生保障更加有力。", "改革开放不断深化。"]


def _bold_summary(new_docx, tmp_path, lead_of, name="bold.docx", leads=LEADS):
    """A work summary: 一、/二、 typed, under each two points whose paragraph
    ``lead_of(paragraph, lead, body)`` writes (a bold lead, or not), a plain opening."""
    d = new_docx()
    d.add_paragraph("县发展和改革局2025年工作总结")
    d.add_paragraph(BODIES[9])
    bodies = iter(BODIES)
    for k, part in enumerate(("一、主要工作成效", "二、下一步工作打算")):
        d.add_paragraph(part)
        d.add_paragraph(next(bodies))
        for lead in leads[2 * k : 2 * k + 2]:
            lead_of(d.add_paragraph(), lead, next(bodies))
            d.add_paragraph(next(bodies))
    d.save(tmp_path / name)
    return load_document(tmp_path / name)


def _run_in(p, lead, body) -> None:
    p.add_run(lead).bold = True
    p.add_run(body)


def test_bold_run_in_leads_under_numbered_parts_are_its_points(new_docx, tmp_path) -> None:
    """**产业结构持续优化。**第一项工作… : a Word summary marks the points under its
    numbered parts by a bold lead sentence alone; the bold words are the heading, the rest
    its paragraph."""
    doc = _bold_summary(new_docx, tmp_path, _run_in)
    assert [
        (s.marker + s.heading, [c.heading for c in s.children]) for s in doc.outline.sections
    ] == [
        ("一、主要工作成效", ["产业结构持续优化", "城乡面貌明显改善"]),
        ("二、下一步工作打算", ["民生保障更加有力", "改革开放不断深化"]),
    ]


def test_bold_lines_standing_alone_are_points_too(new_docx, tmp_path) -> None:
    """A bold lead on a line of its own over its paragraph is a point as a run-in one is,
    however long a sentence it is (up to a sentence of 60 characters: these run to 36,
    longer than the text alone takes a lead line to be)."""
    leads = [t[:-1] + "，各项指标好于预期，为明年发展打下了坚实基础。" for t in LEADS]

    def alone(p, lead, body) -> None:
        p.add_run(lead).bold = True

    doc = _bold_summary(new_docx, tmp_path, alone, leads=leads)
    assert [[c.heading + "。" for c in s.children] for s in doc.outline.sections] == [
        leads[:2], leads[2:]
    ]  # fmt: skip


def test_bold_words_inside_a_sentence_are_emphasis(new_docx, tmp_path) -> None:
    """**必须**清醒看到… : bold that stops at no clause end is emphasis, not a lead."""

    def stress(p, lead, body) -> None:
        p.add_run(lead[:2]).bold = True
        p.add_run(lead[2:] + body)

    doc = _bold_summary(new_docx, tmp_path, stress)
    assert [s.children for s in doc.outline.sections] == [[], []]


def test_bold_on_nearly_every_paragraph_is_no_mark(new_docx, tmp_path) -> None:
    """A file that opens every paragraph with a bold sentence says nothing with bold: its
    paragraphs are not all points."""
    d = new_docx()
    d.add_paragraph("县发展和改革局2025年工作总结")
    d.add_paragraph("一、主要工作成效")
    for lead, body in zip(LEADS * 2, BODIES[:8]):
        _run_in(d.add_paragraph(), lead.replace("。", "，成效明显。"), body)
    d.add_paragraph("二、下一步工作打算")
    _run_in(d.add_paragraph(), "继续努力。", BODIES[8])
    d.save(tmp_path / "allbold.docx")
    doc = load_document(tmp_path / "allbold.docx")
    assert [s.children for s in doc.outline.sections] == [[], []]


def test_every_paragraph_a_bold_point_under_bold_parts(new_docx, tmp_path) -> None:
    """A talk made only of points: bold 一、二、三、 and under each, every paragraph opening
    with its bold lead sentence, unnumbered (the numbers of 1、2、 left out, bold being the
    mark). The parts' bold shows what bold means here, so leads on every paragraph are its
    points, not a habit of bolding first sentences (formerly none was read: 10 of 10)."""
    d = new_docx()
    d.add_paragraph("在财经体系座谈会上的讲话")
    bodies = iter(BODIES)
    leads = iter(LEADS * 2)
    for part in ("一、财务要理解业务", "二、培养与选拔", "三、业务为主导"):
        d.add_paragraph().add_run(part).bold = True
        for _ in range(3 if part.startswith("三") else 2):
            lead = next(leads).replace("。", "，成效明显。")
            _run_in(d.add_paragraph(), lead, next(bodies, BODIES[0]))
    d.save(tmp_path / "points.docx")
    doc = load_document(tmp_path / "points.docx")
    assert [len(s.children) for s in doc.outline.sections] == [2, 2, 3]
    assert doc.outline.sections[0].children[0].heading == "产业结构持续优化，成效明显"


def test_bold_set_by_a_character_style_counts(new_docx, tmp_path) -> None:
    """Bold given by a character style (要点, based on Strong) rather than on the run."""
    from docx.enum.style import WD_STYLE_TYPE

    styled = {}

    def by_style(p, lead, body) -> None:
        doc = p.part.document
        if "style" not in styled:
            style = doc.styles.add_style("要点", WD_STYLE_TYPE.CHARACTER)
            style.base_style = doc.styles["Strong"]
            styled["style"] = style
        p.add_run(lead, style="要点")
        p.add_run(body)

    doc = _bold_summary(new_docx, tmp_path, by_style)
    assert [[c.heading for c in s.children] for s in doc.outline.sections] == [
        [t.rstrip("。") for t in LEADS[:2]],
        [t.rstrip("。") for t in LEADS[2:]],
    ]


def _word(new_docx, tmp_path, paragraphs, name="w.docx"):
    """A Word file of ``(text, bold words)`` paragraphs: the bold words open the text."""
    d = new_docx()
    for text, bold in paragraphs:
        p = d.add_paragraph()
        if bold:
            p.add_run(bold).bold = True
        p.add_run(text[len(bold) :])
    d.save(tmp_path / name)
    return load_document(tmp_path / name)


def test_bold_leads_after_the_last_part_stay_under_it_beside_topics_under_the_first(
    new_docx, tmp_path
) -> None:
    """一、 holds parallel run-in topics (…迈出坚实步伐。), 三、 bold leads of another wording:
    both are points of their parts; the leads after the last part do not go on its level
    as lines appended to a list of parts would."""
    steps = [f"{t}迈出坚实步伐。" for t in ("经济增长", "产业升级", "改革开放")]
    tasks = ["着力扩大有效需求，提振消费。", "着力发展新质生产力，壮大产业。",
             "着力深化改革开放，激发活力。"]  # fmt: skip
    body = iter(BODIES)
    paragraphs = [("县政府工作报告", ""), (BODIES[9], ""), ("一、过去一年工作回顾", "")]
    paragraphs += [(s + next(body), s) for s in steps]
    paragraphs += [("二、今年目标", ""), (next(body), ""), ("三、今年重点工作", "")]
    paragraphs += [(next(body), "")] + [(t + next(body), t) for t in tasks]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert [(s.heading, len(s.children)) for s in doc.outline.sections] == [
        ("过去一年工作回顾", 3), ("今年目标", 0), ("今年重点工作", 3)
    ]  # fmt: skip


def test_bold_topics_filling_a_last_long_part_keep_the_text_reading(new_docx, tmp_path) -> None:
    """（一）…（三） points, then a last part many times longer that runs through bold
    topics 关于土地政策。… to its end: those topics are all the bold leads there, so they
    are read as the text reads them — on the level of the points, not under the last."""
    topics = [f"关于{t}政策。" for t in ("土地", "劳动", "税收", "经济", "文化")]
    points = [f"（{n}）统一战线下的{t}问题。" for n, t in zip("一二三", ("政权", "军队", "群众"))]
    body = iter(BODIES)
    paragraphs = [("论政策", ""), (BODIES[9], "")]
    paragraphs += [(p + next(body), "") for p in points]
    paragraphs += [(next(body), ""), ("关于各项具体政策，这里只综合地指出几点。", "")]
    paragraphs += [(t + next(body), t) for t in topics]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert [s.heading for s in doc.outline.sections][-5:] == [t[:-1] for t in topics]


def test_run_in_topics_among_other_bold_leads_are_read_with_them(new_docx, tmp_path) -> None:
    """Bold leads of which some happen to look like parallel run-in topics to the text
    (经济建设。 政治建设。 文化建设。) and others not (社会治理取得新成效，…): all are the
    part's points, one group, not a run of topics apart from the rest."""
    leads = ["经济建设。", "社会治理取得新成效，基层更加稳定。", "政治建设。",
             "生态环境明显改善，天更蓝水更清。", "文化建设。"]  # fmt: skip
    body = iter(BODIES)
    paragraphs = [("县政府工作报告", ""), (BODIES[9], ""), ("一、过去一年工作回顾", "")]
    paragraphs += [(t + next(body), t) for t in leads]
    paragraphs += [("二、今年工作安排", ""), (next(body), ""), (next(body), "")]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert [c.heading for c in doc.outline.sections[0].children] == [t[:-1] for t in leads]


def test_a_bold_lead_in_ending_in_a_colon_is_no_lead(new_docx, tmp_path) -> None:
    """同志们： and a lead-in ending in a colon (今年要办好以下几件实事：) set in bold in a
    file that marks its points in bold announce what follows: they are no points (nor is
    a bold 谢谢大家！ at the end); a topic label with its colon (关于产业发展：) is one."""
    body = iter(BODIES)
    paragraphs = [("县政府工作报告", ""), ("同志们：", "同志们："), (BODIES[9], "")]
    paragraphs += [
        ("一、过去一年工作回顾", ""),
        ("今年要办好以下几件实事：", "今年要办好以下几件实事："),
    ]
    paragraphs += [(t + next(body), t) for t in LEADS]
    paragraphs += [("二、今年工作安排", ""), ("关于产业发展：", "关于产业发展：")]
    paragraphs += [(next(body), ""), ("谢谢大家！", "谢谢大家！")]
    doc = _word(new_docx, tmp_path, paragraphs)
    heads = [s.heading for s in doc.outline.walk()]
    assert heads == ["过去一年工作回顾", *(t[:-1] for t in LEADS), "今年工作安排", "关于产业发展"]


def test_bold_leads_run_in_after_the_last_of_standalone_parts_are_its_points(
    new_docx, tmp_path
) -> None:
    """1、 2、 3、 stand alone; under 3、, after its opening, four bold leads run into their
    paragraphs. Lines standing alone after a group's last item may go on its level; leads
    run in, where its items stand alone, are the last item's points."""
    body = iter(BODIES)
    paragraphs = [("在管理工作会上的讲话", ""), (BODIES[9], "")]
    for part in ("1、我们向标杆学习什么？", "2、怎么向标杆学习？"):
        paragraphs += [(part, ""), (next(body), ""), (next(body), "")]
    paragraphs += [("3、公司管理存在的问题和挑战", ""), (next(body), ""), (next(body), "")]
    paragraphs += [(t + next(body), t) for t in LEADS]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert [(s.heading, len(s.children)) for s in doc.outline.sections] == [
        ("我们向标杆学习什么", 0), ("怎么向标杆学习", 0), ("公司管理存在的问题和挑战", 4)
    ]  # fmt: skip


def test_a_bold_line_standing_alone_may_be_one_long_sentence(new_docx, tmp_path) -> None:
    """Minutes set each instruction in bold on a line of its own over its explanation, one
    sentence of 90 characters and more: a point still, as a Word bullet sub-heading is."""
    longer = (
        "，要在稳定粮食生产的基础上发展特色种养、农产品加工和乡村旅游，延长产业链条，"
        "完善联农带农机制，让种得好的人比种得少的人收入更高，让农民更多分享增值收益。"
    )
    leads = [t[:-1] + longer for t in LEADS]
    assert all(80 < len(t) <= 120 for t in leads)

    def alone(p, lead, body) -> None:
        p.add_run(lead).bold = True

    doc = _bold_summary(new_docx, tmp_path, alone, leads=leads)
    assert [len(s.children) for s in doc.outline.sections] == [2, 2]


def _parts(doc) -> list[tuple[str, list[str]]]:
    return [(s.marker + s.heading, [c.heading for c in s.children]) for s in doc.outline.sections]


def test_a_bold_lead_of_one_long_whole_sentence_is_a_point(new_docx, tmp_path) -> None:
    """Points typed as bold first sentences without their numbers may run to 70-110
    characters: a bold run that is one whole sentence (up to its 。) is the lead however
    long; bold stopping at a comma is held to a clause's length."""
    longer = (
        "，要对照年初确定的目标任务逐项梳理，查找差距，明确责任人和完成时限，"
        "确保各项工作按期保质完成，让群众看到实实在在的变化。"
    )
    leads = [t[:-1] + longer for t in LEADS]
    assert all(60 < len(t) <= 120 for t in leads)
    doc = _bold_summary(new_docx, tmp_path, _run_in, leads=leads)
    assert [c for _, c in _parts(doc)] == [
        [t.rstrip("。") for t in leads[:2]], [t.rstrip("。") for t in leads[2:]]
    ]  # fmt: skip


def test_two_bold_leads_are_points_where_the_numbered_parts_are_bold(new_docx, tmp_path) -> None:
    """一、 二、 三、 set in bold show bold is how the file marks its headings: the two bold
    lead sentences under 二、 are its points (two alone could be emphasis elsewhere)."""
    body = iter(BODIES)
    parts = ("一、主要工作成效", "二、存在的问题", "三、下一步工作打算")
    paragraphs = [("县发展和改革局2025年工作总结", ""), (BODIES[9], "")]
    paragraphs += [(parts[0], parts[0]), (next(body), ""), (parts[1], parts[1])]
    paragraphs += [(t + next(body), t) for t in LEADS[:2]]
    paragraphs += [(parts[2], parts[2]), (next(body), "")]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert _parts(doc) == [
        (parts[0], []), (parts[1], [t.rstrip("。") for t in LEADS[:2]]), (parts[2], [])
    ]  # fmt: skip


def test_bold_leads_some_shaped_as_topics_are_one_run(new_docx, tmp_path) -> None:
    """Six bold leads under one part, the last three short enough to read as parallel
    run-in topics (着力推动生态保护。): one run of the part's points, not the three under
    the others."""
    leads = ["着力推动“稳就业”政策落地。", "着力推动“新基建”项目开工。", "着力推动“放管服”改革深化。",
             "着力推动生态保护。", "着力推动城乡融合。", "着力推动民生改善。"]  # fmt: skip
    body = iter(BODIES)
    paragraphs = [("县政府工作报告", ""), (BODIES[9], ""), ("一、过去一年工作回顾", "")]
    paragraphs += [(t + next(body), t) for t in leads]
    paragraphs += [("二、今年工作安排", ""), (next(body), ""), (next(body), "")]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert _parts(doc)[0][1] == [t[:-1] for t in leads]


def test_a_plain_short_line_in_a_file_marking_leads_in_bold_is_no_heading(
    new_docx, tmp_path
) -> None:
    """Where bold marks the points, a short line left plain (a stray paragraph mark broke
    在产业升级和城乡融合 / 上迈出了新步伐… in two) is text, not a heading beside them."""
    body = iter(BODIES)
    paragraphs = [("县政府工作报告", ""), (BODIES[9], ""), ("一、过去一年工作回顾", "")]
    paragraphs += [(t + next(body), t) for t in LEADS]
    paragraphs += [("在产业升级和城乡融合", ""), ("上迈出了新步伐。" + next(body), "")]
    paragraphs += [("二、今年工作安排", ""), (next(body), ""), (next(body), "")]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert _parts(doc)[0][1] == [t[:-1] for t in LEADS]


def test_a_bold_line_standing_alone_after_run_in_topics_is_one_of_them(new_docx, tmp_path) -> None:
    """坚持忠诚可靠。… 坚持无私奉献。… run in, then 坚持严谨自律。 in bold on its own line over
    its paragraph: the fifth of the part's points, not left out of a run of four."""
    leads = ["坚持忠诚可靠。", "坚持服务大局。", "坚持高度负责。", "坚持无私奉献。"]
    body = iter(BODIES)
    paragraphs = [("在办公室工作会议上的讲话", ""), (BODIES[9], ""), ("一、提高思想认识", "")]
    paragraphs += [(next(body), ""), ("二、做到五个坚持", "")]
    paragraphs += [(t + next(body), t) for t in leads]
    paragraphs += [("坚持严谨自律。", "坚持严谨自律。"), (next(body), "")]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert _parts(doc)[1][1] == [t[:-1] for t in leads] + ["坚持严谨自律"]


def test_a_bold_line_with_a_note_mark_is_a_lead(new_docx, tmp_path) -> None:
    """关于产业[1]政策： in bold on its own line: the note mark leaves the text, the bold
    words keep it; the line is still one of the bold topic labels around it."""
    titles = ["关于产业[1]政策：", "关于人才政策：", "关于土地政策：", "关于金融政策："]
    body = iter(BODIES)
    paragraphs = [("在全县经济工作会议上的讲话", ""), (BODIES[9], ""), ("一、当前形势", "")]
    paragraphs += [(next(body), ""), ("二、几项政策", "")]
    for t in titles:
        paragraphs += [(t, t), (next(body), "")]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert _parts(doc)[1][1] == [t.replace("[1]", "")[:-1] for t in titles]


def test_answer_points_word_numbers_after_the_first_are_one_run(new_docx, docx_helpers, tmp_path):
    """任正非：第一，… then 第二，… 第三，… in Word's automatic numbering (第%1，, from 2): the
    points Word numbers go on the run the label's typed 第一， opens, as typed ones would
    (blind set 7's ren 20160305 in docx_numbering; outline.parse_outline reads the answer
    points and the points in mixed forms with Word's numbers before the text)."""
    from drafter.corpus import load_document

    para = "我们要坚持以客户为中心，以奋斗者为本，长期坚持艰苦奋斗，这是我们成功的根本原因。"
    d = new_docx()
    d.add_paragraph("二十八年只对准一个城墙口冲锋")
    d.add_paragraph("2016年3月5日")
    d.add_paragraph("记者：华为成功的基因和秘诀是什么？")
    d.add_paragraph("任正非：第一，华为的发展得益于国家的改革开放。" + para)
    docx_helpers.abstract_num(d, 7, [{"fmt": "chineseCounting", "text": "第%1，"}])
    docx_helpers.num(d, 7, 7, {0: 2})
    for text in ("华为坚定不移只对准通信领域冲锋。", "华为坚定不移持续变革，学习西方管理。"):
        docx_helpers.numbering(d.add_paragraph(text + para), 7)
    d.add_paragraph("记者：华为有没有弱点？")
    d.add_paragraph("任正非：有。" + para)
    d.save(tmp_path / "answer.docx")
    doc = load_document(tmp_path / "answer.docx")
    found = [s.marker + s.heading for top in doc.outline.sections for s in top.walk()]
    assert found == [
        "第一，华为的发展得益于国家的改革开放",
        "第二，华为坚定不移只对准通信领域冲锋",
        "第三，华为坚定不移持续变革，学习西方管理",
    ]


def test_a_bold_point_announcing_its_plain_items_is_a_point(new_docx, tmp_path) -> None:
    """Under 一、, a bold point line that announces what follows (为加快项目建设，县里予以
    以下支持：) over plain items is a point of its own beside its bold siblings: its
    items are its text. Before any heading (现将有关事项通知如下：) or over bold leads it
    stays a lead-in (test_a_bold_lead_in_ending_in_a_colon_is_no_lead)."""
    body = iter(BODIES)
    announcing = "为加快项目建设，县里予以以下支持："
    paragraphs = [("县发展和改革局2025年工作总结", ""), ("现将有关事项通知如下：", "现将有关事项通知如下："),
                  (next(body), ""), ("一、主要工作成效", ""), (next(body), ""),
                  ("产业结构持续优化。", "产业结构持续优化。"), (next(body), ""),
                  (announcing, announcing), ("用地指标优先保障；", ""), ("审批手续限时办结。", ""),
                  ("城乡面貌明显改善。", "城乡面貌明显改善。"), (next(body), ""),
                  ("二、下一步工作打算", ""), (next(body), "")]  # fmt: skip
    doc = _word(new_docx, tmp_path, paragraphs)
    assert [s.heading for s in doc.outline.sections[0].children] == [
        "产业结构持续优化",
        announcing[:-1],
        "城乡面貌明显改善",
    ]
    assert [s.heading for s in doc.outline.sections] == ["主要工作成效", "下一步工作打算"]


def test_bold_leads_of_two_ranks_keep_the_numbered_one_above(new_docx, tmp_path) -> None:
    """Bold run-in parts 一、二、三、 and under each its points as bold lead sentences
    whose numbers (第一，…) the writer left out: both tiers are bold leads of one shape, so
    the numbers that remain say which is the top (一、 counts from 1 across the points,
    starting above the first of them). Before, the shortest of the bare points were taken
    for part titles over the rest, the numbered parts dropped."""
    points = [
        ["各科室要把任务分解到人，明确完成时限和具体责任人。",
         "每月通报一次进展，排名靠后的单位要作出书面说明。", "压实责任，层层传导压力。"],
        ["建立重点项目库，实行动态管理，做到储备一批、开工一批。",
         "强化用地、资金等要素保障，帮助企业解决实际困难。"],
        ["用好考核这根指挥棒，把考核结果同干部使用挂起钩来。", "严肃问责，绝不姑息。",
         "对工作不力、推诿扯皮的单位和个人，依规依纪严肃处理。"],
    ]  # fmt: skip
    parts = (
        "一、要把责任落实到位。",
        "二、要把项目抓在手上（包括新开工项目、续建项目和前期项目，县直各部门和各乡镇都要有"
        "自己的项目清单）。",
        "三、要把作风切实转过来。",
    )
    body = iter(BODIES)
    paragraphs = [("在全县重点工作推进会上的讲话", "")]
    for part, leads in zip(parts, points):
        paragraphs.append((part + next(body), part))
        paragraphs += [(lead + next(body, BODIES[0]), lead) for lead in leads]
    doc = _word(new_docx, tmp_path, paragraphs)
    assert _parts(doc) == [
        (part.rstrip("。"), [t.rstrip("。") for t in leads]) for part, leads in zip(parts, points)
    ]


def test_a_bare_word_number_goes_on_the_run_before_it(new_docx, docx_helpers, tmp_path) -> None:
    """A record of questions numbered 1、 … 4、 in Word's automatic numbering, then a second
    list whose label lost its 、 ("5", "6": the writer's slip, as 11、 then 12 （…） typed): the
    run goes on with them, as it does with a bare number typed. A bare list that starts again
    at 1 is another list, not the run's next items."""
    d = new_docx()
    docx_helpers.abstract_num(d, 51, [{"fmt": "decimal", "text": "%1、"}])
    docx_helpers.num(d, 51, 51)
    docx_helpers.abstract_num(d, 52, [{"fmt": "decimal", "text": "%1", "start": 5}])
    docx_helpers.num(d, 52, 52)
    d.add_paragraph("在座谈会上的讲话")
    d.add_paragraph(PARA)
    names = ("办公室张明", "财务部李平", "供应链王强", "市场部赵兰", "产品部孙杰", "服务部周磊")
    for n, name in enumerate(names):
        p = d.add_paragraph(f"（{name}）问：任总好，我想问一个问题，就是今后的工作怎么做？")
        docx_helpers.numbering(p, 51 if n < 4 else 52)
        d.add_paragraph("答：" + BODY)
    d.save(tmp_path / "asked.docx")
    heads = _outline(load_document(tmp_path / "asked.docx"))
    assert [h[1][:2] for h in heads] == ["1、", "2、", "3、", "4、", "5（", "6（"], heads
    assert {h[0] for h in heads} == {1}
