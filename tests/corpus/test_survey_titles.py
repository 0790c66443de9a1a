"""Part titles found by the survey of speeches without gold (f8-survey, stop 20). Our own
sentences.

- Unnumbered part titles, each standing right over a numbered paragraph while the numbers
  run on across them ((一)(二) / title / (三)(四) …), are the level: the numbers count the
  paragraphs under the parts (group_score's GroupScorer.implied), as (一)…(二十九) in the gold's README.
  The same with the titles in a Word heading style.
- A part title with a year in it (难忘的1996) is a title, not a figure or a table row
  (outline._looks_like_heading).
- Numbered labels over runs of a higher-ranked family numbering afresh under each
  ((一)…座谈纪要 over 一、二、三、) are the parts (group_score._parts_over_points).
- A 纪要 made of numbered instructions after a colon, one of them short, is outlined by them
  (sequences.list_as_skeleton).
- The questions of minutes numbered by their noun (问题一（…）：, 问题2：) are a run
  (markers.QUESTION)."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_P = (
    "这方面的工作要抓紧抓实，各单位要拿出具体办法，明确责任人和完成时限，定期报告进展情况，"
    "对工作中遇到的新情况新问题，要及时研究，拿出切实可行的解决办法，不断把各项工作推向前进。"
)


_CN = [""] + [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "一〇",
    "一一",
    "一二",
    "一三",
    "一四",
    "一五",
    "一六",
    "一七",
]


def _numbered_under_titles(restart: bool = False) -> str:
    paras = ["在全体干部会议上的报告", "（二〇二六年三月一日）", "形势的新变化"]
    n = 0
    for title in ("形势的新变化", "我们的基本任务", "加强党的领导"):
        if title != "形势的新变化":
            paras.append(title)
        for _ in range(6 if title != "加强党的领导" else 5):
            n = 1 if restart and n == 6 else n + 1
            if n == 1:  # a statement of one sentence standing over the paragraphs on it
                paras += ["（一）由于形势的变化而产生的各方面关系的变化，" + _P[:40] + "。", _P]
            else:
                paras.append(f"（{_CN[n]}）" + _P + _P)
    return "\n\n".join(paras)


def test_titles_over_numbered_paragraphs_running_on_are_the_level() -> None:
    tree = levelled(_numbered_under_titles())
    assert tree == [(1, "形势的新变化"), (1, "我们的基本任务"), (1, "加强党的领导")]


def test_numbers_restarting_under_titles_stay_their_points() -> None:
    # the same titles over points numbered afresh in each part: the points are level 2
    tree = levelled(_numbered_under_titles(restart=True))
    assert [h for h in tree if h[0] == 1] == [
        (1, "形势的新变化"),
        (1, "我们的基本任务"),
        (1, "加强党的领导"),
    ]
    assert sum(1 for h in tree if h[0] == 2) == 17


def test_part_titles_with_a_year_are_titles() -> None:
    paras = ["在年终总结大会上的讲话", "同志们：", "今天我讲两个方面。"]
    paras += ["难忘的2025", _P, _P, _P, "奋进的2026", _P, _P, _P]
    tree = levelled("\n\n".join(paras))
    assert tree == [(1, "难忘的2025"), (1, "奋进的2026")]


def test_a_date_line_is_no_title() -> None:
    paras = ["在年终总结大会上的讲话", "同志们："]
    paras += [_P, "2025年12月30日", _P, _P]
    assert levelled("\n\n".join(paras)) == []


def _two_records(second_restarts: bool = True) -> str:
    paras = ["在两个研究所座谈的纪要", "2026年3月1日", "三月初，在两个研究所分别座谈。" + _P]
    paras += ["（一）在第一研究所座谈纪要"]
    points = ("要吸引四面八方的人才", "要鼓励开放创新", "要为理想而努力")
    for n, point in enumerate(points, 1):
        paras += ["一二三"[n - 1] + "、" + point + "，" + _P[:30] + "。" + _P, _P]
    paras += ["（二）在第二研究所座谈纪要"]
    first = 1 if second_restarts else 4
    for n, point in enumerate(("要把研究和工厂连起来", "要加快终端创新"), first):
        # a point of one sentence standing over its paragraph
        paras += ["一二三四五"[n - 1] + "、" + point + "，" + _P[:30] + "。", _P]
    return "\n\n".join(paras)


def test_numbered_records_over_points_numbered_afresh_are_the_parts() -> None:
    tree = levelled(_two_records())
    assert [h for h in tree if h[0] == 1] == [
        (1, "（一）在第一研究所座谈纪要"),
        (1, "（二）在第二研究所座谈纪要"),
    ]
    assert [h[0] for h in tree] == [1, 2, 2, 2, 1, 2, 2]


def test_points_numbered_on_across_the_labels_stay_the_level() -> None:
    # 一、…五、 running on across (一)/(二): not two parts with points of their own
    tree = levelled(_two_records(second_restarts=False))
    assert [h[1][:2] for h in tree if h[0] == 1] == ["一、", "二、", "三、", "四、", "五、"]


def test_a_record_made_of_instructions_with_one_short_one_is_outlined() -> None:
    # a 纪要 whose whole body is the numbered instructions after 指示如下：, one of them short
    paras = ["向领导汇报纪要", "2026年3月1日", "各部门汇报了工作中的问题，领导指示如下："]
    items = [_P[:50] + "。", _P[:60] + "。", "建立团队的分享制。", _P[:45] + "。", _P[:70] + "。"]
    items += [_P[:52] + "。", _P[:66] + "。"]
    paras += [f"{n}、{item}" for n, item in enumerate(items, 1)]
    tree = levelled("\n\n".join(paras))
    assert [h[1].split("、")[0] for h in tree] == [str(n) for n in range(1, 8)]
    assert all(h[0] == 1 for h in tree)


def test_numbered_questions_of_minutes_are_the_level() -> None:
    # 问题一（asker）：… / 问题2：… then the answer: the questions of a 座谈, as 1、与会人：…
    paras = ["与研究所员工座谈纪要", "2026年3月1日", "任总：大家辛苦了。" + _P]
    for n, cn in enumerate(("一", "二", "三", "四"), 1):
        asker = "（研究所/员工）：" if n % 2 else "："
        paras += [f"问题{cn}{asker}我们的工作还有哪些不足？", "任总：" + _P, _P]
    tree = levelled("\n\n".join(paras))
    assert [h[1][:3] for h in tree] == ["问题一", "问题二", "问题三", "问题四"]
    assert all(h[0] == 1 for h in tree)
    # 问题一直… is prose
    assert levelled("\n\n".join(["座谈纪要", "问题一直存在，" + _P, _P, _P])) == []


def test_styled_titles_over_numbered_paragraphs_are_the_level(new_docx, tmp_path) -> None:
    # the same shape in a Word file whose part titles wear Heading 1
    from drafter.corpus import load_document

    d = new_docx()
    for text in _numbered_under_titles().split("\n\n"):
        styled = text in ("形势的新变化", "我们的基本任务", "加强党的领导")
        d.add_paragraph(text, style="Heading 1" if styled else None)
    d.save(tmp_path / "titles.docx")
    doc = load_document(tmp_path / "titles.docx")
    assert [(s.level, s.heading) for s in doc.outline.sections] == [
        (1, "形势的新变化"),
        (1, "我们的基本任务"),
        (1, "加强党的领导"),
    ]
    assert not any(s.children for s in doc.outline.sections)


def test_dashed_lead_lines_over_their_paragraphs_are_level_two() -> None:
    # three ——…。 lines standing alone over paragraphs of their own in a report's part: the
    # writer's lead lines, though longer than bold ones and fewer than four
    paras = ["某某省政府工作报告", "各位代表：", "现在，我代表省人民政府向大会报告工作。"]
    paras += ["一、2025年工作回顾", "刚刚过去的一年，全省上下攻坚克难，经济社会发展取得新成效。"]
    for lead, opening in (
        (
            "——扎实抓好稳增长和保民生两项基本任务，发展的底盘持续夯实。",
            "坚持把稳增长摆在突出位置，",
        ),
        ("——着力深化改革、扩大开放、促进创新，发展的动力更加强劲。", "投资体制改革深入实施，"),
        ("——切实加强政府自身建设和营商环境，发展的保障更为有力。", "政府管理创新扎实推进，"),
    ):
        paras += [lead, opening + _P + _P, _P]
    paras += ["二、2026年重点工作", _P, "（一）扩大有效需求。" + _P, "（二）推动产业升级。" + _P]
    tree = levelled("\n\n".join(paras))
    assert [h for h in tree if h[0] == 2][:3] == [
        (2, "——扎实抓好稳增长和保民生两项基本任务，发展的底盘持续夯实"),
        (2, "——着力深化改革、扩大开放、促进创新，发展的动力更加强劲"),
        (2, "——切实加强政府自身建设和营商环境，发展的保障更为有力"),
    ]
